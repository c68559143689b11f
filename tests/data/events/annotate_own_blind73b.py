"""Build ``own_blind73b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind73b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(2028 left); 24 drawn with random.Random(73101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
47 event records (41 first mentions, 6 later mentions), 90 not_annotated spans, 106 entity mentions
(GPE 49, ORG 28, PERSON 18, NORP 9, LOC 2); 4275 (Fed not expected to add reserves) has no event at all
(economists' talk, monetary operations and market movements only); 5811 (Reserve Bank foreign exchange
volume) has reporting-clause STATEMENTs only.
Types: STATEMENT 14, ACCUSE 12, SUPPORT 8, AGREE 6, CONSULT 6, PROTEST 1; modality: asserted 44, planned 3;
precision: day 33, unknown 12, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed: the
skipped "detailed"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("U.K. Chancellor of the Exchequer Nigel Lawson": GPE "U.K." +
PERSON; "U.S. Treasury Secretary James Baker": GPE + PERSON; "Bundesbank President Karl Otto Poehl": ORG +
PERSON; "West German Finance Minister Gerhard Stoltenberg": NORP + PERSON, 62b; "President Reagan",
"Finance Minister Lesly Delatour": PERSON only; "Australia's Minister for Trade Negotiations" gives only
GPE "Australia"); the possessive 's is left out ("Haiti's", "Australia's", "the U.S.'s"); lower-case bodies
are not entity spans ("a Bonn finance ministry spokesman": only GPE "Bonn", 53a; "ministry officials",
"western government creditors"); "U.S. Administration" gives only GPE "U.S." (68a); a government body with
its country word is one ORG span ("Jamaican Information Service", "White House Economic Policy Council",
"EC Commission"); a capitalised short name of a body is a mention ("The Commission", "The Community", 62b's
"Association"); "EC" in "EC Common Agricultural Policy" and "EC-U.S." and "U.S." in "U.S. Plans", "U.S.
Cereals", "U.S. Semiconductors", "U.S. Sugar" and "U.S.-Japan" are mentions; the elliptical "North and
South America" is one LOC span; "American" in the quoted "buy American" policy is NORP USA; the Louvre
accord, the Common Agricultural Policy, the EEP (a programme), Federal funds (a rate) and currencies are
not entities.
Countries: "U.K." GPE GBR, Nigel Lawson / "Lawson" PERSON GBR, "U.S." / United States / USA / Washington /
Miami GPE USA, James Baker / "Baker" and Reagan PERSON USA, the White House Economic Policy Council, the
Federal Reserve / "Fed" ORG USA, "American" NORP USA; West Germany, Frankfurt and Bonn GPE DEU, "West
German" NORP DEU, the Bundesbank ORG DEU, Karl Otto Poehl and Gerhard Stoltenberg / "Stoltenberg" PERSON
DEU; Yasuhiro Nakasone / "Nakasone", Masaharu Gotoda and Tadashi Kuranari PERSON JPN, Japan GPE JPN,
"Japanese" NORP JPN; Venice GPE ITA, "Western" NORP null (19b), Asia LOC null; Australia GPE AUS,
"Australian" NORP AUS, Michael Duffy / "Duffy" PERSON AUS, the Reserve Bank ORG AUS (the Reserve Bank of
Australia; dateline SYDNEY); the European Community / EC / EC Commission / European Commission /
"Commission" / "Community", the Cairns Group, GATT / General Agreement on Tariffs and Trade and the Paris
Club ORG null, Willy De Clercq PERSON null (an EC office holder, 24b/49a), "European" / "Europeans" NORP
null, North and South America LOC null; Malaysia GPE MYS, Thailand THA, Indonesia IDN; the Jamaican
Information Service ORG JAM, Paris GPE FRA; Port-au-Prince and Haiti GPE HTI, "Haitian" NORP HTI, the
Haitian American Sugar Company ORG HTI (Haiti's largest sugar mill), Lesly Delatour PERSON HTI, the
Dominican Republic GPE DOM.

Judgement calls made here:
* 20893 (Lawson welcomes Louvre reaffirmation, DCT Mon 1987-10-19, LONDON; the story of 62b's 20907 seen
  from London, coded the same way where the texts agree): "Lawson welcomed on Monday the reaffirmation by
  the U.S. And West Germany of the Louvre accord" is SUPPORT GBR GOV (praise of other actors' act,
  12a/43b/50a's "welcomed") split by target country (EVENTS.md 12: GBR -> USA and GBR -> DEU), 1987-10-19
  ("on Monday" = the DCT), LONDON; "the reaffirmation by the U.S. And West Germany" is a nominal with its own
  agents (50a's G-7 reaffirmation = AGREE): AGREE USA -> DEU (mutual, first-named first), undated ("Monday"
  dates the welcome); the first "Louvre accord" is its bare object (skipped). "His office said Lawson had
  welcomed the outcome of a meeting between Baker, Poehl and Stoltenberg" is the welcome's later mention (two
  records, USA and DEU, first mention's date), "said" rule-3 attribution. "a meeting between U.S. Treasury
  Secretary James Baker, Bundesbank President Karl Otto Poehl, and West German Finance Minister Gerhard
  Stoltenberg in Frankfurt" is CONSULT USA -> DEU (a nominal with its participants and place, predicated
  again in "The meeting came after"; visitor first; Poehl and Stoltenberg a same-country compound, one
  record), located in Frankfurt, undated (the text gives it no date; 62b's text said "on Monday"); "After
  the meeting" and "The meeting came" are anaphoric (skipped). "a Bonn finance ministry spokesman quoted
  Stoltenberg as saying he was confident ..." is 62b's STATEMENT by Stoltenberg on "quoted" (his own
  ministry reporting it: wire style, DCT), location null (the dateline LONDON is not where it was said).
  "Baker criticised West Germany for increasing key interest rates" is ACCUSE USA -> DEU, undated (as 62b;
  "saying" its participial elaboration, the rate rise a monetary operation); "last February's Louvre
  accord" is AGREE by the implied group of countries (null, no actor2; 17a/27b/62b's Louvre call), 1987-02.
* 10265 (Nakasone to visit Washington, DCT Thu 1987-03-26 from published_at, dateline "March 27", TOKYO):
  "Nakasone will make an official week-long visit to the United States from April 29 and hold talks in
  Washington with President Reagan, ... Gotoda told reporters" is CONSULT JPN -> USA planned, 1987-04-29
  (the visit dated by its start), located in the United States; the talks are part of the visit (one
  consultation, 19a / 15a: "talks" skipped), "told" rule-3 attribution. "Government sources said" and
  "U.S. Industry sources in Washington said" are anonymous (skipped with their content: Nakasone's aims,
  the June Venice summit, a background nominal inside anonymous talk, CONSULT planned 1987-06 arguable; the
  Economic Policy Council "recommending trade sanctions against Japan for violating" the pact, REQUEST
  arguable). "Foreign Minister Tadashi Kuranari will accompany Nakasone, ministry officials said" is a
  STATEMENT JPN GOV (the delegation's composition, 54b's "accompanied" call; CONSULT later mention
  arguable; officials of a named government, EVENTS.md 4), DCT, TOKYO. "Under the pact, Japan pledged to
  stop dumping microchips ... and open its domestic market to U.S. Semiconductors" is AGREE JPN -> the
  implied U.S. (a promise in the two countries' agreement), undated (no time expression).
* 20091 (Australia's Duffy hopes for farm reform, DCT Tue 1987-10-20, KUALA LUMPUR): the lead "is
  optimistic that progress is possible" has no reporting verb (skipped as a stance; STATEMENT arguable),
  the EC's and U.S. farm subsidies are domestic (skipped). "Michael Duffy said a European Commission scheme
  to reform the EC Common Agricultural Policy and U.S. Plans to eliminate farm subsidies ... are steps in
  the right direction" is SUPPORT AUS GOV (endorsement of other actors' plans, 43b; STATEMENT arguable, as
  EVENTS.md 6 for a policy) split: -> the European Commission (null) and -> USA, DCT, KUALA LUMPUR; the
  quote '"... There is goodwill in agricultural reform being shown by the USA, the EC and the Cairns Group,"
  he told reporters' restates it (two later mentions, USA and null: the EC and the Cairns Group are both
  null, one record). "Duffy said the Cairns Group ... is on the verge of agreeing a common position for
  forthcoming ... (GATT) talks" is AGREE by the group (null, no actor2, own_blind3's group agreement),
  planned ("on the verge of" = expected), undated, "said" rule-3 attribution; the GATT talks a background
  nominal (skipped). "The group ... advocates free farm trade and says U.S., European and Japanese subsidies
  are stopping it competing" is ACCUSE by the group (null) split into USA, null (European) and JPN records,
  a standing complaint, undated (EVENTS.md 17's "have been critical of"; habitual and skipped arguable);
  "advocates" (a standing position, no actor asked) and "includes" are skipped. "Duffy is on a two-day
  visit to Malaysia" is CONSULT AUS -> MYS, under way when reported: DCT (29a's "on a four-day official
  visit"), in Malaysia; "after talks in North and South America, the EC and Thailand" CONSULT AUS -> null
  (the regions' hosts unnamed, the EC) and AUS -> THA, asserted, undated; "and leaves for Indonesia on
  Wednesday" CONSULT AUS -> IDN planned, 1987-10-21 (the next Wednesday from Tue 20 Oct).
* 12602 (EC lists U.S. trade barriers, DCT Thu 1987-04-02, BRUSSELS): "The European Community responded to
  widespread U.S. criticism of its trade policies by publishing an extensive list of U.S. actions which
  pose obstacles to EC exports" is ACCUSE EC (null IGO) -> USA on "publishing" (a complaint issued as a
  report, a reporting act like "issued figures": wire style, DCT, BRUSSELS; "responded" names the same act
  and is not listed); "widespread U.S. criticism" is a background nominal (skipped; ACCUSE USA -> EC
  arguable). The EC report is a report by a named author (EVENTS.md 4: its clauses are speech acts by the
  EC, null, DCT, BRUSSELS): the spokeswoman's "said" (the report answers a U.S. document and updates an EC
  list) is a STATEMENT, and "a similar document issued by U.S. Administration officials in November" ACCUSE
  USA -> the implied EC (null), 1986-11 (a nominal with its own agent and date); De Clercq's "said its object
  was to show ... 'the U.S. Were not innocents in the matter'" is ACCUSE null -> USA; the Commission's
  "said" (not all barriers inconsistent with U.S. obligations) and "emphasised" (many could be removed at
  the trade talks) two STATEMENTs; '"... Europeans face similar problems in the U.S.," it said' restates the
  report's purpose (later mention of De Clercq's ACCUSE; a new ACCUSE arguable); "It also criticises
  programs to boost U.S. Cereals exports" ACCUSE; "The document said the U.S.'s ... EEP ... had subsidised
  exports of ..." and "The subsidies granted so far were worth about 620 mln dlrs, it added" STATEMENTs
  (statistics); '"The Community has already reacted ... by increasing its exports refunds, and will continue
  to do so," it said, adding the current GATT round would also provide an opportunity ...' two STATEMENTs
  (its own export refunds have no type; THREATEN arguable); "The document also says import quotas maintained
  by the U.S. ... restrict EC exports" ACCUSE null -> USA; "the report deplores a recent U.S.-Japan accord on
  semi-conductors, export controls ..., standards tests ... and the U.S. Administration's 'buy American' ...
  policy" ACCUSE null -> USA (a JPN record for the accord's other party arguable; the accord a background
  nominal, skipped). "covers", "lists" and "Among the obstacles detailed" describe the report's content
  (skipped; "lists" a later mention of the publication arguable).
* 2817 (Jamaica corrects Paris Club figure, DCT Fri 1987-03-06, NEW YORK): "The Jamaican Information
  Service said the rescheduling agreement reached with the Paris Club ... covers 125.5 mln dlrs of debt and
  not 25.5 mln dlrs as it announced yesterday" is a STATEMENT JAM GOV (a correction of a figure; the
  agreement presupposed), DCT, NEW YORK; "the rescheduling agreement reached with the Paris Club" is AGREE
  JAM (implied) -> the Paris Club (null; 18a/21b/47a's Paris Club debt agreement, debtor first), dated and
  placed by the same accord's "clinched on Thursday in Paris" in the next sentence (1987-03-05, Paris; an
  undated first mention arguable), and "clinched" its later mention; "as it announced yesterday" a
  STATEMENT JAM GOV, 1987-03-05 ("yesterday"). The rescheduling terms ("is being rescheduled", "will be
  rescheduled", "treated as arrears") are the accord's content (skipped; AID Paris Club -> JAM arguable).
* 5811 (Australian currency trading record, DCT Tue 1987-03-17, SYDNEY): "the Reserve Bank said in its
  monthly bulletin" and "the bank said" are STATEMENTs AUS GOV (statistics releases), DCT, SYDNEY; the
  volume figures are statistics.
* 16749 (Haitian cane planters protest mill closure, DCT Mon 1987-04-13, PORT-AU-PRINCE): "About 2,000
  sugar cane planters marched to Port-au-Prince to protest against the closure of Haiti's largest sugar
  mill" is PROTEST HTI ORG (protesters as strikers) -> the mill (HTI BUS, the Haitian American Sugar
  Company; the clause names the target, EVENTS.md 14), undated (no time expression, rule 4), located in
  Port-au-Prince; "protest" is left unlisted (a system may trigger on it). The company's closure "on
  Friday" and its consequences have no type (skipped). "The firm said Haiti has been flooded with smuggled
  ... sugar from the Dominican Republic and ... U.S. Sugar from Miami" is a STATEMENT HTI BUS (no identified
  smuggler: not an accusation), DCT. "The protesters blamed Finance Minister Lesly Delatour for the closure,
  saying his policies have hurt Haitian businesses" is ACCUSE HTI ORG -> HTI GOV, placed in the undated
  march (undated), "saying" its participial elaboration.
* 4275 (Fed not expected to add reserves, DCT Thu 1987-03-12, NEW YORK): every "said" is by economists
  (anonymous, EVENTS.md 4) and their content is Fed reserve operations (monetary, EVENTS.md 10); the Fed
  funds rate movements are market movements: no event, ten skips.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind73b.jsonl"

LON = ("LONDON", "GBR")
TOK = ("TOKYO", "JPN")
KUL = ("KUALA LUMPUR", "MYS")
BRU = ("BRUSSELS", "BEL")
NYC = ("NEW YORK", "USA")
SYD = ("SYDNEY", "AUS")
PAP = ("Port-au-Prince", "HTI")
PAP_DL = ("PORT-AU-PRINCE", "HTI")

GBR_GOV = "GBR", "GOV"
USA_GOV = "USA", "GOV"
DEU_GOV = "DEU", "GOV"
JPN_GOV = "JPN", "GOV"
AUS_GOV = "AUS", "GOV"
JAM_GOV = "JAM", "GOV"
HTI_ORG = "HTI", "ORG"
IGO = None, "IGO"
DUFFY = (("Duffy", "Duffy is on"),) + AUS_GOV
CAIRNS = ("The group",) + IGO
JAM_IMPLIED = (None, "JAM", "GOV")
PARIS_CLUB = ("the Paris Club of western government creditors",) + IGO

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-20893": {
        "events": [
            # 0
            (
                "SUPPORT",
                "welcomed",
                ("Nigel Lawson",) + GBR_GOV,
                (("U.S.", "reaffirmation by the"),) + USA_GOV,
                LON,
                "1987-10-19",
                "day",
                "Monday",
                "asserted",
                None,
                "welcomed the U.S. and West German reaffirmation of the Louvre accord (praise of other actors' act, "
                "12a/43b/50a's 'welcomed'); compound target split by country (EVENTS.md 12): USA record; 'on Monday' "
                "= the DCT; no place in the text: dateline city",
            ),
            # 1
            (
                "SUPPORT",
                "welcomed",
                ("Nigel Lawson",) + GBR_GOV,
                ("West Germany",) + DEU_GOV,
                LON,
                "1987-10-19",
                "day",
                "Monday",
                "asserted",
                None,
                "the same welcome, DEU record of the split compound target",
            ),
            # 2
            (
                "AGREE",
                "reaffirmation",
                (("U.S.", "reaffirmation by the"),) + USA_GOV,
                ("West Germany",) + DEU_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the reaffirmation of the Louvre accord by the U.S. and West Germany (a nominal with its own agents, "
                "50a's G-7 reaffirmation = AGREE; mutual, first-named first); no time expression of its own "
                "('Monday' dates the welcome): undated",
            ),
            # 3
            (
                "SUPPORT",
                ("welcomed", "had"),
                (("Lawson", "His office said"),) + GBR_GOV,
                ("U.S. Treasury Secretary James Baker",) + USA_GOV,
                LON,
                "1987-10-19",
                "day",
                "Monday",
                "asserted",
                0,
                "later mention: Lawson 'had welcomed the outcome of a meeting between' Baker, Poehl and Stoltenberg "
                "(the same welcome; USA record); 'His office said' rule-3 attribution; first mention's date",
            ),
            # 4
            (
                "SUPPORT",
                ("welcomed", "had"),
                (("Lawson", "His office said"),) + GBR_GOV,
                ("Bundesbank President Karl Otto Poehl",) + DEU_GOV,
                LON,
                "1987-10-19",
                "day",
                "Monday",
                "asserted",
                1,
                "later mention of the welcome, DEU record (Poehl and Stoltenberg: a same-country compound)",
            ),
            # 5
            (
                "CONSULT",
                "meeting",
                ("U.S. Treasury Secretary James Baker",) + USA_GOV,
                ("Bundesbank President Karl Otto Poehl",) + DEU_GOV,
                ("Frankfurt", "DEU"),
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the meeting of Baker with Poehl and Stoltenberg in Frankfurt (a nominal with its participants and place, "
                "predicated again in 'The meeting came after'; visitor first, EVENTS.md 13; Poehl and Stoltenberg one "
                "DEU record); the text gives it no date (62b's same meeting was 'on Monday'; here undated, rule 4)",
            ),
            # 6
            (
                "STATEMENT",
                "quoted",
                (("Stoltenberg", "quoted"),) + DEU_GOV,
                None,
                None,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "his own ministry's spokesman quoted Stoltenberg as confident currencies could be stabilised (62b's "
                "call: a STATEMENT by Stoltenberg on 'quoted', reported by his own ministry, wire style: DCT); location "
                "null (the dateline LONDON is not where a Bonn spokesman spoke)",
            ),
            # 7
            (
                "ACCUSE",
                "criticised",
                (("Baker", "came after"),) + USA_GOV,
                (("West Germany", "criticised"),) + DEU_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Baker criticised West Germany for raising interest rates ('saying' its participial elaboration); no "
                "time expression ('The meeting came after' gives only an order): undated, as 62b",
            ),
            # 8
            (
                "AGREE",
                ("accord", "February's Louvre"),
                (None,) + IGO,
                None,
                None,
                "1987-02",
                "month",
                "last February",
                "asserted",
                None,
                "last February's Louvre accord: a nominal with its own date (EVENTS.md 11); a group of countries "
                "agreeing: null, no actor2 (17a/27b/62b's Louvre call); 'last February' in October = 1987-02; the text "
                "names no place",
            ),
        ],
        "skip": [
            ("accord", "bare nominal (object of the reaffirmation; the Louvre accord coded in the last sentence)"),
            ("stabilising", "purpose of the accord"),
            (("said", "His office"), "rule-3 attribution (Lawson's welcome is the event)"),
            ("outcome", "object of the welcome"),
            (("meeting", "After the"), "anaphoric nominal (the Frankfurt meeting)"),
            (("saying", "Stoltenberg as"), "part of the quoting clause"),
            ("confident", "content of the statement"),
            ("stabilised", "content of the statement"),
            (("meeting", "The meeting came"), "anaphoric nominal (the Frankfurt meeting)"),
            ("increasing", "monetary operation (interest rates): object of the criticism"),
            (("saying", "interest rates,"), "participial elaboration of 'criticised' (EVENTS.md 3)"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            (("U.S.", "reaffirmation by the"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Lawson", "His office said"), "PERSON", "GBR"),
            (("U.S.", "meeting between"), "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Bundesbank", "ORG", "DEU"),
            ("Karl Otto Poehl", "PERSON", "DEU"),
            (("West German", "Poehl, and"), "NORP", "DEU"),
            ("Gerhard Stoltenberg", "PERSON", "DEU"),
            ("Frankfurt", "GPE", "DEU"),
            ("Bonn", "GPE", "DEU"),
            (("Stoltenberg", "quoted"), "PERSON", "DEU"),
            (("Baker", "came after"), "PERSON", "USA"),
            (("West Germany", "criticised"), "GPE", "DEU"),
        ],
    },
    "reuters21578-10265": {
        "events": [
            # 0
            (
                "CONSULT",
                "visit",
                ("Prime Minister Yasuhiro Nakasone",) + JPN_GOV,
                ("the United States",) + USA_GOV,
                ("the United States", "USA"),
                "1987-04-29",
                "day",
                "April 29",
                "planned",
                None,
                "official week-long visit to the United States from April 29 (visitor first, EVENTS.md 13; dated by "
                "its start, EVENTS.md 21); the talks in Washington with Reagan are part of the visit (one "
                "consultation, 19a / 15a); Gotoda's 'told reporters' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "ministry officials"),
                ("ministry officials",) + JPN_GOV,
                None,
                TOK,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "Kuranari will accompany Nakasone (the delegation's composition, 54b's call; 'accompany' skipped, a "
                "CONSULT later mention arguable); officials of a named government (EVENTS.md 4); DCT (published_at, not "
                "the dateline's March 27), dateline city",
            ),
            # 2
            (
                "AGREE",
                "pledged",
                (("Japan", "Under the pact,"),) + JPN_GOV,
                (None,) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "under the semiconductor pact Japan pledged to stop dumping and open its market (a promise toward the "
                "other party, the U.S., implied); narration with no time expression: undated",
            ),
        ],
        "skip": [
            ("talks", "part of the visit (one consultation, 19a / 15a)"),
            ("told", "rule-3 attribution (the announced visit is the event)"),
            (("said", "Government sources"), "anonymous-source talk (government sources)"),
            ("resolve", "content of anonymous talk"),
            ("discuss", "content of anonymous talk"),
            ("summit", "background nominal inside anonymous talk (CONSULT of the group, planned 1987-06, arguable)"),
            ("accompany", "content of the officials' statement (the delegation, 54b; CONSULT later mention arguable)"),
            (("said", "Industry sources"), "anonymous-source talk (industry sources)"),
            ("recommending", "content of anonymous talk (REQUEST USA -> USA arguable)"),
            ("sanctions", "content of anonymous talk"),
            ("violating", "content of anonymous talk"),
            (("agreement", "two countries'"), "background nominal (the semiconductor pact)"),
            ("pact", "anaphoric nominal (the semiconductor pact)"),
            ("stop dumping", "content of the pledge"),
            (("open", "Asia and"), "content of the pledge"),
        ],
        "entities": [
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            ("United States", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Masaharu Gotoda", "PERSON", "JPN"),
            (("Nakasone", "Government sources said"), "PERSON", "JPN"),
            ("Venice", "GPE", "ITA"),
            ("Western", "NORP", None),
            ("Tadashi Kuranari", "PERSON", "JPN"),
            (("Nakasone", "accompany"), "PERSON", "JPN"),
            (("U.S.", "ministry officials said."), "GPE", "USA"),
            (("Washington", "sources in"), "GPE", "USA"),
            ("White House Economic Policy Council", "ORG", "USA"),
            ("Japan", "GPE", "JPN"),
            (("Japan", "Under the pact,"), "GPE", "JPN"),
            (("U.S.", "microchips in the"), "GPE", "USA"),
            ("Asia", "LOC", None),
            (("U.S.", "domestic market to"), "GPE", "USA"),
        ],
    },
    "reuters21578-20091": {
        "events": [
            # 0
            (
                "SUPPORT",
                "said",
                ("Michael Duffy",) + AUS_GOV,
                ("European Commission",) + IGO,
                KUL,
                "1987-10-20",
                "day",
                None,
                "asserted",
                None,
                "the European Commission's CAP reform scheme and U.S. plans to end farm subsidies are steps in the right "
                "direction (endorsement of other actors' plans, 43b's praise of a decision; STATEMENT arguable); "
                "compound split by country: EC record (null); wire style: DCT, dateline city",
            ),
            # 1
            (
                "SUPPORT",
                "said",
                ("Michael Duffy",) + AUS_GOV,
                (("U.S.", "Policy and"),) + USA_GOV,
                KUL,
                "1987-10-20",
                "day",
                None,
                "asserted",
                None,
                "the same endorsement, USA record",
            ),
            # 2
            (
                "SUPPORT",
                "told",
                (("he", 'Cairns Group,"'),) + AUS_GOV,
                (("EC", "the USA, the"),) + IGO,
                KUL,
                "1987-10-20",
                "day",
                None,
                "asserted",
                0,
                "quote restating the endorsement ('goodwill in agricultural reform being shown by the USA, the EC and "
                "the Cairns Group', EVENTS.md 3 later mention); the EC and the Cairns Group both null: one record",
            ),
            # 3
            (
                "SUPPORT",
                "told",
                (("he", 'Cairns Group,"'),) + AUS_GOV,
                ("USA",) + USA_GOV,
                KUL,
                "1987-10-20",
                "day",
                None,
                "asserted",
                1,
                "the quoted restatement, USA record",
            ),
            # 4
            (
                "AGREE",
                "agreeing",
                ("the Cairns Group of 14 agricultural and commodity producers",) + IGO,
                None,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "the Cairns Group is on the verge of agreeing a common position for the GATT talks (a group of countries "
                "agreeing: null, no actor2, own_blind3's Paris accord; 'on the verge of' = expected: planned); no time "
                "expression: undated; Duffy's 'said' rule-3 attribution",
            ),
            # 5
            (
                "ACCUSE",
                ("says", "free farm trade and"),
                CAIRNS,
                (("U.S.", "says"),) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the group says U.S., European and Japanese subsidies stop it competing (a standing complaint, undated as "
                "EVENTS.md 17's 'have been critical of'); targets split by country: USA record",
            ),
            # 6
            (
                "ACCUSE",
                ("says", "free farm trade and"),
                CAIRNS,
                (("European", "U.S.,"),) + IGO,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the same complaint, European (EC, null) record",
            ),
            # 7
            (
                "ACCUSE",
                ("says", "free farm trade and"),
                CAIRNS,
                ("Japanese",) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the same complaint, JPN record",
            ),
            # 8
            (
                "CONSULT",
                "visit",
                DUFFY,
                (("Malaysia", "visit to"),) + ("MYS", "GOV"),
                ("Malaysia", "MYS"),
                "1987-10-20",
                "day",
                None,
                "asserted",
                None,
                "on a two-day visit to Malaysia (visitor first; a nominal with its own predication, 29a's 'on a four-day "
                "official visit'), under way when reported: dated by the report (DCT), as 29a",
            ),
            # 9
            (
                "CONSULT",
                ("talks", "after"),
                DUFFY,
                (("EC", "South America, the"),) + IGO,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "earlier talks in North and South America and the EC (hosts unnamed or a group: null); no time "
                "expression: undated",
            ),
            # 10
            (
                "CONSULT",
                ("talks", "after"),
                DUFFY,
                ("Thailand",) + ("THA", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the same talks, Thailand record (split by country, EVENTS.md 12); undated",
            ),
            # 11
            (
                "CONSULT",
                "leaves",
                DUFFY,
                ("Indonesia",) + ("IDN", "GOV"),
                ("Indonesia", "IDN"),
                "1987-10-21",
                "day",
                "Wednesday",
                "planned",
                None,
                "leaves for Indonesia on Wednesday: the next visit (EVENTS.md 13's 'will arrive here'); future "
                "Wednesday from Tue 20 Oct = 1987-10-21",
            ),
        ],
        "skip": [
            (
                "optimistic",
                "his stance described by the reporter, no reporting verb (the statements are coded on "
                "'said' / 'told'; STATEMENT arguable)",
            ),
            ("reducing", "content of the stance"),
            ("grant", "domestic farm subsidies (no type)"),
            ("scheme", "object of the endorsement"),
            (("reform", "scheme to"), "object of the endorsement"),
            ("eliminate", "object of the endorsement (U.S. plans)"),
            ("shown", "content of the quote"),
            (("talks", "(GATT)"), "background nominal (forthcoming GATT talks; CONSULT planned arguable)"),
            ("includes", "stative (membership)"),
            ("advocates", "standing position of the group, no actor asked (habitual; STATEMENT arguable)"),
            ("stopping", "content of the complaint"),
        ],
        "entities": [
            ("Australia", "GPE", "AUS"),
            ("European Community", "ORG", None),
            ("United States", "GPE", "USA"),
            ("Michael Duffy", "PERSON", "AUS"),
            ("European Commission", "ORG", None),
            (("EC", "reform the"), "ORG", None),
            (("U.S.", "Policy and"), "GPE", "USA"),
            ("USA", "GPE", "USA"),
            (("EC", "the USA, the"), "ORG", None),
            ("Cairns Group", "ORG", None),
            (("Duffy", "Duffy said the"), "PERSON", "AUS"),
            (("Cairns Group", "Duffy said the"), "ORG", None),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            (("Australia", "includes"), "GPE", "AUS"),
            ("Malaysia", "GPE", "MYS"),
            (("U.S.", "says"), "GPE", "USA"),
            (("European", "U.S.,"), "NORP", None),
            ("Japanese", "NORP", "JPN"),
            (("Duffy", "Duffy is on"), "PERSON", "AUS"),
            (("Malaysia", "visit to"), "GPE", "MYS"),
            ("North and South America", "LOC", None),
            (("EC", "South America, the"), "ORG", None),
            ("Thailand", "GPE", "THA"),
            ("Indonesia", "GPE", "IDN"),
        ],
    },
    "reuters21578-12602": {
        "events": [
            # 0
            (
                "ACCUSE",
                "publishing",
                ("The European Community",) + IGO,
                (("U.S.", "extensive list of"),) + USA_GOV,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "responded to U.S. criticism by publishing a list of U.S. actions obstructing EC exports (a complaint "
                "issued as a report, like 'issued figures' a reporting act: wire style, DCT, dateline city); "
                "'responded' names the same act",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "spokeswoman"),
                ("A spokeswoman for the EC Commission",) + IGO,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the report answers a U.S. document and updates a previous EC list (explanation); DCT",
            ),
            # 2
            (
                "ACCUSE",
                "issued",
                ("U.S. Administration officials",) + USA_GOV,
                (None,) + IGO,
                None,
                "1986-11",
                "month",
                "November",
                "asserted",
                None,
                "a similar document (of alleged EC malpractices) issued by U.S. Administration officials in November (a "
                "nominal with its own agent and date, EVENTS.md 11); target the EC implied (null); past November from "
                "April 1987 = 1986-11",
            ),
            # 3
            (
                "ACCUSE",
                ("said", "De Clercq"),
                ("EC External Trade Relations Commissioner Willy De Clercq",) + IGO,
                (("U.S.", '"the'),) + USA_GOV,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the report's object is to show that 'the U.S. were not innocents in the matter' (an accusation; EC "
                "office holder: null); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The Commission said"),
                ("The Commission",) + IGO,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "not all the barriers are necessarily inconsistent with U.S. obligations (assessment); DCT",
            ),
            # 5
            (
                "STATEMENT",
                "emphasised",
                ("The Commission",) + IGO,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "many barriers could be removed at the upcoming trade talks (second reporting clause, EVENTS.md 3); DCT",
            ),
            # 6
            (
                "ACCUSE",
                ("said", 'in the U.S.," it'),
                (("it", 'in the U.S.,"'),) + IGO,
                (("U.S.", "similar problems in the"),) + USA_GOV,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                3,
                "quote restating the report's purpose ('Europeans face similar problems in the U.S.'): later mention "
                "of De Clercq's accusation (EVENTS.md 3; a new ACCUSE arguable)",
            ),
            # 7
            (
                "ACCUSE",
                "criticises",
                (("It", "It also"),) + IGO,
                (("U.S.", "boost"),) + USA_GOV,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the report criticises programs to boost U.S. cereals exports (a report by a named author, the EC "
                "Commission, EVENTS.md 4; present tense, no time expression: DCT)",
            ),
            # 8
            (
                "STATEMENT",
                ("said", "The document said"),
                ("The document",) + IGO,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the EEP subsidised 9.7 mln tonnes of wheat exports etc. (statistics in the report); DCT",
            ),
            # 9
            (
                "STATEMENT",
                "added",
                (("it", "620 mln dlrs,"),) + IGO,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "subsidies granted worth about 620 mln dlrs (statistics); DCT",
            ),
            # 10
            (
                "STATEMENT",
                ("said", 'continue to do so," it'),
                (("it", 'continue to do so,"'),) + IGO,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the Community has reacted to EEP subsidies by raising its export refunds and will continue (its own "
                "export subsidies: no type; THREATEN arguable); DCT",
            ),
            # 11
            (
                "STATEMENT",
                "adding",
                (("it", 'continue to do so,"'),) + IGO,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the GATT round will also give an opportunity to address the subject ('said ..., adding' = two records, "
                "EVENTS.md 3); DCT",
            ),
            # 12
            (
                "ACCUSE",
                ("says", "The document also"),
                (("The document", "address the subject"),) + IGO,
                (("U.S.", "maintained by the"),) + USA_GOV,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "U.S. import quotas on farm products restrict EC exports (complaint in the report); DCT",
            ),
            # 13
            (
                "ACCUSE",
                "deplores",
                (("the report", "In addition,"),) + IGO,
                (("U.S.", "recent"),) + USA_GOV,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "deplores the U.S.-Japan semiconductor accord, U.S. export controls, standards tests and 'buy American' "
                "procurement (criticism of U.S. measures; a JPN record for the accord's other party arguable); DCT",
            ),
        ],
        "skip": [
            ("criticism", "background nominal (U.S. criticism of EC policies; ACCUSE USA -> EC arguable, undated)"),
            ("pose", "stative (content of the list)"),
            ("response", "content of the spokeswoman's statement"),
            ("alleged", "content (the report's allegations)"),
            ("updated", "content of the spokeswoman's statement"),
            ("show", "content of the accusation"),
            ("taken", "content of the accusation"),
            ("covers", "stative description of the report"),
            (
                "lists",
                "description of the report's content (the list's publication is coded on 'publishing'; later "
                "mention arguable)",
            ),
            ("removed", "content of the statement (hypothetical)"),
            ("talks", "background nominal (upcoming trade talks)"),
            ("impede", "content of the quote"),
            (("detailed", "Among the obstacles"), "description of the report's content"),
            (("restrictions", "import"), "content of the report (the obstacles listed)"),
            ("boost", "object of the criticism"),
            ("began", "background (the programme's start)"),
            ("subsidised", "content of the statement (statistics)"),
            ("granted", "content of the statement"),
            ("reacted", "content of the statement (the EC's own export refunds)"),
            (("increasing", "by"), "content of the statement"),
            ("provide", "content of the statement"),
            ("address", "content of the statement"),
            ("maintained", "stative (content of the complaint)"),
            (("restrict", "cottons,"), "content of the complaint"),
            ("accord", "background nominal, object of the criticism (AGREE USA -> JPN arguable)"),
            ("export controls", "object of the criticism"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            (("U.S.", "widespread"), "GPE", "USA"),
            (("U.S.", "extensive list of"), "GPE", "USA"),
            (("EC", "obstacles to"), "ORG", None),
            ("EC Commission", "ORG", None),
            (("U.S.", "issued by"), "GPE", "USA"),
            (("EC", "previous"), "ORG", None),
            (("EC", "EC External"), "ORG", None),
            ("Willy De Clercq", "PERSON", None),
            (("U.S.", "trading partners of the"), "GPE", "USA"),
            (("U.S.", '"the'), "GPE", "USA"),
            (("EC", "entire field of"), "ORG", None),
            (("U.S.", "entire field of EC-"), "GPE", "USA"),
            (("Commission", "The Commission said"), "ORG", None),
            (("U.S.", "inconsistent with"), "GPE", "USA"),
            (("U.S.", "faced by"), "GPE", "USA"),
            ("Europeans", "NORP", None),
            (("U.S.", "similar problems in the"), "GPE", "USA"),
            (("U.S.", "boost"), "GPE", "USA"),
            (("U.S.", "document said the"), "GPE", "USA"),
            (("Community", "The Community has"), "ORG", None),
            (("U.S.", "reacted where necessary to"), "GPE", "USA"),
            ("GATT", "ORG", None),
            (("U.S.", "maintained by the"), "GPE", "USA"),
            (("EC", "restrict"), "ORG", None),
            (("U.S.", "recent"), "GPE", "USA"),
            (("Japan", "recent U.S.-"), "GPE", "JPN"),
            (("U.S.", "telecommunications arena and the"), "GPE", "USA"),
            (("American", "buy"), "NORP", "USA"),
        ],
    },
    "reuters21578-2817": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The Jamaican Information Service",) + JAM_GOV,
                None,
                NYC,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the Paris Club rescheduling covers 125.5 mln dlrs, not 25.5 mln as announced yesterday (a correction "
                "of a figure; the agreement itself is presupposed, coded on 'agreement'); wire style: DCT, dateline "
                "city",
            ),
            # 1
            (
                "AGREE",
                "agreement",
                JAM_IMPLIED,
                PARIS_CLUB,
                ("Paris", "FRA"),
                "1987-03-05",
                "day",
                "Thursday",
                "asserted",
                None,
                "the rescheduling agreement reached with the Paris Club (a nominal with its own predication; 18a/21b/47a's "
                "Paris Club debt agreement = AGREE, debtor first, Jamaica implied); dated and placed by the same "
                "accord's 'clinched on Thursday in Paris' in the next sentence (past Thursday from Fri 6 March = "
                "1987-03-05; undated arguable)",
            ),
            # 2
            (
                "STATEMENT",
                "announced",
                (("it", "as"),) + JAM_GOV,
                None,
                None,
                "1987-03-05",
                "day",
                "yesterday",
                "asserted",
                None,
                "the Information Service's earlier announcement of the (wrong) figure, dated by its own 'yesterday'",
            ),
            # 3
            (
                "AGREE",
                "clinched",
                JAM_IMPLIED,
                (None,) + IGO,
                ("Paris", "FRA"),
                "1987-03-05",
                "day",
                "Thursday",
                "asserted",
                1,
                "later mention: the accord 'clinched on Thursday in Paris' (a reduced relative with its own date and "
                "place); both parties implied",
            ),
        ],
        "skip": [
            (("rescheduling", "the"), "content of the agreement (AID Paris Club -> JAM arguable)"),
            ("covers", "content of the statement"),
            (("accord", "Under the"), "anaphoric nominal (the Paris Club agreement)"),
            ("owed", "stative (debt)"),
            (("rescheduled", "is being"), "content of the accord (its terms; AID arguable)"),
            ("treated", "content of the accord (its terms)"),
            (("rescheduled", "will be"), "content of the accord (its terms)"),
            (("rescheduled", "rest of the debt will be"), "content of the accord (its terms)"),
        ],
        "entities": [
            ("Jamaican Information Service", "ORG", "JAM"),
            ("Paris Club", "ORG", None),
            (("Paris", "Thursday in"), "GPE", "FRA"),
        ],
    },
    "reuters21578-5811": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("the Reserve Bank",) + AUS_GOV,
                None,
                SYD,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "statistics release in its monthly bulletin (record spot foreign exchange volume in January); wire "
                "style: DCT (January dates the volume, not the release), dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "the bank"),
                ("the bank",) + AUS_GOV,
                None,
                SYD,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "statistics: total deliverable volume including forward deals; DCT",
            ),
        ],
        "skip": [
            ("jumped", "statistics (market volume)"),
            ("broke", "statistics (market volume)"),
            ("seen", "statistics (market volume)"),
        ],
        "entities": [
            ("Australian", "NORP", "AUS"),
            ("Reserve Bank", "ORG", "AUS"),
            (("Australian", "against the"), "NORP", "AUS"),
        ],
    },
    "reuters21578-16749": {
        "events": [
            # 0
            (
                "PROTEST",
                "marched",
                ("About 2,000 sugar cane planters",) + HTI_ORG,
                ("Haiti's largest sugar mill",) + ("HTI", "BUS"),
                PAP,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "about 2,000 cane planters marched to Port-au-Prince to protest the closure of Haiti's largest sugar mill "
                "(a demonstration; the clause names the target, EVENTS.md 14: the mill, i.e. the Haitian American "
                "Sugar Company, HTI BUS; protesters ORG as strikers); no time expression: undated (rule 4)",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The firm"),
                ("The firm",) + ("HTI", "BUS"),
                None,
                PAP_DL,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "Haiti has been flooded with smuggled sugar from the Dominican Republic and U.S. sugar from Miami (no "
                "identified smuggler: an assessment, not an accusation); wire style: DCT, dateline city",
            ),
            # 2
            (
                "ACCUSE",
                "blamed",
                ("The protesters",) + HTI_ORG,
                ("Finance Minister Lesly Delatour",) + ("HTI", "GOV"),
                PAP,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the protesters blamed the Finance Minister for the closure ('saying' its participial elaboration); "
                "placed in the undated march: undated",
            ),
        ],
        "skip": [
            (("closure", "against the"), "object of the protest (a company's closure: no type)"),
            ("closed", "a company's closure (no type)"),
            ("flooded", "content of the statement (smuggling, no named actor)"),
            ("idled", "consequence of the closure (no type)"),
            (("saying", "for the closure,"), "participial elaboration of 'blamed' (EVENTS.md 3)"),
            ("hurt", "content of the accusation"),
        ],
        "entities": [
            ("Port-au-Prince", "GPE", "HTI"),
            ("Haiti", "GPE", "HTI"),
            ("Haitian American Sugar Company", "ORG", "HTI"),
            (("Haiti", "The firm said"), "GPE", "HTI"),
            ("Dominican Republic", "GPE", "DOM"),
            ("U.S.", "GPE", "USA"),
            ("Miami", "GPE", "USA"),
            ("Lesly Delatour", "PERSON", "HTI"),
            (("Haitian", "hurt"), "NORP", "HTI"),
        ],
    },
    "reuters21578-4275": {
        "events": [],
        "skip": [
            ("intervene", "monetary operation (content of anonymous economists' talk)"),
            (("said", "several economists"), "anonymous-source talk (economists, EVENTS.md 4)"),
            (("said", "They"), "anonymous-source talk (economists)"),
            ("wait", "content of anonymous talk (monetary operation)"),
            ("supplying", "monetary operation"),
            (("said", "a few economists"), "anonymous-source talk (economists)"),
            ("inject", "monetary operation"),
            ("repurchase agreements", "monetary operation (customer repos)"),
            ("hovered", "market-price movement (Fed funds rate)"),
            ("averaging", "market-price movement"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            (("Fed", "They said the"), "ORG", "USA"),
            (("Fed", "chance that the"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
