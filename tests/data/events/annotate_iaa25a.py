"""Build ``iaa25a.jsonl``: an independent second annotation of the 8 articles of ``own_blind25a``, for an
inter-annotator agreement check. It was written from the article texts alone, without looking at
``own_blind25a.jsonl``, ``annotate_own_blind25a.py`` or any system output on these articles. It holds
every event and every named entity mention.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_iaa25a.py /path/to/reuters21578.jsonl.gz

Sample (that of own_blind25a): the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,811 left; also minus the 16 stories drawn for own_blind24, 2,795 left); 24 drawn with random.Random(25101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
48 event records (45 first mentions, 3 later mentions), 123 not_annotated spans, 125 entity mentions;
no article without events; 19372 (Liposome subsidiary), 16753 (China sorghum) and 4835 (Dresdner Bank
on Soviet trade) have reporting-clause STATEMENTs only. Types: STATEMENT 29, AGREE 7, REQUEST 5,
THREATEN 2, ASSAULT 2, CONSULT 1, REJECT 1, ACCUSE 1; modality: asserted 44, planned 2, negated 2;
precision: day 38, unknown 9, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match, "Chicago" inside "Chicago Board of
Trade", was fixed). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("CBOT chairman Karsten Mahlmann", "Iranian Premier
Mir-Hossein Mousavi": the ORG / NORP and the PERSON); a place inside an organisation's name is not tagged
separately ("University of British Columbia", "Chicago Board of Trade", "London International Financial
Futures Exchange", "China Daily Business Weekly"), but "Chicago" in "Chicago time" is a GPE; "U.S." in
"U.S. Dollars" and in "U.S. Treasury note ... futures" (a product) is a GPE (14a); a government body with
its country word is one ORG span ("U.S. Commodity Futures Trading Commission", "U.S. Navy"), and the bare
"Navy" of "Navy personnel" is ORG USA; "Finance Ministry's Securities Bureau" gives two ORG mentions
(JPN); the misspelt "Finance Ministy" (Taiwan) is tagged as written; "Simon and Schuster's International
Group" gives "Simon and Schuster" and "International Group" (ORG USA), and the imprints "Simon and
Schuster" (trade books) and "Prentice Hall" are ORG USA; Woodhead-Faulkner (a "British-based publisher")
and Martin Woodhead GBR; Henry Hirschberg (president of the U.S. group's international arm) USA;
Liposome Co Inc (Princeton, N.J.) USA and its subsidiary Canadian Liposome Co Ltd CAN; Pieter Cullis
(University of British Columbia researcher) CAN; Michael Stein (Dresdner Bank's Moscow representative)
DEU, his bank's country (SUN for his post arguable); Moscow and the Soviet Union SUN, "Soviet" NORP
SUN; the Gulf and the Far East LOC null, "Far Eastern" NORP null (as "Latin American"); CBOT and LIFFE
ORG USA / GBR (exchanges, kind ORG as 17a); Citibank ORG USA; First Commercial Bank and Soochow
University ORG TWN; Reuters ORG GBR; the Rostam platform (a facility) and "East-West" are not entities.

Judgement calls made here:
* 19372 (Liposome): forming a Canadian subsidiary is corporate (no type), so "announced" at the annual
  meeting is a STATEMENT (wire style, no time expression: DCT, PRINCETON; the meeting is the venue).
  "It said the company cements a relationship with ... Pieter Cullis and his scientific group who are
  developing anti-cancer products for Liposome" is a STATEMENT; the relationship and the contract research
  are skipped (COOPERATE arguable). The completed stock offering (on June 11) and its net proceeds are
  corporate finance: "The company also said" and "Liposome said" are STATEMENTs at the DCT.
* 15403 (CBOT yen bond futures): listing a contract and starting evening trading are an exchange's own
  business (no type), so Mahlmann's "said", "told reporters", "added" (EVENTS.md 3), "cited" (answer to a
  question, the question skipped) and "he said" are STATEMENTs (DCT, TOKYO); the CFTC "approval" is a
  condition (skipped). "Mahlmann earlier told a press conference he would visit Kyoji Kitamura ... to
  express the CBOT's concern that Japanese financial institutions ... are not permitted to trade on the
  CBOT" is CONSULT USA -> JPN planned, undated (the visit has no time expression; "earlier told" is rule-3
  attribution), the expressed concern its purpose (skipped; ACCUSE planned arguable). "is on a two-week
  tour of Hong Kong, Tokyo and Sydney" is stative, no host named (skipped; CONSULT arguable). "Mahlmann
  urged Japan to boost Tokyo's status ..." is REQUEST USA -> JPN (DCT). The Finance Ministry's expected
  permission for local institutions to use overseas markets and its likely bar on other investors are
  domestic deregulation inside anonymous "bond market sources" talk (skipped, as own_blind's domestic
  financial deregulation); "but officials would only say the issue was under study" is a STATEMENT by
  (the ministry's) officials, JPN GOV, identifiable by EVENTS.md 4 (DCT). Dealers' and traders' talk (the
  proposed CBOT-LIFFE link, LIFFE's plans) is skipped. "The CBOT applied for permission to offer a ...
  Japanese government bond futures contract on March 17" is REQUEST USA (ORG) -> "the authorities" (the
  U.S. regulator of the first sentence: USA GOV), 1987-03-17 (an application to an authority, as 19b's
  application to the UN; a regulatory filing with no type arguable); the authorities' pending ruling and
  "the request" are skipped.
* 10266 (Mexico debt package): "Mexico denied reports that British banks are resisting signing" is REJECT
  MEX -> null (the reports come from anonymous banking sources, as 23b's Iran denial; GBR arguable), DCT,
  MEXICO CITY. "In a statement, the Finance Ministry said the process ... was going as planned" is a
  STATEMENT (the denial's substance; REJECT later mention arguable). The London banking sources' quoted
  claims are anonymous (skipped). "the Finance Ministry statement said all the British banks had promised
  their participation in the loan" is AGREE GBR BUS -> MEX (implied), undated (pluperfect), "said"
  attribution. The quote about contributions matching "the request of the Mexican government" is a
  STATEMENT (the request a background nominal, skipped). "Citibank ... has received cables from the British
  banks 'confirming said commitment'" is the later mention of that promise on "confirming" (undated), with
  the borrower as counterpart (Citibank, USA, only receives the cables as chair of Mexico's advisory
  committee; AGREE GBR -> USA arguable; a separate first-mention AGREE for the confirmation arguable).
  The closing schedule (books closed by mid-April, first money by end-month) is a STATEMENT; the money's
  arrival has no named lender (skipped). "French, Swiss and 'some' Canadian banks had subscribed to the
  package" is AGREE split into FRA, CHE and CAN records (EVENTS.md 12), each -> MEX implied, undated;
  "the remaining Canadian banks would sign the accord in the next few days" is AGREE CAN -> MEX planned,
  "in the next few days" from Thursday 26 March kept at its month (1987-03, EVENTS.md 21). Subscribing to a
  loan package is read as committing to it (AGREE), not as the lending itself (AID arguable).
* 16753 (China sorghum): the China Daily Business Weekly is an identifiable newspaper speaker (CHN ORG);
  its "said", "It said" (twice) and "it added" are STATEMENTs (forecast and statistics, DCT, PEKING), "but
  gave no more details" a withheld STATEMENT (negated, own_blind3's "gave no figures"). Price movements,
  farmers' behaviour and statistics are skipped.
* 20982 (Simon and Schuster / Woodhead-Faulkner): "said it agreed in principle to acquire <Woodhead-Faulkner
  (Publishers) Ltd>" is AGREE USA BUS -> GBR BUS (toward the company acquired, the sets 15-16 call; EVENTS.md 8,
  "acquire" skipped), undated (rule 17), "said" attribution; "for undisclosed terms" is attributive (no
  withholding clause, 19b; skipped). "Simon and Schuster said that Woodhead-Faulkner will continue to
  publish under that name" is a STATEMENT (DCT, NEW YORK). The unreported management arrangement (Martin
  Woodhead reporting to Hirschberg), the deal's completion and the 1972 founding have no type.
* 4835 (Dresdner Bank on Soviet trade): Michael Stein's forecast ("said"), his assessment at a bank
  presentation ("told"; "last year" dates the content, not the telling) and the bank economist Alfred
  Apholte's assessment ("said") are three STATEMENTs (DEU BUS, DCT, FRANKFURT). Price and exchange-rate
  effects have no acting actor (skipped).
* 20092 (Mousavi in Damascus): DCT Tuesday 1987-10-20. "Mousavi reiterated his country would retaliate
  for U.S. Navy attacks" is THREATEN IRN -> USA (the U.S. Navy; the threat is asserted), DCT (wire style),
  located at the Damascus news conference; the quote '"... And we will retaliate properly for this
  perfidious American aggression," Mousavi told a news conference in Damascus' is its later mention on
  "told" (target the U.S. of the quote); the condemnation in the same quote ("jeopardises our national
  sovereignty", "aggression") is skipped as its content (a separate ACCUSE IRN -> USA arguable). The
  attacks of the first sentence and "The U.S. Attack" of the quote are presupposed / anaphoric nominals
  (skipped); the attacks are coded on "On Monday U.S. Navy warships blasted the Rostam platform, and Navy
  personnel stormed a second platform": two ASSAULT records USA MIL -> IRN GOV, both 1987-10-19 (the
  fronted "On Monday" governs both conjuncts, 19a), located in the Gulf. "Washington said the operation
  was aimed at destroying positions used by Iran to track and assault neutral Gulf shipping" is ACCUSE USA
  -> IRN (the justification alleges Iran's use of the positions, 19a's "platforms were used to ... launch
  ... attacks"; STATEMENT arguable), DCT, location the dateline city.
* 10606 (Taiwan forex controls): DCT 1987-03-28. "Premier Yu Kuo-Hua ordered financial officials to
  quicken the pace of relaxing foreign exchange controls and study ... suspending the controls, a cabinet
  statement said" is REQUEST TWN -> TWN (an order to the government's own officials; GUIDELINES: an advisory
  body's recommendation to its own government is a REQUEST toward it), undated: the order is reported by the cabinet statement with no time expression
  (DCT arguable; "said" rule-3 attribution); the relaxation itself is domestic deregulation (content;
  RETREAT arguable, no counterpart). "The statement quoted Yu as telling Finance Ministy and Central Bank
  officials the relaxation was needed ..." is the order's later mention (the order restated with its
  reason, EVENTS.md 2), relayed ("quoted ... as"): undated, trigger "quoted". Finance Minister Robert
  Chien's "told reporters" (joint work on new measures to ease the controls: domestic, the inter-agency
  work skipped) is a STATEMENT and "but he did not give details" a withheld STATEMENT (negated); "Yu said
  the government could maintain the framework ..." and "But he said that while easing the controls would
  help reduce the reserves ..." ("he" = Yu, the last named speaker) are STATEMENTs (all DCT, TAIPEI).
  "according to official figures" is statistics with no identifiable speaker; "Economists and bankers
  said" is anonymous, and the "growing pressure from the United States" inside it is a background nominal
  (skipped; REQUEST USA -> TWN arguable). The named professor Lu Ming-Jen's "told Reuters" is a STATEMENT
  (TWN PERSON; named economists are identifiable, 10b). "Ko Fei-Lo, Vice President at First Commercial
  Bank, said the government should rapidly relax its foreign exchange controls and open its market wider"
  is REQUEST TWN BUS -> TWN GOV (EVENTS.md 2); his quoted assessment ("will not only help our trading
  partners ...") and "He said the mounting foreign exchange reserves helped boost ... money supply" are
  STATEMENTs (DCT).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

PRI = ("PRINCETON", "USA")
TOK = ("TOKYO", "JPN")
MXC = ("MEXICO CITY", "MEX")
PEK = ("PEKING", "CHN")
NYC = ("NEW YORK", "USA")
FRA = ("FRANKFURT", "DEU")
DAM = ("DAMASCUS", "SYR")
TPE = ("TAIPEI", "TWN")
DAMASCUS = ("Damascus", "SYR")
GULF = ("Gulf", None)

MAHLMANN = "USA", "ORG"
MEX_IMPLIED = (None, "MEX", "GOV")
CHINA_DAILY = "CHN", "ORG"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19372": {
        "events": [
            # 0
            ("STATEMENT", "announced", ("Liposome Co Inc", "USA", "BUS"), None, PRI,
             "1987-06-19", "day", None, "asserted", None,
             "announcement at the annual meeting of a new Canadian subsidiary (forming a subsidiary: corporate, no "
             "type); no time expression: DCT"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "BUS"), None, PRI,
             "1987-06-19", "day", None, "asserted", None,
             "the subsidiary cements a relationship with Cullis' research group (COOPERATE arguable, skipped)"),
            # 2
            ("STATEMENT", ("said", "The company also said"), (("The company", "The company also"), "USA", "BUS"), None,
             PRI, "1987-06-19", "day", None, "asserted", None,
             "lead bankers completed the stock offering on June 11 (corporate finance: the June 11 date is the "
             "offering's, the saying is wire style)"),
            # 3
            ("STATEMENT", ("said", "Liposome said"), (("Liposome", "Liposome said"), "USA", "BUS"), None, PRI,
             "1987-06-19", "day", None, "asserted", None, "net proceeds of the offering (corporate finance)"),
        ],
        "skip": [
            ("meeting", "venue of the announcement (the company's own annual meeting)"),
            ("formation", "forming a subsidiary: corporate, no type (content of the announcement)"),
            ("cements a relationship", "content of the statement (a research relationship: COOPERATE arguable)"),
            ("developing", "background relative clause (contract research for Liposome: COOPERATE arguable)"),
            ("completed", "stock offering: corporate finance (content)"),
            ("offering", "stock offering: corporate finance"),
            ("netted", "offering proceeds: corporate finance (content)"),
        ],
        "entities": [
            ("Liposome Co Inc", "ORG", "USA"),
            (("Canadian", "formation of a"), "NORP", "CAN"),
            ("Canadian Liposome Co Ltd", "ORG", "CAN"),
            ("University of British Columbia", "ORG", "CAN"),
            ("Pieter Cullis", "PERSON", "CAN"),
            (("Liposome", "products for"), "ORG", "USA"),
            (("Liposome", "completed"), "ORG", "USA"),
            (("Liposome", "a share."), "ORG", "USA"),
        ],
    },
    "reuters21578-15403": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Karsten Mahlmann", *MAHLMANN), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "the CBOT will list yen bond futures once the CFTC approves (listing a contract: no type; the "
             "approval is a condition)"),
            # 1
            ("CONSULT", "visit", (("Mahlmann", "Mahlmann earlier"), *MAHLMANN), ("Kyoji Kitamura", "JPN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "will visit the Finance Ministry's Securities Bureau chief (visitor first) to express the CBOT's concern; "
             "'earlier told a press conference' is attribution dating the telling, the visit has no time expression"),
            # 2
            ("REQUEST", "urged", (("Mahlmann", "Mahlmann urged"), *MAHLMANN), (("Japan", "urged Japan"), "JPN", "GOV"),
             TOK, "1987-04-09", "day", None, "asserted", None,
             "urged Japan to internationalise its financial industry (wire style: DCT)"),
            # 3
            ("STATEMENT", ("say", "officials would only"), (("officials", "sources said, but"), "JPN", "GOV"), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "(Finance Ministry) officials would only say the issue was under study (identifiable officials, "
             "EVENTS.md 4; the anonymous sources' forecast before it is skipped)"),
            # 4
            ("STATEMENT", ("told", "Mahlmann told reporters"), (("Mahlmann", "Mahlmann told"), *MAHLMANN), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "the CBOT will start evening trading on April 30 (an exchange's own schedule: no type)"),
            # 5
            ("STATEMENT", "added", (("he", "But he"), *MAHLMANN), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "night sessions would not preclude links with Far Eastern exchanges, nothing decided (EVENTS.md 3: "
             "'said ... but added' = two records)"),
            # 6
            ("STATEMENT", "cited", (("he", "he cited"), *MAHLMANN), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "answer to a question: debt and equity products would be appropriate"),
            # 7
            ("STATEMENT", ("said", "options, he"), (("he", "options, he"), *MAHLMANN), None, TOK,
             "1987-04-09", "day", None, "asserted", None, "hours and contracts of the evening session"),
            # 8
            ("REQUEST", "applied", (("The CBOT", "The CBOT applied"), *MAHLMANN), ("the authorities", "USA", "GOV"), None,
             "1987-03-17", "day", "March 17", "asserted", None,
             "applied on March 17 for permission to offer a JGB futures contract (application to the regulator, as "
             "19b's application to the UN); the authorities are the U.S. ones (the CFTC of the first sentence)"),
        ],
        "skip": [
            ("list", "content of the statement (listing a contract: no type)"),
            ("approval", "condition (regulatory approval; AGREE planned arguable)"),
            ("told", "rule-3 attribution (the planned visit is the event)"),
            ("express", "purpose of the visit (ACCUSE planned arguable)"),
            ("concern", "purpose of the visit (the CBOT's complaint)"),
            ("permitted", "content: standing Japanese domestic restriction"),
            ("tour", "stative ('is on a two-week tour'), no host named (CONSULT arguable)"),
            ("boost", "content of the request"),
            ("promoting", "content of the request"),
            ("allow", "domestic financial deregulation, forecast by anonymous sources (RETREAT arguable)"),
            (("said", "bond market sources"), "anonymous-source talk (bond market sources)"),
            (("bar", "likely to"), "content of anonymous talk (domestic restriction)"),
            (("limit", "and to"), "content of anonymous talk"),
            (("said", "debt futures, the sources"), "anonymous-source talk"),
            (("start", "CBOT will"), "content of the statement (evening trading)"),
            ("preclude", "content of the statement"),
            ("forming links", "content of the statement (hypothetical links with unnamed exchanges: COOPERATE arguable)"),
            ("decided", "content of the statement"),
            ("Asked", "question"),
            (("run", "session will"), "content of the statement (schedule)"),
            (("limited", "trading will be"), "content of the statement"),
            (("said", "Yen bond dealers"), "anonymous-source talk (dealers)"),
            (("link", "proposed"), "proposed CBOT-LIFFE link inside dealers' talk (COOPERATE planned arguable)"),
            ("encouraged", "condition inside dealers' talk"),
            (("said", "prerequisite"), "anonymous-source talk (traders)"),
            (("plans", "LIFFE plans"), "LIFFE's listing plans inside traders' talk (listing: no type)"),
            (("said", "possibly coinciding"), "anonymous-source talk (traders)"),
            (("rule", "must"), "the authorities' pending ruling (regulatory obligation, outcome unknown: no type)"),
            (("request", "rule on the"), "anaphoric nominal (the CBOT's application)"),
        ],
        "entities": [
            ("Chicago Board of Trade", "ORG", "USA"),
            ("CBOT", "ORG", "USA"),
            ("U.S. Commodity Futures Trading Commission", "ORG", "USA"),
            (("CBOT", "six months,"), "ORG", "USA"),
            ("Karsten Mahlmann", "PERSON", "USA"),
            (("Mahlmann", "Mahlmann earlier"), "PERSON", "USA"),
            ("Kyoji Kitamura", "PERSON", "JPN"),
            ("Finance Ministry", "ORG", "JPN"),
            ("Securities Bureau", "ORG", "JPN"),
            (("CBOT", "express the"), "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("CBOT", "trade on the"), "ORG", "USA"),
            (("Mahlmann", "Mahlmann is"), "PERSON", "USA"),
            ("Hong Kong", "GPE", "HKG"),
            (("Tokyo", "Hong Kong,"), "GPE", "JPN"),
            ("Sydney", "GPE", "AUS"),
            (("Mahlmann", "Mahlmann urged"), "PERSON", "USA"),
            (("Japan", "urged Japan"), "GPE", "JPN"),
            (("Tokyo", "to boost"), "GPE", "JPN"),
            (("Finance Ministry", "The Finance Ministry"), "ORG", "JPN"),
            (("Mahlmann", "Mahlmann told"), "PERSON", "USA"),
            (("CBOT", "reporters the"), "ORG", "USA"),
            ("Far East", "LOC", None),
            (("CBOT", "preclude the"), "ORG", "USA"),
            ("Far Eastern", "NORP", None),
            (("CBOT", "The CBOT evening"), "ORG", "USA"),
            (("Chicago", "P.M."), "GPE", "USA"),
            (("Tokyo", "A.M. In"), "GPE", "JPN"),
            (("U.S.", "four contracts"), "GPE", "USA"),
            (("CBOT", "link between"), "ORG", "USA"),
            ("London International Financial Futures Exchange", "ORG", "GBR"),
            (("LIFFE", "(LIFFE)"), "ORG", "GBR"),
            (("Tokyo", "Tokyo-based"), "GPE", "JPN"),
            (("LIFFE", "LIFFE plans"), "ORG", "GBR"),
            (("CBOT", "coinciding with the"), "ORG", "USA"),
            (("CBOT", "The CBOT applied"), "ORG", "USA"),
            (("Japanese", "long-term"), "NORP", "JPN"),
        ],
    },
    "reuters21578-10266": {
        "events": [
            # 0
            ("REJECT", "denied", (("Mexico", "Mexico denied"), "MEX", "GOV"), None, MXC,
             "1987-03-26", "day", None, "asserted", None,
             "denied reports that British banks are resisting signing the package (the reports come from anonymous "
             "banking sources: actor2 null, as 23b's Iran denial; GBR arguable); wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "In a statement, the Finance"), (("the Finance Ministry", "In a statement"), "MEX", "GOV"),
             None, MXC, "1987-03-26", "day", None, "asserted", None,
             "assessment: formalizing the package is going as planned (the substance of the denial; REJECT later "
             "mention arguable)"),
            # 2
            ("AGREE", "promised", ("all the British banks", "GBR", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the British banks had promised their participation in the new loan to Mexico (pluperfect, no time "
             "expression); the ministry statement's 'said' is attribution"),
            # 3
            ("STATEMENT", ("said", "the statememt"), ("the statememt", "MEX", "GOV"), None, MXC,
             "1987-03-26", "day", None, "asserted", None,
             "quote: each bank's contribution matches the Mexican government's request (the Finance Ministry statement)"),
            # 4
            ("AGREE", "confirming", (("the British banks", "cables from"), "GBR", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", 2,
             "later mention: cables confirming 'said commitment' (the promised participation) received by Citibank as "
             "chair of Mexico's bank advisory committee; counterpart the borrower (Citibank USA arguable); present "
             "perfect, no time expression; 'said' attribution"),
            # 5
            ("STATEMENT", ("said", "The ministry said the books"), (("The ministry", "The ministry said the books"), "MEX", "GOV"),
             None, MXC, "1987-03-26", "day", None, "asserted", None,
             "schedule: books closed by mid-April, first 3.5 bln dlrs by the end of the month"),
            # 6
            ("AGREE", "subscribed", (("French", "It also said"), "FRA", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "French banks had subscribed to the package (compound split, EVENTS.md 12); pluperfect, no time expression"),
            # 7
            ("AGREE", "subscribed", ("Swiss", "CHE", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None, "Swiss banks had subscribed (compound split)"),
            # 8
            ("AGREE", "subscribed", ("\"some\" Canadian banks", "CAN", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None, "some Canadian banks had subscribed (compound split)"),
            # 9
            ("AGREE", ("sign", "would sign"), ("the remaining Canadian banks", "CAN", "BUS"), MEX_IMPLIED, None,
             "1987-03", "month", "in the next few days", "planned", None,
             "the remaining Canadian banks will sign the accord in the next few days (27-31 March: kept at its month, "
             "EVENTS.md 21)"),
        ],
        "skip": [
            ("reports", "object of the denial (unnamed reports)"),
            ("resisting", "content of the denied reports (REJECT arguable)"),
            ("signing", "content of the denied reports"),
            ("rescheduling", "the package (object of the denied reports)"),
            (("statement", "In a"), "part of the reporting clause"),
            ("formalizing", "content of the statement"),
            ("quoted", "anonymous-source talk (banking sources in London), relayed"),
            ("balking", "content of anonymous talk (REJECT arguable)"),
            (("signing", "balking at"), "content of anonymous talk"),
            ("contribute", "content of anonymous talk"),
            (("loan", "7.7 billion dlr"), "background nominal (the new money in the package)"),
            (("said", "However, the Finance"), "rule-3 attribution (the promise is the event)"),
            (("statement", "However, the Finance Ministry"), "part of the reporting clause"),
            ("participation", "content of the promise"),
            ("contribution", "content of the quote"),
            ("request", "background nominal (the Mexican government's request; REQUEST arguable)"),
            (("said", "The ministry said Citibank"), "rule-3 attribution (the confirmation is the event)"),
            ("chairs", "stative"),
            ("received", "receipt of the cables (vehicle of the confirmation)"),
            ("closed", "content of the schedule"),
            ("arrive", "content of the schedule (disbursement, no agent named: AID planned arguable)"),
            (("said", "It also said"), "rule-3 attribution (the subscriptions and the signing are the events)"),
        ],
        "entities": [
            ("Mexico", "GPE", "MEX"),
            ("British", "NORP", "GBR"),
            ("Finance Ministry", "ORG", "MEX"),
            ("London", "GPE", "GBR"),
            (("British", "as saying the"), "NORP", "GBR"),
            (("Finance Ministry", "However, the"), "ORG", "MEX"),
            (("British", "all the"), "NORP", "GBR"),
            ("Mexican", "NORP", "MEX"),
            ("Citibank", "ORG", "USA"),
            (("Mexico", "which chairs"), "GPE", "MEX"),
            (("British", "cables from the"), "NORP", "GBR"),
            ("French", "NORP", "FRA"),
            ("Swiss", "NORP", "CHE"),
            (("Canadian", "\"some\""), "NORP", "CAN"),
            (("Canadian", "the remaining"), "NORP", "CAN"),
        ],
    },
    "reuters21578-16753": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the China Daily Business Weekly", *CHINA_DAILY), None, PEK,
             "1987-04-17", "day", None, "asserted", None,
             "newspaper report: China will be short of sorghum in 1987 (a newspaper is an identifiable ORG speaker)"),
            # 1
            ("STATEMENT", ("said", "It said sorghum output"), (("It", "It said sorghum output"), *CHINA_DAILY), None, PEK,
             "1987-04-17", "day", None, "asserted", None, "statistics: 1986 output and free-market prices"),
            # 2
            ("STATEMENT", ("said", "It said sorghum acreage"), (("It", "It said sorghum acreage"), *CHINA_DAILY), None, PEK,
             "1987-04-17", "day", None, "asserted", None, "statistics: 1987 acreage"),
            # 3
            ("STATEMENT", "added", (("it", "breweries, it"), *CHINA_DAILY), None, PEK,
             "1987-04-17", "day", None, "asserted", None, "statistics: sorghum's share of brewery raw materials"),
            # 4
            ("STATEMENT", "gave no more details", (("it", "breweries, it"), *CHINA_DAILY), None, PEK,
             "1987-04-17", "day", None, "negated", None, "withheld statement (own_blind3's 'gave no figures')"),
        ],
        "skip": [
            ("short", "content of the report (forecast of a shortage, no acting actor)"),
            ("discourage", "causal clause, no acting actor"),
            ("growing", "content (farming)"),
            ("rose", "market-price movement (statistics)"),
            ("accounts", "statistics"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("China Daily Business Weekly", "ORG", "CHN"),
            (("China", "needed"), "GPE", "CHN"),
        ],
    },
    "reuters21578-20982": {
        "events": [
            # 0
            ("AGREE", "agreed", (("Simon and Schuster", "publishing unit,"), "USA", "BUS"),
             ("Woodhead-Faulkner (Publishers) Ltd", "GBR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed in principle to acquire the British publisher (AGREE toward the company acquired, EVENTS.md 8 / "
             "16's call; the acquisition is content); no time expression (rule 17); 'said' attribution"),
            # 1
            ("STATEMENT", ("said", "Simon and Schuster said"),
             (("Simon and Schuster", "academic texts."), "USA", "BUS"), None, NYC,
             "1987-10-19", "day", None, "asserted", None,
             "Woodhead-Faulkner will keep publishing under its name (terms of the planned integration)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the agreement is the event)"),
            ("acquire", "content of the agreement (EVENTS.md 8)"),
            ("undisclosed", "attributive (no withholding clause, 19b)"),
            ("completion", "condition (completion of the deal)"),
            ("transaction", "anaphoric nominal (the acquisition)"),
            ("become part", "consequence of the acquisition (content)"),
            ("includes", "stative"),
            ("continue to publish", "content of the statement"),
            (("continue", "The company will"), "management arrangement with no reporting clause (no type)"),
            (("report", "who will"), "stative reporting line (no type)"),
            ("founded", "background (founding in 1972)"),
            (("publishes", "founded in 1972,"), "habitual"),
        ],
        "entities": [
            ("Gulf and Western Inc", "ORG", "USA"),
            ("Simon and Schuster", "ORG", "USA"),
            ("Woodhead-Faulkner (Publishers) Ltd", "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            (("Woodhead-Faulkner", "proposed transaction"), "ORG", "GBR"),
            (("Simon and Schuster", "will become part of"), "ORG", "USA"),
            ("International Group", "ORG", "USA"),
            ("U.K.", "GPE", "GBR"),
            (("Simon and Schuster", "includes"), "ORG", "USA"),
            ("Prentice Hall", "ORG", "USA"),
            (("Simon and Schuster", "academic texts."), "ORG", "USA"),
            (("Woodhead-Faulkner", "Schuster said that"), "ORG", "GBR"),
            ("Martin Woodhead", "PERSON", "GBR"),
            ("Henry Hirschberg", "PERSON", "USA"),
            (("Simon and Schuster", "president of"), "ORG", "USA"),
            (("International Group", "president of"), "ORG", "USA"),
            (("Woodhead-Faulkner", "Hirschberg"), "ORG", "GBR"),
        ],
    },
    "reuters21578-4835": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Michael Stein", "DEU", "BUS"), None, FRA,
             "1987-03-13", "day", None, "asserted", None,
             "forecast: Soviet-West German trade will develop favourably (Dresdner Bank's Moscow representative)"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "DEU", "BUS"), None, FRA,
             "1987-03-13", "day", None, "asserted", None,
             "assessment at a bank presentation: the Soviet Union was hit last year by the oil price fall ('last "
             "year' dates the content, not the telling)"),
            # 2
            ("STATEMENT", ("said", "Apholte said"), ("Alfred Apholte", "DEU", "BUS"), None, FRA,
             "1987-03-13", "day", None, "asserted", None,
             "assessment: Soviet reserves softened the impact (Dresdner Bank economist, named: identifiable)"),
        ],
        "skip": [
            ("develop", "content of the forecast"),
            ("openness", "background (Soviet policy), content"),
            ("presentation", "venue of the statement"),
            ("hit", "content of the statement, no acting actor"),
            (("cut", "which"), "no acting actor (price effect)"),
            ("affected", "no acting actor (exchange-rate effect)"),
            ("softened", "content of the statement"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("West German", "NORP", "DEU"),
            ("Moscow", "GPE", "SUN"),
            ("Dresdner Bank AG", "ORG", "DEU"),
            (("Moscow", "Dresdner Bank AG's"), "GPE", "SUN"),
            ("Michael Stein", "PERSON", "DEU"),
            ("Soviet Union", "GPE", "SUN"),
            (("Dresdner Bank", "Dresdner Bank economist"), "ORG", "DEU"),
            ("Alfred Apholte", "PERSON", "DEU"),
            (("Soviet Union", "Apholte said"), "GPE", "SUN"),
        ],
    },
    "reuters21578-20092": {
        "events": [
            # 0
            ("THREATEN", "reiterated", ("Mir-Hossein Mousavi", "IRN", "GOV"), ("U.S. Navy", "USA", "MIL"), DAMASCUS,
             "1987-10-20", "day", None, "asserted", None,
             "reiterated that Iran would retaliate for the U.S. Navy attacks (a threat is asserted); wire style, no "
             "time expression: DCT; at the news conference in Damascus"),
            # 1
            ("THREATEN", "told", (("Mousavi", "Mousavi told"), "IRN", "GOV"), (("U.S.", "The U.S. Attack"), "USA", "GOV"),
             DAMASCUS, "1987-10-20", "day", None, "asserted", 0,
             "later mention: quoted restatement 'we will retaliate properly for this perfidious American aggression' "
             "(the condemnation in the same quote skipped, ACCUSE arguable)"),
            # 2
            ("ASSAULT", "blasted", ("U.S. Navy warships", "USA", "MIL"), ("the Rostam platform", "IRN", "GOV"), GULF,
             "1987-10-19", "day", "On Monday", "asserted", None,
             "warships blasted the Rostam platform on Monday (DCT Tuesday 20 October)"),
            # 3
            ("ASSAULT", "stormed", ("Navy personnel", "USA", "MIL"), ("a second platform", "IRN", "GOV"), GULF,
             "1987-10-19", "day", "On Monday", "asserted", None,
             "Navy personnel stormed a second platform (second conjunct; the fronted 'On Monday' governs both, 19a)"),
            # 4
            ("ACCUSE", ("said", "Washington said"), ("Washington", "USA", "GOV"), (("Iran", "used by"), "IRN", "GOV"), DAM,
             "1987-10-20", "day", None, "asserted", None,
             "justification alleging Iran used the positions to track and assault neutral shipping (19a's 'platforms "
             "were used to ... launch attacks' = ACCUSE; STATEMENT arguable); wire style: DCT"),
        ],
        "skip": [
            ("retaliate", "content of the threat"),
            ("attacks", "presupposed nominal (the Monday attacks, coded on 'blasted' / 'stormed')"),
            ("Attack", "anaphoric nominal inside the quote"),
            ("jeopardises", "content of the quote (condemnation: ACCUSE arguable)"),
            (("retaliate", "we will"), "content of the quoted threat"),
            ("aggression", "content of the quote"),
            ("news conference", "venue of the statement"),
            ("operation", "anaphoric nominal (the Monday attacks)"),
            ("aimed", "content of the accusation (purpose)"),
            ("destroying", "content (purpose of the operation)"),
            ("track", "content of the accusation"),
            ("assault", "content of the accusation"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("Mir-Hossein Mousavi", "PERSON", "IRN"),
            ("U.S. Navy", "ORG", "USA"),
            ("Gulf", "LOC", None),
            (("U.S.", "The U.S. Attack"), "GPE", "USA"),
            (("Iran", "Attack on"), "GPE", "IRN"),
            ("American", "NORP", "USA"),
            (("Mousavi", "Mousavi told"), "PERSON", "IRN"),
            ("Damascus", "GPE", "SYR"),
            (("U.S. Navy", "On Monday"), "ORG", "USA"),
            (("Navy", "Navy personnel"), "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            (("Iran", "used by"), "GPE", "IRN"),
            (("Gulf", "neutral"), "LOC", None),
        ],
    },
    "reuters21578-10606": {
        "events": [
            # 0
            ("REQUEST", "ordered", ("Yu Kuo-Hua", "TWN", "GOV"), ("financial officials", "TWN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the premier ordered his financial officials to speed up relaxing forex controls and study suspending "
             "them (an order to the government's own officials, as 19b's advisory body -> own government); reported "
             "by a cabinet statement ('said' attribution), no time expression: undated (DCT arguable)"),
            # 1
            ("REQUEST", "quoted", (("Yu", "quoted"), "TWN", "GOV"),
             ("Finance Ministy and Central Bank officials", "TWN", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the statement quoted Yu telling the officials the relaxation was needed (the order "
             "restated with its reason); relayed ('quoted ... as'): undated"),
            # 2
            ("STATEMENT", "told", ("Robert Chien", "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "his ministry and the Central Bank will work jointly on measures to ease the controls (domestic "
             "measures, no type)"),
            # 3
            ("STATEMENT", "did not give details", (("he", "but he did"), "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "negated", None, "withheld statement (EVENTS.md 5)"),
            # 4
            ("STATEMENT", ("said", "Yu said"), (("Yu", "details."), "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "the government could keep the framework of the controls while easing them (domestic policy)"),
            # 5
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"), "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "assessment: easing will not cut the reserves substantially in a short time ('he' = Yu)"),
            # 6
            ("STATEMENT", ("told", "Soochow University"), ("Lu Ming-Jen", "TWN", "PERSON"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "named professor's assessment: the decision came late (named: identifiable, 10b's named economists)"),
            # 7
            ("REQUEST", ("said", "First Commercial Bank"), ("Ko Fei-Lo", "TWN", "BUS"),
             (("the government", "First Commercial Bank"), "TWN", "GOV"), TPE,
             "1987-03-28", "day", None, "asserted", None,
             "the government should rapidly relax its forex controls and open its market (EVENTS.md 2: an "
             "identifiable actor told it should act)"),
            # 8
            ("STATEMENT", ("said", "economic problems,\" he"), (("he", "economic problems,\" he"), "TWN", "BUS"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "quoted assessment: liberalisation helps the trading partners and Taiwan (not a restatement of the request)"),
            # 9
            ("STATEMENT", ("said", "He said the mounting"), (("He", "He said the mounting"), "TWN", "BUS"), None, TPE,
             "1987-03-28", "day", None, "asserted", None, "assessment: reserves boosted the money supply (statistics)"),
        ],
        "skip": [
            ("quicken", "content of the order"),
            ("relaxing", "content of the order (domestic deregulation; RETREAT arguable, no counterpart)"),
            ("study", "content of the order"),
            ("suspending", "content of the order"),
            (("said", "a cabinet statement"), "rule-3 attribution (the order is the event)"),
            (("statement", "a cabinet"), "part of the reporting clause"),
            ("telling", "part of the relayed clause coded on 'quoted'"),
            (("relaxation", "officials the"), "content of the quoted order"),
            (("reduce", "help"), "purpose"),
            ("reached", "statistics"),
            ("work jointly", "content of the statement (domestic inter-agency work; COOPERATE arguable)"),
            (("ease", "new measures to"), "content of the statement"),
            ("maintain", "content of the statement"),
            (("ease", "finding ways to"), "content of the statement"),
            (("used", "The controls would be"), "policy description with no reporting clause"),
            ("resulted", "statistics"),
            (("hit", "surplus, which"), "statistics"),
            ("according to", "official figures: statistics with no identifiable speaker"),
            (("easing", "while"), "content of the statement"),
            (("said", "Economists and bankers"), "anonymous-source talk (economists and bankers)"),
            (("decision", "the new"), "anaphoric nominal (the order)"),
            ("pressure", "background nominal inside anonymous talk (REQUEST USA -> TWN arguable)"),
            ("buys", "statistics (habitual trade)"),
            (("decision", "Reuters:"), "anaphoric nominal inside the quote"),
            (("relax", "should rapidly"), "content of the request"),
            (("open", "controls and"), "content of the request"),
            (("balance", "help"), "purpose"),
            ("liberalisation", "content of the quote"),
            ("boost", "content of the statement (statistics)"),
        ],
        "entities": [
            ("Yu Kuo-Hua", "PERSON", "TWN"),
            (("Yu", "quoted"), "PERSON", "TWN"),
            ("Finance Ministy", "ORG", "TWN"),
            ("Central Bank", "ORG", "TWN"),
            (("Taiwan", "reduce"), "GPE", "TWN"),
            (("U.S.", "53 billion"), "GPE", "USA"),
            ("Robert Chien", "PERSON", "TWN"),
            (("Central Bank", "his ministry and the"), "ORG", "TWN"),
            (("Yu", "details."), "PERSON", "TWN"),
            (("Taiwan", "during emergency"), "GPE", "TWN"),
            (("Taiwan", "surplus was from"), "GPE", "TWN"),
            ("United States", "GPE", "USA"),
            (("United States", "pressure from the"), "GPE", "USA"),
            (("Taiwan", "pressure from"), "GPE", "TWN"),
            ("Lu Ming-Jen", "PERSON", "TWN"),
            ("Soochow University", "ORG", "TWN"),
            ("Reuters", "ORG", "GBR"),
            ("Ko Fei-Lo", "PERSON", "TWN"),
            ("First Commercial Bank", "ORG", "TWN"),
            (("United States", "especially the"), "GPE", "USA"),
            (("Taiwan", "boost"), "GPE", "TWN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "iaa25a.jsonl")
