"""Build ``own_blind17a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind17a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,930 left); 24 drawn with
random.Random(17101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 0-7 (8 articles).
35 event records (30 first mentions, 5 later mentions), 87 not_annotated spans, 94 entity mentions;
no article without events; 2646 (Desjardins bond) has a single reporting-clause STATEMENT.
See GUIDELINES.md.
Single annotator, one pass plus a check of every record against its sentence.

Judgement calls made here:
* 19658 (EC-U.S. pasta talks): "Talks between the European Community (EC) and the United States have
  failed to settle a trade dispute" is CONSULT EC (null, IGO) -> USA, asserted, undated (a
  non-speech event with no time expression, rule 17), the spokesman's "said" attribution; "failed
  to settle" is the talks' outcome, skipped (AGREE negated arguable). "The spokeswoman said the
  talks foundered on the question ..." is a later mention of the talks ("said" attribution).
  "Washington is insisting that the EC comply with ... GATT and cut export subsidies" is REQUEST
  USA -> EC (null), asserted, undated: a standing demand in the present progressive with no time
  expression (as own_blind5a's "is seeking permission" and 12b's "insisted"; EVENTS.md 17's standing
  criticism), not a wire-style report dated by the DCT. GATT's "ruling" is a presupposed nominal
  inside the demand (SANCTION GATT -> EC arguable, skipped); "The EC provides subsidies" is a
  habitual domestic subsidy (skipped). Diplomatic sources are anonymous.
* 3012 (NYSE rule / London floor): every "sources said" (sources at the London Exchange, London
  Exchange sources, market sources) is anonymous and skipped with its content, including "were
  commenting on press reports that the NYSE would bar its members" (unnamed press; SANCTION NYSE
  -> its member firms would be content) and the speculative "Some of them could well start
  lobbying the NYSE" (continuing the market sources' reasoning; REQUEST hypothetical USA -> USA
  arguable, skipped). "The London exchange is seeking clarification" is REQUEST GBR (ORG) -> the
  NYSE implied (USA, ORG: the type needs a target and the NYSE is the only candidate), asserted,
  undated (present progressive, as 5a's "is seeking"). "Last month, the London Exchange said in a
  statement that it planned to close its floor" is a STATEMENT (closing its own floor has no type),
  1987-02, location null (not dated by the DCT). The Big Bang restructuring and "no date has been
  set" have no actor/type. Stock exchanges are kind ORG (kind is not scored).
* 2646 (Desjardins euroyen bond): the joint book runner's "said" is a STATEMENT by Yamaichi
  International (Europe) Ltd (own_blind2's lead-manager call), JPN (the London arm of a Japanese
  securities house, as Nomura International in 14b); the issue and listing are corporate finance.
* 20021 (Aquino): her "said", "told a meeting" and "she said" clauses are STATEMENTs (monitoring
  rates has no type), DCT, Manila; the closing-paragraph quote "will carefully monitor the impact
  ... on interest rates ... Aquino said" restates the opening paraphrase ("was closely monitoring
  interest rates") and is its later mention. The meeting of business groups is the audience of
  "told" (skipped). '"We welcome the statements from world leaders that urge calm," she added' is
  SUPPORT PHL -> "world leaders" (null, a group), trigger "welcome" (the saying is the act, so
  "added" is not skipped); the leaders' statements urging calm are its content (skipped). Market
  falls (Wall Street, Manila index, Dow) are not events.
* 4129 (Ecuador / OPEC): "Ecuador will ask OPEC to raise its oil export quota, ... Santos Alvite
  said" is REQUEST ECU -> OPEC (null), planned, undated ("said" attribution; he "did not say when",
  itself a withheld STATEMENT, negated, DCT). "arrived in Caracas last night to discuss an aid plan"
  is CONSULT ECU -> VEN (host implied), 1987-03-11, plus the discussions as a second CONSULT,
  planned, undated (the calls of own_blind5a and 7b on the same visit). "plans now under discussion
  for Venezuela and Mexico to lend Ecuador crude" is AID split into VEN -> ECU and MEX -> ECU
  (convention 12), hypothetical (merely considered, "under discussion"), undated; the "discussion"
  itself is skipped (the frame of the plans: the Caracas talks again, Mexico's part unclear).
  "Earlier, Venezuelan ... Minister ... said his country would supply an unspecified part of
  Ecuador's export commitments" is AID VEN -> ECU, planned, undated (4b's supply-on-Ecuador's-behalf
  call; "Earlier" gives no value and dates only the saying, which is attribution). "Mexico might
  supply Ecuador's South Korean market" is AID MEX -> ECU, hypothetical, undated (supplying
  Ecuador's customers for it, not a Mexico-Korea trade). "told reporters he hoped a first cargo ...
  could leave Maracaibo this weekend" and "He added Ecuador also wanted to make up for ..." are
  STATEMENTs (DCT, Caracas): the hoped-for cargo and the make-up are content. The earthquake, the
  pipeline damage and repair, and the export stoppage are skipped (disaster, no type).
* 20474 (Soviet oil target): "Oil Minister Vasily Dinkov announced the figure on Tuesday at the
  Supreme Soviet" is a STATEMENT (a domestic plan figure), 1987-10-20 ("on Tuesday" = the DCT, a
  Tuesday), located at the Supreme Soviet; "He said", "Dinkov said" are STATEMENTs (DCT, Moscow).
  "January-September figures released at the weekend" is a STATEMENT by an implied Soviet body
  (SUN GOV, text null; the statistics release is the act, "showed" a document), "the weekend"
  (17-18 October) kept at its month, 1987-10. "He called for speedier geolog prospecting across
  the country" is a STATEMENT, not a REQUEST: no identifiable actor is asked (EVENTS.md 2, "a crash
  program was needed in the industry"; REQUEST toward the Soviet oil industry arguable). Setting
  the 1988 target, the Supreme Soviet convening "to endorse the 1988 budget and plan" (internal
  meeting of one body) and its expected end are domestic procedure (skipped).
* 21339 (Bonn / Louvre): "West German government sources said" is anonymous (sources, EVENTS.md
  4): the sources' clauses and Bonn's relayed commitment are skipped. "the Louvre Accord ..., which
  was struck by leading western democracies in Paris last February" is AGREE with a group actor
  (null) and no actor2, 1987-02, Paris (own_blind5b's Louvre call). "Over the weekend, ... Baker
  criticised recent rises in West German short-term interest rates" is ACCUSE USA -> DEU,
  "Over the weekend" (17-18 October, DCT Monday 19 October) at month precision, 1987-10; "and said
  such developments were not in the spirit of the Louvre pact" is a later mention (the same
  criticism, same adverbial). "He said the agreement may have to be re-examined" is THREATEN USA ->
  DEU (implied), the warning of own_blind5b's "would take another look at the accords", dated with
  the weekend remarks it continues (1987-10, the true date, EVENTS.md 20) rather than the DCT.
  The rate rises are monetary (skipped).
* 19071 (Kongsberg): "may have sold more high technology defence equipment since an original deal
  in 1982, senior justice officials said" is COOPERATE NOR (BUS, state-owned) -> SUN (implied buyer,
  named in the next sentence), hypothetical ("may have"), undated ("since" gives no value), the
  officials' "said" attribution (ACCUSE by the officials arguable: the suspicion is the point of
  the story); "an original deal in 1982" is a nominal with its own date (EVENTS.md 11): COOPERATE
  NOR -> SUN, 1982 (year), and "which delivered computers to the Soviet Union in 1982 and 1983" its
  later mention (dated by its start). "had started fresh investigations into the state-owned arms
  firm" is ACCUSE NOR GOV (the state prosecutor) -> NOR BUS, undated (no time expression; "told
  Reuters" attribution). '"There may have been other deliveries ... since then," he said' is a
  later mention of the possible further sales (hypothetical, undated; "said" attribution).
* Entities: as in the earlier sets. Job titles are not tagged ("U.S. Treasury Secretary", "Oil
  Minister", "deputy Energy Minister"); places inside organisation names are not tagged separately
  ("London" in "London Stock Exchange", "Quebec" in the Caisse's name, "Europe" in "Yamaichi
  International (Europe) Ltd", "Manila" in "Manila Stock Exchange"); "London Exchange", "London
  exchange" and the bare "Stock Exchange" (the London one) are ORG GBR, "NYSE" (also inside
  "non-NYSE") ORG USA; the EC, "EC Commission", GATT and OPEC (and its full name) are ORG null;
  the Supreme Soviet is ORG SUN; the misspelt "Konsgberg Vaapenfabrikk" (Kongsberg) and KV are ORG
  NOR; the Louvre Accord/pact, the Big Bang and the "Dow Jones industrial average" (an index) are
  not entities; Wall Street is LOC USA, the Caribbean and the Pacific LOC null, "Asian" NORP null,
  "South Korean" NORP KOR; the lowercase "western" (democracies) is not tagged; Yamaichi and
  Tokai International are ORG JPN, the Caisse Centrale Desjardins ORG CAN; Reuters is ORG GBR.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

BRU = ("BRUSSELS", "BEL")
LON = ("LONDON", "GBR")
MNL = ("MANILA", "PHL")
CCS = ("CARACAS", "VEN")
MOW = ("MOSCOW", "SUN")
BONN = ("BONN", "DEU")
OSLO = ("OSLO", "NOR")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19658": {
        "events": [
            # 0
            ("CONSULT", "Talks", ("European Community", None, "IGO"), ("the United States", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "EC-U.S. talks that failed to settle the pasta dispute; no time expression; spokesman's 'said' attribution"),
            # 1
            ("REQUEST", "insisting", ("Washington", "USA", "GOV"), (("EC", "insisting that the"), None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "standing demand that the EC comply with the GATT ruling and cut subsidies (present progressive, "
             "no time expression)"),
            # 2
            ("CONSULT", ("talks", "spokeswoman said the"), (None, None, "IGO"), (None, "USA", "GOV"), None,
             None, "unknown", None, "asserted", 0, "later mention: the talks foundered on the subsidy cut; 'said' attribution"),
        ],
        "skip": [
            ("settle", "outcome of the talks (negated settlement; AGREE negated arguable)"),
            (("dispute", "trade"), "background nominal"),
            (("said", "Commission spokesman"), "attribution (the talks are the event)"),
            (("said", "Diplomatic sources"), "anonymous-source talk (diplomatic sources)"),
            ("provoke", "content of anonymous talk"),
            ("settled", "condition inside anonymous talk"),
            ("comply", "content of the demand"),
            ("ruling", "presupposed nominal inside the demand (SANCTION GATT -> EC arguable)"),
            (("cut", "GATT"), "content of the demand"),
            ("allowed", "stative causation"),
            ("provides", "habitual domestic subsidy, no type"),
            (("said", "The spokeswoman"), "attribution (the talks are the event)"),
            (("cut", "subsidy should be"), "content (question the talks foundered on)"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            ("United States", "GPE", "USA"),
            ("EC Commission", "ORG", None),
            ("Washington", "GPE", "USA"),
            (("EC", "insisting that the"), "ORG", None),
            ("GATT", "ORG", None),
            ("Italy", "GPE", "ITA"),
            ("U.S.", "GPE", "USA"),
            (("EC", "The EC provides"), "ORG", None),
        ],
    },
    "reuters21578-3012": {
        "events": [
            # 0
            ("REQUEST", "seeking", ("The London exchange", "GBR", "ORG"), (None, "USA", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "seeks clarification (from the NYSE, implied); present progressive, no time expression"),
            # 1
            ("STATEMENT", ("said", "Last month, the London"), (("the London Exchange", "Last month"), "GBR", "ORG"), None,
             None, "1987-02", "month", "Last month", "asserted", None,
             "statement that it planned to close its floor (no type); dated last month"),
        ],
        "skip": [
            (("said", "sources at the London Exchange"), "anonymous-source talk (exchange sources)"),
            ("limit", "content of anonymous talk"),
            ("goes ahead", "condition"),
            (("close", "plans to close"), "condition; domestic closure, no type"),
            ("commenting", "anonymous sources"),
            ("reports", "unnamed press reports"),
            ("bar", "content of unnamed press reports (SANCTION NYSE -> its member firms)"),
            (("said", "London Exchange sources said"), "anonymous-source talk"),
            ("restrictions", "content of anonymous talk"),
            ("requires", "rule (document), no event"),
            (("statement", "said in a"), "part of the reporting clause"),
            (("close", "planned to close"), "content: domestic closure, no type"),
            ("restructuring", "domestic market reform, no type"),
            ("demise", "no actor"),
            (("set", "no date has been"), "no actor (negated, unnamed)"),
            (("said", "Market sources said"), "anonymous-source talk (market sources)"),
            ("compromise", "content of anonymous talk"),
            ("lobbying", "speculation continuing anonymous talk (REQUEST hypothetical arguable)"),
            ("pointing", "content of the speculation"),
            (("said", "Exchange, market sources"), "anonymous-source talk (market sources)"),
        ],
        "entities": [
            ("New York Stock Exchange", "ORG", "USA"),
            ("NYSE", "ORG", "USA"),
            (("London", "members in"), "GPE", "GBR"),
            (("London Exchange", "sources at the"), "ORG", "GBR"),
            ("London Stock Exchange", "ORG", "GBR"),
            (("London Exchange", "The London Exchange sources"), "ORG", "GBR"),
            (("NYSE", "reports that the"), "ORG", "USA"),
            (("London Exchange", "trading on the"), "ORG", "GBR"),
            (("NYSE", "periods when the"), "ORG", "USA"),
            ("London exchange", "ORG", "GBR"),
            (("London Exchange", "London Exchange sources said"), "ORG", "GBR"),
            (("NYSE", "restrictions on"), "ORG", "USA"),
            (("NYSE", "recognised by the"), "ORG", "USA"),
            (("London Exchange", "Last month"), "ORG", "GBR"),
            (("Stock Exchange", "traditional"), "ORG", "GBR"),
            (("NYSE", "compromise over the"), "ORG", "USA"),
            (("U.S.", "interests of"), "GPE", "USA"),
            (("NYSE", "lobbying the"), "ORG", "USA"),
            (("NYSE", "NYSE brokerage"), "ORG", "USA"),
            (("London Exchange", "also trade on the"), "ORG", "GBR"),
            (("NYSE", "non-"), "ORG", "USA"),
            (("U.S.", "non-NYSE"), "GPE", "USA"),
            (("London Exchange", "affiliates on the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-2646": {
        "events": [
            ("STATEMENT", "said", ("Yamaichi International (Europe) Ltd", "JPN", "BUS"), None, LON,
             "1987-03-06", "day", None, "asserted", None,
             "joint book runner announcing a bond issue (the issue is corporate finance)"),
        ],
        "skip": [
            ("issuing", "bond issue (corporate finance)"),
            ("deal", "anaphoric nominal (the bond issue)"),
            ("listed", "listing (corporate finance)"),
        ],
        "entities": [
            ("La Caisse Centrale Desjardins Du Quebec", "ORG", "CAN"),
            ("Yamaichi International (Europe) Ltd", "ORG", "JPN"),
            ("Tokai International Ltd", "ORG", "JPN"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
    "reuters21578-20021": {
        "events": [
            # 0
            ("STATEMENT", "said", ("President Corazon Aquino", "PHL", "GOV"), None, MNL,
             "1987-10-20", "day", None, "asserted", None, "the Philippines monitoring interest rates (no type)"),
            # 1
            ("STATEMENT", "told", (("Aquino", "Aquino told"), "PHL", "GOV"), None, MNL,
             "1987-10-20", "day", None, "asserted", None, "quote to a meeting of business groups: will monitor, hopes"),
            # 2
            ("STATEMENT", ("said", "she said"), (("she", "she said"), "PHL", "GOV"), None, MNL,
             "1987-10-20", "day", None, "asserted", None, "quote: dependence on the world economy (assessment)"),
            # 3
            ("STATEMENT", ("said", 'prices," Aquino'), (("Aquino", 'prices," Aquino'), "PHL", "GOV"), None, MNL,
             "1987-10-20", "day", None, "asserted", 0,
             "later mention: quoted restatement of the opening paraphrase (monitoring interest rates)"),
            # 4
            ("SUPPORT", "welcome", (("she", "she added"), "PHL", "GOV"), ("world leaders", None, "GOV"), MNL,
             "1987-10-20", "day", None, "asserted", None,
             "welcomes world leaders' statements urging calm (verbal support; the saying is the act)"),
        ],
        "skip": [
            ("monitoring", "content of the statement (no type)"),
            (("drop", "record"), "market-price movement"),
            (("declines", "steep"), "market-price movement"),
            (("monitor", "We will"), "content of the statement"),
            ("hope", "content of the statement"),
            ("precipitate", "content of the statement"),
            ("meeting", "audience of the reporting clause"),
            ("plunged", "market-price movement"),
            ("depressed", "market-price movement"),
            ("fall", "market-price movement"),
            (("monitor", "carefully"), "content of the statement"),
            ("statements", "content of the support (world leaders' statements)"),
            ("urge", "content of the support (background calls for calm)"),
        ],
        "entities": [
            ("Corazon Aquino", "PERSON", "PHL"),
            (("Philippines", "said the"), "GPE", "PHL"),
            ("Wall Street", "LOC", "USA"),
            (("Manila", "declines in"), "GPE", "PHL"),
            ("Asian", "NORP", None),
            (("Aquino", "Aquino told"), "PERSON", "PHL"),
            (("Philippine", "major"), "NORP", "PHL"),
            (("Philippines", "Philippines, as a"), "GPE", "PHL"),
            ("Manila Stock Exchange", "ORG", "PHL"),
            (("Philippines", "Philippines, in addition"), "GPE", "PHL"),
            (("Aquino", 'prices," Aquino'), "PERSON", "PHL"),
        ],
    },
    "reuters21578-4129": {
        "events": [
            # 0
            ("REQUEST", "ask", ("Ecuador", "ECU", "GOV"), ("OPEC", None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "will ask OPEC to raise its export quota; 'said' attribution; no time expression (he did not say when)"),
            # 1
            ("CONSULT", "arrived", (("Santos Alvite", "Santos Alvite, who"), "ECU", "GOV"), (None, "VEN", "GOV"),
             ("Caracas", "VEN"), "1987-03-11", "day", "last night", "asserted", None,
             "visit to Venezuela (visitor first, host implied), last night"),
            # 2
            ("CONSULT", "discuss", (("Santos Alvite", "Santos Alvite, who"), "ECU", "GOV"), (None, "VEN", "GOV"),
             ("Caracas", "VEN"), None, "unknown", None, "planned", None,
             "discussions of an aid plan that are the visit's purpose (as own_blind5a/7b), undated"),
            # 3
            ("STATEMENT", ("say", "did not"), (("Santos Alvite", "Santos Alvite, who"), "ECU", "GOV"), None, CCS,
             "1987-03-12", "day", None, "negated", None, "withheld statement: did not say when OPEC would be approached"),
            # 4
            ("AID", "lend", (("Venezuela", "plans now"), "VEN", "GOV"), (("Ecuador", "lend"), "ECU", "GOV"), None,
             None, "unknown", None, "hypothetical", None, "crude loan to Ecuador, plans under discussion"),
            # 5
            ("AID", "lend", (("Mexico", "Venezuela and"), "MEX", "GOV"), (("Ecuador", "lend"), "ECU", "GOV"), None,
             None, "unknown", None, "hypothetical", None, "crude loan to Ecuador, plans under discussion (split compound)"),
            # 6
            ("AID", ("supply", "his country would"), ("his country", "VEN", "GOV"),
             (("Ecuador", "unspecified part of"), "ECU", "GOV"), None, None, "unknown", None, "planned", None,
             "Venezuela to supply part of Ecuador's export commitments; 'Earlier ... said' attribution"),
            # 7
            ("STATEMENT", "told", (("Santos Alvite", "But Santos Alvite"), "ECU", "GOV"), None, CCS,
             "1987-03-12", "day", None, "asserted", None, "hope that a first cargo leaves Maracaibo this weekend"),
            # 8
            ("STATEMENT", "added", (("He", "He added"), "ECU", "GOV"), None, CCS,
             "1987-03-12", "day", None, "asserted", None, "Ecuador also wants to make up for Caribbean shipments"),
            # 9
            ("AID", ("supply", "Mexico might"), (("Mexico", "Mexico might"), "MEX", "GOV"),
             (("Ecuador", "Mexico might"), "ECU", "GOV"), None, None, "unknown", None, "hypothetical", None,
             "Mexico might supply Ecuador's South Korean market (for Ecuador)"),
        ],
        "skip": [
            ("raise", "content of the request"),
            ("compensate", "purpose"),
            (("earthquake", "last week's"), "natural disaster"),
            ("aid plan", "content of the discussions"),
            ("approached", "content of the withheld statement"),
            ("discussion", "frame of the loan plans (the talks again; parties unclear)"),
            ("repairs", "domestic repair, no type"),
            ("damaged", "natural disaster"),
            (("said", "Hernandez Grisanti"), "attribution (the supply is the event)"),
            ("hoped", "content of the statement"),
            ("leave", "content of the hope"),
            (("supply", "Maracaibo"), "content of the hope"),
            ("make up", "content of the statement"),
            ("shipped", "past trade statistics (content)"),
            (("export", "unable to"), "quake consequence, no type"),
            (("damage", "extensive"), "natural disaster"),
            (("said", "Santos Alvite said"), "attribution (the planned request is the event)"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("OPEC", "ORG", None),
            ("Fernando Santos Alvite", "PERSON", "ECU"),
            (("Santos Alvite", "Santos Alvite, who"), "PERSON", "ECU"),
            ("Caracas", "GPE", "VEN"),
            (("Ecuador", "aid plan for"), "GPE", "ECU"),
            ("Organisation of Petroleum Exporting Countries", "ORG", None),
            (("OPEC", "Countries ("), "ORG", None),
            (("Venezuela", "plans now"), "GPE", "VEN"),
            (("Mexico", "Venezuela and"), "GPE", "MEX"),
            (("Ecuador", "lend"), "GPE", "ECU"),
            ("Venezuelan", "NORP", "VEN"),
            ("Aturo Hernandez Grisanti", "PERSON", "VEN"),
            (("Ecuador", "unspecified part of"), "GPE", "ECU"),
            (("Santos Alvite", "But Santos Alvite"), "PERSON", "ECU"),
            ("Maracaibo", "GPE", "VEN"),
            ("Guayaquil", "GPE", "ECU"),
            (("Ecuador", "He added"), "GPE", "ECU"),
            ("Caribbean", "LOC", None),
            (("Mexico", "Mexico might"), "GPE", "MEX"),
            (("Ecuador", "Mexico might"), "GPE", "ECU"),
            ("South Korean", "NORP", "KOR"),
            (("Ecuador", "Ecuador may"), "GPE", "ECU"),
            ("Pacific", "LOC", None),
            ("Balao", "GPE", "ECU"),
        ],
    },
    "reuters21578-20474": {
        "events": [
            # 0
            ("STATEMENT", "announced", ("Oil Minister Vasily Dinkov", "SUN", "GOV"), None, ("Supreme Soviet", "SUN"),
             "1987-10-20", "day", "on Tuesday", "asserted", None,
             "announced the 1988 target (domestic plan figure) on Tuesday (= DCT) at the Supreme Soviet"),
            # 1
            ("STATEMENT", ("said", "He said a"), (("He", "He said a"), "SUN", "GOV"), None, MOW,
             "1987-10-20", "day", None, "asserted", None, "assessment: new strategy allowed an upsurge"),
            # 2
            ("STATEMENT", "released", (None, "SUN", "GOV"), None, None,
             "1987-10", "month", "the weekend", "asserted", None,
             "January-September figures released at the weekend (implied Soviet body; weekend kept at its month)"),
            # 3
            ("STATEMENT", ("said", "Dinkov said"), (("Dinkov", "Dinkov said"), "SUN", "GOV"), None, MOW,
             "1987-10-20", "day", None, "asserted", None, "plan to develop 38 new deposits (domestic, no type)"),
            # 4
            ("STATEMENT", "called for", (("He", "He called"), "SUN", "GOV"), None, MOW,
             "1987-10-20", "day", None, "asserted", None,
             "called for speedier prospecting: no identifiable actor asked (EVENTS.md 2); REQUEST arguable"),
        ],
        "skip": [
            (("set", "has been"), "domestic plan target, no type"),
            ("upsurge", "content of the statement"),
            ("allowed", "content of the statement"),
            ("produced", "production statistics"),
            ("showed", "document (statistics)"),
            (("develop", "would"), "content of the statement (domestic)"),
            ("spur", "purpose"),
            ("convened", "internal meeting of a single body"),
            ("endorse", "domestic procedure (budget and plan)"),
            (("end", "expected to"), "end of the session, no event"),
        ],
        "entities": [
            (("Soviet", "The Soviet oil"), "NORP", "SUN"),
            ("Vasily Dinkov", "PERSON", "SUN"),
            (("Supreme Soviet", "at the"), "ORG", "SUN"),
            (("Soviet Union", "Last year the"), "GPE", "SUN"),
            (("Soviet", "showed"), "NORP", "SUN"),
            (("Dinkov", "Dinkov said"), "PERSON", "SUN"),
            (("Soviet Union", "Dinkov said the"), "GPE", "SUN"),
            (("Supreme Soviet", "The Supreme Soviet convened"), "ORG", "SUN"),
        ],
    },
    "reuters21578-21339": {
        "events": [
            # 0
            ("AGREE", "struck", ("leading western democracies", None, "GOV"), None, ("Paris", "FRA"),
             "1987-02", "month", "last February", "asserted", None,
             "the Louvre Accord struck by a group of countries (null) in Paris last February"),
            # 1
            ("ACCUSE", "criticised", ("U.S. Treasury Secretary James Baker", "USA", "GOV"),
             (("West German", "rises in"), "DEU", "GOV"), None,
             "1987-10", "month", "Over the weekend", "asserted", None,
             "criticised West German rate rises; weekend (17-18 Oct) kept at its month"),
            # 2
            ("ACCUSE", ("said", "rates and said"), ("U.S. Treasury Secretary James Baker", "USA", "GOV"),
             (None, "DEU", "GOV"), None, "1987-10", "month", "Over the weekend", "asserted", 1,
             "later mention: the rises not in the spirit of the Louvre pact (same criticism, same adverbial)"),
            # 3
            ("THREATEN", ("said", "He said the agreement"), (("He", "He said the agreement"), "USA", "GOV"),
             (None, "DEU", "GOV"), None, "1987-10", "month", "Over the weekend", "asserted", None,
             "warning that the accord may have to be re-examined (5b's call), part of the weekend remarks"),
        ],
        "skip": [
            (("said", "government sources"), "anonymous-source talk (government sources)"),
            ("committed", "content of anonymous talk (stative commitment)"),
            ("stabilise", "purpose of the accord"),
            (("rises", "recent"), "interest-rate rise (monetary), content of the criticism"),
            ("re-examined", "content of the threat"),
            (("said", "The sources said"), "anonymous-source talk"),
            (("rises", "interest rate rises"), "interest-rate rise (monetary), content of anonymous talk"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Bonn", "GPE", "DEU"),
            ("Paris", "GPE", "FRA"),
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            (("West German", "rises in"), "NORP", "DEU"),
            (("West German", "The sources said the"), "NORP", "DEU"),
        ],
    },
    "reuters21578-19071": {
        "events": [
            # 0
            ("COOPERATE", "sold", ("Konsgberg Vaapenfabrikk", "NOR", "BUS"), (None, "SUN", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "may have sold more defence equipment (to the USSR, implied); 'since' gives no value; officials' 'said' "
             "attribution; ACCUSE by the officials arguable"),
            # 1
            ("COOPERATE", "deal", ("Konsgberg Vaapenfabrikk", "NOR", "BUS"), (None, "SUN", "GOV"), None,
             "1982", "year", "in 1982", "asserted", None, "the original 1982 deal (nominal with its own date)"),
            # 2
            ("ACCUSE", "investigations", ("State prosecutor Tor-Aksel Busch", "NOR", "GOV"),
             ("the state-owned arms firm", "NOR", "BUS"), None, None, "unknown", None, "asserted", None,
             "started fresh investigations into the firm; no time expression; 'told Reuters' attribution"),
            # 3
            ("COOPERATE", "delivered", ("the state-owned arms firm", "NOR", "BUS"), ("the Soviet Union", "SUN", "GOV"),
             None, "1982", "year", "in 1982 and 1983", "asserted", 1,
             "later mention of the original deal: computers delivered in 1982 and 1983 (dated by its start)"),
            # 4
            ("COOPERATE", "deliveries", (None, "NOR", "BUS"), (None, "SUN", "GOV"), None,
             None, "unknown", None, "hypothetical", 0, "later mention: possible further deliveries since then"),
        ],
        "skip": [
            (("said", "justice officials"), "attribution (the possible sales are the event)"),
            ("told", "attribution (the investigation is the event)"),
            ("make", "use of the computers, no event"),
            (("said", "since then"), "attribution (the possible deliveries are the event)"),
        ],
        "entities": [
            ("Norwegian", "NORP", "NOR"),
            ("Konsgberg Vaapenfabrikk", "ORG", "NOR"),
            ("KV", "ORG", "NOR"),
            ("Tor-Aksel Busch", "PERSON", "NOR"),
            ("Reuters", "ORG", "GBR"),
            ("Soviet Union", "GPE", "SUN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind17a.jsonl")
