"""Build ``own_blind72b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind72b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2050 left); 24 drawn with random.Random(72101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
42 event records (40 first mentions, 2 later mentions), 112 not_annotated spans, 138 entity mentions
(GPE 45, ORG 45, NORP 21, LOC 15, PERSON 12); 16005 (crude oil netbacks) has no event (a negative: price
movements and a data source only); 15922 (USDA soybean meal table), 1387 (Wellemeyer on OPEC) and 8179
(Australian wheat forecast) have reporting-clause STATEMENTs only.
Types: STATEMENT 23, ACCUSE 6, ASSAULT 5, AGREE 4, CONSULT 1, REJECT 1, RETREAT 1, THREATEN 1; modality:
asserted 39, negated 3; precision: day 32, unknown 9, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong skip anchor fixed:
"push" first matched inside "pushing"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Dutch Agriculture Minister Gerrit Braks": NORP + PERSON;
"Morgan Stanley Group managing director John Wellemeyer": ORG + PERSON); company names are tagged with
their legal form and without angle brackets; the possessive 's is left out ("Italy's", "Tehran's",
"Iraq's", "EC's", "Community's", "AWF's"); a name used as a modifier is still a mention ("Kuwait crude",
"EC farmers", "Community warehouses", "Canadian dlrs"); a company or body containing a place name has no
nested GPE ("AGIP Canada Ltd", "Australian Wheat Forecasters Pty Ltd"); lower-case bodies are not entity
spans ("the Mexican government": NORP "Mexican" only; "Tehran radio": GPE "Tehran" only, 23b; "Baghdad
war communiques": GPE "Baghdad" only); crude grades (Brent, Attaka, ANS), currencies (European Currency
Units) and products are not entities, but the place words in grade names are ("West Texas" LOC USA,
"Alaska North Slope" LOC USA, "Kuwait" GPE KWT, "Iranian" NORP IRN, "L.A." GPE USA in "ANS CIF L.A.");
"U.S. Gulf" and "U.S. West Coast" are one LOC span USA each (11b's "US Gulf"); the typo "OPE" (for OPEC) is
tagged ORG null as written; table row and heading names are tagged ("ARGENTINA", "BRAZIL", "EC" of "EC-12";
"Queensland", "N.S.W.", "Victoria", "S.Australia", "W.Australia").
Countries: American Express Bank Ltd, American Express Co / "American Express" and International Capital
Corp ORG USA (the text gives no country; the dateline NEW YORK and the U.S. ticker place them, as 55a's
Princeville), "Mexican" NORP MEX, Mexico GPE MEX; Westcoast Transmission Co Ltd / "Westcoast" ORG CAN
(dateline VANCOUVER, Canadian dlrs), AGIP Canada Ltd / "AGIP Canada" ORG CAN, AGIP SpA and ENI ORG ITA,
Italy GPE ITA, Western Canada and Labrador LOC CAN (regions), Yukon Territory and Saskatchewan GPE CAN,
"Canadian" NORP CAN; Europe, Northern Europe and the Mediterranean LOC null, "U.S." GPE USA, Singapore GPE
SGP, Reuters Pipeline ORG GBR (a service of the London news agency); Saudi Arabia GPE SAU, "Saudis" NORP
SAU, the Organization of Petroleum Exporting Countries / OPEC ORG null, Morgan Stanley Group ORG USA,
John Wellemeyer / "Wellemeyer" PERSON USA (an executive of a U.S. firm, speaking in Houston); "Iranian"
NORP IRN, Iran and Tehran GPE IRN, IRNA ORG IRN (state news agency), Iraq, Baghdad, Basra and Haj Omran GPE
IRQ (Haj Omran as 13a), Kurdistan LOC IRQ ("in northern Iraq"), "Iraqi" NORP IRQ, the BBC ORG GBR, London
GPE GBR, the Shatt al-Arab LOC null (the Iran-Iraq border waterway); the U.S. Agriculture Department ORG
USA, Argentina ARG, Brazil BRA (GPE), "EC" ORG null; "Dutch" NORP NLD, Gerrit Braks / "Braks" PERSON NLD,
the Netherlands GPE NLD, "West German" NORP DEU, Ignaz Kiechle / "Kiechle" PERSON DEU, Bonn GPE DEU, the
European Community / EC / Community, the (EC's) Executive Commission and the "17-man Commission" ORG
null, "Christian Democrat" NORP null (a cross-border party family), Luxembourg GPE LUX, Brussels GPE BEL;
"Australian" NORP AUS, Australian Wheat Forecasters Pty Ltd / AWF ORG AUS, New South Wales / N.S.W.,
Queensland, Victoria, Western Australia / W.Australia and S.Australia GPE AUS.

Judgement calls made here:
* 6613 (American Express debt/equity swap, DCT Wed 1987-03-18, NEW YORK): "American Express Bank Ltd ...
  said it has agreed with the Mexican government and local business groups to convert 100 mln dlrs of
  existing debt into equity" is AGREE USA BUS -> the Mexican government (MEX GOV; the local business
  groups are Mexican too: a same-country compound, one record, EVENTS.md 12), undated (present perfect,
  rule 17), "said" rule-3 attribution; converting, funding and construction are its content. "American
  Express said in a statement that the swap will be made via its International Capital Corp unit" and
  "The Mexican government said in a statement that the deal should result in about 250,000 extra
  tourists" are STATEMENTs (the swap's vehicle and the deal's expected effects; anaphoric "swap"/"deal"
  skipped), DCT, dateline NEW YORK (no place in the text).
* 18651 (Westcoast to buy AGIP Canada properties, DCT Thu 1987-06-18, VANCOUVER): "Westcoast Transmission
  Co Ltd said it agreed to acquire the ... properties of AGIP Canada Ltd" is AGREE CAN BUS -> AGIP Canada
  (CAN BUS, the seller; EVENTS.md 8), undated, "said" attribution, "acquire" content. "At the end of
  1986, AGIP Canada reported proven and probable reserves" is a STATEMENT (a statistics release by a
  named company) dated by its fronted time expression (rule 1: 1986, year precision, location null;
  undated arguable, the expression arguably dates the reserve figures rather than the report). Holdings
  and output are stative / statistics; "subject to approval by both companies' directors" is a condition
  (skipped). "Westcoast said the acquisition would enable it to apply ... tax pools" and "AGIP Canada said
  it would retain offshore exploration blocks ..." are STATEMENTs (retaining assets has no type), DCT,
  VANCOUVER.
* 16005 (crude oil netbacks, DCT Thu 1987-04-09, NEW YORK): no event (a negative). Every verb is a
  price or value movement; "according to calculations by Reuters Pipeline" names a source of data, not a
  speech act (55a's "according to USDA data"; STATEMENT by Reuters Pipeline arguable, skipped).
* 1387 (Morgan Stanley's Wellemeyer on OPEC, DCT Tue 1987-03-03, HOUSTON): Wellemeyer is an executive of
  a U.S. investment bank (USA BUS). Six reporting clauses are STATEMENTs (forecasts and assessments), DCT,
  HOUSTON: "Saudi Arabia will succeed in pressuring other members of OPEC ..., said ..." (a forecast: the
  pressuring is content, not a reported act), "also said he expected OPEC nations to attempt to hold
  prices" ("speaking to reporters" its participial elaboration, skipped), the two quotes ("..., Wellemeyer
  said", "..., he said"), "said that sharp declines in U.S. oil production could push demand" and "said he
  believed the organization would hold its official price". Price movements, the anonymous "market
  reports" and "a belief Saudi Arabia is attempting to curb OPEC output" (no holder named) are skipped.
* 1899 (Iran's northern offensive, DCT Wed 1987-03-04 (published 21:49 on the 4th; the dateline's March 5
  is not used, GUIDELINES.md), BAHRAIN): "Iranian troops are fighting on two widely separated fronts in a
  new offensive in the mountains of Kurdistan in northern Iraq, Tehran's IRNA news agency said" is ASSAULT
  IRN MIL -> IRQ (implied MIL), a progressive reported today: dated by the report (DCT, 19a/20b's "were
  pushing"), located in Kurdistan (IRQ); IRNA's "said" attribution, "offensive" an adjunct naming the
  offensive (skipped, 26a). "Baghdad war communiques made no mention of fresh fighting" is a withheld
  STATEMENT by Baghdad (IRQ MIL; 16a's "Irna made no mention"), negated, DCT, dateline BAHRAIN. "but a
  military spokesman threatened a resumption of air raids on Iranian towns" is THREATEN IRQ MIL -> IRN,
  undated (a relayed verbal act with no time expression, set 16 / own_blind3's "threatened"). "IRNA ...
  said Iran had seized several strategic heights in the northern assault, which started on Tuesday" gives
  ASSAULT IRN -> IRQ on "seized" (territory taken in fighting, 13a/52a's "captured"), undated (the
  seizure's day is not fixed by the start of the offensive), and ASSAULT IRN -> IRQ on the event noun
  "assault" with its own predication (EVENTS.md 11): the offensive's start, 1987-03-03 ("Tuesday", past,
  on or before Wed 1987-03-04), "started" skipped as part of it; both located in Kurdistan (the next
  sentence places the offensive there). "It said at least 2,000 Iraqi troops had been killed, wounded or
  captured" is one ASSAULT IRN (implied) MIL -> IRQ MIL on "killed" (a single casualty toll; "wounded",
  "captured" skipped as part of it; COERCE for the captures arguable), undated. "The offensive is in the
  Haj Omran area of Kurdistan, scene of fierce fighting in 1983": anaphoric "offensive" and a background
  nominal with no named parties (skipped; ASSAULT 1983 arguable). "Tehran radio reported last night that
  Iranian forces were in control of four mountain areas" is a STATEMENT IRN ORG (being in control is
  stative: no type; ASSAULT arguable) dated 1987-03-03 ("last night" = DCT - 1), location null (not a
  DCT-dated speech act). "In the south, IRNA said, Iranian forces captured several Iraqi defence posts
  east of ... Basra" is ASSAULT IRN MIL -> IRQ MIL, undated, located at Basra; "drive" skipped (adjunct).
  "a two-week-long Iraqi moratorium on air raids declared on condition that Iran stop attacking" is
  RETREAT IRQ GOV -> IRN (a halt to attacks, de-escalation) on the event noun "moratorium" ("declared"
  skipped as part of it), undated (two weeks before today is implied, 1987-02-18 arguable); the condition's
  verbs and the moratorium's "end" are skipped. "Iraq's war spokesman said Iran had kept up its attacks
  and had made 'boasts of illusory victories'" is ACCUSE IRQ MIL -> IRN on "said" (the saying charges Iran
  with breaking the condition and derides its claims; EVENTS.md 1), DCT, BAHRAIN; "kept up" and "boasts"
  are its content (ASSAULT IRN -> IRQ undated arguable for "kept up").
* 15922 (USDA soybean meal table, DCT Thu 1987-04-09, WASHINGTON): "The U.S. Agriculture Department
  detailed world supply/demand data" is a STATEMENT (statistics release), DCT, as earlier sets' tables.
* 11592 (Braks attacks West German farm position, DCT Tue 1987-03-31, BRUSSELS): "Braks said today the
  Netherlands deeply regretted West German opposition to radical reforms" is ACCUSE NLD GOV -> DEU GOV on
  "said" (criticism of Bonn's stance; the saying is the act), 1987-03-31 ("today"), BRUSSELS; "opposition"
  is its content (REJECT DEU arguable, skipped). "Braks told journalists he had rounded on ... Kiechle and
  accused Bonn of 'lacking the courage ...' during a private meeting of Christian Democrat politicians on
  Sunday" is ACCUSE NLD -> DEU on "rounded on", dated 1987-03-29 ("on Sunday", past), location null;
  "accused" is its later mention (the same attack, second conjunct) and "told" rule-3 attribution; the
  party meeting is an internal meeting of one group (skipped; CONSULT arguable). "Braks said he told
  Kiechle: 'You (Bonn) have had years ...'" is a further later mention on "told" (the quoted attack,
  EVENTS.md 3), "said" attribution. "EC ministers failed to reach agreement at two days of talks on prices"
  is AGREE by the EC ministers (null IGO, actor2 null, as earlier sets' EC farm ministers) on "agreement",
  negated, undated ("shortly before" his comments gives no value); the talks are an internal meeting of
  one body (skipped, 9a/16b/39b). "The ministers agreed to roll over the present year for two months and
  resume negotiations in Luxembourg next month" is AGREE null IGO, asserted, undated ("next month" dates
  the resumption, which is content). The Commission's proposals/"has proposed the reform measures" are
  internal EC policy (skipped; REQUEST arguable); "The attack from Braks" is anaphoric. "The entire 17-man
  Commission is today visiting Bonn" is CONSULT null IGO -> DEU GOV, asserted, 1987-03-31 ("today"),
  located in Bonn; its purpose ("attempt", "overcome") is skipped. "Kiechle, who yesterday denounced as
  totally unacceptable new limits on producers' rights" is ACCUSE DEU GOV -> the Commission (implied, null
  IGO; condemnation of its proposals; REJECT arguable), 1987-03-30 ("yesterday"); "warned the meeting the
  measures lead to political instability" is a STATEMENT (a warning with no consequence from the speaker,
  own_blind's call), DCT (a wire-style speech act; "the meeting" is the undated EC talks), BRUSSELS. "He
  said they did not even form the basis of negotiation" is REJECT DEU -> the Commission (null IGO; refusing
  the proposals), DCT, BRUSSELS, and "stressed they were opposed by all political parties" a STATEMENT, DCT.
  The farm-reform "pushed to the top of the ... agenda" by crises has no actor (skipped).
* 8179 (Australian wheat area forecast, DCT Mon 1987-03-23, MELBOURNE): Australian Wheat Forecasters Pty
  Ltd is a private forecaster (AUS BUS). Its six reporting clauses ("said in its first preliminary crop
  forecast", "the private forecaster said", "it said", "AWF said" three times, one a quote) are
  STATEMENTs, DCT, MELBOURNE; "crop forecasts were not given for the new wheat year" is a withheld
  STATEMENT (agent implied AWF, negated, DCT; EVENTS.md 5's "Terms were not disclosed"). "some farmers were
  saying they intended to cut back" is anonymous talk (skipped); the plantings, yields and sowing are
  statistics or unnamed activity.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind72b.jsonl"

NYC = ("NEW YORK", "USA")
VAN = ("VANCOUVER", "CAN")
HOU = ("HOUSTON", "USA")
BAH = ("BAHRAIN", "BHR")
WAS = ("WASHINGTON", "USA")
BRU = ("BRUSSELS", "BEL")
MEL = ("MELBOURNE", "AUS")
KURD_TXT = ("Kurdistan", "IRQ")
BASRA_TXT = ("Basra", "IRQ")
BONN_TXT = ("Bonn", "DEU")

USA_BUS = "USA", "BUS"
CAN_BUS = "CAN", "BUS"
AUS_BUS = "AUS", "BUS"
MEX_GOV = "MEX", "GOV"
IRN_MIL = "IRN", "MIL"
IRQ_MIL = "IRQ", "MIL"
NLD_GOV = "NLD", "GOV"
DEU_GOV = "DEU", "GOV"
IGO = None, "IGO"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-6613": {
        "events": [
            # 0
            ("AGREE", "agreed", ("American Express Bank Ltd",) + USA_BUS, ("the Mexican government",) + MEX_GOV, None,
             None, "unknown", None, "asserted", None,
             "agreed with the Mexican government and local business groups to convert debt into equity (the groups "
             "are Mexican too: a same-country compound, one record); present perfect: undated (rule 17); 'said' "
             "rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "American Express said"), (("American Express", "American Express said"),)
             + USA_BUS, None, NYC, "1987-03-18", "day", None, "asserted", None,
             "the swap will be made via its International Capital Corp unit over two years (no type); DCT, "
             "dateline city"),
            # 2
            ("STATEMENT", ("said", "The Mexican government said"), ("The Mexican government",) + MEX_GOV, None, NYC,
             "1987-03-18", "day", None, "asserted", None,
             "the deal should bring tourists, jobs and foreign exchange (assessment); DCT, dateline city"),
        ],
        "skip": [
            (("said", "American Express Co"), "rule-3 attribution (the agreement is the event)"),
            ("convert", "content of the agreement (debt/equity conversion)"),
            ("fund", "purpose clause (content of the agreement)"),
            ("construction", "content of the agreement"),
            (("statement", "American Express said"), "part of the reporting clause"),
            ("swap", "anaphoric nominal (the agreed conversion)"),
            (("made", "swap will be"), "content of the statement"),
            (("statement", "The Mexican government said"), "part of the reporting clause"),
            ("deal", "anaphoric nominal (the agreed conversion)"),
            ("result", "content of the statement"),
            ("creation", "content of the statement (forecast)"),
        ],
        "entities": [
            ("American Express Bank Ltd", "ORG", "USA"),
            ("American Express Co", "ORG", "USA"),
            ("Mexican", "NORP", "MEX"),
            ("Mexico", "GPE", "MEX"),
            (("American Express", "American Express said"), "ORG", "USA"),
            ("International Capital Corp", "ORG", "USA"),
            (("Mexican", "The Mexican government said"), "NORP", "MEX"),
        ],
    },
    "reuters21578-18651": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Westcoast Transmission Co Ltd",) + CAN_BUS, ("AGIP Canada Ltd",) + CAN_BUS, None,
             None, "unknown", None, "asserted", None,
             "agreed to acquire AGIP Canada's Western Canada reserves and properties (EVENTS.md 8: AGREE on "
             "'agreed', toward the seller); undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", "reported", (("AGIP Canada", "1986,"),) + CAN_BUS, None, None,
             "1986", "year", "At the end of 1986", "asserted", None,
             "AGIP Canada reported reserves (a statistics release by a named company) dated by the fronted time "
             "expression (rule 1; undated arguable: it may only date the reserve figures)"),
            # 2
            ("STATEMENT", ("said", "Westcoast said"), (("Westcoast", "Westcoast said"),) + CAN_BUS, None, VAN,
             "1987-06-18", "day", None, "asserted", None,
             "the acquisition lets it apply AGIP Canada's tax pools (assessment); DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "AGIP Canada said"), (("AGIP Canada", "AGIP Canada said"),) + CAN_BUS, None, VAN,
             "1987-06-18", "day", None, "asserted", None,
             "it would retain offshore blocks, a gold mine and uranium interests (retaining assets: no type); DCT"),
        ],
        "skip": [
            (("said", "Transmission Co Ltd"), "rule-3 attribution (the agreement is the event)"),
            (("acquire", "agreed to"), "content of the agreement (EVENTS.md 8)"),
            ("holds", "stative"),
            ("produce", "statistics"),
            ("deal", "anaphoric nominal"),
            ("approval", "condition (subject to approval)"),
            (("acquisition", "Westcoast said the"), "anaphoric nominal"),
            ("enable", "content of the statement"),
            ("apply", "content of the statement"),
            ("enhance", "content of the statement"),
            ("retain", "content of the statement (no type)"),
        ],
        "entities": [
            ("Westcoast Transmission Co Ltd", "ORG", "CAN"),
            ("Western Canada", "LOC", "CAN"),
            ("AGIP Canada Ltd", "ORG", "CAN"),
            ("AGIP SpA", "ORG", "ITA"),
            ("Italy", "GPE", "ITA"),
            ("ENI", "ORG", "ITA"),
            ("Canadian", "NORP", "CAN"),
            (("AGIP Canada", "1986,"), "ORG", "CAN"),
            (("AGIP Canada", "cubic feet of natural gas"), "ORG", "CAN"),
            (("Western Canada", "exploratory acres in"), "LOC", "CAN"),
            (("Westcoast", "Westcoast said"), "ORG", "CAN"),
            (("AGIP Canada Ltd", "tax pools of"), "ORG", "CAN"),
            (("AGIP Canada", "AGIP Canada said"), "ORG", "CAN"),
            ("Labrador", "LOC", "CAN"),
            ("Yukon Territory", "GPE", "CAN"),
            ("Saskatchewan", "GPE", "CAN"),
        ],
    },
    "reuters21578-16005": {
        "events": [],
        "skip": [
            (("rose", "complex refineries"), "market-price movement"),
            ("firmed", "market-price movement"),
            (("fell", "previous week but"), "market-price movement"),
            ("according to", "calculations by a named service: a data source, not a speech act (55a's USDA data; "
                             "STATEMENT by Reuters Pipeline arguable)"),
            ("relected", "market-price movement (cause of the firmer tone)"),
            (("rose", "Northern Europe"), "market-price movement"),
            (("rose", "sweet crudes"), "market-price movement"),
            ("showed an increase", "market-price movement"),
            (("fell", "refined in Singapore"), "market-price movement"),
            ("weighed", "market-price movement"),
            (("fell", "Kuwait crude"), "market-price movement"),
            (("fell", "Iranian Light"), "market-price movement"),
            ("jumped", "market-price movement"),
        ],
        "entities": [
            ("Europe", "LOC", None),
            ("U.S.", "GPE", "USA"),
            ("Singapore", "GPE", "SGP"),
            ("Reuters Pipeline", "ORG", "GBR"),
            (("Europe", "refining margins in"), "LOC", None),
            (("U.S.", "refining margins in"), "GPE", "USA"),
            ("Northern Europe", "LOC", None),
            ("U.S. Gulf", "LOC", "USA"),
            ("West Texas", "LOC", "USA"),
            (("U.S. Gulf", "Sour grades in the"), "LOC", "USA"),
            ("Alaska North Slope", "LOC", "USA"),
            (("Singapore", "netbacks for crude oil refined in"), "GPE", "SGP"),
            (("Singapore", "Attaka in"), "GPE", "SGP"),
            ("Mediterranean", "LOC", None),
            ("Kuwait", "GPE", "KWT"),
            ("Iranian", "NORP", "IRN"),
            ("U.S. West Coast", "LOC", "USA"),
            ("L.A.", "GPE", "USA"),
        ],
    },
    "reuters21578-1387": {
        "events": [
            # 0
            ("STATEMENT", ("said", "production quotas,"), ("John Wellemeyer",) + USA_BUS, None, HOU,
             "1987-03-03", "day", None, "asserted", None,
             "forecast: Saudi Arabia will succeed in pressuring OPEC members to keep quotas (the pressuring is "
             "content of a forecast, not a reported act); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "also said"), (("Wellemeyer", "Wellemeyer, speaking"),) + USA_BUS, None, HOU,
             "1987-03-03", "day", None, "asserted", None,
             "expects OPEC to hold prices under 20 dlrs (forecast); 'speaking to reporters' its participial "
             "elaboration (skipped); DCT"),
            # 2
            ("STATEMENT", ("said", 'production down,"'), (("Wellemeyer", 'production down,"'),) + USA_BUS, None, HOU,
             "1987-03-03", "day", None, "asserted", None,
             "quote: a concerted Saudi effort to cut output is coming (forecast); DCT"),
            # 3
            ("STATEMENT", ("said", 'happen again," he'), (("he", 'happen again," he'),) + USA_BUS, None, HOU,
             "1987-03-03", "day", None, "asserted", None, "quote: the Saudis are committed to 18 dlrs (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "Wellemeyer said that sharp"), (("Wellemeyer", "Wellemeyer said that sharp"),)
             + USA_BUS, None, HOU, "1987-03-03", "day", None, "asserted", None,
             "U.S. output declines could push demand for OPEC oil above 20 mln bpd (forecast); DCT"),
            # 5
            ("STATEMENT", ("said", "Wellemeyer said he believed"), (("Wellemeyer", "Wellemeyer said he believed"),)
             + USA_BUS, None, HOU, "1987-03-03", "day", None, "asserted", None,
             "OPEC will hold its official price below 20 dlrs (forecast); DCT"),
        ],
        "skip": [
            ("succeed", "content of the forecast"),
            ("pressuring", "content of the forecast (REQUEST SAU -> OPEC hypothetical arguable)"),
            ("speaking", "participial elaboration of the reporting clause (EVENTS.md 3)"),
            (("expected", "also said he"), "part of the reporting clause"),
            (("attempt", "nations to"), "content of the forecast"),
            ("effort", "content of the quote (forecast)"),
            ("committed", "content of the quote (stative)"),
            (("fell", "In recent weeks"), "market-price movement"),
            (("reports", "on market"), "anonymous market reports"),
            (("producing", "OPE members"), "content of anonymous market reports (unnamed members)"),
            ("rebounded", "market-price movement"),
            ("attempting", "content of an anonymous belief"),
            (("pushing", "above their quota,"), "statistics (content of anonymous market reports)"),
            (("push", "could"), "content of the forecast"),
            ("believed", "part of the reporting clause"),
            (("hold", "organization would"), "content of the forecast"),
            ("prevent", "content of the forecast"),
        ],
        "entities": [
            ("Saudi Arabia", "GPE", "SAU"),
            ("Organization of Petroleum Exporting Countries", "ORG", None),
            ("Morgan Stanley Group", "ORG", "USA"),
            ("John Wellemeyer", "PERSON", "USA"),
            (("Wellemeyer", "Wellemeyer, speaking"), "PERSON", "USA"),
            (("OPEC", "expected OPEC"), "ORG", None),
            (("Saudis", "concerted effort by the"), "NORP", "SAU"),
            (("Wellemeyer", 'production down,"'), "PERSON", "USA"),
            (("Saudis", '"The Saudis'), "NORP", "SAU"),
            (("OPE", "reports of some"), "ORG", None),
            (("OPEC", "total OPEC"), "ORG", None),
            (("U.S.", "April U.S."), "GPE", "USA"),
            (("Saudi Arabia", "belief"), "GPE", "SAU"),
            (("OPEC", "curb OPEC"), "ORG", None),
            (("Wellemeyer", "Wellemeyer said that sharp"), "PERSON", "USA"),
            (("U.S.", "declines in U.S."), "GPE", "USA"),
            (("OPEC", "push demand for"), "ORG", None),
            (("OPEC", "increases in demand for"), "ORG", None),
            (("Wellemeyer", "Wellemeyer said he believed"), "PERSON", "USA"),
        ],
    },
    "reuters21578-1899": {
        "events": [
            # 0
            ("ASSAULT", ("fighting", "troops are"), ("Iranian troops",) + IRN_MIL, (None,) + IRQ_MIL, KURD_TXT,
             "1987-03-04", "day", None, "asserted", None,
             "Iranian troops are fighting on two fronts in Iraqi Kurdistan (a progressive reported today: dated by "
             "the report, DCT); IRNA's 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("mention", "made no"), (("Baghdad", "Baghdad war"),) + IRQ_MIL, None, BAH,
             "1987-03-04", "day", None, "negated", None,
             "Baghdad's war communiques made no mention of fresh fighting: a withheld statement (16a's 'Irna made "
             "no mention'); DCT, dateline city"),
            # 2
            ("THREATEN", "threatened", ("a military spokesman",) + IRQ_MIL, (("Iranian towns", "air raids on"), "IRN",
                                                                               None), None,
             None, "unknown", None, "asserted", None,
             "the (Iraqi) military spokesman threatened a resumption of air raids on Iranian towns; a relayed verbal "
             "act with no time expression: undated (set 16)"),
            # 3
            ("ASSAULT", ("seized", "Iran had"), (("Iran", "said Iran had"),) + IRN_MIL, (None,) + IRQ_MIL, KURD_TXT,
             None, "unknown", None, "asserted", None,
             "Iran seized strategic heights in the northern offensive (territory taken in fighting: ASSAULT, 52a); "
             "pluperfect relayed by IRNA: undated (the offensive's start does not fix the seizure's day)"),
            # 4
            ("ASSAULT", ("assault", "northern"), (None,) + IRN_MIL, (None,) + IRQ_MIL, KURD_TXT,
             "1987-03-03", "day", "Tuesday", "asserted", None,
             "the northern assault 'which started on Tuesday' (a nominal with its own predication, EVENTS.md 11): "
             "past Tuesday on or before Wed 1987-03-04; 'started' part of it"),
            # 5
            ("ASSAULT", "killed", (None,) + IRN_MIL, ("Iraqi troops",) + IRQ_MIL, None,
             None, "unknown", None, "asserted", None,
             "at least 2,000 Iraqi troops killed, wounded or captured (one casualty toll); relayed pluperfect: "
             "undated; 'It said' attribution"),
            # 6
            ("STATEMENT", ("reported", "Tehran radio"), (("Tehran radio", "Tehran radio"), "IRN", "ORG"), None, None,
             "1987-03-03", "day", "last night", "asserted", None,
             "Iranian forces in control of four mountain areas (stative: no type; ASSAULT arguable); 'last night' = "
             "DCT - 1; location null (not a DCT-dated speech act)"),
            # 7
            ("ASSAULT", ("captured", "Iranian forces"), (("Iranian forces", "In the south,"),) + IRN_MIL,
             ("several Iraqi defence posts",) + IRQ_MIL, BASRA_TXT,
             None, "unknown", None, "asserted", None,
             "Iranian forces captured Iraqi defence posts east of Basra; relayed by IRNA with no time expression: "
             "undated"),
            # 8
            ("RETREAT", "moratorium", (("Iraqi", "two-week-long"), "IRQ", "GOV"), (("Iran", "condition that"), "IRN",
                                                                                    "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Iraq's two-week moratorium on air raids, declared on condition that Iran stop attacking (a halt to "
             "attacks: de-escalation); declaration date not stated (two weeks before today, 1987-02-18, arguable)"),
            # 9
            ("ACCUSE", ("said", "war spokesman"), ("Iraq's war spokesman",) + IRQ_MIL, (("Iran", "war spokesman said"),
                                                                                       "IRN", "GOV"), BAH,
             "1987-03-04", "day", None, "asserted", None,
             "charges Iran with keeping up attacks (breaking the moratorium's condition) and mocks its 'boasts of "
             "illusory victories': the saying is the accusation; DCT, dateline city"),
        ],
        "skip": [
            (("said", "IRNA news agency"), "rule-3 attribution (the fighting is the event)"),
            (("offensive", "a new"), "adjunct naming the offensive (26a)"),
            (("fighting", "fresh"), "content of the withheld statement"),
            ("resumption", "content of the threat"),
            (("air raids", "resumption of"), "content of the threat"),
            ("monitored", "BBC monitoring (no type)"),
            (("said", "in London,"), "rule-3 attribution (the seizure is the event)"),
            ("started", "part of the assault's predication"),
            (("said", "It said"), "rule-3 attribution (the casualties are the event)"),
            ("wounded", "part of the casualty toll"),
            (("captured", "wounded or"), "part of the casualty toll (COERCE arguable)"),
            (("offensive", "The offensive"), "anaphoric nominal"),
            (("fighting", "fierce"), "background nominal with no named parties (ASSAULT 1983 arguable)"),
            ("in control", "stative (content of the radio report)"),
            ("bringing", "result (content of the radio report)"),
            (("said", "In the south, IRNA"), "rule-3 attribution (the capture is the event)"),
            ("drive", "adjunct naming the offensive"),
            (("end", "Today is the"), "expiry of the moratorium (no act)"),
            (("air raids", "moratorium on"), "object of the moratorium"),
            ("declared", "part of the moratorium (its declaration)"),
            (("stop", "Iran"), "condition of the moratorium"),
            (("attacking", "Iran stop"), "condition of the moratorium"),
            ("shelling", "condition of the moratorium"),
            ("kept up", "content of the accusation (ASSAULT IRN -> IRQ undated arguable)"),
            ("boasts", "content of the accusation (Iran's claims)"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("Kurdistan", "LOC", "IRQ"),
            ("Iraq", "GPE", "IRQ"),
            ("Tehran", "GPE", "IRN"),
            ("IRNA", "ORG", "IRN"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iranian", "air raids on"), "NORP", "IRN"),
            (("IRNA", "IRNA, monitored"), "ORG", "IRN"),
            ("BBC", "ORG", "GBR"),
            ("London", "GPE", "GBR"),
            (("Iran", "said Iran had"), "GPE", "IRN"),
            (("Iraqi", "at least 2,000"), "NORP", "IRQ"),
            ("Haj Omran", "GPE", "IRQ"),
            (("Kurdistan", "Haj Omran area of"), "LOC", "IRQ"),
            (("Tehran", "Tehran radio"), "GPE", "IRN"),
            (("Iranian", "reported last night that"), "NORP", "IRN"),
            (("Iraqi", "bringing several"), "NORP", "IRQ"),
            (("IRNA", "In the south,"), "ORG", "IRN"),
            (("Iranian", "In the south,"), "NORP", "IRN"),
            (("Iraqi", "captured several"), "NORP", "IRQ"),
            (("Iraq", "east of"), "GPE", "IRQ"),
            ("Basra", "GPE", "IRQ"),
            ("Shatt al-Arab", "LOC", None),
            (("Iraqi", "two-week-long"), "NORP", "IRQ"),
            (("Iran", "condition that"), "GPE", "IRN"),
            (("Iraqi", "attacking"), "NORP", "IRQ"),
            (("Iraq", "shelling its towns"), "GPE", "IRQ"),
            (("Iran", "war spokesman said"), "GPE", "IRN"),
        ],
    },
    "reuters21578-15922": {
        "events": [
            # 0
            ("STATEMENT", "detailed", ("The U.S. Agriculture Department",) + ("USA", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None, "statistics release (soybean meal supply/demand table); DCT"),
        ],
        "skip": [],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("ARGENTINA", "GPE", "ARG"),
            ("BRAZIL", "GPE", "BRA"),
            (("EC", "EC-12"), "ORG", None),
        ],
    },
    "reuters21578-11592": {
        "events": [
            # 0
            ("ACCUSE", ("said", "Braks said today"), ("Gerrit Braks",) + NLD_GOV, (("West German", "regretted West"),)
             + DEU_GOV, BRU, "1987-03-31", "day", "today", "asserted", None,
             "the Netherlands deeply regretted West German opposition to reform (criticism of Bonn's stance; the "
             "saying is the act); 'today' = DCT; dateline city"),
            # 1
            ("ACCUSE", "rounded on", (("he", "Braks told journalists"),) + NLD_GOV, ("Ignaz Kiechle",) + DEU_GOV, None,
             "1987-03-29", "day", "on Sunday", "asserted", None,
             "Braks rounded on Kiechle at a Christian Democrat meeting on Sunday (past Sunday before Tue 1987-03-31); "
             "'told journalists' rule-3 attribution"),
            # 2
            ("ACCUSE", "accused", (("he", "Braks told journalists"),) + NLD_GOV, (("Bonn", "accused"),) + DEU_GOV, None,
             "1987-03-29", "day", "on Sunday", "asserted", 1,
             "later mention: accused Bonn of lacking courage (the same attack, second conjunct)"),
            # 3
            ("ACCUSE", ("told", "he told Kiechle"), (("he", "Braks said he"),) + NLD_GOV,
             (("Kiechle", "he told"),) + DEU_GOV, None,
             "1987-03-29", "day", "on Sunday", "asserted", 1,
             "later mention: the quoted attack ('You (Bonn) ... failed to do so', EVENTS.md 3); first mention's date"),
            # 4
            ("AGREE", ("agreement", "failed to reach"), (("EC ministers", "shortly before"),) + IGO, None, None,
             None, "unknown", None, "negated", None,
             "EC ministers failed to reach agreement on farm prices (EC ministers null IGO, no actor2, as earlier "
             "sets); 'shortly before' gives no value: undated"),
            # 5
            ("AGREE", ("agreed", "The ministers"), ("The ministers",) + IGO, None, None,
             None, "unknown", None, "asserted", None,
             "agreed to roll over the year and resume talks in Luxembourg next month (EVENTS.md 8; 'next month' "
             "dates the resumption, content); undated"),
            # 6
            ("CONSULT", "visiting", (("Commission", "17-man"),) + IGO, (("Bonn", "visiting"),) + DEU_GOV, BONN_TXT,
             "1987-03-31", "day", "today", "asserted", None,
             "the EC Commission is today visiting Bonn (visitor -> host); located in Bonn"),
            # 7
            ("ACCUSE", "denounced", (("Kiechle", "agricultural expenditure"),) + DEU_GOV, (None,) + IGO, None,
             "1987-03-30", "day", "yesterday", "asserted", None,
             "denounced the Commission's new limits as totally unacceptable (condemnation; REJECT arguable); "
             "'yesterday' = DCT - 1"),
            # 8
            ("STATEMENT", "warned", (("Kiechle", "agricultural expenditure"),) + DEU_GOV, None, BRU,
             "1987-03-31", "day", None, "asserted", None,
             "the measures lead to political instability (a warning with no consequence from the speaker); "
             "wire-style: DCT, dateline city"),
            # 9
            ("REJECT", ("said", "He said they"), (("He", "He said they"),) + DEU_GOV, (None,) + IGO, BRU,
             "1987-03-31", "day", None, "asserted", None,
             "the measures do not even form a basis of negotiation (refusal of the Commission's proposals); DCT"),
            # 10
            ("STATEMENT", "stressed", (("He", "He said they"),) + DEU_GOV, None, BRU,
             "1987-03-31", "day", None, "asserted", None,
             "the measures are opposed by all German parties (second reporting clause); DCT"),
        ],
        "skip": [
            ("opposition", "content of the criticism (REJECT DEU arguable)"),
            ("halting", "content (aim of the reforms)"),
            (("told", "Braks told"), "rule-3 attribution (the attack is the event)"),
            ("lacking", "content of the accusation"),
            (("meeting", "private"), "internal meeting of a party group (CONSULT arguable)"),
            (("said", "Braks said he"), "rule-3 attribution (the quoted attack is the event)"),
            ("put your house", "content of the quote"),
            (("failed", "order and"), "content of the quote"),
            ("comments", "anaphoric nominal (Braks's comments)"),
            (("talks", "two days of"), "internal meeting of one body (EC ministers; 9a/16b/39b)"),
            ("roll over", "content of the agreement"),
            ("resume negotiations", "content of the agreement (internal meeting of one body, planned)"),
            ("proposals", "internal EC policy proposal (domestic price policy; REQUEST arguable)"),
            ("slash", "content of the proposals"),
            (("seek", "and"), "content of the proposals"),
            (("attack", "The attack"), "anaphoric nominal (Braks's attack)"),
            (("proposed", "which has"), "internal EC policy proposal (REQUEST arguable)"),
            ("attempt", "purpose of the visit"),
            ("overcome", "purpose of the visit"),
            ("bids", "background nominal (budget measures)"),
            (("sell", "rights to"), "content of the denunciation"),
            (("lead", "the measures"), "content of the warning"),
            (("opposed", "they were"), "content of the statement"),
            ("pushed", "no acting actor (crises and tension)"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("Gerrit Braks", "PERSON", "NLD"),
            ("Netherlands", "GPE", "NLD"),
            ("West German", "NORP", "DEU"),
            ("European Community", "ORG", None),
            (("EC", "European Community ("), "ORG", None),
            (("Braks", "Braks told"), "PERSON", "NLD"),
            (("West German", "his West German"), "NORP", "DEU"),
            ("Ignaz Kiechle", "PERSON", "DEU"),
            (("Bonn", "accused"), "GPE", "DEU"),
            ("Christian Democrat", "NORP", None),
            (("Braks", "Braks said he"), "PERSON", "NLD"),
            (("Kiechle", "he told"), "PERSON", "DEU"),
            (("Bonn", "You ("), "GPE", "DEU"),
            (("EC", "shortly before"), "ORG", None),
            (("EC", "prices to be paid to"), "ORG", None),
            ("Luxembourg", "GPE", "LUX"),
            (("EC", "proposals from the"), "ORG", None),
            ("Brussels", "GPE", "BEL"),
            (("Braks", "attack from"), "PERSON", "NLD"),
            (("EC", "relations between the"), "ORG", None),
            ("Executive Commission", "ORG", None),
            (("Bonn", "reform measures, and"), "GPE", "DEU"),
            (("Commission", "17-man"), "ORG", None),
            (("Bonn", "visiting"), "GPE", "DEU"),
            (("EC", "enthusiastic"), "ORG", None),
            (("Kiechle", "agricultural expenditure"), "PERSON", "DEU"),
            (("Community", "excess products into"), "ORG", None),
            (("Community", "top of the"), "ORG", None),
        ],
    },
    "reuters21578-8179": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(AWF)"), ("Australian Wheat Forecasters Pty Ltd",) + AUS_BUS, None, MEL,
             "1987-03-23", "day", None, "asserted", None,
             "first preliminary crop forecast: plantings to fall to 10.40 mln ha (a forecast release by a private "
             "forecaster); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "private forecaster"), ("the private forecaster",) + AUS_BUS, None, MEL,
             "1987-03-23", "day", None, "asserted", None, "no reason to expect lower production (assessment); DCT"),
            # 2
            ("STATEMENT", ("said", "rest paddocks, it"), (("it", "rest paddocks,"),) + AUS_BUS, None, MEL,
             "1987-03-23", "day", None, "asserted", None, "the fall expected mostly in Western Australia; DCT"),
            # 3
            ("STATEMENT", ("said", "than average,"), (("AWF", "than average,"),) + AUS_BUS, None, MEL,
             "1987-03-23", "day", None, "asserted", None,
             "the eastern wheat area should hold up if rainfall is average (forecast); DCT"),
            # 4
            ("STATEMENT", ("said", "by 20 pct,"), (("AWF", "by 20 pct,"),) + AUS_BUS, None, MEL,
             "1987-03-23", "day", None, "asserted", None, "the farmers' 20 pct cut is unlikely (assessment); DCT"),
            # 5
            ("STATEMENT", ("said", "growers' income"), (("AWF", "growers' income"),) + AUS_BUS, None, MEL,
             "1987-03-23", "day", None, "asserted", None, "quote: lack of statutory marketing a concern; DCT"),
            # 6
            ("STATEMENT", ("given", "were not"), (None,) + AUS_BUS, None, MEL,
             "1987-03-23", "day", None, "negated", None,
             "'crop forecasts were not given for the new wheat year': withheld statement, agent implied AWF "
             "(EVENTS.md 5); DCT"),
        ],
        "skip": [
            (("forecast", "are"), "part of the reporting clause (the forecast's content)"),
            (("fall", "forecast to"), "statistics (content of the forecast)"),
            ("crop forecast", "part of the reporting clause"),
            ("suffered", "statistics (poor yields)"),
            (("expected", "plantings was"), "content of the statement"),
            ("assisted", "content of the statement"),
            ("sowing", "unnamed growers' activity (content)"),
            ("hold up", "content of the forecast"),
            ("saying", "anonymous-source talk (some farmers)"),
            ("cut back", "content of anonymous talk"),
            (("forecasts", "state area"), "the table's nominal (part of the release)"),
        ],
        "entities": [
            ("Australian", "NORP", "AUS"),
            ("Australian Wheat Forecasters Pty Ltd", "ORG", "AUS"),
            (("AWF", "Pty Ltd ("), "ORG", "AUS"),
            (("Australian", "expect"), "NORP", "AUS"),
            ("New South Wales", "GPE", "AUS"),
            ("Queensland", "GPE", "AUS"),
            ("Western Australia", "GPE", "AUS"),
            (("Western Australia", "a low"), "GPE", "AUS"),
            (("AWF", "than average,"), "ORG", "AUS"),
            (("AWF", "by 20 pct,"), "ORG", "AUS"),
            (("AWF", "growers' income"), "ORG", "AUS"),
            (("AWF", "AWF's state"), "ORG", "AUS"),
            (("Queensland", "Area"), "GPE", "AUS"),
            ("N.S.W.", "GPE", "AUS"),
            ("Victoria", "GPE", "AUS"),
            ("S.Australia", "GPE", "AUS"),
            ("W.Australia", "GPE", "AUS"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
