"""Build ``own_blind59b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind59b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2258 left); 24 drawn with random.Random(59101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
43 event records (41 first mentions, 2 later mentions), 99 not_annotated spans, 86 entity mentions
(ORG 36, PERSON 20, GPE 19, NORP 9, LOC 2); no article without events; 15874 (USDA estimates of EC crops) has
reporting-clause STATEMENTs only.
Types: STATEMENT 18, REQUEST 6, CONSULT 6, REJECT 6, AID 3, RETREAT 2, AGREE 1, COOPERATE 1; modality: asserted
39, planned 3, hypothetical 1; precision: day 30, unknown 8, month 4, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles and styles are not part of a PERSON span ("Gov. Henry Bellmon", "President Reagan", "Energy
Secretary John Herrington", "Colombian finance minister Cesar Gaviria": the PERSON only, with NORP
"Colombian"; "Sir Peter Walters" gives PERSON "Peter Walters", "Sir" left out as in earlier sets; "Senate
Democratic leader Robert Byrd": "Senate" ORG, "Democratic" NORP USA, the PERSON, as 21b); company names are
tagged with their legal form and without angle brackets, tickers ("<SCHN.PA>", "<WX>", "<FBC>") are not
entities; the possessive 's is left out ("Colombia's", "Brazil's", "BP's", "Danforth's",
"Jeumont-Schneider's"); a company name used as a modifier is still a mention ("Standard shares"); a
government body with its country word is one ORG span ("U.S. Agriculture Department"); lower-case bodies
and words ("coffee growers' federation", "his departmet", "congressional", "the rebels") are not entity
spans; laws (Public Law 480), the national tax code, programmes, currencies and products are not
entities; "Jeumont-Schneider of Canada" is one ORG span (no nested GPE, as "Radio Moscow").
Countries: the U.S. Agriculture Department / Agriculture Department / USDA ORG USA, the European Community
and "E.C." ORG null (earlier sets' EC); Jeumont-Schneider and Schneider SA ORG FRA (a Paris company, the
PARIS dateline and the Paris ticker; "the French group"), Jeumont-Schneider of Canada ORG CAN (the new
Canadian subsidiary), Beel Electronics ORG CAN (the text gives no country; its distribution deal covers
sales in Canada, null arguable under EVENTS.md 15), "Canadian" NORP CAN, Canada GPE CAN, "French" NORP FRA;
Oklahoma, Texas and Lubbock GPE USA, the Washita and Red Rivers LOC USA ("Washita" and "Red Rivers", the
shared "Rivers" left with the second), Henry Bellmon and Reagan PERSON USA; Sudan GPE SDN, "U.S." GPE USA
(also in the grade name "U.S. number two", places inside a name as earlier sets' grade names); Jorge
Cardenas PERSON COL (manager of the coffee growers' federation), Colombia GPE COL, "Colombian" NORP COL, Cesar
Gaviria PERSON COL, National Coffee Committee ORG COL, the International Coffee Organization / ICO ORG null
(10b), London GPE GBR, Brazil GPE BRA, Jorio Dauster PERSON BRA, United States GPE USA; Standard Oil Co /
"Standard" ORG USA (the NEW YORK dateline and the U.S. ticker; BP's 55 pct-owned U.S. unit), British
Petroleum Co plc / BP ORG GBR, Douglas Danforth / "Danforth" PERSON USA (chairman of Westinghouse, a U.S.
company), Westinghouse Electric Co and First Boston Corp ORG USA (U.S. tickers, no country in the text),
Peter Walters / "Walters" PERSON GBR (chairman of BP); Senate ORG USA, "Democratic" NORP USA, Robert Byrd /
"Byrd" PERSON USA, Reagan PERSON USA, "U.S." GPE USA, "Nicaraguan" NORP NIC, "Contras" / "contras" NORP NIC
(22b), Iran GPE IRN; John Herrington / "Herrington" PERSON USA, the White House ORG USA, "U.S." GPE USA.

Judgement calls made here:
* 15874 (USDA estimates EC crops, DCT Thu 1987-04-09, WASHINGTON): as 53a's 3334, "The U.S. Agriculture
  Department forecast the European Community's 1986/87 wheat crop" and "It estimated 1985/86 output" are
  two STATEMENTs (statistics releases by a named body, DCT, WASHINGTON); the passive "is projected", "is
  estimated", "are forecast", "are estimated" have no named agent (content of the release, skipped).
* 14479 (Jeumont-Schneider's Canadian subsidiary, DCT Tue 1987-04-07, PARIS): "announced in a statement
  the creation of a Canadian subsidiary" is a STATEMENT FRA BUS (the creation of its own subsidiary is an
  internal corporate matter with no counterpart: no type), DCT, PARIS; "statement" is part of the
  reporting clause; the new subsidiary's planned sales work is content. "The company also said it had
  signed a distribution agreement with <Beel Electronics> for sales of the French group's speed variators
  in Canada" is AGREE FRA BUS -> Beel Electronics (CAN BUS, see entities; null arguable), undated (past
  perfect, no time expression, rule 17), "said" rule-3 attribution.
* 17521 (Oklahoma floods, DCT Mon 1987-06-01, OKLAHOMA CITY): residents returning, the deaths and damage,
  the evacuation by unnamed authorities, shelters set up and closed and the tornado damage are a natural
  disaster and its handling with no type (skipped), so "officials said" (officials of the implied state
  government, EVENTS.md 4's "port officials": USA GOV) and "civil defense officials said" are STATEMENTs,
  DCT, OKLAHOMA CITY. The farmers' "now say" is generic, anonymous talk (skipped). "Gov. Henry Bellmon,
  who on Thursday declared a flooding emergency for central Oklahoma" is a STATEMENT USA GOV (a public
  declaration with no type; skipping it as domestic administration is arguable), 1987-05-28 (the past
  Thursday before Mon 1 June), location null (the area it covers is not where it was made); "was
  expected to ask President Reagan for federal disaster relief for the area" is REQUEST USA GOV -> USA
  GOV (Reagan), planned, undated (no time expression), "relief" its content (AID planned arguable).
  "In northern Texas, officials reported several tornadoes on Friday" is a STATEMENT USA GOV (officials of
  the implied state government) dated 1987-05-29 ("on Friday" read as governing the report; the tornadoes'
  day, with the report then DCT, arguable), located in northern Texas; "No injuries were reported" has no
  agent (skipped).
* 5056 (Sudan PL480 authorizations, DCT Fri 1987-03-13, WASHINGTON): "Authorizations to purchase 50 mln
  dlrs worth of U.S. wheat and wheat flour under Public Law 480 were issued to Sudan today, the Agriculture
  Department said" is AID USA GOV -> Sudan (SDN GOV) on "issued" (concessional food-aid credit, as earlier
  sets' credit guarantees), 1987-03-13 ("today"), the Agriculture Department anchored as the issuer (the
  passive names no agent; as 53a's Commerce Department decision), "said" rule-3 attribution; "purchase"
  is the authorization's content. The authorization's terms ("provides for", the contracting and delivery
  periods) are stative (skipped), so "USDA said" at the end is a STATEMENT (DCT, WASHINGTON).
* 10100 (Cardenas on the ICO meeting, DCT Thu 1987-03-26, BOGOTA): Cardenas "said he did not believe any
  important decisions would emerge from an upcoming meeting" is a STATEMENT (a forecast; COL ORG, the
  manager of the growers' federation, a trade association), DCT, BOGOTA, and the quote '"It's going to be a
  routine meeting, ...," Cardenas told journalists' its later mention (a quoted restatement, EVENTS.md 3).
  The ICO meetings are CONSULT with the ICO as actor (null IGO, actor2 null, 10b): "The ICO executive board
  is set to meet in London from March 31" planned, 1987-03-31, London ("an upcoming meeting" in the first
  sentence is its nominal inside Cardenas' statement, skipped); "could decide to call a special council
  session by the end of April" hypothetical, 1987-04 (month; "decide" and "call" skipped as the board's
  internal decision); "Earlier this month, talks in London to re-introduce export quotas ... ended in
  failure" asserted, 1987-03 (month), London, "failure" skipped as its outcome (AGREE negated
  arguable, no parties named). The quotas "suspended in February 1986" are RETREAT by the ICO (implied,
  null IGO; lifting a measure, a participle with its own date, EVENTS.md 11), 1986-02. Gaviria's "said the
  positions of Brazil and of the United States were too far apart" is a STATEMENT (COL GOV), DCT, BOGOTA
  ("talking to reporters" its participial elaboration, the National Coffee Committee's weekly meeting an
  internal meeting of one body). "Brazil's coffee chief Jorio Dauster said yesterday Brazil would not
  change its coffee policies" is REJECT BRA GOV (a refusal to change its stance in the quota dispute, the
  saying being the act; STATEMENT arguable), actor2 null (the clause names no target, EVENTS.md 14),
  1987-03-25 ("yesterday"), location null (not a DCT-dated report, 22a's Dauster). Cardenas' two further
  "said" clauses (market situation; the shortfall "according to ICO statistics", a document) are
  STATEMENTs, DCT, BOGOTA.
* 12281 (Standard Oil committee and BP's offer, DCT Wed 1987-04-01, NEW YORK): the story comes from BP's
  offering document ("according to offering documents", "According to the document", "describes": a
  document, not a speech act), so nothing in it takes the DCT. "A committee of independent directors of
  the Standard Oil Co unsuccessfully sought a delay in a tender offer for Standard shares by British
  Petroleum Co plc" is REQUEST USA BUS -> GBR BUS (asserted although unsuccessful), undated; the tender
  offer is a background nominal (COOPERATE GBR -> USA planned arguable). "describes discussions with
  Douglas Danforth" is CONSULT BP (anchored at "BP's", GBR BUS) -> Danforth (USA BUS), undated (the
  discussions as a whole; the dated call and meeting below are separate records). "the committee's
  counsel said it needed one to two months to evaluate the offering price" is REQUEST USA BUS -> BP
  (implied, GBR BUS; pressing for time, as the lead's delay; STATEMENT arguable), relayed by the document:
  undated. "first learned of BP's interest in acquiring the rest of Standard in a telephone call March
  five from Sir Peter Walters" is CONSULT Walters (GBR BUS, the caller) -> Danforth (USA BUS) on
  "telephone call", 1987-03-05 ("March five"); "learned" and BP's "interest in acquiring" skipped
  (cognition; background, COOPERATE planned arguable). "At a meeting march nine, Danforth informed BP that
  the special committee had hired First Boston Corp ... as its financial adviser" is CONSULT Danforth (USA
  BUS) -> BP (GBR BUS) on "meeting" (a nominal with its own date, EVENTS.md 11), 1987-03-09, and COOPERATE
  USA BUS (the special committee) -> First Boston (USA BUS) on "hired" (a service contract between named
  parties, as 55a's retained Barclays de Zoete Wedd), undated (past perfect, no time expression), with
  "informed" as rule-3 attribution; "retained independent counsel" has no identified counterpart
  (skipped). "Danforth's concerns that the special committee did not have sufficient time were expressed
  to Walters in a telephone conversation" is REQUEST USA BUS -> Walters (GBR BUS; pressure for more time,
  the delay of the lead; ACCUSE or STATEMENT arguable), undated (the conversation has no date;
  "conversation" skipped as its channel), "and reiterated in a letter from counsel on Monday of this week"
  a second REQUEST (a new act with its own date: counsel, USA BUS -> BP's side implied, GBR BUS),
  1987-03-30 (Monday of the DCT's week). The lead's "sought" is recorded as a first mention of its own
  (the attempt as a whole; the concrete acts below have their own channel or date).
* 9703 (Byrd's contra aid accounting bill, published 1987-03-26 00:22, DCT 1987-03-26, WASHINGTON): "Senate
  Democratic leader Robert Byrd yesterday failed to win the 60 votes needed to force a Senate vote on a
  bill demanding President Reagan account for U.S. Aid to the Nicaraguan Contras" is REJECT by the Senate
  (implied, USA GOV) -> Byrd (USA GOV) on "failed" (the chamber's refusal of his cloture motion: 22b's
  "The Senate defeated a move" and EVENTS.md 7's negative vote), 1987-03-25 ("yesterday"); the bill's
  "demanding" is the defeated motion's content (REQUEST USA -> Reagan arguable), as are "U.S. Aid" (AID
  USA -> NIC arguable), the Iran-contra diversion and "U.S. Arms sales to Iran" (background; AID /
  COOPERATE USA -> IRN arguable). "Following the defeat, Byrd said he would drop his effort" is RETREAT
  USA GOV (withdrawing a demand), actor2 null (EVENTS.md 14), planned, undated ("Following the defeat"
  gives no value of its own), "said" rule-3 attribution; "ending congressional manoeuvring" is its
  consequence. "the 40 million dlr final instalment of a 100-million-dlr aid package approved last year
  for the contras" is AID USA GOV (Congress, implied) -> the contras (NIC ORG), 1986 (year), as 22b's
  package ("approved" and "instalment" skipped); "the aid became legally available to the Contras last
  weekend" is a separate AID (the final instalment's release), USA GOV implied -> NIC ORG, asserted,
  1987-03 ("last weekend", 21-22 March, kept at its month as weeks are); "Without congressional action to
  stop it" is a counterfactual condition (skipped).
* 7150 (Herrington rules out a gasoline tax, DCT Thu 1987-03-19, WASHINGTON): "said he would rule out a
  tax on gasoline as one option" is REJECT of a proposal (21a's Hodel and 23a's calls) with no identified
  proponent (actor2 null), trigger "rule out" (the saying is the act, "said" unlisted), DCT, WASHINGTON;
  'he said, "I would rule out a gasoline tax."' is its later mention (a quoted restatement); "Herrington
  also repeated he would rule out an oil import fee" is a second REJECT (a different proposal), DCT.
  "what his departmet has called the threat of increased reliance on foreign oil" is a background
  characterization in a relative clause (skipped; STATEMENT USA arguable). The criteria for a
  recommendation, the depletion allowance as "a cheap way to spur domestic production" (a policy, not an
  actor: STATEMENT, EVENTS.md 6), the cost estimate and the quip '"If I were the White House, I would be
  cool, too."' are STATEMENTs, DCT. "Herrington proposed the increased depletion allowance to the White
  House Tuesday" is REQUEST USA GOV -> the White House (USA GOV; a proposal to one's own government, the
  advisory-body call of set 19-21), 1987-03-17 (the past Tuesday); "but the White House reaction was cool"
  is an evaluation (skipped; REJECT arguable). "The White House said it would study the proposal" is a
  STATEMENT (DCT), "but was generally oppposed to altering the national tax code" a REJECT USA GOV -> the
  proposal's proponent (Herrington, implied USA GOV), read as part of the White House's reaction today
  (DCT; undated as a standing stance arguable); "just passed last year" is background legislation.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind59b.jsonl"

WAS = ("WASHINGTON", "USA")
PAR = ("PARIS", "FRA")
OKC = ("OKLAHOMA CITY", "USA")
BOG = ("BOGOTA", "COL")
LONDON_TXT = ("London", "GBR")
TEXAS_TXT = ("northern Texas", "USA")

USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
GBR_BUS = "GBR", "BUS"
FRA_BUS = "FRA", "BUS"
COL_ORG = "COL", "ORG"
COL_GOV = "COL", "GOV"
BRA_GOV = "BRA", "GOV"
NIC_ORG = "NIC", "ORG"
ICO_IMPLIED = (None, None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15874": {
        "events": [
            # 0
            ("STATEMENT", "forecast", ("The U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "statistics release: the EC's 1986/87 wheat crop forecast (53a's 3334); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("estimated", "It estimated"), (("It", "It estimated"),) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "statistics release: 1985/86 output estimate; DCT"),
        ],
        "skip": [
            ("projected", "passive forecast with no named agent (content of the release)"),
            (("estimated", "crop is"), "passive estimate with no named agent (content of the release)"),
            (("forecast", "are"), "passive forecast with no named agent (content of the release)"),
            (("estimated", "Exports in"), "passive estimate with no named agent (content of the release)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("European Community", "ORG", None),
            ("E.C.", "ORG", None),
            (("E.C.", "E.C. wheat"), "ORG", None),
        ],
    },
    "reuters21578-14479": {
        "events": [
            # 0
            ("STATEMENT", "announced", ("Jeumont-Schneider",) + FRA_BUS, None, PAR,
             "1987-04-07", "day", None, "asserted", None,
             "announced the creation of a Canadian subsidiary (its own subsidiary, no counterpart: no type); wire "
             "style: DCT, dateline city"),
            # 1
            ("AGREE", "signed", ("The company",) + FRA_BUS, ("Beel Electronics", "CAN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "had signed a distribution agreement with Beel Electronics for sales in Canada (signing = AGREE; "
             "Beel CAN from the deal's Canadian market, null arguable); past perfect, no time expression: undated "
             "(rule 17); 'said' rule-3 attribution"),
        ],
        "skip": [
            ("statement", "part of the reporting clause"),
            ("creation", "creation of its own subsidiary: internal corporate matter, no type (content)"),
            (("work", "will work"), "content (the new subsidiary's planned business)"),
            ("developing", "content (the new subsidiary's planned business)"),
            (("said", "also said"), "rule-3 attribution (the signing is the event)"),
            (("sales", "agreement with"), "content of the agreement"),
        ],
        "entities": [
            ("Jeumont-Schneider", "ORG", "FRA"),
            ("Schneider SA", "ORG", "FRA"),
            ("Canadian", "NORP", "CAN"),
            ("Jeumont-Schneider of Canada", "ORG", "CAN"),
            (("Jeumont-Schneider", "developing"), "ORG", "FRA"),
            (("Canadian", "developing"), "NORP", "CAN"),
            ("Beel Electronics", "ORG", "CAN"),
            ("French", "NORP", "FRA"),
            (("Canada", "speed variators"), "GPE", "CAN"),
        ],
    },
    "reuters21578-17521": {
        "events": [
            # 0
            ("STATEMENT", ("said", "damage, officials"), (("officials", "damage,"),) + USA_GOV, None, OKC,
             "1987-06-01", "day", None, "asserted", None,
             "residents returned home after rains and floods that left two dead and caused 20 mln dlrs damage (a "
             "natural disaster: no type); officials of the implied state government (EVENTS.md 4); DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", ("said", "civil defense officials"), ("civil defense officials",) + USA_GOV, None, OKC,
             "1987-06-01", "day", None, "asserted", None,
             "some 900 people were evacuated during the floods (disaster handling by unnamed authorities: no "
             "type); DCT"),
            # 2
            ("STATEMENT", "declared", ("Gov. Henry Bellmon",) + USA_GOV, None, None,
             "1987-05-28", "day", "Thursday", "asserted", None,
             "declared a flooding emergency for central Oklahoma (a public declaration with no type; skip as "
             "domestic administration arguable); past Thursday before Mon 1987-06-01"),
            # 3
            ("REQUEST", "ask", ("Gov. Henry Bellmon",) + USA_GOV, ("President\nReagan",) + USA_GOV, None,
             None, "unknown", None, "planned", None,
             "was expected to ask President Reagan for federal disaster relief ('was expected to': planned); no "
             "time expression: undated; 'relief' its content (AID planned arguable)"),
            # 4
            ("STATEMENT", "reported", (("officials", "northern Texas,"),) + USA_GOV, None, TEXAS_TXT,
             "1987-05-29", "day", "Friday", "asserted", None,
             "officials reported several tornadoes on Friday ('on Friday' read as governing the report; the "
             "tornadoes' day with the report at the DCT arguable); located in northern Texas"),
        ],
        "skip": [
            (("returned", "Residents"), "natural-disaster aftermath (residents returning home): no type"),
            ("left two dead", "natural disaster (no actor)"),
            ("caused", "natural disaster (no actor)"),
            ("evacuated", "evacuation by unnamed authorities (disaster handling, no type): content of the statement"),
            (("set up", "shelters"), "shelters set up by unnamed authorities (no type)"),
            ("threatened", "natural threat (flooding), no actor"),
            ("closed", "shelters closed (no actor)"),
            (("returned", "as residents"), "residents returning (no type)"),
            (("expected", "who had"), "farmers' expectation (generic, anonymous)"),
            ("now say", "generic anonymous talk (farmers)"),
            (("expected", "was expected"), "unattributed expectation (the modality of the request)"),
            ("relief", "content of the request (AID planned arguable)"),
            (("damaged", "Lubbock"), "natural disaster (a twister, no actor)"),
            (("reported", "No injuries were"), "passive with no agent"),
        ],
        "entities": [
            ("Oklahoma", "GPE", "USA"),
            ("Washita", "LOC", "USA"),
            ("Red Rivers", "LOC", "USA"),
            ("Henry Bellmon", "PERSON", "USA"),
            (("Oklahoma", "emergency for central"), "GPE", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Texas", "GPE", "USA"),
            ("Lubbock", "GPE", "USA"),
        ],
    },
    "reuters21578-5056": {
        "events": [
            # 0
            ("AID", "issued", ("the Agriculture Department",) + USA_GOV, ("Sudan", "SDN", "GOV"), None,
             "1987-03-13", "day", "today", "asserted", None,
             "PL480 authorizations to purchase 50 mln dlrs of U.S. wheat and flour issued to Sudan today "
             "(concessional food-aid credit: AID); the department anchored as the issuer; 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", ("said", "USDA"), ("USDA",) + USA_GOV, None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "the contracting and delivery periods (terms of the authorization); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("purchase", "content of the authorization (the purchases it allows)"),
            (("said", "Agriculture Department"), "rule-3 attribution (the authorization is the event)"),
            (("authorization", "The"), "anaphoric nominal (the authorization)"),
            (("provides", "The authorization"), "stative (terms of the authorization)"),
            (("provides", "It also"), "stative (terms of the authorization)"),
            ("contracting period", "terms of the authorization (content of the statement)"),
            ("delivery period", "terms of the authorization (content of the statement)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Sudan", "GPE", "SDN"),
            ("Agriculture Department", "ORG", "USA"),
            (("U.S.", "grade"), "GPE", "USA"),
            ("USDA", "ORG", "USA"),
        ],
    },
    "reuters21578-10100": {
        "events": [
            # 0
            ("STATEMENT", ("said", "federation,"), ("Jorge Cardenas",) + COL_ORG, None, BOG,
             "1987-03-26", "day", None, "asserted", None,
             "did not believe important decisions would emerge from the upcoming ICO meeting (a forecast by the "
             "manager of the growers' federation, a trade association); wire style: DCT, dateline city"),
            # 1
            ("CONSULT", ("meet", "is set to"), ("The ICO executive board", None, "IGO"), None, LONDON_TXT,
             "1987-03-31", "day", "March\n31", "planned", None,
             "the ICO executive board is set to meet in London from March 31 (ICO meetings are CONSULT with the "
             "ICO as actor, 10b); future date"),
            # 2
            ("CONSULT", "session", ICO_IMPLIED, None, None,
             "1987-04", "month", "end of April", "hypothetical", None,
             "could decide to call a special council session by the end of April (considered: hypothetical; the "
             "ICO council, implied); month precision"),
            # 3
            ("STATEMENT", "told", (("Cardenas", "Cardenas told"),) + COL_ORG, None, BOG,
             "1987-03-26", "day", None, "asserted", 0,
             "later mention: the quote 'a routine meeting ... unlikely any major decisions are taken' restates the "
             "lead's forecast (EVENTS.md 3)"),
            # 4
            ("CONSULT", ("talks", "Earlier this month,"), ICO_IMPLIED, None, LONDON_TXT,
             "1987-03", "month", "Earlier this month", "asserted", None,
             "the ICO talks in London to re-introduce export quotas earlier this month (ICO implied, 10b); 'ended "
             "in failure' its outcome (AGREE negated arguable)"),
            # 5
            ("RETREAT", "suspended", ICO_IMPLIED, None, None,
             "1986-02", "month", "February 1986", "asserted", None,
             "the export quotas suspended in February 1986 (lifting a measure; the ICO implied; a participle with "
             "its own date, EVENTS.md 11)"),
            # 6
            ("STATEMENT", ("said", "meeting, said"), ("Cesar Gaviria",) + COL_GOV, None, BOG,
             "1987-03-26", "day", None, "asserted", None,
             "the Brazilian and U.S. positions too far apart for a prompt quota agreement (assessment); DCT"),
            # 7
            ("REJECT", ("said", "Jorio Dauster"), ("Brazil's coffee chief Jorio Dauster",) + BRA_GOV, None, None,
             "1987-03-25", "day", "yesterday", "asserted", None,
             "Brazil would not change its coffee policies (a refusal in the quota dispute, the saying being the "
             "act; STATEMENT arguable); actor2 null (no target named, EVENTS.md 14); dated by 'yesterday', place "
             "not given (22a's Dauster)"),
            # 8
            ("STATEMENT", ("said", "Cardenas said the market"), (("Cardenas", "Cardenas said the market"),) + COL_ORG,
             None, BOG, "1987-03-26", "day", None, "asserted", None,
             "the market situation is getting clearer (assessment); DCT"),
            # 9
            ("STATEMENT", ("said", "He said according"), (("He", "He said according"),) + COL_ORG, None, BOG,
             "1987-03-26", "day", None, "asserted", None,
             "the nine mln bag shortfall according to ICO statistics (statistics); DCT"),
        ],
        "skip": [
            (("believe", "did not"), "part of the reporting clause (the forecast)"),
            (("decisions", "important"), "content of the statement"),
            ("emerge", "content of the statement"),
            (("meeting", "upcoming"), "nominal inside the statement (the board meeting, coded on 'meet')"),
            ("decide", "the board's internal decision (hypothetical; the session is coded)"),
            (("call", "decide to"), "part of the hypothetical session"),
            (("discuss", "April to"), "content (purpose of the session)"),
            (("meeting", "routine"), "anaphoric nominal (content of the quote)"),
            ("taken", "content of the quote"),
            ("re-introduce", "content (purpose of the talks)"),
            ("failure", "outcome of the talks (AGREE negated arguable, no parties named)"),
            ("talking", "participial elaboration of Gaviria's 'said' (EVENTS.md 3)"),
            (("meeting", "Coffee Committee"), "internal meeting of a single body"),
            (("agreement", "prompt"), "content of the statement"),
            ("knew", "stative (content)"),
            ("according to", "a document (ICO statistics), not a speech act"),
        ],
        "entities": [
            ("Jorge Cardenas", "PERSON", "COL"),
            ("Colombia", "GPE", "COL"),
            ("International Coffee Organization", "ORG", None),
            (("ICO", "Organization"), "ORG", None),
            (("ICO", "The ICO executive"), "ORG", None),
            ("London", "GPE", "GBR"),
            (("Cardenas", "Cardenas told"), "PERSON", "COL"),
            (("London", "talks in"), "GPE", "GBR"),
            ("Colombian", "NORP", "COL"),
            ("Cesar Gaviria", "PERSON", "COL"),
            ("National Coffee Committee", "ORG", "COL"),
            (("Brazil", "positions of"), "GPE", "BRA"),
            ("United States", "GPE", "USA"),
            (("Brazil", "Brazil's coffee"), "GPE", "BRA"),
            ("Jorio Dauster", "PERSON", "BRA"),
            (("Brazil", "yesterday Brazil"), "GPE", "BRA"),
            (("Cardenas", "Cardenas said the market"), "PERSON", "COL"),
            (("ICO", "according to"), "ORG", None),
        ],
    },
    "reuters21578-12281": {
        "events": [
            # 0
            ("REQUEST", "sought", ("A committee of independent directors of\nthe Standard Oil Co",) + USA_BUS,
             ("British Petroleum Co plc",) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "the Standard committee unsuccessfully sought a delay in BP's tender offer (pressure toward BP; "
             "asserted although unsuccessful); from the offering documents, no time expression: undated"),
            # 1
            ("CONSULT", "discussions", (("BP", "BP's offering"),) + GBR_BUS, ("Douglas Danforth",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "BP's document describes its discussions with Danforth (the talks as a whole; 'describes' a document, "
             "not a speech act); undated"),
            # 2
            ("REQUEST", ("said", "committee's counsel"), ("the committee's counsel",) + USA_BUS,
             (None,) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "counsel said the committee needed one to two months to evaluate the price (pressing BP for time, "
             "as the lead's delay; STATEMENT arguable); relayed by the document: undated"),
            # 3
            ("CONSULT", "telephone call", ("Sir Peter Walters",) + GBR_BUS,
             (("Danforth", "Danforth, who is chairman"),) + USA_BUS, None,
             "1987-03-05", "day", "March five", "asserted", None,
             "Walters' telephone call to Danforth on March 5 (the caller first)"),
            # 4
            ("CONSULT", ("meeting", "At a"), (("Danforth", "Danforth informed"),) + USA_BUS,
             (("BP", "informed"),) + GBR_BUS, None,
             "1987-03-09", "day", "march nine", "asserted", None,
             "the meeting of March 9 between Danforth and BP (a nominal with its own date, EVENTS.md 11)"),
            # 5
            ("COOPERATE", "hired", (("the\nspecial committee", "informed BP that"),) + USA_BUS,
             ("First Boston Corp",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "the special committee had hired First Boston as financial adviser (a service contract between named "
             "parties, 55a's retained Barclays de Zoete Wedd); past perfect, no time expression: undated; "
             "'informed' rule-3 attribution"),
            # 6
            ("REQUEST", "expressed", (("Danforth", "Danforth's concerns"),) + USA_BUS,
             (("Walters", "expressed to"),) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "Danforth's concerns that the committee lacked time expressed to Walters by telephone (pressure for "
             "more time, the lead's delay; ACCUSE or STATEMENT arguable); the conversation has no date"),
            # 7
            ("REQUEST", "reiterated", (("counsel", "letter from"),) + USA_BUS, (None,) + GBR_BUS, None,
             "1987-03-30", "day", "Monday\nof this week", "asserted", None,
             "the concerns reiterated in a letter from counsel on Monday of this week (a new act with its own "
             "date; BP's side implied); Monday of the week of Wed 1987-04-01"),
        ],
        "skip": [
            ("delay", "content of the request"),
            (("tender\noffer", "delay in a"), "background nominal (BP's tender offer; COOPERATE GBR -> USA planned "
                                              "arguable)"),
            (("according to", "plc,"), "a document (the offering documents), not a speech act"),
            (("offering document", "BP's"), "the document (not a speech act)"),
            ("describes", "a document describing (not a speech act)"),
            ("chairs", "stative"),
            ("monitoring", "stative (the committee's remit)"),
            (("relations", "monitoring"), "background nominal"),
            ("owner", "stative (BP's 55 pct stake)"),
            ("According to", "a document, not a speech act"),
            (("needed", "said it"), "content of the request"),
            ("evaluate", "content of the request"),
            ("learned", "cognition (the call is the event)"),
            (("interest", "BP's"), "background nominal (BP's interest in acquiring the rest of Standard; COOPERATE "
                                   "planned arguable)"),
            ("acquiring", "content (BP's interest)"),
            ("informed", "rule-3 attribution (the hiring is the event)"),
            (("retained", "also"), "retained unnamed counsel: no identified counterpart"),
            ("conversation", "the channel of the expressed concerns (CONSULT arguable)"),
        ],
        "entities": [
            ("Standard Oil Co", "ORG", "USA"),
            (("Standard", "offer for"), "ORG", "USA"),
            ("British Petroleum Co plc", "ORG", "GBR"),
            ("BP", "ORG", "GBR"),
            ("Douglas Danforth", "PERSON", "USA"),
            (("BP", "relations with"), "ORG", "GBR"),
            (("BP", "BP has been"), "ORG", "GBR"),
            (("Standard", "pct\nstake in"), "ORG", "USA"),
            (("Danforth", "Danforth, who is chairman"), "PERSON", "USA"),
            ("Westinghouse Electric Co", "ORG", "USA"),
            (("BP", "learned of"), "ORG", "GBR"),
            (("Standard", "the rest of"), "ORG", "USA"),
            ("Peter Walters", "PERSON", "GBR"),
            (("BP", "Peter Walters"), "ORG", "GBR"),
            (("Danforth", "Danforth informed"), "PERSON", "USA"),
            (("BP", "informed"), "ORG", "GBR"),
            ("First Boston Corp", "ORG", "USA"),
            (("Danforth", "Danforth's concerns"), "PERSON", "USA"),
            (("Walters", "expressed to"), "PERSON", "GBR"),
        ],
    },
    "reuters21578-9703": {
        "events": [
            # 0
            ("REJECT", "failed", (None,) + USA_GOV, ("Senate Democratic leader Robert Byrd",) + USA_GOV, None,
             "1987-03-25", "day", "yesterday", "asserted", None,
             "the Senate (implied) denied Byrd the 60 votes to force a vote on his bill (a negative vote on a "
             "motion, EVENTS.md 7; 22b's 'The Senate defeated a move'); 'yesterday'"),
            # 1
            ("RETREAT", "drop", (("Byrd", "Following the defeat,"),) + USA_GOV, None, None,
             None, "unknown", None, "planned", None,
             "Byrd would drop his effort (withdrawing a demand; actor2 null, EVENTS.md 14); 'would': planned; "
             "'Following the defeat' gives no value: undated; 'said' rule-3 attribution"),
            # 2
            ("AID", ("aid", "100-million-dlr"), (None,) + USA_GOV, (("contras", "last year for the"),) + NIC_ORG, None,
             "1986", "year", "last year", "asserted", None,
             "the 100 mln dlr aid package approved last year for the contras (22b's package; Congress implied)"),
            # 3
            ("AID", ("aid", "stop it, the"), (None,) + USA_GOV, (("Contras", "available to the"),) + NIC_ORG, None,
             "1987-03", "month", "last weekend", "asserted", None,
             "the final instalment became legally available to the Contras last weekend (the aid's release; 21-22 "
             "March, kept at its month as weeks are)"),
        ],
        "skip": [
            (("votes", "60"), "part of the defeated cloture (coded on 'failed')"),
            ("force", "content of the defeated motion"),
            (("vote", "Senate vote"), "content of the defeated motion"),
            ("demanding", "content of the defeated bill (REQUEST USA -> Reagan arguable)"),
            ("account", "content of the defeated bill"),
            ("Aid", "content of the defeated bill (background nominal; AID USA -> NIC arguable)"),
            ("diverted", "background (the Iran-contra diversion; AID arguable)"),
            ("sales", "background nominal (U.S. arms sales to Iran; COOPERATE USA -> IRN arguable)"),
            ("defeat", "anaphoric nominal (the failed cloture)"),
            (("said", "Byrd said"), "rule-3 attribution (the drop is the event)"),
            ("effort", "anaphoric nominal (content of the retreat)"),
            ("ending", "consequence of the retreat"),
            ("manoeuvring", "background nominal"),
            ("instalment", "part of the aid (appositive)"),
            ("approved", "part of the aid appropriation (coded on 'aid')"),
            (("action", "congressional"), "counterfactual condition (no congressional action)"),
            ("stop", "content of the condition"),
        ],
        "entities": [
            ("Senate", "ORG", "USA"),
            ("Democratic", "NORP", "USA"),
            ("Robert Byrd", "PERSON", "USA"),
            (("Senate", "force a"), "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "account for"), "GPE", "USA"),
            ("Nicaraguan", "NORP", "NIC"),
            ("Contras", "NORP", "NIC"),
            (("U.S.", "rebels from"), "GPE", "USA"),
            ("Iran", "GPE", "IRN"),
            (("Byrd", "Following the defeat,"), "PERSON", "USA"),
            (("contras", "last year for the"), "NORP", "NIC"),
            (("Contras", "available to the"), "NORP", "NIC"),
        ],
    },
    "reuters21578-7150": {
        "events": [
            # 0
            ("REJECT", "rule out", ("Energy Secretary John Herrington",) + USA_GOV, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "rules out a gasoline tax as an option (rejection of a proposal with no identified proponent, 21a/23a; "
             "the saying is the act, 'said' unlisted); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "He said at"), (("He", "He said at"),) + USA_GOV, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "criteria any recommendation of his must meet (a policy stance); at a news conference, no place: "
             "dateline city, DCT"),
            # 2
            ("REJECT", ("rule out", "I would"), (("he", "increasing production,"),) + USA_GOV, None, WAS,
             "1987-03-19", "day", None, "asserted", 0,
             "later mention: the quote 'I would rule out a gasoline tax' restates the lead (EVENTS.md 3)"),
            # 3
            ("REJECT", ("rule out", "also repeated"), (("Herrington", "Herrington also"),) + USA_GOV, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "repeated he would rule out an oil import fee (a second proposal rejected; no proponent named); DCT"),
            # 4
            ("STATEMENT", ("said", "He said an increased"), (("He", "He said an increased"),) + USA_GOV, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "an increased depletion allowance would be a cheap way to spur production (a policy, not an actor: "
             "EVENTS.md 6); DCT"),
            # 5
            ("STATEMENT", "estimated", (("He", "He estimated"),) + USA_GOV, None, WAS,
             "1987-03-19", "day", None, "asserted", None, "cost estimate of 200 mln dlrs a year; DCT"),
            # 6
            ("REQUEST", "proposed", (("Herrington", "Herrington proposed"),) + USA_GOV,
             (("the White House", "Herrington proposed"),) + USA_GOV, None,
             "1987-03-17", "day", "Tuesday", "asserted", None,
             "proposed the increased depletion allowance to the White House (a proposal to one's own government, "
             "the advisory-body call of sets 19-21); past Tuesday before Thu 1987-03-19"),
            # 7
            ("STATEMENT", ("said", "The White House said"), (("The White House", "The White House said"),) + USA_GOV,
             None, WAS, "1987-03-19", "day", None, "asserted", None,
             "the White House would study the proposal (no type); wire style: DCT"),
            # 8
            ("REJECT", "oppposed", (("The White House", "The White House said"),) + USA_GOV, (None,) + USA_GOV, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "generally opposed to altering the tax code: opposition to Herrington's proposal (its proponent "
             "implied), read as part of today's reaction (DCT; undated standing stance arguable)"),
            # 9
            ("STATEMENT", ("said", "White House reaction,"), (("Herrington", "Herrington, asked"),) + USA_GOV, None,
             WAS, "1987-03-19", "day", None, "asserted", None,
             "'If I were the White House, I would be cool, too' (a quip on the reaction); DCT"),
        ],
        "skip": [
            ("help", "purpose clause"),
            ("avert", "purpose clause"),
            ("called", "background characterization in a relative clause (STATEMENT USA arguable)"),
            ("threat", "content (no threatening actor)"),
            ("recommendation", "hypothetical content of the statement"),
            (("increase", "have to"), "content of the statement"),
            (("cause", "not"), "content of the statement"),
            (("cause", "it would"), "content (the fee's effect)"),
            ("loss", "content (the fee's effect)"),
            ("spur", "content of the statement"),
            (("reaction", "but the White House"), "evaluation of the reaction (REJECT arguable)"),
            ("study", "content of the statement"),
            ("altering", "content of the opposition"),
            ("passed", "background (domestic legislation passed last year)"),
            ("asked", "reporter's question"),
            (("reaction", "asked his"), "content of the question"),
            (("reaction", "to the White House reaction"), "anaphoric nominal (the White House reaction)"),
        ],
        "entities": [
            ("John Herrington", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Herrington", "Herrington also"), "PERSON", "USA"),
            (("Herrington", "Herrington proposed"), "PERSON", "USA"),
            (("White House", "Herrington proposed"), "ORG", "USA"),
            (("White House", "but the"), "ORG", "USA"),
            (("White House", "The White House said"), "ORG", "USA"),
            (("Herrington", "Herrington, asked"), "PERSON", "USA"),
            (("White House", "reaction to the"), "ORG", "USA"),
            (("White House", "If I were the"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
