"""Build ``own_blind66b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind66b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2146 left); 24 drawn with random.Random(66101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
33 event records (32 first mentions, 1 later mention), 77 not_annotated spans, 69 entity mentions
(GPE 35, ORG 19, PERSON 8, NORP 4, LOC 3); no article without events; 15999 (USDA Export Sales report on
U.S. corn to the USSR) and 14732 (API weekly stocks) have reporting-clause STATEMENTs only.
Types: STATEMENT 22, CONSULT 3, AGREE 3, COOPERATE 2, AID 2, ACCUSE 1; modality: asserted 26, planned 6,
negated 1; precision: day 22, unknown 10, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong skip anchor fixed). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span and are not ORG mentions ("The U.S. Secretary of Commerce Malcolm
Baldrige": GPE "U.S." + PERSON; "Treasury Secretary James Baker": PERSON only); company names are tagged
with their legal form and without angle brackets ("Racal-Guardata Inc.", "General Electric Information
Services Company"), tickers are not entities; the possessive 's is left out ("Brazil's", "Japan's",
"GE's"); "Reagan administration" gives PERSON "Reagan" (46a-48a); a government body with its country word
is one ORG span ("U.S. Agriculture Department"), as is "Export-Import Bank of Japan Ltd" (no nested GPE);
the named shipping conference "Europe South and South-East African Conference Lines" is one ORG span; in
"U.S.-USSR grain agreement" only "U.S." and "USSR" are tagged (12b); products ("Boeing 767 planes"),
documents (Export Sales report, the weekly statistical bulletin), currencies and the lower-case "contra
rebels" are not entities.
Countries: "U.S." GPE USA, Malcolm Baldrige / "Baldrige" and James Baker PERSON USA, Hong Kong GPE HKG,
Peking GPE CHN, Seoul GPE KOR, "Asian" NORP null; Owens-Corning Fiberglass Corp ORG USA (not stated in the
text; the dateline TOLEDO, Ohio and its U.S. ticker place it), Taiwan Glass Industries Corp ORG TWN, Taipei
GPE TWN; Iran GPE IRN, Reagan PERSON USA, New York Times ORG USA, Lawrence Walsh / "Walsh" PERSON USA (the
U.S. special prosecutor), Nicaragua GPE NIC, Congress ORG USA; Racal Electronics Plc / "Racal" and
Racal-Chubb ORG GBR (Plc, dateline LONDON), Racal-Guardata Inc. ORG USA ("of Orange County California"),
Orange County and California GPE USA, General Electric Information Services Company / "GE" ORG USA ("of the
U.S."); Boeing Co ORG USA, Brazil GPE BRA, Varig ORG BRA ("Brazil's Varig airline"), Japan GPE JPN,
Export-Import Bank of Japan Ltd ORG JPN, Canada CAN, France FRA, Italy ITA, Sweden SWE, the U.K. GBR, West
Germany DEU (GPE); the Soviet Union and USSR GPE SUN, the U.S. Agriculture Department ORG USA; "European"
NORP null, South Africa GPE ZAF, "British" NORP GBR, Antony Butterwick / "Butterwick" PERSON GBR ("British
shipping executive"), Europe South and South-East African Conference Lines ORG null (a conference of
several countries' lines), P and O Containers Ltd ORG GBR, Southern Africa and Europe LOC null; the American
Petroleum Institute / API ORG USA.

Judgement calls made here:
* 17231 (Baldrige in Hong Kong, DCT Mon 1987-04-27, HONG KONG): "Malcolm Baldrige said a further decline
  of the dollar would not be productive" is a STATEMENT USA GOV (an assessment), DCT, HONG KONG; '"He told
  reporters here that ... Baker "feels, and I feel the same way, that a further dollar fall would be
  counterproductive."' is its later mention (a quoted restatement of the lead, EVENTS.md 3; Baker's view
  relayed is content; a separate STATEMENT arguable); "Baldrige also said governments cannot determine
  long-term currency exchange rates" is a second STATEMENT, DCT. "The U.S. Commerce Secretary is in Hong
  Kong after stops in Peking and Seoul on an Asian trade tour" is a visit: CONSULT USA GOV -> Hong Kong
  (HKG GOV) on "tour" (present tense, no time expression of its own: undated, as the earlier sets' "is on
  the first leg of a tour"; DCT arguable) and CONSULT USA -> CHN and USA -> KOR on "stops" (split by host,
  EVENTS.md 12), asserted, undated.
* 19859 (Owens-Corning and Taiwan Glass, DCT Mon 1987-06-29, TOLEDO): "said it agreed with Taiwan Glass
  Industries Corp on the manufacture and distribution of its fiberglass reinforcements products under
  license" is AGREE USA BUS -> TWN BUS on "agreed", undated (rule 17), "said" rule-3 attribution;
  "the two firms will construct a new manufacturing plant ... outside Taipei" is COOPERATE USA BUS ->
  TWN BUS (joint construction by two named companies; actor1 anchored on "the two firms", Taiwan Glass
  implied), planned, undated, located at Taipei; its "said" is attribution (content of the agreement,
  skipped, arguable). "but it disclosed no terms of the deal" is a withheld STATEMENT (negated, EVENTS.md
  5), DCT; "It said the agreement will enhance its ability ..." is a STATEMENT (assessment), DCT, TOLEDO.
* 2984 (Iran arms indictments expected, DCT Mon 1987-03-09, NEW YORK): "The special prosecutor ... is
  expected to bring indictments that could include felony charges against senior Reagan administration
  officials, the New York Times reported" is ACCUSE USA GOV -> USA GOV on "indictments" (a formal criminal
  accusation; light verb "bring"), planned, undated (expected, no time expression), "reported" rule-3
  attribution, "charges" content. The Times's further reporting clauses are its own STATEMENTs (a
  newspaper is an identifiable ORG speaker, own_dev): "It quoted law enforcement officials ... as saying"
  (the officials are anonymous, "saying" skipped; the paper's quoting is the act), "The paper identified
  these as ...", "It said the prosecutor had not ruled out any suspects", "But the paper said Walsh ...
  was running short of time" and "The paper quoted one official as saying" (anonymous official): five
  STATEMENTs USA ORG, DCT (wire style), NEW YORK. Walsh "investigating the scandal" and "his investigation
  of the sale of arms to Iran" are investigations of a scandal with no target actor (own_dev's "probing";
  ACCUSE arguable); the arms sale to Iran, the diversion of funds and "U.S.-backed" are background
  nominals (COOPERATE USA -> IRN, SUPPORT/AID USA -> the contras arguable); "Congress has begun granting
  immunity to key figures" is an immunity grant (no clear type, own_dev) in a causal clause, skipped; the
  alleged crimes and the cover-up are content.
* 7179 (Racal's U.S. unit, DCT Thu 1987-03-19, LONDON): "Racal Electronics Plc announced the formation of
  a new company ... as well as a co-operative marketing agreement between the new company and General
  Electric Information Services Company" carries two propositions: the formation of a subsidiary (an
  internal corporate matter, no type) keeps "announced" as a STATEMENT GBR BUS (DCT, LONDON; attribution
  arguable), and the marketing agreement is AGREE on "agreement" between Racal-Guardata (USA BUS, "of
  Orange County California", anchored "the new company") and GE Information Services (USA BUS), a nominal
  with its own parties (EVENTS.md 11), undated (rule 17). "Racal said the new company ... will sell ...
  into the U.S." is a STATEMENT (sales into a market, no counterpart), DCT; "experts believe" is anonymous;
  "The agreement enables users ..." is anaphoric and stative.
* 5198 (Varig Boeing lease financing, DCT Mon 1987-03-16, TOKYO): every "said" is by banking sources
  (anonymous, skipped), but the actions have identifiable actors (53a's 10705): "State-affiliated financial
  institutions and commercial banks from eight countries are expected to lend a U.S. Leasing company 400
  mln dlrs" is AID (a loan, EVENTS.md 8), the multi-country group null BUS -> USA BUS, planned, undated;
  "six Boeing 767 planes that will be leased to Brazil's Varig airline" is COOPERATE USA BUS (the leasing
  company, anchored in the same sentence) -> BRA BUS (a relative clause with its own predication),
  planned, undated; "the purchase from Boeing Co" is a purpose-clause nominal (skipped; COOPERATE USA ->
  USA planned arguable). "The deal is expected to be signed in May" is AGREE planned, 1987-05 ("May",
  future month), between the implied lenders (null BUS) and the leasing company (USA BUS) (the lease
  parties USA -> BRA arguable); the deliveries are background. "Japan's share in the deal is expected to
  be about 14 mln dlrs, part of which will come from the Export-Import Bank of Japan Ltd" is AID JPN ->
  the leasing company (USA BUS, implied) on "share" (a nominal with its own predication; the Exim Bank's
  part, "come", is inside it and skipped), planned, undated; "Canada, France, Italy, Sweden, the U.K., U.S.
  And West Germany are also involved" is stative participation (skipped; seven AID records, one per
  country, arguable).
* 15999 (U.S. corn shipments to the USSR, DCT Thu 1987-04-09, WASHINGTON): "according to the U.S.
  Agriculture Department's latest Export Sales report" is a STATEMENT USA GOV on "report" (a report by a
  named author, 40b/26a), DCT, WASHINGTON; the shipments are statistics; "The USSR has purchased 2,825,600
  tonnes of U.S. corn, as of April 2" is the cumulative purchase total of the release (export statistics,
  as the earlier sets' cumulative commitments; COOPERATE SUN -> USA arguable); the U.S.-USSR grain
  agreement and its ended third year are background.
* 3285 (European shipping to South Africa, DCT Mon 1987-03-09, JOHANNESBURG): Butterwick is a British
  shipping executive (GBR BUS; he heads the conference and co-manages P and O Containers Ltd). "...,
  British shipping executive Antony Butterwick said" (export volume statistics) and "Butterwick told
  reporters that ... the shipping conference he heads will increase the frequency of sailings to South
  Africa as a 'very strong act of faith and confidence' in the country's future" are STATEMENTs, DCT,
  JOHANNESBURG; the increase itself is a service change by the conference with no typed counterpart
  (skipped; SUPPORT or COOPERATE toward ZAF, planned, arguable). "A statement issued by the conference
  here said frequency ... is being increased" is a STATEMENT by the conference (null ORG: a conference of
  several countries' lines) on "issued" (the statement's "said" is part of the reporting clause), DCT,
  JOHANNESBURG ("here"); '"This is the most positive development ...," it said' is a second STATEMENT
  (new content, EVENTS.md 3), actor "it" (the conference's statement), DCT.
* 14732 (API weekly stocks, DCT Tue 1987-04-07, WASHINGTON): five reporting clauses of the American
  Petroleum Institute (a trade association, USA ORG): "the American Petroleum Institute said", "In its
  weekly statistical bulletin, the oil industry trade group said", "It said", "API said" and "API added",
  all STATEMENTs (statistics release), DCT, WASHINGTON; every stock, run and import movement is statistics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind66b.jsonl"

HKG = ("HONG KONG", "HKG")
TOL = ("TOLEDO", "USA")
NYC = ("NEW YORK", "USA")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
JNB = ("JOHANNESBURG", "ZAF")

USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
USA_ORG = "USA", "ORG"
GBR_BUS = "GBR", "BUS"
TWN_BUS = "TWN", "BUS"

BALDRIGE_TITLE = ("The U.S. Commerce Secretary",) + USA_GOV
LEASING = ("a U.S. Leasing company",) + USA_BUS

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17231": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Malcolm Baldrige"), ("The U.S. Secretary of Commerce Malcolm Baldrige",) + USA_GOV,
             None, HKG, "1987-04-27", "day", None, "asserted", None,
             "a further decline of the dollar would not be productive (assessment); DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"),) + USA_GOV, None, HKG,
             "1987-04-27", "day", None, "asserted", 0,
             "quoted restatement of the lead ('a further dollar fall would be counterproductive', shared with "
             "Baker): later mention (EVENTS.md 3); told reporters 'here' = Hong Kong"),
            # 2
            ("STATEMENT", ("said", "Baldrige also"), (("Baldrige", "Baldrige also"),) + USA_GOV, None, HKG,
             "1987-04-27", "day", None, "asserted", None,
             "governments cannot determine long-term exchange rates (assessment); DCT"),
            # 3
            ("CONSULT", "tour", BALDRIGE_TITLE, (("Hong Kong", "is in"), "HKG", "GOV"), ("Hong Kong", "HKG"),
             None, "unknown", None, "asserted", None,
             "the Commerce Secretary is in Hong Kong on an Asian trade tour (visitor first); present tense, no time "
             "expression of its own: undated (as 'is on the first leg of a tour'; DCT arguable)"),
            # 4
            ("CONSULT", "stops", BALDRIGE_TITLE, ("Peking", "CHN", "GOV"), ("Peking", "CHN"),
             None, "unknown", None, "asserted", None,
             "earlier stop of the tour in Peking (split by host, EVENTS.md 12); 'after' gives no value: undated"),
            # 5
            ("CONSULT", "stops", BALDRIGE_TITLE, ("Seoul", "KOR", "GOV"), ("Seoul", "KOR"),
             None, "unknown", None, "asserted", None,
             "earlier stop of the tour in Seoul (split by host, EVENTS.md 12); undated"),
        ],
        "skip": [
            (("decline", "further"), "market-price movement (content of the statement)"),
            ("feels", "content of the statement (Baker's view relayed by Baldrige)"),
            (("feel", "and I"), "content of the statement"),
            ("determine", "content of the statement"),
            ("reflect", "content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Malcolm Baldrige", "PERSON", "USA"),
            ("James Baker", "PERSON", "USA"),
            (("Baldrige", "Baldrige also"), "PERSON", "USA"),
            (("U.S.", "The U.S. Commerce"), "GPE", "USA"),
            ("Hong Kong", "GPE", "HKG"),
            ("Peking", "GPE", "CHN"),
            ("Seoul", "GPE", "KOR"),
            ("Asian", "NORP", None),
        ],
    },
    "reuters21578-19859": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Owens-Corning Fiberglass Corp",) + USA_BUS,
             ("Taiwan Glass Industries Corp",) + TWN_BUS, None,
             None, "unknown", None, "asserted", None,
             "agreed with Taiwan Glass on licensed manufacture and distribution; no time expression: undated "
             "(rule 17); 'said' rule-3 attribution"),
            # 1
            ("COOPERATE", "construct", ("the two firms",) + USA_BUS, (None,) + TWN_BUS, ("Taipei", "TWN"),
             None, "unknown", None, "planned", None,
             "the two firms will build a plant outside Taipei (joint construction by two named companies; "
             "Owens-Corning first, Taiwan Glass implied); undated; 'said' attribution (content of the agreement "
             "arguable)"),
            # 2
            ("STATEMENT", "disclosed", (("it", "but it"),) + USA_BUS, None, TOL,
             "1987-06-29", "day", None, "negated", None,
             "disclosed no terms of the deal: withheld statement (EVENTS.md 5); DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "It said"), (("It", "It said"),) + USA_BUS, None, TOL,
             "1987-06-29", "day", None, "asserted", None,
             "the agreement will enhance its ability to serve the Asian market (assessment); DCT"),
        ],
        "skip": [
            (("said", "Corp said"), "rule-3 attribution (the agreement is the event)"),
            ("manufacture", "content of the agreement"),
            ("distribution", "content of the agreement"),
            ("license", "content of the agreement"),
            (("said", "The company said"), "rule-3 attribution (the construction is the event)"),
            ("deal", "anaphoric nominal (the agreement)"),
            (("agreement", "It said the"), "anaphoric nominal"),
            ("enhance", "content of the statement"),
            ("serve", "content of the statement"),
        ],
        "entities": [
            ("Owens-Corning Fiberglass Corp", "ORG", "USA"),
            ("Taiwan Glass Industries Corp", "ORG", "TWN"),
            ("Taipei", "GPE", "TWN"),
            ("Asian", "NORP", None),
        ],
    },
    "reuters21578-2984": {
        "events": [
            # 0
            ("ACCUSE", "indictments", ("The special prosecutor",) + USA_GOV,
             ("senior Reagan administration officials",) + USA_GOV, None,
             None, "unknown", None, "planned", None,
             "the special prosecutor is expected to bring indictments against senior administration officials "
             "(a formal criminal accusation; light verb 'bring'); expected: planned; no time expression: undated; "
             "'reported' rule-3 attribution"),
            # 1
            ("STATEMENT", "quoted", (("It", "It quoted"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "the Times quotes anonymous law enforcement officials on Walsh's focus (the officials' 'saying' "
             "skipped; the newspaper is an identifiable speaker, own_dev); DCT, dateline city"),
            # 2
            ("STATEMENT", "identified", (("The paper", "The paper identified"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None, "the three areas of the investigation; DCT"),
            # 3
            ("STATEMENT", ("said", "It said the prosecutor"), (("It", "It said the prosecutor"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None, "no suspect ruled out (content has no type); DCT"),
            # 4
            ("STATEMENT", ("said", "But the paper"), (("the paper", "But the paper"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None, "Walsh running short of time (assessment); DCT"),
            # 5
            ("STATEMENT", ("quoted", "The paper quoted"), (("The paper", "The paper quoted"),) + USA_ORG, None, NYC,
             "1987-03-09", "day", None, "asserted", None,
             "the paper quotes an anonymous official on the cover-up evidence (the official's 'saying' skipped); DCT"),
        ],
        "skip": [
            ("reported", "rule-3 attribution (the expected indictments are the event)"),
            ("charges", "content of the indictments (hypothetical)"),
            (("saying", "It quoted"), "anonymous-source talk (law enforcement officials), relayed by the paper"),
            (("investigation", "knowledge of the"), "anaphoric nominal"),
            ("investigating", "investigation of a scandal, no target actor (own_dev's 'probing'; ACCUSE arguable)"),
            ("focusing", "content of relayed anonymous talk"),
            ("conspiracy", "content of the statement (alleged crime)"),
            ("defraud", "content of the statement"),
            ("obstructing", "content of the statement"),
            ("false statements", "content of the statement"),
            ("ruled out", "content of the statement (stative: no suspect excluded)"),
            (("investigation", "in his"), "background nominal (investigation of a scandal; ACCUSE arguable)"),
            ("sale", "background nominal (arms sales to Iran; COOPERATE USA -> IRN arguable)"),
            ("diversion", "background nominal (diversion of funds to the contras)"),
            ("backed", "background (U.S. backing of the contras; SUPPORT/AID arguable)"),
            ("running short", "content of the statement"),
            ("granting", "immunity grant (no clear type, own_dev), in a causal clause"),
            ("speed up", "purpose clause"),
            (("investigations", "congressional"), "background nominal"),
            (("saying", "one official"), "anonymous-source talk (one official), relayed by the paper"),
            (("obstruction", "while"), "content of anonymous talk"),
            ("prove", "content of anonymous talk"),
            ("cover-up", "content of anonymous talk (ACCUSE by an anonymous official arguable)"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            ("Reagan", "PERSON", "USA"),
            ("New York Times", "ORG", "USA"),
            ("Lawrence Walsh", "PERSON", "USA"),
            (("Walsh", "But the paper"), "PERSON", "USA"),
            (("Iran", "arms to"), "GPE", "IRN"),
            ("U.S.", "GPE", "USA"),
            ("Nicaragua", "GPE", "NIC"),
            ("Congress", "ORG", "USA"),
        ],
    },
    "reuters21578-7179": {
        "events": [
            # 0
            ("STATEMENT", "announced", ("Racal Electronics Plc",) + GBR_BUS, None, LON,
             "1987-03-19", "day", None, "asserted", None,
             "announced the formation of a new U.S. company (an internal corporate matter, no type; the marketing "
             "agreement in the same clause is coded on its own; attribution arguable); DCT, dateline city"),
            # 1
            ("AGREE", "agreement", (("the new company", "between"),) + USA_BUS,
             ("General Electric Information Services Company",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "co-operative marketing agreement between Racal-Guardata (of Orange County California) and GE "
             "Information Services (a nominal with its own parties, EVENTS.md 11); no time expression: undated"),
            # 2
            ("STATEMENT", ("said", "Racal said"), (("Racal", "Racal said"),) + GBR_BUS, None, LON,
             "1987-03-19", "day", None, "asserted", None,
             "the new company will sell security devices into the U.S. (sales into a market, no counterpart); DCT"),
        ],
        "skip": [
            ("formation", "internal corporate matter (formation of a subsidiary)"),
            (("sell", "will"), "content of the statement (sales into a market, no counterpart)"),
            ("believe", "anonymous-source talk (experts)"),
            ("costing", "content of anonymous talk"),
            (("agreement", "The agreement enables"), "anaphoric nominal"),
            ("enables", "stative (effect of the agreement)"),
            ("combat", "content (purpose)"),
        ],
        "entities": [
            ("Racal Electronics Plc", "ORG", "GBR"),
            ("Racal-Guardata Inc.", "ORG", "USA"),
            ("Orange County", "GPE", "USA"),
            ("California", "GPE", "USA"),
            ("General Electric Information Services Company", "ORG", "USA"),
            (("U.S.", "Services Company"), "GPE", "USA"),
            (("Racal", "Racal said"), "ORG", "GBR"),
            ("Racal-Chubb", "ORG", "GBR"),
            (("U.S.", "into the"), "GPE", "USA"),
            (("GE", "users of"), "ORG", "USA"),
        ],
    },
    "reuters21578-5198": {
        "events": [
            # 0
            ("AID", "lend",
             ("State-affiliated financial institutions and commercial banks from eight countries", None, "BUS"),
             LEASING, None, None, "unknown", None, "planned", None,
             "banks from eight countries are expected to lend the U.S. leasing company 400 mln dlrs (a loan: AID, "
             "EVENTS.md 8; a multi-country group: null); expected: planned; undated; the banking sources' 'said' "
             "is anonymous"),
            # 1
            ("COOPERATE", "leased", LEASING, ("Varig",) + ("BRA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "the planes will be leased to Varig by the U.S. leasing company (a relative clause with its own "
             "predication); planned, undated"),
            # 2
            ("AGREE", "signed", (None, None, "BUS"), (None,) + USA_BUS, None,
             "1987-05", "month", "May", "planned", None,
             "the financing deal is expected to be signed in May (future month: 1987-05); parties implied: the "
             "lenders (null) and the U.S. leasing company (the lease parties USA -> BRA arguable)"),
            # 3
            ("AID", "share", ("Japan",) + ("JPN", "GOV"), (None,) + USA_BUS, None,
             None, "unknown", None, "planned", None,
             "Japan's share in the loan, about 14 mln dlrs, partly from the Export-Import Bank of Japan (a nominal "
             "with its own predication; actor2 the leasing company, implied); expected: planned; undated"),
        ],
        "skip": [
            ("finance", "purpose clause"),
            ("purchase", "purpose-clause nominal (the leasing company's purchase from Boeing; COOPERATE USA -> USA "
                         "planned arguable)"),
            (("said", "banking sources"), "anonymous-source talk (banking sources)"),
            (("deal", "The deal"), "anaphoric nominal (subject of the signing)"),
            ("covering", "content (term of the deal)"),
            ("deliveries", "background (deliveries with no named actor)"),
            (("deal", "share in the"), "anaphoric nominal"),
            ("come", "part of Japan's share (the Export-Import Bank's contribution, same JPN -> USA pair)"),
            (("said", "Japan Ltd, the sources"), "anonymous-source talk (the sources)"),
            ("involved", "stative participation of seven countries' lenders (AID per country arguable)"),
            (("said", "they said"), "anonymous-source talk (the sources)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Boeing Co", "ORG", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("Varig", "ORG", "BRA"),
            ("Japan", "GPE", "JPN"),
            ("Export-Import Bank of Japan Ltd", "ORG", "JPN"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            ("Italy", "GPE", "ITA"),
            ("Sweden", "GPE", "SWE"),
            ("U.K.", "GPE", "GBR"),
            (("U.S.", "U.K.,"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
        ],
    },
    "reuters21578-15999": {
        "events": [
            # 0
            ("STATEMENT", ("report", "Export Sales"), ("the U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "'according to the U.S. Agriculture Department's latest Export Sales report': a report by a named "
             "author (statistics release, 40b/26a); DCT, dateline city"),
        ],
        "skip": [
            (("shipped", "corn"), "statistics"),
            (("shipped", "106,200"), "statistics"),
            (("shipments", "no wheat"), "statistics"),
            ("purchased", "cumulative purchases as of April 2: export statistics (COOPERATE SUN -> USA arguable)"),
            ("delivery", "content (statistics)"),
            (("agreement", "grain"), "background nominal (the U.S.-USSR grain agreement)"),
            (("shipments", "Total"), "statistics"),
            (("ended", "which ended"), "background (the agreement year ended)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("USSR", "GPE", "SUN"),
            (("U.S.", "2,825,600"), "GPE", "USA"),
            (("U.S.", "fourth year"), "GPE", "USA"),
            (("USSR", "fourth year"), "GPE", "SUN"),
            (("U.S.", "third year"), "GPE", "USA"),
            (("USSR", "third year"), "GPE", "SUN"),
        ],
    },
    "reuters21578-3285": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Antony Butterwick"), ("British shipping executive Antony Butterwick",) + GBR_BUS,
             None, JNB, "1987-03-09", "day", None, "asserted", None,
             "European container exports to South Africa down 40 pct in two years (statistics); DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("Butterwick", "Butterwick told"),) + GBR_BUS, None, JNB,
             "1987-03-09", "day", None, "asserted", None,
             "the conference will increase sailings to South Africa as an act of faith (the increase is a service "
             "change with no typed counterpart: content; SUPPORT toward ZAF arguable); DCT"),
            # 2
            ("STATEMENT", "issued", (("the conference", "issued by"), None, "ORG"), None, JNB,
             "1987-03-09", "day", None, "asserted", None,
             "statement issued by the conference 'here' (a conference of several countries' lines: null): sailing "
             "frequency is being increased; DCT, Johannesburg"),
            # 3
            ("STATEMENT", ("said", "last operated"), (("it", "operated weekly"), None, "ORG"), None, JNB,
             "1987-03-09", "day", None, "asserted", None,
             "the conference's statement: the most positive shipping development in four years (new content, "
             "EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("declined", "statistics"),
            ("drop", "anaphoric (statistics)"),
            (("increase", "will"), "content of the statement (service increase by the conference; SUPPORT / "
                                   "COOPERATE toward ZAF, planned, arguable)"),
            ("act of faith", "content of the statement"),
            ("heads", "stative"),
            (("said", "conference here"), "part of the reporting clause (the issued statement's saying)"),
            (("increased", "is being"), "content of the statement"),
            (("operated", "service last"), "background"),
        ],
        "entities": [
            ("European", "NORP", None),
            ("South Africa", "GPE", "ZAF"),
            ("British", "NORP", "GBR"),
            ("Antony Butterwick", "PERSON", "GBR"),
            (("Butterwick", "Butterwick told"), "PERSON", "GBR"),
            (("South Africa", "sailings to"), "GPE", "ZAF"),
            ("Europe South and South-East African Conference Lines", "ORG", None),
            ("P and O Containers Ltd", "ORG", "GBR"),
            ("Southern Africa", "LOC", None),
            (("Europe", "Southern Africa/"), "LOC", None),
            (("South Africa", "shipping front"), "GPE", "ZAF"),
            (("Europe", "trading partners in"), "LOC", None),
        ],
    },
    "reuters21578-14732": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Petroleum Institute"), ("the American Petroleum Institute",) + USA_ORG, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "distillate stocks rose (statistics release by a trade association); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "trade group"), ("the oil industry trade group",) + USA_ORG, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "gasoline and crude stocks in the weekly statistical bulletin; DCT"),
            # 2
            ("STATEMENT", ("said", "It said"), (("It", "It said"),) + USA_ORG, None, WAS,
             "1987-04-07", "day", None, "asserted", None, "residual fuel stocks; DCT"),
            # 3
            ("STATEMENT", ("said", "API said"), (("API", "API said"),) + USA_ORG, None, WAS,
             "1987-04-07", "day", None, "asserted", None, "refinery runs and capacity use; DCT"),
            # 4
            ("STATEMENT", "added", (("API", "API added"),) + USA_ORG, None, WAS,
             "1987-04-07", "day", None, "asserted", None, "crude oil imports; DCT"),
        ],
        "skip": [
            (("rose", "primary storage"), "statistics"),
            ("bulletin", "part of the reporting clause"),
            (("rose", "gasoline stocks"), "statistics"),
            (("rose", "residual fuel"), "statistics"),
            (("rose", "refinery runs"), "statistics"),
            ("fell", "statistics"),
        ],
        "entities": [
            ("American Petroleum Institute", "ORG", "USA"),
            (("API", "API said"), "ORG", "USA"),
            (("API", "API added"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
