"""Build ``own_blind56b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind56b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 55 (2299 left); 24 drawn with random.Random(56101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
53 event records (49 first mentions, 4 later mentions), 115 not_annotated spans, 115 entity mentions
(GPE 59, ORG 28, PERSON 22, NORP 6); no article without events; 10589 (Quadrex / American Stock Exchange)
is reporting-clause STATEMENTs apart from its planned joint venture. Types: STATEMENT 22, REQUEST 13,
AGREE 7, COOPERATE 3, SANCTION 2, REJECT 2, CONSULT 2, ACCUSE 1, SUPPORT 1; modality: asserted 47,
planned 4, hypothetical 2; precision: day 35, unknown 16, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Five wrong first matches were caught in the printed context
and fixed: in 13946 the actor "he" of two reporting clauses landing inside "them" and "their"; in 26 the
nominal "request" landing inside "requested"; in 18257 the entity "Romania" inside "Romanian"; in 3982
the NORP "Philippine" inside "Philippines". In 10589 the guideline splitter ends a sentence after
"non-U.S." (not in its abbreviation list), so the joint venture and its "said" fall in two sentences: the
splitter's output is kept. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("U.S. Commerce secretary Malcolm Baldrige": GPE
"U.S." and PERSON "Malcolm Baldrige", "Commerce" a title word, not tagged; "Transportation Secretary
Elizabeth Dole": PERSON only; "Quadrex chairman Gary Klesch": ORG "Quadrex" and PERSON "Gary Klesch");
a named body before a title is an ORG ("Federal Reserve Board Chairman Paul Volcker"); a body with its
country word is one ORG span ("U.S. Department of Transportation"); possessive 's left out; "Reagan
Administration" / "Reagan administration" and "President Reagan" give PERSON "Reagan" (15b/23b);
bracketed company names tagged without the brackets, tickers (<SJG>) not tagged; lower-case "the
committee", "the banks", "congressional" are not tagged. Countries: Fluor Corp / Fluor, St. Joe Gold Corp
/ St. Joe Gold and St. Joe Minerals ORG USA (the Irvine company and its units), Shearson Lehman Brothers
Inc ORG USA (18a), S.G. Warburg and Co Inc ORG USA (an "Inc", as 15a's S.G. Warburg (USA) Inc; GBR by
the parent arguable), the U.S., Canada, Chile, Australia, Spain, Uruguay by their codes; the United
States, U.S. and Washington GPE USA, Japan and Tokyo GPE JPN, "Japanese" NORP JPN (also "the Japanese"),
Malcolm Baldrige / Baldrige and Reagan PERSON USA, Congress ORG USA; the Federal Reserve Board and the
Senate Banking Committee ORG USA, Paul Volcker / Volcker PERSON USA, Brazil GPE BRA, "Brazilian" NORP BRA;
Venezuela GPE VEN, "Venezuelan" NORP VEN, New York GPE USA, Chile GPE CHL, Citibank ORG USA, Mexico GPE
MEX, Brazil GPE BRA ("Eurodollar" a rate, not tagged); Braniff Inc / Braniff ORG USA, the U.S. Department
of Transportation and the Transportation Department ORG USA, Dallas, Fort Worth (tagged apart in
"Dallas/Fort Worth"), San Antonio and Texas GPE USA, Mexico City, Acapulco and Mexico GPE MEX, Elizabeth
Dole PERSON USA; "Romanian" NORP ROU, Romania and Bucharest (also in "the Bucharest government") GPE ROU,
the White House, Congress and the House of Representatives ORG USA, Hungary GPE HUN, China GPE CHN (Most
Favored Nation / MFN a status, not tagged); the Philippines and Manila GPE PHL, "Philippine" NORP PHL,
Reuters ORG GBR; "U.K." and London GPE GBR, Quadrex Securities Ltd / Quadrex ORG GBR ("A U.K. Financial
services company"), Gary Klesch / Klesch / Klesh (the text's misspelling) PERSON GBR (the U.K. firm's
chairman, as 54b's Brian Weeks), the American Stock Exchange and the SEC ORG USA, "U.S." (also inside
"non-U.S.") GPE USA (Eurobonds not tagged).

Judgement calls made here:
* 17541 (Fluor to assess its gold operations, DCT Mon 1987-06-01, IRVINE, Calif.): "Fluor Corp said it
  retained two investment bankers to assess the value of its gold operations" is COOPERATE USA BUS -> the
  bankers (USA BUS: the next sentence names them), a service contract between identified companies (35b's
  Statoil "hired by PTT"; an appointment-like mandate with no type, skipped in an earlier set, arguable),
  asserted, undated (no time expression, EVENTS.md 17), "said" rule-3 attribution; "The engineering,
  construction and natural resources company said it retained Shearson Lehman Brothers Inc and S.G.
  Warburg and Co Inc" is its later mention (one record: both banks taken as USA, a same-country compound,
  EVENTS.md 12). The purposes ("assess", "assist"), the ownership ("owns", "has gold operations"), St.
  Joe Gold's habitual activities and its output figure are skipped.
* 10781 (Baldrige predicts end of chip dispute, DCT Mon 1987-03-30, WASHINGTON): "The United States and
  Japan will soon settle their trade dispute ..., U.S. Commerce secretary Malcolm Baldrige said on
  television" is a STATEMENT (a forecast of a settlement, not an announced act; AGREE planned USA -> JPN
  arguable, "settle" skipped), DCT ("on television" gives no date), WASHINGTON. "Baldrige, referring to
  the ... agreement, said: 'Their government wants to live up to it. Their industries haven't been doing
  it, and I think we'll have a good settlement ...'" is a STATEMENT (a mixed assessment; ACCUSE toward the
  Japanese industries arguable); '"I think the Japanese understand full well that they haven't lived up
  to this commitment," he said' is ACCUSE USA GOV -> JPN (an accusation of non-compliance; the saying is
  the act, EVENTS.md 1); "He added: 'I do not think there will be a trade war at all'" a STATEMENT
  (forecast). "On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on Japanese
  electronic goods from April 17" is SANCTION USA GOV -> JPN, planned, 1987-04-17 (19a's call: "announced"
  rule-3 attribution, "On Friday" dates the announcing); "Tokyo's failure to observe the agreement" is a
  background nominal in a causal clause (ACCUSE arguable, skipped). "The officials said the tariffs would
  be ended as soon as Japan started adhering to the agreement" is AGREE USA GOV -> JPN GOV (a conditional
  promise toward the party whose compliance is awaited, as own_dev's Reagan), asserted, DCT (wire style;
  Friday's announcement, 1987-03-27, arguable); "But they said there was little chance Japan could react
  quickly enough" a STATEMENT (assessment). "Baldrige said the Reagan administration hoped the strong U.S.
  Action against Japan would convince Congress to tone down protectionist trade legislation" is a
  STATEMENT (a hope, no request made to Congress); "He denied the action had been taken for that reason"
  is REJECT (a denial; no accuser named: actor2 null), DCT.
* 13946 (Volcker on debtors, DCT Tue 1987-04-07, WASHINGTON): every reporting clause is a record (USA
  GOV, DCT, WASHINGTON; the Senate Banking Committee is the audience, EVENTS.md 6). STATEMENTs: the lead
  assessment, "Volcker told the Senate Banking Committee" (a danger that financing is not negotiated in
  time: no actor asked), "The borrowing countries need to be able to proceed with confidence that the
  necessary funds will be available to them, he said" (an evaluation; REQUEST toward the creditors
  arguable), Brazil "in a difficult position today" ("today" is the position's), "it will take a
  concerted effort to regularize Brazil's external payments", "Both Brazil and its creditors have a
  strong incentive to work together" (no one told to act; REQUEST arguable) and '"We need time for those
  actions and the earlier depreciation to work their effects," he said'. REQUESTs (EVENTS.md 2: an
  identified actor told it should act): '"The key prerequisite is clearly in the hands of Brazilian
  authorities," he said' -> BRA GOV (as "new efforts by the government are now required"; STATEMENT
  arguable); "it was critically important that markets be kept open by the industrial nations" -> null
  (a group of countries); "the United States must reduce its budget deficit and foreign nations need to
  provide stimulus ..., Volcker said" split by target (EVENTS.md 12): -> USA GOV (the Fed chairman to his
  own government) and -> null ("foreign nations"). The depreciation is a market movement (skipped).
* 26 (Venezuelan debt breakthrough, DCT Thu 1987-02-26, NEW YORK): every "bankers said" / "one senior
  banker said" / "bankers acknowledge" is anonymous (skipped), so the acts they relay are the records.
  "Venezuela and its bank advisory committee have agreed in principle on revisions" is AGREE VEN GOV ->
  the committee (null BUS, 36b), undated (present perfect, no time expression); "a 21 billion dlr
  debt-rescheduling package signed last February" is AGREE (implied Venezuela -> its banks), 1986-02 ("last
  February" in February 1987: the previous one), a participle with its own date (EVENTS.md 11; the
  rescheduling itself, AID, skipped as the package's content). "The committee was meeting in New York
  this afternoon" is one body's meeting (skipped; CONSULT with Venezuela arguable); "could put its final
  stamp of approval of the deal later today" is AGREE committee (null BUS) -> VEN, hypothetical
  ("could"), 1987-02-26 ("later today"). "Venezuela requested easier terms", "It also asked for a
  reduction in the repayments" and "sought a commitment from the banks to finance new investment" are
  REQUESTs VEN GOV -> the banks (null BUS), undated ("last year" dates the oil income drop, 1987-89 the
  repayments); "an earlier request that it make no amortizations ... was rebuffed" is a REQUEST (a
  nominal with its own predication, EVENTS.md 11) and a REJECT by the banks (implied) -> VEN on
  "rebuffed", both undated. "the Venezuelan talks, which have been going on intermittently for several
  months" is CONSULT (implied VEN -> banks), asserted, undated (a duration). "the announcement earlier
  today of a 10.6 billion dlr debt rescheduling pact between Chile and its bank advisory panel" is AGREE
  CHL GOV -> the panel (null BUS) on "pact", undated ("earlier today" dates the announcing, rule-3
  attribution, as 19a's "announced last week plans"; 1987-02-26 arguable). "last night Citibank said
  Mexico's financing package, including a 7.7 billion dlr loan, will be signed on March 20" is AGREE MEX
  GOV -> its banks (implied, null BUS), planned, 1987-03-20, "said" rule-3 attribution, the loan part of
  the package (skipped). "the shock of Brazil's unilateral interest suspension last Friday" is Brazil's
  payment freeze (no type, EVENTS.md 10); the generic banks "striking swift deals" are skipped.
* 9826 (Braniff Mexican routes, DCT Thu 1987-03-26, DALLAS): "Braniff Inc said a U.S. Department of
  Transportation administrative law judge has recommended that a certificate be granted authorizing
  Braniff to operate air service ..." is REQUEST USA GOV (the judge) -> USA GOV (the deciding department,
  implied), as 21a's Federal Express call, undated (present perfect), "said" rule-3 attribution; "The
  company said the recommendation must still be approved by ... Dole and President Reagan" is a STATEMENT
  (USA BUS, DCT, DALLAS). "exemption authority granted by the Transportation Department in October" is
  AGREE USA GOV -> Braniff (USA BUS; a permission granted, 10b's go-ahead; a participle with its own
  agent and date, EVENTS.md 11), 1986-10 (a past bare month in March 1987); Braniff's operating the routes
  is its own business (skipped).
* 18257 (Reagan seeks Romania MFN, DCT Tue 1987-06-02, WASHINGTON): "President Reagan called for
  continued nondiscriminatory treatment for Romanian exports ... in the face of congressional opposition"
  is REQUEST USA GOV -> USA GOV (Congress, implied: it decides and opposes), the lead's verbal act in wire
  style: DCT, WASHINGTON (SUPPORT of Romania arguable). "A White House statement said" (the decision
  "exceptionally difficult") and "But the statement said" (its reasons) are STATEMENTs (a named body's
  statement, 54b's "A bank statement said"), DCT; "The statement was issued" is their later mention. "as
  Reagan sent to Congress requests for one-year extensions of MFN for Romania, Hungary and China" is a
  later mention of the lead's REQUEST (17b's document transmitted to Congress), -> Congress (USA GOV),
  placed at the statement's issuance (rule 3): DCT. "The House of Representatives has attached to a trade
  bill legislation that would temporarily deny MFN for Romania" is SANCTION USA GOV -> ROU GOV on "deny",
  hypothetical (proposed legislation, not enacted), undated; "attached" skipped as the legislative vehicle
  (SANCTION asserted arguable), the certification a condition. The congressional opposition, the human
  rights concerns and abuses are background nominals (ACCUSE arguable, skipped).
* 3982 (Philippine debt talks delayed, DCT Wed 1987-03-11, NEW YORK): "Today's debt rescheduling talks
  between the Philippines government and its bank advisory committee were postponed until Thursday" is
  CONSULT PHL GOV -> the committee (null BUS), planned, 1987-03-12 ("until Thursday", a future weekday);
  the postponement has no type and "bankers said" is anonymous (both skipped); Manila's "novel proposal"
  is a background nominal (an offer; AGREE arguable, skipped). "The committee banks met briefly earlier
  today and decided ..." is one body's internal meeting and decision (skipped). "a news report which
  quoted a Reagan Administration official as urging that the proposal be given serious consideration" is
  REQUEST USA GOV -> the banks (implied, null BUS), relayed speech: undated, "quoted" attribution. "In a
  despatch yesterday from Washington, Reuters quoted the official as saying Manila's plan ... was fully
  consistent with the Reagan Administration strategy" is SUPPORT USA GOV -> PHL GOV on "saying" (an
  endorsement of another actor's proposal, not a defence of one's own policy, EVENTS.md 6), relayed:
  undated ("yesterday" dates the despatch; 1987-03-10 arguable); '"The Philippine proposal is very
  interesting ... I don't think it's something that should be categorically rejected out of hand," the
  official said' is the later mention of the REQUEST (the quote of the relayed urging, undated). The
  banks' quotes ("one banker said", "bankers said") are anonymous.
* 10589 (Quadrex / AMEX dealer market, DCT Fri 1987-03-27, LONDON): "A U.K. Financial services company,
  <Quadrex Securities Ltd>, is planning a joint venture with the American Stock Exchange ..., Quadrex
  chairman Gary Klesch said" is COOPERATE GBR BUS -> USA (the exchange; kind BUS), planned, undated, "said"
  rule-3 attribution. The other reporting clauses are STATEMENTs (GBR BUS, DCT, LONDON): the new
  exchange's aim, its planned depositary, "Klesh said the new market would come under SEC jurisdiction,
  and that while the SEC is considering the plans, he could not estimate when ..." (one reporting clause:
  the SEC review and the withheld estimate are its content, skipped), "Klesch added that he hoped the
  exchange could open in the autumn" (the opening has no type), the description of Quadrex, and "further
  details would be available nearer to the planned opening".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind56b.jsonl"

WAS = ("WASHINGTON", "USA")
NYC = ("NEW YORK", "USA")
DAL = ("DALLAS", "USA")
LON = ("LONDON", "GBR")

FLUOR_BANKERS = ("two\ninvestment bankers", "USA", "BUS")
BALDRIGE = ("U.S.\nCommerce secretary Malcolm Baldrige", "USA", "GOV")
JAPAN_GOV = ("Japan", "JPN", "GOV")
VOLCKER = ("Federal Reserve Board Chairman Paul\nVolcker", "USA", "GOV")
VEN_GOV = ("Venezuela", "VEN", "GOV")
VEN_GOV_IMPLIED = (None, "VEN", "GOV")
BANKS_IMPLIED = (None, None, "BUS")
USA_GOV_IMPLIED = (None, "USA", "GOV")
QUADREX = ("Quadrex Securities Ltd", "GBR", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17541": {
        "events": [
            # 0
            ("COOPERATE", "retained", ("Fluor Corp", "USA", "BUS"), FLUOR_BANKERS, None,
             None, "unknown", None, "asserted", None,
             "Fluor retained two investment bankers to assess the value of its gold operations (a service "
             "contract between identified companies, as 35b's Statoil 'hired by PTT'; an appointment-like "
             "mandate with no type arguable); 'said' rule-3 attribution; no time expression: undated"),
            # 1
            ("COOPERATE", ("retained", "company\nsaid it"),
             ("The engineering, construction and natural resources company", "USA", "BUS"),
             ("Shearson Lehman Brothers Inc and S.G. Warburg\nand Co Inc", "USA", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention naming the two banks (both taken as USA: a same-country compound, EVENTS.md 12; "
             "S.G. Warburg and Co Inc as the U.S. 'Inc' arm, GBR by the parent arguable); undated"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the retention is the event)"),
            ("assess", "purpose of the retention"),
            (("said", "company\n"), "rule-3 attribution (later mention of the retention)"),
            ("assist", "purpose of the retention"),
            ("owns", "ownership: stative description"),
            ("explores", "habitual business activity"),
            ("produced", "statistics (output)"),
            (("has", "Fluor also"), "stative description (operations)"),
        ],
        "entities": [
            ("Fluor Corp", "ORG", "USA"),
            ("Shearson Lehman Brothers Inc", "ORG", "USA"),
            ("S.G. Warburg\nand Co Inc", "ORG", "USA"),
            (("Fluor", "Fluor owns"), "ORG", "USA"),
            ("St. Joe Gold Corp", "ORG", "USA"),
            (("Fluor", "a unit of"), "ORG", "USA"),
            ("St. Joe Minerals", "ORG", "USA"),
            (("St. Joe Gold", "<SJG>"), "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Chile", "GPE", "CHL"),
            (("Fluor", "Fluor also"), "ORG", "USA"),
            ("Australia", "GPE", "AUS"),
            ("Spain", "GPE", "ESP"),
            ("Uruguay", "GPE", "URY"),
        ],
    },
    "reuters21578-10781": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Malcolm Baldrige"), BALDRIGE, None, WAS,
             "1987-03-30", "day", None, "asserted", None,
             "forecast: the U.S. and Japan will soon settle the semiconductor dispute (a prediction, not an "
             "announced act: AGREE planned arguable, 'settle' skipped); 'on television' gives no date: DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "referring to"), (("Baldrige", "Baldrige, referring"), "USA", "GOV"), None, WAS,
             "1987-03-30", "day", None, "asserted", None,
             "assessment: Japan's government wants to comply, its industries have not, a good settlement expected "
             "(mixed; ACCUSE toward the Japanese industries arguable); DCT"),
            # 2
            ("ACCUSE", ("said", "this commitment"), (("he", "this commitment"), "USA", "GOV"),
             (("the Japanese", "I think"), "JPN", "GOV"), WAS,
             "1987-03-30", "day", None, "asserted", None,
             "'the Japanese understand full well that they haven't lived up to this commitment': an accusation of "
             "non-compliance (the saying is the act); DCT"),
            # 3
            ("STATEMENT", "added", (("He", "He added"), "USA", "GOV"), None, WAS,
             "1987-03-30", "day", None, "asserted", None,
             "forecast: no trade war; DCT"),
            # 4
            ("SANCTION", ("tariffs", "300\nmln"), ("Washington", "USA", "GOV"),
             (("Japanese", "tariffs on"), "JPN", "GOV"), None,
             "1987-04-17", "day", "April 17", "planned", None,
             "plans to put up to 300 mln dlrs in tariffs on Japanese electronic goods from April 17 (19a's call: "
             "SANCTION planned dated by its own expression; 'On Friday' dates the announcing, 'announced' rule-3 "
             "attribution)"),
            # 5
            ("AGREE", ("said", "The officials"), ("The officials", "USA", "GOV"), (("Japan", "as soon as"), "JPN", "GOV"),
             WAS, "1987-03-30", "day", None, "asserted", None,
             "the tariffs would be ended as soon as Japan adheres to the agreement: a conditional promise toward "
             "the party whose compliance is awaited (GUIDELINES.md, own_dev's Reagan); U.S. officials (the "
             "announcers); wire style: DCT (Friday's announcement, 1987-03-27, arguable)"),
            # 6
            ("STATEMENT", ("said", "But they"), (("they", "But they"), "USA", "GOV"), None, WAS,
             "1987-03-30", "day", None, "asserted", None,
             "assessment: little chance Japan reacts in time; DCT"),
            # 7
            ("STATEMENT", ("said", "Baldrige said the"), (("Baldrige", "Baldrige said the"), "USA", "GOV"), None, WAS,
             "1987-03-30", "day", None, "asserted", None,
             "the administration hoped the action would convince Congress to tone down trade legislation (a hope, "
             "no request made to Congress); DCT"),
            # 8
            ("REJECT", "denied", (("He", "He denied"), "USA", "GOV"), None, WAS,
             "1987-03-30", "day", None, "asserted", None,
             "denied the action had been taken for that reason: a denial (no accuser named: actor2 null); DCT"),
        ],
        "skip": [
            ("settle", "content of the forecast (AGREE planned arguable)"),
            (("agreement", "trade agreement"), "background nominal (the semiconductor pact)"),
            (("live up", "wants to"), "content of the assessment"),
            (("settlement", "good"), "content of the forecast"),
            ("lived up", "content of the accusation"),
            ("commitment", "anaphoric nominal (the pact)"),
            ("trade war", "content of the forecast (negated)"),
            ("announced", "rule-3 attribution (the planned tariffs are the event)"),
            ("failure", "background nominal in a causal clause (ACCUSE arguable)"),
            (("agreement", "observe the"), "background nominal (the pact)"),
            ("ended", "content of the promise"),
            ("adhering", "condition of the promise"),
            ("react", "content of the assessment"),
            ("avert", "content of the assessment"),
            ("hoped", "content of the statement"),
            ("Action", "anaphoric nominal (the tariffs)"),
            ("convince", "content of the statement (the hoped-for effect)"),
            ("tone down", "content of the statement"),
            ("drafted", "background (legislation being drafted: domestic legislative work)"),
            ("taken", "content of the denial"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("U.S.\nCommerce", "GPE", "USA"),
            ("Malcolm Baldrige", "PERSON", "USA"),
            (("Baldrige", "Baldrige, referring"), "PERSON", "USA"),
            (("U.S.", "referring to the"), "GPE", "USA"),
            (("Japan", "referring to the U.S.-"), "GPE", "JPN"),
            (("Japanese", "I think the"), "NORP", "JPN"),
            ("Washington", "GPE", "USA"),
            (("Japanese", "tariffs on"), "NORP", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            (("Japan", "as soon as"), "GPE", "JPN"),
            (("Japan", "little chance"), "GPE", "JPN"),
            (("Baldrige", "Baldrige said the"), "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "the strong"), "GPE", "USA"),
            (("Japan", "Action against"), "GPE", "JPN"),
            ("Congress", "ORG", "USA"),
        ],
    },
    "reuters21578-13946": {
        "events": [
            # 0
            ("STATEMENT", "said", VOLCKER, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "assessment: debtors' progress, a solution endangered by inaction on new financing; wire style: DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", "told", (("Volcker", "timely way,"), "USA", "GOV"), None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "assessment: a danger that financing is not being arranged in time (no actor asked); the committee is "
             "the audience (EVENTS.md 6); DCT"),
            # 2
            ("STATEMENT", ("said", "available to them,"), (("he", "he said. Brazil"), "USA", "GOV"), None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "the borrowers need confidence that funds will be available (an evaluation; REQUEST toward the "
             "creditors arguable); DCT"),
            # 3
            ("STATEMENT", ("said", "difficult position today,"), (("Volcker", "difficult position today,"), "USA", "GOV"),
             None, WAS, "1987-04-07", "day", None, "asserted", None,
             "assessment of Brazil's position ('today' is the position's, same value); DCT"),
            # 4
            ("STATEMENT", ("said", "He said it will"), (("He", "He said it will"), "USA", "GOV"), None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "it will take a concerted effort to regularize Brazil's payments (an evaluation, no actor asked); DCT"),
            # 5
            ("REQUEST", ("said", "Brazilian\nauthorities,"), (("he", "Brazilian\nauthorities,"), "USA", "GOV"),
             ("Brazilian\nauthorities", "BRA", "GOV"), WAS,
             "1987-04-07", "day", None, "asserted", None,
             "'The key prerequisite is clearly in the hands of Brazilian authorities': the identified actor is told "
             "the decisive step is its own (EVENTS.md 2, 'new efforts by the government are now required'; "
             "STATEMENT arguable); DCT"),
            # 6
            ("STATEMENT", ("said", "work together,"), (("Volcker", "work together,"), "USA", "GOV"), None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "assessment: Brazil and its creditors have an incentive to work together (no one told to act; REQUEST "
             "arguable); DCT"),
            # 7
            ("REQUEST", ("said", "imbalances, Volcker"), (("Volcker", "imbalances,"), "USA", "GOV"),
             ("the\nindustrial nations", None, "IGO"), WAS,
             "1987-04-07", "day", None, "asserted", None,
             "critically important that markets be kept open by the industrial nations: an identified group told "
             "to act (EVENTS.md 2; a group of countries: null); DCT"),
            # 8
            ("REQUEST", ("said", "domestic economies,"), (("Volcker", "domestic economies,"), "USA", "GOV"),
             ("the United States", "USA", "GOV"), WAS,
             "1987-04-07", "day", None, "asserted", None,
             "the United States must reduce its budget deficit (compound target split, EVENTS.md 12: USA record); "
             "DCT"),
            # 9
            ("REQUEST", ("said", "domestic economies,"), (("Volcker", "domestic economies,"), "USA", "GOV"),
             ("foreign nations", None, "IGO"), WAS,
             "1987-04-07", "day", None, "asserted", None,
             "foreign nations need to provide stimulus (compound target split: the null group record); DCT"),
            # 10
            ("STATEMENT", ("said", "their effects,"), (("he", "effects,\""), "USA", "GOV"), None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "assessment: time needed for the actions and depreciation to work; DCT"),
        ],
        "skip": [
            (("made", "debtor nations have"), "content of the assessment"),
            ("endangered", "content of the assessment"),
            ("inaction", "content of the assessment"),
            ("negotiated", "content of the assessment (financing arrangements, no agent)"),
            ("proceed", "content of the statement"),
            ("regularize", "content of the statement"),
            (("work together", "incentive to"), "content of the assessment"),
            ("kept open", "content of the request"),
            ("reduce", "content of the request"),
            (("provide", "need to"), "content of the request"),
            ("depreciation", "market movement (the dollar's fall)"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Paul\nVolcker", "PERSON", "USA"),
            (("Volcker", "timely way,"), "PERSON", "USA"),
            ("Senate Banking Committee", "ORG", "USA"),
            ("Brazil", "GPE", "BRA"),
            (("Volcker", "difficult position today,"), "PERSON", "USA"),
            (("Brazil", "regularize"), "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            (("Brazil", "Both"), "GPE", "BRA"),
            (("Volcker", "work together,"), "PERSON", "USA"),
            (("Volcker", "imbalances,"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("Volcker", "domestic economies,"), "PERSON", "USA"),
        ],
    },
    "reuters21578-26": {
        "events": [
            # 0
            ("AGREE", "agreed", VEN_GOV, ("its bank advisory\ncommittee", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Venezuela and its bank advisory committee agreed in principle on revised rescheduling terms (first "
             "named first; the committee null BUS as 36b's); relayed by anonymous bankers, no time expression: "
             "undated"),
            # 1
            ("AGREE", "signed", VEN_GOV_IMPLIED, BANKS_IMPLIED, None,
             "1986-02", "month", "last\nFebruary", "asserted", None,
             "the rescheduling package signed last February (a participle with its own date, EVENTS.md 11; implied "
             "parties Venezuela and its banks); 'last February' in February 1987 = 1986-02"),
            # 2
            ("AGREE", "stamp of approval", (("The committee", "The committee was"), None, "BUS"),
             (None, "VEN", "GOV"), None,
             "1987-02-26", "day", "later today", "hypothetical", None,
             "the committee 'could put its final stamp of approval of the deal later today' (a possibility: "
             "hypothetical; dated by its own expression although relayed by anonymous bankers)"),
            # 3
            ("REQUEST", "requested", (("Venezuela", "but Venezuela"), "VEN", "GOV"), BANKS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Venezuela requested easier terms (from its banks, implied); 'last year' dates the oil income drop, "
             "not the request: undated"),
            # 4
            ("REQUEST", "asked", (("It", "It also"), "VEN", "GOV"), BANKS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "asked for a reduction in the 1987-89 repayments (the years are the repayments', not the request's): "
             "undated"),
            # 5
            ("REQUEST", ("request", "earlier"), VEN_GOV_IMPLIED, BANKS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "an earlier request that it make no amortizations (a nominal with its own predication, 'was "
             "rebuffed', EVENTS.md 11); undated"),
            # 6
            ("REJECT", "rebuffed", BANKS_IMPLIED, VEN_GOV_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the earlier request was rebuffed (by the banks, implied): a refusal; undated"),
            # 7
            ("REQUEST", "sought", (("It", "It also"), "VEN", "GOV"), ("the banks", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "sought a commitment from the banks to finance new investment in Venezuela; undated"),
            # 8
            ("CONSULT", "talks", VEN_GOV_IMPLIED, BANKS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the Venezuelan talks, which have been going on intermittently for several months (a nominal with "
             "its own predication; a duration, no date value: undated)"),
            # 9
            ("AGREE", "pact", ("Chile", "CHL", "GOV"), ("its bank advisory panel", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "a 10.6 billion dlr debt rescheduling pact between Chile and its bank advisory panel; 'the "
             "announcement earlier today' dates the announcing (rule-3 attribution, 19a's call), so the pact is "
             "undated (1987-02-26 arguable)"),
            # 10
            ("AGREE", ("signed", "will be"), ("Mexico", "MEX", "GOV"), BANKS_IMPLIED, None,
             "1987-03-20", "day", "March 20", "planned", None,
             "Mexico's financing package will be signed on March 20 (Mexico and its banks, implied; 'last night "
             "Citibank said' rule-3 attribution)"),
        ],
        "skip": [
            ("revisions", "content of the agreement"),
            ("debt-rescheduling", "content of the signed package (AID arguable)"),
            (("said", "February, bankers"), "anonymous-source talk (bankers)"),
            ("disclose", "withheld statement by anonymous bankers"),
            (("approval", "obtain the"), "condition (internal approval by the banks' management)"),
            ("meeting", "internal meeting of the committee (CONSULT with Venezuela arguable)"),
            (("said", "the bankers said"), "anonymous-source talk (bankers)"),
            ("finalized", "content of the anonymous quote"),
            (("said", "one senior banker"), "anonymous-source talk (a banker)"),
            (("set", "originally"), "agentless stative (the original terms)"),
            ("drop", "statistics (oil income)"),
            ("reduction", "content of the request"),
            ("make no amortizations", "content of the request"),
            ("commitment", "content of the request"),
            ("finance", "content of the request"),
            ("breakthrough", "anaphoric nominal (the agreement in principle)"),
            ("announcement", "rule-3 attribution (the pact is the event)"),
            (("debt\nrescheduling", "10.6 billion"), "content of the pact (AID arguable)"),
            (("said", "Citibank"), "rule-3 attribution (the planned signing is the event)"),
            ("loan", "part of the financing package (content of the signing)"),
            ("progress", "anaphoric nominal (the deals)"),
            ("acknowledge", "anonymous-source talk (bankers)"),
            ("suspension", "Brazil's payment freeze (no matching type, EVENTS.md 10)"),
            ("striking", "generic banks' deals (no identified counterpart)"),
            (("hope", "banks"), "generic banks' hope"),
            ("emulate", "content of the banks' hope"),
        ],
        "entities": [
            ("Venezuela", "GPE", "VEN"),
            ("New York", "GPE", "USA"),
            (("Venezuela", "but Venezuela"), "GPE", "VEN"),
            (("Venezuela", "investment in"), "GPE", "VEN"),
            ("Venezuelan", "NORP", "VEN"),
            ("Chile", "GPE", "CHL"),
            ("Citibank", "ORG", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("Brazil", "GPE", "BRA"),
            (("Brazil", "emulate"), "GPE", "BRA"),
        ],
    },
    "reuters21578-9826": {
        "events": [
            # 0
            ("REQUEST", "recommended", ("a U.S. Department of\nTransportation administrative law judge", "USA", "GOV"),
             USA_GOV_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the law judge recommended that Braniff be granted a certificate for the Mexico routes (21a's Federal "
             "Express call: REQUEST to the deciding department, implied); present perfect, no time expression: "
             "undated; Braniff's 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "The company"), ("The company", "USA", "BUS"), None, DAL,
             "1987-03-26", "day", None, "asserted", None,
             "the recommendation must still be approved by Dole and Reagan (a procedural statement); wire style: "
             "DCT, dateline city"),
            # 2
            ("AGREE", ("granted", "authority"), ("the Transportation Department", "USA", "GOV"),
             (("Braniff", "Braniff has been"), "USA", "BUS"), None,
             "1986-10", "month", "in October", "asserted", None,
             "exemption authority granted to Braniff by the department in October (a permission granted, 10b's "
             "go-ahead; a participle with its own agent and date, EVENTS.md 11); past bare month: 1986-10"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the recommendation is the event)"),
            (("granted", "certificate be"), "content of the recommendation"),
            ("authorizing", "content of the recommendation"),
            ("operate", "content of the recommendation"),
            ("recommendation", "anaphoric nominal (the judge's recommendation)"),
            ("approved", "content of the statement (a pending approval)"),
            ("operating", "business activity (stative)"),
        ],
        "entities": [
            ("Braniff Inc", "ORG", "USA"),
            ("U.S. Department of\nTransportation", "ORG", "USA"),
            (("Braniff", "authorizing"), "ORG", "USA"),
            ("Dallas", "GPE", "USA"),
            ("Fort Worth", "GPE", "USA"),
            ("San Antonio", "GPE", "USA"),
            ("Texas", "GPE", "USA"),
            ("Mexico City", "GPE", "MEX"),
            ("Acapulco", "GPE", "MEX"),
            (("Mexico", "Acapulco,"), "GPE", "MEX"),
            ("Elizabeth Dole", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Braniff", "Braniff has been"), "ORG", "USA"),
            ("Transportation Department", "ORG", "USA"),
        ],
    },
    "reuters21578-18257": {
        "events": [
            # 0
            ("REQUEST", "called for", ("President Reagan", "USA", "GOV"), USA_GOV_IMPLIED, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "called for continued MFN treatment for Romanian exports in the face of congressional opposition: a "
             "request to Congress (implied; it decides), the verbal act of the lead in wire style: DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", ("said", "White House statement"), ("A White House statement", "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "the decision was exceptionally difficult (an assessment; a named body's statement, 23a / 54b); DCT"),
            # 2
            ("STATEMENT", ("said", "But the statement"), ("the statement", "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "the reasons for the decision (second reporting clause, EVENTS.md 3); DCT"),
            # 3
            ("STATEMENT", "issued", (None, "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", 1,
             "later mention: the statement was issued (agent implied: the White House); DCT"),
            # 4
            ("REQUEST", "requests", (("Reagan", "as Reagan"), "USA", "GOV"), ("Congress", "USA", "GOV"), None,
             "1987-06-02", "day", None, "asserted", 0,
             "later mention: Reagan sent Congress requests for one-year MFN extensions (17b's document transmitted "
             "to Congress = REQUEST); placed at the statement's issuance ('as', rule 3): DCT"),
            # 5
            ("SANCTION", "deny", ("The House of Representatives", "USA", "GOV"),
             (("Romania", "deny MFN for"), "ROU", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "legislation attached to a trade bill that would temporarily deny MFN for Romania (not enacted: "
             "hypothetical; present perfect, no time expression: undated); 'attached' skipped as the legislative "
             "vehicle (SANCTION asserted on it arguable)"),
        ],
        "skip": [
            ("opposition", "background nominal (congressional opposition; REJECT arguable)"),
            ("record", "stative (human rights record)"),
            ("decision", "anaphoric nominal (Reagan's call)"),
            ("press", "content of the statement (the call)"),
            ("considered", "content of the statement"),
            ("concerns", "background nominal (ACCUSE arguable)"),
            ("abuses", "background nominal (human rights abuses)"),
            ("decided", "content of the statement (the decision, anaphoric)"),
            (("continued", "should be"), "content of the statement"),
            ("stimulate", "content of the statement"),
            ("attached", "legislative vehicle of the proposed denial (SANCTION asserted arguable)"),
            ("certification", "condition of the proposed denial"),
            ("made progress", "content of the condition"),
            ("controversy", "stative description"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Romanian", "NORP", "ROU"),
            ("United\nStates", "GPE", "USA"),
            ("Bucharest", "GPE", "ROU"),
            ("White House", "ORG", "USA"),
            (("Reagan", "statement said"), "PERSON", "USA"),
            (("Romania", "status for"), "GPE", "ROU"),
            (("Bucharest", "abuses by the"), "GPE", "ROU"),
            (("Romania", "emigration from"), "GPE", "ROU"),
            (("United States", "gave the"), "GPE", "USA"),
            (("Reagan", "as Reagan"), "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            (("Romania", "MFN for"), "GPE", "ROU"),
            ("Hungary", "GPE", "HUN"),
            ("China", "GPE", "CHN"),
            ("House of Representatives", "ORG", "USA"),
            (("Romania", "deny MFN for"), "GPE", "ROU"),
            (("Reagan", "certification by"), "PERSON", "USA"),
            (("Hungary", "continuation of MFN"), "GPE", "HUN"),
            (("China", "continuation of MFN"), "GPE", "CHN"),
        ],
    },
    "reuters21578-3982": {
        "events": [
            # 0
            ("CONSULT", "talks", ("the Philippines government", "PHL", "GOV"),
             ("its bank advisory\ncommittee", None, "BUS"), None,
             "1987-03-12", "day", "Thursday", "planned", None,
             "today's rescheduling talks postponed until Thursday (future weekday from Wed 1987-03-11); the "
             "postponement has no type (skipped); 'bankers said' anonymous"),
            # 1
            ("REQUEST", "urging", ("a Reagan Administration official", "USA", "GOV"), BANKS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "a news report quoted a U.S. official as urging that Manila's proposal be given serious consideration "
             "(by the banks, implied): relayed speech, undated"),
            # 2
            ("SUPPORT", ("saying", "official as"), (("the official", "Reuters quoted"), "USA", "GOV"),
             (("Manila", "as saying"), "PHL", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Manila's plan fully consistent with the administration's debt strategy: endorsement of another "
             "actor's proposal; relayed ('Reuters quoted ... as saying'; 'yesterday' dates the despatch): undated"),
            # 3
            ("REQUEST", ("said", "the official said"), (("the official", "the official said"), "USA", "GOV"),
             BANKS_IMPLIED, None,
             None, "unknown", None, "asserted", 1,
             "later mention: the proposal should not be categorically rejected (the quote of the relayed urging); "
             "takes the first mention's date (unknown)"),
        ],
        "skip": [
            ("postponed", "rescheduling of the talks (no type)"),
            (("consider", "time to"), "purpose of the postponement"),
            ("proposal", "background nominal (Manila's offer to the banks; AGREE arguable)"),
            ("paying", "content of the proposal"),
            (("said", "cash, bankers"), "anonymous-source talk (bankers)"),
            ("met", "internal meeting of the committee banks"),
            ("decided", "internal decision of the committee"),
            (("consider", "more time in particular to"), "content of the decision"),
            (("quoted", "news report which"), "attribution of relayed speech"),
            ("felt", "content of an anonymous quote"),
            ("consultation", "content of an anonymous quote"),
            (("said", "one banker"), "anonymous-source talk (a banker)"),
            (("quoted", "Reuters"), "attribution of relayed speech"),
            (("pay", "plan to"), "content of the proposal"),
            ("rejected", "content of the quote"),
            ("plays", "stative description"),
            ("wanted", "content of anonymous talk"),
            (("said", "comments,"), "anonymous-source talk (bankers)"),
        ],
        "entities": [
            ("Philippines", "GPE", "PHL"),
            ("Manila", "GPE", "PHL"),
            ("Reagan", "PERSON", "USA"),
            ("Washington", "GPE", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("Manila", "as saying"), "GPE", "PHL"),
            (("Philippines", "equity investments in the"), "GPE", "PHL"),
            (("Reagan", "consistent with the"), "PERSON", "USA"),
            (("Philippine", "Philippine proposal"), "NORP", "PHL"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-10589": {
        "events": [
            # 0
            ("COOPERATE", "joint venture", QUADREX, ("the\nAmerican Stock Exchange", "USA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Quadrex is planning a joint venture with the American Stock Exchange (material economic exchange "
             "between two companies; 'is planning' = planned, no time expression: undated); 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", ("said", "He said the new"), (("He", "He said the new"), "GBR", "BUS"), None, LON,
             "1987-03-27", "day", None, "asserted", None,
             "the new exchange's aim; wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "inhibited such trading,"), (("he", "inhibited such trading,"), "GBR", "BUS"),
             None, LON, "1987-03-27", "day", None, "asserted", None,
             "the exchange's planned depositary; DCT"),
            # 3
            ("STATEMENT", ("said", "Klesh"), ("Klesh", "GBR", "BUS"), None, LON,
             "1987-03-27", "day", None, "asserted", None,
             "the market under SEC jurisdiction, the SEC considering the plans, no estimate of approval; DCT"),
            # 4
            ("STATEMENT", "added", (("Klesch", "However,"), "GBR", "BUS"), None, LON,
             "1987-03-27", "day", None, "asserted", None,
             "hoped the exchange could open in the autumn (a hope; the opening has no type); DCT"),
            # 5
            ("STATEMENT", ("said", "He said Quadrex"), (("He", "He said Quadrex"), "GBR", "BUS"), None, LON,
             "1987-03-27", "day", None, "asserted", None,
             "description of Quadrex; DCT"),
            # 6
            ("STATEMENT", ("said", "Klesch said further"), (("Klesch", "Klesch said further"), "GBR", "BUS"), None,
             LON, "1987-03-27", "day", None, "asserted", None,
             "further details would be available later; DCT"),
        ],
        "skip": [
            (("said", "Gary Klesch"), "rule-3 attribution (the planned joint venture is the event)"),
            ("facilitating", "content of the statement"),
            ("provide", "content of the statement"),
            ("inhibited", "content of the statement"),
            ("considering", "content of the statement (a regulator's review, no type)"),
            ("estimate", "content of the statement (no estimate given, inside the same reporting clause)"),
            ("go ahead", "content of the statement (an approval, hypothetical)"),
            (("open", "exchange could"), "content of the statement (the opening, no type)"),
            ("backed", "stative description"),
            ("owns", "stative description"),
            ("opening", "content of the statement"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Quadrex Securities Ltd", "ORG", "GBR"),
            ("American Stock Exchange", "ORG", "USA"),
            (("U.S.", "for a new"), "GPE", "USA"),
            (("U.S.", "non-"), "GPE", "USA"),
            (("Quadrex", "Securities, Quadrex"), "ORG", "GBR"),
            ("Gary Klesch", "PERSON", "GBR"),
            (("U.S.", "facilitating"), "GPE", "USA"),
            ("SEC", "ORG", "USA"),
            (("SEC", "while the"), "ORG", "USA"),
            ("Klesh", "PERSON", "GBR"),
            (("Klesch", "However,"), "PERSON", "GBR"),
            (("Quadrex", "He said"), "ORG", "GBR"),
            ("London", "GPE", "GBR"),
            (("Klesch", "Klesch said further"), "PERSON", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
