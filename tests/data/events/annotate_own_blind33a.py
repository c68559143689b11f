"""Build ``own_blind33a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind33a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,690 left; also minus the 16 stories drawn for own_blind32, 2,674 left); 24 drawn with random.Random(33101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
25 event records (24 first mentions, 1 later mention), 72 not_annotated spans, 77 entity mentions;
one article without events (9702, Japanese VTR and TV exports: Finance Ministry statistics that
"show", a document, and export statistics only); 17393 (Izvestia on Soviet sowing) and 14870 (Malaysian
hydroelectric project) have reporting-clause STATEMENTs only. Types: STATEMENT 15, CONSULT 4, COOPERATE 3,
AGREE 2, AID 1; modality: asserted 20, planned 3, hypothetical 1, negated 1; precision: day 15,
unknown 7, month 2, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; anchors written with their left context where the first match
would be wrong: "Canada" inside "Combustion Engineering Canada Inc", "China" inside "China Film Corp" and
"New China News Agency", "MGM" inside "MGM/UA", the repeated "EC", "U.S." and "fell"/"Fell" in 9702; two
wrong first matches fixed after the check: "they" anchored after the first "industrial products" gave
the "they" of "business they could transfer", and "Federation" anchored after the first "said" gave the
Federation's full name). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("deputy Minister of
Energy, Telecoms and Post Zainal Abidin Zin": the PERSON only); bracketed tickers are left out; a
company with no stated nationality takes its dateline's country (Combustion Engineering Inc, Stamford,
Conn.; MGM/UA, Paramount Pictures, MCA Inc and Universal Studios, Hollywood: ORG USA, as 28b's
McDermott note), a unit takes the country its name gives (Combustion Engineering Canada Inc ORG CAN);
CEMAR, a consortium of a Canadian unit and a Japanese company, ORG null (13's mixed consortium); the
Electricity Generating Authority of Thailand one ORG span THA ("Thailand" inside it not tagged, as
"Bank of America"); "Mae Moh" (the power station's name, its common noun left out) LOC THA (as 29b's
Kansai), Lampang GPE THA; Izvestia ORG SUN, "Soviet" NORP SUN; the Ukraine, Byelorussia and Russia (the
RSFSR) GPE SUN (republics of the 1987 USSR, as U.S. states take USA); "Western" (agricultural experts)
NORP null; the Commodity Credit Corporation / CCC and the U.S. Agriculture Department ORG USA (one span
with its country word); the Finance Ministry (Japan's) ORG JPN; the European Community / EC ORG null;
the Chinese National Federation of Industries (Taiwan's) ORG TWN and the capitalised "Federation" ORG
TWN (as "Commission" in 16a), the Board of Foreign Trade ORG TWN; "U.S." in "U.S. Dlrs" GPE USA (15a's
"U.S. Cents"); "America" GPE USA; Reuters ORG GBR; China Film Corp ORG CHN (state-owned), Beijing GPE
CHN; the World Bank ORG null; Tianjin GPE CHN ("port" lower case); the New China News Agency ORG CHN
("China" inside it not tagged); Sarawak GPE MYS, "East Malaysia" LOC MYS (a region); "China's national
television network" (lower case) is not an entity, its "China" is a GPE.

Judgement calls made here:
* 4183 (Combustion Engineering's Thai order): "the Electricity Generating Authority of Thailand has
  exercised an option to purchase a 300 megawatt coal-fired steam generator from CEMAR" is COOPERATE
  (a purchase between two identified parties, own_dev's contract awards) with the buyer, the grammatical
  subject, first (own_dev's Taiwan maize committee): THA BUS (a state enterprise, EVENTS.md 15) -> CEMAR
  (null BUS: a consortium of a Canadian unit and a Japanese company; splitting it into CAN and JPN
  records, EVENTS.md 12, arguable), trigger "exercised" ("purchase" left unskipped: the same event),
  undated (present perfect, rule 17), the company's "said" rule-3 attribution. "Combustion Engineering
  said the project is valued at about 30 mln dlrs" is a STATEMENT (USA BUS, DCT, STAMFORD). The
  manufacture in Canada, the installation at Mae Moh and the 1990 start of operation have no acting
  actor (skipped).
* 17393 (Soviet spring sowing): Izvestia (a newspaper: SUN ORG, own_dev's newspaper call) "said" and
  "it added" are two statistics STATEMENTs (DCT, MOSCOW, the dateline city without its asterisks); the
  sowing figures are statistics; "Western agricultural experts believe" is unidentified (EVENTS.md 4:
  skipped with its content).
* 57 (CCC credits for Honduras): "The Commodity Credit Corporation (CCC) announced 1.5 mln dlrs in
  credit guarantees previously earmarked to cover sales of dry edible beans to Honduras have been
  switched to cover sales of white corn, the U.S. Agriculture Department said" is AID USA GOV -> HND
  (credit guarantees, own_blind's 14512, 23b, 26a), trigger "switched": the switch creates a new 1.5 mln
  dlr white-corn guarantee line for Honduras (a reallocation between commodity lines for the same
  recipient; a STATEMENT on "announced" with the switch skipped as 23b's reallocation arguable), undated
  (present perfect, rule 17); "announced" and the department's "said" are rule-3 attribution. "The
  department said the action reduces coverage ... and creates the new line" is a STATEMENT (the effects
  on the lines; "the action" anaphoric, "creates" the switch's result, skipped) and "All sales ... must
  be registered and shipped by September 30, 1987, it said" a STATEMENT (programme conditions, as
  own_blind's USDA eligibility clause), both DCT, WASHINGTON.
* 9702 (Japanese VTR and TV exports): no event (a negative). "Finance Ministry customs-cleared export
  statistics show" is a document showing figures, not a reporting clause (own_blind2's weekly return
  "showed"; STATEMENT by the ministry arguable, skipped); every export movement is statistics.
* 7600 (Taiwan buying missions): "Taiwan's leading industrial organisation said it will send its first
  buying mission to the U.S. Later this year" is CONSULT (a trade mission = a visit, 15a) planned, TWN
  ORG (the Chinese National Federation of Industries, a federation of industrial associations) -> the
  U.S. (USA GOV, the host country), trigger "send", 1987 at year precision ("Later this year"), located
  in the U.S.; "said" rule-3 attribution; the purpose (reducing the surplus) skipped. The later "the
  buying mission in September" is its later mention (a nominal with its own date, EVENTS.md 11 and 21:
  1987-09, month, planned; actor "they" = the Federation's members, TWN ORG). The spokesman's "told
  Reuters the mission was part of a broader plan to switch large purchases to the U.S. From Japan" is a
  STATEMENT ("the mission" anaphoric; the plan to switch purchases is a general intention with no
  concrete exchange: skipped, COOPERATE planned arguable); "The spokesman said Federation members were
  now discussing the volume of business ..." a STATEMENT (discussion among the members of one body:
  internal, EVENTS.md 10); "He said they had drawn up a list of about 80 industrial products ..." a
  STATEMENT (preparation, no type); "but he could give no figure on how much would be spent" a withheld
  STATEMENT (negated, own_blind3's "gave no figures"); all DCT, TAIPEI, TWN ORG. "Last year its members
  purchased about 4.5 billion U.S. Dlrs worth of industrial products from Japan and about 1.8 billion
  from the U.S." is aggregate trade by the members (skipped as trade statistics; COOPERATE TWN -> JPN /
  USA arguable). "A Board of Foreign Trade official told Reuters the government would send two buying
  missions to America between June and July this year" is CONSULT planned TWN GOV -> USA (one record for
  the two missions, same parties), 1987-06 at month precision (a span across two months dated by its
  start, EVENTS.md 21's "today and tomorrow"), located in America, the official's "told" rule-3
  attribution (an official of a named body, EVENTS.md 4); "and might send others later" is a second
  CONSULT TWN GOV -> USA (implied), hypothetical ("might": merely possible), undated ("later" gives no
  value). The surplus rise is statistics.
* 6703 (MGM/UA joins the China Film pact): "MGM/UA Communications Co said it has joined Paramount
  Pictures and MCA Inc's Universal Studios in their agreement with China Film Corp of Beijing to
  distribute motion pictures in China" is AGREE USA BUS -> China Film Corp (CHN BUS, state-owned), the
  counterpart of the agreement joined (25a's banks subscribing to a loan package = AGREE), undated
  (present perfect, rule 17), "said" rule-3 attribution; Paramount's and Universal's existing agreement is
  a background nominal (skipped; AGREE USA -> CHN arguable) and the distribution its content. "MGM said
  it is also joining a venture to license two hours a week of primetime television programming to
  China's national television network" is COOPERATE USA BUS -> the network (CHN ORG: a broadcaster is
  media), the licensing to the network being the exchange (the venture's other partners are unnamed),
  asserted and undated (present progressive with no time expression: rule 17; DCT arguable), "said"
  attribution, "license" content. "Revenues will be derived from advertising time ..., it said" is a
  STATEMENT (USA BUS, DCT, HOLLYWOOD).
* 281 (China signs World Bank loan): "China has signed a 130 mln dlr loan agreement with the World Bank
  to partly finance 12 new berths ... at the ... Tianjin port, the New China News Agency said" is AGREE
  CHN GOV -> the World Bank (null IGO), trigger "signed" (signing a loan agreement = AGREE, as 6a's
  Bulgarian bank signing a Euroyen loan; AID World Bank -> CHN arguable), undated (present perfect, rule
  17), the agency's "said" rule-3 attribution, the financing purpose skipped. "China will provide 370
  mln yuan for the project and a Chinese company won a bid against 12 other firms from seven countries
  to do the foundation work, it said": the first conjunct is China's domestic funding of its own port
  (no type), so "it said" is a STATEMENT (CHN ORG, DCT, PEKING; the agency is state media, ORG as 15b's
  and 25a's Chinese press) and "won a bid" is COOPERATE CHN BUS -> the awarding buyer implied (CHN GOV:
  the Chinese port project; own_dev's contract awards), undated; the competing firms are not actors.
  "It said 11 of the new berths will be able to handle ships ..." is a STATEMENT (description of the
  project, DCT, PEKING).
* 14870 (Malaysia shelves the Sarawak project): Malaysia's decision to postpone the development of a
  domestic hydroelectric project is domestic policy with no type (skipped: "decided", "postone" [sic],
  "shelve", "forced"), so the deputy minister's "said" and "He told reporters a shortage of funds forced
  the government to shelve the project" are STATEMENTs (MYS GOV, DCT, KUALA LUMPUR); "Malaysia
  originally planned to export electricity generated by the project to Singapore, Brunei and Indonesia
  by 2000 if the project could be started before 1996, Zainal said" is a STATEMENT: the original,
  now-shelved plan is background (its export skipped; COOPERATE MYS -> SGP/BRN/IDN hypothetical
  arguable), the start before 1996 a condition.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind33a.jsonl"

STAM = ("STAMFORD", "USA")
MOS = ("MOSCOW", "SUN")
WAS = ("WASHINGTON", "USA")
TPE = ("TAIPEI", "TWN")
HOL = ("HOLLYWOOD", "USA")
PEK = ("PEKING", "CHN")
KL = ("KUALA LUMPUR", "MYS")
US_LOC = ("U.S.", "USA")
AMERICA = ("America", "USA")

ZAINAL = ("deputy\nMinister of Energy, Telecoms and Post Zainal Abidin Zin", "MYS", "GOV")
TAIWAN_GOV = (("the government", "Board of Foreign Trade"), "TWN", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-4183": {
        "events": [
            # 0
            ("COOPERATE", "exercised", ("the Electricity Generating Authority of Thailand", "THA", "BUS"),
             ("CEMAR", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the Thai state utility exercised an option to purchase a steam generator from CEMAR (a purchase "
             "between two identified parties, buyer = grammatical subject first; CEMAR a Canadian-Japanese "
             "consortium: null, split arguable); present perfect, no time expression; 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "Marubeni Corp."), (("Combustion Engineering", "Marubeni Corp."), "USA", "BUS"),
             None, STAM, "1987-03-12", "day", None, "asserted", None,
             "the project is valued at about 30 mln dlrs (wire style: DCT, dateline city)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the purchase is the event)"),
            ("valued", "content of the statement"),
            ("burn", "generic (the generator's fuel)"),
            ("manufactured", "no acting actor (execution of the order)"),
            ("installed", "no acting actor (execution of the order)"),
            ("go into commercial\noperation", "no acting actor (expected start of operation)"),
        ],
        "entities": [
            ("Combustion Engineering Inc", "ORG", "USA"),
            ("Electricity Generating Authority of Thailand", "ORG", "THA"),
            ("CEMAR", "ORG", None),
            ("Combustion Engineering Canada Inc", "ORG", "CAN"),
            ("Japan", "GPE", "JPN"),
            ("Marubeni Corp", "ORG", "JPN"),
            (("Combustion Engineering", "Marubeni Corp."), "ORG", "USA"),
            (("Canada", "manufactured in"), "GPE", "CAN"),
            ("Mae Moh", "LOC", "THA"),
            ("Lampang", "GPE", "THA"),
            (("Thailand", "Lampang,"), "GPE", "THA"),
        ],
    },
    "reuters21578-17393": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Izvestia", "SUN", "ORG"), None, MOS,
             "1987-04-29", "day", None, "asserted", None,
             "statistics: spring crops sown by April 27 against last year (a newspaper: ORG; DCT, dateline city)"),
            # 1
            ("STATEMENT", "added", (("it", "same time last year,"), "SUN", "ORG"), None, MOS,
             "1987-04-29", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): grains and pulses sown"),
        ],
        "skip": [
            ("sown", "statistics (sowing by farmers)"),
            (("sown", "pulses"), "statistics"),
            (("sowing", "Spring"), "statistics (slow start, no acting actor)"),
            ("planting", "statistics (planting behind schedule)"),
            ("believe", "unidentified experts (anonymous-source talk, EVENTS.md 4)"),
            ("reach", "content of the experts' view"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Izvestia", "ORG", "SUN"),
            ("Ukraine", "GPE", "SUN"),
            ("Byelorussia", "GPE", "SUN"),
            ("Russia", "GPE", "SUN"),
            ("Western", "NORP", None),
        ],
    },
    "reuters21578-57": {
        "events": [
            # 0
            ("AID", "switched", ("The Commodity Credit Corporation", "USA", "GOV"), ("Honduras", "HND", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "1.5 mln dlrs of credit guarantees for sales to Honduras switched from dry edible beans to white corn "
             "(creates a new guarantee line: AID, as own_blind's 14512 / 23b / 26a; a reallocation for the same "
             "recipient, STATEMENT on 'announced' arguable); present perfect, no time expression; 'announced' and "
             "'said' are attribution"),
            # 1
            ("STATEMENT", ("said", "The department"), ("The department", "USA", "GOV"), None, WAS,
             "1987-02-26", "day", None, "asserted", None,
             "effects of the switch on the bean and white-corn lines (wire style: DCT)"),
            # 2
            ("STATEMENT", ("said", "September 30, 1987, it"), (("it", "September 30, 1987,"), "USA", "GOV"), None, WAS,
             "1987-02-26", "day", None, "asserted", None,
             "programme conditions: sales registered and shipped by September 30, 1987 (the date is the deadline's, "
             "not the saying's)"),
        ],
        "skip": [
            ("announced", "rule-3 attribution (the switched guarantees are the event)"),
            ("earmarked", "the earlier allocation (background)"),
            ("cover", "content (purpose of the guarantees)"),
            (("cover", "switched to"), "content (purpose of the guarantees)"),
            (("said", "Agriculture Department"), "rule-3 attribution (the switched guarantees are the event)"),
            ("action", "anaphoric nominal (the switch)"),
            ("reduces", "effect of the switch (programme figures)"),
            ("creates", "effect of the switch: the new white-corn line (anaphoric; AID arguable)"),
            ("registered", "condition of the programme"),
            ("shipped", "condition of the programme"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("Honduras", "GPE", "HND"),
            ("U.S.\nAgriculture Department", "ORG", "USA"),
        ],
    },
    "reuters21578-9702": {
        "events": [],
        "skip": [
            ("show", "a document (customs-cleared statistics) showing figures, not a reporting clause (own_blind2; "
                     "STATEMENT by the Finance Ministry arguable)"),
            ("fell", "statistics (VTR exports)"),
            ("were up", "statistics"),
            ("totalled", "statistics"),
            (("Fell", "Exports to the U.S."), "statistics"),
            (("fell", "(EC)"), "statistics"),
            (("fell", "West Germany"), "statistics"),
            (("Fell", "U.K."), "statistics"),
            (("fell", "Colour television exports"), "statistics (colour TV exports)"),
            ("bringing", "statistics"),
            ("compared", "statistics"),
            (("Fell", "245,405 in January."), "statistics"),
            (("fell", "from 1.12 mln"), "statistics"),
            (("fell", "Shipments to China"), "statistics"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Finance Ministry", "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            (("EC", "In the"), "ORG", None),
            ("West Germany", "GPE", "DEU"),
            ("U.K.", "GPE", "GBR"),
            (("U.S.", "245,405 in January."), "GPE", "USA"),
            (("EC", "1.12 mln a"), "ORG", None),
            ("China", "GPE", "CHN"),
        ],
    },
    "reuters21578-7600": {
        "events": [
            # 0
            ("CONSULT", "send", ("Taiwan's leading industrial organisation", "TWN", "ORG"),
             (("the U.S.", "buying mission to"), "USA", "GOV"), US_LOC,
             "1987", "year", "Later\nthis year", "planned", None,
             "first buying mission to the U.S. (a trade mission = visit, 15a; host the U.S.); 'Later this year' = "
             "1987 at year precision; 'said' is attribution"),
            # 1
            ("STATEMENT", "told", ("A spokesman for the Chinese National Federation of\nIndustries", "TWN", "ORG"),
             None, TPE, "1987-03-20", "day", None, "asserted", None,
             "the mission is part of a broader plan to switch purchases to the U.S. from Japan (a general "
             "intention: no typed act; COOPERATE planned arguable); wire style: DCT"),
            # 2
            ("STATEMENT", ("said", "The spokesman"), ("The spokesman", "TWN", "ORG"), None, TPE,
             "1987-03-20", "day", None, "asserted", None,
             "members discussing the volume of business they could transfer (internal discussion of one body)"),
            # 3
            ("STATEMENT", ("said", "He said they"), (("He", "He said they"), "TWN", "ORG"), None, TPE,
             "1987-03-20", "day", None, "asserted", None,
             "a list of about 80 products drawn up for the mission (preparation, no type)"),
            # 4
            ("CONSULT", ("buying mission", "During the"), (("they", "80 industrial products"), "TWN", "ORG"),
             (("the U.S.", "shopping for in"), "USA", "GOV"), US_LOC,
             "1987-09", "month", "September", "planned", 0,
             "later mention: 'the buying mission in September' (a nominal with its own date keeps it, EVENTS.md 21)"),
            # 5
            ("STATEMENT", "give no figure", (("he", "but"), "TWN", "ORG"), None, TPE,
             "1987-03-20", "day", None, "negated", None,
             "withheld statement: could give no figure on spending (own_blind3's 'gave no figures')"),
            # 6
            ("CONSULT", ("send", "government would"), TAIWAN_GOV, (("America", "missions to"), "USA", "GOV"), AMERICA,
             "1987-06", "month", "between\nJune and July this year", "planned", None,
             "two government buying missions to America (one record, same parties); a June-July span dated by its "
             "start (EVENTS.md 21); the official's 'told' is attribution"),
            # 7
            ("CONSULT", ("send", "might"), TAIWAN_GOV, (None, "USA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "'might send others later': further missions to America, merely possible; 'later' gives no value"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the planned mission is the event)"),
            ("reduce", "purpose of the mission (trade surplus)"),
            (("mission", "Reuters the"), "anaphoric nominal (the mission already coded)"),
            ("plan", "background nominal, content of the statement"),
            ("switch", "content: a general plan to shift purchases (COOPERATE planned arguable)"),
            ("groups", "stative (the Federation's membership)"),
            ("purchased", "aggregate purchases by the members last year: trade statistics (COOPERATE arguable)"),
            ("discussing", "internal discussion among the members of one body"),
            ("transfer", "content of the discussion"),
            ("drawn up", "preparation of a list: no type"),
            ("shopping", "purpose of the mission (content)"),
            ("spent", "content of the withheld figure"),
            (("told", "Board of Foreign Trade official"), "rule-3 attribution (the planned missions are the event)"),
            ("Rose", "statistics"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("U.S.", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            ("Chinese National Federation of\nIndustries", "ORG", "TWN"),
            ("Reuters", "ORG", "GBR"),
            (("U.S.", "switch large purchases to the"), "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            (("Federation", "The Federation"), "ORG", "TWN"),
            (("Taiwan", "all of"), "GPE", "TWN"),
            (("U.S.", "4.5 billion"), "GPE", "USA"),
            (("Japan", "industrial products from"), "GPE", "JPN"),
            (("U.S.", "1.8\nbillion from the"), "GPE", "USA"),
            (("Federation", "The spokesman said"), "ORG", "TWN"),
            ("America", "GPE", "USA"),
            (("U.S.", "shopping for in the"), "GPE", "USA"),
            ("Board of Foreign Trade", "ORG", "TWN"),
            (("Reuters", "Board of Foreign Trade official told"), "ORG", "GBR"),
            (("America", "missions to"), "GPE", "USA"),
            (("Taiwan", "might send others"), "GPE", "TWN"),
            (("U.S.", "trade surplus with the"), "GPE", "USA"),
        ],
    },
    "reuters21578-6703": {
        "events": [
            # 0
            ("AGREE", "joined", ("MGM/UA Communications Co", "USA", "BUS"), ("China Film Corp of Beijing", "CHN", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "joined Paramount and Universal in their agreement with China Film Corp (the counterpart of the "
             "agreement joined; state-owned: BUS); present perfect, no time expression; 'said' is attribution"),
            # 1
            ("COOPERATE", "joining", (("MGM", "MGM said"), "USA", "BUS"),
             ("China's national\ntelevision network", "CHN", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "joining a venture to license TV programming to China's national network (the licensing is the "
             "exchange; a broadcaster is media: ORG); present progressive, no time expression (DCT arguable); "
             "'said' is attribution"),
            # 2
            ("STATEMENT", ("said", "foreign companies, it"), (("it", "foreign companies,"), "USA", "BUS"), None, HOL,
             "1987-03-18", "day", None, "asserted", None,
             "revenues will come from advertising time (wire style: DCT, dateline city)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the joining is the event)"),
            ("agreement", "background nominal: Paramount's and Universal's existing agreement with China Film Corp "
                          "(AGREE USA -> CHN arguable)"),
            ("distribute", "content of the agreement"),
            (("said", "MGM said"), "rule-3 attribution (the venture is the event)"),
            ("license", "content of the venture (the licensing, coded on 'joining')"),
            ("derived", "content of the statement"),
        ],
        "entities": [
            ("MGM/UA Communications Co", "ORG", "USA"),
            ("Paramount Pictures", "ORG", "USA"),
            ("MCA Inc", "ORG", "USA"),
            ("Universal\nStudios", "ORG", "USA"),
            ("China Film Corp", "ORG", "CHN"),
            ("Beijing", "GPE", "CHN"),
            (("China", "motion pictures in"), "GPE", "CHN"),
            (("MGM", "MGM said"), "ORG", "USA"),
            (("China", "programming to"), "GPE", "CHN"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-281": {
        "events": [
            # 0
            ("AGREE", "signed", ("China", "CHN", "GOV"), ("the World Bank", None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "signed a 130 mln dlr loan agreement with the World Bank (signing = AGREE, as 6a's Euroyen loan; AID "
             "World Bank -> CHN arguable); present perfect, no time expression; the agency's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "foundation work, it"), (("it", "foundation work,"), "CHN", "ORG"), None, PEK,
             "1987-03-02", "day", None, "asserted", None,
             "China will provide 370 mln yuan for the project (domestic funding: no type), so the reporting clause "
             "is a STATEMENT; the bid won is coded separately"),
            # 2
            ("COOPERATE", "won", ("a\nChinese company", "CHN", "BUS"), (None, "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "won a bid for the foundation work (contract award, own_dev; the awarding Chinese port project implied: "
             "CHN GOV); no time expression"),
            # 3
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "CHN", "ORG"), None, PEK,
             "1987-03-02", "day", None, "asserted", None,
             "description of the berths and the port's new capacities (wire style: DCT)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the signing is the event)"),
            ("finance", "purpose of the loan"),
            ("provide", "China's domestic funding of its own port project: no type"),
            ("do the foundation work", "content of the bid"),
            ("handle", "capacity (content)"),
            ("expansion", "anaphoric nominal (the port project), no acting actor"),
            ("enable", "content of the statement"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("World Bank", "ORG", None),
            ("Tianjin", "GPE", "CHN"),
            ("New China News Agency", "ORG", "CHN"),
            (("China", "China will provide"), "GPE", "CHN"),
            ("Chinese", "NORP", "CHN"),
        ],
    },
    "reuters21578-14870": {
        "events": [
            # 0
            ("STATEMENT", "said", ZAINAL, None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "Malaysia has decided to postpone the Sarawak hydroelectric project (domestic: no type), so the "
             "reporting clause is a STATEMENT; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "MYS", "GOV"), None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "a shortage of funds forced the government to shelve the project (domestic, no type)"),
            # 2
            ("STATEMENT", ("said", "Zainal said"), (("Zainal", "1996,"), "MYS", "GOV"), None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "the original, now-shelved plan to export the electricity to Singapore, Brunei and Indonesia (background; "
             "COOPERATE hypothetical arguable)"),
        ],
        "skip": [
            ("decided", "domestic decision (postponing a domestic project): no type"),
            ("postone", "postponement of a domestic development project: no type"),
            ("improves", "condition (the economy: no acting actor)"),
            ("forced", "cause (shortage of funds): no acting actor"),
            ("shelve", "the postponement restated (domestic, no type)"),
            ("building", "content (the project's components)"),
            ("planned", "the original, now-shelved plan (background)"),
            ("export", "the original plan's exports (COOPERATE MYS -> SGP/BRN/IDN hypothetical arguable)"),
            ("started", "condition of the original plan"),
        ],
        "entities": [
            ("Malaysia", "GPE", "MYS"),
            ("Sarawak", "GPE", "MYS"),
            ("East Malaysia", "LOC", "MYS"),
            ("Zainal Abidin Zin", "PERSON", "MYS"),
            (("Malaysia", "Malaysia originally"), "GPE", "MYS"),
            ("Singapore", "GPE", "SGP"),
            ("Brunei", "GPE", "BRN"),
            ("Indonesia", "GPE", "IDN"),
            (("Zainal", "Zainal said"), "PERSON", "MYS"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
