"""Build ``own_blind4a.jsonl``: blind events gold (events + entity mentions), part a of a fourth
blind set, annotated from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py`` (offsets computed from quoted anchors; entity mentions
with its ``entity(...)`` helper). Run from the repo root:

    python tests/data/events/annotate_own_blind4a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (3,138 left); 32 drawn with
``random.Random(5301).sample``, this file holds draws 0-7 (all 8 kept): 34 event records (30 first
mentions, 4 later mentions), 85 ``not_annotated`` spans, 80 entity mentions. One article has no event
(Glaverbel share offer: corporate finance and anonymous dealers only), one has only a statistics
release (LIFFE T-bonds). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules followed.

Judgement calls made here (in the spirit of the shared conventions):
* "U.S. And Soviet negotiators have completed the text of a draft treaty" is AGREE (an agreed joint
  text; CONSULT arguable), one record with the first-named party as actor1 (as events_dev's
  "Israel and the Soviet Union agreed"); the quoted "the sides have drafted ... the treaty" is a
  later mention (so "told reporters" is attribution); both undated ("have completed": no time
  expression; "the current round" is too vague to date).
* Japanese truck makers that "will stop exports to North Korea" following government guidance:
  SANCTION (trade restriction) by the makers (JPN BUS) against North Korea, planned, undated; the
  government guidance and the U.S. "expression of concern" (an ACCUSE-like nominal in a causal
  clause) are skipped as background nominals; company export figures for 1986 ("shipped",
  "exported", "had almost no trade") are statistics, the spokesmen's "said" clauses STATEMENTs.
* White House: "sanctions imposed on Japan" is the SANCTION's first mention (undated: no time
  expression); "The sanctions take effect in mid-April" is a later mention keeping its own time
  expression (1987-04, planned). Fitzwater's "said ... administration officials 'do not believe
  this will result in a trade war'" is a later mention of the lead's "his chief spokesman said";
  the quoted "Whether it could occur in time ... is questionable" a later mention of "he indicated".
  "Tokyo had failed to fulfill an agreement" said by Fitzwater is ACCUSE against Japan (his
  justification blames Tokyo). "Reagan was quoted as telling Chirac" is relayed speech: undated.
  Chirac "expressed concern about ... protectionist sentiment in the United States" is a STATEMENT
  (concern about a trend, no accused actor; ACCUSE arguable), dated by the DCT as a wire-style speech
  act; "the visiting French official" (a presupposed visit) is skipped. "has reaffirmed his
  opposition to protectionism" is a STATEMENT with the DCT (like "have said").
* Labour Department "revised the February increase down": a statistics release, STATEMENT with the
  DCT; location left null (the release is Washington's, the dateline London's).
* Hong Kong's Nendick at the ADB meeting in Osaka: defending the currency link is a STATEMENT (no
  allegation in the text to REJECT); the ADB's annual meeting is an internal meeting of one body
  (skipped); DCT 1987-04-28 from published_at although the dateline says April 29; location
  "here" = Osaka.
* Polysar "said it agreed to form a joint venture with Raision Tehtaat": AGREE, undated, "said" is
  attribution; "Project cost and plant capacity were not disclosed" a withheld STATEMENT with the
  agent (Polysar, the announcer) implied; the joint venture building a plant has no type.
* Entities: "U.S." in "U.S. Dollar" / "U.S. Government" is a GPE mention; "Japanese government"
  gives a NORP "Japanese"; "Europe", "Far East" and "European" have a null country; the Asian
  Development Bank (an IGO) is null; Reuters is GBR; crude grades (Isthmus, Maya) and tickers are
  not entities.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

SAR = ("SARNIA", "CAN")
GVA = ("GENEVA", "CHE")
MEX = ("MEXICO CITY", "MEX")
WA = ("WASHINGTON", "USA")
TK = ("TOKYO", "JPN")
OSA = ("OSAKA", "JPN")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12959": {
        "events": [
            ("AGREE", "agreed", ("Polysar Ltd", "CAN", "BUS"), ("Raision Tehtaat", "FIN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreement to form a joint venture (formation = planned content); 'said' = attribution; no time "
             "expression -> unknown"),
            ("STATEMENT", "disclosed", (None, "CAN", "BUS"), None, SAR, "1987-04-03", "day", None, "negated", None,
             "withheld statement (cost and capacity not disclosed); agent (Polysar, the announcer) implied"),
        ],
        "skip": [
            ("owned", "stative description (ownership)"),
            ("said", "rule-3 attribution verb (the agreement is the event)"),
            ("form", "content of the agreement"),
            ("build", "content of the agreement"),
            (("owned", "51 pct"), "stative description (planned ownership shares)"),
            (("build", "Polysar, will"), "construction by the joint venture: no type"),
            ("used", "no type (use of the plant's production)"),
        ],
        "entities": [
            ("Polysar Ltd", "ORG", "CAN"),
            ("Canada Development Corp", "ORG", "CAN"),
            ("Raision Tehtaat", "ORG", "FIN"),
            ("Finland", "GPE", "FIN"),
            (("Finland", "southern"), "GPE", "FIN"),
            (("Raision Tehtaat", "The joint venture"), "ORG", "FIN"),
            (("Polysar", "49 pct"), "ORG", "CAN"),
            ("Anjalankoski", "GPE", "FIN"),
            ("Helsinki", "GPE", "FIN"),
            (("Finland", "production"), "GPE", "FIN"),
        ],
    },
    "reuters21578-18000": {
        "events": [
            ("AGREE", "completed", ("U.S.", "USA", "GOV"), ("Soviet negotiators", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "joint draft treaty text completed by both delegations (an agreed text; CONSULT arguable); one "
             "record, first-named party as actor1; 'a Soviet negotiator said' = attribution; no time "
             "expression -> unknown"),
            ("AGREE", "drafted", ("the sides", "USA", "GOV"), (None, "SUN", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "quoted later mention of the completed draft ('the sides' = both; actors as the first mention); "
             "'told reporters' = attribution"),
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "SUN", "GOV"), None, GVA,
             "1987-06-02", "day", None, "asserted", None, "assessment of the remaining work"),
        ],
        "skip": [
            ("calling for", "content of the draft treaty (a document)"),
            ("elimination", "content of the draft treaty"),
            (("said", "a Soviet negotiator"), "rule-3 attribution verb"),
            ("work done", "background nominal (the negotiating work)"),
            ("round", "background nominal (the current negotiating round, undated)"),
            ("told", "rule-3 attribution verb (the drafting is the event)"),
            ("disagreement", "stative description inside the assessment"),
            ("resolved", "content of the assessment"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Soviet", "NORP", "SUN"),
            ("Europe", "LOC", None),
            (("Soviet", "Europe"), "NORP", "SUN"),
            ("Alexei Obukhov", "PERSON", "SUN"),
            (("Soviet", "Obukhov"), "NORP", "SUN"),
        ],
    },
    "reuters21578-2530": {
        "events": [
            ("STATEMENT", "said", ("The Mexican state oil company\nPetroleos Mexicanos (PEMEX)", "MEX", "BUS"), None,
             MEX, "1987-03-05", "day", None, "asserted", None,
             "price announcement (commercial pricing has no type): reporting clause"),
            ("STATEMENT", ("said", "Pemex said"), (("Pemex", "Pemex said"), "MEX", "BUS"), None, MEX,
             "1987-03-05", "day", None, "asserted", None, "price comparison"),
        ],
        "skip": [
            ("charged", "commercial pricing: no type (content of the announcement)"),
            ("buys", "habitual purchases (statistics)"),
            ("pay", "habitual payment terms"),
            (("charged", "European"), "habitual payment terms"),
        ],
        "entities": [
            ("Mexican", "NORP", "MEX"),
            ("Petroleos Mexicanos", "ORG", "MEX"),
            ("PEMEX", "ORG", "MEX"),
            ("Far East", "LOC", None),
            (("Pemex", "Pemex said"), "ORG", "MEX"),
            (("Far East", "Maya."), "LOC", None),
            ("Japan", "GPE", "JPN"),
            ("European", "NORP", None),
            (("U.S.", "European"), "GPE", "USA"),
        ],
    },
    "reuters21578-12838": {
        "events": [
            ("STATEMENT", "revised", ("the Labour Department", "USA", "GOV"), None, None,
             "1987-04-03", "day", None, "asserted", None,
             "statistics release (revised figures) by a named agency, wire style -> DCT; location null (the "
             "release is Washington's, not the London dateline's)"),
        ],
        "skip": [
            ("gained", "market movement"),
            ("news", "nominal: the statistics release (recorded on 'revised')"),
            ("rose", "statistics, no acting actor"),
            (("said", "dealers"), "anonymous-source talk (dealers)"),
            ("trading", "market movement"),
            ("came out", "nominal: the statistics release"),
            ("made session highs", "market movement"),
            ("slipping", "market movement"),
            (("rose", "The payroll"), "statistics, no acting actor"),
            ("expectations", "anonymous forecasts (analysts)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            (("U.S.", "news that"), "GPE", "USA"),
            ("Labour Department", "ORG", "USA"),
        ],
    },
    "reuters21578-11824": {
        "events": [],
        "skip": [
            ("offer", "corporate finance (public share offer)"),
            ("oversubscribed", "market response to a share offer"),
            ("said", "statement by unnamed banks and share dealers (a document; not identifiable)"),
            ("offered", "corporate finance (share offer)"),
            ("reduce", "corporate finance (parent's participation reduced through the offer)"),
            ("selling", "share sale to the public (corporate finance, no identified counterpart)"),
            ("issuing", "corporate finance (new share issue)"),
            ("reserved", "corporate finance (allocation)"),
            (("said", "The statement"), "document content (allocation terms)"),
            ("receive", "allocation terms"),
            ("given", "allocation terms"),
            (("rose", "profit"), "statistics"),
            (("pay", "is to"), "corporate finance (dividend)"),
            ("listed", "corporate finance (listing)"),
            (("said", "Share dealers"), "anonymous-source talk (share dealers)"),
        ],
        "entities": [
            ("Glaverbel SA", "ORG", "BEL"),
            ("Europe", "LOC", None),
            (("Glaverbel", "oversubscribed"), "ORG", "BEL"),
            ("Asahi Glass Ltd", "ORG", "JPN"),
            (("Asahi", "ASGL.T"), "ORG", "JPN"),
            (("Glaverbel", "500,000 shares"), "ORG", "BEL"),
            (("Glaverbel", "fewer than 100"), "ORG", "BEL"),
            (("Glaverbel", "result of the offer"), "ORG", "BEL"),
            ("Brussels", "GPE", "BEL"),
            (("Glaverbel", "tied up"), "ORG", "BEL"),
        ],
    },
    "reuters21578-11545": {
        "events": [
            ("STATEMENT", "reaffirmed", ("President Reagan", "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None,
             "restated policy stance (opposition to protectionism), no time expression: DCT like 'have said'"),
            ("STATEMENT", ("said", "chief spokesman"), ("his chief spokesman", "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None, "assessment: sanctions unlikely to start a trade war"),
            ("SANCTION", ("sanctions", "trade"), (None, "USA", "GOV"), ("Japan", "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "trade sanctions imposed on Japan (the imposition has no time expression here)"),
            ("STATEMENT", "telling", (("Reagan", "We don't want"), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "relayed speech ('was quoted as telling'): undated; the audience (Chirac) is not an actor2"),
            ("STATEMENT", "expressed concern", ("the visiting French\nofficial", "FRA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None,
             "concern about a trend (protectionist sentiment), no accused actor: STATEMENT (ACCUSE arguable); "
             "wire-style speech act -> DCT"),
            ("STATEMENT", "defended", ("White House spokesman Marlin Fitzwater", "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None, "defending a policy = STATEMENT ('Later' gives no date)"),
            ("STATEMENT", ("said", "new sanctions against Japan and"), ("White House spokesman Marlin Fitzwater", "USA", "GOV"),
             None, WA, "1987-03-31", "day", None, "asserted", 1,
             "later mention of the lead's 'his chief spokesman said' (same assessment, quoted)"),
            ("STATEMENT", "added", ("the presidential spokesman", "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None, "assessment of the sanctions"),
            ("STATEMENT", ("said", "We do not want a trade"), (("he", "We do not want a trade"), "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None, "policy stance"),
            ("ACCUSE", ("said", "Fitzwater said the president"), (("Fitzwater", "Fitzwater said the president"), "USA", "GOV"),
             ("Tokyo", "JPN", "GOV"), WA, "1987-03-31", "day", None, "asserted", None,
             "justification blaming Tokyo for failing to fulfil the agreement = accusation"),
            ("STATEMENT", ("said", "Noting that"), (("he", "Noting that"), "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None, "justification of the sanctions ('Noting' = same act)"),
            ("STATEMENT", ("said", "Fitzwater said the decision"), (("Fitzwater", "Fitzwater said the decision"), "USA", "GOV"),
             None, WA, "1987-03-31", "day", None, "asserted", None, "defence of the decision"),
            ("STATEMENT", "held open", ("the White House official", "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None, "assessment: a settlement possible"),
            ("STATEMENT", "indicated", (("he", "the White House official"), "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", None, "assessment: settlement probably not in time"),
            ("STATEMENT", ("said", "at this point"), (("the\nspokesman", "at this point"), "USA", "GOV"), None, WA,
             "1987-03-31", "day", None, "asserted", 13, "quoted restatement of 'he indicated'"),
            ("SANCTION", ("sanctions", "The sanctions take"), (None, "USA", "GOV"), (None, "JPN", "GOV"), None,
             "1987-04", "month", "mid-April", "planned", 2,
             "later mention: the sanctions taking effect, with its own time expression"),
        ],
        "skip": [
            ("opposition", "content of the reaffirmation"),
            ("imposed", "part of the sanctions' first mention"),
            ("start", "content of the assessment"),
            ("trade war", "content of the assessment"),
            ("visiting", "presupposed visit (participle, no predication of its own)"),
            (("sanctions", "defended the new"), "anaphoric nominal (the sanctions)"),
            ("result", "content of the assessment"),
            ("taken an\naction", "anaphoric reference to the sanctions inside the statement"),
            ("forced to act", "anaphoric reference to the sanctions"),
            ("failed to fulfill", "content of the accusation"),
            ("an agreement to make", "background nominal (the earlier semiconductor agreement)"),
            ("Noting", "participial elaboration of the same statement"),
            ("pressures", "stative description inside the statement"),
            ("take a tough stand", "content of the statement"),
            (("act", "simply had to"), "anaphoric reference to the sanctions"),
            ("decision", "anaphoric nominal (the sanctions decision)"),
            (("impose", "decision to"), "anaphoric nominal (the sanctions decision)"),
            ("settle", "content of the assessment (hypothetical settlement)"),
            ("dispute", "background nominal"),
            ("settlement", "content of the assessment"),
            ("head off", "content of the assessment"),
            ("negotations", "content of the statement (openness to talks)"),
            ("prevent", "content of the statement"),
            ("going into effect", "anaphoric reference to the sanctions"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Japan", "GPE", "JPN"),
            (("Reagan", "We don't want"), "PERSON", "USA"),
            ("Jacques Chirac", "PERSON", "FRA"),
            ("French", "NORP", "FRA"),
            ("United States", "GPE", "USA"),
            ("White House", "ORG", "USA"),
            ("Marlin Fitzwater", "PERSON", "USA"),
            (("Japan", "defended the new"), "GPE", "JPN"),
            (("United States", "first time"), "GPE", "USA"),
            (("Fitzwater", "Fitzwater said the president"), "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Congress", "ORG", "USA"),
            (("United States", "Congress"), "GPE", "USA"),
            (("Fitzwater", "Fitzwater said the decision"), "PERSON", "USA"),
            (("White House", "While the"), "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            (("Tokyo", "Washington and"), "GPE", "JPN"),
        ],
    },
    "reuters21578-18440": {
        "events": [
            ("SANCTION", "stop exports", ("All four Japanese makers of large trucks", "JPN", "BUS"),
             ("North Korea", "PRK", "GOV"), None, None, "unknown", None, "planned", None,
             "halt of exports (trade restriction) following government guidance; 'told Reuters' = attribution; "
             "no time expression -> unknown"),
            ("STATEMENT", ("said", "missile launching"), (("they", "missile launching"), "JPN", "BUS"), None, TK,
             "1987-06-16", "day", None, "asserted", None, "company spokesmen's explanation of the move"),
            ("STATEMENT", ("said", "in 1986, company"), (("company spokesmen", "in 1986, company"), "JPN", "BUS"),
             None, TK, "1987-06-16", "day", None, "asserted", None, "export figures (statistics release)"),
            ("STATEMENT", ("said", "Mitsubishi"), ("A spokesman for Mitsubishi Motors Corp", "JPN", "BUS"), None, TK,
             "1987-06-16", "day", None, "asserted", None, "trade figure (almost no trade last year)"),
            ("STATEMENT", ("said", "a company spokesman"), ("a company spokesman", "JPN", "BUS"), None, TK,
             "1987-06-16", "day", None, "asserted", None, "export figure for Hino"),
        ],
        "skip": [
            ("issue of Japanese government guidance",
             "background nominal (government guidance: REQUEST to the makers or a restriction on North Korea; "
             "borderline)"),
            ("told", "rule-3 attribution verb (the export halt is the event)"),
            ("move", "anaphoric nominal (the export halt)"),
            ("responds", "causal link between the halt and U.S. concern"),
            ("expression of concern",
             "background nominal in a causal clause (U.S. concern about North Korea's use of the trucks; "
             "ACCUSE arguable)"),
            ("using", "content of the concern"),
            ("shipped", "annual export statistics (a year's aggregate, not a single exchange)"),
            ("exported", "annual export statistics"),
            ("trade", "trade statistics"),
            (("shipped", "Hino"), "annual export statistics"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("North Korea", "GPE", "PRK"),
            (("Japanese", "issue of"), "NORP", "JPN"),
            ("Reuters", "ORG", "GBR"),
            ("U.S.", "GPE", "USA"),
            (("North Korea", "concern"), "GPE", "PRK"),
            (("Japanese", "was using"), "NORP", "JPN"),
            ("Nissan Diesel Motor Co Ltd", "ORG", "JPN"),
            (("North Korea", "buses"), "GPE", "PRK"),
            ("Isuzu Motors Ltd", "ORG", "JPN"),
            ("Mitsubishi Motors Corp", "ORG", "JPN"),
            (("North Korea", "Mitsubishi"), "GPE", "PRK"),
            ("Hino Motors Ltd", "ORG", "JPN"),
        ],
    },
    "reuters21578-17370": {
        "events": [
            ("STATEMENT", "told", ("Hong\nKong monetary affairs secretary David Nendick", "HKG", "GOV"), None, OSA,
             "1987-04-28", "day", None, "asserted", None,
             "defence of the currency link (no allegation in the text to REJECT); 'here' = Osaka; DCT from "
             "published_at (the dateline says April 29)"),
            ("STATEMENT", ("said", "He said:"), (("He", "He said:"), "HKG", "GOV"), None, OSA,
             "1987-04-28", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "He said that"), (("He", "He said that"), "HKG", "GOV"), None, OSA,
             "1987-04-28", "day", None, "asserted", None, "trade balance assessment"),
            ("STATEMENT", ("said", "Nendick said"), (("Nendick", "levels,\""), "HKG", "GOV"), None, OSA,
             "1987-04-28", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "currency against"), (("he", "currency against"), "HKG", "GOV"), None, OSA,
             "1987-04-28", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            ("taken unfair", "content of the statement (negated)"),
            ("meeting", "internal meeting of a single body (the ADB's annual meeting)"),
            ("accept", "content of the statement"),
            ("declined", "market movement"),
            ("establishment", "unilateral monetary measure (the 1983 currency link)"),
            ("expected", "agentless forecast"),
            (("adjust", "Under the link"), "content of the statement"),
        ],
        "entities": [
            ("Hong Kong", "GPE", "HKG"),
            ("U.S.", "GPE", "USA"),
            (("Hong Kong", "Dollar"), "GPE", "HKG"),
            ("David Nendick", "PERSON", "HKG"),
            ("Asian Development Bank", "ORG", None),
            (("U.S.", "smooth"), "GPE", "USA"),
            (("Hong Kong", "in 1983"), "GPE", "HKG"),
            (("Hong Kong", "Under the link"), "GPE", "HKG"),
            (("Nendick", "levels,\""), "PERSON", "HKG"),
            (("U.S.", "stability"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind4a.jsonl")
