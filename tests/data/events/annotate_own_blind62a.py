"""Build ``own_blind62a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind62a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2210 left); 24 drawn with random.Random(62101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
51 event records (45 first mentions, 6 later mentions), 136 not_annotated spans, 119 entity mentions
(ORG 57, GPE 41, PERSON 9, NORP 6, LOC 6); one article without events (9120: a Bank of Japan intervention
reported by dealers only); 1081 (GM sales in Europe) has reporting-clause STATEMENTs only.
Types: STATEMENT 21, CONSULT 8, PROTEST 6, AGREE 4, REQUEST 3, COOPERATE 3, SANCTION 2, RETREAT 2, ACCUSE 1,
REJECT 1; modality: asserted 42, planned 6, hypothetical 2, negated 1; precision: day 31, unknown 13, month 6,
year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Presidential spokesman Marlin Fitzwater": PERSON only; "GAFTA
director general James Mackie", "Agricultural Futures Exchange secretary Bill Englebright": ORG + PERSON);
company names are tagged with their legal form and without angle brackets ("New Farm Crops Ltd"), tickers
("<CIGZ.Z>") are not entities; the possessive 's is left out ("Aramco's", "Ciba-Geigy's", "Brazil's",
"IMF's", "Association's"); a name inside a longer name is not tagged separately ("GAFTA London Grain Futures
Market", "Saudi Press Agency", "GM Overseas Distribution Corporation": one ORG span each), but "the Grain and
Feed Trade Association's, GAFTA, Soya Bean Meal Futures Association, SOMFA" gives four ORG spans (the text
separates them); "Geneva" in "Geneva Motor Show" is a GPE (the show, an event, is no entity; as "Paris" in
"Paris accord"), and so is "Paris" in "last month's Paris monetary accord"; lower-case words ("western
industrialised countries", "a western diplomat", "the kingdom", "the organisation") are not tagged; laws
(the 1986 Financial Services Act), regulatory statuses (Recognised Investment Exchange / RIE), products
and currencies are not entities.
Countries: Saudi Arabia GPE SAU, "Saudi" NORP SAU, Aramco ORG SAU (21a, 40b), the Saudi Press Agency ORG SAU
(18b, 26b), Petromin ORG SAU, Ras Tannurah GPE SAU (40b's "Ras Tanurah"), Kuwait GPE KWT, the
capitalised "Neutral Zone" (the Saudi-Kuwaiti zone) LOC null, OPEC ORG null; the White House ORG USA,
Marlin Fitzwater / "Fitzwater" PERSON USA, "U.S." GPE USA, "Japanese" NORP JPN, Japan GPE JPN; Ciba-Geigy AG
/ "Ciba-Geigy" ORG CHE (the dateline BASLE, Switzerland), New Farm Crops Ltd / "New Farm Crops" ORG GBR
("British"), "British" NORP GBR, Horncastle and Lincolnshire GPE GBR; Brazil, Sao Paulo and Rio de Janeiro
GPE BRA, the National Association of Higher Education Teachers, the Liberal Front Party / PFL and the
Education Ministry ORG BRA, "Brasilia university" one ORG span BRA (written with a lower-case "university",
taken as the university's name as 51b's "Cologne University"; GPE "Brasilia" arguable), David Fleischer
PERSON BRA (the text gives only his Brasilia post), Reuters ORG GBR (earlier sets); the Bank of Japan ORG
JPN; the Group of 10, the International Monetary Fund / IMF, the Organisation for Economic Cooperation and
Development / OECD ORG null, Paris GPE FRA, Washington GPE USA, the U.S., West Germany, France, Britain,
Japan, Canada, Italy, "Netherlands" (without its article, earlier sets), Belgium and Switzerland GPE by
their codes; London GPE GBR, the London Potato Futures Association / LPFA, the London Meat Futures Exchange
/ LMFE, the Grain and Feed Trade Association / GAFTA, the Soya Bean Meal Futures Association / SOMFA, the
(new) Agricultural Futures Exchange, the Baltic International Freight Futures Exchange / BIFFEX, the GAFTA
London Grain Futures Market, the Baltic Exchange and the Securities and Investments Board ORG GBR (32b),
Bill Englebright, James Mackie and Pat Elmer PERSON GBR; General Motors / GM and GM Overseas Distribution
Corporation ORG USA ("U.S. Carmaker"), James Fry / "Fry" PERSON USA (a GM executive), Europe LOC null,
Geneva and Switzerland GPE CHE, the United States USA, Canada CAN, Sweden SWE, West Germany DEU (GPE).

Judgement calls made here:
* 19110 (Aramco annual report, DCT Fri 1987-06-19, JEDDAH): "..., according to the kingdom's main producing
  company, Aramco" is a statistics STATEMENT by a named author (26b's "according to the state oil company";
  Aramco SAU BUS, a state company, EVENTS.md 15), DCT ("in 1986" governs the figures, 43a's Pemex report),
  JEDDAH; "the company's annual report said", "said the report, carried on the official Saudi Press Agency"
  ("carried" the channel, part of the reporting clause), "the report said" twice (the refinery upgrade, the
  sulphur plant: the company's own plant investments, no type) and "Aramco said it awarded 1,303 contracts
  last year" are STATEMENTs (a report by a named author, EVENTS.md 4), all DCT, JEDDAH; the 1,303 contracts
  are an aggregate year's awards to unnamed contractors (annual statistics, skipped as 55a's aggregate
  imports; COOPERATE SAU -> null 1986 arguable). "until the organisation decided to cut production again
  from last September onwards" is AGREE by OPEC (a group's collective decision: null IGO, no actor2; the
  earlier sets' OPEC December accord and 20060's "decided to go ahead"), undated ("from last September"
  dates the cut, not the decision; 1986-09 arguable); "OPEC members abandoned restraint" is a group's
  output policy (no type, skipped) and the price collapse a market movement. Reserves, output, drilling,
  refining and Petromin's production are statistics.
* 15223 (White House on chip tariffs, DCT Wed 1987-04-08, WASHINGTON): "The White House said high U.S.
  Tariffs on Japanese electronic goods would likely be imposed as scheduled on April 17" is SANCTION USA GOV
  (anchored at "U.S.") -> Japan (JPN, anchored at "Japanese"; BUS as 53a's exporters, GOV arguable, not
  scored), planned ("would likely"), 1987-04-17 ("April 17", day), "said" rule-3 attribution (53a's duty
  decision); '"all indications are they (the tariffs) will take effect"' is its later mention (a quoted
  restatement, EVENTS.md 3), the first mention's date, "added" attribution. "Fitzwater said: 'I would say
  Japan is applying the full-court press ...'" is REQUEST JPN GOV -> the U.S. (implied USA GOV) on
  "full-court press" (pressure = REQUEST; the event noun after the light verb "applying"), undated (a
  relayed present-tense verbal act, sets 15/16's "pressed", 17/18's "is insisting"; DCT arguable), "said"
  rule-3 attribution; "They certainly are putting both feet forward in terms of explaining their position"
  (the same sentence by the splitter: "press...They" has no space) is the same lobbying (skipped); "an
  all-out effort by Japan to avoid them" in the lead is a background nominal of it (skipped; REQUEST first
  mention arguable). "one day before U.S. And Japanese officials are to meet" is CONSULT USA GOV -> JPN GOV
  (first-named first, as 12089's emergency meetings), planned, 1987-04-09 ("one day before" the remark of
  Wed 8 April), location null; "a July 1986 semiconductor pact" is AGREE USA -> JPN (both implied; a nominal
  with its own date, EVENTS.md 11), 1986-07 (month), asserted; "made the remark" is the lead's reporting
  clause (anaphoric, skipped).
* 19074 (Ciba-Geigy stake in New Farm Crops, DCT Fri 1987-06-19, BASLE): "said it acquired a minority stake
  in British cereal breeding company <New Farm Crops Ltd>" is COOPERATE CHE BUS -> GBR BUS (an acquisition
  between companies), undated (rule 17), "said" rule-3 attribution; "It said in a statement the British
  company's skills ... would assist Ciba-Geigy" is a STATEMENT (an assessment), DCT, BASLE ("statement" the
  reporting clause's frame); "New Farm Crops ... will have access to Ciba-Geigy's agricultural research
  resources" has no reporting verb and states a term of the deal (skipped; COOPERATE CHE -> GBR planned
  arguable).
* 9479 (Brazilian labour unrest, DCT Wed 1987-03-25, SAO PAULO): "with many banks, universities and
  government statistical offices on strike" is PROTEST by the implied strikers (BRA ORG, actor2 null as
  events_dev's dock strike), undated (a present state with no time expression; the bank and university
  strikes are also coded on their own below); "labour unrest" is background (own_blind3) and "more pay
  disputes looming" has no named actor (skipped). "Bankworkers' leaders said" is a STATEMENT (leaders of a
  named workforce, as EVENTS.md 4's "port officials"; anonymous arguable: BRA ORG), DCT, SAO PAULO; "a
  national strike launched yesterday" is PROTEST (strikers implied, BRA ORG, actor2 null), 1987-03-24 ("yesterday";
  a nominal with its own predication and date, EVENTS.md 11), "press for" its purpose (skipped); "The
  strike today closed the stock exchanges" is its later mention with its own date (EVENTS.md 21: 1987-03-25,
  trigger "closed" as events_dev's "brought the port to a halt"). "the gradual return to work of the
  nation's 40,000 seamen" is RETREAT BRA ORG -> the implied employers (BRA BUS; 45a's coding of the same
  seamen's strike, 10b's "called off the strikes"; actor2 null arguable under EVENTS.md 14), undated;
  "who began a national strike on February 27" is PROTEST (the seamen, actor2 null), 1987-02-27 (45a);
  "A union spokesman in Rio de Janeiro told Reuters about half the seamen had returned to work after accords
  with 22 companies and that the strike looked close to an end": "returned" is the RETREAT's later mention
  (actor2 anchored at "22 companies"), "told" rule-3 attribution (42a/45a, the first complement decides;
  a STATEMENT for "looked close to an end" arguable), "after accords with 22 companies" a presupposed
  temporal adjunct (24b/45a, skipped; AGREE BRA ORG -> BRA BUS arguable). The western diplomat is anonymous
  (EVENTS.md 4). "Today Brazil's 50,000 university teachers ... launched a national strike" is PROTEST BRA
  ORG, actor2 null, 1987-03-25 ("Today"); "with a broad political demand as well as a pay claim" are
  nominals accompanying it (skipped; the political demand is coded on "wanted"). "David Fleischer ... told
  Reuters the National Association of Higher Education Teachers wanted a full congressional inquiry" is
  REQUEST BRA ORG -> the Brazilian Congress (implied BRA GOV, "congressional"), undated (a demand relayed
  second-hand by Fleischer; placed inside today's strike, 1987-03-25, arguable), "told" attribution.
  "He said the universities were strapped for cash and that the association suspected the junior partner
  in the coalition government, the Liberal Front Party, PFL, of using education funds ..." is a STATEMENT
  (Fleischer, a private academic: BRA PERSON; his own assessment is the first complement), DCT, SAO PAULO,
  plus ACCUSE BRA ORG (the association) -> the PFL (BRA GOV, a governing party), undated (relayed). "Other
  possible strikes looming include stoppages by oil industry workers and social security workers" is
  PROTEST BRA ORG (one record, a same-country compound), hypothetical ("possible"), undated. The PFL
  holding the ministry is stative; the official inflation figure ("officially pegged") has no named agent.
* 9120 (Bank of Japan buys dollars, published 1987-03-24 20:06, dateline "TOKYO, March 25"): no event. The
  Bank of Japan's dollar purchases are a currency intervention (a monetary operation, EVENTS.md 10), every
  "said" is by dealers (anonymous), the selling is by unnamed sellers and the dollar's moves are market
  movements (all skipped).
* 7950 (G-10 deputies in Paris, DCT Fri 1987-03-20, PARIS): "Deputy Finance Ministers from the Group of 10
  ... met here to discuss ... today" is CONSULT by a group of countries (null GOV, no actor2; 38b/40a's
  G-7 and G-10 meetings), 1987-03-20 ("today"), located in Paris ("here"); "sources close to the talks said"
  is anonymous (skipped); "The officials met at the offices of the International Monetary Fund" is its later
  mention (the first mention's date). "last month's Paris monetary accord" is AGREE by the group (null, no
  actor2, own_blind3's Paris accord; a nominal with its own date, EVENTS.md 11), 1987-02, located in Paris;
  "the accord last month reached by the U.S., West Germany, France, Britain, Japan and Canada" is its later
  mention with its own "last month" (the six named countries kept as one null group record, 49b; a split
  arguable). "the IMF's interim committee meeting in Washington in April" is CONSULT by the committee (null
  IGO, no actor2; 40a's Interim Committee meetings), planned, 1987-04 ("in April", future month), located in
  Washington (a nominal with its own date and place). "Italy, which refused to attend last month's meeting"
  is REJECT ITA GOV -> the group (implied, null; 5b's Italy "refused to attend" / "boycotted" the Paris
  meeting), 1987-02 ("last month's", month; the refusal placed in the meeting's month, rule 3), and "last
  month's meeting" is CONSULT by the group (null, 5b), 1987-02; Italy's exclusion "from the real
  discussions" is its grounds (skipped, 5b). "Other countries represented at today's talks were Italy ...,
  the Netherlands, Belgium and Switzerland" describes the participants of the coded talks (skipped; later
  mentions by ITA/NLD/BEL/CHE arguable). "Many of the officials had met earlier today and yesterday within
  the framework of the ... OECD" is CONSULT (null GOV, no actor2), dated by its start (EVENTS.md 21's "today
  and tomorrow"): 1987-03-19 ("yesterday"), location null (the text names no place); reviewing the U.S.
  deficit and "persuading West Germany and Japan to open their economies" is its purpose (skipped; REQUEST
  -> DEU/JPN arguable).
* 3084 (London agricultural futures markets to merge, DCT Mon 1987-03-09, LONDON): "Three London markets ...
  said they will merge to form a new Agricultural Futures Exchange" is COOPERATE (a merger between
  organisations, 32b's coding of the same merger), the three same-country markets one actor1 (GBR ORG, an
  exchange is ORG, 17a) and actor2 implied (each other, GBR ORG), planned, undated, "said" rule-3
  attribution; the instruction to legal advisers and "the amalgamation" are internal / anaphoric (32b,
  skipped). "No timetable was given" is a withheld STATEMENT (negated; EVENTS.md 5's "Terms were not
  disclosed", agent implied: the markets, GBR ORG), DCT, LONDON. "Members of the three exchanges have been
  consulted" is the exchanges consulting their own members (internal, EVENTS.md 10) and "no objections have
  been raised" has no named actor (REJECT negated arguable), so Englebright's "told Reuters" is a STATEMENT
  (GBR ORG), DCT. "Discussions are taking place with the Baltic International Freight Futures Exchange" is
  CONSULT by the merging markets (implied, GBR ORG) -> BIFFEX (GBR ORG), asserted, undated (a relayed present
  progressive with no time expression; DCT arguable), and "the GAFTA London Grain Futures Market is
  considering the possibility of joining the other markets" is COOPERATE GBR ORG -> the other markets (GBR
  ORG), hypothetical (merely considered), undated; "market officials said" is rule-3 attribution (officials
  of the markets, EVENTS.md 4). The BIFFEX board's decision, its meetings and the members' consultations
  are internal to one body (32b, skipped), as is GAFTA's intention "to consult its members soon", so
  Mackie's "said" is a STATEMENT (GBR ORG), DCT. "Representatives of all the futures markets on the Baltic
  Exchange have been discussing the possibility of a single RIE structure since the beginning of the year" is
  CONSULT GBR ORG -> each other (implied GBR ORG), 1987 (year precision: the period lies within 1987;
  undated arguable, as an earlier set's "since the beginning of the 1986/87 campaign"). "The new exchange now
  planned will apply to the Securities and Investments Board for recognition as an RIE 'at the appropriate
  time'" is REQUEST GBR ORG -> the SIB (GBR GOV, the regulator; the earlier sets' "applied" = REQUEST,
  events_dev's Turkish application), planned, undated (the time expression gives no value), "said" rule-3
  attribution. Pat Elmer's '"This commitment by the markets will enable progress ..."' is a STATEMENT (GBR
  ORG), DCT; "commitment" is an anaphoric nominal of the merger decision (AGREE arguable, skipped).
* 1081 (GM sales in Europe, DCT Tue 1987-03-03, GENEVA): General Motors' hoped-for and past sales are to
  unnamed buyers (a sales target and statistics, no counterpart), so the reporting clauses are STATEMENTs
  (USA BUS; located GENEVA, the dateline city, where the GM preview at the Geneva Motor Show took place):
  James Fry's "told a news briefing" (the five-fold rise), '"The low dollar makes our prices very
  attractive," he said', '"We would like to sell between 7,000 and 8,000 units ...," he told Reuters later'
  (a quoted restatement of the lead's paraphrase: its later mention, EVENTS.md 3), "Officials said GM sold
  1,500 vehicles in the 1986 model year" (GM's officials, identifiable by context as the earlier sets' bare
  "Officials said"), "Fry said" twice (turnover, 1985 sales), "he said" (vehicles made in the U.S. and
  Canada) and "adding that most sales were in Switzerland ..." (EVENTS.md 3: two records), all DCT.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind62a.jsonl"

JED = ("JEDDAH", "SAU")
WAS = ("WASHINGTON", "USA")
BAS = ("BASLE", "CHE")
SAO = ("SAO PAULO", "BRA")
PARIS_TXT = ("Paris", "FRA")
WASH_TXT = ("Washington", "USA")
LON = ("LONDON", "GBR")
GEN = ("GENEVA", "CHE")

SAU_BUS = "SAU", "BUS"
USA_GOV = "USA", "GOV"
JPN_GOV = "JPN", "GOV"
JPN_BUS = "JPN", "BUS"
CHE_BUS = "CHE", "BUS"
GBR_BUS = "GBR", "BUS"
BRA_ORG = "BRA", "ORG"
BRA_BUS = "BRA", "BUS"
BRA_GOV = "BRA", "GOV"
GRP_GOV = None, "GOV"
GBR_ORG = "GBR", "ORG"
USA_BUS = "USA", "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-19110": {
        "events": [
            # 0
            ("STATEMENT", "according to", ("the kingdom's main producing company, Aramco",) + SAU_BUS, None, JED,
             "1987-06-19", "day", None, "asserted", None,
             "1986 reserves rose despite higher output, 'according to' Aramco (statistics by a named author, 26b's "
             "'according to the state oil company'; a state company is BUS); 'in 1986' governs the figures: DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "126.1 trillion,"), ("the company's annual report",) + SAU_BUS, None, JED,
             "1987-06-19", "day", None, "asserted", None,
             "oil and gas reserve figures in Aramco's annual report (a report by a named author, EVENTS.md 4); DCT"),
            # 2
            ("AGREE", "decided", (("the organisation", "until"), None, "IGO"), None, None,
             None, "unknown", None, "asserted", None,
             "OPEC decided to cut production again (a group's collective decision: null, no actor2; the earlier "
             "sets' OPEC December accord, 20060's 'decided to go ahead'); 'from last September onwards' dates the "
             "cut, not the decision: undated (1986-09 arguable)"),
            # 3
            ("STATEMENT", ("said", "316,310,"), (("the report", "316,310, said"),) + SAU_BUS, None, JED,
             "1987-06-19", "day", None, "asserted", None,
             "NGL production declined in 1986 (statistics); 'carried on the official Saudi Press Agency' is the "
             "channel; DCT"),
            # 4
            ("STATEMENT", ("said", "oil products, the"), (("the report", "oil products,"),) + SAU_BUS, None, JED,
             "1987-06-19", "day", None, "asserted", None,
             "refinery throughput and the plant's upgrade (the company's own investment: no type); DCT"),
            # 5
            ("STATEMENT", ("said", "per day, the"), (("the report", "per day,"),) + SAU_BUS, None, JED,
             "1987-06-19", "day", None, "asserted", None,
             "the company began operating a sulphur granule plant (its own plant: no type); DCT"),
            # 6
            ("STATEMENT", ("said", "Aramco said it awarded"), (("Aramco", "Aramco said it awarded"),) + SAU_BUS,
             None, JED, "1987-06-19", "day", None, "asserted", None,
             "1,303 contracts awarded last year (an aggregate year's awards to unnamed contractors: annual "
             "statistics; COOPERATE SAU -> null 1986 arguable); DCT"),
        ],
        "skip": [
            ("increased", "statistics (reserves)"),
            ("rose", "statistics"),
            ("jumped", "statistics"),
            (("increased", "Kuwait,"), "statistics (Aramco's output)"),
            ("abandoned", "OPEC members' output policy (no type)"),
            ("recapture", "purpose clause"),
            ("collapsed", "market-price movement"),
            (("cut", "decided to"), "content of the decision"),
            ("declined", "statistics"),
            ("carried", "channel of the report (part of the reporting clause)"),
            (("increase", "The increase"), "statistics (anaphoric)"),
            (("cut", "a sharp"), "statistics (fewer wells drilled)"),
            ("drilled", "statistics"),
            ("processed", "statistics"),
            ("upgraded", "the company's own plant investment (no type)"),
            ("supply", "content of the report"),
            ("owned", "stative (ownership)"),
            (("produced", "Petromin"), "statistics"),
            (("rose", "Sulphur production"), "statistics"),
            ("began operating", "the company's own plant start-up (no type)"),
            ("awarded", "aggregate contracts awarded in 1986 to unnamed contractors (annual statistics; COOPERATE "
                        "SAU -> null 1986 arguable)"),
        ],
        "entities": [
            ("Saudi Arabia", "GPE", "SAU"),
            ("Aramco", "ORG", "SAU"),
            (("Aramco", "reserves in"), "ORG", "SAU"),
            (("Aramco", "annual report said"), "ORG", "SAU"),
            (("Saudi", "responsible for all"), "NORP", "SAU"),
            ("Neutral Zone", "LOC", None),
            (("Saudi Arabia", "Neutral Zone"), "GPE", "SAU"),
            ("Kuwait", "GPE", "KWT"),
            ("OPEC", "ORG", None),
            (("Saudi", "Saudi output in 1985"), "NORP", "SAU"),
            ("Saudi Press Agency", "ORG", "SAU"),
            (("Aramco", "number of wells"), "ORG", "SAU"),
            (("Aramco", "Aramco's only"), "ORG", "SAU"),
            ("Ras Tannurah", "GPE", "SAU"),
            ("Petromin", "ORG", "SAU"),
            (("Aramco", "Aramco said it awarded"), "ORG", "SAU"),
        ],
    },
    "reuters21578-15223": {
        "events": [
            # 0
            ("SANCTION", "imposed", (("U.S.", "high"),) + USA_GOV, (("Japanese", "Tariffs on"),) + JPN_BUS, None,
             "1987-04-17", "day", "April 17", "planned", None,
             "high U.S. tariffs on Japanese electronic goods would likely be imposed as scheduled on April 17 "
             "(tariffs = SANCTION; 'would likely' = planned); 'The White House said' rule-3 attribution (53a's duty "
             "decision); target the Japanese exporters (GOV arguable, not scored)"),
            # 1
            ("REQUEST", "full-court press", (("Japan", "I would say"),) + JPN_GOV, (None,) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "Japan is applying the full-court press (pressure = REQUEST; the event noun after the light verb "
             "'applying'), toward the U.S. (implied); a relayed present-tense act with no time expression: undated "
             "(sets 15/16's 'pressed', 17/18's 'is insisting'; DCT arguable); 'Fitzwater said' rule-3 attribution"),
            # 2
            ("CONSULT", "meet", (("U.S.", "day before"),) + USA_GOV, (("Japanese officials", "day before"),) + JPN_GOV,
             None, "1987-04-09", "day", "one\nday before", "planned", None,
             "U.S. and Japanese officials are to meet under the pact's emergency provisions one day after the remark "
             "(Wed 1987-04-08 + 1); first-named first (12089's emergency meetings); no place in the text"),
            # 3
            ("AGREE", "pact", (None,) + USA_GOV, (None,) + JPN_GOV, None,
             "1986-07", "month", "July 1986", "asserted", None,
             "a July 1986 semiconductor pact between the U.S. and Japan (a nominal with its own date, EVENTS.md 11; "
             "both parties implied)"),
            # 4
            ("SANCTION", "take effect", (None,) + USA_GOV, (None,) + JPN_BUS, None,
             "1987-04-17", "day", "April 17", "planned", 0,
             "later mention: 'all indications are they (the tariffs) will take effect' (a quoted restatement of the "
             "lead, EVENTS.md 3); the first mention's date; 'added' attribution"),
        ],
        "skip": [
            (("said", "The White House"), "rule-3 attribution (the tariffs are the event)"),
            ("effort", "background nominal in a concessive phrase (Japan's lobbying, coded on 'full-court press'; "
                       "REQUEST first mention arguable)"),
            ("avoid", "purpose of the effort"),
            ("made the remark", "anaphoric (the lead's reporting clause)"),
            ("discuss", "purpose of the meeting"),
            (("tariffs", "punitive"), "anaphoric nominal (the scheduled tariffs)"),
            (("said", "Fitzwater said:"), "rule-3 attribution (Japan's pressure is the event)"),
            (("say", "I would"), "hedge inside the quote (part of the reporting)"),
            ("putting both feet forward", "elaboration of the same lobbying (REQUEST later mention arguable)"),
            ("explaining", "content (Japan explaining its position; CONSULT arguable)"),
            ("added", "rule-3 attribution (the tariffs taking effect is the event)"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Japan", "effort by"), "GPE", "JPN"),
            ("Marlin Fitzwater", "PERSON", "USA"),
            (("U.S.", "day before"), "GPE", "USA"),
            (("Japanese", "day before"), "NORP", "JPN"),
            (("Fitzwater", "Fitzwater said:"), "PERSON", "USA"),
            (("Japan", "I would say"), "GPE", "JPN"),
        ],
    },
    "reuters21578-19074": {
        "events": [
            # 0
            ("COOPERATE", "acquired", ("Ciba-Geigy AG",) + CHE_BUS, ("New Farm Crops Ltd",) + GBR_BUS, None,
             None, "unknown", None, "asserted", None,
             "acquired a minority stake in New Farm Crops (an acquisition between companies); no time expression: "
             "undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"),) + CHE_BUS, None, BAS,
             "1987-06-19", "day", None, "asserted", None,
             "the British company's skills would assist Ciba-Geigy (assessment, in a statement); DCT, dateline city"),
        ],
        "skip": [
            (("said", "Ciba-Geigy AG"), "rule-3 attribution (the acquisition is the event)"),
            (("statement", "in a"), "nominal frame of the reporting clause"),
            ("assist", "content of the statement"),
            (("applying", "Ciba-Geigy in"), "content of the statement"),
            ("extend", "content of the statement"),
            ("have access", "a term of the deal, no reporting verb (COOPERATE CHE -> GBR planned arguable)"),
        ],
        "entities": [
            ("Ciba-Geigy AG", "ORG", "CHE"),
            ("British", "NORP", "GBR"),
            ("New Farm Crops Ltd", "ORG", "GBR"),
            (("British", "It said"), "NORP", "GBR"),
            (("Ciba-Geigy", "would assist"), "ORG", "CHE"),
            (("New Farm Crops", "barley."), "ORG", "GBR"),
            ("Horncastle", "GPE", "GBR"),
            ("Lincolnshire", "GPE", "GBR"),
            (("Ciba-Geigy", "access to"), "ORG", "CHE"),
        ],
    },
    "reuters21578-9479": {
        "events": [
            # 0
            ("PROTEST", ("strike", "offices on"), (None,) + BRA_ORG, None, None,
             None, "unknown", None, "asserted", None,
             "many banks, universities and government statistical offices on strike (strikers implied; actor2 null "
             "as events_dev's dock strike); a present state with no time expression: undated; the bank and "
             "university strikes are also coded on their own below"),
            # 1
            ("STATEMENT", ("said", "Bankworkers' leaders"), ("Bankworkers' leaders",) + BRA_ORG, None, SAO,
             "1987-03-25", "day", None, "asserted", None,
             "the strike has the support of most of the workforce (assessment; leaders of a named workforce, "
             "EVENTS.md 4's 'port officials'; anonymous arguable); DCT, dateline city"),
            # 2
            ("PROTEST", ("strike", "that a national"), (None,) + BRA_ORG, None, None,
             "1987-03-24", "day", "yesterday", "asserted", None,
             "the bankworkers' national strike launched yesterday (a nominal with its own predication and date, "
             "EVENTS.md 11); strikers implied, actor2 null"),
            # 3
            ("PROTEST", "closed", (None,) + BRA_ORG, None, None,
             "1987-03-25", "day", "today", "asserted", 2,
             "later mention: the strike today closed the Sao Paulo and Rio stock exchanges (own time expression "
             "kept, EVENTS.md 21; events_dev's 'brought the port to a halt')"),
            # 4
            ("RETREAT", ("return", "gradual"), ("the nation's 40,000 seamen",) + BRA_ORG, (None,) + BRA_BUS, None,
             None, "unknown", None, "asserted", None,
             "the seamen's gradual return to work (ending a strike, 45a's coding of the same strike; employers "
             "implied, actor2 null arguable under EVENTS.md 14); no time expression: undated"),
            # 5
            ("PROTEST", ("strike", "who began a national"), ("the nation's 40,000 seamen",) + BRA_ORG, None, None,
             "1987-02-27", "day", "February 27", "asserted", None,
             "the seamen began a national strike on February 27 ('began' aspectual, 45a); actor2 null"),
            # 6
            ("RETREAT", "returned", (("the seamen", "about half"),) + BRA_ORG, ("22 companies",) + BRA_BUS, None,
             None, "unknown", None, "asserted", 4,
             "later mention: half the seamen had returned to work after accords with 22 companies (relayed by the "
             "union spokesman, 'told' rule-3 attribution)"),
            # 7
            ("PROTEST", ("strike", "university teachers"), ("50,000 university teachers",) + BRA_ORG, None, None,
             "1987-03-25", "day", "Today", "asserted", None,
             "today the university teachers launched a national strike; actor2 null"),
            # 8
            ("REQUEST", "wanted", ("the National Association of Higher Education Teachers",) + BRA_ORG,
             (None,) + BRA_GOV, None,
             None, "unknown", None, "asserted", None,
             "the teachers' association wants a full congressional inquiry into education funds (a demand, toward "
             "the implied Brazilian Congress); relayed second-hand by Fleischer: undated (placed inside today's "
             "strike arguable); 'told' rule-3 attribution"),
            # 9
            ("STATEMENT", ("said", "He said the universities"), (("He", "He said the universities"), "BRA", "PERSON"),
             None, SAO, "1987-03-25", "day", None, "asserted", None,
             "the universities are strapped for cash (Fleischer's own assessment, the first complement; a private "
             "academic: PERSON); DCT, dateline city"),
            # 10
            ("ACCUSE", "suspected", (("the association", "and that"),) + BRA_ORG,
             ("the Liberal Front Party",) + BRA_GOV, None,
             None, "unknown", None, "asserted", None,
             "the association suspected the PFL of using education funds for its candidates (an allegation); "
             "relayed by Fleischer: undated"),
            # 11
            ("PROTEST", "stoppages", ("oil industry workers",) + BRA_ORG, None, None,
             None, "unknown", None, "hypothetical", None,
             "possible strikes looming by oil industry and social security workers (one record, same-country "
             "compound); 'possible' = hypothetical; undated"),
        ],
        "skip": [
            (("unrest", "labour"), "background (own_blind3's 'unrest'; the strikes are coded on 'strike')"),
            ("spreading", "summary (the unrest spreading, no actor)"),
            ("disputes", "possible pay disputes with no named actor"),
            ("press", "purpose of the strike (REQUEST arguable)"),
            ("support", "stative (content of the statement)"),
            (("told", "Rio de Janeiro"), "rule-3 attribution (the return to work is the event, 42a/45a; a STATEMENT "
                                         "for 'looked close to an end' arguable)"),
            ("accords", "presupposed temporal adjunct (24b/45a; AGREE BRA ORG -> BRA BUS arguable)"),
            (("end", "close to an"), "content (the strike close to an end)"),
            (("strike", "Otherwise the labour"), "anaphoric nominal (the bank strike)"),
            ("posing", "stative"),
            (("said", "grind to a halt"), "anonymous-source talk (a western diplomat, EVENTS.md 4)"),
            ("goes on", "content of anonymous talk"),
            ("grind to a halt", "content of anonymous talk"),
            (("demand", "political"), "nominal accompanying the strike (the demand is coded on 'wanted')"),
            ("pay claim", "nominal accompanying the strike (REQUEST arguable)"),
            (("told", "Brasilia university,"), "rule-3 attribution (the association's demand is the event)"),
            ("inquiry", "content of the request"),
            ("strapped", "content of the statement"),
            ("using", "content of the accusation"),
            ("helped", "content of the accusation"),
            ("holds", "stative"),
            (("unrest", "current labour"), "background nominal"),
            ("caused", "stative (cause)"),
            ("pegged", "statistics (official inflation figure, no named agent)"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Sao Paulo", "GPE", "BRA"),
            ("Rio de Janeiro", "GPE", "BRA"),
            (("Rio de Janeiro", "union spokesman in"), "GPE", "BRA"),
            ("Reuters", "ORG", "GBR"),
            (("Brazil", "problems for"), "GPE", "BRA"),
            (("Sao Paulo", "diplomat in"), "GPE", "BRA"),
            (("Brazil", "Today Brazil"), "GPE", "BRA"),
            ("David Fleischer", "PERSON", "BRA"),
            ("Brasilia university", "ORG", "BRA"),
            (("Reuters", "Brasilia university,"), "ORG", "GBR"),
            ("National Association of Higher Education Teachers", "ORG", "BRA"),
            ("Liberal Front Party", "ORG", "BRA"),
            ("PFL", "ORG", "BRA"),
            (("PFL", "The PFL"), "ORG", "BRA"),
            ("Education Ministry", "ORG", "BRA"),
        ],
    },
    "reuters21578-9120": {
        "events": [],
        "skip": [
            ("bought", "currency intervention (monetary operation, EVENTS.md 10)"),
            ("said", "anonymous-source talk (dealers)"),
            (("said", "One dealer"), "anonymous-source talk (a dealer)"),
            (("bought", "central bank bought"), "currency intervention (monetary operation)"),
            ("buying", "currency intervention (monetary operation)"),
            ("helped drive", "market-price movement"),
            (("said", "150, he"), "anonymous-source talk (a dealer)"),
            (("said", "Another"), "anonymous-source talk (another dealer)"),
            ("trying to push", "currency intervention (content of anonymous talk)"),
            ("selling", "market activity by unnamed sellers"),
            (("pushed", "quickly"), "market-price movement"),
            (("said", "149 yen,"), "anonymous-source talk (dealers)"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-7950": {
        "events": [
            # 0
            ("CONSULT", "met", ("Deputy Finance Ministers from the Group of 10 leading western industrialised countries",)
             + GRP_GOV, None, PARIS_TXT,
             "1987-03-20", "day", "today", "asserted", None,
             "the G-10 deputies met here today (a group of countries: null, no actor2, 38b/40a's G-7 and G-10 "
             "meetings); located in Paris ('here'); 'sources close to the talks said' is anonymous"),
            # 1
            ("AGREE", ("accord", "Paris monetary"), (None,) + GRP_GOV, None, PARIS_TXT,
             "1987-02", "month", "last month's", "asserted", None,
             "last month's Paris monetary accord (a nominal with its own date, EVENTS.md 11; a group agreement: "
             "null, no actor2, own_blind3's Paris accord)"),
            # 2
            ("CONSULT", ("met", "The officials"), (("The officials", "The officials met"),) + GRP_GOV, None, PARIS_TXT,
             "1987-03-20", "day", "today", "asserted", 0,
             "later mention: the officials met at the IMF's offices (the first mention's date)"),
            # 3
            ("CONSULT", ("meeting", "interim committee"), ("the IMF's interim committee", None, "IGO"), None,
             WASH_TXT, "1987-04", "month", "in April", "planned", None,
             "the IMF interim committee meeting in Washington in April (a nominal with its own date and place; "
             "40a's Interim Committee meetings: null, no actor2); future month"),
            # 4
            ("AGREE", ("accord", "since the"), ("U.S., West Germany, France, Britain, Japan and Canada",) + GRP_GOV,
             None, PARIS_TXT,
             "1987-02", "month", "last month", "asserted", 1,
             "later mention: the accord last month reached by the six named countries (own time expression kept; "
             "the six kept as one null group record, 49b; a split arguable)"),
            # 5
            ("REJECT", "refused", ("Italy", "ITA", "GOV"), (None,) + GRP_GOV, None,
             "1987-02", "month", "last month's", "asserted", None,
             "Italy refused to attend last month's meeting (5b: refusing a meeting = REJECT toward the group, null); "
             "placed in the meeting's month (rule 3)"),
            # 6
            ("CONSULT", ("meeting", "attend last month's"), (None,) + GRP_GOV, None, None,
             "1987-02", "month", "last month's", "asserted", None,
             "last month's meeting of the group (a nominal with its own date; 5b's Paris meeting without Italy: "
             "null)"),
            # 7
            ("CONSULT", ("met", "had met"), ("Many of the officials",) + GRP_GOV, None, None,
             "1987-03-19", "day", "yesterday", "asserted", None,
             "many of the officials met earlier today and yesterday within the OECD framework (a group: null, no "
             "actor2); dated by its start (EVENTS.md 21's 'today and tomorrow'); no place in the text"),
        ],
        "skip": [
            (("said", "sources close to the talks"), "anonymous-source talk (sources close to the talks)"),
            ("discuss", "purpose of the meeting"),
            (("talks", "close to the"), "anaphoric nominal (the meeting)"),
            (("discuss", "The officials met"), "purpose of the meeting"),
            ("preparation", "purpose of the meeting"),
            (("talks", "The talks"), "anaphoric nominal (the meeting)"),
            ("review", "predicate nominal of the talks"),
            ("stabilise", "content of the accord"),
            ("slide", "market-price movement"),
            (("talks", "today's talks"), "anaphoric nominal (the meeting)"),
            ("represented", "participants of the coded talks (later mentions by ITA/NLD/BEL/CHE arguable)"),
            ("attend", "content of the refusal"),
            ("excluded", "grounds of the refusal (5b: Italy's exclusion has no clear type)"),
            ("discussions", "background nominal (the G-5 discussions)"),
            (("review", "to review the slow"), "purpose of the meeting"),
            ("cutting", "content (purpose of the meeting)"),
            ("persuading", "content (purpose of the meeting; REQUEST -> DEU/JPN arguable)"),
            (("open", "Japan to"), "content (purpose of the meeting)"),
        ],
        "entities": [
            ("Group of 10", "ORG", None),
            ("Paris", "GPE", "FRA"),
            ("International Monetary Fund", "ORG", None),
            ("IMF", "ORG", None),
            (("IMF", "preparation for the"), "ORG", None),
            ("Washington", "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            ("France", "GPE", "FRA"),
            ("Britain", "GPE", "GBR"),
            ("Japan", "GPE", "JPN"),
            ("Canada", "GPE", "CAN"),
            ("Italy", "GPE", "ITA"),
            ("Netherlands", "GPE", "NLD"),
            ("Belgium", "GPE", "BEL"),
            ("Switzerland", "GPE", "CHE"),
            ("Organisation for Economic Cooperation and Development", "ORG", None),
            ("OECD", "ORG", None),
            (("U.S.", "170 billion dlr"), "GPE", "USA"),
            (("West Germany", "persuading"), "GPE", "DEU"),
            (("Japan", "persuading"), "GPE", "JPN"),
        ],
    },
    "reuters21578-3084": {
        "events": [
            # 0
            ("COOPERATE", "merge", ("Three London markets",) + GBR_ORG, (None,) + GBR_ORG, None,
             None, "unknown", None, "planned", None,
             "the three markets will merge into a new exchange (32b's coding of the same merger: a same-country "
             "compound one actor1, the counterpart each other, implied GBR); undated; 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", "given", (None,) + GBR_ORG, None, LON,
             "1987-03-09", "day", None, "negated", None,
             "'No timetable was given': a withheld statement (EVENTS.md 5's 'Terms were not disclosed', agent "
             "implied: the markets); DCT, dateline city"),
            # 2
            ("STATEMENT", "told", ("Agricultural Futures Exchange secretary Bill Englebright",) + GBR_ORG, None, LON,
             "1987-03-09", "day", None, "asserted", None,
             "members have been consulted (internal) and raised no objections (no named actor); DCT"),
            # 3
            ("CONSULT", "Discussions", (None,) + GBR_ORG, ("the Baltic International Freight Futures Exchange",)
             + GBR_ORG, None,
             None, "unknown", None, "asserted", None,
             "discussions with BIFFEX by the merging markets (implied); a relayed present progressive with no time "
             "expression: undated (DCT arguable); 'market officials said' rule-3 attribution"),
            # 4
            ("COOPERATE", "joining", ("the GAFTA London Grain Futures Market",) + GBR_ORG,
             ("the other markets",) + GBR_ORG, None,
             None, "unknown", None, "hypothetical", None,
             "the grain market is considering joining the merger (merely considered: hypothetical); undated"),
            # 5
            ("STATEMENT", ("said", "James Mackie"), ("GAFTA director general James Mackie",) + GBR_ORG, None, LON,
             "1987-03-09", "day", None, "asserted", None,
             "the grain market intends to consult its members soon (internal: no type); DCT"),
            # 6
            ("CONSULT", "discussing", ("Representatives of all the futures markets on the Baltic Exchange",)
             + GBR_ORG, (None,) + GBR_ORG, None,
             "1987", "year", "the beginning of the year", "asserted", None,
             "the markets' representatives have been discussing a single RIE structure since the beginning of the "
             "year (counterparts each other, implied GBR); the period lies within 1987: year (undated arguable)"),
            # 7
            ("REQUEST", "apply", ("The new exchange now planned",) + GBR_ORG,
             ("the Securities and Investments Board",) + ("GBR", "GOV"), None,
             None, "unknown", None, "planned", None,
             "will apply to the SIB for recognition (an application = REQUEST, events_dev's Turkish application); "
             "'at the appropriate time' gives no value: undated; 'said' rule-3 attribution"),
            # 8
            ("STATEMENT", ("said", "Pat Elmer"), ("the chairman of the formation committee, Pat Elmer",) + GBR_ORG,
             None, LON, "1987-03-09", "day", None, "asserted", None,
             "the commitment will enable a stronger exchange (assessment); DCT"),
        ],
        "skip": [
            (("trade", "markets which"), "stative"),
            (("said", "meat futures"), "rule-3 attribution (the merger is the event)"),
            ("form", "content of the merger (the new exchange)"),
            ("instructed", "instruction to their own legal advisers (internal, 32b)"),
            ("implement", "content of the instruction"),
            (("amalgamation", "implement the"), "anaphoric nominal (the merger)"),
            ("consulted", "the exchanges consulting their own members (internal, EVENTS.md 10)"),
            ("objections", "content of the statement (no named actor; REJECT negated arguable)"),
            (("merger", "raised to the"), "anaphoric nominal"),
            ("involved", "stative"),
            ("combine", "hypothetical (the new exchange could combine five markets)"),
            (("said", "market officials"), "rule-3 attribution (the discussions and the considered joining are the "
                                           "events; officials of the markets, EVENTS.md 4)"),
            ("expected", "unattributed expectation"),
            ("decision", "internal decision of the BIFFEX board (32b)"),
            (("merger", "decision on the"), "anaphoric nominal"),
            (("meeting", "at its"), "internal meeting of a single body (EVENTS.md 10)"),
            (("consulted", "after members are"), "internal consultation of members"),
            (("meeting", "consulted at a"), "internal meeting of members"),
            ("intends", "internal (intention to consult its own members)"),
            (("consult", "intends to"), "internal consultation of its own members"),
            (("amalgamation", "The aim of the"), "anaphoric nominal"),
            ("limit", "purpose"),
            ("recognition", "content (regulatory recognition)"),
            ("requires", "generic legal requirement"),
            (("planned", "new exchange now"), "stative (the planned exchange)"),
            (("recognition", "Investments Board for"), "content of the application"),
            (("said", "appropriate time,"), "rule-3 attribution (the application is the event)"),
            ("commitment", "anaphoric nominal (the markets' decision to merge; AGREE arguable)"),
            ("enable", "content of the statement"),
            ("develop", "content of the statement"),
            ("remain", "stative (future location)"),
        ],
        "entities": [
            ("London", "GPE", "GBR"),
            ("Agricultural Futures Exchange", "ORG", "GBR"),
            ("London Potato Futures Association", "ORG", "GBR"),
            ("LPFA", "ORG", "GBR"),
            ("London Meat Futures Exchange", "ORG", "GBR"),
            ("LMFE", "ORG", "GBR"),
            ("Grain and Feed Trade Association", "ORG", "GBR"),
            ("GAFTA", "ORG", "GBR"),
            ("Soya Bean Meal Futures Association", "ORG", "GBR"),
            ("SOMFA", "ORG", "GBR"),
            (("Agricultural Futures Exchange", "have been consulted"), "ORG", "GBR"),
            ("Bill Englebright", "PERSON", "GBR"),
            ("Reuters", "ORG", "GBR"),
            ("Baltic International Freight Futures Exchange", "ORG", "GBR"),
            ("BIFFEX", "ORG", "GBR"),
            ("GAFTA London Grain Futures Market", "ORG", "GBR"),
            (("BIFFEX", "The BIFFEX board"), "ORG", "GBR"),
            (("GAFTA", "GAFTA director"), "ORG", "GBR"),
            ("James Mackie", "PERSON", "GBR"),
            ("Baltic Exchange", "ORG", "GBR"),
            ("Securities and Investments Board", "ORG", "GBR"),
            (("Agricultural Futures Exchange", "appropriate time,"), "ORG", "GBR"),
            ("Pat Elmer", "PERSON", "GBR"),
            (("Baltic Exchange", "remain at the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-1081": {
        "events": [
            # 0
            ("STATEMENT", ("told", "James Fry"), ("James Fry",) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", None,
             "GM hopes to sell 7,000-8,000 vehicles in Europe this year (a sales target to unnamed buyers: no "
             "type); DCT, the dateline city (the GM preview at the Geneva Motor Show)"),
            # 1
            ("STATEMENT", ("said", "very attractive"), (("he", "very attractive,"),) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", None, "the low dollar makes GM's prices attractive; DCT"),
            # 2
            ("STATEMENT", ("told", "August 1987"), (("he", "August 1987,"),) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the lead's sales target (EVENTS.md 3), 'later' the same day"),
            # 3
            ("STATEMENT", ("said", "Officials said"), ("Officials",) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", None,
             "GM sold 1,500 vehicles in the 1986 model year (statistics; GM's officials, identifiable by context as "
             "the earlier sets' bare 'Officials said'); DCT"),
            # 4
            ("STATEMENT", ("said", "Fry said that"), (("Fry", "Fry said that"),) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", None, "projected turnover (forecast); DCT"),
            # 5
            ("STATEMENT", ("said", "strong dollar, Fry"), (("Fry", "strong dollar,"),) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", None, "1985 model-year sales (statistics); DCT"),
            # 6
            ("STATEMENT", ("said", "Canada, he"), (("he", "Canada,"),) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", None, "GM vehicles sold in Europe are made in the U.S. and Canada; DCT"),
            # 7
            ("STATEMENT", "adding", (("he", "Canada,"),) + USA_BUS, None, GEN,
             "1987-03-03", "day", None, "asserted", None,
             "most sales were in Switzerland, Sweden and West Germany ('said ..., adding that': two records, "
             "EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("hopes", "content of the statement (a sales target)"),
            (("sell", "hopes to"), "content (sales to unnamed buyers)"),
            ("rise", "statistics (content)"),
            ("news briefing", "venue of the statement"),
            ("preview", "venue of the statement (GM's preview)"),
            ("opening", "background nominal (the show's opening)"),
            (("sell", "would like to"), "content (sales to unnamed buyers)"),
            (("sold", "GM sold"), "statistics"),
            ("projected", "content of the statement"),
            ("mean", "content of the statement"),
            ("totalled", "statistics"),
            (("sold", "All GM vehicles"), "stative (content)"),
            ("manufactured", "stative (content)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("General Motors", "ORG", "USA"),
            ("Europe", "LOC", None),
            ("James Fry", "PERSON", "USA"),
            ("GM Overseas Distribution Corporation", "ORG", "USA"),
            (("GM", "he said at a"), "ORG", "USA"),
            ("Geneva", "GPE", "CHE"),
            ("Reuters", "ORG", "GBR"),
            (("Europe", "units in"), "LOC", None),
            (("GM", "Officials said"), "ORG", "USA"),
            (("Fry", "Fry said that"), "PERSON", "USA"),
            (("Europe", "104 mln dlrs in"), "LOC", None),
            (("GM", "GM sales in"), "ORG", "USA"),
            (("Europe", "GM sales in"), "LOC", None),
            (("Fry", "strong dollar,"), "PERSON", "USA"),
            (("GM", "All GM"), "ORG", "USA"),
            (("Europe", "All GM vehicles sold in"), "LOC", None),
            ("United States", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Switzerland", "GPE", "CHE"),
            ("Sweden", "GPE", "SWE"),
            ("West Germany", "GPE", "DEU"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
