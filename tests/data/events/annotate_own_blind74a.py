"""Build ``own_blind74a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind74a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(2012 left); 24 drawn with random.Random(74101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
36 event records (30 first mentions, 6 later mentions), 87 not_annotated spans, 70 entity mentions
(ORG 24, GPE 19, PERSON 15, NORP 8, LOC 4); no article without events; 4549 (Boschwitz on marketing loans),
4829 (France repays EMCF debt) and 17292 (Indian bankers on rate cuts) have reporting-clause STATEMENTs only;
6897 (Taiwan buys U.S. corn) has a single COOPERATE (anonymous export sources otherwise).
Types: STATEMENT 15, AGREE 10, COOPERATE 5, AID 4, CONSULT 2; modality: asserted 32, planned 2, hypothetical
1, negated 1; precision: day 20, unknown 14, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed: the
SEC filing's "bought" in 3933). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("President Reagan", "Treasury Secretary James Baker", "Japanese
Prime Minister-designate Noboru Takeshita", "Indian Banks' Association chairman M. N. Goiporia": NORP / ORG +
PERSON only; "Treasury" in the title is not tagged, 26a); the possessive 's is left out ("Takeshita's",
"Reserve Bank's"); "(R-Minn.)" gives GPE "Minn." (46a / 63b; the party letter is not tagged); a bill named
after senators gives PERSON mentions ("the Boren/Boschwitiz bill": "Boren" and the misspelt "Boschwitiz",
72a's names used as modifiers); the lower-case "House agriculture subcommittee on wheat, soybeans and
feedgrains" is one named ORG span (22b's full subcommittee name); company names are tagged with their legal
form ("Industrial Equity (Pacific) Ltd", "Calmat Co", "Brierley Investments Ltd"), a short form as written
("Industrial Equity", "Calmat" as a modifier of "common shares"); nationality words in currency names are
NORP ("West German mark", "Dutch guilder", "French franc", "Belgian franc", 24b's "Danish crowns"), but
"European currency units" and "Ecu" are a currency (not tagged, 10a); the Louvre accord/agreement, the
"Food for Work" programme and products are not entities; "Reserve Bank of India" is one ORG span (no nested
GPE, as "Bank of Japan"), "Reserve Bank" its short form; the capitalised EC "Commission" is an ORG (null)
but the lower-case "commission" / "The commission" (anaphoric common noun, as "the department") and
"Agriculture Ministers" / "the Ministers" (not a named body) are not tagged; "Gulf" and "West Coast" in a
U.S. corn sale are LOC USA (10a / 20b's "Gulf", 72b's "U.S. West Coast").
Countries: Reagan and James Baker PERSON USA, United States GPE USA, Japan GPE JPN, "Japanese" NORP JPN,
Noboru Takeshita / "Takeshita" PERSON JPN, West Germany GPE DEU, "West German" NORP DEU; Rudy Boschwitz /
"Boschwitz" / "Boschwitiz" and Boren PERSON USA, "U.S." and "Minn." GPE USA, the House subcommittee ORG USA;
France GPE FRA, the (French) Finance Ministry ORG FRA, the European Monetary Cooperation Fund / EMCF and the
European Monetary System ORG null (EC monetary institutions, as the EC; EMS as an arrangement not tagged
arguable), "West German" DEU, "Dutch" NLD, "French" FRA, "Belgian" BEL (NORP); Britain GPE GBR, Australia
GPE AUS, "Australian" NORP AUS, Bangladesh GPE BGD; Industrial Equity (Pacific) Ltd / "Industrial Equity"
ORG HKG ("a Hong Kong investment firm"), Hong Kong GPE HKG, Brierley Investments Ltd ORG NZL ("a publicly
held New Zealand firm"), New Zealand GPE NZL, Calmat Co / "Calmat" ORG USA (the text gives no country; the
dateline WASHINGTON of an SEC filing and the U.S. ticker CZM place it, as 55a's Princeville), the Securities
and Exchange Commission ORG USA; Taiwan GPE TWN, "U.S." GPE USA, Gulf and West Coast LOC USA; India GPE IND,
"Indian" NORP IND, the Indian Banks' Association ORG IND, M. N. Goiporia / "Goiporia" PERSON IND, the
Reserve Bank of India / "Reserve Bank" ORG IND; the European Community / EC and the (EC) Commission ORG null.

Judgement calls made here:
* 20795 (Reagan: U.S. committed to Louvre accord, DCT Tue 1987-10-20, WASHINGTON): "President Reagan said
  the United States remains committed to the Louvre accord" is AGREE USA GOV -> the accord's group ("the
  seven major industrial nations", null IGO) on "said" (a restated commitment to an accord, 12a's
  "reaffirmed U.S. backing for the Paris accord" and 59a's "reaffirm"; the saying is the act, EVENTS.md 1,
  so "committed" is left unlisted; STATEMENT as 35a's "takes very seriously" arguable), DCT, WASHINGTON;
  the quote '"The United States remains committed to the Louvre agreement," Reagan said in a statement' is
  its later mention (EVENTS.md 3); "following a meeting with his top economic advisers" is an internal
  meeting of one government (skipped). "in which the seven major industrial nations agreed to stabilize
  currency exchange rates" is AGREE by the group (null, no actor2; own_blind3 / 17a's Louvre accord),
  undated (the text gives no date for the accord). "Reagan said the United States, Japan and West Germany
  had all reaffirmed their commitment to coordinate economic policies" is three AGREE records (USA, JPN,
  DEU; EVENTS.md 12), actor2 null (a mutual commitment with no separate counterpart, as 50a's G-7
  reaffirmation), undated (rule 17), "said" rule-3 attribution. "Reagan said ... Takeshita said in a
  telephone conversation Tuesday morning that 'his top priority was to maintain stable economic relations
  with the United States'" is CONSULT JPN GOV -> the implied Reagan (USA GOV; the text does not name the
  other party or the caller; 59b's telephone call = CONSULT) on "telephone conversation" (a nominal with its
  own date) and a STATEMENT JPN GOV on Takeshita's "said" (a statement of priorities; AGREE as an intent to
  cooperate arguable), both 1987-10-20 ("Tuesday" = the DCT), location null; Reagan's "said" rule-3
  attribution. "Reagan noted that Treasury Secretary James Baker met with West German financial officials
  and reaffirmed their commitment to the Louvre agreement" is CONSULT USA -> DEU on "met" and AGREE USA ->
  DEU on "reaffirmed" (own_blind3's Baker-Stoltenberg meeting and agreement), both undated (no time
  expression; the reaffirmation lies in the undated meeting), "noted" rule-3 attribution. The closing quote
  'They "reaffirmed our agreement to coordinate economic policies ...," Reagan said' is read as the later
  mention of Baker's reaffirmation with the West Germans (They = the parties of the previous sentence, USA
  first, DEU implied; the three countries of the third sentence arguable), "said" attribution.
* 4549 (Boschwitz on a marketing loan, DCT Thu 1987-03-12, WASHINGTON): Sen. Boschwitz is USA GOV (a
  legislator). "A marketing loan ... would do nothing to help the surplus ... and would be extremely costly,
  ... Boschwitz ... said", '"I think I would not support a marketing loan now," he told the House agriculture
  subcommittee' and "A market loan ... would encourage more production ..., he said" are three STATEMENTs,
  DCT, WASHINGTON: assessments and a stance on a policy (not support of an actor, EVENTS.md 6; the
  subcommittee is the audience, no actor2); the quote carries a new proposition (his stance), so it is not
  coded as a restatement of the lead. His past and present backing of loans and of the Boren/Boschwitz
  decoupling bill ("supporters", "focused support") is stative background (skipped).
* 4829 (France repays EMCF debt, DCT Fri 1987-03-13, PARIS): "France today repaid 21.95 billion francs of
  short-term currency intervention debt to the European Monetary Cooperation Fund" is the settlement of EMS
  currency-intervention financing: a monetary operation (EVENTS.md 10, skipped; COOPERATE FRA -> EMCF
  1987-03-13 arguable), so "the Finance Ministry said" is a STATEMENT (FRA GOV), DCT, PARIS, as is "It said
  the debt was part of a ... liability incurred through the activation of EMCF swap facilities to defend the
  franc before the January 11 European Monetary System realignment". The swap activation, the defence of
  the franc, the realignment (an EMS parity decision: monetary; AGREE by the EMS members 1987-01-11
  arguable) and the revaluations are monetary (skipped).
* 8604 (Britain and Australia offer wheat to Bangladesh, DCT Tue 1987-03-24, DHAKA): bare "officials" in a
  Dhaka story are BGD GOV (31b / 53b) and their "said" is attribution each time. "Britain and Australia have
  offered a total of 129,250 tonnes of wheat to Bangladesh as grants" is two AID records (GBR -> BGD, AUS ->
  BGD; an offer of aid coded as AID, 4b's "offered assistance"; EVENTS.md 12), undated (present perfect,
  rule 17). "79,250 tonnes of wheat promised by Britain would be shipped next week" is AID GBR -> BGD
  (implied recipient) planned (18b's "cereals to be shipped to Mozambique"); "next week" from Tue 24 March
  is 30 March - 3 April, straddling two months: undated (24a / 28a / 44a / 51b); "promised by Britain" is the
  offer already recorded (anaphoric, skipped; AGREE arguable). "The 50,000 tonnes of Australian wheat would
  arrive in Bangladesh next month" is AID AUS -> BGD planned, 1987-04 (future "next month"), located in
  Bangladesh (the delivery of the grant, as the British shipment; skipped as a mere arrival arguable, 55a's
  imported sugar). The domestic use (Food for Work wages) and open-market sales to stop price rises are
  domestic policy (skipped); the price rise is reported by "market sources" (anonymous). "But the
  government expects prices to fall after the wheat harvest next month" is a forecast STATEMENT BGD GOV
  (32a / 44a's "expects"), DCT, DHAKA ("next month" is the harvest's, not the forecast's).
* 3933 (Industrial Equity ups Calmat stake, DCT Wed 1987-03-11, WASHINGTON): "said it raised its stake in
  Calmat Co to ... 9.8 pct" is COOPERATE HKG BUS -> Calmat (USA BUS; a stake acquisition toward the company
  whose shares were bought, 17b's Sheldahl, 70a's Telecom Plus), undated (rule 17), "said" rule-3
  attribution. "In a filing with the Securities and Exchange Commission, Industrial Equity ... said it bought
  263,600 Calmat common shares between Feb 17 and March 9" is its later mention ("between Feb 17 and March
  9" spans two months: no single value, undated) and "It has said it bought the stock for investment
  purposes" another (17b's "said it bought the stock"), both "said" attribution; "but may raise its stake
  to 15 pct" is COOPERATE HKG -> USA (Calmat implied) hypothetical (a further purchase merely considered,
  53a's "may buy"), undated. Brierley's ownership of Industrial Equity is stative.
* 6897 (Taiwan buys U.S. corn, DCT Wed 1987-03-18, KANSAS CITY): every "said" is by "private export
  sources" / "they" (anonymous, skipped), but the buyer is a named country (53a's 10705, 20b's Soviet corn
  purchase): "Taiwan overnight bought 450,000 tonnes of U.S. number two corn" is COOPERATE TWN GOV -> the
  implied U.S. sellers (USA BUS, anchored at "U.S." as 53a). "overnight" in a 17:38 report of Wed 18 March is
  the night of 17-18 March, which straddles two days: kept at its month (1987-03, 26a; 1987-03-18 as 4b's
  DCT or 1987-03-17 as 22a's night before arguable); "between May and October" dates the shipment, not the
  purchase. The shipment terms and price ranges are purchase terms / market prices (skipped).
* 17292 (Indian bankers on rate cuts, DCT Mon 1987-04-27, BOMBAY): M. N. Goiporia chairs a trade
  association (IND ORG). "The cut in the lending rates and other changes ... will hit the profitability of
  many commercial banks in India, ... Goiporia told a bankers' conference" is a STATEMENT (assessment), DCT,
  BOMBAY; the quote '"Some of the latest credit policy measures ... will pose a potential threat to
  commercial banks' ... profitability levels," he said' restates it (later mention, EVENTS.md 3; "threat" is
  a metaphor, not THREATEN). "Goiporia said most foreign and Indian commercial banks ... have been making
  profits" is a STATEMENT and "He did not elaborate" a withheld STATEMENT (negated, 11a / 20a / 24a), DCT.
  "The changes were announced by the Reserve Bank of India on March 31" is a STATEMENT IND GOV (the
  announcement of a monetary measure, no type: guidelines rule 4, own_dev's "announced on March 16"),
  1987-03-31 (past bare date), location null; the rate and ratio changes themselves, their taking effect
  on April 1 and the liquidity cut are monetary policy (skipped), and "bankers said" is anonymous.
* 8800 (EC cold-weather food scheme, DCT Tue 1987-03-24, BRUSSELS): "a Commission spokesman said" (the
  scheme proved so successful that the Commission may propose a permanent one) and "But the spokesman said
  the commission will consider whether to propose it be replaced by an all-year-round system" are
  STATEMENTs null IGO, DCT, BRUSSELS; the possible proposals are internal EC policy (content, skipped;
  REQUEST hypothetical toward the ministers arguable). "between January 20, when Agriculture Ministers
  approved the scheme" is AGREE by the EC agriculture ministers (a group: null, no actor2; 40b's OPEC
  scheme "approved last December"; a relative clause with its own date, EVENTS.md 11; an internal decision
  of one EC body, skipped, arguable), 1987-01-20 (past bare date); "The present scheme was approved as an
  emergency measure" is its later mention (agent implied, the first mention's date). "The commission
  estimates that up to March 13 the temporary scheme cost between 63 and 68 mln European currency units" is
  a STATEMENT (a statistics estimate by a named body, 53a's "estimated"; "up to March 13" is the figure's
  period), DCT, BRUSSELS. The food taken out of store and distributed to the needy through (unnamed)
  charities, the scheme's end on March 31, the ministers' original ceiling and the stocks are statistics or
  domestic distribution with no identifiable counterpart (skipped); "according to latest commission
  figures" is a document and "commission sources said" anonymous.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind74a.jsonl"

WAS = ("WASHINGTON", "USA")
PAR = ("PARIS", "FRA")
DHA = ("DHAKA", "BGD")
BOM = ("BOMBAY", "IND")
BRU = ("BRUSSELS", "BEL")

USA_GOV = "USA", "GOV"
JPN_GOV = "JPN", "GOV"
DEU_GOV = "DEU", "GOV"
FRA_GOV = "FRA", "GOV"
GBR_GOV = "GBR", "GOV"
AUS_GOV = "AUS", "GOV"
BGD_GOV = "BGD", "GOV"
HKG_BUS = "HKG", "BUS"
USA_BUS = "USA", "BUS"
IND_ORG = "IND", "ORG"
IND_GOV = "IND", "GOV"
GROUP = None, "IGO"

SEVEN = ("the seven major industrial nations",) + GROUP
BAKER = ("Treasury Secretary James Baker",) + USA_GOV
WG_OFFICIALS = ("West German financial officials",) + DEU_GOV
TAKESHITA = ("Japanese Prime Minister-designate Noboru Takeshita",) + JPN_GOV
BOSCHWITZ = ("Sen. Rudy Boschwitz",) + USA_GOV
IEP = ("Industrial Equity (Pacific) Ltd",) + HKG_BUS
CALMAT_IMPLIED = (None,) + USA_BUS
BGD_IMPLIED = (None,) + BGD_GOV
GOIPORIA = ("Indian Banks' Association chairman M. N. Goiporia",) + IND_ORG
EC_SPOKESMAN = ("a Commission spokesman",) + GROUP

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-20795": {
        "events": [
            # 0
            (
                "AGREE",
                ("said", "President Reagan"),
                ("President Reagan",) + USA_GOV,
                SEVEN,
                WAS,
                "1987-10-20",
                "day",
                None,
                "asserted",
                None,
                "the United States remains committed to the Louvre accord: a restated commitment to an accord (12a's "
                "'reaffirmed U.S. backing for the Paris accord' = AGREE; STATEMENT as 35a's stance arguable), the saying "
                "is the act (EVENTS.md 1, 'committed' left unlisted); counterpart the accord's group (null); wire style: "
                "DCT, dateline city",
            ),
            # 1
            (
                "AGREE",
                "agreed",
                SEVEN,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the Louvre accord in which the seven major industrial nations agreed to stabilize exchange rates (a "
                "relative clause with its own predication; a group agreeing: null, no actor2, own_blind3 / 17a's Louvre "
                "call); no time expression in the text: undated",
            ),
            # 2
            (
                "AGREE",
                ("said", 'agreement," Reagan'),
                (("Reagan", 'agreement," Reagan'),) + USA_GOV,
                SEVEN,
                WAS,
                "1987-10-20",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead ('remains committed to the Louvre agreement'): later mention, "
                "EVENTS.md 3; 'in a statement following a meeting with his top economic advisers' (internal meeting "
                "skipped); DCT",
            ),
            # 3
            (
                "AGREE",
                "reaffirmed",
                (("the United States", "Reagan said the United States, Japan"),) + USA_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the United States, Japan and West Germany had all reaffirmed their commitment to coordinate economic "
                "policies (reaffirming a commitment = AGREE, 12a / 59a); compound split by country (EVENTS.md 12), no "
                "separate counterpart (a mutual commitment among the three: actor2 null, as 50a's G-7 reaffirmation); "
                "pluperfect, no time expression: undated; 'Reagan said' rule-3 attribution",
            ),
            # 4
            (
                "AGREE",
                "reaffirmed",
                (("Japan", "States, Japan"),) + JPN_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Japan's share of the compound reaffirmation (EVENTS.md 12); undated",
            ),
            # 5
            (
                "AGREE",
                "reaffirmed",
                ("West Germany",) + DEU_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "West Germany's share of the compound reaffirmation (EVENTS.md 12); undated",
            ),
            # 6
            (
                "CONSULT",
                "telephone conversation",
                TAKESHITA,
                (None,) + USA_GOV,
                None,
                "1987-10-20",
                "day",
                "Tuesday",
                "asserted",
                None,
                "telephone conversation Tuesday morning (a nominal with its own date, EVENTS.md 11; 59b's telephone "
                "call = CONSULT); the counterpart implied: Reagan, who relays it (USA GOV; the text does not say who "
                "called: the speaker first); Tuesday = the DCT (Tue 1987-10-20); 'Reagan said' rule-3 attribution",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "Takeshita said"),
                TAKESHITA,
                None,
                None,
                "1987-10-20",
                "day",
                "Tuesday",
                "asserted",
                None,
                "his top priority was to maintain stable economic relations with the United States (a statement of "
                "priorities; AGREE as an intent to cooperate arguable); placed in Tuesday morning's conversation "
                "(rule 3), location null",
            ),
            # 8
            (
                "CONSULT",
                "met",
                BAKER,
                WG_OFFICIALS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Baker met West German financial officials (USA -> DEU); no time expression: undated (rule 17); "
                "'Reagan noted' rule-3 attribution",
            ),
            # 9
            (
                "AGREE",
                ("reaffirmed", "officials and"),
                BAKER,
                WG_OFFICIALS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Baker and the West German officials reaffirmed their commitment to the Louvre agreement (own_blind3's "
                "Baker-Stoltenberg AGREE); placed in the undated meeting: undated",
            ),
            # 10
            (
                "AGREE",
                ("reaffirmed", 'They "reaffirmed'),
                (("They", 'They "reaffirmed'),) + USA_GOV,
                (None,) + DEU_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                9,
                "quote: they 'reaffirmed our agreement to coordinate economic policies' (They = Baker and the West "
                "German officials of the previous sentence, USA first as there: later mention; the three countries "
                "of the third sentence arguable); 'Reagan said' rule-3 attribution",
            ),
        ],
        "skip": [
            (("accord", "Louvre"), "background nominal (the accord, coded on 'agreed')"),
            ("stabilize", "content of the accord"),
            ("statement", "part of the reporting clause"),
            ("meeting", "internal meeting of one government (Reagan and his own advisers, EVENTS.md 10)"),
            (
                ("said", "Reagan said the United States, Japan"),
                "rule-3 attribution (the reaffirmations are the events)",
            ),
            (("coordinate", "commitment to"), "content of the reaffirmation"),
            (
                ("said", "Reagan said Japanese"),
                "rule-3 attribution (the conversation and Takeshita's statement are the events)",
            ),
            ("maintain", "content of the statement"),
            ("noted", "rule-3 attribution (the meeting and the reaffirmation are the events)"),
            (("agreement", "commitment to the Louvre"), "anaphoric nominal (the Louvre accord)"),
            (("agreement", "our"), "anaphoric nominal (content of the reaffirmation)"),
            (("coordinate", "our agreement to"), "content of the reaffirmation"),
            ("provide", "content of the reaffirmation"),
            (("said", 'exchange rates," Reagan'), "rule-3 attribution (the reaffirmation is the event)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("United States", "The United States remains"), "GPE", "USA"),
            (("Reagan", 'agreement," Reagan'), "PERSON", "USA"),
            (("Reagan", "Reagan said the United States, Japan"), "PERSON", "USA"),
            (("United States", "said the United States, Japan"), "GPE", "USA"),
            (("Japan", "States, Japan"), "GPE", "JPN"),
            ("West Germany", "GPE", "DEU"),
            (("Reagan", "Reagan said Japanese"), "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Noboru Takeshita", "PERSON", "JPN"),
            (("Takeshita", "(Takeshita"), "PERSON", "JPN"),
            (("United States", "relations with the"), "GPE", "USA"),
            (("Reagan", "Reagan noted"), "PERSON", "USA"),
            ("James Baker", "PERSON", "USA"),
            (("West German", "with West German"), "NORP", "DEU"),
            (("Reagan", 'exchange rates," Reagan'), "PERSON", "USA"),
        ],
    },
    "reuters21578-4549": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "(R-Minn.)"),
                BOSCHWITZ,
                None,
                WAS,
                "1987-03-12",
                "day",
                None,
                "asserted",
                None,
                "a marketing loan for U.S. grains would not help the surplus and would be very costly (assessment of a "
                "policy by a legislator); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("he", 'now," he'),) + USA_GOV,
                None,
                WAS,
                "1987-03-12",
                "day",
                None,
                "asserted",
                None,
                "'I would not support a marketing loan now', told the House subcommittee (a stance on a policy, not "
                "support of an actor: EVENTS.md 6; the subcommittee is the audience, no actor2); a new proposition, "
                "not a restatement of the lead; DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "exports significantly, he"),
                (("he", "exports significantly,"),) + USA_GOV,
                None,
                WAS,
                "1987-03-12",
                "day",
                None,
                "asserted",
                None,
                "a market loan would encourage production, cost more and not raise exports (assessment); DCT",
            ),
        ],
        "skip": [
            ("help", "content of the statement"),
            (("support", "would not"), "content of the statement (a policy stance, SUPPORT negated arguable)"),
            ("supporters", "background nominal (his past backing of a policy)"),
            (("support", "focused"), "stative background (backing of legislation: a policy, not an actor)"),
            ("encourage", "content of the statement"),
            (("increase", "not"), "content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Rudy Boschwitz", "PERSON", "USA"),
            ("Minn.", "GPE", "USA"),
            ("House agriculture subcommittee on wheat, soybeans and feedgrains", "ORG", "USA"),
            (("Boschwitz", "Boschwitz was"), "PERSON", "USA"),
            ("Boren", "PERSON", "USA"),
            ("Boschwitiz", "PERSON", "USA"),
        ],
    },
    "reuters21578-4829": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "Finance Ministry"),
                ("the Finance Ministry",) + FRA_GOV,
                None,
                PAR,
                "1987-03-13",
                "day",
                None,
                "asserted",
                None,
                "France today repaid 21.95 billion francs of currency intervention debt to the EMCF (the repayment is "
                "the settlement of EMS intervention financing: a monetary operation, EVENTS.md 10, skipped), so the "
                "reporting clause is a STATEMENT; wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + FRA_GOV,
                None,
                PAR,
                "1987-03-13",
                "day",
                None,
                "asserted",
                None,
                "the debt was part of a liability incurred through EMCF swap facilities before the realignment "
                "(background of a monetary operation); DCT",
            ),
        ],
        "skip": [
            (
                "repaid",
                "repayment of currency intervention debt to the EMCF: monetary operation (EVENTS.md 10; "
                "COOPERATE FRA -> EMCF arguable)",
            ),
            ("incurred", "monetary operation (intervention financing)"),
            ("activation", "monetary operation (EMCF swap facilities)"),
            ("defend", "currency intervention (monetary operation)"),
            (
                ("realignment", "System"),
                "EMS parity realignment: monetary (AGREE by the EMS members 1987-01-11 arguable)",
            ),
            (("realignment", "The realignment"), "anaphoric nominal (the realignment)"),
            ("speculative pressure", "market activity"),
            ("produced", "monetary (exchange-rate change)"),
            (("revaluation", "three pct"), "monetary (exchange-rate change)"),
            (("revaluation", "two\npct"), "monetary (exchange-rate change)"),
        ],
        "entities": [
            ("France", "GPE", "FRA"),
            ("European Monetary Cooperation Fund", "ORG", None),
            ("EMCF", "ORG", None),
            ("Finance Ministry", "ORG", "FRA"),
            (("EMCF", "activation of"), "ORG", None),
            ("European Monetary System", "ORG", None),
            ("West German", "NORP", "DEU"),
            ("Dutch", "NORP", "NLD"),
            ("French", "NORP", "FRA"),
            ("Belgian", "NORP", "BEL"),
        ],
    },
    "reuters21578-8604": {
        "events": [
            # 0
            (
                "AID",
                "offered",
                ("Britain",) + GBR_GOV,
                ("Bangladesh",) + BGD_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Britain and Australia have offered wheat to Bangladesh as grants (an offer of aid coded as AID, 4b's "
                "offered assistance); compound split by country (EVENTS.md 12); present perfect, no time expression: "
                "undated (rule 17); 'officials said' rule-3 attribution",
            ),
            # 1
            (
                "AID",
                "offered",
                ("Australia",) + AUS_GOV,
                ("Bangladesh",) + BGD_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Australia's share of the compound offer (EVENTS.md 12); undated",
            ),
            # 2
            (
                "AID",
                "shipped",
                (("Britain", "promised by"),) + GBR_GOV,
                BGD_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "the 79,250 tonnes promised by Britain would be shipped next week (delivery of the grant, 18b's "
                "'cereals to be shipped to Mozambique' = AID planned; recipient implied); 'next week' from Tue 24 "
                "March = 30 March - 3 April straddles two months: no single value, undated (24a/28a/44a/51b); "
                "'They said' rule-3 attribution",
            ),
            # 3
            (
                "AID",
                "arrive",
                ("Australian",) + AUS_GOV,
                (("Bangladesh", "arrive in"),) + BGD_GOV,
                ("Bangladesh", "BGD"),
                "1987-04",
                "month",
                "next month",
                "planned",
                None,
                "the 50,000 tonnes of Australian wheat would arrive in Bangladesh next month (delivery of the grant, as "
                "the British shipment; donor from 'Australian'); future 'next month' = 1987-04; 'the officials said' "
                "rule-3 attribution",
            ),
            # 4
            (
                "STATEMENT",
                "expects",
                (("the government", "But the government"),) + BGD_GOV,
                None,
                DHA,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "the government expects prices to fall after next month's harvest (a forecast, 32a / 44a's 'expects'); "
                "no time expression of its own ('next month' is the harvest's): DCT, dateline city",
            ),
        ],
        "skip": [
            (
                ("said", "projects, officials"),
                "rule-3 attribution (the offer is the event; bare 'officials' in a Dhaka story = BGD GOV)",
            ),
            ("contain", "purpose clause"),
            ("help support", "purpose clause"),
            (("said", "They said"), "rule-3 attribution (the shipment is the event)"),
            ("promised", "anaphoric (the grant already offered; AGREE arguable)"),
            (("used", "shipped next week and"), "domestic use of the grant (Food for Work programme)"),
            ("get", "generic (how the programme pays workers)"),
            ("sold", "domestic open-market sales (domestic price policy)"),
            ("stop", "purpose clause"),
            (("said", "price increases, the officials"), "rule-3 attribution (the arrival of the grant is the event)"),
            ("risen", "market-price movement"),
            (("said", "market sources"), "anonymous-source talk (market sources)"),
            ("fall", "content of the forecast (market prices)"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("Australia", "GPE", "AUS"),
            ("Bangladesh", "GPE", "BGD"),
            (("Britain", "promised by"), "GPE", "GBR"),
            ("Australian", "NORP", "AUS"),
            (("Bangladesh", "arrive in"), "GPE", "BGD"),
        ],
    },
    "reuters21578-3933": {
        "events": [
            # 0
            (
                "COOPERATE",
                "raised",
                IEP,
                ("Calmat Co",) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "raised its stake in Calmat from 8.0 to 9.8 pct (a stake acquisition, toward the company whose shares "
                "were bought: 17b's Sheldahl, 70a's Telecom Plus); no time expression: undated (rule 17); 'said' "
                "rule-3 attribution",
            ),
            # 1
            (
                "COOPERATE",
                ("bought", "New Zealand firm, said"),
                (("Industrial Equity", "Commission, Industrial"),) + HKG_BUS,
                (("Calmat", "263,600"),) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention: bought 263,600 Calmat shares for 13.1 mln dlrs (the purchases that raised the stake); "
                "'between Feb 17 and March 9' spans two months: no single value, undated as the first mention; 'said' "
                "in the SEC filing rule-3 attribution",
            ),
            # 2
            (
                "COOPERATE",
                ("bought", "It has said"),
                (("It", "It has said"),) + HKG_BUS,
                CALMAT_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention: 'bought the stock for investment purposes' (17b's 'said it bought the stock'); "
                "'has said' rule-3 attribution",
            ),
            # 3
            (
                "COOPERATE",
                ("raise", "may"),
                (("It", "It has said"),) + HKG_BUS,
                CALMAT_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "may raise its stake to 15 pct (a further stake acquisition merely considered: hypothetical, 53a's "
                "'may buy'); undated",
            ),
        ],
        "skip": [
            (("said", "investment firm,"), "rule-3 attribution (the stake raise is the event)"),
            ("filing", "part of the reporting clause (a filing with the SEC)"),
            ("owned", "stative (ownership)"),
            (("said", "New Zealand firm,"), "rule-3 attribution (the purchase is the event)"),
            (("said", "It has"), "rule-3 attribution (the purchase and the possible raise are the events)"),
            ("investment purposes", "purpose of the purchase"),
        ],
        "entities": [
            ("Industrial Equity (Pacific) Ltd", "ORG", "HKG"),
            ("Hong Kong", "GPE", "HKG"),
            ("Calmat Co", "ORG", "USA"),
            ("Securities and Exchange Commission", "ORG", "USA"),
            (("Industrial Equity", "Commission, Industrial"), "ORG", "HKG"),
            ("Brierley Investments Ltd", "ORG", "NZL"),
            ("New Zealand", "GPE", "NZL"),
            (("Calmat", "263,600"), "ORG", "USA"),
        ],
    },
    "reuters21578-6897": {
        "events": [
            # 0
            (
                "COOPERATE",
                "bought",
                ("Taiwan", "TWN", "GOV"),
                ("U.S.",) + USA_BUS,
                None,
                "1987-03",
                "month",
                "overnight",
                "asserted",
                None,
                "Taiwan bought 450,000 tonnes of U.S. corn from the implied U.S. sellers (a country's purchase, not "
                "unnamed buyers: 20b's Soviet and 53a's Japanese purchases; seller anchored at 'U.S.' as 53a); coded "
                "although relayed by anonymous export sources (53a's 10705); 'overnight' in a 17:38 report of Wed 18 "
                "March is the night of 17-18 March, which straddles two days: kept at its month (26a; 1987-03-18 as "
                "4b's DCT, or 1987-03-17 as 22a, arguable); 'between May and October' is the shipment's",
            ),
        ],
        "skip": [
            (("shipment", "Coast"), "content of the purchase (shipment terms)"),
            (("said", "private export sources"), "anonymous-source talk (private export sources)"),
            (("ranged", "Gulf shipment"), "market prices (purchase terms)"),
            (("ranged", "West Coast shipments"), "market prices (purchase terms)"),
            (("said", "equivalent, they"), "anonymous-source talk (the export sources)"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("U.S.", "GPE", "USA"),
            (("Gulf", "for Gulf"), "LOC", "USA"),
            (("West Coast", "Gulf and"), "LOC", "USA"),
            (("Gulf", "Gulf shipment ranged"), "LOC", "USA"),
            (("West Coast", "and West Coast shipments"), "LOC", "USA"),
        ],
    },
    "reuters21578-17292": {
        "events": [
            # 0
            (
                "STATEMENT",
                "told",
                GOIPORIA,
                None,
                BOM,
                "1987-04-27",
                "day",
                None,
                "asserted",
                None,
                "the rate cuts will hit many commercial banks' profitability (assessment by a trade association's "
                "chairman: IND ORG); the bankers' conference is the audience; wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "announced",
                ("the Reserve Bank of India",) + IND_GOV,
                None,
                None,
                "1987-03-31",
                "day",
                "March 31",
                "asserted",
                None,
                "the changes were announced by the central bank on March 31 (announcement of a monetary measure, no "
                "type: guidelines rule 4, as own_dev's 'announced on March 16'); past bare date: 1987-03-31; no place",
            ),
            # 2
            (
                "STATEMENT",
                ("said", 'profitability levels," he'),
                (("he", 'profitability levels,"'),) + IND_ORG,
                None,
                BOM,
                "1987-04-27",
                "day",
                None,
                "asserted",
                0,
                "quote restating the lead (the measures threaten banks' profitability): later mention, EVENTS.md 3",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Goiporia said"),
                (("Goiporia", "Goiporia said"),) + IND_ORG,
                None,
                BOM,
                "1987-04-27",
                "day",
                None,
                "asserted",
                None,
                "most commercial banks have been making profits thanks to fund management and capital (assessment); "
                "DCT",
            ),
            # 4
            (
                "STATEMENT",
                "elaborate",
                (("He", "He did not"),) + IND_ORG,
                None,
                BOM,
                "1987-04-27",
                "day",
                None,
                "negated",
                None,
                "withheld statement ('did not elaborate', 11a / 20a / 24a); DCT",
            ),
        ],
        "skip": [
            (("cut", "The cut"), "monetary policy (lending-rate cut by the central bank)"),
            (("changes", "other"), "monetary policy (interest-rate changes)"),
            ("hit", "content of the statement"),
            ("conference", "occasion of the reporting clause"),
            (("changes", "The changes"), "anaphoric nominal (the monetary changes)"),
            ("became effective", "monetary measure taking effect"),
            ("reduced", "monetary policy (content of the quote)"),
            ("raising", "monetary policy (content of the quote)"),
            ("restructuring", "monetary policy (content of the quote)"),
            ("threat", "metaphor (content of the quote; not THREATEN)"),
            ("making profits", "stative (banks' earnings)"),
            (("cut", "commercial banks cut"), "monetary policy (lending-rate cut)"),
            (("raised", "maximum lending rate"), "monetary policy (deposit rates)"),
            (("cut", "To cut"), "monetary policy (purpose)"),
            (("raised", "the Reserve Bank raised"), "monetary policy (liquidity ratio)"),
            ("immobilising", "monetary policy (effect)"),
            (("said", "deposits, bankers"), "anonymous-source talk (bankers)"),
        ],
        "entities": [
            ("India", "GPE", "IND"),
            ("Indian Banks' Association", "ORG", "IND"),
            ("M. N. Goiporia", "PERSON", "IND"),
            ("Reserve Bank of India", "ORG", "IND"),
            (("Goiporia", "Goiporia said"), "PERSON", "IND"),
            (("Indian", "foreign and Indian"), "NORP", "IND"),
            (("Reserve Bank", "The Reserve Bank's"), "ORG", "IND"),
            (("Reserve Bank", "the Reserve Bank raised"), "ORG", "IND"),
        ],
    },
    "reuters21578-8800": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "Commission spokesman"),
                EC_SPOKESMAN,
                None,
                BRU,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "the emergency food scheme proved so successful that the Commission may propose a permanent one "
                "(assessment; the possible proposal is internal EC policy: content); wire style: DCT, dateline city",
            ),
            # 1
            (
                "AGREE",
                ("approved", "Agriculture Ministers"),
                ("Agriculture Ministers",) + GROUP,
                None,
                None,
                "1987-01-20",
                "day",
                "January 20",
                "asserted",
                None,
                "the EC Agriculture Ministers approved the scheme on January 20 (a decision agreed among the member "
                "states' ministers: AGREE by a group, null, no actor2, as 40b's OPEC scheme 'approved last December'; "
                "a relative clause with its own date, EVENTS.md 11; an internal decision of one body, skipped, "
                "arguable); past bare date: 1987-01-20",
            ),
            # 2
            (
                "AGREE",
                ("approved", "The present scheme was"),
                (None,) + GROUP,
                None,
                None,
                "1987-01-20",
                "day",
                "January 20",
                "asserted",
                1,
                "later mention: 'The present scheme was approved as an emergency measure' (agent implied: the "
                "ministers); the first mention's date (rule 3)",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "But the spokesman"),
                (("the spokesman", "But the spokesman"),) + GROUP,
                None,
                BRU,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "the commission will consider whether to propose an all-year-round system (internal EC policy: no "
                "type); DCT",
            ),
            # 4
            (
                "STATEMENT",
                "estimates",
                (("The commission", "The commission estimates"),) + GROUP,
                None,
                BRU,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "the scheme cost 63-68 mln Ecus up to March 13 (a statistics estimate by a named body, 53a's "
                "'estimated'; 'up to March 13' is the figure's period); present tense: DCT",
            ),
        ],
        "skip": [
            ("distribute", "domestic distribution to the poor (no identifiable recipient)"),
            ("proved", "stative (assessment)"),
            (("propose", "may"), "content of the statement (hypothetical internal proposal)"),
            ("taken out", "statistics (food taken out of stores)"),
            ("according to", "a document (commission figures), not a speech act"),
            ("distributed", "domestic distribution through unnamed charities (no identifiable recipient)"),
            (("help", "emergency measure to"), "purpose clause"),
            ("affected", "weather (no actor)"),
            (("end", "will"), "the scheme's expiry (no type)"),
            ("consider", "content of the statement"),
            (("propose", "whether to"), "content of the statement"),
            ("replaced", "content of the statement"),
            (("cost", "scheme cost"), "statistics (content of the estimate)"),
            ("envisaged", "background (the ministers' original ceiling)"),
            (("said", "commission sources"), "anonymous-source talk (commission sources)"),
            ("included", "statistics (stocks)"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            (("EC", "Community (EC"), "ORG", None),
            (("EC", "EC executive"), "ORG", None),
            (("Commission", "executive Commission"), "ORG", None),
            (("Commission", "a Commission spokesman"), "ORG", None),
            (("EC", "EC stores"), "ORG", None),
            (("EC", "scheme on EC"), "ORG", None),
            (("EC", "EC surplus food stocks"), "ORG", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
