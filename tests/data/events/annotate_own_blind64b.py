"""Build ``own_blind64b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind64b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2178 left); 24 drawn with random.Random(64101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
60 event records (55 first mentions, 5 later mentions), 103 not_annotated spans, 109 entity mentions
(GPE 54, ORG 35, PERSON 15, NORP 5); one article without events (9398: anonymous traders' talk and market
activity only); 17085 (Basle study) and 12325 (USDA on New Zealand wheat) have reporting-clause STATEMENTs
only.
Types: STATEMENT 34, REJECT 8, AGREE 5, CONSULT 5, REQUEST 3, COOPERATE 2, ACCUSE 1, AID 1, SUPPORT 1;
modality: asserted 55, negated 2, planned 2, hypothetical 1; precision: day 44, unknown 13, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Treasury Secretary James Baker", "Italy's Foreign Trade Minister
Mario Sarcinelli": GPE "Italy" + PERSON); a government body with its country word is one ORG span ("U.S.
Treasury", "U.S. Agriculture Department"); "House appropriations subcommittee" is one ORG span (earlier
sets' "House Appropriations subcommittee"); "Sen. Bill Bradley (D-N.J.)" gives PERSON "Bill Bradley" and GPE
"N.J." (14b's "Vt"); company names are tagged with their legal form and without angle brackets, tickers
("<KLM.AS>") are not entities; the possessive 's is left out ("Brazil's", "Italy's", "KLM's", "Air
Atlanta's"); "Paris" in "the Paris agreement/accord" is GPE FRA (earlier sets); "Venice Summit" gives GPE
"Venice" only; "Basle University's Institute of Applied Economics" is two ORG spans (the possessive splits
them); "KLM Royal Dutch Airlines", "New Zealand Wheat Board" and "Bank of Italy" are single ORG spans (no
nested NORP/GPE); products, currencies, LIBOR, reports' titles and the Paris accord are not entities.
Countries: "U.S." / "United States" (also the lower-case "united states") GPE USA, the U.S. Treasury ORG USA,
IMF, World Bank, Group of Five and Group of Seven ORG null, West Germany GPE DEU, Japan GPE JPN, Venice GPE
ITA, Paris GPE FRA; James Baker / "Baker" and Bill Bradley PERSON USA, Brazil BRA, Mexico MEX, Venezuela
VEN, Chile CHL, the Philippines PHL, Argentina ARG (GPE); "Swiss" NORP CHE, Basle University and the
Institute of Applied Economics ORG CHE; China and Peking GPE CHN, "Chinese" NORP CHN, New York GPE USA; KLM
Royal Dutch Airlines / "KLM" ORG NLD, "Dutch" NORP NLD, Amsterdam GPE NLD, Air Atlanta Inc / "Air Atlanta"
ORG USA ("U.S. regional carrier"), Atlanta and "Ga" GPE USA, the Wall Street Journal ORG USA, Reuters ORG
GBR (earlier sets); Italy GPE ITA, "Italian" NORP ITA, Mario Sarcinelli / "Sarcinelli" PERSON ITA, La
Repubblica and the Bank of Italy ORG ITA; Cascade Importers Inc ORG USA (its bracketed name carries "USA",
tagged GPE USA as a country mention; part of the name arguable), Cascade International Europa GmbH ORG DEU
("of West Germany") and the later "Cascade" mentions ORG DEU (they continue the unit's story: it acquired
the rights and was granted the option; the U.S. parent arguable), Bernard Tapie Group ORG FRA ("in
Paris"), "Madam Gre" and "Gres" PERSON FRA (the couturier whose name the products carry; a brand reading,
not an entity, arguable), France GPE FRA; New Zealand GPE NZL, the New Zealand Wheat Board ORG NZL,
Australia GPE AUS, the U.S. Agriculture Department ORG USA.

Judgement calls made here:
* 14220 (U.S. Treasury official's briefing before the IMF/World Bank meetings, DCT Tue 1987-04-07,
  WASHINGTON): "a senior U.S. Treasury official" is an official of a named government (USA GOV).
  "Leading industrial nations will be reviewing the Paris agreement" is CONSULT planned among the nations
  (a group: null GOV, actor2 null, as own_blind3's Paris accord), placed at "this meeting", i.e. this
  week's IMF and World Bank meetings (rule 3; a week kept at its month, EVENTS.md 21: 1987-04); the
  quoted "will be reviewed at this meeting" is its later mention (agent implied). The lead's "said" is a
  STATEMENT (the U.S. view that the accord has been successful: an assessment of an agreement, not of an
  actor, EVENTS.md 6), and the quoted '"...," a senior U.S. Treasury official told reporters' its later
  mention (EVENTS.md 3). "he also said the U.S. was looking to West Germany and Japan to bolster their
  economic growth" is REQUEST USA GOV -> DEU and -> JPN (two records, EVENTS.md 12; the title's "urges"),
  on "said" (the saying is the act), DCT. "both surplus countries ... and deficit countries ... agreed to
  play a role in bringing about more balanced economic growth" is AGREE between two groups (null GOV both),
  undated (no time expression; the Paris accord of February implied), "said" rule-3 attribution. "He
  reaffirmed the U.S. would press ahead with efforts to reduce its budget deficit, resist protectionism and
  boost U.S. competitiveness" is AGREE USA GOV, actor2 null (a reaffirmed commitment, sets 4-7's "confirmed
  an earlier commitment"; STATEMENT arguable), DCT. "made no direct comment on the content or schedule of
  forthcoming Group of Five and Group of Seven discussions" is a withheld STATEMENT (negated); the G5/G7
  "discussions" are inside the withheld comment (skipped; CONSULT null planned arguable), as are this
  week's IMF and World Bank "meetings" (an IGO's meetings, background nominal). The remaining five
  reporting clauses (trade issues in the discussions, imbalances a threat, the meetings an opportunity,
  indicators, the issue reported to the Venice Summit) are STATEMENTs, DCT, WASHINGTON. "Asked whether the
  U.S. was proposing a new initiative" is a question (skipped); "Monetary sources said" is anonymous.
* 12070 (Baker on Brazil and debt, DCT Wed 1987-04-01, WASHINGTON): the lead "said" (Brazil not in
  crisis; hoped it would resolve its differences with the banks) is a STATEMENT (a hope, no actor asked in
  so many words; REQUEST USA -> BRA arguable). 'Baker told a questioner, "I disagree with your crisis
  characterization"' is REJECT USA GOV -> the questioner (a member of the House subcommittee: USA GOV),
  on "disagree" (denying a characterization), DCT. "the U.S. Treasury regretted Brazil's interest payment
  moratorium" is ACCUSE USA GOV -> BRA GOV (disapproval of Brazil's action, voiced today: DCT; the
  moratorium itself has no type, EVENTS.md 10), and the same "He said" clause's hope ("We hope and believe
  they'll resolve this") a STATEMENT on "said". "Baker said the financial community ... believes it
  imperative that Brazil come up with a comprehensive program" is REQUEST USA GOV -> BRA GOV on "said"
  (EVENTS.md 2: "Brazil should come up with a new plan"), DCT. "he cited Mexico in particular" (as a
  debtor making good progress) is SUPPORT USA -> MEX (praise; STATEMENT arguable), DCT. "He pointed out
  that Venezuela, Chile and the Philippines have all reached agreement with commercial banks on debt
  rescheduling" is AGREE split into three records (VEN, CHL, PHL GOV -> the commercial banks, null BUS),
  undated (present perfect, rule 17), "pointed out" rule-3 attribution; "Argentina was in the midst of
  negotiations" is CONSULT ARG GOV -> the implied commercial banks (null BUS), undated (a progressive with
  no time expression, as 1076's/9527's "is negotiating"). "he rejected calls for 'overnight solutions'" and
  "he rejected calls for debt forgiveness" are two REJECTs USA GOV with actor2 null (the callers unnamed),
  DCT; the parenthetical "which, he said, would cut debtor nations off" gives the reason of the same
  rejection (skipped; STATEMENT arguable). Bradley "was urging debt relief" sits in a concessive clause of
  Baker's remark (background, skipped; REQUEST USA undated arguable). The other reporting clauses (the
  improved situation, lower rates, debtors' progress, no chance without growth, the initiative depending
  on growth, Bradley basing his plan on growth, better terms, points over LIBOR) are STATEMENTs, DCT,
  WASHINGTON (EVENTS.md 3: each reporting clause a record).
* 17085 (Basle study on Swiss growth, DCT Fri 1987-04-24, BASLE): the study is by a named group (the
  Basle University institute: CHE ORG), a report by a named author (EVENTS.md 4). The lead's "according
  to a study by a group at ..." is a STATEMENT on "study", relayed ("according to", sets 4-7): undated;
  "It blamed the expected slowdown ... on a disappointing outlook for exports" (blame on a condition, not
  an actor: STATEMENT, not ACCUSE), "the group predicted" and "The study said" are STATEMENTs, DCT, BASLE.
  The passive "is expected", "were seen" and the bare forecasts have no agent (skipped or not events).
* 9398 (China expected to buy sugar, DCT Wed 1987-03-25, NEW YORK): no event. Every speaker is anonymous
  ("Trade house sources", "one trader", "the consensus", "speculation"); China's purchases are their
  expectation; the price drop and the speculators' liquidation are market activity.
* 8359 (KLM and Air Atlanta, DCT Mon 1987-03-23, AMSTERDAM): "KLM ... is discussing marketing cooperation
  with U.S. regional carrier Air Atlanta Inc" is CONSULT NLD BUS -> USA BUS, undated (present progressive,
  no time expression, as 9527's "is negotiating"); "KLM and Air Atlanta had been talking 'for some time,'
  he said" is its later mention ("for some time" a duration; "said" rule-3 attribution). "but it is not
  seeking to take a stake in the airline, a KLM spokesman said" is REJECT NLD BUS -> Air Atlanta (USA BUS;
  a denial of the Wall Street Journal's report that Air Atlanta could sell a stake to KLM, the title's
  point), on "seeking" (the lead's "said" is the same act and not listed), DCT, AMSTERDAM; the quoted
  '"We're not considering taking ... a stake in Air Atlanta ...," the spokesman told Reuters' is its later
  mention on "told" (EVENTS.md 3; "taking" skipped as its content). "but we are thinking
  of providing them with a loan" is AID NLD BUS -> Air Atlanta (USA BUS), hypothetical (merely considered),
  undated. The Wall Street Journal "report saying" is the background of the comment (skipped; STATEMENT
  USA ORG undated arguable). "KLM last week denied a Dutch press report saying it was discussing a
  takeover" is REJECT NLD BUS -> the Dutch press report (NLD ORG), 1987-03 ("last week" = 16-22 March, kept
  at its month, EVENTS.md 21), location null. "The KLM spokesman said Air Atlanta's regional route network
  ... could serve as a feeder" is a STATEMENT, DCT; "but declined to elaborate further on the talks or give
  details of the loan" is one withheld STATEMENT (negated, on "elaborate"; "give" skipped as the same act).
* 19444 (Sarcinelli on Italy's May deficit, DCT Fri 1987-06-19, ROME): "Sarcinelli, commenting on
  speculation in the Italian press, said a sharp balance of payments deficit in May could not be
  attributed to recent moves liberalizing the purchase of foreign securities" is REJECT ITA GOV -> the
  Italian press (ITA ORG): a denial of the press's suggestion (the title's point; STATEMENT arguable), on
  "said", DCT, ROME; '"The deficit can be better attributed to ... leads and lags rather than capital
  outflow ...," Sarcinelli said in a statement' is its later mention (a quoted restatement, EVENTS.md 3).
  "commenting" and "was reacting to suggestions" are elaborations of the same act (skipped). The "May 13
  decree abolishing obligatory non-interest-bearing deposits on foreign securities purchases" is a
  domestic capital-market measure (skipped; RETREAT ITA 1987-05-13 arguable). "Earlier today the newspaper
  La Repubblica cited remarks by the Bank of Italy" is a STATEMENT ITA ORG dated 1987-06-19 ("Earlier
  today"), ROME; the Bank of Italy's "announced the deficit for May and said it had been partly caused by
  ..." are two STATEMENTs ITA GOV (a statistics release and an assessment, relayed through the newspaper,
  no time expression: undated, location null). '"In practice, ...," said the newspaper' and "But the
  newspaper added ..." are STATEMENTs ITA ORG, DCT, ROME.
* 15306 (Cascade unit acquires Madam Gre rights, DCT Wed 1987-04-08, WEST NYACK, N.Y.): "Cascade
  International Europa GmbH of West Germany, said it tentatively acquired worldwide rights for the products
  of Madam Gre from the Bernard Tapie Group in Paris" is COOPERATE DEU BUS -> FRA BUS (an acquisition of
  rights between companies; "tentatively" still asserted), undated (rule 17), "said" rule-3 attribution.
  "In addition, Cascade said it was granted an option to purchase all the assets ... located in France" is
  a second COOPERATE, the implied Tapie Group (FRA BUS) granting Cascade (DEU BUS) the option (a further
  term of the deal, content arguable), undated, "said" attribution. The agreement's terms ("calls for",
  "includes") and the revenue estimate are STATEMENTs on their "said" (three, DCT, located at the dateline
  city WEST NYACK, USA).
* 12325 (USDA on New Zealand wheat, DCT Wed 1987-04-01, WASHINGTON): both "said" clauses of the U.S.
  Agriculture Department (New Zealand may need wheat from the U.S.; the possibility of purchases after the
  Wheat Board's deregulation) are STATEMENTs, DCT, WASHINGTON (the report "on Export Markets for U.S.
  Grains" is the department's own: its "said" is a wire-style speech act). New Zealand's possible purchases
  are hypothetical content, the Wheat Board's deregulation domestic, its imports from Australia habitual.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind64b.jsonl"

WAS = ("WASHINGTON", "USA")
BAS = ("BASLE", "CHE")
AMS = ("AMSTERDAM", "NLD")
ROM = ("ROME", "ITA")
NYK = ("WEST NYACK", "USA")

USA_GOV = "USA", "GOV"
NUL_GOV = None, "GOV"
NLD_BUS = "NLD", "BUS"
USA_BUS = "USA", "BUS"
CHE_ORG = "CHE", "ORG"
ITA_GOV = "ITA", "GOV"
ITA_ORG = "ITA", "ORG"
DEU_BUS = "DEU", "BUS"
FRA_BUS = "FRA", "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-14220": {
        "events": [
            # 0
            ("CONSULT", "reviewing", ("Leading industrial nations",) + NUL_GOV, None, None,
             "1987-04", "month", "this week's", "planned", None,
             "the industrial nations will review the Paris accord at this meeting (multilateral talks among a "
             "group: null actors); placed in this week's IMF/World Bank meetings (rule 3; week kept at its month)"),
            # 1
            ("STATEMENT", "said", ("a senior U.S. Treasury official",) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "the U.S. thinks the accord has been successful (assessment of an agreement, EVENTS.md 6); DCT, "
             "dateline city"),
            # 2
            ("CONSULT", "reviewed", (None,) + NUL_GOV, None, None,
             "1987-04", "month", "this week's", "planned", 0,
             "later mention (quoted): the accord will be reviewed at this meeting (agent implied)"),
            # 3
            ("STATEMENT", "told", (("a senior U.S. Treasury official", "succesfull"),) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", 1,
             "quoted restatement of the lead (accord successful), EVENTS.md 3: later mention"),
            # 4
            ("REQUEST", ("said", "he also"), (("he", "he also said"),) + USA_GOV, ("West Germany", "DEU", "GOV"), WAS,
             "1987-04-07", "day", None, "asserted", None,
             "the U.S. is looking to West Germany (and Japan) to bolster growth: prescriptive talk toward a named "
             "actor (EVENTS.md 2; compound split, EVENTS.md 12); DCT"),
            # 5
            ("REQUEST", ("said", "he also"), (("he", "he also said"),) + USA_GOV,
             (("Japan", "West Germany and Japan to"), "JPN", "GOV"), WAS,
             "1987-04-07", "day", None, "asserted", None, "the same request toward Japan (EVENTS.md 12); DCT"),
            # 6
            ("AGREE", "agreed", ("both surplus countries",) + NUL_GOV, ("deficit countries",) + NUL_GOV, None,
             None, "unknown", None, "asserted", None,
             "surplus and deficit countries agreed to play a role in balanced growth (groups: null); no time "
             "expression: undated (rule 17); 'said' rule-3 attribution"),
            # 7
            ("AGREE", "reaffirmed", (("He", "He reaffirmed"),) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "reaffirmed commitment that the U.S. will press ahead on its deficit, protectionism, competitiveness "
             "(a promise, sets 4-7's 'confirmed an earlier commitment'; STATEMENT arguable); DCT"),
            # 8
            ("STATEMENT", ("said", "The official also"), (("The official", "The official also"),) + USA_GOV, None,
             WAS, "1987-04-07", "day", None, "asserted", None,
             "expects trade issues such as the microchip dispute to be included (forecast); DCT"),
            # 9
            ("STATEMENT", ("comment", "made no direct"), (("The official", "The official made"),) + USA_GOV, None,
             WAS, "1987-04-07", "day", None, "negated", None,
             "made no direct comment on G5/G7 discussions: a withheld statement (EVENTS.md 5); DCT"),
            # 10
            ("STATEMENT", ("said", "He said that industrial"), (("He", "He said that industrial"),) + USA_GOV, None,
             WAS, "1987-04-07", "day", None, "asserted", None, "imbalances remain a threat (assessment); DCT"),
            # 11
            ("STATEMENT", "added", (("He", "He added"),) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None, "the meetings an opportunity to discuss coordination; DCT"),
            # 12
            ("STATEMENT", ("said", "The official said indicators"),
             (("The official", "The official said indicators"),) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None, "indicators would be used (no type); DCT"),
            # 13
            ("STATEMENT", ("said", "the official said the issue"),
             (("the official", "the official said the issue"),) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "the indicators issue would be reported to the Venice Summit (answer to a question); DCT"),
        ],
        "skip": [
            ("stabilize", "content of the accord"),
            ("thinks", "part of the statement (the U.S. view)"),
            ("briefing", "part of the reporting clause"),
            (("meetings", "semiannual IMF"), "background nominal (an IGO's meetings; CONSULT null planned arguable)"),
            ("bolster", "content of the request"),
            (("said", "The official said both"), "rule-3 attribution (the agreement is the event)"),
            ("play a role", "content of the agreement"),
            ("press ahead", "content of the reaffirmed commitment"),
            ("resist", "content of the reaffirmed commitment"),
            ("dispute", "background nominal (U.S.-Japan microchip dispute; ACCUSE arguable, undated)"),
            ("included", "content of the statement"),
            (("discussions", "Group of Seven"), "content of the withheld comment (G5/G7 talks; CONSULT null planned "
                                                "arguable)"),
            ("provide", "content of the statement"),
            (("discuss", "opportunity to"), "content of the statement"),
            (("used", "would be used to measure"), "content of the statement"),
            ("Asked", "question put to the official"),
            ("proposing", "content of a question"),
            (("reported", "issue would be"), "content of the statement (no named reporter)"),
            (("said", "Monetary sources"), "anonymous-source talk (monetary sources)"),
            (("proposal", "the U.S."), "content of anonymous talk"),
            ("envisages", "content of anonymous talk"),
        ],
        "entities": [
            ("Paris", "GPE", "FRA"),
            (("U.S.", "U.S. thinks"), "GPE", "USA"),
            ("U.S. Treasury", "ORG", "USA"),
            (("Paris", "The Paris accord"), "GPE", "FRA"),
            (("U.S. Treasury", "succesfull"), "ORG", "USA"),
            ("IMF", "ORG", None),
            ("World Bank", "ORG", None),
            (("U.S.", "U.S. was looking"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Japan", "West Germany and Japan to"), "GPE", "JPN"),
            (("West Germany", "like West Germany"), "GPE", "DEU"),
            (("Japan", "and Japan, and deficit"), "GPE", "JPN"),
            (("U.S.", "like the U.S."), "GPE", "USA"),
            (("U.S.", "reaffirmed the U.S."), "GPE", "USA"),
            (("U.S.", "boost U.S."), "GPE", "USA"),
            (("U.S.", "between the U.S."), "GPE", "USA"),
            (("Japan", "U.S. and Japan over"), "GPE", "JPN"),
            ("Group of Five", "ORG", None),
            ("Group of Seven", "ORG", None),
            (("U.S.", "whether the U.S."), "GPE", "USA"),
            ("Venice", "GPE", "ITA"),
            (("Paris", "like the Paris Accord"), "GPE", "FRA"),
            (("U.S.", "the U.S. proposal"), "GPE", "USA"),
        ],
    },
    "reuters21578-12070": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Treasury Secretary James Baker",) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "Brazil not in crisis; hoped it would resolve its differences with the banks (assessment and hope; "
             "REQUEST USA -> BRA arguable); DCT, dateline city"),
            # 1
            ("REJECT", "disagree", (("Baker", "Baker told a questioner"),) + USA_GOV, ("a questioner",) + USA_GOV,
             WAS, "1987-04-01", "day", None, "asserted", None,
             "'I disagree with your crisis characterization' to a House subcommittee questioner: denial of a "
             "characterization; DCT"),
            # 2
            ("ACCUSE", "regretted", ("the U.S. Treasury",) + USA_GOV, (("Brazil", "regretted"), "BRA", "GOV"), WAS,
             "1987-04-01", "day", None, "asserted", None,
             "the Treasury regretted Brazil's payment moratorium (disapproval of Brazil's action, voiced today); DCT"),
            # 3
            ("STATEMENT", ("said", "He said that while"), (("He", "He said that while"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "'We hope and believe they'll resolve this through direct negotiations' (a hope); DCT"),
            # 4
            ("REQUEST", ("said", "Baker said the financial"), (("Baker", "Baker said the financial"),) + USA_GOV,
             (("Brazil", "imperative that"), "BRA", "GOV"), WAS,
             "1987-04-01", "day", None, "asserted", None,
             "imperative that Brazil come up with a comprehensive adjustment program (EVENTS.md 2: 'Brazil should "
             "come up with a new plan'); DCT"),
            # 5
            ("STATEMENT", ("said", "Baker said the situation"), (("Baker", "Baker said the situation"),) + USA_GOV,
             None, WAS, "1987-04-01", "day", None, "asserted", None, "the debt situation has improved; DCT"),
            # 6
            ("STATEMENT", ("noted", "He also"), (("He", "He also noted"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None, "interest rates lower, debt growth slowed; DCT"),
            # 7
            ("STATEMENT", ("noted", "Baker noted a number"), (("Baker", "Baker noted a number"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None, "debtors making good progress (assessment); DCT"),
            # 8
            ("SUPPORT", "cited", (("he", "and he cited"),) + USA_GOV, ("Mexico", "MEX", "GOV"), WAS,
             "1987-04-01", "day", None, "asserted", None,
             "cited Mexico as a debtor making good progress (praise; STATEMENT arguable); DCT"),
            # 9
            ("AGREE", "agreement", ("Venezuela", "VEN", "GOV"), (("commercial banks", "agreement with"), None, "BUS"),
             None, None, "unknown", None, "asserted", None,
             "Venezuela has reached agreement with commercial banks on rescheduling (compound split, EVENTS.md 12); "
             "present perfect: undated (rule 17); 'pointed out' rule-3 attribution"),
            # 10
            ("AGREE", "agreement", ("Chile", "CHL", "GOV"), (("commercial banks", "agreement with"), None, "BUS"),
             None, None, "unknown", None, "asserted", None, "Chile's rescheduling agreement (split); undated"),
            # 11
            ("AGREE", "agreement", ("the Philippines", "PHL", "GOV"),
             (("commercial banks", "agreement with"), None, "BUS"),
             None, None, "unknown", None, "asserted", None, "the Philippines' rescheduling agreement (split); undated"),
            # 12
            ("CONSULT", ("negotiations", "midst of"), ("Argentina", "ARG", "GOV"), (None, None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Argentina in the midst of negotiations (with the commercial banks, implied); a progressive with no "
             "time expression: undated (9527's 'is negotiating')"),
            # 13
            ("REJECT", "rejected", (("he", "But he rejected"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "rejected calls for 'overnight solutions' (callers unnamed: actor2 null, EVENTS.md 14); DCT"),
            # 14
            ("STATEMENT", ("said", "said, unless debtor"), (("Baker", "Baker said, unless"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None, "no chance without growth (assessment); DCT"),
            # 15
            ("STATEMENT", ("said", "Baker said the U.S. initiative"),
             (("Baker", "Baker said the U.S. initiative"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None, "the U.S. initiative depends on growth; DCT"),
            # 16
            ("REJECT", ("rejected", "and he rejected"), (("he", "and he rejected"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "rejected calls for debt forgiveness (callers unnamed: actor2 null); DCT"),
            # 17
            ("STATEMENT", ("noted", "Baker noted that even"), (("Baker", "Baker noted that even"),) + USA_GOV, None,
             WAS, "1987-04-01", "day", None, "asserted", None,
             "Bradley now bases his debt-relief plan on growth (assessment); DCT"),
            # 18
            ("STATEMENT", ("said", "include, Baker"), (("Baker", "include, Baker"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None, "debtors negotiating better terms (assessment); DCT"),
            # 19
            ("STATEMENT", ("said", "much less"), (("he", "much less"),) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None, "'The points over LIBOR are much less'; DCT"),
        ],
        "skip": [
            (("resolve", "would resolve"), "content of the hope"),
            ("negotiations", "content of the hope"),
            ("Answering", "participial elaboration (answering a questioner)"),
            ("questions", "questions put to Baker"),
            ("moratorium", "background nominal (Brazil's payment freeze: no type, EVENTS.md 10)"),
            (("resolve", "they'll"), "content of the hope"),
            (("negotiations", "resolve this"), "content of the hope"),
            ("come up", "content of the request"),
            ("comments", "part of the reporting clause"),
            ("improved", "content of the statement"),
            ("rebuilt", "content of the statement"),
            ("broke out", "no acting actor (the debt crisis)"),
            ("pointed out", "rule-3 attribution (the agreements are the events)"),
            ("rescheduling", "content of the agreements"),
            (("calls", "rejected calls for \"overnight"), "background nominal (unnamed callers)"),
            ("generate", "content of the statement (condition)"),
            ("initiative", "background nominal (the U.S. debt initiative; AID arguable)"),
            ("shore up", "content of the statement"),
            (("calls", "calls for debt forgiveness"), "background nominal (unnamed callers)"),
            ("forgiveness", "content of the rejected calls"),
            (("said", "which, he said"), "parenthetical reason of the same rejection (STATEMENT arguable)"),
            (("cut", "would cut"), "content (the rejection's reason)"),
            ("urging", "background in a concessive clause (Bradley's standing proposal; REQUEST USA undated "
                       "arguable)"),
            ("bases", "content of the statement"),
            (("negotiating", "nations negotiating"), "generic content of the statement"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("House appropriations subcommittee", "ORG", "USA"),
            (("Baker", "Baker told"), "PERSON", "USA"),
            (("Brazil", "regarding Brazil"), "GPE", "BRA"),
            ("U.S. Treasury", "ORG", "USA"),
            (("Brazil", "regretted"), "GPE", "BRA"),
            (("Baker", "Baker said the financial"), "PERSON", "USA"),
            (("Brazil", "imperative that"), "GPE", "BRA"),
            (("Baker", "Baker said the situation"), "PERSON", "USA"),
            (("Baker", "Baker noted a number"), "PERSON", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("Venezuela", "GPE", "VEN"),
            ("Chile", "GPE", "CHL"),
            ("Philippines", "GPE", "PHL"),
            ("Argentina", "GPE", "ARG"),
            (("Baker", "Baker said, unless"), "PERSON", "USA"),
            (("Baker", "Baker said the U.S. initiative"), "PERSON", "USA"),
            (("U.S.", "Baker said the U.S. initiative"), "GPE", "USA"),
            (("Baker", "Baker noted that even"), "PERSON", "USA"),
            ("Bill Bradley", "PERSON", "USA"),
            ("N.J.", "GPE", "USA"),
            (("Baker", "include, Baker"), "PERSON", "USA"),
        ],
    },
    "reuters21578-17085": {
        "events": [
            # 0
            ("STATEMENT", "study", ("a group at Basle University's Institute of Applied Economics",) + CHE_ORG, None,
             None, None, "unknown", None, "asserted", None,
             "growth forecast 'according to a study' by a named group (a report by a named author, EVENTS.md 4); "
             "relayed 'according to' (sets 4-7): undated"),
            # 1
            ("STATEMENT", "blamed", (("It", "It blamed"),) + CHE_ORG, None, BAS,
             "1987-04-24", "day", None, "asserted", None,
             "blames the slowdown on the export outlook (blame on a condition, not an actor: STATEMENT); DCT, "
             "dateline city"),
            # 2
            ("STATEMENT", "predicted", (("the group", "the group predicted"),) + CHE_ORG, None, BAS,
             "1987-04-24", "day", None, "asserted", None, "export growth forecast; DCT"),
            # 3
            ("STATEMENT", ("said", "The study said"), (("The study", "The study said"),) + CHE_ORG, None, BAS,
             "1987-04-24", "day", None, "asserted", None, "investment forecast; DCT"),
        ],
        "skip": [
            ("according to", "part of the reporting clause (the study)"),
            (("slow", "will likely"), "content of the study (forecast)"),
            (("fall back", "demand will also"), "forecast with no acting actor"),
            (("expected", "consumption is"), "passive forecast with no named agent"),
            (("seen", "prices were"), "passive forecast with no named agent"),
        ],
        "entities": [
            ("Swiss", "NORP", "CHE"),
            ("Basle University", "ORG", "CHE"),
            ("Institute of Applied Economics", "ORG", "CHE"),
        ],
    },
    "reuters21578-9398": {
        "events": [],
        "skip": [
            (("said", "Trade house sources"), "anonymous-source talk (trade house sources)"),
            ("step up", "content of anonymous talk"),
            ("purchases", "content of anonymous talk"),
            (("buy", "Chinese will"), "content of anonymous talk (the consensus)"),
            (("said", "one trader"), "anonymous-source talk (a trader)"),
            ("plummeted", "market-price movement"),
            ("liquidation", "market activity by unnamed speculators"),
            (("need", "China will"), "content of anonymous speculation"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("Chinese", "NORP", "CHN"),
            (("China", "China is short"), "GPE", "CHN"),
            ("Peking", "GPE", "CHN"),
            ("New York", "GPE", "USA"),
            (("China", "Speculation is that"), "GPE", "CHN"),
        ],
    },
    "reuters21578-8359": {
        "events": [
            # 0
            ("CONSULT", "discussing", ("KLM Royal Dutch Airlines",) + NLD_BUS, ("Air Atlanta Inc",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "KLM is discussing marketing cooperation with Air Atlanta (present progressive, no time expression: "
             "undated, as 9527's 'is negotiating')"),
            # 1
            ("REJECT", "seeking", ("a KLM spokesman",) + NLD_BUS, (("the airline", "stake in"),) + USA_BUS, AMS,
             "1987-03-23", "day", None, "asserted", None,
             "not seeking to take a stake in Air Atlanta: denial of the WSJ report (the title's point); the lead's "
             "'said' is the same act; DCT, dateline city"),
            # 2
            ("REJECT", "told", (("the spokesman", "the spokesman told"),) + NLD_BUS,
             (("Air Atlanta", "minority stake in"),) + USA_BUS, AMS,
             "1987-03-23", "day", None, "asserted", 1,
             "quoted restatement of the denial ('We're not considering taking ... a stake'), EVENTS.md 3"),
            # 3
            ("AID", "providing", (("we", "but we are"),) + NLD_BUS, (("them", "providing them"),) + USA_BUS, None,
             None, "unknown", None, "hypothetical", None,
             "'we are thinking of providing them with a loan': credit merely considered (hypothetical); undated"),
            # 4
            ("REJECT", "denied", (("KLM", "KLM last week"),) + NLD_BUS, ("a Dutch press report", "NLD", "ORG"), None,
             "1987-03", "month", "last week", "asserted", None,
             "KLM denied a Dutch press report of takeover talks; 'last week' (16-22 March) kept at its month "
             "(EVENTS.md 21)"),
            # 5
            ("STATEMENT", ("said", "The KLM spokesman said"), ("The KLM spokesman",) + NLD_BUS, None, AMS,
             "1987-03-23", "day", None, "asserted", None,
             "Air Atlanta's network could feed KLM's (assessment); DCT"),
            # 6
            ("CONSULT", "talking", (("KLM", "KLM and Air Atlanta had"),) + NLD_BUS,
             (("Air Atlanta", "KLM and Air Atlanta had"),) + USA_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention of the talks ('for some time' a duration); 'said' rule-3 attribution"),
            # 7
            ("STATEMENT", "elaborate", (("he", "for some time,\" he"),) + NLD_BUS, None, AMS,
             "1987-03-23", "day", None, "negated", None,
             "declined to elaborate on the talks or give details of the loan: a withheld statement (EVENTS.md 5); "
             "DCT"),
        ],
        "skip": [
            (("take a stake", "seeking to"), "content of the denial (COOPERATE negated arguable)"),
            ("taking", "content of the quoted denial"),
            (("comment", "in a"), "part of the reporting clause"),
            (("report", "Wall Street Journal"), "background nominal (the WSJ report; STATEMENT USA ORG undated "
                                                "arguable)"),
            (("saying", "Journal report"), "content of the background report"),
            ("sell", "content of the WSJ report"),
            (("saying", "press report"), "content of the denied report"),
            (("discussing", "it was"), "content of the denied report"),
            ("takeover", "content of the denied report"),
            ("serve", "content of the statement"),
            (("said", "for some time,\" he"), "rule-3 attribution (the talks are the event)"),
            (("talks", "on the"), "anaphoric nominal (the talks)"),
            (("give", "or give"), "the same withheld statement (one 'declined')"),
            (("loan", "details of the"), "anaphoric nominal (the considered loan)"),
        ],
        "entities": [
            ("KLM Royal Dutch Airlines", "ORG", "NLD"),
            (("U.S.", "with U.S."), "GPE", "USA"),
            ("Air Atlanta Inc", "ORG", "USA"),
            (("KLM", "a KLM spokesman"), "ORG", "NLD"),
            (("Air Atlanta", "minority stake in"), "ORG", "USA"),
            ("Reuters", "ORG", "GBR"),
            ("Wall Street Journal", "ORG", "USA"),
            (("Air Atlanta", "debt-laden"), "ORG", "USA"),
            (("Dutch", "to the Dutch"), "NORP", "NLD"),
            (("KLM", "KLM last week"), "ORG", "NLD"),
            (("Dutch", "a Dutch press"), "NORP", "NLD"),
            (("Air Atlanta", "takeover of"), "ORG", "USA"),
            (("KLM", "The KLM spokesman"), "ORG", "NLD"),
            (("Air Atlanta", "spokesman said Air Atlanta"), "ORG", "USA"),
            (("Atlanta", "centred on"), "GPE", "USA"),
            (("Ga", "Atlanta, Ga"), "GPE", "USA"),
            (("KLM", "feeder to"), "ORG", "NLD"),
            (("Atlanta", "between Atlanta"), "GPE", "USA"),
            ("Amsterdam", "GPE", "NLD"),
            (("KLM", "KLM and Air Atlanta had"), "ORG", "NLD"),
            (("Air Atlanta", "KLM and Air Atlanta had"), "ORG", "USA"),
            (("Air Atlanta", "loan to"), "ORG", "USA"),
        ],
    },
    "reuters21578-19444": {
        "events": [
            # 0
            ("REJECT", "said", ("Foreign Trade Minister Mario Sarcinelli",) + ITA_GOV, ("the Italian press",) + ITA_ORG,
             ROM, "1987-06-19", "day", None, "asserted", None,
             "the May deficit could not be attributed to the liberalization: denial of the press's suggestion "
             "(STATEMENT arguable); DCT, dateline city"),
            # 1
            ("REJECT", ("said", "Sarcinelli said in"), (("Sarcinelli", "Sarcinelli said in"),) + ITA_GOV,
             (None,) + ITA_ORG, ROM, "1987-06-19", "day", None, "asserted", 0,
             "quoted restatement in a statement (deficit due to leads and lags, not portfolio outflow), EVENTS.md 3"),
            # 2
            ("STATEMENT", "cited", ("the newspaper La Repubblica",) + ITA_ORG, None, ROM,
             "1987-06-19", "day", "Earlier today", "asserted", None,
             "La Repubblica cited the Bank of Italy's remarks earlier today ('Earlier today' = DCT)"),
            # 3
            ("STATEMENT", "announced", ("the Bank of Italy",) + ITA_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "the Bank announced the May deficit (statistics release), relayed through the newspaper, no time "
             "expression: undated"),
            # 4
            ("STATEMENT", ("said", "deficit for May and"), (("the Bank of Italy", "remarks by"),) + ITA_GOV, None,
             None, None, "unknown", None, "asserted", None,
             "the Bank said the deficit was partly caused by capital outflows (relayed): undated"),
            # 5
            ("STATEMENT", ("said", "our borders"), (("the newspaper", "said the newspaper"),) + ITA_ORG, None, ROM,
             "1987-06-19", "day", None, "asserted", None, "constant flow of capital abroad (assessment); DCT"),
            # 6
            ("STATEMENT", "added", (("the newspaper", "But the newspaper"),) + ITA_ORG, None, ROM,
             "1987-06-19", "day", None, "asserted", None, "effect of the move not yet measurable; DCT"),
        ],
        "skip": [
            ("commenting", "participial elaboration of the denial (EVENTS.md 3)"),
            ("speculation", "background nominal (press speculation)"),
            (("attributed", "could not be"), "content of the denial"),
            ("moves", "background nominal (domestic liberalization)"),
            ("reacting", "elaboration of the same act"),
            ("suggestions", "background nominal (the press's suggestions)"),
            ("linked", "content of the suggestions"),
            ("decree", "domestic capital-market measure (RETREAT ITA 1987-05-13 arguable)"),
            ("abolishing", "domestic capital-market measure (content of the decree)"),
            (("attributed", "can be better"), "content of the quoted denial"),
            (("statement", "said in a"), "part of the reporting clause"),
            ("remarks", "anaphoric nominal (the Bank's announcement)"),
            ("caused", "content of the Bank's statement"),
            (("say", "possible to"), "content of the statement"),
            (("abolish", "move to"), "background nominal (the decree)"),
            (("affected", "had"), "content of the statement"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Mario Sarcinelli", "PERSON", "ITA"),
            ("Italian", "NORP", "ITA"),
            (("Sarcinelli", "Sarcinelli was"), "PERSON", "ITA"),
            (("Sarcinelli", "Sarcinelli said in"), "PERSON", "ITA"),
            ("La Repubblica", "ORG", "ITA"),
            ("Bank of Italy", "ORG", "ITA"),
            (("Italy", "affected"), "GPE", "ITA"),
        ],
    },
    "reuters21578-15306": {
        "events": [
            # 0
            ("COOPERATE", "acquired", ("Cascade International Europa GmbH",) + DEU_BUS,
             ("the Bernard Tapie Group",) + FRA_BUS, None,
             None, "unknown", None, "asserted", None,
             "tentatively acquired worldwide rights for Madam Gre products from the Tapie Group (an acquisition "
             "between companies; 'tentatively' still asserted); undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "of the group, it"), (("it", "of the group, it"),) + DEU_BUS, None, NYK,
             "1987-04-08", "day", None, "asserted", None, "terms of the agreement (content, no type); DCT, dateline"),
            # 2
            ("STATEMENT", ("said", "Cascade said the agreement"), (("Cascade", "Cascade said the agreement"),)
             + DEU_BUS, None, NYK, "1987-04-08", "day", None, "asserted", None,
             "the agreement includes duty-free trading rights (terms); DCT"),
            # 3
            ("COOPERATE", "granted", (None,) + FRA_BUS, (("Cascade", "In addition, Cascade"),) + DEU_BUS, None,
             None, "unknown", None, "asserted", None,
             "Cascade was granted an option to buy the assets in France (grantor implied: the Tapie Group); "
             "undated; 'said' rule-3 attribution"),
            # 4
            ("STATEMENT", ("said", "The company said"), ("The company",) + DEU_BUS, None, NYK,
             "1987-04-08", "day", None, "asserted", None, "U.S. revenue potential (estimate); DCT"),
        ],
        "skip": [
            (("said", "of West Germany,"), "rule-3 attribution (the acquisition is the event)"),
            (("agreement", "The agreement calls"), "anaphoric nominal (the acquisition)"),
            ("calls for", "content of the statement (terms)"),
            (("agreement", "said the agreement"), "anaphoric nominal (the acquisition)"),
            ("includes", "stative (terms)"),
            (("said", "Cascade said it was"), "rule-3 attribution (the option grant is the event)"),
            (("purchase", "option to"), "content of the option"),
            ("represent", "content of the statement"),
        ],
        "entities": [
            ("Cascade Importers Inc", "ORG", "USA"),
            (("USA", "Importers Inc"), "GPE", "USA"),
            ("Cascade International Europa GmbH", "ORG", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("Madam Gre", "PERSON", "FRA"),
            ("Bernard Tapie Group", "ORG", "FRA"),
            ("Paris", "GPE", "FRA"),
            (("Cascade", "calls for Cascade"), "ORG", "DEU"),
            (("Cascade", "Cascade said the agreement"), "ORG", "DEU"),
            (("Gres", "designer Gres"), "PERSON", "FRA"),
            (("Cascade", "In addition, Cascade"), "ORG", "DEU"),
            ("France", "GPE", "FRA"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-12325": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "New Zealand may need wheat, possibly from the U.S. (forecast); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the department said"), (("the department", "the department said"),) + USA_GOV,
             None, WAS, "1987-04-01", "day", None, "asserted", None,
             "possibility of U.S. wheat purchases after the Wheat Board's deregulation (the department's own "
             "report); DCT"),
        ],
        "skip": [
            ("need", "content of the statement"),
            ("come from", "content of the statement (habitual supply)"),
            (("report", "In its"), "part of the reporting clause"),
            ("deregulation", "domestic regulation (content)"),
            ("imports", "habitual (stative description)"),
            (("purchases", "possibility of wheat"), "hypothetical content of the statement"),
        ],
        "entities": [
            ("New Zealand", "GPE", "NZL"),
            ("Australia", "GPE", "AUS"),
            ("United States", "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("U.S.", "Export Markets for"), "GPE", "USA"),
            ("New Zealand Wheat Board", "ORG", "NZL"),
            (("Australia", "wheat from Australia"), "GPE", "AUS"),
            ("united states", "GPE", "USA"),
            (("New Zealand", "between New Zealand"), "GPE", "NZL"),
            (("Australia", "Coast of Australia"), "GPE", "AUS"),
            (("United States", "West Coast of the"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
