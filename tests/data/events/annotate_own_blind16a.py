"""Build ``own_blind16a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind16a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,946 left, also minus the 16 stories drawn for
own_blind15); 24 drawn with random.Random(16101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles, all kept).
43 event records (37 first mentions, 6 later mentions), 94 not_annotated spans, 140 entity mentions;
no article without events. See GUIDELINES.md.
Single annotator, one pass plus a check of every record against its sentence.

Judgement calls made here:
* 12089 (U.S.-Japan chip talks): "will hold emergency meetings next week" is CONSULT USA -> JPN,
  planned, "next week" (6-10 April, from Wed 1 April) at month precision (1987-04, EVENTS.md 21);
  "the talks ... were being held under the emergency provisions" is its later mention (planned);
  "Officials said" (unnamed) and "announced yesterday by ... Yeutter" are attribution (an announced
  meeting: the meeting is the event, EVENTS.md 1). The MITI technical talks "next Monday and Tuesday"
  are a separate CONSULT JPN -> USA dated by their start (1987-04-06); Smith's meeting with Kuroda
  "on Thursday and Friday" is CONSULT USA -> JPN dated 1987-04-09: the strict weekday rule would give
  Thursday 2 April, but the text places it after next week's Monday-Tuesday talks (the true date,
  as EVENTS.md 20 prefers). Holmes' "said" clauses are attribution; his quoted "added" is a STATEMENT
  (forecast); the U.S. official's "said" is a STATEMENT. The 300 mln dlr tariffs "set to go into
  effect on April" are SANCTION USA (implied) -> JPN, planned, 1987-04; the "planned American
  sanctions" of the first sentence and "the sanctions" in Holmes' quote are presupposed nominals
  inside statements (skipped); the public hearings are a domestic procedure (skipped).
* 7771 (EC / Akzo-Dupont): "has charged the United States with breaking ... rules" is ACCUSE EC
  (null) -> USA, DCT (a wire-style speech act); "the executive authority alleged", "The EC
  Commission charged that ..." and the quoted '"...," it said in a statement' (a criticism: the
  saying is the act) are later mentions. "said it would take the issue to ... GATT" is ACCUSE
  planned toward the USA (filing a GATT complaint), undated, and "said it would ask ... GATT to
  rule" REQUEST planned toward GATT (null), undated: the same planned step read by its two verbs
  (REQUEST toward GATT for the first arguable). "did not rule out retaliatory measures if ...
  Washington failed to ..." is a conditional threat: THREATEN EC -> USA, asserted (the threat is
  made although the retaliation is conditional), DCT. "which officials said" (unnamed officials in
  a relative clause) is skipped. "fibres have been banned from the U.S. Market" is SANCTION USA
  (implied) -> Akzo (NLD), undated, with "the ban, imposed by the U.S. International Trade
  Commission" its later mention; "charges by the U.S. Firm <Dupont> that the fibres violate ...
  patents" is ACCUSE USA -> NLD (a nominal with its own content clause), undated. "Akzo alleged"
  is ACCUSE NLD -> USA (ITC), DCT by rule 2 (convention 16), while "a complaint to it by ... Akzo"
  (the same grievance as a background nominal addressed to the Commission) is skipped.
* 18998 (Playboy): "has entered into an agreement with Fashionport" is AGREE USA -> IND, undated,
  "said" attribution; "Fashionport will produce ..., it said" describes the licence's terms: a
  STATEMENT by Playboy (DCT); "No other details were available" is a withheld STATEMENT (negated,
  company implied). Playboy's country (USA) is a well-known fact (dateline Chicago), as Nomura in
  own_blind14b.
* 2970 (Iraq-Turkey pipeline): the repair, the landslide cut and the switched-off taps have no
  type or no actor (accident); the two news agencies' "said" and "they said" are STATEMENTs (one
  record each: a same-country compound, TUR ORG). DCT 1987-03-07 (published_at) although the
  dateline says March 8.
* 3449 (Sumita): his "said" clauses and "he added" are STATEMENTs (monetary policy, forecasts);
  '"The government should instead seek ways ..." he told a press conference' is REQUEST toward the
  Japanese government (an actor told it should act, EVENTS.md 2; the speaker is the central bank,
  not the government, so the own_blind "We should" call does not apply). "Japan promised to work
  out a comprehensive economic package" at the Paris talks is AGREE toward the group of six
  (null), undated ("recent" gives no value), located in Paris; the talks themselves are a time
  adjunct (skipped), the package the government plans to adopt is domestic (skipped).
* 1865 (Army missile plan): the delay, the considered purchase of British/French/German missiles
  (the nationalities name the missiles' origin; sellers unnamed), the suspended decision, the
  Sgt. York cancellations (domestic programme decisions; RETREAT toward Ford arguable), the spending
  and the Army's expansion of the concept have no type: skipped. Every reporting clause by
  Defense Department / Pentagon officials (identifiable body, EVENTS.md 4, although unnamed and
  "who asked not to be identified") and by Lt. Col. McNab is a STATEMENT (USA MIL, DCT); "some
  Pentagon officials have expressed fears" is a STATEMENT (DCT, as "have said"). "The Army later
  expanded ..., announcing it would divide the system" is a STATEMENT undated (a past announcement
  placed "later" than 1985, not a wire-style report). "strong sentiment in the Army to reject a
  missile only" rejects an option, not an actor (skipped).
* 21174 (Egypt/Uganda roads): "Egypt has agreed to build two new roads in Uganda" is AGREE EGY ->
  UGA, undated (rule 17), "said" attribution; "The two countries signed an agreement" is its later
  mention (both actors on the compound span); the reconstruction by Egyptian companies and the loan
  repayment are the agreement's terms (skipped; AID on "the loan from Egypt" arguable). "are also
  discussing the possibility of Egyptian help" is CONSULT EGY -> UGA, undated, the help its content.
* 15244 (Ghana/Iran): "Ghana will import 15,000 tonnes of crude oil annually from Iran" is COOPERATE
  GHA -> IRN, planned, undated (a main-clause exchange between identified parties, not the
  complement of "agreed", so not content under EVENTS.md 8); "under an agreement reached in Tehran
  today" is AGREE GHA -> IRN, 1987-04-08, and "the accord was reached between Iranian Oil Minister
  ... and a visiting Ghanaian delegation" its later mention (first-named party first: IRN -> GHA).
  "Iran will also provide technical and scientific assistance" is AID IRN -> GHA (implied), planned,
  undated. IRNA's "reported" / "said" are attribution; the delegation's visit is presupposed
  ("visiting", skipped, as own_blind4b's "visiting U.S. Trade Representative").
* Entities: job titles and a title's department ("Defense Secretary", "Trade Representative") are
  not tagged, but an organisation before a title is ("MITI vice president", "Army Lt. Col.", "Bank
  of Japan governor"); a government body with its country word is one ORG span ("Japanese Ministry
  of International Trade and Industry", "U.S. Army", "U.S. International Trade Commission"); the
  EC Commission, "Commission", "EC" and GATT are ORG null; <Dupont> is tagged without brackets,
  tickers are left out; "Ford Motor Co <F> Aerospace and Communications Corp" gives two ORG spans
  around the ticker; weapons (Rapier, Roland/"Ronald", Sgt. York, DIVAD) and brands (the Playboy
  and Playmate fashions) are not entities; "U.S." in "U.S. Tariff Act", "U.S. Market", "U.S. Court"
  is a GPE; "Iranian" before "news agency IRNA" is NORP and IRNA an ORG; "Hurriyet" and "Anatolian"
  (news agencies) are ORG TUR; Kirkuk is GPE IRQ (as own_blind11b), Yumurtalik GPE TUR, the
  Mediterranean, the Middle East and the Eastern bloc LOC null; Zaire takes its withdrawn code ZAR
  (as SUN/YUG for 1987 states); Mount Elgon (on the Uganda-Kenya border, placed by the text in
  eastern Uganda) is LOC UGA; Reuters is ORG GBR; "European" is NORP null.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAC = ("WASHINGTON", "USA")
BRU = ("BRUSSELS", "BEL")
CHI = ("CHICAGO", "USA")
ANK = ("ANKARA", "TUR")
TOK = ("TOKYO", "JPN")
KLA = ("KAMPALA", "UGA")
LON = ("LONDON", "GBR")
EC = ("The European Community Commission", None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12089": {
        "events": [
            # 0
            ("CONSULT", "meetings", ("U.S.", "USA", "GOV"), ("Japanese", "JPN", "GOV"), None,
             "1987-04", "month", "next week", "planned", None,
             "emergency meetings next week (6-10 April, kept at its month)"),
            # 1
            ("STATEMENT", "said", ("a U.S. official", "USA", "GOV"), None, WAC,
             "1987-04-01", "day", None, "asserted", None, "assessment: the talks unlikely to delay the sanctions"),
            # 2
            ("CONSULT", ("talks", "Officials said the"), (None, "USA", "GOV"), (None, "JPN", "GOV"), None,
             "1987-04", "month", "next week", "planned", 0,
             "later mention: the talks being held under the agreement's emergency provisions"),
            # 3
            ("CONSULT", ("talks", "technical"), ("Japanese Ministry of International Trade and Industry", "JPN", "GOV"),
             (("U.S. officials", "technical talks with"), "USA", "GOV"), None,
             "1987-04-06", "day", "next Monday and Tuesday", "planned", None,
             "MITI technical talks with U.S. officials, dated by their start; spokesman's 'said' is attribution"),
            # 4
            ("CONSULT", ("meet", "Michael Smith would"), ("Deputy U.S. Trade Representative Michael Smith", "USA", "GOV"),
             ("MITI vice president Makoto Kuroda", "JPN", "GOV"), None,
             "1987-04-09", "day", "Thursday", "planned", None,
             "Thursday-Friday after next week's Monday-Tuesday talks (true date, not Thursday 2 April)"),
            # 5
            ("STATEMENT", "added", (("Holmes", "But Holmes"), "USA", "GOV"), None, WAC,
             "1987-04-01", "day", None, "asserted", None, "quoted forecast: problem not resolved, sanctions to take effect"),
            # 6
            ("SANCTION", ("tariffs", "300 mln"), (None, "USA", "GOV"), (("Japanese", "tariffs on"), "JPN", "GOV"), None,
             "1987-04", "month", "April", "planned", None, "300 mln dlr tariffs on Japanese exports set to take effect in April"),
        ],
        "skip": [
            ("resolve", "purpose of the meetings"),
            ("row", "background nominal"),
            ("delay", "content of the statement"),
            (("sanctions", "planned American"), "presupposed nominal inside the statement (first predication is the tariffs)"),
            (("said", "Officials said"), "attribution (unnamed officials; the talks are the event)"),
            ("announced", "attribution: announcement of the talks (the talks are the event); 'yesterday' dates it"),
            ("agreement", "background nominal (the existing semiconductor agreement)"),
            (("said", "spokesman for Yeutter"), "attribution (the planned talks are the event)"),
            (("said", "Gary Holmes"), "attribution (the planned meeting is the event)"),
            (("resolved", "the problem to be"), "content of the quote"),
            (("sanctions", "or the"), "nominal inside the quote"),
            ("hearings", "domestic procedure, no type"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "a U.S. official"), "GPE", "USA"),
            ("American", "NORP", "USA"),
            (("U.S.", "announced yesterday by"), "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("U.S.", "provisions of the"), "GPE", "USA"),
            (("Japanese", "provisions of the U.S.-"), "NORP", "JPN"),
            (("Yeutter", "spokesman for"), "PERSON", "USA"),
            ("Japanese Ministry of International Trade and Industry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            (("U.S.", "technical talks with"), "GPE", "USA"),
            ("Gary Holmes", "PERSON", "USA"),
            (("U.S.", "Deputy"), "GPE", "USA"),
            ("Michael Smith", "PERSON", "USA"),
            (("MITI", "meet with"), "ORG", "JPN"),
            ("Makoto Kuroda", "PERSON", "JPN"),
            (("Holmes", "But Holmes"), "PERSON", "USA"),
            (("Japanese", "tariffs on"), "NORP", "JPN"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-7771": {
        "events": [
            # 0
            ("ACCUSE", "charged", EC, ("the United States", "USA", "GOV"), BRU,
             "1987-03-20", "day", None, "asserted", None,
             "charged the U.S. with breaking trade rules (wire-style speech act: DCT)"),
            # 1
            ("ACCUSE", "take", (("it", "said it would take"), None, "IGO"), ("the United States", "USA", "GOV"), None,
             None, "unknown", None, "planned", None,
             "will take the issue to GATT (complaint against the U.S.); no time expression; 'said' attribution"),
            # 2
            ("ACCUSE", "alleged", ("the executive authority", None, "IGO"), ("Washington", "USA", "GOV"), BRU,
             "1987-03-20", "day", None, "asserted", 0, "later mention: the Tariff Act section incompatible with GATT"),
            # 3
            ("REQUEST", "ask", (("it", "said it would ask"), None, "IGO"), (("GATT", "Geneva-based"), None, "IGO"), None,
             None, "unknown", None, "planned", None, "will ask GATT to rule; 'said' attribution"),
            # 4
            ("THREATEN", "rule out", ("Commission officials", None, "IGO"), (("Washington", "against it,"), "USA", "GOV"), BRU,
             "1987-03-20", "day", None, "asserted", None,
             "did not rule out retaliation if Washington failed to comply: conditional threat (asserted)"),
            # 5
            ("SANCTION", "banned", (None, "USA", "GOV"), (("Akzo", "Dutch company"), "NLD", "BUS"), None,
             None, "unknown", None, "asserted", None, "Akzo's fibres banned from the U.S. market; no time expression"),
            # 6
            ("ACCUSE", "charges", ("Dupont", "USA", "BUS"), (("Akzo", "Dutch company"), "NLD", "BUS"), None,
             None, "unknown", None, "asserted", None, "Dupont's patent charges against Akzo's fibres (nominal with content)"),
            # 7
            ("ACCUSE", ("alleged", "Akzo alleged"), (("Akzo", "Akzo alleged"), "NLD", "BUS"),
             ("U.S. International Trade Commission", "USA", "GOV"), BRU,
             "1987-03-20", "day", None, "asserted", None, "the ITC ban discriminatory (wire-style 'alleged': DCT)"),
            # 8
            ("SANCTION", "imposed", ("U.S. International Trade Commission", "USA", "GOV"),
             (("Akzo", "Akzo alleged"), "NLD", "BUS"), None,
             None, "unknown", None, "asserted", 5, "later mention: the ban imposed by the ITC"),
            # 9
            ("ACCUSE", ("charged", "The EC Commission"), ("The EC Commission", None, "IGO"),
             (("ITC", "before the"), "USA", "GOV"), BRU,
             "1987-03-20", "day", None, "asserted", 0, "later mention: EC producers disadvantaged before the ITC"),
            # 10
            ("ACCUSE", ("said", "it said in a statement"), (("it", "it said in a statement"), None, "IGO"),
             (None, "USA", "GOV"), BRU,
             "1987-03-20", "day", None, "asserted", 0, "quoted restatement of the charge (later mention)"),
        ],
        "skip": [
            ("breaking", "content of the accusation"),
            ("excluding", "content of the accusation"),
            (("said", "said it would take"), "attribution (the planned GATT complaint is the event)"),
            ("disputes", "background nominal"),
            ("discriminated", "content of the allegation"),
            (("said", "The Commission said"), "attribution (the planned request is the event)"),
            (("rule", "GATT to"), "content of the request"),
            (("said", "which officials"), "unnamed officials in a relative clause (borderline anonymous)"),
            ("proved", "content"),
            ("retaliatory measures", "content of the threat (hypothetical)"),
            (("decision", "after a GATT"), "hypothetical GATT ruling (condition)"),
            ("failed", "condition of the threat"),
            (("decision", "executive's"), "anaphoric nominal (the decision to go to GATT)"),
            ("complaint", "background nominal addressed to the Commission; the allegation is recorded on 'alleged'"),
            ("violate", "content of the charges"),
            (("ban", "alleged that the"), "anaphoric nominal (later mention recorded on 'imposed')"),
            (("dispute", "The dispute"), "anaphoric nominal"),
            ("gives", "stative (the law's jurisdiction)"),
            ("defending", "content of the charge"),
            ("statement", "part of the reporting clause"),
        ],
        "entities": [
            ("European Community Commission", "ORG", None),
            ("United States", "GPE", "USA"),
            ("Dutch", "NORP", "NLD"),
            (("U.S.", "from the"), "GPE", "USA"),
            ("GATT", "ORG", None),
            ("Washington", "GPE", "USA"),
            (("U.S.", "section of the"), "GPE", "USA"),
            (("GATT", "incompatible with the"), "ORG", None),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("Commission", "The Commission said"), "ORG", None),
            ("Geneva", "GPE", "CHE"),
            (("GATT", "Geneva-based"), "ORG", None),
            (("EC", "many EC"), "ORG", None),
            (("Commission", "Commission officials"), "ORG", None),
            (("GATT", "after a"), "ORG", None),
            (("Washington", "against it,"), "GPE", "USA"),
            (("GATT", "decision to go to"), "ORG", None),
            (("Dutch", "Dutch company"), "NORP", "NLD"),
            (("Akzo", "Dutch company"), "ORG", "NLD"),
            (("U.S.", "banned from the"), "GPE", "USA"),
            (("U.S.", "charges by the"), "GPE", "USA"),
            ("Dupont", "ORG", "USA"),
            (("American", "violate the"), "NORP", "USA"),
            (("Akzo", "Akzo alleged"), "ORG", "NLD"),
            ("U.S. International Trade Commission", "ORG", "USA"),
            (("ITC", "(ITC"), "ORG", "USA"),
            (("GATT", "discriminatory and"), "ORG", None),
            (("U.S.", "section 337 of the"), "GPE", "USA"),
            (("ITC", "gives the"), "ORG", "USA"),
            ("EC Commission", "ORG", None),
            (("EC", "EC producers"), "ORG", None),
            (("ITC", "before the"), "ORG", "USA"),
            (("U.S.", "normal U.S."), "GPE", "USA"),
            (("United States", "produced in the"), "GPE", "USA"),
        ],
    },
    "reuters21578-18998": {
        "events": [
            ("AGREE", "agreement", ("Playboy Licensing", "USA", "BUS"), ("Fashionport Private Ltd of India", "IND", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "licensing agreement; no time expression; 'said' is attribution"),
            ("STATEMENT", ("said", "leather goods"), (("it", "accessories, it"), "USA", "BUS"), None, CHI,
             "1987-06-18", "day", None, "asserted", None, "terms of the licence (production by Fashionport)"),
            ("STATEMENT", "available", (None, "USA", "BUS"), None, CHI,
             "1987-06-18", "day", None, "negated", None, "withheld statement (no other details), company implied"),
        ],
        "skip": [
            (("said", "Playboy Enterprises"), "attribution (the agreement is the event)"),
            ("market", "content of the agreement"),
            ("produce", "terms of the agreement (content of the statement)"),
            ("based", "stative"),
        ],
        "entities": [
            ("Playboy Enterprises Inc", "ORG", "USA"),
            ("Playboy Licensing", "ORG", "USA"),
            ("Fashionport Private Ltd", "ORG", "IND"),
            ("India", "GPE", "IND"),
            (("India", "accessories in"), "GPE", "IND"),
            ("Middle East", "LOC", None),
            ("Eastern bloc", "LOC", None),
            (("Fashionport", "Fashionport will"), "ORG", "IND"),
            (("Fashionport", "Fashionport is"), "ORG", "IND"),
            ("Bombay", "GPE", "IND"),
            (("India", "Bombay,"), "GPE", "IND"),
        ],
    },
    "reuters21578-2970": {
        "events": [
            ("STATEMENT", "said", ("the Hurriyet and Anatolian news agencies", "TUR", "ORG"), None, ANK,
             "1987-03-07", "day", None, "asserted", None,
             "report of the pipeline cut and repair (accident); DCT from published_at, not the dateline's March 8"),
            ("STATEMENT", ("said", "they said"), (("they", "accident, they"), "TUR", "ORG"), None, ANK,
             "1987-03-07", "day", None, "asserted", None, "report: little oil lost"),
        ],
        "skip": [
            ("cut", "accident (landslide)"),
            (("landslide", "by a"), "accident"),
            ("lost", "accident, no actor"),
            ("switched off", "unnamed actor, no type"),
            ("accident", "accident"),
            ("carries", "stative description"),
        ],
        "entities": [
            ("Turkey", "GPE", "TUR"),
            ("Adana", "GPE", "TUR"),
            ("Hurriyet", "ORG", "TUR"),
            ("Anatolian", "ORG", "TUR"),
            (("Turkey", "oil for"), "GPE", "TUR"),
            ("Iraq", "GPE", "IRQ"),
            ("Kirkuk", "GPE", "IRQ"),
            ("Yumurtalik", "GPE", "TUR"),
            ("Turkish", "NORP", "TUR"),
            ("Mediterranean", "LOC", None),
            (("Iraq", "is Iraq"), "GPE", "IRQ"),
        ],
    },
    "reuters21578-3449": {
        "events": [
            ("STATEMENT", "said", ("Bank of Japan governor Satoshi Sumita", "JPN", "GOV"), None, TOK,
             "1987-03-11", "day", None, "asserted", None, "little room to ease credit policy (monetary content)"),
            ("REQUEST", "told", (("he", 'policy," he'), "JPN", "GOV"), ("The government", "JPN", "GOV"), TOK,
             "1987-03-11", "day", None, "asserted", None,
             "the government should use fiscal policy (actor told it should act, EVENTS.md 2)"),
            ("AGREE", "promised", ("Japan", "JPN", "GOV"), ("the six major industrialised nations", None, "IGO"),
             ("Paris", "FRA"), None, "unknown", None, "asserted", None,
             "promise at the Paris talks of the six ('recent': no value)"),
            ("STATEMENT", ("said", "Sumita also"), (("Sumita", "Sumita also"), "JPN", "GOV"), None, TOK,
             "1987-03-11", "day", None, "asserted", None, "forecast of an upturn"),
            ("STATEMENT", ("said", "He said there"), (("He", "He said there"), "JPN", "GOV"), None, TOK,
             "1987-03-11", "day", None, "asserted", None, "assessment of the currency markets"),
            ("STATEMENT", "added", (("he", "activity, he"), "JPN", "GOV"), None, TOK,
             "1987-03-11", "day", None, "asserted", None, "assessment: U.S. indicators dampening activity"),
        ],
        "skip": [
            ("ease", "monetary policy (content)"),
            ("seek", "content of the request"),
            ("remarks", "anaphoric nominal"),
            ("plans to adopt", "domestic policy"),
            (("talks", "recent"), "background nominal (time adjunct of the promise)"),
            ("work out", "content of the promise"),
            ("boost", "content of the promise"),
            ("show", "content of the forecast"),
            ("remains", "condition"),
            ("dampening", "market activity, no actor"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("Satoshi Sumita", "PERSON", "JPN"),
            ("Paris", "GPE", "FRA"),
            (("Japan", "Paris,"), "GPE", "JPN"),
            (("Sumita", "Sumita also"), "PERSON", "JPN"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-1865": {
        "events": [
            ("STATEMENT", "said", ("Defense Department officials", "USA", "MIL"), None, WAC,
             "1987-03-04", "day", None, "asserted", None, "the Army delayed its purchase plan (no type): reporting clause"),
            ("STATEMENT", "told", ("defense officials", "USA", "MIL"), None, WAC,
             "1987-03-04", "day", None, "asserted", None, "a final decision suspended (no type)"),
            ("STATEMENT", ("said", "no decision"), ("one of the Pentagon official", "USA", "MIL"), None, WAC,
             "1987-03-04", "day", None, "asserted", None, "quote: missile option on hold (official of a named body)"),
            ("STATEMENT", ("said", "of our own"), ("another official", "USA", "MIL"), None, WAC,
             "1987-03-04", "day", None, "asserted", None, "quote: sentiment to take things slowly"),
            ("STATEMENT", ("said", "McNab"), ("Army Lt. Col. Craig McNab", "USA", "MIL"), None, WAC,
             "1987-03-04", "day", None, "asserted", None, "the European missiles not out of the picture"),
            ("STATEMENT", "expressed", ("some Pentagon officials", "USA", "MIL"), None, WAC,
             "1987-03-04", "day", None, "asserted", None, "fears voiced (wire style 'have expressed': DCT)"),
            ("STATEMENT", "announcing", (("The Army", "The Army later"), "USA", "MIL"), None, None,
             None, "unknown", None, "asserted", None,
             "past announcement 'later' than 1985 (no value; not a wire-style report)"),
        ],
        "skip": [
            ("delayed", "procurement decision, no type"),
            (("buy", "plans to"), "content (planned purchase, seller unnamed)"),
            ("protect", "purpose"),
            (("attack", "Soviet"), "helicopter type, no event"),
            ("considering", "hypothetical purchase, sellers unnamed (nationalities name the missiles)"),
            ("buying", "hypothetical purchase, sellers unnamed"),
            (("canceled", "gun which was"), "cancellation of a domestic weapons programme, no type"),
            ("indications", "background nominal"),
            (("buy", "intended to"), "content"),
            ("suspended", "content, no type"),
            ("favored", "preference for a weapon system (content)"),
            (("open", "would open"), "hypothetical, no actor"),
            (("made", "no decision has been"), "content of the quote"),
            ("asked not to be identified", "the official's anonymity, no event"),
            ("avoid", "content of the quote"),
            ("reject", "rejection of an option, not an actor (sentiment)"),
            (("opt", "and to"), "content (sentiment)"),
            ("throw", "hypothetical, no actor"),
            ("fielded", "content of the fears"),
            (("canceled", "Weinberger"), "cancellation of a domestic weapons programme (RETREAT toward Ford arguable)"),
            (("made", "York gun,"), "product maker, no event"),
            ("spent", "domestic spending"),
            (("decided", "and then"), "internal decision"),
            ("shoot down", "capability, no event"),
            ("expanded", "domestic programme, no type"),
            ("divide", "content of the announcement"),
        ],
        "entities": [
            ("U.S. Army", "ORG", "USA"),
            ("European", "NORP", None),
            (("U.S.", "help protect"), "GPE", "USA"),
            ("Soviet", "NORP", "SUN"),
            ("Defense Department", "ORG", "USA"),
            (("Army", "The Army has been"), "ORG", "USA"),
            ("British", "NORP", "GBR"),
            ("French", "NORP", "FRA"),
            ("German", "NORP", "DEU"),
            (("U.S.", "flawed"), "GPE", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("Army", "some Army"), "ORG", "USA"),
            (("U.S.", "open the competition"), "GPE", "USA"),
            ("Pentagon", "ORG", "USA"),
            (("Army", "Army Lt."), "ORG", "USA"),
            ("Craig McNab", "PERSON", "USA"),
            (("Army", "sentiment in the"), "ORG", "USA"),
            (("U.S.", "wide open to"), "GPE", "USA"),
            ("General Electric Co", "ORG", "USA"),
            ("Boeing Co", "ORG", "USA"),
            ("FMC Corp", "ORG", "USA"),
            ("Martin Marietta Corp", "ORG", "USA"),
            (("Pentagon", "some Pentagon"), "ORG", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            ("Ford Motor Co", "ORG", "USA"),
            ("Aerospace and Communications Corp", "ORG", "USA"),
            (("Pentagon", "after the"), "ORG", "USA"),
            (("Army", "The Army later"), "ORG", "USA"),
        ],
    },
    "reuters21578-21174": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Egypt", "EGY", "GOV"), (("Uganda", "roads"), "UGA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to build roads in Uganda (building is content); no time expression; 'said' attribution"),
            # 1
            ("AGREE", "signed", ("The two countries", "EGY", "GOV"), ("The two countries", "UGA", "GOV"), None,
             None, "unknown", None, "asserted", 0, "later mention: the signed road agreement; 'told reporters' attribution"),
            # 2
            ("CONSULT", "discussing", (("Egypt", "Egypt and Uganda"), "EGY", "GOV"),
             (("Uganda", "Egypt and"), "UGA", "GOV"), None,
             None, "unknown", None, "asserted", None, "discussing Egyptian help for a wheat project; 'added' attribution"),
        ],
        "skip": [
            ("build", "content of the agreement"),
            (("said", "el Tahan"), "attribution (the agreement is the event)"),
            ("reconstruct", "terms of the agreement"),
            ("told", "attribution"),
            ("repay", "terms of the agreement (financing)"),
            ("loan", "nominal: financing under the agreement (AID arguable)"),
            ("help", "content of the discussions"),
            ("grow", "content"),
            ("added", "attribution"),
        ],
        "entities": [
            ("Egypt", "GPE", "EGY"),
            ("Uganda", "GPE", "UGA"),
            ("Egyptian", "NORP", "EGY"),
            ("Muhammud el Tahan", "PERSON", "EGY"),
            (("Egyptian", "under which"), "NORP", "EGY"),
            ("Fort Portal", "GPE", "UGA"),
            ("Bundibugyo", "GPE", "UGA"),
            ("Zaire", "GPE", "ZAR"),
            (("Uganda", "western"), "GPE", "UGA"),
            ("Kapchorwa", "GPE", "UGA"),
            ("Swam", "GPE", "UGA"),
            ("Mount Elgon", "LOC", "UGA"),
            (("Uganda", "Uganda would"), "GPE", "UGA"),
            (("Egypt", "loan from"), "GPE", "EGY"),
            (("Egypt", "Egypt and Uganda"), "GPE", "EGY"),
            (("Uganda", "Egypt and"), "GPE", "UGA"),
            (("Egyptian", "possibility of"), "NORP", "EGY"),
            (("Uganda", "wheat in"), "GPE", "UGA"),
        ],
    },
    "reuters21578-15244": {
        "events": [
            # 0
            ("COOPERATE", "import", ("Ghana", "GHA", "GOV"), ("Iran", "IRN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "annual crude imports from Iran under the agreement; 'today' dates the agreement, not the imports"),
            # 1
            ("AGREE", "agreement", ("Ghana", "GHA", "GOV"), ("Iran", "IRN", "GOV"), ("Tehran", "IRN"),
             "1987-04-08", "day", "today", "asserted", None, "agreement reached in Tehran today; IRNA's 'reported' attribution"),
            # 2
            ("AGREE", "accord", ("Iranian Oil Minister Gholamreza Aqazadeh", "IRN", "GOV"),
             ("a visiting Ghanaian delegation", "GHA", "GOV"), ("Tehran", "IRN"),
             "1987-04-08", "day", "today", "asserted", 1, "later mention: the accord reached between the minister and the delegation"),
            # 3
            ("AID", "assistance", (("Iran", "agreement, Iran"), "IRN", "GOV"), (None, "GHA", "GOV"), None,
             None, "unknown", None, "planned", None, "technical assistance to Ghana under the agreement; 'said' attribution"),
        ],
        "skip": [
            ("reported", "attribution (the agreement is the event)"),
            ("received", "no event"),
            (("said", "received in London"), "attribution"),
            ("visiting", "presupposed visit (CONSULT GHA -> IRN arguable)"),
            ("headed", "no event"),
            (("said", "IRNA said"), "attribution"),
            ("training", "content of the assistance"),
        ],
        "entities": [
            ("Ghana", "GPE", "GHA"),
            ("Iran", "GPE", "IRN"),
            ("Tehran", "GPE", "IRN"),
            ("Iranian", "NORP", "IRN"),
            ("IRNA", "ORG", "IRN"),
            ("London", "GPE", "GBR"),
            (("Iranian", "between"), "NORP", "IRN"),
            ("Gholamreza Aqazadeh", "PERSON", "IRN"),
            ("Ghanaian", "NORP", "GHA"),
            ("Obed Asamoah", "PERSON", "GHA"),
            (("IRNA", "IRNA said"), "ORG", "IRN"),
            (("Iran", "agreement, Iran"), "GPE", "IRN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind16a.jsonl")
