"""Build ``own_blind64a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind64a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2178 left); 24 drawn
with random.Random(64101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 0-7 (8 articles).
30 event records (27 first mentions, 3 later mentions), 89 not_annotated spans, 81 entity mentions
(ORG 31, GPE 24, NORP 15, PERSON 9, LOC 2); two articles without events (negatives): 10654 (Bank of Japan
intervention, dealers' talk only) and 3694 (economists on Fed reserve operations); 19869 (Venezuela oil
exchange rate) has reporting-clause STATEMENTs only.
Types: STATEMENT 20, ASSAULT 4, REQUEST 1, COOPERATE 1, AID 1, REJECT 1, AGREE 1, COERCE 1; modality:
asserted 29, negated 1; precision: day 22, unknown 5, month 2, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong: "Kuwait" inside
"Kuwaiti", "Fed" inside "Federal", "Chad" inside "Chadian" and "Libya" inside "Libyan" were given context
anchors). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles and styles are not part of a PERSON span ("Minister Manuel Azpur UA": PERSON "Manuel Azpur UA",
the wire's split spelling kept; "Kuwaiti Oil Minister Sheikh Ali al-Khalifa al-Sabah": NORP + PERSON
without "Sheikh", then "Ali"; "President Hissene Habre", "President Reagan": the PERSON); a named body in a
title is tagged ("Senate Democratic leader Robert Byrd": ORG "Senate", NORP "Democratic", PERSON, as 21b);
"the West Virginia Democrat" gives GPE "West Virginia" and NORP "Democrat" (as "Democrats" earlier);
"House-passed" gives ORG "House"; company names with their legal form ("General Electric Co",
"Petroleos De Venezuela, S.A."; no nested GPE inside a company or bank name: "Central Bank of Venezuela",
"Electricite de France" are one ORG span each), tickers not tagged; the possessive 's left out
("Venezuela's", "PDVSA's", "Kuwait's", "Chad's", "Libya's", "Electricite de France's"); lower-case
bodies ("the central bank", "Venezuela's cabinet" gives only GPE, "Chad's Paris embassy" gives GPE "Chad" +
GPE "Paris") are not entity spans; "Federal funds" (a market rate), currencies, the MS9001F turbine and
the 50 hertz system are not entities; the Nicaraguan "contras" NORP NIC (as 22b's "contra").
Countries: Venezuela GPE VEN, Manuel Azpur UA / "Azpur" PERSON VEN, Petroleos De Venezuela / PDVSA, the
Central Bank of Venezuela / BCV ORG VEN; Bank of Japan ORG JPN, Tokyo GPE JPN, "U.S." GPE USA; Federal
Trade Commission / FTC ORG USA, Georgia GPE USA (the U.S. state); General Electric Co / GE ORG USA (a U.S.
company, ANAHEIM dateline), Alsthom ORG FRA ("of France"), Electricite de France ORG FRA (state-owned),
France GPE FRA; Senate, House and Congress ORG USA, Robert Byrd / Byrd and Reagan PERSON USA, West
Virginia GPE USA, "Democratic" / "Democrat" NORP USA, Nicaragua GPE NIC, "contras" NORP NIC, Iran GPE IRN;
"Kuwaiti" NORP KWT, Kuwait GPE KWT, Ali al-Khalifa al-Sabah / "Ali" PERSON KWT, al-Anba ORG KWT (a Kuwaiti
daily), OPEC ORG null, United Arab Emirates GPE ARE, Ecuador ECU, Iraq IRQ; "Chadian" NORP TCD, Chad and
Fada (an oasis town) GPE TCD, Ouadi Doum / "Ouadi Doumi" (a wadi with a Libyan-held air base, in Chad)
LOC TCD, Hissene Habre PERSON TCD, "Libyan" / "Libyans" NORP LBY, Libya GPE LBY, Paris GPE FRA; Federal
Reserve / "Fed" ORG USA.

Judgement calls made here:
* 19869 (Venezuela oil exchange rate, DCT Mon 1987-06-29, CARACAS): the cabinet's approval of a new
  exchange rate for oil earnings and the central bank's approval "tommorrow" are exchange-rate policy (a
  domestic monetary measure, no type: skipped), so "..., Minister Manuel Azpur UA said", "Azpur told
  reporters after a cabinet meeting", "He said the new exchange rate ... will allow PDVSA ...", "..., Azpur
  said" and "He added" are five STATEMENTs VEN GOV (DCT, CARACAS; "tommorrow" dates the approval, not the
  saying); "He did not say when the measure would become effective" is a withheld STATEMENT (negated,
  EVENTS.md 5), DCT. The cabinet meeting is internal to one body; PDVSA's habitual currency sales and
  purchases, its bond holdings, the PDVSA-central bank contract (a document) and its contribution to the
  treasury are background, corporate finance and statistics (skipped).
* 10654 (Bank of Japan buys dollars, published 1987-03-29 20:20, DCT 1987-03-29, dateline TOKYO March 30):
  no event: the intervention is a monetary operation and every "said"/"added" is by dealers (anonymous);
  the market moves are price movements.
* 7854 (FTC on the Georgia gasoline station bill, DCT Fri 1987-03-20, WASHINGTON): "The Federal Trade
  Commission said its staff has urged the governor of Georgia to veto a bill" is REQUEST USA GOV (the FTC
  staff) -> USA GOV (the governor), undated (present perfect relayed with no time expression, rule 17 and
  sets 15/16's "have accused"), "said" rule-3 attribution, "veto" its content. "But the FTC said fears of
  refiner-owned stations ... are unfounded" is a STATEMENT (an assessment of an argument, no actor named;
  REJECT arguable); "It called the bill anticompetitive" is a STATEMENT (criticism of a bill, not of an
  actor, EVENTS.md 6's policy reading; ACCUSE toward Georgia arguable) and "and warned that it would force
  higher gasoline prices" a second STATEMENT (a forecast with no consequence from the speaker, as
  own_blind's "warned that partners may resist"; EVENTS.md 3: each reporting verb a record); all DCT,
  WASHINGTON.
* 17693 (GE and Alsthom develop a turbine, DCT Mon 1987-06-01, ANAHEIM): "General Electric Co said it and
  Alsthom of France are developing a 200 megawatt gas turbine" is COOPERATE USA BUS -> FRA BUS (a joint
  development between two identified companies), an ongoing progressive dated by the report (sets 19-21's
  "were pushing"; unknown arguable), "said" rule-3 attribution. The five other reporting clauses are
  STATEMENTs (DCT, ANAHEIM): efficiency, "will offer the turbine exclusively for 50 hertz ... markets"
  (no counterpart), the 50 hertz world, "Alsthom, its licensee in France, is codeveloper and
  comanufacturer of the first unit" (a stative restatement of the coded partnership: "codeveloper"
  skipped, COOPERATE later mention arguable), and "the first of the turbines will be installed for
  Electricite de France's grid" (passive, installer unnamed: "installed" skipped, COOPERATE toward EDF
  planned arguable).
* 6470 (Byrd on the contra aid vote, DCT Wed 1987-03-18, WASHINGTON): "Byrd said he and other critics ...
  will lose this afternoon an attempt to block 40 mln dlrs in funds to the contras" is a STATEMENT (a
  forecast, rule 4; the predicted defeat - REJECT by the Senate, planned - is content and skipped), DCT;
  '"We're going to lose today," the West Virginia Democrat told reporters' is its later mention (a quoted
  restatement, EVENTS.md 3). "The Senate votes at 1600 est ... on giving the U.S. backed rebels ... the last
  installment of a 40 mln dlr military aid package Congress voted last year": the scheduled vote and the
  giving are skipped (a single body's vote whose outcome is the forecast's subject; AID hypothetical
  arguable), and the package is AID USA GOV (Congress) -> the contras (NIC ORG, implied), 1986 at year
  precision, as 22b's package "approved by Congress last year" ("voted" and "installment" skipped).
  "Byrd also said that he would continue to try to bring up for Senate action later this week a
  House-passed, six-month moratorium against further Nicaragua assistance until President Reagan accounts
  for missing funds ..." is a STATEMENT (a procedural intention in his own chamber; "later this week"
  dates the bringing up, not the saying), DCT; the moratorium (SANCTION / RETREAT arguable), Reagan's
  accounting (REQUEST arguable), the House's passage and the Iran arms sales (COOPERATE USA -> IRN
  arguable) are content or background.
* 6348 (Kuwait: no OPEC member over quota, published 03:54, DCT Wed 1987-03-18, KUWAIT): "Sheikh Ali
  al-Khalifa al-Sabah said in a newspaper interview that no OPEC member was exceeding oil production
  quotas" is a STATEMENT KWT GOV (an assessment, not framed as a denial of a named accusation; REJECT
  arguable), DCT, KUWAIT; "Sheikh Ali told Kuwait's daily al-Anba 'All OPEC states ...'" is its later
  mention (the quoted restatement). "Some oil industry sources had said" and "oil sources say" are
  anonymous (skipped). "Ecuador had also publicly stated it was over its quota" is a STATEMENT ECU GOV,
  undated (past perfect, no time expression); the earthquake that stopped it has no actor. "Iraq has
  rejected its quota" is REJECT IRQ GOV -> OPEC (implied, null IGO), undated (present perfect, rule 17).
  "OPEC agreed in December to cut overall oil production ... and abide by fixed prices" is AGREE with OPEC
  null IGO and actor2 null (a group's accord, as own_blind3's Paris accord), 1986-12 ("in December", past
  month); "cut" and "abide" its content. "since OPEC returned to quotas last September" is background
  production policy (no type, skipped).
* 7794 (Chad says it killed 384 Libyans, DCT Fri 1987-03-20, PARIS): "Chadian troops killed 384 Libyans
  and captured 48 in fighting near ... Ouadi Doum ..., a Chadian government statement said" is ASSAULT
  TCD MIL -> LBY MIL on "killed" and COERCE (capture of enemy troops) on "captured", both undated (no time
  expression in their sentence, rule 17; 1987-03-19 from the next sentence arguable), located at Ouadi
  Doum, the statement's "said" rule-3 attribution. "The statement issued by Chad's Paris embassy said
  government troops had 'completely annihilated' a Libyan column yesterday" is a later mention of the
  ASSAULT (the same battle) with its own date 1987-03-19 (EVENTS.md 21: a later mention with its own time
  expression keeps it); "issued" and "said" attribution. "January 2, when Chadian troops overran an
  important garrison at the oasis of Fada" is ASSAULT TCD -> LBY (the Libyan garrison), 1987-01-02, Fada.
  "several clashes have been reported over the past week ... between troops loyal to President Hissene
  Habre and Libyan forces" is ASSAULT TCD MIL -> LBY MIL on "clashes" (a nominal with its own predication
  and date, EVENTS.md 11; symmetric, first-named party first), 1987-03 ("over the past week": 13-20 March
  lies in one month, EVENTS.md 21); the passive "reported" (no reporter), casualties and losses skipped.
* 3694 (Fed expected to add reserves, DCT Wed 1987-03-11, NEW YORK): no event: Fed reserve operations are
  monetary and all the talk is economists' (anonymous); funds rates are market movements.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind64a.jsonl"

CCS = ("CARACAS", "VEN")
WAS = ("WASHINGTON", "USA")
ANA = ("ANAHEIM", "USA")
KUW = ("KUWAIT", "KWT")
OUADI = ("Ouadi Doum", "TCD")

VEN_GOV = "VEN", "GOV"
USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
FRA_BUS = "FRA", "BUS"
KWT_GOV = "KWT", "GOV"
TCD_MIL = "TCD", "MIL"
LBY_MIL = "LBY", "MIL"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19869": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Azpur UA"), ("Manuel Azpur UA",) + VEN_GOV, None, CCS,
             "1987-06-29", "day", None, "asserted", None,
             "the cabinet approved a new exchange rate for oil and mining export earnings (exchange-rate policy: a "
             "domestic monetary measure with no type, so the reporting clause is the event); DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("Azpur", "Azpur told"),) + VEN_GOV, None, CCS,
             "1987-06-29", "day", None, "asserted", None,
             "the measure is fundamental to the oil industry's strength (assessment; the audience is not an "
             "actor2); 'after a cabinet meeting' places it today: DCT"),
            # 2
            ("STATEMENT", ("said", "He said the new"), (("He", "He said the new"),) + VEN_GOV, None, CCS,
             "1987-06-29", "day", None, "asserted", None,
             "the rate goes to the central bank for approval tomorrow and will let PDVSA solve its working-capital "
             "problem ('tommorrow' dates the approval, not the saying); DCT"),
            # 3
            ("STATEMENT", ("say", "He did not"), (("He", "He did not"),) + VEN_GOV, None, CCS,
             "1987-06-29", "day", None, "negated", None,
             "did not say when the measure would become effective: a withheld statement (EVENTS.md 5); DCT"),
            # 4
            ("STATEMENT", ("said", "the industry, Azpur"), (("Azpur", "the industry, Azpur"),) + VEN_GOV, None, CCS,
             "1987-06-29", "day", None, "asserted", None,
             "the rate will promote the industry's domestic purchases (assessment); DCT"),
            # 5
            ("STATEMENT", "added", (("He", "He added"),) + VEN_GOV, None, CCS,
             "1987-06-29", "day", None, "asserted", None,
             "PDVSA will be able to buy more government bonds (assessment; EVENTS.md 3: each reporting clause a "
             "record); DCT"),
        ],
        "skip": [
            ("approved", "exchange-rate policy by the cabinet (domestic monetary measure, no type; content)"),
            ("setting", "participial elaboration of the approval (content)"),
            ("meeting", "internal cabinet meeting of a single body (temporal phrase)"),
            (("approval", "final"), "central bank approval of the rate (domestic monetary measure; content)"),
            ("allow", "content of the statement"),
            ("implement", "content of the statement (investment plans)"),
            ("become effective", "content of the withheld statement"),
            (("sold", "previously"), "habitual background (domestic currency sales to the government)"),
            (("bought", "but"), "habitual background (foreign exchange purchases)"),
            ("promote", "content of the statement"),
            (("purchase", "position to"), "content of the statement (bond purchases: corporate finance)"),
            ("placed", "corporate finance (assets placed in government bonds)"),
            (("contract", "According to"), "a document (standing domestic contract), not a speech act"),
            ("provide", "content of the contract (standing obligation)"),
            ("repurchasing", "content of the contract (monetary operation)"),
            ("contribution", "statistics"),
        ],
        "entities": [
            ("Venezuela", "GPE", "VEN"),
            ("Manuel Azpur UA", "PERSON", "VEN"),
            (("Azpur", "Azpur told"), "PERSON", "VEN"),
            ("Petroleos De Venezuela, S.A.", "ORG", "VEN"),
            ("PDVSA", "ORG", "VEN"),
            (("Venezuela", "Venezuela's oil"), "GPE", "VEN"),
            (("Azpur", "the industry, Azpur"), "PERSON", "VEN"),
            (("PDVSA", "put PDVSA"), "ORG", "VEN"),
            (("PDVSA", "PDVSA had"), "ORG", "VEN"),
            ("Central Bank of Venezuela", "ORG", "VEN"),
            ("BCV", "ORG", "VEN"),
            (("PDVSA", "between PDVSA"), "ORG", "VEN"),
            (("BCV", "the BCV must"), "ORG", "VEN"),
            (("PDVSA", "PDVSA's contribution"), "ORG", "VEN"),
        ],
    },
    "reuters21578-10654": {
        "events": [],
        "skip": [
            ("purchased", "currency intervention (monetary operation)"),
            (("buy", "continues to"), "currency intervention (monetary operation)"),
            (("said", "Currency, dealers"), "anonymous-source talk (dealers)"),
            ("supporting", "currency intervention (monetary operation)"),
            ("selling", "market activity by unnamed sellers"),
            ("pushed", "market-price movement"),
            (("said", "this morning, they"), "anonymous-source talk (dealers)"),
            ("recovered", "market-price movement"),
            ("added", "anonymous-source talk (dealers)"),
            (("opened", "It had"), "market-price movement"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("Tokyo", "GPE", "JPN"),
        ],
    },
    "reuters21578-7854": {
        "events": [
            # 0
            ("REQUEST", "urged", ("its staff",) + USA_GOV, ("the governor of Georgia",) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "the FTC staff urged Georgia's governor to veto a bill (a request to an identified actor); present "
             "perfect relayed by the FTC with no time expression: undated (rule 17, sets 15/16's 'have accused'); "
             "'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "But the FTC"), (("FTC", "But the FTC"),) + USA_GOV, None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "fears of predatory refiner-owned stations are unfounded (assessment of an argument, no actor named; "
             "REJECT arguable); DCT, dateline city"),
            # 2
            ("STATEMENT", "called", (("It", "It called"),) + USA_GOV, None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "called the bill anticompetitive (criticism of a bill, not of an actor: EVENTS.md 6's policy reading; "
             "ACCUSE toward Georgia arguable); DCT"),
            # 3
            ("STATEMENT", "warned", (("It", "It called"),) + USA_GOV, None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "warned the bill would force higher gasoline prices (a forecast with no consequence from the speaker: "
             "STATEMENT, as own_blind's 'warned that partners may resist'); second reporting verb, EVENTS.md 3; DCT"),
        ],
        "skip": [
            (("said", "Federal Trade Commission"), "rule-3 attribution (the staff's request is the event)"),
            ("veto", "content of the request"),
            ("prohibit", "content of the bill"),
            ("preventing", "purpose of the bill (content)"),
            ("force", "content of the warning"),
        ],
        "entities": [
            ("Federal Trade Commission", "ORG", "USA"),
            ("Georgia", "GPE", "USA"),
            ("FTC", "ORG", "USA"),
            (("Georgia", "for Georgia"), "GPE", "USA"),
        ],
    },
    "reuters21578-17693": {
        "events": [
            # 0
            ("COOPERATE", "developing", ("General Electric Co",) + USA_BUS, ("Alsthom",) + FRA_BUS, None,
             "1987-06-01", "day", None, "asserted", None,
             "GE and Alsthom are jointly developing a gas turbine (material cooperation between two identified "
             "companies); ongoing progressive reported today: dated by the report (sets 19-21's 'were pushing'); "
             "'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "The company said when"), (("The company", "The company said when"),) + USA_BUS,
             None, ANA, "1987-06-01", "day", None, "asserted", None,
             "plant efficiency will exceed 50 pct (assessment); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "The company said it will"),
             (("The company", "The company said it will"),) + USA_BUS, None, ANA,
             "1987-06-01", "day", None, "asserted", None,
             "will offer the turbine for 50 hertz markets only (marketing plan, no counterpart); DCT"),
            # 3
            ("STATEMENT", ("said", "system, it"), (("it", "system, it"),) + USA_BUS, None, ANA,
             "1987-06-01", "day", None, "asserted", None, "most of the world uses the 50 hertz system; DCT"),
            # 4
            ("STATEMENT", ("said", "It said Alsthom"), (("It", "It said Alsthom"),) + USA_BUS, None, ANA,
             "1987-06-01", "day", None, "asserted", None,
             "Alsthom, its French licensee, is codeveloper and comanufacturer of the first unit (a stative "
             "description of the partnership already coded; COOPERATE later mention arguable); DCT"),
            # 5
            ("STATEMENT", ("said", "GE said"), (("GE", "GE said"),) + USA_BUS, None, ANA,
             "1987-06-01", "day", None, "asserted", None,
             "the first turbine will be installed for Electricite de France's grid (passive, installer unnamed); DCT"),
        ],
        "skip": [
            (("said", "General Electric Co"), "rule-3 attribution (the joint development is the event)"),
            (("used", "when"), "condition"),
            ("exceed", "content of the statement"),
            ("offer", "content of the statement (offer to markets, no counterpart)"),
            ("licensee", "stative (licensing relationship, background)"),
            ("codeveloper", "stative restatement of the joint development (COOPERATE later mention arguable)"),
            ("installed", "content (passive, installer unnamed; COOPERATE USA/FRA -> FRA (EDF) planned arguable)"),
        ],
        "entities": [
            ("General Electric Co", "ORG", "USA"),
            ("Alsthom", "ORG", "FRA"),
            ("France", "GPE", "FRA"),
            ("U.S.", "GPE", "USA"),
            (("Alsthom", "It said"), "ORG", "FRA"),
            (("France", "licensee in"), "GPE", "FRA"),
            (("GE", "GE said"), "ORG", "USA"),
            ("Electricite de France", "ORG", "FRA"),
        ],
    },
    "reuters21578-6470": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Robert Byrd"), ("Robert Byrd",) + USA_GOV, None, WAS,
             "1987-03-18", "day", None, "asserted", None,
             "forecast that he and the other critics will lose this afternoon's attempt to block contra funds (a "
             "forecast: rule 4; the predicted defeat is content); DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("the West Virginia Democrat",) + USA_GOV, None, WAS,
             "1987-03-18", "day", None, "asserted", 0,
             "later mention: the quoted restatement 'We're going to lose today' (EVENTS.md 3); first mention's date"),
            # 2
            ("AID", ("aid", "dlr military"), ("Congress",) + USA_GOV, (None, "NIC", "ORG"), None,
             "1986", "year", "last year", "asserted", None,
             "the 40 mln dlr military aid package for the contras voted by Congress last year (22b's 'aid package "
             "approved by Congress last year'; 'voted' skipped as part of the appropriation)"),
            # 3
            ("STATEMENT", ("said", "Byrd also"), (("Byrd", "However, Byrd"),) + USA_GOV, None, WAS,
             "1987-03-18", "day", None, "asserted", None,
             "he would keep trying to bring up the House-passed moratorium later this week (a legislative procedure "
             "in his own chamber, no type; 'later this week' dates the bringing up, not the saying); DCT"),
        ],
        "skip": [
            (("aid", "rebel military"), "background nominal (the aid the critics oppose)"),
            (("lose", "will"), "content of the forecast (the Senate's defeat of the attempt: REJECT planned arguable)"),
            ("attempt", "content of the forecast"),
            ("block", "content of the forecast (the motion to block the funds)"),
            (("funds", "40 mln dlrs in"), "content of the forecast (the installment of the aid package coded on 'aid' below)"),
            (("lose", "going to"), "content of the quote"),
            ("votes", "scheduled vote of a single body (content: the outcome is the forecast's subject)"),
            ("giving", "subject of the vote (the aid installment, coded on 'aid'; AID hypothetical arguable)"),
            ("backed", "standing support (descriptive participle)"),
            ("installment", "part of the aid (appositive)"),
            (("voted", "Congress voted"), "part of the aid appropriation (coded on 'aid')"),
            ("continue", "content of the statement"),
            ("bring up", "content of the statement (legislative procedure)"),
            ("House-passed", "background (the House's passage of the moratorium)"),
            ("moratorium", "content of the statement (suspension of aid; SANCTION / RETREAT arguable)"),
            ("accounts", "condition of the moratorium (REQUEST toward Reagan arguable)"),
            (("funds", "missing"), "background nominal"),
            (("voted", "previously"), "background (earlier appropriations)"),
            ("arms sales", "background nominal (secret arms sales to Iran; COOPERATE USA -> IRN arguable)"),
        ],
        "entities": [
            ("Senate", "ORG", "USA"),
            ("Democratic", "NORP", "USA"),
            ("Robert Byrd", "PERSON", "USA"),
            ("Nicaragua", "GPE", "NIC"),
            ("contras", "NORP", "NIC"),
            ("West Virginia", "GPE", "USA"),
            (("Democrat", "West Virginia"), "NORP", "USA"),
            (("Senate", "The Senate votes"), "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("contras", "also called"), "NORP", "NIC"),
            ("Congress", "ORG", "USA"),
            (("Byrd", "However, Byrd"), "PERSON", "USA"),
            (("Senate", "bring up for"), "ORG", "USA"),
            ("House", "ORG", "USA"),
            (("Nicaragua", "further"), "GPE", "NIC"),
            ("Reagan", "PERSON", "USA"),
            (("Congress", "previously voted by"), "ORG", "USA"),
            ("Iran", "GPE", "IRN"),
        ],
    },
    "reuters21578-6348": {
        "events": [
            # 0
            ("STATEMENT", ("said", "al-Sabah"), ("Ali al-Khalifa al-Sabah",) + KWT_GOV, None, KUW,
             "1987-03-18", "day", None, "asserted", None,
             "no OPEC member is exceeding its quota (assessment in a newspaper interview; not framed as a denial of "
             "a named accusation, REJECT arguable); no time expression: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("Ali", "Sheikh Ali told"),) + KWT_GOV, None, KUW,
             "1987-03-18", "day", None, "asserted", 0,
             "later mention: the quoted restatement to al-Anba (EVENTS.md 3; the newspaper is the audience)"),
            # 2
            ("STATEMENT", "stated", ("Ecuador", "ECU", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "Ecuador had publicly stated it was over its quota (past perfect, relayed, no time expression: "
             "undated, rule 4)"),
            # 3
            ("REJECT", ("rejected", "Iraq has"), ("Iraq", "IRQ", "GOV"), (None, None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "Iraq has rejected its quota (refusal toward OPEC, implied, null IGO); present perfect: undated "
             "(rule 17)"),
            # 4
            ("AGREE", ("agreed", "OPEC agreed"), (("OPEC", "OPEC agreed"), None, "IGO"), None, None,
             "1986-12", "month", "in December", "asserted", None,
             "OPEC agreed in December to cut output and abide by fixed prices (an accord of a group: null actor, "
             "actor2 null as own_blind3's Paris accord); past month = 1986-12"),
        ],
        "skip": [
            ("interview", "part of the reporting clause"),
            ("exceeding", "content of the statement"),
            ("allocated", "content of the statement"),
            (("producing", "All OPEC"), "content of the quote"),
            (("said", "industry sources had"), "anonymous-source talk (oil industry sources)"),
            (("producing", "generally been"), "content of anonymous talk"),
            ("returned", "OPEC's production policy (background, 1986-09; no type)"),
            ("pumping", "content of anonymous talk"),
            ("stopped", "natural disaster (earthquake), no actor"),
            (("say", "oil sources"), "anonymous-source talk (oil sources)"),
            ("marketing", "content of anonymous talk"),
            (("cut", "December to"), "content of the agreement"),
            ("abide", "content of the agreement"),
        ],
        "entities": [
            ("Kuwaiti", "NORP", "KWT"),
            ("Ali al-Khalifa al-Sabah", "PERSON", "KWT"),
            ("OPEC", "ORG", None),
            (("Ali", "Sheikh Ali told"), "PERSON", "KWT"),
            (("Kuwait", "told Kuwait"), "GPE", "KWT"),
            ("al-Anba", "ORG", "KWT"),
            (("OPEC", "All OPEC"), "ORG", None),
            ("United Arab Emirates", "GPE", "ARE"),
            (("OPEC", "since OPEC"), "ORG", None),
            ("Ecuador", "GPE", "ECU"),
            ("Iraq", "GPE", "IRQ"),
            (("OPEC", "OPEC agreed"), "ORG", None),
        ],
    },
    "reuters21578-7794": {
        "events": [
            # 0
            ("ASSAULT", "killed", ("Chadian troops",) + TCD_MIL, ("Libyans",) + LBY_MIL, OUADI,
             None, "unknown", None, "asserted", None,
             "Chadian troops killed 384 Libyans in fighting near Ouadi Doum; no time expression in its sentence "
             "(rule 17; the next sentence's 'yesterday' dates the annihilation, 1987-03-19 arguable here); 'a "
             "Chadian government statement said' rule-3 attribution"),
            # 1
            ("COERCE", "captured", ("Chadian troops",) + TCD_MIL, ("Libyans",) + LBY_MIL, OUADI,
             None, "unknown", None, "asserted", None,
             "captured 48 Libyans (a seizure of enemy troops); undated as the killing"),
            # 2
            ("ASSAULT", "annihilated", ("government troops",) + TCD_MIL, ("a Libyan column",) + LBY_MIL,
             OUADI, "1987-03-19", "day", "yesterday", "asserted", 0,
             "later mention: the same battle, the Libyan column 'completely annihilated' yesterday 45 km from the "
             "base; its own time expression kept (EVENTS.md 21); 'issued'/'said' attribution"),
            # 3
            ("ASSAULT", "overran", (("Chadian troops", "when Chadian"),) + TCD_MIL,
             ("an important garrison",) + LBY_MIL, ("Fada", "TCD"),
             "1987-01-02", "day", "January 2", "asserted", None,
             "Chadian troops overran the Libyan garrison at Fada on January 2 (past date in 1987)"),
            # 4
            ("ASSAULT", "clashes", ("troops loyal to President Hissene Habre",) + TCD_MIL,
             ("Libyan forces",) + LBY_MIL, ("Ouadi Doumi", "TCD"),
             "1987-03", "month", "over the past week", "asserted", None,
             "several clashes over the past week between Habre's troops and Libyan forces (a nominal with its own "
             "predication and date, EVENTS.md 11); the week 13-20 March lies in one month: 1987-03 (EVENTS.md 21)"),
        ],
        "skip": [
            ("fighting", "nominal setting of the killing (same battle)"),
            (("statement", "Chadian government"), "part of the reporting clause"),
            (("said", "government statement"), "rule-3 attribution (the killing is the event)"),
            ("issued", "attribution (the statement's issuer)"),
            (("said", "Paris embassy"), "rule-3 attribution (the annihilation is the event)"),
            ("casualties", "statistics"),
            (("reported", "casualties"), "passive, no reporter (statistics)"),
            ("loss", "part of the assault (Libyan losses)"),
            (("reported", "have been"), "passive, no reporter (the clashes are coded)"),
        ],
        "entities": [
            ("Chadian", "NORP", "TCD"),
            ("Libyans", "NORP", "LBY"),
            (("Libyan", "key"), "NORP", "LBY"),
            ("Ouadi Doum", "LOC", "TCD"),
            (("Chad", "in northern"), "GPE", "TCD"),
            (("Chadian", "a Chadian government"), "NORP", "TCD"),
            (("Chad", "issued by"), "GPE", "TCD"),
            ("Paris", "GPE", "FRA"),
            (("Libyan", "annihilated"), "NORP", "LBY"),
            (("Libyan", "from the Libyan"), "NORP", "LBY"),
            (("Libyan", "highest number of"), "NORP", "LBY"),
            (("Chadian", "when Chadian"), "NORP", "TCD"),
            ("Fada", "GPE", "TCD"),
            (("Libyan", "700"), "NORP", "LBY"),
            ("Ouadi Doumi", "LOC", "TCD"),
            (("Chad", "central northern"), "GPE", "TCD"),
            (("Libya", "site of"), "GPE", "LBY"),
            ("Hissene Habre", "PERSON", "TCD"),
            (("Libyan", "Habre and"), "NORP", "LBY"),
        ],
    },
    "reuters21578-3694": {
        "events": [],
        "skip": [
            ("intervene", "Fed reserve operation (monetary; content of economists' talk)"),
            (("add", "market to"), "Fed reserve operation (monetary)"),
            (("said", "agreements,\neconomists"), "anonymous-source talk (economists)"),
            (("said", "Most economists"), "anonymous-source talk (economists)"),
            ("inject", "Fed reserve operation (monetary)"),
            ("added", "anonymous-source talk (economists)"),
            ("opt", "Fed reserve operation (monetary, hypothetical)"),
            ("opened", "market-rate movement"),
            ("eased", "market-rate movement"),
            ("averaged", "statistics (market rate)"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            (("Fed", "said the Fed"), "ORG", "USA"),
            (("Fed", "added that the"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
