"""Build ``own_blind53b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind53b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2347 left); 24 drawn with random.Random(53101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
31 event records (27 first mentions, 4 later mentions), 71 not_annotated spans, 64 entity mentions
(ORG 34, GPE 15, PERSON 8, NORP 6, LOC 1); one article without events (a negative): 8802 (Fed reserve
operation, anonymous economists); 19668 (Danish crops) and 18470 (Japanese ship orders) have reporting-clause
STATEMENTs only. Types: STATEMENT 22, AGREE 3, REQUEST 3, COOPERATE 3; modality: asserted 30, negated 1;
precision: day 24, unknown 7. Per article (events / not_annotated / entities): 2231 2/10/8, 4513 7/10/8,
8336 6/8/7, 19668 1/5/2, 18470 3/3/2, 753 3/7/5, 12803 9/14/28, 8802 0/14/4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Every repeated anchor ("said", "applied", "Volcker", "Egypt",
"Saga", "Fed", "cut", "intervene") was given a context anchor. See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Federal Reserve Board Chairman Paul Volcker": ORG +
PERSON; "Saga spokesman Roy Halvorsen": ORG + PERSON); possessive 's left out ("Matsushita's",
"Westinghouse's", "Spain's", "Gabon's", "Africa's"); ticker symbols (<NHY.OL>, <SAGO.OL>, <NEOY.HE>) are not
entities; "Opec" in "Non-Opec" is tagged as the part (as earlier sets' "Non-OPEC"); "Springfield, Mo."
gives GPE "Springfield" and GPE "Mo." (as earlier sets' "R-Mo."); lower-case or generic bodies ("the
company", "the bureau", "the association", "the venture", "Gabonese officials", "economists") are not
tagged; oil blend names (Suez, Ras Bahar) are products, not entities; "Fed funds" / "federal funds rate"
is a rate, not the Fed. Countries: "Opec" / OPEC ORG null, Egypt GPE EGY, the Egyptian General Petroleum
Corp. / EGPC ORG EGY; the Federal Reserve Board ORG USA, Paul Volcker / Volcker PERSON USA, "U.S." GPE USA;
Zenith Electronics Corp / Zenith ORG USA (a Springfield, Mo. manufacturer), Mexico GPE MEX, Springfield and
Mo. GPE USA, the International Brotherhood of Electrical Workers ORG USA; "Danish" NORP DNK, the State Plant
Cultivation Bureau ORG DNK; "Japanese" NORP JPN, the Japan Ship Exporters Association ORG JPN;
Westinghouse Electric Corp / Westinghouse ORG USA (Pittsburgh), Matsushita Electric Industrial Co Ltd /
Matsushita ORG JPN, Japan GPE JPN; "Norwegian" NORP NOR, Norsk Hydro A/S / Norsk Hydro and Saga Petroleum
A/S / Saga Petroleum / Saga ORG NOR, Roy Halvorsen / Halvorsen and Bjoern Tretvoll PERSON NOR (company
spokesmen), Gabon GPE GAB, "Gabonese" NORP GAB, Africa LOC null, "Finnish" NORP FIN, Neste ORG FIN, Spain
GPE ESP, Hispanoil ORG ESP, the World Bank, the International Finance Corporation and its abbreviation as
written ("IFS") ORG null, Reuters ORG GBR, "Italian" NORP ITA, Agip ORG ITA, Tenneco ORG USA; the Federal
Reserve / Fed ORG USA.

Judgement calls made here:
* 2231 (Egyptian 1986 crude output, DCT Thu 1987-03-05, CAIRO): "according to official figures released
  today by the Egyptian General Petroleum Corp. (EGPC)" is a statistics release by a named author: STATEMENT
  EGY BUS (a state-owned company: BUS, EVENTS.md 15) on "released", 1987-03-05 ("today"), CAIRO;
  "according to" is part of that reporting clause and "produced" statistics. "Officials say Egypt can
  produce up to one mln bpd" is a STATEMENT EGY GOV (Egyptian officials in a Cairo story, as earlier sets'
  bare "Officials said" in a Tokyo story = JPN GOV; anonymous-source skip arguable), DCT, CAIRO. "production
  was cut when world prices plunged last year" is agentless domestic production and a price movement;
  "In an attempt to help OPEC stabilize the world market, Egypt cut its 1987 production target" is Egypt's
  own production measure (EVENTS.md 10's ordered production cut, the earlier sets' Dubai output cut:
  skipped; COOPERATE/SUPPORT EGY -> OPEC arguable, unlike the earlier set's "pledged ... to support OPEC",
  which is a promise); exports and sales at a price are habitual commerce.
* 4513 (Volcker on the trade gap, DCT Thu 1987-03-12, LOS ANGELES): Volcker's reporting clauses are
  STATEMENTs USA GOV, DCT, LOS ANGELES ("here": the luncheon): the lead "said current data does not give a
  clear sign"; the quoted '"The data we have in hand do not provide clearcut evidence ...," Volcker said in
  remarks prepared for delivery' restates the lead's paraphrase: a later mention (EVENTS.md 3); "Volcker
  said there are encouraging signs", "Volcker warned it is not sustainable ... to pile up foreign debt" (a
  warning with no consequence from the speaker: STATEMENT, own_blind), "He said the process of restoring
  external balance ... requires dealing with the budget deficit" and "He said needed economic adjustment
  will require a relative shift" (prescriptions with no actor told to act: EVENTS.md 2's "action was
  required now"; REQUEST -> USA GOV arguable for the budget deficit), and the closing quote '"More of our
  growth will need to be reflected in net exports ...," Volcker said' (new content: a first mention). The
  reversal, the rising exports, the piling up of debt are content; "delivery" and "luncheon" are part of
  the setting of the speech.
* 8336 (Zenith union contract, DCT Mon 1987-03-23, SPRINGFIELD, MO.): "Zenith Electronics Corp said
  ratification of a new union contract on Sunday will enable the company to bring some jobs back from
  Mexico" gives a STATEMENT USA BUS on "said" (the forecast that jobs come back is the main proposition: no
  type), DCT, SPRINGFIELD, and AGREE on the nominal "ratification" (a nominal with its own date, EVENTS.md
  11): the union (implied in this clause, USA ORG; named later as the International Brotherhood of
  Electrical Workers) -> Zenith (USA BUS), 1987-03-22 ("Sunday" before Mon 23 March, past). "The company
  did not specify the number of jobs" is a withheld STATEMENT (negated), DCT. "It said a new contract
  ratified by members of the International Brotherhood of Electrical Workers will reduce wages 8.1 pct" is a
  STATEMENT (wage forecast) and, on "ratified", a later mention of the ratification (its own clause naming
  the union; Zenith implied as actor2), taking its date. "Zenith said the contract ... assures it will keep
  600 assembly jobs from going to Mexico" is a STATEMENT; bringing jobs back, keeping jobs, replacing the
  earlier contract and its expiry are content (a company's own job location: no type).
* 19668 (Danish crops, DCT Mon 1987-06-29, COPENHAGEN): "the State Plant Cultivation Bureau said in a
  report" is a STATEMENT DNK GOV (a state bureau), DCT, COPENHAGEN ("report" part of the reporting clause,
  15582's "field report"). "At the season's first crop test on June 26, the bureau rated crops at an overall
  94" is a statistic of the report (the test result; a STATEMENT dated 1987-06-26 arguable: skipped), "The
  test gave ratings" a document giving figures (not a speech act), and "Final harvest figures ... were not
  yet available" agentless and stative (figures not yet compiled; a withheld STATEMENT arguable: skipped).
* 18470 (Japan shipbuilding orders, DCT Thu 1987-06-18, TOKYO): the Japan Ship Exporters Association (a
  trade association: JPN ORG) speaks in three reporting clauses, all STATEMENTs, DCT, TOKYO: "the Japan Ship
  Exporters Association said" (statistics), "an association official said" (backlog statistics; an official
  of a named body, EVENTS.md 4) and "he said" (the recession and the yen depressed orders: an assessment).
  Orders "received" by Japanese yards from unnamed foreign buyers are statistics.
* 753 (Westinghouse / Matsushita venture, DCT Mon 1987-03-02, PITTSBURGH): "Westinghouse Electric Corp
  said it agreed in principle to form a joint venture in factory automation with Matsushita Electric
  Industrial Co Ltd of Japan" is AGREE USA BUS -> JPN BUS on "agreed" (EVENTS.md 8; "said" rule-3
  attribution, "form" and "joint venture" its content), undated (rule 17: no time expression). "The company
  said the venture aims to combine ..." and "... is expected to begin operations by the summer, it added"
  are STATEMENTs USA BUS, DCT, PITTSBURGH (the venture's aims and plans: no counterpart, content).
* 12803 (Norsk Hydro and Saga apply for Gabon licences, DCT Fri 1987-04-03, OSLO): an application for
  exploration licences is a REQUEST to the licensing government (the earlier sets' Burma, CBOT and Toyota
  "applied"): "Norwegian oil companies Norsk Hydro A/S and Saga Petroleum A/S said they have applied for
  offshore exploration drilling licenses in Gabon" is REQUEST NOR BUS (same-country compound: one record,
  EVENTS.md 12) -> the Gabonese authorities (implied, GAB GOV), undated (present perfect, no time
  expression, rule 17; "said" rule-3 attribution), no location (the text does not say where the
  application was filed). "Saga Petroleum said it has applied for a 35 pct share and operatorship on one
  block" and "Norsk Hydro has also applied for an undisclosed share in a single exploration license ...,
  company spokesman Bjoern Tretvoll said" are later mentions of it (each company's part of the lead's joint
  statement; "said" rule-3 attribution; first mentions arguable). "..., adding Finnish oil company Neste,
  Spain's Hispanoil, and the World Bank's International Finance Corporation have joined Saga to fill
  remaining shares in the application" is COOPERATE (partners joining Saga's licence bid, as the earlier
  sets' joint ventures), split by country (EVENTS.md 12): FIN BUS, ESP BUS and the IFC (null IGO) -> Saga
  (NOR BUS), undated (present perfect); "adding" is rule-3 attribution. "Saga spokesman Roy Halvorsen told
  Reuters he expected Gabonese officials would reply to the application by Easter" is a STATEMENT NOR BUS
  (a forecast; the reply is content), DCT, OSLO; "Halvorsen said this is the first time Saga has applied"
  (an assessment; "applied" presupposed there, content) and "adding that Italian oil company Agip is heading
  a group of applicants in a separate bid" (EVENTS.md 3: a second record; the heading is content and Agip's
  bid a background nominal, REQUEST ITA -> GAB arguable: skipped) are STATEMENTs, DCT, OSLO. "in which U.S.
  Oil company Tenneco has already been assigned operatorship" is a background relative clause with the
  assigner unstated (COOPERATE USA BUS -> GAB arguable: skipped).
* 8802 (Fed may add reserves, DCT Tue 1987-03-24, NEW YORK): everything is anonymous economists' talk
  ("some economists said", "others felt", "Those who believed ... said", "others noted", "They also
  expected") about a Fed reserve operation (a monetary operation, EVENTS.md 10) and the funds rate (market):
  no event (a negative).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind53b.jsonl"

CAI = ("CAIRO", "EGY")
LAX = ("LOS ANGELES", "USA")
SGF = ("SPRINGFIELD", "USA")
CPH = ("COPENHAGEN", "DNK")
TYO = ("TOKYO", "JPN")
PIT = ("PITTSBURGH", "USA")
OSL = ("OSLO", "NOR")

FED = "USA", "GOV"
ZENITH = "USA", "BUS"
JSEA = "JPN", "ORG"
WESTINGHOUSE = "USA", "BUS"
SAGA = "NOR", "BUS"
GABON_AUTHORITIES = (None, "GAB", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-2231": {
        "events": [
            # 0
            ("STATEMENT", "released", ("the Egyptian General Petroleum Corp.", "EGY", "BUS"), None, CAI,
             "1987-03-05", "day", "today", "asserted", None,
             "official figures released today by the EGPC (a state-owned company: BUS): statistics release by a "
             "named author, dated by 'today'"),
            # 1
            ("STATEMENT", "say", ("Officials", "EGY", "GOV"), None, CAI,
             "1987-03-05", "day", None, "asserted", None,
             "Egyptian officials (Cairo story): Egypt can produce up to one mln bpd (capacity assessment); wire "
             "style, DCT, dateline city (anonymous-source skip arguable)"),
        ],
        "skip": [
            ("produced", "statistics (1986 output)"),
            ("according to", "part of the reporting clause (the release)"),
            (("produce", "Egypt can"), "content of the officials' statement"),
            (("cut", "production was cut"), "agentless domestic production cut (content of the statement)"),
            ("plunged", "market-price movement"),
            (("help", "attempt to help"), "purpose of the production-target cut"),
            ("stabilize", "purpose of the production-target cut"),
            (("cut", "Egypt cut"),
             "Egypt's own production-target cut: a domestic production measure (EVENTS.md 10; COOPERATE/SUPPORT "
             "EGY -> OPEC arguable)"),
            ("exports", "habitual commerce (stative)"),
            ("sells", "habitual commerce at a price (stative)"),
        ],
        "entities": [
            ("Opec", "ORG", None),
            (("Egypt", "Non-Opec Egypt"), "GPE", "EGY"),
            ("Egyptian General Petroleum Corp.", "ORG", "EGY"),
            ("EGPC", "ORG", "EGY"),
            (("Egypt", "Officials say Egypt"), "GPE", "EGY"),
            ("OPEC", "ORG", None),
            (("Egypt", "Egypt cut"), "GPE", "EGY"),
            (("Egypt", "Egypt, which"), "GPE", "EGY"),
        ],
    },
    "reuters21578-4513": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Paul"), ("Federal Reserve Board Chairman Paul Volcker", *FED), None, LAX,
             "1987-03-12", "day", None, "asserted", None,
             "current data gives no clear sign the trade deterioration has been reversed (assessment); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "said in remarks"), (("Volcker", "reversed,\""), *FED), None, LAX,
             "1987-03-12", "day", None, "asserted", 0,
             "quoted restatement of the lead's paraphrase (EVENTS.md 3): later mention; remarks for a luncheon "
             "'here'"),
            # 2
            ("STATEMENT", ("said", "However, Volcker"), (("Volcker", "However, Volcker"), *FED), None, LAX,
             "1987-03-12", "day", None, "asserted", None, "encouraging signs (assessment)"),
            # 3
            ("STATEMENT", "warned", (("Volcker", "Volcker warned"), *FED), None, LAX,
             "1987-03-12", "day", None, "asserted", None,
             "warned it is not sustainable to pile up foreign debt: no consequence from the speaker (own_blind): "
             "STATEMENT"),
            # 4
            ("STATEMENT", ("said", "He said the process"), (("He", "He said the process"), *FED), None, LAX,
             "1987-03-12", "day", None, "asserted", None,
             "restoring external balance requires dealing with the budget deficit: no actor told to act (EVENTS.md "
             "2; REQUEST -> USA GOV arguable)"),
            # 5
            ("STATEMENT", ("said", "He said needed"), (("He", "He said needed"), *FED), None, LAX,
             "1987-03-12", "day", None, "asserted", None,
             "needed adjustment will require a shift of resources (assessment, no actor asked)"),
            # 6
            ("STATEMENT", ("said", "less in consumption"), (("Volcker", "less in consumption"), *FED), None, LAX,
             "1987-03-12", "day", None, "asserted", None,
             "quote with new content (growth in net exports and investment): a first mention"),
        ],
        "skip": [
            (("reversed", "has yet been"), "content of the statement"),
            (("reversed", "been\nreversed,"), "content of the quote"),
            ("delivery", "setting of the speech (remarks prepared for delivery)"),
            ("luncheon", "setting of the speech"),
            ("achieved", "content of the statement (exports)"),
            ("pile up", "content of the warning"),
            ("failing", "content of the warning"),
            ("restoring", "content of the statement"),
            ("dealing", "content of the statement (prescription with no actor)"),
            (("require", "adjustment will"), "content of the statement"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Paul Volcker", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Volcker", "reversed,\""), "PERSON", "USA"),
            (("Volcker", "However, Volcker"), "PERSON", "USA"),
            (("Volcker", "Volcker warned"), "PERSON", "USA"),
            (("U.S.", "balance to the"), "GPE", "USA"),
            (("Volcker", "less in consumption"), "PERSON", "USA"),
        ],
    },
    "reuters21578-8336": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Zenith Electronics Corp", *ZENITH), None, SGF,
             "1987-03-23", "day", None, "asserted", None,
             "ratification will enable the company to bring jobs back from Mexico (forecast: no type); DCT, "
             "dateline city"),
            # 1
            ("AGREE", "ratification", (None, "USA", "ORG"), ("Zenith Electronics Corp", *ZENITH), None,
             "1987-03-22", "day", "Sunday", "asserted", None,
             "ratification of a new union contract on Sunday (a nominal with its own date, EVENTS.md 11): the union "
             "(implied here, named later) -> Zenith; Sunday before Mon 23 March"),
            # 2
            ("STATEMENT", "specify", ("The company", *ZENITH), None, SGF,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement: did not specify the number of jobs"),
            # 3
            ("STATEMENT", ("said", "It said"), (("It", "It said"), *ZENITH), None, SGF,
             "1987-03-23", "day", None, "asserted", None, "the new contract will reduce wages 8.1 pct (forecast)"),
            # 4
            ("AGREE", "ratified", ("members of the International Brotherhood of Electrical Workers", "USA", "ORG"),
             (None, *ZENITH), None,
             "1987-03-22", "day", "Sunday", "asserted", 1,
             "later mention of Sunday's ratification (its own clause naming the union); takes the first mention's "
             "date"),
            # 5
            ("STATEMENT", ("said", "Zenith said"), (("Zenith", "Zenith said"), *ZENITH), None, SGF,
             "1987-03-23", "day", None, "asserted", None,
             "the contract assures 600 assembly jobs stay (assessment)"),
        ],
        "skip": [
            ("enable", "content of the statement"),
            ("bring", "content of the statement (the company's own job relocation: no type)"),
            ("reduce", "content of the statement"),
            ("replacing", "content of the statement (the new contract replaces the old)"),
            ("expire", "content of the statement (the old contract's term)"),
            ("assures", "content of the statement"),
            ("keep", "content of the statement (jobs kept: no type)"),
            (("going", "jobs from"), "content of the statement"),
        ],
        "entities": [
            ("Zenith Electronics Corp", "ORG", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("Springfield", "GPE", "USA"),
            ("Mo.", "GPE", "USA"),
            ("International Brotherhood of Electrical Workers", "ORG", "USA"),
            (("Zenith", "Zenith said"), "ORG", "USA"),
            (("Mexico", "going to"), "GPE", "MEX"),
        ],
    },
    "reuters21578-19668": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Bureau said"), ("the State Plant Cultivation Bureau", "DNK", "GOV"), None, CPH,
             "1987-06-29", "day", None, "asserted", None,
             "crop report by a state bureau (crops two weeks behind); DCT, dateline city"),
        ],
        "skip": [
            (("report", "said in a"), "part of the reporting clause (15582's 'field report')"),
            ("rated", "statistic of the report (the June 26 crop test rating; STATEMENT 1987-06-26 arguable)"),
            ("represents", "stative (the rating scale)"),
            ("gave", "a document (the test) giving ratings: not a speech act"),
            ("available", "agentless, stative (figures not yet compiled; withheld STATEMENT arguable)"),
        ],
        "entities": [
            ("Danish", "NORP", "DNK"),
            ("State Plant Cultivation Bureau", "ORG", "DNK"),
        ],
    },
    "reuters21578-18470": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Association said"), ("the Japan Ship Exporters Association", *JSEA), None, TYO,
             "1987-06-18", "day", None, "asserted", None, "order statistics by a trade association; DCT"),
            # 1
            ("STATEMENT", ("said", "association official said"), ("an association official", *JSEA), None, TYO,
             "1987-06-18", "day", None, "asserted", None,
             "backlog statistics by an official of a named body (EVENTS.md 4)"),
            # 2
            ("STATEMENT", ("said", "orders, he said"), (("he", "orders, he said"), *JSEA), None, TYO,
             "1987-06-18", "day", None, "asserted", None,
             "the recession and the yen's rise depressed May orders (assessment)"),
        ],
        "skip": [
            ("received", "statistics (orders received by Japanese yards from unnamed foreign buyers)"),
            ("fell", "statistics"),
            ("depressed", "content of the statement (market causes)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Japan Ship Exporters Association", "ORG", "JPN"),
        ],
    },
    "reuters21578-753": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Westinghouse Electric Corp", *WESTINGHOUSE),
             ("Matsushita Electric Industrial Co Ltd of Japan", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed in principle to form a joint venture with Matsushita (EVENTS.md 8); no time expression "
             "(rule 17): undated"),
            # 1
            ("STATEMENT", ("said", "The company said"), ("The company", *WESTINGHOUSE), None, PIT,
             "1987-03-02", "day", None, "asserted", None, "the venture's aims (description); DCT, dateline city"),
            # 2
            ("STATEMENT", "added", (("it", "summer, it"), *WESTINGHOUSE), None, PIT,
             "1987-03-02", "day", None, "asserted", None,
             "the venture's business and expected start by the summer (plans with no counterpart)"),
        ],
        "skip": [
            (("said", "Corp said"), "rule-3 attribution (the agreement is the event)"),
            ("form", "content of the agreement (rule 8)"),
            ("joint venture", "content of the agreement"),
            ("aims", "content of the statement"),
            ("combine", "content of the statement"),
            ("design, sell and service", "content of the statement (the venture's future business)"),
            ("begin", "content of the statement (planned start of operations)"),
        ],
        "entities": [
            ("Westinghouse Electric Corp", "ORG", "USA"),
            ("Matsushita Electric Industrial Co Ltd", "ORG", "JPN"),
            ("Japan", "GPE", "JPN"),
            (("Matsushita", "combine"), "ORG", "JPN"),
            (("Westinghouse", "manufacturing and"), "ORG", "USA"),
        ],
    },
    "reuters21578-12803": {
        "events": [
            # 0
            ("REQUEST", "applied", ("Norsk Hydro A/S <NHY.OL> and Saga Petroleum A/S", *SAGA), GABON_AUTHORITIES,
             None, None, "unknown", None, "asserted", None,
             "applied for exploration drilling licences in Gabon: an application to the licensing government "
             "(Burma/CBOT/Toyota 'applied'); same-country compound, one record; present perfect, undated"),
            # 1
            ("REQUEST", ("applied", "Saga Petroleum said it has"), (("Saga Petroleum", "Saga Petroleum said"), *SAGA),
             GABON_AUTHORITIES, None, None, "unknown", None, "asserted", 0,
             "Saga's part of the lead's application (35 pct share and operatorship on one block): later mention"),
            # 2
            ("COOPERATE", "joined", ("Finnish oil company Neste", "FIN", "BUS"), (("Saga", "joined Saga"), *SAGA),
             None, None, "unknown", None, "asserted", None,
             "Neste has joined Saga's licence bid (partners in a bid); split by country (EVENTS.md 12); undated"),
            # 3
            ("COOPERATE", "joined", ("Spain's Hispanoil", "ESP", "BUS"), (("Saga", "joined Saga"), *SAGA),
             None, None, "unknown", None, "asserted", None, "Hispanoil has joined Saga's licence bid; undated"),
            # 4
            ("COOPERATE", "joined", ("International Finance Corporation", None, "IGO"),
             (("Saga", "joined Saga"), *SAGA),
             None, None, "unknown", None, "asserted", None,
             "the World Bank's IFC has joined Saga's licence bid (null IGO); undated"),
            # 5
            ("STATEMENT", "told", ("Saga spokesman Roy Halvorsen", *SAGA), None, OSL,
             "1987-04-03", "day", None, "asserted", None,
             "expects the Gabonese officials to reply by Easter (forecast); DCT, dateline city"),
            # 6
            ("STATEMENT", ("said", "Halvorsen said"), (("Halvorsen", "Halvorsen said"), *SAGA), None, OSL,
             "1987-04-03", "day", None, "asserted", None, "first time Saga has applied in Gabon (assessment)"),
            # 7
            ("STATEMENT", ("adding", "shelf, adding"), (("Halvorsen", "Halvorsen said"), *SAGA), None, OSL,
             "1987-04-03", "day", None, "asserted", None,
             "Agip heads a group in a separate bid (EVENTS.md 3: 'said ..., adding that' = two records)"),
            # 8
            ("REQUEST", ("applied", "Norsk Hydro has also"), (("Norsk Hydro", "Norsk Hydro has also"), *SAGA),
             GABON_AUTHORITIES, None, None, "unknown", None, "asserted", 0,
             "Norsk Hydro's part of the lead's application (an undisclosed share in one licence): later mention"),
        ],
        "skip": [
            (("said", "<SAGO.OL> said"), "rule-3 attribution (the application is the event)"),
            (("said", "Saga Petroleum said"), "rule-3 attribution (the application is the event)"),
            (("adding", "operatorship on one block,"), "rule-3 attribution (the partners' joining is the event)"),
            ("fill", "purpose of the joining"),
            (("application", "shares in the"), "anaphoric nominal (the application)"),
            ("expected", "content of the statement (the speaker's expectation)"),
            ("reply", "content of the statement (the Gabonese authorities' expected reply)"),
            (("application", "reply to the"), "anaphoric nominal (the application)"),
            (("applied", "time Saga has"), "content of the statement (presupposed application)"),
            ("operate", "content of the statement"),
            ("heading", "content of the statement (Agip heading a group of applicants)"),
            ("bid", "background nominal (Agip's separate bid; REQUEST ITA -> GAB arguable)"),
            ("assigned", "background relative clause, assigner unstated (Tenneco's operatorship; COOPERATE USA BUS "
                         "-> GAB arguable)"),
            (("said", "Tretvoll said"), "rule-3 attribution (Norsk Hydro's application is the event)"),
        ],
        "entities": [
            ("Norwegian", "NORP", "NOR"),
            ("Norsk Hydro A/S", "ORG", "NOR"),
            ("Saga Petroleum A/S", "ORG", "NOR"),
            ("Gabon", "GPE", "GAB"),
            ("Africa", "LOC", None),
            (("Saga Petroleum", "Saga Petroleum said"), "ORG", "NOR"),
            ("Finnish", "NORP", "FIN"),
            ("Neste", "ORG", "FIN"),
            ("Spain", "GPE", "ESP"),
            ("Hispanoil", "ORG", "ESP"),
            ("World Bank", "ORG", None),
            ("International Finance Corporation", "ORG", None),
            ("IFS", "ORG", None),
            (("Saga", "joined Saga"), "ORG", "NOR"),
            (("Saga", "Saga spokesman"), "ORG", "NOR"),
            ("Roy Halvorsen", "PERSON", "NOR"),
            ("Reuters", "ORG", "GBR"),
            ("Gabonese", "NORP", "GAB"),
            (("Halvorsen", "Halvorsen said"), "PERSON", "NOR"),
            (("Saga", "time Saga"), "ORG", "NOR"),
            ("OPEC", "ORG", None),
            (("Gabon", "OPEC-member Gabon"), "GPE", "GAB"),
            ("Italian", "NORP", "ITA"),
            ("Agip", "ORG", "ITA"),
            (("Norsk Hydro", "Norsk Hydro has also"), "ORG", "NOR"),
            ("U.S.", "GPE", "USA"),
            ("Tenneco", "ORG", "USA"),
            ("Bjoern Tretvoll", "PERSON", "NOR"),
        ],
    },
    "reuters21578-8802": {
        "events": [],
        "skip": [
            (("intervene", "may intervene"), "monetary operation (Fed reserve addition), content of anonymous talk"),
            (("add", "to add reserves"), "monetary operation (purpose)"),
            (("said", "some economists said"), "anonymous-source talk (economists)"),
            ("felt", "anonymous-source talk (other economists)"),
            ("refrain", "content of anonymous talk (monetary operation not done)"),
            ("believed", "anonymous-source talk (economists)"),
            (("intervene", "Fed will intervene"), "monetary operation, content of anonymous talk"),
            (("said", "will intervene said"), "anonymous-source talk (economists)"),
            (("add", "would probably add"), "monetary operation, content of anonymous talk"),
            ("noted", "anonymous-source talk (economists)"),
            ("expected", "anonymous-source talk (economists' forecast of the funds rate)"),
            ("averaged", "market rate"),
            ("opened", "market rate"),
            ("remained", "market rate"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            (("Fed", "felt that the"), "ORG", "USA"),
            (("Fed", "believed the"), "ORG", "USA"),
            (("Fed", "noted the"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
