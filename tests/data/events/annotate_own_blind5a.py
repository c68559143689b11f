"""Build ``own_blind5a.jsonl``: part of a fifth blind events set (events + entity mentions), annotated
from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind5a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (3,138 left); 32 drawn with random.Random(5301).sample, this file holds
draws 16-23 (8 articles, all kept). 58 event records (55 first mentions, 3 later mentions), 120
not_annotated spans, 125 entity mentions; no article without events. Single annotator, one pass
plus a check of every record against its sentence. See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), with the
country of the entity (null for IGOs such as OPEC and the Inter-American Development Bank, and for
regions spanning countries). The possessive 's is left out of the span ("Indonesia" in
"Indonesia's"); job titles are not part of a PERSON span; the lower-case names of
reuters21578-4028 are entities all the same. "non-OPEC" (producers outside OPEC) is not a mention of
OPEC; oil wells ("GOS IA-1") are facilities and left out, while a named formation and contract
block ("Baong formation", "Gebang block") are LOC; "miraflores palace" is LOC (VEN); Reuters is
ORG (GBR).

Judgement calls made here:
* "Subroto said in an earlier speech": the speech was on another, undated occasion, so the record
  is undated (rule 1 finds a time expression that gives no value; not rule 2's DCT). The quotes
  that follow it ("he said", "Subroto said") carry no such expression and take the DCT (rule 2),
  although they may come from the same earlier speech.
* "declined to predict" is a withheld STATEMENT (negated, DCT); "gave few details about the deal"
  is left out (partly withheld, partly given).
* Venezuela's crude oil loan to quake-hit Ecuador is AID (planned, undated); the PDVSA-CEPE "loan
  agreement will be made" is AGREE planned; "ecuador would notify opec" is a planned STATEMENT by
  Ecuador (the "did say" is attribution). The Ecuadorian deputy minister "arrived here last night"
  (CONSULT, visitor first, 1987-03-10) and the "talks with" him (CONSULT, visitor first as
  convention 13, undated: between his arrival and the report) are two records.
* Bolivia's "bank advisory committee" (the creditor banks' committee, led by Bank of America)
  "is seeking permission from creditor banks" = REQUEST with both actors null (groups of foreign
  banks), not BOL. "Bolivia would offer to buy back the debt" = COOPERATE planned toward the
  implied creditor banks (as own_blind's offers for shares). Aid that "foreign governments,
  especially the United States and West Germany, are providing" = AID split into USA and DEU
  records, recipient Bolivia implied. A quoted "I think we'll get a clear majority" after "he is
  confident this threshold will be reached" is a later mention (convention 3). The "senior banker"
  and "Few bankers" are anonymous; Bolivia's 1984 payment halt and Brazil's interest suspension
  are payment freezes (no type, convention 10).
* Brazilian seamen: "reached a pay deal ... late yesterday" = AGREE 1987-03-12, and "the seamen had
  accepted a ... pay raise offer from the companies" its later mention (actors in the clause's
  order). "was ruled illegal last Friday" on Friday 1987-03-13 = SANCTION by an implied court on
  the preceding Friday 1987-03-06 (not the DCT itself). "the government will not force a
  settlement" is the minister's STATEMENT (a COERCE-negated reading is arguable: "force" skipped).
* "Pay talks ... collapsed today" = CONSULT 1987-03-05 (the talks happened; their collapse is an
  ending of talks, skipped as in own_blind), "eight hours of talks ... with Labor Minister" its
  later mention; "the strike will continue" = PROTEST planned, undated; the "week-old ... strike",
  "walkout", "strike was of major concern" are anaphoric/background nominals. "The strikers, who
  are seeking a 275 pct pay increase" = REQUEST toward the implied employers; "have rejected
  offers ... from Petrobras and ... Syndarma" = one REJECT (same-country compound).
* "was quoted today as saying that if the strike continued foreign ships could be authorized" =
  THREATEN toward the strikers dated by its own "today" (not undated relayed speech: the time
  expression governs the clause); "he told the Gazeta Mercantil newspaper" = STATEMENT, DCT.
* Pertamina's find, drilling and the Pertamina-Japex production sharing contract are exploration
  or background (COOPERATE arguable for the contract and the joint operating body: skipped); all
  records of that story are the spokesman's STATEMENTs. Japex North Sumatra Ltd is JPN (a Japex
  company).
* Austin Co and Kawasaki "have joined to compete" = COOPERATE USA->JPN, undated; "it and Kawasaki
  would bid for support facility work" = COOPERATE planned toward the implied Japanese airport
  owner, split into USA and JPN records. "U.S. officials have complained to Japan ... and
  threatened" = ACCUSE and THREATEN with the DCT (as events_dev's "have said"), not standing
  criticism.
* "British Automobile Manufacturers Association expects ..., association president G.W. Whitehead
  told reporters": one STATEMENT on "told" ("expects" skipped as the content of that statement);
  Whitehead is GBR (he speaks for the British association). "New York Auto Show": the entity
  mention is the place "New York" (GPE, USA); "North American" is NORP with a null country.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

JK = ("JAKARTA", "IDN")
CCS = ("Caracas", "VEN")
MIA = ("MIAMI", "USA")
SP = ("SAO PAULO", "BRA")
WA = ("WASHINGTON", "USA")
NY = ("NEW YORK", "USA")
SUBROTO = ("he", "IDN", "GOV")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17254": {
        "events": [
            ("STATEMENT", "said", ("Indonesia's Mines and Energy Minister Subroto", "IDN", "GOV"), None, JK,
             "1987-04-27", "day", None, "asserted", None, "assessment and forecast of oil prices and demand"),
            ("STATEMENT", "told", ("He", "IDN", "GOV"), None, JK, "1987-04-27", "day", None, "asserted", None,
             "assessment told to a meeting of oil executives (the audience is not an actor2)"),
            ("STATEMENT", ("said", "not been able"), (("he", "current\nprices,"), "IDN", "GOV"), None, JK,
             "1987-04-27", "day", None, "asserted", None, "conditional forecast about OPEC output and prices"),
            ("STATEMENT", "predict", (("he", "But he declined"), "IDN", "GOV"), None, JK,
             "1987-04-27", "day", None, "negated", None, "withheld statement ('declined to predict')"),
            ("STATEMENT", ("said", "He said in his speech"), (("He", "He said in his speech"), "IDN", "GOV"), None,
             JK, "1987-04-27", "day", None, "asserted", None, "production estimate"),
            ("STATEMENT", ("said", "developing countries"), (("he", "developing countries,"), "IDN", "GOV"), None,
             JK, "1987-04-27", "day", None, "asserted", None, "forecast of production"),
            ("STATEMENT", ("said", "Subroto said in an"), (("Subroto", "Subroto said in an"), "IDN", "GOV"), None,
             None, None, "unknown", None, "asserted", None,
             "said 'in an earlier speech': another, undated occasion (not the DCT)"),
            ("STATEMENT", ("said", "former role"), (("he", "former role in world oil markets,\""), "IDN", "GOV"),
             None, JK, "1987-04-27", "day", None, "asserted", None, "quoted assessment, no time expression (rule 2)"),
            ("STATEMENT", ("said", "28-30"), (("Subroto", "28-30"), "IDN", "GOV"), None, JK,
             "1987-04-27", "day", None, "asserted", None, "quoted forecast, no time expression (rule 2)"),
        ],
        "skip": [
            ("stabilized", "market-price movement"),
            (("increase", "demand is likely"), "market movement inside the forecast"),
            (("stabilized", "He told"), "market-price movement (content of the statement)"),
            ("put into effect", "OPEC's fixed price: price policy, no type"),
            (("increase", "If OPEC does not"), "condition inside the forecast (OPEC output)"),
            ("asked", "question by unnamed reporters"),
            ("raise", "content of the withheld prediction"),
            (("meeting", "at its next"), "OPEC meeting inside the withheld prediction"),
            ("speech", "part of the reporting clause"),
            ("estimated", "agentless statistic"),
            ("expected", "agentless forecast inside the statement"),
            ("taken up", "content of the forecast"),
            (("speech", "an earlier"), "part of the reporting clause"),
            ("battle", "metaphor inside the assessment"),
            ("emerges", "content of the quote"),
            ("resume", "content of the quote"),
            ("return", "market movement inside the quote"),
        ],
        "entities": [
            ("Indonesia", "GPE", "IDN"),
            ("Subroto", "PERSON", "IDN"),
            (("OPEC", "OPEC put"), "ORG", None),
            (("OPEC", "If OPEC does"), "ORG", None),
            (("OPEC", "whether OPEC"), "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Cameroon", "GPE", "CMR"),
            ("India", "GPE", "IND"),
            (("OPEC", "between OPEC"), "ORG", None),
            (("Subroto", "Subroto said in an"), "PERSON", "IDN"),
            ("Pertamina Oil Company", "ORG", "IDN"),
            (("OPEC", "If OPEC emerges"), "ORG", None),
            (("Subroto", "28-30"), "PERSON", "IDN"),
        ],
    },
    "reuters21578-4028": {
        "events": [
            ("AID", "supply", ("venezuela", "VEN", "GOV"), (("ecuador", "supply"), "ECU", "GOV"), None,
             None, "unknown", None, "planned", None,
             "crude oil lent to help quake-hit Ecuador meet its exports (relief/credit); 'said' = attribution; "
             "no time expression"),
            ("AGREE", "agreement", ("petroleos de venezuela (pdvsa)", "VEN", "BUS"), ("cepe", "ECU", "BUS"), None,
             None, "unknown", None, "planned", None,
             "loan agreement 'will be made' between the two state oil companies; 'said' = attribution"),
            ("STATEMENT", "speaking", ("Hernandez", "VEN", "GOV"), None, ("miraflores palace", "VEN"),
             "1987-03-11", "day", None, "asserted", None,
             "spoke to reporters on the results of the talks (wire style, no time expression)"),
            ("CONSULT", "talks", ("ecuador's deputy energy minister fernando santos alvite", "ECU", "GOV"),
             ("Hernandez", "VEN", "GOV"), CCS, None, "unknown", None, "asserted", None,
             "talks during the Ecuadorian minister's visit (visitor first); no date of their own"),
            ("CONSULT", "arrived", ("fernando santos alvite", "ECU", "GOV"), (None, "VEN", "GOV"), CCS,
             "1987-03-10", "day", "last night", "asserted", None, "visit: arrived here (Caracas) last night"),
            ("STATEMENT", ("said", "the volume lent"), (("he", "affect venezuela's,\""), "VEN", "GOV"), None, CCS,
             "1987-03-11", "day", None, "asserted", None, "explanation of the quota arrangement"),
            ("STATEMENT", ("said", "\"we would"), (("he", "repaying us,\""), "VEN", "GOV"), None, CCS,
             "1987-03-11", "day", None, "asserted", None, "plan to produce the quota and sell repaid amounts"),
            ("STATEMENT", "elaborate", (("He", "He did not"), "VEN", "GOV"), None, CCS,
             "1987-03-11", "day", None, "negated", None, "withheld statement ('did not elaborate')"),
            ("STATEMENT", "notify", (("ecuador", "did say"), "ECU", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "Ecuador's planned notification to OPEC by telex (a statement; 'did say' = attribution)"),
        ],
        "skip": [
            (("said", "grisanti"), "rule-3 attribution verb (the oil loan is the event)"),
            ("help", "purpose clause"),
            ("meet", "purpose clause"),
            ("affected", "no acting actor"),
            ("earthquake", "natural disaster"),
            ("gave", "'gave few details': partly withheld statement, left out"),
            ("deal", "anaphoric nominal (the oil loan)"),
            (("said", "but said"), "rule-3 attribution verb (the agreement is the event)"),
            ("suspend", "export suspension forced by the earthquake: no counterpart, no type"),
            ("damaged", "natural disaster"),
            ("lent", "content of the statement"),
            ("discounted", "content of the statement"),
            (("affect", "would not"), "content of the statement"),
            ("produce", "content of the statement"),
            ("sell", "content of the statement"),
            ("repaying", "content of the statement"),
            ("arrangements", "anaphoric nominal"),
            ("say", "rule-3 attribution verb (the notification is the event)"),
            ("lending", "content of the notification"),
            (("set", "has been"), "quota set (agentless)"),
        ],
        "entities": [
            ("venezuela", "GPE", "VEN"),
            (("ecuador", "supply"), "GPE", "ECU"),
            ("arturo hernandez grisanti", "PERSON", "VEN"),
            ("petroleos de venezuela", "ORG", "VEN"),
            ("pdvsa", "ORG", "VEN"),
            (("ecuador", "ecuador's cepe"), "GPE", "ECU"),
            ("cepe", "ORG", "ECU"),
            ("Ecuador", "GPE", "ECU"),
            ("Hernandez", "PERSON", "VEN"),
            ("miraflores palace", "LOC", "VEN"),
            (("ecuador", "ecuador's deputy"), "GPE", "ECU"),
            ("fernando santos alvite", "PERSON", "ECU"),
            (("ecuador", "lent to"), "GPE", "ECU"),
            (("opec", "discounted from"), "ORG", None),
            (("venezuela", "affect venezuela's"), "GPE", "VEN"),
            (("ecuador", "amounts that"), "GPE", "ECU"),
            (("ecuador", "did say"), "GPE", "ECU"),
            (("opec", "notify"), "ORG", None),
            (("venezuela", "telex that"), "GPE", "VEN"),
            ("Venezuela", "GPE", "VEN"),
            (("opec", "Venezuela's"), "ORG", None),
            (("ecuador", "and ecuador's has"), "GPE", "ECU"),
        ],
    },
    "reuters21578-9591": {
        "events": [
            ("STATEMENT", "said", ("bolivian central bank governor\nJavier Nogales Iturri", "BOL", "GOV"), None,
             MIA, "1987-03-25", "day", None, "asserted", None, "forecast that the buyback will be accepted"),
            ("REQUEST", "seeking", ("Bolivia's bank advisory\ncommittee", None, "BUS"),
             ("creditor banks worldwide", None, "BUS"), None, None, "unknown", None, "asserted", None,
             "the creditor banks' committee (led by Bank of America) asks the banks for permission; groups of "
             "foreign banks: null; 'said' = attribution; no time expression"),
            ("STATEMENT", ("said", "Nogales\nsaid he is"), (("Nogales", "Nogales\nsaid he is"), "BOL", "GOV"), None,
             MIA, "1987-03-25", "day", None, "asserted", None, "confidence that the threshold will be reached"),
            ("STATEMENT", ("said", "clear\nmajority"), (("Nogales", "clear\nmajority"), "BOL", "GOV"), None,
             MIA, "1987-03-25", "day", None, "asserted", 2, "quoted restatement of the paraphrase (convention 3)"),
            ("COOPERATE", "offer", (("Bolivia", "Nogales said Bolivia would"), "BOL", "GOV"), (None, None, "BUS"),
             None, None, "unknown", None, "planned", None,
             "offer to buy back the debt from the (implied) creditor banks, as own_blind's offers for shares; "
             "'said' = attribution"),
            ("STATEMENT", ("said", "He said some"), (("He", "He said some"), "BOL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None, "forecast of the banks' reactions"),
            ("AID", "providing", ("the United States", "USA", "GOV"), (None, "BOL", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "aid to Bolivia for coca eradication; compound donor split (USA record); no time expression"),
            ("AID", "providing", ("West\nGermany", "DEU", "GOV"), (None, "BOL", "GOV"), None,
             None, "unknown", None, "asserted", None, "compound donor split (DEU record)"),
            ("STATEMENT", ("said", "local currency,"), (("Nogales", "local currency,"), "BOL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None, "domestic financing plan (no type)"),
            ("STATEMENT", "added", (("he", "impact on inflation,"), "BOL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "Nogales said he does not"), (("Nogales", "Nogales said he does not"), "BOL",
                                                                  "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None, "forecast (not a model for other debtors)"),
            ("STATEMENT", ("said", "universal solution"), (("he", "universal solution,\""), "BOL", "GOV"), None,
             MIA, "1987-03-25", "day", None, "asserted", None, "quote"),
        ],
        "skip": [
            ("proposal", "background nominal (the buyback is coded at 'offer')"),
            ("owes", "stative"),
            ("accepted", "content of the forecast"),
            ("Speaking", "participial elaboration of the reporting clause"),
            (("meeting", "annual"), "annual meeting of one body (IDB)"),
            (("said", "Nogales said Bolivia's bank"), "rule-3 attribution verb (the request is the event)"),
            ("led by", "stative description"),
            ("go ahead", "content of the request"),
            ("approve", "condition"),
            ("reached", "content of the statement"),
            (("said", "senior banker"), "anonymous-source talk (a senior banker)"),
            ("responding", "content of anonymous talk"),
            (("said", "positively and"), "anonymous-source talk (a senior banker)"),
            ("obtained", "content of anonymous talk"),
            ("halted", "payment freeze: no matching type (convention 10)"),
            ("curbed", "agentless domestic policy"),
            ("trimmed", "agentless domestic policy"),
            ("written off", "corporate finance by unnamed banks"),
            (("see", "Few bankers"), "anonymous bankers' assessment"),
            (("said", "Nogales said Bolivia would"), "rule-3 attribution verb (the offer is the event)"),
            ("buy back", "content of the offer"),
            ("hold out", "content of the forecast"),
            (("offer", "the repurchase offer"), "anaphoric nominal"),
            (("pay", "intends to"), "funding of the buyback (anaphoric to the offer)"),
            (("finance", "help finance"), "purpose clause"),
            ("eradication", "domestic campaign"),
            ("campaign", "domestic campaign"),
            ("persuade", "domestic campaign"),
            ("financed", "content of the statement"),
            ("increased", "monetary policy inside the statement"),
            ("reduced", "statistic"),
            (("repurchase", "expect Bolivia's debt"), "anaphoric nominal"),
            (("seeking", "We're not"), "content of the quote (negated)"),
        ],
        "entities": [
            ("Bolivia", "GPE", "BOL"),
            ("bolivian", "NORP", "BOL"),
            ("Javier Nogales Iturri", "PERSON", "BOL"),
            ("Inter- American Development Bank", "ORG", None),
            (("Nogales", "Development Bank"), "PERSON", "BOL"),
            (("Bolivia", "Nogales said Bolivia's"), "GPE", "BOL"),
            ("Bank of America", "ORG", "USA"),
            (("Nogales", "More than 50"), "PERSON", "BOL"),
            (("Nogales", "clear\nmajority"), "PERSON", "BOL"),
            (("Bolivia", "Bolivia halted"), "GPE", "BOL"),
            (("Bolivia", "recovery in"), "GPE", "BOL"),
            (("Nogales", "Nogales said Bolivia would"), "PERSON", "BOL"),
            (("Bolivia", "Nogales said Bolivia would"), "GPE", "BOL"),
            (("Bolivia", "Bolivia intends"), "GPE", "BOL"),
            ("United States", "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Bolivia", "illegal, is"), "GPE", "BOL"),
            (("Nogales", "local currency,"), "PERSON", "BOL"),
            (("Nogales", "Nogales said he does not"), "PERSON", "BOL"),
            (("Bolivia", "expect Bolivia's"), "GPE", "BOL"),
        ],
    },
    "reuters21578-4740": {
        "events": [
            ("AGREE", "deal", ("Two small shipping companies", "BRA", "BUS"), ("striking seamen", "BRA", "ORG"),
             None, "1987-03-12", "day", "late yesterday", "asserted", None, "pay deal reached late yesterday"),
            ("PROTEST", ("strike", "still on"), ("most of Brazil's 40,000 seamen", "BRA", "ORG"), None, None,
             None, "unknown", None, "asserted", None,
             "ongoing seamen's strike; 'union leaders said' = attribution; no time expression"),
            ("AGREE", "accepted", (("the seamen", "said the seamen"), "BRA", "ORG"),
             ("Globo\nand Flumar", "BRA", "BUS"),
             None, "1987-03-12", "day", "late yesterday", "asserted", 0,
             "later mention of the pay deal (acceptance of the companies' offer); 'said' = attribution"),
            ("STATEMENT", ("said", "Pazzionotto"), ("Labour Minister Almir Pazzionotto", "BRA", "GOV"), None, SP,
             "1987-03-13", "day", None, "asserted", None,
             "the government will not force a settlement (policy statement; COERCE-negated arguable)"),
            ("SANCTION", "ruled", (None, "BRA", "GOV"), (None, "BRA", "ORG"), None,
             "1987-03-06", "day", "last Friday", "asserted", None,
             "strike ruled illegal (adverse ruling against the strikers; court implied); 'last Friday' on Friday "
             "1987-03-13 = the previous Friday"),
        ],
        "skip": [
            ("striking", "participle (the strike is coded at 'on strike')"),
            (("said", "union leaders"), "rule-3 attribution verb (the strike is the event)"),
            (("said", "union spokesman"), "rule-3 attribution verb (the acceptance is the event)"),
            ("offer", "content of the agreement"),
            (("strike", "The two-week"), "anaphoric nominal"),
            ("faces", "stative"),
            ("delaying", "effect of the strike, no acting actor"),
            ("force", "negated content of the statement (COERCE-negated reading arguable)"),
            ("settlement", "content of the statement"),
            (("strike", "settlement of the"), "anaphoric nominal"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Rio de Janeiro", "GPE", "BRA"),
            ("Globo", "ORG", "BRA"),
            ("Flumar", "ORG", "BRA"),
            (("Brazil", "Brazil faces"), "GPE", "BRA"),
            ("Almir Pazzionotto", "PERSON", "BRA"),
        ],
    },
    "reuters21578-2542": {
        "events": [
            ("CONSULT", "talks", (None, "BRA", "ORG"), (None, "BRA", "GOV"), ("Rio de Janeiro", "BRA"),
             "1987-03-05", "day", "today", "asserted", None,
             "pay talks held today (union with the labour minister, named later); their collapse is skipped"),
            ("PROTEST", ("strike", "and the strike"), (None, "BRA", "ORG"), None, None,
             None, "unknown", None, "planned", None,
             "the strike will continue ('today' scopes the collapse); strikers implied; 'said' = attribution"),
            ("STATEMENT", "told", ("Jorge Luis Leao Franco", "BRA", "ORG"), None, SP,
             "1987-03-05", "day", None, "asserted", None, "strike's effect (ships idled) told to Reuters"),
            ("REQUEST", "seeking", ("The strikers", "BRA", "ORG"), (None, "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None, "pay demand toward the (implied) employers"),
            ("REJECT", "rejected", ("The strikers", "BRA", "ORG"), ("the state oil company Petrobras", "BRA", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "offers from Petrobras and Syndarma rejected (same-country compound: one record); no time expression"),
            ("CONSULT", ("talks", "eight hours of"), (None, "BRA", "ORG"),
             ("Labor Minister Almir Pazzianotto", "BRA", "GOV"), ("Rio de Janeiro", "BRA"),
             "1987-03-05", "day", "today", "asserted", 0, "later mention of today's talks; 'said' = attribution"),
            ("STATEMENT", ("said", "He said six"), (("He", "He said six"), "BRA", "ORG"), None, SP,
             "1987-03-05", "day", None, "asserted", None, "ships idle abroad"),
            ("THREATEN", "quoted", ("Murilo Rubens Habbema", "BRA", "GOV"), (None, "BRA", "ORG"), None,
             "1987-03-05", "day", "today", "asserted", None,
             "warning to the strikers that foreign ships could be authorized; dated by its own 'today'"),
            ("STATEMENT", ("told", "conceivable"), (("he", "exports be hit,\""), "BRA", "GOV"), None, SP,
             "1987-03-05", "day", None, "asserted", None, "assessment told to Gazeta Mercantil (rule 2)"),
        ],
        "skip": [
            ("ending", "purpose of the talks"),
            (("strike", "national seamen's"), "background nominal (the strike is coded at 'strike will continue')"),
            ("collapsed", "ending of talks: no clear type (own_blind call)"),
            (("said", "union official"), "rule-3 attribution verb (talks and strike are the events)"),
            ("walkout", "anaphoric nominal"),
            ("idled", "effect of the strike (content of the statement)"),
            ("offers", "content of the rejection"),
            (("said", "Leao Franco said"), "rule-3 attribution verb (the talks are the event)"),
            ("ended", "ending of talks: no clear type"),
            ("resolving", "content (negated)"),
            (("said", "Economic analysts"), "anonymous-source talk (analysts)"),
            (("strike", "analysts said the"), "anaphoric nominal"),
            ("suspended", "payment freeze: no matching type (convention 10)"),
            ("saying", "part of 'quoted ... as saying'"),
            (("strike", "if the strike continued"), "condition of the threat"),
            ("authorized", "content of the threat"),
            ("transport", "content of the threat"),
            ("hit", "content of the statement"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Jorge Luis Leao Franco", "PERSON", "BRA"),
            ("National Merchant Marine Union", "ORG", "BRA"),
            ("Reuters", "ORG", "GBR"),
            ("Petrobras", "ORG", "BRA"),
            ("National Union of Maritime Navigation Companies", "ORG", "BRA"),
            ("Syndarma", "ORG", "BRA"),
            (("Leao Franco", "Leao Franco said"), "PERSON", "BRA"),
            ("Rio de Janeiro", "GPE", "BRA"),
            ("Almir Pazzianotto", "PERSON", "BRA"),
            ("Netherlands", "GPE", "NLD"),
            ("Spain", "GPE", "ESP"),
            ("Venezuela", "GPE", "VEN"),
            ("France", "GPE", "FRA"),
            ("South Africa", "GPE", "ZAF"),
            (("Brazil", "part of Brazil's"), "GPE", "BRA"),
            ("National Merchant Marine Authority", "ORG", "BRA"),
            ("Murilo Rubens Habbema", "PERSON", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            (("Brazil", "Brazil is living"), "GPE", "BRA"),
            ("Gazeta Mercantil", "ORG", "BRA"),
        ],
    },
    "reuters21578-20093": {
        "events": [
            ("STATEMENT", "said", ("a company spokesman", "IDN", "BUS"), None, JK,
             "1987-10-20", "day", None, "asserted", None, "announcement of a find (exploration: no type)"),
            ("STATEMENT", ("said", "The spokesman said"), ("The spokesman", "IDN", "BUS"), None, JK,
             "1987-10-20", "day", None, "asserted", None, "location of the discovery"),
            ("STATEMENT", ("said", "Baong formation"), (("he", "Baong formation,\""), "IDN", "BUS"), None, JK,
             "1987-10-20", "day", None, "asserted", None, "quote on the find"),
            ("STATEMENT", ("said", "He said preliminary"), (("He", "He said preliminary"), "IDN", "BUS"), None, JK,
             "1987-10-20", "day", None, "asserted", None, "test results"),
            ("STATEMENT", "added", (("he", "cubic feet a day,\""), "IDN", "BUS"), None, JK,
             "1987-10-20", "day", None, "asserted", None, "gas flow"),
            ("STATEMENT", "stated", ("the Pertamina spokesman", "IDN", "BUS"), None, JK,
             "1987-10-20", "day", None, "asserted", None, "operating arrangement (no type)"),
        ],
        "skip": [
            ("found", "discovery: exploration, no type"),
            ("discovery", "exploration, no type"),
            ("tests", "exploration, no type"),
            ("drilled", "exploration, no type"),
            (("contract", "production sharing"), "background nominal of a standing contract (COOPERATE arguable)"),
            ("carried out", "content of the statement"),
            ("established", "joint operating body: background inside the quote (COOPERATE arguable)"),
            (("contract", "The contract covers"), "anaphoric nominal"),
            ("drilling", "exploration, no type"),
        ],
        "entities": [
            ("Indonesian", "NORP", "IDN"),
            ("Pertamina", "ORG", "IDN"),
            ("East Aceh", "GPE", "IDN"),
            ("Sumatra", "LOC", "IDN"),
            ("Langsa", "GPE", "IDN"),
            (("Aceh", "Langsa in"), "GPE", "IDN"),
            ("Baong formation", "LOC", "IDN"),
            (("Pertamina", "contract between"), "ORG", "IDN"),
            ("Japex North Sumatra Ltd", "ORG", "JPN"),
            (("Pertamina", "carried out by"), "ORG", "IDN"),
            (("Pertamina", "the Pertamina spokesman"), "ORG", "IDN"),
            ("Gebang block", "LOC", "IDN"),
        ],
    },
    "reuters21578-3927": {
        "events": [
            ("COOPERATE", "joined", ("The U.S. Austin Co", "USA", "BUS"),
             ("Japan's\nKawasaki Heavy Industries Inc", "JPN", "BUS"), None, None, "unknown", None, "asserted", None,
             "joined to compete for Kansai contracts (a business partnership); 'said' = attribution; "
             "no time expression"),
            ("COOPERATE", "bid", (("it", "statement that it"), "USA", "BUS"), (None, "JPN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "would bid for Kansai work (offer to the implied Japanese airport owner); compound split: Austin"),
            ("COOPERATE", "bid", (("Kawasaki", "it and Kawasaki"), "JPN", "BUS"), (None, "JPN", "BUS"), None,
             None, "unknown", None, "planned", None, "compound split: Kawasaki"),
            ("ACCUSE", "complained", ("U.S. officials", "USA", "GOV"), (("Japan", "complained to"), "JPN", "GOV"), WA,
             "1987-03-11", "day", None, "asserted", None, "complaint to Japan ('have complained' as 'have said': DCT)"),
            ("THREATEN", "threatened", ("U.S. officials", "USA", "GOV"),
             ("Japanese construction firms", "JPN", "BUS"), WA,
             "1987-03-11", "day", None, "asserted", None,
             "conditional threat to restrict Japanese firms in the U.S. (the threat is asserted)"),
        ],
        "skip": [
            (("said", "Industries Inc"), "rule-3 attribution verb (the partnership is the event)"),
            ("compete", "purpose"),
            (("said", "construction firm,"), "rule-3 attribution verb (the bid is the event)"),
            ("statement", "part of the reporting clause"),
            ("cost", "no actor"),
            ("squeezed out", "content of the complaint"),
            ("restrict", "content of the threat"),
            ("opened", "condition of the threat"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Austin Co", "ORG", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Kawasaki Heavy Industries Inc", "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Kansai", "LOC", "JPN"),
            ("Osaka", "GPE", "JPN"),
            (("Austin", "Austin, a design"), "ORG", "USA"),
            (("Kawasaki", "it and Kawasaki"), "ORG", "JPN"),
            (("Kansai", "The Kansai project"), "LOC", "JPN"),
            (("U.S.", "U.S. officials"), "GPE", "USA"),
            (("Japan", "complained to"), "GPE", "JPN"),
            ("American", "NORP", "USA"),
            (("Kansai", "work on Kansai"), "LOC", "JPN"),
            (("Japanese", "restrict Japanese"), "NORP", "JPN"),
            ("United States", "GPE", "USA"),
            (("Kansai", "if Kansai"), "LOC", "JPN"),
            (("U.S.", "U.S. companies"), "GPE", "USA"),
        ],
    },
    "reuters21578-16899": {
        "events": [
            ("STATEMENT", "told", ("association president G.W. Whitehead", "GBR", "ORG"), None,
             ("New York Auto Show", "USA"), "1987-04-17", "day", None, "asserted", None,
             "export forecast of the British association, told to reporters at the show"),
            ("STATEMENT", ("said", "imported car market"), (("Whitehead", "said Whitehead"), "GBR", "ORG"), None, NY,
             "1987-04-17", "day", None, "asserted", None, "quote (the 'announce' in it is this same statement)"),
            ("STATEMENT", ("said", "Whitehead said increased"), (("Whitehead", "Whitehead said increased"), "GBR",
                                                                  "ORG"), None, NY,
             "1987-04-17", "day", None, "asserted", None, "forecast"),
        ],
        "skip": [
            ("expects", "the association's forecast, content of the statement on 'told'"),
            ("announce", "performative inside the quote: the same speech act as 'said'"),
            ("return", "content of the quote"),
            ("result", "content of the forecast"),
            ("marketing", "content of the forecast"),
        ],
        "entities": [
            ("British Automobile Manufacturers Association", "ORG", "GBR"),
            ("United States", "GPE", "USA"),
            ("G.W. Whitehead", "PERSON", "GBR"),
            ("New York", "GPE", "USA"),
            (("British", "return of British"), "NORP", "GBR"),
            ("U.S.", "GPE", "USA"),
            (("Whitehead", "said Whitehead"), "PERSON", "GBR"),
            ("Jaguar Plc", "ORG", "GBR"),
            (("U.S.", "Plc's U.S."), "GPE", "USA"),
            (("Whitehead", "Whitehead said increased"), "PERSON", "GBR"),
            ("North American", "NORP", None),
            (("British", "by British automakers"), "NORP", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind5a.jsonl")
