"""Build ``own_blind71a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind71a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2066 left); 24 drawn with random.Random(71101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
51 event records (45 first mentions, 6 later mentions), 91 not_annotated spans, 123 entity mentions
(GPE 50, ORG 49, PERSON 14, NORP 10, LOC 0); no article without events; 6952 (Japan interim trade surplus)
and 12410 (Bank of France tender) have a single reporting-clause STATEMENT each.
Types: STATEMENT 32, CONSULT 6, AGREE 5, REJECT 2, THREATEN 2, ASSAULT 2, COOPERATE 1, ACCUSE 1; modality:
asserted 43, planned 7, negated 1; precision: day 36, unknown 8, month 7.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("U.K. Chancellor of the Exchequer Nigel Lawson": GPE "U.K." +
PERSON; "Brazilian Finance Minister Dilson Funaro": NORP + PERSON; "Agriculture Secretary Richard Lyng":
PERSON only); the possessive 's is left out ("Japan's", "America's", "Iran's", "Lyng's", "OPEC's"); a
government body with its country word is one ORG span ("U.S. Navy"), "IMF Interim Committee" one span (40a),
"(IMF) Interim Committee" gives ORG "IMF" + ORG "Interim Committee"; lower-case bodies ("war information
headquarters", "differential committee") are not entity spans; facilities are not entities (Euro
Disneyland, the Magic Kingdom, Walt Disney World, EPCOT Center, the Paris Metro, the Reshadat oil platform:
as 19a's mining property and 25a's Rostam platform), but "Paris" in "Paris Metro" and "Paris accord" is a
GPE (48a); "Emirates" in "the official Emirates news agency WAM" is GPE ARE and WAM ORG ARE (18a); "Gulf
Arab" NORP null (13a); the misspelt "Organiaation of Petroleum Exporting Countries" is tagged as written.
Countries: Group of Seven / G-7, the International Monetary Fund / IMF, the Interim Committee / IMF Interim
Committee and the Development Committee ORG null; Washington and "U.S." GPE USA; Paris GPE FRA; "U.K." and
Britain GPE GBR, "British" NORP GBR, Nigel Lawson / "Lawson" PERSON GBR, Treasury ("Treasury officials",
the British Treasury: dateline LONDON, Lawson's ministry) ORG GBR; Brazil GPE BRA, "Brazilian" NORP BRA,
Dilson Funaro PERSON BRA; Japan GPE JPN, the Ministry of Finance ORG JPN; Walt Disney Co / "Disney" ORG USA,
"French" NORP FRA, France, Marne-la-Vallee and Paris GPE FRA, Anaheim, "Calif.", Orlando and "Fla." GPE USA,
Tokyo GPE JPN; the Bank of France / "Bank" (a Bank spokesman, 28b's bare "Bank") ORG FRA; OPEC / "Opec",
the Opecna news agency (OPEC's own agency) ORG null, Vienna GPE AUT, the United Arab Emirates / UAE GPE ARE,
Algeria DZA, Kuwait KWT, Saudi Arabia SAU, Libya LBY, Nigeria NGA, Qatar QAT, Bahrain BHR, Doha QAT (GPE),
the Gulf Cooperation Council / GCC ORG null; Richard Lyng / "Lyng" PERSON USA, Congress and USDA ORG USA,
Iowa GPE USA; "Iranian" NORP IRN, Iran GPE IRN, IRNA ORG IRN (17b), Kamal Kharrazi PERSON IRN, America,
the United States and Washington GPE USA, "U.S. Navy" ORG USA (19a).

Judgement calls made here:
* 12642 (Lawson on the G-7 and the IMF meetings, DCT Thu 1987-04-02, LONDON): "The Group of Seven ... will
  make use of next week's International Monetary Fund meetings in Washington to evaluate the Paris accord"
  is CONSULT by the G-7 (null IGO, no actor2, 5b/13b/38b's G-7 meetings) on "evaluate" (the group's
  deliberation), planned, 1987-04 ("next week's", 6-10 April, a week kept at its month, EVENTS.md 21),
  Washington; "told reporters" rule-3 attribution, "meetings" there the venue (the IMF committee meetings
  are coded in the last sentence). '"On Tuesday I shall be going to Washington for meetings of the (IMF)
  Interim Committee and Development Committee, and we shall of course be having a meeting of the G-7,"
  Lawson said' gives CONSULT GBR GOV -> the Interim Committee (null IGO, the host; visitor first, 13b/40a)
  on "going", planned, 1987-04-07 (future Tuesday after Thu 2 April), Washington, and the G-7 "meeting" as
  the later mention of the evaluation (planned, 1987-04); "said" rule-3 attribution. "since it was agreed
  in February" is AGREE (the Paris accord: a group's accord, null actor and no actor2, own_blind3/48a),
  1987-02, Paris; "imagine"/"review" are the quote's content. "Lawson said G-7 finance ministers will be
  reviewing medium-term economic objectives ..." and 'Lawson said "At both the G-7 and the Interim
  Committee we will undoubtedly be discussing the debt problem ..."' are STATEMENTs (the meetings' agenda,
  their reviewing/discussing the content; later CONSULT mentions arguable). "said he knew of no new debt
  initiative", the case-by-case quote, "would raise within the IMF" (raising skipped as content;
  REQUEST/CONSULT arguable), "He noted the rise ..., and said ..." (two records, EVENTS.md 3) and "Lawson
  added" are STATEMENTs, DCT, LONDON. "Lawson said he told Brazilian Finance Minister Dilson Funaro here in
  February that Britain would not intervene and press British commercial banks into giving Brazil easier
  borrowing conditions" is REJECT GBR GOV -> BRA GOV (a refusal told to Brazil, EVENTS.md 7's "we can't
  eliminate subsidies"), 1987-02 ("in February"), located in London ("here" = the dateline city), "said"
  rule-3 attribution; '"I told him it was a matter for the banks, not governments," Lawson said' is its
  quoted later mention (trigger "told"). "The IMF Interim Committee is to meet formally in Washington next
  Thursday, while the Development Committee was set to convene on Friday, Treasury officials said" gives two
  CONSULT records (null IGO, no actor2: 40a/50a's Interim Committee meetings), planned, 1987-04-09 ("next
  Thursday") and 1987-04-10 ("on Friday": the Friday after next Thursday's meeting, as the sentence ties
  them; the mechanical next Friday from the DCT, 1987-04-03, arguable), Washington; "Treasury officials"
  (officials of the British Treasury) "said" is rule-3 attribution.
* 6952 (Japan interim trade surplus, DCT Thu 1987-03-19, TOKYO): one STATEMENT, the Ministry of Finance's
  statistics release (DCT, TOKYO); falls and rises are statistics.
* 8693 (Disney's Euro Disneyland deal, DCT Tue 1987-03-24, BURBANK): "Walt Disney Co said it has signed a
  definitive agreement with the French government to build and operate Euro Disneyland" is AGREE USA BUS
  -> FRA GOV, undated (present perfect, rule 17), "said" rule-3 attribution, building/operating its
  content. "which is selling Disney the land" (a relative clause with its own predication) is COOPERATE FRA
  GOV -> USA BUS (a sale between two identified parties), planned (a sale arranged in the agreement;
  asserted arguable), undated. Disney's nine other reporting clauses (construction schedule, visitor
  forecast, park contents, seeking other equity investors - unnamed counterparts, skipped as 53a's
  "seeking a buyer" -, the second park provision in "the understanding" - an anaphoric nominal -,
  long-term plans, the French government's Metro extension and road building - public works for the park,
  skipped as content; AID/AGREE FRA -> USA planned arguable -, royalties and the management fee, year-round
  operation) are STATEMENTs, DCT, BURBANK. "In Orlando, Disney also operates EPCOT Center" is stative.
* 12410 (Bank of France tender, DCT Thu 1987-04-02, PARIS): the liquidity injection at a tender is a
  monetary operation (EVENTS.md 10), so "a Bank spokesman said" is a STATEMENT (FRA GOV, DCT, PARIS); the
  money market sources' views are anonymous and the rate cuts monetary operations.
* 2121 (OPEC output under the ceiling, DCT Thu 1987-03-05, VIENNA): "the OPEC news agency Opecna quoted an
  OPEC secretariat official as saying" and the two "was (further) quoted as saying" clauses are STATEMENTs
  by the official (null IGO), relayed speech: undated, location null (GUIDELINES: a news agency "quoted"
  a spokesman); "the 15.8 mln bpd ceiling it set in December" is AGREE by OPEC (the December accord, 26b/64a:
  null IGO, no actor2), 1986-12 ("in December", past month), and "the price (system) agreed in December"
  its later mention; "the OPEC pact" is an anaphoric nominal. "The official gave no figure" is a withheld
  STATEMENT (negated), and "The statement said" (three times, the official's statement; speaker implied,
  as 55a's B and C statement) and "The official said in the statement" are STATEMENTs, all wire-style with
  no time expression: DCT, VIENNA (rule 2; the same statement's "quoted as saying" clauses stay undated as
  relayed speech - undated throughout arguable). The lifters' pressure is content (anonymous buyers), the
  industry speculation anonymous, OPEC's sessions and the differential committee's postponed meeting
  internal meetings of one body (45a); "according to an official of the United Arab Emirates" is a
  STATEMENT ARE GOV (an official of a named government, EVENTS.md 4), relayed ("according to"): undated.
* 349 (Gulf deputy oil ministers to meet, DCT Mon 1987-03-02, ABU DHABI): "Deputy oil ministers from six
  Gulf Arab states will meet in Bahrain today" is CONSULT by the group (null, no actor2, as the G-7
  meetings; framed as six states, not as a GCC body meeting), planned, 1987-03-02 ("today"), Bahrain; WAM's
  "reported" rule-3 attribution. "WAM said the officials would be discussing implementation of ..." is a
  STATEMENT ARE ORG (a state news agency, 34b's Tass), DCT, ABU DHABI (the agenda, "discussing" its
  content). "last Sunday's agreement in Doha by Gulf Cooperation Council (GCC) oil ministers to help each
  other market their crude oil" is AGREE (a group's accord, null, no actor2; a nominal with its own date
  and place, EVENTS.md 11), 1987-03-01 ("last Sunday's": the most recent Sunday before Mon 2 March; the
  Sunday of the week before arguable), Doha. Buyer resistance is market activity.
* 197 (oats relief, DCT Thu 1987-02-26, WASHINGTON): "an aide to Agriculture Secretary Richard Lyng said"
  farmers probably will be allowed to keep planting oats is a STATEMENT USA GOV (an official of a named
  body, EVENTS.md 4; the relief is a domestic farm-program rule, skipped; RETREAT USA -> U.S. farmers
  arguable), DCT, WASHINGTON; "USDA likely will allow ..., Lyng's aide said" is its later mention (the
  same forecast restated). "Several members of Congress from Iowa have complained that farmers ... are
  being asked to halt oats production" is ACCUSE USA GOV -> the implied USDA (USA GOV, the agent of the
  asking the clause names), undated (a perfect verbal act with no time expression, round 6's "have
  accused").
* 21216 (Iran on the U.S. attack, DCT Mon 1987-10-19, NICOSIA): "A top Iranian military official said
  America's attack ... had involved the United States in full-scale war and Iran would avenge it with a
  'crushing blow'" is THREATEN IRN MIL -> USA (a promised retaliation, rule 2), DCT, NICOSIA (dateline city);
  "The official, Kamal Kharrazi, said Washington had now become involved in ... a full-fledged war" restates
  it: a later mention (EVENTS.md 3; a STATEMENT first mention arguable). "America's attack on an Iranian oil
  platform on Monday" is ASSAULT USA MIL -> IRN (a nominal with its own date, 19a's platform), 1987-10-19
  (Monday = the DCT); "the attack by four U.S. Navy destroyers on the Reshadat oil platform" its later
  mention. '"The United States has entered a swamp ...," the Iranian news agency IRNA quoted the head of
  Iran's war information headquarters as saying' is a STATEMENT IRN MIL (an assessment; THREATEN arguable),
  relayed: undated, location null (19a's trigger "quoted"). "reaction" is an anaphoric nominal.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind71a.jsonl"

LON = ("LONDON", "GBR")
TOK = ("TOKYO", "JPN")
BUR = ("BURBANK", "USA")
PAR = ("PARIS", "FRA")
VIE = ("VIENNA", "AUT")
ABU = ("ABU DHABI", "ARE")
WAS = ("WASHINGTON", "USA")
NIC = ("NICOSIA", "CYP")
WASH_TXT = ("Washington", "USA")

GBR_GOV = "GBR", "GOV"
BRA_GOV = "BRA", "GOV"
USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
FRA_GOV = "FRA", "GOV"
IGO = None, "IGO"
IRN_MIL = "IRN", "MIL"

LAWSON_SAID = (("Lawson", "Lawson said G-7"),)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12642": {
        "events": [
            # 0
            ("CONSULT", "evaluate", ("The Group of Seven industrialised countries",) + IGO, None, WASH_TXT,
             "1987-04", "month", "next week's", "planned", None,
             "the G-7 will use next week's IMF meetings in Washington to evaluate the Paris accord (a group's "
             "meeting: null, no actor2, 5b/13b/38b); 'next week' (6-10 April) kept at its month (EVENTS.md 21); "
             "'told reporters' rule-3 attribution"),
            # 1
            ("CONSULT", "going", (("I", "On Tuesday"),) + GBR_GOV, ("Interim Committee",) + IGO, WASH_TXT,
             "1987-04-07", "day", "On Tuesday", "planned", None,
             "Lawson will go to Washington for the IMF Interim and Development Committee meetings (visitor first, "
             "the IMF committee the host, null IGO); future Tuesday after Thu 1987-04-02; 'said' rule-3 "
             "attribution"),
            # 2
            ("CONSULT", ("meeting", "having a"), (("G-7", "meeting of the"),) + IGO, None, WASH_TXT,
             "1987-04", "month", "next week's", "planned", 0,
             "later mention: 'we shall of course be having a meeting of the G-7' (the G-7 meeting of the lead)"),
            # 3
            ("AGREE", ("agreed", "since it was"), (None,) + IGO, None, ("Paris", "FRA"),
             "1987-02", "month", "in February", "asserted", None,
             "the Paris accord 'agreed in February' (a group's accord: null actor, no actor2, own_blind3/48a); a "
             "clause with its own date inside the quote; past February = 1987-02"),
            # 4
            ("STATEMENT", ("said", "Lawson said G-7"), LAWSON_SAID + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None,
             "the G-7 ministers will review objectives and projections (the meeting's agenda; a later CONSULT "
             "mention arguable); DCT, dateline city"),
            # 5
            ("STATEMENT", ("said", 'Lawson said "At'), (("Lawson", 'Lawson said "At'),) + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None,
             "the G-7 and the Interim Committee will discuss the debt problem (agenda; assessment of the debt "
             "problem); DCT"),
            # 6
            ("STATEMENT", ("said", "Lawson said he knew"), (("Lawson", "Lawson said he knew"),) + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None, "knew of no new debt initiative; DCT"),
            # 7
            ("STATEMENT", ("said", 'basis," Lawson'), (("Lawson", 'basis," Lawson'),) + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None, "'We've got to go on a case-by-case basis' (policy stance); DCT"),
            # 8
            ("STATEMENT", ("said", "IMF, Lawson"), (("Lawson", "IMF, Lawson"),) + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None,
             "a coordinated approach is something he would raise within the IMF (intention; 'raise' content, "
             "REQUEST/CONSULT arguable); DCT"),
            # 9
            ("STATEMENT", "noted", (("He", "He noted"),) + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None, "noted the rise in U.S. short-term rates; DCT"),
            # 10
            ("STATEMENT", ("said", "and said that a"), (("He", "He noted"),) + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None,
             "higher borrowing costs would worsen the debt problem (assessment; second reporting clause, EVENTS.md "
             "3); DCT"),
            # 11
            ("STATEMENT", "added", (("Lawson", "but Lawson"),) + GBR_GOV, None, LON,
             "1987-04-02", "day", None, "asserted", None,
             "does not expect anything to come to a head on Brazil (forecast); DCT"),
            # 12
            ("REJECT", ("told", "Lawson said he told"), (("he", "Lawson said he told"),) + GBR_GOV,
             ("Dilson Funaro",) + BRA_GOV, LON,
             "1987-02", "month", "in February", "asserted", None,
             "told Funaro in February that Britain would not intervene and press British banks to ease Brazil's "
             "borrowing terms (a refusal, EVENTS.md 7); 'here' = London; 'said' rule-3 attribution"),
            # 13
            ("REJECT", ("told", '"I told'), (("I", '"I told'),) + GBR_GOV, (("him", "I told him"),) + BRA_GOV, LON,
             "1987-02", "month", "in February", "asserted", 12,
             "later mention: the quoted restatement ('a matter for the banks, not governments')"),
            # 14
            ("CONSULT", ("meet", "is to meet"), ("The IMF Interim Committee",) + IGO, None, WASH_TXT,
             "1987-04-09", "day", "next Thursday", "planned", None,
             "the Interim Committee meets formally next Thursday (40a/50a: CONSULT null, no actor2); 'Treasury "
             "officials said' rule-3 attribution"),
            # 15
            ("CONSULT", "convene", (("the Development Committee", "while"),) + IGO, None, WASH_TXT,
             "1987-04-10", "day", "on Friday", "planned", None,
             "the Development Committee to convene on Friday: the Friday after next Thursday's meeting (the "
             "mechanical next Friday, 1987-04-03, arguable)"),
        ],
        "skip": [
            (("told", "Nigel"), "rule-3 attribution (the G-7 evaluation is the event)"),
            (("meetings", "next week's"), "venue of the G-7 evaluation (the IMF committee meetings, coded in the last "
                                          "sentence)"),
            (("Paris accord", "evaluate the"), "background nominal (the accord, coded on 'agreed')"),
            (("meetings", "Washington for"), "purpose of the trip (the committee meetings, coded later)"),
            (("said", 'G-7," Lawson'), "rule-3 attribution (the trip and the G-7 meeting are the events)"),
            ("imagine", "content of the quote (Lawson's expectation, no reporting clause)"),
            (("review", "would be to"), "content of the quote"),
            (("reviewing", "will be"), "content of the statement (agenda; later CONSULT mention arguable)"),
            ("examined", "content (agenda, passive)"),
            (("set", "Paris accord set"), "a document's content (stative)"),
            ("discussing", "content of the statement (agenda)"),
            ("presented", "content (hypothetical)"),
            (("discussed", "presented and"), "content (hypothetical)"),
            ("raise", "content of the statement (intention; REQUEST/CONSULT arguable)"),
            (("rise", "He noted the"), "market movement (interest rates)"),
            (("rise", "significant"), "content (hypothetical market movement)"),
            ("Special attention", "impersonal (no actor)"),
            (("said", "Lawson said he told"), "rule-3 attribution (the refusal is the event)"),
            ("intervene", "content of the refusal"),
            (("press", "intervene and"), "content of the refusal"),
            ("giving", "content of the refusal"),
            (("said", 'not governments," Lawson'), "rule-3 attribution (the quoted refusal)"),
            (("said", "Treasury officials"), "rule-3 attribution (the committee meetings are the events)"),
        ],
        "entities": [
            ("Group of Seven", "ORG", None),
            ("International Monetary Fund", "ORG", None),
            ("Washington", "GPE", "USA"),
            ("Paris", "GPE", "FRA"),
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            (("Washington", "going to"), "GPE", "USA"),
            ("IMF", "ORG", None),
            ("Interim Committee", "ORG", None),
            ("Development Committee", "ORG", None),
            (("G-7", "meeting of the"), "ORG", None),
            (("Lawson", 'G-7," Lawson'), "PERSON", "GBR"),
            (("G-7", "And on the"), "ORG", None),
            (("Paris", "review how the"), "GPE", "FRA"),
            (("Lawson", "Lawson said G-7"), "PERSON", "GBR"),
            (("G-7", "Lawson said G-7"), "ORG", None),
            (("Paris", "The Paris accord set"), "GPE", "FRA"),
            (("Lawson", 'Lawson said "At'), "PERSON", "GBR"),
            (("G-7", "At both the"), "ORG", None),
            (("Interim Committee", "G-7 and the"), "ORG", None),
            (("Lawson", "Lawson said he knew"), "PERSON", "GBR"),
            (("Washington", "next week in"), "GPE", "USA"),
            (("Lawson", 'basis," Lawson'), "PERSON", "GBR"),
            (("IMF", "raise within the"), "ORG", None),
            (("Lawson", "IMF, Lawson"), "PERSON", "GBR"),
            (("U.S.", "this week in"), "GPE", "USA"),
            (("Brazil", "would go to"), "GPE", "BRA"),
            (("Lawson", "but Lawson"), "PERSON", "GBR"),
            (("Lawson", "Lawson said he told"), "PERSON", "GBR"),
            ("Brazilian", "NORP", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            (("Britain", "February that"), "GPE", "GBR"),
            ("British", "NORP", "GBR"),
            (("Brazil", "giving"), "GPE", "BRA"),
            (("Lawson", 'not governments," Lawson'), "PERSON", "GBR"),
            ("IMF Interim Committee", "ORG", None),
            (("Washington", "meet formally in"), "GPE", "USA"),
            (("Development Committee", "while the"), "ORG", None),
            ("Treasury", "ORG", "GBR"),
        ],
    },
    "reuters21578-6952": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Ministry of Finance", "JPN", "GOV"), None, TOK,
             "1987-03-19", "day", None, "asserted", None,
             "statistics release (interim trade surplus, exports, imports); DCT, dateline city"),
        ],
        "skip": [
            ("fell", "statistics"),
            (("rose", "March rose"), "statistics"),
            (("rose", "imports rose"), "statistics"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Ministry of Finance", "ORG", "JPN"),
        ],
    },
    "reuters21578-8693": {
        "events": [
            # 0
            ("AGREE", "signed", ("Walt Disney Co",) + USA_BUS, ("the French government",) + FRA_GOV, None,
             None, "unknown", None, "asserted", None,
             "signed a definitive agreement with the French government to build and operate Euro Disneyland; "
             "present perfect, no time expression: undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "The company said construction"),
             (("The company", "The company said construction"),) + USA_BUS, None, BUR,
             "1987-03-24", "day", None, "asserted", None, "construction schedule (plan, no type); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "visitors a year, Disney"), (("Disney", "visitors a year, Disney"),) + USA_BUS,
             None, BUR, "1987-03-24", "day", None, "asserted", None, "forecast of 10 mln visitors a year; DCT"),
            # 3
            ("STATEMENT", ("said", "The company said Euro"), (("The company", "The company said Euro"),) + USA_BUS,
             None, BUR, "1987-03-24", "day", None, "asserted", None, "what the park will offer; DCT"),
            # 4
            ("STATEMENT", ("said", "Disney said it will seek"), (("Disney", "Disney said it will seek"),) + USA_BUS,
             None, BUR, "1987-03-24", "day", None, "asserted", None,
             "will seek other equity investors (unnamed counterparts: no type, 53a's 'seeking a buyer'); DCT"),
            # 5
            ("STATEMENT", ("said", "It said provisions"), (("It", "It said provisions"),) + USA_BUS, None, BUR,
             "1987-03-24", "day", None, "asserted", None,
             "a second park provided for in the understanding (terms of the agreement); DCT"),
            # 6
            ("COOPERATE", ("selling", "which is"), (("the French government", "understanding with"),) + FRA_GOV,
             (("Disney", "selling Disney"),) + USA_BUS, None,
             None, "unknown", None, "planned", None,
             "the French government is selling Disney the land (a sale between identified parties, in a relative "
             "clause with its own predication); arranged in the agreement: planned (asserted arguable); undated"),
            # 7
            ("STATEMENT", ("said", "The company said long-term"), (("The company", "The company said long-term"),)
             + USA_BUS, None, BUR, "1987-03-24", "day", None, "asserted", None, "long-term plans; DCT"),
            # 8
            ("STATEMENT", ("said", "Disney said the French"), (("Disney", "Disney said the French"),) + USA_BUS, None,
             BUR, "1987-03-24", "day", None, "asserted", None,
             "the French government will extend the Metro and build roads (public works for the park: content; "
             "AID/AGREE FRA -> USA planned arguable); DCT"),
            # 9
            ("STATEMENT", ("said", "It said it will receive"), (("It", "It said it will receive"),) + USA_BUS, None,
             BUR, "1987-03-24", "day", None, "asserted", None, "royalties and a management fee (terms); DCT"),
            # 10
            ("STATEMENT", ("said", "Disney said Eruo"), (("Disney", "Disney said Eruo"),) + USA_BUS, None, BUR,
             "1987-03-24", "day", None, "asserted", None, "the park will operate year-round; DCT"),
        ],
        "skip": [
            (("said", "Walt Disney Co"), "rule-3 attribution (the signing is the event)"),
            (("build", "government to"), "content of the agreement"),
            ("scheduled", "content of the statement"),
            (("build", "four years to"), "content of the statement"),
            ("expected", "content of the statement (forecast)"),
            (("offer", "will offer"), "content of the statement"),
            ("seek", "content: unnamed equity investors (COOPERATE/REQUEST arguable)"),
            ("understanding", "anaphoric nominal (the agreement)"),
            (("operates", "Disney also"), "stative description"),
            ("extend", "content: public works for the park (AID/AGREE FRA -> USA planned arguable)"),
            (("build", "park and"), "content: road building"),
            (("receive", "It said it will"), "terms (royalties)"),
            (("receive", "merchandise and will"), "terms (management fee)"),
            ("management contract", "background nominal (terms of the deal)"),
            (("operate", "Eruo Disneyland will"), "content of the statement"),
        ],
        "entities": [
            ("Walt Disney Co", "ORG", "USA"),
            ("French", "NORP", "FRA"),
            ("Marne-la-Vallee", "GPE", "FRA"),
            (("Paris", "east of"), "GPE", "FRA"),
            (("Disney", "visitors a year,"), "ORG", "USA"),
            ("Anaheim", "GPE", "USA"),
            ("Calif.", "GPE", "USA"),
            (("Orlando", "Anaheim"), "GPE", "USA"),
            ("Fla.", "GPE", "USA"),
            ("Tokyo", "GPE", "JPN"),
            (("Orlando", "Walt Disney World in"), "GPE", "USA"),
            (("Disney", "Disney said it will seek"), "ORG", "USA"),
            ("France", "GPE", "FRA"),
            (("French", "understanding with the"), "NORP", "FRA"),
            (("Disney", "selling Disney"), "ORG", "USA"),
            (("Orlando", "In Orlando"), "GPE", "USA"),
            (("Disney", "In Orlando, Disney"), "ORG", "USA"),
            (("Disney", "Disney said the French"), "ORG", "USA"),
            (("French", "Disney said the French"), "NORP", "FRA"),
            (("Paris", "extend the"), "GPE", "FRA"),
            (("Disney", "Disney said Eruo"), "ORG", "USA"),
        ],
    },
    "reuters21578-12410": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a Bank spokesman",) + FRA_GOV, None, PAR,
             "1987-04-02", "day", None, "asserted", None,
             "the Bank will inject liquidity at a tender this afternoon (a monetary operation: no type); DCT, "
             "dateline city"),
        ],
        "skip": [
            ("inject", "monetary operation"),
            (("thought", "whether they"), "anonymous-source talk (money market sources)"),
            (("cut", "use the occasion to"), "content of anonymous talk (monetary operation)"),
            (("cut", "since it was"), "monetary operation (background)"),
            (("thought", "Some"), "anonymous-source talk"),
            ("counted on", "anonymous-source talk"),
            (("rise", "Prime rate"), "market movement"),
        ],
        "entities": [
            ("Bank of France", "ORG", "FRA"),
            (("Bank", "a Bank spokesman"), "ORG", "FRA"),
            (("Bank of France", "whether they thought the"), "ORG", "FRA"),
            ("U.S.", "GPE", "USA"),
            (("Bank of France", "cut by the"), "ORG", "FRA"),
        ],
    },
    "reuters21578-2121": {
        "events": [
            # 0
            ("STATEMENT", ("quoted", "Opecna"), ("an OPEC secretariat official",) + IGO, None, None,
             None, "unknown", None, "asserted", None,
             "February output well below the ceiling, all countries adhering to quotas; relayed by Opecna "
             "('quoted ... as saying'): undated, location null"),
            # 1
            ("AGREE", ("set", "ceiling it"), (("it", "ceiling it"),) + IGO, None, None,
             "1986-12", "month", "in December", "asserted", None,
             "the ceiling OPEC set in December (the December accord: a group's agreement, null, no actor2, "
             "26b/64a); past December = 1986-12"),
            # 2
            ("STATEMENT", ("quoted", "The official was"), (("The official", "The official was"),) + IGO, None, None,
             None, "unknown", None, "asserted", None,
             "lower output results from members' determination to defend the price; relayed: undated"),
            # 3
            ("STATEMENT", ("quoted", "further"), ("The unnamed official",) + IGO, None, None,
             None, "unknown", None, "asserted", None,
             "no OPEC meeting foreseen before the June session (internal meetings: content); relayed: undated"),
            # 4
            ("STATEMENT", "gave no figure", (("The official", "The official gave"),) + IGO, None, VIE,
             "1987-03-05", "day", None, "negated", None,
             "withheld statement (own_blind3's 'gave no figures'); wire-style: DCT, dateline city"),
            # 5
            ("STATEMENT", ("said", "The statement said only"), (None,) + IGO, None, VIE,
             "1987-03-05", "day", None, "asserted", None,
             "total supplies fell noticeably (the official's statement, speaker implied as 55a's 'The statement "
             "said'); DCT"),
            # 6
            ("STATEMENT", ("said", 'entail," the statement'), (None,) + IGO, None, VIE,
             "1987-03-05", "day", None, "asserted", None,
             "members strictly adhere to the official selling price despite lifters' pressure; DCT"),
            # 7
            ("STATEMENT", ("said", 'stick to the official selling price," the statement'), (None,) + IGO, None, VIE,
             "1987-03-05", "day", None, "asserted", None, "the price improvement shows OPEC's determination; DCT"),
            # 8
            ("STATEMENT", ("said", "The official said in"), (("The official", "The official said in"),) + IGO, None,
             VIE, "1987-03-05", "day", None, "asserted", None,
             "no emergency session scheduled (an internal meeting: content); DCT"),
            # 9
            ("AGREE", ("agreed", 'price (system)"'), (None,) + IGO, None, None,
             "1986-12", "month", "in December", "asserted", 1,
             "later mention: the price system agreed in December (the December accord)"),
            # 10
            ("STATEMENT", ("according to", "no new date set"), ("an official of the United Arab Emirates", "ARE", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the differential committee's session postponed (a postponement of an internal meeting: content); an "
             "official of a named government (EVENTS.md 4); 'according to': relayed, undated"),
        ],
        "skip": [
            (("adhering", "all countries are strictly"), "content of the relayed statement"),
            (("saying", "Opecna quoted"), "part of the relayed reporting clause"),
            (("saying", "was quoted as"), "part of the relayed reporting clause"),
            (("defend", "determination to"), "content of the statement"),
            ("refrain", "content of the statement"),
            (("saying", "further quoted as"), "part of the relayed reporting clause"),
            (("meeting", "no OPEC"), "content: internal meeting of one body"),
            (("session", "biannual OPEC"), "content: internal meeting of one body (planned June 25)"),
            (("fell", "supplies"), "statistics (content)"),
            ("pressure", "content: lifters' pressure (anonymous buyers; REQUEST arguable)"),
            (("adhering", "without exception, strictly"), "content of the statement"),
            ("improvement", "market movement (content)"),
            (("rose", "Free spot"), "market movement"),
            ("pact", "anaphoric nominal (the December accord)"),
            ("speculation", "anonymous talk (oil industry speculation)"),
            (("hold", "might have to"), "content of the speculation (internal meeting)"),
            (("scheduled", "emergency session was"), "content: internal meeting (negated)"),
            (("defend", "determination to defend the price"), "content of the statement"),
            (("met", "was to have"), "internal meeting of one body (OPEC's differential committee)"),
            ("postponed", "content: postponement of an internal meeting (no type)"),
            ("chairs", "stative"),
        ],
        "entities": [
            ("OPEC", "ORG", None),
            (("OPEC", "the OPEC news"), "ORG", None),
            ("Opecna", "ORG", None),
            (("OPEC", "an OPEC secretariat"), "ORG", None),
            (("OPEC", "no OPEC meeting"), "ORG", None),
            (("OPEC", "biannual OPEC"), "ORG", None),
            (("OPEC", "near OPEC's"), "ORG", None),
            (("OPEC", "after the OPEC pact"), "ORG", None),
            (("OPEC", "speculation that"), "ORG", None),
            (("OPEC", "which prices each"), "ORG", None),
            (("Opec", 'Opec"s'), "ORG", None),
            ("Vienna", "GPE", "AUT"),
            ("United Arab Emirates", "GPE", "ARE"),
            ("Algeria", "GPE", "DZA"),
            ("Kuwait", "GPE", "KWT"),
            ("Saudi Arabia", "GPE", "SAU"),
            ("Libya", "GPE", "LBY"),
            ("Nigeria", "GPE", "NGA"),
            ("Qatar", "GPE", "QAT"),
        ],
    },
    "reuters21578-349": {
        "events": [
            # 0
            ("CONSULT", ("meet", "will"), ("Deputy oil ministers from six Gulf Arab states", None, "GOV"), None,
             ("Bahrain", "BHR"), "1987-03-02", "day", "today", "planned", None,
             "deputy oil ministers of six Gulf states will meet in Bahrain today (a group's meeting: null, no "
             "actor2, as the G-7 meetings); WAM's 'reported' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "WAM said"), (("WAM", "WAM said"), "ARE", "ORG"), None, ABU,
             "1987-03-02", "day", None, "asserted", None,
             "the officials will discuss implementing the Doha agreement (agenda; a state news agency, 34b's "
             "Tass); DCT, dateline city"),
            # 2
            ("AGREE", "agreement", ("Gulf Cooperation Council (GCC) oil ministers", None, "GOV"), None,
             ("Doha", "QAT"), "1987-03-01", "day", "last Sunday's", "asserted", None,
             "last Sunday's agreement in Doha by GCC oil ministers to help each other market crude (a group's "
             "accord, null, no actor2; a nominal with its own date and place, EVENTS.md 11); the most recent "
             "Sunday before Mon 1987-03-02"),
        ],
        "skip": [
            (("discuss", "today to"), "purpose of the meeting"),
            ("reported", "rule-3 attribution (the meeting is the event)"),
            ("discussing", "content of the statement (agenda; later CONSULT mention arguable)"),
            ("implementation", "content of the statement"),
            (("help", "ministers to"), "content of the agreement"),
            (("market", "help each other"), "content of the agreement"),
            ("face", "stative"),
            ("resistance", "market activity by unnamed buyers"),
        ],
        "entities": [
            ("Gulf Arab", "NORP", None),
            ("Bahrain", "GPE", "BHR"),
            ("Emirates", "GPE", "ARE"),
            ("WAM", "ORG", "ARE"),
            (("WAM", "WAM said"), "ORG", "ARE"),
            ("Doha", "GPE", "QAT"),
            ("Gulf Cooperation Council", "ORG", None),
            ("GCC", "ORG", None),
            (("GCC", "Four of the"), "ORG", None),
            ("Saudi Arabia", "GPE", "SAU"),
            ("United Arab Emirates", "GPE", "ARE"),
            ("UAE", "GPE", "ARE"),
            ("Kuwait", "GPE", "KWT"),
            ("Qatar", "GPE", "QAT"),
            ("Organiaation of Petroleum Exporting Countries", "ORG", None),
            ("OPEC", "ORG", None),
            (("OPEC", "official OPEC"), "ORG", None),
        ],
    },
    "reuters21578-197": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Richard Lyng"), ("an aide to Agriculture Secretary Richard Lyng",) + USA_GOV, None,
             WAS, "1987-02-26", "day", None, "asserted", None,
             "farmers probably will be allowed to keep planting oats (a domestic farm-program rule: no type; "
             "RETREAT arguable); an official of a named body (EVENTS.md 4); DCT, dateline city"),
            # 1
            ("ACCUSE", "complained", ("Several members of Congress from Iowa",) + USA_GOV, (None,) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "complained that farmers are being asked to halt oats production (against the implied USDA, the "
             "agent of the asking); perfect verbal act, no time expression: undated"),
            # 2
            ("STATEMENT", ("said", "Lyng's aide"), ("Lyng's aide",) + USA_GOV, None, WAS,
             "1987-02-26", "day", None, "asserted", 0,
             "later mention: USDA likely will allow historic oats farmers to plant oats (the lead restated)"),
        ],
        "skip": [
            ("allowed", "content: domestic farm-program rule (RETREAT USA -> U.S. farmers arguable)"),
            (("certify", "failed to"), "content (background)"),
            ("restrict", "generic rule (no actor)"),
            ("asked", "content of the complaint (USDA's requirement)"),
            (("halt", "asked to"), "content of the complaint"),
            (("lose", "production or"), "content of the complaint"),
            (("allow", "likely will"), "content of the statement"),
            (("extend", "not"), "content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            ("Iowa", "GPE", "USA"),
            ("USDA", "ORG", "USA"),
            (("Lyng", "Lyng's aide"), "PERSON", "USA"),
        ],
    },
    "reuters21578-21216": {
        "events": [
            # 0
            ("THREATEN", "said", ("A top Iranian military official",) + IRN_MIL,
             (("United States", "involved the"), "USA", "GOV"), NIC,
             "1987-10-19", "day", None, "asserted", None,
             "the attack involved the U.S. in full-scale war and Iran would avenge it with a 'crushing blow' (a "
             "promised retaliation, rule 2); wire-style: DCT, dateline city"),
            # 1
            ("ASSAULT", "attack", ("America",) + ("USA", "MIL"), ("an Iranian oil platform", "IRN", "GOV"), None,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "America's attack on an Iranian oil platform on Monday (a nominal with its own date, 19a); Monday = "
             "the DCT"),
            # 2
            ("STATEMENT", "quoted", ("the head of Iran's war information headquarters",) + IRN_MIL, None, None,
             None, "unknown", None, "asserted", None,
             "'The United States has entered a swamp ...' (assessment; THREATEN arguable); relayed by IRNA: "
             "undated, location null (19a's trigger 'quoted')"),
            # 3
            ("THREATEN", ("said", "Kamal Kharrazi,"), ("Kamal Kharrazi",) + IRN_MIL, ("Washington", "USA", "GOV"), NIC,
             "1987-10-19", "day", None, "asserted", 0,
             "later mention: Washington now involved in a full-fledged war with Iran (the lead's statement "
             "restated, EVENTS.md 3; a STATEMENT first mention arguable)"),
            # 4
            ("ASSAULT", ("attack", "reaction to the"), ("four U.S. Navy destroyers", "USA", "MIL"),
             ("the Reshadat oil platform", "IRN", "GOV"), None,
             "1987-10-19", "day", "on Monday", "asserted", 1,
             "later mention: the attack by four U.S. Navy destroyers on the Reshadat platform"),
        ],
        "skip": [
            (("involved", "had"), "content of the threat"),
            ("avenge", "content of the threat"),
            ("entered", "content of the relayed statement"),
            ("saying", "part of the relayed reporting clause"),
            (("involved", "become"), "content of the statement"),
            ("reaction", "anaphoric nominal (the statements)"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("America", "GPE", "USA"),
            (("Iranian", "attack on an"), "NORP", "IRN"),
            ("United States", "GPE", "USA"),
            (("Iran", "and Iran would"), "GPE", "IRN"),
            (("United States", '"The United'), "GPE", "USA"),
            (("Iranian", "the Iranian news"), "NORP", "IRN"),
            ("IRNA", "ORG", "IRN"),
            (("Iran", "head of Iran's"), "GPE", "IRN"),
            ("Kamal Kharrazi", "PERSON", "IRN"),
            ("Washington", "GPE", "USA"),
            (("Iran", "war with Iran"), "GPE", "IRN"),
            (("Iranian", "first official Iranian"), "NORP", "IRN"),
            ("U.S. Navy", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
