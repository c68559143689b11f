"""Build ``own_blind13a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind13a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,987 left, also minus the 16 stories drawn for own_blind12; the ids of
two earlier unlabelled reviews were not kept, so up to ~1 of these may overlap them); 24 drawn with
random.Random(13101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 0-7. See GUIDELINES.md.

Judgement calls made here:
* AWB: each "said" by Paice / the AWB spokesman is a STATEMENT; "He did not detail" and "Paice did
  not give a crop estimate" are withheld STATEMENTs. The spokesman's "they include sales to Egypt,
  China, Iran, the Soviet Union and Iraq" is COOPERATE (the AWB selling to named buyers), split into
  five records (convention 12), undated, with "said" as attribution. The AWB's February "Wheat
  Australia publication put the crop at" is a report by a named author (as own_blind7a's Pool crop
  report): STATEMENT, 1987-02. Unattributed volumes, harvest figures and "according to Bureau of
  Agricultural Economics data" (data, a document) are skipped. The AWB (a statutory board) is GOV.
* Egypt grant: "said it was transferring 115 mln dlrs in aid to Egypt" is AID, undated (rule 17),
  "said" attribution; "economic aid voted by Congress for 1987" is a separate AID (Congress -> Egypt
  implied) dated by its year (skipping it as background is arguable); Oakley "stressed" is a
  STATEMENT and "told reporters ... our continued support for Egypt's reform" is SUPPORT toward Egypt.
* Alberta: "according to the Alberta wheat pool report" is the Pool's report (STATEMENT on "report",
  as own_blind7a) and "the wheat pool said" another STATEMENT; crop figures are not events.
* Kuwait/Iran boats: "today rejected charges" is REJECT toward Iran and the ministry's quoted denial
  a later mention. The seizure is one COERCE event (Iran -> the Kuwaiti boats, undated: "recently",
  IRNA's "said on Sunday" dates the saying, which is attribution) with later mentions "taken into
  custody", "had seized", "intercepted" (located in the Khur Abdullah waterway) and "the recent
  detention ... by Iran"; "detained their crew" is a separate COERCE. The summons of the Iranian
  charge d'affaires "yesterday to confer with" Shaheen is CONSULT (visitor Baqeri first, as
  convention 13); Shaheen's "condemned" (ACCUSE) and "asked Tehran to free" (REQUEST), relayed by
  the statement, are placed in that meeting (1987-06-01, convention 19; undated is arguable). Iran's
  capture of Faw "last year" is ASSAULT (1986). "Iranian envoys toured Gulf Arab states" is CONSULT
  dated by the response it coincides with (today, as convention 19's talks during a strike), their
  "saying" a STATEMENT. "Kuwait is perplexed that ... the Iranian charges are accompanied by
  accusations" is ACCUSE toward Iran (complaint; STATEMENT arguable). "Tehran ... had held back a
  number of vessels" is COERCE and "Kuwait had sought to release" REQUEST toward Tehran, both
  undated ("in the past"). The Iranian accusations themselves are only nominals here (skipped).
* Conable: "the bank had been urging the Brazilian government" is REQUEST (World Bank, null), undated,
  "said" attribution; "made it clear that ... Brazil must take some specific internal action" and the
  quoted "it must be followed by a constructive plan" are REQUESTs toward Brazil; "told the gathering
  ... all parties to the program must be on board" is REQUEST to an unnamed group (null; STATEMENT
  arguable). Funaro "who he met with last week" is CONSULT (Funaro the visitor) at month precision
  (the week of 23 February, 1987-02); "expected ... Funaro ... to return for further discussion" is
  CONSULT planned, undated, "said" attribution; "did not ... have a specific meeting arranged" is
  skipped. The debt suspension is skipped (convention 10).
* ADB: opening a regional office has no type (COOPERATE toward Morocco arguable: skipped).
  N'Diaye's first "said" is relayed by MAP ("reported" = attribution of relayed speech): undated;
  his later "said" clauses are wire style: DCT. The capital increase is corporate finance.
* Bank of England: the help and bill purchases are monetary operations; "said" and the shortage
  estimate "which it earlier revised up" are STATEMENTs (DCT).
* Kuwait reflagging: "has asked at least four countries, including the United States, Soviet Union,
  Britain and China" is REQUEST split into four records (undated, rule 17), the officials' "said"
  attribution; "have also asked Britain, China" repeats the Britain and China requests (later
  mentions); "possibly some other European countries" is not given a record (uncertain). "The
  officials confirmed a New York Times report that Kuwait wants ..." is a STATEMENT (a wish is no
  typed act). "has vowed to keep the gulf open" is AGREE (a promise, no named counterpart) and "has
  warned Tehran against using the ... missiles" THREATEN, both wire-style speech acts (DCT, as
  convention 16's "have said"). "missiles recently installed in Iran" is MOBILIZE (Iran implied),
  undated. "is considering the request to temporarily transfer Kuwaiti ships to American
  registration" is AID hypothetical (convention 8's reflagging, under consideration). "Kuwait had
  decided ... not to accept a U.S. offer" is REJECT toward the USA, undated ("yesterday" dates the
  telling, which is attribution). "both Iran and Iraq have been attacking shipping" is ASSAULT,
  split, undated, actor2 null.
* Entities: publication titles (Wheat Australia), price schemes (Guaranteed Minimum Price) and
  weapons (Silkworm) are not entities; "Gulf Arab" is NORP null (as own_blind7b); the Khur Abdullah
  waterway and "Gulf"/"gulf" are LOC null, Faw LOC IRQ, Peace (the Peace River region) LOC CAN;
  "Alberta wheat pool" is one ORG span and the lower-case "the wheat pool" is not a named mention;
  heads of international bodies (Conable, N'Diaye) are PERSON null (as Perez de Cuellar in
  own_blind5b); "the Ministry" (Kuwait's Foreign Ministry) is an ORG mention; Reuters is ORG GBR.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

MEL = ("MELBOURNE", "AUS")
WAC = ("WASHINGTON", "USA")
CAL = ("CALGARY", "CAN")
KUW = ("KUWAIT", "KWT")
RAB = ("RABAT", "MAR")
LON = ("LONDON", "GBR")
AWB_SALES = (("AWB", "but an AWB"), "AUS", "GOV")
KUWAIT = ("Kuwait", "KWT", "GOV")
SHAHEEN = (("Shaheen", "Shaheen condemned"), "KWT", "GOV")
IRAN_SUNDAY = (("Iran", "Sunday"), "IRN", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-4057": {
        "events": [
            # 0
            ("STATEMENT", "said", ("AWB general manager Ron Paice", "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "asserted", None, "export program well advanced (sales to unnamed buyers)"),
            # 1
            ("STATEMENT", ("said", "for the year,\""), (("he", "year,\" he"), "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "asserted", None, "within reach of the export target"),
            # 2
            ("STATEMENT", "detail", (("He", "He did not"), "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "negated", None, "withheld statement ('did not detail the commitments')"),
            # 3-7
            ("COOPERATE", "sales", AWB_SALES, ("Egypt", "EGY", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "AWB wheat sales to named buyers (split, convention 12); the spokesman's 'said' is attribution"),
            ("COOPERATE", "sales", AWB_SALES, ("China", "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None, "AWB sales to China"),
            ("COOPERATE", "sales", AWB_SALES, ("Iran", "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None, "AWB sales to Iran"),
            ("COOPERATE", "sales", AWB_SALES, ("Soviet Union", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None, "AWB sales to the Soviet Union"),
            ("COOPERATE", "sales", AWB_SALES, (("Iraq", "Soviet Union and"), "IRQ", "GOV"), None,
             None, "unknown", None, "asserted", None, "AWB sales to Iraq"),
            # 8
            ("STATEMENT", ("said", "Paice also"), (("Paice", "Paice also"), "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "asserted", None, "harvest ended, deliveries figure"),
            # 9
            ("STATEMENT", ("said", "feed quality, he"), (("he", "feed quality,"), "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "asserted", None, "crop quality"),
            # 10
            ("STATEMENT", ("said", "Price for 1986/87, he"), (("he", "Price for 1986/87,"), "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "asserted", None, "forecast of further deliveries"),
            # 11
            ("STATEMENT", "give", (("Paice", "Paice did not"), "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "negated", None, "withheld statement ('did not give a crop estimate')"),
            # 12
            ("STATEMENT", "put", (("AWB", "but the AWB's"), "AUS", "GOV"), None, None,
             "1987-02", "month", "February", "asserted", None,
             "the AWB's February publication's crop estimate: a report by a named author"),
            # 13
            ("STATEMENT", ("said", "But the AWB spokesman"), ("the AWB spokesman", "AUS", "GOV"), None, MEL,
             "1987-03-12", "day", None, "asserted", None, "the estimate may be too high (forecast)"),
        ],
        "skip": [
            (("sold", "10 mln tonnes"), "sales to unnamed buyers (volume), content of the statement"),
            (("statement", "for the year,\""), "part of the reporting clause"),
            ("commitments already made", "content of the withheld statement (background nominal)"),
            (("said", "but an AWB spokesman"), "attribution (the sales are the event)"),
            ("exported", "statistics, no counterpart"),
            ("has\nended", "harvest, no acting actor"),
            (("delivered", "15.14 mln"), "farm deliveries (statistics)"),
            ("being held", "no acting actor"),
            (("delivered", "feed wheat\nmay be"), "content of the forecast"),
            ("announcement", "domestic price policy, announcer unnamed (background nominal)"),
            ("turn out", "content of the forecast"),
            ("not yet available", "no acting actor"),
            (("received", "the AWB"), "statistics"),
            ("retained", "statistics"),
            (("sold", "620,000"), "statistics (permit sales, unnamed sellers)"),
            ("introduced", "domestic farm policy, background (agent unnamed)"),
            ("sell feed wheat", "purpose of the permit system"),
            ("according to", "statistics attributed to data (a document)"),
        ],
        "entities": [
            ("Australian Wheat Board", "ORG", "AUS"),
            (("AWB", "Board's ("), "ORG", "AUS"),
            (("AWB", "already sold,"), "ORG", "AUS"),
            ("Ron Paice", "PERSON", "AUS"),
            (("AWB", "but an"), "ORG", "AUS"),
            ("Egypt", "GPE", "EGY"),
            ("China", "GPE", "CHN"),
            ("Iran", "GPE", "IRN"),
            ("Soviet Union", "GPE", "SUN"),
            (("Iraq", "Soviet Union and"), "GPE", "IRQ"),
            (("AWB", "September 30, the"), "ORG", "AUS"),
            (("Paice", "Paice also"), "PERSON", "AUS"),
            (("Australian", "Paice also"), "NORP", "AUS"),
            (("AWB", "delivered to the"), "ORG", "AUS"),
            (("Paice", "Paice did not"), "PERSON", "AUS"),
            (("AWB", "but the AWB's"), "ORG", "AUS"),
            (("AWB", "But the AWB spokesman"), "ORG", "AUS"),
            (("AWB", "season, the"), "ORG", "AUS"),
            (("AWB", "outside the"), "ORG", "AUS"),
            ("Bureau of Agricultural Economics", "ORG", "AUS"),
        ],
    },
    "reuters21578-2891": {
        "events": [
            ("AID", "transferring", ("The United States", "USA", "GOV"), (("Egypt", "aid to"), "EGY", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "115 mln dlr cash grant to Egypt; no time expression (rule 17); 'said' is attribution"),
            ("AID", ("aid", "815 mln dlrs in economic"), ("Congress", "USA", "GOV"), (None, "EGY", "GOV"), None,
             "1987", "year", "1987", "asserted", None,
             "economic aid (to Egypt, implied) voted by Congress for 1987"),
            ("STATEMENT", "stressed", ("State Department spokeswoman Phyllis Oakley", "USA", "GOV"), None, WAC,
             "1987-03-06", "day", None, "asserted", None, "the transfer was not unexpected"),
            ("SUPPORT", "told", ("Phyllis Oakley", "USA", "GOV"), (("Egypt", "support for"), "EGY", "GOV"), WAC,
             "1987-03-06", "day", None, "asserted", None,
             "'our continued support for Egypt's reform and the efforts they are taking'"),
        ],
        "skip": [
            (("said", "The United States"), "attribution (the transfer is the event)"),
            ("help boost", "purpose"),
            ("voted", "part of the aid appropriation (coded on 'aid')"),
            (("transfer", "stressed that the"), "anaphoric nominal"),
            ("reform the economy", "content of the support"),
            ("create", "content of the support"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            (("Egypt", "aid to"), "GPE", "EGY"),
            ("Cairos", "GPE", "EGY"),
            ("Congress", "ORG", "USA"),
            ("State Department", "ORG", "USA"),
            ("Phyllis Oakley", "PERSON", "USA"),
            (("Egypt", "support for"), "GPE", "EGY"),
        ],
    },
    "reuters21578-18345": {
        "events": [
            ("STATEMENT", "report", ("the Alberta\nwheat pool", "CAN", "ORG"), None, CAL,
             "1987-06-02", "day", None, "asserted", None,
             "the Pool's crop report ('according to'): a report by a named author, DCT"),
            ("STATEMENT", "said", ("the wheat pool", "CAN", "ORG"), None, CAL,
             "1987-06-02", "day", None, "asserted", None, "soil moisture"),
        ],
        "skip": [
            ("seeded", "farming statistics, no acting actor"),
            (("estimated", "6.0"), "content of the report"),
            ("is expected", "forecast, content of the report"),
            ("lacked", "weather, no acting actor"),
        ],
        "entities": [
            ("Alberta", "GPE", "CAN"),
            ("British Columbia", "GPE", "CAN"),
            ("Alberta\nwheat pool", "ORG", "CAN"),
            (("Alberta", "central areas of"), "GPE", "CAN"),
            ("Peace", "LOC", "CAN"),
        ],
    },
    "reuters21578-17925": {
        "events": [
            # 0
            ("REJECT", "rejected", KUWAIT, (("Iran", "seized recently by"), "IRN", "GOV"), KUW,
             "1987-06-02", "day", "today", "asserted", None, "rejected Iran's charges that the seized boats were spy boats"),
            # 1
            ("COERCE", "seized", (("Iran", "seized recently by"), "IRN", "GOV"),
             (("fishing vessels", "charges that"), "KWT", "PERSON"), None,
             None, "unknown", None, "asserted", None, "seizure of the Kuwaiti fishing boats ('recently': undated)"),
            # 2
            ("REJECT", ("said", "These vessels were out"), ("the Foreign Ministry", "KWT", "GOV"),
             (("Iran", "custody by"), "IRN", "GOV"), KUW,
             "1987-06-02", "day", "today", "asserted", 0, "quoted denial: later mention of the rejection"),
            # 3
            ("COERCE", "taken into custody", (("Iran", "custody by"), "IRN", "GOV"),
             (("the vessels", "operations of"), "KWT", "PERSON"), None,
             None, "unknown", None, "asserted", 1, "later mention of the seizure"),
            # 4
            ("CONSULT", "summoned", ("Mohammad Baqeri", "IRN", "GOV"), (("the Ministry", "summoned by"), "KWT", "GOV"), None,
             "1987-06-01", "day", "yesterday", "asserted", None,
             "the Iranian charge d'affaires summoned to confer with the undersecretary (visitor first); 'It said' attribution"),
            # 5
            ("COERCE", ("seized", "Sunday Iran had"), IRAN_SUNDAY, ("seven Kuwaiti speed boats", "KWT", "PERSON"), None,
             None, "unknown", None, "asserted", 1,
             "later mention; 'on Sunday' dates IRNA's saying (attribution), not the seizure"),
            # 6
            ("COERCE", "detained", IRAN_SUNDAY, ("their crew", "KWT", "PERSON"), None,
             None, "unknown", None, "asserted", None, "detention of the crews; undated"),
            # 7
            ("COERCE", "intercepted", (None, "IRN", "GOV"), (("the boats", "It said the"), "KWT", "PERSON"),
             ("Khur Abdullah waterway", None),
             None, "unknown", None, "asserted", 1, "later mention of the seizure, with its place; 'It said' attribution"),
            # 8
            ("ASSAULT", "captured", (("Iran", "captured by"), "IRN", "MIL"), (("Iraq", "separates Kuwait and"), "IRQ", "GOV"),
             ("Faw peninsula", "IRQ"),
             "1986", "year", "last year", "asserted", None, "Iran's capture of Iraq's Faw peninsula"),
            # 9
            ("CONSULT", "toured", ("Iranian envoys", "IRN", "GOV"), ("Gulf Arab states", None, "GOV"), None,
             "1987-06-02", "day", "today", "asserted", None,
             "tour going on as Kuwait responded today (placed by the response, as convention 19)"),
            # 10
            ("STATEMENT", "saying", ("Iranian envoys", "IRN", "GOV"), None, None,
             "1987-06-02", "day", "today", "asserted", None, "security of the waterway a regional matter (during the tour)"),
            # 11
            ("CONSULT", "meet", ("A U.S. Senate team", "USA", "GOV"), ("Sheikh Saad al-Abdulla al-Sabah", "KWT", "GOV"), None,
             "1987-06-02", "day", "today", "planned", None,
             "Senate team scheduled today to meet the Crown Prince and ministers (one host country)"),
            # 12
            ("STATEMENT", ("said", "KUNA,"), (("Foreign Ministry", "Today's"), "KWT", "GOV"), None, KUW,
             "1987-06-02", "day", "Today", "asserted", None, "the detention was not the first"),
            # 13
            ("COERCE", "detention", (("Iran", "fishing vessels by"), "IRN", "GOV"),
             ("Kuwaiti fishing vessels", "KWT", "PERSON"), None,
             None, "unknown", None, "asserted", 1, "later mention of the seizure (with its agent)"),
            # 14
            ("COERCE", "held back", (("Tehran", "Tehran in the past"), "IRN", "GOV"),
             ("a number of vessels", "KWT", "PERSON"), None,
             None, "unknown", None, "asserted", None, "earlier detentions ('in the past': undated); 'it said' attribution"),
            # 15
            ("REQUEST", "sought", (("Kuwait", "vessels Kuwait"), "KWT", "GOV"), (("Tehran", "Tehran in the past"), "IRN", "GOV"),
             None, None, "unknown", None, "asserted", None, "sought the vessels' release through diplomatic contacts"),
            # 16
            ("ACCUSE", ("said", "espionage activities,\""), (("it", "\" it said"), "KWT", "GOV"),
             (("Iranian", "this time the"), "IRN", "GOV"), KUW,
             "1987-06-02", "day", None, "asserted", None,
             "complaint: 'perplexed' that Iran's charges come with espionage accusations"),
            # 17
            ("ACCUSE", "condemned", SHAHEEN, (None, "IRN", "GOV"), None,
             "1987-06-01", "day", "yesterday", "asserted", None,
             "condemned Iran's detentions and accusations; placed in yesterday's meeting with the charge d'affaires"),
            # 18
            ("REQUEST", ("asked", "accusations, and"), SHAHEEN, (("Tehran", "asked"), "IRN", "GOV"), None,
             "1987-06-01", "day", "yesterday", "asserted", None,
             "asked Tehran to free the boats and sailors; placed in yesterday's meeting"),
        ],
        "skip": [
            ("anger", "background nominal"),
            ("backing", "background nominal (Kuwait's support for Iraq)"),
            ("war", "background nominal"),
            ("charges", "content of the rejection (Iran's accusation, nominal)"),
            ("spy\nboats", "content of the charges"),
            (("accusation", "the Iranian"), "content of the denial (nominal)"),
            ("out\nfishing", "content of the denial"),
            (("statement", "Foreign Ministry said in a"), "part of the reporting clause"),
            (("said", "It said Iranian"), "attribution (the summons is the event)"),
            ("confer", "purpose of the summons (part of the meeting)"),
            (("said", "IRNA"), "attribution ('on Sunday' dates the saying)"),
            ("confessed", "content of the Iranian report (the crew's confession)"),
            ("spying", "content of the Iranian report"),
            (("said", "It said the boats"), "attribution"),
            ("separates", "stative"),
            ("response", "anaphoric nominal (the rejection)"),
            ("carried", "media relay of the statement"),
            (("said", "diplomatic contacts, it"), "attribution"),
            ("release", "content of the request"),
            ("diplomatic contacts", "means of the request"),
            (("charges", "this time the"), "content of the complaint"),
            (("accusations", "accompanied by"), "content of the complaint"),
            ("undertaking", "content of the complaint"),
            ("detentions", "content of the condemnation (anaphoric)"),
            (("accusations", "detentions and"), "content of the condemnation (anaphoric)"),
            ("free all", "content of the request"),
            (("held", "sailors"), "content of the request"),
            (("said", "the statement said"), "attribution"),
        ],
        "entities": [
            ("Kuwait", "GPE", "KWT"),
            ("Iranian", "NORP", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            ("Gulf", "LOC", None),
            (("Iran", "seized recently by"), "GPE", "IRN"),
            (("Iranian", "contents of the"), "NORP", "IRN"),
            (("Iran", "custody by"), "GPE", "IRN"),
            ("Foreign Ministry", "ORG", "KWT"),
            (("Iranian", "It said"), "NORP", "IRN"),
            ("Mohammad Baqeri", "PERSON", "IRN"),
            (("Ministry", "summoned by the"), "ORG", "KWT"),
            ("Suleiman Majed al-Shaheen", "PERSON", "KWT"),
            ("Iranian News Agency", "ORG", "IRN"),
            ("IRNA", "ORG", "IRN"),
            (("Iran", "Sunday"), "GPE", "IRN"),
            (("Kuwaiti", "seven"), "NORP", "KWT"),
            (("Iraq", "spying for"), "GPE", "IRQ"),
            ("Khur Abdullah", "LOC", None),
            (("Kuwait", "separates"), "GPE", "KWT"),
            (("Iraq", "separates Kuwait and"), "GPE", "IRQ"),
            ("Faw", "LOC", "IRQ"),
            (("Gulf", "head of the"), "LOC", None),
            (("Iran", "captured by"), "GPE", "IRN"),
            (("Kuwaiti", "The Kuwaiti"), "NORP", "KWT"),
            (("Iranian", "Iranian envoys"), "NORP", "IRN"),
            ("Gulf Arab", "NORP", None),
            ("U.S.", "GPE", "USA"),
            ("Senate", "ORG", "USA"),
            (("Kuwait", "meet"), "GPE", "KWT"),
            ("Saad al-Abdulla al-Sabah", "PERSON", "KWT"),
            (("Foreign Ministry", "Today's"), "ORG", "KWT"),
            ("Kuwait News Agency", "ORG", "KWT"),
            ("KUNA", "ORG", "KWT"),
            (("Kuwaiti", "detention of"), "NORP", "KWT"),
            (("Iran", "fishing vessels by"), "GPE", "IRN"),
            (("Tehran", "Tehran in the past"), "GPE", "IRN"),
            (("Kuwait", "vessels Kuwait"), "GPE", "KWT"),
            (("Kuwait", "However, Kuwait"), "GPE", "KWT"),
            (("Iranian", "this time the"), "NORP", "IRN"),
            (("Shaheen", "Shaheen condemned"), "PERSON", "KWT"),
            (("Tehran", "asked"), "GPE", "IRN"),
            (("Iran", "sailors held by"), "GPE", "IRN"),
        ],
    },
    "reuters21578-2355": {
        "events": [
            # 0
            ("STATEMENT", "said", ("World Bank president Barber Conable", None, "IGO"), None, WAC,
             "1987-03-05", "day", None, "asserted", None, "forecast: Brazil will come up with a plan, moratorium temporary"),
            # 1
            ("REQUEST", "urging", (("the bank", "Conable said that"), None, "IGO"), ("the Brazilian government", "BRA", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "World Bank urging Brazil to come up with a plan; ongoing, no time expression; 'said' attribution"),
            # 2
            ("STATEMENT", ("said", "such a plan,\""), (("he", "such a plan,\""), None, "IGO"), None, WAC,
             "1987-03-05", "day", None, "asserted", None, "Brazil would like to come up with a plan"),
            # 3
            ("STATEMENT", "adding", (("he", "such a plan,\""), None, "IGO"), None, WAC,
             "1987-03-05", "day", None, "asserted", None, "moratorium likely temporary (second reporting clause)"),
            # 4
            ("REQUEST", "made it clear", (("Conable", "formal remarks,"), None, "IGO"), (("Brazil", "believed Brazil"), "BRA", "GOV"),
             WAC, "1987-03-05", "day", None, "asserted", None, "Brazil must take some specific internal action"),
            # 5
            ("REQUEST", ("said", "He said \"they"), (("He", "He said \"they"), None, "IGO"), (("they", "He said \""), "BRA", "GOV"),
             WAC, "1987-03-05", "day", None, "asserted", None, "'it must be followed by a constructive plan'"),
            # 6
            ("CONSULT", "met", ("Dilson Funaro", "BRA", "GOV"), (("he", "who he met"), None, "IGO"), None,
             "1987-02", "month", "last week", "asserted", None,
             "Funaro's meeting with Conable last week (23-27 February: month precision)"),
            # 7
            ("CONSULT", "return", ("Dilson Funaro", "BRA", "GOV"), (("he", "said that he expected"), None, "IGO"), None,
             None, "unknown", None, "planned", None, "expected return for further discussion; 'said' attribution"),
            # 8
            ("REQUEST", ("told", "Conable also"), (("Conable", "Conable also"), None, "IGO"),
             ("all parties to the program", None, None), WAC,
             "1987-03-05", "day", None, "asserted", None,
             "all parties to the Baker initiative must be on board (pressure on an unnamed group; STATEMENT arguable)"),
        ],
        "skip": [
            ("believed that", "part of the statement"),
            ("come up with", "content of the forecast"),
            ("Speaking", "participle of the same saying"),
            ("address", "background nominal (the speech)"),
            (("said", "Conable said that"), "attribution (the urging is the event)"),
            (("come up with", "urging the"), "content of the request"),
            (("come up with", "Brazil would like to"), "content of the statement"),
            ("remarks", "the address (time phrase)"),
            ("take some specific", "content of the request"),
            ("followed by", "content of the request"),
            (("said", "He said that he"), "attribution (the expected visit is the event)"),
            ("discuss the", "purpose of the meeting"),
            ("suspension", "Brazil's payment suspension (no type, convention 10)"),
            ("arranged", "no meeting arranged: part of the reported content"),
            ("initiative", "background nominal"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Barber Conable", "PERSON", None),
            ("Brazil", "GPE", "BRA"),
            ("Export-Import Bank", "ORG", "USA"),
            (("Conable", "Conable said that"), "PERSON", None),
            (("Brazilian", "urging the"), "NORP", "BRA"),
            (("Brazil", "difficulty."), "GPE", "BRA"),
            (("Conable", "formal remarks,"), "PERSON", None),
            (("Brazil", "believed Brazil"), "GPE", "BRA"),
            (("Brazilian", "expected"), "NORP", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            (("Brazilian", "to discuss the"), "NORP", "BRA"),
            (("Conable", "Conable also"), "PERSON", None),
            ("Baker", "PERSON", "USA"),
        ],
    },
    "reuters21578-2324": {
        "events": [
            ("STATEMENT", ("said", "Abidjan-based bank,"), ("Babacar N'Diaye", None, "IGO"), None, None,
             None, "unknown", None, "asserted", None,
             "the office will consolidate Arab-African relations; relayed by MAP ('reported'): undated"),
            ("STATEMENT", ("said", "N'Diaye said the ADB"), (("N'Diaye", "N'Diaye said the ADB"), None, "IGO"), None, RAB,
             "1987-03-05", "day", None, "asserted", None, "capital increase (corporate finance); wire-style: DCT"),
            ("STATEMENT", ("said", "five years, he"), (("he", "five years,"), None, "IGO"), None, RAB,
             "1987-03-05", "day", None, "asserted", None, "investment forecast"),
        ],
        "skip": [
            ("opened", "opening of a regional office: no type (COOPERATE toward Morocco arguable)"),
            ("cover", "the office's remit, no event"),
            ("headed by", "appointment/stative"),
            ("consolidate", "content of the statement"),
            ("reported", "attribution of relayed speech (MAP)"),
            ("increase its capital", "corporate finance"),
            ("allow", "content of the statement"),
            ("invest", "content of the statement (no counterpart)"),
        ],
        "entities": [
            ("African Development Bank", "ORG", None),
            ("ADB", "ORG", None),
            ("Rabat", "GPE", "MAR"),
            ("Morocco", "GPE", "MAR"),
            ("Algeria", "GPE", "DZA"),
            ("Tunisia", "GPE", "TUN"),
            ("Egypt", "GPE", "EGY"),
            ("Sudan", "GPE", "SDN"),
            ("Somalia", "GPE", "SOM"),
            ("Babacar N'Diaye", "PERSON", None),
            ("Abidjan", "GPE", "CIV"),
            (("Tunisia", "headed by"), "GPE", "TUN"),
            ("Hedi Meliane", "PERSON", "TUN"),
            ("Arab", "NORP", None),
            (("African", "Arab-"), "NORP", None),
            ("Moroccan", "NORP", "MAR"),
            ("MAP", "ORG", "MAR"),
            (("N'Diaye", "N'Diaye said the ADB"), "PERSON", None),
            (("ADB", "N'Diaye said the"), "ORG", None),
        ],
    },
    "reuters21578-13739": {
        "events": [
            ("STATEMENT", "said", ("The Bank of England", "GBR", "GOV"), None, LON,
             "1987-04-07", "day", None, "asserted", None, "the help is a monetary operation"),
            ("STATEMENT", ("revised", "which it earlier"), (("it", "system which"), "GBR", "GOV"), None, LON,
             "1987-04-07", "day", None, "asserted", None, "shortage estimate revised up earlier today"),
        ],
        "skip": [
            ("provided", "money-market assistance (monetary operation)"),
            ("help", "monetary operation"),
            ("revised estimate", "anaphoric nominal (the revision)"),
            ("purchases", "bill purchases (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
    "reuters21578-14211": {
        "events": [
            # 0-3
            ("REQUEST", "asked", KUWAIT, ("United States", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "asked for use of flags or tankers (split, convention 12); no time expression; officials' 'said' attribution"),
            ("REQUEST", "asked", KUWAIT, ("Soviet Union", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None, "request to the Soviet Union"),
            ("REQUEST", "asked", KUWAIT, ("Britain", "GBR", "GOV"), None,
             None, "unknown", None, "asserted", None, "request to Britain"),
            ("REQUEST", "asked", KUWAIT, ("China", "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None, "request to China"),
            # 4
            ("STATEMENT", "confirmed", ("The officials", "USA", "GOV"), None, WAC,
             "1987-04-07", "day", None, "asserted", None, "confirmed the NYT report of Kuwait's wish (a wish: no type)"),
            # 5
            ("AGREE", "vowed", ("The United States", "USA", "GOV"), None, WAC,
             "1987-04-07", "day", None, "asserted", None,
             "promise to keep the gulf open (no named counterpart); 'has vowed' wire style (convention 16)"),
            # 6
            ("THREATEN", "warned", ("The United States", "USA", "GOV"), ("Tehran", "IRN", "GOV"), WAC,
             "1987-04-07", "day", None, "asserted", None, "warned Tehran against using the missiles"),
            # 7
            ("MOBILIZE", "installed", (None, "IRN", "MIL"), None, ("Iran", "IRN"),
             None, "unknown", None, "asserted", None, "Silkworm missiles recently installed near the mouth of the gulf"),
            # 8-9
            ("REQUEST", ("asked", "have also"), (("They", "\"They"), "KWT", "GOV"), (("Britain", "have also asked"), "GBR", "GOV"),
             None, None, "unknown", None, "asserted", 2, "later mention: asked Britain to lease tankers"),
            ("REQUEST", ("asked", "have also"), (("They", "\"They"), "KWT", "GOV"),
             (("China", "have also asked Britain,"), "CHN", "GOV"),
             None, None, "unknown", None, "asserted", 3, "later mention: asked China to lease tankers"),
            # 10
            ("AID", ("transfer", "temporarily"), (("The United States", "told Reuters"), "USA", "GOV"),
             (("Kuwaiti", "temporarily"), "KWT", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "reflagging Kuwaiti ships under consideration (convention 8); 'said' attribution"),
            # 11
            ("REJECT", "decided", (("Kuwait", "yesterday that"), "KWT", "GOV"), (("U.S.", "accept a"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "decided not to accept the U.S. escort offer; 'yesterday' dates the telling (attribution)"),
            # 12-13
            ("ASSAULT", "attacking", (("Iran", "where both"), "IRN", "MIL"), None, ("gulf", None),
             None, "unknown", None, "asserted", None, "attacks on shipping (split); ongoing, undated"),
            ("ASSAULT", "attacking", (("Iraq", "where both Iran and"), "IRQ", "MIL"), None, ("gulf", None),
             None, "unknown", None, "asserted", None, "attacks on shipping (split)"),
        ],
        "skip": [
            ("temporary use", "content of the request"),
            ("protect", "purpose"),
            (("said", "Administration officials"), "attribution (the request is the event)"),
            (("report", "New York Times"), "background nominal (newspaper report)"),
            ("wants to transfer", "Kuwait's wish, content of the confirmation"),
            ("launch", "hypothetical content"),
            ("keep the gulf open", "content of the vow"),
            ("using", "content of the warning"),
            ("lease", "content of the request"),
            (("carry", "lease tankers to"), "content of the request"),
            ("asked\nnot to be identified", "the official's anonymity, no event"),
            (("told", "not to be identified,"), "attribution"),
            (("request", "is considering the"), "anaphoric nominal"),
            (("create", "move could"), "content (assessment of the move)"),
            (("said", "other problems, the officials"), "attribution (the consideration is the event)"),
            (("told", "defense officials"), "attribution ('yesterday' dates the telling)"),
            ("offer", "content of the rejection (the U.S. escort offer, nominal)"),
            ("escort", "content of the rejection"),
        ],
        "entities": [
            ("Kuwait", "GPE", "KWT"),
            ("United States", "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("Britain", "GPE", "GBR"),
            ("China", "GPE", "CHN"),
            ("Kuwaiti", "NORP", "KWT"),
            ("Persian Gulf", "LOC", None),
            ("Reagan Administration", "ORG", "USA"),
            ("New York Times", "ORG", "USA"),
            (("Kuwait", "report that"), "GPE", "KWT"),
            ("U.S.", "GPE", "USA"),
            (("Soviet", "U.S. or"), "NORP", "SUN"),
            (("Iran", "hopes"), "GPE", "IRN"),
            (("United States", "superpower flags"), "GPE", "USA"),
            (("gulf", "keep the"), "LOC", None),
            ("Tehran", "GPE", "IRN"),
            ("Chinese", "NORP", "CHN"),
            (("Iran", "installed in"), "GPE", "IRN"),
            (("gulf", "mouth of the"), "LOC", None),
            ("Kuwaitis", "NORP", "KWT"),
            (("Britain", "have also asked"), "GPE", "GBR"),
            (("China", "have also asked Britain,"), "GPE", "CHN"),
            ("European", "NORP", None),
            ("Reuters", "ORG", "GBR"),
            (("United States", "told Reuters"), "GPE", "USA"),
            (("Kuwaiti", "temporarily"), "NORP", "KWT"),
            (("American", "Kuwaiti ships to"), "NORP", "USA"),
            (("U.S.", "the officials said"), "GPE", "USA"),
            (("Reuters", "defense officials told"), "ORG", "GBR"),
            (("Kuwait", "yesterday that"), "GPE", "KWT"),
            (("U.S.", "accept a"), "GPE", "USA"),
            (("American", "offer to use"), "NORP", "USA"),
            (("gulf", "tankers in the"), "LOC", None),
            (("Iran", "where both"), "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind13a.jsonl")
