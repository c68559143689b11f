"""Build ``own_blind24a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind24a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,811 left); 24 drawn with random.Random(24101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
31 event records (29 first mentions, 2 later mentions), 73 not_annotated spans, 83 entity mentions;
no article without events; 15505 (Thesing bond) and 4881 (Italian rates) have one reporting-clause
STATEMENT each. Types: STATEMENT 20, AID 3, CONSULT 3, AGREE 2, REQUEST 2, COOPERATE 1; modality:
asserted 23, planned 5, negated 3; precision: day 20, unknown 10, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; three wrong first matches fixed: "urge" in "urgent", the
first "Congress", "he" inside "then"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span; "Reagan" in "The Reagan administration" is a
PERSON mention; bracketed company names are tagged without brackets, tickers left out; a subsidiary
takes the country the text gives it (San Paolo U.S. Holding Co "of Wilmington in the U.S." ORG USA,
as 15a's S.G. Warburg (USA) Inc; Nissan Mexicana SA de CV ORG MEX), the country inside a name is not
tagged separately (First Los Angeles Bank, Bank of Italy, "U.S. Congress" one ORG span USA); "Contra",
"Contras", "contras" NORP NIC (22b); "Democrat" / "Democratic" NORP USA (21b); "House" and "House of
Representatives" ORG USA; OPEC and the "OPEC Differentials Committee" (one span) ORG null; the World
Bank, the European Community / EC / EC Commission ORG null, Jacques Delors PERSON null (head of an
international body, 23a); "Swiss" in "Swiss franc" NORP CHE; the Swiss-franc lead managers Fintrelex SA
and "E.Gutzwiller und Cie, Banquiers" ORG CHE (Zurich issue; nationality not stated, null arguable);
the guarantor "Schallplattentruhe A. Thesing GmbH und Co Kommanditgesellschaft, Martin Thesing
Handelsgesellschaft" tagged as two ORG spans DEU (comma-separated names of the Thesing group);
Marubeni Corp ORG JPN, Ford Motor Co / Ford and Chrysler Corp / Chrysler ORG USA; Vienna GPE AUT.

Judgement calls made here:
* 5609 (San Paolo / Valley National Bank): "its fully-owned San Paolo U.S. Holding Co of Wilmington
  in the U.S. had signed a letter of intent to acquire Valley National Bank of California" is AGREE
  (letter of intent, 9b / 23a) on "signed", the acquiring subsidiary USA BUS (the text places it in
  the U.S.; ITA for the Italian parent arguable) -> Valley National Bank USA BUS, undated (pluperfect,
  no time expression), the parent's "said" rule-3 attribution and "acquire" content (EVENTS.md 8).
  "San Paolo said in a statement that, subject to obtaining official authorization ..., it would merge
  Valley National Bank with its subsidiary First Los Angeles Bank" is a STATEMENT (ITA BUS, a state
  bank: BUS; DCT, TURIN): merging the acquired bank into its own unit is an internal reorganisation,
  conditional (skipped). "Value of the planned acquisition was not disclosed" is a withheld
  STATEMENT (negated, agent implied: San Paolo, ITA BUS).
* 18939 (World Bank loan for China): "The World Bank said it approved a 97.4 mln dlr loan for China"
  is AID null IGO -> CHN on "approved", undated (6a's call), "said" attribution; the two following
  "the bank said" / "It said" clauses about the project's aims are STATEMENTs (DCT, WASHINGTON);
  purposes, "supports" (the loan's purpose) and the anaphoric "loan" are skipped (events_dev 19371).
* 2525 (contra aid): "The Reagan administration issued a formal statement to Congress designed to
  free the remaining 40 mln dlrs in 1987 aid for the U.S.-backed 'Contra' rebels" gives two records:
  a STATEMENT on "statement" (a notification to Congress, not a request: Congress only may disapprove;
  REQUEST USA -> USA arguable, as 17a / 23b's packages sent to Congress), wire style with no time
  expression: DCT, WASHINGTON; and AID USA -> the contra rebels (NIC ORG, 22b) on "free", planned
  (the move is designed to release the aid), undated. "the last instalment of 100 mln dlrs voted by
  Congress for the Contras" is a separate AID Congress -> the Contras on "voted", asserted, undated
  (13a / 22b's aid voted by Congress; no time expression here). "Congress now has 15 days to
  disapprove" is an option, not an act (skipped; REJECT hypothetical arguable). Fitzwater's "said" is
  a STATEMENT (DCT). "The long-awaited administration move followed by one day President Reagan's
  speech to the nation" codes the speech as a STATEMENT by Reagan dated 1987-03-04 (one day before the
  move, which is dated by the DCT; a nominal with its own agent and date, EVENTS.md 11); the move is
  anaphoric and the report, the Iran arms sales and the diversion of profits are background nominals
  (skipped; COOPERATE USA -> IRN arguable for the sales, no agent named). "Rep. David Bonior ... told
  reporters Democratic leaders in the House had decided to push for a 180-day moratorium on further
  aid" is REQUEST planned by the House Democratic leaders (USA GOV) with actor2 null (no target named;
  USA arguable), undated: "earlier today" dates the telling, which is rule-3 attribution, and the
  pluperfect decision is undated (23b / own_blind call); "He said the House would vote next
  Wednesday" is a STATEMENT (DCT; the vote is an internal vote of one body, skipped).
* 4714 (Subroto on OPEC): all seven clauses are STATEMENTs by the Indonesian minister (IDN GOV, DCT,
  JAKARTA; "told reporters at an energy conference in Jakarta" located in Jakarta): OPEC's output
  restraint and its decision to maintain the 18 dlr price are a body's own price policy (no type,
  skipped); the quote '"We are deliberately defending the price ...," he stated' restates the opening
  paraphrase (later mention, EVENTS.md 3); "he said this would be decided at the next OPEC meeting in
  June" and '"We will discuss the market situation then," he added' are two records (the OPEC
  meeting and discussion are internal to one body and content, skipped; CONSULT planned arguable);
  "He said a meeting of the OPEC Differentials Committee had been postponed" is a STATEMENT (a
  postponement has no type); "He did not elaborate" a withheld STATEMENT (negated); the committee's
  originally planned meeting in Vienna is skipped.
* 15505 (Thesing bond): the joint lead managers' "said" is one STATEMENT (own_blind2 / 14b / 23a lead
  manager call; both coded CHE BUS as Swiss banks of a Zurich issue, a same-country compound; null
  arguable as nationality is not stated), DCT, ZURICH; the issue, the subscription period and the
  guarantee by an affiliated Thesing company are corporate finance (skipped; AID arguable for the
  guarantee).
* 12564 (France, EC farm policy): every "said" is by "French official sources" / "They" / "the
  sources" (anonymous, EVENTS.md 4: skipped); the hypothetical trade dispute and the condition are
  their content. "Prime Minister Jacques Chirac planned to urge EC Commission president Jacques Delors
  to send a team of experts to Washington" is REQUEST FRA -> Delors (null IGO), planned, undated ("as
  soon as possible" governs the sending), an identifiable agent's act inside anonymous talk (23b).
  "Chirac returned to Paris this morning after three days of talks in New York and Washington" is
  CONSULT FRA -> USA (implied host, text null), asserted, undated: the talks are a duration ending
  before this morning's return and straddle March/April, so no single value (1987-03-30 by their
  start arguable); the return home has no type. The EC Commission's proposal to tax vegetable oils is
  a background nominal in anonymous talk (skipped; SANCTION hypothetical arguable).
* 14830 (Nissan in Mexico): "Nissan Motor Co Ltd is negotiating the supply of car components to
  Mexican units of Ford Motor Co and Chrysler Corp" is CONSULT JPN BUS -> the Mexican units (MEX BUS,
  one record: a same-country compound, EVENTS.md 12), undated (present progressive with no time
  expression, 14a), the spokeswoman's "said" attribution; "Nissan is negotiating a similar deal to
  supply Ford's Mexican unit" is its later mention ("said" attribution) and "without providing further
  details" a withheld STATEMENT (negated, DCT, TOKYO). "It [Nissan Mexicana] expects to win orders
  for precision casting parts ..." is COOPERATE planned MEX BUS -> the buyer implied (Chrysler's
  Mexican unit per the next sentence, MEX BUS; own_dev's contract winners first), undated (a forecast:
  skip arguable, as 23a's "expects further orders"). "These will supply output of 70,000 mid-size
  cars a year at Chrysler's Mexican unit, the spokeswoman said" is a STATEMENT (volume, no act).
  "The company is expected to reach agreements with both U.S. Car makers sometime this year" is AGREE
  planned Nissan (JPN BUS, "the company" following "Nissan is negotiating") -> the U.S. car makers
  (USA BUS, the text's own wording this time), 1987 ("this year"), "said" attribution. "Nissan
  Mexicana will invest about 400 mln yen to improve production facilities after the agreements are
  signed, she said" is a STATEMENT (investment in its own plant has no type; the agreements in the
  temporal clause are anaphoric, skipped). Ownership shares are stative.
* 4881 (Italian interbank rate): the Bank of Italy "figures ... show" is a document, the rate
  movements statistics (skipped); "Italy today announced that its official discount rate would be cut
  ... effective tomorrow" is a STATEMENT (ITA GOV, 1987-03-13 by "today", ROME); the cut is monetary
  policy (skipped).
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
JAKARTA = ("Jakarta", "IDN")
NY_WASHINGTON = ("New York and Washington", "USA")

SAN_PAOLO_US = ("San Paolo U.S. Holding\nCo", "USA", "BUS")
VALLEY = ("Valley National Bank", "USA", "BUS")
WORLD_BANK = ("The World Bank", None, "IGO")
REAGAN_ADMIN = ("The Reagan administration", "USA", "GOV")
CONTRAS = ('the U.S.-backed "Contra" rebels', "NIC", "ORG")
BONIOR = (("He", "He said the House"), "USA", "GOV")
SUBROTO = ("Indonesian Energy Minister Subroto", "IDN", "GOV")
CHIRAC = ("Prime Minister Jacques Chirac", "FRA", "GOV")
NISSAN = ("Nissan Motor Co Ltd", "JPN", "BUS")
NISSAN_SPOKESWOMAN = ("a Nissan spokeswoman", "JPN", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5609": {
        "events": [
            # 0
            ("AGREE", "signed", SAN_PAOLO_US, VALLEY, None,
             None, "unknown", None, "asserted", None,
             "letter of intent to acquire Valley National Bank (letter of intent = AGREE, 9b/23a); the acquiring "
             "subsidiary is 'of Wilmington in the U.S.' (USA; ITA for the parent arguable); pluperfect, no time "
             "expression; the parent's 'said' is rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "San Paolo said"), (("San Paolo", "San Paolo said"), "ITA", "BUS"), None, TUR,
             "1987-03-16", "day", None, "asserted", None,
             "it would merge Valley with its own subsidiary First Los Angeles Bank, subject to authorization "
             "(merger of two units under one owner: no type)"),
            # 2
            ("STATEMENT", "disclosed", (None, "ITA", "BUS"), None, TUR,
             "1987-03-16", "day", None, "negated", None,
             "withheld statement: value of the acquisition not disclosed (agent implied: San Paolo)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the letter of intent is the event)"),
            ("acquire", "content of the letter of intent (EVENTS.md 8)"),
            ("statement", "part of the reporting clause"),
            ("obtaining", "condition (subject to authorization)"),
            ("authorization", "condition (subject to authorization)"),
            ("merge", "merger of the acquired bank with the buyer's own subsidiary: internal reorganisation, "
                      "conditional content of the statement (no type)"),
            ("acquisition", "anaphoric nominal (the planned acquisition)"),
        ],
        "entities": [
            ("Italian", "NORP", "ITA"),
            ("Istituto Bancario San Paolo di Torino", "ORG", "ITA"),
            ("San Paolo U.S. Holding Co", "ORG", "USA"),
            ("Wilmington", "GPE", "USA"),
            (("U.S.", "Wilmington in the"), "GPE", "USA"),
            ("Valley National Bank", "ORG", "USA"),
            ("California", "GPE", "USA"),
            (("San Paolo", "San Paolo said"), "ORG", "ITA"),
            (("Valley National Bank", "would merge"), "ORG", "USA"),
            ("First Los Angeles Bank", "ORG", "USA"),
        ],
    },
    "reuters21578-18939": {
        "events": [
            # 0
            ("AID", "approved", WORLD_BANK, ("China", "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "97.4 mln dlr loan approved for China (as own_blind6a's 'approved'); 'said' is rule-3 attribution; no "
             "time expression"),
            # 1
            ("STATEMENT", ("said", "the bank said"), (("the bank", "the bank said"), None, "IGO"), None, WAS,
             "1987-06-18", "day", None, "asserted", None, "description of the project the loan supports"),
            # 2
            ("STATEMENT", ("said", "It said"), (("It", "It said"), None, "IGO"), None, WAS,
             "1987-06-18", "day", None, "asserted", None, "further aims of the project"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the loan approval is the event)"),
            ("help", "purpose of the loan"),
            ("increase", "purpose of the loan"),
            (("loan", "The 20-year"), "anaphoric nominal (the approved loan)"),
            ("supports", "the loan's purpose, not verbal support of an actor"),
            ("improving", "content of the statement (project aims)"),
            ("seeks", "content of the statement (project aims)"),
            ("reduce", "content of the statement"),
            ("building", "content of the statement"),
            (("improve", "production and to"), "content of the statement"),
            ("introducing", "content of the statement"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("China", "GPE", "CHN"),
        ],
    },
    "reuters21578-2525": {
        "events": [
            # 0
            ("STATEMENT", "statement", REAGAN_ADMIN, None, WAS,
             "1987-03-05", "day", None, "asserted", None,
             "formal statement (notification) to Congress designed to free the remaining contra aid; a notification, "
             "not a request (REQUEST toward Congress arguable); wire style, no time expression: DCT"),
            # 1
            ("AID", "free", REAGAN_ADMIN, CONTRAS, None,
             None, "unknown", None, "planned", None,
             "the move is designed to release the remaining 40 mln dlrs of 1987 aid to the contras (intended: planned; "
             "22b's contra aid); no time expression for the release"),
            # 2
            ("AID", "voted", (("Congress", "voted by"), "USA", "GOV"), (("the Contras", "voted by Congress"), "NIC", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "the 100 mln dlrs voted by Congress for the contras (13a's aid voted by Congress, 22b); no time "
             "expression"),
            # 3
            ("STATEMENT", "said", ("White House spokesman Marlin Fitzwater", "USA", "GOV"), None, WAS,
             "1987-03-05", "day", None, "asserted", None, "assessment: prospects for approval very good"),
            # 4
            ("STATEMENT", "speech", ("President Reagan", "USA", "GOV"), None, None,
             "1987-03-04", "day", "by one day", "asserted", None,
             "Reagan's speech to the nation, which the administration move (dated by the DCT) followed by one day "
             "(nominal with its own agent and date, EVENTS.md 11)"),
            # 5
            ("REQUEST", "push", ("Democratic leaders in the House", "USA", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "House Democratic leaders had decided to push for a 180-day moratorium on further contra aid (pressure "
             "for a measure; no target named: actor2 null, USA arguable); Bonior's 'told ... earlier today' is "
             "rule-3 attribution dating the telling, the pluperfect decision is undated"),
            # 6
            ("STATEMENT", ("said", "He said the House"), BONIOR, None, WAS,
             "1987-03-05", "day", None, "asserted", None,
             "the House will vote next Wednesday (the vote is an internal vote of one body)"),
        ],
        "skip": [
            (("aid", "The aid is"), "anaphoric nominal (the 40 mln dlrs)"),
            ("spent", "use of the aid (content)"),
            ("disapprove", "Congress's option to disapprove within 15 days: hypothetical, no act (REJECT "
                           "hypothetical arguable)"),
            ("approval", "content of the statement"),
            ("move", "anaphoric nominal (the administration's formal statement)"),
            ("report", "background nominal (a report)"),
            ("arms sales", "background nominal (the Iran arms sales; no agent named, COOPERATE arguable)"),
            ("diversion", "background nominal (diversion of profits to the contras)"),
            ("told", "rule-3 attribution (the planned push is the event)"),
            ("decided", "decision frame of the planned push"),
            ("moratorium", "content of the push"),
            (("vote", "House would"), "internal vote of a single body (the House), content of the statement"),
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
            (("Reagan", "President Reagan"), "PERSON", "USA"),
            (("Iran", "secret Iran"), "GPE", "IRN"),
            (("Iran", "sales to Iran"), "GPE", "IRN"),
            (("contras", "profits to the"), "NORP", "NIC"),
            ("House of Representatives", "ORG", "USA"),
            ("David\nBonior", "PERSON", "USA"),
            ("Michigan", "GPE", "USA"),
            ("Democrat", "NORP", "USA"),
            (("Democratic", "reporters"), "NORP", "USA"),
            (("House", "leaders\nin the"), "ORG", "USA"),
            (("House", "He said the"), "ORG", "USA"),
        ],
    },
    "reuters21578-4714": {
        "events": [
            # 0
            ("STATEMENT", "said", SUBROTO, None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "OPEC deliberately under its production ceiling to defend its price target (a group's output/price "
             "policy: no type)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "IDN", "GOV"), None, JAKARTA,
             "1987-03-13", "day", None, "asserted", None,
             "OPEC had decided to maintain its 18 dlr price (a body's own price decision: no type); at an energy "
             "conference in Jakarta"),
            # 2
            ("STATEMENT", "stated", (("he", "moment,\" he"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", 0,
             "later mention: quoted restatement of the opening paraphrase (deliberately defending the price)"),
            # 3
            ("STATEMENT", ("said", "barrel, he said"), (("he", "barrel, he said"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "answer to a question: a production increase would be decided at the next OPEC meeting in June"),
            # 4
            ("STATEMENT", "added", (("he", ",\" he added"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "'We will discuss the market situation then' (second reporting clause, EVENTS.md 3)"),
            # 5
            ("STATEMENT", ("said", "He said a meeting"), (("He", "He said a meeting"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "the OPEC Differentials Committee meeting was postponed (a postponement has no type)"),
            # 6
            ("STATEMENT", "elaborate", (("He", "He did not"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "negated", None, "withheld statement ('did not elaborate')"),
        ],
        "skip": [
            ("defend", "content of the statement (OPEC price policy)"),
            (("decided", "OPEC had"), "OPEC's own price decision: no type (content of the statement)"),
            ("maintain", "content of the statement (price policy)"),
            ("defending", "content of the quote"),
            ("Asked", "question"),
            ("increase", "content of the question"),
            (("decided", "this would be"), "content of the answer"),
            (("meeting", "next OPEC"), "an OPEC meeting inside the statement (internal meeting of one body)"),
            ("discuss", "content of the quote (OPEC's internal discussion; CONSULT planned arguable)"),
            (("meeting", "He said a"), "internal meeting of an OPEC committee (content of the statement)"),
            ("postponed", "postponement: no type (content of the statement)"),
            (("meeting", "no need for the"), "content of the quote"),
            (("meet", "due to"), "the committee's originally planned internal meeting (background; CONSULT negated arguable)"),
        ],
        "entities": [
            ("Indonesian", "NORP", "IDN"),
            ("Subroto", "PERSON", "IDN"),
            ("OPEC", "ORG", None),
            ("Jakarta", "GPE", "IDN"),
            (("OPEC", "reporters"), "ORG", None),
            (("OPEC", "so OPEC"), "ORG", None),
            (("OPEC", "Asked if"), "ORG", None),
            (("OPEC", "the next"), "ORG", None),
            ("OPEC Differentials Committee", "ORG", None),
            ("Vienna", "GPE", "AUT"),
        ],
    },
    "reuters21578-15505": {
        "events": [
            # 0
            ("STATEMENT", "said", ("joint lead managers Fintrelex SA and E.Gutzwiller und\nCie, Banquiers", "CHE", "BUS"),
             None, ZUR, "1987-04-09", "day", None, "asserted", None,
             "lead managers announcing a bond issue (the issue is corporate finance; own_blind2 / 14b call); both "
             "Swiss banks (Zurich dateline; null arguable, nationality not stated): one record"),
        ],
        "skip": [
            ("issuing", "bond issue: corporate finance"),
            ("Subscription", "terms of the issue"),
            ("guaranteed", "guarantee of the bond issue by an affiliated company: corporate finance (AID arguable)"),
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
            ("REQUEST", ("urge", "planned to urge"), CHIRAC, ("EC Commission\npresident Jacques Delors", None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "Chirac planned to urge Delors to send experts to Washington (an identifiable agent's act inside "
             "anonymous talk, 23b call); 'as soon as possible' governs the sending: undated"),
            # 1
            ("CONSULT", "talks", (("Chirac", "Chirac returned"), "FRA", "GOV"), (None, "USA", "GOV"), NY_WASHINGTON,
             None, "unknown", None, "asserted", None,
             "three days of talks in New York and Washington (Chirac the visitor, the U.S. host implied); a duration "
             "ending before this morning's return, straddling March/April: no single value (1987-03-30 arguable)"),
        ],
        "skip": [
            ("dispute", "hypothetical trade dispute, content of anonymous talk"),
            ("action is taken", "condition (content of anonymous talk)"),
            ("explain", "content of the condition"),
            ("said", "anonymous-source talk (French official sources)"),
            (("said", "They said"), "anonymous-source talk"),
            ("send", "content of the request"),
            ("returned", "return home: no type"),
            ("tension", "no actor (background)"),
            ("proposal", "background nominal in anonymous talk (the Commission's proposed oils tax; SANCTION "
                         "hypothetical arguable)"),
            ("tax", "content of the proposal"),
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
            (("EC Commission", "is an"), "ORG", None),
        ],
    },
    "reuters21578-14830": {
        "events": [
            # 0
            ("CONSULT", "negotiating", NISSAN,
             ("Mexican units of Ford Motor Co <F> and Chrysler Corp", "MEX", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "negotiating the supply of car components to the Mexican units of Ford and Chrysler (same-country "
             "compound: one record); present progressive with no time expression: undated (14a); 'said' is "
             "rule-3 attribution"),
            # 1
            ("COOPERATE", "win", (("It", "It expects"), "MEX", "BUS"), (None, "MEX", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Nissan Mexicana expects to win orders for casting parts and transmission cases (winner first, the buyer "
             "- Chrysler's Mexican unit, per the next sentence - implied; a forecast, skip arguable)"),
            # 2
            ("STATEMENT", ("said", "Mexican unit, the"), (("the spokeswoman", "Mexican unit, the"), "JPN", "BUS"), None,
             TOK, "1987-04-08", "day", None, "asserted", None,
             "the parts will supply 70,000 cars a year at Chrysler's Mexican unit (volume: no act)"),
            # 3
            ("CONSULT", ("negotiating", "Nissan is"), (("Nissan", "Nissan is"), "JPN", "BUS"),
             ("Ford's\nMexican unit", "MEX", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the negotiation with Ford's Mexican unit (part of the first sentence's negotiations); "
             "'said' is attribution"),
            # 4
            ("STATEMENT", "providing", (("the\nspokeswoman", "engines, the"), "JPN", "BUS"), None, TOK,
             "1987-04-08", "day", None, "negated", None, "withheld statement ('without providing further details')"),
            # 5
            ("AGREE", "agreements", ("The company", "JPN", "BUS"), ("both U.S.\nCar makers", "USA", "BUS"), None,
             "1987", "year", "this year", "planned", None,
             "Nissan expected to reach agreements with both U.S. car makers sometime this year; 'she said' is "
             "attribution"),
            # 6
            ("STATEMENT", ("said", "signed, she"), (("she", "signed, she"), "JPN", "BUS"), None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "Nissan Mexicana will invest 400 mln yen in its facilities (investment in own plant: no type)"),
        ],
        "skip": [
            ("supply", "content of the negotiations"),
            ("said", "rule-3 attribution (the negotiations are the event)"),
            ("owned", "stative (ownership)"),
            (("supply", "These will"), "content of the statement"),
            ("deal", "object of the negotiations"),
            (("supply", "similar deal to"), "content of the negotiations"),
            (("said", "engines, the\nspokeswoman"), "rule-3 attribution (the negotiations are the event)"),
            (("said", "this year, she"), "rule-3 attribution (the expected agreements are the event)"),
            ("invest", "investment in own production facilities: no type (content of the statement)"),
            (("improve", "400 mln yen to"), "purpose of the investment"),
            (("agreements", "after the"), "anaphoric nominal in a temporal clause (the expected agreements)"),
            ("signed", "part of the temporal clause (anaphoric, AGREE later mention arguable)"),
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
            (("Chrysler", "at Chrysler's"), "ORG", "USA"),
            (("Mexican", "Chrysler's"), "NORP", "MEX"),
            (("Nissan", "Nissan is"), "ORG", "JPN"),
            (("Ford", "supply Ford's"), "ORG", "USA"),
            (("Mexican", "supply Ford's"), "NORP", "MEX"),
            (("U.S.", "both"), "GPE", "USA"),
            (("Nissan Mexicana", "Nissan Mexicana will"), "ORG", "MEX"),
        ],
    },
    "reuters21578-4881": {
        "events": [
            # 0
            ("STATEMENT", "announced", (("Italy", "Italy today"), "ITA", "GOV"), None, ROM,
             "1987-03-13", "day", "today", "asserted", None,
             "announcement of a discount rate cut effective tomorrow (the cut is monetary policy: no type)"),
        ],
        "skip": [
            ("rose", "statistics"),
            ("show", "a document ('figures ... show'), not a speech act"),
            ("eased", "statistics"),
            ("cut", "monetary operation (official discount rate cut)"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Bank of Italy", "ORG", "ITA"),
            (("Italy", "Italy today"), "GPE", "ITA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind24a.jsonl")
