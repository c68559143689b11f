"""Build ``own_blind6b.jsonl``: part b of the sixth blind events set (events and entity mentions),
annotated from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind6b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl and
../shared/dev/*.jsonl (2,979 left); 40 drawn with random.Random(7001).sample over that pool minus the
120 stories of an unlabelled entity review, dropping any whose title equals a title already in a gold
set, first 32 kept; this file holds kept draws 8-15 (8 stories, all annotated). Rules:
../shared/acceptance/event-guidelines.md, the conventions of ../shared/dev/EVENTS.md and
GUIDELINES.md. Single annotator, one pass plus a check pass of every record against its sentence.

Entity mentions (``entities``): every PERSON/ORG/GPE/LOC/NORP name in ``text`` (not title/dateline),
with the ISO alpha-3 country of the entity; null for IGOs (the OAS, the European Community) and for
regions or adjectives spanning countries ("North Sea", "European", "Latin American", "Caribbean").
Possessives are marked without "'s". Titles are not organisation mentions ("Secretary of State George
Schultz": the PERSON only; "Director General of the Treasury" and "Vice Finance Minister for
International Affairs" are titles). "Japanese Finance Ministry" = NORP "Japanese" + ORG "Finance
Ministry"; "U.S. State Department" is one ORG span (as "U.S. Mint" in own_blind5b). The OAS committee
president Mario Rodriguez Montero gets null, as he speaks for an OAS body (as U.N. officials in
own_blind5b). "Roy E. Disney" inside "the Roy E. Disney family company" is a PERSON mention;
"Congressional" (an adjective, not a nationality) and "the Department" (a common-noun reference) are
not marked.

Judgement calls made here:
* Japanese banks "confirmed an earlier commitment to extend ... new loans to Argentina" = AGREE (a
  promise) toward Argentina, reported by banking sources: undated (no time expression; the sources'
  "said" is anonymous talk). The 350 banks' April 24 agreement is AGREE with a null (worldwide group)
  actor1; "91 pct of them have already done so" (aggregate, no identifiable actor) is skipped.
* Shamrock "said it has completed the sale of" Central Soya to Ferruzzi = COOPERATE, undated ('said'
  = attribution); "Ferruzzi acquired all the equity" = later mention of the same transaction seen
  from the buyer (ITA -> USA); "the agreement announced last month" = AGREE dated 1987-09 (nominal
  with its own date, convention 11), with "announced" skipped as its attribution.
* Weather forecast by Accu-Weather = STATEMENT; the Bank of Italy "figures show" = a document, not a
  speech act: reuters21578-18748 has no event (a negative).
* A "weekend Jakarta report quoting a Ministry of Trade spokesman as saying" = STATEMENT, undated:
  speech relayed by an unnamed media report is second-hand (guidelines rule 4, EVENTS.md convention
  20), although the report itself is dated "weekend"; "He also said" likewise; the
  Indonesian official who "said this was incorrect" about market rumours = REJECT (denial), no
  actor2 (rumours have no author), DCT. Traders, dealers and "operators" are anonymous: skipped.
* Japan-France financial talks "on April 17 in Tokyo": CONSULT planned FRA -> JPN (visitor = actor1,
  host = actor2, although the Japanese ministry is the grammatical subject); "a first session in May
  last year" = CONSULT 1986-05 with implied actors, JPN -> FRA (place not given).
* NAWG board "is scheduled to meet" Schultz = CONSULT planned, undated; Miller's quote that State
  Department decisions "severely hampered our efforts" = ACCUSE of the State Department on "said";
  "Schultz is scheduled to meet next month with representatives of the Soviet Union" = CONSULT
  planned 1987-04 ('noted' = attribution); the generic annual meeting and "the NAWG statement said"
  (a document) are skipped.
* Latin and Caribbean nations "formally opposed trade legislation pending in Congress, saying" =
  REJECT of a U.S. proposal, a wire-style speech act (DCT); the EC "has also opposed the bills" =
  REJECT, undated (standing position, convention 17). Rodriguez's "it is regrettable to solve it by a
  trade bill that would only serve private U.S. interests" = ACCUSE of the U.S. (criticism);
  "the nations backed the Reagan Administration's opposition" = SUPPORT on "backed" (rule 2, as
  events_dev's "he backed"), DCT. "two days of meetings with U.S. officials" = CONSULT, undated (a
  duration, no date). The committee's likely "campaign to fight the legislation" and Reagan's aides'
  "effort to water down" provisions (lobbying; REQUEST-as-pressure arguable) are skipped, the former's
  reporting clause being a STATEMENT. "President Reagan has said he would veto any legislation" =
  THREATEN toward Congress (USA), dated DCT ("have said", convention 16).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

BUR = ("BURBANK", "USA")
SC = ("STATE COLLEGE", "USA")
LON = ("LONDON", "GBR")
TK = ("TOKYO", "JPN")
WA = ("WASHINGTON", "USA")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19072": {
        "events": [
            ("AGREE", "confirmed", ("Japanese commercial creditor banks", "JPN", "BUS"), ("Argentina", "ARG", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "confirmation of a loan commitment (a promise); reported by anonymous banking sources: undated"),
            ("AGREE", ("agreed", "new loans to Argentina"), ("350 banks worldwide", None, "BUS"),
             (("Argentina", "The commitment"), "ARG", "GOV"), None,
             "1987-04-24", "day", "last April 24", "asserted", None,
             "the worldwide banks' April 24 agreement on new loans to Argentina (a group: null)"),
        ],
        "skip": [
            ("extend", "content of the commitment"),
            (("said", "banking sources"), "anonymous-source talk (banking sources)"),
            (("commitment", "The commitment"), "anaphoric nominal"),
            (("said", "last April 24, the sources"), "anonymous-source talk"),
            (("confirm", "supposed to"), "obligation, not an event"),
            ("done so", "aggregate of unnamed banks (91 pct), no identifiable actor"),
            (("confirmed", "before all have"), "content of anonymous talk"),
            ("added", "anonymous-source talk"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Argentina", "GPE", "ARG"),
            (("Argentina", "The commitment"), "GPE", "ARG"),
            (("Argentina", "confirm their"), "GPE", "ARG"),
        ],
    },
    "reuters21578-21462": {
        "events": [
            ("COOPERATE", "sale", ("Shamrock Capital LP", "USA", "BUS"),
             ("Ferruzzi Agricola\nFinanziaria", "ITA", "BUS"), None, None, "unknown", None, "asserted", None,
             "completed sale of Central Soya to Ferruzzi; 'said' = attribution, no time expression: undated"),
            ("AGREE", "agreement", (None, "USA", "BUS"), (("Ferruzzi", "agreement announced"), "ITA", "BUS"), None,
             "1987-09", "month", "last month", "asserted", None,
             "the sale agreement 'announced last month' (nominal with its own date); Shamrock implied"),
            ("COOPERATE", "acquired", (("Ferruzzi", "agreement announced"), "ITA", "BUS"), (None, "USA", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention of the sale, from the buyer's side (seller Shamrock implied)"),
        ],
        "skip": [
            ("said", "attribution (the sale is the event)"),
            ("led", "stative description"),
            ("announced", "attribution of the agreement"),
            ("assumed", "corporate finance (debt assumed as part of the sale)"),
            ("trction", "anaphoric nominal of the sale"),
        ],
        "entities": [
            ("Shamrock Capital LP", "ORG", "USA"),
            ("Cental Soya Co Inc", "ORG", "USA"),
            ("Ferruzzi Agricola Finanziaria", "ORG", "ITA"),
            ("Ferruzzi group", "ORG", "ITA"),
            ("Ravenna", "GPE", "ITA"),
            ("Italy", "GPE", "ITA"),
            (("Shamrock Capital", "Italy."), "ORG", "USA"),
            ("Shamrock Holdings Inc", "ORG", "USA"),
            ("Roy E. Disney", "PERSON", "USA"),
            (("Ferruzzi", "agreement announced"), "ORG", "ITA"),
        ],
    },
    "reuters21578-10388": {
        "events": [
            ("STATEMENT", "said", ("private forecaster Accu-Weather Inc", "USA", "BUS"), None, SC,
             "1987-03-27", "day", None, "asserted", None, "weather forecast"),
        ],
        "skip": [
            ("disrupting", "weather effect, no acting actor"),
            ("accompany", "weather"),
            ("expected", "weather forecast content, no actor"),
            ("diminish", "weather"),
        ],
        "entities": [
            ("North Sea", "LOC", None),
            (("North Sea", "expected over"), "LOC", None),
            ("Accu-Weather Inc", "ORG", "USA"),
        ],
    },
    "reuters21578-5315": {
        "events": [
            ("STATEMENT", "saying", ("a\nMinistry of Trade spokesman", "IDN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "spokesman's statement relayed by an unnamed weekend Jakarta report ('quoting ... as saying'): "
             "second-hand speech, undated (guidelines rule 4, EVENTS.md convention 20)"),
            ("STATEMENT", ("said", "He also"), (("He", "He also"), "IDN", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "second relayed clause of the same report: undated"),
            ("REJECT", ("said", "Ministry of Trade official"),
             ("An Indonesian\nMinistry of Trade official", "IDN", "GOV"), None, LON,
             "1987-03-16", "day", None, "asserted", None,
             "denial of the market rumours (no author: no actor2); wire-style 'said': DCT"),
        ],
        "skip": [
            ("imported", "trade flow reported by anonymous trade sources, no counterpart"),
            ("take more", "content of anonymous talk"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            ("commenting", "anonymous traders"),
            ("report", "unnamed Jakarta media report (its quoted content is annotated)"),
            (("issued", "had not"), "content of the statement (licensing, no type)"),
            (("said", "palm oil dealer"), "anonymous dealer"),
            ("shipped", "market activity by an unnamed dealer"),
            ("loading", "market activity"),
            ("earmarked", "market activity"),
            ("claimed", "anonymous operators"),
            ("disclose", "anonymous operators (withheld by unnamed traders)"),
            (("said", "Traders"), "anonymous traders"),
            (("said", "They said licences"), "anonymous traders"),
            (("issued", "They said"), "licensing, no type; content of anonymous talk"),
            ("revised", "licensing, no type"),
            ("rumours", "market rumours, no actor"),
            (("issued", "rumours"), "content of rumours"),
            (("said", "Some traders"), "anonymous traders"),
            (("said", "Others"), "anonymous traders"),
            (("issued", "they could include"), "content of anonymous talk"),
            ("granted", "content of anonymous talk"),
        ],
        "entities": [
            ("Indonesia", "GPE", "IDN"),
            ("Jakarta", "GPE", "IDN"),
            ("Ministry of Trade", "ORG", "IDN"),
            (("Indonesia", "spokesman as saying"), "GPE", "IDN"),
            (("Indonesia", "shortage of palm oil in"), "GPE", "IDN"),
            ("Malaysian", "NORP", "MYS"),
            (("Indonesia", "Malaysian palm oil"), "GPE", "IDN"),
            (("Indonesia", "booked for"), "GPE", "IDN"),
            (("Indonesia", "production in"), "GPE", "IDN"),
            ("European", "NORP", None),
            (("Indonesia", "European markets"), "GPE", "IDN"),
            ("Indonesian", "NORP", "IDN"),
            (("Ministry of Trade", "Indonesian"), "ORG", "IDN"),
        ],
    },
    "reuters21578-18748": {
        "events": [],
        "skip": [
            ("showed", "statistics, no acting actor"),
            (("show", "Bank of Italy figures"), "a document ('figures show'), not a speech act"),
            (("showed", "first five months"), "statistics, no acting actor"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Bank of Italy", "ORG", "ITA"),
        ],
    },
    "reuters21578-14887": {
        "events": [
            ("CONSULT", "talks", ("France", "FRA", "GOV"), ("The Japanese Finance Ministry", "JPN", "GOV"),
             ("Tokyo", "JPN"), "1987-04-17", "day", "April 17", "planned", None,
             "planned formal financial talks in Tokyo: the French delegation is the visitor (actor1), the "
             "Japanese ministry the host; 'said it plans' = attribution"),
            ("CONSULT", "session", (None, "JPN", "GOV"), (None, "FRA", "GOV"), None,
             "1986-05", "month", "May\nlast year", "asserted", None,
             "the first Japan-France session, May 1986 (implied parties; place not given, so no visitor: "
             "Japan, the text's talks-holder, first)"),
        ],
        "skip": [
            ("said", "attribution (the planned talks are the event)"),
            ("plans", "modality of the talks"),
            ("meeting", "apposition to the talks (same event)"),
            ("decided", "no acting actor"),
            ("headed", "delegation membership, no event"),
            ("include", "delegation membership, no event"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Finance Ministry", "ORG", "JPN"),
            ("France", "GPE", "FRA"),
            ("Tokyo", "GPE", "JPN"),
            (("Japanese", "Tokyo"), "NORP", "JPN"),
            ("Toyoo Gyohten", "PERSON", "JPN"),
            ("French", "NORP", "FRA"),
            ("Daniel Lebegue", "PERSON", "FRA"),
        ],
    },
    "reuters21578-6744": {
        "events": [
            ("CONSULT", "meet", ("The National Association of Wheat\nGrowers, NAWG, board of directors", "USA", "ORG"),
             ("Secretary of State George Schultz", "USA", "GOV"), None, None, "unknown", None, "planned", None,
             "scheduled meeting with Schultz and Wallis (same-country compound: one record); 'the association "
             "said' = attribution; no time expression"),
            ("STATEMENT", ("said", "Jim Miller"), ("NAWG President Jim Miller", "USA", "ORG"), None, WA,
             "1987-03-18", "day", None, "asserted", None, "what the organisation wanted to convey (no demand)"),
            ("ACCUSE", ("said", "overseas markets"), (("he", "overseas markets"), "USA", "ORG"),
             ("U.S. State Department", "USA", "GOV"), WA, "1987-03-18", "day", None, "asserted", None,
             "criticism: State Department decisions hampered farmers' exports (the saying is the act)"),
            ("CONSULT", ("meet", "Schultz is scheduled"), (("Secretary Schultz", "Miller noted"), "USA", "GOV"),
             ("representatives of the Soviet Union", "SUN", "GOV"), None, "1987-04", "month", "next\nmonth",
             "planned", None, "Schultz's planned meeting with Soviet representatives; 'noted' = attribution"),
        ],
        "skip": [
            (("said", "trade policy, the association"), "attribution (the scheduled meeting is the event)"),
            (("discuss", "Allen Wallis"), "purpose of the meeting"),
            ("convey", "content of the statement"),
            ("hampered", "content of the criticism (coded on 'said')"),
            ("noted", "attribution (the Schultz-Soviet meeting is the event)"),
            ("reopening", "content (wheat trade, background nominal)"),
            (("meeting", "annual spring"), "generic annual meeting (habitual)"),
            (("meet", "grower-leaders"), "generic purpose of the annual meeting"),
            (("discuss", "The purpose"), "generic purpose"),
            (("said", "the NAWG statement"), "a document 'said' (convention 4), the statement already coded"),
        ],
        "entities": [
            ("National Association of Wheat Growers", "ORG", "USA"),
            ("NAWG", "ORG", "USA"),
            ("George Schultz", "PERSON", "USA"),
            ("Allen Wallis", "PERSON", "USA"),
            (("NAWG", "the association said"), "ORG", "USA"),
            ("Jim Miller", "PERSON", "USA"),
            (("Schultz", "convey to Secretary"), "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("State\nDepartment", "ORG", "USA"),
            ("U.S. State Department", "ORG", "USA"),
            (("Miller", "overseas markets"), "PERSON", "USA"),
            (("Schultz", "Miller noted"), "PERSON", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("NAWG", "Soviet Union"), "ORG", "USA"),
            (("Soviet Union", "reopening"), "GPE", "SUN"),
            (("NAWG", "annual spring"), "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            (("NAWG", "coming year"), "ORG", "USA"),
        ],
    },
    "reuters21578-19377": {
        "events": [
            ("REJECT", "opposed", ("A group of Latin American and\nCaribbean nations", None, "GOV"),
             ("Congress", "USA", "GOV"), WA, "1987-06-19", "day", None, "asserted", None,
             "formal opposition to pending U.S. trade bills voiced with 'saying' (wire-style speech act: DCT)"),
            ("STATEMENT", ("said", "special committee on trade"), ("Mario Rodriguez Montero", None, "IGO"), None, WA,
             "1987-06-19", "day", None, "asserted", None, "assessment; the OAS committee president speaks for an IGO body"),
            ("STATEMENT", "added", (("he", "special committee on trade"), None, "IGO"), None, WA,
             "1987-06-19", "day", None, "asserted", None, "'the region should not be the one affected': no actor asked"),
            ("ACCUSE", ("said", "He said the causes"), (("He", "He said the causes"), None, "IGO"), (None, "USA", "GOV"),
             WA, "1987-06-19", "day", None, "asserted", None,
             "criticism of the U.S. trade bill 'that would only serve private U.S. interests'"),
            ("CONSULT", "meetings", (("Rodriguez", "Rodriguez made"), None, "IGO"), ("U.S. officials", "USA", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "two days of meetings with U.S. officials (a duration, no date); visitor = the OAS committee"),
            ("REJECT", ("opposed", "European Community"), ("The European Community", None, "IGO"),
             (None, "USA", "GOV"), None, None, "unknown", None, "asserted", None,
             "standing opposition to the bills, no time expression (convention 17)"),
            ("SUPPORT", "backed", ("the Latin and Caribbean nations", None, "GOV"),
             ("the\nReagan Administration", "USA", "GOV"), WA, "1987-06-19", "day", None, "asserted", None,
             "verbal backing voiced by Rodriguez (rule 2, as events_dev's 'he backed'); one record"),
            ("STATEMENT", "told", (("He", "He told"), None, "IGO"), None, WA,
             "1987-06-19", "day", None, "asserted", None, "announcement of a likely lobbying campaign (no type)"),
            ("STATEMENT", ("said", "Rodriguez said \"the region"), (("Rodriguez", "Rodriguez said \"the region"), None, "IGO"),
             None, WA, "1987-06-19", "day", None, "asserted", None, "assessment and hope"),
            ("STATEMENT", ("said", "Rodriguez said:"), (("Rodriguez", "negatively"), None, "IGO"),
             None, WA, "1987-06-19", "day", None, "asserted", None, "'we need to keep the market open' about the speaker's side"),
            ("THREATEN", ("said", "President Reagan has"), ("President Reagan", "USA", "GOV"),
             (None, "USA", "GOV"), WA, "1987-06-19", "day", None, "asserted", None,
             "veto threat against protectionist legislation (Congress implied); 'has said' = DCT (convention 16)"),
            ("STATEMENT", ("said", "Asked whether"), (("Rodriguez", "Asked whether"), None, "IGO"), None, WA,
             "1987-06-19", "day", None, "asserted", None, "assessment of the administration"),
        ],
        "skip": [
            ("saying", "participial elaboration of the opposition (convention 3)"),
            ("curb their exports", "content"),
            ("comment", "later mention of the preceding statements (which one is unclear)"),
            ("news conference", "venue of the statements"),
            ("designed", "purpose of the bills"),
            (("say", "observers"), "anonymous observers ('Congressional observers')"),
            ("aimed", "content of anonymous talk"),
            ("opposition", "background nominal, content of the support"),
            (("curb imports", "sections"), "content"),
            ("retaliation", "content (provisions of the bills)"),
            ("mount a\ncampaign", "likely lobbying campaign against the bills: no clear type (REQUEST arguable)"),
            ("debate", "Senate floor debate (internal procedure of a single body)"),
            (("expected", "debate"), "modality of the debate"),
            ("veto any", "content of the threat"),
            ("termed", "part of the threat"),
            ("mounting", "aides' lobbying effort to water down provisions: no clear type (REQUEST arguable)"),
            ("Asked", "question by reporters"),
            ("cast a veto", "content of the question"),
        ],
        "entities": [
            ("Latin American", "NORP", None),
            ("Caribbean", "NORP", None),
            ("Congress", "ORG", "USA"),
            ("Mario Rodriguez Montero", "PERSON", None),
            ("Organization of\nAmerican States", "ORG", None),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "private"), "GPE", "USA"),
            (("Rodriguez", "Rodriguez made"), "PERSON", None),
            (("U.S.", "meetings with"), "GPE", "USA"),
            (("Congress", "now in"), "ORG", "USA"),
            (("U.S.", "to reduce the"), "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Taiwan", "GPE", "TWN"),
            ("South Korea", "GPE", "KOR"),
            ("United States", "GPE", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("Brazil", "GPE", "BRA"),
            ("Venezuela", "GPE", "VEN"),
            (("Latin", "Venezuela"), "NORP", None),
            (("United States", "Latin nations"), "GPE", "USA"),
            (("Mexico", "even Mexico"), "GPE", "MEX"),
            (("Japan", "billion dlrs, against"), "GPE", "JPN"),
            ("European Community", "ORG", None),
            (("Rodriguez", "European Community"), "PERSON", None),
            (("Latin", "Rodriguez said the"), "NORP", None),
            (("Caribbean", "Rodriguez said the"), "NORP", None),
            ("Reagan Administration", "ORG", "USA"),
            ("Senate", "ORG", "USA"),
            (("Rodriguez", "Senate floor"), "PERSON", None),
            (("Rodriguez", "affected negatively"), "PERSON", None),
            (("U.S.", "especially the"), "GPE", "USA"),
            (("Reagan", "President"), "PERSON", "USA"),
            (("Reagan", "Asked whether"), "PERSON", "USA"),
            (("Rodriguez", "veto,"), "PERSON", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind6b.jsonl")
