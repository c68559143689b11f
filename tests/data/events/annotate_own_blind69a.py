"""Build ``own_blind69a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind69a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2098 left); 24 drawn
with random.Random(69101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 0-7 (8 articles).
54 event records (53 first mentions, 1 later mention), 105 not_annotated spans, 117 entity mentions
(GPE 47, ORG 27, NORP 21, PERSON 17, LOC 5); no article without events; 10624 (Islamic Development Bank
loans) has AIDs only (every "said" is rule-3 attribution), 7905 (Credit Lyonnais protocol) AGREEs only and
15865 (USDA soybean forecasts) reporting-clause STATEMENTs only.
Types: STATEMENT 29, AID 9, AGREE 6, CONSULT 4, REQUEST 2, ACCUSE 2, REJECT 1, PROTEST 1; modality:
asserted 48, planned 4, negated 2; precision: day 39, unknown 12, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed: the
skipped "communique" of 15454 first hit the lead's "Group of Seven communique"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Japanese Finance Minister Kiichi Miyazawa": NORP + PERSON;
"Michael Armacost, Under Secretary of State for Political Affairs" and "Michael Jopling, British minister
of Agriculture, Fisheries and Food": PERSON, plus NORP "British"); company names are tagged without angle
brackets ("<Bank of Montreal>"), tickers ("<RY>") are not entities; the possessive 's is left out
("Republic's", "Brazil's", "Japan's"); hyphenated nationality words are tagged part by part ("Tunisian" and
"Saudi" in "Tunisian-Saudi", "Canadian" in "Canadian-owned", as earlier sets' "Kuwaiti-owned" and
"Iran-Iraq"); no nested entities ("Republic National Bank of New York", "Banco Royal do Canada (Brasil)
S.A.", "Bank of Montreal", "Royal Bank of Canada", "Brazil/Canada Chamber of Commerce" one ORG span each);
lower-case bodies ("the Soviet central bank", "parliament's standing committee", "a Malaysian Bank", "a
Tunisian-Saudi Investment Company": generic descriptions with an indefinite article) give only their
nationality words; currencies and products are not entities.
Countries: Group of Seven / G-7 ORG null, Wall Street LOC USA, Marc Cohen PERSON USA and Republic National
Bank of New York / "Republic" ORG USA (a named employee of a named firm, 37a), Washington GPE USA, Paris
GPE FRA, Tokyo GPE JPN, "Japanese" NORP JPN, Kiichi Miyazawa PERSON JPN, Bank of Japan ORG JPN, "U.S."
GPE USA; Islamic Development Bank / IDB ORG null (an international body), Senegal SEN, Guinea GIN, Comoros
COM, Sudan SDN, Sierra Leone SLE, Gabon GAB (GPE), "Malaysian" NORP MYS, "Tunisian" NORP TUN, "Saudi"
NORP SAU; Japan GPE JPN, Michael Armacost / "Armacost" PERSON USA, Congress ORG USA; Michael Jopling /
"Jopling" PERSON GBR, "British" NORP GBR, the Atlantic and Europe LOC null, the United States and Indiana
GPE USA, the European Community / EC ORG null; the U.S. Agriculture Department / USDA ORG USA, Brazil BRA
and Argentina ARG (GPE); Royal Bank of Canada and Bank of Montreal ORG CAN, Banco Royal do Canada (Brasil)
S.A. / "Banco Royal" ORG BRA (the text calls it a "Brazilian commercial bank subsidiary"; CAN arguable
from its parent), Michael Brennan / "Brennan" PERSON BRA (its president, the firm's country as 37a's
employees; CAN arguable), "Brazilian" NORP BRA, "Canadian" NORP CAN, Canada GPE CAN, the Brazil/Canada
Chamber of Commerce ORG null (a binational body; CAN arguable from the Montreal dateline); "French" NORP
FRA, Credit Lyonnais ORG FRA, the Soviet Union GPE SUN, "Soviet" NORP SUN, Gosbank and Vneshtorgbank ORG
SUN, Banque de l'Union Europeenne ORG FRA (the text gives no country; the French name and the Paris
dateline place it, as 55a's dateline calls; null arguable); "Dutch" NORP NLD, FNV ORG NLD (earlier sets),
Rotterdam and Amsterdam GPE NLD.

Judgement calls made here:
* 15454 (yen after the G-7 communique, published 1987-04-09 08:19, dateline "NEW YORK, April 8"): the DCT is
  published_at's date, Thu 1987-04-09 (GUIDELINES), so "Wednesday's meeting" = 1987-04-08 and "Tuesday's
  February U.S. Trade data" = 1987-04-14. The currency and bond analysts, "one trader at a major Wall
  Street securities company", the dealers, "Dealers and analysts" and "The sources" are anonymous
  (skipped with their content). '..., Marc Cohen of Republic National Bank of New York said:' and '...,"
  asked Republic's Cohen' are STATEMENTs (a named employee of a named firm: USA BUS; the rhetorical question
  is a reporting clause, not a request), DCT, NEW YORK; the "They said" / "they are saying" inside his quote
  are content. "Wednesday's meeting of the finance ministers and central bankers of the top seven
  industrialized nations in Washington" is CONSULT by the group (null, no actor2, 5b's G-7 meeting; a
  nominal with its own date, EVENTS.md 11), asserted, 1987-04-08, Washington; "the talks" and "four hours
  of talks" are anaphoric. "the G-7 issued a communique which merely reaffirmed the recent Paris
  agreement's view" is a STATEMENT on "issued" (null IGO; reaffirming a view, not a commitment, so not
  AGREE), placed after the meeting (rule 3: 1987-04-08, "Wednesday", Washington). "Miyazawa fuelled
  speculation ... by saying that the current yen level is still inside the range agreed on in Paris in late
  February" is a STATEMENT JPN GOV on "saying" (DCT, wire style; "fuelled" skipped as the effect) and an
  AGREE on "agreed" for the Paris accord (a relative clause with its own date and place: the group null, no
  actor2, own_blind3's Paris accord), 1987-02 ("late February", month), Paris; "the recent Paris agreement"
  is a background nominal. "Official statements in recent weeks had indicated ..." has no named speaker
  (Japanese authorities implied; skipped, STATEMENT JPN undated arguable). The Bank of Japan "detected by
  local dealers buying moderate amounts of dollars" is currency intervention (monetary operation, skipped);
  Tuesday's trade data is a scheduled release with no named releaser in the clause (skipped; STATEMENT USA
  planned arguable).
* 10624 (Islamic Development Bank loans, DCT Sat 1987-03-28, ISTANBUL): "The Islamic Development Bank (IDB)
  approved a total of 12.3 mln dlrs of project loans and technical assistance to member countries, a bank
  statement said" is AID null IGO -> the member countries (null, a group), undated (no time expression,
  rule 17), "said" rule-3 attribution. Each allocation is its own AID record (set 17/18's aid statement):
  "Senegal was given a 5.5 mln dlrs loan ..., Guinea 4.6 mln dlrs ... and 1.2 mln dlrs for Comoros" three
  records on the one (gapped) "given" (SEN, GIN, COM; the IDB implied by the passive); "Sudan, Sierra Leone
  and Gabon were given ... technical assistance" three records on its "given" (a compound of different
  countries split, EVENTS.md 12); "The bank also extended a 10 mln dlrs line of leasing to a Malaysian Bank
  and 1.9 mln dlrs to a Tunisian-Saudi Investment Company" two records on "extended" (credit: AID; the
  Malaysian bank MYS BUS, the binational company null BUS, TUN arguable); all undated, asserted. "It said"
  and "the statement said" are rule-3 attribution, so the story has no STATEMENT.
* 14881 (Armacost on U.S. sanctions, DCT Wed 1987-04-08, TOKYO): "A top U.S. Official said Japan has little
  chance of convincing the U.S. To drop threatened trade sanctions" is a STATEMENT (an assessment), DCT,
  TOKYO; "threatened trade sanctions" is background (the standing threat; THREATEN USA -> JPN arguable).
  "despite the efforts of a Japanese team that left for Washington today" is CONSULT JPN GOV -> the U.S.
  (visitor first, EVENTS.md 13; actor2 anchored at "Washington"), 1987-04-08 ("today"), asserted (the trip
  has begun; planned arguable), located in Washington. Armacost "was asked at a press conference whether
  ... said, and replied: ..." is one STATEMENT on "replied" (the reporters' question skipped; the garbled
  stray "said" is the same act, skipped); "Armacost said the U.S. Hopes Japan will take steps to lift its
  domestic economy ..., remove barriers to imports and settle outstanding trade issues" is REQUEST USA GOV
  -> JPN GOV on "said" (Japan told it should act, EVENTS.md 2; "Hopes" unlisted so a trigger there still
  matches); the two quoted '..., he said' (cooperation on security; cooperation or protectionist
  legislation by Congress, the latter hypothetical content, SANCTION arguable) are STATEMENTs. All DCT,
  TOKYO.
* 5717 (Jopling attacks subsidies, DCT Mon 1987-03-16, INDIANAPOLIS): "Farm subsidies and protectionist
  moves threaten healthy trade ..., Michael Jopling ... warned" is a STATEMENT (a warning of a risk with no
  consequence from the speaker, own_blind's "warned"; criticism of policies, not of an actor). '"It would
  not be sensible to provoke another dispute ...," Jopling said in remarks prepared for an evening speech'
  and '"... We cannot continue to pile up stocks ...," he said' are STATEMENTs; the quote then runs on
  without a reporting verb ("Governments must not operate farm policies ...": generic governments, no
  identifiable actor asked) until 'He added, "It is crucial that the United States and the European
  Community remain friends."', a STATEMENT (an evaluation of a relationship; REQUEST USA / EC arguable under
  EVENTS.md 2). "was in Indiana to visit several farms prior to talks with U.S. officials in Washington
  later this week" is CONSULT GBR GOV -> USA GOV on "talks" (a nominal with its own date), planned, 1987-03
  (the week of 16-22 March, month precision, EVENTS.md 21), Washington; the farm visits have no host actor
  (skipped; CONSULT GBR -> USA arguable). "Jopling also criticized a recent proposal still under
  consideration by the EC for a tax on vegetable and fish oils" is ACCUSE GBR GOV -> the EC (null IGO), DCT
  (a verbal act in the same speech); "He said his government would oppose such a move because ..." is
  REJECT GBR GOV -> the EC (implied, null) on "said" (the saying is the refusal, speech-act rule 2; "oppose"
  unlisted), asserted, DCT. All located at the dateline city (the speech's place is not stated; he "was in
  Indiana").
* 15865 (USDA Brazil/Argentine soybean forecasts, DCT Thu 1987-04-09, WASHINGTON): "forecast", "put",
  "The department forecast", "It projected" and "USDA projected" are five STATEMENTs (statistics releases
  by a named body, 53a's 3334), DCT, WASHINGTON; the passive "Brazil's 1986/87 soybean exports were
  forecast" has no named agent (skipped, as 53a's passive forecasts) and the two "estimated last month" are
  the previous month's figures in a comparison (skipped; STATEMENT USA 1987-03 arguable).
* 5727 (Banco Royal's Brennan, DCT Mon 1987-03-16, MONTREAL): Brennan is president of the Brazilian
  subsidiary (BRA BUS; CAN arguable). His twelve reporting clauses: "said" (growth opportunities), "told
  reporters" (Brazilian exporters' interest), "said Brazil is currently exporting ... to Canada" (habitual
  trade described, "exporting" skipped; COOPERATE BRA -> CAN arguable), "said he hopes to see medium-term
  financing facilities ... reinstated" (a hope, no actor asked; AID arguable), "estimated" (1985 trade
  figures), "said he expects Banco Royal profit to increase", "said he expects his bank's growth ...",
  "..., he said" (Banco Royal the only Canadian-owned bank), "said he expected Brazil to be able to reach
  an equitable agreement with foreign banks" (a forecast; the agreement content), "said he believed Brazil
  might ... resume debt repayments" are STATEMENTs; "but said he could not predict by how much" and "said
  he could not comment on the impact of Brazil's interest payment moratorium" are withheld STATEMENTs
  (negated, triggers on "predict" and "comment", their "said" skipped); all DCT, MONTREAL. "following an
  agreement reached in January with international financial authorities" is AGREE BRA GOV (implied) ->
  the authorities (null IGO), 1987-01 ("in January", past month), asserted (a nominal with its own
  predication and date). The speech to the Chamber of Commerce is the telling's occasion; the moratorium
  is Brazil's payment freeze (no type, EVENTS.md 10).
* 7905 (Credit Lyonnais - USSR protocol, DCT Fri 1987-03-20, PARIS): "Credit Lyonnais said it signed a
  protocol of agreement with the Soviet Union to establish a joint financial group ..." is AGREE FRA BUS ->
  SUN GOV on "signed" ("said" rule-3 attribution); "It said in a statement it signed the agreement here
  with the Soviet central bank (Gosbank) and foreign trade bank (Vneshtorgbank)" is its later mention
  (actor2 the Soviet banks, a same-country compound, one record). Both dated 1987-03-20: the signing "here"
  followed "the announcement earlier today" of the other agreement, so it took place today (date_text
  "earlier today"; undated by rule 17 arguable), located in Paris. "a similar, but wholly separate,
  agreement between the Soviet Union and Banque de l'Union Europeenne" is AGREE SUN GOV -> the bank (FRA
  BUS), first-named party first, undated ("earlier today" dates the announcement, which is attribution
  under rule 3). "No joint ventures have yet been finalised" has no identified parties (skipped; COOPERATE
  negated arguable); "some protocols of intent ... have already been agreed between western firms and the
  Soviet Union" is AGREE null BUS (western firms, a group) -> SUN, undated (present perfect).
* 3572 (Dutch port union, DCT Wed 1987-03-11, ROTTERDAM): "FNV is presenting its case against 800 planned
  redundancies ... to parliament's standing committee on social affairs today, a union spokesman said" is
  CONSULT NLD ORG -> NLD GOV (a meeting with the committee, the title's "to meet parliamentarians";
  REQUEST arguable), planned (present progressive with "today": an arranged future), 1987-03-11, "said"
  rule-3 attribution. "With 285 of the 4,000-strong workforce on strike" is PROTEST NLD ORG (strikers),
  actor2 null (EVENTS.md 14), undated (a state with no time expression, rule 17; DCT arguable). "the union
  will tell the committee the government has a duty to help solve the dispute" is REQUEST NLD ORG -> the
  Dutch government (NLD GOV), planned, placed inside today's presentation (rule 3: 1987-03-11, "today").
  "The union will also take its case against the redundancies ... to a court in Amsterdam tomorrow" is
  ACCUSE NLD ORG -> the employers (implied NLD BUS; legal action), planned, 1987-03-12 ("tomorrow"),
  Amsterdam. "the spokesman added" / "he added" are rule-3 attribution; the redundancies and the dispute
  are background nominals.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind69a.jsonl"

NYC = ("NEW YORK", "USA")
TOK = ("TOKYO", "JPN")
IND = ("INDIANAPOLIS", "USA")
WAS = ("WASHINGTON", "USA")
MTL = ("MONTREAL", "CAN")
PAR = ("PARIS", "FRA")
WASHINGTON_TXT = ("Washington", "USA")
PARIS_TXT = ("Paris", "FRA")
AMSTERDAM_TXT = ("Amsterdam", "NLD")

USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
JPN_GOV = "JPN", "GOV"
GBR_GOV = "GBR", "GOV"
BRA_BUS = "BRA", "BUS"
FRA_BUS = "FRA", "BUS"
SUN_GOV = "SUN", "GOV"
NLD_ORG = "NLD", "ORG"
IDB = None, "IGO"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15454": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Marc Cohen"), ("Marc Cohen",) + USA_BUS, None, NYC,
             "1987-04-09", "day", None, "asserted", None,
             "Cohen of Republic National Bank of New York (a named employee of a named firm, 37a): the market has "
             "the impetus to drive the dollar lower (assessment); DCT = published_at's date 1987-04-09 although "
             "the dateline says April 8 (GUIDELINES), dateline city"),
            # 1
            ("CONSULT", ("meeting", "Wednesday's"),
             ("the finance ministers and central bankers of the top seven industrialized nations", None, "GOV"),
             None, WASHINGTON_TXT, "1987-04-08", "day", "Wednesday", "asserted", None,
             "Wednesday's meeting of the G-7 ministers and central bankers in Washington (a nominal with its own "
             "date, EVENTS.md 11; a group: null, no actor2, as 5b's G-7 meeting); past Wednesday before Thu "
             "1987-04-09 = 1987-04-08"),
            # 2
            ("STATEMENT", "issued", ("the G-7",) + IDB, None, WASHINGTON_TXT,
             "1987-04-08", "day", "Wednesday", "asserted", None,
             "the G-7 issued a communique reaffirming the Paris accord's view (an announcement with no type; a "
             "group: null); issued after the four hours of talks = Wednesday's meeting (rule 3: 1987-04-08, "
             "Washington)"),
            # 3
            ("STATEMENT", "asked", (("Cohen", "Republic's"),) + USA_BUS, None, NYC,
             "1987-04-09", "day", None, "asserted", None,
             "Cohen's rhetorical question on the G-7's fundamentals view (a reporting clause; not a request of "
             "anyone); DCT"),
            # 4
            ("STATEMENT", ("saying", "Miyazawa"), ("Kiichi Miyazawa",) + JPN_GOV, None, NYC,
             "1987-04-09", "day", None, "asserted", None,
             "Miyazawa said the yen is still inside the range agreed in Paris ('fuelled speculation' is the "
             "effect, skipped); wire style, no time expression: DCT, dateline city (no place in the text)"),
            # 5
            ("AGREE", ("agreed", "the range"), (None,) + (None, "GOV"), None, PARIS_TXT,
             "1987-02", "month", "late February", "asserted", None,
             "the range agreed on in Paris in late February (the Paris accord: a relative clause with its own date "
             "and place; the group of countries null, no actor2, as own_blind3's Paris accord); month precision"),
        ],
        "skip": [
            (("said", "bond analysts here"), "anonymous-source talk (currency and bond analysts)"),
            (("said", "Is that it?"), "anonymous-source talk (one trader at an unnamed securities company)"),
            ("expecting", "content of anonymous talk"),
            ("hovered", "market-price movement"),
            ("restrained", "market activity by unnamed dealers"),
            ("squared", "market activity by unnamed dealers"),
            (("talks", "just before the"), "anaphoric nominal (Wednesday's meeting)"),
            (("talks", "four hours of"), "anaphoric nominal (Wednesday's meeting)"),
            (("communique", "issued a"), "part of the statement (light verb 'issued')"),
            ("reaffirmed", "content of the communique (a view reaffirmed, not a commitment)"),
            (("agreement", "recent Paris"), "background nominal (the Paris accord, 'recent' gives no value; coded at "
                                           "'agreed on in Paris')"),
            ("fostered", "content of the communique"),
            ("sank", "market-price movement"),
            (("said", "They said that"), "content of Cohen's quote (what the G-7 said earlier)"),
            (("saying", "Now they are"), "content of Cohen's quote"),
            ("fuelled", "effect of Miyazawa's remark, not an act (the saying is the event)"),
            ("tolerate", "content of the speculation"),
            (("statements", "Official"), "unattributed official statements (Japanese authorities implied; "
                                         "STATEMENT JPN undated arguable)"),
            ("indicated", "part of the unattributed official statements"),
            ("warned", "anonymous-source talk (dealers and analysts)"),
            ("anticipated", "anonymous-source talk (dealers and analysts)"),
            (("effort", "concerted"), "content of anonymous talk (currency intervention, a monetary operation)"),
            ("detected", "observation by unnamed local dealers"),
            (("buying", "detected by"), "currency intervention by the Bank of Japan (monetary operation)"),
            ("rebounded", "market-price movement"),
            (("said", "The sources"), "anonymous-source talk (the sources)"),
            (("selling", "agressively"), "content of anonymous talk (market activity)"),
            (("data", "Trade"), "scheduled statistics release, no named releaser in the clause (STATEMENT USA "
                                "planned 1987-04-14 arguable)"),
            (("expected", "The figures are"), "forecast of statistics with no named forecaster"),
        ],
        "entities": [
            ("Group of Seven", "ORG", None),
            ("Wall Street", "LOC", "USA"),
            ("Marc Cohen", "PERSON", "USA"),
            ("Republic National Bank of New York", "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            ("G-7", "ORG", None),
            ("Paris", "GPE", "FRA"),
            ("Tokyo", "GPE", "JPN"),
            (("Republic", "asked"), "ORG", "USA"),
            (("Cohen", "Republic's"), "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            (("Paris", "agreed on in"), "GPE", "FRA"),
            (("Tokyo", "Shortly after the"), "GPE", "JPN"),
            ("Bank of Japan", "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-10624": {
        "events": [
            # 0
            ("AID", "approved", ("The Islamic Development Bank",) + IDB, ("member countries", None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the IDB approved 12.3 mln dlrs of project loans and technical assistance to member countries (credit "
             "and aid: AID; an international body and a group of countries: null); no time expression: undated "
             "(rule 17); 'a bank statement said' rule-3 attribution"),
            # 1
            ("AID", ("given", "Senegal was"), (None,) + IDB, ("Senegal", "SEN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "a 5.5 mln dlr loan to Senegal (each allocation its own record, set 17/18's aid statement; the IDB "
             "implied by the passive); undated; 'It said' attribution"),
            # 2
            ("AID", ("given", "Senegal was"), (None,) + IDB, ("Guinea", "GIN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "4.6 mln dlrs to Guinea for schools (gapped verb: the trigger 'given' shared, EVENTS.md 12); undated"),
            # 3
            ("AID", ("given", "Senegal was"), (None,) + IDB, ("Comoros", "COM", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "1.2 mln dlrs to Comoros for petroleum facilities (gapped verb, shared trigger); undated"),
            # 4
            ("AID", ("given", "Gabon were"), (None,) + IDB, ("Sudan", "SDN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "technical assistance to Sudan, Sierra Leone and Gabon (compound of different countries: one record "
             "each, EVENTS.md 12); undated"),
            # 5
            ("AID", ("given", "Gabon were"), (None,) + IDB, ("Sierra Leone", "SLE", "GOV"), None,
             None, "unknown", None, "asserted", None, "technical assistance, Sierra Leone's record; undated"),
            # 6
            ("AID", ("given", "Gabon were"), (None,) + IDB, ("Gabon", "GAB", "GOV"), None,
             None, "unknown", None, "asserted", None, "technical assistance, Gabon's record; undated"),
            # 7
            ("AID", "extended", ("The bank",) + IDB, ("a Malaysian Bank", "MYS", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "a 10 mln dlr line of leasing to a Malaysian bank (credit: AID); undated; 'the statement said' "
             "attribution"),
            # 8
            ("AID", "extended", ("The bank",) + IDB, ("a Tunisian-Saudi Investment Company", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "1.9 mln dlrs to a Tunisian-Saudi investment company (gapped verb, shared trigger); a binational "
             "company: no single country (TUN arguable)"),
        ],
        "skip": [
            (("said", "bank statement"), "rule-3 attribution (the loans are the event)"),
            (("statement", "a bank"), "part of the reporting clause"),
            (("said", "It said Senegal"), "rule-3 attribution"),
            ("construction", "purpose of the loan"),
            (("said", "the statement said"), "rule-3 attribution"),
            (("statement", "the statement said"), "part of the reporting clause"),
        ],
        "entities": [
            ("Islamic Development Bank", "ORG", None),
            ("IDB", "ORG", None),
            ("Senegal", "GPE", "SEN"),
            ("Guinea", "GPE", "GIN"),
            ("Comoros", "GPE", "COM"),
            ("Sudan", "GPE", "SDN"),
            ("Sierra Leone", "GPE", "SLE"),
            ("Gabon", "GPE", "GAB"),
            ("Malaysian", "NORP", "MYS"),
            ("Tunisian", "NORP", "TUN"),
            ("Saudi", "NORP", "SAU"),
        ],
    },
    "reuters21578-14881": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Official"), ("A top U.S. Official",) + USA_GOV, None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "Japan has little chance of convincing the U.S. to drop threatened sanctions (an assessment); DCT, "
             "dateline city"),
            # 1
            ("CONSULT", "left", ("a Japanese team",) + JPN_GOV, ("Washington",) + USA_GOV, WASHINGTON_TXT,
             "1987-04-08", "day", "today", "asserted", None,
             "a Japanese team left for Washington today to argue against the sanctions (a visit: visitor JPN, host "
             "the U.S., EVENTS.md 13; a relative clause with its own date); the trip has begun: asserted (planned "
             "arguable for the talks themselves)"),
            # 2
            ("STATEMENT", "replied", ("Michael Armacost",) + USA_GOV, None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "Armacost's reply at a press conference: too early for the figures to show a turnaround (assessment); "
             "the stray 'said' of the garbled clause is the same act (skipped); DCT, dateline city"),
            # 3
            ("REQUEST", ("said", "Armacost said the"), (("Armacost", "Armacost said the"),) + USA_GOV,
             (("Japan", "Hopes Japan"),) + JPN_GOV, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "the U.S. hopes Japan will lift its economy, cut export dependence, remove import barriers and settle "
             "trade issues (Japan told it should act, EVENTS.md 2; the saying is the act, 'Hopes' unlisted); DCT"),
            # 4
            ("STATEMENT", ("said", "security and political issues"),
             (("he", "security and political issues"),) + USA_GOV, None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "trade problems should not divert attention from security cooperation (assessment); DCT"),
            # 5
            ("STATEMENT", ("said", "protectionist legislation"), (("he", "protectionist legislation"),) + USA_GOV,
             None, TOK, "1987-04-08", "day", None, "asserted", None,
             "the question is cooperation or protectionist legislation by Congress (assessment; the legislation "
             "hypothetical content); DCT"),
        ],
        "skip": [
            ("convincing", "content of the statement"),
            (("drop", "To"), "content of the statement"),
            (("threatened", "To drop"), "background (the standing U.S. sanctions threat; THREATEN USA -> JPN arguable)"),
            (("sanctions", "threatened trade"), "background nominal (the threatened sanctions)"),
            ("efforts", "background nominal (the team's efforts: the visit's purpose)"),
            (("asked", "was"), "a question by unnamed reporters"),
            ("moves", "background nominal in the question (Japan's moves; RETREAT JPN arguable)"),
            ("persuade", "content of the question"),
            ("impose", "content of the question"),
            (("said", "Japanese imports"), "garbled duplicate of the reporting clause (the act is coded at 'replied')"),
            (("lift", "take steps to"), "content of the request"),
            (("reduce", "economy and"), "content of the request"),
            ("remove", "content of the request"),
            ("settle", "content of the request"),
            ("divert", "content of the statement"),
            (("cooperation", "areas of"), "stative (existing cooperation)"),
            (("cooperative actions", "through"), "hypothetical content of the statement"),
            (("takes action", "Congress"), "hypothetical content (protectionist legislation; SANCTION USA -> JPN "
                                           "hypothetical arguable)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            (("U.S.", "convincing the"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Washington", "GPE", "USA"),
            ("Michael Armacost", "PERSON", "USA"),
            (("Japan", "whether"), "GPE", "JPN"),
            (("U.S.", "persuade the"), "GPE", "USA"),
            (("Japanese", "tariffs on"), "NORP", "JPN"),
            (("Armacost", "Armacost said"), "PERSON", "USA"),
            (("U.S.", "Armacost said the"), "GPE", "USA"),
            (("Japan", "Hopes"), "GPE", "JPN"),
            ("Congress", "ORG", "USA"),
        ],
    },
    "reuters21578-5717": {
        "events": [
            # 0
            ("STATEMENT", "warned", ("Michael Jopling",) + GBR_GOV, None, IND,
             "1987-03-16", "day", None, "asserted", None,
             "farm subsidies and protectionism threaten healthy trade: a warning of a risk with no consequence "
             "from the speaker (own_blind's 'warned' STATEMENT; criticism of a policy, not an actor); DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", ("said", "Jopling said in"), (("Jopling", "Jopling said in"),) + GBR_GOV, None, IND,
             "1987-03-16", "day", None, "asserted", None,
             "not sensible to provoke another EC-U.S. dispute (assessment, remarks prepared for this evening's "
             "speech); DCT"),
            # 2
            ("STATEMENT", ("said", "demand shrinks"), (("he", "demand shrinks"),) + GBR_GOV, None, IND,
             "1987-03-16", "day", None, "asserted", None,
             "stocks cannot keep piling up (assessment; the quote runs on to 'competitive export subsidies' with "
             "generic 'Governments must not ...', no identifiable actor asked); DCT"),
            # 3
            ("STATEMENT", "added", (("He", "He added"),) + GBR_GOV, None, IND,
             "1987-03-16", "day", None, "asserted", None,
             "crucial that the U.S. and the EC remain friends (an evaluation of a relationship; REQUEST USA/EC "
             "arguable under EVENTS.md 2); DCT"),
            # 4
            ("CONSULT", ("talks", "prior to"), (("Jopling", "Jopling, who"),) + GBR_GOV, ("U.S. officials",) + USA_GOV,
             WASHINGTON_TXT, "1987-03", "month", "later this week", "planned", None,
             "talks with U.S. officials in Washington later this week (a nominal with its own date, EVENTS.md 11); "
             "week of 16-22 March from Mon 1987-03-16: month precision (EVENTS.md 21)"),
            # 5
            ("ACCUSE", "criticized", (("Jopling", "Jopling also"),) + GBR_GOV, (("the EC", "consideration by"),) + IDB, IND,
             "1987-03-16", "day", None, "asserted", None,
             "criticism of the EC's proposed oils tax (criticism of a body's proposal: ACCUSE toward the EC, null); "
             "a verbal act in the same speech, wire style: DCT"),
            # 6
            ("REJECT", ("said", "He said his government"), ("his government",) + GBR_GOV, (None,) + IDB, IND,
             "1987-03-16", "day", None, "asserted", None,
             "his government would oppose such a move (the saying is the refusal of the EC proposal, speech-act "
             "rule 2; actor2 the EC implied; 'oppose' unlisted); DCT"),
        ],
        "skip": [
            ("threaten", "content of the warning (subsidies threaten trade: no acting actor)"),
            ("provoke", "hypothetical content of the statement"),
            (("dispute", "another"), "hypothetical content of the statement"),
            ("speech", "part of the reporting clause (remarks prepared for a speech)"),
            ("pile up", "content of the statement"),
            ("operate", "content of the quote (generic governments)"),
            ("develop", "content of the quote"),
            ("engage", "content of the quote"),
            (("remain", "European Community"), "content of the statement"),
            (("visit", "Indiana to"), "visits to farms, no host actor (CONSULT GBR -> USA arguable)"),
            ("proposal", "background nominal (the EC's proposal under consideration)"),
            ("consideration", "background (the EC's internal deliberation)"),
            (("tax", "for a"), "content of the proposal (EC levy under consideration)"),
            (("support", "funds to"), "content of the quote"),
            ("alleviated", "content of the quote"),
            ("raising", "content of the quote"),
        ],
        "entities": [
            ("Atlantic", "LOC", None),
            ("Michael Jopling", "PERSON", "GBR"),
            ("British", "NORP", "GBR"),
            ("Europe", "LOC", None),
            ("United States", "GPE", "USA"),
            (("Jopling", "Jopling said"), "PERSON", "GBR"),
            (("Atlantic", "apply on both sides"), "LOC", None),
            (("Europe", "above all,"), "LOC", None),
            (("United States", "above all,"), "GPE", "USA"),
            (("United States", "crucial that the"), "GPE", "USA"),
            ("European Community", "ORG", None),
            (("Jopling", "Jopling, who"), "PERSON", "GBR"),
            ("EC", "ORG", None),
            ("Indiana", "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            (("Jopling", "Jopling also"), "PERSON", "GBR"),
            (("EC", "consideration by the"), "ORG", None),
            (("EC", "funds to support"), "ORG", None),
        ],
    },
    "reuters21578-15865": {
        "events": [
            # 0
            ("STATEMENT", "forecast", ("The U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "forecast of Brazil's 1986/87 soybean crop (a statistics release by a named body, 53a's 3334); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", "put", (("It", "It put"),) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None, "Brazil's 1985/86 crop estimate; DCT"),
            # 2
            ("STATEMENT", ("forecast", "The department"), ("The department",) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None, "Argentina's 1986/87 crop forecast; DCT"),
            # 3
            ("STATEMENT", "projected", (("It", "It projected"),) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None, "Argentina's 1985/86 crop; DCT"),
            # 4
            ("STATEMENT", ("projected", "USDA"), ("USDA",) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None, "Brazil's 1985/86 exports; DCT"),
        ],
        "skip": [
            (("estimated", "17.00"), "the previous month's estimate in a comparison (statistics; STATEMENT USA 1987-03 "
                                     "arguable)"),
            (("forecast", "exports were"), "passive forecast with no named agent (content of the release, as 53a's "
                                           "3334)"),
            (("estimated", "2.50 mln tonnes"), "the previous month's estimate in a comparison (statistics)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("Argentina", "GPE", "ARG"),
            (("Brazil", "7.30 mln last month"), "GPE", "BRA"),
            ("USDA", "ORG", "USA"),
        ],
    },
    "reuters21578-5727": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Michael Brennan"), ("Michael Brennan",) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "asserted", None,
             "the Brazilian subsidiary sees growth opportunities (assessment; Brennan heads the Brazilian subsidiary: "
             "BRA BUS, CAN arguable from the parent); DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("Brennan", "Brennan told"),) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "asserted", None,
             "Brazilian exporters are interested in the Canadian market (assessment); DCT"),
            # 2
            ("STATEMENT", ("said", "Brennan said Brazil"), (("Brennan", "Brennan said Brazil"),) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "asserted", None,
             "Brazil currently exports paper machinery and ships to Canada (habitual trade described; no single "
             "exchange); DCT"),
            # 3
            ("STATEMENT", ("said", "He said he hopes"), (("He", "He said he hopes"),) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "asserted", None,
             "hopes financing facilities for Brazilian companies are reinstated (a hope with no actor asked: the "
             "lenders unnamed); DCT"),
            # 4
            ("AGREE", ("agreement", "following an"), (None, "BRA", "GOV"),
             ("international financial authorities", None, "IGO"), None,
             "1987-01", "month", "in January", "asserted", None,
             "an agreement reached in January with international financial authorities (Brazil implied as the other "
             "party; the authorities a group: null); a nominal with its own predication and date (EVENTS.md 11); "
             "past January from March 1987"),
            # 5
            ("STATEMENT", "estimated", (("Brennan", "Brennan estimated"),) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "asserted", None, "1985 trade figures (statistics); DCT"),
            # 6
            ("STATEMENT", ("said", "Brennan said he expects Banco"), (("Brennan", "Brennan said he expects Banco"),)
             + BRA_BUS, None, MTL, "1987-03-16", "day", None, "asserted", None,
             "expects Banco Royal's profit to rise this year (forecast); DCT"),
            # 7
            ("STATEMENT", "predict", (("he", "but said he"),) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "negated", None,
             "'but said he could not predict by how much': a withheld statement (negated, own_blind3's 'was unable "
             "to say'); the second 'said' skipped as its reporting verb; DCT"),
            # 8
            ("STATEMENT", ("said", "Brennan said he expects his"), (("Brennan", "Brennan said he expects his"),)
             + BRA_BUS, None, MTL, "1987-03-16", "day", None, "asserted", None,
             "growth to come from exports to Canada (forecast); DCT"),
            # 9
            ("STATEMENT", ("said", "investment bank subsidiary"), (("he", "investment bank subsidiary"),) + BRA_BUS,
             None, MTL, "1987-03-16", "day", None, "asserted", None,
             "Banco Royal the only Canadian-owned commercial bank in Brazil (description); DCT"),
            # 10
            ("STATEMENT", ("said", "Brennan said he expected Brazil"), (("Brennan", "Brennan said he expected Brazil"),)
             + BRA_BUS, None, MTL, "1987-03-16", "day", None, "asserted", None,
             "expects Brazil to reach an equitable debt agreement with foreign banks (a forecast; the agreement "
             "is its content); DCT"),
            # 11
            ("STATEMENT", ("said", "He said he believed"), (("He", "He said he believed"),) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "asserted", None,
             "Brazil might resume debt repayments within a year (forecast); DCT"),
            # 12
            ("STATEMENT", ("comment", "could not"), (("Brennan", "Brennan said he could not"),) + BRA_BUS, None, MTL,
             "1987-03-16", "day", None, "negated", None,
             "could not comment on the moratorium's impact on Royal Bank (a withheld statement, negated); DCT"),
        ],
        "skip": [
            ("opportunities", "content of the statement"),
            (("speech", "after a"), "the occasion of the telling (background nominal)"),
            ("exporting", "habitual trade (generic; COOPERATE BRA -> CAN arguable)"),
            ("reinstated", "content of the hope (AID to Brazilian companies by unnamed lenders arguable)"),
            ("totalled", "statistics"),
            (("reached", "imports from"), "statistics"),
            (("increase", "Banco Royal profit to"), "content of the forecast"),
            ("reported", "a past earnings figure (corporate finance, statistics)"),
            (("said", "but said"), "reporting verb of the withheld statement (coded at 'predict')"),
            (("agreement", "equitable"), "content of the forecast (hypothetical AGREE BRA -> the banks)"),
            ("restructuring", "content of the forecast"),
            ("resume", "content of the forecast"),
            (("said", "Brennan said he could not"), "reporting verb of the withheld statement (coded at 'comment')"),
            ("moratorium", "background nominal (Brazil's payment freeze: no type, EVENTS.md 10)"),
        ],
        "entities": [
            ("Royal Bank of Canada", "ORG", "CAN"),
            ("Brazilian", "NORP", "BRA"),
            ("Banco Royal do Canada (Brasil) S.A.", "ORG", "BRA"),
            (("Brazilian", "substantial increase in"), "NORP", "BRA"),
            (("Canada", "Brazilian exports to"), "GPE", "CAN"),
            (("Banco Royal", "exports to Canada"), "ORG", "BRA"),
            ("Michael Brennan", "PERSON", "BRA"),
            (("Brazilian", "They"), "NORP", "BRA"),
            (("Canadian", "interested in the"), "NORP", "CAN"),
            (("Brennan", "Brennan told"), "PERSON", "BRA"),
            ("Brazil/Canada Chamber of Commerce", "ORG", None),
            (("Brennan", "Brennan said Brazil"), "PERSON", "BRA"),
            (("Brazil", "Brennan said Brazil"), "GPE", "BRA"),
            (("Canada", "ships to"), "GPE", "CAN"),
            (("Brazilian", "for Brazilian companies"), "NORP", "BRA"),
            (("Brennan", "Brennan estimated"), "PERSON", "BRA"),
            (("Brazilian", "Brennan estimated"), "NORP", "BRA"),
            (("Canada", "Brennan estimated"), "GPE", "CAN"),
            (("Canadian", "800 mln"), "NORP", "CAN"),
            (("Canada", "imports from"), "GPE", "CAN"),
            (("Brennan", "Brennan said he expects Banco"), "PERSON", "BRA"),
            (("Banco Royal", "he expects Banco"), "ORG", "BRA"),
            (("U.S.", "three mln"), "GPE", "USA"),
            (("Brennan", "Brennan said he expects his"), "PERSON", "BRA"),
            (("Canada", "increased exports to"), "GPE", "CAN"),
            (("Banco Royal", "Banco Royal is the only"), "ORG", "BRA"),
            (("Canadian", "the only"), "NORP", "CAN"),
            (("Brazil", "commercial bank in"), "GPE", "BRA"),
            ("Bank of Montreal", "ORG", "CAN"),
            (("Brazilian", "Bank of Montreal"), "NORP", "BRA"),
            (("Brennan", "Brennan said he expected Brazil"), "PERSON", "BRA"),
            (("Brazil", "he expected Brazil"), "GPE", "BRA"),
            (("Brazilian", "because the"), "NORP", "BRA"),
            (("U.S.", "68"), "GPE", "USA"),
            (("Brazil", "believed"), "GPE", "BRA"),
            (("Brennan", "Brennan said he could not"), "PERSON", "BRA"),
            (("Brazil", "impact of"), "GPE", "BRA"),
            (("Royal Bank of Canada", "moratorium on the"), "ORG", "CAN"),
        ],
    },
    "reuters21578-7905": {
        "events": [
            # 0
            ("AGREE", "signed", ("Credit Lyonnais",) + FRA_BUS, ("the Soviet Union",) + SUN_GOV, PAR,
             "1987-03-20", "day", "earlier today", "asserted", None,
             "Credit Lyonnais signed a protocol of agreement with the Soviet Union on a joint financial group "
             "(a signature: AGREE; 'said' rule-3 attribution); signed 'here' (Paris) following an announcement "
             "'earlier today', so today (the next sentence fixes the day; undated by rule 17 arguable)"),
            # 1
            ("AGREE", ("signed", "in a statement it"), (("It", "It said in a statement"),) + FRA_BUS,
             ("the Soviet central bank",) + SUN_GOV, PAR,
             "1987-03-20", "day", "earlier today", "asserted", 0,
             "later mention: signed here with Gosbank and Vneshtorgbank (a same-country compound, one record); "
             "the first mention's date; 'It said in a statement' attribution"),
            # 2
            ("AGREE", ("agreement", "wholly separate,"), (("the Soviet Union", "agreement between"),) + SUN_GOV,
             ("Banque de l'Union Europeenne",) + FRA_BUS, None,
             None, "unknown", None, "asserted", None,
             "a separate agreement between the Soviet Union and Banque de l'Union Europeenne (first-named party "
             "first; the bank French from its name and the Paris dateline, the text gives no country); 'earlier "
             "today' dates the announcement, which is attribution (rule 3): the agreement is undated"),
            # 3
            ("AGREE", ("agreed", "have already been"), (("western firms", "agreed between"),) + (None, "BUS"),
             (("the Soviet Union", "agreed between western firms and"),) + SUN_GOV, None,
             None, "unknown", None, "asserted", None,
             "protocols of intent agreed between western firms (a group: null) and the Soviet Union; present "
             "perfect, no time expression: undated"),
        ],
        "skip": [
            (("said", "Credit Lyonnais said"), "rule-3 attribution (the signature is the event)"),
            ("establish", "content of the agreement"),
            ("set up", "content of the agreement"),
            (("finance", "set up and"), "content of the agreement"),
            (("said", "It said in"), "rule-3 attribution"),
            (("statement", "It said in a"), "part of the reporting clause"),
            ("announcement", "attribution of the Banque de l'Union Europeenne agreement (rule 3)"),
            ("finalised", "negated, no identified parties (COOPERATE negated arguable)"),
            ("enabling", "Soviet joint-venture laws (domestic legislation, no type)"),
            ("establishment", "content of the protocols"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Credit Lyonnais", "ORG", "FRA"),
            ("Soviet Union", "GPE", "SUN"),
            (("Soviet Union", "joint ventures between the"), "GPE", "SUN"),
            (("Soviet", "here with"), "NORP", "SUN"),
            ("Gosbank", "ORG", "SUN"),
            ("Vneshtorgbank", "ORG", "SUN"),
            (("Soviet Union", "agreement between the"), "GPE", "SUN"),
            ("Banque de l'Union Europeenne", "ORG", "FRA"),
            (("Soviet", "January 1987"), "NORP", "SUN"),
            (("Soviet Union", "western firms and the"), "GPE", "SUN"),
        ],
    },
    "reuters21578-3572": {
        "events": [
            # 0
            ("CONSULT", "presenting", ("FNV",) + NLD_ORG,
             ("parliament's standing committee on social affairs", "NLD", "GOV"), None,
             "1987-03-11", "day", "today", "planned", None,
             "the FNV presents its case against the redundancies to parliament's social affairs committee today (a "
             "meeting with the committee, the title's 'to meet parliamentarians'; REQUEST arguable); present "
             "progressive with 'today' = an arranged future: planned; 'a union spokesman said' rule-3 attribution"),
            # 1
            ("PROTEST", ("strike", "on"), ("285 of the 4,000-strong workforce",) + NLD_ORG, None, None,
             None, "unknown", None, "asserted", None,
             "285 workers on strike (strikers: ORG; no target named in the clause, EVENTS.md 14); a state with no "
             "time expression: undated (rule 17; DCT arguable)"),
            # 2
            ("REQUEST", "tell", (("the union", "the union will tell"),) + NLD_ORG, (("the government", "committee the"),)
             + ("NLD", "GOV"), None, "1987-03-11", "day", "today", "planned", None,
             "the union will tell the committee the government has a duty to help solve the dispute (a demand on "
             "the government); placed inside today's presentation (rule 3); 'the spokesman added' attribution"),
            # 3
            ("ACCUSE", "take", (("The union", "The union will also"),) + NLD_ORG, (None, "NLD", "BUS"),
             AMSTERDAM_TXT, "1987-03-12", "day", "tomorrow", "planned", None,
             "the union will take its case against the redundancies to a court in Amsterdam tomorrow (legal action "
             "against the employers, implied: ACCUSE); 'he added' attribution"),
        ],
        "skip": [
            (("redundancies", "800 planned"), "background nominal (the employers' redundancy plans)"),
            (("said", "union spokesman"), "rule-3 attribution (the presentation is the event)"),
            ("dispute", "background nominal (the labour dispute)"),
            ("disrupting", "background (effect of the dispute)"),
            ("solve", "content of the request"),
            (("added", "the spokesman"), "rule-3 attribution"),
            (("redundancies", "case against the"), "anaphoric nominal"),
            (("planned", "350 of them"), "background (the employers' plans)"),
            (("added", "tomorrow, he"), "rule-3 attribution"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("FNV", "ORG", "NLD"),
            ("Rotterdam", "GPE", "NLD"),
            ("Amsterdam", "GPE", "NLD"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
