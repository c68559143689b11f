"""Build ``own_blind70a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind70a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2082 left); 24 drawn with random.Random(70101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
47 event records (43 first mentions, 4 later mentions), 91 not_annotated spans, 93 entity mentions
(GPE 35, ORG 29, PERSON 11, NORP 10, LOC 8); no article without events; 5220 (China's trade deficit) and 16251
(Bank of England money-market help) have reporting-clause STATEMENTs only.
Types: STATEMENT 29, THREATEN 5, AGREE 4, ACCUSE 3, CONSULT 2, COOPERATE 2, ASSAULT 1, REJECT 1; modality:
asserted 38, negated 5, planned 4; precision: day 32, unknown 12, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked; four wrong first matches
fixed: "he" inside "the" twice, "U.S." after the first "Aqazadeh said the", "China" inside "China Daily"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Finance Minister Kiichi Miyazawa", "Iranian Oil Minister
Gholamreza Aqazadeh": NORP "Iranian" + PERSON); company names are tagged with their legal form, without
angle brackets or a final point, tickers ("<SIEG.F>") are not entities; the possessive 's is left out
("China's", "Siemens AG's", "Weinberger's"); "House" in "House-passed" is an ORG (the House of
Representatives, as earlier sets' "House"), "Senate" in "Senate Republicans" ORG and "Republicans" NORP USA;
"Tehran radio" is one ORG span (55a's "Radio Moscow"), "IMF/World Bank Interim Committee" one ORG span (40a's
"IMF Interim Committee"); "Paris" in "Paris accord" / "Paris talks" is a GPE (19b/26a); the capitalised short
"Bureau" and "Bank" of a body already named are ORG mentions, the lower-case "bureau" and "bank" are not; ship
names (the Sea Isle City), the Lufeng 13-1-1 well, currencies and accords are not entities.
Countries: Reagan PERSON USA, House, White House and Senate ORG USA, "Republicans" NORP USA; Kiichi Miyazawa
/ "Miyazawa" PERSON JPN, Upper House ORG JPN (the Japanese Diet's), Japan JPN, Britain GBR, Canada CAN,
France and Paris FRA, West Germany DEU, "U.S." and Washington USA (GPE), G-7 and the IMF/World Bank Interim
Committee ORG null; Chronar Corp / "Chronar" ORG USA (the text gives no country; the dateline PRINCETON, N.J.
and the U.S. ticker place it, as 55a's Princeville), Rade Koncar ORG YUG ("a Yugoslav maker"), "Yugoslav"
NORP YUG, Split and Yugoslavia GPE YUG (1987 code, as EVENTS.md's YUG); Iran and Tehran GPE IRN, "Iranian"
NORP IRN, Tehran radio and IRNA ORG IRN (state media, 17b's IRNA), Gholamreza Aqazadeh / "Aqazadeh" PERSON
IRN, "U.S." and Washington GPE USA, "American" NORP USA, Weinberger PERSON USA, "Kuwaiti" NORP KWT, the Gulf
and the Hormuz Strait LOC null; China GPE CHN, the State Statistics Bureau / "Bureau", the New China News
Agency, the China Daily, China National Offshore Oil Corp / CNOOC ORG CHN (the state oil company), Pearl River
LOC CHN, Shenzhen GPE CHN, the Yellow Sea LOC null (shared with Korea), "Japanese" NORP JPN; Siemens AG /
"Siemens" ORG DEU (dateline MUNICH), Siemens Informations Systems Inc ORG DEU (Siemens AG's fully-owned
subsidiary; the text gives it no country of its own, USA for an "Inc." arguable), Telecom Plus Communications
Inc / "Telecom Plus Communications" and Telecom Plus International Inc ORG USA ("the largest independent
supplier ... in the U.S."), "U.S." GPE USA; Bank of England / "Bank" ORG GBR.

Judgement calls made here:
* 19163 (Reagan threatens to veto the trade bill, DCT Fri 1987-06-19, WASHINGTON): "President Reagan said he
  would veto a House-passed trade bill ... if it reached its desk in its present form" is THREATEN USA GOV ->
  the House (USA GOV; a conditional veto threat, 16b's "has said he would veto any legislation"), asserted
  (a threat is asserted though what it announces is conditional), DCT, WASHINGTON; the saying is the act
  (EVENTS.md 1), so "said" is the trigger and "veto" its content (skipped: REJECT hypothetical). The quoted
  '"I would have no choice but to veto that bill in its present form."' after "he said:" is its later
  mention (a quoted restatement, EVENTS.md 3), located at the White House. "a White House meeting with
  Senate Republicans" is a background nominal with no predication or date of its own (skipped; CONSULT USA ->
  USA arguable). "He said the measure 'would move us exactly in the wrong direction' ... and would destroy
  jobs" is a STATEMENT (criticism of a bill, not of an actor: EVENTS.md 6's policy reading; ACCUSE toward
  the House arguable). The House's passing of the bill is a vote of one body (skipped).
* 9720 (Miyazawa on the Paris accord, DCT Thu 1987-03-26, TOKYO): the lead "Finance Minister Kiichi
  Miyazawa said major nations are taking action to stabilise exchange rates ..., government sources said"
  is Miyazawa's STATEMENT relayed by anonymous sources (second-hand speech: undated, no location; the
  sources' "said" is skipped); the action is currency stabilisation (EVENTS.md 10, skipped). "their agreement
  in Paris last month" is AGREE by the group (null IGO, no actor2, own_blind3's Paris accord; a nominal with
  its own date, EVENTS.md 11), 1987-02 (month), located in Paris; "The six agreed to cooperate to stabilise
  exchange rates" is its later mention (same date). "Miyazawa told an Upper House session the six nations
  ... are abiding by the Paris accord" is a STATEMENT, DCT (wire style, rule 2; the lead's restatement
  arguable), TOKYO; "abiding" is stative content. "Miyazawa said he wishes to attend a meeting of seven major
  nations (G-7)" is a STATEMENT (a wish: "attend" skipped, CONSULT JPN -> G-7 hypothetical arguable); the
  G-7 meeting "expected just before the IMF/World Bank Interim Committee meeting in Washington starting on
  April 9" is CONSULT by the G-7 (null, no actor2, 5b's G-7 meeting), planned, 1987-04 (just before April 9:
  the day is not fixed, month precision), no location given; the Interim Committee meeting is CONSULT null,
  planned, 1987-04-09, Washington (40a). "The sources quoted Miyazawa as saying Japan is trying to prevent a
  further rise of the yen" is a relayed STATEMENT (undated; trigger "saying", the sources' "quoted"
  skipped); "Japan is taking the matter seriously, he added" is read as a plain wire-style clause (rule 2:
  DCT, TOKYO; relayed and undated arguable, as it continues the sources' quote). "Miyazawa declined to give
  specific figures" is a withheld STATEMENT (negated, EVENTS.md 5), "and said any mention of specific rates
  would create an 'unexpected situation'" a STATEMENT, both DCT, TOKYO; the question ("Asked if the six
  nations had agreed ...") and "the Paris talks" are skipped.
* 3814 (Chronar joint venture in Yugoslavia, DCT Wed 1987-03-11, PRINCETON, N.J.): "Chronar Corp said it
  signed a joint venture agreement with <Rade Koncar>" is AGREE USA BUS -> YUG BUS on "signed", undated
  (rule 17), no location (Split is where the plant will be built), "said" rule-3 attribution, "build" its
  content. The venture's ownership split and "Chronar said it will receive 7.5 mln dlrs for supplying
  equipment and technology and will invest 2.5 mln dlrs" are the agreement's terms (content: "own",
  "receive", "supplying", "invest" skipped; COOPERATE USA -> YUG planned arguable), so both "said" are
  STATEMENTs, DCT, PRINCETON. "It said it cancelled a previous pact with a Yugoslav firm" is a STATEMENT: a
  cancellation has no type (26a-era calls on cancelled trips and port calls; RETREAT USA -> YUG arguable),
  "cancelled" skipped.
* 20101 (Iran's lawsuits over the U.S. raid, DCT Tue 1987-10-20, NICOSIA): "Iran is preparing lawsuits to
  file for compensation from the U.S. ..., Tehran radio quoted ... Aqazadeh as saying" is ACCUSE IRN GOV ->
  USA GOV on "lawsuits" (bringing a lawsuit against someone is CAMEO 115 under DISAPPROVE = PLOVER ACCUSE),
  planned (the filing), undated (relayed: "quoted ... as saying"); "compensation" its content (REQUEST
  arguable); "The lawsuits would be filed with competent international bodies once the exact damage was
  calculated, he was quoted telling a news conference in Tehran" is its later mention (planned, undated).
  "The rigs, one of which was heavily shelled by four American destroyers on Monday" is ASSAULT USA MIL ->
  the implied Iranian owner (IRN GOV), 1987-10-19 (the Monday before Tue 20 October), in the Gulf (a
  relative clause with its own predication and date); the "raid" nominals and "the attack" are background /
  anaphoric (skipped); "were still burning ..., he said" is a STATEMENT (DCT, NICOSIA). "He earlier estimated
  the damage" is a STATEMENT dated DCT (EVENTS.md 16's "Earlier it reported"); "Aqazadeh said the ...
  estimate was preliminary" a STATEMENT. "Washington has said the attack was in response to a missile strike
  against the American-flag tanker the Sea Isle City in Kuwaiti waters on Friday" is a STATEMENT USA GOV
  ("has said": DCT, EVENTS.md 16; dateline location); the missile strike names no attacker (skipped;
  ASSAULT IRN -> USA 1987-10-16 arguable). "He denied that there was any military hardware on the rigs" is
  REJECT (denying an allegation, actor2 null as earlier sets' Subroto denial; USA arguable), DCT. Aqazadeh's
  '"Iran will also consider the case closed after its retaliatory measure."' in reaction to Weinberger is
  THREATEN IRN -> USA (Washington, the party whose remark he answers), DCT; "Weinberger's remark" is a
  background nominal (STATEMENT USA undated arguable). "Iranian officials have said their response would not
  be limited to the Gulf and U.S. Interests around the world might come under attack" is THREATEN IRN GOV ->
  USA ("have said": DCT). "Aqazadeh said the U.S. Military presence in the Gulf aggravated the regional
  crisis" is ACCUSE IRN -> USA MIL (blame), DCT; "but he did not see the U.S. Attack significantly affecting
  oil prices" is a second reporting clause (EVENTS.md 3's "but added"), a STATEMENT (a forecast: asserted,
  not withheld), DCT. "IRNA said he gave no explicit reply when asked if the attack would prompt Iran to
  block the Hormuz Strait" is Aqazadeh's withheld STATEMENT (negated) relayed by IRNA (the agency's "said"
  skipped as attribution, as the "quoted" agency calls; undated, no location). '"If Iran cannot use the
  Hormuz Strait, no other country can either ...," the radio quoted him as saying' is THREATEN IRN GOV,
  actor2 null (aimed at every other country), relayed: undated; trigger "saying", "quoted" skipped.
  Plain "he said" clauses in a story taken from Tehran radio take the DCT (rule 2) and the dateline.
* 5220 (China's two-month trade deficit, DCT Mon 1987-03-16, PEKING): "according to figures released by the
  State Statistics Bureau" is a STATEMENT CHN GOV on "released" (a statistics release by a named body),
  undated ("according to", relayed by the agency); "The New China News Agency quoted the Bureau as saying
  foreign trade totalled ..." a relayed STATEMENT by the Bureau (undated; trigger "saying", "quoted"
  skipped as the agency's attribution); "The bureau said total trade volume was up 2.5 pct" a plain
  STATEMENT (DCT, PEKING) and "but it gave no other comparative figures" a withheld STATEMENT (negated,
  EVENTS.md 5's "gave no date"), DCT. "official figures show" is a document (skipped); the totals are
  statistics.
* 9977 (Siemens raises its Telecom Plus stake, DCT Thu 1987-03-26, MUNICH): "Siemens Informations Systems
  Inc. Has raised its stake in <Telecom Plus Communications Inc.> by 65 pct to 100 pct" is COOPERATE DEU BUS
  -> USA BUS (a completed share acquisition, toward the company acquired), undated (present perfect, rule
  17), "a Siemens spokesman said" rule-3 attribution; "The stake had been acquired from Telecom Plus
  International Inc." is its later mention (actor1 implied, actor2 the seller, also USA). "He added that
  Telecom Plus Communications was the largest independent supplier ..." is a STATEMENT, DCT, MUNICH; "The
  spokesman declined to comment on U.S. Newspaper reports ..." a withheld STATEMENT (negated), DCT; the
  unnamed newspapers' reports are skipped (no identifiable speaker), "the purchase" is anaphoric.
* 16251 (Bank of England money market help, DCT Mon 1987-04-13, LONDON): the assistance and the bill
  purchases are money-market operations (EVENTS.md 10, skipped), so "The Bank of England said it provided"
  and "Shortly before, the Bank said it had revised its estimate of the shortage" are STATEMENTs GBR GOV, DCT
  ("this afternoon" and "Shortly before" are the same day; date_text null), LONDON; the revision is the
  second statement's content and "the earlier forecast" a background nominal.
* 4041 (China closes its second round of offshore oil bids, DCT Wed 1987-03-11 from published_at, dateline
  "PEKING, March 12"): closing a bidding round has no type (skipped), so "the China Daily has reported" is a
  STATEMENT CHN ORG ("has reported": DCT, EVENTS.md 16), PEKING. "It quoted a spokesman for the China
  National Offshore Oil Corp (CNOOC) as saying China signed eight contracts with 15 foreign firms" is AGREE
  CHN GOV -> the foreign firms (null BUS: no country given), undated (relayed and rule 17), "quoted" and
  "saying" skipped as attribution. "The spokesman added CNOOC was ready to enter into contracts for offshore
  blocks" is a STATEMENT CHN BUS (a general readiness with no counterpart: "enter" skipped, AGREE offer
  arguable), "He did not say when this would be" a withheld STATEMENT (negated) and "but added the contracts
  would not be bound by restrictions" a STATEMENT, all DCT, PEKING (plain wire clauses, rule 2, though they
  continue the China Daily's quote; relayed and undated arguable). "China has signed 36 oil contracts and
  agreements with 37 companies from 10 countries since 1979" is a cumulative background total (skipped as
  statistics; AGREE CHN undated arguable); the drilling by Japanese companies, the terminated contracts and
  the foreign investment total have no type or no acting actor (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind70a.jsonl"

WAS = ("WASHINGTON", "USA")
TOK = ("TOKYO", "JPN")
PRI = ("PRINCETON", "USA")
NIC = ("NICOSIA", "CYP")
PEK = ("PEKING", "CHN")
MUN = ("MUNICH", "DEU")
LON = ("LONDON", "GBR")
WH_TXT = ("White House", "USA")
PARIS_TXT = ("Paris", "FRA")
WASH_TXT = ("Washington", "USA")
GULF_TXT = ("Gulf", None)

USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
USA_MIL = "USA", "MIL"
JPN_GOV = "JPN", "GOV"
YUG_BUS = "YUG", "BUS"
IRN_GOV = "IRN", "GOV"
IRN_ORG = "IRN", "ORG"
CHN_GOV = "CHN", "GOV"
CHN_ORG = "CHN", "ORG"
CHN_BUS = "CHN", "BUS"
DEU_BUS = "DEU", "BUS"
GBR_GOV = "GBR", "GOV"
GROUP = None, "IGO"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19163": {
        "events": [
            # 0
            ("THREATEN", ("said", "President Reagan"), ("President Reagan",) + USA_GOV, (("House", "veto a"),) + USA_GOV,
             WAS, "1987-06-19", "day", None, "asserted", None,
             "would veto the House-passed trade bill if it reached his desk in its present form: a conditional veto "
             "threat (16b's 'has said he would veto any legislation'), asserted; the saying is the act (EVENTS.md 1), "
             "'veto' its content; DCT, dateline city"),
            # 1
            ("THREATEN", ("said", "on the legislation, he"), (("he", "legislation,"),) + USA_GOV,
             (None,) + USA_GOV, WH_TXT, "1987-06-19", "day", None, "asserted", 0,
             "later mention: the quoted 'I would have no choice but to veto that bill' restates the threat "
             "(EVENTS.md 3), made at the White House meeting; the first mention's date"),
            # 2
            ("STATEMENT", ("said", "He said the measure"), (("He", "He said the measure"),) + USA_GOV, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "the measure would move us in the wrong direction and destroy jobs: criticism of a bill, not of an "
             "actor (EVENTS.md 6; ACCUSE toward the House arguable); DCT"),
        ],
        "skip": [
            (("veto", "would"), "content of the threat (the veto itself: REJECT hypothetical)"),
            (("passed", "House-"), "passing of a bill by one body (domestic legislation)"),
            ("requiring", "content of the bill"),
            ("retaliation", "content of the bill (mandatory retaliation: SANCTION arguable)"),
            ("reached", "condition of the threat"),
            ("statement", "part of the reporting clause (the later mention's 'said')"),
            (("meeting", "White House"), "background nominal (Reagan's meeting with Senate Republicans; CONSULT USA -> "
                                         "USA arguable)"),
            (("veto", "but to"), "content of the quoted threat"),
            ("move", "content of the statement"),
            ("destroy", "content of the statement"),
        ],
        "entities": [
            (("Reagan", "President"), "PERSON", "USA"),
            (("House", "veto a"), "ORG", "USA"),
            ("White House", "ORG", "USA"),
            ("Senate", "ORG", "USA"),
            ("Republicans", "NORP", "USA"),
        ],
    },
    "reuters21578-9720": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Kiichi Miyazawa"), ("Finance Minister Kiichi Miyazawa",) + JPN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "major nations are taking action to stabilise exchange rates (currency action: no type), relayed by "
             "anonymous government sources: second-hand speech, undated, no location"),
            # 1
            ("AGREE", "agreement", ("major nations",) + GROUP, None, PARIS_TXT,
             "1987-02", "month", "last month", "asserted", None,
             "their agreement in Paris last month: the Paris accord of a group of countries (null, no actor2, "
             "own_blind3); a nominal with its own date (EVENTS.md 11); 'last month' in March 1987"),
            # 2
            ("STATEMENT", "told", (("Miyazawa", "Miyazawa told"),) + JPN_GOV, None, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "told an Upper House session the six are abiding by the accord (assessment); wire style, DCT (a "
             "restatement of the relayed lead arguable)"),
            # 3
            ("AGREE", ("agreed", "The six"), ("The six",) + GROUP, None, PARIS_TXT,
             "1987-02", "month", "last month", "asserted", 1,
             "later mention: the six agreed to cooperate to stabilise exchange rates (the Paris accord); the first "
             "mention's date"),
            # 4
            ("STATEMENT", ("said", "Miyazawa said he wishes"), (("Miyazawa", "Miyazawa said he wishes"),) + JPN_GOV,
             None, TOK, "1987-03-26", "day", None, "asserted", None,
             "wishes to attend the G-7 meeting (a wish: 'attend' skipped, CONSULT hypothetical arguable); DCT"),
            # 5
            ("CONSULT", ("meeting", "attend a"), ("G-7",) + GROUP, None, None,
             "1987-04", "month", "April 9", "planned", None,
             "the G-7 meeting expected just before the Interim Committee meeting starting on April 9 (a group of "
             "countries: null, no actor2, 5b's G-7 meeting); day not fixed: month precision"),
            # 6
            ("CONSULT", ("meeting", "Interim Committee"), ("IMF/World Bank Interim Committee",) + GROUP, None,
             WASH_TXT, "1987-04-09", "day", "April 9", "planned", None,
             "the IMF/World Bank Interim Committee meeting in Washington starting on April 9 (40a's Interim "
             "Committee meeting: CONSULT null), future: planned"),
            # 7
            ("STATEMENT", ("saying", "quoted Miyazawa as"), (("Miyazawa", "sources quoted"),) + JPN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "Japan is trying to prevent a further rise of the yen (currency policy: content), relayed by the "
             "anonymous sources ('quoted ... as saying'): undated"),
            # 8
            ("STATEMENT", "added", (("he", "seriously,"),) + JPN_GOV, None, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "Japan is taking the matter seriously (assessment); plain wire clause, DCT (rule 2; relayed and "
             "undated arguable, it continues the sources' quote)"),
            # 9
            ("STATEMENT", "declined", (("Miyazawa", "Paris talks,"),) + JPN_GOV, None, TOK,
             "1987-03-26", "day", None, "negated", None,
             "declined to give specific figures: withheld statement (EVENTS.md 5); DCT"),
            # 10
            ("STATEMENT", ("said", "specific figures and"), (("Miyazawa", "Paris talks,"),) + JPN_GOV, None, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "any mention of specific rates would create an unexpected situation (assessment); DCT"),
        ],
        "skip": [
            (("said", "government"), "anonymous-source talk (government sources)"),
            ("taking action", "currency stabilisation (monetary operation, EVENTS.md 10)"),
            (("stabilise", "taking action to"), "content (currency stabilisation)"),
            ("abiding", "stative (compliance with the accord), content of the statement"),
            (("accord", "Paris accord"), "anaphoric nominal (the Paris accord)"),
            ("cooperate", "content of the agreement"),
            (("stabilise", "cooperate to"), "content of the agreement"),
            ("attend", "content of the statement (a wish to attend: CONSULT JPN -> G-7 hypothetical arguable)"),
            (("quoted", "The sources"), "anonymous sources relaying the minister"),
            ("trying", "currency policy (content of the relayed statement)"),
            ("Asked", "question"),
            (("agreed", "six nations had"), "content of the question"),
            (("talks", "Paris"), "background nominal (the Paris talks)"),
            (("give", "declined to"), "part of the withheld statement"),
            ("mention", "hypothetical content of the statement"),
        ],
        "entities": [
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            (("Paris", "agreement in"), "GPE", "FRA"),
            (("Miyazawa", "Miyazawa told"), "PERSON", "JPN"),
            ("Upper House", "ORG", "JPN"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            (("Japan", "France,"), "GPE", "JPN"),
            (("U.S.", "Japan, the"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Paris", "abiding by the"), "GPE", "FRA"),
            (("Miyazawa", "Miyazawa said he wishes"), "PERSON", "JPN"),
            ("G-7", "ORG", None),
            ("IMF/World Bank Interim Committee", "ORG", None),
            (("Washington", "meeting in"), "GPE", "USA"),
            (("Miyazawa", "sources quoted"), "PERSON", "JPN"),
            (("Japan", "as saying"), "GPE", "JPN"),
            (("Japan", "Japan is taking"), "GPE", "JPN"),
            (("Paris", "time of the"), "GPE", "FRA"),
            (("Miyazawa", "Paris talks,"), "PERSON", "JPN"),
        ],
    },
    "reuters21578-3814": {
        "events": [
            # 0
            ("AGREE", "signed", ("Chronar Corp",) + USA_BUS, ("Rade Koncar",) + YUG_BUS, None,
             None, "unknown", None, "asserted", None,
             "signed a joint venture agreement with Rade Koncar, a Yugoslav maker (AGREE on 'signed'); no time "
             "expression: undated (rule 17); 'said' rule-3 attribution; Split is the plant's site, not the signing's"),
            # 1
            ("STATEMENT", ("said", "40 pct, Chronar"), (("Chronar", "40 pct,"),) + USA_BUS, None, PRI,
             "1987-03-11", "day", None, "asserted", None,
             "the venture's ownership split (terms of the agreement: content); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "Chronar said it will"), (("Chronar", "Chronar said it will"),) + USA_BUS, None, PRI,
             "1987-03-11", "day", None, "asserted", None,
             "will receive 7.5 mln dlrs for supplying equipment and invest 2.5 mln dlrs (the agreement's terms: "
             "content; COOPERATE planned arguable); DCT"),
            # 3
            ("STATEMENT", ("said", "It said it cancelled"), (("It", "It said it cancelled"),) + USA_BUS, None, PRI,
             "1987-03-11", "day", None, "asserted", None,
             "cancelled a previous pact with a Yugoslav firm (a cancellation has no type; RETREAT arguable); DCT"),
        ],
        "skip": [
            (("said", "Chronar Corp"), "rule-3 attribution (the signing is the event)"),
            ("build", "content of the agreement"),
            (("agreement", "Under the"), "anaphoric nominal (the joint venture agreement)"),
            (("own", "Koncar will"), "stative (terms of the agreement)"),
            (("own", "Chronar will"), "stative (terms of the agreement)"),
            ("receive", "terms of the agreement (COOPERATE planned arguable), content of the statement"),
            ("supplying", "terms of the agreement (content)"),
            ("invest", "terms of the agreement (content)"),
            ("cancelled", "cancellation of a pact: no type (RETREAT USA -> YUG arguable), content of the statement"),
            ("raise", "corporate finance (the former partner's capital)"),
        ],
        "entities": [
            ("Chronar Corp", "ORG", "USA"),
            ("Rade Koncar", "ORG", "YUG"),
            (("Yugoslav", "Koncar>, a"), "NORP", "YUG"),
            ("Split", "GPE", "YUG"),
            ("Yugoslavia", "GPE", "YUG"),
            (("Rade Koncar", "Under the agreement,"), "ORG", "YUG"),
            (("Chronar", "60 pct of"), "ORG", "USA"),
            (("Chronar", "40 pct,"), "ORG", "USA"),
            (("Chronar", "Chronar said it will"), "ORG", "USA"),
            (("Yugoslav", "pact with a"), "NORP", "YUG"),
        ],
    },
    "reuters21578-20101": {
        "events": [
            # 0
            ("ACCUSE", "lawsuits", ("Iran",) + IRN_GOV, (("U.S.", "compensation from the"),) + USA_GOV, None,
             None, "unknown", None, "planned", None,
             "preparing lawsuits to file against the U.S. for compensation (bringing a lawsuit = CAMEO 115 under "
             "DISAPPROVE = ACCUSE), planned filing; relayed ('Tehran radio quoted ... as saying'): undated"),
            # 1
            ("ACCUSE", "filed", (None,) + IRN_GOV, (None,) + USA_GOV, None,
             None, "unknown", None, "planned", 0,
             "later mention: the lawsuits would be filed with international bodies once the damage is calculated "
             "('he was quoted telling': relayed, undated)"),
            # 2
            ("STATEMENT", "estimated", (("He", "He earlier"),) + IRN_GOV, None, NIC,
             "1987-10-20", "day", None, "asserted", None,
             "earlier estimated the damage at about 500 mln dlrs (a forecast); 'earlier' gives no value: DCT as "
             "EVENTS.md 16's 'Earlier it reported'"),
            # 3
            ("ASSAULT", "shelled", ("four American destroyers",) + USA_MIL, (None,) + IRN_GOV, GULF_TXT,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "one of the rigs was heavily shelled by four American destroyers on Monday (a relative clause with its "
             "own predication and date); the Monday before Tue 20 October; target the implied Iranian owner"),
            # 4
            ("STATEMENT", ("said", "after the attack, he"), (("he", "attack, he"),) + IRN_GOV, None, NIC,
             "1987-10-20", "day", None, "asserted", None,
             "the rigs were still burning (description); plain 'he said': DCT, dateline city"),
            # 5
            ("STATEMENT", ("said", "Aqazadeh said the half"), (("Aqazadeh", "Aqazadeh said the half"),) + IRN_GOV,
             None, NIC, "1987-10-20", "day", None, "asserted", None,
             "the damage estimate was preliminary (assessment); DCT"),
            # 6
            ("STATEMENT", ("said", "Washington has"), (("Washington", "Washington has"),) + USA_GOV, None, NIC,
             "1987-10-20", "day", None, "asserted", None,
             "the attack was a response to a missile strike on an American-flag tanker (justification); 'has said' "
             "takes the DCT (EVENTS.md 16)"),
            # 7
            ("REJECT", "denied", (("He", "He denied"),) + IRN_GOV, None, NIC,
             "1987-10-20", "day", None, "asserted", None,
             "denied there was any military hardware on the rigs (denying an allegation: REJECT, actor2 null as "
             "earlier sets' Subroto denial; USA arguable); DCT"),
            # 8
            ("THREATEN", ("said", "case closed,"), (("Aqazadeh", "case closed,"),) + IRN_GOV,
             (("Washington", "remark that"),) + USA_GOV, NIC, "1987-10-20", "day", None, "asserted", None,
             "'Iran will also consider the case closed after its retaliatory measure', in answer to Weinberger: a "
             "threat of retaliation against the U.S. (the saying is the act); DCT"),
            # 9
            ("THREATEN", ("said", "Iranian officials have"), ("Iranian officials",) + IRN_GOV,
             (("U.S.", "limited to the Gulf and"),) + USA_GOV, NIC, "1987-10-20", "day", None, "asserted", None,
             "their response would not be limited to the Gulf and U.S. interests might come under attack "
             "(a warning with consequences); 'have said' takes the DCT (EVENTS.md 16)"),
            # 10
            ("ACCUSE", ("said", "Aqazadeh said the U.S."), (("Aqazadeh", "Aqazadeh said the U.S."),) + IRN_GOV,
             (("U.S. Military", "Aqazadeh said the"),) + USA_MIL, NIC, "1987-10-20", "day", None, "asserted", None,
             "the U.S. military presence aggravated the regional crisis (blame of an actor: ACCUSE); DCT"),
            # 11
            ("STATEMENT", ("see", "did not"), (("he", "more difficult, but"),) + IRN_GOV, None, NIC,
             "1987-10-20", "day", None, "asserted", None,
             "did not see the attack significantly affecting oil prices: a second reporting clause (EVENTS.md 3's "
             "'but added'), a forecast (asserted, not withheld); DCT"),
            # 12
            ("STATEMENT", "reply", (("he", "IRNA said"),) + IRN_GOV, None, None,
             None, "unknown", None, "negated", None,
             "gave no explicit reply when asked about blocking the Hormuz Strait: withheld statement (EVENTS.md 5), "
             "relayed by IRNA ('IRNA said' attribution): undated"),
            # 13
            ("THREATEN", ("saying", "the radio quoted him as"), (("him", "the radio quoted"),) + IRN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "'If Iran cannot use the Hormuz Strait, no other country can either': a conditional threat aimed at "
             "every other country (actor2 null); relayed ('the radio quoted him as saying'): undated"),
        ],
        "skip": [
            (("raid", "American"), "background nominal (the U.S. raid, coded at 'shelled ... on Monday')"),
            ("compensation", "content of the lawsuits (REQUEST arguable)"),
            (("quoted", "Tehran radio"), "relayed attribution (the lawsuits are the event)"),
            (("saying", "Aqazadeh as"), "relayed attribution (the lawsuits are the event)"),
            ("calculated", "condition (content of the lawsuit plan)"),
            (("quoted", "he was"), "relayed attribution (the later mention)"),
            ("telling", "relayed attribution (the later mention)"),
            (("Raid", "U.S."), "background nominal (the raid)"),
            ("burning", "stative (content of the statement)"),
            (("attack", "after the"), "anaphoric nominal (the raid)"),
            (("estimate", "half-billion-dollar damage"), "anaphoric nominal (content)"),
            (("attack", "said the"), "anaphoric nominal (the raid), content of the statement"),
            ("missile strike", "missile strike with no named attacker (ASSAULT IRN -> USA 1987-10-16 arguable), "
                               "content of the statement"),
            ("remark", "background nominal (Weinberger's remark: STATEMENT USA undated arguable)"),
            ("Reacting", "part of the reporting clause"),
            (("considered", "Washington"), "content of Weinberger's remark"),
            (("consider", "Iran will also"), "content of the threat"),
            ("retaliatory measure", "content of the threat"),
            (("response", "their"), "content of the threat"),
            (("attack", "come under"), "content of the threat"),
            ("presence", "stative (content of the accusation)"),
            ("aggravated", "content of the accusation"),
            (("Attack", "U.S."), "anaphoric nominal (the raid)"),
            (("said", "IRNA"), "relayed attribution (the withheld reply is the event)"),
            ("asked", "question"),
            (("attack", "if the"), "anaphoric nominal (the raid), content of the question"),
            ("block", "content of the question"),
            (("quoted", "the radio"), "relayed attribution (the threat is the event)"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            (("U.S.", "compensation from the"), "GPE", "USA"),
            (("American", "Over the"), "NORP", "USA"),
            (("Gulf", "on its"), "LOC", None),
            ("Tehran radio", "ORG", "IRN"),
            (("Iranian", "quoted"), "NORP", "IRN"),
            ("Gholamreza Aqazadeh", "PERSON", "IRN"),
            (("Tehran", "news conference in"), "GPE", "IRN"),
            (("U.S.", "damage from the"), "GPE", "USA"),
            (("American", "four"), "NORP", "USA"),
            (("Aqazadeh", "Aqazadeh said the half"), "PERSON", "IRN"),
            (("Washington", "Washington has"), "GPE", "USA"),
            (("American", "against the"), "NORP", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            ("Weinberger", "PERSON", "USA"),
            (("Washington", "remark that"), "GPE", "USA"),
            (("Aqazadeh", "case closed,"), "PERSON", "IRN"),
            (("Iran", "Iran will also"), "GPE", "IRN"),
            (("Iranian", "retaliatory measure."), "NORP", "IRN"),
            (("Gulf", "limited to the"), "LOC", None),
            (("U.S.", "limited to the Gulf and"), "GPE", "USA"),
            (("Aqazadeh", "Aqazadeh said the U.S."), "PERSON", "IRN"),
            (("U.S.", "Aqazadeh said the U.S."), "GPE", "USA"),
            (("Gulf", "presence in the"), "LOC", None),
            (("U.S.", "did not see the"), "GPE", "USA"),
            ("IRNA", "ORG", "IRN"),
            (("Iran", "prompt"), "GPE", "IRN"),
            ("Hormuz Strait", "LOC", None),
            (("Gulf", "entrance to the"), "LOC", None),
            (("Iran", "If Iran"), "GPE", "IRN"),
            (("Hormuz Strait", "cannot use the"), "LOC", None),
        ],
    },
    "reuters21578-5220": {
        "events": [
            # 0
            ("STATEMENT", "released", ("the State Statistics Bureau",) + CHN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "figures released by the State Statistics Bureau (a statistics release by a named body), relayed "
             "('according to', via the agency): undated"),
            # 1
            ("STATEMENT", ("saying", "quoted the Bureau as"), (("the Bureau", "quoted"),) + CHN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "foreign trade and export totals (statistics), relayed by the New China News Agency ('quoted ... as "
             "saying'): undated"),
            # 2
            ("STATEMENT", ("said", "The bureau"), ("The bureau",) + CHN_GOV, None, PEK,
             "1987-03-16", "day", None, "asserted", None,
             "trade volume up 2.5 pct, exports up 18.1 pct (statistics); plain wire clause: DCT, dateline city"),
            # 3
            ("STATEMENT", ("gave", "but it"), (("it", "18.1 pct, but"),) + CHN_GOV, None, PEK,
             "1987-03-16", "day", None, "negated", None,
             "gave no other comparative figures: withheld statement (EVENTS.md 5's 'gave no date'); DCT"),
        ],
        "skip": [
            (("totalled", "deficit"), "statistics"),
            (("quoted", "News Agency"), "the agency's relay (attribution of the Bureau's statement)"),
            (("totalled", "foreign trade"), "statistics"),
            (("totalled", "1986 trade deficit"), "statistics"),
            ("show", "a document (official figures), not a speech act"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("State Statistics Bureau", "ORG", "CHN"),
            ("New China News Agency", "ORG", "CHN"),
            (("Bureau", "quoted the"), "ORG", "CHN"),
            (("China", "other comparative"), "GPE", "CHN"),
        ],
    },
    "reuters21578-9977": {
        "events": [
            # 0
            ("COOPERATE", "raised", ("Siemens Informations Systems Inc",) + DEU_BUS,
             ("Telecom Plus Communications Inc",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "raised its stake in Telecom Plus to 100 pct (a completed share acquisition, toward the company "
             "acquired); present perfect, no time expression: undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", "added", (("He", "He added"),) + DEU_BUS, None, MUN,
             "1987-03-26", "day", None, "asserted", None,
             "Telecom Plus is the largest independent supplier, 1986 turnover (description, statistics); DCT"),
            # 2
            ("COOPERATE", "acquired", (None,) + DEU_BUS, ("Telecom Plus International Inc",) + USA_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the stake had been acquired from Telecom Plus International (the seller, also USA); "
             "undated"),
            # 3
            ("STATEMENT", "declined", ("The spokesman",) + DEU_BUS, None, MUN,
             "1987-03-26", "day", None, "negated", None,
             "declined to comment on U.S. newspaper reports of the price: withheld statement (EVENTS.md 5); DCT"),
        ],
        "skip": [
            (("said", "Siemens spokesman"), "rule-3 attribution (the stake purchase is the event)"),
            ("comment", "part of the withheld statement"),
            ("reports", "unnamed newspapers' reports (no identifiable speaker)"),
            ("purchase", "anaphoric nominal (the stake purchase)"),
            (("totalled", "purchase price"), "content of the reports"),
        ],
        "entities": [
            ("Siemens AG", "ORG", "DEU"),
            ("Siemens Informations Systems Inc", "ORG", "DEU"),
            ("Telecom Plus Communications Inc", "ORG", "USA"),
            (("Siemens", "pct, a"), "ORG", "DEU"),
            (("Telecom Plus Communications", "He added that"), "ORG", "USA"),
            (("U.S.", "telephone exchange systems in the"), "GPE", "USA"),
            ("Telecom Plus International Inc", "ORG", "USA"),
            (("U.S.", "comment on"), "GPE", "USA"),
        ],
    },
    "reuters21578-16251": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Bank of England",) + GBR_GOV, None, LON,
             "1987-04-13", "day", None, "asserted", None,
             "report of its money-market assistance (a monetary operation: content); DCT ('this afternoon' is the "
             "same day), dateline city"),
            # 1
            ("STATEMENT", ("said", "Shortly before, the Bank"), (("the Bank", "Shortly before,"),) + GBR_GOV, None, LON,
             "1987-04-13", "day", None, "asserted", None,
             "revised shortage estimate (a forecast); 'Shortly before' the afternoon statement: same day, DCT"),
        ],
        "skip": [
            ("provided", "money-market assistance (monetary operation, EVENTS.md 10)"),
            ("revised", "content of the statement (the revised forecast)"),
            ("forecast", "background nominal (the earlier forecast)"),
            ("bought", "money-market operation (EVENTS.md 10)"),
            ("intervention", "background nominal (monetary operations)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "Shortly before, the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-4041": {
        "events": [
            # 0
            ("STATEMENT", "reported", ("the China Daily",) + CHN_ORG, None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "China has closed the second round of bidding (closing a bidding round: no type); 'has reported' takes "
             "the DCT (EVENTS.md 16; published_at 1987-03-11, dateline March 12), dateline city"),
            # 1
            ("AGREE", ("signed", "as saying China"), (("China", "as saying"),) + CHN_GOV, ("15 foreign firms", None, "BUS"),
             None, None, "unknown", None, "asserted", None,
             "China signed eight contracts with 15 foreign firms (no country given: null); relayed ('quoted ... as "
             "saying') and no time expression: undated"),
            # 2
            ("STATEMENT", ("added", "The spokesman"), (("The spokesman", "The spokesman added"),) + CHN_BUS, None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "CNOOC was ready to enter into contracts before third-round bidding (a general readiness, no "
             "counterpart; AGREE offer arguable); plain wire clause: DCT (relayed and undated arguable)"),
            # 3
            ("STATEMENT", ("say", "He did not"), (("He", "He did not"),) + CHN_BUS, None, PEK,
             "1987-03-11", "day", None, "negated", None,
             "did not say when the third round would be: withheld statement (EVENTS.md 5); DCT"),
            # 4
            ("STATEMENT", ("added", "would be, but"), (("He", "He did not"),) + CHN_BUS, None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "contracts would not be bound by second-round restrictions (a second reporting clause, EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("closed", "closing a bidding round (administration, no type), content of the report"),
            ("quoted", "relayed attribution (the signing is the event)"),
            ("saying", "relayed attribution (the signing is the event)"),
            (("began", "Second round"), "no type (start of a bidding round)"),
            (("produced", "has so far"), "statistics"),
            ("drilled", "drilling by Japanese companies: an operation with no counterpart (COOPERATE arguable)"),
            ("enter into", "content of the statement (readiness to contract: AGREE offer arguable)"),
            (("began", "third round bidding"), "content of the statement"),
            ("imposed", "background (second-round restrictions)"),
            (("signed", "China has signed 36"), "cumulative background total since 1979 (statistics; AGREE CHN undated "
                                                "arguable)"),
            ("open", "stative (offshore exploration opened to foreigners in 1979)"),
            ("terminated", "no acting actor (contracts terminated after dry wells)"),
            ("invested", "statistics (foreign investment total)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("China Daily", "ORG", "CHN"),
            ("China National Offshore Oil Corp", "ORG", "CHN"),
            ("CNOOC", "ORG", "CHN"),
            (("China", "as saying"), "GPE", "CHN"),
            ("Pearl River", "LOC", "CHN"),
            ("Yellow Sea", "LOC", None),
            ("Shenzhen", "GPE", "CHN"),
            ("Japanese", "NORP", "JPN"),
            (("CNOOC", "added"), "ORG", "CHN"),
            (("China", "China has signed"), "GPE", "CHN"),
            (("China", "dlrs on offshore"), "GPE", "CHN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
