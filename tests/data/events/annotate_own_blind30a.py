"""Build ``own_blind30a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind30a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,722 left); 24 drawn with random.Random(30101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
49 event records (45 first mentions, 4 later mentions), 122 not_annotated spans, 137 entity mentions;
two articles without events (17210, Bundesbank intervention in Tokyo: monetary operation and anonymous
dealers only; 14360, grain ships at New Orleans: anonymous trade sources and a table); 5684 (Brazil trade
figures) and 13097 (USDA bonus to Algeria) have reporting-clause STATEMENTs only. Types: STATEMENT 23,
REQUEST 7, CONSULT 7, SUPPORT 5, REJECT 4, ACCUSE 1, RETREAT 1, AGREE 1; modality: asserted 48, planned 1;
precision: day 42, unknown 5, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; seven wrong first matches fixed that way: "say" inside "saying",
"decline" inside "declined", "accept" inside "unacceptable", "proposal" inside "proposals", Bosson's "told"
matching Howe's first "told", and the speaker "he" matching inside "They" and "tougher"). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("British foreign secretary
Sir Geoffrey Howe": NORP "British" and PERSON "Geoffrey Howe", without "Sir", as 9a; "French EC affairs
minister Bernard Bosson": NORP "French", ORG "EC" (a name inside the title, like "U.S.") and the PERSON;
"USDA general sales manager": ORG "USDA", as 29b); the EC / EC Commission / Commission, the Group of Five,
the Group of Seven and the Inter-American Development Bank ORG null; Antonio Ortiz Mena PERSON null (head of
an international body, as 29a's Conable); "Latin" (countries) NORP null and "Latin America" LOC null; the
Bundesbank ORG DEU, the Bank of Japan ORG JPN; "Treasury" (building, in Washington) ORG USA; Reuter ORG GBR;
"Christian Democratic" and "Socialist" (Italian parties) NORP ITA (21b's "Democratic"); "European"
(monetary officials) NORP null; the misspelt "FRance" GPE FRA; Banco do Brasil and CACEX ORG BRA; Macao GPE
MAC, Hong Kong GPE HKG, Taiwan GPE TWN and "Nationalist" (the Taiwan government's party) NORP TWN; Peking GPE
CHN; Cam USA Inc ORG USA (its "USA" not tagged separately, as 29b). The New Orleans elevator table is tagged
row by row (17b's weather table): Continental Grain, Mississippi River (the elevator company of the row,
LOC arguable), ADM Growmark, Bunge Grain, ST CHARLES (the elevator; the parish GPE arguable), RESERVE ELEVATOR
CORP, PEAVEY CO and CARGILL GRAIN ORG USA, ZEN-NOH ORG JPN (the Japanese farm cooperative's name, as 28b's
Mitsui; USA arguable for its Louisiana elevator); Westwego, Myrtle Grove, Destrehan, ST ELMO, TERRE HAUTE and
PORT ALLEN GPE USA. Accords ("Paris agreement"), programmes and currencies are not entities.

Judgement calls made here:
* 20864 (Howe on the EC farm budget, DCT Mon 1987-10-19, LUXEMBOURG): "Howe told his EC colleagues on Monday
  that Britain wants agreement by December on a detailed plan to curb EC farm spending if it is to sanction
  an increase in EC budgetary resources" is REQUEST GBR -> the EC colleagues (a group: null), 1987-10-19
  ("on Monday" = DCT): a demand with Britain's consent as the condition (THREATEN arguable); "sanction" is
  approval here, not a SANCTION (skipped). The British diplomatic sources are anonymous ("quoted" skipped
  three times, "They said" once), but what they relay is placed in Monday's meeting (EVENTS.md 19, De Zeeuw's
  meeting relayed by committee sources), so Howe's relayed acts take 1987-10-19 with date_text "on Monday":
  "quoted Howe as saying that an accord ... must be reached in advance of an EC ... summit" and '"We require
  numbers as well as words ...," Howe was quoted as saying' are later mentions of the demand (trigger
  "saying"); '"An interim or partial solution ... would be unacceptable to the United Kingdom"' is REJECT
  toward the Commission package's author (implied, null; a refusal in advance); "he insisted that any
  penalties ... must take effect in the same marketing year" is a new REQUEST (new content). "Howe also said
  there should be no question of a special fund" is REJECT GBR -> the Commission (implied; it "has suggested
  such a fund": opposition to a proposal toward its proponent, 27a), wire style (DCT, date_text null). The
  "EC heads of government summit meeting in December" is CONSULT planned, 1987-12 (a nominal with its own
  date, EVENTS.md 11; a group: null). "The EC Commission proposed last month a plan" and "The Commission has
  suggested such a fund" are STATEMENTs (a proposal = STATEMENT, as 7b; REQUEST to the member states
  arguable): 1987-09 ("last month") and undated (present perfect). "Britain has so far given the clearest
  backing to the idea" and "several other EC states back it in outline" are SUPPORT toward the Commission
  (implied: endorsement of an actor's proposal, 18b), undated; "British agriculture minister John MacGregor
  said he backed the Commission proposal" is SUPPORT GBR -> Commission on "backed" (events_dev's "backed":
  one record, "said" not skipped), DCT ("Before his meeting got under way" gives no value). "Bosson told
  journalists that his country could not accept the idea that there should be no emergency reserve" is
  REJECT FRA -> Britain (implied: the idea is Howe's), DCT; '"The British position has become tougher," he
  said' a STATEMENT (ACCUSE arguable). "a meeting of EC foreign ministers, which discussed the future of EC
  finances" and the simultaneous "farm ministers' meeting" are CONSULT by null groups, 1987-10-19 (10b's
  EC foreign ministers' meetings; 9a skipped the same Luxembourg meeting as internal, arguable). The
  diplomats' "say" and its content (leverage, member states agreeing to revise the financing) are anonymous.
* 4916 (Ortiz Mena, IDB, DCT 1987-03-13, WASHINGTON): all speech acts are by the IDB's president (null IGO,
  DCT). "warned that if Latin countries were unable to speed up their economic growth ... there would be a
  default" is a STATEMENT (a forecast with no consequence from the speaker, own_blind's "warned"), and the
  quote told to the press conference its later mention; the bank's annual meeting next week is internal
  (skipped). "warned that Latin America needed to reverse the capital outflows" is REQUEST -> Latin America
  (a group of countries: null; STATEMENT arguable). "declined to agree with estimates that capital outflows
  ... totaled 35 billion dlrs and that therefore he was calling for an inflow" is REJECT with actor2 null
  (the estimates' authors unnamed; STATEMENT negated arguable). "the U.S. debt strategy ... was insufficient"
  is ACCUSE -> USA (criticism of the U.S. plan; STATEMENT arguable) and "But he did stress the U.S. plan was
  important and the right approach" SUPPORT -> USA (praise of another actor's plan; STATEMENT arguable,
  EVENTS.md 6 is about defending one's own policy); "Ortiz Mena said the country's moratorium was the right
  action" SUPPORT -> BRA (endorsing Brazil's action; the moratorium itself has no type, EVENTS.md 10), and
  the relative clause "whose growth rate he predicted will decline" a STATEMENT of its own. The quote with
  no reporting clause '"So it's preferable they negotiate now,"' is skipped (REQUEST -> BRA arguable).
  "Ortiz Mena also said that Brazilian authorities have opened negotiations already with commercial banks"
  is CONSULT BRA -> the banks (unnamed: null BUS), undated (present perfect), "said" rule-3 attribution;
  "He pointed out Brazil took the action because of ..." a STATEMENT.
* 17210 (Bundesbank in Tokyo): no event (a negative): the intervention and the Bank of Japan's mark sales
  are monetary operations, every speaker an anonymous dealer.
* 15253 (G-7 reconvenes, DCT Wed 1987-04-08, WASHINGTON): "Financial ministers and central bankers of
  leading industrial nations reconvened here this afternoon" is CONSULT (a group: null), 1987-04-08 in
  Washington; "a full blown meeting of the Group of Seven was in progress" its later mention ("This meant"
  is the reporter's inference). The "earlier Group of Five talks which broke up around 2 p.m. local time" are
  another CONSULT (null), dated by the time of day (today). Wilson's "said on entering the meeting the
  ministers would review the Paris agreement" and Balladur's "confirmed there would be a communique" are
  STATEMENTs (DCT); "Asked if he was satisfied with West German and Japanese stimulus, Wilson replied, 'They
  could do a little more'" is REQUEST CAN -> DEU and CAN -> JPN (identifiable actors told they should do
  more, EVENTS.md 2; compound target split, EVENTS.md 12; STATEMENT arguable). "the resignation of the
  Christian Democratic wing of Italy's Socialist-led government" is RETREAT ITA (a resignation; domestic: no
  actor2), 1987-04-08 ("this morning"), location null. Ministers "seen ... returning" and "did not appear to
  have left" are movements (skipped); "European monetary officials said" names no government or body
  (anonymous, skipped).
* 5684 (Brazil trade figures, RIO DE JANEIRO): "official figures show" is a document; the Cacex director
  Roberto Fendt (Banco do Brasil, state-owned: BRA BUS, EVENTS.md 15) gives seven reporting clauses
  ("told", "he added" twice, "Fendt said" three times, "Fendt added"), each a STATEMENT with new figures or
  assessments (DCT); the government's surplus target and growth plans are content.
* 16131 (China-Portugal Macao deal, DCT 1987-04-13 from published_at, PEKING): "Prime Ministers Zhao Ziyang
  of China and Anibal Cavaco Silva of Portugal signed an agreement ..." is AGREE CHN -> PRT (first-named
  first), undated (no time expression, EVENTS.md 17), location null; the handover ("return it to Chinese
  control in 1999"), Macao's future status and the Hong Kong arrangement ("will return Hong Kong to China
  from Britain in 1997") are content or background (RETREAT planned arguable, skipped); "China hopes to win
  back ... Taiwan" is an aspiration (skipped). Zhao's quote ("... Zhao said") and "Peking has said Chinese
  nationals ... will be able to use their Portuguese passports" are STATEMENTs (DCT; "has said" as EVENTS.md
  16).
* 14360 (grain ships at New Orleans): no event (a negative): ships loading and waiting have no acting
  actor, the speakers are anonymous trade sources, the rest is a table.
* 13097 (USDA bonus to Algeria, as 29b's 11645): the three reporting clauses (the Agriculture Department,
  Melvin Sims twice) are STATEMENTs (USA GOV, DCT, WASHINGTON); accepting and awarding export bonuses is
  export-bonus administration (no type, 27b / 29b), the sale covered a purpose nominal (COOPERATE arguable).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind30a.jsonl"

WAS = ("WASHINGTON", "USA")
LUX = ("LUXEMBOURG", "LUX")
RIO = ("RIO DE JANEIRO", "BRA")
PEK = ("PEKING", "CHN")

HOWE = ("British foreign secretary Sir Geoffrey\nHowe", "GBR", "GOV")
EC_IMPLIED = (None, None, "GOV")
COMMISSION_IMPLIED = (None, None, "IGO")
ORTIZ = ("Antonio Ortiz Mena", None, "IGO")
FENDT = ("Roberto Fendt", "BRA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-20864": {
        "events": [
            # 0
            ("REQUEST", "told", HOWE, ("his EC colleagues", None, "GOV"), LUX,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "Britain wants agreement by December on a detailed plan to curb EC farm spending if it is to approve "
             "more EC resources: a demand with a condition on Britain's consent (THREATEN arguable); the EC "
             "colleagues a group: null; 'on Monday' = DCT (Mon 1987-10-19)"),
            # 1
            ("REQUEST", ("saying", "diplomatic sources quoted Howe as"), (("Howe", "quoted Howe"), "GBR", "GOV"),
             EC_IMPLIED, LUX, "1987-10-19", "day", "on Monday", "asserted", 0,
             "later mention: the demand relayed by British diplomatic sources (an accord with detailed figures and "
             "immediate penalties must be reached before the December summit); placed in Monday's meeting "
             "(EVENTS.md 19), the sources' 'quoted' skipped as anonymous"),
            # 2
            ("CONSULT", "summit", ("EC heads of government", None, "GOV"), None, None,
             "1987-12", "month", "in December", "planned", None,
             "the EC heads of government summit in December: a nominal with its own date (EVENTS.md 11); the "
             "participants a group: null"),
            # 3
            ("REQUEST", ("saying", "Howe was quoted as"), (("Howe", "Howe was quoted"), "GBR", "GOV"), EC_IMPLIED,
             LUX, "1987-10-19", "day", "on Monday", "asserted", 0,
             "later mention: quoted restatement ('We require numbers as well as words'), relayed by the same "
             "sources; placed in Monday's meeting"),
            # 4
            ("STATEMENT", "proposed", ("The EC Commission", None, "IGO"), None, None,
             "1987-09", "month", "last month", "asserted", None,
             "the Commission's 'budgetary stabilisers' proposal (a proposal = STATEMENT, as 7b; REQUEST to the member "
             "states arguable); 'last month' = 1987-09"),
            # 5
            ("SUPPORT", "backing", (("Britain", "Britain has so far"), "GBR", "GOV"), COMMISSION_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Britain's backing of the Commission's idea (endorsement of its proposal = SUPPORT toward the proposer, "
             "18b; the Commission implied); 'has so far given' with no time expression: undated"),
            # 6
            ("SUPPORT", ("back", "EC states"), ("several other EC states", None, "GOV"), COMMISSION_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "other EC states back the idea in outline (a group: null); standing support, no time expression"),
            # 7
            ("REJECT", ("saying", "The sources quoted Howe as"), (("Howe", "The sources quoted Howe"), "GBR", "GOV"),
             COMMISSION_IMPLIED, LUX, "1987-10-19", "day", "on Monday", "asserted", None,
             "an interim or partial solution covering some of the Commission package would be unacceptable (a refusal "
             "in advance, toward the package's author, implied); relayed by the sources, placed in Monday's meeting"),
            # 8
            ("REQUEST", "insisted", (("he", "said he insisted"), "GBR", "GOV"), EC_IMPLIED, LUX,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "insisted that penalties on farmers take effect in the same marketing year as the overproduction (new "
             "content: its own record); the sources' 'said' skipped; placed in Monday's meeting"),
            # 9
            ("REJECT", ("said", "Howe also"), (("Howe", "Howe also said"), "GBR", "GOV"), COMMISSION_IMPLIED, LUX,
             "1987-10-19", "day", None, "asserted", None,
             "no question of a special fund to top up EC farm coffers: rejection of the Commission's suggestion "
             "(named in the next sentence; opposition to a proposal = REJECT toward its proponent, 27a); wire style: "
             "DCT"),
            # 10
            ("STATEMENT", "suggested", (("The Commission", "The Commission has"), None, "IGO"), None, None,
             None, "unknown", None, "asserted", None,
             "the Commission has suggested such a fund (a proposal = STATEMENT, as 'proposed' above); present perfect, "
             "no time expression: undated"),
            # 11
            ("REJECT", ("told", "Bernard Bosson"), ("French EC affairs minister Bernard Bosson", "FRA", "GOV"), (None, "GBR", "GOV"), LUX,
             "1987-10-19", "day", None, "asserted", None,
             "France could not accept the idea that there should be no emergency reserve: rejection of Britain's "
             "position (Britain implied); wire style: DCT"),
            # 12
            ("STATEMENT", ("said", "tougher,\""), (("he", "\" he said"), "FRA", "GOV"), None, LUX,
             "1987-10-19", "day", None, "asserted", None,
             "assessment: the British position has become tougher (ACCUSE GBR arguable)"),
            # 13
            ("CONSULT", ("meeting", "speaking at a"), ("EC foreign ministers", None, "GOV"), None, LUX,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "the meeting of EC foreign ministers, which discussed EC finances (ministers of twelve governments: CONSULT "
             "with a null group, as 10b; 9a skipped it as internal, arguable); Howe's telling 'on Monday' was at it"),
            # 14
            ("CONSULT", ("meeting", "farm ministers'"), ("farm ministers'", None, "GOV"), None, LUX,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "the EC farm ministers' meeting held simultaneously (same day as the foreign ministers' meeting)"),
            # 15
            ("SUPPORT", ("backed", "John MacGregor"), ("British agriculture\nminister John MacGregor", "GBR", "GOV"),
             (("Commission", "backed the"), None, "IGO"), LUX,
             "1987-10-19", "day", None, "asserted", None,
             "said he backed the Commission's proposal for a 155 mln tonne cereals ceiling (verbal backing: one record, "
             "as events_dev's 'backed'; the saying not skipped); 'Before his meeting got under way' gives no value: DCT"),
        ],
        "skip": [
            ("wants", "content of the demand"),
            (("agreement", "wants"), "content of the demand"),
            ("curb", "content of the demand"),
            ("sanction", "Britain's approval of more EC resources (the condition of the demand): not a SANCTION"),
            (("increase", "sanction an"), "content (budget increase)"),
            (("quoted", "British diplomatic sources"), "anonymous-source attribution (diplomatic sources)"),
            ("accord", "content of the demand"),
            (("penalties", "immediate"), "content of the demand"),
            ("reached", "content of the demand"),
            (("quoted", "Howe was"), "anonymous-source attribution"),
            ("require", "part of the quoted demand (coded on 'saying')"),
            ("reductions", "content of the Commission proposal"),
            ("restrictions", "content of the Commission proposal"),
            (("increases", "intervention or"), "content of the Commission proposal (levy increases)"),
            ("exceeded", "content of the Commission proposal (condition)"),
            (("say", "Diplomats"), "anonymous-source talk (diplomats)"),
            ("exercise", "content of anonymous talk"),
            ("emerge", "content of anonymous talk"),
            (("agree", "member states"), "hypothetical agreement, content of anonymous talk"),
            ("revise", "content of anonymous talk"),
            (("quoted", "The sources"), "anonymous-source attribution"),
            (("said", "They said"), "anonymous-source talk (the sources)"),
            ("imposed", "content of the demand"),
            ("exceeding", "content of the demand"),
            ("take effect", "content of the demand"),
            ("top up", "content of the rejection (the proposed fund)"),
            ("deal with", "purpose of the suggested fund"),
            (("accept", "could not"), "part of the refusal (coded on 'told')"),
            ("discussed", "predication of the foreign ministers' meeting (same event)"),
            ("took place", "predication of the foreign ministers' meeting (same event)"),
            ("consider", "purpose of the farm ministers' meeting"),
            ("proposals", "background nominal (the Commission's farm spending proposals)"),
            (("meeting", "Before his"), "anaphoric nominal (the farm ministers' meeting)"),
            ("got under way", "start of the anaphoric meeting"),
            (("proposal", "backed the Commission"), "object of the backing (the Commission's cereals proposal)"),
            (("set", "proposal to"), "content of the Commission proposal"),
        ],
        "entities": [
            ("British", "NORP", "GBR"),
            ("Geoffrey\nHowe", "PERSON", "GBR"),
            ("EC", "ORG", None),
            ("Britain", "GPE", "GBR"),
            (("EC", "curb"), "ORG", None),
            (("EC", "increase in"), "ORG", None),
            (("British", "resources."), "NORP", "GBR"),
            (("Howe", "quoted Howe"), "PERSON", "GBR"),
            (("EC", "advance of an"), "ORG", None),
            (("Howe", "Howe was quoted"), "PERSON", "GBR"),
            ("EC Commission", "ORG", None),
            (("Britain", "Britain has so far"), "GPE", "GBR"),
            (("EC", "several other"), "ORG", None),
            (("Britain", "Diplomats say"), "GPE", "GBR"),
            (("EC", "because the"), "ORG", None),
            (("Howe", "The sources quoted"), "PERSON", "GBR"),
            (("Commission", "elements of the"), "ORG", None),
            ("United Kingdom", "GPE", "GBR"),
            (("Howe", "Howe also"), "PERSON", "GBR"),
            (("EC", "top up"), "ORG", None),
            (("Commission", "The Commission has"), "ORG", None),
            ("French", "NORP", "FRA"),
            (("EC", "French"), "ORG", None),
            ("Bernard Bosson", "PERSON", "FRA"),
            (("British", "The British position"), "NORP", "GBR"),
            (("Howe", "Howe was speaking"), "PERSON", "GBR"),
            (("EC", "meeting of"), "ORG", None),
            (("EC", "future of"), "ORG", None),
            (("Commission", "the Commission's farm"), "ORG", None),
            (("British", "British agriculture"), "NORP", "GBR"),
            ("John MacGregor", "PERSON", "GBR"),
            (("Commission", "backed the"), "ORG", None),
        ],
    },
    "reuters21578-4916": {
        "events": [
            # 0
            ("STATEMENT", "warned", ORTIZ, None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "forecast: a default in the long run if Latin countries cannot speed up growth (a warning with no "
             "consequence from the speaker: STATEMENT, own_blind); the IDB's head: null IGO; DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), None, "IGO"), None, WAS,
             "1987-03-13", "day", None, "asserted", 0,
             "later mention: quoted restatement of the forecast at a press conference (EVENTS.md 3)"),
            # 2
            ("REQUEST", ("warned", "Ortiz Mena warned"), (("Ortiz Mena", "Ortiz Mena warned"), None, "IGO"),
             (("Latin America", "Ortiz Mena warned"), None, "GOV"), WAS,
             "1987-03-13", "day", None, "asserted", None,
             "Latin America needed to reverse the capital outflows (an identifiable group told it must act, EVENTS.md "
             "2; a region of countries: null; STATEMENT arguable)"),
            # 3
            ("REJECT", "declined", (("Ortiz Mena", "Ortiz Mena declined"), None, "IGO"), None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "declined to agree with estimates of 35 bln dlrs of outflows and that he was calling for a larger inflow "
             "(a refusal/denial; the estimates' authors unnamed: actor2 null; STATEMENT negated arguable)"),
            # 4
            ("ACCUSE", ("said", "He said the U.S."), (("He", "He said the U.S."), None, "IGO"),
             (("U.S.", "He said the"), "USA", "GOV"), WAS,
             "1987-03-13", "day", None, "asserted", None,
             "criticism: the U.S. debt strategy was insufficient to achieve the necessary growth (criticism of the U.S. "
             "plan; STATEMENT arguable)"),
            # 5
            ("SUPPORT", "stress", (("he", "But he did"), None, "IGO"), (("U.S.", "stress the"), "USA", "GOV"), WAS,
             "1987-03-13", "day", None, "asserted", None,
             "praise: the U.S. plan was important and the right approach (endorsement of another actor's plan; "
             "STATEMENT arguable, EVENTS.md 6)"),
            # 6
            ("STATEMENT", ("said", "Ortiz Mena said,"), (("Ortiz Mena", "Ortiz Mena said,"), None, "IGO"), None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "quote: pushing development in Latin America is in the creditors' interest too"),
            # 7
            ("STATEMENT", "added", (("He", "He added"), None, "IGO"), None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "quote: the resources have not been enough (its own reporting clause, EVENTS.md 3)"),
            # 8
            ("STATEMENT", "predicted", (("he", "growth rate he"), None, "IGO"), None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "forecast: Brazil's growth rate will decline slightly this year ('this year' governs the decline: DCT)"),
            # 9
            ("SUPPORT", ("said", "1986, Ortiz Mena"), (("Ortiz Mena", "from 1986,"), None, "IGO"),
             (("the country", "1986, Ortiz Mena said"), "BRA", "GOV"), WAS,
             "1987-03-13", "day", None, "asserted", None,
             "Brazil's moratorium was the right action to avert a long-term default: endorsement of Brazil's action "
             "(STATEMENT arguable)"),
            # 10
            ("CONSULT", "negotiations", ("Brazilian authorities", "BRA", "GOV"),
             (("commercial banks", "already with"), None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Brazil has opened negotiations with commercial banks (event noun after the light verb 'opened'; the banks "
             "unnamed, no nationality: null); present perfect, no time expression: undated; 'said' is rule-3 "
             "attribution"),
            # 11
            ("STATEMENT", "pointed out", (("He", "He pointed"), None, "IGO"), None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "Brazil took the action because of its deteriorating economy (the moratorium has no type, EVENTS.md 10)"),
        ],
        "skip": [
            ("default", "content of the forecast"),
            ("repaid", "content of the quote"),
            (("grow", "countries need to"), "content of the quote"),
            (("default", "there will be a"), "content of the quote"),
            ("annual meeting", "the IDB's own annual meeting next week (internal meeting of a single body)"),
            ("reverse", "content of the request"),
            (("agree", "declined to"), "part of the refusal (coded on 'declined')"),
            ("totaled", "statistics (content of the estimates)"),
            ("calling for", "content of the rejected estimate"),
            ("envisaged", "terms of a plan (document content)"),
            ("lending", "content of the U.S. strategy (lending by banks; AID arguable)"),
            (("achieve", "insufficient\nto"), "content of the criticism"),
            ("push forward", "content of the quote"),
            ("happened", "content of the quote"),
            ("Turning", "participial frame of the reporting clause"),
            (("decline", "predicted will"), "content of the forecast"),
            ("moratorium", "Brazil's debt moratorium: no type (EVENTS.md 10), object of the endorsement"),
            ("avert", "content of the endorsement"),
            ("preferable", "quote with no reporting clause: Brazil should negotiate now (REQUEST -> BRA arguable)"),
            (("negotiate", "preferable they"), "content of the unattributed quote (recommended negotiation)"),
            ("eliminate", "content"),
            (("said", "Ortiz Mena also"), "rule-3 attribution (the negotiations are the event)"),
            ("took the action", "anaphoric (Brazil's moratorium: no type), content of the statement"),
        ],
        "entities": [
            ("Antonio Ortiz Mena", "PERSON", None),
            ("Inter-American Development Bank", "ORG", None),
            ("Latin", "NORP", None),
            (("Ortiz Mena", "Ortiz Mena warned"), "PERSON", None),
            (("Latin America", "Ortiz Mena warned"), "LOC", None),
            (("Ortiz Mena", "Ortiz Mena declined"), "PERSON", None),
            (("Latin America", "Ortiz Mena declined"), "LOC", None),
            (("U.S.", "He said the"), "GPE", "USA"),
            (("U.S.", "stress the"), "GPE", "USA"),
            (("Ortiz Mena", "Ortiz Mena said,"), "PERSON", None),
            (("Latin America", "development process in"), "LOC", None),
            (("Brazil", "Turning to"), "GPE", "BRA"),
            (("Ortiz Mena", "from 1986,"), "PERSON", None),
            ("Brazilian", "NORP", "BRA"),
            (("Ortiz Mena", "Ortiz Mena also"), "PERSON", None),
            (("Brazil", "pointed out"), "GPE", "BRA"),
        ],
    },
    "reuters21578-17210": {
        "events": [],
        "skip": [
            ("intervened", "currency intervention (monetary operation)"),
            ("buy", "currency intervention (monetary operation)"),
            (("said", "Bank of Japan, dealers"), "anonymous-source talk (dealers)"),
            ("bought", "currency intervention (monetary operation)"),
            ("intervention", "anaphoric nominal (monetary operation), dealers' estimates"),
            ("varied", "dealers' estimates (anonymous)"),
            (("said", "Some dealers"), "anonymous-source talk (dealers)"),
            ("undertaken", "currency intervention (monetary operation, uncertain)"),
            (("intervention", "mark-selling"), "currency intervention (monetary operation)"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            ("Tokyo", "GPE", "JPN"),
            ("Bank of Japan", "ORG", "JPN"),
            ("West German", "NORP", "DEU"),
            (("Bank of Japan", "Some dealers"), "ORG", "JPN"),
        ],
    },
    "reuters21578-15253": {
        "events": [
            # 0
            ("CONSULT", "reconvened",
             ("Financial ministers and central\nbankers of leading industrial nations", None, "GOV"), None, WAS,
             "1987-04-08", "day", "this\nafternoon", "asserted", None,
             "the ministers and central bankers of the leading industrial nations reconvened here (Washington) this "
             "afternoon (a group: null; the Group of Seven, named below)"),
            # 1
            ("STATEMENT", ("said", "Michael Wilson"), ("Canadian Finance Minister Michael Wilson", "CAN", "GOV"), None,
             WAS, "1987-04-08", "day", None, "asserted", None,
             "the ministers would review the Paris agreement ('on entering the meeting' gives no value: DCT)"),
            # 2
            ("REQUEST", "replied", (("Wilson", "stimulus, Wilson"), "CAN", "GOV"), ("West German", "DEU", "GOV"), WAS,
             "1987-04-08", "day", None, "asserted", None,
             "'They could do a little more' about West German and Japanese stimulus: identifiable actors told they "
             "should act (EVENTS.md 2; STATEMENT arguable); compound target split (EVENTS.md 12): West Germany"),
            # 3
            ("REQUEST", "replied", (("Wilson", "stimulus, Wilson"), "CAN", "GOV"),
             (("Japanese", "West German and"), "JPN", "GOV"), WAS,
             "1987-04-08", "day", None, "asserted", None,
             "the same reply, second target (split, EVENTS.md 12): Japan"),
            # 4
            ("STATEMENT", "confirmed", ("French Finance Minister Edouard Balladur", "FRA", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "there would be a communique at the end of the meeting (announcement of a planned statement)"),
            # 5
            ("CONSULT", "talks", ("Group of Five", None, "IGO"), None, WAS,
             "1987-04-08", "day", "around 2 p.m. local time", "asserted", None,
             "the earlier Group of Five talks, which broke up around 2 p.m. local time today (a group: null)"),
            # 6
            ("RETREAT", "resignation", ("the Christian Democratic wing", "ITA", "GOV"), None, None,
             "1987-04-08", "day", "this morning", "asserted", None,
             "the Christian Democrats' resignation from Italy's government (a resignation = RETREAT, domestic: no "
             "actor2); it threw the delegation's position into question 'this morning'"),
            # 7
            ("CONSULT", ("meeting", "full blown"), ("Group of Seven", None, "IGO"), None, WAS,
             "1987-04-08", "day", "this\nafternoon", "asserted", 0,
             "later mention: the reconvened meeting was a full Group of Seven meeting, in progress"),
        ],
        "skip": [
            ("entering", "occasion of the statement"),
            (("meeting", "entering the"), "anaphoric nominal (the reconvened meeting)"),
            ("review", "content of the statement"),
            ("Paris agreement", "bare background nominal (the February Paris accord: no date or content here)"),
            ("Asked", "reporters' question"),
            ("satisfied", "content of the question"),
            ("stimulus", "domestic economic policy (content of the question)"),
            ("communique", "planned communique: content of the statement (STATEMENT planned arguable)"),
            (("meeting", "end of the"), "anaphoric nominal"),
            ("seen", "observation by reporters"),
            ("returning", "movement of delegations (part of the meeting)"),
            ("left", "movement (negated), part of the meeting"),
            ("broke up", "end of the G-5 talks (same event)"),
            ("thrown into question", "no type (effect of the resignation)"),
            (("said", "monetary officials"), "anonymous-source talk ('European monetary officials': no named government "
                                             "or body)"),
            ("meant", "the reporter's inference"),
        ],
        "entities": [
            ("Canadian", "NORP", "CAN"),
            ("Michael Wilson", "PERSON", "CAN"),
            ("Paris", "GPE", "FRA"),
            ("West German", "NORP", "DEU"),
            ("Japanese", "NORP", "JPN"),
            (("Wilson", "stimulus,"), "PERSON", "CAN"),
            ("French", "NORP", "FRA"),
            ("Edouard Balladur", "PERSON", "FRA"),
            ("Britain", "GPE", "GBR"),
            ("FRance", "GPE", "FRA"),
            ("Canada", "GPE", "CAN"),
            ("West Germany", "GPE", "DEU"),
            ("Reuter", "ORG", "GBR"),
            ("Treasury", "ORG", "USA"),
            (("Japanese", "Treasury building"), "NORP", "JPN"),
            ("Bundesbank", "ORG", "DEU"),
            ("Karl Otto Poehl", "PERSON", "DEU"),
            ("Group of Five", "ORG", None),
            ("Italian", "NORP", "ITA"),
            ("Christian Democratic", "NORP", "ITA"),
            ("Italy", "GPE", "ITA"),
            ("Socialist", "NORP", "ITA"),
            ("European", "NORP", None),
            (("Italian", "said later that the"), "NORP", "ITA"),
            ("Group of Seven", "ORG", None),
        ],
    },
    "reuters21578-5684": {
        "events": [
            # 0
            ("STATEMENT", "told", FENDT, None, RIO,
             "1987-03-16", "day", None, "asserted", None,
             "statistics: February's upturn confirms a rising export trend (the Cacex director of the state-owned Banco "
             "do Brasil: BUS, EVENTS.md 15); DCT, dateline city"),
            # 1
            ("STATEMENT", ("added", "lower prices, he"), (("he", "lower prices,"), "BRA", "BUS"), None, RIO,
             "1987-03-16", "day", None, "asserted", None, "statistics: coffee earnings down"),
            # 2
            ("STATEMENT", ("said", "Fendt said that although"), (("Fendt", "Fendt said that although"), "BRA", "BUS"),
             None, RIO, "1987-03-16", "day", None, "asserted", None,
             "forecast: the government's eight-billion-dlr surplus target should be achieved"),
            # 3
            ("STATEMENT", ("added", "14.5 billion, he"), (("he", "14.5 billion,"), "BRA", "BUS"), None, RIO,
             "1987-03-16", "day", None, "asserted", None, "forecast: exports and imports this year"),
            # 4
            ("STATEMENT", ("said", "Fendt said the rise"), (("Fendt", "Fendt said the rise"), "BRA", "BUS"), None, RIO,
             "1987-03-16", "day", None, "asserted", None,
             "the February import rise is in line with government growth plans"),
            # 5
            ("STATEMENT", ("said", "Fendt said that imports"), (("Fendt", "Fendt said that imports"), "BRA", "BUS"),
             None, RIO, "1987-03-16", "day", None, "asserted", None, "imports running above the traditional average"),
            # 6
            ("STATEMENT", ("added", "Fendt added"), (("Fendt", "Fendt added"), "BRA", "BUS"), None, RIO,
             "1987-03-16", "day", None, "asserted", None,
             "the import demand reflects industry's needs and fits the government's growth programme"),
        ],
        "skip": [
            ("doubled", "statistics"),
            ("show", "a document (official figures), not a speech act"),
            ("confirmed", "content of the statement (statistics)"),
            (("totalled", "exports, which"), "statistics"),
            (("expected", "average"), "content of the forecast"),
            ("achieved", "content of the forecast"),
            (("expected", "Exports this year are"), "content of the forecast"),
            (("totalled", "In 1986 exports"), "statistics"),
            ("foster", "domestic growth policy (content)"),
            ("running", "statistics"),
            (("totalled", "and wheat"), "statistics"),
            ("reflected", "content of the statement"),
            ("equip", "content of the statement"),
            ("raise production", "content of the statement"),
        ],
        "entities": [
            ("Banco do Brasil", "ORG", "BRA"),
            ("CACEX", "ORG", "BRA"),
            ("Roberto Fendt", "PERSON", "BRA"),
            (("Fendt", "Fendt said that although"), "PERSON", "BRA"),
            (("Fendt", "Fendt said the rise"), "PERSON", "BRA"),
            (("Fendt", "Fendt said that imports"), "PERSON", "BRA"),
            ("Brazil", "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            (("Fendt", "Fendt added"), "PERSON", "BRA"),
        ],
    },
    "reuters21578-16131": {
        "events": [
            # 0
            ("AGREE", "signed", ("Zhao Ziyang", "CHN", "GOV"), ("Anibal Cavaco Silva", "PRT", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the two prime ministers signed the agreement returning Macao to China in 1999 (first-named first); no "
             "time expression: undated (EVENTS.md 17)"),
            # 1
            ("STATEMENT", ("said", "viable,\""), (("Zhao", "viable,\""), "CHN", "GOV"), None, PEK,
             "1987-04-13", "day", None, "asserted", None,
             "assessment: the Macao settlement proves 'one country, two systems' viable; DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "Peking has"), (("Peking", "Peking has said"), "CHN", "GOV"), None, PEK,
             "1987-04-13", "day", None, "asserted", None,
             "Chinese nationals holding Portuguese passports may use them after 1999 but get no Portuguese consular "
             "protection ('has said': DCT, EVENTS.md 16)"),
        ],
        "skip": [
            ("end", "content of the agreement"),
            (("rule", "Portuguese"), "background (Portuguese rule over Macao), stative"),
            (("return", "Macao and"), "content of the agreement (the handover: RETREAT PRT -> CHN planned arguable)"),
            ("become", "content of the agreement"),
            ("retaining", "content of the agreement"),
            ("remain", "content of the agreement"),
            ("arrangement", "background nominal (the Hong Kong arrangement; AGREE arguable)"),
            (("return", "will return"), "content of the background arrangement (RETREAT GBR -> CHN planned 1997 "
                                         "arguable)"),
            ("hopes", "stative aspiration"),
            ("win back", "aspiration (no type)"),
            ("settlement", "anaphoric nominal (the Macao agreement)"),
            ("proven", "content of the statement"),
            (("use", "able to"), "content of the statement"),
            ("entitled", "content of the statement"),
            ("protection", "content of the statement"),
        ],
        "entities": [
            ("Zhao Ziyang", "PERSON", "CHN"),
            ("China", "GPE", "CHN"),
            ("Anibal Cavaco Silva", "PERSON", "PRT"),
            ("Portugal", "GPE", "PRT"),
            ("Portuguese", "NORP", "PRT"),
            ("Macao", "GPE", "MAC"),
            ("Chinese", "NORP", "CHN"),
            (("Macao", "Macao will"), "GPE", "MAC"),
            ("Hong Kong", "GPE", "HKG"),
            (("China", "Hong Kong to"), "GPE", "CHN"),
            ("Britain", "GPE", "GBR"),
            (("China", "China hopes"), "GPE", "CHN"),
            ("Nationalist", "NORP", "TWN"),
            ("Taiwan", "GPE", "TWN"),
            (("Macao", "question of"), "GPE", "MAC"),
            (("Zhao", "viable,\""), "PERSON", "CHN"),
            (("Macao", "Macao's"), "GPE", "MAC"),
            (("Portuguese", "40,000"), "NORP", "PRT"),
            ("Peking", "GPE", "CHN"),
            (("Chinese", "Chinese nationals"), "NORP", "CHN"),
            (("Portuguese", "their"), "NORP", "PRT"),
            (("Portuguese", "entitled to"), "NORP", "PRT"),
            (("Macao", "protection in"), "GPE", "MAC"),
            (("China", "elsewhere in"), "GPE", "CHN"),
        ],
    },
    "reuters21578-14360": {
        "events": [],
        "skip": [
            ("loading", "ship loading (port activity, no acting actor)"),
            ("waiting to load", "ships waiting (port activity)"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
        ],
        "entities": [
            ("New Orleans", "GPE", "USA"),
            ("Continental Grain", "ORG", "USA"),
            ("Westwego", "GPE", "USA"),
            ("Mississippi River", "ORG", "USA"),
            ("Myrtle Grove", "GPE", "USA"),
            ("ADM Growmark", "ORG", "USA"),
            ("Bunge Grain", "ORG", "USA"),
            ("Destrehan", "GPE", "USA"),
            ("ST CHARLES", "ORG", "USA"),
            ("DESTREHAN", "GPE", "USA"),
            ("RESERVE ELEVATOR CORP", "ORG", "USA"),
            ("PEAVEY CO", "ORG", "USA"),
            ("ST ELMO", "GPE", "USA"),
            ("CARGILL GRAIN", "ORG", "USA"),
            ("TERRE HAUTE", "GPE", "USA"),
            (("CARGILL GRAIN", "TERRE HAUTE"), "ORG", "USA"),
            ("PORT ALLEN", "GPE", "USA"),
            ("ZEN-NOH", "ORG", "JPN"),
        ],
    },
    "reuters21578-13097": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The U.S. Agriculture Department", "USA", "GOV"), None, WAS,
             "1987-04-03", "day", None, "asserted", None,
             "it accepted a bid for an export bonus on a durum wheat sale to Algeria (export-bonus administration: no "
             "type, 27b / 29b; so the reporting clause is a STATEMENT)"),
            # 1
            ("STATEMENT", ("said", "general sales manager,"), ("Melvin Sims", "USA", "GOV"), None, WAS,
             "1987-04-03", "day", None, "asserted", None,
             "the bonus amount awarded to Cam USA Inc and the shipment schedule"),
            # 2
            ("STATEMENT", ("said", "enhancement program,"), (("Sims", "enhancement program,"), "USA", "GOV"), None, WAS,
             "1987-04-03", "day", None, "asserted", None,
             "a further 228,000 tonnes available to Algeria under the programme"),
        ],
        "skip": [
            ("accepted", "acceptance of an export-bonus bid: export-bonus administration (no type, GUIDELINES)"),
            ("sale", "the exporter's sale to Algeria covered by the bonus: purpose nominal (COOPERATE arguable, 27b)"),
            ("awarded", "export-bonus administration"),
            ("shipment", "execution of the sale (content of the statement)"),
            ("scheduled", "content of the statement"),
            ("available", "stative (tonnage available under the programme)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("U.S.", "tonnes of"), "GPE", "USA"),
            ("Algeria", "GPE", "DZA"),
            ("Cam USA Inc", "ORG", "USA"),
            ("Melvin Sims", "PERSON", "USA"),
            ("USDA", "ORG", "USA"),
            (("Algeria", "available to"), "GPE", "DZA"),
            (("Sims", "enhancement program,"), "PERSON", "USA"),
        ],
    },
}



if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
