"""Build ``own_blind40b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind40b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left; also minus the 32 stories drawn for own_blind38-39, 2,555 left); 24 drawn with random.Random(40101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
20 event records (18 first mentions, 2 later mentions), 99 not_annotated spans, 62 entity mentions
(ORG 36, GPE 16, NORP 5, LOC 4, PERSON 1); two articles without events (2760, India sugar tender: an
import tender with unnamed sellers relayed by anonymous traders; 18445, Bank of Japan call market:
anonymous Bank of Japan sources on domestic money-market rules); 273 (Saudi output) has five AGREE records
among anonymous sources' statistics. Types: STATEMENT 12, AGREE 6, AID 2; modality: asserted 18, negated
1, planned 1; precision: day 14, unknown 3, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed that way: the entity "South
America" matching inside the lead's "South American" (service) instead of "conducts trade in South
America"; one anchor typo fixed too, an entity written as "U.S. wheat" instead of the GPE "U.S."; a
re-read of the docstring against the earlier scripts corrected three of its references to them). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Saudi Arabian oil minister Hisham Nazer": NORP +
PERSON); a body with its country word is one ORG span ("U.S. Agriculture Department", 23b/32a), and so
is a company whose name holds a country ("United States Lines Inc", "U.S. Lines": ORG USA, no nested
GPE, as 16b's "U.S. Lines"); "The Republic of Finland" gives one GPE span "Republic of Finland" FIN (the
state's formal name, as 14a/23a's "Dominican Republic"); the Securities and Exchange Commission / SEC,
the Commodity Credit Corporation / CCC, USDA, the American Soybean Association / ASA ORG USA; McLean
Industries Inc / "McLean", American Transport Lines Inc / "American Transport" and Crowley Maritime Corp
(bracketed in the wire, tagged without the brackets) ORG USA; "South American" (the service) NORP null
and South America LOC null (34b/36a, 16b); the International Development Association / IDA and the World Bank
ORG null; the Council of Agricultural Research (a Sri Lankan body to be set up) ORG LKA; Sri Lanka GPE
LKA; North Yemen (the Yemen Arab Republic) GPE YEM (its 1987 ISO code; South Yemen was YMD); India GPE
IND; Bank of Japan and the capitalised short "Bank" (37a's capitalised short names) ORG JPN; "Saudi" and
"Saudi Arabian" NORP SAU, Saudi Arabia GPE SAU, Aramco ORG SAU (21a), Exxon Corp, Mobil Corp, Texaco Inc
and Chevron Corp ORG USA (tickers left out), Opec / OPEC ORG null (each mention, also as a modifier:
"Opec purposes", "Opec quota", "official Opec prices", "Opec levels", "OPEC accord"), the Gulf LOC null
(also in "Gulf oil sources" and "Gulf exports", 34b's "Gulf policy"), the terminal and refinery places Ras
Tanurah, Ju'aymah, Yanbu and Jubail GPE SAU (places named for their installations, as 15a's ports),
Bahrain GPE BHR; the lower-case "neutral zone" (the Saudi-Kuwaiti zone) is not tagged (a lower-case
description in a normally cased text; LOC null arguable); programmes (the Intermediate Export Credit
Guarantee Program, GSM-103; 23b), the publication title "Soybean Update" (13a's Wheat Australia) and
currencies are not entities; lower-case bodies ("the department", "the association", "the 13-nation
group", "the securities industry") are not tagged.

Judgement calls made here:
* 16914 (Finland shelf offering, DCT Fri 1987-04-17, WASHINGTON): the filing with the SEC for a shelf
  offering of debt securities, the 50 mln dlrs already registered and the use of the proceeds are
  corporate finance of a sovereign borrower (EVENTS.md 10: bond issues and filings; 10a/22a/36b's
  filings), so the only reporting clause, "the government said" (proceeds will finance capital investment
  and exports), is a STATEMENT (FIN GOV, DCT, WASHINGTON: no place in the text, the dateline city). "No
  underwriter was named" is a withheld STATEMENT (negated, FIN GOV implied, DCT; EVENTS.md 5's "Terms were
  not disclosed" and 21a's "No price was given for the deal"; skipping it as a property of the filing,
  or as 18a's withheld details with no identifiable withholder, arguable).
* 1052 (McLean / U.S. Lines, DCT Tue 1987-03-03, CRANFORD; the same deal as events_dev's reuters21578-44):
  "McLean Industries Inc said its shipping subsidiary, United States Lines Inc, reached an agreement in
  principle to transfer its South American service to American Transport Lines Inc" is AGREE USA BUS ->
  USA BUS on "agreement" (the event noun after the light verb "reached"; events_dev's AGREE on "agreed"
  with the same two subsidiaries as actors), undated (no time expression, rule 17), location null;
  "said" rule-3 attribution, "transfer" the agreed action (EVENTS.md 8). The lease of five vessels, the
  option to extend, the fixed payment and the revenue share are terms of the agreement (7a/14b/19a), so
  the two "the company said" (McLean, USA BUS) are STATEMENTs (DCT, CRANFORD). "The companies will
  consummate the transactions as soon as the required approvals are obtained, McLean said" is a
  STATEMENT: the consummation is the completion of the agreed transfer (content of the agreement, 8a's
  "complete by"; COOPERATE planned arguable) and the approvals a condition (events_dev's "subject to
  approval").
* 7700 (ASA acreage survey, DCT Fri 1987-03-20, CHICAGO): the "grain analysts surveyed by the American
  Soybean Association" are unnamed (anonymous, EVENTS.md 4: their "projected" skipped) and the acreage
  figures are statistics. "according to the February 9 USDA supply/demand report" is a report by a named
  author: STATEMENT USA GOV on "report" (13a's "according to the Alberta wheat pool report", 7a/26b),
  dated by its own date (1987-02-09, "February 9"; 13a's February "Wheat Australia publication"),
  location null. "The USDA is to release its 1987 planting intentions report March 31" is a STATEMENT
  planned (a statistics release, 30b's Finance Ministry "expected to make a statement later today"),
  1987-03-31, location null. "The survey ... was released in the March 16 Soybean Update newsletter sent
  to members" is a statistics release by the ASA (implied, USA ORG; the passive's agent is the
  association that ran the survey), 1987-03-16 (the newsletter's date), location null; skipping it as a
  document (EVENTS.md 4) arguable. "An ASA spokesman said the association plans no survey of farmers'
  planting intentions this year" is a STATEMENT (USA ORG, DCT, CHICAGO; the plan not to survey has no
  type, "this year" governs the survey).
* 16065 (IDA credit to Sri Lanka, DCT Thu 1987-04-09, WASHINGTON): "The International Development
  Association said it approved a 18.6 mln dlr credit to Sri Lanka" is AID null IGO -> LKA GOV on
  "approved" (credit, EVENTS.md 8; 23b's CCC "has approved", events_dev's IDA loan to Uganda), undated
  (no time expression, rule 17), location null, "said" rule-3 attribution; strengthening agricultural
  research is the credit's purpose. "IDA, the World Bank arm that makes interest free loans to the poorest
  nations, said the credit will support changes ..." (the relative clause habitual, skipped; "support"
  the credit's purpose, not verbal support) and "It said these goals will be accomplished through the
  establishment of a Council of Agricultural Research" are STATEMENTs (null IGO, DCT, WASHINGTON); the
  council's establishment is Sri Lanka's domestic programme (content).
* 2760 (India sugar tender, DCT Fri 1987-03-06, LONDON): no event (a negative). Every speaker is
  anonymous ("traders here said", "traders said"). "India has called a fresh buying tender for up to four
  13,000 tonne cargoes ... on March 11" is an import tender with unnamed offerers (no identified
  counterpart: 21b's Honduras tender, 25b/34b's STC purchases; COOPERATE IND -> null arguable), the eight
  cargoes "bought at a tender two days ago" and "the sale of eight" purchases from unnamed sellers (25b,
  34b), and "India also granted the sellers options to sell twice that amount" a concession to the same
  unnamed sellers (AGREE or COOPERATE IND -> null arguable; the sellers are not identified, so skipped);
  India buying more again is the traders' forecast.
* 18445 (Bank of Japan call market, DCT Tue 1987-06-16, TOKYO): no event (a negative). "Bank of Japan
  sources said" and "the sources said" are anonymous (EVENTS.md 4; 23b's "Central Bank sources", 33b's
  ministry sources, 37b's Commission sources). Inside their talk the agent is identifiable, but what the
  Bank "is considering" (expanding the daily limit on securities firms' call-market transactions) and
  the settlement-period change it is waiting on are domestic money-market regulation (EVENTS.md 10:
  monetary operations; no type; RETREAT JPN -> the securities firms, hypothetical, arguable), and "at the
  request of the securities industry" is a background nominal with no date (REQUEST JPN -> the Bank
  arguable; 25a's "request of the Mexican government" skipped).
* 273 (Saudi February output, DCT Mon 1987-03-02, ABU DHABI): every "said" of the "Gulf oil sources" /
  "They" / "the sources" is anonymous (skipped with its content: output, exports, liftings, the buyers'
  rush, the real test this month, refinery throughput; "They put" crude exports through Yanbu is the
  sources' estimate); the customers' "continued support for official Opec prices" is buying behaviour in
  the sources' inference (SUPPORT arguable, skipped). Three narrator facts with identifiable agents are
  coded (21a's 4246, the same kind of story): "a production restraint scheme approved by the 13-nation
  group last December" is AGREE by OPEC (null IGO, no actor2: an agreement among members; 21a's "as
  agreed by Opec last December", 26b's December accord), 1986-12 ("last December"), a participle with its
  own agent and date (EVENTS.md 11); "The four -- Exxon Corp, Mobil Corp, Texaco Inc and Chevron Corp --
  signed a long-term agreement last month to buy Saudi crude" is AGREE USA BUS (a same-country compound,
  one record, EVENTS.md 12) -> SAU (implied seller; GOV taken from the text's "Saudi Arabia's ability to
  sell crude", Petromin as BUS arguable; EVENTS.md 14 fills implied counterparts of agreements), 1987-02
  ("last month"), the purchase its content; "Saudi Arabian oil minister Hisham Nazer yesterday reiterated
  the kingdom's commitment to the December OPEC accord" is AGREE SAU GOV -> OPEC (confirming a
  commitment, 21a's King Fahd and 26b's Nazer), 1987-03-01 ("yesterday"), location null (not DCT-dated,
  no place given); "the December OPEC accord" is the dated later mention of OPEC's December agreement
  (21a's "OPEC's December pact", 1986-12, "December"); "and said it would never sell below official
  prices" is the restated commitment (later mention of the reiteration, 26b's "will never sell its oil at
  prices below the pronounced prices"), taking its date; the sale itself is content.
* 3323 (CCC credit guarantees for North Yemen, DCT Mon 1987-03-09, WASHINGTON): "The Commodity Credit
  Corporation, CCC, has authorized 25.0 mln dlrs in credit guarantees to North Yemen to cover purchases of
  U.S. wheat" is AID USA GOV -> YEM GOV on "authorized" (credit guarantees, 23b's Morocco and 32a's El
  Salvador lines), undated (present perfect with no time expression, rule 17), location null, USDA's
  "said" rule-3 attribution; the credit terms ("must be in excess of three yeras") are programme terms
  with no reporting clause (skipped, 23b), and "All sales under the line must be registered and exports
  completed by September 30, 1987, the department said" is a STATEMENT (programme conditions, 32a; USA
  GOV, DCT, WASHINGTON).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind40b.jsonl"

# ISO 3166-1 alpha-3 codes used in this file: FIN, USA, LKA, IND, JPN, SAU, BHR, YEM (North Yemen, the
# Yemen Arab Republic, held YEM in 1987; South Yemen was YMD).

WAS = ("WASHINGTON", "USA")
CRA = ("CRANFORD", "USA")
CHI = ("CHICAGO", "USA")

FIN_IMPLIED = (None, "FIN", "GOV")
USL = ("United States Lines Inc", "USA", "BUS")
ATL = ("American Transport Lines Inc", "USA", "BUS")
IDA_FULL = ("The International Development\nAssociation", None, "IGO")
OPEC_GROUP = ("the 13-nation group", None, "IGO")
OPEC_ACCORD = (("OPEC", "December OPEC"), None, "IGO")
NAZER = ("Saudi Arabian oil minister Hisham Nazer", "SAU", "GOV")
CCC = ("The Commodity Credit Corporation", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16914": {
        "events": [
            # 0
            ("STATEMENT", ("said", "the government said"), ("the government", "FIN", "GOV"), None, WAS,
             "1987-04-17", "day", None, "asserted", None,
             "use of the offering's proceeds (capital investment, exports; corporate finance: no type, so the "
             "reporting clause is the record); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("named", "No underwriter was"), FIN_IMPLIED, None, WAS,
             "1987-04-17", "day", None, "negated", None,
             "withheld statement: no underwriter named (EVENTS.md 5's 'Terms were not disclosed', 21a's 'No price "
             "was given'); the borrower implied; skipping it as a property of the filing arguable"),
        ],
        "skip": [
            ("filed", "corporate finance (an SEC filing, 10a/36b)"),
            (("offering", "shelf"), "corporate finance (a shelf offering of debt securities)"),
            (("buy", "warrants to"), "corporate finance (warrant terms)"),
            ("determined", "terms of the offering (corporate finance)"),
            (("sale", "at the time of the"), "corporate finance (the securities sale)"),
            (("offering", "The offering is"), "anaphoric nominal (the offering; corporate finance)"),
            ("registered", "corporate finance (securities already registered): stative"),
            (("sale", "Proceeds from the"), "corporate finance (the securities sale)"),
            ("used", "content of the statement (use of proceeds)"),
            (("finance", "used to"), "content of the statement (use of proceeds)"),
            ("promotion", "content of the statement"),
            ("strengthen", "content of the statement (purpose)"),
        ],
        "entities": [
            ("Republic of Finland", "GPE", "FIN"),
            ("Securities and Exchange Commission", "ORG", "USA"),
            ("SEC", "ORG", "USA"),
        ],
    },
    "reuters21578-1052": {
        "events": [
            # 0
            ("AGREE", ("agreement", "reached an"), USL, ATL, None,
             None, "unknown", None, "asserted", None,
             "U.S. Lines reached an agreement in principle to transfer its South American service to American "
             "Transport Lines (the event noun after the light verb; events_dev's reuters21578-44, same deal); "
             "'McLean said' is rule-3 attribution; no time expression: undated"),
            # 1
            ("STATEMENT", ("said", "10 years, the company"), (("the company", "10 years,"), "USA", "BUS"), None, CRA,
             "1987-03-03", "day", None, "asserted", None,
             "terms of the agreement: the lease of five vessels for 15 months with an option to extend (7a/19a); "
             "the company = McLean; wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "South America, the company"), (("the company", "South America,"), "USA", "BUS"),
             None, CRA, "1987-03-03", "day", None, "asserted", None,
             "terms of the agreement: fixed payment and revenue share for U.S. Lines; DCT"),
            # 3
            ("STATEMENT", ("said", "McLean said"), (("McLean", "obtained,"), "USA", "BUS"), None, CRA,
             "1987-03-03", "day", None, "asserted", None,
             "the companies will consummate the transactions once approvals are obtained (completion of the "
             "agreed transfer: content of the agreement, 8a; COOPERATE planned arguable); DCT"),
        ],
        "skip": [
            (("said", "McLean Industries Inc said"), "rule-3 attribution (the agreement is the event)"),
            (("transfer", "principle to"), "content of the agreement (EVENTS.md 8)"),
            (("agreement", "terms of the"), "anaphoric nominal (the agreement)"),
            ("lease", "terms of the agreement"),
            ("extend", "terms of the agreement (an option)"),
            ("receive", "terms of the agreement (payment)"),
            ("utilizes", "terms of the agreement"),
            ("conducts trade", "terms of the agreement"),
            ("consummate", "completion of the agreed transfer: content of the agreement (8a's 'complete by'); "
                           "COOPERATE planned arguable"),
            ("approvals", "condition (events_dev's 'subject to approval')"),
        ],
        "entities": [
            ("McLean Industries Inc", "ORG", "USA"),
            ("United States Lines Inc", "ORG", "USA"),
            ("South American", "NORP", None),
            ("American Transport Lines Inc", "ORG", "USA"),
            ("Crowley\nMaritime Corp", "ORG", "USA"),
            (("United States Lines", "terms of the agreement"), "ORG", "USA"),
            (("American Transport", "five vessels to"), "ORG", "USA"),
            ("U.S. Lines", "ORG", "USA"),
            (("American Transport", "as long as"), "ORG", "USA"),
            (("South America", "trade in"), "LOC", None),
            (("McLean", "obtained,"), "ORG", "USA"),
        ],
    },
    "reuters21578-7700": {
        "events": [
            # 0
            ("STATEMENT", "report", (("USDA", "February 9"), "USA", "GOV"), None, None,
             "1987-02-09", "day", "February 9", "asserted", None,
             "'according to the February 9 USDA supply/demand report': a report by a named author (13a's Alberta "
             "wheat pool report, 7a/26b), dated by its own date; location not given"),
            # 1
            ("STATEMENT", "release", ("The USDA", "USA", "GOV"), None, None,
             "1987-03-31", "day", "March 31", "planned", None,
             "the USDA is to release its 1987 planting intentions report March 31 (a statistics release, planned)"),
            # 2
            ("STATEMENT", "released", (None, "USA", "ORG"), None, None,
             "1987-03-16", "day", "March 16", "asserted", None,
             "the ASA's survey released in its March 16 Soybean Update newsletter (a statistics release; the "
             "association implied as the passive's agent; skipping it as a document arguable)"),
            # 3
            ("STATEMENT", ("said", "An ASA spokesman"), ("An ASA spokesman", "USA", "ORG"), None, CHI,
             "1987-03-20", "day", None, "asserted", None,
             "the association plans no survey of farmers' planting intentions this year (no type; 'this year' "
             "governs the survey); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("surveyed", "the ASA's poll of unnamed analysts (data collection: content of the release)"),
            ("projected", "anonymous-source talk (unnamed grain analysts' estimates)"),
            ("planted", "statistics (farmers)"),
            ("included", "stative (the survey's make-up)"),
            ("sent", "distribution of the newsletter (part of the release)"),
            ("ranged", "statistics"),
            (("plans", "association plans"), "content of the statement (no survey planned: no type)"),
            (("survey", "plans no"), "content of the statement"),
        ],
        "entities": [
            ("American Soybean Association", "ORG", "USA"),
            (("ASA", "Association,"), "ORG", "USA"),
            (("USDA", "February 9"), "ORG", "USA"),
            (("USDA", "The USDA"), "ORG", "USA"),
            (("ASA", "An ASA"), "ORG", "USA"),
        ],
    },
    "reuters21578-16065": {
        "events": [
            # 0
            ("AID", "approved", IDA_FULL, ("Sri Lanka", "LKA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "IDA approved a 18.6 mln dlr credit to Sri Lanka (credit = AID, EVENTS.md 8; events_dev's IDA loan to "
             "Uganda); 'said' is rule-3 attribution; no time expression: undated"),
            # 1
            ("STATEMENT", ("said", "poorest nations,"), (("IDA", "IDA, the World Bank"), None, "IGO"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "the credit will support changes to raise farm income (the credit's aims: no new typed act); wire "
             "style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "It said"), (("It", "It said"), None, "IGO"), None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "the goals will be accomplished through a Council of Agricultural Research (the project's design); DCT"),
        ],
        "skip": [
            (("said", "Association said"), "rule-3 attribution (the credit is the event)"),
            ("help", "purpose of the credit"),
            ("strengthen", "purpose of the credit"),
            ("makes", "habitual description of IDA's lending (generic)"),
            (("support", "credit will"), "the credit's purpose (not verbal support of an actor)"),
            ("raise", "content of the statement (the credit's aims)"),
            ("boosting", "content of the statement"),
            ("developing", "content of the statement"),
            ("improving", "content of the statement"),
            ("accomplished", "content of the statement"),
            ("establishment", "content of the statement (a domestic body to be set up)"),
            ("formulate", "content of the statement"),
            ("institute", "content of the statement"),
        ],
        "entities": [
            ("International Development\nAssociation", "ORG", None),
            ("Sri Lanka", "GPE", "LKA"),
            (("IDA", "IDA, the World Bank"), "ORG", None),
            ("World Bank", "ORG", None),
            ("Council of Agricultural Research", "ORG", "LKA"),
        ],
    },
    "reuters21578-2760": {
        "events": [],
        "skip": [
            ("called", "import tender with unnamed offerers: no identified counterpart (21b, 25b, 34b; COOPERATE IND "
                       "-> null arguable); relayed by anonymous traders"),
            (("tender", "fresh buying"), "the tender (no identified counterpart)"),
            (("said", "traders here"), "anonymous-source talk (traders)"),
            (("calls for", "The tender"), "tender terms (stative)"),
            ("bought", "purchase at a tender from unnamed sellers: no identified counterpart (25b/34b)"),
            (("sought", "originally only"), "tender terms"),
            (("sale", "resulted in the"), "sale by unnamed sellers at the tender (no identified counterpart)"),
            ("granted", "options granted to the tender's unnamed sellers: no identified counterpart (AGREE or "
                        "COOPERATE IND -> null arguable)"),
            (("sell", "options to"), "content of the options"),
            (("said", "traders said"), "anonymous-source talk (traders)"),
            (("buy", "India again to"), "content of anonymous talk (a forecast)"),
            (("sought", "formally"), "tender terms"),
        ],
        "entities": [
            ("India", "GPE", "IND"),
            (("India", "India also"), "GPE", "IND"),
            (("India", "for India again"), "GPE", "IND"),
        ],
    },
    "reuters21578-18445": {
        "events": [],
        "skip": [
            ("considering", "content of anonymous talk: a domestic money-market rule (expanding the call-market limit "
                            "for securities firms; no type, RETREAT hypothetical arguable)"),
            ("expanding", "content of anonymous talk (domestic money-market regulation)"),
            ("request", "background nominal inside anonymous talk (the securities industry's request; REQUEST JPN "
                        "-> the Bank arguable, 25a)"),
            (("said", "Bank of Japan sources"), "anonymous-source talk (Bank of Japan sources, EVENTS.md 4)"),
            ("waiting", "content of anonymous talk"),
            (("raising", "fund"), "market activity (brokers' fund raising)"),
            ("change", "domestic market rule (a shorter settlement period; agent unnamed, no type)"),
            (("said", "the sources said"), "anonymous-source talk (Bank of Japan sources)"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            (("Bank of Japan", "call market at"), "ORG", "JPN"),
            (("Bank", "the Bank is"), "ORG", "JPN"),
        ],
    },
    "reuters21578-273": {
        "events": [
            # 0
            ("AGREE", "approved", OPEC_GROUP, None, None,
             "1986-12", "month", "last December", "asserted", None,
             "OPEC's production restraint scheme approved last December (an agreement among members, no actor2; "
             "21a's 'as agreed by Opec last December'); a participle with its own agent and date (EVENTS.md 11); "
             "bare month, past: 1986-12"),
            # 1
            ("AGREE", "signed", ("The four", "USA", "BUS"), (None, "SAU", "GOV"), None,
             "1987-02", "month", "last month", "asserted", None,
             "Exxon, Mobil, Texaco and Chevron signed a long-term agreement to buy Saudi crude (a same-country "
             "compound: one record; the Saudi seller implied, EVENTS.md 14); 'last month' = 1987-02"),
            # 2
            ("AGREE", "reiterated", NAZER, OPEC_ACCORD, None,
             "1987-03-01", "day", "yesterday", "asserted", None,
             "Nazer reiterated the kingdom's commitment to the December OPEC accord (confirming a commitment = AGREE "
             "toward OPEC, 21a/26b); 'yesterday' = 1987-03-01; no place given"),
            # 3
            ("AGREE", "accord", (("OPEC", "December OPEC"), None, "IGO"), None, None,
             "1986-12", "month", "December", "asserted", 0,
             "later mention: the December OPEC accord (a dated nominal, 21a's 'OPEC's December pact')"),
            # 4
            ("AGREE", ("said", "accord and said"), NAZER, (None, None, "IGO"), None,
             "1987-03-01", "day", "yesterday", "asserted", 2,
             "later mention: the restated commitment, Saudi Arabia would never sell below official prices (26b's "
             "'will never sell ... below the pronounced prices'); the first mention's date"),
        ],
        "skip": [
            (("fell", "output last month"), "statistics (output)"),
            (("said", "Gulf oil sources"), "anonymous-source talk (Gulf oil sources)"),
            (("said", "They said exports"), "anonymous-source talk"),
            (("fell", "in the Gulf"), "statistics (exports)"),
            ("liftings", "market activity by unnamed customers"),
            (("drop", "But the"), "statistics (content of anonymous talk)"),
            ("rallied", "statistics (exports)"),
            (("said", "third week, the sources"), "anonymous-source talk"),
            ("include", "stative (what the figures include)"),
            ("considered", "generic (OPEC accounting practice)"),
            (("back", "December to"), "purpose of the scheme"),
            (("said", "The sources said the two-fold"), "anonymous-source talk"),
            ("jump", "statistics (exports)"),
            ("rushing", "market activity by unnamed buyers (content of anonymous talk)"),
            (("lift", "rushing to"), "content of anonymous talk"),
            (("show", "appeared to"), "inference inside anonymous talk"),
            ("support", "buying behaviour inferred by anonymous sources (customers paying official prices; SUPPORT "
                        "arguable)"),
            (("said", "Aramco, the sources"), "anonymous-source talk"),
            (("buy", "agreement last month to"), "content of the agreement"),
            (("said", "However the sources"), "anonymous-source talk"),
            (("sell", "ability to"), "content of anonymous talk"),
            ("tapers off", "market demand (content of anonymous talk)"),
            ("fallen", "market-price movement"),
            ("commitment", "object of the reiteration"),
            (("sell", "never"), "content of the restated commitment"),
            (("said", "The sources said total"), "anonymous-source talk"),
            (("fell", "throughput fell"), "statistics (refinery throughput)"),
            ("cuts", "refinery operations (no type)"),
            (("put", "They put"), "anonymous-source estimate (statistics)"),
            ("remained steady", "statistics"),
        ],
        "entities": [
            ("Saudi", "NORP", "SAU"),
            (("Gulf", "January, Gulf"), "LOC", None),
            ("Ras Tanurah", "GPE", "SAU"),
            ("Ju'aymah", "GPE", "SAU"),
            (("Gulf", "terminals in the"), "LOC", None),
            (("Gulf", "after Gulf"), "LOC", None),
            (("Opec", "for Opec"), "ORG", None),
            (("Saudi Arabia", "Saudi Arabia has"), "GPE", "SAU"),
            (("Opec", "has an Opec"), "ORG", None),
            (("Opec", "support for official"), "ORG", None),
            (("Saudi Arabia", "prices from Saudi"), "GPE", "SAU"),
            ("Aramco", "ORG", "SAU"),
            ("Exxon Corp", "ORG", "USA"),
            ("Mobil Corp", "ORG", "USA"),
            ("Texaco Inc", "ORG", "USA"),
            ("Chevron Corp", "ORG", "USA"),
            (("Saudi", "to buy Saudi"), "NORP", "SAU"),
            (("Saudi Arabia", "test of"), "GPE", "SAU"),
            (("Opec", "below Opec"), "ORG", None),
            ("Saudi Arabian", "NORP", "SAU"),
            ("Hisham Nazer", "PERSON", "SAU"),
            (("OPEC", "December OPEC"), "ORG", None),
            (("Saudi", "total Saudi"), "NORP", "SAU"),
            ("Yanbu", "GPE", "SAU"),
            ("Jubail", "GPE", "SAU"),
            (("Yanbu", "through Yanbu"), "GPE", "SAU"),
            ("Bahrain", "GPE", "BHR"),
        ],
    },
    "reuters21578-3323": {
        "events": [
            # 0
            ("AID", "authorized", CCC, ("North\nYemen", "YEM", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "25 mln dlrs of GSM-103 credit guarantees for North Yemen's purchases of U.S. wheat (23b's Morocco, 32a's "
             "El Salvador); present perfect with no time expression (rule 17); USDA's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "the department said"), ("the department", "USA", "GOV"), None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "programme conditions: sales registered and exports completed by September 30, 1987 (32a); wire style: "
             "DCT, dateline city"),
        ],
        "skip": [
            (("said", "Agriculture Department said"), "rule-3 attribution (the credit guarantees are the event)"),
            ("cover", "purpose of the guarantees"),
            ("purchases", "content of the guarantees"),
            ("extended", "programme terms (generic, no reporting clause)"),
            ("registered", "condition of the programme"),
            ("completed", "condition of the programme"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("North\nYemen", "GPE", "YEM"),
            (("U.S.", "purchases of"), "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
