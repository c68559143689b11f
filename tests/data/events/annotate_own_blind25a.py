"""Build ``own_blind25a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind25a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,811 left; also minus the 16 stories drawn for own_blind24, 2,795 left); 24 drawn with random.Random(25101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
49 event records (46 first mentions, 3 later mentions), 131 not_annotated spans, 125 entity mentions;
no article without events; 19372 (Liposome), 16753 (China sorghum) and 4835 (Dresdner) have
reporting-clause STATEMENTs only. Types: STATEMENT 29, AGREE 7, REQUEST 5, ACCUSE 2, THREATEN 2, ASSAULT 2,
CONSULT 1, REJECT 1; modality: asserted 44, planned 3, negated 2; precision: day 38, unknown 10, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 19372 (Liposome's Canadian subsidiary): forming a subsidiary is corporate organisation (no type), so
  "at its annual meeting announced the formation" is a STATEMENT (wire style, DCT, PRINCETON; the
  annual meeting is an internal meeting, skipped). "It said the company cements a relationship with
  University of British Columbia researcher Pieter Cullis and his scientific group who are developing
  anti-cancer products for Liposome" is a STATEMENT (the purpose of the subsidiary): "cements" and the
  progressive "are developing ... for Liposome" in a relative clause are skipped (a research
  relationship, COOPERATE CAN -> USA arguable). The completed stock offering and the net proceeds are
  corporate finance: "The company also said" and "Liposome said it netted" are STATEMENTs (DCT).
  Liposome Co Inc is USA (Princeton dateline, its subsidiary called Canadian); Cullis PERSON CAN (a
  University of British Columbia researcher); the University of British Columbia ORG CAN ("British
  Columbia" inside the name not tagged separately).
* 15403 (CBOT yen bond futures): the CBOT's own listings, evening session and trading hours are an
  exchange's business decisions (no type); Mahlmann's wire-style reporting clauses ("said", "told
  reporters", "added", "cited", "he said") are STATEMENTs (USA BUS, DCT, TOKYO; "cited" answers a
  question, the question skipped). The CFTC approval in S1 is a condition (skipped). "Mahlmann earlier
  told a press conference he would visit Kyoji Kitamura, director-general of the Finance Ministry's
  Securities Bureau" is CONSULT planned USA -> JPN (visitor first), undated (no time expression;
  "told" rule-3 attribution), and "to express the CBOT's concern that Japanese financial institutions
  and individuals are not permitted to trade on the CBOT" is ACCUSE planned USA -> JPN (a complaint
  about Japan's restriction, to be voiced to the official during the visit; undated; purpose-clause
  reading with no record arguable), trigger the event noun "concern" after the light verb. "is on a
  two-week tour of Hong Kong, Tokyo and Sydney" is stative with no host (skipped; CONSULT arguable).
  "Mahlmann urged Japan to boost Tokyo's status ..." is REQUEST USA -> JPN (DCT). "The Finance Ministry
  is expected to allow local banks ... to use overseas markets" and "the ministry is likely to bar
  corporate and individual investors" are domestic financial regulation relayed by anonymous "bond
  market sources" (skipped, own_blind's call); "but officials would only say the issue was under
  study" is a STATEMENT by the Finance Ministry's officials (identifiable, EVENTS.md 4; asserted: they
  did say something), DCT. Dealers' and traders' talk (the proposed CBOT-LIFFE link, LIFFE's listing
  plans) is anonymous (skipped). "The CBOT applied for permission to offer a long-term Japanese
  government bond futures contract on March 17" is REQUEST USA BUS -> "the authorities" (USA GOV:
  the listing needs the U.S. CFTC's approval, S1), 1987-03-17; "the authorities must rule on the
  request within a year" is a future decision of open outcome (skipped). "Far East" LOC null, "Far
  Eastern" NORP null (as "Latin American"); "U.S." in "U.S. Treasury note" is a GPE ("Treasury" in a
  security's name not tagged, 20a); the "U.S. Commodity Futures Trading Commission" one ORG span;
  "Finance Ministry" and "Securities Bureau" two ORG JPN mentions; "Tokyo" in "Tokyo-based" a GPE.
* 10266 (Mexico's debt package): "Mexico denied reports that British banks are resisting signing"
  the package is REJECT MEX -> null (the reports' authors are the anonymous "Banking sources in
  London": 23b's call), DCT, MEXICO CITY; the resisting and signing are content of the denied reports,
  and so are the anonymous sources' "balking" and the banks' pressure for equal contributions (REJECT
  and REQUEST arguable, skipped). "In a statement, the Finance Ministry said the process for
  formalizing the package was going as planned" is a STATEMENT (an assessment, no allegation named;
  REJECT later mention arguable). "the Finance Ministry statement said all the British banks had
  promised their participation in the loan" is AGREE GBR BUS -> MEX (implied GOV; a promise),
  undated (pluperfect), "said" attribution; "The ministry said Citibank ... has received cables from
  the British banks 'confirming said commitment'" is its later mention on "confirming" (the
  confirmation of the same commitment; actor2 kept MEX, Citibank USA as the receiving committee chair
  arguable), undated. The quoted '"The contribution of each one of them corresponds exactly to the
  request of the Mexican government," the statememt said' is a STATEMENT (the ministry's statement:
  an identifiable author, as 23a's "a company statement said"; the government's "request" a
  background nominal, skipped). "The ministry said the books on the package would be closed by
  mid-April and the first 3.5 billion dlrs of the new money should arrive by the end of the month" is
  a STATEMENT (loan administration and disbursement with no named lender: skipped, AID planned
  arguable). "It also said French, Swiss and 'some' Canadian banks had subscribed to the package" is
  AGREE split FRA / CHE / CAN BUS -> MEX (implied), undated (pluperfect; joining the loan agreement,
  AID arguable), and "that the remaining Canadian banks would sign the accord in the next few days"
  AGREE planned CAN BUS -> MEX, 1987-03 ("in the next few days" from Thu 26 March lies in March: a
  week-like span at its month, EVENTS.md 21). The misspelt "statememt" is the text's.
* 16753 (China sorghum): the China Daily Business Weekly (CHN ORG, a newspaper) is the only
  speaker: four reporting clauses ("said", "It said" twice, "it added") are STATEMENTs (DCT
  1987-04-17, PEKING) and "but gave no more details" a withheld STATEMENT (negated, DCT). Output,
  prices and acreage are statistics; "China" inside the newspaper's name is not tagged separately.
* 20982 (Simon and Schuster / Woodhead-Faulkner): "said it agreed in principle to acquire
  <Woodhead-Faulkner (Publishers) Ltd>, a British-based publisher" is AGREE USA BUS (the unit, Simon
  and Schuster) -> GBR BUS (the company acquired, 15a's call), undated (rule 17), "said" attribution
  and "acquire" content; "for undisclosed terms" is attributive (no withholding clause, 19b).
  "Simon and Schuster said that Woodhead-Faulkner will continue to publish under that name" is a
  STATEMENT (DCT, NEW YORK); the completion, the integration into the International Group, the
  management and reporting line, and the 1972 founding have no type (skipped). Gulf and Western Inc
  and Simon and Schuster ORG USA (New York); Woodhead-Faulkner ORG GBR ("British-based"); Martin
  Woodhead PERSON GBR (heads the British company); Henry Hirschberg PERSON USA (president of the U.S.
  company's International Group); "Simon and Schuster's International Group" gives the ORG "Simon
  and Schuster" and the ORG "International Group" (USA); "Simon and Schuster" and "Prentice Hall"
  as the names of imprints are ORG USA.
* 4835 (Dresdner on Soviet trade): three reporting clauses, all STATEMENTs (DCT, FRANKFURT): Michael
  Stein's forecast of Soviet-West German trade, his "told a bank presentation" (the oil-price and
  dollar effects: "last year" dates the content, not the telling; the presentation is the venue) and
  economist Alfred Apholte's assessment. Both speakers are Dresdner Bank staff (DEU BUS; Stein is its
  Moscow representative). "Soviet" NORP SUN, "West German" NORP DEU, Moscow and the Soviet Union SUN;
  "East-West" (the blocs in "East-West economic relations") is not tagged.
* 20092 (Mousavi's warning): "Iranian Premier Mir-Hossein Mousavi reiterated his country would
  retaliate for U.S. Navy attacks on Gulf oil platforms" is THREATEN IRN -> USA (DCT, wire style;
  located in Damascus, the news conference's city); the quote '"The U.S. Attack on Iran's oil
  platforms jeopardises our national sovereignty ... And we will retaliate properly for this
  perfidious American aggression," Mousavi told a news conference in Damascus' is its later mention
  on "told" (the accusation in the quote is part of the same act; ACCUSE arguable). The attack
  nominals in S1 and in the quote are presupposed (the attack is asserted in S3). "On Monday U.S.
  Navy warships blasted the Rostam platform, and Navy personnel stormed a second platform a few miles
  away" gives two ASSAULT records USA MIL -> IRN (the platforms Iran's: "Iran's oil platforms"), both
  1987-10-19 ("On Monday" taken to govern both conjuncts, 19a; DCT Tuesday 1987-10-20), located in the
  Gulf. "Washington said the operation was aimed at destroying positions used by Iran to track and
  assault neutral Gulf shipping" is ACCUSE USA -> IRN (19a's call), DCT, location the dateline city.
  The Rostam platform (a facility) is not an entity; "U.S. Navy" is one ORG span, "Navy" in "Navy
  personnel" an ORG USA mention.
* 10606 (Taiwan exchange controls): "Premier Yu Kuo-Hua ordered financial officials to quicken the
  pace of relaxing foreign exchange controls and study the possibility of suspending the controls, a
  cabinet statement said" is REQUEST TWN -> TWN (an order to identified officials of his government,
  as 18a's report telling Italy how to act; internal directive with no record arguable), undated (a
  verbal act relayed by the statement, no time expression of its own: the set 15/16 call), "said"
  attribution; the liberalisation itself is domestic (content). "The statement quoted Yu as telling
  Finance Ministy and Central Bank officials the relaxation was needed ..." is its later mention on
  "quoted" (relayed, undated). "Finance Minister Robert Chien told reporters his ministry and the
  Central Bank would work jointly on new measures" is a STATEMENT (joint work of two bodies of one
  government: internal, skipped), "but he did not give details" a withheld STATEMENT (negated), both
  DCT, TAIPEI. "Yu said the government could maintain the framework ..." and "But he said that while
  easing the controls would help ..." (he = Yu, the last person named) are STATEMENTs (DCT).
  "Economists and bankers said the new decision resulted from growing pressure from the United
  States" is anonymous talk; the U.S. "pressure" is a background nominal in a causal clause inside it
  (skipped; REQUEST USA -> TWN arguable). Lu Ming-Jen (a named professor, TWN PERSON) "told Reuters"
  an assessment of the decision (STATEMENT; ACCUSE or SUPPORT arguable); Ko Fei-Lo of First
  Commercial Bank "said the government should rapidly relax its foreign exchange controls and open
  its market wider" is REQUEST TWN BUS -> TWN GOV (EVENTS.md 2), his quoted "The liberalisation ...
  will not only help our trading partners ..." and "He said the mounting foreign exchange reserves
  helped boost Taiwan's money supply" are STATEMENTs (DCT, TAIPEI). "according to official figures" is
  a document with no speaker (skipped). The misspelt "Finance Ministy" is tagged as written (ORG TWN);
  "U.S." in "U.S. Dollars" is a GPE (as "Swiss" in "Swiss francs"); Soochow University ORG TWN.
* Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
  dateline); job titles are not tagged ("CBOT chairman Karsten Mahlmann": the ORG and the PERSON;
  "Iranian Premier Mir-Hossein Mousavi": the NORP and the PERSON); bracketed company names are tagged
  without brackets; Reuters is ORG GBR; the Gulf LOC null; facilities, products and currencies are
  not entities.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

PRI = ("PRINCETON", "USA")
TOK = ("TOKYO", "JPN")
MEX = ("MEXICO CITY", "MEX")
PEK = ("PEKING", "CHN")
NYC = ("NEW YORK", "USA")
FRA = ("FRANKFURT", "DEU")
DAM = ("DAMASCUS", "SYR")
TPE = ("TAIPEI", "TWN")
DAMASCUS = ("Damascus", "SYR")
GULF = ("Gulf", None)

MAHLMANN = (("Mahlmann", "Mahlmann told reporters"), "USA", "BUS")
MEX_IMPLIED = (None, "MEX", "GOV")
BRITISH_BANKS = (("the British banks", "statement said all"), "GBR", "BUS")
DAILY = ("the China Daily\nBusiness Weekly", "CHN", "ORG")
MOUSAVI = ("Iranian Premier Mir-Hossein Mousavi", "IRN", "GOV")
YU = ("Premier Yu Kuo-Hua", "TWN", "GOV")
KO = ("Ko Fei-Lo", "TWN", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19372": {
        "events": [
            # 0
            ("STATEMENT", "announced", ("Liposome Co Inc", "USA", "BUS"), None, PRI,
             "1987-06-19", "day", None, "asserted", None,
             "announcement of the formation of a Canadian subsidiary (corporate organisation: no type); wire style"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "BUS"), None, PRI,
             "1987-06-19", "day", None, "asserted", None,
             "the subsidiary cements a relationship with researcher Cullis (COOPERATE arguable, skipped)"),
            # 2
            ("STATEMENT", ("said", "also said"), (("The company", "The company also"), "USA", "BUS"), None, PRI,
             "1987-06-19", "day", None, "asserted", None,
             "lead bankers completed the stock offering on June 11 (corporate finance: content)"),
            # 3
            ("STATEMENT", ("said", "Liposome said it"), (("Liposome", "Liposome said it"), "USA", "BUS"), None, PRI,
             "1987-06-19", "day", None, "asserted", None, "net proceeds of the offering (corporate finance)"),
        ],
        "skip": [
            ("annual\nmeeting", "internal meeting of a single body"),
            ("formation", "forming a subsidiary: corporate organisation, no type"),
            ("cements", "content of the statement (research relationship; COOPERATE arguable)"),
            ("developing", "ongoing research for Liposome in a relative clause (COOPERATE arguable)"),
            ("completed", "corporate finance (stock offering)"),
            (("offering", "stock offering"), "corporate finance"),
            ("netted", "corporate finance (proceeds)"),
        ],
        "entities": [
            ("Liposome Co Inc", "ORG", "USA"),
            (("Canadian", "a Canadian subsidiary"), "NORP", "CAN"),
            ("Canadian Liposome Co Ltd", "ORG", "CAN"),
            ("University\nof British Columbia", "ORG", "CAN"),
            ("Pieter Cullis", "PERSON", "CAN"),
            (("Liposome", "products for Liposome"), "ORG", "USA"),
            (("Liposome", "completed Liposome's"), "ORG", "USA"),
            (("Liposome", "Liposome said it"), "ORG", "USA"),
        ],
    },
    "reuters21578-15403": {
        "events": [
            # 0
            ("STATEMENT", "said", ("CBOT chairman Karsten Mahlmann", "USA", "BUS"), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "the CBOT will list yen bond futures once the CFTC approves (an exchange's listing: no type)"),
            # 1
            ("CONSULT", "visit", (("he", "press conference he"), "USA", "BUS"), ("Kyoji Kitamura", "JPN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "planned visit to the Finance Ministry official (visitor first); no time expression; 'told' is "
             "attribution"),
            # 2
            ("ACCUSE", ("concern", "express the"), (("he", "press conference he"), "USA", "BUS"),
             ("Kyoji Kitamura", "JPN", "GOV"), None, None, "unknown", None, "planned", None,
             "to express the CBOT's concern that Japanese institutions may not trade on the CBOT (complaint about "
             "Japan's restriction, during the planned visit; purpose clause with no record arguable)"),
            # 3
            ("REQUEST", "urged", (("Mahlmann", "Mahlmann urged"), "USA", "BUS"), (("Japan", "urged Japan"), "JPN", "GOV"), TOK,
             "1987-04-09", "day", None, "asserted", None,
             "urged Japan to boost Tokyo's status by internationalising its financial industry (wire style: DCT)"),
            # 4
            ("STATEMENT", "say", (("officials", "but officials"), "JPN", "GOV"), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "Finance Ministry officials: the issue is under study (identifiable officials, EVENTS.md 4)"),
            # 5
            ("STATEMENT", ("told", "Mahlmann told reporters"), MAHLMANN, None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "the CBOT will start evening trading on April 30 (the exchange's own hours: no type)"),
            # 6
            ("STATEMENT", ("added", "But he"), (("he", "But he"), "USA", "BUS"), None, TOK,
             "1987-04-09", "day", None, "asserted", None,
             "night sessions would not preclude links with Far Eastern exchanges (second reporting clause)"),
            # 7
            ("STATEMENT", "cited", (("he", "appropriate,\nhe"), "USA", "BUS"), None, TOK,
             "1987-04-09", "day", None, "asserted", None, "answer: debt and equity products would be appropriate"),
            # 8
            ("STATEMENT", ("said", "options, he"), (("he", "options, he"), "USA", "BUS"), None, TOK,
             "1987-04-09", "day", None, "asserted", None, "the evening session's hours and contracts"),
            # 9
            ("REQUEST", "applied", (("The CBOT", "The CBOT applied"), "USA", "BUS"),
             ("the authorities", "USA", "GOV"), None,
             "1987-03-17", "day", "on March 17", "asserted", None,
             "applied for permission to offer a JGB futures contract on March 17 (the authorities: the U.S. CFTC "
             "whose approval S1 names)"),
        ],
        "skip": [
            ("list", "an exchange's own listing: no type"),
            ("gives its approval", "condition (the CFTC approval)"),
            (("told", "earlier told"), "rule-3 attribution (the planned visit is the event)"),
            ("press conference", "venue of the statement"),
            ("permitted", "content of the complaint (Japan's standing restriction)"),
            (("trade", "permitted to"), "content of the complaint"),
            ("tour", "stative: a business tour with no host named (CONSULT arguable)"),
            ("boost", "content of the request"),
            ("promoting", "content of the request"),
            ("allow", "domestic financial deregulation, relayed by anonymous sources"),
            (("use", "companies to"), "content (domestic deregulation)"),
            (("said", "bond market sources"), "anonymous-source talk (bond market sources)"),
            ("under study", "content of the statement"),
            ("bar", "domestic regulation, relayed by anonymous sources"),
            ("limit", "domestic regulation, relayed by anonymous sources"),
            (("said", "the sources said"), "anonymous-source talk"),
            ("start", "the exchange's own trading hours: no type"),
            ("coincide", "content"),
            ("preclude", "content of the statement"),
            ("forming", "hypothetical links with unnamed exchanges (COOPERATE arguable)"),
            ("decided", "content of the statement"),
            ("Asked", "question"),
            (("limited", "trading will be"), "content of the statement"),
            (("said", "Yen bond dealers"), "anonymous-source talk (dealers)"),
            ("proposed link", "nominal inside dealers' talk (COOPERATE arguable)"),
            ("listings", "content of the dealers' talk"),
            ("multiply", "content of the dealers' talk"),
            ("encouraged", "content of the dealers' talk"),
            (("said", "futures trading, traders"), "anonymous-source talk (traders)"),
            (("plans", "LIFFE plans"), "an exchange's own listing plans: no type"),
            ("go ahead", "content of the traders' talk"),
            (("said", "with the CBOT, traders"), "anonymous-source talk (traders)"),
            ("permission", "object of the request"),
            (("offer", "permission to"), "content of the request"),
            ("rule", "future regulatory decision of open outcome: no type"),
            (("request", "rule on the"), "anaphoric nominal"),
        ],
        "entities": [
            ("Chicago Board of Trade", "ORG", "USA"),
            (("CBOT", "(CBOT)"), "ORG", "USA"),
            ("U.S. Commodity Futures\nTrading Commission", "ORG", "USA"),
            (("CBOT", "CBOT chairman"), "ORG", "USA"),
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
            (("Tokyo", "boost Tokyo's"), "GPE", "JPN"),
            (("Finance Ministry", "The Finance Ministry is"), "ORG", "JPN"),
            (("Mahlmann", "Mahlmann told"), "PERSON", "USA"),
            (("CBOT", "reporters the"), "ORG", "USA"),
            ("Far East", "LOC", None),
            (("CBOT", "preclude the"), "ORG", "USA"),
            ("Far Eastern", "NORP", None),
            (("CBOT", "The CBOT evening"), "ORG", "USA"),
            (("Chicago", "P.M."), "GPE", "USA"),
            (("Tokyo", "In\nTokyo"), "GPE", "JPN"),
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
            ("REJECT", "denied", ("Mexico", "MEX", "GOV"), None, MEX,
             "1987-03-26", "day", None, "asserted", None,
             "denied reports that British banks resist signing the package (reports by anonymous banking sources: "
             "actor2 null, 23b); wire style: DCT"),
            # 1
            ("STATEMENT", ("said", "Finance Ministry said"), ("the Finance Ministry", "MEX", "GOV"), None, MEX,
             "1987-03-26", "day", None, "asserted", None,
             "the process of formalizing the package is going as planned (assessment; REJECT later mention arguable)"),
            # 2
            ("AGREE", "promised", BRITISH_BANKS, MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "all the British banks had promised their participation in the loan (promise = AGREE); pluperfect, "
             "no time expression; the statement's 'said' is attribution"),
            # 3
            ("STATEMENT", ("said", "the statememt"), ("the statememt", "MEX", "GOV"), None, MEX,
             "1987-03-26", "day", None, "asserted", None,
             "quote: each bank's contribution corresponds to the Mexican government's request (the ministry's "
             "statement: identifiable author)"),
            # 4
            ("AGREE", "confirming", (("the British banks", "cables from"), "GBR", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", 2,
             "later mention: cables confirming the same commitment, received by Citibank as chair of Mexico's "
             "advisory committee (Citibank as actor2 arguable); perfect, no time expression"),
            # 5
            ("STATEMENT", ("said", "The ministry said the books"), (("The ministry", "The ministry said the books"),
                                                                    "MEX", "GOV"), None, MEX,
             "1987-03-26", "day", None, "asserted", None,
             "timetable: books closed by mid-April, first 3.5 billion dlrs by the end of the month (loan "
             "administration, no named lender)"),
            # 6
            ("AGREE", "subscribed", ("French", "FRA", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "French banks had subscribed to the package (compound split, EVENTS.md 12; AID arguable); pluperfect"),
            # 7
            ("AGREE", "subscribed", ("Swiss", "CHE", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None, "Swiss banks had subscribed to the package (compound split)"),
            # 8
            ("AGREE", "subscribed", (("Canadian", "\"some\""), "CAN", "BUS"), MEX_IMPLIED, None,
             None, "unknown", None, "asserted", None, "'some' Canadian banks had subscribed (compound split)"),
            # 9
            ("AGREE", ("sign", "would sign"), ("the remaining Canadian banks", "CAN", "BUS"), MEX_IMPLIED, None,
             "1987-03", "month", "in the next few days", "planned", None,
             "the remaining Canadian banks will sign the accord in the next few days (Thu 26 March: the span lies "
             "in March, kept at its month as EVENTS.md 21's weeks)"),
        ],
        "skip": [
            ("resisting", "content of the denied reports"),
            (("signing", "resisting"), "content of the denied reports"),
            (("rescheduling", "loan and"), "content (the package)"),
            (("statement", "In a"), "part of the reporting clause"),
            ("formalizing", "content of the statement"),
            ("quoted", "anonymous-source talk (banking sources in London)"),
            ("saying", "anonymous-source talk"),
            ("balking", "content of anonymous talk and of the denied reports (REJECT arguable)"),
            (("signing", "balking at"), "content of anonymous talk"),
            ("effort", "content of anonymous talk (pressure for equal contributions; REQUEST arguable)"),
            ("contribute", "content of anonymous talk"),
            (("said", "statement said all"), "rule-3 attribution (the promise is the event)"),
            ("participation", "content of the promise"),
            ("contribution", "content of the statement"),
            ("request", "background nominal (the Mexican government's request; REQUEST arguable)"),
            (("said", "The ministry said Citibank"), "rule-3 attribution (the confirmed commitment is the event)"),
            ("chairs", "stative"),
            ("received", "receipt of the cables: the confirmation is the event"),
            ("commitment", "anaphoric nominal (object of the confirmation)"),
            ("closed", "loan administration (corporate finance)"),
            ("arrive", "disbursement with no named lender (AID planned arguable)"),
            (("said", "It also said"), "rule-3 attribution (the subscriptions and the signing are the events)"),
            ("accord", "anaphoric nominal (object of the signing)"),
        ],
        "entities": [
            ("Mexico", "GPE", "MEX"),
            ("British", "NORP", "GBR"),
            ("Finance Ministry", "ORG", "MEX"),
            ("London", "GPE", "GBR"),
            (("British", "saying\nthe"), "NORP", "GBR"),
            (("Finance Ministry", "However, the"), "ORG", "MEX"),
            (("British", "statement said all"), "NORP", "GBR"),
            ("Mexican", "NORP", "MEX"),
            ("Citibank", "ORG", "USA"),
            (("Mexico", "which chairs"), "GPE", "MEX"),
            (("British", "cables from"), "NORP", "GBR"),
            ("French", "NORP", "FRA"),
            ("Swiss", "NORP", "CHE"),
            (("Canadian", "\"some\""), "NORP", "CAN"),
            (("Canadian", "the remaining"), "NORP", "CAN"),
        ],
    },
    "reuters21578-16753": {
        "events": [
            # 0
            ("STATEMENT", "said", DAILY, None, PEK,
             "1987-04-17", "day", None, "asserted", None,
             "forecast: China short of sorghum in 1987 for the sixth year (newspaper report)"),
            # 1
            ("STATEMENT", ("said", "It said sorghum output"), (("It", "It said sorghum output"), "CHN", "ORG"), None, PEK,
             "1987-04-17", "day", None, "asserted", None, "statistics: 1986 output and free-market prices"),
            # 2
            ("STATEMENT", ("said", "It said sorghum acreage"), (("It", "It said sorghum acreage"), "CHN", "ORG"), None,
             PEK, "1987-04-17", "day", None, "asserted", None, "statistics: 1987 acreage"),
            # 3
            ("STATEMENT", "added", (("it", "breweries, it"), "CHN", "ORG"), None, PEK,
             "1987-04-17", "day", None, "asserted", None, "sorghum's share of breweries' raw materials"),
            # 4
            ("STATEMENT", "gave no more details", (("it", "breweries, it"), "CHN", "ORG"), None, PEK,
             "1987-04-17", "day", None, "negated", None, "withheld statement: no more details"),
        ],
        "skip": [
            ("discourage", "content of the statement"),
            ("growing", "content of the statement"),
            ("rose", "market-price movement (statistics)"),
            ("needed", "stative"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("China Daily\nBusiness Weekly", "ORG", "CHN"),
            (("China", "needed\nby"), "GPE", "CHN"),
        ],
    },
    "reuters21578-20982": {
        "events": [
            # 0
            ("AGREE", "agreed", (("Simon and Schuster", "publishing unit"), "USA", "BUS"),
             ("Woodhead-Faulkner (Publishers) Ltd", "GBR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed in principle to acquire the British publisher (company acquired = actor2, 15a); no time "
             "expression; 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "Simon and Schuster said"), (("Simon and Schuster", "Simon and Schuster said"), "USA",
                                                                "BUS"), None, NYC,
             "1987-10-19", "day", None, "asserted", None,
             "Woodhead-Faulkner will keep publishing under its name (no type)"),
        ],
        "skip": [
            (("said", "Schuster,"), "rule-3 attribution (the agreement is the event)"),
            ("acquire", "content of the agreement (EVENTS.md 8)"),
            ("undisclosed", "attributive (terms not given), no withholding clause"),
            ("completion", "anaphoric nominal (the completion of the acquisition)"),
            ("transaction", "anaphoric nominal"),
            ("become part", "consequence of the acquisition (content)"),
            (("publish", "continue to"), "content of the statement"),
            ("direction", "management (stative)"),
            ("report", "internal reporting line"),
            ("founded", "founding of a company: no type"),
            (("publishes", "1972,"), "generic"),
        ],
        "entities": [
            ("Gulf and Western Inc", "ORG", "USA"),
            (("Simon and Schuster", "publishing unit"), "ORG", "USA"),
            ("Woodhead-Faulkner (Publishers) Ltd", "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            (("Woodhead-Faulkner", "transaction,"), "ORG", "GBR"),
            (("Simon and\nSchuster", "part of"), "ORG", "USA"),
            (("International Group", "part of"), "ORG", "USA"),
            ("U.K.", "GPE", "GBR"),
            (("Simon and\nSchuster", "includes"), "ORG", "USA"),
            ("Prentice Hall", "ORG", "USA"),
            (("Simon and Schuster", "Simon and Schuster said"), "ORG", "USA"),
            (("Woodhead-Faulkner", "said that"), "ORG", "GBR"),
            ("Martin Woodhead", "PERSON", "GBR"),
            ("Henry Hirschberg", "PERSON", "USA"),
            (("Simon and Schuster", "president\nof"), "ORG", "USA"),
            (("International Group", "president\nof"), "ORG", "USA"),
            (("Woodhead-Faulkner", "Hirschberg"), "ORG", "GBR"),
        ],
    },
    "reuters21578-4835": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Dresdner Bank AG's Moscow\nrepresentative Michael Stein", "DEU", "BUS"), None, FRA,
             "1987-03-13", "day", None, "asserted", None,
             "forecast: Soviet-West German trade to develop favourably"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "DEU", "BUS"), None, FRA,
             "1987-03-13", "day", None, "asserted", None,
             "the Soviet Union hit last year by the oil-price fall and the lower dollar ('last year' dates the content)"),
            # 2
            ("STATEMENT", ("said", "Apholte said"), ("Dresdner Bank economist Alfred Apholte", "DEU", "BUS"), None, FRA,
             "1987-03-13", "day", None, "asserted", None, "assessment: large reserves softened the impact"),
        ],
        "skip": [
            ("trade", "content of the forecast (trade flows, no acting party)"),
            ("develop", "content of the forecast"),
            ("openness", "content (stative)"),
            ("presentation", "venue of the statement"),
            ("hit", "content of the statement (no actor)"),
            (("fall", "hit by the"), "market-price movement"),
            ("cut", "content of the statement"),
            ("affected", "content of the statement"),
            ("softened", "content of the statement"),
            ("weakening", "market-price movement"),
            ("drop", "market-price movement"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("West German", "NORP", "DEU"),
            ("Moscow", "GPE", "SUN"),
            ("Dresdner Bank AG", "ORG", "DEU"),
            (("Moscow", "AG's Moscow"), "GPE", "SUN"),
            ("Michael Stein", "PERSON", "DEU"),
            ("Soviet Union", "GPE", "SUN"),
            (("Dresdner Bank", "Dresdner Bank economist"), "ORG", "DEU"),
            ("Alfred Apholte", "PERSON", "DEU"),
            (("Soviet\nUnion", "Apholte said the"), "GPE", "SUN"),
        ],
    },
    "reuters21578-20092": {
        "events": [
            # 0
            ("THREATEN", "reiterated", MOUSAVI, ("U.S. Navy", "USA", "MIL"), DAMASCUS,
             "1987-10-20", "day", None, "asserted", None,
             "reiterated Iran would retaliate for the U.S. Navy attacks (warning of retaliation; wire style: DCT; "
             "the news conference was in Damascus)"),
            # 1
            ("THREATEN", "told", (("Mousavi", "Mousavi told"), "IRN", "GOV"), (("U.S.", "\"The U.S."), "USA", "GOV"),
             DAMASCUS, "1987-10-20", "day", None, "asserted", 0,
             "later mention: the quoted warning 'we will retaliate properly' at the Damascus news conference "
             "(the accusation in the quote is part of the same act)"),
            # 2
            ("ASSAULT", "blasted", ("U.S. Navy warships", "USA", "MIL"), ("the Rostam platform", "IRN", "GOV"), GULF,
             "1987-10-19", "day", "On Monday", "asserted", None,
             "U.S. warships blasted the Iranian Rostam platform on Monday (DCT Tuesday 20 October)"),
            # 3
            ("ASSAULT", "stormed", ("Navy personnel", "USA", "MIL"), ("a second\nplatform", "IRN", "GOV"), GULF,
             "1987-10-19", "day", "On Monday", "asserted", None,
             "Navy personnel stormed a second platform ('On Monday' governs both conjuncts, 19a)"),
            # 4
            ("ACCUSE", ("said", "Washington said"), ("Washington", "USA", "GOV"), (("Iran", "used by Iran"), "IRN", "GOV"),
             DAM, "1987-10-20", "day", None, "asserted", None,
             "alleges Iran used the positions to track and assault neutral shipping (19a's call)"),
        ],
        "skip": [
            ("retaliate", "content of the warning"),
            ("attacks", "presupposed nominal (the attack is asserted in S3)"),
            ("Attack", "presupposed nominal inside the quote"),
            ("jeopardises", "content of the quote (part of the warning)"),
            (("retaliate", "we will"), "content of the warning"),
            ("aggression", "content of the quote"),
            ("news\nconference", "venue of the statement"),
            ("operation", "anaphoric nominal (the attack)"),
            ("aimed", "content of the accusation"),
            ("destroying", "content of the accusation"),
            ("track", "content of the accusation"),
            (("assault", "track and"), "content of the accusation"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("Mir-Hossein Mousavi", "PERSON", "IRN"),
            ("U.S. Navy", "ORG", "USA"),
            ("Gulf", "LOC", None),
            (("U.S.", "\"The U.S."), "GPE", "USA"),
            (("Iran", "Attack on Iran's"), "GPE", "IRN"),
            ("American", "NORP", "USA"),
            (("Mousavi", "Mousavi told"), "PERSON", "IRN"),
            ("Damascus", "GPE", "SYR"),
            (("U.S. Navy", "On Monday"), "ORG", "USA"),
            (("Navy", "and Navy personnel"), "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            (("Iran", "used by Iran"), "GPE", "IRN"),
            (("Gulf", "neutral"), "LOC", None),
        ],
    },
    "reuters21578-10606": {
        "events": [
            # 0
            ("REQUEST", "ordered", YU, ("financial\nofficials", "TWN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "order to quicken the relaxing of forex controls and study suspending them (a directive to his "
             "government's officials, 18a); relayed by the cabinet statement, no time expression: undated"),
            # 1
            ("REQUEST", ("quoted", "The statement quoted"), (("Yu", "quoted Yu"), "TWN", "GOV"),
             ("Finance Ministy and Central Bank officials", "TWN", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the relaxation was needed (told to the same officials), relayed by the statement"),
            # 2
            ("STATEMENT", "told", ("Finance Minister Robert Chien", "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "the ministry and the Central Bank will work jointly on new easing measures (internal, no type)"),
            # 3
            ("STATEMENT", "give details", (("he", "but he"), "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "negated", None, "withheld statement: did not give details"),
            # 4
            ("STATEMENT", ("said", "Yu said"), (("Yu", "Yu said"), "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "the government could keep the framework of the controls while easing them"),
            # 5
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"), "TWN", "GOV"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "easing would not reduce the reserves substantially in a short time (he = Yu)"),
            # 6
            ("STATEMENT", ("told", "Soochow"), ("Lu Ming-Jen", "TWN", "PERSON"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "assessment: the decision came a little late but better than never (ACCUSE/SUPPORT arguable)"),
            # 7
            ("REQUEST", ("said", "Commercial Bank, said"), KO, (("the government", "Commercial Bank, said"), "TWN", "GOV"),
             TPE, "1987-03-28", "day", None, "asserted", None,
             "the government should rapidly relax forex controls and open its market (EVENTS.md 2)"),
            # 8
            ("STATEMENT", ("said", "problems,\" he"), (("he", "problems,\" he"), "TWN", "BUS"), None, TPE,
             "1987-03-28", "day", None, "asserted", None,
             "quote: liberalisation would help trading partners and Taiwan's own problems (assessment)"),
            # 9
            ("STATEMENT", ("said", "He said the mounting"), (("He", "He said the mounting"), "TWN", "BUS"), None, TPE,
             "1987-03-28", "day", None, "asserted", None, "the reserves boosted money supply by 48.22 pct (statistics)"),
        ],
        "skip": [
            ("quicken", "content of the order"),
            (("relaxing", "pace of"), "content of the order (domestic deregulation)"),
            (("study", "controls and"), "content of the order"),
            ("suspending", "content of the order"),
            (("said", "cabinet statement"), "rule-3 attribution (the order is the event)"),
            ("telling", "the same act as 'quoted' (relay)"),
            ("relaxation", "content of the request"),
            (("reduce", "help\nreduce"), "purpose (content)"),
            ("work jointly", "joint work of two bodies of one government: internal, no type"),
            (("measures", "new"), "content of the statement"),
            (("ease", "measures to"), "content of the statement"),
            ("maintain", "content of the statement"),
            (("ease", "ways to"), "content of the statement"),
            ("used", "hypothetical use of the controls (content)"),
            ("resulted", "stative"),
            ("figures", "official statistics, a document with no speaker"),
            (("easing", "while"), "content of the statement"),
            (("said", "Economists and bankers"), "anonymous-source talk (economists and bankers)"),
            (("decision", "the new"), "anaphoric nominal"),
            ("pressure", "background nominal in a causal clause inside anonymous talk (REQUEST USA -> TWN arguable)"),
            ("buys", "stative (trade)"),
            (("decision", "The decision came"), "content of the statement (anaphoric)"),
            (("relax", "rapidly"), "content of the request"),
            (("open", "open its market"), "content of the request"),
            ("balance", "purpose (content)"),
            ("liberalisation", "content of the statement"),
            ("boost", "content of the statement (statistics)"),
        ],
        "entities": [
            ("Yu Kuo-Hua", "PERSON", "TWN"),
            (("Yu", "quoted Yu"), "PERSON", "TWN"),
            ("Finance Ministy", "ORG", "TWN"),
            ("Central Bank", "ORG", "TWN"),
            ("Taiwan", "GPE", "TWN"),
            (("U.S.", "billion"), "GPE", "USA"),
            ("Robert Chien", "PERSON", "TWN"),
            (("Central Bank", "ministry\nand the"), "ORG", "TWN"),
            (("Yu", "Yu said"), "PERSON", "TWN"),
            (("Taiwan", "Taiwan's reserves"), "GPE", "TWN"),
            (("Taiwan", "Taiwan's trade"), "GPE", "TWN"),
            ("United States", "GPE", "USA"),
            (("United States", "pressure from the"), "GPE", "USA"),
            (("Taiwan", "Taiwan's largest"), "GPE", "TWN"),
            ("Lu Ming-Jen", "PERSON", "TWN"),
            ("Soochow University", "ORG", "TWN"),
            ("Reuters", "ORG", "GBR"),
            ("Ko Fei-Lo", "PERSON", "TWN"),
            ("First Commercial Bank", "ORG", "TWN"),
            (("United States", "especially the"), "GPE", "USA"),
            (("Taiwan", "boost\nTaiwan"), "GPE", "TWN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind25a.jsonl")
