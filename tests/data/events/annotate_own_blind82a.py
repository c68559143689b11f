"""Build ``own_blind82a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind82a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1884 left); 24 drawn with random.Random(82101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
46 event records (39 first mentions, 7 later mentions), 96 not_annotated spans, 120 entity mentions
(ORG 49, GPE 36, NORP 17, PERSON 11, LOC 7); no article without events; 395 (ONIC delivery estimates)
and 18990 (OECD on Italy) have statistics-release / forecast STATEMENTs only.
Types: STATEMENT 25, SANCTION 9, AGREE 6, RETREAT 2, REQUEST 1, AID 1, COOPERATE 1, SUPPORT 1; modality:
asserted 42, negated 2, hypothetical 1, planned 1; precision: day 35, unknown 7, month 3, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, two wrong skip anchors fixed:
"stimulate" first matched inside "stimulated" and "result" in "as a result of"; a skip for the second
"cost" added). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Treasury Secretary James Baker", "UNITA leader Jonas
Savimbi": PERSON only, with ORG "UNITA" for the named movement; "Stephen Vastagh, ITC investigator":
PERSON + ORG "ITC"); a government body with its country word is one ORG span with no nested GPE/NORP
("U.S. International Trade Commission", "U.S. Congress", "U.S Customs" without its final point,
"Canadian Bureau of Non-Prescription Drugs", "French Cereals Intervention Board"); company names are
tagged with their legal form and without angle brackets ("Enka BV", "Akzo NV", "BASF Corp", "BASF AG",
"Vipont Laboratories Inc"), tickers ("<AKZO.AS>", "<BASF.F>") are not entities; the possessive 's is
left out ("Angola's", "UNITA's", "Washington's", "Commerce's", "ONIC's", "Italy's", "OECD's"); a name
inside a hyphenated modifier is still a mention ("U.S." in "U.S.-backed", "Cuban" in "Cuban-backed",
27b's "French-backed"; "UNITA" in "UNITA-held"); "Paris" in "Paris Accord" / "Paris agreements" is a
GPE (35a), while the accords themselves and the Plaza Agreement are not entities (29a); a named railway
or transport corridor is LOC with its common noun ("Benguela railroad", "Benguela route", "Beira
corridor", as earlier sets' canals and "Villespedue oil field"); "Community" in "Community stores" (the
EC) and a named committee ("Dairy Management Committee") are ORG; products (Viadent, Colback),
currencies (Ecus) and the OECD's half-yearly report are not entities.
Countries: UNITA ORG AGO (a rebel movement takes its country, 11b/22b), Jonas Savimbi / "Savimbi"
PERSON AGO, Angola, Lobito, Jamba and Luanda GPE AGO, "Angolan" NORP AGO, the Benguela railroad / route
LOC AGO, Zaire GPE ZAR (the period code, as 16a), Zambia ZMB, Mozambique MOZ, Tanzania TZA, South Africa
ZAF (GPE), "Cuban" NORP CUB, the Beira corridor LOC MOZ (it runs through Mozambique), the Atlantic and
the Indian ocean LOC null, "U.S." and Washington GPE USA, the U.S. Congress ORG USA, "Americans" NORP
USA; the European Community / "EC" / "Community", the EC Commission and its Dairy Management Committee
ORG null, the Soviet Union GPE SUN, Belgium BEL, West Germany DEU, the Netherlands NLD (GPE); the U.S.
International Trade Commission / ITC, the Commerce Department / "Commerce" and U.S Customs ORG USA,
Stephen Vastagh / "Vastagh" PERSON USA, the United States and "U.S." GPE USA, "Brazilian" NORP BRA,
Cutrale ORG BRA (a Brazilian producer); Enka BV / "Enka" and Akzo NV ORG NLD (dateline ARNHEM), BASF
Corp ORG USA ("of Delaware", the licensee; "Basf" and "BASF will start ... in the U.S." taken as it),
BASF AG ORG DEU ("of West Germany"), Delaware GPE USA, West Germany GPE DEU; Vipont Laboratories Inc ORG
USA (the text gives no country; dateline FORT COLLINS, Colo., as 55a's Princeville), "Canadian" NORP
CAN, Canada GPE CAN; James Baker / "Baker" PERSON USA, the National Newspaper Association ORG USA
(29a), Paris GPE FRA; the French Cereals Intervention Board / ONIC ORG FRA, "French" NORP FRA; the
Organisation for Economic Cooperation and Development / OECD ORG null, Italy GPE ITA, "Italian" NORP
ITA.

Judgement calls made here:
* 10244 (UNITA offers to reopen the Benguela railroad, DCT Thu 1987-03-26, WASHINGTON): "UNITA rebel
  group has offered to reopen the Benguela railroad" is AGREE (an offer is a promise, the round-5 "was
  prepared to provide" call) AGO ORG with actor2 null (no addressee named; Zaire and Zambia appear only
  as the places the line links: AGREE toward them arguable), undated (present perfect, no time
  expression, rule 17; sets 15-16's perfect verbal acts). "Savimbi, in a statement made in his Jamba
  headquarters ... and released by UNITA's Washington office, said he was prepared to guarantee safe
  passage for non-military freight" is its later mention on "said" (the saying is the act, EVENTS.md
  1, 19a's "was prepared to escort" on the speech verb), DCT by rule 2 (rule 2 before rule 3), located
  in Jamba; "statement", "made" and "released" belong to the reporting clause (skipped), "guarantee" is
  content. "Savimbi challenged the Cuban-backed Angolan government ... to match his offer and allow
  goods to pass through" is REQUEST AGO ORG -> AGO GOV, DCT; "There was no immediate response from
  Luanda" is a withheld STATEMENT AGO GOV (negated, 5b's "elicited no response"), DCT, WASHINGTON.
  "UNITA has been fighting the ... government since 1976" is background description of the civil war
  (skipped; ASSAULT AGO -> AGO arguable); "U.S.-backed" and "Cuban-backed" are background modifiers
  (66b/27b). "The offer ... would help South Africa's black neighbors" is the reporter's assessment (no
  speaker). "The U.S. Congress is currently considering a proposal to spend some 500 mln dlrs to build
  another railroad to help these states" is AID USA GOV -> "these states" (South Africa's black
  neighbours, a group: null IGO) on "spend", hypothetical (merely considered, EVENTS.md's "what
  sanctions if any"), undated ("currently" dates the considering, the deliberation of a single body,
  skipped). "Savimbi suggested the Benguela route as an alternative" is a STATEMENT (a proposal with no
  actor asked, EVENTS.md 2; REQUEST toward the USA arguable) and '"The Benguela route can safely open
  immediately," he said' a second STATEMENT (an assessment; a later mention of the suggestion
  arguable), both DCT and taken as the Jamba statement (location not scored); the following quote has
  no reporting verb, and "the money they say it will cost" is content.
* 9786 (EC sells butter to the Soviet Union, DCT Thu 1987-03-26, BRUSSELS): "The European Community
  today sold 181,500 tonnes of ageing butter to the Soviet Union ..., a spokesman for the EC Commission
  said" is COOPERATE EC (null IGO) -> SUN GOV, 1987-03-26 ("today"), "said" rule-3 attribution. "He
  said the EC's Dairy Management Committee accepted bids from operators to export the butter" is a
  STATEMENT (null IGO, DCT, BRUSSELS): accepting tender bids from unnamed operators is export
  administration (own_dev's accepted bids; a later mention of the sale arguable). The intervention
  buying ("was bought into Community stores"), "The sales" (anaphoric) and the surplus run-down
  (domestic policy) are skipped.
* 16630 (ITC rules against Brazilian orange juice, DCT Mon 1987-04-13, WASHINGTON): as 53a's 3109 and
  43b's 3892, adverse dumping rulings are SANCTION USA GOV -> the Brazilian exporters (BRA BUS, anchored
  on "Brazilian" or implied) and a duty cut or exclusion is RETREAT. "The U.S. International Trade
  Commission, ITC, voted to authorize the Commerce Department to impose anti-dumping duties" is the
  first mention, dated 1987-04-13 by "Today's ITC ruling" two sentences on (the same ruling; 50a dated
  "concluded" by a later "Today's agreement"); "The ITC voted 3-2 ... in its final ruling", "Today's ITC
  ruling ... activates an anti-dumping duty of 1.96 pct" ("activates" left unlisted) and "The ITC found
  that Brazilian orange juice imports have injured U.S. producers" (the injury finding, the substance of
  the ruling; ACCUSE arguable) are its later mentions. "the Commerce Department's final ruling of March
  9" is a separate SANCTION (a nominal with its own date, EVENTS.md 11), 1987-03-09, with "The Commerce
  Department had already ruled that the imports were unfairly priced" its later mention (same date)
  and "and lowered to 1.96 pct the anti-dumping margin" a RETREAT USA -> BRA (43b's duty cut), placed in
  that final ruling (1987-03-09, rule 3). "the anti-dumping margin that in a preliminary decision last
  fall had been set at 8.5 pct" is SANCTION (agent implied), 1986 ("last fall", a season at its year,
  own_blind3). "The U.S. government has been requiring bond to be posted on imports of Brazilian ...
  juice since Commerce's preliminary ruling of last October 23" is SANCTION USA -> BRA dated by its
  start, 1986-10-23 (undated arguable); the "since" adjunct's "ruling" is a later mention of the
  preliminary decision in a time adjunct (skipped; SANCTION 1986-10-23 arguable). "Commerce had ruled
  that ... Cutrale ... would be excluded from the anti-dumping duty" is RETREAT USA GOV -> Cutrale (BRA
  BUS) on "ruled" ("excluded" content), undated (no time expression). "Commerce then will process the
  anti-dumping order and transmit it to U.S Customs, which will liquidate bond entries ... and begin
  assessing duties" is one SANCTION planned, U.S Customs -> BRA (implied), on "assessing" (the duty put
  into effect; processing, transmitting and liquidating are procedural steps, skipped), undated ("then"
  gives no value). Vastagh's "said" after the ITC ruling, the margin sentence, the bond sentence and the
  Customs sentence are rule-3 attribution. Four reporting clauses are STATEMENTs (USA GOV, DCT,
  WASHINGTON): Brazilian imports' share of U.S. supply (statistics), the 1985/86 imports ("imported"
  statistics), "Currently, the United States requires a 35-cent per gallon tariff on orange juice
  imports" (a standing tariff on all imports with no target party: stative, "requires" and "tariff"
  skipped; SANCTION arguable), "An ITC spokesman said the agency would forward its final report ... to
  Commerce by April 22" (an inter-agency step, no type) and "He said about 12 Brazilian ... exporters ...
  would be affected by the decision"; "petition" (unnamed petitioners) is a background nominal.
* 12062 (Enka licence agreement with BASF, DCT Wed 1987-04-01, ARNHEM): "Enka BV ... said it has
  concluded a licence agreement with the fibres division of <BASF Corp> of Delaware" is AGREE NLD BUS ->
  USA BUS (16a's Playboy licence; trigger "concluded" as 50a), undated (rule 17), "said" rule-3
  attribution. "Enka will supply know-how ... and Basf will also purchase the right for production and
  sale of the Colback products" (no reporting verb) gives the licence's terms (16a/17b/19a: skipped;
  COOPERATE planned NLD -> USA arguable). "BASF will start non-woven fibre production in the U.S. In 1988,
  Enka said" is a STATEMENT (the licensee's own production plan, no type; "In 1988" governs the
  production), DCT, ARNHEM; "A spokesman for Enka declined to comment on the financial details of the
  deal" is a withheld STATEMENT (negated, on "comment"), DCT.
* 3753 (Canada approves Vipont toothpaste, DCT Wed 1987-03-11, FORT COLLINS): "Vipont Laboratories Inc
  said the Canadian Bureau of Non-Prescription Drugs approved its Viadent toothpaste and oral rinse for
  marketing" is SUPPORT CAN GOV -> Vipont (USA BUS, anchored on "its"; a regulator's approval of a
  company's application, 46b's CFTC approval and 31a's panel approval; domestic regulation with no type
  arguable), undated, "said" attribution. "The company also said it finalized an agreement with a
  Canadian marketing company to introduce the product in the country" is AGREE USA BUS -> CAN BUS on
  "finalized" (as 50a's "concluded"), undated, "said" attribution, "introduce" content. "It said Viadent
  helps prevent plaque ..." and "The products should be available in Canada in three to four months, the
  company added" are STATEMENTs (a product claim; the company's own plan), DCT, FORT COLLINS.
* 2620 (Baker: G-6 pact just a start, DCT Fri 1987-03-06, WASHINGTON): "Baker said the agreement among
  industrial nations in Paris last month is only a start in Washington's drive ..." is a STATEMENT (DCT,
  WASHINGTON) and "the agreement among industrial nations in Paris last month" an AGREE nominal with its
  own date and place (EVENTS.md 11; the group null, no actor2, own_blind3 / 26a's Paris accord), 1987-02
  ("last month"), located in Paris; "Under such circumstances, the countries agreed their currencies were
  within ranges ..." is its later mention (the accord's core finding; first mention's date). 'In a speech
  to the National Newspaper Association, Baker said "the six steps ... are only a start."' is the
  lead's quoted restatement (later mention, EVENTS.md 3; 29a's NNA speech); 'He added "we see our role
  as a steward ..."', "Baker also said he still sees 'ominous' signs of pressure for protectionist trade
  legislation" and "But he also said he believed a coalition was forming that supported free trade" are
  three STATEMENTs (DCT). The Plaza Agreement (bare, 29a), the Paris Accord / "The Paris agreements"
  (anaphoric) and "Washington's drive" are skipped; "The Paris agreements called trade surplus countries
  to strengthen their growth and on the U.S. to reduce its budget deficit" states a document's terms
  (skipped, 72a's "called for"; REQUEST arguable); "sit down with our industrial allies" is habitual
  content (CONSULT arguable).
* 395 (ONIC leaves French delivery estimates unchanged, DCT Mon 1987-03-02, PARIS): "The French
  Cereals Intervention Board, ONIC, left its estimate of French 1986/87 ... soft wheat deliveries
  unchanged" is a statistics-release STATEMENT FRA GOV on "left" (53a's "estimated"), DCT, PARIS;
  "Estimated 1986/87 maize deliveries were also left unchanged" is a second STATEMENT (the same
  release's next clause; agent ONIC implied), DCT; "ONIC's previous forecast at the beginning of
  February" is a STATEMENT nominal with its own date (EVENTS.md 11), 1987-02 (month; the start of the
  month kept at month precision), no place; the bare "its last forecast" of the lead (the same earlier
  forecast) is skipped. The 1985/86 comparison and the barley figure ("were also unchanged") are
  statistics.
* 18990 (OECD on Italy, published 1987-06-18 18:26 with the dateline "June 19": DCT 1987-06-18 by
  GUIDELINES, PARIS): the four OECD reporting clauses are STATEMENTs (null IGO, DCT, PARIS; 36a's 18991):
  the lead's "said", "But the OECD, in its half-yearly report, forecast ...", "The OECD said Italy's GDP
  may grow ..." and "..., the report said" (the OECD report, implied author as 13b). The last three
  paragraphs have no reporting verb (forecast content); "pay negotiations" is a background nominal with
  unnamed parties (CONSULT arguable), the import-price turnaround a market movement and Italy's 1986
  ranking statistics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind82a.jsonl"

WAS = ("WASHINGTON", "USA")
BRU = ("BRUSSELS", "BEL")
ARN = ("ARNHEM", "NLD")
FTC = ("FORT COLLINS", "USA")
PAR = ("PARIS", "FRA")
JAMBA = ("Jamba", "AGO")
PARIS_TXT = ("Paris", "FRA")

AGO_ORG = "AGO", "ORG"
AGO_GOV = "AGO", "GOV"
USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
NLD_BUS = "NLD", "BUS"
FRA_GOV = "FRA", "GOV"
BRA_IMPLIED = (None, "BRA", "BUS")
USA_GOV_IMPLIED = (None, "USA", "GOV")
EC = (None, "IGO")
OECD = (None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10244": {
        "events": [
            # 0
            (
                "AGREE",
                "offered",
                ("UNITA rebel group",) + AGO_ORG,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "UNITA has offered to reopen the Benguela railroad (an offer = a promise: AGREE, the round-5 'was "
                "prepared to provide' call); no addressee named: actor2 null (Zaire and Zambia, named as the places the "
                "line links, arguable); rebels take their country, kind ORG (11b/22b); present perfect with no time "
                "expression: undated (rule 17, sets 15-16's perfect verbal acts)",
            ),
            # 1
            (
                "AGREE",
                ("said", "Washington office,"),
                ("Jonas Savimbi",) + AGO_ORG,
                None,
                JAMBA,
                "1987-03-26",
                "day",
                None,
                "asserted",
                0,
                "later mention: Savimbi said he was prepared to guarantee safe passage for non-military freight (the "
                "offer restated in his statement; the saying is the act, EVENTS.md 1, 19a's 'was prepared to escort'); "
                "wire-style 'said': DCT (rule 2 before rule 3); the statement was made in Jamba",
            ),
            # 2
            (
                "REQUEST",
                "challenged",
                (("Savimbi", "reconciliation"),) + AGO_ORG,
                ("the Cuban-backed Angolan government",) + AGO_GOV,
                JAMBA,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "challenged the Angolan government to match his offer and let goods pass (a demand on a named party); "
                "wire style: DCT; taken as part of the Jamba statement (location not scored)",
            ),
            # 3
            (
                "STATEMENT",
                "response",
                ("Luanda",) + AGO_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "negated",
                None,
                "'no immediate response from Luanda': a withheld statement (EVENTS.md 5; 5b's 'elicited no response', "
                "12b's 'no immediate comment'); DCT, dateline city",
            ),
            # 4
            (
                "AID",
                "spend",
                ("The U.S. Congress",) + USA_GOV,
                ("these states", None, "IGO"),
                None,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "Congress is considering a proposal to spend 500 mln dlrs on another railroad to help South Africa's "
                "black neighbours (material help for the recipients, a group: null); merely considered: hypothetical "
                "(EVENTS.md's 'what sanctions if any'); 'currently' dates the considering, not the spending: undated",
            ),
            # 5
            (
                "STATEMENT",
                "suggested",
                (("Savimbi", "ports but"),) + AGO_ORG,
                None,
                JAMBA,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "suggested the Benguela route as an alternative to the Beira corridor (a proposal with no actor asked, "
                "EVENTS.md 2; REQUEST toward the USA arguable); DCT; taken as the same statement",
            ),
            # 6
            (
                "STATEMENT",
                ("said", 'immediately," he'),
                (("he", 'immediately," he'),) + AGO_ORG,
                None,
                JAMBA,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the route can open safely at once and will cost the Americans nothing (assessment; a later mention of "
                "the suggestion arguable); DCT",
            ),
        ],
        "skip": [
            (("backed", "U.S.-"), "background modifier (U.S. backing of UNITA; SUPPORT/AID arguable, 66b)"),
            ("reopen", "content of the offer"),
            ("runs", "stative (the railroad's route)"),
            ("links", "stative (the railroad's route)"),
            ("statement", "part of the reporting clause"),
            (("made", "statement"), "part of the reporting clause (where the statement was made)"),
            ("released", "release of the statement by UNITA's office: part of the reporting clause"),
            ("guarantee", "content of the offer"),
            (("backed", "challenged the Cuban-"), "background modifier (Cuban backing of the government)"),
            ("controls", "stative"),
            ("match", "content of the request"),
            (("offer", "match his"), "anaphoric nominal (the offer)"),
            ("allow", "content of the request"),
            ("pass through", "content of the request"),
            ("fighting", "background description of the civil war since 1976 (ASSAULT AGO -> AGO arguable)"),
            (("backed", "fighting the Cuban-"), "background modifier (Cuban backing of the government)"),
            (("offer", "The offer"), "anaphoric nominal (the offer)"),
            (("help", "Atlantic would"), "the reporter's assessment (no speaker)"),
            (("reduce", "neighbors"), "content of the assessment"),
            ("considering", "deliberation of a single body: frame of the hypothetical aid"),
            ("proposal", "nominal frame of the hypothetical aid"),
            ("build", "content of the proposal"),
            (("help", "railroad to"), "purpose clause"),
            (("runs", "corridor"), "stative (the corridor's route)"),
            (("open", "can safely"), "content of the statement"),
            ("provide", "content of the quote"),
            ("need", "content of the quote"),
            (("cost", "will\nnot"), "content of the quote"),
            ("say", "content of the quote (the Americans' cost estimate; generic)"),
            (("cost", "they say it will"), "content of the quote"),
            (("open", "cost to"), "content of the quote"),
        ],
        "entities": [
            ("Angola", "GPE", "AGO"),
            ("U.S.", "GPE", "USA"),
            ("UNITA", "ORG", "AGO"),
            ("Benguela railroad", "LOC", "AGO"),
            (("UNITA", "that runs through"), "ORG", "AGO"),
            ("Zaire", "GPE", "ZAR"),
            ("Zambia", "GPE", "ZMB"),
            ("Angolan", "NORP", "AGO"),
            ("Lobito", "GPE", "AGO"),
            (("UNITA", "Lobito"), "ORG", "AGO"),
            ("Jonas Savimbi", "PERSON", "AGO"),
            ("Jamba", "GPE", "AGO"),
            (("Angola", "southern"), "GPE", "AGO"),
            (("UNITA", "released by"), "ORG", "AGO"),
            ("Washington", "GPE", "USA"),
            (("Savimbi", "reconciliation"), "PERSON", "AGO"),
            ("Cuban", "NORP", "CUB"),
            (("Angolan", "Cuban-backed"), "NORP", "AGO"),
            ("Luanda", "GPE", "AGO"),
            (("UNITA", "Luanda."), "ORG", "AGO"),
            (("Cuban", "fighting the"), "NORP", "CUB"),
            (("Angolan", "fighting the Cuban-backed"), "NORP", "AGO"),
            ("Atlantic", "LOC", None),
            ("South Africa", "GPE", "ZAF"),
            (("South Africa", "dependence on"), "GPE", "ZAF"),
            ("U.S. Congress", "ORG", "USA"),
            (("South Africa", "less dependent on"), "GPE", "ZAF"),
            ("Beira corridor", "LOC", "MOZ"),
            ("Mozambique", "GPE", "MOZ"),
            ("Tanzania", "GPE", "TZA"),
            ("Indian ocean", "LOC", None),
            (("Savimbi", "ports but"), "PERSON", "AGO"),
            ("Benguela route", "LOC", "AGO"),
            (("Benguela route", "alternative"), "LOC", "AGO"),
            ("Americans", "NORP", "USA"),
            (("Beira corridor", "cost to open"), "LOC", "MOZ"),
        ],
    },
    "reuters21578-9786": {
        "events": [
            # 0
            (
                "COOPERATE",
                "sold",
                ("The European Community",) + EC,
                ("the Soviet Union", "SUN", "GOV"),
                None,
                "1987-03-26",
                "day",
                "today",
                "asserted",
                None,
                "the EC sold 181,500 tonnes of old butter to the Soviet Union today (a sale between two identified "
                "parties); the Commission spokesman's 'said' is rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "He said"),
                ("He",) + EC,
                None,
                BRU,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the EC's Dairy Management Committee accepted bids from operators to export the butter (the tender "
                "mechanism with unnamed operators: no type, own_dev's accepted bids); wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            (("said", "EC Commission"), "rule-3 attribution (the sale is the event)"),
            (
                "accepted",
                "bids from unnamed operators at an EC tender (export administration, own_dev; a later "
                "mention of the sale arguable)",
            ),
            (("export", "operators to"), "content (the operators' exports)"),
            ("bought", "intervention buying (domestic price policy, no named actor)"),
            ("sales", "anaphoric nominal (the sale)"),
            ("attempting", "domestic surplus policy"),
            ("run down", "domestic surplus policy"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("Soviet Union", "GPE", "SUN"),
            ("EC Commission", "ORG", None),
            (("EC", "He said the"), "ORG", None),
            ("Dairy Management Committee", "ORG", None),
            ("Belgium", "GPE", "BEL"),
            ("West Germany", "GPE", "DEU"),
            ("Netherlands", "GPE", "NLD"),
            (("Community", "bought into"), "ORG", None),
            (("EC", "part of the"), "ORG", None),
        ],
    },
    "reuters21578-16630": {
        "events": [
            # 0
            (
                "SANCTION",
                "voted",
                ("The U.S. International Trade Commission",) + USA_GOV,
                ("Brazilian", "BRA", "BUS"),
                None,
                "1987-04-13",
                "day",
                "Today's",
                "asserted",
                None,
                "the ITC voted to authorize anti-dumping duties on Brazilian orange juice imports (an adverse ruling "
                "= SANCTION; the Brazilian exporters as target, 53a's 3109); dated by 'Today's ITC ruling' two "
                "sentences on (the same ruling; 50a's 'Today's agreement')",
            ),
            # 1
            (
                "SANCTION",
                ("voted", "The ITC voted"),
                (("The ITC", "The ITC voted"),) + USA_GOV,
                BRA_IMPLIED,
                None,
                "1987-04-13",
                "day",
                "Today's",
                "asserted",
                0,
                "later mention: the 3-2 vote for the petition in the final ruling",
            ),
            # 2
            (
                "SANCTION",
                ("ruling", "Today's ITC"),
                (("ITC", "Today's ITC"),) + USA_GOV,
                (("Brazilian", "activates"), "BRA", "BUS"),
                None,
                "1987-04-13",
                "day",
                "Today's",
                "asserted",
                0,
                "later mention: today's ruling, which activates a 1.96 pct duty on Brazilian orange juice (a nominal "
                "with its own date; 'activates' its predication, left unlisted); Vastagh's 'said' is attribution",
            ),
            # 3
            (
                "SANCTION",
                ("ruling", "Department's final"),
                (("Commerce Department", "consistent with the"),) + USA_GOV,
                BRA_IMPLIED,
                None,
                "1987-03-09",
                "day",
                "March 9",
                "asserted",
                None,
                "the Commerce Department's final (dumping) ruling of March 9 (a nominal with its own date, EVENTS.md "
                "11; an adverse ruling against the Brazilian exporters, implied)",
            ),
            # 4
            (
                "SANCTION",
                "found",
                (("The ITC", "The ITC found"),) + USA_GOV,
                (("Brazilian", "The ITC found"), "BRA", "BUS"),
                None,
                "1987-04-13",
                "day",
                "Today's",
                "asserted",
                0,
                "later mention: the ITC's injury finding against Brazilian imports (the substance of today's ruling; "
                "ACCUSE arguable)",
            ),
            # 5
            (
                "SANCTION",
                ("ruled", "had already"),
                (("The Commerce Department", "The Commerce Department had"),) + USA_GOV,
                BRA_IMPLIED,
                None,
                "1987-03-09",
                "day",
                "March 9",
                "asserted",
                3,
                "later mention: Commerce had already ruled the imports unfairly priced (its final ruling of March 9); "
                "Vastagh's 'said' is attribution",
            ),
            # 6
            (
                "RETREAT",
                "lowered",
                (("The Commerce Department", "The Commerce Department had"),) + USA_GOV,
                BRA_IMPLIED,
                None,
                "1987-03-09",
                "day",
                "March 9",
                "asserted",
                None,
                "lowered the dumping margin to 1.96 pct from the preliminary 8.5 pct (a duty cut eases a trade "
                "measure, 43b's 'cut to 1.96 pct the duty on Citrosuco'); placed in the final ruling of March 9 (rule "
                "3)",
            ),
            # 7
            (
                "SANCTION",
                ("set", "had been set"),
                USA_GOV_IMPLIED,
                BRA_IMPLIED,
                None,
                "1986",
                "year",
                "last fall",
                "asserted",
                None,
                "the 8.5 pct margin set in a preliminary decision last fall (agent Commerce, implied; 43b's 'had been "
                "set'); a season at its year (own_blind3): 1986",
            ),
            # 8
            (
                "SANCTION",
                "requiring",
                ("The U.S. government",) + USA_GOV,
                (("Brazilian", "requiring bond"), "BRA", "BUS"),
                None,
                "1986-10-23",
                "day",
                "last October 23",
                "asserted",
                None,
                "the U.S. has required bond on Brazilian orange juice imports since the preliminary ruling (a trade "
                "restriction); a standing measure dated by its start, 'since ... last October 23' (undated arguable); "
                "'he said' is attribution",
            ),
            # 9
            (
                "RETREAT",
                ("ruled", "Commerce had"),
                (("Commerce", "Commerce had ruled"),) + USA_GOV,
                ("Cutrale", "BRA", "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Commerce ruled that Cutrale would be excluded from the duty (easing a trade measure for one producer, "
                "43b's Cutrale); past perfect with no time expression: undated",
            ),
            # 10
            (
                "STATEMENT",
                ("said", "U.S. supply, Vastagh"),
                (("Vastagh", "U.S. supply,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "statistics: Brazilian imports are about 40 pct of U.S. supply (the ITC investigator); wire style: DCT, "
                "dateline city",
            ),
            # 11
            (
                "STATEMENT",
                ("said", "622 mln dlrs, he"),
                (("he", "622 mln dlrs,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "statistics: U.S. imports of Brazilian orange juice Dec 1985-Nov 1986; DCT",
            ),
            # 12
            (
                "STATEMENT",
                ("said", "juice imports, Vastagh"),
                (("Vastagh", "juice imports,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "the standing 35-cent per gallon tariff on all orange juice imports (stative, no target party); DCT",
            ),
            # 13
            (
                "STATEMENT",
                ("said", "An ITC spokesman"),
                ("An ITC spokesman",) + USA_GOV,
                None,
                WAS,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "the ITC will forward its final report to Commerce by April 22 (an inter-agency step: no type); DCT",
            ),
            # 14
            (
                "SANCTION",
                "assessing",
                ("U.S Customs",) + USA_GOV,
                BRA_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "Customs will liquidate the bond entries and begin assessing the duties on the Brazilian imports (the "
                "duty put into effect); 'then' gives no value: undated; Commerce's processing and transmitting of the "
                "order are procedural steps of the same imposition; Vastagh's 'said' is attribution",
            ),
            # 15
            (
                "STATEMENT",
                ("said", "He said about"),
                (("He", "He said about"),) + USA_GOV,
                None,
                WAS,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "about 12 Brazilian exporters will be affected by the decision (assessment); DCT",
            ),
        ],
        "skip": [
            ("authorize", "content of the vote"),
            ("petition", "background nominal (the unnamed U.S. petitioners; REQUEST arguable)"),
            (("ruling", "in\nits final"), "the same vote (frame nominal)"),
            (("said", "ITC investigator"), "rule-3 attribution (the ruling and its duty are the events)"),
            ("injured", "content of the finding"),
            ("priced", "content of the ruling"),
            (("said", "8.5 pct, Vastagh"), "rule-3 attribution (the rulings and the margin cut are the events)"),
            ("posted", "content of the requirement (importers post bond)"),
            (
                ("ruling", "preliminary ruling of last"),
                "time adjunct: later mention of the preliminary decision inside 'since' (SANCTION 1986-10-23 arguable)",
            ),
            (("said", "October 23, he"), "rule-3 attribution (the bond requirement is the event)"),
            ("excluded", "content of the ruling"),
            ("imported", "statistics (aggregate imports)"),
            (
                "requires",
                "standing tariff on all orange juice imports: stative, no target party (SANCTION USA arguable)",
            ),
            ("tariff", "standing tariff on all imports (stative)"),
            ("forward", "content of the statement (inter-agency step; STATEMENT planned 1987-04-22 arguable)"),
            ("process", "procedural step of the duty's imposition (content)"),
            ("transmit", "procedural step (content)"),
            ("liquidate", "procedural step of the duty collection (content)"),
            (("ruling", "dating from"), "anaphoric nominal (the preliminary ruling)"),
            (("said", "assessing duties, Vastagh"), "rule-3 attribution (the duty assessment is the event)"),
            ("affected", "content of the statement"),
            (("decision", "affected by the"), "anaphoric nominal (the ruling)"),
        ],
        "entities": [
            ("U.S. International Trade Commission", "ORG", "USA"),
            ("ITC", "ORG", "USA"),
            ("Commerce Department", "ORG", "USA"),
            ("Brazilian", "NORP", "BRA"),
            (("ITC", "The ITC voted"), "ORG", "USA"),
            (("ITC", "Today's ITC"), "ORG", "USA"),
            (("Commerce Department", "consistent with the"), "ORG", "USA"),
            (("Brazilian", "activates"), "NORP", "BRA"),
            ("Stephen Vastagh", "PERSON", "USA"),
            (("ITC", "Vastagh, ITC"), "ORG", "USA"),
            (("ITC", "The ITC found"), "ORG", "USA"),
            (("Brazilian", "The ITC found"), "NORP", "BRA"),
            (("U.S.", "injured"), "GPE", "USA"),
            (("Commerce Department", "The Commerce Department had"), "ORG", "USA"),
            (("Vastagh", "8.5 pct,"), "PERSON", "USA"),
            (("U.S.", "The U.S. government"), "GPE", "USA"),
            (("Brazilian", "requiring bond"), "NORP", "BRA"),
            (("Commerce", "since"), "ORG", "USA"),
            (("Commerce", "Commerce had ruled"), "ORG", "USA"),
            (("Brazilian", "one major"), "NORP", "BRA"),
            ("Cutrale", "ORG", "BRA"),
            (("Brazilian", "Brazilian imports account"), "NORP", "BRA"),
            (("U.S.", "total"), "GPE", "USA"),
            (("Vastagh", "U.S. supply,"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("Brazilian", "546 mln gallons of"), "NORP", "BRA"),
            (("United States", "Currently, the"), "GPE", "USA"),
            (("Vastagh", "juice imports,"), "PERSON", "USA"),
            (("ITC", "An ITC"), "ORG", "USA"),
            (("Commerce", "to Commerce by"), "ORG", "USA"),
            (("Commerce", "Commerce then"), "ORG", "USA"),
            ("U.S Customs", "ORG", "USA"),
            (("Commerce", "dating from"), "ORG", "USA"),
            (("Vastagh", "assessing duties,"), "PERSON", "USA"),
            (("Brazilian", "about 12"), "NORP", "BRA"),
        ],
    },
    "reuters21578-12062": {
        "events": [
            # 0
            (
                "AGREE",
                "concluded",
                ("Enka BV",) + NLD_BUS,
                ("BASF Corp",) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "licence agreement with the fibres division of BASF Corp of Delaware (16a's Playboy licence, 50a's "
                "'concluded'); present perfect with no time expression: undated (rule 17); 'said' is attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "In 1988, Enka"),
                (("Enka", "In 1988,"),) + NLD_BUS,
                None,
                ARN,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "BASF will start non-woven fibre production in the U.S. in 1988 (the licensee's own plan: no type; "
                "'In 1988' governs the production); wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                "comment",
                ("A spokesman for Enka",) + NLD_BUS,
                None,
                ARN,
                "1987-04-01",
                "day",
                None,
                "negated",
                None,
                "withheld statement: declined to comment on the deal's financial details (EVENTS.md 5); DCT",
            ),
        ],
        "skip": [
            (("said", "<AKZO.AS>"), "rule-3 attribution (the licence agreement is the event)"),
            ("supply", "terms of the licence (16a/17b's licence terms; COOPERATE planned NLD -> USA arguable)"),
            ("purchase", "terms of the licence (COOPERATE planned arguable)"),
            (("start", "BASF will"), "content of the statement (the licensee's production plan)"),
            ("deal", "anaphoric nominal (the licence agreement)"),
        ],
        "entities": [
            ("Enka BV", "ORG", "NLD"),
            ("Akzo NV", "ORG", "NLD"),
            ("BASF Corp", "ORG", "USA"),
            ("Delaware", "GPE", "USA"),
            ("BASF AG", "ORG", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("U.S.", "GPE", "USA"),
            (("Enka", "Enka will"), "ORG", "NLD"),
            ("Basf", "ORG", "USA"),
            (("BASF", "BASF will start"), "ORG", "USA"),
            (("U.S.", "production in the"), "GPE", "USA"),
            (("Enka", "In 1988,"), "ORG", "NLD"),
            (("Enka", "A spokesman for"), "ORG", "NLD"),
        ],
    },
    "reuters21578-3753": {
        "events": [
            # 0
            (
                "SUPPORT",
                "approved",
                ("the Canadian Bureau of Non-Prescription Drugs", "CAN", "GOV"),
                (("its", "approved"),) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the Canadian regulator approved Vipont's toothpaste and rinse for marketing (a regulator's approval "
                "of a company's application, 46b / 31a; domestic regulation with no type arguable); no time "
                "expression: undated; 'said' is attribution",
            ),
            # 1
            (
                "AGREE",
                "finalized",
                (("it", "also said"),) + USA_BUS,
                ("a Canadian marketing company", "CAN", "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "finalized an agreement with a Canadian marketing company to introduce the product (the introduction "
                "its content); no time expression: undated; 'said' is attribution",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + USA_BUS,
                None,
                FTC,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "Viadent helps prevent plaque and inflamed gums (product claim); wire style: DCT, dateline city",
            ),
            # 3
            (
                "STATEMENT",
                "added",
                (("the company", "months,"),) + USA_BUS,
                None,
                FTC,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "the products should be available in Canada in three to four months (own business plan: no type; "
                "the months govern the availability); DCT",
            ),
        ],
        "skip": [
            (("said", "Inc"), "rule-3 attribution (the approval is the event)"),
            (("said", "also"), "rule-3 attribution (the agreement is the event)"),
            ("introduce", "content of the agreement"),
            ("prevent", "content of the statement"),
        ],
        "entities": [
            ("Vipont Laboratories Inc", "ORG", "USA"),
            ("Canadian Bureau of Non-Prescription Drugs", "ORG", "CAN"),
            (("Canadian", "with a"), "NORP", "CAN"),
            ("Canada", "GPE", "CAN"),
        ],
    },
    "reuters21578-2620": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("James Baker",) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the Paris agreement is only a start in Washington's drive for economic cooperation (assessment); "
                "wire style: DCT, dateline city",
            ),
            # 1
            (
                "AGREE",
                "agreement",
                ("industrial nations", None, "IGO"),
                None,
                PARIS_TXT,
                "1987-02",
                "month",
                "last month",
                "asserted",
                None,
                "the agreement among industrial nations in Paris last month (a nominal with its own date and place, "
                "EVENTS.md 11; a group of countries: null, no actor2, own_blind3 / 26a's Paris accord)",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "Association, Baker"),
                (("Baker", "Association,"),) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                0,
                "later mention: quoted restatement in the speech ('the six steps ... are only a start', EVENTS.md 3); "
                "the audience is not an actor2",
            ),
            # 3
            (
                "STATEMENT",
                "added",
                (("He", "He added"),) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the U.S. sees its role as a steward of a process of consultation with its allies (new content); DCT",
            ),
            # 4
            (
                "AGREE",
                "agreed",
                ("the countries", None, "IGO"),
                None,
                PARIS_TXT,
                "1987-02",
                "month",
                "last month",
                "asserted",
                1,
                "later mention: under the Paris accord the countries agreed their currencies were within ranges "
                "consistent with fundamentals (first mention's date)",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Baker also said"),
                (("Baker", "Baker also said"),) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "ominous signs of pressure for protectionist legislation (assessment); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "But he also said"),
                (("he", "But he also said"),) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "a coalition supporting free trade is forming (assessment; 'But he also said' its own reporting "
                "clause, EVENTS.md 3); DCT",
            ),
        ],
        "skip": [
            ("drive", "background nominal (Washington's policy drive)"),
            ("intensify", "content of the statement"),
            ("speech", "occasion of the reporting clause"),
            ("Plaza Agreement", "background nominal (the 1985 accord: no date or content here, 29a)"),
            ("Paris Accord", "anaphoric nominal (the Paris agreement)"),
            ("sit down", "content of the quote (habitual consultation; CONSULT arguable)"),
            ("promote", "content of the quote"),
            (("agreements", "The Paris"), "anaphoric nominal (the Paris accord)"),
            ("called", "a document's terms (the accord's content; REQUEST arguable, 72a's 'called for')"),
            ("strengthen", "content of the accord"),
            (("reduce", "U.S. to"), "content of the accord"),
            ("pressure for\nprotectionist", "content of the statement (no actor)"),
            ("forming", "content of the statement (unnamed coalition)"),
            ("supported", "content of the statement (unnamed coalition)"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("Paris", "GPE", "FRA"),
            ("Washington", "GPE", "USA"),
            ("National Newspaper Association", "ORG", "USA"),
            (("Baker", "Association,"), "PERSON", "USA"),
            (("Paris", "culminating in the"), "GPE", "FRA"),
            (("Paris", "The Paris agreements"), "GPE", "FRA"),
            (("U.S.", "on the"), "GPE", "USA"),
            (("Baker", "Baker also"), "PERSON", "USA"),
        ],
    },
    "reuters21578-395": {
        "events": [
            # 0
            (
                "STATEMENT",
                "left",
                ("The French Cereals Intervention Board",) + FRA_GOV,
                None,
                PAR,
                "1987-03-02",
                "day",
                None,
                "asserted",
                None,
                "ONIC left its 1986/87 soft wheat delivery estimate unchanged (a statistics release by a named body, "
                "53a's 'estimated'); DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("left", "were also"),
                (None,) + FRA_GOV,
                None,
                PAR,
                "1987-03-02",
                "day",
                None,
                "asserted",
                None,
                "maize deliveries also left unchanged (the same release's second clause; agent ONIC implied); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("forecast", "previous"),
                (("ONIC", "from ONIC's"),) + FRA_GOV,
                None,
                None,
                "1987-02",
                "month",
                "the beginning of February",
                "asserted",
                None,
                "ONIC's previous forecast at the beginning of February (a nominal with its own date, EVENTS.md 11; "
                "start of the month kept at month precision)",
            ),
        ],
        "skip": [
            (("forecast", "its last"), "bare nominal (the earlier forecast; dated in its later mention)"),
            ("compared", "statistics"),
            ("unchanged at", "statistics (barley deliveries; no verb of release)"),
        ],
        "entities": [
            ("French Cereals Intervention Board", "ORG", "FRA"),
            ("ONIC", "ORG", "FRA"),
            (("French", "estimate of"), "NORP", "FRA"),
            (("ONIC", "from ONIC's"), "ORG", "FRA"),
        ],
    },
    "reuters21578-18990": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "(OECD)"),
                ("the Organisation for Economic Cooperation and Development",) + OECD,
                None,
                PAR,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "forecast: Italy's outlook less favourable in 1987-88 (the years govern the content); wire style: DCT "
                "(published_at 1987-06-18 although the dateline says June 19), dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "forecast",
                (("the OECD", "But the OECD"),) + OECD,
                None,
                PAR,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "in its half-yearly report, forecast slightly lower inflation over the next two years; DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "The OECD said"),
                (("The OECD", "The OECD said"),) + OECD,
                None,
                PAR,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "forecast: GDP growth three pct in 1987, 2.5 pct in 1988; DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "the report said"),
                (None,) + OECD,
                None,
                PAR,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "'the report said' = the OECD report (implied author, 13b): inflation to stabilise around five pct; DCT",
            ),
        ],
        "skip": [
            ("ranked", "statistics"),
            (("grow", "may"), "content of the forecast"),
            ("fall back", "content of the forecast"),
            ("stabilise", "content of the forecast"),
            ("turnaround", "market-price movement (import prices)"),
            (("stimulated", "should be"), "content (forecast, no reporting clause)"),
            ("negotiations", "background nominal (pay negotiations between unnamed parties; CONSULT arguable)"),
            (("stimulate", "competitiveness, is likely to"), "content (forecast)"),
            ("affect", "content (forecast)"),
            (("result", "This could"), "content (forecast)"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Organisation for Economic Cooperation and Development", "ORG", None),
            ("OECD", "ORG", None),
            (("OECD", "But the"), "ORG", None),
            (("Italy", "Last year"), "GPE", "ITA"),
            (("OECD", "one of the"), "ORG", None),
            (("OECD", "The OECD said"), "ORG", None),
            (("Italy", "OECD said"), "GPE", "ITA"),
            ("Italian", "NORP", "ITA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
