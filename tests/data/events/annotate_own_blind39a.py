"""Build ``own_blind39a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind39a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left; also minus the 16 stories drawn for own_blind38, 2,571 left); 24 drawn with random.Random(39101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
27 event records (25 first mentions, 2 later mentions), 114 not_annotated spans, 92 entity mentions;
one article without events (20263, Fed expected to add reserves: economists' talk only); 11208 (HGCA
exports), 18525 (Vietnam leadership) and 4783 (Bank of England help) have a single reporting-clause
STATEMENT each. Types: STATEMENT 12, CONSULT 5, COOPERATE 5, AGREE 2, REJECT 1, REQUEST 1, SANCTION 1;
modality: asserted 18, negated 4, hypothetical 4, planned 1; precision: day 16, unknown 8, year 2,
month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: the skip "shipments"
anchored after "He said" matched "other corn shipments" (after the earlier "He said CINDASA") instead
of "He said shipments of ... barley"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("French Finance Minister
Edouard Balladur", "British Chancellor of the Exchequer Nigel Lawson": NORP + PERSON, "Exchequer" inside
the title not tagged; "Prime Minister Pham Van Dong", "President Truong Chinh": the PERSON); possessive
's left out ("Vietnam's", "Cargill's", "Delta's"); tickers in brackets left out, bracketed company names
tagged without brackets (<Delta Motor Corp>, <Pilipinas Nissan Inc>); the Asian Development Bank / ADB
ORG null (each mention, as 7b's ADB); Taiwan GPE TWN (14a/33b), Peking GPE CHN (18b) also where it
stands for the PRC ("the admission of Peking"); the quoted membership name "Taipei, China" gives GPE
"Taipei" TWN and GPE "China" CHN (each place name as written; one GPE TWN span for the name arguable);
the lower-case "foreign ministry" and "politburo" are not tagged (21b/25b); the Home Grown Cereals
Authority / HGCA ORG GBR; the Federal Reserve / Fed ORG USA, "federal funds" not an entity (a rate);
Cargill ORG USA (37a), its Spanish unit Compania Industrial y de Abastecimiento S.A. (one span with
"S.A.", as 34b's "Inc") and CINDASA ORG ESP (a subsidiary takes the country the text gives, "Spanish
unit"), Reuters ORG GBR, "Spanish" (corn, flour, unit) NORP ESP, "European" NORP null (35a), Rotterdam GPE
NLD, Ghent GPE BEL, Valencia GPE ESP, the EC ORG null, "Netherlands" without its article (as the earlier
sets); the Vietnam News Agency ORG VNM (13a/15b's news agencies), the capitalised "Parliament" ORG VNM
(14a/4b/16b; here sentence-initial, "Vietnam's parliament" in the lead is lower case and not tagged),
the Viet Cong NORP VNM (a guerrilla movement, as 22b's contra rebels), "Vietnam" inside "Vietnam War"
GPE VNM (the war not an entity, 7b; 19a's Gulf in "Gulf War"), "Marxist" NORP null (a political
grouping, as 13b's "Catholic" / 18b's "Islamic"), the Soviet Union GPE SUN, Bangkok GPE THA; the Bank of
England and the capitalised short "Bank" ORG GBR (31b); the Treasury (Britain's) ORG GBR, the European
Community (in "European Community-wide") ORG null, Paris GPE FRA; Toyota Motor Corp / "Toyota" ORG JPN
(also attributive, "the Toyota application"), "Philippine" NORP PHL, the Board of Investments / BOI, the
Philippine National Bank (one span, "Philippine" inside not tagged), Delta Motor Corp / "Delta", Pilipinas
Nissan Inc, Philippine Automotive Manufacturing Corp and Canlubang Automotive Resources Corp ORG PHL,
General Motors Corp and Ford Motor Co ORG USA; the Progressive Car Manufacturing Program / PCMP is a
programme, not an entity (13b's Marshall Plan, 14b's EEP); currencies are not entities.

Judgement calls made here:
* 8124 (Taiwan / ADB, DCT Mon 1987-03-23, TAIPEI): "Taiwan is holding discussions with the Asian
  Development Bank (ADB) to try to settle a political dispute ..., a foreign ministry spokesman said" is
  CONSULT TWN GOV -> the ADB (null IGO) on "discussions" (the event noun after the light verb), "said"
  rule-3 attribution, undated (a present progressive with no time expression: 35a's "is drafting", 17a's
  "is insisting", 11551's "is still pressing"; DCT as 20b's progressive "said today its troops were pushing" arguable),
  location null. "Taiwan ... boycotted the annual meeting last year to protest against a decision to
  change its membership name" is REJECT TWN -> the ADB (5b: Italy "boycotted" the G-7 meeting = REJECT, a
  refusal of a meeting, not a trade boycott), 1986 ("last year", year precision); its purpose
  ("protest", ACCUSE arguable), the ADB's renaming decision (SANCTION arguable) and "the admission of
  Peking" (SUPPORT / COOPERATE arguable) are background nominals. "The foreign ministry spokesman said a
  decision on whether Taiwan would attend the next meeting in Japan on April 27-29 would depend on the
  results of the talks" is a STATEMENT (TWN GOV, DCT, TAIPEI): the attendance is a "whether" question
  (CONSULT hypothetical 1987-04-27 arguable; skipped with the meeting, an internal meeting of one body,
  and the anaphoric "talks"). '"We are looking for a fair and just solution ...," he said' is a
  STATEMENT (a wish with no actor asked; REQUEST toward the ADB arguable). "In Manila, an ADB spokesman
  declined to comment on the statement" is a withheld STATEMENT (null IGO, negated, trigger "comment" as
  26a/21b, DCT, located in Manila), and '"We have no comment at all," he said' its quoted restatement
  (later mention on "comment", 12a's Airbus "have no comment to make"; its "said" left unlisted).
* 11208 (U.K. wheat and barley exports, DCT Tue 1987-03-31, LONDON): "The U.K. Exported ... in February,
  the Home Grown Cereals Authority (HGCA) said" is a statistics release, STATEMENT by a named statutory
  body (GBR GOV), DCT, LONDON; the exports are trade flows with no acting actor (21b), "the previous
  provisional figures issued for February" an earlier, undated release with its agent implied
  (STATEMENT undated arguable, skipped), the revision and the cumulative totals statistics.
* 20263 (Fed expected to add reserves, DCT Tue 1987-10-20, NEW YORK): no event (a negative). Every
  speaker is "economists" (anonymous, EVENTS.md 4; 9a's 5998 and 14b's 15049, the same story type), and
  what they expect is a Fed reserve operation (monetary, not an event); federal funds trading is a market
  movement.
* 12872 (Spanish corn to Greece, DCT Fri 1987-04-03, MADRID): "Greece has agreed to buy between 27,000 and
  33,000 tonnes of Spanish corn, a spokesman for Cargill's Spanish unit ... (CINDASA) said" is AGREE GRC
  GOV on "agreed" (EVENTS.md 8; "buy" skipped as content) toward the implied seller (ESP BUS, text null:
  the Spanish unit whose spokesman gives the sale price; the title's "Spain agrees sale"; 15a's implied
  sellers of an "agreed to buy"), undated (present perfect, no time expression, rule 17), "said" rule-3
  attribution. The spokesman is CINDASA's (Cargill's Spanish unit: ESP BUS, a subsidiary with the country
  the text gives; USA as a Cargill unit arguable). "He told Reuters the sale price was around 28.95
  pesetas ... but that the final quantity and delivery date has not yet been set" is a STATEMENT (details
  of the sale; "sale" anaphoric), DCT, MADRID; "The corn will be shipped in the coming days from Valencia"
  is the execution of the Greek sale (skipped, 29b/30a). "He said CINDASA will also ship 6,000 to 7,000
  tonnes of Spanish corn to Italy in the second half of this month" is COOPERATE ESP BUS -> Italy (ITA,
  kind unknowable: the Italian buyers are not named; a sale to an identified destination country, as
  16a's Ghana importing from Iran; a STATEMENT with the shipment as content arguable), planned, 1987-04
  ("the second half of this month", month precision), "said" rule-3 attribution. "The CINDASA
  spokesman said other corn shipments this month will include ... bound initially for Rotterdam and
  Ghent and destined for unspecified northern European countries" and "He said shipments of ... barley
  were also expected this month" are STATEMENTs (no identified counterpart; DCT). "and added that Greece,
  the Netherlands, Ireland and Belgium were considering imports of Spanish flour for milling" is a
  merely considered purchase from implied Spanish sellers: COOPERATE hypothetical on "imports" (35a's "is
  considering restrictions": the considered act is the trigger, "considering" its frame), split into
  four records by importer (GRC, NLD, IRL, BEL -> ESP BUS implied, EVENTS.md 12), undated (no time
  expression), "added" rule-3 attribution (one STATEMENT on "added" instead arguable). The market
  sources' talk (prices pushed up by the exports, the absence of EC imports and the delayed U.S.
  shipments) is anonymous.
* 18525 (Vietnam leadership, DCT Thu 1987-06-18, BANGKOK): parliament's sacking of Dong and Chinh, the
  "choice of their successors", "Parliament replaced him with ... Pham Hung", "That post went instead to
  Vo Chi Cong" and Chinh being "ousted" are dismissals and appointments (not events, guidelines); "Dong
  ... left in fading health at the age of 81" restates his departure from office (RETREAT as a
  retirement arguable; the lead calls it a sacking). The diplomatic sources, the "Diplomats in Bangkok"
  and "the sources" are anonymous (EVENTS.md 4), so their assessments (the old guard's influence, Hung
  tipped for the presidency, the reformists' upper hand, Chinh's softened stance) are skipped. The only
  record is "the Vietnam News Agency said" (the appointment it reports has no type, so the reporting
  clause is a STATEMENT, rule 4): VNM ORG (a state news agency, 34b's Tass, 17b's IRNA), DCT, location
  the dateline city BANGKOK (no place for the saying in the text). The wars against France and the U.S.
  and the Vietnam War are background nominals.
* 4783 (Bank of England, 195 mln stg, DCT Fri 1987-03-13, LONDON): "said it provided the money market
  with a further 195 mln stg assistance during the afternoon" is one STATEMENT (GBR GOV, DCT; 28b's 7027,
  31b's 8247); the help, the day's total, the bill purchases and the resales are monetary operations,
  and "a liquidity shortage it has estimated at a revised one billion stg" is part of the same report
  (20a's 4720: skipped with "revised").
* 10048 (Balladur / Lawson, DCT Thu 1987-03-26, LONDON): "French Finance Minister Edouard Balladur
  discussed the need to control public spending in talks here today with British Chancellor of the
  Exchequer Nigel Lawson, a Treasury spokesman said" is CONSULT FRA -> GBR on "discussed" (the main verb;
  "talks" skipped as the same meeting), the visitor first in the host's capital (EVENTS.md 13, 37b),
  1987-03-26 ("today"), located in London ("here"), "said" rule-3 attribution. "The spokesman said the
  ministers reviewed their economies, and public spending ..." is its later mention on "reviewed" (what
  the two did in the same talks; actor1 the pair with its first-named member's country FRA, the host
  implied GBR, as 12a's "the two rivals"; first mention's date), "said" rule-3 attribution (a STATEMENT
  on "said" with the review as content arguable). "He declined to comment on whether the subject of
  concerted action to shore up the dollar had arisen" is a withheld STATEMENT (GBR GOV, negated, trigger
  "comment", DCT). "an agreement by six major industrialised nations in Paris on February 22 to
  stabilise their currencies" is AGREE by the group (null GOV, no actor2; 34b/35a's Paris accord), a
  nominal with its own agent, date and place (EVENTS.md 11): 1987-02-22, Paris. The dollar's dip is a
  market movement.
* 5777 (Toyota in the Philippines, DCT Mon 1987-03-16, MANILA; the dateline's "March 17" is the next day,
  the DCT is published_at's date, GUIDELINES.md): every source is "government sources" / "the sources"
  (anonymous, EVENTS.md 4), so their expectations and forecasts are skipped (Toyota "is expected to get
  approval", AGREE / SUPPORT planned arguable; "is likely to be brought into" the programme; when the BOI
  "would announce its decision"; Toyota joining the programme), as is "The sources did not say" (an
  anonymous withholding). Identifiable acts they relay are coded with their "said" skipped (35a's
  considered restrictions relayed by U.S. sources, 37a's LDP agreement relayed by analysts): "Toyota had
  also applied to produce wiring harness ..." is REQUEST JPN BUS -> the authorities (PHL GOV implied,
  the BOI that decides "the Toyota application"; 19b's Burma and 25a's CBOT "applied"), undated; "Toyota
  is now negotiating to buy these [Delta's assets]" is CONSULT JPN BUS -> the implied asset holder (PHL
  BUS: the Philippine National Bank that foreclosed on them, EVENTS.md 14), 1987-03-16 ("now" = DCT);
  "Toyota was in the final stages of negotiations with a new local partner" is CONSULT JPN -> PHL BUS
  ("a new local partner", unnamed but identified as a local company), undated (a progressive with no
  time expression). "It has not yet said what kind of cars it will make" is a withheld STATEMENT by
  Toyota (JPN BUS, negated, DCT, MANILA; in the narrator's voice). "In 1984 Toyota severed its ties with
  <Delta Motor Corp>, its local partner for more than 20 years" is SANCTION JPN BUS -> PHL BUS (breaking
  relations, EVENTS.md 9's "ties severed", PLOVER's reduce/break relations; an ending of a business
  relationship with no type, own_blind's ended talks, arguable), 1984 (year). "The state-owned Philippine
  National Bank later foreclosed on Delta's assets" is a creditor's debt enforcement (corporate finance;
  COERCE PHL BUS -> PHL BUS undated arguable, skipped). "This follows the company's proposal to invest
  ..." is a background nominal (REQUEST arguable). "Two U.S. Car firms, General Motors Corp ... and Ford
  Motor Co ..., withdrew from the local car market shortly after the country was hit by a financial
  crisis in 1983" is an exit from a market with no counterpart (23a's Showa Denko "withdrew from
  smelting"; RETREAT USA -> PHL, 1983, arguable), skipped. The programme's and the BOI's standing roles
  are stative.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind39a.jsonl"

TPE = ("TAIPEI", "TWN")
MANILA = ("Manila", "PHL")
LON = ("LONDON", "GBR")
MAD = ("MADRID", "ESP")
BKK = ("BANGKOK", "THA")
MNL = ("MANILA", "PHL")
PARIS = ("Paris", "FRA")

ADB = ("Asian Development Bank", None, "IGO")
ADB_SPOKESMAN = ("an ADB spokesman", None, "IGO")
TWN_SPOKESMAN = ("The foreign ministry spokesman", "TWN", "GOV")
HGCA = ("the Home Grown Cereals Authority", "GBR", "GOV")
BOE = ("The Bank of England", "GBR", "GOV")
CINDASA_SELLER = (None, "ESP", "BUS")
BALLADUR = ("French Finance Minister Edouard Balladur", "FRA", "GOV")
LAWSON = ("British Chancellor of the Exchequer Nigel Lawson", "GBR", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-8124": {
        "events": [
            # 0
            ("CONSULT", "discussions", (("Taiwan", "Taiwan is holding"), "TWN", "GOV"), ADB, None,
             None, "unknown", None, "asserted", None,
             "Taiwan is holding discussions with the ADB (the event noun after the light verb 'holding'); 'said' "
             "is rule-3 attribution; present progressive with no time expression: undated (35a's 'is drafting', "
             "17a's 'is insisting')"),
            # 1
            ("REJECT", "boycotted", (("Taiwan", "Taiwan, one"), "TWN", "GOV"), (("ADB", "47-member"), None, "IGO"),
             None, "1986", "year", "last year", "asserted", None,
             "Taiwan boycotted the ADB's annual meeting last year: refusal of a meeting (5b's Italy 'boycotted' the "
             "G-7 meeting = REJECT, not a trade boycott); 'last year' = 1986"),
            # 2
            ("STATEMENT", ("said", "The foreign ministry spokesman said"), TWN_SPOKESMAN, None, TPE,
             "1987-03-23", "day", None, "asserted", None,
             "whether Taiwan attends the next meeting will depend on the talks (an assessment; the attendance a "
             "'whether' question); wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", 'representation," he'), (("he", 'representation," he'), "TWN", "GOV"), None, TPE,
             "1987-03-23", "day", None, "asserted", None,
             "'We are looking for a fair and just solution' (a wish, no actor asked; REQUEST toward the ADB "
             "arguable); DCT"),
            # 4
            ("STATEMENT", ("comment", "declined to"), ADB_SPOKESMAN, None, MANILA,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement: the ADB spokesman declined to comment (EVENTS.md 5; trigger 'comment', 26a); "
             "DCT, placed 'In Manila'"),
            # 5
            ("STATEMENT", ("comment", "no comment"), (("he", 'at all," he'), None, "IGO"), None, MANILA,
             "1987-03-23", "day", None, "negated", 4,
             "quoted restatement of the withheld comment (12a's Airbus 'have no comment to make')"),
        ],
        "skip": [
            (("said", "a foreign ministry"), "rule-3 attribution (the discussions are the event)"),
            ("settle", "purpose of the discussions (content)"),
            ("dispute", "background (stative)"),
            ("founders", "stative (membership)"),
            (("meeting", "the annual"), "object of the boycott (the ADB's annual meeting)"),
            ("protest", "purpose of the boycott (ACCUSE TWN -> ADB arguable)"),
            (("decision", "against a"), "background nominal (the ADB's decision to rename Taiwan's membership; "
                                         "SANCTION arguable)"),
            ("change", "content of the background decision"),
            ("admission", "background nominal (the ADB admitting Peking; SUPPORT / COOPERATE arguable)"),
            (("decision", "spokesman said a"), "content of the statement (an open decision)"),
            ("attend", "a 'whether' question inside the statement (CONSULT hypothetical arguable)"),
            (("meeting", "the next"), "the ADB's annual meeting (an internal meeting of one body), planned"),
            ("depend", "content of the statement"),
            (("talks", "results of the"), "anaphoric nominal (the discussions, coded)"),
            ("looking for", "content of the quote (a wish; REQUEST arguable)"),
            (("statement", "comment on the"), "anaphoric nominal (the Taiwanese spokesman's statement)"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("Asian Development Bank", "ORG", None),
            (("ADB", "(ADB)"), "ORG", None),
            (("Taiwan", "Taiwan, one"), "GPE", "TWN"),
            (("ADB", "47-member"), "ORG", None),
            ("Taipei", "GPE", "TWN"),
            (("China", "Taipei,"), "GPE", "CHN"),
            ("Peking", "GPE", "CHN"),
            (("Taiwan", "whether Taiwan"), "GPE", "TWN"),
            ("Japan", "GPE", "JPN"),
            ("Manila", "GPE", "PHL"),
            (("ADB", "an ADB spokesman"), "ORG", None),
        ],
    },
    "reuters21578-11208": {
        "events": [
            # 0
            ("STATEMENT", "said", HGCA, None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "statistics release: U.K. wheat and barley exports in February (a named statutory body, GBR GOV); "
             "wire style: DCT, dateline city"),
        ],
        "skip": [
            ("Exported", "statistics (trade flows with no acting actor, 21b)"),
            ("issued", "background: the earlier provisional figures (an undated earlier release, agent implied; "
                       "STATEMENT arguable)"),
            ("increased", "statistics (the revision of the figures)"),
            ("bring", "statistics"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Home Grown Cereals Authority", "ORG", "GBR"),
            ("HGCA", "ORG", "GBR"),
        ],
    },
    "reuters21578-20263": {
        "events": [],
        "skip": [
            (("expected", "is expected"), "economists' expectation (anonymous) of a Fed reserve operation"),
            ("enter", "Fed reserve operation (monetary operation)"),
            (("add", "market to add"), "Fed reserve operation (monetary operation)"),
            (("said", "economists said"), "economists' talk (anonymous)"),
            (("expected", "They expected"), "economists' expectation (anonymous)"),
            (("added", "Economists added"), "economists' talk (anonymous)"),
            ("indicates", "market indicator (content of anonymous talk)"),
            (("add", "unlikely to"), "Fed reserve operation (monetary operation), content of anonymous talk"),
            ("feels", "content of anonymous talk"),
            ("calm", "monetary operation (content of anonymous talk)"),
            ("trading", "market movement"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            (("Fed", "indicates the"), "ORG", "USA"),
        ],
    },
    "reuters21578-12872": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Greece", "GRC", "GOV"), CINDASA_SELLER, None,
             None, "unknown", None, "asserted", None,
             "Greece has agreed to buy Spanish corn (EVENTS.md 8: AGREE on 'agreed', the purchase content; the "
             "seller implied: the Spanish unit whose spokesman gives the sale price, 15a's implied sellers); "
             "'said' rule-3 attribution; present perfect, no time expression: undated (rule 17)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "ESP", "BUS"), None, MAD,
             "1987-04-03", "day", None, "asserted", None,
             "the sale price, and the quantity and delivery date not yet set (details of the sale); the CINDASA "
             "spokesman (Cargill's Spanish unit: ESP); wire style: DCT, dateline city"),
            # 2
            ("COOPERATE", ("ship", "will also ship"), (("CINDASA", "He said CINDASA"), "ESP", "BUS"),
             (("Italy", "corn to Italy"), "ITA", None), None,
             "1987-04", "month", "the second half of this month", "planned", None,
             "CINDASA will ship corn to Italy in the second half of this month: a sale to an identified destination "
             "country (16a's Ghana importing from Iran; the Italian buyers unnamed, kind unknowable), not the "
             "execution of a sale coded elsewhere (29b/30a); 'He said' rule-3 attribution; month precision"),
            # 3
            ("STATEMENT", ("said", "The CINDASA spokesman said"), ("The CINDASA spokesman", "ESP", "BUS"), None, MAD,
             "1987-04-03", "day", None, "asserted", None,
             "other corn shipments this month bound for Rotterdam and Ghent and unspecified northern European "
             "countries (no identified counterpart: statistics of planned shipments); DCT"),
            # 4
            ("STATEMENT", ("said", "He said shipments"), (("He", "He said shipments"), "ESP", "BUS"), None, MAD,
             "1987-04-03", "day", None, "asserted", None,
             "barley shipments also expected this month (no shipper or buyer named); DCT"),
            # 5
            ("COOPERATE", ("imports", "considering"), (("Greece", "added that"), "GRC", "GOV"), CINDASA_SELLER, None,
             None, "unknown", None, "hypothetical", None,
             "Greece ... were considering imports of Spanish flour: a merely considered purchase from implied "
             "Spanish sellers (35a's 'is considering restrictions', trigger on the considered act, 'considering' "
             "its frame); compound importers split by country (EVENTS.md 12); 'added' rule-3 attribution; no time "
             "expression: undated"),
            # 6
            ("COOPERATE", ("imports", "considering"), (("Netherlands", "Greece, the"), "NLD", "GOV"), CINDASA_SELLER,
             None, None, "unknown", None, "hypothetical", None,
             "the Netherlands' part of the considered flour imports (split compound)"),
            # 7
            ("COOPERATE", ("imports", "considering"), ("Ireland", "IRL", "GOV"), CINDASA_SELLER, None,
             None, "unknown", None, "hypothetical", None,
             "Ireland's part of the considered flour imports (split compound)"),
            # 8
            ("COOPERATE", ("imports", "considering"), ("Belgium", "BEL", "GOV"), CINDASA_SELLER, None,
             None, "unknown", None, "hypothetical", None,
             "Belgium's part of the considered flour imports (split compound)"),
        ],
        "skip": [
            ("buy", "content of the agreement (EVENTS.md 8)"),
            (("said", "(CINDASA)"), "rule-3 attribution (the agreement is the event)"),
            (("sale", "the sale price"), "anaphoric nominal (the agreed sale)"),
            (("set", "not yet"), "content of the statement (quantity and delivery date not yet set)"),
            ("shipped", "execution of the sale to Greece (29b/30a: a shipment executing a sale)"),
            (("said", "He said CINDASA"), "rule-3 attribution (the shipment to Italy is the event)"),
            (("shipments", "other corn"), "content of the statement (no identified counterpart)"),
            ("bound", "content of the statement"),
            ("destined", "content of the statement (unspecified countries)"),
            (("shipments", "He said shipments"), "content of the statement (no shipper or buyer named)"),
            (("expected", "were also"), "content of the statement"),
            (("added", "this month and"), "rule-3 attribution (the considered imports are the events)"),
            ("considering", "frame of the considered imports (coded on 'imports', 35a)"),
            (("said", "Market sources"), "anonymous-source talk (market sources)"),
            (("exports", "the corn"), "anaphoric nominal (content of anonymous talk)"),
            (("imports", "absence of"), "statistics (content of anonymous talk)"),
            ("delay", "background (no acting actor), content of anonymous talk"),
            ("pushed", "market movement"),
        ],
        "entities": [
            ("Greece", "GPE", "GRC"),
            ("Spanish", "NORP", "ESP"),
            ("Cargill", "ORG", "USA"),
            (("Spanish", "Cargill's"), "NORP", "ESP"),
            ("Compania Industrial y de Abastecimiento S.A.", "ORG", "ESP"),
            ("CINDASA", "ORG", "ESP"),
            ("Reuters", "ORG", "GBR"),
            ("Valencia", "GPE", "ESP"),
            (("CINDASA", "He said CINDASA"), "ORG", "ESP"),
            (("Spanish", "7,000 tonnes"), "NORP", "ESP"),
            ("Italy", "GPE", "ITA"),
            (("CINDASA", "The CINDASA"), "ORG", "ESP"),
            ("Rotterdam", "GPE", "NLD"),
            ("Ghent", "GPE", "BEL"),
            ("European", "NORP", None),
            (("Greece", "added that"), "GPE", "GRC"),
            ("Netherlands", "GPE", "NLD"),
            ("Ireland", "GPE", "IRL"),
            ("Belgium", "GPE", "BEL"),
            (("Spanish", "imports of"), "NORP", "ESP"),
            ("EC", "ORG", None),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-18525": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Vietnam News Agency"), ("the Vietnam News Agency", "VNM", "ORG"), None, BKK,
             "1987-06-18", "day", None, "asserted", None,
             "the official agency reports that parliament replaced Dong with Pham Hung (an appointment: no type, "
             "so the reporting clause is the record, rule 4); a state news agency: ORG (34b's Tass, 17b's IRNA); "
             "wire style: DCT, dateline city"),
        ],
        "skip": [
            ("sacked", "dismissal from office (not an event, guidelines), relayed by anonymous sources"),
            ("choice", "appointment (not an event)"),
            ("indicated", "content of anonymous talk"),
            (("said", "diplomatic sources said"), "anonymous-source talk (diplomatic sources)"),
            (("left", "32 years,"), "Dong's departure from office, the dismissal of the lead restated (RETREAT as a "
                                    "retirement arguable)"),
            (("wars", "hero of"), "background nominal (past wars against France and the U.S.)"),
            ("replaced", "appointment (not an event): content of the agency's report"),
            ("headed", "stative background (Hung's past role)"),
            ("War", "background nominal (the Vietnam War)"),
            (("said", "Diplomats in Bangkok"), "anonymous-source talk (diplomats)"),
            ("tipped", "content of anonymous talk"),
            ("went", "appointment (not an event)"),
            (("said", "Diplomatic sources said"), "anonymous-source talk (diplomatic sources)"),
            ("pushed", "domestic reforms by unnamed reformists (content of anonymous talk)"),
            ("gained the upper hand", "domestic politics (content of anonymous talk)"),
            (("wars", "veteran of the"), "background nominal (past wars)"),
            ("ousted", "dismissal from office (not an event)"),
            ("softened", "stative, content of anonymous talk"),
            (("said", "the sources said"), "anonymous-source talk (the sources)"),
        ],
        "entities": [
            ("Vietnam", "GPE", "VNM"),
            ("Pham Van Dong", "PERSON", "VNM"),
            ("Truong Chinh", "PERSON", "VNM"),
            (("Dong", "sources said."), "PERSON", "VNM"),
            ("France", "GPE", "FRA"),
            ("United States", "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("Parliament", "ORG", "VNM"),
            ("Pham Hung", "PERSON", "VNM"),
            ("Vietnam News Agency", "ORG", "VNM"),
            (("Hung", "Hung headed"), "PERSON", "VNM"),
            ("Viet Cong", "NORP", "VNM"),
            (("Vietnam", "in the Vietnam War"), "GPE", "VNM"),
            ("Bangkok", "GPE", "THA"),
            (("Hung", "said Hung"), "PERSON", "VNM"),
            ("Vo Chi Cong", "PERSON", "VNM"),
            (("Cong", "sources said Cong"), "PERSON", "VNM"),
            (("Chinh", "Chinh, a hardline"), "PERSON", "VNM"),
            ("Marxist", "NORP", None),
            (("France", "wars against France and the U.S."), "GPE", "FRA"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-4783": {
        "events": [
            # 0
            ("STATEMENT", "said", BOE, None, LON,
             "1987-03-13", "day", None, "asserted", None,
             "the afternoon help is a monetary operation (28b's 7027, 31b's 8247): the reporting clause is a "
             "STATEMENT; the shortage estimate is part of the same report (20a's 4720); DCT"),
        ],
        "skip": [
            ("provided", "money-market assistance (monetary operation)"),
            ("assistance", "monetary operation"),
            ("brings", "the day's total help (monetary operation)"),
            (("help", "total help"), "monetary operation"),
            ("estimated", "the same speech act as 'said' (the bank's shortage estimate, 20a)"),
            ("revised", "content of the estimate"),
            (("bought", "The Bank bought"), "bill purchases (monetary operation)"),
            (("bought", "it bought"), "bill purchases for resale (monetary operation)"),
            (("resale", "bills for"), "part of the bill purchases (monetary operation)"),
            (("resale", "two mln stg for"), "part of the bill purchases (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "The Bank bought"), "ORG", "GBR"),
        ],
    },
    "reuters21578-10048": {
        "events": [
            # 0
            ("CONSULT", "discussed", BALLADUR, LAWSON, LON,
             "1987-03-26", "day", "today", "asserted", None,
             "Balladur discussed ... in talks here today with Lawson: the visitor first, the host second (talks "
             "'here' in the host's capital, EVENTS.md 13 / 37b); 'said' rule-3 attribution; 'today' = DCT, London"),
            # 1
            ("CONSULT", "reviewed", ("the ministers", "FRA", "GOV"), (None, "GBR", "GOV"), LON,
             "1987-03-26", "day", "today", "asserted", 0,
             "later mention: the ministers reviewed their economies and public spending (what they did in the same "
             "talks); the pair as actor1 with its first-named member, the other implied (12a's 'the two rivals'); "
             "first mention's date"),
            # 2
            ("STATEMENT", "comment", (("He", "He declined"), "GBR", "GOV"), None, LON,
             "1987-03-26", "day", None, "negated", None,
             "withheld statement: the Treasury spokesman declined to comment on concerted action for the dollar "
             "(EVENTS.md 5; trigger 'comment', 26a); DCT"),
            # 3
            ("AGREE", "agreement", ("six major industrialised nations", None, "GOV"), None, PARIS,
             "1987-02-22", "day", "February 22", "asserted", None,
             "the agreement by six major nations in Paris on February 22 to stabilise their currencies: a nominal "
             "with its own agent, date and place (EVENTS.md 11); a group: null, no actor2 (34b/35a's Paris accord)"),
        ],
        "skip": [
            ("talks", "the same meeting as 'discussed' (coded there)"),
            ("control", "content of the discussion"),
            (("said", "Treasury spokesman"), "rule-3 attribution (the talks are the event)"),
            (("said", "The spokesman said"), "rule-3 attribution (the review, a later mention of the talks)"),
            ("concerted action", "content of the withheld question"),
            ("shore up", "content of the withheld question"),
            ("arisen", "content of the withheld question"),
            ("dipped", "market movement"),
            ("stabilise", "content of the agreement"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Edouard Balladur", "PERSON", "FRA"),
            ("British", "NORP", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            ("Treasury", "ORG", "GBR"),
            ("European Community", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Paris", "GPE", "FRA"),
        ],
    },
    "reuters21578-5777": {
        "events": [
            # 0
            ("REQUEST", "applied", (("Toyota", "Toyota had also"), "JPN", "BUS"), (None, "PHL", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Toyota had also applied to produce wiring harness etc.: an application to the authorities (the BOI, "
             "implied) = REQUEST (19b's Burma, 25a's CBOT 'applied'); an identifiable act relayed by anonymous "
             "sources (35a), their 'said' skipped; no time expression: undated"),
            # 1
            ("STATEMENT", ("said", "It has not yet"), (("It", "It has not yet"), "JPN", "BUS"), None, MNL,
             "1987-03-16", "day", None, "negated", None,
             "Toyota has not yet said what kind of cars it will make: a withheld statement (EVENTS.md 5), DCT, "
             "dateline city (DCT is published_at's date, the dateline's 'March 17' being the next day)"),
            # 2
            ("SANCTION", "severed", (("Toyota", "In 1984 Toyota"), "JPN", "BUS"), ("Delta Motor Corp", "PHL", "BUS"),
             None, "1984", "year", "In 1984", "asserted", None,
             "Toyota severed its ties with its local partner Delta in 1984: breaking relations (EVENTS.md 9, "
             "PLOVER's reduce/break relations; the ending of a business relationship with no type, own_blind's "
             "ended talks, arguable)"),
            # 3
            ("CONSULT", "negotiating", (("Toyota", "said Toyota is now"), "JPN", "BUS"), (None, "PHL", "BUS"), None,
             "1987-03-16", "day", "now", "asserted", None,
             "Toyota is now negotiating to buy Delta's assets (talks with the implied holder, the Philippine National "
             "Bank that foreclosed on them, EVENTS.md 14); relayed by anonymous sources, their 'said' skipped; "
             "'now' = DCT"),
            # 4
            ("CONSULT", "negotiations", (("Toyota", "Toyota was in the final"), "JPN", "BUS"),
             ("a new local partner", "PHL", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Toyota in the final stages of negotiations with a new local partner (unnamed but identified as a "
             "local company); relayed by anonymous sources; progressive with no time expression: undated (35a)"),
        ],
        "skip": [
            (("expected", "is\nexpected"), "anonymous sources' expectation (government sources)"),
            ("approval", "content of anonymous expectation (AGREE / SUPPORT planned arguable)"),
            (("produce", "to\nproduce cars"), "content of the expected approval"),
            (("said", "government sources said"), "anonymous-source talk (government sources)"),
            ("proposal", "background nominal (Toyota's investment proposal; REQUEST arguable)"),
            ("invest", "content of the proposal"),
            ("generate", "content of the proposal"),
            (("said", "The sources said Toyota is likely"), "anonymous-source talk (the sources)"),
            ("brought", "anonymous forecast (Toyota brought into the programme)"),
            ("controlled", "stative (the programme's standing role)"),
            ("administered", "stative"),
            ("screens", "habitual (the BOI's standing role)"),
            (("said", "The sources said Toyota had also"), "anonymous-source talk (the relayed application is coded)"),
            (("produce", "applied to"), "content of the application"),
            (("make", "it will"), "content of the withheld statement"),
            (("say", "did not"), "anonymous sources' withheld statement (anonymous)"),
            ("announce", "planned announcement inside anonymous talk (STATEMENT planned by the BOI arguable)"),
            (("decision", "its\ndecision"), "content (the BOI's pending decision)"),
            ("application", "anaphoric nominal (the Toyota application)"),
            ("suffering", "stative (reason for the severing)"),
            ("foreclosed", "a creditor's foreclosure on a debtor's assets: debt enforcement / corporate finance "
                           "(COERCE PHL BUS -> PHL BUS, undated, arguable)"),
            (("said", "the sources said Toyota is now"), "anonymous-source talk (the sources)"),
            (("buy", "negotiating to"), "content of the negotiation"),
            (("said", "government sources also"), "anonymous-source talk (government sources)"),
            ("joining", "hypothetical content (Toyota as the programme's third participant)"),
            ("withdrew", "exit from a market: no counterpart, no type (23a's Showa Denko 'withdrew from smelting'; "
                         "RETREAT arguable)"),
            ("hit", "financial crisis: no acting actor"),
        ],
        "entities": [
            ("Toyota Motor Corp", "ORG", "JPN"),
            ("Japan", "GPE", "JPN"),
            ("Philippine", "NORP", "PHL"),
            (("Toyota", "said Toyota is likely"), "ORG", "JPN"),
            ("Board of Investments", "ORG", "PHL"),
            (("BOI", "(BOI)"), "ORG", "PHL"),
            (("Toyota", "Toyota had also"), "ORG", "JPN"),
            (("BOI", "when BOI"), "ORG", "PHL"),
            (("Toyota", "the Toyota application"), "ORG", "JPN"),
            (("Toyota", "In 1984 Toyota"), "ORG", "JPN"),
            ("Delta Motor Corp", "ORG", "PHL"),
            ("Philippine National Bank", "ORG", "PHL"),
            (("Delta", "foreclosed on"), "ORG", "PHL"),
            (("Toyota", "said Toyota is now"), "ORG", "JPN"),
            (("Toyota", "Toyota was in the final"), "ORG", "JPN"),
            (("Toyota", "Toyota would be"), "ORG", "JPN"),
            ("Pilipinas Nissan Inc", "ORG", "PHL"),
            ("Philippine Automotive Manufacturing Corp", "ORG", "PHL"),
            ("Canlubang Automotive Resources Corp", "ORG", "PHL"),
            ("U.S.", "GPE", "USA"),
            ("General Motors Corp", "ORG", "USA"),
            ("Ford Motor Co", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
