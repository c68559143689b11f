"""Build ``own_blind67b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind67b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2130 left); 24 drawn with random.Random(67101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
48 event records (44 first mentions, 4 later mentions), 118 not_annotated spans, 118 entity mentions
(ORG 40, GPE 39, NORP 20, PERSON 13, LOC 6); one article without events (17204, Saudi riyal deposits:
dealers' talk and market movements only); 287 (Autorama may import Mazda cars) has a single hypothetical
COOPERATE; 18994 (OECD on southern Europe) has reporting-clause STATEMENTs only.
Types: STATEMENT 28, CONSULT 6, AGREE 5, MOBILIZE 3, REQUEST 2, SUPPORT 1, SANCTION 1, COOPERATE 1,
THREATEN 1; modality: asserted 41, planned 5, hypothetical 2; precision: day 33, unknown 11, month 4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; five wrong first matches of entity and skip anchors found that
way and fixed). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
titles are not part of a PERSON span ("President Reagan", "Ambassador Max Kampelman", "Soviet leader
Mikhail Gorbachev": NORP + PERSON); "Reagan-Gorbachev" gives two PERSON spans; "Soviet Union" is one GPE
span (no nested NORP); company names are tagged with their legal form and without angle brackets, tickers
("<F>", "<MAZT.T>") are not entities, "(USA)" inside "Mazda Motor Manufacturing (USA) Corp" is part of the
ORG; names of bodies keep their place names inside ("Rubber Research Institute of Malaysia", "Bank of
Thailand", "Securities Exchange of Thailand", "Copenhagen County Authority": one ORG each), and an
institute's name or acronym used in a rubber clone's name is still a mention ("Rubber Research Institute of
Sri Lanka clone 103", "RRIM 725"); the possessive 's is left out; INF, missiles (HY-2, SSN2, Styx), Value
Added Tax, currencies and the wire sign-off are not entities.
Countries: Reagan, Max Kampelman PERSON USA, the United States / "U.S." / Washington GPE USA, the White
House ORG USA (earlier sets), Gorbachev PERSON SUN, the Soviet Union GPE SUN, "Soviet" NORP SUN, Geneva GPE
CHE, Reykjavik and Iceland GPE ISL, Europe and Asia LOC null; the OECD (both forms) and the European
Community ORG null, "European" NORP null (earlier sets), Portugal PRT, Turkey TUR, Spain ESP, Greece GRC
(GPE), "Spanish" NORP ESP; Standard and Poor's Corp / "Standard and Poor's" / "S and P" ORG USA (the
dateline NEW YORK and U.S. dollars; the rating agency is American), the Kingdom of Denmark / Denmark GPE
DNK, Danish Oil and Natural Gas, Copenhagen County Authority and I/S Elsam ORG DNK; "Saudi" NORP SAU;
Autorama Inc / "Autorama" ORG JPN ("a distributor for Ford Motor Co in Japan", dateline TOKYO), Ford Motor
Co / "Ford" ORG USA, Mazda Motor Manufacturing (USA) Corp / MMUC ORG USA ("a wholly owned U.S. Subsidiary"),
Mazda Motor Corp / "Mazda" ORG JPN (the Tokyo ticker), Michigan GPE USA; Chee Kheng Hoy / "Chee" PERSON
MYS, the Rubber Research Institute of Malaysia / RRIM ORG MYS, "Malaysian" NORP MYS, Malaysia GPE MYS,
Reuters / "Reuter" ORG GBR (earlier sets), Sri Lanka GPE LKA, the Sri Lankan Rubber Research Institute,
the Rubber Research Institute of Sri Lanka, State Plantations Corp and Janatha Estates Development Board
ORG LKA, Indonesia GPE IDN; "Thai" NORP THA, the Bank of Thailand and the Securities Exchange of Thailand /
SET ORG THA; Iran and Tehran GPE IRN, the Strait of Hormuz and the Gulf LOC null (earlier sets), the New
York Times and CBS ORG USA, "Chinese" NORP CHN.

Judgement calls made here:
* 1290 (Reagan to offer an INF treaty, DCT Tue 1987-03-03, WASHINGTON): "the United States would offer a
  draft treaty ... at talks with the Soviet Union in Geneva tomorrow" is AGREE USA -> SUN on "offer" (an
  offer: PLOVER AGREE, as the earlier sets' offers made to a government), planned, 1987-03-04, Geneva, with
  "said" rule-3 attribution, and the "talks ... tomorrow" are a second record, CONSULT USA -> SUN planned
  1987-03-04 (a nominal with its own date, EVENTS.md 11). "he was summoning Ambassador Max Kampelman and
  the other top U.S. arms negotiators home for consultations later this week" is an internal recall (no
  type; "summoning" and "consultations" skipped), so "Reagan also said" is a STATEMENT (DCT, located in the
  White House briefing room). "He said they will then return to Geneva for detailed negotiations" is
  CONSULT USA -> the implied Soviet side, planned, undated ("then" gives no value; "return" skipped, "said"
  attribution). "Welcoming Soviet leader Mikhail Gorbachev's offer Saturday ..., Reagan said: ..." is one
  SUPPORT USA -> SUN on "Welcoming" (the saying is the act: "said:" not listed, EVENTS.md 1), DCT; the offer
  itself is AGREE SUN -> USA (implied), 1987-02-28 (past Saturday before Tue 3 March), asserted, place not
  stated; "Gorbachev's new offer Saturday ending the linkage" later is its later mention ("ending" its
  content; RETREAT SUN arguable). The quote "I have instructed our negotiators to begin presentation of our
  draft INF treaty text at Geneva tomoorrow," Reagan said' has an internal instruction as its main
  proposition, so "said" is a STATEMENT; "presentation" is a later mention of the U.S. offer with its own
  (misspelt) "tomoorrow" = 1987-03-04 ("instructed" and "begin" skipped). "The United States has been working
  closely with allies and friends in Europe and Asia to develop a proposed treaty" is CONSULT USA -> the
  allies (a group of countries: null IGO; COOPERATE arguable), undated (present perfect progressive, rule
  17), "the president said" attribution. "He said the treaty draft followed the formula" is a STATEMENT;
  inside it "the formula he agreed upon with Gorbachev at their summit meeting last October in Reykjavik" is
  AGREE USA -> SUN and the summit CONSULT USA -> SUN, both 1986-10 (month), Reykjavik; "when the Soviet
  leader insisted on linking approval of such a pact to agreement on long-range strategic missiles" is
  REQUEST SUN -> USA (implied), placed inside the summit (rule 3: 1986-10); "shelved" (passive, no agent)
  skipped. "the earlier Reagan-Gorbachev summit in Geneva in November 1985" is CONSULT USA -> SUN, 1985-11,
  Geneva (nominal with its own date). The verification remark ("Any agreement must be effectively
  verifiable": a position with no actor asked, EVENTS.md 2), "I remain firmly committed to these
  objectives" (a stance, not a promise to an actor; AGREE arguable) and the assessment of the new offer are
  STATEMENTs, DCT, WASHINGTON.
* 18994 (OECD on southern Europe, DCT Thu 1987-06-18 from published_at, dateline "PARIS, June 19"): the
  three OECD reporting clauses ("said", "said" in its semi-annual report, "forecast") are STATEMENTs, null
  IGO, DCT 1987-06-18, PARIS; the passive forecasts ("is seen", "was expected", "were expected", "was
  forecast") have no named agent and are content of the report, Spain's EC entry and Greece's VAT
  introduction background nominals, the growth figures statistics.
* 5425 (S&P downgrades Denmark, DCT Mon 1987-03-16, NEW YORK): "Standard and Poor's Corp said it downgraded
  ... the Kingdom of Denmark's long-term external debt" is SANCTION USA BUS -> DNK GOV (a credit-rating
  downgrade, coded SANCTION as 4b and 12617; debatable), undated (rule 17), "said" rule-3 attribution.
  "S and P cited Denmark's weakened external competitiveness" ("saying" its participial elaboration), "S and
  P pointed out", "Standard and Poor's said that while it expects ..." and "S and P said its downgrade did
  not affect the ... short-term debt rating" are STATEMENTs, DCT, NEW YORK; "The action" and "its downgrade"
  are anaphoric; the ratings of Copenhagen County Authority and I/S Elsam "were affirmed" (an implied S and
  P keeping a rating: no adverse action, no type; STATEMENT arguable) is skipped.
* 17204 (Saudi riyal deposits, DCT Sun 1987-04-26, BAHRAIN): both "said" are dealers' (anonymous); banks
  in the kingdom offering deposits is market activity by unnamed banks; rate moves are market prices. No
  event.
* 287 (Autorama may import Mazda's U.S.-made cars, DCT Mon 1987-03-02, TOKYO): "Autorama Inc, a distributor
  for Ford Motor Co in Japan, is considering importing cars made by Mazda Motor Manufacturing (USA) Corp"
  is COOPERATE JPN BUS -> USA BUS on "importing" (a purchase between two named companies, merely
  considered: hypothetical, as 53a's "may buy"), undated, "an Autorama spokesman said" rule-3 attribution.
  Mazda's start of production at the Michigan plant has no type, and "between 60 and 70 pct will go to
  Ford" (the plant's output allocation, a standing supply arrangement; COOPERATE Mazda -> Ford planned
  arguable) is skipped.
* 3438 (rubber leaf disease, DCT Mon 1987-03-09 from published_at, dateline "KUALA LUMPUR, March 10"): "a
  Malaysian rubber disease researcher said" is the same person as Chee Kheng Hoy of the Rubber Research
  Institute of Malaysia named in the next sentence (identifiable; a state research institute: MYS GOV); his
  eight reporting clauses ("said", "told Reuters", "Chee said" twice, "he said" twice, "he added", "He
  added") are STATEMENTs (forecasts and advice with no actor asked: "further use of such clones must be
  discontinued"), DCT 1987-03-09, KUALA LUMPUR; "He was commenting on" is the same speech act (skipped).
  "a Reuter report which said corenes pora had hit seven pct of Sri Lanka's plantations" is a STATEMENT
  by Reuters (GBR ORG; a report by a named author, EVENTS.md 4), undated (an earlier report with no time
  expression of its own); "The report said the Sri Lankan Rubber Research Institute may ask estates to
  remove trees" is REQUEST LKA GOV -> the estates (LKA BUS), hypothetical ("may ask"), undated, "said"
  attribution; "and added that most estates affected belong to the State Plantations Corp and ..." is a
  second STATEMENT by the report, undated. The discontinued planting, fungicide use and monitoring are
  content (domestic practice, no type).
* 6352 (Thai banks weigh a rate cut, DCT Wed 1987-03-18, BANGKOK): every "said" is by banking sources,
  bankers, brokers or analysts (anonymous, skipped). "Officials of five Thai commercial banks are expected
  to meet tomorrow to seek agreement on cutting interest rates" is still coded (the actors are identified
  by kind and country, as 53a's purchases reported by trade sources): CONSULT THA BUS -> the other banks
  (implied THA BUS; a meeting between several banks, not one body's internal meeting), planned,
  1987-03-19. The six banks' rate cuts on February 16 are domestic price policy reported by anonymous
  sources (skipped); "Many bankers have been urging" has unidentified actors and no named target
  (skipped). "The Bank of Thailand estimated overall lending ... grew 3.8 pct in 1986" is a STATEMENT
  (statistics release by a named body, as 53a's USDA "estimated"), DCT, BANGKOK. The permission the Bank
  of Thailand may not extend is a condition in bankers' talk; the stock-market moves are market prices.
* 5154 (Iran's missiles near the Gulf, DCT Sat 1987-03-14 from published_at, dateline "NEW YORK, March
  15"): "Iran has deployed about six large missiles near the Strait of Hormuz ..., the New York Times said"
  is MOBILIZE IRN (a deployment short of force), actor2 null, undated (present perfect, rule 17), located
  near the Strait of Hormuz, "said" rule-3 attribution; "It said the missiles had been deployed at two
  sites" and CBS's "Iran had installed new missiles along the Gulf" are later mentions (the same
  deployment), with "said" and "reported on Friday" as attribution ("on Friday" dates CBS's report, not
  the installation). "The paper quoted U.S. Intelligence sources as saying ..." and "quoted a naval analyst
  as saying ..." are STATEMENTs by the paper (USA ORG, its own reporting clauses; the quoted sources are
  anonymous, "saying" skipped, with the hypothetical sinking and blocking inside), DCT, NEW YORK; so are
  "..., the paper said" and "None of the new missiles had been fired yet, it added" (a firing with no
  target: no negated ASSAULT coded, "fired" skipped; ASSAULT negated arguable). "and said Washington had
  warned Tehran not to use them against civilian shipping" is THREATEN USA GOV -> IRN GOV (a warning,
  rule 2), relayed by CBS in the pluperfect: undated (sets 15-16's relayed "threatened"; 1987-03-13 from
  "reported on Friday" arguable), CBS's "said" rule-3 attribution. "the threat to shipping" is a nominal
  with no threatening act (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind67b.jsonl"

WAS = ("WASHINGTON", "USA")
PAR = ("PARIS", "FRA")
NYC = ("NEW YORK", "USA")
KL = ("KUALA LUMPUR", "MYS")
BKK = ("BANGKOK", "THA")
GENEVA_TXT = ("Geneva", "CHE")
REYK_TXT = ("Reykjavik", "ISL")
WH_TXT = ("White House", "USA")
HORMUZ_TXT = ("Strait of Hormuz", None)
GULF_TXT = ("Gulf", None)

USA_GOV = "USA", "GOV"
SUN_GOV = "SUN", "GOV"
IGO = None, "IGO"
USA_BUS = "USA", "BUS"
JPN_BUS = "JPN", "BUS"
MYS_GOV = "MYS", "GOV"
LKA_GOV = "LKA", "GOV"
GBR_ORG = "GBR", "ORG"
THA_GOV = "THA", "GOV"
THA_BUS = "THA", "BUS"
USA_ORG = "USA", "ORG"
IRN_GOV = "IRN", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1290": {
        "events": [
            # 0
            ("AGREE", "offer", ("the United States",) + USA_GOV, ("the Soviet Union",) + SUN_GOV, GENEVA_TXT,
             "1987-03-04", "day", "tomorrow", "planned", None,
             "the United States would offer a draft INF treaty to the Soviet Union at the Geneva talks tomorrow "
             "(an offer: PLOVER AGREE, as 'an offer made to Kuwait'); 'tomorrow' from Tue 1987-03-03; 'said' "
             "rule-3 attribution"),
            # 1
            ("CONSULT", "talks", ("the United States",) + USA_GOV, ("the Soviet Union",) + SUN_GOV, GENEVA_TXT,
             "1987-03-04", "day", "tomorrow", "planned", None,
             "the talks with the Soviet Union in Geneva tomorrow (a nominal with its own date, EVENTS.md 11); the "
             "session at which the offer is made"),
            # 2
            ("STATEMENT", ("said", "Reagan also"), (("Reagan", "Reagan also"),) + USA_GOV, None, WH_TXT,
             "1987-03-03", "day", None, "asserted", None,
             "he was summoning Kampelman and the other U.S. negotiators home for consultations (an internal "
             "recall of his own negotiators: no type), so the reporting clause is a STATEMENT; DCT; located in "
             "the White House briefing room"),
            # 3
            ("CONSULT", "negotiations", (("they", "He said they"),) + USA_GOV, (None,) + SUN_GOV, GENEVA_TXT,
             None, "unknown", None, "planned", None,
             "the negotiators will then return to Geneva for detailed negotiations on the arms pact (with the "
             "implied Soviet side); 'then' (after consultations later this week) gives no value: undated; "
             "'He said' rule-3 attribution, 'return' skipped"),
            # 4
            ("SUPPORT", "Welcoming", (("Reagan", "Reagan said:"),) + USA_GOV, ("Mikhail Gorbachev",) + SUN_GOV, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "Reagan welcomed Gorbachev's offer ('This removes a serious obstacle ...'): verbal support of another "
             "actor; the saying is the act (EVENTS.md 1: 'Reagan said:' not listed); DCT, dateline city"),
            # 5
            ("AGREE", ("offer", "Gorbachev's offer"), ("Mikhail Gorbachev",) + SUN_GOV, (None,) + USA_GOV, None,
             "1987-02-28", "day", "Saturday", "asserted", None,
             "Gorbachev's offer Saturday to proceed with an INF treaty separately (an offer to the U.S.: AGREE; a "
             "nominal with its own date, EVENTS.md 11); past Saturday before Tue 1987-03-03 = 1987-02-28; place "
             "not stated"),
            # 6
            ("STATEMENT", ("said", "tomoorrow"), (("Reagan", "tomoorrow"),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "'I have instructed our negotiators to begin presentation ...' (the main proposition is an internal "
             "instruction to his own negotiators: no type), so the reporting clause is a STATEMENT; DCT"),
            # 7
            ("AGREE", "presentation", ("our negotiators",) + USA_GOV, (None,) + SUN_GOV, GENEVA_TXT,
             "1987-03-04", "day", "tomoorrow", "planned", 0,
             "presentation of the U.S. draft INF treaty text at Geneva tomorrow: a later mention of the offer "
             "(e1) in another clause, with its own (misspelt) 'tomoorrow' = 1987-03-04"),
            # 8
            ("STATEMENT", ("said", "He said he wanted"), (("He", "He said he wanted"),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "verification is the most important remaining issue; any agreement must be verifiable (a negotiating "
             "position with no actor asked: STATEMENT, EVENTS.md 2); DCT"),
            # 9
            ("CONSULT", "working", ("The United States",) + USA_GOV, ("allies and friends",) + IGO, None,
             None, "unknown", None, "asserted", None,
             "the U.S. has been working closely with allies and friends in Europe and Asia to develop the draft "
             "treaty (diplomatic consultation with a group of countries: null; COOPERATE arguable); present "
             "perfect progressive, no time expression: undated (rule 17); 'the president said' rule-3 attribution"),
            # 10
            ("STATEMENT", ("said", "He said the treaty"), (("He", "He said the treaty"),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "the treaty draft followed the Reykjavik formula (a stative assessment); DCT"),
            # 11
            ("AGREE", "agreed upon", (("he", "formula he"),) + USA_GOV, (("Gorbachev", "agreed upon with"),) + SUN_GOV,
             REYK_TXT, "1986-10", "month", "last October", "asserted", None,
             "the formula he agreed upon with Gorbachev at their summit last October in Reykjavik (a relative "
             "clause with its own predication); 'last October' in March 1987 = 1986-10"),
            # 12
            ("CONSULT", ("summit", "their summit"), (("he", "formula he"),) + USA_GOV,
             (("Gorbachev", "agreed upon with"),) + SUN_GOV, REYK_TXT, "1986-10", "month", "last October", "asserted",
             None,
             "their summit meeting last October in Reykjavik, Iceland (a nominal with its own date and place, "
             "EVENTS.md 11; a meeting in a third country, the grammatical subject's side first)"),
            # 13
            ("REQUEST", "insisted", (("the Soviet leader", "shelved when"),) + SUN_GOV, (None,) + USA_GOV, REYK_TXT,
             "1986-10", "month", "last October", "asserted", None,
             "the Soviet leader insisted on linking approval of an INF pact to agreement on strategic missiles and "
             "missile defence (a demand on the U.S.); placed inside the Reykjavik summit (rule 3: 1986-10)"),
            # 14
            ("STATEMENT", ("said", 'objectives,"'), (("he", 'objectives,"'),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "'I remain firmly committed to these objectives' (a stance on the objectives, not a promise to an "
             "actor; AGREE arguable); DCT"),
            # 15
            ("STATEMENT", ("said", "He said Gorbachev's"), (("He", "He said Gorbachev's"),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "Gorbachev's new offer removed a major barrier and was consistent with the Soviet position at the "
             "1985 summit (assessment); DCT"),
            # 16
            ("AGREE", ("offer", "new offer"), (("Gorbachev", "He said Gorbachev's"),) + SUN_GOV, (None,) + USA_GOV,
             None, "1987-02-28", "day", "Saturday", "asserted", 5,
             "Gorbachev's new offer Saturday ending the linkage: later mention of e6 (same 'Saturday' = "
             "1987-02-28)"),
            # 17
            ("CONSULT", ("summit", "Reagan-Gorbachev"), (("Reagan", "earlier Reagan"),) + USA_GOV,
             (("Gorbachev", "Reagan-Gorbachev"),) + SUN_GOV, GENEVA_TXT, "1985-11", "month", "November 1985",
             "asserted", None,
             "the earlier Reagan-Gorbachev summit in Geneva in November 1985 (a nominal with its own date and "
             "place, EVENTS.md 11; first-named Reagan first)"),
        ],
        "skip": [
            (("said", "President Reagan"), "rule-3 attribution (the offer is the event)"),
            ("appearance", "part of the reporting clause (televised appearance)"),
            ("summoning", "internal recall of his own negotiators for consultations (no type)"),
            ("consultations", "internal consultations within the U.S. government (internal meeting of a single "
                              "body)"),
            (("said", "He said they"), "rule-3 attribution (the negotiations are the event)"),
            ("return", "movement to the negotiations (coded on 'negotiations')"),
            ("proceed", "content of the offer"),
            ("removes", "content of the support (assessment)"),
            ("seize", "content of the quote"),
            ("instructed", "internal instruction to his own negotiators (no type)"),
            (("begin", "negotiators to"), "part of the presentation (coded on 'presentation')"),
            ("stress", "part of the reporting clause"),
            ("resolved", "content of the statement"),
            (("negotiations", "resolved in the"), "background nominal (the ongoing INF negotiations)"),
            (("agreement", "Any"), "hypothetical content of the statement"),
            ("develop", "purpose of the consultation (content)"),
            (("said", "eventual elimination"), "rule-3 attribution (the consultation with allies is the event)"),
            ("followed", "stative (content of the statement)"),
            ("shelved", "passive result with no agent (content; RETREAT arguable)"),
            ("linking", "content of the demand"),
            ("approval", "content of the demand"),
            (("agreement", "approval of such a pact to"), "content of the demand"),
            ("committed", "a stance on objectives, not a promise to an actor (AGREE arguable)"),
            ("ending", "content of the offer (RETREAT SUN arguable)"),
            ("removed", "stative assessment (content of the statement)"),
            ("position", "background nominal (the Soviet position at the 1985 summit)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("Geneva", "GPE", "CHE"),
            (("Reagan", "Reagan also"), "PERSON", "USA"),
            ("White House", "ORG", "USA"),
            ("Max Kampelman", "PERSON", "USA"),
            (("U.S.", "other top"), "GPE", "USA"),
            (("Geneva", "return to"), "GPE", "CHE"),
            (("Soviet", "Welcoming"), "NORP", "SUN"),
            ("Mikhail Gorbachev", "PERSON", "SUN"),
            (("Reagan", "Reagan said:"), "PERSON", "USA"),
            (("Geneva", "treaty text at"), "GPE", "CHE"),
            (("Reagan", "tomoorrow"), "PERSON", "USA"),
            (("U.S.", "medium-range U.S."), "GPE", "USA"),
            (("Soviet", "medium-range U.S."), "NORP", "SUN"),
            (("United States", "verifiable"), "GPE", "USA"),
            ("Europe", "LOC", None),
            ("Asia", "LOC", None),
            (("Gorbachev", "agreed upon with"), "PERSON", "SUN"),
            ("Reykjavik", "GPE", "ISL"),
            ("Iceland", "GPE", "ISL"),
            (("Soviet", "shelved when"), "NORP", "SUN"),
            (("Gorbachev", "He said Gorbachev's"), "PERSON", "SUN"),
            (("Soviet", "consistent with"), "NORP", "SUN"),
            (("Reagan", "earlier Reagan"), "PERSON", "USA"),
            (("Gorbachev", "Reagan-Gorbachev"), "PERSON", "SUN"),
            (("Geneva", "Reagan-Gorbachev"), "GPE", "CHE"),
        ],
    },
    "reuters21578-18994": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Organisation for Economic Cooperation and Development",) + IGO, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "the OECD's assessment of southern European demand growth (a report release); DCT from published_at "
             "(1987-06-18), not the dateline's June 19; dateline city"),
            # 1
            ("STATEMENT", ("said", "the OECD said"), ("the OECD",) + IGO, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "in its semi-annual report: forecast of Portugal's domestic demand growth; DCT"),
            # 2
            ("STATEMENT", "forecast", ("The OECD",) + IGO, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "forecast that Spanish imports would rise sharply next year ('next year' dates the rise, not the "
             "forecast); DCT"),
        ],
        "skip": [
            ("seen", "passive forecast with no named agent (content of the OECD statement)"),
            ("report", "part of the reporting clause (the semi-annual report)"),
            ("decline", "content of the forecast"),
            ("restrained", "content of the forecast"),
            ("grew", "statistics (Turkey's 1986 growth, content of the report)"),
            ("surged", "statistics"),
            (("expected", "this growth was"), "passive forecast with no named agent (content of the report)"),
            ("halved", "content of the forecast"),
            (("expected", "fixed investment and private"), "passive forecast with no named agent (content of the "
                                                             "report)"),
            (("expected", "faster than"), "stative comparison (statistics)"),
            (("rise", "Spanish imports would"), "content of the forecast"),
            ("entry", "background nominal (Spain's EC entry, no predication)"),
            (("forecast", "inflation was"), "passive forecast with no named agent (content of the report)"),
            ("introduction", "background nominal (domestic tax measure)"),
        ],
        "entities": [
            ("European", "NORP", None),
            ("Organisation for Economic Cooperation and Development", "ORG", None),
            ("OECD", "ORG", None),
            ("Portugal", "GPE", "PRT"),
            ("Turkey", "GPE", "TUR"),
            ("Spain", "GPE", "ESP"),
            (("OECD", "The OECD forecast"), "ORG", None),
            ("Spanish", "NORP", "ESP"),
            ("European Community", "ORG", None),
            ("Greece", "GPE", "GRC"),
        ],
    },
    "reuters21578-5425": {
        "events": [
            # 0
            ("SANCTION", "downgraded", ("Standard and Poor's Corp",) + USA_BUS,
             ("the Kingdom of Denmark",) + ("DNK", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "credit-rating downgrade of Denmark's long-term external debt (coded SANCTION as 4b and 12617; "
             "debatable); a non-speech event with no time expression: undated (rule 17); 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", "cited", ("S and P",) + USA_BUS, None, NYC,
             "1987-03-16", "day", None, "asserted", None,
             "the reasons for the downgrade (Denmark's weakened competitiveness; 'saying' its participial "
             "elaboration, EVENTS.md 3); DCT, dateline city"),
            # 2
            ("STATEMENT", "pointed out", (("S and P", "1983,"),) + USA_BUS, None, NYC,
             "1987-03-16", "day", None, "asserted", None, "net foreign debt statistics; DCT"),
            # 3
            ("STATEMENT", ("said", "Standard and Poor's said"), (("Standard and Poor's", "1983"),) + USA_BUS, None,
             NYC, "1987-03-16", "day", None, "asserted", None,
             "expects lower imports but rising labour costs to weaken competitiveness (forecast); DCT"),
            # 4
            ("STATEMENT", ("said", "However, S and P"), (("S and P", "However,"),) + USA_BUS, None, NYC,
             "1987-03-16", "day", None, "asserted", None,
             "the downgrade did not affect the short-term rating of Denmark or Danish Oil and Natural Gas (no "
             "action: the ratings left unchanged); DCT"),
        ],
        "skip": [
            (("said", "Poor's Corp said"), "rule-3 attribution (the downgrade is the event)"),
            ("action", "anaphoric nominal (the downgrade)"),
            ("affects", "stative (amount of debt affected)"),
            ("saying", "participial elaboration of 'cited' (EVENTS.md 3)"),
            ("contributed", "content of the statement"),
            ("increased", "statistics"),
            ("expects", "content of the statement (forecast)"),
            (("weaken", "further"), "content of the statement"),
            (("downgrade", "its downgrade"), "anaphoric nominal (the downgrade)"),
            (("affect", "did not"), "content of the statement (negated effect)"),
            ("affirmed", "ratings affirmed by an implied S and P (no adverse action, no type; STATEMENT arguable)"),
        ],
        "entities": [
            ("Standard and Poor's Corp", "ORG", "USA"),
            ("Kingdom of Denmark", "GPE", "DNK"),
            ("U.S.", "GPE", "USA"),
            ("S and P", "ORG", "USA"),
            (("Denmark", "S and P cited"), "GPE", "DNK"),
            (("S and P", "1983,"), "ORG", "USA"),
            (("Standard and Poor's", "1983"), "ORG", "USA"),
            (("Denmark", "further weaken"), "GPE", "DNK"),
            (("S and P", "However,"), "ORG", "USA"),
            (("Denmark", "rating of"), "GPE", "DNK"),
            ("Danish Oil and Natural Gas", "ORG", "DNK"),
            ("Copenhagen County Authority", "ORG", "DNK"),
            ("I/S Elsam", "ORG", "DNK"),
        ],
    },
    "reuters21578-17204": {
        "events": [],
        "skip": [
            (("said", "dealers"), "anonymous-source talk (dealers)"),
            (("said", "They said"), "anonymous-source talk (dealers)"),
            ("offered", "market activity by unnamed banks (content of anonymous talk)"),
            ("rise", "market-price movement"),
            ("eased", "market-price movement"),
            ("declined", "market-price movement"),
        ],
        "entities": [
            ("Saudi", "NORP", "SAU"),
            ("European", "NORP", None),
        ],
    },
    "reuters21578-287": {
        "events": [
            # 0
            ("COOPERATE", "importing", ("Autorama Inc",) + JPN_BUS,
             ("Mazda Motor Manufacturing (USA) Corp",) + USA_BUS, None,
             None, "unknown", None, "hypothetical", None,
             "Autorama, Ford's distributor in Japan, is considering importing cars made by Mazda's U.S. "
             "subsidiary (a considered purchase between two named companies: hypothetical, as 53a's 'may buy'); "
             "no time expression: undated; 'an Autorama spokesman said' rule-3 attribution"),
        ],
        "skip": [
            (("said", "spokesman"), "rule-3 attribution (the considered import is the event)"),
            ("owned", "stative (ownership)"),
            ("production", "start of manufacturing (no type)"),
            (("go", "will go"), "allocation of the plant's output to Ford (standing supply arrangement; COOPERATE "
                                "Mazda -> Ford planned arguable)"),
        ],
        "entities": [
            ("Autorama Inc", "ORG", "JPN"),
            ("Ford Motor Co", "ORG", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Mazda Motor Manufacturing (USA) Corp", "ORG", "USA"),
            ("MMUC", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Mazda Motor Corp", "ORG", "JPN"),
            (("Autorama", "an Autorama"), "ORG", "JPN"),
            (("Mazda", "spokesman said"), "ORG", "JPN"),
            (("Ford", "owned 24 pct by"), "ORG", "USA"),
            ("Michigan", "GPE", "USA"),
            (("Ford", "will go to"), "ORG", "USA"),
            (("Mazda", "the rest to"), "ORG", "JPN"),
            (("U.S.", "own U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-3438": {
        "events": [
            # 0
            ("STATEMENT", ("said", "researcher"), ("a Malaysian rubber disease researcher",) + MYS_GOV, None, KL,
             "1987-03-09", "day", None, "asserted", None,
             "forecast that the disease will cut supply and push up prices; the researcher is Chee of the state "
             "Rubber Research Institute of Malaysia (named in the next sentence: identifiable); DCT from "
             "published_at (1987-03-09), not the dateline's March 10; dateline city"),
            # 1
            ("STATEMENT", "told", ("Chee Kheng Hoy",) + MYS_GOV, None, KL,
             "1987-03-09", "day", None, "asserted", None,
             "affected trees must be felled (advice with no actor asked); DCT"),
            # 2
            ("STATEMENT", ("said", "report which"), (("Reuter", "a Reuter report"),) + GBR_ORG, None, None,
             None, "unknown", None, "asserted", None,
             "an earlier Reuter report said the disease had hit seven pct of Sri Lanka's plantations (a report by a "
             "named author, EVENTS.md 4); no time expression of its own, earlier than the story: undated"),
            # 3
            ("REQUEST", "ask", ("the Sri Lankan Rubber Research Institute",) + LKA_GOV,
             (("estates", "may ask"), "LKA", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "the Sri Lankan institute may ask estates to remove affected trees (a considered request: "
             "hypothetical); undated; 'The report said' rule-3 attribution"),
            # 4
            ("STATEMENT", ("added", "disease and"), (("The report", "The report said"),) + GBR_ORG, None, None,
             None, "unknown", None, "asserted", None,
             "the report added that most affected estates belong to two state bodies (stative); the report is "
             "undated (as e3)"),
            # 5
            ("STATEMENT", ("said", "Chee said corenes pora is"), (("Chee", "Chee said corenes pora is"),) + MYS_GOV,
             None, KL, "1987-03-09", "day", None, "asserted", None,
             "an old disease; further use of such clones must be discontinued (advice with no actor asked, "
             "EVENTS.md 2); DCT"),
            # 6
            ("STATEMENT", ("said", "PR 265"), (("he", "PR 265"),) + MYS_GOV, None, KL,
             "1987-03-09", "day", None, "asserted", None, "list of non-resistant clones; DCT"),
            # 7
            ("STATEMENT", ("said", "Chee said corenes pora affected"),
             (("Chee", "Chee said corenes pora affected"),) + MYS_GOV, None, KL,
             "1987-03-09", "day", None, "asserted", None, "the disease was curbed in Malaysia; DCT"),
            # 8
            ("STATEMENT", ("added", "expensive,"), (("he", "expensive,"),) + MYS_GOV, None, KL,
             "1987-03-09", "day", None, "asserted", None, "fungicide is uneconomical; DCT"),
            # 9
            ("STATEMENT", ("said", "prices can rise"), (("he", "prices can rise"),) + MYS_GOV, None, KL,
             "1987-03-09", "day", None, "asserted", None, "the disease is difficult to control (forecast); DCT"),
            # 10
            ("STATEMENT", ("added", "He added"), (("He", "He added"),) + MYS_GOV, None, KL,
             "1987-03-09", "day", None, "asserted", None,
             "the RRIM is aware of the outbreak and monitoring it (no type); DCT"),
        ],
        "skip": [
            ("force", "content of the statement"),
            ("push up", "content of the statement"),
            ("felled", "content of the statement"),
            ("commenting", "the same speech act (context of his remarks)"),
            (("report", "a Reuter"), "part of the reporting clause (the Reuter report)"),
            (("hit", "pora had"), "content of the report (disease, no actor)"),
            (("said", "The report said"), "rule-3 attribution (the considered request is the event)"),
            ("remove", "content of the request"),
            ("belong", "stative"),
            (("discontinued", "must be"), "content of the statement"),
            (("curbed", "had been"), "content of the statement"),
            (("discontinued", "clones were"), "content of the statement (domestic planting practice)"),
            (("used", "Fungicide may be"), "content of the statement"),
            (("curbed", "If it is not"), "condition (content of the quote)"),
            ("monitoring", "content of the statement (domestic monitoring, no type)"),
        ],
        "entities": [
            ("Sri Lanka", "GPE", "LKA"),
            ("Indonesia", "GPE", "IDN"),
            ("Malaysian", "NORP", "MYS"),
            ("Chee Kheng Hoy", "PERSON", "MYS"),
            ("Rubber Research Institute of Malaysia", "ORG", "MYS"),
            ("RRIM", "ORG", "MYS"),
            ("Reuters", "ORG", "GBR"),
            (("Reuter", "a Reuter report"), "ORG", "GBR"),
            (("Sri Lanka", "seven pct of"), "GPE", "LKA"),
            ("Sri Lankan Rubber Research Institute", "ORG", "LKA"),
            ("State Plantations Corp", "ORG", "LKA"),
            ("Janatha Estates Development Board", "ORG", "LKA"),
            (("Chee", "Chee said corenes pora is"), "PERSON", "MYS"),
            (("Sri Lanka", "certain rubber clones"), "GPE", "LKA"),
            (("Indonesia", "certain rubber clones"), "GPE", "IDN"),
            ("Rubber Research Institute of Sri Lanka", "ORG", "LKA"),
            (("Indonesia", "Indonesia's PPN"), "GPE", "IDN"),
            (("Malaysia", "and Malaysia's"), "GPE", "MYS"),
            (("RRIM", "Malaysia's RRIM"), "ORG", "MYS"),
            (("Chee", "Chee said corenes pora affected"), "PERSON", "MYS"),
            (("RRIM", "from the RRIM"), "ORG", "MYS"),
            (("Malaysia", "planted in"), "GPE", "MYS"),
            (("RRIM", "the RRIM was"), "ORG", "MYS"),
            (("Sri Lanka", "outbreak in"), "GPE", "LKA"),
        ],
    },
    "reuters21578-6352": {
        "events": [
            # 0
            ("CONSULT", "meet", ("Officials of five Thai commercial banks",) + THA_BUS, (None,) + THA_BUS, None,
             "1987-03-19", "day", "tomorrow", "planned", None,
             "officials of five Thai commercial banks are expected to meet tomorrow to seek agreement on rate cuts "
             "(a meeting between several banks, not one body's internal meeting; the other banks implied); "
             "'tomorrow' from Wed 1987-03-18; 'banking sources said' anonymous (the meeting itself is reported, as "
             "53a's purchases)"),
            # 1
            ("STATEMENT", "estimated", ("The Bank of Thailand",) + THA_GOV, None, BKK,
             "1987-03-18", "day", None, "asserted", None,
             "estimate of 1986 lending growth (statistics release by a named body, as 53a's USDA 'estimated'); DCT, "
             "dateline city"),
        ],
        "skip": [
            (("expected", "are expected to"), "part of the planned meeting (modal)"),
            (("agreement", "seek"), "purpose of the meeting (content)"),
            ("cutting", "content (domestic rate policy)"),
            (("said", "banking sources"), "anonymous-source talk (banking sources)"),
            (("said", "They said they"), "anonymous-source talk (banking sources)"),
            (("expect", "they expect"), "content of anonymous talk"),
            ("opt", "content of anonymous talk (domestic rate policy)"),
            ("spur", "purpose clause"),
            ("urging", "unidentified bankers urging rate cuts with no named target (content of anonymous talk)"),
            (("said", "lending rates, they"), "anonymous-source talk (banking sources)"),
            ("reduced", "rate cuts by banks (domestic price policy; content of anonymous talk)"),
            (("said", "the sources"), "anonymous-source talk (banking sources)"),
            ("hitting", "stative (economic condition)"),
            (("fell", "Profits"), "statistics"),
            (("said", "Bankers said the Thai"), "anonymous-source talk (bankers)"),
            ("grew", "statistics (content of the estimate)"),
            ("Reports", "anonymous reports (no identified speaker)"),
            ("buoyed", "market-price movement"),
            ("recorded", "market-price movement"),
            (("said", "market analysts"), "anonymous-source talk (brokers and analysts)"),
            (("said", "foreign bankers"), "anonymous-source talk (bankers)"),
            (("extend", "does not"), "condition (content of anonymous talk)"),
            (("extended", "is not"), "condition"),
            (("reduce", "will have to"), "conditional content"),
            (("said", "Bankers said such"), "anonymous-source talk (bankers)"),
        ],
        "entities": [
            ("Thai", "NORP", "THA"),
            (("Thai", "expect Thai"), "NORP", "THA"),
            (("Thai", "Six major"), "NORP", "THA"),
            (("Thai", "Bankers said the"), "NORP", "THA"),
            (("Thai", "Profits of many"), "NORP", "THA"),
            ("Bank of Thailand", "ORG", "THA"),
            (("Thai", "lending by the"), "NORP", "THA"),
            (("Thai", "further buoyed the"), "NORP", "THA"),
            ("Securities Exchange of Thailand", "ORG", "THA"),
            ("SET", "ORG", "THA"),
            (("Thai", "analysts said"), "NORP", "THA"),
            (("Thai", "Thai and foreign"), "NORP", "THA"),
            (("Bank of Thailand", "if the"), "ORG", "THA"),
        ],
    },
    "reuters21578-5154": {
        "events": [
            # 0
            ("MOBILIZE", "deployed", ("Iran",) + IRN_GOV, None, HORMUZ_TXT,
             None, "unknown", None, "asserted", None,
             "Iran has deployed about six large missiles near the Strait of Hormuz (a military deployment short of "
             "force); present perfect, no time expression: undated (rule 17); 'the New York Times said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", "quoted", ("The paper",) + USA_ORG, None, NYC,
             "1987-03-14", "day", None, "asserted", None,
             "the paper quoted U.S. intelligence sources on the missiles' Chinese design (the newspaper's reporting "
             "clause; the quoted sources are anonymous, 'saying' skipped); DCT from published_at (1987-03-14), not "
             "the dateline's March 15; dateline city"),
            # 2
            ("MOBILIZE", ("deployed", "had been"), (None,) + IRN_GOV, None, None,
             None, "unknown", None, "asserted", 0,
             "the missiles had been deployed at two sites: later mention of e1 (Iran implied); 'It said' rule-3 "
             "attribution"),
            # 3
            ("STATEMENT", ("quoted", "two sites and"), (("It", "It said the missiles"),) + USA_ORG, None, NYC,
             "1987-03-14", "day", None, "asserted", None,
             "the paper quoted a naval analyst on what the missiles could do (anonymous analyst: 'saying' "
             "skipped); DCT"),
            # 4
            ("STATEMENT", ("said", "lucky hit, the paper"), (("the paper", "lucky hit,"),) + USA_ORG, None, NYC,
             "1987-03-14", "day", None, "asserted", None, "Iran's current missiles are much weaker; DCT"),
            # 5
            ("STATEMENT", "added", (("it", "yet,"),) + USA_ORG, None, NYC,
             "1987-03-14", "day", None, "asserted", None,
             "none of the new missiles has been fired yet (a firing with no target: no negated ASSAULT coded); DCT"),
            # 6
            ("MOBILIZE", "installed", (("Iran", "reported on Friday that"),) + IRN_GOV, None, GULF_TXT,
             None, "unknown", None, "asserted", 0,
             "CBS: Iran had installed new missiles along the Gulf: later mention of e1 (the same deployment as "
             "reported by CBS); 'reported on Friday' rule-3 attribution ('on Friday' dates the report, not the "
             "installation)"),
            # 7
            ("THREATEN", "warned", ("Washington",) + USA_GOV, ("Tehran",) + IRN_GOV, None,
             None, "unknown", None, "asserted", None,
             "Washington had warned Tehran not to use the missiles against civilian shipping (a warning: rule 2 "
             "THREATEN); relayed by CBS in a pluperfect with no time expression of its own: undated (15-16's "
             "relayed 'threatened'; 1987-03-13 from 'reported on Friday' arguable); CBS's 'said' rule-3 "
             "attribution"),
        ],
        "skip": [
            (("said", "New York Times"), "rule-3 attribution (the deployment is the event)"),
            ("threat", "nominal (the missiles' threat to shipping; no threatening act)"),
            ("increase", "stative (content)"),
            (("saying", "Intelligence sources as"), "anonymous-source talk (U.S. intelligence sources)"),
            ("appeared", "content of anonymous talk"),
            ("based", "stative"),
            (("said", "It said the missiles"), "rule-3 attribution (the deployment is the event)"),
            (("saying", "naval analyst as"), "anonymous-source talk (a naval analyst)"),
            (("used", "could be"), "hypothetical content of anonymous talk"),
            (("sink", "used to"), "hypothetical content of anonymous talk (ASSAULT)"),
            (("block", "supertanker and"), "hypothetical content of anonymous talk (COERCE)"),
            (("used", "Missiles now"), "stative (Iran's current missiles)"),
            (("sink", "could sink"), "hypothetical content of the statement"),
            ("fired", "negated firing with no target (content of the statement; ASSAULT negated arguable)"),
            ("reported", "rule-3 attribution (CBS; the installation is the event)"),
            (("said", "and said Washington"), "rule-3 attribution (CBS; the warning is the event)"),
            (("use", "not to use"), "content of the warning"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            ("Strait of Hormuz", "LOC", None),
            ("Gulf", "LOC", None),
            ("New York Times", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Chinese", "NORP", "CHN"),
            ("Soviet", "NORP", "SUN"),
            (("Strait of Hormuz", "block the"), "LOC", None),
            (("Iran", "now used by"), "GPE", "IRN"),
            ("CBS", "ORG", "USA"),
            (("Iran", "reported on Friday that"), "GPE", "IRN"),
            (("Gulf", "along the"), "LOC", None),
            ("Washington", "GPE", "USA"),
            ("Tehran", "GPE", "IRN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
