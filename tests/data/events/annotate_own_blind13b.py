"""Build ``own_blind13b.jsonl``: blind events set 13b, annotated from the texts alone before any
extractor run on these articles, with every named entity mention (span, type, country).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind13b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,987 left, also minus the 16 stories drawn for own_blind12; the ids of
two earlier unlabelled reviews were not kept, so up to ~1 of these may overlap them); 24 drawn with
random.Random(13101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 8-15. See GUIDELINES.md.

Judgement calls:
* 5789 (INL buys Houston papers): the purchase is COOPERATE (completed acquisition between
  companies), first mention INL (NZL) -> the seller implied (USA, named in the next sentence);
  "<Houston Community Newspapers Inc> bought ... from <The Advocate Communications Corp Inc>" is a
  later mention (the US subsidiary, USA -> USA) and "the acquisition took effect on March 1" a later
  mention with its own date, which all three mentions take (as 11a's chip accord took its date from
  a later mention). INL's three "said" are attribution; Burnet's "said" and the closing "he said"
  are STATEMENTs (assessments). Subsidiaries take their own country (Houston Community Newspapers
  = USA; News Ltd = AUS); the two newspapers are ORG USA.
* 8622 (American Can bond): the issue, its terms and listing are corporate finance; the lead
  manager's "said" is a STATEMENT (own_blind2 call). Morgan Stanley International = USA (Morgan
  Stanley, well-known fact).
* 18993 (OECD Benelux survey): four reporting clauses, all STATEMENT by the OECD (null, IGO), DCT =
  published_at's date 1987-06-18 (the dateline says June 19), location PARIS. "the report said" is
  the OECD survey speaking (events_dev's "the report said": implied author, later mention of "said
  in its semi-annual survey"). The Belgian government's "progress in trimming its borrowing
  requirement" is domestic fiscal policy (skipped); forecasts inside the quotes are content.
* 7852 (Swiss banks and churches): "are holding talks with Protestant and Roman Catholic officials"
  is CONSULT CHE -> CHE (the churches are Swiss), undated (rule 17; the Association's "said" is
  attribution). "the parties had disagreed over economic sanctions" has no clear type (mutual
  disagreement; REJECT arguable), so "the Association said" is a STATEMENT and "disagreed" is
  skipped. "all participants -- ... banks, ... churches ... -- agreed to condemn" is AGREE with the
  banks' representatives as actor1 and the churches as actor2 (both named in the clause); the
  condemnation is content (rule 8). "they agreed the meetings should continue" is another AGREE
  (participants, the church side implied), undated ("After" gives no date, 11b call); the "two
  private sessions last August and on March 10" are the talks, in a time adjunct with two dates:
  skipped (as 11a's "during one of the attacks"). "Swiss banks are criticised by the churches" is
  ACCUSE (standing criticism, undated). "The banks assured the churchmen ... no intention of
  building it up" is a promise = AGREE CHE -> CHE, undated (assurance given in the talks and relayed
  by the statement, not a wire-style "said"). Haffner's "a small step forward when the banks say
  publicly ..." is SUPPORT toward the banks (mild praise, as 11a's "heartening"); Justitia et Pax
  is the Swiss commission (CHE). Religious adjectives (Protestant, Roman Catholic, Catholic) are
  NORP null; "the Association" and "the Bankers' Association" are ORG mentions of the Swiss
  Bankers' Association.
* 331 (Exco / RMJ): "agreed in principle to buy an 80 pct stake in RMJ Holdings" is AGREE
  (GBR -> USA), undated (11b's Reuters/Sharp call), "said" attribution; Lacy's "told Reuters the
  acquisition was being made from Bank of New York ... and from RMJ partners" gives details of the
  agreed deal (STATEMENT; "acquisition" an anaphoric nominal, skipped), as are the future purchase
  of the retained stakes (deal terms, skipped) and Goldie's multiple (STATEMENT). "had made an
  offer for RMJ when it was sold by Security Pacific Corp in 1985" is COOPERATE (offer = bid,
  own_blind call) placed by the sale in 1985 (year), "Lacy said" attribution; the 1985 sale is
  COOPERATE by Security Pacific (USA) with the buyer implied (not named; USA from context: the
  current holders are Bank of New York and the RMJ partners). "considering buying a ... broker" is
  internal deliberation (skipped). "was also given permission last week to open an office in
  Tokyo": a licence from an unnamed (Japanese) authority has no clear type (skipped, like own_dev's
  immunity grants). "The acquisition would contribute ..." is a forecast with no speaker (skipped).
* 17395 (Lusser, Swiss National Bank): readiness to increase intervention and to "intensify
  cooperation with other central banks" is monetary operation/cooperation (rule 10, skipped), so
  the reporting clauses are STATEMENTs (CHE GOV, DCT, LIESTAL). "a reduction of the budget deficit
  and a slowdown in money supply growth in the United States are unavoidable" is REQUEST toward the
  USA (EVENTS.md call 2: an identifiable actor told it must act). "This meant that industrial
  countries must avoid abrupt switches ..." (no reporting verb; Lusser implied) is REQUEST toward
  a group of countries (null). "earlier this week it said it had intervened" is a STATEMENT (the
  intervention is monetary), dated 1987-04 (a week kept at its month; Wed 29 April). The 1978
  abandonment of targets is content of "He noted". "Swiss" in "Swiss franc" is NORP CHE (10b
  marks "Australian dollar"); "the Bank's" is an ORG mention of the Swiss National Bank.
* 15806 (Hughes rig count): three statistics releases by Hughes (STATEMENT, USA BUS, DCT, HOUSTON).
  The Canadian springtime road ban is domestic regulation (no target, skipped); the states
  "reported" declines and gains are statistics (skipped).
* 17748 (Reagan on exchange accords): "said the United States and its allies must fulfill
  agreements" is REQUEST toward "its allies" (a group: null); the United States part is about the
  speaker's own government (own_blind call: "We should ..." is not a request), so it is not split
  off as a USA -> USA record. The two quoted sentences ("cannot be ignored or forgotten," he said;
  "need to be translated into action," Reagan said) are quoted restatements = later mentions
  (EVENTS.md call 3). "preparing to depart for the Venice economic summit on Wednesday" is CONSULT
  planned toward the summit group (null, as 9b's Venice summit), dated by its own "on Wednesday"
  (future, DCT Monday 1 June -> 1987-06-03). "Economic policy decisions made last year in Tokyo" is
  AGREE (Tokyo summit, group actors null, 1986, year); "this year's meetings of Group of 7 Finance
  ministers in Paris and in Washington" is one CONSULT (two meetings, both in 1987: year
  precision, no single location); "The commitments made at these meetings" is anaphoric (skipped).
  "Marshall Plan" is not an entity (a programme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WEL = ("WELLINGTON", "NZL")
LON = ("LONDON", "GBR")
PAR = ("PARIS", "FRA")
ZUR = ("ZURICH", "CHE")
LIE = ("LIESTAL", "CHE")
HOU = ("HOUSTON", "USA")
WA = ("WASHINGTON", "USA")
SNB = ("CHE", "GOV")
OECD = (None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5789": {
        "events": [
            # 0
            ("COOPERATE", "bought", ("Independent Newspapers Ltd", "NZL", "BUS"), (None, "USA", "BUS"),
             ("Houston", "USA"), "1987-03-01", "day", "March 1", "asserted", None,
             "purchase of two Houston newspapers; seller named in the next sentence; date from 'the acquisition "
             "took effect on March 1'; 'said' = attribution"),
            # 1
            ("COOPERATE", ("bought", "Houston Community Newspapers"),
             ("Houston Community Newspapers Inc", "USA", "BUS"),
             ("The Advocate Communications Corp Inc", "USA", "BUS"), ("Houston", "USA"),
             "1987-03-01", "day", "March 1", "asserted", 0,
             "later mention: the US subsidiary bought the papers from Advocate Communications"),
            # 2
            ("COOPERATE", ("acquisition", "said the acquisition"), (None, "NZL", "BUS"), (None, "USA", "BUS"), None,
             "1987-03-01", "day", "March 1", "asserted", 0, "later mention with its own date ('took effect on March 1')"),
            # 3
            ("STATEMENT", ("said", "Alan Burnet"), ("INL chairman Alan Burnet", "NZL", "BUS"), None, WEL,
             "1987-03-17", "day", None, "asserted", None, "assessment: the purchase enables a combined distribution"),
            # 4
            ("STATEMENT", ("said", "sound, he"), (("he", "sound,"), "NZL", "BUS"), None, WEL,
             "1987-03-17", "day", None, "asserted", None, "assessment of Houston trading conditions"),
        ],
        "skip": [
            (("said", "(INL)"), "attribution of the purchase"),
            ("said in a statement", "attribution of the purchase (subsidiary's buy)"),
            ("publishes", "business description"),
            ("owned", "ownership, no event"),
            ("transferred", "internal reorganisation"),
            (("said", "said the acquisition"), "attribution of the acquisition date"),
            ("purchase", "anaphoric nominal, content of the statement"),
            ("offer advertisers", "content of the statement"),
            ("improve", "content of the statement"),
        ],
        "entities": [
            ("Independent Newspapers Ltd", "ORG", "NZL"),
            ("INL", "ORG", "NZL"),
            ("Houston", "GPE", "USA"),
            ("Texas", "GPE", "USA"),
            (("INL", "INL said in a"), "ORG", "NZL"),
            ("Houston Community Newspapers Inc", "ORG", "USA"),
            ("South West Advocate", "ORG", "USA"),
            ("South Bend Advocate", "ORG", "USA"),
            ("The Advocate Communications Corp Inc", "ORG", "USA"),
            (("INL", "INL publishes"), "ORG", "NZL"),
            ("Wellington", "GPE", "NZL"),
            ("New Zealand", "GPE", "NZL"),
            ("Rhode Island", "GPE", "USA"),
            (("INL", "pct of INL"), "ORG", "NZL"),
            ("News Ltd", "ORG", "AUS"),
            ("Australian", "NORP", "AUS"),
            ("News Corp Ltd", "ORG", "AUS"),
            (("Houston", "existing centre in"), "GPE", "USA"),
            (("INL", "INL said the acquisition"), "ORG", "NZL"),
            (("INL", "INL chairman"), "ORG", "NZL"),
            ("Alan Burnet", "PERSON", "NZL"),
            (("Houston", "greater Houston"), "GPE", "USA"),
        ],
    },
    "reuters21578-8622": {
        "events": [
            ("STATEMENT", "said", ("lead\nmanager Morgan Stanley International", "USA", "BUS"), None, LON,
             "1987-03-24", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance)"),
        ],
        "skip": [
            ("is issuing", "corporate finance (bond issue)"),
            ("will be set", "corporate finance (bond terms)"),
            ("listed", "corporate finance (listing)"),
        ],
        "entities": [
            ("American Can Co", "ORG", "USA"),
            ("Morgan Stanley International", "ORG", "USA"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
    "reuters21578-18993": {
        "events": [
            # 0
            ("STATEMENT", "forecast", ("the Organisation for Economic Cooperation and Development", *OECD), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "economic forecast for the Netherlands and Belgium (DCT from published_at, not the dateline's June 19)"),
            # 1
            ("STATEMENT", ("said", "the OECD"), ("the OECD", *OECD), None, PAR,
             "1987-06-18", "day", None, "asserted", None, "forecast for Belgium in its semi-annual survey"),
            # 2
            ("STATEMENT", ("said", 'deficit," the OECD'), (("the OECD", 'deficit," the'), *OECD), None, PAR,
             "1987-06-18", "day", None, "asserted", None, "assessment of Belgium's deficit cutting"),
            # 3
            ("STATEMENT", ("said", "the report"), (None, *OECD), None, PAR,
             "1987-06-18", "day", None, "asserted", 1,
             "'the report said' = the OECD survey (implied author; events_dev's field-report call)"),
        ],
        "skip": [
            ("trimming", "domestic fiscal policy (Belgian borrowing requirement)"),
            (("forecast", "Employment is"), "content of the report (quoted forecast)"),
            ("budgetary cuts", "content of the report"),
            ("set to fall", "forecast statistics, no acting actor"),
        ],
        "entities": [
            ("Netherlands", "GPE", "NLD"),
            ("Belgium", "GPE", "BEL"),
            ("Organisation for Economic Cooperation and Development", "ORG", None),
            (("Belgium", "Belgium's GDP"), "GPE", "BEL"),
            ("OECD", "ORG", None),
            ("Belgian", "NORP", "BEL"),
            (("Belgian", "Belgian government"), "NORP", "BEL"),
            (("OECD", 'deficit," the'), "ORG", None),
            (("Netherlands", "In the Netherlands"), "GPE", "NLD"),
            ("Dutch", "NORP", "NLD"),
            (("Dutch", "Dutch consumer"), "NORP", "NLD"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
    "reuters21578-7852": {
        "events": [
            # 0
            ("CONSULT", "talks", ("Swiss banks", "CHE", "BUS"),
             ("Protestant and Roman Catholic officials", "CHE", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "ongoing talks with Swiss church officials, no time expression; the Association's 'said' = attribution"),
            # 1
            ("STATEMENT", ("said", "In a statement the Association"), (("the Association", "In a statement"), "CHE", "ORG"),
             None, ZUR, "1987-03-20", "day", None, "asserted", None,
             "the parties disagreed over sanctions (no clear type), so the reporting clause is a statement"),
            # 2
            ("AGREE", ("agreed", "church charities"), ("representatives of the three biggest Swiss banks", "CHE", "BUS"),
             ("the churches and church charities", "CHE", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "all participants agreed to condemn apartheid (the condemnation is content, rule 8)"),
            # 3
            ("AGREE", ("agreed", "they agreed"), (("they", "March 10,"), "CHE", "ORG"), (None, "CHE", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "participants agreed the meetings should continue; 'After' the sessions gives no date"),
            # 4
            ("ACCUSE", "criticised", (("the churches", "criticised by"), "CHE", "ORG"), (("Swiss banks", "Swiss banks are criticised"), "CHE", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "standing criticism: banks lend support to the South African government (undated, rule 17)"),
            # 5
            ("AGREE", "assured", ("The banks", "CHE", "BUS"), ("the churchmen", "CHE", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "assurance of no intention to build up lending (promise = AGREE); relayed from the talks: undated"),
            # 6
            ("SUPPORT", "told", ("Pius Haffner", "CHE", "ORG"), (("the banks", "step forward when"), "CHE", "BUS"), ZUR,
             "1987-03-20", "day", None, "asserted", None,
             "'a small step forward when the banks say ...': mild praise of the banks' commitment"),
        ],
        "skip": [
            ("complaints", "purpose of the talks (content)"),
            (("lending", "complaints about"), "background nominal (loans to South Africa)"),
            (("said", "Association said"), "attribution of the talks"),
            ("disagreed", "mutual disagreement: no clear type (REJECT arguable)"),
            ("sanctions", "content of the disagreement"),
            ("condemn", "content of the agreement (rule 8)"),
            ("sessions", "time adjunct of the agreement (the talks; two dates)"),
            ("continue", "content of the agreement"),
            (("say", "churches who"), "content of the criticism"),
            ("lending support", "content of the criticism"),
            ("declined", "content of the assurance (statistics)"),
            ("building it up", "content of the promise"),
            ("withdrew", "content, unnamed foreign banks"),
            ("say\npublicly", "content of the quote"),
            ("jump in", "content of the quote"),
            ("pull out", "content of the quote, unnamed banks"),
        ],
        "entities": [
            ("Swiss", "NORP", "CHE"),
            ("Protestant", "NORP", None),
            ("Roman Catholic", "NORP", None),
            ("South Africa", "GPE", "ZAF"),
            ("Swiss Bankers' Association", "ORG", "CHE"),
            (("Association", "In a statement the"), "ORG", "CHE"),
            (("Swiss", "biggest Swiss"), "NORP", "CHE"),
            (("Bankers' Association", "the Bankers' Association itself"), "ORG", "CHE"),
            (("South Africa", "condemn"), "GPE", "ZAF"),
            (("Swiss", "Swiss banks are criticised"), "NORP", "CHE"),
            ("South African", "NORP", "ZAF"),
            ("Pius Haffner", "PERSON", "CHE"),
            (("Catholic", "of the Catholic"), "NORP", None),
            ("Justitia et Pax", "ORG", "CHE"),
            ("Reuters", "ORG", "GBR"),
        ],
    },
    "reuters21578-331": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Exco International Plc", "GBR", "BUS"), ("RMJ Holdings Corp", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreement in principle to buy an 80 pct stake; 'said' = attribution (11b Reuters/Sharp call)"),
            # 1
            ("STATEMENT", "told Reuters", ("Exco Chairman Richard Lacy", "GBR", "BUS"), None, LON,
             "1987-03-02", "day", None, "asserted", None, "details (sellers) of the agreed acquisition"),
            # 2
            ("COOPERATE", "offer", (("Exco", "Lacy said Exco"), "GBR", "BUS"), (("RMJ", "offer for RMJ"), "USA", "BUS"),
             None, "1985", "year", "1985", "asserted", None,
             "offer for RMJ made when Security Pacific sold it in 1985 (placed by the sale); 'Lacy said' = attribution"),
            # 3
            ("COOPERATE", "sold", ("Security Pacific Corp", "USA", "BUS"), (None, "USA", "BUS"), None,
             "1985", "year", "1985", "asserted", None,
             "sale of RMJ by Security Pacific in 1985; buyer not named (implied, USA from context)"),
            # 4
            ("STATEMENT", ("said", "Peter Goldie"), ("B and C managing director Peter Goldie", "GBR", "BUS"), None, LON,
             "1987-03-02", "day", None, "asserted", None, "price multiple of the acquisition (deal terms)"),
            # 5
            ("STATEMENT", ("said", "Lacy said that"), (("Lacy", "Lacy said that"), "GBR", "BUS"), None, LON,
             "1987-03-02", "day", None, "asserted", None, "business description of RMJ"),
        ],
        "skip": [
            (("said", "BCOM.L"), "attribution of the agreement"),
            (("buy", "agreed in principle to"), "content of the agreement (rule 8)"),
            (("acquisition", "told Reuters the"), "anaphoric nominal, content of the statement"),
            ("holds a 50.1", "ownership"),
            ("retain", "deal terms (content of the agreement)"),
            (("bought", "stakes will be"), "deal terms (content of the agreement)"),
            (("said", "Lacy said Exco"), "attribution of the offer"),
            ("considering buying", "internal deliberation, no counterpart"),
            ("valued", "valuation, no event"),
            (("bought", "RMJ would be"), "content of the statement"),
            ("suggesting", "part of the statement"),
            ("halving", "market change, no actor"),
            ("employed", "content of the statement"),
            ("provided", "business description"),
            ("given permission", "licence from an unnamed (Japanese) authority: no clear type"),
            ("open an office", "content of the permission"),
            ("contribute", "forecast with no speaker"),
        ],
        "entities": [
            ("Exco International Plc", "ORG", "GBR"),
            ("British and Commonwealth Shipping Co Plc", "ORG", "GBR"),
            ("RMJ Holdings Corp", "ORG", "USA"),
            (("Exco", "Exco Chairman"), "ORG", "GBR"),
            ("Richard Lacy", "PERSON", "GBR"),
            ("Reuters", "ORG", "GBR"),
            ("Bank of New York Co Inc", "ORG", "USA"),
            (("RMJ", "RMJ partners"), "ORG", "USA"),
            (("Bank of New York", "the remainder"), "ORG", "USA"),
            (("RMJ", "RMJ is the holding"), "ORG", "USA"),
            ("RMJ Securities", "ORG", "USA"),
            (("U.S.", "largest U.S."), "GPE", "USA"),
            (("U.S.", "sponsored by U.S."), "GPE", "USA"),
            (("Lacy", "Lacy said Exco"), "PERSON", "GBR"),
            (("Exco", "Lacy said Exco"), "ORG", "GBR"),
            (("U.S.", "buying a U.S."), "GPE", "USA"),
            (("RMJ", "offer for RMJ"), "ORG", "USA"),
            ("Security Pacific Corp", "ORG", "USA"),
            (("RMJ", "RMJ was then"), "ORG", "USA"),
            ("B and C", "ORG", "GBR"),
            ("Peter Goldie", "PERSON", "GBR"),
            (("RMJ", "said RMJ would"), "ORG", "USA"),
            (("Exco", "multiple as Exco"), "ORG", "GBR"),
            (("Lacy", "Lacy said that RMJ"), "PERSON", "GBR"),
            (("RMJ", "said that RMJ"), "ORG", "USA"),
            ("SMS", "ORG", "USA"),
            (("RMJ Securities", "RMJ Securities had offices"), "ORG", "USA"),
            (("New York", "offices in New York"), "GPE", "USA"),
            (("U.S.", "turnover of U.S."), "GPE", "USA"),
            ("London", "GPE", "GBR"),
            ("Tokyo", "GPE", "JPN"),
            (("B and C", "B and C's share"), "ORG", "GBR"),
        ],
    },
    "reuters21578-17395": {
        "events": [
            # 0
            ("STATEMENT", ("said", "directorate,"), ("Markus Lusser", *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None,
             "readiness to increase (monetary) intervention if coordinated: no type"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None, "assessment of intervention, to Swiss industrialists"),
            # 2
            ("STATEMENT", ("said", "guaranteed, Lusser"), (("Lusser", "guaranteed,"), *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None,
             "readiness to intensify central-bank cooperation (monetary cooperation: no type)"),
            # 3
            ("STATEMENT", ("said", "He said currency"), (("He", "He said currency"), *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None, "assessment"),
            # 4
            ("REQUEST", ("said", 'unavoidable,"'), (("he", 'unavoidable,"'), *SNB), ("United States", "USA", "GOV"), LIE,
             "1987-04-29", "day", None, "asserted", None,
             "US budget-deficit cut and monetary slowdown 'unavoidable' (identifiable actor told it must act)"),
            # 5
            ("STATEMENT", ("said", "earlier this week it"), (("it", "earlier this week"), *SNB), None, None,
             "1987-04", "month", "earlier this week", "asserted", None,
             "report of its own intervention (monetary op); a week kept at its month"),
            # 6
            ("STATEMENT", ("said", "Lusser said the key"), (("Lusser", "Lusser said the key"), *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None, "assessment: policy coordination is the key"),
            # 7
            ("REQUEST", "must avoid", (None, *SNB), ("industrial countries", None, "GOV"), LIE,
             "1987-04-29", "day", None, "asserted", None,
             "industrial countries must avoid abrupt policy switches (Lusser's speech, no reporting verb)"),
            # 8
            ("STATEMENT", ("said", "Lusser said the National"), (("Lusser", "Lusser said the National"), *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None, "monetary-policy stance"),
            # 9
            ("STATEMENT", "noted", (("He", "He noted"), *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None, "the 1978 precedent"),
            # 10
            ("STATEMENT", ("said", 'necessary," he'), (("he", 'necessary,"'), *SNB), None, LIE,
             "1987-04-29", "day", None, "asserted", None, "assessment (quote)"),
        ],
        "skip": [
            (("intervention", "increase its"), "monetary operation"),
            ("coordinated", "condition"),
            (("meeting", "told a"), "venue of the speech"),
            (("intervention", "that intervention"), "content, monetary operation"),
            (("support", "to support the dollar"), "content, monetary operation"),
            ("intensify\ncooperation", "monetary cooperation (concerted intervention), content"),
            ("talked", "content of the statement"),
            ("stabilise", "content of the quote"),
            (("intervened", "has intervened"), "monetary operation"),
            (("intervened", "it had intervened"), "monetary operation, content of the statement"),
            (("intervention", "currency intervention by"), "content, monetary operation"),
            ("easing", "content, domestic monetary policy"),
            ("forced", "content of the statement"),
            ("abandon", "content, domestic monetary policy (1978)"),
        ],
        "entities": [
            ("Swiss National Bank", "ORG", "CHE"),
            (("Bank", "the Bank's"), "ORG", "CHE"),
            ("Markus Lusser", "PERSON", "CHE"),
            (("Swiss", "Swiss industrialists"), "NORP", "CHE"),
            (("National Bank", "The National Bank was"), "ORG", "CHE"),
            (("Lusser", "guaranteed,"), "PERSON", "CHE"),
            ("United States", "GPE", "USA"),
            (("National Bank", "The National Bank has"), "ORG", "CHE"),
            (("Swiss", "dollar-Swiss"), "NORP", "CHE"),
            (("Lusser", "Lusser said the key"), "PERSON", "CHE"),
            (("Lusser", "Lusser said the National"), "PERSON", "CHE"),
            (("National Bank", "Lusser said the National"), "ORG", "CHE"),
            (("Swiss", "the Swiss franc"), "NORP", "CHE"),
            (("National Bank", "measures by the National"), "ORG", "CHE"),
        ],
    },
    "reuters21578-15806": {
        "events": [
            ("STATEMENT", "said", ("Hughes Tool Co", "USA", "BUS"), None, HOU,
             "1987-04-09", "day", None, "asserted", None, "weekly US rig count release"),
            ("STATEMENT", ("said", "previous week, Hughes"), (("Hughes", "previous week,"), "USA", "BUS"), None, HOU,
             "1987-04-09", "day", None, "asserted", None, "Canadian rig count"),
            ("STATEMENT", ("said", "Hughes said the total"), (("Hughes", "Hughes said the total"), "USA", "BUS"), None, HOU,
             "1987-04-09", "day", None, "asserted", None, "breakdown of the US count"),
        ],
        "skip": [
            ("rose", "statistics, no acting actor"),
            ("falling", "statistics, no acting actor"),
            ("ban", "domestic regulation, no target (Canadian road ban)"),
            (("reported", "New Mexico each"), "statistics (states' rig declines)"),
            (("reported", "Gains were"), "statistics"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Hughes Tool Co", "ORG", "USA"),
            ("Canada", "GPE", "CAN"),
            (("Canada", "85 rigs"), "GPE", "CAN"),
            (("Hughes", "previous week,"), "ORG", "USA"),
            (("Canada", "109 rigs"), "GPE", "CAN"),
            ("Louisiana", "GPE", "USA"),
            ("New Mexico", "GPE", "USA"),
            ("Kansas", "GPE", "USA"),
            ("Oklahoma", "GPE", "USA"),
            ("Wyoming", "GPE", "USA"),
            ("Texas", "GPE", "USA"),
            (("Hughes", "Hughes said the total"), "ORG", "USA"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-17748": {
        "events": [
            # 0
            ("REQUEST", "said", ("President Reagan", "USA", "GOV"), ("its allies", None, "GOV"), WA,
             "1987-06-01", "day", None, "asserted", None,
             "the US and its allies must fulfill exchange-rate agreements; the US part is the speaker's own "
             "government (not split off)"),
            # 1
            ("CONSULT", "depart", ("President Reagan", "USA", "GOV"), (None, None, "IGO"), ("Venice", "ITA"),
             "1987-06-03", "day", "on Wednesday", "planned", None,
             "trip to the Venice economic summit (participants a group: null); future Wednesday from Mon 1 June"),
            # 2
            ("AGREE", "decisions", (None, None, "GOV"), None, ("Tokyo", "JPN"),
             "1986", "year", "last year", "asserted", None,
             "policy decisions made at the Tokyo summit last year (nominal with its own predication and date)"),
            # 3
            ("CONSULT", "meetings", ("Group of 7 Finance ministers", None, "GOV"), None, None,
             "1987", "year", "this year's", "asserted", None,
             "this year's G-7 finance ministers' meetings in Paris and Washington (two places: no single location)"),
            # 4
            ("REQUEST", ("said", 'forgotten," he'), (("he", 'forgotten,"'), "USA", "GOV"), None, WA,
             "1987-06-01", "day", None, "asserted", 0, "quoted restatement of the call (later mention)"),
            # 5
            ("REQUEST", ("said", 'action," Reagan'), (("Reagan", 'action,"'), "USA", "GOV"), None, WA,
             "1987-06-01", "day", None, "asserted", 0, "quoted restatement in the pre-summit speech (later mention)"),
        ],
        "skip": [
            ("fulfill", "content of the request"),
            ("agreements", "bare nominal, content of the request"),
            (("summit", "Venice economic"), "destination of the trip"),
            ("ignored", "content of the quote"),
            ("commitments", "anaphoric nominal (the decisions of the previous quote)"),
            (("meetings", "at these meetings"), "anaphoric nominal"),
            ("translated", "content of the quote"),
            ("speech", "part of the reporting clause"),
            ("celebrating", "commemoration, no type"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Venice", "GPE", "ITA"),
            ("United States", "GPE", "USA"),
            ("Tokyo", "GPE", "JPN"),
            ("Group of 7", "ORG", None),
            ("Paris", "GPE", "FRA"),
            ("Washington", "GPE", "USA"),
            (("Reagan", 'action,"'), "PERSON", "USA"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind13b.jsonl")
