"""Build ``own_blind51b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind51b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2379 left); 24 drawn with random.Random(51101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
26 event records (25 first mentions, 1 later mention), 78 not_annotated spans, 61 entity mentions
(GPE 26, ORG 18, NORP 9, PERSON 5, LOC 3); two articles without events (negatives): 15500 (Argentine Grain
Board export-price adjustment, no reporting clause) and 19512 (Bank of Japan bill sale, anonymous traders);
9143 (Bangladesh payments), 15582 (Yugoslav tender field report) and 6114 (China crop weather) have
reporting-clause STATEMENTs only. Types: STATEMENT 18, REQUEST 3, CONSULT 2, AGREE 2, REJECT 1; modality:
asserted 25, negated 1; precision: day 14, unknown 11, month 1. Per article (events / not_annotated /
entities): 15500 0/3/1, 12907 9/21/21, 249 1/18/4, 9143 1/3/3, 3064 8/14/14, 19512 0/6/1, 15582 3/6/4, 6114
4/7/13.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). No wrong first match was found in the printed context
(every ambiguous anchor - the repeated "said", "Moscow", "Brazil", "found", "bought", "sent", "stopped",
"remained", "narrowed", "adjusted" - was given a context anchor); one date_text keeps its line break
("last\\nNovember", as it stands in the text). See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Ambassador Joerg Kastl": the PERSON only;
"Brazilian Finance Minister Dilson Funaro": NORP + PERSON; "Export-Import Bank of Japan president Takashi Tanaka": ORG + PERSON);
"U.S." in "U.S. Dlrs" is tagged GPE (as earlier sets); a body with its country word is one ORG span ("U.S.
Embassy", "Argentine Grain Board", "U.S. Agriculture Department", "U.S. Agriculture and Commerce
Departments", 5b's weather facility; "Cologne University" one ORG span with no nested GPE, as "USA
Today"); possessive 's left out ("Brazil's"); lower-case or generic bodies ("the board", "the bank", "the
agency", "the letter", "the embassy", "state shops") are not tagged; capitalised "Central Bank" (Bangladesh's,
as earlier sets' Kuwaiti / Taiwanese "Central Bank") is ORG; "the Fund" (the IMF, capitalised) is tagged ORG
null as a short name. Countries: the Argentine Grain Board ORG ARG; "Soviet" NORP SUN, Chernobyl, Moscow
and Azerbaijan GPE SUN and "Ukrainian" NORP SUN (1987 Soviet republics keep the period code SUN, as the
earlier sets' Ukraine), "West German" NORP DEU, Joerg Kastl PERSON DEU (the West German ambassador),
Cologne University ORG DEU, the United Nations Food and Agriculture Organisation / FAO ORG null, "Western"
NORP null, the U.S. Embassy ORG USA, "British" NORP GBR, Britain GPE GBR; the International Coffee
Organization / ICO ORG null, Brazil GPE BRA; Bangladesh GPE BGD, Central Bank ORG BGD; the Export-Import Bank
of Japan / Ex-Im / Ex-Im Bank ORG JPN, Takashi Tanaka / Tanaka PERSON JPN, "Brazilian" NORP BRA, Dilson
Funaro / Funaro PERSON BRA, the International Monetary Fund / IMF / Fund ORG null; the Bank of Japan ORG
JPN; Yugoslavia and Belgrade GPE YUG, the U.S. Agriculture Department ORG USA, Europe LOC null; the North
China Plain LOC CHN, the Joint Agricultural Weather Facility and the U.S. Agriculture and Commerce Departments
ORG USA (5b), the Chinese provinces Jiangsu, Anhui, Hebei, Hunan, Jiangxi, Fujian, "Zheziang", "Guanxi" and
"Guandong" (misspelt as written) GPE CHN. Not entities: products (sorghum, linseed oil ...), caesium, the
"International Weather and Crop summary" (a publication title, 5b), months.

Judgement calls made here:
* 15500 (Argentine grain export prices adjusted, DCT Thu 1987-04-09, BUENOS AIRES; the dateline says April
  8, published_at's date is the DCT): "The Argentine Grain Board adjusted minimum export prices" and "The
  board also adjusted export prices at which export taxes are levied" are a board's own price setting
  (domestic price policy / export-price administration, EVENTS.md 10 and the earlier sets' EC refund
  setting: no type) with no reporting clause, so the article has no event (a negative); "levied" is the
  standing tax mechanism (stative).
* 12907 (radiation in Soviet tea, DCT Fri 1987-04-03, MOSCOW): "West German residents in Moscow were advised
  this week" is the embassy's letter: a STATEMENT DEU GOV with the author implied (the embassy), location
  Moscow; "this week" on Fri 3 April is 30 March - 3 April, straddling two months, so it has no single value:
  undated (24a/28a/37b's straddling weeks; 1987 at year precision, 18b, arguable). "In a letter to the West
  German community here, Ambassador Joerg Kastl said laboratory tests ... had shown elevated levels" restates
  the lead's finding with the letter's author named: a later mention of "advised" (same letter, same
  content), taking its (unknown) date. The letter's further clauses are a document by a named author (46b's
  "the report said", EVENTS.md 4), each a record with the author implied (DEU GOV) and placed in the letter
  (rule 3: undated, as events_dev's field report gives its clauses the report's date), location Moscow:
  "it said" (other samples free of radiation), "The letter said" (no particular health danger), "it added"
  (products bought in state shops and markets) are STATEMENTs; "it warned against eating the hazelnuts" is
  advice to the West German residents: REQUEST DEU GOV -> the residents (implied, DEU PERSON; the clause
  names no addressee, the letter's is the West German community; STATEMENT, or THREATEN by speech-act rule
  2's "a warning", arguable: no consequence from the speaker). "Data in the letter showed" is a document
  showing (not a speech act) and the FAO's "recommended" ceilings a background standard. "Other Western
  embassies in Moscow said they had discontinued laboratory testing" has no named country or body
  (EVENTS.md 4's unnamed diplomats: skipped; STATEMENT null GOV arguable). '"We didn't find anything so we
  stopped doing it," a U.S. Embassy spokesman said' is a STATEMENT USA GOV, "A British spokesman said
  radiation-monitoring equipment remained ..." a STATEMENT GBR GOV, and '"Earlier we sent some food back to
  Britain ...," he said' a further STATEMENT GBR GOV (new content: the food sent back and the stop, so a
  first mention), all DCT, MOSCOW (dateline city). The Chernobyl accident is an accident; the testing,
  sending, stopping and resuming are the embassies' own routine (content).
* 249 (ICO coffee quota talks, DCT Sun 1987-03-01, LONDON; the dateline says March 2, published_at's date is
  the DCT): "The International Coffee Organization (ICO) council talks on reintroducing export quotas
  continued with an extended session lasting late into Sunday night" is CONSULT by the ICO (null IGO; the
  producers and consumers are groups: no actor2), dated by "Sunday night" (Sunday = the DCT, 1987-03-01),
  trigger "talks" ("continued" left unlisted so a system may put the trigger there), no place in the text.
  Everything else is the unnamed delegates' talk (anonymous, EVENTS.md 4: four "said" skipped with their
  content: the likely adjournment, the expected agreement to reconvene, the talks foundering, the failure to
  compromise). "Coffee export quotas were suspended a year ago" is agentless background (RETREAT by the ICO,
  1986, arguable: skipped); price rises and the drought's effect are market and weather.
* 9143 (Bangladesh payments deficit, DCT Wed 1987-03-25, DHAKA): "Bangladesh recorded an overall balance of
  payments deficit ..., Central Bank officials said" is a STATEMENT BGD GOV (statistics release by
  identifiable officials of a named body, EVENTS.md 4), DCT, DHAKA; "recorded" and "narrowed" are
  statistics.
* 3064 (Japan Ex-Im Bank and Brazil, DCT Mon 1987-03-09, TOKYO): "Export-Import Bank of Japan president
  Takashi Tanaka told Brazil the bank will continue to cooperate with it" is a promise = AGREE JPN GOV (the
  Ex-Im Bank a government agency, 7b/23b) -> BRA GOV on "told" (the saying is the promise; "cooperate"
  content), and "but he refrained from making any commitment to a new credit" is AGREE JPN -> BRA (implied)
  negated on the event noun "commitment" (a withheld commitment of credit: a promise explicitly not made;
  AID negated or REJECT arguable; "refrained" its frame); both are relayed by "Ex-Im officials said"
  (rule-3 attribution), so undated (relayed speech with no time expression of its own, 16's call). "In a
  30-minute meeting, Tanaka told Brazilian Finance Minister Dilson Funaro the bank would consider his
  country's request ..." gives CONSULT BRA GOV -> JPN GOV on "meeting" (a nominal introducing the meeting,
  not anaphoric; visitor first, EVENTS.md 13: Funaro is in Tokyo, the dateline, seeking the credit; JPN ->
  BRA by grammatical order arguable), undated (no time expression of its own; its sameness with today's
  renewal is implied, not stated: 1987-03-09 arguable), and a STATEMENT JPN GOV on "told" (the bank would
  consider the request: neither promise nor refusal), placed in the meeting (undated); "the officials
  said" is rule-3 attribution, "request" there a background nominal (coded on "requested").
  "They said this meant the Ex-Im Bank would grant the credit as part of a package ..." is a STATEMENT JPN
  GOV (the officials' interpretation), DCT, TOKYO; the granting is conditional content (AID hypothetical
  arguable). "Brazil has resisted going to the IMF for help" is REJECT BRA GOV -> the IMF (null IGO; a
  standing refusal, undated as EVENTS.md 17's standing criticism); the fear and the Fund's asking for
  changes are its content. "Brazil first requested the 300 mln dlr credit last November" is REQUEST BRA GOV
  -> JPN (the Ex-Im Bank, implied), 1986-11 ("last November" from March 1987, EVENTS.md 22; date_text keeps
  its line break, "last\\nNovember"), and "Funaro renewed the request today" a new act of requesting (a first
  mention, its own date): REQUEST BRA GOV -> JPN (implied) on "renewed", 1987-03-09 ("today"); "request"
  there is left unlisted (a system may trigger on it).
* 19512 (Bank of Japan bill sale, DCT Mon 1987-06-29, TOKYO): the bill sale is a monetary operation
  (EVENTS.md 10) reported by anonymous money market traders, who also "attributed" the surplus to tax
  allocations: no event (a negative); the repurchase yields are market terms.
* 15582 (Yugoslavia wheat tender, DCT Thu 1987-04-09, WASHINGTON): the tender has no identified counterpart
  (21b/25b/34b's import tenders: skipped), so the field report's three reporting clauses ("the U.S.
  Agriculture Department's Counselor in Belgrade said in a field report", "The report, dated April 7, said",
  "It said") are STATEMENTs USA GOV, all dated by the report (1987-04-07, "April 7": events_dev's field
  report, EVENTS.md 20, 36b), location Belgrade (YUG), the report's clauses with the counselor implied as
  author; "field report" is part of the reporting clause (22b), the excluded imports, the reserves and the
  surcharge exemption are content.
* 6114 (China crop weather, DCT Tue 1987-03-17, WASHINGTON): as 5b's European weather summary, the Joint
  Agricultural Weather Facility's four reporting clauses ("... Departments said", "the agency said" twice,
  "it said") are STATEMENTs USA GOV, DCT, WASHINGTON; the showers, temperatures and rains covering,
  causing, reversing, providing, lessening and resulting are weather with no acting actor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind51b.jsonl"

MOW = ("MOSCOW", "SUN")
MOSCOW_LETTER = ("Moscow", "SUN")
DAC = ("DHAKA", "BGD")
TYO = ("TOKYO", "JPN")
BEG = ("Belgrade", "YUG")
WAS = ("WASHINGTON", "USA")

LETTER_AUTHOR = (None, "DEU", "GOV")
REPORT_AUTHOR = (None, "USA", "GOV")
EXIM_OFFICIALS = "JPN", "GOV"
JAWF = "USA", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15500": {
        "events": [],
        "skip": [
            ("adjusted", "the Grain Board's own export-price setting (domestic price policy / export-price "
                         "administration): no type"),
            (("adjusted", "also adjusted"), "the Grain Board's own export-price setting: no type"),
            ("levied", "stative (the standing export-tax mechanism)"),
        ],
        "entities": [
            ("Argentine Grain Board", "ORG", "ARG"),
        ],
    },
    "reuters21578-12907": {
        "events": [
            # 0
            ("STATEMENT", "advised", LETTER_AUTHOR, None, MOSCOW_LETTER,
             None, "unknown", None, "asserted", None,
             "West German residents in Moscow 'were advised this week' (the embassy's letter, author implied DEU "
             "GOV); 'this week' on Fri 3 April = 30 March-3 April straddles two months: no single value (24a/28a/37b; "
             "1987 year arguable)"),
            # 1
            ("STATEMENT", ("said", "Kastl said"), ("Ambassador Joerg Kastl", "DEU", "GOV"), None, MOSCOW_LETTER,
             None, "unknown", None, "asserted", 0,
             "later mention: the letter to the West German community 'here' restating the lead's finding with its "
             "author named; takes the first mention's (unknown) date"),
            # 2
            ("STATEMENT", ("said", "radiation, it said"), LETTER_AUTHOR, None, MOSCOW_LETTER,
             None, "unknown", None, "asserted", None,
             "the letter ('it', a document by a named author, author implied): other samples free of radiation; "
             "placed in the undated letter (rule 3)"),
            # 3
            ("STATEMENT", ("said", "The letter said"), LETTER_AUTHOR, None, MOSCOW_LETTER,
             None, "unknown", None, "asserted", None,
             "the letter: tea drinkers face no particular health danger; placed in the undated letter"),
            # 4
            ("REQUEST", "warned", LETTER_AUTHOR, (None, "DEU", "PERSON"), MOSCOW_LETTER,
             None, "unknown", None, "asserted", None,
             "the letter 'warned against eating the hazelnuts': advice to the West German residents (implied "
             "addressees, DEU PERSON); STATEMENT or THREATEN arguable (no consequence from the speaker); placed in "
             "the undated letter"),
            # 5
            ("STATEMENT", "added", LETTER_AUTHOR, None, MOSCOW_LETTER,
             None, "unknown", None, "asserted", None,
             "the letter: products bought in state shops and private markets; placed in the undated letter"),
            # 6
            ("STATEMENT", ("said", "Embassy spokesman said"), ("a U.S. Embassy spokesman", "USA", "GOV"), None, MOW,
             "1987-04-03", "day", None, "asserted", None,
             "'We didn't find anything so we stopped doing it'; wire style: DCT, dateline city"),
            # 7
            ("STATEMENT", ("said", "British spokesman said"), ("A British spokesman", "GBR", "GOV"), None, MOW,
             "1987-04-03", "day", None, "asserted", None,
             "monitoring equipment remains in the embassy, no lab tests for months; DCT"),
            # 8
            ("STATEMENT", ("said", 'signals," he said'), (("he", 'signals," he said'), "GBR", "GOV"), None, MOW,
             "1987-04-03", "day", None, "asserted", None,
             "quote with new content (food sent back to Britain, stopped): a first mention; DCT"),
        ],
        "skip": [
            ("found", "content of the letter (passive finding)"),
            ("accident", "accident (Chernobyl)"),
            (("shown", "had shown"), "content of the letter (test results)"),
            (("bought", "samples bought"), "content of the letter"),
            (("sent", "samples sent"), "content of the letter"),
            (("found", "were found to be"), "content of the letter"),
            ("showed", "a document (data in the letter) showing: not a speech act"),
            ("recommended", "background standard (the FAO's recommended ceilings)"),
            ("consumed", "content of the letter"),
            (("remained", "caesium remained"), "content of the letter"),
            (("bought", "were bought"), "content of the letter"),
            (("said", "embassies in Moscow said"),
             "unnamed 'other Western embassies': no named country or body (EVENTS.md 4; STATEMENT null GOV "
             "arguable)"),
            ("discontinued", "content of the unnamed embassies' talk (own routine testing)"),
            ("detected", "content of the unnamed embassies' talk"),
            (("find", "didn't find"), "content of the quote"),
            (("stopped", "so we stopped"), "content of the quote (own routine testing)"),
            (("remained", "equipment\nremained"), "content of the statement (stative)"),
            ("conducted", "content of the statement (negated routine testing)"),
            (("sent", "we sent"), "content of the quote (food sent home)"),
            (("stopped", "but we stopped"), "content of the quote"),
            ("resumed", "hypothetical content of the quote"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Chernobyl", "GPE", "SUN"),
            ("West German", "NORP", "DEU"),
            ("Moscow", "GPE", "SUN"),
            (("West German", "the West German community"), "NORP", "DEU"),
            ("Joerg Kastl", "PERSON", "DEU"),
            (("Moscow", "bought in Moscow"), "GPE", "SUN"),
            ("Azerbaijan", "GPE", "SUN"),
            ("Ukrainian", "NORP", "SUN"),
            ("Cologne University", "ORG", "DEU"),
            ("United Nations Food and Agriculture Organisation", "ORG", None),
            ("FAO", "ORG", None),
            (("Moscow", "markets in Moscow"), "GPE", "SUN"),
            ("Western", "NORP", None),
            (("Moscow", "embassies in Moscow"), "GPE", "SUN"),
            (("Soviet", "of Soviet food"), "NORP", "SUN"),
            ("U.S. Embassy", "ORG", "USA"),
            (("British", "A British"), "NORP", "GBR"),
            (("British", "for British residents"), "NORP", "GBR"),
            (("Moscow", "British residents in Moscow"), "GPE", "SUN"),
            ("Britain", "GPE", "GBR"),
        ],
    },
    "reuters21578-249": {
        "events": [
            # 0
            ("CONSULT", "talks", ("International Coffee Organization", None, "IGO"), None, None,
             "1987-03-01", "day", "Sunday night", "asserted", None,
             "the ICO council talks on reintroducing export quotas continued late into Sunday night (Sunday = the "
             "DCT; producers and consumers are groups: no actor2); no place in the text"),
        ],
        "skip": [
            ("reintroducing", "content of the talks"),
            (("said", "delegates said prospects"), "anonymous-source talk (unnamed delegates)"),
            ("accord", "content of anonymous talk"),
            ("diminishing", "content of anonymous talk"),
            ("meeting", "anaphoric nominal (the council session)"),
            ("called", "background (the meeting's purpose)"),
            ("stop", "purpose clause"),
            ("adjourn", "content of anonymous talk"),
            (("said", "agreement, delegates said"), "anonymous-source talk (unnamed delegates)"),
            (("agree", "expected to agree"), "content of anonymous talk"),
            ("reconvene", "content of anonymous talk"),
            (("said", "September, they said"), "anonymous-source talk (the delegates)"),
            ("foundered", "content of anonymous talk (the talks' failure)"),
            ("compromise", "content of anonymous talk (negated)"),
            (("said", "quota system, delegates said"), "anonymous-source talk (unnamed delegates)"),
            ("suspended", "agentless background: the ICO quota suspension a year ago (RETREAT null 1986 arguable)"),
            ("soared", "market-price movement"),
            (("cut", "which cut"), "weather effect (the drought)"),
        ],
        "entities": [
            ("International Coffee Organization", "ORG", None),
            ("ICO", "ORG", None),
            ("Brazil", "GPE", "BRA"),
            (("Brazil", "Brazil is"), "GPE", "BRA"),
        ],
    },
    "reuters21578-9143": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Central Bank officials", "BGD", "GOV"), None, DAC,
             "1987-03-25", "day", None, "asserted", None,
             "statistics release (balance of payments) by identifiable officials of a named body; DCT, dateline city"),
        ],
        "skip": [
            ("recorded", "statistics"),
            (("narrowed", "account deficit narrowed"), "statistics"),
            (("narrowed", "trade deficit narrowed"), "statistics"),
        ],
        "entities": [
            ("Bangladesh", "GPE", "BGD"),
            ("U.S.", "GPE", "USA"),
            ("Central Bank", "ORG", "BGD"),
        ],
    },
    "reuters21578-3064": {
        "events": [
            # 0
            ("AGREE", ("told", "Tanaka told Brazil"),
             ("Export-Import Bank of Japan president Takashi Tanaka", "JPN", "GOV"), (("Brazil", "told Brazil"), "BRA", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "told Brazil the bank will continue to cooperate with it (a promise); relayed by 'Ex-Im officials said' "
             "(rule-3 attribution): undated"),
            # 1
            ("AGREE", "commitment", (("he", "but he refrained"), "JPN", "GOV"), (None, "BRA", "GOV"),
             None, None, "unknown", None, "negated", None,
             "refrained from making any commitment to a new credit (a promise of credit explicitly not made; AID "
             "negated or REJECT arguable); relayed: undated"),
            # 2
            ("CONSULT", "meeting", ("Brazilian Finance Minister Dilson Funaro", "BRA", "GOV"),
             (("Tanaka", "meeting, Tanaka"), "JPN", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "a 30-minute meeting (a nominal introducing it, not anaphoric); visitor first (EVENTS.md 13: Funaro in "
             "Tokyo seeking the credit; JPN -> BRA arguable); no time expression of its own (1987-03-09 via "
             "today's renewal arguable)"),
            # 3
            ("STATEMENT", ("told", "Tanaka told Brazilian"), (("Tanaka", "meeting, Tanaka"), "JPN", "GOV"), None,
             None, None, "unknown", None, "asserted", None,
             "the bank would consider the credit request (neither promise nor refusal); placed in the undated meeting, "
             "relayed by the officials"),
            # 4
            ("STATEMENT", ("said", "They said"), (("They", "They said"), *EXIM_OFFICIALS), None, TYO,
             "1987-03-09", "day", None, "asserted", None,
             "the officials' interpretation: the credit would come as part of a package with IMF and bank money; "
             "wire style: DCT, dateline city"),
            # 5
            ("REJECT", "resisted", (("Brazil", "Brazil has resisted"), "BRA", "GOV"),
             (("IMF", "going to the IMF"), None, "IGO"),
             None, None, "unknown", None, "asserted", None,
             "Brazil has resisted going to the IMF for help (a standing refusal; no time expression: undated)"),
            # 6
            ("REQUEST", "requested", (("Brazil", "Brazil first"), "BRA", "GOV"), (None, "JPN", "GOV"),
             None, "1986-11", "month", "last\nNovember", "asserted", None,
             "first requested the 300 mln dlr credit (from the Ex-Im Bank, implied) last November (from March 1987)"),
            # 7
            ("REQUEST", "renewed", (("Funaro", "Funaro renewed"), "BRA", "GOV"), (None, "JPN", "GOV"),
             None, "1987-03-09", "day", "today", "asserted", None,
             "renewed the credit request today (a new act of requesting: a first mention with its own date)"),
        ],
        "skip": [
            ("cooperate", "content of the promise"),
            ("refrained", "frame of the withheld commitment (coded on 'commitment')"),
            (("said", "Ex-Im officials said"), "rule-3 attribution (the promise and the withheld commitment are the events)"),
            ("consider", "content of the statement"),
            (("request", "country's request"), "background nominal (Brazil's request, coded on 'requested')"),
            (("cooperation", "international"), "content of the statement"),
            (("said", "the officials said"), "rule-3 attribution (the meeting and Tanaka's statement are the events)"),
            ("meant", "content of the statement"),
            ("grant", "conditional content of the statement (AID hypothetical arguable)"),
            ("going", "content of the refusal"),
            ("fears", "stative (Brazil's fear, reason for the refusal)"),
            ("ask", "hypothetical content of the fear (REQUEST by the IMF arguable)"),
            ("throw", "hypothetical content of the fear"),
            (("help", "to help it"), "purpose clause"),
        ],
        "entities": [
            ("Export-Import Bank of Japan", "ORG", "JPN"),
            ("Takashi Tanaka", "PERSON", "JPN"),
            (("Brazil", "told Brazil"), "GPE", "BRA"),
            ("Ex-Im", "ORG", "JPN"),
            (("Tanaka", "meeting, Tanaka"), "PERSON", "JPN"),
            ("Brazilian", "NORP", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            ("Ex-Im Bank", "ORG", "JPN"),
            ("International Monetary Fund", "ORG", None),
            (("Brazil", "Brazil has resisted"), "GPE", "BRA"),
            ("IMF", "ORG", None),
            (("Fund", "the Fund will"), "ORG", None),
            (("Brazil", "Brazil first"), "GPE", "BRA"),
            (("Funaro", "Funaro renewed"), "PERSON", "BRA"),
        ],
    },
    "reuters21578-19512": {
        "events": [],
        "skip": [
            ("sell", "monetary operation (bill sale), content of anonymous talk"),
            ("absorb", "monetary operation (purpose)"),
            (("said", "traders said"), "anonymous-source talk (money market traders)"),
            ("sales", "market terms of the operation (repurchase sales)"),
            ("attributed", "anonymous-source talk (the traders)"),
            ("allocations", "statistics (government tax allocations, content of anonymous talk)"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
        ],
    },
    "reuters21578-15582": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Belgrade said"),
             ("the U.S. Agriculture Department's Counselor in Belgrade", "USA", "GOV"), None, BEG,
             "1987-04-07", "day", "April 7", "asserted", None,
             "field report: Yugoslavia will tender April 14 (the tender has no identified counterpart: no type, so "
             "the reporting clause is the record); the report is dated April 7 (EVENTS.md 20, 36b), location Belgrade"),
            # 1
            ("STATEMENT", ("said", "April 7, said"), REPORT_AUTHOR, None, BEG,
             "1987-04-07", "day", "April 7", "asserted", None,
             "the report (the counselor implied as author): wheat must be from the 1986 and 1987 harvests, soft "
             "wheat from Europe and others excluded"),
            # 2
            ("STATEMENT", ("said", "It said"), REPORT_AUTHOR, None, BEG,
             "1987-04-07", "day", "April 7", "asserted", None,
             "the report: imports to rebuild federal reserves, no import surcharges"),
        ],
        "skip": [
            ("tender", "import tender with unnamed offerers: no identified counterpart (21b/25b/34b)"),
            ("field report", "part of the reporting clause (22b)"),
            ("considered", "content of the report (negated)"),
            ("used", "content of the report"),
            ("rebuild", "content of the report"),
            ("subject", "content of the report (exemption from surcharges)"),
        ],
        "entities": [
            ("Yugoslavia", "GPE", "YUG"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Belgrade", "GPE", "YUG"),
            ("Europe", "LOC", None),
        ],
    },
    "reuters21578-6114": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Departments said"),
             ("the Joint Agricultural Weather Facility of the U.S. Agriculture and Commerce Departments", *JAWF), None,
             WAS, "1987-03-17", "day", None, "asserted", None, "weather report (5b); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the agency said southern"), (("the agency", "summary, the agency"), *JAWF), None,
             WAS, "1987-03-17", "day", None, "asserted", None, "weather report"),
            # 2
            ("STATEMENT", ("said", "The agency said the wet"), (("The agency", "The agency said the wet"), *JAWF), None,
             WAS, "1987-03-17", "day", None, "asserted", None, "weather report"),
            # 3
            ("STATEMENT", ("said", "planting, it said"), (("it", "planting, it said"), *JAWF), None,
             WAS, "1987-03-17", "day", None, "asserted", None, "weather report"),
        ],
        "skip": [
            ("covered", "weather, no acting actor"),
            ("moistening", "weather, no acting actor"),
            ("caused", "weather, no acting actor"),
            ("reversed", "weather, no acting actor"),
            ("provided", "weather, no acting actor"),
            ("lessened", "weather, no acting actor"),
            ("resulted", "weather, no acting actor"),
        ],
        "entities": [
            ("North China Plain", "LOC", "CHN"),
            ("Joint Agricultural Weather Facility", "ORG", "USA"),
            ("U.S. Agriculture and Commerce Departments", "ORG", "USA"),
            (("North China Plain", "over the North China Plain"), "LOC", "CHN"),
            ("Jiangsu", "GPE", "CHN"),
            ("Anhui", "GPE", "CHN"),
            ("Hebei", "GPE", "CHN"),
            ("Hunan", "GPE", "CHN"),
            ("Jiangxi", "GPE", "CHN"),
            ("Fujian", "GPE", "CHN"),
            ("Zheziang", "GPE", "CHN"),
            ("Guanxi", "GPE", "CHN"),
            ("Guandong", "GPE", "CHN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
