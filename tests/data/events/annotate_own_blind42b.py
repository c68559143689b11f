"""Build ``own_blind42b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind42b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,523 left); 24 drawn with random.Random(42101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
32 event records (29 first mentions, 3 later mentions), 85 not_annotated spans, 85 entity mentions
(GPE 34, ORG 27, NORP 11, PERSON 11, LOC 2); one article without events (6543, Fed reserves: anonymous
economists and reserve operations only); 11212 (Bundesbank) has a single withheld STATEMENT, 14988 (EC sugar
tender) two statistics-release STATEMENTs, 19867 (Franco-German parley) ten records (four of them one
compound REJECT split by country). Types: STATEMENT 12, CONSULT 4, REJECT 4, AID 4, REQUEST 3, SUPPORT 3,
ACCUSE 1, COOPERATE 1; modality: asserted 28, planned 3, negated 1; precision: day 18, unknown 12, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: the skip "budge" (the aide's
quote) matching inside the earlier "budget crisis"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("French President Francois
Mitterand": NORP + PERSON; "his Prime Minister Jacques Chirac", "Chancellor Helmut Kohl", "President
Reagan": the PERSON; "an aide to Chirac": the PERSON "Chirac"); a body with its country word is one ORG
span ("U.K. Intervention Board" GBR, as 19a's "West German Intervention Board"; "U.S. Agriculture
Department" USA), with a possessive country the two are separate ("Britain's Overseas Development
Administration": GPE + ORG GBR; "India's state-owned Hindustan Zinc Ltd": GPE + ORG IND); "the Brussels
Executive Commission" is one ORG span, null (the seat's name as a modifier, like the country word above;
18b's "Executive Commission" ORG null), "Commission" and "Community" alone ORG null, the European Community
/ EC ORG null (20a); "Franco-German" gives two NORP mentions ("Franco" FRA, "German" DEU; 20a), "U.S.-Soviet"
GPE "U.S." + NORP "Soviet" (39b's "Soviet-built": the part), "British-designed" NORP "British" GBR;
"Germans" NORP DEU, "French" NORP FRA, "American" NORP USA, "Indian" NORP IND, "German" in "the German
central bank" NORP DEU (the lower-case body itself not tagged); the Soviet Union GPE SUN, the United States,
"U.S." (also in "U.S. Diplomatic mission", "U.S. vegetable oil", "U.S. Government securities market", as
36a's "U.S. Dlrs") GPE USA, Geneva GPE CHE, Europe LOC null (11a), Reuters ORG GBR; Bonn and West Germany GPE
DEU, Paris GPE FRA, Britain GPE GBR, Denmark GPE DNK, the Netherlands GPE NLD; the Commodity Credit
Corporation / CCC ORG USA (32a), Ecuador GPE ECU; the Bundesbank ORG DEU, Tokyo GPE JPN; the Federal Reserve /
Fed ORG USA ("System" in "System repurchase agreements" and "Federal funds" name operations and a rate, not
entities); Reagan and Nancy (Reagan) PERSON USA, the White House ORG USA (11a/12a/25b, also where it is the
building he left); Bethesda Naval Hospital is a facility and not tagged (41a's Bull Moose mine, 20a's SPR);
Davy McKee Ltd (9a's Davy McKee) and its parent Davy Corp Plc ORG GBR ("a subsidiary of U.K. Engineering
and contruction company Davy Corp Plc"), U.K. GPE GBR, Hindustan Zinc Ltd ORG IND, Rajastan GPE IND (the
Indian state, as spelt), "North West India" one LOC span IND (a capitalised region, 11b's "Northern Iraq",
28a's "Southern California"); France, Belgium, Spain, London GPE of their country; "European Currency Units
(Ecus)" is a currency and not tagged (10a: Ecus; its "European" is part of the currency's proper name);
currencies (dlrs, marks, stg), weapons ("Euromissiles"), programmes and lower-case bodies ("the American
team", "the agency", "the department", "the 12-nation group") are not tagged.

Judgement calls made here:
* 17290 (Soviet draft treaty, DCT Mon 1987-04-27, GENEVA): "The Soviet Union will present a draft treaty
  today calling for elimination of all U.S.-Soviet medium-range missiles in Europe" is REQUEST SUN GOV ->
  USA (implied; "the American team" named next): presenting a draft treaty in negotiations is a proposal
  put to the other party (11a/28a/38b: a proposal to a party = REQUEST; STATEMENT arguable), planned, dated
  by its own "today" (1987-04-27), located in Geneva (the handover at the U.S. mission there, next
  sentence). "an official source in the Soviet arms negotiating team told Reuters" is rule-3 attribution
  (whether the source counts as an identified official or as an anonymous "source", EVENTS.md 4, it is no
  record here). "The draft treaty will be handed over to the American team ... this afternoon, the source
  said" is its later mention (trigger "handed over", actor2 "the American team", keeping its own "this
  afternoon" = 1987-04-27, EVENTS.md 21), and "during talks at the U.S. Diplomatic mission in Geneva this
  afternoon" a CONSULT SUN -> USA (the visiting Soviet team first, the U.S. mission the host, EVENTS.md 13),
  planned, 1987-04-27, Geneva; the participle "negotiating" describing both teams is skipped (a standing
  description). "The United States presented its draft treaty ... during a previous round of negotiations
  in early March" is REQUEST USA -> SUN (implied), asserted, placed inside the round (rule 3): 1987-03 at
  month precision ("early March", as EVENTS.md 21's "by early May"), and "a previous round of negotiations
  in early March" a CONSULT (a nominal with its own date, EVENTS.md 11), USA -> SUN (the sentence's subject
  first; both parties implied), 1987-03, location null (the March round's place is not given; Geneva
  likely). The treaty's contents ("calling for elimination", "would also scrap") are skipped.
* 19867 (Franco-German farm parley, DCT Mon 1987-06-29, BRUSSELS): "A specially convened Franco-German
  meeting ... failed to make any progress ..., diplomats said" is CONSULT FRA -> DEU on "meeting" (actors
  on the NORP parts "Franco" / "German", as 18a's "Soviet-American talks"), relayed by anonymous diplomats
  (their "said" skipped, the act coded as 23b/35a), undated (no time expression, rule 17; it plainly took
  place at the summit that day, so 1987-06-29 is arguable), location null (the summit's place is not
  stated); the failure to make progress is its outcome (skipped). "The meeting was attended by ...
  Mitterand, ... Chirac, and by Chancellor Helmut Kohl" is its later mention on "attended" (FRA -> DEU;
  39b's "will attend" as a later mention). '"The Germans clearly do not want to budge," an aide to Chirac
  told reporters' is ACCUSE FRA GOV -> DEU (frustration with a party's stance voiced to a third party,
  EVENTS.md 7; STATEMENT arguable), DCT, BRUSSELS; "He added the French Prime Minister was visibly angered
  ..." a STATEMENT (EVENTS.md 3: its own record), DCT. "Bonn and Paris are diametrically opposed to a
  proposal for the Brussels Executive Commission to overhaul radically the EC's ... 'green' currency
  system" is ambiguous (both opposing the Commission's proposal, REJECT DEU / FRA -> the Commission; or the
  two holding opposite positions over it, a stative split): skipped. "Paris also supports a move for an
  oils and fats tax" is SUPPORT FRA -> the move's proponent (implied, null IGO: the Commission, whose
  farm package the tax belongs to by context; a proposal with no named proponent would give actor2 null
  anyway, 23a), and "which West Germany is against, along with Britain, Denmark and the Netherlands" REJECT
  toward it, split by country (EVENTS.md 12; 21b's seven SUPPORT records): DEU, GBR, DNK, NLD, all on
  "against"; standing stances in the present tense, undated (36b's "opposes"; support of / opposition to a
  proposal = SUPPORT / REJECT toward its proponent, 18b/30a; both STATEMENT-less stances, so skipping them
  as stative is arguable). "EC farm minsters are due to resume negotiations on the package ... tomorrow"
  is an internal meeting of one body (9a/16b/39b's EC ministers; skipped, CONSULT null planned 1987-06-30
  arguable, 30a's EC summit), as are the summit itself (the meeting's setting) and "The summit has been
  dominated by lengthy talks on moves to alter the entire system of financing the 12-nation group".
  "The Commission proposed its package to save one billion dollars" is a STATEMENT (null IGO; a proposal =
  STATEMENT, 7b/30a; REQUEST to the member states arguable), undated (no time expression, 30a's "has
  suggested"), location null. "Diplomats said it had been hoped ..." is anonymous and impersonal; the
  package "which should have been agreed by an April 1 deadline" is counterfactual (skipped).
* 11671 (CCC credits for Ecuador, DCT Tue 1987-03-31, WASHINGTON): the same shape as 32a's 19388 (El
  Salvador): "The Commodity Credit Corporation (CCC) switched five mln dlrs in credit guarantees to Ecuador
  to provide for more sales of U.S. vegetable oil" is AID USA GOV -> ECU on "switched" (credit guarantees,
  23b/26a/32a), undated (no time expression, rule 17), the department's "said" rule-3 attribution; the
  earlier earmarking is background; "The action reduces the guarantee lines ... and increases coverage
  ..., the department said" is a STATEMENT (programme totals, 32a), DCT, WASHINGTON.
* 11212 (Bundesbank not intervening, DCT Tue 1987-03-31, FRANKFURT): "The Bundesbank declined to comment
  on rumours in Tokyo that it was intervening heavily to support the dollar" is a withheld STATEMENT (DEU
  GOV, negated, on "comment", DCT, FRANKFURT; 41a's "had no immediate comment"); the rumoured intervention
  is a monetary operation in anonymous talk, and both "dealers ... said" are anonymous (skipped with their
  content); the dollar's quotes and spreads are market movements.
* 6543 (Fed expected to add reserves, DCT Wed 1987-03-18, NEW YORK): no event (a negative). The Fed's
  expected customer repurchase agreements and the System repurchase agreements "set on Monday" are reserve
  operations (EVENTS.md 10), every speaker is anonymous (economists, "They said"), and "some dealers
  reportedly backed out of" the System repurchase agreements is market activity by unnamed dealers in a
  monetary operation (skipped).
* 20769 (Reagan on interest rates, DCT Tue 1987-10-20, WASHINGTON): "President Reagan said he was pleased
  with the actions of some banks to reduce their prime lending rates today" is SUPPORT USA GOV -> the banks
  (USA BUS, unnamed U.S. banks; praise of other actors' actions, 35a/38a's mild praise; STATEMENT arguable
  as the banks are unnamed), on "said" (the saying is the act; "pleased" left unlisted, part of the
  record), DCT ("today" dates the rate cuts, not the saying; same value); the banks' rate cuts are their
  own pricing (skipped). "and said he sees room for a further decline in interest rates" is a second
  reporting clause (EVENTS.md 3), a STATEMENT, and the quoted '"I believe there is room in the market for a
  further decline in interest rates," Reagan said in a statement' its later mention (a quoted restatement
  of the paraphrase, EVENTS.md 3), located WASHINGTON (the White House, which he was leaving). His trip to
  visit his wife at the hospital is private travel and the meeting with his economic advisers internal to
  one government (both skipped). "Reagan said he remains concerned about the market, but that actions
  taken by the Federal Reserve have helped" is one reporting clause, coded SUPPORT USA -> the Federal
  Reserve (USA GOV; praise of another actor, the typed half of the clause wins, speech-act rule 2;
  STATEMENT arguable); the Fed's actions are monetary operations (skipped). '"Interest rates are down
  across the spectrum," Reagan said' and '"Specifically, I am pleased that the bond market is strong and
  that foreign exchange markets are stable," Reagan said' are STATEMENTs (assessments of markets, not of
  actors), all DCT, WASHINGTON.
* 6451 (Davy McKee India contract, DCT Wed 1987-03-18, LONDON; the same British aid package as 9a's 5153):
  "Davy McKee Ltd ... has been awarded a contract worth around 15 mln stg for the design of a zinc and lead
  smelter in India" is COOPERATE GBR BUS -> the awarding buyer implied (own_dev's contract-award call,
  22a): IND BUS, Hindustan Zinc (the grant's recipient for the smelter complex, next sentences), undated
  (present perfect, rule 17), the company spokesman's "said" rule-3 attribution. "The contract is being
  funded by Britain's Overseas Development Administration as part of a total grant of 73.65 mln stg to
  India's state-owned Hindustan Zinc Ltd" is AID GBR GOV -> IND BUS (state-owned: BUS, EVENTS.md 15) on
  "funded" (the grant nominal part of it), undated (present progressive with no time expression and no
  reporting verb). "The grant is for the development of ... in Rajastan, North West India, the agency said"
  restates the grant (9a's "The grant will finance" skipped) and "The agency said the project was expected
  to account for 44 pct of India's total production of zinc" is a forecast: two STATEMENTs (GBR GOV, DCT,
  LONDON). The 55 mln stg allocated for British goods and services are the grant's terms (stative).
  "The grant comes as part of package announced on March 13 for Indian mineral development" is AID GBR
  (implied) -> IND GOV (implied) on "package", a nominal with its own date (EVENTS.md 11), 1987-03-13,
  "announced" rule-3 attribution (the aid is the act; a STATEMENT on "announced", 11a's Tokyo package, or a
  later mention of the grant, are arguable; 9a coded the same day's signing in New Delhi as AGREE). "The
  agency is also paying a further 31 mln stg to India's coal sector" is AID GBR GOV -> IND BUS (9a's Indian
  coal industry), asserted, undated (present progressive, no time expression).
* 14988 (EC sugar tender, DCT Wed 1987-04-08, LONDON): the export rebates granted at today's EC tender and
  the tonnages awarded are export-subsidy administration (own_dev's export bonuses, 20b's 3511: no type),
  so "the U.K. Intervention Board said" and "it added" are two statistics-release STATEMENTs (GBR GOV, DCT,
  LONDON); the London and Paris traders (their declined forecast, "some said", "foresaw") are anonymous,
  and the cumulative and last week's authorisations have no agent (statistics).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind42b.jsonl"

GEN = ("Geneva", "CHE")
BRU = ("BRUSSELS", "BEL")
WAS = ("WASHINGTON", "USA")
FRA = ("FRANKFURT", "DEU")
LON = ("LONDON", "GBR")

USA_GOV_IMPLIED = (None, "USA", "GOV")
SUN_GOV_IMPLIED = (None, "SUN", "GOV")
IGO_IMPLIED = (None, None, "IGO")
AMERICAN_TEAM = ("the American team", "USA", "GOV")
REAGAN = ("President Reagan", "USA", "GOV")
AGENCY1 = (("the agency", "North West India,"), "GBR", "GOV")
AGENCY2 = (("The agency", "The agency said"), "GBR", "GOV")
AGAINST = ("against", "West Germany is")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17290": {
        "events": [
            # 0
            ("REQUEST", "present", ("The Soviet Union", "SUN", "GOV"), USA_GOV_IMPLIED, GEN,
             "1987-04-27", "day", "today", "planned", None,
             "the Soviet Union will present a draft treaty calling for elimination of U.S.-Soviet medium-range "
             "missiles (a proposal put to the other party in negotiations = REQUEST, 11a/28a/38b; STATEMENT "
             "arguable); the U.S. team implied (named next); 'today' = DCT; handed over in Geneva (next sentence); "
             "the source's 'told Reuters' is rule-3 attribution"),
            # 1
            ("REQUEST", "handed over", SUN_GOV_IMPLIED, AMERICAN_TEAM, GEN,
             "1987-04-27", "day", "this afternoon", "planned", 0,
             "later mention: the draft treaty will be handed over to the American team this afternoon (its own "
             "time expression kept, EVENTS.md 21); 'the source said' is rule-3 attribution"),
            # 2
            ("CONSULT", "talks", SUN_GOV_IMPLIED, AMERICAN_TEAM, GEN,
             "1987-04-27", "day", "this afternoon", "planned", None,
             "talks at the U.S. diplomatic mission in Geneva this afternoon: the Soviet team visits (actor1), the "
             "U.S. mission hosts (EVENTS.md 13); Soviet side implied"),
            # 3
            ("REQUEST", "presented", ("The United States", "USA", "GOV"), SUN_GOV_IMPLIED, None,
             "1987-03", "month", "early March", "asserted", None,
             "the U.S. presented its own draft treaty (a proposal to the Soviet side, implied) during the previous "
             "round of negotiations in early March: placed inside the dated round (rule 3), month precision "
             "('by early May' = month, EVENTS.md 21)"),
            # 4
            ("CONSULT", "negotiations", USA_GOV_IMPLIED, SUN_GOV_IMPLIED, None,
             "1987-03", "month", "early March", "asserted", None,
             "a previous round of negotiations in early March: a nominal with its own date (EVENTS.md 11); both "
             "parties implied, the sentence's subject (the U.S.) first; place not given"),
        ],
        "skip": [
            ("calling for", "content of the draft treaty"),
            ("elimination", "content of the draft treaty"),
            (("negotiating", "Soviet arms"), "description of the source's team (standing negotiations)"),
            ("told", "rule-3 attribution (the presentation is the event; an official source of the Soviet team, "
                     "anonymous-source reading arguable: no record either way)"),
            (("negotiating", "American team"), "description of the U.S. team (standing negotiations; the talks are "
                                               "coded on 'talks')"),
            (("said", "the source"), "rule-3 attribution (the handover and the talks are the events)"),
            ("scrap", "content of the U.S. draft treaty"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("U.S.", "GPE", "USA"),
            (("Soviet", "U.S.-"), "NORP", "SUN"),
            ("Europe", "LOC", None),
            (("Soviet", "official source in the"), "NORP", "SUN"),
            ("Reuters", "ORG", "GBR"),
            ("American", "NORP", "USA"),
            (("U.S.", "talks at the"), "GPE", "USA"),
            ("Geneva", "GPE", "CHE"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-19867": {
        "events": [
            # 0
            ("CONSULT", "meeting", ("Franco", "FRA", "GOV"), (("German", "Franco-"), "DEU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "a specially convened Franco-German meeting on the sidelines of the EC summit (actors on the NORP parts, "
             "18a's 'Soviet-American talks'); relayed by anonymous diplomats (their 'said' skipped, the act coded, "
             "23b/35a); no time expression: undated (rule 17; 1987-06-29 arguable); place not stated"),
            # 1
            ("CONSULT", "attended", ("Francois Mitterand", "FRA", "GOV"), ("Helmut Kohl", "DEU", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the meeting was attended by ministers of both countries, Mitterand, Chirac and Kohl "
             "(39b's 'will attend'); the French side first"),
            # 2
            ("ACCUSE", "told", ("an aide to Chirac", "FRA", "GOV"), ("The Germans", "DEU", "GOV"), BRU,
             "1987-06-29", "day", None, "asserted", None,
             "'The Germans clearly do not want to budge': frustration with a party's stance voiced to reporters "
             "(EVENTS.md 7; STATEMENT arguable); an official of a named government; wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", "added", (("He", "He added"), "FRA", "GOV"), None, BRU,
             "1987-06-29", "day", None, "asserted", None,
             "the French Prime Minister was visibly angered as he [left] the meeting (a second reporting clause, "
             "EVENTS.md 3); DCT"),
            # 4
            ("SUPPORT", "supports", (("Paris", "Paris also"), "FRA", "GOV"), IGO_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Paris supports a move for an oils and fats tax: support of a proposal toward its proponent (18b/30a), "
             "implied: the Commission (null IGO; part of its farm package by context; null anyway if unnamed, 23a); "
             "a standing stance in the present tense: undated (36b)"),
            # 5
            ("REJECT", AGAINST, (("West Germany", "fats tax"), "DEU", "GOV"), IGO_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "West Germany is against the oils and fats tax: opposition to a proposal = REJECT toward its proponent "
             "(implied, null IGO; 25b/30a/36b); standing stance: undated"),
            # 6
            ("REJECT", AGAINST, ("Britain", "GBR", "GOV"), IGO_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Britain against the tax, 'along with' West Germany (compound split, EVENTS.md 12)"),
            # 7
            ("REJECT", AGAINST, ("Denmark", "DNK", "GOV"), IGO_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Denmark against the tax (compound split, EVENTS.md 12)"),
            # 8
            ("REJECT", AGAINST, ("the\nNetherlands", "NLD", "GOV"), IGO_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the Netherlands against the tax (compound split, EVENTS.md 12)"),
            # 9
            ("STATEMENT", "proposed", (("The Commission", "The Commission proposed"), None, "IGO"), None, None,
             None, "unknown", None, "asserted", None,
             "the Commission proposed its package to save one billion dollars (a proposal = STATEMENT, 7b/30a; "
             "REQUEST to the member states arguable); no time expression: undated (30a's 'has suggested')"),
        ],
        "skip": [
            ("convened", "part of the meeting (coded on 'meeting')"),
            (("summit", "sidelines of a"), "setting of the meeting (the EC summit: internal meeting of one body, "
                                          "9a/16b; CONSULT null arguable, 30a)"),
            ("failed to make any progress", "outcome of the meeting (no type)"),
            ("split", "stative (the package has split the two countries)"),
            (("said", "allies, diplomats"), "anonymous-source talk (diplomats)"),
            (("budge", "want to"), "content of the accusation"),
            ("angered", "content of the statement"),
            (("meeting", "hour-long"), "anaphoric nominal (the Franco-German meeting)"),
            ("seen", "impersonal assessment"),
            ("opposed", "ambiguous: both opposing the Commission's proposal (REJECT DEU / FRA -> the Commission) or "
                        "the two holding opposite positions over it (a stative split); borderline"),
            (("proposal", "opposed to a"), "background nominal (object of the stance)"),
            ("overhaul", "content of the proposal"),
            ("designed", "stative (the green currency system's purpose)"),
            (("move", "supports a"), "object of the support (the proposed tax)"),
            (("negotiations", "resume"), "EC farm ministers' negotiations: internal meeting of one body (9a/16b/39b; "
                                         "CONSULT null planned 1987-06-30 arguable)"),
            (("agreed", "should have been"), "counterfactual (the package not agreed by the deadline)"),
            (("said", "Diplomats said it"), "anonymous-source talk (diplomats)"),
            ("hoped", "impersonal hope inside anonymous talk"),
            ("injected", "hypothetical content of the hope"),
            (("talks", "into those"), "anaphoric nominal (the ministers' negotiations)"),
            ("save", "purpose of the proposal"),
            (("talks", "lengthy"), "talks at the EC summit: internal to one body (CONSULT null arguable, 30a)"),
            ("alter", "content of the talks"),
            ("plugging", "content of the talks"),
        ],
        "entities": [
            ("Franco", "NORP", "FRA"),
            (("German", "Franco-"), "NORP", "DEU"),
            ("EC", "ORG", None),
            (("EC", "two former"), "ORG", None),
            ("French", "NORP", "FRA"),
            ("Francois Mitterand", "PERSON", "FRA"),
            ("Jacques Chirac", "PERSON", "FRA"),
            ("Helmut Kohl", "PERSON", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("Community", "ORG", None),
            ("Germans", "NORP", "DEU"),
            (("Chirac", "aide to"), "PERSON", "FRA"),
            (("French", "He added the"), "NORP", "FRA"),
            ("Bonn", "GPE", "DEU"),
            (("Paris", "Bonn and"), "GPE", "FRA"),
            ("Brussels Executive Commission", "ORG", None),
            (("EC", "overhaul radically the"), "ORG", None),
            (("EC", "common"), "ORG", None),
            (("Paris", "Paris also"), "GPE", "FRA"),
            (("West Germany", "fats tax"), "GPE", "DEU"),
            ("Britain", "GPE", "GBR"),
            ("Denmark", "GPE", "DNK"),
            ("Netherlands", "GPE", "NLD"),
            (("EC", "EC farm minsters"), "ORG", None),
            (("Commission", "The Commission proposed"), "ORG", None),
            (("EC", "dollars on the"), "ORG", None),
        ],
    },
    "reuters21578-11671": {
        "events": [
            # 0
            ("AID", "switched", ("The Commodity Credit Corporation", "USA", "GOV"), ("Ecuador", "ECU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "five mln dlrs of credit guarantees switched to vegetable oil sales to Ecuador (32a's reallocation for El "
             "Salvador, 23b/26a); no time expression (rule 17); USDA's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "seven mln dlrs, the"), (("the department", "seven mln dlrs,"), "USA", "GOV"),
             None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "programme totals: cotton, feedgrain and wheat lines cut, vegetable oil coverage raised (32a); DCT"),
        ],
        "skip": [
            ("provide", "purpose of the guarantees"),
            ("sales", "content of the guarantees"),
            (("said", "Agriculture Department"), "rule-3 attribution (the credit guarantees are the event)"),
            ("earmarked", "background (the guarantees' earlier allocation)"),
            ("action", "anaphoric nominal (the switch)"),
            ("reduces", "effect on the programme totals (statistics)"),
            ("authorized", "background (the existing lines)"),
            ("increases", "effect on the programme totals (the same switch)"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("Ecuador", "GPE", "ECU"),
            ("U.S.", "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("U.S.", "earmarked"), "GPE", "USA"),
        ],
    },
    "reuters21578-11212": {
        "events": [
            # 0
            ("STATEMENT", "comment", ("The Bundesbank", "DEU", "GOV"), None, FRA,
             "1987-03-31", "day", None, "negated", None,
             "withheld statement: declined to comment on rumours that it was intervening (41a's 'had no immediate "
             "comment'); DCT, dateline city"),
        ],
        "skip": [
            ("rumours", "anonymous rumours"),
            ("intervening", "currency intervention (monetary operation), content of the rumours"),
            ("support", "content of the rumours (monetary operation)"),
            (("said", "dealers here"), "anonymous-source talk (dealers)"),
            ("seen", "content of anonymous talk"),
            ("quoted", "market-price movement"),
            ("quoting", "market activity by unnamed banks"),
            (("said", "Dealers said"), "anonymous-source talk (dealers)"),
            ("widen", "hypothetical market movement"),
            ("intervene", "hypothetical currency intervention (monetary operation)"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            ("Tokyo", "GPE", "JPN"),
            ("German", "NORP", "DEU"),
            (("Bundesbank", "if the"), "ORG", "DEU"),
        ],
    },
    "reuters21578-6543": {
        "events": [],
        "skip": [
            ("enter", "Fed reserve operation (monetary), expected by anonymous economists"),
            (("add", "market to"), "Fed reserve operation (monetary)"),
            (("said", "economists"), "anonymous-source talk (economists)"),
            (("said", "They"), "anonymous-source talk (economists)"),
            ("suggests", "content of anonymous talk"),
            ("backed out", "market activity by unnamed dealers in a reserve operation"),
            ("set on Monday", "Fed reserve operation (monetary)"),
            ("supply", "Fed reserve need (monetary)"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Fed", "suggests the"), "ORG", "USA"),
            (("Fed", "leaving the"), "ORG", "USA"),
        ],
    },
    "reuters21578-20769": {
        "events": [
            # 0
            ("SUPPORT", "said", REAGAN, ("some banks", "USA", "BUS"), WAS,
             "1987-10-20", "day", None, "asserted", None,
             "pleased with the actions of some banks to reduce their prime rates: praise of other actors (35a/38a; "
             "STATEMENT arguable, the banks unnamed); the saying is the act; 'today' dates the cuts (same value)"),
            # 1
            ("STATEMENT", ("said", "rates today and"), REAGAN, None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "a second reporting clause (EVENTS.md 3): he sees room for a further decline in interest rates"),
            # 2
            ("STATEMENT", ("said", 'rates," Reagan'), (("Reagan", 'rates," Reagan'), "USA", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", 1,
             "later mention: the quoted restatement 'I believe there is room ...' in a statement as he left the White "
             "House (EVENTS.md 3)"),
            # 3
            ("SUPPORT", ("said", "Reagan said he remains"), (("Reagan", "Reagan said he remains"), "USA", "GOV"),
             ("the Federal Reserve", "USA", "GOV"), WAS,
             "1987-10-20", "day", None, "asserted", None,
             "concerned about the market, but the Federal Reserve's actions have helped: praise of another actor (the "
             "typed half of the clause, speech-act rule 2; STATEMENT arguable); DCT"),
            # 4
            ("STATEMENT", ("said", 'spectrum," Reagan'), (("Reagan", 'spectrum," Reagan'), "USA", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "'Interest rates are down across the spectrum' (assessment); DCT"),
            # 5
            ("STATEMENT", ("said", 'stable," Reagan'), (("Reagan", 'stable," Reagan'), "USA", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "pleased that the bond market is strong and exchange markets stable (markets, not actors); DCT"),
        ],
        "skip": [
            ("reduce", "the banks' own rate cuts (pricing), object of the praise"),
            ("left", "travel (no type)"),
            ("visit", "private visit to his wife in hospital (no type)"),
            (("statement", "Reagan's"), "anaphoric nominal"),
            ("meeting", "internal meeting of one government (the President and his advisers)"),
            (("actions", "but that"), "Fed monetary operations (object of the praise)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            (("Reagan", 'rates," Reagan'), "PERSON", "USA"),
            ("White House", "ORG", "USA"),
            ("Nancy", "PERSON", "USA"),
            (("Reagan", "White House"), "PERSON", "USA"),
            (("Reagan", "Reagan said he remains"), "PERSON", "USA"),
            ("Federal Reserve", "ORG", "USA"),
            (("Reagan", 'spectrum," Reagan'), "PERSON", "USA"),
            (("Reagan", 'stable," Reagan'), "PERSON", "USA"),
        ],
    },
    "reuters21578-6451": {
        "events": [
            # 0
            ("COOPERATE", "awarded", ("Davy McKee Ltd", "GBR", "BUS"), (None, "IND", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "contract award (own_dev's call, 22a): the winner first, the awarding buyer implied (Hindustan Zinc, the "
             "grant's recipient for the smelter complex: IND BUS); present perfect, no time expression: undated; "
             "the spokesman's 'said' is rule-3 attribution"),
            # 1
            ("AID", "funded", ("Overseas Development Administration", "GBR", "GOV"),
             ("Hindustan Zinc Ltd", "IND", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the contract funded by the ODA as part of a 73.65 mln stg grant to state-owned Hindustan Zinc (BUS, "
             "EVENTS.md 15); progressive with no time expression and no reporting verb: undated"),
            # 2
            ("STATEMENT", ("said", "North West India, the agency"), AGENCY1, None, LON,
             "1987-03-18", "day", None, "asserted", None,
             "the grant is for a zinc and lead mine and smelting complex in Rajastan (restates the grant, as 9a's "
             "'The grant will finance': reporting clause); DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "The agency said"), AGENCY2, None, LON,
             "1987-03-18", "day", None, "asserted", None,
             "forecast: the project to account for 44 pct of India's zinc output; DCT"),
            # 4
            ("AID", "package", (None, "GBR", "GOV"), (None, "IND", "GOV"), None,
             "1987-03-13", "day", "March 13", "asserted", None,
             "the package announced on March 13 for Indian mineral development (British aid to India; a nominal with "
             "its own date, EVENTS.md 11; 'announced' attribution; 9a coded the same day's signing as AGREE)"),
            # 5
            ("AID", "paying", (("The agency", "The agency is"), "GBR", "GOV"), ("India's coal sector", "IND", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "a further 31 mln stg to India's coal sector (9a's Indian coal industry, BUS); present progressive, no "
             "time expression: undated"),
        ],
        "skip": [
            (("said", "spokesman for the company"), "rule-3 attribution (the contract award is the event)"),
            ("design", "content of the contract"),
            (("grant", "total"), "part of the funding (coded on 'funded')"),
            (("grant", "The grant is"), "anaphoric nominal (the grant)"),
            (("development", "The grant is for the"), "content of the statement (the grant's purpose)"),
            ("expected", "content of the forecast"),
            ("account", "content of the forecast"),
            ("allocated", "the grant's terms (stative)"),
            ("supply", "content of the allocation"),
            (("grant", "The grant comes"), "anaphoric nominal (the grant)"),
            ("announced", "rule-3 attribution (the aid package is the event)"),
            ("expansion", "purpose of the payment"),
            ("using", "content (the technology used)"),
        ],
        "entities": [
            ("Davy McKee Ltd", "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
            ("Davy Corp Plc", "ORG", "GBR"),
            ("India", "GPE", "IND"),
            ("Britain", "GPE", "GBR"),
            ("Overseas Development Administration", "ORG", "GBR"),
            (("India", "stg to"), "GPE", "IND"),
            ("Hindustan Zinc Ltd", "ORG", "IND"),
            ("Rajastan", "GPE", "IND"),
            ("North West India", "LOC", "IND"),
            (("India", "pct of"), "GPE", "IND"),
            (("Britain", "services from"), "GPE", "GBR"),
            ("Indian", "NORP", "IND"),
            (("India", "31 mln stg to"), "GPE", "IND"),
            ("British", "NORP", "GBR"),
        ],
    },
    "reuters21578-14988": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the U.K. Intervention Board", "GBR", "GOV"), None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "statistics release: tonnage and maximum rebate at today's EC export tender (export-subsidy "
             "administration: no type); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "added", (("it", "tonnes, it"), "GBR", "GOV"), None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "statistics release: tonnages by country (a second reporting clause, EVENTS.md 3)"),
        ],
        "skip": [
            ("received", "export rebates at the EC tender (export-subsidy administration, no type)"),
            ("tender", "EC export tender (export-subsidy administration, 20b/32a)"),
            ("Received", "statistics (awards at the tender)"),
            ("declined", "anonymous traders (withheld forecast)"),
            (("said", "although some"), "anonymous-source talk (traders)"),
            ("foresaw", "anonymous-source talk (Paris traders)"),
            (("authorised", "being"), "content of the anonymous forecast"),
            ("stand", "statistics"),
            (("authorised", "whites"), "licences awarded last week, no agent (export-subsidy administration)"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            ("U.K. Intervention Board", "ORG", "GBR"),
            (("U.K.", "traders in the"), "GPE", "GBR"),
            ("France", "GPE", "FRA"),
            ("West Germany", "GPE", "DEU"),
            ("Belgium", "GPE", "BEL"),
            ("Spain", "GPE", "ESP"),
            ("Denmark", "GPE", "DNK"),
            ("London", "GPE", "GBR"),
            ("Paris", "GPE", "FRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
