"""Build ``own_blind57b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind57b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2290 left); 24 drawn with random.Random(57101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
37 event records (32 first mentions, 5 later mentions), 81 not_annotated spans, 98 entity mentions
(ORG 37, GPE 26, PERSON 19, NORP 11, LOC 5); one article without events (8159, the STC palm olein tender: a
purchase from unnamed sellers reported by traders); 5 (USDA reserve prices), 3358 (ASCS purchases) and
17351 (Manitoba crop report) have reporting-clause STATEMENTs only. Types: STATEMENT 19, CONSULT 6,
SANCTION 5, COOPERATE 3, REQUEST 2, AID 1, AGREE 1; modality: asserted 31, planned 6; precision: day 29,
unknown 7, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked). Two wrong first matches were
caught in the printed context and fixed: in 19456 the actor of "Sourrouille told" landing on the lead's
"Juan Sourrouille"; in 17585 the skip "produce" landing inside "producer"; one anchor (13039's senior-level
"meetings", first anchored after its own position) failed to resolve and was re-anchored. In 17585 the
splitter ends a sentence after "Biloxi, Miss." ("Miss." is not in its abbreviation list), which is the
true sentence end. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Argentine President Raul Alfonsin": NORP + PERSON;
"International Monetary Fund Managing Director Michel Camdessus": ORG + PERSON; "President Reagan": PERSON
"Reagan"; "Deputy U.S. Trade Representative Michael Smith": GPE "U.S." + PERSON; "MITI vice minister
Makoto Kuroda": ORG + PERSON); a government body with its place word is one ORG span ("U.S. Agriculture
Department", "Manitoba Agriculture Department", "U.S. Trade Representative's Office", "Indian State Trading
Corporation" as 25b/34b); a country name used as a modifier is still a mention ("the Japan office" GPE
JPN, "Borden pasta" ORG); company names keep their legal form, angle brackets and tickers (<ROH>) are left
out; brands ("Creamette") and lower-case bodies ("bank advisory committee", "trade representative's
office of industry and services", "the Province") are not entity spans; "Italian" in "Italian food
sauces" is NORP ITA (as earlier sets' "Canadian dlrs"); U.S. state abbreviations are their own GPE spans
("Lowell, Mass.": two GPE). Countries: the Indian State Trading Corporation / STC ORG IND; Raul Alfonsin
/ Alfonsin and Juan Sourrouille / Sourrouille PERSON ARG, "Argentine" NORP ARG, Argentina GPE ARG, the
International Monetary Fund / IMF ORG null, Michel Camdessus / Camdessus PERSON null (the head of an
international body, as earlier sets' Conable), Citibank ORG USA, the U.S. and Philadelphia GPE USA, the
World Affairs Council ORG USA (a Philadelphia body), Latin America LOC null; Air Canada ORG CAN, Roger
Linder PERSON CAN (its executive), Egypt GPE EGY, "Egyptian" NORP EGY, "Canadian" NORP CAN, Canada GPE
CAN, "European" NORP null, the Middle East, Asia and the Far East LOC null; the U.S. Agriculture
Department ORG USA; the Agricultural Stabilization and Conservation Service / ASCS ORG USA; "U.S." GPE
USA, "Japanese" NORP JPN, Reagan PERSON USA, the Customs Bureau ORG USA (a Washington story on U.S.
tariffs, 50b), Shigeru Muraoka, Masashi Yamamoto and Makoto Kuroda PERSON JPN, the Ministry of
International Trade and Industry / MITI ORG JPN, Glen Fukushima, Jim Gradoville and Michael Smith PERSON
USA (U.S. trade officials); the Manitoba Agriculture Department and Statistics Canada ORG CAN; Borden Inc
/ Borden, Prince Co Inc / Prince ("a Lowell, Mass., producer"), Steero Bouillon ("of Jersey City, N.J."),
Blue Channel Inc ("a Beaufort, S.C., producer"), DeJean Packing Inc ("of Biloxi, Miss.") and Polyco ("of
Cincinnati, Ohio") ORG USA, Rohm and Haas Co ORG USA (the text gives no country; the dateline NEW YORK and
the U.S. ticker place it, as 55a's Princeville), the U.S. towns and states GPE USA, Heller ORG FRA ("in
France"), Humbrol ORG GBR ("in England"), France GPE FRA, England GPE GBR.

Judgement calls made here:
* 8159 (STC buys palm olein, DCT Mon 1987-03-23, LONDON): no event (a negative). "The Indian State Trading
  Corporation (STC) bought four cargoes of rbd palm olein ... at its vegetable oil import tender last
  week, traders said": the buyer is identified but the sellers are not, so the purchase at the tender has
  no identified counterpart (skipped as 25b's 17105 and 34b's 320, the same kind of STC story; COOPERATE
  IND -> null, 1987-03, arguable); "traders said" is anonymous; "Market reports on Friday said the STC had
  booked two cargoes" is unattributed market talk (no identifiable speaker; "booked" its content); "It also
  secured a 20,000 tonne cargo of optional origin rapeseed oil" is another purchase from unnamed sellers
  (skipped); "The business comprised" describes the purchase (anaphoric, stative).
* 19456 (Alfonsin meets Camdessus, DCT Fri 1987-06-19, PHILADELPHIA): "Argentine President Raul Alfonsin
  met for more than an hour with International Monetary Fund Managing Director Michel Camdessus" is CONSULT
  ARG GOV -> Camdessus (null IGO: the head of the IMF), undated (no time expression, rule 17; the meeting
  is surely recent), location null (the text puts Alfonsin in Philadelphia but not the meeting); "and
  Argentine economy minister Juan Sourrouille said the two men discussed Argentina's economy ..." is its
  later mention in another clause of the same sentence (the talks as the main proposition, rule 3: "said"
  is attribution). "Sourrouille told reporters that 91.5 pct of the 1.95 billion dlr loan ... has been
  subscribed" is a STATEMENT (the subscriptions are by unnamed banks: content), DCT, PHILADELPHIA.
  "Citibank, the chairman of Argentina's bank advisory committee, said yesterday that subscriptions
  totalled about 91 pct" is a STATEMENT USA BUS dated 1987-06-18 ("yesterday"), location null (not dated
  by the DCT, no place in the text). "The IMF has said that a 'critical mass' of bank commitments is
  needed before it will start disbursing the 1.83 billion dlr standby loan" is REQUEST null IGO -> the
  implied creditor banks (null BUS: pressure on the banks to commit, EVENTS.md 2; STATEMENT, or AGREE as
  own_dev's conditional promise, arguable), "has said" taking the DCT (EVENTS.md 16), PHILADELPHIA; "that it
  has approved in principle for Argentina" is AID null IGO -> ARG GOV on "approved" (a relative clause with
  its own predication, 1255's IMF credit), undated (present perfect), asserted; "disbursing" is the
  condition's content. '"Asked what the IMF has stipulated ..., Sourrouille said, "That has not been defined
  but anywhere over 90 pct we are doing fine."' is a STATEMENT (the question skipped), DCT. "officials
  noted that about a third of Argentina's 350 creditor banks hold 93 pct of its debt" names no government
  or body (skipped as anonymous; ARG GOV arguable), and "They are worried ..." is stative. "Monetary
  sources said Alfonsin and Camdessus, who had not met before, mostly discussed ..." is anonymous (its
  "discussed" and the background "had not met" skipped). "Alfonsin, who is beginning a four-day private
  visit to the U.S." is CONSULT ARG GOV -> USA GOV on "visit" (a visit, even a private one; skipping it
  arguable), dated by its present progressive "is beginning" (= the DCT, 55a's "is projecting"; undated
  under rule 17 arguable), located in the U.S.; "to speak to the private World Affairs Council" is the
  purpose of the stop (skipped; the speech is coded at its "said"). "In his speech, Alfonsin said economic
  integration is the only way ..." and the quote '"This (economic integration) is probably the most
  audacious challenge ...," he said' are two STATEMENTs (the quote adds new content, not a restatement),
  DCT, located in Philadelphia (where the text places the speech).
* 16699 (Air Canada service to Egypt, DCT Mon 1987-04-13, MONTREAL): Air Canada is state-owned (BUS,
  EVENTS.md 15). "said it plans to begin flights to Egypt next year" is the airline's own service plan with
  no counterpart (skipped as earlier sets' airline fleet plan; COOPERATE CAN -> EGY planned 1988 arguable),
  so "said" is a STATEMENT (CAN BUS, DCT, MONTREAL). "following a bilateral air trade agreement signed
  between the Egyptian and Canadian governments" is AGREE EGY GOV -> CAN GOV on "signed" (a participle with
  its own predication; the first-named party first), undated (no time expression; "next year" dates the
  flights), asserted; the nominal "agreement" is left unlisted (a system's AGREE on it is the same record).
  Linder's quote (Egypt's market, Air Canada a competitor), "The airline said it would like to link the
  service with one of its European stops" and "It said it plans further expansion ..." are three more
  STATEMENTs (the airline's own plans, no counterpart), DCT, MONTREAL.
* 5 (USDA farmer-owned reserve prices, DCT Thu 1987-02-26, WASHINGTON): "The U.S. Agriculture Department
  reported the farmer-owned reserve national five-day average price through February 25" is a statistics
  release: STATEMENT USA GOV on "reported", DCT (the "through February 25" is the data's period, not the
  report's date), WASHINGTON. The reserves' maturing, grain "entered" and the levels' descriptions are
  statistics and programme terms (skipped).
* 3358 (ASCS buys processed products, DCT Mon 1987-03-09, KANSAS CITY): "The Agricultural Stabilization
  and Conservation Service (ASCS) bought 25.7 mln pounds of wheat flour ... for domestic shipment" and
  "ASCS also bought ..." are purchases for domestic food programmes from unnamed sellers (no identified
  counterpart: skipped as 21b/25b/34b's tenders; COOPERATE USA -> null arguable), so "an ASCS spokesman
  said" is a STATEMENT (USA GOV, an official of a named body), DCT, KANSAS CITY.
* 13039 (U.S.-Japan semiconductor talks, published Fri 1987-04-03 13:40, dateline "WASHINGTON, April 5"):
  the DCT is published_at's date, 1987-04-03 (GUIDELINES, 51a's 6178), although the dateline (Sun April
  5) suggests a Monday story; every relative date is resolved against Fri 1987-04-03 (the dateline
  reading, "tomorrow" = Mon 1987-04-06 and so on, arguable). "U.S. and Japanese officials meet tomorrow to
  try to settle a dispute ..." is CONSULT JPN GOV -> USA GOV on "meet" (the Japanese aides are "here":
  visitor first, 53a's talks in the host's capital), planned, 1987-04-04 ("tomorrow"), WASHINGTON;
  "settle" and "cut short" are the talks' purpose. "the 300 mln dlr penalty tariffs President Reagan has
  ordered imposed on Japanese exports" is SANCTION USA GOV -> JPN GOV on "ordered" (own_dev 16895 coded the
  Japanese side of these tariffs GOV), dated 1987-03-27 by the text's own "Reagan said on March 27 when
  ordering the tariffs" (the same order; undated by rule 17 arguable), asserted; "the Japanese goods that
  Reagan ordered penalized" and "when ordering the tariffs" are its later mentions (1987-03-27), "imposed"
  and "penalized" the order's content. "But U.S. officials held out little hope that any accord could be
  reached before the tariffs ... are to take effect on April 17" is a STATEMENT USA GOV on "held out" (an
  assessment, officials of a named government), DCT, WASHINGTON; the tariffs taking effect is a distinct
  SANCTION USA -> JPN (both implied) on "tariffs", planned, 1987-04-17 ("April 17", as own_dev 16895's
  tariffs effective Friday); the accord is hypothetical content (skipped). "The Customs Bureau last week
  started to levy a bond on the Japanese goods" is SANCTION USA GOV -> JPN GOV on "levy", 1987-03 ("last
  week" = 23-29 March, in one month: month precision, EVENTS.md 21), asserted; "The penalties would be
  retroactive to March 31" restates the order's terms (anaphoric, skipped). "Reagan said on March 27 ...
  that he hoped the Japanese would soon end their unfair practices in semiconductor trade and that
  sanctions could be lifted" is REQUEST USA GOV -> JPN GOV on "said" (a hope that Japan act, EVENTS.md 2;
  ACCUSE for "unfair practices" or STATEMENT arguable), 1987-03-27, location null; "end" and "lifted" are
  its content (RETREAT hypothetical arguable). "Technical meetings are to be held today and tomorrow" is a
  later mention of the talks with its own date (EVENTS.md 21: 1987-04-03, dated by its start), planned;
  "meetings at a more senior level scheduled for Thursday and Friday" is a second CONSULT JPN -> USA (both
  implied), planned, 1987-04-09 (next Thursday from Fri 3 April, by its start), location null. "Public
  hearings on the sanctions are set for April 13" has no named actor (domestic procedure, skipped). The
  delegation lists ("The Japanese aides here for the technical talks include ...", "Meeting with them will
  Glen Fukushima ...", "The two sides in the Thursday and Friday talks will be headed by ...") describe the
  participants of talks already coded (skipped; a CONSULT later mention on "Meeting" arguable).
* 17351 (Manitoba crop report, DCT Tue 1987-04-28, WINNIPEG): "The Manitoba Agriculture Department weekly
  crop report said" and "the report said" are STATEMENTs CAN GOV (a report by a named author, EVENTS.md
  4; a provincial department, Canada's code), DCT, WINNIPEG; the seeding progress, weather and the
  unattributed "should be seeded" forecast are statistics or content; "the latest Statistics Canada
  projections" is a background nominal (STATEMENT CAN undated arguable).
* 17585 (Borden acquisitions, DCT Mon 1987-06-01, dateline misspelt "NEW YROK": location written "NEW
  YORK", as 11b's "ALTANTA"): "Borden Inc said it is acquiring Prince Co Inc and three companies producing
  grocery products for 180 mln dlrs" is COOPERATE USA BUS -> Prince Co Inc (USA BUS; the three others are
  U.S. companies too: a same-country compound, one record) on "acquiring", planned (a futurate progressive
  for a deal to close, the title's "TO ACQUIRE"; asserted arguable), undated (rule 17), "said" rule-3
  attribution; "Borden said the other three companies being acquired are Steero Bouillon ..., Blue Channel
  Inc ... and the canned shrimp products line of DeJean Packing Inc" is its later mention on "acquired"
  (naming the remaining targets; actor2 Steero Bouillon, USA BUS), "said" attribution (STATEMENT with
  "acquired" presupposed arguable). "It said the sale of Polyco ... to Rohm and Haas Co was announced by
  the buyer last month" is COOPERATE USA BUS (Borden, implied) -> Rohm and Haas (USA BUS) on "sale" (a
  nominal with its own predication), asserted, undated ("last month" dates the buyer's announcement, which
  is rule-3 attribution like "said", 55a's "said in December"; a STATEMENT by Rohm and Haas, 1987-05,
  arguable). The four companies' expected sales, Prince's share, Borden pasta's sales, the cash expected
  from the divestment of three operations (no buyer named) and the divestment of Heller and Humbrol "in
  process" (no buyer named) are five STATEMENTs (DCT, NEW YORK); the divestments and "the purchase of new
  businesses" have no identified counterpart (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind57b.jsonl"

PHL = ("PHILADELPHIA", "USA")
PHILA_TXT = ("Philadelphia", "USA")
US_TXT = ("the U.S.", "USA")
MTL = ("MONTREAL", "CAN")
WAS = ("WASHINGTON", "USA")
KC = ("KANSAS CITY", "USA")
WPG = ("WINNIPEG", "CAN")
NYC = ("NEW YORK", "USA")

ARG_GOV = "ARG", "GOV"
USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
CAN_BUS = "CAN", "BUS"
CAN_GOV = "CAN", "GOV"
JPN_GOV = "JPN", "GOV"
IMF = None, "IGO"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-8159": {
        "events": [],
        "skip": [
            ("bought", "purchase at an import tender from unnamed sellers: no identified counterpart (25b's 17105, "
                       "34b's 320; COOPERATE IND -> null, 1987-03, arguable)"),
            ("tender", "the STC's import tender: no identified counterpart"),
            (("said", "traders"), "anonymous-source talk (traders)"),
            (("said", "Market reports"), "unattributed market reports (no identifiable speaker)"),
            ("booked", "content of the market reports (purchase from unnamed sellers)"),
            ("business", "anaphoric nominal (the purchase)"),
            ("comprised", "stative (breakdown of the purchase)"),
            ("secured", "purchase from unnamed sellers: no identified counterpart (COOPERATE IND -> null arguable)"),
        ],
        "entities": [
            ("Indian State Trading Corporation", "ORG", "IND"),
            ("STC", "ORG", "IND"),
            (("STC", "the STC had"), "ORG", "IND"),
        ],
    },
    "reuters21578-19456": {
        "events": [
            # 0
            ("CONSULT", "met", ("Argentine President Raul Alfonsin",) + ARG_GOV,
             ("International Monetary Fund\nManaging Director Michel Camdessus",) + IMF, None,
             None, "unknown", None, "asserted", None,
             "Alfonsin met for more than an hour with the IMF's managing director (a meeting; the IMF head null "
             "IGO); no time expression: undated (rule 17); the text does not place the meeting"),
            # 1
            ("CONSULT", ("discussed", "the two men"), ("Argentine President Raul Alfonsin",) + ARG_GOV,
             ("International Monetary Fund\nManaging Director Michel Camdessus",) + IMF, None,
             None, "unknown", None, "asserted", 0,
             "later mention: Sourrouille said the two men discussed Argentina's economy and its bank financing "
             "package (the talks are the main proposition; 'said' rule-3 attribution)"),
            # 2
            ("STATEMENT", "told", (("Sourrouille", "Sourrouille told"),) + ARG_GOV, None, PHL,
             "1987-06-19", "day", None, "asserted", None,
             "91.5 pct of the 1.95 billion dlr loan has been subscribed (subscriptions by unnamed banks: content); "
             "DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "Citibank"), ("Citibank",) + USA_BUS, None, None,
             "1987-06-18", "day", "yesterday", "asserted", None,
             "Citibank, chairman of the bank advisory committee, said yesterday subscriptions totalled about 91 "
             "pct (statistics); 'yesterday' = DCT - 1; no place in the text"),
            # 4
            ("REQUEST", ("said", "The IMF has"), ("The IMF",) + IMF, (None, None, "BUS"), PHL,
             "1987-06-19", "day", None, "asserted", None,
             "a 'critical mass' of bank commitments is needed before it will start disbursing (pressure on the "
             "implied creditor banks, EVENTS.md 2; STATEMENT or AGREE as a conditional promise arguable); 'has said' "
             "takes the DCT (EVENTS.md 16)"),
            # 5
            ("AID", "approved", (("it", "loan that it"),) + IMF, (("Argentina", "in principle for"),) + ARG_GOV, None,
             None, "unknown", None, "asserted", None,
             "the standby loan the IMF has approved in principle for Argentina (credit: AID, 1255's IMF credit); a "
             "relative clause with its own predication; present perfect: undated"),
            # 6
            ("STATEMENT", ("said", "Asked what"), (("Sourrouille", "Asked what"),) + ARG_GOV, None, PHL,
             "1987-06-19", "day", None, "asserted", None,
             "'That has not been defined but anywhere over 90 pct we are doing fine' (answer to a question); DCT"),
            # 7
            ("CONSULT", "visit", (("Alfonsin", "situation."),) + ARG_GOV, (("the U.S.", "private visit"),) + USA_GOV,
             US_TXT, "1987-06-19", "day", None, "asserted", None,
             "Alfonsin is beginning a four-day private visit to the U.S. (a visit: visitor first; skipping a "
             "private visit arguable); present progressive read as now: DCT (undated under rule 17 arguable)"),
            # 8
            ("STATEMENT", ("said", "In his speech"), (("Alfonsin", "In his speech"),) + ARG_GOV, None, PHILA_TXT,
             "1987-06-19", "day", None, "asserted", None,
             "economic integration is the only way for Latin America to overcome its crisis (assessment); DCT, in "
             "Philadelphia where the text places the speech"),
            # 9
            ("STATEMENT", ("said", "of our history"), (("he", "of our history,\""),) + ARG_GOV, None, PHILA_TXT,
             "1987-06-19", "day", None, "asserted", None,
             "quote: integration the most audacious challenge facing Latin America (new content, not a restatement "
             "of the paraphrase); DCT"),
        ],
        "skip": [
            (("said", "Juan Sourrouille"), "rule-3 attribution (the talks are the event)"),
            ("financing package", "content of the talks (the banks' loan package; AID arguable)"),
            (("loan", "1.95"), "background nominal (the bank loan; content of the statement)"),
            (("subscribed", "has been"), "content of the statement (subscriptions by unnamed banks)"),
            (("subscriptions", "said yesterday"), "content of the statement"),
            ("needed", "content of the request"),
            ("disbursing", "content of the request (conditional AID)"),
            ("Asked", "reporter's question"),
            ("stipulated", "content of the question"),
            ("defined", "content of the statement"),
            (("subscribed", "most of the money"), "content (subscriptions by unnamed banks)"),
            ("noted", "unnamed officials: no identified government or body (ARG GOV arguable)"),
            (("hold", "creditor banks"), "stative"),
            ("worried", "stative (unnamed officials)"),
            ("persuade", "content (hypothetical, unnamed actors)"),
            ("join", "content (hypothetical)"),
            (("said", "Monetary sources"), "anonymous-source talk (monetary sources)"),
            (("met", "had not"), "background relative clause inside anonymous talk (negated past meeting)"),
            (("discussed", "mostly"), "content of anonymous talk (the same meeting)"),
            ("speak", "purpose of the stop (the speech is coded at its 'said')"),
            ("increasing", "stative description of the council"),
            ("speech", "part of the reporting clause"),
            ("overcome", "content of the statement"),
        ],
        "entities": [
            ("Argentine", "NORP", "ARG"),
            ("Raul Alfonsin", "PERSON", "ARG"),
            ("International Monetary Fund", "ORG", None),
            ("Michel Camdessus", "PERSON", None),
            (("Argentine", "Camdessus, and"), "NORP", "ARG"),
            ("Juan Sourrouille", "PERSON", "ARG"),
            (("Argentina", "discussed"), "GPE", "ARG"),
            (("Sourrouille", "Sourrouille told"), "PERSON", "ARG"),
            ("Citibank", "ORG", "USA"),
            (("Argentina", "chairman of"), "GPE", "ARG"),
            (("IMF", "The IMF has"), "ORG", None),
            (("Argentina", "in principle for"), "GPE", "ARG"),
            (("IMF", "Asked what"), "ORG", None),
            (("Sourrouille", "Asked what"), "PERSON", "ARG"),
            (("Argentina", "a third of"), "GPE", "ARG"),
            (("Alfonsin", "Monetary sources"), "PERSON", "ARG"),
            (("Camdessus", "Monetary sources"), "PERSON", None),
            (("Argentina", "mostly discussed"), "GPE", "ARG"),
            (("Alfonsin", "situation."), "PERSON", "ARG"),
            (("U.S.", "private visit"), "GPE", "USA"),
            ("Philadelphia", "GPE", "USA"),
            ("World Affairs Council", "ORG", "USA"),
            (("Alfonsin", "In his speech"), "PERSON", "ARG"),
            ("Latin America", "LOC", None),
            (("Latin America", "challenge facing"), "LOC", None),
        ],
    },
    "reuters21578-16699": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Air Canada",) + CAN_BUS, None, MTL,
             "1987-04-13", "day", None, "asserted", None,
             "plans to begin flights to Egypt next year (the airline's own service plan, no counterpart: content); "
             "DCT, dateline city"),
            # 1
            ("AGREE", "signed", ("Egyptian", "EGY", "GOV"), ("Canadian governments",) + CAN_GOV, None,
             None, "unknown", None, "asserted", None,
             "a bilateral air trade agreement signed between the Egyptian and Canadian governments (a participle "
             "with its own predication; first-named party first); no time expression: undated"),
            # 2
            ("STATEMENT", ("said", "Roger Linder"), ("executive\nvice-president Roger Linder",) + CAN_BUS, None, MTL,
             "1987-04-13", "day", None, "asserted", None,
             "Egypt's healthy air market, Air Canada a powerful competitor (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "The airline said"), ("The airline",) + CAN_BUS, None, MTL,
             "1987-04-13", "day", None, "asserted", None,
             "would like to link the service with a European stop (own plan, no counterpart); DCT"),
            # 4
            ("STATEMENT", ("said", "It said it plans"), (("It", "It said it plans"),) + CAN_BUS, None, MTL,
             "1987-04-13", "day", None, "asserted", None,
             "plans further expansion in the Middle East, Asia and across the Pacific (own plan); DCT"),
        ],
        "skip": [
            (("plans", "said it"), "part of the statement (the airline's own plan)"),
            ("begin", "content of the statement: flights to Egypt with no counterpart (COOPERATE CAN -> EGY planned "
                      "1988 arguable)"),
            ("link", "content of the statement (own service plan)"),
            (("plans", "It said it"), "part of the statement (own plan)"),
            ("expansion", "content of the statement (own expansion plan)"),
        ],
        "entities": [
            ("Air Canada", "ORG", "CAN"),
            ("Egypt", "GPE", "EGY"),
            ("Egyptian", "NORP", "EGY"),
            ("Canadian", "NORP", "CAN"),
            (("Egypt", "\"Egypt has"), "GPE", "EGY"),
            (("Air Canada", "which Air Canada"), "ORG", "CAN"),
            ("Roger Linder", "PERSON", "CAN"),
            ("European", "NORP", None),
            ("Middle East", "LOC", None),
            ("Asia", "LOC", None),
            (("Canada", "route from"), "GPE", "CAN"),
            ("Far East", "LOC", None),
        ],
    },
    "reuters21578-5": {
        "events": [
            # 0
            ("STATEMENT", "reported", ("The U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-02-26", "day", None, "asserted", None,
             "statistics release: farmer-owned reserve average prices through February 25 (the data's period, not "
             "the report's date); DCT, dateline city"),
        ],
        "skip": [
            ("matured", "statistics (reserve status, no actor)"),
            (("entered", "grain"), "programme terms (grain entered into the reserve by unnamed farmers)"),
            (("entered", "wheat"), "programme terms (grain entered into the reserve by unnamed farmers)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
    "reuters21578-3358": {
        "events": [
            # 0
            ("STATEMENT", "said", ("an ASCS spokesman",) + USA_GOV, None, KC,
             "1987-03-09", "day", None, "asserted", None,
             "ASCS bought wheat flour for domestic shipment (a purchase from unnamed sellers: content, no type); "
             "an official of a named body; DCT, dateline city"),
        ],
        "skip": [
            ("bought", "purchase for domestic programmes from unnamed sellers: no identified counterpart (COOPERATE "
                       "USA -> null arguable)"),
            (("bought", "ASCS also"), "purchases from unnamed sellers: no identified counterpart"),
        ],
        "entities": [
            ("Agricultural Stabilization and\nConservation Service", "ORG", "USA"),
            ("ASCS", "ORG", "USA"),
            (("ASCS", "an ASCS"), "ORG", "USA"),
            (("ASCS", "ASCS also"), "ORG", "USA"),
        ],
    },
    "reuters21578-13039": {
        "events": [
            # 0
            ("CONSULT", "meet", ("Japanese officials",) + JPN_GOV, ("U.S.",) + USA_GOV, WAS,
             "1987-04-04", "day", "tomorrow", "planned", None,
             "U.S. and Japanese officials meet tomorrow to settle the semiconductor dispute (talks; the Japanese "
             "aides are 'here': visitor first); DCT Fri 1987-04-03 from published_at (the dateline's April 5 "
             "reading arguable)"),
            # 1
            ("SANCTION", ("ordered", "Reagan has"), ("President Reagan",) + USA_GOV,
             (("Japanese", "imposed on"),) + JPN_GOV, None,
             "1987-03-27", "day", "March 27", "asserted", None,
             "the penalty tariffs Reagan has ordered imposed on Japanese exports (a relative clause with its own "
             "predication); the text dates the order 'on March 27 when ordering the tariffs' (undated arguable)"),
            # 2
            ("STATEMENT", "held out", ("U.S. officials",) + USA_GOV, None, WAS,
             "1987-04-03", "day", None, "asserted", None,
             "held out little hope of an accord before the tariffs take effect (assessment by officials of a named "
             "government); DCT, dateline city"),
            # 3
            ("SANCTION", ("tariffs", "before the"), (None,) + USA_GOV, (None,) + JPN_GOV, None,
             "1987-04-17", "day", "April 17", "planned", None,
             "the 100 pct tariffs are to take effect on April 17 (the imposition itself, distinct from the order; "
             "own_dev 16895's tariffs effective Friday)"),
            # 4
            ("SANCTION", "levy", ("The Customs Bureau",) + USA_GOV, (("Japanese", "bond on the"),) + JPN_GOV, None,
             "1987-03", "month", "last week", "asserted", None,
             "the Customs Bureau started to levy a bond on the Japanese goods last week (23-29 March: month "
             "precision, EVENTS.md 21)"),
            # 5
            ("SANCTION", ("ordered", "goods that Reagan"), (("Reagan", "goods that"),) + USA_GOV,
             (("Japanese", "bond on the"),) + JPN_GOV, None,
             "1987-03-27", "day", "March 27", "asserted", 1,
             "later mention: the goods that Reagan ordered penalized (the same order)"),
            # 6
            ("REQUEST", ("said", "Reagan said on"), (("Reagan", "Reagan said on"),) + USA_GOV,
             (("the Japanese", "hoped"),) + JPN_GOV, None,
             "1987-03-27", "day", "March 27", "asserted", None,
             "Reagan said he hoped the Japanese would soon end their unfair practices so sanctions could be lifted "
             "(a hope that Japan act, EVENTS.md 2; ACCUSE or STATEMENT arguable); 'on March 27'; no place given"),
            # 7
            ("SANCTION", "ordering", (("Reagan", "Reagan said on"),) + USA_GOV, (None,) + JPN_GOV, None,
             "1987-03-27", "day", "March 27", "asserted", 1,
             "later mention: 'when ordering the tariffs' on March 27"),
            # 8
            ("CONSULT", ("meetings", "Technical"), (None,) + JPN_GOV, (None,) + USA_GOV, WAS,
             "1987-04-03", "day", "today and tomorrow", "planned", 0,
             "later mention: technical meetings are to be held today and tomorrow (its own time expression, dated "
             "by its start, EVENTS.md 21)"),
            # 9
            ("CONSULT", ("meetings", "tomorrow, with"), (None,) + JPN_GOV, (None,) + USA_GOV, None,
             "1987-04-09", "day", "Thursday and\nFriday", "planned", None,
             "senior-level meetings scheduled for Thursday and Friday (next Thursday from Fri 1987-04-03, dated "
             "by its start); a second round of talks; place not given"),
        ],
        "skip": [
            ("settle", "purpose of the talks"),
            ("dispute", "background nominal"),
            ("cut short", "purpose of the talks (RETREAT hypothetical arguable)"),
            (("imposed", "ordered"), "content of the order"),
            ("hope", "part of the statement"),
            (("accord", "any"), "hypothetical content of the statement (AGREE hypothetical arguable)"),
            ("reached", "hypothetical content of the statement"),
            ("penalized", "content of the order"),
            ("penalties", "anaphoric nominal (the ordered tariffs' terms)"),
            ("hoped", "part of the request"),
            (("end", "soon"), "content of the request"),
            ("unfair practices", "background nominal inside the request (ACCUSE USA -> JPN arguable)"),
            ("lifted", "content of the request (RETREAT hypothetical arguable)"),
            ("Public hearings", "domestic procedure with no named actor (CONSULT planned arguable)"),
            (("talks", "for the technical"), "anaphoric nominal (the talks)"),
            ("include", "stative (delegation list)"),
            ("Meeting", "participant list of the technical talks already coded (CONSULT later mention arguable)"),
            (("talks", "Thursday and Friday talks"), "anaphoric nominal (the senior-level talks)"),
            ("headed", "delegation heads (participants, appointment-like)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Reagan", "PERSON", "USA"),
            (("Japanese", "imposed on"), "NORP", "JPN"),
            (("U.S.", "But U.S."), "GPE", "USA"),
            ("Customs Bureau", "ORG", "USA"),
            (("Japanese", "bond on the"), "NORP", "JPN"),
            (("Reagan", "goods that"), "PERSON", "USA"),
            (("Reagan", "Reagan said on"), "PERSON", "USA"),
            (("Japanese", "hoped the"), "NORP", "JPN"),
            (("Japanese", "The Japanese aides"), "NORP", "JPN"),
            ("Shigeru Muraoka", "PERSON", "JPN"),
            ("Ministry of International Trade and Industry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            ("Masashi Yamamoto", "PERSON", "JPN"),
            ("Glen Fukushima", "PERSON", "USA"),
            (("Japan", "director of the"), "GPE", "JPN"),
            ("U.S. Trade Representative's Office", "ORG", "USA"),
            ("Jim\nGradoville", "PERSON", "USA"),
            (("U.S.", "Deputy U.S."), "GPE", "USA"),
            ("Michael Smith", "PERSON", "USA"),
            (("MITI", "Smith and"), "ORG", "JPN"),
            ("Makoto Kuroda", "PERSON", "JPN"),
        ],
    },
    "reuters21578-17351": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Manitoba Agriculture Department",) + CAN_GOV, None, WPG,
             "1987-04-28", "day", None, "asserted", None,
             "the department's weekly crop report: no precipitation, seedings progressing (a report by a named "
             "author, EVENTS.md 4; statistics); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "projections, the report"), (("the report", "projections,"),) + CAN_GOV, None, WPG,
             "1987-04-28", "day", None, "asserted", None,
             "summer fallow acres in line with Statistics Canada projections (assessment); DCT"),
        ],
        "skip": [
            (("reported", "precipitation was"), "content of the report (weather, passive)"),
            ("allowing", "content of the report"),
            (("progress", "seedings to"), "content of the report (statistics)"),
            (("seeded", "Small grains should be"), "unattributed forecast (content)"),
            ("assuming", "condition"),
            (("seeded", "barley acres"), "statistics"),
            ("projections", "background nominal (Statistics Canada's projections; STATEMENT CAN undated arguable)"),
        ],
        "entities": [
            ("Manitoba Agriculture Department", "ORG", "CAN"),
            ("Statistics Canada", "ORG", "CAN"),
        ],
    },
    "reuters21578-17585": {
        "events": [
            # 0
            ("COOPERATE", "acquiring", ("Borden Inc",) + USA_BUS, ("Prince\nCo Inc",) + USA_BUS, None,
             None, "unknown", None, "planned", None,
             "Borden is acquiring Prince Co and three grocery companies for 180 mln dlrs (acquisition between "
             "companies; the other three are U.S. too: one record); futurate progressive, the title's 'TO "
             "ACQUIRE': planned (asserted arguable); undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "Borden said the four"), (("Borden", "Borden said the four"),) + USA_BUS, None, NYC,
             "1987-06-01", "day", None, "asserted", None,
             "the four companies' expected 1987 sales (forecast); DCT, dateline city (misspelt NEW YROK)"),
            # 2
            ("STATEMENT", ("said", "It said Prince"), (("It", "It said Prince"),) + USA_BUS, None, NYC,
             "1987-06-01", "day", None, "asserted", None, "Prince's expected share of the total (forecast); DCT"),
            # 3
            ("STATEMENT", ("said", "toal 285"), (("it", "dlrs,\nit said"),) + USA_BUS, None, NYC,
             "1987-06-01", "day", None, "asserted", None, "Borden pasta's expected sales this year (forecast); DCT"),
            # 4
            ("COOPERATE", ("acquired", "being"), (("Borden", "Borden said the other"),) + USA_BUS,
             ("Steero Bouillon",) + USA_BUS, None,
             None, "unknown", None, "planned", 0,
             "later mention: the other three companies being acquired are Steero Bouillon, Blue Channel and "
             "DeJean's shrimp line (naming the remaining targets; 'said' attribution; STATEMENT arguable)"),
            # 5
            ("STATEMENT", ("said", "Borden also said"), (("Borden", "Borden also said"),) + USA_BUS, None, NYC,
             "1987-06-01", "day", None, "asserted", None,
             "the divestment of three operations is expected to produce 45 mln dlrs in cash (no buyer named in "
             "the clause: forecast); DCT"),
            # 6
            ("COOPERATE", ("sale", "It said the sale"), (None,) + USA_BUS, ("Rohm and Haas Co",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "the sale of Polyco to Rohm and Haas (Borden the implied seller; a nominal with its own predication); "
             "'last month' dates the buyer's announcement (rule-3 attribution, as 'said'), not the sale: undated"),
            # 7
            ("STATEMENT", ("said", "Borden said the divestment"), (("Borden", "Borden said the divestment"),) + USA_BUS,
             None, NYC, "1987-06-01", "day", None, "asserted", None,
             "the divestment of Heller and Humbrol is in process (no buyer named: no counterpart); DCT"),
        ],
        "skip": [
            (("said", "Borden Inc"), "rule-3 attribution (the acquisition is the event)"),
            ("producing", "stative (the companies' products)"),
            (("expected", "are expected to have"), "content of the statement (forecast)"),
            ("account for", "content of the statement (forecast)"),
            ("distributed", "stative (distribution of the brand)"),
            (("expected", "toal"), "content of the statement (forecast)"),
            (("said", "Borden said the other"), "rule-3 attribution (the acquisition is the event)"),
            (("divestment", "Borden also said"), "divestment with no buyer named (content; one of the three is the "
                                                 "Polyco sale)"),
            (("produce", "expected to produce"), "content of the statement"),
            ("purchase", "purpose: purchase of unnamed new businesses (no counterpart)"),
            (("said", "It said the sale"), "rule-3 attribution (the sale is the event)"),
            ("announced", "attribution: the buyer's announcement of the sale (STATEMENT USA 1987-05 arguable)"),
            ("makes", "stative"),
            (("divestment", "Borden said the divestment"), "divestment in process with no buyer named (content)"),
        ],
        "entities": [
            ("Borden Inc", "ORG", "USA"),
            ("Prince\nCo Inc", "ORG", "USA"),
            (("Borden", "Borden said the four"), "ORG", "USA"),
            (("Prince", "It said Prince"), "ORG", "USA"),
            ("Lowell", "GPE", "USA"),
            ("Mass.", "GPE", "USA"),
            ("Italian", "NORP", "ITA"),
            (("Borden", "sales of Borden"), "ORG", "USA"),
            (("Borden", "Borden said the other"), "ORG", "USA"),
            ("Steero Bouillon", "ORG", "USA"),
            ("Jersey City", "GPE", "USA"),
            ("N.J.", "GPE", "USA"),
            ("Blue Channel Inc", "ORG", "USA"),
            ("Beaufort", "GPE", "USA"),
            ("S.C.", "GPE", "USA"),
            ("DeJean Packing Inc", "ORG", "USA"),
            ("Biloxi", "GPE", "USA"),
            ("Miss.", "GPE", "USA"),
            (("Borden", "Borden also said"), "ORG", "USA"),
            ("Polyco", "ORG", "USA"),
            ("Cincinnati", "GPE", "USA"),
            ("Ohio", "GPE", "USA"),
            ("Rohm and Haas Co", "ORG", "USA"),
            (("Borden", "Borden said the divestment"), "ORG", "USA"),
            ("Heller", "ORG", "FRA"),
            ("France", "GPE", "FRA"),
            ("Humbrol", "ORG", "GBR"),
            ("England", "GPE", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
