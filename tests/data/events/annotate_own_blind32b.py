"""Build ``own_blind32b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind32b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,690 left); 24 drawn with random.Random(32101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
40 event records (34 first mentions, 6 later mentions), 88 not_annotated spans, 101 entity mentions;
one article without events (15728, grain freight enquiries); 9171 (Belgo-Luxembourg trade) has a single
STATEMENT, 11640 (USDA deadline) reporting-clause STATEMENTs only. Types: STATEMENT 24, COOPERATE 6,
CONSULT 4, ACCUSE 4, REJECT 2; modality: asserted 32, planned 6, hypothetical 2; precision: day 27,
unknown 11, year 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context with ``--show``; no wrong first match was found there, the
known traps having been anchored up front: "use" inside "caused", "Japan" inside "Japan Air Line",
"Boeing" in "Boeing Co.", "Outokumpu" in "Outokumpu Oy", and the skips on "interested", "for sale",
"buying" and "said" in 982, which recur). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Deputy U.S. Trade
Representative Michael Smith": GPE "U.S." and the PERSON; "ASCA Administrator Milton Hertz": ORG "ASCA"
(the text's misspelling of ASCS) and the PERSON; "H.J. Heinz chairman Tony O'Reilly": ORG and PERSON); a
government body with its country word is one ORG span ("U.S. Agriculture Department", as the earlier
sets); "Ministry of International Trade and Industry" and "(MITI)" separate ORG mentions JPN; tickers
in angle brackets are left out; company suffixes stay in the span ("Boeing Co.", "Outokumpu Oy",
"Iberica del Cobre, S.A.", "Guinness PLC"). Countries from the text or, where it gives none, the
entity's own: H.J. Heinz ORG USA, Guinness PLC / Guinness ORG GBR (the London-listed group; IRL arguable
from the Dublin brewery and dateline), Tony O'Reilly PERSON IRL (the Irish businessman; the text's
context is Irish press and a Dublin dateline; USA arguable as Heinz's chairman), the Irish magazine
Business and Finance ORG IRL, Boeing ORG USA, Japan Air Line / JAL / All Nippon Airlines ORG JPN, "Toyko"
(the text's misspelling) GPE JPN, Asahi Shimbun ORG JPN, Outokumpu Oy / Outokumpu ORG FIN, Iberica del
Cobre ORG ESP; "agent for Outokumpu Spain" read as "for Outokumpu [in] Spain": ORG "Outokumpu" FIN and
GPE "Spain" ESP (one ORG "Outokumpu Spain" arguable); the Belgo-Luxembourg Economic Union ORG null (a
union of two states, as the EC); the National Statistics Office ORG BEL (Brussels dateline); the
BIFFEX / Baltic International Freight Futures Exchange, London Commodity Exchange, Baltic Exchange,
London Potato Futures Association, GAFTA Soya Bean Meal Futures Association and London Meat Futures
Exchange ORG GBR (place names inside these names not tagged separately); "Baltic" in "a new umbrella
of Baltic futures exchanges" is not tagged (an adjective from the Baltic Exchange's name, not a place
or people); the Agricultural Stabilization and Conservation (county offices), ASCS, the Cotton, Grain
and Rice Price Support Division and USDA ORG USA; the Conservation Reserve Program (a programme) is not
an entity. Freight ports (15728): Antwerp BEL, Libya LBY, New Orleans USA, Guanta VEN, Naantali FIN,
"Saudi Red Sea" LOC SAU (15a's "German North Sea"), Dunkirk FRA, Xingang CHN, Toledo USA (the Lake Erie
grain port), Seaforth GBR (the Liverpool dock), "River Plate" LOC null (an estuary shared by Argentina
and Uruguay; ARG arguable), Malaysia MYS.

Judgement calls made here:
* DCT: the date of ``published_at`` throughout (own_blind3 / 29b call), also where the dateline is
  another day: 19786 (published 1987-06-29, dateline "HELSINKI, June 26"; no dated speech act there)
  and 14820 (published 1987-04-07 23:49, dateline "TOKYO, April 8"): there "today" = 1987-04-07 and
  "tomorrow" = 1987-04-08 by rule, although the local dates were probably a day later (as 29b's "last
  night"; the rule was followed).
* 19786 (Outokumpu / Iberica del Cobre): "Outokumpu Oy said in a statement it was entering Spanish
  markets as a shareholder in Iberica del Cobre, S.A." is COOPERATE FIN BUS -> ESP BUS (a stake
  acquisition between companies, own_blind / 16b calls) on "entering", planned (the deal "awaits
  approval by the Spanish government" and "will acquire"), undated (no time expression, rule 17);
  "said" is rule-3 attribution. "Outokumpu will acquire 21 pct of the shares in the Spanish company" is
  its later mention (planned). The agent company to be set up (corporate, no counterpart), the deal
  awaiting approval (a condition) and the sales and turnover figures (statistics) are skipped.
* 15728 (grain freight enquiries): no event (a negative): route lines with no named actor; the freight
  "offers" are market activity with no actor (skipped).
* 11640 (USDA extends a deadline, DCT 1987-03-31, WASHINGTON): extending the farm-plan deadline (now
  and "Earlier this year") is domestic administration with no type, so the reporting clauses are
  STATEMENTs (USA GOV, DCT): the Department's "said", Sitter's "said the decision meant farmers have
  until April 17", "..., Sitter said" (the earlier extension; "Earlier this year" dates the extension,
  not the saying), Hertz's "said in a statement that the extension was necessary because of heavy
  workloads", and "Hertz said ASCS county officials 'have had to make ... determinations ...'" (new
  content: the eligibility determinations for the payment cap). The closing quote '"These offices
  already had a very heavy workload ...," Hertz said' restates the heavy-workload reason: a later mention
  of Hertz's first statement (EVENTS.md 3). The payment cap is domestic policy (skipped).
* 5499 (BIFFEX ballot, DCT Mon 1987-03-16, LONDON): "a BIFFEX official said" (an official of a named
  body, EVENTS.md 4) and "he said" are STATEMENTs (GBR ORG, DCT); the members' ballot, the board's
  decision and meeting are internal to one body (EVENTS.md 10, skipped), and merging with the London
  Commodity Exchange or coming under a new umbrella is the ballot's question (hypothetical content:
  skipped, COOPERATE hypothetical arguable). "Last week three exchanges ... instructed legal advisers to
  implement a merger" is coded as the merger: COOPERATE (a merger between companies) on "merger",
  planned, the three same-country exchanges one actor1 (EVENTS.md 12) and actor2 implied (each other,
  GBR), undated (the merger itself has no time expression; "Last week" dates the instruction). The
  instruction to their own legal advisers is skipped (AGREE to merge dated 1987-03 arguable).
* 13049 (Boeing / JAL brace, DCT Fri 1987-04-03, SEATTLE): Boeing's technical inquiry into the snapped
  brace (no target actor, own_dev's "probing"), the service advisory to unnamed operators, the
  hypothetical service bulletin, JAL's routine check and its inspection order of its own fleet are not
  typed acts, so the identifiable spokesmen's reporting clauses are STATEMENTs (DCT): four by Boeing's
  spokesman (USA BUS, SEATTLE: the lead, the quote on the advisory, the service-bulletin quote, and
  "only JAL and All Nippon Airlines use the 747-SR"), one more by "He" (the braces shipped to a Boeing
  plant), and two by JAL (JPN BUS, located in "Toyko" as the text places the JAL spokesman there; "The
  airlines said" taken as the same Tokyo source). Each Boeing quote has its own content (first
  mentions). "JAL took delivery of its first 747-SR in 1973 and purchased two more last year" is two
  COOPERATE records JPN BUS -> Boeing (implied, USA BUS: the maker of the 747-SR; the type needs two
  parties, EVENTS.md 14), on "delivery" (1973, year) and "purchased" (1986, year: "last year"), both
  asserted, location null.
* 14820 (Kuroda to Washington; DCT 1987-04-07 by rule): "Makoto Kuroda leaves for Washington today" is
  CONSULT JPN GOV -> USA (a visit, visitor first, as EVENTS.md 13's "will arrive here"; host anchored on
  "Washington"), planned (a scheduled departure), 1987-04-07 ("today"), located in Washington. "refute U.S.
  Charges Japan has violated a pact on microchip trade" gives ACCUSE USA -> JPN on "Charges" (a nominal
  with its own content clause, EVENTS.md 11), undated; the hoped-for refutation (REJECT hypothetical
  arguable), the violation and the pact are skipped. "talks between Kuroda and Deputy U.S. Trade
  Representative Michael Smith" is CONSULT JPN -> USA, planned, located in Washington, dated by the later
  mention "talks tomorrow and Friday" (its start: 1987-04-08 by rule; the first mention takes the later
  mention's time expression, 13b); that later mention sits in the condition "if he fails in talks ..."
  but carries the talks' date. The three-man team "laying the groundwork" in Washington is preparation
  with no counterpart named (skipped, CONSULT arguable); "aimed at persuading the U.S. Not to impose
  tariffs" is the talks' purpose (skipped, REQUEST arguable), and the U.S. tariffs (also "the U.S.
  Decision", "sanctions", "imposition of tariffs") are never asserted in a clause of their own (skipped,
  SANCTION planned arguable). "But Kuroda said he is taking no new proposals" is a STATEMENT (JPN GOV, DCT,
  TOKYO) and 'Kuroda told the daily newspaper Asahi Shimbun' its quoted restatement (later mention; a
  direct telling, wire style: DCT). "Kuroda said the U.S. Decision was based on incorrect data and an
  exaggerated sense of MITI's power" is ACCUSE JPN -> USA (criticism; STATEMENT arguable), DCT, and the
  quote '"The U.S. Has excessive expectations ...," he said' its later mention. "Kuroda also laid part of
  the blame for low U.S. Chip sales in Japan on a lack of effort by American firms here" is ACCUSE JPN ->
  the American firms (USA BUS) on "blame" (the event noun after the light verb "laid"), DCT. "He said if
  he fails ..., he will seek further talks with U.S. Trade Representative Clayton Yeutter" is CONSULT
  JPN -> USA (Yeutter) on "talks", hypothetical (conditional on failure), undated, with "said" rule-3
  attribution and "seek" skipped as part of it. "U.S. Officials said this week's talks are unlikely to
  delay imposition of tariffs" is a STATEMENT (officials of a named government: USA GOV, DCT, location the
  dateline TOKYO as the text gives none); "this week's talks" is anaphoric (skipped).
* 9171 (Belgo-Luxembourg trade, DCT 1987-03-25, BRUSSELS): one statistics STATEMENT by the National
  Statistics Office (BEL GOV); the union "recorded", the revision and the import fall are statistics.
* 982 (O'Reilly and Guinness brewing, DCT 1987-03-03, DUBLIN): "Tony O'Reilly would be interested in
  buying Guinness PLC's brewery division if it were for sale, a spokesman said" is COOPERATE IRL -> GBR
  (an acquisition between business parties, O'Reilly acting for himself: no consortium, bank support for
  him) on "buying", hypothetical (conditional interest, as 11a's "possible acquisition"), undated; the
  spokesman's "said" is rule-3 attribution. "The spokesman, reacting to Irish and British press reports,
  said '... But he has not put together a consortium, nor has he been buying shares'" is REJECT (a denial
  of the press reports) by the spokesman (IRL BUS, as O'Reilly) toward the reports' authors, split by
  country (EVENTS.md 12): the Irish press (IRL ORG, implied) and the British press (GBR ORG, implied),
  same trigger, DCT, DUBLIN (STATEMENT arguable); the restated interest, the condition ("were the group
  to offer"), the consortium and share buying are its content (skipped). The magazine material is
  relayed speech, undated, location null: "He was quoted by the Irish magazine Business and Finance as
  saying he would be interested ... and that he had the support of two international banks ..." is a
  STATEMENT on "quoted" (the restated interest and the unnamed banks' conditional backing are content:
  skipped, a later COOPERATE mention or AID arguable); "In the magazine article, he suggested that ...
  the asking price would not be higher than 800 mln punts" is a STATEMENT, and '"A multiple of ten times
  earnings would be the top whack ...," he said' its quoted restatement (later mention); '"This would
  mean an expensive exercise ...," he added' and "The deal would mean buying the Dublin, London, Nigerian
  and Malaysian breweries because '...,' O'Reilly said" are STATEMENTs with new content, taken as the
  continuation of the magazine quotes (undated; the DCT by rule 2 arguable). The hypothetical purchase
  and sale in these quotes are content (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind32b.jsonl"

WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
SEA = ("SEATTLE", "USA")
TOK = ("TOKYO", "JPN")
TOYKO = ("Toyko", "JPN")
BRU = ("BRUSSELS", "BEL")
DUB = ("DUBLIN", "IRL")
WASHINGTON = ("Washington", "USA")

BOEING_IMPLIED = (None, "USA", "BUS")
JAL = (("JAL", "JAL took"), "JPN", "BUS")
KURODA = ("Makoto Kuroda", "JPN", "GOV")
OREILLY = ("Tony O'Reilly", "IRL", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19786": {
        "events": [
            # 0
            ("COOPERATE", "entering", ("Outokumpu Oy", "FIN", "BUS"), ("Iberica del Cobre, S.A.", "ESP", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Outokumpu entering the Spanish market as a shareholder in Iberica del Cobre: a stake acquisition between "
             "companies (planned: 'will acquire', the deal awaits government approval); 'said' is rule-3 attribution; "
             "no time expression"),
            # 1
            ("COOPERATE", "acquire", (("Outokumpu", "Outokumpu will"), "FIN", "BUS"),
             ("the Spanish\ncompany", "ESP", "BUS"), None,
             None, "unknown", None, "planned", 0,
             "later mention: Outokumpu will acquire 21 pct of the Spanish company's shares"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the stake acquisition is the event)"),
            ("statement", "part of the reporting clause ('said in a statement')"),
            ("set up", "a new agent company to be set up: corporate, no counterpart"),
            ("deal", "anaphoric nominal (the stake acquisition)"),
            ("approval", "condition ('awaits approval by the Spanish government')"),
            ("makes", "generic (the company's products)"),
            (("sales", "its sales"), "statistics"),
            ("amounted", "statistics"),
        ],
        "entities": [
            ("Finland", "GPE", "FIN"),
            ("Outokumpu Oy", "ORG", "FIN"),
            ("Spanish", "NORP", "ESP"),
            ("Iberica del Cobre, S.A.", "ORG", "ESP"),
            (("Outokumpu", "Outokumpu will"), "ORG", "FIN"),
            (("Spanish", "shares in the"), "NORP", "ESP"),
            (("Outokumpu", "agent for"), "ORG", "FIN"),
            (("Spain", "agent for Outokumpu"), "GPE", "ESP"),
            (("Spanish", "approval by the"), "NORP", "ESP"),
            (("Iberica del Cobre", "Iberica del Cobre makes"), "ORG", "ESP"),
            (("Outokumpu", "Outokumpu's"), "ORG", "FIN"),
        ],
    },
    "reuters21578-15728": {
        "events": [],
        "skip": [
            ("offers", "freight offer with no named actor (market activity)"),
        ],
        "entities": [
            ("Antwerp", "GPE", "BEL"),
            ("Libya", "GPE", "LBY"),
            ("New Orleans", "GPE", "USA"),
            ("Guanta", "GPE", "VEN"),
            ("Naantali", "GPE", "FIN"),
            ("Saudi Red Sea", "LOC", "SAU"),
            ("Dunkirk", "GPE", "FRA"),
            ("Xingang", "GPE", "CHN"),
            ("Toledo", "GPE", "USA"),
            ("Seaforth", "GPE", "GBR"),
            ("River Plate", "LOC", None),
            ("Malaysia", "GPE", "MYS"),
        ],
    },
    "reuters21578-11640": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The U.S. Agriculture Department", "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "announcement of a deadline extension (domestic administration: no type), wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "Division,"), ("Jerome Sitter", "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "the decision gives farmers until April 17 to file an operating plan"),
            # 2
            ("STATEMENT", ("said", "Sitter said"), (("Sitter", "Sitter said"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "the earlier extension from March 1 to April 1 (no type; 'Earlier this year' dates the extension, not "
             "the saying)"),
            # 3
            ("STATEMENT", ("said", "Milton Hertz"), ("ASCA Administrator Milton Hertz", "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "the extension was necessary because of heavy workloads at county offices"),
            # 4
            ("STATEMENT", ("said", "Hertz said ASCS"), (("Hertz", "Hertz said ASCS"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "new content: county officials have had to make many eligibility determinations for the payment cap"),
            # 5
            ("STATEMENT", ("said", "Program,\" Hertz"), (("Hertz", "Program,\" Hertz"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", 3,
             "later mention: quoted restatement of the heavy-workload reason (EVENTS.md 3)"),
        ],
        "skip": [
            ("extended", "domestic administrative deadline extension: no type"),
            ("determine", "content (county offices' eligibility determinations)"),
            ("decision", "anaphoric nominal (the extension)"),
            ("file", "content (farmers filing plans)"),
            (("extended", "USDA extended"), "earlier domestic deadline extension: no type"),
            ("statement", "part of the reporting clause ('said in a statement')"),
            ("extension", "anaphoric nominal"),
            ("make", "content of the statement (eligibility determinations)"),
            ("imposing", "domestic payment cap (domestic policy): no type"),
            ("applications", "statistics (program applications)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Agricultural\nStabilization and Conservation", "ORG", "USA"),
            ("Jerome Sitter", "PERSON", "USA"),
            ("ASCS", "ORG", "USA"),
            ("Cotton, Grain and Rice\nPrice Support Division", "ORG", "USA"),
            ("USDA", "ORG", "USA"),
            (("Sitter", "Sitter said"), "PERSON", "USA"),
            ("ASCA", "ORG", "USA"),
            ("Milton Hertz", "PERSON", "USA"),
            (("ASCS", "county ASCS"), "ORG", "USA"),
            (("Hertz", "Hertz said ASCS"), "PERSON", "USA"),
            (("ASCS", "Hertz said ASCS"), "ORG", "USA"),
            (("Hertz", "Program,\" Hertz"), "PERSON", "USA"),
        ],
    },
    "reuters21578-5499": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a BIFFEX official", "GBR", "ORG"), None, LON,
             "1987-03-16", "day", None, "asserted", None,
             "members to be balloted on a merger (an internal vote: no type); an official of a named body "
             "(EVENTS.md 4); wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "month, he"), (("he", "month, he"), "GBR", "ORG"), None, LON,
             "1987-03-16", "day", None, "asserted", None,
             "the final decision left to the BIFFEX board, meeting at the end of the month (internal: no type)"),
            # 2
            ("COOPERATE", "merger", ("three exchanges", "GBR", "ORG"), (None, "GBR", "ORG"), None,
             None, "unknown", None, "planned", None,
             "merger of the three exchanges trading on the Baltic Exchange (a same-country compound: one actor1; the "
             "counterpart is each other: implied GBR); planned; 'Last week' dates the instruction, not the merger"),
        ],
        "skip": [
            ("balloted", "internal vote of one body's members (EVENTS.md 10)"),
            ("merge", "question of the ballot (hypothetical; COOPERATE hypothetical arguable)"),
            ("come under", "question of the ballot (hypothetical)"),
            ("decision", "internal decision of the BIFFEX board"),
            ("left", "internal (decision left with the board)"),
            ("meet", "internal meeting of a single body (EVENTS.md 10)"),
            ("trading", "stative (exchanges trading on the Baltic Exchange)"),
            ("instructed", "instruction to their own legal advisers (internal); the merger is coded on 'merger' (AGREE "
                           "to merge, 1987-03, arguable)"),
            ("implement", "content of the instruction (the merger, coded on 'merger')"),
        ],
        "entities": [
            ("Baltic International\nFreight Futures Exchange", "ORG", "GBR"),
            ("BIFFEX", "ORG", "GBR"),
            ("London Commodity\nExchange", "ORG", "GBR"),
            (("BIFFEX", "a BIFFEX official"), "ORG", "GBR"),
            (("BIFFEX", "the BIFFEX board"), "ORG", "GBR"),
            ("Baltic\nExchange", "ORG", "GBR"),
            ("London Potato Futures Association", "ORG", "GBR"),
            ("GAFTA Soya\nBean Meal Futures Association", "ORG", "GBR"),
            ("London Meat Futures\nExchange", "ORG", "GBR"),
        ],
    },
    "reuters21578-13049": {
        "events": [
            # 0
            ("STATEMENT", ("said", "airplane manufacturer"), ("a spokesman for the airplane manufacturer", "USA", "BUS"),
             None, SEA, "1987-04-03", "day", None, "asserted", None,
             "Boeing is trying to find out what caused the brace to snap (a technical inquiry with no target: no "
             "typed act); wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "747s,\""), (("the spokesman", "747s,\" said"), "USA", "BUS"), None, SEA,
             "1987-04-03", "day", None, "asserted", None,
             "quote with new content: Boeing knows of the problem and has provided a service advisory to operators"),
            # 2
            ("STATEMENT", ("said", "concerned about,\""), (("the spokesman", "concerned about,\""), "USA", "BUS"), None,
             SEA, "1987-04-03", "day", None, "asserted", None,
             "quote with new content: a service bulletin would be sent out if needed (hypothetical)"),
            # 3
            ("STATEMENT", ("said", "in Toyko"), ("A JAL spokesman", "JPN", "BUS"), None, TOYKO,
             "1987-04-03", "day", None, "asserted", None,
             "inspectors found a brace snapped due to metal fatigue (an accident); located where the text puts the "
             "spokesman"),
            # 4
            ("STATEMENT", ("said", "The airlines"), ("The airlines", "JPN", "BUS"), None, TOYKO,
             "1987-04-03", "day", None, "asserted", None,
             "JAL ordered an inspection of its own 11 747-SRs (internal: no type); taken as the same Tokyo source"),
            # 5
            ("STATEMENT", ("said", "Boeing's spokesman"), ("Boeing's spokesman", "USA", "BUS"), None, SEA,
             "1987-04-03", "day", None, "asserted", None, "only JAL and All Nippon Airlines use the 747-SR"),
            # 6
            ("COOPERATE", "delivery", JAL, BOEING_IMPLIED, None,
             "1973", "year", "1973", "asserted", None,
             "JAL took delivery of its first 747-SR in 1973 (aircraft purchase from the maker, Boeing implied: the "
             "type needs two parties)"),
            # 7
            ("COOPERATE", "purchased", JAL, BOEING_IMPLIED, None,
             "1986", "year", "last year", "asserted", None,
             "JAL purchased two more 747-SRs last year (= 1986), Boeing implied"),
            # 8
            ("STATEMENT", ("said", "He said the braces"), (("He", "He said the braces"), "USA", "BUS"), None, SEA,
             "1987-04-03", "day", None, "asserted", None,
             "the braces were shipped to a Boeing plant for inspection (transport with no acting actor)"),
        ],
        "skip": [
            ("trying to find out", "technical inquiry into a mechanical failure: no target actor (own_dev's 'probing')"),
            ("caused", "content (cause of the failure)"),
            ("snap", "mechanical failure (accident)"),
            ("provided", "service advisory to unnamed operators: a technical notice, no type"),
            ("advising any massive inspections", "negated recommendation to unnamed operators (content of the quote)"),
            ("alerts", "a document (the advisory) alerting: not a speech act"),
            ("occurred", "mechanical problem (accident)"),
            ("recommend", "a document (negated recommendation)"),
            ("sent out", "hypothetical service bulletin (content of the quote)"),
            ("check", "routine inspection (content)"),
            ("found", "content of the JAL statement"),
            ("snapped", "mechanical failure (accident)"),
            ("ordered an inspection", "JAL's inspection order of its own fleet: internal, no type"),
            ("modified", "stative (the aircraft's design)"),
            (("use", "Nippon Airlines"), "stative (operators of the type)"),
            ("shipped", "transport of parts with no acting actor (content)"),
            (("inspected", "being"), "technical inspection (content)"),
        ],
        "entities": [
            ("Boeing Co.", "ORG", "USA"),
            ("Japan Air Line", "ORG", "JPN"),
            ("Toyko", "GPE", "JPN"),
            ("JAL", "ORG", "JPN"),
            (("Japan", "routes in"), "GPE", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Osaka", "GPE", "JPN"),
            (("Boeing", "Boeing's"), "ORG", "USA"),
            (("JAL", "only JAL"), "ORG", "JPN"),
            ("All Nippon Airlines", "ORG", "JPN"),
            (("JAL", "JAL took"), "ORG", "JPN"),
            (("Boeing", "a Boeing plant"), "ORG", "USA"),
            ("Seattle", "GPE", "USA"),
        ],
    },
    "reuters21578-14820": {
        "events": [
            # 0
            ("CONSULT", "leaves", KURODA, ("Washington", "USA", "GOV"), WASHINGTON,
             "1987-04-07", "day", "today", "planned", None,
             "Kuroda leaves for talks in Washington (a visit: visitor first, EVENTS.md 13); a scheduled departure: "
             "planned; 'today' = DCT (published_at date, although the dateline is April 8)"),
            # 1
            ("ACCUSE", "Charges", (("U.S.", "refute"), "USA", "GOV"), (("Japan", "Charges"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "U.S. charges that Japan violated the microchip pact (a nominal with its own content clause, EVENTS.md "
             "11); no time expression: undated"),
            # 2
            ("CONSULT", "talks", (("Kuroda", "talks between"), "JPN", "GOV"), ("Michael Smith", "USA", "GOV"),
             WASHINGTON, "1987-04-08", "day", "tomorrow", "planned", None,
             "talks between Kuroda and Deputy USTR Smith; dated by the later mention 'talks tomorrow and Friday' "
             "(its start; DCT+1 by rule)"),
            # 3
            ("STATEMENT", ("said", "But Kuroda"), (("Kuroda", "But Kuroda"), "JPN", "GOV"), None, TOK,
             "1987-04-07", "day", None, "asserted", None,
             "he is taking no new proposals (an assertion about his own plans: no typed act); wire style: DCT"),
            # 4
            ("STATEMENT", "told", (("Kuroda", "situation,\" Kuroda"), "JPN", "GOV"), None, TOK,
             "1987-04-07", "day", None, "asserted", 3,
             "later mention: quoted restatement to the Asahi Shimbun (nothing in his briefcase but an explanation)"),
            # 5
            ("ACCUSE", ("said", "Kuroda said the U.S."), (("Kuroda", "Kuroda said the U.S."), "JPN", "GOV"),
             (("U.S.", "Kuroda said the"), "USA", "GOV"), TOK,
             "1987-04-07", "day", None, "asserted", None,
             "criticism: the U.S. decision was based on incorrect data and an exaggerated sense of MITI's power "
             "(STATEMENT arguable); wire style: DCT"),
            # 6
            ("ACCUSE", ("said", "some time,\" he"), (("he", "some time,\" he"), "JPN", "GOV"),
             (("U.S.", "\"The U.S."), "USA", "GOV"), TOK,
             "1987-04-07", "day", None, "asserted", 5,
             "later mention: quoted restatement of the criticism ('The U.S. has excessive expectations')"),
            # 7
            ("ACCUSE", "blame", (("Kuroda", "Kuroda also"), "JPN", "GOV"), ("American firms", "USA", "BUS"), TOK,
             "1987-04-07", "day", None, "asserted", None,
             "laid part of the blame for low U.S. chip sales in Japan on American firms' lack of effort (the event "
             "noun after the light verb 'laid'); wire style: DCT"),
            # 8
            ("CONSULT", ("talks", "fails in"), (("he", "if he fails"), "JPN", "GOV"), (None, "USA", "GOV"), WASHINGTON,
             "1987-04-08", "day", "tomorrow", "planned", 2,
             "later mention: the talks tomorrow and Friday (Smith implied), inside the condition but with their own "
             "date (DCT+1 by rule)"),
            # 9
            ("CONSULT", ("talks", "seek further"), (("he", "sanctions, he"), "JPN", "GOV"),
             ("Clayton Yeutter", "USA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "further talks with USTR Yeutter if the first talks fail (conditional: hypothetical); 'said' is rule-3 "
             "attribution; no time expression"),
            # 10
            ("STATEMENT", ("said", "Officials said"), ("U.S. Officials", "USA", "GOV"), None, TOK,
             "1987-04-07", "day", None, "asserted", None,
             "forecast: this week's talks unlikely to delay the tariffs (officials of a named government, EVENTS.md "
             "4); no place in the text: dateline city"),
        ],
        "skip": [
            ("hopes", "mental state (content: the hoped-for refutation)"),
            ("refute", "hoped-for refutation (content; REJECT hypothetical arguable)"),
            ("violated", "content of the U.S. charges"),
            ("pact", "background nominal (the microchip pact; AGREE arguable)"),
            ("laying the groundwork", "preparation by the trade team, no counterpart named (CONSULT arguable)"),
            ("persuading", "purpose of the talks (REQUEST arguable)"),
            ("impose tariffs", "content of the purpose (U.S. tariffs: SANCTION planned arguable)"),
            ("taking", "content of the statement (no new proposals)"),
            ("proposals", "content of the statement"),
            ("Decision", "background nominal (the U.S. tariff decision, object of the criticism; SANCTION arguable)"),
            ("stabilise", "content of the quote"),
            ("fails", "condition"),
            ("forestall", "purpose (content)"),
            ("sanctions", "content (the U.S. tariffs; SANCTION planned arguable)"),
            (("said", "He said if"), "rule-3 attribution (the conditional further talks are the event)"),
            ("seek", "part of the hypothetical further talks (coded on 'talks')"),
            (("talks", "this week's"), "anaphoric nominal (the Kuroda-Smith talks), content of the officials' forecast"),
            ("delay", "content of the forecast"),
            ("imposition", "content of the forecast (the U.S. tariffs; SANCTION planned arguable)"),
        ],
        "entities": [
            ("Ministry of International Trade and\nIndustry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            ("Makoto Kuroda", "PERSON", "JPN"),
            ("Washington", "GPE", "USA"),
            (("U.S.", "refute"), "GPE", "USA"),
            (("Japan", "Charges"), "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Washington", "already in"), "GPE", "USA"),
            (("Kuroda", "talks between"), "PERSON", "JPN"),
            (("U.S.", "Deputy"), "GPE", "USA"),
            ("Michael Smith", "PERSON", "USA"),
            (("U.S.", "persuading the"), "GPE", "USA"),
            (("Japanese", "certain"), "NORP", "JPN"),
            (("Kuroda", "But Kuroda"), "PERSON", "JPN"),
            (("Kuroda", "situation,\" Kuroda"), "PERSON", "JPN"),
            ("Asahi Shimbun", "ORG", "JPN"),
            (("Kuroda", "Kuroda said the U.S."), "PERSON", "JPN"),
            (("U.S.", "Kuroda said the"), "GPE", "USA"),
            (("MITI", "exaggerated sense of"), "ORG", "JPN"),
            (("U.S.", "\"The U.S."), "GPE", "USA"),
            (("Kuroda", "Kuroda also"), "PERSON", "JPN"),
            (("U.S.", "for low"), "GPE", "USA"),
            (("Japan", "in Japan on"), "GPE", "JPN"),
            ("American", "NORP", "USA"),
            (("U.S.", "further talks with"), "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("U.S.", "Yeutter."), "GPE", "USA"),
        ],
    },
    "reuters21578-9171": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the National Statistics Office", "BEL", "GOV"), None, BRU,
             "1987-03-25", "day", None, "asserted", None,
             "statistics release: the Belgo-Luxembourg January trade deficit; wire style: DCT"),
        ],
        "skip": [
            ("recorded", "statistics"),
            ("revised", "statistics (revision of the December figure)"),
            (("recorded", "the union"), "statistics"),
            ("fell", "statistics"),
        ],
        "entities": [
            ("Belgo-Luxembourg Economic Union", "ORG", None),
            ("National Statistics Office", "ORG", "BEL"),
        ],
    },
    "reuters21578-982": {
        "events": [
            # 0
            ("COOPERATE", "buying", OREILLY, ("Guinness PLC", "GBR", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "O'Reilly would be interested in buying Guinness's brewery division if it were for sale (a conditional "
             "acquisition: hypothetical, as 11a's 'possible acquisition'); 'said' is rule-3 attribution"),
            # 1
            ("REJECT", ("said", "press reports,"), (("The spokesman", "The spokesman, reacting"), "IRL", "BUS"),
             (None, "IRL", "ORG"), DUB,
             "1987-03-03", "day", None, "asserted", None,
             "denial of the press reports (no consortium, no share buying): toward the Irish press (implied; split "
             "from the British press, EVENTS.md 12); STATEMENT arguable; wire style: DCT"),
            # 2
            ("REJECT", ("said", "press reports,"), (("The spokesman", "The spokesman, reacting"), "IRL", "BUS"),
             (None, "GBR", "ORG"), DUB,
             "1987-03-03", "day", None, "asserted", None,
             "the same denial toward the British press reports (implied; split, EVENTS.md 12)"),
            # 3
            ("STATEMENT", "quoted", (("He", "He was quoted"), "IRL", "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "relayed speech in the Irish magazine Business and Finance: interest if the division came on the market, "
             "support of two banks (content); 'was quoted as saying': undated"),
            # 4
            ("STATEMENT", "suggested", (("he", "he suggested"), "IRL", "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "in the magazine article: the asking price would not exceed 800 mln punts (relayed: undated)"),
            # 5
            ("STATEMENT", ("said", "Guinness situation,\" he"), (("he", "Guinness situation,\" he"), "IRL", "BUS"),
             None, None, None, "unknown", None, "asserted", 4,
             "later mention: quoted restatement of the valuation (ten times earnings the top), from the magazine"),
            # 6
            ("STATEMENT", "added", (("he", "he added"), "IRL", "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "new content: an expensive exercise but not impossible (continuation of the magazine quotes: undated)"),
            # 7
            ("STATEMENT", ("said", "O'Reilly said"), (("O'Reilly", "O'Reilly said"), "IRL", "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "the division could only be sold as a unit (continuation of the magazine quotes: undated; DCT arguable)"),
        ],
        "skip": [
            (("said", "a spokesman"), "rule-3 attribution (the hypothetical purchase is the event)"),
            ("for sale", "condition ('if it were for sale')"),
            ("reacting", "participial frame of the denial"),
            ("reports", "background nominal (the press reports, object of the denial; STATEMENT by the press arguable)"),
            (("interested", "continues to be"), "restated interest (content of the denial quote)"),
            ("offer", "condition (Guinness offering the brewery side)"),
            (("for sale", "Guinness for sale"), "condition"),
            ("put together", "content of the denial"),
            (("buying", "been buying"), "content of the denial"),
            ("saying", "part of the relayed reporting clause ('was quoted as saying')"),
            (("interested", "saying he would"), "restated interest (content of the relayed speech; a later COOPERATE "
                                                "mention arguable)"),
            ("came on the market", "condition"),
            ("support", "conditional backing by two unnamed banks (content; AID arguable)"),
            ("decided", "condition"),
            ("purchase", "condition (hypothetical purchase)"),
            ("calculated", "condition"),
            ("deal", "hypothetical nominal (the purchase)"),
            (("buying", "would mean buying"), "content of the statement (hypothetical)"),
            (("sold", "only be"), "content of the quote (hypothetical sale)"),
            (("sold", "going to be"), "content of the quote (hypothetical sale)"),
        ],
        "entities": [
            ("H.J. Heinz", "ORG", "USA"),
            ("Tony O'Reilly", "PERSON", "IRL"),
            ("Guinness PLC", "ORG", "GBR"),
            ("Irish", "NORP", "IRL"),
            ("British", "NORP", "GBR"),
            (("Guinness", "brewery side of"), "ORG", "GBR"),
            (("Irish", "the Irish magazine"), "NORP", "IRL"),
            ("Business and Finance", "ORG", "IRL"),
            (("Guinness", "current"), "ORG", "GBR"),
            ("Dublin", "GPE", "IRL"),
            ("London", "GPE", "GBR"),
            ("Nigerian", "NORP", "NGA"),
            ("Malaysian", "NORP", "MYS"),
            (("O'Reilly", "O'Reilly said"), "PERSON", "IRL"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
