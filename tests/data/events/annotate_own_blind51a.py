"""Build ``own_blind51a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind51a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2379 left); 24 drawn with random.Random(51101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
30 event records (30 first mentions, no later mentions), 101 not_annotated spans, 84 entity mentions
(GPE 33, ORG 30, NORP 16, PERSON 5); one article without events (12780, Bundesbank did not intervene: a
negative, dealers' talk only); 242 (Saudi riyal deposits) has a single Kuwait STATEMENT; 16951 (Belgian
rate cuts) and 6178 (FHL Banks debt offering) have reporting-clause STATEMENTs only.
Types: STATEMENT 16, COOPERATE 3, REQUEST 3, AGREE 3, REJECT 2, ACCUSE 1, AID 1, CONSULT 1; modality:
asserted 29, negated 1; precision: day 20, unknown 7, year 2, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught by the script's overlap
check and fixed: 1777's COOPERATE trigger "purchases" matching inside "purchases/sales" of the quoted
Article I (anchored at "recent Soviet"); one entity anchor with a wrong context was also fixed. The
splitter breaks 1777's quote '"The United States should supply ... Is the United States ready to supply
this?" he said' at "... Is", so that REQUEST's sentence is the question with "he said". 6178's dateline
(March 24) is a week after its published_at (March 17): the DCT is published_at's. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("deputy trade representative of the Soviet Union": only GPE
"Soviet Union"); company names are tagged with their legal form ("Bermuda Star Line Inc", "Orley Shipping
Co Inc", "Common Brothers PLC", "Banstead Shipping Ltd", "Degussa A.G.", "International Platinum Corp")
and hold no nested place ("Bermuda Star", "Belgian National Bank": one ORG span, a body with its country
word, 46a's "U.S. Agriculture Department"); the capitalised anaphor "The Bank" (the Belgian National Bank)
is an ORG mention "Bank" (earlier sets' "the Bank" of England); the possessive 's is left out ("Bermuda
Star's", "Degussa's", "International Platinum's"); ship names ("SS Liberte", "the Canadian Star") are not
entities (4b's Pamit, ship names), nor is "Canadian" inside the ship name; "a U.S. Bank" gives only GPE
"U.S." (a generic bank); lower-case "spanish" (a typo for Spanish) is still NORP ESP. Countries: Bermuda
Star Line Inc / Bermuda Star ORG USA (the text gives no country; the dateline TEANECK, N.J. and the U.S.
ticker place it; BMU from its name arguable but a name holds no nested place), Orley Shipping Co Inc /
"Orley SHipping" / "Orley" ORG LBR ("of Liberia"), Liberia GPE LBR, Common Brothers PLC ORG GBR ("a U.K.
maritime firm"), "U.K." GPE GBR, Banstead Shipping Ltd ORG null (no country given, EVENTS.md 15), Montreal
GPE CAN, New York GPE USA; "Saudi" (in "Saudi riyal") NORP SAU, OPEC ORG null, "Gulf Arab" NORP null (as
own_blind7b / earlier sets), Kuwait GPE KWT, "European" NORP null; the Soviet Union, USSR and Moscow GPE
SUN, "Soviet" / "Soviets" NORP SUN, Albert Melnikov / "Melnikov" PERSON SUN, the United States and "U.S."
GPE USA, Reuters ORG GBR; the Belgian National Bank / "Bank" / "National Bank" ORG BEL, the European
Monetary System ORG null (earlier sets), "Belgian" (in "Belgian franc") NORP BEL; Spain GPE ESP, Cuba GPE
CUB, "Spanish" / "spanish" NORP ESP, "Cuban" NORP CUB, Prensa Latina ORG CUB (Cuba's state news agency, as
earlier sets' Tass and IRNA); International Platinum Corp / "International Platinum" ORG CAN (the text
gives no country; the dateline TORONTO places it), Degussa A.G. / "Degussa" ORG DEU ("of West Germany"),
West Germany GPE DEU, "North American" NORP null (a regional adjective, 46a's "Australasian"); the
Bundesbank ORG DEU, the Group of Seven and the International Monetary Fund ORG null, Washington GPE USA,
Japan GPE JPN, "Swiss" (Swiss franc) NORP CHE, "French" (French franc) NORP FRA; the Office of Finance and
the Federal Home Loan Banks ORG USA. The grains agreement, "Article I", currencies (riyal, marks, francs,
dlrs, sterling, euromarks), rates, products and vessels are not entities; lower-case bodies ("a joint
economic/industrial commission", "the 13-member organisation") are not entity spans.

Judgement calls made here:
* 14537 (Bermuda Star Line leases a vessel, DCT Tue 1987-04-07, TEANECK, N.J.): "Bermuda Star Line Inc
  said it has leased a 23,500 ton passenger vessel from Orley Shipping Co Inc, of Liberia" is COOPERATE USA
  BUS -> LBR BUS (a lease between companies, a material economic exchange, as a completed sale, EVENTS.md
  8), undated (present perfect, no time expression, rule 17), "said" rule-3 attribution; the options are
  lease terms. The vessel "will be renamed" and "will be used for cruises ... beginning in June" have no
  type (the company's own operations, skipped). "Orley SHipping is partially owned by Common Brothers PLC"
  and "which owns 60 pct of Bermuda Star's shares" are stative; "arranged debt financing for the ship's
  purchase" is corporate finance (skipped; AID GBR -> LBR arguable), "purchase" a background nominal.
  "Orley acquired the vessel from Banstead Shipping Ltd" is COOPERATE LBR BUS -> Banstead (null BUS, no
  country given), undated (rule 17). "Terms were not disclosed" is a withheld STATEMENT (negated, EVENTS.md
  5, events_dev's "Terms were not disclosed" with the agent implied): the implied discloser is Bermuda Star
  Line, the story's source (USA BUS), DCT, TEANECK.
* 242 (Saudi riyal deposits, DCT Sun 1987-03-01, BAHRAIN): "Traders said" and "Oil industry sources said
  yesterday" are anonymous (EVENTS.md 4, skipped) and what they said (OPEC halting the price decline, the
  Gulf producers' difficulty selling oil) is content. "but Kuwait has said there are no plans for an
  emergency meeting of the 13-member organisation" is read as the reporter's own clause (present perfect
  "has said", not backshifted inside the sources' speech; relayed through the sources, undated, arguable),
  so a STATEMENT KWT GOV, DCT ("have said" takes the DCT, EVENTS.md 16), BAHRAIN; the (not planned)
  emergency OPEC meeting is an internal meeting of one body (skipped). The rest (rates put at, quoted, the
  Sunday lull, the riyal firming) is market activity.
* 1777 (Soviet trade official on grain buying, DCT Wed 1987-03-04, WASHINGTON): Melnikov and "a Soviet
  trade official" are SUN GOV (deputy trade representative), every reporting clause DCT, WASHINGTON.
  "Whether the Soviet Union will fulfill ... depends entirely on the United States, a Soviet trade official
  told Reuters" is a STATEMENT (an assessment; a veiled THREATEN SUN -> USA arguable). The rhetorical
  question '"How can I tell that we are ready to fulfill the agreement if the United States does not want
  to offer us grain at competitive prices?" said Albert Melnikov' is a STATEMENT (the speaker's own
  question, 46a; ACCUSE SUN -> USA arguable). '"... it is up to the United States to be the seller ... to
  offer Soviets competitive prices," he said in an interview' is REQUEST SUN -> USA (an identifiable actor
  told it should act, EVENTS.md 2; "interview" part of the attribution). "Melnikov said that the United
  States has not lived up the agreement by failing to make available ... grain at prevailing market
  prices" is ACCUSE SUN -> USA (the saying is the accusation). '"We are being accused of not implementing
  this agreement. We do not consider we are at fault," Melnikov said' is REJECT SUN -> the implied accuser
  (USA GOV, text null: the other party to the agreement; the clause names no accuser, so null arguable);
  "accused" is content of the denial (ACCUSE USA -> SUN by an unnamed accuser, undated, arguable). "Article
  I in the agreement states" is a document, not a speech act (EVENTS.md 4). '"The United States should
  supply ... Is the United States ready to supply this?" he said' is REQUEST SUN -> USA (the splitter
  breaks the quote at "... Is", so the record's sentence is the question with "he said"; "supply" in the
  first part skipped as its content). "The Soviet official said that near-term corn demand has been met by
  the recent Soviet purchases of U.S. corn" is a STATEMENT; "the recent Soviet purchases of U.S. corn,
  which he confirmed at 1.5 mln tonnes" is COOPERATE SUN GOV -> USA BUS (a nominal with its own
  predication, EVENTS.md 11; the sellers implied by "U.S. corn", anchored at "U.S."), undated ("recent"
  gives no value), "confirmed" rule-3 attribution; "but said that if U.S. corn prices remain competitive,
  the Soviets will buy more if they need it" is a second STATEMENT (EVENTS.md 3; a hedged forecast, not a
  promise: AGREE SUN -> USA arguable; "buy" content). "Wheat buying, however, is a different story,
  Melnikov said" is a STATEMENT. '"If the United States is interested in selling its wheat, then they must
  offer competitive prices ...," he said' is REQUEST SUN -> USA (a demand, asserted though its premise is
  conditional). "Last year's U.S. offer of subsidized wheat to the Soviets was rejected because of an
  insufficient subsidy, Melnikov said" gives AGREE USA GOV -> SUN GOV on "offer" (an offer made to a
  government is AGREE, sets 12-18; a nominal with its own date, EVENTS.md 11) and REJECT SUN GOV (implied,
  the passive's agent) -> USA on "rejected", both 1986 ("Last year", year precision; the rejection of last
  year's offer is placed in the offer's year, unknown arguable under rule 17), "said" rule-3 attribution.
  "He said that at the time of the 13 dlr per tonne subsidy offer, U.S. wheat prices were 26 dlrs over
  world levels" is a STATEMENT ("subsidy offer" anaphoric).
* 16951 (Belgium cuts treasury certificate rates, DCT Tue 1987-04-21, BRUSSELS): the central bank's rate
  cuts, adjustments, reductions and the January hoisting are unilateral monetary operations (EVENTS.md 10),
  and its purchase of foreign currency is intervention (skipped). "The Belgian National Bank said it cut"
  and "It said in a telex message the key three month rate was reduced" are two STATEMENTs (BEL GOV, DCT,
  BRUSSELS; the telex message is part of the attribution). "a National Bank spokesman said last week" is a
  STATEMENT dated by its own expression: "last week" before Tue 21 April = 13-19 April, kept at its month
  (EVENTS.md 21), 1987-04, location null (not dated by the DCT). "Foreign exchange analysts noted" is
  anonymous; the EMS realignment is a background nominal.
* 8256 (Spain's credit line to Cuba, DCT Mon 1987-03-23, HAVANA): "Spain has granted Cuba a 25 mln dlr
  credit line ..., Prensa Latina said" is AID ESP GOV -> CUB GOV (credit, EVENTS.md 8), undated (present
  perfect, rule 17), "said" rule-3 attribution; the purchase, repair and development are its purposes.
  "The credit line was agreed by a joint economic/industrial commission" is AGREE by the bilateral
  commission, coded Spain -> Cuba (actor1 the commission span with ESP, the first-named side; Cuba implied,
  CUB GOV; 37b's U.S.-China Joint Commission coded as bilateral talks USA -> CHN; null/IGO for the joint
  body arguable), undated, "The credit line" anaphoric; "The commission also discussed the possible
  participation of spanish companies in the Cuban tourist industry" is CONSULT coded the same way (ESP ->
  CUB implied), undated, the participation its content.
* 9345 (International Platinum and Degussa, DCT Wed 1987-03-25, TORONTO): "International Platinum Corp said
  it signed a letter of intent to enter into further negotiations on a joint venture exploration agreement
  with Degussa A.G., of West Germany" is AGREE CAN BUS -> DEU BUS on "signed" (letter of intent = AGREE,
  9b/23a/24a), undated (rule 17), "said" rule-3 attribution; the negotiations and the agreement are its
  content (CONSULT planned arguable). The conclusion, Degussa's examination and the approvals are
  conditions; Degussa's contribution "would contribute", "matching", "contributing", "provide" are terms
  of the letter (skipped). "..., International Platinum said" (how Degussa's contribution is based) and
  "..., the company said" (the contribution's share of the budget) are two STATEMENTs (CAN BUS, DCT,
  TORONTO).
* 12780 (Bundesbank did not intervene, DCT Fri 1987-04-03, FRANKFURT): no event (a negative). "The
  Bundesbank did not intervene" is a monetary operation, negated (EVENTS.md 10); every "said" and "saw" is
  by dealers (anonymous); "next week's meetings" of the Group of Seven and the IMF in Washington are
  meetings of a group of countries and an international body, mentioned inside a dealer's remark (skipped:
  internal meetings; CONSULT null planned 1987-04 arguable); the U.S. and U.K. trade dispute with Japan is
  a background nominal; fixes, firming and rates are market movements.
* 6178 (FHL Banks debt offering, published 1987-03-17, dateline "WASHINGTON, March 24"): the DCT is
  published_at's date, 1987-03-17, even though the dateline says March 24 (GUIDELINES: the DCT is
  published_at's date even when the dateline differs; the text's "today's debt offering" and settlement
  March 25 suggest the dateline is the true date, so 1987-03-24 arguable). The debt offering, its rates,
  maturities, settlement, allotment confirmation and secondary trading are corporate finance or terms (no
  type, own_blind2's bond issue), so "The Office of Finance, Federal Home Loan Banks, said it set rates",
  "It said the issues ... mature" and "The office said telephone confirmation ... must be received" are
  three STATEMENTs (USA GOV, a federal-system body; DCT, WASHINGTON).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind51a.jsonl"

TEA = ("TEANECK", "USA")
BAH = ("BAHRAIN", "BHR")
WAS = ("WASHINGTON", "USA")
BRU = ("BRUSSELS", "BEL")
TOR = ("TORONTO", "CAN")

SUN_GOV = "SUN", "GOV"
BEL_GOV = "BEL", "GOV"
CAN_BUS = "CAN", "BUS"
FHL_USA = "USA", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-14537": {
        "events": [
            # 0
            ("COOPERATE", "leased", ("Bermuda Star Line Inc", "USA", "BUS"),
             ("Orley Shipping Co Inc, of Liberia", "LBR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Bermuda Star Line leased a passenger vessel from Liberia's Orley Shipping (a lease between companies, "
             "a material exchange); present perfect, no time expression: undated; 'said' rule-3 attribution"),
            # 1
            ("COOPERATE", "acquired", (("Orley", "shares\nand"), "LBR", "BUS"),
             ("Banstead Shipping Ltd", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Orley acquired the vessel from Banstead Shipping (a completed purchase between companies, EVENTS.md "
             "8; Banstead's country not given); no time expression: undated"),
            # 2
            ("STATEMENT", "disclosed", (None, "USA", "BUS"), None, TEA,
             "1987-04-07", "day", None, "negated", None,
             "withheld statement: terms not disclosed (agent implied: Bermuda Star Line, the story's source; "
             "events_dev's 'Terms were not disclosed'); DCT, dateline city"),
        ],
        "skip": [
            (("said", "Line Inc"), "rule-3 attribution (the lease is the event)"),
            ("options", "lease terms"),
            ("renamed", "the company's own operation (no type)"),
            (("used", "will be used"), "the company's own operation (no type)"),
            ("cruises", "the company's own business (no type)"),
            ("owned", "stative (ownership)"),
            (("owns", "firm which"), "stative (shareholding)"),
            ("arranged", "corporate finance (debt financing for the purchase; AID GBR -> LBR arguable)"),
            (("purchase", "ship's"), "background nominal (the purchase, reported next as 'acquired')"),
        ],
        "entities": [
            ("Bermuda Star Line Inc", "ORG", "USA"),
            ("Orley Shipping Co Inc", "ORG", "LBR"),
            ("Liberia", "GPE", "LBR"),
            ("Montreal", "GPE", "CAN"),
            ("New York", "GPE", "USA"),
            ("Orley SHipping", "ORG", "LBR"),
            ("Common Brothers PLC", "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
            (("Bermuda Star", "60 pct of"), "ORG", "USA"),
            (("Orley", "shares\nand"), "ORG", "LBR"),
            ("Banstead Shipping Ltd", "ORG", None),
        ],
    },
    "reuters21578-242": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Kuwait has"), ("Kuwait", "KWT", "GOV"), None, BAH,
             "1987-03-01", "day", None, "asserted", None,
             "no plans for an emergency OPEC meeting (the reporter's own clause, 'has said' not backshifted; "
             "relayed by the anonymous sources, undated, arguable); 'have said' takes the DCT (EVENTS.md 16), "
             "dateline city"),
        ],
        "skip": [
            ("steady", "market-price movement"),
            (("said", "Traders"), "anonymous-source talk (traders)"),
            ("take out", "market activity by unnamed traders"),
            ("succeed", "content of anonymous talk"),
            ("halting", "content of anonymous talk (OPEC halting the price decline)"),
            (("said", "Oil industry sources"), "anonymous-source talk (oil industry sources)"),
            ("selling", "content of anonymous talk"),
            (("meeting", "emergency"), "internal meeting of one body (OPEC), and not planned (content)"),
            ("contributed", "no acting actor (a lull)"),
            (("put at", "rates were"), "market activity"),
            (("quoted", "deposits were"), "market activity"),
            ("firmer", "market-price movement"),
        ],
        "entities": [
            ("Saudi", "NORP", "SAU"),
            ("OPEC", "ORG", None),
            ("Gulf Arab", "NORP", None),
            (("OPEC", "official"), "ORG", None),
            ("Kuwait", "GPE", "KWT"),
            ("European", "NORP", None),
        ],
    },
    "reuters21578-1777": {
        "events": [
            # 0
            ("STATEMENT", "told", ("a Soviet trade official",) + SUN_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "whether the USSR fulfils its buying obligations depends on the U.S. (assessment; veiled THREATEN "
             "arguable); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", 'prices?"'), ("Albert Melnikov",) + SUN_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "rhetorical question: how can we fulfil if the U.S. will not offer competitive prices (the speaker's "
             "own question, 46a; ACCUSE SUN -> USA arguable); DCT"),
            # 2
            ("REQUEST", ("said", "he said in an"), (("he", 'prices," he'),) + SUN_GOV,
             (("United States", "up to the"), "USA", "GOV"), WAS,
             "1987-03-04", "day", None, "asserted", None,
             "it is up to the U.S. to offer the Soviets competitive prices (an identifiable actor told it should "
             "act, EVENTS.md 2); DCT"),
            # 3
            ("ACCUSE", ("said", "Melnikov said that"), (("Melnikov", "Melnikov said that"),) + SUN_GOV,
             (("the United States", "Melnikov said that"), "USA", "GOV"), WAS,
             "1987-03-04", "day", None, "asserted", None,
             "the U.S. has not lived up to the agreement by failing to make grain available at market prices "
             "(the saying is the accusation); DCT"),
            # 4
            ("REJECT", ("said", 'fault," Melnikov'), (("Melnikov", 'fault," Melnikov'),) + SUN_GOV,
             (None, "USA", "GOV"), WAS,
             "1987-03-04", "day", None, "asserted", None,
             "denies the accusation of not implementing the agreement (deny an allegation); the accuser implied: "
             "the U.S., the other party (null arguable); DCT"),
            # 5
            ("REQUEST", ("said", 'supply this?" he'), (("he", 'supply this?" he'),) + SUN_GOV,
             (("The United States", "at fault"), "USA", "GOV"), WAS,
             "1987-03-04", "day", None, "asserted", None,
             "the U.S. should supply definite quantities at competitive prices (a demand); the splitter breaks "
             "the quote at '... Is', so the sentence is the question with 'he said'; DCT"),
            # 6
            ("STATEMENT", ("said", "The Soviet official said"), ("The Soviet official",) + SUN_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "near-term corn demand has been met by recent purchases (assessment); DCT"),
            # 7
            ("COOPERATE", ("purchases", "recent Soviet"), (("Soviet", "recent Soviet"),) + SUN_GOV,
             (("U.S.", "purchases of"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the recent Soviet purchases of U.S. corn, confirmed at 1.5 mln tonnes (a nominal with its own "
             "predication, EVENTS.md 11; 'confirmed' rule-3 attribution); 'recent' gives no value: undated"),
            # 8
            ("STATEMENT", ("said", "but said that"), ("The Soviet official",) + SUN_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "if U.S. corn prices stay competitive the Soviets will buy more if needed (second reporting clause, "
             "EVENTS.md 3; a hedged forecast, AGREE arguable); DCT"),
            # 9
            ("STATEMENT", ("said", "story, Melnikov"), (("Melnikov", "story, Melnikov"),) + SUN_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "wheat buying is a different story (assessment); DCT"),
            # 10
            ("REQUEST", ("said", 'offered," he'), (("he", 'offered," he'),) + SUN_GOV,
             (("United States", "If the"), "USA", "GOV"), WAS,
             "1987-03-04", "day", None, "asserted", None,
             "if the U.S. wants to sell wheat it must offer competitive prices (a demand, asserted though its "
             "premise is conditional); DCT"),
            # 11
            ("AGREE", ("offer", "Last year's U.S."), (("U.S.", "Last year's"), "USA", "GOV"),
             (("Soviets", "wheat to the"),) + SUN_GOV, None,
             "1986", "year", "Last year", "asserted", None,
             "last year's U.S. offer of subsidized wheat to the Soviets (an offer made to a government = AGREE; a "
             "nominal with its own date, EVENTS.md 11); 'Last year' = 1986"),
            # 12
            ("REJECT", "rejected", (None,) + SUN_GOV, (("U.S.", "Last year's"), "USA", "GOV"), None,
             "1986", "year", "Last year", "asserted", None,
             "the Soviets (implied agent of the passive) rejected the offer for an insufficient subsidy; placed "
             "in the offer's year (unknown arguable); 'Melnikov said' rule-3 attribution"),
            # 13
            ("STATEMENT", ("said", "He said that at"), (("He", "He said that at"),) + SUN_GOV, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "U.S. wheat prices were 26 dlrs over world levels at the time of the offer (statistics); DCT"),
        ],
        "skip": [
            (("fulfill", "Whether the"), "content of the statement"),
            (("agreement", "U.S./USSR grains"), "background nominal (the grains agreement)"),
            (("fulfill", "we are ready to"), "content of the question"),
            (("offer", "does not want to"), "content of the question"),
            ("interview", "part of the attribution"),
            (("offer", "to offer Soviets"), "content of the request"),
            ("lived up", "content of the accusation"),
            ("failing", "content of the accusation"),
            ("make available", "content of the accusation"),
            ("accused", "content of the denial (ACCUSE USA -> SUN by an unnamed accuser arguable)"),
            ("implementing", "content of the denial"),
            ("states", "a document 'states' (not a speech act, EVENTS.md 4)"),
            ("purchases/sales", "content of the agreement's article"),
            (("supply", "should supply"), "content of the request (the splitter puts it in the previous sentence)"),
            (("supply", "ready to supply"), "content of the request"),
            (("met", "demand has been"), "content of the statement"),
            ("confirmed", "rule-3 attribution (the purchases are the event)"),
            (("buy", "Soviets will"), "content of the statement (conditional intention; AGREE arguable)"),
            (("buying", "Wheat"), "generic (content of the statement)"),
            (("selling", "interested in"), "condition of the request"),
            (("offer", "they must"), "content of the request"),
            ("decide", "content of the request"),
            (("offered", "will be"), "content of the request"),
            (("said", "subsidy, Melnikov"), "rule-3 attribution (the offer and its rejection are the events)"),
            (("offer", "subsidy offer"), "anaphoric nominal (last year's offer)"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            (("U.S.", "obligations under the"), "GPE", "USA"),
            ("USSR", "GPE", "SUN"),
            (("United States", "entirely on the"), "GPE", "USA"),
            (("Soviet", "a Soviet trade"), "NORP", "SUN"),
            ("Reuters", "ORG", "GBR"),
            (("United States", "agreement if the"), "GPE", "USA"),
            ("Albert Melnikov", "PERSON", "SUN"),
            (("Soviet Union", "representative of the"), "GPE", "SUN"),
            (("United States", "Soviet Union to the"), "GPE", "USA"),
            (("United States", "up to the"), "GPE", "USA"),
            (("Soviets", "to offer"), "NORP", "SUN"),
            (("Melnikov", "Melnikov said that"), "PERSON", "SUN"),
            (("United States", "Melnikov said that"), "GPE", "USA"),
            ("Moscow", "GPE", "SUN"),
            (("U.S.", "Moscow"), "GPE", "USA"),
            (("Melnikov", 'fault," Melnikov'), "PERSON", "SUN"),
            (("United States", "The United States should"), "GPE", "USA"),
            (("Soviet Union", "should supply to the"), "GPE", "SUN"),
            (("United States", "Is the"), "GPE", "USA"),
            (("Soviet", "The Soviet official"), "NORP", "SUN"),
            (("Soviet", "recent Soviet"), "NORP", "SUN"),
            (("U.S.", "purchases of"), "GPE", "USA"),
            (("U.S.", "but said that if"), "GPE", "USA"),
            (("Soviets", "the Soviets will"), "NORP", "SUN"),
            (("Melnikov", "story, Melnikov"), "PERSON", "SUN"),
            (("United States", "If the United States"), "GPE", "USA"),
            (("United States", "it's up to the"), "GPE", "USA"),
            (("U.S.", "Last year's"), "GPE", "USA"),
            (("Soviets", "wheat to the"), "NORP", "SUN"),
            (("Melnikov", "subsidy, Melnikov"), "PERSON", "SUN"),
            (("U.S.", "subsidy offer,"), "GPE", "USA"),
        ],
    },
    "reuters21578-16951": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Belgian National Bank",) + BEL_GOV, None, BRU,
             "1987-04-21", "day", None, "asserted", None,
             "announces its treasury certificate rate cut (a monetary operation, no type: reporting clause); "
             "wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "It said in"), (("It", "It said in"),) + BEL_GOV, None, BRU,
             "1987-04-21", "day", None, "asserted", None,
             "the new rates by maturity (the telex message is part of the attribution); DCT"),
            # 2
            ("STATEMENT", ("said", "spokesman said"), ("a National Bank spokesman",) + BEL_GOV, None, None,
             "1987-04", "month", "last week", "asserted", None,
             "the bank's foreign currency purchases (intervention, skipped) reported last week: 13-19 April, "
             "kept at its month (EVENTS.md 21); not dated by the DCT: no location"),
        ],
        "skip": [
            (("cut", "said it"), "monetary operation (central bank rate cut)"),
            ("telex message", "part of the attribution"),
            ("reduced", "monetary operation (content)"),
            ("adjusted", "monetary operation"),
            (("cut", "rates were"), "monetary operation"),
            ("reductions", "monetary operation"),
            ("hoisting", "monetary operation"),
            ("realignment", "background nominal (the EMS realignment)"),
            (("bought", "National Bank"), "currency intervention (monetary operation)"),
            ("noted", "anonymous-source talk (foreign exchange analysts)"),
        ],
        "entities": [
            ("Belgian National Bank", "ORG", "BEL"),
            (("Bank", "The Bank last"), "ORG", "BEL"),
            ("European Monetary System", "ORG", None),
            (("National Bank", "The National Bank bought"), "ORG", "BEL"),
            (("National Bank", "April 13, a"), "ORG", "BEL"),
            (("Belgian", "strength of the"), "NORP", "BEL"),
        ],
    },
    "reuters21578-8256": {
        "events": [
            # 0
            ("AID", "granted", ("Spain", "ESP", "GOV"), ("Cuba", "CUB", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Spain granted Cuba a 25 mln dlr credit line (credit = AID); present perfect, no time expression: "
             "undated; 'Prensa Latina said' rule-3 attribution"),
            # 1
            ("AGREE", "agreed", ("a joint economic/industrial commission", "ESP", "GOV"), (None, "CUB", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the credit line was agreed by the bilateral joint commission: coded Spain -> Cuba (the first-named "
             "side first, Cuba implied; 37b's joint commission; null/IGO arguable); undated"),
            # 2
            ("CONSULT", "discussed", ("The commission", "ESP", "GOV"), (None, "CUB", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the joint commission discussed Spanish companies' participation in Cuban tourism (bilateral talks, "
             "coded as the agreement); undated"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the credit line is the event)"),
            (("purchase", "for the"), "purpose of the credit"),
            ("repair", "purpose of the credit"),
            ("development", "purpose of the credit"),
            (("credit line", "The credit line"), "anaphoric nominal (subject of the agreement)"),
            ("participation", "content of the talks"),
        ],
        "entities": [
            ("Spain", "GPE", "ESP"),
            ("Cuba", "GPE", "CUB"),
            ("Spanish", "NORP", "ESP"),
            ("Prensa Latina", "ORG", "CUB"),
            ("spanish", "NORP", "ESP"),
            ("Cuban", "NORP", "CUB"),
        ],
    },
    "reuters21578-9345": {
        "events": [
            # 0
            ("AGREE", "signed", ("International Platinum Corp",) + CAN_BUS, ("Degussa A.G.", "DEU", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "letter of intent with Degussa to negotiate a joint venture exploration agreement (letter of intent "
             "= AGREE, 9b/23a/24a); no time expression: undated; 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "basis, International"), (("International Platinum", "pro rata basis,"),) + CAN_BUS,
             None, TOR,
             "1987-03-25", "day", None, "asserted", None,
             "how Degussa's contribution is based (terms of the letter of intent); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "the company said"), ("the company",) + CAN_BUS, None, TOR,
             "1987-03-25", "day", None, "asserted", None,
             "Degussa's contribution would provide a major part of the budget (terms); DCT"),
        ],
        "skip": [
            (("said", "Corp"), "rule-3 attribution (the letter of intent is the event)"),
            ("negotiations", "content of the letter of intent (CONSULT planned arguable)"),
            (("agreement", "exploration agreement"), "content of the letter of intent"),
            ("Conclusion", "condition"),
            ("completion", "condition"),
            ("examination", "condition"),
            ("approvals", "condition"),
            (("contribute", "would"), "terms of the letter of intent"),
            (("contribution", "Degussa's contribution to"), "terms of the letter of intent (content)"),
            ("matching", "terms (content)"),
            (("acquisition", "exploration and"), "background (past costs)"),
            ("estimated", "statistics"),
            ("contributing", "terms (content)"),
            (("contribution", "Degussa's contribution would"), "terms (content)"),
            ("provide", "terms (content)"),
        ],
        "entities": [
            ("International Platinum Corp", "ORG", "CAN"),
            ("Degussa A.G.", "ORG", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("North American", "NORP", None),
            (("Degussa", "examination by"), "ORG", "DEU"),
            (("Degussa", "letter of intent,"), "ORG", "DEU"),
            (("Degussa", "4.5 mln"), "ORG", "DEU"),
            (("International Platinum", "matching"), "ORG", "CAN"),
            (("International Platinum", "pro rata basis,"), "ORG", "CAN"),
            (("Degussa", "Degussa's contribution would"), "ORG", "DEU"),
            (("International Platinum", "major portion of"), "ORG", "CAN"),
        ],
    },
    "reuters21578-12780": {
        "events": [],
        "skip": [
            ("intervene", "currency intervention, negated (monetary operation)"),
            (("fixed", "dollar was"), "market activity"),
            (("said", "yesterday, dealers"), "anonymous-source talk (dealers)"),
            (("firmed", "The dollar"), "market-price movement"),
            (("said", "and dealers"), "anonymous-source talk (dealers)"),
            (("expected", "they"), "anonymous-source talk (dealers' forecast)"),
            (("said", "U.S. Bank"), "anonymous-source talk (a dealer)"),
            ("referring", "anonymous-source talk (a dealer)"),
            (("meetings", "the International Monetary Fund"), "meetings of a group and an international body inside "
                                                               "a dealer's remark (CONSULT null planned arguable)"),
            ("saw", "anonymous-source talk (dealers)"),
            ("remarks", "content of anonymous talk"),
            (("said", "soft,\" one dealer"), "anonymous-source talk (a dealer)"),
            (("dispute", "trade"), "background nominal (trade dispute)"),
            (("said", "with Japan, dealers"), "anonymous-source talk (dealers)"),
            ("helped", "market-price movement"),
            (("seen", "pound was"), "anonymous-source talk (dealers' forecast)"),
            (("said", "next days, dealers"), "anonymous-source talk (dealers)"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            (("U.S.", "dealer with a"), "GPE", "USA"),
            ("Group of Seven", "ORG", None),
            ("International Monetary Fund", "ORG", None),
            ("Washington", "GPE", "USA"),
            (("U.S.", "attention returned to the"), "GPE", "USA"),
            ("U.K.", "GPE", "GBR"),
            ("Japan", "GPE", "JPN"),
            ("Swiss", "NORP", "CHE"),
            ("French", "NORP", "FRA"),
        ],
    },
    "reuters21578-6178": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Office of Finance, Federal Home Loan Banks",) + FHL_USA, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "rates set on today's debt offering (corporate finance, no type: reporting clause); DCT from "
             "published_at (dateline March 24; 1987-03-24 arguable), dateline city"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"),) + FHL_USA, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "settlement and maturity dates of the issues (terms); DCT"),
            # 2
            ("STATEMENT", ("said", "The office said"), ("The office",) + FHL_USA, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "allotment confirmation deadline and start of secondary trading (terms); DCT"),
        ],
        "skip": [
            (("set", "said it"), "corporate finance (rates on a debt offering)"),
            (("offering", "debt"), "corporate finance (debt offering)"),
            ("settlement", "terms of the issues"),
            ("mature", "terms of the issues"),
            ("confirmation", "terms of the offering"),
            (("received", "must be"), "terms of the offering"),
            ("secondary trading", "market activity (terms)"),
        ],
        "entities": [
            ("Office of Finance", "ORG", "USA"),
            ("Federal Home Loan Banks", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
