"""Build ``own_blind54b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind54b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 53 (2331 left); 24 drawn with random.Random(54101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
40 event records (39 first mentions, 1 later mention), 79 not_annotated spans, 73 entity mentions
(GPE 30, ORG 16, PERSON 16, NORP 7, LOC 4); no article without events; 16052 (Chilean trade figures),
10580 (Salomon commercial paper), 11771 (Taiwan trade forecast) and 5292 (Batam palm oil terminal) have
reporting-clause STATEMENTs only (withheld ones among them). Types: STATEMENT 27, CONSULT 5, REQUEST 2,
THREATEN 2, SUPPORT 1, AID 1, ACCUSE 1, PROTEST 1; modality: asserted 31, planned 5, negated 4; precision:
day 34, month 4, unknown 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the printed context and
fixed: the actor "he" of 12732's SUPPORT / REQUEST landing inside "further". See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("ANZ managing director Brian Weeks": ORG "ANZ" and
PERSON "Brian Weeks"; "Research and Technology Minister Yusuf Habibie": PERSON "Yusuf Habibie"); possessive
's left out; lower-case "the central bank", "the statistics department", "employers organization" are not
tagged; a named body is one ORG span with no nested GPE ("Australia and New Zealand Banking Group Ltd",
"Morgan Guaranty Trust Co of New York"). Countries: the Australia and New Zealand Banking Group / ANZ and
Westpac Banking Corp ORG AUS (the groups' names, 23b's Westpac), "New Zealand" in "... in New Zealand" GPE
NZL, Brian Weeks PERSON NZL (the New Zealand arm's managing director), the Reserve Bank ORG NZL (the
Wellington story's central bank), "N.Z." in "N.Z. Dlrs" GPE NZL (as "U.S." in "U.S. Dlrs"); "chile" (lower
case as written) GPE CHL; Salomon SA ORG FRA, "French" NORP FRA, Morgan Guaranty Ltd and Morgan Guaranty
Trust Co of New York ORG USA (the U.S. bank's London arm and branch; GBR for the Ltd arguable, as an
earlier set), Credit Suisse First Boston Ltd ORG CHE (by its Swiss parent's name; GBR as a London Ltd or
USA arguable), London GPE GBR; "Japanese" NORP JPN, Kiichi Miyazawa PERSON JPN, "Paris" (also in "Paris
Agreement", as an earlier set's "The Paris agreement") GPE FRA, the Group of Seven ORG null, "Louvre" (a
building; the Louvre accord) not tagged; Manuel Azpurua, Hernan Anzola and Jorge Marcano PERSON VEN,
Venezuela GPE VEN, Japan GPE JPN, "Japanese" NORP JPN, "Latin American" NORP null; Taiwan GPE TWN, "U.S."
(also in "U.S. Dlrs") and Washington GPE USA; Indonesia GPE IDN, Batam (the island; the span without
lower-case "island") LOC IDN, Singapore GPE SGP, Yusuf Habibie / Habibie PERSON IDN, Sumatra and Kalimantan
LOC IDN, Borneo LOC null (an island shared by three countries; IDN as the gloss of Kalimantan arguable),
the "Asia Port project" a project (not tagged); the FNV ORG NLD, Rotterdam GPE NLD, Reuters ORG GBR,
Jacques Schoufour / Schoufour and Louw de Graaf PERSON NLD. Currencies, products and programmes are not
entities.

Judgement calls made here:
* 12732 (ANZ New Zealand lending rate, DCT Fri 1987-04-03, WELLINGTON): a commercial bank raising its own
  indicator lending rate is its own pricing (no type, 23b's Westpac 12469), so "The Australia and New
  Zealand Banking Group Ltd in New Zealand said it will raise ..." is a STATEMENT (NZL BUS: the New Zealand
  arm the text names, as 23b), DCT, WELLINGTON; "A bank statement said the continuing rise in the cost of
  funds had to be passed on" a STATEMENT (23a's "a company statement said"); "ANZ managing director Brian
  Weeks said: 'Recent developments ... of deep concern ...'" a STATEMENT (an assessment). The closing quote
  '"We welcome the flexibility evident in the Reserve Bank's move to raise the system cash target
  yesterday, but feel that ... the cash target and primary liquidity level need to be raised further...,"
  he said' holds two acts toward the central bank: SUPPORT on "welcome" (praise of another actor) and
  REQUEST on "need" (the Reserve Bank, whose targets they are, is told to act: EVENTS.md 2), both NZL BUS ->
  NZL GOV, DCT (the saying is the act, EVENTS.md 1: "said" not skipped); the cash target rises themselves
  ("move to raise ... yesterday", "The Reserve Bank has raised its daily cash target") are monetary
  operations (EVENTS.md 10, skipped). "Westpac Banking Corp in New Zealand announced yesterday it would
  increase its indicator lending rate" is a STATEMENT (own pricing), 1987-04-02 ("yesterday"), location
  null. The privatisation flows inside Weeks' quote (domestic policy) and call rates trading high (market)
  are skipped.
* 16052 (Chilean trade surplus, DCT Thu 1987-04-09, Santiago): one statistics release, "the central bank
  said" (CHL GOV, DCT, the dateline city as written); the trade figures have no acting actor.
* 10580 (Salomon euro-CP, DCT Fri 1987-03-27, LONDON): the commercial paper program, its backup credit, the
  arranger, dealer and issuing-agent roles are corporate finance (own_blind2's lead manager; skipped), the
  French authorities' approval a condition; "Salomon SA ... said it is seeking ..." is a STATEMENT (FRA BUS,
  DCT, LONDON); "None of the terms were disclosed" is a withheld STATEMENT (negated, EVENTS.md 5), agent
  implied: the issuer Salomon (FRA BUS), the story's speaker (the U.S. arranger arguable).
* 15432 (Miyazawa after the G7, published 1987-04-09 07:24, dateline WASHINGTON, April 8): the DCT is
  published_at's date, 1987-04-09 (GUIDELINES.md; the dateline's April 8, the day of the press conference,
  arguable). "Japanese Finance Minister Kiichi Miyazawa said the strengthening of the yen ... was within
  the range agreed on in the Louvre discussions" is a STATEMENT (an assessment; JPN GOV, DCT, WASHINGTON);
  the quote '"... not outside the range we agreed to in the discussions in Paris," Miyazawa told a press
  conference' restates it (later mention, EVENTS.md 3). The Paris accord appears only in background
  relative clauses and nominals ("the range agreed on", "the range we agreed to", "that agreement"):
  skipped (AGREE by the group, undated, arguable). "following the Group of Seven meeting here" is CONSULT
  by the G7 (null IGO, no actor2, 5b's G-7 meeting), asserted, a nominal with its place (Washington) but
  no time expression ("following" does not fix its day: undated; the DCT or April 8 arguable). "He added
  that the current discussions were a 'reaffirmation' of that agreement" is a STATEMENT (an assessment of
  the meeting, second reporting clause; AGREE by the G7 on "reaffirmation" arguable, skipped), "indicating"
  its participial elaboration.
* 17228 (Azpurua to seek Japanese credit, DCT Mon 1987-04-27, CARACAS): "Finance minister Manuel Azpurua
  said he will visit Japan in mid-May to seek new credits" is CONSULT VEN GOV -> JPN GOV on "visit" and
  REQUEST VEN GOV -> JPN GOV on "seek" (the credits are sought from Japan), both planned, 1987-05
  ("mid-May", a future month), in Japan; "said" rule-3 attribution. "Azpurua told reporters he will be
  accompanied by ..." is a STATEMENT (the delegation's composition; "accompanied" skipped, a later CONSULT
  mention arguable), DCT, CARACAS. '"The idea is to hold meetings with Japanese economic and financial
  authorities, with the banks ... and with some of the Japanese companies ...," Azpurua said' is one
  CONSULT (implied VEN GOV -> JPN GOV; all the counterparts Japanese, a same-country compound, EVENTS.md
  12), planned, placed inside the visit (1987-05, rule 3), "said" attribution. "Azpurua said he was
  optimistic about the trip" is a STATEMENT (DCT); "in light of Japan's recent announcement it will
  disburse 30 billion dlrs in new credit to Latin American countries" is AID JPN GOV -> null (a group of
  countries, IGO kind), planned, undated ("recent" has no value), "announcement" rule-3 attribution. The
  quote "I think this trip is being taken at an opportune time ..." is a STATEMENT (DCT); "He would not say
  how much Venezuela will seek in credits from Japan" a withheld STATEMENT (negated, DCT), its "seek"
  skipped as content.
* 11771 (Taiwan second-quarter trade forecast, published 1987-03-31 23:33, dateline TAIPEI, April 1): DCT
  1987-03-31 (published_at's date, GUIDELINES.md). The statistics department's forecast ("the statistics
  department said"), "A department official attributed the increase ..." (an assessment by an official of
  a named body, EVENTS.md 4), "The official said", "..., he said" and "He said he expected ..." are
  STATEMENTs (TWN GOV, DCT, TAIPEI); "He declined to give figures" is a withheld STATEMENT (negated, on
  "give" as own_dev's "declined to name"). The impersonal "is expected to rise" sentences with no
  reporting clause and the government's trade-balancing "efforts" (a background nominal) are skipped.
* 5292 (Indonesia palm oil terminal, DCT Mon 1987-03-16, JAKARTA): building a terminal is a domestic
  infrastructure project (no type), so "Research and Technology Minister Yusuf Habibie said" and "he said"
  (the capacity) are STATEMENTs (IDN GOV, DCT, JAKARTA) and "Habibie did not say when the terminal was
  expected to be operational" a withheld STATEMENT (negated). "A tender ... will be offered mid-year" has
  no actor (agentless; COOPERATE planned arguable): skipped.
* 969 (Rotterdam port dispute, DCT Tue 1987-03-03, ROTTERDAM): "Employers and the port union, FNV, are to
  meet again this afternoon" is CONSULT NLD BUS -> NLD ORG, planned, 1987-03-03 ("this afternoon"); "but
  neither side is optimistic, spokesmen for both sides told Reuters" is one STATEMENT (both sides Dutch,
  EVENTS.md 12; the pessimism is an assessment), DCT, ROTTERDAM. "Little progress was made in last night's
  three hours of talks" is CONSULT (implied employers NLD BUS -> FNV NLD ORG), asserted, 1987-03-02 ("last
  night" = DCT - 1), a nominal with its own date and predication (EVENTS.md 11). The union spokesman's
  quote ("... a very large gap ... at least we are still talking") is a STATEMENT (DCT). "Employers
  organization chairman, Jacques Schoufour, accused the FNV of intransigence" is ACCUSE NLD ORG -> NLD ORG,
  dated DCT (a simple-past verbal act among the day's statements to Reuters; undated as a relayed act
  arguable), "refusing to alter its stance" its content (REJECT by the FNV arguable, skipped). '"If we find
  this afternoon that the FNV still refuses ..., then we will break off the talks and the redundancies may
  begin later this month," Schoufour said' is THREATEN -> the FNV (a conditional threat is asserted), DCT,
  the conditions and consequences skipped. "The series of strikes ... began on January 19 in protest at
  plans for 800 redundancies" is PROTEST by the union side (implied NLD ORG, no actor2, EVENTS.md 14),
  1987-01-19, asserted ("began" and "protest" not skipped, so a trigger there still matches); "which
  employers say has cost them ..." is the employers as a group in a relative clause (skipped; a STATEMENT
  NLD arguable). "Late last month Social Affairs minister Louw de Graaf said unless the dispute was settled
  by yesterday he would withdraw the sector's 10 mln guilder annual labour subsidy" is THREATEN NLD GOV ->
  the sector (NLD BUS), 1987-02 ("Late last month"), asserted, "withdraw" its content (SANCTION
  hypothetical). "Both sides wrote to the minister yesterday setting out their cases" is a STATEMENT (a
  written statement of their cases; both Dutch: one record; REQUEST or CONSULT toward the minister
  arguable), 1987-03-02 ("yesterday"), location null; "but Schoufour said he did not expect to hear from
  him before Wednesday" a STATEMENT (DCT).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind54b.jsonl"

WEL = ("WELLINGTON", "NZL")
SANT = ("Santiago", "CHL")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
CAR = ("CARACAS", "VEN")
JAPAN_LOC = ("Japan", "JPN")
TPE = ("TAIPEI", "TWN")
JAK = ("JAKARTA", "IDN")
ROT = ("ROTTERDAM", "NLD")

ANZ_NZ = ("The Australia and New Zealand Banking\nGroup Ltd in New Zealand", "NZL", "BUS")
WEEKS_HE = (("he", "he said. The Reserve"), "NZL", "BUS")
RBNZ = ("Reserve Bank", "NZL", "GOV")
MIYAZAWA = ("Japanese Finance Minister Kiichi\nMiyazawa", "JPN", "GOV")
AZPURUA = ("Finance minister Manuel Azpurua", "VEN", "GOV")
JAPAN_GOV = ("Japan", "JPN", "GOV")
VEN_GOV_IMPLIED = (None, "VEN", "GOV")
HABIBIE = ("Research and Technology Minister Yusuf Habibie", "IDN", "GOV")
FNV_ORG_IMPLIED = (None, "NLD", "ORG")
EMPLOYERS_IMPLIED = (None, "NLD", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12732": {
        "events": [
            # 0
            ("STATEMENT", "said", ANZ_NZ, None, WEL,
             "1987-04-03", "day", None, "asserted", None,
             "ANZ in New Zealand will raise its indicator lending rate on April 7 (a commercial bank's own "
             "pricing: no type, 23b's Westpac 12469); the New Zealand arm as the text gives it; wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "A bank statement"), ("A bank statement", "NZL", "BUS"), None, WEL,
             "1987-04-03", "day", None, "asserted", None,
             "the rising cost of funds had to be passed on (23a's 'a company statement said'); DCT"),
            # 2
            ("STATEMENT", ("said", "Brian Weeks"), ("ANZ managing director Brian Weeks", "NZL", "BUS"), None, WEL,
             "1987-04-03", "day", None, "asserted", None,
             "assessment: money-market developments of deep concern, participants nervous; DCT"),
            # 3
            ("SUPPORT", "welcome", WEEKS_HE, RBNZ, WEL,
             "1987-04-03", "day", None, "asserted", None,
             "'We welcome the flexibility evident in the Reserve Bank's move ...': praise of another actor "
             "(the saying is the act, EVENTS.md 1); DCT"),
            # 4
            ("REQUEST", "need", WEEKS_HE, RBNZ, WEL,
             "1987-04-03", "day", None, "asserted", None,
             "'... but feel that ... the cash target and primary liquidity level need to be raised further': the "
             "Reserve Bank (whose targets they are) is told it should act (EVENTS.md 2); DCT"),
            # 5
            ("STATEMENT", "announced", ("Westpac Banking Corp in New Zealand", "NZL", "BUS"), None, None,
             "1987-04-02", "day", "yesterday", "asserted", None,
             "Westpac announced yesterday it would increase its lending rate (own pricing: no type); DCT - 1"),
        ],
        "skip": [
            (("raise", "it will"), "a commercial bank's own lending-rate change (corporate pricing, no type)"),
            (("statement", "A bank"), "part of the reporting clause"),
            ("passed on", "content of the statement (pricing)"),
            ("privatisation", "domestic policy (background nominal inside the quote)"),
            ("flows", "liquidity flows, no acting actor"),
            (("move", "Reserve Bank's"), "monetary operation (the cash target rise; content of the praise)"),
            (("raise", "move to"), "monetary operation (system cash target)"),
            (("reduce", "to"), "content of the request"),
            ("raised further", "content of the request (a monetary measure)"),
            (("raised", "Reserve Bank has"), "monetary operation (daily cash target)"),
            ("traded", "market-price movement"),
            ("squaring", "market activity by unnamed participants"),
            (("increase", "would"), "content of Westpac's announcement (own pricing, no type)"),
        ],
        "entities": [
            ("Australia and New Zealand Banking\nGroup Ltd", "ORG", "AUS"),
            (("New Zealand", "Group Ltd in"), "GPE", "NZL"),
            ("ANZ", "ORG", "AUS"),
            ("Brian Weeks", "PERSON", "NZL"),
            ("Reserve Bank", "ORG", "NZL"),
            (("Reserve Bank", "The Reserve Bank has"), "ORG", "NZL"),
            ("N.Z.", "GPE", "NZL"),
            ("Westpac Banking Corp", "ORG", "AUS"),
            (("New Zealand", "Westpac Banking Corp in"), "GPE", "NZL"),
        ],
    },
    "reuters21578-16052": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the central bank", "CHL", "GOV"), None, SANT,
             "1987-04-09", "day", None, "asserted", None,
             "statistics release (February trade surplus); wire style: DCT, dateline city as written"),
        ],
        "skip": [
            ("narrowed", "statistics, no acting actor"),
            ("recorded", "statistics, no acting actor"),
            ("totalled", "statistics, no acting actor"),
            ("fell", "statistics, no acting actor"),
        ],
        "entities": [
            ("chile", "GPE", "CHL"),
        ],
    },
    "reuters21578-10580": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Salomon SA", "FRA", "BUS"), None, LON,
             "1987-03-27", "day", None, "asserted", None,
             "Salomon is seeking a euro-commercial paper program backed by a revolving credit (corporate finance: "
             "no type, own_blind2's lead manager); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "disclosed", (None, "FRA", "BUS"), None, LON,
             "1987-03-27", "day", None, "negated", None,
             "'None of the terms were disclosed': withheld statement, agent implied (the issuer Salomon, the "
             "story's speaker; the U.S. arranger arguable), EVENTS.md 5"),
        ],
        "skip": [
            ("seeking", "corporate finance (commercial paper program)"),
            ("supported", "corporate finance (backup credit)"),
            ("launch", "corporate finance"),
            ("approval", "condition ('subject to final approval')"),
            ("arranger", "corporate finance (arranger role)"),
            ("act as", "corporate finance (dealer role)"),
            ("issuing", "corporate finance (issuing and paying agent)"),
        ],
        "entities": [
            ("Salomon SA", "ORG", "FRA"),
            ("French", "NORP", "FRA"),
            (("French", "approval of the"), "NORP", "FRA"),
            ("Morgan Guaranty Ltd", "ORG", "USA"),
            ("Credit Suisse First Boston Ltd", "ORG", "CHE"),
            ("Morgan Guaranty Trust Co of New York", "ORG", "USA"),
            ("London", "GPE", "GBR"),
        ],
    },
    "reuters21578-15432": {
        "events": [
            # 0
            ("STATEMENT", "said", MIYAZAWA, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "assessment: the yen's rise since the Paris Agreement is within the agreed range; wire style: DCT = "
             "published_at's date (the dateline says April 8), dateline city"),
            # 1
            ("STATEMENT", "told", (("Miyazawa", "discussions in Paris"), "JPN", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the first paraphrase (EVENTS.md 3); DCT"),
            # 2
            ("CONSULT", "meeting", ("Group of Seven", None, "IGO"), None, WAS,
             None, "unknown", None, "asserted", None,
             "the Group of Seven meeting here (a group of countries: null, no actor2, 5b's G-7 meeting); a nominal "
             "with its place but no time expression ('following' does not fix its day): undated"),
            # 3
            ("STATEMENT", "added", ("He", "JPN", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "assessment: the current discussions were a 'reaffirmation' of the Paris agreement (second reporting "
             "clause, EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("strengthening", "market-price movement (the yen)"),
            (("agreed", "range"), "background relative clause (the Paris accord; AGREE by the group arguable)"),
            (("discussions", "Louvre"), "background nominal (the Louvre talks)"),
            ("happened", "market-price movement"),
            (("agreed", "range we"), "content of the quote (the Paris accord)"),
            (("discussions", "agreed to in the"), "background nominal (the Paris talks)"),
            (("discussions", "current"), "anaphoric nominal (the G7 meeting)"),
            ("reaffirmation", "content of the assessment (AGREE by the G7 arguable)"),
            (("agreement", "reaffirmation"), "anaphoric nominal (the Paris accord)"),
            ("indicating", "participial elaboration of the same statement (EVENTS.md 3)"),
            ("solidarity", "content of the statement"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Kiichi\nMiyazawa", "PERSON", "JPN"),
            ("Paris", "GPE", "FRA"),
            (("Paris", "discussions in"), "GPE", "FRA"),
            (("Miyazawa", "discussions in Paris"), "PERSON", "JPN"),
            ("Group of Seven", "ORG", None),
            (("Paris", "solidarity"), "GPE", "FRA"),
        ],
    },
    "reuters21578-17228": {
        "events": [
            # 0
            ("CONSULT", "visit", AZPURUA, JAPAN_GOV, JAPAN_LOC,
             "1987-05", "month", "mid-May", "planned", None,
             "he will visit Japan in mid-May (visitor first, host second, EVENTS.md 13); a future month; 'said' "
             "rule-3 attribution (an announced visit, EVENTS.md 1)"),
            # 1
            ("REQUEST", "seek", AZPURUA, JAPAN_GOV, JAPAN_LOC,
             "1987-05", "month", "mid-May", "planned", None,
             "to seek new credits (from Japan) during the visit: a planned request, dated by the visit (rule 3)"),
            # 2
            ("STATEMENT", "told", (("Azpurua", "Azpurua told"), "VEN", "GOV"), None, CAR,
             "1987-04-27", "day", None, "asserted", None,
             "the delegation's composition (central bank president and public finance director accompany him: "
             "part of the announced visit, no new type; a later CONSULT mention arguable); DCT, dateline city"),
            # 3
            ("CONSULT", "meetings", VEN_GOV_IMPLIED, ("Japanese economic and financial authorities", "JPN", "GOV"),
             JAPAN_LOC, "1987-05", "month", "mid-May", "planned", None,
             "'The idea is to hold meetings with Japanese ... authorities, with the banks ... and with some of the "
             "Japanese companies': one record (all Japanese: same-country compound, EVENTS.md 12), placed inside "
             "the visit (rule 3); 'Azpurua said' rule-3 attribution"),
            # 4
            ("STATEMENT", ("said", "Azpurua said he was"), (("Azpurua", "Azpurua said he was"), "VEN", "GOV"), None,
             CAR, "1987-04-27", "day", None, "asserted", None,
             "assessment: optimistic about the trip; DCT"),
            # 5
            ("AID", "disburse", (("Japan", "in light of"), "JPN", "GOV"), ("Latin American countries", None, "IGO"),
             None, None, "unknown", None, "planned", None,
             "Japan's recent announcement it will disburse 30 billion dlrs in new credit to Latin American countries "
             "(credit = AID; a group of countries: null; 'announcement' rule-3 attribution, 'recent' gives no value: "
             "undated)"),
            # 6
            ("STATEMENT", ("said", "economic community"), (("Azpurua", "economic community"), "VEN", "GOV"), None,
             CAR, "1987-04-27", "day", None, "asserted", None,
             "assessment: the trip is opportune; DCT"),
            # 7
            ("STATEMENT", ("say", "would not"), (("He", "He would not"), "VEN", "GOV"), None, CAR,
             "1987-04-27", "day", None, "negated", None,
             "'He would not say how much Venezuela will seek': withheld statement (EVENTS.md 5), DCT"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the announced visit is the event)"),
            ("expansion", "domestic industrial plan (purpose of the credits)"),
            ("accompanied", "content of the announcement (the visit's delegation; CONSULT later mention arguable)"),
            (("said", "active here"), "rule-3 attribution (the planned meetings are the event)"),
            (("trip", "optimistic about the"), "anaphoric nominal (the visit)"),
            ("announcement", "rule-3 attribution (the announced credit is the event)"),
            (("trip", "I think this"), "anaphoric nominal (the visit)"),
            ("reveal", "content of the statement"),
            (("seek", "Venezuela will"), "content of the withheld statement (the request, a later mention)"),
        ],
        "entities": [
            ("Manuel Azpurua", "PERSON", "VEN"),
            ("Japan", "GPE", "JPN"),
            ("Venezuela", "GPE", "VEN"),
            (("Azpurua", "Azpurua told"), "PERSON", "VEN"),
            ("Hernan Anzola", "PERSON", "VEN"),
            ("Jorge Marcano", "PERSON", "VEN"),
            ("Japanese", "NORP", "JPN"),
            (("Venezuela", "credits in"), "GPE", "VEN"),
            (("Japanese", "some of the"), "NORP", "JPN"),
            (("Azpurua", "active here"), "PERSON", "VEN"),
            (("Azpurua", "Azpurua said he was"), "PERSON", "VEN"),
            (("Japan", "in light of"), "GPE", "JPN"),
            ("Latin American", "NORP", None),
            (("Japanese", "for the"), "NORP", "JPN"),
            (("Azpurua", "economic community"), "PERSON", "VEN"),
            (("Venezuela", "how much"), "GPE", "VEN"),
            (("Japan", "how much"), "GPE", "JPN"),
        ],
    },
    "reuters21578-11771": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the statistics department", "TWN", "GOV"), None, TPE,
             "1987-03-31", "day", None, "asserted", None,
             "forecast of second-quarter imports; wire style: DCT = published_at's date (the dateline says April 1), "
             "dateline city"),
            # 1
            ("STATEMENT", "attributed", ("A department official", "TWN", "GOV"), None, TPE,
             "1987-03-31", "day", None, "asserted", None,
             "assessment: the increase is due to domestic investment (an official of a named body, EVENTS.md 4); DCT"),
            # 2
            ("STATEMENT", ("said", "The official said"), ("The official", "TWN", "GOV"), None, TPE,
             "1987-03-31", "day", None, "asserted", None,
             "forecast of the trade surplus; DCT"),
            # 3
            ("STATEMENT", ("said", "total exports"), (("he", "total exports"), "TWN", "GOV"), None, TPE,
             "1987-03-31", "day", None, "asserted", None,
             "forecast: most of the surplus from trade with the U.S.; DCT"),
            # 4
            ("STATEMENT", ("said", "He said he expected"), (("He", "He said he expected"), "TWN", "GOV"), None, TPE,
             "1987-03-31", "day", None, "asserted", None,
             "forecast: imports from the U.S. to rise sharply because of government efforts to balance trade; DCT"),
            # 5
            ("STATEMENT", "give", (("He", "He declined"), "TWN", "GOV"), None, TPE,
             "1987-03-31", "day", None, "negated", None,
             "'He declined to give figures': withheld statement (EVENTS.md 5), DCT"),
        ],
        "skip": [
            (("expected", "1987 are"), "content of the department's forecast"),
            (("increase", "attributed the"), "content of the statement (statistics)"),
            (("expected", "It is"), "impersonal forecast (statistics)"),
            (("expected", "April-June quarter are"), "impersonal forecast (statistics)"),
            (("expected", "surplus is"), "content of the statement (forecast)"),
            (("expected", "Most of the surplus is"), "content of the statement (forecast)"),
            (("expected", "he expected Taiwan"), "content of the statement (forecast)"),
            ("efforts", "background nominal (government efforts to balance trade with Washington)"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "4.68 billion"), "GPE", "USA"),
            (("Taiwan", "3.41 billion"), "GPE", "TWN"),
            (("U.S.", "12.03 billion"), "GPE", "USA"),
            (("Taiwan", "The official said"), "GPE", "TWN"),
            (("U.S.", "4.28 billion"), "GPE", "USA"),
            (("U.S.", "trade with the"), "GPE", "USA"),
            (("Taiwan", "trade with the"), "GPE", "TWN"),
            (("Taiwan", "importer of"), "GPE", "TWN"),
            (("Taiwan", "he expected"), "GPE", "TWN"),
            (("U.S.", "machinery"), "GPE", "USA"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-5292": {
        "events": [
            # 0
            ("STATEMENT", "said", HABIBIE, None, JAK,
             "1987-03-16", "day", None, "asserted", None,
             "Indonesia will build a palm oil terminal on Batam (a domestic infrastructure project: no type); wire "
             "style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "(Borneo),"), (("he", "(Borneo),"), "IDN", "GOV"), None, JAK,
             "1987-03-16", "day", None, "asserted", None,
             "the terminal's capacity (second reporting clause); DCT"),
            # 2
            ("STATEMENT", ("say", "did not"), (("Habibie", "Habibie did not"), "IDN", "GOV"), None, JAK,
             "1987-03-16", "day", None, "negated", None,
             "'Habibie did not say when the terminal was expected to be operational': withheld statement "
             "(EVENTS.md 5), DCT"),
        ],
        "skip": [
            ("build", "domestic infrastructure project (no type)"),
            ("handle", "content of the statement (capacity)"),
            ("offered", "agentless planned tender (no actor; COOPERATE planned arguable)"),
            (("expected", "terminal was"), "content of the withheld statement"),
        ],
        "entities": [
            ("Indonesia", "GPE", "IDN"),
            ("Batam", "LOC", "IDN"),
            ("Singapore", "GPE", "SGP"),
            ("Yusuf Habibie", "PERSON", "IDN"),
            ("Sumatra", "LOC", "IDN"),
            ("Kalimantan", "LOC", "IDN"),
            ("Borneo", "LOC", None),
            (("Habibie", "Habibie did"), "PERSON", "IDN"),
        ],
    },
    "reuters21578-969": {
        "events": [
            # 0
            ("CONSULT", "meet", ("Employers", "NLD", "BUS"), ("the port union", "NLD", "ORG"), None,
             "1987-03-03", "day", "this afternoon", "planned", None,
             "employers and the union FNV are to meet again this afternoon (talks between the two sides; 'is to' = "
             "planned); 'told Reuters' is recorded as the spokesmen's assessment (below)"),
            # 1
            ("STATEMENT", "told", ("spokesmen for both sides", "NLD", "ORG"), None, ROT,
             "1987-03-03", "day", None, "asserted", None,
             "assessment: neither side is optimistic (both sides Dutch: one record, EVENTS.md 12); the planned "
             "meeting is recorded on 'meet'; DCT, dateline city"),
            # 2
            ("CONSULT", "talks", EMPLOYERS_IMPLIED, FNV_ORG_IMPLIED, None,
             "1987-03-02", "day", "last night", "asserted", None,
             "last night's three hours of talks between the two sides (implied parties; a nominal with its own "
             "date and predication, EVENTS.md 11); last night = DCT - 1"),
            # 3
            ("STATEMENT", ("said", "union spokesman"), ("a union spokesman", "NLD", "ORG"), None, ROT,
             "1987-03-03", "day", None, "asserted", None,
             "assessment: a very large gap, no agreement expected but still talking (the union's spokesman: an "
             "identifiable body); DCT"),
            # 4
            ("ACCUSE", "accused", ("Jacques Schoufour", "NLD", "ORG"), (("the FNV", "accused"), "NLD", "ORG"), ROT,
             "1987-03-03", "day", None, "asserted", None,
             "the employers' chairman accused the FNV of intransigence: a verbal act reported in wire style among "
             "the day's statements: DCT (undated as a relayed act arguable)"),
            # 5
            ("THREATEN", ("said", "later this month"), (("Schoufour", "later this month"), "NLD", "ORG"),
             (("the FNV", "If we find"), "NLD", "ORG"), ROT,
             "1987-03-03", "day", None, "asserted", None,
             "'If we find ... the FNV still refuses ..., then we will break off the talks and the redundancies may "
             "begin': a conditional threat (the saying is the act, asserted); DCT"),
            # 6
            ("PROTEST", "strikes", FNV_ORG_IMPLIED, None, None,
             "1987-01-19", "day", "January 19", "asserted", None,
             "the series of strikes began on January 19 in protest at redundancy plans (strikers: the union side, "
             "implied; no actor2, EVENTS.md 14); a past date"),
            # 7
            ("THREATEN", ("said", "Louw de Graaf"), ("Social Affairs minister Louw de Graaf", "NLD", "GOV"),
             (("the sector", "withdraw"), "NLD", "BUS"), None,
             "1987-02", "month", "Late last month", "asserted", None,
             "unless the dispute was settled by yesterday he would withdraw the sector's labour subsidy: a "
             "conditional threat (asserted); 'Late last month' = 1987-02"),
            # 8
            ("STATEMENT", "wrote", ("Both sides", "NLD", "ORG"), None, None,
             "1987-03-02", "day", "yesterday", "asserted", None,
             "both sides wrote to the minister setting out their cases (a written statement; both Dutch: one "
             "record; REQUEST or CONSULT toward the minister arguable); yesterday = DCT - 1"),
            # 9
            ("STATEMENT", ("said", "but Schoufour"), (("Schoufour", "but Schoufour"), "NLD", "ORG"), None, ROT,
             "1987-03-03", "day", None, "asserted", None,
             "expectation: no reply from the minister before Wednesday; DCT"),
        ],
        "skip": [
            ("attempt", "purpose of the meeting"),
            ("settlement", "purpose of the meeting (content)"),
            (("dispute", "six-week-old"), "background nominal (the labour dispute; the strikes are coded below)"),
            (("made", "Little progress was"), "outcome of the talks, no new act"),
            ("reiterating", "content of the talks"),
            (("reach", "expect to"), "content of the quote (a hoped-for agreement)"),
            (("talking", "still"), "content of the quote (the ongoing talks)"),
            ("intransigence", "content of the accusation"),
            ("refusing", "content of the accusation (REJECT by the FNV arguable)"),
            ("alter", "content of the accusation"),
            (("discussions", "serious about our"), "anaphoric nominal (the talks)"),
            (("find", "If we"), "condition of the threat"),
            (("refuses", "FNV still"), "condition of the threat"),
            (("accept", "refuses to"), "condition of the threat"),
            ("break off", "content of the threat (RETREAT / REJECT hypothetical)"),
            (("begin", "may"), "content of the threat (redundancies)"),
            (("say", "which employers"), "employers as a group in a relative clause (a STATEMENT NLD arguable)"),
            (("cost", "has"), "content of the employers' claim"),
            (("plans", "protest at"), "background nominal (redundancy plans: staffing, no type)"),
            (("settled", "dispute was"), "condition of the threat"),
            ("withdraw", "content of the threat (SANCTION hypothetical)"),
            ("setting out", "participial elaboration of the letters"),
            (("hear", "expect to"), "content of the statement (the minister's reply)"),
        ],
        "entities": [
            ("FNV", "ORG", "NLD"),
            ("Rotterdam", "GPE", "NLD"),
            ("Reuters", "ORG", "GBR"),
            (("FNV", "employers and"), "ORG", "NLD"),
            ("Jacques Schoufour", "PERSON", "NLD"),
            (("FNV", "accused"), "ORG", "NLD"),
            (("FNV", "alter its stance"), "ORG", "NLD"),
            (("FNV", "If we find"), "ORG", "NLD"),
            (("Schoufour", "later this month"), "PERSON", "NLD"),
            ("Louw de Graaf", "PERSON", "NLD"),
            (("Schoufour", "setting out"), "PERSON", "NLD"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
