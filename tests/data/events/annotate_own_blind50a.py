"""Build ``own_blind50a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind50a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 49 (2395 left); 24 drawn with random.Random(50101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
33 event records (32 first mentions, 1 later mention), 126 not_annotated spans, 131 entity mentions
(GPE 73, ORG 44, NORP 8, PERSON 6); one article without events (16111, Bank of Japan intervention reported
by dealers); 14109 (Bundesbank capital account) has STATEMENTs only. Types: STATEMENT 16, AGREE 6,
CONSULT 5, ASSAULT 2, REQUEST 1, THREATEN 1, SUPPORT 1, COOPERATE 1; modality: asserted 30, planned 2,
negated 1; precision: day 21, unknown 8, month 3, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; no anchor matched a wrong place: "met" of "which met" and
"German" of "purchases of German" were anchored past "metal" and "West Germany" from the start). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("William Crowe, chairman of the U.S. Joint Chiefs of
Staff": the PERSON and the ORG; "Board of Foreign Trade director Vincent Siew": the ORG and the PERSON); a
body with its country word is one ORG span ("U.S. Joint Chiefs of Staff", "U.S. Securities and Exchange
Commission"), but a generic "Government" is not ("U.K. Government sources": GPE "U.K.", 43b's "Egyptian
Government credit"); bracketed company names are tagged without the brackets, tickers left out; possessive
's left out; "U.S." in "U.S. Dlrs" / "U.S. Dollar" / "U.S. Market" / "U.S. Prime rate", "Taiwan" in "Taiwan
dollar" and "Paris" in "Paris accord" are GPEs (21b/33b/36a, 19b/26a); "U.S" without its final point GPE
USA (21a). Countries: Taiwan, Taipei, the Board of Foreign Trade and Vincent Siew TWN; the United States,
Washington USA; "Western" NORP null (19b), Reuters ORG GBR; William Crowe, the U.S. Joint Chiefs of Staff
and the American Stock Exchange USA, Iran GPE / "Iranian" NORP IRN; the Group of 10 / G-10, the Group of
Seven / G-7 (also the lower-case "group of seven", the group's name, tagged: arguable) and the
"International Monetary Fund Interim Committee" (one span, as 40a's "IMF Interim Committee") ORG null, the
eleven member countries GPE by their codes ("the Netherlands": GPE "Netherlands" NLD); West Germany /
Germany GPE DEU, "German" NORP DEU, the Bundesbank ORG DEU, the European Community ORG null; Alaska Housing
Finance Corp ORG USA (a state-backed public corporation), Alaska and San Francisco GPE USA, Merrill Lynch
Capital Markets / "Merrill Lynch" / "Merrill" in the LONDON story ORG GBR (9b/18a: its London arm),
Credit Lyonnais ORG FRA, Swiss Bank Corporation (its San Francisco branch) and Swiss Bank Corporation
International Ltd ORG CHE, Salomon Brothers International Ltd ORG USA (as Shearson Lehman Brothers
International, 18a); the London Interbank Offered Rate / Libor is a rate, not an entity; the Bank of Japan
ORG JPN; Britain, the U.K., London GPE GBR, the Department of Trade and Industry / DTI and the London
International Financial Futures Exchange ORG GBR, Japan, Tokyo GPE JPN, Japan's Finance Ministry ORG JPN,
Holland GPE NLD, Hong Kong GPE HKG, the U.S. Securities and Exchange Commission / SEC ORG USA; "Australian"
NORP AUS, Industrial Equity Ltd / IEL and its IEL Finance Ltd unit ORG AUS, Merrill Lynch Capital Markets
in the SYDNEY story ORG USA (it arranges a facility for a U.S. domestic-market issue, the U.S. arm; GBR as
in the London stories arguable), Sumitomo Trust and Banking Co Ltd ORG JPN. Currencies, the LOC and the
euronotes are not entities.

Judgement calls made here:
* 5183 (Taiwan: U.S. wants Taiwan dollar to rise, DCT Sun 1987-03-15 from published_at, TAIPEI; the
  dateline's "March 16" is the day after): "The United States wants Taiwan's currency to appreciate faster
  ..., A senior trade official said" is REQUEST USA GOV -> TWN GOV on "wants" (pressure on an identified
  party; the official, TWN GOV by context, relays it: "said" rule-3 attribution), undated (a present-tense
  standing demand, 17/18's "is insisting"). "Siew told reporters on Saturday U.S. Officials told him in
  Washington last week that unless Taiwan allowed its dollar to rise faster it would face retaliation" is
  THREATEN USA GOV -> Siew ("him", TWN GOV) on the second "told" (a conditional threat is itself asserted),
  1987-03 ("last week", kept at its month, EVENTS.md 21), located in Washington; Siew's "told reporters on
  Saturday" is rule-3 attribution (the warning is the act). "Siew returned from Washington on Friday" is the
  end of his visit (skipped: a CONSULT for the visit arguable, no visit clause of its own). "after the U.S
  responded to Taiwan's request ... by promising further talks in May" is AGREE USA GOV -> TWN GOV on
  "promising" (a promise), undated ("after" gives no value); "responded" is its frame, Taiwan's "request" a
  background nominal (REQUEST arguable) and "further talks in May" content of the promise (all skipped).
  "Washington signed a three-year accord with Taipei last year" is AGREE USA -> TWN, 1986 (year). "Siew said
  the Taiwan dollar had risen" is a STATEMENT (TWN GOV, DCT, TAIPEI; wire style, not placed in Saturday's
  briefing). "amid indications Washington was seeking a major rise" is hedged background (skipped; the
  U.S. demand is coded on "wants"). "Western trade sources told Reuters Taiwan and the U.S. Have been
  holding talks on the currency issue" names its agents, so the talks are coded though the sources are
  anonymous (23b/35a/43b): CONSULT TWN -> USA on "talks" (first-named first), undated (relayed); the
  sources' "told" and "added" are skipped. Currency moves are market movements.
* 20959 (Crowe predicts Iranian response, DCT Mon 1987-10-19, WASHINGTON; he spoke to an American Stock
  Exchange conference, no place given: dateline city): "Crowe ... predicted Iran will retaliate" and
  "though he said Iranian options were limited" are two STATEMENTs (a forecast and a second reporting
  clause, EVENTS.md 3; USA MIL), DCT; Iran's retaliation is content of the forecast (skipped). The
  unattributed quote ("They will be determined ... let me stress for you that our commitment there is not
  going to be risk free") has no reporting clause: "stress" is skipped (a STATEMENT arguable). "He said the
  most likely Iranian response would involve terrorism or the laying of mines" and '"They obviously will
  look for ways ...," Crowe told an American Stock Exchange conference' are two STATEMENTs (the quote adds
  the 'silent hand'; a later mention of the former arguable, same_as not scored). "He declined comment on a
  reporter's query whether he favored a stronger move against Iran than that ordered by the president" is a
  withheld STATEMENT (negated, trigger "comment"); the question, the stronger move and the president's order
  are content (skipped). '"We carried out the operation that was decided upon and we carried it out with
  enthusiasm ...," Crowe said' is ASSAULT USA MIL -> Iran (implied, IRN: the strike on its oil platform) on
  the first "carried out", with the second "carried it out" a later mention (a second clause asserting the
  same act), undated (no time expression; the lead's "the U.S. strike against its oil platform" is a bare
  background nominal, skipped); "Crowe said" is rule-3 attribution (EVENTS.md 1) and "I think it was
  professionally and well done" part of the same quote.
* 15621 (G-10 welcomes G-7 agreement, DCT Thu 1987-04-09, WASHINGTON): "The Group of 10 developed nations
  issued a communique welcoming the reaffirmation of the Paris accord ... by the Group of Seven ...
  yesterday" is SUPPORT G-10 (null IGO) -> G-7 (null IGO) on "welcoming" (praise of another actor's act,
  12a/43b's "welcomed"; "issued" and "communique" part of the reporting clause, skipped), 1987-04-09 with
  date_text "this morning" (the communique "issued this morning", next sentence), WASHINGTON. The
  "reaffirmation ... by the Group of Seven ... yesterday" is a nominal with its own agent and date (EVENTS.md
  11): AGREE G-7 (null, no actor2, as own_blind3's Paris accord and 12a's "reaffirmed U.S. backing"),
  1987-04-08; the "Paris accord" itself a bare background nominal (skipped). "In the communique issued this
  morning, the G-10 said ..." is a STATEMENT (an assessment, new content), 1987-04-09 ("this morning").
  "The G-10 includes" is stative. The anonymous sources' "said" and the "reference ... added" they describe
  are skipped, their "G-10 conference" a nominal of the meeting coded on "met". "The G-10 met briefly" is
  CONSULT G-10 (null, no actor2: 40a's meetings of the Group of 10 and the IMF Interim Committee),
  1987-04-09 ("this morning", the conference's), no place in the text (location null); "the International
  Monetary Fund Interim Committee meeting scheduled for today" is CONSULT null, planned, 1987-04-09
  ("today", 40a).
* 14109 (Bundesbank capital account figures, DCT Tue 1987-04-07, FRANKFURT): a statistics release:
  "the Bundesbank said", "the Bundesbank said in a statement", "The Bundesbank confirmed the German trade
  surplus widened" and "the bank said" are four STATEMENTs (DEU GOV, DCT, FRANKFURT; each reporting clause a
  record, each with new figures); foreigners' purchases and sales, banks' exports of funds, companies'
  asset increases, public authorities' receipts and the payments to the EC budget are statistics or market
  activity by unnamed actors (skipped).
* 12072 (Alaska Housing Finance credit and euro-CP, DCT Wed 1987-04-01, LONDON): "Alaska Housing Finance
  Corp signed a 150 mln dlr revolving credit facility and a 150 mln dlr euro-commercial paper program,
  Merrill Lynch Capital Markets said" is AGREE on "signed" (19b's ONGC "signed for a ... credit": the
  borrower first, the lenders implied, null: the banks named later are U.S., Swiss and French), undated
  (no time expression, rule 17), Merrill Lynch's "said" rule-3 attribution (18a/3745's lead-manager
  STATEMENT for a loan launch arguable: here the borrower has signed). The facility's terms, the
  coordinator, agent, lead-manager, arranger and dealer roles are corporate finance (skipped; COOPERATE
  for the roles arguable); "Merrill Lynch noted that it would not seek to issue the notes with a margin in
  excess of 0.2125 pct" is a STATEMENT (GBR BUS, DCT, LONDON; terms).
* 16111 (Bank of Japan buys dollars, DCT Mon 1987-04-13, TOKYO): no event: the Bank of Japan's buying, buy
  orders and intervention are monetary operations (EVENTS.md 10) and every speaker is an anonymous dealer
  ("dealers said", "they said", "they added": skipped); the dollar's moves are market movements.
* 15089 (U.K. seeks securities co-operation, DCT Wed 1987-04-08, LONDON): "Britain intends to negotiate
  further agreements ..., government sources said": the sources are anonymous (EVENTS.md 4, skipped) but
  the act names its agent, so it is coded (23b/35a): CONSULT GBR GOV on "negotiate", planned ("intends
  to"), partners unnamed (actor2 null), undated (relayed). "The Department of Trade and Industry said
  earlier it had concluded a memorandum of understanding with Japan's Finance Ministry" is AGREE GBR GOV ->
  JPN GOV on "concluded" ("said" rule-3 attribution), 1987-04-08 dated by "Today's agreement" (last
  paragraph; "earlier" today). "The DTI said it hoped to seek further understandings with other countries"
  is a STATEMENT (a hope, not an asserted or planned act: "seek" skipped, CONSULT hypothetical arguable;
  DCT, LONDON); "other countries which met in the U.K. Last December" is CONSULT (a group: null, no actor2),
  1986-12 ("Last December" in April 1987), located in the U.K.; "The meeting involved delegates" is its
  anaphoric nominal (skipped). "A U.K. Agreement with the U.S. Securities and Exchange Commission (SEC) was
  signed last September" is AGREE GBR GOV ("U.K.") -> USA GOV (the SEC), 1986-09. The "Government sources"
  and "U.K. Government sources" are anonymous (their "said" skipped); "the deal", "Today's agreement" and
  "The agreement covers" are anaphoric nominals of the MOU, its scope, binding force and entry into force
  stative (skipped).
* 265 (IEL note/commercial paper issue, DCT Sun 1987-03-01 from published_at, SYDNEY; the dateline's
  "March 2" is the day after): "Industrial Equity Ltd ... said it will raise 100 mln U.S. Dlrs by the issue
  of medium term notes" is a STATEMENT (a note issue is corporate finance: "raise"/"issue" skipped;
  own_blind2's lead-manager call), DCT, SYDNEY. "IEL has mandated Merrill Lynch Capital Markets to arrange a
  letter of credit (LOC) facility" is COOPERATE AUS BUS -> USA BUS (11b's mandate), undated ("has
  mandated"), "the company said in a statement" rule-3 attribution. "Merrill Lynch will be the note and
  paper dealer and Sumitomo Trust ... will provide the LOC" are corporate finance roles (skipped: AID planned
  for the LOC, COOPERATE for the dealer arguable, as 18a/3745 skipped dealer and syndication roles). "The
  term of the LOC is five years ..., IEL said" and "The LOC will be underwritten by a group of banks ...,
  it added" are two STATEMENTs (terms; AUS BUS, DCT, SYDNEY).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind50a.jsonl"

TPE = ("TAIPEI", "TWN")
WAS = ("WASHINGTON", "USA")
FRA = ("FRANKFURT", "DEU")
LON = ("LONDON", "GBR")
SYD = ("SYDNEY", "AUS")

CROWE_HE = "USA", "MIL"
G10 = ("The Group of 10 developed nations", None, "IGO")
G7 = ("the Group of Seven leading industrial democracies", None, "IGO")
BUBA = ("the Bundesbank", "DEU", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5183": {
        "events": [
            # 0
            ("REQUEST", "wants", ("The United States", "USA", "GOV"), ("Taiwan", "TWN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. wants Taiwan's currency to appreciate faster (pressure on an identified party); relayed by a "
             "senior Taiwan trade official ('said' rule-3 attribution); a present-tense standing demand: undated "
             "(17/18's 'is insisting')"),
            # 1
            ("THREATEN", ("told", "Officials told"), ("U.S. Officials", "USA", "GOV"), (("him", "told him"), "TWN", "GOV"),
             ("Washington", "USA"),
             "1987-03", "month", "last week", "asserted", None,
             "U.S. officials told Siew that unless Taiwan let its dollar rise faster it would face retaliation (a "
             "conditional threat is itself asserted); 'last week' kept at its month (EVENTS.md 21); in Washington; "
             "Siew's 'told reporters on Saturday' is rule-3 attribution"),
            # 2
            ("AGREE", "promising", (("U.S", "after the U.S"), "USA", "GOV"),
             (("Taiwan", "to Taiwan's request"), "TWN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. responded to Taiwan's textile quota request by promising further talks in May (a promise); "
             "'after' Siew's return gives no value: undated"),
            # 3
            ("AGREE", "signed", (("Washington", "Washington signed"), "USA", "GOV"), ("Taipei", "TWN", "GOV"), None,
             "1986", "year", "last year", "asserted", None,
             "three-year textile accord signed last year (1986)"),
            # 4
            ("STATEMENT", ("said", "Siew said"), (("Siew", "Siew said"), "TWN", "GOV"), None, TPE,
             "1987-03-15", "day", None, "asserted", None,
             "the Taiwan dollar had risen about 15 pct since September 1985 (statistics); wire style: DCT (from "
             "published_at, not the dateline's March 16), dateline city"),
            # 5
            ("CONSULT", ("talks", "holding talks"), (("Taiwan", "Reuters Taiwan"), "TWN", "GOV"),
             (("U.S.", "the U.S. Have"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Taiwan and the U.S. have been holding talks on the currency (named agents inside anonymous sources' "
             "talk: coded, 23b/35a/43b); relayed, no time expression: undated"),
        ],
        "skip": [
            ("appreciate", "content of the U.S. demand"),
            ("reduce", "purpose of the demand"),
            (("said", "official said"), "attribution of the U.S. demand (rule 3)"),
            (("told", "told reporters"), "attribution of the U.S. warning (rule 3); 'on Saturday' dates the telling"),
            ("allowed", "condition of the threat"),
            ("retaliation", "content of the threat"),
            ("returned", "end of Siew's Washington visit (a CONSULT for the visit arguable; no visit clause)"),
            ("responded", "frame of the promise (coded on 'promising')"),
            ("request", "background nominal: Taiwan's request for higher textile quotas (REQUEST arguable, undated)"),
            ("increase", "content of the request"),
            (("talks", "further talks"), "content of the promise (CONSULT planned arguable)"),
            ("Hit", "statistics"),
            ("limiting", "content of the accord"),
            ("risen", "market movement (content of the statement)"),
            ("surged", "market movement"),
            ("seeking", "hedged background ('amid indications'); the U.S. demand is coded on 'wants'"),
            ("rose", "market movement"),
            ("close", "market movement"),
            (("told", "sources told"), "anonymous-source talk (Western trade sources)"),
            ("added", "anonymous-source talk (Western trade sources)"),
            (("wants", "Washington wants"), "content of anonymous-source talk"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Taiwan", "GPE", "TWN"),
            (("Taiwan", "reduce Taiwan"), "GPE", "TWN"),
            (("U.S.", "with the U.S.,"), "GPE", "USA"),
            ("Board of Foreign Trade", "ORG", "TWN"),
            ("Vincent Siew", "PERSON", "TWN"),
            (("U.S.", "U.S. Officials"), "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            (("Taiwan", "unless Taiwan"), "GPE", "TWN"),
            (("Siew", "Siew returned"), "PERSON", "TWN"),
            (("Washington", "returned from Washington"), "GPE", "USA"),
            (("U.S", "after the U.S"), "GPE", "USA"),
            (("Taiwan", "to Taiwan's request"), "GPE", "TWN"),
            (("Taiwan", "Taiwan's surplus"), "GPE", "TWN"),
            (("U.S.", "the U.S. Hit"), "GPE", "USA"),
            (("U.S.", "U.S. Dlrs"), "GPE", "USA"),
            (("Washington", "Washington signed"), "GPE", "USA"),
            ("Taipei", "GPE", "TWN"),
            (("Siew", "Siew said"), "PERSON", "TWN"),
            (("Taiwan", "the Taiwan dollar had"), "GPE", "TWN"),
            (("U.S.", "against the U.S. Dollar since"), "GPE", "USA"),
            (("Washington", "indications Washington"), "GPE", "USA"),
            (("U.S.", "against the U.S. Dollar on"), "GPE", "USA"),
            ("Western", "NORP", None),
            ("Reuters", "ORG", "GBR"),
            (("Taiwan", "Reuters Taiwan"), "GPE", "TWN"),
            (("U.S.", "the U.S. Have"), "GPE", "USA"),
            (("Washington", "how far Washington"), "GPE", "USA"),
            (("Taiwan", "see the Taiwan"), "GPE", "TWN"),
        ],
    },
    "reuters21578-20959": {
        "events": [
            # 0
            ("STATEMENT", "predicted", ("William Crowe", *CROWE_HE), None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "forecast: Iran will retaliate for the U.S. strike; wire style: DCT; no place given for the conference: "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "though he said"), (("he", "though he said"), *CROWE_HE), None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "second reporting clause: Iranian options were limited (EVENTS.md 3); DCT"),
            # 2
            ("STATEMENT", ("said", "He said the most"), (("He", "He said the most"), *CROWE_HE), None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "forecast: the likely Iranian response would involve terrorism or mines; DCT"),
            # 3
            ("STATEMENT", "told", (("Crowe", "Crowe told"), *CROWE_HE), None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "quote: Iran will look for 'silent hand' ways (new wording; a later mention of e3 arguable); the "
             "conference is the audience; DCT"),
            # 4
            ("STATEMENT", "comment", (("He", "He declined"), *CROWE_HE), None, WAS,
             "1987-10-19", "day", None, "negated", None,
             "withheld statement: declined comment on whether he favored a stronger move (EVENTS.md 5); DCT"),
            # 5
            ("ASSAULT", "carried out", (("We", "We carried out"), *CROWE_HE), (None, "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "'We carried out the operation': the U.S. strike on Iran's oil platform (Iran implied); 'Crowe said' is "
             "rule-3 attribution; no time expression: undated"),
            # 6
            ("ASSAULT", ("carried", "we carried it out"), (("we", "we carried it out"), *CROWE_HE),
             (None, "IRN", "GOV"), None,
             None, "unknown", None, "asserted", 5,
             "later mention: 'we carried it out with enthusiasm' (a second clause asserting the same operation)"),
        ],
        "skip": [
            ("retaliate", "content of the forecast (Iran's expected retaliation)"),
            ("strike", "bare background nominal: the U.S. strike on the oil platform (coded on 'carried out')"),
            ("deterred", "content of the unattributed quote"),
            ("stress", "speech verb inside an unattributed quote (no reporting clause; STATEMENT arguable)"),
            ("commitment", "stative (the U.S. commitment in the Gulf)"),
            ("response", "content of the forecast"),
            ("laying", "content of the forecast"),
            ("look for", "content of the quote (forecast)"),
            ("query", "a reporter's question"),
            ("favored", "content of the question"),
            ("move", "content of the question"),
            ("ordered", "the president's order of the strike, inside the question"),
            ("decided", "the decision on the operation (content of the quote; internal to the U.S. government)"),
            ("think", "part of the quote (assessment of the operation)"),
            (("said", "Crowe said"), "attribution of the operation (rule 3)"),
        ],
        "entities": [
            ("William Crowe", "PERSON", "USA"),
            ("U.S. Joint Chiefs of Staff", "ORG", "USA"),
            ("Iran", "GPE", "IRN"),
            (("U.S.", "U.S. strike"), "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            (("Iranian", "Iranian response"), "NORP", "IRN"),
            (("Crowe", "Crowe told"), "PERSON", "USA"),
            ("American Stock Exchange", "ORG", "USA"),
            (("Iran", "against Iran"), "GPE", "IRN"),
            (("Crowe", "Crowe said"), "PERSON", "USA"),
        ],
    },
    "reuters21578-15621": {
        "events": [
            # 0
            ("SUPPORT", "welcoming", G10, G7, WAS,
             "1987-04-09", "day", "this morning", "asserted", None,
             "the G-10 communique welcoming the G-7's reaffirmation of the Paris accord (praise of another actor's act, "
             "12a/43b's 'welcomed'); 'issued a communique' part of the reporting clause; the communique was 'issued "
             "this morning' (next sentence)"),
            # 1
            ("AGREE", "reaffirmation", G7, None, None,
             "1987-04-08", "day", "yesterday", "asserted", None,
             "the G-7's reaffirmation of the Paris accord yesterday (a nominal with its own agent and date, EVENTS.md "
             "11; a group agreeing: null, no actor2, own_blind3's Paris accord; 12a's 'reaffirmed' = AGREE)"),
            # 2
            ("STATEMENT", ("said", "the G-10 said"), (("the G-10", "the G-10 said"), None, "IGO"), None, WAS,
             "1987-04-09", "day", "this morning", "asserted", None,
             "the communique: currency stability would improve members' prospects (assessment, new content)"),
            # 3
            ("CONSULT", "met", (("The G-10", "The G-10 met"), None, "IGO"), None, None,
             "1987-04-09", "day", "this morning", "asserted", None,
             "the G-10 met briefly (a multilateral meeting of a group: null, no actor2, 40a); the 'G-10 conference "
             "this morning' of the sources' sentence; no place in the text"),
            # 4
            ("CONSULT", ("meeting", "Interim Committee meeting"),
             ("International Monetary Fund Interim Committee", None, "IGO"), None, None,
             "1987-04-09", "day", "today", "planned", None,
             "the IMF Interim Committee meeting scheduled for today (40a's Interim Committee meeting: CONSULT null; "
             "'scheduled' = planned)"),
        ],
        "skip": [
            ("issued", "part of the reporting clause (the communique's issue)"),
            ("communique", "part of the reporting clause"),
            ("accord", "bare background nominal (the Paris accord, no date here)"),
            (("issued", "communique issued this"), "part of the reporting clause"),
            ("improved", "content of the statement"),
            ("includes", "stative (membership)"),
            ("attended", "anonymous sources' attendance"),
            ("conference", "the G-10 meeting named in the anonymous sources' description (coded on 'met')"),
            (("said", "this morning said"), "anonymous-source talk (sources who attended)"),
            ("agreement", "anaphoric nominal (the G-7 reaffirmation)"),
            (("added", "especially added"), "content of anonymous-source talk (drafting of the communique)"),
            ("benefit", "content of anonymous-source talk"),
            ("scheduled", "part of the planned meeting (coded on 'meeting')"),
        ],
        "entities": [
            ("Group of 10", "ORG", None),
            ("Paris", "GPE", "FRA"),
            ("Group of Seven", "ORG", None),
            ("G-10", "ORG", None),
            (("G-10", "The G-10 includes"), "ORG", None),
            ("group of seven", "ORG", None),
            ("United States", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Britain", "GPE", "GBR"),
            ("Japan", "GPE", "JPN"),
            ("Italy", "GPE", "ITA"),
            ("West Germany", "GPE", "DEU"),
            ("France", "GPE", "FRA"),
            ("Belgium", "GPE", "BEL"),
            ("Netherlands", "GPE", "NLD"),
            ("Sweden", "GPE", "SWE"),
            ("Switzerland", "GPE", "CHE"),
            (("G-10", "attended the G-10"), "ORG", None),
            ("G-7", "ORG", None),
            (("G-10", "all the G-10"), "ORG", None),
            (("G-10", "The G-10 met"), "ORG", None),
            ("International Monetary Fund Interim Committee", "ORG", None),
        ],
    },
    "reuters21578-14109": {
        "events": [
            # 0
            ("STATEMENT", "said", BUBA, None, FRA,
             "1987-04-07", "day", None, "asserted", None,
             "statistics release: long-term capital inflow slumped in February; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the Bundesbank said in"), (("the Bundesbank", "the Bundesbank said in"), "DEU", "GOV"),
             None, FRA,
             "1987-04-07", "day", None, "asserted", None,
             "statistics: short-term flows (second reporting clause, new figures; 'statement' part of it)"),
            # 2
            ("STATEMENT", "confirmed", ("The Bundesbank", "DEU", "GOV"), None, FRA,
             "1987-04-07", "day", None, "asserted", None, "statistics: the trade surplus widened in February"),
            # 3
            ("STATEMENT", ("said", "the bank said"), (("the bank", "the bank said"), "DEU", "GOV"), None, FRA,
             "1987-04-07", "day", None, "asserted", None, "assessment: the narrowing of the surplus was progressing"),
        ],
        "skip": [
            ("slumped", "statistics"),
            ("declining", "statistics (market activity by unnamed foreign buyers)"),
            ("bought", "market activity by unnamed foreigners (statistics)"),
            ("sold", "market activity by unnamed foreigners (statistics)"),
            ("imported", "statistics"),
            (("led", "abroad led"), "statistics"),
            ("exported", "statistics (banks' capital exports)"),
            (("increased", "companies increased"), "statistics"),
            ("received", "statistics"),
            ("statement", "part of the reporting clause"),
            ("recorded", "statistics"),
            (("widened", "surplus widened to 10.45"), "content of the statement (statistics)"),
            ("narrowing", "content of the statement (statistics)"),
            (("fell", "February fell"), "statistics"),
            (("fell", "imports fell"), "statistics"),
            ("grew", "statistics"),
            (("widened", "surplus widened to 6.63"), "statistics"),
            ("narrowed", "statistics"),
            (("led", "income led"), "statistics"),
            (("widened", "payments widened"), "statistics"),
            ("payments to the", "statistics (payments to the EC budget)"),
        ],
        "entities": [
            ("West Germany", "GPE", "DEU"),
            (("German", "purchases of German"), "NORP", "DEU"),
            ("Bundesbank", "ORG", "DEU"),
            (("German", "worth of German"), "NORP", "DEU"),
            (("German", "With German"), "NORP", "DEU"),
            (("Bundesbank", "the Bundesbank said in"), "ORG", "DEU"),
            (("West Germany", "Combining long"), "GPE", "DEU"),
            (("Bundesbank", "The Bundesbank confirmed"), "ORG", "DEU"),
            (("German", "confirmed the German"), "NORP", "DEU"),
            (("Germany", "Germany's current"), "GPE", "DEU"),
            ("European Community", "ORG", None),
        ],
    },
    "reuters21578-12072": {
        "events": [
            # 0
            ("AGREE", "signed", ("Alaska Housing Finance Corp", "USA", "BUS"), (None, None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "signed a revolving credit facility and a euro-CP program (19b's ONGC 'signed for a credit': borrower "
             "first, the lenders implied, null: U.S., Swiss and French banks); no time expression: undated; Merrill "
             "Lynch's 'said' rule-3 attribution (a lead-manager STATEMENT, 18a/3745, arguable)"),
            # 1
            ("STATEMENT", "noted", (("Merrill Lynch", "Merrill Lynch noted"), "GBR", "BUS"), None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "terms: it would not seek to issue the notes above a 0.2125 pct margin; wire style: DCT, dateline city"),
        ],
        "skip": [
            (("said", "Capital Markets said"), "attribution of the signing (rule 3)"),
            ("arrange", "stative description (first U.S. municipality to arrange such facilities)"),
            ("allow", "loan terms"),
            ("acting", "corporate finance role (coordinator of the facility; COOPERATE arguable)"),
            ("lead managed", "corporate finance (lead management of the facility)"),
            (("issue", "borrower to issue"), "loan terms (the borrower's advances)"),
            (("issue", "able to issue"), "loan terms (euronotes)"),
            (("set", "will set"), "loan terms (content)"),
            ("seek", "content of the statement (terms)"),
            ("issuance", "corporate finance (the programme's notes)"),
            ("arranger", "corporate finance role (stative)"),
            (("act", "will act"), "corporate finance role (dealer; COOPERATE arguable)"),
        ],
        "entities": [
            ("Alaska Housing Finance Corp", "ORG", "USA"),
            ("Merrill Lynch Capital Markets", "ORG", "GBR"),
            (("Alaska", "mortgages in Alaska"), "GPE", "USA"),
            (("U.S.", "first U.S."), "GPE", "USA"),
            (("U.S.", "U.S. Market"), "GPE", "USA"),
            (("U.S.", "floating U.S."), "GPE", "USA"),
            ("Credit Lyonnais", "ORG", "FRA"),
            (("Merrill Lynch", "Merrill Lynch is agent"), "ORG", "GBR"),
            ("Swiss Bank Corporation", "ORG", "CHE"),
            ("San Francisco", "GPE", "USA"),
            (("U.S.", "U.S. Dlrs"), "GPE", "USA"),
            (("Alaska Housing Finance", "Although Alaska"), "ORG", "USA"),
            (("Merrill Lynch", "Merrill Lynch noted"), "ORG", "GBR"),
            (("Merrill", "Merrill was"), "ORG", "GBR"),
            ("Salomon Brothers International Ltd", "ORG", "USA"),
            ("Swiss Bank Corporation International Ltd", "ORG", "CHE"),
        ],
    },
    "reuters21578-16111": {
        "events": [],
        "skip": [
            ("bought", "currency intervention (monetary operation)"),
            (("said", "dealers said"), "anonymous-source talk (dealers)"),
            ("placed", "currency intervention (buy orders: monetary operation)"),
            ("prevented", "currency intervention (monetary operation)"),
            ("selling pressure", "market activity by unnamed sellers"),
            (("said", "they said"), "anonymous-source talk (dealers)"),
            ("intervention", "currency intervention (monetary operation)"),
            ("failed", "market outcome of the intervention"),
            ("added", "anonymous-source talk (dealers)"),
            (("trading", "was trading"), "market movement"),
            ("opened", "market movement"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-15089": {
        "events": [
            # 0
            ("CONSULT", "negotiate", ("Britain", "GBR", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "Britain intends to negotiate further securities agreements (named agent inside anonymous government "
             "sources' talk: coded, 23b/35a); partners unnamed: actor2 null; relayed: undated"),
            # 1
            ("AGREE", "concluded", ("The Department of Trade and Industry", "GBR", "GOV"),
             (("Finance Ministry", "Japan's Finance"), "JPN", "GOV"), None,
             "1987-04-08", "day", "Today", "asserted", None,
             "MOU with Japan's Finance Ministry to swap supervisory information; 'said earlier' rule-3 attribution; "
             "dated by 'Today's agreement' (last paragraph)"),
            # 2
            ("STATEMENT", ("said", "The DTI said"), ("The DTI", "GBR", "GOV"), None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "it hoped to seek further understandings with other countries (a hope: CONSULT hypothetical arguable); "
             "wire style: DCT, dateline city"),
            # 3
            ("CONSULT", ("met", "which met"), ("other countries", None, "GOV"), None, ("U.K.", "GBR"),
             "1986-12", "month", "Last December", "asserted", None,
             "the countries which met in the U.K. last December (a multilateral meeting of a group: null, no actor2)"),
            # 4
            ("AGREE", "signed", (("U.K.", "A U.K."), "GBR", "GOV"),
             ("U.S. Securities and Exchange Commission", "USA", "GOV"), None,
             "1986-09", "month", "last September", "asserted", None,
             "the U.K. agreement with the SEC signed last September (1986-09)"),
        ],
        "skip": [
            (("said", "government sources said"), "anonymous-source talk (government sources)"),
            ("match", "content (purpose of the planned agreements)"),
            ("in force", "stative (the existing agreements)"),
            (("said", "Industry said"), "attribution of the MOU (rule 3)"),
            ("swap", "content of the MOU"),
            (("agreement", "The agreement covers"), "anaphoric nominal (the MOU)"),
            ("covers", "stative (scope of the MOU)"),
            ("come under", "stative"),
            (("cover", "does not cover"), "stative (scope of the MOU)"),
            ("seek", "hoped-for content of the statement (CONSULT hypothetical arguable)"),
            (("meeting", "The meeting"), "anaphoric nominal (the December meeting)"),
            ("involved", "stative (participants of the meeting)"),
            (("said", "Government sources said the deal"), "anonymous-source talk (government sources)"),
            ("deal", "anaphoric nominal (the MOU) in anonymous-source talk"),
            ("completes", "content of anonymous-source talk"),
            ("linking", "stative"),
            (("agreement", "Today's agreement"), "anaphoric nominal in anonymous-source talk (its 'Today' dates the MOU)"),
            (("deal", "will deal"), "content of anonymous-source talk"),
            ("requests", "generic (future requests for information)"),
            (("said", "U.K. Government sources said"), "anonymous-source talk (U.K. Government sources)"),
            ("binding", "stative"),
            ("comes into force", "entry into force of the MOU (stative term)"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Department of Trade and Industry", "ORG", "GBR"),
            (("Japan", "with Japan's"), "GPE", "JPN"),
            ("Finance Ministry", "ORG", "JPN"),
            (("Japan", "regulation in Japan"), "GPE", "JPN"),
            (("Finance Ministry", "under the Finance"), "ORG", "JPN"),
            ("London International Financial Futures Exchange", "ORG", "GBR"),
            (("London", "and the London"), "GPE", "GBR"),
            ("DTI", "ORG", "GBR"),
            (("U.K.", "met in the U.K."), "GPE", "GBR"),
            (("U.K.", "from the U.K."), "GPE", "GBR"),
            ("Switzerland", "GPE", "CHE"),
            (("U.S.", "Switzerland, the"), "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Australia", "GPE", "AUS"),
            ("Hong Kong", "GPE", "HKG"),
            (("Japan", "Hong Kong, Japan"), "GPE", "JPN"),
            ("France", "GPE", "FRA"),
            ("West Germany", "GPE", "DEU"),
            ("Holland", "GPE", "NLD"),
            (("Japan", "deal with Japan"), "GPE", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            (("U.S.", "Tokyo, the U.S."), "GPE", "USA"),
            (("London", "And London"), "GPE", "GBR"),
            (("U.K.", "A U.K."), "GPE", "GBR"),
            ("U.S. Securities and Exchange Commission", "ORG", "USA"),
            ("SEC", "ORG", "USA"),
            (("U.K.", "U.K. Government"), "GPE", "GBR"),
        ],
    },
    "reuters21578-265": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Industrial Equity Ltd", "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None,
             "announcement of a 100 mln U.S. dlr note and commercial paper issue (corporate finance: the issue has no "
             "type); wire style: DCT (from published_at, not the dateline's March 2), dateline city"),
            # 1
            ("COOPERATE", "mandated", (("IEL", "IEL has"), "AUS", "BUS"), ("Merrill Lynch Capital Markets", "USA", "BUS"),
             None,
             None, "unknown", None, "asserted", None,
             "IEL mandated Merrill Lynch to arrange an LOC facility (11b's mandate = COOPERATE); 'has mandated', no "
             "time expression: undated; 'the company said in a statement' rule-3 attribution"),
            # 2
            ("STATEMENT", ("said", "IEL said"), (("IEL", "IEL said"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None, "terms: five-year LOC with an evergreen feature; DCT"),
            # 3
            ("STATEMENT", "added", (("it", "it added"), "AUS", "BUS"), None, SYD,
             "1987-03-01", "day", None, "asserted", None, "terms: underwriting banks' fees (new content); DCT"),
        ],
        "skip": [
            ("raise", "corporate finance (note issue), content of the statement"),
            ("issue", "corporate finance (note issue)"),
            ("arrange", "content of the mandate"),
            (("said", "the company said"), "attribution of the mandate (rule 3)"),
            ("statement", "part of the reporting clause"),
            ("issued", "corporate finance (notes issued by its own unit)"),
            ("dealer", "corporate finance role (COOPERATE arguable)"),
            ("provide", "corporate finance role: the LOC provider (AID planned arguable)"),
            ("provides", "stative (LOC term)"),
            ("underwritten", "corporate finance (underwriting by unnamed banks)"),
            ("receive", "loan terms (fees)"),
        ],
        "entities": [
            ("Australian", "NORP", "AUS"),
            ("Industrial Equity Ltd", "ORG", "AUS"),
            ("IEL", "ORG", "AUS"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "in the U.S."), "GPE", "USA"),
            (("IEL", "IEL has"), "ORG", "AUS"),
            ("Merrill Lynch Capital Markets", "ORG", "USA"),
            ("IEL Finance Ltd", "ORG", "AUS"),
            (("Merrill Lynch", "Merrill Lynch will"), "ORG", "USA"),
            ("Sumitomo Trust and Banking Co Ltd", "ORG", "JPN"),
            (("IEL", "IEL said"), "ORG", "AUS"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
