"""Build ``own_blind74b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind74b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(2012 left); 24 drawn with random.Random(74101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
38 event records (34 first mentions, 4 later mentions), 100 not_annotated spans, 106 entity mentions
(GPE 50, ORG 34, NORP 13, PERSON 9); no article without events; 17057 (Taiwan maize tender), 10906 (Midland
Finnish subsidiary), 2854 (Liposome seminar) and 18075 (Allegis hotel partnership) have reporting-clause
STATEMENTs only.
Types: STATEMENT 26, REQUEST 4, COOPERATE 2, ACCUSE 2, REJECT 2, CONSULT 2; modality: asserted 36, planned 2;
precision: day 28, month 7, unknown 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, two wrong ones fixed: "import" inside
"importers", "meet" inside "meeting"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Central Bank president Francisco Gros": ORG "Central Bank" +
PERSON; "Finance Minister Dilson Funaro": PERSON only); company names are tagged with their legal form and
without angle brackets ("Midland Bank Plc", "Midland Montagu Osakepankki"), tickers ("<MDBL.L>") are not
entities, with a capitalised leading "The" kept ("The Liposome Co Inc", as 72a's "The Energy Futures Group
Inc"); the possessive 's is left out ("Taiwan's", "South Korea's", "Brazil's", "Dollar's"); a company or
brand name used as a modifier is still a mention ("Westin Hotels limited partnership", "Westin hotels",
"Hilton International hotels", "its United Airlines unit", "An Allegis spokesman"), and "the Westin in
Edmonton" (a hotel named for the chain) is tagged ORG with the chain; lower-case bodies ("the joint
committee of Taiwan's maize importers" as 55b's soybean committee, "the grain associaiton", "the West
German savings bank association", "the secretariat of the ...") give only their names or country words;
"U.S." in "U.S. Maize" / "U.S. Dollar's" and "Canadian" in "Canadian dlrs" are tagged (GPE / NORP, as
earlier sets); names containing a place ("Liposome Japan Co Ltd", "Tokyo University", "Helsinki Stock
Exchange", "Yugoslav Grain Association") are single ORG spans with no nested GPE or NORP (as "Bank of
Japan"); "U.S" (written without the final dot) is tagged as written; Treasury Bills, CD's, liposomes
and currencies are not entities.
Countries: Taiwan GPE TWN, "U.S." GPE USA, South Africa GPE ZAF, Reuters ORG GBR (as earlier sets); Midland
Bank Plc and its arm Midland Montagu ORG GBR (dateline LONDON, Plc), Midland Montagu Osakepankki ORG FIN (the
new Finnish subsidiary, a member of the Helsinki exchange), Finland GPE FIN, "Finnish" NORP FIN, "U.K." GPE
GBR, Helsinki Stock Exchange ORG FIN; Soviet Union GPE SUN (the 1987 state, as earlier sets), "Yugoslav"
NORP YUG, Yugoslavia and Belgrade GPE YUG, Yugoslav Grain Association ORG YUG; Japan and Tokyo GPE JPN,
"Japanese" NORP JPN, South Korea and Seoul GPE KOR, "South Korean" NORP KOR, Trade Ministry ORG KOR (the
Seoul ministry: dateline SEOUL, "officials here"), General Agreement on Tariffs and Trade / GATT ORG null
(12b / 14b / 16a); The Liposome Co Inc ORG USA (dateline PRINCETON, N.J.), Liposome Japan Co Ltd ORG JPN (its
Japanese subsidiary), Tokyo University ORG JPN; Helmut Geiger / "Geiger" PERSON DEU, "West German" NORP
DEU, Bild ORG DEU (the German daily, as earlier sets' Bild am Sonntag); Allegis Corp / "Allegis", Westin
Hotels / "Westin", Hilton International, United Airlines and Coniston Partners ORG USA (Allegis the Chicago
parent of United Airlines, Westin and Hilton International in 1987; Coniston the U.S. investor group),
Richard Ferris PERSON USA, Merrill Lynch Capital Markets ORG USA (the U.S. underwriting arm on a North
American offering; an earlier set's London Eurobond context gave GBR), Wood Gundy ORG CAN (the Canadian
dealer, as an earlier set's Wood Gundy Ltd), Canada, Vancouver, Calgary, Ottawa, Toronto, Montreal and
Edmonton GPE CAN, "Canadian" NORP CAN, San Francisco and Chicago GPE USA; Central Bank ORG BRA (capitalised,
as earlier sets' Brazilian Central Bank), Francisco Gros / "Gros" and Dilson Funaro PERSON BRA, Brazil GPE
BRA, International Monetary Fund / IMF ORG null, Washington GPE USA.

Judgement calls made here:
* 17057 (Taiwan maize tender, DCT Fri 1987-04-24, TAIPEI): "The joint committee of Taiwan's maize importers
  will tender on April 29 for two cargoes of U.S. Maize ..." is an import tender with unnamed offerers (only
  the origin named): no identified counterpart, no type (21b / 51b / 72a's tenders; COOPERATE TWN -> USA
  planned arguable), so "a committee spokesman told Reuters" is a STATEMENT TWN ORG (the importers'
  committee a trade body, own_dev / 55b), DCT, TAIPEI; "About 80 pct of the imports are expected to come
  from the U.S. And the rest from South Africa, the spokesman said" is a STATEMENT (forecast of import
  origins, no acting party), DCT. "Taiwan has set a calendar 1987 import target" is domestic planning /
  statistics (skipped); 1986 imports are statistics.
* 10906 (Midland sets up a Finnish subsidiary, DCT Mon 1987-03-30, LONDON): founding an own subsidiary has no
  counterpart (internal corporate matter, skipped; COOPERATE GBR -> FIN arguable), so "Midland Bank Plc
  said" and "It said in a statement" (the unit's exchange membership and planned business lines) are
  STATEMENTs GBR BUS, DCT, LONDON; the unit's activities ("will advise", "help raising", "provide",
  "manage", "trade") are content of the statement and its membership stative.
* 4939 (USSR buys Yugoslav corn, USDA counselor's report, DCT Fri 1987-03-13, WASHINGTON): "The Soviet Union
  has been a heavy buyer of Yugoslav corn since October, purchasing close to 1.5 mln tonnes ..." is COOPERATE
  SUN GOV -> the implied Yugoslav sellers (YUG BUS, anchored at "Yugoslav": 29b's sellers implied by the
  origin; trade between identified parties, 22b's Argentine corn sales to the USSR) on "buyer" (event noun
  after the light verb; "purchasing" its participial elaboration), dated by its start: "since October" =
  1986-10, month (32a / 34a's "since December"; 29b's "since the beginning of the campaign" left undated,
  an arguable difference), "according to a report" rule-3 attribution. "... committed to foreign buyers for
  1986/87, with most of this sold to the Soviet Union, the Yugoslav Grain Association reported to the U.S.
  official" is its later mention on "sold" (the same purchases; seller implied YUG BUS -> SUN), first
  mention's date, "reported" rule-3 attribution (the association's statistics STATEMENT, relayed and
  undated, arguable); the commitments to unnamed foreign buyers are content. The counselor's report is
  "dated March 10" (EVENTS.md 20, 22b / 51b): its five "said" clauses ("the official", "the counselor"
  twice, "the official", "he") are STATEMENTs USA GOV dated 1987-03-10 (day, date_text "March 10"), located
  at his post, Belgrade (YUG); deliveries and shipments are the sales' execution (content), averages and the
  USSR's "increased share" of sales are statistics (COOPERATE later mention arguable for the share).
  "An additional 500,000 tonnes of corn can be shipped from July-September, the grain associaiton said" is a
  STATEMENT YUG ORG relayed by the report: second-hand, undated (EVENTS.md 20), location null.
* 5810 (Japan complains to GATT on Korea's plan, DCT Tue 1987-03-17, SEOUL): "Japan has complained to the
  secretariat of the GATT that South Korea's five-year plan ... breaks GATT rules, Trade Ministry officials
  here said" is ACCUSE JPN GOV -> South Korea (KOR GOV; the GATT is the addressee, not actor2), undated
  (a perfect verbal act with no time expression of its own, sets 15/16's "have accused"), "said" rule-3
  attribution; "They said Japan submitted a report earlier this month alleging South Korea's plan ... was
  tantamount to creating non-tariff trade barriers" is its later mention on "alleging" ("submitted" the
  vehicle, skipped), keeping its own "earlier this month" = 1987-03, month (EVENTS.md 21's later mention
  with its own time expression). "South Korea unveiled the plan in November" is a STATEMENT KOR GOV
  (announcement of a trade policy with no type of its own; SANCTION KOR -> JPN arguable, as the plan steers
  imports away from Japan), 1986-11 ("November" before March 1987), location null; "It said it hoped to
  narrow its trade deficit with Japan to two billion dlrs by 1991" is a STATEMENT placed inside that
  November unveiling (rule 3 / EVENTS.md 19: 1986-11; wire-style DCT arguable). "The officials said they
  believed the Japanese action ... was designed to bring South Korea to the negotiating table and stop the
  plan" is a STATEMENT (assessment of motives by officials of a named ministry, EVENTS.md 4), DCT, SEOUL;
  "the Japanese action" is an anaphoric nominal, "one step short of filing a suit" a comparison (skipped).
  "The Seoul government wants Tokyo to ease various import restrictions and simplify customs inspections" is
  REQUEST KOR GOV -> JPN GOV, undated (a present-tense standing demand, sets 17/18's "is insisting"). The
  plan's content ("envisages giving incentives ...") is a document's content; the deficit figures
  statistics.
* 2854 (Liposome seminar in Tokyo, DCT Fri 1987-03-06, PRINCETON): sponsoring its own seminar at Tokyo
  University has no counterpart (no type; CONSULT planned arguable), so "The Liposome Co Inc said", "the
  company explained" (what liposomes are) and "the company said" (Japanese institutions expected to attend:
  unnamed attendees, content) are STATEMENTs USA BUS, DCT, PRINCETON.
* 21023 (Geiger calls for a finance ministers' meeting, DCT Mon 1987-10-19, BONN): Geiger is president of the
  West German savings bank association (a trade association: DEU ORG). "Finance ministers from major
  industrial nations should hold a special meeting to deal with the U.S. Dollar's sharp decline, Helmut
  Geiger ... said" is REQUEST DEU ORG -> the finance ministers of the major industrial nations (a group of
  countries: null IGO; an identifiable group told to act, EVENTS.md 2) on "said", DCT, BONN; the meeting is
  the request's content (skipped). 'Geiger told Reuters: "Finance ministers should meet soon ..."' restates
  it (later mention on "told", EVENTS.md 3). "Separately, Geiger told Bild newspaper in an interview released
  ahead of publication on Tuesday that the lower dollar, which had been artificially talked down by U.S.
  officials, would damage West German exports and cost jobs" is a STATEMENT (forecast), DCT ("on Tuesday",
  1987-10-20, dates the paper's publication, not the interview), BONN; the interview's release and
  publication are part of the reporting clause, and the aside on U.S. officials sits in a relative clause
  (skipped; ACCUSE DEU -> USA arguable, under EVENTS.md 7's criticism voiced to a third party).
* 18075 (Allegis Canadian hotel partnership, DCT Tue 1987-06-02, CHICAGO): a limited partnership created to
  sell hotels "to the public" is a public offering with unnamed buyers (corporate finance, skipped), and the
  lead underwriters Merrill Lynch Capital Markets and Wood Gundy are its underwriting (corporate finance,
  own_blind2's lead managers; COOPERATE arguable); last year's Westin partnership and the sale of Westin
  hotels "when Allegis sold ..." are background with unnamed buyers (COOPERATE arguable). So the eight
  reporting clauses are STATEMENTs USA BUS, DCT, CHICAGO: "Allegis Corp said", "It said" (offering size and
  timing), "Allegis reported a pretax gain of 80.6 mln dlrs as a result of that partnership" (a results
  release with no time expression of its own: wire style, DCT, EVENTS.md 16's "Earlier it reported"; 1986
  arguable), "An Allegis spokesman said" (long planned, unrelated to the recapitalization plan and "a
  threatened takeover by an investor group lead by Coniston Partners and the pilots": background nominals,
  THREATEN / COOPERATE arguable), "The spokesman said the company has not yet identified which ... hotels"
  (the undecided choice is content; a withheld STATEMENT negated arguable, the spokesman's saying is
  asserted), "Richard Ferris ... said in a statement", "the spokesman said" (use of proceeds) and "Allegis
  said" (offered outside the U.S.). Ownership of hotels is stative.
* 10545 (Gros denies court action, DCT Fri 1987-03-27, BRASILIA): "Central Bank president Francisco Gros
  denied rumours that foreign creditors had filed court actions against Brazil ..." is REJECT BRA GOV (denial
  of an allegation; the rumours have no source: actor2 null), DCT, BRASILIA; the quote '"There is no court
  action against Brazil," Gros said in a television interview' restates it (later mention, EVENTS.md 3).
  "Brazil last month suspended interest payments ..." is the payment freeze (EVENTS.md 10: no type,
  skipped); "and yesterday suggested an extension of short-term credit lines for 60 days until May 31" is
  REQUEST BRA GOV -> the commercial banks (a group of creditors: null BUS), 1987-03-26 ("yesterday"; the
  first conjunct's "last month" does not scope it). "Media reports said some banks ... had filed lawsuits"
  is anonymous-source talk (unnamed media; skipped with its content). "Gros said negotiations with the
  commercial creditors would start within two weeks, when he and Finance Minister Dilson Funaro attend
  council meetings of the International Monetary Fund (IMF) in Washington" is CONSULT BRA GOV (implied, the
  negotiating country) -> the commercial creditors (null BUS), planned, and a second CONSULT on "attend"
  (Gros and Funaro, a same-country compound, one record -> the IMF, null IGO), planned, both located in
  Washington and dated 1987-04, month, date_text "within two weeks" (from Fri 27 March the two weeks end in
  the week of 6-10 April; taken at its month as EVENTS.md 21's "within the next week" = the following week;
  the window also covers late March, so null arguable), "Gros said" rule-3 attribution. The closing quote
  ("Brazil is facing the issue very carefully. We are seeking a negotiation ...," Gros said) is a STATEMENT
  (Brazil's stance; "seeking a negotiation" content, REQUEST toward the creditors arguable), DCT, BRASILIA.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind74b.jsonl"

TPE = ("TAIPEI", "TWN")
LON = ("LONDON", "GBR")
BEG = ("Belgrade", "YUG")
SEL = ("SEOUL", "KOR")
PRN = ("PRINCETON", "USA")
BON = ("BONN", "DEU")
CHI = ("CHICAGO", "USA")
BSB = ("BRASILIA", "BRA")
WDC = ("Washington", "USA")

USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
GBR_BUS = "GBR", "BUS"
TWN_ORG = "TWN", "ORG"
YUG_ORG = "YUG", "ORG"
SUN_GOV = "SUN", "GOV"
JPN_GOV = "JPN", "GOV"
KOR_GOV = "KOR", "GOV"
DEU_ORG = "DEU", "ORG"
BRA_GOV = "BRA", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17057": {
        "events": [
            # 0
            (
                "STATEMENT",
                "told",
                ("a committee spokesman",) + TWN_ORG,
                None,
                TPE,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "announcement of the importers' committee's tender for U.S. maize on April 29 (an import tender with "
                "unnamed offerers has no type, 21b / 51b / 72a: the reporting clause is the record); the committee a "
                "trade body (TWN ORG, own_dev / 55b); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "South Africa, the spokesman"),
                (("the spokesman", "South Africa,"),) + TWN_ORG,
                None,
                TPE,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "about 80 pct of the 1987 imports expected from the U.S., the rest from South Africa (forecast of trade "
                "statistics, no acting party); DCT",
            ),
        ],
        "skip": [
            (
                "tender",
                "import tender with unnamed offerers (only the origin, U.S. maize, named): no identified "
                "counterpart (21b / 51b / 72a; COOPERATE TWN -> USA planned arguable)",
            ),
            ("delivery", "tender terms (delivery period)"),
            (("set", "Taiwan has"), "an import target set by Taiwan: domestic planning / statistics, no type"),
            (("imports", "compared with"), "statistics (1986 imports)"),
            ("expected", "content of the statement (forecast of import origins)"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("U.S.", "GPE", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("Taiwan", "Taiwan has set"), "GPE", "TWN"),
            (("U.S.", "come from the"), "GPE", "USA"),
            ("South Africa", "GPE", "ZAF"),
        ],
    },
    "reuters21578-10906": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Midland Bank Plc",) + GBR_BUS,
                None,
                LON,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "its Midland Montagu arm has set up a subsidiary in Finland (founding an own subsidiary: internal "
                "corporate matter, no counterpart, no type); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + GBR_BUS,
                None,
                LON,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "'said in a statement': the new unit is a member of the Helsinki Stock Exchange and will trade, advise, "
                "help raise capital, manage paper issues (its own business plans, no type); DCT",
            ),
        ],
        "skip": [
            (
                "set up",
                "founding an own subsidiary: internal corporate matter, no counterpart (COOPERATE GBR -> FIN arguable)",
            ),
            (("statement", "It said in a"), "part of the reporting clause"),
            ("member", "stative (exchange membership)"),
            ("active", "content of the statement (own business plan)"),
            ("advise", "content of the statement (own business plan)"),
            ("help raising", "content of the statement (own business plan)"),
            ("provide", "content of the statement (own business plan)"),
            ("manage", "content of the statement (own business plan)"),
            (("trade", "will trade in"), "content of the statement (own business plan)"),
        ],
        "entities": [
            ("Midland Bank Plc", "ORG", "GBR"),
            ("Midland Montagu", "ORG", "GBR"),
            ("Finland", "GPE", "FIN"),
            ("Midland Montagu Osakepankki", "ORG", "FIN"),
            ("Finnish", "NORP", "FIN"),
            ("U.K.", "GPE", "GBR"),
            ("Helsinki Stock Exchange", "ORG", "FIN"),
        ],
    },
    "reuters21578-4939": {
        "events": [
            # 0
            (
                "COOPERATE",
                "buyer",
                ("The Soviet Union",) + SUN_GOV,
                ("Yugoslav", "YUG", "BUS"),
                None,
                "1986-10",
                "month",
                "since October",
                "asserted",
                None,
                "the USSR has been a heavy buyer of Yugoslav corn, purchasing close to 1.5 mln tonnes (trade between "
                "identified parties, 22b's Argentine sales to the USSR; the Yugoslav sellers implied by the origin, "
                "29b); dated by its start, 'since October' = 1986-10 (32a / 34a's 'since December'); 'purchasing' its "
                "participial elaboration; 'according to a report' rule-3 attribution",
            ),
            # 1
            (
                "COOPERATE",
                "sold",
                (None, "YUG", "BUS"),
                (("the Soviet Union", "sold to"),) + SUN_GOV,
                None,
                "1986-10",
                "month",
                "since October",
                "asserted",
                0,
                "later mention: most of the 1.5 mln tonnes committed for 1986/87 sold to the Soviet Union (the same "
                "purchases; the Yugoslav sellers implied); the Grain Association's 'reported' is rule-3 attribution; "
                "first mention's date",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "March 10, the official"),
                (("the official", "March 10,"),) + USA_GOV,
                None,
                BEG,
                "1987-03-10",
                "day",
                "March 10",
                "asserted",
                None,
                "the counselor's field report dated March 10 (EVENTS.md 20, 22b / 51b): 800,000 tonnes delivered, "
                "700,000 to be shipped by June (execution of the sales, content); located at his post, Belgrade",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "the grain associaiton"),
                ("the grain associaiton",) + YUG_ORG,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "another 500,000 tonnes can be shipped July-September (forecast); the association's statement is "
                "relayed by the counselor's report: second-hand, undated (EVENTS.md 20)",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "2.0 mln tonnes, the counselor"),
                (("the counselor", "2.0 mln tonnes,"),) + USA_GOV,
                None,
                BEG,
                "1987-03-10",
                "day",
                "March 10",
                "asserted",
                None,
                "total Yugoslav corn exports could reach 2.0 mln tonnes (forecast); a clause of the March 10 report",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "barges"),
                (("the counselor", "barges"),) + USA_GOV,
                None,
                BEG,
                "1987-03-10",
                "day",
                "March 10",
                "asserted",
                None,
                "heavy monthly shipping rates are due to river barges used for exports to the USSR (assessment); a "
                "clause of the March 10 report",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "estimates of 150,000"),
                (("the official", "estimates of 150,000"),) + USA_GOV,
                None,
                BEG,
                "1987-03-10",
                "day",
                "March 10",
                "asserted",
                None,
                "monthly shipments have averaged about 160,000 tonnes since October 1 (statistics); a clause of the "
                "March 10 report",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "this marketing year, he"),
                (("he", "during this marketing year,"),) + USA_GOV,
                None,
                BEG,
                "1987-03-10",
                "day",
                "March 10",
                "asserted",
                None,
                "the USSR has taken an increased share of Yugoslav corn sales this marketing year (market-share "
                "statistics; COOPERATE SUN -> YUG later mention arguable); a clause of the March 10 report",
            ),
        ],
        "skip": [
            ("purchasing", "participial elaboration of the purchases ('buyer')"),
            ("according to", "rule-3 attribution (the purchases are the event)"),
            (("report", "according to a"), "part of the attribution"),
            ("committed", "commitments to unnamed foreign buyers (content; the sale to the USSR is coded)"),
            ("reported", "rule-3 attribution (the sale to the USSR is the event; relayed by the counselor)"),
            (("report", "In a"), "part of the reporting clause"),
            ("delivered", "execution of the sales (content of the report)"),
            (("shipped", "to be"), "execution of the sales (content of the report)"),
            (("shipped", "can be"), "content of the association's forecast"),
            ("reach", "content of the forecast (export statistics)"),
            ("exporting", "habitual trade (content of the assessment)"),
            ("averaged", "statistics"),
            ("estimates", "earlier estimates with no named author (background)"),
            (("taken", "has"), "market-share statistics (COOPERATE later mention arguable)"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("Yugoslav", "NORP", "YUG"),
            ("U.S.", "GPE", "USA"),
            ("Belgrade", "GPE", "YUG"),
            (("Yugoslav", "Approximately"), "NORP", "YUG"),
            (("Soviet Union", "sold to the"), "GPE", "SUN"),
            ("Yugoslav Grain Association", "ORG", "YUG"),
            (("U.S.", "reported to the"), "GPE", "USA"),
            (("Yugoslav", "so total"), "NORP", "YUG"),
            (("Yugoslav", "rates for"), "NORP", "YUG"),
            (("Soviet Union", "exporting corn to the"), "GPE", "SUN"),
            ("Yugoslavia", "GPE", "YUG"),
            (("Soviet Union", "The Soviet Union has taken"), "GPE", "SUN"),
            (("Yugoslav", "increased share of"), "NORP", "YUG"),
        ],
    },
    "reuters21578-5810": {
        "events": [
            # 0
            (
                "ACCUSE",
                "complained",
                ("Japan",) + JPN_GOV,
                ("South Korea",) + KOR_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Japan complained to the GATT secretariat that South Korea's trade plan breaks GATT rules (a complaint "
                "against Korea; the GATT the addressee, not actor2); perfect with no time expression of its own: "
                "undated (sets 15/16's 'have accused'); 'officials here said' rule-3 attribution",
            ),
            # 1
            (
                "ACCUSE",
                "alleging",
                (("Japan", "They said Japan"),) + JPN_GOV,
                (("South Korea", "alleging"),) + KOR_GOV,
                None,
                "1987-03",
                "month",
                "earlier this month",
                "asserted",
                0,
                "later mention: the report submitted to the GATT alleging Korea's plan amounts to non-tariff barriers "
                "(the same complaint); its own time expression 'earlier this month' = 1987-03 (EVENTS.md 21: a later "
                "mention keeps its own); 'submitted' the vehicle, 'They said' rule-3 attribution",
            ),
            # 2
            (
                "STATEMENT",
                "unveiled",
                (("South Korea", "South Korea unveiled"),) + KOR_GOV,
                None,
                None,
                "1986-11",
                "month",
                "November",
                "asserted",
                None,
                "South Korea announced its five-year plan to cut the deficit with Japan (announcement of a trade "
                "policy: no type of its own; SANCTION KOR -> JPN arguable, the plan favours non-Japanese imports); "
                "'November' before March 1987 = 1986-11; no place in the text",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + KOR_GOV,
                None,
                None,
                "1986-11",
                "month",
                "November",
                "asserted",
                None,
                "hoped to narrow the deficit with Japan to two billion dlrs by 1991 (a target); said when it unveiled "
                "the plan: placed inside the November unveiling (rule 3, EVENTS.md 19; DCT arguable)",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The officials said"),
                ("The officials",) + KOR_GOV,
                None,
                SEL,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "the Trade Ministry officials believe Japan's action is designed to bring Korea to the table and stop "
                "the plan (assessment of motives; officials of a named ministry, EVENTS.md 4); DCT, dateline city",
            ),
            # 5
            (
                "REQUEST",
                "wants",
                ("The Seoul government",) + KOR_GOV,
                ("Tokyo",) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Seoul wants Tokyo to ease import restrictions and simplify customs inspections (a standing demand, "
                "present tense: undated, sets 17/18's 'is insisting')",
            ),
        ],
        "skip": [
            (("cut", "five-year plan to"), "content of the complaint (the plan's aim)"),
            ("breaks", "content of the complaint"),
            (("said", "officials here"), "rule-3 attribution (the complaint is the event)"),
            (("said", "They said"), "rule-3 attribution (the allegation is the event)"),
            ("submitted", "vehicle of the allegation (the report submitted to the GATT: same act)"),
            (("import less", "plan to"), "content of the allegation (the plan)"),
            ("creating", "content of the allegation"),
            ("narrow", "content of the statement (target)"),
            ("rose", "statistics"),
            ("envisages", "a document's content (the plan)"),
            ("giving", "content of the plan (incentives to importers)"),
            (("import", "not to"), "content of the plan"),
            (("sell", "exporters to"), "content of the plan"),
            ("believed", "part of the reporting clause ('said they believed')"),
            (("action", "the Japanese"), "anaphoric nominal (Japan's complaint)"),
            ("filing a suit", "comparison (a suit not filed; content)"),
            ("bring", "content of the statement (Japan's presumed aim)"),
            ("negotiating table", "content of the statement"),
            (("stop", "and stop"), "content of the statement"),
            ("ease", "content of the request"),
            ("simplify", "content of the request"),
            (("reduce", "help"), "purpose clause"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            ("South Korea", "GPE", "KOR"),
            (("Japan", "trade deficit with"), "GPE", "JPN"),
            (("GATT", "breaks"), "ORG", None),
            ("Trade Ministry", "ORG", "KOR"),
            (("Japan", "They said"), "GPE", "JPN"),
            (("South Korea", "alleging"), "GPE", "KOR"),
            (("Japan", "import less from"), "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("South Korea", "South Korea unveiled"), "GPE", "KOR"),
            (("Japan", "It said it hoped"), "GPE", "JPN"),
            (("South Korea", "South Korea's trade deficit"), "GPE", "KOR"),
            (("Japan", "South Korea's trade deficit with"), "GPE", "JPN"),
            (("Japanese", "not to import"), "NORP", "JPN"),
            (("Japan", "sell more to"), "GPE", "JPN"),
            (("Japanese", "believed the"), "NORP", "JPN"),
            (("South Korea", "to bring"), "GPE", "KOR"),
            ("Seoul", "GPE", "KOR"),
            ("Tokyo", "GPE", "JPN"),
            ("South Korean", "NORP", "KOR"),
        ],
    },
    "reuters21578-2854": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The Liposome Co Inc",) + USA_BUS,
                None,
                PRN,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "it and its Japanese subsidiary will sponsor a seminar at Tokyo University on March 12 (a company's own "
                "promotional event, no counterpart: no type, the reporting clause is the record); wire style: DCT, "
                "dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "explained",
                (("the company", "membranes,"),) + USA_BUS,
                None,
                PRN,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "what liposomes are (description); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "attend, the company"),
                (("the company", "attend,"),) + USA_BUS,
                None,
                PRN,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "leading Japanese institutions are expected to attend (forecast; unnamed attendees); DCT",
            ),
        ],
        "skip": [
            ("sponsor a major seminar", "a company's own seminar, no counterpart: no type (CONSULT planned arguable)"),
            ("engineered", "generic description (content)"),
            ("entrap", "generic description (content)"),
            ("attend", "content of the statement (unnamed institutions' attendance)"),
        ],
        "entities": [
            ("The Liposome Co Inc", "ORG", "USA"),
            ("Liposome Japan Co Ltd", "ORG", "JPN"),
            ("Tokyo University", "ORG", "JPN"),
            (("Japan", "institutions in"), "GPE", "JPN"),
        ],
    },
    "reuters21578-21023": {
        "events": [
            # 0
            (
                "REQUEST",
                "said",
                ("Helmut Geiger",) + DEU_ORG,
                ("Finance ministers from major industrial nations", None, "IGO"),
                BON,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "finance ministers of the major industrial nations should hold a special meeting on the dollar's "
                "decline: an identifiable group told to act (EVENTS.md 2; a group of countries: null); Geiger heads "
                "the savings bank association (a trade association: ORG); wire style: DCT, dateline city",
            ),
            # 1
            (
                "REQUEST",
                "told",
                (("Geiger", "association, said."),) + DEU_ORG,
                (("Finance ministers", "Reuters:"), None, "IGO"),
                BON,
                "1987-10-19",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead ('Finance ministers should meet soon ...'): later mention, EVENTS.md 3",
            ),
            # 2
            (
                "STATEMENT",
                ("told", "Separately,"),
                (("Geiger", "Separately,"),) + DEU_ORG,
                None,
                BON,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "told Bild the lower dollar would damage West German exports and cost jobs (forecast); 'on Tuesday' "
                "dates the paper's publication, not the interview: wire style, DCT, dateline city; the aside that the "
                "dollar was 'artificially talked down by U.S. officials' sits in a relative clause (ACCUSE DEU -> USA "
                "arguable)",
            ),
        ],
        "skip": [
            ("hold a special meeting", "content of the request"),
            ("deal", "content of the request"),
            ("meet soon", "content of the request (quote)"),
            (("take", "soon to"), "content of the request"),
            ("limit", "content of the request"),
            ("caused", "content of the request"),
            ("interview", "part of the reporting clause"),
            ("released", "release of the interview ahead of publication: part of the reporting clause"),
            ("publication", "the newspaper's publication (part of the reporting clause)"),
            ("talked down", "background relative clause (U.S. officials' talk, undated; ACCUSE DEU -> USA arguable)"),
            (("damage", "would"), "content of the statement"),
            ("cost jobs", "content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Helmut Geiger", "PERSON", "DEU"),
            ("West German", "NORP", "DEU"),
            (("Geiger", "association, said."), "PERSON", "DEU"),
            ("Reuters", "ORG", "GBR"),
            (("Geiger", "Separately,"), "PERSON", "DEU"),
            ("Bild", "ORG", "DEU"),
            (("U.S.", "talked down by"), "GPE", "USA"),
            (("West German", "would damage"), "NORP", "DEU"),
        ],
    },
    "reuters21578-18075": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Allegis Corp",) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "it has created a limited partnership to sell Canadian hotels to the public (a public offering: "
                "corporate finance, unnamed buyers; no type); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the offering should raise over 350 mln Canadian dlrs and be completed by end-September (offering "
                "terms); DCT",
            ),
            # 2
            (
                "STATEMENT",
                "reported",
                (("Allegis", "Allegis reported"),) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "reported a pretax gain of 80.6 mln dlrs from last year's Westin partnership (results release); no time "
                "expression of its own: wire style, DCT (EVENTS.md 16's 'Earlier it reported'; 1986 arguable)",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "An Allegis spokesman"),
                ("An Allegis spokesman",) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the offerings were long planned and are unrelated to the recapitalization plan and the threatened "
                "takeover (assessment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The spokesman said"),
                ("The spokesman",) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the company has not yet identified which Canadian hotels will be offered (the undecided choice is "
                "content; a withheld STATEMENT reading arguable); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Richard Ferris"),
                ("Richard Ferris",) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "'said in a statement': the partnerships let the company turn asset appreciation into cash "
                "(assessment); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "corporate needs, the spokesman"),
                (("the spokesman", "corporate needs,"),) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the proceeds will be used for general corporate needs (own plan, no type); DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "U.S, Allegis"),
                (("Allegis", "U.S, Allegis"),) + USA_BUS,
                None,
                CHI,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the partnership will be offered outside the U.S. (offering terms); DCT",
            ),
        ],
        "skip": [
            ("created", "formation of a limited partnership: corporate finance"),
            (("sell", "partnership to"), "sale to the public (unnamed buyers, public offering: corporate finance)"),
            (("offering", "It said the"), "anaphoric nominal (the public offering: corporate finance)"),
            ("raise", "content of the statement (offering proceeds)"),
            (("completed", "will be"), "content of the statement (offering timetable)"),
            (("completed", "partnership completed"), "background (last year's partnership, corporate finance)"),
            (
                ("sold", "when Allegis"),
                "last year's sale of Westin hotels through a public partnership: unnamed "
                "buyers, background (COOPERATE arguable)",
            ),
            (("offerings", "spokesman said the"), "anaphoric nominal (the offerings)"),
            ("recapitalization", "corporate finance (background nominal)"),
            (
                "threatened takeover",
                "background nominal (a takeover threat by the Coniston group and the pilots; "
                "THREATEN or COOPERATE arguable)",
            ),
            ("identified", "content of the statement (choice not yet made)"),
            (("offered", "will be offered for sale"), "content of the statement"),
            ("ownership", "stative (ownership)"),
            (("interest", "and 100 pct"), "stative (ownership)"),
            ("owns", "stative (ownership)"),
            (("statement", "Ferris, chairman"), "part of the reporting clause"),
            ("convert", "content of the statement"),
            ("used", "content of the statement (use of proceeds)"),
            (
                "underwriters",
                "lead underwriters of the public offering: corporate finance (own_blind2's lead "
                "managers; COOPERATE arguable)",
            ),
            (("offered", "partnership will be offered outside"), "content of the statement (offering terms)"),
        ],
        "entities": [
            ("Allegis Corp", "ORG", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Canadian", "NORP", "CAN"),
            ("Westin Hotels", "ORG", "USA"),
            (("Allegis", "when Allegis"), "ORG", "USA"),
            (("Westin", "sold Westin"), "ORG", "USA"),
            ("San Francisco", "GPE", "USA"),
            (("Chicago", "San Francisco and"), "GPE", "USA"),
            (("Allegis", "Allegis reported"), "ORG", "USA"),
            (("Allegis", "An Allegis"), "ORG", "USA"),
            ("Coniston Partners", "ORG", "USA"),
            ("United Airlines", "ORG", "USA"),
            (("Canadian", "which of its"), "NORP", "CAN"),
            (("Allegis", "Allegis has 100"), "ORG", "USA"),
            (("Westin", "ownership in"), "ORG", "USA"),
            ("Vancouver", "GPE", "CAN"),
            ("Calgary", "GPE", "CAN"),
            ("Ottawa", "GPE", "CAN"),
            ("Toronto", "GPE", "CAN"),
            ("Hilton International", "ORG", "USA"),
            (("Toronto", "Hilton International hotels in"), "GPE", "CAN"),
            ("Montreal", "GPE", "CAN"),
            (("Westin", "the Westin in"), "ORG", "USA"),
            ("Edmonton", "GPE", "CAN"),
            ("Richard Ferris", "PERSON", "USA"),
            (("Allegis", "chairman of"), "ORG", "USA"),
            ("Merrill Lynch Capital Markets", "ORG", "USA"),
            ("Wood Gundy", "ORG", "CAN"),
            ("U.S", "GPE", "USA"),
            (("Allegis", "U.S, Allegis"), "ORG", "USA"),
        ],
    },
    "reuters21578-10545": {
        "events": [
            # 0
            (
                "REJECT",
                "denied",
                ("Francisco Gros",) + BRA_GOV,
                None,
                BSB,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "denied rumours that foreign creditors had sued Brazil for payment (denial of an allegation; the "
                "rumours have no source: actor2 null); wire style: DCT, dateline city",
            ),
            # 1
            (
                "REJECT",
                ("said", "There is no"),
                (("Gros", "There is no"),) + BRA_GOV,
                None,
                BSB,
                "1987-03-27",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the denial ('There is no court action against Brazil', in a television "
                "interview): later mention, EVENTS.md 3",
            ),
            # 2
            (
                "REQUEST",
                "suggested",
                (("Brazil", "television interview"),) + BRA_GOV,
                ("commercial banks", None, "BUS"),
                None,
                "1987-03-26",
                "day",
                "yesterday",
                "asserted",
                None,
                "Brazil proposed to its creditor banks a 60-day extension of short-term credit lines (asking for "
                "continued credit; the banks a group: null); 'yesterday' = 1987-03-26; the payment suspension 'last "
                "month' in the first conjunct has no type (EVENTS.md 10)",
            ),
            # 3
            (
                "CONSULT",
                "negotiations",
                (None,) + BRA_GOV,
                ("the commercial creditors", None, "BUS"),
                WDC,
                "1987-04",
                "month",
                "within two weeks",
                "planned",
                None,
                "negotiations with the commercial creditors will start within two weeks, when Gros and Funaro attend "
                "the IMF meetings in Washington (Brazil implied as the negotiating party; 'within two weeks' from Fri "
                "27 March ends in the week of 6-10 April, taken at its month as EVENTS.md 21's 'within the next week'); "
                "'Gros said' rule-3 attribution",
            ),
            # 4
            (
                "CONSULT",
                "attend",
                ("he and Finance Minister Dilson Funaro",) + BRA_GOV,
                ("International Monetary Fund", None, "IGO"),
                WDC,
                "1987-04",
                "month",
                "within two weeks",
                "planned",
                None,
                "Gros and Funaro will attend IMF council meetings in Washington (meetings with the IMF; a same-country "
                "compound, one record); the 'when' clause places it at the time of the negotiations' start (rule 3)",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "meet our commitments"),
                (("Gros", "meet our commitments"),) + BRA_GOV,
                None,
                BSB,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "Brazil is handling the issue carefully and seeks a negotiation that allows growth (assessment of its "
                "stance; REQUEST toward the creditors arguable); DCT, dateline city",
            ),
        ],
        "skip": [
            ("rumours", "anonymous talk (the rumours denied)"),
            (("filed", "creditors had"), "content of the denial (court actions not filed)"),
            (("seek", "to seek payment"), "content of the denial"),
            ("interview", "part of the reporting clause"),
            (("court action", "There is no"), "content of the denial"),
            ("suspended", "Brazil's payment freeze (EVENTS.md 10: no matching type)"),
            ("extension", "content of the request"),
            (("said", "Media reports"), "anonymous-source talk (unnamed media reports)"),
            ("filed lawsuits", "content of anonymous talk (unnamed small banks)"),
            ("decision", "background nominal (the payment suspension)"),
            (("suspend", "decision to"), "background (the payment suspension)"),
            (("said", "Gros said negotiations"), "rule-3 attribution (the planned negotiations are the event)"),
            ("seeking a negotiation", "content of the statement (REQUEST arguable)"),
            (("meet", "able to meet"), "content of the statement"),
        ],
        "entities": [
            ("Central Bank", "ORG", "BRA"),
            ("Francisco Gros", "PERSON", "BRA"),
            (("Brazil", "court actions against"), "GPE", "BRA"),
            (("Brazil", "There is no"), "GPE", "BRA"),
            (("Gros", "There is no"), "PERSON", "BRA"),
            (("Brazil", "television interview"), "GPE", "BRA"),
            (("Brazil", "rated as small among"), "GPE", "BRA"),
            (("Gros", "Gros said negotiations"), "PERSON", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            ("International Monetary Fund", "ORG", None),
            ("IMF", "ORG", None),
            ("Washington", "GPE", "USA"),
            (("Brazil", "Brazil is facing"), "GPE", "BRA"),
            (("Gros", "meet our commitments"), "PERSON", "BRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
