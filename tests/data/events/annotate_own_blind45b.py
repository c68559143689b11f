"""Build ``own_blind45b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind45b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,491 left; also minus the 16 stories drawn for own_blind44, 2,475 left); 24 drawn with random.Random(45101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
41 event records (36 first mentions, 5 later mentions), 91 not_annotated spans, 88 entity mentions
(GPE 34, ORG 21, NORP 17, PERSON 15, LOC 1); one article without events (17251, South African trade
figures: a document and statistics only); 15212 (J.P. Morgan's Preston) has STATEMENTs only, 318 (Gemayel)
and 2763 (Insituform) no STATEMENT (anonymous sources; rule-3 attribution). Types: STATEMENT 19, AGREE 7,
CONSULT 4, REQUEST 4, COOPERATE 3, RETREAT 2, THREATEN 2; modality: asserted 39, planned 2; precision: day
25, unknown 14, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Two wrong first matches were fixed: the skip "resume" matching
inside the lead's "resumed" (the COOPERATE trigger; caught by the overlap assertion) and the skip "going"
(rates going higher) matching the earlier "is going to encourage" of the quote (caught in the printed
context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Assistant Treasury
Secretary David Mulford": the PERSON, as 43b's "Treasury Secretary James Baker"; "U.K. Chancellor of the
Exchequer Nigel Lawson": GPE "U.K." + PERSON, 21a; "J.P. Morgan and Co Inc chairman Lewis Preston": ORG +
PERSON; "Bi Yueran, managing director of China State Shipbuilding Corp's ship repair department": PERSON +
ORG); a body with its country word is one ORG span ("U.S. House of Representatives", 43b), and the
"Subcommittee on International Development Institutions" of it a separate ORG USA (22b's "House
Agriculture Subcommittee on ..."); a named division with its common noun is one ORG span ("Electrical
Projects division", 19b/20b); bracketed tickers left out (<GECL.L>, (CAWL.L)); possessive 's left out
("Lebanon's", "Morgan's", "China's", "Permaline's"); a country word inside a name is not tagged (New China
News Agency, China Daily, China State Shipbuilding Corp). Countries and companies: Argentina ARG, the
Philippines PHL, Brazil BRA, Chile CHL, Venezuela VEN (GPE), "Mexican" NORP MEX; South Africa GPE ZAF and
Customs and Excise ORG ZAF (its customs department); "Lebanese" NORP LBN, Amin Gemayel / Gemayel PERSON
LBN, Lebanon GPE LBN, "Syrian" NORP SYR (also inside "Syrian-brokered"), "Maronite Christian" NORP null (a
religious grouping, 13b's "Catholic", 18b's "Islamic"); Insituform Group Ltd / "Insituform" ORG GGY and
Guernsey GPE GGY (the text gives Guernsey as its home, 18b's Bermuda-based Hawley BMU), the Channel
Islands LOC null (an island group of two dependencies with no single code; GBR arguable), Insituform
Permaline Ltd / "Permaline" ORG null (nationality not given, EVENTS.md 15), James Colclough and Scott
Saltpeter PERSON GGY (officers of the Guernsey company: their firm's country, 42a's Muggia); China,
Shanghai, Dalian, Xingang GPE CHN, the New China News Agency, the China Daily and China State
Shipbuilding Corp ORG CHN, Bi Yueran / Bi PERSON CHN, "Soviet" NORP SUN, the Soviet Union and the USSR
GPE SUN ("the far east", lower case, not tagged); The General Electric Co Plc (span without "The"),
every "GEC" (also in "the GEC product", "GEC robots", 41a's "BET shares") and the Electrical Projects
division ORG GBR, Alan Davies PERSON GBR, Gorky GPE SUN, "Gaz" ORG SUN (the Gorky automobile works named
as an enterprise in "the Gaz truck and car plant"; the plant itself is a facility, 41a; leaving "Gaz"
untagged arguable); the Federal Reserve / Fed, J.P. Morgan and Co Inc / "Morgan" ORG USA, Lewis Preston
/ Preston PERSON USA; Nigel Lawson / Lawson and Margaret Thatcher PERSON GBR, Britain and "U.K." GPE GBR
(also "(U.K.)" and "U.K. Access"), "British" NORP GBR, "Conservative" NORP GBR (a party adjective, 30a's
"Christian Democratic"), Cable and Wireless Plc ORG GBR, the United States GPE USA, Japan GPE JPN,
"Japanese" NORP JPN (also inside "anti-Japanese", 31b's "anti-American"). Currencies (rand, stg),
generic or lower-case bodies ("commercial banks", "Cabinet", "parliament", "the bank", "officials"),
the ventures, the power-sharing system and the Gaz plant are not entities.

Judgement calls made here:
* 1259 (Mulford on debt talks, DCT Tue 1987-03-03, WASHINGTON; prepared testimony for a House
  subcommittee, no place given: dateline city for the speech acts): "Mulford said rapid progress was being
  made in talks with commercial banks for loans to Argentina, the Philippines and Brazil" is CONSULT, split
  by borrower (EVENTS.md 12): ARG / PHL / BRA GOV (the borrowers, the other party of the talks) -> the
  commercial banks (unnamed: null BUS, 30a's "opened negotiations already with commercial banks"),
  asserted, undated (progressive with no time expression, 42a), "said" rule-3 attribution; a STATEMENT with
  the talks as content is arguable (43b took Baker's "expected progress in commercial bank discussions" as
  a forecast's content, but that was a forecast, this asserts ongoing talks). The closing quote '"We look for
  rapid progress in commercial bank discussions with Argentina, the Philippines, and ultimately Brazil," he
  said' is a STATEMENT (a forecast; "discussions" skipped as the lead's talks; later mentions of the three
  CONSULTs arguable). "This should result in substantial new lending ...," he said in prepared testimony'
  (a forecast), "Until recently, commercial banks were slow to conclude new financing packages pending
  completion of a Mexican package, Mulford said" (an assessment; unnamed banks, Mexico's package a
  background nominal) and '"We are concerned about the backlog ... would like to see these move ahead
  soon," he said' (a wish with no actor asked, EVENTS.md 2) are STATEMENTs (USA GOV, DCT). "Chile signed an
  agreement with banks last week" is AGREE CHL GOV -> the banks (null BUS), "last week" from Tue 3 March
  = 23 Feb - 1 Mar kept at its month, 1987-02 (13a's "last week" = 1987-02); "and there was also an
  agreement with Venezuela on rescheduling principal payments" is AGREE VEN GOV (the only named party,
  first) -> the banks (implied, null BUS), undated: "last week" scopes the first conjunct only (EVENTS.md
  18); the rescheduling is the agreement's content (EVENTS.md 8; AID arguable).
* 17251 (South African trade surplus, DCT Mon 1987-04-27, PRETORIA): no event (a negative): "Customs and
  Excise figures show" is a document, not a speech act (own_blind2, 28b/30a), and the rest statistics.
* 318 (Gemayel agrees Syrian plan, DCT Mon 1987-03-02, BEIRUT): every "said" is by anonymous "official
  sources" / "They" / "the sources" (EVENTS.md 4; skipped), but the acts name their agent, so they are
  coded (23b/35a). "Lebanese President Amin Gemayel has agreed to three key points in a new Syrian-brokered
  plan" is AGREE LBN GOV -> SYR GOV (the plan's broker and the party he negotiated with, last sentence;
  actor span the "Syrian" of "Syrian-brokered", 12a's "Japanese" as actor text), undated (present perfect,
  rule 17); "They said the Maronite Christian leader has agreed to give up Cabinet voting rights, ..." and
  "Gemayel had agreed to the proposals" are its later mentions (Syria implied); "in two months of indirect
  negotiations with Syrian leaders" is CONSULT LBN -> SYR GOV, a nominal with its own participants (41a's
  "five months of talks"; "two months" a duration: undated). "brokered" (Syria's mediation, part of the
  plan's name; CONSULT arguable), the plan's purpose and the civil war (a background nominal) are skipped.
* 2763 (Insituform raises stake in unit, DCT Fri 1987-03-06, NEW YORK): "said it has exercised an option to
  convert a 250,000 stg loan to affiliate Insituform Permaline Ltd to common shares, raising its stake in
  the unit to 75 pct from 50 pct" is COOPERATE GGY BUS -> Insituform Permaline Ltd (null BUS): a stake
  acquired in newly issued shares of another company (28b's Mitsui / Imatron), the affiliate being only 50
  pct owned before (so not 21a/25a's moves within one's own subsidiary); a STATEMENT with the conversion
  skipped as corporate finance is the main alternative. Undated (present perfect), "said" attribution,
  "raising" its participial result. "Insituform also said James Colclough has resigned from its board for
  health reasons" is RETREAT GGY BUS (a resignation; actor2 null, 17b), asserted, undated; "and secretary
  Scott Saltpeter has resigned, effective June Five" a second RETREAT, planned and dated by the effective
  date, 1987-06-05 (the departure lies ahead; 12a's "effective June 1" planned; asserted with that date, or
  asserted and undated, arguable); "also said" attribution.
* 19097 (China resumes Soviet ship repairs, DCT Fri 1987-06-19, PEKING): "China has resumed repairs of
  Soviet ships" is COOPERATE CHN GOV -> SUN BUS (a material economic exchange: Chinese yards repairing
  Soviet ships; actor2 span the "Soviet" of "Soviet ships"), undated (present perfect); the "ideological
  split between the two countries" is a bare background nominal (skipped; SANCTION as EVENTS.md 9's severed
  ties arguable, but those had their own predication and date). "The New China News Agency said an
  agreement to resume the business was signed by the two sides on Wednesday in Shanghai" is AGREE CHN ->
  SUN on "signed" (both actors the span "the two sides", 17b), 1987-06-17 ("Wednesday" before Fri 19
  June), location Shanghai, NCNA's "said" attribution; "where three Soviet commercial vessels were being
  repaired" is a background progressive (skipped; a later mention of the COOPERATE arguable). "The China
  Daily said the first two Soviet ships ... left the ports of Dalian and Xingang last month" is a STATEMENT
  (CHN ORG, a newspaper as speaker, 25a; the ships' departure has no type, "last month" dates it, not the
  saying: DCT). "Bi Yueran ... told the newspaper the Soviet Union lacked adequate repair facilities" and
  "Bi said China's yards offered competitive prices ..." are STATEMENTs (CHN BUS: an officer of the
  state shipbuilder, EVENTS.md 15), DCT ("told the newspaper" as 10b's "told The Herald daily newspaper";
  an undated relayed reading arguable), PEKING.
* 12781 (GEC robots order from USSR, DCT Fri 1987-04-03, LONDON): "The General Electric Co Plc said its
  Electrical Projects division had won an initial 2.5 mln stg order to supply robots to the Soviet motor
  industry" is COOPERATE GBR BUS -> the Soviet motor industry (SUN BUS, a state industry as the buyer,
  EVENTS.md 15; a contract won, EVENTS.md 8), undated (pluperfect), "said" attribution. "Eighteen
  paint-spraying robots will be installed at the Gaz truck and car plant in Gorky, GEC said in a statement"
  is a STATEMENT (GBR BUS, DCT, LONDON): the installation is the order's execution in a passive with no
  agent (content; a planned later mention of the COOPERATE arguable). "If the factory standardised on the
  GEC product, further orders for up to 80 more robots could be expected, it added" is a STATEMENT (a
  conditional forecast; the further orders skipped as 23a's "expects further orders", COOPERATE
  hypothetical arguable). "Division engineering director Alan Davies said he expects further agreements
  soon with the Soviet machine tool and chemical equipment industries" is AGREE planned GBR BUS (GEC
  implied, text null) -> SUN BUS (24a's "is expected to reach agreements"), undated ("soon" has no value,
  2/11a/22a), "said" attribution and "expects" its frame; the agreements' coverage is content.
* 15212 (J.P. Morgan's Preston on rates, DCT Wed 1987-04-08, NEW YORK): all six clauses are STATEMENTs
  (USA BUS, DCT, dateline city: no place is given for the bank's annual meeting): the lead (the Fed unlikely
  to promote lower rates while the dollar is volatile; the Fed's action is monetary content), '"I don't think
  the Fed is going to encourage that ..."' after a reporter's question, its later mention (a quoted
  restatement, EVENTS.md 3; the question and the bank's annual meeting, internal to one body, skipped),
  "he did not see rates going much higher" (new content), "Morgan's recent rise in its prime lending rate
  was 'purely a reflection ...'" (the bank's own pricing: no type), "Preston reiterated earlier company
  forecasts" (12a's "reiterated"; "forecasts" an anaphoric nominal) and "He also said that ... inflation
  would rise" (a forecast). Rate and dollar movements are market movements.
* 11287 (Lawson on a U.S./Japan trade war, DCT Tue 1987-03-31, LONDON): "Lawson said the United States and
  Japan must work to avert a possible trade war" is REQUEST GBR GOV -> USA and -> JPN (identifiable actors
  told they should act, EVENTS.md 2; compound split, EVENTS.md 12), DCT; "and he added that a trade war
  would not be in the interests of Britain" a STATEMENT (assessment); "Lawson told journalists that 'the
  prospects for the (U.K.) economy look very very good - providing we can avoid a trade war'" a STATEMENT;
  'He stressed that "a heavy responsiblity ... lies on Japan and the United States to ensure that we do
  avoid such a trade war"' the quoted restatement of the request: two later mentions (JPN first, as
  first-named; the text's "responsiblity" misspelling kept); "Asked whether ..., Lawson replied, 'I very much
  hope so'" a STATEMENT (the question skipped). "Britain last week warned that it would retaliate if Japan
  did not move soon to open its markets" is THREATEN GBR GOV -> JPN GOV, "last week" (23-29 March) kept at
  its month, 1987-03. "Prime Minister Margaret Thatcher gave notice that the U.K. Would fight the Japanese
  government's attempt to prevent (Cable and Wireless Plc) from taking a significant position in a new
  Japanese ... venture" is THREATEN GBR GOV -> the Japanese government (JPN GOV), a warning with
  consequences; a background past verbal act with no time expression of its own: undated (15b's
  "threatened", 12a's Thatcher "charging"; the previous sentence's "last week", or the DCT by rule 2,
  arguable); Japan's "attempt" is a background nominal (skipped; SANCTION arguable; 12a coded the anger at
  such attempts, not the attempts). "British officials are now trying to dampen anti-Japanese rhetoric"
  has no type (skipped; RETREAT arguable). "The British Conservative government will on Thursday consider
  what legal options are available ..., officials said" is a STATEMENT (GBR GOV: officials of the government
  named in the clause, 31b's "Officials said the Agency was still studying"), DCT ("on Thursday" dates the
  consideration); the consideration is an internal deliberation (skipped; SANCTION hypothetical arguable,
  as events_dev's "what sanctions if any should be taken", though no sanction is named here).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind45b.jsonl"

WAS = ("WASHINGTON", "USA")
BEI = ("BEIRUT", "LBN")
PEK = ("PEKING", "CHN")
SHA = ("Shanghai", "CHN")
LON = ("LONDON", "GBR")
NYC = ("NEW YORK", "USA")

MULFORD_HE = "USA", "GOV"
BANKS_1259 = ("commercial banks", None, "BUS")
GEMAYEL = ("Lebanese President Amin Gemayel", "LBN", "GOV")
SYR_IMPLIED = (None, "SYR", "GOV")
INSITUFORM = ("Insituform Group Ltd", "GGY", "BUS")
PRESTON = ("J.P. Morgan and Co Inc chairman Lewis Preston", "USA", "BUS")
LAWSON = ("U.K. Chancellor of the Exchequer Nigel Lawson", "GBR", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1259": {
        "events": [
            # 0
            ("CONSULT", "talks", ("Argentina", "ARG", "GOV"), BANKS_1259, None,
             None, "unknown", None, "asserted", None,
             "talks with commercial banks (unnamed: null BUS, 30a) for loans to Argentina (the borrower implied as "
             "the other party); compound split (EVENTS.md 12); progressive, no time expression: undated; 'said' "
             "rule-3 attribution (STATEMENT with the talks as content arguable, 43b's forecast of bank discussions)"),
            # 1
            ("CONSULT", "talks", ("the Philippines", "PHL", "GOV"), BANKS_1259, None,
             None, "unknown", None, "asserted", None, "the same talks, Philippines part of the compound"),
            # 2
            ("CONSULT", "talks", ("Brazil", "BRA", "GOV"), BANKS_1259, None,
             None, "unknown", None, "asserted", None, "the same talks, Brazil part of the compound"),
            # 3
            ("STATEMENT", ("said", "he said in prepared"), (("he", "he said in prepared"), *MULFORD_HE), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "forecast: substantial new lending for the major debtors in 1987 ('in 1987' dates the lending); "
             "testimony for a House subcommittee, no place: DCT, dateline city"),
            # 4
            ("STATEMENT", ("said", "package, Mulford said"), (("Mulford", "package, Mulford"), *MULFORD_HE), None,
             WAS, "1987-03-03", "day", None, "asserted", None,
             "assessment: banks were slow to conclude packages pending the Mexican package (unnamed banks); DCT"),
            # 5
            ("STATEMENT", ("said", 'soon," he said'), (("he", 'soon," he said'), *MULFORD_HE), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "concern about the backlog, wish to see the packages move ahead (no actor asked: EVENTS.md 2); DCT"),
            # 6
            ("AGREE", "signed", ("Chile", "CHL", "GOV"), (("banks", "agreement with banks"), None, "BUS"), None,
             "1987-02", "month", "last week", "asserted", None,
             "Chile signed an agreement with (unnamed) banks; 'last week' from Tue 1987-03-03 = 23 Feb - 1 Mar, "
             "kept at its month (13a's 'last week' = 1987-02)"),
            # 7
            ("AGREE", ("agreement", "also an agreement"), ("Venezuela", "VEN", "GOV"), (None, None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "an agreement with Venezuela on rescheduling (the banks implied; the rescheduling content, AID arguable); "
             "'last week' scopes the first conjunct only (EVENTS.md 18): undated"),
            # 8
            ("STATEMENT", ("said", 'ultimately Brazil," he'), (("he", 'ultimately Brazil," he'), *MULFORD_HE), None,
             WAS, "1987-03-03", "day", None, "asserted", None,
             "forecast: 'We look for rapid progress in commercial bank discussions' (the lead's talks are content; a "
             "later mention of the CONSULTs arguable); DCT"),
        ],
        "skip": [
            (("said", "Mulford said rapid"), "rule-3 attribution (the talks are the event)"),
            ("loans", "object of the talks (content; AID arguable)"),
            ("lending", "content of the forecast"),
            ("testimony", "part of the reporting clause"),
            ("conclude", "content of the assessment (unnamed banks)"),
            ("completion", "background nominal: Mexico's financing package"),
            ("concerned", "part of the statement"),
            ("move ahead", "content of the statement"),
            ("happening", "content of the statement"),
            ("rescheduling", "content of the agreement (AID arguable)"),
            ("renegotiated", "background (earlier renegotiation)"),
            ("look for", "frame of the forecast (the reporting clause is the record)"),
            ("discussions", "content of the forecast: the lead's talks (anaphoric)"),
        ],
        "entities": [
            ("David Mulford", "PERSON", "USA"),
            ("Argentina", "GPE", "ARG"),
            ("Philippines", "GPE", "PHL"),
            ("Brazil", "GPE", "BRA"),
            ("Subcommittee on International Development Institutions", "ORG", "USA"),
            ("U.S. House of Representatives", "ORG", "USA"),
            ("Mexican", "NORP", "MEX"),
            (("Mulford", "package, Mulford"), "PERSON", "USA"),
            ("Chile", "GPE", "CHL"),
            ("Venezuela", "GPE", "VEN"),
            (("Argentina", "bank discussions"), "GPE", "ARG"),
            (("Philippines", "bank discussions"), "GPE", "PHL"),
            (("Brazil", "ultimately"), "GPE", "BRA"),
        ],
    },
    "reuters21578-17251": {
        "events": [],
        "skip": [
            ("show", "a document ('Customs and Excise figures show'), not a speech act (28b/30a)"),
            ("fell", "statistics"),
            ("rising", "statistics"),
            ("stood", "statistics"),
            (("fell", "Exports fell"), "statistics"),
            ("rose", "statistics"),
            ("brought", "statistics"),
        ],
        "entities": [
            ("South Africa", "GPE", "ZAF"),
            ("Customs and Excise", "ORG", "ZAF"),
        ],
    },
    "reuters21578-318": {
        "events": [
            # 0
            ("AGREE", "agreed", GEMAYEL, ("Syrian", "SYR", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to three points of a Syrian-brokered plan (Syria the counterpart: the negotiations with Syrian "
             "leaders, last sentence); relayed by anonymous official sources (their 'said' skipped, the act coded: "
             "23b/35a); present perfect, no time expression: undated"),
            # 1
            ("AGREE", ("agreed", "leader has agreed"), ("the Maronite Christian leader", "LBN", "GOV"), SYR_IMPLIED,
             None, None, "unknown", None, "asserted", 0,
             "later mention: the points agreed (cabinet voting rights, election of the Prime Minister, abolition of "
             "the power-sharing system)"),
            # 2
            ("AGREE", ("agreed", "Gemayel had agreed"), (("Gemayel", "Gemayel had"), "LBN", "GOV"), SYR_IMPLIED,
             None, None, "unknown", None, "asserted", 0,
             "later mention: had agreed to the proposals"),
            # 3
            ("CONSULT", "negotiations", (("Gemayel", "Gemayel had"), "LBN", "GOV"), ("Syrian leaders", "SYR", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "two months of indirect negotiations with Syrian leaders (a nominal with its own participants, "
             "41a's 'five months of talks'); 'two months' is a duration: undated"),
        ],
        "skip": [
            ("brokered", "part of the nominal 'Syrian-brokered plan' (Syria's mediation; CONSULT arguable)"),
            ("aimed", "purpose of the plan"),
            ("ending", "purpose of the plan"),
            ("civil war", "background nominal (the war)"),
            (("said", "official sources said"), "anonymous-source talk (EVENTS.md 4)"),
            (("said", "They said"), "anonymous-source talk (the official sources)"),
            ("give up", "content of the agreement"),
            ("ensure", "content of the agreement"),
            ("elected", "content of the agreement"),
            ("abolition", "content of the agreement"),
            ("proposals", "anaphoric nominal (the plan's points)"),
            (("said", "the sources said"), "anonymous-source talk"),
        ],
        "entities": [
            ("Lebanese", "NORP", "LBN"),
            ("Amin Gemayel", "PERSON", "LBN"),
            ("Syrian", "NORP", "SYR"),
            ("Lebanon", "GPE", "LBN"),
            ("Maronite Christian", "NORP", None),
            (("Lebanon", "abolition in principle of"), "GPE", "LBN"),
            (("Gemayel", "Gemayel had"), "PERSON", "LBN"),
            (("Syrian", "Syrian leaders"), "NORP", "SYR"),
        ],
    },
    "reuters21578-2763": {
        "events": [
            # 0
            ("COOPERATE", "exercised", INSITUFORM, ("Insituform Permaline Ltd", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "converted its loan to the 50 pct affiliate into common shares, raising its stake to 75 pct (a stake "
             "acquired in newly issued shares of another company, 28b; STATEMENT with the conversion skipped as "
             "corporate finance arguable); affiliate's nationality not given: null (EVENTS.md 15); present perfect: "
             "undated; 'said' rule-3 attribution"),
            # 1
            ("RETREAT", ("resigned", "Colclough has"), ("James Colclough", "GGY", "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "resigned from the board for health reasons (resignation = RETREAT; actor2 null, 17b); present perfect, "
             "no time expression: undated; 'also said' attribution"),
            # 2
            ("RETREAT", ("resigned", "Saltpeter has"), ("secretary Scott Saltpeter", "GGY", "BUS"), None, None,
             "1987-06-05", "day", "June Five", "planned", None,
             "resigned effective June 5 (next June from Fri 1987-03-06); taking effect ahead: planned, dated by the "
             "effective date (12a's 'effective June 1'; asserted arguable)"),
        ],
        "skip": [
            (("said", "Islands, said"), "rule-3 attribution (the stake increase is the event)"),
            ("convert", "content: the conversion is the exercised option"),
            ("raising", "participial result of the conversion (EVENTS.md 3)"),
            ("held", "stative ownership"),
            (("said", "also said"), "rule-3 attribution (the resignations are the events)"),
        ],
        "entities": [
            ("Insituform Group Ltd", "ORG", "GGY"),
            ("Guernsey", "GPE", "GGY"),
            ("Channel Islands", "LOC", None),
            ("Insituform Permaline Ltd", "ORG", None),
            (("Permaline", "is held by"), "ORG", None),
            (("Insituform", "Insituform also"), "ORG", "GGY"),
            ("James Colclough", "PERSON", "GGY"),
            ("Scott Saltpeter", "PERSON", "GGY"),
        ],
    },
    "reuters21578-19097": {
        "events": [
            # 0
            ("COOPERATE", "resumed", ("China", "CHN", "GOV"), ("Soviet", "SUN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "resumed repairs of Soviet ships (a material economic exchange: Chinese yards repairing Soviet ships); "
             "present perfect, no time expression: undated"),
            # 1
            ("AGREE", "signed", (("the two sides", "signed by"), "CHN", "GOV"),
             (("the two sides", "signed by"), "SUN", "GOV"), SHA,
             "1987-06-17", "day", "Wednesday", "asserted", None,
             "an agreement to resume the repair business signed by the two sides (one span, two countries, 17b's 'the "
             "two sides'); 'on Wednesday' from Fri 1987-06-19 = 1987-06-17, in Shanghai; NCNA's 'said' rule-3 "
             "attribution"),
            # 2
            ("STATEMENT", ("said", "China Daily said"), ("The China Daily", "CHN", "ORG"), None, PEK,
             "1987-06-19", "day", None, "asserted", None,
             "the first two repaired Soviet ships left Dalian and Xingang last month (ships' movements: no type; 'last "
             "month' dates the departure); newspaper as speaker (25a): DCT, dateline city"),
            # 3
            ("STATEMENT", "told", ("Bi Yueran", "CHN", "BUS"), None, PEK,
             "1987-06-19", "day", None, "asserted", None,
             "the Soviet Union lacks repair facilities for its far east fleet (assessment); 'told the newspaper' "
             "(10b's 'told The Herald daily newspaper'): DCT"),
            # 4
            ("STATEMENT", ("said", "Bi said"), (("Bi", "Bi said"), "CHN", "BUS"), None, PEK,
             "1987-06-19", "day", None, "asserted", None,
             "China's yards offer competitive prices, quality and delivery (stative, new content); DCT"),
        ],
        "skip": [
            ("break", "the 23-year gap (a duration)"),
            ("split", "background nominal: the Sino-Soviet ideological split (SANCTION arguable; EVENTS.md 9's severed "
                      "ties had their own predication and date)"),
            (("said", "Agency said"), "rule-3 attribution (the signing is the event)"),
            (("resume", "agreement to"), "content of the agreement"),
            ("repaired", "background progressive: vessels under repair in Shanghai (COOPERATE later mention arguable)"),
            (("repaired", "to be"), "nominal modifier (the first ships repaired), content of the statement"),
            ("left", "ships' movement: no type"),
            ("lacked", "content of the statement (stative)"),
            ("deployed", "stative"),
            ("offered", "content of the statement (stative)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("Soviet", "NORP", "SUN"),
            ("New China News Agency", "ORG", "CHN"),
            ("Shanghai", "GPE", "CHN"),
            (("Soviet", "three Soviet"), "NORP", "SUN"),
            ("China Daily", "ORG", "CHN"),
            (("Soviet", "first two"), "NORP", "SUN"),
            (("China", "repaired in"), "GPE", "CHN"),
            ("Dalian", "GPE", "CHN"),
            ("Xingang", "GPE", "CHN"),
            ("Bi Yueran", "PERSON", "CHN"),
            ("China State Shipbuilding Corp", "ORG", "CHN"),
            ("Soviet Union", "GPE", "SUN"),
            (("Bi", "Bi said"), "PERSON", "CHN"),
            (("China", "Bi said"), "GPE", "CHN"),
        ],
    },
    "reuters21578-12781": {
        "events": [
            # 0
            ("COOPERATE", "won", ("The General Electric Co Plc", "GBR", "BUS"),
             ("the Soviet motor industry", "SUN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "its division won an initial 2.5 mln stg order to supply robots to the Soviet motor industry (a contract "
             "won from a customer, EVENTS.md 8; the state industry BUS, EVENTS.md 15); pluperfect, no time "
             "expression: undated; 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "GEC said"), (("GEC", "GEC said"), "GBR", "BUS"), None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "18 robots will be installed at the Gaz plant in Gorky (execution of the order, passive with no agent: "
             "content; a planned later mention of the COOPERATE arguable); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", "added", (("it", "it added"), "GBR", "BUS"), None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "forecast: further orders for up to 80 robots could be expected if the factory standardised (23a's "
             "'expects further orders' skipped: COOPERATE hypothetical arguable); DCT"),
            # 3
            ("AGREE", "agreements", (None, "GBR", "BUS"),
             ("the Soviet machine tool and chemical equipment industries", "SUN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "expects further agreements soon with the Soviet industries (24a's 'is expected to reach agreements': "
             "AGREE planned); GEC implied as the party (Davies speaks for its division); 'soon' has no value: "
             "undated; 'said' rule-3 attribution"),
        ],
        "skip": [
            (("said", "Plc"), "rule-3 attribution (the order won is the event)"),
            ("supply", "content of the order"),
            ("installed", "execution of the order (passive, content of the statement)"),
            ("statement", "part of the reporting clause"),
            ("standardised", "condition"),
            ("orders", "hypothetical further orders: content of the forecast (COOPERATE hypothetical arguable, 23a)"),
            (("said", "Davies said"), "rule-3 attribution (the planned agreements are the event)"),
            ("expects", "frame of the planned agreements"),
            ("cover", "content of the agreements"),
            ("manufacture", "content of the agreements"),
        ],
        "entities": [
            ("General Electric Co Plc", "ORG", "GBR"),
            ("Electrical Projects division", "ORG", "GBR"),
            ("Soviet", "NORP", "SUN"),
            ("Gaz", "ORG", "SUN"),
            ("Gorky", "GPE", "SUN"),
            (("GEC", "GEC said"), "ORG", "GBR"),
            (("GEC", "the GEC"), "ORG", "GBR"),
            ("Alan Davies", "PERSON", "GBR"),
            (("Soviet", "with the Soviet"), "NORP", "SUN"),
            (("GEC", "200 GEC"), "ORG", "GBR"),
            ("USSR", "GPE", "SUN"),
        ],
    },
    "reuters21578-15212": {
        "events": [
            # 0
            ("STATEMENT", ("said", "volatile, said"), PRESTON, None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "assessment: scope for lower money market rates, but the Fed unlikely to promote a drop while the dollar "
             "is volatile (the Fed's action is content, monetary); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "He said in response"), (("He", "He said in response"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", 0,
             "later mention: quoted restatement 'I don't think the Fed is going to encourage that ...' (EVENTS.md 3); "
             "after the bank's annual meeting, no time expression: DCT"),
            # 2
            ("STATEMENT", ("said", "he said that, barring"), (("he", "he said that, barring"), "USA", "BUS"), None,
             NYC, "1987-04-08", "day", None, "asserted", None,
             "forecast: rates not going much higher barring a dollar collapse (new content); DCT"),
            # 3
            ("STATEMENT", ("said", "He said that Morgan"), (("He", "He said that Morgan"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "Morgan's prime rate rise reflected higher rates (the bank's own pricing: no type); DCT"),
            # 4
            ("STATEMENT", "reiterated", (("Preston", "Preston reiterated"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "reiterated forecasts of 2.5 to three pct U.S. growth this year (12a's 'reiterated'); DCT"),
            # 5
            ("STATEMENT", ("said", "He also said"), (("He", "He also said"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "forecast: inflation rising to 3.5 to four pct in 1987 (new content); DCT"),
        ],
        "skip": [
            ("suggests", "inference from statistics (no actor)"),
            ("declines", "market-price movement"),
            ("promote", "content of the assessment (Fed monetary policy)"),
            ("drop", "market-price movement"),
            ("question", "question"),
            ("meeting", "the bank's annual meeting: internal to one body"),
            (("decline", "could decline"), "market-price movement"),
            ("encourage", "content of the quote"),
            ("collapse", "market-price movement (condition)"),
            (("going", "rates going"), "market-price movement"),
            ("rise", "Morgan's prime rate rise: the bank's own pricing, no type"),
            ("increase", "market-price movement"),
            ("forecasts", "anaphoric nominal (earlier company forecasts)"),
            ("show", "content of the forecast"),
            (("decline", "dollar's decline"), "market-price movement"),
            ("rises", "market-price movement"),
            (("rise", "inflation would rise"), "content of the forecast"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Federal Reserve", "ORG", "USA"),
            ("J.P. Morgan and Co Inc", "ORG", "USA"),
            ("Lewis Preston", "PERSON", "USA"),
            (("Fed", "think the"), "ORG", "USA"),
            (("Morgan", "said that Morgan"), "ORG", "USA"),
            (("Preston", "Preston reiterated"), "PERSON", "USA"),
            (("U.S.", "that the U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-11287": {
        "events": [
            # 0
            ("REQUEST", "said", LAWSON, ("the United States", "USA", "GOV"), LON,
             "1987-03-31", "day", None, "asserted", None,
             "the United States and Japan must work to avert a trade war (identifiable actors told they should act, "
             "EVENTS.md 2); compound target split (EVENTS.md 12): USA record; wire style: DCT, dateline city"),
            # 1
            ("REQUEST", "said", LAWSON, (("Japan", "United States and"), "JPN", "GOV"), LON,
             "1987-03-31", "day", None, "asserted", None, "the same request, Japan part of the compound"),
            # 2
            ("STATEMENT", "added", (("he", "he added"), "GBR", "GOV"), None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "a trade war would not be in Britain's interests (assessment, new content); DCT"),
            # 3
            ("STATEMENT", "told", (("Lawson", "Lawson told"), "GBR", "GOV"), None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "prospects for the U.K. economy very good providing a trade war is avoided (assessment; journalists the "
             "audience); DCT"),
            # 4
            ("REQUEST", "stressed", (("He", "He stressed"), "GBR", "GOV"), (("Japan", "lies on"), "JPN", "GOV"), LON,
             "1987-03-31", "day", None, "asserted", 1,
             "later mention: quoted restatement ('a heavy responsibility ... lies on Japan and the United States to "
             "ensure that we do avoid such a trade war'), Japan part (first-named first)"),
            # 5
            ("REQUEST", "stressed", (("He", "He stressed"), "GBR", "GOV"),
             (("the United States", "Japan and the"), "USA", "GOV"), LON,
             "1987-03-31", "day", None, "asserted", 0,
             "later mention: the same quoted restatement, United States part"),
            # 6
            ("STATEMENT", "replied", (("Lawson", "Lawson replied"), "GBR", "GOV"), None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "'I very much hope so' (that a trade war can be averted; the question skipped); DCT"),
            # 7
            ("THREATEN", "warned", (("Britain", "Britain last week"), "GBR", "GOV"), (("Japan", "if Japan"), "JPN", "GOV"),
             None, "1987-03", "month", "last week", "asserted", None,
             "warned it would retaliate if Japan did not open its markets (conditional retaliation); 'last week' from "
             "Tue 1987-03-31 = 23-29 March, kept at its month (EVENTS.md 21)"),
            # 8
            ("THREATEN", ("gave notice", "Thatcher gave"), ("Prime Minister Margaret Thatcher", "GBR", "GOV"),
             ("the Japanese government", "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "gave notice that the U.K. would fight Japan's attempt to keep Cable and Wireless out of the new venture "
             "(a warning with consequences); background past verbal act with no time expression of its own: "
             "undated (15b's 'threatened', 12a's Thatcher 'charging'; the previous sentence's 'last week' arguable)"),
            # 9
            ("STATEMENT", ("said", "markets, officials"), (("officials", "markets, officials"), "GBR", "GOV"), None,
             LON, "1987-03-31", "day", None, "asserted", None,
             "the government will on Thursday consider legal options (internal deliberation: content); officials of "
             "the government named in the clause (31b's 'Officials said the Agency was still studying'); 'on "
             "Thursday' dates the consideration: DCT"),
        ],
        "skip": [
            ("work", "content of the request"),
            ("avert", "content of the request"),
            ("avoid", "content of the statement"),
            (("avoid", "we do"), "content of the quote"),
            ("Asked", "question"),
            ("averted", "content of the question"),
            ("retaliate", "content of the threat"),
            (("move", "did not"), "condition of the threat"),
            ("open", "condition of the threat"),
            ("fight", "content of the threat"),
            ("attempt", "background nominal: Japan's attempt to keep Cable and Wireless out (SANCTION arguable; 12a "
                        "coded the anger at the attempts, not the attempts)"),
            ("prevent", "content of the nominal"),
            ("taking", "content of the nominal"),
            ("dampen", "easing rhetoric: no type (RETREAT arguable)"),
            ("keep", "purpose"),
            ("consider", "internal deliberation of one government (SANCTION hypothetical arguable, as events_dev's "
                         "'what sanctions if any should be taken')"),
            ("increase", "purpose of the options"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            ("United States", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Britain", "GPE", "GBR"),
            (("Lawson", "Lawson told"), "PERSON", "GBR"),
            (("U.K.", "for the ("), "GPE", "GBR"),
            (("Japan", "lies on"), "GPE", "JPN"),
            (("United States", "Japan and the"), "GPE", "USA"),
            (("Lawson", "Lawson replied"), "PERSON", "GBR"),
            (("Britain", "Britain last week"), "GPE", "GBR"),
            (("Japan", "if Japan"), "GPE", "JPN"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            (("U.K.", "that the U.K."), "GPE", "GBR"),
            (("Japanese", "the Japanese government"), "NORP", "JPN"),
            ("Cable and Wireless Plc", "ORG", "GBR"),
            (("Japanese", "new Japanese"), "NORP", "JPN"),
            (("British", "But British"), "NORP", "GBR"),
            (("Japanese", "anti-"), "NORP", "JPN"),
            (("British", "The British"), "NORP", "GBR"),
            ("Conservative", "NORP", "GBR"),
            (("U.K.", "increase U.K."), "GPE", "GBR"),
            (("Japanese", "Japanese markets"), "NORP", "JPN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
