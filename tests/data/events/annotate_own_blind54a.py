"""Build ``own_blind54a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind54a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 53 (2331 left); 24 drawn with random.Random(54101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
36 event records (all first mentions, no later mention), 82 not_annotated spans, 120 entity mentions
(ORG 46, GPE 31, NORP 19, PERSON 14, LOC 10); no article without events; 4584 (Citgo postings), 10312 (IBM
Australia eurobond), 9655 (Colombia borrowing) and 16118 (Yugoslav bank data) have STATEMENTs only, 12369
(Mexico / Japan Eximbank credit) a single AID. Types: STATEMENT 22, ACCUSE 8, AID 2, COOPERATE 1, REJECT 1,
REQUEST 1, ASSAULT 1; modality: asserted 34, planned 2; precision: day 31, unknown 4, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every anchor landed on the intended word: "Iraq", "American",
"Malaysian" and "Interior" were anchored past "Iraqi", "Americans", "Arab Malaysian ..." and "Interior
Department" from the start; no duplicate or overlapping entity spans). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not tagged ("Finance Minister Cesar Gaviria",
"Public Credit Director Mauricio Cabrera", "Prime Minister Branko Mikulic": the PERSON only), but a body
named in a title is ("House Speaker Jim Wright": ORG "House" + PERSON, as the earlier sets); "Reagan
administration" gives PERSON "Reagan"; bracketed company names are tagged without the brackets, tickers
left out; possessive 's left out; places inside organisation names are not tagged separately ("IBM
Australia Credit Ltd", "Kuala Lumpur Stock Exchange", "House Foreign Affairs Committee"); ship names (the
frigate Stark) and projects ("pacific petroleum project") are not entities. Countries: "Malaysian" NORP
MYS, Arab Malaysian Merchant Bank Bhd / AMBB, its subsidiary Arab Malaysian Consultant, the fund Malaysian
Fund Inc and the Kuala Lumpur Stock Exchange ORG MYS; the "International Fund Corporation" (the World
Bank's International Finance Corporation, misnamed in the text) and the World Bank two ORG spans null (the
affiliate named "of" its parent); Merrill Lynch Capital Markets, Morgan Stanley Inc and Morgan Stanley
Asset Management Inc ORG USA (underwriters and manager of a fund launched in the U.S. market: the U.S.
houses, as 50a's Merrill Lynch arranging a U.S. issue; GBR for Merrill's London arm arguable); the United
States / "US" GPE USA, "Japanese" NORP JPN; Southland Corp and Citgo Petroleum Corp / Citgo ORG USA, "West
Texas" in the grade names LOC USA (22a), "Louisiana" in the grade names GPE USA; IBM Australia Credit Ltd ORG
AUS, "Australian" in "Australian dlr" NORP AUS (24a's "Swiss franc"), Salomon Brothers International Ltd ORG
USA (50a), Luxembourg GPE LUX, International Business Machines Corp ORG USA; Colombia GPE COL, Cesar
Gaviria / Gaviria and Mauricio Cabrera / Cabrera PERSON COL, the Inter-American Development Bank / IADB ORG
null, Latin America LOC null, Reuters ORG GBR; in the lower-cased 12369 (tagged all the same, 20b's
"mexico"): "mexico" GPE MEX, "japan" GPE JPN, "eximbank" (the Export-Import Bank of Japan) ORG JPN, "mexican"
NORP MEX, "finance ministry" (Mexico's) ORG MEX, nuevo teapa, veracruz, salina cruz and oaxaca GPE MEX, "far
east" LOC null (the lower-case "pacific coast" is not tagged, 52a's "pacific port"); the National Wildlife
Federation, the Interior Department / "Interior" (also "the Interior's"), Congress and the Environmental
Protection Agency ORG USA, Jay Hair / Hair PERSON USA, "Alaska" (of "Northern Alaska": the capitalised
direction left out, a LOC "Northern Alaska" arguable) and "State of Alaska" GPE USA, the Arctic National
Wildlife Refuge and Prudhoe Bay LOC USA (21a), "Congressmen" and "Congressional" (observers) common words,
not tagged (21a); the National Bank (also the bare capitalised "Bank" of "Bank statistics", 28b) ORG YUG,
Yugoslavia GPE YUG, "Yugoslavs" NORP YUG, Branko Mikulic / Mikulic PERSON YUG, "Europe" of the lower-case
"western Europe" LOC null, "Swiss" of "Swiss franc" NORP CHE, "U.S." of "U.S. Dollar" GPE USA; "House" (also
in "House Speaker" and "the full House") and the House Foreign Affairs Committee ORG USA, Jim Wright and
Reagan PERSON USA, "Mideast Gulf" (one span), "Gulf" and the lower-case "the gulf" (the Persian Gulf named
in lower case; untagged arguable) LOC null, "Iraqi" NORP IRQ, Iraq GPE IRQ, Iran GPE IRN, "U.S." GPE USA,
"Americans" / "American" NORP USA, "Kuwaiti" NORP KWT, "Democratic" / "Democrats", "Republican" /
"Republicans" NORP USA.

Judgement calls made here:
* 14917 (Malaysian fund to be launched in the U.S., DCT Wed 1987-04-08, KUALA LUMPUR): launching a fund to
  raise money is corporate finance (as a bond issue: own_blind2's lead-manager call), so AMBB's first
  "said" is a STATEMENT (MYS BUS, DCT, dateline city; "next month" dates the launch, not the saying).
  "The fund ... will be jointly sponsored by the merchant bank and the International Fund Corporation of
  the World Bank, said AMBB in a statement" is COOPERATE MYS BUS -> the IFC (null IGO) on "sponsored" (a
  joint venture of two identified parties, own_blind9b / 2363's joint venture), planned, undated (no time
  expression of its own), "said" rule-3 attribution; a STATEMENT for a corporate-finance announcement is
  arguable. The underwriting ("are underwriters for the fund, it added"), the adviser role and Morgan
  Stanley Asset Management's mandate ("will manage it"; appointment-like, COOPERATE arguable), the use of the
  proceeds and the fund's expected effect are corporate finance / content, so "it added", "AMBB said its
  ...", "It added that ..." and "AMBB said the fund will expose ..." are STATEMENTs (MYS BUS, DCT).
* 4584 (Citgo crude postings, DCT Thu 1987-03-12, New York): raising posted crude prices is company price
  setting (no type; own_blind10a, 15b, 22a's 18746), so Citgo's "said" is the one STATEMENT (USA BUS, DCT,
  dateline city as written "New York"); the grade rises, "The increase" and "last changed its postings on
  March four" are price setting (skipped).
* 10312 (IBM Australia Credit eurobond, DCT Fri 1987-03-27, LONDON): the lead manager announcing a bond
  issue is a STATEMENT (own_blind2), Salomon Brothers International Ltd USA BUS (50a), DCT; the issue, its
  listing and the ownership are corporate finance / stative (skipped).
* 9655 (Colombia borrowing, DCT Wed 1987-03-25, MIAMI, the IADB annual meeting "here"): foreign borrowing
  plans, the bond issue and the FRN closing are corporate finance / borrowing policy (no counterpart), the
  1.3 billion dlrs "received" in 1982-86 a net statistic with no lender named, so all seven reporting
  clauses (Gaviria's "said", "told the ... meeting here" and last "said"; Cabrera's two "said", "also told
  Reuters" and the quote's "he said") are STATEMENTs, COL GOV, DCT, located MIAMI (the dateline city, which
  is also the meeting's place); the IADB annual meeting is an internal meeting of one body with Gaviria
  speaking to it (skipped; the audience is not actor2, EVENTS.md 6).
* 12369 (Mexico receives Japan Eximbank credit, DCT Wed 1987-04-01, dateline "Mexico city"): "mexico today
  received the first 250 mln dlrs of a 500 mln dlr credit from japan's eximbank ..., the finance ministry
  announced" is AID JPN GOV (the state export bank, lender first, as 17217's Exim Bank loan) -> MEX GOV on
  "received", 1987-04-01 ("today"), no place stated (location null); "announced" rule-3 attribution; the
  whole 500 mln credit is a background nominal (skipped; a separate AID, undated, arguable); the pipeline
  project's purpose, construction and completion have no type.
* 4340 (Wildlife Federation and the Alaska refuge, DCT Thu 1987-03-12, WASHINGTON): "The National Wildlife
  Federation rejected an Interior Department draft plan" is REJECT USA ORG -> USA GOV, dated by the DCT as a
  wire-style verbal act of today's story (sets 15/16 date only perfect or relayed verbal acts as unknown;
  undated as a non-speech rejection, EVENTS.md 17, arguable), dateline city. "said further study was
  needed" is a STATEMENT (no actor is asked, EVENTS.md 2; REQUEST toward Interior arguable). Hair's two
  "called" (the research "so fundamentally flawed", the proposal "a reflection of a largely political
  decision") and the participle "adding 'we have no confidence in Interior ...'" (a second clause,
  EVENTS.md 3) are ACCUSE USA ORG -> USA GOV (criticism), DCT; so are "Hair said Interior's report failed to
  stress ...", "He said Interior's study also failed to weigh ..." and "Hair said the federation was not
  opposed to ... exploration, only that Interior's study was inadequate" (the last mixes a stance with
  criticism of Interior: ACCUSE; STATEMENT arguable). Interior's three "said" (safeguards, the survey, the
  Prudhoe Bay comparison) are STATEMENTs (USA GOV, DCT); Interior's wish to open the plain is domestic land
  policy (skipped), "a preliminary survey showed" a document. "The federation, in letters to Congressmen,
  proposed that a nine-member commission be set up ..." is REQUEST USA ORG -> Congressmen (USA GOV), DCT
  (wire-style), its content skipped. "nor had the department consulted the Environmental Protection Agency"
  is content of Hair's criticism (skipped; a negated CONSULT USA -> USA arguable); Congress's required
  consent is a generic legal condition; "Congressional observers said" are unidentified speakers (EVENTS.md
  4, skipped).
* 16118 (Yugoslav bank data, DCT Mon 1987-04-13, BELGRADE): the National Bank's data "shows" / "showed"
  and "Bank statistics show" are documents, not speech acts (EVENTS.md 4), the figures statistics, "started
  quoting trade figures in dinars" a statistics practice (skipped). "The National Bank said the drop was due
  to a deterioration in trade" is a STATEMENT (YUG GOV, DCT, BELGRADE). "Prime Minister Branko Mikulic
  warned in February that wages were too high" is a STATEMENT (a warning with no consequence from the
  speaker, own_blind's "warned" call), 1987-02 ("in February", past bare month), no place. "Mikulic
  introduced a law cutting wages" is domestic wage policy with no counterpart (skipped, as domestic price
  policy).
* 18271 (Gulf bill, DCT Tue 1987-06-02, WASHINGTON): "House Speaker Jim Wright predicted passage of
  legislation ..." is a STATEMENT (forecast; USA GOV, DCT); the bill's requirement of a report is its
  content. The revolt, the committee alliance "to oppose the resolution", the House and committee votes,
  the bill's "demanded a report" (a document's provision) and the leaders' "supported" (endorsing a bill,
  a policy: EVENTS.md 6) are internal legislative steps of one body (all skipped; REJECT / REQUEST
  arguable). "the May 17th Iraqi missile attack on the U.S. frigate Stark in the Gulf" is a nominal with its
  own agent, target and date (EVENTS.md 11): ASSAULT IRQ MIL -> USA MIL, 1987-05-17, located in the Gulf;
  "which killed 37 Americans" its toll (skipped). "President Reagan's decision to protect 11 Kuwaiti oil
  tankers by putting them under U.S. flags" is AID USA GOV -> KWT (military protection / reflagging,
  EVENTS.md 8), planned, undated; "decision" its light noun, "putting" its means, "making them American
  ships" its consequence (skipped). "Since the administration made known its reflagging plans" is
  background (skipped; a later mention of the AID arguable). "congressional leaders complained they had not
  been consulted" and "some charged the policy could lead the United States into the ... war" are ACCUSE
  USA GOV -> the administration (USA GOV), undated (standing criticism over an open period since the plans
  were announced, EVENTS.md 17; DCT arguable); the Iran-Iraq war is a background nominal (skipped).
  "Liberal Democrats said a lack of any restrictions in the bill implied consent to Reagan's policies" is
  a STATEMENT (identified legislators, USA GOV; criticism of a bill, not an actor), DCT.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind54a.jsonl"

KL = ("KUALA LUMPUR", "MYS")
NY = ("New York", "USA")
LON = ("LONDON", "GBR")
MIA = ("MIAMI", "USA")
WAS = ("WASHINGTON", "USA")
BEL = ("BELGRADE", "YUG")

AMBB_BUS = ("MYS", "BUS")
ADMIN = (("the administration", "Since"), "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-14917": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(AMBB)"), ("Arab Malaysian Merchant Bank Bhd", *AMBB_BUS), None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "announcement of the fund's launch in the U.S. next month (corporate finance: no type; 'next month' "
             "dates the launch); wire style: DCT, dateline city"),
            # 1
            ("COOPERATE", "sponsored", ("the merchant bank", *AMBB_BUS),
             ("International Fund Corporation", None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "fund jointly sponsored by AMBB and the World Bank's IFC (joint venture of two identified parties); "
             "no time expression of its own: undated; 'said AMBB' rule-3 attribution"),
            # 2
            ("STATEMENT", ("added", "the fund, it"), (("it", "the fund, it"), *AMBB_BUS), None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "the fund's underwriters (corporate finance); second reporting clause; DCT"),
            # 3
            ("STATEMENT", ("said", "AMBB said its"), (("AMBB", "AMBB said its"), *AMBB_BUS), None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "the fund's adviser and manager (appointment-like mandates: no type); DCT"),
            # 4
            ("STATEMENT", ("added", "It added"), (("It", "It added"), *AMBB_BUS), None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "use of the money raised (corporate finance); DCT"),
            # 5
            ("STATEMENT", ("said", "AMBB said the fund"), (("AMBB", "AMBB said the fund"), *AMBB_BUS), None, KL,
             "1987-04-08", "day", None, "asserted", None,
             "assessment: the fund will expose the Malaysian market to foreign investors; DCT"),
        ],
        "skip": [
            ("launched", "fund launch (corporate finance), content of the statement"),
            (("raise", "market next month to"), "corporate finance (money raised by the fund)"),
            (("said", "said AMBB"), "attribution of the joint sponsorship (rule 3)"),
            ("underwriters", "underwriting (corporate finance), content of the statement"),
            ("investment adviser", "adviser role (appointment-like), content of the statement"),
            (("manage", "will"), "fund management mandate (appointment-like; COOPERATE arguable), content"),
            (("raised", "the money"), "corporate finance (money raised)"),
            (("invest", "used to"), "use of the proceeds (content of the statement)"),
            ("expose", "content of the assessment"),
            ("help develop", "content of the assessment"),
        ],
        "entities": [
            ("Malaysian", "NORP", "MYS"),
            ("United States", "GPE", "USA"),
            ("Arab Malaysian Merchant Bank Bhd", "ORG", "MYS"),
            ("AMBB", "ORG", "MYS"),
            ("Malaysian Fund Inc", "ORG", "MYS"),
            ("International Fund Corporation", "ORG", None),
            ("World Bank", "ORG", None),
            (("AMBB", "said AMBB"), "ORG", "MYS"),
            ("Merrill Lynch Capital Markets", "ORG", "USA"),
            ("Morgan Stanley Inc", "ORG", "USA"),
            (("AMBB", "AMBB said its"), "ORG", "MYS"),
            ("Arab Malaysian Consultant", "ORG", "MYS"),
            (("Malaysian", "fund's"), "NORP", "MYS"),
            ("Morgan Stanley Asset Management Inc", "ORG", "USA"),
            (("Malaysian", "shares of"), "NORP", "MYS"),
            ("Kuala Lumpur Stock Exchange", "ORG", "MYS"),
            (("AMBB", "AMBB said the fund"), "ORG", "MYS"),
            (("Malaysian", "expose the"), "NORP", "MYS"),
            (("US", "market to"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
        ],
    },
    "reuters21578-4584": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Citgo Petroleum Corp", "USA", "BUS"), None, NY,
             "1987-03-12", "day", None, "asserted", None,
             "announcement of its crude contract price rise (company price setting: no type); 'effective today' "
             "dates the rise; wire style: DCT, dateline city"),
        ],
        "skip": [
            ("raised", "company price setting (crude postings): no type (15b/22a)"),
            (("increase", "The"), "anaphoric nominal (company price setting)"),
            (("raised", "was also"), "company price setting (grade posting)"),
            ("increased", "company price setting (grade posting)"),
            ("changed", "company price setting (earlier posting change)"),
        ],
        "entities": [
            ("Southland Corp", "ORG", "USA"),
            ("Citgo Petroleum Corp", "ORG", "USA"),
            (("Citgo", "bring's"), "ORG", "USA"),
            ("West Texas", "LOC", "USA"),
            (("West Texas", "Intermediate and"), "LOC", "USA"),
            ("Louisiana", "GPE", "USA"),
            (("Louisiana", "and Light"), "GPE", "USA"),
            (("Citgo", "Citgo last"), "ORG", "USA"),
        ],
    },
    "reuters21578-10312": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Salomon Brothers International Ltd", "USA", "BUS"), None, LON,
             "1987-03-27", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("issuing", "bond issue (corporate finance), content of the statement"),
            (("issued", "will be"), "bond terms (corporate finance)"),
            ("listed", "bond listing (corporate finance)"),
            ("owned", "stative (ownership)"),
        ],
        "entities": [
            ("IBM Australia Credit Ltd", "ORG", "AUS"),
            ("Australian", "NORP", "AUS"),
            ("Salomon Brothers International Ltd", "ORG", "USA"),
            ("Luxembourg", "GPE", "LUX"),
            ("International Business Machines Corp", "ORG", "USA"),
        ],
    },
    "reuters21578-9655": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Cesar Gaviria"), ("Cesar Gaviria", "COL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "borrowing plan (no type: borrowing policy, no counterpart); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "COL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "told the IADB annual meeting here Colombia achieves positive credit flows (assessment; the audience "
             "is not actor2); DCT, Miami"),
            # 2
            ("STATEMENT", ("said", "Mauricio Cabrera"), ("Mauricio Cabrera", "COL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "planned foreign bond issue in the second half of 1987 (corporate finance); DCT"),
            # 3
            ("STATEMENT", ("said", "Cabrera said a"), (("Cabrera", "Cabrera said a"), "COL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "FRN issue expected to close next month (corporate finance); DCT"),
            # 4
            ("STATEMENT", ("told", "He also"), (("He", "He also told"), "COL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "forecast: no increase in financing needs from falling coffee prices; DCT"),
            # 5
            ("STATEMENT", ("said", 'dlrs," he'), (("he", 'dlrs," he'), "COL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "quote: the drop brings Colombia back to 1985 levels; DCT"),
            # 6
            ("STATEMENT", ("said", "this year, Gaviria"), (("Gaviria", "this year, Gaviria"), "COL", "GOV"), None, MIA,
             "1987-03-25", "day", None, "asserted", None,
             "statistics and forecast (reserves, GDP growth); DCT"),
        ],
        "skip": [
            ("maintain", "borrowing policy (no counterpart), content of the statement"),
            (("received", "during which it"), "statistics (net borrowing 1982-86, no lender named)"),
            (("meeting", "annual"), "internal meeting of one body (the IADB annual meeting, Gaviria's audience)"),
            ("achieve", "content of the assessment"),
            ("grew", "statistics"),
            (("launch", "plans to"), "bond issue (corporate finance), content of the statement"),
            ("close", "FRN closing (corporate finance), content of the statement"),
            ("doubled", "statistics"),
            ("borrowing programme", "stative description (borrowing programme)"),
            (("ended", "reserves"), "statistics"),
        ],
        "entities": [
            ("Colombia", "GPE", "COL"),
            ("Cesar Gaviria", "PERSON", "COL"),
            ("Inter-American Development Bank", "ORG", None),
            ("IADB", "ORG", None),
            ("Latin America", "LOC", None),
            (("Colombia", "debt crisis,"), "GPE", "COL"),
            ("Mauricio Cabrera", "PERSON", "COL"),
            (("Colombia", "Cabrera said Colombia"), "GPE", "COL"),
            (("Cabrera", "Cabrera said a"), "PERSON", "COL"),
            (("Colombia", "issue by"), "GPE", "COL"),
            ("Reuters", "ORG", "GBR"),
            (("Colombia", "increase in"), "GPE", "COL"),
            (("Colombia", "Colombia, with"), "GPE", "COL"),
            (("Gaviria", "this year, Gaviria"), "PERSON", "COL"),
        ],
    },
    "reuters21578-12369": {
        "events": [
            # 0
            ("AID", "received", ("eximbank", "JPN", "GOV"), ("mexico", "MEX", "GOV"), None,
             "1987-04-01", "day", "today", "asserted", None,
             "Mexico received today the first 250 mln dlrs of Japan's Eximbank credit (lender first); 'the finance "
             "ministry announced' rule-3 attribution; no place stated"),
        ],
        "skip": [
            ("announced", "attribution of the credit receipt (rule 3)"),
            (("credit", "500"), "background nominal (the whole 500 mln credit; a separate AID arguable)"),
            (("financing", "aimed at"), "purpose of the credit"),
            ("used", "use of the funds (purpose)"),
            ("construction", "pipeline construction (project, no type)"),
            ("facilitate", "purpose of the project"),
            ("completed", "planned project completion (no type)"),
        ],
        "entities": [
            ("mexico", "GPE", "MEX"),
            ("japan", "GPE", "JPN"),
            ("eximbank", "ORG", "JPN"),
            ("mexican", "NORP", "MEX"),
            ("finance ministry", "ORG", "MEX"),
            ("nuevo teapa", "GPE", "MEX"),
            ("veracruz", "GPE", "MEX"),
            ("salina cruz", "GPE", "MEX"),
            ("oaxaca", "GPE", "MEX"),
            (("mexican", "facilitate"), "NORP", "MEX"),
            (("japan", "exports to"), "GPE", "JPN"),
            ("far east", "LOC", None),
        ],
    },
    "reuters21578-4340": {
        "events": [
            # 0
            ("REJECT", "rejected", ("The National Wildlife Federation", "USA", "ORG"),
             ("Interior Department", "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "rejected Interior's draft plan to open the Alaska refuge to exploration; a wire-style verbal act of "
             "today's story: DCT, dateline city (undated as a non-speech rejection, rule 17, arguable)"),
            # 1
            ("STATEMENT", ("said", "conservation group,"), ("The federation", "USA", "ORG"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "further study was needed (evaluation with no actor asked, EVENTS.md 2; REQUEST toward Interior "
             "arguable); DCT"),
            # 2
            ("ACCUSE", "called", ("Jay Hair", "USA", "ORG"), (("Interior", "called the"), "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "called Interior's research fundamentally flawed (criticism); DCT"),
            # 3
            ("ACCUSE", ("called", "Hair called"), (("Hair", "Hair called"), "USA", "ORG"),
             (("the department", "Hair called"), "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "called the department's proposal a political decision (criticism); DCT"),
            # 4
            ("ACCUSE", "adding", (("Hair", "Hair called"), "USA", "ORG"),
             (("Interior", "no confidence in"), "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "'we have no confidence in Interior' (criticism; a second clause, EVENTS.md 3); DCT"),
            # 5
            ("STATEMENT", ("said", "but it"), (("it", "but it said"), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "Interior: opening only with tough safeguards (policy description); DCT"),
            # 6
            ("STATEMENT", ("said", "It said a"), (("It", "It said a"), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "Interior: the survey showed billions of barrels may be there (assessment); DCT"),
            # 7
            ("STATEMENT", ("said", "Interior said oil"), (("Interior", "Interior said oil"), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "Interior: oil could match Prudhoe Bay (assessment); DCT"),
            # 8
            ("ACCUSE", ("said", "Hair said Interior's report"), (("Hair", "Hair said Interior's report"), "USA", "ORG"),
             (("Interior", "Hair said Interior's report"), "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "Interior's report failed to stress the low probability (criticism); DCT"),
            # 9
            ("ACCUSE", ("said", "He said Interior's"), (("He", "He said Interior's"), "USA", "ORG"),
             (("Interior", "He said Interior's"), "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "Interior's study failed to weigh Alaska's data, did not consult the EPA (criticism); DCT"),
            # 10
            ("REQUEST", "proposed", (("The federation", "The federation, in letters"), "USA", "ORG"),
             ("Congressmen", "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "proposal to Congressmen, in letters, to set up a study commission (a request to an identified "
             "addressee); wire style: DCT"),
            # 11
            ("ACCUSE", ("said", "Hair said the federation"), (("Hair", "Hair said the federation"), "USA", "ORG"),
             (("Interior", "only that"), "USA", "GOV"), WAS,
             "1987-03-12", "day", None, "asserted", None,
             "not opposed to exploration, only that Interior's study was inadequate (criticism of Interior; "
             "STATEMENT arguable); DCT"),
        ],
        "skip": [
            (("open", "draft plan to"), "content of the rejected plan (domestic land policy)"),
            ("assess", "content of the statement"),
            ("wants", "Interior's intention (domestic land policy, no type)"),
            (("open", "Interior wants to"), "domestic land policy (no type)"),
            (("protect", "safeguards to"), "content of the statement"),
            ("showed", "a document (the survey), content of the statement"),
            (("agree", "Congress must"), "generic legal requirement (Congress's consent)"),
            (("act", "does not"), "condition"),
            (("protected", "wildlife refuge"), "stative"),
            ("consulted", "content of the criticism (negated CONSULT Interior -> EPA arguable)"),
            ("gathered", "no type (Alaska's data gathering), content of the criticism"),
            ("set up", "content of the proposal"),
            (("study", "be set up to"), "content of the proposal"),
            ("report back", "content of the proposal"),
            (("said", "Congressional observers"), "unidentified speakers (observers, EVENTS.md 4)"),
            (("open", "sentiment in Congress to"), "content of the observers' talk"),
        ],
        "entities": [
            ("National Wildlife Federation", "ORG", "USA"),
            ("Interior Department", "ORG", "USA"),
            ("Alaska", "GPE", "USA"),
            ("Arctic National Wildlife Refuge", "LOC", "USA"),
            ("Jay Hair", "PERSON", "USA"),
            (("Interior", "called the"), "ORG", "USA"),
            (("Hair", "Hair called"), "PERSON", "USA"),
            (("Interior", "no confidence in"), "ORG", "USA"),
            (("Interior", "in this area"), "ORG", "USA"),
            (("Interior", "Interior said oil"), "ORG", "USA"),
            ("Prudhoe Bay", "LOC", "USA"),
            (("Congress", "existing law,"), "ORG", "USA"),
            (("Hair", "Hair said Interior's report"), "PERSON", "USA"),
            (("Interior", "Hair said Interior's report"), "ORG", "USA"),
            (("Interior", "He said Interior's"), "ORG", "USA"),
            ("State of Alaska", "GPE", "USA"),
            ("Environmental Protection Agency", "ORG", "USA"),
            (("Congress", "report back to"), "ORG", "USA"),
            (("Hair", "Hair said the federation"), "PERSON", "USA"),
            (("Interior", "only that"), "ORG", "USA"),
            (("Congress", "sentiment in"), "ORG", "USA"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-16118": {
        "events": [
            # 0
            ("STATEMENT", ("said", "The National Bank"), ("The National Bank", "YUG", "GOV"), None, BEL,
             "1987-04-13", "day", None, "asserted", None,
             "the surplus drop was due to worse trade (assessment); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "warned", ("Branko Mikulic", "YUG", "GOV"), None, None,
             "1987-02", "month", "February", "asserted", None,
             "warned in February wages were too high (no consequence from the speaker: STATEMENT); past bare "
             "month; no place given"),
        ],
        "skip": [
            ("shows", "a document (the bank's data), not a speech act"),
            ("started quoting", "statistics practice (no type)"),
            (("showed", "the bank's data"), "a document (the bank's data), not a speech act"),
            ("introduced", "domestic wage law (domestic policy, no counterpart)"),
            (("cutting", "a law"), "content of the wage law"),
            ("tying", "content of the wage law"),
            (("show", "Bank statistics"), "a document (bank statistics), not a speech act"),
        ],
        "entities": [
            ("National Bank", "ORG", "YUG"),
            ("Yugoslavia", "GPE", "YUG"),
            (("Yugoslavia", "first three"), "GPE", "YUG"),
            (("Yugoslavia", "264.53"), "GPE", "YUG"),
            (("National Bank", "The National Bank"), "ORG", "YUG"),
            ("Branko Mikulic", "PERSON", "YUG"),
            (("Mikulic", "Mikulic introduced"), "PERSON", "YUG"),
            (("Bank", "Bank statistics"), "ORG", "YUG"),
            ("Yugoslavs", "NORP", "YUG"),
            ("Europe", "LOC", None),
            ("Swiss", "NORP", "CHE"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-18271": {
        "events": [
            # 0
            ("STATEMENT", "predicted", ("Jim Wright", "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "forecast: passage of the Gulf report bill; wire style: DCT, dateline city"),
            # 1
            ("ASSAULT", "attack", ("Iraqi", "IRQ", "MIL"), ("the U.S. frigate Stark", "USA", "MIL"), ("Gulf", None),
             "1987-05-17", "day", "May 17th", "asserted", None,
             "the May 17th Iraqi missile attack on the Stark (nominal with its own agent, target and date, "
             "EVENTS.md 11)"),
            # 2
            ("AID", "protect", ("President Reagan", "USA", "GOV"), ("11 Kuwaiti oil tankers", "KWT", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Reagan's decision to protect Kuwaiti tankers by reflagging them (military protection, EVENTS.md 8); "
             "no time expression: undated"),
            # 3
            ("ACCUSE", "complained", ("congressional leaders", "USA", "GOV"), ADMIN, None,
             None, "unknown", None, "asserted", None,
             "complained the administration had not consulted them (criticism); over the open period since the "
             "plans were announced: undated (DCT arguable)"),
            # 4
            ("ACCUSE", "charged", (("some", "and some"), "USA", "GOV"), ADMIN, None,
             None, "unknown", None, "asserted", None,
             "charged the administration's policy could lead the U.S. into the Iran-Iraq war (criticism); undated "
             "as the complaint"),
            # 5
            ("STATEMENT", ("said", "Liberal Democrats"), ("Liberal Democrats", "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "the bill's lack of restrictions implied consent to Reagan's policies (criticism of a bill, not an "
             "actor); DCT"),
        ],
        "skip": [
            ("requiring", "content of the prediction (the bill's provision; REQUEST arguable)"),
            (("provide", "administration to"), "content of the bill"),
            ("revolt", "internal legislative opposition within one body (REJECT toward the bill arguable)"),
            ("written", "legislative drafting (no type)"),
            ("killed", "toll of the attack (part of it)"),
            ("decision", "light noun of the protection decision"),
            ("putting", "means of the protection (reflagging: the same AID)"),
            ("making", "consequence of the reflagging"),
            ("made known", "background announcement of the reflagging plans (a later AID mention arguable)"),
            ("reflagging", "anaphoric nominal (the reflagging plans)"),
            ("consulted", "content of the complaint (negated CONSULT)"),
            (("lead", "policy could"), "content of the charge"),
            ("war", "background nominal (the Iran-Iraq war; ASSAULT arguable)"),
            (("vote", "was to"), "internal vote of one body (planned)"),
            ("supported", "endorsement of a bill (a policy, not an actor: EVENTS.md 6)"),
            ("demanded", "provision of a bill (a document; REQUEST arguable)"),
            (("meet", "plans to"), "content of the bill"),
            (("pass", "expected to"), "internal committee vote (expected)"),
            ("take up", "internal floor consideration (planned)"),
            ("move", "internal legislative opposition (the surprise move)"),
            ("joined", "internal legislative opposition within one body (REJECT arguable)"),
            ("oppose", "internal legislative opposition within one body (REJECT arguable)"),
            ("implied", "content of the statement"),
        ],
        "entities": [
            ("House", "ORG", "USA"),
            ("Jim Wright", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            ("Mideast Gulf", "LOC", None),
            ("Iraqi", "NORP", "IRQ"),
            ("U.S.", "GPE", "USA"),
            (("Gulf", "Stark in the"), "LOC", None),
            ("Americans", "NORP", "USA"),
            (("Reagan", "President Reagan"), "PERSON", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            (("U.S.", "under"), "GPE", "USA"),
            (("American", "making them"), "NORP", "USA"),
            ("United States", "GPE", "USA"),
            ("Iran", "GPE", "IRN"),
            (("Iraq", "Iran and"), "GPE", "IRQ"),
            (("House", "The House was"), "ORG", "USA"),
            ("Democratic", "NORP", "USA"),
            ("Republican", "NORP", "USA"),
            (("U.S.", "needs of"), "GPE", "USA"),
            (("gulf", "forces in the"), "LOC", None),
            ("House Foreign Affairs Committee", "ORG", "USA"),
            (("House", "the full"), "ORG", "USA"),
            ("Democrats", "NORP", "USA"),
            ("Republicans", "NORP", "USA"),
            (("Democrats", "Liberal"), "NORP", "USA"),
            (("Reagan", "consent to"), "PERSON", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
