"""Build ``own_blind62b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind62b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2210 left); 24 drawn with random.Random(62101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
45 event records (38 first mentions, 7 later mentions), 108 not_annotated spans, 96 entity mentions
(GPE 35, ORG 32, PERSON 18, NORP 9, LOC 2); no article without events; 12270 (tugs to refloat a Korean
carrier), 21539 (Lebanese banks' trading halt) and 3116 (Sweden sterling bond) have reporting-clause
STATEMENTs only.
Types: STATEMENT 28, AGREE 6, CONSULT 4, ACCUSE 3, SANCTION 3, COOPERATE 1; modality: asserted 39,
planned 3, negated 3; precision: day 35, unknown 9, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("U.S. Treasury Secretary James Baker": GPE "U.S." + PERSON, 17a;
"West German Finance Minister Gerhard Stoltenberg": NORP + PERSON; "Bundesbank President Karl Otto Poehl":
ORG + PERSON); a government body with its place word is one ORG span ("U.S. Agriculture Department", "Bonn
Finance Ministry" as 9776's "French Defence Ministry"; GPE "Bonn" + ORG arguable); company names are tagged
with their legal form and without angle brackets ("Cineplex Odeon Corp"), the possessive 's is left out
("Coca-Cola Co", "Lebanon"); a company name used as a modifier is still a mention ("652,742 Cineplex common
shares"); a capitalised short name of a body is a mention ("Association" for the Bankers Association, as
27b's "Finance" panel); the misspelt "Bundesbnak" is ORG DEU (17a's misspelt Konsgberg); "Paris" inside
"Paris accord/agreement" is GPE FRA (35a), while the Louvre accord/pact/agreement, bonds, Eurobonds,
currencies and the 1948 tax treaty are not entities; ship names (Hyundai New World) are not entities (4b,
33b); nationality words in currency names are tagged ("Lebanese pound": NORP, as 55a's "Canadian dlrs").
Countries: "U.S." and the United States GPE USA, James Baker / "Baker" PERSON USA, "West German" / "German"
NORP DEU, West Germany, Frankfurt GPE DEU, Gerhard Stoltenberg / "Stoltenberg", Karl Otto Poehl / "Poehl"
PERSON DEU, the Bundesbank and the Bonn Finance Ministry ORG DEU; China GPE CHN, the U.S. Agriculture
Department ORG USA; the Treasury Department / "Treasury" ORG USA, the Netherlands GPE NLD, the Netherlands
Antilles GPE ANT (the 1987 code, as 27b's Curacao unit), Aruba GPE ABW (separate since 1986); "South Korean"
NORP KOR, Lloyds (the shipping intelligence service) ORG GBR (4b's Lloyds Shipping Intelligence), Brazil GPE
BRA, Itaqui (the port) and Ponta da Madeira (the terminal's point) LOC BRA (27b's Don Muang airport LOC);
Cineplex Odeon Corp / "Cineplex" ORG CAN (the text gives no country: the dateline TORONTO places it),
Walter Reade Organization Inc / "Walter Reade" ("New York cinema chain"), Coca-Cola Co and its
Entertainment Holdings Inc ORG USA, New York and Manhattan GPE USA; Lebanon and Beirut GPE LBN, "Lebanese"
NORP LBN, the Bankers Association / "Association" and the Central Bank ORG LBN, Reuters ORG GBR; Kingdom of
Sweden one GPE span SWE (24b's Kingdom of Belgium), Baring Brothers and Co Ltd and the London Stock Exchange
ORG GBR; Group of Five, Group of Seven, International Monetary Fund and World Bank ORG null, Canada GPE CAN,
Japan GPE JPN, Congress ORG USA, "European" NORP null.

Judgement calls made here:
* 20907 (Baker meets Stoltenberg and Poehl, DCT Mon 1987-10-19, BONN): "James Baker met West German Finance
  Minister Gerhard Stoltenberg and Bundesbank President Karl Otto Poehl in Frankfurt on Monday" is CONSULT
  USA GOV (the visitor) -> DEU GOV (a same-country compound, one record, EVENTS.md 12/13), 1987-10-19
  ("Monday", on or before the DCT = the DCT), located in Frankfurt; the Bonn Finance Ministry spokesman's
  "said" is rule-3 attribution. "After the meeting the spokesman quoted Stoltenberg as saying he was
  confident ..." is a STATEMENT by Stoltenberg (DEU GOV) on "quoted" (15b/17b's trigger), but not undated
  relayed speech: his own ministry's spokesman reports it and "After the meeting" places it on Monday (the
  DCT), BONN; "saying" skipped. "Baker criticised West Germany for increasing short-term money market
  interest rates" is ACCUSE USA -> DEU, undated ("The meeting came after" gives only an order; 17a dated the
  same criticism by its "Over the weekend", absent here: rule 17); "He had said the rise was not in line
  with the spirit of the Louvre accord" its later mention (17a). "the Louvre accord aimed at stabilizing the
  U.S. dollar last February" is AGREE by the implied group of countries (null, no actor2; 17a/27b's Louvre
  call), 1987-02 ("last February" in October, read as the accord's date), location null (the text does not
  say Paris). "The meeting had been arranged last week, the spokesman said": the arranging is planning of
  the meeting (skipped; CONSULT/AGREE 1987-10 arguable), so "said" is a STATEMENT, DCT. "Baker, Stoltenberg
  and Poehl had agreed to pursue the policies agreed under the Louvre pact" is AGREE with the compound
  split by country as a mutual agreement (events_dev's "Israel and the Soviet Union agreed": one record,
  the first-named party first): USA (Baker) -> DEU (Stoltenberg and Poehl), undated (pluperfect, no time
  expression of its own; placed at Monday's meeting 1987-10-19 arguable). "The spokesman described
  Monday's talks ... as very positive" is a STATEMENT (an evaluation of the talks, not praise of an actor),
  DCT, and "Monday's talks" a later mention of the meeting (a nominal with its own date, EVENTS.md 11),
  both actors implied; "which he called private" is part of the same description (skipped). The
  Bundesbank's liquidity injection is a monetary operation and the dealers' interpretation anonymous.
* 10120 (China switches U.S. wheat purchases, DCT Thu 1987-03-26, WASHINGTON): "China has switched
  purchases of U.S. wheat totaling 60,000 tonnes ... to 1987/88 season delivery" is COOPERATE CHN GOV -> the
  implied U.S. sellers (USA BUS; 12b's "has added 50,000 tonnes to its previous purchases of U.S. corn"),
  undated (present perfect, rule 17), the USDA's "said" attribution; the outstanding sales and corn
  commitments are statistics, so the other two "the department said" are STATEMENTs (DCT, WASHINGTON).
* 19775 (U.S. ends the Netherlands Antilles tax treaty, DCT Mon 1987-06-29, WASHINGTON): terminating a
  treaty is coded SANCTION (PLOVER's reduce relations, as EVENTS.md 9's severed ties; RETREAT does not fit
  a measure against the partner; no type arguable): "The Treasury Department said it notified the
  Netherlands that it was terminating the 1948 income tax treaty" is SANCTION USA GOV -> NLD GOV on
  "terminating" ("notified" its vehicle and "said" attribution, both skipped), asserted, undated (rule 17).
  "The termination is effective January 1, 1988, the Treasury said in a two-sentence announcement" is its
  later mention (rule 3: the termination is the main proposition), planned, with its own date 1988-01-01
  (EVENTS.md 21: a later mention's own time expression is kept); "The Treasury decided to end the treaty"
  a second later mention on "decided" (16b's decision to act), undated. "after negotiations between the
  United States and the Netherlands over the past eight years had failed to reach an accord" is CONSULT
  USA -> NLD on "negotiations" (a nominal with its own predication) and AGREE negated on "reach" (55a's
  "unable to reach", 24b's "failed to resolve"), both undated ("over the past eight years" is a duration).
  The spokesman's three remaining reporting clauses (the withholding-tax effect, the early calls and
  maturities, no adverse effect on issuers) are STATEMENTs, DCT, WASHINGTON; bond issues, calls and
  refinancing are corporate finance.
* 12270 (tugs to refloat a Korean carrier, DCT Wed 1987-04-01, LONDON): the seven tugs are unnamed (no
  owner, no country) and salvage has no type, so "Lloyds shipping intelligence service said" is a STATEMENT
  (GBR ORG, 4b's Lloyds), DCT ("tonight" dates the attempt, not the saying), LONDON; "Lloyds said the ...
  vessel is carrying ... ore" a second STATEMENT. The grounding, flooding and leakage are an accident.
* 7470 (Cineplex buys Walter Reade, DCT Thu 1987-03-19, TORONTO): "said it agreed in principle to acquire
  the Walter Reade Organization Inc ... from Coca-Cola Co's Entertainment Holdings Inc unit" is AGREE CAN BUS
  -> Walter Reade (USA BUS; toward the company acquired, set 16 / 55a; the seller is USA too), asserted
  ("in principle" still an agreement), undated, "said" attribution and "acquire" content (EVENTS.md 8).
  "Cineplex said the purchase price consisted of ..." is a STATEMENT (DCT, TORONTO); the approvals are a
  condition and Walter Reade's screens stative.
* 21539 (Lebanese banks extend trading halt, DCT Mon 1987-10-19, BEIRUT): the Bankers Association's
  extension of its own suspension of trading in the pound (and its halt "on Friday") is a domestic market
  measure with no counterpart and no type (skipped; SANCTION/RETREAT do not fit), so its "said" is a
  STATEMENT (LBN ORG, a trade association), DCT, BEIRUT. "The Central Bank did not post the rate of the
  pound ... on Monday" is an official rate fixing not made (skipped as a monetary operation; a withheld
  STATEMENT LBN GOV negated 1987-10-19 arguable). "Association sources told Reuters" is anonymous (sources,
  EVENTS.md 4); the pound's crash and losses are market movements; the civil war is a background nominal.
* 3116 (Sweden sterling bond, DCT Mon 1987-03-09, LONDON): as 24b's Kingdom of Belgium notes, a sovereign's
  bond issue is corporate finance (EVENTS.md 10), so "said Baring Brothers and Co Ltd as lead manager" is a
  STATEMENT (GBR BUS, DCT, LONDON) and "issuing" is skipped with the bond's terms and listing.
* 14987 (Stoltenberg on the Paris accord, DCT Wed 1987-04-08, WASHINGTON): "said today's meetings of major
  industrial countries would look at ways of strengthening the Paris accord" is a STATEMENT (a forecast of
  the agenda) plus CONSULT on "meetings" (a nominal with its own date, EVENTS.md 11) by the group (null, no
  actor2), planned (later today; the story moved at 09:52 GMT), 1987-04-08, location null (the text names
  no place). "Stoltenberg told journalists he saw no fundamental weakness of the February 22 agreement ..."
  is a STATEMENT, and "the February 22 agreement of the Group of Five countries and Canada" AGREE by the
  named group (one null record, no actor2, 35a's G5-plus-Canada call), 1987-02-22, Paris (the text's "Paris
  accord"). "But he declined to say what measures would be discussed" is a withheld STATEMENT (negated,
  trigger "say", 53a), and "a communique of the Group of Seven ministers later today" a STATEMENT by the
  group (null), planned, 1987-04-08 ("later today"; a nominal with its own date, 31b's scheduled release).
  The bare "Paris accord", "Paris agreement", "Louvre accord/agreement" and "bargain in Paris" are
  anaphoric nominals (skipped, 24b); the IMF and World Bank annual meeting is an internal meeting of two
  IGOs used as a time reference and "discord" a background nominal (ACCUSE arguable), both skipped.
  '"There is no fundamental weakness of the Paris accord," he said' is a later mention of the "told"
  STATEMENT (a quoted restatement, EVENTS.md 3); the quote's next sentence '"We will be looking at ways of
  strengthening it, but I do not want to discuss that here.' (no reporting verb) has the withheld statement
  again: a later mention of "declined to say" on "discuss" (negated), "looking" skipped as the restated
  forecast. "Stoltenberg and Bundesbank President Karl Otto Poehl said" is one STATEMENT (same-country
  compound); Stoltenberg's "greater agreement now" and "the Louvre agreement was working", Poehl's "noted"
  (the Bundesbank's not having to sell marks is a monetary operation, skipped), '"... honored by the
  market," he said' and "Poehl said West Germany had lived up to its side of the bargain in Paris" (its
  own compliance: no type) are STATEMENTs. "Poehl said, however, that Japan had not yet fulfilled its
  pledges for economic stimulation" is ACCUSE DEU -> JPN (criticism of a party's non-compliance voiced to
  third parties, EVENTS.md 7), DCT; Japan's bare "pledges" skipped (AGREE JPN arguable).
  '"And we will have to see if the United States is able to do what they promised in Paris on reducing the
  budget deficit ...," he added' is a STATEMENT (a doubt, not yet an accusation; ACCUSE DEU -> USA
  arguable), and "what they promised in Paris" AGREE USA GOV -> the implied Paris partners (null), placed in
  the Paris accord dated "February 22" in another sentence (rule 3; undated arguable), asserted, Paris.
  "Stoltenberg reiterated West German concern about a further fall in the dollar" is a STATEMENT ("noting"
  its participial elaboration, skipped) and the closing quote '"... it is a European problem," he said' its
  later mention (a quoted restatement of the concern). All speech DCT, WASHINGTON.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind62b.jsonl"

BONN = ("BONN", "DEU")
WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
TOR = ("TORONTO", "CAN")
BEI = ("BEIRUT", "LBN")
FRANKFURT = ("Frankfurt", "DEU")
PARIS = ("Paris", "FRA")

USA_GOV = "USA", "GOV"
DEU_GOV = "DEU", "GOV"
NLD_GOV = "NLD", "GOV"
GBR_BUS = "GBR", "BUS"
CAN_BUS = "CAN", "BUS"
USA_BUS = "USA", "BUS"
GROUP = None, "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-20907": {
        "events": [
            # 0
            ("CONSULT", "met", ("U.S. Treasury Secretary James Baker",) + USA_GOV,
             ("West German Finance Minister Gerhard Stoltenberg and Bundesbank President Karl Otto Poehl",) + DEU_GOV,
             FRANKFURT, "1987-10-19", "day", "Monday", "asserted", None,
             "Baker (the visitor) met Stoltenberg and Poehl (a same-country compound, one record) in Frankfurt on "
             "Monday (on or before Mon 1987-10-19 = the DCT); the spokesman's 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", "quoted", (("Stoltenberg", "quoted"),) + DEU_GOV, None, BONN,
             "1987-10-19", "day", None, "asserted", None,
             "Stoltenberg confident currencies can be stabilised, quoted by his ministry's spokesman after the "
             "Monday meeting (not press-relayed speech: the spokesman's own report places it on the DCT); "
             "trigger 'quoted' (15b/17b), 'saying' skipped"),
            # 2
            ("ACCUSE", "criticised", (("Baker", "The meeting came after"),) + USA_GOV, ("West Germany",) + DEU_GOV,
             None, None, "unknown", None, "asserted", None,
             "Baker criticised West Germany for raising short-term rates; no time expression ('came after' gives "
             "only an order): undated (rule 17)"),
            # 3
            ("ACCUSE", ("said", "He had"), (("He", "He had said"),) + USA_GOV, (None,) + DEU_GOV, None,
             None, "unknown", None, "asserted", 2,
             "later mention: the rise was not in line with the spirit of the Louvre accord (17a)"),
            # 4
            ("AGREE", ("accord", "Louvre"), (None,) + GROUP, None, None,
             "1987-02", "month", "last February", "asserted", None,
             "the Louvre accord of last February (a nominal with its own date, EVENTS.md 11), struck by a group of "
             "countries implied (null, no actor2; 17a/27b); the text names no place"),
            # 5
            ("STATEMENT", ("said", "arranged last week, the spokesman"),
             (("the spokesman", "arranged last week,"),) + DEU_GOV, None, BONN,
             "1987-10-19", "day", None, "asserted", None,
             "the meeting had been arranged last week (planning of the meeting: no type, skipped); DCT, dateline "
             "city"),
            # 6
            ("AGREE", ("agreed", "Baker, Stoltenberg"), (("Baker", "Baker, Stoltenberg"),) + USA_GOV,
             (("Stoltenberg and Poehl", "Baker,"),) + DEU_GOV, None,
             None, "unknown", None, "asserted", None,
             "Baker, Stoltenberg and Poehl agreed to pursue the Louvre policies (a mutual agreement: one record, "
             "first-named party first, the DEU pair as actor2); pluperfect, no time expression: undated (at "
             "Monday's meeting arguable)"),
            # 7
            ("STATEMENT", "described", (("The spokesman", "The spokesman described"),) + DEU_GOV, None, BONN,
             "1987-10-19", "day", None, "asserted", None,
             "described Monday's talks as very positive (an evaluation of talks, not praise of an actor); DCT"),
            # 8
            ("CONSULT", ("talks", "Monday's"), (None,) + USA_GOV, (None,) + DEU_GOV, FRANKFURT,
             "1987-10-19", "day", "Monday's", "asserted", 0,
             "later mention: Monday's talks (a nominal with its own date, EVENTS.md 11)"),
        ],
        "skip": [
            (("said", "Finance Ministry spokesman"), "rule-3 attribution (the meeting is the event)"),
            (("meeting", "After the"), "anaphoric nominal"),
            ("saying", "attribution (part of 'quoted ... as saying')"),
            ("stabilised", "content of the statement"),
            (("meeting", "The meeting came"), "anaphoric nominal"),
            ("increasing", "interest-rate rise (monetary), content of the criticism"),
            (("rise", "He had said the"), "anaphoric nominal (the rate rise)"),
            ("stabilizing", "content of the accord"),
            (("meeting", "The meeting had"), "anaphoric nominal"),
            ("arranged", "planning of the meeting (CONSULT/AGREE 1987-10 arguable)"),
            ("pursue", "content of the agreement"),
            (("agreed", "policies"), "background: the Louvre pact's content"),
            ("pact", "anaphoric nominal (the Louvre accord)"),
            ("injected", "monetary operation"),
            ("interpreted", "anonymous-source talk (money market dealers)"),
            ("attempt", "content of anonymous talk"),
            ("curb", "content of anonymous talk (monetary)"),
            ("called", "part of the same description (relative clause)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("West German", "NORP", "DEU"),
            ("Gerhard Stoltenberg", "PERSON", "DEU"),
            ("Bundesbank", "ORG", "DEU"),
            ("Karl Otto Poehl", "PERSON", "DEU"),
            ("Frankfurt", "GPE", "DEU"),
            ("Bonn Finance Ministry", "ORG", "DEU"),
            (("Stoltenberg", "quoted"), "PERSON", "DEU"),
            (("Baker", "The meeting came after"), "PERSON", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("U.S.", "stabilizing the"), "GPE", "USA"),
            (("Baker", "Baker, Stoltenberg"), "PERSON", "USA"),
            (("Stoltenberg", "Baker, Stoltenberg"), "PERSON", "DEU"),
            (("Poehl", "Stoltenberg and Poehl"), "PERSON", "DEU"),
            ("Bundesbnak", "ORG", "DEU"),
            (("West German", "liquidity into"), "NORP", "DEU"),
            (("West German", "attempt by the"), "NORP", "DEU"),
        ],
    },
    "reuters21578-10120": {
        "events": [
            # 0
            ("COOPERATE", "switched", ("China", "CHN", "GOV"), (None,) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "China switched purchases of U.S. wheat to 1987/88 delivery (a trade exchange with the implied U.S. "
             "sellers, 12b's added purchases); present perfect: undated; the USDA's 'said' attribution"),
            # 1
            ("STATEMENT", ("said", "The department said"), (("The department", "The department said"),) + USA_GOV,
             None, WAS, "1987-03-26", "day", None, "asserted", None,
             "outstanding wheat sales to China (statistics release); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "1,015,800 tonnes, the department"),
             (("the department", "1,015,800 tonnes,"),) + USA_GOV, None, WAS,
             "1987-03-26", "day", None, "asserted", None, "corn commitments (statistics release); DCT"),
        ],
        "skip": [
            (("said", "Agriculture Department"), "rule-3 attribution (the switch is the event)"),
            ("purchases", "object of the switch (the earlier purchases: background nominal)"),
            ("began", "season calendar, no actor"),
            (("sales", "outstanding wheat"), "statistics"),
            (("sales", "and sales for"), "statistics"),
            ("commitments", "statistics"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("U.S.", "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("China", "sales to"), "GPE", "CHN"),
        ],
    },
    "reuters21578-19775": {
        "events": [
            # 0
            ("SANCTION", "terminating", ("The Treasury Department",) + USA_GOV, ("the Netherlands",) + NLD_GOV, None,
             None, "unknown", None, "asserted", None,
             "terminating the 1948 tax treaty as it applies to the Netherlands Antilles and Aruba (reduce relations: "
             "SANCTION, as EVENTS.md 9's severed ties; no type arguable), notified to the Netherlands; no time "
             "expression: undated (rule 17); 'said' attribution, 'notified' its vehicle"),
            # 1
            ("SANCTION", "termination", (("Treasury", "1988, the"),) + USA_GOV, (None,) + NLD_GOV, None,
             "1988-01-01", "day", "January 1, 1988", "planned", 0,
             "later mention: the termination is effective January 1, 1988 (rule 3: the termination is the main "
             "proposition; its own time expression kept, EVENTS.md 21)"),
            # 2
            ("SANCTION", "decided", (("The Treasury", "The Treasury decided"),) + USA_GOV, (None,) + NLD_GOV, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the Treasury decided to end the treaty (a decision to act on 'decided', 16b); "
             "undated; the spokesman's 'said' attribution"),
            # 3
            ("CONSULT", "negotiations", (("the United States", "negotiations"),) + USA_GOV,
             (("the Netherlands", "United States and"),) + NLD_GOV, None,
             None, "unknown", None, "asserted", None,
             "negotiations between the U.S. and the Netherlands over the past eight years (a nominal with its own "
             "predication); a duration, no date: undated"),
            # 4
            ("AGREE", ("reach", "failed to"), (("the United States", "negotiations"),) + USA_GOV,
             (("the Netherlands", "United States and"),) + NLD_GOV, None,
             None, "unknown", None, "negated", None,
             "the negotiations failed to reach an accord (an agreement explicitly not reached, 55a/24b); undated"),
            # 5
            ("STATEMENT", ("said", "withholding tax, the spokesman"), (("the spokesman", "withholding tax,"),) + USA_GOV,
             None, WAS, "1987-06-29", "day", None, "asserted", None,
             "the decision ends the withholding-tax exemption on Antilles Eurobond sales (effect); DCT, dateline "
             "city"),
            # 6
            ("STATEMENT", ("said", "before 1984, the spokesman"), (("the spokesman", "before 1984,"),) + USA_GOV,
             None, WAS, "1987-06-29", "day", None, "asserted", None,
             "issuers may call the bonds early; maturities and issue dates (assessment, statistics); DCT"),
            # 7
            ("STATEMENT", ("said", "He said the Treasury"), (("He", "He said the Treasury"),) + USA_GOV, None, WAS,
             "1987-06-29", "day", None, "asserted", None,
             "no adverse effect expected on U.S. issuers (assessment); DCT"),
        ],
        "skip": [
            (("said", "The Treasury Department"), "rule-3 attribution (the termination is the event)"),
            ("notified", "the notice conveying the termination (its vehicle; STATEMENT arguable)"),
            ("applies", "stative"),
            (("said", "1988, the Treasury"), "rule-3 attribution (the termination is the event)"),
            ("announcement", "part of the reporting clause"),
            (("end", "decided to"), "content of the decision"),
            (("said", "Treasury spokesman"), "rule-3 attribution (the decision is the event)"),
            (("decision", "The decision means"), "anaphoric nominal"),
            (("sale", "the sale by"), "corporate finance (Eurobond sales), content of the statement"),
            ("Terminating", "anaphoric gerund (the termination), content of the statement"),
            ("call in", "corporate finance (content)"),
            (("issued", "were"), "corporate finance (content)"),
            (("expect", "did not"), "content of the statement"),
            (("action", "expect the"), "anaphoric nominal"),
            ("refinance", "corporate finance (content)"),
        ],
        "entities": [
            ("Treasury Department", "ORG", "USA"),
            ("Netherlands", "GPE", "NLD"),
            ("Netherlands Antilles", "GPE", "ANT"),
            ("Aruba", "GPE", "ABW"),
            (("Treasury", "1988, the"), "ORG", "USA"),
            (("Treasury", "The Treasury decided"), "ORG", "USA"),
            ("United States", "GPE", "USA"),
            (("Netherlands", "United States and the"), "GPE", "NLD"),
            (("Treasury", "a Treasury spokesman"), "ORG", "USA"),
            (("U.S.", "sale by"), "GPE", "USA"),
            (("Netherlands Antilles", "Eurobonds through"), "GPE", "ANT"),
            (("U.S.", "30 pct"), "GPE", "USA"),
            (("Netherlands Antilles", "tax treaty with the"), "GPE", "ANT"),
            (("Treasury", "He said the"), "ORG", "USA"),
            (("U.S.", "adverse effect on"), "GPE", "USA"),
        ],
    },
    "reuters21578-12270": {
        "events": [
            # 0
            ("STATEMENT", ("said", "intelligence service"), ("Lloyds shipping intelligence service", "GBR", "ORG"),
             None, LON, "1987-04-01", "day", None, "asserted", None,
             "seven (unnamed) tugs will attempt to refloat the carrier tonight (salvage: no actor, no type); "
             "'tonight' dates the attempt, not the saying: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Lloyds said"), (("Lloyds", "Lloyds said"), "GBR", "ORG"), None, LON,
             "1987-04-01", "day", None, "asserted", None, "the vessel's cargo (description); DCT"),
        ],
        "skip": [
            ("attempt", "salvage by unnamed tugs (content of the statement)"),
            ("refloat", "salvage by unnamed tugs (content of the statement)"),
            ("update", "part of the reporting clause"),
            ("grounded", "accident"),
            ("undocking", "ship movement, no type"),
            ("carrying", "stative (content)"),
            ("flooded", "accident"),
            ("leakage", "accident"),
        ],
        "entities": [
            ("South Korean", "NORP", "KOR"),
            ("Lloyds", "ORG", "GBR"),
            ("Itaqui", "LOC", "BRA"),
            ("Brazil", "GPE", "BRA"),
            ("Ponta da Madeira", "LOC", "BRA"),
            (("Lloyds", "Lloyds said"), "ORG", "GBR"),
        ],
    },
    "reuters21578-7470": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Cineplex Odeon Corp",) + CAN_BUS, ("the Walter Reade Organization Inc",) + USA_BUS,
             None, None, "unknown", None, "asserted", None,
             "agreed in principle to acquire Walter Reade from Coca-Cola's unit (EVENTS.md 8: AGREE on 'agreed', "
             "toward the company acquired; the seller is USA too); undated; 'said' attribution"),
            # 1
            ("STATEMENT", ("said", "Cineplex said the purchase"), (("Cineplex", "Cineplex said the purchase"),)
             + CAN_BUS, None, TOR, "1987-03-19", "day", None, "asserted", None,
             "the purchase price consisted of cash and shares (terms); DCT, dateline city"),
        ],
        "skip": [
            (("said", "Odeon Corp"), "rule-3 attribution (the agreement is the event)"),
            ("acquire", "content of the agreement (EVENTS.md 8)"),
            ("purchase", "anaphoric nominal (the acquisition)"),
            ("transaction", "anaphoric nominal"),
            ("fulfilment", "condition"),
            ("approvals", "condition"),
            ("operates", "stative"),
        ],
        "entities": [
            ("Cineplex Odeon Corp", "ORG", "CAN"),
            ("Walter Reade Organization Inc", "ORG", "USA"),
            ("New York", "GPE", "USA"),
            ("Coca-Cola Co", "ORG", "USA"),
            ("Entertainment Holdings Inc", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Cineplex", "Cineplex said the purchase"), "ORG", "CAN"),
            (("Cineplex", "652,742"), "ORG", "CAN"),
            (("Walter Reade", "Walter Reade operates"), "ORG", "USA"),
            ("Manhattan", "GPE", "USA"),
        ],
    },
    "reuters21578-21539": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Bankers Association"), ("Lebanon's Bankers Association", "LBN", "ORG"), None, BEI,
             "1987-10-19", "day", None, "asserted", None,
             "extended its suspension of trading in the pound (a domestic market measure, no type: content); a "
             "trade association; DCT, dateline city"),
        ],
        "skip": [
            ("extended", "domestic market measure (extension of its own trading halt), no type"),
            (("suspension", "extended its"), "domestic market measure (content)"),
            (("study", "working days to"), "content (purpose clause)"),
            ("stem", "content (purpose clause)"),
            ("post", "official rate fixing not made: monetary operation (withheld STATEMENT negated arguable)"),
            ("closed", "market-price movement"),
            ("told", "anonymous-source talk (Association sources)"),
            (("suspension", "Friday's"), "content of anonymous talk"),
            ("continued", "content of anonymous talk"),
            (("study", "so as to"), "content of anonymous talk"),
            ("reinforce", "content of anonymous talk"),
            ("comprises", "stative"),
            ("halted", "domestic market measure (the Association's own trading halt), no type"),
            ("crashed", "market-price movement"),
            (("end", "government to"), "content (inability: background)"),
            ("civil war", "background nominal"),
            ("lost", "market-price movement"),
        ],
        "entities": [
            ("Lebanon", "GPE", "LBN"),
            ("Bankers Association", "ORG", "LBN"),
            ("Lebanese", "NORP", "LBN"),
            ("Central Bank", "ORG", "LBN"),
            (("Association", "Association sources"), "ORG", "LBN"),
            ("Reuters", "ORG", "GBR"),
            (("Association", "The Association"), "ORG", "LBN"),
            ("Beirut", "GPE", "LBN"),
            (("Lebanon", "hit by the inability of"), "GPE", "LBN"),
        ],
    },
    "reuters21578-3116": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Baring Brothers and Co Ltd",) + GBR_BUS, None, LON,
             "1987-03-09", "day", None, "asserted", None,
             "lead manager announcing Sweden's sterling bond issue (corporate finance, even by a sovereign: 24b's "
             "Kingdom of Belgium); DCT, dateline city"),
        ],
        "skip": [
            ("issuing", "bond issue (corporate finance, EVENTS.md 10), even by a sovereign"),
            ("priced", "bond terms"),
            ("payable", "bond terms"),
            ("callable", "bond terms"),
            ("listed", "bond listing (corporate finance)"),
        ],
        "entities": [
            ("Kingdom of Sweden", "GPE", "SWE"),
            ("Baring Brothers and Co Ltd", "ORG", "GBR"),
            ("London Stock Exchange", "ORG", "GBR"),
        ],
    },
    "reuters21578-14987": {
        "events": [
            # 0
            ("CONSULT", "meetings", ("major industrial countries",) + GROUP, None, None,
             "1987-04-08", "day", "today's", "planned", None,
             "today's meetings of major industrial countries (a nominal with its own date and predication, "
             "EVENTS.md 11; a group: null, no actor2), still ahead when the story moved (09:52 GMT): planned; the "
             "text names no place"),
            # 1
            ("STATEMENT", ("said", "Gerhard Stoltenberg"), ("West German Finance Minister Gerhard Stoltenberg",)
             + DEU_GOV, None, WAS, "1987-04-08", "day", None, "asserted", None,
             "forecast: the meetings would look at ways of strengthening the Paris accord ('today's' dates the "
             "meetings); DCT, dateline city"),
            # 2
            ("STATEMENT", "told", (("Stoltenberg", "Stoltenberg told"),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "no fundamental weakness of the February 22 agreement (assessment); DCT"),
            # 3
            ("AGREE", ("agreement", "February 22"), ("the Group of Five countries and Canada",) + GROUP, None, PARIS,
             "1987-02-22", "day", "February 22", "asserted", None,
             "the February 22 agreement of the G5 and Canada (a nominal with its own date and agent, EVENTS.md 11; "
             "the named group one null record, 35a); the Paris accord"),
            # 4
            ("STATEMENT", ("say", "declined to"), (("he", "But he"),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "negated", None,
             "declined to say what measures would be discussed: withheld statement (53a's 'declined to say'); DCT"),
            # 5
            ("STATEMENT", "communique", ("the Group of Seven ministers",) + GROUP, None, None,
             "1987-04-08", "day", "later\ntoday", "planned", None,
             "a communique of the G7 ministers later today (a scheduled release, a nominal with its own date)"),
            # 6
            ("STATEMENT", ("said", "Karl Otto Poehl"),
             ("Stoltenberg and Bundesbank President Karl Otto Poehl",) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "the Paris agreement's importance had been underestimated (assessment; a same-country compound, one "
             "record); DCT"),
            # 7
            ("STATEMENT", ("said", "Stoltenberg said there"), (("Stoltenberg", "Stoltenberg said there"),) + DEU_GOV,
             None, WAS, "1987-04-08", "day", None, "asserted", None,
             "greater agreement now among major countries than six months ago (assessment); DCT"),
            # 8
            ("STATEMENT", ("said", 'Paris accord," he'), (("he", 'Paris accord," he'),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", 2,
             "later mention: quoted restatement of 'no fundamental weakness' (EVENTS.md 3)"),
            # 9
            ("STATEMENT", ("discuss", "I do not want to"), (("I", "but I do not"),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "negated", 4,
             "later mention: 'I do not want to discuss that here' restates the withheld statement (the quote's "
             "own sentence, no reporting verb)"),
            # 10
            ("STATEMENT", ("said", "Stoltenberg said the Louvre"),
             (("Stoltenberg", "Stoltenberg said the Louvre"),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "the Louvre agreement working despite the yen's firming (assessment); DCT"),
            # 11
            ("STATEMENT", "noted", (("Poehl", "And Poehl"),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "dollar/mark parity unchanged without Bundesbank intervention (monetary content); DCT"),
            # 12
            ("STATEMENT", ("said", 'honored by the market," he'), (("he", 'market," he'),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "the Louvre agreement honored by the market (assessment); DCT"),
            # 13
            ("STATEMENT", ("said", "Poehl said West Germany"), (("Poehl", "Poehl said West Germany"),) + DEU_GOV,
             None, WAS, "1987-04-08", "day", None, "asserted", None,
             "West Germany lived up to its side of the Paris bargain (own compliance, domestic tax cuts: no type); "
             "DCT"),
            # 14
            ("ACCUSE", ("said", "Poehl said, however"), (("Poehl", "Poehl said, however"),) + DEU_GOV,
             ("Japan", "JPN", "GOV"), WAS, "1987-04-08", "day", None, "asserted", None,
             "Japan had not yet fulfilled its stimulation pledges (criticism of non-compliance voiced to third "
             "parties, EVENTS.md 7); the saying is the act; DCT"),
            # 15
            ("AGREE", "promised", (("the United States", "we will have to see"),) + USA_GOV, (None,) + GROUP, PARIS,
             "1987-02-22", "day", "February 22", "asserted", None,
             "what the U.S. promised in Paris on reducing the budget deficit (a promise to the implied Paris partners, "
             "null); placed in the Paris accord dated February 22 in another sentence (rule 3; undated arguable)"),
            # 16
            ("STATEMENT", "added", (("he", 'through Congress," he'),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "doubt whether the U.S. can deliver (not yet an accusation; ACCUSE DEU -> USA arguable); DCT"),
            # 17
            ("STATEMENT", "reiterated", (("Stoltenberg", "Stoltenberg reiterated"),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "West German concern about a further dollar fall (assessment); 'noting' its participial elaboration; "
             "DCT"),
            # 18
            ("STATEMENT", ("said", 'European problem," he'), (("he", 'European problem," he'),) + DEU_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", 17,
             "later mention: quoted restatement of the concern (EVENTS.md 3)"),
        ],
        "skip": [
            ("look at", "content of the forecast (the meetings' agenda)"),
            (("strengthening", "ways of"), "content of the forecast"),
            (("accord", "strengthening the Paris"), "bare nominal (the Paris accord, content; AGREE arguable, 24b)"),
            (("stabilizing", "accord on"), "content (the accord's aim)"),
            (("keep", "Canada to"), "content of the agreement"),
            (("discussed", "would be"), "content of the withheld statement"),
            (("agreement", "importance of the Paris"), "anaphoric nominal"),
            (("accord", "also known as the Louvre"), "anaphoric nominal (alias)"),
            ("underestimated", "content of the statement"),
            (("agreement", "greater"), "stative (consensus among countries)"),
            (("meeting", "annual"), "internal meeting of two IGOs used as a time reference (background)"),
            ("discord", "background nominal (ACCUSE arguable)"),
            (("accord", "no fundamental weakness of the Paris"), "anaphoric nominal (content of the quote)"),
            ("looking", "content of the quote (the lead's forecast restated; CONSULT later mention arguable)"),
            (("agreement", "Louvre agreement was"), "anaphoric nominal"),
            ("working", "content of the statement"),
            ("firming", "market-price movement"),
            (("sell", "having had to"), "monetary operation (not made), content"),
            (("support", "marks to"), "monetary operation, content"),
            (("agreement", "The Louvre agreement has"), "anaphoric nominal"),
            ("honored", "content of the statement"),
            ("lived up", "content (own compliance, no type)"),
            ("bargain", "anaphoric nominal (the Paris accord)"),
            ("preparing", "domestic fiscal policy (content)"),
            ("accelerated", "domestic fiscal policy (content)"),
            ("fulfilled", "content of the accusation"),
            ("pledges", "background nominal (Japan's Paris pledges; AGREE JPN arguable)"),
            (("reducing", "Paris on"), "content of the promise"),
            ("get it through", "content of the statement (passage by Congress)"),
            ("noting", "participial elaboration of 'reiterated' (EVENTS.md 3)"),
            (("fall", "further"), "market-price movement"),
            ("go unnoticed", "content of the quote"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Gerhard Stoltenberg", "PERSON", "DEU"),
            ("Paris", "GPE", "FRA"),
            (("Stoltenberg", "Stoltenberg told"), "PERSON", "DEU"),
            ("Group of Five", "ORG", None),
            ("Canada", "GPE", "CAN"),
            ("Group of Seven", "ORG", None),
            (("Stoltenberg", "Stoltenberg and Bundesbank"), "PERSON", "DEU"),
            ("Bundesbank", "ORG", "DEU"),
            ("Karl Otto Poehl", "PERSON", "DEU"),
            (("Paris", "importance of the"), "GPE", "FRA"),
            (("Stoltenberg", "Stoltenberg said there"), "PERSON", "DEU"),
            ("International Monetary Fund", "ORG", None),
            ("World Bank", "ORG", None),
            ("United States", "GPE", "USA"),
            (("Paris", "There is no fundamental"), "GPE", "FRA"),
            (("Stoltenberg", "Stoltenberg said the Louvre"), "PERSON", "DEU"),
            (("Poehl", "And Poehl"), "PERSON", "DEU"),
            (("Bundesbank", "without the"), "ORG", "DEU"),
            (("Poehl", "Poehl said West"), "PERSON", "DEU"),
            ("West Germany", "GPE", "DEU"),
            (("Paris", "bargain in"), "GPE", "FRA"),
            (("Poehl", "Poehl said, however"), "PERSON", "DEU"),
            ("Japan", "GPE", "JPN"),
            (("United States", "see if the"), "GPE", "USA"),
            (("Paris", "promised in"), "GPE", "FRA"),
            ("Congress", "ORG", "USA"),
            (("Stoltenberg", "Stoltenberg reiterated"), "PERSON", "DEU"),
            (("West German", "reiterated"), "NORP", "DEU"),
            (("German", "not just a"), "NORP", "DEU"),
            ("European", "NORP", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
