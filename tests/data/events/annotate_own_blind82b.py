"""Build ``own_blind82b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind82b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1884 left); 24 drawn with random.Random(82101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
43 event records (40 first mentions, 3 later mentions), 104 not_annotated spans, 79 entity mentions
(GPE 31, ORG 31, NORP 10, PERSON 5, LOC 2); one article without events (15720, EC maize intervention:
anonymous Commission sources and internal EC decisions only); 18904 (Bank of Canada rate), 17123 (Licht beet
sowings) and 267 (U.S. Embassy copra report) have reporting-clause STATEMENTs only. Story 18928 has the
same text as 18939 (set 24a) under another id and a different title; it is coded as 24a coded 18939.
Types: STATEMENT 24, AID 7, REQUEST 4, AGREE 3, CONSULT 2, SUPPORT 2, REJECT 1; modality: asserted 38,
negated 3, planned 2; precision: day 26, month 9, unknown 7, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked: two wrong first matches, "aid" inside
"said" and "depress" inside "depressed", fixed). See GUIDELINES.md and ../shared/dev/EVENTS.md for the
rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Ugandan Finance Minister Chrispus Kiyonga": NORP + PERSON;
"Energy Secretary John Herrington", "President Reagan": PERSON only); a government body with its country
word is one ORG span ("U.S. Agriculture Department", "French Finance Ministry", "U.S. Embassy", 45a/55a),
"EC Commission", "European Commission", "Cereals Management Committee" and "International Monetary Fund"
single ORG spans; "EC" alone (also inside "EC/U.S." and "non-EC", 15a/41b) ORG null; the capitalised
"Commission" and "Club" (the Paris Club named again) ORG null (43a's capitalised "Commission"); "Paris Club"
is one ORG span (no nested GPE, as "Radio Moscow"); "White House" in "White House-ordered" ORG and "OPEC" in
"OPEC-led" ORG (a name used as a modifier is still a mention); "Reagan Administration" gives PERSON "Reagan"
(46a-48a/53a); the possessive 's is left out ("Canada's", "Uganda's", "Mozambique's", "Indonesia's", "EC's",
"Paris Club's"); lower-case bodies ("the bank", "the association", "the beet growers' association", "the
countries' embassies", "the ministry") and "Congressmen" (a common noun, 21a) are not tagged; programmes,
currencies, accords and products are not entities; "F.O. Licht" (the Ratzeburg commodity analysts) is an
ORG, and "Licht" alone too.
Countries: World Bank ORG null, China GPE CHN; Canada GPE CAN, Bank of Canada ORG CAN; "French" NORP FRA,
AGPM ORG FRA (the French maize producers association), EC / EC Commission / Commission ORG null, "U.S." GPE
USA, Spain GPE ESP, Soviet Union GPE SUN, "Soviet" NORP SUN, U.S. Agriculture Department ORG USA; European
Commission, EC, Cereals Management Committee ORG null, United States GPE USA, "Spanish" NORP ESP; Paris Club
/ "Club" and the International Monetary Fund ORG null, Uganda GPE UGA, "Ugandan" NORP UGA, Chrispus
Kiyonga PERSON UGA, Mozambique GPE MOZ, French Finance Ministry ORG FRA, France GPE FRA, Gabon GPE GAB;
Europe LOC null, Soviet Union, USSR and the Ukraine GPE SUN (a Soviet republic in 1987, earlier sets'
Ukraine), "West German" NORP DEU, F.O. Licht / "Licht" ORG DEU (dateline RATZEBURG, "West German analyst"),
France GPE FRA; Indonesia GPE IDN, "Indonesian" NORP IDN, Philippines GPE PHL, U.S. Embassy ORG USA (the
U.S. embassy in Jakarta); White House and Energy Department ORG USA, "U.S." GPE USA, Reagan and John
Herrington PERSON USA, OPEC ORG null.

Judgement calls made here:
* 18928 (World Bank loan for China, DCT Thu 1987-06-18, WASHINGTON): the same text as 24a's 18939, coded
  the same: "The World Bank said it approved a 97.4 mln dlr loan for China" is AID null IGO -> CHN GOV on
  "approved" (credit, EVENTS.md 8; 56a/59a's World Bank loans), undated (no time expression), "said" rule-3
  attribution; "the bank said" and "It said" about the project's aims are STATEMENTs (DCT, WASHINGTON);
  purposes, "supports" (the loan's purpose) and the anaphoric "loan" are skipped.
* 18904 (Canada bank rate, DCT Thu 1987-06-18, OTTAWA): "Bank of Canada said" is a STATEMENT CAN GOV (a
  central bank's weekly rate and tender release), DCT, OTTAWA; the rate's rise and its setting from the
  bill yield, the treasury bill issue, accepted tenders, prices and next week's tender are monetary
  operations and statistics (EVENTS.md 10, 6a's Treasury bill auction: skipped).
* 3337 (French maize producers to request rebates, DCT Mon 1987-03-09, PARIS): "French maize producers will
  ask the EC Commission to grant permanent maize export rebates ..., the French maize producers
  association, AGPM, said" is REQUEST FRA ORG -> the EC Commission (null IGO), planned, undated ("following
  the recent EC/U.S. Accord" and "when export certificates have been granted" give no date), "said" rule-3
  attribution, "grant" its content; "The request will be made when export certificates have been granted
  ..., the AGPM said" is its later mention on "request" (AGPM and Commission implied; "said" attribution).
  "The association said that the request would cover exports to all destinations" (a description of the
  planned request) and "adding that the Soviet Union ... is currently excluded" (stative, agentless) are two
  STATEMENTs (EVENTS.md 3), DCT, PARIS. "The U.S. Agriculture Department has forecast Soviet maize imports"
  is a STATEMENT USA GOV ("has forecast" read as "have said", EVENTS.md 16, as an earlier set's "has
  forecast"), DCT, location the dateline city by the rule (the forecast itself is Washington's). The EC/U.S.
  accord is a background nominal with no date (skipped, 70b; AGREE undated arguable); the Commission's
  decision to accord rebates for 500,000 tonnes and the rebates granted are EC export-subsidy
  administration (43a's 501: no type, AID arguable).
* 15720 (EC Commission authorised to buy maize, DCT Thu 1987-04-09, BRUSSELS): no event (a negative). Every
  reporting clause is by "Commission sources" / "They" / "The sources" (anonymous, EVENTS.md 4); the
  Commission's authorisation by the Cereals Management Committee to buy maize into intervention is an
  internal EC decision on domestic market support (intervention buying, EVENTS.md 10; no type); the EC/U.S.
  agreement and its implementation are background nominals, the imports, offers and speculation market
  activity.
* 19266 (Paris Club reschedules Uganda and Mozambique, DCT Fri 1987-06-19, PARIS): "The Paris Club of
  creditor nations agreed to a major rescheduling of Uganda's and Mozambique's government-to-government
  debts, the Club said in a statement" is AGREE null IGO -> UGA and -> MOZ (a compound target split,
  EVENTS.md 12; "agreed to" = AGREE with the rescheduling its content, EVENTS.md 8; 28a's Paris Club pact),
  undated (no time expression in its sentence, rule 17; the next sentence's "this week" arguable), "said"
  rule-3 attribution. "At meetings here this week" is CONSULT UGA -> the Club and MOZ -> the Club (the
  debtors visiting, the host implied null; a nominal with its own place and date, EVENTS.md 11), 1987-06
  ("this week", 15-21 June, kept at its month, EVENTS.md 21), PARIS; "both countries were accorded terms
  that were more generous" is AID (debt relief; the Club implied) -> UGA and -> MOZ, 1987-06 (the meetings'
  week), PARIS; "Uganda was given 15 years to repay" and "Mozambique was accorded an exceptionally long
  20-year period" are their later mentions (first mentions' date); "than usually granted by the Club" is
  habitual. "The Club said it approved of both countries' economic and financial programs" is SUPPORT null
  -> UGA and -> MOZ on "approved" (endorsement of another actor's programme; the saying is the act, "said"
  not listed), DCT; "and would therefore make a contribution to improve their external payments prospects"
  restates the relief (skipped; AID planned / AGREE arguable). "It said both countries faced ..." and
  "adding the solution ... would take a number of years" are two STATEMENTs, and "The statement also said
  ... 'inappropriate'" a STATEMENT with the Club implied (55a's "The statement said"), all DCT, PARIS. "No
  details were available from the countries' embassies nor from the Club" is three withheld STATEMENTs
  (negated; UGA GOV, MOZ GOV, null IGO: different-country actors split), DCT. "last week the Ugandan Finance
  Minister Chrispus Kiyonga said he was hoping for a rescheduling of 120 mln dlrs" is REQUEST UGA GOV (an
  appeal for relief, 60b's "said he was hoping" = REQUEST; STATEMENT arguable), actor2 null (the target is
  not named in the clause, EVENTS.md 14), 1987-06 ("last week", 8-14 June, kept at its month), no place;
  Uganda's debt "is estimated" is an agentless statistic. "A French Finance Ministry statement issued the
  same time as the Paris Club statement, said France had formally agreed with Gabon to reschedule bilateral
  unpaid debt" is AGREE FRA GOV -> GAB GOV on "agreed", undated (past perfect; the time phrase dates the
  ministry's statement), "said" rule-3 attribution, "statement" / "issued" part of that clause, "the Paris
  Club statement" anaphoric. "The bilateral agreement" is anaphoric; "follows the Paris Club's January
  decision to grant Gabon an extended repayment period" is AID null IGO -> GAB GOV on "decision" (a
  decision to act on the decision word, 12b/13a/16b; a nominal with its own date, EVENTS.md 11), 1987-01
  (past January). "The ministry said French aid to Gabon in 1987 ... amounts to about 1.67 billion francs"
  is AID FRA GOV -> GAB GOV on "aid" (11a's "aid totalled ... last year"), 1987 (year, "in 1987"), asserted
  (planned arguable for the rest of the year), "said" rule-3 attribution.
* 17123 (European beet sowings, DCT Fri 1987-04-24, RATZEBURG): F.O. Licht, the West German commodity
  analysts, is an identifiable named firm (DEU BUS): "F.O. Licht said", "Licht said sowings have been
  boosted", "Licht noted" and "Licht said" (western Ukraine) are four STATEMENTs (assessments of sowing
  progress), DCT, RATZEBURG. "In France the beet growers' association said the entire crop could be sown
  within a week" is a STATEMENT FRA ORG (France's beet growers' association, an identifiable national body,
  as events_dev's "port officials"), DCT, located in France. Weather, sowing progress by generic farmers and
  area figures have no acting actor (skipped).
* 267 (Indonesia unlikely to import Philippine copra, published 1987-03-01 23:58, dateline JAKARTA, March
  2: DCT 1987-03-01): "the U.S. Embassy's annual agriculture report said" is a STATEMENT USA GOV (a report
  by a named author, EVENTS.md 4; actor the embassy), DCT (the report gives no date of its own), JAKARTA
  (the dateline city, the embassy's post); "The report said the 31 pct devaluation ..." is a second
  STATEMENT (actor "The report", USA GOV), DCT. Indonesia's copra imports are a country's trade flow
  (statistics and forecast; COOPERATE hypothetical arguable), the devaluation and "an increase in import
  duties on copra" background nominals in the report's content (no date, no target; SANCTION IDN arguable),
  the production forecast agentless.
* 6119 (U.S. warned of foreign oil dependence, DCT Tue 1987-03-17, WASHINGTON): the White House-ordered
  Energy Department study is a report by a named author (EVENTS.md 4; 28a coded the same report's release):
  "A White House-ordered report said ...", "The report said imports last year were 33 pct ..." and "The
  report said an import fee would raise prices ..." are STATEMENTs USA GOV, and "The Energy Department study
  discusses several options" a STATEMENT (28a's "It suggested options"), all DCT, WASHINGTON; "but makes no
  recommendations" is skipped (28a: REQUEST negated or withheld STATEMENT arguable). "President Reagan and
  most Congressmen have previously ruled out a tax on foreign oil" is REJECT USA GOV (refusal of a proposal
  with no identified proponent, 59b's Herrington "rule out"; actor2 null; a same-country compound, one
  record), undated ("previously"). "Energy Secretary John Herrington said in a statement that ..." is a
  STATEMENT, DCT ("in a statement" part of the clause). "several already advocated by the Reagan
  Administration" is a background reduced relative (standing advocacy of policies, EVENTS.md 6: skipped,
  STATEMENT undated arguable). "President Reagan ordered the study last September" is REQUEST USA GOV -> the
  implied Energy Department (USA GOV; a directive to his own government's department, 18a/25a's orders to
  officials), 1986-09 ("last September" from March 1987, month); "citing" and "referring" are its
  participial elaborations, "White House-ordered" in the lead the same order in a compound (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind82b.jsonl"

WAS = ("WASHINGTON", "USA")
OTT = ("OTTAWA", "CAN")
PAR = ("PARIS", "FRA")
RAT = ("RATZEBURG", "DEU")
JAK = ("JAKARTA", "IDN")

IGO = None, "IGO"
USA_GOV = "USA", "GOV"
FRA_ORG = "FRA", "ORG"
UGA_GOV = "UGA", "GOV"
MOZ_GOV = "MOZ", "GOV"
GAB_GOV = "GAB", "GOV"
DEU_BUS = "DEU", "BUS"
PARIS_CLUB = ("The Paris Club of creditor nations",) + IGO
CLUB_IMPLIED = (None,) + IGO
COMMISSION_IMPLIED = (None,) + IGO
BOTH_MEETINGS = (("both countries", "this week,"),)
BOTH_APPROVED = (("both countries", "approved of"),)
EMBASSIES = ("the countries' embassies",)
LICHT = ("F.O. Licht",) + DEU_BUS
THE_ASSOCIATION = ("The association",) + FRA_ORG

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18928": {
        "events": [
            # 0
            (
                "AID",
                "approved",
                ("The World Bank",) + IGO,
                ("China", "CHN", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "97.4 mln dlr loan approved for China (credit = AID, EVENTS.md 8; 24a's 18939, the same text under "
                "another id, and 56a/59a's World Bank loans); no time expression: undated; 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "the bank said"),
                (("the bank", "the bank said"),) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "description of the project the loan supports (as 24a); wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + IGO,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "further aims of the project (as 24a); DCT",
            ),
        ],
        "skip": [
            ("said", "rule-3 attribution (the loan approval is the event)"),
            ("help", "purpose of the loan"),
            ("increase", "purpose of the loan"),
            (("loan", "The 20-year"), "anaphoric nominal (the approved loan)"),
            ("supports", "the loan's purpose, not verbal support of an actor"),
            ("improving", "content of the statement (project aims)"),
            ("seeks", "content of the statement (project aims)"),
            ("reduce", "content of the statement"),
            ("building", "content of the statement"),
            (("improve", "production and to"), "content of the statement"),
            ("introducing", "content of the statement"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("China", "GPE", "CHN"),
        ],
    },
    "reuters21578-18904": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Bank of Canada", "CAN", "GOV"),
                None,
                OTT,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "weekly release: the bank rate rose to 8.59 pct, with the treasury bill tender results (statistics "
                "release by the central bank); wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            ("rose", "rate movement (statistics; the rate follows the bill yield by formula)"),
            (("set", "bank rate is"), "monetary mechanism (the rate is set from the bill yield)"),
            ("issue", "treasury bill issue (monetary operation / government finance)"),
            ("accepted", "treasury bill tender (monetary operation, EVENTS.md 10 / 6a's auction)"),
            (("priced", "182-day bills were"), "statistics (tender results)"),
            (("priced", "364-day bills were"), "statistics (tender results)"),
            ("received", "next week's treasury bill tender (monetary operation)"),
        ],
        "entities": [
            ("Canada", "GPE", "CAN"),
            ("Bank of Canada", "ORG", "CAN"),
        ],
    },
    "reuters21578-3337": {
        "events": [
            # 0
            (
                "REQUEST",
                "ask",
                ("French maize producers",) + FRA_ORG,
                ("the EC Commission",) + IGO,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "French maize producers (their association AGPM) will ask the Commission to grant permanent export "
                "rebates: a request to an identified body, planned; no time expression ('when export certificates have "
                "been granted' is a condition, not a date): undated; 'said' rule-3 attribution",
            ),
            # 1
            (
                "REQUEST",
                ("request", "The request will"),
                (None,) + FRA_ORG,
                COMMISSION_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "planned",
                0,
                "later mention: the request will be made once certificates are granted for all 500,000 tonnes (AGPM "
                "and the Commission implied); first mention's date; 'said' rule-3 attribution",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "The association said"),
                THE_ASSOCIATION,
                None,
                PAR,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "the request would cover exports to all destinations (a description of the planned request, no new "
                "act: reporting clause); wire style: DCT, dateline city",
            ),
            # 3
            (
                "STATEMENT",
                "adding",
                THE_ASSOCIATION,
                None,
                PAR,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "the Soviet Union is currently excluded from the destinations for the 500,000 tonnes (second reporting "
                "clause, EVENTS.md 3's 'said ..., adding that'); DCT",
            ),
            # 4
            (
                "STATEMENT",
                "forecast",
                ("The U.S. Agriculture Department",) + USA_GOV,
                None,
                PAR,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "forecast of Soviet maize imports (a named body's forecast release; 'has forecast' read as 'have said', "
                "EVENTS.md 16: DCT; location the dateline city by the rule, although the USDA forecast is Washington's)",
            ),
        ],
        "skip": [
            (("said", "AGPM,"), "rule-3 attribution (the planned request is the event)"),
            ("grant", "content of the request (EC export rebates)"),
            (
                "Accord",
                "background nominal: the EC/U.S. maize accord (no date of its own; AGREE EC <-> USA undated "
                "arguable, 70b's call)",
            ),
            ("guaranteeing", "content of the accord (a document's terms)"),
            (
                "decided",
                "EC export-subsidy administration (rebates for French maize: no type, 43a's 501; AID arguable)",
            ),
            (("accord", "decided to"), "content of the decision (export rebates)"),
            (("granted", "100,000 tonnes have been"), "export rebates granted (export-subsidy administration)"),
            (
                ("granted", "certificates have been"),
                "export certificates (licence administration; the request's timing condition)",
            ),
            (
                ("said", "500,000 tonnes, the AGPM"),
                "rule-3 attribution (the later mention of the request is the event)",
            ),
            (("request", "said that the"), "anaphoric nominal (the planned request)"),
            ("cover", "content of the statement"),
            ("excluded", "stative (the destination list; agentless)"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("EC Commission", "ORG", None),
            (("EC", "recent"), "ORG", None),
            (("U.S.", "EC/"), "GPE", "USA"),
            (("U.S.", "guaranteeing the"), "GPE", "USA"),
            ("Spain", "GPE", "ESP"),
            (("French", "years, the"), "NORP", "FRA"),
            ("AGPM", "ORG", "FRA"),
            (("Commission", "The Commission has"), "ORG", None),
            (("French", "500,000 tonnes of"), "NORP", "FRA"),
            (("AGPM", "the AGPM said"), "ORG", "FRA"),
            ("Soviet Union", "GPE", "SUN"),
            (("French", "destination countries for the 500,000 tonnes of"), "NORP", "FRA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Soviet", "has forecast"), "NORP", "SUN"),
        ],
    },
    "reuters21578-15720": {
        "events": [],
        "skip": [
            (
                "authorised",
                "internal EC decision on intervention buying (domestic market support; the Cereals "
                "Management Committee and the Commission both EC bodies)",
            ),
            (("buy", "authorised to"), "intervention buying (domestic market support, EVENTS.md 10)"),
            (("sales", "although"), "habitual: sales into intervention by unnamed sellers"),
            (("said", "Commission sources"), "anonymous-source talk (Commission sources)"),
            (("said", "They said approval"), "anonymous-source talk (the sources)"),
            ("approval was given", "internal decision of an EC committee (the authorisation; no type)"),
            (("imports", "heavy"), "market activity (imports under the accord)"),
            (("agreement", "under the"), "background nominal: the EC/U.S. accord (AGREE undated arguable, 70b)"),
            ("guarantees", "a document's terms (the accord), stative"),
            (("said", "The sources said"), "anonymous-source talk (the sources)"),
            (("said", "They said at"), "anonymous-source talk (the sources)"),
            ("added", "anonymous-source talk (the sources)"),
            (("decision", "They added the"), "anaphoric nominal (the authorisation)"),
            ("prevent", "purpose of the decision"),
            (("offers", "massive"), "market activity by unnamed offerers (offers into intervention)"),
            ("speculation", "market activity, no actor"),
            ("implementation", "background nominal (the accord's implementation)"),
            (("accord", "implementation of the"), "anaphoric nominal (the EC/U.S. accord)"),
        ],
        "entities": [
            ("European Commission", "ORG", None),
            (("Commission", "April 30,"), "ORG", None),
            (("EC", "approval was given by the"), "ORG", None),
            ("Cereals Management Committee", "ORG", None),
            (("EC", "between the"), "ORG", None),
            ("United States", "GPE", "USA"),
            ("Spanish", "NORP", "ESP"),
            (("EC", "non-"), "ORG", None),
            (("United States", "accord with the"), "GPE", "USA"),
        ],
    },
    "reuters21578-19266": {
        "events": [
            # 0
            (
                "AGREE",
                "agreed",
                PARIS_CLUB,
                ("Uganda", "UGA", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the Paris Club agreed to a major rescheduling of Uganda's debts ('agreed to' = AGREE, the rescheduling "
                "its content, EVENTS.md 8; 28a's Paris Club pact); compound target split (EVENTS.md 12); no time "
                "expression in its sentence: undated (rule 17; 'this week' of the next sentence's meetings arguable); "
                "'the Club said in a statement' rule-3 attribution",
            ),
            # 1
            (
                "AGREE",
                "agreed",
                PARIS_CLUB,
                ("Mozambique", "MOZ", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the same agreement toward Mozambique (compound split); undated",
            ),
            # 2
            (
                "CONSULT",
                "meetings",
                BOTH_MEETINGS + UGA_GOV,
                CLUB_IMPLIED,
                PAR,
                "1987-06",
                "month",
                "this week",
                "asserted",
                None,
                "meetings in Paris this week between the debtor (visitor) and the Paris Club (host, implied): a nominal "
                "with its own place and date (EVENTS.md 11); 'this week' (15-21 June) kept at its month (EVENTS.md 21)",
            ),
            # 3
            (
                "CONSULT",
                "meetings",
                BOTH_MEETINGS + MOZ_GOV,
                CLUB_IMPLIED,
                PAR,
                "1987-06",
                "month",
                "this week",
                "asserted",
                None,
                "the same meetings for Mozambique (compound split)",
            ),
            # 4
            (
                "AID",
                "accorded",
                CLUB_IMPLIED,
                BOTH_MEETINGS + UGA_GOV,
                PAR,
                "1987-06",
                "month",
                "this week",
                "asserted",
                None,
                "both countries were accorded generous rescheduling terms (debt relief = AID, EVENTS.md 8; the Club "
                "implied), at this week's meetings in Paris",
            ),
            # 5
            (
                "AID",
                "accorded",
                CLUB_IMPLIED,
                BOTH_MEETINGS + MOZ_GOV,
                PAR,
                "1987-06",
                "month",
                "this week",
                "asserted",
                None,
                "the same terms for Mozambique (compound split)",
            ),
            # 6
            (
                "AID",
                "given",
                CLUB_IMPLIED,
                (("Uganda", "granted by the Club"),) + UGA_GOV,
                PAR,
                "1987-06",
                "month",
                "this week",
                "asserted",
                4,
                "later mention: Uganda given 15 years to repay with six years' grace (the terms accorded); first "
                "mention's date",
            ),
            # 7
            (
                "AID",
                ("accorded", "Mozambique was"),
                CLUB_IMPLIED,
                (("Mozambique", "while"),) + MOZ_GOV,
                PAR,
                "1987-06",
                "month",
                "this week",
                "asserted",
                5,
                "later mention: Mozambique accorded a 20-year period with 10 years' grace; first mention's date",
            ),
            # 8
            (
                "SUPPORT",
                "approved",
                (("The Club", "10 years' grace"),) + IGO,
                BOTH_APPROVED + UGA_GOV,
                PAR,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the Club approved of both countries' economic and financial programs (endorsement of another actor's "
                "programme: SUPPORT; the saying is the act, 'said' not listed); compound split; wire style: DCT, "
                "dateline city",
            ),
            # 9
            (
                "SUPPORT",
                "approved",
                (("The Club", "10 years' grace"),) + IGO,
                BOTH_APPROVED + MOZ_GOV,
                PAR,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the same endorsement of Mozambique's programs (compound split)",
            ),
            # 10
            (
                "STATEMENT",
                ("said", "It said both"),
                (("It", "It said both"),) + IGO,
                None,
                PAR,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "both countries face heavy debt service and low per capita income (assessment); DCT",
            ),
            # 11
            (
                "STATEMENT",
                "adding",
                (("It", "It said both"),) + IGO,
                None,
                PAR,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "solving the debt problems will take years (second reporting clause, EVENTS.md 3); DCT",
            ),
            # 12
            (
                "STATEMENT",
                ("said", "The statement also"),
                CLUB_IMPLIED,
                None,
                PAR,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the Club's statement: IMF upper-tranche borrowing inappropriate for Mozambique (assessment; the Club "
                "implied, as 55a's 'The statement said'); DCT",
            ),
            # 13
            (
                "STATEMENT",
                "available",
                EMBASSIES + UGA_GOV,
                None,
                PAR,
                "1987-06-19",
                "day",
                None,
                "negated",
                None,
                "no details available from the embassies on the amounts: withheld statement (EVENTS.md 5, own_blind2's "
                "'No further details were available'); the countries' embassies split (Uganda); DCT",
            ),
            # 14
            (
                "STATEMENT",
                "available",
                EMBASSIES + MOZ_GOV,
                None,
                PAR,
                "1987-06-19",
                "day",
                None,
                "negated",
                None,
                "withheld statement, Mozambique's embassy (compound split); DCT",
            ),
            # 15
            (
                "STATEMENT",
                "available",
                (("the Club", "nor from"),) + IGO,
                None,
                PAR,
                "1987-06-19",
                "day",
                None,
                "negated",
                None,
                "withheld statement, nor from the Club (a third, different-country actor of the same clause); DCT",
            ),
            # 16
            (
                "REQUEST",
                ("said", "Chrispus Kiyonga"),
                ("Ugandan Finance Minister Chrispus Kiyonga",) + UGA_GOV,
                None,
                None,
                "1987-06",
                "month",
                "last week",
                "asserted",
                None,
                "said he was hoping for a rescheduling of 120 mln dlrs (an appeal for relief ahead of the talks, 60b's "
                "'said he was hoping' = REQUEST; STATEMENT arguable); target not named in the clause: actor2 null "
                "(EVENTS.md 14); 'last week' (8-14 June) kept at its month; no place given",
            ),
            # 17
            (
                "AGREE",
                ("agreed", "formally"),
                ("France", "FRA", "GOV"),
                ("Gabon",) + GAB_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "France formally agreed with Gabon to reschedule bilateral debt (AGREE, the rescheduling its content, "
                "EVENTS.md 8); past perfect, no time expression of its own ('issued the same time as the Paris Club "
                "statement' dates the ministry's statement): undated; 'said' rule-3 attribution",
            ),
            # 18
            (
                "AID",
                "decision",
                (("Paris Club", "follows the"),) + IGO,
                (("Gabon", "to grant"),) + GAB_GOV,
                None,
                "1987-01",
                "month",
                "January",
                "asserted",
                None,
                "the Paris Club's January decision to grant Gabon an extended repayment period (debt relief = AID, a "
                "decision to act on the decision word as 12b/13a/16b; a nominal with its own date, EVENTS.md 11); "
                "past January from June 1987 = 1987-01",
            ),
            # 19
            (
                "AID",
                ("aid", "French aid"),
                (("French", "The ministry said"), "FRA", "GOV"),
                (("Gabon", "aid to"),) + GAB_GOV,
                None,
                "1987",
                "year",
                "in 1987",
                "asserted",
                None,
                "French aid to Gabon in 1987 amounts to 1.67 billion francs (11a's 'aid totalled ... last year' = AID on "
                "'aid'); year precision; 'The ministry said' rule-3 attribution; planned arguable for the year's "
                "remainder",
            ),
        ],
        "skip": [
            (("rescheduling", "major"), "content of the agreement (EVENTS.md 8)"),
            (("said", "the Club said"), "rule-3 attribution (the agreement is the event)"),
            (("statement", "said in a"), "part of the reporting clause"),
            (("granted", "usually"), "habitual (the Club's usual terms)"),
            (
                "contribution",
                "the rescheduling's contribution to payments prospects (content of the statement; the "
                "relief is already coded; AID planned / AGREE arguable)",
            ),
            (("improve", "contribution to"), "purpose"),
            ("faced", "stative (content of the statement)"),
            ("solution", "content of the statement"),
            ("borrowing", "content of the statement (hypothetical IMF borrowing)"),
            ("hoping", "part of the request"),
            (("rescheduling", "hoping for a"), "content of the request"),
            ("estimated", "statistics (agentless estimate)"),
            (("statement", "Ministry"), "part of the reporting clause (the ministry's statement)"),
            ("issued", "part of the reporting clause (the ministry's statement)"),
            (("statement", "same time as the Paris Club"), "anaphoric nominal (the Club's statement)"),
            (("said", "Paris Club statement,"), "rule-3 attribution (France's agreement is the event)"),
            ("reschedule", "content of the agreement"),
            (("agreement", "The bilateral"), "anaphoric nominal (France's agreement with Gabon)"),
            (("made", "due to have been"), "content (payments due by May 31)"),
            (("grant", "decision to"), "content of the decision"),
            (("said", "The ministry said"), "rule-3 attribution (the aid is the event)"),
        ],
        "entities": [
            ("Paris Club", "ORG", None),
            ("Uganda", "GPE", "UGA"),
            ("Mozambique", "GPE", "MOZ"),
            (("Club", "debts, the"), "ORG", None),
            (("Club", "usually granted by the"), "ORG", None),
            (("Uganda", "granted by the Club"), "GPE", "UGA"),
            (("Mozambique", "while"), "GPE", "MOZ"),
            (("Club", "The Club said it approved"), "ORG", None),
            (("Mozambique", "The statement also said"), "GPE", "MOZ"),
            ("International Monetary Fund", "ORG", None),
            (("Club", "nor from the"), "ORG", None),
            ("Ugandan", "NORP", "UGA"),
            ("Chrispus Kiyonga", "PERSON", "UGA"),
            (("Uganda", "120 mln dlrs."), "GPE", "UGA"),
            ("French Finance Ministry", "ORG", "FRA"),
            (("Paris Club", "same time as the"), "ORG", None),
            ("France", "GPE", "FRA"),
            ("Gabon", "GPE", "GAB"),
            (("Paris Club", "follows the"), "ORG", None),
            (("Gabon", "to grant"), "GPE", "GAB"),
            (("French", "The ministry said"), "NORP", "FRA"),
            (("Gabon", "aid to"), "GPE", "GAB"),
        ],
    },
    "reuters21578-17123": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "F.O. Licht"),
                LICHT,
                None,
                RAT,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "fine weather allowed good progress with European beet sowings, Soviet conditions unfavourable "
                "(assessment by the named analysis firm); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Licht said sowings"),
                (("Licht", "Licht said sowings"),) + DEU_BUS,
                None,
                RAT,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "sowings boosted, may be completed by month-end (assessment / forecast); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "association said"),
                ("the beet growers' association",) + FRA_ORG,
                None,
                ("France", "FRA"),
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "France's beet growers' association: the crop could be sown within a week (forecast; an identifiable "
                "national association, as events_dev's 'port officials'); DCT; located by 'In France'",
            ),
            # 3
            (
                "STATEMENT",
                "noted",
                (("Licht", "Licht noted"),) + DEU_BUS,
                None,
                RAT,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "late-sown crops have often given good results (assessment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "permit sowings, Licht"),
                (("Licht", "permit sowings,"),) + DEU_BUS,
                None,
                RAT,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "only the western Ukraine warm enough for sowings (assessment); DCT",
            ),
        ],
        "skip": [
            ("allowed", "weather, no acting actor"),
            (("progress", "make good"), "farm work by generic farmers (statistics)"),
            ("boosted", "statistics (agentless)"),
            ("completed", "content of the forecast (agentless)"),
            ("sown", "content of the forecast"),
            ("persists", "condition (weather)"),
            ("produced", "generic (content of the statement)"),
            ("permit", "weather (content of the statement)"),
            ("drilled", "statistics (agentless, last year)"),
        ],
        "entities": [
            ("Europe", "LOC", None),
            ("Soviet Union", "GPE", "SUN"),
            ("West German", "NORP", "DEU"),
            ("F.O. Licht", "ORG", "DEU"),
            (("Europe", "parts of"), "LOC", None),
            (("Licht", "centigrade"), "ORG", "DEU"),
            ("France", "GPE", "FRA"),
            (("Licht", "1986 but"), "ORG", "DEU"),
            (("Soviet Union", "crops."), "GPE", "SUN"),
            ("Ukraine", "GPE", "SUN"),
            (("Licht", "permit sowings,"), "ORG", "DEU"),
            ("USSR", "GPE", "SUN"),
        ],
    },
    "reuters21578-267": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("the U.S. Embassy",) + USA_GOV,
                None,
                JAK,
                "1987-03-01",
                "day",
                None,
                "asserted",
                None,
                "the U.S. Embassy's annual agriculture report: Indonesia unlikely to import Philippine copra in 1987 "
                "(a forecast; a report by a named author, EVENTS.md 4); wire style: DCT = published_at's date "
                "(1987-03-01, not the dateline's March 2), dateline city (the embassy's post)",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The report said"),
                (("The report", "The report said"),) + USA_GOV,
                None,
                JAK,
                "1987-03-01",
                "day",
                None,
                "asserted",
                None,
                "devaluation, higher copra import duties and Philippine prices have narrowed the margin (assessment); "
                "DCT",
            ),
        ],
        "skip": [
            ("import", "content of the forecast (a country's trade flow: statistics; COOPERATE hypothetical arguable)"),
            ("importing", "statistics (1986 imports)"),
            ("devaluation", "background nominal (monetary measure)"),
            (
                "increase in import duties",
                "background nominal in the report's content (Indonesia's copra import duty "
                "rise, no date, no target named; SANCTION arguable)",
            ),
            ("reduced", "content of the statement"),
            ("forecast", "agentless forecast (statistics)"),
        ],
        "entities": [
            ("Indonesia", "GPE", "IDN"),
            ("Philippines", "GPE", "PHL"),
            ("U.S. Embassy", "ORG", "USA"),
            ("Indonesian", "NORP", "IDN"),
            (("Philippines", "price of"), "GPE", "PHL"),
            (("Indonesia", "two countries."), "GPE", "IDN"),
        ],
    },
    "reuters21578-6119": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("A White House-ordered report",) + USA_GOV,
                None,
                WAS,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "the Energy Department study (a report by a named author, EVENTS.md 4): growing reliance on foreign oil "
                "could damage national security (assessment); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "discusses",
                ("The Energy Department study",) + USA_GOV,
                None,
                WAS,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "the study discusses options to curb reliance (as 28a's 'It suggested options' of the same report: a "
                "STATEMENT); DCT",
            ),
            # 2
            (
                "REJECT",
                "ruled out",
                ("President Reagan and most Congressmen",) + USA_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "have previously ruled out a tax on foreign oil (refusal of a proposal with no identified proponent, "
                "59b's Herrington 'rule out'; actor2 null); a same-country compound: one record; 'previously' gives no "
                "value: undated",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "John Herrington"),
                ("Energy Secretary John Herrington",) + USA_GOV,
                None,
                WAS,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "the report shows justification for concern over the oil industry and imports (assessment); 'in a "
                "statement' part of the clause; DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The report said imports"),
                (("The report", "The report said imports"),) + USA_GOV,
                None,
                WAS,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "imports were 33 pct of consumption last year, could reach 50 pct (statistics and forecast; 'last year' "
                "governs the figure); DCT",
            ),
            # 5
            (
                "REQUEST",
                ("ordered", "President Reagan"),
                (("President Reagan", "Administration."),) + USA_GOV,
                (None,) + USA_GOV,
                None,
                "1986-09",
                "month",
                "last September",
                "asserted",
                None,
                "Reagan ordered the study (a directive to his own government's department, 25a / 18a's orders to "
                "officials = REQUEST; the Energy Department implied); 'last September' before March 1987 = 1986-09",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "The report said an"),
                (("The report", "The report said an"),) + USA_GOV,
                None,
                WAS,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "an import fee would raise prices and help domestic output but depress the economy (assessment); DCT",
            ),
        ],
        "skip": [
            (("ordered", "White House-"), "background compound (the order, recorded where Reagan 'ordered the study')"),
            (("curb", "options to"), "content of the study"),
            ("recommendations", "explicitly no recommendations (REQUEST negated or withheld STATEMENT arguable, 28a)"),
            (("curb", "as a way to"), "purpose of the rejected tax"),
            (("help", "imports and to"), "purpose of the rejected tax"),
            (("statement", "said in a"), "part of the reporting clause"),
            ("made gains", "content of the statement"),
            ("shows", "content of the statement (the report's finding)"),
            (("rise", "could"), "statistics (forecast, content)"),
            ("ease", "content (the report's options)"),
            (
                "advocated",
                "background reduced relative: the administration's standing advocacy of some options (a "
                "policy, EVENTS.md 6; STATEMENT undated arguable)",
            ),
            ("citing", "participial elaboration of the order (EVENTS.md 3)"),
            ("referring", "participial elaboration of the order"),
            ("shortages", "background nominal (1970s oil shortages)"),
            (("raise", "fee would"), "content of the statement"),
            (("help", "raise prices and"), "content of the statement"),
            ("find", "content of the statement"),
            (("produce", "find and"), "content of the statement"),
            (("cut", "as well as to"), "content of the statement"),
            (("depress", "the tax would"), "content of the statement"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Energy Department", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("John Herrington", "PERSON", "USA"),
            (("U.S.", "33 pct of"), "GPE", "USA"),
            (("U.S.", "to ease"), "GPE", "USA"),
            (("Reagan", "advocated by the"), "PERSON", "USA"),
            (("Reagan", "Administration. President"), "PERSON", "USA"),
            ("OPEC", "ORG", None),
            (("U.S.", "economical for"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
