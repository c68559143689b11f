"""Build ``own_blind53a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind53a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2347 left); 24 drawn with random.Random(53101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
43 event records (40 first mentions, 3 later mentions), 122 not_annotated spans, 140 entity mentions
(GPE 65, NORP 32, ORG 26, PERSON 14, LOC 3); no article without events; 10675 (Japanese investors and U.S.
bonds) has a single STATEMENT (a named firm's trader; everything else dealers' talk and market activity);
10705 (Japanese soybean purchases) has COOPERATEs only (anonymous trade sources); 3334 (USDA Canadian crop
estimates) and 4983 (Ecuador pipeline) have reporting-clause STATEMENTs only.
Types: STATEMENT 25, COOPERATE 7, AGREE 3, SANCTION 3, REJECT 2, CONSULT 1, REQUEST 1, ACCUSE 1; modality:
asserted 36, planned 4, negated 2, hypothetical 1; precision: day 34, unknown 7, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Portuguese Ambassador to Peking Octavio Valerio": NORP
"Portuguese" + GPE "Peking" + PERSON; "Finance Minister Kiichi Miyazawa", "energy ministry Javier
Espinosa": PERSON only); a government body with its country word is one ORG span ("U.S. Agriculture
Department"), lower-case bodies are not entity spans ("energy minsitry", "the Portuguese government":
only NORP "Portuguese"); company names are tagged with their legal form and without angle brackets, tickers
("<UN.AS>") are not entities; the possessive 's is left out ("Japan's", "Macao's", "Chesebrough's");
"Treasury" in "Treasury bond" (a security's name) is not tagged, "a U.S. Bank" gives only GPE "U.S." (51a),
"Reagan Administration" gives PERSON "Reagan" (46a-48a); the wire sign-off "REUTER..." is not tagged.
Countries: "Japanese" NORP JPN, "Brazilian" NORP BRA, Japan GPE JPN, Brazil GPE BRA, the (Japanese) Finance
Ministry ORG JPN, "U.S." GPE USA; Unilever Plc and NV / "Unilever" ORG GBR (Anglo-Dutch; the text gives no
country, the dateline LONDON places it; NLD arguable), Goldman Sachs and Co ORG USA, Stauffer Chemical Co /
"Stauffer" ORG USA ("of the U.S."), Chesebrough-Pond's Inc / "Chesebrough" ORG USA (not stated in the text;
its unit Stauffer is "of the U.S."; null arguable under EVENTS.md 15); Ecuador, Lago Agrio and Balao GPE
ECU, "Ecuadorean" NORP ECU, Colombia, Puerto Colon and Tumaco GPE COL, "Colombian" NORP COL, the Pacific
Coast / Pacific Ocean LOC null, Javier Espinosa PERSON ECU; the U.S. Agriculture Department ORG USA, Canada
GPE CAN, "Canadian" NORP CAN; Yasuhiro Nakasone / "Nakasone" PERSON JPN, G-6 ORG null (as G-7 in earlier
sets), New York GPE USA, the Lower House Budget Committee and Parliament ORG JPN, Paris GPE FRA, Kiichi
Miyazawa PERSON JPN, Britain GBR, Canada CAN, France FRA, West Germany DEU (GPE), P.S. Tam / "Tam" PERSON USA
(an employee of Morgan Guaranty Trust, the firm's country, as 37a's Smithson; based in Hong Kong, HKG
arguable), Morgan Guaranty Trust ORG USA, Reagan PERSON USA, Congress ORG USA; Macao GPE MAC (30a), China
and Peking GPE CHN, "Chinese" NORP CHN (also "Chinese people there", the Macao residents, and "the Chinese
people" in Taiwan's quote), "Portuguese" NORP PRT, Portugal GPE PRT, Octavio Valerio / "Valerio" PERSON
PRT, Taipei, Taiwan and "Republic of China" GPE TWN, the (Taiwanese) Foreign Ministry ORG TWN, Kuomintang
ORG TWN, "Nationalist" NORP TWN (30a); Tokyo GPE JPN, Nikko Securities Co Ltd ORG JPN; the Commerce
Department ORG USA. Products, pipelines, currencies, bonds and the Macao agreement are not entities.

Judgement calls made here:
* 10705 (Japan buys Brazilian soybeans, DCT Mon 1987-03-30, TOKYO): every "said"/"added" is by trade
  sources (anonymous, EVENTS.md 4, skipped), but the buyers are identifiable by country (49a's 297: a
  country's buyers are not "unnamed buyers"): "Japanese crushers have bought some 214,000 tonnes of Brazilian
  soybeans" is COOPERATE JPN BUS -> the implied Brazilian sellers (BRA BUS), undated (present perfect; the
  "late April/early July shipment" dates the shipment, not the purchase, rule 17); "and may buy up to
  140,000 to 190,000 tonnes more" COOPERATE JPN -> BRA hypothetical (considered, 9849's "may buy" in an
  earlier set), undated; "Japanese crushers will buy a total of only 150,000 tonnes of U.S. Beans for May
  shipment" COOPERATE JPN BUS -> the U.S. sellers (USA BUS, anchored at "U.S."), planned, undated (May is
  the shipment); "They said crushers bought some 270,000 to 280,000 tonnes of U.S. Beans for April
  shipment" COOPERATE JPN -> USA, asserted, undated. "Some 100,000 of this shipment has already been
  purchased" is the partial realisation of the planned U.S. purchase (skipped; COOPERATE asserted
  arguable). "Japan imported 128,089 tonnes ... in calendar 1986, Finance Ministry ... statistics show" is
  statistics (a document "showing", no acting actor); "the heavy purchases", "The Japanese purchases"
  and "purchased" are anaphoric nominals; Brazil's "labour problems" are background (PROTEST arguable).
* 14941 (Unilever seeks a buyer for Stauffer, DCT Wed 1987-04-08, LONDON): issuing a sale prospectus
  "seeking a buyer" has no identified counterpart (skipped, the sale process; COOPERATE arguable), so "a
  Unilever spokesman said" is a STATEMENT (GBR BUS, DCT, LONDON); "Which it acquired with the recent
  takeover of Chesebrough-Pond's Inc" is COOPERATE GBR BUS -> Stauffer (USA BUS, the company acquired; a
  relative clause with its own predication), undated ("recent" gives no value), "takeover" the same deal
  (skipped); "Unilever aquired Chesebrough for 3.2 billion dlrs" is its later mention (actor2 Chesebrough,
  USA). "He noted Unilever has been indicating plans to dispose of Stauffer" is a STATEMENT (the standing
  indications and the disposal are content: a sale with no buyer named); "since the bid was made in
  December" is COOPERATE GBR BUS -> Chesebrough (both implied, USA BUS; a takeover bid coded as the deal,
  a nominal with its own date, EVENTS.md 11), 1986-12 ("December" before April 1987, month). The prospectus
  "sent ... to a number of companies expressing interest" has unnamed counterparts (skipped). "The Unilever
  spokesman declined to say how much ..." is a withheld STATEMENT (negated, trigger on "say", own_dev's
  "name"; "declined" unlisted); "..., he added" twice are STATEMENTs (the disposal of Chesebrough's
  footwear and racket businesses, no buyer: content; the limited financial information), DCT. Nine-month
  sales are statistics.
* 4983 (Ecuador pipeline to Colombia, DCT Fri 1987-03-13, QUITO): "Construction workers today began
  building a 26 km pipeline to link Ecuador's jungle oilfields to a pipeline in Colombia" is construction
  by unnamed workers (skipped; COOPERATE ECU -> COL arguable: no agreement or exchange with Colombia is
  stated), so the energy ministry officials' "said" is a STATEMENT (officials of a named government,
  EVENTS.md 4), DCT, QUITO; so are "They said it would take ..." and three more "they said" / "an
  Ecuadorean energy ministry official said" (pipeline capacity and room: STATEMENT each, EVENTS.md 3) and
  "It would take about five months to repair the pipeline to Balao, government officials said" (Ecuador's
  officials). "Ecuador estimates that it will cost ... to repair ..., energy ministry Javier Espinosa said"
  is one STATEMENT on "said" (the minister voicing his government's estimate: one speech act; "estimates"
  skipped). The shipment by boat has no acting actor; the resumption, the completion, the earthquake
  ("paralysed", "ruptured", "damaged") and the pumping are hypothetical, natural-disaster or statistics
  (skipped).
* 3334 (USDA estimates Canadian crops, DCT Mon 1987-03-09, WASHINGTON): "The U.S. Agriculture Department
  estimated Canada's 1986/87 wheat crop" and "It estimated 1985/86 output" are two STATEMENTs (statistics
  releases by a named body, DCT, WASHINGTON); the passive "is projected", "is estimated", "are forecast",
  "are estimated" have no named agent (content of the release, skipped as earlier sets' passive forecasts).
* 10696 (Nakasone's G-6 remark, DCT Mon 1987-03-30, HONG KONG): the dealers and "a U.S. Bank foreign
  exchange manager" (an unnamed bank, 51a) are anonymous (skipped), with the lead's "Remarks ... that last
  month's G-6 meeting agreed" inside their talk (the remarks are coded at "told", the accord at
  "committed"; "meeting" a group's meeting inside anonymous talk). "Nakasone told a Lower House Budget
  Committee in Parliament that Japan and other industrialized nations committed themselves in Paris last
  month to stabilize the dollar above 150 yen" is AGREE JPN GOV -> the other nations (null IGO: a group,
  one record, the symmetric accord with Japan first-named), 1987-02 ("last month"), located in Paris,
  asserted; "told" is rule-3 attribution (the commitment is the main proposition; STATEMENT JPN arguable).
  "Finance Minister Kiichi Miyazawa told the same committee that the six ... had intervened aggressively"
  is a STATEMENT (the intervention is a monetary operation, EVENTS.md 10), DCT, located in Parliament
  (JPN). P.S. Tam of Morgan Guaranty Trust is identifiable (a named employee of a named firm, 37a: USA
  BUS): '"His (Nakasone) remarks should have been made ... when the dollar was still above 150 yen," said
  P.S. Tam' is a STATEMENT (a market view of the remarks' timing; ACCUSE USA -> JPN arguable), "Tam said
  the dollar has hit short-term chart targets" a STATEMENT and "But he warned of another dip to below 145
  yen" a second STATEMENT (a forecast with no consequence from the speaker, own_blind's "warned"), all DCT,
  HONG KONG. The Reagan Administration "facing uproar in Congress" is inside the dealers' talk (skipped).
* 8242 (Macao agreement, DCT Mon 1987-03-23, PEKING): "Details of today's agreement to hand over
  Portuguese-ruled Macao to China" is AGREE PRT GOV (implied) -> China (CHN GOV), 1987-03-23 ("today's",
  a nominal with its own date, EVENTS.md 11), located in Peking; "the official signing in Peking on
  Thursday" is a second AGREE (a distinct act: the formal signature), PRT -> CHN (both implied), planned,
  1987-03-26 (next Thursday from Monday), Peking; "hand over" is the agreement's content (RETREAT PRT -> CHN
  planned arguable, as 30a's "return"). The release of details "will be released" has no named releaser
  (content), so Valerio's "said" is a STATEMENT (PRT GOV), DCT, PEKING. "Valerio earlier told reporters
  that the tiny territory would be returned to Chinese rule on December 20, 1999" is a STATEMENT ("earlier"
  wire style takes the DCT, EVENTS.md 16's "Earlier it reported"; the return is the agreement's content,
  30a), "but gave no further details" a withheld STATEMENT (negated). "A statement issued today did not
  give details" has no named issuer (the two sides or either: skipped, STATEMENT negated arguable).
  '"We are very happy with the results," Valerio said' is a STATEMENT (satisfaction with results, not
  praise of an actor), DCT; "after four days of negotiations in the Chinese capital" is CONSULT PRT GOV ->
  CHN GOV (both implied; the Portuguese side visiting), undated (a duration, no date: rule 17; 1987-03
  arguable), located in the Chinese capital; "The talks" and "the talks" are anaphoric, the reporter's
  "Asked" question and its "takeover" skipped, "Valerio replied" a STATEMENT, DCT. China's standing policy
  ("traditionally opposes", "requires") is generic (skipped; REJECT arguable). "In Taipei, Taiwan said it
  would not recognise the agreement" is REJECT TWN GOV (the saying is the refusal, EVENTS.md 1), actor2
  null (the clause names only the agreement, EVENTS.md 14; CHN or PRT arguable), DCT, located in Taipei;
  'A Foreign Ministry statement said: "We regard the agreement ... as null and void."' is its later mention
  (the ministry's statement, a named author, restating the refusal). 'It said: "Macao should be returned
  to the Republic of China on Taiwan because communist China ... has no right to represent China ..."' is
  REQUEST TWN GOV -> Portugal (implied PRT GOV, the party handing Macao over; EVENTS.md 2), DCT, Taipei;
  the causal "has no right to represent" is skipped as the demand's reason (ACCUSE TWN -> CHN arguable).
  The quote's next sentence, '"The handover by the Portuguese government is in disregard of the freedom,
  welfare and safety of more than 400,000 Chinese people there."' (its own sentence with no reporting
  verb) is ACCUSE TWN GOV (implied: the ministry's statement) -> the Portuguese government (PRT GOV) on
  "disregard", DCT, Taipei; "We will try our upmost to help and protect them" is a vague pledge toward
  Macao's residents (skipped; AGREE or AID planned arguable). The Kuomintang's claim to rule all China and
  its lack of relations with Portugal are stative (skipped).
* 10675 (Japanese investors lighten U.S. bond holdings, published 1987-03-29 23:43, dateline "TOKYO, March
  30"): the DCT is published_at's date, 1987-03-29 (GUIDELINES). The dealers, "securities house dealers",
  "securities bond managers" and "They" are anonymous; the investors' and trust banks' selling and
  lightening are market activity by unnamed investors; bond and dollar moves are market movements. "...,
  a Nikko Securities Co Ltd currency trader said" is the only event: a STATEMENT by an employee of a named
  firm (37a: JPN BUS), DCT 1987-03-29, TOKYO.
* 3109 (U.S. orange juice duties, DCT Mon 1987-03-09, WASHINGTON): "A decision on final dumping duties on
  frozen orange juice from Brazil may not be issued until tomorrow, Commerce Department officials said" is
  SANCTION USA GOV (the Commerce Department, anchored in "Commerce Department officials") -> Brazil (BRA
  BUS: the exporters; kind GOV arguable, not scored) on "decision" (an adverse ruling, EVENTS.md types),
  planned, 1987-03-10 ("tomorrow", day; "may not be issued until tomorrow" read as expected tomorrow;
  hypothetical arguable), "said" rule-3 attribution, "issued" its light verb (skipped); "duties" is left
  unlisted (a system's SANCTION on it matches by sentence). "They said the department has until midnight
  tonight to set the duty" is its later mention, planned, dated by its own expression ("midnight tonight"
  = 1987-03-09, EVENTS.md 21), "said" attribution; "but may not make the finding public until tomorrow" is
  the publication of the same ruling (skipped; STATEMENT planned arguable). "A preliminary duty of 8.54 pct
  was set last Oct. 17" is a distinct SANCTION USA GOV (implied) -> BRA, asserted, 1986-10-17 ("last Oct.
  17", past). "The final duty will be based on more detailed information, the officials said" is a
  STATEMENT (USA GOV, DCT, WASHINGTON).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind53a.jsonl"

TOK = ("TOKYO", "JPN")
LON = ("LONDON", "GBR")
QUI = ("QUITO", "ECU")
WAS = ("WASHINGTON", "USA")
HKG = ("HONG KONG", "HKG")
PEK = ("PEKING", "CHN")
PEKING_TXT = ("Peking", "CHN")
TPE = ("Taipei", "TWN")
PARIS = ("Paris", "FRA")
PARL = ("Parliament", "JPN")

JPN_BUS = "JPN", "BUS"
GBR_BUS = "GBR", "BUS"
ECU_GOV = "ECU", "GOV"
USA_GOV = "USA", "GOV"
TAM_USA = "USA", "BUS"
PRT_GOV = "PRT", "GOV"
TWN_GOV = "TWN", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10705": {
        "events": [
            # 0
            ("COOPERATE", "bought", ("Japanese crushers",) + JPN_BUS, (None, "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Japanese crushers bought 214,000 tonnes of Brazilian soybeans from the implied Brazilian sellers (a "
             "country's buyers, 49a's 297); present perfect, the shipment period is not the purchase date: "
             "undated; 'trade sources said' anonymous"),
            # 1
            ("COOPERATE", ("buy", "may buy"), ("Japanese crushers",) + JPN_BUS, (None, "BRA", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "may buy 140,000-190,000 tonnes more Brazilian beans (a considered purchase: hypothetical); undated "
             "(June-August is the shipment)"),
            # 2
            ("COOPERATE", ("buy", "crushers will"), (("Japanese crushers", "purchased,"),) + JPN_BUS,
             (("U.S.", "150,000"), "USA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "Japanese crushers will buy only 150,000 tonnes of U.S. beans for May shipment (the U.S. sellers "
             "implied by 'U.S. Beans'); planned, undated (May is the shipment)"),
            # 3
            ("COOPERATE", ("bought", "They said crushers"), (("crushers", "They said"),) + JPN_BUS,
             (("U.S.", "270,000 to 280,000"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "crushers bought 270,000-280,000 tonnes of U.S. beans for April shipment; undated; 'They said' "
             "anonymous"),
        ],
        "skip": [
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            ("imported", "statistics (Japan's 1986 imports)"),
            (("show", "customs-cleared"), "a document 'shows' (statistics, not a speech act)"),
            (("said", "The sources said"), "anonymous-source talk (trade sources)"),
            (("purchases", "heavy"), "anaphoric nominal (the purchases)"),
            (("added", "but"), "anonymous-source talk (trade sources)"),
            ("deliveries", "content of anonymous talk"),
            ("labour problems", "background (labour unrest in Brazil; PROTEST BRA arguable), content of anonymous "
                                "talk"),
            (("purchases", "The Japanese"), "anaphoric nominal (breakdown of the purchases)"),
            ("comprise", "stative (breakdown)"),
            (("said", "shipment, the sources"), "anonymous-source talk (trade sources)"),
            (("purchased", "Brazilian beans"), "anaphoric nominal (the Brazilian purchases)"),
            (("purchased", "already been"), "partial realisation of the planned U.S. purchase (COOPERATE asserted "
                                            "arguable)"),
            (("added", "the sources added"), "anonymous-source talk (trade sources)"),
            (("said", "They said crushers"), "anonymous-source talk (trade sources)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Brazilian", "NORP", "BRA"),
            (("Japan", "trade sources said."), "GPE", "JPN"),
            (("Brazilian", "Japan imported"), "NORP", "BRA"),
            ("Finance Ministry", "ORG", "JPN"),
            (("Brazilian", "The sources said"), "NORP", "BRA"),
            (("U.S.", "cheaper than"), "GPE", "USA"),
            (("Brazil", "deliveries from"), "GPE", "BRA"),
            (("Japanese", "The Japanese purchases"), "NORP", "JPN"),
            (("Brazilian", "large volumes of"), "NORP", "BRA"),
            (("Japanese", "purchased,"), "NORP", "JPN"),
            (("U.S.", "150,000"), "GPE", "USA"),
            (("U.S.", "270,000 to 280,000"), "GPE", "USA"),
        ],
    },
    "reuters21578-14941": {
        "events": [
            # 0
            ("STATEMENT", ("said", "a Unilever spokesman"), ("a Unilever spokesman",) + GBR_BUS, None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "Unilever has issued a prospectus seeking a buyer for Stauffer (a sale with no identified buyer: no "
             "type, reporting clause); wire style: DCT, dateline city"),
            # 1
            ("COOPERATE", "acquired", (("it", "Which"),) + GBR_BUS, ("Stauffer Chemical Co", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Unilever acquired Stauffer with the recent takeover of Chesebrough-Pond's (a relative clause with "
             "its own predication; the company acquired as actor2); 'recent' gives no value: undated"),
            # 2
            ("STATEMENT", "noted", (("He", "He noted"),) + GBR_BUS, None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "Unilever has been indicating plans to dispose of Stauffer (disposal with no buyer: content); DCT"),
            # 3
            ("COOPERATE", ("bid", "since the"), (None,) + GBR_BUS, (None, "USA", "BUS"), None,
             "1986-12", "month", "December", "asserted", None,
             "Unilever's takeover bid for Chesebrough made in December (a bid coded as the deal; a nominal with its "
             "own date, EVENTS.md 11); 'December' before April 1987 = 1986-12"),
            # 4
            ("STATEMENT", ("say", "declined to"), ("The Unilever spokesman",) + GBR_BUS, None, LON,
             "1987-04-08", "day", None, "negated", None,
             "withheld statement: declined to say how much Unilever expects for Stauffer (trigger on the withheld "
             "verb, own_dev's 'name'); DCT"),
            # 5
            ("STATEMENT", ("added", "disposed of, he"), (("he", "disposed of,"),) + GBR_BUS, None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "Chesebrough's footwear and racket businesses likely to be disposed of (no buyer: content); DCT"),
            # 6
            ("STATEMENT", ("added", "was limited, he"), (("he", "was limited,"),) + GBR_BUS, None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "immediately available financial information on Stauffer was limited; DCT"),
            # 7
            ("COOPERATE", "aquired", (("Unilever", "Unilever aquired"),) + GBR_BUS,
             (("Chesebrough", "aquired"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", 1,
             "later mention: Unilever acquired Chesebrough for 3.2 billion dlrs (the takeover through which it "
             "got Stauffer); the first mention's date (undated)"),
        ],
        "skip": [
            ("issued", "sale process: a prospectus seeking a buyer, no identified counterpart (COOPERATE arguable)"),
            ("seeking", "seeking a buyer: no identified counterpart"),
            (("takeover", "recent"), "the same deal as 'acquired' (the means of the acquisition)"),
            ("indicating", "content of the statement (Unilever's standing indications of a plan)"),
            ("dispose", "content of the statement (disposal with no buyer named)"),
            (("sale", "The Stauffer"), "background nominal (the planned sale)"),
            ("sent", "prospectus sent to unnamed companies (no identified counterpart)"),
            ("expressing interest", "unnamed companies"),
            (("expected", "the group"), "content of the withheld statement"),
            ("receive", "content of the withheld statement"),
            ("disposed", "content of the statement (disposal with no buyer named)"),
            (("sales", "Nine month"), "statistics"),
            ("benefit", "purpose of the acquisition"),
        ],
        "entities": [
            ("Unilever Plc and NV", "ORG", "GBR"),
            ("Goldman Sachs and Co", "ORG", "USA"),
            ("Stauffer Chemical Co", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Chesebrough-Pond's Inc", "ORG", "USA"),
            (("Unilever", "a Unilever spokesman"), "ORG", "GBR"),
            (("Unilever", "He noted"), "ORG", "GBR"),
            (("Stauffer", "dispose of"), "ORG", "USA"),
            (("Chesebrough", "smaller assets of"), "ORG", "USA"),
            (("Stauffer", "The Stauffer sale"), "ORG", "USA"),
            (("Unilever", "The Unilever spokesman declined"), "ORG", "GBR"),
            (("Stauffer", "receive for"), "ORG", "USA"),
            (("Chesebrough", "Chesebrough's footwear"), "ORG", "USA"),
            (("Stauffer", "information on"), "ORG", "USA"),
            (("Unilever", "Unilever aquired"), "ORG", "GBR"),
            (("Chesebrough", "aquired"), "ORG", "USA"),
        ],
    },
    "reuters21578-4983": {
        "events": [
            # 0
            ("STATEMENT", ("said", "minsitry officials"), ("Ecuadorean energy minsitry officials",) + ECU_GOV, None,
             QUI, "1987-03-13", "day", None, "asserted", None,
             "construction of a pipeline link to Colombia began today (construction by unnamed workers, no type: "
             "reporting clause); officials of a named government; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "They said it would"), (("They", "They said it would"),) + ECU_GOV, None, QUI,
             "1987-03-13", "day", None, "asserted", None,
             "the pipeline will take two months and 15 mln dlrs to build; DCT"),
            # 2
            ("STATEMENT", ("said", "Colombian pipeline, they"), (("they", "Colombian pipeline, they"),) + ECU_GOV,
             None, QUI,
             "1987-03-13", "day", None, "asserted", None,
             "the pipeline's designed capacity; DCT"),
            # 3
            ("STATEMENT", ("said", "Ecuadorean crude, they"), (("they", "Ecuadorean crude, they"),) + ECU_GOV,
             None, QUI,
             "1987-03-13", "day", None, "asserted", None,
             "the Colombian pipeline has ample room; DCT"),
            # 4
            ("STATEMENT", ("said", "energy ministry official"), ("an Ecuadorean energy ministry official",) + ECU_GOV,
             None, QUI,
             "1987-03-13", "day", None, "asserted", None,
             "the Colombian pipeline's current throughput (statistics); DCT"),
            # 5
            ("STATEMENT", ("said", "government officials"), ("government officials",) + ECU_GOV, None, QUI,
             "1987-03-13", "day", None, "asserted", None,
             "repairing the pipeline to Balao will take five months (Ecuador's officials); DCT"),
            # 6
            ("STATEMENT", ("said", "Javier Espinosa"), ("Javier Espinosa",) + ECU_GOV, None, QUI,
             "1987-03-13", "day", None, "asserted", None,
             "Ecuador's estimate of the repair cost, voiced by the energy minister (one speech act; 'estimates' "
             "skipped); DCT"),
        ],
        "skip": [
            ("began", "aspectual (construction by unnamed workers)"),
            ("building", "construction by unnamed workers (no type; COOPERATE ECU -> COL arguable)"),
            ("link", "content (purpose of the construction)"),
            ("pumped", "content (hypothetical pumping)"),
            (("build", "dlrs to"), "content of the statement"),
            ("connection", "content of the statement"),
            ("designed", "stative (content)"),
            ("transport", "content of the statement"),
            ("transporting", "statistics (content)"),
            ("shipped", "no acting actor (shipment of crude)"),
            ("refining", "no acting actor (content)"),
            ("completion", "hypothetical (content)"),
            ("resume", "hypothetical (no type)"),
            ("paralysed", "natural disaster (earthquake)"),
            ("ruptured", "natural disaster (earthquake)"),
            ("pumping", "statistics"),
            (("repair", "five months to"), "content of the statement"),
            ("estimates", "content of the minister's statement (the same speech act)"),
            (("repair", "dlrs to repair"), "content of the statement"),
            ("damaged", "natural disaster (earthquake)"),
        ],
        "entities": [
            (("Ecuador", "to link"), "GPE", "ECU"),
            (("Colombia", "pipeline in"), "GPE", "COL"),
            (("Ecuadorean", "through which"), "NORP", "ECU"),
            ("Pacific Coast", "LOC", None),
            (("Ecuadorean", "Pacific Coast"), "NORP", "ECU"),
            ("Lago Agrio", "GPE", "ECU"),
            (("Ecuador", "Lago Agrio in"), "GPE", "ECU"),
            ("Puerto Colon", "GPE", "COL"),
            (("Colombia", "Puerto Colon,"), "GPE", "COL"),
            (("Colombian", "connection to the"), "NORP", "COL"),
            ("Tumaco", "GPE", "COL"),
            (("Colombia", "Tumaco on"), "GPE", "COL"),
            ("Pacific Ocean", "LOC", None),
            (("Lago Agrio", "The Lago"), "GPE", "ECU"),
            (("Puerto Colon", "The Lago Agrio"), "GPE", "COL"),
            (("Ecuadorean", "bpd) of"), "NORP", "ECU"),
            (("Colombian", "crude to the"), "NORP", "COL"),
            (("Colombian", "The Colombian pipeline to"), "NORP", "COL"),
            (("Tumaco", "pipeline to Tumaco"), "GPE", "COL"),
            (("Ecuadorean", "ample room for"), "NORP", "ECU"),
            (("Ecuadorean", "capacity, an"), "NORP", "ECU"),
            (("Ecuadorean", "The Ecuadorean crude reaching"), "NORP", "ECU"),
            (("Tumaco", "reaching"), "GPE", "COL"),
            (("Ecuador", "by boat to"), "GPE", "ECU"),
            (("Ecuador", "allow"), "GPE", "ECU"),
            (("Ecuadorean", "oilfields to the Ecuadorean"), "NORP", "ECU"),
            ("Balao", "GPE", "ECU"),
            (("Pacific Ocean", "Balao, on the"), "LOC", None),
            (("Ecuador", "Ecuador was pumping"), "GPE", "ECU"),
            (("Balao", "pipeline to Balao"), "GPE", "ECU"),
            (("Ecuador", "Ecuador estimates"), "GPE", "ECU"),
            ("Javier Espinosa", "PERSON", "ECU"),
        ],
    },
    "reuters21578-3334": {
        "events": [
            # 0
            ("STATEMENT", "estimated", ("The U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "statistics release: Canada's 1986/87 wheat crop estimate; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("estimated", "It estimated"), (("It", "It estimated"),) + USA_GOV, None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "statistics release: 1985/86 output estimate; DCT"),
        ],
        "skip": [
            ("projected", "passive forecast with no named agent (content of the release)"),
            (("estimated", "1985/86 is"), "passive estimate with no named agent (content of the release)"),
            ("forecast", "passive forecast with no named agent (content of the release)"),
            (("estimated", "Exports in"), "passive estimate with no named agent (content of the release)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Canadian", "NORP", "CAN"),
            (("Canadian", "Canadian wheat"), "NORP", "CAN"),
        ],
    },
    "reuters21578-10696": {
        "events": [
            # 0
            ("AGREE", "committed", (("Japan", "Parliament that"), "JPN", "GOV"),
             ("other industrialized nations", None, "IGO"), PARIS,
             "1987-02", "month", "last month", "asserted", None,
             "Japan and the other industrialized nations committed themselves in Paris last month to stabilize the "
             "dollar above 150 yen (the Paris accord; the group one null record, Japan first-named); 'last "
             "month' = 1987-02; Nakasone's 'told' rule-3 attribution (STATEMENT JPN arguable)"),
            # 1
            ("STATEMENT", ("told", "Kiichi Miyazawa"), ("Finance Minister Kiichi Miyazawa", "JPN", "GOV"), None, PARL,
             "1987-03-30", "day", None, "asserted", None,
             "the six had intervened aggressively since the dollar fell below 150 yen (intervention: monetary "
             "operation, content); DCT, the committee in Parliament"),
            # 2
            ("STATEMENT", ("said", "said P.S."), ("P.S. Tam",) + TAM_USA, None, HKG,
             "1987-03-30", "day", None, "asserted", None,
             "Nakasone's remarks should have come when the dollar was above 150 yen (a market view of their "
             "timing; ACCUSE USA -> JPN arguable); a named employee of a named firm (37a); DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "Tam said"), (("Tam", "Tam said"),) + TAM_USA, None, HKG,
             "1987-03-30", "day", None, "asserted", None,
             "the dollar has hit chart targets and is likely to rebound (forecast); DCT"),
            # 4
            ("STATEMENT", "warned", (("he", "But he warned"),) + TAM_USA, None, HKG,
             "1987-03-30", "day", None, "asserted", None,
             "warned of another dip below 145 yen (a forecast, no consequence from the speaker: STATEMENT); DCT"),
        ],
        "skip": [
            ("Remarks", "nominal inside anonymous talk (Nakasone's remarks, coded at 'committed')"),
            (("meeting", "G-6"), "group meeting inside anonymous talk (the accord is coded at 'committed')"),
            (("agreed", "G-6 meeting"), "content of the remarks inside dealers' talk (the accord, coded later)"),
            (("influence", "too late to"), "content of anonymous talk"),
            (("said", "currency trading, dealers"), "anonymous-source talk (dealers)"),
            (("statement", "Nakasone's statement"), "anaphoric nominal (Nakasone's remarks)"),
            (("rose", "dollar rose"), "market-price movement"),
            (("rebound", "But the"), "market-price movement"),
            (("said", "short-covering, they"), "anonymous-source talk (dealers)"),
            (("said", "desperate,"), "anonymous-source talk (an unnamed U.S. bank's manager)"),
            (("told", "Nakasone told"), "rule-3 attribution (the Paris commitment is the event)"),
            (("stabilize", "last month to"), "content of the agreement"),
            ("intervened", "currency intervention (monetary operation)"),
            (("fell", "since the dollar"), "market-price movement"),
            (("remarks", "(Nakasone)"), "anaphoric nominal (content of the statement)"),
            (("influence", "bigger"), "content of the statement"),
            (("hit", "dollar has"), "market-price movement (content)"),
            (("rebound", "likely to"), "market-price movement (content)"),
            ("dip", "market-price movement (content of the warning)"),
            (("said", "Dealers said"), "anonymous-source talk (dealers)"),
            (("relations", "worsening trade"), "background nominal (trade relations)"),
            ("depress", "market-price movement (content of anonymous talk)"),
            ("facing", "content of anonymous talk (the Administration facing uproar in Congress; ACCUSE USA -> USA "
                       "arguable)"),
            ("cutting", "content of anonymous talk"),
            (("said", "deficit, they"), "anonymous-source talk (dealers)"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            ("G-6", "ORG", None),
            (("Nakasone", "After"), "PERSON", "JPN"),
            ("New York", "GPE", "USA"),
            (("Nakasone", "I think"), "PERSON", "JPN"),
            (("U.S.", "said a"), "GPE", "USA"),
            (("Nakasone", "Nakasone told"), "PERSON", "JPN"),
            ("Lower House Budget Committee", "ORG", "JPN"),
            ("Parliament", "ORG", "JPN"),
            (("Japan", "Parliament that"), "GPE", "JPN"),
            ("Paris", "GPE", "FRA"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            (("Japan", "France,"), "GPE", "JPN"),
            (("U.S.", "Japan, the"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Nakasone", "His ("), "PERSON", "JPN"),
            ("P.S. Tam", "PERSON", "USA"),
            ("Morgan Guaranty Trust", "ORG", "USA"),
            (("Tam", "Tam said"), "PERSON", "USA"),
            (("U.S.", "relations between the"), "GPE", "USA"),
            (("Japan", "relations between the"), "GPE", "JPN"),
            ("Reagan", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
        ],
    },
    "reuters21578-8242": {
        "events": [
            # 0
            ("AGREE", "agreement", (None,) + PRT_GOV, (("China", "Macao to"), "CHN", "GOV"), PEKING_TXT,
             "1987-03-23", "day", "today's", "asserted", None,
             "today's agreement to hand over Macao to China (a nominal with its own date, EVENTS.md 11); Portugal "
             "implied, first-named side; reached in Peking"),
            # 1
            ("AGREE", "signing", (None,) + PRT_GOV, (None, "CHN", "GOV"), PEKING_TXT,
             "1987-03-26", "day", "Thursday", "planned", None,
             "the official signing in Peking on Thursday (a distinct act: the formal signature); next Thursday "
             "from Mon 1987-03-23 = 1987-03-26"),
            # 2
            ("STATEMENT", ("said", "Octavio Valerio"), ("Portuguese Ambassador to Peking Octavio Valerio",) + PRT_GOV,
             None, PEK,
             "1987-03-23", "day", None, "asserted", None,
             "details will be released after the signing (a release by unnamed parties: content); wire style: DCT, "
             "dateline city"),
            # 3
            ("STATEMENT", "told", (("Valerio", "Valerio earlier"),) + PRT_GOV, None, PEK,
             "1987-03-23", "day", None, "asserted", None,
             "Macao will be returned to Chinese rule on December 20, 1999 (the agreement's content, 30a); "
             "'earlier' in wire style takes the DCT (EVENTS.md 16)"),
            # 4
            ("STATEMENT", "gave no further details", (("Valerio", "Valerio earlier"),) + PRT_GOV, None, PEK,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement (49a's 'gave no further details'); DCT"),
            # 5
            ("STATEMENT", ("said", "with the results"), (("Valerio", "with the results"),) + PRT_GOV, None, PEK,
             "1987-03-23", "day", None, "asserted", None,
             "'We are very happy with the results' (satisfaction with results, not praise of an actor); DCT"),
            # 6
            ("CONSULT", "negotiations", (None,) + PRT_GOV, (None, "CHN", "GOV"), ("the Chinese capital", "CHN"),
             None, "unknown", None, "asserted", None,
             "four days of negotiations in the Chinese capital (Portugal the visiting side, China the host, both "
             "implied); a duration, no date: undated (1987-03 arguable)"),
            # 7
            ("STATEMENT", "replied", (("Valerio", "the talks,"),) + PRT_GOV, None, PEK,
             "1987-03-23", "day", None, "asserted", None,
             "nationality was one of the problems in the talks; DCT"),
            # 8
            ("REJECT", "recognise", (("Taiwan", "In Taipei,"),) + TWN_GOV, None, TPE,
             "1987-03-23", "day", None, "asserted", None,
             "Taiwan said it would not recognise the agreement (the saying is the refusal); actor2 null (the clause "
             "names only the agreement, EVENTS.md 14; CHN/PRT arguable); DCT, located in Taipei"),
            # 9
            ("REJECT", ("said", "Foreign Ministry statement"), ("Foreign Ministry",) + TWN_GOV, None, TPE,
             "1987-03-23", "day", None, "asserted", 8,
             "later mention: the Foreign Ministry statement regards the agreement as null and void (a statement by "
             "a named author)"),
            # 10
            ("REQUEST", ("said", "It said:"), (("It", "It said:"),) + TWN_GOV, (None, "PRT", "GOV"), TPE,
             "1987-03-23", "day", None, "asserted", None,
             "Macao should be returned to the Republic of China on Taiwan (a demand; the party handing Macao over, "
             "Portugal, implied; EVENTS.md 2); DCT, Taipei"),
            # 11
            ("ACCUSE", "disregard", (None,) + TWN_GOV, ("the Portuguese government", "PRT", "GOV"), TPE,
             "1987-03-23", "day", None, "asserted", None,
             "the handover by the Portuguese government disregards the freedom, welfare and safety of Macao's "
             "Chinese (criticism, in the ministry statement's quote; own sentence, no reporting verb); DCT"),
        ],
        "skip": [
            ("hand over", "content of the agreement (RETREAT PRT -> CHN planned arguable, 30a)"),
            ("released", "content of the statement (release of details by unnamed parties)"),
            (("returned", "would be"), "content of the statement (the agreement's terms, 30a)"),
            ("issued", "statement by an unnamed issuer (STATEMENT arguable)"),
            (("give", "did not"), "withheld details by an unnamed issuer (STATEMENT negated arguable)"),
            (("expected", "as earlier"), "unattributed expectation"),
            (("talks", "The talks"), "anaphoric nominal (the negotiations)"),
            (("expected", "had been"), "unattributed expectation (content)"),
            ("focus", "content of the expectation"),
            ("Asked", "reporter's question"),
            ("takeover", "content of the question (the handover)"),
            (("talks", "problem in the"), "anaphoric nominal"),
            ("opposes", "generic standing policy (REJECT arguable)"),
            ("granting", "content (generic policy)"),
            ("requires", "generic domestic policy"),
            ("give up", "content (generic policy)"),
            (("returned", "should be"), "content of the request"),
            ("represent", "reason of the demand (ACCUSE TWN -> CHN arguable)"),
            (("handover", "The handover"), "anaphoric nominal (content of the accusation)"),
            (("help", "upmost to"), "vague pledge toward Macao's residents (AGREE/AID planned arguable)"),
            ("protect", "vague pledge toward Macao's residents (AGREE/AID planned arguable)"),
            ("claims", "stative (claim to rule all China)"),
            (("relations", "diplomatic"), "stative (no diplomatic relations)"),
        ],
        "entities": [
            ("Portuguese", "NORP", "PRT"),
            ("Macao", "GPE", "MAC"),
            (("China", "Macao to"), "GPE", "CHN"),
            ("Peking", "GPE", "CHN"),
            (("Portuguese", "Thursday,"), "NORP", "PRT"),
            (("Peking", "Ambassador to"), "GPE", "CHN"),
            ("Octavio Valerio", "PERSON", "PRT"),
            (("Valerio", "Valerio earlier"), "PERSON", "PRT"),
            (("Chinese", "returned to"), "NORP", "CHN"),
            (("Valerio", "with the results"), "PERSON", "PRT"),
            (("Chinese", "negotiations in the"), "NORP", "CHN"),
            (("Macao", "series on the"), "GPE", "MAC"),
            (("Portuguese", "40,000"), "NORP", "PRT"),
            (("Macao", "passport-holders among"), "GPE", "MAC"),
            (("Chinese", "nationality after the"), "NORP", "CHN"),
            (("Valerio", "the talks,"), "PERSON", "PRT"),
            (("China", "China traditionally"), "GPE", "CHN"),
            (("Chinese", "give up their"), "NORP", "CHN"),
            ("Taipei", "GPE", "TWN"),
            (("Taiwan", "In Taipei,"), "GPE", "TWN"),
            ("Foreign Ministry", "ORG", "TWN"),
            (("Macao", "agreement on the"), "GPE", "MAC"),
            (("Macao", "Macao should"), "GPE", "MAC"),
            ("Republic of China", "GPE", "TWN"),
            (("Taiwan", "Republic of China on"), "GPE", "TWN"),
            (("China", "because communist"), "GPE", "CHN"),
            (("China", "to represent"), "GPE", "CHN"),
            (("Chinese", "all the"), "NORP", "CHN"),
            (("Portuguese", "by the Portuguese"), "NORP", "PRT"),
            (("Chinese", "more than 400,000"), "NORP", "CHN"),
            (("Taiwan", "Taiwan's Kuomintang"), "GPE", "TWN"),
            ("Kuomintang", "ORG", "TWN"),
            ("Nationalist", "NORP", "TWN"),
            (("China", "claims to rule all"), "GPE", "CHN"),
            ("Portugal", "GPE", "PRT"),
        ],
    },
    "reuters21578-10675": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Nikko Securities"), ("a Nikko Securities Co Ltd currency trader",) + JPN_BUS, None,
             TOK,
             "1987-03-29", "day", None, "asserted", None,
             "the investors seem undecided and sidelined (assessment) by an employee of a named firm (37a); DCT from "
             "published_at (1987-03-29 23:43; dateline March 30), dateline city"),
        ],
        "skip": [
            ("motivated", "market activity by unnamed investors (content of dealers' talk)"),
            ("lighten", "market activity by unnamed investors"),
            ("expected", "anonymous forecast (dealers)"),
            ("spur", "content of anonymous talk"),
            (("said", "shares, dealers"), "anonymous-source talk (dealers)"),
            ("fell", "market-price movement"),
            ("recovered", "market-price movement"),
            (("selling", "were seen"), "market activity by unnamed investors"),
            ("accentuating", "market-price movement"),
            (("said", "securities house dealers"), "anonymous-source talk (dealers)"),
            ("sidelined", "content of the statement"),
            ("promote", "content of anonymous talk"),
            ("call back", "content of anonymous talk"),
            (("said", "bond managers"), "anonymous-source talk (securities bond managers)"),
            (("said", "They said major"), "anonymous-source talk (bond managers)"),
            ("held", "statistics (portfolio shares)"),
            ("lightened", "market activity by unnamed investors"),
        ],
        "entities": [
            ("Tokyo", "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "The key"), "GPE", "USA"),
            (("Tokyo", "early"), "GPE", "JPN"),
            ("New York", "GPE", "USA"),
            ("Nikko Securities Co Ltd", "ORG", "JPN"),
            (("U.S.", "low yields on"), "GPE", "USA"),
            (("Japanese", "They said major"), "NORP", "JPN"),
            (("U.S.", "portfolios in"), "GPE", "USA"),
            (("U.S.", "many have lightened their"), "GPE", "USA"),
        ],
    },
    "reuters21578-3109": {
        "events": [
            # 0
            ("SANCTION", "decision", ("Commerce Department",) + USA_GOV, ("Brazil", "BRA", "BUS"), None,
             "1987-03-10", "day", "tomorrow", "planned", None,
             "the final dumping duty decision on Brazilian frozen orange juice, expected to be issued tomorrow (an "
             "adverse ruling = SANCTION; hypothetical arguable); 'said' rule-3 attribution"),
            # 1
            ("SANCTION", ("set", "midnight tonight to"), ("the department",) + USA_GOV, (None, "BRA", "BUS"), None,
             "1987-03-09", "day", "midnight tonight", "planned", 0,
             "later mention: the department has until midnight tonight to set the duty (own time expression kept, "
             "EVENTS.md 21); 'They said' attribution"),
            # 2
            ("SANCTION", ("set", "8.54 pct was"), (None,) + USA_GOV, (None, "BRA", "BUS"), None,
             "1986-10-17", "day", "last Oct. 17", "asserted", None,
             "a preliminary duty of 8.54 pct was set last Oct. 17 (a distinct ruling; the department implied)"),
            # 3
            ("STATEMENT", ("said", "the officials said"), (("the officials", "information,"),) + USA_GOV, None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "the final duty will be based on more detailed information; wire style: DCT, dateline city"),
        ],
        "skip": [
            ("issued", "light verb of the decision"),
            (("said", "Commerce Department officials"), "rule-3 attribution (the duty decision is the event)"),
            (("said", "They said"), "rule-3 attribution (the duty setting is the event)"),
            ("make the finding public", "publication of the same ruling (STATEMENT planned arguable)"),
            ("based", "content of the statement"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Commerce Department", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
