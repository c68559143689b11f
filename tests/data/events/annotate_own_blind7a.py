"""Build ``own_blind7a.jsonl``: part of a seventh blind events set (events + entity mentions),
annotated from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind7a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,979 left); 40 drawn with random.Random(7001).sample over that pool
minus the 120 stories of an unlabelled entity review, dropping any whose title equals a title
already in a gold set, first 32 kept; this file holds kept draws 16-23 (8 articles, all kept).
55 event records (54 first mentions, 1 later mention), 82 not_annotated spans, 95 entity mentions;
no article without events.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md
and ../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), with the
country of the entity (null for IGOs such as GATT and for regional words spanning countries,
"Latin American", "African"). The possessive 's is left out of the span; job titles are not part
of a PERSON span and a title's department ("Treasury Secretary", "Trade and Industry Secretary")
is not tagged, while "Trade and Industry sources" (the department named for its staff) is ORG.
Stock tickers in angle brackets or parentheses are not mentions. A place inside a name ("Paris"
in "the Paris Agreement", "Luxembourg" in "the Luxembourg stock exchange", "Australia" in
"Australia dlr") is tagged as the GPE it names; the agreement and the Olympic Games are not.

Judgement calls made here:
* Dune Resources Ltd (ticker DNLAF, dateline Oklahoma City): the text gives no nationality; taken
  as USA from the dateline (the F ticker suffix hints at a foreign listing).
* Goldstar/Canon: the camera agreement is AGREE (undated: "a Goldstar spokesman told reporters" is
  attribution); the terms given afterwards ("would pay Canon ... royalties", "under the agreement
  Canon would sell ... to Goldstar in calendar 1987") are content of that agreement (convention 8)
  and skipped, their reporting clauses being STATEMENTs; "Canon has agreed in principle to buy"
  is a separate AGREE (Canon -> implied Goldstar), undated; "without providing further details"
  is a withheld STATEMENT (negated). Minolta and others "already assemble ... with South Korean
  partners" is a standing arrangement: skipped. The Canon spokesman's clauses are placed in Tokyo.
* Yeutter: "a new GATT round is needed", "those countries need to develop ...", "They ought to be
  very strongly supported" are evaluations with no actor asked: STATEMENT. The launch of the
  round at Punta del Este in September 1986 is CONSULT (negotiations) with an implied group actor
  (null); "informal GATT ministerial talks" he is in New Zealand for is a background nominal:
  skipped.
* Baker: "willing to cooperate" is a policy position (STATEMENT, not AGREE); "an international
  agreement last month" is AGREE (a nominal with its own date, 1987-02, Paris) and "a February
  agreement by six leading industrial nations" a later mention with its own date; "the Paris
  Agreement" (bare) and "We said further" (the Paris statement inside the quote) are skipped;
  "refused to answer a question" is a withheld STATEMENT (negated) like "did not comment", and the
  following "I will not comment ..., Baker said" is an asserted STATEMENT; "Japan also agreed to
  consider stimulative measures" is AGREE toward the other signatories (null), undated.
* Labrecque "called for closer cooperation ... by the United States, West Germany, Japan and
  Britain" is REQUEST, split into four records (convention 12).
* The Philippines "will import ... cement ... from Indonesia by the end of the month" is
  COOPERATE planned (PHL -> IDN, 1987-04) with "said" as attribution; "Trade and Industry
  sources", "construction industry sources" and "The sources" are anonymous; the construction
  representatives' estimate relayed by them is skipped.
* The Saskatchewan Wheat Pool's weekly crop report ("according to") is a STATEMENT by a named
  author (as the USDA field report), DCT; weather, crop ratings and "some damage reported" are not
  events.
* LB Rheinland-Pfalz bond: "said Orion Royal Bank as lead manager" is a STATEMENT (own_blind2
  call); the issue, the parent's guarantee and the listing are corporate finance. Orion Royal Bank
  (London merchant bank of the Royal Bank of Canada) is GBR; the Dutch-style Finance BV is placed
  with its West German parent (DEU).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OKC = ("OKLAHOMA CITY", "USA")
TAUPO = ("TAUPO", "NZL")
SEOUL = ("SEOUL", "KOR")
TOKYO = ("Tokyo", "JPN")
LON = ("London", "GBR")
WA = ("WASHINGTON", "USA")
DAL = ("DALLAS", "USA")
MNL = ("MANILA", "PHL")
REG = ("REGINA", "CAN")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-4162": {
        "events": [
            ("STATEMENT", "said", ("Dune Resources Ltd", "USA", "BUS"), None, OKC,
             "1987-03-12", "day", None, "asserted", None,
             "reserves statistics; DCT is published_at's date (dateline March 11)"),
            ("STATEMENT", ("said", "The company"), ("The company", "USA", "BUS"), None, OKC,
             "1987-03-12", "day", None, "asserted", None, "reserves statistics"),
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "BUS"), None, OKC,
             "1987-03-12", "day", None, "asserted", None, "reserves statistics"),
        ],
        "skip": [
            ("increased", "statistics, no acting actor"),
            (("up", "reserves were"), "statistics"),
            ("estimated", "statistics"),
            ("discoveries during", "statistics"),
            ("rose", "statistics"),
            ("offset", "statistics"),
            ("production of", "statistics"),
        ],
        "entities": [
            ("Dune Resources Ltd", "ORG", "USA"),
        ],
    },
    "reuters21578-8599": {
        "events": [
            ("STATEMENT", "said", ("U.S. Trade Representative Clayton Yeutter", "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None,
             "evaluation ('a new GATT round is needed'): no actor asked, STATEMENT"),
            ("STATEMENT", "told", (("Yeutter", "said."), "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None, "assessment told to Reuters (audience is no actor2)"),
            ("STATEMENT", ("said", "strong rationale"), (("he", "strong rationale"), "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None, "assessment"),
            ("CONSULT", "launched", (None, None, "IGO"), None, ("Punta del Este", "URY"),
             "1986-09", "month", "September 1986", "asserted", None,
             "launch of the GATT round of negotiations by the GATT members (implied group)"),
            ("STATEMENT", ("said", "impetus"), (("he", "succeed,"), "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("said", "basic objective"), (("he", 'round," he said.     But he'), "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None,
             "'those countries need to develop ...': evaluation about a group, STATEMENT"),
            ("STATEMENT", ("said", "But he"), (("he", "But he"), "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "year or two"), (("he", "year or two"), "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "debt amortisation"), (("he", 'future,"'), "USA", "GOV"), None, TAUPO,
             "1987-03-24", "day", None, "asserted", None,
             "'They ought to be very strongly supported': no actor asked, STATEMENT"),
        ],
        "skip": [
            ("needed", "content of the statement"),
            ("halt", "content"),
            ("increasing", "content (no actor)"),
            ("talks", "background nominal: the multilateral meeting he attends"),
            (("need", "rationale why we"), "content"),
            ("develop multilateral", "content"),
            ("included", "content of the negotiations, no type"),
            ("provide impetus", "content of the forecast"),
            ("succeed", "content"),
            (("develop", "countries need to"), "content"),
            ("relief", "content"),
            ("make a difference", "content"),
            ("supported", "content of the evaluation (no actor asked)"),
            ("relieving", "content"),
        ],
        "entities": [
            ("GATT", "ORG", None),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("Yeutter", "said."), "PERSON", "USA"),
            ("New Zealand", "GPE", "NZL"),
            (("GATT", "New Zealand"), "ORG", None),
            ("Reuters", "ORG", "GBR"),
            (("GATT", "rationale why"), "ORG", None),
            (("GATT", "eighth"), "ORG", None),
            ("Punta del Este", "GPE", "URY"),
            ("Uruguay", "GPE", "URY"),
            ("Latin American", "NORP", None),
            ("African", "NORP", None),
            (("GATT", "impetus"), "ORG", None),
            (("GATT", "objective of the new"), "ORG", None),
            (("GATT", "But he said"), "ORG", None),
            (("GATT", "strongly supported"), "ORG", None),
        ],
    },
    "reuters21578-6977": {
        "events": [
            ("AGREE", "agreed", ("Goldstar Precision Co Ltd", "KOR", "BUS"), ("Canon Inc", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "camera-making agreement; 'a Goldstar spokesman told reporters' is attribution; no time expression"),
            ("STATEMENT", ("told", "He told"), (("He", "He told"), "KOR", "BUS"), None, SEOUL,
             "1987-03-19", "day", None, "asserted", None,
             "investment plan and the agreement's terms (content of the agreement: skipped)"),
            ("STATEMENT", ("said", "sold in South Korea"), (("he", "sold in South Korea"), "KOR", "BUS"), None, SEOUL,
             "1987-03-19", "day", None, "asserted", None, "sales plan"),
            ("AGREE", ("agreed", "Canon has"), (("Canon", "Canon has"), "JPN", "BUS"), (None, "KOR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreement in principle to buy cameras from Goldstar (implied); the 'said' clauses are attribution"),
            ("STATEMENT", "providing", (("the Goldstar spokesman", "However"), "KOR", "BUS"), None, SEOUL,
             "1987-03-19", "day", None, "negated", None, "withheld statement ('without providing further details')"),
            ("STATEMENT", ("said", "In Tokyo"), ("a Canon spokesman", "JPN", "BUS"), None, TOKYO,
             "1987-03-19", "day", None, "asserted", None,
             "terms of the agreement (the sale is content of the agreement, convention 8)"),
            ("STATEMENT", ("said", "He said Goldstar"), (("He", "He said Goldstar"), "JPN", "BUS"), None, TOKYO,
             "1987-03-19", "day", None, "asserted", None, "Goldstar's production plan, told by Canon's spokesman"),
            ("STATEMENT", ("said", "Olympic Games"), ("the Canon spokesman", "JPN", "BUS"), None, TOKYO,
             "1987-03-19", "day", None, "asserted", None, "market forecast"),
            ("STATEMENT", ("said", "65 pct"), (("he", "65 pct"), "JPN", "BUS"), None, TOKYO,
             "1987-03-19", "day", None, "asserted", None, "market statistics"),
        ],
        "skip": [
            ("make cameras", "content of the agreement"),
            ("told reporters", "attribution"),
            ("invest", "content (investment plan)"),
            ("pay Canon", "content of the agreement's terms"),
            ("start in July", "production start, no type"),
            (("sold", "will be"), "content"),
            (("said", "However, the Goldstar"), "attribution"),
            ("buy an unspecified", "content of the agreement"),
            (("said", "own name, he"), "attribution (repeated)"),
            (("agreement", "under the"), "anaphoric nominal (the agreement)"),
            (("sell", "Canon would"), "content of the agreement's terms"),
            (("said", "3.5 billion in\n1988, he"), "attribution (repeated)"),
            ("plans to make", "content"),
            ("expand", "content of the forecast"),
            ("held", "the Olympic Games: no type"),
            (("rose", "camera demand"), "statistics"),
            ("assemble", "standing arrangement (habitual), left out"),
        ],
        "entities": [
            ("Goldstar Precision Co Ltd", "ORG", "KOR"),
            ("South Korea", "GPE", "KOR"),
            ("Lucky-Goldstar Group", "ORG", "KOR"),
            ("Japan", "GPE", "JPN"),
            ("Canon Inc", "ORG", "JPN"),
            (("Canon", "using"), "ORG", "JPN"),
            (("Goldstar", "a Goldstar"), "ORG", "KOR"),
            (("Goldstar", "He told reporters"), "ORG", "KOR"),
            (("Canon", "would pay"), "ORG", "JPN"),
            (("Goldstar", "Most of"), "ORG", "KOR"),
            (("South Korea", "will be sold in"), "GPE", "KOR"),
            (("Goldstar", "However, the"), "ORG", "KOR"),
            (("Canon", "spokesman said,"), "ORG", "JPN"),
            (("Japan", "resale in"), "GPE", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            (("Canon", "In Tokyo"), "ORG", "JPN"),
            (("Canon", "under the agreement"), "ORG", "JPN"),
            (("Goldstar", "technology worth"), "ORG", "KOR"),
            (("Goldstar", "He said"), "ORG", "KOR"),
            (("South Korea", "camera market in"), "GPE", "KOR"),
            (("Canon", "held\nthere"), "ORG", "JPN"),
            ("South Korean", "NORP", "KOR"),
            (("South Korea", "cameras sold in"), "GPE", "KOR"),
            ("Minolta Camera Co Ltd", "ORG", "JPN"),
            ("Asahi Optical Co Ltd", "ORG", "JPN"),
            ("Nippon Kogaku KK", "ORG", "JPN"),
            (("South Korean", "cameras with"), "NORP", "KOR"),
        ],
    },
    "reuters21578-8831": {
        "events": [
            ("STATEMENT", "said", ("Orion Royal Bank", "GBR", "BUS"), None, LON,
             "1987-03-24", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance)"),
        ],
        "skip": [
            ("issuing", "bond issue (corporate finance)"),
            ("guaranteed", "parent's guarantee of its own subsidiary's bond (corporate finance)"),
            ("owned", "ownership, no event"),
            ("listed", "listing (corporate finance)"),
        ],
        "entities": [
            ("Landesbank Rheinland-Pfalz Finance BV", "ORG", "DEU"),
            ("Australia", "GPE", "AUS"),
            ("Orion Royal Bank", "ORG", "GBR"),
            ("Landesbank Rheinland-Pfalz Girozentrale", "ORG", "DEU"),
            ("West German", "NORP", "DEU"),
            (("Rheinland-Pfalz", "state of"), "GPE", "DEU"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
    "reuters21578-9535": {
        "events": [
            ("STATEMENT", "said", ("Treasury Secretary James Baker", "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None,
             "policy position ('were willing to cooperate'), not a new promise"),
            ("AGREE", ("agreement", "international"), (None, None, "GOV"), None, ("Paris", "FRA"),
             "1987-02", "month", "last month", "asserted", None,
             "the Paris accord: a nominal with its own date (convention 11); a group of countries"),
            ("STATEMENT", "told", (("Baker", "economic conditions"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None, "told a Senate committee (audience is no actor2)"),
            ("STATEMENT", "continued", (("Baker", "Baker continued"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None, "quote restating the Paris statement"),
            ("STATEMENT", "referred", (("He", "He referred"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None, "reference to the accord"),
            ("AGREE", ("agreement", "February"), ("six leading\nindustrial nations", None, "GOV"), None,
             ("Paris", "FRA"), "1987-02", "month", "February", "asserted", 1,
             "later mention of the Paris accord with its own date"),
            ("STATEMENT", "refused", (("Baker", "Baker refused"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "negated", None,
             "refused to answer a question: withheld statement ('I will not comment')"),
            ("STATEMENT", ("said", "my statements"), (("Baker", "my statements"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None, "explains why he will not comment"),
            ("STATEMENT", ("said", "Baker said that"), (("Baker", "Baker said that"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None, "assessment of the other signatories"),
            ("STATEMENT", "cited", (("He", "He cited"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None, "cites news reports of a German tax cut plan"),
            ("AGREE", ("agreed", "Japan also"), (("Japan", "Japan also"), "JPN", "GOV"), (None, None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "promise to consider stimulus, toward the other signatories (a group); no time expression"),
            ("STATEMENT", ("said", "Baker said those"), (("Baker", "Baker said those"), "USA", "GOV"), None, WA,
             "1987-03-25", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            (("cooperate", "willing to"), "content of the statement"),
            ("stabilize", "content"),
            ("Paris Agreement", "bare anaphoric nominal (the accord)"),
            (("said", "We said"), "the Paris statement inside the quote"),
            (("cooperate", "willing to cooperate closely"), "content"),
            (("cooperate", "nations to"), "content of the accord"),
            ("answer", "part of the withheld statement"),
            (("stimulate", "had done enough"), "content of the question"),
            (("support", "United States to"), "currency support (monetary operation), content of the question"),
            ("comment", "content of the quote"),
            ("recognized", "content"),
            ("carry", "content"),
            ("increase", "domestic fiscal policy, content of news reports"),
            ("consider", "content of the promise"),
            ("was made final", "domestic budget, no type"),
            ("were stimulating", "domestic policy, content"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("Paris", "GPE", "FRA"),
            (("Baker", "Paris"), "PERSON", "USA"),
            ("Senate", "ORG", "USA"),
            (("Baker", "Baker continued"), "PERSON", "USA"),
            (("Baker", "monetary matters"), "PERSON", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Germany", "GPE", "DEU"),
            (("United States", "economies\nfor"), "GPE", "USA"),
            (("Baker", "my statements"), "PERSON", "USA"),
            (("Baker", "Baker said that"), "PERSON", "USA"),
            (("Germany", "news reports"), "GPE", "DEU"),
            (("Japan", "Japan also"), "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Baker", "Baker said those"), "PERSON", "USA"),
        ],
    },
    "reuters21578-20863": {
        "events": [
            ("STATEMENT", "said", ("Chase Manhattan Corp (CMB)\npresident Thomas Labrecque", "USA", "BUS"), None,
             DAL, "1987-10-19", "day", None, "asserted", None, "assessment of the stock market fall"),
            ("STATEMENT", ("said", "settle down"), (("Labrecque", "settle down"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "at a news conference at the ABA convention (here = Dallas)"),
            ("STATEMENT", ("said", "Labrecque also"), (("Labrecque", "Labrecque also"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "forecast (easing of credit is monetary: content)"),
            ("STATEMENT", ("said", "five percent"), (("Labrecque", "five percent"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "inflation forecast"),
            ("STATEMENT", ("said", "He said strong"), (("He", "He said strong"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("said", "cause a recession"), (("Labrecque", "cause a recession"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("said", "He said he could"), (("He", "He said he could"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None,
             "said he could not estimate the impact: the saying is asserted"),
            ("STATEMENT", ("said", "banking industry"), (("he", "banking industry"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "strong institutions"), (("he", "strong institutions"), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "Labrecque said he did"), (("Labrecque", "Labrecque said he did"), "USA", "BUS"),
             None, DAL, "1987-10-19", "day", None, "asserted", None, "forecast of Fed policy"),
            ("STATEMENT", ("said", "other way"), (("he", 'way,"'), "USA", "BUS"), None, DAL,
             "1987-10-19", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("said", "Labrecque said the high"), (("Labrecque", "Labrecque said the high"), "USA", "BUS"),
             None, DAL, "1987-10-19", "day", None, "asserted", None, "assessment"),
            ("REQUEST", "called for", (("He", "He called"), "USA", "BUS"), (("United States", "called for"), "USA", "GOV"),
             DAL, "1987-10-19", "day", None, "asserted", None, "call for closer policy cooperation; compound split"),
            ("REQUEST", "called for", (("He", "He called"), "USA", "BUS"), ("West Germany", "DEU", "GOV"),
             DAL, "1987-10-19", "day", None, "asserted", None, "compound split"),
            ("REQUEST", "called for", (("He", "He called"), "USA", "BUS"), (("Japan", "West Germany"), "JPN", "GOV"),
             DAL, "1987-10-19", "day", None, "asserted", None, "compound split"),
            ("REQUEST", "called for", (("He", "He called"), "USA", "BUS"), ("Britain", "GBR", "GOV"),
             DAL, "1987-10-19", "day", None, "asserted", None, "compound split"),
        ],
        "skip": [
            ("decline", "market movement"),
            ("settle", "market (content)"),
            ("ease credit", "monetary policy, content of the forecast"),
            ("believes", "part of the statement (Chase's view)"),
            ("permit", "content"),
            ("estimate", "content"),
            ("dropped", "market movement"),
            ("suffered", "market movement"),
            ("tighten", "monetary policy, content"),
            ("cooperation in", "content of the request"),
        ],
        "entities": [
            ("Chase Manhattan Corp", "ORG", "USA"),
            ("Thomas Labrecque", "PERSON", "USA"),
            (("Labrecque", "settle down"), "PERSON", "USA"),
            ("American Bankers Associatioon", "ORG", "USA"),
            (("Labrecque", "Labrecque also"), "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Chase", "exaggerated and"), "ORG", "USA"),
            (("Labrecque", "five percent"), "PERSON", "USA"),
            (("Labrecque", "cause a recession"), "PERSON", "USA"),
            (("Chase", "impact on"), "ORG", "USA"),
            (("Chase", "would be."), "ORG", "USA"),
            (("Labrecque", "strong institutions"), "PERSON", "USA"),
            ("Federal Reserve Board", "ORG", "USA"),
            (("Labrecque", "other way"), "PERSON", "USA"),
            (("U.S.", "Labrecque said the high"), "GPE", "USA"),
            ("United States", "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Japan", "West Germany"), "GPE", "JPN"),
            ("Britain", "GPE", "GBR"),
        ],
    },
    "reuters21578-15422": {
        "events": [
            ("COOPERATE", "import", ("The Philippines", "PHL", "GOV"), ("Indonesia", "IDN", "GOV"), None,
             "1987-04", "month", "the end of the\nmonth", "planned", None,
             "planned cement imports from Indonesia; 'Concepcion said' is attribution"),
            ("STATEMENT", "told", (("He", "He told"), "PHL", "GOV"), None, MNL,
             "1987-04-09", "day", None, "asserted", None, "assessment of local supply"),
            ("STATEMENT", "added", (("he", "only solution"), "PHL", "GOV"), None, MNL,
             "1987-04-09", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "Concepcion said average"), (("Concepcion", "Concepcion said average"), "PHL", "GOV"), None, MNL,
             "1987-04-09", "day", None, "asserted", None, "statistics"),
        ],
        "skip": [
            (("said", "Jose Concepcion"), "attribution"),
            ("stepped up", "content (domestic production)"),
            (("import", "only solution"), "content of the assessment"),
            (("said", "Trade and Industry sources"), "anonymous-source talk"),
            (("estimated", "representatives"), "estimate relayed by anonymous sources"),
            (("said", "construction industry sources"), "anonymous-source talk"),
            (("said", "The sources"), "anonymous-source talk"),
            ("fuelled", "content of anonymous-source talk"),
        ],
        "entities": [
            ("Philippines", "GPE", "PHL"),
            ("Indonesia", "GPE", "IDN"),
            ("Jose Concepcion", "PERSON", "PHL"),
            (("Concepcion", "Concepcion said average"), "PERSON", "PHL"),
            (("Trade and Industry", "demand had grown"), "ORG", "PHL"),
        ],
    },
    "reuters21578-19275": {
        "events": [
            ("STATEMENT", "report", ("Saskatchewan Wheat Pool", "CAN", "ORG"), None, REG,
             "1987-06-19", "day", None, "asserted", None,
             "the Pool's weekly crop report ('according to'): a report by a named author, DCT"),
        ],
        "skip": [
            ("caused", "weather, no acting actor"),
            ("needed", "content of the report"),
            ("expected", "content of the report"),
            ("rated", "content of the report"),
            ("hit", "weather, no acting actor"),
            ("reported", "anonymous ('damage reported')"),
        ],
        "entities": [
            ("Saskatchewan", "GPE", "CAN"),
            ("Saskatchewan Wheat Pool", "ORG", "CAN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind7a.jsonl")
