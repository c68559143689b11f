"""Build ``own_blind15b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind15b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,962 left; pool sorted by id); 24 drawn with random.Random(15101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 8-15. See GUIDELINES.md.

Judgement calls made here:
* Fed intervention (10475): no event. The intervention and the possible orders for the Bank of
  Japan are monetary operations, every "said" is dealers' talk (anonymous), and "Fed officials do
  not comment on such intervention" is a standing habit (generic), not a withheld statement.
* Nakasone/microchips (8602): "Nakasone told ... Tamura to redouble his efforts" is REQUEST JPN ->
  JPN (an identifiable minister told to act, EVENTS.md call 2), dated by "today's Cabinet meeting";
  "intervened" (twice) is that instruction, with no type of its own, so it and "government officials
  said" are skipped (the Cabinet meeting and the Economic Policy Council meeting are internal meetings
  of one government; the council's review of whether Japan is reneging is skipped as borderline
  ACCUSE). "That pact, agreed last year" is AGREE JPN -> USA (implied parties, 1986, year); the
  "months of negotiations" are a background duration. "have accused Tokyo" / "have threatened
  retaliatory action" are ACCUSE and THREATEN USA -> JPN, undated (present perfect, no time
  expression; the threat's target is the Tokyo of the first conjunct). MITI's letters to U.S. policy
  makers "setting out Japan's case" deny the dumping allegation: REJECT JPN -> USA, yesterday
  (1987-03-23); Tamura's "said" in his letter (contents released today) is a later mention, dated by
  the letter (as EVENTS.md call 20). Kuroda "suggested the two countries could conduct a joint
  investigation" in a separate MITI letter: REQUEST JPN -> USA (as 12b's "suggested that a working
  party be set up"), placed inside yesterday's letter-writing (rule 3): 1987-03-23. "telling
  Japanese chip makers to cut output" is a domestic production measure (EVENTS.md call 10: skipped);
  the release of the letter's contents is skipped (the letter is the speech act).
* Canadian crude postings (3303): a company raising its posted price is price setting (no type), so
  the three "said" clauses are STATEMENTs (CAN BUS, DCT, dateline NEW YORK); Shell Canada's is dated
  by its own "Earlier today" (same value). Petro-Canada (state-owned) is BUS.
* Nissan (3457): "<Nissan Motor Manufacturing (UK) Ltd> has reached agreement with <Lombard North
  Central Plc> of the U.K." is AGREE GBR -> GBR (the name gives the UK subsidiary's country),
  undated; "the Nissan Motor Co Ltd said" is attribution; the leasing/building is the contract's
  content. "The agreement was reached through negotiations with the British government and the
  European Community" is ambiguous (a later mention of the Lombard deal, or a local-content accord
  with the government and the EC): "agreement was reached" is skipped, and the negotiations are
  CONSULT, split (convention 12), Nissan (implied, JPN BUS: the text's "Nissan") -> GBR and -> EC
  (null), undated. "after they threatened to impose duties on imports" is THREATEN, split (GBR GOV
  and EC null), actor2 null (the clause names no target, convention 14), undated. Nissan's other
  "said" clauses (effect of the agreement, plant location, export hopes) are STATEMENTs (JPN BUS,
  DCT, TOKYO); "in accordance with EC requests" is a background nominal.
* Nigerian auction (1949): the central bank's disqualification of 17 banks from today's auction "as
  punishment" is SANCTION NGA GOV (implied in its sentence) -> the banks (NGA BUS), 1987-03-05; the
  central bank's "said" is a STATEMENT because its main proposition is the naira's rise (a price
  movement), the disqualification being a subordinate clause. The later "the central bank's
  unprecedented disqualification" sits in a causal clause (presupposed nominal): skipped. "has
  complained in the past that many are failing to produce the right paperwork" is ACCUSE -> the banks
  ("many"), undated ("in the past" gives no value; standing criticism, convention 17). The auction
  sales are monetary operations; the documentation requirement is a standing rule (generic).
* Finnair (11952): "said in a statement today it ordered two McDonnell Douglas ... planes" is
  COOPERATE FIN BUS -> USA BUS, undated ("today" dates the saying, which is attribution, as
  own_blind's "said in December"); the option on two more is skipped as part of the same deal (a
  separate COOPERATE is arguable). Korhonen "would not discuss the price" is a withheld STATEMENT
  (negated) and "telling reporters the planes were 'inexpensive'" a second, asserted STATEMENT (DCT,
  HELSINKI). "had not opted for Europe's A-340" is a product not chosen, no exchange with a named
  party: skipped, so his "said" is a STATEMENT. Market sources are anonymous.
* China grain (21530): "the New China News Agency quoted a State Statistical Bureau spokesman as
  saying" is relayed speech: STATEMENT (forecast) by the spokesman, undated, recorded on "quoted"
  (as own_blind3) with "saying" skipped; the spokesman's "also said" later in the story continues
  the same relayed report: undated too. "earlier Chinese press reports said" and "Industry sources
  expect" are anonymous; customs figures "showed" is a document. "Agriculture Minister He Kang said
  last month" is a STATEMENT (the grain price adjustment is domestic price policy), 1987-09, month;
  the following "China could not afford to become a major food importer, he said" is taken as said
  on the same occasion and gets the same date (rule 3; a strict rule-2 reading would give the DCT).
* Shultz/Shevardnadze (2733): "will meet in Moscow in mid-April" is CONSULT planned, visitor Shultz
  (USA) -> host Shevardnadze (SUN), 1987-04 (month: "mid-April" from 6 March); "they will meet April
  13 to 16" is a later mention with its own time expression, dated by its start (1987-04-13, day,
  EVENTS.md call 21). The sources are anonymous ("administration sources"), "are expected to
  discuss" is the same meeting's agenda and the expected breakthrough is anonymous expectation: all
  skipped.
* Entities: tickers in angle brackets are not mentions, but company names Reuters brackets
  (<Finnair>, <Nissan Motor Manufacturing (UK) Ltd>, <Lombard North Central Plc>) are; "Canadian" in
  "Canadian cts/dlrs" is NORP CAN; "Edmonton" and "Swann Hills" (Swan Hills, Alberta) in the crude
  grade names are GPE CAN (places inside a name); "England" in "north-east England" is GPE GBR;
  "Reagan administration" gives PERSON "Reagan"; "Soviet" in "Soviet Foreign Minister" and
  "U.S.-Soviet" is NORP SUN; the EC / European Community is ORG null, "Europe" LOC null, "Asian" NORP
  null; company names in "Finnair chief" and MITI in "MITI vice minister" are ORG mentions; "the
  central bank", "Cabinet", products (MD-11, A-340, Bluebird) and names containing a place
  (Petro-Canada, Shell Canada, New York Federal Reserve Bank, New China News Agency) are not split
  into nested mentions or tagged as names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

NYC = ("NEW YORK", "USA")
TOK = ("TOKYO", "JPN")
LAG = ("LAGOS", "NGA")
HEL = ("HELSINKI", "FIN")
MOSCOW = ("Moscow", "SUN")
SENIOR_US = ("Senior U.S. Officials", "USA", "GOV")
NISSAN_IMPLIED = (None, "JPN", "BUS")
KORHONEN = ("Gunnar Korhonen", "FIN", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10475": {
        "events": [],
        "skip": [
            (("said", "U.S. dealers"), "anonymous-source talk (dealers)"),
            ("intervened", "currency intervention (monetary operation)"),
            ("buying", "currency intervention (monetary operation)"),
            ("comment", "standing no-comment habit (generic), not a withheld statement on this occasion"),
            (("said", "but dealers"), "anonymous-source talk (dealers)"),
            (("intervened", "the Fed had"), "currency intervention (monetary operation)"),
            ("hovered", "market-price movement"),
            (("said", "Dealers said"), "anonymous-source talk (dealers)"),
            (("intervention", "size of the"), "anaphoric nominal (monetary operation)"),
            (("said", "some said"), "anonymous-source talk (dealers)"),
            (("intervened", "whether the Fed"), "currency intervention (monetary operation, uncertain)"),
            ("executed orders", "possible orders for the Bank of Japan: monetary operation, hypothetical"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("New York Federal Reserve Bank", "ORG", "USA"),
            (("Fed", "Fed officials"), "ORG", "USA"),
            (("Fed", "the Fed had"), "ORG", "USA"),
            (("New York", "yen in New York"), "GPE", "USA"),
            (("Fed", "whether the Fed"), "ORG", "USA"),
            ("Bank of Japan", "ORG", "JPN"),
        ],
    },
    "reuters21578-8602": {
        "events": [
            # 0
            ("REQUEST", "told", (("Nakasone", "Nakasone told"), "JPN", "GOV"), ("Hajime Tamura", "JPN", "GOV"), TOK,
             "1987-03-24", "day", "today", "asserted", None,
             "told his trade minister to redouble efforts to calm U.S. anger (identifiable actor told to act); "
             "at today's Cabinet meeting"),
            # 1
            ("AGREE", "agreed", (None, "JPN", "GOV"), (None, "USA", "GOV"), None,
             "1986", "year", "last year", "asserted", None,
             "the microchip pact 'agreed last year' between Japan and the U.S. (implied parties)"),
            # 2
            ("ACCUSE", "accused", SENIOR_US, ("Tokyo", "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "accused Tokyo of failing to live up to the accord; present perfect, no time expression"),
            # 3
            ("THREATEN", "threatened", SENIOR_US, (None, "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "threatened retaliatory action (target: Tokyo of the first conjunct); undated"),
            # 4
            ("REJECT", "writing", ("Ministry of International Trade and Industry", "JPN", "GOV"),
             ("U.S. Policy makers", "USA", "GOV"), None,
             "1987-03-23", "day", "Yesterday", "asserted", None,
             "letters setting out Japan's case against the dumping allegation (denial), written yesterday"),
            # 5
            ("REJECT", ("said", "Tamura said"), (("Tamura", "Tamura said"), "JPN", "GOV"), (None, "USA", "GOV"), None,
             "1987-03-23", "day", "Yesterday", "asserted", 4,
             "later mention: in his letter, producers were not selling at cut-rate prices (denial); "
             "dated by the letter"),
            # 6
            ("REQUEST", "suggested", ("Makoto Kuroda", "JPN", "GOV"), ("senior U.S. Officials", "USA", "GOV"), None,
             "1987-03-23", "day", "Yesterday", "asserted", None,
             "proposal of a joint investigation in a separate MITI letter (placed inside yesterday's letter-writing)"),
        ],
        "skip": [
            ("intervened", "the intervention is the instruction to Tamura (recorded on 'told'); no type of its own"),
            ("resolve", "purpose clause"),
            ("dispute", "background nominal"),
            (("said", "government officials"), "attribution of the intervention (recorded as the instruction)"),
            (("meeting", "At today's"), "internal meeting of one government (the Cabinet)"),
            ("redouble", "content of the instruction"),
            ("calm", "content of the instruction"),
            ("Anger", "background nominal"),
            ("sees", "background: the U.S. view (content of the instruction)"),
            (("intervened", "semiconductors."), "later mention of the intervention (skipped as the first)"),
            (("meeting", "scheduled"), "internal meeting of one government's council, planned"),
            ("consider", "internal review of Japan's compliance (ACCUSE-investigation borderline)"),
            ("reneging", "content of the review"),
            ("negotiations", "background nominal (months of negotiations: a duration)"),
            ("calls on", "a document (the pact) calling"),
            ("stop selling", "content of the pact"),
            (("raise", "and to"), "content of the pact"),
            ("failing to live up", "content of the accusation"),
            ("retaliatory action", "the threatened act"),
            ("launched", "light verb: the attempt is the letter-writing (recorded on 'writing')"),
            ("salvage", "purpose clause"),
            ("setting out", "part of the letters (recorded on 'writing')"),
            (("telling", "case and"), "order to domestic chip makers to cut output: domestic production "
             "measure (EVENTS.md call 10)"),
            ("cut output", "content of the domestic order"),
            ("released", "publication of the letter's contents (the letter is the recorded speech act)"),
            ("carried out", "survey, no type"),
            ("showed", "survey result (document)"),
            (("selling", "were not"), "content of the denial"),
            ("sent", "part of the letter (recorded on 'suggested')"),
            (("conduct", "could conduct"), "content of the proposal"),
            ("joint investigation", "content of the proposal"),
            ("allegations", "background nominal"),
            ("dumping", "background nominal (content of the allegations)"),
        ],
        "entities": [
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            ("Japan", "GPE", "JPN"),
            (("U.S.", "dispute with"), "GPE", "USA"),
            (("Nakasone", "Nakasone told"), "PERSON", "JPN"),
            ("Hajime Tamura", "PERSON", "JPN"),
            (("U.S.", "calm"), "GPE", "USA"),
            (("Japan", "sees as"), "GPE", "JPN"),
            (("Nakasone", "Nakasone intervened only"), "PERSON", "JPN"),
            ("Reagan", "PERSON", "USA"),
            ("Economic Policy Council", "ORG", "USA"),
            (("Japan", "whether Japan"), "GPE", "JPN"),
            (("U.S.", "pact with the"), "GPE", "USA"),
            (("Japan", "calls on"), "GPE", "JPN"),
            (("U.S.", "imports of"), "GPE", "USA"),
            (("U.S.", "Senior"), "GPE", "USA"),
            ("Tokyo", "GPE", "JPN"),
            (("Tamura", "Yesterday, Tamura"), "PERSON", "JPN"),
            ("Ministry of International Trade and Industry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            (("U.S.", "letters to"), "GPE", "USA"),
            (("Japan", "setting out"), "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Tamura", "Tamura said"), "PERSON", "JPN"),
            (("MITI", "a MITI survey"), "ORG", "JPN"),
            (("Japanese", "showed"), "NORP", "JPN"),
            ("Asian", "NORP", None),
            (("U.S.", "separate letter"), "GPE", "USA"),
            (("MITI", "Officials, MITI"), "ORG", "JPN"),
            ("Makoto Kuroda", "PERSON", "JPN"),
            (("Japanese", "allegations of"), "NORP", "JPN"),
        ],
    },
    "reuters21578-3303": {
        "events": [
            ("STATEMENT", "said", ("Petro-Canada", "CAN", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "announced its crude contract price rise (company price setting, no type): reporting clause"),
            ("STATEMENT", ("said", "Shell Canada"), ("Shell Canada", "CAN", "BUS"), None, NYC,
             "1987-03-09", "day", "Earlier today", "asserted", None, "announced its posting rise ('Earlier today')"),
            ("STATEMENT", ("said", "Exxon"), ("Imperial oil", "CAN", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "announced its posting rise (Exxon's Canadian subsidiary)"),
        ],
        "skip": [
            ("raised", "company price setting (market price, no type)"),
            ("pay", "content of the price announcement"),
            ("posted price", "stative price description"),
            ("stands", "price level"),
            ("is posted", "stative price description"),
            (("raised", "Shell Canada"), "company price setting (market price, no type)"),
            ("bringing", "price level"),
            (("raised", "March five"), "company price setting (market price, no type)"),
        ],
        "entities": [
            ("Petro-Canada", "ORG", "CAN"),
            ("Canadian", "NORP", "CAN"),
            (("Petro-Canada", "six."), "ORG", "CAN"),
            ("Edmonton", "GPE", "CAN"),
            ("Swann Hills", "GPE", "CAN"),
            (("Canadian", "now stands at"), "NORP", "CAN"),
            (("Canadian", "19.88"), "NORP", "CAN"),
            ("Shell Canada", "ORG", "CAN"),
            (("Canadian", "about 47"), "NORP", "CAN"),
            (("Edmonton", "bringing"), "GPE", "CAN"),
            (("Canadian", "sweet to"), "NORP", "CAN"),
            (("Canadian", "19.95"), "NORP", "CAN"),
            ("Imperial oil", "ORG", "CAN"),
            ("Exxon Corp", "ORG", "USA"),
            (("Canadian", "posting to"), "NORP", "CAN"),
        ],
    },
    "reuters21578-3457": {
        "events": [
            # 0
            ("AGREE", "agreement", ("Nissan Motor Manufacturing (UK) Ltd", "GBR", "BUS"),
             ("Lombard North Central Plc", "GBR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "reached agreement to build and lease plants; no time expression; Nissan's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "imported vehicles, Nissan"), (("Nissan", "imported vehicles, Nissan"), "JPN", "BUS"),
             None, TOK, "1987-03-11", "day", None, "asserted", None,
             "effect of the agreement (cars designated domestically manufactured)"),
            # 2-3
            ("CONSULT", "negotiations", NISSAN_IMPLIED, ("the British government", "GBR", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "negotiations with the British government (split, convention 12); Nissan implied; undated"),
            ("CONSULT", "negotiations", NISSAN_IMPLIED, ("the European Community", None, "IGO"), None,
             None, "unknown", None, "asserted", None, "negotiations with the EC (split)"),
            # 4-5
            ("THREATEN", "threatened", ("the British government", "GBR", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "threatened to impose duties on imports ('they' split); no target named in the clause"),
            ("THREATEN", "threatened", ("the European Community", None, "IGO"), None, None,
             None, "unknown", None, "asserted", None, "threatened duties (EC part of 'they')"),
            # 6
            ("STATEMENT", ("said", "England, Nissan"), (("Nissan", "England, Nissan"), "JPN", "BUS"), None, TOK,
             "1987-03-11", "day", None, "asserted", None, "location of the new plants"),
            # 7
            ("STATEMENT", ("said", "the spokesman"), ("the spokesman", "JPN", "BUS"), None, TOK,
             "1987-03-11", "day", None, "asserted", None, "export hopes (no type)"),
        ],
        "skip": [
            ("build", "content of the agreement"),
            ("boost", "content of the agreement"),
            (("said", "Nissan Motor Co"), "rule-3 attribution (the agreement is the event)"),
            (("agreement", "The agreement will"), "anaphoric nominal"),
            ("allow", "content of Nissan's statement"),
            ("designated", "content of Nissan's statement"),
            ("agreement was reached", "ambiguous: later mention of the Lombard deal or a separate local-content "
             "accord with the British government and the EC"),
            ("impose duties", "the threatened act"),
            ("contract", "anaphoric nominal (the agreement)"),
            (("build", "will build"), "content of the contract"),
            ("lease", "content of the contract"),
            ("produces", "production statistics"),
            ("hopes", "intention (part of the spokesman's statement)"),
            ("Exports", "intended exports, no type"),
            ("building", "content of the statement"),
            (("boost", "which would"), "content of the statement"),
            ("requests", "background nominal (EC requests)"),
        ],
        "entities": [
            ("Nissan Motor Manufacturing (UK) Ltd", "ORG", "GBR"),
            ("Lombard North Central Plc", "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
            (("Nissan", "local content in"), "ORG", "JPN"),
            (("U.K.", "Nissan's"), "GPE", "GBR"),
            ("Nissan Motor Co Ltd", "ORG", "JPN"),
            (("Nissan", "imported vehicles, Nissan"), "ORG", "JPN"),
            ("British", "NORP", "GBR"),
            ("European Community", "ORG", None),
            (("EC", "European Community ("), "ORG", None),
            (("Lombard North Central", "According to"), "ORG", "GBR"),
            ("National Westminster Bank Plc", "ORG", "GBR"),
            (("Nissan", "existing Nissan"), "ORG", "JPN"),
            ("Sunderland", "GPE", "GBR"),
            ("England", "GPE", "GBR"),
            (("Nissan", "England, Nissan"), "ORG", "JPN"),
            (("Sunderland", "The Sunderland"), "GPE", "GBR"),
            (("British", "for the British"), "NORP", "GBR"),
            (("Nissan", "Nissan hopes"), "ORG", "JPN"),
            (("U.K.", "begin"), "GPE", "GBR"),
            (("Europe", "Exports to"), "LOC", None),
            (("EC", "with EC"), "ORG", None),
        ],
    },
    "reuters21578-1949": {
        "events": [
            ("STATEMENT", ("said", "auction, the central bank"), ("the central bank", "NGA", "GOV"), None, LAG,
             "1987-03-05", "day", None, "asserted", None,
             "main proposition: the naira firmed (price movement); the disqualification is recorded separately"),
            ("SANCTION", "disqualified", (None, "NGA", "GOV"), ("17 banks", "NGA", "BUS"), None,
             "1987-03-05", "day", "today", "asserted", None,
             "banks disqualified from today's auction as punishment (central bank implied)"),
            ("ACCUSE", "complained", (("the central bank", "valid commercial"), "NGA", "GOV"),
             (("many", "complained"), "NGA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "complained in the past that many banks fail to produce paperwork (standing criticism, undated)"),
        ],
        "skip": [
            ("firmed", "market-price movement"),
            ("bidding", "auction bidding (monetary operation)"),
            ("sold", "auction sale (monetary operation)"),
            ("obtaining", "auction allotment (monetary operation)"),
            ("failure to sell", "auction result"),
            ("disqualification", "presupposed nominal in a causal clause (later mention of the disqualification)"),
            ("punishment", "part of the presupposed nominal"),
            ("required", "standing regulation (generic)"),
            ("submit", "generic requirement"),
            ("failing to produce", "content of the complaint"),
        ],
        "entities": [
            ("Nigerian", "NORP", "NGA"),
        ],
    },
    "reuters21578-11952": {
        "events": [
            ("COOPERATE", "ordered", ("Finnair", "FIN", "BUS"), ("McDonnell Douglas Corp", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "ordered two MD-11s; 'said in a statement today' dates the saying (attribution), not the order"),
            ("STATEMENT", "discuss", KORHONEN, None, HEL,
             "1987-04-01", "day", None, "negated", None, "withheld statement: would not discuss the price"),
            ("STATEMENT", "telling", KORHONEN, None, HEL,
             "1987-04-01", "day", None, "asserted", None, "told reporters the planes were 'inexpensive'"),
            ("STATEMENT", ("said", "Korhonen said"), (("Korhonen", "Korhonen said"), "FIN", "BUS"), None, HEL,
             "1987-04-01", "day", None, "asserted", None, "why Finnair did not choose the A-340"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the order is the event)"),
            ("statement", "part of the reporting clause"),
            ("delivery", "content: delivery dates of the order"),
            ("option", "option on two more planes: part of the same order deal (a separate COOPERATE arguable)"),
            ("buy", "part of the option"),
            (("said", "market sources"), "anonymous-source talk (market sources)"),
            ("expect", "content of anonymous talk"),
            ("price cut", "content of anonymous talk"),
            ("opted", "a product not chosen: no exchange with a named party (COOPERATE-negated arguable)"),
            ("delayed", "hypothetical, no actor"),
        ],
        "entities": [
            ("Finnish", "NORP", "FIN"),
            ("Finnair", "ORG", "FIN"),
            ("McDonnell Douglas Corp", "ORG", "USA"),
            (("Finnair", "Finnair chief"), "ORG", "FIN"),
            ("Gunnar Korhonen", "PERSON", "FIN"),
            (("Korhonen", "Korhonen said"), "PERSON", "FIN"),
            (("Finnair", "said Finnair"), "ORG", "FIN"),
            ("Europe", "LOC", None),
        ],
    },
    "reuters21578-21530": {
        "events": [
            ("STATEMENT", "quoted", ("a State Statistical Bureau spokesman", "CHN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "harvest forecast relayed by the New China News Agency ('quoted ... as saying'): undated"),
            ("STATEMENT", ("said", "Agriculture Minister"), ("Agriculture Minister He Kang", "CHN", "GOV"), None, None,
             "1987-09", "month", "last month", "asserted", None,
             "state grain prices to be adjusted (domestic price policy): reporting clause dated last month"),
            ("STATEMENT", ("said", "importer, he"), (("he", "importer, he"), "CHN", "GOV"), None, None,
             "1987-09", "month", "last month", "asserted", None,
             "assessment said on the same occasion as last month's remarks (rule 3)"),
            ("STATEMENT", ("said", "also said"), ("The State Statistics Bureau spokesman", "CHN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "cotton forecast, continuing the spokesman's relayed report: undated"),
        ],
        "skip": [
            ("expects", "content of the spokesman's forecast"),
            ("saying", "the quoted speech act (recorded on 'quoted')"),
            ("kept", "no acting actor"),
            (("said", "press reports"), "anonymous press reports"),
            (("expect", "Industry sources"), "anonymous-source talk (industry sources)"),
            (("import", "China to"), "content of anonymous talk"),
            ("showed", "customs statistics (document)"),
            ("adjusted", "domestic price policy (content)"),
            (("increase", "to increase"), "content of the statement"),
            ("become", "content of the statement"),
            ("rise", "content of the forecast"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("New China News Agency", "ORG", "CHN"),
            ("State Statistical Bureau", "ORG", "CHN"),
            (("China", "harvest will be"), "GPE", "CHN"),
            ("Chinese", "NORP", "CHN"),
            (("China", "sources expect"), "GPE", "CHN"),
            (("Chinese", "Chinese customs"), "NORP", "CHN"),
            ("He Kang", "PERSON", "CHN"),
            (("China", "China could"), "GPE", "CHN"),
            ("State Statistics Bureau", "ORG", "CHN"),
            (("China", "also said"), "GPE", "CHN"),
        ],
    },
    "reuters21578-2733": {
        "events": [
            ("CONSULT", "meet", ("Secretary of State George Shultz", "USA", "GOV"),
             ("Soviet Foreign Minister Eduard Shevardnaze", "SUN", "GOV"), MOSCOW,
             "1987-04", "month", "mid-April", "planned", None,
             "Shultz (visitor) to meet Shevardnadze (host) in Moscow in mid-April; 'administration sources' anonymous"),
            ("CONSULT", ("meet", "they will meet"), (("they", "they will meet"), "USA", "GOV"), (None, "SUN", "GOV"), MOSCOW,
             "1987-04-13", "day", "April 13 to 16", "planned", 0,
             "later mention with its own dates, dated by the start"),
        ],
        "skip": [
            ("said", "anonymous-source talk (administration sources)"),
            (("said", "The sources"), "anonymous-source talk"),
            ("discuss", "the meeting's agenda (same event)"),
            ("talks", "anaphoric nominal"),
            ("breakthrough", "anonymous expectation (content)"),
            ("removing", "content of the expected breakthrough"),
        ],
        "entities": [
            ("George Shultz", "PERSON", "USA"),
            ("Soviet", "NORP", "SUN"),
            ("Eduard Shevardnaze", "PERSON", "SUN"),
            ("Moscow", "GPE", "SUN"),
            ("U.S.", "GPE", "USA"),
            (("Soviet", "U.S.-"), "NORP", "SUN"),
            ("Europe", "LOC", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind15b.jsonl")
