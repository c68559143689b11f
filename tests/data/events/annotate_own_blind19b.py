"""Build ``own_blind19b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind19b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,891 left); 24 drawn with random.Random(19101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 8-15 (8 articles).
42 event records (41 first mentions, 1 later mention), 103 not_annotated spans, 117 entity mentions;
no article without events; 17003 (API/EIA: two planned releases), 15310 (Wojnilower) and 15910 (USDA
corn table) have STATEMENTs only.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 17003 (API inventory report): "said its weekly U.S. petroleum inventory report will be issued
  tonight" is a STATEMENT planned by the API (a trade association: USA ORG) on "issued", dated
  1987-04-21 by "tonight", with "said" as attribution (16b's "said the firm would make an
  announcement later today", 12b's "a statement may be issued later today"); the EIA "said it also
  expects its weekly oil statistic report to be released ... on Wednesday night" is a second
  STATEMENT planned (USA GOV) on "released", the next Wednesday after Tuesday 21 April (1987-04-22),
  "said" and "expects" attribution. Location null (no place given for the releases). "is usually
  released ... on Tuesday nights" is habitual (skipped); the Easter company closures have no type.
* 8158 (Burma debt): Burma takes its 1987 code BUR (withdrawn in 1989; as 16a's Zaire ZAR and
  SUN/YUG for 1987 states; MMR is the alternative). The Council of People's Inspectors (CPI, "the
  council") is a state body (BUR GOV): "reported", "said in its latest report to parliament" and
  "the council said" are three STATEMENTs (statistics, DCT, RANGOON; the report is part of its
  reporting clause and has no date). "Earlier figures were not available" and "Later figures were
  not available" are withheld STATEMENTs (negated, own_blind2's "No further details were
  available"), the CPI implied (BUR GOV, text null). "Western diplomats ... estimate ... and say"
  and "which diplomats here say" are anonymous-source talk (skipped). "Burma ... has applied to the
  United Nations to be reclassified as one of the world's least developed countries" is REQUEST
  BUR -> UN (null IGO), undated (present perfect, no time expression); the reclassification and the
  softer loans and aid are its content / purpose.
* 5850 (MITI on the chip pact): "Japanese officials sought to convince the U.S. That a U.S.-Japan
  pact ... is working" answers the U.S. allegation reported below: REJECT JPN -> USA (as 15b's MITI
  letters "setting out Japan's case" against the dumping allegation; STATEMENT arguable), trigger
  "convince", DCT (wire-style lead summarising today's comments), TOKYO. Watanabe's quote "We are
  implementing the agreement in good faith and the situation does not run counter to the pact",
  "told foreign reporters" is its later mention (a quoted restatement of the lead's paraphrase,
  EVENTS.md 3), the U.S. implied as actor2. "an April 1 deadline set by the U.S. For them to prove
  their case" is a deadline demand: REQUEST USA -> JPN on "deadline" (a nominal with its own agent,
  18b's deadline call), undated (April 1 is the deadline, not the act's date). "U.S. Trade officials
  have repeatedly accused Japanese microchip makers of violating the pact" is ACCUSE USA GOV -> JPN
  BUS, undated (present perfect, round-6 call). "The agreement, signed last September" is AGREE with
  implied parties, USA -> JPN (the order of "U.S.-Japan pact"), 1986-09. "The comments by MITI
  officials followed a call by Prime Minsiter Yasuhiro Nakasone to clear up any misunderstandings on
  the U.S. Side": Nakasone's call is REQUEST (a nominal with its own agent) with actor2 null (the
  clause names no addressee; 18b's "calls ... for cuts"), undated ("followed" gives no value), and
  Watanabe's "said" is attribution; "comments" is an anaphoric nominal. Honda "denied that Japanese
  chipmakers were selling at below cost" is REJECT JPN -> USA (the U.S. allegation is explicit in the
  story, own_blind3's Khamenei call), DCT. "MITI's call to Japanese chip makers last month to cut
  production" is a domestic production measure (EVENTS.md call 10, 15b's "telling Japanese chip
  makers to cut output"): skipped, so Honda's "said" there is a STATEMENT; likewise MITI's planned
  "further steps to reduce the excess supply" and the release of its supply-demand guidelines with
  "suggested production volumes" are domestic production guidance (skipped), and the "added" /
  "said" reporting them are STATEMENTs. "after the pact was formed" is a presupposed time clause
  (skipped). Watanabe's "he said" (effects emerging), "Watanabe said" (regulation should bring
  results) and '"I am optimistic," he added' are STATEMENTs (DCT, TOKYO).
* 15310 (Wojnilower): every clause is the First Boston economist's forecast or assessment, so his
  six "said" are STATEMENTs (USA BUS, DCT, NEW YORK; "said in a report": the report has no date and
  is part of the reporting clause). The Fed promoting lower rates / moving rates down / taking a
  tough line is monetary policy (EVENTS.md call 10, skipped). "when ... the United States decided to
  push Germany and Japan harder to meet their commitments" is the condition of his forecast
  (skipped; REQUEST hypothetical USA -> DEU/JPN arguable). Market participants and Japanese window
  dressing are unnamed market actors (skipped).
* 5776 (ONGC credit): "The Oil and Natural Gas Commission of India has signed for a 26.5 mln U.S.
  Dlr Italian buyers' credit" is AGREE on "signed" with the borrower first (state-owned company: IND
  BUS) and the lenders implied second (the syndicate is multinational - U.S., Indian, British and
  Japanese managers - so null, 6a's call; ITA for the "Italian" credit is arguable), undated ("has
  signed"), Bankers Trust's "said" attribution. Bankers Trust's "It said the 12-year facility ...
  carries interest at a fixed rate" is a STATEMENT (loan terms, DCT 1987-03-16 from published_at,
  although the dateline says March 17; HONG KONG). The Indian government's guarantee of its own
  state company's credit is corporate finance (14b, skipped). "Italy's export credit agency
  Mediocredito Centrale provides an undisclosed interest subsidy to the lenders" is AID ITA GOV ->
  the lenders (null BUS), undated (a subsidy is material help for the recipient; a loan term /
  corporate finance reading is arguable); "undisclosed" is attributive (no withholding clause).
* 4680 (Miyazawa): "told a parliamentary session", "Miyazawa said" and "he said" are STATEMENTs (DCT,
  TOKYO; the session is the venue). "the Paris currency accord among six major industrial nations
  last month" is AGREE (a nominal with its own date and place, EVENTS.md 11; group actor null, no
  actor2, as 3/7a/17a), 1987-02, Paris; "The Paris agreement" (bare) is anaphoric and "The accord
  stipulated" is a document stating (both skipped).
* 15910 (USDA corn table): the Department "detailed world supply/demand data" is one STATEMENT
  (statistics release, DCT, WASHINGTON), as 10a's wheat table; the table headings name places only.
* 13306 (MITI supercomputer): "MITI is considering buying a U.S.-built supercomputer" is COOPERATE
  JPN GOV -> the seller, hypothetical (4b's considered supercomputer purchase), the seller implied
  (Cray Research, USA BUS, named in the next sentence), undated; "MITI said" attribution, the pending
  decision and funding skipped. The MITI official's "told Reuters" (planned use by MITI institutes,
  no type), "he said" (in line with MITI's import goal) and "the official said" (funds in a
  supplementary budget) are STATEMENTs (DCT, TOKYO); the budget items are domestic. "The U.S. Has
  strongly urged Japan to open its public sector to sales of U.S. Supercomputers" is REQUEST USA ->
  JPN, undated (present perfect); "the complaint" is an anaphoric nominal. "One year before it was
  privatised in April 1985, NTT bought a Cray supercomputer" is COOPERATE NTT (then state-owned:
  JPN BUS) -> Cray (USA BUS), dated 1984-04 (one year before April 1985, month precision), the NTT
  official's "said" attribution; "the only public sector purchase ... to date" is an apposition
  restating it (skipped); the privatisation is domestic (skipped).
* Entities: as the earlier sets: job titles are not tagged ("Finance Minister", "Prime Minsiter",
  "managing director", "Director of ..."), but the organisation units named in them are ORG
  ("Americas and Oceanic Division", "Industrial Electronics Division", MITI's, JPN); possessive "'s"
  is left outside the span ("Japan", "Italy", "MITI"); a government body with its country word is
  one ORG span ("U.S. Agriculture Department"); the lower-case "parliament", "parliamentary
  session", "the council", "the ministry" and "Indian government" are common nouns (only "Indian"
  is tagged, NORP); "U.S." in "U.S. Dlr", "U.S.-built" and "U.S.-Japan" is a GPE (and "Japan" in
  "U.S.-Japan"); "Western" (diplomats) is NORP null; the United Nations and the EC (in the table's
  "EC-12") are ORG null; the table headings USSR (SUN), SOUTH AFRICA, ARGENTINA, THAILAND and JAPAN
  are GPEs; bracketed company names are tagged without brackets (Oil and Natural Gas Commission,
  Nippon Telegraph and Telephone Corp), tickers are left out; "Cray" in "a Cray supercomputer" is the
  maker (ORG USA) but "Cray II" is a product (not an entity); Easter is not an entity; Reuters is ORG
  GBR; Grindlays Bank Plc is GBR, Toyo Trust and Banking JPN, Irving Trust and Bankers Trust USA,
  Standard Chartered GBR, State Bank of India IND, Mediocredito Centrale ITA.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

NYC = ("NEW YORK", "USA")
RAN = ("RANGOON", "BUR")
TOK = ("TOKYO", "JPN")
HKG = ("HONG KONG", "HKG")
WAS = ("WASHINGTON", "USA")
PARIS = ("Paris", "FRA")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17003": {
        "events": [
            # 0
            ("STATEMENT", "issued", ("The American Petroleum Institute", "USA", "ORG"), None, None,
             "1987-04-21", "day", "tonight", "planned", None,
             "the weekly inventory report will be issued tonight (planned release); the API's 'said' is attribution"),
            # 1
            ("STATEMENT", ("released", "to be released"), ("The Energy Information Administration", "USA", "GOV"), None,
             None, "1987-04-22", "day", "Wednesday night", "planned", None,
             "its weekly report expected to be released on Wednesday night (the next Wednesday); 'said'/'expects' "
             "attribution"),
        ],
        "skip": [
            ("said", "attribution (the planned release of the report is the event)"),
            ("closures", "company closures for the holiday: no type, no counterpart"),
            (("released", "usually"), "habitual release schedule (generic)"),
            (("said", "Administration said"), "attribution (the planned release is the event)"),
            ("expects", "attribution of the planned release (the same act as 'said')"),
        ],
        "entities": [
            ("American Petroleum Institute", "ORG", "USA"),
            ("API", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("API", "The API"), "ORG", "USA"),
            ("Energy Information Administration", "ORG", "USA"),
        ],
    },
    "reuters21578-8158": {
        "events": [
            # 0
            ("STATEMENT", "reported", ("the official Council of People's Inspectors", "BUR", "GOV"), None, RAN,
             "1987-03-23", "day", None, "asserted", None,
             "statistics: the debt service ratio will have fallen to 48.8 pct"),
            # 1
            ("STATEMENT", ("said", "The CPI"), ("The CPI", "BUR", "GOV"), None, RAN,
             "1987-03-23", "day", None, "asserted", None,
             "statistics in its latest report to parliament: reserves fell to a record low (the report has no date)"),
            # 2
            ("STATEMENT", "available", (None, "BUR", "GOV"), None, RAN,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement: earlier figures not available (the CPI implied)"),
            # 3
            ("STATEMENT", ("said", "the council said"), (("the council", "same period,"), "BUR", "GOV"), None, RAN,
             "1987-03-23", "day", None, "asserted", None,
             "statistics: debt servicing cost and foreign exchange earnings"),
            # 4
            ("STATEMENT", ("available", "Later figures"), (None, "BUR", "GOV"), None, RAN,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement: later figures not available (the CPI implied)"),
            # 5
            ("REQUEST", "applied", (("Burma", "Later figures"), "BUR", "GOV"), ("the United Nations", None, "IGO"),
             None,
             None, "unknown", None, "asserted", None,
             "applied to the UN to be reclassified as a least developed country; present perfect, no time expression"),
        ],
        "skip": [
            ("fallen", "statistics (content of the report)"),
            ("estimate", "anonymous-source talk (Western diplomats)"),
            (("say", "70 pct and"), "anonymous-source talk (Western diplomats)"),
            ("depend on", "content of anonymous talk"),
            ("oversees", "stative (the CPI's remit)"),
            (("report", "in its latest"), "part of the reporting clause (the CPI's report)"),
            ("fell", "statistics"),
            ("cost", "statistics"),
            (("loans", "export revenues plus"), "statistics component, no actor"),
            (("aid", "loans"), "statistics component, no actor"),
            ("totalled", "statistics"),
            (("say", "diplomats here"), "anonymous-source talk (diplomats)"),
            ("reclassified", "content of the application"),
            ("qualify", "purpose of the application"),
            ("softer loan and grant aid", "purpose of the application"),
        ],
        "entities": [
            ("Burma", "GPE", "BUR"),
            ("Council of People's Inspectors", "ORG", "BUR"),
            ("CPI", "ORG", "BUR"),
            ("Western", "NORP", None),
            ("Rangoon", "GPE", "BUR"),
            (("CPI", "The CPI"), "ORG", "BUR"),
            (("Burma", "cost"), "GPE", "BUR"),
            (("Burma", "Later figures"), "GPE", "BUR"),
            ("United Nations", "ORG", None),
        ],
    },
    "reuters21578-5850": {
        "events": [
            # 0
            ("REJECT", "convince", ("Japanese officials", "JPN", "GOV"), (("U.S.", "convince the"), "USA", "GOV"), TOK,
             "1987-03-17", "day", None, "asserted", None,
             "sought to convince the U.S. that the pact is working: Japan's case against the U.S. allegation "
             "(15b's letters; STATEMENT arguable); wire-style lead of today's comments"),
            # 1
            ("REQUEST", "deadline", (("U.S.", "set by the"), "USA", "GOV"), (("them", "For them"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "an April 1 deadline set by the U.S. for Japan to prove its case (deadline demand); April 1 is the "
             "deadline, not the act's date"),
            # 2
            ("REJECT", "told", ("Osamu Watanabe", "JPN", "GOV"), (None, "USA", "GOV"), TOK,
             "1987-03-17", "day", None, "asserted", 0,
             "later mention: quoted 'implementing the agreement in good faith ... does not run counter to the pact'"),
            # 3
            ("STATEMENT", ("said", 'place," he said'), (("he", 'place," he'), "JPN", "GOV"), None, TOK,
             "1987-03-17", "day", None, "asserted", None, "assessment: the effects of Japan's measures are emerging"),
            # 4
            ("ACCUSE", "accused", ("U.S. Trade officials", "USA", "GOV"), ("Japanese microchip makers", "JPN", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "accused Japanese chip makers of violating the pact; present perfect, no time expression"),
            # 5
            ("AGREE", "signed", (None, "USA", "GOV"), (None, "JPN", "GOV"), None,
             "1986-09", "month", "last September", "asserted", None,
             "the U.S.-Japan chip pact signed last September (implied parties, in the order of 'U.S.-Japan pact')"),
            # 6
            ("REQUEST", "call", ("Prime Minsiter Yasuhiro Nakasone", "JPN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "Nakasone's call to clear up U.S. misunderstandings (nominal with its agent; no addressee named); "
             "Watanabe's 'said' attribution; 'followed' gives no value"),
            # 7
            ("REJECT", "denied", ("Yukio Honda", "JPN", "GOV"), (None, "USA", "GOV"), TOK,
             "1987-03-17", "day", None, "asserted", None,
             "denied the U.S. allegation that Japanese chipmakers sell below cost in third countries"),
            # 8
            ("STATEMENT", ("said", "grey market, Honda"), (("Honda", "grey market,"), "JPN", "GOV"), None, TOK,
             "1987-03-17", "day", None, "asserted", None,
             "assessment: MITI's production-cut call is drying up cheap chips (the call is domestic, skipped)"),
            # 9
            ("STATEMENT", ("said", 'prices," Honda'), (("Honda", 'prices,"'), "JPN", "GOV"), None, TOK,
             "1987-03-17", "day", None, "asserted", None,
             "assessment: grey market exports shrinking, U.S./Korean share up"),
            # 10
            ("STATEMENT", "added", (("he", "United States, he"), "JPN", "GOV"), None, TOK,
             "1987-03-17", "day", None, "asserted", None,
             "announcement of further domestic supply steps (no type)"),
            # 11
            ("STATEMENT", ("said", "first quarter, he"), (("he", "first quarter, he"), "JPN", "GOV"), None, TOK,
             "1987-03-17", "day", None, "asserted", None,
             "announcement of second-quarter guidelines (domestic) and forecast of lower production volumes"),
            # 12
            ("STATEMENT", ("said", "positive results, Watanabe"), (("Watanabe", "positive results,"), "JPN", "GOV"),
             None, TOK, "1987-03-17", "day", None, "asserted", None, "assessment: regulation should bring results"),
            # 13
            ("STATEMENT", ("added", "optimistic"), (("he", 'optimistic," he'), "JPN", "GOV"), None, TOK,
             "1987-03-17", "day", None, "asserted", None, "quote: 'I am optimistic'"),
        ],
        "skip": [
            (("pact", "U.S.-Japan"), "background nominal (the chip pact)"),
            ("prove", "content of the deadline demand"),
            ("implementing", "content of the denial"),
            (("agreement", "implementing the"), "background nominal (the pact), content of the denial"),
            ("run counter", "content of the denial"),
            (("measures", "effects of the"), "content of the statement (Japan's domestic measures)"),
            (("taken", "we have"), "content of the statement"),
            ("emerging", "content of the statement"),
            ("violating", "content of the accusation"),
            (("sell", "continuing to"), "content of the accusation"),
            ("aimed at", "the pact's purpose (a document)"),
            ("halting", "content of the pact"),
            (("increasing", "policies and"), "content of the pact"),
            ("comments", "anaphoric nominal (the officials' comments, recorded on their reporting clauses)"),
            ("followed", "temporal relation (the call is recorded on 'call')"),
            ("clear up", "content of the call"),
            (("said", "about the pact, Watanabe"), "attribution (Nakasone's call is the event)"),
            (("selling", "chipmakers were"), "content of the denial"),
            (("call", "MITI's call"), "order to domestic chip makers to cut production: domestic production measure "
             "(EVENTS.md call 10, 15b)"),
            ("cut production", "content of the domestic order"),
            ("dry up", "content of the statement"),
            ("shrinking", "market activity"),
            ("expanding", "market activity"),
            ("take further steps", "domestic supply measure (no type), content of the statement"),
            (("reduce", "steps to"), "content of the domestic measure"),
            ("formed", "presupposed pact formation in a time clause (the AGREE is recorded on 'signed')"),
            ("slump", "statistics"),
            ("release", "domestic production guidance (EVENTS.md call 10), content of the statement"),
            ("suggested", "attributive participle (the guidelines' volumes), content of the statement"),
            ("finding ways around", "generic"),
            ("regulation", "domestic supply regulation, content of the assessment"),
            ("bring", "content of the assessment"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "convince the"), "GPE", "USA"),
            (("U.S.", "That a"), "GPE", "USA"),
            (("Japan", "That a U.S.-"), "GPE", "JPN"),
            (("U.S.", "set by the"), "GPE", "USA"),
            ("Osamu Watanabe", "PERSON", "JPN"),
            ("Ministry of International Trade and Industry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            ("Americas and Oceanic Division", "ORG", "JPN"),
            (("U.S.", "emerging in the market"), "GPE", "USA"),
            (("Japanese", "accused"), "NORP", "JPN"),
            (("Japan", "outside"), "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            (("Japanese", "predatory"), "NORP", "JPN"),
            (("U.S.", "increasing"), "GPE", "USA"),
            (("Japanese", "access to the"), "NORP", "JPN"),
            (("MITI", "comments by"), "ORG", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("U.S.", "misunderstandings on the"), "GPE", "USA"),
            (("Watanabe", "about the pact,"), "PERSON", "JPN"),
            ("Yukio Honda", "PERSON", "JPN"),
            (("MITI", "Yukio Honda"), "ORG", "JPN"),
            ("Industrial Electronics Division", "ORG", "JPN"),
            (("Japanese", "denied that"), "NORP", "JPN"),
            (("MITI", "third countries."), "ORG", "JPN"),
            (("Japanese", "MITI's call to"), "NORP", "JPN"),
            (("Honda", "grey market,"), "PERSON", "JPN"),
            (("Japan", "exports from"), "GPE", "JPN"),
            (("U.S.", "in contrast"), "GPE", "USA"),
            ("South Korean", "NORP", "KOR"),
            (("Honda", 'prices,"'), "PERSON", "JPN"),
            (("MITI", "MITI plans"), "ORG", "JPN"),
            (("Japan", "developed in"), "GPE", "JPN"),
            (("Japanese", "slump in"), "NORP", "JPN"),
            (("United States", "exports to the"), "GPE", "USA"),
            (("Watanabe", "positive results,"), "PERSON", "JPN"),
        ],
    },
    "reuters21578-15310": {
        "events": [
            # 0
            ("STATEMENT", "said", ("First Boston Corp managing director Albert Wojnilower", "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "forecast: the Fed will promote lower rates this year (monetary policy: no type)"),
            # 1
            ("STATEMENT", ("said", "Wojnilower said in"), (("Wojnilower", "Wojnilower said in"), "USA", "BUS"), None,
             NYC,
             "1987-04-08", "day", None, "asserted", None,
             "quote in a report: the Fed will do its part by moving rates down (the report has no date)"),
            # 2
            ("STATEMENT", ("said", 'fear," Wojnilower'), (("Wojnilower", 'fear,"'), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "quote: market participants have seen little to fear"),
            # 3
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "assessment: last week's hiccup caused by Japanese window dressing"),
            # 4
            ("STATEMENT", ("said", "Wojnilower said the U.S."),
             (("Wojnilower", "Wojnilower said the U.S."), "USA", "BUS"),
             None, NYC, "1987-04-08", "day", None, "asserted", None, "assessment: above-average first-quarter growth"),
            # 5
            ("STATEMENT", ("said", "2-1/2 pct, he"), (("he", "2-1/2 pct,"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "forecast: about 2-1/2 pct real GNP growth for the year"),
        ],
        "skip": [
            ("promote", "monetary policy (EVENTS.md call 10), content of the forecast"),
            ("sustain", "purpose"),
            ("take a tough line", "monetary policy (wish)"),
            (("act", "cannot"), "monetary policy (negated capability)"),
            ("subverting", "content"),
            ("decided", "part of the forecast's condition (REQUEST hypothetical USA -> DEU/JPN arguable)"),
            ("push", "condition of the forecast (the U.S. pushing Germany and Japan)"),
            (("meet", "harder to"), "content of the condition"),
            ("commitments", "background nominal"),
            ("moving rates down", "monetary policy (content of the forecast)"),
            (("report", "said in a"), "part of the reporting clause"),
            ("anticipating", "unnamed market participants"),
            ("have seen", "unnamed market participants"),
            ("caused", "content of the assessment"),
            ("window dressing", "market activity by unnamed Japanese institutions"),
            ("enjoyed", "statistics (growth), content"),
            ("reflect", "content of the assessment"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            ("First Boston Corp", "ORG", "USA"),
            ("Albert Wojnilower", "PERSON", "USA"),
            (("Fed", "As much as the"), "ORG", "USA"),
            (("U.S.", "national"), "GPE", "USA"),
            ("United States", "GPE", "USA"),
            ("Germany", "GPE", "DEU"),
            ("Japan", "GPE", "JPN"),
            (("Federal Reserve", "growth, the"), "ORG", "USA"),
            (("Wojnilower", "moving rates down"), "PERSON", "USA"),
            (("Wojnilower", 'fear,"'), "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Wojnilower", "accounts."), "PERSON", "USA"),
            (("U.S.", "Wojnilower said the"), "GPE", "USA"),
        ],
    },
    "reuters21578-5776": {
        "events": [
            # 0
            ("AGREE", "signed", ("Oil and Natural Gas Commission", "IND", "BUS"), (None, None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "signed for a buyers' credit: borrower first, the (multinational) lenders implied (6a); 'has signed', "
             "no time expression; Bankers Trust's 'said' attribution"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "BUS"), None, HKG,
             "1987-03-16", "day", None, "asserted", None,
             "loan terms (guarantee, fixed rate); DCT from published_at, not the dateline's March 17"),
            # 2
            ("AID", "provides", ("Mediocredito Centrale", "ITA", "GOV"), ("the lenders", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "export credit agency's interest subsidy to the lenders (loan-term reading arguable); no time expression"),
        ],
        "skip": [
            (("said", "Bankers Trust Co"), "attribution (the signing is the event)"),
            (("credit", "buyers'"), "object of the signing (the credit facility)"),
            ("facility", "anaphoric nominal (the credit)"),
            ("guaranteed", "state guarantee of its own state company's credit: corporate finance, same country (14b)"),
            ("carries", "stative (loan terms)"),
            ("Repayment", "corporate finance (loan terms)"),
            ("undisclosed", "attributive (amount not given), no withholding clause"),
        ],
        "entities": [
            ("Oil and Natural Gas Commission", "ORG", "IND"),
            ("India", "GPE", "IND"),
            ("U.S.", "GPE", "USA"),
            ("Italian", "NORP", "ITA"),
            ("Bankers Trust Co", "ORG", "USA"),
            ("Indian", "NORP", "IND"),
            ("Italy", "GPE", "ITA"),
            ("Mediocredito Centrale", "ORG", "ITA"),
            ("State Bank of India", "ORG", "IND"),
            ("Grindlays Bank Plc", "ORG", "GBR"),
            ("Irving Trust Co", "ORG", "USA"),
            ("Toyo Trust and Banking Co Ltd", "ORG", "JPN"),
            ("Standard Chartered Bank", "ORG", "GBR"),
        ],
    },
    "reuters21578-4680": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Finance Minister Kiichi Miyazawa", "JPN", "GOV"), None, TOK,
             "1987-03-13", "day", None, "asserted", None,
             "assessment told a parliamentary session: the dollar/yen rate not necessarily satisfactory"),
            # 1
            ("STATEMENT", ("said", "Miyazawa said"), (("Miyazawa", "Miyazawa said"), "JPN", "GOV"), None, TOK,
             "1987-03-13", "day", None, "asserted", None,
             "assessment: the Paris accord does not mean the yen should stay stable"),
            # 2
            ("AGREE", "accord", ("six major industrial nations", None, "GOV"), None, PARIS,
             "1987-02", "month", "last month", "asserted", None,
             "the Paris currency accord among six nations last month "
             "(nominal with its own date and place; group null)"),
            # 3
            ("STATEMENT", ("said", "rates, he"), (("he", "rates, he"), "JPN", "GOV"), None, TOK,
             "1987-03-13", "day", None, "asserted", None, "assessment: the accord aimed at stopping rapid fluctuation"),
        ],
        "skip": [
            ("session", "venue of the statement"),
            ("mean", "content of the statement"),
            ("stay", "content of the statement"),
            (("agreement", "The Paris"), "anaphoric nominal (the Paris accord)"),
            ("aimed at", "the accord's purpose (content of the statement)"),
            ("stopping", "content of the statement"),
            ("stipulated", "a document (the accord) stating, not a speech act"),
            ("reflect", "content of the accord"),
        ],
        "entities": [
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Miyazawa", "Miyazawa said"), "PERSON", "JPN"),
            ("Paris", "GPE", "FRA"),
            (("Paris", "The Paris"), "GPE", "FRA"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            (("Japan", "France,"), "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
        ],
    },
    "reuters21578-15910": {
        "events": [
            ("STATEMENT", "detailed", ("The U.S. Agriculture Department", "USA", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None, "statistics release (corn supply/demand table)"),
        ],
        "skip": [],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("USSR", "GPE", "SUN"),
            ("SOUTH AFRICA", "GPE", "ZAF"),
            ("EC", "ORG", None),
            ("ARGENTINA", "GPE", "ARG"),
            ("THAILAND", "GPE", "THA"),
            ("JAPAN", "GPE", "JPN"),
        ],
    },
    "reuters21578-13306": {
        "events": [
            # 0
            ("COOPERATE", "buying", ("Ministry of International Trade and Industry", "JPN", "GOV"),
             (None, "USA", "BUS"),
             None, None, "unknown", None, "hypothetical", None,
             "considering buying a U.S.-built supercomputer (4b); seller implied (Cray Research, next sentence); "
             "'MITI said' attribution"),
            # 1
            ("STATEMENT", "told", ("a MITI official", "JPN", "GOV"), None, TOK,
             "1987-04-07", "day", None, "asserted", None,
             "the computer would be used by nine MITI institutes (no type); told Reuters (audience not actor2)"),
            # 2
            ("STATEMENT", ("said", "imports, he"), (("he", "imports, he"), "JPN", "GOV"), None, TOK,
             "1987-04-07", "day", None, "asserted", None, "assessment: the purchase in line with MITI's import goal"),
            # 3
            ("STATEMENT", ("said", "the official said"), (("the official", "this autumn,"), "JPN", "GOV"), None, TOK,
             "1987-04-07", "day", None, "asserted", None, "forecast: funds could come in a supplementary budget"),
            # 4
            ("REQUEST", "urged", ("The U.S.", "USA", "GOV"), (("Japan", "urged"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "urged Japan to open its public sector to U.S. supercomputers; present perfect, no time expression"),
            # 5
            ("COOPERATE", "bought", ("Nippon Telegraph and Telephone Corp", "JPN", "BUS"),
             (("Cray", "bought a"), "USA", "BUS"),
             None, "1984-04", "month", "One year before it was privatised in April 1985", "asserted", None,
             "NTT (then state-owned) bought a Cray supercomputer one year before April 1985; the NTT official's "
             "'said' attribution"),
        ],
        "skip": [
            ("considering", "frame of the hypothetical purchase"),
            ("decision", "pending decision, no event"),
            ("determined", "pending decision, no event"),
            (("said", "determined, MITI"), "attribution (the considered purchase is the event)"),
            (("made", "computer,"), "manufacture, no event"),
            ("used", "content of the statement (planned use, no type)"),
            (("purchase", "Its"), "anaphoric nominal (the considered purchase)"),
            ("boosting", "policy goal, content of the statement"),
            ("included", "budget state, no actor"),
            ("stalled", "state"),
            ("provided", "content of the forecast (domestic budget)"),
            ("introduced", "content of the forecast (domestic budget)"),
            (("open", "urged Japan to"), "content of the request"),
            (("sales", "public sector"), "content of the request"),
            ("complaint", "anaphoric nominal (the U.S. urging)"),
            ("friction", "background nominal"),
            ("privatised", "domestic privatisation (time clause)"),
            (("said", "NTT official"), "attribution (the purchase is the event)"),
            (("purchase", "only public sector"), "apposition restating the same purchase"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Ministry of International Trade and Industry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            (("U.S.", "buying a"), "GPE", "USA"),
            (("MITI", "determined,"), "ORG", "JPN"),
            ("Cray Research Inc", "ORG", "USA"),
            (("MITI", "nine"), "ORG", "JPN"),
            ("Tsukuba", "GPE", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            (("MITI", "a MITI official"), "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("MITI", "in line with"), "ORG", "JPN"),
            (("U.S.", "this autumn,"), "GPE", "USA"),
            (("Japan", "urged"), "GPE", "JPN"),
            (("U.S.", "sales of"), "GPE", "USA"),
            (("U.S.", "in current"), "GPE", "USA"),
            (("Japan", "current U.S.-"), "GPE", "JPN"),
            ("Nippon Telegraph and Telephone Corp", "ORG", "JPN"),
            ("NTT", "ORG", "JPN"),
            (("Cray", "bought a"), "ORG", "USA"),
            (("NTT", "an NTT"), "ORG", "JPN"),
            (("U.S.", "purchase of a"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind19b.jsonl")
