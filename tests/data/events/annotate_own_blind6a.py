"""Build ``own_blind6a.jsonl``: part of a sixth blind events set (events + entity mentions), annotated
from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind6a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,979 left); 40 drawn with random.Random(7001).sample over that pool minus
the 120 stories of an unlabelled entity review, dropping any whose title equals a title already in a
gold set, first 32 kept; this file holds kept draws 0-7 (8 articles, all kept). 34 event records
(31 first mentions, 3 later mentions), 79 not_annotated spans, 95 entity mentions; no article without events. Single
annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), with the
country of the entity (null for IGOs such as the World Bank and for regions or groups spanning
countries: "European"). The possessive 's is left out of the span; job titles are not part of a
PERSON span ("President Reagan" -> "Reagan"). A government body named with its country word is one
ORG span ("U.S. Treasury", "Korean Finance Ministry"); a bank whose name holds a nationality word is
one ORG span ("Bulgarian Foreign Trade Bank"). A company takes its home country (Linotype Group,
based in Eschborn, is DEU although owned by Allied-Signal; Standard Chartered Asia and Sumitomo
Finance (Asia) take their groups' countries GBR and JPN; Wardley, HSBC's merchant bank, HKG; Arab
Banking Corp and Gulf International Bank BHR). "Kansai International Airport" (and "Kansai" used
for the airport) is LOC (JPN); "Kansai" in "on behalf of Kansai" stands for the airport authority
and is ORG. "Congressional" is ORG (USA). The places in "Singapore interbank offered rate" and
"London Interbank Offered Rate" are GPE mentions; "U.S." in "U.S. Dlr" is a GPE mention.

Judgement calls made here:
* Signing a syndicated loan ("has signed ... a 48.3 mln U.S. Dlr financing package", "has signed
  with a group of Japanese banks a 40 billion Euroyen equivalent loan") is AGREE on "signed" with the
  borrower first (the grammatical subject) and the lenders second (Japanese banks = JPN; the
  multinational syndicate of reuters21578-10691, implied = null); undated ("has signed", no time
  expression); the lead manager's "said" is attribution. AID with the lenders first is arguable.
  Lead managing, syndicate membership ("joined the financing"), a parent's guarantee of its
  subsidiary's loan and the Korean Finance Ministry's approval of a loan to a Korean company are
  corporate finance / domestic administration and left out.
* The World Bank's "approved two loans to Mexico" is AID (undated); "NF ... will receive 185 mln
  dlrs" (planned) and "a 20 mln dlr loan is being made" (asserted) are later mentions of it (the
  two loans that make up the approval), each with its own modality; the bank's "said" there is
  attribution.
* A Treasury bill auction (receiving and accepting bids) is debt management (monetary operation):
  left out; the Treasury's "said" clauses are statistics releases (STATEMENT).
* A contract award reported as "said it was selected to perform ... surveys for the authority that
  is building Kansai International Airport" is COOPERATE (TRW -> the authority, JPN), undated;
  "The contract calls for ..., the company said" describes the contract (no typed act): STATEMENT.
* Stoltenberg's quoted "We cannot rule out ..." restates the paraphrase of the first sentence: a
  later mention (convention 3); the reporters' question ("Asked ... whether") is left out.
* U.S.-Canada free trade talks "since last June" (said in June 1987) = CONSULT dated 1986-06, one
  record USA -> CAN; "both sides have said an agreement is likely" = two STATEMENT records (USA,
  CAN; "have said" takes the DCT as convention 16). "The U.S. put a deadline on the talks of
  October 1" is left out (pressure = REQUEST is arguable, no clear type). The study "published by
  two ... research groups" behind "according to" is left out as attribution; the groups' saying is
  coded on "said" in the next sentence, split into the Cato Institute (USA) and the Fraser Institute
  (CAN). "A free trade pact, backed by President Reagan and Prime Minister Brian Mulroney": backing
  a policy, not an actor, in a background participle: left out.
* Allied-Signal "announced in December that it planned to sell the Linotype unit": STATEMENT dated
  1986-12 (past bare month), no buyer named so no COOPERATE; "Commerzbank is expected to offer
  shares of the unit to the public" is a share offering (corporate finance), so its "said" is a
  STATEMENT.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WA = ("WASHINGTON", "USA")
FX = ("FAIRFAX", "USA")
MT = ("MORRIS TOWNSHIP", "USA")
HK = ("HONG KONG", "HKG")
BONN = ("BONN", "DEU")
LON = ("LONDON", "GBR")
NISK = ("Niskanen", "USA", "ORG")
WB = ("the bank", None, "IGO")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3371": {
        "events": [
            ("STATEMENT", "said", ("The U.S. Treasury", "USA", "GOV"), None, WA, "1987-03-09", "day", None,
             "asserted", None, "statistics release: the weekly bill auction's results (the auction is debt "
             "management, not an event)"),
            ("STATEMENT", ("said", "The Treasury said"), (("The Treasury", "The Treasury said"), "USA", "GOV"), None,
             WA, "1987-03-09", "day", None, "asserted", None, "statistics release: bids received and accepted"),
        ],
        "skip": [
            ("auction", "Treasury bill auction: debt management (monetary operation), not an event"),
            ("produced", "auction statistics"),
            ("sold", "auction statistics (bills sold last week)"),
            ("taken", "auction statistics (bids taken)"),
            ("accepted", "auction statistics (bids accepted)"),
            ("received", "content of the Treasury's statistics release"),
            ("It accepted", "auction statistics (monetary operation)"),
            (("received", "Some 25.7"), "auction statistics (agentless)"),
            (("accepted", "non-competitives"), "auction statistics (monetary operation)"),
            ("ranged", "market prices"),
        ],
        "entities": [
            ("U.S. Treasury", "ORG", "USA"),
            (("Treasury", "The Treasury said"), "ORG", "USA"),
            ("Federal Reserve", "ORG", "USA"),
            (("Treasury", "non-competitives"), "ORG", "USA"),
            (("Fed", "non-competitives"), "ORG", "USA"),
        ],
    },
    "reuters21578-20732": {
        "events": [
            ("COOPERATE", "selected", ("TRW Inc", "USA", "BUS"), ("the authority", "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "contract award: TRW selected by the Kansai airport authority to perform surveys (as own_dev's "
             "contract awards); 'said' = attribution; no time expression"),
            ("STATEMENT", ("said", "The company"), ("The company", "USA", "BUS"), None, FX, "1987-10-20", "day",
             None, "asserted", None, "assessment of the contract's significance"),
            ("STATEMENT", ("said", "on behalf of Kansai"), (("the\ncompany", "on behalf of Kansai"), "USA", "BUS"),
             None, FX, "1987-10-20", "day", None, "asserted", None,
             "description of the contract's terms (no typed act)"),
        ],
        "skip": [
            ("said", "rule-3 attribution verb (the contract award is the event)"),
            ("perform", "content of the contract award"),
            ("building", "construction of the airport: no type"),
            ("issued", "anaphoric nominal mention of the award (first contract issued to an American company)"),
            (("perform", "calls for TRW to"), "terms of the contract"),
            ("scheduled", "the airport's opening: no actor, no type"),
        ],
        "entities": [
            ("TRW Inc", "ORG", "USA"),
            ("Kansai International Airport", "LOC", "JPN"),
            ("Osaka", "GPE", "JPN"),
            ("Japan", "GPE", "JPN"),
            ("American", "NORP", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("TRW", "calls for"), "ORG", "USA"),
            (("Kansai", "on behalf of"), "ORG", "JPN"),
            (("Kansai", "the\ncompany said"), "LOC", "JPN"),
        ],
    },
    "reuters21578-9443": {
        "events": [
            ("AGREE", "agreed", ("Allied-Signal Inc", "USA", "BUS"), ("Commerzbank AG", "DEU", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed to sell the Linotype unit to Commerzbank (the sale is content); 'said' = attribution; "
             "no time expression"),
            ("STATEMENT", ("said", "Allied-Signal said"), (("Allied-Signal", "undisclosed"), "USA", "BUS"), None, MT,
             "1987-03-25", "day", None, "asserted", None,
             "expected share offering by Commerzbank (corporate finance: no typed act)"),
            ("STATEMENT", ("said", "The company said the"), ("The company", "USA", "BUS"), None, MT,
             "1987-03-25", "day", None, "asserted", None, "the agreement needs approval (condition)"),
            ("STATEMENT", ("said", "200 mln dlrs"), (("the company", "200 mln dlrs"), "USA", "BUS"), None, MT,
             "1987-03-25", "day", None, "asserted", None, "statistics: the unit's revenues"),
            ("STATEMENT", ("said", "The company said top"), (("The company", "The company said top"), "USA", "BUS"),
             None, MT, "1987-03-25", "day", None, "asserted", None, "Linotype's management plans to stay"),
            ("STATEMENT", "announced", (("Allied-Signal", "United Kingdom"), "USA", "BUS"), None, None,
             "1986-12", "month", "in December", "asserted", None,
             "announcement of a planned divestment with no buyer (no counterpart: no COOPERATE); past bare "
             "month in March 1987 = 1986-12"),
        ],
        "skip": [
            ("said", "rule-3 attribution verb (the agreement is the event)"),
            ("sell", "content of the agreement (planned sale)"),
            ("offer", "share offering to the public: corporate finance"),
            ("agreement", "anaphoric nominal mention of the agreement"),
            ("approval", "condition ('subject to approval'): not an event"),
            ("remain", "content of the statement (management staying)"),
            (("sell", "planned to"), "content of the announcement (planned divestment, no buyer)"),
        ],
        "entities": [
            ("Allied-Signal Inc", "ORG", "USA"),
            ("Linotype Group", "ORG", "DEU"),
            ("Commerzbank AG", "ORG", "DEU"),
            ("West Germany", "GPE", "DEU"),
            (("Allied-Signal", "undisclosed"), "ORG", "USA"),
            (("Commerzbank", "Allied-Signal said"), "ORG", "DEU"),
            (("Linotype", "its shareholders"), "ORG", "DEU"),
            ("Eschborn", "GPE", "DEU"),
            (("West Germany", "Eschborn"), "GPE", "DEU"),
            (("Linotype", "top management of"), "ORG", "DEU"),
            ("United States", "GPE", "USA"),
            (("West\nGermany", "United States"), "GPE", "DEU"),
            ("United Kingdom", "GPE", "GBR"),
            (("Allied-Signal", "United Kingdom"), "ORG", "USA"),
            (("Linotype", "planned to sell"), "ORG", "DEU"),
            (("Linotype", "instrumentation segment"), "ORG", "DEU"),
        ],
    },
    "reuters21578-18992": {
        "events": [
            ("STATEMENT", ("said", "Vancouver"), ("The Cato Institute of Washington", "USA", "ORG"), None, WA,
             "1987-06-18", "day", None, "asserted", None,
             "assessment (removing tariffs would benefit both); compound actor split: the U.S. institute"),
            ("STATEMENT", ("said", "Vancouver"), ("the Fraser Institute\nof Vancouver", "CAN", "ORG"), None, WA,
             "1987-06-18", "day", None, "asserted", None,
             "same clause, the Canadian institute (compound actor split)"),
            ("STATEMENT", "added", ("William Niskanen", "USA", "ORG"), None, WA, "1987-06-18", "day", None,
             "asserted", None, "assessment: relations not sustainable without an agreement"),
            ("CONSULT", "talks", ("The United States", "USA", "GOV"), ("Canada", "CAN", "GOV"), None,
             "1986-06", "month", "last June", "asserted", None,
             "free trade talks held since last June (said in June 1987: June 1986); symmetric, first-named "
             "first"),
            ("STATEMENT", ("said", "both sides"), ("both sides", "USA", "GOV"), None, WA, "1987-06-18", "day", None,
             "asserted", None, "forecast that an agreement is likely ('have said' takes the DCT); U.S. side"),
            ("STATEMENT", ("said", "both sides"), ("both sides", "CAN", "GOV"), None, WA, "1987-06-18", "day", None,
             "asserted", None, "same forecast, Canadian side (compound actor split)"),
            ("STATEMENT", ("said", "tough bargaining"), (("Niskanen", "October 1"), "USA", "ORG"), None, WA,
             "1987-06-18", "day", None, "asserted", None, "conditional forecast of deteriorating ties"),
            ("STATEMENT", "noted", (("He", "Reagan to implement"), "USA", "ORG"), None, WA, "1987-06-18", "day", None, "asserted", None,
             "assessment (Canada seeking auto investment could strain free trade)"),
            ("STATEMENT", ("said", "Niskanen also"), (("Niskanen", "autos and parts"), "USA", "ORG"), None, WA,
             "1987-06-18", "day", None, "asserted", None, "assessment of Canadian economic nationalism"),
            ("STATEMENT", ("said", "worldwide"), (("he", "worldwide"), "USA", "ORG"), None, WA, "1987-06-18", "day",
             None, "asserted", None, "forecast of a pact's benefits"),
            ("STATEMENT", ("said", "gross national products"), (("Niskanen", "gross national products"), "USA",
                                                                 "ORG"), None, WA,
             "1987-06-18", "day", None, "asserted", None,
             "prescriptive talk about a pact's goals with no actor asked (convention 2: STATEMENT)"),
        ],
        "skip": [
            ("worsen", "content of the study's forecast"),
            ("reach", "hypothetical content of the forecast"),
            ("published", "attribution ('according to a study'); the groups' saying is coded on 'said' below"),
            ("removing", "content of the assessment"),
            ("agreement", "content of Niskanen's assessment (hypothetical agreement)"),
            ("totaled", "statistics"),
            ("end the few", "content (aim) of the talks"),
            ("put a deadline", "setting a negotiating deadline: no clear type (REQUEST/pressure arguable)"),
            (("talks", "put a deadline"), "anaphoric nominal mention of the talks"),
            (("agreement", "both sides"), "content of the forecast"),
            ("bargaining", "anaphoric nominal (the talks)"),
            (("reached", "if no pact"), "hypothetical content of the forecast"),
            ("deteriorate", "content of the forecast"),
            ("pressure", "content of the conditional forecast (Congress's pressure on Reagan, hypothetical)"),
            ("implement", "content of the forecast"),
            ("hit", "content of the forecast"),
            ("seeking", "domestic investment policy in the content of 'noted': no counterpart, no type"),
            ("restrict", "hypothetical content"),
            ("backed", "backing of a policy (the pact), not of an actor, in a background participle"),
            ("open", "content of the forecast"),
            ("widen", "content of the forecast"),
            ("end all tariffs", "content of prescriptive talk"),
            ("agree ways", "content of prescriptive talk"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Canadian", "NORP", "CAN"),
            ("Cato Institute", "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            ("Fraser Institute", "ORG", "CAN"),
            ("Vancouver", "GPE", "CAN"),
            (("Cato", "But"), "ORG", "USA"),
            ("William Niskanen", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            (("U.S.", "The U.S. put"), "GPE", "USA"),
            (("Niskanen", "October 1"), "PERSON", "USA"),
            ("Congressional", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Canadian", "hit some"), "NORP", "CAN"),
            (("Canada", "He noted"), "GPE", "CAN"),
            (("U.S.", "free trade in"), "GPE", "USA"),
            (("Canadian", "free trade in"), "NORP", "CAN"),
            (("Niskanen", "autos and parts"), "PERSON", "USA"),
            (("Canadian", "Niskanen also said"), "NORP", "CAN"),
            (("U.S.", "could restrict"), "GPE", "USA"),
            (("Canada", "could restrict"), "GPE", "CAN"),
            (("Reagan", "backed by"), "PERSON", "USA"),
            ("Brian Mulroney", "PERSON", "CAN"),
            (("Canada", "new markets for"), "GPE", "CAN"),
            (("Niskanen", "gross national products"), "PERSON", "USA"),
        ],
    },
    "reuters21578-10691": {
        "events": [
            ("AGREE", "signed", ("Ssangyong Construction Co Ltd", "KOR", "BUS"), (None, None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "signed a syndicated financing package with the (implied, multinational) lending banks; 'said' = "
             "attribution; 'has signed' with no time expression"),
            ("STATEMENT", ("said", "A Wardley spokesman"), ("A Wardley spokesman", "HKG", "BUS"), None, HK,
             "1987-03-30", "day", None, "asserted", None, "assessment of the loan's reception by banks"),
            ("STATEMENT", ("said", "indebtedness"), (("he", "indebtedness"), "HKG", "BUS"), None, HK,
             "1987-03-30", "day", None, "asserted", None,
             "the Korean Finance Ministry's approval (domestic administration, no type) and its reason"),
        ],
        "skip": [
            ("said", "rule-3 attribution verb (the signing is the event)"),
            ("fund", "purpose of the financing"),
            ("construction", "purpose of the financing (construction: no type)"),
            ("guaranteed", "parent's guarantee of its subsidiary's loan: corporate finance, same group"),
            ("lead managed", "syndication role: corporate finance"),
            ("received", "market reception of the loan by unnamed banks"),
            ("approved", "domestic regulatory approval of a loan to a Korean company: no type"),
            ("raise", "content of the statement"),
        ],
        "entities": [
            ("Ssangyong Construction Co Ltd", "ORG", "KOR"),
            ("South Korea", "GPE", "KOR"),
            ("U.S.", "GPE", "USA"),
            ("Jakarta", "GPE", "IDN"),
            ("Wardley Ltd", "ORG", "HKG"),
            ("Ssangyong\nCement Industrial Co Ltd", "ORG", "KOR"),
            ("Singapore", "GPE", "SGP"),
            ("Hongkong and Shanghai\nBanking Corp", "ORG", "HKG"),
            ("Arab Banking Corp", "ORG", "BHR"),
            ("Bank of Nova\nScotia", "ORG", "CAN"),
            ("Gulf International Bank", "ORG", "BHR"),
            ("Istituto Bancario San Paolo di\nTorino", "ORG", "ITA"),
            ("National Bank of Kuwait", "ORG", "KWT"),
            ("Standard Chartered Asia Ltd", "ORG", "GBR"),
            ("Sumitomo Finance (Asia) Ltd", "ORG", "JPN"),
            ("Australian\nEuropean Finance Corp Ltd", "ORG", "AUS"),
            ("Cho Heung Bank", "ORG", "KOR"),
            (("Wardley", "Cho Heung"), "ORG", "HKG"),
            (("Korean", "scarce"), "NORP", "KOR"),
            ("Korean Finance Ministry", "ORG", "KOR"),
            (("Korea", "outside"), "GPE", "KOR"),
        ],
    },
    "reuters21578-20089": {
        "events": [
            ("STATEMENT", "said", ("Gerhard\nStoltenberg", "DEU", "GOV"), None, BONN, "1987-10-20", "day", None,
             "asserted", None, "could not rule out central bank intervention (assessment; intervention is a "
             "monetary operation)"),
            ("STATEMENT", ("said", "news conference"), (("he", "defend currencies,"), "DEU", "GOV"), None, BONN,
             "1987-10-20", "day", None, "asserted", 0,
             "quoted restatement of the first sentence's paraphrase (convention 3: later mention)"),
            ("STATEMENT", "added", (("he", "However"), "DEU", "GOV"), None, BONN, "1987-10-20", "day", None,
             "asserted", None, "assessment: market forces prevail"),
        ],
        "skip": [
            ("rule out the possibility", "content of the statement"),
            ("intervention", "central bank intervention: monetary operation (hypothetical)"),
            ("Asked", "reporters' question"),
            ("intervene", "monetary operation (content of the question)"),
            (("rule out the use", "We cannot"), "content of the quote"),
            ("prevailed", "market forces: no actor"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Gerhard\nStoltenberg", "PERSON", "DEU"),
        ],
    },
    "reuters21578-19738": {
        "events": [
            ("AID", "approved", ("The World Bank", None, "IGO"), ("Mexico", "MEX", "GOV"), None, None, "unknown",
             None, "asserted", None,
             "two loans approved for Mexico (as own_blind's IMF 'approved a loan'); 'said' = attribution; "
             "no time expression"),
            ("AID", "receive", (None, None, "IGO"), ("Nacional Financiera", "MEX", "GOV"), None, None, "unknown",
             None, "planned", 0,
             "later mention: the state development bank NF, recipient of both loans, will receive 185 mln dlrs; "
             "'the bank said' = attribution"),
            ("AID", ("made", "20 mln dlr loan"), (("It", "It said a 20"), None, "IGO"), (None, "MEX", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the second of the two loans 'is being made'; 'said' = attribution"),
            ("STATEMENT", ("said", "The bank said the 73.8"), (("The bank", "The bank said the 73.8"), None, "IGO"),
             None, WA, "1987-06-29", "day", None, "asserted", None, "description of the extension project"),
        ],
        "skip": [
            ("said", "rule-3 attribution verb (the loan approval is the event)"),
            ("provide", "purpose of the loans"),
            ("assistance", "purpose of the loans"),
            ("finance", "purpose of the loans"),
            (("said", "medium-sized"), "rule-3 attribution verb (the receipt of the loan)"),
            (("said", "It said a 20"), "rule-3 attribution verb (the loan being made)"),
            (("help", "20 mln dlr loan"), "purpose of the loan"),
            ("support", "aim of the project, not verbal support of an actor"),
            ("threatened by", "economic conditions, not a threat by an actor"),
            ("liberalization", "background nominal (trade liberalization measures)"),
            ("examine", "content of the statement (project plans)"),
            ("finance training", "content of the statement (project plans)"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Mexico", "GPE", "MEX"),
            (("Mexico", "agricultural extension services"), "GPE", "MEX"),
            ("Nacional Financiera", "ORG", "MEX"),
            ("NF", "ORG", "MEX"),
            (("Mexico", "in 20 of"), "GPE", "MEX"),
        ],
    },
    "reuters21578-3876": {
        "events": [
            ("AGREE", "signed", ("The Bulgarian Foreign Trade Bank", "BGR", "BUS"),
             ("a group of Japanese banks", "JPN", "BUS"), None, None, "unknown", None, "asserted", None,
             "signed a syndicated Euroyen loan with Japanese banks; 'said' = attribution; 'has signed' with no "
             "time expression"),
            ("STATEMENT", ("said", "Japanese financial institutions"),
             (("Bank of\nTokyo", "Japanese financial institutions"), "JPN", "BUS"), None, LON,
             "1987-03-11", "day", None, "asserted", None, "the syndication's purpose (assessment)"),
        ],
        "skip": [
            ("said", "rule-3 attribution verb (the signing is the event)"),
            ("borrow in", "terms of the loan"),
            ("joined", "syndicate membership: detail of the loan (corporate finance)"),
            ("syndication", "anaphoric nominal (the loan's syndication)"),
            ("enhance", "purpose of the syndication"),
            ("trip", "metaphor: the borrower's market borrowing, not a visit"),
            ("rising", "terms of the loan"),
        ],
        "entities": [
            ("Bulgarian Foreign Trade Bank", "ORG", "BGR"),
            ("Japanese", "NORP", "JPN"),
            ("European", "NORP", None),
            ("Bank of Tokyo\nLtd", "ORG", "JPN"),
            ("Dai-Ichi Kangyo Bank Ltd", "ORG", "JPN"),
            (("Japanese", "nine"), "NORP", "JPN"),
            (("Foreign Trade Bank", "The syndication"), "ORG", "BGR"),
            (("Japanese", "relationship with"), "NORP", "JPN"),
            (("Bank of\nTokyo", "Japanese financial institutions"), "ORG", "JPN"),
            ("London", "GPE", "GBR"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind6a.jsonl")
