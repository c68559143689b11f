"""Build ``own_blind3.jsonl``: a third blind events set, annotated after round 3's entity changes and
before the extractor ran on it, with a good share of non-US actors.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind3.py /path/to/reuters21578.jsonl.gz

Sample: Reuters-21578 stories with a body of 400-1300 characters, a topic in
trade/crude/interest/money-fx/ship/grain and a place among Canada, Malaysia, West Germany, Japan,
Brazil, the Gulf states, Indonesia, Australia, India, Argentina, Mexico, Singapore (not the USA
alone), not in HOLDOUT_IDS.txt and not in any tests/data/**/*.jsonl (431 left); 10 drawn with
``random.Random(4001).sample`` over the sorted ids, all kept. See GUIDELINES.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

SG = ("SINGAPORE", "SGP")
CAMP = ("CAMPINAS", "BRA")
JK = ("JAKARTA", "IDN")
BONN = ("BONN", "DEU")
TK = ("TOKYO", "JPN")
WA = ("WASHINGTON", "USA")
NIC = ("NICOSIA", "CYP")
CAL = ("Calgary", "CAN")
MTL = ("MONTREAL", "CAN")
SHULTZ = ("he", "USA", "GOV")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19033": {
        "events": [
            ("STATEMENT", "warned", ("U.S. Secretary of State George Shultz", "USA", "GOV"),
             ("members of the Association of Southeast Asian Nations\n(ASEAN)", None, "IGO"), SG,
             "1987-06-18", "day", None, "asserted", None,
             "a forecast with no consequence from the speaker (not THREATEN); the DCT is published_at's date"),
            ("STATEMENT", ("said", "diversify your markets"), (("he", "diversify your markets"), "USA", "GOV"),
             None, SG, "1987-06-18", "day", None, "asserted", None, "advice about necessity, not a demand"),
            ("STATEMENT", "added", (("he", "in your exports"), "USA", "GOV"), None, SG,
             "1987-06-18", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", "told", (("Shultz", "he added"), "USA", "GOV"), None, SG,
             "1987-06-18", "day", None, "asserted", None,
             "forecast told to six countries' ministers (a group: no actor2 for a statement)"),
            ("STATEMENT", ("said", "He said ASEAN"), (("He", "He said ASEAN"), "USA", "GOV"), None, SG,
             "1987-06-18", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "Shultz said the U.S. Deficit"), (("Shultz", "growing external debt"), "USA", "GOV"),
             None, SG, "1987-06-18", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            ("rely", "content of the forecast"),
            ("diversify", "content of advice"),
            (("cut", "Would"), "content of the forecast"),
            ("contemplated", "legislation under consideration, inside reported speech"),
            ("service", "content"),
        ],
    },
    "reuters21578-5330": {
        "events": [
            ("PROTEST", ("strike", "nationwide"), ("Brazilian bank workers", "BRA", "ORG"), None, None,
             "1987-03", "month", "this month", "planned", None, "strike voted for this month"),
            ("PROTEST", ("strike", "voted to strike"), ("about 5,000 bank workers", "BRA", "ORG"), None,
             ("CAMPINAS", "BRA"),
             "1987-03-24", "day", "March 24", "hypothetical", 0,
             "later mention, conditional on the pay demand ('unless ... is met')"),
            ("STATEMENT", "told", ("Wilson Gomes de Moura", "BRA", "ORG"), None, CAMP,
             "1987-03-16", "day", None, "asserted", None, "forecast of the strike's effect"),
            ("PROTEST", ("stoppage", "The vote came"), ("seamen", "BRA", "ORG"), None, None,
             None, "unknown", None, "asserted", None, "ongoing seamen's strike, no time expression"),
            ("THREATEN", "threatened", ("55,000 oil workers", "BRA", "ORG"), ("Petrobras", "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None, "threat of industrial action; not a 'said' report: undated"),
        ],
        "skip": [
            ("voted", "the vote is the procedure of the strike decision"),
            ("unrest", "background"),
            ("failure", "background"),
            ("rally", "venue of the vote"),
            ("demand", "the strike's condition"),
            ("affect", "content of the forecast"),
            ("action", "the threatened act"),
        ],
    },
    "reuters21578-13290": {
        "events": [
            ("STATEMENT", "said", ("Indonesian Energy minister Subroto", "IDN", "GOV"), None, JK,
             "1987-04-06", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "18 dlr price"), (("he", "18 dlr price"), "IDN", "GOV"), None, JK,
             "1987-04-06", "day", None, "asserted", None, "assessment, said at a signing ceremony"),
            ("STATEMENT", ("said", "He said Opec"), (("He", "He said Opec"), "IDN", "GOV"), None, JK,
             "1987-04-06", "day", None, "asserted", None, "statistics and forecast"),
            ("STATEMENT", ("said", "He said at Opec"), (("He", "He said at Opec"), "IDN", "GOV"), None, JK,
             "1987-04-06", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", "gave", (("He", "He gave"), "IDN", "GOV"), None, JK,
             "1987-04-06", "day", None, "negated", None, "withheld figures ('gave no figures')"),
        ],
        "skip": [
            ("signing", "the agreement's parties are not named"),
            ("maintain", "content"),
            ("stick", "content"),
            ("agreed ceiling", "reference to an earlier OPEC ceiling"),
            ("expected", "part of the statement"),
            ("meeting", "an OPEC meeting inside a forecast"),
            ("raising", "content"),
            ("preferred", "content"),
        ],
    },
    "reuters21578-19199": {
        "events": [
            ("STATEMENT", "said", ("a Karlsruhe water authority\nspokesman", "DEU", "GOV"), None, BONN,
             "1987-06-19", "day", None, "asserted", None, "report on a salvage operation"),
            ("STATEMENT", ("said", "He said two"), (("He", "He said two"), "DEU", "GOV"), None, BONN,
             "1987-06-19", "day", None, "asserted", None, ""),
            ("STATEMENT", "unable to say", (("He", "He was unable"), "DEU", "GOV"), None, BONN,
             "1987-06-19", "day", None, "negated", None, "withheld statement"),
            ("STATEMENT", ("said", "spokesman in Cologne"), ("a water authority spokesman in Cologne", "DEU", "GOV"),
             None, BONN, "1987-06-19", "day", None, "asserted", None, ""),
            ("STATEMENT", ("said", "Duisburg"), ("a water authority spokesman in Duisburg", "DEU", "GOV"),
             None, BONN, "1987-06-19", "day", None, "asserted", None, ""),
        ],
        "skip": [
            ("delaying", "no acting actor"),
            ("raise", "salvage operation"),
            ("blocked", "no acting actor"),
            ("lifting", "salvage operation"),
            ("forced", "no acting actor"),
        ],
    },
    "reuters21578-15431": {
        "events": [
            ("STATEMENT", "reaffirmed", ("The G-7", None, "IGO"), None, TK,
             "1987-04-09", "day", None, "asserted", None,
             "a group's statement reported with no time expression (rule 2)"),
        ],
        "skip": [
            ("bought", "currency intervention (monetary operation)"),
            (("said", "opened, dealers"), "anonymous-source talk"),
            (("said", "they\nsaid"), "anonymous-source talk"),
            ("issued", "the communique, inside anonymous-source talk"),
            (("said", "One dealer"), "anonymous-source talk"),
            ("intervened", "currency intervention (monetary operation)"),
        ],
    },
    "reuters21578-20925": {
        "events": [
            ("CONSULT", "met", ("U.S. Treasury Secretary James Baker", "USA", "GOV"),
             ("West German Finance Minister Gerhard Stoltenberg", "DEU", "GOV"), ("West Germany", "DEU"),
             "1987-10-19", "day", "today", "asserted", None, "'the Treasury Department said' = attribution"),
            ("AGREE", ("agreed", "West Germany and"), ("U.S. Treasury Secretary James Baker", "USA", "GOV"),
             ("West German Finance Minister Gerhard Stoltenberg", "DEU", "GOV"), ("West Germany", "DEU"),
             "1987-10-19", "day", "today", "asserted", None, "agreed at the meeting to support the Louvre pact"),
            ("STATEMENT", "described", ("The Treasury", "USA", "GOV"), None, WA,
             "1987-10-19", "day", None, "asserted", None, "assessment of the meeting"),
            ("AGREE", ("agreed", "The parties"), ("The parties", "USA", "GOV"), (None, "DEU", "GOV"), None,
             "1987-10-19", "day", None, "asserted", 1,
             "later mention of the agreement at the meeting; 'the Treasury said' = attribution"),
            ("CONSULT", "consulting", (("Baker", "The Treasury said Baker"), "USA", "GOV"),
             ("their G-7 colleagues", None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "ongoing consultations, no time expression; 'The Treasury said' = attribution"),
            ("CONSULT", "visit", (("Baker", "Baker was scheduled"), "USA", "GOV"), ("Belgium", "BEL", "GOV"), None,
             "1987-10", "month", "this\nweek", "planned", None,
             "planned visit (Scandinavia: a region); a week is kept at its month"),
        ],
        "skip": [
            ("support", "content of the agreement"),
            ("meeting", "later mention of the meeting inside an assessment"),
            ("agreed upon", "arranging the meeting"),
            ("cooperation under", "content of the agreement"),
            ("foster", "content"),
            (("agreement", "The Louvre pact is an"), "definition of the pact"),
            ("refused", "refusal to release travel details ('earlier'): left out"),
        ],
    },
    "reuters21578-8710": {
        "events": [
            ("STATEMENT", "said", ("Bank of Japan Governor Satoshi Sumita", "JPN", "GOV"), None, TK,
             "1987-03-24", "day", None, "asserted", None, "conditional intervention is a monetary operation"),
            ("STATEMENT", ("said", "Sumita said the Bank"), (("Sumita", "Sumita said the Bank"), "JPN", "GOV"),
             None, TK,
             "1987-03-24", "day", None, "asserted", None, ""),
            ("AGREE", ("agreed", "West Germany"),
             ("Canada, Britain, France, Japan, the U.S. And West Germany", None, "GOV"),
             None, ("Paris", "FRA"), "1987-02-22", "day", None, "asserted", None,
             "six countries (a group): the February 22 Paris agreement named in the previous sentence"),
            ("STATEMENT", ("issued", "statement was"), (("Sumita", "Sumita's statement"), "JPN", "GOV"), None, TK,
             "1987-03-24", "day", None, "asserted", 0, "later mention of the statement"),
            ("STATEMENT", ("said", "floating rates"), (("Sumita", "floating rates,"), "JPN", "GOV"), None, TK,
             "1987-03-24", "day", None, "asserted", None, ""),
            ("STATEMENT", ("said", "floating system,"), (("he", "floating system,"), "JPN", "GOV"), None, TK,
             "1987-03-24", "day", None, "asserted", None, ""),
            ("AGREE", ("agreed", "The six nations"), ("The six nations", None, "GOV"), None, ("Paris", "FRA"),
             "1987-02-22", "day", None, "asserted", 2,
             "agreement on an assessment in Paris; 'the Paris statement said' = attribution"),
        ],
        "skip": [
            ("intervene", "monetary operation"),
            ("take adequate measures", "monetary operation"),
            (("agreement", "February 22"), "reference to the Paris agreement"),
            ("cooperate", "content of the agreement"),
            ("slipped", "market movement"),
            ("plunged", "market movement"),
            (("said", "Paris\nstatement"), "attribution"),
        ],
    },
    "reuters21578-21149": {
        "events": [
            ("STATEMENT", "said", ("Iran", "IRN", "GOV"), None, NIC,
             "1987-10-19", "day", None, "asserted", None, "casualty report; 'Tehran radio reported' = attribution"),
            ("ASSAULT", ("Attack", "Monday's U.S."), ("U.S.", "USA", "MIL"), (None, "IRN", "GOV"), None,
             "1987-10-19", "day", "Monday", "asserted", None, "the attack on an Iranian offshore oil site"),
            ("THREATEN", "vowed", ("Iran", "IRN", "GOV"), (None, "USA", "GOV"), NIC,
             "1987-10-19", "day", None, "asserted", None, "vowed retaliation"),
            ("THREATEN", "quoted", ("President Ali Khamenei", "IRN", "GOV"), ("American", "USA", "GOV"), None,
             None, "unknown", None, "asserted", 2, "relayed speech ('quoted ... as saying'): undated"),
            ("STATEMENT", ("said", "A broadcast"), ("A broadcast monitored in Nicosia", "IRN", "ORG"), None, NIC,
             "1987-10-19", "day", None, "asserted", None, "casualty report by Iranian radio"),
            ("ASSAULT", "bombarded", ("U.S. Warships", "USA", "MIL"), ("them", "IRN", "GOV"), None,
             "1987-10-19", "day", "this\nafternoon", "asserted", 1, "later mention of the attack"),
            ("STATEMENT", "described", (("It", "It described"), "IRN", "ORG"), None, NIC,
             "1987-10-19", "day", None, "asserted", None, "assessment"),
            ("ASSAULT", "shelled", ("four American frigates", "USA", "MIL"),
             ("two Iranian platforms", "IRN", "GOV"), None,
             "1987-10-19", "day", "on Monday", "asserted", 1, "'Washington said' = attribution"),
            ("ASSAULT", ("missile attack", "Friday's"), (None, "IRN", "MIL"), ("a U.S.-flag ship", "USA", "BUS"), None,
             "1987-10-16", "day", "Friday", "asserted", None, "attacker implied (Iran)"),
            ("ACCUSE", ("Said", "The U.S. Said"), ("The U.S.", "USA", "GOV"), ("Iranians", "IRN", "MIL"), WA,
             "1987-10-19", "day", None, "asserted", None, "allegation of military use"),
            ("ASSAULT", "fired", ("Iranians", "IRN", "MIL"), ("an American helicopter", "USA", "MIL"), None,
             "1987-10", "month", "earlier this month", "asserted", None, "inside the allegation"),
            ("REJECT", "denied", (("Khamenei", "Khamenei denied"), "IRN", "GOV"), (None, "USA", "GOV"), NIC,
             "1987-10-19", "day", None, "asserted", None, "denial of the U.S. allegation"),
            ("STATEMENT", ("said", "personnel and"), (("Khamenei", "Khamenei denied"), "IRN", "GOV"), None, NIC,
             "1987-10-19", "day", None, "asserted", None, "assessment of the attack"),
        ],
        "skip": [
            ("injured", "casualties, no acting actor"),
            ("reported", "attribution"),
            ("retaliate", "content of the threat"),
            ("unanswered", "content of the threat"),
            (("said", "Washington"), "attribution"),
            ("destroyed", "same act as 'shelled'"),
            ("response", "part of the attack"),
            ("used", "content of the allegation"),
            (("Attack", "said the U.S."), "later mention inside an assessment"),
            ("committed", "quote with no reporting clause"),
        ],
    },
    "reuters21578-6913": {
        "events": [
            ("STATEMENT", "said", ("Canterra Energy Ltd", "CAN", "BUS"), None, CAL,
             "1987-03-18", "day", None, "asserted", None, "drilling plan (no type)"),
            ("STATEMENT", ("said", "Canterra said"), (("Canterra", "Canterra said"), "CAN", "BUS"), None, CAL,
             "1987-03-18", "day", None, "asserted", None, "drilling plan (no type)"),
        ],
        "skip": [
            ("drill", "exploration (no type)"),
            ("Drilling", "exploration (no type)"),
            ("operate", "no type"),
        ],
    },
    "reuters21578-857": {
        "events": [
            ("PROTEST", "strike", ("Canadian seafarers", "CAN", "ORG"), None, None,
             "1987", "year", "this spring", "planned", None,
             "a union official's forecast of a strike ('said' = attribution, as events_dev's union strikes); a "
             "season is kept at its year"),
            ("PROTEST", ("strike", "guarantee you a"), (("Gralewicz", "guarantee you a"), "CAN", "ORG"), None, None,
             "1987", "year", None, "planned", 0, "later mention of the strike"),
            ("REQUEST", "asking", ("The seafarers' employers", "CAN", "BUS"),
             (("union", "reduction in"), "CAN", "ORG"), None,
             None, "unknown", None, "asserted", None, "demand in a labour dispute, no time expression"),
            ("STATEMENT", ("said", "the union said"), (("the union", "a move which"), "CAN", "ORG"), None, MTL,
             "1987-03-02", "day", None, "asserted", None, "estimate of job losses"),
        ],
        "skip": [
            ("refusal", "part of the strike's motive"),
            ("asked", "the employers' demand inside the motive"),
            (("said", "Roman Gralewicz"), "attribution"),
            (("said", "Gralewicz said in"), "attribution"),
            ("talks", "ending of talks: no clear type"),
            ("appointed", "appointment"),
            ("settle", "content"),
            ("expires", "no actor"),
            ("cost", "content"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind3.jsonl")
