"""Build ``own_blind31a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind31a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,722 left; also minus the 16 stories drawn for own_blind30, 2,706 left); 24 drawn with random.Random(31101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
33 event records (31 first mentions, 2 later mentions), 82 not_annotated spans, 78 entity mentions;
no article without events; 8288 (Patrick / Bayou) has a single AGREE, 4078 (French current account),
228 (Thai rice exports) and 13633 (BP Grangemouth refinery) reporting-clause STATEMENTs only. Types:
STATEMENT 19, AGREE 5, COOPERATE 4, CONSULT 3, REQUEST 1, SUPPORT 1; modality: asserted 27, planned 5,
negated 1; precision: day 22, unknown 8, year 2, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; the first matches that would have gone wrong were anchored
from the start: "Brazil" inside "Brazilian", "Fluke" inside "John Fluke Mfg", "Philips" inside "NV
Philips", "Federal Express" inside "Federal Express Corp", "Ryzhkov" inside "Nikolai Ryzhkov",
"Thatcher" inside "Margaret Thatcher"; no wrong match was left in the printout). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("British Prime Minister
Margaret Thatcher": NORP "British" + PERSON; "Secretary of Transporation Elizabeth Dole": the PERSON;
"Mr Ryzhkov": "Ryzhkov"); bracketed company names are tagged without brackets, tickers left out ("The
British Petroleum <BP.L> Co Plc": "British Petroleum", the ticker splitting the name); "Kremlin" in
"Kremlin leader" is an ORG mention SUN (a named body, as "State Department spokeswoman"); NV Philips
Gloeilampenfabrieken / Philips ORG NLD; John Fluke Mfg Co Inc / Fluke ORG USA ("U.S. Firm");
Hewlett-Packard Co and Tekronix [sic] Inc ORG USA (no country in the text; their home country, null
arguable); the
British-Soviet Chamber of Commerce ORG null (a bilateral body of two countries; GBR arguable; the
nationality words inside the name not split); "North America" LOC null, "European" NORP null; Hong
Kong GPE HKG; United Parcel Service ORG USA, DHL ORG USA (no country in the text, Memphis dateline and
the U.S. route, as 21a's Orion Air; null arguable); Patrick Petroleum Co and Bayou Resources Inc
(and "Bayou" as a modifier: "Bayou share", "Bayou well") ORG USA from the Jackson, Mich. dateline;
Upland Minerals and Chemicals Corp ORG USA ("New York-based"); Consolidated Brazilian Mines
International Inc / Consolidated ORG BRA (the name's country and its Brazilian properties, as 29a's
Santa Lucia Airways; the text gives no seat: null arguable); Aslaminas Aslambeck Mining Corp ORG BRA
("a Minas Gerais, Brazil, mining concern"); the mining regions Gammara, Santo Antonio, Diamazon LOC
BRA; Minas Gerais GPE BRA; Grangemouth and Scotland GPE GBR; the Finance Ministry ORG FRA, the
Commerce Ministry ORG THA; "socialist", currencies and "North Side" (part of the refinery) are not
entities.

Judgement calls made here:
* 7578 (Philips / Fluke marketing pact, DCT Fri 1987-03-20, EINDHOVEN): "said it planned to pool
  world-wide sales and marketing ... with U.S. Firm <John Fluke Mfg Co Inc>" is COOPERATE planned NLD
  BUS -> USA BUS on "pool" ("planned" the intention frame, "said" rule-3 attribution), undated (no time
  expression in its clause; 1987 from the next sentence arguable). "It said from this autumn Fluke
  will sell, service and distribute Philips test and measuring products in North America ..." is a
  COOPERATE of its own, planned, Fluke (USA) -> Philips (NLD) (the arrangement's other direction, its
  own actors), "this autumn" = 1987 at year precision (a season at its year, own_blind3); "service" and
  "distribute" are coordinated verbs of the same act (skipped). "Philips will cover mainly European
  markets for Fluke" is a later mention of the pooling (Philips's side, same direction as the first
  mention; undated as its first mention). "The Dutch company said it will buy a minority equity stake in
  Fluke" is COOPERATE planned NLD -> USA (a stake acquisition, 10b/17b), undated; "name a board member"
  is an appointment (skipped). "Its equity holding will not exceed 10 pct, Philips said" is a STATEMENT
  (a limit on the stake, its own reporting clause; a later mention of the purchase arguable). "The
  companies will also explore possible new joint ventures ..., Philips said" is CONSULT planned NLD ->
  USA on "explore" (joint exploration = talks; one span "The companies" for both parties, as 16a's
  "The two countries"; COOPERATE hypothetical on "joint ventures" arguable, skipped). "It estimated the
  world-wide market ... at six billion dlrs in 1986" and the spokesman's ranking of the market leaders
  are STATEMENTs (DCT: "in 1986" governs the market, not the estimate).
* 4078 (French current account, DCT 1987-03-12, PARIS): the Finance Ministry's two "said" clauses are
  statistics STATEMENTs (FRA GOV); "the 25.4 billion franc figure announced last month" is a STATEMENT by
  the implied French authorities (FRA GOV, text null), 1987-02 (a nominal with its own date, own_dev's
  "announced on March 16", 27a's "Announced last February 28"), location null. "the 50 billion surplus
  forecast by the previous socialist government before they lost office in March last year" is a
  background forecast with no date of its own (skipped, STATEMENT arguable); losing office has no type;
  the debt repayment programme and the quarterly figures are statistics / monetary (skipped).
* 1742 (Federal Express route, DCT 1987-03-04, MEMPHIS): the same case as 21a's 1605. "said it received a
  recommendation from an administrative law judge that it be awarded the exclusive air express route
  between the U.S. and Japan" is REQUEST USA GOV (the judge) -> USA GOV (the deciders, implied; 21a's
  call, SUPPORT of Federal Express arguable) on the event noun "recommendation" after the light verb
  "received", undated (no time expression), "said" attribution. "Federal Express said the recommendation
  now must be approved by ... Elizabeth Dole and President Reagan" is a STATEMENT (pending approval: a
  condition, skipped). "said it received late last year preliminary approval by a panel over a
  consortium of United Parcel Service and DHL, and other air express competitors" is SUPPORT USA GOV
  (the panel) -> Federal Express (USA BUS, "it"): an endorsement of its bid over the competitors
  (REQUEST toward the deciders, like the recommendation, arguable), 1986 at year precision ("late last
  year"), "said" attribution.
* 8288 (Patrick Petroleum / Bayou): "said it signed a definitive agreement to buy Bayou Resources Inc"
  is AGREE USA BUS -> USA BUS (toward the company acquired, 16's call), undated (rule 17), "said"
  attribution; "As previously announced" (no agent, no date), the deal's value, the per-share payment
  and the contingent extra payment are background, terms and conditions (skipped).
* 228 (Thai rice exports, published 1987-02-26 23:06, dateline Feb 27): the DCT is published_at's date,
  1987-02-26 (own_blind3); the Commerce Ministry's "said" and "It said" are statistics STATEMENTs (THA
  GOV, BANGKOK); the exports and shipments are statistics, "Private exporters concluded advance weekly
  sales" market activity by unnamed exporters, the export commitments stative (all skipped).
* 12225 (Upland / Consolidated Brazilian Mines, DCT 1987-04-01, NEW YORK): "said it agreed to acquire
  Consolidated Brazilian Mines International Inc" is AGREE USA BUS -> BRA BUS (EVENTS.md 8; the
  target's country from its name, null arguable), undated, "said" attribution; "Terms were not disclosed"
  is a withheld STATEMENT (negated, agent implied: Upland, the announcer; EVENTS.md 5); "Consolidated
  owns 42 mining concessions ..., the company said" is a STATEMENT with "the company" read as Upland
  (the announcer; Consolidated would be BRA); "Upland also said the previously announced acquisition of
  Aslaminas ... will produce revenues ..." is a STATEMENT (forecast), the previously announced
  acquisition a background nominal (COOPERATE arguable, skipped).
* 13633 (BP Grangemouth refinery, DCT Tue 1987-04-07, LONDON): the refinery spokesman's five reporting
  clauses are STATEMENTs (BP's spokesman: GBR BUS; DCT, LONDON: the text places no speech); "the
  spokesman said today" has date_text "today" (same value). The shutdown, explosions, fires, deaths,
  overhaul, safety checks and restart are accidents or plant operations with no type; "inquiries into
  the accident ... were continuing" is an investigation of an accident with no one accused (skipped;
  ACCUSE needs a target).
* 11222 (Thatcher in Moscow, DCT Tue 1987-03-31): "said she and Soviet Premier Nikolai Ryzhkov had set
  targets for increased trade between the two countries during talks earlier today" gives AGREE GBR ->
  SUN on "set" (jointly set targets = an agreement; the British PM, first named, first) and CONSULT GBR
  -> SUN on "talks" (visitor first, EVENTS.md 13), both 1987-03-31 ("earlier today"; the targets set
  inside the dated talks), location null (the text names no place), "said" rule-3 attribution. "She
  said she hoped more economic exchanges ... will also lead to increased friendship ..." is a STATEMENT
  (DCT, MOSCOW). "Earlier, she told a meeting of Soviet and British businessmen that she had agreed with
  Ryzhkov that they would work to achieve ... 2.5 billion roubles in bilateral trade by 1990" is a later
  mention of the AGREE ("told" attribution; the first mention's date). '"Mr Ryzhkov handed me a list of
  import and export opportunities which I hope you will all jump at," she told the meeting' is a
  STATEMENT (handing a list has no type, COOPERATE arguable; the hope that the businessmen take the
  opportunities is not a request to an identified actor, REQUEST arguable; both skipped). "After her
  talks with Ryzhkov, Thatcher and the Soviet Premier were joined for the signing of agreements covering
  new scientific and cultural exchanges by Kremlin leader Mikhail Gorbachev" is AGREE GBR -> SUN on
  "signing" (Thatcher first named), undated: "After her talks" gives no value of its own (rule 17;
  1987-03-31 arguable); "her talks" is anaphoric and Gorbachev's joining part of the ceremony (skipped).
  "who had nine hours of talks with her yesterday" is CONSULT GBR (her, the visitor) -> SUN (Gorbachev),
  1987-03-30. The opening of the British-Soviet Chamber of Commerce's offices has no type.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind31a.jsonl"

EIN = ("EINDHOVEN", "NLD")
PARIS = ("PARIS", "FRA")
MEM = ("MEMPHIS", "USA")
BKK = ("BANGKOK", "THA")
NY = ("NEW YORK", "USA")
LON = ("LONDON", "GBR")
MOS = ("MOSCOW", "SUN")

PHILIPS = ("NV Philips Gloeilampenfabrieken", "NLD", "BUS")
FLUKE = ("John Fluke Mfg Co Inc", "USA", "BUS")
THATCHER_SHE = (("she", "said she and"), "GBR", "GOV")
RYZHKOV = ("Soviet Premier Nikolai Ryzhkov", "SUN", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-7578": {
        "events": [
            # 0
            ("COOPERATE", "pool", PHILIPS, FLUKE, None,
             None, "unknown", None, "planned", None,
             "planned pooling of world-wide sales and marketing with a U.S. company (material exchange between two "
             "companies); 'planned to' = planned; 'said' rule-3 attribution; no time expression in the clause "
             "(the next sentence's 'this autumn' dates Fluke's side: 1987 arguable here)"),
            # 1
            ("COOPERATE", "sell", (("Fluke", "Fluke will sell"), "USA", "BUS"),
             (("Philips", "distribute Philips"), "NLD", "BUS"), ("North America", None),
             "1987", "year", "this autumn", "planned", None,
             "Fluke to sell, service and distribute Philips products in North America and selected markets (the "
             "arrangement's Fluke side, its own actors); 'from this autumn' = 1987 at year precision (a season at "
             "its year, own_blind3); 'It said' attribution"),
            # 2
            ("COOPERATE", "cover", (("Philips", "Philips will cover"), "NLD", "BUS"),
             (("Fluke", "markets for Fluke"), "USA", "BUS"), None,
             None, "unknown", None, "planned", 0,
             "later mention: Philips's side of the pooling (European markets for Fluke); the first mention's date"),
            # 3
            ("COOPERATE", ("buy", "it will buy"), ("The Dutch company", "NLD", "BUS"),
             (("Fluke", "stake in Fluke"), "USA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "planned purchase of a minority equity stake in Fluke (a stake acquisition between companies, 10b / "
             "17b); 'will', no time expression: undated; 'said' attribution"),
            # 4
            ("STATEMENT", ("said", "10 pct, Philips said"), (("Philips", "10 pct, Philips"), "NLD", "BUS"), None, EIN,
             "1987-03-20", "day", None, "asserted", None,
             "the equity holding will not exceed 10 pct (a limit on the stake: its own reporting clause; the holding "
             "is stative)"),
            # 5
            ("CONSULT", "explore", ("The companies", "NLD", "BUS"), ("The companies", "USA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "the two companies will explore possible new joint ventures (joint exploration = talks; one span for "
             "both parties, as 16a's 'The two countries'; COOPERATE hypothetical on 'joint ventures' arguable, "
             "skipped); 'Philips said' attribution; no time expression"),
            # 6
            ("STATEMENT", "estimated", (("It", "It estimated"), "NLD", "BUS"), None, EIN,
             "1987-03-20", "day", None, "asserted", None,
             "estimate of the world market at six billion dlrs in 1986 ('in 1986' governs the market, not the "
             "estimate: DCT)"),
            # 7
            ("STATEMENT", ("said", "A Philips spokesman said"), ("A Philips spokesman", "NLD", "BUS"), None, EIN,
             "1987-03-20", "day", None, "asserted", None,
             "assessment: Hewlett-Packard and Tektronix lead the field, the combined Philips-Fluke operations third"),
        ],
        "skip": [
            (("said", "Gloeilampenfabrieken"), "rule-3 attribution (the pooling is the event)"),
            ("planned", "intention frame of the pooling (planned modality)"),
            (("said", "It said from"), "rule-3 attribution (Fluke's selling is the event)"),
            (("service", "sell, service"), "coordinated verb of the same arrangement (coded on 'sell')"),
            ("distribute", "coordinated verb of the same arrangement (coded on 'sell')"),
            (("said", "The Dutch company said"), "rule-3 attribution (the stake purchase is the event)"),
            ("name", "appointment of a board member (no type)"),
            ("exceed", "content of the statement (limit on the holding)"),
            (("said", "product lines, Philips said"), "rule-3 attribution (the exploration is the event)"),
            ("joint ventures", "content of the exploration (possible ventures; COOPERATE hypothetical arguable)"),
            (("develop", "ventures to develop"), "content (purpose of the possible ventures)"),
            (("sales", "Fluke had 1986"), "statistics (company sales)"),
            ("turnover", "statistics"),
        ],
        "entities": [
            ("NV Philips Gloeilampenfabrieken", "ORG", "NLD"),
            ("U.S.", "GPE", "USA"),
            ("John Fluke Mfg Co Inc", "ORG", "USA"),
            (("Fluke", "Fluke will sell"), "ORG", "USA"),
            (("Philips", "distribute Philips"), "ORG", "NLD"),
            ("North America", "LOC", None),
            ("China", "GPE", "CHN"),
            ("Hong Kong", "GPE", "HKG"),
            ("Japan", "GPE", "JPN"),
            (("Philips", "Philips will cover"), "ORG", "NLD"),
            ("European", "NORP", None),
            (("Fluke", "markets for Fluke"), "ORG", "USA"),
            ("Dutch", "NORP", "NLD"),
            (("Fluke", "stake in Fluke"), "ORG", "USA"),
            (("Philips", "10 pct, Philips"), "ORG", "NLD"),
            (("Philips", "product lines, Philips"), "ORG", "NLD"),
            (("Fluke", "Fluke had"), "ORG", "USA"),
            (("Philips", "and Philips'"), "ORG", "NLD"),
            (("Philips", "A Philips spokesman"), "ORG", "NLD"),
            ("Hewlett-Packard Co", "ORG", "USA"),
            ("Tekronix Inc", "ORG", "USA"),
            (("Philips", "operations of Philips"), "ORG", "NLD"),
            (("Fluke", "Philips and Fluke"), "ORG", "USA"),
        ],
    },
    "reuters21578-4078": {
        "events": [
            # 0
            ("STATEMENT", ("said", "the Finance Ministry said"), ("the Finance Ministry", "FRA", "GOV"), None, PARIS,
             "1987-03-12", "day", None, "asserted", None,
             "statistics release: the 1986 current account surplus revised upwards (the revision is content)"),
            # 1
            ("STATEMENT", "announced", (None, "FRA", "GOV"), None, None,
             "1987-02", "month", "last month", "asserted", None,
             "the earlier figure 'announced last month' (announcer implied: the French authorities; a nominal with "
             "its own date, as own_dev's 'announced on March 16' and 27a's 'Announced last February 28')"),
            # 2
            ("STATEMENT", ("said", "the ministry said"), ("the ministry", "FRA", "GOV"), None, PARIS,
             "1987-03-12", "day", None, "asserted", None,
             "statistics: long-term capital outflows and foreign debt repayment"),
        ],
        "skip": [
            ("revised", "content of the statistics release"),
            ("forecast", "background forecast of the previous government, no date of its own (STATEMENT arguable)"),
            ("lost office", "election defeat of the previous government: no type"),
            (("rose", "outflows rose"), "statistics"),
            (("repayment", "foreign debt repayment"), "public debt repayment (monetary operation / corporate finance): "
                                                       "no type"),
            (("rose", "surplus rose"), "statistics"),
            ("fell", "statistics"),
            (("repayments", "Fourth quarter medium"), "statistics (debt repayments)"),
            ("exceeded", "statistics"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Finance Ministry", "ORG", "FRA"),
        ],
    },
    "reuters21578-1742": {
        "events": [
            # 0
            ("REQUEST", "recommendation", ("an administrative law judge", "USA", "GOV"), (None, "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "an administrative law judge's recommendation that Federal Express be awarded the U.S.-Japan route, "
             "addressed to those who decide (implied; 21a's call on the same case: SUPPORT of Federal Express "
             "arguable); event noun after the light verb 'received'; no time expression: undated; 'said' attribution"),
            # 1
            ("STATEMENT", ("said", "Federal Express said the recommendation"),
             (("Federal Express", "Federal Express said the recommendation"), "USA", "BUS"), None, MEM,
             "1987-03-04", "day", None, "asserted", None,
             "the recommendation must now be approved by Dole and Reagan (a pending procedure: no typed act)"),
            # 2
            ("SUPPORT", "approval", ("a panel", "USA", "GOV"), (("it", "said it received late"), "USA", "BUS"), None,
             "1986", "year", "late last year", "asserted", None,
             "a panel's preliminary approval of Federal Express over UPS/DHL and other competitors (an endorsement "
             "of Federal Express's bid; REQUEST toward the deciders, like the judge's recommendation, arguable); "
             "'late last year' = 1986 at year precision; 'said' attribution"),
        ],
        "skip": [
            (("said", "Federal Express Corp said"), "rule-3 attribution (the recommendation is the event)"),
            (("received", "it received a"), "light verb of the recommendation"),
            ("awarded", "content of the recommendation"),
            (("recommendation", "said the recommendation"), "anaphoric nominal"),
            ("approved", "condition (the pending approval by Dole and Reagan)"),
            (("said", "Federal Express said it received late"), "rule-3 attribution (the approval is the event)"),
            (("received", "it received late"), "light verb of the approval"),
        ],
        "entities": [
            ("Federal Express Corp", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            (("Federal Express", "Federal Express said the"), "ORG", "USA"),
            ("Elizabeth Dole", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Federal Express", "Federal Express said it received late"), "ORG", "USA"),
            ("United Parcel Service", "ORG", "USA"),
            ("DHL", "ORG", "USA"),
        ],
    },
    "reuters21578-8288": {
        "events": [
            # 0
            ("AGREE", "signed", ("Patrick Petroleum Co", "USA", "BUS"), ("Bayou Resources Inc", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "signed a definitive agreement to buy Bayou (AGREE toward the company acquired, 16's 'reached an "
             "agreement to acquire'); no time expression: undated (rule 17); 'said' attribution"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the agreement is the event)"),
            ("buy", "content of the agreement"),
            ("announced", "background: earlier announcement, no agent or date (STATEMENT arguable)"),
            ("valued", "stative (value of the transaction)"),
            (("agreement", "Under the"), "anaphoric nominal"),
            ("pay", "terms of the agreement (content)"),
            ("re-evaluation", "condition of the additional payment"),
            ("receive", "hypothetical additional payment (terms of the agreement)"),
        ],
        "entities": [
            ("Patrick Petroleum Co", "ORG", "USA"),
            ("Bayou Resources Inc", "ORG", "USA"),
            (("Patrick", "Patrick will pay"), "ORG", "USA"),
            (("Bayou", "for each Bayou"), "ORG", "USA"),
            (("Bayou", "Bayou's preferred"), "ORG", "USA"),
            (("Bayou", "Bayou has"), "ORG", "USA"),
            (("Bayou", "significant Bayou"), "ORG", "USA"),
            (("Bayou", "Bayou stockholders"), "ORG", "USA"),
        ],
    },
    "reuters21578-228": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Commerce Ministry", "THA", "GOV"), None, BKK,
             "1987-02-26", "day", None, "asserted", None,
             "statistics release: weekly rice exports (DCT = published_at's date, 1987-02-26, although the dateline "
             "says Feb 27)"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "THA", "GOV"), None, BKK,
             "1987-02-26", "day", None, "asserted", None, "statistics: government and private exporters' shipments"),
        ],
        "skip": [
            ("exported", "statistics (exports, no acting actor toward a party)"),
            ("shipped", "statistics"),
            ("concluded", "market sales by unnamed private exporters"),
            (("exported", "Thailand exported 689"), "statistics"),
            ("commitments", "stative (export commitments)"),
        ],
        "entities": [
            ("Thailand", "GPE", "THA"),
            ("Commerce Ministry", "ORG", "THA"),
            (("Thailand", "Thailand exported 689"), "GPE", "THA"),
        ],
    },
    "reuters21578-12225": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Upland Minerals and Chemicals Corp", "USA", "BUS"),
             ("Consolidated Brazilian Mines International Inc", "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed to acquire Consolidated Brazilian Mines (AGREE toward the company acquired, EVENTS.md 8; its "
             "country from its name and Brazilian properties, null arguable); no time expression: undated; 'said' "
             "attribution"),
            # 1
            ("STATEMENT", "disclosed", (None, "USA", "BUS"), None, NY,
             "1987-04-01", "day", None, "negated", None,
             "withheld statement: terms not disclosed (agent implied: Upland, the announcer; EVENTS.md 5)"),
            # 2
            ("STATEMENT", ("said", "the company said"), (("the company", "Diamazon, the company"), "USA", "BUS"), None,
             NY, "1987-04-01", "day", None, "asserted", None,
             "description of Consolidated's concessions ('the company' read as Upland, the announcer)"),
            # 3
            ("STATEMENT", ("said", "Upland also said"), (("Upland", "Upland also"), "USA", "BUS"), None, NY,
             "1987-04-01", "day", None, "asserted", None,
             "forecast: the previously announced Aslaminas acquisition will produce 9.6 mln dlrs a year"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the agreement is the event)"),
            ("acquire", "content of the agreement"),
            ("owns", "stative"),
            ("announced", "background: earlier announcement, no date"),
            ("acquisition", "background nominal (the previously announced Aslaminas acquisition; COOPERATE arguable)"),
            ("produce", "content of the forecast"),
            ("traded", "stative (listing)"),
        ],
        "entities": [
            ("Upland Minerals and Chemicals Corp", "ORG", "USA"),
            ("Consolidated Brazilian Mines International Inc", "ORG", "BRA"),
            (("Brazil", "properties in"), "GPE", "BRA"),
            (("Consolidated", "Consolidated owns"), "ORG", "BRA"),
            (("Brazil", "northern Brazil"), "GPE", "BRA"),
            ("Gammara", "LOC", "BRA"),
            ("Santo Antonio", "LOC", "BRA"),
            ("Diamazon", "LOC", "BRA"),
            (("Upland", "Upland also"), "ORG", "USA"),
            ("Aslaminas Aslambeck Mining Corp", "ORG", "BRA"),
            ("Minas Gerais", "GPE", "BRA"),
            (("Brazil", "Minas Gerais, Brazil"), "GPE", "BRA"),
            ("New York", "GPE", "USA"),
            (("Upland", "New York-based Upland"), "ORG", "USA"),
        ],
    },
    "reuters21578-13633": {
        "events": [
            # 0
            ("STATEMENT", ("said", "refinery spokesman said"), ("a refinery spokesman", "GBR", "BUS"), None, LON,
             "1987-04-07", "day", None, "asserted", None,
             "forecast: the Grangemouth refinery probably back in operation towards the week-end (BP's spokesman: "
             "GBR BUS; the restart has no type)"),
            # 1
            ("STATEMENT", ("said", "He said the refinery will"), (("He", "He said the refinery will"), "GBR", "BUS"),
             None, LON, "1987-04-07", "day", None, "asserted", None,
             "the refinery will resume at half capacity while the overhaul continues"),
            # 2
            ("STATEMENT", ("said", "He said the refinery had"), (("He", "He said the refinery had"), "GBR", "BUS"),
             None, LON, "1987-04-07", "day", None, "asserted", None,
             "closure longer than expected because of safety checks"),
            # 3
            ("STATEMENT", ("said", "the spokesman said today"), (("the spokesman", "the spokesman said today"), "GBR",
                                                                  "BUS"),
             None, LON, "1987-04-07", "day", "today", "asserted", None,
             "the hydrocracker out of operation for several months ('said today' = DCT)"),
            # 4
            ("STATEMENT", ("said", "He said inquiries"), (("He", "He said inquiries"), "GBR", "BUS"), None, LON,
             "1987-04-07", "day", None, "asserted", None,
             "inquiries into the accident continuing (an investigation of an accident, no one accused: no typed act)"),
        ],
        "skip": [
            ("shut down", "accident consequence (refinery closure): no type"),
            (("explosion", "after an explosion"), "accident"),
            (("fire", "explosion and fire in"), "accident"),
            (("resume", "refinery will resume"), "content (restart)"),
            ("overhauling", "maintenance: no type"),
            ("began", "maintenance: no type"),
            ("completed", "maintenance: no type"),
            ("closed", "content (refinery closure)"),
            ("checks", "safety checks: no type"),
            ("restarting", "content (restart)"),
            (("explosion", "The explosion and"), "anaphoric nominal (the accident)"),
            (("killed", "one worker was killed"), "accident"),
            ("caused", "accident"),
            ("inquiries", "investigation of an accident, no one accused (ACCUSE needs a target)"),
            ("happened", "accident"),
            (("killed", "two people were killed"), "accident"),
            (("explosion", "killed in an explosion"), "accident"),
        ],
        "entities": [
            ("British Petroleum", "ORG", "GBR"),
            ("Grangemouth", "GPE", "GBR"),
            ("Scotland", "GPE", "GBR"),
        ],
    },
    "reuters21578-11222": {
        "events": [
            # 0
            ("AGREE", ("set", "had set targets"), THATCHER_SHE, RYZHKOV, None,
             "1987-03-31", "day", "earlier\ntoday", "asserted", None,
             "she and Ryzhkov set targets for increased bilateral trade (a joint commitment = agreement; subject "
             "order, the British PM first) during talks 'earlier today' (inside the dated talks); 'said' attribution"),
            # 1
            ("CONSULT", "talks", THATCHER_SHE, RYZHKOV, None,
             "1987-03-31", "day", "earlier\ntoday", "asserted", None,
             "talks in Moscow, visitor first (EVENTS.md 13); a nominal with its own date ('earlier today')"),
            # 2
            ("STATEMENT", ("said", "She said she hoped"), (("She", "She said she hoped"), "GBR", "GOV"), None, MOS,
             "1987-03-31", "day", None, "asserted", None,
             "hope that more economic exchanges will lead to friendship and understanding (no target asked to act)"),
            # 3
            ("AGREE", ("agreed", "she had agreed"), (("she", "she had agreed"), "GBR", "GOV"),
             (("Ryzhkov", "agreed with Ryzhkov"), "SUN", "GOV"), None,
             "1987-03-31", "day", "earlier\ntoday", "asserted", 0,
             "later mention: the trade targets (2.5 billion roubles by 1990) as told to the businessmen; 'told' "
             "attribution; the first mention's date"),
            # 4
            ("STATEMENT", ("told", "she told the meeting"), (("she", "she told the meeting"), "GBR", "GOV"), None, MOS,
             "1987-03-31", "day", None, "asserted", None,
             "quote: Ryzhkov handed her a list of import and export opportunities she hopes the businessmen take up "
             "(handing a list: no typed act; the hope is not a request to an identified actor, REQUEST arguable)"),
            # 5
            ("CONSULT", ("talks", "nine hours of talks"), (("her", "talks with her"), "GBR", "GOV"),
             ("Kremlin leader Mikhail Gorbachev", "SUN", "GOV"), None,
             "1987-03-30", "day", "yesterday", "asserted", None,
             "nine hours of talks with Gorbachev yesterday (visitor first, EVENTS.md 13; the relative clause's "
             "subject is Gorbachev)"),
            # 6
            ("AGREE", "signing", (("Thatcher", "Ryzhkov, Thatcher"), "GBR", "GOV"),
             ("the Soviet Premier", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "signing of agreements on scientific and cultural exchanges by Thatcher and the Soviet Premier (first "
             "named first); 'After her talks' gives no value of its own: undated (rule 17; 1987-03-31 arguable)"),
        ],
        "skip": [
            (("said", "Margaret Thatcher said"), "rule-3 attribution (the targets and the talks are the events)"),
            (("increased", "targets for increased"), "content of the agreement"),
            (("exchanges", "more economic exchanges"), "content of her hope"),
            ("lead", "content of her hope"),
            (("told", "Earlier, she told"), "rule-3 attribution (the agreement is the event)"),
            (("meeting", "told a meeting"), "occasion / audience of the speech"),
            (("work", "would work"), "content of the agreement"),
            ("entail", "content (what the targets mean)"),
            (("increase", "entail an increase"), "content (statistics)"),
            ("handed", "content of her remarks: a list of trade opportunities handed over (no type; COOPERATE "
                       "arguable)"),
            ("jump at", "content: her hope that the businessmen take up the opportunities (REQUEST arguable)"),
            (("meeting", "told the meeting"), "occasion / audience of the speech"),
            ("opening", "opening of the chamber's new offices: no type"),
            (("talks", "After her talks"), "anaphoric nominal (the talks with Ryzhkov, coded above)"),
            ("joined", "Gorbachev joining the signing (part of the signing ceremony)"),
            (("exchanges", "cultural exchanges"), "content of the agreements"),
        ],
        "entities": [
            ("British", "NORP", "GBR"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            ("Soviet", "NORP", "SUN"),
            ("Nikolai Ryzhkov", "PERSON", "SUN"),
            ("Britain", "GPE", "GBR"),
            ("Soviet Union", "GPE", "SUN"),
            (("Ryzhkov", "agreed with Ryzhkov"), "PERSON", "SUN"),
            (("Soviet", "meeting of Soviet"), "NORP", "SUN"),
            (("British", "Soviet and British"), "NORP", "GBR"),
            (("Ryzhkov", "Mr Ryzhkov"), "PERSON", "SUN"),
            ("British- Soviet Chamber of Commerce", "ORG", None),
            (("Ryzhkov", "talks with Ryzhkov"), "PERSON", "SUN"),
            (("Thatcher", "Ryzhkov, Thatcher"), "PERSON", "GBR"),
            (("Soviet", "Thatcher and the Soviet"), "NORP", "SUN"),
            ("Kremlin", "ORG", "SUN"),
            ("Mikhail Gorbachev", "PERSON", "SUN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
