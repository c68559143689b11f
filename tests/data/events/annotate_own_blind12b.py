"""Build ``own_blind12b.jsonl``: blind events set 12b, annotated from the texts alone before any
extractor run on these articles, with every named entity mention (span, type, country).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind12b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (3,003 left; the ids of two earlier unlabelled reviews were not kept,
so up to ~1 of these may overlap them); 24 drawn with random.Random(12101).sample, dropping any
whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15.
42 event records (36 first mentions, 6 later mentions), 100 not_annotated spans, 112 entity mentions;
one article without events (12406 Lawson currency targets: a negative).
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md
and ../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), conventions as
in own_blind9a/11a: possessive 's left out, job titles not part of a PERSON span ("Chancellor of the
Exchequer" untagged), "Reagan administration" gives PERSON "Reagan", "U.S. Government" gives GPE
"U.S.", a government body named with its country word is one ORG ("U.S. Congress", "U.S. Agriculture
Department"); lower-case "senate banking committee" and "senate" are ORG (USA); GATT, the EC and
"General Agreement on Tariffs and Trade" are ORG null; "La." (Louisiana) is a GPE; "Tower commission"
is an ORG (USA); "Republican" (party) is NORP USA; tickers (PEL.N, BAEL.L, SLC), laws and agreements
(Consolidated Omnibus Budget Reconciliation Act, Multi-Fibre Arrangement/MFA, U.S.-USSR Grain Supply
Agreement: only its "U.S." and "USSR" are tagged), documents (Export Sales Report), currencies and
products (Hawk, "De Havilland Vampire jets") are not entities. Sonatrach, APS and PDVSA are DZA/VEN;
Rediffusion Plc is GBR; Champlin, Southland and Citgo are USA.

Judgement calls:
* 1594 (GATT user fee): GATT "has decided to set up an arbitration panel to rule on objections" to
  the U.S. fee is ACCUSE GATT (null, IGO) -> USA (a dispute proceeding = investigation of a party;
  skipping it was the alternative), undated (no time expression; the spokesman's "said" is
  attribution). Canada and the EC "told a GATT ... council meeting that the fee ... is illegal" is
  ACCUSE, split into CAN and EC (null) records, DCT; Samuels's "said the fee ... does not breach GATT
  rules" denies their allegation: REJECT USA -> CAN and USA -> null (split, as own_blind3's denial
  of a U.S. allegation has the accuser as actor2). "Samuels suggested that a working party be set
  up" is REQUEST to the GATT council (null). Hong Kong "attacked" the U.S. textile bill: ACCUSE HKG
  -> USA (verbal, wire-style: DCT), "supported by a large number of developing countries" is
  SUPPORT (group, null) -> HKG; Cartland's quoted "said the bill is blatantly protectionist" and "He
  added ..." restate the attack (later mentions); his conditional forecast "it would forestall any
  attempt to negotiate" is a STATEMENT (no consequence from the speaker). The bill's introduction
  "last February 19" is legislative procedure (skipped). The council's second decision (a working
  party on China's membership application) has no clear type and is skipped with the application;
  "The group is due to report to the next GATT council meeting on April 15" is a STATEMENT planned,
  1987-04-15. GATT council meetings are internal meetings of one body (skipped).
* 43 (Shultz): "acknowledged failings" is a STATEMENT (DCT, Anchorage); "declared he would not
  resign" is a refusal: REJECT (rule 2), actor2 null (nobody in the text asked him to resign;
  RETREAT-negated on "resign" was the alternative), with "repeated ... that he was not going to
  resign" and the quote "You can wipe that off your slate, he said" as later mentions. The Tower
  commission's "harsh criticism ... in its report ... published today" is ACCUSE USA -> Shultz,
  dated today (the report's release carries it; "published" is skipped as that release). "travelling
  to China for a week-long visit" is CONSULT USA -> CHN, planned, undated; "refused to comment
  directly on the report" is a withheld STATEMENT (negated, DCT).
* 17225 (Sonatrach LNG): "signed a 20-year accord" is AGREE DZA -> USA, undated ("APS said" is
  attribution). The scheduled deliveries are execution of the accord (skipped, as own_blind8b's
  deliveries), so the two remaining "APS said" clauses are STATEMENTs by the agency (DZA ORG, DCT).
  "months of negotiations between Panhandle Eastern ... and Sonatrach" is CONSULT, undated; "The
  talks" / "The agreement" / "the new LNG contract" are anaphoric (skipped); "an accord in July 1986
  which resolved a long-standing dispute between Sonatrach and ... Trunkline" is AGREE, 1986-07.
  "the U.S. Group unilaterally suspended purchases" is background (SANCTION arguable; skipped).
  Sonatrach ("national petroleum agency", state-owned) is BUS.
* 12406 (Lawson targets): no events. Setting sterling targets is monetary policy, the "disclosure"
  lies inside anonymous dealers' talk (STATEMENT arguable; skipped), the rest is market movement.
* 20521 (BAe Hawks): "has won a ... contract to supply Switzerland" is COOPERATE GBR BUS -> CHE GOV,
  undated; the spokesman's package description is a STATEMENT (DCT, London); the first plane "will
  be made ... and delivered" is execution of the contract (skipped); "will be co-produced by BAe and
  Swiss industry with final assembly in Emmen" is COOPERATE GBR -> CHE (industry, BUS), planned,
  undated (the second "said" is attribution); entering service is no actor's event.
* 18554 (Toshiba): the senators "said they will propose a temporary ban on imports of all Toshiba
  products" is THREATEN USA -> Toshiba (JPN BUS) on "said" (an announced punitive measure, as
  "vowed retaliation" in own_blind3), DCT; the hearing statement "they will offer the proposal ...
  this summer" and Garn's quote about "specific retribution on a company" are later mentions. The
  ban/proposal are content (SANCTION-hypothetical readings then are ignored, not rewarded); the
  "illegal sales ... to the Soviet Union" are a background nominal; the committee hearing is an
  internal meeting of one body.
* 12695 (USSR corn): "The Soviet Union has added 50,000 tonnes to its previous purchases of U.S.
  corn" is COOPERATE SUN -> USA (implied U.S. exporters), undated (the USDA's "said" is attribution);
  the Export Sales Report clause is a STATEMENT (statistics release, DCT); the passive "were
  reported" lines (unnamed exporters) and corn commitments are statistics; the Grain Supply
  Agreement is a background nominal.
* 4315 (Union Pacific / PDVSA): "will sign a pact in Caracas on March 17 with Petroleos De
  Venezuela" is AGREE planned, 1987-03-17 in Caracas, with "sell" as content and the first "said"
  as attribution; "a statement may be issued later today" is a STATEMENT hypothetical (1987-03-12,
  the spokesman's "said" is attribution, as own_blind11a's expected announcement); "no immediate
  comment from PDVSA officials in New York" and "he would place no value on the transaction" are
  withheld STATEMENTs (negated); "PDVSA officials have said previously" is a STATEMENT dated by the
  DCT (convention 16: "have said", "Earlier it reported"; "previously" has no value). The Citgo deal:
  "its earlier acquisition of a part interest" is a background nominal (skipped) and the deal is
  coded in its own clause: "that agreement signed September 15, 1986" is AGREE VEN -> USA
  (Southland), "PDVSA paid Southland 290 mln dlrs for half of Citgo's stock" is COOPERATE with the
  agreement's date, and "In the earlier deal ... PDVSA agredd to to supply Citgo" is AGREE VEN ->
  USA (Citgo) placed in that deal (1986-09-15). The expected/potential acquisitions of the refinery
  are anaphoric or anonymous (trade sources) and skipped. PDVSA (state-owned) and its officials are
  BUS.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

GEN = ("GENEVA", "CHE")
ANC = ("ANCHORAGE", "USA")
ALG = ("ALGIERS", "DZA")
LON = ("LONDON", "GBR")
WAC = ("WASHINGTON", "USA")
NY = ("NEW YORK", "USA")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1594": {
        "events": [
            # 0
            ("ACCUSE", "decided", ("GATT", None, "IGO"), ("U.S. Government", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "arbitration panel to rule on objections to the U.S. fee (dispute proceeding against a party); "
             "no time expression; the spokesman's 'said' is attribution"),
            # 1
            ("ACCUSE", "told", (("Canada", "Canada and the EC"), "CAN", "GOV"), (None, "USA", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None,
             "complaint that the U.S. fee is illegal under GATT rules; compound actor split (CAN / EC)"),
            # 2
            ("ACCUSE", "told", (("EC", "Canada and the EC"), None, "IGO"), (None, "USA", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None, "second member of the compound actor of e2"),
            # 3
            ("REJECT", ("said", "Michael Samuels"), ("U.S. Ambassador Michael Samuels", "USA", "GOV"),
             (None, "CAN", "GOV"), GEN, "1987-03-04", "day", None, "asserted", None,
             "denial of Canada's allegation (the fee 'does not breach GATT rules')"),
            # 4
            ("REJECT", ("said", "Michael Samuels"), ("U.S. Ambassador Michael Samuels", "USA", "GOV"),
             (None, None, "IGO"), GEN, "1987-03-04", "day", None, "asserted", None,
             "denial of the EC's allegation (second target of the split)"),
            # 5
            ("REQUEST", "suggested", (("Samuels", "Samuels suggested"), "USA", "GOV"), (None, None, "IGO"), GEN,
             "1987-03-04", "day", None, "asserted", None,
             "proposal to the GATT council: a working party instead of a panel"),
            # 6
            ("ACCUSE", "attacked", (("Hong Kong", "In another development"), "HKG", "GOV"),
             ("U.S. Congress", "USA", "GOV"), GEN, "1987-03-04", "day", None, "asserted", None,
             "criticism of the U.S. textile bill in the council (verbal, wire-style: DCT)"),
            # 7
            ("SUPPORT", "supported", ("a large number of developing countries", None, "IGO"),
             (("Hong Kong", "In another development"), "HKG", "GOV"), GEN, "1987-03-04", "day", None, "asserted",
             None, "developing countries backing Hong Kong's attack (placed in it)"),
            # 8
            ("ACCUSE", ("said", "Michael Cartland"), ("Michael Cartland", "HKG", "GOV"), (None, "USA", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", 6, "quoted restatement of the attack ('blatantly protectionist')"),
            # 9
            ("ACCUSE", "added", (("He", "He added"), "HKG", "GOV"), (None, "USA", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", 6, "quoted restatement of the attack (bill inconsistent with GATT)"),
            # 10
            ("STATEMENT", ("said", "If the bill were"), (("Cartland", "If the bill were"), "HKG", "GOV"), None, GEN,
             "1987-03-04", "day", None, "asserted", None,
             "conditional forecast of the bill's effect (no consequence from the speaker)"),
            # 11
            ("STATEMENT", ("report", "is due to"), ("The group", None, "IGO"), None, None,
             "1987-04-15", "day", "April 15", "planned", None,
             "the working party is to report to the council meeting on April 15"),
        ],
        "skip": [
            (("set up", "has decided to"), "content of the decision"),
            (("rule on", "arbitration panel"), "content of the decision"),
            ("objections", "background nominal (the complaint, coded on 'told' in the next sentence)"),
            (("imposed", "user fee"), "background: the fee in a relative clause (SANCTION without target arguable)"),
            (("said", "a GATT spokesman"), "attribution"),
            (("meeting", "council meeting that"), "internal meeting of a single body (GATT council)"),
            ("imposes", "description of the fee"),
            ("illegal", "content of the complaint"),
            (("imposed", "Michael Samuels"), "background: the fee in a relative clause"),
            ("breach", "content of the denial"),
            (("set up", "Samuels suggested"), "content of the request"),
            ("examine", "content of the request"),
            ("introduced", "introduction of a bill in Congress: legislative procedure, no type"),
            ("passed", "condition"),
            ("forestall", "content of the forecast"),
            ("negotiate", "content of the forecast"),
            (("decided", "also decided"), "procedural decision on China's application (working party): no clear type"),
            (("set up", "also decided to"), "content of the decision"),
            ("study", "content of the decision"),
            ("application", "background nominal (China's membership application; REQUEST arguable, undated)"),
            (("meeting", "next GATT council"), "internal meeting of a single body (GATT council)"),
        ],
        "entities": [
            ("GATT", "ORG", None),
            ("Canada", "GPE", "CAN"),
            ("European Community", "ORG", None),
            ("U.S.", "GPE", "USA"),
            (("GATT", "a GATT spokesman"), "ORG", None),
            (("Canada", "Canada and the EC"), "GPE", "CAN"),
            (("EC", "Canada and the EC"), "ORG", None),
            (("GATT", "told a"), "ORG", None),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("GATT", "is illegal under"), "ORG", None),
            (("U.S.", "U.S. Ambassador"), "GPE", "USA"),
            ("Michael Samuels", "PERSON", "USA"),
            (("U.S.", "U.S. To help"), "GPE", "USA"),
            (("GATT", "not breach"), "ORG", None),
            (("Samuels", "Samuels suggested"), "PERSON", "USA"),
            ("Hong Kong", "GPE", "HKG"),
            ("U.S. Congress", "ORG", "USA"),
            (("Hong Kong", "Hong Kong representative"), "GPE", "HKG"),
            ("Michael Cartland", "PERSON", "HKG"),
            (("GATT", "either the"), "ORG", None),
            (("Congress", "passed by"), "ORG", "USA"),
            (("Cartland", "If the bill"), "PERSON", "HKG"),
            (("GATT", "GATT's council"), "ORG", None),
            ("China", "GPE", "CHN"),
            (("GATT", "full GATT"), "ORG", None),
            (("GATT", "next GATT"), "ORG", None),
        ],
    },
    "reuters21578-43": {
        "events": [
            # 0
            ("STATEMENT", "acknowledged", ("Secretary of State George Shultz", "USA", "GOV"), None, ANC,
             "1987-02-26", "day", None, "asserted", None, "admission of failings in the Iran arms affair"),
            # 1
            ("REJECT", "declared", ("Secretary of State George Shultz", "USA", "GOV"), None, ANC,
             "1987-02-26", "day", None, "asserted", None,
             "refusal to resign (rule 2: a refusal = REJECT); no one named as asking"),
            # 2
            ("ACCUSE", "criticism", ("the Tower commission", "USA", "GOV"), ("His", "USA", "GOV"), None,
             "1987-02-26", "day", "today", "asserted", None,
             "harsh criticism of Shultz's role in the report published today"),
            # 3
            ("CONSULT", "visit", (("Shultz", "Shultz, travelling"), "USA", "GOV"), ("China", "CHN", "GOV"),
             ("China", "CHN"), None, "unknown", None, "planned", None,
             "week-long visit to China he is travelling to; no date given"),
            # 4
            ("STATEMENT", "refused to comment", (("Shultz", "Shultz, travelling"), "USA", "GOV"), None, ANC,
             "1987-02-26", "day", None, "negated", None, "withheld statement on the report"),
            # 5
            ("REJECT", "repeated", (("he", "But he repeated"), "USA", "GOV"), None, ANC,
             "1987-02-26", "day", None, "asserted", 1, "later mention of the refusal to resign"),
            # 6
            ("REJECT", ("said", "off your slate"), (("he", "off your slate"), "USA", "GOV"), None, ANC,
             "1987-02-26", "day", None, "asserted", 1, "quoted restatement of the refusal"),
        ],
        "skip": [
            ("failings", "content of the admission"),
            (("resign", "would not"), "content of the refusal"),
            ("scandal", "background nominal"),
            ("scarred", "no type"),
            (("report", "in its report"), "the document carrying the criticism"),
            (("published", "in its report"), "release of the report carrying the criticism (STATEMENT arguable)"),
            ("travelling", "part of the visit"),
            (("published", "published after"), "anaphoric: the report's release again"),
            ("left", "no type"),
            ("has done", "habitual repetition since November (vague)"),
            ("broke", "no acting actor"),
            (("resign", "not going to"), "content of the refusal"),
            ("wipe", "content of the quote"),
        ],
        "entities": [
            ("George Shultz", "PERSON", "USA"),
            ("Iran", "GPE", "IRN"),
            ("Reagan", "PERSON", "USA"),
            ("Tower commission", "ORG", "USA"),
            (("Shultz", "Shultz, travelling"), "PERSON", "USA"),
            ("China", "GPE", "CHN"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-17225": {
        "events": [
            # 0
            ("AGREE", "signed", ("Sonatrach", "DZA", "BUS"), ("Panhandle-Trunkline", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "20-year LNG delivery accord; no time expression; 'APS said' is attribution"),
            # 1
            ("STATEMENT", ("said", "Lake Charles"), (("APS", "Lake Charles"), "DZA", "ORG"), None, ALG,
             "1987-04-27", "day", None, "asserted", None,
             "terms of the deal (deliveries are execution of the accord)"),
            # 2
            ("STATEMENT", ("said", "APS said the pricing"), (("APS", "APS said the pricing"), "DZA", "ORG"), None, ALG,
             "1987-04-27", "day", None, "asserted", None, "description of the pricing formula"),
            # 3
            ("CONSULT", "negotiations", ("Panhandle Eastern Petroleum Corp", "USA", "BUS"),
             (("Sonatrach", "Panhandle Eastern Petroleum Corp and"), "DZA", "BUS"), None,
             None, "unknown", None, "asserted", None, "months of negotiations; no time value"),
            # 4
            ("AGREE", ("accord", "The talks followed"), (("Sonatrach", "dispute between"), "DZA", "BUS"),
             ("Trunkline Gas Co", "USA", "BUS"), None, "1986-07", "month", "July 1986", "asserted", None,
             "accord that resolved the Sonatrach-Trunkline dispute"),
        ],
        "skip": [
            (("said", "news agency"), "attribution"),
            ("delivery", "content of the accord"),
            ("Deliveries", "scheduled execution of the accord"),
            ("carried", "execution of the accord"),
            ("preserve", "content of the statement"),
            ("take into account", "content of the statement"),
            ("agreement", "anaphoric nominal"),
            ("contract", "anaphoric nominal"),
            (("talks", "The talks followed"), "anaphoric nominal (the negotiations)"),
            ("resolved", "part of the accord"),
            ("dispute", "background nominal"),
            ("suspended purchases", "background: a buyer's suspension of purchases (SANCTION arguable), undated"),
        ],
        "entities": [
            ("Algeria", "GPE", "DZA"),
            ("Sonatrach", "ORG", "DZA"),
            ("U.S.", "GPE", "USA"),
            ("Panhandle-Trunkline", "ORG", "USA"),
            ("APS", "ORG", "DZA"),
            ("Algerian", "NORP", "DZA"),
            ("Lake Charles", "GPE", "USA"),
            ("La.", "GPE", "USA"),
            (("APS", "Lake Charles"), "ORG", "DZA"),
            (("APS", "APS said the pricing"), "ORG", "DZA"),
            (("Sonatrach", "interests of"), "ORG", "DZA"),
            ("American", "NORP", "USA"),
            ("Panhandle Eastern Petroleum Corp", "ORG", "USA"),
            (("Sonatrach", "Panhandle Eastern Petroleum Corp and"), "ORG", "DZA"),
            (("Sonatrach", "dispute between"), "ORG", "DZA"),
            (("Panhandle", "Sonatrach and Panhandle"), "ORG", "USA"),
            ("Trunkline Gas Co", "ORG", "USA"),
            (("U.S.", "U.S. Group"), "GPE", "USA"),
            (("Algerian", "Algerian LNG"), "NORP", "DZA"),
        ],
    },
    "reuters21578-12406": {
        "events": [],
        "skip": [
            ("showed", "market movement"),
            ("set a target", "exchange-rate target: monetary policy"),
            ("maintained", "monetary operation (content)"),
            ("intervention", "currency intervention (monetary operation)"),
            (("said", "Dealers"), "anonymous-source talk (dealers)"),
            ("surprised", "market reaction, inside dealers' talk"),
            ("disclosure", "nominal inside dealers' talk (the Chancellor's announcement; STATEMENT arguable)"),
            ("cut", "interest-rate prospects (monetary)"),
            ("gained", "market movement"),
            ("opened", "market movement"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            (("U.K.", "cut in"), "GPE", "GBR"),
        ],
    },
    "reuters21578-20521": {
        "events": [
            # 0
            ("COOPERATE", "won", ("British Aerospace Plc", "GBR", "BUS"), ("Switzerland", "CHE", "GOV"), None,
             None, "unknown", None, "asserted", None, "contract won from Switzerland; no time expression"),
            # 1
            ("STATEMENT", "said", ("a BAe spokesman", "GBR", "BUS"), None, LON,
             "1987-10-20", "day", None, "asserted", None, "description of the package"),
            # 2
            ("COOPERATE", "co-produced", (("BAe", "co-produced by"), "GBR", "BUS"), ("Swiss industry", "CHE", "BUS"),
             ("Emmen", "CHE"), None, "unknown", None, "planned", None,
             "co-production with Swiss industry; 'the spokesman said' is attribution"),
        ],
        "skip": [
            ("supply", "content of the contract"),
            ("includes", "description of the package"),
            (("made", "will be made"), "execution of the contract"),
            ("delivered", "scheduled execution of the contract (by late 1989)"),
            (("said", "Emmen"), "attribution"),
            ("assembly", "part of the co-production"),
            ("enter service", "no acting actor's event"),
            ("replacing", "no type"),
        ],
        "entities": [
            ("British Aerospace Plc", "ORG", "GBR"),
            ("Switzerland", "GPE", "CHE"),
            ("Rediffusion Plc", "ORG", "GBR"),
            ("BAe", "ORG", "GBR"),
            ("Britain", "GPE", "GBR"),
            (("Switzerland", "delivered to"), "GPE", "CHE"),
            (("BAe", "co-produced by"), "ORG", "GBR"),
            ("Swiss", "NORP", "CHE"),
            ("Emmen", "GPE", "CHE"),
            ("Swiss Air Force", "ORG", "CHE"),
            (("British", "Air Force's British"), "NORP", "GBR"),
        ],
    },
    "reuters21578-18554": {
        "events": [
            # 0
            ("THREATEN", "said", ("Three U.S. Senators", "USA", "GOV"), ("Toshiba", "JPN", "BUS"), WAC,
             "1987-06-18", "day", None, "asserted", None,
             "announced proposal of an import ban on Toshiba as punishment (cf. 'vowed retaliation')"),
            # 1
            ("THREATEN", ("said", "Richard Selby"), ("Senator Jake Garn, John Heinz and Richard Selby", "USA", "GOV"),
             (None, "JPN", "BUS"), WAC, "1987-06-18", "day", None, "asserted", 0,
             "later mention: the same announcement at the hearing, with its timing"),
            # 2
            ("THREATEN", ("said", "Utah Republican"), (("Garn", "Garn, a Utah"), "USA", "GOV"),
             ("a company", "JPN", "BUS"), WAC, "1987-06-18", "day", None, "asserted", 0,
             "quoted restatement ('specific retribution on a company')"),
        ],
        "skip": [
            ("propose", "content of the threat"),
            ("ban", "content of the threat"),
            ("sales", "background nominal (Toshiba's illegal sales to the Soviet Union)"),
            ("hearing", "internal meeting of a single body (Senate committee hearing)"),
            ("offer the proposal", "content of the threat"),
            ("brought before", "content (legislative procedure)"),
            ("retribution", "content of the quote"),
            ("endangers", "content of the quote"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Toshiba", "ORG", "JPN"),
            ("Soviet Union", "GPE", "SUN"),
            ("Jake Garn", "PERSON", "USA"),
            ("John Heinz", "PERSON", "USA"),
            ("Richard Selby", "PERSON", "USA"),
            ("senate banking committee", "ORG", "USA"),
            (("senate", "brought before the"), "ORG", "USA"),
            (("Garn", "Garn, a Utah"), "PERSON", "USA"),
            ("Utah", "GPE", "USA"),
            ("Republican", "NORP", "USA"),
        ],
    },
    "reuters21578-12695": {
        "events": [
            # 0
            ("COOPERATE", "added", ("The Soviet Union", "SUN", "GOV"), (None, "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "additional purchase of U.S. corn (implied U.S. exporters); the USDA's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "the department said"), (("the department", "the department said"), "USA", "GOV"),
             None, WAC, "1987-04-02", "day", None, "asserted", None, "statistics release (Export Sales Report)"),
        ],
        "skip": [
            (("said", "Agriculture Department"), "attribution"),
            ("previous purchases", "background nominal"),
            ("changes", "statistics"),
            ("reported", "statistics reported by unnamed exporters"),
            (("reported", "transaction was"), "statistics reported by unnamed exporters"),
            ("commitments", "statistics (stative)"),
            ("Grain Supply Agreement", "background nominal (the long-term U.S.-USSR agreement)"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Soviet Union", "corn to the"), "GPE", "SUN"),
            (("U.S.", "fourth year"), "GPE", "USA"),
            ("USSR", "GPE", "SUN"),
        ],
    },
    "reuters21578-4315": {
        "events": [
            # 0
            ("AGREE", "sign", ("Union Pacific Corp", "USA", "BUS"), ("Petroleos De Venezuela", "VEN", "BUS"),
             ("Caracas", "VEN"), "1987-03-17", "day", "March 17", "planned", None,
             "pact to sell half of the Corpus Christi refinery; 'said' is attribution, 'sell' content"),
            # 1
            ("STATEMENT", ("issued", "may be"), (("the company", "A spokesman for the company"), "USA", "BUS"), None,
             None, "1987-03-12", "day", "later today", "hypothetical", None,
             "a statement 'may be issued later today'; the spokesman's 'said' is attribution"),
            # 2
            ("STATEMENT", ("comment", "no immediate"), (("PDVSA officials", "no immediate comment"), "VEN", "BUS"),
             None, ("New York", "USA"), "1987-03-12", "day", None, "negated", None,
             "withheld statement ('no immediate comment')"),
            # 3
            ("STATEMENT", ("said", "Union Pacific spokesman"), ("the Union Pacific spokesman", "USA", "BUS"), None, NY,
             "1987-03-12", "day", None, "asserted", None, "refinery capacity"),
            # 4
            ("STATEMENT", ("place", "would place"), (("he", "but he would"), "USA", "BUS"), None, NY,
             "1987-03-12", "day", None, "negated", None, "withheld statement ('would place no value')"),
            # 5
            ("STATEMENT", ("said", "officials have said"), (("PDVSA officials", "profile which"), "VEN", "BUS"), None, NY,
             "1987-03-12", "day", None, "asserted", None,
             "'have said previously' (convention 16: DCT; 'previously' has no value)"),
            # 6
            ("STATEMENT", ("said", "One PDVSA official"), ("One PDVSA official", "VEN", "BUS"), None, NY,
             "1987-03-12", "day", None, "asserted", None, "PDVSA's acquisition profile"),
            # 7
            ("AGREE", ("signed", "agreement signed"), (("PDVSA", "1986, PDVSA"), "VEN", "BUS"),
             (("Southland", "PDVSA paid"), "USA", "BUS"), None, "1986-09-15", "day", "September 15, 1986",
             "asserted", None, "the Citgo agreement signed September 15, 1986"),
            # 8
            ("COOPERATE", "paid", (("PDVSA", "1986, PDVSA"), "VEN", "BUS"), (("Southland", "PDVSA paid"), "USA", "BUS"),
             None, "1986-09-15", "day", "September 15, 1986", "asserted", None,
             "purchase of half of Citgo's stock, in the agreement (its date)"),
            # 9
            ("AGREE", "agredd", (("PDVSA", "Southland, PDVSA"), "VEN", "BUS"), (("Citgo", "supply Citgo"), "USA", "BUS"),
             None, "1986-09-15", "day", None, "asserted", None,
             "supply commitment placed in the earlier deal (dated by the September 15, 1986 agreement)"),
        ],
        "skip": [
            (("said", "Union Pacific Corp said"), "attribution"),
            ("sell", "content of the pact"),
            (("owned", "refinery owned"), "ownership, no event"),
            (("sale", "The sale"), "anaphoric nominal"),
            ("include", "description of the sale"),
            (("said", "A spokesman for"), "attribution of the possible statement"),
            ("giving details", "content of the possible statement"),
            (("acquisition", "The additional"), "anaphoric nominal (the refinery purchase)"),
            ("expected", "anonymous expectation"),
            ("moving", "generic strategy"),
            ("Purchase", "anaphoric nominal"),
            ("looked for", "content of the statement"),
            (("acquisition", "in any"), "generic nominal, content"),
            ("looking for", "content of the statement"),
            (("purchase", "potential purchase"), "anaphoric nominal"),
            (("acquisition", "its earlier"), "background nominal (the Citgo purchase, coded on 'paid')"),
            (("acquisition", "potetnital"), "anaphoric nominal"),
            (("give", "will also give"), "content of anonymous trade talk"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            (("deal", "earlier deal"), "anaphoric nominal"),
            (("supply", "agredd"), "content of the agreement"),
        ],
        "entities": [
            ("Union Pacific Corp", "ORG", "USA"),
            ("Caracas", "GPE", "VEN"),
            ("Petroleos De Venezuela", "ORG", "VEN"),
            ("PDVSA", "ORG", "VEN"),
            ("Corpus Christi", "GPE", "USA"),
            ("Texas", "GPE", "USA"),
            (("Union Pacific", "its Union Pacific"), "ORG", "USA"),
            ("Champlin Petroleum Co", "ORG", "USA"),
            (("PDVSA", "no immediate comment"), "ORG", "VEN"),
            ("New York", "GPE", "USA"),
            (("Corpus Christi", "The Corpus Christi refinery"), "GPE", "USA"),
            (("Union Pacific", "the Union Pacific spokesman"), "ORG", "USA"),
            (("PDVSA", "assets by"), "ORG", "VEN"),
            (("Venezuela", "expected as"), "GPE", "VEN"),
            (("Champlin", "part of Champlin"), "ORG", "USA"),
            (("PDVSA", "profile which"), "ORG", "VEN"),
            (("PDVSA", "One PDVSA"), "ORG", "VEN"),
            (("Champlin", "interest in Champlin"), "ORG", "USA"),
            ("Southland Corp", "ORG", "USA"),
            ("Citgo Petroleum Corp", "ORG", "USA"),
            (("PDVSA", "1986, PDVSA"), "ORG", "VEN"),
            (("Southland", "PDVSA paid"), "ORG", "USA"),
            (("Citgo", "half of Citgo"), "ORG", "USA"),
            (("Champlin", "half Champlin"), "ORG", "USA"),
            (("Corpus Christi", "half Champlin"), "GPE", "USA"),
            (("Venezuela", "also give"), "GPE", "VEN"),
            (("Southland", "deal with"), "ORG", "USA"),
            (("PDVSA", "Southland, PDVSA"), "ORG", "VEN"),
            (("Citgo", "supply Citgo"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind12b.jsonl")
