"""Build ``own_blind46a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind46a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,459 left); 24 drawn with random.Random(46101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
44 event records (42 first mentions, 2 later mentions), 143 not_annotated spans, 131 entity mentions
(ORG 47, GPE 38, NORP 19, PERSON 18, LOC 9); one article without events (926, the Bundesbank tender: a
negative); 1590 (Boschwitz's 0/92 bill), 10734 (PHLX hours), 18465 (Citibank prime) and 10487 (ASCS corn
differentials) have reporting-clause STATEMENTs only. Types: STATEMENT 33, REQUEST 3, RETREAT 2, REJECT 2,
CONSULT 1, SANCTION 1, THREATEN 1, AGREE 1; modality: asserted 40, negated 2, planned 2; precision: day 34,
unknown 8, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the printed
context and fixed: the skip "reach" of 17084's quote matching inside "reached" in the lead; the entities
"Dutch" and "Royal Dutch" of 11557 were anchored past "Royal Dutch/Shell", inside which they would first
match. See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Sen. Rudy Boschwitz",
"exchange president Nicholas Giordano": the PERSON; "U.S. Commerce Secretary Malcolm Baldrige": GPE
"U.S." + PERSON, 44b), but a named body inside a title is tagged ("Senate Agriculture Committee Chairman
Patrick Leahy": ORG + PERSON, 14b; "Deputy Director of Commodity Operations Division for the USDA": ORG
"Commodity Operations Division" + ORG "USDA", 15a's ASCS); "R-Minn." / "D-Vt." give GPE "Minn." / "Vt."
(9a/14b); "Reagan administration" gives PERSON "Reagan" (15b/23b); a body with its country word is one ORG
span ("U.S. Agriculture Department", 14b); a company or body name holds no nested place ("Bank of
Brazil", "New York City Teachers Retirement System", "Philadelphia Stock Exchange"); possessive 's left
out ("China's", "USDA's", "The Agriculture Department's"). Countries: the U.S. Senate and House bodies,
the House of Representatives, the (U.S.) Agriculture Department / USDA and its Commodity Operations
Division ORG USA, Rudy Boschwitz, Patrick Leahy, Ron Burgess PERSON USA, Minnesota and the states GPE USA,
Reuters ORG GBR; the Bundesbank ORG DEU, Duesseldorf GPE DEU; the Philadelphia Stock Exchange / PHLX and
the lower-case "Philadelphia exchange" ORG USA (17a's "London exchange"), Nicholas Giordano PERSON USA,
"Australasian", "Far Eastern" (25a) and "Asian-Pacific" NORP null (regional adjectives), Asia-Pacific LOC
null, Hong Kong GPE HKG, Sydney GPE AUS, "Australian" (also in "Australian dollar", 10b/13b) NORP AUS,
"French" (in "French franc") NORP FRA, "U.S." in "U.S. EST" / "U.S. Dlrs" GPE USA (36a); the People's
Daily ORG CHN, China GPE CHN, "Chinese" NORP CHN, "China-U.S." GPE "China" + GPE "U.S." (45a's
"Soviet-U.S."), the United States GPE USA, Malcolm Baldrige PERSON USA; Citibank Ltd / Citibank ORG USA (the
bank's own name gives no other country, 10a/25a; AUS for the Australian-incorporated unit arguable);
Saudi Arabia and the misspelt "Saudia Arabia" GPE SAU, "Saudis" NORP SAU, Brazil GPE BRA, Petrobras,
Banco do Brasil and the Bank of Brazil ORG BRA (39b); the U.S. Gulf coast ("Louisiana gulf", "gulf",
"Gulf") LOC USA (10a/15a), the ten states GPE USA; Royal Dutch/Shell, "Royal Dutch" and "Shell" ORG NLD
(28b's Royal Dutch/Shell Group), Eric Steneker PERSON NLD (a company spokesman takes his firm's country,
34b/37a), "Dutch" NORP NLD, South Africa GPE ZAF, "South African" NORP ZAF, American Baptist Churches and
the New York City Teachers Retirement System ORG USA. Products, currencies ("marks", "dlrs"), the 0/92
provision, the decoupling scheme, the central bank council (lower case) and trading sessions are not
entities.

Judgement calls made here:
* 1590 (Boschwitz 0/92 bill, DCT Wed 1987-03-04, WASHINGTON): offering legislation is legislative
  procedure with no type (27a's drafted bill), so "said he intended to offer legislation", "Boschwitz told
  the Senate Agriculture Committee" (the provision "was supported by the Reagan administration": backing
  of a policy, not of an actor, EVENTS.md 6, so content, not SUPPORT), "The Minnesota senator said he might
  offer the bill", "Boschwitz told Reuters that neither he nor the U.S. Agriculture Department had
  decided ..." and "Leahy ... said he wanted to go to conference with the House" are five STATEMENTs (USA
  GOV, DCT, WASHINGTON). Going to conference with the House is a wish about a procedure inside Congress
  (skipped as content; CONSULT USA -> USA hypothetical arguable); the decoupling sentence has no actor.
* 926 (Bundesbank tender, DCT Tue 1987-03-03, FRANKFURT): no event (a negative, as 26b's 15444 and 32a's
  7587). Every "said"/"added" is by dealers (anonymous, EVENTS.md 4); the credit-policy decision, the
  repurchase tender, its announcement "last Friday" (implied Bundesbank), the allocation, top-up and
  expiring pacts are monetary operations (EVENTS.md 10; STATEMENT DEU GOV dated 1987-02-27 for "was
  announced" arguable); the central bank council meeting is internal to one body; carnival closures have
  no actor; reserves and call money are statistics and market movements.
* 10734 (PHLX extends hours for Asia, DCT Mon 1987-03-30, SYDNEY): the exchange's own hours, session and
  Hong Kong office have no type (25a's CBOT evening session), so "exchange president Nicholas Giordano
  said", "He told reporters", "Giordano said" (the office), "he said" (currency options pioneered in
  1982: background), "Giordano said the exchange had been impressed" and "he said" (benefits of the
  session) are six STATEMENTs (USA BUS, an exchange as a company, 25a; DCT, SYDNEY; "from the beginning of
  the third quarter this year" dates the session, not the saying). "Giordano was in Sydney to start an
  Asian-Pacific tour by exchange executives promoting ..." is a business tour with no host named (25a:
  skipped, CONSULT USA -> AUS arguable); the PHLX's options, volumes and the Australian dollar contract's
  ranking are statistics.
* 17084 (China textile exports, DCT Fri 1987-04-24, PEKING): "the People's Daily said" is a statistics
  STATEMENT (CHN ORG, a newspaper, GUIDELINES/44b), "Its overseas edition gave no country breakdown" a
  withheld STATEMENT (CHN ORG, negated; 11b/45a's "gave no details"). "Baldrige told a press conference
  that Chinese textile ... exports to the U.S. In 1986 rose 65 pct ..., a rate of growth that 'is not
  sustainable nor equitable ...'" is a STATEMENT (an evaluation of a trade flow, not of an actor, as 43b's
  criticism of a concept; ACCUSE USA -> CHN arguable), location PEKING (the dateline; the press
  conference has no place in the text, "press conference" skipped as the venue); "China is now the United
  States' largest textile supplier, he said" a STATEMENT; "Baldrige declined to say what would be an
  acceptable growth rate" a withheld STATEMENT (negated, trigger on the withheld verb "say", 41a/43b).
  "Negotiations on the next China-U.S. Textile agreement are due to begin in May, he said" is CONSULT CHN
  GOV -> USA GOV (first-named first, 44b's textile talks; both sides named only in the compound),
  planned ("are due to"), 1987-05 ("in May", future), "he said" rule-3 attribution, "begin" aspectual,
  "agreement" the talks' object; the splitter ends a sentence after "China-U.S." (not in its abbreviation
  list), so the trigger's sentence is "Negotiations on the next China-U.S.". '"There clearly has to be a
  limit," he said' is a STATEMENT (prescriptive talk with no actor asked, EVENTS.md 2; REQUEST toward CHN
  arguable); the rest of the quote (absorbing textiles, reaching a conclusion, "Without an agreement")
  is its content.
* 18465 (Citibank Australian prime, DCT Thu 1987-06-18, SYDNEY): a bank's own prime rate cut is its own
  pricing with no type (45b's Morgan prime), so "Citibank Ltd said it would lower its Australian prime
  rate" ("effective tomorrow" dates the cut, not the saying) and "Citibank said its reduction reflected
  the decline" are two STATEMENTs (USA BUS, DCT, SYDNEY); rates retreating and declining are market
  movements.
* 5281 (Saudis drop condition for oil sale, DCT Mon 1987-03-16, RIO DE JANEIRO): the same dispute as 39b's
  5125 (and 5b's 4689), coded the same way. "Saudi Arabia has dropped its condition that Brazil secure
  international bank guarantees" is RETREAT SAU GOV -> BRA GOV, undated (present perfect, rule 17),
  "Petrobras said in a statement" rule-3 attribution ("statement" part of it); "Petrobras said the Saudis
  will accept Banco do Brasil credit guarantees" restates the same act in its own sentence, so it is the
  RETREAT's later mention (planned, "will accept"; actor2 Banco do Brasil, BRA BUS; 39b skipped "will
  accept" as the same act inside the first clause; AGREE planned arguable), "said" attribution.
  "Petrobras cancelled a 40 mln dlr crude oil purchase from the Saudis yesterday" is SANCTION BRA BUS ->
  SAU GOV (39b/5b), 1987-03-15 ("yesterday" from this story's DCT; 39b's copy, dated 1987-03-13, gave
  1987-03-12: the text is followed, not the event's known date); "after they refused to accept a letter of
  credit from the official Bank of Brazil" REJECT SAU -> the Bank of Brazil (BRA BUS) and "The Saudis had
  demanded that Brazil get credit guarantees" REQUEST SAU -> Brazil (BRA GOV; 39b's "demanding" had
  Petrobras implied), both undated. "Petrobras said the Saudis had been advised that if they did not
  change their mind by Monday, Petrobras would negotiate the purchase of oil with other producers" is
  THREATEN BRA BUS -> SAU GOV on "advised" (39b's "advised"; the passive's agent is Petrobras, anchored at
  the reporting subject), undated ("by Monday" is the condition's deadline), asserted, "said"
  attribution. "The Petrobras statement said the shipment ... will be made by the Saudis on March 24 as
  scheduled" is a STATEMENT by Petrobras (BRA BUS, DCT, RIO DE JANEIRO; the shipment is execution of the
  contract, skipped as 39b, COOPERATE SAU -> BRA planned 1987-03-24 arguable). "a contract signed in
  February for the Saudis to supply Brazil with 125,000 barrels per day until June" is AGREE SAU GOV -> BRA
  GOV (a participle with its own date, EVENTS.md 11; 39b), 1987-02 ("in February", past); "supply"
  content, "The shipment" anaphoric.
* 10487 (ASCS corn differentials, DCT Fri 1987-03-27, WASHINGTON): widening the gulf differentials is
  domestic price policy (no type, 10a/15a's 17183), so "a USDA official said", "said Ron Burgess, Deputy
  Director ..." and Burgess's five later reporting clauses ('"We've been following ...," Burgess said',
  "Burgess said USDA will probably narrow back ...", the rhetorical question '"If we're off the mark now
  ... too low?" he said' (the speaker's own words, not a reporter's question), "Burgess said no other
  changes ... are being planned" ("While forecasting more adjustments" a participial elaboration,
  EVENTS.md 3) and '"... We don't make changes often," he said') are seven STATEMENTs (USA GOV, DCT,
  WASHINGTON); "USDA last night notified the grain industry that ... all gulf differentials ... would be
  widened" is a STATEMENT (the announcement of a domestic measure; the grain industry is the audience,
  actor2 null), 1987-03-26 ("last night" = DCT - 1), location null; "USDA's action was taken" is an
  anaphoric nominal.
* 11557 (Shell special meeting, DCT Tue 1987-03-31, ROTTERDAM): "Royal Dutch/Shell said two groups of U.S.
  investors have requested a special shareholders meeting" is REQUEST USA ORG (church and pension-fund
  investors) -> Royal Dutch/Shell (NLD BUS, 28b), undated (present perfect, rule 17), "said" rule-3
  attribution; "The groups are seeking a special meeting to call for an end to sales to the South African
  police and military, and withdrawal from South Africa, it said" is its later mention (the same request
  with its purpose; a present-tense standing demand is undated, 17b; the company implied as actor2; the
  call for an end to sales is the meeting's purpose, skipped, REQUEST planned arguable). "But it said that
  a special meeting could only be held under Dutch law if 10 pct of its shareholders agree" and "Two
  groups of U.S. investors, it said, have less than one pct" are STATEMENTs (NLD BUS, DCT, ROTTERDAM).
  Steneker's "told Reuters shareholders were entitled to discuss any matter ... at May's annual general
  meeting" (an implicit answer to the request; REJECT NLD -> USA arguable), '"... has been discussed at
  every meeting of shareholders for more than 10 years," Steneker said' and "Steneker said investors had
  ample opportunity ... and a majority supported the board's view" are three STATEMENTs (NLD BUS; the
  majority's support of a view is content). "Representatives of American Baptist Churches and the New York
  City Teachers Retirement System said Shell refused to discuss their proposals at the next meeting" is
  REJECT NLD BUS -> the two investors (USA ORG, one record for a same-country compound, EVENTS.md 12),
  undated, "said" attribution; the annual and shareholders' meetings are internal to one body (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind46a.jsonl"

WAS = ("WASHINGTON", "USA")
SYD = ("SYDNEY", "AUS")
PEK = ("PEKING", "CHN")
RIO = ("RIO DE JANEIRO", "BRA")
ROT = ("ROTTERDAM", "NLD")

BOSCHWITZ_SAID = ("Sen. Rudy Boschwitz", "USA", "GOV")
BALDRIGE = ("U.S. Commerce Secretary Malcolm Baldrige", "USA", "GOV")
NLD_BUS_IMPLIED = (None, "NLD", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1590": {
        "events": [
            # 0
            ("STATEMENT", "said", BOSCHWITZ_SAID, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "he intends to offer legislation applying 0/92 to 1987 crops (legislative procedure: no type, 27a); "
             "wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("Boschwitz", "Boschwitz told the Senate"), "USA", "GOV"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "the provision is supported by the Reagan administration and would save 500 mln dlrs (the "
             "administration's backing of a policy is content, EVENTS.md 6); the committee is the audience; DCT"),
            # 2
            ("STATEMENT", ("said", "The Minnesota senator said"), ("The Minnesota senator", "USA", "GOV"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "he might offer the bill on the Senate floor or in conference (hypothetical procedure, content); DCT"),
            # 3
            ("STATEMENT", ("told", "Boschwitz told Reuters"), (("Boschwitz", "Boschwitz told Reuters"), "USA", "GOV"),
             None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "neither he nor USDA has decided on guaranteeing payments to non-planting farmers (content); DCT"),
            # 4
            ("STATEMENT", ("said", "D-Vt.,"), ("Senate Agriculture Committee Chairman Patrick Leahy", "USA", "GOV"),
             None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "he wants to go to conference with the House soon but must study the matter (a wish about a procedure "
             "inside Congress; CONSULT USA -> USA hypothetical arguable); DCT"),
        ],
        "skip": [
            ("intended", "content of the statement (intention to offer legislation)"),
            (("offer", "intended to offer"), "legislative procedure (content; no type, 27a)"),
            ("allow", "content of the proposed legislation"),
            ("receive", "content of the proposed legislation"),
            ("planted", "content (farmers' planting)"),
            ("applying", "content of the statement (a provision, domestic farm policy)"),
            ("supported", "the administration's backing of a provision: support of a policy, not an actor "
                          "(EVENTS.md 6), content"),
            ("save", "content (budget estimate)"),
            (("offer", "might offer"), "hypothetical legislative procedure (content)"),
            (("approved", "approved by that body"), "condition"),
            ("decided", "content (undecided policy)"),
            ("guaranteed", "content (undecided policy)"),
            ("choose", "content (hypothetical farmers' choice)"),
            (("plant", "choose not to plant"), "content (hypothetical farmers' choice)"),
            (("set", "are not set in advance"), "condition (no actor)"),
            ("rise", "market-price movement (hypothetical)"),
            ("wanted", "content of the statement (a wish)"),
            ("go to conference", "a wish about a legislative procedure inside Congress (CONSULT USA -> USA "
                                 "hypothetical arguable)"),
            ("study", "content of the statement"),
            ("deciding", "content of the statement"),
            ("vote", "content (legislative procedure)"),
        ],
        "entities": [
            ("Rudy Boschwitz", "PERSON", "USA"),
            ("Minn.", "GPE", "USA"),
            (("Boschwitz", "Boschwitz told the Senate"), "PERSON", "USA"),
            ("Senate Agriculture Committee", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Minnesota", "GPE", "USA"),
            (("Senate", "on the Senate floor"), "ORG", "USA"),
            ("House of Representatives", "ORG", "USA"),
            ("House Agriculture Committee", "ORG", "USA"),
            (("Boschwitz", "Boschwitz told Reuters"), "PERSON", "USA"),
            ("Reuters", "ORG", "GBR"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Senate Agriculture Committee", "Senate Agriculture Committee Chairman"), "ORG", "USA"),
            ("Patrick Leahy", "PERSON", "USA"),
            ("Vt.", "GPE", "USA"),
            (("House", "conference with the House as"), "ORG", "USA"),
        ],
    },
    "reuters21578-926": {
        "events": [],
        "skip": [
            (("change", "unlikely to change"), "monetary policy (content of dealers' talk)"),
            (("meeting", "council meeting"), "internal meeting of one body (the central bank council)"),
            (("said", "money market dealers said"), "anonymous-source talk (dealers)"),
            (("tender", "tomorrow's tender"), "monetary operation (repurchase tender, 26b)"),
            ("credited", "monetary operation"),
            (("expires", "earlier pact expires,"), "monetary operation"),
            (("draining", "draining 16"), "monetary operation (liquidity flow)"),
            ("announced", "announcement of a repurchase tender by the implied Bundesbank: monetary operation "
                          "(EVENTS.md 10; STATEMENT DEU GOV 1987-02-27 arguable)"),
            ("closed", "carnival closures (no actor)"),
            (("close", "will close banks"), "carnival closures (no actor)"),
            ("assess", "generic (banks' needs)"),
            (("said", "Dealers said the Bundesbank"), "anonymous-source talk (dealers)"),
            ("inject", "monetary operation (content of dealers' talk)"),
            ("allocate", "monetary operation (content of dealers' talk)"),
            ("top it up", "monetary operation (content of dealers' talk)"),
            ("cuts", "monetary operation (content of a dealer's quote)"),
            (("said", "one dealer said"), "anonymous-source talk (a dealer)"),
            (("added", "he added"), "anonymous-source talk (the same dealer)"),
            ("stock it up", "monetary operation (content of a dealer's quote)"),
            (("expires", "pact expires next week"), "monetary operation"),
            ("held", "statistics (bank reserves)"),
            ("traded", "market-price movement (call money)"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            ("Duesseldorf", "GPE", "DEU"),
            (("Bundesbank", "Dealers said the Bundesbank"), "ORG", "DEU"),
            (("Bundesbank", "the Bundesbank may"), "ORG", "DEU"),
            (("Bundesbank", "if the Bundesbank"), "ORG", "DEU"),
            (("Bundesbank", "February 27 at the"), "ORG", "DEU"),
        ],
    },
    "reuters21578-10734": {
        "events": [
            # 0
            ("STATEMENT", "said", ("exchange president Nicholas Giordano", "USA", "BUS"), None, SYD,
             "1987-03-30", "day", None, "asserted", None,
             "the PHLX plans to extend its trading hours for Asian markets (the exchange's own hours: no type, "
             "25a); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "USA", "BUS"), None, SYD,
             "1987-03-30", "day", None, "asserted", None,
             "a new session from the third quarter (the time expression dates the session, not the saying); DCT"),
            # 2
            ("STATEMENT", ("said", "currency options, Giordano said"),
             (("Giordano", "currency options, Giordano said"), "USA", "BUS"), None, SYD,
             "1987-03-30", "day", None, "asserted", None,
             "the PHLX is opening its own office in Hong Kong (no type); DCT"),
            # 3
            ("STATEMENT", ("said", "popularity, he said"), (("he", "popularity, he said"), "USA", "BUS"), None, SYD,
             "1987-03-30", "day", None, "asserted", None,
             "currency options pioneered by the PHLX in 1982 became accepted (background, assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "Giordano said the exchange"), (("Giordano", "Giordano said the exchange"), "USA", "BUS"),
             None, SYD,
             "1987-03-30", "day", None, "asserted", None,
             "the exchange is impressed with its Australian dollar contract (assessment, statistics); DCT"),
            # 5
            ("STATEMENT", ("said", "clearing house, he said"), (("he", "clearing house, he said"), "USA", "BUS"), None, SYD,
             "1987-03-30", "day", None, "asserted", None,
             "benefits of the Asia-Pacific session (assessment); DCT"),
        ],
        "skip": [
            ("plans", "content of the statement (the exchange's own plan)"),
            ("extend", "the exchange's own trading hours: no type (content)"),
            (("serve", "to serve Australasian"), "content (purpose)"),
            (("open", "will open"), "the exchange's own session: no type (content)"),
            ("opening", "opening its own office: no type (content)"),
            (("serve", "to serve clients"), "content (purpose)"),
            ("educate", "content (purpose)"),
            ("start", "aspectual (the tour)"),
            ("tour", "a business tour with no host named (25a; CONSULT USA -> AUS arguable)"),
            ("promoting", "generic marketing (content of the tour)"),
            ("pioneered", "background (1982 product launch)"),
            ("become", "stative (content)"),
            ("grown", "statistics (content)"),
            (("offered", "now offered"), "stative (the exchange's products)"),
            (("traded", "and traded"), "statistics"),
            ("impressed", "content of the statement"),
            ("introduction", "background nominal (the contract's launch)"),
            ("topped", "statistics"),
            (("open", "would open"), "content of the statement (hypothetical benefits)"),
            (("set", "set a truer"), "content of the statement"),
            ("increase", "content of the statement"),
            ("give", "content of the statement"),
        ],
        "entities": [
            ("Philadelphia Stock Exchange", "ORG", "USA"),
            (("PHLX", "(PHLX)"), "ORG", "USA"),
            ("Australasian", "NORP", None),
            ("Far Eastern", "NORP", None),
            ("Nicholas Giordano", "PERSON", "USA"),
            (("PHLX", "the PHLX will"), "ORG", "USA"),
            (("U.S.", "U.S. EST"), "GPE", "USA"),
            (("PHLX", "The PHLX is also"), "ORG", "USA"),
            ("Hong Kong", "GPE", "HKG"),
            (("Giordano", "currency options, Giordano said"), "PERSON", "USA"),
            (("Giordano", "Giordano was"), "PERSON", "USA"),
            ("Sydney", "GPE", "AUS"),
            ("Asian-Pacific", "NORP", None),
            (("PHLX", "by the PHLX"), "ORG", "USA"),
            (("PHLX", "The PHLX now"), "ORG", "USA"),
            (("Australian", "new Australian"), "NORP", "AUS"),
            (("U.S.", "billion U.S."), "GPE", "USA"),
            (("Giordano", "Giordano said the exchange"), "PERSON", "USA"),
            (("Australian", "its Australian"), "NORP", "AUS"),
            ("French", "NORP", "FRA"),
            ("Philadelphia exchange", "ORG", "USA"),
            ("Asia-Pacific", "LOC", None),
        ],
    },
    "reuters21578-17084": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the People's Daily", "CHN", "ORG"), None, PEK,
             "1987-04-24", "day", None, "asserted", None,
             "statistics: first-quarter textile exports at a record (a newspaper reporting, GUIDELINES/44b); wire "
             "style: DCT, dateline city"),
            # 1
            ("STATEMENT", "gave no country breakdown", ("Its overseas edition", "CHN", "ORG"), None, PEK,
             "1987-04-24", "day", None, "negated", None,
             "withheld statement (11b/45a's 'gave no details'); DCT"),
            # 2
            ("STATEMENT", "told", BALDRIGE, None, PEK,
             "1987-04-24", "day", None, "asserted", None,
             "Chinese textile exports to the U.S. rose 65 pct in 1986, a growth 'not sustainable nor equitable' (an "
             "evaluation of a trade flow, 43b's criticism of a concept; ACCUSE USA -> CHN arguable); the press "
             "conference has no place: dateline city; DCT"),
            # 3
            ("STATEMENT", ("said", "textile supplier, he said"), (("he", "textile supplier, he said"), "USA", "GOV"),
             None, PEK,
             "1987-04-24", "day", None, "asserted", None,
             "China is now the largest U.S. textile supplier (statistics); DCT"),
            # 4
            ("STATEMENT", ("say", "declined to say"), (("Baldrige", "Baldrige declined"), "USA", "GOV"), None, PEK,
             "1987-04-24", "day", None, "negated", None,
             "withheld statement: declined to say what growth rate is acceptable (trigger on the withheld verb, "
             "41a/43b); DCT"),
            # 5
            ("CONSULT", "Negotiations", (("China", "next China-U.S."), "CHN", "GOV"),
             (("U.S.", "next China-U.S."), "USA", "GOV"), None,
             "1987-05", "month", "in May", "planned", None,
             "negotiations on the next China-U.S. textile agreement are due to begin in May (first-named first, "
             "44b's textile talks); 'are due to' = planned; 'he said' rule-3 attribution"),
            # 6
            ("STATEMENT", ("said", 'limit," he said'), (("he", 'limit," he said'), "USA", "GOV"), None, PEK,
             "1987-04-24", "day", None, "asserted", None,
             "'There clearly has to be a limit' (prescriptive talk with no actor asked, EVENTS.md 2; REQUEST -> CHN "
             "arguable); DCT"),
        ],
        "skip": [
            ("reached", "statistics (content)"),
            ("press conference", "venue of the statement"),
            ("rose", "statistics (content)"),
            ("declined", "part of the withheld statement (coded on 'say')"),
            (("agreement", "Textile agreement"), "object of the negotiations (content)"),
            ("begin", "aspectual (the negotiations)"),
            (("said", "begin in May, he said"), "rule-3 attribution (the negotiations are the event)"),
            ("absorb", "content of the quote"),
            (("reach", "interests to reach"), "content of the quote"),
            ("conclusion", "content of the quote"),
            (("agreement", "Without an agreement"), "hypothetical content of the quote"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("People's Daily", "ORG", "CHN"),
            (("U.S.", "The U.S. Is"), "GPE", "USA"),
            (("China", "one of China"), "GPE", "CHN"),
            (("U.S.", "U.S. Commerce"), "GPE", "USA"),
            ("Malcolm Baldrige", "PERSON", "USA"),
            ("Chinese", "NORP", "CHN"),
            (("U.S.", "exports to the U.S."), "GPE", "USA"),
            (("China", "China is now"), "GPE", "CHN"),
            ("United States", "GPE", "USA"),
            (("Baldrige", "Baldrige declined"), "PERSON", "USA"),
            (("Chinese", "for Chinese"), "NORP", "CHN"),
            (("China", "next China-U.S."), "GPE", "CHN"),
            (("U.S.", "next China-U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-18465": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Citibank Ltd", "USA", "BUS"), None, SYD,
             "1987-06-18", "day", None, "asserted", None,
             "it will lower its Australian prime rate, effective tomorrow (a bank's own pricing: no type, 45b; "
             "'tomorrow' dates the cut, not the saying); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Citibank said"), (("Citibank", "Citibank said"), "USA", "BUS"), None, SYD,
             "1987-06-18", "day", None, "asserted", None,
             "its reduction reflects declining money market levels (assessment); DCT"),
        ],
        "skip": [
            ("lower", "the bank's own pricing: no type (content)"),
            ("unmatched", "hypothetical market activity by unnamed banks"),
            ("retreated", "market-price movement"),
            ("declining", "market-price movement"),
            ("reduction", "anaphoric nominal (the prime cut)"),
            ("reflected", "content of the statement"),
        ],
        "entities": [
            ("Citibank Ltd", "ORG", "USA"),
            ("Australian", "NORP", "AUS"),
            (("Australian", "among Australian"), "NORP", "AUS"),
            (("Australian", "Australian prime rates have"), "NORP", "AUS"),
            (("Citibank", "Citibank said its"), "ORG", "USA"),
        ],
    },
    "reuters21578-5281": {
        "events": [
            # 0
            ("RETREAT", "dropped", ("Saudi Arabia", "SAU", "GOV"), (("Brazil", "condition that Brazil"), "BRA", "GOV"),
             None,
             None, "unknown", None, "asserted", None,
             "Saudi Arabia dropped its bank-guarantee condition on Brazil (a concession, 39b's 'lifted'); 'Petrobras "
             "said in a statement' is rule-3 attribution; present perfect, no time expression: undated"),
            # 1
            ("RETREAT", "accept", (("the Saudis", "said the Saudis will"), "SAU", "GOV"),
             ("Banco do Brasil", "BRA", "BUS"), None,
             None, "unknown", None, "planned", 0,
             "later mention: the Saudis will accept Banco do Brasil guarantees (the same act restated in its own "
             "sentence; 39b skipped it inside the first clause; AGREE planned arguable); 'said' attribution"),
            # 2
            ("SANCTION", "cancelled", (("Petrobras", "Petrobras cancelled"), "BRA", "BUS"),
             (("the Saudis", "purchase from"), "SAU", "GOV"), None,
             "1987-03-15", "day", "yesterday", "asserted", None,
             "Petrobras cancelled an oil purchase from the Saudis in the dispute (stopping trade, 39b/5b); "
             "'yesterday' = DCT Mon 1987-03-16 - 1"),
            # 3
            ("REJECT", "refused", (("they", "after they refused"), "SAU", "GOV"),
             ("the official Bank of Brazil", "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the Saudis refused the Bank of Brazil's letter of credit (39b); 'after' gives no value: undated"),
            # 4
            ("REQUEST", "demanded", ("The Saudis", "SAU", "GOV"), (("Brazil", "demanded that Brazil"), "BRA", "GOV"),
             None,
             None, "unknown", None, "asserted", None,
             "the Saudis had demanded that Brazil get guarantees from leading international banks (39b); "
             "pluperfect, no time expression: undated"),
            # 5
            ("THREATEN", "advised", (("Petrobras", "Petrobras said the Saudis had"), "BRA", "BUS"),
             (("the Saudis", "said the Saudis had been"), "SAU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the Saudis were warned Petrobras would buy elsewhere unless they changed their mind by Monday (a "
             "conditional warning, 39b's 'advised'); the passive's agent is Petrobras; 'by Monday' is the "
             "condition's deadline: undated; 'said' attribution"),
            # 6
            ("STATEMENT", ("said", "The Petrobras statement said"), ("The Petrobras statement", "BRA", "BUS"), None, RIO,
             "1987-03-16", "day", None, "asserted", None,
             "the shipment will be made on March 24 as scheduled (execution of the contract, skipped as 39b), so the "
             "reporting clause of Petrobras's statement is the record; wire style: DCT, dateline city"),
            # 7
            ("AGREE", "signed", (("the Saudis", "for the Saudis"), "SAU", "GOV"), (("Brazil", "supply Brazil"), "BRA", "GOV"),
             None,
             "1987-02", "month", "in February", "asserted", None,
             "the supply contract signed in February (a participle with its own date, EVENTS.md 11; 39b); 'in "
             "February' before the March DCT = 1987-02"),
        ],
        "skip": [
            ("condition", "object of the dropping (the Saudis' condition; background)"),
            ("secure", "content of the condition"),
            ("ship", "content of the condition"),
            (("said", "Petrobras said in a statement"), "rule-3 attribution (the dropping is the event)"),
            (("statement", "said in a statement"), "part of the attribution"),
            (("said", "Petrobras said the Saudis will"), "rule-3 attribution (the acceptance is the event)"),
            ("purchase from", "object of the cancellation"),
            (("accept", "refused to accept"), "content of the refusal"),
            ("get", "content of the demand"),
            (("said", "Petrobras said the Saudis had"), "rule-3 attribution (the warning is the event)"),
            ("change their mind", "condition of the threat"),
            ("negotiate", "content of the threat"),
            (("purchase", "negotiate the purchase"), "content of the threat"),
            (("shipment", "the shipment of"), "execution of the contract (content of the statement; COOPERATE SAU "
                                              "-> BRA planned 1987-03-24 arguable, 39b)"),
            ("scheduled", "content of the statement"),
            (("shipment", "The shipment was"), "anaphoric nominal (the shipment)"),
            ("supply", "content of the agreement"),
        ],
        "entities": [
            ("Saudi Arabia", "GPE", "SAU"),
            (("Brazil", "condition that Brazil"), "GPE", "BRA"),
            ("Saudia Arabia", "GPE", "SAU"),
            ("Petrobras", "ORG", "BRA"),
            (("Petrobras", "Petrobras said the Saudis will"), "ORG", "BRA"),
            (("Saudis", "said the Saudis will"), "NORP", "SAU"),
            ("Banco do Brasil", "ORG", "BRA"),
            (("Petrobras", "Petrobras cancelled"), "ORG", "BRA"),
            (("Saudis", "purchase from"), "NORP", "SAU"),
            ("Bank of Brazil", "ORG", "BRA"),
            (("Saudis", "The Saudis had"), "NORP", "SAU"),
            (("Brazil", "demanded that Brazil"), "GPE", "BRA"),
            (("Petrobras", "Petrobras said the Saudis had"), "ORG", "BRA"),
            (("Saudis", "said the Saudis had been"), "NORP", "SAU"),
            (("Petrobras", "Petrobras would"), "ORG", "BRA"),
            (("Petrobras", "The Petrobras statement"), "ORG", "BRA"),
            (("Saudis", "made by the Saudis"), "NORP", "SAU"),
            (("Saudis", "for the Saudis"), "NORP", "SAU"),
            (("Brazil", "supply Brazil"), "GPE", "BRA"),
        ],
    },
    "reuters21578-10487": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a USDA official", "USA", "GOV"), None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "the widening of gulf differentials will affect county prices in ten states (domestic price policy, "
             "10a/15a; officials of a named body, EVENTS.md 4); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Louisiana, said"), ("Ron Burgess", "USA", "GOV"), None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "which counties will be affected (new content); DCT"),
            # 2
            ("STATEMENT", "notified", (("USDA", "USDA last night"), "USA", "GOV"), None, None,
             "1987-03-26", "day", "last night", "asserted", None,
             "notified the grain industry that gulf differentials are widened (announcement of a domestic measure; "
             "the industry is the audience); 'last night' = DCT - 1; not DCT-dated, no place: location null"),
            # 3
            ("STATEMENT", ("said", 'time," Burgess said'), (("Burgess", 'time," Burgess'), "USA", "GOV"), None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "'We've been following this Louisiana gulf situation for a month ...' (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "Burgess said USDA"), (("Burgess", "Burgess said USDA"), "USA", "GOV"), None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "USDA will probably narrow back the differentials if Gulf prices recede (domestic price policy "
             "forecast); DCT"),
            # 5
            ("STATEMENT", ("said", 'too low?" he said'), (("he", 'too low?" he said'), "USA", "GOV"), None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "the speaker's own rhetorical question (not a reporter's question); DCT"),
            # 6
            ("STATEMENT", ("said", "Burgess said no other"), (("Burgess", "Burgess said no other"), "USA", "GOV"), None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "no other changes in USDA's price system are planned ('While forecasting' a participial elaboration, "
             "EVENTS.md 3); DCT"),
            # 7
            ("STATEMENT", ("said", 'often," he said'), (("he", 'often," he said'), "USA", "GOV"), None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "'We don't make changes lightly, and we don't make changes often' (new content); DCT"),
        ],
        "skip": [
            ("widening", "domestic price policy (gulf differentials, 15a)"),
            (("affect", "will affect"), "content of the statement"),
            (("affected", "will be affected"), "content of the statement"),
            (("use", "which use the gulf"), "stative (counties' pricing basis)"),
            (("price", "to price corn in"), "stative (counties' pricing basis)"),
            ("widened", "domestic price policy (content of the notification)"),
            (("price", "to price interior"), "stative"),
            (("action", "USDA's action"), "anaphoric nominal (the widening)"),
            ("taken", "anaphoric (the widening)"),
            (("lower", "to lower excessively"), "domestic price policy (purpose)"),
            ("following", "content of the quote"),
            ("narrow back", "domestic price policy (content of the forecast)"),
            ("recede", "market-price movement (condition)"),
            ("forecasting", "participial elaboration of the statement (EVENTS.md 3)"),
            ("adjustments", "domestic price policy (content)"),
            (("fall", "Gulf prices fall"), "market-price movement (condition)"),
            (("changes", "no other changes"), "content of the statement"),
            ("planned", "content of the statement (negated domestic plans)"),
            ("tinker", "generic (content of the quote)"),
            (("make changes", "don't make changes lightly"), "generic (content of the quote)"),
            (("make changes", "don't make changes often"), "generic (content of the quote)"),
        ],
        "entities": [
            ("Agriculture Department", "ORG", "USA"),
            ("Louisiana gulf", "LOC", "USA"),
            (("USDA", "a USDA official"), "ORG", "USA"),
            ("Iowa", "GPE", "USA"),
            (("gulf", "use the gulf"), "LOC", "USA"),
            ("Illinois", "GPE", "USA"),
            ("Indiana", "GPE", "USA"),
            ("Tennessee", "GPE", "USA"),
            ("Kentucky", "GPE", "USA"),
            ("Missouri", "GPE", "USA"),
            ("Mississippi", "GPE", "USA"),
            ("Arkansas", "GPE", "USA"),
            ("Alabama", "GPE", "USA"),
            (("Louisiana", "and Louisiana, said"), "GPE", "USA"),
            ("Ron Burgess", "PERSON", "USA"),
            ("Commodity Operations Division", "ORG", "USA"),
            (("USDA", "for the USDA"), "ORG", "USA"),
            (("USDA", "USDA last night"), "ORG", "USA"),
            (("gulf", "all gulf differentials"), "LOC", "USA"),
            (("USDA", "USDA's action"), "ORG", "USA"),
            (("gulf", "high gulf prices"), "LOC", "USA"),
            (("Louisiana gulf", "this Louisiana gulf"), "LOC", "USA"),
            (("Burgess", 'time," Burgess'), "PERSON", "USA"),
            (("Burgess", "Burgess said USDA"), "PERSON", "USA"),
            (("USDA", "said USDA will"), "ORG", "USA"),
            (("gulf", "narrow back the gulf"), "LOC", "USA"),
            (("Gulf", "if Gulf prices recede"), "LOC", "USA"),
            (("Gulf", "if Gulf prices fall"), "LOC", "USA"),
            (("Burgess", "Burgess said no other"), "PERSON", "USA"),
            (("USDA", "changes in USDA"), "ORG", "USA"),
        ],
    },
    "reuters21578-11557": {
        "events": [
            # 0
            ("REQUEST", "requested", ("two groups of U.S. investors", "USA", "ORG"), ("Royal Dutch/Shell", "NLD", "BUS"),
             None,
             None, "unknown", None, "asserted", None,
             "two groups of U.S. investors requested a special shareholders meeting on the company's South African "
             "presence (a request to the company); 'Royal Dutch/Shell said' rule-3 attribution; present perfect, no "
             "time expression: undated"),
            # 1
            ("STATEMENT", ("said", "But it said"), (("it", "But it said"), "NLD", "BUS"), None, ROT,
             "1987-03-31", "day", None, "asserted", None,
             "a special meeting needs 10 pct of shareholders under Dutch law (stative rule); wire style: DCT, "
             "dateline city"),
            # 2
            ("STATEMENT", ("said", "investors, it said"), (("it", "investors, it said"), "NLD", "BUS"), None, ROT,
             "1987-03-31", "day", None, "asserted", None,
             "the two groups hold less than one pct of the shares (stative); DCT"),
            # 3
            ("REQUEST", "seeking", ("The groups", "USA", "ORG"), NLD_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the groups are seeking the special meeting, with its purpose (a present-tense standing "
             "demand: undated, 17b); 'it said' attribution"),
            # 4
            ("STATEMENT", "told", ("Royal Dutch spokesman Eric Steneker", "NLD", "BUS"), None, ROT,
             "1987-03-31", "day", None, "asserted", None,
             "shareholders may discuss any matter at May's annual meeting (an implicit answer to the request; "
             "REJECT NLD -> USA arguable); DCT"),
            # 5
            ("STATEMENT", ("said", 'years," Steneker said'), (("Steneker", 'years," Steneker'), "NLD", "BUS"), None, ROT,
             "1987-03-31", "day", None, "asserted", None,
             "Shell in South Africa has been discussed at every shareholders' meeting for ten years (new content); "
             "DCT"),
            # 6
            ("REJECT", "refused", (("Shell", "said Shell refused"), "NLD", "BUS"),
             ("Representatives of American Baptist Churches and the New York City Teachers Retirement System",
              "USA", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "Shell refused to discuss the investors' proposals at the next meeting (a refusal toward them, one "
             "record for the same-country compound, EVENTS.md 12); 'said' rule-3 attribution; no time expression: "
             "undated"),
            # 7
            ("STATEMENT", ("said", "Steneker said investors"), (("Steneker", "Steneker said investors"), "NLD", "BUS"),
             None, ROT,
             "1987-03-31", "day", None, "asserted", None,
             "investors had ample opportunity and a majority backed staying in South Africa (assessment); DCT"),
        ],
        "skip": [
            (("said", "Royal Dutch/Shell said"), "rule-3 attribution (the request is the event)"),
            (("meeting", "special shareholders meeting"), "object of the request"),
            (("discuss", "to discuss the company"), "purpose of the request (content)"),
            ("presence", "stative"),
            (("held", "could only be held"), "content of the statement (rule)"),
            (("agree", "shareholders agree"), "condition"),
            ("call for", "purpose of the requested meeting (content; REQUEST planned arguable)"),
            (("end", "an end to"), "content (purpose)"),
            (("sales", "end to sales"), "content (purpose)"),
            ("withdrawal", "content (purpose)"),
            (("said", "South Africa, it said"), "rule-3 attribution (the request is the event)"),
            ("entitled", "content of the statement"),
            (("discuss", "entitled to discuss"), "content of the statement"),
            (("meeting", "annual general meeting"), "internal meeting of one body"),
            ("discussed", "content of the quote (internal meetings)"),
            (("meeting", "every meeting"), "internal meetings of one body"),
            (("said", "Retirement System said"), "rule-3 attribution (the refusal is the event)"),
            (("discuss", "refused to discuss"), "content of the refusal"),
            (("meeting", "the next meeting"), "internal meeting of one body"),
            ("express", "content of the statement"),
            ("supported", "content of the statement (an unnamed majority's view)"),
            ("stay", "content (the board's view)"),
            (("act", "to act as"), "content (the board's view)"),
        ],
        "entities": [
            ("Royal Dutch/Shell", "ORG", "NLD"),
            (("U.S.", "groups of U.S. investors have"), "GPE", "USA"),
            ("South Africa", "GPE", "ZAF"),
            (("Dutch", "under Dutch"), "NORP", "NLD"),
            (("U.S.", "Two groups of U.S."), "GPE", "USA"),
            ("South African", "NORP", "ZAF"),
            (("South Africa", "withdrawal from South Africa"), "GPE", "ZAF"),
            (("Royal Dutch", "Royal Dutch spokesman"), "ORG", "NLD"),
            ("Eric Steneker", "PERSON", "NLD"),
            ("Reuters", "ORG", "GBR"),
            (("Shell", "relating to Shell"), "ORG", "NLD"),
            (("Shell", "In fact, Shell"), "ORG", "NLD"),
            (("South Africa", "Shell in South"), "GPE", "ZAF"),
            (("Steneker", 'years," Steneker'), "PERSON", "NLD"),
            ("American Baptist Churches", "ORG", "USA"),
            ("New York City Teachers Retirement System", "ORG", "USA"),
            (("Shell", "said Shell refused"), "ORG", "NLD"),
            (("Steneker", "Steneker said investors"), "PERSON", "NLD"),
            (("South Africa", "stay in South Africa"), "GPE", "ZAF"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
