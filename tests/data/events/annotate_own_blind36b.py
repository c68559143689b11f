"""Build ``own_blind36b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind36b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,626 left); 24 drawn with random.Random(36101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
47 event records (45 first mentions, 2 later mentions), 137 not_annotated spans, 117 entity mentions;
one article without events (7579, EC barley tender: export-tender administration relayed by anonymous
traders); 16477 (Hoechst), 10794 (Skanska) and 18382 (Polish rapeseed) three records each. Types:
STATEMENT 22, CONSULT 6, AGREE 4, REQUEST 3, REJECT 3, SANCTION 3, COOPERATE 2, AID 2, SUPPORT 1,
THREATEN 1; modality: asserted 38, planned 8, hypothetical 1; precision: day 30, unknown 15, year 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor, skip
and entity span printed in context; two wrong first matches fixed that way: the skip "led" matching
inside "filed" in the lead of 16477 instead of "A group led by", and the loan's recipient "Ecuador"
(actor and entity) anchored after "crude to" matching the earlier "import crude to supplement stocks"
and so landing on "economic blow to Ecuador" instead of "five mln barrels of crude to Ecuador";
re-reading the records also fixed the date text of 12968's "this year", which the wire breaks across a line
("this\\nyear")). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("President Reagan",
"President Jaime Lusinchi", "UAW vice-president Marc Stepp": ORG "UAW" + PERSON); a body with its
country word is one ORG span ("Brazilian Central Bank" before "President Francisco Gros", "U.S. Senate",
"U.S. Agriculture Department", "Venezuelan Investment Fund" before "Minister Hector Hurtado", as 35a's
"Finance Ministry State Secretary Hans Tietmeyer"), the bare "Senate" and "House" ORG USA, "Senate
Foreign Relations committee" one ORG span USA, "Energy Ministry" (Ecuador's) ORG ECU; "Democratic" (in
"Democratic-controlled") NORP USA (12b's Democrats), "American" NORP USA, "Brazilian" NORP BRA,
"Swedish" NORP SWE, "Canadian" NORP CAN, "Colombian" NORP COL, "French" NORP FRA; "U.S." in "U.S. Dlrs"
GPE USA (15a); the European Community ORG null, OPEC and its full name ORG null; the Pacific and Latin
America LOC null; Lago Agrio and Balao GPE ECU; Kenosha, Milwaukee, Wisc., Wisconsin, Michigan and
California GPE USA; Reuters ORG GBR; companies by their home country: Skanska AB / Skanska ORG SWE,
Canadian Foundation Company Ltd (one span, no nested NORP) and Banister Continental Ltd / Banister ORG
CAN, Hoechst AG ORG DEU, Hoechst Celanese Corp ORG USA (the U.S. subsidiary formed by the Celanese
merger) and the short "Hoechst" of the second paragraph ORG USA (read as the story's subject, the
subsidiary; DEU as the parent arguable), Celanese Corp and First Boston Corp ORG USA, the Securities and
Exchange Commission ORG USA, Petroleos de Venezuela ORG VEN (one span, no nested GPE), United Auto
Workers / UAW, American Motors Corp / American Motors / AMC, New United Motor and Chrysler Corp ORG USA,
Regie Nationale des Usines Renault and "Renault" (AMC's Renault cars) ORG FRA, Mazda Motor Corp and Toyota
ORG JPN; bracketed company names tagged without brackets, tickers left out; lower-case bodies ("the
central bank", "the administration", "the interior and defence ministries", "its bank advisory
committee") are not tagged; currencies and the Mercalli scale are not entities.

Judgement calls made here:
* 9215 (Brazil / bank committee, DCT Wed 1987-03-25, MIAMI): "Brazil and its bank advisory committee
  agreed to transmit a request for an extension of short-term credit lines ..., Brazilian Central Bank
  President Francisco Gros said" is AGREE BRA -> the committee (a multinational bank committee: null
  BUS), undated (no time expression, rule 17), "said" rule-3 attribution, the transmission of the
  request its content. "Speaking after talks with the committee here" is CONSULT BRA (Gros) -> the
  committee, undated (the talks precede the DCT-dated saying; no time expression of their own), location
  Miami ("here"); "Speaking" skipped. "Gros also said he did not expect to make interest payment to the
  banks at this moment" is a STATEMENT (an expectation about Brazil's own payments; REJECT toward the banks
  arguable); "He added that no one should expect any dramatic developments" a STATEMENT. Brazil's
  suspension of interest payments and freezing of credit lines last month is the payment freeze (no type,
  EVENTS.md 10). The bankers who "would relay the Brazilian request" and "declined to say whether they
  were ... endorsing it" are anonymous (EVENTS.md 4): skipped with their content. "Gros said the decision
  ... will be communicated to Brazil's 700 bank creditors by telex tomorrow" is REQUEST BRA (implied) ->
  the creditors (null BUS) on "communicated" (the request for the extension transmitted to the
  creditors), planned, 1987-03-26 ("tomorrow"), "said" rule-3 attribution ("decision" and "arrangement"
  anaphoric). "Banks had been pressing Brazil to make at least a token interest payment" is REQUEST (the
  creditor banks as a group: null BUS) -> BRA, undated (narration, no time expression); "but Gros said the
  government was unable to comply for the moment" REJECT BRA -> the banks (implied) with the saying as the
  refusal (EVENTS.md speech-act rule 2), DCT. "He stressed however that Brazil was willing to pay as soon
  as it could" is AGREE BRA -> the banks (implied; a conditional promise, GUIDELINES.md; a STATEMENT
  arguable), DCT, and "but added that a payment of interest was not connected with the extension" a
  second record, STATEMENT (EVENTS.md 3). '"That would not be wise," he said' and "He said that the
  extension ... would not be carried out through an official instrument" are STATEMENTs (DCT). "Gros
  said Brazil was likely to meet again with the 14-bank advisory committee once Brazil had information
  to present on an economic plan" is CONSULT BRA -> the committee, planned ("was likely to"), undated,
  "said" rule-3 attribution.
* 7579 (EC barley tender, DCT Fri 1987-03-20, LONDON): no event (a negative). The EC's weekly export
  tender ("authorised the export of 25,000 tonnes", "All bids for wheat were rejected", French maize
  "granted for export") is export-subsidy administration with unnamed bidders (no type, as 3511's EC
  sugar tender; REJECT on "rejected" arguable), and the only speakers are anonymous traders.
* 16477 (Hoechst Celanese debt offering, DCT Mon 1987-04-13, WASHINGTON): the SEC filing and the notes
  and debentures offering are corporate finance (skipped). "Hoechst, which acquired Celanese Corp on Feb
  27" is COOPERATE USA BUS -> USA BUS (an acquisition between companies, a relative clause with its own
  date, EVENTS.md 11), 1987-02-27; "Hoechst" is read as the story's subject, the U.S. subsidiary (the
  acquirer DEU, as Hoechst AG, arguable). "said it plans to offer 200 mln dlrs of notes ... to repay part
  of the debt" and "A group led by First Boston Corp will underwrite the offering, the company said" are
  STATEMENTs (announcements of corporate finance, blind2's bond issue; COOPERATE on "underwrite"
  arguable, skipped), DCT, WASHINGTON.
* 10794 (Skanska / Banister, DCT Mon 1987-03-30, STOCKHOLM): "Skanska AB said it will sell its 49 pct
  holding in Canadian building firm Canadian Foundation Company Ltd to rival Banister Continental Ltd" is
  COOPERATE SWE BUS -> CAN BUS (an asset sale between companies), planned ("will"), undated (no time
  expression), "said" rule-3 attribution. "A company spokeswoman told Reuters Skanska will receive
  Banister shares as payment" is a STATEMENT (terms of the sale, as 16a's licence terms; the spokeswoman
  of a named company is identifiable), DCT; "She said Skanska will also be appointing two board members"
  a STATEMENT (appointments are not events), DCT.
* 18382 (Polish rapeseed, DCT Mon 1987-06-15, WASHINGTON): the U.S. Agriculture Department's Counselor
  in Warsaw "said in a field report" that winter damage appears minor: STATEMENT USA GOV, and the report's
  two later "said" clauses (the plowed-under area from Polish "official statements", a document that
  "show"s, and the production forecast) are STATEMENTs with the report as implied author (USA GOV, text
  null); all three take the report's date 1987-06-11 ("The report, dated June 11", events_dev's
  field-report call, EVENTS.md 20), location Warsaw. The passive "is forecast" has no named agent
  (content of the report).
* 3048 (Ecuador oil exports, DCT Mon 1987-03-09, QUITO): the unnamed "senior Energy Ministry official"
  (who "did not want to be named") and "another Energy Ministry spokesman" are officials of a named
  ministry (ECU GOV, EVENTS.md 4; anonymous reading arguable), so "said" (the suspension will last four
  months), "The official said" (exports could resume after repairs), "told Reuters" (repair cost),
  "another Energy Ministry spokesman said" (Ecuador was pumping above its OPEC quota), "the first
  official said" (Ecuador might build an emergency pipeline to a Colombian one: infrastructure, no type;
  COOPERATE with Colombia arguable, skipped) and "He estimated" are STATEMENTs (DCT, QUITO). The
  earthquake, the cut pipeline and the suspended shipments are an accident and its consequences; the
  central bank's export figure ("according to") is statistics; "It suspended interest payments in
  January" is the payment freeze (no type, EVENTS.md 10). "In Caracas, President Jaime Lusinchi said
  Venezuela would loan five mln barrels of crude to Ecuador over the next three months" is AID VEN ->
  ECU, planned, undated ("over the next three months" is a duration, not a date; 1987-03 from its start
  arguable), location null (Caracas is where he spoke), "said" rule-3 attribution. "Ecuador asked for the
  loan" is REQUEST ECU -> VEN (implied), undated (no time expression); the repayment in kind "in May" is a
  term of the loan (COOPERATE planned 1987-05 arguable, skipped). "A commission headed by Venezuelan
  Investment Fund Minister Hector Hurtado ... will travel to Ecuador Tuesday to evaluate and co-ordinate an
  emergency relief program, he said" is CONSULT VEN -> ECU (a visit, visitor first), planned, 1987-03-10
  (the next Tuesday from Mon 9 March), location Ecuador; "he said" rule-3 attribution; the relief
  programme is the visit's purpose (AID arguable, skipped).
* 12968 (Senate cuts Panama aid, DCT Fri 1987-04-03, WASHINGTON): "The Democratic-controlled U.S. Senate
  voted to slash foreign aid to Panama" is SANCTION USA -> PAN on "voted" (an aid cut voted, the vote is
  the act, 34b), asserted, undated (no time expression, rule 17); "the Senate voted 58 to 31 to halve aid
  to Panama" its later mention. "but sided with President Reagan by refusing to cut U.S. aid to Mexico" is
  two records: SUPPORT USA -> USA (Reagan) on "sided" and REJECT USA -> USA (the cut's sponsors, implied,
  as the earlier sets' negative vote on a motion, EVENTS.md 7) on "refusing" (a negated SANCTION toward
  MEX arguable, "cut" skipped), both undated. "In what Senate opponents of a cutoff said was a surprise"
  is a STATEMENT (senators of a named body, USA GOV), DCT. "The measure, which the administration
  opposes" is REJECT USA -> USA (the Senate, implied), undated (a standing stance in the present tense,
  17a). "Panama is due to receive 28.5 mln dlrs in U.S. aid this year" is AID USA -> PAN on "aid",
  planned ("is due to"), 1987 ("this year", year). "A spokesman for the Senate Foreign Relations committee
  said if the House approves the measure too, half of this aid would be stopped" is SANCTION USA
  (implied) -> PAN (implied) on "stopped", hypothetical (conditional), undated, "said" rule-3 attribution
  (EVENTS.md speech-act rule 3; a STATEMENT explaining the procedure arguable); the earlier "before any
  aid would be stopped" is the same cut inside a condition (skipped), and House approval a condition.
* 1817 (UAW / AMC talks, DCT Wed 1987-03-04, DETROIT): "The United Auto Workers and American Motors Corp
  agreed to resume talks on a new labor contract ..., UAW vice-president Marc Stepp said" is AGREE USA
  ORG -> USA BUS, undated (no time expression of its own; "last weekend" governs the breakdown), "said"
  rule-3 attribution, the resumption its content. The talks broken off "last weekend" are a background
  nominal (the weekend of 28 February - 1 March spans two months; CONSULT arguable) and the breakdown the
  ending of talks (no type, own_blind). "Stepp told reporters that issues ... are being discussed between
  the two sides and that a main table bargaining session has been scheduled Friday in Milwaukee": "told"
  is rule-3 attribution and the two acts are CONSULTs UAW -> AMC: the discussions asserted, undated
  (present progressive, no time expression), the session planned, 1987-03-06 (the next Friday),
  Milwaukee. Renault's controlling stake is stative. "Stepp said the union intends to exert full
  efforts to reach an agreement" is a STATEMENT (an intention, AGREE hypothetical content), DCT; in it,
  "when AMC has said production will end unless the UAW grants concessions" is THREATEN USA BUS -> USA
  ORG (a conditional threat) on "said", dated by the DCT as a wire-style "has said" (EVENTS.md 16;
  undated as a perfect verbal act, sets 15/16, arguable). "The UAW leader said the company and the union
  agreed in principle in 1985 to pattern a future contract ..." is AGREE USA BUS -> USA ORG, 1985 (year),
  "said" attribution. "Stepp said there is such deep hostility ..." (ACCUSE arguable, an assessment of
  both sides) and "But he said it is possible to reach agreement ..." (a second record, EVENTS.md 3) are
  STATEMENTs, DCT. "AMC has said it will resume talks, but only for 24 hours ..." is CONSULT AMC -> UAW
  (implied), planned, taken as a later mention of Friday's session (the resumed talks; its date 1987-03-06;
  a separate undated CONSULT arguable), "said" rule-3 attribution. The contract assembly deal with
  Chrysler is a standing (habitual) arrangement (COOPERATE arguable, skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind36b.jsonl"

MIA = ("MIAMI", "USA")
WAS = ("WASHINGTON", "USA")
STO = ("STOCKHOLM", "SWE")
QUI = ("QUITO", "ECU")
DET = ("DETROIT", "USA")
WARSAW = ("Warsaw", "POL")
MILWAUKEE = ("Milwaukee", "USA")
ECUADOR = ("Ecuador", "ECU")

GROS = ("Brazilian Central Bank President Francisco Gros", "BRA", "GOV")
COMMITTEE = ("its bank advisory committee", None, "BUS")
BANKS_IMPLIED = (None, None, "BUS")
BRA_IMPLIED = (None, "BRA", "GOV")
REPORT = (None, "USA", "GOV")
SENATE = ("The Democratic-controlled U.S. Senate", "USA", "GOV")
USA_IMPLIED = (None, "USA", "GOV")
PAN_IMPLIED = (None, "PAN", "GOV")
UAW_IMPLIED = (None, "USA", "ORG")
AMC_IMPLIED = (None, "USA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-9215": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Brazil", "BRA", "GOV"), COMMITTEE, None,
             None, "unknown", None, "asserted", None,
             "Brazil and its bank advisory committee agreed to transmit a request for an extension of credit lines "
             "(the committee of several countries' banks: null); 'Gros said' is rule-3 attribution; no time "
             "expression: undated"),
            # 1
            ("CONSULT", "talks", (("Gros", "Speaking after"), "BRA", "GOV"),
             (("the committee", "talks with"), None, "BUS"), MIA,
             None, "unknown", None, "asserted", None,
             "Gros's talks with the bank committee 'here' (Miami); they precede the DCT-dated saying but have no "
             "time expression of their own: undated"),
            # 2
            ("STATEMENT", ("said", "Gros also"), (("Gros", "Gros also"), "BRA", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "he did not expect to make an interest payment to the banks at this moment (an expectation; REJECT "
             "toward the banks arguable); wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", ("added", "He added"), (("He", "He added"), "BRA", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "no one should expect dramatic developments before March 31 (assessment; the date governs the content)"),
            # 4
            ("REQUEST", "communicated", BRA_IMPLIED, ("Brazil's 700 bank creditors", None, "BUS"), None,
             "1987-03-26", "day", "tomorrow", "planned", None,
             "the request for the extension ('the decision') will be communicated to Brazil's 700 bank creditors "
             "by telex tomorrow (Brazil the requester, implied; the creditors a group: null); 'Gros said' is "
             "rule-3 attribution"),
            # 5
            ("REQUEST", "pressing", (("Banks", "Banks had been"), None, "BUS"), (("Brazil", "pressing"), "BRA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the creditor banks had been pressing Brazil to make a token interest payment (the banks as a group: "
             "null); narration with no time expression: undated"),
            # 6
            ("REJECT", ("said", "but Gros said"), (("Gros", "but Gros said"), "BRA", "GOV"), BANKS_IMPLIED, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "the government was unable to comply for the moment: a refusal of the banks' demand (speech-act rule "
             "2); DCT"),
            # 7
            ("AGREE", "stressed", (("He", "He stressed"), "BRA", "GOV"), BANKS_IMPLIED, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "Brazil was willing to pay as soon as it could: a conditional promise to the banks (implied; "
             "GUIDELINES.md; a STATEMENT arguable); DCT"),
            # 8
            ("STATEMENT", ("added", "but added that"), (("He", "He stressed"), "BRA", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "'stressed ... but added': second record (EVENTS.md 3): a payment is not connected with the extension"),
            # 9
            ("STATEMENT", ("said", "not be wise,\" he"), (("he", "not be wise,\""), "BRA", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "'That would not be wise' (evaluation); DCT"),
            # 10
            ("STATEMENT", ("said", "He said that the extension"), (("He", "He said that the extension"), "BRA", "GOV"),
             None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "the extension will not be carried out through an official instrument (no time for the legal "
             "requirements); DCT"),
            # 11
            ("CONSULT", "meet", (("Brazil", "Gros said Brazil"), "BRA", "GOV"),
             ("the 14-bank advisory committee", None, "BUS"), None,
             None, "unknown", None, "planned", None,
             "Brazil was likely to meet again with the 14-bank advisory committee ('was likely to': planned) once it "
             "has an economic plan to present; no time expression: undated; 'said' is rule-3 attribution"),
        ],
        "skip": [
            (("said", "Francisco Gros"), "rule-3 attribution (the agreement is the event)"),
            ("transmit", "content of the agreement"),
            (("request", "transmit a"), "content of the agreement (the request to the creditors is coded on "
                                        "'communicated')"),
            (("extension", "request for an"), "content of the agreement"),
            ("Speaking", "participial occasion of the statement"),
            (("make", "did not expect to"), "content of the statement (REJECT toward the banks arguable)"),
            ("developments", "content of the statement"),
            ("suspended", "Brazil's interest-payment freeze (no type, EVENTS.md 10)"),
            ("froze", "Brazil's freeze of credit lines (no type, EVENTS.md 10)"),
            (("said", "Bankers"), "anonymous-source talk (bankers)"),
            ("relay", "content of anonymous talk"),
            (("request", "the Brazilian"), "content of anonymous talk (anaphoric nominal)"),
            ("declined", "anonymous (the bankers' withheld statement)"),
            ("endorsing", "content of anonymous talk (SUPPORT arguable)"),
            (("said", "Gros said the decision"), "rule-3 attribution (the planned communication is the event)"),
            ("decision", "anaphoric nominal (the agreement)"),
            ("called", "naming inside the reporting clause"),
            ("arrangement", "anaphoric nominal (the agreement)"),
            ("comply", "content of the refusal"),
            (("pay", "willing to"), "content of the promise"),
            (("payment", "added that a"), "content of the statement"),
            (("extension", "connected with the"), "content of the statement"),
            ("carried out", "content of the statement"),
            ("complete", "content of the statement"),
            (("said", "Gros said Brazil"), "rule-3 attribution (the planned meeting is the event)"),
            ("present", "content (condition of the meeting)"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Brazilian Central Bank", "ORG", "BRA"),
            ("Francisco Gros", "PERSON", "BRA"),
            (("Gros", "Speaking after"), "PERSON", "BRA"),
            (("Brazil", "Brazil last month"), "GPE", "BRA"),
            (("Brazilian", "relay the"), "NORP", "BRA"),
            (("Gros", "Gros said the decision"), "PERSON", "BRA"),
            (("Brazil", "communicated to"), "GPE", "BRA"),
            (("Brazil", "pressing"), "GPE", "BRA"),
            (("Gros", "but Gros"), "PERSON", "BRA"),
            (("Brazil", "He stressed however that"), "GPE", "BRA"),
            (("Gros", "Gros said Brazil"), "PERSON", "BRA"),
            (("Brazil", "Gros said Brazil"), "GPE", "BRA"),
            (("Brazil", "once Brazil"), "GPE", "BRA"),
        ],
    },
    "reuters21578-7579": {
        "events": [],
        "skip": [
            ("authorised", "EC export tender administration (export licences, no type, as 3511's EC sugar tender), "
                           "relayed by anonymous traders"),
            ("started", "tender series (administration)"),
            (("said", "traders"), "anonymous-source talk (traders)"),
            ("rejected", "EC tender administration: bids by unnamed traders rejected (REJECT arguable)"),
            ("granted", "EC tender administration (maize export licences)"),
            ("moved", "statistics"),
            ("opened", "tender (administration)"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("French", "NORP", "FRA"),
        ],
    },
    "reuters21578-16477": {
        "events": [
            # 0
            ("COOPERATE", "acquired", (("Hoechst", "Hoechst, which"), "USA", "BUS"),
             (("Celanese Corp", "acquired"), "USA", "BUS"), None,
             "1987-02-27", "day", "Feb 27", "asserted", None,
             "Hoechst acquired Celanese Corp on Feb 27 (an acquisition between companies; a relative clause with its "
             "own date, EVENTS.md 11); 'Hoechst' read as the U.S. subsidiary, the story's subject (DEU as the "
             "parent Hoechst AG arguable)"),
            # 1
            ("STATEMENT", ("said", "Feb 27,"), (("Hoechst", "Hoechst, which"), "USA", "BUS"), None, WAS,
             "1987-04-13", "day", None, "asserted", None,
             "announcement of a notes and debentures offering (corporate finance: no type, blind2's bond issue); "
             "wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "the company said"), ("the company", "USA", "BUS"), None, WAS,
             "1987-04-13", "day", None, "asserted", None,
             "a group led by First Boston will underwrite the offering (corporate finance; COOPERATE arguable)"),
        ],
        "skip": [
            ("formed", "corporate structure (the subsidiary's formation)"),
            ("filed", "corporate finance (an SEC filing)"),
            (("offering", "debt offering"), "corporate finance (debt offering)"),
            (("repay", "debt offering to"), "corporate finance"),
            ("merger", "background nominal (the acquisition)"),
            (("offer", "plans to"), "corporate finance (content of the announcement)"),
            (("repay", "due 2017 to"), "corporate finance"),
            ("incurred", "corporate finance"),
            ("takeover", "anaphoric nominal (the acquisition)"),
            (("led", "A group"), "part of the underwriting group's description"),
            ("underwrite", "corporate finance (bond underwriting; COOPERATE arguable)"),
        ],
        "entities": [
            ("Hoechst Celanese Corp", "ORG", "USA"),
            ("Hoechst AG", "ORG", "DEU"),
            ("Frankfurt", "GPE", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("Securities and Exchange Commission", "ORG", "USA"),
            (("Hoechst", "Hoechst, which"), "ORG", "USA"),
            (("Celanese Corp", "acquired"), "ORG", "USA"),
            ("First Boston Corp", "ORG", "USA"),
        ],
    },
    "reuters21578-10794": {
        "events": [
            # 0
            ("COOPERATE", "sell", ("Skanska AB", "SWE", "BUS"), ("Banister Continental Ltd", "CAN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Skanska will sell its Canadian Foundation holding to Banister (an asset sale between companies); "
             "'said' is rule-3 attribution; no time expression: undated"),
            # 1
            ("STATEMENT", "told", ("A company spokeswoman", "SWE", "BUS"), None, STO,
             "1987-03-30", "day", None, "asserted", None,
             "terms of the sale: Banister shares as payment, 15 pct of Banister (16a's licence terms); a named "
             "company's spokeswoman; wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "She said"), (("She", "She said"), "SWE", "BUS"), None, STO,
             "1987-03-30", "day", None, "asserted", None,
             "Skanska will appoint two board members to the Canadian company (appointments are not events)"),
        ],
        "skip": [
            (("said", "Skanska AB"), "rule-3 attribution (the sale is the event)"),
            ("receive", "term of the sale (content)"),
            ("payment", "term of the sale (content)"),
            ("giving", "term of the sale (content)"),
            ("appointing", "appointment (not an event)"),
        ],
        "entities": [
            ("Swedish", "NORP", "SWE"),
            ("Skanska AB", "ORG", "SWE"),
            ("Canadian", "NORP", "CAN"),
            ("Canadian Foundation Company Ltd", "ORG", "CAN"),
            ("Banister Continental Ltd", "ORG", "CAN"),
            ("Reuters", "ORG", "GBR"),
            (("Skanska", "Reuters"), "ORG", "SWE"),
            (("Banister", "receive"), "ORG", "CAN"),
            (("Swedish", "giving the"), "NORP", "SWE"),
            (("Banister", "the expanded"), "ORG", "CAN"),
            (("Skanska", "She said"), "ORG", "SWE"),
            (("Canadian", "to the"), "NORP", "CAN"),
        ],
    },
    "reuters21578-18382": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Counselor in Warsaw"),
             ("the U.S. Agriculture Department's Counselor in Warsaw", "USA", "GOV"), None, WARSAW,
             "1987-06-11", "day", "June 11", "asserted", None,
             "field report: winter damage to Polish rapeseed appears minor; the report is dated June 11 "
             "(events_dev's field-report call, EVENTS.md 20), location Warsaw"),
            # 1
            ("STATEMENT", ("said", "dated June 11,"), REPORT, None, WARSAW,
             "1987-06-11", "day", "June 11", "asserted", None,
             "the report: about 40,000 hectares plowed under (statistics from Polish official statements, a "
             "document); the counselor implied as author (USA GOV)"),
            # 2
            ("STATEMENT", ("said", "previous forecasts, the report"), REPORT, None, WARSAW,
             "1987-06-11", "day", "June 11", "asserted", None,
             "the report: production forecast at 1.1 mln tonnes (forecast with no named agent, relayed)"),
        ],
        "skip": [
            ("field report", "part of the reporting clause (22b)"),
            ("statements", "Polish official statements relayed by the report (no named body)"),
            ("show", "a document (official statements) showing: not a speech act"),
            ("plowed", "statistics"),
            ("forecast", "passive forecast with no named agent (content of the report)"),
            ("produced", "statistics"),
        ],
        "entities": [
            ("Poland", "GPE", "POL"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Warsaw", "GPE", "POL"),
        ],
    },
    "reuters21578-3048": {
        "events": [
            # 0
            ("STATEMENT", ("said", "senior Energy Ministry official"), ("a senior Energy Ministry official", "ECU", "GOV"),
             None, QUI,
             "1987-03-09", "day", None, "asserted", None,
             "the suspension of oil shipments after the earthquake will last at least four months (an official of a "
             "named ministry, EVENTS.md 4; anonymous reading arguable); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The official said"), ("The official", "ECU", "GOV"), None, QUI,
             "1987-03-09", "day", None, "asserted", None,
             "exports could resume after the pipeline is repaired"),
            # 2
            ("STATEMENT", "told", (("the official", "repair the pipeline,"), "ECU", "GOV"), None, QUI,
             "1987-03-09", "day", None, "asserted", None,
             "the repair would cost about 100 mln dlrs (the continuation on domestic stocks and imports is part of "
             "it)"),
            # 3
            ("STATEMENT", ("said", "another Energy Ministry spokesman"), ("another Energy Ministry spokesman", "ECU", "GOV"),
             None, QUI,
             "1987-03-09", "day", None, "asserted", None,
             "Ecuador was pumping about 50,000 bpd above its OPEC quota (statistics of its own output)"),
            # 4
            ("STATEMENT", ("said", "the first official said"), ("the first official", "ECU", "GOV"), None, QUI,
             "1987-03-09", "day", None, "asserted", None,
             "Ecuador might build an emergency pipeline to hook up with a Colombian one (infrastructure, no type; "
             "COOPERATE with Colombia arguable)"),
            # 5
            ("STATEMENT", "estimated", (("He", "He estimated"), "ECU", "GOV"), None, QUI,
             "1987-03-09", "day", None, "asserted", None,
             "estimate: the pipeline could take about 60 days to build"),
            # 6
            ("AID", ("loan", "Venezuela would"), (("Venezuela", "Lusinchi said"), "VEN", "GOV"),
             (("Ecuador", "barrels of crude to"), "ECU", "GOV"), None,
             None, "unknown", None, "planned", None,
             "Venezuela would loan five mln barrels of crude to Ecuador (material help for the recipient); 'over the "
             "next three months' is a duration, not a date (1987-03 from its start arguable); Lusinchi's 'said' "
             "is rule-3 attribution; Caracas is where he spoke, not the loan's place"),
            # 7
            ("REQUEST", "asked", (("Ecuador", "Ecuador asked"), "ECU", "GOV"), (None, "VEN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Ecuador asked Venezuela (implied) for the loan; no time expression: undated; 'Lusinchi said' is "
             "rule-3 attribution"),
            # 8
            ("CONSULT", "travel",
             ("A commission headed by Venezuelan Investment Fund Minister Hector Hurtado", "VEN", "GOV"),
             (("Ecuador", "travel to"), "ECU", "GOV"), ECUADOR,
             "1987-03-10", "day", "Tuesday", "planned", None,
             "a Venezuelan commission will travel to Ecuador (a visit: visitor first, EVENTS.md 13); 'Tuesday' = the "
             "next Tuesday from Mon 9 March; 'he said' is rule-3 attribution"),
        ],
        "skip": [
            ("suspension", "consequence of an accident (the earthquake)"),
            ("cut", "accident (the earthquake)"),
            (("resume", "could"), "content of the statement"),
            ("repairing", "content of the statement"),
            ("links", "stative description"),
            (("repair", "It would take"), "content of the statement"),
            ("meet", "content (domestic supply)"),
            (("import", "would have to"), "content (imports from unnamed sellers)"),
            ("registered", "accident (the earthquake's strength)"),
            ("pumping", "oil production (content, no type)"),
            ("assigned", "background (OPEC quota allocation)"),
            ("exported", "statistics"),
            ("according to", "source of statistics (the central bank; no reporting verb)"),
            (("build", "might"), "content (hypothetical emergency pipeline)"),
            ("hook up", "content (COOPERATE with Colombia arguable)"),
            (("build", "60 days to"), "content of the estimate"),
            ("squeezed", "stative (market prices)"),
            (("suspended", "It suspended"), "Ecuador's interest-payment freeze (no type, EVENTS.md 10)"),
            ("owed", "stative"),
            (("said", "Jaime Lusinchi"), "rule-3 attribution (the loan is the event)"),
            ("make up", "purpose of the loan"),
            (("loan", "asked for the"), "anaphoric nominal (object of the request)"),
            ("guarantee", "purpose of the request"),
            (("ship", "would ship"), "term of the loan: repayment in kind in May (COOPERATE ECU -> VEN planned "
                                     "arguable)"),
            ("repayment", "term of the loan"),
            (("said", "May, Lusinchi"), "rule-3 attribution (the request is the event)"),
            ("headed", "part of the actor's description"),
            ("evaluate", "purpose of the visit"),
            ("co-ordinate", "purpose of the visit"),
            ("relief program", "purpose of the visit (AID VEN -> ECU arguable)"),
            (("said", "program, he"), "rule-3 attribution (the visit is the event)"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("Energy Ministry", "ORG", "ECU"),
            (("Ecuador", "The official said"), "GPE", "ECU"),
            ("Lago Agrio", "GPE", "ECU"),
            ("Balao", "GPE", "ECU"),
            ("Pacific", "LOC", None),
            ("U.S.", "GPE", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("Ecuador", "Reuters."), "GPE", "ECU"),
            (("Ecuador", "economic blow to"), "GPE", "ECU"),
            (("Ecuador", "Financially pressed"), "GPE", "ECU"),
            ("Organisation of Petroleum Exporting Countries", "ORG", None),
            ("OPEC", "ORG", None),
            (("Energy Ministry", "another"), "ORG", "ECU"),
            (("Ecuador", "However,"), "GPE", "ECU"),
            ("Colombian", "NORP", "COL"),
            (("Ecuador", "He estimated"), "GPE", "ECU"),
            ("Latin America", "LOC", None),
            ("Caracas", "GPE", "VEN"),
            ("Jaime Lusinchi", "PERSON", "VEN"),
            ("Venezuela", "GPE", "VEN"),
            (("Ecuador", "barrels of crude to"), "GPE", "ECU"),
            (("Ecuador", "Ecuador asked"), "GPE", "ECU"),
            (("Venezuela", "back to"), "GPE", "VEN"),
            (("Lusinchi", "May,"), "PERSON", "VEN"),
            ("Venezuelan Investment Fund", "ORG", "VEN"),
            ("Hector Hurtado", "PERSON", "VEN"),
            ("Petroleos de Venezuela", "ORG", "VEN"),
            (("Ecuador", "travel to"), "GPE", "ECU"),
        ],
    },
    "reuters21578-12968": {
        "events": [
            # 0
            ("SANCTION", "voted", SENATE, ("Panama", "PAN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the Senate voted to slash foreign aid to Panama (an aid cut; the vote is the act, 34b); no time "
             "expression: undated (rule 17)"),
            # 1
            ("SUPPORT", "sided", SENATE, ("President Reagan", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the Senate sided with Reagan (by refusing to cut aid to Mexico); undated"),
            # 2
            ("REJECT", "refusing", SENATE, USA_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "refused to cut U.S. aid to Mexico: a negative vote on a proposal (EVENTS.md 7), actor2 its sponsors "
             "(implied, as the earlier sets' opposition to a motion); a negated SANCTION toward MEX arguable; "
             "undated"),
            # 3
            ("STATEMENT", ("said", "opponents of a cutoff"), ("Senate opponents of a cutoff", "USA", "GOV"), None, WAS,
             "1987-04-03", "day", None, "asserted", None,
             "senators opposed to the cutoff said the vote was a surprise (assessment); wire style: DCT"),
            # 4
            ("SANCTION", ("voted", "the Senate voted 58"), (("the Senate", "a surprise,"), "USA", "GOV"),
             (("Panama", "halve aid to"), "PAN", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the Senate voted 58 to 31 to halve aid to Panama"),
            # 5
            ("REJECT", "opposes", ("the administration", "USA", "GOV"), USA_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the administration opposes the Senate's measure (opposition to a proposal; the Senate implied); a "
             "standing stance in the present tense: undated (17a)"),
            # 6
            ("AID", ("aid", "mln dlrs in U.S."), (("U.S.", "mln dlrs in"), "USA", "GOV"),
             (("Panama", "Panama is due"), "PAN", "GOV"), None,
             "1987", "year", "this\nyear", "planned", None,
             "Panama is due to receive 28.5 mln dlrs in U.S. aid this year ('is due to': planned; year)"),
            # 7
            ("SANCTION", ("stopped", "half of this aid would be"), USA_IMPLIED, PAN_IMPLIED, None,
             None, "unknown", None, "hypothetical", None,
             "if the House approves, half of Panama's aid would be stopped (the main proposition is a typed action: "
             "speech-act rule 3, the spokesman's 'said' attribution; conditional: hypothetical; a STATEMENT "
             "explaining the procedure arguable); no time expression: undated"),
        ],
        "skip": [
            ("slash", "content of the vote"),
            ("trafficking", "background (cause)"),
            (("cut", "refusing to"), "content of the refusal (a negated SANCTION toward MEX arguable)"),
            ("protest", "content (purpose of the proposed cut)"),
            ("failing", "content (ACCUSE of Mexico by the proposal's sponsors arguable)"),
            ("cooperate", "content"),
            ("war", "background nominal (the U.S. war against drugs)"),
            ("cutoff", "anaphoric nominal"),
            ("halve", "content of the vote"),
            ("measure", "anaphoric nominal"),
            ("approval", "condition (House approval)"),
            (("stopped", "any aid would be"), "the same hypothetical cut inside a condition (coded in the last "
                                              "sentence)"),
            ("receive", "part of the planned aid (coded on 'aid')"),
            (("said", "Relations committee"), "rule-3 attribution (the hypothetical cut is the event)"),
            ("approves", "condition"),
        ],
        "entities": [
            ("Democratic", "NORP", "USA"),
            ("U.S. Senate", "ORG", "USA"),
            ("Panama", "GPE", "PAN"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "refusing to cut"), "GPE", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("American", "NORP", "USA"),
            (("Senate", "In what"), "ORG", "USA"),
            (("Senate", "a surprise,"), "ORG", "USA"),
            (("Panama", "halve aid to"), "GPE", "PAN"),
            ("House", "ORG", "USA"),
            (("Panama", "Panama is due"), "GPE", "PAN"),
            (("U.S.", "mln dlrs in"), "GPE", "USA"),
            ("Senate Foreign Relations committee", "ORG", "USA"),
            (("House", "if the"), "ORG", "USA"),
        ],
    },
    "reuters21578-1817": {
        "events": [
            # 0
            ("AGREE", "agreed", ("The United Auto Workers", "USA", "ORG"), ("American Motors Corp", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the UAW and AMC agreed to resume talks on a new labor contract; 'last weekend' dates the breakdown, "
             "not the agreement: undated; 'Stepp said' is rule-3 attribution"),
            # 1
            ("CONSULT", "discussed", ("the two sides", "USA", "ORG"), AMC_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the issues are being discussed between the two sides (UAW and AMC; 'told' is rule-3 attribution); "
             "present progressive with no time expression: undated"),
            # 2
            ("CONSULT", "session", UAW_IMPLIED, AMC_IMPLIED, MILWAUKEE,
             "1987-03-06", "day", "Friday", "planned", None,
             "a main table bargaining session scheduled Friday in Milwaukee (both sides implied); the next Friday "
             "from Wed 4 March"),
            # 3
            ("STATEMENT", ("said", "Stepp said the union"), (("Stepp", "Stepp said the union"), "USA", "ORG"), None, DET,
             "1987-03-04", "day", None, "asserted", None,
             "the union intends to exert full efforts to reach an agreement keeping the plant open (an intention; "
             "the agreement is hypothetical content); wire style: DCT, dateline city"),
            # 4
            ("THREATEN", ("said", "AMC has said production"), (("AMC", "when AMC"), "USA", "BUS"),
             (("the UAW", "unless"), "USA", "ORG"), DET,
             "1987-03-04", "day", None, "asserted", None,
             "AMC has said production will end unless the UAW grants concessions: a conditional threat (asserted); "
             "a wire-style 'has said' with no time expression: DCT (EVENTS.md 16; undated as a perfect verbal act, "
             "sets 15/16, arguable)"),
            # 5
            ("AGREE", ("agreed", "the company and the union"), (("the company", "The UAW leader said"), "USA", "BUS"),
             (("the union", "the company and"), "USA", "ORG"), None,
             "1985", "year", "in 1985", "asserted", None,
             "the company and the union agreed in principle in 1985 to pattern a future contract on lower-cost UAW "
             "contracts; 'said' is rule-3 attribution"),
            # 6
            ("STATEMENT", ("said", "Stepp said there"), (("Stepp", "Stepp said there"), "USA", "ORG"), None, DET,
             "1987-03-04", "day", None, "asserted", None,
             "deep hostility between the company and the union locals (an assessment of both sides; ACCUSE arguable)"),
            # 7
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"), "USA", "ORG"), None, DET,
             "1987-03-04", "day", None, "asserted", None,
             "'Stepp said ... But he said': second record (EVENTS.md 3): agreement on a new contract is possible"),
            # 8
            ("CONSULT", ("talks", "will resume"), (("AMC", "AMC has said it"), "USA", "BUS"), UAW_IMPLIED, None,
             "1987-03-06", "day", "Friday", "planned", 2,
             "later mention: AMC will resume talks (only for 24 hours) with the union (implied) = the resumed talks "
             "scheduled Friday (a separate undated CONSULT arguable); 'has said' is rule-3 attribution"),
        ],
        "skip": [
            (("resume", "agreed to"), "content of the agreement"),
            (("talks", "agreed to resume"), "content of the agreement"),
            (("contract", "new labor"), "content of the agreement"),
            ("threatened", "adjective (the plant's threatened future: background)"),
            ("breakdown", "ending of talks: no clear type (own_blind)"),
            (("talks", "breakdown in"), "background nominal: the talks broken off last weekend (28 February - 1 "
                                        "March spans two months; CONSULT arguable)"),
            (("said", "vice-president"), "rule-3 attribution (the agreement is the event)"),
            ("told", "rule-3 attribution (the discussions and the scheduled session are the events)"),
            ("caused", "content"),
            ("break off", "content (ending of talks: no type)"),
            ("scheduled", "frame of the planned session (coded on 'session')"),
            ("stake", "stative description (Renault's ownership)"),
            ("exert", "content of the statement"),
            (("reach", "to"), "content of the statement"),
            (("agreement", "reach an"), "content of the statement (hypothetical agreement)"),
            ("keep", "content of the statement"),
            (("end", "production will"), "content of the threat"),
            ("grants", "content of the threat"),
            (("concessions", "grants"), "content of the threat"),
            (("said", "The UAW leader"), "rule-3 attribution (the 1985 agreement is the event)"),
            ("pattern", "content of the agreement"),
            (("covering", "future contract"), "stative"),
            (("covering", "UAW contracts"), "stative"),
            ("operated", "stative"),
            ("hostility", "content of the statement (ACCUSE arguable)"),
            ("communication", "content of the statement"),
            (("agreement", "possible to reach"), "content of the statement"),
            ("save", "content of the statement"),
            ("impasse", "anaphoric nominal"),
            (("said", "AMC has said it"), "rule-3 attribution (the planned talks are the event)"),
            ("ascertain", "purpose of the talks"),
            (("agree", "willing to"), "content"),
            (("concessions", "agree to the"), "content"),
            ("wants", "content"),
            ("builds", "habitual production"),
            ("deal", "standing contract assembly deal between AMC and Chrysler (habitual; COOPERATE arguable)"),
        ],
        "entities": [
            ("United Auto Workers", "ORG", "USA"),
            ("American Motors Corp", "ORG", "USA"),
            ("Kenosha", "GPE", "USA"),
            ("Wisc.", "GPE", "USA"),
            ("UAW", "ORG", "USA"),
            ("Marc Stepp", "PERSON", "USA"),
            (("Stepp", "Stepp told"), "PERSON", "USA"),
            ("Milwaukee", "GPE", "USA"),
            ("France", "GPE", "FRA"),
            ("Regie Nationale des Usines Renault", "ORG", "FRA"),
            (("American Motors", "controlling stake in"), "ORG", "USA"),
            (("Stepp", "Stepp said the union"), "PERSON", "USA"),
            ("AMC", "ORG", "USA"),
            (("UAW", "unless the"), "ORG", "USA"),
            (("UAW", "The UAW leader"), "ORG", "USA"),
            (("Kenosha", "6,000"), "GPE", "USA"),
            (("UAW", "lower-cost"), "ORG", "USA"),
            ("Mazda Motor Corp", "ORG", "JPN"),
            (("U.S.", "Mazda"), "GPE", "USA"),
            ("Michigan", "GPE", "USA"),
            ("New United Motor", "ORG", "USA"),
            ("California", "GPE", "USA"),
            ("Toyota", "ORG", "JPN"),
            (("Stepp", "Stepp said there"), "PERSON", "USA"),
            (("Milwaukee", "union locals in"), "GPE", "USA"),
            (("Kenosha", "Milwaukee and"), "GPE", "USA"),
            (("UAW", "jobs of"), "ORG", "USA"),
            (("AMC", "members at"), "ORG", "USA"),
            ("Wisconsin", "GPE", "USA"),
            (("AMC", "AMC has said it"), "ORG", "USA"),
            (("Kenosha", "The Kenosha plant"), "GPE", "USA"),
            (("AMC", "plant builds"), "ORG", "USA"),
            (("Renault", "AMC's"), "ORG", "FRA"),
            ("Chrysler Corp", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
