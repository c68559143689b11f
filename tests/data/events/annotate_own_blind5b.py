"""Build ``own_blind5b.jsonl``: part b of the fifth blind events set (events and entity mentions),
annotated from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind5b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl and
../shared/dev/*.jsonl (3,138 left); 32 drawn with random.Random(5301).sample, this file holds draws
24-31 (8 stories, all kept). Rules: ../shared/acceptance/event-guidelines.md, the conventions of
../shared/dev/EVENTS.md and GUIDELINES.md. Single annotator, one pass plus a check pass of every
record against its sentence.

Entity mentions (``entities``): every PERSON/ORG/GPE/LOC/NORP name in ``text`` (not title/dateline),
with the ISO alpha-3 country of the entity; null for IGOs (G-7, G-5, the U.N. and its bodies, the
World Bank, COMECON) and for regions or adjectives spanning countries ("European", "Western",
"Eastern Europe", "Southeast Asia"). Possessives are marked without "'s". Product and document names
are not entities of these types ("American Eagle" coins, "Krugerrands", the "Louvre accords", the
"International Weather and Crop sumary"), and the "U.N." inside "the U.N. Charter" is marked as the
organisation. Coordinated agency names are one span ("U.S. Agriculture and Commerce Departments").
Titles are not organisation mentions ("U.S. Treasury Secretary James Baker": "U.S." GPE and the PERSON only).
U.N. officials (Perez de Cuellar, the spokesman Giuliani) get null, as they act for the U.N. (the
same call as the event actors; their nationality is not what they stand for here).

Judgement calls made here:
* Nominal events with their own date or predication are annotated (convention 11): "This week's G-7
  meeting in Washington" (CONSULT, planned, 1987-04: a week kept at its month), "an accord reached at
  the Tokyo summit last May" (AGREE, 1986-05, group actors null), "a meeting in Paris of its G-7
  partners" on February 22 (CONSULT), "Iranian action against an American-owned tanker last week"
  (ASSAULT, 1987-10), Baker's "weekend remarks" (below). Presupposed background nominals in
  "following ..." adjuncts are skipped when old (the U.S. ban on Krugerrand imports, a SANCTION
  USA->ZAF would be defensible) but the U.S. attack on the Iranian platform, the story's own fresh
  event named with both parties, is ASSAULT (undated: no time expression governs it).
* Italy "boycotted" / "refused to attend" the Paris G-7 meeting = REJECT (refusal of a meeting, not a
  trade boycott), one event with a later mention; its target "its G-7 partners" is a group (null),
  not split into the six countries listed in apposition. Italy's exclusion from the G-5 session has
  no clear type and is skipped with the session itself.
* Baker's "weekend remarks ... that the U.S. would take another look at the accords" and his quote
  "they should not expect us to simply sit back ... and accept increased tightening" = THREATEN
  toward West Germany (a warning with a consequence), one event (the quote's "he added" is a later
  mention continuing the weekend remarks: 1987-10, "weekend" kept at its month); "said last week's
  rise ... was not in keeping with the accords" = ACCUSE West Germany, dated "On Sunday"
  (1987-10-18); its quoted restatement "said at the weekend" is a later mention keeping its own
  expression (1987-10, convention 21). "The accords were reaffirmed by the G-7 Finance Ministers
  ... last month" = AGREE (re-agreeing the accord itself; own_blind3's G-7 "reaffirmed that their
  currencies ..." was an assessment, STATEMENT). Balladur's "issued a firm call" = REQUEST to "all
  major industrial countries" (null); his quote is a later mention.
* A World Bank report "said" the Peruvian government's strategy does not offer good prospects =
  ACCUSE (criticism of the government, as the title says), a report by a named author being a
  speech act (convention 4); its advice "advised a reduction ..." = REQUEST to the implied Peruvian
  government; the Peru Report "published" it today = STATEMENT by the monthly (ORG PER); the report's
  speech acts take the DCT (rule 2), location Lima.
* Petrobras "has cancelled a ... purchase from Saudi Arabia" = SANCTION (stopping trade with a party
  in a dispute; RETREAT would be the other reading), undated. The Saudis "refused to accept credit
  guarantees from the Bank of Brazil" = REJECT; Santana's "the Saudis reported they would no longer
  accept letters of credit from the Bank of Brazil" = its later mention (relayed, undated) and
  "Brazil would have to obtain credit guarantees from leading international banks" in the same
  clause = REQUEST, trigger "have to"; "had put similar conditions on a previous shipment" = REQUEST
  (earlier demand, Brazil implied). "did not disclose reasons" = withheld STATEMENT of the Saudis
  inside the undated refusal episode: unknown (not the DCT). "had contracted to buy ... from the
  Saudis" = AGREE (as "agreed to buy"), "In February" = 1987-02. "We telexed them saying that if they
  insisted, we would rather cancel the contract" = THREATEN (undated past act; "Santana said" =
  attribution), "After Petrobras threatened to cancel" = its later mention; "the Saudis changed their
  minds and decided to accept" = RETREAT (concession) toward Petrobras. "if the Saudis ... respect the
  terms ..., then Petrobras will lift the order" = conditional promise = AGREE on "said" (GUIDELINES.md).
  Brazil's decision to halt interest payments is skipped (no type, as in events_dev).
* Japanese trading houses that "already distribute the coins in Japan" and "Nissho Iwai Corp has just
  been appointed a distributor" = COOPERATE with the U.S. Mint (implied actor2, a distribution
  contract, not a personnel appointment), undated; the "she said/added" are attribution.
  "Japan alone has imported 140,000 ounces" is trade statistics (the reporting clause is a STATEMENT).
* The U.N. Security Council "was called to a private meeting on Monday" = CONSULT planned (convened,
  not yet held when reported; the convening itself is skipped); the spokesman Giuliani's "said
  Perez de Cuellar had no comment" = withheld STATEMENT of Perez de Cuellar (null), "said" =
  attribution; "Calls to Iran's U.N. commission elicited no response" = withheld STATEMENT of the
  Iranian mission. Speech acts at the U.N. are located at the dateline ("UNITED NATIONS", USA).
* Hungary's devaluation is a unilateral monetary operation (skipped); MTI's "did not say when" is a
  withheld STATEMENT and "it expected new rates to be announced later today" a STATEMENT (forecast),
  the announcement itself being its content. Western bankers are anonymous.
* The USDA/NOAA weather summary: each "it said"/"the agency said" is a STATEMENT (10), weather is not
  an actor's act.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

ROME = ("ROME", "ITA")
PAR = ("PARIS", "FRA")
TK = ("TOKYO", "JPN")
LIMA = ("Lima", "PER")
UN = ("UNITED NATIONS", "USA")
RIO = ("RIO DE JANEIRO", "BRA")
BUD = ("BUDAPEST", "HUN")
WA = ("WASHINGTON", "USA")
ITT = ("ITA", "GOV")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-13958": {
        "events": [
            ("STATEMENT", "said", ("the Italian Treasury", *ITT), None, ROME,
             "1987-04-07", "day", None, "asserted", None, "assessment (the G-7 meeting as a chance to verify)"),
            ("AGREE", "accord", (None, None, "GOV"), None, ("Tokyo", "JPN"),
             "1986-05", "month", "last May", "asserted", None,
             "accord reached at the Tokyo summit (nominal with its own predication and date); participants "
             "a group: null"),
            ("CONSULT", "meeting", ("Group of Seven (G-7)", None, "IGO"), None, ("Washington", "USA"),
             "1987-04", "month", "This week", "planned", None,
             "this week's G-7 meeting (DCT Tuesday 7 April); a week kept at its month"),
            ("STATEMENT", ("said", "It said in"), (("It", "It said in"), *ITT), None, ROME,
             "1987-04-07", "day", None, "asserted", None, "assessment; 'in a statement' is the frame"),
            ("CONSULT", "attend", (("Italy", "Italy plans"), *ITT), (("G-7", "G-7 meeting,"), None, "IGO"),
             ("Washington", "USA"), "1987-04", "month", "This week", "planned", None,
             "Italy's planned attendance at this week's G-7 meeting (dated by the meeting)"),
            ("REJECT", "boycotted", (("Italy", "Italy boycotted"), *ITT), ("its G-7 partners", None, "GOV"),
             ("Paris", "FRA"), "1987-02-22", "day", "February 22", "asserted", None,
             "refusal to attend a meeting; target a group of countries (null), not split"),
            ("CONSULT", ("meeting", "Italy boycotted"), ("its G-7 partners", None, "GOV"), None, ("Paris", "FRA"),
             "1987-02-22", "day", "February 22", "asserted", None,
             "the Paris meeting of the G-7 partners without Italy (a group: null)"),
            ("STATEMENT", ("said", "Today's statement"), (("Italian Treasury", "Today's statement"), *ITT), None,
             ROME, "1987-04-07", "day", "Today", "asserted", None, "quoted statement (new content)"),
            ("REJECT", "refused", (("Italy", "Italy refused"), *ITT), (("G-7", "Paris G-7"), None, "GOV"),
             ("Paris", "FRA"), "1987-02-22", "day", "February 22", "asserted", 5,
             "later mention of the boycott; takes its date"),
            ("STATEMENT", ("said", "Treasury said today"), (("The Italian Treasury", "already taken"), *ITT),
             None, ROME, "1987-04-07", "day", "today", "asserted", None, "forecast"),
            ("STATEMENT", ("said", "But it said"), (("it", "But it said"), *ITT), None, ROME,
             "1987-04-07", "day", None, "asserted", None, "evaluation with no actor asked (not REQUEST)"),
        ],
        "skip": [
            ("verify", "content of the assessment"),
            ("include", "content of the accord"),
            (("talks", "(G-5)"), "content of the accord"),
            ("statement", "nominal frame of the reporting clause"),
            (("meeting", "It said in a statement the G-7"), "anaphoric nominal (this week's meeting)"),
            ("considering", "content"),
            ("excluded", "exclusion from talks (agent implied): no clear type"),
            (("talks", "earlier session"), "background nominal inside the exclusion adjunct"),
            ("denies", "generic ('Nobody denies'), not an event"),
            ("provided for", "terms of a document (the accords)"),
            ("enlargement", "content of the accord"),
            (("meeting", "Paris G-7"), "anaphoric nominal (the boycotted meeting)"),
            ("reduced", "grounds of the refusal (background complaint in a causal clause)"),
            ("agreements", "background nominal"),
            (("statement", "Today's"), "nominal frame of the reporting clause"),
            ("occur", "content of the forecast"),
            ("look", "content of the evaluation"),
        ],
        "entities": [
            ('Group of Seven', 'ORG', None), ('G-7', 'ORG', None), ('Washington', 'GPE', 'USA'),
            ('Tokyo', 'GPE', 'JPN'), ('Italy', 'GPE', 'ITA'), ('Canada', 'GPE', 'CAN'),
            ('Group of Five', 'ORG', None), ('G-5', 'ORG', None), ('Italian Treasury', 'ORG', 'ITA'),
            (('G-7', 'G-7 meeting,'), 'ORG', None), (('Italy', 'Italy plans'), 'GPE', 'ITA'),
            (('Tokyo', 'Tokyo accord'), 'GPE', 'JPN'), ('Paris', 'GPE', 'FRA'),
            (('Italy', 'Italy boycotted'), 'GPE', 'ITA'), (('Paris', 'Paris of'), 'GPE', 'FRA'),
            (('G-7', 'G-7 partners'), 'ORG', None), ('United States', 'GPE', 'USA'), ('Japan', 'GPE', 'JPN'),
            ('West Germany', 'GPE', 'DEU'), ('France', 'GPE', 'FRA'), ('Britain', 'GPE', 'GBR'),
            (('Canada', 'Canada -'), 'GPE', 'CAN'), (('G-5', 'G-5 members.'), 'ORG', None),
            (('Italian Treasury', 'Italian Treasury said-'), 'ORG', 'ITA'), (('G-5', 'G-5 but'), 'ORG', None),
            (('Tokyo', 'Tokyo accords'), 'GPE', 'JPN'), (('Italy', 'Italy and Canada whenever'), 'GPE', 'ITA'),
            (('Canada', 'Canada whenever'), 'GPE', 'CAN'), (('Italy', 'Italy refused'), 'GPE', 'ITA'),
            (('Paris', 'Paris G-7'), 'GPE', 'FRA'), (('G-7', 'G-7 meeting on'), 'ORG', None),
            (('G-5', 'G-5,'), 'ORG', None),
            (('United States', 'United States, Japan, West Germany, France and'), 'GPE', 'USA'),
            (('Japan', 'Japan, West Germany, France and'), 'GPE', 'JPN'),
            (('West Germany', 'West Germany, France and'), 'GPE', 'DEU'), (('France', 'France and'), 'GPE', 'FRA'),
            (('Britain', 'Britain,'), 'GPE', 'GBR'), (('Italy', "Italy's"), 'GPE', 'ITA'),
            (('Italian Treasury', 'Italian Treasury said today'), 'ORG', 'ITA'),
            (('Italy', 'Italy was'), 'GPE', 'ITA'), (('G-7', 'G-7 in'), 'ORG', None),
            (('G-5', 'G-5.'), 'ORG', None),
        ],
    },
    "reuters21578-21556": {
        "events": [
            ("REQUEST", "call", ("French Finance Minister Edouard Balladur", "FRA", "GOV"),
             ("all major industrial countries", None, "GOV"), PAR, "1987-10-19", "day", None, "asserted", None,
             "'issued a firm call' for adherence to the Louvre accords; target a group (null)"),
            ("THREATEN", "remarks", ("U.S. Treasury Secretary James Baker", "USA", "GOV"), (None, "DEU", "GOV"), None,
             "1987-10", "month", "weekend", "asserted", None,
             "weekend remarks that the U.S. would take another look at the accords: a warning to West Germany "
             "(consequence: reconsidering the accords); a weekend kept at its month"),
            ("REQUEST", "said", (("Balladur", "Balladur, responding"), "FRA", "GOV"),
             ("all the major industrial countries", None, "GOV"), PAR, "1987-10-19", "day", None, "asserted", 0,
             "quoted restatement of the call"),
            ("ACCUSE", ("said", "On Sunday, Baker"), (("Baker", "On Sunday, Baker"), "USA", "GOV"),
             ("West German", "DEU", "GOV"), None, "1987-10-18", "day", "On Sunday", "asserted", None,
             "criticism of West Germany's rate rise as not in keeping with the accords"),
            ("AGREE", "agreed", (None, None, "GOV"), None, ("Paris", "FRA"), "1987-02", "month", "last February",
             "asserted", None, "the Louvre accords agreed by the major countries (a group: null)"),
            ("AGREE", "reaffirmed", ("the Group of Seven Finance Ministers", None, "GOV"), None,
             ("Washington", "USA"), "1987-09", "month", "last month", "asserted", None,
             "the G-7 re-agreed the accords in Washington last month"),
            ("ACCUSE", ("said", "But Baker said"), (("Baker", "But Baker said"), "USA", "GOV"),
             (("West German", "West German rate"), "DEU", "GOV"), None, "1987-10", "month", "the weekend",
             "asserted", 3, "quoted restatement of the criticism; keeps its own time expression (convention 21)"),
            ("THREATEN", "added", (("he", "he added"), "USA", "GOV"), (("they", "really saying"), "DEU", "GOV"),
             None, "1987-10", "month", "weekend", "asserted", 1,
             "'they should not expect us to simply sit back ...': the warning restated, continuing the weekend "
             "remarks (later mention, takes their date)"),
        ],
        "skip": [
            ("application", "content of the call"),
            ("responding", "participial frame of Balladur's statement"),
            ("take another look", "content of the threat"),
            ("adherence", "content of the call"),
            ("rise", "interest-rate rise (monetary), content of the criticism"),
            ("called for", "terms of a document (the accords)"),
            ("slide", "market movement"),
            (("rise", "West German rate"), "interest-rate rise (monetary), content of the criticism"),
            (("agreed", "what we agreed"), "background reference to the accords inside the quote"),
            ("accept", "content of the threat"),
            ("follow", "content of the threat"),
        ],
        "entities": [
            ('French', 'NORP', 'FRA'), ('Edouard Balladur', 'PERSON', 'FRA'),
            (('Balladur', 'Balladur,'), 'PERSON', 'FRA'), ('U.S.', 'GPE', 'USA'), ('James Baker', 'PERSON', 'USA'),
            (('U.S.', 'U.S. Would'), 'GPE', 'USA'), (('Baker', 'Baker said'), 'PERSON', 'USA'),
            ('West German', 'NORP', 'DEU'), ('Paris', 'GPE', 'FRA'), ('Group of Seven', 'ORG', None),
            ('Washington', 'GPE', 'USA'), (('Baker', 'Baker said at'), 'PERSON', 'USA'),
            (('West German', 'West German rate'), 'NORP', 'DEU'),
        ],
    },
    "reuters21578-17273": {
        "events": [
            ("STATEMENT", "told", ("A visiting U.S. Mint official", "USA", "GOV"), None, TK,
             "1987-04-27", "day", None, "asserted", None, "market-share statistics"),
            ("STATEMENT", ("said", "She said"), ("She", "USA", "GOV"), None, TK,
             "1987-04-27", "day", None, "asserted", None, "statistics"),
            ("STATEMENT", "gave", (("She", "She gave"), "USA", "GOV"), None, TK,
             "1987-04-27", "day", None, "negated", None, "withheld figures ('gave no ... figures')"),
            ("STATEMENT", ("said", "first year, she"), (("she", "first year, she"), "USA", "GOV"), None, TK,
             "1987-04-27", "day", None, "asserted", None, "sales statistics"),
            ("STATEMENT", ("said", "the official said"), (("the official", "since November, the official"), "USA", "GOV"),
             None, TK, "1987-04-27", "day", None, "asserted", None, "import statistics (Japan's imports: no actor pair)"),
            ("STATEMENT", "adding", (("the official", "since November, the official"), "USA", "GOV"), None, TK,
             "1987-04-27", "day", None, "asserted", None, "separate reporting clause ('adding that'): assessment"),
            ("COOPERATE", "distribute", ("Sumitomo Corp and Tanaka Kikinzoku KK", "JPN", "BUS"), (None, "USA", "GOV"),
             ("Japan", "JPN"), None, "unknown", None, "asserted", None,
             "Japanese companies distribute the Mint's coins (business exchange with the implied U.S. Mint); "
             "same-country compound: one record; 'she said' = attribution"),
            ("COOPERATE", "appointed", ("Nissho Iwai Corp", "JPN", "BUS"), (None, "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "appointed a distributor by the (implied) Mint: a distribution contract, as contract awards; "
             "'just' gives no date"),
            ("STATEMENT", ("said", "investors, the Mint"), (("the Mint", "investors, the Mint"), "USA", "GOV"),
             None, TK, "1987-04-27", "day", None, "asserted", None,
             "announcement of an untyped (domestic) action: the start of coin issues"),
        ],
        "skip": [
            ("visiting", "adjectival background visit, no host named"),
            ("took", "market-share statistics"),
            ("began", "start of sales, no acting actor"),
            ("accounted", "statistics"),
            ("totalled", "statistics"),
            ("exceeding", "statistics"),
            ("imported", "trade statistics, no identified counterpart"),
            ("sees", "stative assessment (content)"),
            (("said", "in Japan, she"), "attribution (the distribution is the event)"),
            (("added", "distributor, she"), "attribution (the appointment is the event)"),
            ("Started", "domestic coin issuance: no type (content of the statement)"),
            ("ban", "presupposed background nominal (U.S. ban on Krugerrand imports; SANCTION USA->ZAF arguable)"),
            ("offer", "purpose"),
            (("statement", "the Mint said"), "nominal frame of the reporting clause"),
        ],
        "entities": [
            ('U.S. Mint', 'ORG', 'USA'), (('U.S.', 'U.S. Coins'), 'GPE', 'USA'), ('Canadian', 'NORP', 'CAN'),
            ('South African', 'NORP', 'ZAF'), (('U.S.', 'U.S. Coins in'), 'GPE', 'USA'), ('Japan', 'GPE', 'JPN'),
            (('U.S. Mint', 'U.S. Mint sees'), 'ORG', 'USA'), (('Japan', 'Japan as'), 'GPE', 'JPN'),
            ('Sumitomo Corp', 'ORG', 'JPN'), ('Tanaka Kikinzoku KK', 'ORG', 'JPN'),
            (('Japan', 'Japan,'), 'GPE', 'JPN'), ('Nissho Iwai Corp', 'ORG', 'JPN'),
            (('U.S.', 'U.S. Started'), 'GPE', 'USA'),
            (('South African', 'South African Krugerrands'), 'NORP', 'ZAF'), (('U.S.', 'U.S.,'), 'GPE', 'USA'),
            (('Mint', 'Mint said'), 'ORG', 'USA'),
        ],
    },
    "reuters21578-3351": {
        "events": [
            ("ACCUSE", "said", ("world bank", None, "IGO"), ("the government", "PER", "GOV"), LIMA,
             "1987-03-09", "day", None, "asserted", None,
             "the World Bank report criticises the government's strategy (report by a named author = speech act)"),
            ("STATEMENT", "published", ("the peru report", "PER", "ORG"), None, LIMA,
             "1987-03-09", "day", "today", "asserted", None, "a monthly publishing the report"),
            ("ACCUSE", ("said", "the peru report,"), ("The report", None, "IGO"),
             ("president alan garcia's government", "PER", "GOV"), LIMA, "1987-03-09", "day", None, "asserted", None,
             "criticism: short-term gains at the expense of the long term"),
            ("STATEMENT", "comment", ("Government officials", "PER", "GOV"), None, LIMA,
             "1987-03-09", "day", None, "negated", None, "withheld statement ('had no immediate comment')"),
            ("REQUEST", "advised", (("the report", "comment on"), None, "IGO"), (None, "PER", "GOV"), LIMA,
             "1987-03-09", "day", None, "asserted", None,
             "the report's advice to cut public investment, addressed to the implied Peruvian government"),
            ("STATEMENT", ("said", "The report said that"), (("The report", "The report said that"), None, "IGO"),
             None, LIMA, "1987-03-09", "day", None, "asserted", None, "assessment of the programme's difficulties"),
            ("STATEMENT", "added", (("it", "it added"), None, "IGO"), None, LIMA,
             "1987-03-09", "day", None, "asserted", None, "forecast"),
        ],
        "skip": [
            ("offer", "content of the criticism"),
            ("lead", "content of the criticism"),
            ("stimulating", "content"),
            ("achieve", "content"),
            ("reduction", "content of the advice"),
            ("cutting", "domestic price policy inside an assessment"),
            ("encountering", "content"),
            ("devaluation", "content of the forecast (monetary)"),
            (("easing", "an easing of"), "content of the forecast (domestic price policy)"),
        ],
        "entities": [
            ('world bank', 'ORG', None), ('peruvian', 'NORP', 'PER'), ('peru report', 'ORG', 'PER'),
            ('alan garcia', 'PERSON', 'PER'), (('peru', "peru's"), 'GPE', 'PER'),
        ],
    },
    "reuters21578-21197": {
        "events": [
            ("CONSULT", "meeting", ("The U.N. Security Council", None, "IGO"), None, UN,
             "1987-10-19", "day", "on Monday", "planned", None,
             "council convened for private consultations on Monday (= DCT), not yet held when reported"),
            ("ASSAULT", "attack", ("the United States", "USA", "MIL"), ("an Iranian oil platform", "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the story's own fresh event in a 'following' adjunct; no time expression governs it"),
            ("STATEMENT", ("said", "a U.N. spokesman"), ("a U.N. spokesman", None, "IGO"), None, UN,
             "1987-10-19", "day", None, "asserted", None, "no U.S. report received (negated content)"),
            ("STATEMENT", ("said", "President Reagan"), ("President Reagan", "USA", "GOV"), None, ("Washington", "USA"),
             "1987-10-19", "day", None, "asserted", None,
             "the U.N. is being informed (notification: no actor2 for a statement)"),
            ("STATEMENT", "comment", (("Perez de Cuellar", "said Perez de Cuellar"), None, "IGO"), None, UN,
             "1987-10-19", "day", None, "negated", None,
             "withheld statement of the Secretary General relayed by his spokesman ('said' = attribution)"),
            ("ASSAULT", ("action", "Iranian action"), (("Iranian", "Iranian action"), "IRN", "MIL"),
             ("an American-owned tanker", "USA", "BUS"), None, "1987-10", "month", "last week", "asserted", None,
             "Iran's attack on a U.S.-owned tanker last week (nominal with its own date; week kept at its month)"),
            ("STATEMENT", ("response", "elicited no"), ("Iran's U.N. commission", "IRN", "GOV"), None, UN,
             "1987-10-19", "day", None, "negated", None, "withheld statement ('elicited no response')"),
        ],
        "skip": [
            ("called", "convening of the meeting (agent unnamed; the meeting is the event)"),
            ("consultations", "purpose of the meeting (same event)"),
            ("received", "content of the spokesman's statement (U.S. report not received)"),
            (("action", "on the"), "anaphoric nominal (the attack)"),
            ("informed", "content of Reagan's statement (notification)"),
            (("attack", "informed of the"), "anaphoric nominal"),
            ("notification", "content"),
            (("said", "Francois Giuliani,"), "attribution (the withheld comment is the event)"),
            (("attack", "comment on the"), "anaphoric nominal"),
            ("taken", "anaphoric (the attack)"),
            ("trying to find out", "fact-finding: no type"),
            ("Calls", "queries by unnamed callers"),
        ],
        "entities": [
            ('U.N. Security Council', 'ORG', None), ('United States', 'GPE', 'USA'), ('Iranian', 'NORP', 'IRN'),
            (('U.N.', 'U.N. spokesman'), 'ORG', None), ('Javier Perez de Cuellar', 'PERSON', None),
            ('Americans', 'NORP', 'USA'), ('Washington', 'GPE', 'USA'), ('Reagan', 'PERSON', 'USA'),
            ('United Nations', 'ORG', None), (('U.N.', 'U.N. Charter'), 'ORG', None),
            (('U.N.', 'U.N. spokesman,'), 'ORG', None), ('Francois Giuliani', 'PERSON', None),
            (('Perez de Cuellar', 'Perez de Cuellar had'), 'PERSON', None),
            (('Iranian', 'Iranian action'), 'NORP', 'IRN'), (('American', 'American-owned'), 'NORP', 'USA'),
            (('Iran', "Iran's"), 'GPE', 'IRN'), (('U.N.', 'U.N. commission'), 'ORG', None),
        ],
    },
    "reuters21578-4689": {
        "events": [
            ("SANCTION", "cancelled", ("Brazil's state oil company Petrobras", "BRA", "BUS"), ("Saudi Arabia", "SAU", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "cancelled an oil purchase in a dispute (stopping trade); 'has cancelled' undated; 'said' = attribution"),
            ("REJECT", "refused", ("the Saudis", "SAU", "GOV"), ("the Bank of Brazil", "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None, "refused the state bank's credit guarantees; undated"),
            ("STATEMENT", "disclose", ("the Saudis", "SAU", "GOV"), None, None,
             None, "unknown", None, "negated", None, "withheld reasons, inside the undated refusal episode"),
            ("STATEMENT", "told", ("Export director Carlos Santana", "BRA", "BUS"), None, RIO,
             "1987-03-13", "day", None, "asserted", None,
             "assessment (the Saudis first to impose such conditions); Petrobras executive: BUS"),
            ("REJECT", "reported", (("the Saudis", "He said the Saudis"), "SAU", "GOV"),
             (("the Bank of Brazil", "no longer accept"), "BRA", "BUS"), None, None, "unknown", None, "asserted", 1,
             "the refusal as the Saudis reported it (relayed, undated); 'He said' = attribution"),
            ("REQUEST", "have to", (("the Saudis", "He said the Saudis"), "SAU", "GOV"),
             (("Brazil", "Brazil would"), "BRA", "GOV"), None, None, "unknown", None, "asserted", None,
             "the Saudis' demand that Brazil obtain guarantees from international banks (relayed, undated)"),
            ("AGREE", "contracted", (("Brazil", "Brazil had"), "BRA", "GOV"), (("the Saudis", "buy 125,000"), "SAU", "GOV"),
             None, "1987-02", "month", "In February", "asserted", None,
             "'contracted to buy' as 'agreed to buy' (the purchase is its content)"),
            ("STATEMENT", ("added", "Santana added"), (("Santana", "Santana added"), "BRA", "BUS"), None, RIO,
             "1987-03-13", "day", None, "asserted", None, "conditional forecast (offers from elsewhere), not a threat"),
            ("AGREE", ("said", "Santana said if"), (("Santana", "Santana said if"), "BRA", "BUS"),
             (("the Saudis", "said if the Saudis"), "SAU", "GOV"), RIO, "1987-03-13", "day", None, "asserted", None,
             "conditional promise to lift the cancellation if the Saudis respect the contract (a promise is asserted)"),
            ("REQUEST", "put", (("The Saudis", "The Saudis had put"), "SAU", "GOV"), (None, "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "earlier conditions put on a previous shipment (demand); Petrobras implied; 'he added' = attribution"),
            ("THREATEN", "telexed", ("We", "BRA", "BUS"), ("them", "SAU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "conditional threat to cancel the contract (past act, undated); 'Santana said' = attribution"),
            ("THREATEN", "threatened", (("Petrobras", "After Petrobras"), "BRA", "BUS"),
             (("the Saudis", "After Petrobras"), "SAU", "GOV"), None, None, "unknown", None, "asserted", 10,
             "later mention of the telexed threat"),
            ("RETREAT", "changed", (("the Saudis", "After Petrobras"), "SAU", "GOV"),
             (("Petrobras", "After Petrobras"), "BRA", "BUS"), None, None, "unknown", None, "asserted", None,
             "the Saudis backed down and accepted the guarantees (concession); 'he said' = attribution"),
        ],
        "skip": [
            ("purchase", "object of the cancellation"),
            (("said", "Petrobras official"), "attribution"),
            ("accept", "content of the refusal"),
            ("impose", "content of Santana's assessment"),
            ("decision", "Brazil's payment freeze: no type (as events_dev)"),
            ("halt", "Brazil's payment freeze: no type (as events_dev)"),
            (("said", "He said the Saudis"), "attribution"),
            (("accept", "no longer"), "content of the refusal"),
            ("obtain", "content of the demand"),
            ("buy", "content of the contract"),
            ("stop", "hypothetical content of a condition"),
            ("offers", "content of the forecast"),
            ("change", "condition of the promise"),
            ("respect", "condition of the promise"),
            ("lift", "content of the promise"),
            (("added", "previous shipment, he"), "attribution"),
            ("saying", "participial elaboration of the telexed threat"),
            (("cancel", "would rather"), "content of the threat"),
            (("said", "product elsewhere"), "attribution"),
            (("cancel", "threatened to"), "content of the threat"),
            ("decided", "same act as 'changed their minds' (RETREAT)"),
            (("accept", "decided to"), "same act as 'changed their minds' (RETREAT)"),
            (("said", "guarantees, he"), "attribution"),
        ],
        "entities": [
            ('Brazil', 'GPE', 'BRA'), ('Petrobras', 'ORG', 'BRA'), ('Saudi Arabia', 'GPE', 'SAU'),
            ('Saudis', 'NORP', 'SAU'), ('Bank of Brazil', 'ORG', 'BRA'),
            (('Petrobras', 'Petrobras official'), 'ORG', 'BRA'), ('Carlos Santana', 'PERSON', 'BRA'),
            (('Saudis', 'Saudis were'), 'NORP', 'SAU'), (('Brazil', "Brazil's decision"), 'GPE', 'BRA'),
            (('Saudis', 'Saudis reported'), 'NORP', 'SAU'),
            (('Bank of Brazil', 'Bank of Brazil or'), 'ORG', 'BRA'), (('Saudi', 'Saudi banks'), 'NORP', 'SAU'),
            (('Brazil', 'Brazil would'), 'GPE', 'BRA'), (('Brazil', 'Brazil had'), 'GPE', 'BRA'),
            (('Saudis', 'Saudis until'), 'NORP', 'SAU'), (('Saudi Arabia', 'Saudi Arabia is'), 'GPE', 'SAU'),
            (('Brazil', "Brazil's second"), 'GPE', 'BRA'), ('Iraq', 'GPE', 'IRQ'), ('China', 'GPE', 'CHN'),
            (('Saudis', 'Saudis wish'), 'NORP', 'SAU'), (('Santana', 'Santana added.'), 'PERSON', 'BRA'),
            (('Santana', 'Santana said'), 'PERSON', 'BRA'), (('Saudis', 'Saudis change'), 'NORP', 'SAU'),
            (('Petrobras', 'Petrobras will'), 'ORG', 'BRA'), (('Saudis', 'Saudis had'), 'NORP', 'SAU'),
            (('Santana', 'Santana said.'), 'PERSON', 'BRA'), (('Petrobras', 'Petrobras threatened'), 'ORG', 'BRA'),
            (('Saudis', 'Saudis changed'), 'NORP', 'SAU'), (('Bank of Brazil', "Bank of Brazil's"), 'ORG', 'BRA'),
        ],
    },
    "reuters21578-3461": {
        "events": [
            ("STATEMENT", "said", ("the official news agency MTI", "HUN", "ORG"), None, BUD,
             "1987-03-11", "day", None, "asserted", None, "announcement of a devaluation (monetary: no type)"),
            ("STATEMENT", "say", (("MTI", "MTI did"), "HUN", "ORG"), None, BUD,
             "1987-03-11", "day", None, "negated", None, "withheld statement ('did not say when')"),
            ("STATEMENT", "expected", (("it", "but it expected"), "HUN", "ORG"), None, BUD,
             "1987-03-11", "day", None, "asserted", None, "forecast (new rates later today)"),
        ],
        "skip": [
            ("devalue", "unilateral monetary operation"),
            ("devaluation", "anaphoric (monetary operation)"),
            ("announced", "content of the forecast (rate announcement)"),
            ("devalued", "unilateral monetary operation"),
            (("say", "Western bankers"), "anonymous-source talk (bankers)"),
        ],
        "entities": [
            ('Hungary', 'GPE', 'HUN'), ('Western', 'NORP', None), ('MTI', 'ORG', 'HUN'),
            (('MTI', 'MTI did'), 'ORG', 'HUN'), (('Hungary', 'Hungary devalued'), 'GPE', 'HUN'),
            (('Western', 'Western bankers'), 'NORP', None), (('Hungary', "Hungary's"), 'GPE', 'HUN'),
            ('COMECON', 'ORG', None),
        ],
    },
    "reuters21578-6153": {
        "events": [
            ("STATEMENT", "said",
             ("the Joint Agricultural Weather Facility of the U.S. Agriculture and Commerce Departments", "USA", "GOV"),
             None, WA, "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "the agency said mixed"), (("the agency", "the agency said mixed"), "USA", "GOV"),
             None, WA, "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "early April, it"), (("it", "early April, it"), "USA", "GOV"), None, WA,
             "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "northern India, it"), (("it", "northern India, it"), "USA", "GOV"), None, WA,
             "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "southern areas, it"), (("it", "southern areas, it"), "USA", "GOV"), None, WA,
             "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "Java, it"), (("it", "Java, it"), "USA", "GOV"), None, WA,
             "1987-03-17", "day", None, "asserted", None, "weather report ('In February' dates the flooding)"),
            ("STATEMENT", ("said", "heading stage, the agency"), (("the agency", "heading stage, the agency"), "USA", "GOV"),
             None, WA, "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "crop demands, it"), (("it", "crop demands, it"), "USA", "GOV"), None, WA,
             "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "crop growth, it"), (("it", "crop growth, it"), "USA", "GOV"), None, WA,
             "1987-03-17", "day", None, "asserted", None, "weather report"),
            ("STATEMENT", ("said", "reproductive phase, the agency"),
             (("the agency", "reproductive phase, the agency"), "USA", "GOV"), None, WA,
             "1987-03-17", "day", None, "asserted", None, "forecast"),
        ],
        "skip": [
            ("covered", "weather, no acting actor"),
            ("improved", "weather, no acting actor"),
            ("caused", "weather, no acting actor"),
            ("stressed", "weather, no acting actor"),
        ],
        "entities": [
            ('European', 'NORP', None), ('France', 'GPE', 'FRA'), ('Italy', 'GPE', 'ITA'),
            ('Greece', 'GPE', 'GRC'), ('Joint Agricultural Weather Facility', 'ORG', 'USA'),
            ('U.S. Agriculture and Commerce Departments', 'ORG', 'USA'), (('Greece', 'Greece.'), 'GPE', 'GRC'),
            ('England', 'GPE', 'GBR'), (('France', 'France, and'), 'GPE', 'FRA'),
            (('Italy', 'Italy remained'), 'GPE', 'ITA'), ('Eastern Europe', 'LOC', None),
            ('Pakistan', 'GPE', 'PAK'), ('India', 'GPE', 'IND'), (('India', 'India and'), 'GPE', 'IND'),
            (('India', 'India, reversing'), 'GPE', 'IND'), ('Philippines', 'GPE', 'PHL'), ('Luzon', 'LOC', 'PHL'),
            ('Mindanao', 'LOC', 'PHL'), ('Indonesia', 'GPE', 'IDN'), ('Malaysia', 'GPE', 'MYS'),
            ('Java', 'LOC', 'IDN'), ('Moroccan', 'NORP', 'MAR'), ('Thailand', 'GPE', 'THA'),
            ('Vietnam', 'GPE', 'VNM'), ('Southeast Asia', 'LOC', None), ('Algeria', 'GPE', 'DZA'),
            (('Algeria', 'Algeria and'), 'GPE', 'DZA'), ('Tunisia', 'GPE', 'TUN'),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind5b.jsonl")
