"""Build ``own_blind50b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind50b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 49 (2395 left); 24 drawn with random.Random(50101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
29 event records (24 first mentions, 5 later mentions), 78 not_annotated spans, 51 entity mentions
(ORG 21, GPE 19, NORP 6, PERSON 4, LOC 1); one article without events (21371, the ITU's regulatory
decisions: a negative); 3646 (St. Joe Gold) and 5640 (CCC bonus barley) have STATEMENTs only, 1163 and
15746 (eurobonds) one lead-manager STATEMENT each. Types: STATEMENT 20, SANCTION 4, REQUEST 3, AGREE 1,
ASSAULT 1; modality: asserted 26, planned 2, negated 1; precision: day 22, unknown 5, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the printed context and
fixed: the entity "Japan" of 12976 matching inside "Japanese". See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("President Reagan": PERSON "Reagan"; "President
Saddam Hussein": PERSON "Saddam Hussein"); possessive 's left out ("Japan's", "Iran's", "Iraq's");
lower-case "the bureau", "the department", "the company" are not tagged; a named body is one ORG span
with no nested GPE ("U.S. Agriculture Department", "Victorian Public Authorities Finance Agency",
"Chicago Board of Trade"). Countries: the Customs Bureau ORG USA (a Washington story on U.S. tariffs),
"Japanese" NORP JPN, Japan GPE JPN, the U.S. GPE USA, Reagan PERSON USA; the Chicago Board of Trade / CBT
and the Commodity Futures Trading Commission / CFTC ORG USA; St. Joe Gold Corp / St. Joe Gold ORG USA
(no country in the text: USA from the dateline, Clayton, Mo., 43a's World Airways), Ontario GPE CAN,
South Dakota GPE USA, "the Carbonate district" LOC USA (a named mining district; the span "Carbonate
district", arguable), the mining properties (Golden Patricia, Muskeg Lake, Richmond Hill) facilities, not
tagged (19a's Bugow property); Saddam Hussein / Hussein PERSON IRQ, Iraq, Baghdad and Basra GPE IRQ, Iran
GPE IRN, "Iranian" NORP IRN, "Persian" (the Persian year, Iran's calendar) NORP IRN; the International
Telecommunications Union ORG null (an international body); the Commodity Credit Corporation / CCC, the
U.S. Agriculture Department and Harvest States Cooperatives ORG USA, Cyprus GPE CYP; the Victorian Public
Authorities Finance Agency ORG AUS and the State of Victoria GPE AUS (the Australian state), Wood Gundy
Ltd ORG CAN (the Canadian dealer's London house; GBR arguable, 14b's Nomura International JPN), "Canadian"
and the wire's "Canadaian" (as written, 43a's "Lichtenstein") in "Canadian dlr(s)" NORP CAN, Luxembourg
GPE LUX; Gillette Canada Inc ORG CAN (a subsidiary takes the country its name gives, 28b/41a/43b), its
parent Gillette Co ORG USA, Morgan Stanley Ltd ORG USA (the U.S. house's London unit, 13b's Morgan Stanley
International). Programmes (Export Enhancement Program), currencies (dlrs, yen, stg) and products are not
entities.

Judgement calls made here:
* 12976 (Customs bond on Japanese goods, DCT Fri 1987-04-03, WASHINGTON): "The Customs Bureau has begun to
  levy on bond on certain Japanese goods" is SANCTION USA GOV -> JPN (a trade restriction ahead of the
  tariff; "Japanese" as actor2, own_dev's tariffs on Japanese goods), asserted, undated (present perfect
  with no time expression in its clause, EVENTS.md 17; 1987-03-31 from the next sentence's later mention
  arguable), "the bureau said" rule-3 attribution; "pending a final decision by President Reagan on April
  17 on imposing the planned 100 pct tariff" is SANCTION USA (Reagan) -> JPN on "tariff", planned ("the
  planned ... tariff", "as expected"; hypothetical arguable while the decision is pending), 1987-04-17 (19a /
  44a's tariffs "on April 17"), "decision" skipped as its frame. "A bureau official said bonding began on
  March 31" is the later mention of the levy keeping its own time expression (EVENTS.md 21), 1987-03-31,
  "said" attribution; "if the penalties are imposed as expected" is a condition and the retroactivity its
  content (skipped). "The penalties are to be levied on variety of electronic items" is the later mention
  of the planned tariff (planned, 1987-04-17, Japan as actor2 from "retaliation for Japan's failure");
  "Japan's failure to comply" is the U.S. grounds (ACCUSE arguable, skipped as 19a/44a) and "a July 1986
  agreement to end dumping ... and to open its home market" is AGREE JPN -> USA (implied parties, Japan
  first as 44a's identical phrase), 1986-07 (a nominal with its own date, EVENTS.md 11).
* 17522 (CBT yen bond futures, DCT Mon 1987-06-01, WASHINGTON): "The Chicago Board of Trade (CBT) has
  asked federal regulators for authority to trade a futures contract" is REQUEST USA BUS -> USA GOV (25a's
  CBOT "applied for permission"), undated (a perfect verbal act with no time expression, 15/16); "The
  CFTC said it has received an application from CBT" is its later mention (the application is the act,
  "said" rule-3 attribution and "received" the light verb; a STATEMENT by the CFTC arguable), undated as its
  first mention; the contract's terms are the application's content. "CFTC has requested public comment on
  the proposal" is REQUEST USA GOV -> null (the public is no actor, 19a/21a), undated (perfect verbal act;
  the DCT as 19a's "asked" arguable), location null.
* 3646 (St. Joe Gold's Ontario mine, DCT Wed 1987-03-11, CLAYTON, Mo.): the eight "said" clauses of the
  company (the development plan, the spending, the conditional production start, reserves, output,
  exploration, the South Dakota deposit, the feasibility study) are STATEMENTs (USA BUS, DCT, CLAYTON):
  a company's own development plans have no type; permits to be obtained / granted are content or
  conditions (skipped).
* 8093 (Hussein on Iran's year of decisiveness, DCT Sun 1987-03-22, BAGHDAD): "President Saddam Hussein said
  Iraq had foiled Iran's promise of a decisive victory" is a STATEMENT (a claim about the war's course;
  "foiled" skipped as its content, ASSAULT IRQ -> IRN arguable) and "but acknowledged the latest fighting
  cost his nation higher losses" a second STATEMENT (a second reporting verb, EVENTS.md 3), both IRQ GOV,
  DCT, BAGHDAD; "Hussein warned his frontline troops to expect further Iranian attacks" is a STATEMENT (a
  warning to his own troops with no consequence from the speaker: own_blind's "warned that partners may
  resist"; the expected attacks its content, ASSAULT IRN -> IRQ planned arguable); "what Baghdad has
  hailed as the failure" is a background relative (skipped; an undated STATEMENT IRQ arguable). "Iran's
  leadership had pledged a decisive breakthrough" is a pledge of victory to its own side (no AGREE
  counterpart; THREATEN IRN -> IRQ or an undated STATEMENT arguable: skipped, as the S1 nominal "Iran's
  promise"); "and mounted a major offensive towards Iraq's second city of Basra ... in January" is ASSAULT
  IRN -> IRQ on "offensive" (the event noun after a light verb), 1987-01 ("in January": a past bare month,
  its most recent occurrence), at Basra. "Iraq has never given any casualty figures" is a withheld
  STATEMENT (negated, IRQ GOV), undated (a standing "never" with no time expression; the DCT as "had no
  comment" arguable); "but Hussein conceded they were high" and the closing quote ("we would lose more of
  our loved ones ...", he said in a speech read on radio and television) restate the acknowledgement:
  later mentions of it (DCT; the speech has no time expression), "speech" and "read" parts of the
  reporting clause. The war itself and "the latest fighting" are background / content nominals.
* 21371 (ITU car phone rules, DCT Mon 1987-10-19, GENEVA): no event (a negative). The ITU's two decisions
  "to allow" mobile phone links with satellites and a radio determination satellite system are regulatory
  decisions of an international body with no party acted upon (no type; RETREAT null -> null arguable, as
  domestic regulation is skipped), the five-week conference and "The meeting" an internal meeting of one
  body's members (EVENTS.md 10; CONSULT arguable), and "telecommunications officials said" names no body
  (EVENTS.md 4; ITU officials, a STATEMENT null IGO, arguable): all skipped.
* 5640 (CCC bonus barley to Cyprus, DCT Mon 1987-03-16, WASHINGTON, as 29b's 11645 / 27b's 3904): accepting
  the export-bonus bid, the bonus made to Harvest States and its payment in kind are export-bonus
  administration (GUIDELINES: no type), the sale to Cyprus a purpose nominal (COOPERATE arguable), so the
  three "said" clauses of the U.S. Agriculture Department are STATEMENTs (USA GOV, DCT, WASHINGTON); "the
  Export Enhancement Program initiative announced on August 26, 1986" is a STATEMENT by the implied USDA,
  1986-08-26, location null (27b's "announced Jan 26", 43a's "announced on September 12, 1986").
* 1163 (Victorian agency Canadian dlr bond, DCT Tue 1987-03-03, LONDON) and 15746 (Gillette Canada sterling
  bond, DCT Thu 1987-04-09, LONDON): the lead manager's "said" is a STATEMENT (own_blind2 / 14b / 43a; CAN
  BUS Wood Gundy, USA BUS Morgan Stanley), DCT, LONDON; the issues, terms, listings and the guarantees (the
  State of Victoria for its own agency; Gillette Co for its Canadian subsidiary: corporate finance, 43a's
  parent guarantee, AID arguable) are corporate finance (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind50b.jsonl"

WAS = ("WASHINGTON", "USA")
CLAYTON = ("CLAYTON", "USA")
BAG = ("BAGHDAD", "IRQ")
LON = ("LONDON", "GBR")

USA_GOV_IMPLIED = (None, "USA", "GOV")
JPN_GOV_IMPLIED = (None, "JPN", "GOV")
JAPANESE = ("Japanese", "JPN", "GOV")
CBT = ("The Chicago Board of Trade", "USA", "BUS")
STJOE = ("St. Joe Gold Corp", "USA", "BUS")
HUSSEIN = ("President Saddam Hussein", "IRQ", "GOV")
USDA = ("the U.S. Agriculture Department", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12976": {
        "events": [
            # 0
            ("SANCTION", "levy", ("The Customs Bureau", "USA", "GOV"), JAPANESE, None,
             None, "unknown", None, "asserted", None,
             "has begun to levy a bond on certain Japanese goods ahead of the tariff decision (a trade "
             "restriction); present perfect with no time expression in its clause: undated (EVENTS.md 17; "
             "1987-03-31 from the later mention arguable); 'the bureau said' rule-3 attribution"),
            # 1
            ("SANCTION", "tariff", ("President Reagan", "USA", "GOV"), JAPANESE, None,
             "1987-04-17", "day", "April 17", "planned", None,
             "the planned 100 pct tariff on the Japanese shipments, final decision by Reagan on April 17 (19a/44a; "
             "'the planned', 'as expected': planned; hypothetical arguable while the decision is pending)"),
            # 2
            ("SANCTION", "bonding", USA_GOV_IMPLIED, JPN_GOV_IMPLIED, None,
             "1987-03-31", "day", "on March 31", "asserted", 0,
             "later mention: bonding began on March 31 (keeps its own time expression, EVENTS.md 21); 'A bureau "
             "official said' rule-3 attribution"),
            # 3
            ("SANCTION", "levied", USA_GOV_IMPLIED, (("Japan", "retaliation for"), "JPN", "GOV"), None,
             "1987-04-17", "day", "April 17", "planned", 1,
             "later mention: the penalties are to be levied on electronic items in retaliation against Japan "
             "(takes the first mention's date)"),
            # 4
            ("AGREE", "agreement", JPN_GOV_IMPLIED, USA_GOV_IMPLIED, None,
             "1986-07", "month", "July\n1986", "asserted", None,
             "a July 1986 agreement to end dumping semiconductors and open Japan's market to U.S. goods (a nominal "
             "with its own date, EVENTS.md 11; implied parties, Japan first as 44a)"),
        ],
        "skip": [
            ("begun", "aspectual verb of the levy (recorded on 'levy')"),
            (("said", "shipments, the bureau"), "rule-3 attribution (the levy is the event)"),
            ("pending", "frame: the pending decision"),
            ("decision", "frame of the planned tariff (recorded on 'tariff')"),
            (("said", "A bureau official"), "rule-3 attribution (the bonding is the event)"),
            (("imposed", "if the penalties"), "condition (the planned tariff, recorded in the first sentence)"),
            ("period of comment", "procedure (comment period)"),
            ("retroactive", "content: terms of the planned tariff"),
            ("retaliation", "purpose of the penalties"),
            ("failure to comply", "the U.S. grounds, background nominal (ACCUSE USA -> JPN arguable, 19a/44a)"),
            ("end dumping", "content of the agreement"),
            (("open", "and to open"), "content of the agreement"),
        ],
        "entities": [
            ("Customs Bureau", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Reagan", "PERSON", "USA"),
            (("Japan", "retaliation for"), "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-17522": {
        "events": [
            # 0
            ("REQUEST", "asked", CBT, ("federal regulators", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "asked federal regulators for authority to trade a JGB futures contract (25a's CBOT application); a "
             "perfect verbal act with no time expression: undated (15/16)"),
            # 1
            ("REQUEST", "application", (("CBT", "application from"), "USA", "BUS"),
             ("The Commodity Futures Trading Commission", "USA", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the CFTC has received an application from CBT (the application is the act; 'said' "
             "rule-3 attribution, 'received' its light verb; a STATEMENT by the CFTC arguable)"),
            # 2
            ("REQUEST", "requested", (("CFTC", "CFTC has requested"), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "requested public comment on the proposal (the public: no actor2, 19a/21a); perfect verbal act with no "
             "time expression: undated (the DCT as 19a's 'asked' arguable)"),
        ],
        "skip": [
            (("trade", "authority to"), "content of the request"),
            (("said", "(CFTC) said"), "rule-3 attribution (the application is the event)"),
            ("received", "light verb of the application (recorded on 'application')"),
            ("proposed", "anaphoric (the proposed contract), its terms content"),
            (("quoted", "would be quoted"), "contract terms"),
            ("comment on", "content of the request"),
            ("proposal", "anaphoric nominal (the CBT application)"),
        ],
        "entities": [
            ("Chicago Board of Trade", "ORG", "USA"),
            ("CBT", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Commodity Futures Trading Commission", "ORG", "USA"),
            ("CFTC", "ORG", "USA"),
            (("CBT", "application from"), "ORG", "USA"),
            (("CFTC", "CFTC has requested"), "ORG", "USA"),
        ],
    },
    "reuters21578-3646": {
        "events": [
            # 0
            ("STATEMENT", "said", STJOE, None, CLAYTON,
             "1987-03-11", "day", None, "asserted", None,
             "plans to proceed with development of its Ontario gold property (the company's own plan: no type); wire "
             "style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "It said about"), (("It", "It said about"), "USA", "BUS"), None, CLAYTON,
             "1987-03-11", "day", None, "asserted", None, "spending on underground development and the mill; DCT"),
            # 2
            ("STATEMENT", ("said", "St. Joe Gold said if"), (("St. Joe Gold", "St. Joe Gold said if"), "USA", "BUS"),
             None, CLAYTON,
             "1987-03-11", "day", None, "asserted", None,
             "would start production in the second half of fiscal 1988 if permits are granted (own plan); DCT"),
            # 3
            ("STATEMENT", ("said", "The company said the property"),
             (("The company", "The company said the property"), "USA", "BUS"), None, CLAYTON,
             "1987-03-11", "day", None, "asserted", None, "estimated gold content and reserves (statistics); DCT"),
            # 4
            ("STATEMENT", ("said", "It said initial"), (("It", "It said initial"), "USA", "BUS"), None, CLAYTON,
             "1987-03-11", "day", None, "asserted", None, "expected initial mine output; DCT"),
            # 5
            ("STATEMENT", ("said", "St. Joe Gold said the Golden"),
             (("St. Joe Gold", "St. Joe Gold said the Golden"), "USA", "BUS"), None, CLAYTON,
             "1987-03-11", "day", None, "asserted", None, "the vein not yet tested, exploration continuing; DCT"),
            # 6
            ("STATEMENT", ("said", "The company also said"), (("The company", "The company also said"), "USA", "BUS"),
             None, CLAYTON,
             "1987-03-11", "day", None, "asserted", None, "the South Dakota deposit's drilled reserves; DCT"),
            # 7
            ("STATEMENT", ("said", "It said preliminary"), (("It", "It said preliminary"), "USA", "BUS"), None,
             CLAYTON,
             "1987-03-11", "day", None, "asserted", None,
             "preliminary results encouraging, feasibility study nearing completion; DCT"),
        ],
        "skip": [
            ("plans", "content: the company's own development plan"),
            ("proceed with development", "content: the company's own development (no type)"),
            ("spent", "content: investment spending"),
            ("obtain operating permits", "content: permits to be obtained (administration)"),
            ("required", "content"),
            ("construct", "content: building the mill"),
            ("granted", "condition (permits granted)"),
            (("start", "would start"), "content: the planned production start (no type)"),
            (("estimated", "property is"), "statistics (reserve estimate)"),
            (("expected", "output is"), "statistics (output forecast)"),
            ("tested", "content: exploration status"),
            ("exploration is continuing", "content: the company's own exploration"),
            ("shown by drilling", "content: drilling results"),
            ("feasibility\nstudy", "content: the company's own study"),
        ],
        "entities": [
            ("St. Joe Gold Corp", "ORG", "USA"),
            ("Ontario", "GPE", "CAN"),
            (("St. Joe Gold", "St. Joe Gold said if"), "ORG", "USA"),
            (("St. Joe Gold", "St. Joe Gold said the Golden"), "ORG", "USA"),
            ("Carbonate district", "LOC", "USA"),
            ("South Dakota", "GPE", "USA"),
        ],
    },
    "reuters21578-8093": {
        "events": [
            # 0
            ("STATEMENT", "said", HUSSEIN, None, BAG,
             "1987-03-22", "day", None, "asserted", None,
             "claim that Iraq foiled Iran's promised decisive victory (assessment of the war; 'foiled' content, "
             "ASSAULT arguable); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "acknowledged", HUSSEIN, None, BAG,
             "1987-03-22", "day", None, "asserted", None,
             "second reporting verb (EVENTS.md 3): the latest fighting cost Iraq higher losses; DCT"),
            # 2
            ("STATEMENT", "warned", (("Hussein", "Hussein warned"), "IRQ", "GOV"), None, BAG,
             "1987-03-22", "day", None, "asserted", None,
             "warned his own troops to expect further Iranian attacks (no consequence from the speaker: own_blind's "
             "'warned that partners may resist'; the troops are the audience); DCT"),
            # 3
            ("ASSAULT", "offensive", ("Iran's leadership", "IRN", "GOV"), (("Iraq", "towards"), "IRQ", "GOV"),
             ("Basra", "IRQ"),
             "1987-01", "month", "in January", "asserted", None,
             "mounted a major offensive towards Basra in January (event noun after a light verb; a past bare month: "
             "its most recent occurrence, 1987-01)"),
            # 4
            ("STATEMENT", "given", (("Iraq", "Iraq has never"), "IRQ", "GOV"), None, None,
             None, "unknown", None, "negated", None,
             "Iraq has never given casualty figures: a withheld statement (negated), standing 'never' with no time "
             "expression: undated (the DCT as 'had no comment' arguable)"),
            # 5
            ("STATEMENT", "conceded", (("Hussein", "but Hussein"), "IRQ", "GOV"), None, BAG,
             "1987-03-22", "day", None, "asserted", 1,
             "later mention: Hussein conceded the casualties were high (restates the acknowledgement); DCT"),
            # 6
            ("STATEMENT", ("said", "he said in a speech"), (("he", "he said in a speech"), "IRQ", "GOV"), None, BAG,
             "1987-03-22", "day", None, "asserted", 1,
             "later mention: the quoted source of the acknowledgement ('we would lose more of our loved ones'), in "
             "a speech read on radio and television (no time expression: DCT)"),
        ],
        "skip": [
            ("foiled", "content of the claim (ASSAULT IRQ -> IRN arguable)"),
            ("promise", "background nominal: Iran's promise of victory to its own side (no AGREE counterpart)"),
            (("war", "in their"), "background nominal (the Iran-Iraq war)"),
            (("fighting", "the latest"), "content of the acknowledgement (ASSAULT arguable)"),
            ("cost", "content of the acknowledgement"),
            ("attacks", "content of the warning (expected Iranian attacks; ASSAULT IRN -> IRQ planned arguable)"),
            ("spoil", "content of the warning"),
            ("celebrations", "no type (domestic celebrations)"),
            ("hailed", "background relative clause (an undated STATEMENT by Baghdad arguable)"),
            ("failure", "content of the hailing"),
            ("pledged", "Iran's pledge of a decisive breakthrough to its own side (no AGREE counterpart; THREATEN "
                        "IRN -> IRQ or an undated STATEMENT arguable)"),
            (("war", "year-long"), "background nominal (the Iran-Iraq war)"),
            (("ended", "which"), "no event (the Persian year's end)"),
            (("fighting", "the fighting this time"), "content of the quote"),
            ("lose", "content of the quote"),
            ("speech", "part of the reporting clause"),
            (("read", "speech read"), "part of the reporting clause (broadcast)"),
        ],
        "entities": [
            ("Saddam Hussein", "PERSON", "IRQ"),
            (("Iraq", "said Iraq"), "GPE", "IRQ"),
            ("Iran", "GPE", "IRN"),
            (("Hussein", "Hussein warned"), "PERSON", "IRQ"),
            ("Iranian", "NORP", "IRN"),
            (("Iraq", "throughout"), "GPE", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iran", "failure of"), "GPE", "IRN"),
            (("Iran", "Iran's leadership"), "GPE", "IRN"),
            ("Persian", "NORP", "IRN"),
            (("Iraq", "towards"), "GPE", "IRQ"),
            ("Basra", "GPE", "IRQ"),
            (("Iraq", "Iraq has never"), "GPE", "IRQ"),
            (("Hussein", "but Hussein"), "PERSON", "IRQ"),
        ],
    },
    "reuters21578-21371": {
        "events": [],
        "skip": [
            ("regulates", "habitual (the body's remit)"),
            (("decided", "worldwide,"), "regulatory decision of an international body, no party acted upon (no "
                                        "type; RETREAT null -> null arguable)"),
            ("conference", "internal meeting of one body's members (EVENTS.md 10; CONSULT arguable)"),
            (("allow", "to allow mobile"), "content of the decision"),
            ("said", "officials of no named body (EVENTS.md 4; ITU officials, a STATEMENT null IGO, arguable)"),
            ("ruling", "anaphoric nominal (the decision)"),
            ("meeting", "anaphoric nominal (the conference, internal meeting)"),
            ("finished", "aspectual (end of the conference)"),
            (("decided", "also decided"), "regulatory decision of an international body (no type)"),
            (("allow", "decided to allow"), "content of the decision"),
        ],
        "entities": [
            ("International Telecommunications\nUnion", "ORG", None),
        ],
    },
    "reuters21578-5640": {
        "events": [
            # 0
            ("STATEMENT", "said", USDA, None, WAS,
             "1987-03-16", "day", None, "asserted", None,
             "the CCC accepted an export-bonus bid for barley to Cyprus (export-bonus administration: no type, "
             "GUIDELINES / 27b / 29b; so the reporting clause is a STATEMENT)"),
            # 1
            ("STATEMENT", ("said", "Cooperatives, the"), (("the department", "Cooperatives,"), "USA", "GOV"), None,
             WAS, "1987-03-16", "day", None, "asserted", None,
             "shipment period and the bonus made to Harvest States Cooperatives; DCT"),
            # 2
            ("STATEMENT", ("said", "The department said an"), (("The department", "The department said an"), "USA",
                                                              "GOV"), None, WAS,
             "1987-03-16", "day", None, "asserted", None, "barley still available to Cyprus under the programme; DCT"),
            # 3
            ("STATEMENT", "announced", USA_GOV_IMPLIED, None, None,
             "1986-08-26", "day", "August 26, 1986", "asserted", None,
             "the Export Enhancement Program initiative announced on August 26, 1986 (reduced relative with its own "
             "date, EVENTS.md 11; 27b's 'announced Jan 26'; the announcer implied: the USDA)"),
        ],
        "skip": [
            ("accepted", "acceptance of an export-bonus bid: export-bonus administration (no type, GUIDELINES)"),
            (("sale", "cover the"), "the sale to Cyprus covered by the bonus: purpose nominal (COOPERATE arguable)"),
            ("shipment", "shipment schedule (content)"),
            (("made", "was made"), "export-bonus administration (bonus made to the exporter)"),
            ("paid", "bonus payment in kind: export-bonus administration"),
            ("available", "stative (tonnage still available under the programme)"),
            ("initiative", "programme nominal (its announcement is coded on 'announced')"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("Cyprus", "GPE", "CYP"),
            ("U.S. Agriculture\nDepartment", "ORG", "USA"),
            ("Harvest States Cooperatives", "ORG", "USA"),
            (("CCC", "inventory of"), "ORG", "USA"),
            (("U.S.", "42,000 tonnes of"), "GPE", "USA"),
            (("Cyprus", "available to"), "GPE", "CYP"),
        ],
    },
    "reuters21578-1163": {
        "events": [
            # 0
            ("STATEMENT", "said", ("lead manager\nWood Gundy Ltd", "CAN", "BUS"), None, LON,
             "1987-03-03", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance; own_blind2 / 14b)"),
        ],
        "skip": [
            ("is issuing", "corporate finance (bond issue)"),
            ("paying", "bond terms"),
            ("priced", "bond terms"),
            ("listed", "corporate finance (listing)"),
            ("guaranteed", "state guarantee of its own agency's bond: corporate finance, same country"),
            (("pays", "management and"), "bond terms (fees)"),
        ],
        "entities": [
            ("Victorian Public Authorities Finance\nAgency", "ORG", "AUS"),
            ("Canadian", "NORP", "CAN"),
            ("Wood Gundy Ltd", "ORG", "CAN"),
            ("Canadaian", "NORP", "CAN"),
            ("Luxembourg", "GPE", "LUX"),
            ("State of Victoria", "GPE", "AUS"),
        ],
    },
    "reuters21578-15746": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Morgan Stanley Ltd", "USA", "BUS"), None, LON,
             "1987-04-09", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance; own_blind2 / 14b)"),
        ],
        "skip": [
            ("is issuing", "corporate finance (bond issue)"),
            ("carrying", "bond terms"),
            ("priced", "bond terms"),
            ("guaranteed", "parent's guarantee of its subsidiary's bond: corporate finance (AID USA -> CAN arguable, "
                           "43a)"),
            ("listed", "corporate finance (listing)"),
        ],
        "entities": [
            ("Gillette Canada Inc", "ORG", "CAN"),
            ("Morgan Stanley Ltd", "ORG", "USA"),
            ("Gillette Co", "ORG", "USA"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
