"""Build ``own_blind55a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind55a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2315 left); 24 drawn with random.Random(55101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
51 event records (49 first mentions, 2 later mentions), 126 not_annotated spans, 100 entity mentions
(ORG 48, GPE 26, NORP 12, PERSON 12, LOC 2); no article without events; 18275 (USDA 0/92 provision) and
5972 (USDA field report on Soviet grain) have reporting-clause STATEMENTs only.
Types: STATEMENT 38, COOPERATE 5, AGREE 3, REQUEST 2, AID 1, CONSULT 1, RETREAT 1; modality: asserted 46,
negated 3, planned 2; precision: day 36, unknown 12, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles and styles are not part of a PERSON span ("American Petroleum Institute President Charles
DiBona": ORG + PERSON; "Lord Cayzer" gives PERSON "Cayzer", as earlier sets' "Lord Carrington"; "Soviet
agriculture official Viktor Nikonov": NORP + PERSON); company names are tagged with their legal form and
without angle brackets, tickers ("<BCOM.L>", "<PVDC>") are not entities; the possessive 's is left out
("Qintex's", "Princeville's", "Brazil's", "Moscow's", "USDA's", "Nikonov's"); a company name used as a
modifier is still a mention ("3,300,000 Princeville shares", "B and C shares"); a government body with its
country word is one ORG span ("U.S. Agriculture Department"), lower-case bodies ("the provincial food
agency", "a paper institute conference") are not entity spans; laws (Farm Disaster Assistance Act),
programmes, currencies and products are not entities; "Radio Moscow" is one ORG span (no nested GPE).
Countries: Qintex Ltd / "Qintex" ORG AUS ("of Brisbane"), Brisbane GPE AUS, "Australian" NORP AUS,
Princeville Development Corp / "Princeville" ORG USA (the text gives no country; the dateline NEW YORK and
the U.S. ticker place it, as 51a's Bermuda Star); Consolidated TVX Mining Corp / "Consolidated TVX" /
"TVX" ORG CAN (the dateline TORONTO, Canadian dlrs), CMP, Novo Astro and Teles Pires Mining ORG BRA ("three
gold mining companies in Brazil"), Brazil and Amapa State GPE BRA, Teles Pires River LOC BRA, "Canadian"
NORP CAN, "U.S." (in "U.S. dlrs") GPE USA; British and Commonwealth Shipping Co Plc / "B and C", Exco
International Plc, Steel Brothers Holdings Plc and Barclays de Zoete Wedd ORG GBR (Plc companies GBR as the
earlier sets), Cayzer and John Gunn PERSON GBR; American Petroleum Institute ORG USA, Charles DiBona /
"DiBona" PERSON USA, New York, Alaska and "U.S." GPE USA, Arctic National Wildlife Refuge LOC USA,
"Alaskan" NORP USA (earlier sets), OPEC ORG null; the (U.S.) Agriculture Department / USDA and the Farmers
Home Administration ORG USA; Moscow, USSR and the Soviet Union GPE SUN, "Soviet" / "Soviets" NORP SUN,
Izvestia and Radio Moscow ORG SUN (state media, as earlier sets' Tass), Viktor Nikonov / "Nikonov" PERSON
SUN; Indonesia, South Sulawesi and Ujungpandang GPE IDN, Cuba CUB, Thailand THA, Angola AGO, Brazil BRA
(GPE), Bustanil Arifin PERSON IDN.

Judgement calls made here:
* 7646 (Qintex credit deal for Princeville, DCT Fri 1987-03-20, NEW YORK): "Qintex Ltd of Brisbane said it
  has arranged for a leading Australian financial institution it did not name to provide Princeville
  Development Corp with the letter of credit" is AID AUS BUS -> USA BUS on "arranged" (a letter of credit,
  a guarantee: AID; Qintex the arranger; "provide" by the unnamed institution is its content, the same
  AUS -> USA pair), undated (present perfect, rule 17), "said" rule-3 attribution; "it did not name" is a
  withheld STATEMENT (negated, EVENTS.md 5 / own_dev's "declined to name terms"), DCT. "Qintex's proposed
  acquisition of Princeville" and "its tender offer" are background nominals (COOPERATE AUS -> USA planned
  arguable); the shares "received" in the bid are tendered by unnamed shareholders and the offer's
  extension has no counterpart, so "The company also said ..." is a STATEMENT (DCT; "yesterday" dates the
  offer's expiry, not the saying); "Qintex said the letter of credit is to insure payment ..." and "The
  company said it believes the conditions ... will be satisfactory to Princeville" are STATEMENTs (DCT).
  "It said Princeville had previously held talks with a financial institution" is CONSULT USA BUS -> the
  unnamed institution (null BUS), undated ("previously" gives no value), "said" rule-3 attribution; "but
  was unable to reach mutually acceptable terms" is AGREE negated, same pair, undated.
* 448 (Consolidated TVX buys Brazilian gold mine stakes, DCT Mon 1987-03-02, TORONTO): "said it agreed to
  issue 7.8 mln treasury shares to acquire interests in three gold mining companies in Brazil" is AGREE
  CAN BUS -> the three companies (BRA BUS; EVENTS.md 8, toward the companies acquired), undated; "The
  company also agreed to acquire a 19 pct stake in Novo Astro ... and a 16 pct interest in Teles Pires
  Mining" is its later mention (two of the same three companies; a same-country compound, one record).
  "Consolidated TVX said it will acquire 29 pct of CMP" is COOPERATE CAN -> CMP (BRA BUS, one of the three)
  planned, undated, "said" attribution. "will acquire the right to add a 10 pct interest to a platinum
  property" has no identified counterpart (skipped; COOPERATE planned arguable), so its "said" is a
  STATEMENT. "The company did not give specific figures" is a withheld STATEMENT (negated); the other five
  reporting clauses (the transactions' benefits, CMP's earnings and output, Novo Astro's mine, Teles Pires'
  rights) are STATEMENTs, all DCT, TORONTO. Earnings, output and forecasts are statistics.
* 10748 (B and C reorganisation, DCT Mon 1987-03-30, LONDON): the reorganisation into a new public
  company, its planned formation and envisaged capital, and the listing not sought are internal
  corporate matters (skipped); "said that it would reorganise", "It noted", "It said that each sector" and
  "The statement said" (B and C's own statement, speaker implied GBR BUS; a document "saying" arguable) are
  STATEMENTs, DCT, LONDON. "has expanded rapidly in the past year through the 672.5 mln stg acquisition of
  Exco International Plc and 90 mln bid for Steel Brothers Holdings Plc": COOPERATE GBR -> GBR on
  "acquisition" (a completed acquisition with its own predication, EVENTS.md 11) and on "bid" (a takeover
  bid coded as the deal, 53a's Unilever bid), both undated ("in the past year" is a duration; 1986/1987
  arguable), "expanded" skipped. "It has retained Barclays de Zoete Wedd to advise" is COOPERATE GBR BUS ->
  GBR BUS (a service contract between named companies, as a contract won; no type arguable), undated.
  "B and C also said that its chairman, Lord Cayzer, planned to retire in June" is RETREAT (a retirement),
  Cayzer GBR BUS, actor2 null (EVENTS.md 14), planned, 1987-06 ("June", future month), "said" rule-3
  attribution; "The company proposed that he be appointed life president and that ... John Gunn should
  take over as chairman" is about appointments (not events; "proposed" skipped, STATEMENT arguable).
* 3364 (API's DiBona on oil dependence, DCT Mon 1987-03-09, NEW YORK): DiBona is the president of a trade
  association (USA ORG). "said no options should be rejected to combat growing U.S. dependence" is a
  STATEMENT (an evaluation with no actor asked, EVENTS.md 2's "action was required now"); the quote "No
  action should be ruled out ...," DiBona said at a paper institute conference in New York today" is its
  later mention (a quoted restatement, EVENTS.md 3), dated by its own "today" (= DCT), located in New York.
  "said the windfall profit tax should be abolished immediately and current proposals for increased
  environmental regulations ... should be not adopted" is REQUEST USA ORG -> the implied U.S. government
  (USA GOV; prescriptive talk about federal tax and regulation, EVENTS.md 2; STATEMENT arguable); "He also
  suggested that the Arctic National Wildlife Refuge ... should be opened up for leasing ..., DiBona said"
  is one REQUEST on "suggested" (same target; the trailing "said" is the same act and not listed). The
  no-unanimity/consensus remark, the "battle" quote and the production/consumption figures are three
  STATEMENTs. All DCT, NEW YORK except the later mention.
* 18275 (USDA 0/92 provision, DCT Tue 1987-06-02, WASHINGTON): deficiency payments, eligibility,
  sign-up, informing producers and the Farmers Home Administration's county approvals for emergency loans
  are domestic farm-program administration (skipped; AID arguable), so the four USDA reporting clauses are
  STATEMENTs (DCT, WASHINGTON).
* 21123 (Soviet grain target, DCT Mon 1987-10-19, WASHINGTON): "Agriculture Department analysts said" and
  "An analyst of Soviet agriculture at USDA noted" are identifiable (analysts of a named government body,
  EVENTS.md 4's officials: USA GOV; anonymous analysts arguable), STATEMENTs, DCT, WASHINGTON, as is
  '"This indicates ...," the analyst said'; plain "analysts said" (weather damage) and "a USDA source
  said" are anonymous (skipped). "USDA is projecting the Soviet crop at 210 mln tonnes" is a STATEMENT (a
  forecast by a named body, 53a's "estimated"), DCT. "some earlier estimates from Soviet officials were
  that the 1987 grain crop could match the 1978 record" is a STATEMENT SUN GOV (a nominal with its own
  predication), undated ("earlier" gives no value). "Moscow outlined its economic targets for 1988 on
  Monday" is a STATEMENT SUN GOV dated 1987-10-19 (past Monday on or before Mon 19 Oct = the DCT),
  "putting" its participial elaboration. "a recent article in Izvestia said ..." is a STATEMENT SUN ORG
  relayed by the analyst (second-hand, "recent" gives no value: undated). "Recent announcements from
  Moscow" is a background nominal; "a 238 mln tonne figure published in a Soviet economic journal this
  month" has no named publisher (skipped; STATEMENT SUN 1987-10 arguable); USDA's calculating and using
  figures has no type. "While in the U.S. earlier this month, Soviet agriculture official Viktor Nikonov
  predicted ..." is a STATEMENT SUN GOV, 1987-10 ("earlier this month", month), located in the U.S.; the
  presupposed visit has no verb (skipped; CONSULT SUN -> USA 1987-10 arguable). "A member of Nikonov's
  party commented ..." is a STATEMENT SUN GOV (a member of the Soviet delegation, an official of a named
  government), placed inside that visit (rule 3: 1987-10, the U.S.; DCT arguable).
* 13286 (Indonesia imports Cuban sugar, DCT Mon 1987-04-06, JAKARTA): "Indonesia has imported 12,000
  tonnes of refined sugar from Cuba ..., the head of the provincial food agency said" is COOPERATE IDN ->
  CUB (a trade exchange between two identified countries, as 53a's crushers' purchases), undated (present
  perfect, rule 17; "today" dates the arrival in the next sentence), "said" rule-3 attribution. "It arrived
  ... today and will be distributed ..., the food agency official said" is a STATEMENT (arrival and
  domestic distribution have no type), DCT. "last year it imported 162,500 tonnes of sugar from Thailand,
  Angola and Brazil to bolster its depleted stocks" is an aggregate year's imports in background with no
  reporting clause (skipped as statistics; COOPERATE IDN -> THA/AGO/BRA 1986 arguable). "..., the head of
  the food logistics agency, Bustanil Arifin, has said" and "The government has forecast that sugar
  production in calendar 1987 would increase ..." are STATEMENTs IDN GOV, DCT ("has said" takes the DCT,
  EVENTS.md 16; "has forecast" read the same), JAKARTA; the industry sources' doubt is anonymous; the
  refinery shutdowns have no named actor.
* 5972 (USDA field report on Soviet grain, DCT Tue 1987-03-17, WASHINGTON): "the U.S. Agriculture
  Department's officer in Moscow said in a field report" is a STATEMENT USA GOV (a report by a named
  author, EVENTS.md 4), DCT (the report gives no date of its own), located in Moscow (where the officer
  reports from); "The report, quoting a broadcast on Radio Moscow, said ..." is a second STATEMENT (the
  report's author), DCT, Moscow, with "quoting" and "broadcast" skipped as the relayed source (STATEMENT SUN
  by Radio Moscow, undated, arguable). "The U.S. Agriculture Department currently forecasts this year's USSR
  crop at 210.1 mln tonnes" is a STATEMENT (a forecast release), dated by "currently" (= DCT), WASHINGTON.
  "according to USDA data" is a document (not a speech act); harvest figures are statistics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind55a.jsonl"

NYC = ("NEW YORK", "USA")
TOR = ("TORONTO", "CAN")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
JKT = ("JAKARTA", "IDN")
NY_TXT = ("New York", "USA")
MOSCOW_TXT = ("Moscow", "SUN")
US_TXT = ("the U.S.", "USA")

AUS_BUS = "AUS", "BUS"
USA_BUS = "USA", "BUS"
CAN_BUS = "CAN", "BUS"
BRA_BUS = "BRA", "BUS"
GBR_BUS = "GBR", "BUS"
USA_ORG = "USA", "ORG"
USA_GOV = "USA", "GOV"
SUN_GOV = "SUN", "GOV"
IDN_GOV = "IDN", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-7646": {
        "events": [
            # 0
            ("AID", "arranged", ("Qintex Ltd",) + AUS_BUS, ("Princeville Development Corp",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "Qintex has arranged for an Australian institution to provide Princeville with a letter of credit "
             "(a guarantee: AID); present perfect, no time expression: undated (rule 17); 'said' rule-3 "
             "attribution; 'provide' its content (same AUS -> USA pair)"),
            # 1
            ("STATEMENT", ("name", "did not"), ("Qintex Ltd",) + AUS_BUS, None, NYC,
             "1987-03-20", "day", None, "negated", None,
             "a financial institution 'it did not name': a withheld statement (EVENTS.md 5, own_dev's 'declined to "
             "name terms'); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "The company also"), ("The company",) + AUS_BUS, None, NYC,
             "1987-03-20", "day", None, "asserted", None,
             "shares received in the tender offer and its extension (tenders by unnamed shareholders, corporate "
             "activity: content); 'yesterday' dates the offer's expiry, not the saying; DCT"),
            # 3
            ("STATEMENT", ("said", "Qintex said the letter"), (("Qintex", "Qintex said the letter"),) + AUS_BUS, None,
             NYC, "1987-03-20", "day", None, "asserted", None,
             "purpose of the letter of credit (payment of notes: corporate finance, content); DCT"),
            # 4
            ("STATEMENT", ("said", "The company said it believes"),
             (("The company", "The company said it believes"),) + AUS_BUS, None, NYC,
             "1987-03-20", "day", None, "asserted", None,
             "expects the commitment letter's conditions to satisfy Princeville (assessment); DCT"),
            # 5
            ("CONSULT", "talks", (("Princeville", "It said Princeville"),) + USA_BUS,
             (("a financial institution", "held talks"), None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Princeville had previously held talks with an unnamed financial institution (rule 3: 'It said' "
             "attribution); 'previously' gives no value: undated; counterpart without country"),
            # 6
            ("AGREE", ("reach", "unable to"), (("Princeville", "It said Princeville"),) + USA_BUS,
             (("a financial institution", "held talks"), None, "BUS"), None,
             None, "unknown", None, "negated", None,
             "was unable to reach mutually acceptable terms (an agreement explicitly not reached: negated); "
             "undated"),
        ],
        "skip": [
            (("said", "Brisbane"), "rule-3 attribution (the credit arrangement is the event)"),
            ("provide", "content of the arrangement (AID by the unnamed Australian institution, planned, arguable)"),
            ("required", "stative (terms of the proposed acquisition)"),
            (("acquisition", "proposed"), "background nominal (Qintex's proposed takeover of Princeville; COOPERATE "
                                          "AUS -> USA planned arguable)"),
            (("tender offer", "its tender"), "background nominal (the takeover bid, content of the statement)"),
            ("expired", "content (expiry of the offer)"),
            ("received", "shares tendered by unnamed shareholders (content)"),
            (("bid", "shares in the"), "anaphoric nominal (the tender offer)"),
            ("extended", "extension of the tender offer (corporate activity, no counterpart; content)"),
            ("insure", "content (corporate finance: payment of notes)"),
            ("distributed", "corporate finance (distribution of notes to shareholders)"),
            ("believes", "part of the reporting clause"),
            (("commitment", "conditions of the"), "anaphoric nominal (the letter of credit commitment)"),
            (("said", "It said Princeville"), "rule-3 attribution (the talks are the event)"),
            ("obtaining", "content of the talks"),
        ],
        "entities": [
            ("Qintex Ltd", "ORG", "AUS"),
            ("Brisbane", "GPE", "AUS"),
            ("Australian", "NORP", "AUS"),
            ("Princeville Development Corp", "ORG", "USA"),
            (("Qintex", "terms of"), "ORG", "AUS"),
            (("Princeville", "acquisition of"), "ORG", "USA"),
            (("Princeville", "3,300,000"), "ORG", "USA"),
            (("Princeville", "over seven mln"), "ORG", "USA"),
            (("Qintex", "Qintex said the letter"), "ORG", "AUS"),
            (("Princeville", "payment of"), "ORG", "USA"),
            (("Princeville", "satisfactory to"), "ORG", "USA"),
            (("Princeville", "It said Princeville"), "ORG", "USA"),
        ],
    },
    "reuters21578-448": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Consolidated TVX Mining Corp",) + CAN_BUS,
             ("three gold mining companies in Brazil",) + BRA_BUS, None,
             None, "unknown", None, "asserted", None,
             "agreed to issue shares to acquire interests in three Brazilian gold mining companies (EVENTS.md 8: "
             "AGREE on 'agreed', toward the companies acquired, set 16); undated (rule 17); 'said' attribution"),
            # 1
            ("STATEMENT", ("said", "The company said the"), (("The company", "The company said the"),) + CAN_BUS, None,
             TOR, "1987-03-02", "day", None, "asserted", None,
             "the transactions will bring production and earnings (assessment); DCT, dateline city"),
            # 2
            ("STATEMENT", ("give", "did not"), (("The company", "The company did not"),) + CAN_BUS, None, TOR,
             "1987-03-02", "day", None, "negated", None,
             "'did not give specific figures': withheld statement (EVENTS.md 5); DCT"),
            # 3
            ("COOPERATE", ("acquire", "Consolidated TVX said it will"),
             (("Consolidated TVX", "Consolidated TVX said it will"),) + CAN_BUS, (("CMP", "29 pct of"),) + BRA_BUS, None,
             None, "unknown", None, "planned", None,
             "will acquire 29 pct of CMP (an acquisition between companies, planned; CMP one of the three Brazilian "
             "companies); undated; 'said' rule-3 attribution"),
            # 4
            ("AGREE", ("agreed", "The company also"), (("The company", "The company also"),) + CAN_BUS,
             ("Novo Astro",) + BRA_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention: also agreed to acquire stakes in Novo Astro and Teles Pires Mining (two of the three "
             "Brazilian companies of the lead's agreement; a same-country compound, one record)"),
            # 5
            ("STATEMENT", ("said", "In addition, Consolidated TVX"), (("Consolidated TVX", "In addition,"),) + CAN_BUS,
             None, TOR, "1987-03-02", "day", None, "asserted", None,
             "will acquire the right to add a platinum interest (no identified counterpart: content); DCT"),
            # 6
            ("STATEMENT", ("said", "dlrs an ounce, Consolidated TVX"),
             (("Consolidated TVX", "dlrs an ounce,"),) + CAN_BUS, None, TOR,
             "1987-03-02", "day", None, "asserted", None, "CMP's 1986 earnings and 1987 output (statistics); DCT"),
            # 7
            ("STATEMENT", ("said", "quartz vein, Consolidated TVX"), (("Consolidated TVX", "quartz vein,"),) + CAN_BUS,
             None, TOR, "1987-03-02", "day", None, "asserted", None, "Novo Astro's mine (description); DCT"),
            # 8
            ("STATEMENT", ("said", "It also said"), (("It", "It also said"),) + CAN_BUS, None, TOR,
             "1987-03-02", "day", None, "asserted", None, "Teles Pires Mining's dredging rights (description); DCT"),
        ],
        "skip": [
            (("said", "Mining Corp"), "rule-3 attribution (the agreement is the event)"),
            (("issue", "agreed to"), "content of the agreement (share issue: corporate finance)"),
            (("acquire", "shares to"), "content of the agreement (EVENTS.md 8)"),
            (("increase", "option to"), "content of the agreement"),
            ("transactions", "anaphoric nominal"),
            ("bring", "content of the statement"),
            ("enhance", "content of the statement"),
            (("expected", "is expected to improve"), "content of the statement"),
            (("said", "Consolidated TVX said it will"), "rule-3 attribution (the CMP acquisition is the event)"),
            ("holds", "stative (existing stake)"),
            ("making", "result of the acquisition (stative)"),
            (("acquire", "also agreed to"), "content of the agreement (EVENTS.md 8)"),
            ("increasing", "result of the acquisition"),
            (("acquire", "In addition,"), "acquisition of a right with no identified counterpart (COOPERATE planned "
                                          "arguable), content of the statement"),
            (("owns", "already"), "stative"),
            ("earned", "statistics"),
            (("expects", "CMP earned"), "a company's forecast (content of the statement)"),
            ("operates", "stative"),
            (("produced", "material"), "statistics"),
            (("expected", "ounces in 1986"), "unattributed forecast"),
            ("controls", "stative"),
            (("expected", "one dredge is"), "content of the statement (forecast)"),
        ],
        "entities": [
            ("Consolidated TVX Mining Corp", "ORG", "CAN"),
            (("Brazil", "companies in"), "GPE", "BRA"),
            (("Consolidated TVX", "earnings to"), "ORG", "CAN"),
            (("Consolidated TVX", "specific figures."), "ORG", "CAN"),
            (("CMP", "29 pct of"), "ORG", "BRA"),
            (("TVX", "in which TVX"), "ORG", "CAN"),
            (("TVX", "making TVX"), "ORG", "CAN"),
            ("Novo Astro", "ORG", "BRA"),
            ("Teles Pires Mining", "ORG", "BRA"),
            (("TVX", "increasing the"), "ORG", "CAN"),
            (("Consolidated TVX", "In addition,"), "ORG", "CAN"),
            (("CMP", "CMP earned"), "ORG", "BRA"),
            ("Canadian", "NORP", "CAN"),
            (("U.S.", "160"), "GPE", "USA"),
            (("Consolidated TVX", "dlrs an ounce,"), "ORG", "CAN"),
            (("Novo Astro", "Novo Astro operates"), "ORG", "BRA"),
            (("Brazil", "operates"), "GPE", "BRA"),
            ("Amapa State", "GPE", "BRA"),
            (("Consolidated TVX", "quartz vein,"), "ORG", "CAN"),
            (("Teles Pires Mining", "It also said"), "ORG", "BRA"),
            ("Teles Pires River", "LOC", "BRA"),
        ],
    },
    "reuters21578-10748": {
        "events": [
            # 0
            ("STATEMENT", "said", ("British and Commonwealth Shipping Co Plc",) + GBR_BUS, None, LON,
             "1987-03-30", "day", None, "asserted", None,
             "will reorganise its commercial and service operations (an internal reorganisation: no type); DCT, "
             "dateline city"),
            # 1
            ("COOPERATE", "acquisition", ("The group",) + GBR_BUS, ("Exco International Plc",) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "the 672.5 mln stg acquisition of Exco (a completed acquisition between companies, the means of the "
             "expansion: a nominal with its own predication, EVENTS.md 11); 'in the past year' is a duration: "
             "undated (1986/1987 arguable)"),
            # 2
            ("COOPERATE", ("bid", "mln"), ("The group",) + GBR_BUS, ("Steel Brothers Holdings Plc",) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "the 90 mln bid for Steel Brothers (a takeover bid coded as the deal, 53a); undated"),
            # 3
            ("STATEMENT", "noted", (("It", "It noted"),) + GBR_BUS, None, LON,
             "1987-03-30", "day", None, "asserted", None, "how its operations are divided (description); DCT"),
            # 4
            ("STATEMENT", ("said", "It said that each"), (("It", "It said that each"),) + GBR_BUS, None, LON,
             "1987-03-30", "day", None, "asserted", None, "each sector has prospects (assessment); DCT"),
            # 5
            ("COOPERATE", "retained", (("It", "It has retained"),) + GBR_BUS, ("Barclays de Zoete Wedd",) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "has retained Barclays de Zoete Wedd to advise (a service contract between two companies, as a "
             "contract won; no type arguable); present perfect: undated"),
            # 6
            ("STATEMENT", ("said", "The statement said"), (None,) + GBR_BUS, None, LON,
             "1987-03-30", "day", None, "asserted", None,
             "B and C's statement: the new grouping would emerge as a major group and not seek a listing (the "
             "company's own statement, speaker implied); DCT"),
            # 7
            ("RETREAT", "retire", (("Cayzer", "Lord"),) + GBR_BUS, None, None,
             "1987-06", "month", "June", "planned", None,
             "chairman Lord Cayzer planned to retire in June (a retirement = RETREAT; one party, actor2 null, "
             "EVENTS.md 14); future month; 'said' rule-3 attribution"),
        ],
        "skip": [
            ("reorganise", "internal reorganisation (no type), content of the statement"),
            ("expanded", "growth description"),
            ("divided", "stative (content)"),
            (("required", "prospects but"), "stative (content)"),
            (("planned", "B and C planned"), "internal restructuring plan (forming a subsidiary: no type)"),
            ("form", "content (internal restructuring)"),
            ("envisaged", "the company's own plan (internal; STATEMENT arguable)"),
            ("advise", "content of the retainer"),
            ("introduction", "content of the retainer (corporate finance)"),
            ("subscribe", "corporate finance (content)"),
            (("believes", "and"), "the company's belief (internal; STATEMENT arguable)"),
            ("exceed", "content"),
            (("support", "continued"), "content of the statement (support of its own subsidiary)"),
            ("emerge", "content of the statement"),
            ("take advantages", "content of the statement"),
            (("seek", "would not"), "corporate finance (a stock-market listing, negated), content of the statement"),
            (("said", "B and C also said"), "rule-3 attribution (the retirement is the event)"),
            ("proposed", "proposal of appointments (appointments are not events; STATEMENT arguable)"),
            ("appointed", "appointment (not an event)"),
            ("take over", "appointment (not an event)"),
            ("eased", "market-price movement"),
        ],
        "entities": [
            ("British and Commonwealth Shipping Co Plc", "ORG", "GBR"),
            ("Exco International Plc", "ORG", "GBR"),
            ("Steel Brothers Holdings Plc", "ORG", "GBR"),
            ("B and C", "ORG", "GBR"),
            ("Barclays de Zoete Wedd", "ORG", "GBR"),
            (("B and C", "support of"), "ORG", "GBR"),
            (("B and C", "B and C also"), "ORG", "GBR"),
            (("Cayzer", "Lord"), "PERSON", "GBR"),
            ("John Gunn", "PERSON", "GBR"),
            (("B and C", "B and C shares"), "ORG", "GBR"),
        ],
    },
    "reuters21578-3364": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Charles DiBona"), ("Charles DiBona",) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "no options should be rejected to combat U.S. oil dependence (an evaluation with no actor asked, "
             "EVENTS.md 2's 'action was required now'); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "DiBona said at"), (("DiBona", "DiBona said at"),) + USA_ORG, None, NY_TXT,
             "1987-03-09", "day", "today", "asserted", 0,
             "later mention: the quoted restatement 'No action should be ruled out' (EVENTS.md 3), at a conference "
             "in New York today"),
            # 2
            ("STATEMENT", ("said", "DiBona said there"), (("DiBona", "DiBona said there"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "no unanimity in the industry but consensus on removing policies (assessment); DCT"),
            # 3
            ("REQUEST", ("said", "DiBona said the windfall"), (("DiBona", "DiBona said the windfall"),) + USA_ORG,
             (None,) + USA_GOV, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "the windfall profit tax should be abolished and the regulation proposals not adopted (prescriptive "
             "talk aimed at the implied U.S. government, EVENTS.md 2; STATEMENT arguable); DCT"),
            # 4
            ("REQUEST", "suggested", (("He", "He also"),) + USA_ORG, (None,) + USA_GOV, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "suggested the Arctic refuge be opened for leasing (a call on the implied U.S. government; the "
             "trailing 'DiBona said' is the same act, not listed); DCT"),
            # 5
            ("STATEMENT", ("said", "Alaskan oil"), (("DiBona", "Alaskan oil"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None, "'a battle the industry cannot afford to lose'; DCT"),
            # 6
            ("STATEMENT", ("said", "particularly from OPEC"), (("DiBona", "particularly from OPEC"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None, "production, consumption and import dependence "
             "(statistics); DCT"),
        ],
        "skip": [
            (("rejected", "should be"), "content of the statement"),
            ("combat", "content of the statement"),
            ("ruled out", "content of the statement"),
            ("dialogue", "content of the statement"),
            ("stimulate", "content of the statement"),
            ("removing", "content of the statement"),
            ("hinder", "content of the statement"),
            ("abolished", "content of the request"),
            (("proposals", "current"), "background nominal (content of the request)"),
            (("adopted", "should be not"), "content of the request"),
            ("opened up", "content of the request"),
            ("battle", "metaphor (content of the statement)"),
            ("benefit", "content of the statement"),
            (("fallen", "has"), "statistics"),
            (("rose", "consumption"), "statistics"),
            (("raised", "that has"), "statistics"),
        ],
        "entities": [
            ("American Petroleum Institute", "ORG", "USA"),
            ("Charles DiBona", "PERSON", "USA"),
            (("U.S.", "growing"), "GPE", "USA"),
            (("DiBona", "DiBona said at"), "PERSON", "USA"),
            ("New York", "GPE", "USA"),
            (("DiBona", "DiBona said there"), "PERSON", "USA"),
            (("DiBona", "DiBona said the windfall"), "PERSON", "USA"),
            ("Arctic National Wildlife Refuge", "LOC", "USA"),
            (("Alaska", "Refuge in"), "GPE", "USA"),
            (("DiBona", "companies, DiBona"), "PERSON", "USA"),
            ("Alaskan", "NORP", "USA"),
            (("DiBona", "Alaskan oil"), "PERSON", "USA"),
            (("U.S.", "Since 1986"), "GPE", "USA"),
            ("OPEC", "ORG", None),
            (("DiBona", "particularly from OPEC"), "PERSON", "USA"),
        ],
    },
    "reuters21578-18275": {
        "events": [
            # 0
            ("STATEMENT", ("said", "U.S. Agriculture Department"), ("the U.S. Agriculture Department",) + USA_GOV,
             None, WAS, "1987-06-02", "day", None, "asserted", None,
             "some producers may be eligible for deficiency payments (a domestic farm-program rule: no type); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "The department said the provision"),
             (("The department", "The department said the provision"),) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", None, "who the provision is available to (rule); DCT"),
            # 2
            ("STATEMENT", ("said", "being accepted, it"), (("it", "being accepted,"),) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", None, "producers will be informed by local offices; DCT"),
            # 3
            ("STATEMENT", ("said", "The department said producers"),
             (("The department", "The department said producers"),) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", None, "who may use the 0/92 option (rule); DCT"),
        ],
        "skip": [
            ("payments", "domestic farm-program payments (content; AID arguable)"),
            (("prevented", "who were"), "content (natural disaster)"),
            (("enroll", "did not"), "content (condition)"),
            ("signing-up", "content (condition)"),
            ("informed", "content of the statement (domestic administration)"),
            (("accepted", "applications are being"), "content of the statement"),
            ("preventedf", "content (condition)"),
            ("approved", "domestic designation for emergency loans (content; AID arguable)"),
            (("loans", "emergency"), "background nominal (domestic disaster loans)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Farmers Home Administration", "ORG", "USA"),
        ],
    },
    "reuters21578-21123": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Department analysts"), ("Agriculture Department analysts",) + USA_GOV, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "the Soviet targets indicate a 205-213 mln tonne crop estimate (analysts of a named government body, "
             "EVENTS.md 4's officials; anonymous analysts arguable); DCT, dateline city"),
            # 1
            ("STATEMENT", "projecting", ("USDA",) + USA_GOV, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "USDA is projecting the Soviet crop at 210 mln tonnes (a forecast by a named body, 53a's 'estimated'); "
             "present progressive: DCT"),
            # 2
            ("STATEMENT", ("estimates", "earlier"), ("Soviet officials",) + SUN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "earlier estimates from Soviet officials that the crop could match the 1978 record (a nominal with its "
             "own predication, EVENTS.md 11); 'earlier' gives no value: undated"),
            # 3
            ("STATEMENT", "outlined", (("Moscow", "Moscow outlined"),) + SUN_GOV, None, None,
             "1987-10-19", "day", "Monday", "asserted", None,
             "Moscow outlined its 1988 economic targets on Monday (an announcement with no type); past Monday on or "
             "before Mon 1987-10-19 = the DCT; 'putting' its participial elaboration"),
            # 4
            ("STATEMENT", "noted", ("An analyst of Soviet agriculture at USDA",) + USA_GOV, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "relays an Izvestia article (an official of a named body); DCT"),
            # 5
            ("STATEMENT", ("said", "Izvestia"), ("Izvestia",) + ("SUN", "ORG"), None, None,
             None, "unknown", None, "asserted", None,
             "a recent Izvestia article said 1988 production is planned 25-30 mln tonnes higher (a newspaper, "
             "relayed by the analyst: second-hand, 'recent' gives no value: undated)"),
            # 6
            ("STATEMENT", ("said", "the analyst said"), ("the analyst",) + USA_GOV, None, WAS,
             "1987-10-19", "day", None, "asserted", None, "the Soviets' own estimate is 205-213 mln tonnes; DCT"),
            # 7
            ("STATEMENT", "predicted", ("Viktor Nikonov",) + SUN_GOV, None, US_TXT,
             "1987-10", "month", "earlier this month", "asserted", None,
             "Nikonov predicted a crop as good as last year's while in the U.S. earlier this month (month "
             "precision), located in the U.S."),
            # 8
            ("STATEMENT", "commented", ("A member of Nikonov's party",) + SUN_GOV, None, US_TXT,
             "1987-10", "month", "earlier this month", "asserted", None,
             "a member of Nikonov's delegation (an official of a named government) on harvest problems; placed "
             "inside the visit of the previous sentence (rule 3: 1987-10, the U.S.; DCT arguable)"),
        ],
        "skip": [
            ("announcements", "background nominal (Moscow's announcements; STATEMENT SUN undated arguable)"),
            ("indicate", "stative (inference)"),
            ("estimating", "content (the Soviets' inferred internal estimate)"),
            ("match", "content of the estimates"),
            ("putting", "participial elaboration of 'outlined' (EVENTS.md 3)"),
            (("planned", "1988 is"), "content of the article"),
            (("expected", "more than"), "content of the article"),
            ("indicates", "content of the statement"),
            ("calculating", "USDA's own calculation (no type)"),
            ("used", "USDA's own calculation (no type)"),
            ("published", "publication by an unnamed Soviet journal (STATEMENT SUN 1987-10 arguable)"),
            (("said", "a USDA source"), "anonymous-source talk (a USDA source)"),
            (("estimate", "production estimate"), "anaphoric nominal (USDA's estimate)"),
            ("damaged", "weather (no actor)"),
            ("slowed", "weather (no actor)"),
            ("lowered", "weather (no actor)"),
            (("said", "production, analysts"), "anonymous-source talk (analysts; likely the USDA analysts of the "
                                              "lead, STATEMENT USA arguable)"),
            ("While in the U.S.", "presupposed visit in a temporal clause (CONSULT SUN -> USA 1987-10 arguable)"),
            ("bring", "content of the comment"),
        ],
        "entities": [
            ("Moscow", "GPE", "SUN"),
            ("Soviets", "NORP", "SUN"),
            ("Agriculture Department", "ORG", "USA"),
            ("USDA", "ORG", "USA"),
            (("Soviet", "projecting the"), "NORP", "SUN"),
            (("Soviet", "estimates from"), "NORP", "SUN"),
            (("Moscow", "Moscow outlined"), "GPE", "SUN"),
            (("Soviet", "An analyst of"), "NORP", "SUN"),
            (("USDA", "agriculture at"), "ORG", "USA"),
            ("Izvestia", "ORG", "SUN"),
            (("Soviet", "Izvestia said"), "NORP", "SUN"),
            (("Moscow", "calculating"), "GPE", "SUN"),
            (("USDA", "crop estimate,"), "ORG", "USA"),
            (("Soviet", "published in a"), "NORP", "SUN"),
            (("USDA", "USDA's production"), "ORG", "USA"),
            (("USDA", "a USDA source"), "ORG", "USA"),
            (("Soviet", "rains damaged"), "NORP", "SUN"),
            (("Soviet", "lowered"), "NORP", "SUN"),
            (("U.S.", "While in the"), "GPE", "USA"),
            (("Soviet", "earlier this month,"), "NORP", "SUN"),
            ("Viktor Nikonov", "PERSON", "SUN"),
            (("Nikonov", "member of"), "PERSON", "SUN"),
        ],
    },
    "reuters21578-13286": {
        "events": [
            # 0
            ("COOPERATE", "imported", ("Indonesia",) + IDN_GOV, ("Cuba", "CUB", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Indonesia has imported 12,000 tonnes of refined sugar from Cuba (a trade exchange between two "
             "identified countries); present perfect: undated (rule 17; 'today' dates the arrival, another "
             "sentence); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "food agency\nofficial"), ("the food agency official",) + IDN_GOV, None, JKT,
             "1987-04-06", "day", None, "asserted", None,
             "the sugar arrived today and will be distributed (no type); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "Bustanil Arifin, has"), ("Bustanil Arifin",) + IDN_GOV, None, JKT,
             "1987-04-06", "day", None, "asserted", None,
             "production expected to rise but consumption soared (assessment); 'has said' takes the DCT "
             "(EVENTS.md 16)"),
            # 3
            ("STATEMENT", "forecast", ("The government",) + IDN_GOV, None, JKT,
             "1987-04-06", "day", None, "asserted", None,
             "forecast of 1987 sugar production (a forecast release); 'has forecast' taken as 'have said': DCT"),
        ],
        "skip": [
            (("said", "provincial food agency"), "rule-3 attribution (the import is the event)"),
            ("meet", "purpose clause"),
            (("imported", "The imported"), "anaphoric (the imported sugar)"),
            ("needed", "stative"),
            ("shut down", "refinery closures with no named actor"),
            ("arrived", "content of the statement (arrival of the shipment)"),
            (("distributed", "will be"), "content of the statement (domestic distribution)"),
            (("imported", "last year it"), "aggregate 1986 imports (background statistics; COOPERATE IDN -> THA/AGO/"
                                           "BRA 1986 arguable)"),
            ("bolster", "purpose clause"),
            (("expected", "last year was"), "content of the statement"),
            ("soared", "statistics (content)"),
            (("increase", "would"), "content of the forecast"),
            ("doubt", "anonymous-source talk (industry sources)"),
            (("met", "could be"), "content of anonymous talk"),
        ],
        "entities": [
            ("Indonesia", "GPE", "IDN"),
            ("Cuba", "GPE", "CUB"),
            ("South Sulawesi", "GPE", "IDN"),
            ("Ujungpandang", "GPE", "IDN"),
            (("Indonesia", "Indonesia used"), "GPE", "IDN"),
            ("Thailand", "GPE", "THA"),
            ("Angola", "GPE", "AGO"),
            ("Brazil", "GPE", "BRA"),
            (("Indonesia", "Indonesia's"), "GPE", "IDN"),
            ("Bustanil Arifin", "PERSON", "IDN"),
        ],
    },
    "reuters21578-5972": {
        "events": [
            # 0
            ("STATEMENT", ("said", "officer in Moscow"), ("the U.S. Agriculture Department's officer in Moscow",)
             + USA_GOV, None, MOSCOW_TXT,
             "1987-03-17", "day", None, "asserted", None,
             "the USDA officer's field report (a report by a named author, EVENTS.md 4): intensive technology put "
             "a floor under Soviet output; no report date: DCT; located where the officer is (Moscow)"),
            # 1
            ("STATEMENT", ("said", "Radio Moscow,"), ("The report",) + USA_GOV, None, MOSCOW_TXT,
             "1987-03-17", "day", None, "asserted", None,
             "the report relays a Radio Moscow broadcast on output floors ('quoting' part of the attribution); DCT"),
            # 2
            ("STATEMENT", "forecasts", ("The U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-03-17", "day", "currently", "asserted", None,
             "USDA currently forecasts the USSR crop at 210.1 mln tonnes (a forecast release; 'currently' = DCT)"),
        ],
        "skip": [
            ("field report", "part of the reporting clause"),
            (("put", "has put"), "content of the report"),
            ("quoting", "attribution (the relayed source; STATEMENT by Radio Moscow, SUN, undated arguable)"),
            (("broadcast", "quoting a"), "nominal: the relayed source (STATEMENT SUN arguable)"),
            (("fall", "will not"), "content of the report"),
            (("reach", "could"), "content of the report"),
            ("realized", "condition"),
            ("exceeded", "statistics"),
            ("harvested", "statistics"),
            ("according to", "a document (USDA data), not a speech act"),
        ],
        "entities": [
            ("USSR", "GPE", "SUN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Moscow", "officer in"), "GPE", "SUN"),
            ("Radio Moscow", "ORG", "SUN"),
            (("U.S. Agriculture Department", "reach 250"), "ORG", "USA"),
            (("USSR", "year's USSR"), "GPE", "SUN"),
            ("Soviet Union", "GPE", "SUN"),
            ("USDA", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
