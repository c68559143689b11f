"""Build ``own_blind26a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind26a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,786 left); 24 drawn with random.Random(26101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
40 event records (37 first mentions, 3 later mentions), 89 not_annotated spans, 95 entity mentions;
no article without events; 5630 (Pacific Resources mooring) and 1815 (China sugar, USDA) have
reporting-clause STATEMENTs only. Types: STATEMENT 23, ASSAULT 8, COOPERATE 5, AGREE 3, AID 1;
modality: asserted 36, negated 4; precision: day 24, unknown 13, month 2, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed: the second "killed" of 13527
took the first sentence's, and "invest" matched inside "investment"). The script re-reads the file it
wrote and asserts that no gold trigger overlaps a not_annotated span. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Treasury Secretary James Baker", "Company
chairman Robert G. Reed", "Mobil president Richard Tucker": the PERSON; "Mobil" in "Mobil president"
is an ORG mention); a body with its country word is one ORG span ("U.S. Agriculture Department", as
23b); the country inside a name is not tagged separately ("petroleos de venezuela", "China Daily");
3906's text is lower-cased by the wire, and its names are tagged all the same (20b's "mexico"):
"council of ministers" ORG VEN (the Venezuelan Council of Ministers, a named body; "The cabinet" is
a common noun, not tagged), petroleos de venezuela / pdvsa / Pdvsa / the misspelt "pdsva" ORG VEN
(state oil company, 12b), champlin petroleum / champlin ORG USA (12b's Champlin Petroleum Co), union
pacific corp ORG USA, veba oel ORG DEU, nynas petroelum ORG SWE (misspelt in the text, tagged as
written), citgo ORG USA, corpus christi / texas / united states GPE USA, west germany GPE DEU, sweden
GPE SWE, arturo hernandez grisanti / Hernandez grisanti / Hernandez PERSON VEN; Oahu LOC USA (an
island, as 22b's Sardinia); "Hawaiian Independent Refinery" ORG USA (the refinery company named as a
unit of Pacific Resources; a facility, not tagged, arguable), Pacific Resources Inc / PRI ORG USA;
Reuter ORG GBR and its correspondent Subhy Haddad PERSON GBR (the employer's country, as executives
take their company's; IRQ arguable); INA ORG IRQ, IRNA ORG IRN, the al-Ghadeer Brigade, the Iranian
Revolutionary Guards and the 21st Brigade ORG IRN (military units, as 20b's Mohammed al-Qassem unit;
the 21st Brigade is one of the two Iranian brigades Iraq says it destroyed), the Baath Arab Socialist
Party ORG IRQ; "Iraqi", "Iraqis" NORP IRQ, "Iranian", "Iranians" NORP IRN; the National Fitness
Foundation and Cable News Network ORG USA; the Commodity Credit Corporation / CCC ORG USA. Operation
and accord names (Karbala-8, the Plaza agreement), reports (World Production and Trade Report),
products (CALM) and programmes are not entities.

Judgement calls made here:
* 5630 (Pacific Resources mooring): a company installing a mooring terminal at its own refinery is an
  investment in its own facility with no counterpart (25b's Slater), so its five reporting clauses
  ("Pacific Resources Inc said", "PRI said" twice, "Robert G. Reed said", "He said") are STATEMENTs
  (USA BUS, DCT, HONOLULU); the installation, the system's description and capacity and the
  forecast benefits are skipped. "the first of its kind in the U.S." and the next paragraph share one
  guideline sentence (no split after "U.S.").
* 13527 (Iraq/Iran, southern front): as 20b's Basra story, every "said" of Iraq, INA, its
  correspondent and IRNA is rule-3 attribution, the fighting being the events, all located on Iraq's
  "southern war front" (IRQ; "their" = Iraq's). "Iraq said today its troops had killed thousands of
  Iranians" is ASSAULT IRQ -> IRN, undated: "today" dates the saying and the pluperfect killing has
  no time expression of its own (20b's "Iran said its troops had killed", 24a's pluperfect after
  "earlier today"); "in checking" is the same defensive action (skipped; a separate ASSAULT, as 20b's
  "foiled", arguable). "a new Tehran offensive" is a nominal with its own agent: ASSAULT IRN ("Tehran")
  -> IRQ (implied), undated. "INA quoted a correspondent in the field as saying Baghdad's forces were
  pursuing retreating Iranian troops" is ASSAULT IRQ -> IRN on "pursuing", undated (relayed, no time
  expression; "quoted"/"saying" attribution; "retreating" describes the pursued troops, RETREAT
  arguable). "the al-Ghadeer Brigade ... and the 21st Brigade had been destroyed in the fighting" is
  ASSAULT by implied Iraqi forces -> the two Iranian brigades (one same-country record), undated.
  "Iraqi troops had surrounded the Iranians" is ASSAULT IRQ -> IRN, undated ("after the overnight
  attack" gives no value); "the overnight attack was launched" is the offensive's later mention with
  its own time expression: "overnight" before the Tuesday 7 April morning report is the night of 6-7
  April, which straddles two days, so it is kept at its month (1987-04, as EVENTS.md 21 keeps a week
  in one month); "launched" skipped as part of it. IRNA's "Iranian forces had killed or wounded over
  2,600 Iraqis" is ASSAULT IRN -> IRQ, undated ("wounded" the same act, 20b); "in their new Karbala-8
  offensive" is an adjunct naming the offensive (skipped) and "the thrust through Iraqi defences was
  continuing" its later mention (trigger "thrust", target the Iraqi defences, the first mention's date:
  unknown). Saddam Hussein presiding over a meeting of his own commanders (internal meeting), visiting
  Mosul in his own country and attending the party anniversary have no type (skipped). "Reuter
  correspondent Subhy Haddad reported from Mosul that political observers there said ..." is a
  STATEMENT by a named correspondent (GBR ORG as Reuters' man; wire style: DCT, located in Mosul); the
  observers' "said" is anonymous and its content (the offensive timed to the anniversary) skipped;
  "no word ... on fighting" has no speaker.
* 4139 (Baker on the Paris accord): "declined comment on the February 22 Paris accord" is a withheld
  STATEMENT (negated, USA GOV, DCT, NEW YORK: no place in the text); "the February 22 Paris accord
  between the six major industrial nations under which they agreed to foster exchange rate
  stability" is one AGREE by the group (null, own_blind3's Paris accord; no actor2) on "agreed",
  1987-02-22 from "February 22" (the agreeing is placed in the dated accord), located in Paris; the
  nominal "accord" in the same sentence is the same event (skipped: one record for it in the
  sentence). 'Baker replied: "We never talk about intervention."' answers
  the reporters' question on intervention levels with a refusal: a withheld STATEMENT (negated;
  asserted arguable, since he does say something); the question, the bare "speech" and the
  intervention (monetary) are skipped. "Baker also declined to comment on his views about the ...
  markets' reaction to the accord" is a second withheld STATEMENT.
* 3036 (CCC credit for Hungary): "The Commodity Credit Corporation, CCC, has authorized an
  additional 8.0 mln dlrs in credit guarantees for sales of vegetable protein meals to Hungary" is AID
  USA -> HUN (own_blind's Algeria, 23b's Morocco), undated (rule 17; "for fiscal year 1987" is the
  programme period), the department's "said" rule-3 attribution. The programme totals ("increase",
  "it said") are a STATEMENT (DCT, WASHINGTON); "The department also announced an extension of the
  export period ... to December 31" is a STATEMENT on "announced" (the extension is programme terms,
  23b's "extended"; AID arguable); the registration rule is a condition.
* 1815 (China sugar, USDA): a statistics release: "the U.S. Agriculture Department said" (crop
  revised), "In its World Production and Trade Report, the department attributed the decline to ..."
  (a report by a named author; no date given: DCT) and "it said" (beet and cane estimates) are three
  STATEMENTs (USA GOV, DCT, WASHINGTON); the revision, declines, estimates and projections are their
  content.
* 9816 (Baker on the trade gap): "Baker said he expected the U.S. trade deficit to fall" is a
  STATEMENT (DCT, WASHINGTON); 'Commenting on the deficit during an interview on Cable News Network,
  Baker said "I think you're going to see a 15 to 20 billion dlr reduction this year."' is its quoted
  restatement (later mention, EVENTS.md 3; "Commenting" the participial elaboration and the interview
  its occasion, skipped). "Baker noted that ... and said it is now 18 months since the Plaza
  agreement" gives two STATEMENTs ("noted", "said": two reporting clauses), and "the Plaza agreement
  to lower the dollar's value" is an AGREE nominal with its own content and date (4b's Plaza call,
  EVENTS.md 11): 18 months before Thu 26 March 1987 = 1985-09 (month, date_text "18 months since"),
  parties a group of countries (null), no place in the text.
* 3906 (Venezuela / Champlin): "the council of ministers approved petroleos de venezuela's planned
  purchase of a half interest in the champlin petroleum refinery ..., government sources said": the
  sources are anonymous (skipped) and the approval is a government's domestic authorization of its
  own state company's purchase, with no counterpart and no clear type (skipped; AGREE VEN -> USA
  arguable), the "planned purchase" its object (COOPERATE planned arguable); the cabinet authorizing
  the minister to approve the purchase in PDVSA's shareholders assembly is likewise domestic
  (skipped). "Pdvsa last april 14 signed a letter of intent to buy a half interest in champlin's
  corpus christi refinery" is AGREE VEN BUS -> Champlin USA BUS (letter of intent = AGREE, 24a) dated
  1986-04-14 ("last april 14" before Wed 11 March 1987), "buy" its content; "for an undisclosed sum" is
  attributive (skipped; withheld STATEMENT arguable). The provisional agreement's terms (supply through
  a jointly owned company, the joint share), "The deal", "The purhcase" and the generic "series of
  overseas joint ventures" are content / anaphoric / background (skipped). "Hernandez grisanti told
  reporters after the cabinet meeting that pdvsa will pay 93 mln dlrs for its half ownership" gives
  the terms of the agreed purchase: a STATEMENT (13b's details of an agreed deal; COOPERATE planned
  arguable), VEN GOV, DCT ("after the cabinet meeting" gives no value), Caracas (dateline as
  written); "Through the deal, he said, venezuela will be assured the sale of at least 140,000 bpd" a
  STATEMENT (forecast). "Hernandez said pdsva has entered similar joint ventures with veba oel of west
  germany, nynas petroelum in sweden, and citgo in the united states" is COOPERATE split by partner
  country (EVENTS.md 12): VEN -> DEU, VEN -> SWE, VEN -> USA, on the event noun "joint ventures"
  after the light verb "entered" (skipped), undated (present perfect, rule 17), "said" attribution.
* 945 (Mobil office in Peking): "Mobil Oil Corp of U.S. Plans to open an office in Peking ..., the
  China Daily said": a company's own office has no type and no counterpart, so the newspaper's "said"
  is a STATEMENT (CHN ORG, own_dev's newspapers, 10a's China Daily; DCT, PEKING). "It quoted Mobil
  president Richard Tucker, currently in Peking, as saying he is optimistic ..." is relayed speech:
  STATEMENT by Tucker (USA BUS) on "quoted", undated (own_blind3 / 23b), located in Peking; "currently
  in" is a stative presence (CONSULT arguable, no host named) and China's continued encouragement of
  foreign business is content (SUPPORT arguable). "It said Mobil bought 73 mln dlrs of crude oil and
  oil products from China in 1986" is COOPERATE USA BUS -> CHN, 1986 (year), "It said" attribution;
  "and sold it lubricant and fertiliser" a second COOPERATE USA -> CHN, undated: "in 1986" is read as
  scoping only its own conjunct (EVENTS.md 18; 1986 arguable). "but gave no more details" is a
  withheld STATEMENT by the China Daily (negated, DCT).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind26a.jsonl"

HON = ("HONOLULU", "USA")
BAG = ("BAGHDAD", "IRQ")
NY = ("NEW YORK", "USA")
WAS = ("WASHINGTON", "USA")
CAR = ("Caracas", "VEN")
PEK = ("PEKING", "CHN")
SOUTH_FRONT = ("southern war front", "IRQ")
MOSUL = ("Mosul", "IRQ")
PARIS = ("Paris", "FRA")
PEKING = ("Peking", "CHN")

PRI = ("Pacific Resources Inc", "USA", "BUS")
BAKER_9816 = ("Treasury Secretary James Baker", "USA", "GOV")
USDA = ("the\nU.S. Agriculture Department", "USA", "GOV")
PDVSA_S3 = ("Pdvsa", "VEN", "BUS")
PDSVA = ("pdsva", "VEN", "BUS")
MOBIL = (("Mobil", "It said Mobil"), "USA", "BUS")
CHINA_DAILY = ("the China Daily", "CHN", "ORG")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5630": {
        "events": [
            # 0
            ("STATEMENT", "said", PRI, None, HON,
             "1987-03-16", "day", None, "asserted", None,
             "announcement that it has installed a 3.5 mln dlr single-point mooring terminal at its own refinery "
             "(investment in its own facility: no type, 25b's Slater)"),
            # 1
            ("STATEMENT", ("said", "export, PRI"), (("PRI", "export, PRI"), "USA", "BUS"), None, HON,
             "1987-03-16", "day", None, "asserted", None, "description of what the system does"),
            # 2
            ("STATEMENT", ("said", "Reed said"), ("Company chairman Robert G. Reed", "USA", "BUS"), None, HON,
             "1987-03-16", "day", None, "asserted", None,
             "the mooring will permit 24-hour service and reduce ship turnaround time (assessment)"),
            # 3
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "USA", "BUS"), None, HON,
             "1987-03-16", "day", None, "asserted", None, "the mooring is the first of its kind in the U.S."),
            # 4
            ("STATEMENT", ("said", "cargo, PRI"), (("PRI", "cargo, PRI"), "USA", "BUS"), None, HON,
             "1987-03-16", "day", None, "asserted", None, "capacity of the system (vessel size)"),
        ],
        "skip": [
            ("installed", "investment in the company's own facility: no type (content of the statement)"),
            ("transfers", "generic description of the system"),
            ("carries", "generic description of the system"),
            ("permit", "content of the statement (forecast)"),
            ("reduce", "content of the statement (forecast)"),
            ("accomodate", "capacity (stative)"),
        ],
        "entities": [
            ("Pacific Resources Inc", "ORG", "USA"),
            ("Oahu", "LOC", "USA"),
            ("Hawaiian Independent Refinery", "ORG", "USA"),
            (("PRI", "export, PRI"), "ORG", "USA"),
            ("Robert G. Reed", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            (("PRI", "cargo, PRI"), "ORG", "USA"),
        ],
    },
    "reuters21578-13527": {
        "events": [
            # 0
            ("ASSAULT", "killed", ("its troops", "IRQ", "MIL"), ("thousands of Iranians", "IRN", "MIL"), SOUTH_FRONT,
             None, "unknown", None, "asserted", None,
             "Iraqi troops killed thousands of Iranians in checking the offensive; 'Iraq said today' is rule-3 "
             "attribution, 'today' dates the saying and the pluperfect killing is undated (20b, 24a)"),
            # 1
            ("ASSAULT", "offensive", ("Tehran", "IRN", "GOV"), (None, "IRQ", "MIL"), SOUTH_FRONT,
             None, "unknown", None, "asserted", None,
             "a new Iranian ('Tehran') offensive on the southern front (nominal with its own agent, EVENTS.md 11); "
             "no time expression in this clause (the later 'overnight attack' keeps its own date)"),
            # 2
            ("ASSAULT", "pursuing", ("Baghdad's forces", "IRQ", "MIL"), ("retreating Iranian troops", "IRN", "MIL"),
             SOUTH_FRONT, None, "unknown", None, "asserted", None,
             "Iraqi forces pursuing retreating Iranian troops (INA's 'quoted ... as saying' is relayed attribution); "
             "no time expression"),
            # 3
            ("ASSAULT", "destroyed", (None, "IRQ", "MIL"),
             ("the al-Ghadeer Brigade of the Iranian\nRevolutionary Guards and the 21st Brigade", "IRN", "MIL"),
             SOUTH_FRONT, None, "unknown", None, "asserted", None,
             "two Iranian brigades destroyed in the fighting (agent implied: Iraqi forces; same-country compound, one "
             "record); 'The agency said' is attribution; pluperfect, no time expression"),
            # 4
            ("ASSAULT", "surrounded", ("Iraqi troops", "IRQ", "MIL"), (("the\nIranians", "surrounded the"), "IRN", "MIL"),
             SOUTH_FRONT, None, "unknown", None, "asserted", None,
             "Iraqi troops surrounded the Iranians (the INA correspondent's 'said' is attribution); 'after the "
             "overnight attack' gives no value"),
            # 5
            ("ASSAULT", "attack", (None, "IRN", "MIL"), (None, "IRQ", "MIL"), SOUTH_FRONT,
             "1987-04", "month", "overnight", "asserted", 1,
             "later mention of the Iranian offensive with its own time expression: 'overnight' before the morning "
             "report of Tue 7 April (the night of 6-7 April straddles two days: kept at its month, EVENTS.md 21)"),
            # 6
            ("ASSAULT", ("killed", "Iranian forces had"), (("Iranian forces", "IRNA said"), "IRN", "MIL"), ("over 2,600 Iraqis", "IRQ", "MIL"),
             SOUTH_FRONT, None, "unknown", None, "asserted", None,
             "Iranian forces killed or wounded over 2,600 Iraqis (IRNA's 'said' is attribution; 20b's 'Iran said its "
             "troops had killed'); no time expression"),
            # 7
            ("ASSAULT", "thrust", (None, "IRN", "MIL"), ("Iraqi defences", "IRQ", "MIL"), SOUTH_FRONT,
             None, "unknown", None, "asserted", 1,
             "later mention: the offensive's thrust through Iraqi defences 'was continuing' (takes the first mention's "
             "date: unknown)"),
            # 8
            ("STATEMENT", "reported", ("Reuter correspondent Subhy Haddad", "GBR", "ORG"), None, MOSUL,
             "1987-04-07", "day", None, "asserted", None,
             "a named correspondent's report from Mosul (its content is anonymous observers' talk); wire style: DCT; "
             "Reuters' country GBR (IRQ arguable)"),
        ],
        "skip": [
            (("said", "Iraq said today"), "rule-3 attribution (the killing is the event; 'today' dates the saying)"),
            ("checking", "part of the killing ('killed ... in checking': the same Iraqi defensive action)"),
            ("quoted", "attribution of relayed speech (the pursuit is the event)"),
            ("saying", "attribution of relayed speech"),
            ("retreating", "description of the pursued troops (RETREAT arguable: a withdrawal under fire)"),
            (("said", "The agency said"), "rule-3 attribution (the destruction is the event)"),
            (("fighting", "destroyed in"), "anaphoric nominal (the fighting)"),
            (("said", "INA correspondent said"), "rule-3 attribution (the surrounding is the event)"),
            ("launched", "part of the attack mention (coded on 'attack')"),
            (("said", "IRNA said"), "rule-3 attribution (the killing is the event)"),
            ("wounded", "the same act as 'killed' (disjunction, 20b)"),
            (("offensive", "Karbala-8"), "adjunct naming the offensive of the killing (coded in sentence 1; the "
             "clause asserting it here is 'the thrust ... was continuing')"),
            ("continuing", "predicate of the thrust mention (coded on 'thrust')"),
            ("presided", "internal meeting of one government's commanders (convention 10)"),
            (("meeting", "presided over a"), "internal meeting of a single body"),
            ("visited", "domestic visit to a city of his own country: no host (CONSULT needs one)"),
            ("attend", "domestic celebration: no type"),
            ("celebrations", "domestic celebration: no type"),
            ("marking", "anniversary: no event"),
            (("said", "observers there"), "anonymous-source talk (political observers)"),
            (("offensive", "Iran's"), "anaphoric nominal (the Iranian offensive), content of anonymous talk"),
            ("timed", "content of anonymous talk"),
            (("fighting", "on fighting"), "anaphoric nominal (the fighting in the south)"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            ("Iranians", "NORP", "IRN"),
            ("Tehran", "GPE", "IRN"),
            ("Iraqi", "NORP", "IRQ"),
            ("INA", "ORG", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iranian", "retreating"), "NORP", "IRN"),
            ("al-Ghadeer Brigade", "ORG", "IRN"),
            ("Iranian\nRevolutionary Guards", "ORG", "IRN"),
            ("21st Brigade", "ORG", "IRN"),
            (("INA", "The INA"), "ORG", "IRQ"),
            (("Iraqi", "said Iraqi troops"), "NORP", "IRQ"),
            (("Iranians", "surrounded the"), "NORP", "IRN"),
            (("Iranian", "The Iranian news"), "NORP", "IRN"),
            ("IRNA", "ORG", "IRN"),
            (("Iranian", "IRNA said"), "NORP", "IRN"),
            ("Iraqis", "NORP", "IRQ"),
            (("Iraqi", "through Iraqi"), "NORP", "IRQ"),
            (("Iraqi", "Iraqi President"), "NORP", "IRQ"),
            ("Saddam Hussein", "PERSON", "IRQ"),
            (("Baghdad", "commanders in"), "GPE", "IRQ"),
            ("Mosul", "GPE", "IRQ"),
            ("Baath Arab Socialist Party", "ORG", "IRQ"),
            ("Reuter", "ORG", "GBR"),
            ("Subhy Haddad", "PERSON", "GBR"),
            (("Mosul", "reported from"), "GPE", "IRQ"),
            (("Iran", "Iran's offensive"), "GPE", "IRN"),
            (("Mosul", "no word in"), "GPE", "IRQ"),
        ],
    },
    "reuters21578-4139": {
        "events": [
            # 0
            ("STATEMENT", "comment", ("U.S. Treasury Secretary James Baker", "USA", "GOV"), None, NY,
             "1987-03-12", "day", None, "negated", None,
             "withheld statement ('declined comment') on the Paris accord; wire style: DCT, dateline city"),
            # 1
            ("AGREE", "agreed", (("they", "under which they"), None, "GOV"), None, PARIS,
             "1987-02-22", "day", "February 22", "asserted", None,
             "the six major industrial nations agreed to foster exchange rate stability under the February 22 Paris "
             "accord (a group of countries: null, own_blind3; the agreeing is placed in the dated accord, rule 3)"),
            # 2
            ("STATEMENT", "replied", (("Baker", "Paris, Baker"), "USA", "GOV"), None, NY,
             "1987-03-12", "day", None, "negated", None,
             "'We never talk about intervention': a refusal to answer the question on intervention levels "
             "(withheld statement; STATEMENT asserted arguable)"),
            # 3
            ("STATEMENT", ("comment", "declined to"), (("Baker", "Baker also"), "USA", "GOV"), None, NY,
             "1987-03-12", "day", None, "negated", None,
             "withheld statement ('declined to comment') on the markets' reaction to the accord"),
        ],
        "skip": [
            ("accord", "the Paris accord's nominal: same event as 'agreed' in the same sentence (coded there)"),
            ("foster", "content of the agreement"),
            ("Asked", "reporters' question"),
            ("speech", "bare nominal (Baker's speech, no content; STATEMENT arguable, 25b)"),
            ("intervention\nlevels", "monetary operation (content of the question)"),
            ("set", "content of the question (intervention levels: monetary)"),
            ("talk", "content of the reply (habitual)"),
            (("intervention", "talk\nabout"), "monetary operation (content of the reply)"),
            ("reaction", "market reaction (no actor)"),
            (("accord", "reaction to the"), "anaphoric nominal (the Paris accord)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Paris", "GPE", "FRA"),
            ("National\nFitness Foundation", "ORG", "USA"),
            (("Paris", "set in"), "GPE", "FRA"),
            (("Baker", "Paris, Baker"), "PERSON", "USA"),
            (("Baker", "Baker also"), "PERSON", "USA"),
        ],
    },
    "reuters21578-3036": {
        "events": [
            # 0
            ("AID", "authorized", ("The Commodity Credit Corporation", "USA", "GOV"), ("Hungary", "HUN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "additional 8.0 mln dlrs of credit guarantees for vegetable protein meal sales to Hungary (own_blind's "
             "Algeria, 23b's Morocco); 'has authorized' has no time expression (rule 17; 'for fiscal year 1987' is the "
             "programme period); USDA's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "15.0 mln, it"), (("it", "15.0 mln, it"), "USA", "GOV"), None, WAS,
             "1987-03-09", "day", None, "asserted", None, "programme totals: credit line and cumulative programme"),
            # 2
            ("STATEMENT", "announced", ("The department", "USA", "GOV"), None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "announcement of an extension of the export period to December 31 (programme terms: no type; AID "
             "arguable); wire style: DCT"),
        ],
        "skip": [
            (("said", "Agriculture Department said"), "rule-3 attribution (the credit guarantees are the event)"),
            (("guarantees", "The additional"), "anaphoric nominal (the authorized guarantees)"),
            (("increase", "guarantees increase"), "effect on the programme totals (statistics)"),
            ("increases", "effect on the programme totals (statistics)"),
            ("extension", "programme terms (export period extended), content of the announcement (AID arguable)"),
            ("registered", "condition of the programme"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("Hungary", "GPE", "HUN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
    "reuters21578-1815": {
        "events": [
            # 0
            ("STATEMENT", "said", USDA, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "statistics release: China's 1986/87 sugar crop revised to 5.26 mln tonnes"),
            # 1
            ("STATEMENT", "attributed", (("the department", "Report, the"), "USA", "GOV"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "in its World Production and Trade Report (a report by a named author): the decline attributed to poor "
             "profitability; no time expression: DCT"),
            # 2
            ("STATEMENT", ("said", "season, it"), (("it", "season, it"), "USA", "GOV"), None, WAS,
             "1987-03-04", "day", None, "asserted", None, "beet and cane output estimates"),
        ],
        "skip": [
            ("revised", "content of the statistics release (forecast revision)"),
            (("decline", "attributed the"), "statistics (anaphoric: the crop decline)"),
            ("causing", "content of the report (cause)"),
            (("decline", "beets to"), "statistics (harvested area)"),
            ("estimated", "content of the statement (statistics)"),
            ("projected", "content of the statement (statistics)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
    "reuters21578-9816": {
        "events": [
            # 0
            ("STATEMENT", "said", BAKER_9816, None, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "forecast: the U.S. trade deficit to fall by 15 to 20 billion dlrs in 1987"),
            # 1
            ("STATEMENT", ("said", "Network, Baker"), (("Baker", "Network, Baker"), "USA", "GOV"), None, WAS,
             "1987-03-26", "day", None, "asserted", 0,
             "later mention: quoted restatement of the forecast in the CNN interview (EVENTS.md 3); no time "
             "expression for the interview: DCT"),
            # 2
            ("STATEMENT", "noted", (("Baker", "Baker noted"), "USA", "GOV"), None, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "assessment: a weaker currency takes 12 to 18 months to affect the trade balance"),
            # 3
            ("STATEMENT", ("said", "and said it"), (("Baker", "Baker noted"), "USA", "GOV"), None, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "second reporting clause ('noted ... and said', EVENTS.md 3): 18 months since the Plaza agreement"),
            # 4
            ("AGREE", "agreement", (None, None, "GOV"), None, None,
             "1985-09", "month", "18\nmonths since", "asserted", None,
             "the Plaza agreement to lower the dollar's value: a nominal with its own content and date (4b's Plaza "
             "call; EVENTS.md 11): 18 months before Thu 26 March 1987 = September 1985; parties a group of countries "
             "(null), place not given in the text"),
        ],
        "skip": [
            ("expected", "content of the statement (forecast)"),
            ("fall", "statistics (trade deficit), content of the forecast"),
            ("Commenting", "participial elaboration of the reporting clause (EVENTS.md 3)"),
            ("interview", "occasion of the statement (part of the reporting clause)"),
            ("see", "content of the quote"),
            ("reduction", "statistics (trade deficit), content of the quote"),
            ("affect", "generic (content of the assessment)"),
            ("lower", "content of the agreement (exchange-rate aim)"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Cable News\nNetwork", "ORG", "USA"),
            (("Baker", "Network, Baker"), "PERSON", "USA"),
            (("Baker", "Baker noted"), "PERSON", "USA"),
        ],
    },
    "reuters21578-3906": {
        "events": [
            # 0
            ("AGREE", "signed", PDVSA_S3, (("champlin", "interest in champlin's"), "USA", "BUS"), None,
             "1986-04-14", "day", "last april 14", "asserted", None,
             "letter of intent to buy a half interest in Champlin's Corpus Christi refinery (letter of intent = AGREE, "
             "24a/9b); 'last april 14' before Wed 11 March 1987 = 1986-04-14; 'buy' is its content"),
            # 1
            ("STATEMENT", "told", ("Hernandez grisanti", "VEN", "GOV"), None, CAR,
             "1987-03-11", "day", None, "asserted", None,
             "terms of the agreed purchase: pdvsa will pay 93 mln dlrs in cash and oil (details of an agreed deal, "
             "13b's Lacy call; COOPERATE planned arguable); 'after the cabinet meeting' gives no value: DCT"),
            # 2
            ("STATEMENT", ("said", "he said"), (("he", "he said"), "VEN", "GOV"), None, CAR,
             "1987-03-11", "day", None, "asserted", None,
             "assessment: through the deal Venezuela will be assured sales of 140,000 bpd"),
            # 3
            ("COOPERATE", ("joint ventures", "similar"), PDSVA, ("veba oel", "DEU", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "joint venture with Veba Oel of West Germany (compound split by country, EVENTS.md 12); 'has entered' has "
             "no time expression (rule 17); 'Hernandez said' is attribution"),
            # 4
            ("COOPERATE", ("joint ventures", "similar"), PDSVA, ("nynas petroelum", "SWE", "BUS"), None,
             None, "unknown", None, "asserted", None, "joint venture with Nynas Petroleum in Sweden (split record)"),
            # 5
            ("COOPERATE", ("joint ventures", "similar"), PDSVA, ("citgo", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None, "joint venture with Citgo in the United States (split record)"),
        ],
        "skip": [
            ("approved", "domestic authorization of the state oil company's planned purchase by its own government "
             "(no counterpart; AGREE VEN -> USA arguable), relayed by anonymous government sources"),
            (("purchase", "planned"), "object of the approval (the purchase agreed in the letter of intent; "
             "COOPERATE planned arguable)"),
            (("said", "government sources"), "anonymous-source talk (government sources)"),
            ("authorized", "domestic authorization of a minister by the cabinet (no type)"),
            (("approve", "to approve"), "content of the authorization (shareholder vote of the state company)"),
            (("purchase", "approve the"), "anaphoric nominal (the purchase)"),
            ("buy", "content of the letter of intent (EVENTS.md 8)"),
            ("undisclosed", "attributive: price of the 1986 letter of intent not disclosed (withheld STATEMENT "
             "arguable)"),
            (("agreement", "provisional"), "anaphoric nominal (the letter of intent)"),
            ("supply", "content of the agreement (hypothetical)"),
            ("jointly owned", "content of the agreement (ownership)"),
            (("deal", "The deal"), "anaphoric nominal"),
            ("allow", "content of the agreement"),
            ("purhcase", "anaphoric nominal (the purchase)"),
            (("joint ventures", "series of overseas"), "background nominal (generic series of ventures, no "
             "counterpart named; COOPERATE arguable)"),
            ("assure", "background (Venezuela's assured markets)"),
            ("cabinet meeting", "internal meeting of a single body (background nominal)"),
            ("pay", "content of the statement (terms of the agreed purchase; COOPERATE planned arguable)"),
            (("deal", "Through the"), "anaphoric nominal"),
            ("assured", "content of the statement (forecast)"),
            (("sale", "assured the"), "content of the statement"),
            (("said", "Hernandez said"), "rule-3 attribution (the joint ventures are the events)"),
            ("entered", "light verb of the joint ventures (coded on 'joint ventures')"),
        ],
        "entities": [
            ("council of ministers", "ORG", "VEN"),
            ("petroleos de venezuela", "ORG", "VEN"),
            ("champlin petroleum", "ORG", "USA"),
            ("corpus christi", "GPE", "USA"),
            ("texas", "GPE", "USA"),
            ("arturo\nhernandez grisanti", "PERSON", "VEN"),
            (("petroleos de venezuela", "state oil company"), "ORG", "VEN"),
            ("pdvsa", "ORG", "VEN"),
            ("Pdvsa", "ORG", "VEN"),
            (("champlin", "interest in champlin's"), "ORG", "USA"),
            (("corpus christi", "champlin's corpus"), "GPE", "USA"),
            (("venezuela", "agreement, venezuela"), "GPE", "VEN"),
            (("pdvsa", "owned by the"), "ORG", "VEN"),
            (("champlin", "pdvsa and"), "ORG", "USA"),
            ("union pacific corp", "ORG", "USA"),
            (("pdvsa", "allow pdvsa"), "ORG", "VEN"),
            (("champlin", "joint share in"), "ORG", "USA"),
            (("venezuela", "by which"), "GPE", "VEN"),
            ("Hernandez grisanti", "PERSON", "VEN"),
            (("pdvsa", "that pdvsa"), "ORG", "VEN"),
            (("champlin", "champlin refinery"), "ORG", "USA"),
            (("venezuela", "he said,"), "GPE", "VEN"),
            (("Hernandez", "Hernandez said"), "PERSON", "VEN"),
            ("pdsva", "ORG", "VEN"),
            ("veba oel", "ORG", "DEU"),
            ("west germany", "GPE", "DEU"),
            ("nynas petroelum", "ORG", "SWE"),
            ("sweden", "GPE", "SWE"),
            ("citgo", "ORG", "USA"),
            ("united states", "GPE", "USA"),
        ],
    },
    "reuters21578-945": {
        "events": [
            # 0
            ("STATEMENT", "said", CHINA_DAILY, None, PEK,
             "1987-03-03", "day", None, "asserted", None,
             "Mobil plans to open an office in Peking to develop exploration opportunities (a company's own office: "
             "no type, no counterpart); the newspaper an identifiable ORG speaker (own_dev, 10a)"),
            # 1
            ("STATEMENT", "quoted", ("Mobil president Richard Tucker", "USA", "BUS"), None, PEKING,
             None, "unknown", None, "asserted", None,
             "relayed speech ('It quoted ... as saying', own_blind3 / 23b): optimism about investment prospects, Peking "
             "will keep encouraging foreign business; undated; he is 'currently in Peking'"),
            # 2
            ("COOPERATE", "bought", MOBIL, (("China", "products from"), "CHN", "GOV"), None,
             "1986", "year", "in 1986", "asserted", None,
             "Mobil bought 73 mln dlrs of crude oil and products from China in 1986 ('It said' is attribution)"),
            # 3
            ("COOPERATE", "sold", MOBIL, (("it", "sold it"), "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Mobil sold China lubricant and fertiliser; 'in 1986' read as scoping only its own conjunct (EVENTS.md "
             "18), so undated (1986 arguable)"),
            # 4
            ("STATEMENT", "gave no more details", (("It", "It said Mobil"), "CHN", "ORG"), None, PEK,
             "1987-03-03", "day", None, "negated", None, "withheld statement ('gave no more details')"),
        ],
        "skip": [
            ("Plans to open an", "content of the newspaper's statement (a company's own office: no type)"),
            ("develop", "purpose of the office"),
            ("currently in", "stative presence (a visit with no host named; CONSULT arguable)"),
            ("saying", "part of the relayed-speech frame ('quoted ... as saying')"),
            ("encourage", "content of the relayed statement (Chinese policy; SUPPORT arguable)"),
            (("invest", "to invest here"), "content of the relayed statement"),
            (("said", "It said"), "rule-3 attribution (the purchases and sales are the events)"),
        ],
        "entities": [
            ("Mobil Oil Corp", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Peking", "GPE", "CHN"),
            ("China", "GPE", "CHN"),
            ("China Daily", "ORG", "CHN"),
            (("Mobil", "It quoted"), "ORG", "USA"),
            ("Richard Tucker", "PERSON", "USA"),
            (("Peking", "currently in"), "GPE", "CHN"),
            (("China", "prospects\nin"), "GPE", "CHN"),
            (("Peking", "and that"), "GPE", "CHN"),
            (("Mobil", "It said Mobil"), "ORG", "USA"),
            (("China", "products from"), "GPE", "CHN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
