"""Build ``own_blind58a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind58a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2274 left); 24 drawn with random.Random(58101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
25 event records (23 first mentions, 2 later mentions), 105 not_annotated spans, 74 entity mentions
(ORG 30, GPE 18, PERSON 15, NORP 9, LOC 2); one article without events (1112, Dutch money market: dealers'
talk, a weekly return and a monetary operation, a negative); 15272 (SAMBA branch), 6981 (Bank of England)
and 193 (USDA corn bonus) have reporting-clause STATEMENTs only. Types: STATEMENT 15, CONSULT 3, AGREE 3,
THREATEN 2, REJECT 1, REQUEST 1; modality: asserted 20, planned 4, hypothetical 1; precision: day 13,
unknown 8, month 4. Per article (events / not_annotated / entities): 13045 7/29/21, 15272 2/6/13, 353 3/10/8,
19558 4/19/15, 12627 3/8/5, 1112 0/13/4, 6981 1/7/1, 193 5/13/7.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Every repeated anchor ("said", "visit", "letter", "bid",
"Britain", "Japan", "Tokyo", "Nakasone", "Howard", "SAMBA", "Saudi", "OPEC", "Kuwait", "meeting", "pumping",
"IMF", "Argentina", "release", "Sourrouille", "lower", "lowered", "Canadian", "Dutch", "showed", "rose",
"offer", "enrolled", "Lyng") was given a context anchor, and short anchors that occur inside longer words
("row" in "tomorrow", "arm", "he" in "the") were anchored after their context (two wrong first matches,
"he" inside "the tide" for 193's last speaker and a first-pass Nakasone anchor, were found on review
and fixed; none is left in the printed context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles and styles are not part of a PERSON span ("Corporate Affairs Minister Michael Howard", "Prime
Minister Margaret Thatcher", "Sheikh Ali al-Khalifa al-Sabah", "USDA Secretary Richard Lyng": ORG "USDA" +
PERSON, "Sen. Charles Grassley"); "Japanese Prime Minister Yasuhiro Nakasone" and "Argentine Economy
Minister Juan Sourrouille" give NORP + PERSON; "The U.K. government" gives GPE "U.K." and "The Canadian
government" NORP "Canadian" (earlier sets' "U.S. Government" / "British government"); "(R-Iowa)" gives GPE
"Iowa" (14b); company names are tagged with their legal form and without angle brackets ("Royal Bank of
Canada", "Canadian Imperial Bank of Commerce", "Toronto Dominion Bank": one ORG span each, no nested GPE);
the possessive 's is left out ("Japan's", "Britain's", "Nakasone's", "Kuwait's", "Argentina's"); a
government body with its country word is one ORG span ("U.S. Agriculture Department"); lower-case bodies
("the central bank", "the bank", "creditor banks", "the bank steering committee", "the department", "the
conservation reserve program") are not entity spans, but the capitalised "the Bank" (the Dutch central bank)
and "The Treasury" are ORG (earlier sets' "Bank" / "Treasury"); currencies (riyal, Eurocurrency), products,
programmes and the Carnival festival are not entities.
Countries: the U.K., Britain GPE GBR, "British" NORP GBR, Michael Howard / "Howard" and Margaret Thatcher
PERSON GBR, Reuters ORG GBR, Cable and Wireless Plc ORG GBR (11a/12a), Japan and Tokyo GPE JPN,
"Japanese" NORP JPN, Yasuhiro Nakasone / "Nakasone" PERSON JPN; Saudi American Bank / SAMBA ORG SAU (a Saudi
bank, 60 pct Saudi-held), Shaukat Aziz PERSON SAU (its managing director: the firm's country, 37a/53a's
employees), "Saudi" NORP SAU, Citicorp ORG USA, "U.S." GPE USA, the Middle East and Europe LOC null; Kuwait
GPE KWT, Ali al-Khalifa al-Sabah PERSON KWT, al-Qabas ORG KWT (a Kuwaiti daily, "the local daily"), OPEC
ORG null; "Argentine" NORP ARG, Argentina GPE ARG, Juan Sourrouille / "Sourrouille" PERSON ARG, Telam ORG
ARG (the semi-official Argentine news agency), the United States GPE USA (tagged without the article), the
IMF ORG null, William Rhodes PERSON USA (of Citibank; he chairs Argentina's bank steering committee, a
group of creditor banks, but is not an event actor here), Citibank ORG USA; Royal Bank of Canada, Canadian
Imperial Bank of Commerce and Toronto Dominion Bank ORG CAN, "Canadian" NORP CAN, Visa ORG USA (the card
brand's company, 8a/48b); "Dutch" NORP NLD, "The Treasury" and "the Bank" ORG NLD (the Dutch state and
central bank); the Bank of England ORG GBR; the U.S. Agriculture Department / USDA ORG USA, Richard Lyng /
"Lyng" and Charles Grassley PERSON USA, Iowa GPE USA.

Judgement calls made here:
* 13045 (UK minister to Japan, DCT Fri 1987-04-03, LONDON): "political sources said" and "government
  sources said" are anonymous (EVENTS.md 4; skipped, with the U.K. government's hopes and Britain's
  re-examination of the letter as their content). "next week's visit to Tokyo by Corporate Affairs Minister
  Michael Howard" is CONSULT GBR GOV -> Japan (JPN GOV, anchored at "Tokyo"; visitor first, EVENTS.md 13),
  a nominal with its own agent and date (EVENTS.md 11) although it sits in anonymous talk (the visit is
  presupposed, not the sources' claim; skipping it as content arguable), planned, 1987-04 ("next week's":
  6-12 April, one month, EVENTS.md 21), located in Tokyo. "Howard, who leaves for Japan tomorrow" is its
  later mention (the departure for the visit, 32b/38b's "leaves for"), with its own date 1987-04-04
  ("tomorrow"; EVENTS.md 21: a later mention with its own time expression keeps it), planned. "told Reuters
  he will try to promote understanding on trade issues during his visit" is a STATEMENT (an intention with
  no counterpart act; Reuters the audience, not actor2), DCT, LONDON; "his visit" is anaphoric. "a letter
  from Japanese Prime Minister Yasuhiro Nakasone promising personal help in solving the row" is AGREE JPN
  GOV -> Britain (GBR GOV; the letter went to Thatcher) on "promising" (a promise = AGREE, a participle with
  its own agent, presupposed in the anonymous talk; "letter" the vehicle, skipped), undated (no time
  expression, sets 15/16's relayed verbal acts). "Britain's decision to arm itself early with new statutory
  powers which it says could be used against certain Japanese financial institutions" is THREATEN GBR GOV
  -> the Japanese institutions (JPN BUS) on "decision" (taking retaliatory powers for possible use: a
  conditional retaliation readied, asserted; SANCTION arguable; a causal-clause background nominal, skipped,
  also arguable), undated ("early" gives no value); "arm", "says" and "used" are its content. "Britain
  reacted optimistically at first to the letter ..., government officials said" is a STATEMENT by the
  officials (officials of the named government of the story, GBR GOV, EVENTS.md 4's "port officials"): the
  initial reaction is an assessment (skipped; SUPPORT GBR -> JPN arguable), DCT, LONDON; "..., they added"
  (the view clouded by reports from Tokyo) is a second STATEMENT, DCT. The unnamed "reports from Tokyo",
  "Nakasone's assurances" (anaphoric: the letter's promise), "British anger" (background nominal; ACCUSE
  arguable), the row, Cable and Wireless's bid and its launch (background nominals) are skipped.
* 15272 (SAMBA London branch, DCT Wed 1987-04-08, LONDON): the branch opening and the bank's plans and
  activities have no counterpart (no type), so "Shaukat Aziz, SAMBA managing director said" and "He told
  Reuters" are two STATEMENTs (SAU BUS, DCT, LONDON); the ownership sentence is stative.
* 353 (Kuwait on OPEC, DCT Mon 1987-03-02, KUWAIT): every clause comes from one newspaper interview
  ("said in a newspaper interview", "was quoted by the local daily al-Qabas as saying"), so all three
  records are relayed speech with no date of their own: undated, location null (55b's Schlesinger
  interview; DCT for the lead's "said" arguable). "Kuwait's oil minister said ... there were no plans for an
  emergency OPEC meeting" is a STATEMENT KWT GOV (the meeting not planned is content; CONSULT negated
  arguable); the quote "none of the OPEC members has asked for such a meeting" is a second STATEMENT on
  "quoted" (23b/26b's trigger; a different proposition from the lead's, so a first mention; a later mention
  arguable), "asked" its content (REQUEST negated arguable), "saying" part of the relayed clause; "He also
  denied that Kuwait was pumping above its OPEC quota" is REJECT KWT GOV (denying an allegation), actor2
  null (the allegation's source, the traders' and analysts' estimates, is anonymous). The price fall and
  the traders' and analysts' estimates are market movement and anonymous talk.
* 19558 (Sourrouille's trip, DCT Mon 1987-06-29, BUENOS AIRES): "Sourrouille left at the weekend for the
  United States for talks with creditor banks and the IMF" is one CONSULT on "talks" (15a/33b's "leaves ...
  for talks"; "left" skipped as part of it), ARG GOV -> the banks and the IMF (one record: both without
  country, EVENTS.md 12; kind IGO), planned, dated by the departure: "at the weekend" (27-28 June) at month
  precision, 1987-06 (16b/17a's weekends), located in the United States; Telam's "said" is rule-3
  attribution. "It said Sourrouille would urge the IMF to release a 480 mln dlrs compensatory loan ..." is
  REQUEST ARG GOV -> IMF (null IGO), planned, undated (no time expression of its own; placing it inside the
  trip's talks, 1987-06, arguable), "said" attribution, the release and loans its content. The delayed
  release (passive, no acting actor), "Argentina's failure to win final approval to a 1.95 billion dlr
  loan" (a causal-clause nominal; AGREE negated arguable) and the disbursement are skipped. "Banks have
  pledged 97 pct of the 1.95 billion dlr loan" is AGREE (a pledge = promise, 29a/45a; AID arguable) by the
  creditor banks (null BUS) -> Argentina (implied ARG GOV), undated (present perfect, rule 17); "the IMF has
  not yet defined what amount constitutes the critical mass" is the IMF's own pending decision (skipped;
  STATEMENT negated arguable). "William Rhodes of Citibank, said on Friday he thought the loan agreement
  with Argentina could be signed in August" is AGREE ARG GOV (the first-named party) -> the creditor banks
  (implied, null BUS) on "signed", hypothetical ("could", 34b/36a), 1987-08 ("in August", the next August),
  with "said" rule-3 attribution (56b's "Citibank said Mexico's financing package will be signed on March
  20"; "on Friday" dates the saying) and "thought" part of it.
* 12627 (Royal Bank lowers its card rate, DCT Thu 1987-04-02, MONTREAL): as 48b's CIBC story, the banks'
  rate cuts and the retained fee are their own price setting (no type; a RETREAT toward the Canadian
  government arguable), so "Royal Bank of Canada said" and "The bank said" are STATEMENTs (CAN BUS, DCT,
  MONTREAL). "The Canadian government last month threatened to legislate lower credit card rates if
  financial institutions did not voluntarily do so" is THREATEN CAN GOV -> the financial institutions (CAN
  BUS, 48b), asserted (a conditional threat is itself asserted), 1987-03 ("last month"), location null;
  "the government warning" is its anaphoric nominal. The guideline splitter does not split before
  "<Toronto Dominion Bank>" (a bracket "<" is not a sentence start), so the threat's sentence runs to the
  end of the text.
* 1112 (Dutch money market, DCT Tue 1987-03-03, AMSTERDAM): no event (a negative). The central bank's
  weekly return "showed" is a document (own_blind2), the flows and rates are statistics or market
  movement, the public's cash withdrawals have no identifiable actor, the special advances "set by the
  Bank yesterday" are a monetary operation (EVENTS.md 10), and every "said" / "added" / "expect" is the
  dealers' (anonymous).
* 6981 (Bank of England, DCT Thu 1987-03-19, LONDON): "said it forecast a shortage" is one STATEMENT (GBR
  GOV, DCT, LONDON; "forecast" skipped as the same act, 14a/27a); the liquidity flows (maturing bills,
  take-up, note circulation, bankers' balances, exchequer transactions) have no actor or are monetary
  (skipped).
* 193 (USDA corn bonus, DCT Thu 1987-02-26, WASHINGTON): the bonus payments to farmers enrolling cropland
  are domestic farm-program administration (55a's deficiency payments: no type; AID arguable), so "an aide
  to USDA Secretary Richard Lyng said" the department probably will not offer the bonus is a STATEMENT (an
  official of a named body, EVENTS.md 4: USA GOV; REJECT of Grassley's lobbying arguable), DCT, WASHINGTON;
  "But the aide to Lyng said it was doubtful that the department would offer a retroactive bonus" restates
  the lead by the same speaker (later mention, DCT). "Sen. Charles Grassley (R-Iowa) said yesterday" is a
  STATEMENT USA GOV, 1987-02-25 ("yesterday"), location null; what he relays, "Lyng had indicated he would
  consider giving those farmers the same two dlr bonus", is a STATEMENT by Lyng (USA GOV; considering a
  domestic payment has no type), undated (pluperfect, relayed, sets 15/16), location null. '"How are you
  going to stop the tide," he said' (the aide) is a STATEMENT, DCT; "referring" is its participial
  elaboration and the "demands that would follow from other commodity groups" are hypothetical demands by
  unnamed groups (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind58a.jsonl"

LON = ("LONDON", "GBR")
MTL = ("MONTREAL", "CAN")
WAS = ("WASHINGTON", "USA")
TOKYO_TXT = ("Tokyo", "JPN")
JAPAN_TXT = ("Japan", "JPN")
US_TXT = ("the United States", "USA")

GBR_GOV = "GBR", "GOV"
JPN_GOV = "JPN", "GOV"
SAU_BUS = "SAU", "BUS"
KWT_GOV = "KWT", "GOV"
ARG_GOV = "ARG", "GOV"
CAN_BUS = "CAN", "BUS"
CAN_GOV = "CAN", "GOV"
USA_GOV = "USA", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-13045": {
        "events": [
            # 0
            ("CONSULT", "visit", ("Michael Howard",) + GBR_GOV, (("Tokyo", "visit to"),) + JPN_GOV, TOKYO_TXT,
             "1987-04", "month", "next week's", "planned", None,
             "next week's visit to Tokyo by Corporate Affairs Minister Michael Howard (visitor first, EVENTS.md 13; "
             "a nominal with its own agent and date, EVENTS.md 11, presupposed in the anonymous sources' talk); "
             "next week = 6-12 April: month precision (EVENTS.md 21)"),
            # 1
            ("CONSULT", "leaves", (("Howard", "political sources"),) + GBR_GOV, (("Japan", "leaves for"),) + JPN_GOV,
             JAPAN_TXT, "1987-04-04", "day", "tomorrow", "planned", 0,
             "later mention: Howard leaves for Japan tomorrow (the departure for the visit, 32b/38b's 'leaves "
             "for'); a later mention with its own time expression keeps it (EVENTS.md 21)"),
            # 2
            ("STATEMENT", "told", (("Howard", "political sources"),) + GBR_GOV, None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "he will try to promote understanding on trade issues during his visit (an intention, no counterpart "
             "act; Reuters the audience); DCT, dateline city"),
            # 3
            ("AGREE", "promising", ("Yasuhiro Nakasone",) + JPN_GOV, (("Britain", "Meanwhile,"),) + GBR_GOV, None,
             None, "unknown", None, "asserted", None,
             "Nakasone's letter promising personal help in solving the row (a promise = AGREE, toward Britain: the "
             "letter went to Thatcher); no time expression: undated"),
            # 4
            ("THREATEN", "decision", (("Britain", "following"),) + GBR_GOV,
             ("certain Japanese financial institutions", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Britain's decision to arm itself with statutory powers which could be used against certain Japanese "
             "financial institutions (retaliatory powers readied: a conditional retaliation; SANCTION arguable); "
             "a nominal with its own agent; 'early' gives no value: undated"),
            # 5
            ("STATEMENT", ("said", "government officials"), ("government officials",) + GBR_GOV, None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "Britain reacted optimistically at first to Nakasone's letter (an assessment; SUPPORT GBR -> JPN "
             "arguable); officials of the story's named government (EVENTS.md 4); DCT"),
            # 6
            ("STATEMENT", "added", (("they", "British anger,"),) + GBR_GOV, None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "the optimistic view clouded by reports from Tokyo (assessment); DCT"),
        ],
        "skip": [
            ("hopes", "content of anonymous talk (political sources)"),
            ("breakthrough", "content of anonymous talk"),
            ("deadlock", "background nominal (the trade dispute)"),
            (("said", "political sources"), "anonymous-source talk (political sources)"),
            ("promote", "content of the statement"),
            (("visit", "during his"), "anaphoric nominal (the visit)"),
            ("re-examine", "content of anonymous talk (Britain's review of the letter: no type)"),
            (("letter", "re-examine a"), "the vehicle of the promise (recorded on 'promising')"),
            ("solving", "content of the promise"),
            (("row", "solving the"), "background nominal (the dispute)"),
            (("bid", "firm's"), "background nominal (Cable and Wireless's bid for a telecommunications role; no "
                                "counterpart named)"),
            (("win", "bid to"), "content of the bid"),
            (("said", "government sources"), "anonymous-source talk (government sources)"),
            ("risen", "no acting actor (tensions)"),
            (("arm", "decision to"), "content of the decision (recorded on 'decision')"),
            (("says", "which it"), "part of the threat (Britain's description of the powers' use)"),
            (("used", "could be"), "content of the threat (hypothetical use)"),
            ("reacted", "content of the officials' statement (an initial assessment; SUPPORT GBR -> JPN arguable)"),
            (("letter", "optimistically at first to the"), "anaphoric nominal (Nakasone's letter)"),
            ("seeing", "content of the statement"),
            ("work towards", "content (what Britain read into the letter)"),
            ("ensuring", "content"),
            (("bid", "outcome to the"), "anaphoric nominal (the bid)"),
            ("launched", "background (launch of the anaphoric bid)"),
            ("clouded", "content of the statement"),
            ("reports", "unnamed reports (anonymous source)"),
            ("assurances", "anaphoric nominal (Nakasone's promise), content of the unnamed reports"),
            ("constituted", "stative (content of the reports)"),
            ("anger", "background nominal (ACCUSE GBR -> JPN arguable)"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Japan", "GPE", "JPN"),
            (("Tokyo", "visit to"), "GPE", "JPN"),
            ("Michael Howard", "PERSON", "GBR"),
            (("Howard", "political sources"), "PERSON", "GBR"),
            (("Japan", "leaves for"), "GPE", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("Britain", "Meanwhile,"), "GPE", "GBR"),
            ("Japanese", "NORP", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("U.K.", "over a"), "GPE", "GBR"),
            (("Japan", "role in"), "GPE", "JPN"),
            (("Britain", "following"), "GPE", "GBR"),
            (("Japanese", "certain"), "NORP", "JPN"),
            (("Britain", "institutions."), "GPE", "GBR"),
            (("Nakasone", "optimistically"), "PERSON", "JPN"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            ("Cable and Wireless Plc", "ORG", "GBR"),
            (("Tokyo", "reports from"), "GPE", "JPN"),
            (("Nakasone", "reports from"), "PERSON", "JPN"),
            ("British", "NORP", "GBR"),
        ],
    },
    "reuters21578-15272": {
        "events": [
            # 0
            ("STATEMENT", ("said", "managing director"), ("Shaukat Aziz",) + SAU_BUS, None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "SAMBA will concentrate on treasury activities through the new London branch (the branch opening has "
             "no counterpart: no type); DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "director said."),) + SAU_BUS, None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "SAMBA's other planned activities (the bank's own business, no type); DCT"),
        ],
        "skip": [
            ("concentrate", "content of the statement (the bank's own business)"),
            ("opened", "branch opening (no counterpart, no type), content of the statement"),
            ("plans", "content of the statement (the bank's own plan)"),
            ("develop", "content of the statement"),
            ("owned", "stative (ownership)"),
            (("held", "balance is"), "stative (ownership)"),
        ],
        "entities": [
            ("Saudi American Bank", "ORG", "SAU"),
            ("SAMBA", "ORG", "SAU"),
            (("Saudi", "maker in"), "NORP", "SAU"),
            ("Shaukat Aziz", "PERSON", "SAU"),
            (("SAMBA", "Aziz,"), "ORG", "SAU"),
            ("Reuters", "ORG", "GBR"),
            (("SAMBA", "Reuters that"), "ORG", "SAU"),
            ("Middle East", "LOC", None),
            ("Europe", "LOC", None),
            (("SAMBA", "deposit markets."), "ORG", "SAU"),
            ("Citicorp", "ORG", "USA"),
            (("U.S.", "Citicorp of the"), "GPE", "USA"),
            (("Saudi", "held by"), "NORP", "SAU"),
        ],
    },
    "reuters21578-353": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Kuwait's oil minister",) + KWT_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "no plans for an emergency OPEC meeting; said in a newspaper interview (relayed by al-Qabas, no date "
             "for the remarks: undated, location null, 55b's Schlesinger interview; DCT arguable)"),
            # 1
            ("STATEMENT", "quoted", ("Sheikh Ali al-Khalifa al-Sabah",) + KWT_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "'none of the OPEC members has asked for such a meeting' ('was quoted by ... al-Qabas as saying': "
             "relayed, undated; a different proposition from the lead's, later mention arguable)"),
            # 2
            ("REJECT", "denied", (("He", "He also denied"),) + KWT_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "denied that Kuwait was pumping above its OPEC quota (a denial = REJECT; the allegation's source is "
             "anonymous: actor2 null); the same relayed interview: undated"),
        ],
        "skip": [
            ("interview", "setting of the relayed statement (55b)"),
            ("plans", "content of the statement"),
            (("meeting", "emergency OPEC"), "content of the statement (a meeting not planned; CONSULT negated "
                                            "arguable)"),
            ("saying", "part of the relayed reporting clause ('was quoted as saying')"),
            ("asked", "content of the quote (REQUEST negated arguable)"),
            (("meeting", "such a"), "content of the quote"),
            (("pumping", "Kuwait was"), "content of the denial"),
            ("fell", "market-price movement"),
            ("estimated", "anonymous-source talk (traders and analysts)"),
            (("pumping", "OPEC was"), "content of anonymous talk"),
        ],
        "entities": [
            ("Kuwait", "GPE", "KWT"),
            ("OPEC", "ORG", None),
            ("Ali al-Khalifa al-Sabah", "PERSON", "KWT"),
            ("al-Qabas", "ORG", "KWT"),
            (("OPEC", "none of the"), "ORG", None),
            (("Kuwait", "denied that"), "GPE", "KWT"),
            (("OPEC", "above its"), "ORG", None),
            (("OPEC", "13-nation"), "ORG", None),
        ],
    },
    "reuters21578-19558": {
        "events": [
            # 0
            ("CONSULT", "talks", ("Argentine Economy Minister Juan Sourrouille",) + ARG_GOV,
             ("creditor banks and the IMF", None, "IGO"), US_TXT,
             "1987-06", "month", "at the weekend", "planned", None,
             "left at the weekend for the United States for talks with creditor banks and the IMF (one CONSULT on "
             "'talks', the departure part of it, 15a/33b; both counterparts without country: one record); dated by "
             "the departure, the weekend of 27-28 June at month precision; Telam's 'said' rule-3 attribution"),
            # 1
            ("REQUEST", "urge", (("Sourrouille", "It said"),) + ARG_GOV, (("the IMF", "urge"), None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "would urge the IMF to release a compensatory loan and two standby tranches (a request, planned); no "
             "time expression of its own: undated (inside the trip's talks, 1987-06, arguable); 'It said' "
             "attribution"),
            # 2
            ("AGREE", "pledged", ("Banks", None, "BUS"), (None,) + ARG_GOV, None,
             None, "unknown", None, "asserted", None,
             "creditor banks have pledged 97 pct of the 1.95 billion dlr loan (a pledge = promise, 29a/45a; AID "
             "arguable) to Argentina (implied); present perfect: undated (rule 17)"),
            # 3
            ("AGREE", ("signed", "could be"), (("Argentina", "agreement with"),) + ARG_GOV, (None, None, "BUS"), None,
             "1987-08", "month", "in August", "hypothetical", None,
             "Rhodes thought the loan agreement with Argentina could be signed in August (Argentina and its "
             "creditor banks, implied; 'could': hypothetical, 34b/36a); 'said on Friday' rule-3 attribution "
             "(56b's 'will be signed on March 20'); next August"),
        ],
        "skip": [
            ("left", "departure for the talks (part of the CONSULT on 'talks', 15a)"),
            ("obtaining", "purpose of the talks (content)"),
            (("release", "obtaining the"), "content (purpose of the talks)"),
            (("loans", "new"), "content (purpose of the talks)"),
            (("said", "news agency Telam"), "rule-3 attribution (the talks are the event)"),
            (("said", "It said"), "rule-3 attribution (the planned request is the event)"),
            (("release", "IMF to"), "content of the request"),
            ("Release", "background nominal (the IMF's release of standby funds)"),
            ("delayed", "passive with no acting actor (caused by a failure)"),
            ("failure", "causal-clause nominal (the banks' final approval not yet won; AGREE negated arguable)"),
            (("win", "failure to"), "content of the causal nominal"),
            ("approval", "content of the causal nominal"),
            ("disbursement", "background nominal"),
            ("defined", "the IMF's own pending decision (no type; STATEMENT negated arguable)"),
            ("constitutes", "stative"),
            ("needed", "stative"),
            (("release", "needed for"), "content"),
            (("said", "Citibank,"), "rule-3 attribution (the hypothetical signing is the event)"),
            ("thought", "part of the reporting clause"),
        ],
        "entities": [
            ("Argentine", "NORP", "ARG"),
            ("Juan\nSourrouille", "PERSON", "ARG"),
            ("United States", "GPE", "USA"),
            ("IMF", "ORG", None),
            ("Telam", "ORG", "ARG"),
            (("Sourrouille", "It said"), "PERSON", "ARG"),
            (("IMF", "urge the"), "ORG", None),
            ("Argentina", "GPE", "ARG"),
            (("IMF", "condition for the"), "ORG", None),
            (("IMF", "dlr loan but"), "ORG", None),
            (("IMF", "release of the"), "ORG", None),
            (("Argentina", "president of"), "GPE", "ARG"),
            ("William Rhodes", "PERSON", "USA"),
            ("Citibank", "ORG", "USA"),
            (("Argentina", "agreement with"), "GPE", "ARG"),
        ],
    },
    "reuters21578-12627": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Royal Bank of Canada",) + CAN_BUS, None, MTL,
             "1987-04-02", "day", None, "asserted", None,
             "will lower its Visa card rate (the bank's own price setting, no type; a RETREAT toward the Canadian "
             "government arguable, 48b); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The bank said"), (("The bank", "The bank said"),) + CAN_BUS, None, MTL,
             "1987-04-02", "day", None, "asserted", None, "will retain the card user fee (own pricing, no type); DCT"),
            # 2
            ("THREATEN", "threatened", ("The Canadian government",) + CAN_GOV,
             ("financial institutions",) + CAN_BUS, None,
             "1987-03", "month", "last month", "asserted", None,
             "threatened to legislate lower card rates if financial institutions did not cut them voluntarily (a "
             "conditional threat is itself asserted, 48b); 'last month' = 1987-03"),
        ],
        "skip": [
            (("lower", "would"), "the bank's own price setting (no type; RETREAT toward the government arguable, 48b)"),
            ("retain", "own pricing (content of the statement)"),
            ("move", "anaphoric nominal (the rate cut)"),
            (("lowered", "Commerce>"), "CIBC's own price setting (48b)"),
            ("legislate", "content of the threat"),
            ("do so", "condition of the threat"),
            (("lowered", "Toronto Dominion Bank>"), "Toronto Dominion's own price setting (48b)"),
            ("warning", "anaphoric nominal (the government's threat)"),
        ],
        "entities": [
            ("Royal Bank of Canada", "ORG", "CAN"),
            ("Visa", "ORG", "USA"),
            ("Canadian Imperial Bank of\nCommerce", "ORG", "CAN"),
            (("Canadian", "level."), "NORP", "CAN"),
            ("Toronto Dominion Bank", "ORG", "CAN"),
        ],
    },
    "reuters21578-1112": {
        "events": [],
        "skip": [
            ("showed", "a document (the central bank's weekly return), not a speech act (own_blind2)"),
            ("dropped", "statistics"),
            (("said", "Dealers"), "anonymous-source talk (dealers)"),
            ("went out", "fiscal flows, no acting actor"),
            (("rose", "circulation"), "statistics"),
            ("withdrew", "the public's cash withdrawals (no identifiable actor)"),
            (("said", "holiday break,"), "anonymous-source talk (dealers)"),
            (("said", "month periods,"), "anonymous-source talk (dealers)"),
            (("set", "special advances"), "special advances set by the central bank (monetary operation, "
                                          "EVENTS.md 10)"),
            ("added", "anonymous-source talk (dealers)"),
            ("expect", "anonymous-source talk (dealers' expectation)"),
            (("showed", "The weekly return"), "a document, not a speech act"),
            (("rose", "reserves"), "statistics"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("Treasury", "ORG", "NLD"),
            (("Bank", "set by the"), "ORG", "NLD"),
            (("Dutch", "total"), "NORP", "NLD"),
        ],
    },
    "reuters21578-6981": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Bank of England",) + GBR_GOV, None, LON,
             "1987-03-19", "day", None, "asserted", None,
             "money-market shortage forecast ('said it forecast': one speech act, 14a/27a); the liquidity flows "
             "have no actor; DCT, dateline city"),
        ],
        "skip": [
            ("forecast", "the same speech act as 'said' (14a/27a)"),
            ("maturing", "liquidity flow, no actor"),
            ("take-up", "liquidity flow (monetary)"),
            ("drain", "liquidity flow, no actor"),
            ("take out", "liquidity flow, no actor"),
            ("offsetting", "liquidity flow, no actor"),
            (("add", "will add"), "bankers' balances and exchequer transactions (flows), no actor"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
    "reuters21578-193": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Richard Lyng"), ("an aide to USDA\nSecretary Richard Lyng",) + USA_GOV, None, WAS,
             "1987-02-26", "day", None, "asserted", None,
             "USDA probably will not offer the bonus for cropland enrolled last year (a domestic farm-program "
             "payment: no type, 55a; REJECT arguable); an official of a named body (EVENTS.md 4); DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", ("said", "(R-Iowa)"), ("Sen. Charles Grassley",) + USA_GOV, None, None,
             "1987-02-25", "day", "yesterday", "asserted", None,
             "relays Lyng's indication (the consideration of a domestic payment: no type); 'yesterday' = DCT - 1"),
            # 2
            ("STATEMENT", "indicated", (("Lyng", "yesterday that"),) + USA_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "Lyng had indicated he would consider giving those farmers the bonus (no type); pluperfect, relayed, "
             "no time expression: undated (sets 15/16)"),
            # 3
            ("STATEMENT", ("said", "But the aide to Lyng"), ("the aide to Lyng",) + USA_GOV, None, WAS,
             "1987-02-26", "day", None, "asserted", 0,
             "later mention: the same aide restates the lead (doubtful the department would offer a retroactive "
             "bonus)"),
            # 4
            ("STATEMENT", ("said", "the tide,\""), (("he", "tide,\""),) + USA_GOV, None, WAS,
             "1987-02-26", "day", None, "asserted", None,
             "'How are you going to stop the tide' (the aide; a rhetorical question on further demands); DCT"),
        ],
        "skip": [
            (("offer", "probably will not"), "domestic farm-program payment (content; AID negated arguable)"),
            ("bonus payment", "content (domestic farm-program payment)"),
            (("enrolled", "cropland they"), "farmers' enrolment in a domestic programme (background)"),
            ("consider", "content of Lyng's indication"),
            ("giving", "content (domestic farm-program payment)"),
            (("offered", "bonus"), "domestic programme payment (background)"),
            ("signing up", "farmers' enrolment in a domestic programme (background)"),
            (("offer", "department would"), "content of the statement (domestic payment)"),
            (("enrolled", "farmers who"), "background (enrolment)"),
            ("stop", "content of the question"),
            ("referring", "participial elaboration of the saying (EVENTS.md 3)"),
            ("demands", "hypothetical demands by unnamed commodity groups (no identifiable actor)"),
            ("follow", "hypothetical content"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("USDA", "ORG", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            ("Charles Grassley", "PERSON", "USA"),
            ("Iowa", "GPE", "USA"),
            (("Lyng", "yesterday that"), "PERSON", "USA"),
            (("Lyng", "But the aide to"), "PERSON", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
