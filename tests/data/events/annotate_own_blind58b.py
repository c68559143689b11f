"""Build ``own_blind58b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind58b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2274 left); 24 drawn with random.Random(58101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
39 event records (35 first mentions, 4 later mentions), 82 not_annotated spans, 112 entity mentions
(ORG 50, GPE 27, NORP 22, PERSON 8, LOC 5); one article without events: 15917 (Argentine grain board
registration table: the figures "show", a document); 13856 (USDA grain reserve table) has two
reporting-clause STATEMENTs only. Types: STATEMENT 16, ASSAULT 7, ACCUSE 5, CONSULT 4, AGREE 2, REQUEST 2,
THREATEN 1, SANCTION 1, COOPERATE 1; modality: asserted 33, planned 4, negated 2; precision: day 25,
unknown 11, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong). In 13856 the guideline
splitter runs the lead sentence through the whole table (to "x - mln cwts."): the splitter's output is
kept. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("President Reagan": PERSON "Reagan"; "French Transport Ministry
Jacques Douffiagues", the text's slip for "Minister": NORP "French" + PERSON, the title words untagged as
55a's "Soviet agriculture official Viktor Nikonov"; "Sugar Regulation Administration (SRA) chairman
Arsenim Yulo": ORG, ORG, PERSON); a company name is one span without nested places ("Regional Investment
Co of the Wallon Region", "National Investment Co of Belgium", as 55a's "Radio Moscow"); a company name
used as a modifier is still a mention ("Airbus officials", "the Airbus question", "the Airbus A320");
"French-based" gives NORP "French" (16a's "Geneva-based"); lower-case or generic bodies ("Argentine grain
board", "the Chinese Government owned", "EC executive Commission" beyond its "EC" and "Commission") give only
their named parts (generic "Government" and "executive" untagged); brand and product names ("Dodge 600",
"A320"), holidays (Easter) and the possessive 's are not tagged.
Countries: Iraq GPE IRQ, "Iraqi" NORP IRQ, INA (the Iraqi news agency) ORG IRQ, "Iranian"
NORP IRN, Iran GPE IRN, Kharg island LOC IRN, the Gulf LOC null; the European Community / EC and its
Commission ORG null, "Japanese" NORP JPN, Tokyo GPE JPN, "U.S." and the United States GPE USA, Reagan
PERSON USA; the Philippines GPE PHL, the Sugar Regulation Administration / SRA ORG PHL, Arsenim Yulo /
Yulo PERSON PHL, the U.S. Agriculture Department / USDA ORG USA, Taiwan GPE TWN, "Taiwanese" NORP TWN,
the Dominican Republic GPE DOM, Reuters ORG GBR; OSHAP Technologies Ltd / OSHAP ORG ISR (the deal needs
the Israeli Controller of Foreign Exchange's approval: an Israeli company; the NEW YORK dateline and the
.O ticker are its U.S. listing), the Controller of Foreign Exchange ORG ISR, "Israeli" NORP ISR, the
Regional Investment Co of the Wallon/Walloon Region / SPIW and the National Investment Co of Belgium ORG
BEL ("Belgian government-controlled"), Pegard Productics S.A. / Pegard ORG BEL (held 88/12 pct by the two
Belgian state investment companies; the text gives no seat, null arguable), Antwerp and Belgium GPE BEL,
"Belgian" NORP BEL, Europe LOC null; "Argentine" NORP ARG; Chrysler Corp / Chrysler ORG USA, First
Autoworks ORG CHN, "Chinese" NORP CHN, Automotive News ORG USA (a U.S. trade paper, DETROIT), Citroen ORG
FRA ("French-based"), "French" NORP FRA, "Japanese" NORP JPN; the Airbus consortium / Airbus ORG null (a
consortium the text calls European, 12a), "European" and "Europeans" NORP null, McDonnell Douglas Corp /
"McDonnell Doughlas" (the text's misspelling) ORG USA, Jacques Douffiagues / "Douffiagus" (misspelt)
PERSON FRA, Depeche du Midi ORG FRA, London GPE GBR, "British" NORP GBR, "West German" NORP DEU.

Judgement calls made here:
* 6652 (Iraq hits a ship in the Gulf, DCT Wed 1987-03-18 13:17, BAGHDAD): "Iraq said its warplanes had hit
  a vessel in the Gulf off the Iranian coast today" is ASSAULT IRQ MIL, actor2 null (the vessel's flag is
  not given, as 11a's raids), 1987-03-18 ("today"), located in the Gulf, "said" rule-3 attribution; "A
  military spokesman told ... INA the latest attack was at 1250 GMT" is its later mention (own time
  expression "1250 GMT" kept, same day), "told" attribution; "It earlier reported strikes at 0650 GMT and
  at 1930 GMT last night" gives two ASSAULT records on the shared nominal "strikes" (two raids with
  different dates: 0650 GMT today = 1987-03-18, all three fall in the 24 hours before the story; 1930 GMT
  last night = 1987-03-17), the Iraqi agent implied, no place given, "reported" attribution; 'The planes
  "dealt accurate and effective blows" to the targets' is a later mention of the lead raid (11a's "scored
  ... hits in both attacks"; the plural "targets" read as the raids together; "dealt" its light verb),
  "returned safely to base" has no type. The shipping sources' missing "confirmation" is anonymous and
  negated (skipped). "The last confirmed Iraqi attack was on March 8" is ASSAULT IRQ MIL -> "an Iranian
  tanker" (IRN; kind BUS, GOV arguable, not scored), 1987-03-08, located at Kharg island (IRN), a nominal
  with its own predication and date (EVENTS.md 11); "when an Iranian tanker was hit by a missile" is its
  later mention (another clause, the Iraqi agent implied).
* 16782 (EC ready to stop Japanese export deflection, DCT Fri 1987-04-17 = Good Friday, BRUSSELS): "The
  European Community (EC) is ready to take measures to ensure that Japanese exports ... are not diverted to
  the EC, a spokesman said" is THREATEN EC (null IGO) -> Japan (JPN GOV, anchored at "Japanese"; kind not
  scored), a warning of trade measures (10b's six-week ultimatum), the spokesman's saying being the act
  (EVENTS.md 1: trigger "ready", "said" not listed), DCT, BRUSSELS; the U.S. exclusion inside it is
  background ("excluded" skipped). "President Reagan is expected to announce later today the imposition of
  100 pct tariffs on ... Japanese goods" is SANCTION USA GOV -> JPN on "imposition", planned, 1987-04-17
  ("later today"), "announce" rule-3 attribution. "The spokesman ... said representatives of member states
  last Friday agreed a series of measures to prevent Tokyo deflecting exports" is AGREE (EVENTS.md 8: on
  "agreed", the measures content) with null actors (member states agreeing among themselves, 53a's Paris
  accord; actor2 implied null GOV), 1987-04-10 ("last Friday" said on a Friday = the week before), "said"
  attribution. "The spokesman declined to detail the measures" is a withheld STATEMENT (negated, DCT),
  "saying they were technical ..." its participial elaboration (skipped, EVENTS.md 3); "The EC fears Tokyo
  will step up exports" has no reporting clause (stative concern, skipped; STATEMENT arguable); "But the
  spokesman said there was thought to be ample time to put the countermeasures in place", "He noted the
  probable outline of Reagan's announcement ...", "..., he noted" (Japanese makers stepping up exports to
  the U.S. before the deadline: market activity, content; COOPERATE JPN -> USA arguable) and "..., he said"
  are four STATEMENTs (null IGO, DCT, BRUSSELS).
* 10299 (Philippines to lobby USDA on the sugar quota, DCT Fri 1987-03-27, MANILA): "The Philippines will
  ask the U.S. Agriculture Department (USDA) to increase its 1987 sugar import quota ..., SRA chairman
  Arsenim Yulo said" is REQUEST PHL GOV -> USA GOV, planned, undated (no time expression of its own, 17a's
  "will ask OPEC"), "said" rule-3 attribution; the "market reports" on Taiwan are anonymous. "Yulo told
  Reuters the SRA would also protest a USDA move to award Taiwan's shortfall to the Dominican Republic" is
  ACCUSE PHL GOV -> USA GOV (a formal complaint, not PROTEST: no demonstration or strike), planned,
  undated, "told" attribution; the USDA "move" and "award" are its content. "The Dominican Republic
  already has a larger sugar quota, Yulo said" is a STATEMENT (DCT). The next quote in its own sentence
  ('"Any Taiwanese shortfall should be awarded to the Philippines or at the least we should share a hike
  with the Dominican Republic."') is REQUEST PHL GOV (Yulo implied) -> USA GOV (the awarding USDA implied)
  on "awarded", DCT (part of Yulo's wire-style remarks; 53a's quoted ACCUSE with no reporting verb).
  "The USDA last December listed 1987 sugar import quota allocations" is a STATEMENT USA GOV (a release of
  allocations; SANCTION arguable), 1986-12 ("last December", month), no place. "The Philippines has said it
  was badly hit by a cut in its quota" is a STATEMENT (an impact assessment; ACCUSE PHL -> USA arguable,
  the U.S. not named), "has said" takes the DCT (EVENTS.md 16); the quota "cut" is a bare nominal
  (SANCTION USA -> PHL arguable, 23a's Costa Rica quota cut).
* 19144 (OSHAP joint venture in Belgium, DCT Fri 1987-06-19, NEW YORK): "OSHAP Technologies Ltd said it
  formed a joint venture with the Regional Investment Co of the Wallon Region, a Belgian
  government-controlled investment company" is COOPERATE ISR BUS -> BEL BUS on "joint venture" (19a/26a;
  state-owned companies BUS), asserted, undated (EVENTS.md 17), "said" attribution and "formed" its light
  verb; "It said the agreement is subject to approval of the Israeli Controller of Foreign Exchange" is a
  STATEMENT (a condition: "approval" skipped), DCT, NEW YORK. The agreement's terms (OSHAP will establish a
  new corporation owning its European operations; the new company "will acquire" 88 pct of Pegard from
  SPIW, which "will be entitled to receive" 37 pct of the new company) are the agreement's content
  (EVENTS.md 8: skipped; COOPERATE planned new company -> SPIW arguable, the new company's country not
  given); the National Investment Co of Belgium's participation is conditional (skipped).
* 15917 (Argentine grain export registrations, DCT Thu 1987-04-09, BUENOS AIRES): "Argentine grain board
  preliminary figures show ..." is a document's figures (own_blind2's weekly return "showed"), not a speech
  act: no event; the registrations are statistics.
* 19685 (Chrysler in talks with China, DCT Mon 1987-06-29, DETROIT): "Chrysler Corp is negotiating with the
  Chinese Government owned First Autoworks ..., the trade paper Automotive News said" is CONSULT USA BUS ->
  CHN BUS (a state-owned company, BUS), present progressive with no time expression: undated (14a's "is
  negotiating with Nigeria"), "said" attribution, the Dodge 600 "could be added" its content; "It said
  Chrysler is discussing the supply of ... engines as well as tooling" is its later mention (the same
  talks, First Autoworks implied), "It said" attribution. "Chrysler spokesmen were not available for
  comment today" is a withheld STATEMENT (negated), 1987-06-29 ("today"), DETROIT. "But the trade paper
  quoted an unnamed spokesman as saying Chrysler is competing with French-based Citroen and an unnamed
  Japanese maker to supply First Autoworks" is relayed speech: a STATEMENT by the spokesman (read as
  Chrysler's by the contrast with the previous sentence: USA BUS; anonymous arguable) on "quoted" (15b),
  undated, no place; "saying" part of the relayed clause, "competing" and "supply" its content (COOPERATE
  USA -> CHN arguable).
* 13856 (USDA grain reserve breakdown, DCT Tue 1987-04-07, WASHINGTON): "The U.S. Agriculture Department
  gave the following breakdown of grain remaining in the farmer-owned grain reserve as of April 1" is a
  STATEMENT (statistics release; "as of April 1" dates the data, not the release), DCT; "Note - USDA says
  above totals may not match ..." a second STATEMENT, DCT, both WASHINGTON.
* 20704 (Airbus ready to cooperate with McDonnell Douglas, DCT Tue 1987-10-20, PARIS): "The European
  Airbus consortium is ready to cooperate with U.S. Aerospace group McDonnell Douglas Corp on future
  aircraft programs, ..., French Transport Ministry Jacques Douffiagues said" is AGREE Airbus (null BUS) ->
  McDonnell Douglas (USA BUS): a stated readiness = an offer (19a's "was prepared to escort", 21b's "willing
  to continue"; COOPERATE hypothetical arguable, "cooperate" skipped as content), relayed by the French
  minister, so "said" is rule-3 attribution and the standing readiness is undated (the 17/18 "is insisting"
  call; DCT arguable); "pointing the way to a defusion of the transatlantic dispute" is a participial
  assessment (skipped). "He told the southern French daily Depeche du Midi in an interview today that the
  talks ... should be more harmonious" is a STATEMENT FRA GOV, 1987-10-20 ("today"), PARIS; "the talks
  between senior U.S. And European Community officials in London on October 27" is CONSULT planned USA GOV
  -> the EC officials (null IGO), split by side (EVENTS.md 12, U.S. first-named; neither side hosts),
  1987-10-27, located in London (a nominal with its own date and place, EVENTS.md 11). "Airbus officials
  said last week that they were continuing talks on possible collaboration with McDonnell Doughlas" is
  CONSULT Airbus (null BUS) -> USA BUS, dated by the saying (a progressive placed at its report, 20b's
  "were pushing"): "last week" from Tue 1987-10-20 = 12-18 October, kept at its month (1987-10, EVENTS.md
  21); the same "said" also carries "but that collaboration in the immediate future was unlikely" (a
  forecast, no type), so it is also a STATEMENT (Airbus officials, 1987-10, no place). "U.S. Manufacturers
  and officials have charged that the French, British and West German governments have disrupted the world
  aviation market by unfairly subsidising Airbus" is ACCUSE USA (a same-country compound actor1, one
  record; kind BUS for the first-named) -> FRA, GBR and DEU GOV (three records on "charged", EVENTS.md 12),
  undated (a perfect verbal act with no time expression, set 16's "have accused"); "the Europeans have
  responded by saying that U.S. Manufacturers benefit from large government-funded military contracts" is
  the counter-charge: ACCUSE null (the Europeans, a group) -> USA BUS on "responded", undated, "saying" its
  participial elaboration. "Douffiagus said that transatlantic cooperation was already widespread" is a
  STATEMENT FRA GOV, DCT, PARIS.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind58b.jsonl"

BAG = ("BAGHDAD", "IRQ")
BRU = ("BRUSSELS", "BEL")
MNL = ("MANILA", "PHL")
NYC = ("NEW YORK", "USA")
DET = ("DETROIT", "USA")
WAS = ("WASHINGTON", "USA")
PAR = ("PARIS", "FRA")
GULF = ("Gulf", None)
KHARG = ("Kharg island", "IRN")
LONDON_TXT = ("London", "GBR")

IRQ_MIL_IMPLIED = (None, "IRQ", "MIL")
EC_IGO = None, "IGO"
USA_GOV = "USA", "GOV"
PHL_GOV = "PHL", "GOV"
ISR_BUS = "ISR", "BUS"
BEL_BUS = "BEL", "BUS"
USA_BUS = "USA", "BUS"
CHN_BUS = "CHN", "BUS"
FRA_GOV = "FRA", "GOV"
AIRBUS_BUS = None, "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-6652": {
        "events": [
            # 0
            ("ASSAULT", "hit", ("its warplanes", "IRQ", "MIL"), None, GULF,
             "1987-03-18", "day", "today", "asserted", None,
             "Iraq's warplanes hit a vessel in the Gulf off the Iranian coast today (the vessel's flag is not given: "
             "actor2 null, as 11a's raids); 'Iraq said' is rule-3 attribution"),
            # 1
            ("ASSAULT", ("attack", "the\nlatest"), IRQ_MIL_IMPLIED, None, GULF,
             "1987-03-18", "day", "1250 GMT", "asserted", 0,
             "later mention: the latest attack was at 1250 GMT (today's hit; own time expression kept, EVENTS.md 21); "
             "the military spokesman's 'told' is rule-3 attribution"),
            # 2
            ("ASSAULT", "strikes", IRQ_MIL_IMPLIED, None, None,
             "1987-03-18", "day", "0650 GMT", "asserted", None,
             "the earlier strike at 0650 GMT (today: the three strikes fall in the 24 hours before the 13:17 GMT "
             "story); a distinct raid, one record per strike on the shared nominal; 'reported' rule-3 attribution"),
            # 3
            ("ASSAULT", "strikes", IRQ_MIL_IMPLIED, None, None,
             "1987-03-17", "day", "last night", "asserted", None,
             "the strike at 1930 GMT last night (DCT - 1); the second record on the shared nominal"),
            # 4
            ("ASSAULT", "blows", ("The planes", "IRQ", "MIL"), None, GULF,
             "1987-03-18", "day", None, "asserted", 0,
             "later mention: the planes 'dealt accurate and effective blows' to the targets (11a's 'scored ... hits "
             "in both attacks'; taken as today's raid of the lead, the plural 'targets' covering the raids)"),
            # 5
            ("ASSAULT", ("attack", "confirmed Iraqi"), (("Iraqi", "last confirmed"), "IRQ", "MIL"),
             ("an Iranian tanker", "IRN", "BUS"), KHARG,
             "1987-03-08", "day", "March 8", "asserted", None,
             "the last confirmed Iraqi attack, on March 8 (a nominal with its own predication and date, EVENTS.md "
             "11); the target an Iranian tanker (IRN; kind BUS arguable GOV), south of Kharg island"),
            # 6
            ("ASSAULT", ("hit", "tanker was"), IRQ_MIL_IMPLIED, ("an Iranian tanker", "IRN", "BUS"), KHARG,
             "1987-03-08", "day", "March 8", "asserted", 5,
             "later mention: the tanker 'was hit by a missile' (the when-clause restates the March 8 attack; the "
             "Iraqi agent implied)"),
        ],
        "skip": [
            (("said", "Iraq"), "rule-3 attribution (the hit is the event)"),
            ("third", "anaphoric (the count of raids)"),
            ("told", "rule-3 attribution (the latest attack is the event)"),
            ("reported", "rule-3 attribution (the earlier strikes are the events)"),
            ("dealt", "light verb of 'blows'"),
            ("returned", "return to base: no type"),
            ("confirmation", "negated confirmation by anonymous shipping sources"),
            ("confirmed", "confirmation by unnamed parties (part of the nominal's description)"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            ("Gulf", "LOC", None),
            ("Iranian", "NORP", "IRN"),
            ("Iraqi", "NORP", "IRQ"),
            ("INA", "ORG", "IRQ"),
            (("Gulf", "confirmation of the attacks from"), "LOC", None),
            (("Iraqi", "last confirmed"), "NORP", "IRQ"),
            (("Iranian", "an Iranian tanker"), "NORP", "IRN"),
            (("Iran", "south\nof"), "GPE", "IRN"),
            ("Kharg island", "LOC", "IRN"),
        ],
    },
    "reuters21578-16782": {
        "events": [
            # 0
            ("THREATEN", "ready", ("The European Community (EC)",) + EC_IGO, ("Japanese", "JPN", "GOV"), BRU,
             "1987-04-17", "day", None, "asserted", None,
             "the EC is ready to take measures so that Japanese exports shut out of the U.S. are not diverted to it "
             "(a warning of trade measures, as 10b's ultimatum; the spokesman's saying is the act, EVENTS.md 1: "
             "'said' not listed); wire style: DCT, dateline city"),
            # 1
            ("SANCTION", "imposition", ("President Reagan",) + USA_GOV, (("Japanese", "worth of"), "JPN", "GOV"), None,
             "1987-04-17", "day", "later today", "planned", None,
             "Reagan is expected to announce later today 100 pct tariffs on Japanese goods (the announced action is "
             "the event, 'announce' rule-3 attribution; own_dev's tariffs on Japanese goods)"),
            # 2
            ("AGREE", "agreed", ("representatives of member states", None, "GOV"), (None, None, "GOV"), None,
             "1987-04-10", "day", "last Friday", "asserted", None,
             "member states' representatives agreed a series of measures against Japanese deflection (EVENTS.md 8: "
             "AGREE on 'agreed', the measures content; a group agreeing among themselves: null actors, 53a's Paris "
             "accord); 'last Friday' from Fri 1987-04-17 = 1987-04-10; the spokesman's 'said' rule-3 attribution"),
            # 3
            ("STATEMENT", "detail", (("The spokesman", "The spokesman declined"),) + EC_IGO, None, BRU,
             "1987-04-17", "day", None, "negated", None,
             "declined to detail the measures: a withheld statement (EVENTS.md 5; 31b's 'declined to disclose "
             "details'); 'saying' its participial elaboration; DCT"),
            # 4
            ("STATEMENT", ("said", "But the spokesman"), (("the spokesman", "But the spokesman"),) + EC_IGO, None, BRU,
             "1987-04-17", "day", None, "asserted", None,
             "ample time to put the countermeasures in place after Easter (assessment); DCT"),
            # 5
            ("STATEMENT", ("noted", "He noted"), (("He", "He noted"),) + EC_IGO, None, BRU,
             "1987-04-17", "day", None, "asserted", None,
             "the outline and date of Reagan's announcement have been known for some time; DCT"),
            # 6
            ("STATEMENT", ("noted", "deadline, he"), (("he", "deadline,"),) + EC_IGO, None, BRU,
             "1987-04-17", "day", None, "asserted", None,
             "Japanese makers thought to have been stepping up exports to the U.S. before the deadline (assessment; "
             "the exports are market activity, content); DCT"),
            # 7
            ("STATEMENT", ("said", "immediately, he"), (("he", "immediately,"),) + EC_IGO, None, BRU,
             "1987-04-17", "day", None, "asserted", None,
             "the makers were unlikely to have stocks for export to the EC (assessment); DCT"),
        ],
        "skip": [
            ("take measures", "content of the threat"),
            ("ensure", "content of the threat"),
            (("expected", "Japanese exports"), "unattributed expectation"),
            ("excluded", "the U.S. measures, background in the threat's content (SANCTION USA -> JPN coded on "
                         "'imposition')"),
            ("diverted", "content of the threat"),
            (("expected", "Reagan is"), "unattributed expectation (modality of the announcement)"),
            ("announce", "rule-3 attribution (the tariffs are the event)"),
            (("said", "executive Commission"), "rule-3 attribution (the member states' agreement is the event)"),
            ("prevent", "content of the agreement"),
            (("deflecting", "prevent Tokyo"), "content of the agreement"),
            ("saying", "participial elaboration of the withheld statement (EVENTS.md 3)"),
            ("decide", "content (the Commission's future internal decision)"),
            (("announced", "measures"), "anaphoric nominal (Reagan's measures)"),
            ("fears", "the EC's concern, no reporting clause (stative; STATEMENT arguable)"),
            ("step up", "content of the fear (market activity)"),
            (("Measures", "U.S."), "anaphoric nominal (the U.S. measures)"),
            ("thought to be", "unattributed belief"),
            ("put the countermeasures", "content of the statement (SANCTION planned arguable)"),
            (("announcement", "Reagan's"), "anaphoric nominal (content of the statement)"),
            ("known", "stative (content)"),
            (("affected", "likely to be"), "content of the statement"),
            (("announcement", "affected\nby the"), "anaphoric nominal"),
            (("stepping up", "have been"), "market activity, content of the statement (COOPERATE JPN -> USA arguable)"),
            ("deadline", "background nominal"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            (("EC", "(EC"), "ORG", None),
            ("Japanese", "NORP", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("EC", "diverted to the"), "ORG", None),
            ("Reagan", "PERSON", "USA"),
            (("Japanese", "worth of"), "NORP", "JPN"),
            (("EC", "The spokesman for the"), "ORG", None),
            (("Commission", "executive"), "ORG", None),
            ("Tokyo", "GPE", "JPN"),
            (("EC", "exports to the EC."), "ORG", None),
            (("Commission", "technical, and the"), "ORG", None),
            (("Reagan", "announced by"), "PERSON", "USA"),
            (("EC", "The EC fears"), "ORG", None),
            (("Tokyo", "fears"), "GPE", "JPN"),
            (("U.S.", "a result of the"), "GPE", "USA"),
            (("Reagan", "outline of"), "PERSON", "USA"),
            (("Japanese", "The Japanese"), "NORP", "JPN"),
            ("United States", "GPE", "USA"),
            (("EC", "export to the"), "ORG", None),
        ],
    },
    "reuters21578-10299": {
        "events": [
            # 0
            ("REQUEST", "ask", ("The Philippines",) + PHL_GOV, ("the U.S.\nAgriculture Department (USDA)",) + USA_GOV,
             None, None, "unknown", None, "planned", None,
             "will ask USDA to increase its 1987 sugar quota (a request, planned; no time expression of its own: "
             "undated, 17a's 'will ask OPEC'); Yulo's 'said' is rule-3 attribution"),
            # 1
            ("ACCUSE", "protest", ("the SRA",) + PHL_GOV, (("USDA", "protest a"),) + USA_GOV, None,
             None, "unknown", None, "planned", None,
             "the SRA would protest a USDA move to award Taiwan's shortfall to the Dominican Republic (a formal "
             "complaint = ACCUSE, not PROTEST: no demonstration or strike); planned, undated; 'told Reuters' "
             "rule-3 attribution"),
            # 2
            ("STATEMENT", ("said", "sugar quota,\nYulo"), (("Yulo", "sugar quota,\nYulo"),) + PHL_GOV, None, MNL,
             "1987-03-27", "day", None, "asserted", None,
             "the Dominican Republic already has a larger quota (assessment); wire style: DCT, dateline city"),
            # 3
            ("REQUEST", ("awarded", "should be"), (None,) + PHL_GOV, (None,) + USA_GOV, MNL,
             "1987-03-27", "day", None, "asserted", None,
             "quoted demand: any Taiwanese shortfall should be awarded to the Philippines or shared with the "
             "Dominican Republic (own sentence, no reporting verb: Yulo implied, the awarding USDA implied, as 53a's "
             "quoted ACCUSE); part of Yulo's wire-style remarks: DCT"),
            # 4
            ("STATEMENT", "listed", (("The USDA", "The USDA last"),) + USA_GOV, None, None,
             "1986-12", "month", "last December", "asserted", None,
             "USDA listed the 1987 quota allocations last December (a release of allocations, no type; SANCTION "
             "arguable); 'last December' in March 1987 = 1986-12"),
            # 5
            ("STATEMENT", ("said", "has said"), (("The Philippines", "The Philippines has"),) + PHL_GOV, None, MNL,
             "1987-03-27", "day", None, "asserted", None,
             "it was badly hit by a cut in its quota (an assessment of the impact; ACCUSE PHL -> USA arguable, the "
             "U.S. not named); 'has said' takes the DCT (EVENTS.md 16)"),
        ],
        "skip": [
            (("increase", "to"), "content of the request"),
            ("reports", "anonymous market reports"),
            ("fulfil", "content of the market reports"),
            (("said", "Arsenim Yulo"), "rule-3 attribution (the request is the event)"),
            ("told", "rule-3 attribution (the protest is the event)"),
            ("move", "background nominal: the USDA's planned reallocation (content of the protest)"),
            (("award", "move to"), "content of the protest"),
            ("share", "content of the request"),
            ("hike", "content of the request"),
            ("allocations", "content of the release"),
            ("badly hit", "content of the statement"),
            (("cut", "by a"), "bare nominal: the U.S. quota cut (SANCTION USA -> PHL arguable, 23a)"),
        ],
        "entities": [
            ("Philippines", "GPE", "PHL"),
            ("U.S.\nAgriculture Department", "ORG", "USA"),
            (("USDA", "(USDA"), "ORG", "USA"),
            ("Taiwan", "GPE", "TWN"),
            ("Sugar Regulation Administration", "ORG", "PHL"),
            (("SRA", "(SRA"), "ORG", "PHL"),
            ("Arsenim Yulo", "PERSON", "PHL"),
            (("Yulo", "Yulo told"), "PERSON", "PHL"),
            ("Reuters", "ORG", "GBR"),
            (("SRA", "Reuters the"), "ORG", "PHL"),
            (("USDA", "protest a"), "ORG", "USA"),
            (("Taiwan", "award"), "GPE", "TWN"),
            ("Dominican Republic", "GPE", "DOM"),
            (("Dominican Republic", "The Dominican"), "GPE", "DOM"),
            (("Yulo", "sugar quota,\nYulo"), "PERSON", "PHL"),
            ("Taiwanese", "NORP", "TWN"),
            (("Philippines", "awarded to the"), "GPE", "PHL"),
            (("Dominican Republic", "share a hike"), "GPE", "DOM"),
            (("USDA", "The USDA last"), "ORG", "USA"),
            (("Dominican Republic", "allocations for the"), "GPE", "DOM"),
            (("Taiwan", "for Taiwan"), "GPE", "TWN"),
            (("Philippines", "The Philippines has"), "GPE", "PHL"),
        ],
    },
    "reuters21578-19144": {
        "events": [
            # 0
            ("COOPERATE", "joint venture", ("OSHAP Technologies Ltd",) + ISR_BUS,
             ("the Regional Investment Co of the Wallon Region",) + BEL_BUS, None,
             None, "unknown", None, "asserted", None,
             "formed a joint venture with a Belgian government-controlled investment company (19a/26a: COOPERATE on "
             "'joint venture'; state-owned companies BUS); no time expression: undated (EVENTS.md 17); 'said' rule-3 "
             "attribution, 'formed' its light verb"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"),) + ISR_BUS, None, NYC,
             "1987-06-19", "day", None, "asserted", None,
             "the agreement is subject to the Israeli Controller's approval (a condition, no type); DCT, dateline "
             "city"),
        ],
        "skip": [
            (("said", "Technologies Ltd"), "rule-3 attribution (the joint venture is the event)"),
            ("formed", "light verb of the joint venture"),
            (("agreement", "the agreement is"), "anaphoric nominal (the joint venture agreement)"),
            ("approval", "condition (subject to approval)"),
            (("agreement", "Under the"), "anaphoric nominal"),
            ("establish", "content of the agreement (an internal corporate formation)"),
            (("own", "which will"), "stative (content of the agreement)"),
            (("acquire", "will"), "content of the agreement (EVENTS.md 8; COOPERATE planned new company -> SPIW "
                                   "arguable)"),
            (("receive", "entitled to"), "content of the agreement (the other side of the same exchange)"),
            ("chooses", "condition"),
            ("participate", "condition (hypothetical participation)"),
            (("receive", "it will be entitled to"), "content of a condition"),
        ],
        "entities": [
            ("OSHAP Technologies Ltd", "ORG", "ISR"),
            ("Regional Investment Co of the Wallon Region", "ORG", "BEL"),
            ("Belgian", "NORP", "BEL"),
            ("Israeli", "NORP", "ISR"),
            ("Controller of Foreign Exchange", "ORG", "ISR"),
            (("OSHAP", "Under the agreement"), "ORG", "ISR"),
            (("OSHAP", "own all of"), "ORG", "ISR"),
            ("Europe", "LOC", None),
            ("Antwerp", "GPE", "BEL"),
            (("Belgium", "Antwerp,"), "GPE", "BEL"),
            (("OSHAP", "rights to"), "ORG", "ISR"),
            (("Europe", "other products in"), "LOC", None),
            ("Regional\nInvestment Co of the Walloon Region", "ORG", "BEL"),
            (("SPIW", "(SPIW"), "ORG", "BEL"),
            ("Pegard Productics S.A.", "ORG", "BEL"),
            (("SPIW", "S.A. and"), "ORG", "BEL"),
            (("Pegard", "its interest in"), "ORG", "BEL"),
            ("National Investment Co of Belgium", "ORG", "BEL"),
            (("Belgium", "a Belgium"), "GPE", "BEL"),
            (("Pegard", "12 pct interest in"), "ORG", "BEL"),
        ],
    },
    "reuters21578-15917": {
        "events": [],
        "skip": [
            ("show", "a document's figures (preliminary figures 'show'), not a speech act (own_blind2's weekly "
                     "return 'showed')"),
            (("registrations", "crop export"), "statistics"),
        ],
        "entities": [
            ("Argentine", "NORP", "ARG"),
        ],
    },
    "reuters21578-19685": {
        "events": [
            # 0
            ("CONSULT", "negotiating", ("Chrysler Corp",) + USA_BUS, ("First Autoworks",) + CHN_BUS, None,
             None, "unknown", None, "asserted", None,
             "Chrysler is negotiating with the Chinese state-owned First Autoworks (state-owned companies BUS); "
             "present progressive with no time expression: undated (14a's 'is negotiating with Nigeria'); the trade "
             "paper's 'said' rule-3 attribution"),
            # 1
            ("CONSULT", "discussing", (("Chrysler", "It said"),) + USA_BUS, (None,) + CHN_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention: Chrysler is discussing the supply of engines and tooling (the same talks; First "
             "Autoworks implied); 'It said' rule-3 attribution"),
            # 2
            ("STATEMENT", "comment", ("Chrysler spokesmen",) + USA_BUS, None, DET,
             "1987-06-29", "day", "today", "negated", None,
             "Chrysler spokesmen were not available for comment today: a withheld statement (EVENTS.md 5)"),
            # 3
            ("STATEMENT", "quoted", ("an unnamed spokesman",) + USA_BUS, None, None,
             None, "unknown", None, "asserted", None,
             "relayed speech: the trade paper quoted an unnamed (Chrysler, by the contrast with the previous "
             "sentence) spokesman as saying Chrysler is competing with Citroen and a Japanese maker to supply First "
             "Autoworks; recorded on 'quoted' (15b), undated (relayed speech); anonymous spokesman arguable"),
        ],
        "skip": [
            (("said", "Automotive News"), "rule-3 attribution (the negotiations are the event)"),
            ("added", "content of the negotiations (hypothetical)"),
            (("said", "It said"), "rule-3 attribution (the talks are the event)"),
            (("supply", "discussing the"), "content of the talks"),
            ("saying", "part of the relayed reporting clause (recorded on 'quoted')"),
            ("competing", "content of the relayed statement (COOPERATE USA -> CHN arguable)"),
            (("supply", "to supply"), "content of the relayed statement"),
        ],
        "entities": [
            ("Chrysler Corp", "ORG", "USA"),
            ("Chinese", "NORP", "CHN"),
            ("First Autoworks", "ORG", "CHN"),
            (("Chinese", "added to the"), "NORP", "CHN"),
            ("Automotive News", "ORG", "USA"),
            (("Chrysler", "It said"), "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Chrysler", "Chrysler spokesmen"), "ORG", "USA"),
            (("Chrysler", "as saying"), "ORG", "USA"),
            ("French", "NORP", "FRA"),
            ("Citroen", "ORG", "FRA"),
            ("Japanese", "NORP", "JPN"),
            (("First Autoworks", "to supply"), "ORG", "CHN"),
        ],
    },
    "reuters21578-13856": {
        "events": [
            # 0
            ("STATEMENT", "gave", ("The U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "statistics release (the reserve breakdown as of April 1; the date is the data's, not the release's); "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", "says", ("USDA",) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None, "note that the totals may not match (statistics); DCT"),
        ],
        "skip": [
            ("remaining", "stative (statistics)"),
            ("match", "content of the note"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("USDA", "ORG", "USA"),
        ],
    },
    "reuters21578-20704": {
        "events": [
            # 0
            ("AGREE", "ready", ("The European Airbus consortium",) + AIRBUS_BUS,
             ("McDonnell Douglas Corp",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "Airbus is ready to cooperate with McDonnell Douglas on future programs: a stated willingness = an offer "
             "(19a/21b's 'prepared to' / 'willing to' = AGREE; COOPERATE hypothetical arguable, 'cooperate' skipped "
             "as content); a consortium the text calls European has no country (12a's Airbus); a present-tense "
             "standing readiness relayed by the minister: undated (the 17/18 'is insisting' call); 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", "told", (("He", "He told"),) + FRA_GOV, None, PAR,
             "1987-10-20", "day", "today", "asserted", None,
             "the London talks should be more harmonious as a result (assessment) in a newspaper interview today"),
            # 2
            ("CONSULT", ("talks", "today that the"), (("U.S.", "senior"),) + USA_GOV,
             ("European Community officials",) + EC_IGO, LONDON_TXT,
             "1987-10-27", "day", "October 27", "planned", None,
             "the talks between senior U.S. and EC officials in London on October 27 (a nominal with its own date and "
             "place, EVENTS.md 11; compound split into the two sides, U.S. first-named; neither side hosts)"),
            # 3
            ("CONSULT", ("talks", "continuing"), ("Airbus officials",) + AIRBUS_BUS,
             ("McDonnell Doughlas",) + USA_BUS, None,
             "1987-10", "month", "last week", "asserted", None,
             "Airbus officials said last week they were continuing talks on collaboration with McDonnell Douglas (the "
             "text's misspelling); a progressive placed at the saying (20b's 'were pushing'): the week of 12-18 "
             "October, kept at its month (EVENTS.md 21)"),
            # 4
            ("STATEMENT", ("said", "Airbus officials"), ("Airbus officials",) + AIRBUS_BUS, None, None,
             "1987-10", "month", "last week", "asserted", None,
             "the second content clause 'but that collaboration in the immediate future was unlikely' (a forecast, "
             "no type), so the reporting clause is also a STATEMENT; 'last week' (month precision), place not given"),
            # 5
            ("ACCUSE", "charged", ("U.S. Manufacturers and officials",) + USA_BUS,
             (("French", "charged that the"), "FRA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "U.S. makers and officials have charged that the French, British and West German governments disrupted "
             "the market by subsidising Airbus (same-country compound actor1, one record; targets split by country, "
             "EVENTS.md 12: France); perfect verbal act, no time expression: undated (set 16's 'have accused')"),
            # 6
            ("ACCUSE", "charged", ("U.S. Manufacturers and officials",) + USA_BUS,
             (("British", "charged that the"), "GBR", "GOV"), None,
             None, "unknown", None, "asserted", None, "the same charge, split: Britain"),
            # 7
            ("ACCUSE", "charged", ("U.S. Manufacturers and officials",) + USA_BUS,
             (("West German", "charged that the"), "DEU", "GOV"), None,
             None, "unknown", None, "asserted", None, "the same charge, split: West Germany"),
            # 8
            ("ACCUSE", "responded", ("the Europeans", None, "GOV"),
             (("U.S. Manufacturers", "saying that"),) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "the Europeans' counter-charge that U.S. makers benefit from government-funded military contracts (an "
             "allegation of indirect subsidy); a group: null; perfect, undated; 'saying' its participial elaboration"),
            # 9
            ("STATEMENT", ("said", "Douffiagus"), ("Douffiagus",) + FRA_GOV, None, PAR,
             "1987-10-20", "day", None, "asserted", None,
             "transatlantic cooperation already widespread in aircraft construction (assessment); DCT, dateline city"),
        ],
        "skip": [
            (("cooperate", "ready to"), "content of the offer"),
            ("pointing", "participial assessment (content)"),
            ("defusion", "content (background nominal)"),
            (("dispute", "transatlantic"), "background nominal (the subsidy dispute)"),
            (("said", "Jacques Douffiagues"), "rule-3 attribution (Airbus's readiness is the event)"),
            ("interview", "part of the reporting clause"),
            (("collaboration", "possible"), "content of the talks"),
            (("collaboration", "but that"), "content of the forecast"),
            ("disrupted", "content of the accusation"),
            ("subsidising", "content of the accusation (AID arguable)"),
            ("undercut", "content of the accusation"),
            ("saying", "participial elaboration of 'responded' (EVENTS.md 3)"),
            ("benefit", "content of the counter-charge"),
            (("contracts", "military"), "content of the counter-charge"),
            (("cooperation", "transatlantic"), "content of the statement (stative)"),
        ],
        "entities": [
            ("European", "NORP", None),
            ("Airbus", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("McDonnell Douglas Corp", "ORG", "USA"),
            ("French", "NORP", "FRA"),
            ("Jacques Douffiagues", "PERSON", "FRA"),
            (("French", "southern"), "NORP", "FRA"),
            ("Depeche du Midi", "ORG", "FRA"),
            (("U.S.", "senior"), "GPE", "USA"),
            ("European Community", "ORG", None),
            ("London", "GPE", "GBR"),
            (("Airbus", "on the"), "ORG", None),
            (("Airbus", "Airbus officials"), "ORG", None),
            ("McDonnell Doughlas", "ORG", "USA"),
            (("Airbus", "version of the"), "ORG", None),
            (("U.S.", "U.S. Manufacturers and"), "GPE", "USA"),
            (("French", "charged that the"), "NORP", "FRA"),
            ("British", "NORP", "GBR"),
            ("West German", "NORP", "DEU"),
            (("Airbus", "subsidising"), "ORG", None),
            (("U.S.", "private"), "GPE", "USA"),
            ("Europeans", "NORP", None),
            (("U.S.", "saying that"), "GPE", "USA"),
            ("Douffiagus", "PERSON", "FRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
