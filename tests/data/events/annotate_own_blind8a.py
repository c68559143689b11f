"""Build ``own_blind8a.jsonl``: part of an eighth blind events set (events + entity mentions),
annotated from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind8a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl ; minus the 160 stories of two unlabelled reviews (2,907 left); 24 drawn
with random.Random(8001).sample, dropping any whose title equals a title already in a gold set,
first 16 kept; this file holds kept draws 0-7 (8 articles, all kept).
31 event records (29 first mentions, 2 later mentions), 67 not_annotated spans, 88 entity mentions;
no article without events.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md
and ../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), with the
country of the entity (null for IGOs and bodies of several countries: the Group of Seven, the
European Monetary System; null for "European"). The possessive 's is left out of the span; job
titles are not part of a PERSON span. Stock tickers in angle brackets are not mentions, but a
company name Reuters puts in angle brackets (<Matra-Harris Semiconducteurs SA(A)>) is, without
the brackets and the "(A)". Product names (OPTIMA, Nugget coins, krugerrand, Micron PD chips) and
currencies are not entities; "Port and transport union" (a description, not a name) is not tagged.

Judgement calls made here:
* Balladur (17300): "each country has to fulfill commitments" outlined in the G-7 accords is a
  REQUEST to the G-7 countries (null), prescriptive to identifiable actors (convention 2); "European
  countries have to seek / define together" concerns the speaker's own group (France is one): a
  STATEMENT; "Italy eventually would have to abandon its higher margin" plus "I hope ... will permit
  (Italy) to do it soon" is read as a forecast and a wish, not a demand: STATEMENT (a REQUEST
  FRA -> ITA reading is arguable). The Washington reaffirmation by the finance ministers of the
  seven countries is AGREE by the group (null, one record, as own_blind5b's G-7 reaffirmation)
  rather than seven split records; dated "Earlier this month" = 1987-04. "accords reached this year
  in Paris and Washington" inside his first statement is skipped (content; two accords at year
  precision). The closing quote's "he said" is a later mention of "Balladur said the current
  nervousness" (one quotation); "declining to elaborate further" is a withheld STATEMENT (negated).
* Rotterdam port (5870): the employers' decision to restart redundancy procedures has no type, so
  Zeebregts' "told Reuters" is a STATEMENT; the union spokesman's "would not lead to the immediate
  resumption of ... strikes" is a forecast (STATEMENT). The strikes "called off on Friday" are
  RETREAT by the implied union (actor2 null, convention 14), Friday before Tue 1987-03-17 =
  1987-03-13. The Amsterdam court ruling "last week" that the employers could not proceed is
  SANCTION (adverse ruling) court -> employers, 1987-03 (week kept at its month); the "interim court
  injunction" before it is the same ruling as a bare nominal: skipped. The strike campaign that
  "began on January 19 in protest at employers' plans" is PROTEST (implied union -> the employers,
  named as target), 1987-01-19.
* Gold coins (17224): "officials involved in the sale" are taken as identifiable (officials of the
  selling companies, JPN, like "port officials"); the firms' retail selling in Japan and their
  buying at the coins' first international trading have no identified counterpart (market
  purchases/retail sales): skipped, so the reporting clauses are STATEMENTs.
* NEC (20002): "will supply MHS with manufacturing technology" is COOPERATE planned JPN -> FRA,
  undated (the spokesman's "said" is attribution); "MHS will pay NEC an undisclosed sum" is a term of
  that deal (own_blind7a's Goldstar/Canon call): skipped; MHS manufacturing and marketing has no
  counterpart.
* CIS/Swiss Re (13005): "executed a formal share purchase agreement" is AGREE (USA -> CHE),
  undated ("said" is attribution); the purchase terms and the completion "expected ... by June 11"
  are content of the agreement (convention 8): skipped.
* Lawson (12418): everything is dealers' talk; Lawson's statement of sterling targets ("had stated")
  and "the chancellor said he would achieve his goals" are STATEMENTs by an identifiable speaker
  relayed second-hand (undated).
* Rig count (17669) and Citicorp (8991): statistics and assessments, all STATEMENTs; Chia's quoted
  "competition will not be on price" restates the senior Citicorp official's paraphrase (later
  mention); "doubted the popularity" of American Express' plan is an assessment (STATEMENT, not
  ACCUSE). "Drilling increases were reported by Michigan" is a statistic, not a speech act.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

MIL = ("MILAN", "ITA")
HOU = ("HOUSTON", "USA")
NY = ("NEW YORK", "USA")
ROT = ("ROTTERDAM", "NLD")
TK = ("TOKYO", "JPN")
LON = ("LONDON", "GBR")
TUL = ("TULSA", "USA")
BALLADUR = ("FRA", "GOV")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17300": {
        "events": [
            ("STATEMENT", "said", ("French Finance Minister Edouard Balladur", *BALLADUR), None, MIL,
             "1987-04-27", "day", None, "asserted", None, "assessment: G-7 can achieve stable currencies"),
            ("REQUEST", ("said", "Balladur, asked"), (("Balladur", "reached"), *BALLADUR),
             ("each country", None, "GOV"), MIL, "1987-04-27", "day", None, "asserted", None,
             "'each country has to fulfill commitments' of the G-7 accords: prescriptive to the G-7 countries"),
            ("AGREE", "reaffirmed",
             ("finance ministers of the\nU.S., Japan, West Germany, France, Italy, Britain and Canada", None, "GOV"),
             None, ("Washington", "USA"), "1987-04", "month", "Earlier this month", "asserted", None,
             "the seven (G-7) re-agreed the Paris accord in Washington earlier this month (a group: null)"),
            ("STATEMENT", ("said", "Balladur said the current"), (("Balladur", "arrest the dollar"), *BALLADUR),
             None, MIL, "1987-04-27", "day", None, "asserted", None, "assessment of market nervousness"),
            ("STATEMENT", ("said", "cool head"), (("he", '," he said, declining'), *BALLADUR), None, MIL,
             "1987-04-27", "day", None, "asserted", 3, "second reporting verb of the same quotation"),
            ("STATEMENT", "declining", (("he", '," he said, declining'), *BALLADUR), None, MIL,
             "1987-04-27", "day", None, "negated", None, "withheld statement ('declining to elaborate')"),
            ("STATEMENT", ("said", "the minister"), ("the minister", *BALLADUR), None,
             ("Milan", "ITA"), "1987-04-27", "day", None, "asserted", None,
             "European countries (his own group) have to seek consensus: evaluation, in a speech earlier (undated beyond the DCT)"),
            ("STATEMENT", ("said", "On the European"), (("he", "System,"), *BALLADUR), None, MIL,
             "1987-04-27", "day", None, "asserted", None, "assessment of the EMS"),
            ("STATEMENT", ("said", "currencies of other"), (("Balladur", "currencies of other"), *BALLADUR),
             None, MIL, "1987-04-27", "day", None, "asserted", None, "own group (European countries): STATEMENT"),
            ("STATEMENT", ("said", "He said Italy"), (("He", "He said Italy"), *BALLADUR), None, MIL,
             "1987-04-27", "day", None, "asserted", None,
             "forecast that Italy would have to abandon its wider margin, with a wish: not a demand"),
        ],
        "skip": [
            ("achieve", "content of the statement"),
            ("adhering", "content of the statement"),
            ("reached", "accords reached this year in Paris and Washington: background inside the statement"),
            ("asked", "reporters' question"),
            ("intervention", "monetary operation, inside a question"),
            ("halt", "content of the question"),
            ("fulfill", "content of the request"),
            ("Paris accord", "bare anaphoric nominal of the accord"),
            ("arrest", "purpose of the accord"),
            ("speech", "the occasion of the statement"),
            ("seek", "content"),
            ("define", "content"),
            ("abandon", "content of the forecast"),
            ("hope", "part of the quotation"),
            ("permit", "content"),
            ("allowed", "standing EMS arrangement"),
            ("permitted", "standing EMS arrangement"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Edouard Balladur", "PERSON", "FRA"),
            ("Group of Seven", "ORG", None),
            ("G-7", "ORG", None),
            ("Paris", "GPE", "FRA"),
            ("Washington", "GPE", "USA"),
            (("Balladur", "Washington"), "PERSON", "FRA"),
            (("G-7", "fulfill"), "ORG", None),
            (("Washington", "Earlier this month"), "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("West Germany", "GPE", "DEU"),
            ("France", "GPE", "FRA"),
            ("Italy", "GPE", "ITA"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            (("Paris", "earlier"), "GPE", "FRA"),
            (("Balladur", "arrest the dollar"), "PERSON", "FRA"),
            ("Milan Chamber of Commerce", "ORG", "ITA"),
            ("European", "NORP", None),
            ("European Monetary System", "ORG", None),
            (("Balladur", "currencies of other"), "PERSON", "FRA"),
            (("European", "convinced"), "NORP", None),
            (("Italy", "He said"), "GPE", "ITA"),
            ("European Montetary System", "ORG", None),
            (("Italy", "permit ("), "GPE", "ITA"),
            ("EMS", "ORG", None),
        ],
    },
    "reuters21578-17669": {
        "events": [
            ("STATEMENT", "said", ("Baker Hughes Inc", "USA", "BUS"), None, HOU,
             "1987-06-01", "day", None, "asserted", None, "rig count statistics"),
            ("STATEMENT", ("said", "by\nthree"), (("Baker Hughes", "by\nthree"), "USA", "BUS"), None, HOU,
             "1987-06-01", "day", None, "asserted", None, "statistics"),
        ],
        "skip": [
            ("fell", "statistic"),
            ("rose", "statistic"),
            ("lost", "statistic"),
            ("reported", "statistic attributed to a state, not a speech act"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Baker Hughes Inc", "ORG", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Oklahoma", "GPE", "USA"),
            ("Louisiana", "GPE", "USA"),
            ("Michigan", "GPE", "USA"),
            ("Ohio", "GPE", "USA"),
            ("Pennsylvania", "GPE", "USA"),
            (("Baker Hughes", "by\nthree"), "ORG", "USA"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-8991": {
        "events": [
            ("STATEMENT", "said", ("a senior Citicorp offical", "USA", "BUS"), None, NY,
             "1987-03-24", "day", None, "asserted", None, "forecast of card competition"),
            ("STATEMENT", "told", ("Pei-yuan Chia", "USA", "BUS"), None, NY,
             "1987-03-24", "day", None, "asserted", 0,
             "quoted restatement of the senior official's forecast (he is that official)"),
            ("STATEMENT", ("said", "Chia said"), (("Chia", "market share"), "USA", "BUS"), None, NY,
             "1987-03-24", "day", None, "asserted", None, "announcement of Citicorp's own marketing focus"),
            ("STATEMENT", "doubted", (("He", "acceptance."), "USA", "BUS"), None, NY,
             "1987-03-24", "day", None, "asserted", None,
             "assessment of a competitor's plan (not ACCUSE)"),
            ("STATEMENT", ("said", "fixed rate"), (("he", "fixed rate"), "USA", "BUS"), None, NY,
             "1987-03-24", "day", None, "asserted", None, "reason given for the doubt"),
            ("STATEMENT", "added", ("Richard Braddock", "USA", "BUS"), None, NY,
             "1987-03-24", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            ("launch", "product launch, no counterpart"),
            ("increase competition", "content of the forecast"),
            ("pricing war", "content of the forecast"),
            ("battle", "content of the quotation"),
            ("focus", "content"),
            ("noting", "participial elaboration of the same statement"),
            ("enjoy", "market position"),
            ("plan", "a competitor's product plan, content of the doubt"),
            ("crunched", "content"),
        ],
        "entities": [
            ("American Express Co", "ORG", "USA"),
            ("Citicorp", "ORG", "USA"),
            ("Pei-yuan Chia", "PERSON", "USA"),
            (("U.S.", "Pei-yuan"), "GPE", "USA"),
            (("Citicorp", "analysts meeting"), "ORG", "USA"),
            (("U.S.", "leading"), "GPE", "USA"),
            (("Chia", "market share"), "PERSON", "USA"),
            (("Citicorp", "Chia said"), "ORG", "USA"),
            ("Visa", "ORG", "USA"),
            ("Mastercard", "ORG", "USA"),
            (("American\nExpress", "Mastercard"), "ORG", "USA"),
            (("American Express", "doubted"), "ORG", "USA"),
            ("Richard Braddock", "PERSON", "USA"),
        ],
    },
    "reuters21578-5870": {
        "events": [
            ("STATEMENT", "told", ("employers' organisation labour\nrelations manager Gerard Zeebregts", "NLD", "ORG"),
             None, ROT, "1987-03-17", "day", None, "asserted", None,
             "announcement of the employers' decision (restarting redundancy procedures has no type)"),
            ("STATEMENT", "said", ("Port and transport union spokesman Bert Duim", "NLD", "ORG"), None, ROT,
             "1987-03-17", "day", None, "asserted", None, "forecast that strikes will not resume at once"),
            ("RETREAT", "called off", (None, "NLD", "ORG"), None, None,
             "1987-03-13", "day", "Friday", "asserted", None,
             "strikes called off by the implied union; Friday before Tue 1987-03-17"),
            ("SANCTION", "ruled", ("A court in Amsterdam", "NLD", "GOV"), (("the employers", "ruled"), "NLD", "BUS"),
             ("Amsterdam", "NLD"), "1987-03", "month", "last week", "asserted", None,
             "adverse ruling stopping the redundancies; a week kept at its month"),
            ("STATEMENT", ("said", "Zeebregts said"), (("Zeebregts", "May 7."), "NLD", "ORG"), None, ROT,
             "1987-03-17", "day", None, "asserted", None, "forecast and position"),
            ("STATEMENT", ("said", "more damage"), (("Zeebregts", "more damage"), "NLD", "ORG"), None, ROT,
             "1987-03-17", "day", None, "asserted", None, "reasons (quotation)"),
            ("PROTEST", ("strikes", "campaign of lightning"), (None, "NLD", "ORG"),
             (("employers", "in protest at"), "NLD", "BUS"), None,
             "1987-01-19", "day", "January 19", "asserted", None,
             "the strike campaign by the implied union against the employers' plans"),
        ],
        "skip": [
            ("decided", "redundancy procedure: no type"),
            ("restart", "content"),
            ("resumption", "content of the forecast"),
            (("strikes", "eight weeks of"), "content of the forecast"),
            ("injunction", "the Amsterdam ruling below as a bare nominal (recorded on 'ruled')"),
            ("final ruling", "future ruling of unknown outcome"),
            ("initiation", "content"),
            ("sit and wait", "content"),
            (("strikes", "The\nstrikes"), "inside the quotation, anaphoric"),
            ("damaged", "content"),
            ("began", "phase verb of the strike campaign (recorded on 'strikes')"),
            (("protest", "in protest"), "purpose of the strikes"),
        ],
        "entities": [
            ("Rotterdam", "GPE", "NLD"),
            ("Gerard Zeebregts", "PERSON", "NLD"),
            ("Reuters", "ORG", "GBR"),
            ("Bert Duim", "PERSON", "NLD"),
            ("Amsterdam", "GPE", "NLD"),
            (("Zeebregts", "May 7."), "PERSON", "NLD"),
            (("Zeebregts", "more damage"), "PERSON", "NLD"),
        ],
    },
    "reuters21578-17224": {
        "events": [
            ("STATEMENT", "said", ("officials involved in the sale", "JPN", "BUS"), None, TK,
             "1987-04-27", "day", None, "asserted", None,
             "officials of the selling companies (identifiable); the selling plan has no counterpart"),
            ("STATEMENT", "estimated", ("They", "JPN", "BUS"), None, TK,
             "1987-04-27", "day", None, "asserted", None, "estimate of the Japanese share of purchases"),
        ],
        "skip": [
            ("selling", "retail distribution, no identified counterpart"),
            ("buying", "market purchases at the coins' first trading, no identified counterpart"),
            ("bought", "market purchases"),
            (("sold", "ounces"), "market sales"),
            (("sold", "likely to be"), "retail prices, content"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Australia", "GPE", "AUS"),
            (("Japan", "Nugget"), "GPE", "JPN"),
            (("Japanese", "estimated"), "NORP", "JPN"),
            (("Japan", "likely to be"), "GPE", "JPN"),
            ("South African", "NORP", "ZAF"),
        ],
    },
    "reuters21578-20002": {
        "events": [
            ("COOPERATE", "supply", ("NEC Corp", "JPN", "BUS"),
             ("Matra-Harris\nSemiconducteurs SA", "FRA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "technology supply deal; the spokesman's 'said' is attribution; no time expression"),
        ],
        "skip": [
            ("said", "attribution of the supply deal"),
            ("joint venture", "standing ownership"),
            ("manufacture", "MHS's own production, no counterpart"),
            ("pay", "term of the supply deal"),
        ],
        "entities": [
            ("NEC Corp", "ORG", "JPN"),
            ("Matra-Harris\nSemiconducteurs SA", "ORG", "FRA"),
            ("MHS", "ORG", "FRA"),
            ("France", "GPE", "FRA"),
            (("NEC", "microcomputers,"), "ORG", "JPN"),
            (("MHS", "spokesman"), "ORG", "FRA"),
            (("France", "joint venture"), "GPE", "FRA"),
            ("MATRA", "ORG", "FRA"),
            ("Harris Corp", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("NEC", "based on"), "ORG", "JPN"),
            (("MHS", "globally"), "ORG", "FRA"),
            (("NEC", "MHS will pay"), "ORG", "JPN"),
        ],
    },
    "reuters21578-12418": {
        "events": [
            ("STATEMENT", "stated", ("U.K. Chancellor of the Exchequer\nNigel Lawson", "GBR", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "sterling targets stated by Lawson, relayed inside dealers' talk ('had stated'): undated"),
            ("STATEMENT", ("said", "chancellor"), ("the chancellor", "GBR", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "relayed by dealers ('Dealers noted'): undated"),
        ],
        "skip": [
            (("said", "mark, dealers"), "anonymous-source talk (dealers)"),
            (("said", "They"), "anonymous-source talk (dealers)"),
            ("expected", "dealers' expectation"),
            ("tested", "market movement"),
            ("opened", "market movement"),
            ("noted", "anonymous-source talk (dealers)"),
            ("achieve", "content of the statement"),
            ("intervention", "monetary operation, content"),
            ("feel", "market operators' talk"),
            (("said", "in the near term"), "anonymous-source talk (dealers)"),
        ],
        "entities": [
            ("London", "GPE", "GBR"),
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            (("U.K.", "fall in"), "GPE", "GBR"),
            (("U.K.", "a rise in"), "GPE", "GBR"),
        ],
    },
    "reuters21578-13005": {
        "events": [
            ("AGREE", "executed", ("CIS Technologies Inc", "USA", "BUS"),
             ("Swiss\nReinsurance Co", "CHE", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "share purchase agreement signed ('said' is attribution; no time expression)"),
        ],
        "skip": [
            ("said", "attribution of the agreement"),
            ("acquire", "term of the agreement"),
            ("acuqire", "term of the agreement"),
            ("bought", "term of the agreement"),
            ("completed", "auditors' report, term of the agreement"),
            ("complete by", "completion of the agreed purchase, content of the agreement"),
        ],
        "entities": [
            ("CIS Technologies Inc", "ORG", "USA"),
            ("Swiss\nReinsurance Co", "ORG", "CHE"),
            ("Zurich", "GPE", "CHE"),
            ("Switzerland", "GPE", "CHE"),
            (("Swiss Re", "Under terms"), "ORG", "CHE"),
            (("CIS", "newly issued"), "ORG", "USA"),
            (("Swiss Re", "of the outstanding"), "ORG", "CHE"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind8a.jsonl")
