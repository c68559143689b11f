"""Build ``own_blind59a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind59a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2258 left); 24 drawn with random.Random(59101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
36 event records (35 first mentions, 1 later mention), 71 not_annotated spans, 68 entity mentions
(GPE 28, ORG 24, PERSON 12, NORP 4); no article without events; 9855 (Bank of England help) has a single
reporting-clause STATEMENT, 3479 (Daewoo loan) a single AGREE and no STATEMENT, 8613 (China harvest) has
STATEMENTs only. Types: STATEMENT 25, REQUEST 3, AGREE 3, ACCUSE 2, AID 1, CONSULT 1, SANCTION 1;
modality: asserted 31, planned 3, negated 2; precision: day 29, unknown 3, month 2, year 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong; before the first run one
entity anchor was corrected, "Japan" in "on Japan's economy", whose after-anchor pointed past it; no
duplicate or overlapping entity spans). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not tagged ("Japanese Finance Minister Kiichi
Miyazawa": NORP + PERSON; "U.S. Trade Representative Clayton Yeutter": GPE "U.S." + PERSON; "Sen. Pete
Domenici", "Prime Minister Yasuhiro Nakasone", "U.S. President Ronald Reagan": PERSON, plus GPE "U.S.");
bracketed company names are tagged without the brackets; the possessive 's is left out ("China's",
"Japan's", "Yugoslavia's"); places inside organisation names are not tagged separately ("Bank of
England", "Banque Nationale de Paris", "Bank of Tokyo Ltd", "Ministry of Electric Power"); "U.S." in
"U.S. Dlr" and "London" in "London interbank offered rate" are GPE mentions (6a); "Louvre" (a building,
the Louvre accord) is not tagged but "Washington" in "the Louvre and Washington Group of Seven (G-7)
agreements" is a GPE mention (54b's "Paris agreement"); currencies, products, laws, reports and agreements
are not entities; a capitalised "Bank" standing for a named bank is a mention of it.
Countries: China, Shanxi, Hebei, Henan, Shandong and "south China" (GPE "China") CHN, the State Council and
the Ministry of Electric Power ORG CHN, Hong Kong GPE HKG, Wen Hui Bao ORG HKG ("a Hong Kong newspaper",
41b's Ming Pao); the Bank of England / "Bank" ORG GBR; Japan GPE JPN, the Economic Planning Agency / EPA
ORG JPN; the World Bank / "Bank" ORG null, Yugoslavia, Ljubljana and the Republic of Slovenia GPE YUG
(the 1987 state's withdrawn code, as EVENTS.md), Ljubljanska Banka / LBL ORG YUG; Pete Domenici PERSON
USA, New Mexico GPE USA, "Republican" NORP USA; "Japanese" NORP JPN, Kiichi Miyazawa / "Miyazawa" and
Yasuhiro Nakasone PERSON JPN, Ronald Reagan PERSON USA, "U.S." and Washington GPE USA, Group of Seven /
G-7 ORG null; Daewoo Industrial Co Ltd ORG KOR, South Korea GPE KOR, Hong Kong GPE HKG, Daewoo Industrial
Co (H.K.) Ltd ORG KOR (a unit takes its group's country, 6a's Standard Chartered Asia; HKG arguable),
Banque Nationale de Paris ORG FRA, London GPE GBR, Arab Banking Corp ORG BHR (6a), Bank of Tokyo Ltd ORG
JPN, KEB (Asia) Finance Ltd ORG KOR (the Korea Exchange Bank's Hong Kong arm, its group's country; the
text gives no country, HKG or null arguable); the United States / "U.S." GPE USA, Japan GPE JPN,
"Japanese" NORP JPN, Clayton Yeutter / "Yeutter" PERSON USA, the House Agriculture Committee ORG USA,
"American" NORP USA.

Judgement calls made here:
* 8613 (China's harvest and the drought, DCT Tue 1987-03-24, PEKING): "China's summer grain harvest may
  be good ... because the State Council (cabinet) has spent one billion yuan on irrigation ..., a Hong
  Kong newspaper said" is a STATEMENT by the paper (HKG ORG, GUIDELINES' newspapers; its main proposition
  is an assessment, and the State Council's domestic spending has no type: skipped), DCT, PEKING; "Wen
  Hui Bao said the drought ... has eased" is a second STATEMENT (HKG ORG, DCT, PEKING). '"If the drought
  does not worsen, there is hope for a bumper harvest," it quoted experts of the Ministry of Electric Power
  as saying' is relayed speech: STATEMENT CHN GOV on "quoted" (experts of a named ministry, EVENTS.md 4's
  officials; 41b/44b), undated, location null ("saying" left unlisted, 41b). "They gave no figures" is a
  withheld STATEMENT by the same experts (negated), undated as part of the relayed remarks (DCT, as 41b's
  newspaper withholding, arguable). The drought's spread and easing and the harvest figures have no actor.
* 9855 (Bank of England, 226 mln stg, DCT Thu 1987-03-26, LONDON): "The Bank of England said it operated
  in the money market this afternoon" is one STATEMENT (GBR GOV, DCT; "this afternoon" governs the
  operation, the saying is wire style, 28b's 7027); the operation, the bill purchases, the total help and
  "the Bank's revised estimate" (an anaphoric nominal) are monetary operations (skipped).
* 17050 (EPA monthly report, published Thu 1987-04-23 21:40, dateline TOKYO, April 24): the DCT is
  published_at's date, 1987-04-23 (own_dev's 16079), so "last month" = 1987-03. "Japan should look out for
  possible effects of the yen's recent sharp rise ..., the government's Economic Planning Agency said in a
  monthly report submitted to cabinet ministers" is REQUEST JPN GOV -> Japan (JPN GOV): prescriptive talk
  telling an identified actor it should act (EVENTS.md 2; an agency's recommendation to its own government,
  19-21's advisory body; STATEMENT arguable), DCT, TOKYO; "submitted" is part of the reporting clause.
  "The government must take adequate economic measures to expand domestic demand and stabilise exchange
  rates ..., the report said" is a second REQUEST toward the government (the EPA's report, a report by a
  named author, 55a's 5972), DCT. "EPA officials told reporters ..." is a STATEMENT (officials of a named
  body), as are "The report made a special reference to the yen's renewed rise ..., the officials said"
  (the reference is the content: the report is already recorded) and the participle "adding the agency's
  judgement ... has not changed since last month" (a second clause, EVENTS.md 3), all DCT, TOKYO. "The EPA
  said last month Japan's economy is beginning to show signs of bottoming out" is a STATEMENT dated
  1987-03 ("last month" governs "said"), location null. Export figures and the dollar's fall are
  statistics and market movement.
* 13213 (World Bank loan to LBL, DCT Fri 1987-04-03, WASHINGTON): "The World Bank said it approved a 90
  mln dlr loan to Yugoslavia's third largest bank" is AID null IGO -> the bank (YUG BUS, the span
  "Yugoslavia's third largest bank"; 24a/56a's World Bank loans), undated (no time expression, rule 17),
  "said" rule-3 attribution. The four following reporting clauses ("It said the loan consists of a credit
  line to Ljubljanska Banka", "the Bank said" twice, "It said 600,000 dlrs of the loan will cover ...")
  are STATEMENTs (null IGO, DCT, WASHINGTON; 56a: the loan's form, uses and beneficiaries are content; a
  later AID mention on "credit line" arguable); the loan's purposes (support, promoting, substituting,
  finance, improve, reduce, easing, strengthen, benefit, cover) are skipped.
* 6264 (Domenici on the energy report, DCT Tue 1987-03-17, WASHINGTON): "Sen. Pete Domenici ... said the
  administration's energy security report was based on flawed economic assumptions" is ACCUSE USA GOV
  (a legislator) -> the administration (USA GOV), criticism of its report (54a's criticism of Interior's
  report; STATEMENT as a criticism of a concept arguable), DCT, WASHINGTON; "The New Mexico Republican
  said the report did not take into account ... the drop in domestic oil production" is a second ACCUSE
  (each reporting clause a record, EVENTS.md 3) toward the implied administration (USA GOV, text null,
  EVENTS.md 14: the clause names the target's report). "The report said a decline in economic growth ...
  would reduce tax revenues" is a STATEMENT by the administration's report (a report by an identifiable
  author, 55a's 5972; a document "saying" arguable), wire style: DCT (undated as an earlier document
  arguable), WASHINGTON; "its statement that an oil fee would raise prices" is the anaphoric content of
  the criticism (skipped). '"A five dlr (per barrel) oil import fee will provide the stimulus ..." and
  raise revenues, he said' is a STATEMENT (advocacy of his own legislation, no actor asked), DCT.
* 17270 (Miyazawa on policy coordination, DCT Mon 1987-04-27, OSAKA): Miyazawa's "told a press
  conference", "He said that is a time-consuming process", '"That is democracy," he said', "Upon that
  foundation, Miyazawa said, there must be coordinated intervention" (no actor asked, EVENTS.md 2),
  "he added" (major nations have the funds), '"... will continue to operate," Miyazawa said' and "He
  reiterated that many major nations have undertaken coordinated intervention" are seven STATEMENTs (JPN
  GOV, DCT, OSAKA; each reporting clause a record; intervention is a monetary operation, skipped).
  "Miyazawa said ... Nakasone and U.S. President Ronald Reagan are likely to reaffirm the Louvre and
  Washington Group of Seven (G-7) agreements ... when they meet later this week" gives CONSULT JPN GOV ->
  USA GOV on "meet" and AGREE JPN -> USA on "reaffirm" (confirming an earlier commitment is AGREE, sets
  4-7; the first-named party first), both planned, "said" rule-3 attribution; "later this week" from Mon
  27 April = 28 April - 3 May, two months: year precision, 1987 (18b's "Earlier this week"); the
  reaffirmation lies inside the meeting (rule 3). "Asked whether the dollar is declining ..., Miyazawa
  declined to make any comments" is a withheld STATEMENT (negated, trigger "comments", "declined"
  unlisted; the question skipped), DCT.
* 3479 (Daewoo loan, DCT Wed 1987-03-11, HONG KONG): "Daewoo Industrial Co Ltd of South Korea will sign a
  45 mln U.S. Dlr loan tomorrow through its Hong Kong unit, lead manager Banque Nationale de Paris said"
  is AGREE on "sign" with the borrower first (KOR BUS) and the lenders implied second (a syndicate of
  French, Bahraini, Japanese and Korean lead managers and 24 managers: multinational, null BUS; 6a/19b's
  signed syndicated loans), planned, 1987-03-12 ("tomorrow"), location null; the lead manager's "said" is
  rule-3 attribution. The loan's terms, borrowing name and use (refinancing) are corporate finance.
* 11461 (Yeutter: no trade war, DCT Tue 1987-03-31, WASHINGTON): "The United States and Japan are not
  involved in a trade war ..., U.S. Trade Representative Clayton Yeutter said" is a STATEMENT (USA GOV,
  an assessment; REJECT arguable), DCT, WASHINGTON; the quote '"In my judgement, we're not even close to a
  trade war," Yeutter told a House Agriculture Committee hearing' is its later mention (a quoted
  restatement, EVENTS.md 3). "despite U.S. sanctions announced last week against Japanese semiconductors"
  is SANCTION USA GOV -> JPN (anchored at "Japanese"; a nominal with its own predication and date,
  EVENTS.md 11), 1987-03 ("last week" = 23-29 March, one month, EVENTS.md 21), "announced" skipped as
  attribution (own_dev's tariffs). "Yeutter said if Japan takes action to honor its agreement ..., 'Then
  the retaliatory response will last a relatively short period'" is AGREE USA -> JPN (a conditional promise
  toward the party whose compliance is awaited, GUIDELINES.md; asserted), DCT; "Yeutter said Japan must
  stop dumping chips in third countries and buy more American computer chips" is REQUEST USA -> JPN, DCT.
  The trade war (negated, no actor), the agreement (background nominal), the retaliatory response
  (anaphoric to the sanctions), dumping and buying (content) are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind59a.jsonl"

PEK = ("PEKING", "CHN")
LON = ("LONDON", "GBR")
TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
OSA = ("OSAKA", "JPN")

HKG_ORG = "HKG", "ORG"
CHN_GOV = "CHN", "GOV"
GBR_GOV = "GBR", "GOV"
JPN_GOV = "JPN", "GOV"
USA_GOV = "USA", "GOV"
IGO = None, "IGO"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-8613": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Hong Kong newspaper"), ("a Hong Kong newspaper",) + HKG_ORG, None, PEK,
             "1987-03-24", "day", None, "asserted", None,
             "the harvest may be good despite the drought because the State Council has spent on irrigation (an "
             "assessment; the domestic spending has no type); a newspaper is an identifiable speaker; DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "Wen Hui Bao said"), ("Wen Hui Bao",) + HKG_ORG, None, PEK,
             "1987-03-24", "day", None, "asserted", None,
             "the drought has eased with rains and new irrigation (description); DCT"),
            # 2
            ("STATEMENT", "quoted", ("experts of the Ministry of Electric Power",) + CHN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "'it quoted experts of the Ministry ... as saying' hope for a bumper harvest: relayed speech by "
             "officials of a named ministry (41b/44b), undated; 'saying' left unlisted"),
            # 3
            ("STATEMENT", "gave", ("They",) + CHN_GOV, None, None,
             None, "unknown", None, "negated", None,
             "'They gave no figures': withheld statement (EVENTS.md 5) by the quoted experts, inside the relayed "
             "remarks: undated (DCT arguable)"),
        ],
        "skip": [
            ("spent", "domestic spending on irrigation (no type), content of the statement"),
            ("affected", "weather (no actor)"),
            ("eased", "weather (no actor)"),
            ("come into use", "content (new irrigation projects, no actor)"),
            ("worsen", "condition (weather)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("State Council", "ORG", "CHN"),
            ("Hong Kong", "GPE", "HKG"),
            ("Wen Hui Bao", "ORG", "HKG"),
            ("Shanxi", "GPE", "CHN"),
            ("Hebei", "GPE", "CHN"),
            ("Henan", "GPE", "CHN"),
            ("Shandong", "GPE", "CHN"),
            (("China", "in south"), "GPE", "CHN"),
            ("Ministry of Electric Power", "ORG", "CHN"),
        ],
    },
    "reuters21578-9855": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Bank of England",) + GBR_GOV, None, LON,
             "1987-03-26", "day", None, "asserted", None,
             "the afternoon operation is a monetary operation (28b's 7027, 31b's 8247): the reporting clause is a "
             "STATEMENT; 'this afternoon' governs the operation, the saying is wire style: DCT"),
        ],
        "skip": [
            ("operated", "money-market operation (monetary operation)"),
            ("buying", "bill purchases (monetary operation)"),
            ("bought", "bill purchases (monetary operation)"),
            ("help", "the Bank's total help (monetary operation)"),
            ("revised estimate", "anaphoric nominal (the Bank's earlier shortage forecast)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "compares with the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-17050": {
        "events": [
            # 0
            ("REQUEST", ("said", "Planning Agency"), ("the government's Economic Planning Agency",) + JPN_GOV,
             ("Japan",) + JPN_GOV, TOK,
             "1987-04-23", "day", None, "asserted", None,
             "'Japan should look out for possible effects of the yen's rise' in a monthly report to cabinet "
             "ministers: an agency's prescriptive call on its own government (EVENTS.md 2; STATEMENT arguable); "
             "DCT = published_at's date (dateline April 24), dateline city"),
            # 1
            ("STATEMENT", "told", ("EPA officials",) + JPN_GOV, None, TOK,
             "1987-04-23", "day", None, "asserted", None,
             "the economy's underlying trend is firm but growth slow (assessment); DCT"),
            # 2
            ("REQUEST", ("said", "the report said"), (("the report", "sustained econonic growth,"),) + JPN_GOV,
             (("The government", "The government must"),) + JPN_GOV, TOK,
             "1987-04-23", "day", None, "asserted", None,
             "the government must take measures to expand demand and stabilise exchange rates (the EPA's report, "
             "a report by a named author, 55a's 5972); DCT"),
            # 3
            ("STATEMENT", ("said", "the officials said"), ("the officials",) + JPN_GOV, None, TOK,
             "1987-04-23", "day", None, "asserted", None,
             "the report made a special reference to the yen's renewed rise (the reference is content: the report "
             "is already recorded); DCT"),
            # 4
            ("STATEMENT", "adding", ("the officials",) + JPN_GOV, None, TOK,
             "1987-04-23", "day", None, "asserted", None,
             "the agency's judgement unchanged since last month (a second clause, EVENTS.md 3); DCT ('last month' "
             "bounds the judgement, not the adding)"),
            # 5
            ("STATEMENT", ("said", "The EPA said"), ("The EPA",) + JPN_GOV, None, None,
             "1987-03", "month", "last month", "asserted", None,
             "the EPA said last month the economy was bottoming out (1987-03 from DCT 1987-04-23); location not "
             "given"),
        ],
        "skip": [
            ("look out", "content of the request"),
            ("submitted", "part of the reporting clause (the report's submission to cabinet ministers)"),
            (("fell", "Customs-cleared"), "statistics"),
            (("fall", "2.8 pct"), "statistics"),
            (("take", "must"), "content of the request"),
            ("expand", "content of the request"),
            ("stabilise", "content of the request"),
            ("made a special reference", "content of the officials' statement (the report already recorded)"),
            (("changed", "has not"), "content of the statement (stative)"),
            ("bottoming out", "content of the statement"),
            (("fell", "The dollar"), "market-price movement"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            (("Japan", "rise on"), "GPE", "JPN"),
            ("Economic Planning Agency", "ORG", "JPN"),
            ("EPA", "ORG", "JPN"),
            (("EPA", "The EPA said"), "ORG", "JPN"),
            (("Japan", "said last month"), "GPE", "JPN"),
        ],
    },
    "reuters21578-13213": {
        "events": [
            # 0
            ("AID", "approved", ("The World Bank",) + IGO, ("Yugoslavia's third largest bank", "YUG", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "approved a 90 mln dlr loan to Yugoslavia's third largest bank (credit = AID, EVENTS.md 8; 24a/56a's "
             "World Bank loans); no time expression: undated; 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "It said the loan consists"), (("It", "It said the loan consists"),) + IGO, None,
             WAS, "1987-04-03", "day", None, "asserted", None,
             "the loan is a credit line to Ljubljanska Banka for an energy project (the loan's form and purpose: "
             "content; a later AID mention arguable); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "capability of LBL"), (("the Bank", "capability of LBL"),) + IGO, None, WAS,
             "1987-04-03", "day", None, "asserted", None,
             "the loan will also support energy audit capability and strengthen LBL (purposes); DCT"),
            # 3
            ("STATEMENT", ("said", "The Bank said the project"), (("The Bank", "The Bank said the project"),) + IGO,
             None, WAS, "1987-04-03", "day", None, "asserted", None,
             "the project will benefit small and medium-sized industries in Slovenia (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "It said 600,000"), (("It", "It said 600,000"),) + IGO, None, WAS,
             "1987-04-03", "day", None, "asserted", None,
             "600,000 dlrs of the loan will cover consultancy costs (the loan's use); DCT"),
        ],
        "skip": [
            (("said", "The World Bank"), "rule-3 attribution (the loan approval is the event)"),
            (("support", "bank to"), "purpose of the loan"),
            ("promoting", "purpose of the loan"),
            ("substituting", "purpose of the loan"),
            ("consists", "stative (the loan's form)"),
            ("credit line", "the loan itself (content; a later AID mention arguable)"),
            (("finance", "LBL), to"), "purpose of the credit line"),
            ("improve", "expected effect (content)"),
            ("reduce", "expected effect (content)"),
            ("easing", "expected effect (content)"),
            (("support", "will also"), "purpose of the loan (content)"),
            ("strengthen", "purpose of the loan (content)"),
            ("benefit", "content of the statement"),
            ("cover", "content of the statement (the loan's use)"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Yugoslavia", "GPE", "YUG"),
            ("Ljubljanska Banka", "ORG", "YUG"),
            (("Ljubljana", "Banka,"), "GPE", "YUG"),
            ("LBL", "ORG", "YUG"),
            (("LBL", "capability of"), "ORG", "YUG"),
            (("Bank", "capability of LBL, the"), "ORG", None),
            (("Bank", "The Bank said the project"), "ORG", None),
            (("Yugoslavia", "primarily in"), "GPE", "YUG"),
            ("Republic of\nSlovenia", "GPE", "YUG"),
        ],
    },
    "reuters21578-6264": {
        "events": [
            # 0
            ("ACCUSE", "said", ("Pete Domenici",) + USA_GOV, ("administration",) + USA_GOV, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "the administration's energy security report was based on flawed assumptions (criticism of the "
             "administration's report, 54a's Interior report; STATEMENT arguable); DCT, dateline city"),
            # 1
            ("ACCUSE", ("said", "New Mexico Republican"), ("The New Mexico Republican",) + USA_GOV,
             (None,) + USA_GOV, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "the report did not take into account the drop in domestic oil output (criticism; each reporting "
             "clause a record; target the implied administration, EVENTS.md 14); DCT"),
            # 2
            ("STATEMENT", ("said", "The report said"), (("The report", "The report said"),) + USA_GOV, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "the administration's report: lower growth from the fee would reduce tax revenues (a report by an "
             "identifiable author, 55a's 5972; a document 'saying' or undated arguable); wire style: DCT"),
            # 3
            ("STATEMENT", ("said", "revenues, he"), (("he", "revenues, he"),) + USA_GOV, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "an oil import fee will provide stimulus and raise revenues (advocacy of his own legislation, no "
             "actor asked); DCT"),
        ],
        "skip": [
            (("set", "legislation to"), "background (the legislation's content)"),
            ("based", "content of the criticism"),
            ("take into\naccount", "content of the criticism"),
            ("drop", "statistics (content)"),
            ("statement", "anaphoric nominal (the report's statement, content of the criticism)"),
            (("raise", "fee would"), "content of the report's statement"),
            ("reduce", "content of the report"),
            ("provide", "content of the statement"),
            ("create", "content of the statement"),
            (("raise", "investment,"), "content of the statement"),
        ],
        "entities": [
            ("Pete Domenici", "PERSON", "USA"),
            ("New Mexico", "GPE", "USA"),
            ("Republican", "NORP", "USA"),
        ],
    },
    "reuters21578-17270": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Kiichi Miyazawa",) + JPN_GOV, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "the basic solution to currency instability is policy coordination (assessment); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "He said that"), (("He", "He said that"),) + JPN_GOV, None, OSA,
             "1987-04-27", "day", None, "asserted", None, "coordination is time-consuming (assessment); DCT"),
            # 2
            ("STATEMENT", ("said", "democracy,\" he"), (("he", "democracy,\""),) + JPN_GOV, None, OSA,
             "1987-04-27", "day", None, "asserted", None, "'That is democracy' (each reporting clause a record); DCT"),
            # 3
            ("STATEMENT", ("said", "Upon that foundation, Miyazawa"), (("Miyazawa", "Upon that foundation,"),) + JPN_GOV,
             None, OSA, "1987-04-27", "day", None, "asserted", None,
             "there must be coordinated intervention (no actor asked, EVENTS.md 2; intervention is monetary); DCT"),
            # 4
            ("STATEMENT", "added", (("he", "concerted intervention,"),) + JPN_GOV, None, OSA,
             "1987-04-27", "day", None, "asserted", None, "major nations have the funds to continue intervention; DCT"),
            # 5
            ("STATEMENT", ("said", "operate,\" Miyazawa"), (("Miyazawa", "operate,\""),) + JPN_GOV, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "coordinated intervention will continue to operate (assessment); DCT"),
            # 6
            ("CONSULT", ("meet", "when they"), ("Yasuhiro Nakasone",) + JPN_GOV, ("Ronald Reagan",) + USA_GOV, None,
             "1987", "year", "later this week", "planned", None,
             "Nakasone and Reagan will meet later this week (first-named party first; 'later this week' from Mon "
             "27 April = 28 April - 3 May, two months: year, 18b); 'Miyazawa said' rule-3 attribution"),
            # 7
            ("AGREE", "reaffirm", ("Yasuhiro Nakasone",) + JPN_GOV, ("Ronald Reagan",) + USA_GOV, None,
             "1987", "year", "later this week", "planned", None,
             "are likely to reaffirm the Louvre and Washington G-7 agreements (confirming a commitment = AGREE); "
             "placed inside the meeting (rule 3): 'later this week', year"),
            # 8
            ("STATEMENT", "comments", (("Miyazawa", "not only the yen,"),) + JPN_GOV, None, OSA,
             "1987-04-27", "day", None, "negated", None,
             "declined to make any comments on the dollar: withheld statement (EVENTS.md 5; 'declined' unlisted); "
             "DCT"),
            # 9
            ("STATEMENT", "reiterated", (("He", "He reiterated"),) + JPN_GOV, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "many nations have undertaken coordinated intervention (monetary operations: content); DCT"),
        ],
        "skip": [
            ("proceed", "content of the statement"),
            ("envisage", "content of the statement"),
            (("intervention", "there must be coordinated"), "monetary operation (content)"),
            (("continue", "funds to"), "monetary operation (content)"),
            (("continue", "will"), "content of the statement"),
            (("said", "Miyazawa said Prime"), "rule-3 attribution (the meeting and the reaffirmation are the events)"),
            ("agreements", "background nominal (the Louvre and Washington G-7 accords)"),
            ("Asked", "question"),
            ("declining", "market-price movement (content of the question)"),
            ("undertaken", "currency intervention (monetary operation)"),
            ("prop up", "purpose of the intervention"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            (("Miyazawa", "Upon that foundation,"), "PERSON", "JPN"),
            (("Miyazawa", "operate,\""), "PERSON", "JPN"),
            (("Miyazawa", "Miyazawa said Prime"), "PERSON", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("U.S.", "Nakasone and"), "GPE", "USA"),
            ("Ronald Reagan", "PERSON", "USA"),
            (("Washington", "Louvre and"), "GPE", "USA"),
            ("Group of Seven", "ORG", None),
            ("G-7", "ORG", None),
            (("Miyazawa", "not only the yen,"), "PERSON", "JPN"),
            (("G-7", "members of the"), "ORG", None),
        ],
    },
    "reuters21578-3479": {
        "events": [
            # 0
            ("AGREE", "sign", ("Daewoo Industrial Co Ltd",) + ("KOR", "BUS"), (None, None, "BUS"), None,
             "1987-03-12", "day", "tomorrow", "planned", None,
             "will sign a 45 mln dlr loan tomorrow (signing a syndicated loan = AGREE, borrower first, 6a/19b; "
             "the lenders implied: a multinational syndicate, null); 'said' by the lead manager is rule-3 "
             "attribution"),
        ],
        "skip": [
            (("said", "Banque Nationale de Paris"), "rule-3 attribution (the signing is the event)"),
            ("carry", "loan terms (corporate finance)"),
            ("borrowed", "loan terms: the borrowing name (corporate finance)"),
            ("used", "use of the loan (corporate finance)"),
            ("repayment", "refinancing of other borrowings (corporate finance)"),
        ],
        "entities": [
            ("Daewoo Industrial Co Ltd", "ORG", "KOR"),
            ("South\nKorea", "GPE", "KOR"),
            ("U.S.", "GPE", "USA"),
            ("Hong Kong", "GPE", "HKG"),
            ("Banque Nationale de Paris", "ORG", "FRA"),
            ("London", "GPE", "GBR"),
            ("Daewoo Industrial Co (H.K.) Ltd", "ORG", "KOR"),
            ("Arab Banking Corp", "ORG", "BHR"),
            ("Bank of\nTokyo Ltd", "ORG", "JPN"),
            ("KEB (Asia) Finance Ltd", "ORG", "KOR"),
        ],
    },
    "reuters21578-11461": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Clayton Yeutter"), ("Clayton Yeutter",) + USA_GOV, None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "the U.S. and Japan are not in a trade war (assessment; REJECT arguable); DCT, dateline city"),
            # 1
            ("SANCTION", "sanctions", (("U.S.", "despite"),) + USA_GOV, ("Japanese",) + JPN_GOV, None,
             "1987-03", "month", "last\nweek", "asserted", None,
             "U.S. sanctions announced last week against Japanese semiconductors (a nominal with its own "
             "predication and date, EVENTS.md 11); 'last week' = 23-29 March: month (EVENTS.md 21); 'announced' "
             "attribution"),
            # 2
            ("STATEMENT", "told", (("Yeutter", "judgement"),) + USA_GOV, None, WAS,
             "1987-03-31", "day", None, "asserted", 0,
             "later mention: the quoted restatement 'we're not even close to a trade war' to a House committee "
             "hearing (EVENTS.md 3)"),
            # 3
            ("AGREE", ("said", "Yeutter said if"), (("Yeutter", "Yeutter said if"),) + USA_GOV,
             (("Japan", "Yeutter said if"),) + JPN_GOV, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "if Japan honours the semiconductor agreement the retaliation will be short: a conditional promise "
             "toward the party whose compliance is awaited (GUIDELINES.md; asserted); DCT"),
            # 4
            ("REQUEST", ("said", "Yeutter said Japan"), (("Yeutter", "Yeutter said Japan"),) + USA_GOV,
             (("Japan", "Yeutter said Japan"),) + JPN_GOV, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "Japan must stop dumping chips and buy more American chips (demand); DCT"),
        ],
        "skip": [
            (("trade war", "involved in a"), "negated state with no actor (content of the statement)"),
            ("announced", "attribution of the sanctions (own_dev's tariffs)"),
            (("trade war", "close to a"), "content of the statement"),
            ("takes action", "condition (content of the promise)"),
            ("honor", "condition (content of the promise)"),
            ("agreement", "background nominal (the semiconductor agreement)"),
            ("retaliatory response", "anaphoric nominal (the sanctions)"),
            (("last", "response will"), "content of the promise"),
            ("dumping", "content of the request"),
            (("buy", "and"), "content of the request"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            (("U.S.", "despite"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "semiconductors,"), "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("Yeutter", "judgement"), "PERSON", "USA"),
            ("House Agriculture Committee", "ORG", "USA"),
            (("Yeutter", "Yeutter said if"), "PERSON", "USA"),
            (("Japan", "Yeutter said if"), "GPE", "JPN"),
            (("U.S.", "agreement"), "GPE", "USA"),
            (("Yeutter", "Yeutter said Japan"), "PERSON", "USA"),
            (("Japan", "Yeutter said Japan"), "GPE", "JPN"),
            ("American", "NORP", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
