"""Build ``own_blind20b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind20b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,891 left; also minus the 16 stories drawn for
own_blind19, 2,875 left); 24 drawn with random.Random(20101).sample, dropping any whose title
equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
46 event records (37 first mentions, 9 later mentions), 118 not_annotated spans, 109 entity mentions;
reuters21578-17952 (Kuwaiti dinar money market) and 3511 (EC sugar tender) have no event (negatives:
monetary operations and anonymous traders' talk only); 10845 (PEMEX) has reporting-clause STATEMENTs only.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 2862 (GSP removal): "President Reagan formally ended preferential duty-free trade treatment for
  exports from Nicaragua, Romania and Paraguay" is SANCTION (a trade restriction: a benefit
  withdrawn), split into one record per target country (EVENTS.md 12), undated (rule 17: no time
  expression, although obviously recent). "He took the action" is a later mention in its own
  clause (trigger the event noun after the light verb; implied targets, three records). "after
  determining that the three countries are not taking steps to give their workers ... rights" is
  an official finding of fault against the three countries: ACCUSE USA -> NIC / ROU / PRY (three
  records), undated ("after" gives no value); 17b coded a revenue department's subsidy finding as
  SANCTION (adverse ruling), the main alternative here. "Yeutter had announced the intended action
  on January 2" is a STATEMENT dated 1987-01-02 (an announcement of a measure whose object is an
  anaphoric nominal, skipped; location null, the date is not the DCT). "The United States conducts
  no trade with Nicaragua ..." is a standing state (skipped). The Generalized System of
  Preferences (GSP) is a programme, not an entity (as programmes and acts in the earlier sets).
* 4825 (Soviet corn): the rumoured purchase "this morning" is the content of anonymous trade talk
  (skipped with "rumored", "said", "the talk", the market reaction); "The amount was not
  confirmed" has no identifiable withholder (skipped, 18a's "No details were available"). "The
  Soviet Union recently bought over 1.0 mln tonnes of U.S. corn" is COOPERATE SUN -> implied U.S.
  exporters (USA BUS, 12b's Soviet corn purchase), undated ("recently" has no value); "a
  conciliatory gesture" characterises the same purchase and "ahead of trade talks with U.S.
  agriculture officials" is a presupposed meeting in a time adjunct (skipped; CONSULT planned
  arguable). "a Soviet trade official's statement that the previous purchase had satisfied
  near-term needs" is a STATEMENT by an official of a named government (nominal with its agent and
  content), undated (not a wire-style report: an earlier statement, no time expression).
* 10845 (PEMEX): "preliminary figures issued in a press release by ... Petroleos Mexicanos" is a
  statistics release: STATEMENT on "issued" (guidelines rule 1), DCT, dateline Mexico City (state
  oil company: BUS); "according to" and "press release" belong to that reporting clause. "It gave
  no direct comparison" is a withheld STATEMENT (negated, own_blind3's "gave no figures"); "but
  said ... were expected to rise" a second STATEMENT (forecast; EVENTS.md 3). The second-quarter
  prospects ("seen", "expected") have no reporting clause of their own (skipped as content).
* 15230 (Iraq/Iran, Basra): every "said" / "admitted" / "reported" of Iraq, Iran and the High
  Command communique is rule-3 attribution, the fighting being the events (4b's Basra story). "Iraq
  said today its troops were pushing Iranian forces out of positions": ASSAULT IRQ -> IRN dated
  1987-04-08 by "today" (the past progressive in reported speech is concurrent with the saying,
  as 18a's "still in progress"), located at Basra; its later mentions: "were continuing to
  advance" (the communique), "Iranian Revolutionary Guards were under assault from warplanes ..."
  (the same Iraqi counter-attack, implied IRQ actor) and the quoted "Our forces are continuing
  their advance". "had won a significant victory" is the claimed outcome of the same fighting
  (skipped). "when they launched a new offensive near ... Basra early yesterday" carries its own
  date: ASSAULT IRN -> IRQ, 1987-04-07; the positions "initially occupied" are part of it
  (skipped), and "admitted the Iranians had occupied ground held by the Mohammed al-Qassem unit" is
  its later mention (as 4b's "made fresh gains in the attack"); "a three-pronged thrust" is the
  object of the foiling (anaphoric, skipped) and "one of three divisions attacked" part of the
  offensive. "Iraq said it had foiled a three-pronged thrust" is its own ASSAULT IRQ -> IRN
  (defence, as 4b's "repelled"), undated (pluperfect, no time expression). "Iran said its troops
  had killed or wounded more than 4,000 Iraqis" is ASSAULT IRN -> IRQ, undated (the text does not
  place it in the offensive); "were stabilising their new positions" has no clear type (skipped;
  MOBILIZE arguable). "Iraqi planes also destroyed oil installations at Iran's southwestern Ahvaz
  field during a raid today" is ASSAULT IRQ -> IRN (target Iran's installations, GOV), 1987-04-08,
  "raid" the same act. "It denied an Iranian report that an Iraqi jet was shot down" is REJECT by
  the communique's author (IRQ MIL) toward Iran (the report's author), DCT, Baghdad; the report and
  the shooting down are the denied content (skipped). "Iraq also reported a naval battle at the
  northern tip of the Gulf" is ASSAULT IRQ -> IRN (implied parties, Iraq first as the reporting
  side whose units sank the boats), undated, "reported" attribution; "Iraqi naval units ... sank
  six Iranian ... boats" is its later mention; "defending" and "attempting to attack an offshore
  terminal" are parts of the battle (skipped; the boats' attempted attack IRN -> IRQ arguable).
* 17234 (India / ADB): the Indian official speaks in Osaka (dateline; "here" in the text) and is
  IND GOV. "India, which received its first loans from the Asian Development Bank (ADB) in 1986" is
  AID ADB -> IND (a relative clause with its own date, 1986, year). "expects to increase borrowing
  this year, an Indian official said" is AID planned (the ADB implied, null IGO) dated 1987 by
  "this year", with "said" as rule-3 attribution ("expects to" = planned); "told Reuters the bank
  is likely to approve three loans ... in 1987" is its later mention (the increased borrowing,
  planned, 1987). "negotiations on a 100 mln dlr loan ... had been completed" is CONSULT IND
  (implied) -> the bank, undated; the loan and the pending board approval are its object / content
  (skipped). "an ADB team is now in India for a survey" is a mission (CONSULT ADB -> IND, visitor
  first, 12a's World Bank missions), dated 1987-04-27 by "now", trigger the event noun "survey".
  "the bank was also likely to extend a credit line to the Industrial Development Bank of India" is
  AID planned, undated; "The ADB in 1986 extended a 100 mln dlr line of credit to state-owned
  Industrial Finance Corp of India" AID, 1986 (both Indian development banks are state-owned: BUS,
  EVENTS.md 15). "China is expected to receive its first ADB loan this year" is AID planned, 1987
  (the writer's own sentence). '"In fiscal 1986/87 ending June India will borrow two billion dlrs
  from the World Bank alone," he said' is AID planned World Bank -> IND with "said" attribution,
  undated: an Indian fiscal year (July-June) has no single calendar value. The reporting clauses on
  the ADB's wishes, India's satisfaction, the ADB's capacity and total development assistance are
  STATEMENTs (DCT, Osaka); "wants to gradually expand lending" is a standing position (content).
  Inside the quote, "We have no complaints" is a stative expression of satisfaction (skipped;
  ACCUSE negated arguable) and "Our projects are being vetted" the bank's appraisal (no type).
  "U.S. Criticism of the quality of ADB lending" is the presupposed topic of a reporter's question
  (skipped, EVENTS.md 11; ACCUSE USA -> ADB arguable). The official's answer "The ADB ... ought to
  have a better understanding of realities in Asia" is a STATEMENT (an evaluation defending the
  ADB's role; REQUEST to the ADB or SUPPORT arguable), and '"You cannot apply World Bank
  conditionalities everywhere," he said. "The U.S. Cannot impose one yardstick for every country."'
  is REJECT IND -> USA on "said" (the reply rejects the U.S. criticism and its yardstick, as
  EVENTS.md 7's "we can't eliminate subsidies unilaterally"; ACCUSE arguable), actor2 the U.S. of
  the next sentence of the same quote.
* 17952 (Kuwaiti dinar): no event (a negative). The Central Bank's revived funding lines, the
  shut and reopened "aid window", the swap offers, the credit squeeze and the exchange-rate fixing
  are monetary operations (EVENTS.md 10), the dollar sales by "some banks" market activity by
  unnamed buyers, and every reporting clause is anonymous dealers' talk ("dealers said", "one
  dealer noted", "Dealers quoted", "They reported").
* 3511 (EC sugar tender): no event (a negative). Every speaker is anonymous (traders in London and
  Paris, "the French sources declined to estimate"); the weekly EC tender and the licences
  "awarded" last week are export-subsidy administration (own_dev's export bonuses: no type); the
  planned sales into intervention "in protest against EC export policies" are by "a group of
  French, West German, Dutch and Belgian operators", which is no identifiable actor (skipped;
  PROTEST toward the EC arguable if the group were named).
* 17110 (Petranol / Perrodo): published 1987-04-24 with the dateline "LONDON, April 25": the DCT
  is the published_at date (own_blind3 call). "<Petranol Plc> said it was discussing the takeover
  of an unnamed company owned by Frenchman Hubert Perrodo" is CONSULT Petranol (GBR: a London Plc,
  the text gives no other country) -> Perrodo (FRA PERSON, the counterpart who would take the
  stake), undated (rule 17: the progressive has no time expression of its own), "said"
  attribution; the takeover and Perrodo's taking a 51 pct stake are the talks' content (COOPERATE
  hypothetical arguable, skipped). "It said in a statement the assets ... included" and "Petranol
  said the deal would enhance its presence" are STATEMENTs (DCT, London); the funding commitments
  sentence has no reporting clause and describes the prospective agreement (skipped).
* Entities: as the earlier sets: job titles are not tagged ("President Reagan": PERSON "Reagan";
  "U.S. Trade Representative Clayton Yeutter": "U.S." GPE and the PERSON); possessive 's is left
  out of the span; "mexico" (lower case in the wire) is GPE MEX; Petroleos Mexicanos and PEMEX ORG
  MEX; the Gulf in "Gulf cash barge basis" is the U.S. Gulf (LOC USA), in "Gulf tension" and "the
  northern tip of the Gulf" the Persian Gulf (LOC null); "High Command" (capitalised, the Iraqi
  command) is ORG IRQ, "Iranian Revolutionary Guards" one ORG span IRN, the "Mohammed al-Qassem
  unit" an ORG IRQ (a named division, with its common noun as "Tower board"), "Ahvaz field" a LOC
  IRN (as "Fish lake"); the Asian Development Bank / ADB and the World Bank are ORG null; the
  Industrial Development Bank of India and Industrial Finance Corp of India are ORG IND (the
  country word inside the name is not tagged separately); Reuters ORG GBR; Haldia and Madras GPE
  IND; Asia LOC null; the Kuwaiti "Central Bank" ORG KWT; "Commission" (the EC Commission) ORG
  null; "Frenchman" NORP FRA; "Californian" NORP USA; Petranol Plc ORG GBR (bracketed name tagged
  without brackets); Ecus and the dinar are currencies, not entities.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
MEX = ("MEXICO CITY", "MEX")
BAG = ("BAGHDAD", "IRQ")
OSA = ("OSAKA", "JPN")
LON = ("LONDON", "GBR")
BASRA = ("Basra", "IRQ")
NGULF = ("the northern tip of the Gulf", None)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-2862": {
        "events": [
            # 0
            ("SANCTION", "ended", ("President Reagan", "USA", "GOV"), ("Nicaragua", "NIC", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "GSP duty-free treatment ended for Nicaragua's exports (trade restriction); no time expression"),
            # 1
            ("SANCTION", "ended", ("President Reagan", "USA", "GOV"), ("Romania", "ROU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "GSP duty-free treatment ended for Romania's exports (compound target split); no time expression"),
            # 2
            ("SANCTION", "ended", ("President Reagan", "USA", "GOV"), ("Paraguay", "PRY", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "GSP duty-free treatment ended for Paraguay's exports (compound target split); no time expression"),
            # 3
            ("SANCTION", ("action", "He took the"), (("He", "He took"), "USA", "GOV"), (None, "NIC", "GOV"), None,
             None, "unknown", None, "asserted", 0, "later mention: 'He took the action' (implied targets)"),
            # 4
            ("SANCTION", ("action", "He took the"), (("He", "He took"), "USA", "GOV"), (None, "ROU", "GOV"), None,
             None, "unknown", None, "asserted", 1, "later mention: 'He took the action' (implied targets)"),
            # 5
            ("SANCTION", ("action", "He took the"), (("He", "He took"), "USA", "GOV"), (None, "PRY", "GOV"), None,
             None, "unknown", None, "asserted", 2, "later mention: 'He took the action' (implied targets)"),
            # 6
            ("ACCUSE", "determining", (("He", "He took"), "USA", "GOV"), ("the three countries", "NIC", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "official finding that the countries deny workers' rights (SANCTION as an adverse finding arguable); "
             "'after' gives no value"),
            # 7
            ("ACCUSE", "determining", (("He", "He took"), "USA", "GOV"), ("the three countries", "ROU", "GOV"), None,
             None, "unknown", None, "asserted", None, "the same finding, toward Romania"),
            # 8
            ("ACCUSE", "determining", (("He", "He took"), "USA", "GOV"), ("the three countries", "PRY", "GOV"), None,
             None, "unknown", None, "asserted", None, "the same finding, toward Paraguay"),
            # 9
            ("STATEMENT", "announced", ("U.S. Trade Representative Clayton Yeutter", "USA", "GOV"), None, None,
             "1987-01-02", "day", "January 2", "asserted", None,
             "announcement of the intended GSP removal on January 2 (past: 1987-01-02)"),
        ],
        "skip": [
            ("taking steps", "content of the finding (no type)"),
            (("give", "steps to"), "content of the finding"),
            (("action", "intended"), "anaphoric nominal (the GSP removal), object of the announcement"),
            ("conducts", "standing trade relations (habitual state), no event"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Nicaragua", "GPE", "NIC"),
            ("Romania", "GPE", "ROU"),
            ("Paraguay", "GPE", "PRY"),
            ("U.S.", "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("Nicaragua", "no\ntrade with"), "GPE", "NIC"),
            (("Romania", "very little trade with"), "GPE", "ROU"),
            (("Paraguay", "very little trade with Romania and"), "GPE", "PRY"),
        ],
    },
    "reuters21578-4825": {
        "events": [
            # 0
            ("COOPERATE", ("bought", "recently"), (("The Soviet Union", "this morning on the rumors"), "SUN", "GOV"),
             (None, "USA", "BUS"), None, None, "unknown", None, "asserted", None,
             "earlier purchase of U.S. corn (implied U.S. exporters); 'recently' has no value"),
            # 1
            ("STATEMENT", "statement", ("a Soviet trade official", "SUN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "an official's earlier statement that the previous purchase met near-term needs (nominal, undated)"),
        ],
        "skip": [
            ("rumored", "market rumour (anonymous)"),
            (("bought", "this morning to have"), "content of the rumour (anonymous trade sources)"),
            ("said", "anonymous-source talk (export trade sources)"),
            ("confirmed", "no identifiable withholder (passive, no agent)"),
            (("talk", "but the"), "anonymous market talk"),
            ("jumped", "market-price movement"),
            ("boost", "market-price expectation (anonymous)"),
            ("gesture", "characterisation of the same purchase"),
            (("talks", "ahead of trade"), "presupposed talks in a time adjunct (CONSULT planned arguable)"),
            ("Purchases", "the rumoured purchases (anonymous talk)"),
            ("seen", "anonymous market assessment"),
            (("purchase", "the previous"), "anaphoric nominal (the earlier purchase)"),
            ("satisfied", "content of the statement"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("Gulf", "LOC", "USA"),
            (("Soviet Union", "this morning on the rumors"), "GPE", "SUN"),
            (("U.S.", "1.0 mln tonnes of"), "GPE", "USA"),
            (("U.S.", "talks with"), "GPE", "USA"),
            (("Soviet", "in light of a"), "NORP", "SUN"),
        ],
    },
    "reuters21578-10845": {
        "events": [
            # 0
            ("STATEMENT", "issued", ("Petroleos Mexicanos", "MEX", "BUS"), None, MEX,
             "1987-03-30", "day", None, "asserted", None,
             "preliminary figures in a press release: first-quarter export price (statistics release)"),
            # 1
            ("STATEMENT", "gave", ("It", "MEX", "BUS"), None, MEX,
             "1987-03-30", "day", None, "negated", None, "withheld statement: no comparison with the year-ago figure"),
            # 2
            ("STATEMENT", ("said", "but"), ("It", "MEX", "BUS"), None, MEX,
             "1987-03-30", "day", None, "asserted", None, "forecast: crude and products sales to rise this quarter"),
        ],
        "skip": [
            ("according to", "part of the reporting clause (the release)"),
            ("press release", "part of the reporting clause"),
            (("expected", "products sales were"), "content of the forecast"),
            (("rise", "expected to"), "content of the forecast"),
            ("seen", "forecast continuing the release (no reporting clause)"),
            (("expected", "after an"), "content (forecast)"),
        ],
        "entities": [
            ("mexico", "GPE", "MEX"),
            ("Petroleos Mexicanos", "ORG", "MEX"),
            ("PEMEX", "ORG", "MEX"),
        ],
    },
    "reuters21578-15230": {
        "events": [
            # 0
            ("ASSAULT", "pushing", ("its troops", "IRQ", "MIL"), ("Iranian forces", "IRN", "MIL"), BASRA,
             "1987-04-08", "day", "today", "asserted", None,
             "Iraqi troops pushing Iranian forces out of their positions, concurrent with today's saying "
             "('Iraq said' is attribution)"),
            # 1
            ("ASSAULT", "offensive", (("they", "when"), "IRN", "MIL"), (None, "IRQ", "MIL"), BASRA,
             "1987-04-07", "day", "early yesterday", "asserted", None,
             "Iranian offensive near Basra launched early yesterday"),
            # 2
            ("ASSAULT", ("advance", "continuing to"), ("Iraqi troops", "IRQ", "MIL"), (None, "IRN", "MIL"), BASRA,
             "1987-04-08", "day", "today", "asserted", 0,
             "later mention: Iraqi troops continuing to advance (communique's 'said' is attribution)"),
            # 3
            ("ASSAULT", "foiled", (("it", "Iraq said it"), "IRQ", "MIL"), (None, "IRN", "MIL"), BASRA,
             None, "unknown", None, "asserted", None,
             "Iraq foiled a three-pronged thrust 10 km from Basra (defence); pluperfect, no time expression"),
            # 4
            ("ASSAULT", ("occupied", "admitted the Iranians had"), (("the Iranians", "admitted"), "IRN", "MIL"),
             ("the Mohammed al-Qassem unit", "IRQ", "MIL"), BASRA,
             "1987-04-07", "day", "early yesterday", "asserted", 1,
             "later mention of the offensive: ground taken from an Iraqi division ('admitted' is attribution)"),
            # 5
            ("ASSAULT", "assault", (None, "IRQ", "MIL"), ("Iranian Revolutionary Guards", "IRN", "MIL"), BASRA,
             "1987-04-08", "day", "today", "asserted", 0,
             "later mention: the Iraqi counter-attack by warplanes, gunships, artillery and tanks"),
            # 6
            ("ASSAULT", ("advance", "continuing their"), ("Our forces", "IRQ", "MIL"),
             (("the Iranians", "foothold"), "IRN", "MIL"), BASRA,
             "1987-04-08", "day", "today", "asserted", 0, "later mention: the quoted continuing advance"),
            # 7
            ("ASSAULT", "killed", (("its troops", "Iran said"), "IRN", "MIL"), ("Iraqis", "IRQ", "MIL"), None,
             None, "unknown", None, "asserted", None,
             "Iranian troops killed or wounded over 4,000 Iraqis ('Iran said' attribution); no time expression"),
            # 8
            ("ASSAULT", "destroyed", ("Iraqi planes", "IRQ", "MIL"), (("Iran", "installations at"), "IRN", "GOV"),
             ("Ahvaz field", "IRN"), "1987-04-08", "day", "today", "asserted", None,
             "air raid today destroyed oil installations at the Ahvaz field"),
            # 9
            ("REJECT", "denied", (("It", "It denied"), "IRQ", "MIL"), (("Iranian", "denied an"), "IRN", "GOV"), BAG,
             "1987-04-08", "day", None, "asserted", None,
             "the communique denies the Iranian report of a downed Iraqi jet (wire-style: DCT)"),
            # 10
            ("ASSAULT", "battle", (None, "IRQ", "MIL"), (None, "IRN", "MIL"), NGULF,
             None, "unknown", None, "asserted", None,
             "naval battle reported by Iraq ('reported' attribution); no time expression"),
            # 11
            ("ASSAULT", "sank", ("Iraqi naval units", "IRQ", "MIL"), ("six Iranian", "IRN", "MIL"), NGULF,
             None, "unknown", None, "asserted", 10,
             "later mention: the battle, six Iranian boats sunk ('the communique said' attribution)"),
        ],
        "skip": [
            (("said", "Iraq said today"), "rule-3 attribution ('today' dates the saying and the concurrent pushing)"),
            (("occupied", "initially"), "part of the offensive (positions taken)"),
            (("said", "High Command communique"), "rule-3 attribution"),
            ("won a significant victory", "claimed outcome of the same fighting (content of the communique)"),
            (("said", "Iraq said it"), "rule-3 attribution"),
            ("thrust", "object of the foiling (the Iranian offensive, anaphoric)"),
            ("admitted", "attribution (the occupation is the event, rule 3)"),
            (("attacked", "divisions"), "part of the offensive (the divisions attacked)"),
            (("said", "The communique said Iranian"), "rule-3 attribution"),
            ("purge", "content of the quote (aim of the advance)"),
            (("occupied", 'foothold"'), "anaphoric (the ground taken in the offensive)"),
            (("said", "by the Iranians, it"), "rule-3 attribution"),
            (("said", "(Iran said"), "rule-3 attribution"),
            ("wounded", "the same act as 'killed' (disjunction)"),
            ("stabilising", "consolidation of held positions, no clear type (MOBILIZE arguable)"),
            (("said", "Baghdad communique"), "rule-3 attribution"),
            ("raid", "the same act as 'destroyed'"),
            ("report", "object of the denial (the Iranian claim; STATEMENT arguable)"),
            ("shot down", "content of the denied report"),
            ("reported", "rule-3 attribution (the battle is the event)"),
            ("defending", "part of the battle"),
            ("attempting to attack", "part of the battle (the boats' attempted attack; ASSAULT IRN -> IRQ arguable)"),
            (("said", "offshore terminal, the communique"), "rule-3 attribution"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            ("Iranian", "NORP", "IRN"),
            ("Basra", "GPE", "IRQ"),
            ("High Command", "ORG", "IRQ"),
            ("Iraqi", "NORP", "IRQ"),
            (("Iraq", "Iraq said it"), "GPE", "IRQ"),
            (("Basra", "(six miles) from"), "GPE", "IRQ"),
            ("Iranians", "NORP", "IRN"),
            ("Mohammed al-Qassem unit", "ORG", "IRQ"),
            ("Iranian Revolutionary Guards", "ORG", "IRN"),
            (("Iranians", "foothold"), "NORP", "IRN"),
            (("Iran", "(Iran said"), "GPE", "IRN"),
            ("Iraqis", "NORP", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iraqi", "Iraqi planes"), "NORP", "IRQ"),
            (("Iran", "installations at"), "GPE", "IRN"),
            ("Ahvaz field", "LOC", "IRN"),
            (("Iranian", "denied an"), "NORP", "IRN"),
            (("Iraqi", "report that an"), "NORP", "IRQ"),
            (("Iraq", "Iraq also"), "GPE", "IRQ"),
            ("Gulf", "LOC", None),
            (("Iraqi", "Iraqi naval"), "NORP", "IRQ"),
            (("Iranian", "sank six"), "NORP", "IRN"),
            (("Iranian", "out of 28"), "NORP", "IRN"),
        ],
    },
    "reuters21578-17234": {
        "events": [
            # 0
            ("AID", "received", ("the Asian Development Bank", None, "IGO"), ("India", "IND", "GOV"), None,
             "1986", "year", "in 1986", "asserted", None, "India's first ADB loans, received in 1986"),
            # 1
            ("AID", ("borrowing", "increase"), (None, None, "IGO"), ("India", "IND", "GOV"), None,
             "1987", "year", "this year", "planned", None,
             "India expects to increase (ADB) borrowing this year; the Indian official's 'said' is attribution"),
            # 2
            ("AID", "approve", (("the bank", "told Reuters"), None, "IGO"), (None, "IND", "GOV"), None,
             "1987", "year", "in\n1987", "planned", 1,
             "later mention: three loans likely to be approved in 1987 ('told Reuters' attribution)"),
            # 3
            ("CONSULT", "negotiations", (None, "IND", "GOV"), (("the bank", "approval by"), None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "completed negotiations on a 100 mln dlr port loan; no time expression ('said' attribution)"),
            # 4
            ("CONSULT", "survey", ("an ADB team", None, "IGO"), (("India", "now in"), "IND", "GOV"), ("India", "IND"),
             "1987-04-27", "day", "now", "asserted", None,
             "ADB mission now in India surveying the locomotive project (a visit, visitor first)"),
            # 5
            ("AID", "extend", (("the bank", "He said the bank"), None, "IGO"),
             ("the Industrial Development Bank of India", "IND", "BUS"), None,
             None, "unknown", None, "planned", None, "credit line likely to be extended; no time expression"),
            # 6
            ("AID", ("extended", "The ADB in 1986"), (("The ADB", "Bank of India."), None, "IGO"),
             ("Industrial Finance Corp of India", "IND", "BUS"), None,
             "1986", "year", "in 1986", "asserted", None, "100 mln dlr line of credit extended in 1986"),
            # 7
            ("STATEMENT", ("said", "The official said the ADB wants"),
             (("The official", "Corp of India."), "IND", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None, "the ADB wants to expand lending to India"),
            # 8
            ("STATEMENT", ("said", "(India and China)"), (("he", "(India and China)"), "IND", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None, "quote: the bank's concern for its smaller borrowers"),
            # 9
            ("AID", ("receive", "expected to"), (("ADB", "first ADB"), None, "IGO"),
             (("China", "China is expected"), "CHN", "GOV"), None,
             "1987", "year", "this year", "planned", None, "China expected to receive its first ADB loan this year"),
            # 10
            ("STATEMENT", ("said", 'borrowing," the official'), (("the official", 'borrowing," the'), "IND", "GOV"),
             None, OSA, "1987-04-27", "day", None, "asserted", None, "quote: satisfied with the new borrowing window"),
            # 11
            ("STATEMENT", ("said", "He said the ADB in any"), (("He", "He said the ADB in any"), "IND", "GOV"), None,
             OSA, "1987-04-27", "day", None, "asserted", None, "assessment: the ADB cannot match India's needs"),
            # 12
            ("AID", ("borrow", "India will"), (("the World Bank", "dlrs from"), None, "IGO"),
             (("India", "ending June"), "IND", "GOV"),
             None, None, "unknown", None, "planned", None,
             "two billion dlrs from the World Bank in fiscal 1986/87 (July-June: no single calendar value); "
             "'he said' attribution"),
            # 13
            ("STATEMENT", ("said", "The official said total"), (("The official", 'in 1986."'), "IND", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None, "forecast: total development assistance in 1986/87"),
            # 14
            ("STATEMENT", ("said", "the official said:"), (("the official", "ADB lending,"), "IND", "GOV"), None, OSA,
             "1987-04-27", "day", None, "asserted", None,
             "evaluation: the ADB as a regional bank understands Asia better (REQUEST/SUPPORT arguable)"),
            # 15
            ("REJECT", ("said", 'everywhere," he'), (("he", 'everywhere,"'), "IND", "GOV"),
             (("The U.S.", "everywhere"), "USA", "GOV"), OSA,
             "1987-04-27", "day", None, "asserted", None,
             "reply rejecting the U.S. criticism: no single yardstick (ACCUSE arguable)"),
        ],
        "skip": [
            (("said", "an Indian official"), "rule-3 attribution (the planned borrowing is the event)"),
            ("expects", "modal of the planned borrowing"),
            ("annual meeting", "internal meeting of the ADB (a single body), venue"),
            ("told", "rule-3 attribution (the planned loans are the event)"),
            (("loans", "250 mln in two"), "comparison figure (the 1986 loans, recorded on 'received')"),
            (("said", "The official said negotiations"), "rule-3 attribution"),
            (("loan", "100 mln dlr"), "object of the negotiations"),
            ("modernisation", "purpose of the loan"),
            ("approval", "pending approval by the board (AID planned arguable)"),
            (("said", "The official said an ADB"), "rule-3 attribution"),
            ("imports", "content (project description)"),
            (("said", "He said the bank"), "rule-3 attribution"),
            ("wants", "standing position, content of the statement (AID planned arguable)"),
            ("expand lending", "content of the statement"),
            (("want", "do not"), "content of the quote"),
            ("overwhelmed", "content of the quote"),
            ("opened", "content of the quote (India's ADB borrowing, anaphoric)"),
            ("vetted", "the bank's project appraisal inside the quote (no type)"),
            ("complaints", "stative expression of satisfaction inside the quote (ACCUSE negated arguable)"),
            ("match", "content of the statement"),
            (("said", 'alone," he'), "rule-3 attribution (the planned borrowing is the event)"),
            (("lending", "total ADB"), "statistics (comparison)"),
            ("assistance", "statistics (unnamed creditors), content of the statement"),
            ("Asked", "question by an unnamed reporter"),
            ("comment", "part of the question"),
            ("Criticism", "presupposed topic of the question (ACCUSE USA -> ADB arguable)"),
            ("apply", "content of the rejection (generic 'you')"),
            ("impose", "content of the rejection"),
        ],
        "entities": [
            ("India", "GPE", "IND"),
            ("Asian Development Bank", "ORG", None),
            ("ADB", "ORG", None),
            ("Indian", "NORP", "IND"),
            (("Indian", "member of the"), "NORP", "IND"),
            (("ADB", "delegation at the"), "ORG", None),
            ("Reuters", "ORG", "GBR"),
            ("Haldia", "GPE", "IND"),
            ("Madras", "GPE", "IND"),
            (("ADB", "said an"), "ORG", None),
            (("India", "now in"), "GPE", "IND"),
            ("Industrial Development Bank of India", "ORG", "IND"),
            (("ADB", "Bank of India."), "ORG", None),
            ("Industrial Finance Corp of India", "ORG", "IND"),
            (("ADB", "The official said the"), "ORG", None),
            (("India", "lending to"), "GPE", "IND"),
            (("India", "(India and"), "GPE", "IND"),
            ("China", "GPE", "CHN"),
            (("China", "China is expected"), "GPE", "CHN"),
            (("ADB", "first ADB"), "ORG", None),
            (("Indian", "match"), "NORP", "IND"),
            (("ADB", "He said the ADB"), "ORG", None),
            (("India", "ending June"), "GPE", "IND"),
            ("World Bank", "ORG", None),
            (("ADB", "total ADB"), "ORG", None),
            (("Indian", "total Indian"), "NORP", "IND"),
            ("U.S.", "GPE", "USA"),
            (("ADB", "quality of"), "ORG", None),
            (("ADB", "The ADB is"), "ORG", None),
            (("Asia", "realities in"), "LOC", None),
            (("World Bank", "apply"), "ORG", None),
            (("U.S.", "everywhere"), "GPE", "USA"),
        ],
    },
    "reuters21578-17952": {
        "events": [],
        "skip": [
            ("decision", "Central Bank decision to revive funding lines (monetary operation)"),
            ("revive", "monetary operation"),
            ("said", "anonymous-source talk (dealers)"),
            ("shut", "monetary operation (lending facility closed)"),
            ("aid window", "name of the central bank's lending facility (monetary operation), not aid"),
            ("lent", "monetary operation (background)"),
            ("reopened", "monetary operation"),
            (("said", "seven pct, they"), "anonymous-source talk (dealers)"),
            ("offered", "monetary operation (swap funds)"),
            (("said", "swap facilities, dealers"), "anonymous-source talk (dealers)"),
            ("action", "monetary operation (the Central Bank's action)"),
            ("sales", "market activity by unnamed banks"),
            ("engineered", "monetary operation (credit squeeze)"),
            ("stem", "purpose of the monetary operation"),
            (("said", "Gulf tension,"), "anonymous-source talk (dealers)"),
            ("noted", "anonymous dealer"),
            ("quoted", "dealers' market quotes (anonymous)"),
            (("quoted", "One month rates"), "dealers' market quotes (anonymous)"),
            ("reported", "dealers' market reports (anonymous)"),
            ("fixed", "monetary operation (exchange-rate fixing)"),
        ],
        "entities": [
            ("Kuwaiti", "NORP", "KWT"),
            ("Central Bank", "ORG", "KWT"),
            (("Central Bank", "dealers said."), "ORG", "KWT"),
            (("Central Bank", "Today's"), "ORG", "KWT"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "attractive"), "GPE", "USA"),
            ("Gulf", "LOC", None),
            (("Central Bank", "towards the close."), "ORG", "KWT"),
        ],
    },
    "reuters21578-3511": {
        "events": [],
        "skip": [
            ("said", "anonymous-source talk (traders)"),
            ("tender", "EC export tender (export-subsidy administration, no type)"),
            ("plans", "plans of unnamed operators (a multinational group, no identifiable actor)"),
            ("sell", "content of the unnamed operators' plans"),
            (("said", "London traders"), "anonymous-source talk (traders)"),
            ("reported", "bids reported, no agent"),
            ("granted", "condition (licences possibly granted)"),
            (("said", "Traders in Paris"), "anonymous-source talk (traders)"),
            ("releasing", "condition inside anonymous talk"),
            (("said", "very small, the London traders"), "anonymous-source talk (traders)"),
            ("declined", "anonymous (French sources)"),
            (("sales", "planned"), "the unnamed operators' planned sales (anaphoric)"),
            ("protest",
             "unnamed operators' protest against EC export policies (PROTEST arguable; no identifiable actor)"),
            ("awarded", "export-licence award (export-subsidy administration, no type; agent implied)"),
        ],
        "entities": [
            ("Paris", "GPE", "FRA"),
            ("EC", "ORG", None),
            ("French", "NORP", "FRA"),
            ("West German", "NORP", "DEU"),
            ("Dutch", "NORP", "NLD"),
            ("Belgian", "NORP", "BEL"),
            ("London", "GPE", "GBR"),
            (("Paris", "Traders in"), "GPE", "FRA"),
            ("Commission", "ORG", None),
            (("London", "the London"), "GPE", "GBR"),
            (("French", "the French"), "NORP", "FRA"),
            (("EC", "against"), "ORG", None),
        ],
    },
    "reuters21578-17110": {
        "events": [
            # 0
            ("CONSULT", "discussing", ("Petranol Plc", "GBR", "BUS"), ("Hubert Perrodo", "FRA", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "takeover talks with Perrodo (who would take a 51 pct stake); 'said' attribution; no time expression"),
            # 1
            ("STATEMENT", ("said", "It said in a"), (("It", "It said in a"), "GBR", "BUS"), None, LON,
             "1987-04-24", "day", None, "asserted", None,
             "the target's assets (DCT = published_at date, not the dateline's April 25)"),
            # 2
            ("STATEMENT", ("said", "Petranol said the deal"), (("Petranol", "Petranol said the deal"), "GBR", "BUS"),
             None, LON, "1987-04-24", "day", None, "asserted", None, "assessment: the deal would enhance its presence"),
        ],
        "skip": [
            (("said", "Petranol Plc>"), "rule-3 attribution (the talks are the event)"),
            ("takeover", "content of the talks (COOPERATE hypothetical arguable)"),
            ("owned", "stative (ownership)"),
            ("taking", "content of the talks (exchange terms)"),
            ("statement", "part of the reporting clause"),
            ("acquired", "content of the statement (the prospective acquisition)"),
            ("commitments", "terms of the prospective agreement (no reporting clause)"),
            ("agreement", "the prospective agreement (content of the talks)"),
            ("deal", "anaphoric nominal (the prospective deal)"),
            ("enhance", "content of the statement"),
        ],
        "entities": [
            ("Petranol Plc", "ORG", "GBR"),
            ("Frenchman", "NORP", "FRA"),
            ("Hubert Perrodo", "PERSON", "FRA"),
            (("Perrodo", "exchange for"), "PERSON", "FRA"),
            (("Petranol", "stake in"), "ORG", "GBR"),
            ("Torrance", "GPE", "USA"),
            ("California", "GPE", "USA"),
            (("Petranol", "commitments for"), "ORG", "GBR"),
            ("Californian", "NORP", "USA"),
            (("Petranol", "oil field and"), "ORG", "GBR"),
            ("U.S.", "GPE", "USA"),
            (("Petranol", "the agreement."), "ORG", "GBR"),
            (("U.S.", "presence in the"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind20b.jsonl")
