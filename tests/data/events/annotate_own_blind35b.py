"""Build ``own_blind35b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind35b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,658 left; also minus the 16 stories drawn for own_blind34, 2,642 left); 24 drawn with random.Random(35101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
34 event records (31 first mentions, 3 later mentions), 74 not_annotated spans, 79 entity mentions;
no article without events; 12823 (Australian tug bans) has a single event (two records: the bans and
their later mention), every other speaker there being anonymous; 12201 (Nissan), 1980 (Ventspils ice)
and 18426 (Panama Canal) have reporting-clause STATEMENTs only. Types: STATEMENT 23, COOPERATE 4,
ACCUSE 3, PROTEST 2, REQUEST 1, CONSULT 1; modality: asserted 27, negated 4, planned 3; precision: day
29, unknown 3, year 1, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: the skip "improve"
matching inside "improvement" in Muramatsu's first statement instead of the purpose clause "to improve
access"; every date_text is a single-line string of the text). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Pakistan's acting U.N.
representative Aneesuddin Ahmed": GPE "Pakistan", ORG "U.N." (5b's U.N. inside a name) and the PERSON;
"Secretary General Javier Perez de Cuellar", "Minister of Energy and Mines Arturo Hernandez Grisanti",
"Nissan chief financial officer Atsushi Muramatsu": the PERSON, plus ORG "Nissan"; "PDVSA president Juan
Chacin Guzman", "PDVSA vice-president Pablo Reimpell": ORG "PDVSA" + PERSON); the United Nations / "U.N."
ORG null and Perez de Cuellar PERSON null (U.N. officials act for the U.N., 5b/13a); Kabul (in "the
Kabul regime") GPE AFG; Geneva GPE CHE; "Pakistani" NORP PAK; bracketed company names are tagged
without brackets, tickers left out; Shell Canada Ltd, Shell Canada Products Ltd, Shell Canadian Tankers
Ltd and the short "Shell" / "Shell Canada" ORG CAN, "Shell" in "The three Shell vessels" too (the owner's
name, not a brand); Socanav Inc / "Socanav" ORG CAN (the text gives no nationality: the domestic
distribution contractor of a MONTREAL story, as 33b's Moody's; null arguable, EVENTS.md 15); the Royal
Dutch/Shell Group ORG NLD (28b); the ship names Lakeshell, Eastern Shell and Northern Shell are not
entities (33b); Henley Group Inc, M.W. Kellogg Co and "Kellogg" ORG USA (no nationality in the text:
the HOUSTON dateline); Chinese Petroleum Corp / "Chinese Petroleum" ORG TWN (one span, its refinery in
Taiwan); Kaohsiung GPE TWN; the Arbitration Commission and the capitalised short "the Commission" ORG
AUS (25b's short names); Sydney, Melbourne and Fremantle GPE AUS; Nissan Motor Co Ltd / "Nissan" ORG
JPN, "European" (capital markets) NORP null; "Finnish Board of Navigation" one ORG span FIN (23a);
Ventspils and Klaipeda GPE SUN, "Soviet" NORP SUN, "Baltic" (in "Soviet Baltic oil port") LOC null
(23a); the Panama Canal LOC PAN, the Panama Canal Commission ORG USA (the text calls it "the
U.S.-government agency that operates the waterway") and its spokesman Anel Beliz PERSON USA (he acts for
the U.S. agency, as U.N. officials are null; PAN arguable); "U.S." in "U.S.-government" GPE USA;
Petroleos de Venezuela S.A (one span, no nested GPE, 4b) and PDVSA ORG VEN; Guasare (the coal basin)
LOC VEN, Zulia (state) GPE VEN; Agip Carbone ORG ITA ("a subsidiary of Italy's Ente Nazionale
Idrocarburi"), Ente Nazionale Idrocarburi / ENI ORG ITA, Atlantic Richfield ORG USA ("of the United
States"); "Carbozulia" (in "the Carbozulia project") is a project name, not tagged (ORG arguable: it is
PDVSA's coal company); currencies (yen, dlrs, bolivars) are not entities.

Judgement calls made here:
* 6714 (Shell Canada tankers, DCT Wed 1987-03-18, MONTREAL): "Shell Canada Ltd said its Shell Canada
  Products Ltd unit will sell three tankers, effective April one, 1987, to <Socanav Inc>" is COOPERATE
  (a sale between companies, 24b's "will sell") CAN BUS -> Socanav (CAN BUS), planned, dated by its own
  "effective April one" (1987-04-01), "said" rule-3 attribution. "Terms were not disclosed" is a
  withheld STATEMENT (negated, agent implied: Shell, EVENTS.md 5; DCT). "Shell also said it will
  contract exclusively from Socanav normal marine distribution requirements ... for an initial 10-year
  period" is COOPERATE CAN -> CAN (a supply contract), planned, undated (a duration with no start
  given), "said" attribution. "Shell also said its Shell Canadian Tankers Ltd unit will lay off 13
  employees and that Socanav will offer jobs to 41 employees" is a STATEMENT (layoffs are not events,
  16b, and job offers to employees have no type; DCT); "The three Shell vessels are ..., Shell said" is
  a STATEMENT (description). The Royal Dutch/Shell ownership is stative.
* 2267 (Pakistan complains, DCT Thu 1987-03-05, UNITED NATIONS): "Pakistan complained to the United
  Nations today that planes from Afghanistan attacked Pakistani villages last Thursday and Friday" is
  ACCUSE PAK GOV -> AFG (actor2 anchored on "Afghanistan"; a complaint voiced to a third party is
  against the party complained of, EVENTS.md 7), 1987-03-05 ("today"), located at the dateline
  ("UNITED NATIONS", USA, 5b). The raids are the content of the complaint (skipped with the killing
  and wounding, as 19a's "content of the accusation (ASSAULT arguable)"; an ASSAULT AFG -> PAK dated
  1987-02-26, "last Thursday" said on a Thursday = a week before, is the other reading). The quoted
  letter ('"These wanton and barbarous attacks are unprecedented ...," Pakistan's acting U.N.
  representative Aneesuddin Ahmed said in a letter to Secretary General Javier Perez de Cuellar') is
  the complaint itself restated: a later mention (EVENTS.md 3), the attackers implied (AFG), the first
  mention's date; "letter" skipped as the medium. "Ahmed, who did not request any specific U.N.
  action" is REQUEST negated PAK -> the U.N. (null IGO), placed in today's letter (1987-03-05, rule 3).
  "said the attacks took place immediately after the start of the current round of U.N.-sponsored
  talks on Afghanistan in Geneva" is a STATEMENT (the timing; DCT) and "and indicated that 'the Kabul
  regime is deliberately aggravating tensions and vitiating the prospects of the talks'" a new ACCUSE
  PAK -> AFG ("the Kabul regime", GOV; second reporting clause, EVENTS.md 3; DCT). The Geneva talks are
  a background nominal in a time adjunct with unnamed parties (skipped; CONSULT arguable, 33b's "trade
  talks" in "shortly before").
* 10581 (Kellogg wins Taiwan contract, DCT Fri 1987-03-27, HOUSTON): "M.W. Kellogg Co unit said it was
  selected by <Chinese Petroleum Corp> to design, engineer and build a ethylene plant" is a contract
  award (GUIDELINES.md: COOPERATE, the winner first, the awarding buyer second, as 6a's TRW "selected"):
  Kellogg USA BUS -> Chinese Petroleum TWN BUS (state-owned: BUS, EVENTS.md 15), undated (no time
  expression), "said" attribution; the design, engineering and building are its content. "Terms of the
  contract were not disclosed" is a withheld STATEMENT (negated, agent implied: Kellogg; DCT), and
  Kellogg's three "said" clauses (the 300 mln dlr cost; engineering under way and construction to begin
  in 1988; operation in 1990) are STATEMENTs (DCT; "in 1988" / "in 1990" date the content, not the
  saying).
* 12823 (Australian tug bans, DCT Fri 1987-04-03, SYDNEY): every speaker is anonymous ("shipping
  sources", "They", "they": all four "said" skipped), but the act they report is identifiable (32a's
  call): "Tug crews are preventing the movement of foreign-flag container vessels in and out of the
  ports of Sydney, Melbourne and Fremantle" is PROTEST (union industrial action, as events_dev's dock
  strike; COERCE as a blockade arguable) AUS ORG -> the vessels (null: foreign flags, no country),
  located at the three ports, dated by its start in the later mention: "maritime unions imposed bans on
  late Wednesday" (the most recent Wednesday, 1987-04-01; the first mention takes the later mention's
  time expression, 13b/22a, and an ongoing action is dated by its start, EVENTS.md 21's "today and
  tomorrow"; DCT for the progressive arguable). The pay claims are a background nominal in a speculative
  reason (REQUEST arguable), the Arbitration Commission's national 10 dlr award domestic wage setting
  (no type); the delays and the forecast disruption have no acting actor; "The dispute goes to the
  Commission on Monday" names no actor (CONSULT planned 1987-04-06 arguable; skipped).
* 12201 (Nissan profit, DCT Wed 1987-04-01, NEW YORK): four STATEMENTs (JPN BUS, DCT, dateline city):
  Nissan's earnings estimate; Muramatsu's "in a speech before an automotive seminar, said he attributed
  the improvement to cost reductions ..." (the seminar is the occasion, no place or date given; the
  cost cutting is internal); "He said if exchange rates stabilize, Nissan will have a strong profit
  recovery" (a forecast; the condition and the yen's rise skipped); "Muramatsu said Nissan is studying
  ... setting up its own finance company" (an internal plan, corporate finance: no type).
* 1980 (Ventspils ice, DCT Thu 1987-03-05, HELSINKI): the "latest report of the Finnish Board of
  Navigation" is a report by a named author (EVENTS.md 4, as 23a): "said" (ice unchanged at
  Ventspils) and "the report said" (icebreaker assistance needed for normal steel vessels: a
  requirement with no actor asked, EVENTS.md 2's STATEMENT side) are STATEMENTs FIN GOV (DCT), and "It
  gave no details of ice conditions at ... Klaipeda" a withheld STATEMENT (negated; 11b/22b/32a's "gave
  no details"). The icebreaker assistance has no identified actor (23a).
* 18426 (Panama Canal, published 1987-06-15 23:12, dateline June 15: DCT 1987-06-15, PANAMA CITY): "a
  spokesman for the U.S.-government agency that operates the waterway said" the canal has not been
  affected by the protests is a STATEMENT USA GOV (the agency is named as a U.S. government body; DCT);
  the quote '"Everything's normal here. It (the canal) is running efficiently ...," said Anel Beliz,
  spokesman for the Panama Canal Commission' restates it (same speaker): a later mention (EVENTS.md 3);
  "The commission was monitoring the situation and contingencies exist ..., he said" is a new STATEMENT.
  "the recent anti-government protests here" is a background nominal with no identifiable protester and
  no date ("recent"), inside the statement's content: skipped (PROTEST PAN -> PAN GOV arguable, the
  title's event). "Unconfirmed reports said several shipping lines had ordered their vessels away" is
  anonymous (skipped with its content).
* 9065 (Venezuela coal partner, DCT Tue 1987-03-24, CARACAS): "Petroleos de Venezuela S.A will announce
  within two weeks the name of a foreign consortium it has chosen ..., PDVSA president Juan Chacin
  Guzman said" gives two records: the announcement, a planned STATEMENT by PDVSA (10b/11a's planned
  announcements), "within two weeks" of 1987-03-24 running into April, so kept at its year (1987, as a
  season at its year, own_blind3; null arguable), location null, with Chacin's "said" as rule-3
  attribution (a STATEMENT on "said", DCT, arguable); and "a foreign consortium it has chosen" (a
  relative clause with its own agent, EVENTS.md 11), COOPERATE VEN BUS -> the consortium (null BUS: its
  nationality unknown), the chooser first as own_dev's "awarded", asserted, undated (present perfect).
  "Chacin told reporters the foreign partner will provide capital ... to the Carbozulia project" is a
  STATEMENT (the partnership's terms, 6a's "the contract calls for"; COOPERATE planned on "provide"
  arguable; DCT). "PDVSA officials said that among those who bid for the partnership is a consortium
  between Agip Carbone ... and Atlantic Richfield" is a STATEMENT (officials of a named company,
  EVENTS.md 4): the bid is skipped (a tender offer: COOPERATE or AGREE arguable), the consortium is
  stative (a joint venture, COOPERATE ITA - USA arguable). "Minister of Energy and Mines Arturo
  Hernandez Grisanti said discussions are currently taking place to finalize the terms of the contract
  with the foreign partner" is CONSULT VEN (implied: PDVSA, BUS) -> the partner (null BUS), 1987-03-24
  ("currently" = now, 16b/21b), "said" attribution. "PDVSA vice-president Pablo Reimpell said last week
  the first shipment of coal ... should be made during the final quarter of 1987" is a STATEMENT dated
  by "last week" (16-22 March, one month: 1987-03, EVENTS.md 21), location null (no place given, not
  DCT-dated); "Reimpell said the original investment ... will be approximately 8 billion bolivars" has
  no time expression of its own: a STATEMENT dated by rule 2 (DCT, CARACAS; last week's statement
  arguable). "Plans call for production to eventually reach 500,000 mt" is a document (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind35b.jsonl"

MTL = ("MONTREAL", "CAN")
UN = ("UNITED NATIONS", "USA")
HOU = ("HOUSTON", "USA")
NYC = ("NEW YORK", "USA")
HEL = ("HELSINKI", "FIN")
PAC = ("PANAMA CITY", "PAN")
CCS = ("CARACAS", "VEN")
AUS_PORTS = ("the ports of Sydney, Melbourne and Fremantle", "AUS")

SHELL_PRODUCTS = ("its Shell Canada Products Ltd unit", "CAN", "BUS")
SOCANAV = ("Socanav Inc", "CAN", "BUS")
SHELL_IMPLIED = (None, "CAN", "BUS")
AHMED = ("Pakistan's acting U.N. representative Aneesuddin Ahmed", "PAK", "GOV")
AHMED_LATER = (("Ahmed", "Ahmed, who"), "PAK", "GOV")
AFG_IMPLIED = (None, "AFG", "GOV")
KELLOGG = ("Henley Group Inc's M.W. Kellogg Co unit", "USA", "BUS")
KELLOGG_IMPLIED = (None, "USA", "BUS")
NISSAN = ("Nissan Motor Co Ltd of Japan", "JPN", "BUS")
MURAMATSU = ("Nissan chief financial officer Atsushi Muramatsu", "JPN", "BUS")
PCC_SPOKESMAN = ("a spokesman for the U.S.-government agency that operates the waterway", "USA", "GOV")
PDVSA = ("Petroleos de Venezuela S.A", "VEN", "BUS")
VEN_IMPLIED = (None, "VEN", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-6714": {
        "events": [
            # 0
            ("COOPERATE", "sell", SHELL_PRODUCTS, SOCANAV, None,
             "1987-04-01", "day", "April one", "planned", None,
             "sale of three tankers by Shell Canada's products unit to Socanav, effective April one, 1987 (a sale "
             "between companies, 24b's 'will sell': COOPERATE planned); 'said' is rule-3 attribution; Socanav CAN "
             "by context (Montreal story, domestic distribution contractor; null arguable)"),
            # 1
            ("STATEMENT", "disclosed", SHELL_IMPLIED, None, MTL,
             "1987-03-18", "day", None, "negated", None,
             "withheld statement: 'Terms were not disclosed' (EVENTS.md 5, agent implied: Shell Canada); DCT, "
             "dateline city"),
            # 2
            ("COOPERATE", "contract", (("it", "Shell also said it"), "CAN", "BUS"),
             (("Socanav", "exclusively from"), "CAN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Shell will contract exclusively from Socanav its marine distribution requirements for an initial "
             "10-year period (a supply contract between companies); the period is a duration with no start given: "
             "undated; 'said' is rule-3 attribution"),
            # 3
            ("STATEMENT", ("said", "Shell also said its"), (("Shell", "Shell also said its"), "CAN", "BUS"), None, MTL,
             "1987-03-18", "day", None, "asserted", None,
             "the tanker unit will lay off 13 employees and Socanav will offer jobs to 41 (layoffs and job offers "
             "have no type, so the reporting clause is a STATEMENT); wire style: DCT, dateline city"),
            # 4
            ("STATEMENT", ("said", "tonnes, Shell said"), (("Shell", "tonnes, Shell said"), "CAN", "BUS"), None, MTL,
             "1987-03-18", "day", None, "asserted", None,
             "description of the three vessels (names and sizes)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the tanker sale is the event)"),
            (("said", "Shell also said it will"), "rule-3 attribution (the distribution contract is the event)"),
            ("lay off", "layoffs (dismissals are not events, 16b)"),
            ("offer jobs", "job offers to the tanker unit's employees: employment, no type (content of the statement)"),
            ("owned", "stative (ownership by Royal Dutch/Shell)"),
        ],
        "entities": [
            ("Shell Canada Ltd", "ORG", "CAN"),
            ("Shell Canada Products Ltd", "ORG", "CAN"),
            ("Socanav Inc", "ORG", "CAN"),
            (("Shell", "Shell also said it"), "ORG", "CAN"),
            (("Socanav", "exclusively from"), "ORG", "CAN"),
            (("Shell", "Shell also said its"), "ORG", "CAN"),
            ("Shell Canadian Tankers Ltd", "ORG", "CAN"),
            (("Socanav", "and that Socanav"), "ORG", "CAN"),
            (("Shell", "three Shell vessels"), "ORG", "CAN"),
            (("Shell", "tonnes, Shell said"), "ORG", "CAN"),
            (("Shell Canada", "Shell Canada is"), "ORG", "CAN"),
            ("Royal Dutch/Shell Group", "ORG", "NLD"),
        ],
    },
    "reuters21578-2267": {
        "events": [
            # 0
            ("ACCUSE", "complained", ("Pakistan", "PAK", "GOV"), (("Afghanistan", "planes from"), "AFG", "GOV"), UN,
             "1987-03-05", "day", "today", "asserted", None,
             "complaint to the United Nations about Afghan air raids on Pakistani villages (a complaint voiced to a "
             "third party is ACCUSE against the party complained of, EVENTS.md 7); 'today'; located at the U.N. "
             "(5b)"),
            # 1
            ("ACCUSE", ("said", "Aneesuddin Ahmed said"), AHMED, AFG_IMPLIED, UN,
             "1987-03-05", "day", "today", "asserted", 0,
             "later mention: the letter to Perez de Cuellar quoted ('These wanton and barbarous attacks ...'), the "
             "complaint itself restated (EVENTS.md 3); the attackers implied (AFG); first mention's date"),
            # 2
            ("REQUEST", "request", AHMED_LATER, (("U.N.", "specific U.N."), None, "IGO"), UN,
             "1987-03-05", "day", "today", "negated", None,
             "'did not request any specific U.N. action': an explicitly withheld request to the U.N. (negated), "
             "placed in today's letter (rule 3)"),
            # 3
            ("STATEMENT", ("said", "U.N. action, said"), AHMED_LATER, None, UN,
             "1987-03-05", "day", None, "asserted", None,
             "the attacks came right after the start of the current round of U.N.-sponsored Geneva talks (the timing, "
             "an assessment); wire style: DCT, dateline"),
            # 4
            ("ACCUSE", "indicated", AHMED_LATER, ("the Kabul regime", "AFG", "GOV"), UN,
             "1987-03-05", "day", None, "asserted", None,
             "'the Kabul regime is deliberately aggravating tensions and vitiating the prospects of the talks' (a new "
             "accusation, second reporting clause, EVENTS.md 3); wire style: DCT"),
        ],
        "skip": [
            ("attacked", "content of the complaint (the air raids; ASSAULT AFG -> PAK arguable, as 19a)"),
            ("killing", "content of the complaint (casualties of the raids)"),
            ("wounding", "content of the complaint (casualties of the raids)"),
            (("attacks", "wanton and barbarous"), "anaphoric nominal (the raids; content of the quoted letter)"),
            ("inflicted", "content of the quote"),
            ("caused", "content of the quote"),
            ("letter", "medium of the reporting clause (part of the later mention)"),
            (("action", "specific U.N."), "content of the withheld request"),
            (("attacks", "said the attacks"), "anaphoric nominal (content of the statement)"),
            ("took place", "content of the statement (the raids)"),
            (("talks", "U.N.-sponsored"), "background nominal in a time adjunct (the Geneva talks on Afghanistan, "
                                          "parties unnamed; CONSULT arguable)"),
            ("aggravating", "content of the accusation"),
            ("vitiating", "content of the accusation"),
            (("talks", "prospects of the"), "content of the accusation (the Geneva talks)"),
        ],
        "entities": [
            ("Pakistan", "GPE", "PAK"),
            ("United Nations", "ORG", None),
            ("Afghanistan", "GPE", "AFG"),
            ("Pakistani", "NORP", "PAK"),
            (("Pakistan", "Pakistan's"), "GPE", "PAK"),
            (("U.N.", "acting U.N."), "ORG", None),
            ("Aneesuddin Ahmed", "PERSON", "PAK"),
            ("Javier Perez de Cuellar", "PERSON", None),
            (("Ahmed", "Ahmed, who"), "PERSON", "PAK"),
            (("U.N.", "specific U.N."), "ORG", None),
            (("U.N.", "U.N.-sponsored"), "ORG", None),
            (("Afghanistan", "talks on"), "GPE", "AFG"),
            ("Geneva", "GPE", "CHE"),
            ("Kabul", "GPE", "AFG"),
        ],
    },
    "reuters21578-10581": {
        "events": [
            # 0
            ("COOPERATE", "selected", KELLOGG, ("Chinese Petroleum Corp", "TWN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "contract award: Kellogg selected by Chinese Petroleum to design, engineer and build an ethylene plant "
             "(GUIDELINES.md: COOPERATE, winner first, the awarding buyer second, as 6a's TRW); 'said' is rule-3 "
             "attribution; no time expression: undated"),
            # 1
            ("STATEMENT", "disclosed", KELLOGG_IMPLIED, None, HOU,
             "1987-03-27", "day", None, "negated", None,
             "withheld statement: 'Terms of the contract were not disclosed' (EVENTS.md 5, agent implied: Kellogg); "
             "DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "but Kellogg said"), (("Kellogg", "but Kellogg"), "USA", "BUS"), None, HOU,
             "1987-03-27", "day", None, "asserted", None,
             "the plant's total cost will be 300 mln dlrs (second clause of the 'but' sentence, EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "Kellogg said engineering"), (("Kellogg", "Kellogg said engineering"), "USA", "BUS"),
             None, HOU,
             "1987-03-27", "day", None, "asserted", None,
             "engineering under way, construction to begin in 1988 ('in 1988' dates the construction, not the "
             "saying)"),
            # 4
            ("STATEMENT", ("said", "1990, Kellogg said"), (("Kellogg", "1990, Kellogg"), "USA", "BUS"), None, HOU,
             "1987-03-27", "day", None, "asserted", None,
             "the plant will go into operation in 1990 (forecast)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the contract award is the event)"),
            ("design", "content of the contract award"),
            ("engineer", "content of the contract award"),
            ("build", "content of the contract award"),
            (("contract", "Terms of the"), "anaphoric nominal (the award)"),
            ("engineering", "content of the statement (work under way)"),
            ("construction", "content of the statement"),
            ("begin", "content of the statement"),
            ("go into operation", "content of the forecast (the plant's start-up)"),
        ],
        "entities": [
            ("Henley Group Inc", "ORG", "USA"),
            ("M.W. Kellogg Co", "ORG", "USA"),
            ("Chinese Petroleum Corp", "ORG", "TWN"),
            (("Chinese Petroleum", "at Chinese"), "ORG", "TWN"),
            ("Kaohsiung", "GPE", "TWN"),
            ("Taiwan", "GPE", "TWN"),
            (("Kellogg", "but Kellogg"), "ORG", "USA"),
            (("Kellogg", "Kellogg said engineering"), "ORG", "USA"),
            (("Kellogg", "1990, Kellogg"), "ORG", "USA"),
        ],
    },
    "reuters21578-12823": {
        "events": [
            # 0
            ("PROTEST", "preventing", ("Tug crews", "AUS", "ORG"), ("foreign-flag container vessels", None, "BUS"),
             AUS_PORTS,
             "1987-04-01", "day", "late Wednesday", "asserted", None,
             "tug crews' industrial bans stopping foreign-flag container ships at three ports (union action = PROTEST, "
             "as events_dev's dock strike; COERCE as a blockade arguable); an identifiable act reported by anonymous "
             "shipping sources (32a), their 'said' skipped; the ongoing bans dated by their start in the later "
             "mention, 'late Wednesday' = 1987-04-01 (13b/22a; 'today and tomorrow' dated by its start)"),
            # 1
            ("PROTEST", "imposed", ("maritime unions", "AUS", "ORG"), None, None,
             "1987-04-01", "day", "late Wednesday", "asserted", 0,
             "later mention: maritime unions imposed the bans late Wednesday (the most recent Wednesday before Fri "
             "1987-04-03); relayed by the anonymous sources ('They said' skipped)"),
        ],
        "skip": [
            ("said", "anonymous-source talk (shipping sources)"),
            (("said", "They said"), "anonymous-source talk (shipping sources)"),
            ("claims", "background nominal in a speculative reason (pay claims, addressee unnamed; REQUEST arguable)"),
            ("awarded", "the Arbitration Commission's national wage award: domestic wage setting, no type"),
            ("being delayed", "consequence of the bans, no acting actor"),
            (("bans", "but the bans"), "anaphoric nominal (subject of the forecast)"),
            ("affect", "forecast consequence (anonymous talk)"),
            ("disrupt", "forecast consequence (anonymous talk)"),
            (("said", "schedules, they said"), "anonymous-source talk (shipping sources)"),
            ("dispute", "anaphoric nominal (the bans and pay claims)"),
            ("goes", "referral of the dispute to the Commission on Monday: no actor named (CONSULT planned 1987-04-06 "
                     "arguable); anonymous talk"),
            (("said", "Monday, they said"), "anonymous-source talk (shipping sources)"),
        ],
        "entities": [
            ("Sydney", "GPE", "AUS"),
            ("Melbourne", "GPE", "AUS"),
            ("Fremantle", "GPE", "AUS"),
            ("Arbitration Commission", "ORG", "AUS"),
            (("Commission", "goes to the"), "ORG", "AUS"),
        ],
    },
    "reuters21578-12201": {
        "events": [
            # 0
            ("STATEMENT", "said", NISSAN, None, NYC,
             "1987-04-01", "day", None, "asserted", None,
             "Nissan expects it was profitable in the second half ended yesterday (an earnings estimate); wire style: "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "seminar,"), MURAMATSU, None, NYC,
             "1987-04-01", "day", None, "asserted", None,
             "in a speech before an automotive seminar: the improvement came from cost reductions and "
             "rationalizations (the seminar is the occasion; no place or date given: DCT, dateline city)"),
            # 2
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "JPN", "BUS"), None, NYC,
             "1987-04-01", "day", None, "asserted", None,
             "forecast: a strong profit recovery in fiscal 1988 if exchange rates stabilize"),
            # 3
            ("STATEMENT", ("said", "Muramatsu said"), (("Muramatsu", "Muramatsu said"), "JPN", "BUS"), None, NYC,
             "1987-04-01", "day", None, "asserted", None,
             "Nissan is studying setting up its own finance company (an internal corporate plan, no type)"),
        ],
        "skip": [
            ("expects", "content of the statement (earnings estimate)"),
            ("speech", "occasion of the reporting clause (part of it)"),
            ("attributed", "content of the statement"),
            ("reductions", "internal cost cutting (no type)"),
            ("rationalizations", "internal rationalization (no type)"),
            ("stabilize", "condition (market movement)"),
            ("advancing", "market-price movement (the yen)"),
            ("studying", "internal corporate study (no type; content of the statement)"),
            ("setting up", "corporate finance (own finance company; content)"),
            (("improve", "company to improve"), "purpose (content)"),
        ],
        "entities": [
            ("Nissan Motor Co Ltd", "ORG", "JPN"),
            ("Japan", "GPE", "JPN"),
            (("Nissan", "Nissan chief"), "ORG", "JPN"),
            ("Atsushi Muramatsu", "PERSON", "JPN"),
            (("Nissan", "Nissan will"), "ORG", "JPN"),
            (("Muramatsu", "Muramatsu said"), "PERSON", "JPN"),
            (("Nissan", "Nissan is"), "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("European", "NORP", None),
        ],
    },
    "reuters21578-1980": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Finnish Board of Navigation", "FIN", "GOV"), None, HEL,
             "1987-03-05", "day", None, "asserted", None,
             "its latest report: ice conditions unchanged at Ventspils (a report by a named author is a speech act, "
             "EVENTS.md 4, as 23a's Board of Navigation); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the report said"), (("the report", "ice, the report"), "FIN", "GOV"), None, HEL,
             "1987-03-05", "day", None, "asserted", None,
             "icebreaker assistance needed for normal steel vessels to reach Ventspils (a requirement with no actor "
             "asked: STATEMENT, EVENTS.md 2)"),
            # 2
            ("STATEMENT", "gave no details", (("It", "It gave"), "FIN", "GOV"), None, HEL,
             "1987-03-05", "day", None, "negated", None,
             "withheld statement: no details of ice conditions at Klaipeda (11b/22b/32a's 'gave no details')"),
        ],
        "skip": [
            ("assistance", "icebreaker assistance: no identified actor, no type (23a)"),
            ("reach", "purpose (content of the report)"),
            ("needed", "requirement with no actor asked (content of the report)"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Baltic", "LOC", None),
            ("Ventspils", "GPE", "SUN"),
            ("Finnish Board of Navigation", "ORG", "FIN"),
            (("Ventspils", "reach Ventspils"), "GPE", "SUN"),
            (("Soviet", "other major Soviet"), "NORP", "SUN"),
            (("Baltic", "other major Soviet Baltic"), "LOC", None),
            ("Klaipeda", "GPE", "SUN"),
        ],
    },
    "reuters21578-18426": {
        "events": [
            # 0
            ("STATEMENT", ("said", "operates the waterway"), PCC_SPOKESMAN, None, PAC,
             "1987-06-15", "day", None, "asserted", None,
             "the canal has not been affected by the recent anti-government protests (the spokesman of the "
             "U.S.-government Panama Canal Commission: USA GOV); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "well,\" said"), ("Anel Beliz", "USA", "GOV"), None, PAC,
             "1987-06-15", "day", None, "asserted", 0,
             "later mention: the quote 'Everything's normal here ...' restates the paraphrase of the lead, same "
             "speaker (EVENTS.md 3)"),
            # 2
            ("STATEMENT", ("said", "operation, he said"), (("he", "operation, he said"), "USA", "GOV"), None, PAC,
             "1987-06-15", "day", None, "asserted", None,
             "the commission is monitoring the situation and contingencies exist (new content)"),
        ],
        "skip": [
            ("affected", "negated stative (content of the statement)"),
            ("protests", "background nominal with no identifiable protester (the recent anti-government protests in "
                         "Panama, 'recent' gives no date; PROTEST PAN arguable), content of the statement"),
            ("operates", "stative (the agency's operation of the canal)"),
            ("running", "stative (content of the quote)"),
            ("monitoring", "internal work of one body (content of the statement)"),
            ("ensure", "content of the statement"),
            (("said", "Unconfirmed reports"), "anonymous-source talk (unconfirmed reports)"),
            ("ordered", "content of unconfirmed reports (unnamed shipping lines' routing decisions: no type)"),
        ],
        "entities": [
            ("Panama Canal", "LOC", "PAN"),
            ("U.S.", "GPE", "USA"),
            ("Anel Beliz", "PERSON", "USA"),
            ("Panama Canal Commission", "ORG", "USA"),
            (("Panama", "away from Panama"), "GPE", "PAN"),
        ],
    },
    "reuters21578-9065": {
        "events": [
            # 0
            ("STATEMENT", "announce", PDVSA, None, None,
             "1987", "year", "within two weeks", "planned", None,
             "PDVSA will announce within two weeks the name of the chosen foreign consortium (a planned announcement "
             "is a planned STATEMENT, 10b/11a); 'within two weeks' of Tue 1987-03-24 runs into April, so it is kept "
             "at its year (as a season, own_blind3); Chacin's 'said' is rule-3 attribution (a STATEMENT on 'said', "
             "DCT, arguable)"),
            # 1
            ("COOPERATE", "chosen", (("it", "consortium it"), "VEN", "BUS"), ("a foreign consortium", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "PDVSA has chosen a foreign consortium to help exploit the Guasare coal (a partner chosen for a contract: "
             "COOPERATE, the choosing company first as own_dev's 'awarded'; a relative clause with its own agent, "
             "EVENTS.md 11); present perfect, no time expression: undated; the consortium's nationality unknown: "
             "null"),
            # 2
            ("STATEMENT", "told", (("Chacin", "Chacin told"), "VEN", "BUS"), None, CCS,
             "1987-03-24", "day", None, "asserted", None,
             "the partner will provide capital and technical and marketing expertise to the Carbozulia project (the "
             "partnership's terms, 6a's 'the contract calls for'; COOPERATE planned on 'provide' arguable); wire "
             "style: DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "PDVSA officials said"), ("PDVSA officials", "VEN", "BUS"), None, CCS,
             "1987-03-24", "day", None, "asserted", None,
             "among the bidders is the Agip Carbone - Atlantic Richfield consortium (officials of a named company, "
             "EVENTS.md 4; the bid is skipped, so the reporting clause is a STATEMENT)"),
            # 4
            ("CONSULT", "discussions", VEN_IMPLIED, (("the foreign partner", "contract with"), None, "BUS"), None,
             "1987-03-24", "day", "currently", "asserted", None,
             "discussions currently taking place to finalize the contract terms with the foreign partner (the "
             "Venezuelan side, PDVSA, implied); 'currently' = now (16b/21b); the minister's 'said' is rule-3 "
             "attribution"),
            # 5
            ("STATEMENT", ("said", "Pablo Reimpell said"), ("PDVSA vice-president Pablo Reimpell", "VEN", "BUS"), None,
             None,
             "1987-03", "month", "last week", "asserted", None,
             "forecast: the first coal shipment in the final quarter of 1987; 'said last week' dates the saying (week "
             "of 16-22 March, kept at its month, EVENTS.md 21); no place given: location null"),
            # 6
            ("STATEMENT", ("said", "Reimpell said the"), (("Reimpell", "Reimpell said the"), "VEN", "BUS"), None, CCS,
             "1987-03-24", "day", None, "asserted", None,
             "the original investment will be about 8 billion bolivars; no time expression of its own: wire style, "
             "DCT (last week's statement arguable)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the planned announcement is the event)"),
            ("help exploit", "purpose of the partnership"),
            ("provide", "content of the statement: the partnership's terms (COOPERATE planned arguable)"),
            ("manage", "the state company managing its own project: domestic, no type"),
            ("bid", "tender bids for the partnership, content of the officials' statement (an offer: COOPERATE or "
                    "AGREE arguable)"),
            (("consortium", "is a consortium"), "stative: the Agip Carbone - Atlantic Richfield joint venture "
                                                "(COOPERATE ITA - USA arguable; content)"),
            (("said", "Grisanti said"), "rule-3 attribution (the discussions are the event)"),
            ("finalize", "purpose of the discussions"),
            (("contract", "terms of the contract"), "content (the contract under discussion)"),
            ("shipment", "content of the forecast (first coal shipment, no counterpart named)"),
            ("Plans call", "a document (plans): not a speech act"),
            ("reach", "content of the plans (production target)"),
            ("investment", "corporate finance (content of the statement)"),
        ],
        "entities": [
            ("Petroleos de Venezuela S.A", "ORG", "VEN"),
            ("Guasare", "LOC", "VEN"),
            ("Zulia", "GPE", "VEN"),
            ("PDVSA", "ORG", "VEN"),
            ("Juan Chacin Guzman", "PERSON", "VEN"),
            (("Chacin", "Chacin told"), "PERSON", "VEN"),
            (("PDVSA", "PDVSA officials"), "ORG", "VEN"),
            ("Agip Carbone", "ORG", "ITA"),
            ("Italy", "GPE", "ITA"),
            ("Ente Nazionale Idrocarburi", "ORG", "ITA"),
            ("ENI", "ORG", "ITA"),
            ("Atlantic Richfield", "ORG", "USA"),
            ("United States", "GPE", "USA"),
            ("Arturo Hernandez Grisanti", "PERSON", "VEN"),
            (("PDVSA", "PDVSA vice-president"), "ORG", "VEN"),
            ("Pablo Reimpell", "PERSON", "VEN"),
            (("Reimpell", "Reimpell said the"), "PERSON", "VEN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
