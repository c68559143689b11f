"""Build ``own_blind20a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind20a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,891 left; also minus the 16 stories drawn for
own_blind19, 2,875 left); 24 drawn with random.Random(20101).sample, dropping any whose title equals
a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
49 event records (44 first mentions, 5 later mentions), 105 not_annotated spans, 95 entity mentions;
reuters21578-11103 (credit markets) has no event (a negative: dealers' and economists' talk and price
movements only); 17427 (EIA oil demand), 4467 (seismic crews) and 4720 (Bank of England) have
reporting-clause STATEMENTs only. Types: STATEMENT 29, SUPPORT 4, REQUEST 4, COOPERATE 2, SANCTION 2,
ACCUSE 2, COERCE 2, RETREAT 1, CONSULT 1, PROTEST 1, THREATEN 1.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Labour Minister Almir Pazzianotto": the PERSON;
"Federal Reserve Board Chairman Paul Volcker": ORG + PERSON); heads of international bodies are
PERSON null (Jacques Delors, as 13a's Conable); the European Commission, the EC / European Community
and "the Community" are ORG null; "Franco-German" gives two NORP mentions ("Franco" FRA, "German"
DEU; as 18a's "Soviet-American"); "European" (solution) is NORP null; bracketed company names are
tagged without the brackets (Cie Generale de Constructions Telephoniques, ORG FRA), tickers (SIEG.F,
SCHN.PA, CCI) are left out; "Herstatt" naming the bank ("Herstatt creditors", "the private Herstatt
bank") is ORG DEU; "Nazi" is NORP DEU; Dattel is taken as DEU (a West German bank's dealer persecuted
by the Nazis as a child; the text gives no nationality outright); the Society of Exploration
Geophysicists is taken as USA (the text gives no country; it speaks from Tulsa about U.S. crews);
"Central and South America" is one LOC span (a shared head, as 5b's "U.S. Agriculture and Commerce
Departments"), Africa, the Middle East, the Far East and Europe are LOC null; "Energy Department" in
"the Energy Department agency" is ORG USA; "Treasury" in "Treasury bond" (a security's name) and the
SPR (a named oil stockpile, a facility) are not tagged; Reuters is ORG GBR; Le Monde ORG FRA and
Gazeta Mercantil ORG BRA; currencies are not entities.

Judgement calls made here:
* 5162 (Delors / CGCT): Delors "quoted by Le Monde newspaper, said he favoured a Franco-German
  candidate to take over" CGCT is an endorsement of a (named-later) bidder: SUPPORT on "said"
  ("favoured" the same act, not skipped, EVENTS.md 1), actor1 Delors null IGO (European Commission
  president, as the GATT official in EVENTS.md 13), the Franco-German candidate split into DEU and FRA
  records (EVENTS.md 12, compound of two nationalities; null as for 13a's "European consortium" is
  the alternative); relayed by a newspaper: undated, location null (rule 4). The quoted "I wish for a
  European solution ... he was quoted as saying" restates the paraphrase: later mentions (two, on
  "quoted", 17b). '"... that seems the best choice," Delors added' justifies a policy option (a
  European solution) rather than endorsing an actor: STATEMENT (EVENTS.md 6), continuing the Le Monde
  interview: undated. "Five groups, including an alliance between ... Siemens AG and ...
  Jeumont-Schneider, have applied to buy" CGCT is COOPERATE (a bid = offer, own_blind / 18b call),
  asserted (the application was made, as 18b's "launched ... offer"), undated (rule 17), only the
  named alliance coded and split into Siemens (DEU) and Jeumont-Schneider (FRA) records (13a: "at
  least four countries, including ..." gives records for the named members only), actor2 CGCT
  ("France's second largest telephone switching firm", FRA BUS). The alliance itself is a background
  nominal; the foreign-stake cap under the privatisation law is a standing rule (skipped).
* 4467 (seismic crews): the Society's "said" is a statistics STATEMENT (DCT, TULSA); "the
  association's monthly survey showed" is the association's own statistics release (a named
  author's report, EVENTS.md 4; 14a's "a five-year forecast by the Economic Ministry showed"):
  STATEMENT on "survey", "showed" skipped; regional crew changes ("added", "increased", "reductions
  were reported") are statistics.
* 11103 (U.S. credit markets): no event: "dealers and analysts said", "said one money market
  economist", "said another" are anonymous; the rest is price movement.
* 10191 (Herstatt dealer): "can stand trial for damages, a court ruled" is SANCTION (an adverse
  ruling against a party, as 10b's Amsterdam court) by the court (DEU GOV, from the dateline) against
  the former dealer; a ruling is not a speech act, so with no time expression it is undated (rule 17,
  like "vetoed"; a DCT reading as for "said" is the alternative) and has no location. "The court
  overturned a claim by Danny Dattel" is the same ruling: later mention (SANCTION; REJECT arguable),
  the claim its content. "Herstatt creditors are seeking 12.5 mln marks from Dattel" is REQUEST
  (present-tense standing demand: undated, 17/18 call) and "whom they accuse of causing losses" is
  ACCUSE (standing, undated); the creditors' nationality is not given (null, as "its creditors").
  "the 480 mln marks announced recently by Volkswagen" is a STATEMENT by VW with its own agent
  ("recently" has no value: undated); the fraud is background. "was sentenced to four and a half
  years in prison in 1984" and "were jailed in 1983" are COERCE (imprisonment, PLOVER/CAMEO arrest and
  detention; SANCTION as an adverse ruling arguable) by an implied DEU authority, dated by their years;
  "but appealed" is skipped (a legal appeal: REQUEST to a higher court or REJECT, and undated);
  "Dattel was freed from prosecution" is RETREAT (a release) by an implied DEU authority, undated;
  the bank's collapse/crash, the tightened regulations and the Nazi persecution (background, no date
  value) are skipped.
* 7547 (Volcker / Brazil): Volcker's first "said" is a STATEMENT (assessment), its quoted
  restatement '"I don't think ... undermine ...," he said' a later mention. "he told Reuters ... that
  it was in the interest of U.S. Banks to complete debt financing plans soon with Brazil" tells an
  identifiable actor how to act: REQUEST USA GOV -> U.S. banks (USA BUS) (EVENTS.md 2, as "stronger
  demand growth ... is needed"; STATEMENT arguable), and the following quote with no reporting verb
  '"But I would like to see further progress made on this whole situation."' restates it: later
  mention (trigger "would like to see", banks implied). "Brazil announced last month it was
  temporarily suspending interest payments" is a STATEMENT dated 1987-02 (the suspension has no type,
  EVENTS.md 10); Ecuador's suspension "Last week" is skipped likewise. "Citicorp ... said last week
  that it might have to reclassify ... Brazilian loans" is a STATEMENT (corporate accounting; no
  pressure wording, unlike 10a's THREATEN), "last week" (9-15 March) kept at its month, 1987-03,
  location null (not a DCT report). Analysts are anonymous. "Volcker said he believed ...", "he said
  the two countries were special cases" ("Asked whether ..." a question) are STATEMENTs (DCT,
  JACKSONVILLE); "He did not elaborate" is a withheld STATEMENT (negated).
* 17427 (EIA oil demand): nine reporting clauses ("the Energy Information Administration (EIA) said",
  "the Energy Department agency said" in its weekly report, four "the EIA said", three "it said"), all
  STATEMENTs by the EIA (USA GOV), DCT, WASHINGTON, first mentions (each carries new figures, as 18a's
  weather summary); the figures themselves are statistics.
* 4720 (Bank of England): the help, the bill purchases and the rolled-over lending are monetary
  operations; "said" is a STATEMENT, "a shortage it now estimated" is part of the same report (skipped,
  14a's "said it forecast"), and "The bank also announced the rates applicable to ... lending
  facilities rolled over today" is a second STATEMENT (DCT, LONDON).
* 2326 (Brazilian seamen, a sister story of own_blind5a's 2542): "today held pay talks in Rio de
  Janeiro with Labour Minister Almir Pazzianotto" is CONSULT seamen (BRA ORG) -> the minister (BRA
  GOV), 1987-03-05, located in Rio, "union officials said" attribution, "held" the light verb. "who
  say they have made idle 158 ships and halted Brazilian exports" is a STATEMENT by the strikers (DCT,
  SAO PAULO; the effects have no type). "Striking" is a participle and the strike is coded once, on
  "the stoppage, which began last Friday": PROTEST, 1987-02-27 (the Friday before Thursday 5 March),
  strikers implied, no target (EVENTS.md 14; own_blind5a's seamen strike); the later "the strike"
  mentions are anaphoric. "are seeking a pay rise of 275 pct" is REQUEST toward the implied employers
  (BRA BUS), undated (standing demand; as 5a). Leao Franco's "told Reuters", the union official's
  "said" and "he said" are STATEMENTs (DCT). Economic analysts are anonymous; the government's debt
  suspension is skipped (EVENTS.md 10). "was quoted in today's Gazeta Mercantil newspaper as saying
  that if the strike continued foreign ships could be authorized" is THREATEN by the National
  Merchant Marine Authority head (BRA GOV) toward the strikers (implied, BRA ORG), a consequence in
  his authority's hands, dated 1987-03-05 by "today's" (5a dated the same quote by its "quoted
  today"; rule 4 would make it undated). The following quotes are wire-style "he said" / "Rubens
  Habbema said" (DCT, SAO PAULO): '"Brazil is living through a crisis ..."' a STATEMENT, and '"...
  we are going to lose foreign exchange ... all this through the fault of the seamen"' ACCUSE toward
  the seamen (blame; STATEMENT arguable). The Santos port spokesman (port authority, BRA GOV) gives
  two STATEMENTs; "labour unrest ... in recent months" is a background nominal.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

TUL = ("TULSA", "USA")
JAX = ("JACKSONVILLE", "USA")
WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
SAO = ("SAO PAULO", "BRA")
RIO = ("Rio de Janeiro", "BRA")
DELORS = ("European Commission President Jacques Delors", None, "IGO")
CANDIDATE = "Franco-German candidate"
CGCT = ("France's second largest telephone switching firm", "FRA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5162": {
        "events": [
            # 0
            ("SUPPORT", "said", DELORS, (CANDIDATE, "DEU", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "favoured a Franco-German candidate to take over CGCT (endorsement of a bidder; compound split: the "
             "German side); quoted by Le Monde: relayed speech, undated"),
            # 1
            ("SUPPORT", "said", DELORS, (CANDIDATE, "FRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "favoured a Franco-German candidate (compound split: the French side); relayed by Le Monde, undated"),
            # 2
            ("SUPPORT", ("quoted", "he was quoted"), (("he", 'necessary," he'), None, "IGO"), (None, "DEU", "BUS"),
             None, None, "unknown", None, "asserted", 0,
             "quoted restatement ('I wish for a European solution') of the paraphrase: later mention (German side)"),
            # 3
            ("SUPPORT", ("quoted", "he was quoted"), (("he", 'necessary," he'), None, "IGO"), (None, "FRA", "BUS"),
             None, None, "unknown", None, "asserted", 1,
             "quoted restatement of the paraphrase: later mention (French side)"),
            # 4
            ("STATEMENT", "added", (("Delors", 'choice," Delors'), None, "IGO"), None, None,
             None, "unknown", None, "asserted", None,
             "justification: given the EC's situation a European solution seems the best choice (defending a "
             "policy option, EVENTS.md 6); continues the Le Monde interview: undated"),
            # 5
            ("COOPERATE", "applied", ("Siemens AG", "DEU", "BUS"), CGCT, None,
             None, "unknown", None, "asserted", None,
             "bid to buy CGCT (offer = bid, own_blind call) by the named Siemens/Jeumont-Schneider alliance, "
             "compound split: Siemens; no time expression"),
            # 6
            ("COOPERATE", "applied", ("Jeumont-Schneider", "FRA", "BUS"), CGCT, None,
             None, "unknown", None, "asserted", None,
             "bid to buy CGCT, compound split: Jeumont-Schneider; no time expression"),
        ],
        "skip": [
            ("quoted", "attribution of relayed speech (quoted by Le Monde)"),
            ("take over", "content of the support (the takeover)"),
            ("has a 16 pct stake", "stative (market share)"),
            ("move closer", "content of the quote"),
            ("saying", "part of 'quoted ... as saying'"),
            ("cooperation", "background nominal (cooperation already undertaken on the Community level)"),
            ("alliance", "background nominal: the Siemens/Jeumont-Schneider alliance (COOPERATE DEU-FRA arguable)"),
            (("buy", "applied to"), "content of the bid (the application is the event)"),
            ("restricted", "standing legal restriction (generic; SANCTION arguable)"),
        ],
        "entities": [
            ("European Commission", "ORG", None),
            ("Jacques Delors", "PERSON", None),
            ("Le Monde", "ORG", "FRA"),
            ("Franco", "NORP", "FRA"),
            ("German", "NORP", "DEU"),
            ("Cie Generale de Constructions Telephoniques", "ORG", "FRA"),
            ("French", "NORP", "FRA"),
            (("European", "wish for a"), "NORP", None),
            ("Germany", "GPE", "DEU"),
            (("France", "Germany"), "GPE", "FRA"),
            ("EC", "ORG", None),
            ("European Community", "ORG", None),
            (("Community", "on the"), "ORG", None),
            (("Delors", 'choice," Delors'), "PERSON", None),
            ("West Germany", "GPE", "DEU"),
            ("Siemens AG", "ORG", "DEU"),
            (("France", "Siemens AG"), "GPE", "FRA"),
            ("Schneider S.A.", "ORG", "FRA"),
            ("Jeumont-Schneider", "ORG", "FRA"),
            (("France", "have applied"), "GPE", "FRA"),
            (("French", "Under"), "NORP", "FRA"),
        ],
    },
    "reuters21578-4467": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Society of Exploration Geophysicists", "USA", "ORG"), None, TUL,
             "1987-03-12", "day", None, "asserted", None, "statistics release: U.S. seismic crew count fell in February"),
            # 1
            ("STATEMENT", "survey", (("the association", "Worldwide,"), "USA", "ORG"), None, TUL,
             "1987-03-12", "day", None, "asserted", None,
             "the association's monthly survey (a named author's statistics release; 'showed' part of it)"),
        ],
        "skip": [
            ("dropped", "statistics, no acting actor"),
            ("decrease", "statistics"),
            ("represented", "statistics"),
            ("showed", "document verb of the survey (recorded on 'survey')"),
            (("increased", "exploration for oil"), "statistics"),
            ("added three", "statistics (crew counts by region)"),
            (("increased", "Middle East"), "statistics"),
            (("added", "Far East"), "statistics"),
            ("reported", "agentless statistics (content of the survey)"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Society of Exploration Geophysicists", "ORG", "USA"),
            ("Africa", "LOC", None),
            ("Middle East", "LOC", None),
            ("Far East", "LOC", None),
            ("Central and South America", "LOC", None),
            ("Europe", "LOC", None),
            (("United States", "Europe and the"), "GPE", "USA"),
        ],
    },
    "reuters21578-11103": {
        "events": [],
        "skip": [
            ("ended", "market-price movement"),
            ("triggered", "market movement"),
            ("sales", "market activity by unnamed sellers"),
            ("pushing", "market-price movement"),
            (("said", "dealers and analysts"), "anonymous-source talk (dealers and analysts)"),
            (("said", "bloodbath"), "anonymous-source talk (a money market economist)"),
            ("trading", "market activity (content of anonymous talk)"),
            (("said", "at times today"), "anonymous-source talk (another economist)"),
            (("fell", "Treasury bond price"), "market-price movement"),
            ("close", "market-price movement"),
            ("jumped", "market-price movement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            (("U.S.", "avalanche of"), "GPE", "USA"),
        ],
    },
    "reuters21578-10191": {
        "events": [
            # 0
            ("SANCTION", "ruled", ("a court", "DEU", "GOV"),
             ("The former chief currency dealer of Herstatt Bank", "DEU", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "court ruling that the former dealer can stand trial for damages (adverse ruling against a party); "
             "a ruling is not a speech act: no time expression, undated (rule 17)"),
            # 1
            ("SANCTION", "overturned", ("The court", "DEU", "GOV"), ("Danny Dattel", "DEU", "PERSON"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the same ruling, overturning Dattel's claim (REJECT reading arguable)"),
            # 2
            ("REQUEST", "seeking", ("Herstatt creditors", None, "BUS"), (("Dattel", "marks from"), "DEU", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "creditors seek 12.5 mln marks in damages from Dattel (present-tense standing demand: undated); "
             "creditors' nationality not stated"),
            # 3
            ("ACCUSE", "accuse", (("they", "whom they"), None, "BUS"), ("whom", "DEU", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "creditors accuse Dattel of causing the losses (standing accusation: undated)"),
            # 4
            ("STATEMENT", "announced", ("Volkswagen", "DEU", "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "Volkswagen's announcement of 480 mln marks of currency-fraud losses ('recently': no value)"),
            # 5
            ("COERCE", "sentenced", (None, "DEU", "GOV"), ("Ivan Herstatt", "DEU", "PERSON"), None,
             "1984", "year", "1984", "asserted", None,
             "prison sentence in 1984 (imprisonment = COERCE; SANCTION as an adverse ruling arguable); court implied"),
            # 6
            ("COERCE", "jailed", (None, "DEU", "GOV"), ("Six other people associated with the bank", "DEU", "PERSON"),
             None, "1983", "year", "1983", "asserted", None, "six others jailed in 1983; authority implied"),
            # 7
            ("RETREAT", "freed", (None, "DEU", "GOV"), (("Dattel", "But Dattel"), "DEU", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "freed from prosecution (charges dropped = release); authority implied; no time expression"),
        ],
        "skip": [
            ("collapsed", "bank failure, no acting actor"),
            ("speculation", "market activity (cause of the collapse)"),
            (("crash", "biggest banking"), "background nominal (the bank failure)"),
            ("stand trial", "content of the ruling"),
            ("claim", "Dattel's legal argument: content of the overturning"),
            ("allowed", "content of Dattel's claim"),
            ("causing", "content of the accusation"),
            ("manipulating", "content of the accusation"),
            (("crash", "The crash"), "background nominal (the bank failure)"),
            ("stunned", "effect, no acting actor"),
            ("tightening", "domestic regulation, no type"),
            ("fraud", "crime by unnamed persons (background)"),
            (("collapsed", "when it"), "bank failure, no acting actor"),
            ("appealed", "legal appeal against the sentence: no clear type (REQUEST to a higher court or REJECT "
             "arguable); no time expression"),
            ("produced", "submitting medical evidence, no type"),
            ("persecution", "background nominal (Nazi persecution in his childhood; COERCE arguable, no date value)"),
            ("take his own life", "hypothetical, no type"),
        ],
        "entities": [
            ("Herstatt Bank", "ORG", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("Danny Dattel", "PERSON", "DEU"),
            (("Herstatt", "interval."), "ORG", "DEU"),
            (("Dattel", "marks from"), "PERSON", "DEU"),
            (("Herstatt", "the private"), "ORG", "DEU"),
            (("West Germany", "stunned"), "GPE", "DEU"),
            ("Volkswagen", "ORG", "DEU"),
            ("Ivan Herstatt", "PERSON", "DEU"),
            (("Dattel", "But Dattel"), "PERSON", "DEU"),
            ("Nazi", "NORP", "DEU"),
        ],
    },
    "reuters21578-7547": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Federal Reserve Board Chairman Paul Volcker", "USA", "GOV"), None, JAX,
             "1987-03-20", "day", None, "asserted", None,
             "assessment: Brazil's payment suspension will not undermine U.S. banks"),
            # 1
            ("REQUEST", "told", (("he", "But he"), "USA", "GOV"), (("U.S. Banks", "interest of"), "USA", "BUS"), JAX,
             "1987-03-20", "day", None, "asserted", None,
             "in the interest of U.S. banks to complete debt financing plans soon (an identifiable actor told "
             "how to act, EVENTS.md 2; STATEMENT arguable)"),
            # 2
            ("STATEMENT", ("said", 'alone," he'), (("he", 'alone," he'), "USA", "GOV"), None, JAX,
             "1987-03-20", "day", None, "asserted", 0, "quoted restatement of the first assessment: later mention"),
            # 3
            ("REQUEST", "would like to see", (("I", '"But I'), "USA", "GOV"), (None, "USA", "BUS"), JAX,
             "1987-03-20", "day", None, "asserted", 1,
             "quoted restatement of the call for progress (no reporting verb): later mention of the request"),
            # 4
            ("STATEMENT", "announced", (("Brazil", "Brazil announced"), "BRA", "GOV"), None, None,
             "1987-02", "month", "last month", "asserted", None,
             "announcement of the interest suspension last month (the suspension has no type, EVENTS.md 10)"),
            # 5
            ("STATEMENT", ("said", "Bank, said"), ("Citicorp", "USA", "BUS"), None, None,
             "1987-03", "month", "last week", "asserted", None,
             "said last week it might reclassify Brazilian loans (corporate accounting); 'last week' = 9-15 March"),
            # 6
            ("STATEMENT", ("said", "Volcker said he believed"), (("Volcker", "Volcker said he believed"), "USA", "GOV"),
             None, JAX, "1987-03-20", "day", None, "asserted", None,
             "assessment: Brazil and Ecuador want to keep servicing their debt"),
            # 7
            ("STATEMENT", ("said", "Ecuador, he said"), (("he", "Ecuador, he said"), "USA", "GOV"), None, JAX,
             "1987-03-20", "day", None, "asserted", None, "answer to a question: the two countries are special cases"),
            # 8
            ("STATEMENT", "elaborate", (("He", "He did not"), "USA", "GOV"), None, JAX,
             "1987-03-20", "day", None, "negated", None, "withheld statement ('did not elaborate')"),
        ],
        "skip": [
            ("suspension", "Brazil's payment suspension: no matching type (EVENTS.md 10)"),
            (("undermine", "would not"), "content of the statement"),
            ("speech", "presupposed speech in a time adjunct"),
            ("complete", "content of the request"),
            (("undermine", "going to"), "content of the statement"),
            ("suspending", "Brazil's payment suspension: no matching type (EVENTS.md 10)"),
            ("opening", "consequence, no acting actor"),
            (("suspended", "Ecuador"), "Ecuador's payment suspension: no matching type (EVENTS.md 10)"),
            ("citing", "participial justification of the suspension"),
            ("reclassify", "corporate accounting (loan classification): content of the statement"),
            ("removing", "content of the statement"),
            (("said", "Analysts"), "anonymous-source talk (analysts)"),
            ("reduce", "content of anonymous talk"),
            ("result in", "content of anonymous talk"),
            ("believed", "the same act as 'said'"),
            ("maintain", "content of the statement"),
            (("get", "If they can"), "condition in the quote"),
            ("Asked", "question put to him (no event)"),
            ("follow", "content of the question"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Paul Volcker", "PERSON", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("U.S.", "GPE", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("U.S.", "interest of"), "GPE", "USA"),
            (("Brazil", "soon with"), "GPE", "BRA"),
            (("Brazil", "system from"), "GPE", "BRA"),
            (("Brazil", "Brazil announced"), "GPE", "BRA"),
            ("Ecuador", "GPE", "ECU"),
            ("Citicorp", "ORG", "USA"),
            (("U.S.", "the largest"), "GPE", "USA"),
            ("Brazilian", "NORP", "BRA"),
            (("Citicorp", "reduce"), "ORG", "USA"),
            (("Brazil", "similar measures by"), "GPE", "BRA"),
            (("Volcker", "Volcker said he"), "PERSON", "USA"),
            (("Brazil", "he believed"), "GPE", "BRA"),
            (("Ecuador", "he believed"), "GPE", "ECU"),
            (("Brazil", "taken by"), "GPE", "BRA"),
            (("Ecuador", "taken by"), "GPE", "ECU"),
        ],
    },
    "reuters21578-17427": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(EIA)"), ("the Energy Information Administration", "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics release: four-week oil demand"),
            # 1
            ("STATEMENT", ("said", "Energy Department agency"), ("the Energy Department agency", "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics in its weekly report: distillate demand"),
            # 2
            ("STATEMENT", ("said", "from 1.34 mln, the EIA"), (("the EIA", "from 1.34 mln,"), "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics: gasoline and residual fuel demand"),
            # 3
            ("STATEMENT", ("said", "from 3.52 mln, the EIA"), (("the EIA", "from 3.52 mln,"), "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics: crude production and imports"),
            # 4
            ("STATEMENT", ("said", "a year earlier, it"), (("it", "a year earlier, it"), "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics: refinery runs"),
            # 5
            ("STATEMENT", ("said", "year-ago period, the EIA"), (("the EIA", "year-ago period,"), "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics: year-to-date refinery runs"),
            # 6
            ("STATEMENT", ("said", "in 1986, it"), (("it", "in 1986, it"), "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics: year-to-date product demand"),
            # 7
            ("STATEMENT", ("said", "from 1.40 mln, the EIA"), (("the EIA", "from 1.40 mln,"), "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics: year-to-date demand by product"),
            # 8
            ("STATEMENT", ("said", "from 3.19 mln, it"), (("it", "from 3.19 mln,"), "USA", "GOV"), None, WAS,
             "1987-04-29", "day", None, "asserted", None, "statistics: year-to-date crude output and imports"),
        ],
        "skip": [
            ("rose", "statistics, no acting actor"),
            (("report", "petroleum status"), "part of the reporting clause (the agency's weekly report)"),
            (("averaged", "Gasoline demand"), "statistics"),
            (("estimated", "Domestic crude oil production was"), "agentless statistics"),
            (("fell", "distillate demand"), "statistics"),
            (("estimated", "Year-to-date domestic crude output was"), "agentless statistics"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Energy Information Administration", "ORG", "USA"),
            ("EIA", "ORG", "USA"),
            ("Energy Department", "ORG", "USA"),
            (("EIA", "from 1.34 mln,"), "ORG", "USA"),
            (("EIA", "from 3.52 mln,"), "ORG", "USA"),
            (("EIA", "year-ago period,"), "ORG", "USA"),
            (("EIA", "from 1.40 mln,"), "ORG", "USA"),
        ],
    },
    "reuters21578-4720": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Bank of England", "GBR", "GOV"), None, LON,
             "1987-03-13", "day", None, "asserted", None,
             "the help is a monetary operation; the shortage estimate is part of the same report"),
            # 1
            ("STATEMENT", "announced", (("The bank", "assistance worth"), "GBR", "GOV"), None, LON,
             "1987-03-13", "day", None, "asserted", None,
             "announced the rates of the rolled-over lending facilities (monetary operation: no type)"),
        ],
        "skip": [
            ("provided", "money-market assistance (monetary operation)"),
            ("help", "monetary operation"),
            ("estimated", "the same speech act as 'said' (the bank's shortage estimate)"),
            ("revised", "content of the estimate"),
            ("bought", "bill purchases (monetary operation)"),
            (("bought", "addition, it"), "bill purchases (monetary operation)"),
            (("help", "today's earlier"), "monetary operation"),
            (("provided", "the bank has"), "money-market assistance (monetary operation)"),
            ("rolled over", "lending facilities rolled over (monetary operation)"),
            (("rolled over", "lending rolled"), "monetary operation"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
    "reuters21578-2326": {
        "events": [
            # 0
            ("STATEMENT", "say", ("Brazilian seamen", "BRA", "ORG"), None, SAO,
             "1987-03-05", "day", None, "asserted", None,
             "the strikers' claim that they idled 158 ships and halted exports (effects of the strike: no type)"),
            # 1
            ("CONSULT", "talks", ("Brazilian seamen", "BRA", "ORG"), ("Labour Minister Almir Pazzianotto", "BRA", "GOV"),
             RIO, "1987-03-05", "day", "today", "asserted", None,
             "pay talks held today in Rio with the labour minister; 'union officials said' is attribution"),
            # 2
            ("STATEMENT", "told", ("Jorge Luis Leao Franco", "BRA", "ORG"), None, SAO,
             "1987-03-05", "day", None, "asserted", None, "optimistic forecast told to Reuters: talks may end the stoppage"),
            # 3
            ("PROTEST", "stoppage", (None, "BRA", "ORG"), None, None,
             "1987-02-27", "day", "last Friday", "asserted", None,
             "the seamen's strike, 'which began last Friday' (Thursday 5 March: Friday 27 February); "
             "no target named (EVENTS.md 14, as own_blind5a's seamen strike)"),
            # 4
            ("REQUEST", "seeking", ("Brazil's 40,000 seamen", "BRA", "ORG"), (None, "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "pay demand toward the implied employers (present-tense standing demand: undated; as own_blind5a)"),
            # 5
            ("STATEMENT", ("said", "The union official"), ("The union official", "BRA", "ORG"), None, SAO,
             "1987-03-05", "day", None, "asserted", None, "the strike's effect: 158 vessels halted"),
            # 6
            ("STATEMENT", ("said", "South Africa, he"), (("he", "South Africa,"), "BRA", "ORG"), None, SAO,
             "1987-03-05", "day", None, "asserted", None, "ships idle abroad"),
            # 7
            ("THREATEN", "quoted", ("Murilo Rubens Habbema", "BRA", "GOV"), (None, "BRA", "ORG"), None,
             "1987-03-05", "day", "today's", "asserted", None,
             "warning to the strikers that foreign ships could be authorized if the strike continues (a "
             "consequence from the speaker's authority); dated by 'today's' newspaper (as own_blind5a's 'quoted today')"),
            # 8
            ("STATEMENT", ("said", 'hit," he'), (("he", 'hit," he'), "BRA", "GOV"), None, SAO,
             "1987-03-05", "day", None, "asserted", None,
             "assessment: exports must not be hit (continues today's newspaper quote: DCT either way)"),
            # 9
            ("ACCUSE", ("said", 'seamen," Rubens Habbema'), (("Rubens Habbema", 'seamen," '), "BRA", "GOV"),
             (("the seamen", "fault of"), "BRA", "ORG"), SAO,
             "1987-03-05", "day", None, "asserted", None,
             "blames the seamen for the foreign-exchange loss ('through the fault of the seamen')"),
            # 10
            ("STATEMENT", ("said", "in recent months,"), ("A spokesman for the port of Santos", "BRA", "GOV"), None, SAO,
             "1987-03-05", "day", None, "asserted", None, "port traffic at half its normal level"),
            # 11
            ("STATEMENT", ("said", "He said a total"), (("He", "He said a total"), "BRA", "GOV"), None, SAO,
             "1987-03-05", "day", None, "asserted", None, "76 ships waiting or moored"),
        ],
        "skip": [
            ("Striking", "participle (the strike is coded at 'stoppage')"),
            ("made idle", "effect of the strike (content of the claim)"),
            (("halted", "ships and"), "effect of the strike (content of the claim)"),
            ("held", "light verb (the talks are the event)"),
            (("said", "union officials"), "rule-3 attribution verb (the talks are the event)"),
            (("talks", "optimistic the"), "anaphoric nominal (today's talks)"),
            (("end", "lead to an"), "content of the forecast"),
            ("began", "start of the stoppage (recorded on 'stoppage')"),
            (("strike", "The union official said the"), "anaphoric nominal"),
            (("halted", "strike had"), "effect of the strike (content of the statement)"),
            ("lay idle", "stative (content of the statement)"),
            (("said", "Economic analysts"), "anonymous-source talk (analysts)"),
            (("strike", "analysts said the"), "anaphoric nominal"),
            ("suspend", "payment freeze: no matching type (EVENTS.md 10)"),
            ("deterioration", "statistics"),
            ("saying", "part of 'quoted ... as saying'"),
            (("continued", "if the strike"), "condition of the threat"),
            ("authorized", "content of the threat"),
            ("transport", "content of the threat"),
            (("hit", "exports be"), "content of the statement"),
            ("lose", "content of the accusation"),
            ("labour unrest", "background nominal (unrest 'in recent months': no value)"),
            ("running", "statistics (port traffic)"),
            ("waiting", "stative"),
        ],
        "entities": [
            ("Brazilian", "NORP", "BRA"),
            (("Brazilian", "halted"), "NORP", "BRA"),
            ("Rio de Janeiro", "GPE", "BRA"),
            ("Almir Pazzianotto", "PERSON", "BRA"),
            ("Jorge Luis Leao Franco", "PERSON", "BRA"),
            ("National Merchant Marine Union", "ORG", "BRA"),
            ("Reuters", "ORG", "GBR"),
            (("Brazil", "last Friday."), "GPE", "BRA"),
            (("Brazil", "including 50 in"), "GPE", "BRA"),
            ("Santos", "GPE", "BRA"),
            (("Rio de Janeiro", "50 more in"), "GPE", "BRA"),
            ("Netherlands", "GPE", "NLD"),
            ("Spain", "GPE", "ESP"),
            ("Venezuela", "GPE", "VEN"),
            ("France", "GPE", "FRA"),
            ("South Africa", "GPE", "ZAF"),
            (("Brazil", "part of"), "GPE", "BRA"),
            ("National Merchant Marine Authority", "ORG", "BRA"),
            ("Murilo Rubens Habbema", "PERSON", "BRA"),
            ("Gazeta Mercantil", "ORG", "BRA"),
            (("Brazilian", "transport"), "NORP", "BRA"),
            (("Brazil", '"Brazil is'), "GPE", "BRA"),
            (("Rubens Habbema", 'seamen," '), "PERSON", "BRA"),
            (("Santos", "port of"), "GPE", "BRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind20a.jsonl")
