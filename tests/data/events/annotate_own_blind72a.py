"""Build ``own_blind72a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind72a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2050 left); 24 drawn
with random.Random(72101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 0-7 (8 articles).
35 event records (31 first mentions, 4 later mentions), 74 not_annotated spans, 63 entity mentions
(GPE 19, ORG 18, PERSON 16, LOC 6, NORP 4); no article without events; 2223 (Cargill grain outlook), 20723
(El Salvador PL-480 tender), 15828 (Bermuda revolving credit), 11723 (futures and oil prices) and 16429
(Triton reserves) have reporting-clause STATEMENTs only.
Types: STATEMENT 28, REQUEST 4, RETREAT 3; modality: asserted 35; precision: day 30, unknown 4, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Deputy Director General Hiroshi Hirabayashi", "Prime Minister
Yasuhiro Nakasone", "Commerce and Planning Minister Mahbubul Haq": PERSON only); company names are tagged
with their legal form and without angle brackets ("Triton Europe Plc", "Total Exploration S.A."), with a
capitalised leading "The" kept ("The Energy Futures Group Inc", as earlier sets' "The Advocate
Communications Corp Inc"); the possessive 's is left out ("Cargill's", "Pakistan's", "Japan's",
"Maekawa's"); a lower-case government ("The Government of Bermuda", "The Pakistani government", "the
Japanese cabinet") gives only its country word (GPE "Bermuda", NORP "Pakistani" / "Japanese", 57a); a named
division and a company publication are ORG ("Commodity Marketing Division", "Cargill Bulletin", as earlier
sets' named divisions and the Wall Street Journal); the person a report is named for is a PERSON mention
("the so-called Maekawa report", "Maekawa's goals": a name used as a modifier is still a mention);
"London" in "London Interbank Offered Rates" and "U.S." in "U.S. Dollar" / "U.S. Dlr" are GPE mentions
(6a), LIBOR is a rate; a named oil field is LOC with its common noun ("Villespedue oil field", as "Ness oil
field"); PL-480 (a programme), Energy futures and products are not entities; "Bank of Japan" and "New York
Mercantile Exchange" are single ORG spans (no nested GPE, as "Radio Moscow").
Countries: Cargill, Inc. / "Cargill", its Commodity Marketing Division and the Cargill Bulletin ORG USA
(the Minneapolis grain company; dateline MINNEAPOLIS), David Rogers / "Rogers" PERSON USA; El Salvador GPE
SLV, "U.S." GPE USA; Bermuda GPE BMU, N.M. Rothschild and Sons Ltd ORG GBR (the London merchant bank,
dateline LONDON); "Pakistani" NORP PAK, Pakistan GPE PAK, Mahbubul Haq / "Haq" PERSON PAK; Arnold Safer
PERSON USA and The Energy Futures Group Inc ORG USA (the text gives no country; the dateline SAN ANTONIO and
the U.S. market it describes, as 55a's Princeville), New York Mercantile Exchange / NYMEX and the National
Petroleum Refiners Association ORG USA; Japan GPE JPN, "Japanese" NORP JPN, the Foreign Ministry and the
Bank of Japan ORG JPN, Hiroshi Hirabayashi / "Hirabayashi", Haruo Maekawa / "Maekawa", Yasuhiro Nakasone
and Tadashi Kuranari PERSON JPN; Triton Energy Corp / "Triton" ORG USA (dateline DALLAS, its home), Triton
Europe Plc ORG GBR (Plc companies GBR as the earlier sets), Total Exploration S.A. ORG FRA (the French
Total group; S.A.), France and Paris GPE FRA, Paris Basin and the Villespedue oil field LOC FRA; Hawaiian
Airlines Inc / "Hawaiian Airlines" and the Department of Transportation ORG USA, Pacific Islands, South
Pacific and Western Pacific LOC null (regions spanning several countries), Guam GPE GUM, American Samoa GPE
ASM, New Zealand GPE NZL, "Cooke Islands" (the Cook Islands) GPE COK, Tahiti LOC PYF (an island of French
Polynesia).

Judgement calls made here:
* 2223 (Cargill on world grain trade, DCT Thu 1987-03-05, MINNEAPOLIS): "a Cargill, Inc. analyst said" is
  identifiable (an analyst of a named company, named in the next sentence: USA BUS), STATEMENT (a forecast
  that trade may be turning the corner), DCT, MINNEAPOLIS. "Writing in the March issue of the Cargill
  Bulletin, David Rogers ... cited a gradual rise in world wheat trade" is a STATEMENT on "cited" (a report
  by a named author, EVENTS.md 4), dated by its own "March issue" (1987-03, month; the writing is placed in
  the issue), location null ("Writing" is part of that clause). "He said the wheat trade ... is a good
  barometer" and "Rogers said that ... demand has begun to rise while producing nations are re-examining
  their ... price-support policies and reducing planted acres" are STATEMENTs (assessments), DCT,
  MINNEAPOLIS (wire style, although probably taken from the bulletin); the producing nations are generic
  (no identifiable actor: skipped), price and trade rises are statistics.
* 20723 (El Salvador PL-480 tender, DCT Tue 1987-10-20, WASHINGTON): the same call as 21b's 14491 and
  15097 (Honduras PL-480 tenders): "El Salvador will tender October 26 for ..." is an import tender with
  unnamed offerers (no identified counterpart: skipped, COOPERATE arguable), so the three reporting
  clauses of "an agent for the country" / "It" / "the agent" are STATEMENTs (SLV GOV, the agent acting for
  the country as 15097's HND GOV), DCT, WASHINGTON; "under PL-480 financing" is a background nominal (U.S.
  credit: AID USA -> SLV arguable); the offers are by unnamed exporters (tender terms).
* 15828 (Bermuda revolving credit, DCT Thu 1987-04-09, LONDON): "The Government of Bermuda is seeking a
  40 mln dlr, seven year revolving credit ..., N.M. Rothschild and Sons Ltd said as arranger and agent" is
  the launch of a syndicated loan with unnamed lenders (corporate finance, the lead-manager call of
  own_blind2 / 13b / 14b and the Turkish bank facility 3745: "seeking" skipped, REQUEST BMU -> unnamed
  banks arguable), so Rothschild's "said" is a STATEMENT (GBR BUS), DCT, LONDON; margin, tender panel,
  fees and the syndication that "started ... this week" are loan terms / syndication (skipped).
* 19835 (Pakistan trade policy, DCT Mon 1987-06-29, ISLAMABAD): a shorter version of 57a's 19947, coded
  the same way: "The Pakistani government allowed the private sector to export cotton and rice in a new
  trade policy announced to cover the next three years" is RETREAT PAK GOV (easing trade restrictions),
  actor2 null (no party named), undated (no time expression; "announced" the policy's announcement, part
  of that act, skipped); "Haq said in a televised speech it was also decided to allow duty-free import of
  cotton yarn" is a second RETREAT on "decided" (easing an import duty; agentless: the government implied,
  PAK GOV), undated, "said" rule-3 attribution; "He said duty-free import of cotton yarn was allowed to make
  high quality yarn available ..." is its later mention on "allowed" ("said" attribution, purposes skipped).
  "Haq said now the private sector would export cotton and rice along with the state corporations" and
  "This would help overcome domestic shortages of yarn, he said" are STATEMENTs, DCT, ISLAMABAD; the state
  corporations' past monopoly ("have been handled") is stative.
* 11723 (futures set oil prices, DCT Tue 1987-03-31, SAN ANTONIO): Arnold Safer, president of a consulting
  firm, is USA BUS; "Energy futures now set the standard for oil pricing, said Arnold Safer" is a STATEMENT
  (assessment), DCT, SAN ANTONIO (his remarks were made at the refiners' association meeting there; the
  dateline city). The quote '"Petroleum futures trading at the New York Mercantile Exchange literally set
  spot market prices in the U.S.," he said' restates the lead's paraphrase (a later mention, EVENTS.md 3;
  a new STATEMENT arguable); "adding that some oil products sellers now offer contracts based on ... NYMEX
  prices" is a second reporting clause (EVENTS.md 3: "X said ..., adding that ..." = two records; the
  unnamed sellers' contracts are market activity); "He also said that petroleum futures are a major
  market" is a STATEMENT; "His remarks were made at ..." is an anaphoric nominal of those statements
  (skipped). All DCT, SAN ANTONIO.
* 16985 (Japan's sense of trade crisis, DCT Tue 1987-04-21, TOKYO): "a senior Foreign Ministry official
  said" is a STATEMENT JPN GOV (Japan faces a crisis and recognises it must act more quickly: a
  self-assessment), DCT, TOKYO; the quote '"The sense of crisis ... is increasing," ... Hiroshi Hirabayashi
  told reporters. "The need to accelerate the efforts ... is well recognized."' restates it (later mention
  on "told", EVENTS.md 3). "Hirabayashi said that gradual progress had been made" and "but admitted that it
  might not seem all that spectacular to foreign observers" are two STATEMENTs (EVENTS.md 3's "said ... but
  added"); "Difficulties had been encountered in implementing the so-called Maekawa report since it was
  unveiled a year ago, he said" is a STATEMENT (the unveiling a background clause, agentless: skipped);
  "But, he added, foreign governments should appreciate the efforts that have been made" is a REQUEST JPN
  GOV -> foreign governments (a group: null; an identifiable set of actors told how they should act,
  EVENTS.md 2; STATEMENT arguable). "The report ... called for a shift in Japan's economy" describes a
  document's content in background (skipped; REQUEST JPN -> JPN 1986 arguable, as the advisory-body call
  of sets 19-21). "The Japanese cabinet today reviewed progress made since its release" is an internal
  meeting of a single body (EVENTS.md 10, skipped), but it dates what was said in it (EVENTS.md 19):
  "According to Hirabayashi, Prime Minister Yasuhiro Nakasone told his fellow ministers that Japan must
  follow the direction set out by Maekawa and urged them to make efforts to achieve it" is two REQUESTs JPN
  GOV -> JPN GOV ("told ... Japan must follow", prescriptive to the ministers; "urged them" its own clause),
  1987-04-21 ("today" of the cabinet meeting, relayed by Hirabayashi but placed in that dated meeting;
  undated relayed speech arguable), location null; "According to Hirabayashi" is rule-3 attribution.
  "Foreign Minister Tadashi Kuranari added that not enough had been done to publicize the action Japan was
  taking" is a STATEMENT (self-criticism of the government's publicity, no party asked; REQUEST arguable),
  placed in the same meeting (1987-04-21, "today"). "Listing some of those actions, Hirabayashi said
  imports ... have increased, interest rates have fallen, and ... output have been reduced" is a STATEMENT
  (statistics; "Listing" its participial elaboration), DCT. "He expressed hope that Japan will act more
  quickly" (STATEMENT on "expressed", as earlier sets' "expressed fears") and "scoffed at a suggestion that
  it would take ten years for Maekawa's goals to be met" (dismissing an anonymous forecast: an assessment,
  STATEMENT, as 5656's "dismissed as insignificant"; REJECT arguable) are two records, DCT; the closing
  quote '"It will not take very much time to fulfill the (goals) ...," he said' restates the scoffing
  (later mention).
* 16429 (Triton's Paris Basin reserves, DCT Mon 1987-04-13, DALLAS): "Triton Energy Corp said proven
  reserves ... were estimated at ..." (a statistics release; the agentless estimate its content) and
  "Triton said its 60 pct owned Triton Europe Plc subsidiary has a 50 pct interest in the field ... The
  other 50 pct is held by Total Exploration S.A." (ownership: stative) are STATEMENTs USA BUS, DCT, DALLAS.
* 10188 (Hawaiian Airlines expansion, DCT Thu 1987-03-26, HONOLULU): the expansion of its own services,
  the move to daily South Pacific service and the Guam flights from May 21 are the airline's business plans
  (no counterpart: no type, content), so "Hawaiian Airlines Inc said it will continue to expand ..." and
  "The company said it will increase ..." are STATEMENTs USA BUS, DCT, HONOLULU. "Hawaiian Airlines also
  said it has applied with the Department of Transportation for an emergency exemption to provide service to
  Tahiti ..." is a REQUEST USA BUS -> the Department of Transportation (USA GOV; an application to the
  authorities, 19b's Burma and 25a's CBOT "applied"), undated (present perfect, rule 17), "said" rule-3
  attribution.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind72a.jsonl"

MIN = ("MINNEAPOLIS", "USA")
WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
ISB = ("ISLAMABAD", "PAK")
SAT = ("SAN ANTONIO", "USA")
TOK = ("TOKYO", "JPN")
DAL = ("DALLAS", "USA")
HNL = ("HONOLULU", "USA")

USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
GBR_BUS = "GBR", "BUS"
PAK_GOV = "PAK", "GOV"
JPN_GOV = "JPN", "GOV"
AGENT = ("an agent for the country", "SLV", "GOV")
PAK_IMPLIED = (None, "PAK", "GOV")
SAFER_HE = (("he", '," he said, adding'),)
HIRA_HE = (("He", "He expressed"),)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-2223": {
        "events": [
            # 0
            ("STATEMENT", ("said", "analyst"), ("a Cargill, Inc. analyst",) + USA_BUS, None, MIN,
             "1987-03-05", "day", None, "asserted", None,
             "world grain trade could be turning the corner (forecast) by an analyst of a named company "
             "(identifiable, named next: David Rogers); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "cited", ("David Rogers",) + USA_BUS, None, None,
             "1987-03", "month", "March", "asserted", None,
             "writing in the March issue of the Cargill Bulletin, Rogers cited a gradual rise in world wheat trade "
             "(a report by a named author, EVENTS.md 4); dated by the issue: 1987-03, month; 'Writing' part of the "
             "clause"),
            # 2
            ("STATEMENT", ("said", "He said the wheat"), (("He", "He said the wheat"),) + USA_BUS, None, MIN,
             "1987-03-05", "day", None, "asserted", None,
             "wheat trade is a good barometer of world grain trade (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "Rogers said"), (("Rogers", "Rogers said"),) + USA_BUS, None, MIN,
             "1987-03-05", "day", None, "asserted", None,
             "demand has begun to rise while producing nations re-examine support policies (assessment); DCT"),
        ],
        "skip": [
            ("turning", "content of the forecast"),
            ("Writing", "part of the reporting clause ('cited')"),
            (("rise", "gradual"), "statistics (trade volume)"),
            (("rise", "a slow"), "market-price movement (wheat prices)"),
            (("lead", "could"), "content of the statement"),
            (("begun to rise", "demand has"), "statistics (demand)"),
            ("re-examining", "content; 'producing nations' generic, no identifiable actor"),
            ("reducing", "content; 'producing nations' generic, no identifiable actor"),
        ],
        "entities": [
            ("Cargill, Inc.", "ORG", "USA"),
            ("Cargill Bulletin", "ORG", "USA"),
            ("David Rogers", "PERSON", "USA"),
            (("Cargill", "Rogers of"), "ORG", "USA"),
            ("Commodity Marketing Division", "ORG", "USA"),
            (("Rogers", "Rogers said"), "PERSON", "USA"),
        ],
    },
    "reuters21578-20723": {
        "events": [
            # 0
            ("STATEMENT", ("said", "agent for the country"), AGENT, None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "announcement of El Salvador's PL-480 tender for October 26 (a tender with unnamed offerers: no type, "
             "21b's 14491 / 15097 Honduras tenders); the agent acts for the country (SLV GOV); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "SLV", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", None, "tender terms: soymeal specifications and delivery; DCT"),
            # 2
            ("STATEMENT", ("said", "next day, the agent"), (("the agent", "next day,"), "SLV", "GOV"), None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "tender terms: offers due Oct 26, valid to the next day; DCT"),
        ],
        "skip": [
            ("tender", "import tender with unnamed offerers: no identified counterpart (21b, 15097; COOPERATE "
                       "arguable)"),
            ("financing", "background nominal (PL-480 credit; AID USA -> SLV arguable)"),
            ("seeking", "content of the statement (tender terms)"),
            ("Offers", "offers by unnamed exporters (tender terms)"),
            ("remain valid", "content of the statement"),
        ],
        "entities": [
            ("El Salvador", "GPE", "SLV"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-15828": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Sons Ltd"), ("N.M. Rothschild and Sons Ltd",) + GBR_BUS, None, LON,
             "1987-04-09", "day", None, "asserted", None,
             "arranger announcing a syndicated revolving credit sought by the Government of Bermuda (loan launch = "
             "corporate finance, lead-manager call of own_blind2 / 13b / 14b; REQUEST by the borrower arguable); "
             "DCT, dateline city"),
        ],
        "skip": [
            ("seeking", "launch of a syndicated loan with unnamed lenders: corporate finance (REQUEST arguable)"),
            (("pay", "credit will"), "loan terms"),
            ("incorporate", "loan terms"),
            ("payable", "loan terms (fee)"),
            ("started syndication", "syndication: corporate finance"),
        ],
        "entities": [
            ("Bermuda", "GPE", "BMU"),
            ("N.M. Rothschild and Sons Ltd", "ORG", "GBR"),
            (("U.S.", "over"), "GPE", "USA"),
            ("London", "GPE", "GBR"),
            (("U.S.", "tender panel for"), "GPE", "USA"),
        ],
    },
    "reuters21578-19835": {
        "events": [
            # 0
            ("RETREAT", "allowed", ("The Pakistani government",) + PAK_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "the government allowed the private sector to export cotton and rice in a new three-year trade policy "
             "(easing trade restrictions, 57a's 19947); no party named: actor2 null; no time expression: undated"),
            # 1
            ("RETREAT", "decided", PAK_IMPLIED, None, None,
             None, "unknown", None, "asserted", None,
             "it was also decided to allow duty-free import of cotton yarn (easing an import duty; agentless: the "
             "government implied, 57a); no time expression: undated; Haq's 'said in a televised speech' rule-3 "
             "attribution"),
            # 2
            ("STATEMENT", ("said", "Haq said now"), (("Haq", "Haq said now"),) + PAK_GOV, None, ISB,
             "1987-06-29", "day", None, "asserted", None,
             "the private sector will now export cotton and rice along with the state corporations (result of the "
             "lead's measure: content, no type); wire style: DCT, dateline city"),
            # 3
            ("RETREAT", ("allowed", "yarn was"), PAK_IMPLIED, None, None,
             None, "unknown", None, "asserted", 1,
             "later mention: duty-free import of cotton yarn 'was allowed' (the same measure, with its purposes); "
             "'He said' attribution; first mention's date"),
            # 4
            ("STATEMENT", ("said", "shortages of yarn, he"), (("he", "shortages of yarn,"),) + PAK_GOV, None, ISB,
             "1987-06-29", "day", None, "asserted", None,
             "the measure would help overcome domestic yarn shortages (assessment); DCT"),
        ],
        "skip": [
            ("announced", "announcement of the policy: part of the RETREAT ('allowed')"),
            (("said", "Mahbubul Haq"), "rule-3 attribution (the duty-free import decision is the event)"),
            ("speech", "occasion of the reporting clause"),
            (("allow", "decided to"), "content of the decision"),
            ("handled", "stative (state corporations' export monopoly)"),
            (("export", "sector would"), "content of the statement (the private sector's exports)"),
            (("said", "He said duty-free"), "rule-3 attribution (the later mention of the duty-free import is the "
                                            "event)"),
            ("make high", "purpose clause"),
            ("enable", "purpose clause"),
            ("compete", "purpose clause"),
            ("overcome", "content of the statement"),
        ],
        "entities": [
            ("Pakistani", "NORP", "PAK"),
            ("Mahbubul Haq", "PERSON", "PAK"),
            (("Pakistan", "rice are"), "GPE", "PAK"),
            (("Haq", "Haq said now"), "PERSON", "PAK"),
        ],
    },
    "reuters21578-11723": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Arnold Safer",) + USA_BUS, None, SAT,
             "1987-03-31", "day", None, "asserted", None,
             "energy futures now set the standard for oil pricing (assessment by a consulting firm's president); "
             "wire style: DCT, dateline city (the remarks were made at the refiners' association meeting)"),
            # 1
            ("STATEMENT", ("said", 'in the U.S.," he'), SAFER_HE + USA_BUS, None, SAT,
             "1987-03-31", "day", None, "asserted", 0,
             "quote restating the lead (NYMEX futures set spot prices in the U.S.): later mention, EVENTS.md 3 (a "
             "new STATEMENT arguable)"),
            # 2
            ("STATEMENT", "adding", SAFER_HE + USA_BUS, None, SAT,
             "1987-03-31", "day", None, "asserted", None,
             "some oil product sellers now offer contracts based on NYMEX prices ('said ..., adding that' = two "
             "records, EVENTS.md 3); DCT"),
            # 3
            ("STATEMENT", ("said", "He also said"), (("He", "He also said"),) + USA_BUS, None, SAT,
             "1987-03-31", "day", None, "asserted", None,
             "petroleum futures are a major market for oil companies and traders (assessment); DCT"),
        ],
        "skip": [
            (("set", "futures now"), "content (markets set prices, no acting actor)"),
            (("set", "literally"), "content of the quote (market)"),
            ("offer", "market activity by unnamed sellers (content)"),
            ("remarks", "anaphoric nominal (the statements already recorded)"),
            (("made", "remarks"), "part of the anaphoric nominal (where the remarks were made)"),
        ],
        "entities": [
            ("Arnold Safer", "PERSON", "USA"),
            ("The Energy Futures Group Inc", "ORG", "USA"),
            ("New York Mercantile Exchange", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("NYMEX", "ORG", "USA"),
            ("National Petroleum Refiners Association", "ORG", "USA"),
        ],
    },
    "reuters21578-16985": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a senior Foreign Ministry official",) + JPN_GOV, None, TOK,
             "1987-04-21", "day", None, "asserted", None,
             "Japan faces a mounting crisis over its surplus and recognises it must act more quickly "
             "(self-assessment); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("Hiroshi Hirabayashi",) + JPN_GOV, None, TOK,
             "1987-04-21", "day", None, "asserted", 0,
             "quoted restatement of the lead (sense of crisis increasing, need to accelerate recognised): later "
             "mention, EVENTS.md 3; 'told reporters'"),
            # 2
            ("STATEMENT", ("said", "Hirabayashi said that"), (("Hirabayashi", "Hirabayashi said that"),) + JPN_GOV,
             None, TOK, "1987-04-21", "day", None, "asserted", None,
             "gradual progress has been made to refocus the economy (assessment); DCT"),
            # 3
            ("STATEMENT", "admitted", (("Hirabayashi", "Hirabayashi said that"),) + JPN_GOV, None, TOK,
             "1987-04-21", "day", None, "asserted", None,
             "progress might not seem spectacular to foreign observers (second reporting clause, EVENTS.md 3's "
             "'said ... but added'); DCT"),
            # 4
            ("STATEMENT", ("said", "a year ago, he"), (("he", "a year ago,"),) + JPN_GOV, None, TOK,
             "1987-04-21", "day", None, "asserted", None,
             "difficulties encountered in implementing the Maekawa report (assessment; 'a year ago' dates the "
             "report's unveiling, not the saying); DCT"),
            # 5
            ("REQUEST", ("added", "But, he"), (("he", "But,"),) + JPN_GOV, ("foreign governments", None, "IGO"), TOK,
             "1987-04-21", "day", None, "asserted", None,
             "foreign governments should appreciate Japan's efforts: a group of actors told how to act (EVENTS.md "
             "2; a group of countries: null); STATEMENT arguable; DCT"),
            # 6
            ("REQUEST", ("told", "Nakasone"), ("Prime Minister Yasuhiro Nakasone",) + JPN_GOV,
             ("his fellow ministers",) + JPN_GOV, None,
             "1987-04-21", "day", "today", "asserted", None,
             "told the ministers Japan must follow the Maekawa direction (prescriptive to the actors addressed, "
             "EVENTS.md 2); said in today's cabinet meeting (EVENTS.md 19: placed in the dated meeting although "
             "relayed 'according to Hirabayashi'; undated relayed speech arguable); no place in the text"),
            # 7
            ("REQUEST", "urged", ("Prime Minister Yasuhiro Nakasone",) + JPN_GOV, (("them", "urged"),) + JPN_GOV, None,
             "1987-04-21", "day", "today", "asserted", None,
             "urged the ministers to make efforts to achieve the Maekawa goals (its own clause); in today's cabinet "
             "meeting, as the previous record"),
            # 8
            ("STATEMENT", ("added", "Kuranari"), ("Foreign Minister Tadashi Kuranari",) + JPN_GOV, None, None,
             "1987-04-21", "day", "today", "asserted", None,
             "not enough has been done to publicize Japan's actions (self-criticism, no party asked; REQUEST "
             "arguable); in today's cabinet meeting (EVENTS.md 19)"),
            # 9
            ("STATEMENT", ("said", "Hirabayashi said imports"), (("Hirabayashi", "Listing some"),) + JPN_GOV, None,
             TOK, "1987-04-21", "day", None, "asserted", None,
             "imports up, rates down, output reduced (statistics); 'Listing' its participial elaboration; DCT"),
            # 10
            ("STATEMENT", "expressed", HIRA_HE + JPN_GOV, None, TOK,
             "1987-04-21", "day", None, "asserted", None,
             "hope that Japan will act more quickly (as earlier sets' 'expressed fears'); DCT"),
            # 11
            ("STATEMENT", "scoffed", HIRA_HE + JPN_GOV, None, TOK,
             "1987-04-21", "day", None, "asserted", None,
             "dismissed a suggestion that the Maekawa goals would take ten years (an anonymous forecast dismissed: "
             "assessment, as 5656's 'dismissed as insignificant'; REJECT arguable); DCT"),
            # 12
            ("STATEMENT", ("said", 'Maekawa report," he'), (("he", 'Maekawa report," he'),) + JPN_GOV, None, TOK,
             "1987-04-21", "day", None, "asserted", 11,
             "quote restating the scoffing (it will not take much time): later mention, EVENTS.md 3"),
        ],
        "skip": [
            ("faced", "stative (content of the statement)"),
            ("recognizes", "content of the statement"),
            (("act", "must"), "content of the statement"),
            ("refocus", "content of the statement"),
            ("accelerate", "content of the quote"),
            (("recognized", "well"), "content of the quote"),
            (("made", "progress had been"), "content of the statement"),
            ("seem", "content of the statement"),
            ("encountered", "content of the statement"),
            ("implementing", "content of the statement"),
            ("unveiled", "background clause, agentless (the report's release; STATEMENT 1986 arguable)"),
            ("appreciate", "content of the request"),
            (("made", "efforts that have been"), "content of the request"),
            ("called for", "a document's content in background (REQUEST JPN -> JPN 1986 arguable)"),
            ("reviewed", "internal meeting of a single body (the cabinet, EVENTS.md 10)"),
            ("release", "anaphoric nominal (the report's unveiling)"),
            ("According to", "rule-3 attribution (Nakasone's and Kuranari's acts are the events)"),
            ("follow", "content of the request"),
            (("set out", "direction"), "content of the request"),
            ("achieve", "content of the request"),
            ("publicize", "content of the statement"),
            ("taking", "content of the statement"),
            ("Listing", "participial elaboration of 'said' (EVENTS.md 3)"),
            ("increased", "statistics"),
            (("fallen", "interest rates"), "market-price movement (interest rates)"),
            (("reduced", "output have been"), "statistics (output)"),
            (("act", "Japan will"), "content of the statement"),
            (("implement", "future to"), "content of the statement"),
            ("suggestion", "background nominal (anonymous suggestion)"),
            ("fulfill", "content of the quote"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Foreign Ministry", "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Hiroshi Hirabayashi", "PERSON", "JPN"),
            (("Hirabayashi", "Hirabayashi said that"), "PERSON", "JPN"),
            (("Japanese", "refocus the"), "NORP", "JPN"),
            (("Maekawa", "so-called"), "PERSON", "JPN"),
            ("Bank of Japan", "ORG", "JPN"),
            ("Haruo Maekawa", "PERSON", "JPN"),
            (("Japan", "shift in"), "GPE", "JPN"),
            (("Japanese", "The Japanese cabinet"), "NORP", "JPN"),
            (("Hirabayashi", "According to"), "PERSON", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("Japan", "ministers that"), "GPE", "JPN"),
            (("Maekawa", "direction set out by"), "PERSON", "JPN"),
            ("Tadashi Kuranari", "PERSON", "JPN"),
            (("Japan", "publicize the action"), "GPE", "JPN"),
            (("Hirabayashi", "Listing some"), "PERSON", "JPN"),
            (("Japan", "expressed hope that"), "GPE", "JPN"),
            (("Maekawa", "ten years for"), "PERSON", "JPN"),
            (("Maekawa", "set out by the"), "PERSON", "JPN"),
        ],
    },
    "reuters21578-16429": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Triton Energy Corp",) + USA_BUS, None, DAL,
             "1987-04-13", "day", None, "asserted", None,
             "statistics release: proven reserves of the Villespedue field estimated at 67.5 mln barrels; wire "
             "style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Triton said"), (("Triton", "Triton said"),) + USA_BUS, None, DAL,
             "1987-04-13", "day", None, "asserted", None,
             "ownership of the field (Triton Europe 50 pct, Total 50 pct: stative); DCT"),
        ],
        "skip": [
            ("estimated", "content of the release (agentless estimate)"),
            ("owned", "stative (ownership)"),
            (("interest", "50 pct"), "stative (ownership)"),
            ("located", "stative"),
            ("held", "stative (ownership)"),
        ],
        "entities": [
            ("Triton Energy Corp", "ORG", "USA"),
            ("Villespedue oil field", "LOC", "FRA"),
            ("France", "GPE", "FRA"),
            ("Paris Basin", "LOC", "FRA"),
            (("Triton", "Triton said"), "ORG", "USA"),
            ("Triton Europe Plc", "ORG", "GBR"),
            (("Paris", "miles east of"), "GPE", "FRA"),
            ("Total Exploration S.A.", "ORG", "FRA"),
        ],
    },
    "reuters21578-10188": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Hawaiian Airlines Inc",) + USA_BUS, None, HNL,
             "1987-03-26", "day", None, "asserted", None,
             "will continue to expand services to the Pacific Islands this year (own business plan, no type); wire "
             "style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The company said"), ("The company",) + USA_BUS, None, HNL,
             "1987-03-26", "day", None, "asserted", None,
             "daily South Pacific service and Guam flights from May 21 (own business plans, no type); DCT"),
            # 2
            ("REQUEST", "applied", (("Hawaiian Airlines", "Guam."),) + USA_BUS,
             ("the Department of Transportation",) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "applied to the DOT for an emergency exemption to serve Tahiti (an application to the authorities, "
             "19b's Burma / 25a's CBOT 'applied'); present perfect, no time expression: undated; 'said' rule-3 "
             "attribution"),
        ],
        "skip": [
            ("expand", "content of the statement (own business plan)"),
            ("increase", "content of the statement (own business plan)"),
            ("fly", "content of the statement (own business plan)"),
            (("said", "Hawaiian Airlines also"), "rule-3 attribution (the application is the event)"),
            ("provide", "content of the application"),
        ],
        "entities": [
            ("Hawaiian Airlines Inc", "ORG", "USA"),
            ("Pacific Islands", "LOC", None),
            ("South Pacific", "LOC", None),
            ("Western Pacific", "LOC", None),
            ("Guam", "GPE", "GUM"),
            (("Hawaiian Airlines", "Guam."), "ORG", "USA"),
            ("Department of Transportation", "ORG", "USA"),
            ("Tahiti", "LOC", "PYF"),
            ("American Samoa", "GPE", "ASM"),
            ("New Zealand", "GPE", "NZL"),
            ("Cooke Islands", "GPE", "COK"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
