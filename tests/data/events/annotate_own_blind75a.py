"""Build ``own_blind75a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind75a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1996 left); 24 drawn with random.Random(75101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
60 event records (56 first mentions, 4 later mentions), 126 not_annotated spans, 171 entity mentions
(ORG 71, GPE 45, PERSON 24, NORP 20, LOC 11); no article without events; 3979 (USDA conservation signup)
has reporting-clause STATEMENTs only.
Types: STATEMENT 34, COOPERATE 7, REQUEST 7, REJECT 3, AGREE 2, CONSULT 2, SUPPORT 2, ACCUSE 1, AID 1,
SANCTION 1; modality: asserted 57, planned 2, negated 1; precision: day 42, unknown 14, month 2, year 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, three wrong first matches fixed).
See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("West German President Richard von Weizsaecker", "World Bank
President Barber Conable", "CLA chairman Irtiza Husain": NORP / ORG + PERSON); company names are tagged
with their legal form and without angle brackets, tickers ("<PGLO.AS>", "<GEC.L>", "<RD> <SC>") are not
entities; the possessive 's / ' is left out ("GEC's", "Philips'", "Picker's", "Argentina's", "Simon's",
"Canada's", "USDA's", "Japan's", "the Bank's"); a named division is ORG with its lower-case "division"
("Professional Products and Systems division", as earlier sets' "Electrical Projects division"); a
government body with its country word is one ORG span ("U.S. Agriculture Department", "Argentine
Parliament"), while "The Ontario Government" and "the Canadian cabinet" give only their place word (GPE
"Ontario", NORP "Canadian", 72a's "The Government of Bermuda"); "Reagan Administration" / "Reagan
administration" give PERSON "Reagan" (46a-48a); "U.S." in "U.S.-based" and "U.S. General Electric Co" and
"Canadian" in "Canadian dlrs" are mentions; "Royal Dutch/Shell" with a lower-case "group" is one ORG span;
"the Bank's" (the World Bank) is an ORG mention (13b); the lower-case U.S. regions "southeast" and
"midwest" are LOC USA (10a's "midwest"); products, programmes (the conservation program, export
enhancement), currencies and the wire's "Reuters" by-line conventions as before ("told Reuters": ORG GBR).
Countries: NV Philips Gloeilampenfabrieken / "Philips" and its Professional Products and Systems division
ORG NLD, General Electric Co Plc / "GEC" ORG GBR (Plc), Picker International / "Picker" ORG USA ("GEC's
Ohio-based medical division", the country the text gives), General Electric Co ORG USA ("U.S. General
Electric Co"), Brest (the Dutch town near Eindhoven, as written), Eindhoven and the Netherlands GPE NLD,
"Dutch" NORP NLD, North America and the Caribbean LOC null, Ohio GPE USA; Canada and Ottawa GPE CAN,
"Canadian" NORP CAN, Ontario GPE CAN, South Korea GPE KOR, Taiwan GPE TWN, "American" NORP USA; "West
German" / "German" NORP DEU, Richard von Weizsaecker PERSON DEU, Germany GPE DEU, "Argentine" NORP ARG,
Argentina GPE ARG, Raul Alfonsin and Juan Carlos Pugliese PERSON ARG, the Argentine Parliament ORG ARG,
"European" NORP null, Latin America LOC null; the Soviet Union GPE SUN, "Soviets" NORP SUN, Thomas Kay
PERSON USA, the Foreign Agriculture Service and the Economic Policy Council ORG USA, Reuters ORG GBR;
British Petroleum Co PLC / "BP" ORG GBR, David Simon PERSON GBR (BP's managing director), Standard Oil Co
and Shell Oil (Co) ORG USA, Royal Dutch/Shell (Group) ORG NLD (28b / 34b / 36a), L.F. Rothschild, Prescott
Ball and Turben, Shearson Lehman Brothers Inc and Goldman Sachs and Co ORG USA and their analysts Rosario
Ilaqua, Bruce Lazier and Sanford Margoshes PERSON USA (the text gives no country; the dateline NEW YORK
places the firms, as 55a's Princeville); Pakistan GPE PAK, the Corporate Law Authority / CLA and the
Commerce Ministry ORG PAK, Irtiza Husain PERSON PAK, Kenya GPE KEN, Liptons and Brooke Bond ORG GBR (the
British tea companies; their Pakistani importing subsidiaries PAK, or null under EVENTS.md 15, arguable);
the USDA, its Agricultural Stabilization and Conservation Service ORG USA, Milton Hertz PERSON USA, the
Great Plains LOC USA (the U.S. farm region); the World Bank, the International Development Association /
IDA and the International Bank for Reconstruction and Development / IBRD ORG null, Barber Conable PERSON
null (the head of an international body, 13a), Japan GPE JPN, "Japanese" NORP JPN, Third World and South
America LOC null, China GPE CHN, India GPE IND.

Judgement calls made here:
* 17103 (Philips / GEC medical joint venture, DCT Fri 1987-04-24, EINDHOVEN): "NV Philips ... and General
  Electric Co Plc ... are planning a 50-50 joint venture ..., Philips announced" is COOPERATE NLD BUS ->
  GBR BUS on "joint venture" (a planned joint venture between named companies, 19a / 56b), planned,
  undated, "announced" rule-3 attribution; the venture's composition ("group", "combining") is content.
  "according to Philips" (Picker's turnover) is a statistics STATEMENT (26b's "according to"); "Philips said
  GEC was planning substantial additional investment in the project to bring its share to 50 pct" is a
  STATEMENT (GEC's contribution is a term of the venture already coded: content; COOPERATE GBR -> NLD
  planned arguable); the competitor quote and "a Philips spokesman said" (start of operations in the second
  half: no type) are STATEMENTs; all DCT, EINDHOVEN. "Dutch corporate analysts said" is anonymous
  (skipped), "the merger" anaphoric.
* 9554 (Canada may monitor steel, DCT Wed 1987-03-25 = published_at's date, dateline "OTTAWA, March 26"):
  the same story as 48a's 15313 and coded the same way: monitoring its own steel flows and the monitoring
  system are domestic administration with no type, so "senior government trade officials said" (officials
  of a named government asking anonymity: still identifiable, 29a) and "the officials said a monitoring
  system will be established" are STATEMENTs; "the government will investigate an industry contention"
  is studying a problem, not investigating someone (23a / 27a / 9b: no ACCUSE), so its "said" is a
  STATEMENT. "said that despite intense pressure from the Reagan Administration, Ottawa was not
  considering any kind of formal limits on Canadian shipments" is REJECT CAN GOV -> USA GOV on "said" (a
  refusal of the U.S. demand, 12a's "no plans to bow to pressure"; the clause names the Reagan
  Administration; "pressure" a background nominal in a concessive phrase, skipped; STATEMENT arguable). The
  splitter keeps "... to the U.S." and the next quote in one sentence ("U.S." is an abbreviation), so the
  REJECT and the quote's two records share a sentence: '"... buying some time," said one official' and
  "who claimed Canadian companies were 'fair traders'" are two STATEMENTs (each reporting clause a record,
  EVENTS.md 3; SUPPORT of Canadian companies arguable); '"... we would have to do something about it,"
  said a trade official' is a STATEMENT (no target, no consequence for a party: not THREATEN). All DCT,
  OTTAWA. "Some U.S. lawmakers have proposed Canada's share ... be limited to 2.4 per cent" is REQUEST USA
  GOV -> CAN (48a's identical sentence; SANCTION hypothetical arguable), undated; "The Ontario Government
  has urged Ottawa to require ... permits" is REQUEST CAN GOV -> CAN GOV, undated (present perfect).
  Shipment and trade figures are statistics, the "growing anger in the U.S." has no acting actor.
* 5697 (Weizsaecker in Argentina, DCT Mon 1987-03-16, BUENOS AIRES): "West German President Richard von
  Weizsaecker met Argentine President Raul Alfonsin for talks on the first day of the German leader's
  four-day visit" is CONSULT DEU GOV -> ARG GOV (visitor first, EVENTS.md 13), undated (the first day of an
  undated visit gives no value; rule 17 although obviously recent), location null ("here" only in the next
  sentence); "talks" the same meeting and the presupposed "visit" a background nominal (55a; CONSULT
  arguable). "Local officials placed great importance on the meeting" is an attitude with no reporting
  verb (skipped; STATEMENT ARG GOV arguable); Weizsaecker "is considered a key backer" is agentless and
  stative (SUPPORT arguable). Pugliese's quote is a STATEMENT ARG GOV (the speaker of the lower house, a
  legislator), DCT ("before the meeting" gives no value), BUENOS AIRES. "He said that 'Germany in
  particular and most European countries' have supported more liberal repayment terms for Argentina's
  debt" is SUPPORT toward Argentina (ARG GOV), split by country (EVENTS.md 12): DEU GOV and null (a group of
  countries), undated (present perfect), "said" rule-3 attribution. "An Argentine mission is now in the
  United States concluding negotiations on debt repayment with 11 creditor banks" is CONSULT ARG GOV -> the
  banks (null BUS: nationality not stated, EVENTS.md 15) on "negotiations" ("concluding" its verb; no
  agreement reached yet), 1987-03-16 ("now"), located in the United States.
* 2747 (USSR wheat bonus offer, DCT Fri 1987-03-06, WASHINGTON): the lead "The Reagan administration
  continues to debate whether to offer subsidized wheat to the Soviet Union, but would need assurances
  from the Soviets ..., a senior U.S. Agriculture Department official said" is a STATEMENT (an internal
  debate and the condition of a merely considered offer; REQUEST USA -> SUN for the assurances arguable);
  Thomas Kay's two quotes ("still is under active debate", "We'd need some assurances") restate it and are
  later mentions (EVENTS.md 3). "Kay called reports that such an offer was imminent 'premature'" is REJECT
  USA GOV with actor2 null (a denial of unattributed reports, 10a), DCT. "The ... Economic Policy Council
  is set to meet today ... but is not expected to address a wheat subsidy offer ..., administration
  officials said earlier" is a STATEMENT (officials of a named government), DCT ("said earlier" is wire
  style, EVENTS.md 16; "today" dates the meeting), the council's meeting an internal meeting of a single
  body (EVENTS.md 10, skipped). All WASHINGTON.
* 10168 (BP may have to raise its Standard Oil bid, DCT Thu 1987-03-26, NEW YORK): plain "analysts said"
  (four times) and their comments and expectations are anonymous (skipped), BP's "planned 70 dlrs a share
  tender offer" a presupposed background nominal inside that talk (skipped; COOPERATE GBR -> USA planned
  arguable). Named analysts of named firms are identifiable (72a): Rosario Ilaqua's quote, Bruce Lazier's
  quote and "He estimated a price of 75 dlrs" and "The analyst [Margoshes] said the bid could be raised"
  are STATEMENTs USA BUS, DCT, NEW YORK; "Sanford Margoshes ... told clients this morning that a sweetened
  offer was possible" is a STATEMENT dated by "this morning" (= DCT), location null. "BP managing director
  David Simon's denial today that BP would raise the offer" is REJECT GBR BUS, actor2 null (no party named),
  1987-03-26 ("today"; a nominal with its own date, EVENTS.md 11), located in New York by the later
  sentence; "Simon's remarks at a BP press conference in New York this afternoon" is its anaphoric nominal
  (skipped). The Royal Dutch/Shell precedent is coded as narrated history (takeover bids coded as the deal,
  53a / 49a): "Royal Dutch/Shell Group's bid to buy the outstanding stake of Shell Oil Co in 1984 and
  1985" COOPERATE NLD BUS -> USA BUS, 1984 (a range dated by its start, year precision); "eventually
  raised its initial 55 dlrs a share offer to 60 dlrs" COOPERATE (49a's raised offer; Shell Oil implied),
  undated ("eventually"); "offered 55 dlrs a share for the 30.5 pct of Shell Oil ... in January of 1984" a
  later mention of the bid with its own date (1984-01, EVENTS.md 21); "raised its bid and began a 58 dlrs a
  share tender offer in April 1984" one COOPERATE on "raised" (the raised bid is the tender offer), 1984-04;
  "shareholders sued" ACCUSE (a lawsuit, 32a / 34a) by the minority shareholders (null: nationality not
  stated) against Royal Dutch/Shell (implied), undated; "a court blocked completion of the offer" SANCTION
  (an adverse ruling, 20a / 28b) by a U.S. court (implied by the U.S. target; null arguable) against Royal
  Dutch/Shell, undated; "Royal Dutch/Shell agreed to another two dlrs increase" AGREE NLD -> Shell Oil (USA,
  toward the company acquired as 15/16's "reached an agreement to acquire"; the shareholders, null, as
  counterpart arguable), undated; "It ended up paying 5.67 billion dlrs for the outstanding Shell Oil stake"
  COOPERATE (a completed acquisition, EVENTS.md 8), undated. The lawsuits, objections and "months of
  wrangling" are background nominals (ACCUSE / CONSULT arguable). "Goldman Sachs and Co, BP's investment
  advisor, advised the Shell Oil board in 1984 and 1985" is COOPERATE USA BUS -> USA BUS (an advisory
  service between named companies, 55a's retained adviser; no type arguable), 1984 (year).
* 16225 (Pakistan CLA enquiry into Kenyan tea imports, DCT Mon 1987-04-13, ISLAMABAD): "has begun an
  enquiry into imports of tea from Kenya and the trade imbalance" is an inquiry into a trade flow with no
  named target (9b's IAC inquiry into an industry, 23a: no ACCUSE; ACCUSE toward the importers arguable),
  so "CLA chairman Irtiza Husain confirmed" is a STATEMENT (PAK GOV), DCT. "He told Reuters ... that
  importers Liptons and Brooke Bond had been asked to supply data to the authority" is REQUEST by the
  implied CLA (PAK GOV) -> the importers (GBR BUS, one same-country record), undated, "told" rule-3
  attribution (the planned hearing is the enquiry's procedure, content). "The CLA would then report back
  to the Commerce Ministry" is planned internal procedure (skipped; STATEMENT planned arguable); "which had
  requested the enquiry" is REQUEST PAK GOV (the ministry) -> PAK GOV (the CLA), undated. "Husain said no
  date had yet been set for the hearing" is a STATEMENT and "declined to give further details" a withheld
  STATEMENT (negated, trigger "give", own_dev's "declined to name terms"), both DCT. "Industry sources told
  Reuters" is anonymous (skipped), the licence suspension content of denied reports.
* 3979 (USDA conservation enrollment, DCT Wed 1987-03-11, WASHINGTON): "Enrollment in the ... fourth
  conservation signup is expected to be announced tomorrow" is a STATEMENT planned by the implied USDA
  (USA GOV; 19b's planned release), 1987-03-12 ("tomorrow"), location null. "USDA officials said" (twice),
  "USDA conservation specialists said" and "a USDA conservation specialist said" / "he said" are
  identifiable (officials / specialists of a named government body, 55a's Agriculture Department
  analysts): STATEMENTs, DCT, WASHINGTON; "the USDA source said" is anonymous (55a's "a USDA source",
  skipped, although probably the same specialist). "Milton Hertz ... said at a congressional hearing
  yesterday" is a STATEMENT dated 1987-03-10 ("yesterday"; the hearing is the occasion / audience, EVENTS.md
  6), location null; "Not all the bids will be accepted, Hertz said" has no time expression of its own:
  wire style, DCT (placed in yesterday's hearing, 1987-03-10, arguable). Producers' bids and enrollment,
  the corn bonus and USDA's rent payments are domestic farm-programme administration (skipped; AID
  arguable for the bonus).
* 10347 (Conable urges Japanese investment, DCT Fri 1987-03-27, TOKYO): Conable is the World Bank's head
  (null IGO, 13a / 29a). "called on Japan to boost investment in developing nations" is REQUEST null ->
  JPN GOV, DCT, TOKYO; the quote '"Japan has the means ...," he told about 500 Japanese businessmen and
  academics. "I would be pleased with additional support."' restates it (later mention, EVENTS.md 3; the
  audience is not an actor2). "Japan could do more to help assist indebted Third World countries ..., he
  said" is a second REQUEST toward Japan (its own reporting clause; an identifiable actor told it should
  act, EVENTS.md 2); "Conable said additional commercial bank investment would also be to Japan's
  advantage" and "It would profit from rechannelling its huge trade surplus ..., he said" are evaluations
  (STATEMENTs, EVENTS.md 2's "would help"). "It has also agreed recently to expand its contribution to ...
  the IBRD, Conable noted" is AGREE JPN GOV -> the IBRD (null IGO; EVENTS.md 8, the contribution content),
  undated ("recently"), "noted" rule-3 attribution. "Conable said the World Bank was expanding its
  structural adjustment loans, designed to encourage developing countries ..." is AID null IGO -> developing
  countries (null; credit = AID), dated by the report (a progressive reported today, 19-21's call), "said"
  rule-3 attribution, the purpose clause skipped. '"Adjustment loans could rise to 30 pct ...," Conable
  told Reuters after his speech' is a STATEMENT (forecast), DCT ("after his speech" gives no value).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind75a.jsonl"

EIN = ("EINDHOVEN", "NLD")
OTT = ("OTTAWA", "CAN")
BUE = ("BUENOS AIRES", "ARG")
WAS = ("WASHINGTON", "USA")
NYC = ("NEW YORK", "USA")
ISB = ("ISLAMABAD", "PAK")
TOK = ("TOKYO", "JPN")

NLD_BUS = "NLD", "BUS"
GBR_BUS = "GBR", "BUS"
USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
CAN_GOV = "CAN", "GOV"
ARG_GOV = "ARG", "GOV"
PAK_GOV = "PAK", "GOV"
JPN_GOV = "JPN", "GOV"
IGO = None, "IGO"
RDS_IMPLIED = (None, "NLD", "BUS")
SHELL_IMPLIED = (None, "USA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17103": {
        "events": [
            # 0
            (
                "COOPERATE",
                "joint venture",
                ("NV Philips Gloeilampenfabrieken",) + NLD_BUS,
                ("General Electric Co Plc",) + GBR_BUS,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "Philips and GEC are planning a 50-50 joint venture in medical equipment (material economic exchange "
                "between two companies, 19a / 56b's planned joint ventures; first-named party first); 'are planning' = "
                "planned, no time expression: undated; 'Philips announced' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                "according to",
                (("Philips", "according to"),) + NLD_BUS,
                None,
                EIN,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "statistics: Picker's turnover in the year to March 1986 (a release by a named author, 26b's "
                "'according to'); wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "Philips said GEC"),
                (("Philips", "Philips said GEC"),) + NLD_BUS,
                None,
                EIN,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "GEC plans substantial additional investment in the project to bring its share to 50 pct (a term of the "
                "planned venture already coded: content; COOPERATE GBR -> NLD planned arguable); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", 'medical systems," Philips'),
                (("Philips", 'medical systems," Philips'),) + NLD_BUS,
                None,
                EIN,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "the new company will be a vigorous competitor (assessment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "a Philips spokesman"),
                ("a Philips spokesman",) + NLD_BUS,
                None,
                EIN,
                "1987-04-24",
                "day",
                None,
                "asserted",
                None,
                "the new company should start operations in the second half of this year (the start of operations has "
                "no type); DCT ('the second half of this year' governs the start, not the saying)",
            ),
        ],
        "skip": [
            (("planning", "are"), "modal frame of the planned joint venture"),
            ("announced", "rule-3 attribution (the planned joint venture is the event)"),
            ("group", "content of the venture (its composition)"),
            ("combining", "content of the venture (its composition)"),
            ("employs", "stative description"),
            ("totalled", "statistics (content of the release)"),
            (("planning", "GEC was"), "content of the statement"),
            ("investment", "content of the statement (GEC's contribution to the planned venture; COOPERATE arguable)"),
            (("bring", "project to"), "purpose clause"),
            (("meeting", "capable of"), "not an event (meeting needs)"),
            (("said", "analysts said"), "anonymous-source talk (analysts)"),
            ("merger", "anaphoric nominal (the planned joint venture)"),
            ("create", "content of the analysts' talk"),
            ("start operations", "content of the statement (no type)"),
        ],
        "entities": [
            ("NV Philips Gloeilampenfabrieken", "ORG", "NLD"),
            ("General Electric Co Plc", "ORG", "GBR"),
            (("Philips", "field,"), "ORG", "NLD"),
            (("GEC", "combining"), "ORG", "GBR"),
            ("Ohio", "GPE", "USA"),
            ("Picker International", "ORG", "USA"),
            (("Philips", "International with"), "ORG", "NLD"),
            (("U.S.", "in a new"), "GPE", "USA"),
            (("Picker", "subsidiary."), "ORG", "USA"),
            ("North America", "LOC", None),
            (("Britain", "North America,"), "GPE", "GBR"),
            (("West Germany", "North America,"), "GPE", "DEU"),
            ("Caribbean", "LOC", None),
            (("Japan", "Caribbean and"), "GPE", "JPN"),
            (("Picker", "and Japan."), "ORG", "USA"),
            (("Philips", "according to"), "ORG", "NLD"),
            (("Philips", "Philips' own"), "ORG", "NLD"),
            ("Professional Products and Systems division", "ORG", "NLD"),
            ("Dutch", "NORP", "NLD"),
            ("Brest", "GPE", "NLD"),
            ("Eindhoven", "GPE", "NLD"),
            (("U.S.", "facilities in the"), "GPE", "USA"),
            (("West Germany", "facilities in the"), "GPE", "DEU"),
            ("France", "GPE", "FRA"),
            ("Italy", "GPE", "ITA"),
            (("Britain", "Italy and"), "GPE", "GBR"),
            ("Netherlands", "GPE", "NLD"),
            (("Philips", "Philips said GEC"), "ORG", "NLD"),
            (("GEC", "Philips said"), "ORG", "GBR"),
            (("Philips", 'medical systems," Philips'), "ORG", "NLD"),
            (("Dutch", "Philips said."), "NORP", "NLD"),
            (("U.S.", "technology after"), "GPE", "USA"),
            (("General Electric Co", "technology after U.S."), "ORG", "USA"),
            (("Philips", "this year, a"), "ORG", "NLD"),
        ],
    },
    "reuters21578-9554": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("senior government trade officials",) + CAN_GOV,
                None,
                OTT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "Canada may begin monitoring steel flows to detect trans-shipment to the U.S. (monitoring its own steel "
                "trade is domestic administration with no type, 48a's 15313); officials of a named government, "
                "EVENTS.md 4 (anonymity asked: still identifiable, 29a); DCT = published_at's date (dateline March 26)",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "not to be identified,"),
                ("The officials",) + CAN_GOV,
                None,
                OTT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "the government will investigate an industry contention about trans-shipped steel (studying a problem "
                "is no investigation of someone: no ACCUSE, 23a / 27a / 9b); DCT",
            ),
            # 2
            (
                "REJECT",
                ("said", "not to be indentified,"),
                ("the senior officials",) + CAN_GOV,
                ("the Reagan Administration",) + USA_GOV,
                OTT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "despite intense U.S. pressure, Ottawa is not considering any formal limits on its steel shipments to "
                "the U.S. (a refusal of the U.S. demand, 12a's 'no plans to bow to pressure'; the clause names the "
                "Reagan Administration, so actor2 USA; STATEMENT arguable); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "buying some time,"),
                ("one official",) + CAN_GOV,
                None,
                OTT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "hopes Canada is buying some time (assessment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                "claimed",
                ("one official",) + CAN_GOV,
                None,
                OTT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "Canadian companies are fair traders in the U.S. market (its own reporting clause, EVENTS.md 3; "
                "SUPPORT of Canadian companies arguable); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "the officials said a"),
                (("the officials", "Canadian cabinet,"),) + CAN_GOV,
                None,
                OTT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "a monitoring system will be set up in three or four months if the cabinet approves (domestic "
                "administration, no type); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "do something about it,"),
                ("a trade official",) + CAN_GOV,
                None,
                OTT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "if trans-shipment is a problem Canada would have to act (a conditional assessment with no target or "
                "consequence for a party: not THREATEN); DCT",
            ),
            # 7
            (
                "REQUEST",
                "proposed",
                ("Some U.S. lawmakers",) + USA_GOV,
                (("Canada", "proposed"),) + CAN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "lawmakers proposed limiting Canada's share of the U.S. market to 2.4 pct (a proposal = REQUEST, the "
                "clause names Canada as the target, 48a's identical sentence; SANCTION hypothetical on 'limited' "
                "arguable); perfect with no time expression: undated",
            ),
            # 8
            (
                "REQUEST",
                "urged",
                ("The Ontario Government",) + CAN_GOV,
                (("Ottawa", "urged"),) + CAN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the provincial government urged Ottawa to require import permits for steel (a demand on the federal "
                "government); present perfect, no time expression: undated",
            ),
        ],
        "skip": [
            ("monitoring", "domestic administration (monitoring own steel trade), no type (48a)"),
            ("determine", "purpose clause"),
            ("asking not to be identified", "request for anonymity (29a)"),
            ("investigate", "studying a problem (an industry contention), not investigating someone (23a / 27a)"),
            ("contention", "background nominal (the industry's claim, no identified actor)"),
            ("diverted", "content of the contention"),
            ("asking not to be indentified", "request for anonymity (29a)"),
            ("pressure", "background nominal in a concessive phrase (12a; REQUEST USA -> CAN undated arguable)"),
            ("considering", "content of the refusal"),
            ("limits", "content of the refusal"),
            ("buying some time", "content of the statement"),
            ("approved", "condition (cabinet approval)"),
            ("established", "content of the statement (domestic administration)"),
            (("find", "if we"), "content of the statement (condition)"),
            ("do something", "content of the statement"),
            ("risen", "statistics"),
            ("anger", "generic sentiment, no acting actor (48a)"),
            ("limited", "content of the proposal"),
            ("require", "content of the request"),
            ("obtain", "content of the request"),
            (("required", "Currently, import licences are"), "stative (existing licensing rule)"),
            ("exported", "statistics"),
            ("importing", "statistics"),
        ],
        "entities": [
            ("Canada", "GPE", "CAN"),
            ("U.S.", "GPE", "USA"),
            ("South Korea", "GPE", "KOR"),
            ("Taiwan", "GPE", "TWN"),
            (("U.S.", "diverted to the"), "GPE", "USA"),
            ("Canadian", "NORP", "CAN"),
            ("Reagan", "PERSON", "USA"),
            ("Ottawa", "GPE", "CAN"),
            (("Canadian", "limits on"), "NORP", "CAN"),
            (("U.S.", "limits on Canadian shipments to the"), "GPE", "USA"),
            (("Canadian", "who claimed"), "NORP", "CAN"),
            ("American", "NORP", "USA"),
            (("Canadian", "approved by the"), "NORP", "CAN"),
            (("Canadian", "said a trade official."), "NORP", "CAN"),
            (("U.S.", "steel shipments to the"), "GPE", "USA"),
            (("U.S.", "5.7 pct of the"), "GPE", "USA"),
            (("Canadian", "The increase in"), "NORP", "CAN"),
            (("U.S.", "growing anger in the"), "GPE", "USA"),
            (("U.S.", "Some"), "GPE", "USA"),
            (("Canada", "have proposed"), "GPE", "CAN"),
            (("American", "share of the"), "NORP", "USA"),
            ("Ontario", "GPE", "CAN"),
            (("Ottawa", "urged"), "GPE", "CAN"),
            (("Canada", "Canada exported"), "GPE", "CAN"),
            (("Canadian", "two billion"), "NORP", "CAN"),
        ],
    },
    "reuters21578-5697": {
        "events": [
            # 0
            (
                "CONSULT",
                "met",
                ("West German President Richard von Weizsaecker", "DEU", "GOV"),
                ("Argentine President Raul Alfonsin",) + ARG_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the visiting West German president met Alfonsin for talks (visitor = actor1, host = actor2, EVENTS.md "
                "13); 'on the first day of the ... four-day visit' gives no date value: a non-speech event with no time "
                "expression is undated (rule 17), although obviously recent",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "unavoidable"),
                ("Juan Carlos Pugliese",) + ARG_GOV,
                None,
                BUE,
                "1987-03-16",
                "day",
                None,
                "asserted",
                None,
                "the debt will be unavoidable in the talks (forecast) by the speaker of the lower house (a legislator: "
                "GOV); 'before the meeting' gives no date value: wire style, DCT, dateline city",
            ),
            # 2
            (
                "SUPPORT",
                "supported",
                ("Germany",) + ("DEU", "GOV"),
                (("Argentina", "have supported"),) + ARG_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Germany has supported more liberal repayment terms for Argentina's debt (backing of another actor's "
                "position); compound split by country (EVENTS.md 12); present perfect: undated; 'He said' rule-3 "
                "attribution",
            ),
            # 3
            (
                "SUPPORT",
                "supported",
                ("most European countries",) + IGO,
                (("Argentina", "have supported"),) + ARG_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "most European countries have supported it too (a group of countries: null; the split's second record)",
            ),
            # 4
            (
                "CONSULT",
                "negotiations",
                ("An Argentine mission",) + ARG_GOV,
                ("11 creditor banks", None, "BUS"),
                ("United States", "USA"),
                "1987-03-16",
                "day",
                "now",
                "asserted",
                None,
                "the mission is now in the U.S. concluding debt negotiations with 11 creditor banks (talks; the banks' "
                "nationality is not stated: null, EVENTS.md 15); 'now' = DCT",
            ),
        ],
        "skip": [
            (("talks", "Alfonsin for"), "purpose of the meeting (the same CONSULT)"),
            ("visit", "background nominal (the presupposed visit, 55a; CONSULT DEU -> ARG arguable)"),
            (
                "placed great importance",
                "an attitude of unnamed local officials, no reporting clause (STATEMENT arguable)",
            ),
            (("meeting", "importance on the"), "anaphoric nominal (the meeting)"),
            ("considered", "agentless stative description"),
            ("backer", "stative description (Weizsaecker as a backer; SUPPORT arguable)"),
            (("talks", "unavoidable"), "content of the statement"),
            (("meeting", "before the"), "anaphoric nominal (time adjunct of the statement)"),
            (("said", "He said that"), "rule-3 attribution (the support is the event)"),
            ("concluding", "light verb of the negotiations (no agreement reached yet)"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Richard von Weizsaecker", "PERSON", "DEU"),
            ("Argentine", "NORP", "ARG"),
            ("Raul Alfonsin", "PERSON", "ARG"),
            (("German", "first day of the"), "NORP", "DEU"),
            (("Weizsaecker", "because"), "PERSON", "DEU"),
            ("Argentina", "GPE", "ARG"),
            ("Juan Carlos Pugliese", "PERSON", "ARG"),
            ("Argentine Parliament", "ORG", "ARG"),
            (("Alfonsin", "one of"), "PERSON", "ARG"),
            ("Germany", "GPE", "DEU"),
            ("European", "NORP", None),
            (("Argentina", "have supported"), "GPE", "ARG"),
            ("Latin America", "LOC", None),
            (("Argentine", "An"), "NORP", "ARG"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-2747": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("a senior U.S. Agriculture Department official",) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the administration still debates a subsidized wheat offer to the USSR and would need Soviet purchase "
                "assurances before making it (an internal debate and a condition of a merely considered offer; REQUEST "
                "USA -> SUN arguable); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                ("Thomas Kay",) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead ('still under active debate'): later mention, EVENTS.md 3",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "subsidy plan, he"),
                (("he", "subsidy plan,"),) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead's second part ('We'd need some assurances'): later mention, EVENTS.md 3",
            ),
            # 3
            (
                "REJECT",
                "called",
                (("Kay", "Kay called"),) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "called reports of an imminent offer 'premature' (denial of unattributed reports, 10a's denial of "
                "traders' talk: actor2 null); wire style: DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "administration officials"),
                ("administration officials",) + USA_GOV,
                None,
                WAS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the Economic Policy Council meets today but is not expected to address the wheat offer (officials of a "
                "named government, EVENTS.md 4); 'said earlier' is wire style (EVENTS.md 16's 'Earlier it reported'): "
                "DCT; 'today' dates the meeting, not the saying",
            ),
        ],
        "skip": [
            ("debate", "internal deliberation of the administration (content of the statement)"),
            (("offer", "whether to"), "content (a merely considered offer; AID / COOPERATE hypothetical arguable)"),
            ("assurances", "content of the statement (a condition of the considered offer)"),
            (("buy", "they would"), "content of the statement"),
            (("made", "offer would be"), "content of the statement"),
            (("offer", "export enhancement"), "content of the quote"),
            (("assurances", "need some"), "content of the quote"),
            (("offered", "buy if"), "content of the quote (condition)"),
            ("reports", "background nominal (unattributed reports, the object of the denial)"),
            (("offer", "such an"), "content of the denied reports"),
            ("meet", "internal meeting of a single body (the Economic Policy Council, EVENTS.md 10)"),
            ("discuss", "content of the internal meeting"),
            ("address", "content of the statement"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("Soviets", "NORP", "SUN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Soviets", "offer to the"), "NORP", "SUN"),
            ("Thomas Kay", "PERSON", "USA"),
            ("Foreign Agriculture Service", "ORG", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("Soviets", "(the"), "NORP", "SUN"),
            (("Kay", "Kay called"), "PERSON", "USA"),
            (("Reagan", "premature"), "PERSON", "USA"),
            ("Economic Policy Council", "ORG", "USA"),
            (("Soviet Union", "wheat subsidy offer to the"), "GPE", "SUN"),
        ],
    },
    "reuters21578-10168": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "said Rosario"),
                ("Rosario Ilaqua",) + USA_BUS,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "speculation that BP will be forced to raise its bid (assessment by a named analyst of a named firm, "
                "identifiable, 72a; L.F. Rothschild USA by the dateline); wire style: DCT, dateline city",
            ),
            # 1
            (
                "REJECT",
                "denial",
                ("David Simon",) + GBR_BUS,
                None,
                ("New York", "USA"),
                "1987-03-26",
                "day",
                "today",
                "asserted",
                None,
                "BP's managing director denied today that BP would raise the offer (a denial, actor2 null as no party "
                "is named; a nominal with its own date, EVENTS.md 11); located by the later sentence (a BP press "
                "conference in New York)",
            ),
            # 2
            (
                "COOPERATE",
                ("bid", "<SC>"),
                ("Royal Dutch/Shell Group",) + NLD_BUS,
                ("Shell Oil Co",) + USA_BUS,
                None,
                "1984",
                "year",
                "1984 and 1985",
                "asserted",
                None,
                "Royal Dutch/Shell's bid to buy the outstanding Shell Oil stake (a takeover bid coded as the deal, "
                "earlier sets; a nominal with its own date, EVENTS.md 11); '1984 and 1985' dated by its start at year "
                "precision",
            ),
            # 3
            (
                "COOPERATE",
                ("raised", "eventually"),
                (("Royal Dutch/Shell", "Co in 1984 and 1985."),) + NLD_BUS,
                SHELL_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Royal Dutch/Shell eventually raised its initial 55 dlr offer to 60 dlrs (a raised takeover offer, "
                "49a's 'raising'; Shell Oil implied); 'eventually' gives no value: undated",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Turben"),
                ("Bruce Lazier",) + USA_BUS,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "BP will have to go higher, as Royal Dutch/Shell did (assessment by a named analyst; Prescott Ball and "
                "Turben USA by the dateline); DCT",
            ),
            # 5
            (
                "STATEMENT",
                "estimated",
                (("He", "He estimated"),) + USA_BUS,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "estimated a price of 75 dlrs a share (forecast); DCT",
            ),
            # 6
            (
                "COOPERATE",
                "offered",
                (("Royal Dutch/Shell", "He estimated"),) + NLD_BUS,
                (("Shell Oil", "30.5 pct of"),) + USA_BUS,
                None,
                "1984-01",
                "month",
                "January of 1984",
                "asserted",
                2,
                "later mention of the bid: the initial 55 dlr offer for the 30.5 pct it did not own, with its own time "
                "expression kept (EVENTS.md 21)",
            ),
            # 7
            (
                "COOPERATE",
                ("raised", "about the price,"),
                (("Royal Dutch/Shell", "about the price,"),) + NLD_BUS,
                SHELL_IMPLIED,
                None,
                "1984-04",
                "month",
                "April 1984",
                "asserted",
                None,
                "raised its bid and began a 58 dlr tender offer in April 1984 (the raised bid is the tender offer: one "
                "act, dated by 'in April 1984'; Shell Oil implied)",
            ),
            # 8
            (
                "ACCUSE",
                "sued",
                (("shareholders", "But"), None, "PERSON"),
                RDS_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "minority shareholders sued (a lawsuit = ACCUSE, 32a / 34a; defendant Royal Dutch/Shell implied; the "
                "shareholders' nationality is not stated: null); no time expression: undated",
            ),
            # 9
            (
                "SANCTION",
                "blocked",
                ("a court",) + USA_GOV,
                RDS_IMPLIED,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "a court blocked completion of the offer (an adverse ruling against a party, 20a / 28b; a U.S. court "
                "implied by the U.S. target company, null arguable); undated",
            ),
            # 10
            (
                "AGREE",
                ("agreed", "wrangling"),
                (("Royal Dutch/Shell", "wrangling"),) + NLD_BUS,
                (("Shell Oil", "worth of"),) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "agreed to another two dlr increase (AGREE toward the company acquired, as 15/16's 'reached an "
                "agreement to acquire'; the shareholders as counterpart, null, arguable); undated",
            ),
            # 11
            (
                "COOPERATE",
                "paying",
                (("It", "It ended up"),) + NLD_BUS,
                (("Shell Oil", "for the outstanding"),) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "ended up paying 5.67 billion dlrs for the outstanding Shell Oil stake (a completed acquisition, "
                "EVENTS.md 8); undated",
            ),
            # 12
            (
                "STATEMENT",
                "told",
                ("Sanford Margoshes",) + USA_BUS,
                None,
                None,
                "1987-03-26",
                "day",
                "this morning",
                "asserted",
                None,
                "told clients this morning a sweetened offer was possible (assessment; clients are the audience); "
                "'this morning' = DCT; no place in the text",
            ),
            # 13
            (
                "STATEMENT",
                ("said", "The analyst said"),
                (("The analyst", "was possible."),) + USA_BUS,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the bid could be raised by two dlrs a share (forecast); wire style: DCT",
            ),
            # 14
            (
                "COOPERATE",
                "advised",
                ("Goldman Sachs and Co",) + USA_BUS,
                ("the Shell Oil board",) + USA_BUS,
                None,
                "1984",
                "year",
                "1984 and 1985",
                "asserted",
                None,
                "Goldman Sachs advised the Shell Oil board (an advisory service between named companies, 55a's retained "
                "adviser; no type arguable); '1984 and 1985' dated by its start",
            ),
        ],
        "skip": [
            (("raise", "may have to"), "content of anonymous analysts' talk"),
            (
                ("tender offer", "planned 70 dlrs a share"),
                "background nominal (BP's presupposed bid; COOPERATE GBR -> USA planned arguable)",
            ),
            (("said", "Standard Oil Co <SRD>, analysts"), "anonymous-source talk (analysts)"),
            ("speculation", "content of the statement (anonymous speculation)"),
            ("come up with", "content of the statement"),
            (("raise", "BP would"), "content of the denial"),
            (("said", "the analysts said"), "anonymous-source talk (analysts)"),
            (("said", "Analysts said they"), "anonymous-source talk (analysts)"),
            (("lawsuits", "after"), "background nominal (ACCUSE arguable; the suit is coded on 'sued')"),
            (("go a little higher", "going to have to"), "content of the quote"),
            (("go a little higher", "had to"), "content of the quote (background comparison)"),
            ("objections", "background nominal (shareholders' objections; ACCUSE arguable)"),
            (("tender", "58 dlrs a share"), "the same act as the raised bid"),
            ("completion", "content of the ruling"),
            ("wrangling", "background nominal (months of wrangling; CONSULT arguable)"),
            (("increase", "two dlrs"), "content of the agreement"),
            (("bid", "original"), "anaphoric nominal (the original bid)"),
            ("comments", "anonymous analysts' comments (anaphoric)"),
            ("remarks", "anaphoric nominal (Simon's denial, already coded)"),
            ("press conference", "occasion of the denial"),
            ("sweetened offer", "content of the statement"),
            (("raised", "bid could be"), "content of the statement"),
            ("expect", "anonymous analysts' talk"),
            (("lawsuits", "shareholder"), "content of anonymous analysts' talk"),
            (("said", "same reason, they"), "anonymous-source talk (analysts)"),
            ("advisor", "stative description (BP's adviser)"),
        ],
        "entities": [
            ("British Petroleum Co PLC", "ORG", "GBR"),
            ("Standard Oil Co", "ORG", "USA"),
            ("Rosario Ilaqua", "PERSON", "USA"),
            ("L.F. Rothschild", "ORG", "USA"),
            (("BP", "despite"), "ORG", "GBR"),
            ("David Simon", "PERSON", "GBR"),
            (("BP", "denial today that"), "ORG", "GBR"),
            ("Royal Dutch/Shell Group", "ORG", "NLD"),
            ("Shell Oil Co", "ORG", "USA"),
            (("Royal Dutch/Shell", "Co in 1984 and 1985."), "ORG", "NLD"),
            (("Royal Dutch/Shell", "just as"), "ORG", "NLD"),
            (("Shell Oil", "higher for the"), "ORG", "USA"),
            ("Bruce Lazier", "PERSON", "USA"),
            ("Prescott Ball and Turben", "ORG", "USA"),
            (("Royal Dutch/Shell", "He estimated"), "ORG", "NLD"),
            (("Shell Oil", "30.5 pct of"), "ORG", "USA"),
            (("Royal Dutch/Shell", "about the price,"), "ORG", "NLD"),
            (("Shell Oil", "worth of"), "ORG", "USA"),
            (("Royal Dutch/Shell", "wrangling"), "ORG", "NLD"),
            (("Shell Oil", "for the outstanding"), "ORG", "USA"),
            (("Simon", "before"), "PERSON", "GBR"),
            (("BP", "remarks at a"), "ORG", "GBR"),
            ("New York", "GPE", "USA"),
            ("Sanford Margoshes", "PERSON", "USA"),
            ("Shearson Lehman Brothers Inc", "ORG", "USA"),
            (("Royal Dutch/Shell", "because of the"), "ORG", "NLD"),
            ("Goldman Sachs and Co", "ORG", "USA"),
            (("BP", "Goldman Sachs and Co,"), "ORG", "GBR"),
            (("Shell Oil", "advised the"), "ORG", "USA"),
        ],
    },
    "reuters21578-16225": {
        "events": [
            # 0
            (
                "STATEMENT",
                "confirmed",
                ("CLA chairman Irtiza Husain",) + PAK_GOV,
                None,
                ISB,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "the Corporate Law Authority has begun an enquiry into tea imports from Kenya and the trade imbalance (an "
                "inquiry into a trade flow, not into a named party: no ACCUSE, 9b's IAC inquiry / 23a; ACCUSE toward the "
                "importers arguable), so the reporting clause is a STATEMENT; wire style: DCT, dateline city",
            ),
            # 1
            (
                "REQUEST",
                "asked",
                (None,) + PAK_GOV,
                ("Liptons and Brooke Bond",) + GBR_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the importers were asked to supply data to the authority (the CLA implied as the asker); the British "
                "tea companies GBR (their Pakistani subsidiaries PAK, or null, arguable); same-country compound: one "
                "record; past perfect, no time expression: undated; 'told Reuters' rule-3 attribution",
            ),
            # 2
            (
                "REQUEST",
                "requested",
                ("the Commerce Ministry",) + PAK_GOV,
                (("The CLA", "hearing would be held."),) + PAK_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the ministry had requested the enquiry from the CLA (a relative clause with its own predication); past "
                "perfect: undated",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Husain said"),
                (("Husain", "Husain said"),) + PAK_GOV,
                None,
                ISB,
                "1987-04-13",
                "day",
                None,
                "asserted",
                None,
                "no date has yet been set for the hearing (scheduling, no type); DCT",
            ),
            # 4
            (
                "STATEMENT",
                "give",
                (("Husain", "Husain said"),) + PAK_GOV,
                None,
                ISB,
                "1987-04-13",
                "day",
                None,
                "negated",
                None,
                "declined to give further details: withheld statement (own_dev's 'declined to name terms'); DCT",
            ),
        ],
        "skip": [
            ("begun", "light verb of the enquiry (content of the statement)"),
            (("enquiry", "begun an"), "inquiry into a trade flow, no target (content of the statement)"),
            (("told", "He told"), "rule-3 attribution (the request to the importers is the event)"),
            ("supply", "content of the request"),
            (("hearing", "a hearing would"), "content (the enquiry's procedure)"),
            (
                "report back",
                "planned internal procedure (the CLA reporting to the ministry; STATEMENT planned arguable)",
            ),
            (("enquiry", "requested the"), "anaphoric nominal (the enquiry)"),
            (("set", "no date had yet been"), "content of the statement"),
            (("told", "Industry sources"), "anonymous-source talk (industry sources)"),
            (("reports", "told Reuters"), "background nominal (unattributed reports)"),
            ("suspended", "content of denied reports (SANCTION arguable)"),
        ],
        "entities": [
            ("Pakistan", "GPE", "PAK"),
            ("Corporate Law Authority", "ORG", "PAK"),
            ("CLA", "ORG", "PAK"),
            ("Kenya", "GPE", "KEN"),
            (("CLA", "two countries,"), "ORG", "PAK"),
            ("Irtiza Husain", "PERSON", "PAK"),
            ("Reuters", "ORG", "GBR"),
            ("Liptons", "ORG", "GBR"),
            ("Brooke Bond", "ORG", "GBR"),
            (("CLA", "a hearing would be held."), "ORG", "PAK"),
            ("Commerce Ministry", "ORG", "PAK"),
            (("Husain", "Husain said"), "PERSON", "PAK"),
            (("Reuters", "Industry sources told"), "ORG", "GBR"),
        ],
    },
    "reuters21578-3979": {
        "events": [
            # 0
            (
                "STATEMENT",
                "announced",
                (None,) + USA_GOV,
                None,
                None,
                "1987-03-12",
                "day",
                "tomorrow",
                "planned",
                None,
                "enrollment in the fourth conservation signup is expected to be announced tomorrow (a planned release, "
                "19b's report 'will be issued tonight'; the department implied as announcer); 'tomorrow' = DCT + 1",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "USDA officials"),
                ("USDA officials",) + USA_GOV,
                None,
                WAS,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "the figure may exceed total enrollment of the first three signups (forecast); wire style: DCT, "
                "dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "conservation specialists"),
                ("USDA conservation specialists",) + USA_GOV,
                None,
                WAS,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "enrollment of seven to 12 mln acres (forecast; specialists of a named government body are identifiable, "
                "as 55a's Agriculture Department analysts); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Conservation Service"),
                ("Milton Hertz",) + USA_GOV,
                None,
                None,
                "1987-03-10",
                "day",
                "yesterday",
                "asserted",
                None,
                "producers submitted bids for 11 to 12 mln acres (statistics), said at a congressional hearing yesterday "
                "(the hearing is the occasion / audience); 'yesterday' = DCT - 1; no city in the text",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Hertz said"),
                (("Hertz", "Hertz said"),) + USA_GOV,
                None,
                WAS,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "not all bids will be accepted, enrollment expected high (forecast); wire style with no time expression "
                "of its own: DCT (placed in yesterday's hearing, 1987-03-10, arguable)",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "signup in,"),
                ("a USDA conservation specialist",) + USA_GOV,
                None,
                WAS,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "the Great Plains will be the predominant signup area (forecast); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "from that area, he"),
                (("he", "from that area,"),) + USA_GOV,
                None,
                WAS,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "marginal corn acreage will be the bulk (forecast); DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "latest signup, USDA officials"),
                (("USDA officials", "latest signup,"),) + USA_GOV,
                None,
                WAS,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "the corn bonus has sparked more interest (assessment); DCT",
            ),
        ],
        "skip": [
            (("expected", "signup is"), "modal frame of the planned announcement"),
            ("submitted", "generic producers' bids in a domestic farm programme (content of the statement)"),
            ("hearing", "occasion / audience of the statement (EVENTS.md 6)"),
            ("accepted", "content of the statement"),
            (("expected", "but enrollment is"), "content of the statement (agentless forecast)"),
            (("expected", "Great Plains area is"), "agentless forecast, no acting actor"),
            (("taken out", "expected to be"), "content (generic acreage; agentless)"),
            (("said", "the USDA source"), "anonymous-source talk (a USDA source, 55a)"),
            ("bonus", "domestic farm-programme payment (AID arguable)"),
            (("enroll", "producers who"), "generic producers (domestic farm programme)"),
            ("pays", "habitual domestic farm-programme payment"),
            (("accepted", "rent payment"), "statistics"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("USDA", "ORG", "USA"),
            (("USDA", "acres,"), "ORG", "USA"),
            ("Milton Hertz", "PERSON", "USA"),
            (("USDA", "administrator for"), "ORG", "USA"),
            ("Agricultural Stabilization and Conservation Service", "ORG", "USA"),
            (("Hertz", "Hertz said"), "PERSON", "USA"),
            ("Great Plains", "LOC", "USA"),
            (("Great Plains", '"The'), "LOC", "USA"),
            (("USDA", "signup in,"), "ORG", "USA"),
            (("USDA", "but the"), "ORG", "USA"),
            (("USDA", "latest signup,"), "ORG", "USA"),
            (("USDA", "Under the program,"), "ORG", "USA"),
            ("southeast", "LOC", "USA"),
            ("midwest", "LOC", "USA"),
        ],
    },
    "reuters21578-10347": {
        "events": [
            # 0
            (
                "REQUEST",
                "called on",
                ("World Bank President Barber Conable",) + IGO,
                ("Japan",) + JPN_GOV,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "called on Japan to boost investment in developing nations (the World Bank's head: null IGO, 13a / 29a); "
                "wire style: DCT, dateline city",
            ),
            # 1
            (
                "REQUEST",
                "told",
                (("he", '," he told'),) + IGO,
                (("Japan", '"Japan has'),) + JPN_GOV,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the call ('Japan has the means ...', 'I would be pleased with additional "
                "support'): later mention, EVENTS.md 3; the businessmen and academics are the audience",
            ),
            # 2
            (
                "REQUEST",
                ("said", "infrastructure, he"),
                (("he", "infrastructure,"),) + IGO,
                (("Japan", "banking assets,"),) + JPN_GOV,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "Japan could do more to help indebted Third World countries (an identifiable actor told it should act, "
                "EVENTS.md 2; its own reporting clause); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Conable said additional"),
                (("Conable", "Conable said additional"),) + IGO,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "additional commercial bank investment would be to Japan's advantage (evaluation, EVENTS.md 2); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "developed world, he"),
                (("he", "developed world,"),) + IGO,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "Japan would profit from rechannelling its surplus into Third World economies (evaluation); DCT",
            ),
            # 5
            (
                "AGREE",
                "agreed",
                (("It", "It has also"),) + JPN_GOV,
                ("the International Bank for Reconstruction and Development",) + IGO,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Japan has agreed recently to expand its contribution to the IBRD (EVENTS.md 8: AGREE on 'agreed', the "
                "contribution content); 'recently' gives no value: undated; 'Conable noted' rule-3 attribution",
            ),
            # 6
            (
                "AID",
                "expanding",
                (("the World Bank", "Conable said the"),) + IGO,
                ("developing countries",) + IGO,
                None,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "the World Bank is expanding its structural adjustment loans to developing countries (credit = AID; a "
                "group of countries: null); a progressive reported today is dated by the report (19-21's call); 'said' "
                "rule-3 attribution",
            ),
            # 7
            (
                "STATEMENT",
                ("told", "Conable told"),
                (("Conable", "Conable told"),) + IGO,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "adjustment loans could rise to 30 pct of World Bank loans (forecast); 'after his speech' gives no "
                "value: DCT",
            ),
        ],
        "skip": [
            ("boost", "content of the request"),
            (("contribution", "make a major"), "content of the quote"),
            ("help assist", "content of the request"),
            (("develop", "countries"), "content of the request"),
            ("profit", "content of the statement"),
            ("rechannelling", "content of the statement"),
            ("expand faster", "content of the statement"),
            (("expand", "agreed recently to"), "content of the agreement"),
            (("contribution", "expand its"), "content of the agreement"),
            ("noted", "rule-3 attribution (the agreement is the event)"),
            (("said", "Conable said the World"), "rule-3 attribution (the lending expansion is the event)"),
            ("designed", "purpose of the loans"),
            ("encourage", "purpose of the loans"),
            (("open", "developing countries to"), "purpose of the loans"),
            (("rise", "Adjustment loans could"), "content of the forecast"),
            ("speech", "occasion of the statement"),
            ("account for", "statistics"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Barber Conable", "PERSON", None),
            ("Japan", "GPE", "JPN"),
            (("Japan", '"Japan has'), "GPE", "JPN"),
            ("Third World", "LOC", None),
            ("Japanese", "NORP", "JPN"),
            (("Japan", "banking assets,"), "GPE", "JPN"),
            (("Third World", "indebted"), "LOC", None),
            (("Conable", "Conable said additional"), "PERSON", None),
            (("Japan", "also be to"), "GPE", "JPN"),
            (("Third World", "surplus into"), "LOC", None),
            ("South America", "LOC", None),
            ("China", "GPE", "CHN"),
            ("India", "GPE", "IND"),
            (("Japan", "Japan is now"), "GPE", "JPN"),
            (("Bank", "shareholder in the"), "ORG", None),
            ("International Development Association", "ORG", None),
            ("IDA", "ORG", None),
            ("International Bank for Reconstruction and Development", "ORG", None),
            ("IBRD", "ORG", None),
            (("Conable", "IBRD),"), "PERSON", None),
            (("Conable", "Conable said the"), "PERSON", None),
            (("World Bank", "Conable said the"), "ORG", None),
            (("World Bank", "30 pct (of total"), "ORG", None),
            (("Conable", "Conable told"), "PERSON", None),
            ("Reuters", "ORG", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
