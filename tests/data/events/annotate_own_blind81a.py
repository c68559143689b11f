"""Build ``own_blind81a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind81a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1900 left); 24 drawn with random.Random(81101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
51 event records (47 first mentions, 4 later mentions), 113 not_annotated spans, 113 entity mentions
(GPE 53, PERSON 21, ORG 17, NORP 15, LOC 7); no article without events; 18432 (South Korean energy use)
has reporting-clause STATEMENTs only.
Types: STATEMENT 23, REQUEST 8, CONSULT 4, RETREAT 3, ACCUSE 3, AID 2, SUPPORT 2, THREATEN 2, AGREE 2,
COOPERATE 1, PROTEST 1; modality: asserted 46, negated 3, planned 2; precision: day 33, unknown 15, month 2,
year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, two wrong first matches fixed: the
skip anchors "connect" and "search" first hit "connection" and "research"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Treasury Secretary Mario Brodersohn", "Prime Minister Andreas
Papandreou", "President Jose Sarney", "Foreign Minister Roberto Abreu Sodre": PERSON only; "Former U.S.
Secretary of State Henry Kissinger": GPE "U.S." + PERSON), while a named body in a title is ORG ("Central
Bank director Daniel Marx", "Federal Reserve Board Chairman Paul Volcker", "Chamber of Deputies chairman
Ulysses Guimaraes", "NATO General Secretary Lord Carrington": ORG + PERSON, 80a); "Lord" is left out
("Carrington", 43a); company names are tagged with their legal form and without angle brackets, the
ticker "(MDI.M)" is not an entity; a company containing a place name has no nested GPE ("Teleglobe Canada
Inc", "Credit Lyonnais Canada"), a short form on its own is a mention ("Teleglobe", "Credit Lyonnais'");
a body with its country word is one ORG span ("Turkish Foreign Ministry"); lower-case bodies ("energy
ministry officials", "Economy ministry sources", "the Brazilian government": NORP "Brazilian" only, "The
Greek government": NORP "Greek" only) are not entity spans; the possessive 's is left out ("Argentina's",
"Rio de Janeiro's", "Brazil's", "Jamaica's", "South Korea's", "Credit Lyonnais'"); "Greek-Turkish" and
"U.S.-Greek" give two mentions each (NORP + NORP, GPE + NORP, as "Iran-contra"); "Berne" in "Berne
Agreement" is a GPE (43a's "Paris" in "Paris accord"), the agreement itself is not an entity; "U.S." in
"U.S. Dlrs", "U.S. Trade deficit", "U.S. Educational system" and "U.S. Government" is GPE; "Conservative"
(a party adjective) is NORP (earlier sets' "Labour" / "Democrat"); "Hispanics" is NORP of the country the
text places them in (the USA; earlier sets' ethnic groups), the lower-case "blacks" is not tagged; an
island named with a lower-case "island" gives its name only ("Thassos", LOC); event names (the Sixth World
Congress), spacecraft (Sputnik), currencies and programmes are not entities.
Countries: the Central Bank ORG ARG, Daniel Marx / "Marx" and Mario Brodersohn PERSON ARG, Argentina GPE
ARG, New York and the United States GPE USA, Venezuela VEN, Mexico MEX; Teleglobe Canada Inc / "Teleglobe",
Memotec Data Inc (the Montreal owner; dateline MONTREAL) and Credit Lyonnais Canada (the Canadian unit,
43a's unit-by-its-country call) ORG CAN, its parent Credit Lyonnais ORG FRA, Canada GPE CAN, France and Paris
GPE FRA; the Federal Reserve Board and the Commerce Department ORG USA, Paul Volcker / "Volcker" PERSON USA,
"U.S." and Florida GPE USA, the Soviet Union GPE SUN, "Russians" and "Soviet" NORP SUN, "Hispanics" NORP
USA; Rio de Janeiro / "Rio", Santos and Brazil GPE BRA, "U.S." GPE USA; Henry Kissinger / "Kissinger"
PERSON USA, "U.S." and the United States GPE USA, "Latin American" NORP null (earlier sets), Brazil and
Brasilia GPE BRA, "Brazilian" NORP BRA, Jose Sarney, Roberto Abreu Sodre, Luiz Carlos Bresser Pereira and
Ulysses Guimaraes PERSON BRA, the Chamber of Deputies ORG BRA, the International Federation of Purchasing
and Materials Management and the International Monetary Fund ORG null; Andreas Papandreou / "Papandreou"
and Constantine Mitsotakis PERSON GRC, Greece, Athens and Nea Makri GPE GRC, "Greek" and "Conservative"
NORP GRC, Thassos LOC GRC, Washington and "U.S." GPE USA, "American" NORP USA, Turkey GPE TUR, "Turkish"
NORP TUR, the Turkish Foreign Ministry ORG TUR, the Aegean / Aegean Sea LOC null (a sea between two states,
43a), "Canadian" NORP CAN, Berne GPE CHE, The Hague GPE NLD, the International Court of Justice and NATO ORG
null, Carrington PERSON null (head of an international body, 43a); the World Bank and the European
Community ORG null, Jamaica GPE JAM, the United States GPE USA; South Korea GPE KOR, Reuters ORG GBR (80a).

Judgement calls made here:
* 1625 (Argentina's creditors divided, DCT Wed 1987-03-04, BUENOS AIRES): Marx speaks by telephone from New
  York, so his statements are located in New York (the text places him there; the dateline arguable, not
  scored). "Central Bank director Daniel Marx said Argentina's creditor banks were divided on the country's
  request for rescheduling" is a STATEMENT ARG GOV, DCT (the rescheduling request a presupposed background
  nominal, skipped); the quote '"There are difficulties (among the banks) to reach an agreement ...," Marx
  told a local radio station' restates it (later mention, EVENTS.md 3). "Argentina's great efforts ...
  should be met by a reduction in interest rates on the part of the creditor banks, he said" is a REQUEST
  ARG GOV -> the creditor banks (null BUS: banks of several countries, "its creditors"), DCT. "Marx is in
  New York with Argentina's debt negotiating team holding talks with the creditor banks' steering
  committee" is CONSULT ARG GOV -> null BUS, undated (a progressive with no time expression, 13b/45a).
  "Marx said the talks should not drag on" is a STATEMENT (prescriptive about both sides' talks, no party
  asked; REQUEST arguable) and the quote '"If Venezuela and Mexico have concluded their negotiations, we
  want to end (ours) ... as soon as possible," he said' its later mention (the "If" clause a condition,
  skipped). "Economy ministry sources said the steering committee was expected today to make a
  counter-proposal not unlike that made by Treasury Secretary Mario Brodersohn" is anonymous-source talk
  (all skipped, Brodersohn's earlier proposal included). "Argentina is seeking a 2.15 billion dlr loan" and
  "It also wants lower interest rates on its foreign debt" are standing REQUESTs ARG GOV (17/18's "is
  seeking"), actor2 null (no lender named in the clause; null either way), undated. "The United States said
  last week it would support a 500 mln dlr bridging loan for Argentina" is AID USA GOV -> ARG GOV, planned
  (credit; 22a's "will lend"; AGREE as a promise arguable), undated: "last week" dates the saying, which
  is rule-3 attribution (own_blind / 41a).
* 17627 (Teleglobe satellite link, DCT Mon 1987-06-01, MONTREAL): "Teleglobe Canada Inc ... said it
  received an order from Credit Lyonnais Canada for a direct satellite link between Canada and France" is
  COOPERATE CAN BUS -> CAN BUS (a contract won from a customer, EVENTS.md 8, 23a's "received an order"),
  undated (rule 17), "said" rule-3 attribution; "Value of the contract was undisclosed" is a withheld
  STATEMENT (negated, agent implied: Teleglobe, 19a/25b), DCT; "Teleglobe said the connection will provide
  the bank with a permanent link ..." is a STATEMENT (the service's description), DCT, MONTREAL.
* 7633 (Volcker on the trade deficit, DCT Fri 1987-03-20, JACKSONVILLE): "Volcker said the U.S. Trade
  deficit is a challenge ... Equal to the Soviet Union launching of Sputnik" is a STATEMENT USA GOV, DCT,
  and the quote '"The international challenge ... Soviet technological achievement," he said in an address
  to Florida educators' restates it (later mention; the educators are the audience, the historical launch
  has no type). "He said the trade problem underscored the need to reform the U.S. Educational system" is a
  STATEMENT (a need with no actor asked, EVENTS.md 2; REQUEST arguable). "The Commerce Department reported
  last week" is a STATEMENT (statistics release), "last week" from Fri 20 March = 9-15 March kept at its
  month, 1987-03 (EVENTS.md 21), location null. "Volcker called on educators to stress ... and urged them to
  help students adapt" is two REQUESTs USA GOV -> the educators (USA, a group; two clauses, as 72a's "told
  ... and urged"), DCT. "Volcker said the challenge was greatest in the education of low-income minority
  groups" is a STATEMENT, DCT. All speech acts JACKSONVILLE.
* 18865 (Rio dockers strike, DCT Thu 1987-06-18, RIO DE JANEIRO): "Rio de Janeiro's 3,500 dockworkers went
  on strike for an indefinite period today to demand wage increases, a spokesman for the dockers said" is
  PROTEST BRA ORG, actor2 null (events_dev's dock strike), 1987-06-18 ("today"), located in Rio de Janeiro,
  "said" rule-3 attribution, "to demand" a purpose clause (REQUEST arguable, skipped). "The Rio dockers did
  not get support from their colleagues in Santos" is SUPPORT BRA ORG -> BRA ORG, negated (explicitly not
  given; PROTEST negated or skipping arguable), placed in today's strike (rule 3, EVENTS.md 19: 1987-06-18).
  "but the spokesman said they would not return to work unless their demands were met" is THREATEN BRA ORG
  on "said" (a conditional threat, rule 2; the threat asserted), actor2 null (no target named, EVENTS.md
  14), DCT. "Earlier this week, some 65,000 dockworkers cancelled a scheduled national strike to pressure
  port officials ..." is RETREAT BRA ORG (calling off a strike), actor2 null (events_dev's calling-off;
  "port officials" are in the cancelled strike's purpose clause), "Earlier this week" from Thu 18 June =
  15-21 June kept at its month, 1987-06; the strike never held and "to pressure" are skipped. "A Rio port
  spokesman said the halt would cause daily losses" is a STATEMENT BRA GOV (the port authority, events_dev's
  port officials), DCT.
* 19401 (Kissinger in Rio, DCT Fri 1987-06-19, RIO DE JANEIRO): Kissinger, a former official, is USA
  PERSON. "said the U.S. Government is disregarding the future of its economy and could ... find itself in
  a situation similar to those of indebted Latin American countries" is ACCUSE USA PERSON -> USA GOV
  (criticism, rule 2; the third paragraph's "also criticised" confirms it; STATEMENT arguable), DCT;
  '"The United States will not be able to service its debt without austerity," he told a news conference'
  is a new STATEMENT (a forecast, not a restatement of the lead), DCT; "The former secretary also
  criticised his country's foreign policy" is ACCUSE USA PERSON -> USA GOV ("his country" the target), DCT,
  with the following unattributed quote its content. "Kissinger came to Brazil on a private visit to make
  the opening speech at the Sixth World Congress ..., to be held here June 24 through 26" is CONSULT USA
  PERSON -> BRA GOV on "visit" (visitor first, 57b's private visit; skipping a private visit arguable),
  undated (June 24-26 dates the congress, not the arrival); the planned speech is a purpose clause
  (STATEMENT planned 1987-06-24 arguable) and the congress of an international federation a meeting of one
  body (skipped). "During his visit he is to call on President Jose Sarney, Foreign Minister ..., Finance
  Minister ... and Chamber of Deputies chairman Ulysses Guimaraes, Monday in Brasilia" is one CONSULT USA
  PERSON -> BRA GOV (same-country compound), planned, 1987-06-22 ("Monday", future from Fri 19 June),
  located in Brasilia. "Asked to comment on the economic measures imposed by the Brazilian government last
  week, which included a new price freeze ..., Kissinger said: '... it seems like a reasonable plan which
  could succeed and lead to an agreement with the International Monetary Fund'" is SUPPORT USA PERSON -> BRA
  GOV (endorsing another actor's plan, 30a; STATEMENT arguable), DCT; the measures and the price freeze are
  domestic price policy (skipped), the question is skipped, the IMF agreement hypothetical content.
* 10797 (Greece drops the U.S. base request, DCT Mon 1987-03-30, ATHENS): "Papandreou has withdrawn a
  request to Washington to suspend operations at an American army base" is RETREAT GRC GOV -> USA GOV
  (withdrawing a demand), undated (present perfect, rule 17); "The Greek government later withdrew Friday's
  request to Washington to close down its telecommunications base ..., saying that the reasons ... were no
  longer valid" is its later mention ("later", after yesterday's briefing, suggests 1987-03-29 but gives no
  value: the first mention's date; "saying" its participial elaboration), and "Friday's request" is the
  REQUEST GRC GOV -> USA GOV, 1987-03-27 (a nominal with its own date, EVENTS.md 11; the lead's bare "a
  request" skipped as background). "A Turkish research ship which Greece had threatened to tackle if it
  sailed into disputed waters ... kept to Turkish territorial waters yesterday, avoiding a potential clash"
  gives THREATEN GRC GOV -> the Turkish ship (TUR GOV), asserted, undated (pluperfect); the ship keeping to
  its waters is movement (skipped; RETREAT TUR -> GRC 1987-03-29 arguable). "Papandreou expressed qualified
  optimism after briefing opposition leaders on Aegean developments early yesterday" is a STATEMENT (72a's
  "expressed hope") and CONSULT GRC GOV -> the opposition leaders (GRC GOV, legislators, 60b), both
  1987-03-29 ("early yesterday"; the optimism placed on the same day, the DCT arguable). "The row ...
  erupted after Turkey said it would search for oil round three Greek islands ... following an announcement
  from Greece that it planned to drill east of Thassos island after taking control of a Canadian-led oil
  consortium" gives two background STATEMENTs (TUR GOV on "said", GRC GOV on "announcement": announced
  actions with no type; THREATEN arguable for Turkey's), undated (the row's history, not a wire-style report
  of today); the takeover of the consortium is skipped (COERCE or COOPERATE GRC -> CAN arguable). "Turkey
  accused Greece of breaching the 1976 Berne Agreement under which both sides agreed to preserve the status
  quo" is ACCUSE TUR GOV -> GRC GOV, undated (background, sets 15/16's verbal acts with no time expression;
  DCT arguable), and AGREE TUR -> GRC on "agreed" (one record, both parties anchored on "both sides", 17b;
  Turkey named first), 1976 (year). "Athens says it considers the accord inactive" is a STATEMENT GRC GOV
  (REJECT of the accusation arguable), DCT. "The Turkish Foreign Ministry said in a statement it had
  received an assurance from Greece that it would not carry out oil activities outside its territorial
  waters" is AGREE GRC GOV -> TUR GOV on "assurance" (a promise; the ministry's "said" rule-3 attribution),
  undated (pluperfect); "Greece declined comment on the statement" is a withheld STATEMENT (negated, trigger
  "comment" as 50a/76a), DCT. "Papandreou repeated an invitation to Turkey to take the ... dispute to the
  International Court of Justice" is REQUEST GRC GOV -> TUR GOV on "invitation" (event noun after the light
  verb), DCT as a wire-style verbal act. "Mitsotakis said he had urged Papandreou to accept an offer from
  NATO General Secretary Lord Carrington to help resolve the row" is REQUEST GRC GOV -> GRC GOV (the
  opposition leader a legislator), undated (pluperfect), "said" rule-3 attribution; Carrington's offer is a
  background nominal (AGREE null -> GRC arguable, as 43a's "offered himself as a mediator"). The U.S.-Greek
  bases accord and Greece's right under it are stative; the row easing and erupting have no acting actor.
* 19278 (World Bank loans to Jamaica, DCT Fri 1987-06-19, WASHINGTON): "The World Bank said it approved
  loans to Jamaica totalling 104 mln dlrs" is AID null IGO -> JAM GOV (events_dev's Uganda loan, 16b's
  "approved"), undated (rule 17), "said" rule-3 attribution; "The bank said two loans will support ..." and
  "The bank said a 34 mln dlr loan is to help ..." are STATEMENTs about the loans' purposes (events_dev's
  "The IDA loan will support a project ..., the bank said"; the component loans anaphoric, AID later
  mentions arguable), DCT, WASHINGTON; the fourth loan's sentence has no reporting verb (purpose skipped).
* 18432 (South Korean energy use, DCT Tue 1987-06-16, SEOUL): "energy ministry officials told Reuters",
  "They said" and "they said" are three STATEMENTs KOR GOV (statistics releases by officials of a named
  ministry, EVENTS.md 4; Reuters the audience), DCT, SEOUL; the consumption, shares and import bill are
  statistics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind81a.jsonl"

BUE = ("BUENOS AIRES", "ARG")
MTL = ("MONTREAL", "CAN")
JAX = ("JACKSONVILLE", "USA")
RIO = ("RIO DE JANEIRO", "BRA")
ATH = ("ATHENS", "GRC")
WAS = ("WASHINGTON", "USA")
SEL = ("SEOUL", "KOR")
NY_TXT = ("New York", "USA")

ARG_GOV = "ARG", "GOV"
CAN_BUS = "CAN", "BUS"
USA_GOV = "USA", "GOV"
USA_ORG = "USA", "ORG"
USA_PER = "USA", "PERSON"
BRA_ORG = "BRA", "ORG"
BRA_GOV = "BRA", "GOV"
GRC_GOV = "GRC", "GOV"
TUR_GOV = "TUR", "GOV"
KOR_GOV = "KOR", "GOV"
IGO = None, "IGO"
BANKS = (("the creditor banks", "on the part of"), None, "BUS")
MARX_HE = (("he", "creditor banks, he"),)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1625": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "Daniel Marx"),
                ("Central Bank director Daniel Marx",) + ARG_GOV,
                None,
                NY_TXT,
                "1987-03-04",
                "day",
                None,
                "asserted",
                None,
                "Argentina's creditor banks are divided on its rescheduling request (assessment); wire style: DCT; "
                "located in New York, where the text places Marx (telephone interview from New York)",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("Marx", "unanimous decision"),) + ARG_GOV,
                None,
                NY_TXT,
                "1987-03-04",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead (difficulties among the banks to reach a unanimous decision): later "
                "mention, EVENTS.md 3; the radio station is the audience",
            ),
            # 2
            (
                "REQUEST",
                ("said", "creditor banks, he"),
                MARX_HE + ARG_GOV,
                BANKS,
                NY_TXT,
                "1987-03-04",
                "day",
                None,
                "asserted",
                None,
                "Argentina's efforts should be met by an interest-rate reduction by the creditor banks (an identifiable "
                "party told how it should act, EVENTS.md 2); banks of several countries: null; DCT",
            ),
            # 3
            (
                "CONSULT",
                ("talks", "holding"),
                ("Argentina's debt negotiating team",) + ARG_GOV,
                ("the creditor banks' steering committee", None, "BUS"),
                NY_TXT,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Argentina's negotiating team holding talks with the banks' steering committee in New York (a "
                "progressive with no time expression: undated, 13b/45a)",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Marx said the talks"),
                (("Marx", "Marx said the talks"),) + ARG_GOV,
                None,
                NY_TXT,
                "1987-03-04",
                "day",
                None,
                "asserted",
                None,
                "the talks should not drag on (prescriptive about both sides' talks, no party asked: STATEMENT, "
                "REQUEST to the banks arguable); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", 'possible," he'),
                (("he", 'possible," he'),) + ARG_GOV,
                None,
                NY_TXT,
                "1987-03-04",
                "day",
                None,
                "asserted",
                4,
                "quote restating 'the talks should not drag on' (we want to end as soon as possible): later mention, "
                "EVENTS.md 3",
            ),
            # 6
            (
                "REQUEST",
                "seeking",
                (("Argentina", "Argentina is seeking"),) + ARG_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Argentina is seeking a 2.15 billion dlr loan (a sovereign debtor's standing request to its creditors, "
                "17/18's 'is seeking'; no lender named in the clause: actor2 null); present, no time expression: "
                "undated",
            ),
            # 7
            (
                "REQUEST",
                "wants",
                (("It", "It also wants"),) + ARG_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "it also wants lower interest rates on its foreign debt (standing demand on its creditors; actor2 "
                "null as above); undated",
            ),
            # 8
            (
                "AID",
                ("support", "it would"),
                ("The United States",) + USA_GOV,
                (("Argentina", "bridging loan for"),) + ARG_GOV,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "the U.S. would support a 500 mln dlr bridging loan for Argentina (credit: AID, planned; 22a's 'will "
                "lend'; AGREE as a promise arguable); 'last week' dates the saying, which is rule-3 attribution "
                "(own_blind / 41a): undated",
            ),
        ],
        "skip": [
            ("divided", "stative (the banks' disagreement, content of the statement)"),
            (
                ("request", "country's"),
                "background nominal (Argentina's rescheduling request, presupposed; REQUEST "
                "ARG -> banks undated arguable)",
            ),
            ("rescheduling", "content of the request nominal"),
            (("reach", "difficulties"), "content of the statement"),
            (("find", "agreement and"), "content of the statement"),
            ("interview", "part of the reporting clause"),
            ("comply", "content of the request"),
            (("reduction", "met by a"), "content of the request"),
            ("drag on", "content of the statement"),
            ("concluded", "condition ('If Venezuela and Mexico have concluded'; AGREE VEN/MEX -> banks arguable)"),
            (("negotiations", "concluded their"), "condition (part of the 'If' clause)"),
            (("end", "we want to"), "content of the statement"),
            (("said", "ministry sources"), "anonymous-source talk (economy ministry sources)"),
            (("expected", "committee was"), "content of anonymous talk"),
            ("counter-proposal", "content of anonymous talk (the banks' expected proposal)"),
            (
                ("made", "not unlike that"),
                "Brodersohn's earlier proposal inside anonymous talk (REQUEST ARG -> banks undated arguable)",
            ),
            (("talks", "start of the"), "anaphoric nominal (the talks coded above)"),
            (("meet", "loan to"), "purpose clause"),
            (("said", "The United States"), "rule-3 attribution (the loan support is the event)"),
        ],
        "entities": [
            ("Central Bank", "ORG", "ARG"),
            ("Daniel Marx", "PERSON", "ARG"),
            ("Argentina", "GPE", "ARG"),
            (("Marx", "unanimous decision"), "PERSON", "ARG"),
            ("New York", "GPE", "USA"),
            (("Argentina", "Argentina's great"), "GPE", "ARG"),
            (("Marx", "Marx is in"), "PERSON", "ARG"),
            (("New York", "Marx is in"), "GPE", "USA"),
            (("Argentina", "New York with"), "GPE", "ARG"),
            (("Marx", "Marx said the talks"), "PERSON", "ARG"),
            ("Venezuela", "GPE", "VEN"),
            ("Mexico", "GPE", "MEX"),
            ("Mario Brodersohn", "PERSON", "ARG"),
            (("Argentina", "Argentina is seeking"), "GPE", "ARG"),
            ("United States", "GPE", "USA"),
            (("Argentina", "bridging loan for"), "GPE", "ARG"),
        ],
    },
    "reuters21578-17627": {
        "events": [
            # 0
            (
                "COOPERATE",
                "received",
                ("Teleglobe Canada Inc",) + CAN_BUS,
                ("Credit Lyonnais Canada",) + CAN_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "an order from Credit Lyonnais Canada for a satellite link (a contract won from a customer, EVENTS.md "
                "8 / own_dev; 23a's 'received an order'); no time expression: undated (rule 17); 'said' rule-3 "
                "attribution",
            ),
            # 1
            (
                "STATEMENT",
                "undisclosed",
                (None,) + CAN_BUS,
                None,
                MTL,
                "1987-06-01",
                "day",
                None,
                "negated",
                None,
                "'Value of the contract was undisclosed': withheld statement (EVENTS.md 5, agent implied: Teleglobe, "
                "19a/25b); DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "Teleglobe said"),
                (("Teleglobe", "Teleglobe said"),) + CAN_BUS,
                None,
                MTL,
                "1987-06-01",
                "day",
                None,
                "asserted",
                None,
                "what the connection will provide the bank (a description of the service, content of the contract); "
                "DCT",
            ),
        ],
        "skip": [
            (("said", "MDI.M"), "rule-3 attribution (the order is the event)"),
            ("owned", "stative (ownership)"),
            (("contract", "Value of the"), "anaphoric nominal (the order)"),
            ("provide", "content of the statement (the link's service under the contract)"),
            (("connect", "headquarters and"), "content of the statement"),
        ],
        "entities": [
            ("Teleglobe Canada Inc", "ORG", "CAN"),
            ("Memotec Data Inc", "ORG", "CAN"),
            ("Credit Lyonnais Canada", "ORG", "CAN"),
            (("Canada", "link between"), "GPE", "CAN"),
            (("France", "Canada and"), "GPE", "FRA"),
            (("Teleglobe", "Teleglobe said"), "ORG", "CAN"),
            ("Paris", "GPE", "FRA"),
            (("Credit Lyonnais", "connect it with"), "ORG", "FRA"),
            (("France", "network in"), "GPE", "FRA"),
        ],
    },
    "reuters21578-7633": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "Paul Volcker"),
                ("Federal Reserve Board Chairman Paul Volcker",) + USA_GOV,
                None,
                JAX,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "the U.S. trade deficit is a challenge equal to Sputnik (assessment); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", 'achievement," he'),
                (("he", 'achievement," he'),) + USA_GOV,
                None,
                JAX,
                "1987-03-20",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead (the trade deficit as the 1980s Sputnik): later mention, EVENTS.md 3; "
                "the Florida educators are the audience",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "He said the trade"),
                (("He", "He said the trade"),) + USA_GOV,
                None,
                JAX,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "the trade problem underscores the need to reform the U.S. educational system (an evaluation with no "
                "actor asked, EVENTS.md 2; REQUEST arguable); DCT",
            ),
            # 3
            (
                "STATEMENT",
                "reported",
                ("The Commerce Department",) + USA_GOV,
                None,
                None,
                "1987-03",
                "month",
                "last week",
                "asserted",
                None,
                "statistics release (fourth-quarter trade gap); 'last week' from Fri 1987-03-20 = 9-15 March, kept at "
                "its month (EVENTS.md 21)",
            ),
            # 4
            (
                "REQUEST",
                "called on",
                (("Volcker", "Volcker called"),) + USA_GOV,
                (("educators", "called on"),) + USA_ORG,
                JAX,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "called on educators to stress basic skills (a call on an identifiable group, EVENTS.md 2); DCT",
            ),
            # 5
            (
                "REQUEST",
                "urged",
                (("Volcker", "Volcker called"),) + USA_GOV,
                (("them", "urged"),) + USA_ORG,
                JAX,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "and urged them to help students adapt (its own clause: a second REQUEST, 72a's 'told ... and "
                "urged'); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "Volcker said the challenge"),
                (("Volcker", "Volcker said the challenge"),) + USA_GOV,
                None,
                JAX,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "the challenge is greatest in educating low-income minority groups (assessment); DCT",
            ),
        ],
        "skip": [
            ("launching", "historical Soviet act (the Sputnik launch), no type"),
            (("launch", "equivalent to the"), "historical Soviet act (the Sputnik launch), no type"),
            ("feared", "content of the quote"),
            (("left", "to be"), "content of the quote"),
            ("address", "part of the reporting clause (the occasion)"),
            ("underscored", "content of the statement"),
            ("reform", "content of the statement (need to reform the U.S. educational system)"),
            (("improve", "system to"), "content of the statement"),
            ("calculated", "statistics"),
            ("swelled", "statistics"),
            ("bringing", "statistics"),
            ("stress", "content of the request"),
            (("help", "urged them to"), "content of the request"),
            ("adapt", "content of the request"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Paul Volcker", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "challenge for the"), "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("Russians", "NORP", "SUN"),
            (("Soviet", "wake of"), "NORP", "SUN"),
            ("Florida", "GPE", "USA"),
            (("U.S.", "reform the"), "GPE", "USA"),
            ("Commerce Department", "ORG", "USA"),
            (("Volcker", "Volcker called"), "PERSON", "USA"),
            (("Volcker", "Volcker said the challenge"), "PERSON", "USA"),
            ("Hispanics", "NORP", "USA"),
        ],
    },
    "reuters21578-18865": {
        "events": [
            # 0
            (
                "PROTEST",
                ("strike", "went on"),
                ("Rio de Janeiro's 3,500 dockworkers",) + BRA_ORG,
                None,
                ("Rio de Janeiro", "BRA"),
                "1987-06-18",
                "day",
                "today",
                "asserted",
                None,
                "the Rio dockworkers went on strike today (actor2 null, as events_dev's dock strike); the dockers' "
                "spokesman's 'said' is rule-3 attribution",
            ),
            # 1
            (
                "SUPPORT",
                ("support", "did not get"),
                ("their colleagues in Santos",) + BRA_ORG,
                ("The Rio dockers",) + BRA_ORG,
                None,
                "1987-06-18",
                "day",
                "today",
                "negated",
                None,
                "the Santos dockers did not support the Rio strike (explicitly not done: negated; PROTEST negated or "
                "skipping arguable); placed in today's strike (rule 3, EVENTS.md 19)",
            ),
            # 2
            (
                "THREATEN",
                ("said", "but the spokesman"),
                (("the spokesman", "but the spokesman"),) + BRA_ORG,
                None,
                RIO,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "they would not return to work unless their demands were met (a conditional threat, rule 2; the "
                "threat itself asserted; target not named: actor2 null, EVENTS.md 14); wire style: DCT, dateline city",
            ),
            # 3
            (
                "RETREAT",
                "cancelled",
                ("some 65,000 dockworkers",) + BRA_ORG,
                None,
                None,
                "1987-06",
                "month",
                "Earlier this week",
                "asserted",
                None,
                "65,000 dockworkers cancelled a scheduled national strike (calling off a strike: RETREAT, actor2 null "
                "as events_dev's calling-off); 'Earlier this week' from Thu 1987-06-18 = 15-21 June, kept at its "
                "month (EVENTS.md 21)",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Rio port spokesman"),
                ("A Rio port spokesman",) + BRA_GOV,
                None,
                RIO,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the halt will cause daily losses (forecast) by the port authority's spokesman (events_dev's port "
                "officials = GOV); DCT, dateline city",
            ),
        ],
        "skip": [
            (("said", "for the dockers"), "rule-3 attribution (the strike is the event)"),
            (("demand", "period today to"), "purpose clause (REQUEST arguable)"),
            (("return", "would not"), "content of the threat"),
            (("demands", "unless their"), "anaphoric nominal (the wage demands)"),
            (("met", "demands were"), "condition"),
            (("strike", "national"), "content of the cancellation (the scheduled strike never held)"),
            ("pressure", "purpose clause of the cancelled strike (REQUEST arguable)"),
            (("give", "officials to"), "content (purpose clause)"),
            ("halt", "anaphoric nominal (the strike)"),
            ("cause", "content of the statement"),
        ],
        "entities": [
            ("Rio de Janeiro", "GPE", "BRA"),
            (("Rio", "The Rio dockers"), "GPE", "BRA"),
            ("Santos", "GPE", "BRA"),
            ("Brazil", "GPE", "BRA"),
            (("Rio", "A Rio port"), "GPE", "BRA"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-19401": {
        "events": [
            # 0
            (
                "ACCUSE",
                ("said", "Henry Kissinger"),
                ("Henry Kissinger",) + USA_PER,
                ("the U.S. Government",) + USA_GOV,
                RIO,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the U.S. government is disregarding the future of its economy (criticism, rule 2; 'also criticised' "
                "in the third paragraph confirms the reading; STATEMENT arguable); a former official: USA PERSON; "
                "wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("he", 'austerity," he'),) + USA_PER,
                None,
                RIO,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the U.S. will not be able to service its debt without austerity (a forecast, new content: not a "
                "restatement of the lead); the news conference is the audience; DCT",
            ),
            # 2
            (
                "ACCUSE",
                "criticised",
                ("The former secretary",) + USA_PER,
                (("his country", "criticised"),) + USA_GOV,
                RIO,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "criticised his country's foreign policy (ACCUSE toward the U.S. government, the clause names the "
                "target); the following quote is its content; wire style: DCT",
            ),
            # 3
            (
                "CONSULT",
                ("visit", "private"),
                (("Kissinger", "Kissinger came"),) + USA_PER,
                (("Brazil", "came to"),) + BRA_GOV,
                ("Brazil", "BRA"),
                None,
                "unknown",
                None,
                "asserted",
                None,
                "came to Brazil on a private visit (a visit, visitor first; 57b's private visit; skipping a private "
                "visit arguable); no time expression of its own (June 24-26 dates the congress): undated",
            ),
            # 4
            (
                "CONSULT",
                "call on",
                (("he", "During his visit"),) + USA_PER,
                ("President Jose Sarney",) + BRA_GOV,
                ("Brasilia", "BRA"),
                "1987-06-22",
                "day",
                "Monday",
                "planned",
                None,
                "is to call on Sarney, the foreign and finance ministers and the Chamber chairman (same-country "
                "compound: one record); 'Monday' future from Fri 1987-06-19 = 1987-06-22; in Brasilia",
            ),
            # 5
            (
                "SUPPORT",
                ("said", "Kissinger said:"),
                (("Kissinger", "Kissinger said:"),) + USA_PER,
                (("the Brazilian government", "imposed by"),) + BRA_GOV,
                RIO,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "Brazil's economic plan seems reasonable and could succeed (endorsement of another actor's plan, 30a; "
                "STATEMENT arguable); DCT",
            ),
        ],
        "skip": [
            ("disregarding", "content of the criticism"),
            (("find", "could within"), "content of the criticism"),
            (("service", "able to"), "content of the statement"),
            ("sending", "content of the criticism (quote with no reporting verb)"),
            (("tell", "world to"), "content of the criticism"),
            ("handle", "content of the criticism"),
            ("opening speech", "purpose clause (the planned congress speech; STATEMENT planned 1987-06-24 arguable)"),
            (("held", "to be"), "congress of an international federation (meeting of one body, EVENTS.md 10)"),
            (("visit", "During his"), "anaphoric nominal (the visit coded above)"),
            ("Asked", "question (the occasion of the answer)"),
            (("comment", "Asked to"), "part of the question"),
            ("imposed", "domestic economic measures (EVENTS.md: domestic price policy)"),
            ("freeze", "domestic price policy"),
            ("read", "content of the statement"),
            ("succeed", "content of the statement"),
            (("lead", "could succeed and"), "content of the statement"),
            (("agreement", "lead to an"), "hypothetical content (AGREE BRA -> IMF arguable)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Henry Kissinger", "PERSON", "USA"),
            (("U.S.", "said the"), "GPE", "USA"),
            ("Latin American", "NORP", None),
            ("United States", "GPE", "USA"),
            (("Kissinger", "Kissinger came"), "PERSON", "USA"),
            (("Brazil", "came to"), "GPE", "BRA"),
            ("International Federation of Purchasing and Materials Management", "ORG", None),
            ("Jose Sarney", "PERSON", "BRA"),
            ("Roberto Abreu Sodre", "PERSON", "BRA"),
            ("Luiz Carlos Bresser Pereira", "PERSON", "BRA"),
            ("Chamber of Deputies", "ORG", "BRA"),
            ("Ulysses Guimaraes", "PERSON", "BRA"),
            ("Brasilia", "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            (("Kissinger", "Kissinger said:"), "PERSON", "USA"),
            ("International Monetary Fund", "ORG", None),
        ],
    },
    "reuters21578-10797": {
        "events": [
            # 0
            (
                "RETREAT",
                "withdrawn",
                ("Prime Minister Andreas Papandreou",) + GRC_GOV,
                (("Washington", "request to"),) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "withdrew the request to suspend operations at a U.S. base (withdrawing a measure/demand: RETREAT "
                "toward the USA); present perfect, no time expression: undated (rule 17; 'later' after yesterday's "
                "briefing suggests 1987-03-29, arguable)",
            ),
            # 1
            (
                "THREATEN",
                "threatened",
                (("Greece", "which Greece"),) + GRC_GOV,
                ("A Turkish research ship",) + TUR_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Greece had threatened to tackle the Turkish ship if it sailed into disputed waters (a conditional "
                "threat, asserted); pluperfect, no time expression: undated",
            ),
            # 2
            (
                "STATEMENT",
                "expressed",
                (("Papandreou", "Papandreou expressed"),) + GRC_GOV,
                None,
                None,
                "1987-03-29",
                "day",
                "early yesterday",
                "asserted",
                None,
                "expressed qualified optimism (72a's 'expressed hope') after the briefing early yesterday: same day, "
                "1987-03-29 (the DCT by rule 2 arguable)",
            ),
            # 3
            (
                "CONSULT",
                "briefing",
                (("Papandreou", "Papandreou expressed"),) + GRC_GOV,
                ("opposition leaders",) + GRC_GOV,
                None,
                "1987-03-29",
                "day",
                "early yesterday",
                "asserted",
                None,
                "Papandreou briefed the opposition leaders on the Aegean early yesterday (a meeting; opposition "
                "leaders are legislators, GOV, 60b)",
            ),
            # 4
            (
                "RETREAT",
                ("withdrew", "later"),
                ("The Greek government",) + GRC_GOV,
                (("Washington", "request to Washington to close"),) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention of the withdrawal ('later' gives no value of its own: first mention's date); 'saying' "
                "its participial elaboration",
            ),
            # 5
            (
                "REQUEST",
                ("request", "Friday's"),
                ("The Greek government",) + GRC_GOV,
                (("Washington", "request to Washington to close"),) + USA_GOV,
                None,
                "1987-03-27",
                "day",
                "Friday",
                "asserted",
                None,
                "Friday's request to Washington to close its base (a nominal with its own date, EVENTS.md 11); past "
                "Friday before Mon 1987-03-30",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "Turkey said it would search"),
                (("Turkey", "erupted after"),) + TUR_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Turkey said it would search for oil round Greek islands (an announced action with no type; THREATEN "
                "arguable); background of the row, before it erupted: not a wire-style report of today, undated",
            ),
            # 7
            (
                "STATEMENT",
                "announcement",
                (("Greece", "announcement from"),) + GRC_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Greece's announcement that it planned to drill east of Thassos (a nominal with its own predication, "
                "EVENTS.md 11; drilling has no type); background: undated",
            ),
            # 8
            (
                "ACCUSE",
                "accused",
                (("Turkey", "Turkey accused"),) + TUR_GOV,
                (("Greece", "accused"),) + GRC_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Turkey accused Greece of breaching the Berne Agreement; part of the row's background with no time "
                "expression (sets 15/16's relayed verbal acts): undated (DCT arguable)",
            ),
            # 9
            (
                "AGREE",
                ("agreed", "both sides"),
                ("both sides",) + TUR_GOV,
                ("both sides",) + GRC_GOV,
                None,
                "1976",
                "year",
                "1976",
                "asserted",
                None,
                "the 1976 Berne Agreement under which both sides agreed to preserve the status quo (a dated nominal "
                "with its own predication, EVENTS.md 11; one record, both parties anchored on 'both sides', 17b; "
                "Turkey first, named first in the sentence)",
            ),
            # 10
            (
                "STATEMENT",
                "says",
                (("Athens", "Athens says"),) + GRC_GOV,
                None,
                ATH,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "Athens considers the accord inactive (a stated position; REJECT of the accusation arguable); present "
                "'says', wire style: DCT, dateline city",
            ),
            # 11
            (
                "AGREE",
                "assurance",
                (("Greece", "assurance from"),) + GRC_GOV,
                ("The Turkish Foreign Ministry",) + TUR_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Greece gave Turkey an assurance it would not carry out oil activities outside its waters (a promise "
                "= AGREE; event noun after 'received'); the Turkish statement's 'said' is rule-3 attribution; "
                "pluperfect, no time expression: undated",
            ),
            # 12
            (
                "STATEMENT",
                ("comment", "Greece declined"),
                (("Greece", "Greece declined"),) + GRC_GOV,
                None,
                ATH,
                "1987-03-30",
                "day",
                None,
                "negated",
                None,
                "Greece declined comment on the Turkish statement: withheld statement (EVENTS.md 5, trigger on "
                "'comment' as 50a/76a); DCT",
            ),
            # 13
            (
                "REQUEST",
                "invitation",
                (("Papandreou", "Papandreou repeated"),) + GRC_GOV,
                (("Turkey", "invitation to"),) + TUR_GOV,
                ATH,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "repeated an invitation to Turkey to take the dispute to the International Court of Justice (an "
                "appeal to a named party; event noun after the light verb 'repeated'); a wire-style verbal act: DCT",
            ),
            # 14
            (
                "REQUEST",
                "urged",
                ("Constantine Mitsotakis",) + GRC_GOV,
                (("Papandreou", "urged"),) + GRC_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the opposition leader had urged Papandreou to accept Carrington's offer (legislator: GOV, 60b); "
                "pluperfect, no time expression: undated; 'said' rule-3 attribution",
            ),
        ],
        "skip": [
            (("request", "withdrawn a"), "background nominal (the request is coded at 'Friday's request')"),
            ("suspend", "content of the request"),
            (("row", "Greek-Turkish"), "background nominal (the dispute)"),
            ("eased", "the row eased: no acting actor"),
            ("tackle", "content of the threat"),
            ("sailed", "condition of the threat"),
            ("kept to", "the ship's movement (RETREAT TUR -> GRC 1987-03-29 arguable)"),
            ("avoiding", "consequence (no actor's act)"),
            ("clash", "hypothetical nominal (content)"),
            ("saying", "participial elaboration of the withdrawal (EVENTS.md 3; STATEMENT arguable)"),
            ("close down", "content of the request"),
            ("prompted", "content of the elaboration"),
            (("request", "make the"), "anaphoric nominal (Friday's request)"),
            (("accord", "bases"), "background nominal (the U.S.-Greek bases accord)"),
            (("ask", "right to"), "generic right under the accord (stative)"),
            (("threatened", "interests are"), "generic condition"),
            ("erupted", "the row erupted: no acting actor"),
            (("search", "would search"), "content of the statement"),
            (("planned", "that it"), "content of the announcement"),
            ("drill", "content of the announcement"),
            (
                "taking control",
                "Greece's takeover of a Canadian-led consortium in a temporal clause (COERCE or "
                "COOPERATE GRC -> CAN arguable, undated)",
            ),
            ("operating", "stative"),
            ("breaching", "content of the accusation"),
            ("preserve", "content of the agreement"),
            ("settled", "condition"),
            ("considers", "content of the statement (Athens's position)"),
            (("said", "Foreign Ministry"), "rule-3 attribution (Greece's assurance is the event)"),
            (("statement", "said in a"), "part of the reporting clause"),
            ("carry out", "content of the assurance"),
            (("statement", "comment on the"), "anaphoric nominal (the Turkish statement)"),
            (("take", "Turkey to"), "content of the invitation"),
            (("said", "Mitsotakis"), "rule-3 attribution (the urging is the event)"),
            ("accept", "content of the request"),
            (
                ("offer", "accept an"),
                "background nominal (Carrington's offer to mediate; AGREE null -> GRC "
                "arguable, as 43a's 'offered himself as a mediator')",
            ),
            (("help", "Carrington to"), "content of the offer"),
            ("resolve", "content of the offer"),
        ],
        "entities": [
            ("Andreas Papandreou", "PERSON", "GRC"),
            (("Washington", "request to"), "GPE", "USA"),
            ("American", "NORP", "USA"),
            (("Athens", "base near"), "GPE", "GRC"),
            (("Greek", "as a"), "NORP", "GRC"),
            (("Turkish", "Greek-"), "NORP", "TUR"),
            (("Aegean", "oil rights in the"), "LOC", None),
            (("Turkish", "A Turkish research"), "NORP", "TUR"),
            (("Greece", "which Greece"), "GPE", "GRC"),
            ("Aegean Sea", "LOC", None),
            (("Turkish", "kept to"), "NORP", "TUR"),
            (("Papandreou", "Papandreou expressed"), "PERSON", "GRC"),
            (("Aegean", "opposition leaders on"), "LOC", None),
            (("Greek", "The Greek government"), "NORP", "GRC"),
            (("Washington", "request to Washington to close"), "GPE", "USA"),
            ("Nea Makri", "GPE", "GRC"),
            (("Athens", "north of"), "GPE", "GRC"),
            ("U.S.", "GPE", "USA"),
            (("Greek", "U.S.-"), "NORP", "GRC"),
            (("Greece", "bases accord,"), "GPE", "GRC"),
            (("Aegean", "The row in the"), "LOC", None),
            (("Turkey", "erupted after"), "GPE", "TUR"),
            (("Greek", "three"), "NORP", "GRC"),
            (("Greece", "announcement from"), "GPE", "GRC"),
            ("Thassos", "LOC", "GRC"),
            ("Canadian", "NORP", "CAN"),
            (("Aegean", "northern"), "LOC", None),
            (("Turkey", "Turkey accused"), "GPE", "TUR"),
            (("Greece", "accused"), "GPE", "GRC"),
            ("Berne", "GPE", "CHE"),
            (("Aegean", "status quo in the"), "LOC", None),
            (("Athens", "Athens says"), "GPE", "GRC"),
            ("Turkish Foreign Ministry", "ORG", "TUR"),
            (("Greece", "assurance from"), "GPE", "GRC"),
            (("Greece", "Greece declined"), "GPE", "GRC"),
            (("Papandreou", "Papandreou repeated"), "PERSON", "GRC"),
            (("Turkey", "invitation to"), "GPE", "TUR"),
            ("International Court of Justice", "ORG", None),
            ("The Hague", "GPE", "NLD"),
            ("Conservative", "NORP", "GRC"),
            ("Constantine Mitsotakis", "PERSON", "GRC"),
            (("Papandreou", "urged"), "PERSON", "GRC"),
            ("NATO", "ORG", None),
            ("Carrington", "PERSON", None),
        ],
    },
    "reuters21578-19278": {
        "events": [
            # 0
            (
                "AID",
                "approved",
                ("The World Bank",) + IGO,
                ("Jamaica",) + ("JAM", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "approved loans to Jamaica totalling 104 mln dlrs (credit: AID, events_dev's Uganda loan, 16b's "
                "'approved'); no time expression: undated (rule 17); 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The bank said two"),
                (("The bank", "The bank said two"),) + IGO,
                None,
                WAS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "two of the loans will support the structural adjustment program (the loans' purposes, as events_dev's "
                "'The IDA loan will support a project ..., the bank said'); DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "The bank said a 34"),
                (("The bank", "The bank said a 34"),) + IGO,
                None,
                WAS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the sugar loan's purpose; DCT",
            ),
        ],
        "skip": [
            (("said", "The World Bank"), "rule-3 attribution (the loan approval is the event)"),
            ("assist", "purpose clause"),
            (("loans", "said two"), "anaphoric nominal (part of the approved loans)"),
            (("support", "will"), "the loans' purpose, not verbal support (events_dev)"),
            (("help", "is to"), "the loan's purpose"),
            (("meet", "self-sufficient and"), "the loan's purpose"),
            (("loan", "The fourth"), "anaphoric nominal (part of the approved loans)"),
            ("improve", "the loan's purpose"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Jamaica", "GPE", "JAM"),
            (("Jamaica", "support"), "GPE", "JAM"),
            (("Jamaica", "help"), "GPE", "JAM"),
            ("United States", "GPE", "USA"),
            ("European Community", "ORG", None),
        ],
    },
    "reuters21578-18432": {
        "events": [
            # 0
            (
                "STATEMENT",
                "told",
                ("energy ministry officials",) + KOR_GOV,
                None,
                SEL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "statistics release (1986 energy consumption) by officials of a named ministry (identifiable, "
                "EVENTS.md 4); Reuters is the audience; DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "They said"),
                (("They", "They said"),) + KOR_GOV,
                None,
                SEL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "statistics: energy shares by source; DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "1985, they"),
                (("they", "1985, they"),) + KOR_GOV,
                None,
                SEL,
                "1987-06-16",
                "day",
                None,
                "asserted",
                None,
                "statistics: energy import bill; DCT",
            ),
        ],
        "skip": [
            ("rose", "statistics"),
            (("accounted", "oil"), "statistics"),
            (("accounted", "Anthracite"), "statistics"),
            ("spent", "statistics"),
        ],
        "entities": [
            ("South Korea", "GPE", "KOR"),
            ("Reuters", "ORG", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
