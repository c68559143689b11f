"""Build ``own_blind43a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind43a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,523 left; also minus the 16 stories drawn for own_blind42, 2,507 left); 24 drawn with random.Random(43101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
36 event records (34 first mentions, 2 later mentions), 81 not_annotated spans, 79 entity mentions
(GPE 30, ORG 27, NORP 13, PERSON 6, LOC 3); one article without events (501, French cereal export
requests: EC tender administration by unnamed operators, relayed by anonymous trade sources); 9877
(Credit Lyonnais Australia bond) has one STATEMENT, 15866 (USDA Argentine grain) and 6760 (Pemex
reserves) STATEMENTs only; 10539 (NATO on the Aegean) has thirteen records (compound targets split by
country). Types: STATEMENT 20, REQUEST 5, AGREE 4, ACCUSE 3, MOBILIZE 2, RETREAT 1, SUPPORT 1; modality:
asserted 35, negated 1; precision: day 32, unknown 4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one anchor fixed: the skip anchor "tonnes, and" did not occur,
since the wire reads "last month, and projected"; no wrong first match was found in the printout). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Britain's Defence Minister George Younger": GPE
"Britain" + PERSON "George Younger"), and "Lord" is left out like "Sir" (30a/35a: "Secretary-General
Lord Carrington" gives PERSON "Carrington"); heads of international bodies are PERSON null (13a's
Conable, 20a's Delors: Carrington as NATO Secretary-General); a body with its country word is one ORG
span ("U.S. Agriculture Department", "U.S. Chamber of Commerce"); a unit named by its country takes it
(28b/34b/41a: Credit Lyonnais Australia ORG AUS, its parent Credit Lyonnais ORG FRA); Hambros Bank Ltd
ORG GBR (a London bank); "Australian" in "Australian dlr" NORP AUS (27b's "Canadian dlr"); "EC" inside
"non-EC" ORG null (15a/41b), the capitalised "Commission" ORG null (3511); Ceuta and Melilla GPE ESP
(Spanish enclaves), the wire's "Lichtenstein" GPE LIE as written; NATO, "the Alliance" (capitalised, NATO)
and "Western Alliance" ORG null, the Aegean LOC null (a sea between two states); the wire's lower-case
names are tagged (26a/37b: "mexico" GPE, "petroleos mexicanos" and both "pemex" ORG MEX), "campeche" in
"the offshore campeche fields" LOC MEX (the Bay of Campeche; a facility name left untagged, as 41a's Bull
Moose mine, arguable); Trans World Airlines Inc, World Airways Inc (no country in the text: USA from the
dateline and the U.S. route, 21a's Orion Air), the DOT and the White House ORG USA; programmes (Export
Enhancement Program, the Strategic Defence Initiative / SDI), currencies (Ecus, dlrs) and lower-case
bodies ("the committee", "the department", "the company") are not tagged.

Judgement calls made here:
* 501 (French cereal export requests, DCT Mon 1987-03-02, PARIS): no event (a negative). The licence
  requests are by unnamed "French operators" at the EC's daily rebates, relayed by anonymous "French trade
  sources" (skipped); the rebate fixing, the Commission's weekly rebates "granted last Thursday" and the
  possible acceptance of the requests are EC export-subsidy administration (no type, 20b's 3511 and 36b's
  7579; AID arguable for the grant); the Commission's "commitment to grant this season rebates" and its
  "concessions to the U.S." are background nominals with no date of their own (AGREE EC -> FRA and RETREAT
  EC -> USA arguable).
* 9877 (Credit Lyonnais Australia bond, DCT Thu 1987-03-26, LONDON): the lead manager's "said" is a
  STATEMENT (own_blind2 / 14b / 28a / 38b), GBR BUS, DCT, LONDON; the issue, terms, listing, fees and the
  parent's guarantee are corporate finance (27b's Bank of Tokyo guarantee; AID FRA -> AUS arguable).
* 15866 (USDA on Argentine grain, DCT Thu 1987-04-09, WASHINGTON): the USDA's "forecast" (twice) and
  "estimated" are statistics-release STATEMENTs (13b/14a/15a put the record on "forecast", 10a on
  "estimated"), one per sentence, DCT ("last month" dates the earlier estimates); the passive "the 1985/86
  crop was projected" and the coordinated "and projected 1985/86 exports" are skipped as parts of their
  sentence's release (a second STATEMENT for the coordinated verb, as "adding" in EVENTS.md 3, arguable).
* 18867 (Younger on U.S. defence protection, DCT Thu 1987-06-18, LONDON): "George Younger said the U.S.
  Was unfairly protecting its defence industry, and this could lead to British firms demanding
  counter-measures" is ACCUSE GBR -> USA on "said" (the demand hypothetical content); "Younger told a U.S.
  Chamber of Commerce meeting that U.S. Legislators were failing to realise ..." a second ACCUSE (new
  content; the audience is no actor2, the legislators are the target); Younger GBR GOV (32a's defence
  minister GOV; MIL for a defence ministry arguable, kind not scored); all DCT, LONDON (the meeting has no
  place in the text). "A British parliamentary report said that up to March British firms had been
  awarded just 34 mln dlrs ... of SDI contracts" is a STATEMENT (a report by a named author, the
  parliamentary committee: EVENTS.md 4, 35b/36a; statistics; "up to March" governs the figure); "The
  committee said U.S. Technology export restrictions ... had denied British competitors more lucrative
  orders" is ACCUSE GBR GOV -> USA (the "U.S." of the restrictions as actor2). "Younger said London had
  given U.S. Companies contracts under conditions of fair and open competition" is a STATEMENT (defence of
  Britain's own procurement policy, EVENTS.md 6; the contracts a standing practice, COOPERATE GBR -> USA
  arguable, skipped); '"All we ask is for our companies to be given similar opportunities," he added' is
  REQUEST GBR -> USA (implied: the party giving contracts; EVENTS.md 1, trigger "ask", "added" not
  skipped); the closing "If new American legislation ... was used to exclude foreign suppliers it would
  not be surprising if British firms pressed for retaliatory measures, Younger said" is a STATEMENT (the
  consequence is British firms' action, not the speaker's: own_blind's "warned that partners may resist";
  THREATEN GBR -> USA arguable).
* 10539 (NATO on the Aegean, DCT Fri 1987-03-27, BRUSSELS): "Greece and Turkey's NATO allies today called
  on both countries to avoid any action that could aggravate ... and 'avoid recourse to force'" is REQUEST
  (the allies a group, null IGO) split into Greece and Turkey records (EVENTS.md 12: "both countries" as
  the span of each), 1987-03-27 ("today"); location BRUSSELS throughout (the dateline; NATO's seat, no
  place in the text). The emergency meeting of NATO ambassadors is an internal meeting of one body (its
  "meeting" and "was called" skipped, EVENTS.md 10); "a statement was issued saying 'the present situation
  damages the interests of Greece and Turkey ...'" is a STATEMENT on "statement" (NATO implied, null IGO;
  "issued" and "saying" skipped as parts of it), DCT. "Lord Carrington also offered himself as a mediator
  in the dispute" is AGREE (an offer to the parties, 10b/24b) null IGO -> Greece and -> Turkey (implied,
  EVENTS.md 14: an offer needs a counterpart; split by country), DCT as a wire-style verbal act (undated
  arguable, 15/16's relayed verbal acts); Carrington's closing quote "I am ... anxious to help in any way I
  can, provided that both Greece and Turkey ... wish me to do so" restates the offer: later mentions (a
  conditional promise is asserted). "The meeting was called after reports that warships of both countries
  were sailing towards a disputed oil exploration zone" is MOBILIZE (a naval deployment short of force)
  split into GRC MIL and TUR MIL records, actor2 null (the zone is no actor), relayed by unnamed reports
  (the act names its agents: coded, 23b/35a), undated (a progressive with no time expression, before the
  meeting). "The statement said the tensions ... had reached a serious level" is a STATEMENT (a statement
  with an identifiable author, 19a/39b) and its "and called on both countries to begin immediate
  discussions" a new REQUEST (a different demand from the lead's, not a later mention; split GRC / TUR;
  the discussions content, CONSULT planned arguable), both DCT (today's statement); '"Any intensification
  would make things worse," it added' a STATEMENT (a caution with no consequence from the speaker). "No
  attempt was made at the meeting to resolve the complex dispute" has no named agent (skipped).
* 6760 (Pemex reserves, DCT Wed 1987-03-18, Mexico city as written): "the state oil company petroleos
  mexicanos (pemex) announced" and "In its annual report, pemex said" are statistics STATEMENTs (MEX BUS:
  a state-owned company, EVENTS.md 15; a report by a named author), DCT ("end-1986", "in 1986" govern the
  figures); "The company did not say what percentage of hydrocarbons was crude oil" is a withheld STATEMENT
  (negated, trigger "say"), "but has previouly said it was about 48 pct" a STATEMENT dated by the DCT (12b's
  "have said previously": "previously" has no value; undated arguable). The suspended wells have no agent
  and no counterpart; the oil-price fall is a market movement (skipped).
* 20961 (EEP dairy cattle to Egypt, DCT Mon 1987-10-19, WASHINGTON): "The U.S. Agriculture Department has
  withdrawn the offers of dairy cattle to Egypt under the Export Enhancement Program" is RETREAT USA GOV
  -> EGY (withdrawing an offer; Egypt as the buyer country, kind GOV by default), undated (present perfect,
  no time expression, EVENTS.md 17; the DCT arguable for a same-day announcement). "The department said
  the initiative ... was announced on September 12, 1986, and sales of 3,501 head have been approved" is a
  STATEMENT (the approvals are export-bonus administration, 27b's 3904), and "was announced on September
  12, 1986" its own STATEMENT by the implied USDA, 1986-09-12, location null (27b's "initiative announced
  Jan 26", own_dev's "announced on March 16"); "The department said it is its objective ..." (a standing
  programme rule) and "It said it is giving exporters three days notice of the withdrawn" (administration;
  "withdrawn" here an anaphoric nominal) are STATEMENTs (DCT).
* 1600 (TWA route, DCT Wed 1987-03-04, WASHINGTON): "The Department of Transportation said it has
  tentatively awarded the Baltimore to London route to Trans World Airlines Inc" is SUPPORT USA GOV -> USA
  BUS (a regulator's preliminary decision for a named company, as 31a's panel "preliminary approval" of
  Federal Express's route bid; no type or COOPERATE arguable), undated (present perfect, EVENTS.md 17),
  "said" rule-3 attribution. The show cause order is regulatory procedure and the White House's pending
  decision a condition (21a's expected final decision), both skipped; "The DOT said the route became
  avaialable when it was abandoned last September by World Airways Inc" is a STATEMENT (DCT; giving up a
  route has no counterpart, RETREAT arguable, skipped; "last September" governs the abandonment).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind43a.jsonl"

LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
BRU = ("BRUSSELS", "BEL")
MEX = ("Mexico city", "MEX")

USDA = ("The U.S. Agriculture Department", "USA", "GOV")
YOUNGER = ("Britain's Defence Minister George Younger", "GBR", "GOV")
NATO_ALLIES = ("Greece and Turkey's NATO allies", None, "IGO")
NATO_IMPLIED = (None, None, "IGO")
BOTH_GRC = (("both countries", "today called on"), "GRC", "GOV")
BOTH_TUR = (("both countries", "today called on"), "TUR", "GOV")
GRC_IMPLIED = (None, "GRC", "GOV")
TUR_IMPLIED = (None, "TUR", "GOV")
CARRINGTON = ("Secretary-General Lord Carrington", None, "IGO")
PEMEX = ("the state oil company petroleos mexicanos (pemex)", "MEX", "BUS")
DOT = ("The Department of Transportation", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-501": {
        "events": [],
        "skip": [
            ("requested", "export-licence requests by unnamed French operators at the EC's daily rebates: export-subsidy "
                          "administration, no identifiable actor (no type, as 20b's 3511 and 36b's 7579; REQUEST FRA "
                          "-> EC arguable), relayed by anonymous trade sources"),
            (("said", "trade sources"), "anonymous-source talk (French trade sources)"),
            (("requests", "The latest"), "anaphoric nominal (the operators' licence requests)"),
            ("prefixed", "rebate fixing at the EC tender (export-subsidy administration, no type)"),
            (("set", "maize was"), "rebate fixing (export-subsidy administration, no type)"),
            ("commitment", "background nominal: the Commission's standing commitment to grant rebates for French maize "
                           "exports this season (AGREE EC -> FRA arguable; no date of its own)"),
            (("grant", "commitment to"), "content of the commitment (rebates: export-subsidy administration)"),
            ("concessions", "background nominal: EC concessions to the U.S. in the grain dispute (RETREAT EC -> USA "
                            "arguable; undated)"),
            ("dispute", "background nominal (the recent EC-U.S. dispute over grain sales to Spain)"),
            (("sales", "grain sales"), "background nominal (grain sales to Spain)"),
            ("accepted", "condition (the requests' possible acceptance)"),
            ("exported", "statistics (the total exported)"),
            (("granted", "last Thursday"), "EC weekly export rebates granted at the tender: export-subsidy administration "
                                           "with unnamed bidders (no type, 36b's 7579 'granted for export'; AID arguable)"),
            ("sale of 15,000", "content of the rebate award"),
            ("Requests for barley", "anaphoric nominal (licence requests by the unnamed operators)"),
            ("requests for soft", "anaphoric nominal (licence requests by the unnamed operators)"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("EC", "ORG", None),
            (("French", "rebates,"), "NORP", "FRA"),
            ("Switzerland", "GPE", "CHE"),
            ("Austria", "GPE", "AUT"),
            ("Lichtenstein", "GPE", "LIE"),
            ("Commission", "ORG", None),
            (("French", "500,000 tonnes of"), "NORP", "FRA"),
            (("EC", "French maize to non-"), "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Spain", "GPE", "ESP"),
            (("French", "If the latest"), "NORP", "FRA"),
            (("French", "total of"), "NORP", "FRA"),
            (("Commission", "25,500 tonnes"), "ORG", None),
            (("EC", "15,000 tonnes"), "ORG", None),
            (("Switzerland", "Requests for barley"), "GPE", "CHE"),
            (("Austria", "Requests for barley"), "GPE", "AUT"),
            (("Lichtenstein", "Requests for barley"), "GPE", "LIE"),
            ("Ceuta", "GPE", "ESP"),
            ("Melilla", "GPE", "ESP"),
            (("EC", "various non-"), "ORG", None),
        ],
    },
    "reuters21578-9877": {
        "events": [
            # 0
            ("STATEMENT", "said", ("lead manager Hambros Bank Ltd", "GBR", "BUS"), None, LON,
             "1987-03-26", "day", None, "asserted", None,
             "lead manager announcing a bond issue (own_blind2 / 14b / 28a / 38b: the issue is corporate finance); "
             "Hambros Bank Ltd GBR (a London bank); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("is issuing", "corporate finance (bond issue)"),
            ("paying", "bond terms"),
            ("priced", "bond terms"),
            ("guaranteed", "the parent's guarantee of its unit's bond (corporate finance; AID FRA -> AUS arguable, "
                           "27b's Bank of Tokyo)"),
            ("listed", "corporate finance (listing)"),
            ("comprise", "fees of the issue"),
        ],
        "entities": [
            ("Credit Lyonnais Australia", "ORG", "AUS"),
            ("Australian", "NORP", "AUS"),
            ("Hambros Bank Ltd", "ORG", "GBR"),
            (("Credit\nLyonnais", "guaranteed by"), "ORG", "FRA"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
    "reuters21578-15866": {
        "events": [
            # 0
            ("STATEMENT", "forecast", USDA, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "statistics release: Argentina's 1986/87 coarse grain crop forecast (13b/14a/15a: STATEMENT on "
             "'forecast'); 'last month' dates the previous estimate, not the release: DCT, dateline city"),
            # 1
            ("STATEMENT", "estimated", (("It", "It estimated"), "USA", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "statistics release: the 1985/86 crop estimate (its own sentence, 10a's 'estimated'); DCT"),
            # 2
            ("STATEMENT", ("forecast", "USDA forecast Argentina's"), (("USDA", "last month."), "USA", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "statistics release: the wheat crop forecast (the passive 'was projected' of the same sentence skipped as "
             "part of this release); DCT"),
            # 3
            ("STATEMENT", ("forecast", "USDA forecast Argentine"), (("USDA", "USDA forecast Argentine"), "USA", "GOV"),
             None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "statistics release: coarse grain export forecasts (the coordinated 'and projected' skipped as the same "
             "release; a second record as 'adding', EVENTS.md 3, arguable); DCT"),
        ],
        "skip": [
            (("projected", "crop\nwas"), "passive verb with no named agent inside the wheat release (the same release, "
                                          "coded on 'forecast')"),
            (("projected", "last month, and"), "coordinated verb of the same export-forecast release (coded on 'forecast'; "
                                            "a second STATEMENT arguable)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Argentina", "GPE", "ARG"),
            (("USDA", "last month."), "ORG", "USA"),
            (("Argentina", "USDA forecast"), "GPE", "ARG"),
            (("USDA", "USDA forecast Argentine"), "ORG", "USA"),
            ("Argentine", "NORP", "ARG"),
        ],
    },
    "reuters21578-18867": {
        "events": [
            # 0
            ("ACCUSE", "said", YOUNGER, ("the U.S.", "USA", "GOV"), LON,
             "1987-06-18", "day", None, "asserted", None,
             "the U.S. was unfairly protecting its defence industry (criticism = ACCUSE); the possible British demand "
             "for counter-measures is hypothetical content; wire style: DCT, dateline city (the Chamber of Commerce "
             "meeting has no place in the text); Younger GBR GOV (32a's defence minister GOV)"),
            # 1
            ("ACCUSE", "told", (("Younger", "Younger told"), "GBR", "GOV"), ("U.S.\nLegislators", "USA", "GOV"), LON,
             "1987-06-18", "day", None, "asserted", None,
             "U.S. legislators failing to realise the two-way street (criticism, new content: its own record; the "
             "audience, the U.S. Chamber of Commerce meeting, is not actor2, EVENTS.md 6); DCT"),
            # 2
            ("STATEMENT", ("said", "parliamentary report"), ("A British parliamentary report", "GBR", "GOV"), None, LON,
             "1987-06-18", "day", None, "asserted", None,
             "statistics: British firms awarded just 34 mln dlrs of SDI contracts up to March vs 1.5 billion hoped for "
             "(a report by a named author, the parliamentary committee: EVENTS.md 4, 35b/36a); 'up to March' governs "
             "the figure: DCT"),
            # 3
            ("ACCUSE", ("said", "The committee"), ("The committee", "GBR", "GOV"),
             (("U.S.", "The committee said"), "USA", "GOV"), LON,
             "1987-06-18", "day", None, "asserted", None,
             "U.S. technology export restrictions and 'selectiveness' had denied British competitors orders and "
             "excluded them from SDI research (criticism of U.S. policy; actor2 the U.S. named as the restrictions' "
             "author); DCT"),
            # 4
            ("STATEMENT", ("said", "Younger said London"), (("Younger", "Younger said London"), "GBR", "GOV"), None, LON,
             "1987-06-18", "day", None, "asserted", None,
             "London had given U.S. companies contracts under fair and open competition: defence of Britain's own "
             "procurement policy (EVENTS.md 6: STATEMENT); the contracts a standing practice (COOPERATE GBR -> USA "
             "arguable, skipped); DCT"),
            # 5
            ("REQUEST", "ask", (("he", 'opportunities," he'), "GBR", "GOV"), (None, "USA", "GOV"), LON,
             "1987-06-18", "day", None, "asserted", None,
             "'All we ask is for our companies to be given similar opportunities': a demand on the U.S. (implied, the "
             "party giving contracts; EVENTS.md 1: the saying is the act, 'added' not skipped); DCT"),
            # 6
            ("STATEMENT", ("said", "measures,\nYounger"), (("Younger", "measures,\nYounger"), "GBR", "GOV"), None, LON,
             "1987-06-18", "day", None, "asserted", None,
             "warning that British firms might press for retaliation if U.S. legislation excluded foreign suppliers: "
             "the consequence is not the speaker's own act (own_blind's 'warned that partners may resist': "
             "STATEMENT; THREATEN GBR -> USA arguable); DCT"),
        ],
        "skip": [
            ("protecting", "content of the accusation (U.S. protection of its defence industry; SANCTION arguable)"),
            ("lead to", "hypothetical content"),
            (("demanding", "firms"), "hypothetical content (British firms demanding counter-measures)"),
            ("meeting", "the occasion of the statement"),
            ("failing", "content of the accusation"),
            (("awarded", "had been"), "content of the report (statistics; contracts awarded to British firms)"),
            (("hoped", "Britain had"), "content of the report"),
            ("secure", "content of the report"),
            ("restrictions", "content of the accusation (U.S. export restrictions; SANCTION USA background arguable)"),
            ("denied", "content of the accusation"),
            ("excluded", "content of the accusation"),
            (("given", "London had"), "content of the statement: Britain's standing award of contracts to U.S. "
                                      "companies (COOPERATE GBR -> USA arguable; a general practice)"),
            ("competition", "content of the statement"),
            (("given", "companies to be"), "content of the request"),
            ("curbing", "content (the legislation's aim)"),
            (("exclude", "used to"), "hypothetical content (condition)"),
            ("pressed", "hypothetical content of the warning (British firms pressing for retaliation)"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("George Younger", "PERSON", "GBR"),
            ("U.S.", "GPE", "USA"),
            ("British", "NORP", "GBR"),
            (("Younger", "Younger told"), "PERSON", "GBR"),
            ("U.S. Chamber of Commerce", "ORG", "USA"),
            (("U.S.", "meeting that"), "GPE", "USA"),
            (("British", "A British"), "NORP", "GBR"),
            (("British", "up to March"), "NORP", "GBR"),
            (("Britain", "dlrs Britain"), "GPE", "GBR"),
            (("U.S.", "The committee said"), "GPE", "USA"),
            (("British", "denied"), "NORP", "GBR"),
            (("Younger", "Younger said London"), "PERSON", "GBR"),
            ("London", "GPE", "GBR"),
            (("U.S.", "London had given"), "GPE", "USA"),
            ("American", "NORP", "USA"),
            (("British", "surprising if"), "NORP", "GBR"),
            (("Younger", "measures,\nYounger"), "PERSON", "GBR"),
        ],
    },
    "reuters21578-10539": {
        "events": [
            # 0
            ("REQUEST", ("called on", "today"), NATO_ALLIES, BOTH_GRC, BRU,
             "1987-03-27", "day", "today", "asserted", None,
             "NATO allies called on Greece and Turkey to avoid any action aggravating the Aegean situation and recourse "
             "to force; 'both countries' split by country (EVENTS.md 12): Greece; the allies a group (null IGO); "
             "'today'; location the dateline city (no place in the text)"),
            # 1
            ("REQUEST", ("called on", "today"), NATO_ALLIES, BOTH_TUR, BRU,
             "1987-03-27", "day", "today", "asserted", None,
             "the same call, Turkey's record (EVENTS.md 12)"),
            # 2
            ("STATEMENT", ("statement", "a\nstatement"), NATO_IMPLIED, None, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "a statement issued after the emergency meeting: the situation damages the interests of Greece, Turkey and "
             "the Alliance (assessment); passive, the issuer NATO implied (7b's joint statement); trigger the event "
             "noun ('issued' and 'saying' skipped as part of it); DCT (the meeting is today's, 12a's 'issued')"),
            # 3
            ("AGREE", "offered", CARRINGTON, GRC_IMPLIED, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "Carrington offered himself as a mediator in the dispute (an offer to the parties = AGREE, 10b/24b), "
             "split by party (EVENTS.md 12): Greece implied (EVENTS.md 14: an offer needs a counterpart); the head of "
             "an international body null IGO (13a's Conable); wire-style verbal act with no time expression: DCT "
             "(undated arguable, as 15/16's relayed 'threatened')"),
            # 4
            ("AGREE", "offered", CARRINGTON, TUR_IMPLIED, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "the same offer, Turkey's record"),
            # 5
            ("MOBILIZE", "sailing", (("warships of both countries", "reports that"), "GRC", "MIL"), None, None,
             None, "unknown", None, "asserted", None,
             "Greek and Turkish warships sailing towards a disputed oil exploration zone (a naval deployment short of "
             "force), split by country (EVENTS.md 12): Greece; relayed by unnamed reports (the act names its agents, "
             "coded as 23b/35a); progressive with no time expression, before today's meeting: undated; the zone as "
             "target has no actor: actor2 null"),
            # 6
            ("MOBILIZE", "sailing", (("warships of both countries", "reports that"), "TUR", "MIL"), None, None,
             None, "unknown", None, "asserted", None,
             "the same deployment, Turkey's record"),
            # 7
            ("STATEMENT", ("said", "The statement"), (("The statement", "Aegean."), None, "IGO"), None, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "tensions in the area had reached a serious level (assessment; a statement with an identifiable author, "
             "NATO: 19a/39b's 'the statement said'); new content, not a later mention of the issued statement; DCT"),
            # 8
            ("REQUEST", ("called on", "serious level"), (("The statement", "Aegean."), None, "IGO"),
             (("both countries", "serious level"), "GRC", "GOV"), BRU,
             "1987-03-27", "day", None, "asserted", None,
             "the statement called on both countries to begin immediate discussions (a new demand, not a later mention "
             "of the lead's call to avoid force), split by country: Greece; inside today's statement: DCT"),
            # 9
            ("REQUEST", ("called on", "serious level"), (("The statement", "Aegean."), None, "IGO"),
             (("both countries", "serious level"), "TUR", "GOV"), BRU,
             "1987-03-27", "day", None, "asserted", None,
             "the same call for discussions, Turkey's record"),
            # 10
            ("STATEMENT", "added", (("it", 'worse," it'), None, "IGO"), None, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "'Any intensification would make things worse': a caution with no consequence from the speaker (STATEMENT, "
             "own_blind's 'warned'); a second reporting clause, EVENTS.md 3; DCT"),
            # 11
            ("AGREE", ("said", "Carrington said"), (("Carrington", "Carrington said"), None, "IGO"), GRC_IMPLIED, BRU,
             "1987-03-27", "day", None, "asserted", 3,
             "later mention: the quote 'I am ... anxious to help in any way I can, provided that both Greece and Turkey "
             "... wish me to do so' restates the mediation offer (EVENTS.md 3; a conditional promise is asserted)"),
            # 12
            ("AGREE", ("said", "Carrington said"), (("Carrington", "Carrington said"), None, "IGO"), TUR_IMPLIED, BRU,
             "1987-03-27", "day", None, "asserted", 4,
             "later mention of the offer, Turkey's record"),
        ],
        "skip": [
            ("avoid any action", "content of the request"),
            ("aggravate", "content of the request"),
            ("recourse to force", "content of the request (ASSAULT avoided)"),
            (("meeting", "emergency"), "internal meeting of a single body (NATO ambassadors, EVENTS.md 10)"),
            ("issued", "part of the reporting clause (coded on 'statement')"),
            ("saying", "part of the reporting clause (coded on 'statement')"),
            ("damages", "content of the statement"),
            ("mediator", "content of the offer"),
            (("dispute", "mediator in the"), "background nominal (the Greek-Turkish dispute)"),
            (("called", "The meeting was"), "convening of NATO's internal meeting (EVENTS.md 10)"),
            ("reports that", "unnamed reports (their content coded: the warships)"),
            ("reached", "content of the statement"),
            ("discussions", "content of the request (Greek-Turkish talks; CONSULT planned arguable)"),
            ("intensification", "content of the caution"),
            ("attempt", "negated mediation attempt with no named agent (the meeting's own business)"),
            ("resolve", "content of the negated attempt"),
            ("help", "content of the offer"),
            ("wish", "condition of the offer"),
        ],
        "entities": [
            ("Greece", "GPE", "GRC"),
            ("Turkey", "GPE", "TUR"),
            ("NATO", "ORG", None),
            ("Aegean", "LOC", None),
            (("NATO", "emergency meeting of"), "ORG", None),
            (("Greece", "interests of"), "GPE", "GRC"),
            (("Turkey", "interests of Greece and"), "GPE", "TUR"),
            (("Alliance", "and of the"), "ORG", None),
            ("Carrington", "PERSON", None),
            ("Western Alliance", "ORG", None),
            (("Aegean", "exploration zone"), "LOC", None),
            (("Carrington", "Carrington said"), "PERSON", None),
            (("Greece", "both Greece"), "GPE", "GRC"),
            (("Turkey", "both Greece and"), "GPE", "TUR"),
        ],
    },
    "reuters21578-6760": {
        "events": [
            # 0
            ("STATEMENT", "announced", PEMEX, None, MEX,
             "1987-03-18", "day", None, "asserted", None,
             "statistics release: proven hydrocarbon reserves at end-1986 (state-owned company: BUS, EVENTS.md 15); "
             "'end-1986' governs the figure; wire style: DCT, the dateline city as written"),
            # 1
            ("STATEMENT", ("said", "pemex said"), (("pemex", "annual report,"), "MEX", "BUS"), None, MEX,
             "1987-03-18", "day", None, "asserted", None,
             "statistics in its annual report (a report by a named author, EVENTS.md 4): 1986 crude output and exports; "
             "'in 1986' governs the figures: DCT"),
            # 2
            ("STATEMENT", "say", ("The company", "MEX", "BUS"), None, MEX,
             "1987-03-18", "day", None, "negated", None,
             "withheld statement: did not say what percentage was crude oil (EVENTS.md 5; trigger on the withheld verb, "
             "own_dev's 'name'); DCT"),
            # 3
            ("STATEMENT", ("said", "previouly said"), ("The company", "MEX", "BUS"), None, MEX,
             "1987-03-18", "day", None, "asserted", None,
             "'has previouly said it was about 48 pct': 'have said' = DCT (EVENTS.md 16; 12b's 'have said previously': "
             "'previously' has no value)"),
        ],
        "skip": [
            ("rose", "statistics"),
            ("flattened out", "statistics"),
            (("down", "202,000 bpd"), "statistics"),
            ("suspended", "wells suspended after the oil-price fall: agentless, no act toward another party"),
            (("fall", "the"), "market-price movement (oil prices)"),
            ("accounted", "stative (statistics)"),
        ],
        "entities": [
            ("mexico", "GPE", "MEX"),
            ("petroleos mexicanos", "ORG", "MEX"),
            (("pemex", "mexicanos ("), "ORG", "MEX"),
            (("pemex", "annual report,"), "ORG", "MEX"),
            ("campeche", "LOC", "MEX"),
        ],
    },
    "reuters21578-20961": {
        "events": [
            # 0
            ("RETREAT", "withdrawn", USDA, ("Egypt", "EGY", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the USDA has withdrawn the EEP offers of dairy cattle to Egypt (withdrawing an offer = RETREAT toward the "
             "buyer country); present perfect with no time expression: undated (EVENTS.md 17)"),
            # 1
            ("STATEMENT", ("said", "The department said the initiative"), ("The department", "USA", "GOV"), None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "the initiative's history: announced September 12, 1986, sales of 3,501 head approved since (export-bonus "
             "administration: no type, 27b's 3904); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", "announced", (None, "USA", "GOV"), None, None,
             "1986-09-12", "day", "September 12, 1986", "asserted", None,
             "the initiative announced on September 12, 1986 (its own date; 27b's EEP initiative 'announced Jan 26', "
             "own_dev's 'announced on March 16'); the announcer implied: the USDA"),
            # 3
            ("STATEMENT", ("said", "The department said it is"), (("The department", "The department said it is"),
                                                                   "USA", "GOV"), None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "the programme's objective and continuation rule (a standing policy, no type); DCT"),
            # 4
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "GOV"), None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "it is giving exporters three days notice of the withdrawal under the programme's regulations "
             "(administration, no type); DCT"),
        ],
        "skip": [
            ("offers", "anaphoric: the withdrawn offers (coded on 'withdrawn')"),
            ("initiative for", "programme nominal (its announcement coded on 'announced')"),
            ("approved", "export-bonus administration (sales approved under the programme: no type)"),
            ("complete sales", "content of the statement (the programme's objective)"),
            (("announcing", "after"), "generic (the programme's rule)"),
            ("continued", "generic content (the programme's rule)"),
            ("sales activity", "generic content"),
            ("giving", "administration (notice to unnamed exporters: no type)"),
            (("withdrawn", "notice of the"), "anaphoric nominal (the withdrawal)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Egypt", "GPE", "EGY"),
        ],
    },
    "reuters21578-1600": {
        "events": [
            # 0
            ("SUPPORT", "awarded", DOT, ("Trans World Airlines Inc", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the DOT tentatively awarded the Baltimore-London route to TWA (a regulator's preliminary decision in "
             "favour of a named company: SUPPORT, as 31a's panel 'preliminary approval' of Federal Express's route bid; "
             "no type arguable); present perfect with no time expression: undated (EVENTS.md 17); 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", ("said", "The DOT said"), (("The DOT", "The DOT said"), "USA", "GOV"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "the route became available when World Airways abandoned it last September (an airline giving up a "
             "route: no counterpart, no type; 'last September' governs the abandonment, not the saying): DCT"),
        ],
        "skip": [
            (("said", "Transportation"), "rule-3 attribution (the route award is the event)"),
            ("issued", "regulatory procedure (a show cause order): no type"),
            ("question", "content of the order (objections by unnamed parties)"),
            (("decision", "question the"), "anaphoric nominal (the tentative award)"),
            ("decide", "pending final decision by the White House (21a's expected final decision: no type)"),
            ("choice", "anaphoric nominal (the award)"),
            ("abandoned", "World Airways giving up the route (a business decision with no counterpart; RETREAT "
                          "arguable), content of the statement"),
        ],
        "entities": [
            ("Department of Transportation", "ORG", "USA"),
            ("Baltimore", "GPE", "USA"),
            ("London", "GPE", "GBR"),
            ("Trans World Airlines Inc", "ORG", "USA"),
            (("DOT", "The DOT issued"), "ORG", "USA"),
            ("White House", "ORG", "USA"),
            (("DOT", "The DOT said"), "ORG", "USA"),
            ("World Airways Inc", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
