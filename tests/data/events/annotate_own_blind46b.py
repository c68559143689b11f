"""Build ``own_blind46b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind46b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,459 left); 24 drawn with random.Random(46101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
39 event records (38 first mentions, 1 later mention), 112 not_annotated spans, 96 entity mentions
(ORG 51, GPE 23, PERSON 15, NORP 7, LOC 0); no article without events; 9730 (Bank of France tender), 3192
(World Bank borrowing), 18405 (CFTC hedgers report) and 20611 (CCC wheat catalogue) have reporting-clause
STATEMENTs only. Types: STATEMENT 31, REQUEST 4, REJECT 1, THREATEN 1, COOPERATE 1, SUPPORT 1; modality:
asserted 35, planned 3, negated 1; precision: day 30, unknown 5, month 4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the printed context and
fixed: the CCC spokesman's actor "he" (20611) matching inside "wheat". In 704 the splitter does not end a
sentence after "Century Resources Inc." (an abbreviation), so Capozza's quote and the traders' forecast share
one sentence. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("British prime minister MargaretThatcher": NORP
"British" + PERSON "MargaretThatcher", the run-together name tagged as written; "President Reagan": PERSON
"Reagan", 15b/23b), but a named body inside a title is tagged ("Senate Democratic Leader Robert Byrd":
"Senate" ORG, "Democratic" NORP USA and the PERSON, 21b; "Senate Finance Committee chairman Lloyd Bentsen":
ORG + PERSON, 14b; "World Bank vice president and treasurer Eugene Rotberg": ORG + PERSON; "NYMEX President
Rosemary McFadden": ORG + PERSON; "McKiernan and Co chairman", "secretary of Century Resources Inc": the
ORG, 43b's "president of Higashi Nippon"; "A key House trade lawmaker": "House" ORG USA, 35a/36b); a body
with its country word is one ORG span ("U.S. Senate", 34b/36b); "Kansas City Commodity Credit Corp office"
(the CCC's Kansas City office) gives GPE "Kansas City" + ORG "Commodity Credit Corp"; "Japan" in
"Japan-based" and "French" in "French-speaking" are tagged as the part (25a's "Tokyo-based", 39b's
"Soviet-built"; the second is a language adjective, NORP FRA taken as the nearest type); bracketed company
names tagged without the brackets, tickers left out, possessive 's left out ("Cable's", "Japan's",
"British Broadcasting Corp's"); lower-case bodies ("parliament", "the central bank", "the bank", "the
exchange", "a U.S. federal agency": only "U.S." tagged) are not tagged. Countries: Cable and Wireless Plc /
Cable and Wireless / Cable ORG GBR, the Federation of Economic Organisations ORG JPN (11a/12a), Japan GPE
JPN, "Japanese" NORP JPN, "British" NORP GBR, MargaretThatcher PERSON GBR; the Bank of France ORG FRA; the
World Bank ORG null and its treasurer Eugene Rotberg PERSON null (13a's Conable), the U.S. GPE USA, West
Germany and Germany GPE DEU, Switzerland GPE CHE; the Commodity Futures Trading Commission / CFTC and the New
York Mercantile Exchange / NYMEX ORG USA; Kansas City GPE USA, the Commodity Credit Corp / CCC ORG USA; the
U.S. Senate / Senate, Senate Finance Committee and House ORG USA, Reagan, Robert Byrd, Lloyd Bentsen and
Richard Gephardt PERSON USA; Intelmatique ORG FRA ("The French agency"), Infonet (the title's "U.S. unit")
and its parent Computer Sciences Corp ORG USA, Gannett Co Inc and USA Today ORG USA (no nested GPE in the
paper's name), the British Broadcasting Corp ORG GBR, New York and Washington GPE USA; McKiernan and Co and
Century Resources Inc ORG USA and their officers Thomas McKiernan and Frank Capozza PERSON USA (commentators
on a New York exchange's rule, New York dateline: USA by context, 16b's Davis Oil / 43b's witnesses),
Rosemary McFadden PERSON USA. Not entities: Minitel (the videotex network / terminals, a product), the
"Eastern corridor" (lower-case descriptive region), EFP, currencies (franc, dollar), products, markets and
the commitments-of-traders table's column heads.

Judgement calls made here:
* 11202 (Cable and Wireless shares on Japan speculation, DCT Tue 1987-03-31, LONDON): the same telecoms
  row as 11a/12a. "Cable has said it is resisting attempts by the Federation of Economic Organisations to
  merge two Japan-based telecommunications firms" is REJECT GBR BUS -> the Federation (JPN ORG), on the
  saying (a refusal voiced, 12a's "Japan has reiterated it has no plans to bow to pressure", rule 2), "has
  said" with no time expression = DCT (EVENTS.md 16), LONDON; the resisting, attempts and merger are its
  content (REJECT on "resisting", undated as 12a's standing "Britain opposes", arguable). "British prime
  minister MargaretThatcher said in parliament last week that she regarded Cable and Wireless's
  participation ... as a test case of how open the Japanese telecommunications market really was" is a
  STATEMENT GBR GOV (an assessment; ACCUSE -> JPN arguable, as 12a's "charging that Japan is
  discriminating", but no charge is made here), "last week" from Tue 31 March = 23-29 March, kept at its
  month 1987-03 (EVENTS.md 21), location "parliament" (GBR). "A spokesman for Cable said he was unaware if
  the speculation had any foundation" is a STATEMENT (DCT); "Cable itself had issued no statement today on
  the issue" a withheld STATEMENT (negated, 1987-03-31 from "today", LONDON). The share moves are market
  movements, all dealers' talk anonymous, and the resolution of the dispute has no actor (skipped).
* 9730 (Bank of France tender, DCT Thu 1987-03-26, PARIS): the tender, the injection of funds and the
  intervention-rate cuts and rise are monetary operations (EVENTS.md 10; 10a/13a's Bank of England help), so
  the only event is "The Bank of France said it set a money market intervention tender today" as a
  STATEMENT FRA GOV (an announcement of an action with no type, rule 4), DCT, PARIS; the money market
  sources, dealers and market sources are anonymous, call money rates market movements, the treasury tap
  stock tender and its settlement public debt management (skipped).
* 3192 (World Bank to bring borrowing forward, DCT Mon 1987-03-09, FRANKFURT): the Bank's borrowing,
  bond issues, swaps and new instruments are corporate finance (EVENTS.md 10), so each of Rotberg's
  reporting clauses is a STATEMENT by an IGO official (country null, IGO; 13a's Conable), DCT, FRANKFURT (the
  news conference has no place in the text: dateline city): "... Eugene Rotberg said" (borrowing brought
  forward, rates expected to rise), "He told a news conference" (rates near their lows), the quote
  '"The weight of opinion is ...," he said' (a new point, the probability estimate, so a first mention; a
  later mention of "told" arguable), "Rotberg said" (liquidity policy), "Rotberg said" (no innovation for its
  own sake), "Rotberg said" (90 pct by old methods) and "he said" (60 bonds in Germany since 1959). Sentences
  with no reporting verb of their own ("had not issued floating rate notes", "would not adopt new
  instruments", "would try out new instruments", the cash and swap figures) are skipped (corporate finance,
  continued indirect speech).
* 18405 (hedgers' share of NYMEX energy futures, DCT Mon 1987-06-15, NEW YORK): the hedgers',
  speculators' and users' positions are market activity / statistics with no identified acting party
  (skipped). The CFTC commitments-of-traders report is a report by a named author (named in the text: "The
  report was prepared by the Commodity Futures Trading Commission"), so "according to a U.S. federal agency
  report" is a STATEMENT USA GOV on "report" (40b's "according to the ... USDA ... report", 13a/7a), "the
  report said" a STATEMENT with the author implied (17b's "the report said"; new content, so a first
  mention) and "according to the CFTC report" (gasoline) a third STATEMENT, all DCT, NEW YORK; "prepared"
  (authorship) is skipped.
* 20611 (CCC wheat catalogue, DCT Tue 1987-10-20, KANSAS CITY): preparing a catalogue of CCC stocks is an
  agency's own domestic task with no type, and its release "in the next two to three weeks" is content of
  the spokesman's statement (skipped; STATEMENT planned 1987-11 arguable, as 40b's planned USDA report
  release), so the four reporting clauses ("a CCC spokesman said", "the spokesman said", "he said", "the
  spokesman said") are four STATEMENTs USA GOV, DCT, KANSAS CITY.
* 7626 (Senate wants the chip pact enforced, DCT Fri 1987-03-20, WASHINGTON): "The U.S. Senate has
  unanimously called for President Reagan immediately to force Japan to live up to a pledge ..." is REQUEST
  USA GOV -> Reagan (USA GOV; forcing Japan, Japan's pledge, dumping and market opening are its content),
  undated (a perfect verbal act with no time expression, the 15/16 call); "The Senate voted 93 to 0 to urge
  Reagan to impose penalties ..." is its later mention on "voted" (the vote is the act, 34b's "Senators voted
  92-1"; "urge", the penalties, retaliation and "Japan's violations" its content, ACCUSE -> JPN arguable).
  "Senate leaders said its adoption would warn Japan stiffer legislation would be considered if the
  violations continue" is THREATEN USA GOV (identifiable officials of a named body) -> JPN GOV on "warn" (a
  conditional threat of the speakers' own body's legislation; the saying is the threat, so "said" is not
  listed, EVENTS.md 1), asserted (a threat is asserted though what it announces is conditional), DCT,
  WASHINGTON. '"We want to send a message to Japan ...," ... Robert Byrd told the Senate' is a STATEMENT
  (intent; a later mention of the THREATEN arguable) and "Bentsen told the Senate the measure was not aimed at
  retaliation but at correcting Japan's unfair trade practices" a STATEMENT (the measure's aim; the
  "unfair" practices are a characterisation inside it, ACCUSE -> JPN arguable), both DCT, WASHINGTON (the
  Senate floor). "Gephardt also announced he would seek to force Japan and other countries with huge trade
  surpluses to slash their surplus by 10 pct a year" is REQUEST (pressure) planned, split by target
  (EVENTS.md 12): USA GOV -> JPN GOV and USA GOV -> the other surplus countries (null), trigger "force",
  undated (a future act with no time expression), "announced" rule-3 attribution (a STATEMENT on
  "announced", the bill being domestic legislation as 38a, arguable).
* 18712 (Intelmatique / Infonet Minitel pact, DCT Thu 1987-06-18, NEW YORK; the dateline says June 17,
  published_at's date is the DCT): "Intelmatique said it plans to bring the Minitel network to the U.S. in
  cooperation with Infonet" is COOPERATE FRA BUS -> Infonet (USA BUS, the title's "U.S. unit"), planned, on
  the event noun "cooperation" (the title's "pact"; "plans" and "bring" skipped as its frame), undated
  (a planned non-speech act with no time expression), located in the U.S., "said" rule-3 attribution;
  Intelmatique is a "French agency" the text later calls "the company": BUS (kind not scored). "Minitel,
  which now offers ... USA Today and the British Broadcasting Corp's news service" is a stative present
  description in a relative clause (skipped; COOPERATE FRA -> USA / GBR arguable, own_blind's news service
  carried for a foreign agency). The four other reporting clauses (the target market, the 300 pilot
  applications, pre-paid fees, terminal rental) are STATEMENTs FRA BUS, DCT, NEW YORK.
* 704 (NYMEX off-hour EFP trading, DCT Mon 1987-03-02, NEW YORK): the exchange's rule change ("set April
  one for the debut of a new procedure", "will allow oil traders ... to initiate") is an exchange's own rule
  with no identified counterpart and no type (skipped; RETREAT toward traders arguable; "set" is no
  reporting clause), so "according to an exchange spokeswoman" (29b's "according to Ecuadorean officials")
  and "according to exchange officials" (identifiable officials of a named body, EVENTS.md 4) are
  STATEMENTs USA ORG (an exchange is ORG, 17a), DCT; "said said Thomas McKiernan" (the doubled "said" a
  typo: the first coded, the second skipped), "McKiernan explained" and "said Frank Capozza" are STATEMENTs
  USA BUS, DCT, NEW YORK; "according to traders and analysts" is anonymous (skipped). "When NYMEX announced
  its proposed rule change in December" is a STATEMENT USA ORG dated 1986-12 ("December" for a past event
  from March 1987, EVENTS.md 22), and McFadden's quote "said" in that announcement is placed in it (rule 3:
  1986-12, "in December"), both with no place (location null). "The Commodity Futures Trading Commission
  approved the rule change in February" is SUPPORT USA GOV -> NYMEX (implied, USA ORG; 31a's panel approval
  of Federal Express's bid; a regulator's approval of an exchange rule skipped as domestic regulation,
  26a, arguable), 1987-02 ("in February", past), "according to a CFTC spokeswoman" rule-3 attribution.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind46b.jsonl"

LON = ("LONDON", "GBR")
PAR = ("PARIS", "FRA")
FRA = ("FRANKFURT", "DEU")
NYC = ("NEW YORK", "USA")
KC = ("KANSAS CITY", "USA")
WAS = ("WASHINGTON", "USA")

ROTBERG = ("World Bank vice president and treasurer Eugene Rotberg", None, "IGO")
GEPHARDT = ("Representative Richard Gephardt", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-11202": {
        "events": [
            # 0
            ("REJECT", ("said", "Cable has said"), (("Cable", "Cable has said"), "GBR", "BUS"),
             ("Federation of Economic Organisations", "JPN", "ORG"), LON,
             "1987-03-31", "day", None, "asserted", None,
             "Cable has said it is resisting the Federation's attempts to merge the two Japan-based firms (a refusal "
             "voiced, 12a's 'Japan has reiterated it has no plans to bow to pressure'); 'has said' = DCT (EVENTS.md "
             "16), dateline city"),
            # 1
            ("STATEMENT", ("said", "MargaretThatcher said"), ("British prime minister MargaretThatcher", "GBR", "GOV"),
             None, ("parliament", "GBR"),
             "1987-03", "month", "last week", "asserted", None,
             "she regarded Cable and Wireless's participation as a test case of Japanese market openness (an "
             "assessment; ACCUSE -> JPN arguable); 'last week' from Tue 1987-03-31 = 23-29 March, kept at its month"),
            # 2
            ("STATEMENT", ("said", "spokesman for Cable said"), ("A spokesman for Cable", "GBR", "BUS"), None, LON,
             "1987-03-31", "day", None, "asserted", None,
             "he was unaware if the speculation had any foundation; wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", "issued no statement", (("Cable", "Cable itself"), "GBR", "BUS"), None, LON,
             "1987-03-31", "day", "today", "negated", None,
             "withheld statement: 'had issued no statement today on the issue'"),
        ],
        "skip": [
            ("firmed", "market movement (share price)"),
            (("participation", "its participation"), "stative (a shareholding)"),
            ("curtailed", "content of market speculation (anonymous)"),
            (("said", "dealers said."), "anonymous-source talk (dealers)"),
            (("quoted", "shares were quoted"), "market movement (share price)"),
            (("said", "The dealers said"), "anonymous-source talk (dealers)"),
            ("originate", "content of the dealers' talk"),
            ("resisting", "content of the refusal (coded on 'said')"),
            ("attempts", "content of the refusal (the Federation's merger attempts)"),
            ("merge", "content of the refusal"),
            (("cut", "would have cut"), "hypothetical content (the merger's effect on Cable's stake)"),
            ("uncertain", "anonymous-source talk (dealers)"),
            ("dispute", "background nominal (the shareholding dispute)"),
            ("resolved", "no identified actor (content of the dealers' uncertainty)"),
            ("regarded", "content of the statement"),
            (("participation", "Wireless's participation"), "stative (content of the statement)"),
            ("unaware", "content of the statement"),
        ],
        "entities": [
            ("Cable and Wireless Plc", "ORG", "GBR"),
            ("Japan", "GPE", "JPN"),
            (("Japan", "originate in"), "GPE", "JPN"),
            (("Cable", "Cable has said"), "ORG", "GBR"),
            ("Federation of Economic Organisations", "ORG", "JPN"),
            (("Japan", "Japan-based"), "GPE", "JPN"),
            (("Cable", "Cable's stake"), "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            ("MargaretThatcher", "PERSON", "GBR"),
            (("Cable and Wireless", "regarded Cable"), "ORG", "GBR"),
            (("Japanese", "in the Japanese"), "NORP", "JPN"),
            (("Japanese", "open the Japanese"), "NORP", "JPN"),
            (("Cable", "spokesman for Cable"), "ORG", "GBR"),
            (("Cable", "Cable itself"), "ORG", "GBR"),
        ],
    },
    "reuters21578-9730": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Bank of France", "FRA", "GOV"), None, PAR,
             "1987-03-26", "day", None, "asserted", None,
             "it set a money market intervention tender today to inject funds (a monetary operation: an "
             "announcement of an action with no type, rule 4); wire style: DCT, dateline city"),
        ],
        "skip": [
            (("set", "it set"), "monetary operation (money market intervention tender)"),
            (("tender", "intervention tender"), "monetary operation"),
            ("inject", "monetary operation"),
            (("said", "sources said the surprise"), "anonymous-source talk (money market sources)"),
            ("announcement", "anaphoric nominal (the Bank's announcement, coded on 'said')"),
            ("herald", "content of anonymous talk"),
            (("cut", "percentage point cut"), "monetary operation (content of anonymous talk)"),
            (("set", "level set"), "monetary operation (the March 10 rate)"),
            (("added", "they added"), "anonymous-source talk (money market sources)"),
            (("cut", "rate was cut"), "monetary operation (intervention rate cut)"),
            ("raised", "monetary operation (intervention rate rise)"),
            ("head off", "monetary operation (defence of the franc)"),
            (("said", "Dealers said"), "anonymous-source talk (dealers)"),
            (("easing", "further easing"), "monetary operation (content of anonymous talk)"),
            ("rose", "market movement (call money)"),
            (("tender", "news of the tender"), "anaphoric nominal, monetary operation"),
            ("settlement", "public debt management (treasury tap stock tender)"),
            (("tender", "tap stock tender"), "public debt management (treasury tap stock tender)"),
            (("said", "March 5, market sources said"), "anonymous-source talk (market sources)"),
        ],
        "entities": [
            ("Bank of France", "ORG", "FRA"),
        ],
    },
    "reuters21578-3192": {
        "events": [
            # 0
            ("STATEMENT", "said", ROTBERG, None, FRA,
             "1987-03-09", "day", None, "asserted", None,
             "the World Bank intends to bring borrowing forward as it expects rates to rise (corporate finance: no "
             "type); an IGO official: country null; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), None, "IGO"), None, FRA,
             "1987-03-09", "day", None, "asserted", None,
             "at a news conference (no place given): rates in the U.S., Japan, West Germany and Switzerland near "
             "their lows (assessment); DCT"),
            # 2
            ("STATEMENT", ("said", 'rates," he said'), (("he", 'rates," he said'), None, "IGO"), None, FRA,
             "1987-03-09", "day", None, "asserted", None,
             "quote: higher probability of rates one point higher in a year (new point, a first mention; a later "
             "mention of 'told' arguable); DCT"),
            # 3
            ("STATEMENT", ("said", "borrow, Rotberg said"), (("Rotberg", "borrow, Rotberg said"), None, "IGO"), None, FRA,
             "1987-03-09", "day", None, "asserted", None,
             "the Bank's policy of maintaining liquidity (corporate finance); DCT"),
            # 4
            ("STATEMENT", ("said", "innovation, Rotberg said"), (("Rotberg", "innovation, Rotberg said"), None, "IGO"),
             None, FRA,
             "1987-03-09", "day", None, "asserted", None,
             "the Bank does not intend to launch new instruments for innovation's sake (corporate finance); DCT"),
            # 5
            ("STATEMENT", ("said", "used before, Rotberg said"), (("Rotberg", "used before, Rotberg said"), None, "IGO"),
             None, FRA,
             "1987-03-09", "day", None, "asserted", None,
             "90 pct of funds to be raised with old methods (corporate finance); DCT"),
            # 6
            ("STATEMENT", ("said", "1959, he said"), (("he", "1959, he said"), None, "IGO"), None, FRA,
             "1987-03-09", "day", None, "asserted", None,
             "the Bank has offered 60 bonds in Germany since 1959 (bond issues: corporate finance); DCT"),
        ],
        "skip": [
            ("bring", "content of the statement (borrowing: corporate finance)"),
            ("expects", "content of the statement"),
            (("rise", "rates to rise"), "content of the statement (rate forecast)"),
            (("issued", "had not issued"), "bond issues (corporate finance), negated, no reporting verb"),
            ("maintain", "content of the statement (liquidity policy)"),
            ("pioneered", "background (corporate finance, content)"),
            ("launch", "content of the statement (corporate finance, negated)"),
            ("swapped", "corporate finance (statistics)"),
            ("adopt", "corporate finance (continued indirect speech, no reporting verb)"),
            (("raise", "would raise"), "content of the statement (corporate finance)"),
            ("try out", "corporate finance (continued indirect speech)"),
            (("offered", "publicly offered"), "content of the statement (bond issues)"),
            (("launched", "issue was launched"), "content of the statement (bond issue)"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            (("World Bank", "World Bank vice"), "ORG", None),
            ("Eugene Rotberg", "PERSON", None),
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("West Germany", "GPE", "DEU"),
            ("Switzerland", "GPE", "CHE"),
            (("World Bank", "The World Bank had not"), "ORG", None),
            (("World Bank", "policy of the World Bank"), "ORG", None),
            (("Rotberg", "borrow, Rotberg"), "PERSON", None),
            (("World Bank", "Although the World Bank"), "ORG", None),
            (("Rotberg", "innovation, Rotberg"), "PERSON", None),
            (("World Bank", "Until the World Bank"), "ORG", None),
            (("World Bank", "The World Bank would"), "ORG", None),
            (("Rotberg", "used before, Rotberg"), "PERSON", None),
            (("World Bank", "The World Bank had publicly"), "ORG", None),
            (("Germany", "bonds in Germany"), "GPE", "DEU"),
        ],
    },
    "reuters21578-18405": {
        "events": [
            # 0
            ("STATEMENT", "report", ("a U.S. federal agency", "USA", "GOV"), None, NYC,
             "1987-06-15", "day", None, "asserted", None,
             "'according to a U.S. federal agency report' (the CFTC's, named later): a report by a named author "
             "(40b/13a/7a); hedgers' May positions (statistics); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the report said"), (None, "USA", "GOV"), None, NYC,
             "1987-06-15", "day", None, "asserted", None,
             "'the report said': the CFTC report speaking (implied author, 17b); hedgers' shares and new sales in May "
             "(new content); DCT"),
            # 2
            ("STATEMENT", ("report", "CFTC report"), (("CFTC", "CFTC report"), "USA", "GOV"), None, NYC,
             "1987-06-15", "day", None, "asserted", None,
             "'according to the CFTC report': little change in gasoline futures positions (new content); DCT"),
        ],
        "skip": [
            (("increased", "hedgers increased"), "market activity / statistics (unnamed traders)"),
            (("accounted", "Trade hedgers accounted"), "statistics"),
            (("added", "and added 5,700"), "market activity (unnamed traders)"),
            ("liquidating", "market activity (unnamed traders)"),
            (("saw", "Speculators, in contrast, saw"), "statistics"),
            ("totaled", "statistics"),
            ("prepared", "authorship of the report (identifies its author; no new content)"),
            (("accounted", "commercial users accounted"), "statistics"),
            (("added", "added 311"), "market activity (unnamed traders)"),
            (("saw", "Gasoline futures saw"), "statistics"),
            (("accounted", "Trade users"), "statistics"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            (("U.S.", "a U.S. federal"), "GPE", "USA"),
            ("Commodity Futures Trading Commission", "ORG", "USA"),
            ("CFTC", "ORG", "USA"),
            ("New York Mercantile Exchange", "ORG", "USA"),
        ],
    },
    "reuters21578-20611": {
        "events": [
            # 0
            ("STATEMENT", ("said", "a CCC spokesman said"), ("a CCC spokesman", "USA", "GOV"), None, KC,
             "1987-10-20", "day", None, "asserted", None,
             "the Kansas City CCC office is preparing a wheat catalogue to be released in two to three weeks (an "
             "agency's own task: no type); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "elevators, the spokesman said"), (("the spokesman", "elevators, the spokesman"), "USA", "GOV"),
             None, KC,
             "1987-10-20", "day", None, "asserted", None,
             "the catalogue's contents (new content); DCT"),
            # 2
            ("STATEMENT", ("said", "spring wheat, he said"), (("he", ", he said"), "USA", "GOV"), None, KC,
             "1987-10-20", "day", None, "asserted", None,
             "hard red winter wheat the bulk of the stocks (new content); DCT"),
            # 3
            ("STATEMENT", ("said", "preparation, the spokesman said"),
             (("the spokesman", "preparation, the spokesman"), "USA", "GOV"), None, KC,
             "1987-10-20", "day", None, "asserted", None,
             "the release date is tentative (new content); DCT"),
        ],
        "skip": [
            ("preparing", "content of the statement (an agency's own task, no type)"),
            (("released", "to be released"), "content of the statement (planned catalogue release; STATEMENT planned "
                                             "1987-11 arguable, 40b)"),
            ("include", "content of the statement (the catalogue's contents)"),
            ("comprise", "content of the statement"),
            ("snags", "content of the statement (hypothetical)"),
            ("preparation", "content of the statement"),
        ],
        "entities": [
            ("Kansas City", "GPE", "USA"),
            ("Commodity Credit Corp", "ORG", "USA"),
            (("CCC", "a CCC spokesman"), "ORG", "USA"),
            (("CCC", "all CCC stocks"), "ORG", "USA"),
        ],
    },
    "reuters21578-7626": {
        "events": [
            # 0
            ("REQUEST", "called", ("The U.S. Senate", "USA", "GOV"), ("President Reagan", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the Senate called for Reagan to force Japan to honour its chip pledge (a demand on the President); "
             "perfect verbal act with no time expression: undated (15/16 call)"),
            # 1
            ("REQUEST", "voted", (("The Senate", "The Senate voted"), "USA", "GOV"), (("Reagan", "urge Reagan"), "USA", "GOV"),
             None,
             None, "unknown", None, "asserted", 0,
             "later mention: the 93-0 vote to urge Reagan to impose penalties (the vote is the act, 34b's 'Senators "
             "voted 92-1'; 'urge' its content)"),
            # 2
            ("THREATEN", "warn", ("Senate leaders", "USA", "GOV"), (("Japan", "warn Japan"), "JPN", "GOV"), WAS,
             "1987-03-20", "day", None, "asserted", None,
             "Senate leaders said adoption would warn Japan stiffer legislation would be considered if violations "
             "continue (conditional threat of the speakers' own body's action; the saying is the threat, EVENTS.md "
             "1, 'said' not listed); wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", ("told", "Byrd told"), ("Senate Democratic Leader Robert Byrd", "USA", "GOV"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "'We want to send a message to Japan ...' (intent; a later mention of the THREATEN arguable); DCT"),
            # 4
            ("STATEMENT", ("told", "Bentsen told"), ("Senate Finance Committee chairman Lloyd Bentsen", "USA", "GOV"),
             None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "the measure aims at correcting Japan's unfair trade practices, not retaliation (the measure's aim; "
             "ACCUSE -> JPN arguable); DCT"),
            # 5
            ("REQUEST", ("force", "seek to force"), GEPHARDT, (("Japan", "force Japan and"), "JPN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "Gephardt will seek to force Japan to slash its surplus (pressure), split by target (EVENTS.md 12); "
             "'announced' rule-3 attribution; future act, no time expression: undated"),
            # 6
            ("REQUEST", ("force", "seek to force"), GEPHARDT,
             ("other countries with huge trade surpluses", None, "GOV"), None,
             None, "unknown", None, "planned", None,
             "the same pressure toward the other surplus countries (a group: null)"),
        ],
        "skip": [
            (("force", "immediately to force"), "content of the request"),
            ("live up", "content of the request"),
            ("pledge", "background nominal (Japan's chip pledge; AGREE JPN arguable)"),
            ("dumping", "content of the request (Japan's pledge)"),
            (("open", "and open"), "content of the request"),
            ("urge", "content of the vote (coded on 'voted')"),
            ("impose", "content of the vote"),
            (("retaliation", "in retaliation"), "content of the vote"),
            (("violations", "Japan's violations"), "content of the vote (ACCUSE -> JPN arguable)"),
            ("bind", "stative (the measure's legal effect, negated)"),
            ("adoption", "anaphoric nominal (the vote)"),
            ("considered", "content of the threat"),
            (("violations", "if the violations"), "condition of the threat"),
            ("send", "content of the statement"),
            ("aimed", "content of the statement"),
            (("retaliation", "aimed at retaliation"), "content of the statement"),
            ("correcting", "content of the statement"),
            ("announced", "rule-3 attribution (the planned pressure is the event)"),
            ("slash", "content of the pressure"),
        ],
        "entities": [
            ("U.S. Senate", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Japan", "GPE", "JPN"),
            (("U.S.", "U.S. Chipmakers"), "GPE", "USA"),
            (("Senate", "The Senate voted"), "ORG", "USA"),
            (("Reagan", "urge Reagan"), "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Japan", "Japan's violations"), "GPE", "JPN"),
            (("Reagan", "bind Reagan"), "PERSON", "USA"),
            (("Senate", "Senate leaders"), "ORG", "USA"),
            (("Japan", "warn Japan"), "GPE", "JPN"),
            (("Japan", "message to Japan"), "GPE", "JPN"),
            (("Senate", "how the Senate"), "ORG", "USA"),
            (("Senate", "Senate Democratic"), "ORG", "USA"),
            ("Democratic", "NORP", "USA"),
            ("Robert Byrd", "PERSON", "USA"),
            (("Senate", "Byrd told the Senate"), "ORG", "USA"),
            ("Senate Finance Committee", "ORG", "USA"),
            ("Lloyd Bentsen", "PERSON", "USA"),
            (("Senate", "Bentsen told the Senate"), "ORG", "USA"),
            (("Japan", "correcting Japan"), "GPE", "JPN"),
            (("House", "key House"), "ORG", "USA"),
            ("Richard Gephardt", "PERSON", "USA"),
            (("Japan", "force Japan and"), "GPE", "JPN"),
        ],
    },
    "reuters21578-18712": {
        "events": [
            # 0
            ("COOPERATE", "cooperation", (("Intelmatique", "<Intelmatique>"), "FRA", "BUS"), ("Infonet", "USA", "BUS"),
             ("U.S.", "USA"),
             None, "unknown", None, "planned", None,
             "plans to bring the Minitel network to the U.S. in cooperation with Infonet (a business pact, the "
             "title's 'PACT'); 'said' rule-3 attribution; planned non-speech act, no time expression: undated"),
            # 1
            ("STATEMENT", ("said", "U.S., Intelmatique said"), (("Intelmatique", "U.S., Intelmatique said"), "FRA", "BUS"),
             None, NYC,
             "1987-06-18", "day", None, "asserted", None,
             "Minitel will be aimed at French-speaking businesses in the U.S. (new content); wire style: DCT "
             "(published_at's date; the dateline says June 17), dateline city"),
            # 2
            ("STATEMENT", ("said", "pilot project, the company said"), (("the company", "pilot project, the company"), "FRA", "BUS"),
             None, NYC,
             "1987-06-18", "day", None, "asserted", None,
             "about 300 applications in the pilot project (new content); DCT"),
            # 3
            ("STATEMENT", ("said", "per hour, the company said"), (("the company", "per hour, the company"), "FRA", "BUS"),
             None, NYC,
             "1987-06-18", "day", None, "asserted", None,
             "users will pre-pay costs and fees (new content); DCT"),
            # 4
            ("STATEMENT", ("said", "per month, Intelmatique said"), (("Intelmatique", "per month, Intelmatique"), "FRA", "BUS"),
             None, NYC,
             "1987-06-18", "day", None, "asserted", None,
             "participants can rent Minitel terminals (new content); DCT"),
        ],
        "skip": [
            (("said", "<Intelmatique>, said"), "rule-3 attribution (the planned cooperation is the event)"),
            ("plans", "frame of the planned cooperation"),
            ("bring", "part of the planned cooperation (coded on 'cooperation')"),
            ("offers", "stative present description in a relative clause (COOPERATE FRA -> USA/GBR arguable)"),
            ("aimed", "content of the statement"),
            ("included", "content of the statement"),
            ("pre-pay", "content of the statement"),
            ("rent", "content of the statement"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Intelmatique", "ORG", "FRA"),
            (("U.S.", "to the U.S."), "GPE", "USA"),
            ("Infonet", "ORG", "USA"),
            ("Computer Sciences Corp", "ORG", "USA"),
            ("Gannett Co Inc", "ORG", "USA"),
            ("USA Today", "ORG", "USA"),
            ("British Broadcasting Corp", "ORG", "GBR"),
            (("French", "French-speaking"), "NORP", "FRA"),
            (("U.S.", "businesses in the U.S."), "GPE", "USA"),
            (("Intelmatique", "U.S., Intelmatique"), "ORG", "FRA"),
            ("New York", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            (("Intelmatique", "per month, Intelmatique"), "ORG", "FRA"),
        ],
    },
    "reuters21578-704": {
        "events": [
            # 0
            ("STATEMENT", ("according to", "according to an exchange spokeswoman"),
             ("an exchange spokeswoman", "USA", "ORG"), None, NYC,
             "1987-03-02", "day", None, "asserted", None,
             "NYMEX will allow off-hour EFP transactions on April 1 (an exchange's own rule change: no type); an "
             "identifiable speaker ('according to', 29b); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "said said"), ("Thomas McKiernan", "USA", "BUS"), None, NYC,
             "1987-03-02", "day", None, "asserted", None,
             "'This will change the way oil is transacted' (assessment); the first of the doubled 'said'; DCT"),
            # 2
            ("STATEMENT", "explained", (("McKiernan", "McKiernan explained"), "USA", "BUS"), None, NYC,
             "1987-03-02", "day", None, "asserted", None,
             "foreign traders will be able to hedge before the exchange opens (new content); DCT"),
            # 3
            ("STATEMENT", ("said", "said Frank"), ("Frank Capozza", "USA", "BUS"), None, NYC,
             "1987-03-02", "day", None, "asserted", None,
             "the program 'will serve the industry' (assessment); DCT"),
            # 4
            ("STATEMENT", ("according to", "according to exchange officials"), ("exchange officials", "USA", "ORG"),
             None, NYC,
             "1987-03-02", "day", None, "asserted", None,
             "under the new arrangement neither party has to hold a futures position (identifiable officials of a "
             "named exchange, EVENTS.md 4); DCT"),
            # 5
            ("STATEMENT", "announced", (("NYMEX", "When NYMEX"), "USA", "ORG"), None, None,
             "1986-12", "month", "in December", "asserted", None,
             "NYMEX announced its proposed rule change 'in December' (past, from March 1987: 1986-12, EVENTS.md 22); "
             "no place in the text"),
            # 6
            ("STATEMENT", ("said", "McFadden, said"), ("NYMEX President Rosemary McFadden", "USA", "ORG"), None, None,
             "1986-12", "month", "in December", "asserted", None,
             "her quote on globalization, said when the change was announced (placed in the December announcement, "
             "rule 3)"),
            # 7
            ("SUPPORT", "approved", ("The Commodity Futures Trading Commission", "USA", "GOV"), (None, "USA", "ORG"), None,
             "1987-02", "month", "in February", "asserted", None,
             "the CFTC approved NYMEX's rule change (a regulator's endorsement, 31a's panel approval; skipped as "
             "domestic regulation arguable, 26a); 'in February' past = 1987-02; 'according to' rule-3 attribution"),
        ],
        "skip": [
            (("set", "Exchange set"), "an exchange's own rule change (no type; not a reporting clause)"),
            ("debut", "the exchange's own new procedure (no type)"),
            (("increase", "will increase"), "content (the procedure's effect)"),
            ("allow", "content of the statement (an exchange's own rule change; RETREAT toward traders arguable)"),
            ("initiate", "content of the statement"),
            (("hedged", "subsequently be hedged"), "content of the statement"),
            (("said", "said Thomas"), "doubled word (typo; the first 'said' is coded)"),
            (("change", "will change"), "content of the quote"),
            (("hedge", "able to hedge"), "content of the statement"),
            ("negotiate", "content of the statement (generic traders' activity)"),
            ("serve", "content of the quote"),
            ("taken effect", "the rule change for platinum futures (no type)"),
            (("expected", "is expected to"), "anonymous forecast (traders and analysts)"),
            (("according to", "according to traders"), "anonymous-source talk (traders and analysts)"),
            (("entering", "before entering into the transaction"), "generic (current rule)"),
            ("offset", "content of the statement"),
            (("rule change", "proposed rule change"), "content of the announcement"),
            (("add", "will add"), "content of the quote"),
            (("according to", "according to a CFTC"), "rule-3 attribution (the approval is the event)"),
        ],
        "entities": [
            ("New York Mercantile Exchange", "ORG", "USA"),
            (("NYMEX", "NYMEX will allow"), "ORG", "USA"),
            ("Thomas McKiernan", "PERSON", "USA"),
            ("McKiernan and Co", "ORG", "USA"),
            (("McKiernan", "McKiernan explained"), "PERSON", "USA"),
            (("NYMEX", "against NYMEX"), "ORG", "USA"),
            (("NYMEX", "differential to NYMEX"), "ORG", "USA"),
            (("NYMEX", "when NYMEX does"), "ORG", "USA"),
            ("Frank Capozza", "PERSON", "USA"),
            ("Century Resources Inc", "ORG", "USA"),
            (("NYMEX", "futures on NYMEX"), "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("NYMEX", "When NYMEX"), "ORG", "USA"),
            (("NYMEX", "NYMEX President"), "ORG", "USA"),
            ("Rosemary McFadden", "PERSON", "USA"),
            ("Commodity Futures Trading Commission", "ORG", "USA"),
            ("CFTC", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
