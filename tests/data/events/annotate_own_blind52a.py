"""Build ``own_blind52a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind52a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 51 (2363 left); 24 drawn with random.Random(52101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
35 event records (30 first mentions, 5 later mentions), 108 not_annotated spans, 113 entity mentions
(ORG 44, GPE 42, NORP 15, PERSON 7, LOC 5); no article without events; 15095 (cocoa producers' meeting,
anonymous sources) has a single AGREE, 3128 (Lloyds base rate) a single STATEMENT, 11246 (GMAC notes)
STATEMENTs only, 14939 (Iran/Iraq) and 6508 (Sheldahl/Sumitomo) no STATEMENT. Types: STATEMENT 10,
ASSAULT 6, ACCUSE 4, SANCTION 3, AGREE 3, COOPERATE 3, AID 2, CONSULT 2, REQUEST 1, COERCE 1; modality:
asserted 32, planned 3; precision: unknown 15, day 13, month 7.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every anchor landed on the intended word, checked also for
duplicate or overlapping entity spans: none). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not tagged ("Energy and Mines Minister
Arturo Hernandez Grisanti", "Deputy Energy Minister Fernando Santos Alvite": the PERSON only, 17a);
bracketed company names are tagged without the brackets, tickers left out; possessive 's left out; places
inside organisation names are not tagged separately ("London" in "ACLI Metals (London) Ltd" and "ACLI
London", "U.S." in "Equitable Life Assurance Society of the U.S.", "England" in "Bank of England").
Countries: Associated Metals and Minerals Corp / "Associated" USA (dateline NEW YORK), "Swiss" NORP CHE,
Metall und Rohstoff AG (also the misspelt "Metal und Rohstoff") ORG CHE, Donaldson Lufkin and Jenrette Inc
/ DLJ and Equitable Life Assurance Society of the U.S. ORG USA, ACLI Metals (London) Ltd / "ACLI" / "ACLI
London" ORG GBR (DLJ's London unit, as the earlier sets' London arms), "London" GPE GBR (also in "A London
Commercial court": the lower-case "court" is generic, so only the city is tagged; an ORG span "London
Commercial court" arguable); the Cocoa Producers Alliance / CPA ORG null, "West African" NORP null, Brazil
BRA, Ivory Coast CIV, Ghana GHA; General Motors Acceptance Corp / GMAC, General Motors Corp, Salomon
Brothers Inc and Wendy Dietz USA; Lloyds Bank Plc, National Westminster Bank Plc, the Bank of England,
"British" NORP and "U.K." GBR; Venezuela / "Venezuelan" and Arturo Hernandez Grisanti VEN, Ecuador, Balao,
Guayaquil and Fernando Santos Alvite ECU, OPEC ORG null (the lower-case "pacific port" is not tagged);
"Iranian" / "Iranians" NORP IRN and IRNA ORG IRN, Iraq, Baghdad, Basra GPE IRQ, "Iraqi" NORP IRQ, INA ORG
IRQ, Fish Canal LOC IRQ, "Gulf" (of "the Gulf war") LOC null (4b); Sheldahl Inc / Sheldahl USA (dateline
NORTHFIELD, MINN.), Sumitomo Bakelite Co Ltd / "Sumitomo Bakelite" / "Sumitomo" ORG JPN, Tokyo and Japan
GPE JPN; the Pacific Stock Exchange / PSE and Maurice Mann USA, China and Shanghai CHN, Hong Kong HKG, the
Pacific Rim and the Far East LOC null.

Judgement calls made here:
* 16579 (Metall und Rohstoff sues DLJ, DCT Mon 1987-04-13, NEW YORK): "Associated Metals ... said its
  Swiss subsidiary, Metall und Rohstoff AG, sued Donaldson Lufkin and Jenrette Inc" is ACCUSE CHE BUS ->
  USA BUS on "sued" (a lawsuit is formal legal action against a party: PLOVER's accuse / bring suit),
  undated (a non-speech event with no time expression, EVENTS.md 17), "said" rule-3 attribution. "The
  amount reflects the unsatisfied portion of a judgment issued in February by a London court against ACLI
  Metals (London) Ltd ..., the company said": the saying is a STATEMENT (an assessment; USA BUS, DCT, NEW
  YORK) and the judgment a nominal with its own agent, target and date (EVENTS.md 11): SANCTION GBR GOV
  (the court) -> GBR BUS (ACLI, DLJ's London unit) on "judgment" (an adverse ruling, 20a/28b), 1987-02
  ("in February", past bare month), located in London. "A London Commercial court found that a DLJ
  managing director and ACLI employees fraudulently misappropriated ... collateral in 1983" is the same
  ruling's later mention, split by the targets' countries (EVENTS.md 12): SANCTION GBR -> USA (the DLJ
  director) and GBR -> GBR (ACLI employees), taking the first mention's 1987-02; "it said" rule-3
  attribution, the 1983 misappropriation content of the finding (skipped; it dates the fraud, not the
  ruling). "The court awarded 76 mln dlrs plus costs to Metall und Rohstoff" is the ruling's terms
  (skipped; a further later mention arguable) and the partial payment "received ... from ACLI" has no
  clear type (skipped). "The new lawsuit alleges that DLJ management misappropriated collateral and also
  charges it with breach of trust" gives two later mentions of the suit (ACCUSE, the plaintiff implied CHE
  BUS -> DLJ management USA BUS, one per verb, EVENTS.md 3's two clauses), undated as the first; "lawsuit"
  is the anaphoric subject (skipped). "Metall und Rohstoff has filed a petition in London seeking the
  compulsory involuntary bankruptcy of ACLI London" is another legal action against a party: ACCUSE CHE
  BUS -> GBR BUS on the event noun "petition" ("filed" left open as its light verb), undated (perfect),
  located in London; "seeking" is part of it (skipped; REQUEST to the court arguable). "It is expected
  that a liquidator will be named shortly, Associated said" is a STATEMENT (a forecast of an appointment,
  which is not an event); "DLJ is owned by" is stative.
* 15095 (cocoa producers' meeting, DCT Wed 1987-04-08, YAOUNDE): every speaker is anonymous ("sources
  close to a meeting", "The sources", "They", "Another source"; EVENTS.md 4), so their "said" / "noted"
  are skipped, and "one delegate representing a major CPA producer" is a delegate of an unnamed country
  (29b's delegates: "commented" skipped). The Cocoa Producers Alliance meeting ("which began on Monday",
  "due to end tomorrow evening") is an internal meeting of one body (45a/49a's OPEC and ATPC meetings,
  29b's ICCO council: skipped, with "discussed" its topics); the exporters' limiting of sales is content
  of anonymous talk and a market measure with no counterpart, "producers agreed that cutting sales would
  aid the buffer stock manager" agreement with an assessment inside anonymous talk (own_dev's "agreed"),
  the manager's entering the market and buying are buffer-stock market operations. The one event: "Major
  cocoa producing and consuming nations agreed operation rules for the buffer stock at a meeting in London
  last month" is AGREE by a group of countries (null, no actor2, own_blind3's Paris accord), 1987-03
  ("last month"), located in London; the meeting is its setting (the ICCO council: an internal meeting of
  one body, skipped; CONSULT arguable; 29b skipped the working group's drafting of the same rules as
  internal work, so a skip of the AGREE would also be defensible).
* 11246 (GMAC euro MTN programme, DCT Tue 1987-03-31, LONDON): the programme launch and note sales are
  corporate finance (skipped), so "GMAC ... will launch ... on April 7, said Wendy Dietz, a vice-president
  at Salomon Brothers Inc" is a STATEMENT (own_blind2's lead-manager call; USA BUS; "April 7" dates the
  launch, not the saying: DCT) and "She told a conference here ... that GMAC is looking to obtain as fine
  pricing" a second STATEMENT (DCT, located in London: "here"). "The notes will be sold on a continuously
  offered basis" has no reporting clause (skipped as terms).
* 3128 (Lloyds base rate cut, DCT Mon 1987-03-09, LONDON; a sister story of 47b's 3103, annotated the
  same way): a bank's own base-rate cut is pricing with no type (45b/46a/47b), so "Lloyds Bank Plc said it
  is cutting its base lending rate" is one STATEMENT (GBR BUS, DCT; "effective tomorrow" dates the cut);
  the other banks' "similar moves" and NatWest's leading "this morning" are pricing, the Bank of England's
  dealing-rate cut and its "signal" monetary operations (EVENTS.md 10), its "efforts last week to prevent
  market forces from bringing down base rates" a monetary policy stance, the Budget a background nominal.
* 4609 (Venezuela lends Ecuador crude, DCT Thu 1987-03-12, CARACAS; the same deal as 4b's 6184 and 22a's
  5118): "Venezuela will lend Ecuador 50,000 barrels per day ... over the next few months ..., Energy and
  Mines Minister Arturo Hernandez Grisanti said today" is AID VEN GOV -> ECU GOV (credit / relief),
  planned, undated ("today" dates the saying, which is attribution; "over the next few months" gives no
  value; 22a's call). "He said that under the terms of this loan, ... Ecuador will begin repaying the loan
  in August" is a STATEMENT (loan terms; the repayment skipped as a term, 4b/22a; VEN GOV, DCT, CARACAS);
  inside it, "agreed during a visit here this week" is AGREE VEN -> ECU (implied parties, the lender first
  as in the lead; ECU -> VEN, as 4b's "initialled" by Santos Alvite, arguable) and "a visit here this week
  by Ecuador's Deputy Energy Minister Fernando Santos Alvite" CONSULT ECU GOV -> VEN GOV (visitor first,
  host implied, EVENTS.md 13), both 1987-03 ("this week", kept at its month, EVENTS.md 21), located in
  Caracas ("here"). "Hernandez Grisanti said the loan will go part way to offsetting the loss" is a
  STATEMENT (assessment); the earthquake damage, the export suspension it forced and the pipeline repair
  are accidents / no type. "Santos Alvite said Ecuador will ask OPEC to allow it to produce 100,000 bpd
  above its quota" is REQUEST ECU GOV -> OPEC (null IGO), planned, undated, "said" rule-3 attribution
  ("when the pipeline is repaired" times the extra output, not the asking). "Hernandez Grisanti said also
  a first 300,000 barrels shipment of Venezuelan crude oil will leave for Ecuador this weekend" is its own
  AID VEN -> ECU on "leave" (the first shipment of a separate five mln barrel loan for domestic needs),
  planned, 1987-03 ("this weekend", 14-15 March, kept at its month as a week), "said" attribution; "part
  of a five mln additional crude oil loan by Venezuela" is a bare background nominal (skipped; a separate
  AID arguable, 22a took the tranches as later mentions). '"If we had not supplied oil to Ecuador ...," he
  said' is a STATEMENT (the counterfactual "supplied" skipped).
* 14939 (Iran attacks near Basra, DCT Wed 1987-04-08, BAHRAIN): as 4b/20b/22a/26a's Basra stories, every
  "said" of Iraq, Baghdad, IRNA and INA is rule-3 attribution, the fighting being the events, and a
  "said yesterday" / "said earlier" dates only the saying. "Iranian forces mounted fresh attacks on the
  Gulf war southern front today" is ASSAULT IRN MIL -> IRQ (implied) on the event noun "attacks",
  1987-04-08, located on the southern front (IRQ); "but Iraq said all were repulsed" is ASSAULT IRQ
  (implied) -> IRN placed in today's attacks (rule 3: 1987-04-08, as 4b's "repelled" and 22a's
  "annihilated"), and "INA said Iraqi forces beat back the latest Iranian thrusts" its later mention
  (the latest thrusts = today's fresh attacks; "thrusts" skipped as the object). "IRNA said Iranian troops
  inflicted severe losses on Iraqi troops ... on the second day of a new offensive east of ... Basra" is
  ASSAULT IRN -> IRQ, undated (the text does not date the offensive's start, so "the second day" has no
  value; 1987-04-08 if it is the lead's "today" arguable); "a new offensive" is an adjunct naming the
  offensive (skipped, 26a). '"A number of tanks and personnel carriers were seized intact ...," IRNA said'
  is COERCE IRN MIL (implied) -> IRQ MIL (seizure of equipment; ASSAULT as part of the fighting
  arguable), undated; "which were used against the enemy" skipped as part of the fighting. "Baghdad said
  earlier that the Iranians had gained 'footholds' on Iraqi territory after launching the offensive" is
  ASSAULT IRN -> IRQ on "gained" (22a's footholds), undated (pluperfect), "launching the offensive"
  skipped as part of it. "IRNA said yesterday the Iranians overran the headquarters of two Iraqi brigades
  west of Fish Canal" is ASSAULT IRN -> IRQ MIL, undated (simple past relayed by yesterday's report),
  located west of Fish Canal.
* 6508 (Sheldahl / Sumitomo Bakelite, DCT Wed 1987-03-18, NORTHFIELD, MINN.): "Sheldahl Inc said it
  signed the previously announced agreements with Sumitomo Bakelite Co Ltd" is AGREE USA BUS -> JPN BUS,
  undated (rule 17), "said" attribution, the earlier announcement a background participle and "providing
  for" content (skipped). "each company granted the other a license to use flexible circuit ...
  technology" is COOPERATE (technology licensing, a material exchange), split into two records by the
  parties' countries (USA -> JPN and JPN -> USA, EVENTS.md 12), undated. "Sumitomo Bakelite has purchased
  10 pct ... of Sheldahl common stock" is COOPERATE JPN BUS -> USA BUS (a stake acquisition), undated.
  "Sheldahl will be a minority holder in Sumitomo's next ... operation" is a planned stake stated as a
  future state (skipped; COOPERATE planned arguable). No STATEMENT.
* 5979 (Pacific Stock Exchange China trip, DCT Tue 1987-03-17, SAN FRANCISCO): "The Pacific Stock Exchange
  said officials of the exchange and other representatives from the U.S. concluded a 10-day trip to
  China" is CONSULT USA (one same-country compound, EVENTS.md 12) -> CHN (host; kind null: the
  counterparts are financial executives) on the event noun "trip" ("concluded" its light verb, left open),
  undated (no time expression), located in China, "said" rule-3 attribution; exchanging information with
  Shanghai and Hong Kong executives is the trip's purpose (skipped). "The exchange said the trip was to
  explore potential trading links ..." and '"This trip represents the PSE's first effort to provide
  technical assistance and begin cooperative relationships ...," Maurice Mann, chairman of PSE, said in a
  statement' are two STATEMENTs (USA BUS, DCT, SAN FRANCISCO); the aims (exploring, discussing, providing
  assistance, beginning relationships) are content and "trip" anaphoric (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind52a.jsonl"

NY = ("NEW YORK", "USA")
LON = ("LONDON", "GBR")
CCS = ("CARACAS", "VEN")
SF = ("SAN FRANCISCO", "USA")
LONDON_CITY = ("London", "GBR")
SOUTH_FRONT = ("southern front", "IRQ")
BASRA = ("Basra", "IRQ")

COURT2 = ("A London Commercial court", "GBR", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16579": {
        "events": [
            # 0
            ("ACCUSE", "sued", ("Metall und Rohstoff AG", "CHE", "BUS"),
             ("Donaldson Lufkin and Jenrette Inc", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the Swiss subsidiary sued DLJ for 65 mln dlrs (a lawsuit: formal legal action against a party); no "
             "time expression: undated (rule 17); Associated's 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "the company said"), (("the company", "the company said"), "USA", "BUS"), None, NY,
             "1987-04-13", "day", None, "asserted", None,
             "assessment: the amount reflects the unsatisfied portion of a London judgment; wire style: DCT, "
             "dateline city"),
            # 2
            ("SANCTION", "judgment", ("a London court", "GBR", "GOV"), ("ACLI Metals (London) Ltd", "GBR", "BUS"),
             LONDON_CITY,
             "1987-02", "month", "February", "asserted", None,
             "judgment issued in February by a London court against ACLI (adverse ruling; nominal with its own "
             "agent, target and date, EVENTS.md 11)"),
            # 3
            ("SANCTION", "found", COURT2, ("a DLJ managing director", "USA", "BUS"), LONDON_CITY,
             "1987-02", "month", "February", "asserted", 2,
             "later mention: the court found a DLJ director misappropriated collateral (compound target split, "
             "EVENTS.md 12); 'it said' attribution; first mention's date"),
            # 4
            ("SANCTION", "found", COURT2, ("ACLI employees", "GBR", "BUS"), LONDON_CITY,
             "1987-02", "month", "February", "asserted", 2,
             "later mention: the finding against ACLI employees (compound target split)"),
            # 5
            ("ACCUSE", "alleges", (None, "CHE", "BUS"), ("DLJ management", "USA", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the new lawsuit alleges DLJ management misappropriated collateral (plaintiff implied)"),
            # 6
            ("ACCUSE", "charges", (None, "CHE", "BUS"), (("it", "charges it"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the suit also charges DLJ with breach of trust and abuse of process (second clause)"),
            # 7
            ("ACCUSE", "petition", (("Metall und Rohstoff", "In addition"), "CHE", "BUS"), ("ACLI London", "GBR", "BUS"),
             LONDON_CITY,
             None, "unknown", None, "asserted", None,
             "petition in London seeking ACLI's involuntary bankruptcy (legal action against a party; 'filed' its "
             "light verb); perfect, no time expression: undated"),
            # 8
            ("STATEMENT", ("said", "Associated said"), (("Associated", "Associated said"), "USA", "BUS"), None, NY,
             "1987-04-13", "day", None, "asserted", None,
             "forecast: a liquidator is expected to be named shortly; wire style: DCT, dateline city"),
        ],
        "skip": [
            ("said", "attribution of the lawsuit (rule 3)"),
            ("reflects", "content of the statement (stative)"),
            (("said", "trading accounts, it"), "attribution of the court's finding (rule 3)"),
            ("fraudulently misappropriated", "content of the court's finding (the 1983 fraud; COERCE arguable)"),
            (("cover", "to cover"), "content of the finding (purpose)"),
            ("awarded", "terms of the judgment (the damages awarded; a later SANCTION mention arguable)"),
            ("received", "partial payment under the judgment (no clear type)"),
            ("lawsuit", "anaphoric nominal (the suit)"),
            (("misappropriated", "DLJ management"), "content of the allegation"),
            ("seeking", "part of the petition (REQUEST to the court arguable)"),
            ("expected", "part of the forecast"),
            ("named", "appointment of a liquidator (not an event), content of the statement"),
            ("owned", "stative (ownership)"),
        ],
        "entities": [
            ("Associated Metals and Minerals Corp", "ORG", "USA"),
            ("Swiss", "NORP", "CHE"),
            ("Metall und Rohstoff AG", "ORG", "CHE"),
            ("Donaldson Lufkin and Jenrette Inc", "ORG", "USA"),
            ("New York", "GPE", "USA"),
            ("London", "GPE", "GBR"),
            ("ACLI Metals (London) Ltd", "ORG", "GBR"),
            ("DLJ", "ORG", "USA"),
            (("London", "A London Commercial"), "GPE", "GBR"),
            (("DLJ", "a DLJ managing"), "ORG", "USA"),
            (("ACLI", "ACLI employees"), "ORG", "GBR"),
            ("Metal und Rohstoff", "ORG", "CHE"),
            (("Metall und Rohstoff", "The court awarded"), "ORG", "CHE"),
            (("ACLI", "from ACLI"), "ORG", "GBR"),
            (("DLJ", "DLJ management"), "ORG", "USA"),
            (("Metall und Rohstoff", "In addition"), "ORG", "CHE"),
            (("London", "petition in"), "GPE", "GBR"),
            ("ACLI London", "ORG", "GBR"),
            (("Associated", "Associated said"), "ORG", "USA"),
            (("DLJ", "DLJ is owned"), "ORG", "USA"),
            ("Equitable Life Assurance Society of the U.S.", "ORG", "USA"),
        ],
    },
    "reuters21578-15095": {
        "events": [
            # 0
            ("AGREE", ("agreed", "consuming nations"), ("Major cocoa producing and consuming nations", None, "GOV"),
             None, LONDON_CITY,
             "1987-03", "month", "last month", "asserted", None,
             "producing and consuming nations agreed buffer stock operation rules at a meeting in London last "
             "month (a group of countries: null, no actor2, own_blind3's Paris accord)"),
        ],
        "skip": [
            ("limit sales", "content of anonymous-source talk (exporters' market measure, no counterpart)"),
            (("meeting", "sources close to a"), "internal meeting of one body (the CPA meeting, 45a's OPEC meeting)"),
            (("said", "(CPA)"), "anonymous-source talk (sources close to the meeting)"),
            (("said", "The sources said"), "anonymous-source talk"),
            ("discussed", "topics of an internal meeting of one body, inside anonymous talk"),
            (("meeting", "closed door"), "internal meeting of one body (the CPA meeting which began on Monday)"),
            ("began", "internal meeting of one body (its start)"),
            (("said", "They said"), "anonymous-source talk"),
            (("agreed", "producers agreed"), "agreement with an assessment inside anonymous talk (no counterpart)"),
            ("cutting sales", "content of anonymous-source talk"),
            (("aid", "would aid"), "content of anonymous-source talk (an assessment)"),
            (("support", "effort to support"), "content (the manager's price support)"),
            (("meeting", "at a meeting in London"), "setting of the agreement (ICCO council: internal meeting of one "
             "body; CONSULT arguable)"),
            ("enter the market", "buffer stock market operation (no type)"),
            (("fell", "recently fell"), "market movement"),
            (("buy", "has to buy"), "generic rule (buffer stock purchases)"),
            ("buying", "generic (buffer stock operations)"),
            ("selling", "generic (buffer stock operations)"),
            ("commented", "delegate of an unnamed producer (not an identifiable speaker, 29b)"),
            (("said", "Another source"), "anonymous-source talk"),
            (("sold", "crop sold"), "statistics (crop sold)"),
            ("limiting sales in", "content of anonymous-source talk"),
            ("noted", "anonymous-source talk"),
            ("authorized", "generic (marketing boards' role)"),
            (("meeting", "The meeting here"), "internal meeting of one body (the CPA meeting)"),
            (("end", "due to end"), "internal meeting of one body (its planned end)"),
        ],
        "entities": [
            ("Cocoa Producers Alliance", "ORG", None),
            ("CPA", "ORG", None),
            (("CPA", "11-member CPA"), "ORG", None),
            ("London", "GPE", "GBR"),
            (("CPA", "major CPA"), "ORG", None),
            ("Brazil", "GPE", "BRA"),
            ("West African", "NORP", None),
            ("Ivory Coast", "GPE", "CIV"),
            (("Brazil", "Coast, Brazil"), "GPE", "BRA"),
            ("Ghana", "GPE", "GHA"),
            (("CPA", "The CPA includes"), "ORG", None),
        ],
    },
    "reuters21578-11246": {
        "events": [
            # 0
            ("STATEMENT", ("said", "April 7,"), ("Wendy Dietz", "USA", "BUS"), None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "announcement of GMAC's note programme launch on April 7 (corporate finance: no type; the date is the "
             "launch's); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("She", "USA", "BUS"), None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "told a conference here GMAC seeks fine pricing (corporate finance content); DCT, London ('here')"),
        ],
        "skip": [
            ("launch", "corporate finance (note programme launch), content of the statement"),
            ("looking to obtain", "corporate finance (pricing), content of the statement"),
            (("sold", "will be sold"), "corporate finance (terms of the notes' sale)"),
            ("offered", "corporate finance (terms)"),
        ],
        "entities": [
            ("General Motors Acceptance Corp", "ORG", "USA"),
            ("GMAC", "ORG", "USA"),
            ("General Motors Corp", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "billion U.S."), "GPE", "USA"),
            ("Wendy Dietz", "PERSON", "USA"),
            ("Salomon Brothers Inc", "ORG", "USA"),
            ("New York", "GPE", "USA"),
            (("GMAC", "that GMAC"), "ORG", "USA"),
            (("U.S.", "program in the"), "GPE", "USA"),
            (("U.S.", "so far in the"), "GPE", "USA"),
        ],
    },
    "reuters21578-3128": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Lloyds Bank Plc", "GBR", "BUS"), None, LON,
             "1987-03-09", "day", None, "asserted", None,
             "Lloyds is cutting its base lending rate (a bank's own pricing: no type, 45b/46a/47b); wire style: "
             "DCT, dateline city"),
        ],
        "skip": [
            ("cutting", "the bank's own rate cut (pricing, no type)"),
            (("reduction", "The reduction"), "anaphoric nominal (the rate cut)"),
            ("follows", "pricing (following other banks' cuts)"),
            ("moves", "other banks' rate cuts (pricing)"),
            ("led the way", "NatWest's rate cut (pricing)"),
            ("lowered", "monetary operation (dealing rate cut, EVENTS.md 10)"),
            (("signal", "in a signal"), "monetary operation (content)"),
            ("tolerate", "content of the monetary signal"),
            (("reduction", "percentage point"), "content of the monetary signal"),
            (("signal", "surprise signal"), "anaphoric nominal (monetary operation)"),
            ("efforts", "monetary policy stance of the central bank"),
            ("prevent", "content of the monetary stance"),
            ("bringing down", "market movement"),
            ("Budget", "background nominal (domestic budget, planned)"),
        ],
        "entities": [
            ("Lloyds Bank Plc", "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            ("National Westminster Bank Plc", "ORG", "GBR"),
            ("Bank of England", "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
        ],
    },
    "reuters21578-4609": {
        "events": [
            # 0
            ("AID", "lend", ("Venezuela", "VEN", "GOV"), (("Ecuador", "lend"), "ECU", "GOV"), None,
             None, "unknown", None, "planned", None,
             "Venezuela will lend Ecuador 50,000 bpd of crude (credit / relief); 'said today' dates the saying "
             "(rule-3 attribution), 'over the next few months' gives no value: undated (22a)"),
            # 1
            ("STATEMENT", ("said", "He said that"), (("He", "He said that"), "VEN", "GOV"), None, CCS,
             "1987-03-12", "day", None, "asserted", None,
             "loan terms: Ecuador will begin repaying in August; wire style: DCT, dateline city"),
            # 2
            ("AGREE", "agreed", (None, "VEN", "GOV"), (None, "ECU", "GOV"), CCS,
             "1987-03", "month", "this week", "asserted", None,
             "the loan agreed during the visit here this week (implied parties, lender first; ECU -> VEN arguable); "
             "a week kept at its month (EVENTS.md 21)"),
            # 3
            ("CONSULT", "visit", ("Ecuador's Deputy Energy Minister Fernando Santos Alvite", "ECU", "GOV"),
             (None, "VEN", "GOV"), CCS,
             "1987-03", "month", "this week", "asserted", None,
             "visit to Caracas ('here') this week (visitor first, host implied, EVENTS.md 13)"),
            # 4
            ("STATEMENT", ("said", "Grisanti said the loan"),
             (("Hernandez Grisanti", "Hernandez Grisanti said the loan"), "VEN", "GOV"), None, CCS,
             "1987-03-12", "day", None, "asserted", None,
             "assessment: the loan will partly offset Ecuador's lost exports; DCT"),
            # 5
            ("REQUEST", "ask", (("Ecuador", "said Ecuador will"), "ECU", "GOV"), ("OPEC", None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "Ecuador will ask OPEC to allow output 100,000 bpd above quota; 'Santos Alvite said' rule-3 "
             "attribution; no time expression for the asking: undated"),
            # 6
            ("AID", "leave", ("Venezuelan", "VEN", "GOV"), (("Ecuador", "leave for"), "ECU", "GOV"), None,
             "1987-03", "month", "this\nweekend", "planned", None,
             "first 300,000 bbl shipment of Venezuelan crude (from a separate five mln bbl loan) leaves for Ecuador "
             "this weekend (14-15 March, kept at its month); 'said also' rule-3 attribution"),
            # 7
            ("STATEMENT", ("said", 'halt," he'), (("he", 'halt," he'), "VEN", "GOV"), None, CCS,
             "1987-03-12", "day", None, "asserted", None,
             "quote: without Venezuelan oil Ecuador would have ground to a halt; DCT"),
        ],
        "skip": [
            (("said", "Grisanti said today"), "attribution of the loan plan (rule 3; 'today' dates the saying)"),
            (("help", "months to help"), "purpose of the loan"),
            (("meet", "help it meet"), "purpose of the loan"),
            (("loan", "terms of this loan"), "anaphoric nominal (the loan)"),
            ("repaying", "loan terms (repayment; COOPERATE ECU -> VEN arguable), content of the statement"),
            (("loan", "repaying the loan"), "anaphoric nominal (the loan)"),
            (("loan", "Grisanti said the loan"), "anaphoric nominal (the loan)"),
            ("offsetting", "content of the assessment"),
            ("caused", "accident (earthquake damage)"),
            ("damage", "accident (earthquake)"),
            ("suspend", "export suspension forced by the earthquake (no type)"),
            ("put out of action", "accident"),
            (("said", "Santos Alvite said"), "attribution of the request (rule 3)"),
            ("allow", "content of the request"),
            (("produce", "to produce"), "content of the request"),
            ("repaired", "pipeline repair (no type)"),
            (("offset", "repaired to"), "purpose (content of the request)"),
            (("said", "Grisanti said also"), "attribution of the shipment (rule 3)"),
            (("help", "weekend to help"), "purpose of the shipment"),
            (("loan", "additional crude oil loan"), "background nominal (the five mln bbl loan the shipment belongs "
             "to; a separate AID arguable)"),
            ("processed", "domestic refining (no type)"),
            ("supplied", "counterfactual content of the quote (AID arguable)"),
            ("ground to a halt", "hypothetical content of the quote"),
        ],
        "entities": [
            ("Venezuela", "GPE", "VEN"),
            ("Ecuador", "GPE", "ECU"),
            ("Arturo Hernandez Grisanti", "PERSON", "VEN"),
            (("Ecuador", "by Ecuador's"), "GPE", "ECU"),
            ("Fernando Santos Alvite", "PERSON", "ECU"),
            (("Ecuador", "Alvite, Ecuador"), "GPE", "ECU"),
            (("Hernandez Grisanti", "Hernandez Grisanti said the loan"), "PERSON", "VEN"),
            (("Ecuador", "loss of Ecuador's"), "GPE", "ECU"),
            (("Ecuador", "Ecuador was forced"), "GPE", "ECU"),
            ("Balao", "GPE", "ECU"),
            (("Venezuela", "Venezuela has"), "GPE", "VEN"),
            (("Ecuador", "while Ecuador's"), "GPE", "ECU"),
            (("Santos Alvite", "Santos Alvite said"), "PERSON", "ECU"),
            (("Ecuador", "said Ecuador will"), "GPE", "ECU"),
            ("OPEC", "ORG", None),
            (("Hernandez Grisanti", "Hernandez Grisanti said also"), "PERSON", "VEN"),
            ("Venezuelan", "NORP", "VEN"),
            (("Ecuador", "leave for"), "GPE", "ECU"),
            (("Venezuela", "loan by"), "GPE", "VEN"),
            ("Guayaquil", "GPE", "ECU"),
            (("Ecuador", "supplied oil to"), "GPE", "ECU"),
        ],
    },
    "reuters21578-14939": {
        "events": [
            # 0
            ("ASSAULT", "attacks", ("Iranian forces", "IRN", "MIL"), (None, "IRQ", "MIL"), SOUTH_FRONT,
             "1987-04-08", "day", "today", "asserted", None,
             "Iranian forces mounted fresh attacks on the southern front today (event noun after 'mounted')"),
            # 1
            ("ASSAULT", "repulsed", (None, "IRQ", "MIL"), (None, "IRN", "MIL"), SOUTH_FRONT,
             "1987-04-08", "day", "today", "asserted", None,
             "Iraq repulsed all of today's attacks (placed in the dated attacks, rule 3); 'Iraq said' attribution"),
            # 2
            ("ASSAULT", "inflicted", ("Iranian troops", "IRN", "MIL"), ("Iraqi troops", "IRQ", "MIL"), BASRA,
             None, "unknown", None, "asserted", None,
             "Iranian troops inflicted severe losses east of Basra 'on the second day' of an offensive the text "
             "does not date: undated; IRNA's 'said' attribution"),
            # 3
            ("COERCE", "seized", (None, "IRN", "MIL"), (None, "IRQ", "MIL"), None,
             None, "unknown", None, "asserted", None,
             "Iraqi tanks and personnel carriers seized intact (seizure; ASSAULT arguable); IRNA's 'said' "
             "attribution; no time expression"),
            # 4
            ("ASSAULT", "beat back", ("Iraqi forces", "IRQ", "MIL"), (("Iranian", "latest Iranian"), "IRN", "MIL"),
             SOUTH_FRONT,
             "1987-04-08", "day", "today", "asserted", 1,
             "later mention of the repulse (the latest Iranian thrusts = today's attacks); INA's 'said' attribution"),
            # 5
            ("ASSAULT", "gained", (("the Iranians", "Baghdad said"), "IRN", "MIL"), (None, "IRQ", "MIL"), BASRA,
             None, "unknown", None, "asserted", None,
             "Iranians gained footholds on Iraqi territory after launching the offensive near Basra; pluperfect, "
             "'said earlier' dates the saying: undated"),
            # 6
            ("ASSAULT", "overran", (("the Iranians", "IRNA said yesterday"), "IRN", "MIL"),
             ("the headquarters of two Iraqi brigades", "IRQ", "MIL"), ("Fish Canal", "IRQ"),
             None, "unknown", None, "asserted", None,
             "Iranians overran two Iraqi brigade headquarters west of Fish Canal; 'said yesterday' dates the saying "
             "(attribution): undated"),
        ],
        "skip": [
            (("said", "Iraq said all"), "rule-3 attribution (the repulse is the event)"),
            (("said", "IRNA said Iranian"), "rule-3 attribution (the fighting is the event)"),
            (("offensive", "a new offensive"), "adjunct naming the offensive (26a)"),
            ("used", "part of the fighting (captured equipment used against the enemy; ASSAULT arguable)"),
            (("said", 'theatre," IRNA'), "rule-3 attribution (the seizure is the event)"),
            (("said", "INA said"), "rule-3 attribution"),
            ("thrusts", "object of the repulse (anaphoric: the Iranian attacks)"),
            (("said", "Baghdad said"), "rule-3 attribution ('earlier' dates the saying)"),
            ("launching", "part of the offensive in which the footholds were gained"),
            (("offensive", "launching the"), "anaphoric nominal (the offensive)"),
            (("said", "IRNA said yesterday"), "rule-3 attribution ('yesterday' dates the saying)"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            ("Iraq", "GPE", "IRQ"),
            (("Iranian", "The Iranian news"), "NORP", "IRN"),
            ("IRNA", "ORG", "IRN"),
            (("Iranian", "said Iranian troops"), "NORP", "IRN"),
            (("Iraqi", "losses on Iraqi"), "NORP", "IRQ"),
            (("Iraq", "east of Iraq's"), "GPE", "IRQ"),
            ("Basra", "GPE", "IRQ"),
            (("IRNA", 'theatre," IRNA'), "ORG", "IRN"),
            (("Iraqi", "The Iraqi news"), "NORP", "IRQ"),
            (("INA", "news agency INA"), "ORG", "IRQ"),
            (("Iraqi", "INA said Iraqi"), "NORP", "IRQ"),
            (("Iranian", "latest Iranian"), "NORP", "IRN"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iranians", "that the Iranians"), "NORP", "IRN"),
            (("Iraqi", "on Iraqi territory"), "NORP", "IRQ"),
            (("Basra", "fronts near"), "GPE", "IRQ"),
            (("IRNA", "IRNA said yesterday"), "ORG", "IRN"),
            (("Iranians", "yesterday the Iranians"), "NORP", "IRN"),
            (("Iraqi", "two Iraqi"), "NORP", "IRQ"),
            ("Fish Canal", "LOC", "IRQ"),
            (("Basra", "10 km from"), "GPE", "IRQ"),
        ],
    },
    "reuters21578-6508": {
        "events": [
            # 0
            ("AGREE", "signed", ("Sheldahl Inc", "USA", "BUS"), ("Sumitomo Bakelite Co Ltd", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "signed the joint participation agreements; no time expression: undated (rule 17); 'said' rule-3 "
             "attribution"),
            # 1
            ("COOPERATE", "granted", ("each company", "USA", "BUS"), ("the other", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "cross-licence of flexible circuit technology: Sheldahl -> Sumitomo Bakelite (split by country)"),
            # 2
            ("COOPERATE", "granted", ("each company", "JPN", "BUS"), ("the other", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "cross-licence: Sumitomo Bakelite -> Sheldahl (split by country)"),
            # 3
            ("COOPERATE", "purchased", (("Sumitomo Bakelite", "transaction, Sumitomo"), "JPN", "BUS"),
             (("Sheldahl", "shares of Sheldahl"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Sumitomo Bakelite bought 10 pct of Sheldahl stock (stake acquisition); perfect, undated"),
        ],
        "skip": [
            ("said", "attribution of the signing (rule 3)"),
            ("announced", "background (the agreements' earlier announcement)"),
            ("providing", "content of the agreements"),
            (("agreement", "terms of the"), "anaphoric nominal (the agreements)"),
            (("use", "license to use"), "content of the licence"),
            ("transaction", "anaphoric nominal (the agreements)"),
            ("minority holder", "planned stake stated as a future state (COOPERATE planned arguable)"),
        ],
        "entities": [
            ("Sheldahl Inc", "ORG", "USA"),
            ("Sumitomo Bakelite Co Ltd", "ORG", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Japan", "GPE", "JPN"),
            (("Sumitomo Bakelite", "transaction, Sumitomo"), "ORG", "JPN"),
            (("Sheldahl", "shares of Sheldahl"), "ORG", "USA"),
            (("Sheldahl", "addition, Sheldahl"), "ORG", "USA"),
            (("Sumitomo", "holder in Sumitomo"), "ORG", "JPN"),
            (("Japan", "operation in Japan"), "GPE", "JPN"),
        ],
    },
    "reuters21578-5979": {
        "events": [
            # 0
            ("CONSULT", "trip", ("officials of the exchange", "USA", "BUS"), (("China", "trip to China"), "CHN", None),
             ("China", "CHN"),
             None, "unknown", None, "asserted", None,
             "10-day trip to China concluded by PSE officials and other U.S. representatives (same-country compound: "
             "one record; visitor first, host China); 'concluded' its light verb; no time expression: undated; "
             "'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "The exchange said"), ("The exchange", "USA", "BUS"), None, SF,
             "1987-03-17", "day", None, "asserted", None,
             "the trip's aims (trading links, capital markets); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "chairman of PSE,"), ("Maurice Mann", "USA", "BUS"), None, SF,
             "1987-03-17", "day", None, "asserted", None,
             "quote: the trip is the PSE's first effort at technical assistance and cooperation; DCT"),
        ],
        "skip": [
            ("said", "attribution of the trip (rule 3)"),
            ("exchange information", "purpose of the trip"),
            (("trip", "the trip was"), "anaphoric nominal (the trip)"),
            ("explore", "content of the statement (the trip's aims)"),
            ("discuss", "content of the statement (the trip's aims)"),
            (("trip", "This trip"), "anaphoric nominal (the trip)"),
            ("represents", "stative (content of the quote)"),
            ("provide", "content of the quote (technical assistance; AID arguable)"),
            ("begin cooperative", "content of the quote (COOPERATE arguable)"),
            ("statement", "part of the reporting clause"),
        ],
        "entities": [
            ("Pacific Stock Exchange", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("China", "GPE", "CHN"),
            ("Shanghai", "GPE", "CHN"),
            ("Hong Kong", "GPE", "HKG"),
            ("PSE", "ORG", "USA"),
            ("Pacific Rim", "LOC", None),
            ("Far East", "LOC", None),
            (("PSE", "the PSE's"), "ORG", "USA"),
            (("Pacific Rim", "markets in the Pacific"), "LOC", None),
            ("Maurice Mann", "PERSON", "USA"),
            (("PSE", "chairman of PSE"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
