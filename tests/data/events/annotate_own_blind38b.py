"""Build ``own_blind38b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind38b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left); 24 drawn with random.Random(38101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
51 event records (47 first mentions, 4 later mentions), 123 not_annotated spans, 111 entity mentions;
no article without events; 8170 (Tasmanian bond) has a single lead-manager STATEMENT, 10808 (Finance
Ministry survey) two records (the rest is anonymous market talk) and 18144 (Royal Bank) and 2681 (Mississippi
River) reporting-clause STATEMENTs only. Types: STATEMENT 32, CONSULT 9, SUPPORT 4, REQUEST 2, ASSAULT 2, AGREE
1, SANCTION 1; modality: asserted 37, planned 11, negated 3; precision: day 38, month 8, unknown 4, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: the skip "set" (the draft's
"and set a 25 year repayment term") matching inside the lead's "settling"; the build also caught a date_text
"on Tuesday" broken by a line break in the text, given as "Tuesday"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Japan's Minister of
International Trade and Industry, Hajime Tamura": GPE + PERSON only; "Vice President George Bush", "Economy
Minister Youssri Mustapha", "President Hosni Mubarak", "chairman Allan Taylor": the PERSON; "Japanese
Vice-Finance Minister Toyoo Gyohten", "Egyptian ambassador to Moscow Salah Bassiouni": NORP (+ GPE) + PERSON;
"Saudi Arabian Crown Prince Abdullah bin Abdul Aziz": NORP + PERSON; "Deputy Finance Ministers" nothing);
"the Reagan administration" gives PERSON "Reagan" (12b/34b); the Ministry of International Trade and
Industry and MITI, the Finance Ministry (10808, Tokyo) and the Lower House ORG JPN (37a); the Group of Seven
and G-7 ORG null (5b/27b); Reuters ORG GBR; the Army Corps of Engineers ORG USA; Royal Bank of Canada
(one span, "Canada" not tagged inside it) and the short "Royal Bank" ORG CAN, Allan Taylor PERSON CAN;
Tasmanian Public Finance Corp ORG AUS (one span), Tasmania GPE AUS, "Australian" in "Australian dlr" NORP
AUS (28a's "Canadian dlr"), Deutsche Bank Capital Markets ORG GBR (the bank's London capital-markets arm, as
9b/18a's Merrill Lynch Capital Markets and 28a's Morgan Guaranty Ltd; DEU from the name arguable), Frankfurt
GPE DEU, Luxembourg GPE LUX; "Saudi Arabian", "Saudi" and "the Saudis" NORP SAU; "Iranian" NORP IRN; the
Gulf LOC null (13a/34b); Kuwait GPE KWT; Moscow GPE SUN, "Soviet" (also inside "Soviet-built" and
"Soviet-supplied": the "Soviet" part only) NORP SUN, the Soviet Union GPE SUN; Cairo GPE EGY, "Egyptian"
(also in "Egyptian pounds", as 28a's "Canadian dlr") NORP EGY; the Mississippi River, the
"Mid-Mississippi River" (one span), the Illinois River and Lock and Dam 20 LOC USA (29b's named bridge and
volcano; lower-case "upper", "locks" left out), the Peoria and La Grange locks tagged by their names
("Peoria", "La Grange") as LOC USA (the locks, not the towns; GPE arguable), the Twin Cities, Minnesota,
Quincy and "Ill" GPE USA, "Midwestern" NORP USA (10a's "midwest" USA; 19b's adjectival regions as NORP);
Venice and Italy GPE ITA; currencies (dollar, yen, dlrs, pounds), time zones (CST) and lower-case bodies
("the ministry", "the bank", "parliament's") are not tagged.

Judgement calls made here:
* 11260 (MITI import drive, DCT Tue 1987-03-31, TOKYO): "Tamura will meet representatives from 151 of the
  nation's largest companies next week and appeal to them to do their best to increase imports, ministry
  officials said" is CONSULT JPN GOV -> JPN BUS (a government-company meeting, as 11b's executive meeting a
  minister) and REQUEST JPN GOV -> the companies (an appeal to an identified party), both planned, "next
  week" (6-10 April from Tue 31 March) kept at its month: 1987-04 (EVENTS.md 21), location null (no place
  given); "said" rule-3 attribution. "The meeting was unveiled as part of a plan to boost imports and help
  head off protectionist legislation in the U.S." is a passive announcement with no named announcer
  (skipped, 30b; the U.S. legislation a background nominal, SANCTION hypothetical arguable). The MITI
  officials' "told reporters that such personal appeals appeared to have paid off" is a STATEMENT (the past
  appeals generic, skipped). "Leading domestic semiconductor makers will boost imports and cut production
  ... next month in an attempt to help ward off U.S. Trade sanctions, company spokesmen said": the import
  plans and the production cut are the makers' own measures (no type, as events_dev's Japanese production
  cut; RETREAT toward the USA arguable), so "company spokesmen said" is a STATEMENT (JPN BUS; taken as
  identifiable, 4a's "company spokesmen" of the Japanese truck makers; anonymous arguable, the makers being
  unnamed), DCT. "The officials also said they expect the ... new trade insurance law to boost imports" is a
  STATEMENT (forecast); "Under the new law, the government will insure Japanese companies who pre-pay for
  imports" is a standing provision of a domestic law, generic (skipped; AID JPN -> JPN BUS planned
  arguable); "MITI estimated that it would help solve Japan's trade problem" is a STATEMENT (10a's
  "estimated"), DCT.
* 20719 (Saudi role in the Gulf, DCT Tue 1987-10-20, WASHINGTON): "a senior U.S. official" who "asked not to
  be named" is an official of a named government (EVENTS.md 4; 16a/29a; 16b's anonymous reading arguable).
  "Crown Prince Abdullah ... was thanked by the Reagan administration for his country's close, and
  closed-mouthed, cooperation with Washington in the Gulf" is SUPPORT USA -> SAU (thanks = praise), the
  official's "said" rule-3 attribution, undated (passive, relayed, no time expression; placing it in Monday's
  meeting arguable), location null; the cooperation is its object (COOPERATE SAU -> USA arguable, skipped).
  '"The Saudis are being very cooperative. It would be nice if the Saudis would go more public, but it's
  their real estate," said the official' is the official's own SUPPORT USA -> SAU on "said" (praise, the
  saying is the act; the wish is part of it: REQUEST or STATEMENT arguable), DCT. "He declined to describe
  what sort of help the Saudis were providing" is a withheld STATEMENT (negated, DCT), its participle "saying
  that Saudi officials are reluctant ..." an elaboration (skipped, EVENTS.md 3); the U.S. forces "stationed"
  in the Gulf are a background relative clause (MOBILIZE arguable, skipped). "The prince met Vice President
  George Bush on Monday" is CONSULT SAU -> USA (visitor first), 1987-10-19, Washington (he "is here on an
  official visit"; the visit itself skipped as background, CONSULT arguable). "after U.S. naval forces
  attacked offshore Iranian oil platforms" is ASSAULT USA MIL -> IRN (platforms BUS, as 34b), undated ("on
  Monday" dates the meeting; the attack only precedes it; 1987-10-19 arguable), location null; "what
  Washington said was retaliation" is attribution of its characterisation. "an Iranian attack on a ship
  moored off Kuwait and flying the U.S. flag" is ASSAULT IRN -> USA (the ship's country from its flag, as
  own_blind3's "U.S.-flag ship"; KWT arguable, 34b's "Kuwaiti ship"), a nominal with its own agent and
  target (EVENTS.md 11), undated, located off Kuwait. The prince's reply at the start of the meeting ("I
  believe what the United States has done is their responsibility as a superpower") is SUPPORT SAU -> USA on
  "replied" (an endorsement of the U.S. attack, so read by the U.S. official), dated by the meeting (rule 3:
  1987-10-19), and "The senior U.S. official said his remark was an endorsement of the U.S. attack" its later
  mention on "endorsement" (the typed act is the proposition: "said" rule-3 attribution; a STATEMENT USA
  arguable). The reporters' question ("Asked") is skipped.
* 10808 (Finance Ministry survey, DCT Mon 1987-03-30, TOKYO): "A Finance Ministry official said the ministry
  has recently conducted a survey on foreign exchange transactions by institutional investors" is a
  STATEMENT (a domestic survey has no type; JPN GOV, an official of a named body) and "but declined to say if
  it was aimed at moderating their dollar sales" a withheld STATEMENT (negated, 32a), both DCT. The
  "financial market sources" who "had heard the ministry has asked life insurance and securities firms to
  refrain from selling dollars, but ... were unable to confirm this" relay an unconfirmed rumour (20b's
  rumoured purchase: skipped; REQUEST JPN GOV -> JPN BUS arguable); the dealers' talk and the dollar sales
  are anonymous talk and market activity.
* 17283 (G-7 officials, DCT Mon 1987-04-27, OSAKA): "Senior officials from the Group of Seven (G-7) countries
  will meet next week" is CONSULT by the group (null, no actor2, 5b's G-7 meeting), planned, "next week"
  (4-8 May from Mon 27 April) = 1987-05 at month precision (EVENTS.md 21), located in Italy ("The meeting
  will be held in Italy", two sentences on); "the body's June summit scheduled to be held in Venice" is a
  second CONSULT (a nominal with its own date and predication, EVENTS.md 11; the body null IGO), planned,
  1987-06, Venice; "Japanese officials said" is rule-3 attribution and "to decide an agenda" the meeting's
  purpose. "The meeting will provide ... their first chance to discuss the recent sharp drop of the dollar
  ..., they said" is a STATEMENT (assessment; the meeting anaphoric). "Deputy Finance Ministers, including
  Japanese Vice-Finance Minister Toyoo Gyohten, will attend" is a later mention of the meeting (the
  participants as one null group, 25b's listed attendance; a CONSULT JPN -> G-7 as 5b's Italy attending
  arguable), and "The meeting will be held in Italy" another (trigger on the event noun, "be held" being the
  light verb; "they said" rule-3 attribution); "but gave no other details" is a withheld STATEMENT (negated,
  11b/22b). "The leaders of the G-7, the United States, Britain, Canada, France, Italy, Japan and West
  Germany, are expected to discuss ways of improving economic policy coordination in Venice" is the
  summit's later mention (one null group record, 34b's Paris list; planned, 1987-06). "The hope is that
  ..." is impersonal and "economists say" anonymous (skipped). "Japanese officials admitted", "The officials
  said they expected sentiment ... to change soon", '"We have already seen some signs of improvement ...,"
  one said' (new content, not a restatement) and "Last week's passage of the ... budget ... paves the way
  for Tokyo to take additional action ..., the officials said" are STATEMENTs (JPN GOV, DCT, OSAKA); the
  budget's passage is domestic legislation (37a) and the further action domestic policy (skipped).
* 8170 (Tasmanian bond, DCT Mon 1987-03-23, LONDON): the lead manager announcing a bond issue is a STATEMENT
  (own_blind2 / 14b / 28a; Deutsche Bank Capital Markets GBR BUS, see Entities), DCT, LONDON; the issue,
  its terms, the listing and the guarantee by the state of Tasmania of its own finance corporation are
  corporate finance (14b's New Zealand guarantee: domestic, AID arguable).
* 2681 (Mississippi River opens, DCT Fri 1987-03-06, CHICAGO): the river's opening, the completed repairs,
  the barges' move through Lock and Dam 20 "at 0600 CST today", the reported ice and the locks "scheduled
  to close July 13" have no type (traffic, repairs and conditions with no party acting on another; the
  last sentence has no actor at all), so the Army Corps of Engineers spokesman's three reporting clauses
  ("an Army Corps of Engineers spokesman said", "the spokesman said", "he said") are STATEMENTs (USA, kind
  MIL as part of the U.S. Army; GOV arguable, kind not scored), DCT, CHICAGO ("today" governs the barges'
  move, not the saying).
* 5180 (Egypt / USSR arms debt, DCT Sun 1987-03-15, CAIRO; the dateline's "March 16" is the next day, the
  DCT is published_at's date, GUIDELINES.md): "Egypt and the Soviet Union are expected to sign an agreement
  in Moscow next week settling Cairo's three billion dlr military debt, Egyptian officials said" is AGREE
  EGY -> SUN (one record, the first-named party first, as 16a's "The two countries signed"), planned,
  "next week" = 1987-03 (16-22 March from Sun 15 March; the same month from the dateline's Monday), Moscow;
  "said" rule-3 attribution, the settlement its content. "One official, who asked to remain anonymous, told
  Reuters a draft agreement would reduce ... interest ... and set a 25 year repayment term" is a STATEMENT
  (EGY GOV: one of the Egyptian officials, identifiable as 29a's unnamed officials; the draft's terms
  content), DCT. "Talks are due to begin in Moscow on Wednesday" is CONSULT EGY -> SUN (both implied,
  EVENTS.md 14), planned, 1987-03-18 (next Wednesday). "Economy Minister Youssri Mustapha, who leaves for
  Moscow on Tuesday" is a visit, CONSULT EGY -> SUN (visitor first, as 37a's "leaves next week for the
  U.S."), planned, 1987-03-17 (a separate record from the talks: a different date); his meeting with
  President Mubarak and the Egyptian ambassador is an internal meeting of one government (15b; skipped,
  CONSULT EGY -> EGY arguable). "One official said Egypt would propose a new exchange rate for trade with
  the Soviet Union" is REQUEST EGY -> SUN (a proposal to a party, 11a), planned, undated (no time expression;
  placing it in Wednesday's talks arguable), "said" rule-3 attribution. Moscow "sees" the old rate "as
  unreasonable" is a standing view (stative; ACCUSE arguable, skipped). "The officials said part of the debt
  would be paid in exports of goods" (the planned deal's terms), "Egypt ... also wanted a debt deal to allow
  purchases of currently blocked spare parts ..., the officials said" (Egypt's aims; the habitual imports of
  Soviet goods stative, the blocked parts stative, SANCTION SUN -> EGY arguable) and "An estimated 65 pct of
  Egypt's arsenal is ... Soviet-supplied equipment, one official said" are STATEMENTs (EGY GOV, DCT, CAIRO);
  "Egypt wants to settle the debt problem partly to open the door for new cooperation ..." has no speaker
  and states an aim (skipped). "Cairo stopped repaying Moscow for arms purchases in 1977" is a payment
  freeze (no matching type, EVENTS.md 10; skipped) and "when then-president Anwar Sadat broke with its
  long-standing ally" SANCTION EGY -> SUN (breaking relations, EVENTS.md 9; a break of an alliance rather
  than of diplomatic ties, so arguable), 1977 (year, the when-clause dated by "in 1977"), location null;
  "and turned to the U.S." is a realignment with no specific act (SUPPORT / COOPERATE EGY -> USA arguable,
  skipped).
* 18144 (Royal Bank of Canada, DCT Tue 1987-06-02, MONTREAL): classifying the Brazil loans as non-accrual is
  accounting (17b/29a: no type), the loss estimate and the provisioning commitment are the bank's own
  corporate finance (no counterpart; AGREE arguable for "is committed"), the profit figures statistics and
  Brazil's suspended interest payments a payment freeze (EVENTS.md 10); so each reporting clause is a
  STATEMENT (CAN BUS, DCT, MONTREAL): "Royal Bank of Canada said", "chairman Allan Taylor said in a
  statement", "Taylor said" (new content), "The bank earlier reported" (EVENTS.md 16's "Earlier it
  reported": DCT), "The bank said", "It said", "Royal Bank said" (the decline's cause), "Royal Bank said it
  keeping", "It said it is committed", "The bank said non-accrual loans totalled" and "it said" (the last
  sentence, its own record, EVENTS.md 3): 11 records ("at April 30", "by the end of 1989" date the figures,
  not the sayings).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind38b.jsonl"

TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
OSA = ("OSAKA", "JPN")
LON = ("LONDON", "GBR")
CHI = ("CHICAGO", "USA")
CAI = ("CAIRO", "EGY")
MTL = ("MONTREAL", "CAN")
MOSCOW = ("Moscow", "SUN")
ITALY = ("Italy", "ITA")
VENICE = ("Venice", "ITA")

TAMURA = ("Hajime Tamura", "JPN", "GOV")
MITI_OFFICIALS = ("Senior officials from the Ministry of International Trade and Industry", "JPN", "GOV")
PRINCE = ("Saudi Arabian Crown Prince Abdullah bin Abdul Aziz", "SAU", "GOV")
US_OFFICIAL = ("the official", "said the official")
MOF_OFFICIAL = ("A Finance Ministry official", "JPN", "GOV")
G7_OFFICIALS = ("Senior officials from the Group of Seven (G-7) countries", None, "GOV")
EGYPT_IMPLIED = (None, "EGY", "GOV")
SUN_IMPLIED = (None, "SUN", "GOV")
RBC = ("Royal Bank of Canada", "CAN", "BUS")
CORPS = ("an Army Corps of Engineers spokesman", "USA", "MIL")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-11260": {
        "events": [
            # 0
            ("CONSULT", ("meet", "Tamura, will"), TAMURA,
             ("representatives from 151 of the nation's largest companies", "JPN", "BUS"), None,
             "1987-04", "month", "next week", "planned", None,
             "MITI minister Tamura will meet representatives of 151 large companies (a meeting between the government "
             "and companies, as 11b's executive meeting a minister); 'next week' from Tue 31 March = 6-10 April, kept "
             "at its month (EVENTS.md 21); no place given; 'ministry officials said' is rule-3 attribution"),
            # 1
            ("REQUEST", ("appeal", "next week and"), TAMURA, (("them", "appeal to"), "JPN", "BUS"), None,
             "1987-04", "month", "next week", "planned", None,
             "and appeal to them to do their best to increase imports (an appeal to an identified party); the same "
             "'next week' governs both conjuncts"),
            # 2
            ("STATEMENT", "told", MITI_OFFICIALS, None, TOK,
             "1987-03-31", "day", None, "asserted", None,
             "such personal appeals appeared to have paid off in the past (assessment; the past appeals are generic); "
             "wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "company spokesmen"), ("company spokesmen", "JPN", "BUS"), None, TOK,
             "1987-03-31", "day", None, "asserted", None,
             "the leading chip makers will boost imports and cut production next month (a production cut and import "
             "plans of the makers themselves: no type, as events_dev's ordered production cut; RETREAT toward the "
             "USA arguable); spokesmen of the 'leading domestic semiconductor makers' taken as identifiable (4a's "
             "'company spokesmen' of the Japanese truck makers; anonymous arguable); DCT"),
            # 4
            ("STATEMENT", ("said", "The officials also"), (("The officials", "The officials also"), "JPN", "GOV"), None,
             TOK, "1987-03-31", "day", None, "asserted", None,
             "they expect the new trade insurance law to boost imports (forecast); DCT"),
            # 5
            ("STATEMENT", "estimated", ("MITI", "JPN", "GOV"), None, TOK,
             "1987-03-31", "day", None, "asserted", None,
             "the law would help solve Japan's trade problem by about 10 billion dlrs a year (an estimate, 10a's "
             "'estimated'); wire style with no time expression: DCT"),
        ],
        "skip": [
            (("said", "ministry officials"), "rule-3 attribution (the meeting and the appeal are the events)"),
            (("increase", "do their best to"), "content of the appeal"),
            ("unveiled", "passive announcement of the meeting with no named announcer (attribution of the planned "
                         "meeting)"),
            (("meeting", "The meeting was"), "anaphoric nominal (the planned meeting)"),
            (("plan", "part of a"), "background nominal (MITI's import plan)"),
            (("boost", "plan to"), "content of the plan"),
            ("head off", "purpose (content of the plan)"),
            ("legislation", "background nominal (protectionist U.S. legislation: SANCTION hypothetical arguable)"),
            (("appeals", "such personal"), "generic past appeals (habitual; content of the statement)"),
            ("paid off", "content of the statement"),
            ("climbed", "statistics"),
            (("boost", "makers will"), "the makers' own import plan: no type (content of the statement)"),
            ("cut production", "domestic production cut (events_dev's ordered production cut: no type; RETREAT toward "
                                "the USA arguable)"),
            ("ward off", "purpose (content)"),
            ("sanctions", "hypothetical U.S. trade sanctions warded off (content of the purpose clause)"),
            (("boost", "law to"), "content of the forecast"),
            ("encourage", "content of the forecast"),
            ("set up", "content of the forecast"),
            ("insure", "standing provision of a domestic law (generic: the government insures any company that "
                       "pre-pays; AID JPN -> JPN BUS planned arguable)"),
            ("pre-pay", "corporate finance (generic content of the law)"),
            ("dealing with", "stative (generic content of the law)"),
            ("solve", "content of the estimate"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Hajime Tamura", "PERSON", "JPN"),
            (("U.S.", "legislation in the"), "GPE", "USA"),
            ("Ministry of International Trade and Industry", "ORG", "JPN"),
            (("Japanese", "as"), "NORP", "JPN"),
            (("U.S.", "ward off"), "GPE", "USA"),
            (("Japanese", "encourage"), "NORP", "JPN"),
            (("Japanese", "insure"), "NORP", "JPN"),
            ("MITI", "ORG", "JPN"),
            (("Japan", "solve"), "GPE", "JPN"),
        ],
    },
    "reuters21578-20719": {
        "events": [
            # 0
            ("SUPPORT", "thanked", ("the Reagan administration", "USA", "GOV"), PRINCE, None,
             None, "unknown", None, "asserted", None,
             "the Reagan administration thanked the prince for Saudi cooperation (praise of another actor); relayed by "
             "a U.S. official (identifiable: an official of a named government, EVENTS.md 4, 29a), 'said' rule-3 "
             "attribution; passive with no time expression: undated (placing it in Monday's meeting arguable)"),
            # 1
            ("SUPPORT", ("said", "their real estate,"), (US_OFFICIAL, "USA", "GOV"), (("The Saudis", "The Saudis are"), "SAU", "GOV"),
             WAS, "1987-10-20", "day", None, "asserted", None,
             "'The Saudis are being very cooperative ...' (the official's own praise of the Saudis, the saying is the "
             "act; the wish that they go more public is part of it; STATEMENT or REQUEST arguable); DCT, WASHINGTON"),
            # 2
            ("STATEMENT", "declined to describe", (("He", "He declined"), "USA", "GOV"), None, WAS,
             "1987-10-20", "day", None, "negated", None,
             "withheld statement: declined to describe the Saudi help (32a's 'declined to say'); the participial "
             "'saying' is its elaboration (skipped, EVENTS.md 3); DCT"),
            # 3
            ("CONSULT", ("met", "The prince"), (("The prince", "The prince met"), "SAU", "GOV"),
             ("Vice President George Bush", "USA", "GOV"), WAS,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "the prince met Bush on Monday (Mon 19 Oct from Tue 20 Oct); visitor first (EVENTS.md 13); he is 'here' on "
             "an official visit: Washington"),
            # 4
            ("ASSAULT", "attacked", ("U.S. naval forces", "USA", "MIL"), ("offshore Iranian oil platforms", "IRN", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "U.S. naval forces attacked Iranian oil platforms; 'on Monday' dates the meeting, the attack only precedes "
             "it: no time expression of its own, undated (rule 4); no place named"),
            # 5
            ("ASSAULT", ("attack", "retaliation for an Iranian"), (("Iranian", "retaliation for an"), "IRN", "MIL"),
             (("a ship", "attack on"), "USA", "BUS"), ("Kuwait", "KWT"),
             None, "unknown", None, "asserted", None,
             "an Iranian attack on a ship moored off Kuwait and flying the U.S. flag (a nominal with its own agent and "
             "target, EVENTS.md 11; 34b); the ship's country from its flag (own_blind3's 'U.S.-flag ship'; KWT "
             "arguable, 34b's 'Kuwaiti ship'); no time expression: undated"),
            # 6
            ("SUPPORT", "replied", (("the prince", "the attack, the prince"), "SAU", "GOV"),
             (("the United States", "I believe what"), "USA", "GOV"), WAS,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "'what the United States has done is their responsibility as a superpower': an endorsement of the U.S. "
             "attack (so read by the U.S. official); said at the start of Monday's meeting: its date (rule 3)"),
            # 7
            ("SUPPORT", "endorsement", (("his", "said his remark"), "SAU", "GOV"),
             (("U.S.", "endorsement of the"), "USA", "GOV"), WAS,
             "1987-10-19", "day", "on Monday", "asserted", 6,
             "later mention: the official calls the prince's remark an endorsement of the U.S. attack (the typed act is "
             "the proposition, so the official's 'said' is rule-3 attribution; a STATEMENT USA arguable)"),
        ],
        "skip": [
            (("said", "a senior U.S. official"), "rule-3 attribution (the thanking is the event)"),
            ("cooperation", "object of the thanks (standing Saudi cooperation with the U.S.: COOPERATE SAU -> USA "
                            "undated arguable)"),
            ("go more public", "part of the official's praise (a wish; REQUEST arguable)"),
            ("asked not to be named", "request for anonymity (29a)"),
            ("saying", "participial elaboration of the withheld statement (EVENTS.md 3)"),
            (("help", "sort of"), "content of the withheld statement (Saudi help: AID / COOPERATE arguable)"),
            ("providing", "content of the withheld statement"),
            ("acknowledge", "content of the elaboration"),
            ("stationed", "background relative clause: standing U.S. deployment (MOBILIZE USA undated arguable)"),
            ("protect", "purpose of the deployment (content)"),
            (("said", "what Washington"), "attribution of the attack's characterisation as retaliation"),
            ("retaliation", "part of the attack's characterisation"),
            ("Asked", "question by unnamed reporters"),
            (("meeting", "start of the"), "anaphoric nominal (Monday's meeting)"),
            (("attack", "felt about the"), "anaphoric nominal (the U.S. attack)"),
            ("visit", "background: the prince's ongoing official visit (the meeting is coded; CONSULT SAU -> USA "
                      "arguable)"),
            (("done", "has done"), "content of the reply (the attack)"),
            (("said", "The senior U.S. official said"), "rule-3 attribution (the endorsement is the event)"),
            ("remark", "anaphoric nominal (the prince's reply)"),
            (("attack", "endorsement of the U.S."), "anaphoric nominal (the U.S. attack)"),
        ],
        "entities": [
            ("Saudi Arabian", "NORP", "SAU"),
            ("Abdullah bin Abdul Aziz", "PERSON", "SAU"),
            ("Reagan", "PERSON", "USA"),
            ("Washington", "GPE", "USA"),
            ("Gulf", "LOC", None),
            (("U.S.", "a senior"), "GPE", "USA"),
            (("Saudis", "The"), "NORP", "SAU"),
            (("Saudis", "nice if the"), "NORP", "SAU"),
            (("Saudis", "help the"), "NORP", "SAU"),
            (("Saudi", "saying that"), "NORP", "SAU"),
            (("Gulf", "their role in the"), "LOC", None),
            (("United States", "where the"), "GPE", "USA"),
            ("George Bush", "PERSON", "USA"),
            (("U.S.", "after"), "GPE", "USA"),
            (("Iranian", "offshore"), "NORP", "IRN"),
            (("Washington", "in what"), "GPE", "USA"),
            (("Iranian", "retaliation for an"), "NORP", "IRN"),
            ("Kuwait", "GPE", "KWT"),
            (("U.S.", "flying the"), "GPE", "USA"),
            (("United States", "I believe what the"), "GPE", "USA"),
            (("U.S.", "The senior"), "GPE", "USA"),
            (("U.S.", "endorsement of the"), "GPE", "USA"),
        ],
    },
    "reuters21578-10808": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Finance Ministry official"), MOF_OFFICIAL, None, TOK,
             "1987-03-30", "day", None, "asserted", None,
             "the ministry has recently conducted a survey of institutional investors' currency dealings (a domestic "
             "survey: no type); an official of a named body (EVENTS.md 4); wire style: DCT, TOKYO"),
            # 1
            ("STATEMENT", "declined to say", MOF_OFFICIAL, None, TOK,
             "1987-03-30", "day", None, "negated", None,
             "withheld statement: declined to say if the survey aimed at moderating dollar sales (32a); DCT"),
        ],
        "skip": [
            ("conducted a survey", "content: a domestic survey (no type)"),
            ("moderating", "content of the withheld question"),
            (("said", "financial market sources"), "anonymous-source talk (financial market sources)"),
            ("heard", "anonymous hearsay"),
            (("asked", "ministry has asked"), "unconfirmed rumour relayed by anonymous sources ('had heard', 'unable to "
                                            "confirm', 20b's rumoured purchase; REQUEST JPN GOV -> JPN BUS arguable)"),
            ("refrain", "content of the rumoured request"),
            ("confirm", "anonymous sources"),
            (("said", "Dealers said life"), "anonymous-source talk (dealers)"),
            (("sold", "already"), "market activity by unnamed sellers"),
            (("said", "Dealers said securities"), "anonymous-source talk (dealers)"),
            (("sold", "aggressively"), "market activity by unnamed sellers"),
        ],
        "entities": [
            ("Finance Ministry", "ORG", "JPN"),
        ],
    },
    "reuters21578-17283": {
        "events": [
            # 0
            ("CONSULT", ("meet", "countries will"), G7_OFFICIALS, None, ITALY,
             "1987-05", "month", "next week", "planned", None,
             "G-7 senior officials will meet next week (a group of countries: null, no actor2, as 5b's G-7 meeting); "
             "'next week' from Mon 27 April = 4-8 May, kept at its month (EVENTS.md 21); 'The meeting will be held in "
             "Italy' gives the place; 'Japanese officials said' is rule-3 attribution"),
            # 1
            ("CONSULT", "summit", (("the body", "agenda for"), None, "IGO"), None, VENICE,
             "1987-06", "month", "June", "planned", None,
             "the body's June summit scheduled to be held in Venice (a nominal with its own date and predication, "
             "EVENTS.md 11); future 'June' = 1987-06"),
            # 2
            ("STATEMENT", ("said", "longer term, they"), (("they", "longer term,"), "JPN", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "the meeting is a first chance to discuss the dollar's drop, its focus longer term (assessment; the "
             "meeting anaphoric); wire style: DCT, dateline city"),
            # 3
            ("CONSULT", "attend", ("Deputy Finance Ministers", None, "GOV"), None, ITALY,
             "1987-05", "month", "next week", "planned", 0,
             "later mention: the deputy finance ministers (Japan's Gyohten among them) will attend the meeting (the "
             "participants as one group, as 25b's listed attendance; CONSULT JPN -> G-7 as 5b's Italy arguable)"),
            # 4
            ("CONSULT", ("meeting", "The meeting will be held"), (None, None, "GOV"), None, ITALY,
             "1987-05", "month", "next week", "planned", 0,
             "later mention: the meeting will be held in Italy (event noun after the light verb 'be held'; group "
             "implied); 'they said' is rule-3 attribution"),
            # 5
            ("STATEMENT", "gave no other details", (("they", "in Italy,"), "JPN", "GOV"), None, OSA,
             "1987-04-27", "day", None, "negated", None,
             "withheld statement (11b/16b/22b's 'gave no details'); DCT"),
            # 6
            ("CONSULT", ("discuss", "are expected to"), ("The leaders of the G-7", None, "GOV"), None, VENICE,
             "1987-06", "month", "June", "planned", 1,
             "later mention: the G-7 leaders are expected to discuss policy coordination in Venice (the summit; the "
             "listed members are the group, one null record as 34b's Paris list)"),
            # 7
            ("STATEMENT", "admitted", (("Japanese officials", "Japanese officials admitted"), "JPN", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "there is little more Japan can do alone to stem the dollar's decline (assessment); DCT"),
            # 8
            ("STATEMENT", ("said", "The officials said they"), (("The officials", "The officials said they"), "JPN", "GOV"),
             None, OSA, "1987-04-27", "day", None, "asserted", None,
             "they expect sentiment against the dollar to change soon (forecast); DCT"),
            # 9
            ("STATEMENT", ("said", 'yet," one'), (("one", 'yet," one'), "JPN", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "'We have already seen some signs of improvement ...' (one of the Japanese officials; new content, not a "
             "restatement); DCT"),
            # 10
            ("STATEMENT", ("said", "imports, the officials"), (("the officials", "imports, the officials"), "JPN", "GOV"),
             None, OSA, "1987-04-27", "day", None, "asserted", None,
             "the budget's passage paves the way for more stimulus (assessment; domestic policy); DCT"),
        ],
        "skip": [
            ("decide", "purpose of the meeting (content)"),
            (("said", "Japanese officials said"), "rule-3 attribution (the meeting and the summit are the events)"),
            (("meeting", "The meeting will provide"), "anaphoric nominal (the planned meeting; content of the statement)"),
            (("discuss", "chance to"), "content of the statement (what the meeting allows)"),
            (("drop", "sharp"), "market movement"),
            ("gathering", "anaphoric nominal (the meeting)"),
            (("said", "in Italy, they"), "rule-3 attribution (the meeting's place is the later mention)"),
            ("improving", "content of the summit discussion"),
            (("hope", "The hope"), "impersonal hope (no identifiable speaker)"),
            (("coordination", "increased"), "content of the impersonal hope"),
            ("reduce", "content of the impersonal hope"),
            ("calm", "content of the impersonal hope"),
            (("say", "economists say"), "anonymous-source talk (economists)"),
            ("worked", "content of anonymous talk"),
            ("stem", "content of the admission"),
            ("plunge", "market movement"),
            ("passage", "domestic legislation (the Lower House passing the budget, 37a): no type"),
            ("paves the way", "content of the statement"),
            ("take additional action", "domestic economic policy (content)"),
            ("stimulate", "domestic economic policy (content)"),
            (("boost", "economy and"), "content (domestic policy)"),
        ],
        "entities": [
            ("Group of Seven", "ORG", None),
            ("G-7", "ORG", None),
            ("Venice", "GPE", "ITA"),
            ("Japanese", "NORP", "JPN"),
            (("Japanese", "including"), "NORP", "JPN"),
            ("Toyoo Gyohten", "PERSON", "JPN"),
            (("Italy", "held in"), "GPE", "ITA"),
            (("G-7", "leaders of the"), "ORG", None),
            ("United States", "GPE", "USA"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            (("Italy", "France,"), "GPE", "ITA"),
            (("Japan", "Italy,"), "GPE", "JPN"),
            ("West Germany", "GPE", "DEU"),
            (("Venice", "coordination in"), "GPE", "ITA"),
            (("Japanese", "Japanese officials admitted"), "NORP", "JPN"),
            (("U.S.", "once the"), "GPE", "USA"),
            (("Japanese", "and the Japanese surplus"), "NORP", "JPN"),
            (("Japanese", "passage of the"), "NORP", "JPN"),
            ("Lower House", "ORG", "JPN"),
            ("Tokyo", "GPE", "JPN"),
        ],
    },
    "reuters21578-8170": {
        "events": [
            # 0
            ("STATEMENT", "said", ("lead manager Deutsche Bank Capital Markets", "GBR", "BUS"), None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "lead manager announcing a bond issue (own_blind2 / 14b: the issue is corporate finance); the bank's "
             "London capital-markets arm: GBR (9b/18a's Merrill Lynch Capital Markets, 28a's Morgan Guaranty Ltd; DEU "
             "from the name arguable); DCT, LONDON"),
        ],
        "skip": [
            ("guaranteed", "state guarantee of its own corporation's bond: corporate finance, same country (14b)"),
            ("is issuing", "corporate finance (bond issue)"),
            ("paying", "bond terms"),
            ("priced", "bond terms"),
            ("listed", "corporate finance (listing)"),
        ],
        "entities": [
            ("Tasmanian Public Finance Corp", "ORG", "AUS"),
            (("Tasmania", "state of"), "GPE", "AUS"),
            ("Australian", "NORP", "AUS"),
            ("Deutsche Bank Capital Markets", "ORG", "GBR"),
            ("Luxembourg", "GPE", "LUX"),
            ("Frankfurt", "GPE", "DEU"),
        ],
    },
    "reuters21578-2681": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Engineers spokesman"), CORPS, None, CHI,
             "1987-03-06", "day", None, "asserted", None,
             "the river is open after repairs and the first barges moved through Lock and Dam 20 today (no type: "
             "traffic and repairs with no acting party toward another); 'today' governs the barges' move; the saying is "
             "wire style: DCT, CHICAGO; the Corps is part of the U.S. Army (MIL; GOV arguable, kind not scored)"),
            # 1
            ("STATEMENT", ("said", "free of ice, the spokesman"), (("the spokesman", "free of ice,"), "USA", "MIL"), None,
             CHI, "1987-03-06", "day", None, "asserted", None,
             "ice reported on the upper river (statistics / conditions); DCT"),
            # 2
            ("STATEMENT", ("said", "for repairs, he"), (("he", "for repairs,"), "USA", "MIL"), None, CHI,
             "1987-03-06", "day", None, "asserted", None,
             "barges could have kept loading through the winter (assessment); DCT"),
        ],
        "skip": [
            (("open", "now"), "stative (the river open for traffic)"),
            ("completed", "repairs completed: no type"),
            (("moved", "barges"), "barge traffic (no type)"),
            (("reported", "ice were"), "agentless report (conditions)"),
            ("loading", "barge loading (port activity)"),
            (("scheduled", "had not been"), "content (the lock's repair schedule)"),
            (("close", "scheduled to"), "agentless planned lock closure for repairs: no type"),
        ],
        "entities": [
            ("Mississippi River", "LOC", "USA"),
            ("Twin Cities", "GPE", "USA"),
            ("Minnesota", "GPE", "USA"),
            ("Lock and Dam 20", "LOC", "USA"),
            ("Quincy", "GPE", "USA"),
            (("Ill", "Quincy,"), "GPE", "USA"),
            ("Army Corps of Engineers", "ORG", "USA"),
            (("Mississippi River", "upper"), "LOC", "USA"),
            ("Midwestern", "NORP", "USA"),
            ("Mid-Mississippi River", "LOC", "USA"),
            (("Lock and Dam 20", "if"), "LOC", "USA"),
            ("Peoria", "LOC", "USA"),
            ("La Grange", "LOC", "USA"),
            ("Illinois River", "LOC", "USA"),
        ],
    },
    "reuters21578-5180": {
        "events": [
            # 0
            ("AGREE", "sign", ("Egypt", "EGY", "GOV"), ("the Soviet Union", "SUN", "GOV"), MOSCOW,
             "1987-03", "month", "next week", "planned", None,
             "Egypt and the Soviet Union are expected to sign an agreement in Moscow next week (one record, first-named "
             "party first, as 16a's 'The two countries signed'); 'next week' from Sun 15 March (the DCT; the "
             "dateline's March 16 is the next day) lies in March; 'Egyptian officials said' is rule-3 attribution; "
             "the debt settlement is its content"),
            # 1
            ("STATEMENT", "told", (("One official", "One official, who"), "EGY", "GOV"), None, CAI,
             "1987-03-15", "day", None, "asserted", None,
             "the draft agreement's terms (content of the planned agreement); one of the Egyptian officials "
             "(identifiable although unnamed, 29a's official 'who asked not to be named'); wire style: DCT, CAIRO"),
            # 2
            ("CONSULT", "Talks", EGYPT_IMPLIED, SUN_IMPLIED, MOSCOW,
             "1987-03-18", "day", "on Wednesday", "planned", None,
             "talks due to begin in Moscow on Wednesday (next Wednesday from Sun 15 March); parties implied (EVENTS.md "
             "14), visitor first"),
            # 3
            ("CONSULT", "leaves", ("Economy Minister Youssri Mustapha", "EGY", "GOV"), (("Moscow", "leaves for"), "SUN", "GOV"),
             MOSCOW, "1987-03-17", "day", "Tuesday", "planned", None,
             "the minister leaves for Moscow on Tuesday (a visit, visitor first, as 37a's 'leaves next week for the "
             "U.S.'); next Tuesday from Sun 15 March"),
            # 4
            ("REQUEST", "propose", (("Egypt", "One official said Egypt"), "EGY", "GOV"),
             (("the Soviet Union", "trade with the"), "SUN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "Egypt would propose a new exchange rate for trade with the Soviet Union (a proposal to a party = "
             "REQUEST, 11a); 'said' is rule-3 attribution; no time expression: undated"),
            # 5
            ("STATEMENT", ("said", "The officials said part"), (("The officials", "The officials said part"), "EGY", "GOV"),
             None, CAI, "1987-03-15", "day", None, "asserted", None,
             "part of the debt would be paid in exports of goods (a term of the planned deal: content); DCT"),
            # 6
            ("STATEMENT", ("said", "hardware, the officials"), (("the officials", "hardware,"), "EGY", "GOV"), None, CAI,
             "1987-03-15", "day", None, "asserted", None,
             "Egypt also wanted a debt deal to allow purchases of blocked spare parts (Egypt's aims); DCT"),
            # 7
            ("STATEMENT", ("said", "equipment, one official"), (("one official", "equipment,"), "EGY", "GOV"), None, CAI,
             "1987-03-15", "day", None, "asserted", None,
             "65 pct of Egypt's arsenal is Soviet-supplied (statistics); DCT"),
            # 8
            ("SANCTION", "broke with", ("Anwar Sadat", "EGY", "GOV"), ("its long-standing ally", "SUN", "GOV"), None,
             "1977", "year", "in 1977", "asserted", None,
             "Sadat broke with Egypt's long-standing ally, the USSR (breaking relations = SANCTION, EVENTS.md 9; a "
             "break of an alliance rather than of diplomatic ties, so arguable); the when-clause is dated by 'in "
             "1977'"),
        ],
        "skip": [
            (("said", "Egyptian officials said"), "rule-3 attribution (the signing is the event)"),
            ("settling", "content of the agreement (debt settlement)"),
            ("asked to remain anonymous", "request for anonymity (29a)"),
            ("draft agreement", "content of the statement (the draft of the planned agreement)"),
            (("reduce", "would"), "content (the draft's terms)"),
            (("set", "and set a 25"), "content (the draft's terms)"),
            (("met", "Tuesday,"), "internal meeting of one government (the minister with the President and his own "
                                  "ambassador, 15b: no type; CONSULT EGY -> EGY arguable)"),
            (("discuss", "Bassiouni to"), "content of the internal meeting"),
            (("said", "One official said Egypt"), "rule-3 attribution (the proposal is the event)"),
            ("sees", "stative: Moscow's standing view of the old rate (ACCUSE SUN -> EGY arguable)"),
            (("set", "rate"), "background (a rate set in the 1960s by unnamed parties)"),
            ("paid", "content (a term of the planned deal)"),
            (("settle", "wants to"), "Egypt's aim (content)"),
            ("open the door", "aim (content)"),
            (("cooperation", "new"), "hypothetical future cooperation (content of the aim)"),
            ("modernising", "content of the aim"),
            (("imports", "already"), "habitual trade (stative background; COOPERATE arguable)"),
            ("debt deal", "content (the wanted deal, the planned agreement)"),
            (("purchases", "allow"), "content of the aim"),
            ("blocked", "stative (spare parts currently blocked; SANCTION SUN -> EGY arguable)"),
            (("estimated", "An"), "impersonal estimate (statistics)"),
            (("supplied", "Soviet-"), "stative background (Soviet-supplied equipment)"),
            ("stopped repaying", "payment freeze: no matching type (EVENTS.md 10, Brazil's payment freeze)"),
            (("purchases", "for arms"), "background nominal (Soviet arms sales to Egypt; COOPERATE arguable)"),
            ("turned to", "political realignment with no specific act (SUPPORT / COOPERATE EGY -> USA 1977 arguable)"),
        ],
        "entities": [
            ("Egypt", "GPE", "EGY"),
            ("Soviet Union", "GPE", "SUN"),
            ("Moscow", "GPE", "SUN"),
            ("Cairo", "GPE", "EGY"),
            ("Egyptian", "NORP", "EGY"),
            ("Reuters", "ORG", "GBR"),
            (("Moscow", "begin in"), "GPE", "SUN"),
            ("Youssri Mustapha", "PERSON", "EGY"),
            (("Moscow", "leaves for"), "GPE", "SUN"),
            ("Hosni Mubarak", "PERSON", "EGY"),
            (("Egyptian", "Mubarak and"), "NORP", "EGY"),
            (("Moscow", "ambassador to"), "GPE", "SUN"),
            ("Salah Bassiouni", "PERSON", "EGY"),
            (("Egypt", "One official said"), "GPE", "EGY"),
            (("Soviet Union", "trade with the"), "GPE", "SUN"),
            (("Egyptian", "0.38"), "NORP", "EGY"),
            (("Moscow", "which"), "GPE", "SUN"),
            (("Egypt", "Egypt wants"), "GPE", "EGY"),
            (("Soviet", "modernising"), "NORP", "SUN"),
            (("Egypt", "Egypt, which"), "GPE", "EGY"),
            (("Soviet", "imports"), "NORP", "SUN"),
            (("Soviet", "ageing"), "NORP", "SUN"),
            (("Egypt", "65 pct of"), "GPE", "EGY"),
            (("Soviet", "made up of"), "NORP", "SUN"),
            (("Cairo", "Cairo stopped"), "GPE", "EGY"),
            (("Moscow", "repaying"), "GPE", "SUN"),
            ("Anwar Sadat", "PERSON", "EGY"),
            (("U.S.", "turned to the"), "GPE", "USA"),
        ],
    },
    "reuters21578-18144": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Royal Bank of Canada"), RBC, None, MTL,
             "1987-06-02", "day", None, "asserted", None,
             "it classified 1.3 billion dlrs of Brazil loans as non-accrual (accounting, corporate finance: no type, "
             "17b/29a); wire style: DCT, MONTREAL"),
            # 1
            ("STATEMENT", ("said", "chairman Allan Taylor"), ("Allan Taylor", "CAN", "BUS"), None, MTL,
             "1987-06-02", "day", None, "asserted", None,
             "the designation reduced earnings by 22 mln dlrs (statistics); 'in a statement' is the frame; DCT"),
            # 2
            ("STATEMENT", ("said", "profit, Taylor"), (("Taylor", "profit, Taylor"), "CAN", "BUS"), None, MTL,
             "1987-06-02", "day", None, "asserted", None,
             "earnings would have been 138 mln dlrs without the reduction (statistics; new content); DCT"),
            # 3
            ("STATEMENT", ("reported", "earlier"), (("The bank", "The bank earlier"), "CAN", "BUS"), None, MTL,
             "1987-06-02", "day", None, "asserted", None,
             "the bank earlier reported the profit fall (statistics release; 'Earlier it reported', EVENTS.md 16: DCT)"),
            # 4
            ("STATEMENT", ("said", "The bank said domestic"), (("The bank", "The bank said domestic"), "CAN", "BUS"),
             None, MTL, "1987-06-02", "day", None, "asserted", None,
             "domestic earnings rose to a record (statistics); DCT"),
            # 5
            ("STATEMENT", ("said", "It said international"), (("It", "It said international"), "CAN", "BUS"), None, MTL,
             "1987-06-02", "day", None, "asserted", None,
             "international operations reported a loss (statistics); DCT"),
            # 6
            ("STATEMENT", ("said", "income, Royal Bank"), (("Royal Bank", "income, Royal Bank"), "CAN", "BUS"), None, MTL,
             "1987-06-02", "day", None, "asserted", None,
             "the decline reflects Brazil's suspended interest payments (assessment); DCT"),
            # 7
            ("STATEMENT", ("said", "Royal Bank said it keeping"), (("Royal Bank", "Royal Bank said it keeping"), "CAN", "BUS"),
             None, MTL, "1987-06-02", "day", None, "asserted", None,
             "the 1987 loan loss estimate kept unchanged (corporate accounting); DCT"),
            # 8
            ("STATEMENT", ("said", "It said it is committed"), (("It", "It said it is committed"), "CAN", "BUS"), None,
             MTL, "1987-06-02", "day", None, "asserted", None,
             "committed to building its general provision to 20 pct by 1989 (the bank's own provisioning: no "
             "counterpart, corporate finance; AGREE arguable); DCT"),
            # 9
            ("STATEMENT", ("said", "The bank said non-accrual"), (("The bank", "The bank said non-accrual"), "CAN", "BUS"),
             None, MTL, "1987-06-02", "day", None, "asserted", None,
             "non-accrual loans totalled 3.3 billion dlrs at April 30 (statistics; 'at April 30' dates the figure); DCT"),
            # 10
            ("STATEMENT", ("said", "first quarter, it"), (("it", "first quarter,"), "CAN", "BUS"), None, MTL,
             "1987-06-02", "day", None, "asserted", None,
             "net non-accrual loans excluding Brazil declined 200 mln dlrs (statistics; a second reporting clause in its "
             "own sentence, EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("classified", "accounting (non-accrual status, 17b/29a): no type"),
            (("loans", "long-term"), "background nominal (the bank's loans to Brazil; AID CAN -> BRA arguable)"),
            ("designation", "accounting (non-accrual status)"),
            (("reduced", "non-accrual"), "statistics"),
            (("statement", "said in a"), "part of the reporting clause"),
            (("fell", "profit"), "statistics"),
            ("rose", "statistics"),
            (("reported", "operations"), "content (a division's results, statistics)"),
            ("suspended", "Brazil's interest payment suspension: payment freeze, no matching type (EVENTS.md 10)"),
            ("keeping", "corporate accounting (loan loss estimate)"),
            ("committed", "the bank's own provisioning commitment: corporate finance, no counterpart"),
            (("declined", "quarter"), "statistics"),
        ],
        "entities": [
            ("Royal Bank of Canada", "ORG", "CAN"),
            ("Brazil", "GPE", "BRA"),
            ("Allan Taylor", "PERSON", "CAN"),
            (("Taylor", "profit, Taylor"), "PERSON", "CAN"),
            (("Brazil", "impact of"), "GPE", "BRA"),
            (("Royal Bank", "income, Royal Bank"), "ORG", "CAN"),
            (("Royal Bank", "Royal Bank said it keeping"), "ORG", "CAN"),
            (("Brazil", "Excluding the"), "GPE", "BRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
