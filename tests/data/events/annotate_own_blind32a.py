"""Build ``own_blind32a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind32a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,690 left); 24 drawn with random.Random(32101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
51 event records (45 first mentions, 6 later mentions), 126 not_annotated spans, 96 entity mentions;
one article without events (7587, Bank of Spain: monetary operations and anonymous money-market
sources); 2436 (Brazil maize) and 20042 (Lawson) have reporting-clause STATEMENTs only. Types: STATEMENT
32, REQUEST 4, SANCTION 4, AGREE 3, COOPERATE 2, ACCUSE 2, SUPPORT 2, CONSULT 1, AID 1; modality:
asserted 43, negated 6, planned 2; precision: day 35, unknown 10, year 4, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: "stores" in "Tokyo and
Osaka stores" instead of the stores the government warned). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("U.K. Chancellor of the
Exchequer Nigel Lawson": GPE "U.K." + PERSON; "West German Economics Minister Martin Bangemann": NORP +
PERSON; "U.S. Defence Secretary Caspar Weinberger": GPE + PERSON; "Japanese Defence Minister Yuko
Kurihara": NORP + PERSON; "Minister Kurihara": the PERSON); "U.S. Agriculture Department" one ORG span
USA (10a), the Commodity Credit Corporation / CCC ORG USA; the European Community / EC ORG null;
"European" (markets) NORP null; Wall Street LOC USA (17a); the BBC ORG GBR (23b); the FTSE 100 index is
not an entity (17a's Dow); the Bank of Spain ORG ESP (one span, "Spain" not tagged inside it); the
Agriculture Ministry (Brazil's) ORG BRA, the lower-case "ministry spokesman" not tagged; the Ministry of
Finance, the capitalised "the Ministry" and the Finance Ministry ORG JPN; Reebok Japan ORG JPN (a
subsidiary takes the country its name gives, 28b), Reebok International ORG USA (the text gives Avon,
Massachusetts), and the bare company name "Reebok" / the misspelt "Rebook" ORG USA (the parent's
country, although the speaking "Reebok spokesman" is Reebok Japan's: his actor records are JPN);
"Reebok" in "fake Reebok sneakers" and "Reeboks" (the shoes) are brand names, not entities (10a, 16a);
Avon and the misspelt "Massachussetts" GPE USA; Toshiba Machine Co / Toshiba Machine and Toshiba Corp ORG
JPN (ticker left out); "Soviet" NORP SUN; "Communist" (countries) NORP null; "Hanover" inside "the 40th
Hanover Industry Fair" GPE DEU (the fair itself is an event name, not tagged; as 28b tagged "Iran"
inside "Iran-contra"); the Federal Post Office / "The Post Office" ORG DEU; Bonn GPE DEU; El Salvador
GPE SLV; currencies (yen, dlrs) are not entities.

Judgement calls made here:
* 19169 (EC farm price talks, DCT Fri 1987-06-19): every speaker is anonymous ("trade sources",
  "traders", "One trader": EVENTS.md 4), so their "said" clauses are skipped. "The failure of farm
  ministers this week to come to an agreement" is told by the reporter: AGREE negated on "agreement"
  (the EC farm ministers null IGO, as 10a's "EC farm ministers" signing; actor2 null: an agreement among
  themselves on the farm price package; skipping it as one body's internal price setting is arguable),
  "this week" = 15-19 June, one month: 1987-06 (EVENTS.md 21); "failure" is left unskipped (a system
  may put the trigger there). The conditional "until EC farm ministers agree" and "if an agreemend can be
  reached soon" are conditions in anonymous talk (skipped). "Poland and South Korea ... will be offered
  intervention grain through special tenders, traders said" is coded like 29a's 12617 (an identifiable
  act reported by anonymous sources): COOPERATE planned, the EC implied as seller (null IGO, text
  null), the compound target split (EVENTS.md 12): Poland (POL) and South Korea (KOR), undated (future
  with no time expression); AGREE (an offer) arguable. The bids at the tenders are market activity by
  unnamed buyers, the tenders export-subsidy administration (20b).
* 2436 (Brazil suspends maize imports, DCT Thu 1987-03-05): the suspension of 500,000 tonnes of
  maize imports "ordered last year" (because of a big domestic harvest) has no target and no matching
  type (14a/29b's export suspensions; 12b's suspended purchases; SANCTION arguable), so "Agriculture
  Minister Iris Resende said" is a STATEMENT (rule 4), dated by rule 2 (DCT, SAO PAULO); "Resende
  announced suspension of the maize imports at a news conference in Brasilia yesterday" is its later
  mention with its own time expression (1987-03-04, Brasilia; EVENTS.md 21: a later mention keeps its
  own date; dating the lead by it too, as EVENTS.md 20's "true date", is arguable). "The Agriculture
  Ministry expects a record maize crop" is a forecast STATEMENT (5b's "it expected"; DCT), the ministry
  spokesman's quote ("This is a record ...") a STATEMENT, and "The ministry spokesman said he had no
  other details on the maize transaction" a withheld STATEMENT (negated, trigger "said"; 11b/16a's "no
  details"). "is expected to be 65.3 mln tonnes" is impersonal; the original order is background.
* 20042 (Lawson on the crash, DCT Tue 1987-10-20, LONDON): all his reporting clauses are STATEMENTs
  (GBR GOV, DCT): the lead (an absurd over-reaction sparked on Wall Street); 'Lawson said in a BBC radio
  interview, "This began on Wall Street ..."' is its quoted restatement (later mention, EVENTS.md 3; the
  interview is the venue); "Lawson said a correction ... was to have been expected" (new content, with
  its unattributed continuation quote); "He said he saw no fundamental signs ..., adding, ..." two
  records (EVENTS.md 3); '"The only way ... talks itself into recession," he said' new content. "some
  careless talk by those who should have known better" criticises unnamed people (ACCUSE arguable, no
  identifiable target: skipped); the selling, the index fall and the rout are market movements.
* 11447 (Bangemann at the Hanover fair, DCT Tue 1987-03-31, HANOVER): "urged a halt to the talking down
  of the dollar by both official and private institutions in the U.S." is REQUEST DEU -> USA (the
  institutions in the U.S.; kind GOV, as most are official), DCT; "Saying calm was needed" its
  participial elaboration (skipped). His reporting clauses "said radical changes ...", "He added that
  ... would have grown by 3.5 pct", "said he could not deny that the economic climate ... had cooled"
  and "but he stressed the country was not in a downtrend" are STATEMENTs (EVENTS.md 3: "said ... but"
  gives two records; "could not deny" is an admission, REJECT-like wording skipped). "The minister also
  criticised state subsidies, which he said ..." criticises a policy with no actor named: STATEMENT
  (EVENTS.md 6's defended policy, the mirror case; ACCUSE arguable), the relative "he said" part of the
  same act (skipped); "Bangemann referred specifically to subsidies in the steel industry, which he said
  had to be fought ..." is a STATEMENT on "referred" (prescriptive with no actor asked, EVENTS.md 2; the
  relative "he said" skipped); "He added that ... capacities had to be adjusted, saying the Bonn
  government would not ... stand in the way ..." a STATEMENT on "added" ("saying" its elaboration).
  "Bangemann also spoke out against protectionism" is a STATEMENT (4a's opposition to protectionism) and
  "called for more competition, citing as an example the Federal Post Office" a REQUEST DEU -> the
  Federal Post Office (DEU GOV: the example names the body whose monopoly is to be opened; actor2 null
  arguable); "citing" is skipped. The Post Office's monopoly is stative.
* 7540 (Reebok fakes, DCT Fri 1987-03-20, TOKYO): "Japanese customs ... have turned away some 100,000
  pairs [of fake sneakers from South Korea] since last summer, Rebook officials said" is SANCTION JPN GOV
  -> KOR (border refusal of imports: a trade restriction; COERCE as seizure arguable; actor2 anchored on
  "South Korea", kind BUS for the makers named later), dated by its start "since last summer" = 1986 at
  year precision (a season at its year, own_blind3; "today and tomorrow" dated by its start, EVENTS.md
  21); the officials' "said" is attribution. "officials at the ports ... had begun barring counterfeit
  footwear" (the Finance Ministry spokesman's account) and "customs had sent back some 100,000 pairs to
  South Korea" (the Reebok spokesman's) are later mentions (first mention's date; their "said"
  attribution). Withheld statements (negated, DCT): the ministry spokesman "declined to say how many
  pairs" (its quoted restatement '"... we cannot say how many pairs have been turned away," the ministry
  spokesman said' a later mention) and "the Finance Ministry declined to confirm this". "the firm had
  complained of the influx to the Ministry last July" is ACCUSE by Reebok Japan (JPN BUS, "the firm")
  against the counterfeiters (KOR BUS, implied: the "South Korean manufacturers" named below;
  EVENTS.md 7: a complaint voiced to a third party is against the party complained of; REQUEST toward
  the Ministry arguable), 1986-07. The Reebok spokesman's quotes and clauses are STATEMENTs (JPN BUS, his
  firm; DCT): '"They use our trademark ..."' (ACCUSE against unnamed "They" arguable), "an unspecified
  number of fake Reeboks have made it into the country" (with '"They go for about 20 to 30 pct less
  ..."' its quoted restatement: later mention), "No action has been taken against the South Korean
  manufacturers" (a negated action of no type with no agent: skipped, the saying a STATEMENT), and the
  counterfeits found from Taiwan, the Philippines and Spain. "The government last summer warned stores
  not to carry the shoes" is REQUEST JPN GOV -> the stores (JPN BUS; a warning with no consequence
  stated; THREATEN arguable), 1986 (year); "and Reebok has sued two for continuing to sell them" is ACCUSE
  (a lawsuit) Reebok (USA BUS, the bare company name; JPN arguable, as its Japan subsidiary may be the
  plaintiff) -> the two stores (JPN BUS), undated ("last summer" scopes only the first conjunct,
  EVENTS.md 18; present perfect, rule 17); "he said" is attribution for both.
* 7587 (Bank of Spain): no event (a negative). The suspended assistance, the drain through repurchase
  agreements, the rate rise and the special borrowing facility are monetary operations (EVENTS.md 10),
  and every reporting clause is anonymous ("money market sources said", "The sources said").
* 19516 (Weinberger in Tokyo, DCT Mon 1987-06-29, TOKYO): "Japan has agreed to help the United States
  strengthen anti-submarine defences ..., U.S. Defence Secretary Caspar Weinberger said" is AGREE JPN ->
  USA (EVENTS.md 8; "said" rule-3 attribution), undated (present perfect, rule 17); the illegal exports
  (Toshiba Machine's machines for Soviet submarines) are background nominals (COOPERATE JPN -> SUN
  arguable). "Weinberger told a press conference that exports ... had been a serious blow" is a
  STATEMENT (an assessment; DCT). "But he said he was encouraged by the punishment dealt to Toshiba
  Machine Co ... and by Prime Minister Yasuhiro Nakasone's assurances ..." is SUPPORT USA -> JPN (own_dev's
  "encouraged by Tokyo's recent actions"; actor2 anchored on Nakasone), DCT; the punishment is its
  object (skipped: the ban is coded on "barred"); "Nakasone's assurances that action would be taken to
  keep it from happening again" is AGREE JPN -> USA (a promise, the U.S. implied; a nominal with its own
  predication, EVENTS.md 11; skipping it as the object of the support is arguable), undated. "The
  government has barred Toshiba Machine from exporting to Communist countries for a year" is SANCTION JPN
  GOV -> Toshiba Machine (JPN BUS), undated ("for a year" is the ban's length), and "and said it intends
  to strengthen and expand its export control system" a STATEMENT (domestic export-control plans: no
  type; DCT). "Weinberger gave no details of the anti-submarine program" is a withheld STATEMENT
  (negated). "In his talks with Japanese Defence Minister Yuko Kurihara" is CONSULT USA -> JPN (28b's
  "here for talks with", undated), and "he said, he made a pitch for American companies seeking to build
  Japan's new fighter aircraft" is REQUEST USA -> JPN (lobbying, on the event noun "pitch"; "he said"
  attribution), placed inside the undated talks: unknown. '"I assured Minister Kurihara that I support his
  plans ...," he said' is SUPPORT USA -> JPN on "assured" (endorsement of Kurihara's plans, given in the
  talks: unknown; "he said" attribution). "The Japanese industry argues it should develop the fighter
  plane on its own" has no identifiable speaker (an industry at large, like "traders": skipped).
* 19388 (CCC credit for El Salvador, DCT Fri 1987-06-19, WASHINGTON): "The Commodity Credit Corporation
  (CCC) has reallocated 1.3 mln dlrs in credit guarantees originally granted to cover the sale of
  protein meals to El Salvador so it may buy rice" is AID USA -> SLV on "reallocated" (credit guarantees
  for El Salvador's rice purchases, 23b/26a), undated (rule 17), the department's "said" attribution;
  the original grant is background (skipped). "The action reduces ... and creates a rice credit guarantee
  line ..., the department said" (programme totals; 23b's decreased line, a reallocation) and "All sales
  ... must be registered and exports completed by September 30, the department said" (programme
  conditions) are STATEMENTs (USA GOV, DCT, WASHINGTON).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind32a.jsonl"

LON = ("LONDON", "GBR")
SAO = ("SAO PAULO", "BRA")
HAN = ("HANOVER", "DEU")
TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
BRASILIA = ("Brasilia", "BRA")

EC_IMPLIED = (None, None, "IGO")
KOR_MAKERS = (None, "KOR", "BUS")
USA_IMPLIED = (None, "USA", "GOV")
LAWSON = ("U.K. Chancellor of the Exchequer Nigel\nLawson", "GBR", "GOV")
BANGEMANN = ("West German Economics Minister Martin\nBangemann", "DEU", "GOV")
WEINBERGER_SAID = ("U.S. Defence Secretary Caspar Weinberger", "USA", "GOV")
KURIHARA = ("Japanese Defence Minister Yuko Kurihara", "JPN", "GOV")
USDA_DEPT2 = (("the department", "The action"), "USA", "GOV")
USDA_DEPT3 = (("the department", "September 30,"), "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19169": {
        "events": [
            # 0
            ("AGREE", "agreement", (("farm ministers", "The failure of"), None, "IGO"), None, None,
             "1987-06", "month", "this week", "negated", None,
             "the EC farm ministers failed this week to agree on the 1987/88 farm price package (told by the reporter, "
             "not the traders); EC ministers null IGO (10a); 'this week' = 15-19 June: month (EVENTS.md 21)"),
            # 1
            ("COOPERATE", "offered", EC_IMPLIED, ("Poland", "POL", "GOV"), None,
             None, "unknown", None, "planned", None,
             "intervention grain to be offered to Poland through special tenders (the EC implied as seller; reported "
             "by anonymous traders, as 29a's 12617; AGREE arguable); compound target split: Poland"),
            # 2
            ("COOPERATE", "offered", EC_IMPLIED, ("South Korea", "KOR", "GOV"), None,
             None, "unknown", None, "planned", None,
             "the same offer, second target: South Korea (split, EVENTS.md 12)"),
        ],
        "skip": [
            ("bids", "market activity by unnamed buyers"),
            ("tenders", "EC export tenders (export-subsidy administration, no type)"),
            ("agree", "condition in anonymous talk (until the ministers agree)"),
            ("said", "anonymous-source talk (trade sources)"),
            ("resulted", "consequence with no acting actor"),
            (("bids", "resulted in no"), "market activity by unnamed buyers"),
            (("tender", "this week's"), "EC export-subsidy tender (no type)"),
            (("said", "traders said bids"), "anonymous-source talk (traders)"),
            (("bids", "traders said bids"), "market activity by unnamed buyers"),
            (("said", "One trader"), "anonymous-source talk (one trader)"),
            ("avoided", "content of anonymous talk"),
            ("reached", "condition in anonymous talk (an agreement reached soon)"),
            (("said", "However, traders"), "anonymous-source talk (traders)"),
            ("delay", "anaphoric nominal (the delayed price package)"),
            (("tenders", "special"), "the mechanism of the offer (special tenders)"),
            (("said", "special tenders, traders"), "anonymous-source talk (traders); the offer is coded on 'offered'"),
        ],
        "entities": [
            ("European\nCommunity", "ORG", None),
            ("EC", "ORG", None),
            ("Poland", "GPE", "POL"),
            ("South Korea", "GPE", "KOR"),
        ],
    },
    "reuters21578-2436": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Agriculture Minister Iris Resende", "BRA", "GOV"), None, SAO,
             "1987-03-05", "day", None, "asserted", None,
             "announcement of the suspended maize imports (no target, no type: 14a/29b); wire style with no time "
             "expression in its clause: DCT (rule 2), dateline city"),
            # 1
            ("STATEMENT", "expects", ("The Agriculture Ministry", "BRA", "GOV"), None, SAO,
             "1987-03-05", "day", None, "asserted", None, "forecast: a record maize crop of 27.7 mln tonnes (5b)"),
            # 2
            ("STATEMENT", ("said", "a ministry spokesman"), ("a ministry spokesman", "BRA", "GOV"), None, SAO,
             "1987-03-05", "day", None, "asserted", None, "quote: the grain crop is a record"),
            # 3
            ("STATEMENT", "announced", (("Resende", "Resende announced"), "BRA", "GOV"), None, BRASILIA,
             "1987-03-04", "day", "yesterday", "asserted", 0,
             "later mention: the suspension announced at a news conference in Brasilia yesterday (keeps its own "
             "time expression, EVENTS.md 21)"),
            # 4
            ("STATEMENT", ("said", "The ministry spokesman said he"), ("The ministry spokesman", "BRA", "GOV"), None,
             SAO, "1987-03-05", "day", None, "negated", None,
             "withheld statement: no other details on the maize transaction (11b/16a)"),
        ],
        "skip": [
            ("suspended", "import suspension with no target (domestic harvest): no type (14a/29b; SANCTION arguable)"),
            ("ordered", "background purchase, sellers unnamed"),
            ("expected", "impersonal expectation (the harvest)"),
            ("increase", "statistics"),
            (("expected", "total grain crop"), "impersonal expectation"),
            ("suspension", "content of the announcement"),
            ("news\nconference", "venue of the announcement"),
            ("transaction", "anaphoric nominal (the maize import)"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Iris Resende", "PERSON", "BRA"),
            ("Agriculture Ministry", "ORG", "BRA"),
            (("Brazil", "Brazil's total"), "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            (("Resende", "Resende announced"), "PERSON", "BRA"),
            ("Brasilia", "GPE", "BRA"),
        ],
    },
    "reuters21578-20042": {
        "events": [
            # 0
            ("STATEMENT", "said", LAWSON, None, LON,
             "1987-10-20", "day", None, "asserted", None,
             "assessment: the rout an absurd over-reaction sparked on Wall Street"),
            # 1
            ("STATEMENT", ("said", "Lawson said in"), (("Lawson", "Lawson said in"), "GBR", "GOV"), None, LON,
             "1987-10-20", "day", None, "asserted", 0,
             "later mention: quoted restatement in a BBC radio interview (EVENTS.md 3)"),
            # 2
            ("STATEMENT", ("said", "Lawson said a correction"), (("Lawson", "Lawson said a correction"), "GBR", "GOV"),
             None, LON, "1987-10-20", "day", None, "asserted", None,
             "a correction was to be expected; the severity absurd (with its unattributed continuation quote)"),
            # 3
            ("STATEMENT", ("said", "He said he saw"), (("He", "He said he saw"), "GBR", "GOV"), None, LON,
             "1987-10-20", "day", None, "asserted", None, "no fundamental signs of a U.S. recession"),
            # 4
            ("STATEMENT", "adding", (("He", "He said he saw"), "GBR", "GOV"), None, LON,
             "1987-10-20", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): higher U.S. rates would not lead to recession"),
            # 5
            ("STATEMENT", ("said", "talks itself"), (("he", "talks itself into recession,\" he"), "GBR", "GOV"), None,
             LON, "1987-10-20", "day", None, "asserted", None,
             "quote: the U.S. economy would go into recession only if it talked itself into one (new content)"),
        ],
        "skip": [
            ("rout", "market movement"),
            ("sparked", "no acting actor (market)"),
            ("radio interview", "venue of the statement"),
            ("began", "market movement (content of the quote)"),
            ("careless talk", "criticism of unnamed people (ACCUSE arguable; no identifiable target)"),
            ("selling", "market activity by unnamed sellers"),
            ("lost", "market movement"),
            ("correction", "market movement (content)"),
            (("expected", "to have been"), "impersonal expectation (content)"),
            (("expected", "What was not"), "impersonal (content)"),
            ("downturn", "market movement"),
            ("go into recession", "content of the statement"),
            (("lead", "not\nlead"), "content of the statement"),
            ("talks itself", "content of the quote (figurative)"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Nigel\nLawson", "PERSON", "GBR"),
            ("Wall Street", "LOC", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Lawson", "Lawson said in"), "PERSON", "GBR"),
            ("BBC", "ORG", "GBR"),
            (("Wall Street", "This began"), "LOC", "USA"),
            ("American", "NORP", "USA"),
            (("U.S.", "confidence in the U.S. -"), "GPE", "USA"),
            ("London", "GPE", "GBR"),
            (("Lawson", "Lawson said a correction"), "PERSON", "GBR"),
            (("U.S.", "signs why the"), "GPE", "USA"),
            (("U.S.", "higher ("), "GPE", "USA"),
            (("American", "lead the"), "NORP", "USA"),
            (("American", "The only way"), "NORP", "USA"),
        ],
    },
    "reuters21578-11447": {
        "events": [
            # 0
            ("REQUEST", "urged", BANGEMANN, ("official and private institutions in the U.S.", "USA", "GOV"), HAN,
             "1987-03-31", "day", None, "asserted", None,
             "urged a halt to the talking down of the dollar by institutions in the U.S.; wire style: DCT, dateline "
             "city (the fair is in Hanover)"),
            # 1
            ("STATEMENT", ("said", "Bangemann said radical"), (("Bangemann", "Bangemann said radical"), "DEU", "GOV"),
             None, HAN, "1987-03-31", "day", None, "asserted", None,
             "speech at the fair's opening: exchange-rate changes left their mark on exports and investment"),
            # 2
            ("STATEMENT", ("added", "He added that without"), (("He", "He added that without"), "DEU", "GOV"), None,
             HAN, "1987-03-31", "day", None, "asserted", None,
             "second reporting clause: growth would have been 3.5 pct without the external difficulties"),
            # 3
            ("STATEMENT", ("said", "Bangemann said he could"), (("Bangemann", "Bangemann said he could"), "DEU", "GOV"),
             None, HAN, "1987-03-31", "day", None, "asserted", None,
             "admission that the climate had cooled ('could not deny' is not a REJECT)"),
            # 4
            ("STATEMENT", "stressed", (("he", "but he stressed"), "DEU", "GOV"), None, HAN,
             "1987-03-31", "day", None, "asserted", None,
             "'but he stressed' the country was not in a downtrend (EVENTS.md 3: a second record)"),
            # 5
            ("STATEMENT", "criticised", ("The minister", "DEU", "GOV"), None, HAN,
             "1987-03-31", "day", None, "asserted", None,
             "criticism of state subsidies, a policy with no actor named (EVENTS.md 6's mirror case; ACCUSE arguable)"),
            # 6
            ("STATEMENT", "referred", (("Bangemann", "Bangemann referred"), "DEU", "GOV"), None, HAN,
             "1987-03-31", "day", None, "asserted", None,
             "steel subsidies not matching EC guidelines had to be fought (prescriptive with no actor asked, "
             "EVENTS.md 2)"),
            # 7
            ("STATEMENT", ("added", "He added that in light"), (("He", "He added that in light"), "DEU", "GOV"), None,
             HAN, "1987-03-31", "day", None, "asserted", None,
             "steel capacities had to be adjusted; Bonn could not stand in the way of change"),
            # 8
            ("STATEMENT", "spoke out", (("Bangemann", "Bangemann also"), "DEU", "GOV"), None, HAN,
             "1987-03-31", "day", None, "asserted", None, "opposition to protectionism (4a)"),
            # 9
            ("REQUEST", "called for", (("Bangemann", "Bangemann also"), "DEU", "GOV"),
             ("the Federal Post Office", "DEU", "GOV"), HAN,
             "1987-03-31", "day", None, "asserted", None,
             "call for more competition, the Federal Post Office cited as the example (its monopoly on telecoms "
             "equipment); actor2 null arguable"),
        ],
        "skip": [
            ("halt", "content of the request"),
            ("talking down", "content of the request (the U.S. talking the dollar down)"),
            ("Saying", "participial elaboration of the request (EVENTS.md 3)"),
            ("Speaking", "part of the reporting clause"),
            ("opening", "venue (the fair's opening)"),
            ("grown", "counterfactual statistics"),
            ("reported", "statistics with no named reporter"),
            ("deny", "admission ('could not deny'), content of the statement"),
            ("cooled", "economic movement (content)"),
            (("said", "which he said mainly"), "relative reporting clause elaborating the same criticism"),
            ("favoured", "content of the criticism"),
            (("said", "which he said had"), "relative reporting clause, the same act as 'referred'"),
            ("fought", "content of the statement"),
            ("adjusted", "content of the statement"),
            (("saying", "adjusted,"), "participial elaboration of the statement (EVENTS.md 3)"),
            ("stand in the way", "content of the statement"),
            ("citing", "participial elaboration of the call"),
            ("enjoys", "stative (the Post Office's monopoly)"),
            ("deciding", "stative/generic (the monopoly's scope)"),
            ("provide", "generic"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Martin\nBangemann", "PERSON", "DEU"),
            ("U.S.", "GPE", "USA"),
            ("Hanover", "GPE", "DEU"),
            (("Bangemann", "Bangemann said radical"), "PERSON", "DEU"),
            ("West Germany", "GPE", "DEU"),
            (("Bangemann", "Bangemann said he could"), "PERSON", "DEU"),
            (("West Germany", "climate in"), "GPE", "DEU"),
            (("Bangemann", "Bangemann referred"), "PERSON", "DEU"),
            ("European Community", "ORG", None),
            ("Bonn", "GPE", "DEU"),
            (("Bangemann", "Bangemann also"), "PERSON", "DEU"),
            ("Federal Post Office", "ORG", "DEU"),
            (("Post Office", "The Post Office"), "ORG", "DEU"),
            (("West Germany", "monopoly in"), "GPE", "DEU"),
        ],
    },
    "reuters21578-7540": {
        "events": [
            # 0
            ("SANCTION", "turned away", ("Japanese customs", "JPN", "GOV"), ("South Korea", "KOR", "BUS"), None,
             "1986", "year", "since last summer", "asserted", None,
             "customs refused entry to fake sneakers from South Korea (border refusal: trade restriction; COERCE "
             "arguable); 'since last summer' dated by its start, a season at its year; Reebok officials' 'said' is "
             "attribution"),
            # 1
            ("SANCTION", "barring", ("officials at the ports", "JPN", "GOV"), KOR_MAKERS, None,
             "1986", "year", "since last summer", "asserted", 0,
             "later mention: the Finance Ministry's account (port officials had begun barring counterfeit "
             "footwear); 'said' is attribution"),
            # 2
            ("STATEMENT", "declined to say", ("A Ministry of Finance spokesman", "JPN", "GOV"), None, TOK,
             "1987-03-20", "day", None, "negated", None, "withheld statement: how many pairs were barred"),
            # 3
            ("ACCUSE", "complained", ("the firm", "JPN", "BUS"), KOR_MAKERS, None,
             "1986-07", "month", "last July", "asserted", None,
             "Reebok Japan complained of the influx of fakes to the Ministry: against the (South Korean) "
             "counterfeiters (EVENTS.md 7; REQUEST toward the Ministry arguable); 'last July' = 1986-07"),
            # 4
            ("STATEMENT", ("said", "trademark,\" the Reebok"), ("the Reebok spokesman", "JPN", "BUS"), None, TOK,
             "1987-03-20", "day", None, "asserted", None,
             "quote: counterfeiters use the trademark (the Reebok Japan spokesman; ACCUSE against unnamed 'They' "
             "arguable)"),
            # 5
            ("SANCTION", "sent back", (("customs", "He said customs"), "JPN", "GOV"),
             (("South Korea", "pairs to"), "KOR", "BUS"), None,
             "1986", "year", "since last summer", "asserted", 0,
             "later mention: customs sent some 100,000 pairs back to South Korea ('said' attribution)"),
            # 6
            ("STATEMENT", "declined to confirm", ("the Finance Ministry", "JPN", "GOV"), None, TOK,
             "1987-03-20", "day", None, "negated", None, "withheld statement: the ministry would not confirm"),
            # 7
            ("STATEMENT", ("said", "turned away,\" the ministry"), ("the ministry spokesman", "JPN", "GOV"), None, TOK,
             "1987-03-20", "day", None, "negated", 2,
             "later mention: the quoted withholding ('we cannot say how many pairs')"),
            # 8
            ("STATEMENT", ("said", "The Reebok spokesman said"), ("The Reebok spokesman", "JPN", "BUS"), None, TOK,
             "1987-03-20", "day", None, "asserted", None,
             "fakes have entered Japan and are sold at cut-rate prices in Tokyo and Osaka stores"),
            # 9
            ("STATEMENT", ("said", "genuine Reeboks,\" the spokesman"),
             (("the spokesman", "genuine Reeboks,\" the spokesman"), "JPN", "BUS"), None, TOK,
             "1987-03-20", "day", None, "asserted", 8,
             "later mention: quoted restatement of the cut-rate prices (20 to 30 pct less)"),
            # 10
            ("REQUEST", "warned", ("The government", "JPN", "GOV"), (("stores", "warned stores"), "JPN", "BUS"), None,
             "1986", "year", "last summer", "asserted", None,
             "warned stores not to carry the shoes (a demand with no consequence stated; THREATEN arguable); 'last "
             "summer' at year precision; 'he said' attribution"),
            # 11
            ("ACCUSE", "sued", (("Reebok", "Reebok has sued"), "USA", "BUS"), (("two", "sued two"), "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "lawsuits against two stores; 'last summer' scopes only the first conjunct (EVENTS.md 18), present "
             "perfect: undated; Reebok as the bare company name USA (JPN arguable)"),
            # 12
            ("STATEMENT", ("said", "manufacturers, he said"), (("he", "manufacturers, he"), "JPN", "BUS"), None, TOK,
             "1987-03-20", "day", None, "asserted", None,
             "no action taken against the South Korean manufacturers (an action of no type, no agent)"),
            # 13
            ("STATEMENT", ("said", "European markets, he"), (("he", "European markets, he"), "JPN", "BUS"), None, TOK,
             "1987-03-20", "day", None, "asserted", None,
             "counterfeits also found from Taiwan, the Philippines and Spain (discovery: no type)"),
        ],
        "skip": [
            ("faced", "stative"),
            ("said", "rule-3 attribution (the customs refusal is the event)"),
            (("said", "Ministry of Finance spokesman"), "rule-3 attribution (the barring is the event)"),
            (("said", "Massachussetts,"), "rule-3 attribution (the complaint is the event)"),
            ("influx", "object of the complaint"),
            ("use our trademark", "content of the quote"),
            ("fake our", "content of the quote"),
            (("said", "He said customs"), "rule-3 attribution (the sending back is the event)"),
            (("turned away", "have been"), "content of the withheld statement (anaphoric)"),
            ("made it", "content of the statement (no acting actor)"),
            (("sold", "were being"), "market activity by unnamed sellers"),
            ("sells", "stative (price)"),
            ("carry", "content of the warning"),
            ("continuing to sell", "the reason for the suits (content)"),
            (("said", "sell them, he"), "rule-3 attribution (the warning and the suits are the events)"),
            ("action has been taken", "negated action of no type with no agent (content of the statement)"),
            ("found", "discovery of counterfeits (content, no type)"),
            ("aimed", "content"),
            ("targetted", "content"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("South Korea", "GPE", "KOR"),
            ("Rebook", "ORG", "USA"),
            ("Ministry of Finance", "ORG", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Osaka", "GPE", "JPN"),
            ("Yokohama", "GPE", "JPN"),
            ("Kobe", "GPE", "JPN"),
            ("Reebok Japan", "ORG", "JPN"),
            ("Reebok International", "ORG", "USA"),
            ("Avon", "GPE", "USA"),
            ("Massachussetts", "GPE", "USA"),
            (("Ministry", "to the Ministry"), "ORG", "JPN"),
            (("Reebok", "the Reebok spokesman"), "ORG", "USA"),
            (("South Korea", "pairs to"), "GPE", "KOR"),
            ("Finance Ministry", "ORG", "JPN"),
            (("Reebok", "The Reebok spokesman"), "ORG", "USA"),
            (("Tokyo", "prices in"), "GPE", "JPN"),
            (("Osaka", "Tokyo and"), "GPE", "JPN"),
            (("Japan", "yen in"), "GPE", "JPN"),
            (("Reebok", "Reebok has sued"), "ORG", "USA"),
            ("South Korean", "NORP", "KOR"),
            (("Reebok", "Reebok has also"), "ORG", "USA"),
            ("Taiwan", "GPE", "TWN"),
            ("Philippines", "GPE", "PHL"),
            ("U.S.", "GPE", "USA"),
            ("Spain", "GPE", "ESP"),
            ("European", "NORP", None),
        ],
    },
    "reuters21578-7587": {
        "events": [],
        "skip": [
            ("suspended", "monetary operation (daily money market assistance)"),
            ("offered", "monetary operation (draining funds)"),
            ("drain", "monetary operation"),
            ("repurchase agreements", "monetary instrument (not an agreement between parties)"),
            ("said", "anonymous-source talk (money market sources)"),
            (("said", "The sources said"), "anonymous-source talk"),
            ("rein in", "content of anonymous talk (monetary aim)"),
            ("force", "content of anonymous talk"),
            ("scramble", "content of anonymous talk"),
            ("raised", "monetary operation (rate rise)"),
            ("opened", "monetary operation (special borrowing facility)"),
            (("said", "Money market sources said"), "anonymous-source talk"),
            ("return", "content of anonymous talk"),
            ("invites", "habitual monetary operation"),
            (("said", "the sources said it"), "anonymous-source talk"),
            (("open", "more likely to open"), "content of anonymous talk (monetary)"),
        ],
        "entities": [
            ("Bank of Spain", "ORG", "ESP"),
        ],
    },
    "reuters21578-19516": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Japan", "JPN", "GOV"), ("the United States", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to help the U.S. strengthen anti-submarine defences (EVENTS.md 8: the help is content); present "
             "perfect with no time expression (rule 17); Weinberger's 'said' is attribution"),
            # 1
            ("STATEMENT", "told", (("Weinberger", "Weinberger told"), "USA", "GOV"), None, TOK,
             "1987-06-29", "day", None, "asserted", None,
             "assessment: the exports for Soviet submarines were a serious blow (to a press conference: no actor2)"),
            # 2
            ("SUPPORT", ("said", "But he said"), (("he", "But he said"), "USA", "GOV"),
             ("Prime Minister Yasuhiro Nakasone", "JPN", "GOV"), TOK,
             "1987-06-29", "day", None, "asserted", None,
             "encouraged by Japan's punishment of Toshiba Machine and Nakasone's assurances (own_dev's 'encouraged "
             "by Tokyo's recent actions')"),
            # 3
            ("AGREE", "assurances", ("Prime Minister Yasuhiro Nakasone", "JPN", "GOV"), USA_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Nakasone's assurances that action would be taken to prevent a repeat (a promise, the U.S. implied; a "
             "nominal with its own predication, EVENTS.md 11; no time expression)"),
            # 4
            ("SANCTION", "barred", ("The government", "JPN", "GOV"), (("Toshiba Machine", "barred"), "JPN", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "export ban on Toshiba Machine for a year (the punishment); present perfect, 'for a year' is the "
             "ban's length: undated"),
            # 5
            ("STATEMENT", ("said", "for a year and"), ("The government", "JPN", "GOV"), None, TOK,
             "1987-06-29", "day", None, "asserted", None,
             "plans to strengthen and expand the export control system (domestic measure: no type)"),
            # 6
            ("STATEMENT", "gave no details", (("Weinberger", "Weinberger gave"), "USA", "GOV"), None, TOK,
             "1987-06-29", "day", None, "negated", None, "withheld statement (no details of the programme)"),
            # 7
            ("CONSULT", "talks", (("his", "In his talks"), "USA", "GOV"), KURIHARA, None,
             None, "unknown", None, "asserted", None,
             "talks with the Japanese defence minister (visitor first; 28b's 'here for talks with'); no time "
             "expression"),
            # 8
            ("REQUEST", "pitch", (("he", "he made a pitch"), "USA", "GOV"), KURIHARA, None,
             None, "unknown", None, "asserted", None,
             "lobbying for American companies to build Japan's new fighter; inside the undated talks; 'he said' "
             "attribution"),
            # 9
            ("SUPPORT", "assured", (("I", "I assured"), "USA", "GOV"), ("Minister Kurihara", "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "assured Kurihara of support for his air-defence plans (given in the talks: undated); 'he said' "
             "attribution"),
        ],
        "skip": [
            ("help", "content of the agreement"),
            ("strengthen", "content of the agreement"),
            ("exports", "background nominal (Toshiba Machine's illegal exports; COOPERATE JPN -> SUN arguable)"),
            ("damaged", "no acting actor (the exports)"),
            (("said", "Caspar Weinberger said"), "rule-3 attribution (the agreement is the event)"),
            ("press conference", "venue of the statement"),
            (("exports", "that exports"), "background nominal, content of the assessment"),
            ("punishment", "object of the support (the ban, coded on 'barred')"),
            (("exports", "for the illegal"), "background nominal"),
            ("action", "content of the assurances"),
            ("happening", "content of the assurances"),
            ("exporting", "content of the ban"),
            ("intends", "content of the statement"),
            (("strengthen", "intends to"), "content of the statement (domestic export controls)"),
            ("expand", "content of the statement"),
            (("program", "anti-submarine"), "anaphoric nominal (the agreed help)"),
            (("said", "he said, he made"), "rule-3 attribution (the pitch is the event)"),
            ("seeking", "content of the pitch"),
            ("build", "content of the pitch"),
            (("increase", "plans to"), "content of the support"),
            (("said", "can do this,\" he"), "rule-3 attribution (the assurance of support is the event)"),
            ("argues", "no identifiable speaker (an industry at large; STATEMENT arguable)"),
            ("develop", "content of the industry's argument"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            (("Weinberger", "Weinberger told"), "PERSON", "USA"),
            (("Japanese", "exports of"), "NORP", "JPN"),
            ("Soviet", "NORP", "SUN"),
            ("Toshiba Machine Co", "ORG", "JPN"),
            ("Toshiba Corp", "ORG", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("Toshiba Machine", "barred"), "ORG", "JPN"),
            ("Communist", "NORP", None),
            (("Weinberger", "Weinberger gave"), "PERSON", "USA"),
            (("Japanese", "talks with"), "NORP", "JPN"),
            ("Yuko Kurihara", "PERSON", "JPN"),
            ("American", "NORP", "USA"),
            (("Japan", "to build"), "GPE", "JPN"),
            (("Kurihara", "Minister Kurihara that"), "PERSON", "JPN"),
            (("Japanese", "increase"), "NORP", "JPN"),
            (("American", "I believe"), "NORP", "USA"),
            (("Japanese", "The Japanese industry"), "NORP", "JPN"),
        ],
    },
    "reuters21578-19388": {
        "events": [
            # 0
            ("AID", "reallocated", ("The Commodity Credit Corporation", "USA", "GOV"), ("El\nSalvador", "SLV", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "1.3 mln dlrs of credit guarantees moved to rice purchases by El Salvador (23b/26a); present perfect with "
             "no time expression (rule 17); USDA's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "the department said"), USDA_DEPT2, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "programme totals: protein-meal line cut to 12.7 mln, rice line of 1.3 mln created (a reallocation)"),
            # 2
            ("STATEMENT", ("said", "September 30, the department"), USDA_DEPT3, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "programme conditions: registration and exports by September 30"),
        ],
        "skip": [
            ("granted", "background: the original guarantees (anaphoric)"),
            ("sale", "content of the guarantees"),
            ("buy", "content of the guarantees"),
            (("said", "Agriculture Department"), "rule-3 attribution (the credit guarantees are the event)"),
            ("action", "anaphoric nominal (the reallocation)"),
            ("reduces", "effect on the programme totals (statistics)"),
            ("authorized", "background (the existing line)"),
            ("creates", "effect on the programme totals (the same reallocation)"),
            ("registered", "condition of the programme"),
            ("completed", "condition of the programme"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("El\nSalvador", "GPE", "SLV"),
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
