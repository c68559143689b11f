"""Build ``own_blind31b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind31b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,722 left; also minus the 16 stories drawn for own_blind30, 2,706 left); 24 drawn with random.Random(31101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
46 event records (42 first mentions, 4 later mentions), 105 not_annotated spans, 101 entity mentions;
no article without events; 8247 (Bank of England help) and 4905 (conservation sign-up) have a single
STATEMENT each, 11436 (corn acreage) two scheduled USDA reports only. Types: STATEMENT 25, CONSULT 6,
REQUEST 4, AGREE 4, REJECT 2, ASSAULT 2, ACCUSE 2, AID 1; modality: asserted 36, planned 7, negated 3;
precision: day 34, unknown 6, month 5, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: Wang Deyan's "told"
matching Tian's earlier "told"; others avoided from the start with ``(phrase, after)`` anchors:
"Kuwait" inside "Kuwaiti", "postpone" inside "postponed", "Gulf" inside "Persian Gulf", "American"
inside "anti-American", the first "attacks" (the denied escalation) rather than Iran's "repeated
attacks", the first "warning"/"attack"/"alert" of 20756 against their later anaphoric uses). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Pentagon spokesman Fred Hoffmann": ORG
"Pentagon" + PERSON; "Chinese Vice-Premier Tian Jiyun": NORP + PERSON; "Bank of China President Wang
Deyan": ORG + PERSON); possessive "'s" is left out of the span ("USDA's" -> "USDA", "Taiwan's" ->
"Taiwan"); tickers left out; "U.S. Navy", "U.S. Agriculture Department" one ORG span USA (a body with
its country word); the named U.S. units "U.S. Indian Ocean Battle Group" and "U.S. Mideast Task Force"
one ORG span USA each (no nested "Indian Ocean"); the capitalised bare "Agency" (Japan's Defence
Agency) ORG JPN, as 28b's bare "Bank", the lower-case "agency"/"department"/"central bank" not tagged;
the Pentagon, the State Department, the USDA ORG USA; the Bank of England / "Bank" ORG GBR; the Bank
of China ORG CHN; the Board of Foreign Trade ORG TWN; Reuters ORG GBR; General Dynamics Corp /
General Dynamics, McDonnell Douglas Corp / McDonnell ORG USA; Mitsubishi Heavy Industries and Kawasaki
Heavy Industries ORG JPN; "Chinese" (government, currency, authorities, "Chinese-made") NORP CHN,
"Italian" ("Italian-made") NORP ITA, "Iranian" NORP IRN, "Kuwaiti" NORP KWT, "American" (also inside
"anti-American") / "Americans" NORP USA, "Japanese" NORP JPN, "Western" (diplomats) NORP null (19b);
Teheran GPE IRN; Taiwan (also "Taiwan dollar", "A Taiwan mission") GPE TWN; Hong Kong GPE HKG; South
Korea GPE KOR; the Arabian Sea, the Persian Gulf / Gulf, the Straits of Hormuz / "the Straits" and the
Indian subcontinent LOC null; ship names (the Kitty Hawk, untagged as in 23b), aircraft and projects
(FSX, F-16, F/A-18 Hornet, F-4EJ Phantoms), programs (PIK), currencies (FECs / Foreign Exchange
Certificates, renminbi) and time zones (CST) are not entities.

Judgement calls made here:
* 8247 (Bank of England, 485 mln stg): "The Bank of England said it had given the money market a
  further 485 mln stg assistance" is one STATEMENT (GBR GOV, DCT, LONDON); the help, its total, the
  shortage forecast (an anaphoric nominal) and the bill purchases are monetary operations (skipped, as
  28b's 7027).
* 7500 (Kitty Hawk, DCT Thu 1987-03-19, WASHINGTON): the battle group "is in the northern Arabian Sea"
  is a stative presence (skipped, MOBILIZE arguable, as 23b's "is currently in"); "U.S. officials said
  today" is a STATEMENT (USA GOV, officials of a named government), dated by its own "today". "But
  Pentagon spokesman Fred Hoffmann said that reports the naval strike force was in the region did not
  mean the United States was sending a new warning to Iran" is REJECT USA MIL -> null (a denial of what
  the reports were taken to mean; the reports have no named author, as 23b's "reports ... were
  baseless"; STATEMENT, or THREATEN negated USA -> IRN on "sending", arguable), DCT; '"Nothing like that
  has happened," he said. "No signal is being sent."' is its quoted restatement (later mention).
  "He said that the Kitty Hawk is operating in an area where it usually does" is a STATEMENT (the
  following quotes, with no reporting verb, are its content). "The Pentagon, as is its custom, declined
  to confirm the exact whereabouts of the ships" is a withheld STATEMENT (negated, trigger "confirm").
  "State Department officials cited concern about the safety of ships" is a STATEMENT (USA GOV, DCT).
  "Iran has conducted repeated attacks on shipping in the Gulf" is ASSAULT IRN -> null (shipping of no
  named flag; the clause names no actor as target), undated (present perfect, rule 17), located in the
  Gulf. "U.S. officials have said that Teheran has recently equipped itself with ... Chinese and
  Italian-made anti-ship missiles" is a STATEMENT ("have said" = DCT, EVENTS.md 16, as 23b's same
  sentence); the acquisition names no seller (skipped; COOPERATE CHN/ITA -> IRN arguable). The battle
  group's patrolling is habitual and "the United States has 10 warships" stative (skipped).
* 4905 (conservation sign-up, DCT 1987-03-13): the only identifiable act is the USDA's announcement of
  the sign-up "scheduled to be announced after 1400 CST today": STATEMENT planned (a scheduled release,
  as 18a's press conference "at 1430 EST" and 19b's reports), actor1 the USDA (anchored in "USDA's"),
  1987-03-13 ("today"), location null. Everything else is anonymous talk of grain traders and analysts
  ("look for", "they said", "some analysts said", "citing trade talk", "they added"), including their
  forecast that the USDA will accept 80-90 pct of the acres (content, domestic farm program).
* 20756 (U.S. missions on alert, DCT Tue 1987-10-20, WASHINGTON): "The State Department says many U.S.
  diplomatic missions overseas are on high alert" is a STATEMENT (DCT); the feared "possible retaliation
  from Iran" is skipped (hypothetical, no actor's consideration; ASSAULT hypothetical arguable). "for
  Monday's attack on two Iranian oil platforms by American forces in the Gulf" is ASSAULT USA MIL -> IRN
  (a nominal with its own date and agent, EVENTS.md 11), 1987-10-19 ("Monday's"), located in the Gulf;
  the later "the U.S. attack on the oil drilling platforms" is an anaphoric nominal (skipped). "the
  Pentagon announced on Tuesday that U.S. forces have begun escorting another Kuwaiti tanker convoy" is
  AID USA MIL -> KWT (military protection, EVENTS.md 8; actor2 the convoy, KWT BUS), "announced"
  rule-3 attribution; the escort is under way when it is announced, so it is dated by "on Tuesday"
  (1987-10-20; unknown arguable under rule 17 for "have begun", but the escorting itself is ongoing,
  as 19-21's progressive "were pushing" dated by the report). "The State Department renewed its
  warning to Americans not to travel to Iran" is REQUEST USA GOV -> Americans (USA PERSON; a travel
  advisory telling identifiable people not to act, EVENTS.md 2), trigger "warning", DCT; "because of
  what spokeswoman Phyllis Oakley called, 'its virulent anti-American policies and support for
  terrorism'" is ACCUSE USA -> IRN (condemnation), DCT. '"The threat to Americans has increased
  significantly," she said' is a STATEMENT; "in announcing that the department was reiterating advice"
  gives the renewed warning's later mention on "reiterating" ("announcing" is the participial frame of
  the same act, skipped), and "advice it last made in January" is the earlier advisory, its own
  REQUEST (a relative clause with its own date: 1987-01, month). "The department said about 2,600
  American citizens live in Iran" and "Oakley said no specific warning has been issued to U.S.
  diplomats ..., but 'many of our missions are on a high state of alert'" are STATEMENTs (the
  non-issued warning is content: REQUEST negated arguable, skipped).
* 11436 (corn acreage, DCT 1987-03-31): the analysts' expectations and guesses are anonymous (skipped);
  the "U.S. Agriculture Department, USDA, plantings intentions report due out at 1500 est" and "the USDA
  stocks report also scheduled today" are scheduled statistics releases: STATEMENT planned (USA GOV),
  1987-03-31 (date_text "1500 est", a clock time today, as 18a's "1430 EST"; "today"), location null.
  The USDA's incentives to retire acres and the 1983 PIK program are domestic farm policy (skipped).
* 10622 (China's FECs, DCT 1987-03-28, PEKING): Tian Jiyun's clauses are STATEMENTs (CHN GOV, DCT): the
  postponement of the plan to scrap FECs is domestic monetary policy (skipped; RETREAT toward the
  objecting foreigners arguable), so "said plans ... had been postponed" is a STATEMENT and the quote
  'Tian said: "We have decided to postpone the question ..."' (the answer to a question, "Asked" skipped)
  its quoted restatement (later mention); "told a news conference the Chinese government still
  considered FECs unsatisfactory" is a STATEMENT, and "Tian said the government still considered that
  the FECs had 'many demerits and negative influences'" its later mention (the same view restated).
  "He said many people, including foreign businessmen, had raised objections to the plan" is a first
  mention (the objections now the main content; later mention of the first clause arguable), "and
  added: 'It is rather complicated.'" a second reporting clause (EVENTS.md 3). The objections of
  "many people" are by no identifiable actor (skipped; REJECT arguable). "Bank of China President Wang
  Deyan told Reuters earlier this month that he thought it unlikely that the certificates would be
  scrapped this year" is a STATEMENT (CHN BUS: a state-owned bank's executive, EVENTS.md 15), 1987-03
  ("earlier this month"), location null. "Western diplomats and economists have said" is anonymous.
  "Vice-Premier Yao Yilin announced at a similar press conference last year that the FECs would be
  abolished" is a STATEMENT (CHN GOV), 1986 at year precision ("last year"), location null; "saying the
  government had decided ..." its participial elaboration (skipped). The FECs' introduction in 1980 has
  no actor named (skipped).
* 429 (Taiwan textile mission, DCT Mon 1987-03-02, TAIPEI): "A Taiwan mission will leave next week for
  Washington to renegotiate an agreement" is CONSULT planned TWN -> USA ("Washington", the host
  government by metonymy; visitor first), 1987-03 ("next week" = 9-13 March, EVENTS.md 21), located in
  Washington; "renegotiate" is the purpose of the same visit (skipped) and "a Board of Foreign Trade
  official said" rule-3 attribution. "Under the agreement signed last July" is AGREE TWN -> USA (both
  implied: the Taiwan-U.S. textile pact of the story; Taiwan first as the story's party), 1986-07 ("last
  July"); the export limits are its content. "The official said the pact was unfair because the United
  States had signed more favourable agreements with Hong Kong and South Korea" is ACCUSE TWN -> USA (a
  complaint, DCT), and the U.S. agreements are AGREE USA -> HKG and USA -> KOR (split, EVENTS.md 12),
  undated (pluperfect, no time expression); "They were each given" is their content. "He said Taiwan now
  found it difficult to compete ..." is a STATEMENT.
* 12756 (FSX fighter, DCT Fri 1987-04-03, TOKYO): "The United States is stepping up its bid to win a share
  of a multi-billion dollar project to build Japan's next jet fighter" is REQUEST USA -> JPN (pressure
  for a share of the contract; COOPERATE planned arguable), trigger "bid", undated (a present progressive
  standing effort with no time expression, as 17/18's "is insisting", reported by anonymous "agency
  sources", whose "said" is skipped). "General Dynamics Corp and McDonnell Douglas Corp of the U.S. Have
  separately suggested joint development of the FSX with Japanese firms" is AGREE (an offer, as 12's
  offer to a government; REQUEST arguable) USA BUS (a same-country compound, one record) -> Japan's
  Defence Agency (implied, JPN GOV), undated (present perfect). "Officials said the Agency was still
  studying the project" is a STATEMENT (JPN GOV: officials of the named agency, EVENTS.md 4; DCT); "agency
  sources said" is anonymous. "The officials said the agency had received a briefing on a development
  proposal from General Dynamics" is CONSULT General Dynamics (USA BUS, the briefer first) -> the agency
  (JPN GOV), undated (its day is not fixed by the team's arrival); "said" attribution, the proposal
  content. "The firm's team arrived here on March 30" is CONSULT USA BUS -> the Agency (implied),
  1987-03-30, located in Tokyo ("here"). "They declined to elaborate on the briefing" is a withheld
  STATEMENT (negated, DCT), "They" taken as the officials who reported the briefing (JPN GOV; the
  General Dynamics team of the sentence before, USA BUS, arguable). "A team from McDonnell is arriving next Monday ..., the Agency said"
  is CONSULT planned USA BUS -> JPN GOV (implied host), 1987-04-06 ("next Monday"); "A Pentagon team ...
  will follow up with a one-week visit starting on April 11 to discuss the projected plane with the
  Agency, the officials said" is CONSULT planned USA MIL -> the Agency, 1987-04-11 ("discuss" its purpose,
  skipped); "Five major Japanese makers will also present briefings this month, they said" is CONSULT
  planned JPN BUS -> the Agency (implied), 1987-04 ("this month"); the three "said" are rule-3
  attribution. "A spokesman for the group ... declined to disclose details" is a withheld STATEMENT (JPN
  BUS, DCT). The agency's study, options and plans "to decide by June and seek initial research funds"
  (relayed by unnamed "press reports") are internal deliberation and domestic budgeting (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind31b.jsonl"

LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
PEK = ("PEKING", "CHN")
TPE = ("TAIPEI", "TWN")
TOK = ("TOKYO", "JPN")
GULF = ("the Gulf", None)

BOE = ("The Bank of England", "GBR", "GOV")
HOFFMANN = ("Pentagon spokesman Fred Hoffmann", "USA", "MIL")
TIAN = ("Chinese Vice-Premier Tian Jiyun", "CHN", "GOV")
AMERICANS_IMPLIED = (None, "USA", "PERSON")
US_IMPLIED = (None, "USA", "GOV")
TWN_IMPLIED = (None, "TWN", "GOV")
AGENCY_IMPLIED = (None, "JPN", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-8247": {
        "events": [
            # 0
            ("STATEMENT", "said", BOE, None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "the afternoon help is a monetary operation (28b's 7027): the reporting clause is a STATEMENT, DCT"),
        ],
        "skip": [
            ("given", "money-market assistance (monetary operation)"),
            ("assistance", "monetary operation"),
            ("help", "the Bank's total help (monetary operation)"),
            ("forecast", "anaphoric nominal (the earlier shortage forecast)"),
            ("bought", "bill purchases (monetary operation)"),
            ("purchased", "treasury bill purchases (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "This takes the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-7500": {
        "events": [
            # 0
            ("STATEMENT", "said", ("U.S. officials", "USA", "GOV"), None, WAS,
             "1987-03-19", "day", "today", "asserted", None,
             "a U.S. battle group is in the northern Arabian Sea amid concern about shipping (stative presence, "
             "MOBILIZE arguable: skipped); officials of a named government; 'said today'"),
            # 1
            ("REJECT", ("said", "Fred Hoffmann"), HOFFMANN, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "denial that the force's presence means the U.S. is sending a new warning to Iran (denial of the "
             "reports' reading, no named author: actor2 null, as 23b's 'reports ... were baseless'; STATEMENT or "
             "THREATEN negated USA -> IRN arguable); wire style: DCT"),
            # 2
            ("REJECT", ("said", "Nothing like that"), (("he", "has happened,\""), "USA", "MIL"), None, WAS,
             "1987-03-19", "day", None, "asserted", 1,
             "later mention: quoted restatement of the denial ('Nothing like that has happened ... No signal is "
             "being sent')"),
            # 3
            ("STATEMENT", ("said", "He said that the Kitty"), (("He", "He said that the Kitty"), "USA", "MIL"), None,
             WAS, "1987-03-19", "day", None, "asserted", None,
             "the Kitty Hawk operating where it usually does (the quotes that follow, with no reporting verb, are its "
             "content)"),
            # 4
            ("STATEMENT", "confirm", ("The Pentagon", "USA", "MIL"), None, WAS,
             "1987-03-19", "day", None, "negated", None,
             "withheld statement: declined to confirm the ships' whereabouts (EVENTS.md 5)"),
            # 5
            ("STATEMENT", "cited", ("State Department officials", "USA", "GOV"), None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "concern about the safety of ships passing through the Straits (officials of a named department)"),
            # 6
            ("ASSAULT", ("attacks", "Iran has conducted repeated"), (("Iran", "Iran has conducted"), "IRN", "GOV"),
             None, GULF, None, "unknown", None, "asserted", None,
             "Iran's repeated attacks on Gulf shipping (the target is shipping of no named flag: actor2 null); "
             "present perfect, no time expression: undated (rule 17)"),
            # 7
            ("STATEMENT", ("said", "officials have"), (("U.S. officials", "Gulf and"), "USA", "GOV"), None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "Teheran has equipped itself with Chinese and Italian-made missiles ('have said' = DCT, EVENTS.md 16, as "
             "23b; the acquisition names no seller: COOPERATE arguable, skipped)"),
        ],
        "skip": [
            ("is in the northern", "stative presence of the battle group (MOBILIZE arguable, as 23b)"),
            (("concern", "renewed"), "background nominal (concern about shipping)"),
            ("reports", "anonymous reports, object of the denial"),
            ("sending", "content of the denial (THREATEN negated arguable)"),
            ("warning", "content of the denial"),
            (("attacks", "escalating"), "content of the denial (Iranian attacks implied, background)"),
            ("happened", "content of the quoted denial"),
            (("sent", "No signal is being"), "content of the quoted denial"),
            ("operating", "content of the statement"),
            ("patrols", "habitual (the battle group's patrol area)"),
            ("has 10 warships", "stative (U.S. warships on station)"),
            (("concern", "cited"), "content of the statement"),
            ("equipped", "arms acquisition with no named seller (content; COOPERATE CHN/ITA -> IRN arguable)"),
            ("posing", "stative, content of the statement"),
        ],
        "entities": [
            ("U.S. Navy", "ORG", "USA"),
            (("U.S.", "led by the"), "GPE", "USA"),
            ("Arabian Sea", "LOC", None),
            (("Iran", "coast of"), "GPE", "IRN"),
            (("U.S.", "coast of Iran,"), "GPE", "USA"),
            ("Pentagon", "ORG", "USA"),
            ("Fred Hoffmann", "PERSON", "USA"),
            (("United States", "did not mean the"), "GPE", "USA"),
            (("Iran", "warning to"), "GPE", "IRN"),
            ("Persian Gulf", "LOC", None),
            ("U.S. Indian Ocean Battle Group", "ORG", "USA"),
            ("Indian subcontinent", "LOC", None),
            (("Arabian Sea", "subcontinent through the"), "LOC", None),
            (("Arabian Sea", "its group in the"), "LOC", None),
            ("U.S. Mideast Task Force", "ORG", "USA"),
            (("Persian Gulf", "Task Force in the"), "LOC", None),
            (("United States", "the north, the"), "GPE", "USA"),
            ("Straits of Hormuz", "LOC", None),
            (("Pentagon", "The Pentagon, as"), "ORG", "USA"),
            ("State Department", "ORG", "USA"),
            (("Straits", "passing through the"), "LOC", None),
            (("Gulf", "run to the"), "LOC", None),
            (("Iran", "Iran has conducted"), "GPE", "IRN"),
            (("Gulf", "Iran has conducted"), "LOC", None),
            (("U.S.", "Iran has conducted"), "GPE", "USA"),
            ("Teheran", "GPE", "IRN"),
            ("Chinese", "NORP", "CHN"),
            ("Italian", "NORP", "ITA"),
        ],
    },
    "reuters21578-4905": {
        "events": [
            # 0
            ("STATEMENT", "announced", (("USDA", "sign-up in the"), "USA", "GOV"), None, None,
             "1987-03-13", "day", "today", "planned", None,
             "the USDA's scheduled announcement of the conservation reserve sign-up 'after 1400 CST today' (a "
             "scheduled release: planned, as 18a/19b)"),
        ],
        "skip": [
            ("look for", "anonymous forecast (grain traders and analysts)"),
            ("accept", "content of anonymous talk (domestic farm program)"),
            (("said", "submitted, they"), "anonymous-source talk (traders and analysts)"),
            ("expected", "anonymous expectation"),
            ("underpinned", "market-price movement"),
            (("said", "some analysts"), "anonymous-source talk (analysts)"),
            ("citing", "anonymous-source talk"),
            ("talk", "trade talk (anonymous)"),
            (("submitted", "mln acres may be"), "content of trade talk (farmers' submissions)"),
            ("added", "anonymous-source talk (analysts)"),
        ],
        "entities": [
            ("USDA", "ORG", "USA"),
            (("USDA", "The USDA"), "ORG", "USA"),
        ],
    },
    "reuters21578-20756": {
        "events": [
            # 0
            ("STATEMENT", "says", ("The State Department", "USA", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "many U.S. missions on high alert for possible Iranian retaliation (wire style: DCT)"),
            # 1
            ("ASSAULT", ("attack", "Monday's"), ("American forces", "USA", "MIL"),
             ("two Iranian oil\nplatforms", "IRN", "GOV"), GULF,
             "1987-10-19", "day", "Monday's", "asserted", None,
             "Monday's attack on two Iranian oil platforms: a nominal with its own date and agent (EVENTS.md 11); "
             "Monday before Tue 1987-10-20"),
            # 2
            ("AID", "escorting", ("U.S. forces", "USA", "MIL"), ("another Kuwaiti tanker convoy", "KWT", "BUS"), GULF,
             "1987-10-20", "day", "on Tuesday", "asserted", None,
             "escort of a Kuwaiti tanker convoy (military protection, EVENTS.md 8); 'announced' is rule-3 "
             "attribution; the escort is under way when announced on Tuesday (unknown arguable for 'have begun')"),
            # 3
            ("REQUEST", "warning", (("The State Department", "same time,"), "USA", "GOV"), ("Americans", "USA", "PERSON"),
             WAS, "1987-10-20", "day", None, "asserted", None,
             "renewed travel warning: Americans told not to travel to Iran (EVENTS.md 2); wire style: DCT"),
            # 4
            ("ACCUSE", "called", ("spokeswoman Phyllis Oakley", "USA", "GOV"), (("Iran", "travel to"), "IRN", "GOV"),
             WAS, "1987-10-20", "day", None, "asserted", None,
             "condemnation of Iran's 'virulent anti-American policies and support for terrorism'; DCT"),
            # 5
            ("STATEMENT", ("said", "has increased significantly"), (("she", "significantly,\""), "USA", "GOV"), None,
             WAS, "1987-10-20", "day", None, "asserted", None,
             "assessment: the threat to Americans has increased significantly"),
            # 6
            ("REQUEST", "reiterating", (("the department", "announcing that"), "USA", "GOV"), AMERICANS_IMPLIED, WAS,
             "1987-10-20", "day", None, "asserted", 3,
             "later mention: the department reiterating its travel advice (the renewed warning)"),
            # 7
            ("REQUEST", "made", (("it", "advice it"), "USA", "GOV"), AMERICANS_IMPLIED, None,
             "1987-01", "month", "in January", "asserted", None,
             "the earlier travel advice 'it last made in January' (a relative clause with its own date); January "
             "before October 1987 = 1987-01"),
            # 8
            ("STATEMENT", ("said", "The department said"), (("The department", "The department said"), "USA", "GOV"),
             None, WAS, "1987-10-20", "day", None, "asserted", None,
             "statistics: about 2,600 American citizens live in Iran"),
            # 9
            ("STATEMENT", ("said", "Oakley said"), (("Oakley", "Oakley said"), "USA", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "no specific warning issued to U.S. diplomats abroad, but many missions on alert (the non-issued "
             "warning is content: REQUEST negated arguable, skipped)"),
        ],
        "skip": [
            (("alert", "on high"), "stative (missions on alert), content of the statement"),
            ("retaliation", "feared Iranian retaliation: hypothetical, no actor's consideration (ASSAULT "
                            "hypothetical arguable)"),
            ("announced", "rule-3 attribution (the escort is the event)"),
            ("travel", "content of the warning"),
            ("support", "content of the accusation (Iran's support for terrorism)"),
            (("threat", "The threat"), "content of the statement"),
            ("increased", "content of the statement"),
            ("announcing", "participial frame of 'she said' (the same act)"),
            ("live", "stative, content of the statement"),
            (("warning", "no specific"), "non-issued warning (content; REQUEST negated arguable)"),
            ("issued", "non-issued warning (content)"),
            (("attack", "aftermath of the"), "anaphoric nominal (Monday's attack)"),
            (("alert", "high state of"), "stative, content of the quote"),
        ],
        "entities": [
            ("State Department", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Iran", "GPE", "IRN"),
            ("Iranian", "NORP", "IRN"),
            ("American", "NORP", "USA"),
            ("Gulf", "LOC", None),
            ("Pentagon", "ORG", "USA"),
            (("U.S.", "announced on Tuesday that"), "GPE", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            (("Gulf", "southward through the"), "LOC", None),
            (("Kuwait", "Gulf from"), "GPE", "KWT"),
            (("State Department", "The State Department renewed"), "ORG", "USA"),
            ("Americans", "NORP", "USA"),
            (("Iran", "travel to"), "GPE", "IRN"),
            ("Phyllis Oakley", "PERSON", "USA"),
            (("American", "anti-"), "NORP", "USA"),
            (("Americans", "threat to"), "NORP", "USA"),
            (("American", "2,600"), "NORP", "USA"),
            (("Iran", "citizens live in"), "GPE", "IRN"),
            (("Oakley", "Oakley said"), "PERSON", "USA"),
            (("U.S.", "issued to"), "GPE", "USA"),
            (("Americans", "diplomats and"), "NORP", "USA"),
            (("U.S.", "aftermath of the"), "GPE", "USA"),
        ],
    },
    "reuters21578-11436": {
        "events": [
            # 0
            ("STATEMENT", "report", ("U.S. Agriculture Department", "USA", "GOV"), None, None,
             "1987-03-31", "day", "1500 est", "planned", None,
             "the USDA plantings intentions report due out at 1500 est today (a scheduled release, as 18a's "
             "'1430 EST')"),
            # 1
            ("STATEMENT", ("report", "USDA stocks"), (("USDA", "analysts in the"), "USA", "GOV"), None, None,
             "1987-03-31", "day", "today", "planned", None,
             "the USDA stocks report also scheduled today (a nominal with its own predication and date)"),
        ],
        "skip": [
            ("expect", "anonymous expectation (grain trade analysts)"),
            ("expecting", "anonymous expectation"),
            ("guess", "anonymous trade estimate"),
            ("incentives", "domestic farm policy (USDA incentives to retire acres)"),
            ("retire", "domestic farm policy (content)"),
            ("introduced", "domestic farm program (PIK, 1983), no actor named"),
            ("quesstimate", "anonymous trade estimate"),
            ("expressed", "anonymous analysts' interest"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("USDA", "Department,"), "ORG", "USA"),
            (("USDA", "incentives by the"), "ORG", "USA"),
            (("USDA", "analysts in the"), "ORG", "USA"),
        ],
    },
    "reuters21578-10622": {
        "events": [
            # 0
            ("STATEMENT", "said", TIAN, None, PEK,
             "1987-03-28", "day", None, "asserted", None,
             "plans to scrap FECs postponed due to objections (domestic monetary policy: no type, RETREAT arguable)"),
            # 1
            ("STATEMENT", "told", (("Tian", "But Tian"), "CHN", "GOV"), None, PEK,
             "1987-03-28", "day", None, "asserted", None,
             "the government still considers FECs unsatisfactory (the news conference is the audience)"),
            # 2
            ("STATEMENT", ("said", "Tian said:"), (("Tian", "Tian said:"), "CHN", "GOV"), None, PEK,
             "1987-03-28", "day", None, "asserted", 0,
             "later mention: quoted restatement of the postponement ('We have decided to postpone the question')"),
            # 3
            ("STATEMENT", ("said", "He said many"), (("He", "He said many"), "CHN", "GOV"), None, PEK,
             "1987-03-28", "day", None, "asserted", None,
             "many people, including foreign businessmen, had raised objections (the objections now the main "
             "content; later mention of the first clause arguable)"),
            # 4
            ("STATEMENT", "added", (("He", "He said many"), "CHN", "GOV"), None, PEK,
             "1987-03-28", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): 'It is rather complicated.'"),
            # 5
            ("STATEMENT", ("said", "Tian said the government"), (("Tian", "Tian said the government"), "CHN", "GOV"),
             None, PEK, "1987-03-28", "day", None, "asserted", 1,
             "later mention: the government's view restated ('many demerits and negative influences')"),
            # 6
            ("STATEMENT", ("told", "Wang Deyan"), ("Bank of China President Wang Deyan", "CHN", "BUS"), None, None,
             "1987-03", "month", "earlier\nthis month", "asserted", None,
             "forecast: the certificates unlikely to be scrapped this year (a state-owned bank's executive: BUS, "
             "EVENTS.md 15); 'earlier this month' = 1987-03"),
            # 7
            ("STATEMENT", "announced", ("Vice-Premier Yao Yilin", "CHN", "GOV"), None, None,
             "1986", "year", "last year", "asserted", None,
             "announcement that FECs would be abolished (domestic monetary policy); 'last year' = 1986"),
        ],
        "skip": [
            ("scrap", "content (domestic monetary policy)"),
            ("postponed", "domestic monetary policy, content of the statement (RETREAT arguable)"),
            ("objections", "objections by unidentified actors (foreign businessmen and others), background"),
            ("considered", "stative view, content of the statement"),
            ("Asked", "question"),
            (("abolish", "Asked about"), "content of the question"),
            ("decided", "content of the quote (the postponement)"),
            ("postpone the question", "content of the quote"),
            ("raised objections", "objections by unidentified actors ('many people'; REJECT arguable)"),
            (("abolish", "the plan to"), "content"),
            ("introduced", "the FECs' introduction in 1980: no actor named (domestic monetary policy)"),
            ("circulate", "stative"),
            (("considered", "Tian said the government still"), "stative view, content of the statement"),
            ("thought", "content of the statement"),
            ("scrapped", "content of the forecast"),
            (("said", "economists have"), "anonymous-source talk (Western diplomats and economists)"),
            ("finding", "content of anonymous talk"),
            ("abolished", "content of the announcement"),
            ("saying", "participial elaboration of 'announced' (EVENTS.md 3)"),
            (("decided", "government had"), "content of the announcement (domestic)"),
        ],
        "entities": [
            ("Chinese", "NORP", "CHN"),
            ("Tian Jiyun", "PERSON", "CHN"),
            (("Tian", "But Tian"), "PERSON", "CHN"),
            (("Chinese", "news conference the"), "NORP", "CHN"),
            (("Tian", "abolish the FECs,"), "PERSON", "CHN"),
            (("China", "foreigners in"), "GPE", "CHN"),
            (("Chinese", "ordinary"), "NORP", "CHN"),
            (("Tian", "Tian said the government"), "PERSON", "CHN"),
            ("Bank of China", "ORG", "CHN"),
            ("Wang Deyan", "PERSON", "CHN"),
            ("Reuters", "ORG", "GBR"),
            ("Western", "NORP", None),
            (("Chinese", "economists have said the"), "NORP", "CHN"),
            ("Yao Yilin", "PERSON", "CHN"),
            (("China", "circulating in"), "GPE", "CHN"),
        ],
    },
    "reuters21578-429": {
        "events": [
            # 0
            ("CONSULT", "leave", ("A Taiwan mission", "TWN", "GOV"), ("Washington", "USA", "GOV"),
             ("Washington", "USA"), "1987-03", "month", "next week", "planned", None,
             "mission to Washington to renegotiate the textile agreement (visitor first; Washington the host "
             "government); 'next week' from Mon 1987-03-02 = 9-13 March (EVENTS.md 21); 'said' is rule-3 "
             "attribution"),
            # 1
            ("AGREE", "signed", TWN_IMPLIED, US_IMPLIED, None,
             "1986-07", "month", "last July", "asserted", None,
             "the Taiwan-U.S. textile agreement 'signed last July' (a nominal with its own date; both parties "
             "implied by the story); its export limits are content"),
            # 2
            ("ACCUSE", ("said", "The official said"), ("The official", "TWN", "GOV"),
             (("United\nStates", "unfair because the"), "USA", "GOV"), TPE,
             "1987-03-02", "day", None, "asserted", None,
             "complaint: the pact is unfair because the U.S. gave Hong Kong and South Korea better terms; DCT"),
            # 3
            ("AGREE", ("signed", "States had"), (("United\nStates", "unfair because the"), "USA", "GOV"),
             ("Hong Kong", "HKG", "GOV"), None, None, "unknown", None, "asserted", None,
             "U.S. textile agreement with Hong Kong (compound split, EVENTS.md 12); pluperfect, no time expression: "
             "undated"),
            # 4
            ("AGREE", ("signed", "States had"), (("United\nStates", "unfair because the"), "USA", "GOV"),
             ("South Korea", "KOR", "GOV"), None, None, "unknown", None, "asserted", None,
             "U.S. textile agreement with South Korea (compound split)"),
            # 5
            ("STATEMENT", ("said", "He said Taiwan"), (("He", "He said Taiwan"), "TWN", "GOV"), None, TPE,
             "1987-03-02", "day", None, "asserted", None,
             "assessment: Taiwan finds it hard to compete, made worse by the rising Taiwan dollar"),
        ],
        "skip": [
            ("renegotiate", "purpose of the visit (the same CONSULT)"),
            (("agreement", "renegotiate an"), "object of the renegotiation (the July agreement, coded on 'signed')"),
            ("limiting", "content of the agreement"),
            (("said", "Trade official"), "rule-3 attribution (the mission's visit is the event)"),
            ("limited", "content of the agreement (export limits)"),
            ("given", "content of the U.S. agreements"),
            ("compete", "content of the statement"),
            ("made worse", "content of the statement"),
            ("surging", "market-price movement"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("Washington", "GPE", "USA"),
            ("Board of Foreign\nTrade", "ORG", "TWN"),
            (("Taiwan", "signed last July,"), "GPE", "TWN"),
            (("United\nStates", "unfair because the"), "GPE", "USA"),
            ("Hong Kong", "GPE", "HKG"),
            ("South Korea", "GPE", "KOR"),
            (("Taiwan", "He said"), "GPE", "TWN"),
            (("Taiwan", "value of the"), "GPE", "TWN"),
        ],
    },
    "reuters21578-12756": {
        "events": [
            # 0
            ("REQUEST", "bid", ("The United States", "USA", "GOV"), ("Japan", "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "pressure for a share of Japan's FSX fighter project (COOPERATE planned arguable); present progressive "
             "standing effort with no time expression, relayed by anonymous agency sources: undated"),
            # 1
            ("AGREE", "suggested",
             ("General Dynamics Corp <GD.N> and McDonnell Douglas Corp\n<MD.N> of the U.S.", "USA", "BUS"),
             AGENCY_IMPLIED, None, None, "unknown", None, "asserted", None,
             "offer of joint development of the FSX with Japanese firms (an offer = AGREE, as 12's offer to a "
             "government; REQUEST arguable); same-country compound: one record; addressee the Defence Agency "
             "(implied); present perfect, no time expression: undated"),
            # 2
            ("STATEMENT", ("said", "Officials said"), ("Officials", "JPN", "GOV"), None, TOK,
             "1987-04-03", "day", None, "asserted", None,
             "the Agency still studying the project (officials of the named agency, EVENTS.md 4); DCT"),
            # 3
            ("CONSULT", "briefing", (("General Dynamics", "proposal from"), "USA", "BUS"),
             (("the agency", "The officials said"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "briefing of the agency by General Dynamics (briefer first); pluperfect, its day not fixed by the team's "
             "arrival: undated; 'said' is rule-3 attribution"),
            # 4
            ("CONSULT", "arrived", ("The firm's team", "USA", "BUS"), AGENCY_IMPLIED, ("Tokyo", "JPN"),
             "1987-03-30", "day", "March 30", "asserted", None,
             "General Dynamics team's visit, arrived 'here' (Tokyo) on March 30 (host the Agency, implied)"),
            # 5
            ("STATEMENT", "elaborate", (("They", "They declined"), "JPN", "GOV"), None, TOK,
             "1987-04-03", "day", None, "negated", None,
             "withheld statement: the officials declined to elaborate on the briefing (EVENTS.md 5)"),
            # 6
            ("CONSULT", "arriving", ("A team from McDonnell", "USA", "BUS"), AGENCY_IMPLIED, None,
             "1987-04-06", "day", "next Monday", "planned", None,
             "McDonnell team's visit with a similar proposal; 'next Monday' from Fri 1987-04-03 = 1987-04-06; "
             "'the Agency said' is rule-3 attribution"),
            # 7
            ("CONSULT", "visit", ("A Pentagon team of about 10 experts", "USA", "MIL"),
             (("the Agency", "plane with"), "JPN", "GOV"), None,
             "1987-04-11", "day", "April 11", "planned", None,
             "one-week visit starting on April 11 to discuss the plane with the Agency ('discuss' its purpose); "
             "'the officials said' is rule-3 attribution"),
            # 8
            ("CONSULT", "briefings", ("Five major Japanese makers", "JPN", "BUS"), AGENCY_IMPLIED, None,
             "1987-04", "month", "this month", "planned", None,
             "the Japanese makers' briefings to the Agency (implied) this month; 'they said' is rule-3 attribution"),
            # 9
            ("STATEMENT", "disclose", ("A spokesman for the group", "JPN", "BUS"), None, TOK,
             "1987-04-03", "day", None, "negated", None,
             "withheld statement: declined to disclose details (the makers' group)"),
        ],
        "skip": [
            ("win", "content of the bid"),
            ("build", "content (the fighter project)"),
            (("decision", "nears a"), "the agency's internal decision (no type)"),
            (("said", "agency sources"), "anonymous-source talk (agency sources)"),
            (("development", "joint"), "content of the offer"),
            ("studying", "internal deliberation of one body, content of the statement"),
            (("said", "but agency sources"), "anonymous-source talk (agency sources)"),
            ("assessment", "internal deliberation (content of anonymous talk)"),
            (("said", "The officials said"), "rule-3 attribution (the briefing is the event)"),
            ("proposal", "content of the briefing (the development proposal; AGREE arguable)"),
            ("modify", "content of the proposal"),
            (("briefing", "elaborate on the"), "anaphoric nominal"),
            (("proposal", "similar"), "content of the visit (a similar proposal)"),
            (("said", "Hornet, the Agency"), "rule-3 attribution (the visit is the event)"),
            ("follow up", "part of the planned visit (light verb)"),
            ("discuss", "purpose of the visit (the same CONSULT)"),
            (("said", "with the Agency, the officials"), "rule-3 attribution (the visit is the event)"),
            (("said", "this month, they"), "rule-3 attribution (the briefings are the event)"),
            (("studying", "has been"), "internal deliberation of one body"),
            (("development", "possibilities:"), "option under study (content)"),
            ("modifying", "option under study (content)"),
            ("purchase", "option under study (content)"),
            ("decide", "the agency's internal decision (relayed by press reports)"),
            ("seek", "domestic budget request (relayed by press reports)"),
            (("said", "press reports"), "anonymous press reports"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Defence Agency", "ORG", "JPN"),
            ("General Dynamics Corp", "ORG", "USA"),
            ("McDonnell Douglas Corp", "ORG", "USA"),
            (("U.S.", "McDonnell Douglas Corp"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Agency", "Officials said the"), "ORG", "JPN"),
            (("General Dynamics", "proposal from"), "ORG", "USA"),
            (("McDonnell", "A team from"), "ORG", "USA"),
            (("Agency", "Hornet, the"), "ORG", "JPN"),
            ("Pentagon", "ORG", "USA"),
            (("Agency", "plane with the"), "ORG", "JPN"),
            (("Japanese", "Five major"), "NORP", "JPN"),
            ("Mitsubishi Heavy Industries", "ORG", "JPN"),
            ("Kawasaki Heavy\nIndustries", "ORG", "JPN"),
            (("Japanese", "fighter-bomber by"), "NORP", "JPN"),
            (("Agency", "Phantoms the"), "ORG", "JPN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
