"""Build ``own_blind15a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind15a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,962 left, ids sorted); 24 drawn with random.Random(15101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 0-7. See GUIDELINES.md.

Judgement calls made here:
* 17183 (USDA Louisiana Gulf differentials): narrowing the posted-price differentials is domestic
  price policy (no event, as own_blind10a's posted prices), so "USDA officials said" (officials of a
  named body: USA GOV) and Sindt's two "said" are STATEMENTs (DCT, Washington). "Trade sources said"
  is anonymous talk (skipped with its content); "The change" and "USDA's move" are anaphoric nominals.
* 3902 (Rha Woong Bae): "said his nation would maintain a trading surplus" is a STATEMENT (no type).
  "it was likely South Korea would drop barriers to foreign goods" is RETREAT planned ("likely" =
  planned), KOR -> null (foreign goods, no country), undated ("after a few years" gives no value);
  the "said in an interview with Reuter" is rule-3 attribution. The "two-week trade mission here" is
  CONSULT KOR -> USA (host implied), undated (a duration is no date; it ends about the DCT) and
  the team "agreed to buy U.S. products" during it is AGREE KOR -> implied U.S. sellers (BUS),
  undated. "leaves today for Ottawa for trade talks with Canadian officials and businessmen" is one
  CONSULT on "talks" (as own_blind9b's "arrives for talks"), planned, dated by "today" (1987-03-11),
  "leaves" skipped as part of it; officials and businessmen are both Canadian (one record). The
  answer "we have no thought of retaliation" is a STATEMENT (not REJECT: nothing is refused or
  denied; SANCTION negated arguable, so "retaliation" is skipped); the question is skipped.
  "made his remarks" is an anaphoric nominal of the statements already recorded.
* 3338 (Solomon, ex-New York Fed, chairman of S.G. Warburg (USA): USA BUS): every reporting
  clause is a STATEMENT (forecasts, assessments), including "described ... as" and "cited several
  factors"; "forecast inflation ... but said it could be kept below" is two records (two clauses,
  shared convention 3). "In a presentation to the Japan Society" is the occasion of the statement
  and "without elaboration" part of the same speech act (both skipped).
* 21535 (Volkskas Bank review): "South Africa must drive down its inflation rate ..., said Volkskas
  Bank" is REQUEST ZAF BUS -> ZAF GOV (an identifiable actor told it must act, shared convention 2),
  trigger "said"; the bank's forecasts ("The bank said", "predicted") are STATEMENTs (DCT);
  "Most economists estimate" is anonymous (skipped).
* 12164 (ore fixtures): no events (fixture lines with no named actor). Ports are GPEs of their
  countries (Salvador BRA, Callao PER, Crotone ITA, Geraldton AUS, Tampico MEX, Itea GRC, Dunkirk
  FRA); shipping ranges "North Spain" (ESP) and "German North Sea" (DEU) are one LOC span each and
  "USG" (US Gulf) is LOC USA (as "US Gulf" in own_blind11b).
* 2815 (Aetna / Universal Life): "said it reached an agreement to acquire a 49 pct interest in" is
  AGREE on "agreement" with the target company as actor2 (as own_blind10a), undated, "said"
  attribution; "The transaction ... is expected to be completed by March 31, 1987" is a nominal with
  its own predication and date (shared convention 11): COOPERATE planned USA -> MYS (both implied),
  1987-03-31. "The company said the 51 pct balance will continue to be owned" is a STATEMENT.
* 10956 (ONIC wheat exports): the statistics release "the national cereals office ONIC said" is the
  only event (FRA GOV); "quoting customs figures" is part of the same act.
* 11921 (Kuwait / Egypt investments): "The Kuwaiti government and private sector will study
  investments in Egyptian projects" is COOPERATE hypothetical (merely considered, as own_blind14a's
  "looking at flagging-out"), KWT -> EGY, undated; the Egyptian official's "said" is attribution.
  "the visitors had submitted 40 proposals for study" has no clear type (REQUEST, CONSULT or
  COOPERATE arguable) and is skipped, so al-Saqr's "said" is a STATEMENT (Chamber of Commerce: ORG);
  "he said, adding that a holding company may be established" is two records.
* Entities: possessive "'s" is left out of the span and job titles are not part of a PERSON span;
  "U.S. Agriculture Department" is one ORG span; the U.S. Gulf coast ("Louisiana Gulf", "gulf") is
  LOC USA; "S.G. Warburg (USA) Inc" and "Federal Reserve Bank of New York" are single ORG spans
  (no nested GPE), the Japan Society (a New York body) is ORG USA; "U.S." in "U.S. Cents" and "U.S.
  products" is a GPE mention; "EC" (also inside "non-EC") is ORG null; West Germany is DEU; Reuter
  is ORG GBR; "Kuwait Chamber of Commerce and Industry" and "Public Authority for Investment" are ORG
  spans; tickers (<ULG>), currencies (rand) and common nouns ("the bank", "the company") are not
  entities.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAC = ("WASHINGTON", "USA")
NYC = ("NEW YORK", "USA")
JNB = ("JOHANNESBURG", "ZAF")
HFD = ("HARTFORD", "USA")
PAR = ("PARIS", "FRA")
KWI = ("KUWAIT", "KWT")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17183": {
        "events": [
            ("STATEMENT", "said", ("USDA officials", "USA", "GOV"), None, WAC,
             "1987-04-24", "day", None, "asserted", None,
             "narrowed the posted-price differential: domestic price policy (no type), reporting clause"),
            ("STATEMENT", ("said", "Conservation Service"), ("Robert Sindt", "USA", "GOV"), None, WAC,
             "1987-04-24", "day", None, "asserted", None, "effect of the change on posted county prices"),
            ("STATEMENT", ("said", "Sindt said"), (("Sindt", "Sindt said"), "USA", "GOV"), None, WAC,
             "1987-04-24", "day", None, "asserted", None, "new differential range effective Monday (domestic)"),
        ],
        "skip": [
            ("narrowed", "domestic price policy (posted-price differential)"),
            (("change", "The change"), "anaphoric nominal (the narrowing)"),
            (("said", "Trade sources said USDA"), "anonymous-source talk (trade sources)"),
            ("adjusted", "content of anonymous talk; domestic price policy"),
            ("shown some weakness", "market-price movement"),
            (("said", "Trade sources said cash"), "anonymous-source talk (trade sources)"),
            (("move", "USDA's move"), "anaphoric nominal, content of anonymous talk"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Louisiana Gulf", "LOC", "USA"),
            (("gulf", "pegged to the"), "LOC", "USA"),
            (("USDA", "USDA officials"), "ORG", "USA"),
            ("Robert Sindt", "PERSON", "USA"),
            (("USDA", "USDA's Agricultural"), "ORG", "USA"),
            ("Agricultural Stabilization and Conservation Service", "ORG", "USA"),
            (("USDA", "said USDA adjusted"), "ORG", "USA"),
            (("gulf", "because gulf"), "LOC", "USA"),
            (("Sindt", "Sindt said"), "PERSON", "USA"),
            (("Louisiana Gulf", "Sindt said"), "LOC", "USA"),
            (("Louisiana Gulf", "at the Louisiana"), "LOC", "USA"),
            (("USDA", "USDA's move"), "ORG", "USA"),
        ],
    },
    "reuters21578-3902": {
        "events": [
            # 0
            ("STATEMENT", "said", ("South Korean Trade Minister Rha Woong Bae", "KOR", "GOV"), None, WAC,
             "1987-03-11", "day", None, "asserted", None,
             "will maintain a trading surplus to cut foreign debt (policy intention, no type)"),
            # 1
            ("RETREAT", "drop", (("South Korea", "likely South Korea"), "KOR", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "likely to drop barriers to foreign goods ('likely' = planned; 'after a few years' gives no value); "
             "'said in an interview' is attribution"),
            # 2
            ("STATEMENT", ("said", "He said the present"), (("He", "He said the present"), "KOR", "GOV"), None, WAC,
             "1987-03-11", "day", None, "asserted", None, "the surplus is vital to reduce the debt (assessment)"),
            # 3
            ("STATEMENT", ("said", "Rha said that"), (("Rha", "Rha said that"), "KOR", "GOV"), None, WAC,
             "1987-03-11", "day", None, "asserted", None, "trade statistics for 1986 and 1985"),
            # 4
            ("CONSULT", "mission", (("Rha", "Rha made"), "KOR", "GOV"), (None, "USA", "GOV"), WAC,
             None, "unknown", None, "asserted", None,
             "two-week trade mission to the U.S. (here = Washington; host implied); a duration, no date"),
            # 5
            ("AGREE", "agreed", ("a team he led", "KOR", "GOV"), (None, "USA", "BUS"), WAC,
             None, "unknown", None, "asserted", None,
             "agreed to buy U.S. products during the mission (implied U.S. sellers); undated"),
            # 6
            ("CONSULT", "talks", (("Rha", "Rha leaves"), "KOR", "GOV"),
             ("Canadian officials and businessmen", "CAN", "GOV"), ("Ottawa", "CAN"),
             "1987-03-11", "day", "today", "planned", None,
             "leaves today for Ottawa for trade talks (visitor = actor1; one Canadian counterpart)"),
            # 7
            ("STATEMENT", ("said", "products, he said"), (("he", "products, he said"), "KOR", "GOV"), None, WAC,
             "1987-03-11", "day", None, "asserted", None,
             "'at this moment, we have no thought of retaliation': answer to a question (no refusal or denial)"),
        ],
        "skip": [
            ("maintain", "content of the statement (domestic trade policy)"),
            (("cut", "way to cut"), "purpose, content of the statement"),
            (("said", "He said in an interview"), "attribution of the planned RETREAT"),
            ("interview", "occasion of the reported statement (part of the reporting clause)"),
            ("move toward", "no type, content"),
            ("reduce", "condition inside the statement"),
            ("remarks", "anaphoric nominal (the statements already recorded)"),
            ("buy", "content of the agreement"),
            (("purchases", "About 800"), "anaphoric nominal (the agreed purchases)"),
            ("bought", "habitual trade, no particular event"),
            ("leaves", "departure for the talks (part of the CONSULT on 'talks')"),
            ("Asked", "reporters' question"),
            ("retaliate", "content of a question"),
            ("closed", "condition inside the question"),
            ("retaliation", "'no thought of retaliation': SANCTION negated arguable; recorded as the STATEMENT's content"),
            ("exporter", "stative description"),
            (("purchases", "Its purchases"), "habitual trade (generic)"),
        ],
        "entities": [
            ("South Korean", "NORP", "KOR"),
            ("Rha Woong Bae", "PERSON", "KOR"),
            ("Reuter", "ORG", "GBR"),
            (("South Korea", "likely South Korea"), "GPE", "KOR"),
            (("Rha", "Rha said that"), "PERSON", "KOR"),
            (("South Korea", "first year South Korea"), "GPE", "KOR"),
            (("Rha", "Rha made"), "PERSON", "KOR"),
            (("U.S.", "buy U.S."), "GPE", "USA"),
            (("South Korea", "type South Korea"), "GPE", "KOR"),
            ("Japan", "GPE", "JPN"),
            (("Rha", "Rha leaves"), "PERSON", "KOR"),
            ("Ottawa", "GPE", "CAN"),
            ("Canadian", "NORP", "CAN"),
            (("South Korea", "Asked if South Korea"), "GPE", "KOR"),
            (("U.S.", "against U.S."), "GPE", "USA"),
            ("Congress", "ORG", "USA"),
            (("U.S.", "closed U.S."), "GPE", "USA"),
            (("South Korea", "South Korea is a major"), "GPE", "KOR"),
            (("U.S.", "exporter to the U.S."), "GPE", "USA"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-3338": {
        "events": [
            ("STATEMENT", "said", ("Anthony Solomon", "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "forecast: dollar decline, deficit not fully reduced"),
            ("STATEMENT", ("said", "Solomon said"), (("Solomon", "Solomon said"), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "expects a significant decline in the dollar (presentation to the Japan Society)"),
            ("STATEMENT", ("said", 'core," he said'), (("he", 'core," he said'), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "quoted forecast (a further forecast, not a restatement)"),
            ("STATEMENT", "described", (("Solomon", "Solomon described"), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "described the structural core (assessment)"),
            ("STATEMENT", "cited", (("He", "He cited"), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "cited factors preventing elimination of the deficit"),
            ("STATEMENT", ("said", "levels, he said"), (("he", "levels, he said"), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "no new investment likely (assessment)"),
            ("STATEMENT", ("said", "In addition, he said"), (("he", "In addition, he said"), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "U.S. propensity to import (assessment)"),
            ("STATEMENT", "forecast", (("Solomon", "Solomon forecast"), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "inflation forecast"),
            ("STATEMENT", ("said", "but said"), (("Solomon", "Solomon forecast"), "USA", "BUS"), None, NYC,
             "1987-03-09", "day", None, "asserted", None, "'but said' is a second reporting clause (convention 3)"),
        ],
        "skip": [
            (("decline", "dollar will decline"), "market-price movement (content of the forecast)"),
            ("presentation", "occasion of the statement (part of the reporting clause)"),
            ("elaboration", "manner of the same speech act ('said without elaboration')"),
            ("fall", "market-price movement (content)"),
            ("prevent", "content of the statement"),
            ("investment", "hypothetical investment by unnamed parties (content)"),
            ("shrank", "statistics, no acting actor"),
            ("import", "generic propensity (content)"),
            ("kept", "hypothetical content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Anthony Solomon", "PERSON", "USA"),
            ("S.G. Warburg (USA) Inc", "ORG", "USA"),
            ("Federal Reserve Bank of New York", "ORG", "USA"),
            ("Japan Society", "ORG", "USA"),
            (("Solomon", "Solomon said"), "PERSON", "USA"),
            (("Solomon", "Solomon described"), "PERSON", "USA"),
            (("U.S.", "that the U.S."), "GPE", "USA"),
            (("Solomon", "Solomon forecast"), "PERSON", "USA"),
        ],
    },
    "reuters21578-21535": {
        "events": [
            ("REQUEST", "said", ("Volkskas Bank", "ZAF", "BUS"), ("South Africa", "ZAF", "GOV"), JNB,
             "1987-10-19", "day", None, "asserted", None,
             "'South Africa must drive down its inflation rate': an identifiable actor told it must act "
             "(shared convention 2)"),
            ("STATEMENT", ("said", "The bank said"), ("The bank", "ZAF", "BUS"), None, JNB,
             "1987-10-19", "day", None, "asserted", None, "forecast of the rand"),
            ("STATEMENT", "predicted", (("Volkskas", "Volkskas predicted"), "ZAF", "BUS"), None, JNB,
             "1987-10-19", "day", None, "asserted", None, "rand forecast for 1987 and next year"),
        ],
        "skip": [
            ("drive down", "content of the request"),
            (("prevent", "to prevent"), "purpose"),
            (("decline", "further decline"), "market-price movement"),
            (("drop", "major drop"), "condition inside the forecast"),
            ("decrease", "market-price movement (forecast content)"),
            ("estimate", "anonymous economists"),
            ("remain", "market-price forecast content"),
        ],
        "entities": [
            ("South Africa", "GPE", "ZAF"),
            ("Volkskas Bank", "ORG", "ZAF"),
            ("U.S.", "GPE", "USA"),
            (("Volkskas", "Volkskas predicted"), "ORG", "ZAF"),
        ],
    },
    "reuters21578-12164": {
        "events": [],
        "skip": [],
        "entities": [
            ("South Africa", "GPE", "ZAF"),
            ("Salvador", "GPE", "BRA"),
            ("Brazil", "GPE", "BRA"),
            ("Callao", "GPE", "PER"),
            ("Crotone", "GPE", "ITA"),
            ("Geraldton", "GPE", "AUS"),
            ("Tampico", "GPE", "MEX"),
            ("Itea", "GPE", "GRC"),
            ("Dunkirk", "GPE", "FRA"),
            (("Tampico", "Tampico/North"), "GPE", "MEX"),
            ("North Spain", "LOC", "ESP"),
            ("German North Sea", "LOC", "DEU"),
            ("USG", "LOC", "USA"),
        ],
    },
    "reuters21578-2815": {
        "events": [
            ("AGREE", "agreement", ("Aetna Life and Casualty Co", "USA", "BUS"),
             ("Universal Life and General Insurance Sdn Bhd", "MYS", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "reached an agreement to acquire a 49 pct interest (target company = actor2); no time expression; "
             "'said' is attribution"),
            ("STATEMENT", ("said", "The company said"), ("The company", "USA", "BUS"), None, HFD,
             "1987-03-06", "day", None, "asserted", None, "the 51 pct balance stays with Malaysia Apera Group (stative)"),
            ("COOPERATE", "transaction", (None, "USA", "BUS"), (None, "MYS", "BUS"), None,
             "1987-03-31", "day", "March 31, 1987", "planned", None,
             "the acquisition expected to be completed by March 31, 1987 (nominal with its own date)"),
        ],
        "skip": [
            (("said", "Co said"), "attribution of the agreement"),
            ("acquire", "content of the agreement"),
            ("owned", "stative ownership, content of the statement"),
            ("valued", "stative description"),
        ],
        "entities": [
            ("Aetna Life and Casualty Co", "ORG", "USA"),
            ("Universal Life and General Insurance Sdn Bhd", "ORG", "MYS"),
            ("Malaysian", "NORP", "MYS"),
            ("Malaysia Apera Group", "ORG", "MYS"),
        ],
    },
    "reuters21578-10956": {
        "events": [
            ("STATEMENT", "said", ("the national cereals office ONIC", "FRA", "GOV"), None, PAR,
             "1987-03-30", "day", None, "asserted", None, "statistics release (export figures)"),
        ],
        "skip": [
            ("fell", "statistics, no acting actor"),
            ("quoting", "part of the same speech act (source of the figures)"),
            ("totalled", "statistics"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("ONIC", "ORG", "FRA"),
            (("EC", "non-EC countries totalled"), "ORG", None),
            (("EC", "to EC nations"), "ORG", None),
            (("EC", "Main EC destinations"), "ORG", None),
            ("Italy", "GPE", "ITA"),
            ("Belgium", "GPE", "BEL"),
            ("Netherlands", "GPE", "NLD"),
            ("West Germany", "GPE", "DEU"),
            ("Spain", "GPE", "ESP"),
            ("Britain", "GPE", "GBR"),
            ("Greece", "GPE", "GRC"),
            ("Ireland", "GPE", "IRL"),
            (("EC", "Exports to non-EC"), "ORG", None),
            (("EC", "to EC countries"), "ORG", None),
            (("EC", "Main EC desinations"), "ORG", None),
            (("Netherlands", "desinations were Netherlands"), "GPE", "NLD"),
            (("Belgium", "Belgium 800,000"), "GPE", "BEL"),
            (("Britain", "Britain 700,000"), "GPE", "GBR"),
            (("West Germany", "West Germany 400,000"), "GPE", "DEU"),
            (("Italy", "Italy 300,000"), "GPE", "ITA"),
            (("Greece", "Greece 300,000 (zero)"), "GPE", "GRC"),
        ],
    },
    "reuters21578-11921": {
        "events": [
            ("COOPERATE", "investments", ("The Kuwaiti government and private sector", "KWT", "GOV"),
             ("Egyptian projects", "EGY", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "investments that Kuwait will study (merely considered); no time expression; the Egyptian "
             "official's 'said' is attribution"),
            ("STATEMENT", ("said", "al-Saqr, said"), ("Abdul-Aziz al-Saqr", "KWT", "ORG"), None, KWI,
             "1987-04-01", "day", None, "asserted", None,
             "the visitors had submitted 40 proposals (no clear type: skipped)"),
            ("STATEMENT", ("said", 'field," he said'), (("he", 'field," he said'), "KWT", "ORG"), None, KWI,
             "1987-04-01", "day", None, "asserted", None, "description of the proposals"),
            ("STATEMENT", "adding", (("he", 'field," he said'), "KWT", "ORG"), None, KWI,
             "1987-04-01", "day", None, "asserted", None,
             "a holding company may be established (no type): second reporting clause (convention 3)"),
        ],
        "skip": [
            ("study", "the consideration (the investments are the event)"),
            (("said", "dlrs, said"), "attribution of the considered investments"),
            ("visitors", "presupposed visit (nominal, no predication of its own)"),
            ("submitted", "proposal submission: no clear type (REQUEST, CONSULT or COOPERATE arguable)"),
            (("study", "proposals for study"), "content of the submission"),
            ("established", "hypothetical, no type (content)"),
            ("oversee", "content"),
        ],
        "entities": [
            ("Kuwaiti", "NORP", "KWT"),
            ("Egyptian", "NORP", "EGY"),
            (("Egypt", "for Egypt"), "GPE", "EGY"),
            ("Public Authority for Investment", "ORG", "EGY"),
            ("Mohye al-Deen Gharib", "PERSON", "EGY"),
            ("Kuwait Chamber of Commerce and Industry", "ORG", "KWT"),
            ("Abdul-Aziz al-Saqr", "PERSON", "KWT"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind15a.jsonl")
