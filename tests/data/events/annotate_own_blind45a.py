"""Build ``own_blind45a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind45a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,491 left; also minus the 16 stories drawn for own_blind44, 2,475 left); 24 drawn with random.Random(45101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
37 event records (34 first mentions, 3 later mentions), 92 not_annotated spans, 111 entity mentions
(GPE 55, ORG 26, PERSON 16, NORP 10, LOC 4); no article without events; 18398 (Amoco Taiwan plant) and 5887
(IAFMM fish meal) have reporting-clause STATEMENTs only. Types: STATEMENT 21, CONSULT 4, AGREE 3, ACCUSE 3,
ASSAULT 2, RETREAT 1, PROTEST 1, SANCTION 1, REQUEST 1; modality: asserted 33, planned 3, negated 1;
precision: day 26, unknown 8, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Two wrong first matches were fixed: the Voice of the Homeland's
trigger "said" matching the lead's "Beirut radio stations said" (caught by the overlap assertion) and
Petrovsky's actor "he" matching inside "atmosphere" (caught in the printed context). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("U.S. Agriculture
Secretary Richard Lyng", "U.S. Secretary of State George Shultz": GPE "U.S." + PERSON; "Soviet Deputy
Foreign Minister Vladimir Petrovsky": NORP "Soviet" + PERSON; "UAE Oil Minister Mana Said al-Oteiba": GPE
"UAE" + PERSON; "President Reagan" and "Reagan administration" give PERSON "Reagan", 15b/23b); a body with
its country word is one ORG span ("U.S. Embassy", 27a); a company or agency name holds no nested place
("China American Petrochemical Co Ltd", "New York Shipping Association", "Middle East News Agency");
possessive 's left out; "Soviet-U.S." gives NORP "Soviet" + GPE "U.S." (42b's "U.S.-Soviet"); "OPEC" inside
"Non-OPEC" tagged as the part (39b's "Soviet-built"). Countries: Amoco Corp and Amoco Chemical Co ORG USA;
China American Petrochemical Co Ltd / China American (the text's "Taiwan petrochemical venture"), Chinese
Petroleum Corp and Central Investment Holding Co (its Taiwanese co-owners) ORG TWN, Taiwan GPE TWN; Brazil,
Rio de Janeiro GPE BRA, Syndarma (the shipowners' association) ORG BRA; Moscow, the Soviet Union GPE SUN,
"Soviet", "Soviets" NORP SUN, Washington GPE USA; Reuters ORG GBR, the Commodity Futures Trading Commission
ORG USA; the International Association of Fish Meal Manufacturers / IAFMM ORG null (an international
association; its seat is not in the text), "South American" and "Scandinavian" NORP null, South America,
Eastern Europe and the Far East LOC null (14a), "Equador" (misspelt) GPE ECU, West Germany GPE DEU, "U.K."
GPE GBR, the fish oil table tagged row by row (30a's elevator table: CHILE, PERU, NORWAY, ICELAND, DENMARK,
U.S., JAPAN); Beirut, Lebanon, Sidon GPE LBN, the Ain al-Hilweh area LOC LBN, Beirut Radio and the Voice of
the Homeland ORG LBN, "Sunni Moslem" NORP null (23b's "Moslems"), "Beirut radio stations" only GPE "Beirut"
(23b's lower-case "Tehran radio"); UAE GPE ARE, Alexandria GPE EGY, MENA ORG EGY, OPEC ORG null, Vienna GPE
AUT; the New York Shipping Association and the International Longshoremen's Association ORG USA, New York
and New Jersey in "Port of New York and New Jersey" GPE USA (20a's "port of Santos"). Products (PTA,
fish meal, wheat), the export enhancement program and the cabinet are not entities.

Judgement calls made here:
* 18398 (Amoco Taiwan plant, DCT Mon 1987-06-15, CHICAGO): a venture building its own plant has no type
  (43b's own units; no identified counterpart), so "Amoco Corp said", "The company said" (the builder and
  product) and "It said" (capacity) are three STATEMENTs (USA BUS, DCT, CHICAGO); ownership shares stative.
* 9314 (Brazil seamen's strike, DCT Wed 1987-03-25, SAO PAULO): "About half of Brazil's 40,000 seamen have
  returned to work" is RETREAT BRA ORG -> the implied employers (BRA BUS; 10b's "called off the strikes"),
  undated (present perfect, rule 17); "the national strike which began on February 27" is PROTEST (strikers
  implied, actor2 null as events_dev's dock strike), 1987-02-27 from its own relative clause (EVENTS.md 11;
  "began" aspectual); the union spokesman's "said" is rule-3 attribution (42a; a STATEMENT for "looks close
  to ending" arguable); "after accords with 22 companies" is a presupposed temporal adjunct (skipped, 24b)
  and the agreements are coded on "The seamen have settled for 120 pct pay increases with the individual
  companies": AGREE BRA ORG -> BRA BUS, undated; "are still discussing ... overtime payments with the
  shipowners' association, Syndarma" is CONSULT BRA ORG -> BRA ORG, undated (13b's "are holding talks").
  "The spokesman, speaking from strike headquarters in Rio de Janeiro, estimated that 80 ships were
  strike-bound" is a STATEMENT (DCT, located in Rio de Janeiro; "speaking" a participle, skipped).
* 14914 (Moscow indignant at Reagan, DCT Wed 1987-04-08, MOSCOW): Petrovsky "said today Moscow felt
  'indignation and regret' at ... 'truly hostile statements ...' made by President Reagan" is ACCUSE SUN
  GOV -> USA GOV (condemnation), 1987-04-08 ("today"). "Reagan told reporters yesterday he was ordering a
  high-level review of security at the U.S. Embassy" is a STATEMENT (a domestic security review has no
  type), 1987-04-07, location null (dated by "yesterday", no place in the text); "and said Soviet diplomats
  would not be allowed to use a new embassy in Washington until the U.S. Moscow mission was made secure" is
  SANCTION USA GOV -> the Soviet diplomats (SUN GOV), planned, with "said" as rule-3 attribution and the
  ban undated ("yesterday" dates the saying, own_blind's "said in December" call; THREATEN on "said" dated
  1987-04-07 arguable, as a conditional measure). "Petrovsky told reporters it was not accidental that
  Washington had chosen this time ... to make accusations" is a second ACCUSE SUN -> USA (new content;
  DCT); "accusations" is Reagan's remarks as the accuser describes them (skipped; ACCUSE USA -> SUN
  arguable). "a scheduled Moscow visit by U.S. Secretary of State George Shultz", "only a week before" it,
  is CONSULT USA -> SUN (host Moscow), planned, a nominal with its own predication and date (EVENTS.md 11,
  19a's scheduled trip): a week after Reagan's remarks of 7 April, kept at its month 1987-04 (EVENTS.md
  21). '"But it seems that someone in Washington ... tries to poison the atmosphere," he said' is a third
  ACCUSE SUN -> USA (new content, DCT; a later mention of the "told" record arguable).
* 4356 (Lyng: no decision on a Soviet EEP offer, DCT Thu 1987-03-12, WASHINGTON; a Reuters interview with
  no place: dateline city): the undecided, not-ruled-out subsidy offer is content (no type; AGREE or AID
  negated/hypothetical not coded), so "Lyng said the Reagan administration had not decided ..." is a
  STATEMENT and the quote '"No. We haven't made a decision on it, ..."' (after "Asked if ...") its later
  mention; "Lyng also said that he had no knowledge of any upcoming discussion ...", "Lyng responded, 'If
  they ... would offer to buy some wheat, would we accept it? ...'", "Lyng added that he did not think the
  price ... was far off the world price" and 'Lyng said, "Some people think they're doing it ..."' are four
  more STATEMENTs (DCT); the reporter's prompts ("Asked", "Reminded") are questions, the reports and
  speculation anonymous (skipped). "Agriculture Undersecretary Daniel Amstutz last week asked the
  Commodity Futures Trading Commission to investigate reports that wheat prices were being manipulated" is
  REQUEST USA GOV -> USA GOV, "last week" (2-8 March) kept at its month, 1987-03; the investigation and the
  manipulation are its content.
* 5887 (IAFMM fish meal, DCT Tue 1987-03-17, LONDON): five reporting clauses, all STATEMENT by the
  association (null country, ORG): "the International Association of Fish Meal Manufacturers (IAFMM) said"
  (1986 output; "last year" dates the statistic), "IAFMM said in a statement that it expected ..." (a
  forecast; "statement" part of the reporting clause), "The statement added" (the association's statement
  speaking, implied author, 13b's "the report said"; new content, so a first mention), "The IAFMM said
  fish meal consumption in 1986 rose ..." and "It added" (the last two fall in one splitter sentence,
  since "U.K." does not end a sentence). Chile's sardine fishing ban is a domestic measure (skipped), sales
  and promotion by Chile and Peru generic market activity; the output and consumption figures statistics.
* 15740 (Israeli raid in south Lebanon, DCT Thu 1987-04-09, BEIRUT): "Beirut radio stations said Israeli
  helicopter gunships raided south Lebanon" is ASSAULT ISR MIL -> south Lebanon (LBN, kind null: a region),
  undated (no time expression, rule 17), "said" rule-3 attribution; "as it attacked targets in the Ain
  al-Hilweh area" is its later mention (relayed from witnesses, but the act names its agent, 23b/35a). The
  downing ("one of the craft was downed", "shot down by heavy anti-aircraft fire") has no identifiable
  agent and is skipped (ASSAULT -> ISR MIL with an implied gunner arguable; 11a coded a shoot-down whose
  agent was named). "State owned Beirut Radio quoted witnesses as saying ..." is a STATEMENT by the radio
  (LBN ORG, a medium reporting is an identifiable speaker, GUIDELINES' newspapers; its main proposition,
  the downing, has no type with an identified actor; the witnesses are anonymous), DCT, BEIRUT; "The Sunni
  Moslem Voice of the Homeland radio said the helicopter was seen falling into the sea" is a STATEMENT (LBN
  ORG, DCT). "There was no immediate independent confirmation" has no identifiable withholder (skipped,
  18a/20b).
* 19506 (UAE oil minister visits Egypt, DCT Mon 1987-06-29, CAIRO): "Oteiba arrived in Alexandria last
  night for a visit to Egypt" is CONSULT ARE GOV -> EGY GOV (visitor first), 1987-06-28 ("last night" = DCT
  - 1), located in Alexandria, MENA's "said" rule-3 attribution, "visit" its purpose (skipped); "It said
  Oteiba ... would stay for several days" is its later mention (planned, the first mention's date; "It
  said" attribution); "but gave no details" a withheld STATEMENT by MENA (EGY ORG, the state news agency as
  a medium; negated, DCT, CAIRO; 11b's "gave no details"). "who had just attended the OPEC ministerial
  meeting in Vienna" is an internal meeting of one body (EVENTS.md 10; the UAE is a member): skipped.
  "Non-OPEC Egypt has pledged to restrain output to support OPEC's moves" is AGREE EGY GOV -> OPEC (null
  IGO; 21a's commitment to OPEC), undated (present perfect). "Oil Minister Abdel Hadi Kandeel last week
  said Egypt plans to leave its oil production ... unchanged" is a STATEMENT (a domestic production plan, no
  type; a later mention of the pledge arguable), "last week" (22-28 June) kept at its month, 1987-06,
  location null.
* 3347 (New York port costs, DCT Mon 1987-03-09, NEW YORK): "The New York Shipping Association and
  International Longshoremen's Association said they agreed to cut cargo assessments" is one AGREE between
  the two named parties (USA ORG -> USA ORG, the first-named first; the employers' association is a trade
  association, ORG), undated (rule 17), "said" rule-3 attribution, "cut" content; the reduction "effective
  April one, according to the agreement" is the agreement's content and "agreement" an anaphoric nominal
  (skipped). The NYSA spokesman's quote ("What were doing is lowering the price ...") is a STATEMENT (USA
  ORG, DCT, NEW YORK).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind45a.jsonl"

CHI = ("CHICAGO", "USA")
SAO = ("SAO PAULO", "BRA")
RIO = ("Rio de Janeiro", "BRA")
MOS = ("MOSCOW", "SUN")
WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
BEI = ("BEIRUT", "LBN")
CAI = ("CAIRO", "EGY")
ALX = ("Alexandria", "EGY")
NYC = ("NEW YORK", "USA")

LYNG = ("U.S. Agriculture Secretary Richard Lyng", "USA", "GOV")
PETROVSKY = ("Soviet Deputy Foreign Minister Vladimir Petrovsky", "SUN", "GOV")
IAFMM = ("International Association of Fish Meal Manufacturers", None, "ORG")
OTEIBA = ("UAE Oil Minister Mana Said al-Oteiba", "ARE", "GOV")
BRA_BUS_IMPLIED = (None, "BRA", "BUS")
BRA_ORG_IMPLIED = (None, "BRA", "ORG")
EGY_GOV_IMPLIED = (None, "EGY", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18398": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Amoco Corp", "USA", "BUS"), None, CHI,
             "1987-06-15", "day", None, "asserted", None,
             "a Taiwan venture it partly owns plans to build a plant in Taiwan (a venture building its own plant: no "
             "type, 43b's own units); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The company said"), ("The company", "USA", "BUS"), None, CHI,
             "1987-06-15", "day", None, "asserted", None,
             "the plant, to be built by China American Petrochemical, will make PTA (new content); DCT"),
            # 2
            ("STATEMENT", ("said", "It said the facility"), (("It", "It said the facility"), "USA", "BUS"), None, CHI,
             "1987-06-15", "day", None, "asserted", None,
             "the facility's capacity (new content, stative); DCT"),
        ],
        "skip": [
            ("plans", "content of the statement (the venture's plan)"),
            (("build", "plans to build"), "building its own plant: no type (content)"),
            ("built", "content (the venture builds its own plant)"),
            (("owned", "50 pct owned"), "stative ownership"),
            (("make", "will make"), "content (the plant's output)"),
            (("make", "used to make"), "generic description of PTA"),
            (("owners", "other two owners"), "stative ownership"),
        ],
        "entities": [
            ("Amoco Corp", "ORG", "USA"),
            ("Taiwan", "GPE", "TWN"),
            (("Taiwan", "plant in Taiwan"), "GPE", "TWN"),
            ("China American Petrochemical Co Ltd", "ORG", "TWN"),
            ("Amoco Chemical Co", "ORG", "USA"),
            (("China American", "facility, China American"), "ORG", "TWN"),
            (("China American", "China American's other"), "ORG", "TWN"),
            ("Chinese Petroleum Corp", "ORG", "TWN"),
            ("Central Investment Holding Co", "ORG", "TWN"),
        ],
    },
    "reuters21578-9314": {
        "events": [
            # 0
            ("RETREAT", "returned", ("About half of Brazil's 40,000 seamen", "BRA", "ORG"), BRA_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "about half the strikers returned to work (ending a strike toward the implied employers, 10b's "
             "'called off the strikes'); present perfect, no time expression: undated; the union spokesman's 'said' "
             "rule-3 attribution"),
            # 1
            ("PROTEST", ("strike", "national strike"), BRA_ORG_IMPLIED, None, ("Brazil", "BRA"),
             "1987-02-27", "day", "February 27", "asserted", None,
             "the national seamen's strike 'which began on February 27' (a nominal with its own date, EVENTS.md 11; "
             "strikers implied, actor2 null as events_dev's dock strike)"),
            # 2
            ("STATEMENT", "estimated", ("The spokesman", "BRA", "ORG"), None, RIO,
             "1987-03-25", "day", None, "asserted", None,
             "estimate: 80 ships strike-bound (statistics); speaking from strike headquarters in Rio de Janeiro; DCT"),
            # 3
            ("AGREE", "settled", ("The seamen", "BRA", "ORG"), ("the individual companies", "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the seamen settled for 120 pct pay increases with the individual companies (the 'accords with 22 "
             "companies' of the lead); present perfect, no time expression: undated"),
            # 4
            ("CONSULT", "discussing", (("seamen", "The seamen have"), "BRA", "ORG"),
             ("the shipowners' association", "BRA", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "still discussing overtime payments with the shipowners' association Syndarma (talks; present "
             "progressive with no time expression: undated, 13b's 'are holding talks')"),
        ],
        "skip": [
            ("accords", "presupposed temporal adjunct: the agreements with the companies, coded on 'settled'"),
            ("began", "aspectual (the strike is coded on 'strike')"),
            ("ending", "forecast content ('looks close to ending')"),
            (("said", "spokesman said"), "rule-3 attribution (the return to work and the strike are the events; a "
                                         "STATEMENT for 'looks close to ending' arguable)"),
            ("speaking", "participial elaboration of the estimate (EVENTS.md 3)"),
            (("strike", "from strike"), "background nominal (the strike's headquarters)"),
            ("strike-bound", "stative (content of the estimate)"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Rio de Janeiro", "GPE", "BRA"),
            ("Syndarma", "ORG", "BRA"),
        ],
    },
    "reuters21578-14914": {
        "events": [
            # 0
            ("ACCUSE", "said", PETROVSKY, ("President Reagan", "USA", "GOV"), MOS,
             "1987-04-08", "day", "today", "asserted", None,
             "Moscow's 'indignation and regret' at Reagan's 'truly hostile statements' (condemnation); 'today' = DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", "told", (("Reagan", "Reagan told"), "USA", "GOV"), None, None,
             "1987-04-07", "day", "yesterday", "asserted", None,
             "announced a security review at the U.S. Embassy in Moscow (a domestic measure: no type); 'yesterday' "
             "= DCT - 1; no place in the text and not DCT-dated: location null"),
            # 2
            ("SANCTION", "allowed", (("Reagan", "Reagan told"), "USA", "GOV"), ("Soviet diplomats", "SUN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "Soviet diplomats will not be allowed to use their new Washington embassy until the U.S. mission is "
             "secure (a restriction on the other side's diplomats; THREATEN on 'said' arguable, as a conditional "
             "measure); the 'said' is rule-3 attribution; 'yesterday' dates the saying, not the ban: undated"),
            # 3
            ("ACCUSE", ("told", "Petrovsky told"), (("Petrovsky", "Petrovsky told"), "SUN", "GOV"),
             (("Washington", "accidental that Washington"), "USA", "GOV"), MOS,
             "1987-04-08", "day", None, "asserted", None,
             "Washington chose the time before Shultz's visit to make accusations (criticism of the U.S.; new "
             "content); DCT, dateline city"),
            # 4
            ("CONSULT", "visit", ("U.S. Secretary of State George Shultz", "USA", "GOV"),
             (("Moscow", "scheduled Moscow"), "SUN", "GOV"), ("Moscow", "SUN"),
             "1987-04", "month", "a week before", "planned", None,
             "a scheduled Moscow visit by Shultz (a nominal with its own predication and date, EVENTS.md 11), 'only "
             "a week before' Reagan's remarks of 7 April: about 14 April, a week kept at its month (EVENTS.md 21)"),
            # 5
            ("ACCUSE", ("said", 'atmosphere," he'), (("he", '," he said'), "SUN", "GOV"),
             (("Washington", "someone in Washington"), "USA", "GOV"), MOS,
             "1987-04-08", "day", None, "asserted", None,
             "'someone in Washington ... tries to poison the atmosphere' (accusation, new content); DCT"),
        ],
        "skip": [
            ("called", "part of the accusation (he called them hostile statements)"),
            ("statements", "Reagan's statements: object of the condemnation (coded on 'told')"),
            ("ordering", "content of the statement (a domestic security review: no type)"),
            ("review", "content of the statement"),
            ("scandal", "background nominal (no actor)"),
            (("said", "there and said"), "rule-3 attribution (the ban on the embassy is the event)"),
            ("made secure", "condition of the ban"),
            ("chosen", "content of the accusation"),
            ("accusations", "Reagan's remarks as characterised by the accuser: content of the accusation (ACCUSE "
                            "USA -> SUN arguable)"),
            ("existed", "stative (part of Petrovsky's remarks)"),
            ("improving", "content (stative conditions)"),
            ("appreciate", "content of the accusation"),
            ("poison", "content of the accusation"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Vladimir Petrovsky", "PERSON", "SUN"),
            ("Moscow", "GPE", "SUN"),
            ("Soviet Union", "GPE", "SUN"),
            (("Reagan", "President Reagan"), "PERSON", "USA"),
            (("Reagan", "Reagan told"), "PERSON", "USA"),
            ("U.S. Embassy", "ORG", "USA"),
            (("Moscow", "Embassy in Moscow"), "GPE", "SUN"),
            (("Soviet", "Soviet diplomats"), "NORP", "SUN"),
            (("Washington", "embassy in Washington"), "GPE", "USA"),
            (("U.S.", "the U.S. Moscow"), "GPE", "USA"),
            (("Moscow", "U.S. Moscow mission"), "GPE", "SUN"),
            (("Petrovsky", "Petrovsky told"), "PERSON", "SUN"),
            (("Washington", "accidental that Washington"), "GPE", "USA"),
            (("Moscow", "scheduled Moscow"), "GPE", "SUN"),
            (("U.S.", "visit by U.S."), "GPE", "USA"),
            ("George Shultz", "PERSON", "USA"),
            (("Soviet Union", "accusations against the"), "GPE", "SUN"),
            (("Soviet", "improving Soviet"), "NORP", "SUN"),
            (("U.S.", "Soviet-U.S."), "GPE", "USA"),
            (("Washington", "someone in Washington"), "GPE", "USA"),
        ],
    },
    "reuters21578-4356": {
        "events": [
            # 0
            ("STATEMENT", "said", LYNG, None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "the administration has not decided on offering the Soviet Union subsidized wheat, nor ruled it out (an "
             "undecided offer is content, no type); wire style: DCT, dateline city (a Reuters interview, no place)"),
            # 1
            ("STATEMENT", ("said", "Lyng also said"), (("Lyng", "Lyng also said"), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "no knowledge of any upcoming cabinet discussion (new content); DCT"),
            # 2
            ("STATEMENT", ("said", 'Lyng said, "No'), (("Lyng", 'Lyng said, "No'), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", 0,
             "later mention: quoted restatement ('We haven't made a decision on it ...', EVENTS.md 3)"),
            # 3
            ("STATEMENT", "responded", (("Lyng", "Lyng responded"), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "'If they would offer to buy some wheat, would we accept it? It would depend on what price they "
             "offered' (hypothetical content, no type); DCT"),
            # 4
            ("STATEMENT", "added", (("Lyng", "Lyng added"), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "the U.S. wheat price is not far off the world price (assessment); DCT"),
            # 5
            ("STATEMENT", ("said", 'Lyng said, "Some'), (("Lyng", 'Lyng said, "Some'), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "'Some people think they're doing it to see if they can get a little spurt in the market' (an "
             "assessment of the speculation; no actor accused); DCT"),
            # 6
            ("REQUEST", "asked", ("Agriculture Undersecretary Daniel Amstutz", "USA", "GOV"),
             ("the Commodity Futures Trading Commission", "USA", "GOV"), None,
             "1987-03", "month", "last week", "asserted", None,
             "asked the CFTC to investigate reports of wheat price manipulation (a request to another agency); 'last "
             "week' from Thu 1987-03-12 = 2-8 March, kept at its month (EVENTS.md 21)"),
        ],
        "skip": [
            ("decided", "content: the undecided offer"),
            (("offering", "decided on offering"), "content of the statement (an undecided subsidy offer)"),
            (("offer", "such an offer"), "content (the offer not ruled out: hypothetical)"),
            (("ruled out", "not been ruled out"), "content of the statement"),
            ("discussion", "content (no knowledge of a discussion)"),
            (("Asked", "Asked if"), "question"),
            (("ruled out", "administration had ruled out"), "content of the question"),
            (("offering", "ruled out offering"), "content of the question"),
            (("subsidize", "offering to subsidize"), "content of the question"),
            (("decision", "made a decision"), "content of the quote"),
            ("talked", "content of the quote"),
            ("looked", "content of the quote"),
            ("Reminded", "question (the reporter's prompt)"),
            (("reports", "have been reports"), "anonymous reports"),
            (("buy", "Moscow would buy"), "content of anonymous reports (hypothetical)"),
            (("offer", "would offer to buy"), "hypothetical content of the quote"),
            (("buy", "offer to buy"), "hypothetical content of the quote"),
            ("accept", "question inside the quote (hypothetical)"),
            (("offered", "price they offered"), "hypothetical content of the quote"),
            (("Asked", "Asked about"), "question"),
            ("speculation", "anonymous speculation"),
            (("offer", "would offer Moscow"), "content of the speculation"),
            ("doing", "content of the quote (unnamed people's view)"),
            ("investigate", "content of the request"),
            (("reports", "investigate reports"), "content of the request (anonymous reports)"),
            ("manipulated", "content of the request (no identified actor)"),
            (("reports", "manipulated by reports"), "anonymous reports"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("Reuters", "ORG", "GBR"),
            (("Lyng", "Lyng also"), "PERSON", "USA"),
            (("Soviet Union", "exports to the"), "GPE", "SUN"),
            (("Lyng", 'Lyng said, "No'), "PERSON", "USA"),
            (("Moscow", "that Moscow would"), "GPE", "SUN"),
            (("U.S.", "Moscow would buy"), "GPE", "USA"),
            (("Lyng", "Lyng responded"), "PERSON", "USA"),
            ("Soviets", "NORP", "SUN"),
            (("Lyng", "Lyng added"), "PERSON", "USA"),
            (("U.S.", "price of U.S."), "GPE", "USA"),
            (("Moscow", "offer Moscow"), "GPE", "SUN"),
            (("Lyng", 'Lyng said, "Some'), "PERSON", "USA"),
            ("Daniel Amstutz", "PERSON", "USA"),
            ("Commodity Futures Trading Commission", "ORG", "USA"),
            (("U.S.", "that a U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-5887": {
        "events": [
            # 0
            ("STATEMENT", "said", IAFMM, None, LON,
             "1987-03-17", "day", None, "asserted", None,
             "statistics: South American fish meal output in 1986 ('last year' dates the output, not the saying); an "
             "international association: country null; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "IAFMM said in a statement"), (("IAFMM", "IAFMM said in a statement"), None, "ORG"),
             None, LON,
             "1987-03-17", "day", None, "asserted", None,
             "forecast: lower Chilean and Peruvian output in the first quarter of 1987 (Chile's sardine fishing ban "
             "is a domestic measure, content); DCT"),
            # 2
            ("STATEMENT", ("added", "The statement added"), (None, None, "ORG"), None, LON,
             "1987-03-17", "day", None, "asserted", None,
             "'The statement added': the IAFMM's statement speaking (implied author, 13b's 'the report said'); new "
             "content (the stock position remained reasonable); DCT"),
            # 3
            ("STATEMENT", ("said", "The IAFMM said fish"), (("IAFMM", "The IAFMM said fish"), None, "ORG"), None, LON,
             "1987-03-17", "day", None, "asserted", None,
             "statistics: fish meal consumption by region in 1986; DCT"),
            # 4
            ("STATEMENT", ("added", "It added"), (("It", "It added"), None, "ORG"), None, LON,
             "1987-03-17", "day", None, "asserted", None,
             "consumption suffered from competition with tallow and milk powder (assessment); DCT"),
        ],
        "skip": [
            ("reached", "statistics (no acting actor)"),
            (("statement", "in a statement"), "part of the reporting clause"),
            ("expected", "content of the forecast"),
            ("produced", "statistics"),
            ("ban", "Chile's sardine fishing ban: domestic measure (content of the forecast, no type)"),
            ("promotion", "generic market activity (content)"),
            ("sales", "generic market activity by Chile and Peru (content)"),
            (("remained", "end of the year remained"), "statistics"),
            ("decreased", "statistics (no speaker, no actor)"),
            ("falling", "statistics"),
            ("rose", "statistics (content)"),
            ("fell", "statistics (content)"),
            ("suffered", "content (market conditions)"),
        ],
        "entities": [
            ("South American", "NORP", None),
            ("Chile", "GPE", "CHL"),
            ("Peru", "GPE", "PER"),
            ("Equador", "GPE", "ECU"),
            ("International Association of Fish Meal Manufacturers", "ORG", None),
            (("IAFMM", "(IAFMM)"), "ORG", None),
            (("IAFMM", "However, IAFMM"), "ORG", None),
            ("Chilean", "NORP", "CHL"),
            ("Peruvian", "NORP", "PER"),
            (("Chile", "sardine fishing in Chile"), "GPE", "CHL"),
            (("Peru", "conditions in Peru"), "GPE", "PER"),
            (("Chile", "sales by Chile"), "GPE", "CHL"),
            (("Peru", "Chile and Peru"), "GPE", "PER"),
            (("South America", "outside South America"), "LOC", None),
            (("IAFMM", "The IAFMM said fish"), "ORG", None),
            ("West Germany", "GPE", "DEU"),
            ("Scandinavian", "NORP", None),
            ("Eastern Europe", "LOC", None),
            ("Far East", "LOC", None),
            (("U.S.", "fell in the"), "GPE", "USA"),
            (("U.K.", "static in the"), "GPE", "GBR"),
            (("U.S.", "tallow in the"), "GPE", "USA"),
            (("U.K.", "powder in the"), "GPE", "GBR"),
            (("IAFMM", "IAFMM figures"), "ORG", None),
            ("CHILE", "GPE", "CHL"),
            ("PERU", "GPE", "PER"),
            ("NORWAY", "GPE", "NOR"),
            ("ICELAND", "GPE", "ISL"),
            ("DENMARK", "GPE", "DNK"),
            (("U.S.", "DENMARK"), "GPE", "USA"),
            ("JAPAN", "GPE", "JPN"),
        ],
    },
    "reuters21578-15740": {
        "events": [
            # 0
            ("ASSAULT", "raided", ("Israeli helicopter gunships", "ISR", "MIL"), ("south Lebanon", "LBN", None),
             ("south Lebanon", "LBN"),
             None, "unknown", None, "asserted", None,
             "Israeli helicopter gunships raided south Lebanon (the radio stations' 'said' rule-3 attribution); no "
             "time expression: undated (rule 17); the target is a region (kind null)"),
            # 1
            ("ASSAULT", "attacked", (("it", "as it attacked"), "ISR", "MIL"), ("targets", "LBN", None),
             ("Ain al-Hilweh", "LBN"),
             None, "unknown", None, "asserted", 0,
             "later mention: the helicopter 'attacked targets in the Ain al-Hilweh area' (part of the raid, relayed "
             "from witnesses; the act names its agent, 23b/35a)"),
            # 2
            ("STATEMENT", "quoted", ("State owned Beirut Radio", "LBN", "ORG"), None, BEI,
             "1987-04-09", "day", None, "asserted", None,
             "Beirut Radio's report quoting witnesses on the shoot-down (its main proposition, the downing by "
             "unnamed anti-aircraft fire, has no identifiable agent); a radio station reporting is an identifiable "
             "ORG speaker (GUIDELINES: newspapers); wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "Homeland radio said"), ("The Sunni Moslem Voice of the Homeland radio", "LBN", "ORG"), None, BEI,
             "1987-04-09", "day", None, "asserted", None,
             "the helicopter was seen falling into the sea (no type); DCT, dateline city"),
        ],
        "skip": [
            (("said", "radio stations said"), "rule-3 attribution (the raid is the event)"),
            ("downed", "downing by an unnamed agent (no identifiable actor; ASSAULT -> ISR MIL arguable)"),
            ("saying", "anonymous witnesses (relayed by Beirut Radio)"),
            ("shot down", "by unnamed anti-aircraft fire: no identifiable actor (ASSAULT -> ISR MIL arguable)"),
            ("seen", "content of the statement"),
            ("falling", "content of the statement (no actor)"),
            ("confirmation", "negated confirmation with no identifiable confirmer"),
        ],
        "entities": [
            ("Beirut", "GPE", "LBN"),
            ("Israeli", "NORP", "ISR"),
            ("Lebanon", "GPE", "LBN"),
            ("Beirut Radio", "ORG", "LBN"),
            ("Ain al-Hilweh", "LOC", "LBN"),
            ("Sidon", "GPE", "LBN"),
            ("Sunni Moslem", "NORP", None),
            ("Voice of the Homeland", "ORG", "LBN"),
        ],
    },
    "reuters21578-19506": {
        "events": [
            # 0
            ("CONSULT", "arrived", OTEIBA, (("Egypt", "visit to Egypt"), "EGY", "GOV"), ALX,
             "1987-06-28", "day", "last night", "asserted", None,
             "the UAE oil minister arrived in Alexandria for a visit to Egypt (visitor first, host second); 'last "
             "night' = DCT Mon 1987-06-29 - 1; MENA's 'said' rule-3 attribution"),
            # 1
            ("CONSULT", "stay", (("Oteiba", "It said Oteiba"), "ARE", "GOV"), EGY_GOV_IMPLIED, ALX,
             "1987-06-28", "day", "last night", "planned", 0,
             "later mention: he would stay for several days (the same visit; its date; 'It said' attribution)"),
            # 2
            ("STATEMENT", "gave no details", (("It", "It said Oteiba"), "EGY", "ORG"), None, CAI,
             "1987-06-29", "day", None, "negated", None,
             "withheld statement: MENA 'gave no details' (11b's 'gave no details'); the state news agency is a "
             "media ORG; DCT, dateline city"),
            # 3
            ("AGREE", "pledged", (("Egypt", "Non-OPEC Egypt"), "EGY", "GOV"), (("OPEC", "support OPEC"), None, "IGO"),
             None,
             None, "unknown", None, "asserted", None,
             "pledged to restrain output to support OPEC's moves (a promise toward OPEC, 21a's commitment to OPEC); "
             "present perfect, no time expression: undated"),
            # 4
            ("STATEMENT", ("said", "last week said"), ("Oil Minister Abdel Hadi Kandeel", "EGY", "GOV"), None, None,
             "1987-06", "month", "last week", "asserted", None,
             "Egypt plans to keep its output unchanged for five years (domestic production policy, no type); 'last "
             "week' from Mon 1987-06-29 = 22-28 June, kept at its month; not DCT-dated: location null"),
        ],
        "skip": [
            ("visit", "purpose of the arrival (the same visit, coded on 'arrived')"),
            (("said", "(MENA) said"), "rule-3 attribution (the visit is the event)"),
            (("said", "It said Oteiba"), "rule-3 attribution (the stay is the event)"),
            ("attended", "the OPEC ministerial meeting: internal meeting of one body (EVENTS.md 10; UAE a member)"),
            ("meeting", "internal OPEC meeting"),
            ("restrain", "content of the pledge"),
            ("support", "content of the pledge"),
            ("moves", "background nominal (OPEC's own measures)"),
            ("boost", "content (OPEC's aim)"),
            ("plans", "content of the statement (domestic production policy)"),
            ("leave", "content of the statement"),
            ("produce", "stative (capacity)"),
        ],
        "entities": [
            ("UAE", "GPE", "ARE"),
            ("Mana Said al-Oteiba", "PERSON", "ARE"),
            ("Alexandria", "GPE", "EGY"),
            ("Egypt", "GPE", "EGY"),
            ("Middle East News Agency", "ORG", "EGY"),
            ("MENA", "ORG", "EGY"),
            (("Oteiba", "It said Oteiba"), "PERSON", "ARE"),
            (("OPEC", "attended the OPEC"), "ORG", None),
            ("Vienna", "GPE", "AUT"),
            (("OPEC", "Non-OPEC"), "ORG", None),
            (("Egypt", "Non-OPEC Egypt"), "GPE", "EGY"),
            (("OPEC", "support OPEC"), "ORG", None),
            ("Abdel Hadi Kandeel", "PERSON", "EGY"),
            (("Egypt", "said Egypt"), "GPE", "EGY"),
            (("Egypt", "Egypt is able"), "GPE", "EGY"),
        ],
    },
    "reuters21578-3347": {
        "events": [
            # 0
            ("AGREE", "agreed", ("The New York Shipping Association", "USA", "ORG"),
             ("International Longshoremen's Association", "USA", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "the shippers' association and the union agreed to cut cargo assessments (agreement between two "
             "identified parties, the first-named first); 'said they agreed' rule-3 attribution; no time "
             "expression: undated (rule 17)"),
            # 1
            ("STATEMENT", ("said", "for the New York Shipping Association"),
             ("a spokesman for the New York Shipping Association", "USA", "ORG"), None, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "'What were doing is lowering the price to get more bulk cargo flowing through here' (the deal's "
             "purpose; new content); DCT, dateline city"),
        ],
        "skip": [
            (("said", "said they agreed"), "rule-3 attribution (the agreement is the event)"),
            ("cut", "content of the agreement"),
            ("reduced", "content of the agreement (the new charges, effective April 1)"),
            ("agreement", "anaphoric nominal (the agreement coded on 'agreed')"),
            ("fund", "stative (use of the assessments)"),
            ("lowering", "content of the quote"),
        ],
        "entities": [
            ("New York Shipping Association", "ORG", "USA"),
            ("International Longshoremen's Association", "ORG", "USA"),
            (("New York", "Port of New York"), "GPE", "USA"),
            ("New Jersey", "GPE", "USA"),
            (("New York Shipping Association", "spokesman for the"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
