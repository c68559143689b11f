"""Build ``own_blind80a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind80a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1916 left); 24 drawn with random.Random(80101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
42 event records (42 first mentions, 0 later mentions), 107 not_annotated spans, 99 entity mentions
(GPE 39, ORG 33, PERSON 20, NORP 5, LOC 2); one article without events (475, Fed expected to add
reserves: economists' talk and monetary operations only); 6259 (USDA certificates outlook), 2859 (Amir
Mines private placement) and 3666 (sterling intervention rumour: a single withheld statement) have
reporting-clause STATEMENTs only.
Types: STATEMENT 30, SANCTION 3, REQUEST 2, CONSULT 2, AID 2, COOPERATE 1, ACCUSE 1, AGREE 1; modality:
asserted 36, hypothetical 3, negated 2, planned 1; precision: day 24, unknown 16, year 1, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong anchor fixed: the second
"Bank of England" looked for after "comment", which follows it). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("U.S. Agriculture Secretary Richard Lyng": GPE "U.S." + PERSON,
21a; "Agriculture Minister Mutsuki Kato", "U.S. Trade Representative Clayton Yeutter": PERSON, with GPE
"U.S." in the latter), while a named body in a title or appositive is ORG ("Director General of the
ministry's Economic Affairs Bureau": ORG "Economic Affairs Bureau", 72a's named divisions; "USDA general
sales manager": ORG "USDA", 76a; "Foreign Agricultural Service Turkey analyst": ORG + GPE "Turkey");
"an Agriculture Ministry official" gives ORG "Agriculture Ministry" (72a's Foreign Ministry); company names
are tagged with their legal form and without angle brackets ("Amir Mines Ltd", "Mountain Bell"), tickers
("<ERIC.ST>", "<WST>") are not entities; a company name inside a longer company name is not a second
mention ("U.S." in "U.S. West Co Inc"; 76a), a short form on its own is ("U.S. West's", "Ericsson's",
"Amir"); the possessive 's is left out ("Britain's", "Ericsson's", "U.S. West's"); "Reagan administration"
gives PERSON "Reagan" (53a); "U.S." in "U.S. Government securities", "U.S. grain", "U.S. Grain" and "U.S.
commodities" is GPE, "Canadian" in "Canadian dlrs" NORP CAN (21b/28b); "the Bank" (the Bank of England)
is ORG (58a's "Bank" / "Treasury"), as is "Treasury" in "a Treasury tax and loan call" (the department
acting); "Federal funds" and "System" (repurchases) name a rate and operations, not entities (42b);
publication titles ("Agricultural Outlook" report) are not tagged (13a/36a/40b); programmes (GSM-102, the
credit guarantee program), products (AXE system, plywood, tallow), currencies and "the President" are not
entities.
Countries: the Federal Reserve / Fed and the Treasury ORG USA, "U.S." GPE USA; the Commodity Credit
Corporation / CCC and the (U.S.) Agriculture Department / USDA ORG USA; Sweden GPE SWE, Telefon AB L.M.
Ericsson / "Ericsson" ORG SWE, U.S. West Co Inc / "U.S. West" and Mountain Bell (one of U.S. West's
operating companies) ORG USA, Idaho GPE USA; Richard Lyng / "Lyng" and Clayton Yeutter PERSON USA, Japan
GPE JPN, Washington and the United States GPE USA, the Agriculture Ministry and its Economic Affairs Bureau
ORG JPN, Hideo Maki / "Maki" and Mutsuki Kato / "Kato" PERSON JPN, the General Agreement on Tariffs and
Trade / GATT ORG null; Britain and London GPE GBR, "British" NORP GBR, the Conservative Party and the
Department of Trade and Industry ORG GBR, Tokyo GPE JPN, "Japanese" NORP JPN; Amir Mines Ltd / "Amir Mines"
/ "Amir" ORG CAN (dateline Vancouver, Canadian dlrs), the United Kingdom / "U.K." GPE GBR, Canada GPE CAN,
Europe LOC null (11a), Continental Carlisle Douglas Securities ORG GBR (the London agent: "In London"),
Yorkton Securities ORG CAN (the Canadian brokerage acting in London for a Canadian company's placement; GBR
arguable from "In London"); the Bank of England / "Bank" ORG GBR, "U.K." GPE GBR; Turkey GPE TUR, Melvin
Sims / "Sims", Walter Stern and Reagan PERSON USA, the Foreign Agricultural Service ORG USA, Reuters ORG
GBR, the Organization for Economic Cooperation and Development ORG null.

Judgement calls made here:
* 475 (Fed expected to add reserves, DCT Mon 1987-03-02, NEW YORK): no event (a negative), as 39a's 20263,
  42b's 6543, 64a's 3694 and 73b's 4275: the expected entry into the market, the customer and System
  repurchase agreements are Fed reserve operations (EVENTS.md 10), every speaker is an economist
  (anonymous: "economists said", "They expect"); Fed funds rates are market movements; the settlement of
  recently sold Treasury notes and the Treasury tax and loan call are debt and cash management (monetary:
  skipped).
* 6259 (USDA certificates outlook, published 1987-03-17 16:06, dateline "Washington, March 16"): the DCT is
  published_at's date, 1987-03-17 (GUIDELINES.md; the dateline's earlier day, as 57a's 1878 and 54b's
  15432), location the dateline city as written ("Washington", as 54a's "New York"). The CCC's issuing of
  generic certificates, the authorization of 4.3 bln dlrs more and the certificates' exchanges and effects
  are domestic farm-program administration and statistics (34a's 6267: no type), so all eleven reporting
  clauses of the department ("the U.S. Agriculture Department said", "The department said" five times, "it
  said" four times, "the department said" in a summary of its Agricultural Outlook report) are STATEMENTs
  USA GOV, DCT, each its own record (EVENTS.md 3); "last summer" dates the exchanges, not the saying; the
  President's 1988-1992 budget proposals are a background nominal (skipped; REQUEST USA -> Congress
  arguable); the agentless "is projected", "is expected" forecasts and the "If current policy remains"
  condition are content.
* 14039 (Ericsson wins U.S. West order, DCT Tue 1987-04-07, STOCKHOLM): "Telefon AB L.M. Ericsson said it
  has won its third contract from U.S. West Co Inc for digital exchange equipment" is COOPERATE SWE BUS ->
  USA BUS (a contract won from a customer, EVENTS.md 8), undated (present perfect, rule 17; "over the next
  five years" the supply period), "said" rule-3 attribution. "No financial details were available" is a
  withheld STATEMENT (negated), Ericsson implied (own_blind2, 36a, 65a), DCT, STOCKHOLM. "The company said
  the contract provided for the replacement of more than 50 older exchanges run by <Mountain Bell> ... with
  Ericsson's AXE system" is a STATEMENT (the contract's terms: content), DCT.
* 16763 (Lyng asks Japan to open its farm market, DCT Fri 1987-04-17, TOKYO): everything comes through a
  Japanese Agriculture Ministry official, Hideo Maki (the lead's "an Agriculture Ministry official told
  reporters" and the closing "Lyng said ..., Maki said" show that the whole exchange is his account of the
  Lyng-Kato meeting). "Lyng has asked Japan to open its farm market further to help Washington cut its
  trade deficit" is REQUEST USA GOV -> JPN GOV, undated (a perfect verbal act relayed by the official, no
  time expression: the set 15/16 call), "told" rule-3 attribution. "Maki ... quoted Lyng as telling ... Kato
  that the removal of import restrictions would help Japan as well as the United States" is a STATEMENT USA
  GOV on "telling" (an evaluation with no actor told to act, EVENTS.md 2's "would help give balance";
  REQUEST or a later mention of the lead's request arguable), relayed: undated, "quoted" skipped as the
  relay. "The meeting with Kato opened a 12-day visit to Japan by Lyng, who is here to dicuss farm trade" is
  CONSULT USA GOV -> JPN GOV on "meeting" (a nominal with its own predication, EVENTS.md 11; visitor first,
  EVENTS.md 13), undated (no time expression; 75a's first day of an undated visit), located in Tokyo ("is
  here"); the 12-day "visit" is skipped as the background of the meeting (CONSULT arguable, 75a), "dicuss"
  its purpose. "Maki quoted Kato as replying that Japan was already the world's largest grain importer" is a
  STATEMENT JPN GOV (a rebuttal with no explicit refusal; REJECT arguable), relayed: undated. The four
  reporting clauses that follow without a relay word of their own ("Kato added ...", "Lyng said the U.S. Put
  high priority on talks ...", "Kato said Japan will maintain its current level of self-sufficiency ...",
  "..., he added" on surpluses caused by exporting countries) are STATEMENTs placed in Maki's account of the
  undated meeting (EVENTS.md 19: speech in a meeting takes the meeting's date, here none): undated (DCT by
  rule 2 arguable); Kato's remark on exporting countries is generic (no ACCUSE target). "Lyng said the U.S.
  Has been trying to reduce farm product output ..., Maki said" is a STATEMENT USA GOV, undated, with "Maki
  said" as the relay (skipped). "12 farm products named in U.S. Complaints against Japan to the General
  Agreement on Tariffs and Trade (GATT) last year" is ACCUSE USA GOV -> JPN GOV on "Complaints" (a nominal
  with its own date, EVENTS.md 11), 1986 (year); the talks Lyng gives priority to are content. "Maki said the
  U.S. And Japan will hold detailed discussions on each trade item ... at a meeting on April 20, in which
  U.S. Trade Representative Clayton Yeutter will join" is CONSULT USA -> JPN (first-named first) on
  "discussions" ("hold" a light verb), planned, 1987-04-20, location null, "said" rule-3 attribution;
  Yeutter's joining is part of the same meeting and the new GATT round is the discussions' topic (skipped).
* 9847 (Conservative MPs urge sanctions on Japan, DCT Thu 1987-03-26, LONDON): "One hundred members of
  Britain's ruling Conservative Party have signed a motion calling for trade sanctions against Japan to force
  Tokyo to open its domestic market" is REQUEST GBR GOV (legislators) -> the implied British government (GBR
  GOV: the motion asks their own government to act, as the sets 19-21 advisory-body call; the government
  "drawing up contingency plans" is named two sentences on; JPN as the sanctions' target, or actor2 null,
  arguable), trigger "signed" (the motion's "calling" left unlisted: it is the same act), undated (present
  perfect, rule 17); the demanded sanctions and their purpose are content. "The government announced last
  week that Japan had a 5.9 billion dlr trade surplus with Britain in 1986" is a STATEMENT GBR GOV
  (statistics release), 1987-03 ("last week" from Thu 26 March = 16-20 March, one month: month precision,
  EVENTS.md 21), location null. "The Department of Trade and Industry said the government was drawing up
  contingency plans to force Japan into opening up its domestic markets" is SANCTION GBR GOV -> JPN GOV on
  "plans", hypothetical (measures prepared and considered, not decided: 60b's "Britain is considering how to
  retaliate against Japan"), undated, "said" rule-3 attribution; "but a spokesman said such moves were very
  much a last resort" is a STATEMENT GBR GOV (a DTI spokesman; an assessment of the plans, no warning
  addressed to Japan: THREATEN arguable), DCT, LONDON, "moves" anaphoric. "Ideas being considered included
  blocking Japanese companies from trading in Britain and revoking licenses of Japanese operations in the
  London financial district" is two SANCTION records, GBR GOV (implied) -> JPN BUS ("Japanese companies",
  "Japanese operations"), hypothetical, undated (each considered measure its own record, as the sets 17/18
  allocation call; "considered" left unlisted).
* 2859 (Amir Mines private placement, DCT Fri 1987-03-06, Vancouver): the completed negotiations on a
  private placement with unnamed institutional investors, the placement's terms, the London agents' role
  (72a's arranger and agent) and the purchase of 100,000 shares by two unnamed Canadian gold funds are
  corporate finance (skipped; CONSULT / COOPERATE arguable), so "<Amir Mines Ltd> said" and "Amir said
  proceeds will be used for the acquisition of or joint venture participation in properties ..." (no
  counterpart named: content) are STATEMENTs CAN BUS, DCT, location the dateline city as written
  ("Vancouver").
* 3666 (sterling intervention rumour, DCT Wed 1987-03-11, LONDON): the rumoured Bank of England sterling
  sales are a monetary operation inside anonymous talk ("dealers who said", "market sources said":
  skipped); "Bank of England officials were not immediately available for comment" is a withheld STATEMENT
  GBR GOV (negated, EVENTS.md 5), DCT, LONDON; "Earlier this week, the Bank sanctioned a cut in bank
  interest rates" is a monetary operation (EVENTS.md 10; "sanctioned" skipped so that it is not read as
  SANCTION), the March 17 budget a background nominal, the pound's rise a market movement.
* 12943 (USDA corrects its Turkey credit announcement, DCT Fri 1987-04-03, WASHINGTON): "The U.S.
  Agriculture Department said an announcement by the department yesterday concerning 15.0 mln dlrs in
  additional credit guarantees for exports of U.S. commodities to Turkey contained two inaccuracies" is a
  STATEMENT USA GOV (the correction), DCT, WASHINGTON, and AID USA GOV -> TUR GOV on "credit guarantees"
  (credit guarantees = AID, 23b/26a/40b; a nominal placed in the announcement dated "yesterday": 1987-04-02,
  EVENTS.md 11 / rule 3), with "announcement" as its attribution (skipped). "First, the USDA said its
  announcement should not have said that plywood was excluded ..." is a STATEMENT (programme terms:
  content), DCT; "The original announcement said ..." and "the USDA announcement said ..." are a document
  "saying" (EVENTS.md 4: skipped). "Melvin Sims ... told Reuters he did not anticipate any plywood would be
  included in the sales, but that 'it's possible it would be'" is one STATEMENT (the "but that" clause has no
  reporting verb of its own), DCT. "Members states of the OECD have pledged not to offer concessional
  credits on manufactured products, Sims said" is AGREE null IGO (a mutual pledge of a group of countries,
  one record, actor2 null: the counterparts are the group itself), undated (present perfect), "Sims said"
  rule-3 attribution. "However, the Reagan administration is considering whether to allow plywood sales to
  be covered by the credit guarantee program, Sims said" is a STATEMENT (programme eligibility under
  consideration: no type, AID hypothetical arguable), DCT. "a previously announced 6.0-mln dlr line for
  tallow under GSM-102" is AID USA GOV -> TUR GOV (both implied) on "line" (a nominal with its own
  predication; "previously" gives no value: undated), "announced" its attribution. "In fact, the line of
  credit guarantees for tallow is available only for public sector importers, Walter Stern, Foreign
  Agricultural Service Turkey analyst, said" is a STATEMENT USA GOV (an official of a named body,
  EVENTS.md 4), DCT; "the line" there is anaphoric.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind80a.jsonl"

WAS_LC = ("Washington", "USA")
STO = ("STOCKHOLM", "SWE")
TOK = ("TOKYO", "JPN")
LON = ("LONDON", "GBR")
VAN = ("Vancouver", "CAN")
WAS = ("WASHINGTON", "USA")

USA_GOV = "USA", "GOV"
JPN_GOV = "JPN", "GOV"
GBR_GOV = "GBR", "GOV"
SWE_BUS = "SWE", "BUS"
CAN_BUS = "CAN", "BUS"
GBR_IMPLIED = (None, "GBR", "GOV")
USA_IMPLIED = (None, "USA", "GOV")
TUR_IMPLIED = (None, "TUR", "GOV")
LYNG = ("U.S. Agriculture Secretary Richard Lyng",) + USA_GOV

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-475": {
        "events": [],
        "skip": [
            (("expected", "is expected"), "economists' expectation (anonymous) of a Fed reserve operation"),
            ("enter", "Fed reserve operation (monetary, EVENTS.md 10)"),
            (("add", "to add temporary"), "Fed reserve operation (monetary)"),
            (("said", "economists said"), "anonymous-source talk (economists, EVENTS.md 4)"),
            (("expect", "They expect"), "economists' expectation (anonymous)"),
            ("supply", "Fed reserve operation (monetary; content of anonymous talk)"),
            ("arranging", "Fed reserve operation (customer repurchase agreements)"),
            (("add", "The Fed may add"), "Fed reserve operation (monetary, hypothetical; content of anonymous talk)"),
            ("averaged", "market-rate movement (Fed funds)"),
            ("opened", "market-rate movement"),
            ("traded", "market-rate movement"),
            ("settlement", "market activity (settlement of Treasury notes)"),
            ("sold", "Treasury note sale (debt management, monetary / corporate-finance-like: no type)"),
            ("call", "Treasury tax and loan call on banks (cash management, monetary operation)"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Fed", "The Fed may"), "ORG", "USA"),
            ("Treasury", "ORG", "USA"),
        ],
    },
    "reuters21578-6259": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "U.S. Agriculture Department"),
                ("the U.S. Agriculture Department",) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "statistics release: CCC issued 3.85 bln dlrs of generic certificates April-December 1986, 1.8 bln not "
                "exchanged by January 1 (the issuing is domestic farm-program administration, 34a: no type); wire style: "
                "DCT = published_at's date (the dateline says March 16), dateline city as written",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The department said an additional"),
                (("The department", "The department said an additional"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "4.3 bln dlrs more in certificates authorized for January-August 1987 (agentless domestic programme "
                "step: content); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "said in a summary"),
                (("the department", "supplies of corn"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "forecast: the certificates will provide ample free supplies of corn and wheat (in a summary of its "
                "Agricultural Outlook report: a report by a named author, EVENTS.md 4); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "world markets, it"),
                (("it", "world markets, it"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "freeing stocks through certificates makes U.S. grain more competitive (assessment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The department said last summer"),
                (("The department", "The department said last summer"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "certificates exchanged for 215 mln bushels of corn last summer (statistics; 'last summer' dates the "
                "exchanges, not the saying); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "usage of 40"),
                (("it", "usage of 40"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "the lower prices probably raised usage by 40-50 mln bushels (assessment, statistics); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "The department said government"),
                (("The department", "The department said government"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "forecast: farm-program spending in fiscal 1987 projected to fall half a billion dlrs; DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "eight billion dlrs, it"),
                (("it", "eight billion dlrs, it"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "forecast: cost escalation to reverse in 1988-89, spending by 1992 down over eight bln dlrs if current "
                "policy remains (the condition is the forecast's, the saying asserted); DCT",
            ),
            # 8
            (
                "STATEMENT",
                ("said", "The department said the President's"),
                (("The department", "The department said the President's"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "the President's 1988-92 budget proposals would cut farm spending another 24 bln dlrs (assessment; the "
                "proposals a background nominal); DCT",
            ),
            # 9
            (
                "STATEMENT",
                ("said", "1980-86, it"),
                (("it", "1980-86, it"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "forecast: foreign economic growth close to 2.6 pct in 1987; DCT",
            ),
            # 10
            (
                "STATEMENT",
                ("said", "seven years, the department"),
                (("the department", "seven years, the"),) + USA_GOV,
                None,
                WAS_LC,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "forecast: U.S. export volume expected to rise in fiscal 1987 for the first time in seven years; DCT",
            ),
        ],
        "skip": [
            ("issued", "domestic farm-program administration (generic certificates, 34a): no type"),
            (("exchanged", "had not"), "statistics (certificates not exchanged)"),
            ("authorized", "agentless domestic programme step (content of the statement)"),
            ("issuance", "domestic programme (content)"),
            ("provide", "content of the forecast"),
            ("Freeing", "domestic programme effect (content of the assessment)"),
            (("exchanged", "certificates were"), "statistics (certificate exchanges last summer)"),
            ("helped", "statistics / causal remark, no acting actor"),
            ("averaged", "market-price movement (farm-level corn prices)"),
            ("led", "statistics (content)"),
            ("projected", "agentless forecast (content of the statement)"),
            ("reverse", "forecast of spending (statistics, content)"),
            ("remains", "condition of the forecast"),
            ("proposals", "background nominal (the President's budget proposals; REQUEST USA -> Congress arguable)"),
            (("cut", "would cut"), "content of the assessment (budget effect)"),
            (("expected", "foreign economic growth"), "agentless forecast (statistics)"),
            (("rise", "expected to"), "agentless forecast (statistics: export volume)"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("U.S.", "making"), "GPE", "USA"),
            (("U.S.", "Partially"), "GPE", "USA"),
        ],
    },
    "reuters21578-14039": {
        "events": [
            # 0
            (
                "COOPERATE",
                "won",
                ("Telefon AB L.M. Ericsson",) + SWE_BUS,
                ("U.S. West Co Inc", "USA", "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "has won its third contract from U.S. West for digital exchange equipment (a contract won from a "
                "customer, EVENTS.md 8); present perfect, no time expression: undated (rule 17; 'over the next five "
                "years' is the supply period); 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                "available",
                (None,) + SWE_BUS,
                None,
                STO,
                "1987-04-07",
                "day",
                None,
                "negated",
                None,
                "'No financial details were available': a withheld statement, Ericsson implied (own_blind2's 'No further "
                "details were available'); DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "The company said"),
                ("The company",) + SWE_BUS,
                None,
                STO,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "the contract provides for replacing over 50 old Mountain Bell exchanges with Ericsson's AXE system "
                "(terms of the contract already coded: content); DCT",
            ),
        ],
        "skip": [
            ("said", "rule-3 attribution (the contract won is the event)"),
            ("supplied", "content of the contract (supply period)"),
            ("provided", "terms of the contract (a document: content of the statement)"),
            ("replacement", "content of the contract"),
            ("run", "stative (exchanges operated by Mountain Bell)"),
        ],
        "entities": [
            ("Sweden", "GPE", "SWE"),
            ("Telefon AB L.M. Ericsson", "ORG", "SWE"),
            ("U.S. West Co Inc", "ORG", "USA"),
            ("Idaho", "GPE", "USA"),
            ("Mountain Bell", "ORG", "USA"),
            (("U.S. West", "one of"), "ORG", "USA"),
            (("Ericsson", "Ericsson's AXE"), "ORG", "SWE"),
        ],
    },
    "reuters21578-16763": {
        "events": [
            # 0
            (
                "REQUEST",
                "asked",
                LYNG,
                ("Japan",) + JPN_GOV,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Lyng has asked Japan to open its farm market further (a request to an identified party); present "
                "perfect relayed by 'an Agriculture Ministry official told reporters' (rule-3 attribution), no time "
                "expression: undated (sets 15/16); in the meeting that opened his visit (Lyng 'is here': TOKYO)",
            ),
            # 1
            (
                "STATEMENT",
                "telling",
                (("Lyng", "quoted Lyng"),) + USA_GOV,
                None,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Maki quoted Lyng as telling Kato that removing import restrictions would help Japan as well as the "
                "U.S. (an evaluation, no actor told it should act: EVENTS.md 2; REQUEST / later mention of the request "
                "arguable); relayed speech ('quoted ... as telling'): undated",
            ),
            # 2
            (
                "CONSULT",
                "meeting",
                (("Lyng", "visit to Japan by"),) + USA_GOV,
                (("Kato", "meeting with"),) + JPN_GOV,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the meeting with Kato that opened Lyng's 12-day visit (a nominal with its own predication, EVENTS.md 11; "
                "visitor first, EVENTS.md 13); no time expression (75a's first day of an undated visit): undated; the "
                "visit a background nominal (skipped, CONSULT arguable)",
            ),
            # 3
            (
                "STATEMENT",
                "replying",
                (("Kato", "quoted Kato"),) + JPN_GOV,
                None,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Kato replied that Japan was already the world's largest grain importer (a rebuttal with no explicit "
                "refusal: STATEMENT, REJECT arguable); relayed by Maki ('quoted ... as replying'): undated",
            ),
            # 4
            (
                "STATEMENT",
                ("added", "Kato added"),
                (("Kato", "Kato added"),) + JPN_GOV,
                None,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Japan the largest customer for U.S. grain, 53 pct food self-reliance in 1985 (statistics); a second "
                "reporting clause (EVENTS.md 3) in Maki's account of the undated meeting: undated (DCT arguable)",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Lyng said the U.S. Put"),
                (("Lyng", "Lyng said the U.S. Put"),) + USA_GOV,
                None,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the U.S. puts high priority on talks on 12 farm products and on beef, citrus and rice (the talks "
                "content); said in the meeting and relayed by Maki (the story's closing 'Lyng said ..., Maki said'): "
                "undated (DCT arguable)",
            ),
            # 6
            (
                "ACCUSE",
                "Complaints",
                (("U.S.", "U.S. Complaints"),) + USA_GOV,
                (("Japan", "Complaints against"),) + JPN_GOV,
                None,
                "1986",
                "year",
                "last year",
                "asserted",
                None,
                "U.S. complaints against Japan to the GATT last year on 12 farm products (complaint = ACCUSE; a nominal "
                "with its own date, EVENTS.md 11); 'last year' = 1986, year",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "Kato said Japan will"),
                (("Kato", "Kato said Japan will"),) + JPN_GOV,
                None,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Japan will keep its self-sufficiency level and try not to produce surplus rice (domestic policy: no "
                "type); in Maki's account of the meeting: undated (DCT arguable)",
            ),
            # 8
            (
                "STATEMENT",
                ("added", "he added"),
                (("he", "he added"),) + JPN_GOV,
                None,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the world farm market suffers from surpluses caused by exporting countries' production (assessment; "
                "'exporting countries' generic: no ACCUSE target); Kato in the relayed meeting: undated (DCT arguable)",
            ),
            # 9
            (
                "STATEMENT",
                ("said", "Lyng said the U.S. Has"),
                (("Lyng", "Lyng said the U.S. Has"),) + USA_GOV,
                None,
                TOK,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the U.S. has been trying to cut farm output with expensive programs (domestic policy); relayed ('..., "
                "Maki said' attribution): undated",
            ),
            # 10
            (
                "CONSULT",
                "discussions",
                (("the U.S.", "Maki said the U.S. And"),) + USA_GOV,
                (("Japan", "U.S. And Japan"),) + JPN_GOV,
                None,
                "1987-04-20",
                "day",
                "April 20",
                "planned",
                None,
                "the U.S. and Japan will hold detailed discussions at a meeting on April 20 (talks, first-named party "
                "first; 'hold' a light verb); planned, dated by 'on April 20'; 'Maki said' rule-3 attribution; "
                "Yeutter's joining part of the same meeting",
            ),
        ],
        "skip": [
            ("told", "rule-3 attribution (Lyng's request is the event)"),
            (("open", "asked Japan to"), "content of the request"),
            ("cut", "purpose of the request"),
            (("ease", "deficit and"), "purpose of the request"),
            (("quoted", "Hideo Maki"), "attribution of relayed speech (Lyng's telling is the record)"),
            ("removal", "content of the statement"),
            (("help", "would help"), "content of the statement"),
            ("visit", "background nominal (the visit the meeting opened; CONSULT USA -> JPN arguable, 75a)"),
            ("dicuss", "purpose of the visit"),
            (("quoted", "However, Maki"), "attribution of relayed speech (Kato's reply is the record)"),
            ("depended", "statistics (content)"),
            (("talks", "priority on"), "content of the statement (talks given priority; CONSULT arguable)"),
            ("named", "part of the complaints nominal (the products named)"),
            ("maintain", "content of the statement (domestic policy)"),
            (("produce", "try not to"), "content of the statement (domestic policy)"),
            ("suffers", "content of the assessment"),
            (("production", "rising"), "generic exporting countries (no identifiable actor)"),
            ("trying", "content of the statement (U.S. domestic programs)"),
            (("said", "programs, Maki"), "attribution of relayed speech (Lyng's statement is the record)"),
            (("said", "Maki said the U.S. And"), "rule-3 attribution (the planned discussions are the event)"),
            (("talks", "GATT trade"), "content: topic of the planned discussions (the new GATT round)"),
            ("join", "participation in the same planned meeting (part of the CONSULT)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            (("Japan", "asked"), "GPE", "JPN"),
            ("Washington", "GPE", "USA"),
            ("Agriculture Ministry", "ORG", "JPN"),
            ("Hideo Maki", "PERSON", "JPN"),
            ("Economic Affairs Bureau", "ORG", "JPN"),
            (("Lyng", "quoted Lyng"), "PERSON", "USA"),
            ("Mutsuki Kato", "PERSON", "JPN"),
            (("Japan", "would help"), "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            (("Kato", "meeting with"), "PERSON", "JPN"),
            (("Japan", "visit to"), "GPE", "JPN"),
            (("Lyng", "visit to Japan by"), "PERSON", "USA"),
            (("Maki", "However,"), "PERSON", "JPN"),
            (("Kato", "quoted Kato"), "PERSON", "JPN"),
            (("Japan", "replying that"), "GPE", "JPN"),
            (("Kato", "Kato added"), "PERSON", "JPN"),
            (("Japan", "Kato added"), "GPE", "JPN"),
            (("U.S.", "customer for"), "GPE", "USA"),
            (("Lyng", "Lyng said the U.S. Put"), "PERSON", "USA"),
            (("U.S.", "Lyng said the U.S. Put"), "GPE", "USA"),
            (("U.S.", "U.S. Complaints"), "GPE", "USA"),
            (("Japan", "Complaints against"), "GPE", "JPN"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            (("Kato", "Kato said Japan will"), "PERSON", "JPN"),
            (("Japan", "Kato said Japan will"), "GPE", "JPN"),
            (("Lyng", "Lyng said the U.S. Has"), "PERSON", "USA"),
            (("U.S.", "Lyng said the U.S. Has"), "GPE", "USA"),
            (("Maki", "programs, Maki"), "PERSON", "JPN"),
            (("Maki", "Maki said the U.S. And"), "PERSON", "JPN"),
            (("U.S.", "Maki said the U.S. And"), "GPE", "USA"),
            (("Japan", "U.S. And Japan"), "GPE", "JPN"),
            (("GATT", "new round of"), "ORG", None),
            (("U.S.", "which U.S. Trade"), "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
        ],
    },
    "reuters21578-9847": {
        "events": [
            # 0
            (
                "REQUEST",
                "signed",
                ("One hundred members of Britain's ruling Conservative Party",) + GBR_GOV,
                GBR_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "signed a motion calling for trade sanctions against Japan (a demand by legislators of the ruling party, "
                "addressed to their own government, implied: the government 'drawing up contingency plans' in the third "
                "sentence; JPN as the sanctions' target or actor2 null arguable); present perfect, no time expression: "
                "undated (rule 17)",
            ),
            # 1
            (
                "STATEMENT",
                "announced",
                ("The government",) + GBR_GOV,
                None,
                None,
                "1987-03",
                "month",
                "last week",
                "asserted",
                None,
                "statistics release: Japan's 5.9 bln dlr surplus with Britain in 1986; 'last week' from Thu 26 March = "
                "16-20 March, one month: month precision (EVENTS.md 21); no place in the text: location null",
            ),
            # 2
            (
                "SANCTION",
                "plans",
                (("the government", "Industry said the"),) + GBR_GOV,
                (("Japan", "plans to force"),) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "the government is drawing up contingency plans to force Japan to open its markets (sanctions merely "
                "prepared and considered: hypothetical, 60b's 'considering how to retaliate'); the measures have no date: "
                "undated; the Department of Trade and Industry's 'said' rule-3 attribution",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "a spokesman said"),
                ("a spokesman",) + GBR_GOV,
                None,
                LON,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "such moves were very much a last resort (an assessment of the plans, no warning issued to Japan: "
                "STATEMENT, THREATEN arguable); a spokesman of the DTI (EVENTS.md 4); wire style: DCT, dateline city",
            ),
            # 4
            (
                "SANCTION",
                "blocking",
                GBR_IMPLIED,
                ("Japanese companies", "JPN", "BUS"),
                None,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "idea being considered: blocking Japanese companies from trading in Britain (a trade restriction merely "
                "considered: hypothetical; each measure its own record, the sets 17/18 allocation call); the British "
                "government implied; undated",
            ),
            # 5
            (
                "SANCTION",
                "revoking",
                GBR_IMPLIED,
                ("Japanese operations", "JPN", "BUS"),
                None,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "idea being considered: revoking licences of Japanese operations in the City (hypothetical, undated)",
            ),
        ],
        "skip": [
            ("sanctions", "content of the motion's demand (SANCTION GBR -> JPN hypothetical arguable)"),
            (("force", "to force Tokyo"), "purpose of the demanded sanctions"),
            (("open", "Tokyo to"), "content (purpose) of the demanded sanctions"),
            (("said", "Department of Trade"), "rule-3 attribution (the contingency plans are the event)"),
            (("force", "plans to force"), "purpose of the contingency plans"),
            ("opening", "content of the plans"),
            ("moves", "anaphoric nominal (the contingency plans)"),
            (("trading", "from trading"), "content of the considered measure"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("Conservative Party", "ORG", "GBR"),
            ("Japan", "GPE", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("British", "NORP", "GBR"),
            (("Japan", "announced"), "GPE", "JPN"),
            (("Britain", "surplus with"), "GPE", "GBR"),
            ("Department of Trade and Industry", "ORG", "GBR"),
            (("Japan", "plans to force"), "GPE", "JPN"),
            (("Japanese", "blocking"), "NORP", "JPN"),
            (("Britain", "trading in"), "GPE", "GBR"),
            (("Japanese", "licenses of"), "NORP", "JPN"),
            ("London", "GPE", "GBR"),
        ],
    },
    "reuters21578-2859": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Amir Mines Ltd",) + CAN_BUS,
                None,
                VAN,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "completed negotiations on a private placement with unnamed institutional investors (corporate finance, "
                "no type: own_blind2's bond issue, 72a's syndication); wire style: DCT, dateline city as written",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Amir said"),
                (("Amir", "Amir said"),) + CAN_BUS,
                None,
                VAN,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "proceeds to be used for property acquisition or joint ventures, exploration or working capital (use of "
                "proceeds, no counterpart: content); DCT",
            ),
        ],
        "skip": [
            ("completed", "corporate finance (private placement)"),
            ("negotiations", "corporate finance: placement with unnamed institutional investors (CONSULT arguable)"),
            (("consist", "placement will"), "placement terms (corporate finance)"),
            ("acted", "agents for the share placement (corporate finance, 72a's arranger and agent)"),
            (
                "purchased",
                "share placement with two unnamed Canadian gold funds (corporate finance; COOPERATE arguable)",
            ),
            ("used", "content of the statement (use of proceeds)"),
            ("acquisition", "content: acquisition with no counterpart named"),
            ("participation", "content: joint venture with no counterpart named"),
        ],
        "entities": [
            ("Amir Mines Ltd", "ORG", "CAN"),
            ("United Kingdom", "GPE", "GBR"),
            ("Europe", "LOC", None),
            ("Canada", "GPE", "CAN"),
            (("Amir Mines", "shares of"), "ORG", "CAN"),
            ("Canadian", "NORP", "CAN"),
            ("London", "GPE", "GBR"),
            ("Continental Carlisle Douglas Securities", "ORG", "GBR"),
            ("Yorkton Securities", "ORG", "CAN"),
            ("U.K.", "GPE", "GBR"),
            (("Europe", "U.K. and"), "LOC", None),
            (("Canadian", "two Canadian"), "NORP", "CAN"),
            (("Amir", "Amir said"), "ORG", "CAN"),
            (("U.S.", "western"), "GPE", "USA"),
        ],
    },
    "reuters21578-3666": {
        "events": [
            # 0
            (
                "STATEMENT",
                "comment",
                ("Bank of England officials",) + GBR_GOV,
                None,
                LON,
                "1987-03-11",
                "day",
                None,
                "negated",
                None,
                "'were not immediately available for comment': a withheld statement (EVENTS.md 5), officials of a named "
                "body; DCT, dateline city",
            ),
        ],
        "skip": [
            ("selling", "rumoured intervention (monetary operation) in anonymous market talk"),
            ("prompted", "market reaction to a rumour"),
            (("said", "dealers who"), "anonymous-source talk (dealers)"),
            ("saw", "content of anonymous talk"),
            (("said", "market sources"), "anonymous-source talk (market sources)"),
            ("sanctioned", "monetary operation: the Bank sanctioned a cut in bank interest rates (EVENTS.md 10)"),
            (("cut", "sanctioned a"), "monetary operation (interest rate cut)"),
            ("move", "anaphoric nominal (the rate cut, monetary)"),
            ("aimed", "purpose of a monetary operation"),
            ("budget", "background nominal (the March 17 budget: domestic fiscal, no type)"),
            ("strengthened", "market-price movement (sterling)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank of England", "Bank of England officials"), "ORG", "GBR"),
            (("Bank", "the Bank sanctioned"), "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
        ],
    },
    "reuters21578-12943": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The U.S. Agriculture Department",) + USA_GOV,
                None,
                WAS,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "correction: yesterday's announcement on credit guarantees for Turkey contained two inaccuracies; wire "
                "style: DCT, dateline city",
            ),
            # 1
            (
                "AID",
                "credit guarantees",
                (("the department", "announcement by"),) + USA_GOV,
                ("Turkey",) + ("TUR", "GOV"),
                None,
                "1987-04-02",
                "day",
                "yesterday",
                "asserted",
                None,
                "15.0 mln dlrs in additional credit guarantees for exports of U.S. commodities to Turkey (credit "
                "guarantees = AID, 23b/26a/40b), announced by the department yesterday (a nominal with its own date, "
                "EVENTS.md 11; the announcement rule-3 attribution): 1987-04-02",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "First, the USDA"),
                (("the USDA", "First,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "correction: the announcement should not have said plywood was excluded from the lumber guarantees "
                "(programme terms: content); DCT",
            ),
            # 3
            (
                "STATEMENT",
                "told",
                ("Melvin Sims",) + USA_GOV,
                None,
                WAS,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "Sims (USDA general sales manager) told Reuters he did not expect plywood in the sales but it was "
                "possible (forecast; the 'but that' part of the same clause); DCT",
            ),
            # 4
            (
                "AGREE",
                "pledged",
                ("Members states of the Organization for Economic Cooperation and Development", None, "IGO"),
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "OECD member states have pledged not to offer concessional credits on manufactured products (a mutual "
                "pledge of a group of countries: null, one record, the counterparts the group itself); present perfect, "
                "no time expression: undated; 'Sims said' rule-3 attribution",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "program, Sims"),
                (("Sims", "program, Sims"),) + USA_GOV,
                None,
                WAS,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "the administration is considering whether to let plywood sales be covered by the guarantee program "
                "(programme eligibility under consideration: no type, AID hypothetical arguable); DCT",
            ),
            # 6
            (
                "AID",
                ("line", "previously announced"),
                USA_IMPLIED,
                TUR_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "a previously announced 6.0 mln dlr GSM-102 line for tallow for Turkey's importers (credit guarantees = "
                "AID; a nominal with its own predication, EVENTS.md 11); 'previously' gives no value: undated; the USDA "
                "announcement 'said' is a document",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "Foreign Agricultural Service"),
                ("Walter Stern",) + USA_GOV,
                None,
                WAS,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "correction: the tallow line is available only to public sector importers (an official of a named "
                "body, the FAS: identifiable, EVENTS.md 4); DCT",
            ),
        ],
        "skip": [
            ("announcement", "rule-3 attribution (nominal: the credit guarantees announced yesterday are the event)"),
            ("exports", "content of the credit guarantees"),
            ("inaccuracies", "content of the correction"),
            (("said", "should not have"), "wording of the announcement (a document): content of the correction"),
            ("excluded", "programme terms (content)"),
            (("said", "The original announcement"), "a document 'saying' (EVENTS.md 4): not a speech act"),
            (("included", "The original"), "programme terms (content of the document)"),
            ("anticipate", "content of the statement"),
            (("included", "plywood would be"), "content of the statement"),
            (("sales", "included in the"), "anaphoric nominal (sales under the guarantees)"),
            ("eligible", "stative (programme eligibility)"),
            (("considered", "because it is"), "anonymous opinion ('by some')"),
            ("offer", "content of the pledge"),
            (("said", "products, Sims"), "rule-3 attribution (the OECD pledge is the event)"),
            (
                "considering",
                "programme eligibility under consideration (content of the statement; AID hypothetical arguable)",
            ),
            ("allow", "content of the statement"),
            ("covered", "content of the statement"),
            (("said", "Second, the USDA announcement"), "a document 'saying' (EVENTS.md 4): not a speech act"),
            (("announced", "previously"), "announcement of the tallow line (rule-3 attribution, nominal)"),
            (("available", "was"), "programme terms (content of the document)"),
            (("line", "the line of"), "anaphoric nominal (the tallow line)"),
            (("available", "is available only"), "content of the correction"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("U.S.", "exports of"), "GPE", "USA"),
            ("Turkey", "GPE", "TUR"),
            (("USDA", "First,"), "ORG", "USA"),
            ("Melvin Sims", "PERSON", "USA"),
            (("USDA", "Melvin Sims"), "ORG", "USA"),
            ("Reuters", "ORG", "GBR"),
            ("Organization for Economic Cooperation and Development", "ORG", None),
            (("Sims", "products, Sims"), "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Sims", "program, Sims"), "PERSON", "USA"),
            (("USDA", "Second,"), "ORG", "USA"),
            ("Walter Stern", "PERSON", "USA"),
            ("Foreign Agricultural Service", "ORG", "USA"),
            (("Turkey", "Service"), "GPE", "TUR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
