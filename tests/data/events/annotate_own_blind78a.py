"""Build ``own_blind78a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind78a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1948 left); 24 drawn with random.Random(78101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
47 event records (37 first mentions, 10 later mentions), 104 not_annotated spans, 99 entity mentions
(GPE 42, ORG 26, PERSON 21, NORP 7, LOC 3); no article without events; 3204 (Fitzwater on tax hikes) and
8437 (EC STABEX figures) have reporting-clause STATEMENTs only.
Types: STATEMENT 25, CONSULT 7, SUPPORT 4, COOPERATE 3, AID 2, ACCUSE 2, COERCE 2, THREATEN 1, AGREE 1;
modality: asserted 40, planned 5, negated 1, hypothetical 1; precision: day 37, unknown 9, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, eleven wrong first matches fixed:
"he" inside "when" and "the" (twice), "Community" inside "European Community", "Continental Can" inside
the full company name, "Shultz" and "U.S." after the wrong "meeting with" / "defusing" / "tubing in the",
"support" after the "in" of "totalling", "Reagan" and "Fitzwater" in the lead, "received" after the wrong
"Ghana"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("White House spokesman Marlin Fitzwater": ORG + PERSON, "MITI
director general Noboru Hatakeyama", "Prime Minister Yasuhiro Nakasone", "President Corazon Aquino",
"Defence Minister Rafael Ileto", "U.S. Secretary of State George Shultz": GPE + PERSON; "Confessed spy
Jonathan Pollard": PERSON only); company names are tagged with their legal form and without angle
brackets ("CCL Industries Inc", "Nestle SA", "Kobe Steel Ltd", "Halstead Industries Inc"); the possessive
's is left out ("Reagan's", "Japan's", "Nestle's", "Kobe's", "Israel's", "Washington's", "EC's"); a company
name inside a longer company name is not a second mention ("Continental Can" in "Continental Can Canada
Inc", "Nestle" in "Nestle Enterprises Ltd"; no nested GPE "Canada", as "Bank of Japan"), but a short form
on its own is; "U.S." inside "anti-U.S." is a GPE mention (as the earlier sets' "U.S.-backed"); "Ministry
of International Trade and Industry" and its "(MITI)" are two ORG mentions; capitalised "Navy" (a former
Navy analyst) is ORG (25a); "the Community" gives ORG "Community" (10b / 73b); "American" and "Filipino"
are NORP, "Jew" NORP with no country (a religious group); lower-case "communist(s)", "insurgents", "the
armed forces", "prosecutors" and "the bank" are not entity spans; European Currency Units / ECUs,
STABEX (a programme) and products are not entities.
Countries: Jordan GPE JOR, the World Bank ORG null; Japan GPE JPN, "Japanese" NORP JPN, the Ministry of
International Trade and Industry / MITI and the Foreign Ministry ORG JPN, Noboru Hatakeyama and Yasuhiro
Nakasone / "Nakasone" PERSON JPN, Washington, the United States and "U.S." GPE USA, Reagan PERSON USA,
Reuters ORG GBR (earlier sets); the White House ORG USA, Marlin Fitzwater / "Fitzwater" PERSON USA; CCL
Industries Inc and Continental Can Canada Inc / "Continental Can" ORG CAN (the text gives no country; the
"Canada Inc" unit name and the dateline TORONTO, as 55a's Princeville), Wallaceburg and Ontario GPE CAN,
Nestle Enterprises Ltd and the short "Nestle" ORG CAN (the owner of the Ontario can-making operations,
wholly owned by Nestle SA: its Canadian unit; CHE by reading "of Switzerland" as its own place
arguable), Nestle SA ORG CHE and Switzerland GPE CHE; Jonathan Pollard / "Pollard" PERSON USA (an
"American", a former Navy analyst), the Navy ORG USA, Israel GPE ISR, "American" NORP USA; George Shultz /
"Shultz" PERSON USA, the Philippines and Manila GPE PHL, "Filipino" NORP PHL, Corazon Aquino / "Aquino" and
Rafael Ileto PERSON PHL; Kobe Steel Ltd / "Kobe" ORG JPN (dateline TOKYO), Halstead Industries Inc ORG
USA ("in Zelienople, Pennsylvania"), Zelienople and Pennsylvania GPE USA; Senegal SEN, Ivory Coast CIV and
Ghana GHA (GPE), the European Community / EC / "Community" ORG null, Africa, the Caribbean and the Pacific
LOC null.

Judgement calls made here:
* 18887 (World Bank loans to Jordan, DCT Thu 1987-06-18, WASHINGTON): "Jordan will receive two loans
  totalling 96.4 mln dlrs ..., the World Bank said" is AID (credit, EVENTS.md 8) World Bank (null IGO) ->
  JOR GOV on "receive", planned, undated (no time expression, rule 17; 24a / 37a's World Bank loans),
  "said" rule-3 attribution. "The bank said it is making a 70 mln dlr loan to help fund a ... project" is
  its later mention on "loan" (the event noun after the light verb "making"; one of the two loans, as 6a's
  "a 20 mln dlr loan is being made"), asserted, undated (first mention's date), "said" attribution. "It
  said the other loan is 26.4 mln dlrs in support of project to provide affordable housing ..." is a
  STATEMENT (null IGO, DCT, WASHINGTON): "the other loan" is an anaphoric nominal whose clause describes
  its amount and purpose (events_dev 19371's "The IDA loan will support ..."; an AID later mention
  arguable). Purposes ("support", "help fund", "meet", "provide") are skipped.
* 12472 (Japan warns of anti-U.S. sentiment, DCT Thu 1987-04-02, TOKYO): "Japan is sending a three-man
  team to Washington" is CONSULT JPN GOV -> the implied U.S. host (USA GOV, EVENTS.md 13), located in
  Washington, planned (a futurate progressive: the trip is not yet made), undated (no time expression of
  its own; DCT as a progressive "reported today" arguable); halting the "threatened trade sanctions" is its
  purpose and the U.S. threat a background participle (THREATEN USA -> JPN undated arguable). Bare
  "officials" in a Tokyo story are JPN GOV (53b / 74a): "that officials warn could spark a wave of anti-U.S.
  sentiment" is a STATEMENT (a forecast of public feeling, not a consequence from the speakers themselves:
  own_blind's "warned that partners may resist"; THREATEN arguable), DCT. "The team will lay the groundwork
  for high-level emergency talks next week ..., officials said" is CONSULT JPN -> USA (both implied) on
  "talks" (a nominal with its own date, EVENTS.md 11), planned, 1987-04 ("next week" from Thu 2 April =
  6-12 April, month precision, EVENTS.md 21), "said" rule-3 attribution; "lay the groundwork" is the
  team's visit already coded (skipped). '"The sanctions are against the free trade system," ...
  Hatakeyama told reporters' is ACCUSE JPN GOV -> the implied USA GOV (criticism of the U.S. sanctions; the
  saying is the act, EVENTS.md 1), DCT; 'adding: "If these measures are taken, the atmosphere in Japan
  against the United States would become not so good ..."' is a second record (EVENTS.md 3), a STATEMENT
  for the same reason as "officials warn" (THREATEN arguable). "another MITI official said" (the U.S.
  action's impact on anti-U.S. feeling) and "A senior Foreign Ministry official ... told Reuters the U.S.
  Threats have undercut those ... who argue for conciliation" (ACCUSE USA arguable) are STATEMENTs JPN GOV
  (officials of named bodies, EVENTS.md 4; "declined to be identified" is anonymity, not a withheld
  statement, 22b), DCT; so is '"There is a very strong argument in Japan that since the United States is
  imposing tariffs unilaterally, why should we bother ...," he said' (the U.S. tariffs are content of a
  reported argument: SANCTION USA -> JPN arguable, skipped). "The senior official sounded pessimistic about
  ... Nakasone defusing U.S. Anger ..." is a STATEMENT on "sounded" (the expressed view, 72a's "expressed
  hope"), DCT, with '"I don't think trade friction will be solved all of a sudden (by the visit)," he said'
  its quoted restatement (later mention, EVENTS.md 3); "when he visits Washington on April 29" is CONSULT
  JPN GOV (Nakasone) -> the implied U.S. host, planned, 1987-04-29, located in Washington. "Nakasone is
  widely expected to present a package of measures to President Reagan" is an anonymous expectation with
  no clear type ("present" skipped; AGREE / CONSULT planned arguable); "But the senior official played down
  those expectations" is a STATEMENT (dismissing an anonymous expectation: an assessment, 72a's "scoffed";
  REJECT arguable), DCT. U.S. anger and frustration are background nominals (ACCUSE USA -> JPN arguable).
* 3204 (Fitzwater on tax hikes, DCT Mon 1987-03-09, WASHINGTON): Reagan's opposition to tax increases and
  to an oil import fee is domestic tax policy (no type, 76a; REJECT arguable, but no proposal or proposer
  is named), so "Fitzwater said President Reagan's record in opposing tax hikes is 'long and strong' and
  not about to change" and "Fitzwater said Reagan's strong feelings against a tax hike included opposition
  to an oil import fee" are STATEMENTs USA GOV (the White House spokesman), DCT, WASHINGTON; the quotes
  '"We're opposed to tax increases.... We will fight tax increases.... We will deal with it politically
  ...," said Fitzwater' and '"The President's position is that he is opposed to it," he said' are their
  quoted restatements (later mentions, EVENTS.md 3; a new STATEMENT for the first arguable). The reporters'
  question ("when questioned") is skipped.
* 797 (CCL unit buys Nestle's can operations, DCT Mon 1987-03-02, TORONTO): "Continental Can Canada Inc
  unit said it acquired the Wallaceburg, Ontario, metal can making operations of Nestle Enterprises Ltd"
  is COOPERATE CAN BUS -> Nestle Enterprises (CAN BUS; a completed acquisition between companies,
  EVENTS.md 8), undated (no time expression, rule 17), "said" rule-3 attribution; "wholly owned by" is
  stative. "Terms were undisclosed" is a withheld STATEMENT (negated, agent implied: the buyer, CAN BUS;
  EVENTS.md 5, 19a), DCT, TORONTO. "Continental Can said it would supply Nestle's equivalent can
  requirements under a long-term agreement" is COOPERATE CAN BUS -> Nestle (CAN BUS) on "supply", planned,
  undated, "said" attribution; the agreement is a background nominal (AGREE arguable, skipped). "Nestle
  said it decided to stop manufacturing cans ..." is a STATEMENT (an internal corporate decision has no
  type: "decided", "stop" and "manufacturing" skipped), DCT, TORONTO.
* 1829 (Pollard sentenced, DCT Wed 1987-03-04, WASHINGTON): "Jonathan Pollard was sentenced today to life
  in prison" is COERCE (imprisonment, 20a's "sentenced"; SANCTION as an adverse ruling arguable) by the
  implied court (USA GOV) -> Pollard (USA PERSON), 1987-03-04 ("today"), location null (no place named);
  "Pollard ... was sentenced for his role in ..." is its later mention (first mention's date). "passing ...
  U.S. military documents to Israel" is the grounds of the sentence (espionage: skipped, COOPERATE USA ->
  ISR arguable) and "Confessed" background. "what prosecutors described as one of the most serious
  breaches of security in U.S. history" is ACCUSE USA GOV (the prosecution of an identifiable government,
  EVENTS.md 4) -> Pollard ("his"), undated (a relayed characterisation with no time expression, sets
  15/16; skipping it as background arguable). "Pollard ... claimed he was acting out of concern for
  Israel's safety and the belief that U.S. officials were withholding intelligence from Israel" is a
  STATEMENT USA PERSON (a self-justification; ACCUSE toward U.S. officials arguable), DCT by rule 2
  (wire-style "claimed" with no time expression; undated as a claim made earlier in the case arguable),
  WASHINGTON.
* 18442 (Shultz in Manila, DCT Tue 1987-06-16, MANILA): "Shultz forecast a golden future for the
  Philippines" is a STATEMENT USA GOV, DCT, MANILA, and '"There is a golden future out there for the
  Filipino people to gain," he said' its quoted restatement (later mention). "after talks on its struggle
  for economic recovery and its fight against communist insurgents" is CONSULT USA (Shultz, the visitor)
  -> the implied Philippine host (PHL GOV; a nominal with participants and topic, 36b / 57a's "after
  talks"), dated 1987-06-16 by its later mention "today's talks" (13b / 22a), location null; "after an
  hour-long meeting with President Corazon Aquino" and "before the start of today's talks" are its later
  mentions. "Shultz delivered a powerful and uncompromising endorsement of the Manila government" is
  SUPPORT USA -> PHL GOV on "endorsement" (the event noun after the light verb), DCT, MANILA, and '"The
  political dreams of only 18 months ago are becoming the democratic institutions of today," Shultz said'
  its later mention (the speech's praise in his words; a new SUPPORT or a STATEMENT arguable). "But he
  tempered his praise with a veiled hint Washington's attitude might change if what it called the current
  realism was seen to be diluted" is THREATEN USA -> PHL (implied) on "hint" (a conditional warning with a
  consequence from the speaker's own government; a threat is asserted even when conditional; STATEMENT
  arguable), DCT. "He said he had been struck by the widespread awareness of the problems" (a STATEMENT)
  has the quote '"No one I have met under-estimates the tasks ... ," he said' as its later mention; "Shultz
  said the revolution which brought Aquino to power 18 months ago was still under way" is a STATEMENT (the
  revolution background). "He praised the efforts made by the armed forces in combatting the communist
  insurgency" is SUPPORT USA -> the armed forces (PHL MIL), "adding that Aquino was also addressing the
  social and economic problems fuelling the rebellion" a second SUPPORT USA -> Aquino (PHL GOV; credit
  within the praise, EVENTS.md 3's two records; STATEMENT arguable), both DCT. "Defence Minister Rafael
  Ileto, briefing reporters after a separate meeting with Shultz, said the U.S. Was just as confident ..."
  is a STATEMENT PHL MIL (a defence minister), DCT, MANILA ("briefing" its participial elaboration), and
  "a separate meeting with Shultz" is CONSULT USA (Shultz, the visitor) -> PHL MIL (Ileto), undated (no time
  expression of its own, 36b). "U.S. Officials made it clear before the start of today's talks that they
  expected no dramatic developments" is a STATEMENT USA GOV (officials of a named government), DCT (rule 2;
  the exact time before the talks is not given), MANILA. The insurgents' threats, the counter-insurgency and
  the rebellion are quote content or background.
* 19502 (Kobe Steel and Halstead, DCT Mon 1987-06-29, TOKYO): "Kobe Steel Ltd said it has agreed to supply
  technology to manufacture thin-walled copper tubing ... to Halstead Industries Inc" is AGREE JPN BUS ->
  USA BUS (EVENTS.md 8: the supply its content), undated (present perfect, rule 17), "said" rule-3
  attribution; "Total demand for copper tubing in the U.S. Is 25,000 tonnes a month ..., Kobe said in a
  statement" is a STATEMENT (statistics), DCT, TOKYO; "The two companies are studying joint partial
  production of Kobe's thin-walled copper tubing in the U.S." is COOPERATE JPN BUS -> USA BUS (Halstead
  implied) on "production" (a joint venture merely considered: hypothetical, trigger on the considered act
  with "studying" its frame, 19b / 39a / 67b; one bilateral record, the compound's first-named Kobe first),
  undated.
* 8437 (EC STABEX aid, DCT Mon 1987-03-23, BRUSSELS): "EC figures published today showed" is a STATEMENT by
  the implied EC (null IGO) on "published" (a statistics release, 53b's "official figures released today";
  "showed" the document), 1987-03-23 ("today"), BRUSSELS. Everything else is the content of those figures
  or standing programme description: the biggest "recipients", "Senegal received about 155 mln European
  Currency Units ... between 1975 and 1984", "The Ivory Coast received ... and Ghana received ..." and "The
  EC provided about 1.06 billion ECUs ... from 1975 to 1984" are ten-year aggregate aid figures (statistics,
  55a / 26b's aggregates; AID EC -> SEN / CIV / GHA arguable, skipped); the EC's "special trading and aid
  agreements with 66 countries" are stative (AGREE arguable) and the STABEX "provides aid ... if export
  earnings drop" clauses habitual and conditional (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind78a.jsonl"

WAS = ("WASHINGTON", "USA")
TOK = ("TOKYO", "JPN")
TOR = ("TORONTO", "CAN")
MNL = ("MANILA", "PHL")
BRU = ("BRUSSELS", "BEL")

USA_GOV = "USA", "GOV"
USA_MIL = "USA", "MIL"
JPN_GOV = "JPN", "GOV"
JPN_BUS = "JPN", "BUS"
USA_BUS = "USA", "BUS"
CAN_BUS = "CAN", "BUS"
PHL_GOV = "PHL", "GOV"
PHL_MIL = "PHL", "MIL"
IGO = None, "IGO"

USA_IMPLIED = (None, "USA", "GOV")
JPN_IMPLIED = (None, "JPN", "GOV")
PHL_IMPLIED = (None, "PHL", "GOV")
JOR_IMPLIED = (None, "JOR", "GOV")
SHULTZ = ("U.S. Secretary of State George Shultz",) + USA_GOV

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18887": {
        "events": [
            # 0
            (
                "AID",
                "receive",
                ("World Bank",) + IGO,
                ("Jordan", "JOR", "GOV"),
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "Jordan will receive two World Bank loans totalling 96.4 mln dlrs (credit = AID, EVENTS.md 8; the bank "
                "the lender, Jordan the recipient); no time expression: undated (rule 17, 24a / 37a's World Bank "
                "loans); 'the World Bank said' rule-3 attribution",
            ),
            # 1
            (
                "AID",
                ("loan", "is making a 70 mln dlr"),
                (("it", "The bank said"),) + IGO,
                JOR_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention: the bank 'is making' a 70 mln dlr loan, one of the two (event noun after the light verb "
                "'making'; 6a's 'a 20 mln dlr loan is being made'), own modality, first mention's date; 'The bank "
                "said' rule-3 attribution",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the other loan is 26.4 mln dlrs for low-income housing (a description of the second loan: 'the other "
                "loan' an anaphoric nominal whose clause asserts its amount and purpose, events_dev 19371's 'The IDA "
                "loan will support'); wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            (("said", "World Bank"), "rule-3 attribution (the loans are the event)"),
            ("support projects", "purpose of the loans, not verbal support of an actor"),
            ("increasing", "purpose of the loans"),
            ("improving", "purpose of the loans"),
            (("said", "The bank"), "rule-3 attribution (the loan being made is the event)"),
            ("help fund", "purpose of the loan"),
            ("designed", "purpose of the project"),
            ("meet", "purpose of the project"),
            (("loan", "the other"), "anaphoric nominal (the second of the two loans); its clause describes it"),
            (("support", "in support"), "purpose of the loan, not verbal support"),
            ("provide", "purpose of the project"),
        ],
        "entities": [
            ("Jordan", "GPE", "JOR"),
            ("World Bank", "ORG", None),
        ],
    },
    "reuters21578-12472": {
        "events": [
            # 0
            (
                "CONSULT",
                "sending",
                ("Japan",) + JPN_GOV,
                USA_IMPLIED,
                ("Washington", "USA"),
                None,
                "unknown",
                None,
                "planned",
                None,
                "Japan is sending a three-man team to Washington (a visit: visitor first, the implied U.S. host second, "
                "EVENTS.md 13); the futurate progressive announces a trip not yet made: planned; no time expression "
                "of its own: undated (DCT as a progressive 'reported today' arguable)",
            ),
            # 1
            (
                "STATEMENT",
                "warn",
                ("officials",) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "officials warn the threatened sanctions could spark anti-U.S. sentiment (bare 'officials' in a Tokyo "
                "story = JPN GOV, 53b / 74a); a forecast of public feeling, no consequence from the speakers themselves "
                "(own_blind's 'warned that partners may resist'; THREATEN arguable); present tense wire style: DCT",
            ),
            # 2
            (
                "CONSULT",
                "talks",
                JPN_IMPLIED,
                USA_IMPLIED,
                None,
                "1987-04",
                "month",
                "next week",
                "planned",
                None,
                "high-level emergency talks next week to defuse the microchip row (a nominal with its own date, "
                "EVENTS.md 11; Japan and the U.S. implied); 'next week' from Thu 2 April = 6-12 April, kept at its "
                "month (EVENTS.md 21); 'officials said' rule-3 attribution, 'lay the groundwork' the team's visit",
            ),
            # 3
            (
                "ACCUSE",
                "told",
                ("Noboru Hatakeyama",) + JPN_GOV,
                USA_IMPLIED,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "'The sanctions are against the free trade system': criticism of the U.S. sanctions (the saying is the "
                "act, EVENTS.md 1; the U.S. implied as their author); MITI director general: JPN GOV; DCT",
            ),
            # 4
            (
                "STATEMENT",
                "adding",
                (("Noboru Hatakeyama", "MITI"),) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "if the measures are taken the atmosphere in Japan against the U.S. would sour ('told ..., adding' = "
                "two records, EVENTS.md 3); public feeling, not the speaker's own retaliation: STATEMENT as record 1 "
                "(THREATEN arguable); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "another MITI official"),
                ("another MITI official",) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the U.S. action will have a significant impact on anti-U.S. feeling (forecast by an official of a named "
                "body, EVENTS.md 4); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("told", "identified,"),
                ("A senior Foreign Ministry official",) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the U.S. threats have undercut advocates of conciliation in the government (an assessment; ACCUSE "
                "toward the U.S. arguable); an official of a named body (72a); 'declined to be identified' is "
                "anonymity, not a withheld statement (22b); DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", 'anything," he'),
                (("he", 'anything,"'),) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "a strong argument in Japan that nothing is worth doing since the U.S. imposes tariffs unilaterally "
                "(an assessment of domestic opinion); DCT",
            ),
            # 8
            (
                "STATEMENT",
                "sounded",
                ("The senior official",) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the official sounded pessimistic about Nakasone defusing U.S. anger on his visit (the expressed view, "
                "72a's 'expressed hope'); DCT",
            ),
            # 9
            (
                "CONSULT",
                "visits",
                ("Prime Minister Yasuhiro Nakasone",) + JPN_GOV,
                USA_IMPLIED,
                ("Washington", "USA"),
                "1987-04-29",
                "day",
                "April 29",
                "planned",
                None,
                "Nakasone visits Washington on April 29 (visitor first, implied U.S. host; a dated clause inside the "
                "official's view)",
            ),
            # 10
            (
                "STATEMENT",
                ("said", '(by the visit)," he'),
                (("he", 'visit),"'),) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                8,
                "quoted restatement of the pessimism (trade friction will not be solved all of a sudden): later mention, "
                "EVENTS.md 3",
            ),
            # 11
            (
                "STATEMENT",
                "played down",
                ("the senior official",) + JPN_GOV,
                None,
                TOK,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "played down the expectations of a package from Nakasone (dismissing an anonymous expectation: an "
                "assessment, 72a's 'scoffed'; REJECT arguable); DCT",
            ),
        ],
        "skip": [
            ("halt", "purpose of the visit"),
            ("threatened", "background: the standing U.S. threat of sanctions (THREATEN USA -> JPN undated arguable)"),
            (("sanctions", "threatened trade"), "background nominal (the threatened U.S. sanctions)"),
            ("spark", "content of the warning"),
            ("lay the groundwork", "the team's visit, coded at 'sending' (its purpose)"),
            ("defusing an", "purpose of the talks"),
            ("row", "background nominal (the microchip dispute)"),
            (
                ("said", "microchips, officials"),
                "rule-3 attribution (the talks are the event; bare 'officials' = JPN GOV)",
            ),
            (("sanctions", "The sanctions"), "anaphoric nominal (content of the criticism)"),
            ("taken", "condition (content of the statement)"),
            ("blunt", "stative description of the officials' remarks"),
            (("Action", "The U.S."), "background nominal (the U.S. measures; content of the forecast)"),
            ("declined to be identified", "anonymity of the source, not a withheld statement (22b)"),
            ("Threats", "background nominal (U.S. threats; THREATEN USA -> JPN undated arguable)"),
            ("undercut", "content of the statement"),
            ("argue", "content of the statement (unnamed advocates)"),
            (("argument", "strong"), "content of the statement (domestic opinion)"),
            ("imposing", "content of a reported argument (SANCTION USA -> JPN arguable)"),
            ("bashed", "content of the quote"),
            (("defusing", "Nakasone"), "content of the official's view"),
            ("Anger", "background nominal (U.S. anger; ACCUSE USA -> JPN arguable)"),
            ("solved", "content of the quote"),
            (("visit", "(by the"), "anaphoric nominal (Nakasone's visit)"),
            (("expected", "widely"), "anonymous expectation"),
            (
                "present",
                "content of an anonymous expectation: a package presented during the visit (no clear type; "
                "AGREE / CONSULT planned arguable)",
            ),
            ("contain", "purpose of the package"),
            ("Frustration", "background nominal (ACCUSE USA -> JPN arguable)"),
            ("expectations", "anaphoric nominal (the anonymous expectations)"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Washington", "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Ministry of International Trade and Industry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            ("Noboru Hatakeyama", "PERSON", "JPN"),
            (("Japan", "atmosphere in"), "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            (("U.S.", "more blunt"), "GPE", "USA"),
            (("U.S.", "growing anti-"), "GPE", "USA"),
            (("MITI", "another"), "ORG", "JPN"),
            ("Foreign Ministry", "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("U.S.", "told Reuters"), "GPE", "USA"),
            (("Japan", "argument in"), "GPE", "JPN"),
            (("United States", "since the"), "GPE", "USA"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("U.S.", "Nakasone defusing"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Washington", "visits"), "GPE", "USA"),
            (("Nakasone", "Nakasone is"), "PERSON", "JPN"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "contain"), "GPE", "USA"),
            (("Japan", "Frustration"), "GPE", "JPN"),
        ],
    },
    "reuters21578-3204": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("White House spokesman Marlin Fitzwater",) + USA_GOV,
                None,
                WAS,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "Reagan's record in opposing tax hikes is 'long and strong' and not about to change (domestic tax "
                "policy: no type, 76a; REJECT arguable, but no proposal or proposer is named); wire style: DCT, "
                "dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", 'possible,"'),
                (("Fitzwater", 'possible," said'),) + USA_GOV,
                None,
                WAS,
                "1987-03-09",
                "day",
                None,
                "asserted",
                0,
                "quote behind the lead's paraphrase ('We're opposed to tax increases ... We will fight tax increases'): "
                "later mention, EVENTS.md 3 (a new STATEMENT arguable); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "Fitzwater said Reagan's"),
                (("Fitzwater", "Fitzwater said Reagan's"),) + USA_GOV,
                None,
                WAS,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "Reagan's opposition to tax hikes includes opposition to an oil import fee (domestic policy stance); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", 'opposed to it," he'),
                (("he", 'opposed to it,"'),) + USA_GOV,
                None,
                WAS,
                "1987-03-09",
                "day",
                None,
                "asserted",
                2,
                "quoted restatement of the oil-import-fee remark ('he is opposed to it'): later mention, EVENTS.md 3",
            ),
        ],
        "skip": [
            ("opposing", "content of the statement (domestic tax stance)"),
            (("change", "not about to"), "content of the statement"),
            (("fight", "We will"), "content of the quote (domestic tax politics)"),
            (("deal", "We will"), "content of the quote"),
            ("questioned", "a question by unnamed reporters"),
            (("opposition", "included"), "content of the statement (domestic policy stance)"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("Marlin Fitzwater", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Fitzwater", 'possible," said'), "PERSON", "USA"),
            (("Fitzwater", "Fitzwater said Reagan's"), "PERSON", "USA"),
            (("Reagan", "Fitzwater said Reagan's"), "PERSON", "USA"),
        ],
    },
    "reuters21578-797": {
        "events": [
            # 0
            (
                "COOPERATE",
                "acquired",
                ("Continental Can Canada Inc",) + CAN_BUS,
                ("Nestle Enterprises Ltd",) + CAN_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "acquisition of Nestle Enterprises' Wallaceburg can-making operations (a completed acquisition between "
                "companies, EVENTS.md 8); no time expression: undated (rule 17); 'said' rule-3 attribution; Nestle "
                "Enterprises CAN (its Ontario operations; CHE by the 'of Switzerland' reading arguable)",
            ),
            # 1
            (
                "STATEMENT",
                "undisclosed",
                (None,) + CAN_BUS,
                None,
                TOR,
                "1987-03-02",
                "day",
                None,
                "negated",
                None,
                "'Terms were undisclosed': a withheld statement, agent implied (EVENTS.md 5's 'Terms were not "
                "disclosed'; 19a); DCT, dateline city",
            ),
            # 2
            (
                "COOPERATE",
                "supply",
                (("Continental Can", "undisclosed."),) + CAN_BUS,
                (("Nestle", "supply"),) + CAN_BUS,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "Continental Can would supply Nestle's can requirements under a long-term agreement (a supply "
                "arrangement between two named companies: COOPERATE, planned; the agreement a background nominal, AGREE "
                "arguable); no time expression: undated; 'said' rule-3 attribution",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Nestle said"),
                (("Nestle", "Nestle said"),) + CAN_BUS,
                None,
                TOR,
                "1987-03-02",
                "day",
                None,
                "asserted",
                None,
                "Nestle decided to stop manufacturing cans to adapt to packaging changes (an internal corporate decision: "
                "no type, content); wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            (("said", "unit"), "rule-3 attribution (the acquisition is the event)"),
            ("owned", "stative (ownership)"),
            (("said", "Continental Can said"), "rule-3 attribution (the supply is the event)"),
            ("agreement", "background nominal (the long-term supply agreement; AGREE arguable)"),
            ("decided", "content: internal corporate decision (no type)"),
            ("stop", "content of the decision"),
            (("manufacturing", "stop"), "content of the decision"),
            ("take full", "purpose clause"),
        ],
        "entities": [
            ("CCL Industries Inc", "ORG", "CAN"),
            ("Continental Can Canada Inc", "ORG", "CAN"),
            ("Wallaceburg", "GPE", "CAN"),
            ("Ontario", "GPE", "CAN"),
            ("Nestle Enterprises Ltd", "ORG", "CAN"),
            ("Nestle SA", "ORG", "CHE"),
            ("Switzerland", "GPE", "CHE"),
            (("Continental Can", "undisclosed."), "ORG", "CAN"),
            (("Nestle", "supply"), "ORG", "CAN"),
            (("Nestle", "Nestle said"), "ORG", "CAN"),
        ],
    },
    "reuters21578-1829": {
        "events": [
            # 0
            (
                "COERCE",
                "sentenced",
                USA_IMPLIED,
                ("Jonathan Pollard", "USA", "PERSON"),
                None,
                "1987-03-04",
                "day",
                "today",
                "asserted",
                None,
                "sentenced today to life in prison (imprisonment = COERCE, 20a's 'sentenced'; SANCTION as an adverse "
                "ruling arguable); the court implied (USA GOV); no place named: location null",
            ),
            # 1
            (
                "COERCE",
                ("sentenced", "Pollard, a former"),
                USA_IMPLIED,
                (("Pollard", "Pollard, a former"), "USA", "PERSON"),
                None,
                "1987-03-04",
                "day",
                "today",
                "asserted",
                0,
                "later mention: sentenced for his role in the security breach; first mention's date",
            ),
            # 2
            (
                "ACCUSE",
                "described",
                ("prosecutors",) + USA_GOV,
                (("his", "sentenced for"), "USA", "PERSON"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the prosecutors described Pollard's role as one of the most serious security breaches in U.S. history "
                "(condemnation by the U.S. prosecution, officials of an identifiable government, EVENTS.md 4); a relayed "
                "characterisation with no time expression: undated (sets 15/16); skipping as background arguable",
            ),
            # 3
            (
                "STATEMENT",
                "claimed",
                (("Pollard", "Pollard, a 32-year-old"), "USA", "PERSON"),
                None,
                WAS,
                "1987-03-04",
                "day",
                None,
                "asserted",
                None,
                "he acted out of concern for Israel's safety and the belief that U.S. officials were withholding "
                "intelligence from Israel (self-justification; ACCUSE toward U.S. officials arguable); wire-style "
                "'claimed' with no time expression: DCT (rule 2; undated as a claim made earlier in the case "
                "arguable), dateline city",
            ),
        ],
        "skip": [
            ("Confessed", "background (Pollard's earlier confession)"),
            ("passing", "grounds of the sentence: espionage for Israel (COOPERATE USA -> ISR arguable)"),
            ("breaches", "content of the accusation"),
            ("acting", "content of the claim"),
            ("withholding", "content of the claim (a belief; ACCUSE arguable)"),
        ],
        "entities": [
            ("Jonathan Pollard", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Israel", "GPE", "ISR"),
            (("Pollard", "Pollard, a former"), "PERSON", "USA"),
            ("Navy", "ORG", "USA"),
            (("U.S.", "security in"), "GPE", "USA"),
            (("Pollard", "Pollard, a 32-year-old"), "PERSON", "USA"),
            ("American", "NORP", "USA"),
            ("Jew", "NORP", None),
            (("Israel", "concern for"), "GPE", "ISR"),
            (("U.S.", "belief that"), "GPE", "USA"),
            (("Israel", "intelligence from"), "GPE", "ISR"),
        ],
    },
    "reuters21578-18442": {
        "events": [
            # 0
            (
                "STATEMENT",
                "forecast",
                SHULTZ,
                None,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "forecast a golden future for the Philippines (a forecast; the praise is coded at 'endorsement'); wire "
                "style: DCT, dateline city",
            ),
            # 1
            (
                "CONSULT",
                "talks",
                SHULTZ,
                PHL_IMPLIED,
                None,
                "1987-06-16",
                "day",
                "today's",
                "asserted",
                None,
                "talks on the Philippines' recovery and insurgency (a nominal with its participants and topic, 36b / 57a's "
                "'after talks'; the visitor Shultz first, the implied Philippine host second, EVENTS.md 13); dated by "
                "its later mention 'today's talks' (13b / 22a); no place named: location null",
            ),
            # 2
            (
                "CONSULT",
                "meeting",
                (("Shultz", "Corazon Aquino"),) + USA_GOV,
                ("President Corazon Aquino",) + PHL_GOV,
                None,
                "1987-06-16",
                "day",
                "today's",
                "asserted",
                1,
                "later mention: the hour-long meeting with Aquino (the talks of the lead); first mention's date",
            ),
            # 3
            (
                "SUPPORT",
                "endorsement",
                (("Shultz", "Corazon Aquino"),) + USA_GOV,
                ("the Manila government",) + PHL_GOV,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "a powerful and uncompromising endorsement of the Manila government (event noun after the light verb "
                "'delivered'); a speech act with no time expression: DCT, dateline city",
            ),
            # 4
            (
                "STATEMENT",
                ("said", 'gain," he'),
                (("he", 'gain,"'),) + USA_GOV,
                None,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the forecast ('There is a golden future out there'): later mention, EVENTS.md 3",
            ),
            # 5
            (
                "THREATEN",
                "hint",
                (("he", "But he tempered"),) + USA_GOV,
                PHL_IMPLIED,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "a veiled hint that Washington's attitude might change if the current realism were diluted: a "
                "conditional warning with a consequence from the speaker's own government (THREATEN; a threat is "
                "asserted even when conditional; STATEMENT arguable); DCT",
            ),
            # 6
            (
                "SUPPORT",
                ("said", 'today," Shultz'),
                (("Shultz", 'today,"'),) + USA_GOV,
                PHL_IMPLIED,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                3,
                "quoted praise of the Philippines' democratic institutions, economy and voters (the speech's endorsement "
                "in his words): later mention of the endorsement, EVENTS.md 3 (a new SUPPORT or a STATEMENT arguable)",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "He said he had been"),
                (("He", "He said he had been"),) + USA_GOV,
                None,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "struck by the widespread awareness of the Philippines' problems (an assessment); DCT",
            ),
            # 8
            (
                "STATEMENT",
                ("said", 'in the Philippines," he'),
                (("he", 'Philippines,"'),) + USA_GOV,
                None,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                7,
                "quoted restatement (no one underestimates the tasks; Filipino realism): later mention, EVENTS.md 3",
            ),
            # 9
            (
                "STATEMENT",
                ("said", "Shultz said the revolution"),
                (("Shultz", "Shultz said the revolution"),) + USA_GOV,
                None,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "the revolution that brought Aquino to power is still under way (an assessment); DCT",
            ),
            # 10
            (
                "SUPPORT",
                "praised",
                (("He", "He praised"),) + USA_GOV,
                ("the armed forces",) + PHL_MIL,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "praised the Philippine armed forces' efforts against the communist insurgency (praise of another "
                "actor); DCT",
            ),
            # 11
            (
                "SUPPORT",
                ("adding", "18th year,"),
                (("He", "He praised"),) + USA_GOV,
                (("Aquino", "adding that"),) + PHL_GOV,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "adding that Aquino was also addressing the problems fuelling the rebellion: credit to Aquino within "
                "the praise ('also'; 'praised ..., adding' = two records, EVENTS.md 3; STATEMENT arguable); DCT",
            ),
            # 12
            (
                "CONSULT",
                ("meeting", "separate"),
                (("Shultz", "separate meeting with"),) + USA_GOV,
                ("Defence Minister Rafael Ileto",) + PHL_MIL,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "a separate meeting of Shultz (the visitor, first) with Defence Minister Ileto (PHL MIL); it precedes "
                "the DCT-dated briefing with no time expression of its own: undated (36b's 'after talks')",
            ),
            # 13
            (
                "STATEMENT",
                ("said", "Shultz, said"),
                ("Defence Minister Rafael Ileto",) + PHL_MIL,
                None,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "the U.S. is as confident as he is that the communists will be beaten (an assessment; a defence "
                "minister: MIL); 'briefing reporters' its participial elaboration; DCT",
            ),
            # 14
            (
                "STATEMENT",
                "made it clear",
                ("U.S. Officials",) + USA_GOV,
                None,
                MNL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "U.S. officials expected no dramatic developments (officials of a named government, EVENTS.md 4); said "
                "before the start of today's talks: DCT (rule 2; the exact time before the talks is not given)",
            ),
            # 15
            (
                "CONSULT",
                ("talks", "today's"),
                USA_IMPLIED,
                PHL_IMPLIED,
                None,
                "1987-06-16",
                "day",
                "today's",
                "asserted",
                1,
                "later mention: today's talks (a nominal with its own date, EVENTS.md 11), which date the lead's talks",
            ),
        ],
        "skip": [
            ("struggle", "background nominal (the Philippines' recovery effort)"),
            (("fight", "its"), "background nominal (the counter-insurgency)"),
            ("Speaking", "participial frame of the endorsement"),
            ("luncheon", "occasion of the speech"),
            ("delivered", "light verb of 'endorsement'"),
            ("tempered", "light verb of 'hint'"),
            ("praise", "anaphoric nominal (the endorsement)"),
            (("change", "might"), "content of the warning"),
            ("called", "part of the warning (Washington's term 'realism')"),
            ("diluted", "condition (content of the warning)"),
            ("learning", "content of the quote"),
            ("threats and intimidation", "content of the quote (the insurgents' generic threats)"),
            (("stop", "will not"), "content of the quote"),
            ("voting", "content of the quote"),
            ("struck", "part of the reporting clause (the assessment)"),
            (("met", "I have"), "content of the quote"),
            (("act", "need to"), "content of the quote"),
            ("revolution", "background nominal (the 1986 revolution: no type)"),
            ("brought", "background clause (Aquino's coming to power)"),
            ("combatting", "content of the praise (the counter-insurgency)"),
            ("insurgency", "background nominal"),
            ("addressing", "content of the praise"),
            ("rebellion", "background nominal"),
            ("briefing", "participial elaboration of 'said' (EVENTS.md 3)"),
            ("beaten", "content of the statement"),
            (("start", "before the"), "part of the time adjunct"),
            (("expected", "they"), "content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("George Shultz", "PERSON", "USA"),
            ("Philippines", "GPE", "PHL"),
            ("Corazon Aquino", "PERSON", "PHL"),
            (("Shultz", "Corazon Aquino"), "PERSON", "USA"),
            ("Manila", "GPE", "PHL"),
            ("Filipino", "NORP", "PHL"),
            ("Washington", "GPE", "USA"),
            (("Shultz", 'today,"'), "PERSON", "USA"),
            (("Filipino", "stop the"), "NORP", "PHL"),
            (("Philippines", "problems facing the"), "GPE", "PHL"),
            (("Filipino", "That"), "NORP", "PHL"),
            ("American", "NORP", "USA"),
            (("Philippines", "confidence in the"), "GPE", "PHL"),
            (("Shultz", "Shultz said the revolution"), "PERSON", "USA"),
            (("Aquino", "brought"), "PERSON", "PHL"),
            (("Aquino", "adding that"), "PERSON", "PHL"),
            ("Rafael Ileto", "PERSON", "PHL"),
            (("Shultz", "separate meeting with"), "PERSON", "USA"),
            (("U.S.", "said the"), "GPE", "USA"),
            (("U.S.", "beaten."), "GPE", "USA"),
        ],
    },
    "reuters21578-19502": {
        "events": [
            # 0
            (
                "AGREE",
                "agreed",
                ("Kobe Steel Ltd",) + JPN_BUS,
                ("Halstead Industries Inc",) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "agreed to supply copper-tubing technology to Halstead ('agreed to' = AGREE, the supply its content, "
                "EVENTS.md 8); present perfect, no time expression: undated (rule 17); 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Kobe said"),
                (("Kobe", "Kobe said"),) + JPN_BUS,
                None,
                TOK,
                "1987-06-29",
                "day",
                None,
                "asserted",
                None,
                "U.S. copper tubing demand figures (statistics) 'in a statement'; wire style: DCT, dateline city",
            ),
            # 2
            (
                "COOPERATE",
                "production",
                ("The two companies",) + JPN_BUS,
                (None,) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "the two companies are studying joint partial production in the U.S. (a joint venture between Kobe, JPN, "
                "and Halstead, USA, merely considered: hypothetical, trigger on the considered act, 19b / 39a / 67b; "
                "one bilateral record, Kobe first-named, Halstead implied as actor2); undated",
            ),
        ],
        "skip": [
            (("said", "Steel Ltd"), "rule-3 attribution (the agreement is the event)"),
            (("supply", "agreed to"), "content of the agreement"),
            (("manufacture", "technology to"), "content of the agreement"),
            ("statement", "part of the reporting clause"),
            ("studying", "frame of the considered joint production"),
        ],
        "entities": [
            ("Kobe Steel Ltd", "ORG", "JPN"),
            ("Halstead Industries Inc", "ORG", "USA"),
            ("Zelienople", "GPE", "USA"),
            ("Pennsylvania", "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Kobe", "Kobe said"), "ORG", "JPN"),
            (("Kobe", "production of"), "ORG", "JPN"),
            (("U.S.", "Kobe's thin-walled"), "GPE", "USA"),
        ],
    },
    "reuters21578-8437": {
        "events": [
            # 0
            (
                "STATEMENT",
                "published",
                (None,) + IGO,
                None,
                BRU,
                "1987-03-23",
                "day",
                "today",
                "asserted",
                None,
                "EC figures published today (a statistics release by the implied EC, 53b's 'official figures released "
                "today'); the figures 'showed' is the document; 'today' = DCT, dateline city",
            ),
        ],
        "skip": [
            ("recipients", "stative (aggregate aid receipts: statistics)"),
            (("compensate", "program to"), "purpose of the programme"),
            ("showed", "a document showing (not a speech act)"),
            ("agreements", "stative (the EC's standing trading and aid agreements; AGREE arguable)"),
            ("provides aid", "habitual, conditional programme provision (generic)"),
            ("drop", "condition"),
            (
                ("received", "Senegal"),
                "aggregate 1975-84 aid receipts from the EC figures: statistics (AID EC -> SEN "
                "arguable; 55a / 26b's aggregates)",
            ),
            (("compensate", "mainly to"), "purpose"),
            (("received", "The Ivory Coast"), "aggregate 1975-84 aid receipts: statistics (AID EC -> CIV arguable)"),
            (("received", "Ghana received"), "aggregate 1975-84 aid receipts: statistics (AID EC -> GHA arguable)"),
            ("make up", "purpose"),
            (("provides", "the Community"), "habitual, conditional programme provision (generic)"),
            ("fall below", "condition"),
            (("provided", "The EC"), "aggregate 1975-84 STABEX aid to unnamed countries: statistics (AID arguable)"),
        ],
        "entities": [
            ("Senegal", "GPE", "SEN"),
            ("Ivory Coast", "GPE", "CIV"),
            ("Ghana", "GPE", "GHA"),
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            (("EC", "EC figures"), "ORG", None),
            (("EC", "The EC has"), "ORG", None),
            ("Africa", "LOC", None),
            ("Caribbean", "LOC", None),
            ("Pacific", "LOC", None),
            (("Senegal", "Senegal received"), "GPE", "SEN"),
            (("Ivory Coast", "The Ivory"), "GPE", "CIV"),
            (("Ghana", "Ghana received"), "GPE", "GHA"),
            (("EC", "Under the"), "ORG", None),
            (("Community", "the Community"), "ORG", None),
            (("EC", "The EC provided"), "ORG", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
