"""Build ``own_blind40a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind40a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left; also minus the 32 stories drawn for own_blind38-39, 2,555 left); 24 drawn with random.Random(40101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
53 event records (50 first mentions, 3 later mentions), 99 not_annotated spans, 120 entity mentions;
no article without events; 2983 (Placer Pacific) has three reporting-clause STATEMENTs only, 13279
(Sumitomo pipes) four records. Types: STATEMENT 36, COOPERATE 5, CONSULT 5, AGREE 5, REQUEST 2; modality:
asserted 48, negated 3, hypothetical 1, planned 1; precision: day 40, unknown 9, year 2, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed that way: the actor "he" of "It was this problem
that had prevented completion of the Mexican rescheduling, he said" matching inside "rescheduling", and the
skip "reschedule" matching inside "rescheduled amounts" instead of "did not wish to reschedule"; a date_text
broken across lines, "July last\nyear", is given as written (33b/34a)). See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("chairman Jim Leslie",
"deputy management board chairman Arno Bohn", "Statoil spokesman Willy Olsen": the PERSON, with the ORG
where it is named; "World Bank director for Latin America and the Caribbean Rainer Steckhan": ORG, LOC,
LOC + PERSON; "Swiss National Bank president Pierre Languetin": ORG + PERSON, the bank with its country
word one ORG span as 35a's "U.S. Treasury"); possessive 's left out; tickers in angle brackets left out
and bracketed company names tagged without the brackets (34b). Rainer Steckhan PERSON null (an officer of
a multinational bank, the text gives no nationality: 23a/34b/37a's Kerno), the World Bank ORG null,
"Latin America" and "the Caribbean" LOC null (29a), "Latin American" NORP null (16b/22a); Handelsblatt
ORG DEU (a German daily, Frankfurt dateline; its country a well-known fact, as 16a's Playboy); Peru,
Costa Rica, Ecuador, Brazil, Chile, Mexico GPE. Den Norske Stats Oljeselskap A/S, "Statoil" (every
mention) ORG NOR and its spokesman Willy Olsen PERSON NOR (an employee takes his firm's country, 34b's
Judy Wish); "Thai" NORP THA; Texas Pacific Oil Co Inc / "Texas Pacific" ORG USA (the text's "U.S. Oil
company"), Seagram Co Ltd ORG CAN ("Canada's"), Petroleum Authority Thailand and PTT ORG THA ("Thailand"
inside the name not tagged, 35a's Bank of France), "Dallas" in "Dallas-based" GPE USA (25a/28a's
"Tokyo-based"), the Gulf of Thailand LOC null (shared waters, 28a's Gulf of Mexico), Reuters ORG GBR.
Sumitomo Metal Industries Ltd ORG JPN (Tokyo dateline; the text gives no country), the Soviet Union GPE
SUN and "Soviet" NORP SUN. General Refractories Co / "General Refractories" ORG USA (from the dateline,
Bala Cynwyd, Pa.: 7a/21a's dateline call), "Girozentrale Bank of Austria" one ORG span AUT (the bank's
English name, as 35a's Bank of France; "Austria" inside it not tagged), "Austrian" NORP AUT, "European"
NORP null (19b/35a). Placer Pacific Ltd / "Placer" ORG AUS (Sydney dateline), Papua New Guinea and Port
Moresby GPE PNG, "Misima" in "the Misima gold project" LOC PNG (a place name inside a non-entity phrase,
as 19b/26a's "Paris" in "Paris accord") and Misima Island LOC PNG. Nixdorf Computer AG / "Nixdorf" ORG DEU
(Paderborn, West Germany dateline) and Arno Bohn PERSON DEU, Montgomery Ward and Co Inc / "Montgomery Ward"
ORG USA (the "U.S. Retailer" of the previous sentence), Mobil Corp ORG USA. The International Monetary Fund /
IMF, the Group of 10 and the "IMF Interim Committee" (one span, as 35a's "EC Commission") ORG null, Pierre
Languetin PERSON CHE, "Mexican" NORP MEX, "Argentine" NORP ARG. Qantas Airways Ltd / "Qantas" ORG AUS
(Sydney dateline; "government-owned") and Jim Leslie PERSON AUS (its chairman), Boeing Co / "Boeing" ORG USA
(32b; also "Boeing" inside "the Boeing 747 family" / "the Boeing 747-400", the maker's name inside a product
name, as "Paris" in "Paris accord"; leaving it out as a product name arguable), United Technologies Corp,
General Electric Co and "Pratt and Whitney" (United Technologies' unit) ORG USA, Rolls-Royce Ltd ORG GBR
("Britain's"); the wire text of 264 holds literal "^M" carriage-return marks inside "<Pratt^M and Whitney>"
and "<Rolls-Royce^M Ltd>": the spans keep them (the text is not changed); Britain GPE GBR, Europe and Asia LOC
null, Sydney GPE AUS, Los Angeles GPE USA. Aircraft types (747-400, 747-300) are products, not entities;
currencies (dlrs, marks, crowns, yen) and lower-case bodies ("Thai authorities" apart from "Thai", "the
company", "its board") are not tagged.

Judgement calls made here:
* 1552 (World Bank on Latin debtors, DCT Wed 1987-03-04, FRANKFURT): Steckhan, the World Bank director for
  Latin America, is null IGO (an officer of a multinational bank, 37a's Kerno). The lead "Latin American
  debtor nations are still willing to negotiate on their debts, ... Steckhan said" is a STATEMENT (an
  assessment of others' stance, no act toward anyone), DCT, FRANKFURT. "In an article published in
  today's Handelsblatt daily, Steckhan said despite decisions by Peru, Costa Rica, Ecuador and Brazil to
  suspend some interest payments, these nations were still willing to talk constructively" restates the
  lead with its source: a later mention (EVENTS.md 3; a separate first-mention STATEMENT, as 36a's OECD
  lead and review, arguable), dated by "today's" (his own article, as 20a's "today's Gazeta Mercantil";
  the same value as the DCT), location null (no place in the text); the quote '"These countries are still
  prepared to negotiate ...," Steckhan said' is a second later mention (the quoted restatement). The
  payment suspensions are EVENTS.md 10's payment freeze (no type). "Several highly indebted nations have
  made great efforts to meet their debt payments, especially Latin American countries, Steckhan said" is
  a STATEMENT (an assessment of a group, as 35a's Baker "debtors are making ... progress"; SUPPORT toward
  a null group arguable) and "The World Bank's annual lending to Latin America rose ..., he said" a
  statistics STATEMENT (DCT; the lending is statistics, AID arguable). Chile's and Mexico's growth have no
  reporting clause (statistics), Mexico's earthquake is a disaster (no type).
* 16166 (Statoil and the Thai gas field, DCT Mon 1987-04-13, STAVANGER): "Statoil ... has told Thai
  authorities it is interested in taking a 30 pct share in a big offshore Thailand gas field, Statoil said"
  is COOPERATE NOR BUS -> the Thai authorities (THA GOV, the party addressed) on "taking", hypothetical (an
  interest in an acquisition, 32b's O'Reilly "would be interested in buying"; the quote makes it
  conditional on PTT settling with Texas Pacific), undated (no time expression), "told" and "said" rule-3
  attribution ("interested" left unlisted so that a record on it meets this one); AGREE as an offer told
  to a government (set 12's "was prepared to provide") arguable. "PTT wants to develop the field" is its own
  aim (skipped); "and has asked Statoil to consider co-development if the field's licence is renewed" is
  REQUEST THA BUS -> NOR BUS, asserted (the condition is the request's content), undated (a perfect verbal
  act with no time expression, sets 15/16's "pressed"). "PTT, according to Statoil, is currently
  negotiating with Texas Pacific to buy back the Dallas-based oil company's holdings" is CONSULT THA BUS ->
  USA BUS (the text's "U.S. Oil company"; its Canadian parent not the party), 1987-04-13 by "currently"
  (16b/21b), location null; the buy-back is content (COOPERATE planned arguable). '"PTT must first sort out
  its problems with Texas Pacific. When this is done, we have said we are interested in taking over a 30
  pct share in the field," Statoil spokesman Willy Olsen told Reuters' is REQUEST NOR BUS -> PTT (an
  identifiable actor told it must act, EVENTS.md 2; a STATEMENT of Statoil's precondition arguable), DCT,
  STAVANGER; the splitter puts "told" in the quote's second sentence, whose restated interest ("we have
  said", "taking over") is skipped as 32b skipped restated interest (a later COOPERATE mention arguable).
  "Statoil, hired by PTT to carry out an independent appraisal ... and propose a development plan" is
  COOPERATE (a service contract) THA BUS -> NOR BUS, the hiring company first (the participle's agent, as
  own_dev's "awarded" and 35b's "a foreign consortium it has chosen"; the hired firm first as a contract
  winner arguable), undated; "has estimated the field could be commercially developed at a cost of some 700
  mln crowns" is a STATEMENT (a forecast release; a perfect report with no time expression: DCT, as 35a's
  "has sharply revised"). "Industry sources said", "the sources said" and "Sources would not say" are
  anonymous (skipped with their content: Texas Pacific's lower estimates, the domestic sale of reserves).
  "Statoil refused to disclose its upgraded reserve estimate" is a withheld STATEMENT (negated, DCT; 23a's
  "declined to disclose"; REJECT arguable; "refused" left unlisted).
* 13279 (Sumitomo seamless pipes, DCT Mon 1987-04-06, TOKYO): "Sumitomo Metal Industries Ltd said it and
  four other firms jointly concluded negotiations to export ... seamless pipes in the six months to
  end-September to China and the Soviet Union" is AGREE on "concluded" (concluding a deal, 8b's
  "concluded"; the export is content, EVENTS.md 8; COOPERATE on the export deals arguable), the five firms
  one JPN BUS actor (a same-country compound; the four others unnamed, taken as Japanese from the story),
  the buyers split by country (EVENTS.md 12): CHN and SUN, named in the clause (kind GOV: the state
  buyers, not named), undated (the period dates the exports), "said" rule-3 attribution, "negotiations"
  skipped as part of the agreement (CONSULT arguable). "Export prices for that period ... were set 100 to
  150 yen per tonne higher ..., it said" is a STATEMENT (the deals' terms as content), DCT; the contracted
  volumes have no reporting clause (statistics); "No direct Soviet comparison was available" is a withheld
  STATEMENT (negated, Sumitomo implied; 36a's "figures were not available"), DCT.
* 2114 (General Refractories, DCT Thu 1987-03-05, BALA CYNWYD): "General Refractories Co said it agreed to
  sell its European refractories and building products operations ... to an Austrian investor group" is
  AGREE USA BUS -> AUT BUS (EVENTS.md 8: the sale content, "said" attribution), undated. The 1985 sales
  ("the company said"), "The sale ... is subject to shareholder approval by April 24, 1987, it said" (a
  condition, 22a's "subject to approval"; "April 24, 1987" governs the approval) and "Its board has
  approved the deal, it said" (an internal decision of the company's board: no type) are STATEMENTs (DCT,
  the dateline's Bala Cynwyd); "The sale" is anaphoric, the group "headed by" the Girozentrale stative.
* 2983 (Placer Pacific / Misima, DCT Mon 1987-03-09, SYDNEY): "<Placer Pacific Ltd> said it hopes the Papua
  New Guinea government will approve development of the Misima gold project next month" is a STATEMENT (a
  hope, as 35a's Baker "hoped"; the hoped approval is content, "next month" governs it), DCT, SYDNEY;
  "following the submission of its final environmental plan in Port Moresby today" has no clear type (15a
  /27a's submitted proposals; REQUEST AUS BUS -> PNG GOV, 1987-03-09, Port Moresby, arguable): skipped.
  "This completes the major documentation ..., Placer said in a statement" and "Placer has estimated the
  epithermal deposit ... contains proven and probable reserves" (a perfect report: DCT, as in 16166) are
  STATEMENTs; the continuing exploration is the company's own work.
* 17884 (Nixdorf in the U.S., DCT Tue 1987-06-02, PADERBORN): the planned U.S. expansion, the turnover and
  staffing targets are a company's own plans (no type), so "Arno Bohn said" and "He told a news conference"
  are STATEMENTs (DEU BUS, DCT, PADERBORN). "Bohn said a major order last year from a U.S. Retailer was a
  decisive element behind current plans for expansion" gives two records: the STATEMENT on "said" (an
  assessment) and the order, a nominal with its own date and parties (EVENTS.md 11): COOPERATE USA BUS (the
  retailer, the ordering buyer first, 15b's Finnair "ordered") -> Nixdorf (implied, DEU BUS), 1986 ("last
  year", year). "Montgomery Ward and Co Inc, a unit of Mobil Corp, awarded a 100 mln dlr order to Nixdorf
  in July last year" is its later mention (the awarder first, own_dev's "awarded"), keeping its own time
  expression (EVENTS.md 21): 1986-07 ("July last\nyear" as written). "Bohn said that by 1990 there should
  be ... terminals in place in all of the 290 stores of Montgomery Ward" is a STATEMENT (the order's
  execution as content). "Nixdorf has said previously that ... Nixdorf is also providing the relevant
  software" is a STATEMENT dated by the DCT (12b's "have said previously": convention 16, "previously" has
  no value), the software supply its content (a later COOPERATE mention arguable).
* 16082 (Languetin on debt, DCT Thu 1987-04-09, WASHINGTON; published 23:37, same day as the dateline):
  Languetin, Swiss National Bank president, is CHE GOV (a central bank). The lead "Countries meeting at the
  International Monetary Fund (IMF) this week are looking at ... new ways to resolve the problem of third
  world debt, ... Languetin said" gives a STATEMENT (assessment, DCT, WASHINGTON) and a CONSULT on the
  participle "meeting" by the countries (a group: null, no actor2; 13b's G-7 meetings, 28a's copper
  countries; the IMF only the host), "this week" (6-12 April) kept at its month, 1987-04 (EVENTS.md 21),
  location null (the text names no place). "Languetin said meetings of the Group of 10 and the IMF Interim
  Committee today reached a consensus that a rescheduling like that of Mexico's debt must be the last of its
  kind" gives CONSULT (today's meetings of the two bodies, a nominal with its own date, one null record;
  a later mention of the week's meetings arguable) and AGREE on "consensus" (the event noun after the light
  verb "reached"; a group agreement with null actor and no actor2, as own_blind3's Paris accord), both
  1987-04-09 ("today"), "said" rule-3 attribution. The Mexico rescheduling "has still not been finally
  resolved" (background, no reporting clause). "Various members suggested other options to break the
  deadlock ..., he said": the suggestions of unnamed members with no actor asked are content, so "he said"
  is the STATEMENT (DCT; a STATEMENT by the members placed in today's meetings arguable). "Languetin said no
  recommendations were agreed" is AGREE negated (explicitly not done, as 23b/24b's talks that failed to
  agree) by the meetings' participants (implied, null), placed in today's meetings (rule 3: 1987-04-09,
  "today"), "said" attribution; "but he listed some of the suggestions" a STATEMENT (a second reporting
  clause, EVENTS.md 3). The list's items without a reporting clause ("One involved ...", "Debt-equity swaps
  could be expanded ..., which some banks had proposed": unnamed banks) are skipped; "It was this problem
  that had prevented completion of the Mexican rescheduling, he said", "Small banks ... might be forced to
  sign 'exit bonds' ..., he said" (hypothetical content; COERCE arguable), "Languetin said none of these
  represented a general view" and "But he added 'People are trying to get out of the corset'" are
  STATEMENTs (DCT, WASHINGTON).
* 264 (Qantas 747-400s, DCT Sun 1987-03-01 from published_at, the dateline's "March 2" being the next day,
  SYDNEY): "<Qantas Airways Ltd> has placed a firm order with Boeing Co for four 747-400 aircraft ...,
  chairman Jim Leslie said" is COOPERATE AUS BUS (government-owned: still BUS, EVENTS.md 15) -> USA BUS on
  "order" (the noun after the light verb "placed"; the buyer first, 15b), undated (a perfect with no time
  expression, rule 17), "said" attribution. The delivery schedule ("he said in a statement"), the 400
  series as the latest 747 model, the fleet going to 28 ("The purchase" anaphoric), the three makers'
  names, the first flight "next February" (governing the flight), the range, the financing and payback
  ("Leslie said"; financing is corporate finance) and the take-off weight are STATEMENTs (DCT, SYDNEY).
  "Leslie said Qantas is talking to three engine makers who are all offering engines ... and it will
  announce a decision on engine purchases later this year" gives CONSULT AUS -> the engine makers, named
  only in the next sentence (implied text), split by country (EVENTS.md 12): USA (Pratt and Whitney,
  General Electric) and GBR (Rolls-Royce), asserted, undated (present progressive with no time expression,
  35a's "is drafting"); and the planned announcement, a planned STATEMENT (35b's PDVSA "will announce"),
  1987 ("later this year", year), location null; "said" rule-3 attribution; the makers' "offering" (competing
  bids: COOPERATE or AGREE arguable) and the decision are skipped. The last two sentences (the routes) have
  no reporting clause.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind40a.jsonl"

FRA = ("FRANKFURT", "DEU")
STA = ("STAVANGER", "NOR")
TOK = ("TOKYO", "JPN")
BAL = ("BALA CYNWYD", "USA")
SYD = ("SYDNEY", "AUS")
PAD = ("PADERBORN", "DEU")
WAS = ("WASHINGTON", "USA")

STECKHAN = ("World Bank director for Latin America and the Caribbean Rainer Steckhan", None, "IGO")
STATOIL = ("Den Norske Stats Oljeselskap A/S", "NOR", "BUS")
OLSEN = ("Statoil spokesman Willy Olsen", "NOR", "BUS")
SUMITOMO_GROUP = ("it and four other firms", "JPN", "BUS")
GRX = ("General Refractories Co", "USA", "BUS")
PLACER = ("Placer Pacific Ltd", "AUS", "BUS")
BOHN = ("deputy management board chairman Arno Bohn", "DEU", "BUS")
LANGUETIN = ("Swiss National Bank president Pierre Languetin", "CHE", "GOV")
G10_IC = ("the Group of 10 and the IMF Interim Committee", None, "IGO")
QANTAS = ("Qantas Airways Ltd", "AUS", "BUS")
QANTAS_TALKING = (("Qantas", "Leslie said Qantas"), "AUS", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1552": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Rainer Steckhan"), STECKHAN, None, FRA,
             "1987-03-04", "day", None, "asserted", None,
             "lead: Latin American debtors are still willing to negotiate on their debts (an assessment of others' "
             "stance, no act toward anyone); an officer of a multinational bank: null IGO; wire style: DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", ("said", "Steckhan said despite"), (("Steckhan", "Steckhan said despite"), None, "IGO"), None,
             None, "1987-03-04", "day", "today's", "asserted", 0,
             "later mention: the lead's assessment restated with its source, 'In an article published in today's "
             "Handelsblatt daily' (his own article, dated by 'today's' as 20a's 'today's Gazeta Mercantil'); no place "
             "in the text: location null"),
            # 2
            ("STATEMENT", ("said", 'over time," Steckhan'), (("Steckhan", 'over time," Steckhan'), None, "IGO"), None,
             FRA, "1987-03-04", "day", None, "asserted", 0,
             "later mention: the quoted restatement 'These countries are still prepared to negotiate ...' (EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "Latin American countries, Steckhan"),
             (("Steckhan", "Latin American countries, Steckhan"), None, "IGO"), None, FRA,
             "1987-03-04", "day", None, "asserted", None,
             "several debtors have made great efforts to meet their payments, especially Latin American countries (an "
             "assessment of a group, as 35a's Baker 'debtors are making ... progress'; SUPPORT arguable); DCT"),
            # 4
            ("STATEMENT", ("said", "1984, he said"), (("he", "1984, he said"), None, "IGO"), None, FRA,
             "1987-03-04", "day", None, "asserted", None,
             "statistics: the World Bank's annual lending to Latin America rose to 4.8 billion dlrs last year ('last "
             "year' governs the lending, not the saying); DCT"),
        ],
        "skip": [
            ("negotiate", "content of the assessment (the debtors' willingness)"),
            ("published", "the medium of the statement (his article in today's Handelsblatt)"),
            ("decisions", "Brazil's and others' interest payment suspension: no type (EVENTS.md 10's payment freeze)"),
            ("suspend", "payment suspension: no type (EVENTS.md 10)"),
            ("talk constructively", "content of the assessment"),
            (("negotiate", "prepared to"), "content of the quote"),
            ("developed", "background (instruments of cooperation developed so far)"),
            ("deal with", "content of the quote"),
            ("efforts", "content of the assessment (praise of a group; SUPPORT arguable)"),
            ("achieved", "statistics (no reporting clause)"),
            ("quadrupled", "statistics"),
            ("hit", "disaster (earthquake) and price declines: no type"),
            ("boosted", "statistics"),
            ("lending", "statistics (the bank's annual lending; AID null -> Latin America arguable)"),
            ("rose", "statistics"),
        ],
        "entities": [
            ("Latin American", "NORP", None),
            ("World Bank", "ORG", None),
            (("Latin America", "director for"), "LOC", None),
            ("Caribbean", "LOC", None),
            ("Rainer Steckhan", "PERSON", None),
            ("Handelsblatt", "ORG", "DEU"),
            (("Steckhan", "Steckhan said despite"), "PERSON", None),
            ("Peru", "GPE", "PER"),
            ("Costa Rica", "GPE", "CRI"),
            ("Ecuador", "GPE", "ECU"),
            ("Brazil", "GPE", "BRA"),
            (("Steckhan", 'over time," Steckhan'), "PERSON", None),
            (("Latin American", "especially Latin"), "NORP", None),
            (("Steckhan", "Latin American countries, Steckhan"), "PERSON", None),
            ("Chile", "GPE", "CHL"),
            ("Mexico", "GPE", "MEX"),
            (("World Bank", "The World Bank's"), "ORG", None),
            (("Latin America", "lending to"), "LOC", None),
        ],
    },
    "reuters21578-16166": {
        "events": [
            # 0
            ("COOPERATE", "taking", STATOIL, ("Thai authorities", "THA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "Statoil has told Thai authorities it is interested in taking a 30 pct share in the field: an interest "
             "in an acquisition (32b's O'Reilly 'would be interested in buying': COOPERATE hypothetical, conditional on "
             "PTT sorting out its problems, as the quote says); actor2 the authorities addressed; 'told' and 'said' "
             "rule-3 attribution; no time expression: undated (AGREE as an offer told to a government arguable)"),
            # 1
            ("REQUEST", "asked", (("PTT", "PTT wants"), "THA", "BUS"), (("Statoil", "asked Statoil"), "NOR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "PTT has asked Statoil to consider co-development if the licence is renewed (the request is made; the "
             "condition is its content); a perfect with no time expression: undated (sets 15/16's 'pressed')"),
            # 2
            ("CONSULT", "negotiating", (("PTT", "PTT, according"), "THA", "BUS"),
             (("Texas Pacific", "negotiating with"), "USA", "BUS"), None,
             "1987-04-13", "day", "currently", "asserted", None,
             "PTT is currently negotiating with Texas Pacific to buy back its holdings ('currently' = DCT, 16b/21b); "
             "'according to Statoil' is attribution; the buy-back is content"),
            # 3
            ("REQUEST", ("told", "Olsen told"), OLSEN, (("PTT", "PTT must"), "THA", "BUS"), STA,
             "1987-04-13", "day", None, "asserted", None,
             "'PTT must first sort out its problems with Texas Pacific' (an identifiable actor told it must act, "
             "EVENTS.md 2; a STATEMENT of Statoil's precondition arguable); the restated interest is skipped (32b); "
             "wire style: DCT, dateline city"),
            # 4
            ("COOPERATE", "hired", (("PTT", "hired by"), "THA", "BUS"), (("Statoil", "Statoil, hired"), "NOR", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "Statoil hired by PTT for an independent appraisal and a development plan (a service contract: COOPERATE; "
             "a participle with its own agent, EVENTS.md 11; the hiring company first, as own_dev's 'awarded' and 35b's "
             "'it has chosen'); no time expression: undated"),
            # 5
            ("STATEMENT", "estimated", (("Statoil", "Statoil, hired"), "NOR", "BUS"), None, STA,
             "1987-04-13", "day", None, "asserted", None,
             "Statoil has estimated the field could be developed at some 700 mln crowns (a forecast release; a perfect "
             "report with no time expression: DCT, as 35a's 'has sharply revised' and EVENTS.md 16's 'have said')"),
            # 6
            ("STATEMENT", "disclose", (("Statoil", "Statoil refused"), "NOR", "BUS"), None, STA,
             "1987-04-13", "day", None, "negated", None,
             "withheld statement: refused to disclose its upgraded reserve estimate (23a's 'declined to disclose'; "
             "'refused' left unlisted so a record on it meets this one); DCT"),
        ],
        "skip": [
            ("told", "rule-3 attribution (the hypothetical share-taking is the event)"),
            (("said", "Statoil said"), "rule-3 attribution (the hypothetical share-taking is the event)"),
            ("operated", "stative (operatorship)"),
            ("holds", "stative (ownership)"),
            ("develop", "PTT's own aim (no type)"),
            ("consider", "content of the request"),
            ("renewed", "condition of the request"),
            ("buy back", "content of the negotiations (COOPERATE planned arguable)"),
            ("sort out", "content of the request"),
            (("said", "we have said"), "restated earlier saying inside the quote (the interest, coded at the lead)"),
            ("taking over", "restated interest inside the quote (a later COOPERATE mention arguable; 32b)"),
            ("carry out", "content of the hiring (the appraisal)"),
            ("propose", "content of the hiring (the development plan)"),
            (("said", "Industry sources"), "anonymous-source talk (industry sources)"),
            ("submitted", "content of anonymous talk"),
            ("shown", "content of anonymous talk"),
            ("sold", "content of anonymous talk"),
            (("said", "the sources"), "anonymous-source talk"),
            ("would not say", "withheld statement by anonymous sources"),
            ("considering", "content of the sources' withheld statement"),
        ],
        "entities": [
            ("Norway", "GPE", "NOR"),
            ("Den Norske Stats Oljeselskap A/S", "ORG", "NOR"),
            ("Statoil", "ORG", "NOR"),
            ("Thai", "NORP", "THA"),
            ("Thailand", "GPE", "THA"),
            (("Statoil", "Statoil said"), "ORG", "NOR"),
            ("Gulf of Thailand", "LOC", None),
            ("U.S.", "GPE", "USA"),
            ("Texas Pacific Oil Co Inc", "ORG", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Seagram Co Ltd", "ORG", "CAN"),
            (("Thailand", "Thailand's state"), "GPE", "THA"),
            ("Petroleum Authority Thailand", "ORG", "THA"),
            ("PTT", "ORG", "THA"),
            (("PTT", "PTT wants"), "ORG", "THA"),
            (("Statoil", "asked Statoil"), "ORG", "NOR"),
            (("PTT", "PTT, according"), "ORG", "THA"),
            (("Statoil", "according to Statoil"), "ORG", "NOR"),
            (("Texas Pacific", "negotiating with"), "ORG", "USA"),
            ("Dallas", "GPE", "USA"),
            (("PTT", "PTT must"), "ORG", "THA"),
            (("Texas Pacific", "problems with"), "ORG", "USA"),
            (("Statoil", "Statoil spokesman"), "ORG", "NOR"),
            ("Willy Olsen", "PERSON", "NOR"),
            ("Reuters", "ORG", "GBR"),
            (("Statoil", "Statoil, hired"), "ORG", "NOR"),
            (("PTT", "hired by"), "ORG", "THA"),
            (("Texas Pacific", "Industry sources said"), "ORG", "USA"),
            (("Statoil", "than Statoil"), "ORG", "NOR"),
            (("Statoil", "Statoil refused"), "ORG", "NOR"),
            (("Thailand", "Thailand's gas"), "GPE", "THA"),
            (("Statoil", "field Statoil"), "ORG", "NOR"),
        ],
    },
    "reuters21578-13279": {
        "events": [
            # 0
            ("AGREE", "concluded", SUMITOMO_GROUP, ("China", "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Sumitomo and four other firms jointly concluded negotiations to export seamless pipes to China and the "
             "Soviet Union (concluding a deal = AGREE, 8b; the export is content, EVENTS.md 8); the buyers split by "
             "country (EVENTS.md 12), the five firms a same-country compound (one record); 'in the six months to "
             "end-September' dates the exports, not the conclusion: undated; 'said' rule-3 attribution"),
            # 1
            ("AGREE", "concluded", SUMITOMO_GROUP, ("Soviet Union", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the same conclusion toward the Soviet buyers (split by country, EVENTS.md 12)"),
            # 2
            ("STATEMENT", ("said", "dollar, it said"), (("it", "dollar, it said"), "JPN", "BUS"), None, TOK,
             "1987-04-06", "day", None, "asserted", None,
             "export prices set 100-150 yen per tonne higher (the deals' terms: content); wire style: DCT, dateline "
             "city"),
            # 3
            ("STATEMENT", "available", (None, "JPN", "BUS"), None, TOK,
             "1987-04-06", "day", None, "negated", None,
             "withheld statement: no direct Soviet comparison was available (Sumitomo implied; 36a's 'figures were not "
             "available', own_blind2's 'No further details were available'); DCT"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the concluded deals are the events)"),
            ("negotiations", "part of the agreement ('concluded negotiations'; CONSULT arguable)"),
            ("export", "content of the agreement (EVENTS.md 8)"),
            (("set", "were set"), "content (the deals' price terms)"),
            ("Contracted", "statistics (no reporting clause)"),
        ],
        "entities": [
            ("Sumitomo Metal Industries Ltd", "ORG", "JPN"),
            ("China", "GPE", "CHN"),
            ("Soviet Union", "GPE", "SUN"),
            (("China", "volume for"), "GPE", "CHN"),
            (("Soviet Union", "for the Soviet Union over"), "GPE", "SUN"),
            (("Soviet", "No direct"), "NORP", "SUN"),
        ],
    },
    "reuters21578-2114": {
        "events": [
            # 0
            ("AGREE", "agreed", GRX, ("an Austrian investor group", "AUT", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed to sell its European operations to an Austrian investor group (EVENTS.md 8: AGREE on 'agreed', "
             "the sale content); no time expression: undated; 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "released, the company"), (("the company", "released,"), "USA", "BUS"), None, BAL,
             "1987-03-05", "day", None, "asserted", None,
             "statistics: the European operations' 1985 sales; wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "1987, it said"), (("it", "1987, it said"), "USA", "BUS"), None, BAL,
             "1987-03-05", "day", None, "asserted", None,
             "the sale is subject to shareholder approval by April 24 (a condition, 22a's 'subject to approval' "
             "STATEMENT); DCT"),
            # 3
            ("STATEMENT", ("said", "deal, it said"), (("it", "deal, it said"), "USA", "BUS"), None, BAL,
             "1987-03-05", "day", None, "asserted", None,
             "its board has approved the deal (an internal decision of the company's board: no type); DCT"),
        ],
        "skip": [
            (("said", "General Refractories Co said"), "rule-3 attribution (the agreement is the event)"),
            ("sell", "content of the agreement (EVENTS.md 8)"),
            ("released", "corporate reporting (background)"),
            (("sale", "The sale"), "anaphoric nominal (the agreed sale)"),
            ("headed", "stative"),
            ("approval", "condition ('subject to approval')"),
            ("approved", "internal decision of the company's board (no type)"),
            ("affected", "stative"),
        ],
        "entities": [
            ("General Refractories Co", "ORG", "USA"),
            ("European", "NORP", None),
            ("Austrian", "NORP", "AUT"),
            (("European", "The European"), "NORP", None),
            ("Girozentrale Bank of Austria", "ORG", "AUT"),
            (("General Refractories", "General Refractories' mineral"), "ORG", "USA"),
        ],
    },
    "reuters21578-2983": {
        "events": [
            # 0
            ("STATEMENT", "said", PLACER, None, SYD,
             "1987-03-09", "day", None, "asserted", None,
             "it hopes the PNG government will approve the Misima project next month (a hope, no act toward anyone, "
             "as 35a's Baker 'hoped'; 'next month' governs the approval); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Placer said in"), (("Placer", "Placer said in"), "AUS", "BUS"), None, SYD,
             "1987-03-09", "day", None, "asserted", None,
             "this completes the documentation required for approval (assessment); 'in a statement' part of the "
             "reporting clause; DCT"),
            # 2
            ("STATEMENT", "estimated", (("Placer", "Placer has"), "AUS", "BUS"), None, SYD,
             "1987-03-09", "day", None, "asserted", None,
             "reserve estimate of the Misima deposit (statistics release; a perfect report with no time expression: "
             "DCT, 35a's 'has sharply revised', EVENTS.md 16)"),
        ],
        "skip": [
            ("approve", "content of the hope (the PNG government's approval of the project, hoped for next month)"),
            ("submission", "submission of the environmental plan in Port Moresby today: no clear type (15a/27a's "
                           "submitted proposals; REQUEST AUS BUS -> PNG GOV, 1987-03-09, arguable)"),
            ("completes", "content of the statement"),
            ("approval", "content of the statement (the approval required)"),
            (("statement", "said in a"), "part of the reporting clause"),
            ("continuing", "stative (the company's own exploration)"),
        ],
        "entities": [
            ("Placer Pacific Ltd", "ORG", "AUS"),
            ("Papua New Guinea", "GPE", "PNG"),
            ("Misima", "LOC", "PNG"),
            ("Port Moresby", "GPE", "PNG"),
            (("Placer", "Placer said in"), "ORG", "AUS"),
            (("Placer", "Placer has"), "ORG", "AUS"),
            ("Misima Island", "LOC", "PNG"),
            (("Papua New Guinea", "southeastern coast of"), "GPE", "PNG"),
        ],
    },
    "reuters21578-17884": {
        "events": [
            # 0
            ("STATEMENT", "said", BOHN, None, PAD,
             "1987-06-02", "day", None, "asserted", None,
             "Nixdorf plans a sharp expansion of its U.S. activities (a company's own expansion: no type); wire style: "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "DEU", "BUS"), None, PAD,
             "1987-06-02", "day", None, "asserted", None,
             "told a news conference the medium-term turnover and staffing targets (the company's own plans); DCT"),
            # 2
            ("COOPERATE", ("order", "a major order"), ("a U.S. Retailer", "USA", "BUS"), (None, "DEU", "BUS"), None,
             "1986", "year", "last year", "asserted", None,
             "a major order last year from a U.S. retailer (a nominal with its own date and parties, EVENTS.md 11; the "
             "ordering buyer first, as 15b's Finnair 'ordered'); Nixdorf implied"),
            # 3
            ("STATEMENT", ("said", "Bohn said a major"), (("Bohn", "Bohn said a major"), "DEU", "BUS"), None, PAD,
             "1987-06-02", "day", None, "asserted", None,
             "the order was a decisive element behind the expansion plans (assessment; the order coded on its "
             "nominal); DCT"),
            # 4
            ("COOPERATE", "awarded", ("Montgomery Ward and Co Inc", "USA", "BUS"), (("Nixdorf", "order to Nixdorf"), "DEU", "BUS"),
             None, "1986-07", "month", "July last\nyear", "asserted", 2,
             "later mention: Montgomery Ward awarded the 100 mln dlr order to Nixdorf in July last year (its own time "
             "expression kept, EVENTS.md 21; the awarder first, own_dev's 'awarded')"),
            # 5
            ("STATEMENT", ("said", "Bohn said that by"), (("Bohn", "Bohn said that by"), "DEU", "BUS"), None, PAD,
             "1987-06-02", "day", None, "asserted", None,
             "15,000 cash terminals and 500 computer terminals in place in Montgomery Ward's stores by 1990 (the "
             "order's execution: content; 'by 1990' governs it); DCT"),
            # 6
            ("STATEMENT", ("said", "Nixdorf has said"), (("Nixdorf", "Nixdorf has said"), "DEU", "BUS"), None, PAD,
             "1987-06-02", "day", None, "asserted", None,
             "'has said previously' that providing the software matters more than the hardware (12b's 'have said "
             "previously': convention 16, DCT; 'previously' has no value)"),
        ],
        "skip": [
            ("expansion", "the company's own expansion (no type)"),
            ("news conference", "the occasion of the statement"),
            ("raise", "content (the company's turnover target)"),
            ("employ", "content (the company's staffing target)"),
            (("expansion", "plans for"), "the company's own plans (no type)"),
            ("in place", "content (the order's execution by 1990)"),
            ("supply", "content of the earlier statement (the hardware supplied under the order)"),
            ("providing", "content of the earlier statement (Nixdorf supplying the software to Montgomery Ward; a "
                          "later COOPERATE mention arguable)"),
        ],
        "entities": [
            ("Nixdorf Computer AG", "ORG", "DEU"),
            ("United States", "GPE", "USA"),
            ("Arno Bohn", "PERSON", "DEU"),
            (("Nixdorf", "medium term Nixdorf"), "ORG", "DEU"),
            (("U.S.", "raise its U.S."), "GPE", "USA"),
            (("U.S.", "its U.S. Operations"), "GPE", "USA"),
            (("Nixdorf", "Nixdorf's world"), "ORG", "DEU"),
            (("Bohn", "Bohn said a major"), "PERSON", "DEU"),
            (("U.S.", "from a U.S."), "GPE", "USA"),
            ("Montgomery Ward and Co Inc", "ORG", "USA"),
            ("Mobil Corp", "ORG", "USA"),
            (("Nixdorf", "order to Nixdorf"), "ORG", "DEU"),
            (("Bohn", "Bohn said that by"), "PERSON", "DEU"),
            (("Montgomery Ward", "stores of"), "ORG", "USA"),
            (("Nixdorf", "Nixdorf has said"), "ORG", "DEU"),
            (("Nixdorf", "fact that Nixdorf"), "ORG", "DEU"),
        ],
    },
    "reuters21578-16082": {
        "events": [
            # 0
            ("STATEMENT", "said", LANGUETIN, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "countries meeting at the IMF are looking at new ways to resolve third world debt (assessment); the "
             "central bank president: CHE GOV; wire style: DCT, dateline city"),
            # 1
            ("CONSULT", ("meeting", "Countries meeting"), ("Countries", None, "GOV"), None, None,
             "1987-04", "month", "this week", "asserted", None,
             "countries meeting at the IMF this week (a multilateral meeting of a group: null, no actor2, as 13b's G-7 "
             "meetings and 28a's copper countries; the IMF only its host); 'this week' (6-12 April) kept at its month "
             "(EVENTS.md 21); the text names no place: location null"),
            # 2
            ("CONSULT", ("meetings", "Languetin said meetings"), G10_IC, None, None,
             "1987-04-09", "day", "today", "asserted", None,
             "today's meetings of the Group of 10 and the IMF Interim Committee (a nominal with its own date, EVENTS.md "
             "11; both bodies null: one record); taken as their own meetings within the week's (a later mention of "
             "record 1 arguable)"),
            # 3
            ("AGREE", "consensus", G10_IC, None, None,
             "1987-04-09", "day", "today", "asserted", None,
             "the meetings today reached a consensus that a Mexico-style rescheduling must be the last of its kind (a "
             "group agreement: null, no actor2, as own_blind3's Paris accord; 'reached' the light verb); 'Languetin "
             "said' rule-3 attribution"),
            # 4
            ("STATEMENT", ("said", "creditors, he said"), (("he", "creditors, he said"), "CHE", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "various members suggested other options to break the debt deadlock (unnamed members' suggestions with no "
             "actor asked: the reporting clause is the record; a STATEMENT by the members placed in today's meetings "
             "arguable); DCT"),
            # 5
            ("AGREE", "agreed", (None, None, "IGO"), None, None,
             "1987-04-09", "day", "today", "negated", None,
             "no recommendations were agreed (explicitly not done: negated, as 23b/24b's talks that failed to agree); "
             "the meetings' participants implied (null); placed in today's meetings (rule 3); 'said' rule-3 "
             "attribution"),
            # 6
            ("STATEMENT", "listed", (("he", "but he listed"), "CHE", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "listed some of the suggestions (a second reporting clause, EVENTS.md 3); DCT"),
            # 7
            ("STATEMENT", ("said", ", he said. Debt-equity"), (("he", ", he said. Debt-equity"), "CHE", "GOV"), None,
             WAS, "1987-04-09", "day", None, "asserted", None,
             "the small-bank problem prevented completion of the Mexican rescheduling (assessment); DCT"),
            # 8
            ("STATEMENT", ("said", "again, he said"), (("he", "again, he said"), "CHE", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "small banks might be forced to sign exit bonds (a suggestion, hypothetical content); DCT"),
            # 9
            ("STATEMENT", ("said", "Languetin said none"), (("Languetin", "Languetin said none"), "CHE", "GOV"), None,
             WAS, "1987-04-09", "day", None, "asserted", None,
             "none of these represented a general view (assessment); DCT"),
            # 10
            ("STATEMENT", "added", (("he", "But he added"), "CHE", "GOV"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "'People are trying to get out of the corset' (a second record, EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("looking at", "content of the statement"),
            ("resolve", "content of the statement"),
            (("said", "Languetin said meetings"), "rule-3 attribution (the meetings and the consensus are the events)"),
            (("rescheduling", "a rescheduling"), "content of the consensus (a rescheduling like Mexico's)"),
            ("resolved", "stative (the Mexico rescheduling still unresolved; no reporting clause)"),
            (("rescheduling", "The Mexico"), "background nominal (Mexico's rescheduling; AID arguable)"),
            ("started", "background (the rescheduling's start)"),
            ("suggested", "content of the statement (unnamed members' suggestions; STATEMENT by the members arguable)"),
            ("break the deadlock", "content of the suggestions"),
            (("said", "Languetin said no"), "rule-3 attribution (the negated agreement is the event)"),
            ("suggestions", "anaphoric nominal (the members' suggestions)"),
            ("involved", "content of the list (no reporting clause)"),
            ("resolving", "content of the list"),
            ("refused", "generic refusal by unnamed small banks (background)"),
            ("prevented", "content of the statement"),
            ("expanded", "content of the list (no reporting clause)"),
            ("proposed", "unnamed banks' proposal (anonymous background)"),
            ("allows", "generic description"),
            (("reschedule", "wish to reschedule"), "content (unwilling small banks)"),
            ("forced", "hypothetical content of the statement (COERCE arguable)"),
            (("sign", "forced to sign"), "hypothetical content of the statement"),
            ("prohibiting", "hypothetical content of the statement"),
            ("get out of the corset", "content of the quote"),
        ],
        "entities": [
            ("International Monetary Fund", "ORG", None),
            ("IMF", "ORG", None),
            ("Swiss National Bank", "ORG", "CHE"),
            ("Pierre Languetin", "PERSON", "CHE"),
            (("Languetin", "Languetin said meetings"), "PERSON", "CHE"),
            ("Group of 10", "ORG", None),
            ("IMF Interim Committee", "ORG", None),
            ("Mexico", "GPE", "MEX"),
            (("Mexico", "The Mexico"), "GPE", "MEX"),
            (("Languetin", "Languetin said no"), "PERSON", "CHE"),
            ("Mexican", "NORP", "MEX"),
            ("Argentine", "NORP", "ARG"),
            (("Languetin", "Languetin said none"), "PERSON", "CHE"),
        ],
    },
    "reuters21578-264": {
        "events": [
            # 0
            ("COOPERATE", ("order", "placed a firm"), QANTAS, ("Boeing Co", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Qantas has placed a firm order with Boeing for four 747-400s (a purchase between companies: the buyer "
             "first, 15b's Finnair 'ordered'; the event noun after the light verb 'placed'); 'said' rule-3 "
             "attribution; a perfect with no time expression: undated (rule 17)"),
            # 1
            ("STATEMENT", ("said", "of that year, he"), (("he", "of that year, he"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None,
             "the delivery schedule (April 1989 onward: the order's content); 'in a statement' part of the reporting "
             "clause; DCT is published_at's date (dateline March 2), dateline city"),
            # 2
            ("STATEMENT", ("said", "747 family, he"), (("he", "747 family, he"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None, "the 400 series is Boeing's latest 747 model; DCT"),
            # 3
            ("STATEMENT", ("said", "to 28, he said"), (("he", "to 28, he said"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None, "the purchase will take the fleet to 28 (statistics); DCT"),
            # 4
            ("CONSULT", "talking", QANTAS_TALKING, (None, "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Qantas is talking to three engine makers (named in the next sentence: Pratt and Whitney and General "
             "Electric, USA, and Rolls-Royce, GBR; split by country, EVENTS.md 12; implied text); present progressive "
             "with no time expression: undated (35a's 'is drafting'); 'Leslie said' rule-3 attribution"),
            # 5
            ("CONSULT", "talking", QANTAS_TALKING, (None, "GBR", "BUS"), None,
             None, "unknown", None, "asserted", None, "the same talks with Rolls-Royce (GBR; split, EVENTS.md 12)"),
            # 6
            ("STATEMENT", "announce", (("it", "and it will"), "AUS", "BUS"), None, None,
             "1987", "year", "later this year", "planned", None,
             "Qantas will announce a decision on engine purchases later this year (a planned announcement = planned "
             "STATEMENT, 35b's PDVSA); 'later this year' at year precision"),
            # 7
            ("STATEMENT", ("said", "He said they are"), (("He", "He said they are"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None, "names the three engine makers; DCT"),
            # 8
            ("STATEMENT", ("said", "He said the 747-400"), (("He", "He said the 747-400"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None,
             "the 747-400's technology and first flight next February ('next February' governs the flight); DCT"),
            # 9
            ("STATEMENT", ("said", "747-300's, he"), (("he", "747-300's, he"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None, "designed range (statistics); DCT"),
            # 10
            ("STATEMENT", ("said", "five years, Leslie"), (("Leslie", "five years, Leslie"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None,
             "financing by foreign borrowings and earnings (corporate finance, content) and the payback belief; DCT"),
            # 11
            ("STATEMENT", ("said", "saving, he said"), (("he", "saving, he said"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None, "take-off weight and fuel saving (statistics); DCT"),
        ],
        "skip": [
            (("said", "Jim Leslie said"), "rule-3 attribution (the order is the event)"),
            ("delivery", "content (the order's delivery schedule)"),
            ("arriving", "content (the order's delivery schedule)"),
            (("statement", "said in a"), "part of the reporting clause"),
            (("purchase", "The purchase"), "anaphoric nominal (the order)"),
            (("said", "Leslie said Qantas"), "rule-3 attribution (the talks and the planned announcement are the events)"),
            ("offering", "the engine makers' competing offers (COOPERATE or AGREE arguable): background"),
            ("decision", "content of the planned announcement (the engine choice)"),
            ("purchases", "content of the planned announcement"),
            ("first flight", "content (the aircraft's first flight)"),
            ("financed", "corporate finance (content)"),
            ("believes", "content of the statement (the company's expectation)"),
            (("used", "first be"), "description with no reporting clause"),
            (("used", "also be"), "description with no reporting clause"),
        ],
        "entities": [
            ("Qantas Airways Ltd", "ORG", "AUS"),
            ("Boeing Co", "ORG", "USA"),
            ("Jim Leslie", "PERSON", "AUS"),
            (("Boeing", "latest model of the"), "ORG", "USA"),
            (("Qantas", "government-owned Qantas"), "ORG", "AUS"),
            (("Leslie", "Leslie said Qantas"), "PERSON", "AUS"),
            (("Qantas", "Leslie said Qantas"), "ORG", "AUS"),
            (("Boeing", "engines for the Boeing"), "ORG", "USA"),
            ("United Technologies Corp", "ORG", "USA"),
            ("Pratt^M and Whitney", "ORG", "USA"),
            ("General Electric Co", "ORG", "USA"),
            ("Britain", "GPE", "GBR"),
            ("Rolls-Royce^M Ltd", "ORG", "GBR"),
            (("Qantas", "current Qantas"), "ORG", "AUS"),
            (("Qantas", "and Qantas believes"), "ORG", "AUS"),
            (("Leslie", "five years, Leslie"), "PERSON", "AUS"),
            (("Britain", "route to Britain"), "GPE", "GBR"),
            ("Europe", "LOC", None),
            ("Asia", "LOC", None),
            ("Sydney", "GPE", "AUS"),
            ("Los Angeles", "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
