"""Build ``own_blind76a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind76a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1980 left); 24 drawn with random.Random(76101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
52 event records (50 first mentions, 2 later mentions), 126 not_annotated spans, 126 entity mentions
(ORG 43, GPE 34, PERSON 24, NORP 20, LOC 5); no article without events; 8756 (Bond Corp's no comment),
11857 (Lufthansa's new flights) and 10011 (Statistics Canada oil trade) have reporting-clause STATEMENTs
only.
Types: STATEMENT 42, CONSULT 3, REQUEST 3, ACCUSE 2, AGREE 2; modality: asserted 49, negated 3;
precision: day 46, unknown 4, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, six wrong first matches fixed:
"Japan" in "Japanese", "Asia" in "Asian", "Allied" and "Shearson" inside the full company names,
"approach" in "bid approach", a "fell" in the wrong sentence). See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("President Yoweri Museveni", "Japanese Finance Minister Kiichi
Miyazawa": NORP + PERSON, "Department of Agriculture Undersecretary Daniel Amstutz": ORG + PERSON,
"subcommittee Chairman Rep. Dan Glickman": PERSON only; "Bond Corp's Executive Director for Finance and
Administration" is a title); company names are tagged with their legal form and without angle brackets,
tickers ("<BONA.S>", "<PEL>", "<LHAG.F>") are not entities; the possessive 's is left out ("Bond Corp's",
"Allied's", "Museveni's", "ADB's", "USDA's", "Shearson's"); a lower-case government ("The Ugandan
government") gives only its country word (72a); a company name inside a longer company name is not a
second mention ("Allied" in "Allied Lyons Plc", "Shearson" in "Shearson Lehman Bros."), but a short form
on its own is ("Allied's shares", "Shearson's Tulis"); "El Paso Gas", "Statistics Canada" and "Gulf of
Mexico" are single spans (no nested GPE, as "Bank of Japan"); "Washington D.C." is one GPE span; "(D-Kans.)"
gives GPE "Kans." (14b's "Vt"); "House agriculture subcommittee" is one ORG (30b's "House banking
subcommittee"); "International Monetary Funds Interim Committee" is one ORG (the text's spelling);
products, currencies (shilling, rouble), programmes and "LNG" are not entities.
Countries: "Ugandan" NORP UGA, Uganda and Kampala GPE UGA, Yoweri Museveni / "Museveni" PERSON UGA, the
Produce Marketing Board ORG UGA, Reuters ORG GBR (earlier sets), "Islamic" and "Western" NORP null (18b,
19b); the Soviet Union and Moscow GPE SUN, "Soviet" NORP SUN, the State Bank ORG SUN, Yurij V. Ponomarev /
"Ponomarev" PERSON SUN, the Asian Development Bank / ADB ORG null, Asia LOC null, "U.S." and Washington GPE
USA; Bond Corp Holdings Ltd / "Bond Corp" / "Bond" and Elders IXL Ltd ORG AUS ("of Australia"), Australia
GPE AUS, Tony Oates PERSON AUS (Bond's director), Allied Lyons Plc / "Allied" ORG GBR ("U.K. ... giant"),
London and U.K. GPE GBR; "Japanese" NORP JPN, Japan GPE JPN, Kiichi Miyazawa / "Miyazawa" PERSON JPN, the
IMF Interim Committee ORG null, Paris GPE FRA; the Department of Agriculture / USDA, the House agriculture
subcommittee, the Commodity Credit Corporation / CCC and the General Accounting Office / GAO ORG USA,
Daniel Amstutz / "Amstutz" and Dan Glickman PERSON USA, "Kans." GPE USA; Deutsche Lufthansa AG /
"Lufthansa" ORG DEU, Frankfurt GPE DEU, Washington D.C. / Washington GPE USA, Riyadh GPE SAU, "Saudi" NORP
SAU, the Middle East, the North Atlantic and the Atlantic LOC null; Algeria and Algiers GPE DZA,
"Algerian" NORP DZA, Sonatrach ORG DZA (the state petroleum agency), Youcef Yousfi PERSON DZA, "U.S." GPE
USA, Daniel Tulis / "Tulis" and Frank Spadine PERSON USA, Shearson Lehman Bros. / "Shearson" and Bankers
Trust ORG USA, Panhandle Eastern, Distrigas, Cabot Corp, El Paso Gas and Burlington Northern ORG USA (the
text gives no country; U.S. gas companies and their U.S. tickers, dateline NEW YORK, as 55a's
Princeville), the Gulf of Mexico LOC null (it borders several countries); "Canadian" NORP CAN, Statistics
Canada ORG CAN.

Judgement calls made here:
* 17141 (Uganda's four-year plan, DCT Fri 1987-04-24, KAMPALA): the government's plan is its own
  document, so its clauses are the government speaking (implied author, 13b/17b's "the report said"):
  "The Ugandan government, in its ... plan, proposed taxing land and food crops" is a STATEMENT UGA GOV on
  "proposed" (domestic tax policy has no type, so its announcement is a rule-4 STATEMENT; skipping it as
  domestic policy arguable), DCT, KAMPALA; "The government also said in the plan ... that a devaluation
  ... would do little", "..., the plan said" (debt statistics), "The plan says the aim is to spread the
  tax burden" and "it repeats Museveni's argument that any form of fotation [floatation] would not help" are
  STATEMENTs, DCT ("Museveni's argument" a background nominal, skipped). "It says the government had
  already secured 1.4 billion dlrs in pledges before Islamic lenders promised a further 494 mln dlrs at
  a conference in Kampala last week": "It says" is rule-3 attribution; the pledges are AGREE (a promise
  of funds, 29a's pledge; AID arguable) by unnamed donors (implied, null) -> UGA GOV, trigger "pledges",
  undated (pluperfect, before last week); "Islamic lenders promised" is AGREE null IGO -> UGA (implied),
  1987-04 ("last week" = 13-19 April, month precision), located in Kampala; the conference is a
  background nominal (CONSULT arguable). "seeks to raise 2.4 billion dlrs in investment funds from
  abroad" is the plan's target with no identified counterpart (skipped; REQUEST arguable); Museveni's
  taking power 15 months ago is domestic background (skipped). "Western governments and multilateral
  funds say the Ugandan shilling is grossly overvalued and the government must change the exchange rate"
  is REQUEST null IGO (groups of countries and IGOs, one record) -> UGA GOV (EVENTS.md 2), undated (a
  present-tense standing view, sets 17-18's standing demands; DCT arguable). The black-market rate is a
  market description.
* 17376 (USSR at the ADB meeting, DCT Wed 1987-04-29, OSAKA): the observer Ponomarev (State Bank, a
  central bank: SUN GOV) speaks in five clauses: the lead "said he came away ... with a favourable
  impression but that no decision has been made", "said he will file a formal report ... but it will not
  contain any recommendation", '"We haven't started any process ...," he said', "Ponomarev downplayed the
  significance of his attendance, saying ..." ("saying" its participial elaboration) and 'Ponomarev said:
  "It is far too premature to speculate ..."' are STATEMENTs (DCT, OSAKA); "Ponomarev declined to
  comment on remarks yesterday" is a withheld STATEMENT (negated, trigger "comment"), DCT. "Although this is
  the first time Moscow has attended the ADB's annual meeting as an observer, Soviet bankers have come to
  meetings in the past as guests, he said": "said" rule-3 attribution; "attended" is CONSULT SUN GOV ->
  the ADB (null IGO), placed in "this week's ADB annual meeting" of the lead (rule 3: 1987-04, the week of
  Mon 27 April, the meeting over by Wed 29: month precision), Osaka; "have come" is CONSULT SUN -> the ADB
  (implied), undated ("in the past"). The delegates' view is anonymous (skipped). "a senior U.S. Official,
  who warned that Soviet membership in the ADB would cause serious operational problems" is a STATEMENT USA
  GOV (an official of a named government, EVENTS.md 4; a forecast with no consequence from the speaker,
  own_blind's "warned"; REJECT or ACCUSE toward SUN arguable), 1987-04-28 ("remarks yesterday", "remarks"
  skipped as its nominal), location null; his rhetorical question '"How would the ADB ... ?" asked the U.S.
  Official' is read as a quote from the same remarks: later mention (same date; a question skipped, or a
  DCT record, arguable); "who declined to be identified" is anonymity, not a withheld statement. The
  membership conditions in the last paragraph are hypothetical.
* 8756 (Bond Corp and Allied Lyons, DCT Tue 1987-03-24, LONDON): "Bond Corp Holdings Ltd of Australia
  said it had no comment on an article in a London evening newspaper speculating on its plans for a bid
  approach to ... Allied Lyons Plc" is a withheld STATEMENT (AUS BUS, negated, trigger "comment", 12a's
  Airbus), DCT, LONDON; the unnamed newspaper's speculation and the bid are skipped. Tony Oates' quoted
  "The company does not comment on market rumors or press conjecture" is that no-comment restated on this
  occasion: a later mention (negated, 12a's quoted "have no comment to make"; 15b's generic habit skip
  arguable); "He added in all instances of this kind problems are likely to arise whatever is said" is a
  STATEMENT (DCT). The London analysts' views and "they said" / "They added" are anonymous (skipped), and
  so is "last year's thwarted approach from Elders IXL Ltd" inside their talk (skipped; COOPERATE AUS ->
  GBR 1986 arguable); Allied's share price is market activity.
* 15873 (Miyazawa to the IMF Interim Committee, DCT Thu 1987-04-09, WASHINGTON): "Miyazawa said that
  further substantial exchange rate shifts could damage the prospects ... and called for cooperation in
  exchange markets" is a STATEMENT on "said" and a REQUEST JPN GOV on "called for" with actor2 null (no
  addressee named, EVENTS.md 14); "In a statement to the ... Interim Committee, Miyazawa said it was
  imperative that current account surplus countries follow policies designed to strengthen domestic demand
  and reduce surpluses" is REQUEST JPN -> the surplus countries (a group: null; 35a's "imperative that
  Brazil"), trigger "said", "statement" skipped as part of the reporting clause; "He said Japan intended to
  carry out policies announced at the Paris meeting" is a STATEMENT (an intention about domestic stimulus;
  AGREE toward the Paris partners arguable; the announcement and the Paris meeting are background,
  skipped); the protectionism and exchange-instability quotes are two STATEMENTs. All DCT, WASHINGTON.
* 14212 (Amstutz on grain certificates, DCT Tue 1987-04-07, WASHINGTON): Amstutz testifies at a House
  subcommittee hearing ("Speaking" the participial frame, "hearing" the occasion, skipped): the savings,
  outlays, net-savings, forfeiture and inventory clauses and "encourage more loan entries", "very useful"
  (defending a policy = STATEMENT, EVENTS.md 6), "Immediate benefits" and "integral part of USDA's ...
  policy" are STATEMENTs USA GOV, DCT. "a recent study by the General Accounting Office that concluded
  certificates result in a net cost" is a STATEMENT by the GAO (a report by a named author, a nominal with
  its own predication, 55a's "earlier estimates"), undated ("recent" gives no value). 'Amstutz said, "GAO
  underestimated the benefits and overstated the costs"' is ACCUSE USA GOV -> GAO (USA GOV; criticism, the
  saying is the act: "said" the trigger, the quoted verbs not skipped, EVENTS.md 1) and "GAO underestimated
  this net loan activity, Amstutz said" a second ACCUSE (a further, specific criticism: a first mention;
  a later mention arguable), both DCT; "When asked to comment" is the question (skipped). "Amstutz told
  subcommittee Chairman Rep. Dan Glickman ... that USDA is ... preparing an official response to the GAO
  study and will submit it to the subcommittee" is a STATEMENT (the response and its submission are content;
  the audience is not an actor2, EVENTS.md 6), DCT.
* 11857 (Lufthansa's new routes, DCT Wed 1987-04-01, FRANKFURT): launching its own scheduled services
  ("launched today"), raising Washington flights to five a week and filling a network gap are the airline's
  own business plans with no counterpart (72a's Hawaiian Airlines: skipped as content), so "Deutsche
  Lufthansa AG said", "a statement said" (the company's statement speaking, 23a's "a company statement
  said"), "it said" and "Lufthansa said" (1986 passenger and freight statistics) are four STATEMENTs DEU
  BUS, DCT, FRANKFURT.
* 176 (Algerian LNG for the U.S., DCT Thu 1987-02-26, NEW YORK): "U.S. industry analysts sources said",
  "Industry analysts said", "Analysts did not forsee", "Company sources ... agree, saying" and "Company
  sources also said" are anonymous (skipped). "Youcef Yousfi, director-general of Sonatrach, the Algerian
  state petroleum agency, indicated in a television interview in Algiers that such imports would be made
  this year" is a STATEMENT DZA BUS (a state company and its head: BUS, EVENTS.md 15), DCT (an interview
  with no date of its own, 23b/65b; "this year" governs the imports), located in Algiers. Named analysts
  of named firms are identifiable (72a's Cargill analyst): Daniel Tulis of Shearson Lehman ("will delay the
  import until 1988/1989"; "Shearson's Tulis said" on supplies and prices; "he added" on supplemental
  supply: EVENTS.md 3, its own record) and Frank Spadine of Bankers Trust are STATEMENTs USA BUS, DCT, NEW
  YORK. "Sonatrach is currently negotiating with two of its former customers, Panhandle Eastern and
  Distrigas, ... to resume LNG export, company officials told Reuters" is CONSULT DZA BUS -> the two U.S.
  customers (USA BUS, a same-country pair: one record, EVENTS.md 12), 1987-02-26 ("currently" = DCT),
  "told" rule-3 attribution; "A third, El Paso Gas ..., has expressed no interest" is an absence of
  interest (skipped; REJECT or negated CONSULT arguable); the "talks with Algeria" of the company sources
  are anaphoric and the "negotiations" they foresee hypothetical (skipped).
* 10011 (Canadian oil trade, DCT Thu 1987-03-26, OTTAWA): "Statistics Canada said" (1986 figures) and "The
  federal agency said that in December ..." (December figures; "in December" governs the figures) are
  STATEMENTs CAN GOV (statistics releases), DCT, OTTAWA; every rise and fall is statistics (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind76a.jsonl"

KLA = ("KAMPALA", "UGA")
OSA = ("OSAKA", "JPN")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
FRA = ("FRANKFURT", "DEU")
NYC = ("NEW YORK", "USA")
OTT = ("OTTAWA", "CAN")

UGA_GOV = "UGA", "GOV"
SUN_GOV = "SUN", "GOV"
USA_GOV = "USA", "GOV"
AUS_BUS = "AUS", "BUS"
JPN_GOV = "JPN", "GOV"
DEU_BUS = "DEU", "BUS"
DZA_BUS = "DZA", "BUS"
USA_BUS = "USA", "BUS"
CAN_GOV = "CAN", "GOV"
ADB_IMPLIED = (None, None, "IGO")
MIYAZAWA = ("Japanese Finance Minister Kiichi Miyazawa",) + JPN_GOV

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17141": {
        "events": [
            # 0
            (
                "STATEMENT",
                "proposed",
                ("The Ugandan government",) + UGA_GOV,
                None,
                KLA,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "the government's plan proposes taxing land and food crops (domestic fiscal policy has no type, so the "
                "announcement is a STATEMENT, rule 4); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The government also"),
                (("The government", "dependence on coffee"),) + UGA_GOV,
                None,
                KLA,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "said in the plan that a devaluation would do little for the balance of payments (assessment); DCT",
            ),
            # 2
            (
                "AGREE",
                "pledges",
                (None, None, "IGO"),
                (("the government", "It says"),) + UGA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the government had already secured 1.4 billion dlrs in pledges (a promise of funds = AGREE, 29a's "
                "pledge; AID arguable) from unnamed donors (a group: null); pluperfect, before last week's promise, "
                "no value: undated; 'It says' (the plan) rule-3 attribution",
            ),
            # 3
            (
                "AGREE",
                "promised",
                ("Islamic lenders", None, "IGO"),
                (None,) + UGA_GOV,
                ("Kampala", "UGA"),
                "1987-04",
                "month",
                "last week",
                "asserted",
                None,
                "Islamic lenders promised a further 494 mln dlrs at a conference in Kampala last week (a promise of "
                "funds = AGREE; a group of lenders: null; Uganda implied); last week = 13-19 April: month precision",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "431 mln, the plan"),
                (("the plan", "431 mln,"),) + UGA_GOV,
                None,
                KLA,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "debt and debt-service figures (statistics); the government's plan speaking (implied author, 13b/17b's "
                "'the report said'); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("says", "The plan says"),
                (("The plan", "The plan says"),) + UGA_GOV,
                None,
                KLA,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "the aim of the new taxes is to spread the tax burden (assessment); the plan speaking; DCT",
            ),
            # 6
            (
                "STATEMENT",
                "repeats",
                (("it", "On exchange rate policy,"),) + UGA_GOV,
                None,
                KLA,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "the plan repeats Museveni's argument that floating would not help allocate resources (assessment); "
                "DCT",
            ),
            # 7
            (
                "REQUEST",
                ("say", "multilateral funds"),
                ("Western governments and multilateral funds", None, "IGO"),
                (("the government", "overvalued and"),) + UGA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the government must change the exchange rate if it wishes to encourage investment: an identifiable "
                "actor told it must act (EVENTS.md 2); groups of countries and IGOs: null, one record; a present-tense "
                "standing view with no time expression: undated (sets 17-18's standing demands; DCT arguable)",
            ),
        ],
        "skip": [
            ("taxing", "content of the proposal (domestic tax policy)"),
            ("broaden", "purpose clause"),
            ("made available", "release of the plan (part of the reporting clause)"),
            ("devaluation", "content of the statement"),
            ("redress", "content of the statement"),
            ("took power", "background: Museveni's accession 15 months ago (domestic, no type)"),
            (
                "seeks",
                "the plan's target of raising investment funds from unnamed foreign sources (REQUEST UGA -> null "
                "arguable)",
            ),
            (("says", "It says"), "rule-3 attribution (the pledges and the promise are the events)"),
            ("conference", "background nominal: the venue of the promise (CONSULT arguable)"),
            (("cost", "servicing will"), "statistics"),
            (("proposed", "include a"), "anaphoric nominal (the tax proposal already recorded)"),
            ("exploiting", "stative"),
            ("sold", "domestic market activity (the marketing board's sales)"),
            ("spread", "content of the statement"),
            ("fallen", "stative background"),
            ("provides", "statistics"),
            ("argument", "background nominal: Museveni's earlier argument (STATEMENT UGA undated arguable)"),
            (("help", "would not"), "content of the statement"),
            (("change", "must"), "content of the request"),
            (("encourage", "wishes to"), "content of the request"),
            ("sells", "market-price description (black market rate)"),
        ],
        "entities": [
            ("Ugandan", "NORP", "UGA"),
            (("Ugandan", "devaluation of the"), "NORP", "UGA"),
            ("Reuters", "ORG", "GBR"),
            ("Yoweri Museveni", "PERSON", "UGA"),
            ("Islamic", "NORP", None),
            ("Kampala", "GPE", "UGA"),
            (("Uganda", "Uganda already"), "GPE", "UGA"),
            ("Produce Marketing Board", "ORG", "UGA"),
            (("Uganda", "which in"), "GPE", "UGA"),
            (("Museveni", "repeats"), "PERSON", "UGA"),
            ("Western", "NORP", None),
            (("Ugandan", "funds say the"), "NORP", "UGA"),
        ],
    },
    "reuters21578-17376": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The Soviet Union's first official observer",) + SUN_GOV,
                None,
                OSA,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "came away from the ADB meeting with a favourable impression, no decision on membership (assessment; "
                "the State Bank director, a central bank: GOV); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "State Bank,"),
                ("Yurij V. Ponomarev",) + SUN_GOV,
                None,
                OSA,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "will file a formal report in Moscow with no recommendation (an internal report: no type); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", 'membership," he'),
                (("he", 'membership," he'),) + SUN_GOV,
                None,
                OSA,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "'We haven't started any process with a view toward membership' (assessment; new content); DCT",
            ),
            # 3
            (
                "STATEMENT",
                "downplayed",
                (("Ponomarev", "Ponomarev downplayed"),) + SUN_GOV,
                None,
                OSA,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "downplayed the significance of his attendance ('saying' its participial elaboration, EVENTS.md 3); "
                "DCT",
            ),
            # 4
            (
                "CONSULT",
                "attended",
                (("Moscow", "first time"),) + SUN_GOV,
                (("ADB", "has attended the"), None, "IGO"),
                OSA,
                "1987-04",
                "month",
                "this week's",
                "asserted",
                None,
                "Moscow attended the ADB's annual meeting as an observer: the meeting of 'this week' (first sentence; "
                "Mon 27 - Wed 29 April, in April: month precision, as 'this week' in GUIDELINES); in a concessive "
                "clause of Ponomarev's statement, 'said' rule-3 attribution",
            ),
            # 5
            (
                "CONSULT",
                "come",
                ("Soviet bankers",) + SUN_GOV,
                ADB_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Soviet bankers have come to (ADB) meetings in the past as guests (the main proposition of 'he said', "
                "rule 3; ADB implied); 'in the past' gives no value: undated",
            ),
            # 6
            (
                "STATEMENT",
                ("comment", "Ponomarev declined"),
                (("Ponomarev", "Ponomarev declined"),) + SUN_GOV,
                None,
                OSA,
                "1987-04-29",
                "day",
                None,
                "negated",
                None,
                "declined to comment on the U.S. official's remarks: withheld statement (EVENTS.md 5, trigger on "
                "'comment'); DCT",
            ),
            # 7
            (
                "STATEMENT",
                "warned",
                ("a senior U.S. Official",) + USA_GOV,
                None,
                None,
                "1987-04-28",
                "day",
                "yesterday",
                "asserted",
                None,
                "warned that Soviet membership would cause serious operational problems for the ADB (a forecast with no "
                "consequence from the speaker: STATEMENT, own_blind's 'warned'; REJECT/ACCUSE USA -> SUN arguable); an "
                "official of a named government (EVENTS.md 4); 'remarks yesterday' dates it",
            ),
            # 8
            (
                "STATEMENT",
                "asked",
                (("the U.S. Official", "asked"),) + USA_GOV,
                None,
                None,
                "1987-04-28",
                "day",
                "yesterday",
                "asserted",
                7,
                "the official's rhetorical question on using the rouble: quoted from the same remarks (later mention, "
                "EVENTS.md 3; first mention's date; a question skipped or a DCT record arguable)",
            ),
            # 9
            (
                "STATEMENT",
                ("said", "Ponomarev said:"),
                (("Ponomarev", "Ponomarev said:"),) + SUN_GOV,
                None,
                OSA,
                "1987-04-29",
                "day",
                None,
                "asserted",
                None,
                "too premature to speculate on difficulties if the USSR applied (assessment); DCT",
            ),
        ],
        "skip": [
            ("came away", "content of the statement (the attendance, coded at 'attended')"),
            (("made", "no decision has been"), "content of the statement (no decision on membership: no type)"),
            ("join", "content of the statement (hypothetical membership)"),
            ("file", "content of the statement (an internal report)"),
            ("returns", "content of the statement"),
            ("recommendation", "content of the statement"),
            ("started", "content of the quote"),
            ("attendance", "anaphoric nominal (the attendance coded at 'attended')"),
            ("saying", "participial elaboration of 'downplayed' (EVENTS.md 3)"),
            ("signalled", "content of the statement"),
            (("said", "as guests, he"), "rule-3 attribution (the attendance and the past visits are the events)"),
            ("saw", "anonymous-source talk (delegates)"),
            (("move", "Soviet"), "anaphoric nominal (the attendance)"),
            ("strengthen ties", "content of anonymous talk"),
            (("improve", "ties with Asia and"), "content of anonymous talk"),
            ("remarks", "nominal of the warning (coded at 'warned')"),
            (("cause", "would"), "content of the warning"),
            (("use", "ADB, for instance,"), "content of the question"),
            ("expanding", "content of the question"),
            ("identified", "anonymity of the speaker (not a withheld statement)"),
            ("speculate", "content of the statement"),
            ("involved", "content of the statement"),
            ("applied", "hypothetical content (the USSR applying for membership)"),
            (("become a member", "In order to"), "condition (hypothetical membership)"),
            ("backing", "condition (hypothetical vote of the governors)"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("Asian Development Bank", "ORG", None),
            ("ADB", "ORG", None),
            (("ADB", "this week's"), "ORG", None),
            (("Soviet Union", "whether the"), "GPE", "SUN"),
            ("Yurij V. Ponomarev", "PERSON", "SUN"),
            ("State Bank", "ORG", "SUN"),
            (("Moscow", "returns to"), "GPE", "SUN"),
            (("Ponomarev", "Ponomarev downplayed"), "PERSON", "SUN"),
            (("Moscow", "attitude by"), "GPE", "SUN"),
            (("Moscow", "first time"), "GPE", "SUN"),
            (("ADB", "has attended the"), "ORG", None),
            (("Soviet", "observer,"), "NORP", "SUN"),
            (("Soviet", "Delegates here saw the"), "NORP", "SUN"),
            (("Asia", "ties with"), "LOC", None),
            (("Soviet", "functioning of the"), "NORP", "SUN"),
            (("Ponomarev", "Ponomarev declined"), "PERSON", "SUN"),
            (("U.S.", "senior"), "GPE", "USA"),
            (("Soviet", "who warned that"), "NORP", "SUN"),
            (("ADB", "membership in the"), "ORG", None),
            (("ADB", "How would the"), "ORG", None),
            (("Soviet", "use the ("), "NORP", "SUN"),
            (("U.S.", "asked the"), "GPE", "USA"),
            (("Ponomarev", "Ponomarev said:"), "PERSON", "SUN"),
            (("Moscow", "In order to"), "GPE", "SUN"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-8756": {
        "events": [
            # 0
            (
                "STATEMENT",
                "comment",
                ("Bond Corp Holdings Ltd",) + AUS_BUS,
                None,
                LON,
                "1987-03-24",
                "day",
                None,
                "negated",
                None,
                "'said it had no comment' on a newspaper article speculating on its bid plans: withheld statement "
                "(EVENTS.md 5, 12a's Airbus, trigger on 'comment'); DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("comment", "does not"),
                ("Tony Oates",) + AUS_BUS,
                None,
                LON,
                "1987-03-24",
                "day",
                None,
                "negated",
                0,
                "'The company does not comment on market rumors or press conjecture': the executive's quoted "
                "restatement of the no-comment on this occasion (later mention, 12a's Airbus quote; a generic habit "
                "skipped as 15b arguable)",
            ),
            # 2
            (
                "STATEMENT",
                "added",
                (("He", "He added"),) + AUS_BUS,
                None,
                LON,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "problems are likely to arise whatever is said (assessment; EVENTS.md 3, a second reporting clause); "
                "DCT",
            ),
        ],
        "skip": [
            ("speculating", "an unnamed newspaper's speculation (anonymous source)"),
            ("bid approach", "content of the speculation (hypothetical bid)"),
            (("said", "whatever is"), "generic (content of the statement)"),
            ("arise", "content of the statement"),
            ("values", "market valuation"),
            ("viewed", "anonymous-source talk (stock market analysts)"),
            (("bid", "viewed a"), "content of anonymous talk (hypothetical bid)"),
            (("said", "which they"), "anonymous-source talk (analysts)"),
            (("added", "They added"), "anonymous-source talk (analysts)"),
            ("rumours", "content of anonymous talk"),
            ("surfaced", "content of anonymous talk"),
            (
                ("approach", "thwarted"),
                "background inside anonymous talk: Elders' 1986 approach to Allied (COOPERATE AUS -> GBR "
                "1986 arguable)",
            ),
            ("thwarted", "background inside anonymous talk"),
        ],
        "entities": [
            ("Bond Corp Holdings Ltd", "ORG", "AUS"),
            ("Australia", "GPE", "AUS"),
            ("London", "GPE", "GBR"),
            ("U.K.", "GPE", "GBR"),
            ("Allied Lyons Plc", "ORG", "GBR"),
            ("Tony Oates", "PERSON", "AUS"),
            (("Bond Corp", "Tony Oates,"), "ORG", "AUS"),
            (("Allied", "whatever is said."), "ORG", "GBR"),
            (("London", "3p up"), "GPE", "GBR"),
            (("Bond", "a bid from"), "ORG", "AUS"),
            (("Allied", "possible bid for"), "ORG", "GBR"),
            (("London", "press and the"), "GPE", "GBR"),
            ("Elders IXL Ltd", "ORG", "AUS"),
            (("Australia", "Elders IXL"), "GPE", "AUS"),
        ],
    },
    "reuters21578-15873": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                MIYAZAWA,
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "further exchange rate shifts could damage growth prospects (assessment); wire style: DCT, dateline "
                "city",
            ),
            # 1
            (
                "REQUEST",
                "called for",
                MIYAZAWA,
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "called for cooperation in exchange markets (an appeal; no addressee named, actor2 null, EVENTS.md 14); "
                "DCT",
            ),
            # 2
            (
                "REQUEST",
                ("said", "Interim Committee, Miyazawa"),
                (("Miyazawa", "Interim Committee,"),) + JPN_GOV,
                ("current account surplus countries", None, "IGO"),
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "imperative that surplus countries follow policies to strengthen domestic demand and reduce surpluses "
                "(identifiable actors told they must act, EVENTS.md 2, 35a's 'imperative that Brazil'; a group: null); "
                "the statement to the IMF Interim Committee, in Washington; DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "He said Japan"),
                (("He", "He said Japan"),) + JPN_GOV,
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "Japan intends to carry out the stimulus policies announced in Paris (an intention about domestic "
                "policy; AGREE JPN -> the Paris partners arguable); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Miyazawa said that, given"),
                (("Miyazawa", "Miyazawa said that, given"),) + JPN_GOV,
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "very real fears of a protectionist uprising (assessment); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", 'instability," Miyazawa'),
                (("Miyazawa", 'instability," Miyazawa'),) + JPN_GOV,
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "most concerned about exchange rate instability (assessment); DCT",
            ),
        ],
        "skip": [
            ("damage", "content of the statement"),
            (("statement", "In a"), "part of the reporting clause (the statement to the committee)"),
            ("follow", "content of the request"),
            (("strengthen", "designed to"), "content of the request"),
            (("reduce", "demand and"), "content of the request"),
            ("maintaining", "content of the request"),
            ("carry out", "content of the statement"),
            ("announced", "background: policies announced at the February Paris meeting (STATEMENT 1987-02 arguable)"),
            (("meeting", "Paris"), "background nominal: the Paris meeting of finance ministers (CONSULT arguable)"),
            ("stimulate", "content of the statement"),
            ("uprising", "content of the statement (feared protectionism)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("International Monetary Funds Interim Committee", "ORG", None),
            (("Miyazawa", "Interim Committee,"), "PERSON", "JPN"),
            (("Japan", "He said Japan"), "GPE", "JPN"),
            ("Paris", "GPE", "FRA"),
            (("Miyazawa", "Miyazawa said that, given"), "PERSON", "JPN"),
            (("Miyazawa", 'instability," Miyazawa'), "PERSON", "JPN"),
        ],
    },
    "reuters21578-14212": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Department of Agriculture Undersecretary Daniel Amstutz",) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "certificates will save the government 50-100 mln dlrs (assessment); wire style: DCT, dateline city "
                "(the subcommittee hearing)",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Amstutz said that the issuance"),
                (("Amstutz", "Speaking at"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "issuance could result in outlays of up to 400 mln dlrs; at the House subcommittee hearing ('Speaking' "
                "its participial frame); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "50-100 mln dlrs, he"),
                (("he", "50-100 mln dlrs,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "net savings of 50-100 mln dlrs (assessment); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Without the use"),
                (("Amstutz", "Without the use"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "without certificates the 1985 crop would have been forfeited to the CCC (counterfactual); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "goverment inventory, he"),
                (("he", "goverment inventory,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "redeemed grain would have stayed in inventory; DCT",
            ),
            # 5
            (
                "STATEMENT",
                "concluded",
                ("the General Accounting Office",) + USA_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "a recent GAO study concluded certificates cost the government money (a report by a named author, "
                "EVENTS.md 4, a nominal with its own predication); 'recent' gives no value: undated",
            ),
            # 6
            (
                "ACCUSE",
                ("said", "net cost to the government, Amstutz"),
                (("Amstutz", "net cost to the government,"),) + USA_GOV,
                (("GAO", '"GAO'),) + USA_GOV,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "'GAO underestimated the benefits and overstated the costs': criticism of the GAO (the saying is the "
                "act, EVENTS.md 1); asked at the hearing; DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "Amstutz said while"),
                (("Amstutz", "Amstutz said while"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "certificates encourage loan entries and redemptions; DCT",
            ),
            # 8
            (
                "ACCUSE",
                ("said", "net loan activity, Amstutz"),
                (("Amstutz", "net loan activity,"),) + USA_GOV,
                (("GAO", "GAO underestimated this"),) + USA_GOV,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "GAO underestimated the net loan activity: a further, specific criticism (new content, a first "
                "mention; later mention of the first ACCUSE arguable); DCT",
            ),
            # 9
            (
                "STATEMENT",
                ("said", 'very useful," Amstutz'),
                (("Amstutz", 'very useful,"'),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "certificates have been very useful (defending a policy = STATEMENT, EVENTS.md 6); DCT",
            ),
            # 10
            (
                "STATEMENT",
                ("said", "decreased carrying costs, he"),
                (("he", "decreased carrying costs,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "benefits of certificates (assessment); DCT",
            ),
            # 11
            (
                "STATEMENT",
                ("said", "farm policy, he"),
                (("he", "farm policy,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "certificates part of USDA's farm policy; DCT",
            ),
            # 12
            (
                "STATEMENT",
                "told",
                (("Amstutz", "Amstutz told"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "USDA is preparing an official response to the GAO study and will submit it to the subcommittee (an "
                "announced response: no type; the audience is not an actor2, EVENTS.md 6); DCT",
            ),
        ],
        "skip": [
            ("save", "content of the statement"),
            ("Speaking", "participial frame of 'said' (EVENTS.md 3)"),
            ("hearing", "occasion of the statements (a congressional hearing)"),
            (("result", "could"), "content of the statement"),
            ("preclude", "content of the statement"),
            ("resulting", "content of the statement"),
            ("put under loan", "content of the statement (loan program)"),
            ("forfeited", "content of the statement (counterfactual)"),
            ("redeemed", "content of the statement (statistics)"),
            ("remained", "content of the statement (counterfactual)"),
            ("asked", "question put to the speaker"),
            (("comment", "asked to"), "content of the question"),
            (("encourage", "certificates"), "content of the statement"),
            ("preparing", "content of the statement (STATEMENT USA planned arguable)"),
            ("response", "content of the statement"),
            ("submit", "content of the statement"),
            ("completed", "content of the statement"),
        ],
        "entities": [
            ("Department of Agriculture", "ORG", "USA"),
            ("Daniel Amstutz", "PERSON", "USA"),
            ("House agriculture subcommittee", "ORG", "USA"),
            (("Amstutz", "Speaking at"), "PERSON", "USA"),
            (("Amstutz", "Without the use"), "PERSON", "USA"),
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            (("CCC", "redeemed from"), "ORG", "USA"),
            ("General Accounting Office", "ORG", "USA"),
            (("Amstutz", "net cost to the government,"), "PERSON", "USA"),
            (("GAO", '"GAO'), "ORG", "USA"),
            (("Amstutz", "Amstutz said while"), "PERSON", "USA"),
            (("GAO", "GAO underestimated this"), "ORG", "USA"),
            (("Amstutz", "net loan activity,"), "PERSON", "USA"),
            (("Department of Agriculture", "in the mind of the"), "ORG", "USA"),
            (("Amstutz", 'very useful,"'), "PERSON", "USA"),
            ("USDA", "ORG", "USA"),
            (("Amstutz", "Amstutz told"), "PERSON", "USA"),
            ("Dan Glickman", "PERSON", "USA"),
            ("Kans.", "GPE", "USA"),
            (("USDA", "that USDA"), "ORG", "USA"),
            (("GAO", "response to the"), "ORG", "USA"),
        ],
    },
    "reuters21578-11857": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Deutsche Lufthansa AG",) + DEU_BUS,
                None,
                FRA,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "launched scheduled services to Washington and Riyadh today (its own services, no counterpart: no type, "
                "72a's Hawaiian Airlines; 'today' dates the launch, content); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "a statement"),
                ("a statement",) + DEU_BUS,
                None,
                FRA,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "Washington flights to rise to five a week (own business plan); the company's statement speaking "
                "(23a's 'a company statement said'); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "network, it"),
                (("it", "network,"),) + DEU_BUS,
                None,
                FRA,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "the Riyadh flights fill a network gap (assessment); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Lufthansa said"),
                (("Lufthansa", "Lufthansa said"),) + DEU_BUS,
                None,
                FRA,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "1986 passenger and freight statistics; DCT",
            ),
        ],
        "skip": [
            ("launched", "content of the statement (own services, no counterpart)"),
            (("increased", "will be"), "content of the statement (own business plan)"),
            ("fill", "content of the statement"),
            ("carried", "statistics"),
            ("transported", "statistics"),
            (("rose", "westward"), "statistics"),
            (("rose", "eastbound volume"), "statistics"),
        ],
        "entities": [
            ("Deutsche Lufthansa AG", "ORG", "DEU"),
            ("Frankfurt", "GPE", "DEU"),
            ("Washington D.C.", "GPE", "USA"),
            ("Riyadh", "GPE", "SAU"),
            (("Washington", "weekly flights to"), "GPE", "USA"),
            ("Saudi", "NORP", "SAU"),
            ("Middle East", "LOC", None),
            (("Lufthansa", "Lufthansa said"), "ORG", "DEU"),
            ("North Atlantic", "LOC", None),
            (("Atlantic", "westward over the"), "LOC", None),
        ],
    },
    "reuters21578-176": {
        "events": [
            # 0
            (
                "STATEMENT",
                "indicated",
                ("Youcef Yousfi",) + DZA_BUS,
                None,
                ("Algiers", "DZA"),
                "1987-02-26",
                "day",
                None,
                "asserted",
                None,
                "indicated in a television interview that LNG imports (to the U.S.) would be made this year (forecast; "
                "Sonatrach, a state company: BUS); wire style, no time expression of its own: DCT (23b/65b's "
                "interviews); located in Algiers",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Lehman Bros."),
                ("Daniel Tulis",) + USA_BUS,
                None,
                NYC,
                "1987-02-26",
                "day",
                None,
                "asserted",
                None,
                "negotiations, filing and terminal restarts will delay imports to 1988/89 (forecast) by a named analyst "
                "of a named firm (identifiable, 72a's Cargill analyst); DCT, dateline city",
            ),
            # 2
            (
                "CONSULT",
                "negotiating",
                (("Sonatrach", "Sonatrach is"),) + DZA_BUS,
                ("two of its former customers",) + USA_BUS,
                None,
                "1987-02-26",
                "day",
                "currently",
                "asserted",
                None,
                "Sonatrach is currently negotiating with Panhandle Eastern and Distrigas to resume LNG exports "
                "(negotiations; both customers U.S. companies: one record, EVENTS.md 12); 'currently' = DCT; 'told "
                "Reuters' rule-3 attribution",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Bankers Trust,"),
                ("Frank Spadine",) + USA_BUS,
                None,
                NYC,
                "1987-02-26",
                "day",
                None,
                "asserted",
                None,
                "companies with LNG investments can operate profitably (assessment) by a named economist of a named "
                "bank (identifiable); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Shearson's Tulis"),
                (("Tulis", "Shearson's"),) + USA_BUS,
                None,
                NYC,
                "1987-02-26",
                "day",
                None,
                "asserted",
                None,
                "gas supplies will tighten and prices firm (forecast); DCT",
            ),
            # 5
            (
                "STATEMENT",
                "added",
                (("he", "U.S. domestic production,"),) + USA_BUS,
                None,
                NYC,
                "1987-02-26",
                "day",
                None,
                "asserted",
                None,
                "Algerian LNG would be a supplemental supply (assessment; EVENTS.md 3, a second reporting clause); DCT",
            ),
        ],
        "skip": [
            (("said", "industry analysts sources"), "anonymous-source talk (industry analysts sources)"),
            (("happen", "unlikely to"), "content of anonymous talk"),
            ("television interview", "venue of the statement"),
            (("made", "imports would be"), "content of the statement"),
            (("negotiations", "Contract"), "content of the quote"),
            ("filing", "content of the quote"),
            ("restart", "content of the quote"),
            ("delay", "content of the quote"),
            (("told", "company officials"), "rule-3 attribution (the negotiations are the event)"),
            ("resume", "content of the negotiations"),
            ("expressed no interest", "absence of interest (stative; REJECT or negated CONSULT USA -> DZA arguable)"),
            (("said", "Industry analysts"), "anonymous-source talk (industry analysts)"),
            (("made", "that have"), "background (the companies' past investments)"),
            ("operate", "content of the statement"),
            ("forsee", "anonymous-source talk (analysts)"),
            ("tighten", "content of the statement"),
            (("firm", "supplies and"), "content of the statement"),
            (("agree", "with Algeria"), "anonymous-source talk (company sources)"),
            (("talks", "currently in"), "anaphoric nominal (Sonatrach's negotiations) inside anonymous talk"),
            (("saying", "agree,"), "anonymous-source talk (company sources)"),
            (("said", "Company sources also"), "anonymous-source talk (company sources)"),
            (("negotiations", "that any"), "hypothetical content of anonymous talk"),
            ("emphasize", "hypothetical content of anonymous talk"),
        ],
        "entities": [
            ("Algeria", "GPE", "DZA"),
            ("U.S.", "GPE", "USA"),
            ("Youcef Yousfi", "PERSON", "DZA"),
            ("Sonatrach", "ORG", "DZA"),
            ("Algerian", "NORP", "DZA"),
            ("Algiers", "GPE", "DZA"),
            (("U.S.", "filing with the"), "GPE", "USA"),
            ("Daniel Tulis", "PERSON", "USA"),
            ("Shearson Lehman Bros.", "ORG", "USA"),
            (("Sonatrach", "Sonatrach is"), "ORG", "DZA"),
            ("Panhandle Eastern", "ORG", "USA"),
            ("Distrigas", "ORG", "USA"),
            ("Cabot Corp", "ORG", "USA"),
            ("Reuters", "ORG", "GBR"),
            ("El Paso Gas", "ORG", "USA"),
            ("Burlington Northern", "ORG", "USA"),
            (("Algerian", "some imports of"), "NORP", "DZA"),
            ("Frank Spadine", "PERSON", "USA"),
            ("Bankers Trust", "ORG", "USA"),
            (("Algerian", "impact from"), "NORP", "DZA"),
            (("U.S.", "Algerian imports on"), "GPE", "USA"),
            ("Gulf of Mexico", "LOC", None),
            (("Shearson", "firm prices,"), "ORG", "USA"),
            (("Tulis", "Shearson's"), "PERSON", "USA"),
            (("Algerian", "In this context,"), "NORP", "DZA"),
            (("U.S.", "supplemental supply to"), "GPE", "USA"),
            (("Algeria", "in talks with"), "GPE", "DZA"),
            (("Algerian", "saying that"), "NORP", "DZA"),
            (("Algeria", "any negotiations with"), "GPE", "DZA"),
            (("U.S.", "prices to"), "GPE", "USA"),
        ],
    },
    "reuters21578-10011": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Statistics Canada",) + CAN_GOV,
                None,
                OTT,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "1986 oil export and import statistics (a statistics release); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The federal agency"),
                ("The federal agency",) + CAN_GOV,
                None,
                OTT,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "December production, export and import statistics ('in December' governs the figures, not the "
                "saying); DCT",
            ),
        ],
        "skip": [
            (("rose", "Canadian oil exports"), "statistics"),
            ("soared", "statistics"),
            ("plunged", "statistics"),
            ("slipped", "statistics"),
            (("fell", "oil production"), "statistics"),
            (("rose", "while exports"), "statistics"),
            (("rose", "meters and imports"), "statistics"),
            (("fell", "imports rose 12.3"), "statistics"),
            ("eased", "statistics"),
        ],
        "entities": [
            ("Canadian", "NORP", "CAN"),
            ("Statistics Canada", "ORG", "CAN"),
            (("Canadian", "while"), "NORP", "CAN"),
            (("Canadian", "in the month"), "NORP", "CAN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
