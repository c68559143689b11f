"""Build ``own_blind22b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind22b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,843 left); 24 drawn with random.Random(22101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 8-15 (8 articles).
30 event records (27 first mentions, 3 later mentions), 89 not_annotated spans, 73 entity mentions;
no article without events; 19541 (Norwegian crown intervention) has a single withheld STATEMENT and
7639 (Canada Northwest placement) a single reporting-clause STATEMENT. Types: STATEMENT 13, AID 7,
ACCUSE 4, REJECT 2, SANCTION 2, COOPERATE 1, RETREAT 1; modality: asserted 23, planned 5, negated 2.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("U.S. Agriculture Secretary Richard Lyng": "U.S."
GPE and the PERSON; "GAO Senior Associate Director Brian Crowley": "GAO" ORG and the PERSON; "President
Reagan": "Reagan"); "U.S. Agriculture Department" is one ORG span (its "Counselor" is not tagged);
"U.S.-USSR" and "U.S.-Canada" give one GPE per country; the USSR / Soviet Union keep SUN ("Soviet"
NORP SUN); the European Investment Bank (an EC institution) is ORG null; "European Currency Units" is
a currency (not tagged); McDonnell Douglas Corp is ORG USA (no country in the text); Alitalia, Alisarda,
Ing C. Olivetti SpA and its unit Olivetti Peripheral Equipment SpA are ORG ITA; "the island of
Sardinia" is LOC ITA (an island, as Java / Sumatra LOC) and "the Piedmont region" GPE ITA; "contra"
(the Nicaraguan rebels, lower-case, in "contra rebels" and "the contra program") is NORP NIC (a
political group); "Central American" is NORP null (as "Latin American"); "House Agriculture Subcommittee
on Wheat, Soybeans and Feedgrains" is one ORG span USA; Reuters is ORG GBR; "central bank", "the
federal government", "the report" are common nouns; bracketed company names are tagged without the
brackets, tickers are left out.

Judgement calls made here:
* 12055 (Argentine corn sales, USDA counselor's report): "Total corn sales by Argentina to the Soviet
  Union are only 1.5 to 1.8 mln tonnes ..., the U.S. Agriculture Department's Counselor in Buenos
  Aires said in a field report" is COOPERATE ARG -> SUN on "sales" (trade between two identified
  parties, as 13a's AWB sales to named buyers and 12b's Soviet purchase; a STATEMENT reading of a
  sales total is arguable), undated (no time expression for the sales; "March to June" is the
  delivery), the counselor's "said" rule-3 attribution. The report's later "said" clauses take the
  report's date 1987-03-27 ("The report, dated March 27", events_dev's field-report call, location
  Buenos Aires, implied author USA GOV with text null as events_dev): "said many sources have stated
  that the Soviet Union was initially interested" is a STATEMENT (the relayed talk is anonymous and
  skipped), "Soviet purchases from the United States have tended to displace additional Argentine
  purchases, the report said" a STATEMENT (a habitual trend). "The USDA has to date reported USSR
  purchases of 2.6 mln tonnes of U.S. corn ..., it said" is the USDA's statistics release: STATEMENT
  USA GOV on "reported", relayed by the report ("it said" = attribution of relayed speech) and perfect
  with no time expression of its own: undated; the purchases are the release's statistics (skipped,
  COOPERATE SUN -> USA arguable) and the grain agreement a background nominal.
* 19541 (Norges Bank): the crown sales and the intervention "on Friday" are monetary operations
  reported by anonymous dealers (skipped with "said", "noted" and the unnamed senior dealer's "told
  Reuters", whose "declined to be identified" is anonymity, not a withheld statement); "The central
  bank declined comment" is a withheld STATEMENT (negated, DCT, OSLO); the commitment to defend the
  crown's band is a standing monetary policy (skipped).
* 11849 (Kwinter on banking centres): "The Canadian federal government is backing down on its plans
  to give Vancouver and Montreal special status ..., Ontario's minister ... Monte Kwinter said" is
  RETREAT CAN GOV with no actor2 (the abandoned plan is domestic; the cities are its content, convention
  14), "said" rule-3 attribution, present progressive with no time expression: undated (ACCUSE reading
  of the whole sentence arguable). "He told journalists that little concrete activity had taken place"
  is a STATEMENT (DCT, dateline city FRANKFURT; ACCUSE arguable), and "the announcement in February
  1986 that the two cities would gain a special status" a STATEMENT by the federal government (implied
  CAN GOV), 1986-02 (a nominal with its own date, EVENTS.md 11; the announced measure has no type, as
  20b's "had announced the intended action on January 2"). '"They (the federal government) have sent a
  confusing signal to world financial markets," Kwinter said' is ACCUSE CAN (Ontario's minister) -> CAN
  (the federal government), DCT, FRANKFURT; the next quoted sentence ("It was done for political
  reasons and it's going to backfire on them") has no reporting verb and continues the same criticism
  (its verbs skipped).
* 12192 (GAO farm reorganizations): four STATEMENTs (forecasts and statistics, DCT, WASHINGTON): the
  GAO's "said", Crowley's "said" on the 900 mln dlr annual estimate, '"Cumulative costs ... could
  approach 2.3 billion dlrs," he said' as a later mention of the GAO's 2.3 billion forecast (quoted
  restatement, EVENTS.md 3, by the GAO official speaking for it) and "Crowley told the House Agriculture
  Subcommittee" (the subcommittee is the audience, no actor2). Farmers reorganizing to circumvent the
  payment cap are generic (skipped).
* 5837 (EIB loans to Italy): "said it was advancing loans to Italy" is AID (EIB, null IGO) -> ITA
  (events_dev's World Bank loan), undated (progressive, no time expression), "said" attribution; each
  named allocation is its own AID record (17/18's aid allocations): 40 bln lire that "will go to state
  airline Alitalia" (planned), the 14 bln lire loan that "will be made" to Alisarda (planned, the EIB
  implied: text null) and "among the other loans was one of 40 billion lire to ... Olivetti Peripheral
  Equipment SpA" (asserted, trigger "loans"); all undated. The aircraft purchases from McDonnell
  Douglas, the airport improvement and the factory enlargement are the loans' purposes (skipped;
  COOPERATE for the aircraft purchase arguable). "The bank gave no details of the interest rates" is a
  withheld STATEMENT (negated, DCT, LUXEMBOURG).
* 7639 (Canada Northwest): "reached agreement in principle to sell one mln preferred shares by way of
  private placement" is a share placement with unnamed placees: corporate finance (skipped; AGREE
  arguable), so "said" is a STATEMENT (DCT, CALGARY); the share terms are not events.
* 2727 (Lyng on Canada's corn injury finding): "Lyng said he is 'very disappointed' by a Canadian
  government finding" is ACCUSE USA -> CAN on "said" (complaint; "disappointed" is left unlisted so
  either trigger codes it), DCT, WASHINGTON; the finding itself ("a Canadian government finding that
  U.S. corn has injured Ontario Corn growers", a nominal with its agent and content) is SANCTION CAN ->
  USA (an adverse ruling, as 17b's revenue-department finding; ACCUSE arguable), undated (nothing in the
  text dates it). '"This action is not helpful in the context of the ongoing U.S.-Canada free trade
  talks ...," Lyng said in a statement' is a later mention of the complaint (quoted restatement); the
  free trade talks and the multilateral round are background nominals (skipped; CONSULT arguable). "The
  Canadian government today said Ottawa would continue to apply a duty of 84.9 cents per bushel on U.S.
  corn imports" is SANCTION CAN -> USA, planned ("would continue to apply"), undated ("today" dates the
  saying, which is rule-3 attribution, as 15b/18a). "Lyng said the U.S. made a case that U.S. corn
  imports are not the cause of any problem of Canadian corn producers" is REJECT USA -> CAN (implied:
  denial of the injury allegation in the Canadian case; STATEMENT arguable) on "case" (noun after the
  light verb), undated, "said" attribution; "adding that U.S. corn exports to Canada are declining" a
  STATEMENT (EVENTS.md 3). '"Apparently they (Canada) have ignored the fact that ...," Lyng said' is a
  new ACCUSE USA -> CAN (a distinct charge: ignoring the production facts), DCT.
* 6826 (Senate contra aid vote): "The Senate defeated a move to block dlrs 40 mln in military aid to
  the Nicaraguan 'contra' rebels" is REJECT USA (the Senate) -> USA (the move's sponsors, implied:
  EVENTS.md 7's negative vote on a resolution, 21a's opposition to a proposal toward its proponents in
  Congress), undated (rule 17: no time expression, although obviously recent); "virtually assuring the
  aid will go through" is AID USA (implied GOV) -> the contra rebels (NIC ORG, as 11b's rebels), planned,
  undated (trigger the second "aid"; the first "aid", inside the defeated move, is left unlisted so a
  system coding the aid there is matched by sentence), and "The vote virtually guaranteed that 40 mln
  dlrs ... would reach the rebels" its later mention on "reach". "the final installment of a 100
  mln-dlr aid package approved by Congress last year" is a separate AID (Congress -> the rebels,
  implied), 1986 at year precision, "approved" skipped as part of the appropriation (13a's "economic aid
  voted by Congress"). "The 52-to-48 vote" / "The vote" are anaphoric, "a victory for President Reagan"
  an evaluation, "who made the contra program the centerpiece of his Central American policy" a standing
  policy (skipped; SUPPORT arguable), "the rebels fighting the leftist Managua government" a descriptive
  participle (skipped; ASSAULT arguable).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
OSL = ("OSLO", "NOR")
FRA = ("FRANKFURT", "DEU")
LUX = ("LUXEMBOURG", "LUX")
CAL = ("CALGARY", "CAN")
BA = ("Buenos Aires", "ARG")
REPORT = (None, "USA", "GOV")
EIB = ("The European Investment Bank", None, "IGO")
LYNG = ("U.S. Agriculture Secretary Richard Lyng", "USA", "GOV")
CAN_GOV = ("Canadian government", "CAN", "GOV")
CAN_IMPLIED = (None, "CAN", "GOV")
CONTRAS = ('the Nicaraguan "contra" rebels', "NIC", "ORG")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12055": {
        "events": [
            # 0
            ("COOPERATE", "sales", ("Argentina", "ARG", "GOV"), (("the Soviet Union", "Argentina to"), "SUN", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "Argentina's corn sales to the USSR (trade between identified parties, as 13a/12b; STATEMENT reading "
             "arguable); no time expression for the sales ('March to June' is the delivery); the counselor's "
             "'said' is rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "dated March 27,"), REPORT, None, BA,
             "1987-03-27", "day", "March 27", "asserted", None,
             "the counselor's field report dated March 27 (events_dev's field-report call): relays anonymous "
             "sources on initial Soviet interest (the relayed talk is skipped)"),
            # 2
            ("STATEMENT", ("said", "Argentine purchases, the report"), REPORT, None, BA,
             "1987-03-27", "day", "March 27", "asserted", None,
             "assessment in the report: Soviet purchases from the U.S. have tended to displace Argentine ones "
             "(a habitual trend)"),
            # 3
            ("STATEMENT", "reported", ("The USDA", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the USDA's statistics release on USSR purchases of U.S. corn, relayed by the report ('it said' is "
             "attribution of relayed speech); perfect, 'to date' has no value: undated"),
        ],
        "skip": [
            (("delivery", "tonnes, with"), "execution of the sales (content)"),
            (("said", "Buenos Aires"), "rule-3 attribution (the sales are the event)"),
            ("field report", "part of the reporting clause"),
            ("stated", "anonymous-source talk (many sources), relayed by the report"),
            ("interested", "content of anonymous talk (a past interest)"),
            ("purchasing", "content of anonymous talk"),
            (("purchases", "Soviet purchases"), "habitual trade trend (generic), content of the report's statement"),
            ("tended", "habitual (content of the statement)"),
            ("displace", "content of the statement"),
            (("purchases", "Argentine purchases"), "content of the statement (generic)"),
            (("purchases", "USSR purchases"), "statistics in the USDA release (COOPERATE SUN -> USA arguable)"),
            (("delivery", "corn for"), "content of the statistics"),
            (("agreement", "grain"), "background nominal (the U.S.-USSR grain agreement)"),
            ("ends", "stative (the agreement year's end)"),
            (("said", "September 30, it"), "attribution of relayed speech (the USDA release is the event)"),
        ],
        "entities": [
            ("Argentina", "GPE", "ARG"),
            ("Soviet Union", "GPE", "SUN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Buenos Aires", "GPE", "ARG"),
            (("Soviet Union", "stated that the"), "GPE", "SUN"),
            (("Argentina", "corn from"), "GPE", "ARG"),
            (("Soviet", "However,"), "NORP", "SUN"),
            ("United States", "GPE", "USA"),
            ("Argentine", "NORP", "ARG"),
            ("USDA", "ORG", "USA"),
            (("USSR", "reported"), "GPE", "SUN"),
            (("U.S.", "tonnes of"), "GPE", "USA"),
            (("U.S.", "current"), "GPE", "USA"),
            (("USSR", "current U.S.-"), "GPE", "SUN"),
        ],
    },
    "reuters21578-19541": {
        "events": [
            ("STATEMENT", "comment", ("The central bank", "NOR", "GOV"), None, OSL,
             "1987-06-29", "day", None, "negated", None, "withheld statement ('declined comment')"),
        ],
        "skip": [
            ("sold", "currency intervention (monetary operation), reported by anonymous dealers"),
            ("ease", "purpose of the intervention"),
            ("threatens to rise", "market-price movement (the currency), no actor"),
            (("said", "dealers"), "anonymous-source talk (dealers)"),
            ("noted", "anonymous-source talk (dealers)"),
            ("intervened", "currency intervention (monetary operation)"),
            (("sold", "intervened and"), "currency intervention (monetary operation)"),
            (("committed", "The bank is"), "standing exchange-rate policy (monetary)"),
            (("defending", "committed to"), "standing exchange-rate policy (monetary)"),
            ("selling", "currency intervention, content of anonymous talk"),
            ("declined to be identified", "anonymity of the source, not a withheld statement"),
            ("told", "anonymous-source talk (an unnamed dealer)"),
            (("committed", "which the central bank is"), "standing exchange-rate policy (monetary)"),
            (("defending", "which the central bank"), "standing exchange-rate policy (monetary)"),
            ("indicates", "stative (index convention)"),
            (("set", "scale is"), "stative (band limit)"),
            ("bolstered", "market-price movement"),
            ("showed", "statistics (indicators), no speaker"),
        ],
        "entities": [
            ("Norway", "GPE", "NOR"),
            ("Oslo", "GPE", "NOR"),
            ("Reuters", "ORG", "GBR"),
            ("Norwegian", "NORP", "NOR"),
        ],
    },
    "reuters21578-11849": {
        "events": [
            # 0
            ("RETREAT", "backing down", ("The Canadian federal government", "CAN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "backing down on its plans for Vancouver and Montreal banking centres (a domestic plan: no actor2); "
             "present progressive, no time expression; Kwinter's 'said' is rule-3 attribution (ACCUSE arguable)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "CAN", "GOV"), None, FRA,
             "1987-04-01", "day", None, "asserted", None,
             "assessment: little concrete activity since the announcement (ACCUSE arguable); dateline city"),
            # 2
            ("STATEMENT", "announcement", CAN_IMPLIED, None, None,
             "1986-02", "month", "February 1986", "asserted", None,
             "the federal government's February 1986 announcement of special status for the two cities (nominal "
             "with its own date, EVENTS.md 11; the measure has no type)"),
            # 3
            ("ACCUSE", ("said", "markets,\" Kwinter"), (("Kwinter", "markets,\" Kwinter"), "CAN", "GOV"),
             (("the federal government", "They ("), "CAN", "GOV"), FRA,
             "1987-04-01", "day", None, "asserted", None,
             "criticism of the federal government: a confusing signal, done for political reasons, will backfire"),
        ],
        "skip": [
            (("said", "Monte Kwinter"), "rule-3 attribution (the retreat is the event)"),
            ("give", "content of the abandoned plans"),
            ("taken place", "content of the statement (no actor)"),
            ("gain", "content of the announcement"),
            ("sent", "content of the accusation"),
            ("done", "content of the accusation (quote continued, no reporting verb)"),
            ("backfire", "content of the accusation (forecast)"),
        ],
        "entities": [
            ("Canadian", "NORP", "CAN"),
            ("Vancouver", "GPE", "CAN"),
            ("Montreal", "GPE", "CAN"),
            ("Ontario", "GPE", "CAN"),
            ("Monte Kwinter", "PERSON", "CAN"),
            ("Toronto", "GPE", "CAN"),
            ("Canada", "GPE", "CAN"),
            (("Kwinter", "markets,\" Kwinter"), "PERSON", "CAN"),
        ],
    },
    "reuters21578-12192": {
        "events": [
            # 0
            ("STATEMENT", ("said", "GAO, said"), ("the General Accounting Office", "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "forecast: reorganizations could add 2.3 billion dlrs to program costs by 1989"),
            # 1
            ("STATEMENT", ("said", "Brian Crowley said"), ("GAO Senior Associate Director Brian Crowley", "USA", "GOV"),
             None, WAS, "1987-04-01", "day", None, "asserted", None,
             "estimate: almost 900 mln dlrs a year by 1989"),
            # 2
            ("STATEMENT", ("said", "dlrs,\" he"), (("he", "dlrs,\" he"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", 0,
             "later mention: quoted restatement of the 2.3 billion dlr forecast (EVENTS.md 3)"),
            # 3
            ("STATEMENT", "told", (("Crowley", "Crowley told"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "statistics: 9,000 new persons on payment rolls 1984-86 (the subcommittee is the audience)"),
        ],
        "skip": [
            ("reorganize", "generic (farmers reorganizing), content of the forecast"),
            ("circumvent", "content of the forecast"),
            (("add", "payments could"), "content of the forecast"),
            ("estimate", "the same act as 'said'"),
            (("continue", "should the trend"), "condition inside the quote"),
            (("adding", "could be"), "content of the estimate"),
            ("approach", "content of the forecast"),
            (("added", "1986, reorganizations"), "statistics"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("General Accounting Office", "ORG", "USA"),
            (("GAO", "Office,"), "ORG", "USA"),
            (("GAO", "costs by 1989,\""), "ORG", "USA"),
            ("Brian Crowley", "PERSON", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Crowley", "Crowley told"), "PERSON", "USA"),
            ("House Agriculture Subcommittee on Wheat, Soybeans and Feedgrains", "ORG", "USA"),
        ],
    },
    "reuters21578-5837": {
        "events": [
            # 0
            ("AID", "advancing", EIB, (("Italy", "loans to"), "ITA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "EIB loans to Italy (credit = AID, as events_dev's World Bank loan); progressive, no time expression; "
             "'said' is attribution"),
            # 1
            ("AID", ("go", "will go"), (("It", "It said 40"), None, "IGO"), ("state airline Alitalia", "ITA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "allocation: 40 bln lire will go to Alitalia (each allocation its own AID record, 17/18)"),
            # 2
            ("AID", ("loan", "14 billion lire"), (None, None, "IGO"), ("the internal Italian airline Alisarda", "ITA", "BUS"),
             None, None, "unknown", None, "planned", None,
             "allocation: a 14 bln lire loan will be made to Alisarda (the EIB implied)"),
            # 3
            ("AID", ("loans", "among the other"), (("The bank", "The bank said among"), None, "IGO"),
             ("Olivetti Peripheral Equipment SpA", "ITA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "allocation: a 40 bln lire loan to Olivetti's unit, among the loans being advanced; 'said' is attribution"),
            # 4
            ("STATEMENT", "gave no details", (("The bank", "The bank gave"), None, "IGO"), None, LUX,
             "1987-03-17", "day", None, "negated", None, "withheld statement: no details of rates and terms"),
        ],
        "skip": [
            (("said", "European Investment Bank"), "rule-3 attribution (the loans are the event)"),
            ("finance", "purpose of the loans"),
            (("said", "It said 40"), "rule-3 attribution (the allocation is the event)"),
            (("purchase", "Alitalia for the"), "purpose of the loan (COOPERATE with McDonnell Douglas arguable)"),
            (("purchase", "Alisarda for the"), "purpose of the loan"),
            ("improvement", "purpose of the loan"),
            (("said", "The bank said among"), "rule-3 attribution (the loan is the event)"),
            ("help", "purpose of the loan"),
            ("enlarge", "purpose of the loan"),
            ("produces", "generic (the factory's production)"),
            ("accordance", "stative (the bank's normal policy)"),
        ],
        "entities": [
            ("European Investment Bank", "ORG", None),
            ("Italy", "GPE", "ITA"),
            ("Alitalia", "ORG", "ITA"),
            ("McDonnell Douglas Corp", "ORG", "USA"),
            ("Italian", "NORP", "ITA"),
            ("Alisarda", "ORG", "ITA"),
            ("Sardinia", "LOC", "ITA"),
            ("Ing C. Olivetti SpA", "ORG", "ITA"),
            ("Olivetti Peripheral Equipment SpA", "ORG", "ITA"),
            ("Piedmont", "GPE", "ITA"),
        ],
    },
    "reuters21578-7639": {
        "events": [
            ("STATEMENT", "said", ("Canada Northwest Energy Ltd", "CAN", "BUS"), None, CAL,
             "1987-03-20", "day", None, "asserted", None,
             "announcement of a private placement of preferred shares (corporate finance, no type)"),
        ],
        "skip": [
            ("reached agreement", "private placement with unnamed placees: corporate finance (AGREE arguable)"),
            ("sell", "share placement: corporate finance"),
            ("private placement", "corporate finance"),
            ("raise", "purpose (corporate finance)"),
            ("entitling", "share terms"),
            ("claimed", "share terms (tax deductions)"),
            (("convertible", "will be"), "share terms"),
            (("redeemable", "they will be"), "share terms"),
        ],
        "entities": [
            ("Canada Northwest Energy Ltd", "ORG", "CAN"),
        ],
    },
    "reuters21578-2727": {
        "events": [
            # 0
            ("ACCUSE", "said", LYNG, CAN_GOV, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "'very disappointed' by the Canadian injury finding: complaint (the saying is the act)"),
            # 1
            ("SANCTION", "finding", CAN_GOV, (("U.S.", "finding that"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Canada's finding that U.S. corn injured Ontario growers (adverse ruling, as 17b; ACCUSE arguable); "
             "nominal with agent and content, no time expression"),
            # 2
            ("ACCUSE", ("said", "Lyng said in a statement"), (("Lyng", "negotiations,\" Lyng"), "USA", "GOV"),
             CAN_IMPLIED, WAS, "1987-03-06", "day", None, "asserted", 0,
             "later mention: quoted restatement of the complaint ('This action is not helpful')"),
            # 3
            ("SANCTION", "apply", ("Ottawa", "CAN", "GOV"), (("U.S.", "bushel on"), "USA", "GOV"), None,
             None, "unknown", None, "planned", None,
             "Ottawa would continue to apply the 84.9 cent duty on U.S. corn imports; 'today' dates the saying "
             "(rule-3 attribution), not the duty"),
            # 4
            ("REJECT", "case", (("the U.S.", "Lyng said the U.S."), "USA", "GOV"), CAN_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the U.S. argued that its corn is not the cause of the Canadian producers' problems: denial of the "
             "injury allegation (STATEMENT arguable); no time expression; 'said' is attribution"),
            # 5
            ("STATEMENT", "adding", (("Lyng", "Lyng said the U.S."), "USA", "GOV"), None, WAS,
             "1987-03-06", "day", None, "asserted", None, "second reporting clause: U.S. corn exports to Canada declining"),
            # 6
            ("ACCUSE", ("said", "consumption,\" Lyng"), (("Lyng", "consumption,\" Lyng"), "USA", "GOV"),
             (("Canada", "they ("), "CAN", "GOV"), WAS,
             "1987-03-06", "day", None, "asserted", None,
             "Canada ignored the fact that its production is rising faster than consumption (a new charge)"),
        ],
        "skip": [
            ("injured", "content of the finding"),
            (("statement", "said in a"), "part of the reporting clause"),
            ("action", "anaphoric nominal (the finding)"),
            (("talks", "free trade"), "background nominal (the ongoing U.S.-Canada talks; CONSULT arguable)"),
            (("negotiations", "multilateral trade"), "background nominal (the multilateral round)"),
            (("said", "government today"), "rule-3 attribution ('today' dates the saying; the duty is the event)"),
            (("said", "Lyng said the U.S."), "rule-3 attribution (the U.S. case is the event)"),
            (("cause", "not the"), "content of the denial"),
            ("declining", "statistics, content of the statement"),
            ("ignored", "content of the accusation"),
            ("rising", "statistics, content of the accusation"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            (("Canadian", "by a"), "NORP", "CAN"),
            (("U.S.", "finding that"), "GPE", "USA"),
            ("Ontario", "GPE", "CAN"),
            (("U.S.", "ongoing"), "GPE", "USA"),
            (("Canada", "ongoing U.S.-"), "GPE", "CAN"),
            (("Lyng", "negotiations,\" Lyng"), "PERSON", "USA"),
            (("Canadian", "The Canadian government today"), "NORP", "CAN"),
            ("Ottawa", "GPE", "CAN"),
            (("U.S.", "bushel on"), "GPE", "USA"),
            (("Lyng", "Lyng said the U.S."), "PERSON", "USA"),
            (("U.S.", "Lyng said the"), "GPE", "USA"),
            (("U.S.", "made a case that"), "GPE", "USA"),
            (("Canadian", "problem of"), "NORP", "CAN"),
            (("U.S.", "adding that"), "GPE", "USA"),
            (("Canada", "exports to"), "GPE", "CAN"),
            (("Canada", "they ("), "GPE", "CAN"),
            (("Canadian", "the fact that"), "NORP", "CAN"),
            (("Lyng", "consumption,\" Lyng"), "PERSON", "USA"),
        ],
    },
    "reuters21578-6826": {
        "events": [
            # 0
            ("REJECT", "defeated", ("The Senate", "USA", "GOV"), (None, "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the Senate voted down a move to block contra aid (negative vote on a motion, EVENTS.md 7; actor2 the "
             "move's sponsors, implied, as 21a's opposition to a proposal); no time expression (rule 17)"),
            # 1
            ("AID", ("aid", "assuring the"), (None, "USA", "GOV"), CONTRAS, None,
             None, "unknown", None, "planned", None,
             "the 40 mln dlr military aid to the contras will go through ('virtually assuring': planned)"),
            # 2
            ("AID", ("aid", "100 mln-dlr"), ("Congress", "USA", "GOV"), (None, "NIC", "ORG"), None,
             "1986", "year", "last year", "asserted", None,
             "the 100 mln dlr aid package for the rebels approved by Congress last year (13a's aid voted by Congress)"),
            # 3
            ("AID", "reach", (None, "USA", "GOV"), (("the rebels", "reach"), "NIC", "ORG"), None,
             None, "unknown", None, "planned", 1,
             "later mention: the 40 mln dlrs (final installment) would reach the rebels"),
        ],
        "skip": [
            ("move", "object of the rejection (the defeated motion)"),
            ("block", "content of the defeated motion"),
            ("assuring", "consequence of the vote (the aid is coded on 'aid')"),
            (("vote", "52-to-48"), "anaphoric nominal (the defeat)"),
            ("victory", "evaluation"),
            (("made", "who made"), "standing policy (background; SUPPORT arguable)"),
            (("vote", "The vote virtually"), "anaphoric nominal (the defeat)"),
            ("guaranteed", "consequence of the vote (the aid is coded on 'reach')"),
            ("installment", "part of the aid (appositive)"),
            ("approved", "part of the aid appropriation (coded on 'aid')"),
            ("fighting", "descriptive participle (the rebels' war; ASSAULT arguable)"),
        ],
        "entities": [
            ("Senate", "ORG", "USA"),
            ("Nicaraguan", "NORP", "NIC"),
            ("contra", "NORP", "NIC"),
            ("Reagan", "PERSON", "USA"),
            (("contra", "made the"), "NORP", "NIC"),
            ("Central American", "NORP", None),
            ("Congress", "ORG", "USA"),
            ("Managua", "GPE", "NIC"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind22b.jsonl")
