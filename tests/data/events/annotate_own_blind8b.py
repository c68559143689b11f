"""Build ``own_blind8b.jsonl``: eight blind Reuters-21578 stories, annotated by hand (events, deliberate
skips and every named-entity mention) before the extractor ran on them.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind8b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl and
../shared/dev/*.jsonl ; minus the 160 stories of two unlabelled reviews (2,907 left); 24 drawn with
random.Random(8001).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 8-15. See GUIDELINES.md.

Judgement calls made here:
* France's diplomatic protest ("protested", the ministry statement "described ... as unjustified",
  the quoted "strongly protests") is ACCUSE toward Canada (complaint), not PROTEST (strikes,
  demonstrations); the statement and the quote are later mentions of the protest "today".
* Canada's decision to close its ports and bar French fishing is one SANCTION on "decision" in the
  first sentence, dated by the later "yesterday's decision" (1987-03-17); "yesterday's decision" and
  "decided by canada" (inside the French quote) are skipped as anaphoric content.
* "Canada yesterday said that any French fishermen caught ... would be arrested" = THREATEN
  (conditional arrest), asserted, 1987-03-17; "Canada is claiming the French have exceeded their
  quota" is a separate ACCUSE dated by the DCT (present-tense reporting, rule 2).
* "negotiations currently held between Ottawa and Paris" = CONSULT asserted, "currently" = DCT.
  "Under this accord, Canada and France also agreed to refer ..." = AGREE inside the January accord
  (1987-01). Fishermen "opposed" to the accord are skipped (unnamed groups, stance).
* Korean Air "signed formal orders" = COOPERATE on "orders" (aircraft purchase from McDonnell Douglas);
  "signed" is skipped so an AGREE there is not penalised. "said on December 30 that Korean Air was
  among the ... customers that placed orders": the orders are COOPERATE, undated (December 30 dates the
  saying, which is attribution). The scheduled delivery (summer 1990) and "will be delivered this
  year" are skipped as execution of the orders.
* Citgo raising its crude posting is domestic price policy (no type): the reporting clause is a
  STATEMENT; the February 25 cuts are skipped.
* The Mexican Secretariat of Commerce "has told the U.S." the tariff was not aimed at sunflower oil:
  STATEMENT (no allegation to deny), relayed by the USDA, so undated; the USDA's "said" is
  attribution. The "recent implementation" of the 10 pct tariff is SANCTION by Mexico, no target,
  undated. The USDA report's explanation is a STATEMENT (a report by a named author).
* Baldrige "expressed concern" about deficits (a situation, not an actor's act) = STATEMENT; his
  "repeated U.S. concern about an attempted takeover by Japan's Fujitsu" = ACCUSE toward JPN;
  "the trade deficit issue was under discussion with those countries" = CONSULT USA->KOR and
  USA->TWN (split), undated, with "said" as attribution; "the Japanese were resisting allowing U.S.
  companies ..." = ACCUSE on "said". The hoped-for free trade agreement with Canada is skipped
  (content of a hope); the saying is a STATEMENT.
* Molex "said it signed a ... agreement with Dubilier PLC" = AGREE, undated (no time expression).
* The Soviet sugar statistics story has no event (figures "received by" the ISO: statistics).
* Entities: a government body named with its country word is one ORG span ("U.S. Agriculture
  Department", "Mexican Secretariat of Commerce"); lowercase "foreign ministry" is not an entity (the
  "French" before it is NORP); Ronnskar (Boliden's smelter, named after its site) is LOC SWE; the
  places in crude grade names ("West Texas Intermediate", "Light Louisiana South") are marked as
  places (as "Singapore" in SIBOR in own_blind7); product names (MD-11, DC-10) and the report title
  are not entities; "the French" / "the Japanese" (the people/government) are NORP.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

STO = ("STOCKHOLM", "SWE")
PAR = ("PARIS", "FRA")
LA = ("LOS ANGELES", "USA")
NY = ("NEW YORK", "USA")
WA = ("WASHINGTON", "USA")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-21293": {
        "events": [
            ("AGREE", "agreed", ("Mining group Boliden AB", "SWE", "BUS"),
             ("Saudi state agency General Petroleum and Mineral\nOrganisation (Petromin)", "SAU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreement to open a mine; 'said it had agreed' with no time expression: undated, 'said' is attribution"),
            ("STATEMENT", "told", ("Boliden spokesman Goran Paulson", "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None, "description of the arrangement"),
            ("STATEMENT", ("said", "He said one option"), (("He", "He said one option"), "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None, "option under discussion (internal)"),
            ("STATEMENT", "declined", (("Paulson", "Paulson declined"), "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "negated", None, "withheld figure ('declined to give a figure')"),
            ("STATEMENT", ("said", "the deal but"), (("Paulson", "Paulson declined"), "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None, "assessment"),
            ("CONSULT", "visited", ("Representatives from Petromin", "SAU", "GOV"), (None, "SWE", "BUS"),
             ("Ronnskar", "SWE"), None, "unknown", None, "asserted", None,
             "visit to Boliden's smelter (host implied); 'already', no time expression: undated"),
            ("STATEMENT", ("said", "future,\""), (("he", "future,\""), "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None, "assessment ('We see Saudi Arabia as the expansion area')"),
            ("STATEMENT", ("said", "120,000 tons"), (("he", "120,000 tons"), "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None, "forecast about the mine"),
            ("STATEMENT", ("said", "knowhow,\""), ("the group's chief executive, Kjell\nNilsson", "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            (("said", "Boliden AB"), "attribution of the agreement"),
            ("to open a gold mine", "content of the agreement"),
            ("responsible", "content of the statement"),
            ("ship", "option under discussion, content"),
            ("discussion", "internal consideration of options, not talks between parties"),
            ("give", "part of the withheld statement"),
            ("increased", "content of the assessment"),
            ("being developed", "mine development, no acting actor named"),
            ("should open", "content of the forecast"),
            ("owns", "standing ownership, not an event"),
            ("will be the first Saudi mine to\nopen", "content, no actor"),
        ],
        "entities": [
            ("Boliden AB", "ORG", "SWE"),
            ("Saudi", "NORP", "SAU"),
            ("General Petroleum and Mineral\nOrganisation", "ORG", "SAU"),
            ("Petromin", "ORG", "SAU"),
            ("Saudi Arabia", "GPE", "SAU"),
            (("Boliden", "metal."), "ORG", "SWE"),
            ("Goran Paulson", "PERSON", "SWE"),
            ("Reuters", "ORG", "GBR"),
            ("Swedish", "NORP", "SWE"),
            (("Boliden", "to ship it"), "ORG", "SWE"),
            ("Ronnskar", "LOC", "SWE"),
            ("Sweden", "GPE", "SWE"),
            (("Paulson", "Paulson declined"), "PERSON", "SWE"),
            (("Boliden", "increased"), "ORG", "SWE"),
            (("Saudi Arabia", "presence"), "GPE", "SAU"),
            (("Petromin", "Representatives"), "ORG", "SAU"),
            (("Ronnskar", "Representatives"), "LOC", "SWE"),
            (("Saudi Arabia", "We see"), "GPE", "SAU"),
            ("Mahd adh Dhahab", "GPE", "SAU"),
            (("Boliden", "Boliden already"), "ORG", "SWE"),
            (("Saudi Arabia", "Boliden already"), "GPE", "SAU"),
            (("Saudi", "first Saudi"), "NORP", "SAU"),
            (("Boliden", "breakthrough"), "ORG", "SWE"),
            ("Kjell Nilsson", "PERSON", "SWE"),
        ],
    },
    "reuters21578-6411": {
        "events": [
            ("ACCUSE", "protested", ("France", "FRA", "GOV"), ("Canada's", "CAN", "GOV"), PAR,
             "1987-03-18", "day", "today", "asserted", None, "diplomatic protest = complaint (ACCUSE)"),
            ("SANCTION", "decision", ("Canada's", "CAN", "GOV"), (("French fishing", "decision"), "FRA", "GOV"), None,
             "1987-03-17", "day", "yesterday", "asserted", None,
             "closing ports to French vessels and a fishing ban; dated by the later 'yesterday's decision'"),
            ("ACCUSE", "described", ("A foreign ministry statement", "FRA", "GOV"), (("Canada", "decision by"), "CAN", "GOV"),
             PAR, "1987-03-18", "day", None, "asserted", 0, "the ministry statement is the protest (later mention)"),
            ("REQUEST", "called on", ("A foreign ministry statement", "FRA", "GOV"), ("Ottawa authorities", "CAN", "GOV"),
             PAR, "1987-03-18", "day", None, "asserted", None, "call to reexamine the position"),
            ("ACCUSE", "Accusing", (("Canada", "Accusing"), "CAN", "GOV"), (("the French", "Accusing"), "FRA", "GOV"), None,
             "1987-03-17", "day", "yesterday", "asserted", None, "accusation of overfishing, governed by 'yesterday said'"),
            ("THREATEN", ("said", "Canada yesterday"), (("Canada", "Accusing"), "CAN", "GOV"),
             (("French fishermen", "Accusing"), "FRA", "PERSON"), None,
             "1987-03-17", "day", "yesterday", "asserted", None, "conditional arrest of French fishermen"),
            ("ACCUSE", ("protests", "strongly"), ("The French government", "FRA", "GOV"), (("canada", "decided by"), "CAN", "GOV"),
             PAR, "1987-03-18", "day", None, "asserted", 0, "quoted protest, later mention (reporting verb 'added' not skipped)"),
            ("STATEMENT", ("said", "The French foreign ministry"), ("The French foreign ministry", "FRA", "GOV"), None, PAR,
             "1987-03-18", "day", None, "asserted", None, "forecast of the effect on negotiations (no consequence from the speaker)"),
            ("CONSULT", "negotiations", (("Ottawa", "negotiations"), "CAN", "GOV"), (("Paris", "negotiations"), "FRA", "GOV"), None,
             "1987-03-18", "day", "currently", "asserted", None, "ongoing fishing negotiations; 'currently' = DCT"),
            ("ACCUSE", "claiming", (("Canada", "Canada is claiming"), "CAN", "GOV"),
             (("the French", "Canada is claiming"), "FRA", "GOV"), None,
             "1987-03-18", "day", None, "asserted", None, "standing claim, present-tense reporting: DCT"),
            ("AGREE", "concluded", (("Canada", "In January"), "CAN", "GOV"), (("France", "In January"), "FRA", "GOV"), None,
             "1987-01", "month", "In January", "asserted", None, "interim fishing accord"),
            ("AGREE", ("agreed", "Under this accord"), (("Canada", "Under this accord"), "CAN", "GOV"),
             (("France", "Under this accord"), "FRA", "GOV"), None,
             "1987-01", "month", "In January", "asserted", None, "agreed under the January accord (rule 3: its date)"),
        ],
        "skip": [
            ("declare", "content of the decision"),
            ("bar further fishing", "content of the decision"),
            ("yesterday's decision", "anaphoric mention of the sanction inside the accusation"),
            ("reexamin", "content of the request"),
            ("caught", "content of the threat"),
            ("arrested", "content of the threat"),
            ("closing", "object of the protest (anaphoric)"),
            ("decided", "anaphoric mention of the sanction inside the quote"),
            (("measure", "foreign ministry said"), "anaphoric"),
            ("exceeded", "content of the claim"),
            ("dispute", "background (the long-running dispute)"),
            ("opposed", "stance of unnamed fishermen's groups"),
            ("increase its cod quota", "content of the accord"),
            ("refer", "content of the agreement"),
            ("arbitration", "content of the agreement"),
        ],
        "entities": [
            ("France", "GPE", "FRA"),
            ("Canada", "GPE", "CAN"),
            ("French", "NORP", "FRA"),
            (("France", "bar further"), "GPE", "FRA"),
            ("Newfoundland", "GPE", "CAN"),
            (("Canada", "decision by"), "GPE", "CAN"),
            (("Canada", "made by"), "GPE", "CAN"),
            ("Ottawa", "GPE", "CAN"),
            (("French", "Accusing"), "NORP", "FRA"),
            (("Canada", "overfishing"), "GPE", "CAN"),
            (("French", "any French"), "NORP", "FRA"),
            ("Burgeo Bank", "LOC", "CAN"),
            (("Newfoundland", "Burgeo"), "GPE", "CAN"),
            (("French", "The French government"), "NORP", "FRA"),
            ("Canadian", "NORP", "CAN"),
            (("French", "Canadian ports"), "NORP", "FRA"),
            ("canada", "GPE", "CAN"),
            (("Burgeo Bank", "canada"), "LOC", "CAN"),
            (("French", "The French foreign"), "NORP", "FRA"),
            (("Ottawa", "negotiations"), "GPE", "CAN"),
            ("Paris", "GPE", "FRA"),
            (("Canada", "Canada is claiming"), "GPE", "CAN"),
            (("French", "Canada is claiming"), "NORP", "FRA"),
            (("Canada", "In January"), "GPE", "CAN"),
            (("France", "In January"), "GPE", "FRA"),
            (("France", "allowing"), "GPE", "FRA"),
            (("Canada", "Under this accord"), "GPE", "CAN"),
            (("France", "Under this accord"), "GPE", "FRA"),
            (("French", "maritime"), "NORP", "FRA"),
            ("Saint-Pierre et Miquelon", "GPE", "FRA"),
        ],
    },
    "reuters21578-8683": {
        "events": [],
        "skip": [
            ("received", "statistics received, no acting actor"),
            (("increased", "Soviet exports"), "statistics"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("International Sugar Organization", "ORG", None),
            (("Soviet", "first 11 months"), "NORP", "SUN"),
            ("Cuba", "GPE", "CUB"),
            ("Cuban", "NORP", "CUB"),
            ("Thailand", "GPE", "THA"),
            (("Cuba", "January/November period"), "GPE", "CUB"),
            (("Thailand", "January/November period"), "GPE", "THA"),
            (("Soviet", "Soviet exports"), "NORP", "SUN"),
        ],
    },
    "reuters21578-206": {
        "events": [
            ("COOPERATE", "orders", ("Korean\nAir", "KOR", "BUS"), ("McDonnell Douglas Corp", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "aircraft order from the maker; no time expression (the saying is attribution)"),
            ("STATEMENT", ("said", "The company"), ("The company", "USA", "BUS"), None, LA,
             "1987-02-26", "day", None, "asserted", None, "value of the purchase if options are exercised"),
            ("COOPERATE", "placed", (("Korean Air", "December 30"), "KOR", "BUS"),
             (("McDonnell Douglas", "more."), "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "initial orders; 'on December 30' dates the saying (attribution), the ordering is undated"),
            ("COOPERATE", "ordered", (("it", "In 1985"), "KOR", "BUS"), (None, "USA", "BUS"), None,
             "1985", "year", "In 1985", "asserted", None, "1985 order of MD-82s from McDonnell Douglas (implied)"),
        ],
        "skip": [
            (("said", "Corp"), "attribution of the orders"),
            ("signed", "light verb of the orders (an AGREE reading is neither rewarded nor penalised)"),
            ("buy", "options, content"),
            ("exercised", "condition"),
            ("purchase", "anaphoric, content of the statement"),
            (("said", "Douglas said on"), "attribution of the orders (dated saying)"),
            ("Delivery", "scheduled execution of the orders"),
            ("operates", "standing state"),
            ("in service", "state"),
            ("delivered", "execution of the 1985 order"),
        ],
        "entities": [
            ("McDonnell Douglas Corp", "ORG", "USA"),
            ("Korean\nAir", "ORG", "KOR"),
            (("McDonnell Douglas", "more."), "ORG", "USA"),
            (("Korean Air", "December 30"), "ORG", "KOR"),
            ("Korean Airlines", "ORG", "KOR"),
            (("McDonnell Douglas", "Korean Airlines"), "ORG", "USA"),
        ],
    },
    "reuters21578-1875": {
        "events": [
            ("STATEMENT", "said", ("Southland Corp's Citgo Petrleum Corp", "USA", "BUS"), None, NY,
             "1987-03-04", "day", None, "asserted", None,
             "announcement of a crude posting increase (domestic price policy, no type)"),
        ],
        "skip": [
            ("raised", "domestic price policy"),
            ("increase", "domestic price policy"),
            ("lowered", "domestic price policy"),
            (("cut", "lowered"), "domestic price policy"),
        ],
        "entities": [
            ("Southland Corp", "ORG", "USA"),
            ("Citgo Petrleum Corp", "ORG", "USA"),
            (("Citgo", "increase brings"), "ORG", "USA"),
            ("West Texas", "LOC", "USA"),
            (("West Texas", "West Texas Sour"), "LOC", "USA"),
            ("Louisiana", "GPE", "USA"),
            (("Citgo", "February 25"), "ORG", "USA"),
        ],
    },
    "reuters21578-3950": {
        "events": [
            ("STATEMENT", "told", ("The Mexican Secretariat of Commerce", "MEX", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "reassurance told to the U.S. (no allegation to deny), relayed by the USDA: undated"),
            ("SANCTION", "tariff", ("The Mexican Secretariat of Commerce", "MEX", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "'recent implementation' of a 10 pct import tariff, no target"),
            ("STATEMENT", ("said", "In its World"), ("the department", "USA", "GOV"), None, WA,
             "1987-03-11", "day", None, "asserted", None, "explanation in the department's report"),
        ],
        "skip": [
            (("said", "Agriculture Department"), "attribution of Mexico's statement"),
            ("targeted", "content"),
            (("increase", "the department"), "anaphoric mention of the tariff"),
            ("reaction", "content"),
            ("avoid paying", "content"),
        ],
        "entities": [
            ("Mexican Secretariat of Commerce", "ORG", "MEX"),
            ("U.S.", "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
    "reuters21578-1499": {
        "events": [
            ("STATEMENT", "expressed concern", ("Secretary of Commerce Malcolm\nBaldrige", "USA", "GOV"), None, WA,
             "1987-03-04", "day", None, "asserted", None, "concern about trade deficits (a situation): STATEMENT"),
            ("STATEMENT", "said", ("Secretary of Commerce Malcolm\nBaldrige", "USA", "GOV"), None, WA,
             "1987-03-04", "day", None, "asserted", None, "forecast"),
            ("CONSULT", "discussion", (None, "USA", "GOV"), (("those countries", "discussion"), "KOR", "GOV"), None,
             None, "unknown", None, "asserted", None, "trade deficit talks with South Korea; 'said' is attribution"),
            ("CONSULT", "discussion", (None, "USA", "GOV"), (("those countries", "discussion"), "TWN", "GOV"), None,
             None, "unknown", None, "asserted", None, "compound split: Taiwan"),
            ("STATEMENT", ("said", "surplus that Taiwan"), (("he", "surplus that Taiwan"), "USA", "GOV"), None, WA,
             "1987-03-04", "day", None, "asserted", None, "assessment"),
            ("ACCUSE", "repeated", (("Baldrige", "wide-ranging"), "USA", "GOV"), ("Japan's Fujitsu company", "JPN", "BUS"), WA,
             "1987-03-04", "day", None, "asserted", None, "concern about Fujitsu's attempted takeover = criticism"),
            ("ACCUSE", ("said", "He said that the Japanese"), (("He", "He said that the Japanese"), "USA", "GOV"),
             ("the Japanese", "JPN", "GOV"), WA,
             "1987-03-04", "day", None, "asserted", None, "accusation of resisting U.S. companies while buying one"),
            ("STATEMENT", ("said", "Lastly"), (("Baldrige", "Lastly"), "USA", "GOV"), None, WA,
             "1987-03-04", "day", None, "asserted", None, "hope about a free trade agreement"),
            ("STATEMENT", ("said", "autumn, but"), (("Baldrige", "Lastly"), "USA", "GOV"), None, WA,
             "1987-03-04", "day", None, "asserted", None, "assessment (issues unresolved)"),
        ],
        "skip": [
            ("adjustment", "content of the forecast"),
            ("Speaking", "participle of the same speech act"),
            (("discussion", "wide-ranging"), "the speaking occasion, not talks between parties"),
            (("said", "Export Council"), "attribution of the talks"),
            ("attempted takeover", "object of the criticism"),
            ("resisting", "content of the accusation"),
            ("attempting to acquire", "content of the accusation"),
            ("complete", "content of a hope (hoped-for agreement with Canada)"),
            ("remained unresolved", "content"),
        ],
        "entities": [
            ("Malcolm\nBaldrige", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("South Korea", "GPE", "KOR"),
            ("Taiwan", "GPE", "TWN"),
            ("President's Export Council", "ORG", "USA"),
            (("Baldrige", "Export Council"), "PERSON", "USA"),
            (("Taiwan", "surplus that"), "GPE", "TWN"),
            (("U.S.", "wide-ranging"), "GPE", "USA"),
            (("Baldrige", "wide-ranging"), "PERSON", "USA"),
            (("U.S.", "repeated"), "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Fujitsu", "ORG", "JPN"),
            ("Fairchild Computer", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "resisting"), "GPE", "USA"),
            (("U.S.", "control of"), "GPE", "USA"),
            (("U.S.", "major computer"), "GPE", "USA"),
            (("Baldrige", "Lastly"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
        ],
    },
    "reuters21578-19772": {
        "events": [
            ("AGREE", "signed", ("Molex Inc", "USA", "BUS"), ("Dubilier PLC", "GBR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "distribution and share-purchase agreement; no time expression ('said' is attribution)"),
        ],
        "skip": [
            ("said", "attribution of the signing"),
            ("will sell", "content of the agreement"),
            ("receive", "content of the agreement"),
            ("issued", "share issue (corporate finance), content"),
            ("subscription agreement", "anaphoric/part of the same deal"),
            ("restricts", "content of the agreement"),
            ("disposing", "content"),
            ("increasing its holding", "content"),
        ],
        "entities": [
            ("Molex Inc", "ORG", "USA"),
            ("Dubilier PLC", "ORG", "GBR"),
            ("Abingdon", "GPE", "GBR"),
            ("Oxon", "GPE", "GBR"),
            ("England", "GPE", "GBR"),
            (("Molex", "Under the"), "ORG", "USA"),
            (("Dubilier", "will sell"), "ORG", "GBR"),
            (("Dubilier", "shares in"), "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            ("U.S.", "GPE", "USA"),
            (("Dubilier", "share capital"), "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
            (("Molex", "restricts"), "ORG", "USA"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind8b.jsonl")
