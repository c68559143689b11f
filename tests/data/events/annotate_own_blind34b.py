"""Build ``own_blind34b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind34b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,658 left); 24 drawn with random.Random(34101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
40 event records (34 first mentions, 6 later mentions), 124 not_annotated spans, 144 entity mentions;
one article without events (320, Indian vegetable oil tender: a purchase from unnamed sellers reported by
anonymous market sources); 11100 (Shell Canada shutdowns) has reporting-clause STATEMENTs only, 11231 (CSR)
three records. Types: STATEMENT 14, AGREE 7, SUPPORT 4, ASSAULT 4, COOPERATE 4, ACCUSE 4, REQUEST 2,
CONSULT 1; modality: asserted 36, planned 2, negated 1, hypothetical 1; precision: day 26, unknown 10,
month 4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed that way: the entity "Pioneer
Sugar" matching inside the earlier "Pioneer Sugar Mills Ltd" instead of "The Pioneer Sugar investment",
and the skip "purchase" matching inside "purchased" in the lead of 320 instead of "the light
purchase"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("President Reagan",
"Finance Minister Kiichi Miyazawa", "company spokeswoman Judy Wish", "Foreign Minister Eduard
Shevardnadze", "ATPC Executive Director Victor Siaahan": the PERSON; "Tass commentator Mikhail
Krutikhin": ORG "Tass" + PERSON; "Soviet leader Mikhail Gorbachev": NORP + PERSON); "the Reagan
administration" gives PERSON "Reagan" (12b); a body with its country word is one ORG span ("U.S.
Senate", "U.S. Air Force", as 33b's "U.S. Congress"; "Indian State Trading Corporation" ORG IND, 28b's
STC), the bare "Senate", "Congress" and "Air Force" (the U.S. one) ORG USA; "Democrats", "Republicans"
and "Republican" NORP USA (12b/21b); the Gulf LOC null (13a/19a), also in "Gulf policy"; "Kuwaiti" NORP
KWT, "American" NORP USA, "Iranian" NORP IRN, "Nicaraguan" NORP NIC, "Soviet" NORP SUN, Moscow GPE SUN;
laws (the War Powers Act) are not entities (12b); Tass ORG SUN (a state news agency, as 16a/17b's IRNA);
Shell Canada Ltd and "Shell" (its refinery) ORG CAN, the Royal Dutch/Shell Group ORG NLD (28b), Judy Wish
PERSON CAN (Shell Canada's spokeswoman), Strathcona and Alberta GPE CAN; CSR Ltd / "CSR" ORG AUS
("Australia's largest sugar refiner"), Pioneer Sugar Mills Ltd / "Pioneer Sugar" ORG AUS (by context),
the Delhi Australia Fund and the short "Delhi" (the fund, not the Indian city) ORG AUS (one span, no
nested GPE), Exxon Corp ORG USA, its unit Esso Exploration and Production Australia Inc ORG AUS (a
subsidiary takes the country its name gives, 28b); Airod Sdn Bhd / "Airod" ORG MYS, Aerospace
Industries Malaysia (one span) / "Aerospace Industries", Malaysian Airline System, United Motor Works
Bhd and the Royal Malaysian Air Force ORG MYS, the Indonesian Air Force ORG IDN, General Dynamics Corp,
McDonnell Douglas Corp, Lockheed Corp and its unit Lockheed Aircraft Service International ORG USA,
Reuters ORG GBR; bracketed company names tagged without brackets, tickers left out; aircraft types
(F-16, F-4) are products, not entities; "Malaysian" (government, refiner, palm olein) NORP MYS,
"European" and "South American" (oil origins) NORP null; the Association of Tin Producing Countries /
ATPC ORG null (a body of several countries) and its executive director Victor Siaahan PERSON null (the
text gives no nationality; heads of multinational bodies, 23a); Zaire GPE ZAR (the period code, set 16);
currencies (yen, dlrs, ringgit) and lower-case bodies ("the administration", "parliamentary session")
are not tagged.

Judgement calls made here:
* 20828 (Senate backs retaliation, DCT Tue 1987-10-20, WASHINGTON): "The U.S. Senate on Tuesday backed
  President Reagan's retaliatory strike against Iranian targets in the Gulf" is SUPPORT USA -> USA
  (Reagan), 1987-10-20 ("on Tuesday" = DCT), location null (no place given); the strike itself is an
  ASSAULT USA (Reagan, GOV) -> IRN, a nominal with its own agent, target and place (EVENTS.md 11),
  dated by its later mention "Monday's U.S. attack on two Iranian oil platforms" (1987-10-19; the first
  mention takes the later mention's time expression, 13b/22a/33b), located in the Gulf (LOC null).
  "Senators voted 92-1 for a non-binding measure that endorsed Monday's U.S. attack" is the later mention
  of the backing on "voted" (the vote is the act, EVENTS.md 7; "endorsed" the measure's content, skipped;
  first mention's date "Tuesday"). "in retaliation for an Iranian attack last Friday on a Kuwaiti ship
  flying the American flag" is a separate ASSAULT IRN -> KWT (the ship's nationality word; USA arguable
  from the flag), 1987-10-16 ("last Friday" from Tue 20 October). "The measure said" is a document
  (EVENTS.md 4: skipped with its content); the cloture ("cut off Republican stalling tactics"), the
  scheduled vote and the measure's War Powers content are one body's procedure or a document's content
  (skipped; the hypothetical "pullout" RETREAT arguable). In the last sentence "Democrats and Republicans
  praised the U.S. retaliatory strike" is SUPPORT USA -> USA (21b's senators praising Reagan; one record,
  a same-country compound), "many voiced new fears about the growing U.S. involvement" a STATEMENT
  (concern, no actor criticised; ACCUSE arguable) and "some demanded that Reagan comply with the War
  Powers Act" REQUEST USA -> USA; all three are wire-style verbal acts of today's Senate story: DCT,
  WASHINGTON (undated as relayed verbal acts, sets 15/16, arguable). The "strike" they praise is
  anaphoric (skipped).
* 8670 (Miyazawa, DCT Tue 1987-03-24, TOKYO): "Miyazawa said the time has come for major industrialised
  nations to take action on exchange rates" is REQUEST JPN -> the major nations (a group: null IGO;
  EVENTS.md 2: an identifiable actor told it should act; the title's "must act"; STATEMENT arguable since
  Japan is one of them), DCT. "their agreement last month in Paris" is AGREE by the group (null GOV, no
  actor2, own_blind3/33b's Paris accord), 1987-02, Paris (a nominal with its own date, EVENTS.md 11); "In
  Paris, Britain, Canada, France, Japan, the U.S. And West Germany agreed to coooperate" is its later
  mention (the named list as the group, one null record as 33b), first mention's date; the cooperation is
  content. "Miyazawa would not say what specific measures major nations would take" is a withheld
  STATEMENT (negated, DCT); "but told reporters the measures had been discussed in Paris" is CONSULT by
  the group (implied, null, no actor2), placed in last month's Paris meeting (rule 3: 1987-02, Paris;
  undated arguable), "told" rule-3 attribution (a STATEMENT on "told" arguable). "Asked if major nations
  were now negotiating ..., Miyazawa said they were not as measures had already been agreed in Paris":
  the question is skipped, the answer a STATEMENT (15a: an answer, not a refusal or denial; CONSULT negated
  arguable, hence "negotiating" skipped), and "had already been agreed in Paris" a second later mention of
  the Paris AGREE (group implied). The dollar's record low is a market movement.
* 11100 (Shell Canada, DCT Mon 1987-03-30, CALGARY): the scheduled maintenance shutdowns, the stockpiling,
  the month-long closure of the Strathcona refinery and the absence of layoffs are a company's own
  operations (no type), so each of the spokeswoman's reporting clauses ("Judy Wish said", "Wish said"
  twice, "she added") is a STATEMENT (CAN BUS, DCT, CALGARY); the Royal Dutch/Shell ownership is stative.
* 11231 (CSR, DCT Tue 1987-03-31, SYDNEY): every "analysts said" / "they said" is anonymous (EVENTS.md 4),
  so the lead's "made a bold move in selling ... and ploughing 150 mln into its traditional sugar
  business" and the paragraphs on the hypothetical float, the cash and the Pioneer investment are skipped
  with their content (COOPERATE on the lead's "selling" arguable). "CSR said it had dropped plans to
  float its oil and gas interests ... and would instead sell them to Exxon Corp unit Esso Exploration and
  Production Australia Inc for 985 mln dlrs" is COOPERATE (an asset sale between companies) AUS BUS ->
  AUS BUS (the unit's name; USA arguable as an Exxon unit), planned ("would"), undated (no time
  expression), "said" rule-3 attribution; dropping the float is corporate finance (skipped). "In a twin
  announcement CSR ... made a 2.20 dlr a share bid for the 70 pct it does not already hold in Pioneer
  Sugar Mills Ltd" is COOPERATE (a takeover bid, own_blind/18b) AUS -> AUS, asserted ("made", as 18b's
  "launched"), undated (the announcement gives no time expression; dating it by today's announcement
  arguable), the "announcement" its frame (skipped). "Pioneer Sugar was expected to recommend acceptance
  of the bid" is SUPPORT AUS BUS -> CSR (endorsing another actor's offer), planned ("was expected to"),
  undated (skipping it as an impersonal expectation, 26b, arguable).
* 6367 (Airod, DCT Wed 1987-03-18, KUALA LUMPUR): "Airod Sdn Bhd said it won a contract from the U.S. Air
  Force to repair and service ..." is a contract award: COOPERATE MYS BUS -> USA MIL (winner first,
  GUIDELINES.md), undated (no time expression), "said" rule-3 attribution. "The one-year contract ... was
  signed recently" is AGREE (signing, 22a: not a later mention of the award, another type) with both
  parties implied (MYS BUS -> USA MIL), undated ("recently" has no value), "told Reuters" attribution;
  "work is expected to begin soon" is the contract's execution (skipped). The company facts (a joint
  venture, set up in 1985, paid-up capital: "the spokesman said"), the contract's terms ("He said that
  under the contract, jet parts ... would be sent to Airod") and "Airod now services some Royal Malaysian
  Air Force and Indonesian Air Force aircraft, he said" (a habitual description, COOPERATE arguable) are
  STATEMENTs (MYS BUS, DCT). "If the Air Force was satisfied with its performance, the contract could be
  extended, he said" is COOPERATE hypothetical Airod ("its") -> the Air Force (a conditional extension of
  the award; "he said" attribution; a STATEMENT with the extension as content arguable), undated. The
  Aerospace Industries ownership is stative.
* 21369 (Tass, DCT Mon 1987-10-19, MOSCOW): "The official Soviet news agency Tass denounced a U.S. Attack
  on an Iranian oil-drilling platform in the Gulf on Monday as military adventurism" is ACCUSE SUN (a
  news agency: ORG, as 17b's IRNA) -> USA, DCT, MOSCOW; the attack is ASSAULT USA MIL -> IRN, a nominal
  with its own date and place (EVENTS.md 11), 1987-10-19 ("on Monday" on Monday = DCT), the Gulf. "and
  said it would bring no dividends to the Reagan administration" is a second reporting clause: STATEMENT
  (an assessment), and Krutikhin's quote "... will not bring political dividends to the American
  administration" its quoted restatement (later mention, EVENTS.md 3; Tass's commentary taken as his).
  "Krutikhin said the administration had embarked on an adventurist path in order to deflect attention
  from the scandal ..." is ACCUSE SUN -> USA (criticism), DCT; the Iran arms sales and the diversion of
  profits to the Nicaraguan rebels are the scandal's background inside the accusation (skipped, 24a;
  COOPERATE USA -> IRN and AID arguable). 'Krutikhin said: "The United States has undertaken an act of
  armed aggression against Iran ..."' is a further ACCUSE SUN -> USA (the saying is the act; the attack is
  its content, skipped), DCT; "the probability of which has long been spoken of by Washington officials"
  is content of the quote. "Soviet officials have previously criticized the United States for sending
  naval forces into the Gulf" is ACCUSE SUN GOV -> USA, undated (standing criticism, present perfect,
  EVENTS.md 17), "saying" its participial elaboration and the naval deployment its content (MOBILIZE
  arguable). Gorbachev and Shevardnadze leaving a parliamentary session is domestic (no type) and the
  "diplomatic speculation" anonymous; Moscow's neutrality and its arms supplies to Iraq are stative;
  "has also sought broader contacts with Iran in the last year" is a standing policy with a duration,
  skipped (CONSULT SUN -> IRN arguable).
* 320 (Indian vegetable oils, DCT Mon 1987-03-02, LONDON): no event (a negative). "The Indian State
  Trading Corporation purchased 46,000 tonnes of vegetable oils at its import tender on Friday, market
  sources said": the buyer is identified but the sellers are not (the European, South American and
  Malaysian origins are the oils', not the sellers'), so the purchase has no identified counterpart, as
  25b's STC tender (skipped; COOPERATE IND -> null, 1987-02-27, arguable); "market sources" are
  anonymous; the sellers' disappointment, the market's easing and the refiner and dealer selling are
  market talk and movements.
* 908 (Zaire tin quota, DCT Tue 1987-03-03, KUALA LUMPUR): "Zaire agreed to limit its tin exports to
  1,736 tonnes for 12 months from March 1 in line with an ATPC plan ..., the ATPC said" is AGREE ZAR ->
  the ATPC (null IGO), undated ("for 12 months from March 1" dates the limit, the agreement has no time
  expression of its own), "said" rule-3 attribution, the limit content (EVENTS.md 8). "Siaahan told
  Reuters he received a telex from Zaire indicating its willingess to take part in the plan" is its
  later mention on "indicating" (the ATPC implied as counterpart), "told" attribution, the telex, its
  receipt and "willingess" skipped as parts of it. "Siaahan said Zaire is expected to produce 1,900
  tonnes ..." is a STATEMENT (forecast and statistics; null IGO, DCT). "The ATPC hopes to cut the ...
  world surplus ... and boost prices" is an aim (no type, skipped). "All ATPC members except Zaire and
  Australia recently agreed to adhere to the export quotas" is AGREE by the group (null GOV) toward the
  ATPC (implied, null), undated ("recently" has no value); Australia's not agreeing is only implied by
  "except" (not coded). "Australia said its quota ... was roughly equal to its expected output this
  year" is a STATEMENT (AUS GOV, DCT; no place in the text: the dateline city). The membership lists are
  stative.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind34b.jsonl"

WAS = ("WASHINGTON", "USA")
TOK = ("TOKYO", "JPN")
CAL = ("CALGARY", "CAN")
KUL = ("KUALA LUMPUR", "MYS")
MOS = ("MOSCOW", "SUN")
GULF = ("Gulf", None)
PARIS = ("Paris", "FRA")

SENATE = ("The U.S. Senate", "USA", "GOV")
REAGAN = ("President Reagan", "USA", "GOV")
MIYAZAWA = ("Finance Minister Kiichi Miyazawa", "JPN", "GOV")
GROUP_IMPLIED = (None, None, "GOV")
WISH = ("company spokeswoman Judy Wish", "CAN", "BUS")
CSR_SAID = (("CSR", "CSR said"), "AUS", "BUS")
ESSO = ("Esso Exploration and Production Australia Inc", "AUS", "BUS")
AIROD = ("Airod Sdn Bhd", "MYS", "BUS")
USAF = ("U.S. Air Force", "USA", "MIL")
AIROD_IMPLIED = (None, "MYS", "BUS")
USAF_IMPLIED = (None, "USA", "MIL")
TASS = ("The official Soviet news agency Tass", "SUN", "ORG")
KRUTIKHIN = ("Tass commentator Mikhail Krutikhin", "SUN", "ORG")
ATPC_IMPLIED = (None, None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-20828": {
        "events": [
            # 0
            ("SUPPORT", "backed", SENATE, REAGAN, None,
             "1987-10-20", "day", "Tuesday", "asserted", None,
             "the Senate backed Reagan's retaliatory strike (endorsement of another actor = SUPPORT, 21b's senators "
             "praising Reagan); 'on Tuesday' = DCT (Tue 1987-10-20); no place given: location null"),
            # 1
            ("ASSAULT", "strike", REAGAN, ("Iranian targets", "IRN", "GOV"), GULF,
             "1987-10-19", "day", "Monday", "asserted", None,
             "Reagan's retaliatory strike against Iranian targets in the Gulf (a nominal with its own agent, target and "
             "place, EVENTS.md 11); dated by the later mention 'Monday's U.S. attack' (the first mention takes the "
             "later mention's time expression, 13b/22a/33b): Mon 1987-10-19"),
            # 2
            ("SUPPORT", "voted", ("Senators", "USA", "GOV"), (("U.S.", "Monday's"), "USA", "MIL"), None,
             "1987-10-20", "day", "Tuesday", "asserted", 0,
             "later mention: senators voted 92-1 for a measure endorsing the attack (the vote is the act, EVENTS.md 7; "
             "'endorsed' is the measure's content); the first mention's date"),
            # 3
            ("ASSAULT", ("attack", "Monday's U.S."), (("U.S.", "Monday's"), "USA", "MIL"),
             ("two Iranian oil platforms", "IRN", "BUS"), GULF,
             "1987-10-19", "day", "Monday", "asserted", 1,
             "later mention: 'Monday's U.S. attack on two Iranian oil platforms' (a nominal with its own date); "
             "'Monday's' from Tue 1987-10-20 = 1987-10-19"),
            # 4
            ("ASSAULT", ("attack", "retaliation for an Iranian"), (("Iranian", "retaliation for an"), "IRN", "MIL"),
             ("a Kuwaiti ship", "KWT", "BUS"), None,
             "1987-10-16", "day", "last Friday", "asserted", None,
             "the Iranian attack last Friday on a Kuwaiti ship flying the American flag (a nominal with its own "
             "date, EVENTS.md 11); 'last Friday' from Tue 1987-10-20 = 1987-10-16; the ship's country is the "
             "nationality word the text gives, KWT (USA arguable: it flies the U.S. flag)"),
            # 5
            ("SUPPORT", "praised", ("Democrats and Republicans", "USA", "GOV"), (("U.S.", "praised the"), "USA", "MIL"),
             WAS, "1987-10-20", "day", None, "asserted", None,
             "senators of both parties praised the U.S. strike (21b's 'praised President Reagan for retaliating'; a "
             "same-country compound, one record); wire-style verbal act in today's Senate story: DCT, dateline city"),
            # 6
            ("STATEMENT", "voiced", (("many", "retaliatory strike,"), "USA", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "many (of the senators) voiced new fears about the growing U.S. involvement in the Gulf (concern about a "
             "situation, no actor criticised: STATEMENT; ACCUSE toward the administration arguable); DCT"),
            # 7
            ("REQUEST", "demanded", (("some", "the Gulf and"), "USA", "GOV"), (("Reagan", "demanded that"), "USA", "GOV"),
             WAS, "1987-10-20", "day", None, "asserted", None,
             "some demanded that Reagan comply with the War Powers Act (a demand = REQUEST); DCT"),
        ],
        "skip": [
            ("moved", "domestic legislative procedure (the Senate taking a larger policy role)"),
            (("making", "greater role in"), "content of the legislative move"),
            ("endorsed", "content of the vote (the measure's wording; the vote is coded on 'voted')"),
            ("retaliation", "part of the attack's description (the Iranian attack is coded separately)"),
            (("said", "The measure"), "a document 'saying' something (the resolution): not a speech act (EVENTS.md 4)"),
            (("attack", "The measure said the"), "anaphoric nominal (content of the resolution)"),
            (("take", "cannot"), "content of the resolution (hypothetical Iranian action)"),
            ("cut off", "domestic parliamentary procedure (cloture against Republican stalling): no type"),
            (("set", "tactics and"), "internal procedure of a single body (scheduling a vote)"),
            (("vote", "set a"), "internal procedure of a single body"),
            (("give", "that could"), "content of the measure (hypothetical)"),
            ("require", "content of a document (negated; stative)"),
            (("comply", "require Reagan to"), "content of the measure"),
            ("pullout", "hypothetical consequence of the War Powers Act (RETREAT hypothetical arguable)"),
            (("strike", "praised the U.S."), "anaphoric nominal (object of the praise; the strike is coded above)"),
            ("fears", "content of the statement"),
            ("involvement", "stative background nominal (U.S. involvement in the Gulf; MOBILIZE arguable)"),
            (("comply", "demanded that Reagan"), "content of the demand"),
        ],
        "entities": [
            ("U.S. Senate", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            (("U.S.", "Monday's"), "GPE", "USA"),
            (("Iranian", "two Iranian"), "NORP", "IRN"),
            (("Iranian", "retaliation for an"), "NORP", "IRN"),
            ("Kuwaiti", "NORP", "KWT"),
            ("American", "NORP", "USA"),
            (("U.S.", "indication of"), "GPE", "USA"),
            (("Iran", "resolve that"), "GPE", "IRN"),
            ("United States", "GPE", "USA"),
            (("Senate", "Earlier, the"), "ORG", "USA"),
            ("Republican", "NORP", "USA"),
            ("Congress", "ORG", "USA"),
            (("Gulf", "in making"), "LOC", None),
            (("Reagan", "require"), "PERSON", "USA"),
            (("U.S.", "pullout of"), "GPE", "USA"),
            (("Gulf", "forces from the"), "LOC", None),
            ("Democrats", "NORP", "USA"),
            ("Republicans", "NORP", "USA"),
            (("U.S.", "praised the"), "GPE", "USA"),
            (("U.S.", "growing"), "GPE", "USA"),
            (("Gulf", "involvement in the"), "LOC", None),
            (("Reagan", "demanded that"), "PERSON", "USA"),
        ],
    },
    "reuters21578-8670": {
        "events": [
            # 0
            ("REQUEST", "said", MIYAZAWA, ("major industrialised nations", None, "IGO"), TOK,
             "1987-03-24", "day", None, "asserted", None,
             "the time has come for major industrialised nations to take action on exchange rates (an identifiable "
             "group told it should act = REQUEST, EVENTS.md 2; the title 'must act'; a group of countries: null; "
             "STATEMENT arguable since Japan is one of them); wire style: DCT, dateline city"),
            # 1
            ("AGREE", "agreement", (("their", "in line with"), None, "GOV"), None, PARIS,
             "1987-02", "month", "last month", "asserted", None,
             "'their agreement last month in Paris' (a nominal with its own date and place, EVENTS.md 11); the group "
             "of major nations: null, no actor2 (own_blind3/26a/33b's Paris accord); 'last month' from March = 1987-02"),
            # 2
            ("AGREE", ("agreed", "West Germany"),
             ("Britain, Canada, France, Japan, the U.S. And West Germany", None, "GOV"), None, PARIS,
             "1987-02", "month", "last month", "asserted", 1,
             "later mention: the six agreed in Paris to cooperate to hold currency rates (a named list taken as the "
             "group, one null record, as own_blind3/33b); no time expression of its own: the first mention's date"),
            # 3
            ("STATEMENT", ("say", "would not"), (("Miyazawa", "current levels."), "JPN", "GOV"), None, TOK,
             "1987-03-24", "day", None, "negated", None,
             "withheld statement: would not say what specific measures the major nations would take (EVENTS.md 5); DCT"),
            # 4
            ("CONSULT", "discussed", GROUP_IMPLIED, None, PARIS,
             "1987-02", "month", "last month", "asserted", None,
             "the measures had been discussed in Paris (talks among the major nations, implied: null, no actor2); "
             "placed in last month's Paris meeting (rule 3): 1987-02; 'told reporters' is rule-3 attribution (a "
             "STATEMENT on 'told' with the discussion as content arguable)"),
            # 5
            ("STATEMENT", ("said", "Miyazawa said they"), (("Miyazawa", "measures to take,"), "JPN", "GOV"), None, TOK,
             "1987-03-24", "day", None, "asserted", None,
             "answer to a question: the major nations are not now negotiating, as measures were already agreed in "
             "Paris (an answer, not a refusal or denial: STATEMENT, 15a; CONSULT negated on the ellipsis arguable); DCT"),
            # 6
            ("AGREE", ("agreed", "already been"), GROUP_IMPLIED, None, PARIS,
             "1987-02", "month", "last month", "asserted", 1,
             "later mention: 'measures had already been agreed in Paris' (the Paris accord; the group implied); the "
             "first mention's date"),
        ],
        "skip": [
            (("take", "nations to"), "content of the request"),
            ("coooperate", "content of the agreement"),
            (("hold", "to"), "content of the agreement"),
            (("take", "specific measures"), "content of the withheld statement"),
            ("told", "rule-3 attribution (the discussion in Paris is the event)"),
            ("fell", "market-price movement"),
            ("piercing", "market-price movement"),
            ("Asked", "question"),
            ("negotiating", "content of the question (the answer is the STATEMENT; CONSULT negated arguable)"),
            (("take", "measures to"), "content of the question"),
        ],
        "entities": [
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("Paris", "GPE", "FRA"),
            (("Paris", "In Paris"), "GPE", "FRA"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            ("Japan", "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Miyazawa", "current levels."), "PERSON", "JPN"),
            (("Paris", "discussed in"), "GPE", "FRA"),
            (("Miyazawa", "measures to take,"), "PERSON", "JPN"),
            (("Paris", "agreed in"), "GPE", "FRA"),
        ],
    },
    "reuters21578-11100": {
        "events": [
            # 0
            ("STATEMENT", "said", WISH, None, CAL,
             "1987-03-30", "day", None, "asserted", None,
             "Shell Canada scheduled its annual refinery maintenance shutdowns for the next two months (a company's "
             "own operations: no type, so the reporting clause is the record); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Wish said refineries"), (("Wish", "Wish said refineries"), "CAN", "BUS"), None, CAL,
             "1987-03-30", "day", None, "asserted", None,
             "refineries will stockpile production before the shutdowns (operations, no type)"),
            # 2
            ("STATEMENT", ("said", "one month, Wish"), (("Wish", "one month,"), "CAN", "BUS"), None, CAL,
             "1987-03-30", "day", None, "asserted", None,
             "the Strathcona refinery will be closed for about a month"),
            # 3
            ("STATEMENT", "added", (("she", "refinery maintenance,"), "CAN", "BUS"), None, CAL,
             "1987-03-30", "day", None, "asserted", None,
             "no layoffs associated with the maintenance (second reporting clause, EVENTS.md 3)"),
        ],
        "skip": [
            ("owned", "stative (ownership)"),
            ("scheduled", "a company's own maintenance schedule: no type (content of the statement)"),
            ("stockpile", "content of the statement (operations)"),
            (("shutdowns", "before the"), "anaphoric nominal"),
            ("maintain", "content of the statement"),
            ("carried out", "content of the statement (maintenance)"),
            ("closed", "content of the statement (refinery closure for maintenance)"),
            ("layoffs", "negated layoffs: a company's internal matter, no type (content of the statement)"),
        ],
        "entities": [
            ("Shell Canada Ltd", "ORG", "CAN"),
            ("Royal Dutch/Shell Group", "ORG", "NLD"),
            ("Judy Wish", "PERSON", "CAN"),
            (("Wish", "Wish said refineries"), "PERSON", "CAN"),
            (("Shell", "Production at"), "ORG", "CAN"),
            ("Strathcona", "GPE", "CAN"),
            ("Alberta", "GPE", "CAN"),
            (("Wish", "one month,"), "PERSON", "CAN"),
        ],
    },
    "reuters21578-11231": {
        "events": [
            # 0
            ("COOPERATE", ("sell", "would instead"), CSR_SAID, ESSO, None,
             None, "unknown", None, "planned", None,
             "CSR would instead sell its oil and gas interests to Exxon's unit Esso Exploration and Production "
             "Australia for 985 mln dlrs (an asset sale between companies = COOPERATE; 'would': planned); 'CSR said' "
             "is rule-3 attribution; no time expression: undated"),
            # 1
            ("COOPERATE", "bid", (("CSR", "twin announcement"), "AUS", "BUS"), ("Pioneer Sugar Mills Ltd", "AUS", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "made a 2.20 dlr a share bid for the 70 pct of Pioneer Sugar Mills it does not hold (a takeover bid = "
             "COOPERATE, own_blind/18b; 'made' a bid: asserted, as 18b's 'launched'); 'In a twin announcement' gives "
             "no time expression: undated (placing it in today's announcement arguable)"),
            # 2
            ("SUPPORT", "recommend", (("Pioneer Sugar", "they said."), "AUS", "BUS"), (("CSR", "through which"), "AUS", "BUS"),
             None, None, "unknown", None, "planned", None,
             "Pioneer Sugar was expected to recommend acceptance of CSR's bid (endorsement of another actor's offer = "
             "SUPPORT; 'was expected to': planned); no time expression: undated (skipping it as an impersonal "
             "expectation arguable)"),
        ],
        "skip": [
            ("move", "content of anonymous analysts' evaluation"),
            ("selling", "content of anonymous analysts' talk (the sale is coded on 'sell' below; COOPERATE arguable)"),
            ("ploughing", "content of anonymous analysts' talk (the Pioneer bid)"),
            (("said", "share analysts"), "anonymous-source talk (share analysts)"),
            (("said", "CSR said"), "rule-3 attribution (the sale is the event)"),
            ("dropped", "corporate finance (abandoning a planned float of the oil and gas interests)"),
            (("float", "dropped plans to"), "corporate finance (share float)"),
            ("held", "stative (interests held in the Delhi Australia Fund)"),
            ("announcement", "frame of the bid (CSR's announcement; the bid is the event)"),
            (("hold", "does not already"), "stative (existing holding)"),
            (("float", "A float"), "hypothetical corporate finance, content of anonymous analysts' talk"),
            ("raised", "content of analysts' talk (hypothetical)"),
            ("opting", "content of analysts' talk"),
            (("sell", "opting to"), "content of analysts' talk (the sale, coded above)"),
            ("given", "content of analysts' talk"),
            ("eliminate", "content of analysts' talk (corporate finance)"),
            ("embark", "content of analysts' talk"),
            (("said", "divisions"), "anonymous-source talk (analysts)"),
            ("investment", "anaphoric nominal (the bid), content of analysts' talk"),
            (("give", "investment would"), "content of analysts' talk"),
            (("said", "the country, they"), "anonymous-source talk (analysts)"),
            ("acceptance", "content of the recommendation"),
            (("bid", "acceptance of the"), "anaphoric nominal"),
            ("benefit", "consequence (content)"),
        ],
        "entities": [
            ("CSR Ltd", "ORG", "AUS"),
            (("CSR", "CSR said"), "ORG", "AUS"),
            ("Delhi Australia Fund", "ORG", "AUS"),
            ("Exxon Corp", "ORG", "USA"),
            ("Esso Exploration and Production Australia Inc", "ORG", "AUS"),
            (("CSR", "twin announcement"), "ORG", "AUS"),
            (("Australia", "already"), "GPE", "AUS"),
            ("Pioneer Sugar Mills Ltd", "ORG", "AUS"),
            (("Delhi", "part of"), "ORG", "AUS"),
            (("CSR", "outright"), "ORG", "AUS"),
            (("Pioneer Sugar", "The Pioneer Sugar"), "ORG", "AUS"),
            (("CSR", "would give"), "ORG", "AUS"),
            (("Australia", "largest stake in"), "GPE", "AUS"),
            (("Pioneer Sugar", "they said."), "ORG", "AUS"),
            (("CSR", "through which"), "ORG", "AUS"),
        ],
    },
    "reuters21578-6367": {
        "events": [
            # 0
            ("COOPERATE", "won", AIROD, USAF, None,
             None, "unknown", None, "asserted", None,
             "won a contract from the U.S. Air Force to repair and service jet parts (contract award = COOPERATE, "
             "winner first, awarding buyer second: GUIDELINES.md); 'said' is rule-3 attribution; no time expression: "
             "undated"),
            # 1
            ("AGREE", "signed", AIROD_IMPLIED, USAF_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the one-year contract was signed recently (signing = AGREE, 22a; both parties implied; not a later "
             "mention of the award, another type); 'recently' has no value: undated; 'told Reuters' is rule-3 "
             "attribution"),
            # 2
            ("STATEMENT", ("said", "paid-up capital"), (("the spokesman", "5.6 mln"), "MYS", "BUS"), None, KUL,
             "1987-03-18", "day", None, "asserted", None,
             "company facts: Airod was set up in 1985 and has a paid-up capital of 5.6 mln ringgit; wire style: DCT, "
             "dateline city"),
            # 3
            ("STATEMENT", ("said", "He said that"), (("He", "He said that"), "MYS", "BUS"), None, KUL,
             "1987-03-18", "day", None, "asserted", None,
             "the contract's terms: jet parts from U.S. Air Force bases in Asia will be sent to Airod (execution of "
             "the contract, no new event)"),
            # 4
            ("COOPERATE", "extended", (("its", "satisfied with"), "MYS", "BUS"), (("the Air Force", "If"), "USA", "MIL"),
             None, None, "unknown", None, "hypothetical", None,
             "the contract could be extended if the Air Force is satisfied (a contract extension = COOPERATE, winner "
             "first; conditional: hypothetical); 'he said' is rule-3 attribution; undated (a STATEMENT on 'said' with "
             "the extension as content arguable)"),
            # 5
            ("STATEMENT", ("said", "Indonesian Air Force aircraft,"), (("he", "Indonesian Air Force aircraft,"), "MYS", "BUS"),
             None, KUL, "1987-03-18", "day", None, "asserted", None,
             "Airod now services some Royal Malaysian Air Force and Indonesian Air Force aircraft (a standing business "
             "description: habitual, no event; the reporting clause is the record)"),
        ],
        "skip": [
            (("said", "Bhd>"), "rule-3 attribution (the contract award is the event)"),
            ("repair", "content of the contract"),
            (("service", "repair and"), "content of the contract"),
            ("begin", "execution of the contract (work to begin soon)"),
            ("told", "rule-3 attribution (the signing is the event)"),
            ("joint venture", "stative description (the joint venture's ownership; COOPERATE arguable)"),
            ("set up", "company founding in 1985 (background, no type)"),
            ("sent", "execution of the contract (content of the statement)"),
            (("servicing", "Airod for"), "content of the statement"),
            ("satisfied", "condition of the extension"),
            (("said", "could be extended,"), "rule-3 attribution (the hypothetical extension is the event)"),
            ("services", "habitual business description (COOPERATE MYS -> MYS / IDN arguable)"),
            ("owned", "stative (ownership)"),
        ],
        "entities": [
            ("Airod Sdn Bhd", "ORG", "MYS"),
            ("U.S. Air Force", "ORG", "USA"),
            ("General Dynamics Corp", "ORG", "USA"),
            ("McDonnell Douglas Corp", "ORG", "USA"),
            (("Airod", "an Airod"), "ORG", "MYS"),
            ("Reuters", "ORG", "GBR"),
            (("Airod", "Airod is"), "ORG", "MYS"),
            ("Lockheed Corp", "ORG", "USA"),
            ("Lockheed Aircraft Service International", "ORG", "USA"),
            ("Aerospace Industries Malaysia", "ORG", "MYS"),
            (("Airod", "Airod, which"), "ORG", "MYS"),
            (("U.S. Air Force", "jet parts from"), "ORG", "USA"),
            ("Philippines", "GPE", "PHL"),
            ("Japan", "GPE", "JPN"),
            ("South Korea", "GPE", "KOR"),
            (("Airod", "sent to"), "ORG", "MYS"),
            (("Air Force", "If the"), "ORG", "USA"),
            (("Airod", "Airod now"), "ORG", "MYS"),
            ("Royal Malaysian Air Force", "ORG", "MYS"),
            ("Indonesian Air Force", "ORG", "IDN"),
            (("Aerospace Industries", "Aerospace Industries is"), "ORG", "MYS"),
            (("Malaysian", "by the"), "NORP", "MYS"),
            ("Malaysian Airline System", "ORG", "MYS"),
            ("United Motor Works Bhd", "ORG", "MYS"),
        ],
    },
    "reuters21578-21369": {
        "events": [
            # 0
            ("ACCUSE", "denounced", TASS, (("U.S.", "denounced a"), "USA", "GOV"), MOS,
             "1987-10-19", "day", None, "asserted", None,
             "Tass denounced the U.S. attack as military adventurism (condemnation = ACCUSE; a news agency is an ORG "
             "speaker, 17b's IRNA); wire style: DCT, dateline city ('on Monday' dates the attack, same value)"),
            # 1
            ("ASSAULT", "Attack", (("U.S.", "denounced a"), "USA", "MIL"),
             ("an Iranian oil-drilling platform", "IRN", "BUS"), GULF,
             "1987-10-19", "day", "Monday", "asserted", None,
             "the U.S. attack on an Iranian oil-drilling platform in the Gulf on Monday (a nominal with its own date "
             "and place, EVENTS.md 11); 'on Monday' on Mon 1987-10-19 = DCT"),
            # 2
            ("STATEMENT", ("said", "military adventurism and"), TASS, None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "assessment: the attack will bring no dividends to the Reagan administration (second reporting clause, "
             "EVENTS.md 3); DCT"),
            # 3
            ("ACCUSE", ("said", "Mikhail Krutikhin"), KRUTIKHIN, (("the administration", "Krutikhin said"), "USA", "GOV"),
             MOS, "1987-10-19", "day", None, "asserted", None,
             "the administration embarked on an adventurist path to deflect attention from the Iran arms scandal "
             "(criticism of an actor = ACCUSE); DCT"),
            # 4
            ("STATEMENT", ("said", "American administration"), (("Krutikhin", "American administration"), "SUN", "ORG"),
             None, MOS, "1987-10-19", "day", None, "asserted", 2,
             "later mention: the quoted restatement of the lead's assessment ('will not bring political dividends to "
             "the American administration', EVENTS.md 3; Tass's commentary is Krutikhin's)"),
            # 5
            ("ACCUSE", "criticized", ("Soviet officials", "SUN", "GOV"), (("the United States", "criticized"), "USA", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "Soviet officials have previously criticized the U.S. for sending naval forces into the Gulf (standing "
             "criticism, present perfect, no time expression: undated, EVENTS.md 17); 'saying' is its participial "
             "elaboration"),
            # 6
            ("ACCUSE", ("said", "last year."), (("Krutikhin", "last year."), "SUN", "ORG"),
             (("The United States", "Krutikhin said:"), "USA", "GOV"), MOS,
             "1987-10-19", "day", None, "asserted", None,
             "'The United States has undertaken an act of armed aggression against Iran' (an accusation: the saying is "
             "the act, EVENTS.md 1; the attack itself is its content); DCT"),
        ],
        "skip": [
            (("bring", "said it would"), "content of the assessment"),
            ("embarked", "content of the accusation"),
            ("deflect", "content of the accusation"),
            ("scandal", "background nominal (the Iran-contra scandal)"),
            ("sold", "content of the accusation: background of the scandal (COOPERATE USA -> IRN arguable)"),
            ("diverted", "content of the accusation: background of the scandal (AID to the contras arguable)"),
            ("confrontation", "stative (content of the quote)"),
            (("adventure", "latest military"), "anaphoric nominal (the attack), content of the quote"),
            (("bring", "will not"), "content of the quote"),
            ("left", "leaders leaving a parliamentary session: domestic, no type"),
            ("sparking", "consequence (anonymous diplomatic speculation)"),
            ("speculation", "anonymous talk (diplomatic speculation)"),
            ("concerned", "content of anonymous speculation"),
            ("sending", "content of the criticism (the U.S. naval deployment; MOBILIZE arguable)"),
            ("saying", "participial elaboration of the criticism (EVENTS.md 3)"),
            ("presence", "content of the criticism"),
            ("increase", "content of the criticism"),
            ("neutral", "stative (Moscow's neutrality)"),
            ("war", "background nominal (the Iran-Iraq war; ASSAULT arguable)"),
            ("supplier", "stative description (arms supplier to Iraq; COOPERATE SUN -> IRQ arguable)"),
            ("sought", "a standing policy over the past year ('in the last year' is a duration); CONSULT SUN -> IRN "
                       "arguable"),
            ("undertaken", "content of the accusation (the attack, coded above)"),
            ("aggression", "content of the accusation"),
            ("spoken", "content of the quote (U.S. officials' talk relayed inside the accusation)"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Tass", "ORG", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            ("Reagan", "PERSON", "USA"),
            (("Tass", "Tass commentator"), "ORG", "SUN"),
            ("Mikhail Krutikhin", "PERSON", "SUN"),
            ("United States", "GPE", "USA"),
            (("Iran", "arms\nto"), "GPE", "IRN"),
            ("Nicaraguan", "NORP", "NIC"),
            ("American", "NORP", "USA"),
            (("Krutikhin", "American administration"), "PERSON", "SUN"),
            (("Soviet", "Soviet leader"), "NORP", "SUN"),
            ("Mikhail Gorbachev", "PERSON", "SUN"),
            ("Eduard Shevardnadze", "PERSON", "SUN"),
            (("Soviet", "Soviet officials"), "NORP", "SUN"),
            (("United States", "criticized the"), "GPE", "USA"),
            (("Gulf", "naval forces into the"), "LOC", None),
            ("Moscow", "GPE", "SUN"),
            (("Iran", "between"), "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            (("Iraq", "supplier to"), "GPE", "IRQ"),
            (("Iran", "contacts with"), "GPE", "IRN"),
            (("Krutikhin", "last year."), "PERSON", "SUN"),
            (("United States", "Krutikhin said:"), "GPE", "USA"),
            (("Iran", "aggression against"), "GPE", "IRN"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-320": {
        "events": [],
        "skip": [
            ("purchased", "purchase at an import tender from unnamed sellers: no identified counterpart (25b's STC "
                          "tender; the origins named are the oils', not the sellers'; COOPERATE IND -> null, 1987-02-27, "
                          "arguable)"),
            ("tender", "the STC's import tender: no identified counterpart"),
            ("said", "anonymous-source talk (market sources)"),
            ("business", "anaphoric nominal (the purchase)"),
            ("disappointed", "stative, unnamed sellers"),
            (("purchase", "light"), "anaphoric nominal"),
            ("ease", "market-price movement"),
            ("selling", "market activity by unnamed refiners and dealers"),
            ("traded", "market-price movement"),
        ],
        "entities": [
            ("Indian State Trading Corporation", "ORG", "IND"),
            ("European", "NORP", None),
            ("South American", "NORP", None),
            ("Malaysian", "NORP", "MYS"),
            (("Malaysian", "under"), "NORP", "MYS"),
        ],
    },
    "reuters21578-908": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Zaire", "ZAR", "GOV"), ("Association of Tin Producing Countries", None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "Zaire agreed to limit its tin exports in line with the ATPC plan (AGREE toward the ATPC, null IGO; the "
             "limit is content, EVENTS.md 8); 'for 12 months from March 1' dates the limit, not the agreement: no "
             "time expression of its own, undated; 'the ATPC said' is rule-3 attribution"),
            # 1
            ("AGREE", "indicating", (("Zaire", "telex from"), "ZAR", "GOV"), ATPC_IMPLIED, None,
             None, "unknown", None, "asserted", 0,
             "later mention: Zaire's telex indicating its willingness to take part in the plan (the same acceptance, "
             "told by the ATPC director; the ATPC implied as counterpart); 'told Reuters' is rule-3 attribution"),
            # 2
            ("STATEMENT", ("said", "Siaahan said"), (("Siaahan", "Siaahan said"), None, "IGO"), None, KUL,
             "1987-03-03", "day", None, "asserted", None,
             "forecast and statistics: Zaire's expected 1987 output and its 1986 output and exports (the ATPC's "
             "director: null, as heads of multinational bodies, 23a); wire style: DCT, dateline city"),
            # 3
            ("AGREE", ("agreed", "recently"), ("All ATPC members except Zaire and Australia", None, "GOV"), ATPC_IMPLIED,
             None, None, "unknown", None, "asserted", None,
             "the other ATPC members recently agreed to adhere to their quotas (a group of countries: null; the ATPC "
             "implied as counterpart, EVENTS.md 14); 'recently' has no value: undated; Australia's non-agreement is "
             "only implied by 'except' (not coded)"),
            # 4
            ("STATEMENT", ("said", "Australia said"), (("Australia", "Australia said"), "AUS", "GOV"), None, KUL,
             "1987-03-03", "day", None, "asserted", None,
             "its 7,000 tonne quota is roughly equal to its expected output this year (assessment); wire style: DCT, "
             "dateline city (no place in the text)"),
        ],
        "skip": [
            ("limit", "content of the agreement"),
            ("plan", "background nominal (the ATPC export plan)"),
            ("curb", "content of the plan"),
            (("said", "the ATPC"), "rule-3 attribution (Zaire's agreement is the event)"),
            ("told", "rule-3 attribution (Zaire's indicated willingness is the event)"),
            ("received", "receipt of the telex (part of the reported acceptance)"),
            ("telex", "the channel of Zaire's acceptance (coded on 'indicating')"),
            ("willingess", "part of the indication (coded on 'indicating')"),
            ("take part", "content of the acceptance"),
            (("limit", "plan to"), "content of the plan"),
            (("expected", "Zaire is"), "content of the forecast"),
            ("produce", "content of the forecast (statistics)"),
            ("hopes", "the ATPC's aim (market goal): no type"),
            (("cut", "hopes to"), "content of the aim"),
            ("boost", "content of the aim (prices)"),
            ("adhere", "content of the agreement"),
            ("allocated", "background (quotas allocated under the plan)"),
            ("consists", "stative (membership)"),
        ],
        "entities": [
            ("Zaire", "GPE", "ZAR"),
            ("Association of Tin Producing Countries", "ORG", None),
            ("ATPC", "ORG", None),
            (("ATPC", "the ATPC said"), "ORG", None),
            (("ATPC", "ATPC Executive"), "ORG", None),
            ("Victor Siaahan", "PERSON", None),
            ("Reuters", "ORG", "GBR"),
            (("Zaire", "telex from"), "GPE", "ZAR"),
            (("ATPC", "total ATPC"), "ORG", None),
            (("Siaahan", "Siaahan said"), "PERSON", None),
            (("Zaire", "Siaahan said"), "GPE", "ZAR"),
            (("ATPC", "The ATPC hopes"), "ORG", None),
            (("ATPC", "All ATPC"), "ORG", None),
            (("Zaire", "except"), "GPE", "ZAR"),
            ("Australia", "GPE", "AUS"),
            (("Australia", "Australia said"), "GPE", "AUS"),
            (("ATPC", "The ATPC consists"), "ORG", None),
            ("Malaysia", "GPE", "MYS"),
            ("Indonesia", "GPE", "IDN"),
            ("Thailand", "GPE", "THA"),
            ("Bolivia", "GPE", "BOL"),
            (("Australia", "Bolivia,"), "GPE", "AUS"),
            ("Nigeria", "GPE", "NGA"),
            (("Zaire", "Nigeria and"), "GPE", "ZAR"),
            ("China", "GPE", "CHN"),
            (("Bolivia", "China and"), "GPE", "BOL"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
