"""Build ``own_blind47b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind47b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2443 left); 24 drawn with random.Random(47101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
31 event records (30 first mentions, 1 later mention), 99 not_annotated spans, 91 entity mentions
(ORG 36, GPE 33, PERSON 10, NORP 8, LOC 4); one article without events (12465, Hamburg coffee: anonymous
trade sources only); 15737 (Colombian exports) and 3103 (Barclays/Midland base rates) have a single
STATEMENT. Types: STATEMENT 13, REQUEST 7, AID 5, AGREE 2, ACCUSE 2, REJECT 1, COOPERATE 1; modality:
asserted 25, planned 6; precision: day 16, unknown 10, month 4, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the printed context and
fixed: the IBJ spokesman's actor "he" (1904) matching inside "the" of "Commenting on the article". See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Finance Minister Gerhard
Stoltenberg": the PERSON; "British Chancellor of the Exchequer Nigel Lawson": NORP "British" + PERSON, 45b;
"Brazilian Finance Minister Dilson Funaro": NORP + PERSON; "AWB general manager Ron Paice": ORG + PERSON);
a body with its country word is one ORG span ("U.S. Agriculture Department", "Japanese Food Agency", as
"U.S. Senate" in 34b/36b), and a country word inside a name is not tagged (Industrial Bank of Japan Ltd);
bracketed company names tagged without the brackets (<Scandinavian Airlines System>), tickers left out,
possessive 's left out ("Japan Line's", "Colombia's", "Norway's", "Food Agency's"); "U.S." before a
capitalised common noun ("U.S. Airlines", "U.S. Cities", "U.S. Reaction", the wire's capitalisation after
"U.S.") is a GPE alone. Countries: "Colombian" NORP and Colombia GPE COL (35a's 15725: the lower-case
"government statistics institute" and "national planning department" not tagged); Gerhard Stoltenberg /
Stoltenberg PERSON DEU, Bonn GPE DEU, "West German" NORP DEU, Brazil GPE BRA, "Brazilian" NORP BRA, Dilson
Funaro / Funaro PERSON BRA, "British" NORP GBR, Nigel Lawson PERSON GBR, Washington GPE USA, the
International Monetary Fund / IMF ORG null; Japan Line Ltd / Japan Line, the Industrial Bank of Japan Ltd /
IBJ and the Asahi Shimbun ORG JPN, Japan GPE JPN, "Japanese" NORP JPN; the Australian Wheat Board / AWB ORG
AUS and Ron Paice PERSON AUS (its general manager), the Japanese Food Agency / Food Agency ORG JPN ("the
Board" a capitalised common noun, not tagged); Denmark DNK, Norway NOR, Sweden SWE (GPE), "Norwegian" NORP
NOR, Scandinavia LOC null (a region), Scandinavian Airlines System / SAS ORG null (owned by three
governments, 23a's call), "Scandinavian" NORP null (23a), the U.S. / United States GPE USA; the Commodity
Credit Corporation / CCC ORG USA, Haiti GPE HTI; Barclays Bank Plc, Midland Bank Plc, National Westminster
Bank Plc and the Bank of England ORG GBR; the International Coffee Organization / ICO ORG null. Not
entities: programmes (the Export Credit Guarantee Program, 23b), currencies (sterling), the Budget,
"transport ministries", "federal aviation authorities", "the central", products and markets.

Judgement calls made here:
* 15737 (Colombian exports, DCT Thu 1987-04-09, BOGOTA): coded as 35a's near-identical 15725: the
  figures come from a document ("figures from the government statistics institute show": not a speech act)
  and are statistics; "The national planning department forecast that in 1987 coffee ... will account for
  only one third of total exports" is the only record, a STATEMENT COL GOV (a named state body although
  lower-case; "in 1987" governs the content), DCT, BOGOTA.
* 12828 (Stoltenberg on Brazil's debt, DCT Fri 1987-04-03, BONN): "Stoltenberg said he will advise Brazil
  to take up discussions with its commercial bank creditors when he is in Washington for the ... IMF meeting
  next week" is REQUEST DEU GOV -> BRA GOV on "advise", planned, 1987-04 ("next week" from Fri 3 April =
  6-10 April, kept at its month, EVENTS.md 21), location Washington, "said" rule-3 attribution (REQUEST
  asserted on "said", the title's "calls for", arguable); the IMF meeting / talks are background nominals
  (his attendance, CONSULT DEU -> IMF planned arguable). "He told a news conference ... debt problems would
  play an important role" is a STATEMENT (DCT). "Stoltenberg noted that Brazil had agreed in January to work
  together with the banks" is AGREE BRA GOV -> the banks (unnamed commercial banks: null BUS), 1987-01 ("in
  January", past), "noted" rule-3 attribution; "but said this pledge had not yet been fulfilled" is ACCUSE
  DEU -> BRA (criticism of Brazil voiced to the press, EVENTS.md 7; STATEMENT arguable), a second reporting
  clause (EVENTS.md 3), DCT. Brazil's interest moratorium is skipped (EVENTS.md 10's payment freeze); "Funaro
  sought to involve foreign governments in rescheduling talks" is REQUEST BRA GOV -> foreign governments
  (null), undated ("in February" dates the moratorium, not the bid); "Lawson rebuffed Funaro's bid" is
  REJECT GBR GOV -> BRA GOV, undated, and the "said" that follows is the rebuff's wording (skipped; a
  STATEMENT or a later mention arguable); "West German bankers also said then" is anonymous (bankers,
  EVENTS.md 4). "Stoltenberg said in Bonn today that he had already told Funaro that the unilateral
  moratorium was a mistake" is ACCUSE DEU -> BRA on "told" (criticism addressed to Funaro), undated ("today"
  dates the saying, which is rule-3 attribution; "already" gives no date). "He also said that when debtor
  countries came up with good ... policies, commercial banks should react with more flexibility" is REQUEST
  DEU -> commercial banks (null BUS; an actor told it should act, EVENTS.md 2), DCT; the other three
  reporting clauses (debt problems more difficult; bank flows decreased, the unnamed debtors' refusal to
  fulfil commitments as content; debtors have realised policies are needed) are STATEMENTs (DCT, BONN).
* 1904 (Japan Line rescue, DCT Wed 1987-03-04 from published_at; the dateline says TOKYO, March 5): "A
  group of creditor banks hopes to work out a rescue package for Japan Line ... by the end of Japan's
  business year on March 31, a spokesman for the Industrial Bank of Japan ... said" is AID (debt relief for
  the company, EVENTS.md 8) on "rescue package", creditor banks (nationality not stated: null BUS, EVENTS.md
  15; JPN arguable, led by IBJ) -> Japan Line (JPN BUS), planned ("hopes to"; hypothetical arguable),
  1987-03-31 (a deadline, as events_dev's "by early May"), "said" rule-3 attribution. "In December, Japan
  Line asked banks to shelve repayment" is REQUEST JPN BUS -> the banks (null BUS), 1986-12 (past "December"
  from March 1987, EVENTS.md 22); "Japan Line said then that the yen's steep rise ... had hit the company
  hard" a STATEMENT dated by "then" (= December: 1986-12), no place. "The Japanese daily Asahi Shimbun said
  today that IBJ and three other banks plan to abandon ... loans to Japan Line and a group of creditor banks
  plans to buy ... new Japan Line shares": the newspaper's "said" is rule-3 attribution and the two plans
  are AID records (loan write-off: IBJ, JPN BUS, first-named -> Japan Line; share purchase in a rescue:
  creditor banks null BUS -> Japan Line; COOPERATE arguable for the share purchase), planned, undated ("today"
  dates the report). "The spokesman for IBJ ... said the package may write off part of the outstanding loans
  and will be worked out before long" is the rescue package's later mention on "worked out" (planned,
  creditor banks implied; "before long" vague, so the first mention's 1987-03-31 kept, EVENTS.md 21), "said"
  attribution, "may write off" hypothetical content; "Commenting on the article, he said the details of the
  package have not yet been settled" is a STATEMENT JPN BUS (DCT, TOKYO), "Commenting" a participle of it.
* 6960 (AWB renews Japan supply pact, DCT Thu 1987-03-19, MELBOURNE): "The Australian Wheat Board (AWB)
  expects to sell about 900,000 tonnes of wheat to the Japanese Food Agency this year after renewing its
  annual supply agreement, AWB general manager Ron Paice said" gives COOPERATE AUS -> JPN GOV on "sell",
  planned, 1987 ("this year", year precision), and AGREE AUS -> JPN GOV on "renewing" (the title's
  "renews ... supply pact"), asserted, undated (no time expression of its own); "said" rule-3 attribution.
  The AWB is a statutory marketing board: GOV (21b's Canadian Wheat Board; kind not scored), its general
  manager too. "Under the agreement, the AWB makes the wheat available and sells into the Food Agency's
  regular tenders, he said in a statement" is a STATEMENT (a habitual arrangement has no event of its own),
  and "He noted that the Board has sold more than three mln tonnes to Japan in the past three years" a
  STATEMENT (an aggregate sales figure; COOPERATE AUS -> JPN arguable), both DCT, MELBOURNE.
* 4104 (Scandinavian air-fare proposal, DCT Thu 1987-03-12, OSLO; the same dispute as 23a's 7560):
  "Denmark, Norway and Sweden have jointly proposed deregulating air fares between Scandinavia and the U.S.
  In exchange for greater access to the domestic U.S. Airline market, Norwegian officials said" is REQUEST
  (a proposal to a party asking for access, 11a/38b; 23a's "demanded greater access") -> USA GOV, split by
  named proposer (EVENTS.md 12: DNK, NOR, SWE records on one trigger; 23a's group noun "the three
  Scandinavian countries" was one null record, here the countries are named), undated (a perfect verbal act
  with no time expression, the 15/16 call), "said" rule-3 attribution. "The proposal, handed to federal
  aviation authorities in Washington by a delegation ..." is the same proposal's delivery in a reduced
  relative (skipped; later mentions of the REQUEST arguable); "was seen in the industry as a major
  concession" is anonymous, the U.S. airlines' "demands" a background nominal (REQUEST USA BUS arguable);
  "The scheme in return requests SAS ... be allowed to compete" is the document's wording, part of the
  proposal (skipped). SAS's ownership and landing rights are stative, "SAS has long held that regulations
  ... have given these companies an advantage" a standing position (habitual; STATEMENT or ACCUSE -> USA
  arguable, skipped). "Initial U.S. Reaction to the proposal has been positive, officials said" is a
  STATEMENT NOR GOV ("officials": the Norwegian officials of the lead, EVENTS.md 4), DCT, OSLO, the relayed
  reaction skipped (SUPPORT USA -> the three arguable); "Industry sources added" is anonymous.
* 18281 (CCC guarantees for Haiti, DCT Tue 1987-06-02, WASHINGTON): "The Commodity Credit Corporation
  (CCC) has amended its Export Credit Guarantee Program line to Haiti to add one mln dlrs in guarantees" is
  AID USA GOV -> HTI GOV on "amended" (credit guarantees, 32a's reallocation / 40b's authorization), undated
  (present perfect, rule 17), the department's "said" rule-3 attribution; "The action increases ..., the
  department said" (programme totals) and "All sales must be registered and exports completed by Sept 30,
  1987, it noted" (programme conditions) are STATEMENTs USA GOV (DCT, WASHINGTON), as 32a/40b.
* 3103 (Barclays and Midland follow NatWest, DCT Mon 1987-03-09, LONDON): a bank's own base-rate cut is its
  own pricing with no type (45b's Morgan prime, 46a's Citibank), so "Barclays Bank Plc and Midland Bank Plc
  said they are cutting their base lending rates" is one STATEMENT (same-country compound, EVENTS.md 12;
  GBR BUS, DCT, LONDON); NatWest's "similar move" is pricing, the Bank of England's dealing-rate cut "this
  morning" a monetary operation (EVENTS.md 10), "market sources said" anonymous, the central bank's holding
  out against lower rates a monetary stance, the Budget a background nominal, sterling a market movement.
* 12465 (coffee prices, DCT Thu 1987-04-02, HAMBURG): no event (a negative): "West German trade sources
  said", "one trader said" and "The trade believes" are anonymous (EVENTS.md 4), and the ICO's September
  meeting (an internal meeting of one body) and quota talk are content of the anonymous belief."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind47b.jsonl"

BOG = ("BOGOTA", "COL")
BONN = ("BONN", "DEU")
TOK = ("TOKYO", "JPN")
MEL = ("MELBOURNE", "AUS")
OSLO = ("OSLO", "NOR")
WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")

STOLTENBERG = ("Finance Minister Gerhard Stoltenberg", "DEU", "GOV")
AWB = ("The Australian Wheat Board", "AUS", "GOV")
FOOD_AGENCY = ("Japanese Food Agency", "JPN", "GOV")
US_LEAD = ("U.S.", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15737": {
        "events": [
            # 0
            ("STATEMENT", "forecast", ("The national planning department", "COL", "GOV"), None, BOG,
             "1987-04-09", "day", None, "asserted", None,
             "forecast: coffee will account for only one third of 1987 exports (a named state body, lower-case; "
             "'in 1987' governs the content, 35a's 15725); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("rose", "statistics"),
            ("show", "a document (institute figures): not a speech act"),
            ("amounted", "statistics"),
            ("drop", "statistics"),
            ("registered", "statistics"),
            ("account", "content of the forecast"),
        ],
        "entities": [
            ("Colombian", "NORP", "COL"),
            (("Colombia", "coffee, Colombia"), "GPE", "COL"),
        ],
    },
    "reuters21578-12828": {
        "events": [
            # 0
            ("REQUEST", "advise", STOLTENBERG, (("Brazil", "advise Brazil"), "BRA", "GOV"), ("Washington", "USA"),
             "1987-04", "month", "next week", "planned", None,
             "will advise Brazil to take up talks with its bank creditors when in Washington for next week's IMF "
             "meeting (a planned request; 'said' rule-3 attribution); next week from Fri 3 April = 6-10 April, kept "
             "at its month (EVENTS.md 21); REQUEST asserted on 'said' (the title's 'calls for') arguable"),
            # 1
            ("STATEMENT", ("told", "He told"), (("He", "He told"), "DEU", "GOV"), None, BONN,
             "1987-04-03", "day", None, "asserted", None,
             "debt problems will play an important role on the Washington agenda (forecast); DCT, dateline city"),
            # 2
            ("AGREE", "agreed", (("Brazil", "noted that Brazil"), "BRA", "GOV"),
             (("the banks", "together with the banks"), None, "BUS"), None,
             "1987-01", "month", "in January", "asserted", None,
             "Brazil agreed in January to work together with the banks (unnamed commercial banks: null BUS); "
             "'in January' past = 1987-01; 'noted' rule-3 attribution"),
            # 3
            ("ACCUSE", ("said", "but said"), (("Stoltenberg", "Stoltenberg noted"), "DEU", "GOV"),
             (("Brazil", "noted that Brazil"), "BRA", "GOV"), BONN,
             "1987-04-03", "day", None, "asserted", None,
             "the pledge has not yet been fulfilled (criticism of Brazil voiced to the press, EVENTS.md 7; STATEMENT "
             "arguable); second reporting clause (EVENTS.md 3); DCT"),
            # 4
            ("REQUEST", "sought", ("Brazilian Finance Minister Dilson Funaro", "BRA", "GOV"),
             ("foreign governments", None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Funaro sought to involve foreign governments in the bank talks (an appeal; unnamed governments: "
             "null); 'in February' dates the moratorium, not the bid: undated"),
            # 5
            ("REJECT", "rebuffed", ("British Chancellor of the Exchequer Nigel Lawson", "GBR", "GOV"),
             (("Funaro", "rebuffed Funaro"), "BRA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Lawson rebuffed Funaro's bid (a refusal); no time expression: undated; the 'said' that follows is "
             "the rebuff's wording (skipped)"),
            # 6
            ("ACCUSE", ("told", "already told"), (("Stoltenberg", "Stoltenberg said in Bonn"), "DEU", "GOV"),
             (("Funaro", "already told"), "BRA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "had already told Funaro the moratorium was a mistake (criticism; 'today' dates the saying, which is "
             "rule-3 attribution): undated"),
            # 7
            ("STATEMENT", ("said", "Stoltenberg said that despite"), (("Stoltenberg", "Stoltenberg said that"),
                                                                       "DEU", "GOV"), None, BONN,
             "1987-04-03", "day", None, "asserted", None,
             "debt problems have become more difficult (assessment); DCT"),
            # 8
            ("STATEMENT", ("said", "He said flows"), (("He", "He said flows"), "DEU", "GOV"), None, BONN,
             "1987-04-03", "day", None, "asserted", None,
             "bank flows have decreased, partly because of some debtors' refusal to fulfil commitments "
             "(assessment; the unnamed debtors' refusal is content); DCT"),
            # 9
            ("REQUEST", ("said", "He also said"), (("He", "He also said"), "DEU", "GOV"),
             (("commercial banks", "commercial banks should"), None, "BUS"), BONN,
             "1987-04-03", "day", None, "asserted", None,
             "commercial banks should react with more flexibility (an actor told it should act, EVENTS.md 2; the "
             "saying is the act); DCT"),
            # 10
            ("STATEMENT", ("said", "policies, Stoltenberg said"), (("Stoltenberg", "policies, Stoltenberg"), "DEU", "GOV"),
             None, BONN,
             "1987-04-03", "day", None, "asserted", None,
             "many debtor countries have realised policies are needed (assessment); DCT"),
        ],
        "skip": [
            (("said", "Gerhard Stoltenberg"), "rule-3 attribution (the planned advice is the event)"),
            ("take up", "content of the request"),
            (("discussions", "take up discussions"), "content of the request"),
            (("meeting", "(IMF) meeting"), "background nominal in a temporal clause (his attendance; CONSULT DEU -> "
                                            "IMF planned arguable)"),
            (("talks", "the IMF talks"), "background nominal (the IMF meeting)"),
            (("discussions", "that discussions about"), "content of the statement"),
            ("noted", "rule-3 attribution (Brazil's agreement is the event)"),
            ("work together", "content of the agreement"),
            ("pledge", "anaphoric nominal (the January agreement)"),
            ("fulfilled", "content of the criticism (negated)"),
            ("imposed", "Brazil's payment moratorium (no matching type, EVENTS.md 10)"),
            ("involve", "content of the appeal"),
            ("rescheduling talks", "content of the appeal"),
            (("bid", "Funaro's bid"), "anaphoric nominal (Funaro's appeal)"),
            (("said", "bid and said"), "wording of the rebuff (same act; STATEMENT or later mention arguable)"),
            (("said", "bankers also"), "anonymous-source talk (West German bankers)"),
            (("seek", "should seek"), "content of anonymous talk"),
            (("said", "Stoltenberg said in Bonn"), "rule-3 attribution (the criticism told to Funaro is the event)"),
            (("moratorium", "unilateral moratorium"), "content of the criticism"),
            ("decreased", "content of the statement (statistics)"),
            ("refusal", "content of the statement (unnamed debtors' refusal; REJECT arguable)"),
            (("fulfil", "countries to fulfil"), "content of the statement"),
            ("came up", "condition inside the request"),
            ("react", "content of the request"),
            ("realised", "content of the statement"),
            ("mobilise", "content of the statement"),
        ],
        "entities": [
            ("Gerhard Stoltenberg", "PERSON", "DEU"),
            (("Brazil", "advise Brazil"), "GPE", "BRA"),
            (("Washington", "in Washington for"), "GPE", "USA"),
            ("International Monetary Fund", "ORG", None),
            (("IMF", "(IMF)"), "ORG", None),
            (("IMF", "the IMF talks"), "ORG", None),
            (("Washington", "agenda in Washington"), "GPE", "USA"),
            (("Stoltenberg", "Stoltenberg noted"), "PERSON", "DEU"),
            (("Brazil", "noted that Brazil"), "GPE", "BRA"),
            (("Brazil", "After Brazil"), "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            ("British", "NORP", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            (("Funaro", "rebuffed Funaro"), "PERSON", "BRA"),
            ("West German", "NORP", "DEU"),
            (("Brazil", "that Brazil should"), "GPE", "BRA"),
            (("IMF", "understanding with the IMF"), "ORG", None),
            (("Stoltenberg", "Stoltenberg said in Bonn"), "PERSON", "DEU"),
            ("Bonn", "GPE", "DEU"),
            (("Funaro", "already told"), "PERSON", "BRA"),
            (("Stoltenberg", "Stoltenberg said that"), "PERSON", "DEU"),
            (("IMF", "or with the IMF"), "ORG", None),
            (("Stoltenberg", "policies, Stoltenberg"), "PERSON", "DEU"),
        ],
    },
    "reuters21578-1904": {
        "events": [
            # 0
            ("AID", "rescue package", ("A group of creditor banks", None, "BUS"), ("Japan Line Ltd", "JPN", "BUS"), None,
             "1987-03-31", "day", "March 31", "planned", None,
             "the creditor banks hope to work out a rescue package (debt relief, EVENTS.md 8) by March 31 (a "
             "deadline, as events_dev's 'by early May'); 'hopes to' taken as planned (hypothetical arguable); "
             "unnamed banks: null (EVENTS.md 15; JPN arguable, led by IBJ); the IBJ spokesman's 'said' rule-3 "
             "attribution"),
            # 1
            ("REQUEST", "asked", (("Japan Line", "In December, Japan Line"), "JPN", "BUS"),
             (("banks", "asked banks"), None, "BUS"), None,
             "1986-12", "month", "In December", "asserted", None,
             "Japan Line asked banks to shelve repayments; 'In December' past from March 1987 = 1986-12"),
            # 2
            ("STATEMENT", ("said", "Japan Line said then"), (("Japan Line", "Japan Line said then"), "JPN", "BUS"),
             None, None,
             "1986-12", "month", "then", "asserted", None,
             "the yen's rise and the shipping recession hit the company ('then' = In December: 1986-12); no place"),
            # 3
            ("AID", "abandon", (("IBJ", "today that IBJ"), "JPN", "BUS"), (("Japan Line", "loans to Japan Line"),
                                                                          "JPN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "IBJ and three other banks plan to write off 16 bln yen of loans (debt relief); relayed by the Asahi "
             "Shimbun ('said today' rule-3 attribution; 'today' dates the report): planned, no time expression of "
             "its own: undated; IBJ first-named (the other banks unnamed)"),
            # 4
            ("AID", ("buy", "plans to buy"), (("a group of creditor banks", "Japan Line and a group"), None, "BUS"),
             (("Japan Line", "new Japan Line"), "JPN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "creditor banks plan to buy new Japan Line shares (capital for a rescue, help mainly for the recipient; "
             "COOPERATE arguable); planned, undated"),
            # 5
            ("AID", ("worked out", "will be worked out"), (None, None, "BUS"),
             (("Japan Line", "IBJ, Japan Line"), "JPN", "BUS"), None,
             "1987-03-31", "day", "March 31", "planned", 0,
             "later mention: the package 'will be worked out before long' (the creditor banks implied); 'before "
             "long' vague, the first mention's date kept (EVENTS.md 21); 'said' rule-3 attribution"),
            # 6
            ("STATEMENT", ("said", "he said the details"), (("he", "article, he"), "JPN", "BUS"),
             None, TOK,
             "1987-03-04", "day", None, "asserted", None,
             "the package details have not yet been settled; DCT is published_at's date (1987-03-04; the dateline "
             "says March 5), dateline city"),
        ],
        "skip": [
            ("hopes", "frame of the planned rescue package"),
            (("said", "(IBJ)"), "rule-3 attribution (the rescue package is the event)"),
            ("exceeded", "statistics"),
            ("shelve", "content of the request"),
            (("hit", "had hit"), "content of the statement"),
            (("said", "Asahi Shimbun said"), "rule-3 attribution (the planned write-off and share purchase are the "
                                             "events)"),
            (("plan", "banks plan"), "frame of the planned write-off"),
            (("plans", "banks plans"), "frame of the planned share purchase"),
            (("said", "largest creditor, said"), "rule-3 attribution (the package is the event)"),
            ("write off", "hypothetical content of the package ('may')"),
            ("Commenting", "participial elaboration of the statement"),
            ("settled", "content of the statement (negated)"),
        ],
        "entities": [
            ("Japan Line Ltd", "ORG", "JPN"),
            (("Japan", "end of Japan"), "GPE", "JPN"),
            ("Industrial Bank of Japan Ltd", "ORG", "JPN"),
            (("IBJ", "(IBJ"), "ORG", "JPN"),
            (("Japan Line", "Japan Line's cumulative"), "ORG", "JPN"),
            (("Japan Line", "In December, Japan Line"), "ORG", "JPN"),
            (("Japan Line", "Japan Line said then"), "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Asahi Shimbun", "ORG", "JPN"),
            (("IBJ", "today that IBJ"), "ORG", "JPN"),
            (("Japan Line", "loans to Japan Line"), "ORG", "JPN"),
            (("Japan Line", "new Japan Line"), "ORG", "JPN"),
            (("IBJ", "spokesman for IBJ"), "ORG", "JPN"),
            (("Japan Line", "IBJ, Japan Line"), "ORG", "JPN"),
        ],
    },
    "reuters21578-6960": {
        "events": [
            # 0
            ("COOPERATE", "sell", AWB, FOOD_AGENCY, None,
             "1987", "year", "this year", "planned", None,
             "the AWB expects to sell about 900,000 tonnes to the Japanese Food Agency this year (a planned sale); "
             "'said' rule-3 attribution; the AWB a statutory board (kind GOV, 21b's Canadian Wheat Board)"),
            # 1
            ("AGREE", "renewing", AWB, FOOD_AGENCY, None,
             None, "unknown", None, "asserted", None,
             "renewal of the annual supply agreement with the Food Agency (the title's 'renews Japan supply pact'); "
             "no time expression of its own ('this year' governs the sales): undated"),
            # 2
            ("STATEMENT", ("said", "tenders, he said"), (("he", "tenders, he"), "AUS", "GOV"), None, MEL,
             "1987-03-19", "day", None, "asserted", None,
             "how the agreement works (habitual arrangement, no event of its own); wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", "noted", (("He", "He noted"), "AUS", "GOV"), None, MEL,
             "1987-03-19", "day", None, "asserted", None,
             "sales of more than three mln tonnes to Japan in three years (an aggregate sales figure); DCT"),
        ],
        "skip": [
            ("expects", "frame of the planned sale"),
            (("said", "Ron Paice"), "rule-3 attribution (the planned sale and the renewal are the events)"),
            (("agreement", "Under the agreement"), "anaphoric nominal (the supply agreement)"),
            ("makes", "habitual arrangement (content of the statement)"),
            (("sells", "available and sells"), "habitual arrangement (content of the statement)"),
            (("statement", "in a statement"), "part of the reporting clause"),
            ("sold", "aggregate sales figure over three years (content of the statement; COOPERATE AUS -> JPN "
                     "arguable)"),
        ],
        "entities": [
            ("Australian Wheat Board", "ORG", "AUS"),
            (("AWB", "(AWB"), "ORG", "AUS"),
            ("Japanese Food Agency", "ORG", "JPN"),
            (("AWB", "AWB general"), "ORG", "AUS"),
            ("Ron Paice", "PERSON", "AUS"),
            (("AWB", "the AWB makes"), "ORG", "AUS"),
            (("Food Agency", "the Food Agency's"), "ORG", "JPN"),
            (("Japan", "to Japan"), "GPE", "JPN"),
        ],
    },
    "reuters21578-4104": {
        "events": [
            # 0
            ("REQUEST", "proposed", ("Denmark", "DNK", "GOV"), US_LEAD, None,
             None, "unknown", None, "asserted", None,
             "jointly proposed deregulating fares in exchange for U.S. market access (a proposal to a party, 11a/38b; "
             "23a's 'demanded greater access'), split by proposer (EVENTS.md 12); a perfect verbal act with no time "
             "expression: undated; 'Norwegian officials said' rule-3 attribution"),
            # 1
            ("REQUEST", "proposed", (("Norway", "Denmark, Norway"), "NOR", "GOV"), US_LEAD, None,
             None, "unknown", None, "asserted", None,
             "the same proposal, Norway's record (EVENTS.md 12)"),
            # 2
            ("REQUEST", "proposed", (("Sweden", "Norway and Sweden"), "SWE", "GOV"), US_LEAD, None,
             None, "unknown", None, "asserted", None,
             "the same proposal, Sweden's record (EVENTS.md 12)"),
            # 3
            ("STATEMENT", ("said", "positive, officials said"), (("officials", "positive, officials"), "NOR", "GOV"),
             None, OSLO,
             "1987-03-12", "day", None, "asserted", None,
             "initial U.S. reaction has been positive ('officials': the Norwegian officials of the lead, EVENTS.md 4; "
             "the relayed reaction skipped); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("deregulating", "content of the proposal"),
            (("said", "Norwegian officials said"), "rule-3 attribution (the proposal is the event)"),
            (("proposal", "The proposal"), "anaphoric nominal (the proposal)"),
            ("handed", "delivery of the same proposal in a reduced relative (later mention of the REQUEST arguable)"),
            ("seen", "anonymous view (the industry)"),
            ("concession", "content of an anonymous view"),
            ("demands", "background nominal (U.S. airlines' demands; REQUEST USA BUS arguable)"),
            (("deregulate", "demands by U.S. Airlines to deregulate"), "content of the demands"),
            ("requests", "the scheme's wording (a document; part of the proposal coded on 'proposed')"),
            (("allowed", "be allowed"), "content of the scheme's request"),
            ("compete", "content of the scheme's request"),
            ("owned", "stative (ownership)"),
            (("allowed", "currently allowed"), "stative (standing landing rights)"),
            (("held", "long held"), "standing position held over time (habitual; STATEMENT or ACCUSE -> USA "
                                    "arguable)"),
            ("allowing", "content of SAS's position"),
            ("denied", "content of SAS's position"),
            ("Reaction", "relayed reaction nominal (SUPPORT USA -> the three arguable; content of the statement)"),
            ("added", "anonymous-source talk (industry sources)"),
            ("approved", "condition inside anonymous talk"),
            (("lower", "likely lower"), "hypothetical content of anonymous talk"),
        ],
        "entities": [
            ("Denmark", "GPE", "DNK"),
            ("Norway", "GPE", "NOR"),
            ("Sweden", "GPE", "SWE"),
            (("Scandinavia", "between Scandinavia"), "LOC", None),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "domestic U.S."), "GPE", "USA"),
            ("Norwegian", "NORP", "NOR"),
            ("Washington", "GPE", "USA"),
            (("U.S.", "demands by U.S."), "GPE", "USA"),
            (("Scandinavia", "fares to Scandinavia"), "LOC", None),
            ("Scandinavian Airlines System", "ORG", None),
            (("Sweden", "owned by Sweden"), "GPE", "SWE"),
            (("Denmark", "Sweden, Denmark"), "GPE", "DNK"),
            (("Norway", "Denmark and Norway"), "GPE", "NOR"),
            (("SAS", "SAS, the only"), "ORG", None),
            (("Scandinavian", "only Scandinavian"), "NORP", None),
            (("U.S.", "routes to the U.S."), "GPE", "USA"),
            (("U.S.", "four U.S."), "GPE", "USA"),
            (("U.S.", "within the U.S."), "GPE", "USA"),
            (("SAS", "SAS has long"), "ORG", None),
            (("U.S.", "allowing U.S."), "GPE", "USA"),
            (("Scandinavia", "within Scandinavia"), "LOC", None),
            (("SAS", "denied to SAS"), "ORG", None),
            ("United States", "GPE", "USA"),
            (("U.S.", "Initial U.S."), "GPE", "USA"),
            (("Scandinavia", "dramatically between Scandinavia"), "LOC", None),
            (("U.S.", "dramatically between Scandinavia and the U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-18281": {
        "events": [
            # 0
            ("AID", "amended", ("The Commodity Credit Corporation", "USA", "GOV"), ("Haiti", "HTI", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "one mln dlrs of credit guarantees added to Haiti's line for U.S. wood product sales (credit "
             "guarantees, 32a/40b); present perfect with no time expression: undated (rule 17); the department's "
             "'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "the department said"), (("the department", "12.0 mln dlrs"), "USA", "GOV"), None,
             WAS,
             "1987-06-02", "day", None, "asserted", None,
             "programme totals after the action (32a); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", "noted", (("it", "1987, it"), "USA", "GOV"), None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "programme conditions (sales registered and exports completed by Sept 30, 32a/40b); DCT"),
        ],
        "skip": [
            (("add", "to add"), "content of the amendment (coded on 'amended')"),
            (("said", "Agriculture Department said"), "rule-3 attribution (the credit guarantees are the event)"),
            ("increases", "content of the statement (programme totals)"),
            ("authorized", "background (guarantees authorized this fiscal year; content of the statement)"),
            ("registered", "content of the statement (programme conditions)"),
            ("completed", "content of the statement (programme conditions)"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            (("CCC", "(CCC"), "ORG", "USA"),
            (("Haiti", "line to Haiti"), "GPE", "HTI"),
            (("U.S.", "U.S. wood"), "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Haiti", "products to Haiti"), "GPE", "HTI"),
            (("Haiti", "authorized to Haiti"), "GPE", "HTI"),
        ],
    },
    "reuters21578-3103": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Barclays Bank Plc", "GBR", "BUS"), None, LON,
             "1987-03-09", "day", None, "asserted", None,
             "Barclays and Midland are cutting their base lending rates (a bank's own pricing: no type, 45b/46a); "
             "same-country compound: one record (EVENTS.md 12); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("cutting", "the banks' own rate cuts (pricing, no type)"),
            (("cuts", "The cuts"), "anaphoric nominal (the rate cuts)"),
            ("follow", "pricing (following another bank's rate cut)"),
            (("move", "similar move"), "another bank's rate cut (pricing)"),
            ("take effect", "pricing (the rate changes' effective date)"),
            ("reductions", "anaphoric nominal (the rate cuts)"),
            (("cut", "Bank of England cut"), "monetary operation (dealing rate cut, EVENTS.md 10)"),
            ("signal", "monetary operation (content)"),
            ("resist", "content of the monetary signal"),
            (("said", "market sources said"), "anonymous-source talk (market sources)"),
            ("holding out", "monetary policy stance of the central bank"),
            ("Budget", "background nominal (domestic budget, planned)"),
            ("remained", "market movement"),
        ],
        "entities": [
            ("Barclays Bank Plc", "ORG", "GBR"),
            ("Midland Bank Plc", "ORG", "GBR"),
            ("National Westminster Bank Plc", "ORG", "GBR"),
            ("Bank of England", "ORG", "GBR"),
        ],
    },
    "reuters21578-12465": {
        "events": [],
        "skip": [
            ("expected", "anonymous forecast (trade sources)"),
            (("said", "trade sources said"), "anonymous-source talk (West German trade sources)"),
            ("grip", "content of anonymous talk"),
            (("said", "one trader said"), "anonymous-source talk (a trader)"),
            ("believes", "anonymous-source talk (the trade)"),
            ("tackle", "content of anonymous talk (negated forecast)"),
            ("re-introduction", "content of anonymous talk"),
            (("meeting", "September meeting"), "internal meeting of a single body (content of anonymous talk)"),
            (("see", "will not see"), "content of anonymous talk (market movement)"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("West German", "NORP", "DEU"),
            (("Brazil", "frost in Brazil"), "GPE", "BRA"),
            ("International Coffee Organization", "ORG", None),
            (("ICO", "(ICO"), "ORG", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
