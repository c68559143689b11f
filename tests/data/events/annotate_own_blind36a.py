"""Build ``own_blind36a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind36a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,626 left); 24 drawn with random.Random(36101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
34 event records (31 first mentions, 3 later mentions), 104 not_annotated spans, 85 entity mentions;
one article without events (7103, Soviet timechartering: anonymous dealers' talk and market activity);
18493 (Australian crude output) has a single statistics STATEMENT, and six articles (18493, 18991, 19492,
18347, 18160, 3592) have STATEMENTs only. Types: STATEMENT 30, CONSULT 3, REQUEST 1; modality: asserted 29,
hypothetical 3, negated 1, planned 1; precision: day 29, month 4, unknown 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: the entity "Bolivia"
matching inside the lead's "Bolivian" instead of "Bolivia's intention"; repeated phrases ("The OECD
outlook", "President Reagan", "revised", "weaken") were anchored by context from the start). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Secretary of State George
Shultz", "foreign minister Guillermo Bedregal", "U.S. President Reagan": GPE "U.S." + PERSON; "Bolivian
president Victor Paz Estenssoro": NORP + PERSON); a named body is one ORG span with no nested GPE
("Department of Resources and Energy" and the Statistics Department of New Zealand ORG AUS / NZL by
dateline; "South Australian Oil and Gas Corp Pty Ltd", "Saskatchewan Oil and Gas Corp", "London and
Scottish Marine Oil PLC", "Canadian Worldwide Energy Ltd", "Baltic International Freight Futures
Exchange"), lower-case bodies ("the department") are not tagged; "N.Z." in "N.Z. Dlrs" is a GPE NZL (as
"U.S." in "U.S. Dlrs", 33b); the OECD (with its full name) and the Andean Pact ORG null (bodies of
several countries); BIFFEX / Baltic International Freight Futures Exchange ORG GBR (as the earlier
sets), the Baltic Freight Index (an index) not tagged; "U.S. Gulf" one LOC span USA and the bare "Gulf"
of the Gulf/Japan grain route and "in the Gulf" (the same U.S. Gulf) LOC USA; the Mideast Gulf and the
lower-case "gulf" of 18160 LOC null (a shared sea); Chernobyl GPE SUN and "Soviet" NORP SUN (the period
code); Bass Strait, the Cooper Basin, the Moomba block ("Moomba") and the Gidgealpa South field LOC AUS
(23a's "Ahvaz field"), South Australia GPE AUS and Saskatchewan GPE CAN; well names
(Mawson One, "Lasmo et al Tableland 4-36-2-10W2") are not entities, but "Lasmo" at the head of the
Canadian well name is the company (LASMO, London and Scottish Marine Oil) ORG GBR; Santos Ltd, Delhi
Petroleum Pty Ltd ORG AUS; Triton Energy Corp ORG USA (DALLAS story), Interprovincial Pipeline Ltd, Home
Oil Co Ltd, Scurry-Rainbow Oil Ltd and Shell Canada Ltd ORG CAN, the Royal Dutch/Shell Group ORG NLD
(28b); bracketed company names tagged without brackets, tickers left out; publication titles (Major
Energy Statistics) and currencies (yen, dlrs) are not entities; "South American" NORP null.

Judgement calls made here:
* 18493 (Australian crude output, DCT Thu 1987-06-18, CANBERRA): "the Department of Resources and Energy
  said" is one statistics STATEMENT (AUS GOV, DCT, dateline city); the output figures, the decline and its
  causes are statistics, and "department figures in its Major Energy Statistics publication show" is a
  document (not a speech act, as 35a's institute figures).
* 18991 (OECD on Japan, DCT Thu 1987-06-18, PARIS): every OECD reporting clause is a STATEMENT (null IGO,
  DCT, PARIS): the lead's forecast, "In its latest half-yearly review ..., the OECD said Japan managed to
  ... reduce its surplus last year" ("last year" governs the content, not the saying), "But it said this
  differential ... would reverse" (a second record, EVENTS.md 3), "It forecast", "OECD officials said the
  measures will ... strengthen domestic demand" (officials of a named body, EVENTS.md 4), "The OECD
  outlook said, ..." and "It said that further appreciation could ..." (the outlook taken as a report by
  a named author, EVENTS.md 4's USDA field report; a document "saying", not a speech act, arguable),
  "The OECD said Japan's Gross National Product was likely to gorw ..." and "But it said Japan would
  continue its good performance on inflation". "the 6,000 billion yen package announced last month to
  stimulate domestic demand and increase imports to Japan" is a STATEMENT by the implied Japanese
  government (announcement of a domestic economic measure: no type, as own_dev's "initiative announced on
  March 16" with its implied announcer), 1987-05 ("last month", month), location null; the package
  itself is skipped. "The OECD outlook did not take account of" the package is not a speech act.
* 19492 (Santos oil find, DCT Mon 1987-06-29, ADELAIDE): an exploration result (the discovery, the
  flow, the well cased and suspended, the production outlook) has no type (23a's Amoco well), so
  Santos's four reporting clauses ("Santos Ltd said", "It said", "Santos said", "But it said", the last a
  second record in its sentence, EVENTS.md 3) are STATEMENTs (AUS BUS, DCT, ADELAIDE); the partners'
  stakes are a stative description (skipped).
* 18347 (N.Z. current account, DCT Tue 1987-06-02 although the dateline says June 3, WELLINGTON): "the
  Statistics Department said", "The department said in a statement" and "The department said these
  figures show a continuing improvement" are statistics STATEMENTs (NZL GOV, DCT, dateline city); the
  figures that "show" are documents and the revisions statistics. "Seasonally adjusted export and import
  figures were not available" is a withheld STATEMENT (negated; the department implied, NZL GOV, DCT;
  own_blind2's "No further details were available", 23a's "Earlier figures were not available").
* 7103 (Soviet timechartering, DCT Thu 1987-03-19, LONDON): no event. All the talk is anonymous
  ("dealers said" three times, "one said", "they said", "They anticipate"); the Soviet charterers'
  interest, their bookings and the Chinese operators are market activity by unnamed buyers (EVENTS.md
  10, even with a nationality); the futures surge, rates and sentiment are market-price movements; the
  Chernobyl disaster is an accident; the owners "considering" taking vessels out of lay-up is content of
  anonymous talk.
* 18160 (Shultz on the Gulf, DCT Tue 1987-06-02, WASHINGTON): "George Shultz said today that a boost in
  allied forces ... was not vital ... but that possible allied contributions should be examined" is one
  STATEMENT (an assessment; "should be examined" asks no identified actor, EVENTS.md 2: REQUEST toward
  the allies arguable), 1987-06-02 ("today"); 'Asked if he saw the need ..., Shultz told reporters, "Not
  necessarily, particularly, so."' is its quoted restatement (later mention, EVENTS.md 3; the question
  skipped), same date and date_text. "But he said an adequate force was needed to deter attack" and "and
  noted that the British and the French, as well as the United States, maintained naval contingents
  there" are two STATEMENTs (DCT, EVENTS.md 3); the standing naval contingents are a stative description
  (skipped; MOBILIZE GBR / FRA / USA in the Gulf arguable, which would make "noted" attribution).
  '"We have to look at things that others might do," he said' is a STATEMENT (the U.S. considering
  others' contributions; no actor asked).
* 3592 (Triton well in Saskatchewan, DCT Wed 1987-03-11, DALLAS): a well test, a royalty holiday under a
  provincial incentive, a production allowable and the partners' interests have no type, so Triton's five
  reporting clauses ("Triton Energy Corp said", "Triton said", "It said", "The company said", "Triton
  said") are STATEMENTs (USA BUS, DCT, DALLAS); the interests ("owns", "retains") are stative.
* 10256 (Bolivia proposes Andean summit, DCT Thu 1987-03-26, LA PAZ): "Bolivian president Victor Paz
  Estenssoro will propose to Andean Pact countries a summit meeting with U.S. President Reagan ..." is a
  REQUEST BOL -> the Andean Pact countries (a group: null) on "propose" (a proposal asks them to join;
  CONSULT planned, an intention to meet, arguable), planned, undated ("in May" dates the summit, not the
  proposal), location null; "announced" by Bedregal is rule-3 attribution. The proposed "summit meeting
  with U.S. President Reagan to take place in Venezuela in May" is a CONSULT nominal with its own date and
  place (EVENTS.md 11): the Andean Pact countries (null) -> Reagan (USA; the grammatical order: the host
  side first, visitor-first arguable), hypothetical (proposed, "if everything goes well ... possibly",
  "could take place"), 1987-05 ("May", the next May), Venezuela. "He told reporters that the summit ...
  will possibly take place in one or two months" is its later mention (the vague "in one or two months"
  from 26 March is consistent with May: the first mention's 1987-05 inherited, date_text "May"), and
  '"We are coordinating an eventual meeting of the Andean Pact presidents and President Reagan, which could
  take place in Venezuela in May," he said' a second later mention on "meeting" (1987-05, Venezuela);
  "told" and "said" are rule-3 attribution and "coordinating" (Bolivia arranging the meeting) the frame
  of the meeting (COOPERATE arguable). "The proposal is part of Bolivia's intention to relaunch the Andean
  Pact, he added" is a STATEMENT (BOL GOV, DCT, LA PAZ; an intention with no type). The Pact's formation
  "in 1969" is background (AGREE 1969 arguable, skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind36a.jsonl"

CBR = ("CANBERRA", "AUS")
PAR = ("PARIS", "FRA")
ADL = ("ADELAIDE", "AUS")
WEL = ("WELLINGTON", "NZL")
WAS = ("WASHINGTON", "USA")
DAL = ("DALLAS", "USA")
LPZ = ("LA PAZ", "BOL")
VEN = ("Venezuela", "VEN")

OECD_FULL = ("the Organization for Economic Cooperation and Development", None, "IGO")
SANTOS = ("Santos Ltd", "AUS", "BUS")
NZ_STATS = ("the Statistics Department", "NZL", "GOV")
SHULTZ = ("Secretary of State George Shultz", "USA", "GOV")
TRITON = ("Triton Energy Corp", "USA", "BUS")
PAZ = ("Bolivian president Victor Paz Estenssoro", "BOL", "GOV")
ANDEAN = ("Andean Pact countries", None, "GOV")
JPN_IMPLIED = (None, "JPN", "GOV")
NZL_IMPLIED = (None, "NZL", "GOV")
ANDEAN_IMPLIED = (None, None, "GOV")
USA_IMPLIED = (None, "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18493": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Department of Resources and Energy", "AUS", "GOV"), None, CBR,
             "1987-06-18", "day", None, "asserted", None,
             "statistics release: crude and condensate output fell 7.6 pct in the first nine months of fiscal "
             "1986/87; wire style: DCT, dateline city"),
        ],
        "skip": [
            ("fell", "statistics"),
            ("decline", "statistics"),
            ("reflected", "statistics (content of the figures)"),
            ("dip", "statistics"),
            (("led", "led to"), "statistics (causes of the decline)"),
            ("reduction", "statistics"),
            ("show", "a document (department figures in a publication): not a speech act"),
        ],
        "entities": [
            ("Australian", "NORP", "AUS"),
            ("Department of Resources and Energy", "ORG", "AUS"),
            ("Bass Strait", "LOC", "AUS"),
        ],
    },
    "reuters21578-18991": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Development (OECD)"), OECD_FULL, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "forecast: Japan's trade surplus likely to grow in 1987 ('in 1987' governs the content); wire style: "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the OECD said Japan managed"), (("the OECD", "the OECD said Japan managed"), None,
                                                                     "IGO"), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "in its half-yearly review: Japan reduced its surplus last year ('last year' governs the content)"),
            # 2
            ("STATEMENT", ("said", "But it said this"), (("it", "But it said this"), None, "IGO"), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "'But it said': second record (EVENTS.md 3): the demand differential will reverse in 1987 and 1988"),
            # 3
            ("STATEMENT", "forecast", (("It", "It forecast"), None, "IGO"), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "forecast of domestic growth, exports and the current account surplus"),
            # 4
            ("STATEMENT", "announced", JPN_IMPLIED, None, None,
             "1987-05", "month", "last month", "asserted", None,
             "the 6,000 billion yen package announced last month (a domestic economic measure: no type; implied "
             "Japanese government announcer, as own_dev's 'initiative announced on March 16'); not DCT-dated, no "
             "place: location null"),
            # 5
            ("STATEMENT", ("said", "OECD officials said"), ("OECD officials", None, "IGO"), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "assessment: the measures will strengthen domestic demand and stimulate imports (officials of a named "
             "body, EVENTS.md 4)"),
            # 6
            ("STATEMENT", ("said", "The OECD outlook said"), (("The OECD outlook", "The OECD outlook said"), None,
                                                               "IGO"), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "quote from the outlook: surpluses could lead to upward pressure on the yen (a report by a named author, "
             "EVENTS.md 4; a document saying arguable)"),
            # 7
            ("STATEMENT", ("said", "It said that further"), (("It", "It said that further"), None, "IGO"), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "further appreciation could lead manufacturers to postpone investment (the outlook as a report)"),
            # 8
            ("STATEMENT", ("said", "The OECD said Japan's"), (("The OECD", "The OECD said Japan's"), None, "IGO"), None,
             PAR, "1987-06-18", "day", None, "asserted", None,
             "forecast: Japan's GNP likely to grow two pct in 1987 and 1988"),
            # 9
            ("STATEMENT", ("said", "But it said Japan"), (("it", "But it said Japan"), None, "IGO"), None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "'But it said': second record (EVENTS.md 3): zero inflation expected in 1987"),
        ],
        "skip": [
            (("grow", "continue to grow"), "content of the forecast"),
            (("increase", "abroad increase"), "content of the forecast"),
            ("reduce", "statistics (content)"),
            (("grew", "demand grew"), "statistics (content)"),
            (("rose", "markets rose"), "statistics (content)"),
            ("reverse", "content of the forecast"),
            ("weakening", "content of the forecast"),
            ("slowing", "content of the forecast"),
            (("rise", "with a rise"), "content of the forecast"),
            (("rise", "will rise"), "content of the forecast"),
            ("fall back", "content of the forecast"),
            ("take account", "the outlook's coverage: not a speech act"),
            ("package", "Japan's domestic stimulus package (domestic economic policy; its announcement is coded)"),
            ("stimulate", "purpose of the package (domestic economic policy)"),
            (("increase", "and increase imports"), "purpose of the package"),
            ("strengthen", "content of the assessment"),
            ("provide", "content of the assessment"),
            (("lead", "could well lead"), "content of the quote"),
            (("lead", "could then lead"), "content of the statement"),
            ("postpone", "content of the statement (manufacturers' investment plans)"),
            (("weaken", "weaken domestic growth"), "content of the statement"),
            ("gorw", "content of the forecast (the wire's typo for 'grow')"),
            (("continue", "would continue"), "content of the forecast"),
            (("expected", "zero figure"), "content of the forecast"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Organization for Economic Cooperation and Development", "ORG", None),
            (("OECD", "Development (OECD)"), "ORG", None),
            (("OECD", "OECD said Japan managed"), "ORG", None),
            (("Japan", "Japan managed"), "GPE", "JPN"),
            (("OECD", "OECD outlook did not"), "ORG", None),
            (("Japan", "imports to Japan"), "GPE", "JPN"),
            (("OECD", "OECD officials"), "ORG", None),
            (("OECD", "OECD outlook said"), "ORG", None),
            (("OECD", "OECD said Japan's"), "ORG", None),
            (("Japan", "Japan's Gross"), "GPE", "JPN"),
            (("Japan", "Japan would continue"), "GPE", "JPN"),
        ],
    },
    "reuters21578-19492": {
        "events": [
            # 0
            ("STATEMENT", "said", SANTOS, None, ADL,
             "1987-06-29", "day", None, "asserted", None,
             "exploration result: a significant oil discovery at Mawson One (no type); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "It said the well"), (("It", "It said the well"), "AUS", "BUS"), None, ADL,
             "1987-06-29", "day", None, "asserted", None, "flow rate of the well"),
            # 2
            ("STATEMENT", ("said", "Santos said the well"), (("Santos", "Santos said the well"), "AUS", "BUS"), None,
             ADL, "1987-06-29", "day", None, "asserted", None, "the well was cased and suspended pending evaluation"),
            # 3
            ("STATEMENT", ("said", "But it said the proximity"), (("it", "But it said the proximity"), "AUS", "BUS"),
             None, ADL, "1987-06-29", "day", None, "asserted", None,
             "'But it said': second record (EVENTS.md 3): the well can be brought into production rapidly"),
        ],
        "skip": [
            ("made", "exploration (no type)"),
            (("discovery", "significant oil"), "exploration (no type)"),
            ("flowed", "exploration result (no type)"),
            ("cased", "exploration (no type)"),
            ("suspended", "exploration (a well suspended pending evaluation: no type)"),
            ("evaluation", "exploration (no type)"),
            ("allow", "content of the statement"),
            ("brought", "content of the statement"),
            ("stake", "ownership: stative description"),
        ],
        "entities": [
            ("Santos Ltd", "ORG", "AUS"),
            ("Moomba", "LOC", "AUS"),
            ("Cooper Basin", "LOC", "AUS"),
            ("South Australia", "GPE", "AUS"),
            (("Santos", "Santos said the well"), "ORG", "AUS"),
            ("Gidgealpa South field", "LOC", "AUS"),
            (("Santos", "Santos has"), "ORG", "AUS"),
            ("Delhi Petroleum Pty Ltd", "ORG", "AUS"),
            ("South Australian Oil and Gas Corp Pty Ltd", "ORG", "AUS"),
        ],
    },
    "reuters21578-18347": {
        "events": [
            # 0
            ("STATEMENT", "said", NZ_STATS, None, WEL,
             "1987-06-02", "day", None, "asserted", None,
             "statistics release: the April current account deficit narrowed; DCT is published_at's date "
             "(1987-06-02) although the dateline says June 3 (GUIDELINES.md); dateline city"),
            # 1
            ("STATEMENT", ("said", "The department said in"), (("The department", "The department said in"), "NZL",
                                                                "GOV"), None, WEL,
             "1987-06-02", "day", None, "asserted", None,
             "statistics in a statement (non-smoothed figures); 'in a statement' is part of the reporting clause"),
            # 2
            ("STATEMENT", "available", NZL_IMPLIED, None, WEL,
             "1987-06-02", "day", None, "negated", None,
             "withheld statement: seasonally adjusted export and import figures were not available (the department "
             "implied; own_blind2's 'No further details were available')"),
            # 3
            ("STATEMENT", ("said", "The department said these"), (("The department", "The department said these"),
                                                                   "NZL", "GOV"), None, WEL,
             "1987-06-02", "day", None, "asserted", None,
             "assessment: the figures show a continuing improvement in the current account deficit"),
        ],
        "skip": [
            ("narrowed", "statistics"),
            (("revised", "was revised"), "statistics (a revision)"),
            (("statement", "in a statement"), "part of the reporting clause"),
            ("showed", "a document (figures): content of the statement"),
            (("show", "unadjusted figures show"), "a document (figures): not a speech act"),
            ("shows", "a document (the series): not a speech act"),
            (("show", "non-smoothed figures show"), "a document (figures): not a speech act"),
            (("show", "merchandise figures show"), "a document (figures): not a speech act"),
            (("show", "these figures show"), "content of the statement"),
            (("improvement", "continuing"), "content of the statement"),
            ("caused", "content of the statement"),
        ],
        "entities": [
            ("New Zealand", "GPE", "NZL"),
            ("N.Z.", "GPE", "NZL"),
            ("Statistics Department", "ORG", "NZL"),
            (("N.Z.", "234 mln N.Z."), "GPE", "NZL"),
        ],
    },
    "reuters21578-7103": {
        "events": [],
        "skip": [
            (("interest", "Current interest"), "market activity by unnamed charterers (Soviet, not named)"),
            (("taking", "charterers in"), "market activity by unnamed charterers"),
            ("surge", "market-price movement"),
            (("said", "(BIFFEX), dealers"), "anonymous-source talk (dealers)"),
            ("soared", "market-price movement"),
            ("opened", "market history (the exchange's opening)"),
            ("bookings", "market activity by unnamed charterers"),
            ("drain", "market activity (content of anonymous talk)"),
            (("said", "to Japan, dealers"), "anonymous-source talk (dealers)"),
            ("disaster", "accident (Chernobyl)"),
            (("said", "than reported,\" one"), "anonymous-source talk (one dealer)"),
            ("risen", "market-price movement"),
            (("said", "Dealers said"), "anonymous-source talk (dealers)"),
            ("considering", "content of anonymous talk (owners, unnamed)"),
            ("aided", "market sentiment"),
            (("said", "in the year, they"), "anonymous-source talk (dealers)"),
            ("anticipate", "anonymous-source talk (dealers)"),
            ("prompted", "market activity"),
            ("fluctuated", "market sentiment"),
            ("turned down", "market-price movement"),
            ("recovered", "market-price movement"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("Baltic International Freight Futures Exchange", "ORG", "GBR"),
            ("BIFFEX", "ORG", "GBR"),
            (("Soviet", "Soviet bookings"), "NORP", "SUN"),
            ("U.S. Gulf", "LOC", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Chernobyl", "GPE", "SUN"),
            (("Soviet", "the Soviet)"), "NORP", "SUN"),
            (("Gulf", "Gulf/Japan"), "LOC", "USA"),
            (("Japan", "/Japan"), "GPE", "JPN"),
            (("Gulf", "month in the Gulf"), "LOC", "USA"),
            ("Chinese", "NORP", "CHN"),
            (("BIFFEX", "July BIFFEX"), "ORG", "GBR"),
        ],
    },
    "reuters21578-18160": {
        "events": [
            # 0
            ("STATEMENT", "said", SHULTZ, None, WAS,
             "1987-06-02", "day", "today", "asserted", None,
             "a boost in allied forces in the Gulf is not vital but possible allied contributions should be examined "
             "(an assessment, no identified actor asked, EVENTS.md 2; REQUEST toward the allies arguable); 'said "
             "today' = the DCT; dateline city"),
            # 1
            ("STATEMENT", "told", (("Shultz", "Shultz told"), "USA", "GOV"), None, WAS,
             "1987-06-02", "day", "today", "asserted", 0,
             "later mention: quoted restatement 'Not necessarily, particularly, so.' (EVENTS.md 3); the first "
             "mention's date"),
            # 2
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"), "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "an adequate force is needed to deter attack (an evaluation, no actor asked); wire style: DCT"),
            # 3
            ("STATEMENT", "noted", (("he", "But he said"), "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): Britain, France and the U.S. maintain naval contingents there "
             "(a standing presence: stative; MOBILIZE arguable)"),
            # 4
            ("STATEMENT", ("said", "others might do,\" he"), (("he", "might do,\" he"), "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "'We have to look at things that others might do' (the U.S. considering others' contributions; no "
             "actor asked)"),
        ],
        "skip": [
            ("boost", "content of the assessment"),
            ("protect", "content of the assessment"),
            (("attack", "against attack"), "content (hypothetical attacks on shipping)"),
            ("contributions", "content of the assessment (possible allied contributions)"),
            ("examined", "content of the assessment (no identified actor asked)"),
            ("Asked", "a question (the reporters')"),
            ("presence", "content of the question"),
            ("needed", "content of the evaluation"),
            ("deter", "content of the evaluation"),
            (("attack", "deter attack"), "content of the evaluation"),
            ("maintained", "stative: standing naval contingents (MOBILIZE GBR / FRA / USA arguable)"),
            ("look", "content of the quote"),
        ],
        "entities": [
            ("George Shultz", "PERSON", "USA"),
            ("Mideast Gulf", "LOC", None),
            (("Shultz", "Shultz told"), "PERSON", "USA"),
            (("gulf", "allies in the gulf"), "LOC", None),
            ("British", "NORP", "GBR"),
            ("French", "NORP", "FRA"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-3592": {
        "events": [
            # 0
            ("STATEMENT", "said", TRITON, None, DAL,
             "1987-03-11", "day", None, "asserted", None,
             "well test result of its affiliate's Saskatchewan well (exploration: no type); wire style: DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", ("said", "Triton said because"), (("Triton", "Triton said because"), "USA", "BUS"), None,
             DAL, "1987-03-11", "day", None, "asserted", None,
             "production qualifies for a royalty holiday under the provincial incentive (domestic fiscal rule: no "
             "type)"),
            # 2
            ("STATEMENT", ("said", "It said the well's"), (("It", "It said the well's"), "USA", "BUS"), None, DAL,
             "1987-03-11", "day", None, "asserted", None, "initial production expected to be restricted to an allowable"),
            # 3
            ("STATEMENT", ("said", "The company said"), ("The company", "USA", "BUS"), None, DAL,
             "1987-03-11", "day", None, "asserted", None, "the partners' interests in the well (stative ownership)"),
            # 4
            ("STATEMENT", ("said", "Triton said Royal"), (("Triton", "Triton said Royal"), "USA", "BUS"), None, DAL,
             "1987-03-11", "day", None, "asserted", None, "Shell Canada retains a convertible overriding interest"),
        ],
        "skip": [
            ("flowed", "exploration result (no type)"),
            ("qualifies", "content: domestic fiscal incentive (royalty holiday)"),
            ("restricted", "content: production allowable (domestic regulation)"),
            ("sustaining", "content of the statement"),
            ("owns", "ownership: stative description"),
            ("retains", "ownership: stative description"),
        ],
        "entities": [
            ("Triton Energy Corp", "ORG", "USA"),
            ("Canadian Worldwide Energy Ltd", "ORG", "CAN"),
            ("Lasmo", "ORG", "GBR"),
            ("Saskatchewan", "GPE", "CAN"),
            (("Triton", "Triton said because"), "ORG", "USA"),
            (("Saskatchewan", "the Saskatchewan drilling"), "GPE", "CAN"),
            ("London and Scottish Marine Oil PLC", "ORG", "GBR"),
            (("Canadian Worldwide", "Canadian Worldwide 25"), "ORG", "CAN"),
            ("Saskatchewan Oil and Gas Corp", "ORG", "CAN"),
            ("Interprovincial Pipeline Ltd", "ORG", "CAN"),
            ("Home Oil Co Ltd", "ORG", "CAN"),
            ("Scurry-Rainbow Oil Ltd", "ORG", "CAN"),
            (("Triton", "Triton said Royal"), "ORG", "USA"),
            ("Royal Dutch/Shell Group", "ORG", "NLD"),
            ("Shell Canada Ltd", "ORG", "CAN"),
        ],
    },
    "reuters21578-10256": {
        "events": [
            # 0
            ("REQUEST", "propose", PAZ, ANDEAN, None,
             None, "unknown", None, "planned", None,
             "Paz Estenssoro will propose a summit with Reagan to the Andean Pact countries (a proposal asks them to "
             "join; a group: null; CONSULT planned arguable); 'announced' is rule-3 attribution; 'in May' dates the "
             "summit, not the proposal: undated, location null"),
            # 1
            ("CONSULT", "summit", ANDEAN, ("U.S. President Reagan", "USA", "GOV"), VEN,
             "1987-05", "month", "May", "hypothetical", None,
             "the proposed summit of the Andean Pact countries with Reagan in Venezuela in May (a nominal with its own "
             "date and place, EVENTS.md 11); proposed, 'if everything goes well ... possibly': hypothetical; the next "
             "May = 1987-05; grammatical order (visitor-first arguable)"),
            # 2
            ("CONSULT", ("summit", "that the summit"), ANDEAN_IMPLIED, USA_IMPLIED, VEN,
             "1987-05", "month", "May", "hypothetical", 1,
             "later mention: the summit 'if everything goes well' will possibly take place in one or two months "
             "(consistent with May: the first mention's date); 'told' is rule-3 attribution"),
            # 3
            ("CONSULT", ("meeting", "an eventual meeting"), ("the Andean Pact presidents", None, "GOV"),
             (("President Reagan", "presidents and President Reagan"), "USA", "GOV"), VEN,
             "1987-05", "month", "May", "hypothetical", 1,
             "later mention: an eventual meeting of the Andean Pact presidents and Reagan which could take place in "
             "Venezuela in May; 'said' is rule-3 attribution, 'coordinating' the frame"),
            # 4
            ("STATEMENT", "added", (("he", "Andean Pact, he"), "BOL", "GOV"), None, LPZ,
             "1987-03-26", "day", None, "asserted", None,
             "the proposal is part of Bolivia's intention to relaunch the Andean Pact (an intention with no type); "
             "wire style: DCT, dateline city"),
        ],
        "skip": [
            ("announced", "rule-3 attribution (the proposal is the event)"),
            ("told", "rule-3 attribution (the summit is the event)"),
            (("take place", "to take place"), "part of the summit's predication"),
            ("goes well", "condition"),
            (("take place", "will possibly"), "part of the summit's predication"),
            ("coordinating", "frame of the meeting (Bolivia arranging it; COOPERATE arguable)"),
            (("take place", "which could"), "part of the meeting's predication"),
            (("said", "in May\", he"), "rule-3 attribution (the meeting is the event)"),
            ("proposal", "anaphoric nominal"),
            ("intention", "content of the statement"),
            ("relaunch", "content of the statement"),
            ("formed", "background (the Pact's members)"),
            ("set up", "background: the Pact founded in 1969 (AGREE 1969 arguable)"),
            ("counteract", "background (the Pact's purpose)"),
        ],
        "entities": [
            ("Bolivian", "NORP", "BOL"),
            ("Victor Paz Estenssoro", "PERSON", "BOL"),
            ("Andean Pact", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Venezuela", "GPE", "VEN"),
            ("Guillermo Bedregal", "PERSON", "BOL"),
            (("Andean Pact", "Andean Pact presidents"), "ORG", None),
            (("Reagan", "presidents and President Reagan"), "PERSON", "USA"),
            (("Venezuela", "place in Venezuela in May\""), "GPE", "VEN"),
            (("Bolivia", "Bolivia's"), "GPE", "BOL"),
            (("Andean Pact", "relaunch the"), "ORG", None),
            (("Andean Pact", "The Andean Pact,"), "ORG", None),
            ("Colombia", "GPE", "COL"),
            (("Venezuela", "Colombia, Venezuela"), "GPE", "VEN"),
            ("Peru", "GPE", "PER"),
            ("Ecuador", "GPE", "ECU"),
            ("South American", "NORP", None),
            ("Argentina", "GPE", "ARG"),
            ("Brazil", "GPE", "BRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
