"""Build ``own_blind29a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind29a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,754 left; also minus the 16 stories drawn for own_blind28, 2,738 left); 24 drawn with random.Random(29101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
46 event records (36 first mentions, 10 later mentions), 94 not_annotated spans, 120 entity mentions;
no article without events; 8624 (German import prices) has a single STATEMENT, 2648 (Baker) and 8209
(API bankruptcy study) reporting-clause STATEMENTs only. Types: STATEMENT 19, REQUEST 5, REJECT 5,
THREATEN 4, SANCTION 4, AGREE 3, CONSULT 2, PROTEST 2, COOPERATE 2; modality: asserted 45, negated 1;
precision: day 34, unknown 6, month 4, year 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; seven wrong first matches, in nine anchors, fixed that way: the "API" inside
"(API)", "German" inside "West German", the first "Iran" after "equipment to", "must come up" in the
paraphrase rather than the quote, "commercial" in "commercial channels", "United States had" in the NBC
sentence, "Reuters the" matching "Reuters there"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the
rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("U.S. Treasury Secretary
James Baker": "U.S." GPE + PERSON; "Secretary of State George Shultz", "State Department spokeswoman
Sondra McCarty": the PERSON, "State Department" an ORG mention where it names the department); a
government body with its country word is one ORG span ("U.S. Central Intelligence Agency", as 23b's "U.S.
State Department"); accords ("Plaza Agreement") are not entities; Barber Conable PERSON null (head of an
international body, 13a); the World Bank, the International Development Association and the
International Monetary Fund ORG null; "Latin America" LOC null; "Gulf" LOC null (13a); "Southwest" (the
U.S. region) LOC USA, Patagonia LOC ARG; the American Petroleum Institute / API, Dunn and Bradstreet, the
National Newspaper Association, NBC, the Pentagon, the Interagency Country Valuation Review Committee,
the Federal Deposit Insurance Corp and the Comptroller of the Currency ORG USA; the Federal Statistics
Office ORG DEU; Reuters ORG GBR; Santa Lucia Airways ORG LCA (the name's country, Saint Lucia; null
arguable as the text states no nationality); "Soviets" NORP SUN, the Soviet Union GPE SUN; Ostend GPE
BEL; the "oil patch", the forbidden munitions list and currencies are not entities.

Judgement calls made here:
* 2648 (Baker on the Japanese surplus): "Baker said the Japanese trade surplus would begin to decline
  this year" is a STATEMENT (forecast; "this year" governs the decline, so the saying takes the DCT,
  WASHINGTON); 'He told the National Newspaper Association "You're going to see a reduction ..."' is its
  quoted restatement (later mention, EVENTS.md 3); "But he said the reduction would be due principally to
  the exchange rate shifts since the Plaza Agreement" is a second STATEMENT (its own reporting clause with
  new content). The Plaza Agreement is a bare background nominal (no date or content here; skipped).
* 8209 (API bankruptcy study): "according to a study released by the American Petroleum Institute" is
  attribution of the lead's statistics (skipped, as 6a's "according to a study ... published"; STATEMENT
  arguable); the API's four "said" clauses ("API said", "It said", "it said", "API also said") are
  statistics STATEMENTs (a trade association: USA ORG; DCT, WASHINGTON); the Dunn and Bradstreet study
  "found" is a document, the price drop and failure rates statistics.
* 7532 (Weizsaecker on Argentine debt): "called on creditor banks to ease pressure on Argentina's ...
  repayment terms" is REQUEST DEU -> creditor banks (unnamed, no nationality: null BUS), DCT, BUENOS AIRES;
  the quote '"We cannot remain indifferent to the pressure of creditor banks ...," Weizsaecker told
  reporters' restates the call (later mention). "Argentina said last month it would suspend debt payments
  if creditor banks did not loosen repayment terms and grant a new ... loan" is THREATEN ARG -> the banks
  (null), 1987-02 (9b's Argentine officials' threat). "Weizsaecker, on a four-day official visit to
  Argentina," gives CONSULT DEU -> ARG (a nominal with its own predication), dated by the DCT because the
  visit is under way when he speaks (as 9b dated the same visit by the speech), located in Argentina; its
  "said: 'Argentina's problems require joint action from creditor and debtors countries,' and not prepared
  recipes from creditor banks" is REQUEST toward the creditor and debtor countries (a group: null;
  EVENTS.md 2, identifiable actors told they must act; STATEMENT arguable), DCT. "A group of ecologists
  staged a demonstration to protest Argentina's plans to build a fourth nuclear power plant and a German
  company's role in the project" is PROTEST on "demonstration", the ecologists taken as ARG ORG (the
  demonstration in Argentina against Argentina's plans; null arguable), the two named targets split
  (EVENTS.md 12): Argentina (ARG GOV) and the German company (DEU BUS); no time expression: undated; the
  plant (domestic) and the contractor role (COOPERATE arguable) are skipped; "protest" is left unskipped
  (a system coding PROTEST there codes the same event). "Earlier, Weizsaecker said that the potential of
  Patagonia ... could assure the economic future of the country" is a STATEMENT ("Earlier" gives no value:
  DCT, EVENTS.md 16).
* 17436 (Velayati on the Gulf): "Velayati warned that Iran would combat any superpower intervention in the
  Gulf" is THREATEN IRN -> the superpowers (a group: null), DCT (published 00:24 on June 1, dateline June
  1), ABU DHABI; the quote '"Iran ... Will not allow the superpowers or any other foreign forces to
  interfere in the region," he said' is its later mention, and "told reporters Iran had the 'capabilities
  and means' to prevent any interference" a second later mention (the warning restated as deterrence; no
  target named: actor2 null). "Velayati, visiting the United Arab Emirates on the first leg of a Gulf tour"
  is CONSULT IRN -> ARE (a participial clause naming the host, unlike the adjectival "visiting official"
  skipped in 4a/4b/16a), under way at the DCT; the tour (other legs unnamed) is skipped. "President Reagan
  has pledged to keep the Gulf sealanes open and to protect Kuwaiti tankers from possible Iranian attack"
  is AGREE (a promise) USA -> Kuwait (KWT, anchored on "Kuwaiti tankers"; null arguable, as 13a/23b's
  promises to keep the Gulf open with no counterpart), undated (present perfect, no time expression; 16's
  perfect verbal acts); keeping and protecting are its content (EVENTS.md 8), the Iranian attack
  hypothetical.
* 8038 (Conable): all his clauses are by the World Bank's head (null IGO, DCT, WASHINGTON). "said he
  believed Brazil's decision to suspend foreign debt interest payments is temporary" is a STATEMENT (the
  suspension has no type, EVENTS.md 10); "Conable in a ... television interview to be shown on public
  broadcasting tomorrow said Brazil ... must come up with a plan designed to reform its economy" is
  REQUEST -> BRA (EVENTS.md 2's "Brazil should come up with a new plan"; "tomorrow" dates the broadcast,
  not the saying: DCT), and the quote with no reporting verb '"I think the Brazilians ..., but they must
  come up with a plan ..."' its later mention on "must come up" (20a's Volcker quote call; "think"
  skipped). "Conable said the role of that country has been increasing in the World Bank" is a STATEMENT.
  "He said that Japan had made an additional 450 mln dlr pledge to the International Development
  Association" is AGREE JPN -> the IDA (null IGO) on "pledge" (a promise of funds, as own_blind's
  "pledged"; AID arguable), undated (pluperfect, no time expression), "said" rule-3 attribution; "an
  indication that it agrees that it must provide more help" is Conable's interpretation (skipped). "Conable
  said there was no indication that the Soviet Union was serious about joining the IMF and World Bank" and
  "He said they would have to get convertible currency and open their books" are STATEMENTs (the second a
  hypothetical membership condition; REQUEST toward SUN arguable).
* 8624 (German import prices): the Federal Statistics Office's "said" is one statistics STATEMENT (DEU GOV,
  DCT, WIESBADEN); the index movements are statistics.
* 12617 (U.S. regulators downgrade Brazil): "U.S. bank regulators have lowered their rating of the
  country's creditworthiness to 'substandard,' bankers said" is SANCTION USA -> BRA (a credit-rating
  downgrade, coded SANCTION as 4b; debatable), undated (present perfect, no time expression); the bankers
  are anonymous (skipped, also their second "said" and its content). "The downgrading was decided by the
  Interagency Country Valuation Review Committee" is its later mention on "decided" (the committee USA GOV,
  Brazil implied); the "downgrading" nominals are anaphoric. The hypothetical further downgrade ("only if
  its credit rating were lowered") is skipped (SANCTION hypothetical arguable); Brazil's suspension of
  interest (also "the February 20 suspension") has no type (EVENTS.md 10); the banks' move to non-accrual
  status and the write-off of accrued interest are accounting (corporate finance, skipped).
* 13246 (White House denies arms sales to Iran): "The White House denied a report that the United States
  was continuing to ship arms ... to Iran" is REJECT USA -> NBC (the report's author, named below:
  implied, USA ORG; 12b/own_blind3's accuser as actor2 of a denial), DCT, WASHINGTON; the quoted "'... no
  illegal sales from the forbidden munitions list,' a White House spokesman said" is its later mention.
  "The Defence Department also denied any military supplies had been sent to Iran" is its own REJECT
  (USA MIL -> NBC), and "State Department spokeswoman Sondra McCarty said: 'We categorically deny ...'"
  another (trigger "deny", the quoted performative; "Later" gives no value: DCT), with "She added that
  Washington was 'not doing anything ... not consistent with U.S. Laws or trade policy'" a further REJECT
  (second reporting clause, a denial of wrongdoing). "an administration ban late last year" is SANCTION
  USA -> IRN, 1986 at year precision (a nominal with its own date, EVENTS.md 11), and "President Reagan
  banned arms shipments to Tehran after the Iran arms scandal broke last November" its later mention
  (the first mention's date: "after ... last November" gives no value of its own; the scandal breaking has
  no actor). "NBC television, quoting U.S. And foreign intelligence sources, reported that the United
  States had been shipping weapons-related equipment to Iran as recently as last month" is COOPERATE USA
  -> IRN (an arms transfer; rule 3: "reported" is attribution, "quoting" anonymous sources; ACCUSE NBC ->
  USA arguable), 1987-03 ("as recently as last month"); "The NBC report said the Pentagon was coordinating
  shipments of anti-aircraft ... equipment" is its later mention on "shipments" (the Pentagon USA MIL, Iran
  implied; "said" attribution). NBC's "It said some shipments ... had moved through Ostend ... on aircraft
  of the Santa Lucia Airways" and "NBC said the equipment was flown to Pakistan and then on to Iran by
  Pakistani ... aircraft" are STATEMENTs (USA ORG, DCT): transit with no acting actor, and transport by
  Pakistani aircraft (COOPERATE PAK -> IRN arguable, skipped). "The CIA refused to comment" is a withheld
  STATEMENT (negated, 12b). The two unnamed administration officials are officials of a named government
  (EVENTS.md 4, as 25b's unnamed Barclays executive): "an administration official said there had been
  non-weapons sales to Tehran through commercial channels" is a STATEMENT (the sales have no identified
  seller: no typed act, COOPERATE arguable), and "The administration official ... told Reuters there had
  been commercial sales of products licensed by the Commerce Department" its later mention (the same
  account in detail); "Another administration official ... told Reuters the United States had licensed
  commercial sales of low-technology computer equipment to Iran, amounting to about 60 mln dlrs over the
  last three years" is a STATEMENT (export licensing, no exchange partner acting: COOPERATE USA -> IRN
  arguable, skipped). The requests for anonymity are skipped. "In January Secretary of State George Shultz
  told the Senate Foreign Relations Committee there would be 'no more transfers of U.S.-origin military
  equipment to Iran'" is AGREE (an assurance = promise) USA -> the committee (USA GOV), 1987-01 ("In
  January"; STATEMENT arguable).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind29a.jsonl"

WAS = ("WASHINGTON", "USA")
BA = ("BUENOS AIRES", "ARG")
ABU = ("ABU DHABI", "ARE")
WIE = ("WIESBADEN", "DEU")
ARGENTINA = ("Argentina", "ARG")
UAE = ("United Arab Emirates", "ARE")

BAKER = ("U.S. Treasury Secretary James Baker", "USA", "GOV")
API = ("API", "USA", "ORG")
WEIZSAECKER = ("West German President Richard von\nWeizsaecker", "DEU", "GOV")
CREDITOR_BANKS = ("creditor banks", None, "BUS")
VELAYATI = ("Iranian foreign minister Ali Akbar\nVelayati", "IRN", "GOV")
CONABLE = ("World Bank President Barber Conable", None, "IGO")
NBC_IMPLIED = (None, "USA", "ORG")
BRAZIL_IMPLIED = (None, "BRA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-2648": {
        "events": [
            # 0
            ("STATEMENT", "said", BAKER, None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "forecast: the Japanese trade surplus will begin to decline this year ('this year' governs the decline, "
             "not the saying: DCT)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "USA", "GOV"), None, WAS,
             "1987-03-06", "day", None, "asserted", 0,
             "later mention: quoted restatement of the forecast to the National Newspaper Association (EVENTS.md 3; "
             "the audience is not an actor2)"),
            # 2
            ("STATEMENT", ("said", "But he"), (("he", "But he"), "USA", "GOV"), None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "second reporting clause with new content: the reduction due to exchange rate shifts since the Plaza "
             "Agreement, slow to work through"),
        ],
        "skip": [
            ("decline", "content of the forecast (statistics)"),
            (("reduction", "see a"), "content of the quote (statistics)"),
            (("reduction", "he said the"), "anaphoric nominal, content of the statement"),
            ("Plaza Agreement", "background nominal (the 1985 accord: no date or content here; AGREE arguable)"),
            ("work their way", "content of the statement (market adjustment)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("National Newspaper Association", "ORG", "USA"),
            (("Japanese", "reduction in the"), "NORP", "JPN"),
        ],
    },
    "reuters21578-8209": {
        "events": [
            # 0
            ("STATEMENT", ("said", "API said"), (("API", "API said"), "USA", "ORG"), None, WAS,
             "1987-03-23", "day", None, "asserted", None,
             "statistics release: the Dunn and Bradstreet study's business-failure figures (a trade association: ORG)"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "ORG"), None, WAS,
             "1987-03-23", "day", None, "asserted", None, "statistics: bankruptcies by state"),
            # 2
            ("STATEMENT", ("said", "per cent, it"), (("it", "per cent,"), "USA", "ORG"), None, WAS,
             "1987-03-23", "day", None, "asserted", None, "statistics: Alaska failures"),
            # 3
            ("STATEMENT", ("said", "API also"), (("API", "API also"), "USA", "ORG"), None, WAS,
             "1987-03-23", "day", None, "asserted", None,
             "statistics: three of the states with most bank failures last year are oil and gas producers"),
        ],
        "skip": [
            ("drop", "market-price movement"),
            ("triggered", "statistics, no acting actor"),
            ("released", "attribution ('according to a study released by'); the API's saying is coded on its 'said' "
                         "clauses below (STATEMENT arguable)"),
            ("found", "a document (the study) 'finding': not a speech act"),
            (("rose", "failures"), "statistics"),
            ("were up", "statistics"),
            (("rose", "Alaska, failures"), "statistics"),
        ],
        "entities": [
            ("American Petroleum Institute", "ORG", "USA"),
            ("API", "ORG", "USA"),
            (("API", "API said"), "ORG", "USA"),
            ("Dunn and Bradstreet", "ORG", "USA"),
            ("Southwest", "LOC", "USA"),
            ("Texas", "GPE", "USA"),
            ("Oklahoma", "GPE", "USA"),
            ("Colorado", "GPE", "USA"),
            ("Louisiana", "GPE", "USA"),
            ("Alaska", "GPE", "USA"),
            (("API", "API also"), "ORG", "USA"),
            (("Texas", "producers -"), "GPE", "USA"),
            (("Oklahoma", "producers -"), "GPE", "USA"),
            ("Kansas", "GPE", "USA"),
        ],
    },
    "reuters21578-7532": {
        "events": [
            # 0
            ("REQUEST", "called on", WEIZSAECKER, CREDITOR_BANKS, BA,
             "1987-03-19", "day", None, "asserted", None,
             "call on creditor banks (unnamed, no nationality: null) to ease pressure on Argentina's repayment terms; "
             "wire-style speech act: DCT, dateline city"),
            # 1
            ("REQUEST", "told", (("Weizsaecker", "economic situation,\""), "DEU", "GOV"),
             (("creditor banks", "pressure of"), None, "BUS"), BA,
             "1987-03-19", "day", None, "asserted", 0,
             "later mention: the quote ('We cannot remain indifferent to the pressure of creditor banks') restates "
             "the call (EVENTS.md 3)"),
            # 2
            ("THREATEN", ("said", "Argentina said"), (("Argentina", "Argentina said"), "ARG", "GOV"),
             (("creditor banks", "if creditor"), None, "BUS"), None,
             "1987-02", "month", "last month", "asserted", None,
             "conditional threat: debt payments suspended if creditor banks do not loosen terms and grant a loan "
             "(9b's Argentine officials' threat); 'last month' dates the saying"),
            # 3
            ("CONSULT", "visit", (("Weizsaecker", "Weizsaecker, on"), "DEU", "GOV"),
             (("Argentina", "official visit to"), "ARG", "GOV"), ARGENTINA,
             "1987-03-19", "day", None, "asserted", None,
             "official visit (visitor first, EVENTS.md 13); a nominal with its own predication ('on a four-day official "
             "visit'), under way when he spoke (DCT), as 9b dated the visit by the speech"),
            # 4
            ("REQUEST", ("said:", "visit to Argentina"), (("Weizsaecker", "Weizsaecker, on"), "DEU", "GOV"),
             ("creditor\nand debtors countries", None, "GOV"), BA,
             "1987-03-19", "day", None, "asserted", None,
             "'Argentina's problems require joint action from creditor and debtors countries' (an identifiable group "
             "told it must act, EVENTS.md 2: REQUEST toward a group, null; STATEMENT arguable)"),
            # 5
            ("PROTEST", "demonstration", ("A group of ecologists", "ARG", "ORG"),
             (("Argentina", "protest Argentina's"), "ARG", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "demonstration against Argentina's plan for a fourth nuclear plant (ecologists demonstrating in "
             "Argentina: ARG from context, null arguable); target split (EVENTS.md 12): Argentina; no time expression"),
            # 6
            ("PROTEST", "demonstration", ("A group of ecologists", "ARG", "ORG"), ("a\nGerman company", "DEU", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "the same demonstration, second target: the German contractor's role (split, EVENTS.md 12)"),
            # 7
            ("STATEMENT", ("said", "Earlier, Weizsaecker"), (("Weizsaecker", "Earlier,"), "DEU", "GOV"), None, BA,
             "1987-03-19", "day", None, "asserted", None,
             "assessment: Patagonia's potential could assure Argentina's economic future ('Earlier' gives no value: "
             "DCT, EVENTS.md 16)"),
        ],
        "skip": [
            ("ease", "content of the request"),
            (("pressure", "ease"), "background nominal (the banks' pressure), content of the request"),
            (("pressure", "indifferent to the"), "content of the quote"),
            ("suspend", "the threatened act"),
            ("loosen", "condition of the threat"),
            ("grant", "condition of the threat (a new loan)"),
            ("require", "content of the request (prescriptive)"),
            ("build", "Argentina's domestic nuclear plans: no type, content of the protest"),
            ("contractor", "background nominal (the German company's contract; COOPERATE DEU -> ARG arguable)"),
            ("assure", "content of the assessment"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Richard von\nWeizsaecker", "PERSON", "DEU"),
            ("Argentina", "GPE", "ARG"),
            (("Weizsaecker", "economic situation,\""), "PERSON", "DEU"),
            (("Argentina", "Argentina said"), "GPE", "ARG"),
            (("Argentina", "Argentina's debt"), "GPE", "ARG"),
            ("Latin America", "LOC", None),
            (("Weizsaecker", "Weizsaecker, on"), "PERSON", "DEU"),
            (("Argentina", "official visit to"), "GPE", "ARG"),
            (("Argentina", "said: \""), "GPE", "ARG"),
            (("Argentina", "protest"), "GPE", "ARG"),
            (("German", "and a"), "NORP", "DEU"),
            (("Weizsaecker", "Earlier,"), "PERSON", "DEU"),
            ("Patagonia", "LOC", "ARG"),
            (("Argentina", "a third of"), "GPE", "ARG"),
        ],
    },
    "reuters21578-17436": {
        "events": [
            # 0
            ("THREATEN", "warned", VELAYATI, ("superpower", None, "GOV"), ABU,
             "1987-06-01", "day", None, "asserted", None,
             "warning that Iran would combat any superpower intervention in the Gulf (a warning with consequences in "
             "the speaker's hands); the superpowers a group: null; wire style: DCT, dateline city"),
            # 1
            ("THREATEN", "said", (("he", "region,\""), "IRN", "GOV"),
             ("the superpowers or any other foreign forces", None, "GOV"), ABU,
             "1987-06-01", "day", None, "asserted", 0,
             "later mention: quoted restatement of the warning (will not allow the superpowers to interfere)"),
            # 2
            ("CONSULT", "visiting", (("Velayati", "Velayati, visiting"), "IRN", "GOV"),
             ("the United Arab Emirates", "ARE", "GOV"), UAE,
             "1987-06-01", "day", None, "asserted", None,
             "visit to the UAE, first leg of a Gulf tour (a participial clause naming the host, not an adjectival "
             "'visiting official'); under way when he spoke to reporters (DCT)"),
            # 3
            ("THREATEN", "told", (("Velayati", "Velayati, visiting"), "IRN", "GOV"), None, ABU,
             "1987-06-01", "day", None, "asserted", 0,
             "later mention: Iran has the 'capabilities and means' to prevent any interference (the warning restated "
             "as a deterrent; no target named in the clause)"),
            # 4
            ("AGREE", "pledged", ("President Reagan", "USA", "GOV"), ("Kuwaiti\ntankers", "KWT", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "promise to keep the Gulf sealanes open and protect Kuwaiti tankers (a promise = AGREE; toward Kuwait, "
             "whose tankers are protected; null arguable, as 13a/23b's promises to keep the Gulf open); 'has pledged' "
             "with no time expression: undated"),
        ],
        "skip": [
            ("combat", "content of the warning"),
            ("intervention", "content of the warning (hypothetical intervention)"),
            ("allow", "content of the quote"),
            ("interfere", "content of the quote"),
            ("tour", "background nominal (the Gulf tour; its other legs unnamed)"),
            ("prevent", "content of the warning"),
            ("keep", "content of the pledge"),
            ("protect", "content of the pledge (military protection: AID planned as content)"),
            ("attack", "hypothetical Iranian attack (content of the pledge)"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("Ali Akbar\nVelayati", "PERSON", "IRN"),
            (("Iran", "Velayati warned that"), "GPE", "IRN"),
            ("Gulf", "LOC", None),
            (("Iran", "\"Iran,"), "GPE", "IRN"),
            (("Gulf", "powerful"), "LOC", None),
            (("Velayati", "Velayati, visiting"), "PERSON", "IRN"),
            ("United Arab Emirates", "GPE", "ARE"),
            (("Gulf", "leg of a"), "LOC", None),
            (("Iran", "told reporters"), "GPE", "IRN"),
            ("Reagan", "PERSON", "USA"),
            (("Gulf", "keep the"), "LOC", None),
            ("Kuwaiti", "NORP", "KWT"),
            (("Iranian", "possible"), "NORP", "IRN"),
        ],
    },
    "reuters21578-8038": {
        "events": [
            # 0
            ("STATEMENT", "said", CONABLE, None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "assessment: Brazil's debt interest suspension is temporary (the suspension has no type, EVENTS.md 10); "
             "the World Bank's head: null IGO"),
            # 1
            ("REQUEST", ("said", "tomorrow said"), (("Conable", "Conable in"), None, "IGO"),
             (("Brazil", "tomorrow said"), "BRA", "GOV"), WAS,
             "1987-03-20", "day", None, "asserted", None,
             "Brazil must come up with a plan to reform its economy (EVENTS.md 2: 'Brazil should come up with a new "
             "plan'); 'tomorrow' dates the broadcast of the interview, not the saying: DCT"),
            # 2
            ("REQUEST", ("must come up", "but they"), (("I", "\"I think"), None, "IGO"), (("they", "but they"), "BRA", "GOV"), WAS,
             "1987-03-20", "day", None, "asserted", 1,
             "later mention: quoted restatement with no reporting verb (20a's Volcker quote call)"),
            # 3
            ("STATEMENT", ("said", "Conable said the role"), (("Conable", "Turning to Japan,"), None, "IGO"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "assessment: Japan's role in the World Bank increasing and expected to continue"),
            # 4
            ("AGREE", "pledge", (("Japan", "He said that"), "JPN", "GOV"),
             ("International Development Association", None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "Japan made an additional 450 mln dlr pledge to the IDA (a promise of funds = AGREE, as own_blind's "
             "'pledged'; AID arguable); pluperfect, no time expression: undated; 'said' is rule-3 attribution"),
            # 5
            ("STATEMENT", ("said", "Conable said there"), (("Conable", "Conable said there"), None, "IGO"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "assessment: no indication the Soviet Union is serious about joining the IMF and World Bank"),
            # 6
            ("STATEMENT", ("said", "He said they"), (("He", "He said they"), None, "IGO"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "conditions of membership (convertible currency, open books) and the Soviets don't usually do that "
             "(hypothetical requirement, REQUEST toward SUN arguable)"),
        ],
        "skip": [
            ("believed", "content of the statement"),
            ("decision", "Brazil's payment suspension: no type (EVENTS.md 10), content of the assessment"),
            ("suspend", "Brazil's payment suspension: no type"),
            ("interview", "occasion of the reporting clause"),
            ("shown", "broadcast of the interview: no type"),
            ("reform", "purpose of the plan (content of the request)"),
            ("think", "part of the quoted restatement (coded on 'must come up')"),
            ("persuade", "content of the quote"),
            ("Turning", "participial frame of the reporting clause"),
            ("increasing", "content of the assessment"),
            ("expected", "content of the assessment"),
            (("said", "He said that Japan"), "rule-3 attribution (the pledge is the event)"),
            ("indication", "Conable's interpretation of the pledge (assessment nominal)"),
            ("agrees", "stative (Japan's view, as interpreted), content"),
            ("provide", "content of the interpretation"),
            ("joining", "content of the assessment (hypothetical membership)"),
            ("get convertible", "content (conditions of membership)"),
            ("open their books", "content (conditions of membership)"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Barber Conable", "PERSON", None),
            ("Brazil", "GPE", "BRA"),
            (("Conable", "Conable in"), "PERSON", None),
            (("Brazil", "tomorrow said"), "GPE", "BRA"),
            ("Brazilians", "NORP", "BRA"),
            (("Brazilian", "persuade"), "NORP", "BRA"),
            (("Japan", "Turning to"), "GPE", "JPN"),
            (("Conable", "Turning to Japan,"), "PERSON", None),
            (("World Bank", "increasing in the"), "ORG", None),
            (("Japan", "He said that"), "GPE", "JPN"),
            ("International Development Association", "ORG", None),
            (("Conable", "Conable said there"), "PERSON", None),
            ("Soviet Union", "GPE", "SUN"),
            ("International Monetary Fund", "ORG", None),
            (("World Bank", "Monetary Fund and"), "ORG", None),
            ("Soviets", "NORP", "SUN"),
        ],
    },
    "reuters21578-8624": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Federal Statistics Office", "DEU", "GOV"), None, WIE,
             "1987-03-24", "day", None, "asserted", None, "statistics release: import and export price indices"),
        ],
        "skip": [
            ("fell", "statistics (import prices)"),
            (("fell", "export prices"), "statistics (export prices)"),
        ],
        "entities": [
            ("West Germany", "GPE", "DEU"),
            ("Federal Statistics Office", "ORG", "DEU"),
        ],
    },
    "reuters21578-12617": {
        "events": [
            # 0
            ("SANCTION", "lowered", ("U.S. bank regulators", "USA", "GOV"), (("the\ncountry", "rating of"), "BRA", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "credit-rating downgrade of Brazil to 'substandard' (coded SANCTION as 4b; debatable); the bankers' 'said' "
             "is anonymous; present perfect with no time expression: undated"),
            # 1
            ("SANCTION", "decided", ("the Interagency Country\nValuation Review Committee", "USA", "GOV"),
             BRAZIL_IMPLIED, None, None, "unknown", None, "asserted", 0,
             "later mention: the downgrading decided by the interagency committee (Brazil implied)"),
        ],
        "skip": [
            (("suspension", "Brazil's"), "Brazil's interest suspension: no type (EVENTS.md 10), background nominal"),
            (("said", "substandard"), "anonymous-source talk (bankers)"),
            ("ranked", "stative (previous rating)"),
            ("set aside", "hypothetical reserves by unnamed banks (condition)"),
            (("lowered", "credit rating were"), "hypothetical further downgrade (condition; SANCTION hypothetical "
                                                 "arguable)"),
            (("said", "but bankers"), "anonymous-source talk (bankers)"),
            (("decision", "regulators'"), "anaphoric nominal (the downgrade), content of anonymous talk"),
            ("concern", "content of anonymous talk"),
            (("downgrading", "The downgrading was"), "anaphoric nominal (subject of 'decided')"),
            ("groups", "stative (the committee's membership)"),
            (("downgrading", "The downgrading coincides"), "anaphoric nominal"),
            ("move", "U.S. banks placing Brazilian loans on non-accrual: accounting (corporate finance), no type"),
            ("place", "accounting (non-accrual status)"),
            (("suspension", "February 20"), "Brazil's February 20 interest suspension: no type (EVENTS.md 10)"),
            ("declaring", "accounting (loans declared non-performing)"),
            ("wipe out", "accounting"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("U.S.", "GPE", "USA"),
            (("Brazil", "Brazil was"), "GPE", "BRA"),
            (("Brazil", "loans to"), "GPE", "BRA"),
            (("Brazil", "deterioration in"), "GPE", "BRA"),
            ("Interagency Country\nValuation Review Committee", "ORG", "USA"),
            ("Federal Reserve Board", "ORG", "USA"),
            ("Federal Deposit Insurance Corp", "ORG", "USA"),
            ("Comptroller of the Currency", "ORG", "USA"),
            (("U.S.", "several major"), "GPE", "USA"),
            (("Brazil", "their loans to"), "GPE", "BRA"),
        ],
    },
    "reuters21578-13246": {
        "events": [
            # 0
            ("REJECT", "denied", ("The White House", "USA", "GOV"), NBC_IMPLIED, WAS,
             "1987-04-05", "day", None, "asserted", None,
             "denial of NBC's report of continuing U.S. arms shipments to Iran (the report's author, named below, is "
             "actor2: USA ORG, implied); wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "administration official"), ("an administration official", "USA", "GOV"), None, WAS,
             "1987-04-05", "day", None, "asserted", None,
             "there had been non-weapons sales to Tehran through commercial channels (an official of a named "
             "government, EVENTS.md 4; the sales have no identified seller: no typed act, COOPERATE arguable)"),
            # 2
            ("REJECT", ("said", "White House spokesman"), ("a White House spokesman", "USA", "GOV"), NBC_IMPLIED, WAS,
             "1987-04-05", "day", None, "asserted", 0,
             "later mention: quoted denial ('no illegal sales from the forbidden munitions list')"),
            # 3
            ("REJECT", ("denied", "also"), ("The Defence Department", "USA", "MIL"), NBC_IMPLIED, WAS,
             "1987-04-05", "day", None, "asserted", None,
             "the Pentagon's own denial that military supplies had been sent to Iran since the ban (a second denier: "
             "its own record)"),
            # 4
            ("SANCTION", "ban", (("administration", "since an"), "USA", "GOV"), (("Iran", "been sent to"), "IRN", "GOV"),
             None, "1986", "year", "late last\nyear", "asserted", None,
             "the administration's ban on arms shipments to Iran: a nominal with its own date (EVENTS.md 11); 'late "
             "last year' = 1986 at year precision"),
            # 5
            ("COOPERATE", "shipping", (("the United States", "reported that"), "USA", "GOV"),
             (("Iran", "been shipping"), "IRN", "GOV"), None,
             "1987-03", "month", "last month", "asserted", None,
             "NBC's report: the U.S. had been shipping weapons-related equipment to Iran as recently as last month "
             "(arms transfer = COOPERATE; rule 3: 'reported' is attribution; ACCUSE NBC -> USA arguable)"),
            # 6
            ("STATEMENT", ("told", "asked not to be named,"), ("The administration official", "USA", "GOV"), None, WAS,
             "1987-04-05", "day", None, "asserted", 1,
             "later mention: the same official's account of the commercial sales, in more detail, told to Reuters"),
            # 7
            ("SANCTION", "banned", ("President Reagan", "USA", "GOV"), (("Tehran", "shipments to"), "IRN", "GOV"),
             None, "1986", "year", "late last\nyear", "asserted", 4,
             "later mention of the ban ('after the Iran arms scandal broke last November' gives no value of its own: "
             "the first mention's date)"),
            # 8
            ("AGREE", ("told", "George Shultz"), ("Secretary of State George Shultz", "USA", "GOV"),
             ("the Senate\nForeign Relations Committee", "USA", "GOV"), None,
             "1987-01", "month", "In January", "asserted", None,
             "assurance to the Senate committee that there would be no more transfers of U.S. military equipment to "
             "Iran (a promise = AGREE; STATEMENT arguable); 'In January' = 1987-01"),
            # 9
            ("COOPERATE", ("shipments", "coordinating"), ("the Pentagon", "USA", "MIL"), (None, "IRN", "GOV"), None,
             "1987-03", "month", "last month", "asserted", 5,
             "later mention: NBC's report that the Pentagon was coordinating the shipments (Iran implied); 'said' is "
             "rule-3 attribution"),
            # 10
            ("STATEMENT", ("said", "It said some"), (("It", "It said some"), "USA", "ORG"), None, WAS,
             "1987-04-05", "day", None, "asserted", None,
             "NBC: shipments labelled machine parts moved through Ostend on Santa Lucia Airways aircraft (transit with "
             "no acting actor: no typed act)"),
            # 11
            ("STATEMENT", "refused to comment", ("The CIA", "USA", "GOV"), None, WAS,
             "1987-04-05", "day", None, "negated", None, "withheld statement ('refused to comment', 12b)"),
            # 12
            ("STATEMENT", ("said", "NBC said"), (("NBC", "NBC said"), "USA", "ORG"), None, WAS,
             "1987-04-05", "day", None, "asserted", None,
             "the equipment was flown to Pakistan and on to Iran by Pakistani aircraft (transport: no typed act, "
             "COOPERATE PAK -> IRN arguable)"),
            # 13
            ("REJECT", "deny", ("State Department spokeswoman Sondra McCarty", "USA", "GOV"), NBC_IMPLIED, WAS,
             "1987-04-05", "day", None, "asserted", None,
             "quoted performative denial ('We categorically deny ...'), the State Department's own; 'Later' gives no "
             "value: DCT (EVENTS.md 16)"),
            # 14
            ("REJECT", "added", (("She", "She added"), "USA", "GOV"), NBC_IMPLIED, WAS,
             "1987-04-05", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): Washington doing nothing with Iran inconsistent with U.S. laws "
             "(a denial of wrongdoing)"),
            # 15
            ("STATEMENT", ("told", "asked not to be\nidentified,"), ("Another administration official", "USA", "GOV"),
             None, WAS, "1987-04-05", "day", None, "asserted", None,
             "the U.S. had licensed commercial sales of computer equipment to Iran worth 60 mln dlrs over three years "
             "(export licensing; COOPERATE USA -> IRN arguable, skipped)"),
        ],
        "skip": [
            ("report", "object of the denial (NBC's report, coded on 'shipping')"),
            ("continuing", "content of the denied report"),
            ("ship", "content of the denied report"),
            ("sales", "non-weapons sales with no identified seller (content; COOPERATE arguable)"),
            (("sales", "no illegal"), "content of the denial"),
            ("sent", "content of the denial"),
            ("quoting", "anonymous-source attribution (intelligence sources)"),
            ("reported", "rule-3 attribution (the shipping is the event)"),
            ("asked not to be named", "request for anonymity"),
            (("sales", "Reuters there had been commercial"), "commercial sales with no identified seller (content)"),
            ("licensed", "export licensing by the Commerce Department: no counterpart (content)"),
            ("maintains", "stative"),
            ("exported", "generic"),
            (("shipments", "banned arms"), "object of the ban"),
            ("scandal", "background nominal (the Iran arms scandal)"),
            ("broke", "no acting actor (the scandal broke)"),
            ("transfers", "content of the assurance"),
            (("said", "The NBC report"), "rule-3 attribution (the shipments are the event)"),
            ("coordinating", "the Pentagon's role in the shipments (coded on 'shipments')"),
            ("moved", "transit of shipments: no acting actor"),
            ("identified", "content of the report"),
            ("operated", "stative (content of the report)"),
            ("flown", "transport by Pakistani aircraft (content; COOPERATE PAK -> IRN arguable)"),
            (("selling", "United States is"), "content of the denial"),
            ("doing", "content of the denial"),
            ("asked not to be\nidentified", "request for anonymity"),
            (("licensed", "Reuters the United States had"), "export licensing of commercial sales to Iran (content; COOPERATE "
                                                "USA -> IRN arguable)"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("United States", "GPE", "USA"),
            ("Iran", "GPE", "IRN"),
            ("Tehran", "GPE", "IRN"),
            (("White House", "a White House"), "ORG", "USA"),
            ("Defence Department", "ORG", "USA"),
            (("Iran", "been sent to"), "GPE", "IRN"),
            ("NBC", "ORG", "USA"),
            (("U.S.", "quoting"), "GPE", "USA"),
            (("United States", "reported that"), "GPE", "USA"),
            (("Iran", "been shipping"), "GPE", "IRN"),
            ("Reuters", "ORG", "GBR"),
            ("Commerce Department", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Tehran", "shipments to"), "GPE", "IRN"),
            (("Iran", "after the"), "GPE", "IRN"),
            ("George Shultz", "PERSON", "USA"),
            ("Senate\nForeign Relations Committee", "ORG", "USA"),
            (("U.S.", "transfers of"), "GPE", "USA"),
            (("Iran", "military equipment to"), "GPE", "IRN"),
            (("NBC", "The NBC"), "ORG", "USA"),
            ("Pentagon", "ORG", "USA"),
            ("Ostend", "GPE", "BEL"),
            ("Belgium", "GPE", "BEL"),
            ("Santa Lucia Airways", "ORG", "LCA"),
            ("U.S. Central\nIntelligence Agency", "ORG", "USA"),
            ("CIA", "ORG", "USA"),
            (("CIA", "The CIA"), "ORG", "USA"),
            (("NBC", "NBC said"), "ORG", "USA"),
            ("Pakistan", "GPE", "PAK"),
            (("Iran", "then on to"), "GPE", "IRN"),
            ("Pakistani", "NORP", "PAK"),
            ("State Department", "ORG", "USA"),
            ("Sondra McCarty", "PERSON", "USA"),
            (("United States", "deny that the"), "GPE", "USA"),
            (("Iran", "any weapons to"), "GPE", "IRN"),
            (("Washington", "added that"), "GPE", "USA"),
            (("Iran", "government of"), "GPE", "IRN"),
            (("U.S.", "consistent with"), "GPE", "USA"),
            (("Reuters", "identified, told"), "ORG", "GBR"),
            (("United States", "Reuters the United"), "GPE", "USA"),
            (("Iran", "computer equipment to"), "GPE", "IRN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
