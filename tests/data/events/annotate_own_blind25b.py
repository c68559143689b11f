"""Build ``own_blind25b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind25b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,811 left; also minus the 16 stories drawn for own_blind24, 2,795 left); 24 drawn with random.Random(25101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
25 event records (20 first mentions, 5 later mentions), 117 not_annotated spans, 78 entity mentions;
two articles without events (7538, Japanese short-term rates, and 17105, the STC palm olein purchase:
anonymous traders' talk only); 7043 (financial rand) has a single STATEMENT and 16706 (Slater) reporting-
clause STATEMENTs only. Types: STATEMENT 15, AGREE 4, CONSULT 4, REJECT 2; modality: asserted 24,
negated 1; precision: day 17, month 7, unknown 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Treasury Secretary
James Baker", "Fed governor Martha Seger": the PERSON; "Fed" in "Fed governor" is an ORG mention, the
short name of the Federal Reserve); a body with its country word is one ORG span ("Brazilian Coffee
Institute", "Indian State Trading Corporation", as "Finnish Board of Navigation"); a capitalised short
name of a body already named is an ORG mention ("The Bank" = the Bank of Japan, "The Board" = the
Federal Reserve Board, as 10a/13b/14a's "the Bank"); "U.S." in "U.S. Cents" and "U.S. Fusion
researcher" is a GPE (15a); Reuters ORG GBR; the IAEA, the ICO / International Coffee Organisation, the
European Community and G-7 ORG null; the Pan American Economic Leadership Conference ORG null (a
hemispheric forum, as 9a's World Energy Conference); "East" and "West" (the two blocs, also inside
"East-West") LOC null (16a's "Eastern bloc"); the Soviet Union GPE SUN; the Institute for Plasma Physics
and the Max Planck Foundation ORG DEU; Barclays National Bank (the South African bank) and the National
Party ORG ZAF; Slater Industries Inc, its Slater Steels Corp and "Slater" ORG CAN (a Toronto-listed
group; the Fort Wayne division is in the U.S.: Fort Wayne and Indiana GPE USA; USA for the subsidiary
arguable); Jorio Dauster PERSON BRA, Dieter Sigmar PERSON USA ("a leading U.S. Fusion researcher");
projects (ITER, International Thremonuclear Experimental Reactor), currencies (rand, yen, mark) and
lower-case bodies ("the central bank", "domestic banks") are not entities.

Judgement calls made here:
* 7538 (Japanese short-term rates): no event (a negative). Every speaker is anonymous ("money traders
  said" four times, "they said", "bankers said", "they predict"); the Bank of Japan's discount rate cut
  "on February 23", its fund injections, bill purchases and attempts to dampen rates are monetary
  operations (skipped), the banks' deposit rates are market activity, the government's payment of
  fiscal funds has no type, and "Interest rates on time deposits ... were decontrolled by the Finance
  Ministry last September" is domestic financial deregulation (skipped, as own_blind's "domestic
  financial deregulation"; RETREAT arguable, no counterpart).
* 7043 (financial rand): the dealers, bank economists, "one economist", "one dealer", "banking
  sources" and "Economists" are anonymous (skipped). "A Barclays National Bank executive who asked not
  to be identified said: ..." is a STATEMENT: an official of a named body counts (EVENTS.md 4; 16a's
  Pentagon officials "who asked not to be identified"), ZAF BUS (the bank is South African; GBR for
  the Barclays name arguable), DCT, JOHANNESBURG; the request for anonymity is skipped. The May 6
  election, the London banks "going long", the foreign investors' buying and the reintroduction of
  the financial rand "in September 1985" (an exchange-control measure of an implied government:
  monetary, no type) are skipped.
* 18404 (Baker on the dollar): "Baker said any further decline ... would be counterproductive" is a
  STATEMENT (DCT, INDIANAPOLIS) and the quote '"All of the G-7 nations believe ...," Baker told
  reporters' its quoted restatement (later mention, EVENTS.md 3). "President Reagan's comment last
  week at the Venice summit that he could see some further decline in the dollar" is a nominal speech
  act with its own date and content (EVENTS.md 11): STATEMENT, 1987-06 ("last week" = 8-14 June, at
  month precision, EVENTS.md 21), located in Venice; the summit is its venue (skipped; CONSULT of the
  G-7 arguable). "the White House clarified Reagan's comments ... by saying that the United States
  wants a stable dollar" is a STATEMENT, undated: a past announcement placed only "Following the
  Venice press conference" (16a's "later ... announcing"; not a wire-style "said"); "saying" is its
  participial elaboration and the press conference / "comments" anaphoric nominals (skipped).
  "Baker was asked" (a reporter's question) and "after a speech" (a bare nominal) are skipped.
* 16989 (Fed on card-rate ceilings): "The Federal Reserve Board opposed pending legislation to
  establish ceilings" is REJECT USA -> USA (the bill's sponsors in Congress, implied: 21a's opposition to
  a proposal toward its proponents; 6b's "formally opposed trade legislation pending in Congress"),
  voiced in today's testimony: wire-style speech act, DCT, WASHINGTON. The quote '"The Board does not
  believe it would be appropriate to impose a federal ceiling ...," Fed governor Martha Seger told a
  Senate Banking Subcommittee' is its quoted restatement (later mention, trigger "told", as 21a's "I do
  not favor"); '"... a Federal ceiling could have undesirable side effects ...," she testified' is the
  justification: a STATEMENT (21a's argument against the fee), DCT.
* 17105 (STC palm olein): no event (a negative). "Traders said the Indian State Trading Corporation
  (STC) bought three 6,000 tonne cargoes ... at its import tender today": the buyer is identified but
  the sellers are not (no origin either), so the purchase at the tender has no identified counterpart
  (skipped as 21b's import tender with unnamed offerers and 14a's purchases with sellers unnamed;
  COOPERATE IND -> null, 1987-04-24, arguable); the traders' "said" clauses, the STC "still in the
  market", the business that "may be concluded" and the "confirmed business" are anonymous market talk.
* 20060 (ITER fusion project): "East and West on Monday decided to go ahead with an ambitious nuclear
  fusion project ..., the International Atomic Energy Agency (IAEA) said" is AGREE by the two blocs
  taken together (a group: null, own_blind3's group of six countries agreeing the Paris accord; no
  actor2), 1987-10-19 ("on Monday" before Tue 20 October), location null (the text does not place
  it; VIENNA is only the dateline), the IAEA's "said" rule-3 attribution. "Representatives of the
  U.S., The Soviet Union, the European Community and Japan agreed to develop plans for a ...
  reactor" is its later mention (the same decision with the parties named, kept as one group record
  as in own_blind3 rather than split; a USA/SUN/EC/JPN split arguable), and "the project approved on
  Monday" a second later mention (a reduced relative with its own date, EVENTS.md 11; the approver
  implied). "Work is due to begin next year ... and is scheduled for completion by 1990, an IAEA
  statement said" is a STATEMENT (the work has no actor or type), IAEA null IGO, DCT, VIENNA (23a's
  "a company statement said"). "Dieter Sigmar, a leading U.S. Fusion researcher, said last month
  that ... a demonstration plant would cost several billion dlrs" is a STATEMENT USA PERSON dated by
  its own "last month" (1987-09), location null. The research, the study, the future decision on
  construction, the "display of East-West scientific cooperation" (an assessment nominal; COOPERATE
  arguable) and "according to experts" (anonymous) are skipped.
* 16706 (Slater modernization): a company's own plant investment has no type (no counterpart), so
  its three reporting clauses ("Slater Industries Inc said it planned", "It said", "Slater said") are
  STATEMENTs (CAN BUS, DCT, TORONTO) and "Completion date of the new mill was undisclosed" is a
  withheld STATEMENT (negated, agent implied, DCT; EVENTS.md 5's "Terms were not disclosed").
* 9680 (Dauster on Brazil's coffee policy): "Brazil will not announce any changes to its coffee export
  policy, ... Jorio Dauster said" is a STATEMENT (IBC: a government agency, BRA GOV; DCT, RIO DE
  JANEIRO), the non-announcement being its content (domestic policy); "He told Reuters Brazil was not
  planning to modify the position it held before the recent International Coffee Organisation
  meeting" a second STATEMENT (its own reporting clause with new content, not a quoted restatement);
  that "recent" ICO meeting is a bare nominal (skipped) which is coded at "Earlier this month, talks in
  London to set new ICO export quotas failed": CONSULT by the ICO's members (a group: null IGO, no
  actor2), asserted (the talks took place), 1987-03 ("Earlier this month"), located in London; their
  failure is skipped (AGREE negated arguable: no agreement noun, as 23b's "failed to conclude an
  agreement" had). "a coffee producers' meeting in Managua last weekend" is a nominal with its own
  date (EVENTS.md 11): CONSULT by the producers (a group: null, as 9b's Caracas producers' meeting),
  1987-03 ("last weekend" = 21-22 March before Wed 25 March, at month precision), in Managua;
  "Dauster said that they discussed nothing involving the market" is a STATEMENT (DCT; "Commenting" its
  participial elaboration, the discussion its content: CONSULT negated arguable). '"In the meeting we
  agreed to work on behalf of the union of the producers ...," Dauster said' is AGREE by the producers
  (group null, no actor2) placed in the meeting (1987-03, rule 3, date_text null), "said" rule-3
  attribution. "The Managua meeting was attended by representatives from Brazil, Mexico, ..., Nicaragua
  and Panama" is the meeting's later mention (the listed countries as one group, null, as 9b's "Oil
  ministers from Mexico, Trinidad and Tobago, Ecuador and Venezuela"), and "the latter represented at
  the meeting merely as an observer" Panama's own CONSULT PAN -> the group (null), 1987-03 (9b's
  Colombia attending as an observer).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

JOH = ("JOHANNESBURG", "ZAF")
IND = ("INDIANAPOLIS", "USA")
WAS = ("WASHINGTON", "USA")
VIE = ("VIENNA", "AUT")
TOR = ("TORONTO", "CAN")
RIO = ("RIO DE JANEIRO", "BRA")
VENICE = ("Venice", "ITA")
LONDON = ("London", "GBR")
MANAGUA = ("Managua", "NIC")

BILL_SPONSORS = (None, "USA", "GOV")
SLATER_IMPLIED = (None, "CAN", "BUS")
PRODUCERS_IMPLIED = (None, None, "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-7538": {
        "events": [],
        "skip": [
            ("likely to fall", "anonymous traders' forecast (market-price movement)"),
            (("said", "money traders"), "anonymous-source talk (money traders)"),
            ("expected", "anonymous forecast of a monetary operation"),
            ("encourage", "monetary operation (content of anonymous talk)"),
            ("attempts", "monetary operations (the central bank's pressure on rates)"),
            (("pressure", "attempts to"), "monetary operation"),
            ("enhance", "monetary operation"),
            (("cut", "discount rate"), "discount rate cut (unilateral monetary operation)"),
            (("said", "February 23, they"), "anonymous-source talk (money traders)"),
            (("cut", "The Bank cut"), "discount rate cut (unilateral monetary operation)"),
            ("injecting", "fund injections (monetary operation)"),
            ("offset", "purpose of the monetary operation"),
            (("attempts", "Despite its"), "monetary operations"),
            ("dampen", "monetary operation"),
            ("purchases", "commercial bill purchases (monetary operation)"),
            ("failed to remove", "monetary operation (outcome), content of anonymous talk"),
            (("said", "upward pressure, money traders"), "anonymous-source talk (money traders)"),
            ("offered", "market activity by unnamed domestic banks"),
            ("compete", "market activity by unnamed domestic banks"),
            ("underpinned", "market-price movement"),
            (("said", "short-term rates, they"), "anonymous-source talk (money traders)"),
            ("decontrolled", "domestic financial deregulation by the Finance Ministry (no counterpart; RETREAT "
             "arguable)"),
            ("rising", "statistics (deposits)"),
            (("said", "bankers"), "anonymous-source talk (bankers)"),
            ("expects", "the money market's expectation: no actor"),
            ("payment", "government payment of fiscal funds: fiscal operation, no type"),
            (("said", "funds, money traders"), "anonymous-source talk (money traders)"),
            ("predict", "anonymous traders' forecast"),
            (("predict", "They predict"), "anonymous traders' forecast"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Bank of Japan", "ORG", "JPN"),
            (("Bank", "The Bank cut"), "ORG", "JPN"),
            ("Finance Ministry", "ORG", "JPN"),
        ],
    },
    "reuters21578-7043": {
        "events": [
            # 0
            ("STATEMENT", ("said", "not to be identified"), ("A Barclays National Bank executive", "ZAF", "BUS"), None,
             JOH, "1987-03-19", "day", None, "asserted", None,
             "assessment: the independents' rise signals a power shift and has created favourable sentiment overseas; "
             "an official of a named body (EVENTS.md 4) although unnamed"),
        ],
        "skip": [
            ("headed", "market-price movement"),
            (("said", "bank economists"), "anonymous-source talk (dealers and bank economists)"),
            ("risen", "market-price movement"),
            ("election", "domestic election: no type"),
            ("added", "anonymous-source talk (dealers and economists)"),
            (("risen", "It has"), "market-price movement"),
            ("going long", "market activity by unnamed banks"),
            (("said", "one economist"), "anonymous-source talk (an economist)"),
            ("described", "anonymous-source talk (dealers)"),
            (("said", "one dealer"), "anonymous-source talk (a dealer)"),
            (("said", "banking sources"), "anonymous-source talk (banking sources)"),
            ("asked not to be identified", "the executive's anonymity, no event"),
            ("created", "content of the statement"),
            (("said", "One dealer said"), "anonymous-source talk (a dealer)"),
            (("said", "Economists said"), "anonymous-source talk (economists)"),
            ("attracted", "market activity by unnamed foreign investors"),
            (("said", "rand,\" a dealer"), "anonymous-source talk (a dealer)"),
            ("adding", "anonymous-source talk (a dealer)"),
            ("reintroduced", "reintroduction of the financial rand in 1985: exchange-control measure (monetary, "
             "domestic), implied actor"),
            (("end", "help end"), "purpose of the exchange-control measure"),
        ],
        "entities": [
            ("South Africa", "GPE", "ZAF"),
            ("U.S.", "GPE", "USA"),
            ("London", "GPE", "GBR"),
            ("Barclays National Bank", "ORG", "ZAF"),
            ("National Party", "ORG", "ZAF"),
            ("West Germany", "GPE", "DEU"),
            ("Switzerland", "GPE", "CHE"),
            (("South Africa", "attracted by"), "GPE", "ZAF"),
            (("South Africa", "capital flight from"), "GPE", "ZAF"),
        ],
    },
    "reuters21578-18404": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Treasury Secretary James Baker", "USA", "GOV"), None, IND,
             "1987-06-15", "day", None, "asserted", None,
             "assessment: any further decline in the dollar would be counterproductive"),
            # 1
            ("STATEMENT", "comment", ("President Reagan", "USA", "GOV"), None, VENICE,
             "1987-06", "month", "last week", "asserted", None,
             "Reagan's comment at the Venice summit that he could see some further decline in the dollar (nominal "
             "speech act with its own date, EVENTS.md 11); 'last week' = 8-14 June, at month precision"),
            # 2
            ("STATEMENT", "told", (("Baker", "counterproductive,\" Baker"), "USA", "GOV"), None, IND,
             "1987-06-15", "day", None, "asserted", 0,
             "later mention: quoted restatement (all G-7 nations believe a further decline counterproductive)"),
            # 3
            ("STATEMENT", "clarified", ("the White House", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the White House's clarification (the U.S. wants a stable dollar), placed only after the Venice press "
             "conference: not a wire-style 'said', undated"),
        ],
        "skip": [
            (("decline", "any further"), "content of the statement"),
            ("asked", "reporters' question"),
            ("speech", "bare nominal (Baker's speech, no content; STATEMENT arguable)"),
            (("summit", "Venice"), "venue of the comment (CONSULT of the G-7 arguable)"),
            (("see", "he could"), "content of the comment"),
            ("believe", "content of the quote"),
            ("press conference", "background nominal (the occasion of Reagan's comment, coded on 'comment')"),
            ("comments", "anaphoric nominal (Reagan's comment)"),
            ("saying", "participial elaboration of the clarification (EVENTS.md 3)"),
            ("wants", "content of the clarification"),
            ("favor", "generic (policy incentive)"),
            ("reduce", "generic (the need to reduce the deficit)"),
            ("narrowed", "statistics (trade deficit)"),
            ("responding", "statistics / market"),
            ("drop", "market-price movement"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            (("Baker", "Baker was asked"), "PERSON", "USA"),
            ("Pan American Economic Leadership Conference", "ORG", None),
            (("U.S.", "about U.S."), "GPE", "USA"),
            (("Reagan", "President"), "PERSON", "USA"),
            ("Venice", "GPE", "ITA"),
            ("G-7", "ORG", None),
            (("Baker", "counterproductive,\" Baker"), "PERSON", "USA"),
            (("Venice", "Following the"), "GPE", "ITA"),
            (("Reagan", "press conference by"), "PERSON", "USA"),
            ("White House", "ORG", "USA"),
            (("Reagan", "clarified"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("United States", "incentive for the"), "GPE", "USA"),
        ],
    },
    "reuters21578-16989": {
        "events": [
            # 0
            ("REJECT", "opposed", ("The Federal Reserve Board", "USA", "GOV"), BILL_SPONSORS, WAS,
             "1987-04-21", "day", None, "asserted", None,
             "opposition to pending legislation on credit card rate ceilings (opposition to a proposal = REJECT, "
             "toward its sponsors in Congress, implied: 21a/6b); voiced in today's testimony: wire-style, DCT"),
            # 1
            ("REJECT", "told", ("Fed governor Martha Seger", "USA", "GOV"), BILL_SPONSORS, WAS,
             "1987-04-21", "day", None, "asserted", 0,
             "later mention: quoted restatement to a Senate Banking Subcommittee (a federal ceiling not appropriate)"),
            # 2
            ("STATEMENT", "testified", (("she", "card terms,\""), "USA", "GOV"), None, WAS,
             "1987-04-21", "day", None, "asserted", None,
             "justification: a federal ceiling could reduce credit availability and change non-rate terms"),
        ],
        "skip": [
            ("legislation", "object of the opposition (pending bill)"),
            ("establish", "content of the bill"),
            ("believe", "part of the quoted restatement"),
            ("impose", "content of the quote (the proposed ceiling)"),
            ("reduced", "hypothetical content of the testimony"),
            ("lead to", "hypothetical content of the testimony"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            (("Board", "The Board does"), "ORG", "USA"),
            (("Fed", "credit card rates,\""), "ORG", "USA"),
            ("Martha Seger", "PERSON", "USA"),
            ("Senate Banking Subcommittee", "ORG", "USA"),
        ],
    },
    "reuters21578-17105": {
        "events": [],
        "skip": [
            ("said", "anonymous-source talk (traders)"),
            ("bought", "purchase at an import tender from unnamed sellers: no identified counterpart (21b's tender, "
             "14a's purchases with sellers unnamed; COOPERATE IND -> null arguable)"),
            ("tender", "the STC's import tender: no identified counterpart"),
            (("said", "They also"), "anonymous-source talk (traders)"),
            ("still in the market", "market activity, content of anonymous talk"),
            ("concluded", "possible further business with unnamed parties (anonymous traders' forecast)"),
            ("confirmed", "the business confirmed by anonymous traders"),
        ],
        "entities": [
            ("Indian State Trading Corporation", "ORG", "IND"),
            ("STC", "ORG", "IND"),
            (("STC", "also said the"), "ORG", "IND"),
        ],
    },
    "reuters21578-20060": {
        "events": [
            # 0
            ("AGREE", "decided", ("East and West", None, "GOV"), None, None,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "decision to go ahead with the joint fusion project, by the two blocs (a group: null, own_blind3's "
             "Paris accord); 'on Monday' before Tue 20 October; the IAEA's 'said' is attribution"),
            # 1
            ("AGREE", "agreed",
             ("Representatives of the U.S., The Soviet Union, the European Community and Japan", None, "GOV"), None,
             None, "1987-10-19", "day", None, "asserted", 0,
             "later mention: the same decision with the four parties named (kept as one group record)"),
            # 2
            ("STATEMENT", ("said", "an IAEA statement"), ("an IAEA statement", None, "IGO"), None, VIE,
             "1987-10-20", "day", None, "asserted", None,
             "work due to begin next year near Munich, completion by 1990 (no actor or type in the content)"),
            # 3
            ("AGREE", ("approved", "the project"), (None, None, "GOV"), None, None,
             "1987-10-19", "day", "on Monday", "asserted", 0,
             "later mention: 'the project approved on Monday' (reduced relative with its own date)"),
            # 4
            ("STATEMENT", ("said", "researcher,"), ("Dieter Sigmar", "USA", "PERSON"), None, None,
             "1987-09", "month", "last\nmonth", "asserted", None,
             "forecast: a demonstration plant would cost several billion dlrs and take 10 more years"),
        ],
        "skip": [
            ("go ahead", "content of the decision"),
            ("billed", "characterisation of the project"),
            ("providing", "hypothetical content (the project's promise)"),
            (("said", "Agency (IAEA)"), "rule-3 attribution (the decision is the event)"),
            ("develop", "content of the agreement"),
            ("produce", "purpose of the reactor"),
            ("begin", "the project's work: no actor, content of the statement"),
            (("completion", "scheduled for"), "content of the statement"),
            ("Research", "background (research under way for years)"),
            ("study", "the project's research: no type"),
            (("built", "plant could be"), "hypothetical content"),
            ("represents", "assessment"),
            ("cooperation", "assessment nominal (COOPERATE arguable)"),
            ("decision", "future decision with no actor (no type)"),
            (("completion", "until its"), "the project's completion (time adjunct)"),
            ("constructed", "hypothetical content"),
            ("development", "content of the statement"),
            ("according to experts", "anonymous-source attribution (experts)"),
        ],
        "entities": [
            ("East", "LOC", None),
            (("West", "East and"), "LOC", None),
            ("International Atomic Energy Agency", "ORG", None),
            ("IAEA", "ORG", None),
            (("U.S.", "Representatives of the"), "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("European Community", "ORG", None),
            ("Japan", "GPE", "JPN"),
            ("Institute for Plasma Physics", "ORG", "DEU"),
            ("Max Planck Foundation", "ORG", "DEU"),
            ("Munich", "GPE", "DEU"),
            ("West Germany", "GPE", "DEU"),
            (("IAEA", "an IAEA"), "ORG", None),
            (("East", "display of"), "LOC", None),
            (("West", "East-West"), "LOC", None),
            ("Dieter Sigmar", "PERSON", "USA"),
            (("U.S.", "a leading"), "GPE", "USA"),
        ],
    },
    "reuters21578-16706": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Slater Industries Inc", "CAN", "BUS"), None, TOR,
             "1987-04-13", "day", None, "asserted", None,
             "announcement of a planned 15 mln dlr modernization of its own Indiana division (internal investment: "
             "no type)"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "CAN", "BUS"), None, TOR,
             "1987-04-13", "day", None, "asserted", None, "details: replacement of the bar mill"),
            # 2
            ("STATEMENT", ("said", "Slater said"), (("Slater", "range, Slater"), "CAN", "BUS"), None, TOR,
             "1987-04-13", "day", None, "asserted", None, "the new facility will lower costs and enhance quality"),
            # 3
            ("STATEMENT", "undisclosed", SLATER_IMPLIED, None, TOR,
             "1987-04-13", "day", None, "negated", None,
             "withheld statement: completion date undisclosed (agent implied, EVENTS.md 5)"),
        ],
        "skip": [
            ("planned", "internal investment plan (no type)"),
            ("modernization", "internal investment (no counterpart)"),
            (("modernization", "It said the"), "anaphoric nominal"),
            ("involve", "content of the statement"),
            ("replacement", "content of the statement"),
            ("lower", "content of the statement"),
            ("enhance", "content of the statement"),
        ],
        "entities": [
            ("Slater Industries Inc", "ORG", "CAN"),
            ("Slater Steels Corp", "ORG", "CAN"),
            ("Fort Wayne", "GPE", "USA"),
            ("Indiana", "GPE", "USA"),
            (("Slater", "range, Slater"), "ORG", "CAN"),
        ],
    },
    "reuters21578-9680": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Brazilian Coffee Institute (IBC) president Jorio Dauster", "BRA", "GOV"), None, RIO,
             "1987-03-25", "day", None, "asserted", None,
             "Brazil will not announce changes to its coffee export policy (domestic policy, content)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "BRA", "GOV"), None, RIO,
             "1987-03-25", "day", None, "asserted", None,
             "Brazil not planning to modify the position it held before the ICO meeting (own reporting clause)"),
            # 2
            ("CONSULT", "talks", (None, None, "IGO"), None, LONDON,
             "1987-03", "month", "Earlier this month", "asserted", None,
             "ICO talks in London on new export quotas earlier this month (members a group: null); they took place, "
             "their failure skipped"),
            # 3
            ("CONSULT", ("meeting", "coffee producers'"), ("coffee producers", None, "GOV"), None, MANAGUA,
             "1987-03", "month", "last weekend", "asserted", None,
             "coffee producers' meeting in Managua last weekend (21-22 March, month precision; a group: null, 9b)"),
            # 4
            ("STATEMENT", ("said", "Dauster said that"), (("Dauster", "Dauster said that"), "BRA", "GOV"), None, RIO,
             "1987-03-25", "day", None, "asserted", None,
             "assessment of the Managua meeting: nothing involving the market discussed"),
            # 5
            ("AGREE", "agreed", (("we", "In the meeting we"), None, "GOV"), None, MANAGUA,
             "1987-03", "month", None, "asserted", None,
             "the producers agreed to work for producer unity on an international agreement; placed in the "
             "Managua meeting (rule 3); 'said' is attribution"),
            # 6
            ("CONSULT", "attended",
             ("representatives from Brazil, Mexico, Guatemala, El Salvador, Honduras, Costa Rica, Nicaragua and Panama",
              None, "GOV"), None, MANAGUA,
             "1987-03", "month", None, "asserted", 3,
             "later mention: the Managua meeting, attendance listed (one group record, as 9b)"),
            # 7
            ("CONSULT", "represented", (("the latter", "Panama,"), "PAN", "GOV"), PRODUCERS_IMPLIED, MANAGUA,
             "1987-03", "month", None, "asserted", None,
             "Panama attended as an observer (9b's Colombia observer call); the meeting's date"),
        ],
        "skip": [
            ("announce", "content of the statement (a non-announcement of domestic policy)"),
            ("planning", "content of the statement"),
            ("modify", "content of the statement"),
            ("held", "stative (Brazil's position)"),
            (("meeting", "Organisation"), "bare nominal ('recent': no value), the London talks coded on 'talks'"),
            (("set", "talks in London to"), "purpose of the talks"),
            ("failed", "outcome of the talks (AGREE negated arguable)"),
            ("Commenting", "participial elaboration of Dauster's statement"),
            ("discussed", "content of the statement (CONSULT negated arguable)"),
            (("meeting", "In the"), "anaphoric nominal (the Managua meeting)"),
            ("work on behalf", "content of the agreement"),
            (("agreement", "international"), "background nominal (an international coffee agreement)"),
            (("said", "agreement,\""), "rule-3 attribution (the agreement is the event)"),
            (("meeting", "The Managua"), "anaphoric nominal (subject of 'attended')"),
            (("meeting", "represented at the"), "anaphoric nominal"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Brazilian Coffee Institute", "ORG", "BRA"),
            ("IBC", "ORG", "BRA"),
            ("Jorio Dauster", "PERSON", "BRA"),
            ("Reuters", "ORG", "GBR"),
            (("Brazil", "Reuters Brazil"), "GPE", "BRA"),
            ("International Coffee Organisation", "ORG", None),
            ("London", "GPE", "GBR"),
            ("ICO", "ORG", None),
            ("Managua", "GPE", "NIC"),
            (("Dauster", "last weekend,"), "PERSON", "BRA"),
            (("Dauster", "international agreement"), "PERSON", "BRA"),
            (("Managua", "The Managua"), "GPE", "NIC"),
            (("Brazil", "representatives from"), "GPE", "BRA"),
            ("Mexico", "GPE", "MEX"),
            ("Guatemala", "GPE", "GTM"),
            ("El Salvador", "GPE", "SLV"),
            ("Honduras", "GPE", "HND"),
            ("Costa Rica", "GPE", "CRI"),
            ("Nicaragua", "GPE", "NIC"),
            ("Panama", "GPE", "PAN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind25b.jsonl")
