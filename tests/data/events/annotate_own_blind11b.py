"""Build ``own_blind11b.jsonl``: blind events set 11b, annotated from the texts alone before any
extractor run on these articles, with every named entity mention (span, type, country).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind11b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl ; minus the 160 stories of two unlabelled reviews (2,859 left); 24 drawn
with random.Random(11101).sample, dropping any whose title equals a title already in a gold set,
first 16 kept; this file holds kept draws 8-15. See GUIDELINES.md.

Judgement calls:
* 3256 (grain freight fixtures): no events. The fixture line has no named actor, "brokers say" and
  "is reported to be" are anonymous-source talk, and the Antigone "arranged ... by Soviet
  charterers" is reported second-hand with no counterparty, so it is left out. Ship names (Ria
  Luna, Saturn, Antigone) are not entities (no PERSON/ORG/GPE/LOC/NORP type); "EC Mexico" (east
  coast Mexico) marks only "Mexico"; "Continental" (the Continent) is not marked.
* 16946: South Korea cutting export loans, stopping bank loans and making import loans available
  is domestic credit policy (no type), so each "finance ministry officials said" clause is a
  STATEMENT by KOR GOV (officials of a named ministry are identifiable); "told Reuters" too.
* 3326: mandating BZW to arrange the facility and appointing BZW as sole dealer are COOPERATE
  (service mandates between two named banks), undated ("said" is attribution, no time expression).
  The four underwriters "have agreed to underwrite the credit" is AGREE with actor1 a multinational
  group (null) and Bank of Ireland implied as actor2; underwriting/syndication plans are skipped
  as corporate finance.
* 5656: "dismissed as insignificant gains" is an assessment (STATEMENT, USA, today), not REJECT
  (nothing proposed or alleged). The Iranian gains are ASSAULT IRN -> IRQ (first mention undated);
  "The Iranian push that captured the territory nearly two weeks ago" is a later mention with its
  own date at month precision (1987-03, rule 21 for week expressions). Press reports' content is
  left out (anonymous/second-hand); the "gain"/"push" inside Redman's sayings are content.
* 3966: the CNN deals are AGREE (USA -> CHN, USA -> SWE), undated; "It said ... will use" and "the
  agreement also gives" are STATEMENTs describing the deal (DCT, Atlanta).
* 4429: rebel raids, the recent guerrilla attacks in Arauca and last December's wave of attacks are
  ASSAULT (rebels COL ORG -> implied oil installations COL BUS); "the most recent attacks" is a
  later mention of the Arauca attacks, "Repeated bombings ... then" a later mention of the December
  wave (1986-12). The meeting with the defence minister is CONSULT (undated: "after" does not place
  it inside the DCT speech). Narvaez's "gave no details" is a withheld STATEMENT (negated).
* 2955: the ferry capsizing and the rescue have no acting actor and are left out (which also
  avoids the "last night" DCT-versus-dateline question); only the two speech acts are events.
* 9283: "agreed in principle to buy" is AGREE (GBR -> CAN), undated; the options given by Sharp
  shareholders are COOPERATE (CAN -> GBR), undated; Sharp's 1986 results report is a STATEMENT
  with unknown date ("In 1986" dates the revenue, not the report).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

LON = ("LONDON", "GBR")
SEOUL = ("SEOUL", "KOR")
WA = ("WASHINGTON", "USA")
ATL = ("ATLANTA", "USA")
ZEE = ("ZEEBRUGGE", "BEL")
BOG = ("BOGOTA", "COL")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3256": {
        "events": [],
        "skip": [
            ("say", "anonymous brokers' talk"),
            ("is reported to\nbe", "anonymous report"),
            ("arranged", "second-hand report of a charter, no counterparty"),
            ("loading", "fixture detail, no actor"),
        ],
        "entities": [
            ("Norrkoping", "GPE", "SWE"),
            ("Djuron", "GPE", "SWE"),
            ("Mexico", "GPE", "MEX"),
            ("Uddevalla", "GPE", "SWE"),
            ("New York", "GPE", "USA"),
            ("US Gulf", "LOC", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Nordstrom and Thulin", "ORG", "SWE"),
            ("Tilbury", "GPE", "GBR"),
            ("Black Sea", "LOC", None),
            ("Soviet", "NORP", "SUN"),
        ],
    },
    "reuters21578-16946": {
        "events": [
            ("STATEMENT", ("said", "European Community"), ("finance ministry\nofficials", "KOR", "GOV"), None, SEOUL,
             "1987-04-21", "day", None, "asserted", None, "announcement of domestic export-loan cut (no type)"),
            ("STATEMENT", ("said", "They"), ("They", "KOR", "GOV"), None, SEOUL,
             "1987-04-21", "day", None, "asserted", None, "import loans available (domestic credit policy)"),
            ("STATEMENT", ("said", "0.686 dlrs), they"), (("they", "0.686 dlrs),"), "KOR", "GOV"), None, SEOUL,
             "1987-04-21", "day", None, "asserted", None, "new export-order rate"),
            ("STATEMENT", ("said", "The officials"), ("The officials", "KOR", "GOV"), None, SEOUL,
             "1987-04-21", "day", None, "asserted", None, "stop of new bank loans (domestic)"),
            ("STATEMENT", "told Reuters", ("A finance ministry official", "KOR", "GOV"), None, SEOUL,
             "1987-04-21", "day", None, "asserted", None, "measures part of package to curb surpluses"),
        ],
        "skip": [
            ("has cut", "domestic credit policy, content of the statement"),
            ("reduce", "purpose"),
            ("available", "domestic credit policy"),
            ("previously received", "domestic rate, no type"),
            ("stopped", "domestic credit policy"),
            ("curb", "purpose of the package"),
            (("had a trade surplus", "South Korea had"), "statistic, no acting actor"),
        ],
        "entities": [
            ("South Korea", "GPE", "KOR"),
            ("United States", "GPE", "USA"),
            ("European Community", "ORG", None),
            ("Reuters", "ORG", "GBR"),
            ("South Korean", "NORP", "KOR"),
            (("South Korea", "trading partners"), "GPE", "KOR"),
            (("United States", "South Korea had"), "GPE", "USA"),
            ("EC", "ORG", None),
        ],
    },
    "reuters21578-3326": {
        "events": [
            ("COOPERATE", "mandated", ("Bank of Ireland", "IRL", "BUS"),
             ("Barclays de Zoete Wedd Ltd", "GBR", "BUS"), None,
             None, "unknown", None, "asserted", None, "mandate to arrange a CD facility; 'said' is attribution"),
            ("AGREE", "have\nagreed", ("Four banks", None, "BUS"), (None, "IRL", "BUS"), None,
             None, "unknown", None, "asserted", None, "pre-syndication underwriting agreement (GBR, CAN banks)"),
            ("COOPERATE", "appointed", (("it", "Bank of Ireland also said"), "IRL", "BUS"), (("BZW", "appointed"), "GBR", "BUS"),
             None, None, "unknown", None, "asserted", None, "BZW appointed sole dealer on a CD programme"),
        ],
        "skip": [
            (("said", "Bank of Ireland"), "attribution of the mandate"),
            ("will be used", "corporate finance"),
            ("renamed", "corporate, no type"),
            ("sold", "corporate finance"),
            ("underwritten", "corporate finance"),
            ("act as lead", "content of the agreement"),
            ("due to begin", "syndication, corporate finance"),
            (("said", "also"), "attribution of the appointment"),
        ],
        "entities": [
            ("Bank of Ireland", "ORG", "IRL"),
            ("Barclays de Zoete Wedd Ltd", "ORG", "GBR"),
            ("BZW", "ORG", "GBR"),
            (("Bank of Ireland", "fund"), "ORG", "IRL"),
            ("U.K.", "GPE", "GBR"),
            ("BankAmerica Finance Ltd", "ORG", "GBR"),
            (("BZW", "formed by"), "ORG", "GBR"),
            ("Barclays Bank Plc", "ORG", "GBR"),
            ("Canadian Imperial Bank of\nCommerce", "ORG", "CAN"),
            ("Lloyds Bank Plc", "ORG", "GBR"),
            ("Standard Chartered Bank", "ORG", "GBR"),
            (("Bank of Ireland", "soon."), "ORG", "IRL"),
            (("BZW", "appointed"), "ORG", "GBR"),
        ],
    },
    "reuters21578-5656": {
        "events": [
            ("STATEMENT", "dismissed", ("The United States", "USA", "GOV"), None, WA,
             "1987-03-16", "day", "today", "asserted", None, "assessment of the Iranian gains"),
            ("ASSAULT", "gains", ("Iranian forces", "IRN", "MIL"), (None, "IRQ", "MIL"), ("Northern Iraq", "IRQ"),
             None, "unknown", None, "asserted", None, "territorial gains in Northern Iraq (first mention, undated)"),
            ("STATEMENT", "told reporters", ("State Department spokesman Charles Redman", "USA", "GOV"), None, WA,
             "1987-03-16", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "But Redman"), (("Redman", "But"), "USA", "GOV"), None, WA,
             "1987-03-16", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", "added", ("he", "USA", "GOV"), None, WA,
             "1987-03-16", "day", None, "asserted", None, "assessment"),
            ("ASSAULT", "captured", (("The Iranian push", "he added"), "IRN", "MIL"), (None, "IRQ", "MIL"),
             ("Northern Iraq", "IRQ"), "1987-03", "month", "nearly two\nweeks ago", "asserted", 1,
             "later mention of the gains, with its own time expression (week -> month precision)"),
            ("STATEMENT", ("said", "offensive,"), (("Redman", "offensive,"), "USA", "GOV"), None, WA,
             "1987-03-16", "day", None, "asserted", None, "assessment: not a major offensive"),
        ],
        "skip": [
            (("gain", "told reporters"), "content of Redman's assessment"),
            (("said", "Press reports"), "press reports (second-hand, anonymous)"),
            (("push", "Iranian"), "content of press reports"),
            ("move against", "content of press reports"),
            (("push", "But Redman said the Iranian"), "content of Redman's assessment"),
            ("seesawed", "content, no actor"),
            ("reported in", "press reports"),
            ("major offensive", "content of Redman's assessment"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Northern Iraq", "LOC", "IRQ"),
            ("State Department", "ORG", "USA"),
            ("Charles Redman", "PERSON", "USA"),
            ("Mount Kardemand", "LOC", "IRQ"),
            ("Gulf", "LOC", None),
            (("Iranian", "Press reports"), "NORP", "IRN"),
            ("Rawandiz", "GPE", "IRQ"),
            ("Iraqi", "NORP", "IRQ"),
            ("Turkish", "NORP", "TUR"),
            (("Iraqi", "Turkish"), "NORP", "IRQ"),
            ("Kirkuk", "GPE", "IRQ"),
            (("Redman", "But"), "PERSON", "USA"),
            (("Iranian", "But Redman"), "NORP", "IRN"),
            (("Iraqi", "area of"), "NORP", "IRQ"),
            (("Iraq", "seesawed between"), "GPE", "IRQ"),
            (("Iran", "Iraq and"), "GPE", "IRN"),
            (("Iranian", "he added"), "NORP", "IRN"),
            ("American", "NORP", "USA"),
            (("Redman", "offensive,"), "PERSON", "USA"),
        ],
    },
    "reuters21578-3966": {
        "events": [
            ("AGREE", "agreement", ("Turner Broadcasting System Inc's CNN", "USA", "BUS"),
             ("China Central Television", "CHN", "BUS"), None,
             None, "unknown", None, "asserted", None, "agreement to air CNN news in China; 'said' is attribution"),
            ("STATEMENT", ("said", "It"), ("It", "USA", "BUS"), None, ATL,
             "1987-03-11", "day", None, "asserted", None, "details of the deal"),
            ("STATEMENT", ("said", "The company"), ("The company", "USA", "BUS"), None, ATL,
             "1987-03-11", "day", None, "asserted", None, "details of the deal (advertising rights)"),
            ("AGREE", ("agreement", "CNN also"), (("CNN", "advertising spots"), "USA", "BUS"),
             ("Televerket Kabel\nTV of Sweden", "SWE", "BUS"), None,
             None, "unknown", None, "asserted", None, "agreement to broadcast 24-hour news in Sweden"),
        ],
        "skip": [
            (("said", "CNN"), "attribution of the agreement"),
            ("will use", "content of the statement"),
            (("agreement", "The company said the"), "reference to the first agreement"),
            (("said", "CNN also"), "attribution of the Swedish agreement"),
            ("will reach", "audience forecast, no type"),
        ],
        "entities": [
            ("Turner Broadcasting System Inc", "ORG", "USA"),
            ("CNN", "ORG", "USA"),
            ("China Central Television", "ORG", "CHN"),
            (("China", "programming in"), "GPE", "CHN"),
            ("China Central TV", "ORG", "CHN"),
            (("CNN", "will use"), "ORG", "USA"),
            (("CNN", "gives"), "ORG", "USA"),
            (("China Central TV", "advertising"), "ORG", "CHN"),
            (("CNN", "advertising spots"), "ORG", "USA"),
            ("Televerket Kabel\nTV", "ORG", "SWE"),
            ("Sweden", "GPE", "SWE"),
        ],
    },
    "reuters21578-2955": {
        "events": [
            ("STATEMENT", "told reporters", ("Belgian Transport Minister Herman de Croo", "BEL", "GOV"), None, ZEE,
             "1987-03-06", "day", None, "asserted", None, "fear of about 200 dead"),
            ("STATEMENT", ("said", "Free Enterprise"), ("Townsend Thorensen", "GBR", "BUS"), None, ZEE,
             "1987-03-06", "day", None, "asserted", None, "passenger and rescue figures"),
        ],
        "skip": [
            ("feared", "anonymous estimate"),
            ("rolled", "accident, no acting actor"),
            ("plucked", "rescue, no identified actor"),
            ("rescued", "content of the statement"),
        ],
        "entities": [
            ("British", "NORP", "GBR"),
            ("Belgian", "NORP", "BEL"),
            (("Belgian", "coast"), "NORP", "BEL"),
            ("Herman de Croo", "PERSON", "BEL"),
            ("Townsend Thorensen", "ORG", "GBR"),
            (("British", "All but one"), "NORP", "GBR"),
        ],
    },
    "reuters21578-4429": {
        "events": [
            ("ASSAULT", "raids", ("rebel", "COL", "ORG"), ("oil\npipelines and foreign exploration camps", "COL", "BUS"),
             None, None, "unknown", None, "asserted", None, "continuous rebel raids (no time expression)"),
            ("STATEMENT", ("said", "Ecopetrol"), ("Franciso Chona", "COL", "BUS"), None, BOG,
             "1987-03-12", "day", None, "asserted", None, "assessment: raids endanger the oil bonanza"),
            ("STATEMENT", "told reporters", ("he", "COL", "BUS"), None, BOG,
             "1987-03-12", "day", None, "asserted", None, "quote"),
            ("CONSULT", "meeting", ("He", "COL", "BUS"), ("Defense Minister\nRafael Samudio", "COL", "MIL"), None,
             None, "unknown", None, "asserted", None, "security review meeting ('after' gives no date)"),
            ("ASSAULT", ("attacks", "guerrilla"), ("leftist guerrilla", "COL", "ORG"), (None, "COL", "BUS"),
             ("Arauca", "COL"), None, "unknown", None, "asserted", None, "recent upsurge of attacks in Arauca"),
            ("STATEMENT", ("said", "Carlos\nNarvaez"), ("Ecopetrol chief of security, Retired General Carlos\nNarvaez",
                                                       "COL", "BUS"), None, BOG,
             "1987-03-12", "day", None, "asserted", None, "security measures stricter, armed forces collaborating"),
            ("STATEMENT", "gave no details", ("Carlos\nNarvaez", "COL", "BUS"), None, BOG,
             "1987-03-12", "day", None, "negated", None, "withheld details"),
            ("STATEMENT", ("said", "gave no details"), (("Samudio", "gave no details."), "COL", "MIL"), None, BOG,
             "1987-03-12", "day", None, "asserted", None, "new plans designed"),
            ("STATEMENT", "stressed", (("Samudio", "effective."), "COL", "MIL"), None, BOG,
             "1987-03-12", "day", None, "asserted", None, "assessment: situation improved"),
            ("ASSAULT", ("attacks", "most\nrecent"), (None, "COL", "ORG"), (None, "COL", "BUS"), ("Arauca", "COL"),
             None, "unknown", None, "asserted", 4, "later mention of the recent attacks (cost four mln dlrs)"),
            ("ASSAULT", ("attacks", "a wave of"), (None, "COL", "ORG"), (None, "COL", "BUS"), None,
             "1986-12", "month", "last December", "asserted", None, "wave of attacks last December"),
            ("ASSAULT", "bombings", (None, "COL", "ORG"), (None, "COL", "BUS"), ("Cano Limon", "COL"),
             "1986-12", "month", None, "asserted", 10, "later mention: repeated pipeline bombings 'then'"),
        ],
        "skip": [
            ("endanger", "content of the statement"),
            ("end with", "content of the quote"),
            ("was speaking", "reference to the telling"),
            ("review", "purpose of the meeting"),
            ("stricter", "content of the statement"),
            ("collaborating", "content of the statement (domestic)"),
            ("designed", "content of the statement (domestic plans)"),
            ("hoped", "part of Samudio's statement"),
            ("improved", "content of the statement"),
            ("measures were taken", "domestic security measures"),
            ("combat", "purpose of domestic measures"),
            ("loss", "consequence, no actor"),
        ],
        "entities": [
            ("Colombia", "GPE", "COL"),
            ("Franciso Chona", "PERSON", "COL"),
            ("Ecopetrol", "ORG", "COL"),
            ("Rafael Samudio", "PERSON", "COL"),
            ("Guillermo Perry", "PERSON", "COL"),
            ("Arauca", "GPE", "COL"),
            ("Venezuela", "GPE", "VEN"),
            (("Ecopetrol", "Venezuela"), "ORG", "COL"),
            ("Carlos\nNarvaez", "PERSON", "COL"),
            (("Samudio", "gave no details."), "PERSON", "COL"),
            (("Samudio", "effective."), "PERSON", "COL"),
            ("Cano Limon", "LOC", "COL"),
            ("Caribbean", "LOC", None),
        ],
    },
    "reuters21578-9283": {
        "events": [
            ("AGREE", "agreed", ("Reuters Holdings Plc", "GBR", "BUS"), ("I P Sharp Associates Ltd", "CAN", "BUS"),
             None, None, "unknown", None, "asserted", None, "agreement in principle to buy; 'said' is attribution"),
            ("COOPERATE", "given options", ("a number of Sharp\nshareholders", "CAN", "BUS"), (("it", "Reuters said"), "GBR", "BUS"),
             None, None, "unknown", None, "asserted", None, "options on 67 pct of the stock; 'said' is attribution"),
            ("STATEMENT", "reported", ("it", "CAN", "BUS"), None, None,
             None, "unknown", None, "asserted", None, "1986 results release ('In 1986' dates the revenue)"),
            ("STATEMENT", ("said", "However, Sharp"), (("Sharp", "However,"), "CAN", "BUS"), None, LON,
             "1987-03-25", "day", None, "asserted", None, "company in profit in early 1987"),
            ("STATEMENT", "statement", ("A Reuters", "GBR", "BUS"), None, LON,
             "1987-03-25", "day", None, "asserted", None, "acquisition fits its package"),
        ],
        "skip": [
            (("said", "Plc"), "attribution of the agreement"),
            ("offered", "content of the offer terms"),
            ("approval", "condition"),
            ("amalgamation", "form of the acquisition (corporate)"),
            (("said", "Reuters said"), "attribution of the options"),
            ("review", "corporate, no type"),
            ("operates 38", "business description"),
            (("said", "A Reuters statement"), "reporting verb of the statement"),
        ],
        "entities": [
            ("Reuters Holdings Plc", "ORG", "GBR"),
            ("I P Sharp Associates Ltd", "ORG", "CAN"),
            ("Toronto", "GPE", "CAN"),
            (("Sharp", "30.4 mln stg."), "ORG", "CAN"),
            (("Sharp", "exchange trading."), "ORG", "CAN"),
            ("Canadian", "NORP", "CAN"),
            (("Reuters", "amalgamation"), "ORG", "GBR"),
            (("Sharp", "a number of"), "ORG", "CAN"),
            (("Reuters", "completion of a"), "ORG", "GBR"),
            (("Sharp", "of the company."), "ORG", "CAN"),
            (("Canadian", "revenue of"), "NORP", "CAN"),
            (("Sharp", "However,"), "ORG", "CAN"),
            (("Reuters", "End-1986"), "ORG", "GBR"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind11b.jsonl")
