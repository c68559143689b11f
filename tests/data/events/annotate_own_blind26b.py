"""Build ``own_blind26b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Anchoring as the model scripts (``annotate_own_blind25b.py`` and before): offsets are never typed, each
span is a quoted anchor (first match) or an (anchor, context) pair (first match of the anchor at or after
the context); this script carries its own copy of the anchoring, the guideline sentence splitter
(../shared/dev/EVENTS.md appendix) and the checks, so it reads nothing but the corpus and
HOLDOUT_IDS.txt. Any run of white space in an anchor matches any run; anchors match whole words only.
Run from the repo root:

    python3 tests/data/events/annotate_own_blind26b.py /work/shared/corpora/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,786 left); 24 drawn with random.Random(26101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
45 event records (40 first mentions, 5 later mentions), 147 not_annotated spans, 119 entity mentions;
no article without events; 19927 (Venezuelan budget) and 11427 (East German winterkill) have
reporting-clause STATEMENTs only, 15444 (Bundesbank repurchase rates) two STATEMENTs amid anonymous
dealers' talk and monetary operations. Types: STATEMENT 28, AGREE 6, ACCUSE 3, CONSULT 2, SANCTION 2,
AID 2, REJECT 1, REQUEST 1; modality: asserted 41, planned 4; precision: day 31, unknown 11, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed that way: Kay's "told" first
matched Sims's "told", and "Sheikh Ali" the full name in the earlier sentence). The script asserts that
no gold trigger overlaps a not_annotated span, that every span slices its text, that dates fit their
precision, that a first mention dated with no date_text carries the publication date, and that
same_as points at an earlier first mention of the same type. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not tagged ("Treasury Secretary James
Baker": the PERSON only, as 25b; "Deputy U.S. Comptoller of the Currency Robert Bench": "U.S." GPE and
the PERSON, the Comptroller's title left untagged as "Defence Secretary"), while a full agency name in
a title is an ORG mention ("Office of Management and Budget chief James Miller", "USDA's Foreign
Agricultural Service Administrator Thomas Kay", "Bundesbank board member"); "Sheikh" is a title
("Ali al-Khalifa al-Sabah", then "Ali", as 13a's "Saad al-Abdulla al-Sabah"); a government body with
its country word is one ORG span ("U.S. Agriculture Department"); "U.S." before a facility's name is a
GPE ("the U.S. Naval Petroleum Reserves": the reserves, a facility, are not tagged, 20a's SPR); East
Germany, East Berlin and "north of Berlin" (the GDR region round Berlin in an East German crop report)
GPE DDR (the withdrawn ISO code of the German Democratic Republic, kept for 1987 as SUN, YUG, ZAR,
BUR; DEU for Berlin arguable); West Berlin GPE DEU; "Saudi Arabian" NORP SAU (21a), the Saudi Press
Agency / SPA ORG SAU (18b), Al-Qabas ORG KWT; OPEC, the Asian Development Bank / ADB, its Asian
Development Fund and the Inter-American Development Bank ORG null; ADB staff (S. Stanley Katz, Gunther
Schulz) PERSON null (23b's World Bank staff); Rilwanu Lukman PERSON NGA (the text calls him Nigerian
Oil Minister as well as OPEC President); Petroleos de Venezuela, S.A. one ORG span VEN (the legal form
kept, the country inside the name not tagged separately); Reuters ORG GBR; the South Pacific LOC null;
instruments (Philippine investment notes / PIN / PINs: only "Philippine" NORP PHL), currencies, laws
("1985 farm bill") and lower-case bodies ("state central bank", "commercial bank advisory committee")
are not entities.

Judgement calls made here:
* 8473 (Philippine debt talks): "The Philippines and its commercial bank advisory committee will
  resume talks tomorrow" is CONSULT PHL -> the committee (the foreign creditor banks' committee: null
  BUS, 18a), planned, 1987-03-24 ("tomorrow" from Mon 23 March), location null (not given). Everything
  the bankers say is anonymous (bankers, "One senior banker", "The senior banker": skipped), and so is
  its content: the two sides "still working on a plan" (CONSULT arguable), Manila's proposal to pay
  interest with PINs (a background nominal inside anonymous talk; AGREE or REQUEST arguable) and the
  hoped-for final agreement (AGREE planned arguable); the bankers attending the IDB annual meeting are
  skipped with the meeting. "Deputy U.S. Comptoller of the Currency Robert Bench said last week that U.S.
  bank regulators also had no objection in principle to the PINs concept" is a STATEMENT USA GOV (an
  assessment of a payment concept, not an endorsement of an actor: EVENTS.md 6; SUPPORT USA -> PHL
  arguable) dated 1987-03 by "last week" (16-22 March, month precision, EVENTS.md 21), location null;
  Manila's guarantee of the notes' conversion is its content (AID arguable, skipped).
* 19927 (Venezuelan budget): "Venezuela's government tomorrow presents a 1988 budget proposal" is a
  domestic budget procedure with no addressee named (REQUEST toward the Venezuelan Congress arguable, as
  17b's legislative package "transmitted to Congress"; skipped), so Azpurua's "said" is a STATEMENT (VEN
  GOV, DCT, CARACAS); "Azpurua told reporters after a cabinet meeting" and "The finance minister said"
  are STATEMENTs (the cabinet meeting an internal meeting, skipped); "according to the state oil company
  Petroleos de Venezuela, S.A." is a statistics release by a named author (7a's crop report "according
  to"): STATEMENT VEN BUS (a state company is BUS, EVENTS.md 15), DCT. The splitter cuts "16. 20 dlrs"
  after "16." (a wire-text break), so that record's sentence starts at "20 dlrs".
* 11427 (East German winterkill): the seven reporting clauses of "the U.S. agricultural officer in East
  Berlin" ("said" x5, "added" x2) are STATEMENTs USA GOV; the field report carries no date, so each
  takes the DCT (wire style), located at the officer's post (East Berlin, DDR; 22b's counselor in Buenos
  Aires); "In a field report" is part of the reporting clause (skipped, 22b). The weather damage has no
  actor; "will probably call for special measures this spring" is an agronomic need with no actor asked
  (EVENTS.md 2), and "this spring" governs the measures, not the saying.
* 11455 (Naval Petroleum Reserves sale): "James Baker and ... James Miller defended an administration
  plan to sell the U.S. Naval Petroleum Reserves" is a STATEMENT (defending a policy, EVENTS.md 6), one
  record for the same-country compound (EVENTS.md 12), testimony in wire style: DCT, WASHINGTON; "the
  officials said the plan was justified ..." spells out that defence (later mention). The sale to
  unnamed buyers has no counterpart (skipped, also in the quote "We'd sell it to the highest bidder");
  the congressman's "hostile questioning" is a question (ACCUSE USA -> USA arguable, skipped). Miller's
  "acknowleged" (12b's "acknowledged failings"), "Miller said the sale price may end up higher" and the
  quote's "Miller said" are three STATEMENTs (DCT).
* 248 (Saudi commitment to the OPEC pact): "last December's OPEC accord" is a nominal with its own
  agent and date (EVENTS.md 11): AGREE OPEC (null IGO, no actor2: an agreement among members), 1986-12
  (21a's "as agreed by Opec last December"); "the December accord, under which OPEC agreed to lower its
  ... ceiling" is its later mention on "agreed" (date_text "December"; "accord" there an anaphoric
  nominal; Saudi Arabia as "main architect" a background role, AGREE SAU arguable, skipped). "Nazer
  reiterated the kingdom's commitment to ... the OPEC accord, the official Saudi Press Agency SPA said"
  is AGREE SAU -> OPEC (21a's King Fahd call: confirming a commitment), relayed by SPA with no time
  expression: undated (relayed speech, guidelines rule 4; SPA's "said" rule-3 attribution), location
  null; his answer to the agency "Nazer said Saudi Arabia 'is fully adhering ... will never sell its
  oil at prices below the pronounced prices'" is the quoted restatement (later mention, EVENTS.md 3).
  "Nazer, quoted by SPA, said recent pressure ... may be because of the end of the ... winter season",
  "Nazer was quoted by the SPA as saying Saudi Arabia's adherence ... was shown clearly in the oil
  market" (trigger "quoted", 23b; an assessment, an AGREE restatement arguable) and "He said contacts
  among members of OPEC showed they all wanted to stick to the accord" (continuing the SPA interview,
  20a) are STATEMENTs, relayed: undated, location null; the contacts among members are content
  (CONSULT arguable, no date). "In Jamaica, OPEC President Rilwanu Lukman ... said the group planned to
  stick with the pricing agreement" is AGREE (a commitment, as the Saudi reiteration; rule 2 on "said")
  by Lukman speaking for OPEC (null IGO, EVENTS.md 13's GATT official; he is also Nigerian Oil Minister)
  with no actor2, DCT (wire style), located in Jamaica; his quote '"We are aware of the negative forces
  ..., but we are satisfied that the fundamentals exist ...," he said' is a STATEMENT (the unnamed
  "negative forces" have no identifiable actor). "Kuwait's Oil Minister, Sheikh Ali al-Khalifa
  al-Sabah, said in remarks published in the emirate's daily Al-Qabas there were no plans for an
  emergency OPEC meeting" is a STATEMENT relayed by a newspaper with no date: undated, location null
  (18b dated such remarks only by their "published today"; the unplanned meeting is content, CONSULT
  negated arguable). The traders' and analysts' estimate and their naming of Kuwait, the UAE and
  Ecuador as over-producers are anonymous (skipped); "Sheikh Ali denied that Kuwait was over-producing"
  is REJECT KWT -> null (the allegation's authors are anonymous: 23b/25a), wire style: DCT, BAHRAIN.
* 11587 (cargo preference squabble): "The U.S. Agriculture Department said it will begin charging
  interest tomorrow on the over 12 mln dlrs the Department of Transportation ... owes USDA" is SANCTION
  USA -> USA (a financial penalty on an identified party in the inter-agency dispute; REQUEST as
  pressure to pay, or no type as inter-agency accounting, arguable), planned, 1987-04-01 ("tomorrow"),
  "said" rule-3 attribution; in Sims's testimony "his department had billed DOT 12 mln dlrs" is REQUEST
  USA -> USA (a demand for payment), pluperfect with no time expression: undated, and "interest on that
  amount and an additional charge would begin accruing April 1" the charge's later mention (1987-04-01,
  "April 1"; agent and target implied), so "told" is rule-3 attribution. Kay's "told Reuters DOT could
  owe USDA as much as 20 mln dlrs" is a STATEMENT (DCT). "The two departments are trying to hammer out
  an accord" is CONSULT USA -> USA (the other department implied, EVENTS.md 14), asserted, undated
  (present progressive, 14a), the accord its goal (skipped; AGREE planned arguable). "Sims said the
  agencies were near to reaching a memorandum of understanding" is AGREE planned USA -> USA (an expected
  agreement) on the event noun after the light verb, undated, "said" attribution. "Although the
  increased cost was to be funded by DOT, Sims said that department to date has contributed no money"
  is ACCUSE USA -> USA (a complaint of non-payment, rule 2; STATEMENT arguable), DCT. The 1985 farm
  bill's schedule and the food aid shipments are background (skipped).
* 15444 (Bundesbank repurchase rates): every dealer, "operators" and "Dealers expect" clause is
  anonymous, and the allotments, tenders, pact rates and the January 22 discount rate cut are monetary
  operations (skipped). "Comments by Bundesbank board member Claus Koehler yesterday that rate cuts were
  needed ..., and by West Berlin state central bank president Dieter Hiss that there was no natural
  lower limit to the discount rate" is a nominal speech act with its own agents and date (EVENTS.md 11):
  one STATEMENT DEU GOV (two same-country speakers on one trigger, EVENTS.md 12; monetary-policy views
  of their own system, not a REQUEST), 1987-04-08 ("yesterday" governs Koehler's comments), location
  null; "Remarks by central bankers" in the lead is the same comments (skipped). "Bundesbank officials
  have already said they favour more discreet rate adjustments" is a STATEMENT (officials of a named
  body, EVENTS.md 4; "have said" = DCT, EVENTS.md 16), FRANKFURT.
* 12405 (ADB office in Jakarta): opening an office abroad has no clear type (13b, 16b), so "The Asian
  Development Bank (ADB) will open an office in Jakarta later this year ..., bank Vice-President S.
  Stanley Katz said" is a STATEMENT (null IGO, DCT, MANILA) and the quote '"We have very large projects
  in Indonesia and we would like to accelerate their implementation," Katz told Reuters' its quoted
  restatement (later mention). "It [Indonesia] received 118 loans worth 3.7 billion dlrs ... between
  1968 and 1986" is AID ADB (null IGO, anchored at "the ADB's" in the same sentence) -> IDN (20b's
  "received its first loans from the ADB"), date unknown (a span with no single value); "Jakarta has
  also received loans worth 162 mln dlrs from the bank's Asian Development Fund" is AID null -> IDN,
  undated (present perfect, EVENTS.md 17). The lending shares, OCR figures and disbursements are
  statistics, and "ADB sources said" (twice) anonymous: the staff "stationed ... in Jakarta" and the
  "government requests" are its content (a bare background nominal; REQUEST IDN -> ADB arguable).
  '"Project implementation is very slow in Indonesia and we are not very satisfied with the pace. We hope
  the new office might help," Gunther Schulz ... said' is ACCUSE null -> IDN (frustration with a party's
  performance, EVENTS.md 7), DCT, on "said" (its sentence is the quote's last one, by the splitter);
  "Planned projects were further slowed down in 1986 because of the country's budgetary problems, he
  added" a STATEMENT (an explanation); '"Decision making is quite slow, complicated and very
  centralised," Schulz told Reuters' a second ACCUSE toward Indonesia (implied; a new criticism, not a
  restatement), DCT. Suharto's setting up a team "in July last year" is a domestic administrative
  measure (skipped)."""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from annotate_own_dev import sentences  # noqa: E402  (the guideline sentence splitter)

OUT = HERE / "own_blind26b.jsonl"
HOLDOUT = Path("/work/shared/corpora/HOLDOUT_IDS.txt")

TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"}
KINDS = {"GOV", "MIL", "BUS", "ORG", "PERSON", "IGO", None}
MODALITIES = {"asserted", "planned", "hypothetical", "negated"}
PRECISIONS = {"day", "month", "year", "unknown"}
ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
# ISO 3166-1 alpha-3 codes used in this file (DDR: the withdrawn code of the German Democratic Republic,
# kept for 1987 as SUN, YUG, ZAR and BUR in the earlier sets).
COUNTRIES = {"USA", "PHL", "VEN", "DDR", "DEU", "SAU", "KWT", "ARE", "ECU", "NGA", "JAM", "IDN", "BGD", "VUT",
             "GBR", "BHR", None}

MIA = ("MIAMI", "USA")
CCS = ("CARACAS", "VEN")
WAS = ("WASHINGTON", "USA")
BAH = ("BAHRAIN", "BHR")
FRA = ("FRANKFURT", "DEU")
MNL = ("MANILA", "PHL")
EAST_BERLIN = ("East Berlin", "DDR")
JAMAICA = ("Jamaica", "JAM")

OFFICER = ("U.S. agricultural officer in East Berlin", "USA", "GOV")
OPEC = (("OPEC", "December's OPEC"), None, "IGO")
OPEC_IMPLIED = (None, None, "IGO")
LUKMAN = ("OPEC President Rilwanu Lukman", None, "IGO")
USDA = ("The U.S. Agriculture Department", "USA", "GOV")
DOT = ("Department of Transportation", "USA", "GOV")
US_AGENCY_IMPLIED = (None, "USA", "GOV")
ADB_STAFF_KIND = (None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
# An anchor is a string (first whole-word match, any run of white space matching any run) or
# (anchor, context): the first match of the anchor at or after the first match of the context.
ANNOTATIONS = {
    "reuters21578-8473": {
        "events": [
            # 0
            ("CONSULT", "talks", ("The Philippines", "PHL", "GOV"),
             ("its commercial bank advisory committee", None, "BUS"), None,
             "1987-03-24", "day", "tomorrow", "planned", None,
             "the Philippines and its bank advisory committee resume debt rescheduling talks tomorrow (Tue 24 "
             "March); the committee of foreign creditor banks null BUS (18a); place not given"),
            # 1
            ("STATEMENT", ("said", "Robert Bench said"),
             ("Deputy U.S. Comptoller of the Currency Robert Bench", "USA", "GOV"), None, None,
             "1987-03", "month", "last week", "asserted", None,
             "U.S. bank regulators have no objection in principle to the PINs concept: an assessment of a payment "
             "concept (EVENTS.md 6; SUPPORT USA -> PHL arguable); 'last week' (16-22 March) dates the saying, month "
             "precision (EVENTS.md 21); place not given"),
        ],
        "skip": [
            ("hope", "anonymous-source talk (bankers hope)"),
            ("negotiations", "background nominal (the negotiations the talks continue)"),
            ("rescheduling", "object of the negotiations (AID arguable once agreed)"),
            ("attending", "anonymous bankers attending the IDB meeting"),
            ("annual meeting", "venue: the IDB's own annual meeting (internal meeting of one body)"),
            (("said", "meeting here,"), "anonymous-source talk (bankers)"),
            ("working on", "content of anonymous talk: the ongoing negotiations (CONSULT arguable)"),
            ("proposal", "Manila's proposal: background nominal inside anonymous talk (AGREE or REQUEST arguable)"),
            (("pay", "proposal to"), "content of the proposal"),
            (("said", "One senior banker"), "anonymous-source talk (a senior banker)"),
            ("hoped", "anonymous-source talk (a senior banker)"),
            ("agreement", "content of anonymous talk (AGREE planned arguable)"),
            ("reached", "content of anonymous talk"),
            ("cautioned", "anonymous-source talk (a senior banker)"),
            (("said", "The senior banker said"), "anonymous-source talk (a senior banker)"),
            ("anticipate", "anonymous-source talk (bankers)"),
            ("objection", "content of the statement (no objection in principle; SUPPORT arguable)"),
            ("guaranteed", "content of the statement: Manila's guarantee of the notes' conversion (AID arguable)"),
        ],
        "entities": [
            ("Philippines", "GPE", "PHL"),
            ("Inter-American Development Bank", "ORG", None),
            ("Manila", "GPE", "PHL"),
            ("Philippine", "NORP", "PHL"),
            (("U.S.", "Deputy U.S."), "GPE", "USA"),
            ("Robert Bench", "PERSON", "USA"),
            (("U.S.", "that U.S."), "GPE", "USA"),
            (("Manila", "because Manila"), "GPE", "PHL"),
        ],
    },
    "reuters21578-19927": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Azpurua said"), ("finance minister Manuel Azpurua", "VEN", "GOV"), None, CCS,
             "1987-06-29", "day", None, "asserted", None,
             "the government presents a 1988 budget proposal tomorrow, based on a 16.35 dlr oil price (domestic "
             "budget procedure, no type: content)"),
            # 1
            ("STATEMENT", "told", (("Azpurua", "Azpurua told"), "VEN", "GOV"), None, CCS,
             "1987-06-29", "day", None, "asserted", None,
             "budget figures (ordinary and extraordinary income); the cabinet meeting is the occasion"),
            # 2
            ("STATEMENT", ("said", "minister said"), ("The finance minister", "VEN", "GOV"), None, CCS,
             "1987-06-29", "day", None, "asserted", None, "the oil revenue projection's price basis"),
            # 3
            ("STATEMENT", "according to", ("the state oil company Petroleos de Venezuela, S.A.", "VEN", "BUS"), None,
             CCS, "1987-06-29", "day", None, "asserted", None,
             "statistics (average oil price in the first half) by a named author (7a's crop report 'according to'); "
             "the state company is BUS (EVENTS.md 15)"),
        ],
        "skip": [
            ("presents", "presentation of the budget proposal: domestic budget procedure (REQUEST toward the "
                         "Venezuelan Congress arguable, no addressee named)"),
            (("proposal", "budget proposal"), "the budget proposal (content)"),
            ("cabinet meeting", "internal meeting of one body (the occasion of the statement)"),
            ("projects", "document: the budget's projections"),
            ("expected", "impersonal forecast (no speaker)"),
            ("produce", "statistics (oil revenue)"),
            ("projection", "the budget's estimate (document)"),
            ("averaged", "market-price statistics"),
        ],
        "entities": [
            ("Venezuela", "GPE", "VEN"),
            ("Manuel Azpurua", "PERSON", "VEN"),
            (("Azpurua", "Azpurua told"), "PERSON", "VEN"),
            ("Venezuelan", "NORP", "VEN"),
            ("Petroleos de Venezuela, S.A.", "ORG", "VEN"),
        ],
    },
    "reuters21578-11427": {
        "events": [
            # 0
            ("STATEMENT", ("said", "East Berlin said"), OFFICER, None, EAST_BERLIN,
             "1987-03-31", "day", None, "asserted", None,
             "field report: weather shifts damaged winter barley and wheat (no actor in the content); the report is "
             "undated, so wire style: DCT; located at the officer's post (22b's counselor in Buenos Aires)"),
            # 1
            ("STATEMENT", ("said", "report, the officer said"), (("the officer", "report, the officer"), "USA", "GOV"),
             None, EAST_BERLIN, "1987-03-31", "day", None, "asserted", None,
             "winter kill estimate (more than 100,000 hectares)"),
            # 2
            ("STATEMENT", ("said", "He said the damage"), (("He", "He said the damage"), "USA", "GOV"), None,
             EAST_BERLIN, "1987-03-31", "day", None, "asserted", None, "regional extent of the damage"),
            # 3
            ("STATEMENT", ("added", "present, he added"), (("he", "present, he added"), "USA", "GOV"), None,
             EAST_BERLIN, "1987-03-31", "day", None, "asserted", None, "damage most severe where no snow cover"),
            # 4
            ("STATEMENT", ("said", "The officer said heavy"), (("The officer", "The officer said heavy"), "USA", "GOV"),
             None, EAST_BERLIN, "1987-03-31", "day", None, "asserted", None, "frosts led to heaving"),
            # 5
            ("STATEMENT", ("said", "The officer said repairing"),
             (("The officer", "The officer said repairing"), "USA", "GOV"), None, EAST_BERLIN,
             "1987-03-31", "day", None, "asserted", None,
             "repairing damage will call for special measures this spring ('this spring' governs the measures, not "
             "the saying)"),
            # 6
            ("STATEMENT", ("added", "necessary, he added"), (("he", "necessary, he added"), "USA", "GOV"), None,
             EAST_BERLIN, "1987-03-31", "day", None, "asserted", None, "harrowing and nitrogen will be necessary"),
        ],
        "skip": [
            ("damaged", "weather damage (no actor)"),
            ("field report", "part of the reporting clause (22b)"),
            ("repairing", "content of the statement (generic farm work)"),
            ("call for", "content: an agronomic need, no actor asked (EVENTS.md 2)"),
        ],
        "entities": [
            ("East Germany", "GPE", "DDR"),
            ("Berlin", "GPE", "DDR"),
            ("U.S.", "GPE", "USA"),
            ("East Berlin", "GPE", "DDR"),
        ],
    },
    "reuters21578-11455": {
        "events": [
            # 0
            ("STATEMENT", "defended",
             ("Treasury Secretary James Baker and Office of Management and Budget chief James Miller", "USA", "GOV"),
             None, WAS, "1987-03-31", "day", None, "asserted", None,
             "defence of the administration's plan to sell the Naval Petroleum Reserves (defending a policy is "
             "STATEMENT, EVENTS.md 6); a same-country compound, one record (EVENTS.md 12); testimony reported in "
             "wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "the officials said"), ("the officials", "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", 0,
             "later mention: the defence spelt out (the plan is justified to cut the deficit and get the government "
             "out of the oil business)"),
            # 2
            ("STATEMENT", "acknowleged", (("Miller", "Miller acknowleged"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "the proceeds would cut the deficit by only about 2.2 bln dlrs (an acknowledgement: 12b's "
             "'acknowledged failings')"),
            # 3
            ("STATEMENT", ("said", "Miller said the sale"), (("Miller", "Miller said the sale"), "USA", "GOV"), None,
             WAS, "1987-03-31", "day", None, "asserted", None, "the sale price may end up higher"),
            # 4
            ("STATEMENT", ("said", "bidder,\" Miller said"), (("Miller", "bidder,\" Miller"), "USA", "GOV"), None,
             WAS, "1987-03-31", "day", None, "asserted", None,
             "'We'd sell it to the highest bidder': the sale to an unnamed buyer has no counterpart (content)"),
        ],
        "skip": [
            ("plan", "the administration's sale plan (object of the defence)"),
            ("sell", "content of the plan: sale of the reserves to unnamed buyers (no counterpart)"),
            ("questioning", "a congressman's hostile questions (ACCUSE USA -> USA arguable)"),
            ("help bring", "content of the statement"),
            (("get", "to get the government"), "content of the statement"),
            (("sale", "estimated sale"), "anaphoric nominal (the planned sale)"),
            ("bring down", "content of the statement"),
            ("loss", "statistics (lost revenue)"),
            (("sale", "from the sale of"), "the government's oil sales from the reserves (market activity)"),
            (("sale", "the sale price"), "anaphoric nominal (the planned sale)"),
            (("sell", "We'd sell"), "content of the quote: hypothetical sale to an unnamed bidder"),
            (("get", "If we can get"), "content of the quote"),
            ("take", "content of the quote"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("Office of Management and Budget", "ORG", "USA"),
            ("James Miller", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("House Appropriations Committee", "ORG", "USA"),
            (("Miller", "Miller acknowleged"), "PERSON", "USA"),
            (("Miller", "Miller said the sale"), "PERSON", "USA"),
            (("Miller", "bidder,\" Miller"), "PERSON", "USA"),
        ],
    },
    "reuters21578-248": {
        "events": [
            # 0
            ("AGREE", "accord", OPEC, None, None,
             "1986-12", "month", "last December", "asserted", None,
             "last December's OPEC accord: a nominal with its own agent and date (EVENTS.md 11; 21a's 'as agreed by "
             "Opec last December'); an agreement among members, no actor2; bare month, past: 1986-12"),
            # 1
            ("AGREE", "reiterated", ("Saudi Arabian Oil Minister Hisham Nazer", "SAU", "GOV"), OPEC, None,
             None, "unknown", None, "asserted", None,
             "reiterated the kingdom's commitment to the OPEC accord (confirming a commitment = AGREE toward OPEC, "
             "21a); relayed by the Saudi Press Agency ('SPA said' is attribution) with no time expression: undated, "
             "place not given"),
            # 2
            ("AGREE", ("said", "Nazer said Saudi"), (("Nazer", "prices, Nazer"), "SAU", "GOV"), OPEC_IMPLIED, None,
             None, "unknown", None, "asserted", 1,
             "later mention: the quoted restatement of the commitment in the SPA interview (fully adhering, will "
             "never sell below the official prices; EVENTS.md 3, 21a)"),
            # 3
            ("STATEMENT", ("said", "quoted by SPA, said"), (("Nazer", "Nazer, quoted"), "SAU", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "assessment: price pressure due to the end of winter and the glut; 'quoted by SPA': relayed, undated"),
            # 4
            ("AGREE", ("agreed", "OPEC agreed"), (("OPEC", "which OPEC"), None, "IGO"), None, None,
             "1986-12", "month", "December", "asserted", 0,
             "later mention: the December accord under which OPEC agreed to cut its ceiling and return to fixed "
             "prices"),
            # 5
            ("STATEMENT", ("quoted", "Nazer was quoted"), (("Nazer", "Nazer was quoted"), "SAU", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "assessment: Saudi adherence shown clearly in the market (AGREE restatement arguable); 'was quoted by "
             "the SPA as saying': relayed, undated (23b's trigger 'quoted')"),
            # 6
            ("STATEMENT", ("said", "He said contacts"), (("He", "He said contacts"), "SAU", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "contacts among OPEC members showed they all want to stick to the accord; continues the relayed SPA "
             "interview: undated (20a's continued Le Monde interview)"),
            # 7
            ("AGREE", ("said", "Oil Minister, said"), LUKMAN, None, JAMAICA,
             "1987-03-01", "day", None, "asserted", None,
             "the OPEC president says the group planned to stick with the pricing agreement: a commitment (promise = "
             "AGREE, as the Saudi reiteration); he speaks for OPEC (null IGO, EVENTS.md 13; also Nigerian Oil "
             "Minister), no counterpart; wire style: DCT; 'In Jamaica'"),
            # 8
            ("STATEMENT", ("said", "conditions,\" he said"), (("he", "conditions,\" he"), None, "IGO"), None, JAMAICA,
             "1987-03-01", "day", None, "asserted", None,
             "assessment: aware of negative forces, fundamentals exist for stable markets"),
            # 9
            ("STATEMENT", ("said", "al-Sabah, said"), ("Kuwait's Oil Minister, Sheikh Ali al-Khalifa al-Sabah", "KWT", "GOV"),
             None, None, None, "unknown", None, "asserted", None,
             "no plans for an emergency OPEC meeting; 'said in remarks published in the emirate's daily Al-Qabas': "
             "relayed by a newspaper with no date, so undated (guidelines rule 4; 18b dated such remarks only by "
             "their 'published today')"),
            # 10
            ("REJECT", "denied", (("Sheikh Ali", "Sheikh Ali denied"), "KWT", "GOV"), None, BAH,
             "1987-03-01", "day", None, "asserted", None,
             "denial that Kuwait was over-producing; the allegation's authors are anonymous traders and analysts: "
             "actor2 null (23b, 25a); wire style: DCT, dateline"),
        ],
        "skip": [
            (("said", "Agency SPA said"), "rule-3 attribution (the reiteration is the event)"),
            ("commitment", "object of the reiteration"),
            ("boost", "purpose of the accord"),
            ("stabilise", "purpose of the accord"),
            ("Asked", "the agency's question"),
            ("fall", "market-price movement"),
            ("adhering", "content of the restatement"),
            (("sell", "will never sell"), "content of the restatement (negated sale, no counterpart)"),
            (("quoted", "quoted by SPA"), "relayed attribution (part of the reporting clause)"),
            ("pressure", "market-price movement"),
            ("architect", "Saudi Arabia's role in the accord (background; AGREE SAU arguable)"),
            (("accord", "the December accord"), "anaphoric nominal (the accord, coded on 'agreed' in its relative "
                                                 "clause)"),
            (("lower", "agreed to lower"), "content of the accord"),
            (("return", "and return"), "content of the accord"),
            (("agreement", "The agreement"), "anaphoric nominal (the December accord)"),
            ("turmoil", "market-price movement"),
            ("slump", "market-price movement"),
            ("saying", "part of the reporting clause (relayed)"),
            ("adherence", "content of the statement"),
            ("contacts", "content of the statement: contacts among OPEC members (CONSULT arguable; no date)"),
            (("stick to", "wanted to stick"), "content of the statement"),
            ("planned", "content of the commitment (the group's intention)"),
            ("stick with", "content of the commitment"),
            (("agreement", "pricing"), "anaphoric nominal (the pricing agreement)"),
            ("manipulate", "unnamed 'negative forces' (no identifiable actor)"),
            ("remarks", "part of the reporting clause (remarks published in Al-Qabas)"),
            ("published", "part of the reporting clause"),
            (("meeting", "emergency OPEC"), "content: no plans for an emergency OPEC meeting (CONSULT negated "
                                            "arguable; a meeting of one body)"),
            ("review", "content (purpose of the unplanned meeting)"),
            ("estimate", "anonymous-source talk (traders and analysts)"),
            (("producing", "OPEC is producing"), "content of anonymous talk (output statistics)"),
            ("named", "anonymous traders and analysts naming over-producers (ACCUSE by unidentified speakers)"),
            (("producing", "those producing"), "content of anonymous talk"),
            ("over-producing", "content of the denial"),
        ],
        "entities": [
            ("Saudi Arabian", "NORP", "SAU"),
            ("Hisham Nazer", "PERSON", "SAU"),
            (("OPEC", "December's OPEC"), "ORG", None),
            ("Saudi Press Agency", "ORG", "SAU"),
            (("SPA", "Agency SPA"), "ORG", "SAU"),
            (("Nazer", "prices, Nazer"), "PERSON", "SAU"),
            (("Saudi Arabia", "Nazer said Saudi Arabia"), "GPE", "SAU"),
            (("Nazer", "Nazer, quoted"), "PERSON", "SAU"),
            (("SPA", "quoted by SPA"), "ORG", "SAU"),
            (("Saudi Arabia", "Saudi Arabia was"), "GPE", "SAU"),
            (("OPEC", "which OPEC"), "ORG", None),
            (("Nazer", "Nazer was quoted"), "PERSON", "SAU"),
            (("SPA", "by the SPA"), "ORG", "SAU"),
            (("Saudi Arabia", "Saudi Arabia's adherence"), "GPE", "SAU"),
            (("OPEC", "members of OPEC"), "ORG", None),
            ("Jamaica", "GPE", "JAM"),
            (("OPEC", "OPEC President"), "ORG", None),
            ("Rilwanu Lukman", "PERSON", "NGA"),
            ("Nigerian", "NORP", "NGA"),
            (("Kuwait", "Kuwait's Oil"), "GPE", "KWT"),
            ("Ali al-Khalifa al-Sabah", "PERSON", "KWT"),
            ("Al-Qabas", "ORG", "KWT"),
            (("OPEC", "emergency OPEC"), "ORG", None),
            (("OPEC", "estimate OPEC"), "ORG", None),
            (("Kuwait", "named Kuwait"), "GPE", "KWT"),
            ("United Arab Emirates", "GPE", "ARE"),
            ("Ecuador", "GPE", "ECU"),
            (("Ali", "Sheikh Ali denied"), "PERSON", "KWT"),
            (("Kuwait", "that Kuwait"), "GPE", "KWT"),
        ],
    },
    "reuters21578-11587": {
        "events": [
            # 0
            ("SANCTION", "charging", USDA, DOT, None,
             "1987-04-01", "day", "tomorrow", "planned", None,
             "USDA will begin charging interest on the money DOT owes it: a financial penalty on an identified "
             "party in the cargo preference squabble (REQUEST as pressure to pay, or no type, arguable); 'tomorrow' "
             "= Wed 1 April; the department's 'said' is rule-3 attribution"),
            # 1
            ("REQUEST", "billed", ("his department", "USA", "GOV"), (("DOT", "billed DOT"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "USDA billed DOT 12 mln dlrs (a demand for payment); pluperfect with no time expression: undated; "
             "Sims's 'told' is rule-3 attribution"),
            # 2
            ("SANCTION", "accruing", US_AGENCY_IMPLIED, US_AGENCY_IMPLIED, None,
             "1987-04-01", "day", "April 1", "planned", 0,
             "later mention: interest and an additional charge to begin accruing April 1 (agent and target implied: "
             "USDA, DOT)"),
            # 3
            ("STATEMENT", ("told", "Kay told"), ("USDA's Foreign Agricultural Service Administrator Thomas Kay", "USA", "GOV"),
             None, WAS, "1987-03-31", "day", None, "asserted", None,
             "estimate: DOT could owe USDA as much as 20 mln dlrs"),
            # 4
            ("CONSULT", "hammer out", ("The two departments", "USA", "GOV"), US_AGENCY_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the two departments are negotiating an accord on funding cargo preference (present progressive, no "
             "time expression: undated, 14a); the other department implied as actor2 (EVENTS.md 14)"),
            # 5
            ("AGREE", "memorandum of understanding", ("the agencies", "USA", "GOV"), US_AGENCY_IMPLIED, None,
             None, "unknown", None, "planned", None,
             "the agencies near to reaching a memorandum of understanding (an expected agreement: planned; trigger "
             "the event noun after the light verb 'reaching'); Sims's 'said' is rule-3 attribution; undated"),
            # 6
            ("ACCUSE", ("said", "Sims said that"), (("Sims", "DOT, Sims"), "USA", "GOV"),
             ("that department", "USA", "GOV"), WAS, "1987-03-31", "day", None, "asserted", None,
             "complaint that DOT, which was to fund the cost, has contributed no money to date (an accusation of "
             "non-payment, rule 2; STATEMENT arguable); wire style: DCT"),
        ],
        "skip": [
            (("said", "Department said"), "rule-3 attribution (the interest charge is the event)"),
            ("owes", "stative (the debt)"),
            (("pay", "USDA to pay"), "purpose of the debt"),
            ("shipping", "generic: shipping of food aid on U.S. vessels"),
            (("told", "Sims told"), "rule-3 attribution (the billing and the interest charge are the events)"),
            (("owe", "could owe"), "content of the statement"),
            ("accord", "the goal of the negotiations (AGREE planned arguable)"),
            ("fund", "content of the negotiations"),
            ("required", "statutory requirement (background)"),
            ("shipped", "generic: food aid shipped on U.S. vessels"),
            ("provision", "background: the 1985 farm bill's cargo preference provision"),
            (("said", "Sims said the agencies"), "rule-3 attribution (the expected agreement is the event)"),
            (("pay", "DOT would pay"), "content of the memorandum"),
            ("shipments", "generic: food aid shipments (statistics under the law)"),
            ("increase", "statutory schedule (statistics)"),
            ("funded", "statutory obligation (background of the complaint)"),
            ("contributed", "content of the accusation"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Department of Transportation", "ORG", "USA"),
            (("DOT", "DOT, owes"), "ORG", "USA"),
            (("USDA", "owes USDA"), "ORG", "USA"),
            (("U.S.", "food aid on U.S."), "GPE", "USA"),
            (("USDA", "USDA General"), "ORG", "USA"),
            ("Melvin Sims", "PERSON", "USA"),
            ("Senate Appropriations Agriculture Subcommittee", "ORG", "USA"),
            (("DOT", "billed DOT"), "ORG", "USA"),
            (("USDA", "USDA's Foreign"), "ORG", "USA"),
            ("Foreign Agricultural Service", "ORG", "USA"),
            ("Thomas Kay", "PERSON", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("DOT", "Reuters DOT"), "ORG", "USA"),
            (("USDA", "owe USDA"), "ORG", "USA"),
            (("U.S.", "on U.S. flag"), "GPE", "USA"),
            (("Sims", "Sims said the agencies"), "PERSON", "USA"),
            (("DOT", "how DOT"), "ORG", "USA"),
            (("U.S.", "carried on U.S."), "GPE", "USA"),
            (("DOT", "funded by DOT"), "ORG", "USA"),
            (("Sims", "DOT, Sims"), "PERSON", "USA"),
        ],
    },
    "reuters21578-15444": {
        "events": [
            # 0
            ("STATEMENT", "Comments", ("Bundesbank board member Claus Koehler", "DEU", "GOV"), None, None,
             "1987-04-08", "day", "yesterday", "asserted", None,
             "nominal speech act with its own agents and date (EVENTS.md 11): Koehler's comments yesterday that "
             "rate cuts were needed (monetary policy of his own body: STATEMENT) and, in the same nominal, West "
             "Berlin state central bank president Dieter Hiss's (both DEU: one record, EVENTS.md 12); "
             "'yesterday' = Wed 8 April; place not given"),
            # 1
            ("STATEMENT", ("said", "officials have already said"), ("Bundesbank officials", "DEU", "GOV"), None, FRA,
             "1987-04-09", "day", None, "asserted", None,
             "officials of a named body (EVENTS.md 4): they favour discreet rate adjustments through repurchase "
             "pacts (monetary policy preference); 'have said' = DCT (EVENTS.md 16)"),
        ],
        "skip": [
            ("Remarks", "nominal: the central bankers' remarks, coded on 'Comments' in the next sentence"),
            (("cut", "Bundesbank will cut"), "monetary operation (content of hopes)"),
            ("move", "monetary operation"),
            (("said", "market dealers said"), "anonymous-source talk (dealers)"),
            (("cuts", "rate cuts"), "content of the comments (monetary policy)"),
            ("curb", "content of the comments"),
            ("declined", "market-price movement"),
            (("said", "market, dealers said"), "anonymous-source talk (dealers)"),
            (("said", "Dealers said the"), "anonymous-source talk (dealers)"),
            ("allotment", "monetary operation"),
            ("dashed", "content of anonymous talk"),
            ("allotted", "monetary operation (repurchase pact)"),
            ("subtracting", "monetary operation"),
            ("expired", "monetary operation"),
            (("said", "some dealers said"), "anonymous-source talk (dealers)"),
            ("awarded", "monetary operation"),
            ("exlude", "content of anonymous talk"),
            (("cut", "exlude a cut"), "monetary operation"),
            (("lower", "Bundesbank to lower"), "monetary operation"),
            (("tender", "in a tender"), "monetary operation (repurchase tender)"),
            (("expected", "tender expected"), "impersonal expectation"),
            ("favour", "content of the officials' statement (own monetary policy preference)"),
            ("adjustments", "monetary policy"),
            (("set", "may either set"), "monetary operation"),
            (("allow", "and allow banks"), "monetary operation"),
            ("lowered", "discount rate cut January 22 (monetary operation)"),
            (("allow", "may allow"), "monetary operation"),
            ("expect", "anonymous-source talk (dealers)"),
            ("offset", "monetary operation"),
            (("expected", "is expected to flow"), "impersonal forecast (money flows)"),
            ("deposited", "market activity"),
            ("holding", "statistics (bank reserves)"),
            ("stood", "statistics (bank reserves)"),
        ],
        "entities": [
            (("Bundesbank", "hopes the Bundesbank"), "ORG", "DEU"),
            (("Bundesbank", "Comments by Bundesbank"), "ORG", "DEU"),
            ("Claus Koehler", "PERSON", "DEU"),
            ("West Berlin", "GPE", "DEU"),
            ("Dieter Hiss", "PERSON", "DEU"),
            (("Bundesbank", "Dealers said the Bundesbank"), "ORG", "DEU"),
            (("Bundesbank", "The Bundesbank allotted"), "ORG", "DEU"),
            (("Bundesbank", "for the Bundesbank"), "ORG", "DEU"),
            (("Bundesbank", "Bundesbank officials"), "ORG", "DEU"),
            (("Bundesbank", "The Bundesbank may"), "ORG", "DEU"),
            (("Bundesbank", "reserves at the Bundesbank"), "ORG", "DEU"),
        ],
    },
    "reuters21578-12405": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Stanley Katz said"), ("bank Vice-President S. Stanley Katz", None, "IGO"), None,
             MNL, "1987-04-02", "day", None, "asserted", None,
             "the ADB will open an office in Jakarta later this year (opening an office abroad has no clear type: "
             "13b/16b); ADB staff null IGO (23b's World Bank staff)"),
            # 1
            ("STATEMENT", ("told", "Katz told"), (("Katz", "Katz told"), None, "IGO"), None, MNL,
             "1987-04-02", "day", None, "asserted", 0,
             "later mention: quoted restatement of the purpose (accelerate the Indonesian projects, EVENTS.md 3)"),
            # 2
            ("AID", ("received", "It received"), (("ADB", "of the ADB's"), None, "IGO"),
             (("It", "It received"), "IDN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Indonesia received 118 ADB loans (loans = AID; 20b's 'received its first loans from the ADB'); 'between "
             "1968 and 1986' is a span with no single value: unknown"),
            # 3
            ("AID", ("received", "Jakarta has also received"), ("the bank's Asian Development Fund", None, "IGO"),
             (("Jakarta", "Jakarta has also"), "IDN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Jakarta has received 162 mln dlrs of loans from the Asian Development Fund (present perfect, no time "
             "expression: undated, EVENTS.md 17's 'has loaned')"),
            # 4
            ("ACCUSE", ("said", "projects, said"), ("Gunther Schulz", None, "IGO"),
             (("Indonesia", "slow in Indonesia"), "IDN", "GOV"), MNL,
             "1987-04-02", "day", None, "asserted", None,
             "complaint: project implementation very slow in Indonesia, the ADB not satisfied with the pace "
             "(frustration with a party's performance = ACCUSE, EVENTS.md 7); the saying is the act (rule 2)"),
            # 5
            ("STATEMENT", ("added", "problems, he added"), (("he", "problems, he added"), None, "IGO"), None, MNL,
             "1987-04-02", "day", None, "asserted", None,
             "explanation: projects slowed in 1986 by the country's budget problems"),
            # 6
            ("ACCUSE", ("told", "Schulz told"), (("Schulz", "Schulz told"), None, "IGO"), (None, "IDN", "GOV"), MNL,
             "1987-04-02", "day", None, "asserted", None,
             "criticism of Indonesian decision making (slow, complicated, very centralised); a new complaint, not a "
             "restatement; target implied (the Indonesian government)"),
        ],
        "skip": [
            ("open", "opening an office abroad: no clear type (13b, 16b)"),
            (("speed up", "this year to"), "purpose of the office"),
            ("accelerate", "content of the quote"),
            ("recipient", "stative (the largest recipient)"),
            (("lending", "ADB lending"), "statistics (cumulative lending)"),
            (("lending", "total lending"), "statistics"),
            (("lending", "(OCR) lending"), "statistics"),
            (("loans", "of OCR loans"), "statistics"),
            (("said", "ADB sources said Indonesia"), "anonymous-source talk (ADB sources)"),
            ("disbursements", "statistics"),
            (("received", "loans received"), "statistics (loans received)"),
            ("hope", "content of the quote"),
            ("help", "content of the quote"),
            ("slowed down", "no actor (content of the explanation)"),
            (("cut", "cut in half"), "statistics (oil revenue)"),
            ("set up", "domestic administrative measure (no type)"),
            (("speed up", "team in July"), "purpose of the domestic team"),
            (("said", "sources said bank staff"), "anonymous-source talk (ADB sources)"),
            ("stationed", "content of anonymous talk (no clear type)"),
            ("requests", "bare background nominal inside anonymous talk (REQUEST IDN -> ADB arguable)"),
        ],
        "entities": [
            ("Asian Development Bank", "ORG", None),
            (("ADB", "(ADB)"), "ORG", None),
            (("Jakarta", "office in Jakarta"), "GPE", "IDN"),
            (("Indonesian", "Indonesian projects"), "NORP", "IDN"),
            ("S. Stanley Katz", "PERSON", None),
            (("Indonesia", "projects in Indonesia"), "GPE", "IDN"),
            (("Katz", "Katz told"), "PERSON", None),
            (("Reuters", "Katz told Reuters"), "ORG", "GBR"),
            (("Indonesia", "Indonesia is the"), "GPE", "IDN"),
            (("ADB", "ADB lending"), "ORG", None),
            (("ADB", "of the ADB's"), "ORG", None),
            (("Indonesia", "lending to Indonesia"), "GPE", "IDN"),
            (("Jakarta", "Jakarta has"), "GPE", "IDN"),
            ("Asian Development Fund", "ORG", None),
            (("ADB", "ADB sources said Indonesia"), "ORG", None),
            (("Indonesia", "said Indonesia's"), "GPE", "IDN"),
            (("Indonesia", "slow in Indonesia"), "GPE", "IDN"),
            ("Gunther Schulz", "PERSON", None),
            (("ADB", "Schulz, ADB"), "ORG", None),
            (("Indonesia", "Indonesia's revenue"), "GPE", "IDN"),
            (("Schulz", "Schulz told"), "PERSON", None),
            (("Reuters", "Schulz told Reuters"), "ORG", "GBR"),
            (("Indonesian", "Indonesian President"), "NORP", "IDN"),
            ("Suharto", "PERSON", "IDN"),
            (("ADB", "using ADB"), "ORG", None),
            (("ADB", "ADB sources said bank"), "ORG", None),
            (("Jakarta", "intermittently in Jakarta"), "GPE", "IDN"),
            (("Jakarta", "The Jakarta office"), "GPE", "IDN"),
            (("ADB", "third ADB"), "ORG", None),
            ("Manila", "GPE", "PHL"),
            ("Dhaka", "GPE", "BGD"),
            ("South Pacific", "LOC", None),
            ("Vanuatu", "GPE", "VUT"),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Anchoring, sentences and checks (self-contained; the splitter is the one in ../shared/dev/EVENTS.md)

def _pattern(anchor):
    """Any run of white space in the anchor matches any run; whole words only at alphanumeric edges."""
    body = r"\s+".join(re.escape(part) for part in anchor.split())
    if anchor[0].isalnum():
        body = r"(?<![A-Za-z0-9])" + body
    if anchor[-1].isalnum():
        body = body + r"(?![A-Za-z0-9])"
    return re.compile(body)


def find(text, anchor):
    """(start, end) of an anchor: a string (first match) or (anchor, context) (first match of the anchor
    at or after the start of the first match of the context)."""
    if isinstance(anchor, tuple):
        word, context = anchor
        c = _pattern(context).search(text)
        if c is None:
            raise ValueError(f"context not found: {context!r}")
        m = _pattern(word).search(text, c.start())
        if m is None:
            raise ValueError(f"anchor {word!r} not found after context {context!r}")
        if m.start() > c.end() + 80:
            raise ValueError(f"anchor {word!r} too far after context {context!r}")
    else:
        m = _pattern(anchor).search(text)
        if m is None:
            raise ValueError(f"anchor not found: {anchor!r}")
    return m.start(), m.end()


def span(text, anchor):
    s, e = find(text, anchor)
    return {"text": text[s:e], "start": s, "end": e}


def actor(text, spec):
    anchor, country, kind = spec
    assert country in COUNTRIES, country
    assert kind in KINDS, kind
    if anchor is None:
        return {"text": None, "start": None, "end": None, "country": country, "kind": kind}
    d = span(text, anchor)
    d.update(country=country, kind=kind)
    return d


def sentence_of(text, start, end):
    for s, e in sentences(text):
        if s <= start and end <= e:
            return {"start": s, "end": e}
    raise ValueError(f"no sentence holds {start}-{end}")


def check_date(date, precision, date_text, text):
    assert precision in PRECISIONS, precision
    if date is None:
        assert precision == "unknown", (date, precision)
        return
    fmt = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}[precision]
    assert re.fullmatch(fmt, date), (date, precision)
    if precision == "day":
        import datetime
        datetime.date.fromisoformat(date)
    if precision in ("day", "month"):
        assert 1 <= int(date[5:7]) <= 12, date
    if date_text is not None:
        assert _pattern(date_text).search(text), f"date_text not in text: {date_text!r}"


def context(text, s, e, width=35):
    left = text[max(0, s - width):s].replace("\n", " ")
    right = text[e:e + width].replace("\n", " ")
    return f"...{left}[[{text[s:e]}]]{right}...".replace("\n", " ")


def build(article, spec):
    text = article["text"]
    dct = article["published_at"][:10]
    events = []
    for i, ev in enumerate(spec["events"]):
        (etype, trig, a1, a2, loc, date, precision, date_text, modality, same_as, note) = ev
        assert etype in TYPES, etype
        assert modality in MODALITIES, modality
        check_date(date, precision, date_text, text)
        t = span(text, trig)
        if same_as is not None:
            assert same_as < i and spec["events"][same_as][9] is None, (article["id"], i, same_as)
            assert spec["events"][same_as][0] == etype, (article["id"], i, "same_as type")
        elif date is not None and date_text is None:
            # rule 2: a first mention dated without a time expression takes the publication date
            assert date == dct, (article["id"], i, date, dct)
        if etype == "STATEMENT":
            assert a2 is None, (article["id"], i, "STATEMENT has no actor2")
        if loc is not None:
            assert loc[1] in COUNTRIES, loc
        events.append({
            "event_id": f"{article['id']}:e{i}",
            "same_as": None if same_as is None else f"{article['id']}:e{same_as}",
            "trigger": t,
            "type": etype,
            "note": note,
            "actor1": actor(text, a1),
            "actor2": None if a2 is None else actor(text, a2),
            "location": None if loc is None else {"text": loc[0], "country": loc[1]},
            "date": date,
            "precision": precision,
            "date_text": date_text,
            "modality": modality,
            "sentence": sentence_of(text, t["start"], t["end"]),
        })
    skips = []
    for anchor, reason in spec["skip"]:
        d = span(text, anchor)
        d["reason"] = reason
        skips.append(d)
    entities = []
    for anchor, etype, country in spec["entities"]:
        assert etype in ENTITY_TYPES, etype
        assert country in COUNTRIES, country
        d = span(text, anchor)
        d.update(type=etype, country=country)
        entities.append(d)
    # checks
    for ev in events:
        ts, te = ev["trigger"]["start"], ev["trigger"]["end"]
        for sk in skips:
            assert te <= sk["start"] or sk["end"] <= ts, (
                f"{ev['event_id']} trigger {ev['trigger']['text']!r} overlaps not_annotated {sk['text']!r}")
    seen = set()
    for sk in skips:
        key = (sk["start"], sk["end"])
        assert key not in seen, f"{article['id']}: duplicate skip {sk['text']!r} at {key}"
        seen.add(key)
    ents = sorted(entities, key=lambda d: d["start"])
    for x, y in zip(ents, ents[1:], strict=False):
        assert x["end"] <= y["start"], f"{article['id']}: overlapping entities {x['text']!r} / {y['text']!r}"
    trig = [(ev["trigger"]["start"], ev["trigger"]["end"]) for ev in events]
    assert len(set(trig)) == len(trig), f"{article['id']}: two events on one trigger span"
    for ev in events:
        for key in ("actor1", "actor2"):
            a = ev[key]
            if a and a["text"] is not None:
                assert text[a["start"]:a["end"]] == a["text"]
    return {
        "id": article["id"],
        "published_at": article["published_at"],
        "title": article["title"],
        "dateline": article["dateline"],
        "text": text,
        "events": events,
        "not_annotated": skips,
        "entities": entities,
    }


def report(rec):
    text = rec["text"]
    print("=" * 100)
    print(rec["id"], rec["published_at"], rec["dateline"], "|", rec["title"])
    sents = sentences(text)
    for ev in rec["events"]:
        t = ev["trigger"]
        print(f"  {ev['event_id']} {ev['type']} {ev['modality']} {ev['date']} ({ev['precision']}, "
              f"{ev['date_text']!r}) same_as={ev['same_as']} loc={ev['location']}")
        print("     trigger:", context(text, t["start"], t["end"]))
        for key in ("actor1", "actor2"):
            a = ev[key]
            if a is None:
                print(f"     {key}: None")
            elif a["text"] is None:
                print(f"     {key}: (implied) {a['country']} {a['kind']}")
            else:
                print(f"     {key}: {a['country']} {a['kind']}", context(text, a["start"], a["end"]))
        s = ev["sentence"]
        print("     sentence:", " ".join(text[s["start"]:s["end"]].split()))
    for sk in rec["not_annotated"]:
        print("  SKIP", context(text, sk["start"], sk["end"]), "--", sk["reason"])
    for en in rec["entities"]:
        print("  ENT ", en["type"], en["country"], context(text, en["start"], en["end"], 25))
    # untagged occurrences of tagged surface forms
    covered = [(en["start"], en["end"]) for en in rec["entities"]]
    for form in sorted({en["text"] for en in rec["entities"]}):
        for m in _pattern(form).finditer(text):
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                print("  UNTAGGED?", form, context(text, m.start(), m.end(), 25))
    print("  sentences:", len(sents))


def main(corpus_path):
    holdout = {line.strip() for line in open(HOLDOUT) if line.strip() and not line.startswith("#")}
    articles = {}
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] in ANNOTATIONS:
                articles[a["id"]] = a
    assert set(articles) == set(ANNOTATIONS), set(ANNOTATIONS) - set(articles)
    assert not holdout & set(ANNOTATIONS)
    records = [build(articles[i], spec) for i, spec in ANNOTATIONS.items()]
    for rec in records:
        report(rec)
    with open(OUT, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    evs = [ev for rec in records for ev in rec["events"]]
    first = [ev for ev in evs if ev["same_as"] is None]
    print("=" * 100)
    print(f"articles {len(records)}; event records {len(evs)} (first {len(first)}, later {len(evs) - len(first)}); "
          f"not_annotated {sum(len(r['not_annotated']) for r in records)}; "
          f"entities {sum(len(r['entities']) for r in records)}")
    print("no events:", [r["id"] for r in records if not r["events"]])
    print("types:", Counter(ev["type"] for ev in evs).most_common())
    print("modality:", Counter(ev["modality"] for ev in evs).most_common())
    print("precision:", Counter(ev["precision"] for ev in evs).most_common())
    print("wrote", OUT)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpora/reuters21578.jsonl.gz")
