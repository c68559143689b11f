"""Build ``own_blind68b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind68b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2114 left); 24 drawn with random.Random(68101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
37 event records (30 first mentions, 7 later mentions), 88 not_annotated spans, 84 entity mentions
(ORG 37, GPE 25, NORP 13, PERSON 9); 18908 (EC rejects Spanish barley licence bids) has no event (a negative:
EC tender administration and anonymous trade sources only); 7443 (First Interstate), 11316 (HGCA export
figures) and 16359 (USDA field report) have reporting-clause STATEMENTs only.
Types: STATEMENT 23, REQUEST 4, CONSULT 4, ACCUSE 3, COOPERATE 3; modality: asserted 36, planned 1;
precision: day 27, unknown 10.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("U.S. Secretary of State George Shultz": GPE "U.S." + PERSON;
"State Department spokesman Charles Redman": ORG + PERSON); company names are tagged with their legal form
and without angle brackets ("<Fothergill and Harvey PLC>" gives "Fothergill and Harvey PLC"), tickers are
not entities; the possessive 's is left out ("Brazil's"); a government body with its country word is one
ORG span ("U.S. Agriculture Department", "U.S. Air Force", "U.S. Embassy"); "EC" inside "non-EC" is an ORG
mention and "Spanish" inside "non-Spanish" a NORP mention (earlier sets' "non-EC", "non-U.S."); products
(System X), currencies (ECUs, yen, stg) and figures are not entities; "Ministry of International Trade and
Industry" is one ORG span and "National Telecommunications Authority of Colombia" one ORG span (no nested
GPE, as 55a's "Radio Moscow").
Countries: the Ministry of International Trade and Industry / MITI ORG JPN, "Japanese" NORP JPN, Reuters
ORG GBR (earlier sets); First Interstate Bancorp / "First Interstate" ORG USA (the text gives no country:
the dateline WASHINGTON, the U.S. ticker and the SEC filing place it), the Securities and Exchange
Commission ORG USA, Brazil GPE BRA, "Brazilian" NORP BRA; "U.S." GPE USA, George Shultz / "Shultz" and
Charles Redman PERSON USA, Eduard Shevardnadze / "Shevardnadze" PERSON SUN, "Soviet" NORP SUN, Moscow and
the Soviet Union GPE SUN, Helsinki GPE FIN, the U.S. Air Force, the State Department and the U.S. Embassy
ORG USA, "Americans" NORP USA, the United States and Washington GPE USA, "Russian" NORP SUN (a pre-1917
merchant; the 1987 state code as SUN elsewhere, RUS arguable), the (Soviet) Foreign Ministry ORG SUN; the
Soviet Union and the USSR GPE SUN, "U.K." GPE GBR, the EC ORG null, the Home Grown Cereals Authority and
Customs and Excise ORG GBR (39a); American Cyanamid Co ORG USA, Cyanamid Fothergill Ltd ORG GBR (the title's
"U.K. COMPANY", its locations in Wrexham, U.K.), Fothergill and Harvey PLC ORG GBR (a Plc, earlier sets),
"European" NORP null (earlier sets), Wrexham GPE GBR; Bulgaria GPE BGR, Romania GPE ROU, the U.S.
Agriculture Department ORG USA, Belgrade GPE YUG; the EC Commission ORG null, "Spanish" NORP ESP; Plessey Co
Plc / "Plessey" ORG GBR, Colombia GPE COL, the National Telecommunications Authority of Colombia and Telecom
Colombia ORG COL, Telefon L M Ericsson AB ORG SWE, NEC Corp and Fujitsu Ltd ORG JPN, Italtel ORG ITA, Italy
GPE ITA, "South American" NORP null (earlier sets).

Judgement calls made here:
* 9222 (MITI asks traders to curb dollar selling, DCT Wed 1987-03-25, TOKYO): "MITI has asked about 30
  Japanese trading houses and exporters to refrain from excessive dollar selling, trading house officials
  said" is REQUEST JPN GOV -> JPN BUS (a ministry pressing companies; an identifiable act relayed by
  anonymous sources, their "said" skipped, as earlier sets), undated (present perfect, rule 17 / set 15's
  relayed verbal acts); "The officials told Reuters MITI asked them to moderate ..." (trigger "asked"),
  "It made the request by telephone" (trigger "request") and "The trading house officials said MITI had
  asked them to undertake ..." are its later mentions (same pair, undated); the officials of unnamed
  trading houses are anonymous (EVENTS.md 4: "told" and both "said" skipped). "A MITI official said the
  ministry has conducted a survey of foreign exchange trading ..." is a STATEMENT (an official of a named
  body, JPN GOV; the survey is domestic administration with no type: skipped, ACCUSE-as-investigation
  arguable but no wrongdoing is alleged), DCT, TOKYO; "But he said it was not aimed at moderating dollar
  selling" a second STATEMENT (EVENTS.md 3; a clarification, not a denial of a stated allegation: REJECT
  arguable); "The MITI official said MITI undertakes such surveys ..." (habitual practice) and "He said the
  survey showed ..." (the survey's result) are STATEMENTs, DCT. The earlier "similar survey was made" has
  no named agent in its clause (skipped); the yen's fall and record low are market movements.
* 7443 (First Interstate and Brazil loans, DCT Thu 1987-03-19, WASHINGTON): reclassifying loans as
  nonperforming is bank accounting (corporate finance, skipped), so "First Interstate Bancorp said its 1987
  pre-tax income could be reduced ..." is a STATEMENT (USA BUS), DCT, WASHINGTON; "But the company stressed
  in a filing with the Securities and Exchange Commission that it believes it is too soon to reclassify"
  is a STATEMENT on "stressed" (a named company speaking through its filing; "filing" skipped as corporate
  finance), DCT (no time expression, rule 2), WASHINGTON; the quote '"The corporation believes that it is
  premature ...," First Interstate said' is its later mention (a quoted restatement, EVENTS.md 3). "Brazil's
  Feb 20 suspension of direct interest payments" is the payment freeze (EVENTS.md 10: no type, skipped).
  "But First Interstate said that if Brazil's suspension ... continues, it may have to reclassify ...",
  "First Interstate said it also has 165 mln dlrs in short-term loans or trade lines in Brazil" (standing
  exposure, stative) and "As of Dec 31, 1986, nonperforming Brazilian outstandings were about 4.1 mln dlrs,
  it said" (the date is the figure's, not the saying's) are STATEMENTs, DCT.
* 16218 (Shultz-Shevardnadze talks, DCT Mon 1987-04-13, MOSCOW): "George Shultz and ... Eduard Shevardnadze
  met today" is CONSULT USA GOV -> SUN GOV (visitor first, EVENTS.md 13), 1987-04-13 ("today"), in Moscow;
  the "arms control agreement" pursued is a goal nominal (skipped). "Shultz ... arrived from Helsinki" is
  CONSULT USA -> SUN (the visit; host implied, SUN GOV), placed in today's meeting that he "went straight
  into" (rule 3: 1987-04-13, date_text "today"), in Moscow; "went straight into a closed-door meeting with
  Shevardnadze" is a later mention of the meeting (trigger "meeting"). "Redman told reporters that U.S. Arms
  control advisers had been told not to discuss the U.S. Proposals with the press" is a STATEMENT (USA GOV),
  DCT, MOSCOW; the instruction to the advisers is internal to the U.S. side (skipped). "U.S. Officials have
  been optimistic about the possibility of progress" is a stative attitude (skipped, STATEMENT arguable);
  "the talks, scheduled to end on Wednesday" is an anaphoric nominal (skipped; a later CONSULT mention
  arguable). "Shultz has been more guarded, saying that if ..." is a STATEMENT on "saying" (a wire-style
  speech act with no time expression: DCT, EVENTS.md 16), MOSCOW. "Shultz is expected to protest about a
  spying network that has come to light at the U.S. Embassy" is ACCUSE (a verbal complaint; PLOVER's
  PROTEST is for demonstrations) USA GOV -> the Soviet side (implied SUN GOV: the addressee of the protest
  at the talks), planned; not placed on a day (the talks run Monday to Wednesday; the protest is only
  "expected"): undated (1987-04 arguable as a span inside one month, EVENTS.md 21). "the Soviet Union has
  said its diplomatic missions in the United States are subjected to surveillance" is ACCUSE SUN GOV ->
  USA GOV (implied: an allegation of U.S. surveillance, speech-act rule 2; STATEMENT DCT arguable) and
  "has accused Washington of 'spy-mania'" a second ACCUSE SUN -> USA ("Washington"), both undated (perfect
  typed verbal acts with no time expression, set 15's "have accused"). "Shevardnadze met Shultz with a
  handshake at the door" is a later mention of today's meeting (visitor Shultz kept first, EVENTS.md 13);
  the guest house "built" and "belonging", the photographers' "prompted" and the handshake "shake hands"
  have no type; "the discussions" is anaphoric; "an observer said" is anonymous.
* 11316 (U.K. grain exports to the USSR, DCT Tue 1987-03-31, LONDON): "..., the Home Grown Cereals
  Authority said, quoting provisional Customs and Excise figures" is a statistics release, STATEMENT by a
  named statutory body (GBR GOV, 39a), DCT, LONDON; the exports to the Soviet Union are aggregate trade flows
  (statistics, 39a/21b: skipped, COOPERATE GBR -> SUN arguable), "quoting" the relayed document. "Grain
  traders said ..." is anonymous (skipped with its content).
* 6101 (American Cyanamid buys out Fothergill, DCT Tue 1987-03-17, WAYNE, N.J.): "American Cyanamid Co said
  it bought the 50 pct interest of Cyanamid Fothergill Ltd held by Fothergill and Harvey PLC" is COOPERATE
  USA BUS -> Fothergill and Harvey PLC (GBR BUS: the seller, the party of the exchange; the unit is GBR as
  well), undated (rule 17), "said" rule-3 attribution; "making the unit a wholly owned subsidiary" is the
  result (skipped). "The current management will remain in place and the unit will continue at its
  locations in Wrexham, U.K., the company said" is a STATEMENT (no type), DCT, location WAYNE (the
  dateline city as written, as earlier sets' CRANFORD).
* 16359 (USDA officer on Bulgarian and Romanian crops, DCT Mon 1987-04-13, WASHINGTON): as 55a's 5972,
  "the U.S. Agriculture Department's officer in Belgrade said in a field report" is a STATEMENT USA GOV (a
  report by a named author, EVENTS.md 4), DCT (the report gives no date of its own), located in Belgrade
  (where the officer reports from); the five following "the report said" / "It said" / "it said" clauses
  are STATEMENTs by the report's author (each reporting clause a record, EVENTS.md 3), DCT, Belgrade. The
  officer's "travel in the two countries from March 30 to April 4" is fieldwork with no counterpart
  (skipped; CONSULT USA -> BGR/ROU arguable); the crop conditions are statistics.
* 18908 (EC rejects Spanish barley licence bids, DCT Thu 1987-06-18, PARIS): no event (a negative). The EC
  committee's rejection of all bids at its export tender is EC tender administration with unnamed bidders
  (skipped, 36b/43a; REJECT EC -> traders arguable), and every speaker is "trade sources" (anonymous).
* 3021 (Plessey wins Colombian telephone contract, DCT Mon 1987-03-09, LONDON): "Plessey Co Plc said it had
  won a multi-million stg contract to supply Colombia with the System X digital telephone exchange" is
  COOPERATE GBR BUS -> Colombia (COL GOV; a contract won from a customer, EVENTS.md 8), undated (rule 17),
  "said" rule-3 attribution, "supply" its content. "A Plessey statement said the contract, awarded by the
  National Telecommunications Authority of Colombia, was won against competition from ..." is its later
  mention on "won" (actor1 "Plessey" of the statement, actor2 the awarding authority, COL), with "said"
  rule-3 attribution and "awarded" the same award seen from the buyer (skipped; COOPERATE COL -> GBR
  arguable); "Company sources said the deal was worth ..." is anonymous. '"The award is regarded as a
  triumph ...," it said', "Plessey said the contract was one of the largest awarded by Telecom Colombia
  ..." (Telecom Colombia's past awards are aggregate background, skipped) and "The firm was actively
  marketing System X worldwide and contract negotiations in certain countries had reached an advanced
  stage, it said" are STATEMENTs (GBR BUS), DCT, LONDON; the negotiations have no named counterpart
  (skipped, CONSULT arguable); the share price is a market movement.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind68b.jsonl"

TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
MOS = ("MOSCOW", "SUN")
MOSCOW_TXT = ("Moscow", "SUN")
LON = ("LONDON", "GBR")
WAY = ("WAYNE", "USA")
BELGRADE = ("Belgrade", "YUG")

JPN_GOV = "JPN", "GOV"
JPN_BUS = "JPN", "BUS"
USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
SUN_GOV = "SUN", "GOV"
GBR_GOV = "GBR", "GOV"
GBR_BUS = "GBR", "BUS"
COL_GOV = "COL", "GOV"

TRADERS = ("about 30\nJapanese trading houses and\nexporters",) + JPN_BUS

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-9222": {
        "events": [
            # 0
            ("REQUEST", ("asked", "has asked"), ("The Ministry of International Trade and\nIndustry",) + JPN_GOV, TRADERS, None,
             None, "unknown", None, "asserted", None,
             "MITI has asked about 30 trading houses and exporters to refrain from excessive dollar selling "
             "(a ministry pressing companies); relayed by anonymous trading house officials (their 'said' "
             "skipped); present perfect, no time expression: undated (rule 17)"),
            # 1
            ("REQUEST", ("asked", "Reuters MITI"), (("MITI", "Reuters MITI"),) + JPN_GOV,
             (("them", "MITI asked"),) + JPN_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention: MITI asked them to moderate their foreign exchange trading ('told Reuters' by "
             "anonymous officials skipped)"),
            # 2
            ("REQUEST", ("request", "It made the"), (("It", "It made the"),) + JPN_GOV, None, None,
             None, "unknown", None, "asserted", 0,
             "later mention: it made the request by telephone (light verb + event noun); target implied, the "
             "same companies"),
            # 3
            ("STATEMENT", ("said", "A MITI official"), ("A MITI official",) + JPN_GOV, None, TOK,
             "1987-03-25", "day", None, "asserted", None,
             "the ministry has conducted a survey of foreign exchange trading (domestic administration, no "
             "type); an official of a named body; DCT, dateline city"),
            # 4
            ("STATEMENT", ("said", "But he"), (("he", "But he"),) + JPN_GOV, None, TOK,
             "1987-03-25", "day", None, "asserted", None,
             "the survey was not aimed at moderating dollar selling (a clarification; REJECT arguable); DCT"),
            # 5
            ("STATEMENT", ("said", "The MITI official"), ("The MITI official",) + JPN_GOV, None, TOK,
             "1987-03-25", "day", None, "asserted", None,
             "MITI undertakes such surveys when rates fluctuate widely (habitual practice); DCT"),
            # 6
            ("STATEMENT", ("said", "He said the survey"), (("He", "He said the survey"),) + JPN_GOV, None, TOK,
             "1987-03-25", "day", None, "asserted", None,
             "the survey showed trade houses contributed little to the dollar fall (a result); DCT"),
            # 7
            ("REQUEST", ("asked", "MITI had"), (("MITI", "said MITI had"),) + JPN_GOV,
             (("them", "MITI had asked"),) + JPN_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention: MITI had asked them to trade with due consideration to the adverse effects "
             "(relayed by the anonymous trading house officials)"),
        ],
        "skip": [
            (("said", "trading\nhouse officials"), "anonymous-source talk (officials of unnamed trading houses)"),
            ("refrain", "content of the request"),
            ("told", "anonymous-source talk (the trading house officials)"),
            ("moderate", "content of the request"),
            ("conducted", "domestic administration (a survey; ACCUSE-as-investigation arguable, no wrongdoing "
                          "alleged): content of the statement"),
            (("moderating", "not aimed at"), "content of the statement"),
            (("said", "The trading house officials"), "anonymous-source talk (trading house officials)"),
            ("undertake", "content of the request"),
            ("undertakes", "content of the statement (habitual practice)"),
            (("survey", "A similiar"), "an earlier survey with no named agent in its clause (background)"),
            ("fell", "market-price movement"),
            ("hit", "market-price movement"),
            ("showed", "content of the statement (the survey's result)"),
            ("contributed", "content of the statement"),
        ],
        "entities": [
            ("Ministry of International Trade and\nIndustry", "ORG", "JPN"),
            (("MITI", "(MITI"), "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("MITI", "Reuters MITI"), "ORG", "JPN"),
            (("MITI", "A MITI official"), "ORG", "JPN"),
            (("MITI", "said MITI had"), "ORG", "JPN"),
            (("MITI", "The MITI official"), "ORG", "JPN"),
            (("MITI", "said MITI undertakes"), "ORG", "JPN"),
        ],
    },
    "reuters21578-7443": {
        "events": [
            # 0
            ("STATEMENT", ("said", "First Interstate Bancorp"), ("First Interstate Bancorp",) + USA_BUS, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "1987 pre-tax income could be reduced if it reclassifies its Brazil loans (bank accounting, no "
             "type); DCT, dateline city"),
            # 1
            ("STATEMENT", "stressed", ("the company",) + USA_BUS, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "stressed in an SEC filing that it is too soon to reclassify the debt (the company speaking "
             "through its filing; the filing itself corporate finance); no time expression: DCT (rule 2)"),
            # 2
            ("STATEMENT", ("said", "at this time,\""), (("First Interstate", "at this time,\""),) + USA_BUS, None,
             WAS, "1987-03-19", "day", None, "asserted", 1,
             "later mention: the quote restates the paraphrase ('premature to make a decision', EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "But First Interstate"), (("First Interstate", "But First Interstate"),)
             + USA_BUS, None, WAS, "1987-03-19", "day", None, "asserted", None,
             "if Brazil's suspension continues it may have to reclassify its loans (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "debt, First Interstate"), (("First Interstate", "debt, First Interstate"),)
             + USA_BUS, None, WAS, "1987-03-19", "day", None, "asserted", None,
             "it also has 165 mln dlrs in short-term loans in Brazil (standing exposure); DCT"),
            # 5
            ("STATEMENT", ("said", "4.1 mln dlrs, it"), (("it", "4.1 mln dlrs,"),) + USA_BUS, None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "nonperforming Brazilian outstandings at Dec 31, 1986 (statistics; the date is the figure's); DCT"),
        ],
        "skip": [
            ("reduced", "content of the statement (earnings)"),
            (("decides", "if it"), "condition (bank accounting)"),
            (("reclassify", "decides to"), "content (bank accounting)"),
            ("filing", "corporate filing (part of the reporting clause)"),
            ("believes", "part of the reporting clause"),
            (("reclassify", "too soon to"), "content of the statement"),
            (("suspension", "Feb 20"), "Brazil's payment freeze (EVENTS.md 10: no matching type)"),
            (("decsion", "make a"), "content of the quote"),
            (("suspension", "if Brazil's"), "anaphoric nominal (the payment freeze), condition"),
            ("continues", "condition"),
            (("reclassify", "may have to"), "content of the statement (bank accounting)"),
            ("place them", "content of the statement"),
            ("deducted", "content of the statement"),
            (("has", "it also"), "stative (standing loan exposure)"),
        ],
        "entities": [
            ("First Interstate Bancorp", "ORG", "USA"),
            (("Brazil", "long-term loans to"), "GPE", "BRA"),
            ("Securities\nand Exchange Commission", "ORG", "USA"),
            (("Brazil", "despite"), "GPE", "BRA"),
            (("First Interstate", "at this time,\""), "ORG", "USA"),
            (("First Interstate", "But First Interstate"), "ORG", "USA"),
            (("Brazil", "that if Brazil's"), "GPE", "BRA"),
            (("First Interstate", "debt, First Interstate"), "ORG", "USA"),
            (("Brazil", "trade\nlines in"), "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
        ],
    },
    "reuters21578-16218": {
        "events": [
            # 0
            ("CONSULT", "met", ("George Shultz",) + USA_GOV, ("Eduard Shevardnadze",) + SUN_GOV, MOSCOW_TXT,
             "1987-04-13", "day", "today", "asserted", None,
             "Shultz and Shevardnadze met today in a Moscow mansion (visitor first, EVENTS.md 13)"),
            # 1
            ("CONSULT", "arrived", (("Shultz", "Shultz, accompanied"),) + USA_GOV, (None,) + SUN_GOV, MOSCOW_TXT,
             "1987-04-13", "day", "today", "asserted", None,
             "Shultz's visit: arrived from Helsinki (host implied, the Soviet government) and went straight into "
             "today's meeting (rule 3: dated by the meeting's 'today')"),
            # 2
            ("CONSULT", ("meeting", "closed-door"), (("Shultz", "Shultz, accompanied"),) + USA_GOV,
             (("Shevardnadze", "closed-door meeting with"),) + SUN_GOV, MOSCOW_TXT,
             "1987-04-13", "day", "today", "asserted", 0,
             "later mention: went straight into a closed-door meeting with Shevardnadze (the meeting of 'met "
             "today')"),
            # 3
            ("STATEMENT", ("told", "Charles Redman"), ("State Department spokesman Charles Redman",) + USA_GOV,
             None, MOS, "1987-04-13", "day", None, "asserted", None,
             "U.S. advisers were told not to discuss the proposals with the press (an internal instruction: "
             "content); DCT, dateline city"),
            # 4
            ("STATEMENT", "saying", (("Shultz", "Shultz has been"),) + USA_GOV, None, MOS,
             "1987-04-13", "day", None, "asserted", None,
             "'we should be able to move the ball along' if the Soviets are constructive (assessment); "
             "wire-style speech act with no time expression: DCT (EVENTS.md 16)"),
            # 5
            ("ACCUSE", "protest", (("Shultz", "Shultz is expected"),) + USA_GOV, (None,) + SUN_GOV, None,
             None, "unknown", None, "planned", None,
             "expected to protest about the spying network at the U.S. Embassy (verbal complaint: ACCUSE; the "
             "Soviet side implied as addressee); not placed on a day of the Mon-Wed talks: undated (1987-04 "
             "arguable)"),
            # 6
            ("ACCUSE", ("said", "Soviet Union has"), ("the Soviet Union",) + SUN_GOV, (None,) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "has said its missions in the United States are subjected to surveillance (an allegation against "
             "the U.S., speech-act rule 2; STATEMENT DCT arguable); perfect typed verbal act, no time "
             "expression: undated (set 15)"),
            # 7
            ("ACCUSE", "accused", ("the Soviet Union",) + SUN_GOV, ("Washington",) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "has accused Washington of 'spy-mania'; perfect, no time expression: undated (set 15's 'have "
             "accused')"),
            # 8
            ("CONSULT", ("met", "Shevardnadze met Shultz"), (("Shultz", "Shevardnadze met Shultz"),) + USA_GOV,
             (("Shevardnadze", "Shevardnadze met Shultz"),) + SUN_GOV, MOSCOW_TXT,
             "1987-04-13", "day", "today", "asserted", 0,
             "later mention: Shevardnadze met Shultz with a handshake at the guest house (today's meeting; "
             "visitor kept first, EVENTS.md 13)"),
        ],
        "skip": [
            ("agreement", "goal nominal (the arms control agreement pursued; hypothetical)"),
            (("told", "had been"), "internal instruction to U.S. advisers (content of the statement)"),
            ("discuss", "content of the statement"),
            ("optimistic", "stative attitude of U.S. officials (STATEMENT arguable)"),
            (("talks", "progress at the"), "anaphoric nominal (the talks; its end 'on Wednesday'; later CONSULT "
                                          "mention arguable)"),
            ("approached", "condition in the statement"),
            ("move the ball", "content of the statement"),
            ("come to light", "discovery of a spy network, no named actor"),
            ("cast a shadow", "metaphor (background)"),
            ("subjected", "content of the accusation"),
            ("built", "background (the guest house's history)"),
            ("belonging", "stative"),
            ("discussions", "anaphoric nominal (the talks)"),
            ("prompted", "photographers (no type)"),
            ("shake hands", "gesture within the meeting (no type)"),
            (("said", "an observer"), "anonymous-source talk (an observer)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("George Shultz", "PERSON", "USA"),
            ("Soviet", "NORP", "SUN"),
            ("Eduard Shevardnadze", "PERSON", "SUN"),
            ("Moscow", "GPE", "SUN"),
            (("Shultz", "Shultz, accompanied"), "PERSON", "USA"),
            ("Helsinki", "GPE", "FIN"),
            ("U.S. Air Force", "ORG", "USA"),
            (("Shevardnadze", "closed-door meeting with"), "PERSON", "SUN"),
            (("Soviet", "Shevardnadze\nand"), "NORP", "SUN"),
            ("State Department", "ORG", "USA"),
            ("Charles Redman", "PERSON", "USA"),
            (("U.S.", "that U.S."), "GPE", "USA"),
            (("U.S.", "discuss\nthe"), "GPE", "USA"),
            (("U.S.", "U.S. Officials"), "GPE", "USA"),
            (("Shultz", "Shultz has been"), "PERSON", "USA"),
            (("Soviet", "if the Soviet"), "NORP", "SUN"),
            ("Americans", "NORP", "USA"),
            (("Shultz", "Shultz is expected"), "PERSON", "USA"),
            ("U.S. Embassy", "ORG", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            ("United States", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            (("Shevardnadze", "Shevardnadze met Shultz"), "PERSON", "SUN"),
            (("Shultz", "Shevardnadze met Shultz"), "PERSON", "USA"),
            ("Russian", "NORP", "SUN"),
            ("Foreign Ministry", "ORG", "SUN"),
        ],
    },
    "reuters21578-11316": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Home Grown Cereals Authority",) + GBR_GOV, None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "statistics release on U.K. grain exports to the Soviet Union (a named statutory body, 39a); DCT, "
             "dateline city"),
        ],
        "skip": [
            ("featured", "statistics (trade flows, no acting actor; COOPERATE GBR -> SUN arguable)"),
            ("taking", "statistics"),
            ("quoting", "the relayed document (Customs and Excise figures)"),
            ("comprises", "statistics"),
            (("said", "Grain traders"), "anonymous-source talk (grain traders)"),
            ("understate", "content of anonymous talk"),
            ("expect", "content of anonymous talk"),
            ("reach", "content of anonymous talk (forecast)"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            (("U.K.", "prominently in"), "GPE", "GBR"),
            (("EC", "outside the"), "ORG", None),
            (("U.K.", "all-destination"), "GPE", "GBR"),
            ("Home Grown Cereals Authority", "ORG", "GBR"),
            ("Customs and Excise", "ORG", "GBR"),
            (("Soviet", "The Soviet total"), "NORP", "SUN"),
            (("U.K.", "expect total"), "GPE", "GBR"),
            ("USSR", "GPE", "SUN"),
        ],
    },
    "reuters21578-6101": {
        "events": [
            # 0
            ("COOPERATE", "bought", ("American Cyanamid Co",) + USA_BUS, ("Fothergill and Harvey PLC",) + GBR_BUS,
             None, None, "unknown", None, "asserted", None,
             "bought the 50 pct interest in Cyanamid Fothergill held by Fothergill and Harvey (an acquisition "
             "between companies; the seller the counterpart); no time expression: undated (rule 17); 'said' "
             "rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "the company"), ("the company",) + USA_BUS, None, WAY,
             "1987-03-17", "day", None, "asserted", None,
             "management will remain and the unit will continue in Wrexham (no type); DCT, dateline city"),
        ],
        "skip": [
            (("said", "Cyanamid Co"), "rule-3 attribution (the purchase is the event)"),
            ("making", "result of the purchase"),
            ("manufactures", "stative (the unit's business)"),
            ("remain", "content of the statement"),
            (("continue", "will"), "content of the statement"),
        ],
        "entities": [
            ("American Cyanamid Co", "ORG", "USA"),
            ("Cyanamid Fothergill Ltd", "ORG", "GBR"),
            ("Fothergill and Harvey PLC", "ORG", "GBR"),
            ("European", "NORP", None),
            ("Wrexham", "GPE", "GBR"),
            (("U.K.", "Wrexham,"), "GPE", "GBR"),
        ],
    },
    "reuters21578-16359": {
        "events": [
            # 0
            ("STATEMENT", ("said", "officer in Belgrade"),
             ("the U.S. Agriculture Department's officer in Belgrade",) + USA_GOV, None, BELGRADE,
             "1987-04-13", "day", None, "asserted", None,
             "the USDA officer's field report (a report by a named author, EVENTS.md 4; 55a's 5972): crop "
             "prospects less favorable; no report date: DCT; located where the officer is (Belgrade)"),
            # 1
            ("STATEMENT", ("said", "The report said"), ("The report",) + USA_GOV, None, BELGRADE,
             "1987-04-13", "day", None, "asserted", None,
             "the assessment was based on travel from March 30 to April 4 (the dates are the travel's); DCT"),
            # 2
            ("STATEMENT", ("said", "It said"), (("It", "It said"),) + USA_GOV, None, BELGRADE,
             "1987-04-13", "day", None, "asserted", None, "crop conditions better than expected; DCT"),
            # 3
            ("STATEMENT", ("said", "by regions, the report"), (("the report", "by regions,"),) + USA_GOV, None,
             BELGRADE, "1987-04-13", "day", None, "asserted", None, "plant development behind normal; DCT"),
            # 4
            ("STATEMENT", ("said", "varied considerably, the report"), (("the report", "varied considerably,"),)
             + USA_GOV, None, BELGRADE, "1987-04-13", "day", None, "asserted", None,
             "early-seeded and irrigated fields in good condition; DCT"),
            # 5
            ("STATEMENT", ("said", "30 pct, it"), (("it", "30 pct,"),) + USA_GOV, None, BELGRADE,
             "1987-04-13", "day", None, "asserted", None, "winterkill averaged 10 to 30 pct (statistics); DCT"),
        ],
        "skip": [
            ("field report", "part of the reporting clause"),
            ("appear", "content of the report"),
            ("assessment", "anaphoric nominal (the report's assessment)"),
            ("travel", "the officer's fieldwork, no counterpart (CONSULT USA -> BGR/ROU arguable)"),
            (("expected", "earlier"), "content of the report (no actor)"),
            ("seeded", "content of the report (no actor)"),
            ("observed", "content of the report"),
            ("showed", "statistics (crop stands)"),
            ("averaged", "statistics"),
        ],
        "entities": [
            ("Bulgaria", "GPE", "BGR"),
            ("Romania", "GPE", "ROU"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Belgrade", "GPE", "YUG"),
        ],
    },
    "reuters21578-18908": {
        "events": [],
        "skip": [
            ("rejected", "EC tender administration: bids by unnamed traders rejected (36b/43a; REJECT arguable)"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            (("said", "ECUs), they"), "anonymous-source talk (trade sources)"),
            (("tender", "special"), "EC tender (export-subsidy administration)"),
            (("said", "The sources"), "anonymous-source talk (trade sources)"),
            (("bids", "no bids"), "content of anonymous talk (no bids by unnamed traders)"),
        ],
        "entities": [
            ("EC Commission", "ORG", None),
            (("Spanish", "free market"), "NORP", "ESP"),
            (("EC", "to non-"), "ORG", None),
            (("Spanish", "500,000 tonnes of"), "NORP", "ESP"),
            (("Spanish", "and non-"), "NORP", "ESP"),
            (("EC", "exports to non-"), "ORG", None),
        ],
    },
    "reuters21578-3021": {
        "events": [
            # 0
            ("COOPERATE", "won", ("Plessey Co Plc",) + GBR_BUS, ("Colombia",) + COL_GOV, None,
             None, "unknown", None, "asserted", None,
             "had won a contract to supply Colombia with System X (a contract won from a customer, EVENTS.md 8); "
             "no time expression: undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("COOPERATE", ("won", "was won"), (("Plessey", "A Plessey"),) + GBR_BUS,
             ("the National Telecommunications Authority of Colombia",) + COL_GOV, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the contract awarded by the Colombian authority was won against competition; the "
             "statement's 'said' rule-3 attribution"),
            # 2
            ("STATEMENT", ("said", "South American market,\""), (("it", "South American market,\""),) + GBR_BUS,
             None, LON, "1987-03-09", "day", None, "asserted", None,
             "the award regarded as a triumph and a breakthrough (assessment); DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "Plessey said the contract"), (("Plessey", "Plessey said the contract"),)
             + GBR_BUS, None, LON, "1987-03-09", "day", None, "asserted", None,
             "the contract is one of the largest awarded by Telecom Colombia and involves 13 exchanges "
             "(description); DCT"),
            # 4
            ("STATEMENT", ("said", "advanced stage, it"), (("it", "advanced stage,"),) + GBR_BUS, None, LON,
             "1987-03-09", "day", None, "asserted", None,
             "actively marketing System X; negotiations elsewhere advanced (unnamed counterparts); DCT"),
        ],
        "skip": [
            (("said", "Plessey Co Plc"), "rule-3 attribution (the contract won is the event)"),
            (("supply", "contract to"), "content of the contract"),
            (("said", "Company sources"), "anonymous-source talk (company sources)"),
            (("deal", "the deal"), "anaphoric nominal (the contract)"),
            (("statement", "A Plessey"), "part of the reporting clause"),
            (("said", "A Plessey statement"), "rule-3 attribution (the contract won is the event)"),
            (("awarded", "contract,"), "the same award from the buyer's side (COOPERATE COL -> GBR arguable)"),
            ("competition", "background nominal"),
            (("award", "\"The award"), "anaphoric nominal"),
            ("regarded", "content of the statement"),
            (("awarded", "largest"), "Telecom Colombia's past awards (aggregate background)"),
            ("supplying", "content of the statement"),
            (("award", "The award also"), "anaphoric nominal"),
            ("marketing", "content of the statement (marketing with no counterpart)"),
            ("negotiations", "negotiations with unnamed countries (CONSULT arguable), content of the statement"),
            (("down", "shares were"), "market-price movement"),
        ],
        "entities": [
            ("Plessey Co Plc", "ORG", "GBR"),
            (("Colombia", "supply"), "GPE", "COL"),
            (("Plessey", "A Plessey"), "ORG", "GBR"),
            ("National Telecommunications Authority of Colombia", "ORG", "COL"),
            ("Telefon L M Ericsson AB", "ORG", "SWE"),
            ("NEC Corp", "ORG", "JPN"),
            ("Fujitsu Ltd", "ORG", "JPN"),
            ("Italtel", "ORG", "ITA"),
            ("Italy", "GPE", "ITA"),
            ("South American", "NORP", None),
            (("Plessey", "Plessey said the contract"), "ORG", "GBR"),
            ("Telecom Colombia", "ORG", "COL"),
            (("Plessey", "Plessey shares"), "ORG", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
