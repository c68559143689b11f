"""Build ``own_blind30b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind30b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,722 left); 24 drawn with random.Random(30101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
35 event records (32 first mentions, 3 later mentions), 148 not_annotated spans, 92 entity mentions;
one article without events (19397, LPG prices: anonymous traders' and industry sources' talk and market
activity only); 3222 (Bank of Zambia), 16975 (Accu-Weather) and 17621 (Merrill Lynch's Lillis) have
reporting-clause STATEMENTs only. Types: STATEMENT 23, REQUEST 3, CONSULT 2, AGREE 2, REJECT 1, RETREAT 1,
SUPPORT 1, SANCTION 1, THREATEN 1; modality: asserted 28, planned 5, negated 1, hypothetical 1;
precision: day 25, month 5, unknown 4, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context with ``--show``; anchors that would have hit a wrong first match
were written with an ``after`` context from the start: "seen" in "We have already seen" vs "is being
seen", "move" inside "moves", "it" inside "Britain", the two "tied", the two "paid out" in 3222 and in
8203, the two "moratorium", the five "agreement" in 8819 and the six "said" in 19397). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Treasury Secretary James
Baker", "Brazilian Central Banker Francisco Gros": NORP "Brazilian" and the PERSON; "Commerce Secretary
Malcolm Baldrige", "President Kenneth Kaunda": the PERSON); "the Baker plan" gives PERSON "Baker" (as
"Reagan administration" gives "Reagan"); a government body with its country word is one ORG span ("South
African Finance Ministry", as 28b's "Panamanian National Securities Commission"); "House banking
subcommittee" / "House Banking subcommittee" ORG USA (14a's "House Energy subcommittee"); the Bank of
Zambia ORG ZMB, Kenneth Kaunda PERSON ZMB; the Standstill Coordinating Committee / SCC ORG ZAF; the World
Bank, the International Monetary Fund, the Inter-American Development Bank / IADB, OPEC, GATT, the European
Community / EC ORG null; "Latin" (nations), "European" (currencies) NORP null; "Latin America", "Third
World", "Western Europe", "Mediterranean", "Mideast Gulf" LOC null; "U.S. Gulf" one LOC span USA (11b's
"US Gulf", the U.S. Gulf coast); the Miami Herald and Accu-Weather Inc ORG USA; Merrill Lynch Europe Ltd
ORG GBR (9b), Merrill Lynch and Co Inc ORG USA, Charles Lillis PERSON GBR (speaking in London for the
London subsidiary; nationality not given, as 16b's Burnside); "Soviet" NORP SUN; "Taiwanese" NORP TWN;
Dublin GPE IRL; the Treasury Department ORG USA; tickers (<MER.N>), currencies (kwacha, Yen), the Baker
plan itself, "NICS" (a category of countries) and lower-case bodies ("the economic subcommittee of
commercial banks", "EC executive commission" beyond its "EC") are not entities.

Judgement calls made here:
* 3222 (Bank of Zambia arrears, DCT Mon 1987-03-09, LUSAKA): paying out the forex-auction arrears, the
  auctions, their suspension on January 28, the modified system, the auction's retention and the fixed
  exchange rate / revaluation are central-bank and exchange-rate operations (no type, EVENTS.md 10), so
  the speakers' clauses are STATEMENTs: "a bank spokesman said" (ZMB GOV, DCT); the quote '"We have now
  cleared three auctions ...," the spokesman said' its later mention (EVENTS.md 3); "without specifying
  the amount paid out" a withheld STATEMENT (negated, trigger "specifying", 7a/24a's "without providing
  further details"); "It has said the auctions were suspended because ..." a STATEMENT (DCT, "have
  said" rule 16); "President Kenneth Kaunda announced last month" a STATEMENT 1987-02 (location null);
  "Last week, he said" a STATEMENT at month precision 1987-03 (2-8 March, EVENTS.md 21). The "talks with
  the World Bank and the IMF" after which a modified system was planned are a bare nominal, neither dated
  nor clearly held or planned (skipped; CONSULT arguable).
* 8203 (Baker expected to defend debt strategy, DCT Mon 1987-03-23, MIAMI): the planned address "today"
  to the IADB meeting "here" gives three planned records located in Miami and dated 1987-03-23: "is
  expected today to stoutly defend the strategy" STATEMENT (defending a policy, EVENTS.md 6), "is likely
  once again to bluntly reject alternative approaches like wholesale debt relief" REJECT (proponents
  unnamed: actor2 null; placed in the address dated "today", as 16b placed Baker's expected moves in the
  same speech), "is also expected, U.S. officials say, to portray that attempt as a crucial element"
  STATEMENT (the officials' "say" rule-3 attribution); "Baker is expected to underscore these points in
  his address today" is a fourth planned STATEMENT (its own clause and content; a later mention of
  "defend" arguable). "Washington delayed its bid to wrest control of IADB lending from Latin nations" is
  RETREAT USA -> the Latin nations (null group): backing off a pressure campaign (skipping, or REQUEST on
  the bid, arguable), undated (rule 17). '"We have already seen substantial progress," Baker said in a
  Miami Herald article and argued ...' gives two STATEMENTs (EVENTS.md 3), taken as Baker's own wire-style
  words, DCT (a relayed, undated reading arguable). "Brazil's interest payments moratorium, announced last
  month" is a STATEMENT BRA 1987-02 (the freeze has no type, its announcement is a statement: 10a/16b), and
  "Brazil called an indefinite interest payments moratorium" its later mention (the same declaration);
  "have all ceased servicing" their debt (five countries) is the payment freeze (skipped). "Francisco Gros
  met bankers last night" is CONSULT BRA GOV -> the bankers (no nationality: null BUS), 1987-03-22; "what
  U.S. officials predict will be months of extremely tough negotiations" a STATEMENT (USA GOV, DCT), the
  negotiations its content. "The Baker plan, unveiled in October, 1985" is a STATEMENT with the announcer
  implied (USA GOV), 1985-10 (27a's "Announced last February 28 the plan"); the plan "calls on" banks is
  a document (16b). "U.S. officials emphasize ..." is a STATEMENT (lending figures and rescheduling with
  no named parties, "Washington is embracing new ... ideas" stative). Latin nations' debt service, new
  loans and capital flight are statistics; the IADB annual meeting is internal to one body.
* 9007 (Baldrige on NIC currencies, DCT Tue 1987-03-24, WASHINGTON): "Baldrige said he supported efforts
  to persuade newly-industrialized countries (NICS) to revalue currencies" is REQUEST USA -> the NICs
  (a group: null), on "said" (backing pressure on an identifiable group, EVENTS.md 2 and 12a's NICs
  "should let their currencies appreciate"; STATEMENT arguable, as the support is for his own
  government's efforts; "supported" left unskipped), DCT; the quote '"We do need to do something with
  those currencies ...," Baldrige told a House banking subcommittee' is its later mention. "Baldrige told
  a House Banking subcommittee that the Treasury Department was attempting to persuade those countries to
  reach agreement with the United States on exchange rates" is REQUEST USA (Treasury) -> NICs on
  "persuade", "told" rule-3 attribution, undated (an ongoing, standing effort with no time expression:
  set 17's "is insisting"); "attempting" is left unskipped. The dollar's movements and the unnamed
  efforts to lower it are market movements and monetary policy.
* 19397 (LPG prices): no event (a negative). Every speaker is anonymous (traders, industry sources);
  OPEC's mid-year meeting is internal to one body, its possible output increase a condition; "Algeria has
  moved at least two cargoes of propane to the U.S. Gulf" is a market shipment to unnamed buyers
  (COOPERATE DZA -> USA arguable, skipped), "a major U.S. oil company bought propane" a market purchase
  from an unnamed seller; the Dublin industry meeting has no identifiable party.
* 16256 (EC patience with Japan, DCT Mon 1987-04-13, BRUSSELS): "Senior EC diplomats gave a generally
  favourable reaction to an EC executive commission proposal" is SUPPORT null -> the Commission (null
  IGO), trigger "reaction", DCT (a wire-style verbal act): the member states' senior diplomats act as a
  body at their meeting, not as anonymous informants (EVENTS.md 4's "diplomats" skip, or STATEMENT,
  arguable). The proposal's measure "under which the EC could raise tariffs on a range of Japanese
  products if the U.S. carries out a threat" is SANCTION EC (null) -> JPN, hypothetical (a conditional
  measure under consideration), undated; "the proposal" itself is skipped (internal to the EC; REQUEST
  arguable). "a threat to make a similar move on April 17" is THREATEN USA -> JPN (implied by "similar
  move"), a nominal with its own predication (EVENTS.md 11), undated ("April 17" dates the threatened
  move), asserted; "Carries out" is the condition. "Tokyo announced that the EC's trade deficit with
  Japan reached a record" is a statistics STATEMENT JPN GOV, DCT (location Tokyo, the announcing
  government's seat). The member states "starting to run out of patience" and their belief that Japan
  "has repeatedly promised" initiatives are states of mind and habitual content (AGREE arguable for the
  promises, skipped); "Diplomatic sources here said" twice is anonymous; the diplomats' meeting is
  internal to one body.
* 16975 (Accu-Weather): "private forecaster Accu-Weather Inc said" and "it said" are two STATEMENTs
  (USA BUS, DCT 1987-04-21, STATE COLLEGE; 6b's Accu-Weather forecast), each with its own content; the
  weather has no actor.
* 8819 (South Africa and its banks, DCT Tue 1987-03-24, LONDON): every speaker is anonymous ("banking
  sources", "the bankers, who declined to be identified", "Bankers said", "They said"), so the acts they
  report are coded and their "said" skipped. "Representatives of South Africa's Standstill Coordinating
  Committee (SCC) and its commercial bank creditors have agreed new terms" is AGREE ZAF GOV -> the
  creditors (null BUS; first-named party first), dated 1987-03-24 by "today's talks", which "concluded
  months of intense negotiations" (rule 3: the agreement lies inside today's talks; the ministry is to
  comment on it "later today"); undated under rule 17 arguable. "today's talks" is CONSULT ZAF -> the
  banks (both implied), 1987-03-24; the "months of intense negotiations" are a background duration
  (skipped; CONSULT undated arguable). "An agreement reached last year allowed for the conversion ..." is
  AGREE ZAF -> banks (implied), 1986 at year precision (a nominal with its own date). "the South African
  Finance Ministry is expected to make a statement on the agreement later today" is STATEMENT planned
  1987-03-24 (its own time expression; location null). The accord's terms (extension, repayments,
  conversion option) are its content; the banks' subcommittee's review of South Africa's economy has no
  type and its passive "should be announced shortly" no named announcer and no date (skipped; STATEMENT
  planned arguable); "No further details were immediately available" has no identifiable withholder (18a).
* 17621 (Lillis on equity offerings, DCT 1987-06-01, LONDON): three reporting clauses ("said", "He told an
  international equities seminar here", "He said") are three STATEMENTs (GBR BUS for the London
  subsidiary; USA for the parent arguable), each with its own content; the equity flows and new issues
  are statistics and corporate finance.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind30b.jsonl"

LUS = ("LUSAKA", "ZMB")
MIA = ("MIAMI", "USA")
WAS = ("WASHINGTON", "USA")
BRU = ("BRUSSELS", "BEL")
SC = ("STATE COLLEGE", "USA")
LON = ("LONDON", "GBR")
TOKYO = ("Tokyo", "JPN")

SPOKESMAN2 = (("the spokesman", "dlrs,\" the spokesman"), "ZMB", "GOV")
BAKER = ("Treasury Secretary James Baker", "USA", "GOV")
BAKER_HERALD = (("Baker", "progress,\" Baker"), "USA", "GOV")
US_IMPLIED = (None, "USA", "GOV")
NICS_IMPLIED = (None, None, "IGO")
ZAF_IMPLIED = (None, "ZAF", "GOV")
BANKS_IMPLIED = (None, None, "BUS")
ACCU = ("private forecaster Accu-Weather Inc", "USA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3222": {
        "events": [
            # 0
            ("STATEMENT", ("said", "a bank spokesman"), ("a bank spokesman", "ZMB", "GOV"), None, LUS,
             "1987-03-09", "day", None, "asserted", None,
             "the Bank of Zambia has paid out forex arrears from three auctions (the payment is a central-bank "
             "foreign-exchange operation: no type, so the reporting clause is a STATEMENT); wire style: DCT, dateline"),
            # 1
            ("STATEMENT", ("said", "dlrs,\" the spokesman"), SPOKESMAN2, None, LUS,
             "1987-03-09", "day", None, "asserted", 0,
             "later mention: quoted restatement ('We have now cleared three auctions ...', EVENTS.md 3)"),
            # 2
            ("STATEMENT", "specifying", SPOKESMAN2, None, LUS,
             "1987-03-09", "day", None, "negated", None,
             "withheld statement ('without specifying the amount paid out', as 7a/24a's 'without providing further "
             "details')"),
            # 3
            ("STATEMENT", ("said", "It has said"), (("It", "It has said"), "ZMB", "GOV"), None, LUS,
             "1987-03-09", "day", None, "asserted", None,
             "the bank's explanation of the auction suspension ('has said': DCT, EVENTS.md 16); the suspension and "
             "the modified system are domestic monetary policy"),
            # 4
            ("STATEMENT", "announced", ("President Kenneth Kaunda", "ZMB", "GOV"), None, None,
             "1987-02", "month", "last month", "asserted", None,
             "announcement of domestic forex-allocation policy (no type); 'last month' in March 1987 = 1987-02"),
            # 5
            ("STATEMENT", ("said", "Last week, he"), (("he", "Last week,"), "ZMB", "GOV"), None, None,
             "1987-03", "month", "Last week", "asserted", None,
             "assessment: the auction ran into trouble for lack of foreign exchange; 'Last week' from Mon 1987-03-09 "
             "= 2-8 March, held at its month (EVENTS.md 21)"),
        ],
        "skip": [
            ("paid out", "central-bank payment of foreign exchange arrears (monetary operation), content"),
            ("conducted", "forex auctions (monetary operation)"),
            ("cleared", "content of the quote (monetary operation)"),
            (("paid out", "the amount"), "content (monetary operation)"),
            (("paid", "had not paid"), "monetary operation (negated), background"),
            (("suspended", "since it"), "suspension of the forex auctions: domestic monetary measure, no type"),
            (("suspended", "auctions were"), "content of the statement (the suspension)"),
            ("planned", "content of the statement (the bank's plan)"),
            ("introduce", "content of the statement (a modified auction system)"),
            ("talks", "talks with the World Bank and IMF: a bare nominal inside the bank's explanation, neither dated nor "
                      "clearly held or planned (CONSULT arguable)"),
            ("retained", "content of the announcement (domestic policy)"),
            ("allocating", "content of the announcement"),
            ("determine", "content of the announcement"),
            ("run into trouble", "content of the statement"),
            ("fixed", "exchange-rate fixing: monetary policy, no type"),
            ("revaluing", "exchange-rate policy (monetary), no type"),
        ],
        "entities": [
            ("Bank of Zambia", "ORG", "ZMB"),
            ("World Bank", "ORG", None),
            ("International Monetary Fund", "ORG", None),
            ("Kenneth Kaunda", "PERSON", "ZMB"),
        ],
    },
    "reuters21578-8203": {
        "events": [
            # 0
            ("STATEMENT", "defend", BAKER, None, MIA,
             "1987-03-23", "day", "today", "planned", None,
             "expected defence of the debt strategy (defending a policy = STATEMENT, EVENTS.md 6) in today's address "
             "to the IADB meeting here (Miami)"),
            # 1
            ("REJECT", "reject", (("Baker", "Development Bank here"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", "today", "planned", None,
             "likely rejection of alternative approaches like wholesale debt relief (proponents unnamed: actor2 null), "
             "placed in the address dated 'today' in the first and last sentences"),
            # 2
            ("RETREAT", "delayed", (("Washington", "The speech comes"), "USA", "GOV"),
             (("Latin nations", "lending from"), None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Washington delayed its bid to wrest control of IADB lending from Latin nations (backing off a pressure "
             "campaign = RETREAT toward the Latin group, null; skipping is arguable); no time expression (rule 17)"),
            # 3
            ("STATEMENT", "portray", ("The Treasury Secretary", "USA", "GOV"), None, MIA,
             "1987-03-23", "day", "today", "planned", None,
             "expected portrayal of the IADB bid as part of his plan, in today's address; 'U.S. officials say' is "
             "rule-3 attribution"),
            # 4
            ("STATEMENT", ("said", "progress,\" Baker"), BAKER_HERALD, None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "'We have already seen substantial progress' (said in a Miami Herald article: Baker's own words, taken "
             "as a wire-style speech act, DCT; relayed/undated arguable)"),
            # 5
            ("STATEMENT", "argued", BAKER_HERALD, None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): the plan was never meant to be a quick fix (defence of a policy)"),
            # 6
            ("STATEMENT", "announced", (("Brazil", "Brazil's interest"), "BRA", "GOV"), None, None,
             "1987-02", "month", "last month", "asserted", None,
             "Brazil's announcement of the interest moratorium (the freeze has no type, EVENTS.md 10; its announcement "
             "is a STATEMENT, 10a/16b); 'last month' = 1987-02"),
            # 7
            ("STATEMENT", "called", (("Brazil", "Owing foreigners 109"), "BRA", "GOV"), None, None,
             "1987-02", "month", "last month", "asserted", 6,
             "later mention: Brazil 'called' (declared) the moratorium, the same declaration (first mention's date)"),
            # 8
            ("CONSULT", ("met", "Francisco Gros met"), ("Brazilian Central Banker Francisco Gros", "BRA", "GOV"),
             (("bankers", "Gros met"), None, "BUS"), None,
             "1987-03-22", "day", "last\nnight", "asserted", None,
             "meeting with (unnamed, no nationality: null) creditor bankers to begin negotiations; 'last night' = "
             "DCT - 1; the central bank is GOV"),
            # 9
            ("STATEMENT", "predict", (("U.S. officials", "what U.S."), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "forecast: months of tough negotiations (officials of a named government, EVENTS.md 4); DCT, dateline"),
            # 10
            ("STATEMENT", "unveiled", US_IMPLIED, None, None,
             "1985-10", "month", "October, 1985", "asserted", None,
             "the unveiling of the Baker plan: a nominal with its own date (EVENTS.md 11, 27a's 'Announced last "
             "February 28 the plan'), announcer implied (the U.S. Treasury)"),
            # 11
            ("STATEMENT", "emphasize", (("U.S. officials", "U.S. officials emphasize"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "the plan's results (8.5 billion dlrs paid out, payments stretched out, new ideas embraced): statistics "
             "and assessment, no typed act with identified parties"),
            # 12
            ("STATEMENT", "underscore", (("Baker", "Baker is expected to underscore"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", "today", "planned", None,
             "expected to underscore the officials' points in his address today (its own clause and content; a later "
             "mention of the 'defend' record arguable)"),
        ],
        "skip": [
            ("facing", "participial background (the challenge to his plan)"),
            (("challenge", "the toughest"), "background nominal"),
            (("address", "At an opening"), "the address itself: occasion of the speech acts coded on 'reject'/'defend'"),
            (("meeting", "annual meeting of the"), "annual meeting of the IADB: internal meeting of a single body"),
            ("relief", "content of the rejection (hypothetical debt relief)"),
            ("speech", "anaphoric nominal (the address)"),
            ("bid", "object of the delay (the U.S. bid for control of IADB lending; REQUEST arguable)"),
            ("wrest", "content of the bid"),
            (("say", "U.S. officials say"), "rule-3 attribution (the planned portrayal is the event)"),
            ("attempt", "anaphoric nominal (the bid)"),
            ("promote", "content (aims of the plan)"),
            ("meant", "content of the argument (stative)"),
            ("ceased servicing", "payment freeze by Brazil, Ecuador, Peru, Nicaragua and Bolivia: no type (EVENTS.md 10)"),
            (("moratorium", "Brazil's interest"), "payment freeze: no type (EVENTS.md 10)"),
            (("seen", "is being seen"), "no acting actor (how the moratorium is seen)"),
            (("challenge", "major challenge"), "background nominal"),
            (("moratorium", "indefinite interest payments"), "payment freeze: no type (the declaration is coded on "
                                                             "'called')"),
            ("begin", "purpose of the meeting"),
            (("negotiations", "extremely tough"), "content of the forecast (the talks begun by the meeting; CONSULT "
                                                  "planned arguable)"),
            (("paid out", "start of the decade"), "statistics (Latin nations' debt service)"),
            ("received", "statistics (new loans, lenders unnamed)"),
            ("estimated", "impersonal estimate (statistics)"),
            (("left", "estimated to have"), "capital flight: statistics, no actor"),
            ("calls on", "a document (the plan), not a speech act (16b)"),
            ("increase lending", "content of the plan"),
            ("engaging", "content of the plan (generic)"),
            ("reformed", "generic (the theory)"),
            (("paid out", "has been"), "content of the officials' statement (lending statistics, lenders unnamed)"),
            ("stretched out", "content of the statement (debt rescheduling with no named parties)"),
            ("embracing", "content of the statement (stative)"),
            (("negotiations", "debtor-creditor"), "generic negotiations (content)"),
            (("address", "his address today"), "the same speech (occasion of 'underscore')"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("Third World", "LOC", None),
            ("Inter-American Development Bank", "ORG", None),
            (("Baker", "Development Bank here"), "PERSON", "USA"),
            (("Washington", "The speech comes"), "GPE", "USA"),
            ("IADB", "ORG", None),
            (("Latin", "lending from"), "NORP", None),
            (("U.S.", "is also expected,"), "GPE", "USA"),
            ("Latin America", "LOC", None),
            (("Baker", "progress,\" Baker"), "PERSON", "USA"),
            ("Miami Herald", "ORG", "USA"),
            (("Brazil", "But Brazil"), "GPE", "BRA"),
            ("Ecuador", "GPE", "ECU"),
            ("Peru", "GPE", "PER"),
            ("Nicaragua", "GPE", "NIC"),
            ("Bolivia", "GPE", "BOL"),
            (("Brazil", "Brazil's interest"), "GPE", "BRA"),
            (("Baker", "challenge to the Baker"), "PERSON", "USA"),
            (("Brazil", "Owing foreigners 109"), "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            ("Francisco Gros", "PERSON", "BRA"),
            (("U.S.", "what U.S."), "GPE", "USA"),
            (("Latin", "foreign debt, Latin"), "NORP", None),
            (("Baker", "The Baker plan, unveiled"), "PERSON", "USA"),
            (("U.S.", "U.S. officials emphasize"), "GPE", "USA"),
            (("Washington", "into the future"), "GPE", "USA"),
            (("Baker", "Baker is expected to underscore"), "PERSON", "USA"),
        ],
    },
    "reuters21578-9007": {
        "events": [
            # 0
            ("REQUEST", "said", ("Commerce Secretary Malcolm Baldrige", "USA", "GOV"),
             ("newly-industrialized countries", None, "IGO"), WAS,
             "1987-03-24", "day", None, "asserted", None,
             "backs efforts to persuade the NICs to revalue their dollar-linked currencies: pressure on an identifiable "
             "group (EVENTS.md 2, 12a's NICs 'should let their currencies appreciate'; null group); STATEMENT "
             "arguable; wire style: DCT"),
            # 1
            ("REQUEST", ("told", "Baldrige told a House banking"), (("Baldrige", "Baldrige told a House banking"), "USA", "GOV"),
             NICS_IMPLIED, WAS,
             "1987-03-24", "day", None, "asserted", 0,
             "later mention: the quote ('We do need to do something with those currencies ...') restates the call to "
             "the House subcommittee (the audience is not an actor)"),
            # 2
            ("REQUEST", ("persuade", "was attempting to"), ("the Treasury Department", "USA", "GOV"),
             (("those countries", "persuade those"), None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "the Treasury's ongoing attempt to persuade the NICs to reach agreement on exchange rates (pressure); "
             "Baldrige's 'told' is rule-3 attribution; a standing effort with no time expression: undated (set 17's "
             "'is insisting')"),
        ],
        "skip": [
            (("efforts", "supported"), "background nominal (the Treasury's persuading, coded on 'persuade' below)"),
            ("persuade", "content of the statement (coded on 'said')"),
            ("revalue", "content of the request"),
            (("tied", "currencies that are"), "stative"),
            ("help", "purpose clause"),
            (("cut", "United States"), "content (purpose)"),
            ("do something", "content of the quote"),
            ("substituting", "content of the quote (hypothetical)"),
            (("tied", "other nations with"), "stative"),
            ("declined", "market-price movement (the dollar)"),
            (("changed", "has changed"), "market-price movement"),
            ("linked", "stative"),
            (("efforts", "As a result"), "unnamed actors' efforts to lower the dollar (monetary), no actor"),
            (("reduce", "efforts to reduce"), "content (monetary)"),
            ("improve", "content (trade statistics)"),
            (("told", "Baldrige told a House Banking"), "rule-3 attribution (the Treasury's persuading is the event)"),
            (("agreement", "reach agreement"), "content of the request"),
        ],
        "entities": [
            ("Malcolm Baldrige", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Taiwanese", "NORP", "TWN"),
            (("Baldrige", "Baldrige told a House banking"), "PERSON", "USA"),
            ("House banking subcommittee", "ORG", "USA"),
            (("U.S.", "The U.S. dollar"), "GPE", "USA"),
            ("European", "NORP", None),
            ("South Korea", "GPE", "KOR"),
            (("Taiwan", "South Korea and"), "GPE", "TWN"),
            (("Baldrige", "Baldrige told a House Banking"), "PERSON", "USA"),
            ("House Banking subcommittee", "ORG", "USA"),
            ("Treasury Department", "ORG", "USA"),
            (("United States", "agreement with the"), "GPE", "USA"),
        ],
    },
    "reuters21578-19397": {
        "events": [],
        "skip": [
            ("changed", "market-price movement"),
            ("affected", "market-price movement"),
            (("meeting", "mid-year"), "OPEC's mid-year meeting: internal meeting of a single body (background)"),
            (("said", "traders and industry sources"), "anonymous-source talk (traders, industry sources)"),
            ("decides", "condition (hypothetical OPEC decision)"),
            (("increase", "decides to"), "condition (content)"),
            (("said", "a traders"), "anonymous-source talk (a trader)"),
            ("sidelined", "market activity (unnamed buyers)"),
            ("foray", "market activity by unnamed buyers"),
            (("said", "in june, they"), "anonymous-source talk (traders)"),
            (("meeting", "An industry"), "industry meeting with no identifiable party"),
            ("drew", "no event (market participants away from desks)"),
            ("added", "anonymous-source talk (traders)"),
            ("moved", "Algeria's propane cargoes to the U.S. Gulf: market shipments to unnamed buyers (COOPERATE DZA -> "
                      "USA arguable), reported by anonymous traders"),
            ("keeping", "market-price effect"),
            (("said", "steady, traders"), "anonymous-source talk (traders)"),
            ("easing", "market-price movement"),
            ("bought", "market purchase by an unnamed U.S. oil company, seller unnamed"),
            ("selling price", "stative (Saudi Arabia's official selling price)"),
            (("said", "(gsp), industry sources"), "anonymous-source talk (industry sources)"),
            ("quoted", "price quotation"),
            (("said", "25 dlrs, the traders"), "anonymous-source talk (traders)"),
        ],
        "entities": [
            ("OPEC", "ORG", None),
            (("OPEC", "If the"), "ORG", None),
            ("Dublin", "GPE", "IRL"),
            ("Algeria", "GPE", "DZA"),
            ("U.S. Gulf", "LOC", "USA"),
            ("Mediterranean", "LOC", None),
            ("Mideast Gulf", "LOC", None),
            (("U.S.", "a major U.S."), "GPE", "USA"),
            (("Mideast Gulf", "cif Mideast"), "LOC", None),
            ("Saudi Arabia", "GPE", "SAU"),
            ("Japan", "GPE", "JPN"),
        ],
    },
    "reuters21578-16256": {
        "events": [
            # 0
            ("SUPPORT", "reaction", ("Senior EC diplomats", None, "GOV"),
             ("an EC executive commission", None, "IGO"), BRU,
             "1987-04-13", "day", None, "asserted", None,
             "favourable reaction of the member states' senior diplomats (acting as a body at their meeting, not "
             "anonymous informants; EC: null) to the Commission's proposal = endorsement of another actor (SUPPORT; "
             "STATEMENT or skipping as EVENTS.md 4 'diplomats' arguable); a wire-style verbal act: DCT, dateline"),
            # 1
            ("SANCTION", ("tariffs", "could raise"), (("EC", "under which the"), None, "IGO"),
             (("Japanese", "range of"), "JPN", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "the proposed EC tariff increase on Japanese products, conditional on the U.S. move ('could ... if'): "
             "SANCTION hypothetical (events_dev's sanctions under consideration); no date of its own"),
            # 2
            ("THREATEN", "threat", (("U.S.", "if the"), "USA", "GOV"), (None, "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. threat to raise tariffs on Japanese products on April 17 (a nominal with its own predication, "
             "EVENTS.md 11; Japan implied by 'similar move'); 'April 17' dates the threatened move, not the threat: "
             "undated"),
            # 3
            ("STATEMENT", "announced", ("Tokyo", "JPN", "GOV"), None, TOKYO,
             "1987-04-13", "day", None, "asserted", None,
             "statistics release: the EC's March trade deficit with Japan (wire style: DCT; 'Tokyo' the government, "
             "located there)"),
        ],
        "skip": [
            ("run out", "state of mind (member states' impatience), not a verbal act"),
            ("promised", "content of the member states' belief (repeated, habitual promises; AGREE arguable)"),
            (("open", "initiatives to"), "content of the promises"),
            ("moves", "content of the belief (minor market-opening moves)"),
            (("said", "Diplomatic sources here"), "anonymous-source talk (diplomatic sources)"),
            ("actions", "unspecified recent actions by EC countries: background nominal, no type"),
            ("disillusionment", "state of mind"),
            (("reduce", "government to"), "content"),
            (("said", "However, they"), "anonymous-source talk (diplomatic sources)"),
            ("trade war", "hypothetical content of anonymous talk"),
            ("suffer", "hypothetical content"),
            ("proposal", "the Commission's proposal to the member states (the proposed measure is coded on 'tariffs'; "
                         "REQUEST arguable)"),
            ("Carries out", "condition (the U.S. carrying out its threat)"),
            (("move", "similar move"), "content of the threat"),
            (("tariffs", "The EC tariffs"), "anaphoric nominal (the proposed tariffs)"),
            ("renouncing", "hypothetical content (GATT obligations)"),
            ("entered into", "background (GATT obligations)"),
            ("stop", "purpose of the proposed tariffs"),
            ("diversion", "content (trade diversion)"),
            (("meeting", "were meeting"), "meeting of the EC diplomats: internal meeting of a single body"),
            ("reached", "statistics"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("Japan", "GPE", "JPN"),
            (("EC", "actions by"), "ORG", None),
            ("Japanese", "NORP", "JPN"),
            (("EC", "surplus with the"), "ORG", None),
            (("EC", "far off, as"), "ORG", None),
            (("Japan", "as much as"), "GPE", "JPN"),
            (("EC", "Senior"), "ORG", None),
            (("EC", "reaction to an"), "ORG", None),
            (("EC", "under which the"), "ORG", None),
            (("Japanese", "range of"), "NORP", "JPN"),
            (("U.S.", "if the"), "GPE", "USA"),
            (("EC", "The EC tariffs"), "ORG", None),
            ("GATT", "ORG", None),
            (("EC", "exports to the"), "ORG", None),
            (("U.S.", "from that of the"), "GPE", "USA"),
            ("Tokyo", "GPE", "JPN"),
            (("EC", "announced that the"), "ORG", None),
            (("Japan", "deficit with"), "GPE", "JPN"),
        ],
    },
    "reuters21578-16975": {
        "events": [
            # 0
            ("STATEMENT", "said", ACCU, None, SC,
             "1987-04-21", "day", None, "asserted", None,
             "weather forecast for Western Europe's beet areas (6b: Accu-Weather forecast = STATEMENT)"),
            # 1
            ("STATEMENT", ("said", "areas, it"), (("it", "areas, it said"), "USA", "BUS"), None, SC,
             "1987-04-21", "day", None, "asserted", None,
             "second reporting clause with new content: weather will delay planting in Soviet beet areas"),
        ],
        "skip": [
            ("allow", "weather forecast content, no actor"),
            ("progress", "weather forecast content"),
            ("delay", "weather forecast content, no actor"),
            ("linger", "weather"),
        ],
        "entities": [
            ("Western Europe", "LOC", None),
            ("Accu-Weather Inc", "ORG", "USA"),
            ("Britain", "GPE", "GBR"),
            ("France", "GPE", "FRA"),
            ("West Germany", "GPE", "DEU"),
            ("Soviet", "NORP", "SUN"),
            (("Soviet", "Eastern"), "NORP", "SUN"),
        ],
    },
    "reuters21578-8819": {
        "events": [
            # 0
            ("AGREE", "agreed",
             ("Representatives of South Africa's Standstill Coordinating Committee (SCC)", "ZAF", "GOV"),
             ("its commercial bank creditors", None, "BUS"), None,
             "1987-03-24", "day", "today's", "asserted", None,
             "new terms for repaying 14 billion dlrs of debt (first-named party first; creditors of no stated "
             "nationality: null); reported by anonymous banking sources; dated by 'today's talks', which concluded "
             "the negotiations (rule 3: an event placed inside a dated event), the ministry to comment 'later today'"),
            # 1
            ("AGREE", ("agreement", "An agreement reached"), ZAF_IMPLIED, BANKS_IMPLIED, None,
             "1986", "year", "last year", "asserted", None,
             "the earlier standstill agreement 'reached last year' (a nominal with its own date, EVENTS.md 11); the "
             "same two parties implied"),
            # 2
            ("CONSULT", "talks", ZAF_IMPLIED, BANKS_IMPLIED, None,
             "1987-03-24", "day", "today's", "asserted", None,
             "today's talks between South Africa and its creditor banks (a nominal with its own date); parties "
             "implied; the bankers' 'said' is anonymous"),
            # 3
            ("STATEMENT", "statement", ("the South African Finance Ministry", "ZAF", "GOV"), None, None,
             "1987-03-24", "day", "later today", "planned", None,
             "expected statement on the agreement later today (12b/16b's planned statements); relayed by anonymous "
             "bankers, but the time expression dates it"),
        ],
        "skip": [
            (("repayments", "covering"), "content of the agreement"),
            (("said", "banking sources"), "anonymous-source talk (banking sources)"),
            ("standstill agreement", "background nominal (the existing standstill accord), stative"),
            ("expires", "stative (the accord's term)"),
            ("accord", "anaphoric nominal (the new agreement)"),
            ("extended", "content of the accord (the standstill extension; AID planned arguable)"),
            (("repayment", "immediate"), "content of the accord"),
            (("payments", "various"), "content of the accord"),
            (("agreement", "life of the"), "anaphoric nominal"),
            (("payment", "The three pct"), "content of the accord"),
            (("repayments", "Subsequent"), "content of the accord"),
            ("determined", "content of the accord"),
            (("said", "loans, the bankers"), "anonymous-source talk (bankers)"),
            ("declined to be identified", "request for anonymity"),
            (("said", "identified,"), "anonymous-source talk (bankers)"),
            (("agreement", "identified, said the"), "anaphoric nominal"),
            ("give", "content of the accord"),
            ("convert", "content of the accord"),
            ("allowed", "content of last year's agreement"),
            ("conversion", "content of last year's agreement"),
            (("said", "Bankers said"), "anonymous-source talk (bankers)"),
            ("concluded", "the talks ending the negotiations (the talks are coded on 'talks')"),
            ("negotiations", "background nominal: months of negotiations (a duration; CONSULT undated arguable)"),
            (("said", "They said"), "anonymous-source talk (bankers)"),
            (("agreement", "statement on the"), "anaphoric nominal"),
            ("review", "the banks' subcommittee's review of South Africa's economy: no type"),
            ("completion", "content of anonymous talk"),
            ("announced", "planned release of the review, passive with no named announcer, relayed by anonymous "
                          "bankers ('shortly' gives no date; STATEMENT planned arguable)"),
            (("said", "shortly, the bankers"), "anonymous-source talk (bankers)"),
            ("available", "withheld details with no identifiable withholder (the sources are anonymous, 18a)"),
        ],
        "entities": [
            ("South Africa", "GPE", "ZAF"),
            ("Standstill Coordinating Committee", "ORG", "ZAF"),
            ("SCC", "ORG", "ZAF"),
            ("South African Finance Ministry", "ORG", "ZAF"),
            (("South Africa", "review of"), "GPE", "ZAF"),
        ],
    },
    "reuters21578-17621": {
        "events": [
            # 0
            ("STATEMENT", ("said", "<MER.N>,"), ("Charles Lillis", "GBR", "BUS"), None, LON,
             "1987-06-01", "day", None, "asserted", None,
             "assessment: cross-border equity investment rising; Lillis speaks for Merrill Lynch Europe Ltd (London, "
             "GBR as 9b; USA for the parent arguable)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "GBR", "BUS"), None, LON,
             "1987-06-01", "day", None, "asserted", None,
             "statistics of global equity offerings, told to a seminar 'here' (London); its own clause and content"),
            # 2
            ("STATEMENT", ("said", "He said most"), (("He", "He said most"), "GBR", "BUS"), None, LON,
             "1987-06-01", "day", None, "asserted", None, "forecast: new issues from France, Italy and the like"),
        ],
        "skip": [
            ("rising", "market trend (statistics)"),
            ("seeking", "content (investors' aims)"),
            ("seminar", "occasion of the reporting clause"),
            ("amounted", "statistics"),
            ("issues", "new share issues: corporate finance, content of the forecast"),
            ("come from", "content of the forecast"),
        ],
        "entities": [
            ("Charles Lillis", "PERSON", "GBR"),
            ("Merrill Lynch Europe Ltd", "ORG", "GBR"),
            ("Merrill Lynch and Co Inc", "ORG", "USA"),
            ("France", "GPE", "FRA"),
            ("Italy", "GPE", "ITA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
