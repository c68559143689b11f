"""Build ``own_blind81b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind81b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1900 left); 24 drawn with random.Random(81101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
30 event records (26 first mentions, 4 later mentions), 60 not_annotated spans, 57 entity mentions
(GPE 19, ORG 19, LOC 11, NORP 5, PERSON 3); no article without events; 18431 (Japanese rapeseed purchases)
has a single COOPERATE (anonymous trade sources otherwise); 2012 (Bosphorus blizzard), 425 (NZFE volumes)
and 10750 (BP Grangemouth refinery) have reporting-clause STATEMENTs only.
Types: STATEMENT 20, THREATEN 3, REQUEST 2, ACCUSE 1, AID 1, COOPERATE 1, MOBILIZE 1, SANCTION 1; modality:
asserted 30; precision: day 21, unknown 8, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles and ranks are not part of a PERSON span ("Commodore Mohammed Hoseyn Malekzadegan": PERSON
only); company names are tagged with their legal form, tickers ("(BP.L)") are not entities; the possessive
's is left out ("Iran's", "Istanbul's", "Pakistan's"); a government body with its country word is one ORG
span ("U.S. Supreme Court", "U.S. Agriculture Department"), the lower-case "high court" and "lower court"
are not entity spans; the lower-case "Tehran radio" gives only GPE "Tehran" (23b / 72b); a congressional
panel named as a modifier is an ORG mention ("Senate Agriculture Appropriations" in "a Senate Agriculture
Appropriations hearing", 26b / 43b's named subcommittees); the airport of "Istanbul's Ataturk international
airport" gives LOC "Ataturk" (27b's Don Muang, lower-case "airport"); "N.Z." in "N.Z. Dlrs" and "U.S." in
"U.S. Dollar" are GPE mentions (6a); currencies, contracts, bonds and products are not entities.
Countries: Iran, Tehran and the Islamic Republic of Iran GPE IRN, Mohammed Hoseyn Malekzadegan /
"Malekzadegan" PERSON IRN, British Broadcasting Corporation ORG GBR, "U.S." GPE USA, the Gulf, the Persian
Gulf, the Strait of Hormuz and the Sea of Oman LOC null (waters shared by several countries, 19a);
"Japanese" NORP JPN, "Canadian" NORP CAN; Zenith Electronics Corp / "Zenith" ORG USA (dateline GLENVIEW,
Ill.; "The U.S. electronics company"), U.S. Supreme Court ORG USA, "U.S." GPE USA, "Japanese" NORP JPN;
Istanbul GPE TUR, the Bosphorus, Anatolia, the Sea of Marmara and Ataturk (airport) LOC TUR (inside Turkey),
Black Sea LOC null; New Zealand Futures Exchange / NZFE ORG NZL, International Commodities Clearing House /
ICCH ORG GBR (the London-based clearing house, which clears the NZFE; the text gives no country: NZL from
the dateline or null arguable), "N.Z." GPE NZL, "U.S." GPE USA; "U.S.", U.S. Agriculture Department / USDA
and the Senate Agriculture Appropriations (subcommittee) USA; World Bank and International Development
Association ORG null (IGOs), Pakistan GPE PAK; British Petroleum Co PLC ORG GBR, Grangemouth GPE GBR (31a).

Judgement calls made here:
* 17417 (Iran's navy chief on the Gulf, DCT Wed 1987-04-29, LONDON; a story taken from Tehran radio): "Iran's
  navy commander warned that Iran would close off the Strait of Hormuz ... if there was any disruption to
  its shipping or sea-bound trade, Tehran radio said" is THREATEN IRN MIL (a conditional threat whose
  consequence is the speaker's; the threat itself asserted), actor2 null (aimed at any country, 70a's
  Hormuz threat), dated by the DCT as a wire-style radio report of that day's remarks (27b's "Tehran Radio
  reported", 41b), LONDON; the radio's "said" is rule-3 attribution. 'But he added "If there is any
  disruption ... this waterway would not be left open for any country."' restates it (later mention,
  EVENTS.md 3, DCT). "Malekzadegan told a news conference Iran was ready to maintain security in the Gulf"
  is a STATEMENT (a declaration of readiness with no counterpart; AGREE arguable), DCT. "The radio,
  monitored by the British Broadcasting Corporation, quoted Malekzadegan as saying Iran's navy now had the
  most advanced defensive equipment" is a relayed STATEMENT: undated, location null, trigger "quoted"
  (27b / 41b; "saying" left unlisted), the BBC's monitoring skipped. "He said it had also expanded
  operations to cover the whole region ..." is MOBILIZE IRN MIL (an extension of naval operations: a
  deployment short of force, 43a / 61a; a STATEMENT with the operations as content arguable, as 23b's
  warship movements), actor2 null, undated (pluperfect, rule 17), "said" rule-3 attribution. "Referring to
  U.S. fleet movements ..., Malekzadegan said they had so far not been directed against Iran's interests"
  is a STATEMENT (DCT; "Referring" its participial frame, the U.S. fleet movements a background nominal,
  MOBILIZE USA arguable); '"Their movements have been on the basis of international regulations and in the
  open seas," the radio quoted him as saying' restates it (later mention on "quoted", with its first
  mention's date by the guidelines' rule 3, as 77b; 27b's relayed later mention left undated arguable).
  The next quoted sentence '"However, if any movement or action is carried out against the interests of
  the Islamic Republic of Iran in whatever context, we shall decisively confront that move."' has no
  reporting verb of its own but continues the radio's quote (68a's continued quote) and carries a new
  threat: THREATEN IRN MIL -> the U.S. fleet whose movements the quote is about (implied USA MIL; null
  arguable), trigger "confront", relayed: undated, location null (skipping it as a quote with no reporting
  clause, 30a / 41b, arguable).
* 18431 (Japanese crushers buy Canadian rapeseed, DCT Tue 1987-06-16, TOKYO): every speaker is anonymous
  ("trade sources said", "they said": skipped), but a country's buyers are not unnamed buyers (49a's 297,
  53a's 10705; 52b's 3458 no-event call arguable): "Japanese crushers have so far bought 50,000 tonnes of
  Canadian rapeseed" is COOPERATE JPN BUS -> the implied Canadian sellers (CAN BUS), undated (present
  perfect; the late July/August shipment is not the purchase's date). "total purchases for the period are
  likely to be around 130,000 tonnes" is a volume forecast (skipped; COOPERATE planned arguable, 53a's "will
  buy a total of"); "Crushers reduced their Canadian purchases ... to 111,000 from 120,000 tonnes" is a
  change in purchase volume (skipped; COOPERATE JPN -> CAN arguable); "estimated crushers' buying ... was
  slightly above monthly average" is statistics.
* 4352 (Zenith asks the Supreme Court to review its dumping case, DCT Thu 1987-03-12, GLENVIEW): "Zenith
  Electronics Corp asked the U.S. Supreme Court to consider its anti-dumping case" is REQUEST USA BUS -> the
  Court (USA GOV; a petition to a court, a request to the authorities as 72a's "applied"), undated (a
  filing with no time expression, rule 17); "The U.S. electronics company today said it asked the high
  court to review a 1986 lower court ruling ..." is its later mention ("today" governs the rule-3
  attribution "said", own_blind's "said in December" call; undated as its first mention). "In a complex
  case that dates to 1974, Zenith has charged a group of Japanese companies with violations of U.S.
  antitrust and anti-dumping laws" is ACCUSE USA BUS -> JPN BUS (a lawsuit, 32a / 34a), undated (present
  perfect of a standing case, rule 17; 1974, the case's start, arguable). "a 1986 lower court ruling that
  dismissed both the antitrust and anti-dumping portions of the case" is SANCTION USA GOV (the lower court)
  -> the implied plaintiff Zenith (USA BUS): an adverse ruling against a party (28b's dismissed lawsuit), a
  nominal with its own predication and date (EVENTS.md 11), 1986 (year).
* 2012 (blizzard closes the Bosphorus, DCT Thu 1987-03-05, ISTANBUL): the blizzard's halting shipping and
  paralysing the city and the airport's closure have no acting actor, and "weather reports predicted" has
  no identifiable speaker (skipped); "Port officials said at least six large vessels ... were waiting" is a
  STATEMENT TUR GOV (EVENTS.md 4's "port officials"), DCT, ISTANBUL.
* 425 (record NZFE volumes, DCT Mon 1987-03-02, WELLINGTON): the two ICCH reporting clauses (February volume
  a record 25,559 contracts; February value 2.90 billion N.Z. dlrs) are statistics-release STATEMENTs, GBR
  BUS (the London clearing house; see Countries), DCT, WELLINGTON; trading volumes and the listed contracts
  are market activity / stative.
* 8759 (USDA farm payments per acre, DCT Tue 1987-03-24, WASHINGTON): the payments to farmers are domestic
  farm programmes (55a's 18275: no type), so the three "USDA said" clauses and "USDA estimates farm subsidies
  will reach 25.3 billion dlrs in 1987" (an estimate by a named body, 53a) are STATEMENTs USA GOV. "The
  figures were given by USDA officials at a Senate Agriculture Appropriations hearing yesterday" places
  them: all four are dated 1987-03-23 (date_text "yesterday": EVENTS.md 20's true date, 42a's hearing
  "yesterday"; the DCT by a strict rule-2 reading arguable), location null (the hearing's place is not
  given); "given" is a later mention of the first release with its own "yesterday"; the hearing is the
  occasion (testimony to a committee: no CONSULT).
* 18885 (World Bank loans to Pakistan, DCT Thu 1987-06-18, WASHINGTON): "The World Bank said it has extended
  Pakistan 220 mln dlrs in three loans" is AID null IGO -> PAK GOV (credit, EVENTS.md 8; events_dev's 19371
  "has loaned"), undated (present perfect, rule 17), "said" rule-3 attribution. "The education project will
  be supported by a 145 mln dlr loan through the International Development Association ..., the bank said"
  and "A small-scale industry development project will be supported by a 54 mln dlr loan, the bank said"
  give two of the three loans' amounts and purposes: STATEMENTs (events_dev 19371's "The IDA loan will
  support ..." and 78a's "the other loan is ..."; later AID mentions arguable), DCT, WASHINGTON; the third
  loan ("will be supported by a 21 mln dlr loan") has no reporting clause (skipped). "The bank noted"
  (Pakistan's low educational attainment), "It said the education project aims ..." and "The project hopes
  to aid small-scale industry ..., the bank said" are STATEMENTs (DCT); "aid" there is the project's purpose.
* 10750 (BP Grangemouth refinery to partly reopen, DCT Mon 1987-03-30, LONDON): as 31a's 13633, the
  refinery spokesman's three reporting clauses (partial reopening expected next week; the refinery shut
  since the accident; operating at half capacity since end-January because of overhaul work) are STATEMENTs
  GBR BUS, DCT, LONDON; the explosion, fire, death, damage, closures, restart and overhaul are accidents or
  plant operations with no type (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind81b.jsonl"

LON = ("LONDON", "GBR")
IST = ("ISTANBUL", "TUR")
WLG = ("WELLINGTON", "NZL")
WAS = ("WASHINGTON", "USA")

IRN_MIL = "IRN", "MIL"
USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
GBR_BUS = "GBR", "BUS"
IGO = None, "IGO"
MALEK_HE = (("he", "But he added"),)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17417": {
        "events": [
            # 0
            (
                "THREATEN",
                "warned",
                ("Iran's navy commander",) + IRN_MIL,
                None,
                LON,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "Iran would close the Strait of Hormuz if its shipping or trade were disrupted: a conditional threat "
                "whose consequence is the speaker's (the threat itself asserted); aimed at any country (actor2 null, "
                "70a's Hormuz threat); 'X warned ..., Tehran radio said' is wire style (27b's 'Tehran Radio "
                "reported'): DCT, dateline city; the radio's 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                ("Mohammed Hoseyn Malekzadegan",) + IRN_MIL,
                None,
                LON,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "told a news conference Iran was ready to maintain security in the Gulf (a declaration of readiness, "
                "no counterpart: STATEMENT; AGREE arguable); DCT, dateline city (the conference's place not given)",
            ),
            # 2
            (
                "THREATEN",
                "added",
                MALEK_HE + IRN_MIL,
                None,
                LON,
                "1987-04-29",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead's warning (the waterway would not be left open for any country if "
                "Iranian shipping were disrupted): later mention, EVENTS.md 3; DCT",
            ),
            # 3
            (
                "STATEMENT",
                "quoted",
                (("Malekzadegan", "quoted"),) + IRN_MIL,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the navy now has advanced defensive equipment and missiles (a capability claim, no warning stated); "
                "relayed ('The radio ... quoted Malekzadegan as saying'): undated (rule 4; 27b / 41b trigger "
                "'quoted', 'saying' left unlisted), location null",
            ),
            # 4
            (
                "MOBILIZE",
                "expanded",
                (("it", "said it had"),) + IRN_MIL,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Iran's navy had expanded its operations to cover the whole region from the northern Gulf to the Sea "
                "of Oman (a naval deployment short of force, 43a / 61a; STATEMENT on 'said' arguable, as 23b's warship "
                "movements); pluperfect, no time expression: undated (rule 17); 'He said' rule-3 attribution",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Malekzadegan said"),
                (("Malekzadegan", "Malekzadegan said"),) + IRN_MIL,
                None,
                LON,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "U.S. fleet movements have not been directed against Iran's interests (assessment); 'Referring' its "
                "participial frame; DCT, dateline city",
            ),
            # 6
            (
                "STATEMENT",
                ("quoted", "the radio quoted"),
                (("him", "the radio quoted"),) + IRN_MIL,
                None,
                None,
                "1987-04-29",
                "day",
                None,
                "asserted",
                5,
                "quote restating the previous paraphrase (the U.S. movements follow international regulations, in "
                "open seas): later mention, EVENTS.md 3, with its first mention's date (guidelines rule 3, 77b; 27b's "
                "relayed later mention undated arguable); trigger 'quoted' (27b)",
            ),
            # 7
            (
                "THREATEN",
                "confront",
                (None,) + IRN_MIL,
                (None, "USA", "MIL"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "'if any movement or action is carried out against the interests of the Islamic Republic of Iran ... "
                "we shall decisively confront that move': conditional retaliation (the threat asserted), the next "
                "quoted sentence of the radio's quote (no reporting verb of its own, 68a's continued quote; skipped "
                "as 30a / 41b arguable); aimed at the U.S. fleet whose movements the quote discusses (implied USA; "
                "null arguable); relayed: undated, location null",
            ),
        ],
        "skip": [
            (("close off", "would"), "content of the threat"),
            (("disruption", "any"), "condition of the threat"),
            (("said", "Tehran radio"), "rule-3 attribution of a wire-style report (the warning is the event)"),
            ("maintain", "content of the statement"),
            (("disruption", "If there is any"), "condition of the threat (quote)"),
            ("left open", "content of the threat (quote)"),
            ("monitored", "the BBC's monitoring of the broadcast (no type)"),
            (("said", "He said it"), "rule-3 attribution (the expansion of operations is the event)"),
            ("cover", "content (the area of the operations)"),
            ("Referring", "participial frame of 'said' (EVENTS.md 3)"),
            (("movements", "U.S. fleet"), "background nominal (U.S. fleet movements; MOBILIZE USA arguable)"),
            ("directed", "content of the statement (negated)"),
            (("movements", "Their"), "anaphoric nominal in the quote (U.S. fleet movements)"),
            ("carried out", "condition of the threat"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            (("Iran", "warned that"), "GPE", "IRN"),
            ("Strait of Hormuz", "LOC", None),
            ("Gulf", "LOC", None),
            ("Tehran", "GPE", "IRN"),
            ("Mohammed Hoseyn Malekzadegan", "PERSON", "IRN"),
            (("Iran", "news\nconference"), "GPE", "IRN"),
            (("Gulf", "security in the"), "LOC", None),
            ("British Broadcasting\nCorporation", "ORG", "GBR"),
            (("Malekzadegan", "quoted"), "PERSON", "IRN"),
            (("Iran", "as saying"), "GPE", "IRN"),
            ("Persian Gulf", "LOC", None),
            ("Sea of Oman", "LOC", None),
            ("U.S.", "GPE", "USA"),
            (("Gulf", "in and near the"), "LOC", None),
            (("Malekzadegan", "Malekzadegan said"), "PERSON", "IRN"),
            (("Iran", "not been directed against"), "GPE", "IRN"),
            ("Islamic Republic of Iran", "GPE", "IRN"),
        ],
    },
    "reuters21578-18431": {
        "events": [
            # 0
            (
                "COOPERATE",
                "bought",
                ("Japanese crushers", "JPN", "BUS"),
                (None, "CAN", "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Japanese crushers bought 50,000 tonnes of Canadian rapeseed from the implied Canadian sellers (a "
                "country's buyers are not unnamed buyers: 49a's 297, 53a's 10705; 52b's no-event call arguable); "
                "present perfect, 'so far', no time expression: undated (the late July/August shipment is not the "
                "purchase's date); the trade sources' 'said' is anonymous",
            ),
        ],
        "skip": [
            (
                ("purchases", "total"),
                "forecast of the period's total purchase volume (a nominal with a quantity; "
                "COOPERATE planned arguable, 53a's 'will buy a total of')",
            ),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            ("reduced", "change in purchase volume (statistics; COOPERATE JPN -> CAN arguable)"),
            (("buying", "crushers'"), "statistics (purchase volume)"),
            (("said", "soybeans, they"), "anonymous-source talk (the trade sources)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Canadian", "NORP", "CAN"),
            (("Canadian", "Crushers reduced their"), "NORP", "CAN"),
        ],
    },
    "reuters21578-4352": {
        "events": [
            # 0
            (
                "REQUEST",
                "asked",
                ("Zenith Electronics Corp",) + USA_BUS,
                ("the U.S. Supreme Court",) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "asked the Supreme Court to consider its anti-dumping case (a petition to a court: a request to the "
                "authorities, 72a's 'applied'); a filing, not a wire-style 'said', with no time expression: undated "
                "(rule 17; the third sentence's 'today' governs the saying, own_blind's 'said in December' call)",
            ),
            # 1
            (
                "ACCUSE",
                "charged",
                (("Zenith", "1974, Zenith"),) + USA_BUS,
                ("a group of Japanese companies", "JPN", "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "charged Japanese companies with antitrust and anti-dumping violations (a lawsuit = ACCUSE, 32a / 34a); "
                "present perfect of a standing case: undated (rule 17; 1974, the case's start, arguable)",
            ),
            # 2
            (
                "REQUEST",
                ("asked", "today said it"),
                ("The U.S. electronics company",) + USA_BUS,
                ("the high\ncourt",) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention of the petition (review of the lower court ruling); 'today said' is rule-3 attribution "
                "('today' dates the saying); first mention's date: undated",
            ),
            # 3
            (
                "SANCTION",
                "dismissed",
                ("lower court",) + USA_GOV,
                (None,) + USA_BUS,
                None,
                "1986",
                "year",
                "1986",
                "asserted",
                None,
                "a 1986 lower court ruling that dismissed both portions of Zenith's case: an adverse ruling against a "
                "party (28b's dismissed lawsuit; 20a's court ruling), a nominal with its own predication and date "
                "(EVENTS.md 11); the plaintiff Zenith implied (USA BUS)",
            ),
        ],
        "skip": [
            ("consider", "content of the request"),
            ("violations", "content of the accusation"),
            (("said", "today"), "rule-3 attribution (the petition is the event)"),
            ("review", "content of the request"),
        ],
        "entities": [
            ("Zenith Electronics Corp", "ORG", "USA"),
            ("U.S. Supreme Court", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Zenith", "1974, Zenith"), "ORG", "USA"),
            (("Japanese", "a group of"), "NORP", "JPN"),
            (("U.S.", "violations of"), "GPE", "USA"),
            (("U.S.", "The U.S. electronics"), "GPE", "USA"),
        ],
    },
    "reuters21578-2012": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Port officials", "TUR", "GOV"),
                None,
                IST,
                "1987-03-05",
                "day",
                None,
                "asserted",
                None,
                "vessels waiting in the Black Sea and the Sea of Marmara (officials of the story's named port, "
                "EVENTS.md 4's 'port officials': TUR GOV); wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            ("halted", "weather (blizzard), no acting actor"),
            ("paralysing", "weather, no acting actor"),
            ("predicted", "weather reports: a document / unnamed forecasters (no identifiable speaker)"),
            ("waiting", "content of the statement"),
            (("closed", "has been"), "weather closure of the airport, no acting actor named"),
        ],
        "entities": [
            ("Bosphorus", "LOC", "TUR"),
            ("Istanbul", "GPE", "TUR"),
            (("Istanbul", "fall on"), "GPE", "TUR"),
            ("Anatolia", "LOC", "TUR"),
            ("Black\nSea", "LOC", None),
            ("Sea of Marmara", "LOC", "TUR"),
            (("Istanbul", "improve."), "GPE", "TUR"),
            ("Ataturk", "LOC", "TUR"),
        ],
    },
    "reuters21578-425": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("the International Commodities Clearing\nHouse", "GBR", "BUS"),
                None,
                WLG,
                "1987-03-02",
                "day",
                None,
                "asserted",
                None,
                "statistics release: a record 25,559 NZFE contracts traded in February (the clearing house for the "
                "exchange; London-based: GBR, NZL arguable from the dateline, null as the text gives no country); "
                "wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The ICCH said"),
                ("The ICCH", "GBR", "BUS"),
                None,
                WLG,
                "1987-03-02",
                "day",
                None,
                "asserted",
                None,
                "statistics release: the value of the contracts traded in February; DCT",
            ),
        ],
        "skip": [
            (("traded", "contracts"), "market activity (volume traded)"),
            (("reached", "(NZFE)"), "statistics"),
            (("traded", "contracts traded in February was"), "market activity (value traded)"),
            (("traded", "currently"), "stative (the listed contracts)"),
        ],
        "entities": [
            ("New Zealand Futures Exchange", "ORG", "NZL"),
            ("NZFE", "ORG", "NZL"),
            ("International Commodities Clearing\nHouse", "ORG", "GBR"),
            ("ICCH", "ORG", "GBR"),
            (("ICCH", "The ICCH said"), "ORG", "GBR"),
            (("N.Z.", "2.90 billion"), "GPE", "NZL"),
            (("NZFE", "currently traded on the"), "ORG", "NZL"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-8759": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("the U.S.\nAgriculture Department",) + USA_GOV,
                None,
                None,
                "1987-03-23",
                "day",
                "yesterday",
                "asserted",
                None,
                "forecast: rice and corn farmers will receive the largest 1987 payments per planted acre (domestic "
                "farm payments, 55a's 18275: no type); the figures 'were given by USDA officials at a Senate ... "
                "hearing yesterday' (last sentence), so the release is dated by that hearing (EVENTS.md 20's true "
                "date, 42a's hearing 'yesterday'; the DCT by a strict rule-2 reading arguable); place not given: null",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "USDA said government"),
                ("USDA",) + USA_GOV,
                None,
                None,
                "1987-03-23",
                "day",
                "yesterday",
                "asserted",
                None,
                "statistics: outlays to rice farmers 403 dlrs per acre, corn 135 dlrs; given at yesterday's hearing",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "oats 2.31 dlrs, USDA"),
                (("USDA", "oats 2.31 dlrs,"),) + USA_GOV,
                None,
                None,
                "1987-03-23",
                "day",
                "yesterday",
                "asserted",
                None,
                "statistics: cotton, wheat, sorghum, barley and oats payments per acre; given at yesterday's hearing",
            ),
            # 3
            (
                "STATEMENT",
                "estimates",
                (("USDA", "USDA estimates"),) + USA_GOV,
                None,
                None,
                "1987-03-23",
                "day",
                "yesterday",
                "asserted",
                None,
                "forecast: farm subsidies will reach 25.3 billion dlrs in 1987 (an estimate by a named body, 53a); "
                "given at yesterday's hearing ('in 1987' is the subsidies' period)",
            ),
            # 4
            (
                "STATEMENT",
                "given",
                ("USDA officials",) + USA_GOV,
                None,
                None,
                "1987-03-23",
                "day",
                "yesterday",
                "asserted",
                0,
                "'The figures were given by USDA officials at a Senate Agriculture Appropriations hearing yesterday': "
                "the release of the figures already reported (later mention of the first, 32a's 'announced ... "
                "yesterday'), with its own 'yesterday'; the hearing is the occasion (testimony: no CONSULT)",
            ),
        ],
        "skip": [
            ("receive", "content of the forecast (domestic farm payments; AID arguable, 55a)"),
            ("calculated", "condition of the forecast"),
            (("reach", "expected to"), "statistics (outlays)"),
            (("reach", "cotton payments will"), "statistics (payments)"),
            (("reach", "subsidies will"), "statistics (subsidies)"),
            ("hearing", "occasion of the statement (a congressional hearing)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("U.S.\nAgriculture Department", "ORG", "USA"),
            (("USDA", "USDA said government"), "ORG", "USA"),
            (("USDA", "oats 2.31 dlrs,"), "ORG", "USA"),
            (("USDA", "USDA estimates"), "ORG", "USA"),
            (("USDA", "given by"), "ORG", "USA"),
            ("Senate\nAgriculture Appropriations", "ORG", "USA"),
        ],
    },
    "reuters21578-18885": {
        "events": [
            # 0
            (
                "AID",
                "extended",
                ("The World Bank",) + IGO,
                ("Pakistan", "PAK", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "220 mln dlrs in three loans extended to Pakistan (credit = AID, EVENTS.md 8; events_dev's 19371 "
                "'has loaned'); present perfect, no time expression: undated; 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "affiliate, the bank"),
                (("the bank", "affiliate, the bank"),) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the education project will be supported by a 145 mln dlr IDA loan (one of the three loans, its amount "
                "and purpose: events_dev 19371's 'The IDA loan will support' / 78a's 'the other loan is'; a later AID "
                "mention arguable); wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                "noted",
                ("The bank",) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "Pakistan's low educational attainment is an obstacle to development (assessment); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "It said"),
                ("It",) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the education project's aims (literacy, enrollment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "54 mln dlr loan, the bank"),
                (("the bank", "54 mln dlr loan,"),) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the small-scale industry project will be supported by a 54 mln dlr loan (a loan's amount and purpose, "
                "as record 1); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "technology transfer, the bank"),
                (("the bank", "technology transfer,"),) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the project's aims (bank lending, export markets, technology transfer); DCT",
            ),
        ],
        "skip": [
            (("said", "The World Bank"), "rule-3 attribution (the loans are the event)"),
            (("support", "loans to"), "purpose of the loans (not verbal support)"),
            (("supported", "education project will be"), "the loan's purpose (content of the statement)"),
            (
                ("loan", "145 mln dlr"),
                "one of the three loans already recorded (content; a later AID mention arguable)",
            ),
            ("aims", "content of the statement (the project's purpose)"),
            (("supported", "development project will be"), "the loan's purpose (content of the statement)"),
            (("aid", "hopes to"), "the project's purpose (not AID by an actor)"),
            ("encouraging", "content (the project's means)"),
            (
                ("supported", "The third project"),
                "the third loan's purpose, no reporting clause (a later AID mention arguable)",
            ),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Pakistan", "GPE", "PAK"),
            ("International Development Association", "ORG", None),
            (("Pakistan", "bank noted"), "GPE", "PAK"),
        ],
    },
    "reuters21578-10750": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "refinery spokesman"),
                ("a\nrefinery spokesman",) + GBR_BUS,
                None,
                LON,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "forecast: the Grangemouth refinery expected to partially reopen next week (BP's spokesman: GBR BUS, "
                "31a's 13633; the restart has no type); wire style: DCT, dateline city ('next week' dates the "
                "reopening, not the saying)",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "He said the entire"),
                (("He", "He said the entire"),) + GBR_BUS,
                None,
                LON,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "the refinery shut since the accident (an accident and plant operations: no type); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "The spokesman said"),
                ("The spokesman",) + GBR_BUS,
                None,
                LON,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "the refinery operating at half capacity since end-January because of overhaul work; DCT",
            ),
        ],
        "skip": [
            (("closed", "refinery at Grangemouth,"), "accident consequence (refinery closure): no type"),
            ("explosion", "accident"),
            ("fire", "accident"),
            ("reopen", "content of the forecast (restart)"),
            ("shut", "accident consequence (stative closure)"),
            ("accident", "accident (anaphoric)"),
            ("killed", "accident"),
            ("damaged", "accident"),
            ("resume", "plant operations with no reporting clause (restart)"),
            (("closed", "hydrocracker will be"), "plant operations with no reporting clause"),
            ("operating", "content of the statement (plant operations)"),
            (("overhaul", "due to"), "maintenance: no type"),
            (("end", "The overhaul is"), "maintenance with no reporting clause (impersonal forecast)"),
        ],
        "entities": [
            ("British Petroleum Co PLC", "ORG", "GBR"),
            ("Grangemouth", "GPE", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
