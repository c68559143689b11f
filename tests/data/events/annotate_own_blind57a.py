"""Build ``own_blind57a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind57a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2290 left); 24 drawn with random.Random(57101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
52 event records (47 first mentions, 5 later mentions), 101 not_annotated spans, 95 entity mentions
(GPE 41, ORG 24, PERSON 17, NORP 11, LOC 2); no article without events; 6452 (Bank of England help) has a
single STATEMENT (everything else monetary operations); 1878 (EIA oil demand) has STATEMENTs only.
Types: STATEMENT 31, CONSULT 6, RETREAT 5, REQUEST 4, AID 3, COOPERATE 3; modality: asserted 48, planned 2,
negated 2; precision: day 33, unknown 12, month 6, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; four wrong first matches fixed that way: the lead's "repayment"
for France's "first repayment", "Pakistan's 1986/87" for "Pakistan's main exports", "he" inside "here" for
the ADB official's "he said", the lead's "other countries" for Baker's request target). See GUIDELINES.md
and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("U.S. Treasury Secretary James Baker": GPE "U.S." + PERSON, as
5b/43b; "Deputy Iranian Finance Minister Mehdi Navvab": NORP + PERSON; "President Francois Mitterrand":
PERSON only); a title with no name is not a PERSON ("the late Shah", "Commerce and Planning Minister");
a government body with its country word is one ORG span ("French Finance Ministry", "French Cereals
Intervention Board"); company names are tagged with their legal form and without angle brackets ("<Pratt
and Co Financial Services Pty Ltd>"), tickers are not entities; the possessive 's is left out
("Pakistan's", "Peking's", "Bank's", "EIA's"); "Iranian" inside "pro-Iranian" is NORP (31b's
"anti-American"); "Gulf" in "Gulf War" is LOC null (19a; the war itself not an entity); "Occidental Life
Insurance Co of Australia Ltd" is one ORG span (no nested GPE); currencies, programmes, the SPR and the
Petroleum Supply Monthly (a data series) are not entities.
Countries: France, Paris GPE FRA, "French" NORP FRA, Roland Dumas / "Dumas" and Francois Mitterrand PERSON
FRA, the (parliamentary) Foreign Affairs Committee and the French Finance Ministry ORG FRA; Iran, Tehran GPE
IRN, "Iranian" NORP IRN, Haddadi Gholam-reza and Mehdi Navvab PERSON IRN; Lebanon LBN, Iraq IRQ (GPE);
EURODIF ORG null (a multinational European consortium, 55b's European consortium; FRA arguable); the French
Cereals Intervention Board / ONIC ORG FRA (41b), Pakistan GPE PAK, European Community ORG null; "Pakistani"
NORP PAK, Mahbubul Haq / "Haq" PERSON PAK, the Gulf LOC null; "U.S." GPE USA, the Energy Information
Administration / EIA and the Energy Department ORG USA (20a); the Bank of England / "Bank" ORG GBR (31b);
the Asian Development Bank / ADB ORG null (20b), Peking and China GPE CHN, Reuters ORG GBR, Japan JPN, the
United States / U.S. USA, Sri Lanka LKA, Vietnam VNM, the Maldives MDV, Laos LAO, Afghanistan AFG (GPE),
Joe O. Rogers and Victor Frank / "Frank" PERSON USA, Senate ORG USA; Transamerica Corp and Transamerica
Occidental Life ORG USA, Occidental Life Insurance Co of Australia Ltd and Pratt and Co Financial Services
Pty Ltd ORG AUS, Melbourne and Australia GPE AUS, "Australian" NORP AUS, "North American" NORP null (21b,
51a); James Baker / "Baker" PERSON USA, Paris GPE FRA, the U.S. / United States GPE USA.

Judgement calls made here:
* 4875 (France-Iran loan talks, DCT Fri 1987-03-13, PARIS): "Talks between France and Iran on the
  repayment of a one billion dlr loan ... have made progress, Roland Dumas ... said" is CONSULT FRA GOV ->
  IRN GOV on "Talks" (the negotiations are the event, 12a's "negotiations ... are progressing well"; Dumas'
  "said" rule-3 attribution), undated (ongoing, no time expression), France first-named; the quote '"They
  are progressing ...," Dumas told reporters' is its later mention on "progressing" ("told" attribution,
  EVENTS.md 3), and "Since then negotiatiors have shuttled between Tehran and Paris for talks" a second
  later mention (the same negotiations; actor1 the negotiators, FRA as in the lead). "The two delegations
  appear to be near an agreement" is an assessment inside the quote (skipped; AGREE hypothetical
  arguable). Dumas (head of a parliamentary committee: FRA GOV) "earlier this week met Iranian Charge
  d'Affaires in Paris Haddadi Gholam-reza" is CONSULT FRA -> IRN, 1987-03 (the week of 9-13 March kept at
  its month, EVENTS.md 21), located in Paris. "official French statements last month" is a STATEMENT by
  implied French officials (FRA GOV, a nominal with its own date, EVENTS.md 11), 1987-02; "after talks
  between Deputy Iranian Finance Minister Mehdi Navvab and the French Finance Ministry" is CONSULT IRN ->
  FRA (Navvab first-named), placed in last month by the statements that followed them (rule 3; undated
  arguable). "were said to have led to little progress" is an anonymous passive (skipped), "the latest
  round in long-running negotiations" a background nominal. "France made a first repayment of 330 mln dlrs
  last November" is COOPERATE FRA -> IRN (implied; a transfer between two identified governments; RETREAT
  as a concession arguable), 1986-11. "Iran is claiming full repayment" is REQUEST IRN -> FRA (implied; a
  standing demand in the present progressive: undated, 17a); "the Shah's loan, made in 1975 to the EURODIF
  uranium enrichment consortium" is AID IRN GOV (the Shah, anchored at "Shah") -> EURODIF (null BUS), 1975
  (a nominal with its own predication and date; the lead's "loan by the late Shah" a background nominal);
  "It has also asked France to curb ... and stop selling weapons to Iraq" REQUEST IRN -> FRA and "France
  ... has made a counter claim for more than 500 mln dlrs in compensation" REQUEST FRA -> IRN (implied),
  both undated (perfects with no time expression, sets 15/16). France's hope about the hostages, the
  hostages "held by pro-Iranian groups" (COERCE by unnamed groups arguable), the contracts "broken after
  the 1979 revolution" and the arms sales to Iraq (content of the request) are skipped.
* 17662 (ONIC food aid tenders, DCT Mon 1987-06-01, PARIS): "ONIC will tender Wednesday for 20,000 tonnes
  soft wheat for Pakistan under the French food aid programme, an ONIC official said" is AID FRA GOV (ONIC,
  a state agency, 41b) -> Pakistan (PAK GOV), planned, 1987-06-03 (the next Wednesday), "said" rule-3
  attribution: the tender buys French food aid for a named recipient (a tender with unnamed offerers alone
  has no type, 21b/44a/51b; STATEMENT on "said" arguable). "ONIC also will hold a tender June 9 ... under
  the European Community food aid programme, ..., the official said" names no recipient (the tender
  skipped; AID FRA -> null planned arguable), so "the official said" is a STATEMENT (an official of a named
  agency, EVENTS.md 4), DCT, PARIS. The agentless shipping periods are the tenders' terms.
* 19947 (Pakistan trade policy, DCT Mon 1987-06-29, ISLAMABAD): "Pakistani government allowed freer cotton
  and rice export in a three-year new trade policy" is RETREAT PAK GOV (easing trade restrictions, 34a's
  Bangladesh import relaxation), actor2 null (no party named), undated (no time expression); "Haq said in
  a televised speech the government had also decided to allow duty-free import of cotton yarn ..." is a
  second RETREAT on "decided" (easing an import duty, 33b; a decision to act on "decided", 41a), undated,
  "said" rule-3 attribution, the tea import-export link a domestic trade rule (content, no type); "The
  duty-free import of cotton yarn has been allowed to bring down prices ..., he said" is its later mention
  on "allowed" ("said" attribution). "He said an export credit of 250 mln dlrs had been provided for the
  export of engineering goods to selected third world countries on soft credit terms" is AID PAK GOV
  (implied) -> the countries (a group: null), undated ("said" attribution; a domestic export subsidy with
  no type arguable); "He said that to correct this situation, 136 items had freed from import
  restrictions" is RETREAT PAK GOV (implied), actor2 null, undated ("said" attribution). The other five
  reporting clauses by Haq (the private sector exporting alongside the state corporations, the policy's
  term and yearly review, planning over a longer period, rationalising import controls, the quote on
  import restrictions hurting industry) are STATEMENTs (PAK GOV), DCT, ISLAMABAD; the local traders'
  "long-standing demand" is a background nominal (REQUEST arguable); statistics, remittances and the oil
  price drop are skipped.
* 1878 (EIA oil demand, published 1987-03-04 18:37, dateline "WASHINGTON, March 3"): the DCT is
  published_at's date, 1987-03-04 (GUIDELINES.md). Five reporting clauses ("the Energy Information
  Administration (EIA) said", "the Energy Department agency said" in its weekly report, two "the EIA said",
  "it said") are STATEMENTs by the EIA (USA GOV), DCT, WASHINGTON, each a first mention (new figures, 20a's
  17427). "Year-to-date figures will not become available until March 26 when EIA's Petroleum Supply
  Monthly data for January 1987 becomes available, the agency said" is a planned release: STATEMENT
  planned on "becomes available" (19b's "will be issued tonight"), 1987-03-26, location null, "the agency
  said" rule-3 attribution, the negated "become available" the same release (skipped). Demand, output and
  import figures are statistics.
* 6452 (Bank of England, DCT Wed 1987-03-18, LONDON): "The Bank of England said it had provided the money
  market with a further 15 mln stg assistance" is one STATEMENT (GBR GOV, DCT; 28b's 7027, 31b's 8247); the
  assistance, the total help, the bill purchases and the dealing rates "established this morning" are
  monetary operations, the "estimated shortage" the earlier forecast (all skipped).
* 17297 (ADB annual meeting, DCT Mon 1987-04-27, OSAKA): "a senior bank official told Reuters" is an
  official of a named body (EVENTS.md 4): null IGO; the 1989 annual meeting "will be held in Peking" and
  "the current meeting here" are internal meetings of a single body (skipped; CONSULT null -> CHN planned
  1989 arguable), so "told", "he said" (China to take a place on the board), "he added" (Peking's
  observers have attended board meetings over the past year: habitual, skipped; CONSULT arguable), "He
  said" (China to take the seat of the five-country grouping), "He also said" (the U.S. has named Victor
  Frank: an appointment) and "he added" (Frank awaits Senate approval, will take up his post later this
  year: appointment matters) are six STATEMENTs, DCT, OSAKA. "China, which was admitted as the bank's 47th
  member in March 1986" is skipped (membership admission: no clear type; COOPERATE/SUPPORT null -> CHN
  1986-03 arguable). "Whose nominee on the board, Joe O. Rogers, resigned in September 1986" is RETREAT
  (a resignation) by Rogers (the U.S. nominee: USA GOV), actor2 null (EVENTS.md 14), 1986-09 (a relative
  clause with its own date).
* 984 (Transamerica sells its Australian affiliate, DCT Tue 1987-03-03, LOS ANGELES): "Transamerica Corp
  said it will have an after-tax gain of about 10 mln U.S. dlrs on the sale ..." is a STATEMENT (a financial
  result: no type), DCT, LOS ANGELES; "the sale of its Occidental Life Insurance Co of Australia Ltd
  affiliate to <Pratt and Co Financial Services Pty Ltd> of Melbourne for 105 mln Australian dlrs" is
  COOPERATE USA BUS -> AUS BUS (an asset sale between companies, EVENTS.md 8; a nominal with its own parties
  and price, EVENTS.md 11), undated in its clause; "The sale was announced earlier today in Australia" is
  its later mention (its own predication and time expression, kept: EVENTS.md 21), 1987-03-03, located in
  Australia, "announced" rule-3 attribution. "Proceeds will be used to enhance the growth of North
  American operations ..., the company said" is a STATEMENT (corporate finance content), DCT.
* 8189 (Baker on dollar targets, DCT Mon 1987-03-23, LONDON): every remark comes from the television
  interview "aired here yesterday" (the second sentence; "Baker said in the interview" later), so all
  Baker's clauses are dated 1987-03-22 (rule 1 for the second sentence, rule 3 for the others: EVENTS.md
  20's true date; DCT arguable), location null (an interview, place not given, 21a; "here" is where it was
  aired). "Baker again said the meeting of six major industrial nations in Paris last month did not
  establish a target exchange rate for the dollar" is a STATEMENT (48a's "had no targets for the dollar";
  no alleging party, REJECT arguable; "establish" content, AGREE negated arguable); "the meeting ... in
  Paris last month" is CONSULT by the six (null, no actor2), 1987-02, Paris (a nominal with its own date,
  EVENTS.md 11); the quote '"We don't have a target for the dollar"' is the lead's later mention (EVENTS.md
  3). "He declined to comment on what might be a desired level" and "But he did not elaborate or name any
  countries" are withheld STATEMENTs (negated; "saying" a participial elaboration, "name" the same act).
  "He said protectionism was becoming ...", '"The mood in the United States ...," he said', '"As I've said
  before, ...," he said' (the inner "said before" skipped), "While relative exchange rates ..., he said"
  and '"You must address this problem ...," Baker said in the interview' are STATEMENTs (assessments; the
  generic "You must" asks no actor, EVENTS.md 2). "Baker said it would be necessary for other countries to
  adjust their currencies upwards, as well as remove their barriers to U.S. Imports" is REQUEST USA GOV ->
  other countries (a group: null, EVENTS.md 2). Other countries' "import barriers" are a background
  nominal (SANCTION arguable).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind57a.jsonl"

PAR = ("PARIS", "FRA")
ISB = ("ISLAMABAD", "PAK")
WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
OSA = ("OSAKA", "JPN")
LAX = ("LOS ANGELES", "USA")
PARIS_TXT = ("Paris", "FRA")
AUS_TXT = ("Australia", "AUS")

FRA_GOV = "FRA", "GOV"
IRN_GOV = "IRN", "GOV"
PAK_GOV = "PAK", "GOV"
USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
AUS_BUS = "AUS", "BUS"
GBR_GOV = "GBR", "GOV"
IGO = None, "IGO"

FRA_IMPLIED = (None,) + FRA_GOV
IRN_IMPLIED = (None,) + IRN_GOV
PAK_IMPLIED = (None,) + PAK_GOV
HAQ = (("Haq", "Haq said now"),) + PAK_GOV
EIA = ("the Energy Information Administration",) + USA_GOV
ADB_OFFICIAL = ("a senior bank official",) + IGO
BAKER = ("U.S. Treasury Secretary James Baker",) + USA_GOV
IV = "1987-03-22"  # the television interview "aired here yesterday" (DCT Mon 1987-03-23 - 1)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-4875": {
        "events": [
            # 0
            ("CONSULT", "Talks", ("France",) + FRA_GOV, ("Iran",) + IRN_GOV, None,
             None, "unknown", None, "asserted", None,
             "talks between France and Iran on repaying the Shah's loan have made progress: the negotiations are the "
             "event (12a's 'negotiations ... are progressing well'), Dumas' 'said' rule-3 attribution; ongoing, no "
             "time expression: undated; first-named party first"),
            # 1
            ("CONSULT", "progressing", FRA_IMPLIED, IRN_IMPLIED, None,
             None, "unknown", None, "asserted", 0,
             "later mention: Dumas' quoted restatement 'They are progressing' (EVENTS.md 3), 'told' attribution; "
             "first mention's date"),
            # 2
            ("CONSULT", "met", (("Dumas", "Dumas, a close"),) + FRA_GOV,
             ("Iranian Charge d'Affaires in Paris\nHaddadi Gholam-reza",) + IRN_GOV, PARIS_TXT,
             "1987-03", "month", "earlier this week", "asserted", None,
             "Dumas (a parliamentary committee head: FRA GOV) met Iran's charge d'affaires in Paris; 'earlier this "
             "week' on Fri 13 March = the week of 9-13 March, kept at its month (EVENTS.md 21)"),
            # 3
            ("STATEMENT", "statements", FRA_IMPLIED, None, None,
             "1987-02", "month", "last month", "asserted", None,
             "official French statements last month (a nominal with its own date, EVENTS.md 11; speakers implied "
             "French officials) that the talks made little progress"),
            # 4
            ("CONSULT", ("talks", "last month after"), ("Deputy Iranian\nFinance Minister Mehdi Navvab",) + IRN_GOV,
             ("the French Finance Ministry",) + FRA_GOV, None,
             "1987-02", "month", "last month", "asserted", None,
             "talks between Iran's deputy finance minister and the French Finance Ministry, which the statements of "
             "last month followed: placed in last month (rule 3; undated arguable); Navvab first-named"),
            # 5
            ("COOPERATE", ("repayment", "a first"), (("France", "France made"),) + FRA_GOV, IRN_IMPLIED, None,
             "1986-11", "month", "last\nNovember", "asserted", None,
             "France made a first repayment of 330 mln dlrs of the Shah's loan to Iran (a material transfer between "
             "two identified governments; RETREAT as a concession arguable); past month: 1986-11"),
            # 6
            ("CONSULT", "shuttled", ("negotiatiors",) + FRA_GOV, IRN_IMPLIED, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the negotiators shuttling between Tehran and Paris for talks since November are the "
             "same France-Iran negotiations (first mention's date); negotiators of both sides, France first as in "
             "the lead"),
            # 7
            ("REQUEST", "claiming", (("Iran", "Iran is claiming"),) + IRN_GOV, FRA_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Iran is claiming full repayment of principal and interest (a demand on France; present progressive "
             "standing demand, no time expression: undated, 17a's 'is insisting')"),
            # 8
            ("AID", ("loan", "the Shah's"), (("Shah", "the Shah's"),) + IRN_GOV,
             ("the EURODIF uranium\nenrichment consortium", None, "BUS"), None,
             "1975", "year", "1975", "asserted", None,
             "the Shah's loan made in 1975 to the EURODIF consortium (a loan = AID, EVENTS.md 8; a nominal with its "
             "own predication and date, 'made' the light verb); EURODIF a multinational consortium: no country "
             "(55b; FRA arguable)"),
            # 9
            ("REQUEST", "asked", (("It", "It has also asked"),) + IRN_GOV, (("France", "asked"),) + FRA_GOV, None,
             None, "unknown", None, "asserted", None,
             "Iran has asked France to curb Iranian dissidents and stop selling weapons to Iraq (a demand); perfect "
             "with no time expression: undated (sets 15/16)"),
            # 10
            ("REQUEST", "counter claim", (("France", "France for its part"),) + FRA_GOV, IRN_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "France has made a counter claim for over 500 mln dlrs in compensation (a demand on Iran; the event "
             "noun after the light verb 'made'); perfect, no time expression: undated"),
        ],
        "skip": [
            (("loan", "one billion dlr"), "background nominal (the loan, coded at 'the Shah's loan, made in 1975')"),
            (("said", "Committee"), "rule-3 attribution (the talks are the event)"),
            ("heard", "part of the quote (hedge)"),
            ("told", "attribution of the quoted restatement (the talks are the event)"),
            ("agreement", "assessment that the delegations are near an agreement (not reached; content of the quote, "
                          "AGREE hypothetical arguable)"),
            ("report of progress", "anaphoric nominal (Dumas' remarks)"),
            ("contrasts", "stative"),
            (("said", "were"), "anonymous passive ('were said'): no identifiable speaker"),
            ("negotiations", "background nominal (the long-running negotiations, coded at the lead's 'Talks')"),
            (("led", "have"), "content of the anonymous talk"),
            (("talks", "Paris for"), "anaphoric nominal (the negotiations)"),
            ("hopes", "France's hope (stative; content: the hostages' freedom)"),
            ("secure freedom", "content of the hope"),
            ("held", "background participle (hostages held by pro-Iranian groups: COERCE arguable, captors unnamed "
                     "groups)"),
            (("repayment", "full"), "content of the claim"),
            ("curb", "content of the request"),
            ("stop selling", "content of the request (France's arms sales to Iraq: COOPERATE FRA -> IRQ arguable)"),
            ("compensation", "content of the counter claim"),
            ("broken", "background participle (contracts broken after the 1979 revolution; no type)"),
            ("revolution", "background nominal (the 1979 revolution)"),
        ],
        "entities": [
            ("France", "GPE", "FRA"),
            ("Iran", "GPE", "IRN"),
            ("Roland Dumas", "PERSON", "FRA"),
            ("Foreign Affairs\nCommittee", "ORG", "FRA"),
            (("Dumas", "Dumas told"), "PERSON", "FRA"),
            (("Dumas", "Dumas, a close"), "PERSON", "FRA"),
            ("Francois Mitterrand", "PERSON", "FRA"),
            (("Iranian", "met"), "NORP", "IRN"),
            (("Paris", "Charge d'Affaires in"), "GPE", "FRA"),
            ("Haddadi Gholam-reza", "PERSON", "IRN"),
            (("French", "official"), "NORP", "FRA"),
            (("Iranian", "Deputy"), "NORP", "IRN"),
            ("Mehdi Navvab", "PERSON", "IRN"),
            ("French Finance Ministry", "ORG", "FRA"),
            (("France", "France made"), "GPE", "FRA"),
            ("Tehran", "GPE", "IRN"),
            (("Paris", "Tehran\nand"), "GPE", "FRA"),
            (("France", "talks which"), "GPE", "FRA"),
            (("Iranian", "pro-"), "NORP", "IRN"),
            ("Lebanon", "GPE", "LBN"),
            (("Iran", "Iran is claiming"), "GPE", "IRN"),
            ("EURODIF", "ORG", None),
            (("France", "asked"), "GPE", "FRA"),
            (("Iranian", "activities of"), "NORP", "IRN"),
            (("France", "dissidents in"), "GPE", "FRA"),
            ("Iraq", "GPE", "IRQ"),
            ("Gulf", "LOC", None),
            (("France", "France for its part"), "GPE", "FRA"),
            (("French", "contracts with"), "NORP", "FRA"),
        ],
    },
    "reuters21578-17662": {
        "events": [
            # 0
            ("AID", "tender", ("The French Cereals Intervention Board",) + FRA_GOV, ("Pakistan",) + PAK_GOV, None,
             "1987-06-03", "day", "Wednesday", "planned", None,
             "ONIC will tender Wednesday for 20,000 tonnes of soft wheat for Pakistan under the French food aid "
             "programme (the tender buys France's food aid for a named recipient: AID FRA -> PAK; a tender with "
             "unnamed offerers alone has no type, 21b); next Wednesday from Mon 1 June = 1987-06-03; 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", ("said", "the official said"), ("the official",) + FRA_GOV, None, PAR,
             "1987-06-01", "day", None, "asserted", None,
             "ONIC will hold a tender June 9 for wheat under the EC food aid programme (no recipient named, unnamed "
             "offerers: no type, 21b's tender), so the reporting clause is a STATEMENT (an official of a named state "
             "agency, EVENTS.md 4); DCT, dateline city"),
        ],
        "skip": [
            (("said", "an ONIC official"), "rule-3 attribution (the food aid tender is the event)"),
            (("food aid programme", "French"), "background nominal (the programme the aid falls under)"),
            ("shipped", "content: the aid's shipping period (agentless)"),
            (("tender", "hold a"), "tender with unnamed offerers and no named recipient: no type (21b; AID FRA -> "
                                   "null planned arguable)"),
            (("food aid programme", "European Community"), "background nominal (the EC programme)"),
            ("shipment", "content: the tender's shipment terms"),
        ],
        "entities": [
            ("French Cereals Intervention Board", "ORG", "FRA"),
            ("ONIC", "ORG", "FRA"),
            ("Pakistan", "GPE", "PAK"),
            (("French", "under the"), "NORP", "FRA"),
            (("ONIC", "an ONIC"), "ORG", "FRA"),
            (("ONIC", "ONIC also"), "ORG", "FRA"),
            ("European Community", "ORG", None),
        ],
    },
    "reuters21578-19947": {
        "events": [
            # 0
            ("RETREAT", "allowed", ("Pakistani government",) + PAK_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "the government allowed freer cotton and rice exports in a new three-year trade policy (easing trade "
             "restrictions, 34a's Bangladesh import relaxation); no party named: actor2 null; no time expression: "
             "undated"),
            # 1
            ("RETREAT", "decided", (("the government", "televised speech"),) + PAK_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "the government decided to allow duty-free import of cotton yarn (easing an import duty, 33b's tariff "
             "cuts; on 'decided', 12b/13a/16b/41a); imports in general: actor2 null; past perfect, no time "
             "expression: undated; Haq's 'said in a televised speech' rule-3 attribution"),
            # 2
            ("STATEMENT", ("said", "But Haq said"), HAQ, None, ISB,
             "1987-06-29", "day", None, "asserted", None,
             "the private sector will now also export cotton and rice (the result of the lead's measure: content, no "
             "type); wire style: DCT, dateline city"),
            # 3
            ("RETREAT", ("allowed", "has been"), PAK_IMPLIED, None, None,
             None, "unknown", None, "asserted", 1,
             "later mention: the duty-free import of cotton yarn 'has been allowed' (the same measure, with its "
             "purpose); 'he said' attribution; first mention's date"),
            # 4
            ("STATEMENT", ("said", "Haq said the new policy"), (("Haq", "Haq said the new policy"),) + PAK_GOV, None, ISB,
             "1987-06-29", "day", None, "asserted", None,
             "the policy, effective from July 1, runs three years with yearly reviews (description); DCT"),
            # 5
            ("STATEMENT", ("said", "and Haq said"), (("Haq", "and Haq said"),) + PAK_GOV, None, ISB,
             "1987-06-29", "day", None, "asserted", None,
             "the three-year policy will let businessmen plan over a longer period (assessment); DCT"),
            # 6
            ("AID", ("provided", "had been"), PAK_IMPLIED, ("selected third world countries",) + IGO, None,
             None, "unknown", None, "asserted", None,
             "an export credit of 250 mln dlrs on soft terms for engineering exports to selected third world "
             "countries (credit = AID, EVENTS.md 8; the government implied, the countries a group: null); past "
             "perfect, no time expression: undated; 'He said' attribution (a domestic export subsidy, no type, "
             "arguable)"),
            # 7
            ("STATEMENT", ("said", "He said the government policy"), (("He", "He said the government policy"),)
             + PAK_GOV, None, ISB,
             "1987-06-29", "day", None, "asserted", None,
             "the policy is to rationalise and streamline import controls (domestic policy, no type); DCT"),
            # 8
            ("STATEMENT", ("said", "necessary inputs,\" he"), (("he", "necessary inputs,\""),) + PAK_GOV, None, ISB,
             "1987-06-29", "day", None, "asserted", None,
             "quote: import restrictions have hurt local industry (assessment; the quote's next two sentences "
             "continue it); DCT"),
            # 9
            ("RETREAT", "freed", PAK_IMPLIED, None, None,
             None, "unknown", None, "asserted", None,
             "136 items freed from import restrictions (easing trade restrictions; the government implied, no party "
             "named); past perfect, no time expression: undated; 'He said' attribution"),
        ],
        "skip": [
            ("aimed", "purpose of the policy"),
            (("said", "Mahbubul Haq"), "rule-3 attribution (the duty-free import decision is the event)"),
            ("speech", "occasion of the reporting clause"),
            (("allow", "decided to"), "content of the decision"),
            ("make the textile", "purpose clause"),
            ("link", "a countertrade rule for tea imports (domestic trade policy, no type; content of the decision)"),
            ("handled", "stative (state corporations' export monopoly)"),
            (("export", "would also"), "content of the statement (the private sector's exports)"),
            ("meets", "content of the statement"),
            ("demand", "background nominal (the traders' long-standing demand; REQUEST PAK -> PAK GOV arguable)"),
            (("said", "world market, he"), "attribution (the later mention of the duty-free import is the event)"),
            ("bring down", "purpose clause"),
            ("compete", "purpose clause"),
            ("reviewed", "content of the statement"),
            ("departure", "stative (comparison with past practice)"),
            ("announcing", "generic (past practice of announcing yearly policies)"),
            ("enable", "content of the statement"),
            (("said", "He said an export"), "rule-3 attribution (the export credit is the event)"),
            ("rationalise", "content of the statement"),
            ("streamline", "content of the statement"),
            ("observed", "part of the quote (agentless passive)"),
            ("suffering", "content of the quote"),
            ("smuggling", "content of the quote (no identifiable actor)"),
            (("said", "He said that to correct"), "rule-3 attribution (the freeing of 136 items is the event)"),
            ("correct", "purpose clause"),
            (("met", "Pakistan has"), "stative (how the trade gap has been financed)"),
            (("fall", "begun to"), "statistics (remittances)"),
            (("drop", "after the"), "market-price movement (oil prices)"),
        ],
        "entities": [
            ("Pakistani", "NORP", "PAK"),
            ("Mahbubul Haq", "PERSON", "PAK"),
            (("Pakistani", "export of"), "NORP", "PAK"),
            (("Pakistan", "Cotton and rice are"), "GPE", "PAK"),
            (("Haq", "Haq said now"), "PERSON", "PAK"),
            (("Haq", "Haq said the new policy"), "PERSON", "PAK"),
            (("Haq", "and Haq said"), "PERSON", "PAK"),
            (("Pakistan", "Pakistan's 1986/87"), "GPE", "PAK"),
            (("Pakistan", "Previously,"), "GPE", "PAK"),
            ("Gulf", "LOC", None),
            (("Pakistan", "crisis for"), "GPE", "PAK"),
        ],
    },
    "reuters21578-1878": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(EIA)"), EIA, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "statistics release: four-week oil demand (published_at 1987-03-04, dateline March 3: DCT is "
             "published_at's date, GUIDELINES.md); dateline city"),
            # 1
            ("STATEMENT", ("said", "Energy Department agency"), ("the Energy Department agency",) + USA_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None, "statistics in its weekly report: distillate demand"),
            # 2
            ("STATEMENT", ("said", "from 1.44 mln, the EIA"), (("the EIA", "from 1.44 mln,"),) + USA_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None, "statistics: gasoline and residual fuel demand"),
            # 3
            ("STATEMENT", ("said", "from three mln, the EIA"), (("the EIA", "from three mln,"),) + USA_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None, "statistics: crude production and imports"),
            # 4
            ("STATEMENT", ("said", "a year earlier, it"), (("it", "a year earlier, it"),) + USA_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None, "statistics: refinery runs"),
            # 5
            ("STATEMENT", ("becomes available", "when"), (("EIA", "when EIA's"),) + USA_GOV, None, None,
             "1987-03-26", "day", "March\n26", "planned", None,
             "year-to-date figures available on March 26 when EIA's Petroleum Supply Monthly comes out (a planned "
             "release, 19b's 'will be issued tonight'); future day; 'the agency said' rule-3 attribution; no place "
             "given for the release"),
        ],
        "skip": [
            ("rose", "statistics, no acting actor"),
            (("report", "petroleum status"), "part of the reporting clause (the agency's weekly report)"),
            ("averaged", "statistics"),
            ("estimated", "agentless statistics"),
            (("averaged", "gross daily"), "statistics"),
            (("become available", "will not"), "the same planned release (not before March 26)"),
            (("said", "the agency said"), "rule-3 attribution (the planned release is the event)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Energy Information Administration", "ORG", "USA"),
            ("EIA", "ORG", "USA"),
            ("Energy Department", "ORG", "USA"),
            (("EIA", "from 1.44 mln,"), "ORG", "USA"),
            (("EIA", "from three mln,"), "ORG", "USA"),
            (("EIA", "when EIA's"), "ORG", "USA"),
        ],
    },
    "reuters21578-6452": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Bank of England",) + GBR_GOV, None, LON,
             "1987-03-18", "day", None, "asserted", None,
             "the afternoon help is a monetary operation (28b's 7027, 31b's 8247): the reporting clause is a "
             "STATEMENT; DCT, dateline city"),
        ],
        "skip": [
            ("provided", "money-market assistance (monetary operation)"),
            ("assistance", "monetary operation"),
            ("help", "the Bank's total help (monetary operation)"),
            ("estimated", "anaphoric (the earlier shortage forecast)"),
            ("purchased", "bill purchases (monetary operation)"),
            ("established", "dealing rates set this morning (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "brings the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-17297": {
        "events": [
            # 0
            ("STATEMENT", "told", ADB_OFFICIAL, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "the 1989 ADB annual meeting will be held in Peking (an internal meeting of a single body: no type); an "
             "official of a named body (EVENTS.md 4), null IGO; DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "current meeting here, he"), ((" he", ", he said. Peking"),) + IGO, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "China will take a place on the ADB board at the current meeting (institutional seat: no type); DCT"),
            # 2
            ("STATEMENT", ("added", "voting rights, he"), (("he", "voting rights,"),) + IGO, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "Peking's representatives have attended board meetings as observers (habitual attendance: no event); "
             "DCT"),
            # 3
            ("STATEMENT", ("said", "He said China"), (("He", "He said China"),) + IGO, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "China will take the board seat held by a grouping of five countries (institutional seat: no type); "
             "DCT"),
            # 4
            ("STATEMENT", ("said", "He also said"), (("He", "He also said"),) + IGO, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "the U.S. has named Victor Frank to replace Rogers (an appointment: not an event); DCT"),
            # 5
            ("RETREAT", "resigned", ("Joe O.\nRogers",) + USA_GOV, None, None,
             "1986-09", "month", "September 1986", "asserted", None,
             "the U.S. nominee on the ADB board resigned in September 1986 (a resignation = RETREAT, actor2 null, "
             "EVENTS.md 14; a relative clause with its own date)"),
            # 6
            ("STATEMENT", ("added", "later this year, he"), (("he", "later this year,"),) + IGO, None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "Frank awaits Senate approval and will take up his post later this year (appointment matters); DCT"),
        ],
        "skip": [
            (("held", "will be"), "internal meeting of a single body (the ADB annual meeting; CONSULT null -> CHN "
                                  "planned 1989 arguable)"),
            ("admitted", "admission as a member (no clear type; a relative clause dated March 1986: COOPERATE/SUPPORT "
                         "null -> CHN arguable)"),
            ("take a place", "institutional seat on the board (no type)"),
            (("meeting", "current"), "internal meeting of a single body (the current ADB annual meeting)"),
            ("attending", "habitual attendance over the past year (CONSULT CHN -> ADB arguable)"),
            ("take the seat", "institutional seat (no type)"),
            ("occupied", "stative"),
            ("named", "appointment (not an event)"),
            ("replacement", "appointment (not an event)"),
            ("awaiting", "appointment confirmation pending (not an event)"),
            ("approval", "Senate confirmation of an appointment (not an event)"),
            ("take up his post", "appointment (not an event)"),
        ],
        "entities": [
            ("Asian Development Bank", "ORG", None),
            ("Peking", "GPE", "CHN"),
            ("Reuters", "ORG", "GBR"),
            ("China", "GPE", "CHN"),
            ("ADB", "ORG", None),
            (("Peking", "Peking's"), "GPE", "CHN"),
            (("China", "He said"), "GPE", "CHN"),
            ("Japan", "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            ("Sri Lanka", "GPE", "LKA"),
            ("Vietnam", "GPE", "VNM"),
            ("Maldives", "GPE", "MDV"),
            ("Laos", "GPE", "LAO"),
            ("Afghanistan", "GPE", "AFG"),
            ("U.S.", "GPE", "USA"),
            ("Joe O.\nRogers", "PERSON", "USA"),
            ("Victor Frank", "PERSON", "USA"),
            (("Frank", "Frank, a private"), "PERSON", "USA"),
            ("Senate", "ORG", "USA"),
        ],
    },
    "reuters21578-984": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Transamerica Corp",) + USA_BUS, None, LAX,
             "1987-03-03", "day", None, "asserted", None,
             "will have an after-tax gain of about 10 mln dlrs on the sale (a financial result: corporate finance, "
             "no type); DCT, dateline city"),
            # 1
            ("COOPERATE", "sale", ("Transamerica Corp",) + USA_BUS,
             ("Pratt and Co Financial Services Pty Ltd",) + AUS_BUS, None,
             None, "unknown", None, "asserted", None,
             "the sale of its Australian life insurance affiliate to Pratt of Melbourne for 105 mln Australian dlrs "
             "(an asset sale between companies, EVENTS.md 8; a nominal with its own parties and price, EVENTS.md 11); "
             "no time expression in its clause: undated"),
            # 2
            ("COOPERATE", ("sale", "The sale"), (None,) + USA_BUS, (None,) + AUS_BUS, AUS_TXT,
             "1987-03-03", "day", "earlier today", "asserted", 1,
             "later mention: 'The sale was announced earlier today in Australia' (its own predication and time "
             "expression, kept: EVENTS.md 21; 'announced' rule-3 attribution)"),
            # 3
            ("STATEMENT", ("said", "the company said"), (("the company", "subsidiary,"),) + USA_BUS, None, LAX,
             "1987-03-03", "day", None, "asserted", None,
             "the proceeds will fund the growth of its North American life insurance operations (corporate finance: "
             "content); DCT"),
        ],
        "skip": [
            ("gain", "content (a financial result)"),
            ("announced", "rule-3 attribution (the sale is the event)"),
            ("used", "content (use of proceeds: corporate finance)"),
            ("enhance", "content (purpose)"),
        ],
        "entities": [
            ("Transamerica Corp", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Occidental Life Insurance Co of Australia Ltd", "ORG", "AUS"),
            ("Pratt and Co Financial Services Pty Ltd", "ORG", "AUS"),
            ("Melbourne", "GPE", "AUS"),
            ("Australian", "NORP", "AUS"),
            (("Australia", "earlier today in"), "GPE", "AUS"),
            ("North American", "NORP", None),
            ("Transamerica Occidental Life", "ORG", "USA"),
        ],
    },
    "reuters21578-8189": {
        "events": [
            # 0
            ("STATEMENT", ("said", "again"), BAKER, None, None,
             IV, "day", "yesterday", "asserted", None,
             "the Paris meeting did not establish a dollar target (48a's 'had no targets for the dollar': a "
             "STATEMENT, no alleging party; REJECT arguable); the lead of the television interview 'aired here "
             "yesterday' (next sentence): its date by rule 3 (EVENTS.md 20's true date; DCT arguable); an interview, "
             "place not given (21a): location null"),
            # 1
            ("CONSULT", "meeting", ("six major industrial nations",) + IGO, None, PARIS_TXT,
             "1987-02", "month", "last month", "asserted", None,
             "the meeting of six major industrial nations in Paris last month (a nominal with its own date, "
             "EVENTS.md 11; a group: null, no actor2)"),
            # 2
            ("STATEMENT", ("said", "Baker said in a television"), (("Baker", "Baker said in a television"),) + USA_GOV,
             None, None, IV, "day", "yesterday", "asserted", 0,
             "later mention: the quoted restatement 'We don't have a target for the dollar' (EVENTS.md 3), in the "
             "interview aired yesterday"),
            # 3
            ("STATEMENT", ("comment", "declined to"), (("He", "He declined"),) + USA_GOV, None, None,
             IV, "day", "yesterday", "negated", None,
             "declined to comment on a desired dollar level: withheld statement (EVENTS.md 5), in the interview; "
             "'saying' its participial elaboration"),
            # 4
            ("STATEMENT", ("said", "He said protectionism"), (("He", "He said protectionism"),) + USA_GOV, None, None,
             IV, "day", "yesterday", "asserted", None,
             "protectionism is becoming extremely strong in the U.S. (assessment), in the interview"),
            # 5
            ("STATEMENT", ("said", "It's extremely strong,\" he"), (("he", "It's extremely strong,\""),) + USA_GOV,
             None, None, IV, "day", "yesterday", "asserted", None,
             "quote: the mood in the United States is extremely disturbing (adds to the paraphrase; a first "
             "mention), in the interview"),
            # 6
            ("STATEMENT", ("said", "late 1930s,\" he"), (("he", "late 1930s,\""),) + USA_GOV, None, None,
             IV, "day", "yesterday", "asserted", None,
             "quote: a struggle to preserve the free trading system (assessment), in the interview"),
            # 7
            ("STATEMENT", ("said", "any solution, he"), (("he", "any solution,"),) + USA_GOV, None, None,
             IV, "day", "yesterday", "asserted", None,
             "exchange rates alone offer no solution to protectionism (assessment), in the interview"),
            # 8
            ("STATEMENT", ("said", "approach,\" Baker"), (("Baker", "approach,\""),) + USA_GOV, None, None,
             IV, "day", "yesterday", "asserted", None,
             "quote: the problem needs a comprehensive approach ('You must' generic: no actor asked, EVENTS.md 2); "
             "'said in the interview': rule 3"),
            # 9
            ("REQUEST", ("said", "Baker said it would"), (("Baker", "Baker said it would"),) + USA_GOV,
             (("other countries", "necessary for"),) + IGO, None,
             IV, "day", "yesterday", "asserted", None,
             "other countries should revalue their currencies and remove barriers to U.S. imports (an actor told it "
             "should act, EVENTS.md 2; a group: null), in the interview"),
            # 10
            ("STATEMENT", "elaborate", (("he", "But he did not"),) + USA_GOV, None, None,
             IV, "day", "yesterday", "negated", None,
             "'did not elaborate or name any countries': withheld statement (EVENTS.md 5), in the interview"),
        ],
        "skip": [
            ("establish", "content of the statement (an agreement not reached by the six: AGREE negated arguable)"),
            (("interview", "television"), "occasion of the reporting clause"),
            ("aired", "broadcast of the interview (no type)"),
            ("declined", "part of the withheld statement (coded on 'comment')"),
            ("saying", "participial elaboration of the withheld statement (EVENTS.md 3)"),
            (("talk", "really don't"), "content of the quote"),
            ("barriers", "background nominal (other countries' import barriers; SANCTION arguable)"),
            (("said", "As I've"), "reference to earlier remarks, undated (part of the quote)"),
            ("struggle", "metaphor (content of the quote)"),
            ("preserve", "content of the quote"),
            ("goes protectionist", "hypothetical (content of the quote)"),
            ("defusing", "content of the statement"),
            ("address", "content of the quote (generic 'you')"),
            ("solved", "content of the quote"),
            (("interview", "Baker said in the"), "occasion of the reporting clause"),
            ("adjust", "content of the request"),
            ("remove", "content of the request"),
            ("name any", "the same withheld statement (coded on 'elaborate')"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Paris", "GPE", "FRA"),
            (("Baker", "Baker said in a television"), "PERSON", "USA"),
            (("U.S.", "strong\" in the"), "GPE", "USA"),
            (("U.S.", "widening"), "GPE", "USA"),
            ("United States", "GPE", "USA"),
            (("U.S.", "(the"), "GPE", "USA"),
            (("Baker", "approach,\""), "PERSON", "USA"),
            (("Baker", "Baker said it would"), "PERSON", "USA"),
            (("U.S.", "barriers to"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
