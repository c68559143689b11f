"""Build ``own_blind48b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind48b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 47 (2427 left); 24 drawn with random.Random(48101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
37 event records (36 first mentions, 1 later mention), 101 not_annotated spans, 78 entity mentions
(ORG 33, GPE 30, PERSON 13, NORP 1, LOC 1); no article without events; 3524 (Bank of Spain reserve
requirement), 11119 (Oklahoma crop report) and 2576 (Bank of England money market) have reporting-clause
STATEMENTs only, 12490 (Other Milds coffee producers) no STATEMENT (anonymous delegates only).
Types: STATEMENT 21, CONSULT 5, REQUEST 3, COOPERATE 3, RETREAT 2, THREATEN 1, SUPPORT 1, REJECT 1;
modality: asserted 29, planned 4, hypothetical 3, negated 1; precision: day 26, unknown 6, month 5.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Two wrong first matches were caught in the printed context and
fixed: the skip "session" of 12490's next board session landing on the earlier "closing session", and the
delegates' last "said" landing on the earlier "producer delegates said". See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Canada's minister of state
for finance Thomas Hockin": GPE "Canada" + PERSON; "Minister of State for Finance, Tom Hockin": the PERSON;
"Argentina's Idustry and Foreign Trade Secretary": GPE only; "S-E Bank's managing director Jacob
Palmstierna", "Ashland Oil, Inc. chairman John Hall": the ORG and the PERSON); a body with its country word
is one ORG span ("Canadian Parliament", 19a's "Iranian Parliament"; "U.S. Synthetic Fuels Corp." with its
abbreviation point, 12a's "McDonnell Douglas Corp."); bracketed company names tagged without the brackets,
tickers left out; possessive 's left out; lower-case "finance committee", "the central bank", "the bank",
"the corporation", "the federal government" are not tagged. Countries: Canadian Imperial Bank of Commerce
(also "Canadian Imperial Bank", "Canadian Imperial") and Toronto Dominion Bank ORG CAN, the Canadian
Parliament and the House of Commons ORG CAN, Thomas / Tom Hockin PERSON CAN, Visa (the card brand's
company) ORG USA (8a); the "Other Milds" group (a named group of producer countries) ORG null, as groups
of countries (25b's G-7), the International Coffee Organization / ICO ORG null (22a/34a), the eleven
Other Milds countries, Brazil, Colombia and Indonesia GPE by their codes; the Bank of Spain ORG ESP,
"Spanish" NORP ESP; Skandinaviska Enskilda Banken / S-E Bank ORG SWE, Jacob Palmstierna PERSON SWE (its
managing director), Equitable Securities Corp / Equitable ORG USA (of Nashville, Tenn.), Nashville and
"Tenn." GPE USA (41b), Europe LOC null, the joint venture Equitable Enskilda Securities Ltd ORG GBR (set up
in London; the name gives no country; null arguable); Oklahoma GPE USA, USDA ORG USA; the Bank of England
ORG GBR; Exxon Co USA, the American Institute of Chemical Engineers, Ashland Oil, Inc., the U.S. Synthetic
Fuels Corp., the Carter Administration (13a's "Reagan Administration") and Congress ORG USA, Joe McMillan
and John Hall PERSON USA (executives of U.S. companies speaking in Houston), Houston GPE USA, Reuters ORG
GBR; Roberto Lavagna PERSON ARG. Currencies (Austral, dollar, pesetas), the money-supply measure ALP,
Treasury bills, products and programmes are not entities.

Judgement calls made here:
* 12197 (CIBC lowers its Visa rate, DCT Wed 1987-04-01, TORONTO): the bank lowering its card rate, halving
  its user fee, keeping the transaction fee, offering a choice of fees and eliminating the minimum fee are
  the company's own price setting (no type; a RETREAT toward the Canadian government, as a concession to
  the committee's call and the minister's threat, is arguable and skipped, as EVENTS.md 10's Japanese
  production cut), so "said", "The bank said", "Canadian Imperial Bank added" and "it said" are STATEMENTs
  (CAN BUS, DCT, TORONTO), as are "A bank spokesman said ... 'was a factor' in the move" and "The Canadian
  Imperial Bank spokesman said 'the bank card market is a very competitive one ...'" (assessments); "but he
  would not elaborate" a withheld STATEMENT (negated, EVENTS.md 5). "the previously reported call by the
  Canadian Parliament's finance committee on March 20 for a substantial cut in credit card rates" is
  REQUEST CAN GOV, a nominal with its own agent and date (EVENTS.md 11), 1987-03-20, actor2 null (the
  card issuers are not named in the clause, EVENTS.md 14; CAN BUS arguable); "the finance committee
  report" is its anaphoric mention (skipped). "Hockin had threatened legislation to reduce the rates ...
  if the financial institutions did not voluntarily act" is THREATEN CAN GOV -> the financial
  institutions (CAN BUS), asserted (a conditional threat is itself asserted), undated (pluperfect, no
  time expression, 15b). Toronto Dominion's earlier rate cut is its own price setting (skipped). Hockin
  "said in the House of Commons today he was 'delighted' with the bank's cut" is SUPPORT CAN GOV -> the
  bank (CAN BUS) on "said" (the saying is the act, EVENTS.md 1; own_dev's "encouraged by"), 1987-04-01
  ("today"), location the House of Commons; '"I would hope retail stores and other financial
  institutions will look to their rates as well," Hockin said during the daily question period' is
  REQUEST CAN GOV -> those addressees (CAN BUS by context; EVENTS.md 2: identifiable actors told they
  should act; STATEMENT arguable for the hedged "would hope"), DCT with date_text null (rule 2; the
  question period is today's).
* 12490 (Other Milds coffee producers to meet, DCT Thu 1987-04-02, LONDON): every speaker is anonymous
  ("producer delegates told reporters", "they said" twice, "producer delegates said", "delegates said":
  delegates are not identifiable, EVENTS.md 4, 28a/29b), so all are skipped, but the acts they relay name
  their agents and are coded (23b/35a/34a): "Coffee producers belonging to the 'Other Milds' group will
  meet May 4 in Guatemala" is CONSULT by the group (null GOV, no actor2, 34a's Managua meeting), planned,
  1987-05-04, in Guatemala (its purpose, restoring quotas, is content); "might consult with Brazil and
  Colombia on this meeting" is two CONSULT records (compound target split by country, EVENTS.md 12: group
  -> BRA, group -> COL), hypothetical ("might"), undated; whether the two "would attend" is an uncertain
  attendance of the coded meeting (skipped, 34a). The ICO executive board meeting (its "closing session",
  "The ICO board meeting ended"), the board's completed reports and "the next regular board session will
  be in Indonesia June 1-5" are internal meetings / work of a single body (EVENTS.md 10, 29b's ICCO council
  session; CONSULT null IGO as 10b's "ICO meets" arguable), all skipped. "negotiations on quotas, which
  broke down last month" is CONSULT by the ICO (implied, null IGO; 34a's ICO quota talks last month), a
  nominal with its own predication and date (EVENTS.md 11), asserted, 1987-03 ("last month" from April);
  "without moves to restart" them has no agent or type, the breakdown no type. "Producers are expected to
  hold other consultations in the coming months" is CONSULT planned by the producers (null GOV), undated
  ("in the coming months" has no calendar value); "no date for a full producer meeting has been mentioned"
  is an agentless withholding and the undated meeting its content (skipped).
* 3524 (Bank of Spain extends the reserve requirement, DCT Wed 1987-03-11, MADRID): the extension, last
  week's reserve-requirement rise, Friday's "hike", today's withheld money-market assistance, the
  liquidity tightening and the Treasury bill auction are monetary operations (EVENTS.md 10: skipped), so
  "In a statement issued late last night, the central bank said ..." is a STATEMENT (ESP GOV; rule 4),
  dated 1987-03-10 by "late last night" (its own time expression; location null, the dateline default
  being only for DCT-dated speech; "statement" and "issued" part of the reporting clause). "Bank of Spain
  officials said this was an understandable response" is a STATEMENT (officials of a named body,
  EVENTS.md 4), DCT, MADRID. "Banking sources say" (twice, "They say") and "banking sources noted" are
  anonymous; the inflow "threatening the government's monetary targets" has no actor; the interbank rate
  hike is a market movement.
* 9935 (S-E Bank / Equitable joint venture, DCT Thu 1987-03-26, NEW YORK): "Skandinaviska Enskilda Banken
  said it will set up a joint venture in London with U.S. brokerage firm Equitable Securities Corp" is
  COOPERATE SWE BUS -> USA BUS on "set up" (a venture between companies, 19a; "joint venture" skipped as
  the same act), planned, in London, "said" rule-3 attribution; dated 1987-04 by the next sentence's "will
  be established next month" (the same establishment: rule 3, as 44b's Hong Kong stop dated by a later
  sentence; undated by rule 17 arguable). "Palmstierna told a press briefing that the joint venture ...
  will be established next month" is its later mention (COOPERATE planned on "established", partners
  implied SWE -> USA, 1987-04 "next month"; "told" rule-3 attribution; a STATEMENT on "told" arguable).
  "S-E Bank bought a 4.9 pct stake in Equitable Securities about two weeks ago" is COOPERATE SWE -> USA
  (an acquisition between companies, EVENTS.md 8), asserted, "about two weeks ago" from Thu 1987-03-26 =
  the week of 9-13 March, kept at its month 1987-03 (EVENTS.md 21). Equitable's role in the venture
  (research provision) is content; the sale of U.S. equities in Europe the venture's business.
* 11119 (Oklahoma weekly crop report, DCT Mon 1987-03-30, OKLAHOMA CITY): "The Oklahoma weekly USDA crop
  report said" is one STATEMENT (USA GOV, a report by a named author, 7a/13a; DCT, dateline city); the
  weather effects, the agentless "was noted" and the condition ratings are weather and statistics.
* 2576 (Bank of England, 350 mln stg, DCT Fri 1987-03-06, LONDON): "The Bank of England said it provided
  assistance worth 350 mln stg during the afternoon session" is one STATEMENT (GBR GOV, DCT; 28b's 7027,
  39a's 4783); the help, the day's total, the bill purchases are monetary operations and the shortage
  "estimated" is part of the same report (skipped).
* 11118 (Exxon executive on synfuels, DCT Mon 1987-03-30, HOUSTON): "an Exxon Co USA executive said"
  (an executive of a named company, EVENTS.md 4), "Joe McMillan ... told Reuters after addressing a Houston
  meeting" (a forecast; Reuters the audience), "McMillan also told reporters at a news conference that he
  believed ..." (a second reporting clause to other listeners, EVENTS.md 3; a later mention of the first
  forecast arguable), the quote '"You're talking about a 50 pct increase ..., but I think that time is
  coming and we've got to be prepared," McMillan said' (new content; "we've got to" about the speaker's own
  side is a STATEMENT, own_blind's "We should"), "He predicted U.S. oil demand would rise" and "By the turn
  of the century, world oil prices will be significantly higher ..., McMillan said" are six STATEMENTs (USA
  BUS, DCT, HOUSTON). His "addressing" the AIChE meeting and Hall's "who also spoke at the meeting" are
  speeches with no content given, background frames (skipped; STATEMENT arguable); the AIChE meeting is
  one body's own meeting. "Ashland Oil, Inc. chairman John Hall ... advocated some form of federal tax
  incentives to help spur development of synthetic fuels" is REQUEST USA BUS -> the federal government
  (implied USA GOV, named by "federal"; EVENTS.md 2; STATEMENT arguable), DCT; Ashland taken as U.S. by
  context. "The United States, Hall said, has nearly 500 billion tons of ... coal reserves" (statistics)
  and '"We must encourage research now ...," Hall said' (own-side prescriptive talk) are STATEMENTs. "the
  federal government had subsidized synfuels development through the U.S. Synthetic Fuels Corp." is a
  domestic subsidy through its own corporation with no identified recipient (skipped; AID arguable); the
  programme's creation under Carter has no type. "The corporation was shut down last April when Congress
  refused to continue funding its eight billion dlr budget" is REJECT USA GOV (Congress) -> the
  corporation (USA BUS, a government-created corporation as state-owned companies, EVENTS.md 15) on
  "refused", 1986-04 ("last April" from March 1987, shared by the "when" clause); the shutdown itself
  (closing a domestic government corporation, no type; RETREAT arguable) and the funding are skipped.
* 1859 (Argentina lifts import taxes on capital goods, DCT Wed 1987-03-04, BUENOS AIRES): "Argentina's
  Idustry and Foreign Trade Secretary announced the lifting until December 1989 of import taxes on
  capital goods" is RETREAT ARG GOV (easing a trade measure, 33b's tariff cuts) on "lifting", actor2 null
  (imports in general), asserted, undated ("until December 1989" ends the period, it does not date the
  act; rule 17; DCT arguable), "announced" rule-3 attribution. "Roberto Lavagna in a news conference also
  said Argentina would create a special programme for promoting industry" is a STATEMENT (domestic policy,
  no type; ARG GOV, DCT, BUENOS AIRES), and the other content of the same clause, "and was studying a
  system of temporary, automatic and generalised admission of goods from neighbouring Brazil", is RETREAT
  ARG -> BRA on "admission" (easing imports from Brazil, merely considered: hypothetical, 44b's
  "studying the use" with "studying" skipped as the frame; COOPERATE arguable), undated (a relayed
  present progressive, 17b). "Lavagna said the measures were in line with an adjustment in economic
  policy" is a STATEMENT (assessment), DCT. Last week's price and wage freeze is domestic price policy and
  the Austral devaluation exchange-rate fixing (EVENTS.md 10: skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind48b.jsonl"

TOR = ("TORONTO", "CAN")
COMMONS = ("House of Commons", "CAN")
MAD = ("MADRID", "ESP")
OKC = ("OKLAHOMA CITY", "USA")
LON = ("LONDON", "GBR")
HOU = ("HOUSTON", "USA")
BA = ("BUENOS AIRES", "ARG")

CIBC = ("Canadian Imperial Bank of Commerce", "CAN", "BUS")
OTHER_MILDS = ('The "Other Milds" group', None, "GOV")
BOE = ("The Bank of England", "GBR", "GOV")
SEB = ("Skandinaviska Enskilda Banken", "SWE", "BUS")
EQUITABLE = ("Equitable Securities Corp", "USA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12197": {
        "events": [
            # 0
            ("STATEMENT", "said", CIBC, None, TOR,
             "1987-04-01", "day", None, "asserted", None,
             "lowering its Visa card rate (the bank's own price setting, no type; a RETREAT toward the Canadian "
             "government as a concession to the committee's call arguable, skipped); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The bank said"), (("The bank", "The bank said"), "CAN", "BUS"), None, TOR,
             "1987-04-01", "day", None, "asserted", None,
             "halving its yearly card fee, keeping the transaction fee (own pricing, no type); DCT"),
            # 2
            ("STATEMENT", ("said", "A bank spokesman said"), ("A bank spokesman", "CAN", "BUS"), None, TOR,
             "1987-04-01", "day", None, "asserted", None,
             "the committee's call 'was a factor' in the move (an assessment); DCT"),
            # 3
            ("REQUEST", "call", ("the\nCanadian Parliament's finance committee", "CAN", "GOV"), None, None,
             "1987-03-20", "day", "March 20", "asserted", None,
             "the call by the Canadian Parliament's finance committee on March 20 for a substantial cut in credit "
             "card rates (a nominal with its own agent and date, EVENTS.md 11); the card issuers are not named in "
             "the clause: actor2 null (EVENTS.md 14; CAN BUS implied arguable)"),
            # 4
            ("STATEMENT", "elaborate", (("he", "but he would"), "CAN", "BUS"), None, TOR,
             "1987-04-01", "day", None, "negated", None,
             "withheld statement: 'he would not elaborate' (EVENTS.md 5); DCT"),
            # 5
            ("THREATEN", "threatened", ("minister of state for finance Thomas Hockin", "CAN", "GOV"),
             ("the financial institutions", "CAN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "threatened legislation to reduce the rates if the financial institutions did not act voluntarily (a "
             "conditional threat is itself asserted); pluperfect with no time expression: undated (15b)"),
            # 6
            ("STATEMENT", ("said", "Bank spokesman said"), ("The Canadian Imperial Bank spokesman", "CAN", "BUS"), None,
             TOR,
             "1987-04-01", "day", None, "asserted", None,
             "'the bank card market is a very competitive one and we have to move to stay competitive' (assessment; "
             "the company's own pricing); DCT"),
            # 7
            ("STATEMENT", "added", (("Canadian Imperial Bank", "Canadian Imperial Bank added"), "CAN", "BUS"), None,
             TOR,
             "1987-04-01", "day", None, "asserted", None,
             "cardholders will be allowed to choose between the fees (own pricing, no type); DCT"),
            # 8
            ("STATEMENT", ("said", "fee, it said"), (("it", "fee, it said"), "CAN", "BUS"), None, TOR,
             "1987-04-01", "day", None, "asserted", None,
             "it will also eliminate the minimum monthly transaction fee (own pricing, no type); DCT"),
            # 9
            ("SUPPORT", ("said", "Tom Hockin, said"), ("Minister of State for Finance, Tom Hockin", "CAN", "GOV"),
             (("the bank", "delighted\" with the bank"), "CAN", "BUS"), COMMONS,
             "1987-04-01", "day", "today", "asserted", None,
             "'delighted' with the bank's cut in its credit card rate: verbal support of the bank (the saying is the "
             "act, EVENTS.md 1; own_dev's 'encouraged by'), 'today' in the House of Commons"),
            # 10
            ("REQUEST", ("said", "Hockin said during"), (("Hockin", "Hockin said during"), "CAN", "GOV"),
             ("retail stores and other financial\ninstitutions", "CAN", "BUS"), COMMONS,
             "1987-04-01", "day", None, "asserted", None,
             "'I would hope retail stores and other financial institutions will look to their rates as well': the "
             "identifiable addressees are told they should act (EVENTS.md 2; Canadian by context); during today's "
             "question period: DCT"),
        ],
        "skip": [
            ("lowering", "the bank's own price setting (no type; RETREAT toward the government arguable)"),
            ("halving", "own pricing, content of the statement"),
            ("retain", "own pricing, content of the statement"),
            ("reported", "anonymous earlier reporting (background)"),
            (("cut", "substantial cut"), "content of the committee's call"),
            (("move", "factor\" in the"), "anaphoric nominal (the rate cut)"),
            ("reduce", "content of the threat"),
            (("act", "voluntarily act"), "condition of the threat"),
            (("move", "have to move"), "content of the statement"),
            ("match", "stative comparison of rates"),
            (("lowered", "which lowered"), "Toronto Dominion's own price setting (no type)"),
            (("report", "committee report"), "anaphoric nominal (the committee's call)"),
            ("allowed", "content of the statement"),
            ("eliminate", "own pricing, content of the statement"),
            ("delighted", "part of the support (recorded on 'said')"),
            (("cut", "bank's cut"), "anaphoric nominal (the rate cut), object of the support"),
            ("look to", "content of the request"),
        ],
        "entities": [
            ("Canadian Imperial Bank of Commerce", "ORG", "CAN"),
            ("Visa", "ORG", "USA"),
            (("Visa", "halving"), "ORG", "USA"),
            ("Canadian Parliament", "ORG", "CAN"),
            ("Canada", "GPE", "CAN"),
            ("Thomas Hockin", "PERSON", "CAN"),
            (("Canadian Imperial Bank", "The Canadian Imperial Bank spokesman"), "ORG", "CAN"),
            (("Canadian Imperial", "Canadian Imperial's"), "ORG", "CAN"),
            ("Toronto\nDominion Bank", "ORG", "CAN"),
            (("Canadian Imperial Bank", "Canadian Imperial Bank added"), "ORG", "CAN"),
            ("Tom Hockin", "PERSON", "CAN"),
            ("House of Commons", "ORG", "CAN"),
            (("Hockin", "Hockin said during"), "PERSON", "CAN"),
        ],
    },
    "reuters21578-12490": {
        "events": [
            # 0
            ("CONSULT", "meet", ('Coffee producers belonging to the "Other\nMilds" group', None, "GOV"), None,
             ("Guatemala", "GTM"),
             "1987-05-04", "day", "May 4", "planned", None,
             "the Other Milds producers (a group of countries: null, no actor2, 34a's Managua meeting) will meet May 4 "
             "in Guatemala; relayed by anonymous delegates ('told reporters' skipped, EVENTS.md 4), the act names "
             "its agent (23b/35a); future May 4 from 1987-04-02"),
            # 1
            ("CONSULT", "consult", OTHER_MILDS, (("Brazil", "consult\nwith"), "BRA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "the group might consult with Brazil and Colombia on the meeting ('might': hypothetical); compound "
             "target split by country (EVENTS.md 12): Brazil; no time expression: undated"),
            # 2
            ("CONSULT", "consult", OTHER_MILDS, (("Colombia", "Brazil and"), "COL", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "the same possible consultation: Colombia"),
            # 3
            ("CONSULT", "negotiations", (None, None, "IGO"), None, None,
             "1987-03", "month", "last month", "asserted", None,
             "the ICO quota negotiations 'which broke down last month' (a nominal with its own predication and date, "
             "EVENTS.md 11, as 34a's ICO quota talks last month: the ICO implied, null IGO); the breakdown has no "
             "type; 'last month' from 1987-04-02 = 1987-03"),
            # 4
            ("CONSULT", "consultations", ("Producers", None, "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "producers are expected to hold other consultations 'in the coming months' (planned; a vague future "
             "span with no calendar value: undated); relayed by anonymous delegates"),
        ],
        "skip": [
            ("told", "anonymous-source talk (producer delegates, EVENTS.md 4)"),
            ("discuss", "purpose of the meeting"),
            ("restoring", "content of the meeting's purpose"),
            ("closing session", "the ICO executive board meeting (internal meeting of a single body, EVENTS.md 10; "
                                "CONSULT null IGO arguable, 10b)"),
            (("meeting", "executive board"), "internal meeting of the ICO board (EVENTS.md 10)"),
            (("meeting", "on this"), "anaphoric nominal (the May 4 meeting)"),
            ("attend", "uncertain attendance of the meeting already coded (34a; CONSULT hypothetical arguable)"),
            (("said", "attend, they"), "anonymous-source talk (the delegates)"),
            (("meeting", "The ICO board"), "internal meeting of the ICO board (EVENTS.md 10; CONSULT null IGO "
                                           "arguable)"),
            ("ended", "end of the internal board meeting"),
            ("moves", "no moves made (negated, no agent or type)"),
            ("restart", "content (the quota talks not restarted)"),
            ("broke down", "the breakdown of the coded negotiations (no type)"),
            (("said", "last month, producer"), "anonymous-source talk (producer delegates)"),
            ("expected", "anonymous expectation (the planned consultations are coded)"),
            ("proceed", "content of the consultations"),
            (("negotiations", "proceed with quota"), "content of the consultations"),
            (("meeting", "full producer"), "undated full producer meeting, content of an anonymous withheld mention"),
            ("mentioned", "agentless (no date mentioned)"),
            (("said", "mentioned, they"), "anonymous-source talk"),
            ("completed", "internal work of the ICO board"),
            (("session", "next regular board"), "the next regular board session (internal meeting of a single body, EVENTS.md 10; CONSULT "
                        "null IGO planned 1987-06-01 arguable)"),
            (("said", "June 1-5"), "anonymous-source talk (delegates)"),
        ],
        "entities": [
            ("Other\nMilds", "ORG", None),
            ("International Coffee\nOrganization", "ORG", None),
            (("ICO", "Organization, ICO"), "ORG", None),
            (("Other Milds", "The \""), "ORG", None),
            ("Costa Rica", "GPE", "CRI"),
            ("Dominican\nRepublic", "GPE", "DOM"),
            ("Ecuador", "GPE", "ECU"),
            ("El Salvador", "GPE", "SLV"),
            (("Guatemala", "El Salvador"), "GPE", "GTM"),
            ("Honduras", "GPE", "HND"),
            ("India", "GPE", "IND"),
            ("Mexico", "GPE", "MEX"),
            ("Nicaragua", "GPE", "NIC"),
            ("Papua New Guinea", "GPE", "PNG"),
            ("Peru", "GPE", "PER"),
            ("Brazil", "GPE", "BRA"),
            ("Colombia", "GPE", "COL"),
            (("ICO", "The ICO board"), "ORG", None),
            ("Indonesia", "GPE", "IDN"),
        ],
    },
    "reuters21578-3524": {
        "events": [
            # 0
            ("STATEMENT", ("said", "the central bank\nsaid"), (("the central bank", "late last night"), "ESP", "GOV"),
             None, None,
             "1987-03-10", "day", "late last night", "asserted", None,
             "statement issued late last night: convertible peseta accounts subject to a 19 pct reserve requirement "
             "(a monetary measure, no type: the reporting clause is a STATEMENT, rule 4); 'last night' from Wed "
             "1987-03-11 = 1987-03-10; dated by its own expression, so no dateline location"),
            # 1
            ("STATEMENT", ("said", "officials said"), ("Bank of Spain officials", "ESP", "GOV"), None, MAD,
             "1987-03-11", "day", None, "asserted", None,
             "the rate rise was an understandable response (assessment; officials of a named body, EVENTS.md 4); "
             "wire style: DCT, dateline city"),
        ],
        "skip": [
            ("extended", "reserve-requirement change (monetary operation, EVENTS.md 10)"),
            ("curb", "purpose of the monetary measure"),
            (("statement", "In a"), "part of the reporting clause"),
            ("issued", "part of the reporting clause"),
            (("raised", "central bank raised"), "reserve-requirement rise (monetary operation)"),
            (("say", "Banking sources say"), "anonymous-source talk (banking sources)"),
            ("threatening", "content of anonymous talk (capital inflows, no actor)"),
            (("say", "They say"), "anonymous-source talk (banking sources)"),
            ("provide", "money-market assistance withheld (monetary operation)"),
            ("drain", "purpose of the monetary operation"),
            ("tightened", "monetary operation (liquidity)"),
            ("auction", "Treasury bill auction (monetary operation)"),
            (("hike", "Friday's"), "reserve-requirement rise (monetary operation)"),
            (("hike", "reaction was a"), "market-price movement"),
            ("noted", "anonymous-source talk (banking sources)"),
            ("neutralize", "content of anonymous talk"),
            ("curtail", "monetary policy aim, content of anonymous talk"),
        ],
        "entities": [
            ("Bank of Spain", "ORG", "ESP"),
            (("Spain", "Spain's principal"), "GPE", "ESP"),
            (("Bank of Spain", "The Bank of Spain today"), "ORG", "ESP"),
            (("Bank of Spain", "Bank of Spain officials"), "ORG", "ESP"),
            ("Spanish", "NORP", "ESP"),
        ],
    },
    "reuters21578-9935": {
        "events": [
            # 0
            ("COOPERATE", "set up", SEB, EQUITABLE, ("London", "GBR"),
             "1987-04", "month", "next month", "planned", None,
             "will set up a joint venture in London with the U.S. brokerage Equitable (a venture between companies, "
             "19a's joint venture); 'said' rule-3 attribution; dated by the next sentence's 'will be established "
             "next month' (the same establishment, rule 3 as 44b's Hong Kong stop; undated arguable)"),
            # 1
            ("COOPERATE", "established", (None, "SWE", "BUS"), (None, "USA", "BUS"), ("London", "GBR"),
             "1987-04", "month", "next month", "planned", 0,
             "later mention: the joint venture will be established next month (partners implied); 'told a press "
             "briefing' rule-3 attribution"),
            # 2
            ("COOPERATE", "bought", ("S-E Bank", "SWE", "BUS"), (("Equitable Securities", "stake in"), "USA", "BUS"),
             None,
             "1987-03", "month", "about two weeks ago", "asserted", None,
             "bought a 4.9 pct stake in Equitable (an acquisition between companies, EVENTS.md 8); 'about two weeks "
             "ago' from Thu 1987-03-26 = the week of 9-13 March, kept at its month (EVENTS.md 21)"),
        ],
        "skip": [
            (("said", "Banken"), "rule-3 attribution (the joint venture is the event)"),
            (("joint venture", "set up a"), "the same venture (recorded on 'set up')"),
            ("sale", "content: the venture's business"),
            ("told", "rule-3 attribution (the establishment is the event)"),
            ("briefing", "part of the reporting clause"),
            ("called", "naming of the venture (content)"),
            ("provision", "content: Equitable's role in the venture"),
        ],
        "entities": [
            ("Sweden", "GPE", "SWE"),
            ("Skandinaviska Enskilda Banken", "ORG", "SWE"),
            ("London", "GPE", "GBR"),
            ("U.S.", "GPE", "USA"),
            ("Equitable Securities Corp", "ORG", "USA"),
            ("Nashville", "GPE", "USA"),
            ("Tenn.", "GPE", "USA"),
            (("U.S.", "sale of"), "GPE", "USA"),
            ("Europe", "LOC", None),
            ("S-E Bank", "ORG", "SWE"),
            ("Jacob Palmstierna", "PERSON", "SWE"),
            ("Equitable Enskilda\nSecurities Ltd", "ORG", "GBR"),
            (("S-E Bank", "S-E Bank bought"), "ORG", "SWE"),
            (("Equitable Securities", "stake in"), "ORG", "USA"),
            (("Equitable", "Equitable's role"), "ORG", "USA"),
            ("United\nStates", "GPE", "USA"),
        ],
    },
    "reuters21578-11119": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Oklahoma weekly USDA crop\nreport", "USA", "GOV"), None, OKC,
             "1987-03-30", "day", None, "asserted", None,
             "the USDA's weekly state crop report (a report by a named author, 7a/13a): cold weather slowed crop "
             "development; wire style: DCT, dateline city"),
        ],
        "skip": [
            ("slowed", "weather (no actor)"),
            ("caused", "weather (no actor)"),
            ("halted", "weather (no actor)"),
            ("prevented", "weather (no actor)"),
            ("noted", "agentless observation (content of the report)"),
            (("rated", "Wheat condition"), "statistics (content of the report)"),
        ],
        "entities": [
            ("Oklahoma", "GPE", "USA"),
            ("USDA", "ORG", "USA"),
        ],
    },
    "reuters21578-2576": {
        "events": [
            # 0
            ("STATEMENT", "said", BOE, None, LON,
             "1987-03-06", "day", None, "asserted", None,
             "the afternoon help is a monetary operation (28b's 7027, 39a's 4783): the reporting clause is a "
             "STATEMENT; the shortage estimate is part of the same report; wire style: DCT, dateline city"),
        ],
        "skip": [
            ("provided", "money-market assistance (monetary operation)"),
            ("assistance", "monetary operation"),
            ("takes", "the day's total help (monetary operation)"),
            (("help", "total help"), "monetary operation"),
            ("estimated", "the same speech act as 'said' (the bank's shortage estimate, 39a)"),
            ("purchased", "bill purchases (monetary operation)"),
            ("bought", "bill purchases (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
    "reuters21578-11118": {
        "events": [
            # 0
            ("STATEMENT", "said", ("an Exxon Co USA executive", "USA", "BUS"), None, HOU,
             "1987-03-30", "day", None, "asserted", None,
             "forecast: synthetic fuels economic again above 30 dlrs a barrel (an executive of a named company, "
             "EVENTS.md 4); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("Joe McMillan", "USA", "BUS"), None, HOU,
             "1987-03-30", "day", None, "asserted", None,
             "'synthetics should play a significant role' (forecast; Reuters the audience); DCT; in Houston (after "
             "the Houston meeting)"),
            # 2
            ("STATEMENT", ("told", "also told"), (("McMillan", "McMillan also"), "USA", "BUS"), None, HOU,
             "1987-03-30", "day", None, "asserted", None,
             "at a news conference: synthetic fuels economic at 30 to 40 dlrs (forecast; a separate reporting clause "
             "to other listeners, EVENTS.md 3; a later mention of the first 'said' arguable); DCT"),
            # 3
            ("STATEMENT", ("said", "prepared,\" McMillan"), (("McMillan", "prepared,\""), "USA", "BUS"), None, HOU,
             "1987-03-30", "day", None, "asserted", None,
             "quote: a 50 pct price increase, 'that time is coming and we've got to be prepared' (new content: "
             "assessment about the speaker's own side, STATEMENT as own_blind's 'We should'); DCT"),
            # 4
            ("STATEMENT", "predicted", (("He", "He predicted"), "USA", "BUS"), None, HOU,
             "1987-03-30", "day", None, "asserted", None,
             "forecast: U.S. oil demand up one pct a year while reserves are not replaced; DCT"),
            # 5
            ("STATEMENT", ("said", "declining supplies, McMillan"), (("McMillan", "declining supplies,"), "USA", "BUS"),
             None, HOU,
             "1987-03-30", "day", None, "asserted", None,
             "forecast: world oil prices significantly higher by the turn of the century ('By the turn of the "
             "century' dates the prices, not the saying); DCT"),
            # 6
            ("REQUEST", "advocated", ("Ashland Oil, Inc. chairman John Hall", "USA", "BUS"), (None, "USA", "GOV"),
             HOU,
             "1987-03-30", "day", None, "asserted", None,
             "advocated federal tax incentives for synthetic fuels: the federal government (named by 'federal', "
             "implied) is told it should act (EVENTS.md 2; STATEMENT arguable); Ashland taken as U.S. by context; "
             "wire style: DCT"),
            # 7
            ("STATEMENT", ("said", "The United States, Hall"), (("Hall", "The United States, Hall"), "USA", "BUS"), None,
             HOU,
             "1987-03-30", "day", None, "asserted", None,
             "the U.S. has nearly 500 billion tons of coal reserves (statistics); DCT"),
            # 8
            ("STATEMENT", ("said", "later,\" Hall"), (("Hall", "later,\" Hall"), "USA", "BUS"), None, HOU,
             "1987-03-30", "day", None, "asserted", None,
             "'We must encourage research now ...' (prescriptive talk about the speaker's own side, own_blind's 'We "
             "should ...': STATEMENT; REQUEST arguable); DCT"),
            # 9
            ("REJECT", "refused", ("Congress", "USA", "GOV"), (("The corporation", "The corporation was"), "USA", "BUS"),
             None,
             "1986-04", "month", "last April", "asserted", None,
             "Congress refused to continue funding the U.S. Synthetic Fuels Corp's budget (a refusal, REJECT toward the "
             "corporation: a government-created corporation, BUS as state-owned companies, EVENTS.md 15); the 'when' "
             "clause shares the shutdown's 'last April' (from March 1987 = 1986-04)"),
        ],
        "skip": [
            (("halted", "synthetic fuels,"), "agentless background (development halted by cheap oil)"),
            ("addressing", "participial background of the 'told' clause (his speech at the meeting, content not "
                           "given; STATEMENT arguable)"),
            (("meeting", "Houston"), "a professional society's own meeting (internal meeting of one body)"),
            ("believed", "content of the 'told' clause"),
            ("increase", "market-price movement (content of the quote)"),
            (("rise", "demand would"), "content of the forecast"),
            ("replace", "content of the forecast"),
            ("spoke", "relative-clause background (his speech at the same meeting; STATEMENT arguable)"),
            (("meeting", "spoke at the"), "anaphoric nominal (the AIChE meeting)"),
            ("spur", "purpose of the advocated incentives"),
            ("encourage", "content of the quote"),
            ("subsidized", "domestic subsidy programme through the government's own corporation, no identified "
                           "recipient (AID arguable)"),
            ("created", "background: creation of the programme (no type)"),
            ("shut down", "closure of a domestic government corporation (no type; the consequence of the refusal; "
                          "RETREAT arguable)"),
            ("funding", "content of the refusal"),
        ],
        "entities": [
            ("Exxon Co USA", "ORG", "USA"),
            ("Joe McMillan", "PERSON", "USA"),
            ("Reuters", "ORG", "GBR"),
            ("Houston", "GPE", "USA"),
            ("American Institute of\nChemical Engineers", "ORG", "USA"),
            (("McMillan", "McMillan also"), "PERSON", "USA"),
            (("McMillan", "prepared,\""), "PERSON", "USA"),
            (("U.S.", "He predicted"), "GPE", "USA"),
            (("McMillan", "declining supplies,"), "PERSON", "USA"),
            ("Ashland Oil, Inc.", "ORG", "USA"),
            ("John Hall", "PERSON", "USA"),
            ("The United States", "GPE", "USA"),
            (("Hall", "The United States, Hall"), "PERSON", "USA"),
            (("Hall", "later,\" Hall"), "PERSON", "USA"),
            ("U.S. Synthetic Fuels Corp.", "ORG", "USA"),
            ("Carter Administration", "ORG", "USA"),
            ("Congress", "ORG", "USA"),
        ],
    },
    "reuters21578-1859": {
        "events": [
            # 0
            ("RETREAT", "lifting", ("Argentina's Idustry and Foreign\nTrade Secretary", "ARG", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "lifting import taxes on capital goods not produced in the country until December 1989 (easing a trade "
             "measure, 33b's tariff cuts; imports in general: actor2 null); 'announced' rule-3 attribution; 'until "
             "December 1989' is the end of the period, not the act's date: undated (rule 17; DCT arguable)"),
            # 1
            ("STATEMENT", ("said", "also said"), ("Roberto Lavagna", "ARG", "GOV"), None, BA,
             "1987-03-04", "day", None, "asserted", None,
             "at a news conference: Argentina would create a special programme for promoting industry (domestic "
             "policy, no type); the other content, the study of Brazilian imports, is coded on 'admission'; wire "
             "style: DCT, dateline city"),
            # 2
            ("RETREAT", "admission", (("Argentina", "said Argentina"), "ARG", "GOV"),
             (("Brazil", "neighbouring"), "BRA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "was studying a system of temporary, automatic and generalised admission of goods from Brazil (easing "
             "imports from Brazil, merely considered: hypothetical, 19b/44b's 'studying the use'; COOPERATE "
             "arguable); relayed present progressive with no time expression: undated (17b)"),
            # 3
            ("STATEMENT", ("said", "Lavagna said"), (("Lavagna", "Lavagna said"), "ARG", "GOV"), None, BA,
             "1987-03-04", "day", None, "asserted", None,
             "the measures are in line with an adjustment in economic policy against inflation (assessment); DCT"),
        ],
        "skip": [
            ("announced", "rule-3 attribution (the lifting is the event)"),
            ("produced", "stative (goods not produced in the country)"),
            ("create", "domestic industrial programme (no type), content of the statement"),
            ("promoting", "content of the statement"),
            ("studying", "frame of the considered admission (recorded on 'admission')"),
            (("adjustment", "in line with an"), "domestic economic policy, content of the statement"),
            ("stall", "purpose, content of the statement"),
            ("froze", "domestic price policy (EVENTS.md 10)"),
            ("devalued", "exchange-rate fixing (monetary operation)"),
        ],
        "entities": [
            ("Argentina", "GPE", "ARG"),
            ("Roberto Lavagna", "PERSON", "ARG"),
            (("Argentina", "said Argentina"), "GPE", "ARG"),
            ("Brazil", "GPE", "BRA"),
            (("Lavagna", "Lavagna said"), "PERSON", "ARG"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
