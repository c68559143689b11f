"""Build ``iaa24a.jsonl``: an independent second annotation of the 8 articles of ``own_blind24a``, for an
inter-annotator agreement check. It was written from the article texts alone, without looking at
``own_blind24a.jsonl`` or ``annotate_own_blind24a.py`` (nor at any system output), by the same rules.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_iaa24a.py /path/to/reuters21578.jsonl.gz

Sample (that of own_blind24a): the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,811 left); 24 drawn with random.Random(24101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
30 event records (28 first mentions, 2 later mentions), 80 not_annotated spans, 83 entity mentions;
no article without events; 15505 (Thesing bond), 4881 (Italian rates) and 4714 (Subroto on OPEC) have
STATEMENTs only. Types: STATEMENT 20, AID 3, CONSULT 3, AGREE 2, REQUEST 1, COOPERATE 1; modality:
asserted 23, planned 4, negated 3; precision: day 20, unknown 8, year 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); bracketed company names are tagged without the brackets, tickers left out; job titles are
not part of a PERSON span ("Prime Minister Jacques Chirac", "White House spokesman Marlin Fitzwater":
"White House" ORG and the PERSON; "Rep. David Bonior": the PERSON); "Reagan administration" gives PERSON
"Reagan"; a place inside an organisation's name is not tagged separately ("Istituto Bancario San Paolo
di Torino", "First Los Angeles Bank", "Bank of Italy", "San Paolo U.S. Holding Co"); a body with its
country word is one ORG span ("U.S. Congress"); San Paolo U.S. Holding Co (of Wilmington in the U.S.),
Valley National Bank (of California) and First Los Angeles Bank are ORG USA, the Italian parent and
"San Paolo" ORG ITA; Nissan Mexicana SA de CV ORG MEX, Nissan / Nissan Motor Co Ltd and Marubeni Corp
ORG JPN, Ford / Chrysler ORG USA; the Thesing companies (of Coesfeld, West Germany) ORG DEU; the lead
managers Fintrelex SA and E.Gutzwiller und Cie, Banquiers ORG CHE (a Swiss franc issue led from Zurich;
no country in the text, null arguable, EVENTS.md 15); "Swiss" in "Swiss franc" NORP CHE; OPEC, "OPEC
Differentials Committee" (one span), the World Bank, the European Community / EC / "EC Commission" ORG
null; Jacques Delors (president of the EC Commission) PERSON null (head of an international body, as
21b / 23a); "Contra" / "Contras" / "contras" NORP NIC (22b); "Democrat", "Democratic" NORP USA (12b /
21b); "House of Representatives", "House", "Congress", "White House" ORG USA; "Iran" in "the secret Iran
arms sales" is a GPE mention; currencies and bonds are not entities.

Judgement calls made here:
* 5609 (San Paolo / Valley National Bank): "said its fully-owned <San Paolo U.S. Holding Co> of
  Wilmington in the U.S. had signed a letter of intent to acquire <Valley National Bank> of California"
  is AGREE (letter of intent = AGREE, 9b / 23a) on "signed", the U.S. holding company (USA BUS: the
  country the text gives it, "of Wilmington in the U.S."; ITA for the Italian parent's arm arguable)
  -> Valley National Bank (USA BUS, the company to be acquired, 15a), undated (pluperfect, no time
  expression), "said" rule-3 attribution and "acquire" content. "San Paolo said in a statement that,
  subject to obtaining official authorization ..., it would merge Valley National Bank with its
  subsidiary <First Los Angeles Bank>" is a STATEMENT (ITA BUS, DCT, TURIN): merging the bank to be
  acquired into its own subsidiary is an internal reorganisation of the group's units, under a
  condition (skipped; COOPERATE hypothetical arguable). "Value of the planned acquisition was not
  disclosed" is a withheld STATEMENT (negated, DCT), San Paolo implied (ITA BUS).
* 18939 (World Bank loan to China): as events_dev's Uganda loan (19371): "The World Bank said it
  approved a 97.4 mln dlr loan for China" is AID (null IGO -> CHN GOV) on "approved", undated (rule 17),
  "said" attribution; the two later "the bank said" / "It said" clauses describing the project are
  STATEMENTs (DCT, WASHINGTON); the purposes (boost output, efficiency, reduce imbalances) are content.
* 2525 (Contra aid): "The Reagan administration issued a formal statement to Congress designed to free
  the remaining 40 mln dlrs in 1987 aid for the U.S.-backed 'Contra' rebels" is AID USA -> the Contra
  rebels (NIC ORG, as 22b), planned (the release is the statement's design, with Congress's 15-day
  window still open), undated (no time expression for the release); the formal statement is the
  vehicle of the release (skipped as attribution; REQUEST toward Congress, as 17a's package
  "transmitted to Congress", arguable). "the last instalment of 100 mln dlrs voted by Congress for the
  Contras" is a separate AID (Congress -> the Contras, implied), asserted, undated here (no time
  expression in the text). "Congress now has 15 days to disapprove" is a statutory window (hypothetical
  REJECT, skipped). Fitzwater's quote is a STATEMENT (DCT). "The long-awaited administration move
  followed by one day President Reagan's speech to the nation on a report on the secret Iran arms
  sales" : the speech is a STATEMENT by Reagan with its own date, one day before the administration's
  move, which is the statement issued today (a wire report of a statement: DCT), so 1987-03-04,
  location null; the move is anaphoric, the report a document, the arms sales to Iran and the
  diversion of profits to the contras background nominals (COOPERATE USA -> IRN and AID arguable, no
  date). "In the House of Representatives earlier today, Rep. David Bonior ... told reporters Democratic
  leaders in the House had decided to push for a 180-day moratorium on further aid" is a STATEMENT (USA
  GOV, 1987-03-05 by "earlier today", located in the House): the leaders' decision to push for a
  moratorium is a legislative initiative inside Congress with no named target (skipped; REQUEST
  planned or a SANCTION-like aid cut toward the Contras arguable). "He said the House would vote next
  Wednesday" is a STATEMENT (DCT); the vote is an internal vote of one body (skipped).
* 4714 (Subroto on OPEC): all speech by Indonesia's energy minister (IDN GOV), DCT. "said OPEC is
  deliberately under its production ceiling ... to defend its 18 dlr ... price target" is a STATEMENT
  (OPEC's own production and price policy has no type, EVENTS.md 10's domestic price measures); the
  quote '"We are deliberately defending the price, ..." he stated' is its quoted restatement (later
  mention). "He told reporters at an energy conference in Jakarta that OPEC had decided to maintain its
  price level" is a STATEMENT (OPEC's decision: price policy, no type), located in Jakarta. "he said
  this would be decided at the next OPEC meeting in June" is a STATEMENT (the question is skipped; the
  OPEC meeting is a meeting of one body inside the statement, skipped as in own_blind3 / 5a; CONSULT
  planned 1987-06 arguable), '"We will discuss the market situation then," he added' a second STATEMENT
  (EVENTS.md 3; the discussion is content). "He said a meeting of the OPEC Differentials Committee had
  been postponed" is a STATEMENT (a postponement has no type, 23a), "He did not elaborate" a withheld
  STATEMENT (negated, 11a); the committee "had originally been due to meet in Vienna this week" is an
  internal meeting (skipped).
* 15505 (Thesing bond): the lead managers' "said" is one STATEMENT (own_blind2 / 7a / 14b lead-manager
  call; the two Swiss banks are one same-country compound, EVENTS.md 12), DCT, ZURICH; the issue, the
  subscription period and the guarantee by the issuer's sister companies are corporate finance.
* 12564 (Chirac / EC farm policy): every "said" is by "French official sources" / "They" / "the sources"
  (anonymous, skipped), but an event with an identifiable agent inside that talk is coded (23b): "Prime
  Minister Jacques Chirac planned to urge EC Commission president Jacques Delors to send a team of
  experts to Washington" is REQUEST FRA -> Delors (null IGO), planned, undated ("as soon as possible"
  qualifies the sending). "Chirac returned to Paris this morning after three days of talks in New York
  and Washington" : the return has no type (skipped); the talks are CONSULT FRA -> USA (implied host),
  located in New York and Washington; they end before this morning's return and so span the three days
  before 2 April (30 March - 1 April), across two months, hence kept at the year, 1987 (date_text "this
  morning", which fixes them; unknown arguable). The possible trade dispute, the "urgent action ... to
  explain EC farm policy" and the EC Commission proposal to tax vegetable oils are content of the
  anonymous talk / a bare nominal (skipped; SANCTION hypothetical by the EC toward the USA arguable for
  the proposal).
* 14830 (Nissan / Mexican units of Ford and Chrysler): "Nissan Motor Co Ltd is negotiating the supply of
  car components to Mexican units of Ford Motor Co and Chrysler Corp, a Nissan spokeswoman said" is
  CONSULT JPN BUS -> the Mexican units (MEX BUS, one same-country compound), undated (present
  progressive, no time expression: 14a / 17a), "said" attribution; "Nissan is negotiating a similar deal
  to supply Ford's Mexican unit" restates the Ford part of it (later mention; "said" attribution), and
  "without providing further details" is a withheld STATEMENT (negated, DCT) by the spokeswoman. "It
  [Nissan Mexicana] expects to win orders for precision casting parts ..." is COOPERATE planned (a
  contract award, own_dev: the winner MEX BUS as actor1, the buyer implied, MEX BUS: the parts go to
  Chrysler's Mexican unit), undated; a STATEMENT reading of "expects" is arguable (no reporting verb).
  "These will supply output of 70,000 mid-size cars a year at Chrysler's Mexican unit, the spokeswoman
  said" is a STATEMENT (the deal's volume: content). "The company is expected to reach agreements with
  both U.S. Car makers sometime this year, she said" is AGREE planned JPN -> USA ("both U.S. Car makers":
  the country the text gives; MEX for their Mexican units arguable) on the event noun "agreements",
  1987 ("this year"), "said" attribution. "Nissan Mexicana will invest about 400 mln yen to improve
  production facilities after the agreements are signed, she said" is a STATEMENT (an investment in its
  own plant has no type; "signed" is anaphoric to the expected agreements in a temporal clause).
  Ownership shares are not events.
* 4881 (Italian interbank rate): "figures from the Bank of Italy show" is a document (6b), the rate
  movements statistics. "Italy today announced that its official discount rate would be cut" is a
  STATEMENT (ITA GOV, 1987-03-13 by "today", ROME): the announcement of a monetary operation, the cut
  itself skipped (EVENTS.md 10).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

TUR = ("TURIN", "ITA")
WAS = ("WASHINGTON", "USA")
JAK = ("JAKARTA", "IDN")
ZUR = ("ZURICH", "CHE")
TOK = ("TOKYO", "JPN")
ROM = ("ROME", "ITA")

SAN_PAOLO = (("San Paolo", "California.\n    San Paolo"), "ITA", "BUS")
CONTRAS = ('"Contra" rebels', "NIC", "ORG")
BONIOR = ("Rep. David\nBonior", "USA", "GOV")
SUBROTO = ("Indonesian Energy Minister Subroto", "IDN", "GOV")
NISSAN = ("Nissan Motor Co Ltd", "JPN", "BUS")
SPOKESWOMAN = ("a Nissan spokeswoman", "JPN", "BUS")
CHIRAC = ("Prime Minister Jacques Chirac", "FRA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5609": {
        "events": [
            # 0
            ("AGREE", "signed", ("San Paolo U.S. Holding\nCo", "USA", "BUS"), ("Valley National Bank", "USA", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "letter of intent to acquire Valley National Bank (letter of intent = AGREE; target = actor2); the U.S. "
             "holding company as the text places it (ITA arguable); pluperfect, no time expression"),
            # 1
            ("STATEMENT", ("said", "San Paolo said"), SAN_PAOLO, None, TUR,
             "1987-03-16", "day", None, "asserted", None,
             "plan, subject to authorization, to merge the bank into its own subsidiary First Los Angeles Bank "
             "(internal reorganisation: no type)"),
            # 2
            ("STATEMENT", "disclosed", (None, "ITA", "BUS"), None, TUR,
             "1987-03-16", "day", None, "negated", None,
             "withheld statement: value of the planned acquisition not disclosed (San Paolo implied)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the letter of intent is the event)"),
            ("acquire", "content of the letter of intent"),
            ("statement", "part of the reporting clause"),
            ("obtaining", "condition ('subject to ... authorization')"),
            ("authorization", "condition ('subject to ... authorization')"),
            ("merge", "internal reorganisation of the group's own units, conditional (COOPERATE hypothetical arguable)"),
            ("acquisition", "anaphoric nominal (the planned acquisition)"),
        ],
        "entities": [
            ("Italian", "NORP", "ITA"),
            ("Istituto Bancario San\nPaolo di Torino", "ORG", "ITA"),
            ("San Paolo U.S. Holding\nCo", "ORG", "USA"),
            ("Wilmington", "GPE", "USA"),
            (("U.S.", "Wilmington in the"), "GPE", "USA"),
            ("Valley National Bank", "ORG", "USA"),
            ("California", "GPE", "USA"),
            (("San Paolo", "California.\n    San Paolo"), "ORG", "ITA"),
            (("Valley National Bank", "merge"), "ORG", "USA"),
            ("First Los Angeles\nBank", "ORG", "USA"),
        ],
    },
    "reuters21578-18939": {
        "events": [
            ("AID", "approved", ("The World Bank", None, "IGO"), ("China", "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "97.4 mln dlr loan for China (as events_dev's Uganda loan); no time expression -> unknown; 'said' is "
             "attribution"),
            ("STATEMENT", ("said", "the bank said"), ("the bank", None, "IGO"), None, WAS,
             "1987-06-18", "day", None, "asserted", None, "description of the project the loan supports"),
            ("STATEMENT", ("said", "It said"), (("It", "It said"), None, "IGO"), None, WAS,
             "1987-06-18", "day", None, "asserted", None, "further aims of the project"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the loan is the event)"),
            ("help", "purpose of the loan"),
            ("boost", "purpose of the loan"),
            ("increase", "purpose of the loan"),
            (("loan", "The 20-year"), "anaphoric nominal (the loan)"),
            ("supports", "the loan's purpose, not verbal support of an actor"),
            ("improving", "content (the project's aim)"),
            ("seeks", "content (the project's aim)"),
            ("reduce", "content (the project's aim)"),
            ("building", "content (the project's aim)"),
            (("improve", "and to improve"), "content (the project's aim)"),
            ("introducing", "content (the project's aim)"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("China", "GPE", "CHN"),
        ],
    },
    "reuters21578-2525": {
        "events": [
            # 0
            ("AID", "free", ("The Reagan administration", "USA", "GOV"), CONTRAS, None,
             None, "unknown", None, "planned", None,
             "formal statement to Congress designed to free the remaining 40 mln dlrs of 1987 aid for the Contras "
             "(release planned, Congress's 15-day window open); no time expression for the release"),
            # 1
            ("AID", "voted", (("Congress", "voted by"), "USA", "GOV"), (("the Contras", "voted by Congress for"), "NIC", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "the 100 mln dlr aid voted by Congress for the Contras (appropriation); no time expression in the text"),
            # 2
            ("STATEMENT", "said", ("White House spokesman Marlin Fitzwater", "USA", "GOV"), None, WAS,
             "1987-03-05", "day", None, "asserted", None, "assessment: prospects for approval very good"),
            # 3
            ("STATEMENT", "speech", ("President Reagan", "USA", "GOV"), None, None,
             "1987-03-04", "day", "followed by one day", "asserted", None,
             "speech to the nation on the Iran arms report, one day before the administration's move (issued today)"),
            # 4
            ("STATEMENT", "told", BONIOR, None, ("House of Representatives", "USA"),
             "1987-03-05", "day", "earlier today", "asserted", None,
             "Democratic leaders decided to push for a 180-day moratorium on further aid (legislative initiative: "
             "content; REQUEST planned arguable)"),
            # 5
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "USA", "GOV"), None, WAS,
             "1987-03-05", "day", None, "asserted", None, "the House will vote next Wednesday (internal vote: content)"),
        ],
        "skip": [
            ("statement", "vehicle of the aid release (rule-3 attribution; REQUEST toward Congress arguable)"),
            ("backed", "standing support (descriptive compound 'U.S.-backed')"),
            (("aid", "The aid is"), "anaphoric nominal (the 40 mln dlrs)"),
            ("spent", "content (use of the aid)"),
            ("disapprove", "statutory window: hypothetical disapproval by Congress (REJECT hypothetical arguable)"),
            ("approval", "content of the statement (hypothetical approval)"),
            ("move", "anaphoric nominal (the administration's statement)"),
            ("report", "document (background of the speech)"),
            ("arms sales", "background nominal (COOPERATE USA -> IRN arguable, no date)"),
            ("diversion", "background nominal (profits diverted to the contras; AID arguable)"),
            ("decided", "decision of a party group inside Congress: content of the statement"),
            ("push for", "legislative initiative with no named target: content (REQUEST planned arguable)"),
            ("moratorium", "content (proposed halt of aid)"),
            (("vote", "would vote"), "internal vote of one body (content of the statement)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Contra", "NORP", "NIC"),
            ("Nicaragua", "GPE", "NIC"),
            (("Congress", "voted by"), "ORG", "USA"),
            ("Contras", "NORP", "NIC"),
            (("Congress", "Congress now"), "ORG", "USA"),
            ("White House", "ORG", "USA"),
            ("Marlin Fitzwater", "PERSON", "USA"),
            (("Reagan", "President Reagan's"), "PERSON", "USA"),
            ("Iran", "GPE", "IRN"),
            (("Iran", "sales to"), "GPE", "IRN"),
            ("contras", "NORP", "NIC"),
            ("House of Representatives", "ORG", "USA"),
            ("David\nBonior", "PERSON", "USA"),
            ("Michigan", "GPE", "USA"),
            ("Democrat", "NORP", "USA"),
            ("Democratic", "NORP", "USA"),
            (("House", "leaders\nin the"), "ORG", "USA"),
            (("House", "He said the"), "ORG", "USA"),
        ],
    },
    "reuters21578-4714": {
        "events": [
            # 0
            ("STATEMENT", "said", SUBROTO, None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "OPEC deliberately below its ceiling to defend the 18 dlr price (OPEC price policy: no type)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "IDN", "GOV"), None, ("Jakarta", "IDN"),
             "1987-03-13", "day", None, "asserted", None,
             "OPEC decided to maintain its price level (price policy: no type), told at an energy conference in Jakarta"),
            # 2
            ("STATEMENT", "stated", (("he", "he stated"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", 0,
             "later mention: quoted restatement of the first paraphrase (defending the price)"),
            # 3
            ("STATEMENT", ("said", "barrel, he said"), (("he", "barrel, he said"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "a production increase would be decided at the next OPEC meeting in June"),
            # 4
            ("STATEMENT", "added", (("he", "he added"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None, "OPEC will discuss the market situation then (EVENTS.md 3)"),
            # 5
            ("STATEMENT", ("said", "He said a meeting"), (("He", "He said a meeting"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "the Differentials Committee meeting postponed (a postponement has no type)"),
            # 6
            ("STATEMENT", "elaborate", (("He", "He did not"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "negated", None, "withheld statement: did not elaborate"),
        ],
        "skip": [
            ("defend", "content of the statement (OPEC price policy)"),
            ("conference", "venue of the statement"),
            (("decided", "OPEC had"), "content: OPEC's price decision (price policy, no type)"),
            ("maintain", "content: OPEC's price policy"),
            ("defending", "content of the quote (price policy)"),
            ("Asked", "question"),
            (("increase", "OPEC would"), "content of the question (hypothetical production change)"),
            (("decided", "this would be"), "content of the statement"),
            (("meeting", "next OPEC"), "OPEC meeting inside the statement (own_blind3 / 5a; CONSULT planned arguable)"),
            ("discuss", "content of the statement (OPEC's own meeting)"),
            (("meeting", "He said a"), "internal meeting of one body (OPEC committee)"),
            ("postponed", "postponement: no type"),
            (("meeting", "need for the"), "internal meeting (content of the quote)"),
            (("meet", "due to"), "internal meeting of one body (the committee), background"),
        ],
        "entities": [
            ("Indonesian", "NORP", "IDN"),
            ("Subroto", "PERSON", "IDN"),
            ("OPEC", "ORG", None),
            ("Jakarta", "GPE", "IDN"),
            (("OPEC", "that OPEC"), "ORG", None),
            (("OPEC", "so OPEC"), "ORG", None),
            (("OPEC", "Asked if"), "ORG", None),
            (("OPEC", "next OPEC"), "ORG", None),
            ("OPEC Differentials Committee", "ORG", None),
            ("Vienna", "GPE", "AUT"),
        ],
    },
    "reuters21578-15505": {
        "events": [
            ("STATEMENT", "said", ("joint lead managers Fintrelex SA and E.Gutzwiller und\nCie, Banquiers", "CHE", "BUS"),
             None, ZUR, "1987-04-09", "day", None, "asserted", None,
             "lead managers announcing a bond issue (the issue is corporate finance); same-country compound, one record"),
        ],
        "skip": [
            ("is issuing", "corporate finance (bond issue)"),
            ("Subscription", "bond terms (subscription period)"),
            ("guaranteed", "guarantee of the issue by group companies (corporate finance)"),
        ],
        "entities": [
            ("Thesing-Verwaltungsgesellschaft GmbH", "ORG", "DEU"),
            ("Coesfeld", "GPE", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("Swiss", "NORP", "CHE"),
            ("Fintrelex SA", "ORG", "CHE"),
            ("E.Gutzwiller und\nCie, Banquiers", "ORG", "CHE"),
            ("Schallplattentruhe A. Thesing\nGmbH und Co Kommanditgesellschaft", "ORG", "DEU"),
            ("Martin\nThesing Handelsgesellschaft", "ORG", "DEU"),
        ],
    },
    "reuters21578-12564": {
        "events": [
            # 0
            ("REQUEST", ("urge", "planned to"), CHIRAC, ("EC Commission president Jacques Delors", None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "Chirac plans to urge Delors to send experts to Washington (relayed by anonymous sources; the agent is "
             "identifiable); 'as soon as possible' qualifies the sending: undated"),
            # 1
            ("CONSULT", "talks", (("Chirac", "Chirac returned"), "FRA", "GOV"), (None, "USA", "GOV"),
             ("New York and Washington", "USA"), "1987", "year", "this morning", "asserted", None,
             "three days of talks in the U.S. ending before this morning's return (30 March - 1 April: two months, "
             "kept at the year)"),
        ],
        "skip": [
            ("enter into", "hypothetical, content of anonymous talk"),
            ("dispute", "hypothetical trade dispute (content of anonymous talk)"),
            ("action", "condition inside anonymous talk"),
            ("explain", "condition inside anonymous talk"),
            ("said", "anonymous-source talk (French official sources)"),
            (("said", "They said"), "anonymous-source talk"),
            ("planned", "modal of the planned request"),
            ("send", "content of the request"),
            ("returned", "return home from a visit: no type"),
            ("featured", "stative (topics of the talks)"),
            ("tension", "background (trade tension)"),
            ("proposal", "bare nominal in anonymous talk (EC tax proposal; SANCTION hypothetical toward the USA arguable)"),
            (("tax", "proposal to"), "content of the proposal"),
            (("said", "the sources said"), "anonymous-source talk"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("European Community", "ORG", None),
            (("EC", "explain"), "ORG", None),
            ("U.S. Congress", "ORG", "USA"),
            ("French", "NORP", "FRA"),
            ("Jacques Chirac", "PERSON", "FRA"),
            ("EC Commission", "ORG", None),
            ("Jacques Delors", "PERSON", None),
            ("Washington", "GPE", "USA"),
            (("Chirac", "Chirac returned"), "PERSON", "FRA"),
            ("Paris", "GPE", "FRA"),
            ("New York", "GPE", "USA"),
            (("Washington", "New York and"), "GPE", "USA"),
            (("EC Commission", "At the centre"), "ORG", None),
        ],
    },
    "reuters21578-14830": {
        "events": [
            # 0
            ("CONSULT", "negotiating", NISSAN,
             ("Mexican units of\nFord Motor Co <F> and Chrysler Corp", "MEX", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "negotiating the supply of car components to the Mexican units of Ford and Chrysler (same-country "
             "compound); present progressive, no time expression; 'said' is attribution"),
            # 1
            ("COOPERATE", "win", (("It", "It expects"), "MEX", "BUS"), (None, "MEX", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Nissan Mexicana expects to win parts orders (contract award; the buyer implied, Chrysler's Mexican "
             "unit); no time expression"),
            # 2
            ("STATEMENT", ("said", "Mexican unit, the spokeswoman"), (("the spokeswoman", "Mexican unit, the spokeswoman"),
             "JPN", "BUS"), None, TOK, "1987-04-08", "day", None, "asserted", None,
             "the parts will supply 70,000 cars a year at Chrysler's Mexican unit (volume of the deal)"),
            # 3
            ("CONSULT", ("negotiating", "Nissan is"), (("Nissan", "Nissan is negotiating"), "JPN", "BUS"),
             ("Ford's\nMexican unit", "MEX", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the similar deal under negotiation with Ford's Mexican unit"),
            # 4
            ("STATEMENT", "providing", (("the\nspokeswoman", "engines, the"), "JPN", "BUS"), None, TOK,
             "1987-04-08", "day", None, "negated", None, "withheld statement: without providing further details"),
            # 5
            ("AGREE", "agreements", ("The company", "JPN", "BUS"), ("both U.S.\nCar makers", "USA", "BUS"), None,
             "1987", "year", "this year", "planned", None,
             "expected agreements with Ford and Chrysler sometime this year; 'said' is attribution"),
            # 6
            ("STATEMENT", ("said", "are signed, she"), (("she", "are signed, she"), "JPN", "BUS"), None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "Nissan Mexicana will invest 400 mln yen in its facilities after the agreements (no type)"),
        ],
        "skip": [
            ("supply", "content of the negotiations"),
            ("said", "rule-3 attribution (the negotiations are the event)"),
            ("owned", "ownership, no event"),
            (("supply", "These will"), "content of the statement (volume of the deal)"),
            (("deal", "similar"), "object of the negotiations"),
            (("supply", "similar deal to"), "content of the negotiations"),
            (("said", "engines, the\nspokeswoman"), "rule-3 attribution (the Ford negotiations)"),
            ("expected", "modal of the planned agreement"),
            (("said", "this year, she"), "rule-3 attribution (the expected agreements)"),
            ("invest", "investment in its own facilities: no type (content of the statement)"),
            (("improve", "400 mln yen to"), "purpose (content)"),
            ("signed", "anaphoric (the expected agreements) in a temporal clause"),
        ],
        "entities": [
            ("Nissan Motor Co Ltd", "ORG", "JPN"),
            ("Mexican", "NORP", "MEX"),
            ("Ford Motor Co", "ORG", "USA"),
            ("Chrysler Corp", "ORG", "USA"),
            (("Nissan", "a Nissan"), "ORG", "JPN"),
            ("Nissan Mexicana SA de CV", "ORG", "MEX"),
            (("Nissan", "96.4 pct by"), "ORG", "JPN"),
            ("Marubeni Corp", "ORG", "JPN"),
            (("Chrysler", "cars a year at"), "ORG", "USA"),
            (("Mexican", "Chrysler's"), "NORP", "MEX"),
            (("Nissan", "Nissan is negotiating"), "ORG", "JPN"),
            (("Ford", "similar deal to supply"), "ORG", "USA"),
            (("Mexican", "Ford's"), "NORP", "MEX"),
            (("U.S.", "both"), "GPE", "USA"),
            (("Nissan Mexicana", "Nissan Mexicana will"), "ORG", "MEX"),
        ],
    },
    "reuters21578-4881": {
        "events": [
            ("STATEMENT", "announced", (("Italy", "Italy today"), "ITA", "GOV"), None, ROM,
             "1987-03-13", "day", "today", "asserted", None,
             "announcement of a discount rate cut effective tomorrow (the cut is a monetary operation, EVENTS.md 10)"),
        ],
        "skip": [
            ("rose", "statistics (rate movement)"),
            ("show", "a document ('figures ... show'), not a speech act (6b)"),
            ("eased", "statistics (rate movement)"),
            ("cut", "discount rate cut (unilateral monetary operation)"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Bank of Italy", "ORG", "ITA"),
            (("Italy", "Italy today"), "GPE", "ITA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "iaa24a.jsonl")
