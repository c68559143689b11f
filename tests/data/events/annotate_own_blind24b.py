"""Build ``own_blind24b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind24b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,811 left); 24 drawn with random.Random(24101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
39 event records (36 first mentions, 3 later mentions), 86 not_annotated spans, 102 entity mentions;
no article without events; 3980 (EIA stocks), 8825 (Finnish Export Credit bonds) and 15481 (Belgium
notes) have reporting-clause STATEMENTs only. Types: STATEMENT 16, AGREE 7, COOPERATE 5, REQUEST 5,
CONSULT 2, AID 1, REJECT 1, SANCTION 1, RETREAT 1; modality: asserted 29, planned 5, negated 3,
hypothetical 2; precision: day 21, unknown 11, month 7.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 3980 (EIA weekly stocks): statistics only; the four identifiable reporting clauses ("the Energy
  Information Administration (EIA) said", "the Department of Energy agency said", "The EIA said",
  "it said") are STATEMENTs (USA GOV, DCT, WASHINGTON); "In its weekly petroleum status report" is
  part of the reporting clause (the report has no date of its own). Stock changes are statistics
  (skipped). "Strategic Petroleum Reserve" / "SPR" is a stockpile, not tagged as an entity (as
  programmes in earlier sets).
* 9561 (Mine Safety / South African unit): "said it will sell through its German subsidiary ... its
  controlling interest in MSA (Africa) ... to Boart International" is COOPERATE planned (an asset sale
  between companies, events_dev convention 8; "will sell", not "agreed to sell", so COOPERATE rather
  than AGREE), undated (no time expression), "said" attribution. The seller is the subject, Mine
  Safety Appliances Co, coded USA from the PITTSBURGH dateline (the text gives no country; DEU for the
  German subsidiary that carries out the sale arguable); Boart International ZAF BUS (wholly owned by
  Anglo American Corp of South Africa). "L.N. Short Jr ... said it sold the unit because of slumping
  profits" is the sale's later mention (COOPERATE, asserted by its own clause, undated by rule 3; the
  buyer implied), "said" attribution. "The company said the terms of the sale were not disclosed" is
  one withheld STATEMENT (negated, trigger "disclosed", the company named as speaker, DCT); its
  "said" is left neither coded nor skipped (a system may put the record on either word). "The company
  will operate as Boart-MSA (PTY) Ltd, it said": a renaming has no type, so "said" is a STATEMENT.
  South Africa's economic decline is statistics (skipped).
* 7030 (Sanwa / BPI): "Sanwa Bank Ltd has agreed to buy a two pct stake in ... BPI" is AGREE toward
  the company whose stake is bought (16a / 18b call), undated (rule 17), "a Sanwa official said"
  attribution, "buy" content. "Sanwa will purchase the shares from International Finance Corp ... for
  351 mln yen, he said" is COOPERATE planned with the named seller IFC as actor2 (null IGO: a World
  Bank sister organisation; BPI/PRT as the stake's company arguable, STATEMENT of deal terms
  arguable), undated, "said" attribution. "The acquisition will be completed this month" is that
  purchase's later mention with its own time expression (planned, 1987-03, month; actors implied).
  "as both the Japanese and Portuguse governments are expected to give permission soon" is a
  regulatory approval (the condition of the deal: skipped, AGREE planned arguable); "This is the first
  time a Japanese bank has bought a stake in a Portuguese bank" a novelty remark (skipped). "Sanwa
  plans to increase its stake in BPI to four pct" is COOPERATE planned JPN -> BPI (a stake
  acquisition, 17b's call; sellers unnamed), undated, "said" attribution. "The bank has also agreed
  with <Banco Portugues do Atlantico> ... to exchange information on customers and help accelerate
  Japanese investment" is AGREE JPN -> PRT (state-owned bank: BUS), undated; its content skipped.
* 8825 (Finnish Export Credit bonds): the joint lead manager's official who "told Reuters" is a
  STATEMENT (own_blind2 lead-manager call; DNK BUS, DCT, COPENHAGEN); the issue, coupon, maturities,
  syndication, separate quotation and registration are bond terms / corporate finance (skipped).
  "Prudential-Bache Securities Int" is ORG USA (the U.S. securities house; the text gives no
  country); "Danish" in "Danish crowns" is NORP DNK (23a's "Swiss francs").
* 19759 (Mediobanca / Algerian bank): "said an Italian banking consortium has arranged 100 mln dlrs in
  financing for Banque Exterieure d'Algerie" is AID (credit, convention 8) ITA BUS -> DZA BUS (a
  state bank: BUS), undated ("has arranged", rule 17), "said" attribution. "Mediobanca said in a
  statement that the financing was part of an accord reached last March between Italy and Algeria
  which agreed 300 mln dlrs of financing for Italian exports" is a STATEMENT (the main proposition is
  copular: "was part of") plus AGREE ITA -> DZA on the nominal "accord" (own predication and date,
  convention 11), 1987-03 ("last March" in June); "which agreed ..." restates the accord's content in
  a relative clause and is left neither coded nor skipped (a system may put the AGREE on it).
  "Mediobanca said 12 Italian banks were participating in the consortium" is a STATEMENT and "but
  gave no further details about the financing" a withheld STATEMENT (negated; EVENTS.md 3, two
  records), both DCT, MILAN. Mediobanca ("State merchant bank") is ITA BUS; the three member banks
  in the last sentence are a stative list.
* 15481 (Belgium gold-warrant notes): "The Kingdom of Belgium is launching ... notes ..., lead
  manager Credit Suisse said" - a sovereign's note issue is still a bond issue (corporate finance,
  convention 10), so the lead manager's "said" is a STATEMENT (CHE BUS, DCT, ZURICH) and "launching"
  is skipped; warrant and note terms and the Zurich gold price are skipped. "Kingdom of Belgium" is
  one GPE span BEL.
* 7804 (economists at a Senate hearing): "A panel of four leading economists told a congressional
  hearing today that foreign economies will need to expand to avoid recession" is REQUEST (EVENTS.md
  2: growth abroad "is needed" = REQUEST, as events_dev's Sprinkel) by the panel (the four named U.S.
  economists: USA, kind PERSON) -> foreign economies (a group: null), 1987-03-20 ("today"). "Bergsten
  ... and Robert Solomon ... told the Senate Foreign Relations Committee, the major exporting
  countries risk recession if they do not expand because U.S. demand for imports is expected to fall"
  is a STATEMENT (a conditional forecast, no actor told to act; a same-country compound, one record;
  REQUEST later mention arguable). The quote '"They need to beef up domestic demand ...," or
  unemployment will keep growing, Bergsten said' is a quoted restatement of the panel's call: REQUEST
  later mention (EVENTS.md 3) -> "They" (the exporting countries, null); the unemployment consequence
  is not in the speaker's hands (no THREATEN). "Bergsten predicted" is a STATEMENT (forecast). "The
  government should intervene to push the dollar down further if ..., he added" is REQUEST USA -> the
  U.S. government (prescriptive talk to an identifiable actor; asserted although the intervention is
  conditional; the intervention itself is a monetary operation, skipped as content). Solomon's "said
  the dollar must fall further" (no actor asked) and "The Paris agreement ... provided only for a pause
  in its decline, he said" are STATEMENTs; the Paris agreement is a bare nominal with no date here
  (skipped; AGREE arguable). De Vries (Morgan Guaranty: USA BUS) "said" a STATEMENT. "John Makin of the
  American Enterprise Institute, suggested foreign tax cuts" is REQUEST USA -> foreign governments
  (implied, null; as events_dev's Sprinkel "call for further cuts in U.S. government spending").
  All wire-style speech: DCT 1987-03-20, WASHINGTON. The hearing is the audience (EVENTS.md 6).
  Bergsten (a former Treasury official), Solomon (Brookings), Makin (AEI) are PERSON USA;
  Rimmer de Vries (a Morgan Guaranty officer testifying to Congress) PERSON USA; "Asian" NORP null.
* 19546 (EC-U.S. pasta dispute): DCT Monday 1987-06-29; "last week" = 22-28 June = 1987-06 (month,
  EVENTS.md 21). "Top-level talks last week between the European Community (EC) and the United States"
  is CONSULT with the U.S. as visitor (the talks were "in Brussels", the EC's seat; U.S. official
  Murphy "has returned to Washington"): USA -> EC (null), EVENTS.md 13 / the "talks in the host's
  capital put the visitor first" call; "failed to resolve a dispute over pasta" is AGREE negated with
  the first-named party first (EC -> USA), both 1987-06, located in Brussels; "diplomatic sources
  said" is anonymous (skipped), the talks being coded as events with identifiable agents inside that
  talk (23b practice). "The U.S. Insists the EC complies with ... and dismantles an export subsidy
  system" is REQUEST USA -> EC, present-tense standing demand: undated (17b's "is insisting"); the
  GATT "ruling" is a bare nominal (skipped; SANCTION GATT -> EC arguable). "the EC ... offered a
  compromise in last week's talks in Brussels" is AGREE (an offer to a government, set 12-14 / 17-18
  calls) EC -> USA (implied), 1987-06; "but that this was rejected by the U.S." is REJECT USA -> EC
  (implied), undated (the time adjunct scopes only the first conjunct, EVENTS.md 18; 1987-06
  arguable). "a theoretical July 1 deadline for agreement, set last August when the two sides resolved
  a related dispute over EC restrictions on U.S. Citrus imports": the settlement is AGREE with "the
  two sides" as actor1 (null, the EC named first in the story) and the U.S. implied as actor2,
  1986-08 ("last August"); the deadline and its setting are terms of that settlement and the EC
  citrus restrictions a background nominal (skipped; SANCTION arguable); Murphy's return home has no
  type. "The diplomatic sources said the citrus issue could be reopened ..." is anonymous (skipped).
  "It was also possible the U.S. Would reimpose a 40 pct tariff on EC pasta" is SANCTION
  hypothetical USA -> EC, undated (an identifiable agent inside the sources' talk); "lifted when the
  citrus row was settled" is RETREAT USA (implied) -> EC, dated by the settlement it is placed in
  (rule 3: 1986-08, date_text "last August" from the settlement's clause), while "settled" itself is
  a presupposed temporal clause (skipped; the settlement is coded on "resolved"). "But the two sides
  may agree to extend the deadline for a few days" is AGREE hypothetical ("may": a possibility),
  undated, EC (null) -> USA (implied); "as EC Commissioners Willy de Clercq and Frans Andriessen are
  due to visit Washington from July 7 to 10" is CONSULT planned EC (null IGO, one record for the two
  commissioners) -> Washington (USA), 1987-07-07 (dated by its start, EVENTS.md 21's "today and
  tomorrow"). De Clercq and Andriessen are PERSON null (EC office holders, as Jacques Delors in an
  earlier set); GATT, the European Community and EC are ORG null; Jim Murphy PERSON USA.
* Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
  dateline); job titles are not part of a PERSON span; bracketed company names are tagged without
  brackets, tickers left out; a country word inside an organisation's name is not tagged separately
  ("Anglo American Corp of South Africa Ltd", "Finnish Export Credit Ltd", "Banco di Sicilia",
  "Copenhagen Handelsbank A/S"); "Oporto" in "Oporto-based" is a GPE mention (as "Chinese" in
  "Chinese-made"); "Portuguse" (sic) is NORP PRT; Reuters ORG GBR; the World Bank and International
  Finance Corp ORG null; Morgan Guaranty Trust Co., the Brookings Institution, the American Enterprise
  Institute, the Senate Foreign Relations Committee, the Treasury Department, the Department of Energy
  and the EIA ORG USA; "Paris" in "The Paris agreement" GPE FRA.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
PIT = ("PITTSBURGH", "USA")
TOK = ("TOKYO", "JPN")
CPH = ("COPENHAGEN", "DNK")
MIL = ("MILAN", "ITA")
ZUR = ("ZURICH", "CHE")
BRUSSELS = ("Brussels", "BEL")
WASHINGTON = ("Washington", "USA")

EIA = "1987-03-11"
MSA = ("Mine Safety Appliances Co", "USA", "BUS")
BOART_IMPLIED = (None, "ZAF", "BUS")
SANWA_IMPLIED = (None, "JPN", "BUS")
IFC_IMPLIED = (None, None, "IGO")
MEDIOBANCA3 = (("Mediobanca", "Mediobanca said 12"), "ITA", "BUS")
US_IMPLIED = (None, "USA", "GOV")
EC_IMPLIED = (None, None, "IGO")
EC_PASTA = (("EC", "tariff on EC"), None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3980": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(EIA)"), ("the Energy Information Administration", "USA", "GOV"), None, WAS,
             EIA, "day", None, "asserted", None, "weekly statistics: distillate stocks fell"),
            # 1
            ("STATEMENT", ("said", "agency said"), ("the Department of\nEnergy agency", "USA", "GOV"), None, WAS,
             EIA, "day", None, "asserted", None,
             "statistics in its weekly petroleum status report (the report is part of the reporting clause)"),
            # 2
            ("STATEMENT", ("said", "The EIA said"), ("The EIA", "USA", "GOV"), None, WAS,
             EIA, "day", None, "asserted", None, "statistics: residual fuel and SPR stocks"),
            # 3
            ("STATEMENT", ("said", "1,564.8, it"), (("it", "1,564.8, "), "USA", "GOV"), None, WAS,
             EIA, "day", None, "asserted", None, "statistics: total stocks"),
        ],
        "skip": [
            ("held", "stative (stocks held in storage)"),
            ("fell", "statistics, no acting actor"),
            ("report", "part of the reporting clause (undated weekly report)"),
            (("off", "stocks were"), "statistics, no acting actor"),
            (("fell", "refinery crude oil stocks"), "statistics, no acting actor"),
            (("fell", "residual fuel stocks"), "statistics, no acting actor"),
            ("rose", "statistics, no acting actor"),
            (("fell", "SPR stocks"), "statistics, no acting actor"),
        ],
        "entities": [
            ("Energy Information Administration", "ORG", "USA"),
            (("EIA", "(EIA"), "ORG", "USA"),
            ("Department of\nEnergy", "ORG", "USA"),
            (("EIA", "The EIA"), "ORG", "USA"),
        ],
    },
    "reuters21578-9561": {
        "events": [
            # 0
            ("COOPERATE", "sell", MSA, ("Boart International", "ZAF", "BUS"), None,
             None, "unknown", None, "planned", None,
             "will sell its controlling interest in the South African unit (through its German subsidiary) to "
             "Boart International, an Anglo American subsidiary; no time expression; 'said' attribution"),
            # 1
            ("STATEMENT", "disclosed", ("The company", "USA", "BUS"), None, PIT,
             "1987-03-25", "day", None, "negated", None, "withheld statement: terms of the sale not disclosed"),
            # 2
            ("STATEMENT", ("said", "Boart-MSA (PTY) Ltd, it"), (("it", "Boart-MSA (PTY) Ltd, "), "USA", "BUS"), None,
             PIT, "1987-03-25", "day", None, "asserted", None, "the unit will operate under a new name (no type)"),
            # 3
            ("COOPERATE", "sold", (("it", "said it sold"), "USA", "BUS"), BOART_IMPLIED, None,
             None, "unknown", None, "asserted", 0,
             "later mention: it sold the unit because of slumping profits (buyer implied); president's 'said' "
             "attribution"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the planned sale is the event)"),
            (("sale", "terms of the"), "anaphoric nominal (the sale)"),
            ("operate", "renaming of the unit: no type"),
            (("said", "president of the company,"), "rule-3 attribution (the sale is the event)"),
            ("slumping", "statistics (profits)"),
            ("decline", "statistics (South Africa's economy)"),
        ],
        "entities": [
            ("Mine Safety Appliances Co", "ORG", "USA"),
            ("German", "NORP", "DEU"),
            ("Auergesellschaft", "ORG", "DEU"),
            ("MSA (Africa), (PTY) Ltd", "ORG", "ZAF"),
            ("Johannesburg", "GPE", "ZAF"),
            ("South Africa", "GPE", "ZAF"),
            ("Boart International", "ORG", "ZAF"),
            ("Anglo American Corp of South Africa Ltd", "ORG", "ZAF"),
            ("Boart-MSA (PTY) Ltd", "ORG", "ZAF"),
            ("L.N. Short Jr", "PERSON", "USA"),
            (("South Africa", "due to"), "GPE", "ZAF"),
        ],
    },
    "reuters21578-7030": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Sanwa Bank Ltd", "JPN", "BUS"), ("Banco Portugues de Investmento\nSarl", "PRT", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "agreed to buy a two pct stake in BPI (AGREE toward the company whose stake is bought); no time "
             "expression; 'said' attribution"),
            # 1
            ("COOPERATE", "purchase", (("Sanwa", "Sanwa will purchase"), "JPN", "BUS"),
             ("International Finance\nCorp", None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "will purchase the shares from the IFC for 351 mln yen (named seller; BPI/PRT arguable); 'said' "
             "attribution"),
            # 2
            ("COOPERATE", "completed", SANWA_IMPLIED, IFC_IMPLIED, None,
             "1987-03", "month", "this month", "planned", 1,
             "later mention: the acquisition will be completed this month (own time expression)"),
            # 3
            ("COOPERATE", "increase", (("Sanwa", "Sanwa plans"), "JPN", "BUS"), (("BPI", "its stake in BPI"), "PRT", "BUS"),
             None, None, "unknown", None, "planned", None,
             "plans to raise its BPI stake to four pct (stake acquisition, sellers unnamed); 'said' attribution"),
            # 4
            ("AGREE", ("agreed", "has also agreed"), ("The bank", "JPN", "BUS"),
             ("Banco Portugues do\nAtlantico", "PRT", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed with the state-owned BPA to exchange customer information and help Japanese investment; "
             "no time expression; 'said' attribution"),
        ],
        "skip": [
            ("buy", "content of the agreement (EVENTS.md 8)"),
            (("said", "a Sanwa official"), "rule-3 attribution (the agreement is the event)"),
            (("said", "351 mln yen, he"), "rule-3 attribution (the purchase is the event)"),
            ("give permission", "regulatory approval, condition of the deal (AGREE planned arguable)"),
            ("bought", "novelty remark (generic restatement of the acquisition)"),
            (("said", "the official said"), "rule-3 attribution (the planned stake increase is the event)"),
            ("exchange", "content of the agreement"),
            ("help accelerate", "content of the agreement"),
            ("investment", "content of the agreement"),
            ("transfers", "content of the agreement"),
            (("said", "to Portugal, he"), "rule-3 attribution (the agreement is the event)"),
        ],
        "entities": [
            ("Sanwa Bank Ltd", "ORG", "JPN"),
            ("Oporto", "GPE", "PRT"),
            ("Banco Portugues de Investmento\nSarl", "ORG", "PRT"),
            (("BPI", "(BPI"), "ORG", "PRT"),
            ("Portugal", "GPE", "PRT"),
            (("Sanwa", "a Sanwa"), "ORG", "JPN"),
            (("Sanwa", "Sanwa will"), "ORG", "JPN"),
            ("International Finance\nCorp", "ORG", None),
            (("BPI", "a BPI"), "ORG", "PRT"),
            ("World\nBank", "ORG", None),
            ("Japanese", "NORP", "JPN"),
            ("Portuguse", "NORP", "PRT"),
            (("Japanese", "first time a"), "NORP", "JPN"),
            ("Portuguese", "NORP", "PRT"),
            (("Sanwa", "Sanwa plans"), "ORG", "JPN"),
            (("BPI", "its stake in BPI"), "ORG", "PRT"),
            ("Banco Portugues do\nAtlantico", "ORG", "PRT"),
            (("Oporto", "merchant bank in"), "GPE", "PRT"),
            (("Japanese", "help accelerate"), "NORP", "JPN"),
            (("Portugal", "transfers to"), "GPE", "PRT"),
        ],
    },
    "reuters21578-8825": {
        "events": [
            # 0
            ("STATEMENT", "told", ("an official at joint lead manager Copenhagen\nHandelsbank A/S", "DNK", "BUS"), None,
             CPH, "1987-03-24", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance)"),
        ],
        "skip": [
            ("issued", "corporate finance (bond issue)"),
            ("bear", "bond terms"),
            ("mature", "bond terms"),
            ("syndicated", "corporate finance (syndication)"),
            ("quoted", "bond terms (separate quotation: listing, not speech)"),
            ("registration", "bond terms"),
        ],
        "entities": [
            ("Finnish Export Credit Ltd", "ORG", "FIN"),
            ("Danish", "NORP", "DNK"),
            ("Copenhagen\nHandelsbank A/S", "ORG", "DNK"),
            ("Reuters", "ORG", "GBR"),
            ("Luxembourg", "GPE", "LUX"),
            (("Handelsbank", "Handelsbank is"), "ORG", "DNK"),
            ("Prudential-Bache Securities Int", "ORG", "USA"),
        ],
    },
    "reuters21578-19759": {
        "events": [
            # 0
            ("AID", "arranged", ("an Italian banking consortium", "ITA", "BUS"), ("Banque Exterieure d'Algerie", "DZA", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "100 mln dlrs of financing for the Algerian state bank (credit); 'has arranged', no time expression; "
             "'said' attribution"),
            # 1
            ("STATEMENT", ("said", "Mediobanca said in"), (("Mediobanca", "Mediobanca said in"), "ITA", "BUS"), None, MIL,
             "1987-06-29", "day", None, "asserted", None,
             "the financing is part of the Italy-Algeria accord (copular main proposition)"),
            # 2
            ("AGREE", "accord", ("Italy", "ITA", "GOV"), ("Algeria", "DZA", "GOV"), None,
             "1987-03", "month", "last March", "asserted", None,
             "accord reached last March between Italy and Algeria on 300 mln dlrs of export financing (nominal "
             "with its own predication and date)"),
            # 3
            ("STATEMENT", ("said", "Mediobanca said 12"), MEDIOBANCA3, None, MIL,
             "1987-06-29", "day", None, "asserted", None, "12 Italian banks participate in the consortium"),
            # 4
            ("STATEMENT", "gave no further details", MEDIOBANCA3, None, MIL,
             "1987-06-29", "day", None, "negated", None, "withheld statement: no further details of the financing"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the financing is the event)"),
            ("statement", "part of the reporting clause"),
            (("financing", "statement that the"), "anaphoric nominal (the financing)"),
            (("financing", "300 mln dlrs of"), "content of the accord"),
            ("participating", "stative (membership of the consortium)"),
            (("financing", "details about the"), "anaphoric nominal (object of the withheld statement)"),
        ],
        "entities": [
            ("Mediobanca Spa", "ORG", "ITA"),
            ("Italian", "NORP", "ITA"),
            ("Banque Exterieure d'Algerie", "ORG", "DZA"),
            (("Mediobanca", "Mediobanca said in"), "ORG", "ITA"),
            ("Italy", "GPE", "ITA"),
            ("Algeria", "GPE", "DZA"),
            (("Italian", "financing for"), "NORP", "ITA"),
            (("Algeria", "exports to"), "GPE", "DZA"),
            (("Mediobanca", "Mediobanca said 12"), "ORG", "ITA"),
            (("Italian", "12"), "NORP", "ITA"),
            ("Banca Nazionale del Lavoro", "ORG", "ITA"),
            ("Banco\ndi Sicilia", "ORG", "ITA"),
            ("Efibanca Spa", "ORG", "ITA"),
        ],
    },
    "reuters21578-15481": {
        "events": [
            # 0
            ("STATEMENT", "said", ("lead manager Credit Suisse", "CHE", "BUS"), None, ZUR,
             "1987-04-09", "day", None, "asserted", None,
             "lead manager announcing Belgium's note issue with gold warrants (corporate finance)"),
        ],
        "skip": [
            ("launching", "bond issue (corporate finance, EVENTS.md 10), even by a sovereign"),
            (("buy", "attached to"), "warrant terms"),
            ("priced", "note terms"),
            (("due", "Payment is"), "note terms"),
            ("carries", "warrant terms"),
            ("required", "warrant terms"),
            (("buy", "holder to"), "warrant terms"),
        ],
        "entities": [
            ("Kingdom of Belgium", "GPE", "BEL"),
            ("Swiss", "NORP", "CHE"),
            ("Credit Suisse", "ORG", "CHE"),
            ("Zurich", "GPE", "CHE"),
        ],
    },
    "reuters21578-7804": {
        "events": [
            # 0
            ("REQUEST", "told", ("A panel of four leading economists", "USA", "PERSON"), ("foreign economies", None, "GOV"),
             WAS, "1987-03-20", "day", "today", "asserted", None,
             "foreign economies will need to expand to avoid recession (growth abroad 'needed' = REQUEST, as "
             "Sprinkel in events_dev); the hearing is the audience"),
            # 1
            ("STATEMENT", ("told", "Brookings Institution"), ("C. Fred Bergsten", "USA", "PERSON"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "conditional forecast: exporting countries risk recession if they do not expand (Bergsten and "
             "Solomon, same-country compound; REQUEST later mention arguable)"),
            # 2
            ("REQUEST", ("said", "keep growing, Bergsten"), (("Bergsten", "keep growing, "), "USA", "PERSON"),
             ("They", None, "GOV"), WAS, "1987-03-20", "day", None, "asserted", 0,
             "later mention: quoted restatement 'They need to beef up domestic demand'"),
            # 3
            ("STATEMENT", "predicted", (("Bergsten", "Bergsten predicted"), "USA", "PERSON"), None, WAS,
             "1987-03-20", "day", None, "asserted", None, "forecast of the U.S. trade deficit"),
            # 4
            ("REQUEST", "added", (("he", "does not occur, "), "USA", "PERSON"), ("The government", "USA", "GOV"), WAS,
             "1987-03-20", "day", None, "asserted", None,
             "the government should intervene to push the dollar down if ... (request asserted; the intervention "
             "conditional content)"),
            # 5
            ("STATEMENT", ("said", "Solomon said"), (("Solomon", "Solomon said"), "USA", "PERSON"), None, WAS,
             "1987-03-20", "day", None, "asserted", None, "assessment: the dollar must fall further (no actor asked)"),
            # 6
            ("STATEMENT", ("said", "pause in its decline, he"), (("he", "pause in its decline, "), "USA", "PERSON"), None,
             WAS, "1987-03-20", "day", None, "asserted", None, "assessment of the Paris agreement"),
            # 7
            ("STATEMENT", ("said", "Morgan Guaranty"), ("Rimmer de Vries", "USA", "BUS"), None, WAS,
             "1987-03-20", "day", None, "asserted", None, "assessment of the U.S. trade deficit problem"),
            # 8
            ("REQUEST", "suggested", ("John Makin", "USA", "PERSON"), (None, None, "GOV"), WAS,
             "1987-03-20", "day", None, "asserted", None,
             "suggested foreign tax cuts (addressed to foreign governments, implied, a group: null)"),
        ],
        "skip": [
            ("hearing", "audience of the statement (EVENTS.md 6)"),
            ("expand", "content of the request"),
            (("declines", "trade deficit"), "statistics"),
            ("risk recession", "content of the forecast"),
            (("expand", "if they do not"), "content of the forecast"),
            (("fall", "expected to"), "content of the forecast"),
            ("beef up", "content of the request"),
            ("keep growing", "content of the quote (consequence not in the speaker's hands)"),
            ("hit", "statistics"),
            (("fall", "last year, will"), "content of the forecast"),
            (("decline", "dollar's"), "market-price movement"),
            ("intervene", "content of the request (currency intervention: monetary operation)"),
            ("push", "content of the request"),
            ("reduced", "condition inside the request"),
            (("fall further", "dollar must"), "content of the statement (market-price movement)"),
            ("compensate", "content of the statement"),
            ("agreement", "bare nominal with no date (the Paris agreement; AGREE arguable)"),
            ("provided", "content of the statement"),
            ("tax cuts", "content of the suggestion"),
            ("pick up", "purpose (content of the suggestion)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("C. Fred Bergsten", "PERSON", "USA"),
            ("Treasury Department", "ORG", "USA"),
            ("Robert Solomon", "PERSON", "USA"),
            ("Brookings Institution", "ORG", "USA"),
            ("Senate Foreign Relations Committee", "ORG", "USA"),
            (("U.S.", "do not expand because"), "GPE", "USA"),
            (("Bergsten", "keep growing, "), "PERSON", "USA"),
            (("Bergsten", "Bergsten predicted"), "PERSON", "USA"),
            (("U.S.", "predicted the"), "GPE", "USA"),
            (("U.S.", "trade picture, if the"), "GPE", "USA"),
            (("Solomon", "Solomon said"), "PERSON", "USA"),
            (("U.S.", "payments required on"), "GPE", "USA"),
            ("Paris", "GPE", "FRA"),
            ("Rimmer de Vries", "PERSON", "USA"),
            ("Morgan Guaranty\nTrust Co.", "ORG", "USA"),
            (("U.S.", "Co., said the"), "GPE", "USA"),
            ("Asian", "NORP", None),
            ("John Makin", "PERSON", "USA"),
            ("American Enterprise Institute", "ORG", "USA"),
            (("U.S.", "slack from the"), "GPE", "USA"),
        ],
    },
    "reuters21578-19546": {
        "events": [
            # 0
            ("CONSULT", "talks", ("United States", "USA", "GOV"), ("European Community", None, "IGO"), BRUSSELS,
             "1987-06", "month", "last week", "asserted", None,
             "top-level talks last week (22-28 June) in Brussels: the U.S. the visiting side (EC seat; Murphy "
             "returned to Washington)"),
            # 1
            ("AGREE", "resolve", ("European Community", None, "IGO"), ("United States", "USA", "GOV"), BRUSSELS,
             "1987-06", "month", "last week", "negated", None,
             "the talks failed to resolve the pasta dispute (negated; first-named party first)"),
            # 2
            ("REQUEST", "Insists", (("U.S.", "The U.S. Insists"), "USA", "GOV"), (("EC", "Insists the EC"), None, "IGO"),
             None, None, "unknown", None, "asserted", None,
             "standing demand that the EC comply with the GATT ruling and dismantle its export subsidies; present "
             "tense, no time expression: undated (17b call)"),
            # 3
            ("AGREE", "offered", (("EC", "The sources said the EC"), None, "IGO"), US_IMPLIED, BRUSSELS,
             "1987-06", "month", "last week's", "asserted", None,
             "the EC offered a compromise in last week's talks (an offer to a government = AGREE)"),
            # 4
            ("REJECT", "rejected", (("U.S.", "rejected by the"), "USA", "GOV"), EC_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the compromise was rejected by the U.S.; 'last week's' scopes only the first conjunct (EVENTS.md 18)"),
            # 5
            ("AGREE", "resolved", ("the two sides", None, "IGO"), US_IMPLIED, None,
             "1986-08", "month", "last August", "asserted", None,
             "the EC and the U.S. resolved the citrus dispute last August (EC named first in the story: null "
             "first, U.S. implied second)"),
            # 6
            ("SANCTION", "reimpose", (("U.S.", "possible the"), "USA", "GOV"), EC_PASTA, None,
             None, "unknown", None, "hypothetical", None,
             "possible reimposition of a 40 pct tariff on EC pasta (inside the sources' talk; 'possible')"),
            # 7
            ("RETREAT", "lifted", US_IMPLIED, EC_PASTA, None,
             "1986-08", "month", "last August", "asserted", None,
             "the tariff lifted when the citrus row was settled (rule 3: dated by the settlement, last August)"),
            # 8
            ("AGREE", ("agree", "may agree"), (("the two sides", "But the two sides"), None, "IGO"), US_IMPLIED, None,
             None, "unknown", None, "hypothetical", None,
             "the two sides may agree to extend the deadline for a few days ('may': a possibility); no time "
             "expression"),
            # 9
            ("CONSULT", "visit", ("EC Commissioners Willy de Clercq and\nFrans Andriessen", None, "IGO"),
             (("Washington", "visit"), "USA", "GOV"), WASHINGTON,
             "1987-07-07", "day", "July 7", "planned", None,
             "EC commissioners due to visit Washington from July 7 to 10 (dated by its start)"),
        ],
        "skip": [
            (("said", "diplomatic sources"), "anonymous-source talk (diplomatic sources)"),
            ("dispute", "object of the failed resolution (background nominal)"),
            ("provoke", "hypothetical consequence, no actor"),
            ("regards", "the U.S. view, part of the demand"),
            ("ruling", "bare nominal: the GATT ruling (SANCTION GATT -> EC arguable)"),
            ("complies", "content of the demand"),
            ("dismantles", "content of the demand"),
            (("led", "has"), "market effect (Italy's market share)"),
            ("taking", "market share, no event"),
            (("said", "The sources said"), "anonymous-source talk (sources)"),
            ("provides", "standing EC export subsidies (domestic measure, no type)"),
            (("talks", "last week's"), "anaphoric nominal (the talks, coded in the first sentence)"),
            ("returned", "return home after the talks: no type"),
            ("deadline", "term of the citrus settlement"),
            ("set", "setting the deadline: term of the citrus settlement"),
            (("agreement", "deadline for"), "hypothetical nominal (the agreement sought)"),
            ("restrictions", "background nominal (EC citrus restrictions; SANCTION arguable)"),
            (("said", "The diplomatic sources said"), "anonymous-source talk (diplomatic sources)"),
            ("reopened", "content of anonymous talk"),
            (("solved", "was not"), "content of anonymous talk"),
            ("settled", "presupposed temporal clause (the citrus settlement, coded on 'resolved')"),
            ("extend", "content of the hypothetical agreement"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            (("EC", "(EC"), "ORG", None),
            ("United States", "GPE", "USA"),
            (("U.S.", "The U.S. Insists"), "GPE", "USA"),
            (("EC", "Insists the EC"), "ORG", None),
            ("GATT", "ORG", None),
            ("Italy", "GPE", "ITA"),
            (("U.S.", "share of the"), "GPE", "USA"),
            (("EC", "The sources said the EC"), "ORG", None),
            ("Brussels", "GPE", "BEL"),
            (("U.S.", "rejected by the"), "GPE", "USA"),
            (("U.S.", "U.S. Assistant"), "GPE", "USA"),
            ("Jim Murphy", "PERSON", "USA"),
            ("Washington", "GPE", "USA"),
            (("EC", "dispute over EC"), "ORG", None),
            (("U.S.", "restrictions on"), "GPE", "USA"),
            (("U.S.", "possible the"), "GPE", "USA"),
            (("EC", "tariff on EC"), "ORG", None),
            (("EC", "days as EC"), "ORG", None),
            ("Willy de Clercq", "PERSON", None),
            ("Frans\nAndriessen", "PERSON", None),
            (("Washington", "visit"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind24b.jsonl")
