"""Build ``own_blind34a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind34a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,658 left); 24 drawn with random.Random(34101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
43 event records (40 first mentions, 3 later mentions), 122 not_annotated spans, 98 entity mentions;
no article without events; 211 (Houston Oil Trust) and 6267 (USDA certificates) have reporting-clause
STATEMENTs only, 19539 (Bangladesh) one RETREAT besides them. Types: STATEMENT 23, COERCE 5, CONSULT 3,
ACCUSE 3, SANCTION 2, RETREAT 2, REJECT 1, AGREE 1, AID 1, REQUEST 1, COOPERATE 1; modality: asserted 37,
planned 4, negated 2; precision: day 25, unknown 12, month 6.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: the skip "report"
matching inside "Sims told reporters" instead of "failure to report" (the first context tried, "failure
to", still hit it, as Bracy's "failure to follow" comes earlier); date_texts broken across lines, "last\nmonth",
are given as written). The guideline splitter breaks after the ranks "Cpl." and "Sgt." (not in its
abbreviation list), so in 11865 the records of Bracy, Lonetree and Stufflebeam have sentences that start
at the name, and their actor2 spans are the names inside those sentences. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Commerce Minister
Mohammad Abdul Munim", "Pentagon spokesman Bob Sims": ORG "Pentagon" + PERSON; "U.S. Ambassador to
Thailand William Brown": GPE "U.S.", GPE "Thailand" + PERSON; "Marine Cpl. Arnold Bracy", "Sgt. Clayton
Lonetree", "Staff Sgt. Robert Stanley Stufflebeam": the PERSON), but a named body after a title is
("Deputy Administrator for Commodity Operations, USDA": ORG "USDA"; "Commodity Operations" is the post's
field, not tagged); "Marine" (a member of the U.S. Marine Corps: "U.S. Marine", "Marine guards",
"ex-Marine") is a service word like a rank and is not tagged; a body with its country word is one ORG
span ("American Embassy" USA, as 27a's "U.S. Embassy"); Tehran Radio ORG IRN (one span, no nested GPE,
as 4b's Petroleos de Venezuela; the state radio); the British Broadcasting Corp and the Foreign Office
ORG GBR; England GPE GBR (as 15b); the Pentagon, the State Department, the Agriculture Department, USDA,
the Commodity Credit Corp / CCC and the National Grain and Feed Association ORG USA; the KGB ORG SUN,
"Soviet" NORP SUN, Moscow GPE SUN; Houston Oil Trust ORG USA (one span); American Barrick Resources Corp /
"American Barrick" ORG CAN (the text gives no nationality: the Toronto company of a TORONTO story, as 33b's
Moody's; USA from the name or null arguable), Peabody Coal Co ORG USA ("of Kentucky"), Ohio and Kentucky
GPE USA; the International Coffee Organization ORG null; "Latin American" and "Central American" NORP
null; Het Comite ORG NLD (all seven mentions, "The Het Comite spokesman" included), the Business Appeal
Court, the Business Administration Court and "The Administration Court" ORG NLD (one Dutch court under
two names), "The Hague" GPE NLD with its capital article and "Hague" in "the Hague" without the
lower-case one; "the Appeal Court in Luxembourg" (the European Court) ORG null, the lower-case
"Luxembourg appeal court" not an ORG (only its "Luxembourg" GPE LUX); FEFAC ORG null, "European" NORP
null, the EC ORG null, Brussels GPE BEL; the lower-case commodity board is not tagged (its "Dutch" is NORP
NLD); the Commerce Ministry ORG BGD; Reuters ORG GBR; currencies ("U.S. Dlrs": the "U.S." is a GPE,
guilder) are not tagged.

Judgement calls made here:
* 18522 (Iran-UK diplomats, DCT Thu 1987-06-18, LONDON): "Tehran Radio said all but one Iranian
  diplomat in London would return home within two weeks" is SANCTION IRN -> GBR: withdrawing diplomats
  in a diplomatic row is PLOVER's reduce relations / expel or withdraw (EVENTS.md 9's broken relations;
  RETREAT as a "withdrawal" arguable), both sides implied (text null: the Iranian government recalls, the
  diplomats are its staff), planned, undated ("within two weeks" runs from June into July: no single
  value), located in London; the radio's "said" is rule-3 attribution. "followed an announcement by the
  Foreign Office in London that Britain had withdrawn four of its six remaining diplomats in Tehran" is
  SANCTION GBR ("Britain") -> IRN (implied), undated (pluperfect, no time expression), the announcement
  rule-3 attribution. "the arrest of an Iranian consular official in England followed by the abduction
  of a British envoy in Tehran" are background nominals in the row's history (skipped; COERCE GBR -> IRN
  and ASSAULT arguable), but "who was later freed" is a finite clause: RETREAT (a release) by Iran
  (implied) -> the envoy (GBR GOV), undated ("later" has no value). The BBC's monitoring, "moves" and
  "row" are skipped.
* 211 (Houston Oil Trust, DCT 1987-02-26, HOUSTON): three STATEMENTs by the trust (USA BUS, DCT): the
  study completed by unnamed independent engineers (no type, so the reporting clause is the record), the
  forecast of no cash distributions (corporate finance, content) and the decreases (statistics).
* 6267 (USDA certificates, DCT 1987-03-17, WASHINGTON): "an Agriculture Department official said" (an
  official of a named department, EVENTS.md 4), Klopfenstein's "told participants at the National Grain
  and Feed Association's annual convention" (the audience is not an actor2; the convention's place is not
  given, so the dateline city; "this year" dates the CCC's reliance, not the telling) and his two "said"
  clauses are STATEMENTs (USA GOV, DCT): the certificate programme, grain relocation and loan levels are
  domestic programme and price policy (content).
* 6595 (coffee producers, DCT Wed 1987-03-18, NEW YORK): every speaker is anonymous ("Several traders and
  analysts", "Two traders, who asked not to be named", "Another source"), so their "told" / "said" are
  skipped, but the identifiable acts they report are coded (32a's 19169). "Latin American coffee producers
  will meet this weekend in Managua" is CONSULT by the group (null GOV, no actor2, as 33b's Cairo meeting),
  planned, "this weekend" = 21-22 March: 1987-03 at month precision (EVENTS.md 21), located in Managua.
  "International Coffee Organization quota talks last month" is a nominal with its own date (EVENTS.md 11):
  CONSULT by the ICO (null IGO, no actor2), 1987-02, asserted; "the February talks" is its later mention
  (its own month, 1987-02); the talks' "breakdown" has no type and the meeting's purposes ("review",
  "formulate", "possible future negotiations") are content. "a minority producer group at the February
  talks that opposed Brazil's position" is REJECT by the group (null GOV: Costa Rica, Honduras and others;
  split CRI / HND records arguable) -> BRA (rejecting a negotiating position; ACCUSE arguable), placed
  inside the February talks (rule 3): 1987-02. Brazil's expected attendance, the Central American
  "attendees" (Costa Rica, Honduras) and Colombia's probable absence are participants of the meeting
  already coded (skipped, as 33b's "represented"; CONSULT BRA / CRI / HND planned and COL negated
  arguable); the anonymity requests have no type.
* 9907 (Dutch grain levy test case, DCT Thu 1987-03-26, ROTTERDAM): "A large Dutch animal feed compounder
  will begin formal legal proceedings early next month as a test case on the way the EC grain
  co-responsibility levy is applied" is ACCUSE (a lawsuit, 32a's "sued"; PLOVER bring lawsuit) NLD BUS,
  actor2 null (the defendant is not named in the clause, EVENTS.md 14; the Dutch commodity board, NLD GOV,
  arguable; the EC would be null too), planned, "early next month" = 1987-04, located in The Hague (the
  court named later); the Het Comite spokesman's "told" is rule-3 attribution. "has been co-ordinating
  national actions against alleged distortions" is an association's ongoing co-ordination (skipped, with
  the generic "actions"); "since December, has lodged more than 80 individual cases with the Business
  Appeal Court in The Hague" is ACCUSE Het Comite (NLD ORG) -> null, dated by its start: 1986-12 (32a's
  "since last summer"). "Het Comite has obtained a temporary agreement that companies can pay ... to the
  Dutch grain commodity board" is AGREE NLD ORG -> the board (NLD GOV: an agreement needs two parties and
  the board is the payee named in the clause), undated (present perfect). "said Het Comite will provide
  financial and legal backing to the test case" is AID (financial help; SUPPORT arguable) -> the
  compounder (implied NLD BUS), planned, undated, "said" attribution. "Oral proceedings are to begin on
  April 10" is court procedure with no acting party (skipped; a later mention of the test case dated
  1987-04-10 arguable). "said Het Comite finally selected the company ..." is a STATEMENT (an internal
  choice has no type), "The name of the company is not being made public" a withheld STATEMENT (negated,
  Het Comite implied, as 10b's "terms were not disclosed"), and the spokesman's "said it was very likely
  it would refer questions to the Appeal Court in Luxembourg" a forecast STATEMENT (the referral is
  content; REQUEST NLD -> the EC court arguable); the Administration Court "is not expected to make a
  final ruling" is an impersonal expectation (skipped). "the actions by Dutch animal feed compounders are
  putting pressure on the commodity board to urge the Dutch government ..." is REQUEST NLD BUS -> the
  board (NLD GOV) on the event noun "pressure", undated (a present progressive standing pressure, sets
  17/18; "Meanwhile" has no value), "the spokesman said" attribution; what the board is pressed to do
  (urge, follow through, seek a review in Brussels) is content and the government's "earlier statements"
  a background nominal. "Het Comite ... is also a party to actions protesting the whole levy in the
  Luxembourg appeal court" is ACCUSE (legal actions, not PROTEST) NLD ORG -> null (the EC: null either
  way), undated (present-tense standing), located in Luxembourg; trigger "actions", with "protesting" left
  unskipped so a system may put the trigger there.
* 11865 (Marine spy case, DCT Wed 1987-04-01, WASHINGTON): "A second U.S. Marine has been charged with
  spying" is COERCE (PLOVER: arrest, detain or charge with legal action; ACCUSE arguable) by the U.S.
  military authority (implied USA MIL) -> the Marine (USA MIL), dated 1987-03-31 by its later mention
  "Marine Cpl. Arnold Bracy, 21, was charged yesterday" (the first mention takes the later mention's time
  expression, 13b/22a); "and a third arrested on suspicion of lying" is COERCE, undated ("yesterday" in
  "The Pentagon made the announcements yesterday" dates the announcements, which are rule-3 attribution
  of the charges and the arrest), and "Pentagon spokesman Bob Sims told reporters a third Marine, Staff
  Sgt. Robert Stanley Stufflebeam ... was being held on suspicion of lying to investigators" is its later
  mention (undated as its first mention; "told" attribution). "Clayton Lonetree, whose arrest triggered
  the spy-sex scandal, has already been charged with espionage" is a separate COERCE, undated (present
  perfect); his earlier arrest is a background nominal (skipped). "the State Department said U.S.
  Ambassador to Thailand William Brown had been called home to supervise a security review of the
  embassy" is a STATEMENT (a reassignment has no type; DCT) and "a case which U.S. officials have said
  involved sex with Soviet women" a STATEMENT (officials of a named government; "have said" takes the DCT,
  EVENTS.md 16). The agentless "is alleged to have been penetrated by Soviet KGB agents helped by Marine
  guards" and "is suspected of failure to report ..." are skipped with their content (COOPERATE USA -> SUN
  and ACCUSE by unnamed investigators arguable).
* 12368 (American Barrick, DCT Wed 1987-04-01, TORONTO): "said it sold two coal supply agreements and
  certain mining equipment ... to Peabody Coal Co, of Kentucky" is COOPERATE CAN BUS -> USA BUS (a
  completed sale between companies, EVENTS.md 8), undated (rule 17), "said" attribution; the "coal supply
  agreements" are objects of the sale (not an AGREE). "Terms were not disclosed" is a withheld STATEMENT
  (negated, the seller implied); "the company said without further elaborating" (a forecast; "without
  further elaborating" part of it) and "it said" (the sale completes the planned disposition of its
  non-gold assets) are STATEMENTs (DCT). The sale of the remaining coal assets (buyer unnamed) is a
  background nominal (COOPERATE arguable).
* 19539 (Bangladesh imports, published 1987-06-29 06:16, dateline "DHAKA, June 28": DCT 1987-06-29, the
  date of published_at, as GUIDELINES.md's dateline-versus-DCT call): "after the government relaxed
  restrictions on some imports including luxury cars" is RETREAT BGD GOV (easing trade barriers,
  15a/22a/33b), actor2 null (no party named), undated (no time expression; July 1 is the fiscal year's
  start). Munim's "said" (the changes' aims), "told reporters" (the government is easing procedures for
  exporters and importers: a domestic measure with no party, skipped; RETREAT arguable), "The minister
  said" (ending the car restrictions and the sales tax will not harm the economy: the ending anaphoric,
  the tax cut domestic price policy), "said Bangladesh feared a further drop in prices for its main export
  jute" and "But Munim said ..." are STATEMENTs, as are the Commerce Ministry officials' "told Reuters",
  "they added" (EVENTS.md 3: two records) and "They said" (officials of a named ministry, EVENTS.md 4);
  all DCT, DHAKA. "The country has set its export target" is a domestic target (no type); the trade gap
  "is expected to widen" is impersonal and the jute exports "fell" according to official figures are
  statistics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind34a.jsonl"

HOU = ("HOUSTON", "USA")
WAS = ("WASHINGTON", "USA")
ROT = ("ROTTERDAM", "NLD")
TOR = ("TORONTO", "CAN")
DHA = ("DHAKA", "BGD")
LONDON = ("London", "GBR")
TEHRAN = ("Tehran", "IRN")
MANAGUA = ("Managua", "NIC")
HAGUE = ("The Hague", "NLD")
LUXEMBOURG = ("Luxembourg", "LUX")

IRN_IMPLIED = (None, "IRN", "GOV")
GBR_IMPLIED = (None, "GBR", "GOV")
USA_MIL_IMPLIED = (None, "USA", "MIL")
ICO_IMPLIED = (None, None, "IGO")
KLOPFENSTEIN = ("Ralph Klopfenstein", "USA", "GOV")
MUNIM = ("Commerce Minister Mohammad Abdul Munim", "BGD", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18522": {
        "events": [
            # 0
            ("SANCTION", "return", IRN_IMPLIED, GBR_IMPLIED, LONDON,
             None, "unknown", None, "planned", None,
             "all but one Iranian diplomat in London will return home: Iran withdraws its diplomats in a diplomatic row "
             "(PLOVER SANCTION: reduce relations / expel or withdraw, EVENTS.md 9; RETREAT as a 'withdrawal' arguable); "
             "Iran implied as actor, Britain implied as target; 'within two weeks' runs from June into July (no single "
             "value): undated; Tehran Radio's 'said' is rule-3 attribution"),
            # 1
            ("SANCTION", "withdrawn", ("Britain", "GBR", "GOV"), IRN_IMPLIED, TEHRAN,
             None, "unknown", None, "asserted", None,
             "Britain had withdrawn four of its six remaining diplomats in Tehran (reduce relations, as above); the "
             "Foreign Office's announcement is rule-3 attribution; pluperfect with no time expression: undated"),
            # 2
            ("RETREAT", "freed", IRN_IMPLIED, ("a British envoy", "GBR", "GOV"), TEHRAN,
             None, "unknown", None, "asserted", None,
             "the abducted British envoy was later freed (a release = RETREAT; the Iranian side implied, text null); "
             "'later' has no value: undated"),
        ],
        "skip": [
            ("said", "rule-3 attribution (Iran's planned withdrawal of its diplomats is the event)"),
            ("report", "anaphoric nominal (the radio report)"),
            ("monitored", "the BBC's monitoring of the broadcast: no type"),
            ("followed", "temporal relation between the report and the announcement"),
            ("announcement", "rule-3 attribution (the British withdrawal is the event)"),
            ("moves", "anaphoric nominal (the two withdrawals)"),
            ("row", "background nominal (the diplomatic row as a whole)"),
            ("started", "aspectual (the row's beginning)"),
            ("arrest", "background nominal in the row's history (COERCE GBR -> IRN arguable; undated)"),
            (("followed", "England"), "temporal relation"),
            ("abduction", "background nominal in the row's history (ASSAULT by unnamed abductors arguable; undated)"),
        ],
        "entities": [
            ("Tehran Radio", "ORG", "IRN"),
            ("Iranian", "NORP", "IRN"),
            ("London", "GPE", "GBR"),
            ("British Broadcasting Corp", "ORG", "GBR"),
            ("Foreign Office", "ORG", "GBR"),
            (("London", "Foreign Office in"), "GPE", "GBR"),
            ("Britain", "GPE", "GBR"),
            (("Tehran", "remaining diplomats in"), "GPE", "IRN"),
            (("Iranian", "arrest of an"), "NORP", "IRN"),
            ("England", "GPE", "GBR"),
            (("British", "abduction of a"), "NORP", "GBR"),
            (("Tehran", "British envoy in"), "GPE", "IRN"),
        ],
    },
    "reuters21578-211": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Houston Oil Trust", "USA", "BUS"), None, HOU,
             "1987-02-26", "day", None, "asserted", None,
             "the engineers' annual reserves study and its estimates (the study by unnamed engineers has no type, so "
             "the reporting clause is the record); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the trust said"), (("the trust", "Based on the estimate,"), "USA", "BUS"), None, HOU,
             "1987-02-26", "day", None, "asserted", None,
             "forecast: there may be no money for cash distributions to unitholders for the rest of the year"),
            # 2
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "BUS"), None, HOU,
             "1987-02-26", "day", None, "asserted", None,
             "statistics: the estimates reflect decreases of 44 pct and 39 pct from the 1985 study"),
        ],
        "skip": [
            ("completed", "a study by unnamed independent engineers: no type (content of the statement)"),
            ("estimates", "content (the study's estimate)"),
            (("estimate", "Based on the"), "anaphoric nominal (the study's estimate)"),
            ("distributions", "corporate finance (cash distributions to unitholders; content of the forecast)"),
            ("reflect", "statistics (content)"),
            ("decrease", "statistics"),
            (("made", "study"), "background (the 1985 study)"),
        ],
        "entities": [
            ("Houston Oil Trust", "ORG", "USA"),
        ],
    },
    "reuters21578-6267": {
        "events": [
            # 0
            ("STATEMENT", "said", ("an Agriculture Department official", "USA", "GOV"), None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "forecast: seven to eight billion dlrs of generic certificates on the market by the end of harvest (an "
             "official of a named department: identifiable, EVENTS.md 4); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", KLOPFENSTEIN, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "the CCC will depend heavily on certificates to relieve storage problems this year ('this year' dates the "
             "reliance, not the telling); told to the NGFA convention (the audience is not an actor2; the convention's "
             "place is not given: dateline city)"),
            # 2
            ("STATEMENT", ("said", "Klopfenstein said that"), (("Klopfenstein", "Klopfenstein said that"), "USA", "GOV"),
             None, WAS, "1987-03-17", "day", None, "asserted", None,
             "the CCC will not be able to relocate grain this fall, so certificates will be used (domestic programme)"),
            # 3
            ("STATEMENT", ("said", "Klopfenstein said certificates"),
             (("Klopfenstein", "Klopfenstein said certificates"), "USA", "GOV"), None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "assessment: certificates let prices go below loan levels and give USDA an inventory tool"),
        ],
        "skip": [
            ("depend", "content: the CCC's reliance on certificates (domestic programme, no type)"),
            ("relieve", "purpose (content)"),
            ("convention", "venue of the statement"),
            ("relocate", "content (negated domestic grain movement)"),
            ("used", "content (domestic programme)"),
            ("allowing", "content (domestic price policy)"),
            ("providing", "content"),
        ],
        "entities": [
            ("Agriculture Department", "ORG", "USA"),
            ("Commodity Credit Corp", "ORG", "USA"),
            ("Ralph Klopfenstein", "PERSON", "USA"),
            ("USDA", "ORG", "USA"),
            ("National Grain and Feed Association", "ORG", "USA"),
            (("Klopfenstein", "Klopfenstein said that"), "PERSON", "USA"),
            ("CCC", "ORG", "USA"),
            (("Klopfenstein", "Klopfenstein said certificates"), "PERSON", "USA"),
            (("USDA", "providing"), "ORG", "USA"),
        ],
    },
    "reuters21578-6595": {
        "events": [
            # 0
            ("CONSULT", "meet", ("Latin American coffee producers", None, "GOV"), None, MANAGUA,
             "1987-03", "month", "this weekend", "planned", None,
             "Latin American coffee producers will meet this weekend in Managua (a group of countries: null, no actor2, "
             "as 33b's Cairo meeting); an identifiable act reported by anonymous traders (32a's 19169: the act coded, "
             "the anonymous 'told' skipped); 'this weekend' from Wed 1987-03-18 = 21-22 March: month (EVENTS.md 21)"),
            # 1
            ("CONSULT", "talks", (("International Coffee Organization", "breakdown of"), None, "IGO"), None, None,
             "1987-02", "month", "last\nmonth", "asserted", None,
             "the International Coffee Organization quota talks last month (a nominal with its own date, EVENTS.md "
             "11); the ICO as the body (null IGO), no actor2; 'last month' = 1987-02"),
            # 2
            ("CONSULT", ("talks", "the February"), ICO_IMPLIED, None, None,
             "1987-02", "month", "February", "asserted", 1,
             "later mention: 'the February talks' (its own time expression, a bare past month = 1987-02)"),
            # 3
            ("REJECT", "opposed", ("a minority producer group", None, "GOV"), (("Brazil", "opposed"), "BRA", "GOV"), None,
             "1987-02", "month", "February", "asserted", None,
             "the minority producer group (Costa Rica, Honduras and others: a group, null) opposed Brazil's position at "
             "the February talks (rejecting a negotiating position = REJECT; ACCUSE arguable; split CRI / HND records "
             "arguable); placed inside the February talks (rule 3): 1987-02; relayed by anonymous traders"),
        ],
        "skip": [
            ("told", "anonymous-source talk (traders and analysts)"),
            (("said", "they said, is"), "anonymous-source talk (traders and analysts)"),
            ("review", "purpose of the meeting (content of anonymous talk)"),
            ("breakdown", "the talks' failure: no type (object of the meeting's purpose)"),
            ("formulate", "purpose of the meeting (content of anonymous talk)"),
            ("negotiations", "possible future negotiations: hypothetical content"),
            ("asked", "request for anonymity by anonymous traders: no type"),
            (("said", "named, said"), "anonymous-source talk (two traders)"),
            ("attend", "Brazil's attendance: a participant of the meeting coded on 'meet' (content of anonymous talk, as "
                       "33b's 'represented'; CONSULT BRA planned arguable)"),
            (("meeting", "attend the"), "anaphoric nominal (the Managua meeting)"),
            ("attendees", "participants of the meeting (content of anonymous talk; CONSULT CRI / HND planned arguable)"),
            (("said", "position, they"), "anonymous-source talk (traders)"),
            ("requesting", "request for anonymity: no type"),
            (("said", "anonymity,"), "anonymous-source talk (another source)"),
            (("attend", "probably will not"), "Colombia's likely absence: content of anonymous talk (CONSULT negated "
                                              "arguable)"),
        ],
        "entities": [
            ("Reuters", "ORG", "GBR"),
            ("Latin American", "NORP", None),
            ("Managua", "GPE", "NIC"),
            ("Nicaragua", "GPE", "NIC"),
            ("International Coffee Organization", "ORG", None),
            ("Brazil", "GPE", "BRA"),
            ("Central American", "NORP", None),
            (("Central American", "producers. The"), "NORP", None),
            ("Costa Rica", "GPE", "CRI"),
            ("Honduras", "GPE", "HND"),
            (("Brazil", "opposed"), "GPE", "BRA"),
            ("Colombia", "GPE", "COL"),
        ],
    },
    "reuters21578-9907": {
        "events": [
            # 0
            ("ACCUSE", "proceedings", ("A large Dutch animal feed compounder", "NLD", "BUS"), None, HAGUE,
             "1987-04", "month", "early next month", "planned", None,
             "will begin formal legal proceedings as a test case on the EC levy (a lawsuit = ACCUSE, 32a's 'sued'; "
             "PLOVER bring lawsuit); the defendant is not named in the clause, so actor2 null (EVENTS.md 14; the Dutch "
             "commodity board, NLD GOV, arguable; the EC would also be null); 'early next month' = 1987-04; located "
             "by the later 'Business Administration Court in the Hague'; the spokesman's 'told' is rule-3 attribution"),
            # 1
            ("ACCUSE", "lodged", (("Het Comite", "Het Comite has been"), "NLD", "ORG"), None, HAGUE,
             "1986-12", "month", "since December", "asserted", None,
             "has lodged more than 80 individual cases with the Business Appeal Court in The Hague (lawsuits; target "
             "not named: actor2 null, as above); dated by its start, 'since December' = 1986-12 (32a's 'since last "
             "summer', EVENTS.md 21)"),
            # 2
            ("AGREE", "agreement", (("Het Comite", "Het Comite has obtained"), "NLD", "ORG"),
             ("the Dutch grain commodity board", "NLD", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "obtained a temporary agreement on paying the levy (the event noun after a light verb); the counterpart is "
             "the commodity board named in the clause (an agreement needs two parties, EVENTS.md 14); present perfect, "
             "no time expression: undated"),
            # 3
            ("AID", "backing", (("Het Comite", "said Het Comite will"), "NLD", "ORG"), (None, "NLD", "BUS"), None,
             None, "unknown", None, "planned", None,
             "will provide financial and legal backing to the test case (material help for the compounder, implied; "
             "SUPPORT arguable); future with no time expression: undated; 'said' is rule-3 attribution"),
            # 4
            ("STATEMENT", ("said", "The spokesman said Het Comite finally"),
             (("The spokesman", "The spokesman said Het Comite finally"), "NLD", "ORG"), None, ROT,
             "1987-03-26", "day", None, "asserted", None,
             "Het Comite selected the company for the test case, with its reasons quoted (an internal choice: no type); "
             "wire style: DCT, dateline city"),
            # 5
            ("STATEMENT", "made public", (None, "NLD", "ORG"), None, ROT,
             "1987-03-26", "day", None, "negated", None,
             "withheld statement: the company's name is not being made public (Het Comite implied, as 10b's 'terms "
             "were not disclosed')"),
            # 6
            ("STATEMENT", ("said", "The Het Comite spokesman"), ("The Het Comite spokesman", "NLD", "ORG"), None, ROT,
             "1987-03-26", "day", None, "asserted", None,
             "forecast: the court will very likely refer questions to the court in Luxembourg, and a resolution could "
             "take nine to 12 months"),
            # 7
            ("REQUEST", "pressure", (("Dutch animal feed compounders", "Meanwhile"), "NLD", "BUS"),
             (("the commodity board", "pressure on"), "NLD", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the compounders' actions are putting pressure on the commodity board (pressure = REQUEST; the event noun "
             "after a light verb); a present progressive standing pressure with no time expression ('Meanwhile'): "
             "undated (sets 17/18); 'the spokesman said' is rule-3 attribution"),
            # 8
            ("ACCUSE", ("actions", "party to"), (("Het Comite", "Het Comite, as"), "NLD", "ORG"), None, LUXEMBOURG,
             None, "unknown", None, "asserted", None,
             "Het Comite is a party to actions protesting the whole levy in the Luxembourg court (legal actions = "
             "ACCUSE, not PROTEST; 'protesting' left unskipped so a system may put the trigger there); target not "
             "named (the EC would be null too); present-tense standing: undated"),
        ],
        "skip": [
            ("told", "rule-3 attribution (the planned legal proceedings are the event)"),
            ("applied", "content (the way the EC levy is applied)"),
            ("co-ordinating", "an association co-ordinating its members' legal actions: ongoing, no counterpart (the "
                              "cases are coded on 'lodged')"),
            (("actions", "national"), "the members' legal actions in general (generic nominal; the cases coded on "
                                      "'lodged')"),
            ("alleged", "content of the actions (unattributed allegation)"),
            ("caused", "content"),
            ("complaint", "anaphoric nominal (the cases' complaint)"),
            ("pay", "content of the complaint (generic)"),
            (("pay", "companies can"), "content of the agreement"),
            ("paying", "content of the agreement"),
            (("said", "The spokesman said Het Comite will"), "rule-3 attribution (the planned backing is the event)"),
            ("Oral proceedings", "court procedure with no acting party (the hearing of the test case on April 10; a "
                                 "later mention of the planned proceedings, 1987-04-10, arguable)"),
            ("selected", "an association's internal choice of a test case: no type (content of the statement)"),
            (("lodged", "among the 80"), "anaphoric (the cases coded on 'lodged')"),
            ("received", "background (the firm's levy bill)"),
            ("expected", "impersonal expectation (no speaker)"),
            ("ruling", "a court ruling not expected soon, direction unknown: content of an impersonal expectation"),
            ("refer", "content of the forecast (a preliminary reference by the Dutch court; REQUEST NLD -> the EC "
                      "court arguable)"),
            ("resolved", "content of the forecast"),
            (("actions", "Meanwhile, the"), "the compounders' legal actions, subject of the pressure (anaphoric)"),
            ("urge", "content of the pressure (what the board is pressed to do)"),
            ("statements", "background nominal (the Dutch government's earlier statements, content not given)"),
            ("seek", "content of the pressure"),
            (("review", "complete"), "content of the pressure"),
            ("collected", "content"),
            (("said", "collected, the spokesman"), "rule-3 attribution (the pressure is the event)"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("EC", "ORG", None),
            (("Dutch", "spokesman for"), "NORP", "NLD"),
            ("Het Comite", "ORG", "NLD"),
            ("Reuters", "ORG", "GBR"),
            (("Het Comite", "Het Comite has been"), "ORG", "NLD"),
            ("Business Appeal Court", "ORG", "NLD"),
            ("The Hague", "GPE", "NLD"),
            (("Het Comite", "Het Comite has obtained"), "ORG", "NLD"),
            (("Dutch", "full guilder amount to the"), "NORP", "NLD"),
            (("Het Comite", "said Het Comite will"), "ORG", "NLD"),
            ("Business Administration Court", "ORG", "NLD"),
            (("Hague", "Administration Court in the"), "GPE", "NLD"),
            (("Het Comite", "said Het Comite finally"), "ORG", "NLD"),
            (("Administration Court", "The Administration"), "ORG", "NLD"),
            (("Het Comite", "The Het Comite"), "ORG", "NLD"),
            (("Appeal Court", "refer questions to the"), "ORG", None),
            ("Luxembourg", "GPE", "LUX"),
            (("Dutch", "Meanwhile"), "NORP", "NLD"),
            (("Dutch", "urge the"), "NORP", "NLD"),
            ("Brussels", "GPE", "BEL"),
            (("Het Comite", "Het Comite, as"), "ORG", "NLD"),
            ("FEFAC", "ORG", None),
            ("European", "NORP", None),
            (("Luxembourg", "the Luxembourg appeal"), "GPE", "LUX"),
        ],
    },
    "reuters21578-11865": {
        "events": [
            # 0
            ("COERCE", "charged", USA_MIL_IMPLIED, ("A second U.S. Marine", "USA", "MIL"), None,
             "1987-03-31", "day", "yesterday", "asserted", None,
             "a second Marine (Bracy) charged with spying (PLOVER COERCE: arrest, detain or charge with legal action; "
             "ACCUSE arguable); the U.S. military authority implied; dated by the later mention 'was charged "
             "yesterday' (the first mention takes the later mention's time expression, 13b/22a)"),
            # 1
            ("COERCE", "arrested", USA_MIL_IMPLIED, (("a third", "spying and"), "USA", "MIL"), None,
             None, "unknown", None, "asserted", None,
             "a third Marine arrested on suspicion of lying about contacts with Soviet women; no time expression of its "
             "own ('yesterday' dates the Pentagon's announcements): undated"),
            # 2
            ("STATEMENT", ("said", "Department said"), ("State Department", "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "Ambassador Brown has been called home to supervise a security review of the Moscow embassy (a "
             "reassignment: no type); wire style: DCT, dateline city"),
            # 3
            ("COERCE", ("charged", "Arnold Bracy"), USA_MIL_IMPLIED, ("Arnold Bracy", "USA", "MIL"), None,
             "1987-03-31", "day", "yesterday", "asserted", 0,
             "later mention: Bracy was charged yesterday with espionage, conspiracy and failure to follow orders "
             "('yesterday' = DCT - 1)"),
            # 4
            ("STATEMENT", ("said", "have said"), ("U.S. officials", "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "the case involved sex with Soviet women (officials of a named government, EVENTS.md 4; 'have said' with "
             "no time expression: DCT, EVENTS.md 16)"),
            # 5
            ("COERCE", ("charged", "Clayton Lonetree"), USA_MIL_IMPLIED, ("Clayton Lonetree", "USA", "MIL"), None,
             None, "unknown", None, "asserted", None,
             "Lonetree has already been charged with espionage (a separate, earlier charge); present perfect, no time "
             "expression: undated"),
            # 6
            ("COERCE", "held", USA_MIL_IMPLIED, ("Robert Stanley Stufflebeam", "USA", "MIL"), None,
             None, "unknown", None, "asserted", 1,
             "later mention: the third Marine, Stufflebeam, is being held on suspicion of lying to investigators (the "
             "arrest of the lead; takes its date: unknown); Sims's 'told' is rule-3 attribution"),
        ],
        "skip": [
            ("lying", "content of the suspicion"),
            ("contacts", "content of the suspicion"),
            ("scandal", "background nominal (the spy scandal)"),
            ("announcements", "rule-3 attribution: the Pentagon's announcements of the charges and the arrest (coded "
                              "in the lead)"),
            ("called home", "an ambassador's reassignment to supervise a review: personnel move, no type (content of "
                            "the statement)"),
            ("supervise", "content of the statement"),
            ("review", "security review of the U.S. embassy (an internal inquiry, no target; content)"),
            ("alleged", "agentless allegation"),
            ("penetrated", "content of the allegation (KGB espionage; no type)"),
            ("helped", "content of the allegation (COOPERATE USA -> SUN arguable)"),
            ("espionage", "content of the charges"),
            ("follow", "content of the charges"),
            ("involved", "content of the officials' statement"),
            (("arrest", "whose"), "background nominal (Lonetree's earlier arrest; COERCE arguable, undated)"),
            ("triggered", "consequence"),
            ("told", "rule-3 attribution (the detention is the event)"),
            ("served", "background (service in Moscow 1985-86)"),
            (("lying", "suspicion of lying to"), "content of the suspicion"),
            ("suspected", "agentless suspicion (ACCUSE by unnamed investigators arguable)"),
            (("report", "failure to report"), "content of the suspicion"),
            ("statements", "content of the suspicion"),
            ("debriefing", "background"),
            ("left", "background (his departure from the embassy)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Soviet", "NORP", "SUN"),
            ("American Embassy", "ORG", "USA"),
            ("Moscow", "GPE", "SUN"),
            ("Pentagon", "ORG", "USA"),
            ("State Department", "ORG", "USA"),
            (("U.S.", "Department said"), "GPE", "USA"),
            ("Thailand", "GPE", "THA"),
            ("William Brown", "PERSON", "USA"),
            (("Soviet", "penetrated by"), "NORP", "SUN"),
            ("KGB", "ORG", "SUN"),
            (("Brown", "Brown is"), "PERSON", "USA"),
            (("Moscow", "economic officer"), "GPE", "SUN"),
            ("Arnold Bracy", "PERSON", "USA"),
            (("U.S.", "case which"), "GPE", "USA"),
            (("Soviet", "sex with"), "NORP", "SUN"),
            ("Clayton Lonetree", "PERSON", "USA"),
            (("Pentagon", "Pentagon spokesman"), "ORG", "USA"),
            ("Bob Sims", "PERSON", "USA"),
            ("Robert Stanley Stufflebeam", "PERSON", "USA"),
            (("Moscow", "served in"), "GPE", "SUN"),
            (("Lonetree", "same time as"), "PERSON", "USA"),
            (("Bracy", "Lonetree and"), "PERSON", "USA"),
            (("Stufflebeam", "Stufflebeam, who was"), "PERSON", "USA"),
        ],
    },
    "reuters21578-12368": {
        "events": [
            # 0
            ("COOPERATE", "sold", ("American Barrick Resources Corp", "CAN", "BUS"),
             ("Peabody Coal Co, of Kentucky", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "sale of two coal supply agreements and mining equipment to Peabody (a completed sale between companies, "
             "EVENTS.md 8); 'said' is rule-3 attribution; no time expression: undated (rule 17)"),
            # 1
            ("STATEMENT", "disclosed", (None, "CAN", "BUS"), None, TOR,
             "1987-04-01", "day", None, "negated", None,
             "withheld statement: terms not disclosed (the seller implied, EVENTS.md 5)"),
            # 2
            ("STATEMENT", ("said", "the company said"), (("the company", "operations,"), "CAN", "BUS"), None, TOR,
             "1987-04-01", "day", None, "asserted", None,
             "forecast: the proceeds should result in full recovery of its investment ('without further elaborating' "
             "part of the same act)"),
            # 3
            ("STATEMENT", ("said", "it said"), (("it", "non-gold assets, it"), "CAN", "BUS"), None, TOR,
             "1987-04-01", "day", None, "asserted", None,
             "the sale completes the planned disposition of all its non-gold assets"),
        ],
        "skip": [
            (("said", "Resources Corp"), "rule-3 attribution (the sale is the event)"),
            ("agreements", "objects of the sale (coal supply contracts): not an agreement event"),
            ("representing", "stative"),
            ("sale", "anaphoric nominal (the sale to Peabody)"),
            (("sale", "combined with the"), "background nominal (a sale of the remaining coal assets, buyer unnamed; "
                                            "COOPERATE arguable)"),
            ("result", "content of the forecast"),
            ("recovery", "content of the forecast"),
            ("elaborating", "part of the reporting clause ('said without further elaborating')"),
            (("sale", "The sale will"), "anaphoric nominal"),
            ("complete", "content of the statement"),
            ("disposition", "content (a planned divestment, no counterpart named)"),
        ],
        "entities": [
            ("American Barrick Resources Corp", "ORG", "CAN"),
            ("Ohio", "GPE", "USA"),
            ("Peabody Coal Co", "ORG", "USA"),
            ("Kentucky", "GPE", "USA"),
            (("American Barrick", "disposition by"), "ORG", "CAN"),
        ],
    },
    "reuters21578-19539": {
        "events": [
            # 0
            ("RETREAT", "relaxed", (("the government", "after the"), "BGD", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the government relaxed restrictions on some imports including luxury cars (easing trade barriers, "
             "15a/22a/33b); no party named: actor2 null; no time expression ('beginning on July 1' is the fiscal "
             "year's start): undated"),
            # 1
            ("STATEMENT", ("said", "Abdul Munim said"), MUNIM, None, DHA,
             "1987-06-29", "day", None, "asserted", None,
             "the changes aim at encouraging export industries and essential imports; wire style: DCT (published_at "
             "1987-06-29, dateline June 28), dateline city"),
            # 2
            ("STATEMENT", ("told", "Munim told"), (("Munim", "Munim told"), "BGD", "GOV"), None, DHA,
             "1987-06-29", "day", None, "asserted", None,
             "the government is easing procedures to enhance incentives for exporters and importers (a domestic "
             "measure: no type)"),
            # 3
            ("STATEMENT", ("told", "officials told"), ("Commerce Ministry officials", "BGD", "GOV"), None, DHA,
             "1987-06-29", "day", None, "asserted", None,
             "the import policy covers only commercial imports of 1.805 billion dlrs (officials of a named ministry, "
             "EVENTS.md 4)"),
            # 4
            ("STATEMENT", "added", (("they", "they added"), "BGD", "GOV"), None, DHA,
             "1987-06-29", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): government imports are not included in the policy"),
            # 5
            ("STATEMENT", ("said", "They said"), (("They", "They said"), "BGD", "GOV"), None, DHA,
             "1987-06-29", "day", None, "asserted", None,
             "forecast: the total import bill will reach 2.7 billion dlrs in the new year"),
            # 6
            ("STATEMENT", ("said", "The minister said"), ("The minister", "BGD", "GOV"), None, DHA,
             "1987-06-29", "day", None, "asserted", None,
             "assessment: ending car import restrictions and the small-car sales tax will not harm the economy"),
            # 7
            ("STATEMENT", ("said", "Munim said Bangladesh"), (("Munim", "Munim said Bangladesh"), "BGD", "GOV"), None,
             DHA, "1987-06-29", "day", None, "asserted", None,
             "Bangladesh fears a further drop in jute prices (forecast)"),
            # 8
            ("STATEMENT", ("said", "But Munim said"), (("Munim", "But Munim"), "BGD", "GOV"), None, DHA,
             "1987-06-29", "day", None, "asserted", None,
             "non-traditional exports will play a key role in meeting the export target (forecast)"),
        ],
        "skip": [
            ("expected", "impersonal forecast (the trade gap)"),
            ("widen", "statistics"),
            ("set", "a domestic export target: no type"),
            ("changes", "anaphoric nominal (the relaxed restrictions)"),
            ("aimed", "purpose (content)"),
            ("encouraging", "content"),
            ("boost", "content"),
            ("increase", "content"),
            ("easing", "domestic procedural easing for exporters and importers (incentives), no party: content of the "
                       "statement (RETREAT arguable)"),
            ("enhance", "content"),
            ("covered", "content (the policy's scope)"),
            ("included", "content (stative, negated)"),
            (("expected", "was expected"), "content of the forecast"),
            ("ending", "anaphoric (the relaxed car import restrictions; content of the assessment)"),
            ("dropping", "a domestic sales-tax cut: domestic price policy (content)"),
            ("harm", "content of the assessment"),
            ("feared", "content of the statement"),
            (("drop", "further"), "market-price movement (content)"),
            ("affect", "content of the quote"),
            ("fell", "statistics"),
            ("play", "content of the forecast"),
            ("achieving", "content of the forecast"),
        ],
        "entities": [
            ("Bangladesh", "GPE", "BGD"),
            ("U.S.", "GPE", "USA"),
            ("Mohammad Abdul Munim", "PERSON", "BGD"),
            (("Munim", "Munim told"), "PERSON", "BGD"),
            ("Commerce Ministry", "ORG", "BGD"),
            ("Reuters", "ORG", "GBR"),
            (("Munim", "Munim said Bangladesh"), "PERSON", "BGD"),
            (("Bangladesh", "said Bangladesh"), "GPE", "BGD"),
            (("Bangladesh", "Bangladesh's jute"), "GPE", "BGD"),
            (("Munim", "But Munim"), "PERSON", "BGD"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
