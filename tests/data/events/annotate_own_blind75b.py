"""Build ``own_blind75b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind75b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1996 left); 24 drawn with random.Random(75101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
24 event records (24 first mentions, 0 later mentions), 89 not_annotated spans, 69 entity mentions
(ORG 31, GPE 27, NORP 7, LOC 4); no article without events; 17243 (Bundesbank yearly report), 21417 (NUI
spin-off study) and 2601 (Dutch special advances) have reporting-clause STATEMENTs only; 4170 (Taiwan
currency controls) has a single SANCTION (the bankers anonymous).
Types: STATEMENT 14, AGREE 4, COOPERATE 3, CONSULT 1, PROTEST 1, SANCTION 1; modality: asserted 18, negated 3,
planned 3; precision: day 16, unknown 6, year 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, four wrong ones fixed). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
company names are tagged with their legal form and without angle brackets ("Chrysler Canada Ltd", "MMC
Sittipol Co Ltd", "Barnstead Shipping Ltd") and hold no nested place ("Chrysler Canada", "American President
Lines", "London Metal Exchange", "Lloyds Shipping Intelligence": one ORG span each); tickers ("<C>",
"<MIMT.T>") are not entities; the possessive 's is left out ("Thailand's", "Mitsubishi's", "Germany's",
"NUI's"); a company name used as a modifier is still a mention ("Mitsubishi small cars", "Noranda
subsidiary"); "Thai-Japanese" gives NORP "Thai" + NORP "Japanese" (49b's "U.S.-Japanese"); "Taiwan" in
"Taiwan dollar" / "Taiwan currency" and "U.S." in "U.S. currency" / "U.S. dollar" are GPE mentions (31b,
6a); a lower-case body gives only its country word ("The Dutch central bank": NORP "Dutch"; "U.S. and
Japanese authorities": GPE "U.S." + NORP "Japanese"), the capitalised anaphor "the Bank" (the Dutch central
bank) is an ORG mention (58a); ship names ("Cumberlande", "SS Liberte", "Canada Star", with no nested GPE,
51a), the cruise name "Northeast Passages", the Dodge-Colt brand, products, currencies and GMT are not
entities; the "1986 yearly report" is a document, not an entity.
Countries: Lloyds Shipping Intelligence and the London Metal Exchange ORG GBR (4b's Lloyds; the London
metals market), South Pacific and North America LOC null (regions spanning several countries), New Orleans
GPE USA, Newcastle and New South Wales GPE AUS, Cominco, Noranda and Brunswick Mining and Smelting Ltd ORG
CAN (the Canadian mining groups; the text says only "North America": null arguable under EVENTS.md 15);
Chrysler Canada Ltd / "Chrysler Canada" / "Chrysler" ORG CAN (the Canadian subsidiary), Chrysler Motors
Corp ORG USA ("of the U.S."), MMC Sittipol Co Ltd / "MMC Sittipol", Sittipol Motor Co and United
Development Motor Industries Co Ltd ORG THA ("of Thailand", "Its Thai partners"), Mitsubishi / Mitsubishi
Motors Corp ORG JPN ("of Japan"), Thailand GPE THA, "Thai" NORP THA, Japan GPE JPN, "Japanese" NORP JPN,
Canada GPE CAN, "Canadian" NORP CAN, "U.S." GPE USA; Taiwan GPE TWN, "U.S.", Washington and the United
States GPE USA; Germany and West Germany GPE DEU, "West German" NORP DEU, the Bundesbank ORG DEU; NUI Corp /
"NUI" and Elizabethtown Gas ORG USA (the text gives no country; the dateline BRIDGEWATER, N.J. and the U.S.
ticker place NUI, its utility Elizabethtown Gas with it, as 51a's Bermuda Star); Bermuda Star Line Inc ORG
USA (51a), Barnstead Shipping Ltd ORG null (no country given, EVENTS.md 15; 51a's "Banstead Shipping Ltd"),
New York GPE USA, Montreal GPE CAN; American President Cos Ltd / "American President" and American
President Lines ORG USA (dateline OAKLAND, Calif.), Lykes Bros Co ORG USA (the U.S. shipping group; the
text gives no country, null arguable), the Pacific LOC null; "Dutch" NORP NLD, "Bank" ORG NLD.

Judgement calls made here:
* 18571 (Cumberlande sinking, DCT Thu 1987-06-18, LONDON): the sinking "last Friday" is an accident (no
  type, skipped), so "a Lloyds Shipping Intelligence spokesman said" (the cargo included lead and magnesium
  ore) is a STATEMENT GBR ORG (4b's Lloyds), DCT, LONDON; "He was unable to confirm the tonnages involved"
  is a withheld STATEMENT (negated, trigger "confirm", own_blind3's "was unable to say"), DCT. "Trade
  reports circulating the London Metal Exchange said", "Traders said", "Trade sources said" and "they
  noted" are anonymous (EVENTS.md 4, skipped), with the price rise (market movement), the conversion to
  metal and the supply gap as their content. The last sentence continues the sources' background but names
  identifiable acts (32a's call: the speaker anonymous, the act identifiable): "there is a strike at one
  major producer, Cominco" is PROTEST by the implied Cominco workers (CAN ORG) toward Cominco (CAN BUS,
  named as the place of the strike: the employer, 18a's strikers -> employers), undated (present tense, no
  time expression, rule 4; DCT arguable as a present state reported today); "and labour talks currently
  being held at another, Noranda subsidiary Brunswick Mining and Smelting Ltd" is CONSULT by the implied
  union (CAN ORG) -> Brunswick Mining (CAN BUS; 18a's union -> employers), dated 1987-06-18 by "currently"
  (= DCT, 5972's "currently"), location null. Supplies "very tight this year" are statistics.
* 13492 (Chrysler Canada to import Thai-made Mitsubishi cars, DCT Tue 1987-04-07, BANGKOK): "Chrysler
  Canada Ltd said it signed an agreement to import 100,000 Mitsubishi small cars from MMC Sittipol Co Ltd of
  Thailand between 1988 and 1993" is AGREE CAN BUS -> THA BUS on "signed", undated (no time expression of
  the signing; "between 1988 and 1993" is the import period, content), "said" rule-3 attribution, the
  import its content (EVENTS.md 8). "Will market the two and four-door cars in Canada" is the company's own
  business plan (no type, skipped); "Thailand's first car exports" and the joint venture's ownership are
  stative. "Officials of MMC Sittipol said Chrysler Canada currently buys the same Dodge-Colt models from
  Japan where the strong yen has sharply increased their production costs" is a STATEMENT THA BUS (the
  officials of a named company, EVENTS.md 4), DCT, BANGKOK: the current purchases are a habitual trade
  relation in background (skipped; COOPERATE CAN -> JPN dated by "currently" arguable). "They said
  Chrysler will from next year import the same cars from Japan and Thailand" is COOPERATE planned, split by
  seller country (EVENTS.md 12): CAN BUS -> the implied Japanese seller (JPN BUS, anchored at "Japan") and
  -> the implied Thai seller (THA BUS, anchored at "Thailand"), both 1988 ("from next year" dated by its
  start, year precision), "said" rule-3 attribution (the Thai part overlaps the agreement's content but is
  asserted in its own clause). "The officials said Mitsubishi's decision to move its production to
  Thailand also stemmed from the fact that Japan is facing auto export quota restrictions to the Canadian
  market" is a STATEMENT (an explanation), DCT, BANGKOK: the decision is a background nominal (COOPERATE
  JPN -> THA arguable) and the quota restrictions a stative background in a causal clause (SANCTION CAN ->
  JPN arguable).
* 4170 (Taiwan currency controls, DCT Thu 1987-03-12, TAIPEI): "Taiwan imposed currency controls today" is
  SANCTION TWN GOV, actor2 null (a government restriction on cross-border economic flows: remittances into
  Taiwan; no party named, EVENTS.md 14), 1987-03-12 ("today"), location null (not a speech act); a
  domestic monetary measure with no type is arguable (29b skipped the removal of New Zealand's exchange
  controls as domestic deregulation; 57a coded freeing import restrictions as RETREAT with actor2 null,
  the mirror of this call). The bankers are anonymous (EVENTS.md 4): "what bankers called a desperate
  move", "Bankers attacked the controls as ineffective, saying ..." (ACCUSE TWN -> TWN arguable were they
  named) are skipped, and the "pressure from Washington for faster appreciation" is a background nominal
  in a causal clause inside their talk (25a's call: REQUEST USA -> TWN arguable, skipped). What the
  controls "will require" and the remittances that "will now need government approval" are the measure's
  content; the currency's appreciation is a market movement. The story has a single event record.
* 17243 (Bundesbank on German surpluses, DCT Mon 1987-04-27, FRANKFURT): "the Bundesbank said in its 1986
  yearly report" (surpluses should narrow sharply in 1987 but take a long time to normalise) is a STATEMENT
  DEU GOV (a report by a named author, EVENTS.md 4), DCT (the report gives no date of its own; "1986" is
  the year it covers, 55a's 5972 field report), FRANKFURT; "It did not specify what levels it considered
  normal" is a withheld STATEMENT (negated, trigger "specify"), DCT; "Signs imports would continue to rise
  ... would lead to a smaller trade surplus, the Bundesbank said" is a second STATEMENT (forecast), DCT.
  "The procedure would be slow as an abrupt turnaround ... was not expected" has no reporting clause of its
  own (content, the passive "expected" agentless); "a factor already noted at the start of 1986" is an
  agentless background clause (skipped); the 1986 and February trade and current-account figures are
  statistics.
* 21417 (NUI may spin off nonutility operations, DCT Mon 1987-10-19, BRIDGEWATER, N.J.): studying the
  feasibility of spinning off subsidiaries to shareholders is internal corporate restructuring (corporate
  finance, no counterpart: skipped), so "NUI Corp said" is a STATEMENT USA BUS, DCT, BRIDGEWATER; "The
  company said its ... businesses had sales ... of about 74 mln dlrs" is a STATEMENT (statistics), DCT.
* 3259 (Bermuda Star Line to buy SS Liberte, DCT Mon 1987-03-09, TEANECK, N.J.): an earlier story of 51a's
  14537. "Bermuda Star Line Inc said it has agreed in principle to acquire 815-passenger SS Liberte from
  Barnstead Shipping Ltd" is AGREE USA BUS -> Barnstead (null BUS, no country given; the seller is the
  counterpart of a vessel purchase), undated (present perfect, rule 17; "this summer" dates the cruises),
  "said" rule-3 attribution, "acquire" content (EVENTS.md 8; 25a's "agreed in principle to acquire"). "The
  company said it is working to conclude a lease financing or other financing for the purchase" is a
  STATEMENT (corporate finance with unnamed financiers: content), DCT, TEANECK; "the purchase" is an
  anaphoric nominal, the vessel "is to be delivered in early April and renamed Canada Star" is agentless
  content (the delivery part of the deal; COOPERATE planned 1987-04 arguable). "Terms were not disclosed"
  is a withheld STATEMENT (negated, agent implied: Bermuda Star Line, 51a), DCT, TEANECK.
* 3830 (American President Lines leases ships, DCT Wed 1987-03-11, OAKLAND, Calif.): "American President
  Cos Ltd said its American President Lines shipping subsidiary obtained final approval from U.S. and
  Japanese authorities to lease four new ships from Lykes Bros Co" is AGREE on "approval" (a regulatory
  permission granted to a named company: 10b's permission = AGREE; SUPPORT arguable as 31a's panel
  approval), split by authority country (EVENTS.md 12): USA GOV -> American President Lines (USA BUS) and
  JPN GOV -> the same, both undated (no time expression, rule 17), "obtained" the light verb, "said"
  rule-3 attribution, the lease the approval's content. "The move will will enable it to boost service in
  the Pacific by 15 pct in 1987, American President said" is a STATEMENT (own business plan), DCT, OAKLAND
  ("in 1987" dates the service increase). "The company said it will lease the ships for three years and hold
  two additional three-year options" is COOPERATE planned USA BUS -> Lykes Bros (implied, USA BUS; a lease
  between companies, 51a), undated ("for three years" a duration), "said" attribution, the options lease
  terms. "It said American President Lines is currently operating at capacity ... and the new ships will
  arrive in time for the ... spring and summer seasons" is a STATEMENT, DCT.
* 2601 (Dutch special advances, DCT Fri 1987-03-06, AMSTERDAM): "The Dutch central bank announced new
  eleven-day special advances at an unchanged 5.3 pct" is a STATEMENT NLD GOV on "announced" (a named
  announcer of a monetary operation: 20a's "The bank also announced the rates"; the advances, the tender
  on Monday, the replacement and expiring facility are monetary operations, EVENTS.md 10, skipped), DCT,
  AMSTERDAM. "Money dealers estimated" and "They said" are anonymous (skipped); the bids "accepted by the
  Bank" for the previous facility are a monetary operation.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind75b.jsonl"

LON = ("LONDON", "GBR")
BKK = ("BANGKOK", "THA")
FRA = ("FRANKFURT", "DEU")
BRI = ("BRIDGEWATER", "USA")
TEA = ("TEANECK", "USA")
OAK = ("OAKLAND", "USA")
AMS = ("AMSTERDAM", "NLD")

GBR_ORG = "GBR", "ORG"
CAN_ORG = "CAN", "ORG"
CAN_BUS = "CAN", "BUS"
THA_BUS = "THA", "BUS"
JPN_BUS = "JPN", "BUS"
TWN_GOV = "TWN", "GOV"
DEU_GOV = "DEU", "GOV"
USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
JPN_GOV = "JPN", "GOV"
NLD_GOV = "NLD", "GOV"
APL = ("American President Lines",) + USA_BUS

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18571": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("a Lloyds Shipping Intelligence spokesman",) + GBR_ORG,
                None,
                LON,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the sunk vessel's cargo included lead as well as magnesium ore (the sinking an accident: content); "
                "wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "confirm",
                (("He", "He was unable"),) + GBR_ORG,
                None,
                LON,
                "1987-06-18",
                "day",
                None,
                "negated",
                None,
                "withheld statement: unable to confirm the tonnages (own_blind3's 'was unable to say'); DCT",
            ),
            # 2
            (
                "PROTEST",
                "strike",
                (None,) + CAN_ORG,
                ("Cominco",) + CAN_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "a strike at Cominco: industrial action by its implied workers toward the employer named as the "
                "strike's place (18a's strikers -> employers); present tense, no time expression: undated (rule 4; "
                "DCT arguable); the speaker anonymous but the act identifiable (32a)",
            ),
            # 3
            (
                "CONSULT",
                "talks",
                (None,) + CAN_ORG,
                ("Brunswick Mining and Smelting Ltd",) + CAN_BUS,
                None,
                "1987-06-18",
                "day",
                "currently",
                "asserted",
                None,
                "labour talks currently being held at Brunswick Mining: the implied union -> the employer (18a); "
                "'currently' = DCT",
            ),
        ],
        "skip": [
            ("sank", "accident (the vessel's sinking)"),
            (("carrying", "was\ncarrying"), "content of the statement (stative: the cargo)"),
            ("tonnages involved", "content of the withheld statement"),
            (("said", "London Metal Exchange"), "anonymous-source talk (trade reports)"),
            ("circulating", "part of the anonymous attribution (trade reports)"),
            (("carrying", "had been"), "content of anonymous talk (the cargo)"),
            (("said", "Traders"), "anonymous-source talk (traders)"),
            ("pushed", "market-price movement (lead prices)"),
            (("said", "Trade sources"), "anonymous-source talk (trade sources)"),
            ("convert", "content of anonymous talk"),
            ("depended", "content of anonymous talk"),
            ("cause", "content of anonymous talk (the loss's effect)"),
            ("noted", "anonymous-source talk (they = the trade sources)"),
            ("very tight", "statistics (supplies)"),
            (("held", "currently being"), "part of the CONSULT (the talks being held)"),
        ],
        "entities": [
            ("South Pacific", "LOC", None),
            ("Lloyds Shipping Intelligence", "ORG", "GBR"),
            ("London Metal Exchange", "ORG", "GBR"),
            ("New Orleans", "GPE", "USA"),
            ("Newcastle", "GPE", "AUS"),
            ("New South\nWales", "GPE", "AUS"),
            ("North America", "LOC", None),
            ("Cominco", "ORG", "CAN"),
            ("Noranda", "ORG", "CAN"),
            ("Brunswick Mining and\nSmelting Ltd", "ORG", "CAN"),
        ],
    },
    "reuters21578-13492": {
        "events": [
            # 0
            (
                "AGREE",
                "signed",
                ("Chrysler Canada Ltd",) + CAN_BUS,
                ("MMC\nSittipol Co Ltd",) + THA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "signed an agreement to import 100,000 Mitsubishi cars from MMC Sittipol of Thailand; no time "
                "expression of the signing ('between 1988 and 1993' the import period): undated; 'said' rule-3 "
                "attribution; the import its content (EVENTS.md 8)",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Officials of MMC"),
                ("Officials of MMC Sittipol",) + THA_BUS,
                None,
                BKK,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "Chrysler Canada currently buys the same models from Japan, where the strong yen raised costs (the "
                "habitual purchase is background: COOPERATE CAN -> JPN arguable); DCT, dateline city",
            ),
            # 2
            (
                "COOPERATE",
                ("import", "will from next year"),
                (("Chrysler", "They said"),) + CAN_BUS,
                (("Japan", "import the same cars from"),) + JPN_BUS,
                None,
                "1988",
                "year",
                "next year",
                "planned",
                None,
                "Chrysler will from next year import the same cars from Japan (the implied Japanese seller, anchored "
                "at 'Japan'): planned, dated by its start (1988, year); 'said' rule-3 attribution",
            ),
            # 3
            (
                "COOPERATE",
                ("import", "will from next year"),
                (("Chrysler", "They said"),) + CAN_BUS,
                (("Thailand", "from Japan and"),) + THA_BUS,
                None,
                "1988",
                "year",
                "next year",
                "planned",
                None,
                "... and from Thailand (the implied Thai seller, MMC Sittipol; split by seller country, EVENTS.md "
                "12): planned, 1988",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The officials said"),
                ("The officials",) + THA_BUS,
                None,
                BKK,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "Mitsubishi's move of production to Thailand stemmed from Japan's auto export quota restrictions to "
                "Canada (an explanation; the decision and the restrictions are background); DCT",
            ),
        ],
        "skip": [
            (("said", "Chrysler Canada Ltd>"), "rule-3 attribution (the signing is the event)"),
            (("import", "agreement to"), "content of the agreement (EVENTS.md 8)"),
            (("market", "Will"), "the company's own business plan (no type)"),
            ("car exports", "stative (the cars will be Thailand's first exports)"),
            ("holds", "stative (ownership)"),
            ("buys", "habitual trade relation in background (COOPERATE CAN -> JPN 'currently' arguable)"),
            (("increased", "sharply"), "market-price effect (the yen on production costs)"),
            (("said", "They said"), "rule-3 attribution (the planned imports are the events)"),
            ("decision", "background nominal (Mitsubishi's production move; COOPERATE JPN -> THA arguable)"),
            (("move", "decision to"), "content of the background nominal"),
            ("stemmed", "content of the statement"),
            ("facing", "stative (content of the statement)"),
            ("quota restrictions", "background nominal in a causal clause (SANCTION CAN -> JPN arguable)"),
        ],
        "entities": [
            ("Chrysler Canada Ltd", "ORG", "CAN"),
            ("Mitsubishi", "ORG", "JPN"),
            ("MMC\nSittipol Co Ltd", "ORG", "THA"),
            ("Thailand", "GPE", "THA"),
            (("Chrysler Canada", "Thailand between"), "ORG", "CAN"),
            ("Chrysler Motors Corp", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Canada", "cars in"), "GPE", "CAN"),
            (("Thailand", "will be"), "GPE", "THA"),
            (("MMC Sittipol", "first car exports"), "ORG", "THA"),
            (("Thai", "Sittipol is a"), "NORP", "THA"),
            ("Japanese", "NORP", "JPN"),
            ("Mitsubishi Motors Corp", "ORG", "JPN"),
            (("Japan", "Corp <MIMT.T> of"), "GPE", "JPN"),
            (("Thai", "Its"), "NORP", "THA"),
            ("Sittipol Motor Co", "ORG", "THA"),
            ("United Development Motor Industries Co Ltd", "ORG", "THA"),
            (("MMC Sittipol", "Officials of"), "ORG", "THA"),
            (("Chrysler Canada", "Sittipol said"), "ORG", "CAN"),
            (("Japan", "models from"), "GPE", "JPN"),
            (("Chrysler", "They said"), "ORG", "CAN"),
            (("Japan", "import the same cars from"), "GPE", "JPN"),
            (("Thailand", "from Japan and"), "GPE", "THA"),
            (("Mitsubishi", "The officials said"), "ORG", "JPN"),
            (("Thailand", "production to"), "GPE", "THA"),
            (("Japan", "fact that"), "GPE", "JPN"),
            ("Canadian", "NORP", "CAN"),
        ],
    },
    "reuters21578-4170": {
        "events": [
            # 0
            (
                "SANCTION",
                "imposed",
                ("Taiwan",) + TWN_GOV,
                None,
                None,
                "1987-03-12",
                "day",
                "today",
                "asserted",
                None,
                "Taiwan imposed currency controls today: a government restriction on cross-border flows "
                "(remittances into Taiwan), no party named (actor2 null); a domestic monetary measure with no type "
                "arguable (29b), the mirror of 57a's RETREAT for freed import restrictions",
            ),
        ],
        "skip": [
            ("called", "anonymous-source talk (bankers)"),
            (("move", "desperate"), "content of anonymous talk (the bankers' description of the measure)"),
            ("prevent", "purpose clause"),
            ("appreciated", "market-price movement (the Taiwan dollar)"),
            ("require", "content of the measure (the controls' terms)"),
            ("connected", "content of the measure"),
            ("attacked", "anonymous-source talk (bankers; ACCUSE arguable were they named)"),
            ("saying", "anonymous-source talk (bankers)"),
            ("reaction", "content of anonymous talk"),
            (
                "pressure",
                "background nominal in a causal clause inside anonymous talk (REQUEST USA -> TWN arguable, 25a)",
            ),
            (("appreciation", "faster"), "content of the background nominal"),
            ("slow", "content of anonymous talk"),
            ("earned", "content of the measure (remittance sources)"),
            (("approval", "government"), "content of the measure (the approval requirement)"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            (("Taiwan", "as the"), "GPE", "TWN"),
            ("U.S.", "GPE", "USA"),
            (("Taiwan", "remittances to"), "GPE", "TWN"),
            ("Washington", "GPE", "USA"),
            (("Taiwan", "appreciation of the"), "GPE", "TWN"),
            (("U.S.", "currency against the"), "GPE", "USA"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-17243": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                (("Bundesbank", "the"),) + DEU_GOV,
                None,
                FRA,
                "1987-04-27",
                "day",
                None,
                "asserted",
                None,
                "in its 1986 yearly report (a report by a named author, EVENTS.md 4): surpluses should narrow sharply "
                "in 1987 but take long to normalise (forecast); the report has no date of its own ('1986' is the year "
                "it covers): DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "specify",
                (("It", "It did not"),) + DEU_GOV,
                None,
                FRA,
                "1987-04-27",
                "day",
                None,
                "negated",
                None,
                "withheld statement: did not specify what levels it considered normal (EVENTS.md 5); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "smaller trade surplus, the"),
                (("Bundesbank", "smaller trade surplus, the"),) + DEU_GOV,
                None,
                FRA,
                "1987-04-27",
                "day",
                None,
                "asserted",
                None,
                "rising imports and slow exports would lead to a smaller trade surplus (forecast); DCT",
            ),
        ],
        "skip": [
            ("narrow", "content of the statement"),
            ("get back", "content of the statement"),
            (("expected", "was not"), "content (agentless passive inside the report's reasoning)"),
            (("considered", "it"), "content of the withheld statement"),
            ("posted a record", "statistics"),
            (("widened", "current account\nsurplus"), "statistics"),
            (("noted", "already"), "agentless background clause (a factor noted at the start of 1986)"),
            (("rise", "continue to"), "content of the statement (statistics)"),
            (("rose", "exports"), "content of the statement (statistics)"),
            ("lead to", "content of the statement"),
            (("rose", "West German imports"), "statistics"),
            ("increased", "statistics"),
            (("widened", "surplus widened to a provisional"), "statistics"),
            (("widened", "February widened"), "statistics"),
            ("reached", "statistics"),
        ],
        "entities": [
            ("Germany", "GPE", "DEU"),
            ("Bundesbank", "ORG", "DEU"),
            ("West Germany", "GPE", "DEU"),
            (("Bundesbank", "smaller trade surplus, the"), "ORG", "DEU"),
            (("West German", "In real terms,"), "NORP", "DEU"),
            (("Germany", "0.8 pct."), "GPE", "DEU"),
        ],
    },
    "reuters21578-21417": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("NUI Corp",) + USA_BUS,
                None,
                BRI,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "studying the feasibility of spinning off nonutility subsidiaries to shareholders (internal "
                "restructuring, corporate finance: no type); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The company said"),
                ("The company",) + USA_BUS,
                None,
                BRI,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "the nonutility businesses had sales of about 74 mln dlrs (statistics); DCT",
            ),
        ],
        "skip": [
            ("studying", "content of the statement (internal corporate study)"),
            ("spinning off", "corporate restructuring (spin-off to shareholders: corporate finance, no type)"),
            ("had sales", "statistics"),
        ],
        "entities": [
            ("NUI Corp", "ORG", "USA"),
            (("NUI", "total company"), "ORG", "USA"),
            ("Elizabethtown Gas", "ORG", "USA"),
        ],
    },
    "reuters21578-3259": {
        "events": [
            # 0
            (
                "AGREE",
                "agreed",
                ("Bermuda Star Line Inc",) + USA_BUS,
                ("Barnstead Shipping Ltd", None, "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "agreed in principle to acquire SS Liberte from Barnstead Shipping (the seller; no country given: "
                "null); present perfect, no time expression: undated (rule 17; 'this summer' dates the cruises); "
                "'said' rule-3 attribution; 'acquire' content (EVENTS.md 8)",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The company said"),
                ("The company",) + USA_BUS,
                None,
                TEA,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "working to conclude lease or other financing for the purchase (corporate finance, unnamed "
                "financiers: content); delivery in early April and renaming (content); DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                "disclosed",
                (None,) + USA_BUS,
                None,
                TEA,
                "1987-03-09",
                "day",
                None,
                "negated",
                None,
                "withheld statement: terms not disclosed (EVENTS.md 5, agent implied: Bermuda Star Line, 51a); DCT",
            ),
        ],
        "skip": [
            (("said", "Line Inc"), "rule-3 attribution (the agreement is the event)"),
            ("acquire", "content of the agreement (EVENTS.md 8)"),
            ("for use", "content (the vessel's intended use)"),
            ("starting", "content (the cruises' start)"),
            ("working", "content of the statement (corporate finance)"),
            ("conclude", "corporate finance (lease financing with unnamed financiers)"),
            (("purchase", "for the"), "anaphoric nominal (the acquisition)"),
            ("delivered", "agentless content (the vessel's delivery; COOPERATE planned 1987-04 arguable)"),
            ("renamed", "the company's own operations (content)"),
        ],
        "entities": [
            ("Bermuda Star Line Inc", "ORG", "USA"),
            ("Barnstead Shipping Ltd", "ORG", None),
            ("New York", "GPE", "USA"),
            ("Montreal", "GPE", "CAN"),
        ],
    },
    "reuters21578-3830": {
        "events": [
            # 0
            (
                "AGREE",
                "approval",
                ("U.S.",) + USA_GOV,
                APL,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "final approval from the U.S. authorities to lease four ships (a regulatory permission granted to a "
                "named company: 10b's permission = AGREE; SUPPORT arguable as 31a); 'obtained' light verb; no time "
                "expression: undated; 'said' rule-3 attribution",
            ),
            # 1
            (
                "AGREE",
                "approval",
                ("Japanese authorities",) + JPN_GOV,
                APL,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the same approval by the Japanese authorities (compound authority split by country, EVENTS.md 12)",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "in 1987, American President"),
                (("American President", "in 1987,"),) + USA_BUS,
                None,
                OAK,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "the move will enable it to boost Pacific service by 15 pct in 1987 (own business plan; 'in 1987' "
                "dates the increase, not the saying); DCT, dateline city",
            ),
            # 3
            (
                "COOPERATE",
                ("lease", "it will lease"),
                (("The company", "The company said it will"),) + USA_BUS,
                (None,) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "will lease the ships (from Lykes Bros, implied) for three years: a lease between companies (51a); "
                "'for three years' a duration: undated; 'said' rule-3 attribution; the options lease terms",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + USA_BUS,
                None,
                OAK,
                "1987-03-11",
                "day",
                None,
                "asserted",
                None,
                "APL is operating at capacity in the Pacific and the new ships will arrive in time for the seasonal "
                "demand surge; DCT",
            ),
        ],
        "skip": [
            (("said", "Cos Ltd"), "rule-3 attribution (the approval is the event)"),
            ("obtained", "light verb of the approval"),
            (("lease", "authorities to"), "content of the approval"),
            ("move", "anaphoric nominal (the leasing)"),
            ("enable", "content of the statement"),
            ("boost", "content of the statement (own business plan)"),
            (("said", "The company said it will"), "rule-3 attribution (the lease is the event)"),
            ("hold two", "lease terms (options)"),
            ("operating", "stative (content of the statement)"),
            ("arrive", "content of the statement"),
        ],
        "entities": [
            ("American President Cos Ltd", "ORG", "USA"),
            ("American President Lines", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Lykes Bros Co", "ORG", "USA"),
            ("Pacific", "LOC", None),
            (("American President", "in 1987,"), "ORG", "USA"),
            (("American President Lines", "It said"), "ORG", "USA"),
            (("Pacific", "capacity in the"), "LOC", None),
        ],
    },
    "reuters21578-2601": {
        "events": [
            # 0
            (
                "STATEMENT",
                "announced",
                ("The Dutch central bank",) + NLD_GOV,
                None,
                AMS,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "announced new eleven-day special advances at 5.3 pct (a monetary operation, EVENTS.md 10, announced by "
                "a named body: 20a's 'The bank also announced the rates'); wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            ("special advances", "monetary operation (content of the announcement)"),
            (("aid", "pct to"), "purpose clause (monetary)"),
            ("covering", "content (the facility's period)"),
            (("set", "will be"), "monetary operation (the tender amount)"),
            ("tender", "monetary operation"),
            ("replace", "monetary operation"),
            ("expiring", "monetary operation"),
            ("estimated", "anonymous-source talk (money dealers)"),
            (("said", "They said"), "anonymous-source talk (money dealers)"),
            ("accepted", "monetary operation (bids accepted by the Bank)"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("Bank", "ORG", "NLD"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
