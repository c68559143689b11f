"""Build ``own_blind69b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind69b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2098 left); 24 drawn with random.Random(69101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
73 event records (63 first mentions, 10 later mentions), 122 not_annotated spans, 164 entity mentions
(ORG 61, GPE 39, NORP 31, PERSON 21, LOC 12); no article without events; 8671 (Japan EPA monthly report)
and 4897 (USDA counselor on Soviet livestock) have reporting-clause STATEMENTs only; 8015 (Elk Hills bid
awards) has one COOPERATE and one STATEMENT (the bidders are a verbless list).
Types: STATEMENT 38, ASSAULT 12, CONSULT 6, SUPPORT 4, ACCUSE 4, AGREE 2, COOPERATE 2, REJECT 2, REQUEST 1,
AID 1, THREATEN 1; modality: asserted 67, negated 5, planned 1; precision: day 50, unknown 17, month 6.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked: two wrong first matches fixed, a
"he" inside "the" and an "It also" of an earlier sentence). See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span and are not ORG mentions ("Treasury Secretary James Baker",
"Commerce Secretary Malcolm Baldrige": PERSON only; "Dutch coffee trade association chairman Frits van
Horick": NORP + PERSON); lower-case bodies are not entity spans ("the Colombian coffee producers
federation": NORP "Colombian" only; "high command", "a Senate committee" gives ORG "Senate"); company names
with their legal form, without angle brackets or tickers, the possessive 's left out ("Texaco Inc's",
"Chevron's", "Iran's", "Japan's"); "Reagan administration" gives PERSON "Reagan"; the capitalised bare
"Agency" (Japan's Economic Planning Agency) ORG JPN (earlier sets' bare "Agency"); "Paris" in "Paris accord"
GPE FRA (the accord is not an entity), the Paris Club ORG null; ships (Avaj, Khark-5), the Elk Hills Naval
Petroleum Reserve (a facility, as 20a's SPR and the Naval Petroleum Reserves), products and currencies are
not entities.
Countries: Saudi Arabia GPE SAU, "Saudi"/"Saudis" NORP SAU, Aramco / Aramco Corp ORG SAU (the text: "now
owned by Saudi Arabia"); Exxon Corp, Texaco Inc, Mobil Corp, Chevron Corp ORG USA; Petroleum Intelligence
Weekly / PIW and the Petroleum Industry Research Foundation Inc ORG USA, John Lichtblau / "Lichtblau"
PERSON USA (the text gives no country; the dateline NEW YORK places them, as 55a's Princeville); Reuters ORG
GBR; Japan GPE JPN, "Japanese" NORP JPN, the Economic Planning Agency / "Agency" ORG JPN; "Soviet" NORP SUN,
USSR, Moscow and the Soviet Union GPE SUN, the Agriculture Department ORG USA, "U.S." GPE USA; James Baker /
"Baker" PERSON USA, the Federal Reserve Board / "Fed" and the New York Times ORG USA, Brazil GPE BRA,
"Brazilian" NORP BRA; Malcolm Baldrige PERSON USA, Fujitsu Ltd / "Fujitsu" ORG JPN, Fairchild Semiconductor
Corp ORG USA ("U.S.-based"), Schlumberger Ltd ORG null (no nationality in the text, EVENTS.md 15; USA/FRA
arguable), the Semiconductor Industry Association, Senate and Economic Policy Council ORG USA, "American"
NORP USA, the United States GPE USA; Iraq and Baghdad GPE IRQ, "Iraqi" NORP IRQ, Iran GPE IRN, "Iranian"
(and the misspelt "Iranan") NORP IRN, Kharg / Kharg island and the Nowruz, Cyrus and Ardeshir oilfields LOC
IRN, the Gulf (also the lower-case "northern gulf") LOC null, London GPE GBR, Lloyds ORG GBR (as an earlier
set's "Lloyds"); Colombia and Bogota GPE COL, "Colombian" NORP COL, Jorge Cardenas / "Cardenas" PERSON COL,
Jon Rosenbaum / "Rosenbaum" PERSON USA, the International Coffee Organization / ICO ORG null, Europe LOC
null, "European" NORP null, "Dutch" NORP NLD, Frits van Horick PERSON NLD, Amsterdam GPE NLD; the U.S.
Department of Energy / DOE ORG USA, California GPE USA, the 20 Elk Hills bidder mentions (Texaco Inc, Texaco Trading
and Transport, Beacon Oil Co, ... Petro-Diamond) ORG USA (the text gives no country; a U.S. federal crude
sale with the dateline LOS ANGELES places them, as 55a's Princeville; null arguable under EVENTS.md 15).

Judgement calls made here:
* 17519 (Saudi renegotiation of the Aramco deal, DCT Mon 1987-06-01, NEW YORK): "Saudi Arabia's
  renegotiation of its collective agreement with Aramco ... is moving along ..., oil industry sources said"
  is CONSULT SAU GOV -> Aramco (SAU BUS: the last sentence says Saudi Arabia now owns it), a nominal with its
  own predication, undated (an ongoing process with no time expression, as set 17's standing "is
  seeking"; DCT arguable); the sources' "said" is anonymous. "Petroleum Intelligence Weekly, in this
  Monday's edition, said negotiations are moving along" is its later mention on "negotiations" (rule 3:
  PIW's "said" attribution; "this Monday's edition" dates the saying only). "The agreement signed in
  January" is AGREE SAU GOV -> Aramco (both implied), 1987-01 (a nominal with its own predication and date,
  EVENTS.md 11). "PIW said that one alternative under consideration is to revert to four individual
  contracts" and Lichtblau's three clauses (formality; the quote on following Saudi wants; volume rather
  than price) are STATEMENTs, DCT, NEW YORK (the splitter joins PIW's clause to the overlifting sentence:
  the text has no full stop after "contract"). "in April industry publications said that renegotiation
  were being sought" is REQUEST SAU GOV -> Aramco (both implied; pressure for renegotiation), 1987-04 (the
  report's month), the unnamed publications anonymous; "a fact later confirmed by Reuters with Aramco" is
  skipped (Aramco's confirmation, STATEMENT undated arguable); "Saudi displeasure ... has long been noted"
  is background (ACCUSE arguable). "now owned by Saudi Arabia which bought its assets" is COOPERATE SAU GOV
  -> Aramco ("its", the company acquired, as 53a's Stauffer), undated. Aramco's purchase terms, Texaco's
  overlifting and Exxon's underlifting are contract terms and market activity (skipped).
* 8671 (Japan's EPA monthly report, DCT Tue 1987-03-24, TOKYO): nine reporting clauses of the Economic
  Planning Agency and its officials ("said in a monthly report submitted to Cabinet ministers", "Agency
  officials said", "told reporters", "predicted" twice, "said" three times, "said one official"), all
  STATEMENT JPN GOV (officials of a named agency, EVENTS.md 4), DCT, TOKYO; production, exports and imports
  are statistics and forecasts (content).
* 4897 (USDA counselor on Soviet livestock, DCT Fri 1987-03-13, WASHINGTON): the counselor's two "said"
  and "an attache report said" (the counselor's report: a report by a named author, EVENTS.md 4) are
  STATEMENTs USA GOV, DCT (no report date), located at the officer's post, Moscow (55a's officer in Moscow);
  the figures "recently reported in a Soviet agriculture newspaper" have no named publisher (skipped, as
  55a's unnamed Soviet journal; STATEMENT SUN undated arguable); "analysts said" is anonymous; "an
  Agriculture Department analyst of the Soviet Union said", "The analyst said" and "he said" are STATEMENTs
  USA GOV (55a's USDA analysts), DCT, WASHINGTON.
* 7669 (Baker backs the Fed, DCT Fri 1987-03-20, WASHINGTON): "Baker said in a newspaper interview that he
  supports the current course of Federal Reserve Board monetary policy" is SUPPORT USA GOV -> the Fed (USA
  GOV): endorsement of another actor's course (own_dev's "encouraged by Tokyo's recent actions"; EVENTS.md
  6's defence of one's own policy does not apply; STATEMENT arguable), trigger "said" (the saying is the
  act; "supports" not listed), wire style: DCT; the quote '"The course of Fed policy is quite adequate ...,"
  Baker said in an interview with the New York Times' is its later mention (EVENTS.md 3). "Baker declined
  to comment about the recent Paris accord" is a withheld STATEMENT (negated, trigger "comment", 53a's
  "say"), DCT; "Baker said in the newspaper interview that it was 'a subject I prefer not to talk about'"
  is its later mention (negated). The question "why the U.S. agreed to stabilize the dollar" and "why the
  U.S. agreed to help maintain the dollar" in his conditional are content (the Paris accord a bare
  background nominal); "He said that if he explained ..." is a STATEMENT. "Baker was optimistic about
  Brazil" is stative (skipped); the quote behind it, '"They are, after all, paying on time all the debt
  service ... on their official debts, having just rescheduled with the Paris Club," Baker said', is
  SUPPORT USA GOV -> Brazil ("They", BRA GOV; praise; STATEMENT arguable), DCT; "having just rescheduled
  with the Paris Club" is AID Paris Club (null IGO, EVENTS.md 15) -> Brazil (a debt rescheduling, EVENTS.md
  8), undated ("just" gives no value). Brazil's stopped interest payments are the payment freeze (no type,
  EVENTS.md 10). "Baker said that Brazilian repreentatives had explained they intented to pay ... but needed
  time" is two STATEMENTs: Baker's (DCT) and the Brazilians' (BRA GOV, relayed pluperfect: undated; AGREE
  toward the banks or REQUEST for time arguable), as 55a's analyst relaying Izvestia.
* 1392 (Baldrige questions the Fujitsu deal, DCT Tue 1987-03-03, WASHINGTON): "Baldrige said he felt a
  proposed takeover by Japan's Fujitsu Ltd of U.S.-based Fairchild ... should be carefully reviewed" is
  ACCUSE USA GOV -> Fujitsu Ltd (JPN BUS): calling for a review of a party's deal is criticism (an earlier
  set's "repeated U.S. concern about an attempted takeover by Japan's Fujitsu" = ACCUSE toward JPN; REQUEST
  toward the U.S. reviewers arguable), trigger "said", DCT; the proposed takeover is a background nominal
  (COOPERATE JPN -> USA planned arguable). "He told the Semiconductor Industry Association the deal would
  soon be discussed by ... several different government departments" is a STATEMENT (an internal review of
  one government: no type). "The Reagan administration has previously expressed concern that the proposed
  takeover would make Fujitsu a powerful part of the U.S. market" is ACCUSE USA GOV -> Fujitsu, trigger
  "concern" (the noun after the light verb), undated (perfect with "previously", set 15). "U.S. defense
  officials have said they were worried semiconductor technology could be transferred out of the United
  States, ... giving Japanese-made products an edge" is ACCUSE USA MIL -> the implied Fujitsu (JPN BUS;
  concern about the same takeover; STATEMENT arguable), "have said" takes the DCT (EVENTS.md 16). "Baker
  recently told a Senate committee the proposed takeover would be reviewed by the ... Economic Policy
  Council" is a STATEMENT (an internal review), undated ("recently" gives no value and excludes the DCT),
  no location. "Japan has not bought any American-made supercomputers" is content of the concern.
* 8440 (Iraqi raids on a supertanker and Iranian oil sites, DCT Mon 1987-03-23, BAGHDAD): "Iraq said today
  its warplnes had attacked a supertanker and four Iranian oil sites" is two ASSAULT records (EVENTS.md 12
  split: the supertanker, nationality not given, actor2 country null; the four Iranian oil sites, IRN BUS),
  IRQ MIL, dated today as 17117's "Iraq said today its warplanes had attacked" (and "today's supertanker
  attack" later), "said" rule-3 attribution; "and vowed to keep up such raids until the Gulf war ends" is
  THREATEN IRQ GOV -> the implied Iran (IRN GOV), today, BAGHDAD. The communique's "warplanes hit the
  western jetty at Iran's Kharg island oil terminal" and "struck a supertanker nearby" are later mentions
  of the two attacks (the jetty one of the four oil sites), as is "Iraqi warplanes also struck Iran's
  offshore oilfields at Nowruz, Cyrus and Ardeshir" (the other three). "was last raided in January" is
  ASSAULT (implied IRQ MIL) -> the Kharg terminal, 1987-01; "attacked about 135 times since August 1985"
  and "have been raided several times in the past three years" are aggregates (skipped). "The communique
  did not identify the supertanker" is a withheld STATEMENT (negated; a communique is its command's speech
  act, IRQ MIL, as earlier sets' Iraqi communiques), and "but said columns of smoke were seen" a STATEMENT
  (the attack's effect, no new typed act), both DCT. Lloyds' "the Iranian tanker Avaj was hit on Saturday"
  is ASSAULT (implied IRQ MIL) -> the Avaj (IRN BUS), 1987-03-21 (the Saturday before Mon 03-23), Lloyds'
  "said" attribution; "when Iraq reported an earlier Gulf attack" is skipped ("reported" attribution of the
  attack, STATEMENT IRQ 1987-03-21 arguable; "attack" presumably the Avaj hit, later mention arguable).
  "The last confirmed Iraqi attack took place on March eight" is ASSAULT IRQ MIL -> the Iranian tanker
  Khark-5, 1987-03-08 (a nominal with its own predication and date), and the when-clause "was hit south of
  Kharg" its later mention (another clause). "A second high command communique today said Iraqi warplanes
  flew 94 sorties against Iranan targets" is ASSAULT IRQ MIL -> IRN MIL on "sorties" (the noun after the
  light verb), today (as the lead). "It also reported a clash between Iraqi naval units and several Iranian
  boats" is ASSAULT IRQ MIL -> IRN MIL (first-named party first), undated (no time expression in its
  sentence, rule 17; today arguable), "Two Iranian boats wer destroyed" its later mention ("sunk" the same
  act; "the others fled" skipped, RETREAT arguable). Baghdad "hailed" Iran's failure at yesterday's
  celebrations is a background relative clause (skipped; STATEMENT IRQ 1987-03-22 arguable); the
  unconfirmed "other raids on shipping reported by Baghdad" are a background nominal (skipped); "Oil
  sources said" is anonymous; the boats "carrying men to attack an Iraqi oil terminal" is a purpose clause.
* 19387 (U.S. on Colombia and coffee quotas, DCT Fri 1987-06-19, WASHINGTON): "A U.S. government trade
  official responsible for coffee policy said" is a STATEMENT USA GOV (an identifiable official), DCT.
  "Jon Rosenbaum ... just back from trade talks in Colombia" is CONSULT USA GOV -> the implied Colombian
  government (a nominal with its own predication), undated ("just" gives no value), located in Colombia;
  "He said that during the visit to Bogota he held technical discussions with Colombian officials" is its
  later mention on "discussions" (actor2 "Colombian officials"; "He said" rule-3 attribution, a past
  meeting; "visit" anaphoric). Rosenbaum's "said" clauses on producers' acceptance of criteria, the quote
  "There is one country which evidently still does not" (ACCUSE -> BRA arguable) and the hard-to-predict
  outlook are STATEMENTs, DCT. "Brazil, which has been negative recently on a reintroduction of quotas" is
  REJECT BRA GOV, no actor2, undated (a standing position, as EVENTS.md 17's standing criticism). "the
  September International Coffee Organization meeting" is CONSULT ICO (null IGO, no actor2), planned,
  1987-09 (a nominal with its own date). "While he did not meet with Jorge Cardenas, head of the Colombian
  coffee producers federation" is CONSULT USA GOV -> Cardenas (COL ORG) negated, undated (inside the
  undated visit); "Cardenas left a 'positive letter'" is a STATEMENT COL ORG on "letter" (SUPPORT -> USA
  arguable), relayed: undated; the trailing "Rosenbaum said" is a STATEMENT (DCT), and "The Cardenas letter
  responded to a U.S. letter" the letter's later mention. The U.S. letter "last month which praised Colombia
  for trying to find a compromise formula" is SUPPORT USA GOV -> COL GOV, 1987-05, and "but outlined several
  concerns with the technical details of the Colombian plan" ACCUSE USA GOV -> COL GOV on "concerns",
  1987-05. "Rosenbaum could not be reached later in the day for comment" is a withheld STATEMENT (negated,
  EVENTS.md 5's "unavailable for comment"), dated 1987-06-19 by "later in the day". "a new formula ... agreed
  to by European coffee roasters and traders" is AGREE by a group with no country (null BUS, no actor2, as
  the Paris accord's group), undated. Van Horick's "said in Amsterdam" is a STATEMENT NLD ORG (chairman of a
  trade association), DCT, Amsterdam. "The U.S. has said it will not agree to any coffee quotas unless
  'objective criteria' ... are used" is REJECT USA GOV (a conditional refusal is itself asserted), no
  actor2, "has said" takes the DCT (EVENTS.md 16). The Colombian "efforts to bridge differences" are a
  background nominal with no clear type.
* 8015 (Elk Hills crude bids, DCT Fri 1987-03-20, LOS ANGELES): "The U.S. Department of Energy said it has
  awarded bids for about 90,000 bpd of crude oil from the Elk Hills Naval Petroleum Reserve" is COOPERATE
  USA GOV -> the successful bidders (implied, USA BUS; own_dev's contract awards), undated (present perfect,
  rule 17), "said" rule-3 attribution; "The contract period runs from April one through July one, the DOE
  said" is a STATEMENT (contract terms: no type), DCT, LOS ANGELES. The bidders are a verbless list
  "according to the DOE" (skipped: one COOPERATE per bidder arguable; "according to" attribution of a DOE
  document).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind69b.jsonl"

NYC = ("NEW YORK", "USA")
TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
BAG = ("BAGHDAD", "IRQ")
LA = ("LOS ANGELES", "USA")
MOSCOW_TXT = ("Moscow", "SUN")
KHARG = ("Kharg island", "IRN")
GULF = ("Gulf", None)

SAU_GOV = "SAU", "GOV"
SAU_BUS = "SAU", "BUS"
USA_ORG = "USA", "ORG"
USA_GOV = "USA", "GOV"
USA_MIL = "USA", "MIL"
USA_BUS = "USA", "BUS"
JPN_GOV = "JPN", "GOV"
JPN_BUS = "JPN", "BUS"
BRA_GOV = "BRA", "GOV"
IRQ_MIL = "IRQ", "MIL"
IRN_BUS = "IRN", "BUS"
IRN_MIL = "IRN", "MIL"
COL_GOV = "COL", "GOV"
COL_ORG = "COL", "ORG"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17519": {
        "events": [
            # 0
            ("CONSULT", "renegotiation", ("Saudi Arabia",) + SAU_GOV, ("Aramco",) + SAU_BUS, None,
             None, "unknown", None, "asserted", None,
             "Saudi Arabia's renegotiation of its agreement with Aramco 'is moving along' (a nominal with its own "
             "predication; negotiations = CONSULT); reported by anonymous oil industry sources (their 'said' "
             "skipped); ongoing, no time expression: undated (a standing process, set 17's 'is seeking'; DCT "
             "arguable); Aramco SAU (owned by Saudi Arabia, last sentence)"),
            # 1
            ("CONSULT", ("negotiations", "edition,"), (None,) + SAU_GOV, (None,) + SAU_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention: PIW said negotiations are moving along (rule 3: the negotiations are the event, PIW's "
             "'said' attribution); 'this Monday's edition' dates the saying; undated as the first mention"),
            # 2
            ("AGREE", "signed", (None,) + SAU_GOV, (None,) + SAU_BUS, None,
             "1987-01", "month", "in January", "asserted", None,
             "the agreement signed in January (a nominal with its own predication and date, EVENTS.md 11); the "
             "signatories implied: Saudi Arabia and Aramco (S1's 'collective agreement with Aramco'); past month "
             "before June 1987 = 1987-01"),
            # 3
            ("STATEMENT", ("said", "PIW"), ("PIW",) + USA_ORG, None, NYC,
             "1987-06-01", "day", None, "asserted", None,
             "PIW (Petroleum Intelligence Weekly, a trade newsletter: ORG; dateline places it) on an alternative "
             "under consideration (content: no type); DCT, dateline city"),
            # 4
            ("STATEMENT", ("said", "Foundation Inc"), ("John Lichtblau",) + USA_ORG, None, NYC,
             "1987-06-01", "day", None, "asserted", None,
             "Lichtblau (director of a research foundation: ORG) assesses the renegotiation as a formality; DCT"),
            # 5
            ("STATEMENT", ("said", "the long"), (("he", "haul,"),) + USA_ORG, None, NYC,
             "1987-06-01", "day", None, "asserted", None,
             "quote: the companies will probably follow Saudi wants (forecast); DCT"),
            # 6
            ("STATEMENT", ("said", "Lichtblau said that the"), (("Lichtblau", "Lichtblau said that the"),) + USA_ORG,
             None, NYC, "1987-06-01", "day", None, "asserted", None,
             "forecast: renegotiations will concentrate on volume; DCT"),
            # 7
            ("REQUEST", "sought", (None,) + SAU_GOV, (None,) + SAU_BUS, None,
             "1987-04", "month", "in April", "asserted", None,
             "renegotiation was being sought (by Saudi Arabia, from Aramco: pressure for renegotiation = REQUEST, "
             "both implied), placed in April by the publications' report (past month = 1987-04); the unnamed "
             "'industry publications' are anonymous (their 'said' skipped)"),
            # 8
            ("COOPERATE", "bought", (("Saudi Arabia", "now\nowned by"),) + SAU_GOV, (("its", "which bought"),) + SAU_BUS,
             None, None, "unknown", None, "asserted", None,
             "Saudi Arabia bought Aramco's assets (an acquisition, toward the company acquired, as 53a's "
             "Stauffer); a relative clause with its own predication, no time expression: undated (rule 17)"),
        ],
        "skip": [
            (("said", "industry\nsources"), "anonymous-source talk (oil industry sources)"),
            ("lead to", "content (forecast of anonymous sources)"),
            (("said", "edition,"), "rule-3 attribution (the negotiations are the event)"),
            ("adjustment", "content of the negotiations"),
            ("rearranged", "content (hypothetical)"),
            (("renegotiation", "is up for"), "anaphoric nominal (stative: the agreement is up for renegotiation)"),
            (("purchase", "Aramco was to"), "terms of the contract (stative content)"),
            ("overlifting", "market activity under the contract (no type)"),
            ("underlift", "market activity under the contract (no type)"),
            ("revert", "content of PIW's statement (an option under consideration)"),
            (("renegotiation", "said that renegotiation"), "anaphoric nominal"),
            (("negotiations", "one on one"), "content (hypothetical)"),
            ("follow", "content of the quote"),
            ("antagonize", "content of the quote"),
            (("renegotiations", "the renegotiations"), "anaphoric nominal"),
            ("concentrate", "content of the forecast"),
            ("displeasure", "standing Saudi displeasure 'has long been noted' (background; ACCUSE SAU undated "
                            "arguable)"),
            (("said", "industry publications"), "anonymous-source talk (unnamed industry publications)"),
            (("renegotiation", "publications said that"), "content of the request"),
            ("confirmed", "a fact confirmed by Reuters with Aramco (Aramco's confirmation: STATEMENT SAU undated "
                          "arguable)"),
            (("owned", "formerly"), "stative"),
            (("agreements", "various"), "stative (standing agreements)"),
        ],
        "entities": [
            ("Saudi Arabia", "GPE", "SAU"),
            ("Aramco", "ORG", "SAU"),
            ("Petroleum Intelligence Weekly", "ORG", "USA"),
            (("Aramco", "January contract"), "ORG", "SAU"),
            ("Exxon Corp", "ORG", "USA"),
            ("Texaco Inc", "ORG", "USA"),
            ("Mobil Corp", "ORG", "USA"),
            ("Chevron Corp", "ORG", "USA"),
            (("Texaco Inc", "overlifting by"), "ORG", "USA"),
            (("Exxon Corp", "companies like"), "ORG", "USA"),
            ("PIW", "ORG", "USA"),
            ("John Lichtblau", "PERSON", "USA"),
            ("Petroleum Industry Research Foundation Inc", "ORG", "USA"),
            ("Saudis", "NORP", "SAU"),
            (("Saudi", "follow the"), "NORP", "SAU"),
            (("Lichtblau", "Lichtblau said that the"), "PERSON", "USA"),
            (("Saudi", "concentrate on volume"), "NORP", "SAU"),
            ("Reuters", "ORG", "GBR"),
            (("Aramco", "Reuters with"), "ORG", "SAU"),
            ("Aramco Corp", "ORG", "SAU"),
            (("Chevron Corp", "formerly owned by"), "ORG", "USA"),
            (("Exxon Corp", "formerly owned by"), "ORG", "USA"),
            (("Mobil Corp", "formerly owned by"), "ORG", "USA"),
            (("Texaco Inc", "formerly owned by"), "ORG", "USA"),
            (("Saudi Arabia", "now\nowned by"), "GPE", "SAU"),
            (("Saudi Arabia", "various agreements"), "GPE", "SAU"),
        ],
    },
    "reuters21578-8671": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Planning Agency"), ("the Economic Planning Agency",) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None,
             "the agency's monthly report: the economy may bottom out soon (assessment); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Agency officials"), ("Agency officials",) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None,
             "officials of a named agency (EVENTS.md 4): bottoming out depends on the yen; DCT"),
            # 2
            ("STATEMENT", "told", ("The officials",) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None, "forecast of industrial production; DCT"),
            # 3
            ("STATEMENT", "predicted", ("The Agency",) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None, "forecast: production to grow 2.5 pct; DCT"),
            # 4
            ("STATEMENT", ("said", "rose 2.7 pct"), (("the officials", "rose 2.7 pct"),) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None, "largest rise since 1984 (statistics); DCT"),
            # 5
            ("STATEMENT", ("said", "They also"), (("They", "They also"),) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None, "exports a mixed blessing (assessment); DCT"),
            # 6
            ("STATEMENT", ("said", "current levels, the officials"), (("the officials", "current levels,"),) + JPN_GOV,
             None, TOK, "1987-03-24", "day", None, "asserted", None, "exports contracted, likely to grow; DCT"),
            # 7
            ("STATEMENT", ("predicted", "They predicted"), (("They", "They predicted"),) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None, "forecast: exports to rise 2.3 pct; DCT"),
            # 8
            ("STATEMENT", ("said", "not expanding,"), ("one official",) + JPN_GOV, None, TOK,
             "1987-03-24", "day", None, "asserted", None,
             "quote: imports are not expanding (an official of a named agency); DCT"),
        ],
        "skip": [
            ("remains", "stative"),
            ("bottom out", "content of the report"),
            ("submitted", "part of the reporting clause (the report to Cabinet ministers)"),
            ("depends", "content of the statement"),
            ("turn positive", "content (forecast)"),
            ("raising hopes", "content"),
            (("grow", "will"), "content of the forecast"),
            (("falling", "after"), "statistics"),
            (("rose", "output"), "statistics"),
            ("contribute", "content of the statement"),
            (("increase the chance", "would"), "content of the statement"),
            ("contracted", "statistics"),
            ("stabilizes", "condition"),
            (("increase", "exports will"), "content of the forecast"),
            ("expanding", "content of the quote"),
            (("fell", "Imports"), "statistics"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Economic Planning Agency", "ORG", "JPN"),
            (("Agency", "immediate future,"), "ORG", "JPN"),
            (("Agency", "The Agency predicted"), "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
        ],
    },
    "reuters21578-4897": {
        "events": [
            # 0
            ("STATEMENT", ("said", "counselor in Moscow"), ("the U.S. agriculture counselor in Moscow",) + USA_GOV,
             None, MOSCOW_TXT, "1987-03-13", "day", None, "asserted", None,
             "the USDA counselor (an official of a named government): Soviet herds possibly in better shape "
             "(assessment); DCT; located at the officer's post (55a's officer in Moscow)"),
            # 1
            ("STATEMENT", ("said", "attache report"), ("an attache report",) + USA_GOV, None, MOSCOW_TXT,
             "1987-03-13", "day", None, "asserted", None,
             "the counselor's attache report (a report by a named author, EVENTS.md 4) relays a Soviet newspaper's "
             "procurement figures; no report date: DCT, the officer's post"),
            # 2
            ("STATEMENT", ("said", "livestock product"), (("the counselor", "livestock product"),) + USA_GOV, None,
             MOSCOW_TXT, "1987-03-13", "day", None, "asserted", None,
             "quote: procurement levels surprisingly normal (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "analyst of the Soviet Union"),
             ("an Agriculture Department\nanalyst of the Soviet Union",) + USA_GOV, None, WAS,
             "1987-03-13", "day", None, "asserted", None,
             "an analyst of a named government body (55a's USDA analysts): January procurement statistics; DCT, "
             "dateline city"),
            # 4
            ("STATEMENT", ("said", "The analyst said"), ("The analyst",) + USA_GOV, None, WAS,
             "1987-03-13", "day", None, "asserted", None, "weather and feeding explain the rise (assessment); DCT"),
            # 5
            ("STATEMENT", ("said", "in good"), (("he", "in good shape,"),) + USA_GOV, None, WAS,
             "1987-03-13", "day", None, "asserted", None, "quote: livestock in good shape; DCT"),
        ],
        "skip": [
            (("expected", "better shape than"), "content of the statement"),
            ("reported", "publication by an unnamed Soviet agriculture newspaper, relayed (STATEMENT SUN undated "
                         "arguable; 55a's unnamed Soviet journal)"),
            (("indicating", "winter ..."), "content of the quote"),
            (("said", "grain imports,"), "anonymous-source talk (analysts)"),
            ("impact", "content of anonymous talk"),
            (("indicating", "1.6 pct,"), "content (statistics)"),
            ("easing", "weather (no actor)"),
            ("account for", "content of the statement"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("Moscow", "GPE", "SUN"),
            (("Soviet", "reported in a"), "NORP", "SUN"),
            (("Soviet", "will keep"), "NORP", "SUN"),
            ("USSR", "GPE", "SUN"),
            ("Agriculture Department", "ORG", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("Soviet", "no question that the"), "NORP", "SUN"),
        ],
    },
    "reuters21578-7669": {
        "events": [
            # 0
            ("SUPPORT", ("said", "James Baker"), ("Treasury Secretary James Baker",) + USA_GOV,
             ("Federal Reserve Board",) + USA_GOV, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "Baker supports the course of the Fed's monetary policy: endorsement of another actor's course (own_dev's "
             "'encouraged by Tokyo's recent actions'; not EVENTS.md 6's defence of one's own policy; STATEMENT "
             "arguable); the saying is the act (EVENTS.md 1), 'supports' not listed; newspaper interview, wire "
             "style: DCT, dateline city"),
            # 1
            ("SUPPORT", ("said", "concerned,"), (("Baker", "concerned,"),) + USA_GOV, (("Fed", "The course of"),) + USA_GOV,
             WAS, "1987-03-20", "day", None, "asserted", 0,
             "later mention: the quote restating the paraphrase (EVENTS.md 3)"),
            # 2
            ("STATEMENT", "comment", (("Baker", "In the interview,"),) + USA_GOV, None, WAS,
             "1987-03-20", "day", None, "negated", None,
             "declined to comment about the Paris accord: a withheld statement (EVENTS.md 5, trigger on 'comment' as "
             "53a's 'say'); in the interview: DCT"),
            # 3
            ("STATEMENT", ("said", "Baker said in the newspaper"), (("Baker", "Baker said in the newspaper"),) + USA_GOV,
             None, WAS, "1987-03-20", "day", None, "negated", 2,
             "later mention: 'a subject I prefer not to talk about' restates the withheld comment (negated, as its "
             "first mention)"),
            # 4
            ("STATEMENT", ("said", "He said that if"), (("He", "He said that if"),) + USA_GOV, None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "explaining would lead into private agreements (assessment; the agreements and the explaining are "
             "content); DCT"),
            # 5
            ("SUPPORT", ("said", "Paris Club,"), (("Baker", "Paris Club,"),) + USA_GOV, (("They", "commercial banks."),)
             + BRA_GOV, WAS, "1987-03-20", "day", None, "asserted", None,
             "'They are, after all, paying on time all the debt service ... on their official debts': praise of "
             "Brazil (the quote behind 'Baker was optimistic about Brazil'; STATEMENT arguable); DCT"),
            # 6
            ("AID", "rescheduled", ("the Paris Club", None, "IGO"), (("They", "commercial banks."),) + BRA_GOV, None,
             None, "unknown", None, "asserted", None,
             "Brazil 'having just rescheduled with the Paris Club': a debt rescheduling = AID (EVENTS.md 8), the Paris "
             "Club the giver (null/IGO, EVENTS.md 15), Brazil the recipient; 'just' gives no value: undated"),
            # 7
            ("STATEMENT", ("said", "Baker said that Brazilian"), (("Baker", "Baker said that Brazilian"),) + USA_GOV,
             None, WAS, "1987-03-20", "day", None, "asserted", None,
             "relays what Brazilian representatives had explained (55a's analyst relaying Izvestia: both coded); DCT"),
            # 8
            ("STATEMENT", ("explained", "repreentatives had"), ("Brazilian repreentatives",) + BRA_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "Brazilian representatives had explained they intended to pay in full but needed time (relayed, "
             "pluperfect: undated; AGREE toward the banks or REQUEST for time arguable)"),
        ],
        "skip": [
            (("accord", "recent Paris"), "bare background nominal (the Paris accord: no date here)"),
            ("asked", "a question (the newspaper's)"),
            (("agreed", "asked why"), "content of a question"),
            ("stabilize", "content of a question"),
            (("hit", "trade deficit"), "statistics"),
            (("talk about", "prefer not to"), "content of the quote"),
            (("explained", "if he"), "condition"),
            (("agreed", "if he explained"), "content (the U.S. role in the Paris accord, background)"),
            (("agreements", "private"), "background nominal"),
            (("support", "agreements that"), "content of the quote"),
            ("optimistic", "stative (the attitude the quote that follows expresses; SUPPORT -> BRA arguable, coded "
                           "on the quote's 'said')"),
            ("stopped", "Brazil's payment freeze (no matching type, EVENTS.md 10)"),
            ("paying", "debt service (no type; content of the praise)"),
            (("pay", "intented to"), "content of the explanation"),
            ("needed", "content of the explanation"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("Federal Reserve Board", "ORG", "USA"),
            (("Fed", "The course of"), "ORG", "USA"),
            (("Baker", "concerned,"), "PERSON", "USA"),
            ("New York Times", "ORG", "USA"),
            (("Baker", "In the interview,"), "PERSON", "USA"),
            ("Paris", "GPE", "FRA"),
            (("U.S.", "asked why"), "GPE", "USA"),
            (("Baker", "record level last year"), "PERSON", "USA"),
            (("U.S.", "explained why the"), "GPE", "USA"),
            (("Baker", "on the dollar."), "PERSON", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("Paris Club", "ORG", None),
            (("Baker", "Paris Club,"), "PERSON", "USA"),
            (("Baker", "Baker said that Brazilian"), "PERSON", "USA"),
            ("Brazilian", "NORP", "BRA"),
        ],
    },
    "reuters21578-1392": {
        "events": [
            # 0
            ("ACCUSE", ("said", "Malcolm Baldrige"), ("Commerce Secretary Malcolm Baldrige",) + USA_GOV,
             ("Fujitsu Ltd",) + JPN_BUS, WAS, "1987-03-03", "day", None, "asserted", None,
             "questions the proposed Fujitsu takeover: it 'should be carefully reviewed' (calling for a review of a "
             "party's deal = criticism/investigation, as an earlier set's 'repeated U.S. concern about an attempted "
             "takeover by Japan's Fujitsu' = ACCUSE toward JPN; REQUEST toward the U.S. reviewers arguable); the "
             "saying is the act; DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "Schlumberger"),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "told the Semiconductor Industry Association the deal will be discussed by several departments (an "
             "internal review of one government: no type); the audience is not an actor2; DCT"),
            # 2
            ("ACCUSE", "concern", ("The Reagan administration",) + USA_GOV, (("Fujitsu", "would make"),) + JPN_BUS, None,
             None, "unknown", None, "asserted", None,
             "has previously expressed concern that the takeover would make Fujitsu powerful in the U.S. market "
             "(concern = criticism, as above); perfect with 'previously' (no value): undated (set 15)"),
            # 3
            ("ACCUSE", ("said", "defense officials have"), ("U.S. defense officials",) + USA_MIL, (None,) + JPN_BUS, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "U.S. defense officials have said they were worried technology could be transferred out, giving "
             "Japanese-made products an edge: concern about the same takeover (target implied: Fujitsu, JPN BUS; "
             "STATEMENT arguable); 'have said' takes the DCT (EVENTS.md 16)"),
            # 4
            ("STATEMENT", ("told", "recently"), ("Treasury Secretary James Baker",) + USA_GOV, None, None,
             None, "unknown", "recently", "asserted", None,
             "Baker told a Senate committee the takeover would be reviewed by the Economic Policy Council (an "
             "internal review: no type); 'recently' gives no value and excludes the DCT: undated"),
        ],
        "skip": [
            ("felt", "part of the reporting clause"),
            (("takeover", "a proposed"), "background nominal (Fujitsu's proposed takeover of Fairchild; COOPERATE "
                                         "JPN -> USA planned arguable)"),
            (("reviewed", "carefully"), "content of the criticism"),
            ("discussed", "internal discussion by one government's departments (planned; content)"),
            (("takeover", "concern that the proposed"), "content of the concern"),
            ("bought", "content of the concern (Japan has not bought U.S. supercomputers; COOPERATE negated "
                       "arguable)"),
            ("transferred", "content of the concern"),
            ("giving", "content of the concern"),
            (("takeover", "committee the proposed"), "content of the statement"),
            (("reviewed", "would be reviewed"), "internal review by one government's council (content)"),
        ],
        "entities": [
            ("Malcolm Baldrige", "PERSON", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Fujitsu Ltd", "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("Fairchild Semiconductor Corp", "ORG", "USA"),
            ("Schlumberger Ltd", "ORG", None),
            ("Semiconductor Industry Association", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Fujitsu", "would make"), "ORG", "JPN"),
            (("U.S.", "powerful part of the"), "GPE", "USA"),
            (("Japan", "time when"), "GPE", "JPN"),
            ("American", "NORP", "USA"),
            (("U.S.", "In addition,"), "GPE", "USA"),
            ("United States", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("American", "edge in"), "NORP", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Senate", "ORG", "USA"),
            ("Economic Policy Council", "ORG", "USA"),
        ],
    },
    "reuters21578-8440": {
        "events": [
            # 0
            ("ASSAULT", "attacked", ("its warplnes",) + IRQ_MIL, ("a supertanker", None, "BUS"), KHARG,
             "1987-03-23", "day", "today", "asserted", None,
             "Iraqi warplanes attacked a supertanker (nationality not given: null; split from the Iranian oil sites, "
             "EVENTS.md 12); 'said today ... had attacked' dated today as 17117's Iraqi raids (and 'today's "
             "supertanker attack' below); 'said' rule-3 attribution; struck near Kharg"),
            # 1
            ("ASSAULT", "attacked", ("its warplnes",) + IRQ_MIL, ("four Iranian oil sites",) + IRN_BUS, GULF,
             "1987-03-23", "day", "today", "asserted", None,
             "the attack on four Iranian oil sites (the Kharg jetty and three offshore oilfields), split record; "
             "today"),
            # 2
            ("THREATEN", "vowed", ("Iraq",) + ("IRQ", "GOV"), (None, "IRN", "GOV"), BAG,
             "1987-03-23", "day", "today", "asserted", None,
             "vowed to keep up such raids until the war ends: a threat of continued force toward Iran (implied); "
             "conjoined with 'said today'"),
            # 3
            ("ASSAULT", ("hit", "communique said warplanes"), (("warplanes", "communique said"),) + IRQ_MIL,
             ("the western jetty at Iran's Kharg island oil terminal",) + IRN_BUS, KHARG,
             "1987-03-23", "day", None, "asserted", 1,
             "later mention of the oil-site attack (the Kharg jetty); the communique's 'said' attribution; first "
             "mention's date"),
            # 4
            ("ASSAULT", "struck", (("warplanes", "communique said"),) + IRQ_MIL, (("a supertanker", "struck"),) + (None, "BUS"),
             KHARG, "1987-03-23", "day", None, "asserted", 0,
             "later mention of the supertanker attack ('struck a supertanker nearby at the same time')"),
            # 5
            ("ASSAULT", ("raided", "was last"), (None,) + IRQ_MIL, ("The Kharg terminal",) + IRN_BUS, ("Kharg", "IRN"),
             "1987-01", "month", "in January", "asserted", None,
             "the terminal was last raided in January (the raider implied: Iraq, the only attacker of Kharg in the "
             "story); past month = 1987-01"),
            # 6
            ("STATEMENT", "identify", ("The communique",) + IRQ_MIL, None, BAG,
             "1987-03-23", "day", None, "negated", None,
             "the high command communique did not identify the supertanker: a withheld statement (EVENTS.md 5; a "
             "military communique is its command's speech act, as earlier sets' Iraqi communiques); DCT"),
            # 7
            ("STATEMENT", ("said", "the supertanker, but"), (("The communique", "in January"),) + IRQ_MIL, None, BAG,
             "1987-03-23", "day", None, "asserted", None,
             "smoke seen billowing from the tanker (the attack's effect: no new typed act); DCT"),
            # 8
            ("ASSAULT", ("hit", "Avaj was"), (None,) + IRQ_MIL, ("the 162,046-ton Iranian\ntanker Avaj",) + IRN_BUS,
             GULF, "1987-03-21", "day", "on Saturday", "asserted", None,
             "Lloyds: the Iranian tanker Avaj was hit on Saturday (past Saturday before Mon 1987-03-23 = 03-21), when "
             "Iraq reported an attack (the attacker implied: Iraq); Lloyds' 'said' rule-3 attribution"),
            # 9
            ("ASSAULT", ("attack", "The last confirmed Iraqi"), (("Iraqi", "The last confirmed"),) + IRQ_MIL,
             ("the Iranian tanker Khark-5",) + IRN_BUS, ("south of Kharg", "IRN"),
             "1987-03-08", "day", "March eight", "asserted", None,
             "the last confirmed Iraqi attack took place on March eight (a nominal with its own predication and "
             "date, EVENTS.md 11), on the Iranian tanker Khark-5"),
            # 10
            ("ASSAULT", ("hit", "Khark-5 was"), (None,) + IRQ_MIL, ("the Iranian tanker Khark-5",) + IRN_BUS,
             ("south of Kharg", "IRN"), "1987-03-08", "day", None, "asserted", 9,
             "later mention in the when-clause ('was hit south of Kharg'); first mention's date"),
            # 11
            ("ASSAULT", ("struck", "Iraqi warplanes also"), (("Iraqi warplanes", "March eight"),) + IRQ_MIL,
             ("Iran's offshore oilfields",) + IRN_BUS, ("northern gulf", None),
             "1987-03-23", "day", None, "asserted", 1,
             "later mention of the oil-site attack (the three offshore oilfields); 'today's communique said' "
             "attribution"),
            # 12
            ("ASSAULT", "sorties", (("Iraqi warplanes", "second high command"),) + IRQ_MIL,
             ("Iranan targets and positions",) + IRN_MIL, ("the war front", None),
             "1987-03-23", "day", "today", "asserted", None,
             "94 sorties against Iranian targets (trigger the event noun after light verb 'flew'); 'A second high "
             "command communique today said' dates it as the lead; 'said' attribution"),
            # 13
            ("ASSAULT", "clash", ("Iraqi naval units",) + IRQ_MIL, ("several Iranian boats",) + IRN_MIL, GULF,
             None, "unknown", None, "asserted", None,
             "a clash between Iraqi naval units and Iranian boats (first-named party first); 'It also reported' "
             "attribution with no time expression in its sentence: undated (rule 17; today arguable)"),
            # 14
            ("ASSAULT", "destroyed", (None,) + IRQ_MIL, ("Two Iranian boats",) + IRN_MIL, GULF,
             None, "unknown", None, "asserted", 13,
             "later mention: two Iranian boats destroyed and sunk in the clash; 'it said' attribution"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the attacks are the events)"),
            ("escalation", "anaphoric nominal (the attacks just reported)"),
            (("attacks", "escalation of"), "anaphoric nominal"),
            (("action", "air force"), "background nominal (a lull in Iraqi air action)"),
            ("celebrations", "domestic celebrations (no type)"),
            ("hailed", "background relative clause (Baghdad's claim at yesterday's celebrations; STATEMENT IRQ "
                       "1987-03-22 arguable)"),
            ("failure", "content of the claim"),
            (("ended", "year which"), "calendar"),
            (("said", "communique said warplanes"), "rule-3 attribution"),
            (("attacked", "Kharg terminal,"), "aggregate count of past attacks (generic)"),
            (("said", "Lloyds insurance"), "rule-3 attribution (the hit is the event)"),
            (("reported", "when Iraq"), "Iraq's Saturday report of an attack: attribution of the attack (STATEMENT "
                                        "IRQ 1987-03-21 arguable)"),
            (("attack", "an earlier Gulf"), "the attack Iraq reported (presumably the Avaj hit; later mention "
                                            "arguable)"),
            ("confirmation", "negated, no actor"),
            (("attack", "today's supertanker"), "anaphoric nominal"),
            (("raids", "other"), "background nominal (raids reported by Baghdad, unconfirmed; ASSAULT IRQ arguable)"),
            (("reported", "raids on shipping"), "attribution of the raids"),
            (("said", "today's communique"), "rule-3 attribution"),
            (("raided", "have been"), "habitual (several times in three years)"),
            (("said", "Oil sources"), "anonymous-source talk (oil sources)"),
            (("said", "second high command communique today"), "rule-3 attribution"),
            (("reported", "It also reported"), "rule-3 attribution (the clash is the event)"),
            (("attack", "carrying men to"), "purpose clause (an intended Iranian attack)"),
            ("sunk", "same act as 'destroyed'"),
            ("fled", "flight in combat (RETREAT arguable)"),
            (("said", "fled, it"), "rule-3 attribution"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            ("Iraqi", "NORP", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iran", "hailed as"), "GPE", "IRN"),
            (("Iranian", "failure to achieve"), "NORP", "IRN"),
            (("Iran", "jetty at"), "GPE", "IRN"),
            ("Kharg island", "LOC", "IRN"),
            (("Kharg", "same time."), "LOC", "IRN"),
            ("London", "GPE", "GBR"),
            ("Lloyds", "ORG", "GBR"),
            (("Iranian", "162,046-ton"), "NORP", "IRN"),
            (("Iraq", "Saturday, when"), "GPE", "IRQ"),
            (("Gulf", "an earlier"), "LOC", None),
            (("Baghdad", "reported by"), "GPE", "IRQ"),
            (("Iraqi", "last confirmed"), "NORP", "IRQ"),
            (("Iranian", "March eight, when the"), "NORP", "IRN"),
            (("Kharg", "south of"), "LOC", "IRN"),
            (("Iraqi", "south of Kharg."), "NORP", "IRQ"),
            (("Iran", "also struck"), "GPE", "IRN"),
            ("Nowruz", "LOC", "IRN"),
            ("Cyrus", "LOC", "IRN"),
            ("Ardeshir", "LOC", "IRN"),
            (("gulf", "northern"), "LOC", None),
            (("Kharg island", "west of"), "LOC", "IRN"),
            (("Iran", "crucially important to"), "GPE", "IRN"),
            (("Iraqi", "communique today said"), "NORP", "IRQ"),
            ("Iranan", "NORP", "IRN"),
            (("Iraqi", "clash between"), "NORP", "IRQ"),
            (("Iranian", "several"), "NORP", "IRN"),
            (("Iraqi", "men to attack an"), "NORP", "IRQ"),
            (("Gulf", "northen tip of the"), "LOC", None),
            (("Iranian", "Two"), "NORP", "IRN"),
        ],
    },
    "reuters21578-19387": {
        "events": [
            # 0
            ("STATEMENT", ("said", "coffee policy"), ("A U.S. government trade official",) + USA_GOV, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "an identifiable official of a named government: prospects for a quota accord uncertain (assessment); "
             "DCT, dateline city"),
            # 1
            ("CONSULT", "talks", ("Jon Rosenbaum",) + USA_GOV, (None,) + COL_GOV, ("Colombia", "COL"),
             None, "unknown", None, "asserted", None,
             "'just back from trade talks in Colombia' (a nominal with its own predication; the host implied: the "
             "Colombian government); 'just' gives no value: undated"),
            # 2
            ("STATEMENT", ("said", "in Colombia,"), ("Jon Rosenbaum",) + USA_GOV, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "most producers now accept standardized criteria (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "still does not,"), (("Rosenbaum", "still does not,"),) + USA_GOV, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "quote: one country still does not accept (a reference to Brazil's position; ACCUSE -> BRA arguable); DCT"),
            # 4
            ("REJECT", "negative", (("Brazil", "obvious reference to"),) + BRA_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "Brazil 'has been negative recently on a reintroduction of quotas': standing rejection (as EVENTS.md "
             "17's standing criticism), 'recently' gives no value: undated"),
            # 5
            ("STATEMENT", ("said", "Rosenbaum said because"), (("Rosenbaum", "Rosenbaum said because"),) + USA_GOV, None,
             WAS, "1987-06-19", "day", None, "asserted", None,
             "outlook for an agreement at the ICO meeting hard to predict (assessment); DCT"),
            # 6
            ("CONSULT", "meeting", ("International Coffee Organization", None, "IGO"), None, None,
             "1987-09", "month", "September", "planned", None,
             "the September International Coffee Organization meeting (a nominal with its own date, EVENTS.md 11; a "
             "multilateral body: null/IGO, no actor2); future month = 1987-09"),
            # 7
            ("CONSULT", ("discussions", "technical"), (("he", "Bogota"),) + USA_GOV, ("Colombian officials",) + COL_GOV,
             ("Bogota", "COL"), None, "unknown", None, "asserted", 1,
             "later mention: technical discussions with Colombian officials during the visit (the talks of S2); "
             "'He said' rule-3 attribution (a past meeting, EVENTS.md 1)"),
            # 8
            ("CONSULT", ("meet", "did not"), (("he", "While"),) + USA_GOV, ("Jorge Cardenas",) + COL_ORG, None,
             None, "unknown", None, "negated", None,
             "did not meet Cardenas (head of the coffee producers federation: ORG): explicitly not done; placed in "
             "the undated visit: undated"),
            # 9
            ("STATEMENT", ("letter", "positive"), (("Cardenas", "in Europe"),) + COL_ORG, None, None,
             None, "unknown", None, "asserted", None,
             "Cardenas left a 'positive letter' (a communication with no type; SUPPORT -> USA arguable), relayed by "
             "Rosenbaum, no time expression: undated"),
            # 10
            ("STATEMENT", ("said", "positive letter"), (("Rosenbaum", "positive letter"),) + USA_GOV, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "relays the non-meeting and Cardenas's letter (55a's analyst relaying Izvestia: both coded); DCT"),
            # 11
            ("STATEMENT", "responded", (("Cardenas", "The Cardenas"),) + COL_ORG, None, None,
             None, "unknown", None, "asserted", 9,
             "later mention: the Cardenas letter responded to the U.S. letter"),
            # 12
            ("SUPPORT", "praised", (("U.S.", "responded to a"),) + USA_GOV, (("Colombia", "praised"),) + COL_GOV, None,
             "1987-05", "month", "last month", "asserted", None,
             "a U.S. letter last month praised Colombia for seeking a compromise (praise = SUPPORT; the letter's "
             "author the U.S. government); last month from June = 1987-05"),
            # 13
            ("ACCUSE", ("concerns", "several"), (("U.S.", "responded to a"),) + USA_GOV,
             (("Colombian", "details of the"),) + COL_GOV, None,
             "1987-05", "month", "last month", "asserted", None,
             "the same letter 'outlined several concerns with the technical details of the Colombian plan' "
             "(criticism; trigger the noun after the light verb); the letter's date"),
            # 14
            ("STATEMENT", ("comment", "later in the day for"), (("Rosenbaum", "Rosenbaum could"),) + USA_GOV, None, WAS,
             "1987-06-19", "day", "later in the day", "negated", None,
             "could not be reached for comment: a withheld statement (EVENTS.md 5's 'unavailable for comment'); "
             "later in the day = DCT"),
            # 15
            ("AGREE", ("agreed", "ICO quotas"), ("European coffee roasters and traders", None, "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "a new formula agreed to by European roasters and traders (a group with no country, no actor2, as the "
             "Paris accord's group); relative clause with its own predication; no time expression: undated"),
            # 16
            ("STATEMENT", ("said", "Frits van Horick"), ("Frits van Horick", "NLD", "ORG"), None, ("Amsterdam", "NLD"),
             "1987-06-19", "day", None, "asserted", None,
             "chairman of the Dutch coffee trade association (ORG) on the new formula; DCT, said in Amsterdam"),
            # 17
            ("REJECT", ("said", "The U.S. has"), (("The U.S.", "remaining to years"),) + USA_GOV, None, WAS,
             "1987-06-19", "day", None, "asserted", None,
             "will not agree to any coffee quotas unless objective criteria are used: a conditional refusal (a "
             "refusal is itself asserted); 'has said' takes the DCT (EVENTS.md 16); no actor2 (quota proposals)"),
        ],
        "skip": [
            ("efforts", "background nominal (Colombian efforts to bridge differences: no clear type)"),
            ("bridge", "content of the efforts"),
            (("accord", "prospects for an"), "hypothetical content"),
            (("accept", "now"), "stative (producers' positions)"),
            (("agreed", "must be"), "content"),
            (("reintroduce", "agreed to"), "content"),
            ("reference", "part of the reporting clause"),
            (("agreement", "outlook for an"), "hypothetical content"),
            ("stance", "anaphoric nominal (Brazil's stance)"),
            (("said", "He said that during"), "rule-3 attribution (the discussions are the event)"),
            (("visit", "during the"), "anaphoric nominal (the trip of S2)"),
            ("trying", "content of the praise"),
            (("plan", "Colombian"), "background nominal (the Colombian plan)"),
            ("calculating", "no type"),
            ("based", "content of the statement"),
            (("give", "would"), "content of the statement"),
            (("agree", "will not"), "content of the refusal"),
            (("used", "are"), "condition"),
            (("set", "used to"), "content"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Colombian", "NORP", "COL"),
            ("Jon Rosenbaum", "PERSON", "USA"),
            (("U.S.", "assistant"), "GPE", "USA"),
            (("Colombia", "talks in"), "GPE", "COL"),
            (("Rosenbaum", "still does not,"), "PERSON", "USA"),
            ("Brazil", "GPE", "BRA"),
            (("Rosenbaum", "Rosenbaum said because"), "PERSON", "USA"),
            (("Brazil", "stance of"), "GPE", "BRA"),
            ("International Coffee Organization", "ORG", None),
            ("Bogota", "GPE", "COL"),
            (("Colombian", "discussions with"), "NORP", "COL"),
            ("Jorge Cardenas", "PERSON", "COL"),
            (("Colombian", "head of the"), "NORP", "COL"),
            ("Europe", "LOC", None),
            (("Cardenas", "in Europe"), "PERSON", "COL"),
            (("Rosenbaum", "positive letter"), "PERSON", "USA"),
            (("Cardenas", "The Cardenas"), "PERSON", "COL"),
            (("U.S.", "responded to a"), "GPE", "USA"),
            (("Colombia", "praised"), "GPE", "COL"),
            (("Colombian", "details of the"), "NORP", "COL"),
            (("Rosenbaum", "Rosenbaum could"), "PERSON", "USA"),
            ("ICO", "ORG", None),
            ("European", "NORP", None),
            ("Dutch", "NORP", "NLD"),
            ("Frits van Horick", "PERSON", "NLD"),
            ("Amsterdam", "GPE", "NLD"),
            (("Brazil", "would give"), "GPE", "BRA"),
            (("U.S.", "remaining to years"), "GPE", "USA"),
        ],
    },
    "reuters21578-8015": {
        "events": [
            # 0
            ("COOPERATE", "awarded", ("The U.S. Department of Energy",) + USA_GOV, (None,) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "DOE has awarded bids for Elk Hills crude (a sale/contract award to the successful bidders, own_dev's "
             "contract awards; the bidders implied as one counterpart, USA BUS: the listed refiners); present "
             "perfect: undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "July one, the DOE"), (("the DOE", "July one,"),) + USA_GOV, None, LA,
             "1987-03-20", "day", None, "asserted", None,
             "the contract period runs April 1 - July 1 (terms: no type); DCT, dateline city"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the award is the event)"),
            ("runs", "content (contract period)"),
            ("Successful bidders", "verbless list of the award's recipients (one COOPERATE per bidder arguable)"),
            (("according to", "price\nper bbl"), "attribution of the list (a DOE document)"),
            (("according to", "amount of oil and price per bbl,"), "attribution of the list"),
            (("according to", "Atlantic Richfield"), "attribution of the list"),
        ],
        "entities": [
            ("U.S. Department of Energy", "ORG", "USA"),
            ("California", "GPE", "USA"),
            ("DOE", "ORG", "USA"),
            (("DOE", "price\nper bbl according to the"), "ORG", "USA"),
            (("DOE", "amount of oil and price per bbl,"), "ORG", "USA"),
            (("DOE", "Atlantic Richfield"), "ORG", "USA"),
            ("Texaco Inc", "ORG", "USA"),
            ("Texaco Trading and Transport", "ORG", "USA"),
            ("Beacon Oil Co", "ORG", "USA"),
            ("Golden West Refining", "ORG", "USA"),
            ("Chevron", "ORG", "USA"),
            ("Chevron USA Inc", "ORG", "USA"),
            ("Chevron International Oil Co", "ORG", "USA"),
            ("Newhall Refining Co", "ORG", "USA"),
            ("Caljet Inc", "ORG", "USA"),
            ("Casey Co", "ORG", "USA"),
            ("Cryssen Refining Inc", "ORG", "USA"),
            ("Edgington Oil Co", "ORG", "USA"),
            ("Sound Refining Inc", "ORG", "USA"),
            ("Atlantic Richfield Co", "ORG", "USA"),
            ("Orkin Inc", "ORG", "USA"),
            ("Lunday-Thagard Co", "ORG", "USA"),
            ("Golden Eagle Refining", "ORG", "USA"),
            ("MacMillan Ring-Free Oil Co", "ORG", "USA"),
            ("Mock Resources", "ORG", "USA"),
            ("Petro-Diamond", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
