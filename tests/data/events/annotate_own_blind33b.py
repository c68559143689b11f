"""Build ``own_blind33b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind33b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,690 left; also minus the 16 stories drawn for own_blind32, 2,674 left); 24 drawn with random.Random(33101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
42 event records (37 first mentions, 5 later mentions), 108 not_annotated spans, 111 entity mentions;
no article without events; 16330 (Moody's), 3567 (Kuranari) and 262 (Cairo meeting) have three or fewer
records. Types: STATEMENT 19, AGREE 7, CONSULT 4, RETREAT 3, COOPERATE 2, REJECT 2, REQUEST 2, SANCTION 1,
ACCUSE 1, AID 1; modality: asserted 35, planned 6, hypothetical 1; precision: day 29, unknown 10,
month 2, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; four wrong first matches fixed that way: "Fitzwater said"
matching the lead's "Marlin Fitzwater said" (trigger, actor and entity of the later mention), "starting"
matching the April 20 implementation instead of the April 14 talks, and "protection" matching inside
"protectionist" twice; a date_text broken across lines, "last\nnight", is given as written). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("White House spokesman
Marlin Fitzwater": ORG "White House" + PERSON; "Trade Representative Clayton Yeutter", "Secretary of
State George Shultz", "Foreign Minister Vahit Halefoglu", "Egypt's Minister of State for Foreign Affairs,
Boutros Boutros Ghali": the PERSON, "Egypt" GPE), but a named department after a title is ("Deputy
Director of the Finance Ministry's Customs Administration Department": ORG "Finance Ministry" and ORG
"Customs Administration Department", TWN); a body with its country word is one ORG span ("U.S. Congress",
"Japanese Parliament", as 19a's "Iranian Parliament"); "U.S." in "U.S. Dlrs" / "U.S. Officials" / "U.S.
Calls" / "U.S. Machinery" / "the U.S. government" is a GPE; Moody's Investors Service Inc / "Moody's" ORG
USA (the text gives no nationality: the New York agency of a NEW YORK story); Societe Generale, Banque
Nationale de Paris (one span, no nested GPE, as 4b's Petroleos de Venezuela) and Credit Lyonnais ORG FRA;
Smit-Tak / "Smit" ORG NLD ("Dutch salvage firm"), Harms Bergung GmbH ORG DEU ("its West German
subsidiary"); the Rhine LOC null (a river of several countries, as the Gulf; DEU arguable for the stretch
at Karlsruhe); Karlsruhe GPE DEU; the ship names Orinoko and Pavo are not entities (4b's Pamit); the
Liberal Democratic Party / LDP and the Foreign Ministry ORG JPN; the Organisation of African Unity / OAU
ORG null; "African" NORP null (14a); Zaire GPE ZAR (the period code, set 16); Congo (Sassou-Nguesso's
Republic of the Congo) GPE COG; the Foreign Ministry of 262 ORG EGY; DECA and the "Paris" accord are not
entities; currencies, "Aaa" / "Prime-1" ratings and lower-case "parliament" / "cabinet" are not tagged.

Judgement calls made here:
* 16330 (Moody's, DCT 1987-04-13, NEW YORK): "Moody's Investors Service Inc said it may downgrade the
  top-flight Aaa ratings of Societe Generale, Banque Nationale de Paris and Credit Lyonnais" is SANCTION
  (a rating downgrade, 4b/29a; debatable) USA BUS -> the three banks (a same-country compound, one FRA
  BUS record, EVENTS.md 12), hypothetical ("may": merely considered), undated (no time expression),
  "said" rule-3 attribution (STATEMENT with the downgrade as content arguable). "The rating agency cited
  the ongoing deregulation ..." is a STATEMENT (the reasons, 4b), as is "Moody's said it anticipates
  increasing competition ..." (a forecast); both DCT. The French deregulation is a background nominal
  (domestic, no type); the current ratings, "not under review" and "may also be affected" are stative or
  agentless (skipped).
* 19238 (Smit-Tak, DCT Fri 1987-06-19, ROTTERDAM): "said it may take some three weeks to lift the Swiss
  tug ..." is a STATEMENT (a forecast; the sinking is an accident, the blocking of the Rhine its
  consequence). "Smit-Tak, which with its West German subsidiary Harms Bergung GmbH was commissioned by
  the local water authorities to raise the vessels" is a contract award (GUIDELINES.md: COOPERATE, winner
  first, the awarding buyer second), the compound winner split by country (EVENTS.md 12): Smit-Tak NLD
  BUS -> the authorities (DEU GOV: local authorities at Karlsruhe, West Germany) and Harms Bergung DEU BUS
  -> the same, both undated (a relative clause with no time expression); "said its lifting fleet was in
  position and divers had made the first inspection" and "Smit ... said the work would begin on Sunday"
  are STATEMENTs (DCT: "on Sunday" dates the work, 1987-06-21, not the saying); "is still preparing its
  final salvage plan" is one company's internal work (skipped).
* 12693 (Fitzwater / Yeutter, DCT Thu 1987-04-02, WASHINGTON): "Fitzwater said that comments made in
  congressional testimony by ... Yeutter do not reflect the government's position" is REJECT USA -> USA
  (Yeutter): disavowing another official's statement (the title's "disavows"; STATEMENT arguable), DCT;
  "Fitzwater said in a statement Yeutter's comments were in response to a hypothetical question 'and do
  not reflect the government's position'" is its later mention (the disavowal restated with the quote,
  EVENTS.md 3). '"I want to emphasize that only the president and the secretray of the treasury are
  authorized to comment on the dollar," the spokesman said' is a STATEMENT (a policy statement; REQUEST
  or ACCUSE toward Yeutter arguable). Yeutter's "replied, 'That should be a mathematical truism'", "But he
  added that markets are more complicated" and "He said he expected the current decline ... to show up
  soon ..." are STATEMENTs: the testimony has no time expression, so the wire-style verbs take the DCT
  (location WASHINGTON). "was questioned" and "asked whether" are questions, the testimony the occasion
  (skipped; CONSULT with the Senate Finance Committee arguable).
* 4633 (Tamura, DCT 1987-03-13, TOKYO): "told a parliamentary session Japan's small- and medium-sized
  enterprises are seriously suffering ..." and "He also said he still believes ... would be within
  levels agreed upon last month in Paris by six major industrial nations" are STATEMENTs (the session is
  the audience). "agreed upon last month in Paris by six major industrial nations" is AGREE by the group
  (null GOV, no actor2: own_blind3/26a's Paris accord), 1987-02 ("last month"), Paris (a participle with
  its own agent and date, EVENTS.md 11); "Finance ministers of Britain, Canada, France, Japan, the U.S.
  And West Germany agreed on February 22 to cooperate in stabilizing exchange rates" is its later mention
  (the named list taken as the group, one null record, as own_blind3, rather than six split records),
  keeping its own date 1987-02-22 (EVENTS.md 21); the cooperation is its content; the dollar's close is a
  market price.
* 16094 (Taiwan tariff cuts, DCT Sat 1987-04-11, TAIPEI): "Taiwan announced plans for another round of
  import tariff cuts on 862 foreign goods" is RETREAT TWN (dropping trade barriers, 15a/22a), planned,
  actor2 null ("foreign goods"; toward the USA arguable: the cuts answer U.S. pressure), undated (no time
  expression in its clause), "announced" rule-3 attribution; "the new tariff cuts would be implemented
  possibly starting on April 20, he added" is its later mention with its own date 1987-04-20 (EVENTS.md
  21), "added" attribution as 27a's "would take effect from July 1" (the cabinet's expected approval next
  Thursday, the first conjunct, is an internal step: skipped; a STATEMENT on "added" arguable). "which
  officials described as a move to help balance trade" is a STATEMENT by officials of Taiwan's government
  (by context, EVENTS.md 4; anonymous arguable), DCT. Wang's "told reporters the list of products
  included 60 items asked by Washington" is a STATEMENT, and "asked by Washington" a REQUEST USA -> TWN
  (implied), a participle with its own agent (EVENTS.md 11), undated. The quote "The move is part of our
  government efforts to encourage imports ..." ("he said") and "He said the ministry sent a proposal today
  to the cabinet that the tariffs ... be cut ..." are STATEMENTs (a ministry's proposal to its own cabinet
  is internal: no type, REQUEST TWN -> TWN arguable). "Taiwan introduced a sweeping tariff cut on some
  1,700 foreign products last January" is a separate RETREAT TWN -> null, 1987-01 (the most recent
  January before April 1987), trigger "cut" (the event noun after "introduced"). "Washington however was
  not satisfied with the cuts and pressed for more reductions" is REQUEST USA -> TWN ("Taipei" in the
  clause), undated (a relayed past act with no time expression, sets 15/16); "not satisfied" is stative
  (ACCUSE arguable). "a departure later today of a 15-member Taiwan delegation for Washington for a series
  of trade talks with U.S. Officials" is one CONSULT TWN -> USA on "talks" (15a's "leaves today for Ottawa
  for trade talks"; the departure skipped as part of it), planned, dated by the departure "later today"
  (1987-04-11), located in Washington; "Siew said the talks, starting on April 14, would cover ..." is its
  later mention with its own date 1987-04-14, "said" rule-3 attribution (the agenda is the talks'
  content: the U.S. calls for Taiwan to open its market, purchases of U.S. machinery, tariff cuts and
  intellectual property protection are skipped; REQUEST USA -> TWN on "Calls" arguable). The trade talks
  in the lead ("shortly before trade talks with Washington") are a background nominal in a time adjunct
  (skipped). "Vincent Siew, told reporters last night he was leaving with 'a heavy heart'" is a STATEMENT
  dated 1987-04-10 ("last night" = DCT - 1), location null (no place given, not DCT-dated); "meaning that
  he would face tough talks" is the reporter's gloss. The closing quote ("he said without elaborating") is
  one STATEMENT ("without elaborating" part of it). The deficit figures ("Taiwan's official figures
  show") are statistics from a document.
* 3567 (Kuranari, DCT Wed 1987-03-11, TOKYO): "Foreign Minister Tadashi Kuranari has cancelled a trip
  tomorrow to the U.S. ..., Foreign Ministry officials said" is a STATEMENT by officials of a named
  ministry (EVENTS.md 4): a cancellation has no type (as the team's postponements, 23a/24a), so the
  reporting clause is the record and "cancelled" / "trip" are skipped (CONSULT negated JPN -> USA,
  1987-03-12, arguable). The U.S. Congress considering trade legislation is one body's procedure, the
  budget debates and their resumption domestic parliamentary business (skipped). "after the opposition
  accused it of trying to railroad the bill through parliament" is ACCUSE JPN (the opposition,
  legislators: GOV) -> the ruling LDP ("it", JPN GOV, as 14b's ruling party), undated (no time expression).
* 5574 (U.S.-Turkey DECA, DCT Mon 1987-03-16, WASHINGTON): "The United States and Turkey signed a
  five-year defence and economic agreement (DECA)" is AGREE USA -> TUR (first-named party first), dated
  1987-03-16 by the later "Under today's agreement" (the first mention takes the later mention's time
  expression, 13b/22a; date_text "today"), location null (the text gives no place); "The agreement was
  signed by Secretary of State George Shultz and Foreign Minister Vahit Halefoglu" is its later mention
  (Shultz USA -> Halefoglu TUR, same date). The relative clause "that will channel hundreds of millions
  of dollars a year in aid to Ankara" is the agreement's content (skipped; AID planned arguable). "after
  18 months of negotiations that won Ankara considerably less than it wanted" is CONSULT USA (implied) ->
  TUR ("Ankara"), a nominal with its own predication (EVENTS.md 11), undated (a duration gives no date).
  "Under the agreement, the U.S. government pledged it would use 'vigor and determination' to persuade
  Congress to vote the money ..." is AGREE (a promise) USA -> TUR (implied), placed in today's agreement
  (rule 3): 1987-03-16; persuading Congress, the vote and the bases "in return" are its content. "Turkey
  will receive nearly 720 mln dlrs in military and economic aid this year" is AID USA (implied) -> TUR,
  planned, 1987 at year precision (an aid allocation as its own record, set 17). "Next year, the U.S.
  government has promised to ask Congress for 910 mln dlrs" is AGREE USA -> TUR (implied), undated ("Next
  year" dates the request; "has promised" has no time expression of its own, set 16's perfect verbal
  acts; placing it in today's agreement arguable); the "domestic crticism in Turkey" has no identifiable
  critic (skipped; ACCUSE arguable).
* 262 (Cairo meeting, published 1987-03-01 22:45, dateline "CAIRO, March 2": DCT 1987-03-01 per
  GUIDELINES.md): "Representatives of nine African countries will meet here on March 11 to discuss ..."
  is CONSULT by the group (null GOV, no actor2, as the Paris-accord group calls), planned, 1987-03-11,
  located in Cairo ("here"); Ghali's "said" is rule-3 attribution. "He told reporters on his return from
  Ethiopia and Djibouti that the meeting and venue had been agreed by the Organisation of African Unity"
  is AGREE by the OAU (null IGO, no named counterpart), undated (pluperfect, no time expression), "told"
  attribution; his return from Ethiopia and Djibouti is a background nominal (CONSULT EGY -> ETH / DJI
  arguable). "He said Egypt, Zambia, ... and Mali would be represented" is a STATEMENT (EGY GOV, DCT,
  CAIRO): the participants of the meeting already coded ("represented" skipped; a later mention of the
  CONSULT arguable). "Foreign Ministry sources said Congo President Denis Sassou-Nguesso would chair the
  meeting" is anonymous-source talk (skipped with its content).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind33b.jsonl"

NYC = ("NEW YORK", "USA")
ROT = ("ROTTERDAM", "NLD")
WAS = ("WASHINGTON", "USA")
TOK = ("TOKYO", "JPN")
TPE = ("TAIPEI", "TWN")
CAI = ("CAIRO", "EGY")
PARIS = ("Paris", "FRA")
WASHINGTON = ("Washington", "USA")
CAIRO = ("Cairo", "EGY")

MOODYS = ("Moody's Investors Service Inc", "USA", "BUS")
FRENCH_BANKS = ("Societe Generale, Banque Nationale de Paris and Credit Lyonnais", "FRA", "BUS")
SMIT_TAK = ("Dutch salvage firm Smit-Tak", "NLD", "BUS")
WATER_AUTHORITIES = ("the local water authorities", "DEU", "GOV")
FITZWATER = ("White House spokesman Marlin Fitzwater", "USA", "GOV")
YEUTTER = ("Trade Representative Clayton Yeutter", "USA", "GOV")
TAMURA = ("International Trade and Industry Minister Hajime Tamura", "JPN", "GOV")
WANG = ("Wang Der-Hwa, Deputy Director of the Finance Ministry's Customs Administration Department", "TWN", "GOV")
TWN_IMPLIED = (None, "TWN", "GOV")
USA_IMPLIED = (None, "USA", "GOV")
TUR_IMPLIED = (None, "TUR", "GOV")
GHALI = ("Egypt's Minister of State for Foreign Affairs, Boutros Boutros Ghali", "EGY", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16330": {
        "events": [
            # 0
            ("SANCTION", "downgrade", MOODYS, FRENCH_BANKS, None,
             None, "unknown", None, "hypothetical", None,
             "possible downgrade of the three French banks' Aaa ratings (a rating downgrade is SANCTION, 4b/29a; 'may' = "
             "merely considered: hypothetical); 'said' is rule-3 attribution; no time expression: undated; a "
             "same-country compound target, one record (EVENTS.md 12)"),
            # 1
            ("STATEMENT", "cited", ("The rating agency", "USA", "BUS"), None, NYC,
             "1987-04-13", "day", None, "asserted", None,
             "reasons given for the possible downgrade (4b's 'reasons for the downgrade'); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "Moody's said"), (("Moody's", "financial markets."), "USA", "BUS"), None, NYC,
             "1987-04-13", "day", None, "asserted", None,
             "forecast: increasing competition and reduced profitability of the banks' core businesses"),
        ],
        "skip": [
            (("said", "Service Inc"), "rule-3 attribution (the possible downgrade is the event)"),
            ("deregulation", "France's domestic deregulation: background nominal, no type (content of the reasons)"),
            ("anticipates", "content of the forecast"),
            ("competition", "content of the forecast (market conditions)"),
            ("are rated", "stative (current ratings)"),
            ("review", "stative, negated (ratings not under review; content)"),
            ("supported", "stative (letters of credit)"),
            ("affected", "hypothetical consequence with no acting actor"),
        ],
        "entities": [
            ("Moody's Investors Service Inc", "ORG", "USA"),
            ("Societe Generale", "ORG", "FRA"),
            ("Banque Nationale de Paris", "ORG", "FRA"),
            ("Credit Lyonnais", "ORG", "FRA"),
            ("French", "NORP", "FRA"),
            (("Moody's", "financial markets."), "ORG", "USA"),
        ],
    },
    "reuters21578-19238": {
        "events": [
            # 0
            ("STATEMENT", "said", SMIT_TAK, None, ROT,
             "1987-06-19", "day", None, "asserted", None,
             "forecast: lifting the sunken tug and lighter may take some three weeks (the salvage work is content; the "
             "sinking an accident); wire style: DCT, dateline city"),
            # 1
            ("COOPERATE", "commissioned", (("Smit-Tak", "blocking the Rhine"), "NLD", "BUS"), WATER_AUTHORITIES, None,
             None, "unknown", None, "asserted", None,
             "salvage contract awarded by the local (West German) water authorities: contract award = COOPERATE, winner "
             "first, awarding buyer second (GUIDELINES.md); no time expression: undated; compound winner split by "
             "country (EVENTS.md 12): Smit-Tak (NLD) here"),
            # 2
            ("COOPERATE", "commissioned", ("its West German subsidiary Harms Bergung GmbH", "DEU", "BUS"),
             WATER_AUTHORITIES, None,
             None, "unknown", None, "asserted", None,
             "the same commission, second winner of the compound: the West German subsidiary (split, EVENTS.md 12)"),
            # 3
            ("STATEMENT", ("said", "the vessels,"), (("Smit-Tak", "blocking the Rhine"), "NLD", "BUS"), None, ROT,
             "1987-06-19", "day", None, "asserted", None,
             "report: the lifting fleet is in position and divers have made the first inspection"),
            # 4
            ("STATEMENT", ("said", "salvage plan and"), (("Smit", "Smit is"), "NLD", "BUS"), None, ROT,
             "1987-06-19", "day", None, "asserted", None,
             "the work will begin on Sunday ('on Sunday' dates the work, 1987-06-21, not the saying: DCT)"),
        ],
        "skip": [
            ("lift", "content of the forecast (salvage work)"),
            ("sank", "accident (sinking)"),
            ("blocking", "consequence of an accident, no acting actor"),
            ("raise", "content of the commission (purpose)"),
            ("inspection", "content of the report"),
            ("preparing", "internal work of one company (no type)"),
            ("begin", "content of the statement (the salvage work)"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("Smit-Tak", "ORG", "NLD"),
            ("Swiss", "NORP", "CHE"),
            ("Karlsruhe", "GPE", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("Rhine", "LOC", None),
            (("Smit-Tak", "blocking the Rhine"), "ORG", "NLD"),
            (("West German", "which with its"), "NORP", "DEU"),
            ("Harms Bergung GmbH", "ORG", "DEU"),
            (("Smit", "Smit is"), "ORG", "NLD"),
        ],
    },
    "reuters21578-12693": {
        "events": [
            # 0
            ("REJECT", "said", FITZWATER, YEUTTER, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "disavowal: Yeutter's testimony comments do not reflect the government's position (rejecting another "
             "actor's statement = REJECT, as the title's 'disavows'; STATEMENT arguable); wire style: DCT"),
            # 1
            ("REJECT", ("said", "Fitzwater said in"), (("Fitzwater", "Fitzwater said in"), "USA", "GOV"),
             (("Yeutter", "in a statement"), "USA", "GOV"), WAS,
             "1987-04-02", "day", None, "asserted", 0,
             "later mention: the disavowal restated in his statement, with the quote (EVENTS.md 3)"),
            # 2
            ("STATEMENT", ("said", "the spokesman"), ("the spokesman", "USA", "GOV"), None, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "only the president and the Treasury secretary are authorized to comment on the dollar (a policy "
             "statement; REQUEST or ACCUSE toward Yeutter arguable)"),
            # 3
            ("STATEMENT", "replied", (("Yeutter", "Yeutter, asked"), "USA", "GOV"), None, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "answer in the Senate testimony: a further dollar drop should improve the deficit ('a mathematical "
             "truism'); the testimony has no time expression: wire style, DCT"),
            # 4
            ("STATEMENT", "added", (("he", "But he"), "USA", "GOV"), None, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): markets are more complicated than that"),
            # 5
            ("STATEMENT", ("said", "He said he"), (("He", "He said he"), "USA", "GOV"), None, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "forecast: the dollar's decline will show up soon in the value of imports"),
        ],
        "skip": [
            ("comments", "object of the disavowal (Yeutter's remarks)"),
            ("testimony", "occasion of Yeutter's remarks (part of the reporting frame)"),
            ("reflect", "content of the disavowal"),
            ("questioned", "question (the committee's questioning; CONSULT arguable)"),
            (("testimony", "during"), "occasion of the remarks"),
            ("statement", "part of the reporting clause"),
            (("comments", "Yeutter's"), "object of the disavowal"),
            (("question", "hypothetical"), "background nominal (the hypothetical question)"),
            ("emphasize", "part of the quoted statement (coded on 'said')"),
            (("comment", "authorized to"), "content of the statement"),
            ("asked", "question"),
            ("improve", "content of the question (statistics)"),
            ("dropped", "market-price movement (content of the question)"),
            ("expected", "content of the forecast"),
            ("decline", "market-price movement"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("Marlin Fitzwater", "PERSON", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("Yeutter", "Yeutter was"), "PERSON", "USA"),
            ("Senate Finance Committee", "ORG", "USA"),
            (("Fitzwater", "Fitzwater said in"), "PERSON", "USA"),
            (("Yeutter", "in a statement"), "PERSON", "USA"),
            (("Yeutter", "Yeutter, asked"), "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-4633": {
        "events": [
            # 0
            ("STATEMENT", "told", TAMURA, None, TOK,
             "1987-03-13", "day", None, "asserted", None,
             "assessment told to a parliamentary session: small firms suffer from the yen's rise and can only stand "
             "about 170 yen (the session is the audience, not an actor2); wire style: DCT"),
            # 1
            ("STATEMENT", "said", (("He", "He also said"), "JPN", "GOV"), None, TOK,
             "1987-03-13", "day", None, "asserted", None,
             "assessment: 170 yen plus or minus 10 would be within the levels agreed in Paris"),
            # 2
            ("AGREE", "agreed", ("six major industrial nations", None, "GOV"), None, PARIS,
             "1987-02", "month", "last month", "asserted", None,
             "the Paris accord 'agreed upon last month in Paris by six major industrial nations' (a participle with its "
             "own agent and date, EVENTS.md 11; a group: null, no actor2, as own_blind3/26a's Paris accord)"),
            # 3
            ("AGREE", ("agreed", "West Germany"),
             ("Finance ministers of Britain, Canada, France, Japan, the U.S. And West Germany", None, "GOV"), None, PARIS,
             "1987-02-22", "day", "February 22", "asserted", 2,
             "later mention: the six finance ministers agreed on February 22 to cooperate in stabilizing exchange "
             "rates (a named list of six countries taken as the group, as own_blind3; its own time expression kept, "
             "EVENTS.md 21)"),
        ],
        "skip": [
            ("suffering", "stative (content of the assessment)"),
            ("stand", "content of the assessment"),
            ("believes", "content of the statement"),
            ("cooperate", "content of the agreement"),
            ("stabilizing", "content of the agreement"),
            ("closed", "market-price movement"),
        ],
        "entities": [
            ("Hajime Tamura", "PERSON", "JPN"),
            ("Japan", "GPE", "JPN"),
            ("Paris", "GPE", "FRA"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            (("Japan", "France,"), "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
        ],
    },
    "reuters21578-16094": {
        "events": [
            # 0
            ("RETREAT", "cuts", ("Taiwan", "TWN", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "announced plans for another round of import tariff cuts (dropping trade barriers = RETREAT, 15a/22a; "
             "'foreign goods': actor2 null, toward the USA arguable); 'announced' is rule-3 attribution; no time "
             "expression in its clause: undated"),
            # 1
            ("STATEMENT", "described", ("officials", "TWN", "GOV"), None, TPE,
             "1987-04-11", "day", None, "asserted", None,
             "officials (of Taiwan's government, by context: EVENTS.md 4) describe the cuts as a move to help balance "
             "trade with the U.S.; wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", "told", WANG, None, TPE,
             "1987-04-11", "day", None, "asserted", None,
             "the list includes 60 items asked by Washington"),
            # 3
            ("REQUEST", "asked", (("Washington", "asked by"), "USA", "GOV"), TWN_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the 60 items 'asked by Washington' (a participle with its own agent, EVENTS.md 11; Taiwan implied); no "
             "time expression: undated"),
            # 4
            ("STATEMENT", ("said", "particularly from the United"), (("he", "States,\""), "TWN", "GOV"), None, TPE,
             "1987-04-11", "day", None, "asserted", None,
             "quote: the move is part of government efforts to encourage imports, particularly from the U.S."),
            # 5
            ("STATEMENT", ("said", "He said the ministry"), (("He", "He said the ministry"), "TWN", "GOV"), None, TPE,
             "1987-04-11", "day", None, "asserted", None,
             "the ministry sent a proposal to the cabinet today to cut tariffs by 5-50 pct (a proposal inside one "
             "government: no type, so the reporting clause is a STATEMENT)"),
            # 6
            ("RETREAT", "implemented", TWN_IMPLIED, None, None,
             "1987-04-20", "day", "April 20", "planned", 0,
             "later mention: the new tariff cuts would be implemented possibly starting on April 20 (its own time "
             "expression kept, EVENTS.md 21); 'he added' is rule-3 attribution (27a's 'would take effect from')"),
            # 7
            ("RETREAT", ("cut", "a sweeping tariff"), (("Taiwan", "Taiwan introduced"), "TWN", "GOV"), None, None,
             "1987-01", "month", "last January", "asserted", None,
             "the earlier sweeping tariff cut on 1,700 foreign products introduced last January (RETREAT, actor2 null as "
             "the first mention); 'last January' from April 1987 = 1987-01"),
            # 8
            ("REQUEST", "pressed", (("Washington", "Washington however"), "USA", "GOV"),
             (("Taipei", "deficit with"), "TWN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Washington pressed for more reductions (pressure = REQUEST); relayed past act with no time expression: "
             "undated (set 15/16's 'pressed')"),
            # 9
            ("CONSULT", ("talks", "series of trade"), ("a 15-member Taiwan delegation", "TWN", "GOV"),
             ("U.S. Officials", "USA", "GOV"), WASHINGTON,
             "1987-04-11", "day", "later today", "planned", None,
             "delegation leaving later today for Washington for trade talks with U.S. officials (one CONSULT on 'talks', "
             "the departure part of it, as 15a's 'leaves today for Ottawa for trade talks'; dated by the departure)"),
            # 10
            ("STATEMENT", ("told", "Vincent Siew,"), ("The delegation's leader, Vincent Siew", "TWN", "GOV"), None, None,
             "1987-04-10", "day", "last\nnight", "asserted", None,
             "he was leaving with 'a heavy heart' (tough talks expected); 'last night' = DCT - 1; no place given: "
             "location null"),
            # 11
            ("CONSULT", ("talks", "Siew said the"), TWN_IMPLIED, USA_IMPLIED, WASHINGTON,
             "1987-04-14", "day", "April 14", "planned", 9,
             "later mention: 'the talks, starting on April 14, would cover ...' (its own time expression kept, "
             "EVENTS.md 21; the talks' agenda is their content, so 'said' is rule-3 attribution)"),
            # 12
            ("STATEMENT", ("said", "U.S.,\""), (("he", "U.S.,\""), "TWN", "GOV"), None, TPE,
             "1987-04-11", "day", None, "asserted", None,
             "quote: Taiwan will have to give more than take in the talks (assessment)"),
        ],
        "skip": [
            ("announced", "rule-3 attribution (the planned tariff cuts are the event)"),
            ("plans", "frame of the planned cuts (coded on 'cuts')"),
            (("talks", "shortly before trade"), "background nominal in a time adjunct (the talks are coded below)"),
            ("move", "anaphoric nominal (the cuts), content of the description"),
            ("balance", "purpose (content of the description)"),
            (("move", "\"The"), "anaphoric nominal (content of the quote)"),
            ("efforts", "content of the quote"),
            ("encourage", "content of the quote"),
            ("sent", "a ministry proposal to its own cabinet: internal, no type (REQUEST TWN -> TWN arguable)"),
            ("proposal", "object of the internal proposal"),
            (("cut", "television sets be"), "content of the proposal"),
            ("approval", "cabinet approval of its ministry's proposal: internal, no type"),
            ("added", "rule-3 attribution (the implementation of the cuts is the event)"),
            ("aimed", "purpose of the cut"),
            (("reduce", "helping"), "purpose of the cut"),
            ("satisfied", "stative (ACCUSE arguable)"),
            (("cuts", "satisfied with the"), "anaphoric nominal"),
            ("reductions", "content of the request"),
            (("cutting", "as a way of"), "purpose (content of the request)"),
            ("rose", "statistics"),
            ("widened", "statistics"),
            ("show", "a document (official figures): not a speech act"),
            ("announcement", "anaphoric nominal (the announcement of the cuts)"),
            ("departure", "part of the trip coded on 'talks'"),
            ("leaving", "content of the statement"),
            ("meaning", "the reporter's gloss of the quote"),
            ("face", "content of the statement"),
            (("talks", "tough"), "content of the statement (the talks, coded elsewhere)"),
            ("sentiments", "stative"),
            (("said", "Siew said"), "rule-3 attribution (the talks' agenda is their content)"),
            (("starting", "the talks,"), "part of the talks' dating"),
            ("cover", "content (the talks' agenda)"),
            ("Calls", "content of the talks' agenda (U.S. calls for Taiwan to open its market; REQUEST USA -> TWN "
                      "arguable)"),
            ("open", "content of the agenda"),
            ("purchases", "content of the agenda (COOPERATE arguable)"),
            (("cuts", "import tariff cuts and"), "content of the agenda"),
            (("protection", "tariff cuts and"), "content of the agenda"),
            ("give more", "content of the quote"),
            ("elaborating", "part of the reporting clause ('said without elaborating')"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("Washington", "GPE", "USA"),
            ("United States", "GPE", "USA"),
            ("Wang Der-Hwa", "PERSON", "TWN"),
            ("Finance Ministry", "ORG", "TWN"),
            ("Customs Administration Department", "ORG", "TWN"),
            (("Washington", "asked by"), "GPE", "USA"),
            (("United States", "particularly from the"), "GPE", "USA"),
            (("Taiwan", "Taiwan introduced"), "GPE", "TWN"),
            (("United States", "surplus with the"), "GPE", "USA"),
            (("Washington", "Washington however"), "GPE", "USA"),
            (("Taipei", "deficit with"), "GPE", "TWN"),
            (("Washington", "Washington's deficit"), "GPE", "USA"),
            (("Taipei", "Washington's deficit with"), "GPE", "TWN"),
            (("U.S.", "13.6"), "GPE", "USA"),
            (("Taiwan", "a year earlier,"), "GPE", "TWN"),
            (("Taiwan", "15-member"), "GPE", "TWN"),
            (("Washington", "delegation for"), "GPE", "USA"),
            (("U.S.", "series of trade talks with"), "GPE", "USA"),
            ("Vincent Siew", "PERSON", "TWN"),
            (("Washington", "tough talks in"), "GPE", "USA"),
            ("U.S. Congress", "ORG", "USA"),
            (("Taiwan", "Taiwan's 1986"), "GPE", "TWN"),
            (("Washington", "1986 trade surplus with"), "GPE", "USA"),
            (("Japan", "third largest"), "GPE", "JPN"),
            (("Canada", "Japan and"), "GPE", "CAN"),
            (("Siew", "Siew said"), "PERSON", "TWN"),
            (("U.S.", "would cover"), "GPE", "USA"),
            (("Taiwan", "Calls for"), "GPE", "TWN"),
            ("American", "NORP", "USA"),
            (("U.S.", "purchases of major"), "GPE", "USA"),
            (("U.S.", "our talks with the"), "GPE", "USA"),
        ],
    },
    "reuters21578-3567": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Foreign Ministry officials", "JPN", "GOV"), None, TOK,
             "1987-03-11", "day", None, "asserted", None,
             "Kuranari has cancelled tomorrow's trip to the U.S. (officials of a named ministry, EVENTS.md 4; a "
             "cancellation has no type, as the team's postponements 23a/24a, so the reporting clause is a STATEMENT; "
             "CONSULT negated JPN -> USA on 'trip' arguable); wire style: DCT, dateline city"),
            # 1
            ("ACCUSE", "accused", ("the opposition", "JPN", "GOV"), (("it", "accused"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the opposition accused the ruling LDP of trying to railroad the budget bill through parliament; no time "
             "expression: undated"),
        ],
        "skip": [
            ("cancelled", "cancellation of a trip: no type (content of the statement; CONSULT negated arguable)"),
            ("trip", "the cancelled trip (content of the statement; CONSULT negated 1987-03-12 arguable)"),
            ("cancellation", "anaphoric nominal"),
            ("consider", "legislative procedure of one body (no type)"),
            (("cutting", "aimed at"), "purpose of the legislation"),
            ("attend", "domestic parliamentary business (no type)"),
            ("debates", "internal parliamentary debate"),
            ("forced", "domestic parliamentary procedure (no type)"),
            ("resume", "internal parliamentary debate"),
            ("railroad", "content of the accusation"),
        ],
        "entities": [
            ("Tadashi Kuranari", "PERSON", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("Japanese Parliament", "ORG", "JPN"),
            ("Foreign Ministry", "ORG", "JPN"),
            ("U.S. Congress", "ORG", "USA"),
            ("America", "GPE", "USA"),
            (("Japan", "much of which is with"), "GPE", "JPN"),
            (("Kuranari", "Kuranari has to"), "PERSON", "JPN"),
            ("Liberal Democratic Party", "ORG", "JPN"),
            ("LDP", "ORG", "JPN"),
        ],
    },
    "reuters21578-5574": {
        "events": [
            # 0
            ("AGREE", "signed", ("The United States", "USA", "GOV"), ("Turkey", "TUR", "GOV"), None,
             "1987-03-16", "day", "today", "asserted", None,
             "the five-year defence and economic agreement (DECA) signed; dated by the later mention 'today's "
             "agreement' (the first mention takes the later mention's time expression, 13b/22a)"),
            # 1
            ("AGREE", ("signed", "was signed"), ("Secretary of State George Shultz", "USA", "GOV"),
             ("Foreign Minister Vahit Halefoglu", "TUR", "GOV"), None,
             "1987-03-16", "day", "today", "asserted", 0,
             "later mention: signed by Shultz and Halefoglu (the two signatories as actor1 / actor2)"),
            # 2
            ("CONSULT", "negotiations", USA_IMPLIED, (("Ankara", "won"), "TUR", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "18 months of negotiations that won Ankara less than it wanted (a nominal with its own predication, "
             "EVENTS.md 11; the U.S. side implied); a duration gives no date: undated"),
            # 3
            ("AGREE", "pledged", (("the U.S. government", "Under the agreement,"), "USA", "GOV"), TUR_IMPLIED, None,
             "1987-03-16", "day", "today", "asserted", None,
             "pledge to use 'vigor and determination' to persuade Congress to vote the money (a promise = AGREE, toward "
             "Turkey, implied); made 'Under the agreement': placed in today's agreement (rule 3)"),
            # 4
            ("AID", "receive", USA_IMPLIED, (("Turkey", "1990,"), "TUR", "GOV"), None,
             "1987", "year", "this year", "planned", None,
             "Turkey will receive nearly 720 mln dlrs in military and economic aid this year under the agreement "
             "(an aid allocation, set 17's call; the U.S. donor implied); 'this year' = 1987"),
            # 5
            ("AGREE", "promised", (("the U.S. government", "Next year,"), "USA", "GOV"), TUR_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "promise to ask Congress for 910 mln dlrs next year (a promise = AGREE toward Turkey, implied); 'Next year' "
             "dates the request, and 'has promised' has no time expression of its own: undated (set 16's perfect "
             "verbal acts)"),
        ],
        "skip": [
            ("channel", "content of the agreement (relative clause; AID planned arguable)"),
            (("aid", "dollars a year in"), "content of the agreement"),
            (("agreement", "The agreement was"), "anaphoric nominal (subject of 'signed')"),
            ("won", "outcome of the negotiations (content)"),
            (("agreement", "Under the agreement,"), "anaphoric nominal (frame of the pledge)"),
            ("persuade", "content of the pledge"),
            ("vote", "content of the pledge (Congress's appropriation)"),
            ("build up", "content of the pledge"),
            ("return", "content of the agreement (U.S. bases in exchange: COOPERATE arguable)"),
            (("agreement", "today's"), "anaphoric nominal (today's agreement)"),
            ("runs", "stative (the agreement's term)"),
            ("ask", "content of the promise (a request to Congress)"),
            (("agreement", "910 mln dlrs under an"), "anaphoric nominal"),
            ("crticism", "domestic criticism with no identifiable critic (ACCUSE arguable)"),
            ("winning", "content of the criticism"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Turkey", "GPE", "TUR"),
            ("Ankara", "GPE", "TUR"),
            ("George Shultz", "PERSON", "USA"),
            ("Vahit Halefoglu", "PERSON", "TUR"),
            (("Ankara", "won"), "GPE", "TUR"),
            (("U.S.", "Under the agreement, the"), "GPE", "USA"),
            ("Congress", "ORG", "USA"),
            ("Turkish", "NORP", "TUR"),
            (("U.S.", "in return for"), "GPE", "USA"),
            (("Turkey", "1990,"), "GPE", "TUR"),
            (("U.S.", "Next year, the"), "GPE", "USA"),
            (("Congress", "promised to ask"), "ORG", "USA"),
            (("Turkey", "crticism in"), "GPE", "TUR"),
        ],
    },
    "reuters21578-262": {
        "events": [
            # 0
            ("CONSULT", "meet", ("Representatives of nine African countries", None, "GOV"), None, CAIRO,
             "1987-03-11", "day", "March 11", "planned", None,
             "nine African countries' representatives will meet in Cairo ('here') on March 11 (a group: null, no "
             "actor2, as the Paris-accord group calls); Ghali's 'said' is rule-3 attribution"),
            # 1
            ("AGREE", "agreed", ("the Organisation of African Unity", None, "IGO"), None, None,
             None, "unknown", None, "asserted", None,
             "the meeting and venue agreed by the OAU (an IGO: null, no named counterpart); pluperfect with no time "
             "expression: undated; 'told' is rule-3 attribution"),
            # 2
            ("STATEMENT", ("said", "He said Egypt"), (("He", "He said Egypt"), "EGY", "GOV"), None, CAI,
             "1987-03-01", "day", None, "asserted", None,
             "the nine countries to be represented at the meeting (participants of the meeting already coded: a "
             "STATEMENT; a later mention of the CONSULT arguable); wire style: DCT (published_at 1987-03-01, dateline "
             "March 2), dateline city"),
        ],
        "skip": [
            (("said", "Boutros Ghali,"), "rule-3 attribution (the planned meeting is the event)"),
            ("discuss", "purpose of the meeting"),
            ("told", "rule-3 attribution (the OAU's agreement is the event)"),
            ("return", "background nominal (his return from a trip to Ethiopia and Djibouti; CONSULT arguable)"),
            (("meeting", "that the"), "anaphoric nominal (subject of 'agreed')"),
            ("represented", "content of the statement (the meeting's participants)"),
            (("said", "Foreign Ministry sources"), "anonymous-source talk (ministry sources)"),
            ("chair", "content of anonymous talk"),
        ],
        "entities": [
            ("African", "NORP", None),
            (("African", "discuss the"), "NORP", None),
            ("Chad", "GPE", "TCD"),
            ("Egypt", "GPE", "EGY"),
            ("Boutros Boutros Ghali", "PERSON", "EGY"),
            ("Ethiopia", "GPE", "ETH"),
            ("Djibouti", "GPE", "DJI"),
            ("Organisation of African Unity", "ORG", None),
            ("OAU", "ORG", None),
            (("Egypt", "He said"), "GPE", "EGY"),
            ("Zambia", "GPE", "ZMB"),
            (("Djibouti", "Zambia,"), "GPE", "DJI"),
            ("Zaire", "GPE", "ZAR"),
            ("Uganda", "GPE", "UGA"),
            ("Sierra Leone", "GPE", "SLE"),
            ("Congo", "GPE", "COG"),
            ("Algeria", "GPE", "DZA"),
            ("Mali", "GPE", "MLI"),
            ("Foreign Ministry", "ORG", "EGY"),
            (("Congo", "sources said"), "GPE", "COG"),
            ("Denis Sassou-Nguesso", "PERSON", "COG"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
