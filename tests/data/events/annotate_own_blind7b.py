"""Build ``own_blind7b.jsonl``: blind events gold (events + entity mentions), part b of a seventh
blind set, annotated from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py`` (offsets computed from quoted anchors; entity mentions
with its ``entity(...)`` helper). Run from the repo root:

    python tests/data/events/annotate_own_blind7b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,979 left); 40 drawn with random.Random(7001).sample over that pool
minus the 120 stories of an unlabelled entity review, dropping any whose title equals a title
already in a gold set, first 32 kept; this file holds kept draws 24-31 (all 8 kept): 46 event
records (45 first mentions, 1 later mention), 102 ``not_annotated`` spans, 105 entity mentions.
One article (Zimbabwe maize) has no event (anonymous industry sources and statistics only); one (Bank of England forecast) has a
single statistics STATEMENT. See tests/data/events/GUIDELINES.md and ../shared/dev/EVENTS.md for
the rules followed.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), with the
entity's country (null for IGOs such as the EC, OPEC, the World Bank and the ADB, and for regions
spanning countries). The possessive 's is left out of the span; job titles are not part of a PERSON
span and are not ORG mentions ("U.S. Treasury Secretary James Baker": "U.S." GPE + PERSON); accords
("Louvre accord"), wars ("Gulf War"), currencies ("European Currency Units"), rates (LIBOR) and
ships ("Broompark") are not entities of these types; the lower-case "the commission" (a common-noun
back-reference) is left out, "Rafidain bank" is kept as a name.

Judgement calls made here (in the spirit of the shared conventions):
* Iraq "has secured agreement to defer outstanding payments" = AGREE Iraq -> its creditor banks
  (null: a multinational syndicate), undated (convention 8: "agreed to X" is AGREE with X as content,
  although the rescheduling itself would be AID); "five months of negotiations with creditor banks" =
  CONSULT, undated (a nominal with its own extent); the planned "signature of the accord, expected in
  late March" = a separate AGREE, planned, 1987-03; the Gulf International Bank eurocredit "was signed
  in October, 1985" = AGREE (Iraq implied -> GIB, BHR), 1985-10; "Iraq informed the 37 banks ... last
  September it could not meet" repayments = STATEMENT 1986-09 (inability, not a refusal); missed and
  stopped payments have no type; everything said by "banking sources" is left out, including the
  creditor banks' "demands" inside it; "Some banks have agreed to a three-year deferrment" = AGREE
  (null banks -> Iraq), undated; "a series of negotiations ... has been underway" = CONSULT undated.
* Soviet corn cargo "was rejected ... earlier this week" = REJECT by the implied Soviet buyer (SUN)
  against the implied U.S. shipper, 1987-04 (a week kept at its month), with the spokesman's "said"
  as attribution; "The Soviets traditionally refuse" is habitual (skipped); "estimated" = STATEMENT.
* EC budget story: the Commission's proposals "released yesterday" = STATEMENT 1987-03-04; "has also
  proposed to end repayments" is part of those proposals: STATEMENT dated 1987-03-04 as well (not a
  later mention: a distinct element); "has described the current financing system as unfair" =
  STATEMENT (criticism of a system, not an actor), DCT as "have said"; Thatcher "has made clear in
  recent statements that she is not prepared to abandon the present system" = REJECT toward the EC,
  undated ("recent statements" gives no value); all diplomats' and analysts' talk left out; the
  member governments' debate "expected to open next month" = internal meeting of one body (skipped).
* Ecuador's deputy minister "arrived here last night for talks" = CONSULT ECU -> VEN 1987-03-10 plus
  the "talks" CONSULT planned, undated (as own_blind5a's two records for the same visit); "has
  already agreed to lend" = AGREE (convention 8), the loan skipped as content; the pipeline damage
  export suspension has no type.
* Stoltenberg "declined to comment" = STATEMENT negated; "the meeting on Monday with ... Baker" =
  CONSULT DEU -> USA 1987-10-19; the joint "statement released after Monday's meeting" = two STATEMENT
  records (DEU, USA; compound actors split), 1987-10-19; the Louvre target zones "agreed at last
  February's Louvre accord" = AGREE with null actors (group of countries), 1987-02; being "asked" at a
  news conference and "Monday's meeting" (anaphoric) are left out.
* Ongpin (Philippines): the Exim loan "has received" = AID JPN -> PHL undated ("told Reuters" =
  attribution); the World Bank loan "approved ... in March" = AID 1987-03; Miyazawa "expressed
  satisfaction" = SUPPORT JPN -> PHL inside the meeting "here yesterday" (CONSULT PHL -> JPN
  1987-04-26, Ongpin as the visiting party) and "was also discussed" = a later mention of that
  meeting; "Japan is expected to respond favourably" = AGREE planned undated (Ongpin's "said" =
  attribution); the bare "Philippine request" nominals are skipped (convention 11); the postponed
  "Discussion ... until next month" = CONSULT planned 1987-05; "Japan is expected to supply most of the
  financing" = AID planned undated; "will make a strong pitch ... on Tuesday" = REQUEST toward the
  ADB, planned, 1987-04-28; "very happy about the ADB's support" = SUPPORT PHL -> ADB and "I would
  like to see them push more aggressively" = REQUEST PHL -> ADB (the saying is the act, trigger on
  "said"); the quoted "The Japanese have indicated" and "They have told us they can lend us" are
  relayed speech, undated (a STATEMENT - a soft REJECT of the full request is arguable - and an AGREE
  offer respectively); the "he said" closing the first quote is then attribution (the reported content
  is a separate act), while the one closing "But we have to come up with the projects" is a STATEMENT;
  "We are trying get the 15th package" (the speaker's own effort) stays a STATEMENT on "said".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

BAH = ("BAHRAIN", "BHR")
CHI = ("CHICAGO", "USA")
BRU = ("BRUSSELS", "BEL")
CCS = ("CARACAS", "VEN")
BONN = ("Bonn", "DEU")
OSA = ("OSAKA", "JPN")
LDN = ("LONDON", "GBR")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-288": {
        "events": [
            ("AGREE", "agreement", ("Iraq", "IRQ", "GOV"), ("creditor banks", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "secured agreement (rescheduling) with the creditor banks; no time expression -> unknown; "
             "'defer' = content"),
            ("CONSULT", "negotiations", (("Iraq", None), "IRQ", "GOV"), ("creditor banks", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "five months of negotiations with the creditor banks (nominal with its own extent), undated"),
            ("STATEMENT", "informed", (("Iraq", "Iraq informed"), "IRQ", "GOV"), None, None,
             "1986-09", "month", "last\nSeptember", "asserted", None,
             "told the banks it could not meet repayments (inability, not a refusal: STATEMENT); a statement "
             "has no actor2"),
            ("AGREE", "signature", (None, "IRQ", "GOV"), (None, None, "BUS"), None,
             "1987-03", "month", "late March", "planned", None,
             "signature of the rescheduling accord expected in late March (a distinct act from reaching "
             "agreement); parties implied"),
            ("AGREE", ("signed", "Gulf International Bank"), (None, "IRQ", "GOV"),
             ("Gulf International Bank", "BHR", "BUS"), None, "1985-10", "month", "October, 1985", "asserted",
             None, "the other eurocredit, signed in October 1985 with the GIB-led banks; borrower (Iraq) implied"),
            ("CONSULT", ("negotiations", "a series of"), (None, "IRQ", "BUS"),
             ("banks and\nwestern government export credit agencies", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Rafidain's negotiations with banks and export credit agencies (groups: null), no time expression"),
            ("AGREE", ("agreed", "Some banks"), ("Some banks", None, "BUS"), (None, "IRQ", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "some banks agreed to a deferment of Rafidain's letter-of-credit obligations; undated"),
        ],
        "skip": [
            ("defer", "content of the agreement"),
            (("said", "Banking sources"), "anonymous-source talk (banking sources)"),
            ("rescheduling", "anaphoric nominal"),
            ("effort", "background nominal inside anonymous talk"),
            ("meet the remaining", "content of the statement"),
            ("missed", "missed payment: no type"),
            ("lead management", "stative description"),
            (("said", "Banking sources said the agreement"), "anonymous-source talk (banking sources)"),
            ("worked out", "anaphoric (the agreement) inside anonymous talk"),
            ("demands", "creditor demands inside anonymous-source talk (background)"),
            ("paid", "debt payment: no type (content)"),
            (("deferred", "will each be"), "content of anonymous-source talk"),
            (("said", "from the due date"), "anonymous-source talk (banking sources)"),
            ("imposed", "content of anonymous-source talk"),
            ("added", "anonymous-source talk (the sources)"),
            ("rescheduling request", "background nominal"),
            ("seeing", "anonymous bankers' view"),
            ("estimated", "statistics, no acting actor"),
            ("stopped paying", "payment stoppage: no type"),
            ("deferrment", "content of the agreement"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            (("Iraq", "rescheduling is part of"), "GPE", "IRQ"),
            (("Iraq", "oil prices."), "GPE", "IRQ"),
            ("Paris", "GPE", "FRA"),
            ("Union de Banques Arabes et Francaises", "ORG", "FRA"),
            ("UBAF", "ORG", "FRA"),
            (("Iraq", "Bank reaction"), "GPE", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iraq", "economic planners"), "GPE", "IRQ"),
            ("Gulf Arab", "NORP", None),
            ("Saudi Arabia", "GPE", "SAU"),
            ("Kuwait", "GPE", "KWT"),
            ("Rafidain Bank", "ORG", "IRQ"),
            ("Gulf International Bank", "ORG", "BHR"),
            (("Iraq", "The bulk of"), "GPE", "IRQ"),
            ("Rafidain bank", "ORG", "IRQ"),
        ],
    },
    "reuters21578-5847": {
        "events": [],
        "skip": [
            ("fall", "statistics (forecast), no acting actor"),
            ("said", "anonymous-source talk (agricultural industry sources)"),
            (("said", "They"), "anonymous-source talk"),
            ("decline", "statistics"),
            ("delivered", "statistics"),
            (("said", "the sources"), "anonymous-source talk"),
            (("said", "The sources"), "anonymous-source talk"),
            ("offset", "statistics, content of anonymous talk"),
        ],
        "entities": [
            ("Zimbabwe", "GPE", "ZWE"),
            ("Grain Marketing Board", "ORG", "ZWE"),
            ("GMB", "ORG", "ZWE"),
            (("Zimbabwe", "food shortage"), "GPE", "ZWE"),
            (("GMB", "tonnes, the"), "ORG", "ZWE"),
            (("Zimbabwe", "reduced production"), "GPE", "ZWE"),
        ],
    },
    "reuters21578-17145": {
        "events": [
            ("REJECT", "rejected", (None, "SUN", "GOV"), (None, "USA", "BUS"), ("Chicago", "USA"),
             "1987-04", "month", "earlier this week", "asserted", None,
             "cargo rejected for the Soviet buyer (implied) against the U.S. shipper (implied); week kept at "
             "its month; the spokesman's 'said' = attribution"),
            ("STATEMENT", ("said", "contract"), (("he", "specifications"), "USA", "BUS"), None, CHI,
             "1987-04-24", "day", None, "asserted", None, "the elevator spokesman on the failed loading"),
            ("STATEMENT", "added", (("he", "importing"), "USA", "BUS"), None, CHI,
             "1987-04-24", "day", None, "asserted", None, "generic remark on Soviet practice"),
            ("STATEMENT", "estimated", ("The official", "USA", "BUS"), None, CHI,
             "1987-04-24", "day", None, "asserted", None, "forecast of the reloading"),
        ],
        "skip": [
            ("unloaded", "consequence of the rejection, no type"),
            ("being reloaded", "no type"),
            ("said", "rule-3 attribution verb (the rejection is the event)"),
            ("failed", "no type (loading failure)"),
            ("refuse", "habitual/generic statement"),
            ("completed", "content of the forecast"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Soviet\nUnion", "GPE", "SUN"),
            ("Chicago", "GPE", "USA"),
            ("British", "NORP", "GBR"),
            ("Soviets", "NORP", "SUN"),
        ],
    },
    "reuters21578-2117": {
        "events": [
            ("STATEMENT", "released", ("the EC's executive Commission", None, "IGO"), None, BRU,
             "1987-03-04", "day", "yesterday", "asserted", None,
             "release of budget proposals (announcement of an untyped measure)"),
            ("STATEMENT", ("said", "The Commission"), ("The Commission", None, "IGO"), None, BRU,
             "1987-03-05", "day", None, "asserted", None, "justification of the proposals"),
            ("STATEMENT", "described", (None, None, "IGO"), None, BRU,
             "1987-03-05", "day", None, "asserted", None,
             "criticism of a system, not of an actor: STATEMENT; 'has described' dated like 'have said'"),
            ("REJECT", "made clear", ("Margaret Thatcher", "GBR", "GOV"), (("EC", "net\npayments to the"), None, "IGO"),
             None, None, "unknown", None, "asserted", None,
             "not prepared to abandon the rebate system (a refusal, conditional); 'in recent statements' "
             "gives no date -> unknown"),
            ("STATEMENT", "says", ("commission", None, "IGO"), None, BRU,
             "1987-03-05", "day", None, "asserted", None, "assessment of the GNP base"),
            ("STATEMENT", ("proposed", "The Commission has also"), (("The Commission", "farm expenditure"), None, "IGO"), None, BRU,
             "1987-03-04", "day", "yesterday", "asserted", None,
             "part of the proposals released yesterday (a distinct element: first mention)"),
        ],
        "skip": [
            ("cash row", "journalist's forecast, no act"),
            ("emerged", "no actor"),
            (("proposals", "new"), "background nominal"),
            ("Analysis", "analysis by unnamed officials and diplomats"),
            ("showed", "document / analysis, not a speech act"),
            ("agreed", "condition (requirement), not an event"),
            ("debate", "internal meeting of one body (EC member governments)"),
            ("sliding", "content of the statement"),
            ("dissatisfaction", "stative description"),
            (("said", "diplomats said"), "anonymous-source talk (diplomats)"),
            ("reopen", "content of anonymous talk"),
            ("correction", "background nominal (proposed element)"),
            (("said", "Diplomats"), "anonymous-source talk (diplomats)"),
            ("oppose", "content of anonymous talk"),
            ("opposition", "content of anonymous talk"),
            ("abandon", "content of the refusal"),
            ("statements", "vehicle of the refusal ('in recent statements')"),
            ("devised", "condition"),
            (("said", "The diplomats"), "anonymous-source talk (diplomats)"),
            ("consider", "content of anonymous talk"),
            ("base", "content of the proposals"),
            ("compensate", "content of the proposals"),
            (("paid for", "compensate"), "content of the proposals"),
            ("end repayments", "content of the proposal"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            (("EC", "released"), "ORG", None),
            (("Commission", "released"), "ORG", None),
            (("Britain", "released"), "GPE", "GBR"),
            (("Commission", "unanimously"), "ORG", None),
            (("EC", "necessary to prevent"), "ORG", None),
            ("British", "NORP", "GBR"),
            (("EC", "cost of"), "ORG", None),
            (("Britain", "correction of"), "GPE", "GBR"),
            (("EC", "take full advantage"), "ORG", None),
            ("Italy", "GPE", "ITA"),
            ("Belgium", "GPE", "BEL"),
            ("Netherlands", "GPE", "NLD"),
            (("EC", "substantially"), "ORG", None),
            (("Britain", "main opposition"), "GPE", "GBR"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            (("Britain", "under which"), "GPE", "GBR"),
            (("EC", "net\npayments"), "ORG", None),
            (("Thatcher", "The diplomats said"), "PERSON", "GBR"),
            (("Commission", "The Commission's proposals"), "ORG", None),
            (("Britain", "compensate"), "GPE", "GBR"),
            (("EC", "higher proportion"), "ORG", None),
            (("Commission", "The Commission has also"), "ORG", None),
            (("EC", "on behalf"), "ORG", None),
        ],
    },
    "reuters21578-3609": {
        "events": [
            ("CONSULT", "arrived", ("Ecuador's deputy energy minister\nFernando Santos Alvite", "ECU", "GOV"),
             (None, "VEN", "GOV"), ("Caracas", "VEN"), "1987-03-10", "day", "last night", "asserted", None,
             "visit (visitor first) to Venezuela; 'here' = Caracas; 'officials said' = attribution"),
            ("CONSULT", "talks", ("Fernando Santos Alvite", "ECU", "GOV"), (None, "VEN", "GOV"), ("Caracas", "VEN"),
             None, "unknown", None, "planned", None,
             "talks that are the visit's purpose (as own_blind5a's second record), undated"),
            ("AGREE", "agreed", (("Venezuela", "OPEC member"), "VEN", "GOV"), (("Ecuador", "lend"), "ECU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to lend crude (convention 8: AGREE on 'agreed', loan = content); 'already': no date"),
        ],
        "skip": [
            ("assistance", "content of the talks"),
            ("earthquake", "natural disaster"),
            ("said", "rule-3 attribution verb (the visit is the event)"),
            ("suspend", "export suspension after quake damage: no type"),
            ("damage", "accident / disaster"),
            ("lend", "content of the agreement"),
            ("repaid", "content of the agreement"),
            ("help meet", "purpose clause"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("Fernando Santos Alvite", "PERSON", "ECU"),
            ("Venezuelan", "NORP", "VEN"),
            (("Ecuador", "officials said"), "GPE", "ECU"),
            ("Pacific", "LOC", None),
            ("Balao", "GPE", "ECU"),
            ("OPEC", "ORG", None),
            (("Venezuela", "OPEC member"), "GPE", "VEN"),
            (("Ecuador", "lend"), "GPE", "ECU"),
        ],
    },
    "reuters21578-20087": {
        "events": [
            ("STATEMENT", "comment", ("West German Finance Minister Gerhard\nStoltenberg", "DEU", "GOV"), None, BONN,
             "1987-10-20", "day", None, "negated", None, "withheld statement ('declined to comment')"),
            ("AGREE", ("agreed", "target\nzones"), (None, None, "IGO"), None, None,
             "1987-02", "month", "last February's", "asserted", None,
             "target zones agreed in the Louvre accord by a group of countries (null actors)"),
            ("CONSULT", "meeting", ("West German Finance Minister Gerhard\nStoltenberg", "DEU", "GOV"),
             ("U.S.\nTreasury Secretary James Baker", "USA", "GOV"), None,
             "1987-10-19", "day", "Monday", "asserted", None, "meeting with Baker on Monday; place not given"),
            ("STATEMENT", "referred", (("Stoltenberg", "Bonn"), "DEU", "GOV"), None, BONN,
             "1987-10-20", "day", None, "asserted", None, "referral to the joint statement at the news conference"),
            ("STATEMENT", ("statement", "referred to"), (None, "DEU", "GOV"), None, None,
             "1987-10-19", "day", "Monday's", "asserted", None,
             "joint statement released after Monday's meeting: German party (compound split)"),
            ("STATEMENT", ("statement", "referred to"), (None, "USA", "GOV"), None, None,
             "1987-10-19", "day", "Monday's", "asserted", None,
             "joint statement released after Monday's meeting: U.S. party (compound split)"),
            ("STATEMENT", "noted", (("he", "accord, he noted"), "DEU", "GOV"), None, BONN,
             "1987-10-20", "day", None, "asserted", None, "remark on the Louvre formula"),
        ],
        "skip": [
            ("changed", "content of the question"),
            ("asked", "question by journalists"),
            ("news conference", "venue of the statements"),
            (("meeting", "Monday's"), "anaphoric nominal (Monday's meeting)"),
            (("said", "which"), "document saying (the statement's content)"),
            ("cooperation", "content of the statement"),
            ("used", "no type"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Gerhard\nStoltenberg", "PERSON", "DEU"),
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Bonn", "GPE", "DEU"),
            (("Stoltenberg", "Bonn"), "PERSON", "DEU"),
        ],
    },
    "reuters21578-17217": {
        "events": [
            ("AID", "received", ("the Japanese Export-Import Bank", "JPN", "GOV"), ("The Philippines", "PHL", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "loan received from Japan's Exim Bank (lender = actor1); 'told Reuters' = attribution; undated"),
            ("STATEMENT", ("said", "Ongpin said the loan"), (("Ongpin", "Ongpin said the loan"), "PHL", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None, "loan terms and comparison"),
            ("AID", "approved", ("the\nWorld Bank", None, "IGO"), (None, "PHL", "GOV"), None,
             "1987-03", "month", "in March", "asserted", None, "World Bank recovery loan approved in March"),
            ("SUPPORT", "expressed satisfaction", ("Kiichi Miyazawa", "JPN", "GOV"), (("Philippines", "rescheduling"), "PHL", "GOV"),
             ("Osaka", "JPN"), "1987-04-26", "day", "yesterday", "asserted", None,
             "satisfaction at the Philippine debt rescheduling, voiced in yesterday's meeting; Ongpin's "
             "'said' = attribution"),
            ("CONSULT", ("meeting", "satisfaction"), (("Ongpin", "Ongpin said Japanese"), "PHL", "GOV"),
             ("Kiichi Miyazawa", "JPN", "GOV"), ("Osaka", "JPN"), "1987-04-26", "day", "yesterday", "asserted",
             None, "meeting here yesterday (Ongpin the visiting party, Japan the host)"),
            ("CONSULT", "discussed", (None, "PHL", "GOV"), (None, "JPN", "GOV"), ("Osaka", "JPN"),
             "1987-04-26", "day", "yesterday", "asserted", 4,
             "the aid package 'was also discussed' in the same meeting: later mention"),
            ("AGREE", "respond favourably", (("Japan", "said the Japan"), "JPN", "GOV"), (("Philippine", "respond"), "PHL", "GOV"), None,
             None, "unknown", None, "planned", None,
             "expected favourable response to the aid request (a forecast of agreement); 'said' = attribution"),
            ("STATEMENT", ("indicated", "The Japanese"), ("The Japanese", "JPN", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "relayed speech inside Ongpin's quote: undated"),
            ("STATEMENT", ("said", "Ongpin said Manila"), (("Ongpin", "Ongpin said Manila"), "PHL", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None, "projects in the pipeline"),
            ("STATEMENT", ("said", "commodity loans"), (("he", "loans,\" he said"), "PHL", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "the speaker's own group's effort ('We are trying get'): STATEMENT"),
            ("CONSULT", "Discussion", (None, "PHL", "GOV"), (None, "JPN", "GOV"), None,
             "1987-05", "month", "next month", "planned", None,
             "discussion of the land-reform loan request put off until next month"),
            ("AID", "supply", (("Japan", "for which"), "JPN", "GOV"), (None, "PHL", "GOV"), None,
             None, "unknown", None, "planned", None, "Japan expected to finance the land reform program; undated"),
            ("REQUEST", "strong pitch", (("he", "Ongpin said he will"), "PHL", "GOV"),
             ("Asian Development Bank", None, "IGO"), ("Osaka", "JPN"), "1987-04-28", "day", "Tuesday", "planned",
             None, "appeal for the land reform program in Tuesday's ADB speech; 'said' = attribution"),
            ("SUPPORT", ("said", "Ongpin said the Philippines is"), (("Ongpin", "Ongpin said the Philippines is"), "PHL", "GOV"),
             (("ADB", "very happy"), None, "IGO"), OSA, "1987-04-27", "day", None, "asserted", None,
             "'very happy about the ADB's support': praise of the ADB; the saying is the act"),
            ("REQUEST", ("said", "private sector"), (("he", "sector,\" he said"), "PHL", "GOV"), (("them", "like to see"), None, "IGO"), OSA,
             "1987-04-27", "day", None, "asserted", None,
             "'I would like to see them push more aggressively': a demand on the ADB; the saying is the act"),
            ("STATEMENT", ("said", "Ongpin said he expects"), (("Ongpin", "Ongpin said he expects"), "PHL", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None, "forecast of ADB lending"),
            ("AGREE", "told us", (("They", "same level"), None, "IGO"), (("us", "told us"), "PHL", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the ADB's offer to lend two billion dlrs (a promise, asserted though conditional), relayed inside "
             "Ongpin's quote: undated; 'he said' is the next sentence's STATEMENT"),
            ("STATEMENT", ("said", "come up with the projects"), (("he", "projects,\" he said"), "PHL", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None, "quote on the projects needed"),
        ],
        "skip": [
            ("told Reuters", "rule-3 attribution verb (the loan is the event)"),
            (("said", "Ongpin said Japanese"), "rule-3 attribution verb (the support and meeting are the events)"),
            ("rescheduling", "background nominal (undated debt rescheduling)"),
            (("said", "Ongpin said the Japan"), "rule-3 attribution verb"),
            ("request", "bare presupposed nominal (convention 11)"),
            ("raise", "content of the request"),
            ("delayed", "no type"),
            ("change of government", "domestic background"),
            (("said", "one big jump"), "rule-3 attribution verb (the Japanese indication is the event)"),
            ("asking for", "content of the quote"),
            ("bring it up", "content of the Japanese indication"),
            ("trying get", "content of the quote (the speaker's own effort)"),
            (("request", "Discussion on a"), "bare presupposed nominal (convention 11)"),
            ("put off", "postponement: no type"),
            ("delays", "no type"),
            (("said", "Ongpin said he will"), "rule-3 attribution verb"),
            ("speech", "vehicle of the pitch"),
            ("annual meeting", "internal meeting of one body (the ADB)"),
            ("support after", "background nominal"),
            ("took over", "domestic transfer of power: no type"),
            ("deposed", "background"),
            ("push", "content of the request"),
            ("borrower", "statistics"),
            ("lending to the Philippines", "content of the forecast"),
            ("lend us", "content of the offer"),
        ],
        "entities": [
            ("Philippines", "GPE", "PHL"),
            ("Japanese Export-Import Bank", "ORG", "JPN"),
            (("Philippine", "Export-Import Bank"), "NORP", "PHL"),
            ("Jaime Ongpin", "PERSON", "PHL"),
            ("Reuters", "ORG", "GBR"),
            (("Ongpin", "Reuters"), "PERSON", "PHL"),
            ("World Bank", "ORG", None),
            (("Ongpin", "World Bank"), "PERSON", "PHL"),
            (("Japanese", "Ongpin said"), "NORP", "JPN"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            (("Philippines", "rescheduling"), "GPE", "PHL"),
            (("Japan", "The 14th"), "GPE", "JPN"),
            ("Overseas\nEconomic Cooperation Fund", "ORG", "JPN"),
            (("Ongpin", "also discussed"), "PERSON", "PHL"),
            (("Japan", "said the Japan"), "GPE", "JPN"),
            (("Philippine", "respond favourably"), "NORP", "PHL"),
            (("Japan", "originally scheduled for"), "GPE", "JPN"),
            (("Philippines", "was delayed"), "GPE", "PHL"),
            (("Japanese", "fiscal year"), "NORP", "JPN"),
            (("Ongpin", "15th package"), "PERSON", "PHL"),
            ("Manila", "GPE", "PHL"),
            (("Philippine", "Discussion on a"), "NORP", "PHL"),
            (("Japan", "for which"), "GPE", "JPN"),
            (("Ongpin", "preparatory work"), "PERSON", "PHL"),
            ("Asian Development Bank", "ORG", None),
            ("ADB", "ORG", None),
            (("Ongpin", "ADB"), "PERSON", "PHL"),
            (("Philippines", "ADB"), "GPE", "PHL"),
            (("ADB", "very happy"), "ORG", None),
            ("Corazon Aquino", "PERSON", "PHL"),
            ("Ferdinand Marcos", "PERSON", "PHL"),
            (("Philippines", "Marcos"), "GPE", "PHL"),
            ("Pakistan", "GPE", "PAK"),
            (("Ongpin", "Pakistan"), "PERSON", "PHL"),
            (("ADB", "Pakistan"), "ORG", None),
            (("Philippines", "ADB lending"), "GPE", "PHL"),
        ],
    },
    "reuters21578-8147": {
        "events": [
            ("STATEMENT", "said", ("The Bank of England", "GBR", "GOV"), None, LDN,
             "1987-03-23", "day", None, "asserted", None,
             "statistics release: liquidity shortage forecast ('forecast' is part of the reporting clause)"),
        ],
        "skip": [
            ("forecast", "part of the reporting clause (one record on 'said')"),
            ("drain", "market / liquidity flows, no actor"),
            ("take out", "market / liquidity flows"),
            ("add", "market / liquidity flows"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind7b.jsonl")
