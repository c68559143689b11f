"""Build ``own_blind21a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind21a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,859 left); 24 drawn with random.Random(21101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 0-7 (8 articles).
46 event records (42 first mentions, 4 later mentions), 122 not_annotated spans, 126 entity mentions;
no article without events; 8631 (Sony plant) and 11972 (Finnish currency basket) have a single
reporting-clause STATEMENT only. Types: STATEMENT 20, CONSULT 12, REQUEST 5, REJECT 4, AGREE 4,
COOPERATE 1; modality: asserted 37, planned 8, negated 1.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 458 (Lawson / Funaro, a sister story of own_blind9b's 759): "Lawson has told ... Funaro that
  negotiations on Brazil's debt to commercial banks are a matter for the commercial banks
  themselves, a Treasury spokesman said" is REJECT GBR -> BRA on "told" (a refusal of an official
  role, the headline's "has no role"; STATEMENT arguable), the spokesman's "said" rule-3
  attribution, dated 1987-03-02 by the talks "this morning" of the next sentence (rule 3; the DCT
  either way). "the Chancellor had emphasised in talks this morning with Funaro the need for the
  Brazilian authorities to be able to present a convincing economic program" is REQUEST GBR -> BRA
  (an identified actor told how to act, EVENTS.md 2, as events_dev's "Brazil should come up with a
  new plan"), and the talks themselves, which carry their own date and participants, are CONSULT
  BRA -> GBR (visitor first), 1987-03-02, London (the first leg of the European tour; 9b coded the
  same meeting). "He added an accord with the IMF could be a very helpful support" is a STATEMENT
  (no actor asked). "The Treasury spokesman pointed out that today's talks had been at Funaro's
  request" is REQUEST BRA -> GBR (implied) on "request" by rule 3, undated (the request has no time
  expression), "today's talks" anaphoric. "is on the first leg of a tour of European capitals" is
  CONSULT BRA -> the governments (a group, null), undated (present tense, no time expression of its
  own). "Brazil has in the past rejected a substantial role for the IMF" is REJECT BRA -> IMF,
  undated; "arguing" and the argument's "threaten democracy" are skipped. "last week visited
  Washington" is CONSULT BRA -> USA, 1987-02 (23-27 February at its month, EVENTS.md 21, as 9b);
  "his talks with U.S. Officials had resulted in no new financial arrangement" is its later mention
  (nominal with its own predication); "He had earlier met Federal Reserve Board Chairman Paul
  Volcker and U.S. Treasury Secretary James Baker" is a separate CONSULT BRA -> USA (one record for
  the same-country compound), undated ("earlier" gives no value; the visit's 1987-02 arguable).
  Funaro's "said on Saturday in Washington" (counterfactual justification of the suspension:
  STATEMENT, ACCUSE of the agencies arguable), "said earlier today" and "said on Friday" are
  STATEMENTs dated by their expressions (1987-02-28, 1987-03-02, 1987-02-27). "After travelling
  this week to France, Germany, Switzerland and Italy, Funaro hopes to visit Canada and Japan next
  week before starting negotiations with banks": six CONSULT planned records (one per country,
  EVENTS.md 12), 1987-03 ("this week" 2-6 March and "next week" 9-13 March at month precision;
  "hopes to" read as an intention = planned) and CONSULT planned BRA -> the banks (null BUS),
  undated ("before" gives no value). The February 20 payment suspension and the "moratorium" are
  skipped (EVENTS.md 10); "was interpreted by banking sources as a clear rebuff" is anonymous.
* 1605 (Federal Express route): "The Department of Transportation said that an administrative law
  judge had recommended that ... service ... be granted to Federal Express" is REQUEST USA (the
  judge) -> USA (the department that decides, implied), as 17b's tribunal recommendation to the
  government (SUPPORT of Federal Express arguable); pluperfect, no time expression: undated; the
  department's "said" rule-3 attribution. "the law judge recommended that backup service be
  granted to <Orion Air Inc>" is a second REQUEST (its own content and beneficiary), undated. The
  expected final decision and "if finally approved" are skipped. Orion Air Inc (no country in the
  text) is taken as USA from the dateline and the U.S. route (7a's Dune Resources call); "Federal"
  and "Orion" as short names are ORG mentions.
* 8631 (Sony Malaysia): setting up its own subsidiary has no type (18a's SmithKline plant), so
  "Sony Corp said" is a STATEMENT (DCT, TOKYO). The Malaysian subsidiaries Sony Electronics (M)
  Sdn Bhd and Toyo Audio (M) Sdn Bhd (and "Toyo") are ORG MYS ("(M)", Sdn Bhd; as 15a's Sdn Bhd),
  Sony itself JPN.
* 4246 (Saudi output): every "said" of "oil industry sources" / "They" / "the sources" is anonymous
  (skipped with its content: output, exports, stock sales, the buyers' liftings); "which OPEC says
  must be counted towards a member's production quota" is OPEC's standing rule in the generic
  present inside the sources' talk (skipped). "as agreed by Opec last December" is AGREE by OPEC
  (null IGO, no actor2: an agreement among members), 1986-12: a background fact with its own agent
  and date (EVENTS.md 11), not the sources' claim. "King Fahd reiterated yesterday ... the Saudi
  commitment to OPEC's December pact" is AGREE SAU -> OPEC (confirming a commitment, sets 4-7),
  1987-03-11, location null (an interview, place not given); "OPEC's December pact" is a dated
  nominal: later mention of OPEC's agreement (1986-12, "December"); the quote '"Saudi Arabia is
  completely sticking to OPEC decisions," he said' is the later mention of the reiteration (quoted
  restatement, EVENTS.md 3), taking its date. "the kingdom's determination" and "was insisting on
  getting Opec official prices" are the sources' inference (skipped; REQUEST arguable).
* 11972 (Bank of Finland basket): revising the currency-basket weightings is a unilateral
  exchange-rate / monetary measure (EVENTS.md 10), so "said" is a STATEMENT (DCT, HELSINKI); the
  table's crowns and mark give NORP mentions (Swedish, Norwegian, Danish, German), currencies are
  not entities and the wire sign-off "REUTER" is not tagged.
* 15303 (USDA discount schedules): "is seeking public comments" is REQUEST USA -> null (the public
  is no identifiable actor, 19a), undated (present progressive, 17a's "is seeking"); "Comments are
  due by April 24" is its deadline. "The department said it is possible that producers could be
  encouraged ..." is a STATEMENT (DCT, WASHINGTON). "a report to Congress is required by law by May
  10" is a statutory requirement with a deadline (skipped; planned STATEMENT arguable). The CCC's
  accepting and purchasing grain is generic.
* 17430 (Hodel): "said he does not support an oil import fee" is REJECT of a proposal (6b's
  opposition to pending bills, 12a's "opposes"), the saying being the act (trigger "said"), toward
  the fee's proponents in Congress (USA GOV, implied), DCT, LOS ANGELES; '"I am an advocate for
  incentives for exploration," Hodel said' is a STATEMENT (a policy, EVENTS.md 6) and 'but added,
  "I do not favor an oil import fee."' the REJECT's later mention (quoted restatement). The other
  nine "Hodel said" / "The secretary also said" clauses (the fee's effect, drilling incentives,
  exploration needed, dependence forecasts, Congress's likely reaction to OPEC, gas lines, the
  environment) are STATEMENTs (evaluations and forecasts with no actor asked; "supports drilling
  incentives" backs policies, not an actor). "Earlier today, Congressmen from oil producing states
  introduced a bill that would impose a fee on oil imports" is legislative procedure (skipped as in
  12b; the fee has no target: SANCTION hypothetical arguable).
* 20485 (Ericsson office machines): "said it would sell its office machinery unit ... to Norway's
  <Norska Design Funktion A/S>" is COOPERATE SWE -> NOR planned, undated (rule 17), "said"
  attribution. Ericsson Information Systems' "said in a statement a decision would be reached in
  November about when the Norwegian firm would take over the operation" is a STATEMENT (DCT,
  STOCKHOLM; the decision on timing has no type and the takeover is the sale's content). "No price
  was given for the deal" is a withheld STATEMENT (negated, EVENTS.md 5, Ericsson implied, SWE BUS);
  Larsson's "said" a STATEMENT.
* Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
  dateline); job titles are not tagged ("U.K. Chancellor of the Exchequer Nigel Lawson": "U.K." GPE
  and the PERSON; "U.S. Interior Secretary Donald Hodel": "U.S." and the PERSON; "King Fahd": the
  PERSON "Fahd"), while "Federal Reserve Board" in a title is ORG (20a) and "Treasury" in "a
  Treasury spokesman" (the department named for its spokesman, 7a) is ORG GBR; "the Chancellor",
  "central bank", "the kingdom", "the department" and "Congressmen" are common nouns; the IMF,
  OPEC / Opec are ORG null; "European" (capitals) NORP null; "Germany" (1987) GPE DEU; the Gulf LOC
  null; Aramco ORG SAU; Mobil, Exxon, Texaco and Chevron ORG USA; Reuters and Visnews ORG GBR (the
  London-based television news agency; the text gives no country); the Arctic National Wildlife
  Refuge (also misspelt "Artic") is LOC USA; "U.S" without its final point is a GPE; laws (Windfall
  Profits Tax, Fuel Use Act) are not entities; bracketed company names are tagged without brackets,
  tickers are left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
TOK = ("TOKYO", "JPN")
HEL = ("HELSINKI", "FIN")
LA = ("LOS ANGELES", "USA")
STO = ("STOCKHOLM", "SWE")
WASHINGTON = ("Washington", "USA")
FUNARO_LAST = ("Funaro", "Italy, Funaro")
HODEL_FEE = (None, "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-458": {
        "events": [
            # 0
            ("REJECT", "told", ("U.K. Chancellor of the Exchequer Nigel Lawson", "GBR", "GOV"),
             ("Brazil's Finance Minister Dilson Funaro", "BRA", "GOV"), LON,
             "1987-03-02", "day", "this morning", "asserted", None,
             "debt negotiations are a matter for the banks themselves: refusal of an official role (the headline's "
             "'has no role'; STATEMENT arguable); told in the talks 'this morning' (next sentence, rule 3); the "
             "Treasury spokesman's 'said' is rule-3 attribution"),
            # 1
            ("REQUEST", "emphasised", (("the Chancellor", "spokesman said the Chancellor"), "GBR", "GOV"),
             ("the Brazilian authorities", "BRA", "GOV"), LON,
             "1987-03-02", "day", "this morning", "asserted", None,
             "the need for the Brazilian authorities to present a convincing economic program (an identified actor "
             "told how to act, EVENTS.md 2); 'said' attribution"),
            # 2
            ("CONSULT", ("talks", "emphasised in talks"), (("Funaro", "this morning with Funaro"), "BRA", "GOV"),
             (("the Chancellor", "spokesman said the Chancellor"), "GBR", "GOV"), LON,
             "1987-03-02", "day", "this morning", "asserted", None,
             "Funaro's talks with Lawson this morning (visitor first; London, the first leg of his European tour)"),
            # 3
            ("STATEMENT", "added", (("He", "He added"), "GBR", "GOV"), None, LON,
             "1987-03-02", "day", None, "asserted", None,
             "evaluation: an IMF accord could be a helpful support (no actor asked, EVENTS.md 2)"),
            # 4
            ("CONSULT", "tour", (("Funaro", "Funaro, accompanied"), "BRA", "GOV"),
             (("governments", "explain to governments"), None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "tour of European capitals (the governments: a group, null); present tense, no time expression: "
             "undated (rule 17; 'earlier this month' dates the suspension)"),
            # 5
            ("REJECT", "rejected", (("Brazil", "Brazil has in the past"), "BRA", "GOV"),
             (("IMF", "role for the"), None, "IGO"), None,
             None, "unknown", None, "asserted", None, "rejected a substantial IMF role ('in the past': no value)"),
            # 6
            ("CONSULT", "visited", ("Funaro and Gros", "BRA", "GOV"), ("Washington", "USA", "GOV"), WASHINGTON,
             "1987-02", "month", "last week", "asserted", None,
             "visit to Washington last week (23-27 February, kept at its month, EVENTS.md 21; as own_blind9b)"),
            # 7
            ("STATEMENT", ("said", "Funaro said on Saturday"), (("Funaro", "Funaro said on Saturday"), "BRA", "GOV"),
             None, WASHINGTON, "1987-02-28", "day", "on Saturday", "asserted", None,
             "counterfactual justification of the suspension (no new financing from agencies; ACCUSE arguable)"),
            # 8
            ("STATEMENT", ("said", "He said earlier today"), (("He", "He said earlier today"), "BRA", "GOV"), None, LON,
             "1987-03-02", "day", "earlier today", "asserted", None,
             "Brazil approaches governments before the banks (strategy; the approach is the tour)"),
            # 9
            ("STATEMENT", ("said", "Funaro said on Friday"), (("Funaro", "Funaro said on Friday"), "BRA", "GOV"),
             None, None, "1987-02-27", "day", "on Friday", "asserted", None,
             "the U.S. talks produced no new financial arrangement; place not given"),
            # 10
            ("CONSULT", ("talks", "his talks with"), (("his", "his talks with"), "BRA", "GOV"),
             ("U.S. Officials", "USA", "GOV"), WASHINGTON,
             "1987-02", "month", "last week", "asserted", 6,
             "later mention: the talks with U.S. officials of last week's Washington visit (own predication)"),
            # 11
            ("CONSULT", ("met", "He had earlier met"), (("He", "He had earlier met"), "BRA", "GOV"),
             ("Federal Reserve Board Chairman Paul Volcker and U.S. Treasury Secretary James Baker", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "met Volcker and Baker (same-country compound: one record); 'earlier' gives no value (the Washington "
             "visit's 1987-02 arguable)"),
            # 12
            ("REQUEST", ("request", "at Funaro's"), (("Funaro", "at Funaro"), "BRA", "GOV"), (None, "GBR", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "today's talks were held at Funaro's request (rule 3: 'pointed out' attribution); the request itself "
             "has no time expression"),
            # 13
            ("CONSULT", "travelling", (FUNARO_LAST, "BRA", "GOV"), ("France", "FRA", "GOV"), ("France", "FRA"),
             "1987-03", "month", "this week", "planned", None, "visit this week (2-6 March) to France"),
            # 14
            ("CONSULT", "travelling", (FUNARO_LAST, "BRA", "GOV"), ("Germany", "DEU", "GOV"), ("Germany", "DEU"),
             "1987-03", "month", "this week", "planned", None, "visit this week to (West) Germany"),
            # 15
            ("CONSULT", "travelling", (FUNARO_LAST, "BRA", "GOV"), ("Switzerland", "CHE", "GOV"), ("Switzerland", "CHE"),
             "1987-03", "month", "this week", "planned", None, "visit this week to Switzerland"),
            # 16
            ("CONSULT", "travelling", (FUNARO_LAST, "BRA", "GOV"), ("Italy", "ITA", "GOV"), ("Italy", "ITA"),
             "1987-03", "month", "this week", "planned", None, "visit this week to Italy"),
            # 17
            ("CONSULT", ("visit", "hopes to visit"), (FUNARO_LAST, "BRA", "GOV"), ("Canada", "CAN", "GOV"),
             ("Canada", "CAN"), "1987-03", "month", "next week", "planned", None,
             "hopes to visit Canada next week (9-13 March; an intended visit: planned)"),
            # 18
            ("CONSULT", ("visit", "hopes to visit"), (FUNARO_LAST, "BRA", "GOV"), ("Japan", "JPN", "GOV"),
             ("Japan", "JPN"), "1987-03", "month", "next week", "planned", None, "hopes to visit Japan next week"),
            # 19
            ("CONSULT", ("negotiations", "starting negotiations"), (FUNARO_LAST, "BRA", "GOV"),
             (("banks", "negotiations with banks"), None, "BUS"), None,
             None, "unknown", None, "planned", None,
             "negotiations with the commercial banks to start after the tour ('before' gives no value)"),
        ],
        "skip": [
            (("said", "a Treasury spokesman"), "rule-3 attribution (Lawson's telling is the event)"),
            (("negotiations", "Funaro that"), "content of the refusal (the banks' debt negotiations)"),
            (("said", "The spokesman said"), "rule-3 attribution (the emphasis is the event)"),
            ("present", "content of the request"),
            (("accord", "He added an"), "content of the statement (a hypothetical IMF accord)"),
            (("support", "very helpful"), "content of the statement"),
            ("suspended", "Brazil's payment suspension: no matching type (EVENTS.md 10)"),
            ("interpreted", "anonymous-source talk (banking sources)"),
            ("rebuff", "content of the anonymous interpretation"),
            (("hopes", "rebuff to"), "content of the anonymous interpretation"),
            ("cooperation", "content (hoped-for official cooperation)"),
            ("accompanied", "part of the tour"),
            ("explain", "purpose of the tour"),
            (("suspension", "indefinite"), "background nominal (the payment freeze, EVENTS.md 10)"),
            ("arguing", "participial elaboration of the rejection (EVENTS.md 3)"),
            ("managing", "content of the rejected role"),
            ("austerity program", "content of the argument"),
            ("promoting", "content of the argument"),
            ("dampening", "content of the argument"),
            ("lead to recession", "content of the argument"),
            ("threaten democracy", "content of the argument (no threat by an actor)"),
            (("trip", "part of their"), "anaphoric nominal (the tour)"),
            ("enlist", "purpose of the trip"),
            (("support", "enlist"), "purpose of the trip"),
            ("attempts", "background nominal (Brazil's reform drive)"),
            (("suspended", "would not have"), "counterfactual content of the statement"),
            ("received", "counterfactual content of the statement"),
            ("approaching", "content of the statement (the approach to governments is the tour)"),
            (("talking", "before"), "content of the statement (the bank talks, coded in the last sentence)"),
            ("moratorium", "background nominal (the payment freeze)"),
            ("political discussion", "content of the quote"),
            ("resulted", "content of the statement"),
            ("arrangement", "content of the statement (no new financing; AID negated arguable)"),
            ("describing", "participial elaboration of the statement (EVENTS.md 3)"),
            (("meeting", "describing the"), "anaphoric nominal (the U.S. talks)"),
            ("pointed out", "rule-3 attribution (Funaro's request is the event)"),
            (("talks", "today's"), "anaphoric nominal (this morning's talks, coded at their first mention)"),
            (("hopes", "Funaro hopes"), "intention governing the planned visits (coded on 'visit')"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            ("Brazil", "GPE", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            (("Brazil", "negotiations on"), "GPE", "BRA"),
            (("Treasury", "a Treasury"), "ORG", "GBR"),
            (("Funaro", "this morning with"), "PERSON", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            ("International Monetary Fund", "ORG", None),
            ("IMF", "ORG", None),
            (("Brazil", "Brazil on February"), "GPE", "BRA"),
            (("Lawson", "Lawson's attitude"), "PERSON", "GBR"),
            (("Brazilian", "rebuff to"), "NORP", "BRA"),
            (("Funaro", "Funaro, accompanied"), "PERSON", "BRA"),
            ("Francisco Gros", "PERSON", "BRA"),
            ("European", "NORP", None),
            (("Brazil", "explain to governments"), "GPE", "BRA"),
            (("Brazil", "Brazil has in the past"), "GPE", "BRA"),
            (("IMF", "role for the"), "ORG", None),
            (("IMF", "arguing that an"), "ORG", None),
            (("Funaro", "Funaro and Gros"), "PERSON", "BRA"),
            (("Gros", "Funaro and Gros"), "PERSON", "BRA"),
            ("Washington", "GPE", "USA"),
            (("Funaro", "Funaro said on Saturday"), "PERSON", "BRA"),
            (("Washington", "on Saturday in"), "GPE", "USA"),
            (("Brazil", "Washington that"), "GPE", "BRA"),
            (("Brazil", "earlier today that"), "GPE", "BRA"),
            (("Funaro", "Funaro said on Friday"), "PERSON", "BRA"),
            (("U.S.", "talks with"), "GPE", "USA"),
            (("Brazil", "help resolve"), "GPE", "BRA"),
            ("Federal Reserve Board", "ORG", "USA"),
            ("Paul Volcker", "PERSON", "USA"),
            (("U.S.", "Volcker and"), "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            (("Treasury", "The Treasury spokesman"), "ORG", "GBR"),
            (("Funaro", "at Funaro"), "PERSON", "BRA"),
            ("France", "GPE", "FRA"),
            ("Germany", "GPE", "DEU"),
            ("Switzerland", "GPE", "CHE"),
            ("Italy", "GPE", "ITA"),
            (FUNARO_LAST, "PERSON", "BRA"),
            ("Canada", "GPE", "CAN"),
            ("Japan", "GPE", "JPN"),
        ],
    },
    "reuters21578-1605": {
        "events": [
            # 0
            ("REQUEST", "recommended", ("an administrative law judge", "USA", "GOV"), (None, "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "recommended decision that the U.S.-Tokyo package service be granted to Federal Express, addressed to "
             "the department that decides (17b's tribunal recommendation; SUPPORT of Federal Express arguable); "
             "pluperfect, no time expression: undated; the department's 'said' is attribution"),
            # 1
            ("REQUEST", ("recommended", "the law judge recommended"), ("the law judge", "USA", "GOV"),
             (None, "USA", "GOV"), None, None, "unknown", None, "asserted", None,
             "second recommendation: backup service for Orion Air (its own content and beneficiary); undated"),
        ],
        "skip": [
            (("said", "Transportation"), "rule-3 attribution (the recommendation is the event)"),
            (("granted", "Tokyo be"), "content of the recommendation"),
            ("decision", "expected final decision, outcome unknown: no type"),
            ("expected", "part of the pending decision"),
            (("said", "the department said"), "rule-3 attribution (the recommendation is the event)"),
            (("granted", "backup service be"), "content of the recommendation"),
            ("order", "anaphoric nominal (the recommended order)"),
            ("approved", "condition (hypothetical final approval)"),
        ],
        "entities": [
            ("Department of Transportation", "ORG", "USA"),
            ("United States", "GPE", "USA"),
            ("Tokyo", "GPE", "JPN"),
            ("Federal Express Corp", "ORG", "USA"),
            ("Orion Air Inc", "ORG", "USA"),
            (("Federal", "in the case of"), "ORG", "USA"),
            (("Orion", "one year in the case of"), "ORG", "USA"),
        ],
    },
    "reuters21578-8631": {
        "events": [
            ("STATEMENT", "said", ("Sony Corp", "JPN", "BUS"), None, TOK,
             "1987-03-24", "day", None, "asserted", None,
             "announcement of a second Malaysian subsidiary (setting up its own unit: no type, 18a's plant)"),
        ],
        "skip": [
            ("set up", "setting up its own subsidiary: no type (18a's SmithKline plant)"),
            ("make", "production, no type"),
            ("provide", "corporate plans (capital, jobs), no type"),
            ("targetted", "sales target, no act toward another party"),
            (("made", "Penang has"), "standing production (stative since 1984)"),
        ],
        "entities": [
            ("Sony Corp", "ORG", "JPN"),
            ("Malaysia", "GPE", "MYS"),
            ("Sony Electronics (M) Sdn Bhd", "ORG", "MYS"),
            ("Penang", "GPE", "MYS"),
            ("U.S.", "GPE", "USA"),
            ("Europe", "LOC", None),
            (("Sony", "Sony's wholly"), "ORG", "JPN"),
            ("Toyo Audio (M) Sdn Bhd", "ORG", "MYS"),
            (("Penang", "Toyo Audio"), "GPE", "MYS"),
            (("U.S.", "export to the"), "GPE", "USA"),
            (("Europe", "export to the"), "LOC", None),
            (("Toyo", "Toyo sales"), "ORG", "MYS"),
        ],
    },
    "reuters21578-4246": {
        "events": [
            # 0
            ("AGREE", "agreed", (("Opec", "agreed by"), None, "IGO"), None, None,
             "1986-12", "month", "last December", "asserted", None,
             "OPEC's December accord on an 18 dlr price (a background fact with its own agent and date, EVENTS.md 11; "
             "not the sources' claim); bare month, past: 1986-12"),
            # 1
            ("AGREE", "reiterated", ("King Fahd", "SAU", "GOV"), (("OPEC", "commitment to"), None, "IGO"), None,
             "1987-03-11", "day", "yesterday", "asserted", None,
             "reiterated the Saudi commitment to OPEC's pact (confirming a commitment = AGREE, sets 4-7); interview, "
             "place not given"),
            # 2
            ("AGREE", "pact", (("OPEC", "commitment to"), None, "IGO"), None, None,
             "1986-12", "month", "December", "asserted", 0,
             "later mention: OPEC's December pact (a dated nominal)"),
            # 3
            ("AGREE", ("said", "\"Saudi Arabia is"), (("he", "decisions,\" he"), "SAU", "GOV"),
             (("OPEC", "sticking to"), None, "IGO"), None,
             "1987-03-11", "day", "yesterday", "asserted", 1,
             "later mention: the quoted restatement of the commitment (EVENTS.md 3), from yesterday's interview"),
        ],
        "skip": [
            ("fallen", "statistics (output level), content of anonymous talk"),
            ("determination", "content of anonymous talk"),
            (("keep", "determination to"), "content of anonymous talk"),
            (("said", "industry sources"), "anonymous-source talk (oil industry sources)"),
            (("said", "They said Saudi output"), "anonymous-source talk"),
            ("averaged", "statistics"),
            (("said", "They said Saudi Arabia was also"), "anonymous-source talk"),
            ("selling", "market activity, content of anonymous talk"),
            ("says", "OPEC's standing rule (generic present) inside anonymous talk"),
            ("counted", "content of the rule"),
            ("indicated", "inference inside anonymous talk"),
            ("insisting", "content of anonymous talk (REQUEST arguable)"),
            (("said", "lower production, the"), "anonymous-source talk"),
            ("interview", "venue of the reiteration"),
            ("boost", "content of the pact"),
            (("said", "The sources said the kingdom"), "anonymous-source talk"),
            (("averaged", "exports from Gulf"), "statistics"),
            (("said", "They said Saudi Arabia was allowing"), "anonymous-source talk"),
            ("allowing", "content of anonymous talk"),
            ("maintain", "content of anonymous talk"),
            ("enjoy", "stative, content of anonymous talk"),
            ("bound to pay", "standing obligation, content of anonymous talk"),
            (("said", "official prices, the sources"), "anonymous-source talk"),
            ("firmed", "market-price movement"),
            ("delayed", "market activity by unnamed buyers (content of anonymous talk)"),
            (("said", "would improve, the"), "anonymous-source talk"),
            ("expected", "anonymous-source forecast"),
            ("sought", "market activity by unnamed buyers"),
        ],
        "entities": [
            ("Saudi Arabian", "NORP", "SAU"),
            ("Opec", "ORG", None),
            (("Saudi", "They said Saudi output"), "NORP", "SAU"),
            ("Kuwait", "GPE", "KWT"),
            (("Saudi Arabia", "They said Saudi Arabia was also"), "GPE", "SAU"),
            ("OPEC", "ORG", None),
            (("Saudi Arabia", "Saudi Arabia's quota"), "GPE", "SAU"),
            (("Saudi Arabia", "indicated"), "GPE", "SAU"),
            (("Opec", "getting"), "ORG", None),
            ("Fahd", "PERSON", "SAU"),
            ("Reuters", "ORG", "GBR"),
            ("Visnews", "ORG", "GBR"),
            (("Saudi", "the Saudi commitment"), "NORP", "SAU"),
            (("OPEC", "commitment to"), "ORG", None),
            (("Saudi Arabia", "\"Saudi Arabia is"), "GPE", "SAU"),
            (("OPEC", "sticking to"), "ORG", None),
            ("Gulf", "LOC", None),
            (("Saudi Arabia", "They said Saudi Arabia was allowing"), "GPE", "SAU"),
            (("U.S.", "four U.S."), "GPE", "USA"),
            ("Aramco", "ORG", "SAU"),
            ("Mobil", "ORG", "USA"),
            ("Exxon", "ORG", "USA"),
            ("Texaco", "ORG", "USA"),
            ("Chevron", "ORG", "USA"),
            (("OPEC", "below OPEC"), "ORG", None),
        ],
    },
    "reuters21578-11972": {
        "events": [
            ("STATEMENT", "said", ("The Bank of Finland", "FIN", "GOV"), None, HEL,
             "1987-04-01", "day", None, "asserted", None,
             "announcement of the revised currency-basket weights (exchange-rate policy: no type)"),
        ],
        "skip": [
            ("revised", "currency-basket reweighting: unilateral exchange-rate / monetary measure (EVENTS.md 10)"),
            ("match", "stative"),
        ],
        "entities": [
            ("Bank of Finland", "ORG", "FIN"),
            (("Finland", "share in Finland"), "GPE", "FIN"),
            ("Swedish", "NORP", "SWE"),
            ("Norwegian", "NORP", "NOR"),
            ("Danish", "NORP", "DNK"),
            ("German", "NORP", "DEU"),
        ],
    },
    "reuters21578-15303": {
        "events": [
            ("REQUEST", "seeking", ("The U.S. Agriculture Department", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "seeks public comments (the public: no identifiable actor2, 19a); present progressive with no time "
             "expression: undated (17a's 'is seeking'); 'by April 24' is the comments' deadline"),
            ("STATEMENT", ("said", "The department said"), ("The department", "USA", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "assessment: adjusted premiums and discounts could encourage better grain deliveries"),
        ],
        "skip": [
            ("comments", "content of the request"),
            ("adjusting", "content (a possible domestic rule change)"),
            ("improve", "purpose"),
            ("accepts", "generic: the CCC's standing loan operations"),
            ("stipulates", "stative (the schedule's terms)"),
            (("accepts", "grain the CCC"), "generic"),
            ("purchases", "generic"),
            ("encouraged", "content of the statement"),
            (("adjusting", "CCC by"), "content of the statement"),
            ("Comments are due", "deadline of the request"),
            ("report to Congress", "statutory report due by a deadline (planned STATEMENT arguable; 'by May 10' "
             "a deadline, not a date)"),
            ("required", "legal requirement"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            (("CCC", "grain the CCC"), "ORG", "USA"),
            (("CCC", "grain to CCC"), "ORG", "USA"),
            ("Congress", "ORG", "USA"),
        ],
    },
    "reuters21578-17430": {
        "events": [
            # 0
            ("REJECT", "said", ("U.S. Interior Secretary Donald Hodel", "USA", "GOV"), HODEL_FEE, LA,
             "1987-04-29", "day", None, "asserted", None,
             "opposes an oil import fee (opposition to a proposal = REJECT, as 6b/12a; the fee's proponents in "
             "Congress implied as actor2); the saying is the act"),
            # 1
            ("STATEMENT", ("said", "\"I am an advocate"), (("Hodel", "exploration,\" Hodel"), "USA", "GOV"), None, LA,
             "1987-04-29", "day", None, "asserted", None,
             "advocacy of exploration incentives (a policy, not an actor: EVENTS.md 6)"),
            # 2
            ("REJECT", "added", (("Hodel", "exploration,\" Hodel"), "USA", "GOV"), HODEL_FEE, LA,
             "1987-04-29", "day", None, "asserted", 0,
             "later mention: quoted restatement 'I do not favor an oil import fee' (EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "nation,\" Hodel"), (("Hodel", "nation,\" Hodel"), "USA", "GOV"), None, LA,
             "1987-04-29", "day", None, "asserted", None,
             "argument against the fee (justification), in an address to business executives"),
            # 4
            ("STATEMENT", ("said", "Hodel said he supports"), (("Hodel", "Hodel said he supports"), "USA", "GOV"),
             None, LA, "1987-04-29", "day", None, "asserted", None,
             "supports drilling incentives (policies: EVENTS.md 6)"),
            # 5
            ("STATEMENT", ("said", "The secretary also said"), ("The secretary", "USA", "GOV"), None, LA,
             "1987-04-29", "day", None, "asserted", None,
             "evaluation: exploration offshore California and in the refuge is necessary (no actor asked)"),
            # 6
            ("STATEMENT", ("said", "exploration, Hodel said"), (("Hodel", "exploration, Hodel said"), "USA", "GOV"),
             None, LA, "1987-04-29", "day", None, "asserted", None, "forecast: failure to approve means dependence"),
            # 7
            ("STATEMENT", ("said", "requirements,\" Hodel"), (("Hodel", "requirements,\" Hodel"), "USA", "GOV"),
             None, LA, "1987-04-29", "day", None, "asserted", None, "forecast: import dependence of 50 pct or more"),
            # 8
            ("STATEMENT", ("said", "allocate supplies, Hodel"), (("Hodel", "allocate supplies, Hodel"), "USA", "GOV"),
             None, LA, "1987-04-29", "day", None, "asserted", None,
             "forecast: Congress would likely act if OPEC raised prices"),
            # 9
            ("STATEMENT", ("said", "gas lines,\" Hodel"), (("Hodel", "gas lines,\" Hodel"), "USA", "GOV"),
             None, LA, "1987-04-29", "day", None, "asserted", None, "forecast: gas lines"),
            # 10
            ("STATEMENT", ("said", "sensitive areas, Hodel"), (("Hodel", "sensitive areas, Hodel"), "USA", "GOV"),
             None, LA, "1987-04-29", "day", None, "asserted", None, "assessment: exploration would not harm the areas"),
            # 11
            ("STATEMENT", ("said", "raised,\" Hodel"), (("Hodel", "raised,\" Hodel"), "USA", "GOV"),
             None, LA, "1987-04-29", "day", None, "asserted", None, "assurance on environmental concerns"),
        ],
        "skip": [
            ("stimulate", "purpose (content of the rejection)"),
            ("advocate", "content of the statement (a policy, EVENTS.md 6)"),
            ("inject", "content (hypothetical effect of the fee)"),
            (("get", "never"), "content"),
            ("address", "venue of the statement"),
            ("introduced", "introduction of a bill: legislative procedure, no type (12b)"),
            ("impose", "content of the bill (a hypothetical fee, no target named; SANCTION arguable)"),
            (("supports", "Hodel said he"), "content of the statement (support for policies, EVENTS.md 6)"),
            ("repeal", "content (a proposed policy)"),
            ("deregulation", "content (a proposed policy)"),
            ("prevent", "content of the statement"),
            (("approve", "Failure to"), "content (hypothetical)"),
            ("lead", "content of the forecast"),
            ("raise", "condition of the forecast"),
            (("act", "would likely"), "content of the forecast (hypothetical action by Congress)"),
            ("fix", "content of the forecast (domestic price policy)"),
            (("allocate", "gasoline prices"), "content of the forecast"),
            (("allocate", "If they"), "condition inside the quote"),
            ("jeopardize", "content of the statement"),
            ("meet and resolve", "content of the quote"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Donald Hodel", "PERSON", "USA"),
            (("Hodel", "exploration,\" Hodel"), "PERSON", "USA"),
            (("Hodel", "nation,\" Hodel"), "PERSON", "USA"),
            (("Hodel", "Hodel said he supports"), "PERSON", "USA"),
            ("California", "GPE", "USA"),
            ("Artic National Wildlife Refuge", "LOC", "USA"),
            (("U.S.", "prevent the"), "GPE", "USA"),
            (("Hodel", "exploration, Hodel said"), "PERSON", "USA"),
            (("U.S.", "greater"), "GPE", "USA"),
            (("U.S", "find the U.S becoming"), "GPE", "USA"),
            (("Hodel", "requirements,\" Hodel"), "PERSON", "USA"),
            ("OPEC", "ORG", None),
            (("Congress", "Congress would"), "ORG", "USA"),
            (("Hodel", "allocate supplies, Hodel"), "PERSON", "USA"),
            (("Hodel", "gas lines,\" Hodel"), "PERSON", "USA"),
            ("Arctic National Wildlife Refuge", "LOC", "USA"),
            (("Hodel", "sensitive areas, Hodel"), "PERSON", "USA"),
            (("Hodel", "raised,\" Hodel"), "PERSON", "USA"),
        ],
    },
    "reuters21578-20485": {
        "events": [
            # 0
            ("COOPERATE", "sell", ("Telefon AB L M Ericsson", "SWE", "BUS"), ("Norska Design Funktion A/S", "NOR", "BUS"),
             None, None, "unknown", None, "planned", None,
             "planned sale of the office machinery unit to a Norwegian firm ('would sell': planned; no time expression: "
             "undated, rule 17); 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "Ericsson Information Systems"), ("Ericsson Information Systems", "SWE", "BUS"),
             None, STO, "1987-10-20", "day", None, "asserted", None,
             "a decision on the takeover's timing will be reached in November (no type: content)"),
            # 2
            ("STATEMENT", "given", (None, "SWE", "BUS"), None, STO,
             "1987-10-20", "day", None, "negated", None,
             "withheld statement: no price given for the deal (Ericsson implied, EVENTS.md 5)"),
            # 3
            ("STATEMENT", ("said", "Stig Larsson said"), ("EIS managing director Stig Larsson", "SWE", "BUS"), None, STO,
             "1987-10-20", "day", None, "asserted", None, "the deal lets EIS concentrate on communications products"),
        ],
        "skip": [
            (("said", "ERIC.ST"), "rule-3 attribution (the planned sale is the event)"),
            ("statement", "part of the reporting clause"),
            ("decision", "planned decision on the takeover's timing (no type; content of the statement)"),
            ("reached", "content of the statement"),
            ("take over", "content: the takeover's timing (the sale is coded on 'sell')"),
            (("deal", "given for the"), "anaphoric nominal"),
            (("deal", "Larsson said the"), "anaphoric nominal"),
            ("allow", "content of the statement"),
            ("concentrate", "content of the statement"),
        ],
        "entities": [
            ("Telefon AB L M Ericsson", "ORG", "SWE"),
            ("Norway", "GPE", "NOR"),
            ("Norska Design Funktion A/S", "ORG", "NOR"),
            ("Ericsson Information Systems", "ORG", "SWE"),
            ("Norwegian", "NORP", "NOR"),
            ("EIS", "ORG", "SWE"),
            ("Stig Larsson", "PERSON", "SWE"),
            (("EIS", "allow"), "ORG", "SWE"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind21a.jsonl")
