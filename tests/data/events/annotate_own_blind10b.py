"""Build ``own_blind10b.jsonl``: blind events set 10b, annotated from the texts alone before any
extractor run on these articles, with every named entity mention (span, type, country).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind10b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl ; minus the 160 stories of two unlabelled reviews (2,875 left); 24 drawn
with random.Random(10101).sample, dropping any whose title equals a title already in a gold set,
first 16 kept; this file holds kept draws 8-15. See GUIDELINES.md.

Judgement calls:
* "has acquired a 50 pct stake in" (Agip) is COOPERATE between the companies, undated (no time
  expression; "said" is attribution); "Financial terms were not disclosed" is a withheld
  STATEMENT with the buyer implied.
* FNV "has called off the strikes" is RETREAT toward the implied employers, undated (the "today"
  of the next sentence dates Rosenmuller's telling, which is attribution); the strikes themselves
  are PROTEST (first mention undated: "for the past eight weeks" is a duration; the later mention
  "which began on January 19" carries its own date). "could resume at any time before May 7 if the
  employers made any moves" is a conditional warning: THREATEN toward the employers. An Amsterdam
  court's ruling "preventing the sector's employers continuing" is SANCTION (adverse ruling)
  dated yesterday; "The court ruled" is its later mention. SVZ meeting its own lawyers and
  re-applying for permission are content of Zeebregts' STATEMENT (no international type).
* Dauster's "Consumer countries should not intervene" is a REQUEST to a group of countries (null);
  the ICO meetings (February, London in September) are CONSULT with the ICO as actor; the U.S. and
  Brazil "failed to reach agreement" is AGREE negated.
* "The EC has effectively given Japan six weeks ... before it decides on possible tough
  retaliatory trade measures" is THREATEN (EC null -> JPN), undated; "EC diplomats said/They said"
  is unnamed-diplomat attribution and left out; member states asking the commission on Friday is a
  REQUEST (null -> null); the two foreign ministers' meetings are CONSULT planned; "In May, the
  ministers are also likely to discuss" is a later mention of the May 25 meeting.
* 5779: dealers'/analysts'/brokers' talk and all market movements are left out; named economists'
  and dealers' sayings are STATEMENTs ("cautioned", "warned" without consequence). The BNP dealer
  in Sydney is coded with the bank's country (FRA) as actor, his person mention AUS (based in
  Sydney); Lloyds Bank NZA is Lloyds' Australian arm (AUS).
* 10501: "The United States told India it could purchase a supercomputer" is AGREE (permission /
  promise, DCT); "had offered India a choice" and "a U.S. offer had been made" are its later
  mentions; "we ratify the tentative agreement" is AGREE, undated (told at an unstated time, relayed
  by an unnamed official); the December tentative agreement and the 1985 Gandhi-Reagan signing are
  AGREE with their own dates; "An announcement will be made in 10 days to two weeks time" is a
  planned STATEMENT by India, month precision (1987-04). The Pentagon spokesman is MIL.
* Zimbabwe's Reserve Bank "has denied the Zimbabwe dollar would be devalued" is REJECT (DCT).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

ROME = ("ROME", "ITA")
ROT = ("ROTTERDAM", "NLD")
MED = ("MEDELLIN", "COL")
SYD = ("SYDNEY", "AUS")
WA = ("WASHINGTON", "USA")
HAR = ("HARARE", "ZWE")
HAGUE = ("THE HAGUE", "NLD")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17958": {
        "events": [
            ("COOPERATE", "acquired", ("State oil firm Agip Petroli Spa", "ITA", "BUS"),
             ("Steuart Petroleum Co", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "acquisition of a 50 pct stake; 'said' is attribution; no time expression"),
            ("STATEMENT", "disclosed", (None, "ITA", "BUS"), None, ROME,
             "1987-06-02", "day", None, "negated", None, "withheld statement (terms not disclosed)"),
            ("STATEMENT", ("said", "Ente"), (("Agip Petroli", "Agip Petroli, a subsidiary"), "ITA", "BUS"), None, ROME,
             "1987-06-02", "day", None, "asserted", None, "ownership details in a statement"),
            ("STATEMENT", ("said", "The Italian firm"), ("The Italian firm", "ITA", "BUS"), None, ROME,
             "1987-06-02", "day", None, "asserted", None, "description of the target"),
        ],
        "skip": [
            (("said", "Spa"), "attribution of the acquisition"),
            ("owned", "ownership state"),
            (("operates", "holding company"), "business description"),
            (("operates", "Steuart Petroleum operates"), "business description"),
        ],
        "entities": [
            ("Agip Petroli Spa", "ORG", "ITA"),
            ("Steuart Petroleum Co", "ORG", "USA"),
            (("U.S.", "U.S. Oil"), "GPE", "USA"),
            (("Agip Petroli", "Agip Petroli, a subsidiary"), "ORG", "ITA"),
            ("Ente Nazionali Idrocarburi", "ORG", "ITA"),
            (("U.S.", "U.S. Firm"), "GPE", "USA"),
            ("Steuart Investment Co", "ORG", "USA"),
            ("Italian", "NORP", "ITA"),
            (("Steuart Petroleum", "Steuart Petroleum operates"), "ORG", "USA"),
            ("East Coast", "LOC", "USA"),
        ],
    },
    "reuters21578-4781": {
        "events": [
            ("RETREAT", "called off", ("Dutch port and transport union, FNV", "NLD", "ORG"), (None, "NLD", "BUS"),
             ("Rotterdam", "NLD"), None, "unknown", None, "asserted", None,
             "strikes called off; 'told a mass meeting' is attribution; the 'today' of the next sentence dates the telling"),
            ("PROTEST", ("strikes", "called off the"), (None, "NLD", "ORG"), (None, "NLD", "BUS"), ("Rotterdam", "NLD"),
             None, "unknown", None, "asserted", None,
             "strikes against planned redundancies 'for the past eight weeks' (a duration)"),
            ("SANCTION", "ruling", ("an Amsterdam\ncourt", "NLD", "GOV"), ("the sector's employers", "NLD", "BUS"),
             ("Amsterdam", "NLD"), "1987-03-12", "day", "yesterday", "asserted", None,
             "court ruling preventing the employers' redundancy plans (adverse ruling)"),
            ("STATEMENT", ("told", "May 7, Rosenmuller"), (("Rosenmuller", "May 7, Rosenmuller"), "NLD", "ORG"), None,
             ROT, "1987-03-13", "day", "today", "asserted", None, "explanation of the decision, told to a meeting today"),
            ("SANCTION", "ruled", ("The court", "NLD", "GOV"), ("the employers", "NLD", "BUS"), ("Amsterdam", "NLD"),
             "1987-03-12", "day", None, "asserted", 2, "later mention of yesterday's ruling"),
            ("STATEMENT", ("said", "lifted,"), (("Rosenmuller", "lifted,"), "NLD", "ORG"), None, ROT,
             "1987-03-13", "day", None, "asserted", None, "assessment"),
            ("THREATEN", ("added", "But he"), (("he", "But he"), "NLD", "ORG"), ("the employers", "NLD", "BUS"), ROT,
             "1987-03-13", "day", None, "asserted", None,
             "strikes could resume if the employers re-apply: conditional warning"),
            ("PROTEST", ("strikes", "he added that the"), (None, "NLD", "ORG"), (None, "NLD", "BUS"), ("Rotterdam", "NLD"),
             "1987-01-19", "day", "January 19", "asserted", 1, "later mention: 'which began on January 19'"),
            ("STATEMENT", ("said", "Gerrard Zeebregts"), ("SVZ labour relations manager Gerrard Zeebregts", "NLD", "BUS"),
             None, ROT, "1987-03-13", "day", None, "asserted", None,
             "employers' plans (meeting their lawyers today, re-applying next week): no international type"),
        ],
        "skip": [
            ("told a mass", "attribution of the calling off"),
            ("planned redundancies", "business plan"),
            ("decision", "reference to the calling off"),
            ("sits again", "court session, no type"),
            ("made a mistake", "content of the ruling"),
            ("proceed", "content of the ruling"),
            (("continue", "no need to"), "content of the statement"),
            ("resume", "content of the warning"),
            ("re-apply", "content of the warning"),
            (("protest", "January 19 in"), "purpose of the strikes"),
            ("meeting their lawyers", "content of Zeebregts' statement (own lawyers)"),
            ("re-applying", "content of Zeebregts' statement (application for permission)"),
            ("gaining approval", "content"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("FNV", "ORG", "NLD"),
            ("Rotterdam", "GPE", "NLD"),
            ("Paul Rosenmuller", "PERSON", "NLD"),
            ("Amsterdam", "GPE", "NLD"),
            (("Rosenmuller", "May 7, Rosenmuller"), "PERSON", "NLD"),
            (("Rosenmuller", "lifted,"), "PERSON", "NLD"),
            ("SVZ", "ORG", "NLD"),
            ("Gerrard Zeebregts", "PERSON", "NLD"),
        ],
    },
    "reuters21578-19807": {
        "events": [
            ("REQUEST", ("said", "Jorio Dauster"), ("Brazilian Coffee Institute president Jorio Dauster", "BRA", "GOV"),
             ("Consumer countries", None, "GOV"), MED, "1987-06-29", "day", None, "asserted", None,
             "consumers should not intervene in quota distribution: demand to a group of countries"),
            ("STATEMENT", "told journalists", (("Dauster", "traditional"), "BRA", "GOV"), None, MED,
             "1987-06-29", "day", None, "asserted", None, "position on quota distribution"),
            ("AGREE", "failed to reach agreement", ("The main consumer country the United States", "USA", "GOV"),
             ("main\nproducer Brazil", "BRA", "GOV"), None, "1987-02", "month", "February", "negated", None,
             "no agreement on quota distribution at the ICO meeting in February"),
            ("CONSULT", ("met", "(ICO)"), ("International Coffee Organisation (ICO)", None, "IGO"), None, None,
             "1987-02", "month", "February", "asserted", None, "ICO council meeting"),
            ("STATEMENT", ("said", "Dauster said Brazil"), (("Dauster", "Dauster said Brazil"), "BRA", "GOV"), None, MED,
             "1987-06-29", "day", None, "asserted", None, "Brazil's position for the September meeting"),
            ("CONSULT", "meets", (("ICO", "ICO meets"), None, "IGO"), None, ("London", "GBR"),
             "1987-09", "month", "September", "planned", None, "ICO meeting in London in September"),
            ("STATEMENT", ("said", "already,\" he"), (("he", "already,\" he"), "BRA", "GOV"), None, MED,
             "1987-06-29", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            ("intervene", "content of the demand"),
            ("symposium", "recent symposium, no identified participants' act"),
            ("support the world", "content of Dauster's statement"),
            ("defend", "content"),
            ("argue", "content"),
            ("sacrificed", "content"),
            ("do favours", "content"),
        ],
        "entities": [
            ("Brazilian Coffee Institute", "ORG", "BRA"),
            ("Jorio Dauster", "PERSON", "BRA"),
            (("Dauster", "Dauster, a delegate"), "PERSON", "BRA"),
            ("United States", "GPE", "USA"),
            (("Brazil", "Brazil failed"), "GPE", "BRA"),
            ("International Coffee Organisation", "ORG", None),
            (("ICO", "ICO)"), "ORG", None),
            (("Dauster", "Dauster said Brazil"), "PERSON", "BRA"),
            (("Brazil", "Brazil's role"), "GPE", "BRA"),
            (("ICO", "ICO meets"), "ORG", None),
            ("London", "GPE", "GBR"),
        ],
    },
    "reuters21578-16257": {
        "events": [
            ("THREATEN", "given", ("The European Community (EC)", None, "IGO"), (("Japan", "Japan six"), "JPN", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "six weeks to open its market before possible retaliatory trade measures; diplomats' 'said' is attribution"),
            ("CONSULT", ("meet", "will meet"), ("EC foreign ministers", None, "GOV"), None, None,
             "1987-05-25", "day", "May 25", "planned", None, "EC foreign ministers' meeting May 25-26"),
            ("REQUEST", "was asked", ("representatives of\nmember states", None, "GOV"),
             ("The EC executive commission", None, "IGO"), None, "1987-04-10", "day", "Friday", "asserted", None,
             "asked to propose renouncing some GATT pledges unless Japan opens its market"),
            ("CONSULT", ("meeting", "next"), (("EC foreign ministers", "next meeting"), None, "GOV"), None,
             ("Luxembourg", "LUX"), "1987-04-27", "day", "April 27", "planned", None,
             "next EC foreign ministers' meeting April 27-28 in Luxembourg"),
            ("CONSULT", "discuss how", ("the ministers", None, "GOV"), None, None,
             "1987-05-25", "day", "In May", "planned", 1, "later mention of the May 25-26 meeting"),
        ],
        "skip": [
            (("said", "EC diplomats"), "unnamed diplomats' talk (attribution)"),
            ("decides", "content of the ultimatum"),
            (("said", "They said EC"), "unnamed diplomats' talk"),
            ("review", "purpose of the meeting"),
            ("propose", "content of the request"),
            ("renunciation would", "hypothetical consequence"),
            ("imposing", "hypothetical consequence"),
            (("said", "The diplomats"), "unnamed diplomats' talk"),
            (("discussed", "unlikely"), "content (unlikely)"),
            (("said", "They said the commission"), "unnamed diplomats' talk"),
            ("take some limited", "capability, hypothetical"),
            ("Tariff moves", "possible U.S. measures, hypothetical background"),
            ("joining", "Spain and Portugal's accession, background"),
            ("reduce tariffs", "obligation of accession, background"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            (("EC", "EC)"), "ORG", None),
            (("Japan", "Japan six"), "GPE", "JPN"),
            (("EC", "EC diplomats"), "ORG", None),
            (("EC", "EC foreign ministers will"), "ORG", None),
            (("EC", "EC executive"), "ORG", None),
            (("EC", "EC\npledges"), "ORG", None),
            ("GATT", "ORG", None),
            (("Japanese", "Japanese market"), "NORP", "JPN"),
            (("Japanese", "Japanese\nexports"), "NORP", "JPN"),
            (("EC", "EC foreign ministers\non April"), "ORG", None),
            ("Luxembourg", "GPE", "LUX"),
            (("Japanese", "Japanese exports of"), "NORP", "JPN"),
            (("Europe", "to Europe"), "LOC", None),
            ("U.S.", "GPE", "USA"),
            (("Japan", "Japan from"), "GPE", "JPN"),
            ("Spain", "GPE", "ESP"),
            ("Portugal", "GPE", "PRT"),
            (("Japan", "Japan's trade"), "GPE", "JPN"),
            (("Community", "Community has"), "ORG", None),
        ],
    },
    "reuters21578-5779": {
        "events": [
            ("STATEMENT", "cautioned", ("Banque National de Paris <BNPP.A> senior dealer Peter\nNicolls", "FRA", "BUS"),
             None, SYD, "1987-03-16", "day", None, "asserted", None,
             "assessment without consequence from the speaker; DCT is published_at's date (dateline March 17)"),
            ("STATEMENT", ("said", "Nicolls said"), (("Nicolls", "Nicolls said"), "FRA", "BUS"), None, SYD,
             "1987-03-16", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("said", "Will Buttrose"), ("<Lloyds Bank NZA Ltd> chief economist Will Buttrose", "AUS", "BUS"),
             None, SYD, "1987-03-16", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", "warned", (("he", "But he"), "AUS", "BUS"), None, SYD,
             "1987-03-16", "day", None, "asserted", None, "outlook, no consequence from the speaker"),
            ("STATEMENT", ("said", "near term,"), (("Buttrose", "near term,"), "AUS", "BUS"), None, SYD,
             "1987-03-16", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "Buttrose said he"), (("Buttrose", "Buttrose said he"), "AUS", "BUS"), None, SYD,
             "1987-03-16", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("added", "900 mln"), (("Buttrose", "Buttrose said he"), "AUS", "BUS"), None, SYD,
             "1987-03-16", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("said", "Ian Little"), ("ANZ Banking Group Ltd <ANZA.S> senior economist Ian Little", "AUS", "BUS"),
             None, SYD, "1987-03-16", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            ("rose more", "market movement"),
            ("retreated on", "market movement"),
            ("narrowed", "statistics"),
            ("jumped", "market movement"),
            (("said", "one dealer"), "anonymous dealers' talk"),
            (("said", "Foreign exchange dealers"), "anonymous dealers' talk"),
            (("sold", "gone long"), "market activity of anonymous buyers"),
            (("said", "analysts"), "analysts' talk (anonymous)"),
            ("welcome", "content of analysts' talk"),
            ("responded", "market movement"),
            (("fell", "Longer term"), "market movement"),
            (("said", "brokers"), "brokers' talk (anonymous)"),
        ],
        "entities": [
            ("Australian", "NORP", "AUS"),
            (("U.S.", "U.S. Dlrs and"), "GPE", "USA"),
            (("U.S.", "U.S. Dlrs before"), "GPE", "USA"),
            ("Banque National de Paris", "ORG", "FRA"),
            ("Peter\nNicolls", "PERSON", "AUS"),
            (("Nicolls", "Nicolls said"), "PERSON", "AUS"),
            ("Lloyds Bank NZA Ltd", "ORG", "AUS"),
            ("Will Buttrose", "PERSON", "AUS"),
            (("Buttrose", "near term,"), "PERSON", "AUS"),
            (("Buttrose", "Buttrose said he"), "PERSON", "AUS"),
            ("ANZ Banking Group Ltd", "ORG", "AUS"),
            ("Ian Little", "PERSON", "AUS"),
        ],
    },
    "reuters21578-10501": {
        "events": [
            ("AGREE", "told", ("The United States", "USA", "GOV"), (("India", "India it"), "IND", "GOV"), WA,
             "1987-03-27", "day", None, "asserted", None,
             "permission to buy a supercomputer (approval / promise) told to India"),
            ("AGREE", "offered", ("the United States", "USA", "GOV"), (("India", "India a choice"), "IND", "GOV"), WA,
             "1987-03-27", "day", None, "asserted", 0, "later mention: offer of a choice of supercomputer"),
            ("STATEMENT", "declined to comment", ("They", "USA", "GOV"), None, WA,
             "1987-03-27", "day", None, "negated", None, "withheld statement of U.S. officials"),
            ("STATEMENT", ("said", "They said the"), (("They", "They said the"), "USA", "GOV"), None, WA,
             "1987-03-27", "day", None, "asserted", None, "awaiting a response from New Delhi"),
            ("STATEMENT", ("said", "industry officials"), ("The New York Times", "USA", "ORG"), None, None,
             "1987-03-27", "day", None, "asserted", None, "newspaper report on the U.S. intent"),
            ("AGREE", "reached a tentative agreement", ("U.S. and Indian negotiatiors", "USA", "GOV"),
             (None, "IND", "GOV"), None, "1986-12", "month", "December", "asserted", None,
             "tentative agreement on security precautions last December (joint negotiators)"),
            ("AGREE", "ratify", (("we", "we ratify"), "USA", "GOV"), ("the Indians", "IND", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "ratification told to the Indians, relayed by an unnamed official: undated"),
            ("AGREE", "signed", ("Prime Minister Rajiv\nGandhi", "IND", "GOV"), ("President Reagan", "USA", "GOV"), None,
             "1985", "year", "1985", "asserted", None, "technology-sharing agreement signed in 1985"),
            ("STATEMENT", ("said", "Pentagon spokesman"), ("a Pentagon spokesman", "USA", "MIL"), None, WA,
             "1987-03-27", "day", None, "asserted", None, "condition of the deal"),
            ("STATEMENT", "predicted", ("The spokesman", "USA", "MIL"), None, WA,
             "1987-03-27", "day", None, "asserted", None, "forecast"),
            ("AGREE", ("offer", "U.S. offer"), (None, "USA", "GOV"), (None, "IND", "GOV"), None,
             "1987-03-27", "day", None, "asserted", 0, "later mention of the offer, told to Reuters by Indian officials"),
            ("STATEMENT", "announcement", (None, "IND", "GOV"), None, None,
             "1987-04", "month", "in 10 days to two weeks time", "planned", None,
             "announcement due 10 days to two weeks after March 27"),
        ],
        "skip": [
            ("removed", "reason for the permission"),
            (("said", "U.S. officials"), "attribution of the offer"),
            ("specify", "content of the officials' talk"),
            ("wanted to sell India", "content of the newspaper report"),
            ("awaiting", "content of the statement"),
            ("quoting", "attribution"),
            ("wanted to sell a", "content of the newspaper report"),
            (("told", "We have"), "speech carrying the ratification"),
            (("reached", "agreement reached"), "reference to the December agreement"),
            (("said", "a U.S. official"), "unnamed official's attribution"),
            ("proposed", "intended use, no type"),
            ("test", "assessment"),
            ("fall into", "hypothetical"),
            ("calls for", "content of the condition"),
            ("negotiations", "subject of the forecast"),
            ("resolved", "content of the forecast"),
            (("told", "Indian officials"), "attribution of the offer"),
            (("said", "an official"), "unnamed official's attribution"),
        ],
        "entities": [
            (("United States", "United States told"), "GPE", "USA"),
            (("India", "India it"), "GPE", "IND"),
            (("U.S.", "U.S. concerns"), "GPE", "USA"),
            (("U.S.", "U.S. officials said"), "GPE", "USA"),
            (("United States", "United States did"), "GPE", "USA"),
            (("India", "India a choice"), "GPE", "IND"),
            (("United States", "United States wanted to sell India"), "GPE", "USA"),
            (("India", "India a computer"), "GPE", "IND"),
            (("Indians", "Indians had"), "NORP", "IND"),
            (("United States", "United States was"), "GPE", "USA"),
            (("New Delhi", "New Delhi."), "GPE", "IND"),
            ("The New York Times", "ORG", "USA"),
            (("United States", "United States wanted to sell a"), "GPE", "USA"),
            (("India", "India.\n"), "GPE", "IND"),
            (("U.S.", "U.S. and Indian"), "GPE", "USA"),
            (("Indian", "Indian negotiatiors"), "NORP", "IND"),
            (("Indians", "Indians that"), "NORP", "IND"),
            (("U.S.", "U.S. official said"), "GPE", "USA"),
            (("India", "India proposed"), "GPE", "IND"),
            (("U.S.", "U.S. supercomputer"), "GPE", "USA"),
            ("Rajiv\nGandhi", "PERSON", "IND"),
            ("Reagan", "PERSON", "USA"),
            ("American", "NORP", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("India", "India's main"), "GPE", "IND"),
            (("U.S.", "U.S. personnel"), "GPE", "USA"),
            (("India", "India for three"), "GPE", "IND"),
            ("Pentagon", "ORG", "USA"),
            ("State Department", "ORG", "USA"),
            (("United States", "United States and Japan"), "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            (("New Delhi", "In New Delhi"), "GPE", "IND"),
            (("Indian", "Indian officials"), "NORP", "IND"),
            ("Reuters", "ORG", "GBR"),
            (("U.S.", "U.S. offer"), "GPE", "USA"),
        ],
    },
    "reuters21578-8064": {
        "events": [
            ("REJECT", "denied", ("Zimbabwe's Reserve Bank", "ZWE", "GOV"), None, HAR,
             "1987-03-21", "day", None, "asserted", None, "denied a devaluation"),
            ("STATEMENT", "told", ("Bank Governor Kombo Moyana", "ZWE", "GOV"), None, HAR,
             "1987-03-21", "day", None, "asserted", None, "told a newspaper: speculation aggravated the shortage"),
            ("STATEMENT", "added", ("he", "ZWE", "GOV"), None, HAR,
             "1987-03-21", "day", None, "asserted", None, "effects of the speculation"),
        ],
        "skip": [
            ("devalued", "content of the denial"),
            ("aggravated", "content"),
            ("bring forward", "content, anonymous importers"),
            (("delay", "exporters to"), "content, anonymous exporters"),
        ],
        "entities": [
            (("Zimbabwe", "Zimbabwe's"), "GPE", "ZWE"),
            ("Reserve Bank", "ORG", "ZWE"),
            (("Zimbabwe", "Zimbabwe dollar would"), "GPE", "ZWE"),
            ("Kombo Moyana", "PERSON", "ZWE"),
            ("The Herald", "ORG", "ZWE"),
            (("Zimbabwe", "Zimbabwe dollar was"), "GPE", "ZWE"),
        ],
    },
    "reuters21578-4987": {
        "events": [
            ("STATEMENT", "said", ("an Economics Ministry\nspokesman", "NLD", "GOV"), None, HAGUE,
             "1987-03-13", "day", None, "asserted", None, "trade statistics"),
        ],
        "skip": [
            ("recorded", "statistics, no acting actor"),
            ("quoting", "attribution of the statistics"),
        ],
        "entities": [
            ("Netherlands", "GPE", "NLD"),
            ("Economics Ministry", "ORG", "NLD"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind10b.jsonl")
