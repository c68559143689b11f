"""Build ``own_blind60b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind60b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2242 left); 24 drawn with random.Random(60101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
53 event records (49 first mentions, 4 later mentions), 150 not_annotated spans, 125 entity mentions
(GPE 49, ORG 34, PERSON 21, NORP 14, LOC 7); one article without events (16331, economists' talk about Fed
reserve operations: a negative); 16739 (Ecuador's output) has reporting-clause STATEMENTs only and 1723
(Kenya's shipping line) AGREEs only (anonymous sources).
Types: STATEMENT 37, CONSULT 6, AGREE 4, ACCUSE 2, REQUEST 2, SANCTION 1, COOPERATE 1; modality: asserted
48, planned 4, hypothetical 1; precision: day 39, unknown 11, month 2, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked; one wrong first match, "vote" inside
"voters", fixed). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("CEPE manager Carlos Romoleroux", "UK Energy Minister Alick
Buchanan-Smith": ORG/GPE + PERSON; "Philippine Secretary of Trade and Industry Jose Concepcion": NORP +
PERSON); company names are tagged with their legal form and without angle brackets, tickers ("<TSBA.T>",
"<CAWL.L>") are not entities; the possessive 's is left out ("Japan's", "Colombia's", "Kenya's",
"Norway's", "Indonesia's"); a company name used as a modifier is still a mention ("a Toshiba spokesman",
"the Toshiba own brand name"); names with a nested place are one span with no nested GPE ("Toshiba
Information Systems (U.K.) Ltd", "London Daily News", "Kenya Ports Authority", "Ecuadorean Petroleum
Corp"); lower-case bodies ("energy ministry", "the trade ministry and exchange board") and the lower-case
"pacific port" (53a's earlier-set call) are not entity spans; round names ("Uruguay round"), projects
("Beryl B subsea water injection project"), currencies and products are not entities; "Hamburg" in
"Hamburg-based" is a GPE (earlier sets' "Tokyo-based").
Countries: Ecuador, Lago Agrio and Balao GPE ECU, "Ecuadorean" NORP ECU, Ecuadorean Petroleum Corp / CEPE
ORG ECU (53a), Carlos Romoleroux PERSON ECU, Colombia, Puerto Colon and Tumaco GPE COL, "Colombian" NORP
COL, Pacific LOC null; "British" NORP GBR, Margaret Thatcher / Thatcher and Neil Kinnock PERSON GBR, the
Soviet Union GPE SUN, "Soviet" NORP SUN, the Harris Research Centre and the London Daily News ORG GBR (the
text gives no country; the dateline LONDON places them), "Labour" NORP GBR (a party adjective, 45b's
"Conservative"), Washington GPE USA; "Philippine" NORP PHL, Jose Concepcion / Concepcion PERSON PHL, the
Philippines GPE PHL, Reuters ORG GBR, the General Agreement on Tariffs and Trade / GATT ORG null, Taupo
and Wellington GPE NZL, New Zealand GPE NZL, Japan JPN, South Korea KOR, Ecuador ECU (GPE); Toshiba Corp /
Toshiba ORG JPN, Toshiba Information Systems (U.K.) Ltd ORG GBR (a subsidiary takes the country its name
gives, 28b), Cable and Wireless Plc / Cable and Wireless ORG GBR, "U.K." and Britain GPE GBR, Japan GPE
JPN, "Japanese" NORP JPN; the Indonesian Commodity Exchange ORG IDN, Paian Nainggolan / Nainggolan and
Rachmat Saleh / Saleh PERSON IDN, Indonesia GPE IDN, South Korea KOR, Taiwan TWN, Mexico MEX (GPE), Europe
LOC null, "Latin American" NORP null; the Federal Reserve / Fed ORG USA, "U.S." (in "U.S. Government
securities market") GPE USA ("System" and "Federal funds" name operations and a rate, not entities);
Britain and "UK" GPE GBR, Alick Buchanan-Smith / Buchanan-Smith PERSON GBR, the Offshore Technology
Conference ORG USA (a conference as an ORG, 9a's World Energy Conference; held in Houston), Mobil Corp ORG
USA, the North Sea LOC null, the Ness oil field LOC GBR (an oil field with its common noun, 20b/36a; a UK
North Sea field licensed by the UK minister), "British" (in "British pounds", as 448's "Canadian dlrs")
NORP GBR, Norway GPE NOR, "Norwegian" NORP NOR, Arne Oien PERSON NOR; Kenya and Mombasa GPE KEN, the Kenya
Ports Authority / KPA and the Kenya National Shipping line ORG KEN, "British" NORP GBR, "German" NORP DEU,
Hamburg GPE DEU, Unimar Seetransport ORG DEU ("the Hamburg-based shipping line"), Europe LOC null.

Judgement calls made here:
* 16739 (Ecuador to resume limited output, DCT Mon 1987-04-13, QUITO): resuming domestic crude output,
  pumping oil to (and building the link-up to) Colombia's pipeline are production and construction with no
  agreement or exchange with Colombia stated (skipped; COOPERATE ECU -> COL arguable, 53a's 4983 call on
  the same pipeline), so "the state Ecuadorean Petroleum Corp (CEPE) said" (ECU BUS, state-owned), "CEPE
  manager Carlos Romoleroux told reporters" (ECU BUS) and "an energy ministry spokesman said" (ECU GOV) are
  three STATEMENTs, DCT, QUITO. The earthquake's halting of production and damage to the pipeline have no
  actor; "It will take ... to repair" is unattributed; the scheduled inauguration is content.
* 12744 (Thatcher poll, DCT Fri 1987-04-03, LONDON): "according to the first opinion poll" is a document
  (skipped); "the newspaper said there would now be pressure on her to go for a June or even a May
  election" is a STATEMENT by the newspaper (the London Daily News of the next sentence, GBR ORG; a forecast,
  the pressure has no named actor), DCT, LONDON; "The survey, by the Harris Research Centre for today's
  London Daily News, said ..." is a STATEMENT by the survey's named author (GBR BUS; 5972's "The report
  said", 18993's OECD survey), DCT ("today's" dates the newspaper: the same value), LONDON. Poll
  respondents' "said", "believed", "rated" are anonymous; "It showed" is a document verb; popularity
  changes are statistics; Thatcher seeking re-election is domestic politics (no type). Her Soviet visit
  is only presupposed ("her return from the Soviet Union", "her Soviet trip", "her visit", "her trip to
  the Soviet Union": background or anaphoric nominals, skipped; CONSULT GBR -> SUN arguable). "his trip to
  Washington last week to explain his anti-nuclear policies" carries its own date (EVENTS.md 11): CONSULT
  Kinnock (GBR GOV, the opposition leader, a legislator) -> the implied U.S. host (anchored at
  "Washington", USA GOV, EVENTS.md 13), 1987-03 ("last week" = 23-29 March, kept at its month, EVENTS.md
  21), located in Washington; "explain" is its purpose clause, "since the trip" anaphoric.
* 8637 (Concepcion at Taupo, DCT Tue 1987-03-24, TAUPO, New Zealand): "who two days ago expressed doubts
  about agreements produced at international conferences" is a STATEMENT PHL GOV (a relative clause with
  its own date), 1987-03-22, location null. "said he was pleased with the latest gathering here" is a
  STATEMENT (satisfaction with a meeting, not praise of an actor, 53a's "very happy with the results"),
  as are "told Reuters in an interview", '"...," he added in an interview with Reuters', '"...," he said'
  (the Uruguay round's issues favour developed countries: an assessment with no party), "Concepcion said
  the Philippines would address the issues ..." (an announced agenda, no type), "He said tropical fruit
  ... faced non-tariff barriers ... in other nations" (generic complaint with no party named: STATEMENT,
  56a's "nations of the world"; ACCUSE toward the unnamed group arguable) and "He noted that New Zealand
  bought its bananas from Ecuador" (habitual trade, skipped: COOPERATE NZL -> ECU arguable), all DCT,
  TAUPO. "Concepcion said at the start of the Taupo meeting that ..." is a STATEMENT placed inside the
  meeting's start, which the text does not date: undated (1987-03-22/23 arguable), located in Taupo.
  "Concepcion named Japan and South Korea as examples" (of the barriers) is ACCUSE PHL GOV, split into
  -> JPN and -> KOR (EVENTS.md 12), DCT, TAUPO. "He said he would go to Wellington for talks with New
  Zealand" is CONSULT PHL -> NZL (visitor first) on "talks", planned, undated (no time expression),
  located in Wellington, "said" rule-3 attribution, "go" its motion verb and "to encourage it to switch
  imports" a purpose clause (REQUEST planned arguable), both skipped. The Taupo GATT meeting itself
  appears only as the nominals "the latest gathering" and "the informal ... GATT meeting" inside
  Concepcion's statements (skipped; CONSULT by the ministers, null, arguable as 56a's Taupo meeting).
* 12468 (Toshiba and the U.K. access row, DCT Thu 1987-04-02, TOKYO): "Toshiba Corp said it regrets its
  plan ... may be caught up in a diplomatic row" is a STATEMENT (JPN BUS, DCT, TOKYO; "regrets" part of it,
  the "row" a background nominal: ACCUSE GBR <-> JPN arguable); the quote '"As a matter of timing it is
  regrettable ...," a Toshiba spokesman told Reuters' is its later mention (EVENTS.md 3). "Britain is
  considering how to retaliate against Japan's attempt to prevent Cable and Wireless from taking a major
  position ..." is SANCTION GBR GOV -> JPN GOV, hypothetical (under consideration, EVENTS.md modality),
  undated; "Japan's attempt to prevent" is a background nominal (SANCTION JPN -> GBR arguable).
  "<Toshiba Information Systems (U.K.) Ltd> ... said yesterday it planned to enter the U.K. Market ... and
  had applied for government approval to do so": the planned market entry has no type, so "said" is a
  STATEMENT (GBR BUS, the subsidiary's country from its name), 1987-04-01 ("yesterday"), location null;
  "had applied for government approval" is REQUEST GBR BUS -> the implied British government (GBR GOV; an
  application for approval, the earlier sets' CBOT / Norsk Hydro "applied"), undated (pluperfect: the
  time expression dates the saying, own_blind's "said in December ... had held discussions"; "said"
  attribution-only arguable). "Toshiba has supplied equipment to U.K. Manufacturers for sale under their
  brand names since last year" is COOPERATE JPN BUS -> the U.K. manufacturers (GBR BUS, a country's buyers,
  53a's crushers), dated by its start "since last year" = 1986 (year). "The Toshiba spokesman said the sale
  of such equipment was not comparable to Cable and Wireless' efforts to take a stake ..." is a STATEMENT
  (the "efforts" a background nominal: COOPERATE GBR -> JPN arguable) and '"They are matters of a different
  category," he said' its later mention, DCT, TOKYO.
* 14840 (Indonesian Commodity Exchange, DCT Wed 1987-04-08, JAKARTA): the exchange and its officials are
  BUS (a market institution, as earlier sets' CBOT); the new contracts, the minister's and the board's
  deliberations, the launch of trading and the elections are domestic matters with no type (skipped), so
  chairman Nainggolan's "said" (four times), "told Reuters", "exchange officials said", "one official said"
  (an official of the trade ministry or exchange board: identifiable, IDN GOV, EVENTS.md 4; "a feasibility
  study was needed first" asks no actor: STATEMENT), "Officials say" (Indonesian officials from context,
  IDN GOV) and "the latest exchange report said" (the exchange's own statistics release, 5972's report)
  are STATEMENTs, DCT, JAKARTA; "traders said" is anonymous. "Trade Minister Saleh said on Monday that
  Indonesia ... should expand its rubber marketing effort" is a STATEMENT (prescriptive talk about the
  speaker's own country, own_blind's "We should ..."), 1987-04-06 (past Monday before Wed 8 April),
  location null. "He said teams had already been to South Korea and Taiwan to encourage direct use of
  the exchange" is CONSULT IDN BUS -> KOR and -> TWN (a visit, visitor first; split by country, EVENTS.md
  12), trigger "been", undated (pluperfect), located in each host; "while a delegation would also visit
  Europe, Mexico and some Latin American states" is CONSULT planned, IDN -> Europe and the Latin American
  states (null: groups of countries, one record as a same-country compound) and -> MEX, undated; "said"
  is rule-3 attribution, "encourage" twice a purpose clause.
* 16331 (Fed expected to set repurchase agreements, DCT Mon 1987-04-13, NEW YORK): no event, as 14b's
  15049 on the same Fed operations: economists' expectations are anonymous talk, System and customer
  repurchase agreements are reserve operations (monetary, EVENTS.md 10), the funds rate is market
  movement. A negative.
* 17353 (UK not restricting oil output, DCT Tue 1987-04-28, HOUSTON): "Britain is not considering any
  restriction of its present oil production, UK Energy Minister Alick Buchanan-Smith said" is a STATEMENT
  (a domestic production measure, negated: no type; no requester named, so not REJECT), DCT, HOUSTON; the
  quote '"No, we've made that absolutely clear, we see no reason for changing (the production level),"'
  is its later mention (EVENTS.md 3), located at the Offshore Technology Conference, "Speaking" its
  participle (skipped). "Earlier today, Buchanan-Smith gave the go-ahead to Mobil Corp for two new North
  Sea developments" is AGREE GBR GOV -> Mobil (USA BUS; a permission granted, the earlier sets' "go-ahead"),
  1987-04-28 ("Earlier today"), location null. Norway's output restraint "to stabilize world oil prices"
  is a domestic price measure (skipped, EVENTS.md 10's Japanese production cut) and "Britain has
  consistently refused to intervene in the market place" a standing policy (skipped; REJECT arguable,
  53a's "traditionally opposes"). "also said" (gas gap) and "but added" (smaller than estimated) are two
  STATEMENTs (EVENTS.md 3), DCT. "this morning Norway's Energy Minister Arne Oien said he was hoping
  Britain will take more Norwegian gas in the 1990s" is REQUEST NOR GOV -> GBR GOV (an appeal to an
  identifiable actor to buy; STATEMENT arguable), 1987-04-28 ("this morning"), location null. "also said
  he expects to announce the results of the 10th licensing round ... next month" is a planned STATEMENT on
  "announce" (35b's PDVSA "will announce"), 1987-05, location null, "said" rule-3 attribution. The
  applications by 84 unnamed companies and the expected licensing of about 50 blocks have no identified
  counterpart (content), so "He said there had been 75 applications", "and added that he expects about 50
  blocks will be licensed" and "He said the results would be in line with rounds prior ..." are three
  STATEMENTs, DCT, HOUSTON.
* 1723 (Kenya shipping line, DCT Wed 1987-03-04, NAIROBI): all three reporting clauses are by "sources
  close to the deal" / "sources" (anonymous, skipped). "Kenya has signed an agreement with British and
  German interests to establish a shipping line" is AGREE KEN GOV, split into -> the British interests
  (GBR BUS) and -> the German interests (DEU BUS) (EVENTS.md 12), undated (present perfect, rule 17); "The
  state-owned Kenya Ports Authority, KPA, signed an agreement with the Hamburg-based shipping line Unimar
  Seetransport to establish the Kenya National Shipping line" is the later mention of the German record
  (the same signing, detailed; KPA state-owned: BUS, EVENTS.md 15), undated. Establishing the line, KPA's
  70 pct stake, chartering vessels from unnamed owners and buying ships are content or have no identified
  counterpart (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind60b.jsonl"

QUI = ("QUITO", "ECU")
LON = ("LONDON", "GBR")
TAU = ("TAUPO", "NZL")
TOK = ("TOKYO", "JPN")
JKT = ("JAKARTA", "IDN")
HOU = ("HOUSTON", "USA")
TAUPO_TXT = ("Taupo", "NZL")
OTC_TXT = ("Offshore Technology Conference", "USA")

ECU_BUS = "ECU", "BUS"
ECU_GOV = "ECU", "GOV"
GBR_ORG = "GBR", "ORG"
GBR_BUS = "GBR", "BUS"
GBR_GOV = "GBR", "GOV"
USA_GOV = "USA", "GOV"
PHL_GOV = "PHL", "GOV"
JPN_BUS = "JPN", "BUS"
JPN_GOV = "JPN", "GOV"
IDN_BUS = "IDN", "BUS"
IDN_GOV = "IDN", "GOV"
NOR_GOV = "NOR", "GOV"
KEN_GOV = "KEN", "GOV"
KEN_BUS = "KEN", "BUS"
DEU_BUS = "DEU", "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16739": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(CEPE)"), ("Ecuadorean Petroleum Corp",) + ECU_BUS, None, QUI,
             "1987-04-13", "day", None, "asserted", None,
             "Ecuador will resume limited output next week to pump oil to a Colombian pipeline on May one "
             "(domestic production; no exchange with Colombia stated, 53a's 4983: no type); state-owned CEPE: BUS; "
             "wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("Carlos Romoleroux",) + ECU_BUS, None, QUI,
             "1987-04-13", "day", None, "asserted", None,
             "Ecuador will begin pumping at the end of next week to send oil through the link-up to Colombia "
             "(content with no type; a new speaker and new detail, not a restatement); DCT"),
            # 2
            ("STATEMENT", ("said", "energy ministry spokesman"), ("an energy ministry spokesman",) + ECU_GOV, None,
             QUI, "1987-04-13", "day", None, "asserted", None,
             "the original target date was May eight, the pipeline's scheduled inauguration (an official of a named "
             "government, EVENTS.md 4); DCT"),
        ],
        "skip": [
            ("resume", "content of the statement (domestic production: no type)"),
            ("fill up", "purpose clause"),
            ("pump", "content (oil pumped to Colombia's pipeline; COOPERATE ECU -> COL arguable, 53a's 4983)"),
            (("pumping", "begin"), "content of the statement"),
            ("preparation", "purpose (content)"),
            ("send", "content (COOPERATE ECU -> COL arguable)"),
            ("halted", "natural disaster (earthquake), no actor"),
            ("damaged", "natural disaster (earthquake)"),
            ("repair", "unattributed forecast"),
            ("return output", "unattributed forecast"),
            (("pumping", "The country was"), "statistics"),
            (("resume", "To resume"), "purpose clause"),
            ("constructing", "construction of the link-up (no type; COOPERATE ECU -> COL arguable, 53a's 4983)"),
            ("carrying", "stative (capacity)"),
            (("resume", "target date to"), "content of the statement"),
            ("inauguration", "content of the statement (a scheduled inauguration: no type)"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("Colombian", "NORP", "COL"),
            ("Ecuadorean Petroleum Corp", "ORG", "ECU"),
            ("CEPE", "ORG", "ECU"),
            (("CEPE", "CEPE manager"), "ORG", "ECU"),
            ("Carlos Romoleroux", "PERSON", "ECU"),
            (("Ecuador", "reporters that"), "GPE", "ECU"),
            (("Colombia", "neighbouring"), "GPE", "COL"),
            (("Ecuador", "Oil production in"), "GPE", "ECU"),
            ("Lago Agrio", "GPE", "ECU"),
            (("Ecuadorean", "heart of the"), "NORP", "ECU"),
            ("Balao", "GPE", "ECU"),
            (("Ecuador", "in the meantime,"), "GPE", "ECU"),
            (("Lago Agrio", "55,000 bpd, from"), "GPE", "ECU"),
            ("Puerto Colon", "GPE", "COL"),
            (("Colombia", "starting point"), "GPE", "COL"),
            ("Pacific", "LOC", None),
            ("Tumaco", "GPE", "COL"),
            (("Lago Agrio", "inauguration of the"), "GPE", "ECU"),
            (("Puerto Colon", "inauguration of the"), "GPE", "COL"),
        ],
    },
    "reuters21578-12744": {
        "events": [
            # 0
            ("STATEMENT", ("said", "newspaper"), ("the newspaper",) + GBR_ORG, None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "there would now be pressure on Thatcher to go for an early election (a forecast by the London Daily "
             "News of the next sentence; the pressure has no named actor); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "London Daily News,"), ("The survey",) + GBR_BUS, None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "the Harris Research Centre survey's results (a report by a named author, 5972's 'The report said'); "
             "'today's' dates the newspaper (the same value): DCT"),
            # 2
            ("CONSULT", ("trip", "following"), (("his", "following"), "GBR", "GOV"),
             (("Washington", "trip to"), "USA", "GOV"), ("Washington", "USA"),
             "1987-03", "month", "last week", "asserted", None,
             "Kinnock's trip to Washington last week to explain his policies (a nominal with its own date, "
             "EVENTS.md 11; the U.S. the host, EVENTS.md 13); last week = 23-29 March: month precision "
             "(EVENTS.md 21)"),
        ],
        "skip": [
            ("improved", "no type (domestic popularity)"),
            ("according to", "a document (the opinion poll), not a speech act"),
            ("published", "agentless publication of the poll"),
            ("return", "presupposed visit (Thatcher's return from the Soviet Union; CONSULT GBR -> SUN arguable)"),
            ("seeking", "domestic politics (re-election)"),
            ("pressure", "content of the statement (no named actor)"),
            ("go for", "content of the statement (an early election)"),
            ("capitalise", "content of the statement"),
            (("trip", "Soviet"), "background nominal (the Soviet visit; CONSULT GBR -> SUN arguable)"),
            ("polled", "data collection (content of the survey)"),
            ("believed", "poll respondents (anonymous)"),
            (("improved", "had improved"), "content of the survey"),
            (("said", "22 pct"), "poll respondents (anonymous)"),
            (("vote", "likely to"), "content of the survey"),
            (("visit", "before her"), "anaphoric nominal (the Soviet visit)"),
            ("showed", "a document verb (the poll)"),
            ("slumped", "statistics (popularity)"),
            ("explain", "purpose clause of the trip"),
            (("said", "those polled"), "poll respondents (anonymous)"),
            (("trip", "since the"), "anaphoric nominal (Kinnock's trip)"),
            (("said", "46 pct"), "poll respondents (anonymous)"),
            (("trip", "after her"), "anaphoric nominal (the Soviet visit)"),
            ("rated", "poll respondents (anonymous)"),
        ],
        "entities": [
            ("British", "NORP", "GBR"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            ("Soviet Union", "GPE", "SUN"),
            (("Thatcher", "Thatcher is seeking"), "PERSON", "GBR"),
            (("Soviet", "capitalise on her"), "NORP", "SUN"),
            ("Harris Research Centre", "ORG", "GBR"),
            ("London Daily News", "ORG", "GBR"),
            ("Labour", "NORP", "GBR"),
            ("Neil Kinnock", "PERSON", "GBR"),
            ("Washington", "GPE", "USA"),
            (("Thatcher", "impressed with"), "PERSON", "GBR"),
            (("Soviet Union", "after her trip"), "GPE", "SUN"),
        ],
    },
    "reuters21578-8637": {
        "events": [
            # 0
            ("STATEMENT", "expressed", ("Jose Concepcion",) + PHL_GOV, None, None,
             "1987-03-22", "day", "two days ago", "asserted", None,
             "two days ago expressed doubts about agreements produced at international conferences (a relative "
             "clause with its own date; criticism of agreements, no party); 1987-03-24 - 2"),
            # 1
            ("STATEMENT", ("said", "conferences,"), ("Jose Concepcion",) + PHL_GOV, None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "pleased with the latest gathering here (satisfaction with a meeting, not praise of an actor, 53a); "
             "wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", "told", (("Concepcion", "Concepcion told"),) + PHL_GOV, None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "the GATT meeting let ministers examine issues GATT lacked the will to deal with (assessment); DCT"),
            # 3
            ("STATEMENT", "added", (("he", 'countries," he added'),) + PHL_GOV, None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "the developing countries' role was emphasised; GATT perceived as a rich countries' club "
             "(assessment); DCT"),
            # 4
            ("STATEMENT", ("said", 'developed countries," he'), (("he", 'developed countries," he'),) + PHL_GOV, None,
             TAU, "1987-03-24", "day", None, "asserted", None,
             "the Uruguay round's issues will benefit the developed countries more (assessment, no party); DCT"),
            # 5
            ("STATEMENT", ("said", "Concepcion said at"), (("Concepcion", "Concepcion said at"),) + PHL_GOV, None,
             TAUPO_TXT, None, "unknown", None, "asserted", None,
             "said at the start of the Taupo meeting that the round was meant to be an act of faith; placed inside "
             "the meeting's start, which the text does not date: undated (1987-03-22/23 arguable); in Taupo"),
            # 6
            ("STATEMENT", ("said", "Concepcion said the Philippines"),
             (("Concepcion", "Concepcion said the Philippines"),) + PHL_GOV, None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "the Philippines would address tropical fruit trade and GATT machinery (an announced agenda: no "
             "type); DCT"),
            # 7
            ("STATEMENT", ("said", "He said tropical"), (("He", "He said tropical"),) + PHL_GOV, None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "tropical fruit faces barriers in other nations (generic complaint with no party named, 56a's 'nations "
             "of the world'; ACCUSE toward the unnamed group arguable); DCT"),
            # 8
            ("ACCUSE", "named", (("Concepcion", "Concepcion named"),) + PHL_GOV, ("Japan", "JPN", "GOV"), TAU,
             "1987-03-24", "day", None, "asserted", None,
             "named Japan as an example of the nations with barriers to tropical fruit (criticism; split by "
             "country, EVENTS.md 12); DCT"),
            # 9
            ("ACCUSE", "named", (("Concepcion", "Concepcion named"),) + PHL_GOV, ("South Korea", "KOR", "GOV"), TAU,
             "1987-03-24", "day", None, "asserted", None,
             "named South Korea as an example (split by country, EVENTS.md 12); DCT"),
            # 10
            ("CONSULT", ("talks", "Wellington for"), (("He", "He said he would go"),) + PHL_GOV,
             (("New Zealand", "talks with"), "NZL", "GOV"), ("Wellington", "NZL"),
             None, "unknown", None, "planned", None,
             "will go to Wellington for talks with New Zealand (a visit, visitor first); no time expression: "
             "undated; 'said' rule-3 attribution"),
            # 11
            ("STATEMENT", "noted", (("He", "He noted"),) + PHL_GOV, None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "New Zealand buys its bananas from Ecuador (habitual trade: content); DCT"),
        ],
        "skip": [
            ("agreements", "generic nominal (agreements produced at international conferences)"),
            ("produced", "generic (content of the doubts)"),
            ("gathering", "background nominal (the Taupo GATT meeting; CONSULT by the ministers arguable, 56a)"),
            (("meeting", "(GATT)"), "background nominal (the informal GATT meeting, content of the statement; "
                                    "CONSULT arguable, 56a)"),
            ("examine", "content of the statement"),
            (("deal", "political will"), "content of the statement"),
            ("emphasised", "content of the quote (agentless)"),
            (("meeting", "this particular"), "anaphoric nominal"),
            ("tabled", "content of the quote (agentless)"),
            ("discussion", "content of the quote"),
            (("negotiations", "Uruguay round of trade"), "background nominal (the Uruguay round)"),
            (("meeting", "the Taupo"), "time adjunct (the Taupo meeting's start, undated in the text)"),
            ("meant", "content of the statement"),
            ("address", "content of the statement (an agenda)"),
            ("improvement", "content of the statement"),
            ("faced", "content of the statement (generic trade barriers in unnamed other nations)"),
            (("said", "He said he would"), "rule-3 attribution (the planned talks are the event)"),
            (("go", "he would go"), "motion verb of the planned visit (coded on 'talks')"),
            ("encourage", "purpose clause (REQUEST PHL -> NZL planned arguable)"),
            ("switch", "content of the purpose clause"),
            ("surplus", "stative (trade balance)"),
            ("bought", "habitual trade (COOPERATE NZL -> ECU arguable), content of the statement"),
        ],
        "entities": [
            ("Philippine", "NORP", "PHL"),
            ("Jose Concepcion", "PERSON", "PHL"),
            (("Concepcion", "Concepcion told"), "PERSON", "PHL"),
            ("Reuters", "ORG", "GBR"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            (("GATT", "issues with which"), "ORG", None),
            (("GATT", "perception of developing countries that"), "ORG", None),
            (("Reuters", "interview with"), "ORG", "GBR"),
            (("Concepcion", "Concepcion said at"), "PERSON", "PHL"),
            ("Taupo", "GPE", "NZL"),
            (("Concepcion", "Concepcion said the Philippines"), "PERSON", "PHL"),
            ("Philippines", "GPE", "PHL"),
            (("GATT", "improvement of"), "ORG", None),
            (("Concepcion", "Concepcion named"), "PERSON", "PHL"),
            ("Japan", "GPE", "JPN"),
            ("South Korea", "GPE", "KOR"),
            ("Wellington", "GPE", "NZL"),
            (("New Zealand", "talks with"), "GPE", "NZL"),
            (("Philippines", "trade with the"), "GPE", "PHL"),
            (("New Zealand", "He noted that"), "GPE", "NZL"),
            ("Ecuador", "GPE", "ECU"),
        ],
    },
    "reuters21578-12468": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Toshiba Corp",) + JPN_BUS, None, TOK,
             "1987-04-02", "day", None, "asserted", None,
             "regrets that its U.K. market plan may be caught up in the diplomatic row (an expressed regret; the "
             "row a background nominal); wire style: DCT, dateline city"),
            # 1
            ("SANCTION", "retaliate", ("Britain",) + GBR_GOV, (("Japan", "retaliate against"),) + JPN_GOV, None,
             None, "unknown", None, "hypothetical", None,
             "Britain is considering how to retaliate against Japan (a sanction under consideration: hypothetical, "
             "as the earlier sets' possible EC trade action); the retaliation has no date: undated"),
            # 2
            ("STATEMENT", "told", ("a Toshiba spokesman",) + JPN_BUS, None, TOK,
             "1987-04-02", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the regret (EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "subsidiary,"), ("Toshiba Information Systems (U.K.) Ltd",) + GBR_BUS, None, None,
             "1987-04-01", "day", "yesterday", "asserted", None,
             "said yesterday it planned to enter the U.K. market under the Toshiba brand (a corporate plan: no "
             "type); the subsidiary's country from its name (28b); dated by 'yesterday', no place: location null"),
            # 4
            ("REQUEST", "applied", ("Toshiba Information Systems (U.K.) Ltd",) + GBR_BUS, (None,) + GBR_GOV, None,
             None, "unknown", None, "asserted", None,
             "had applied for government approval to enter the market (an application to the implied British "
             "government, the earlier sets' CBOT/Norsk Hydro 'applied'); pluperfect, 'yesterday' dates the saying: "
             "undated"),
            # 5
            ("COOPERATE", "supplied", (("Toshiba", "Toshiba has supplied"),) + JPN_BUS,
             ("U.K. Manufacturers",) + GBR_BUS, None,
             "1986", "year", "since last year", "asserted", None,
             "Toshiba has supplied equipment to U.K. manufacturers since last year (a country's buyers, 53a's "
             "crushers); dated by its start (the earlier sets' 'since last summer' = 1986)"),
            # 6
            ("STATEMENT", ("said", "The Toshiba spokesman"), ("The Toshiba spokesman",) + JPN_BUS, None, TOK,
             "1987-04-02", "day", None, "asserted", None,
             "the OEM sales are not comparable to Cable and Wireless' efforts to take a stake (assessment); DCT"),
            # 7
            ("STATEMENT", ("said", 'category," he'), (("he", 'category," he'),) + JPN_BUS, None, TOK,
             "1987-04-02", "day", None, "asserted", 6,
             "later mention: the quoted restatement 'matters of a different category' (EVENTS.md 3)"),
        ],
        "skip": [
            ("regrets", "part of the reporting clause (the expressed regret)"),
            (("plan", "regrets its"), "corporate plan (content of the statement)"),
            (("enter", "plan to"), "content of the statement"),
            ("caught up", "content of the statement"),
            ("row", "background nominal (the UK-Japan dispute; ACCUSE GBR <-> JPN arguable)"),
            ("considering", "deliberation of the hypothetical sanction (coded on 'retaliate')"),
            ("attempt", "background nominal (Japan's attempt to keep Cable and Wireless out; SANCTION JPN -> GBR "
                        "arguable)"),
            ("prevent", "content of the background nominal"),
            ("taking", "content (Cable and Wireless' stake; COOPERATE GBR -> JPN arguable)"),
            ("linked", "content of the quote"),
            (("planned", "said yesterday it"), "corporate plan (content of the statement)"),
            (("enter", "planned to"), "content of the statement"),
            ("approval", "content of the request"),
            (("sale", "Manufacturers for"), "purpose (the manufacturers' resale)"),
            (("sale", "said the sale"), "anaphoric nominal (the supply)"),
            ("efforts", "background nominal (Cable and Wireless' bid for a stake; COOPERATE GBR -> JPN arguable)"),
            ("take a stake", "content of the background nominal"),
        ],
        "entities": [
            ("Toshiba Corp", "ORG", "JPN"),
            (("U.K.", "enter the"), "GPE", "GBR"),
            ("Cable and Wireless Plc", "ORG", "GBR"),
            (("Japanese", "Plc's"), "NORP", "JPN"),
            ("Britain", "GPE", "GBR"),
            (("Japan", "retaliate against"), "GPE", "JPN"),
            (("Cable and Wireless", "prevent"), "ORG", "GBR"),
            (("Japanese", "position in a"), "NORP", "JPN"),
            (("Japan", "market access in"), "GPE", "JPN"),
            (("Toshiba", "a Toshiba spokesman"), "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            ("Toshiba Information Systems (U.K.) Ltd", "ORG", "GBR"),
            (("Toshiba", "a Toshiba subsidiary"), "ORG", "JPN"),
            (("U.K.", "planned to enter"), "GPE", "GBR"),
            (("Toshiba", "under the"), "ORG", "JPN"),
            (("Toshiba", "Toshiba has supplied"), "ORG", "JPN"),
            (("U.K.", "supplied equipment to"), "GPE", "GBR"),
            (("Toshiba", "The Toshiba spokesman"), "ORG", "JPN"),
            (("Cable and Wireless", "comparable to"), "ORG", "GBR"),
            (("Japanese", "the new"), "NORP", "JPN"),
        ],
    },
    "reuters21578-14840": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Paian Nainggolan"), ("Paian Nainggolan",) + IDN_BUS, None, JKT,
             "1987-04-08", "day", None, "asserted", None,
             "the exchange is likely to start trading one or two new commodities in 1987 (a domestic plan: no "
             "type); the exchange chairman (BUS, as the earlier sets' CBOT); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"),) + IDN_BUS, None, JKT,
             "1987-04-08", "day", None, "asserted", None,
             "palm oil, sawn timber, pepper or tobacco being considered; DCT"),
            # 2
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"),) + IDN_BUS, None, JKT,
             "1987-04-08", "day", None, "asserted", None,
             "the question is still being considered by the trade minister, no decision made (domestic "
             "deliberation); DCT"),
            # 3
            ("STATEMENT", ("said", 'cautiously," Nainggolan'), (("Nainggolan", 'cautiously,"'),) + IDN_BUS, None, JKT,
             "1987-04-08", "day", None, "asserted", None, "'Several factors make us move cautiously'; DCT"),
            # 4
            ("STATEMENT", ("said", "exchange officials"), ("exchange officials",) + IDN_BUS, None, JKT,
             "1987-04-08", "day", None, "asserted", None,
             "how rubber and coffee contracts are traded (description; officials of a named body, EVENTS.md 4); "
             "DCT"),
            # 5
            ("STATEMENT", ("said", "one official"), ("one official",) + IDN_GOV, None, JKT,
             "1987-04-08", "day", None, "asserted", None,
             "a feasibility study was needed first (an official of the trade ministry or exchange board, "
             "identifiable; no actor asked: STATEMENT, EVENTS.md 2); DCT"),
            # 6
            ("STATEMENT", ("said", "Trade Minister Saleh"), ("Trade Minister Saleh",) + IDN_GOV, None, None,
             "1987-04-06", "day", "on Monday", "asserted", None,
             "Indonesia should expand its rubber marketing effort (prescriptive talk about the speaker's own "
             "country: STATEMENT, own_blind's 'We should'); past Monday before Wed 1987-04-08; no place: null"),
            # 7
            ("STATEMENT", ("said", "Nainggolan said that"), (("Nainggolan", "Nainggolan said that"),) + IDN_BUS, None,
             JKT, "1987-04-08", "day", None, "asserted", None,
             "the exchange is trying to boost overseas interest (no type); DCT"),
            # 8
            ("CONSULT", ("been", "teams had already"), ("teams",) + IDN_BUS, ("South Korea", "KOR", "GOV"),
             ("South Korea", "KOR"), None, "unknown", None, "asserted", None,
             "exchange teams had been to South Korea to encourage use of the exchange (a visit, visitor first; "
             "split by country, EVENTS.md 12); pluperfect, no time expression: undated; 'said' rule-3 attribution"),
            # 9
            ("CONSULT", ("been", "teams had already"), ("teams",) + IDN_BUS, ("Taiwan", "TWN", "GOV"),
             ("Taiwan", "TWN"), None, "unknown", None, "asserted", None,
             "the teams' visit to Taiwan (split by country); undated"),
            # 10
            ("CONSULT", ("visit", "delegation would also"), ("a delegation",) + IDN_BUS, ("Europe", None, "IGO"),
             ("Europe", None), None, "unknown", None, "planned", None,
             "a delegation would visit Europe and some Latin American states (groups of countries: null, one "
             "record as a same-country compound, EVENTS.md 12/15); planned, undated"),
            # 11
            ("CONSULT", ("visit", "delegation would also"), ("a delegation",) + IDN_BUS, ("Mexico", "MEX", "GOV"),
             ("Mexico", "MEX"), None, "unknown", None, "planned", None,
             "the delegation's planned visit to Mexico (split by country); undated"),
            # 12
            ("STATEMENT", ("say", "Officials"), ("Officials",) + IDN_GOV, None, JKT,
             "1987-04-08", "day", None, "asserted", None,
             "the exchange has made a good start (assessment; Indonesian officials from context, EVENTS.md 4); "
             "present tense, wire style: DCT"),
            # 13
            ("STATEMENT", ("said", "exchange report"), ("the latest exchange report",) + IDN_BUS, None, JKT,
             "1987-04-08", "day", None, "asserted", None,
             "rubber transaction totals (the exchange's own statistics release, 5972's 'The report said'); DCT"),
        ],
        "skip": [
            (("start", "likely to"), "content of the statement (a domestic plan)"),
            (("considered", "was being"), "content of the statement"),
            ("introduced", "unattributed possibility (agentless)"),
            (("considered", "still being"), "content: the minister's deliberation (domestic)"),
            ("decision", "content (a domestic decision not made)"),
            ("go ahead", "content"),
            (("trades", "currently"), "stative (what the exchange trades)"),
            (("move", "make us"), "content of the quote"),
            ("undermine", "content of the quote"),
            ("launched", "agentless launch of domestic trading (no type)"),
            (("added", "with coffee"), "agentless (coffee trading added)"),
            (("traded", "Rubber contracts are"), "stative (content of the statement)"),
            (("considering", "exchange board are"), "domestic deliberation (futures trading)"),
            ("introduction", "content of the deliberation"),
            ("needed", "content of the statement"),
            (("decisions", "No"), "content of anonymous talk"),
            ("elections", "domestic elections (background)"),
            (("said", "traders"), "anonymous-source talk (traders)"),
            (("expand", "should"), "content of the statement"),
            ("hoped", "part of the minister's statement"),
            (("help", "would"), "content of the statement"),
            ("boost", "content of the statement"),
            ("building up", "content of the statement"),
            (("said", "He said teams"), "rule-3 attribution (the visits are the events)"),
            (("encourage", "Taiwan to"), "purpose clause"),
            (("encourage", "Latin American states to"), "purpose clause"),
            ("made a good start", "content of the statement"),
            ("Transactions", "statistics"),
            ("totalled", "statistics"),
            ("delivered", "statistics"),
            ("amounted", "statistics"),
        ],
        "entities": [
            ("Indonesian Commodity Exchange", "ORG", "IDN"),
            ("Paian Nainggolan", "PERSON", "IDN"),
            ("Reuters", "ORG", "GBR"),
            ("Rachmat Saleh", "PERSON", "IDN"),
            (("Nainggolan", 'cautiously,"'), "PERSON", "IDN"),
            (("Indonesia", "until after"), "GPE", "IDN"),
            (("Saleh", "Trade Minister Saleh said"), "PERSON", "IDN"),
            (("Indonesia", "on Monday that"), "GPE", "IDN"),
            (("Nainggolan", "Nainggolan said that"), "PERSON", "IDN"),
            ("South Korea", "GPE", "KOR"),
            ("Taiwan", "GPE", "TWN"),
            ("Europe", "LOC", None),
            ("Mexico", "GPE", "MEX"),
            ("Latin American", "NORP", None),
        ],
    },
    "reuters21578-16331": {
        "events": [],
        "skip": [
            ("expected", "economists' expectation (anonymous)"),
            ("enter", "Fed reserve operation (monetary), expected by economists"),
            (("add", "securities market to"), "Fed reserve operation (monetary)"),
            ("arranging", "Fed reserve operation (monetary)"),
            (("said", "economists"), "economists' talk (anonymous)"),
            (("said", "They said"), "economists' talk (anonymous)"),
            (("add", "Fed may"), "Fed reserve operation (monetary), content of anonymous talk"),
            ("averaged", "market movement (funds rate)"),
            ("opened", "market movement"),
            (("traded", "and"), "market movement"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Fed", "They said the"), "ORG", "USA"),
        ],
    },
    "reuters21578-17353": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Alick Buchanan-Smith",) + GBR_GOV, None, HOU,
             "1987-04-28", "day", None, "asserted", None,
             "Britain is not considering any restriction of its oil production (a domestic production measure, "
             "negated: no type; no requester named, so not REJECT); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Conference, Buchanan-Smith"), (("Buchanan-Smith", "Conference,"),) + GBR_GOV, None,
             OTC_TXT, "1987-04-28", "day", None, "asserted", 0,
             "later mention: the quoted restatement 'we see no reason for changing' (EVENTS.md 3), at the Offshore "
             "Technology Conference"),
            # 2
            ("AGREE", "go-ahead", (("Buchanan-Smith", "Earlier today,"),) + GBR_GOV, ("Mobil Corp", "USA", "BUS"), None,
             "1987-04-28", "day", "Earlier today", "asserted", None,
             "gave the go-ahead to Mobil for two North Sea developments (a permission granted, the earlier sets' "
             "'go-ahead'); 'Earlier today' = DCT; no place of the decision: null"),
            # 3
            ("STATEMENT", ("said", "Buchanan-Smith also said there"),
             (("Buchanan-Smith", "Buchanan-Smith also said there"),) + GBR_GOV, None, HOU,
             "1987-04-28", "day", None, "asserted", None, "a possible gas demand-supply gap in the 1990s (forecast); DCT"),
            # 4
            ("STATEMENT", ("added", "Britain, but"), (("Buchanan-Smith", "Buchanan-Smith also said there"),) + GBR_GOV,
             None, HOU, "1987-04-28", "day", None, "asserted", None,
             "the gap smaller than previously estimated (forecast; 'said ..., but added' two records, EVENTS.md 3); "
             "DCT"),
            # 5
            ("REQUEST", ("said", "Arne Oien"), ("Arne Oien",) + NOR_GOV, (("Britain", "hoping"),) + GBR_GOV, None,
             "1987-04-28", "day", "this morning", "asserted", None,
             "hoping Britain will take more Norwegian gas in the 1990s (an appeal to an identifiable buyer; "
             "STATEMENT arguable); dated by 'this morning'; no place: null"),
            # 6
            ("STATEMENT", "announce", (("Buchanan-Smith", "Buchanan-Smith also said he expects"),) + GBR_GOV, None,
             None, "1987-05", "month", "next\nmonth", "planned", None,
             "expects to announce the 10th licensing round's results next month (a planned announcement, 35b's "
             "PDVSA 'will announce'); 'said' rule-3 attribution"),
            # 7
            ("STATEMENT", ("said", "He said there had"), (("He", "He said there had"),) + GBR_GOV, None, HOU,
             "1987-04-28", "day", None, "asserted", None,
             "75 applications for 127 tracts by 84 companies (statistics; unnamed applicants); DCT"),
            # 8
            ("STATEMENT", ("added", "companies, and"), (("he", "added that he expects"),) + GBR_GOV, None, HOU,
             "1987-04-28", "day", None, "asserted", None,
             "expects about 50 blocks to be licensed (forecast; licensees unnamed: content); DCT"),
            # 9
            ("STATEMENT", ("said", "He said the results"), (("He", "He said the results"),) + GBR_GOV, None, HOU,
             "1987-04-28", "day", None, "asserted", None, "the results in line with earlier rounds (forecast); DCT"),
        ],
        "skip": [
            ("considering", "content (negated consideration of a domestic production measure)"),
            ("restriction", "content (domestic production policy)"),
            ("Speaking", "participial elaboration of the reporting act (EVENTS.md 3)"),
            (("made", "we've"), "part of the quote (the same statement)"),
            ("changing", "content of the quote"),
            ("restricted", "Norway's production restraint: domestic price measure (EVENTS.md 10's Japanese cut)"),
            ("stabilize", "purpose clause"),
            ("refused", "standing policy (REJECT arguable; 53a's 'traditionally opposes' generic)"),
            ("intervene", "content of the standing refusal"),
            ("estimated", "agentless (content)"),
            ("hoping", "part of the request"),
            (("take", "Britain will"), "content of the request"),
            (("said", "Buchanan-Smith also said he"), "rule-3 attribution (the planned announcement is the event)"),
            (("expects", "also said he"), "modal of the planned announcement"),
            ("licensing round", "content of the planned announcement"),
            ("applications", "applications by unnamed companies (REQUEST arguable), content of the statement"),
            ("licensed", "content of the forecast (licensees unnamed)"),
            (("rounds", "line with"), "content of the statement"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("UK", "GPE", "GBR"),
            ("Alick Buchanan-Smith", "PERSON", "GBR"),
            ("Offshore Technology Conference", "ORG", "USA"),
            (("Buchanan-Smith", "Conference,"), "PERSON", "GBR"),
            (("Buchanan-Smith", "Earlier today,"), "PERSON", "GBR"),
            ("Mobil Corp", "ORG", "USA"),
            ("North Sea", "LOC", None),
            ("Ness oil field", "LOC", "GBR"),
            ("British", "NORP", "GBR"),
            ("Norway", "GPE", "NOR"),
            (("North Sea", "production of"), "LOC", None),
            (("Britain", "Britain has consistently"), "GPE", "GBR"),
            (("Buchanan-Smith", "Buchanan-Smith also said there"), "PERSON", "GBR"),
            (("Britain", "natural gas in"), "GPE", "GBR"),
            (("Norway", "Norway is a major"), "GPE", "NOR"),
            (("Norway", "this morning"), "GPE", "NOR"),
            ("Arne Oien", "PERSON", "NOR"),
            (("Britain", "hoping"), "GPE", "GBR"),
            ("Norwegian", "NORP", "NOR"),
            (("Buchanan-Smith", "Buchanan-Smith also said he expects"), "PERSON", "GBR"),
            (("North Sea", "round of"), "LOC", None),
        ],
    },
    "reuters21578-1723": {
        "events": [
            # 0
            ("AGREE", "signed", ("Kenya",) + KEN_GOV, ("British",) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "Kenya has signed an agreement with British and German interests to establish a shipping line (split "
             "by country, EVENTS.md 12: this the British interests); present perfect, no time expression: undated "
             "(rule 17); 'sources close to the deal said' anonymous"),
            # 1
            ("AGREE", "signed", ("Kenya",) + KEN_GOV, ("German interests",) + DEU_BUS, None,
             None, "unknown", None, "asserted", None,
             "the same agreement with the German interests (split by country); undated"),
            # 2
            ("AGREE", ("signed", "KPA,"), ("Kenya Ports Authority",) + KEN_BUS, ("Unimar Seetransport",) + DEU_BUS, None,
             None, "unknown", None, "asserted", 1,
             "later mention: KPA (state-owned: BUS, EVENTS.md 15) signed with the Hamburg-based Unimar Seetransport "
             "(the German side of the lead's agreement, detailed); undated"),
        ],
        "skip": [
            ("establish", "content of the agreement"),
            ("handle", "content of the agreement"),
            (("said", "deal"), "anonymous-source talk (sources close to the deal)"),
            (("deal", "close to the"), "anaphoric nominal (the agreement)"),
            (("establish", "Seetransport to"), "content of the agreement"),
            (("said", "shillings,"), "anonymous-source talk (sources)"),
            ("hold", "planned shareholding (content)"),
            ("charter", "planned chartering from unnamed owners (no identified counterpart)"),
            ("operate", "content (planned services)"),
            ("build or buy", "hypothetical, no counterpart"),
            (("said", "The sources"), "anonymous-source talk (sources)"),
            ("aim", "content of anonymous talk"),
            ("carry", "content of anonymous talk"),
        ],
        "entities": [
            ("Kenya", "GPE", "KEN"),
            ("British", "NORP", "GBR"),
            ("German", "NORP", "DEU"),
            ("Kenya Ports Authority", "ORG", "KEN"),
            ("KPA", "ORG", "KEN"),
            ("Hamburg", "GPE", "DEU"),
            ("Unimar Seetransport", "ORG", "DEU"),
            ("Kenya National Shipping line", "ORG", "KEN"),
            (("KPA", "KPA will"), "ORG", "KEN"),
            ("Mombasa", "GPE", "KEN"),
            ("Europe", "LOC", None),
            (("Kenya", "large part of"), "GPE", "KEN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
