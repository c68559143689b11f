"""Build ``own_blind49b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind49b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2411 left); 24 drawn with random.Random(49101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
65 event records (60 first mentions, 5 later mentions), 126 not_annotated spans, 106 entity mentions
(GPE 47, ORG 28, PERSON 15, NORP 14, LOC 2); no article without events; 19511 (Bank of Japan CD purchase)
has the officials' reporting-clause STATEMENTs only (monetary operations, anonymous traders). Types:
STATEMENT 38, AGREE 8, REQUEST 6, RETREAT 3, ACCUSE 3, SANCTION 3, CONSULT 2, PROTEST 1, ASSAULT 1; modality:
asserted 59, planned 4, hypothetical 2; precision: day 52, month 6, unknown 6, year 1. Per article (events /
not_annotated / entities): 13688 4/10/2, 17185 11/19/17, 8783 2/4/7, 19998 7/9/10, 18104 14/29/23, 4995
8/13/20, 19511 4/22/3, 9220 15/20/24.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). No wrong first match was found in the printed context; one
date_text had to keep its line break ("last\\nApril", as it stands in the text). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Venezuelan Energy Minister
Arturo Hernandez Grisanti": NORP + PERSON; "Corporate Affairs Minister Michael Howard", "Japanese
vice-minister of finance for international affairs Toyoo Gyohten", "U.S. Treasury Secretary James Baker",
"U.S. Trade Representative Clayton Yeutter": the country word and the PERSON, 45b's Mulford; "Bank of Japan
governor Satoshi Sumita": ORG + PERSON); "U.S." in "U.S. dlrs" is tagged GPE (as earlier sets); the parts
of "U.S.-Japanese" and "U.S/Japan" are tagged separately (GPE USA + NORP JPN / GPE JPN); "London" in
"London-based" is tagged as the part (46b's "Japan-based"); possessive 's left out ("Sweden's", "U S
West's", "Japan's", "OPEC's"); lower-case or generic bodies ("the central bank", "the bank", "the
president's Economic Policy Council": only the named council, "the report", "officials", "money traders",
"the group's members") are not tagged. Countries: "Brazilian" NORP BRA, Lloyd Brasileiro ORG BRA (a
state-owned Brazilian shipping company); the Organisation for Economic Cooperation and Development / OECD
ORG null (also in "the OECD secretariat", "OECD countries", "the OECD average"), Sweden GPE SWE, "Swedish"
NORP SWE; Northern Telecom Ltd ORG CAN, U S West Materiel Resources Inc, U S West, Mountain Bell, Pacific
Northwest Bell and Northwestern Bell ORG USA; "U.S." GPE USA, "Iranian" NORP IRN, the Gulf LOC null,
"Venezuelan" NORP VEN, Arturo Hernandez Grisanti / Hernandez Grisanti PERSON VEN, OPEC / the Organisation
of Petroleum Exporting Countries ORG null; the White House, the Economic Policy Council, "Congressional"
(an adjective for Congress, the earlier sets' ORG USA) and the "Reagan Administrtation" (typo as written,
one ORG span as earlier sets' "Reagan Administration") ORG USA, Reagan PERSON USA, Japan GPE JPN,
"Japanese" NORP JPN, Venice GPE ITA; Britain and "U.K." GPE GBR (also "U.K. Financial firms"), "U.S"
(written without the final dot) GPE USA, Michael Howard / Howard PERSON GBR, Nikkei ORG JPN (the Japanese
financial daily whose conference it was), Tokyo GPE JPN, Toyoo Gyohten PERSON JPN, London GPE GBR,
"British" NORP GBR; the Bank of Japan ORG JPN, Reuters ORG GBR; Satoshi Sumita / Sumita PERSON JPN, Paris
GPE FRA (also in "the Paris agreement / pact / accord"), Canada CAN, France FRA, West Germany DEU (GPE),
James Baker and Clayton Yeutter PERSON USA. Not entities: DMS (a product line), currencies (dollar, yen),
CDs, "Gulf military activity"'s activity, "the world's seven major economic powers" (a descriptive group),
"six major nations" (descriptive).

Judgement calls made here:
* 13688 (Brazil seamen's strike ends, DCT Tue 1987-04-07, SAO PAULO; the same strike as 45a's 9314):
  "A Brazilian seamen's strike, which began on February 27 ..., has now ended, a seamen's spokesman said"
  gives two records: PROTEST BRA ORG on "strike" dated by its own relative clause (1987-02-27, "February
  27"; 45a's call: a nominal with its own date, EVENTS.md 11; strikers named as "Brazilian seamen", actor2
  null as events_dev's dock strike) and RETREAT on "ended" (the end of the strike; events_dev/8a/10b code
  the calling-off of a strike as RETREAT, 45a the return to work), strikers implied (BRA ORG), actor2 null
  (EVENTS.md 14: the calling-off of stoppages), dated 1987-04-07 by "now" (rule 1); the spokesman's "said" is
  rule-3 attribution, "began" and "tapering off" aspectual. "The spokesman said the seamen had signed an
  agreement with the state-owned Lloyd Brasileiro company on Saturday for a 120 pct salary rise" is AGREE
  BRA ORG -> Lloyd Brasileiro (BRA BUS, state-owned: BUS, EVENTS.md 15), Saturday before Tue 7 April =
  1987-04-04; "said" rule-3 attribution. "The national strike had been tailing off since mid-March as seamen
  struck individual accords with companies" is AGREE BRA ORG -> the companies (BRA BUS) on "struck" (a
  clause of its own, unlike 45a's presupposed "after accords"), dated by the start of the period it spans
  ("since mid-March" = 1987-03, 29b's ongoing event dated by its start; unknown arguable); "tailing off"
  aspectual and "strike" anaphoric. "At the height of the stoppage, seamen said about 200 ships were
  strike-bound": unnamed seamen are no identifiable speaker (skipped, STATEMENT BRA ORG arguable), and the
  stoppage nominal is anaphoric.
* 17185 (OECD survey of Sweden, DCT Fri 1987-04-24, PARIS; the dateline says April 25, published_at's date
  is the DCT): the OECD and its report (a report by a named author, 46b/13a) speak in eleven reporting
  clauses, all null IGO, DCT, PARIS (dateline city; no place in the text). Assessments, forecasts and
  statistics are STATEMENTs: "... could hinder Sweden's economic growth after 1987, the OECD said", "the OECD
  secretariat said in its latest annual report", "It warned that labour costs had risen more rapidly" (no
  consequence from the speaker: STATEMENT, own_blind), "The report said wage moderation was central", "It
  suggested that wage negotiations should be at least partly centralised" (no actor told to act: EVENTS.md
  2's "a crash program was needed in the industry"; REQUEST -> SWE arguable), "... inflation fell ..., the
  report said", "The report said Sweden's employment policies accounted for the high levels of wage
  inflation" (a causal assessment; ACCUSE -> SWE arguable), "It also said that economic growth in 1986
  relied increasingly on private consumption", "It suggested there was room for reform in the tax system"
  (no actor asked; REQUEST -> SWE arguable). Two clauses tell Sweden to act and are REQUEST null IGO -> SWE
  GOV on the saying (EVENTS.md 1 and 2): "The OECD said Sweden should now make an effort to boost corporate
  investments ..." and "Sweden should continue to cut public sector spending ..., the report said". The
  sentences without a reporting verb (Swedish growth, wages, industry losing market share, investment
  volume) are statistics (skipped); "the report said" has its author implied (46b's 18405).
* 8783 (Northern Telecom supply pact, DCT Tue 1987-03-24, TORONTO): "Northern Telecom Ltd said it signed a
  two-year supply agreement with U S West Materiel Resources Inc" is AGREE CAN BUS -> USA BUS on "signed"
  (signing = AGREE), undated (no time expression, EVENTS.md 17), "said" rule-3 attribution; "It said the
  agreement provided terms under which it can supply ..." is a STATEMENT CAN BUS (the agreement's terms: new
  content), DCT, TORONTO; "could lead", "provided" and "supply" are content.
* 19998 (Venezuela sees stable oil prices, DCT Mon 1987-10-19, CARACAS): "... Venezuelan Energy Minister
  Arturo Hernandez Grisanti said on Monday" is a STATEMENT VEN GOV (forecast) dated by its own "on Monday"
  (= the DCT); "the U.S. Attack against Iranian oil platforms" inside it is ASSAULT USA MIL -> IRN (a
  nominal with its own agent and target, 34b's "retaliatory strike against Iranian targets"; skipping it as
  a background nominal inside the forecast arguable), undated (no time expression of its own). "He described
  the situation as 'extremely tense,' but said ..." is two STATEMENTs (EVENTS.md 3: "He said ... but
  added"), "he told a news conference" (OPEC demand and output) and "Hernandez Grisanti said the
  supply/demand balance was precarious" STATEMENTs, all DCT, CARACAS (the news conference has no place in
  the text). "Three or four members of the 13-nation [OPEC] were 'overproducing in an exaggerated manner'
  above their assigned quotas, he said" is ACCUSE VEN GOV -> the unnamed members (a group: null) on "said"
  (a charge of quota violation; the saying is the act, so "said" is not listed; STATEMENT arguable), DCT.
  "Gulf military activity" has no identified actor (content), "pumping" is production statistics and
  "OPEC's overall ceiling is 16.6 mln bpd" is stative.
* 18104 (U.S. weighs lifting Japanese chip sanctions, DCT Tue 1987-06-02, WASHINGTON): "The White House has
  completed a new review of Japanese semiconductor trading practices" is ACCUSE USA GOV -> JPN on "review"
  (an investigation of a party's practices, guidelines' ACCUSE; a domestic review with no type arguable);
  "They said the president's Economic Policy Council looked at Japan's adherence to the ... pact yesterday"
  is its later mention on "looked" (the Council's review meeting), and the first mention takes that
  mention's "yesterday" (1987-06-01; 33b/34b's first mention dated by its later mention). "... but has not
  yet decided whether trade sanctions levied against Japan last April should be lifted" gives RETREAT USA GOV
  -> JPN hypothetical on "lifted" (under consideration: events_dev's "what sanctions if any should be
  taken"; "decided" its frame), undated, and SANCTION on "levied" (a reduced relative with its own date,
  EVENTS.md 11; the imposer implied USA GOV), 1987-04 ("last April" from June 1987); "U.S. officials said"
  and "They said" are rule-3 attribution. "the 1986 U.S.-Japanese semiconductor pact" is AGREE USA -> JPN (a
  nominal with its own date, EVENTS.md 11's "February 22 ... agreement"), 1986, year. "an announcement may
  be made shortly" is a STATEMENT USA GOV (implied) planned ("would probably be made" = planned in
  events_dev; hypothetical arguable for "may"), undated ("shortly" has no value). "Officials have said the
  100 pct tariffs ... could be modified if Japan was found to be honoring a portion of its semiconductor
  pact" is RETREAT USA GOV (implied) -> JPN hypothetical on "modified" (conditional; "could" is not a
  promise, so not own_dev's AGREE), "said" rule-3 attribution, "tariffs" anaphoric. "But they also noted
  that the White House has said it was unlikely the tariffs would be lifted before the meeting of the world's
  seven major economic powers in Venice on June 8-10" gives three records: the officials' "noted" (STATEMENT
  USA GOV, DCT, WASHINGTON), the White House's "has said" (STATEMENT USA GOV, relayed by the officials:
  undated, 16's relayed speech; DCT by EVENTS.md 16 arguable) and the Venice summit (CONSULT planned on
  "meeting", a nominal with its own date and place; the seven powers a group: null, no actor2; 1987-06-08,
  dated by its start, EVENTS.md 21), the lifting being forecast content. "The officials added that while the
  curbs complicated U.S.-Japanese economic cooperation, they did serve to blunt Congressional criticism ..."
  is a STATEMENT USA GOV (assessment), DCT; the Congressional criticism of the Administration is content
  (ACCUSE USA -> USA arguable). "Reagan imposed the sanctions on April 17 in retaliation for Japan's failure
  to honor commitments ..." is a later mention of the SANCTION with its own date (1987-04-17, EVENTS.md 21);
  "The sanctions were levied on certain Japanese television sets ..." a later mention with none (the first
  mention's 1987-04). "Reagan, in imposing the curbs, said they would be lifted as soon as there was evidence
  ... that Japan was adhering to the pact" is AGREE USA GOV -> JPN GOV on "said" (own_dev's conditional
  promise, the same words as its 16895), placed in the imposition (rule 3: 1987-04-17, "April 17"), no
  place; "imposing" is an anaphoric participle, Japan's failure, commitments and dumping background.
* 4995 (Britain wants a bank regulation deal with Japan, DCT Fri 1987-03-13, LONDON): "Britain wants Japan to
  agree a timetable ..., Corporate Affairs Minister Michael Howard said" is REQUEST GBR GOV -> JPN GOV on
  "wants" (the saying is the demand, EVENTS.md 1: "said" not listed), DCT, LONDON; "a January outline
  agreement between the U.S and the U.K." is AGREE USA -> GBR (a nominal with its own date, EVENTS.md 11),
  1987-01 ("January", its most recent occurrence). 'Howard told a Nikkei conference ... "I want to see an
  agreement between us ..."' is a quoted restatement of the demand: a later mention (EVENTS.md 3), Japan
  implied as actor2, DCT. "Toyoo Gyohten told the conference yesterday he was ready to discuss capital
  adequacy, but no negotiations were planned and he could not see how or when agreement would be reached" is
  a STATEMENT JPN GOV dated 1987-03-12 ("yesterday"), no place (the conference's place is not given);
  readiness to discuss (AGREE offer arguable, 12's "was prepared to provide") and the unplanned negotiations
  (CONSULT negated arguable) are its content. "Howard said another issue he would raise during a visit to
  Japan, starting on April 13, was equal access for U.K. Financial firms to the Japanese market" gives CONSULT
  GBR GOV -> JPN GOV planned on "visit" (visitor first, EVENTS.md 13) and REQUEST GBR GOV -> JPN (implied)
  planned on "raise" (pressing an issue on the host; placed in the visit, the guidelines' "during the visit
  that starts on Sunday"), both 1987-04-13 ("April 13"), in Japan; "said" rule-3 attribution. "He said 14
  London-based financial firms were based in Tokyo ..." is a STATEMENT (statistics), DCT. The closing quote
  ('... I want our firms to be able to compete just as freely in Japan and at the moment they are not allowed
  to do so," he said') is REQUEST GBR GOV -> JPN (implied) on "said" (a demand voiced now; a first mention:
  market access, not the capital-adequacy timetable; ACCUSE -> JPN for "not allowed" arguable), DCT;
  "We welcome all these firms here" is content (SUPPORT arguable).
* 19511 (Bank of Japan CD purchase, DCT Mon 1987-06-29, TOKYO): the CD and bill purchases are monetary
  operations (EVENTS.md 10), so the Bank's officials' four reporting clauses ("central bank officials
  said", "a senior central bank official told Reuters", "the officials said" twice) are STATEMENTs JPN GOV
  (identifiable officials of a named body, EVENTS.md 4), DCT, TOKYO (Reuters is the audience, not an
  actor2). The money traders' and the unnamed bank manager's clauses are anonymous (skipped); "Japan's pledge
  to guide interest rates lower" is a background nominal inside the traders' talk (AGREE arguable).
* 9220 (Sumita on exchange rates, DCT Wed 1987-03-25, TOKYO): every reporting clause by Sumita is a
  STATEMENT JPN GOV, DCT, TOKYO ("said" x5, "told reporters", "repeated", "adding" and "added" x2, each its
  own record, EVENTS.md 3); "he said he could not say exactly what currency levels ..." is one asserted
  record on "said" (the withheld content "say" skipped; a negated STATEMENT arguable). "the levels agreed to
  by six major nations last month in Paris" is AGREE (the Paris accord: a participle with its own agent and
  date, 33b; a group: null, no actor2), 1987-02, in Paris; "In Paris on February 22, Britain, Canada, France,
  Japan, the U.S. And West Germany agreed to cooperate ..." is its later mention with its own date
  (1987-02-22), the six named countries kept as one group record (8a's G-7 list; EVENTS.md 12's split
  arguable). "major nations have cooperated to bring about currency stability" is concerted intervention
  (monetary cooperation, EVENTS.md 10: skipped), and "the central bank will intervene if necessary" and
  "will keep a close watch on exchange rates" are monetary content. "U.S. Treasury Secretary James Baker
  said over the weekend that the Paris pact did not encompass fixed tragets" is a STATEMENT USA GOV dated by
  "over the weekend" (21-22 March, kept at its month 1987-03, EVENTS.md 21), no place; "U.S. Trade
  Representative Clayton Yeutter called U.S/Japan relations ... very strained" is a STATEMENT USA GOV (an
  assessment, not a charge; ACCUSE -> JPN arguable), no time expression: DCT, dateline city (rule 2). The
  market's selling and reactions are market movements.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind49b.jsonl"

SAO = ("SAO PAULO", "BRA")
PAR = ("PARIS", "FRA")
TOR = ("TORONTO", "CAN")
CCS = ("CARACAS", "VEN")
WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
TYO = ("TOKYO", "JPN")

OECD_IMPLIED = (None, None, "IGO")
SUMITA_HE = "JPN", "GOV"
BOJ_OFFICIALS = "JPN", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-13688": {
        "events": [
            # 0
            ("PROTEST", "strike", ("Brazilian seamen", "BRA", "ORG"), None, None,
             "1987-02-27", "day", "February 27", "asserted", None,
             "the Brazilian seamen's strike 'which began on February 27' (a nominal with its own date, EVENTS.md 11; "
             "45a's 9314, the same strike); no target named: actor2 null"),
            # 1
            ("RETREAT", "ended", (None, "BRA", "ORG"), None, None,
             "1987-04-07", "day", "now", "asserted", None,
             "the strike 'has now ended' (the end of a strike = RETREAT, events_dev/8a/10b's calling-off, 45a's return "
             "to work); strikers implied, actor2 null (EVENTS.md 14); 'now' = DCT; the spokesman's 'said' rule-3 "
             "attribution"),
            # 2
            ("AGREE", "signed", (("the seamen", "said the seamen"), "BRA", "ORG"), ("Lloyd Brasileiro", "BRA", "BUS"),
             None,
             "1987-04-04", "day", "Saturday", "asserted", None,
             "the seamen signed an agreement with the state-owned Lloyd Brasileiro (BUS, EVENTS.md 15) for a 120 pct "
             "salary rise; Saturday before Tue 1987-04-07; 'said' rule-3 attribution"),
            # 3
            ("AGREE", "struck", (("seamen", "as\nseamen"), "BRA", "ORG"), (("companies", "accords with companies"), "BRA", "BUS"),
             None,
             "1987-03", "month", "mid-March", "asserted", None,
             "seamen struck individual accords with companies (a clause of its own); dated by the start of the period "
             "('since mid-March', 29b's ongoing event dated by its start; unknown arguable)"),
        ],
        "skip": [
            ("began", "aspectual (the strike is coded on 'strike')"),
            ("tapering off", "aspectual (the strike's decline)"),
            (("said", "spokesman said."), "rule-3 attribution (the end of the strike is the event)"),
            (("said", "The spokesman said"), "rule-3 attribution (the signing is the event)"),
            ("rise", "content of the agreement"),
            (("strike", "national strike"), "anaphoric nominal"),
            ("tailing off", "aspectual (the strike's decline)"),
            ("stoppage", "anaphoric nominal (temporal adjunct)"),
            (("said", "seamen said"), "unnamed seamen: no identifiable speaker (STATEMENT BRA ORG arguable)"),
            ("strike-bound", "stative (content of the seamen's talk)"),
        ],
        "entities": [
            ("Brazilian", "NORP", "BRA"),
            ("Lloyd Brasileiro", "ORG", "BRA"),
        ],
    },
    "reuters21578-17185": {
        "events": [
            # 0
            ("STATEMENT", ("said", "OECD,\nsaid"),
             ("the Organisation for Economic Cooperation and Development", None, "IGO"), None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "forecast: labour costs and slower investment could hinder Swedish growth after 1987; wire style: DCT "
             "(published_at's date; the dateline says April 25), dateline city"),
            # 1
            ("STATEMENT", ("said", "secretariat\nsaid"), ("the OECD secretariat", None, "IGO"), None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "assessment: 1986 growth depended on external factors (in its annual report on Sweden); DCT"),
            # 2
            ("STATEMENT", "warned", (("It", "It warned"), None, "IGO"), None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "labour costs had risen faster than elsewhere: a warning with no consequence from the speaker "
             "(STATEMENT, own_blind); DCT"),
            # 3
            ("STATEMENT", ("said", "The report said wage"), OECD_IMPLIED, None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "'the report said' (the OECD report, author implied, 46b): wage moderation central to growth; DCT"),
            # 4
            ("STATEMENT", ("suggested", "It suggested that"), (("It", "It suggested that"), None, "IGO"), None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "wage negotiations should be partly centralised: no actor told to act (EVENTS.md 2; REQUEST -> SWE "
             "arguable); DCT"),
            # 5
            ("STATEMENT", ("said", "OECD countries, the report said"), OECD_IMPLIED, None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "statistics/assessment: inflation fell but remained higher than elsewhere; DCT"),
            # 6
            ("STATEMENT", ("said", "The report said Sweden's"), OECD_IMPLIED, None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "Sweden's employment policies accounted for the wage inflation (a causal assessment; ACCUSE -> SWE "
             "arguable); DCT"),
            # 7
            ("STATEMENT", ("said", "It also said"), (("It", "It also said"), None, "IGO"), None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "assessment: 1986 growth relied on private consumption; DCT"),
            # 8
            ("REQUEST", ("said", "The OECD said"), (("The OECD", "The OECD said"), None, "IGO"),
             (("Sweden", "said Sweden should"), "SWE", "GOV"), PAR,
             "1987-04-24", "day", None, "asserted", None,
             "Sweden should make an effort to boost corporate investment (an identifiable actor told to act, "
             "EVENTS.md 2; the saying is the request); DCT"),
            # 9
            ("STATEMENT", ("suggested", "It suggested there"), (("It", "It suggested there"), None, "IGO"), None, PAR,
             "1987-04-24", "day", None, "asserted", None,
             "room for reform in the tax system: no actor asked (REQUEST -> SWE arguable); DCT"),
            # 10
            ("REQUEST", ("said", "policy, the report said"), OECD_IMPLIED,
             (("Sweden", "Sweden should continue"), "SWE", "GOV"), PAR,
             "1987-04-24", "day", None, "asserted", None,
             "Sweden should continue to cut public sector spending (REQUEST, EVENTS.md 2); DCT"),
        ],
        "skip": [
            ("hinder", "content of the forecast"),
            (("grew", "economy grew"), "statistics (no reporting verb)"),
            (("rose", "GDP rose"), "statistics"),
            ("depended", "content of the statement"),
            ("risen", "content of the warning"),
            ("losing", "statistics / market performance (no reporting verb)"),
            (("grew", "sector grew"), "statistics"),
            (("rose", "wages rose"), "statistics"),
            ("maintaining", "content of the statement"),
            ("centralised", "content of the suggestion"),
            ("Helped", "background (content of the statement)"),
            ("fell", "statistics (content)"),
            ("remained", "statistics (content)"),
            ("accounted", "content of the statement"),
            ("relied", "content of the statement"),
            ("shrunk", "content of the statement"),
            ("dropped", "statistics"),
            ("effort", "content of the request"),
            (("cut", "continue to cut"), "content of the request"),
        ],
        "entities": [
            ("Sweden", "GPE", "SWE"),
            ("Organisation for Economic Cooperation and Development", "ORG", None),
            ("OECD", "ORG", None),
            ("Swedish", "NORP", "SWE"),
            (("OECD", "the OECD secretariat"), "ORG", None),
            (("Sweden", "report on Sweden"), "GPE", "SWE"),
            (("Sweden", "rapidly in Sweden"), "GPE", "SWE"),
            (("OECD", "than in other OECD"), "ORG", None),
            (("Swedish", "Swedish industry"), "NORP", "SWE"),
            (("OECD", "members of the OECD"), "ORG", None),
            (("Sweden", "growth in Sweden"), "GPE", "SWE"),
            (("OECD", "most other OECD"), "ORG", None),
            (("OECD", "the OECD average"), "ORG", None),
            (("Sweden", "Sweden's employment"), "GPE", "SWE"),
            (("OECD", "The OECD said"), "ORG", None),
            (("Sweden", "said Sweden should"), "GPE", "SWE"),
            (("Sweden", "Sweden should continue"), "GPE", "SWE"),
        ],
    },
    "reuters21578-8783": {
        "events": [
            # 0
            ("AGREE", "signed", ("Northern Telecom Ltd", "CAN", "BUS"),
             ("U S West Materiel Resources Inc", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "signed a two-year supply agreement (signing = AGREE); no time expression: undated (EVENTS.md 17); "
             "'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "CAN", "BUS"), None, TOR,
             "1987-03-24", "day", None, "asserted", None,
             "the agreement's terms (new content); wire style: DCT, dateline city"),
        ],
        "skip": [
            (("said", "Ltd said"), "rule-3 attribution (the signing is the event)"),
            ("lead", "hypothetical effect of the agreement (content)"),
            ("provided", "stative description of the agreement (content)"),
            (("supply", "can\nsupply"), "content of the statement (the agreement's terms)"),
        ],
        "entities": [
            ("Northern Telecom Ltd", "ORG", "CAN"),
            ("U S West Materiel Resources Inc", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("U S West", "to U S West's"), "ORG", "USA"),
            ("Mountain Bell", "ORG", "USA"),
            ("Pacific Northwest Bell", "ORG", "USA"),
            ("Northwestern Bell", "ORG", "USA"),
        ],
    },
    "reuters21578-19998": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Grisanti said on Monday"),
             ("Venezuelan Energy Minister Arturo Hernandez Grisanti", "VEN", "GOV"), None, CCS,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "forecast: oil prices would remain stable despite the U.S. attack and Gulf tension; 'on Monday' = the "
             "DCT; dateline city"),
            # 1
            ("ASSAULT", "Attack", (("U.S.", "the U.S. Attack"), "USA", "MIL"),
             ("Iranian oil platforms", "IRN", "BUS"), ("Gulf", None),
             None, "unknown", None, "asserted", None,
             "the U.S. attack against Iranian oil platforms (a nominal with its own agent and target, 34b); no time "
             "expression of its own: undated; skipping it as a background nominal inside the forecast arguable"),
            # 2
            ("STATEMENT", "described", (("He", "He described"), "VEN", "GOV"), None, CCS,
             "1987-10-19", "day", None, "asserted", None,
             "the situation 'extremely tense' (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "but said"), (("He", "He described"), "VEN", "GOV"), None, CCS,
             "1987-10-19", "day", None, "asserted", None,
             "Gulf military activity would not affect prices (second reporting clause, EVENTS.md 3); DCT"),
            # 4
            ("STATEMENT", "told", (("he", "he told"), "VEN", "GOV"), None, CCS,
             "1987-10-19", "day", None, "asserted", None,
             "OPEC demand and output figures at a news conference (no place in the text: dateline city); DCT"),
            # 5
            ("STATEMENT", ("said", "Grisanti said the"), (("Hernandez Grisanti", "Hernandez Grisanti said the"), "VEN", "GOV"),
             None, CCS,
             "1987-10-19", "day", None, "asserted", None,
             "assessment: precarious balance, prices in danger of falling; DCT"),
            # 6
            ("ACCUSE", ("said", "quotas, he said"), (("he", "quotas, he said"), "VEN", "GOV"),
             ("Three or four members", None, "GOV"), CCS,
             "1987-10-19", "day", None, "asserted", None,
             "three or four unnamed OPEC members 'overproducing in an exaggerated manner' above their quotas (a charge "
             "of quota violation; the unnamed members: null; STATEMENT arguable); DCT"),
        ],
        "skip": [
            ("remain", "content of the forecast"),
            ("tension", "stative (content of the forecast)"),
            ("activity", "content of the statement (no identified actor)"),
            ("affect", "content of the statement"),
            ("pumping", "content of the statement (production statistics)"),
            ("falling", "content of the statement"),
            ("overproduction", "condition inside the statement"),
            ("assigned", "background (OPEC's quota allocation)"),
            ("ceiling", "stative (OPEC's production ceiling)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            ("Venezuelan", "NORP", "VEN"),
            ("Arturo Hernandez Grisanti", "PERSON", "VEN"),
            (("Gulf", "said Gulf"), "LOC", None),
            ("OPEC", "ORG", None),
            (("Hernandez Grisanti", "Hernandez Grisanti said the"), "PERSON", "VEN"),
            ("Organisation of Petroleum Exporting Countries", "ORG", None),
            (("OPEC", "OPEC's overall"), "ORG", None),
        ],
    },
    "reuters21578-18104": {
        "events": [
            # 0
            ("ACCUSE", "review", ("The White House", "USA", "GOV"), (("Japanese", "review of Japanese"), "JPN", "GOV"),
             None,
             "1987-06-01", "day", "yesterday", "asserted", None,
             "completed a new review of Japanese semiconductor trading practices (an investigation of a party, "
             "ACCUSE; a domestic review with no type arguable); dated by its later mention (the Council's review "
             "'yesterday', 33b/34b); 'U.S. officials said' rule-3 attribution"),
            # 1
            ("SANCTION", "levied", (None, "USA", "GOV"), (("Japan", "against Japan"), "JPN", "GOV"), None,
             "1987-04", "month", "last\nApril", "asserted", None,
             "trade sanctions levied against Japan last April (a reduced relative with its own date, EVENTS.md 11); "
             "the imposer implied; 'last April' from June 1987 = 1987-04"),
            # 2
            ("RETREAT", ("lifted", "should be lifted"), ("The White House", "USA", "GOV"),
             (("Japan", "against Japan"), "JPN", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "whether the sanctions should be lifted is undecided (under consideration: hypothetical, events_dev); "
             "no time expression"),
            # 3
            ("ACCUSE", "looked", ("the president's Economic Policy Council", "USA", "GOV"),
             (("Japan", "Japan's adherence"), "JPN", "GOV"), None,
             "1987-06-01", "day", "yesterday", "asserted", 0,
             "later mention: the Council looked at Japan's adherence to the pact yesterday (the review); 'They said' "
             "rule-3 attribution"),
            # 4
            ("AGREE", "pact", (("U.S.", "1986 U.S."), "USA", "GOV"), (("Japanese", "U.S.-Japanese semiconductor"), "JPN", "GOV"),
             None,
             "1986", "year", "1986", "asserted", None,
             "the 1986 U.S.-Japanese semiconductor pact (a nominal with its own date, EVENTS.md 11); parties in the "
             "order of 'U.S.-Japanese'"),
            # 5
            ("STATEMENT", "announcement", (None, "USA", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "an announcement may be made shortly (a nominal with its own predication; 'would probably be made' = "
             "planned in events_dev, hypothetical arguable for 'may'); 'shortly' has no value"),
            # 6
            ("RETREAT", "modified", (None, "USA", "GOV"), (("Japanese", "dlrs of Japanese"), "JPN", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "the tariffs could be modified if Japan honours part of the pact (conditional; 'could' is no promise, "
             "so not own_dev's AGREE); 'Officials have said' rule-3 attribution"),
            # 7
            ("STATEMENT", "noted", (("they", "But they"), "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "the officials' own reporting clause (relaying the White House's forecast); wire style: DCT, dateline "
             "city"),
            # 8
            ("STATEMENT", ("said", "White House has said"), (("the White House", "the White House has said"), "USA", "GOV"),
             None, None,
             None, "unknown", None, "asserted", None,
             "the White House's forecast that lifting before Venice is unlikely, relayed by the officials (relayed "
             "speech: undated; DCT by EVENTS.md 16 arguable)"),
            # 9
            ("CONSULT", "meeting", ("the world's seven major economic powers", None, "GOV"), None, ("Venice", "ITA"),
             "1987-06-08", "day", "June 8-10", "planned", None,
             "the Venice summit of the seven major economic powers on June 8-10 (a nominal with its own date and "
             "place, EVENTS.md 11; a group: null, no actor2); dated by its start (EVENTS.md 21)"),
            # 10
            ("STATEMENT", "added", ("The officials", "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "assessment: the curbs complicated cooperation but blunted Congressional criticism; DCT"),
            # 11
            ("SANCTION", "imposed", (("Reagan", "Reagan imposed"), "USA", "GOV"), (("Japan", "Japan's failure"), "JPN", "GOV"),
             None,
             "1987-04-17", "day", "April 17", "asserted", 1,
             "later mention: Reagan imposed the sanctions on April 17 (own time expression kept, EVENTS.md 21)"),
            # 12
            ("SANCTION", ("levied", "were levied"), (None, "USA", "GOV"), (("Japanese", "certain Japanese"), "JPN", "GOV"),
             None,
             "1987-04", "month", "last\nApril", "asserted", 1,
             "later mention: the sanctions were levied on certain Japanese goods (no time expression: the first "
             "mention's date)"),
            # 13
            ("AGREE", ("said", "curbs, said"), (("Reagan", "Reagan, in imposing"), "USA", "GOV"),
             (("Japan", "that Japan was adhering"), "JPN", "GOV"), None,
             "1987-04-17", "day", "April 17", "asserted", None,
             "conditional promise: the curbs would be lifted once Japan adheres to the pact (own_dev's 16895); said in "
             "imposing the curbs: placed in the April 17 imposition (rule 3)"),
        ],
        "skip": [
            (("said", "U.S. officials said"), "rule-3 attribution (the review and the undecided lifting are the events)"),
            ("decided", "frame of the hypothetical lifting (negated decision)"),
            ("adherence", "content of the review"),
            (("said", "They said"), "rule-3 attribution (the Council's review is the event)"),
            ("hint", "no actor (withheld STATEMENT arguable)"),
            (("announcement", "what the announcement"), "anaphoric nominal"),
            (("said", "Officials have said"), "rule-3 attribution (the possible modification is the event)"),
            ("tariffs", "anaphoric nominal (the sanctions)"),
            ("found", "condition of the modification"),
            ("honoring", "condition of the modification"),
            (("pact", "its semiconductor pact"), "anaphoric nominal"),
            (("tariffs", "unlikely the tariffs"), "content of the forecast (anaphoric)"),
            (("lifted", "would be lifted before"), "content of the forecast (RETREAT negated/hypothetical arguable)"),
            (("curbs", "while the curbs"), "anaphoric nominal"),
            ("complicated", "content of the statement"),
            ("cooperation", "content of the statement (stative)"),
            ("blunt", "content of the statement"),
            ("criticism", "content of the statement (Congress's criticism of the Administration: ACCUSE USA -> USA "
                          "arguable)"),
            ("taking", "content of the criticism"),
            ("retaliation", "purpose of the sanction"),
            ("failure", "background (ACCUSE -> JPN arguable)"),
            (("honor", "to honor"), "background"),
            ("commitments", "background nominal (Japan's pact commitments)"),
            ("dumping", "background"),
            (("open", "to open"), "background"),
            ("imposing", "anaphoric participle (the sanctions, coded above)"),
            (("lifted", "would be lifted as"), "content of the promise"),
            ("adhering", "condition of the promise"),
            (("pact", "adhering to the pact"), "anaphoric nominal"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Japan", "against Japan"), "GPE", "JPN"),
            (("U.S.", "U.S. officials"), "GPE", "USA"),
            ("Economic Policy Council", "ORG", "USA"),
            (("Japan", "Japan's adherence"), "GPE", "JPN"),
            (("U.S.", "1986 U.S."), "GPE", "USA"),
            (("Japanese", "U.S.-Japanese semiconductor"), "NORP", "JPN"),
            (("Japanese", "dlrs of Japanese"), "NORP", "JPN"),
            (("Japan", "if Japan"), "GPE", "JPN"),
            (("White House", "the White House has said"), "ORG", "USA"),
            ("Venice", "GPE", "ITA"),
            (("U.S.", "complicated U.S."), "GPE", "USA"),
            (("Japanese", "U.S.-Japanese economic"), "NORP", "JPN"),
            ("Congressional", "ORG", "USA"),
            ("Reagan Administrtation", "ORG", "USA"),
            (("U.S.", "he U.S. trade"), "GPE", "USA"),
            (("Reagan", "Reagan imposed"), "PERSON", "USA"),
            (("Japan", "Japan's failure"), "GPE", "JPN"),
            (("U.S.", "U.S. goods"), "GPE", "USA"),
            (("Japanese", "certain Japanese"), "NORP", "JPN"),
            (("Reagan", "Reagan, in imposing"), "PERSON", "USA"),
            (("Japan", "that Japan was adhering"), "GPE", "JPN"),
        ],
    },
    "reuters21578-4995": {
        "events": [
            # 0
            ("REQUEST", "wants", ("Britain", "GBR", "GOV"), (("Japan", "wants Japan"), "JPN", "GOV"), LON,
             "1987-03-13", "day", None, "asserted", None,
             "Britain wants Japan to agree a timetable for joint capital adequacy rules, Howard said (the saying is the "
             "demand, EVENTS.md 1: 'said' not listed); wire style: DCT, dateline city"),
            # 1
            ("AGREE", "agreement", ("the U.S", "USA", "GOV"), ("the U.K.", "GBR", "GOV"), None,
             "1987-01", "month", "January", "asserted", None,
             "the January outline agreement between the U.S. and the U.K. (a nominal with its own date, EVENTS.md 11); "
             "January's most recent occurrence = 1987-01"),
            # 2
            ("REQUEST", "told", (("Howard", "Howard told"), "GBR", "GOV"), (None, "JPN", "GOV"), LON,
             "1987-03-13", "day", None, "asserted", 0,
             "later mention: the quoted restatement 'I want to see an agreement between us ...' (EVENTS.md 3); Japan "
             "implied"),
            # 3
            ("STATEMENT", ("told", "Gyohten told"),
             ("Japanese vice-minister of finance for international affairs Toyoo Gyohten", "JPN", "GOV"), None, None,
             "1987-03-12", "day", "yesterday", "asserted", None,
             "ready to discuss capital adequacy but no negotiations planned (AGREE offer / CONSULT negated arguable); "
             "'yesterday' from Fri 1987-03-13; the conference's place is not given"),
            # 4
            ("CONSULT", "visit", (("Howard", "Howard said another"), "GBR", "GOV"), (("Japan", "visit to Japan"), "JPN", "GOV"),
             ("Japan", "JPN"),
             "1987-04-13", "day", "April 13", "planned", None,
             "Howard's visit to Japan starting on April 13 (visitor first, EVENTS.md 13); 'said' rule-3 attribution"),
            # 5
            ("REQUEST", "raise", (("he", "issue he would"), "GBR", "GOV"), (None, "JPN", "GOV"), ("Japan", "JPN"),
             "1987-04-13", "day", "April 13", "planned", None,
             "the equal-access issue he would raise during the visit (pressing an issue on the host; placed in the "
             "visit, the guidelines' 'during the visit that starts on Sunday')"),
            # 6
            ("STATEMENT", ("said", "He said 14"), (("He", "He said 14"), "GBR", "GOV"), None, LON,
             "1987-03-13", "day", None, "asserted", None,
             "statistics: London-based firms in Tokyo vs Japanese firms in London; DCT"),
            # 7
            ("REQUEST", ("said", 'so," he said'), (("he", 'so," he said'), "GBR", "GOV"), (None, "JPN", "GOV"), LON,
             "1987-03-13", "day", None, "asserted", None,
             "'I want our firms to be able to compete just as freely in Japan' (a demand voiced now; market access, "
             "not the timetable: a first mention; ACCUSE -> JPN for 'not allowed' arguable); DCT"),
        ],
        "skip": [
            (("agree", "Japan to agree"), "content of the request"),
            (("agreement", "see an agreement"), "content of the quote"),
            (("made", "is to be"), "content of the quote"),
            ("discuss", "content of the statement (AGREE offer arguable)"),
            ("negotiations", "content of the statement (CONSULT negated arguable)"),
            (("agreement", "when agreement"), "content of the statement"),
            ("reached", "content of the statement"),
            (("said", "Howard said another"), "rule-3 attribution (the planned visit and raising are the events)"),
            (("based", "were based"), "stative (content of the statement)"),
            ("deal", "content of the statement"),
            ("welcome", "content of the quote (SUPPORT toward the Japanese firms arguable)"),
            ("compete", "content of the quote"),
            ("allowed", "content of the quote (ACCUSE arguable)"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("Japan", "GPE", "JPN"),
            ("U.S", "GPE", "USA"),
            ("U.K.", "GPE", "GBR"),
            ("Michael Howard", "PERSON", "GBR"),
            (("Howard", "Howard told"), "PERSON", "GBR"),
            ("Nikkei", "ORG", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Toyoo Gyohten", "PERSON", "JPN"),
            (("Howard", "Howard said another"), "PERSON", "GBR"),
            (("Japan", "visit to Japan"), "GPE", "JPN"),
            (("U.K.", "U.K. Financial"), "GPE", "GBR"),
            (("Japanese", "the Japanese market"), "NORP", "JPN"),
            ("London", "GPE", "GBR"),
            (("Tokyo", "in Tokyo"), "GPE", "JPN"),
            ("British", "NORP", "GBR"),
            (("Japanese", "licensed Japanese"), "NORP", "JPN"),
            (("London", "firms in London"), "GPE", "GBR"),
            (("Japan", "freely in Japan"), "GPE", "JPN"),
        ],
    },
    "reuters21578-19511": {
        "events": [
            # 0
            ("STATEMENT", ("said", "officials said"), ("central bank officials", *BOJ_OFFICIALS), None, TYO,
             "1987-06-29", "day", None, "asserted", None,
             "the Bank bought CDs today to show its easy-money stance (a monetary operation: no type, so the "
             "reporting clause is the record, rule 4); identifiable officials of a named body (EVENTS.md 4); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", "told", ("a senior central bank official", *BOJ_OFFICIALS), None, TYO,
             "1987-06-29", "day", None, "asserted", None,
             "the operation's purpose (quote); Reuters is the audience, not an actor2; DCT"),
            # 2
            ("STATEMENT", ("said", "today, the officials said"), (("the officials", "today, the officials"), *BOJ_OFFICIALS),
             None, TYO,
             "1987-06-29", "day", None, "asserted", None,
             "the bill purchases (monetary operation, new content); DCT"),
            # 3
            ("STATEMENT", ("said", "prices,\nthe officials said"), (("the officials", "prices,\nthe officials"), *BOJ_OFFICIALS),
             None, TYO,
             "1987-06-29", "day", None, "asserted", None,
             "the Bank's concern about rate expectations (new content); DCT"),
        ],
        "skip": [
            ("bought", "CD purchase (monetary operation)"),
            ("show", "content (purpose of the monetary operation)"),
            ("maintain", "content (monetary policy)"),
            ("operation", "the CD operation (monetary operation), content of the quote"),
            ("designed", "content of the quote"),
            ("reassure", "content of the quote"),
            ("changed", "content of the quote (negated)"),
            (("bought", "also bought"), "bill purchase (monetary operation)"),
            ("smooth out", "content (purpose of the monetary operation)"),
            ("concerned", "content of the statement"),
            ("plunge", "market movement"),
            (("said", "money traders said"), "anonymous-source talk (money traders)"),
            ("shrugged off", "market reaction (content of anonymous talk)"),
            (("said", "pct, they said"), "anonymous-source talk (money traders)"),
            (("said", "operation, they said"), "anonymous-source talk (money traders)"),
            (("said", "The money traders said"), "anonymous-source talk (money traders)"),
            ("live up", "content of anonymous talk"),
            ("pledge", "background nominal (Japan's pledge; AGREE arguable), inside anonymous talk"),
            (("said", "bank manager said"), "anonymous-source talk (an unnamed bank manager)"),
            ("adding", "anonymous-source talk (the unnamed bank manager)"),
            ("ease", "content of anonymous talk"),
            (("said", 'being," he said'), "anonymous-source talk (the unnamed bank manager)"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("Japan", "Japan's pledge"), "GPE", "JPN"),
        ],
    },
    "reuters21578-9220": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Sumita\nsaid"), ("Bank of Japan governor Satoshi Sumita", *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "assessment: rates almost within the Paris levels; wire style: DCT, dateline city"),
            # 1
            ("AGREE", "agreed", ("six major nations", None, "GOV"), None, ("Paris", "FRA"),
             "1987-02", "month", "last month", "asserted", None,
             "the levels agreed to by six major nations last month in Paris (the Paris accord: a participle with its "
             "own agent and date, 33b; a group: null, no actor2)"),
            # 2
            ("STATEMENT", ("said", "he said current"), (("he", "he said current"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "current rates almost reflect fundamentals (answer to a question); DCT"),
            # 3
            ("STATEMENT", ("told", "Sumita told"), (("Sumita", "Sumita told"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "major nations have cooperated for currency stability (concerted intervention: monetary, content); DCT"),
            # 4
            ("STATEMENT", "repeated", (("He", "He repeated"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "the central bank will intervene if necessary (monetary operation: content); DCT"),
            # 5
            ("STATEMENT", "adding", (("He", "He repeated"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "a dollar free-fall unlikely (second reporting clause, EVENTS.md 3); DCT"),
            # 6
            ("STATEMENT", ("said", "But Sumita said"), (("Sumita", "But Sumita said"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "he could not say what levels are in line with fundamentals (one asserted record; a negated STATEMENT "
             "on 'say' arguable); DCT"),
            # 7
            ("AGREE", ("agreed", "West Germany agreed"),
             ("Britain, Canada, France, Japan, the U.S. And West Germany", None, "GOV"), None, ("Paris", "FRA"),
             "1987-02-22", "day", "February 22", "asserted", 1,
             "later mention of the Paris accord with its own date (EVENTS.md 21); the six named countries kept as one "
             "group record (8a's G-7 list; EVENTS.md 12's split arguable)"),
            # 8
            ("STATEMENT", ("said", "Sumita said he could not find"), (("Sumita", "Sumita said he could not find"), *SUMITA_HE),
             None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "no specific reasons for the dollar's fall; DCT"),
            # 9
            ("STATEMENT", ("said", "But he said the market"), (("he", "But he said the market"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "the market rushed to sell dollars (second reporting clause); DCT"),
            # 10
            ("STATEMENT", ("said", "Baker said"), ("U.S. Treasury Secretary James Baker", "USA", "GOV"), None, None,
             "1987-03", "month", "over the weekend", "asserted", None,
             "the Paris pact did not encompass fixed targets; 'over the weekend' from Wed 1987-03-25 = 21-22 March, "
             "kept at its month (EVENTS.md 21); no place in the text"),
            # 11
            ("STATEMENT", "called", ("U.S. Trade Representative Clayton Yeutter", "USA", "GOV"), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "U.S./Japan relations very strained (an assessment, not a charge; ACCUSE -> JPN arguable); no time "
             "expression: DCT, dateline city (rule 2)"),
            # 12
            ("STATEMENT", ("said", "mid-January, Sumita said"), (("Sumita", "mid-January, Sumita"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "why the market reacted nervously; DCT"),
            # 13
            ("STATEMENT", ("added", "He added"), (("He", "He added"), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "no expectation of continued instability; DCT"),
            # 14
            ("STATEMENT", ("added", "he added."), (("he", "he added."), *SUMITA_HE), None, TYO,
             "1987-03-25", "day", None, "asserted", None,
             "the Bank of Japan will keep a close watch on rates (monetary policy: content); DCT"),
        ],
        "skip": [
            ("Asked", "question (part of the reporting clause's frame)"),
            ("cooperated", "concerted currency cooperation (monetary, EVENTS.md 10), content of the statement"),
            (("agreement", "Paris\nagreement"), "anaphoric nominal (the Paris accord)"),
            ("stipulated", "a document's content (the accord), not a speech act"),
            (("cooperate", "closely cooperate"), "content of the accord"),
            ("intervene", "currency intervention (monetary operation), content"),
            (("say", "could not say"), "content of the statement (withheld; a negated STATEMENT arguable)"),
            (("cooperate", "agreed to cooperate"), "content of the accord"),
            ("hold", "content of the accord"),
            (("fall", "the fall of"), "market movement"),
            ("rushed", "market activity (content)"),
            ("sell", "market activity (content)"),
            (("reacted", "nervously reacted"), "market activity (content)"),
            ("statements", "background nominal (unattributed statements abroad)"),
            (("pact", "Paris pact"), "anaphoric nominal (the Paris accord)"),
            ("encompass", "content of the statement"),
            (("reacted", "market reacted"), "market movement (content)"),
            ("moving", "market movement"),
            ("keep a close watch", "content of the statement (monetary policy)"),
            (("accord", "Paris accord"), "anaphoric nominal (the Paris accord)"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("Satoshi Sumita", "PERSON", "JPN"),
            (("Paris", "month in Paris"), "GPE", "FRA"),
            (("Sumita", "Sumita told"), "PERSON", "JPN"),
            (("Paris", "with the Paris"), "GPE", "FRA"),
            (("Sumita", "But Sumita"), "PERSON", "JPN"),
            (("Paris", "In Paris"), "GPE", "FRA"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            (("Japan", "France, Japan"), "GPE", "JPN"),
            (("U.S.", "the U.S. And"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Sumita", "Sumita said he could not find"), "PERSON", "JPN"),
            (("U.S.", "U.S. Treasury"), "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            (("Paris", "the Paris pact"), "GPE", "FRA"),
            (("U.S.", "U.S. Trade"), "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("U.S", "U.S/Japan"), "GPE", "USA"),
            (("Japan", "U.S/Japan"), "GPE", "JPN"),
            (("Sumita", "mid-January, Sumita"), "PERSON", "JPN"),
            (("Bank of Japan", "The Bank of Japan will"), "ORG", "JPN"),
            (("Paris", "the Paris accord"), "GPE", "FRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
