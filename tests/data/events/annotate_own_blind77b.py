"""Build ``own_blind77b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind77b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1964 left); 24 drawn with random.Random(77101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
47 event records (41 first mentions, 6 later mentions), 108 not_annotated spans, 129 entity mentions
(ORG 41, GPE 39, PERSON 26, NORP 21, LOC 2); no article without events; 11010 (Electrolux unit's
Asheville center) and 7712 (Melamed on Japanese futures) have reporting-clause STATEMENTs only.
Types: STATEMENT 29, THREATEN 8, REQUEST 3, ASSAULT 3, ACCUSE 2, COOPERATE 1, CONSULT 1; modality: asserted
45, negated 2; precision: day 36, unknown 7, month 4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed: "he"
inside "further"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Federal Reserve Board Vice Chairman Manuel Johnson": ORG +
PERSON; "U.S. Trade representative Clayton Yeutter": GPE "U.S." + PERSON, the lower-case "representative"
a title; "President Ali Khamenei", "Prime Minister Mir-Hossein Mousavi": PERSON only); company names are
tagged with their legal form and without angle brackets, tickers ("<NSTC.T>") are not entities; the
possessive 's is left out ("Iran's", "Japan's", "Sweden's", "U.S.'s", "Chicago Mercantile Exchange's",
"CME's"); a government body with its place name is one ORG span ("North Carolina Department of Commerce"),
"The U.S. Government" gives only GPE "U.S." (earlier sets), "the state's Fair Trade Commission" gives the
ORG "Fair Trade Commission"; "Shipbuilders Association of Japan", "Bank of Tokyo", "Tokyo Stock Exchange"
and "Tehran Radio" are single ORG spans (no nested GPE, as "Bank of Japan", "Radio Moscow"); the
parenthetical "(EC)" is its own mention (76b); "Paris" in "the Paris agreement" is a GPE (35a/76b; the
accord is not an entity); "American" in "American-flagged" is NORP (as "Kuwaiti-connected"); "Osaka" in
"the Osaka exchange" and "Tehran" in "The Tehran leadership" are GPE mentions (lower-case bodies are not
entity spans); the Nikkei stock average index future (an index, as the Dow Jones industrial average),
the product lines Frigidaire, Tappan, Kelvinator, Gibson, Vesta and White-Westinghouse (brands), the
tanker Sea Isle City (a ship name), currencies and lower-case groups ("western nations", "a women's
group", "several local newspapers") are not entities.
Countries: Oil World ORG DEU (the Hamburg newsletter; dateline HAMBURG, as 65a's PIW placed by its
dateline), "Soviet" NORP SUN, the Soviet Union GPE SUN, European Community / EC ORG null, South America
LOC null, Argentina ARG, Brazil BRA, "West European" NORP null (a region), "Polish" NORP POL, "U.S." GPE
USA; Congress, the House of Representatives and the Senate ORG USA, Willy de Clercq PERSON null (an EC
office holder, earlier sets), Japan GPE JPN, Canada GPE CAN, Clayton Yeutter and Ronald Reagan PERSON
USA; the North Carolina Department of Commerce ORG USA, Asheville and "N.C." GPE USA, Electrolux AB ORG
SWE, Sweden GPE SWE, White Consolidated Industries ORG USA (the Swedish group's U.S. subsidiary, locating a
"national" U.S. center; SWE arguable); the Federal Reserve Board / "Fed" ORG USA, Manuel Johnson / "Johnson"
PERSON USA, Paris GPE FRA; Iran and Tehran GPE IRN, "Iranian" NORP IRN, Ali Akbar Hashemi Rafsanjani /
"Rafsanjani", Ali Khamenei and Mir-Hossein Mousavi PERSON IRN, Parliament and Tehran Radio ORG IRN (state
radio, as Radio Moscow), Gulf LOC null, "American" NORP USA, "Kuwaiti" NORP KWT; "Japanese" NORP JPN, the
Fair Trade Commission, the Shipbuilders Association of Japan and the Transport Ministry ORG JPN; Nippon
Steel Corp / "Nippon Steel" ORG JPN, Inland Steel Co / "Inland" ORG USA ("of the U.S."), Indiana GPE USA;
Leo Melamed / "Melamed" and Richard Heckinger / "Heckinger" PERSON USA, the Chicago Mercantile Exchange /
CME, Dellsher Investment Co Inc, the Futures Industry Association and the Commodity Futures Trading
Commission ORG USA, Chicago GPE USA, the Tokyo Stock Exchange, the Ministry of Finance and the Bank of
Tokyo ORG JPN, the Singapore International Monetary Exchange ORG SGP, Tokyo and Osaka GPE JPN, Takeo
Arakawa / "Arakawa" PERSON JPN (formerly of the Ministry of Finance).

Judgement calls made here:
* 1215 (Oil World on Soviet soymeal imports, DCT Tue 1987-03-03, HAMBURG): the Oil World newsletter is an
  identifiable ORG speaker (a trade newsletter, 65a's PIW; Hamburg-based: DEU); its forecasts and causal
  assessments ("the Oil World newsletter said", "Oil World said it was likely ...", "it said" twice, "Oil
  World said substantial losses ...") are five STATEMENTs, DCT, HAMBURG; the Soviet imports and shipments
  they forecast have no named counterpart (content). "No figures were given for imports in the
  corresponding periods of 1986" is a withheld STATEMENT (negated, EVENTS.md 5; Oil World implied, as
  own_blind2's "No further details were available"), DCT. "It noted that an additional one mln tonnes of
  U.S. Corn had been bought recently by the Soviet Union" is COOPERATE SUN GOV -> the implied U.S. sellers
  (USA BUS; 20b's Soviet purchase of U.S. corn, 41b's US_SELLERS), undated ("recently" has no value),
  "noted" rule-3 attribution. "the recent purchases of ... West European and Polish rapeseed" (buyer not
  named; COOPERATE SUN -> West Europe / POL arguable) and "the recent pick-up in Soviet purchases of U.S.
  Corn" (asserted in the next sentence) are background nominals; frost losses have no actor.
* 17279 (Kashikojima trade meeting, DCT Mon 1987-04-27, KASHIJIMA): "The U.S. warned its major trade
  partners that its trade deficit must fall by September or a protectionist trade bill from Congress would
  be highly likely" is THREATEN USA GOV -> the partners (a group: null), a warning with consequences (47a's
  Lyng "might spark a U.S. protectionist response"; STATEMENT arguable, the bill being Congress's rather
  than the speaker's). It is the lead of Yeutter's words, relayed "according to a series of briefings to
  reporters by official delegates at the weekend meeting": "The U.S. economy badly needed better trade
  figures by then, or President Ronald Reagan would have a difficult time vetoing such a bill, he said" is
  its later mention (actor2 the implied partners, null). These, Yeutter's "told trade leaders from Japan,
  the EC and Canada that there was at least a 50-50 chance that a protectionist bill ... would pass the
  Senate in September" (a forecast: STATEMENT, the audience not actor2, EVENTS.md 6; THREATEN arguable as
  part of the warning) and "A 15 billion dlr U.S. Trade deficit in March had only incensed Congress
  further, he said" (STATEMENT) are all placed in the weekend meeting (25-26 April, Sat-Sun before the
  Monday DCT): 1987-04 at month precision (a weekend kept at its month, EVENTS.md 21, 17a/42a), date_text
  "the weekend"; the lead takes its later mention's time expression (29b; DCT arguable for all four).
  "Meanwhile, European Community (EC) external trade chief Willy de Clercq said that if Japan's trade
  surplus ... continued so high, there would be stormy weather ahead" is THREATEN null IGO -> JPN (a
  conditional warning aimed at Japan by the EC's trade chief; the title "EC ATTACKS JAPAN"; STATEMENT
  arguable under 18b's forecast call, ACCUSE arguable), DCT ("Meanwhile" has no value, 29b), KASHIJIMA. The
  delegates' briefings are anonymous (skipped with their "according to"); "the weekend meeting" is the
  venue of the briefings (a background nominal; CONSULT among the USA, JPN, the EC and CAN 1987-04
  arguable); the bill's passage, the veto and Congress's being incensed are content.
* 11010 (Electrolux unit's Asheville center, DCT Mon 1987-03-30, ASHEVILLE): "said Electrolux AB of
  Sweden's White Consolidated Industries subsidiary will locate a new ... distribution center at
  Asheville" is a company's own investment plan with no counterpart (no type, content, as 72a's airline
  expansion; COOPERATE arguable), so the North Carolina Department of Commerce's three reporting clauses
  ("said", "It said", "The department said") are STATEMENTs (USA GOV, a state department), DCT, ASHEVILLE;
  the center's product lines and the construction timetable are content. The splitter keeps "N.C. It
  said ..." in the first sentence (initials).
* 7312 (Fed's Johnson urges allied growth, DCT Thu 1987-03-19, WASHINGTON): "Manuel Johnson said that the
  U.S.'s main industrial partners should expand their domestic growth" is REQUEST USA GOV -> the partners
  (a group of countries: null), identifiable actors told to act (EVENTS.md 2, events_dev's Sprinkel), DCT,
  WASHINGTON (the speech was "here"); the quote '"There is room for stronger domestic growth in those
  countries ..."' restates it (later mention, EVENTS.md 3). "Johnson also said there was a better
  alignment ... and the Paris agreement ... has brought western nations a long way", '"The Fed supports
  this pattern of exchange rates ..."' (support for a policy, not an actor: STATEMENT, EVENTS.md 6), "the
  Paris agreement achieved a better alignment ... in exchange for stimulus by the major surplus countries"
  and "He said this was 'a major improvement ...'" (praise of an accord, not an actor) are STATEMENTs; "and
  added U.S. allies look very strongly to a U.S. budget deficit cut" is a second reporting clause
  (EVENTS.md 3), a STATEMENT (the allies' expectation relayed; REQUEST -> USA arguable), continued by the
  verbless quote on the risk of a breakdown in cooperation (skipped). The Paris agreement is a bare
  background nominal with no date here (24b; AGREE arguable); the stimulus is the accord's content.
* 20333 (Rafsanjani vows revenge, DCT Tue 1987-10-20, NICOSIA): "Rafsanjani on Tuesday called the U.S.
  Attacks on two of its Gulf oil platforms an escalation and promised retaliation" gives ACCUSE and
  THREATEN IRN GOV -> USA, both 1987-10-20 ("on Tuesday" = the DCT, governing both conjuncts), located in
  Parliament (the speech of the next sentence); the quote '"God willing, we will carry out our duty in the
  coming days and make them sorry," said Rafsanjani in a speech to Parliament later broadcast by Tehran
  Radio' and '"It is not a threat ... when we say we will respond to aggression ..."' restate the promised
  retaliation (two later mentions, the first mention's date; the radio broadcast is the relayed channel,
  skipped: a STATEMENT by Tehran Radio arguable). "He added that the American attack 'squares neither with
  its superpower image ...'" is ACCUSE IRN -> USA (criticism), DCT, NICOSIA. "The Tehran leadership have
  been quick to threaten vengeance after the U.S. Raids" is THREATEN IRN GOV -> USA, undated (a perfect
  verbal act with no time expression, sets 15/16), and "President Ali Khamenei, Prime Minister Mir-Hossein
  Mousavi and now Rafsanjani within 24 hours of the U.S. Action have all vowed retaliation" its later
  mention (a same-country compound: one record, EVENTS.md 12; "within 24 hours of" gives no value). The
  U.S. attack nominals ("Attacks", "Raids", "Action", "the American attack", "the attack") are presupposed
  or anaphoric (skipped, as 25a), since the attack is asserted in "U.S. Warships shelled an Iranian
  offshore oil platform and American special forces boarded another, destroying equipment": two ASSAULT
  records USA MIL -> IRN (two clauses, two targets, 19a/25a; the platforms GOV as 19a/68a, kind not
  scored), undated (no time expression anywhere for the raid; rule 17, 38b/70b), located in the Gulf
  ("its Gulf oil platforms"); "destroying" and the agentless "destroyed" are the raid's result. "The U.S.
  Government said the attack was a measured response to an Iranian missile attack ..." is a STATEMENT USA
  GOV (justification, 70a's "Washington has said the attack was in response to"; ACCUSE -> IRN arguable),
  DCT, NICOSIA; "an Iranian missile attack on the American-flagged Kuwaiti tanker Sea Isle City in Kuwaiti
  waters last Friday" is ASSAULT IRN MIL -> KWT BUS (a nominal with its own agent and date, EVENTS.md 11,
  68a/70b; the tanker's nationality word KWT as 70b, USA for the flag arguable), 1987-10-16 ("last Friday"
  from Tue 20 October), located in Kuwaiti waters.
* 4640 (Japanese shipbuilders seek a cartel, DCT Fri 1987-03-13, TOKYO): "Japanese shipbuilders have
  applied to the state's Fair Trade Commission to form a cartel to restrict tonnage ..., officials of the
  Shipbuilders Association of Japan said" is REQUEST JPN BUS -> the Fair Trade Commission (JPN GOV; an
  application to the authorities, 72a's "applied"), undated (present perfect, rule 17), "said" rule-3
  attribution (identifiable officials of a named association); the cartel, the plan's curtailment and the
  industry's yearly output curbs are domestic industry restraint (no type). "The Transport Ministry
  estimates new orders at 3.3 mln CGRT ..." is a STATEMENT JPN GOV (a forecast by a named body, 55a's
  "projecting"; present tense: DCT), TOKYO. "The latest guidelines call for a ceiling" is a document's
  content (skipped; REQUEST JPN GOV -> industry arguable); the slowdown and its causes have no actor.
* 3469 (Nippon Steel / Inland joint venture, DCT Wed 1987-03-11, TOKYO): "Nippon Steel Corp and Inland
  Steel Co of the U.S. Are negotiating to set up a joint steel venture in Indiana, a Nippon Steel
  spokesman said" is CONSULT JPN BUS -> USA BUS (negotiations between named companies), undated (ongoing
  talks with no time expression, 14a/24a's "negotiating"), "said" rule-3 attribution; "declining to give
  more details" is a withheld STATEMENT (negated, EVENTS.md 5; trigger on the withheld verb, 41a/43b), the
  spokesman JPN BUS, DCT, TOKYO. "Several local newspapers reported ..." is unnamed press (anonymous,
  12a's "press talk (unnamed local press)"); the venture's capital, ownership and output are its content.
* 7712 (Melamed sees Tokyo liberalizing, DCT Fri 1987-03-20, BOCA RATON): Melamed and Heckinger are
  officials of the CME (an exchange: USA ORG). "Japan will liberalize rules ... within the next two years,
  Leo Melamed ... said" is an outsider's forecast of another actor's act (a STATEMENT; the liberalization
  content, RETREAT JPN planned arguable, as 64a's forecast content), and "Melamed ... told a press
  conference yesterday at the Futures Industry Association convention that ... the Japanese government is
  'going to lift the curtain ...'" restates it (later mention, EVENTS.md 3), 1987-03-19 ("yesterday");
  the lead takes that date (29b's first mention dated by its later mention; DCT arguable). Heckinger's
  "according to" (a named speaker, 29b/46b: wire style) and "he said" on Japan's standing restrictions,
  Melamed's "predicted" (the Nikkei index future would do better), the quote '"We will not do as well ..."',
  "Melamed and Heckinger said they had no firm evidence ... but sensed ... a readiness to change" (a
  same-country pair: one record; "sensed" inside the same clause; the Japanese "inquiries and visits"
  background nominals, CONSULT JPN -> USA arguable), "Melamed said he hoped Arakawa would help the CME"
  and "Next month the Osaka exchange is set to begin trading ..., Heckinger said" (another exchange's own
  plan, no type) are STATEMENTs, DCT, BOCA RATON. '"We are not going to let them (the Japanese) do what
  they did to the American automobile industry. We want to be partners with them," Melamed said' is a
  STATEMENT (a stance with no act or consequence named; THREATEN or SUPPORT arguable); its "said" falls in
  the quote's second sentence. "CME is waiting for approval from the Commodity Futures Trading Commission"
  presupposes a pending application (skipped; REQUEST USA ORG -> USA GOV undated arguable); the CME's
  Tokyo office (its own business plan) and Arakawa as its managing director (an appointment) are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind77b.jsonl"

HAM = ("HAMBURG", "DEU")
KAS = ("KASHIJIMA", "JPN")
ASH = ("ASHEVILLE", "USA")
WAS = ("WASHINGTON", "USA")
NIC = ("NICOSIA", "CYP")
TOK = ("TOKYO", "JPN")
BOC = ("BOCA RATON", "USA")
PARL = ("Parliament", "IRN")
GULF = ("Gulf", None)

DEU_ORG = "DEU", "ORG"
SUN_GOV = "SUN", "GOV"
USA_GOV = "USA", "GOV"
USA_MIL = "USA", "MIL"
USA_ORG = "USA", "ORG"
USA_BUS = "USA", "BUS"
IRN_GOV = "IRN", "GOV"
JPN_GOV = "JPN", "GOV"
JPN_BUS = "JPN", "BUS"
PARTNERS = (None, None, "IGO")
US_SELLERS = (None, "USA", "BUS")
RAFSANJANI = ("Iran's top war spokesman Ali Akbar Hashemi Rafsanjani",) + IRN_GOV
YEUTTER_WEEKEND = ("1987-04", "month", "the weekend")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1215": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "newsletter"),
                ("the Oil World newsletter",) + DEU_ORG,
                None,
                HAM,
                "1987-03-03",
                "day",
                None,
                "asserted",
                None,
                "forecast: Soviet soymeal imports may reach one mln tonnes in January-September (a trade newsletter: "
                "identifiable ORG speaker, as 65a's PIW; Hamburg-based: DEU); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Oil World said it was"),
                (("Oil World", "Oil World said it was"),) + DEU_ORG,
                None,
                HAM,
                "1987-03-03",
                "day",
                None,
                "asserted",
                None,
                "the Soviet Union likely to cut soybean imports and raise meal imports (forecast; imports with no "
                "counterpart: content); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "and Brazil, it"),
                (("it", "and Brazil, it"),) + DEU_ORG,
                None,
                HAM,
                "1987-03-03",
                "day",
                None,
                "asserted",
                None,
                "soymeal shipments from the EC and South America, large imports from Argentina and Brazil likely "
                "(forecast: statistics, no acting party); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("given", "No figures were"),
                (None,) + DEU_ORG,
                None,
                HAM,
                "1987-03-03",
                "day",
                None,
                "negated",
                None,
                "'No figures were given for imports in the corresponding periods of 1986': withheld statement "
                "(EVENTS.md 5; Oil World implied, own_blind2's 'No further details were available'); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "March onward, it"),
                (("it", "March onward, it"),) + DEU_ORG,
                None,
                HAM,
                "1987-03-03",
                "day",
                None,
                "asserted",
                None,
                "the change makes sense given recent rapeseed purchases and expected butter imports (assessment); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Oil World said substantial"),
                (("Oil World", "Oil World said substantial"),) + DEU_ORG,
                None,
                HAM,
                "1987-03-03",
                "day",
                None,
                "asserted",
                None,
                "frost losses of Soviet winter grain area probably behind the pick-up in Soviet purchases of U.S. corn "
                "(causal assessment); DCT",
            ),
            # 6
            (
                "COOPERATE",
                ("bought", "had been"),
                (("the Soviet Union", "bought recently"),) + SUN_GOV,
                US_SELLERS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "an additional one mln tonnes of U.S. corn bought recently by the Soviet Union (a purchase between "
                "identified parties, sellers implied by the origin: 20b's Soviet purchase of U.S. corn, 41b); "
                "'recently' has no value: undated; 'noted' rule-3 attribution",
            ),
        ],
        "skip": [
            ("reach", "content of the forecast"),
            ("exceed", "content of the forecast"),
            ("reduce", "content of the forecast"),
            ("step up", "content of the forecast"),
            ("shipped", "content of the forecast (agentless shipments)"),
            (("imported", "likely to be"), "content of the forecast"),
            (("change", "The change"), "anaphoric nominal (the forecast switch to meal)"),
            (
                ("purchases", "recent purchases"),
                "background nominal (rapeseed purchases, buyer not named; COOPERATE SUN -> West Europe/POL arguable)",
            ),
            (("imports", "butter"), "background nominal (expected butter imports, content)"),
            (("expected", "that were"), "content of the statement"),
            ("losses", "weather damage (no actor)"),
            (
                ("purchases", "Soviet purchases"),
                "background nominal (the pick-up in Soviet corn purchases; the purchase is coded on 'bought')",
            ),
            ("noted", "rule-3 attribution (the purchase is the event)"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Oil World", "ORG", "DEU"),
            (("Oil World", "Oil World said it was"), "ORG", "DEU"),
            (("Soviet Union", "likely the"), "GPE", "SUN"),
            ("European Community", "ORG", None),
            ("South America", "LOC", None),
            ("Argentina", "GPE", "ARG"),
            ("Brazil", "GPE", "BRA"),
            ("West European", "NORP", None),
            ("Polish", "NORP", "POL"),
            (("Oil World", "Oil World said substantial"), "ORG", "DEU"),
            (("Soviet", "losses of"), "NORP", "SUN"),
            (("Soviet", "pick-up in"), "NORP", "SUN"),
            (("U.S.", "purchases of"), "GPE", "USA"),
            (("U.S.", "additional one mln"), "GPE", "USA"),
            (("Soviet Union", "bought recently"), "GPE", "SUN"),
        ],
    },
    "reuters21578-17279": {
        "events": [
            # 0
            (
                "THREATEN",
                "warned",
                ("The U.S.",) + USA_GOV,
                ("its major trade partners", None, "IGO"),
                KAS,
                *YEUTTER_WEEKEND,
                "asserted",
                None,
                "the trade deficit must fall by September or a protectionist bill from Congress is highly likely: a "
                "warning with consequences (47a's Lyng 'might spark a protectionist response'; STATEMENT arguable, "
                "the bill being Congress's); partners a group: null; the lead of Yeutter's words relayed from the "
                "weekend meeting (S4): dated by that later mention's 'the weekend meeting' (25-26 April, kept at its "
                "month, EVENTS.md 21; 29b's first mention taking the later mention's time expression; DCT arguable)",
            ),
            # 1
            (
                "THREATEN",
                ("said", "Willy de Clercq"),
                ("European Community (EC) external trade chief Willy de Clercq", None, "IGO"),
                (("Japan", "if Japan's"), "JPN", "GOV"),
                KAS,
                "1987-04-27",
                "day",
                None,
                "asserted",
                None,
                "if Japan's surplus stays so high there would be stormy weather ahead: a conditional warning aimed at "
                "Japan by the EC's trade chief (title 'EC ATTACKS JAPAN'; STATEMENT arguable under 18b's forecast "
                "call, ACCUSE arguable); 'Meanwhile' has no value (29b): DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                "told",
                ("U.S. Trade representative Clayton Yeutter",) + USA_GOV,
                None,
                KAS,
                *YEUTTER_WEEKEND,
                "asserted",
                None,
                "told the Japanese, EC and Canadian trade leaders there was a 50-50 chance the House bill would pass "
                "the Senate in September (a forecast; part of the warning, THREATEN arguable); the audience is not "
                "actor2 (EVENTS.md 6); placed in the weekend meeting where the leaders were told (rule 3, S4)",
            ),
            # 3
            (
                "THREATEN",
                ("said", "vetoing such a bill, he"),
                (("he", "bill, he"),) + USA_GOV,
                PARTNERS,
                KAS,
                *YEUTTER_WEEKEND,
                "asserted",
                0,
                "later mention of the lead's warning: the economy needed better trade figures by then or Reagan would "
                "find a veto hard; relayed by delegates' briefings at the weekend meeting ('the weekend', month)",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "incensed Congress further, he"),
                (("he", ", he said."),) + USA_GOV,
                None,
                KAS,
                *YEUTTER_WEEKEND,
                "asserted",
                None,
                "the March trade deficit had further incensed Congress (assessment); same relayed briefing, placed in "
                "the weekend meeting",
            ),
        ],
        "skip": [
            (("fall", "must"), "content of the warning"),
            (("likely", "highly"), "content of the warning (Congress's bill, hypothetical)"),
            (("continued", "last year,"), "content of the warning"),
            (("hit", "which"), "statistics (Japan's surplus)"),
            ("reaching", "content of the forecast (the bill's progress)"),
            ("pass", "content of the forecast (Senate passage)"),
            ("needed", "content of the warning"),
            ("vetoing", "content of the warning (hypothetical veto)"),
            ("according to", "attribution to anonymous delegates' briefings (the relayed source)"),
            ("briefings", "anonymous-source talk (official delegates not named)"),
            (
                ("meeting", "weekend"),
                "background nominal: the venue of the briefings (CONSULT among USA, JPN, EC and CAN 1987-04 arguable)",
            ),
            ("incensed", "content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Congress", "ORG", "USA"),
            ("European Community", "ORG", None),
            (("EC", "(EC)"), "ORG", None),
            ("Willy de Clercq", "PERSON", None),
            (("Japan", "if Japan's"), "GPE", "JPN"),
            (("U.S.", "U.S. Trade representative"), "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("Japan", "leaders from Japan"), "GPE", "JPN"),
            (("EC", "Japan, the EC"), "ORG", None),
            ("Canada", "GPE", "CAN"),
            ("House of Representatives", "ORG", "USA"),
            ("Senate", "ORG", "USA"),
            (("U.S.", "The U.S. economy"), "GPE", "USA"),
            ("Ronald Reagan", "PERSON", "USA"),
            (("U.S.", "dlr U.S."), "GPE", "USA"),
            (("Congress", "incensed Congress"), "ORG", "USA"),
        ],
    },
    "reuters21578-11010": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The North Carolina Department of Commerce",) + USA_GOV,
                None,
                ASH,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "Electrolux's White Consolidated Industries unit will locate a parts distribution center at Asheville "
                "(a company's own investment plan, no counterpart: no type, content, as 72a's airline expansion; "
                "COOPERATE arguable); a state department: USA GOV; wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "It said"),
                (("It", "It said"),) + USA_GOV,
                None,
                ASH,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "the center will handle parts for six product lines; DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "The department said"),
                ("The department",) + USA_GOV,
                None,
                ASH,
                "1987-03-30",
                "day",
                None,
                "asserted",
                None,
                "construction will start immediately and finish in late 1987 (content, no type); DCT",
            ),
        ],
        "skip": [
            ("locate", "content of the statement (own investment plan, no counterpart; COOPERATE arguable)"),
            ("handle", "content of the statement"),
            ("has a separate", "stative (existing centers)"),
            ("construction", "content of the statement"),
            (("start", "construction will"), "content of the statement"),
            ("finished", "content of the statement"),
        ],
        "entities": [
            ("North Carolina Department of Commerce", "ORG", "USA"),
            ("Electrolux AB", "ORG", "SWE"),
            ("Sweden", "GPE", "SWE"),
            ("White Consolidated Industries", "ORG", "USA"),
            ("Asheville", "GPE", "USA"),
            ("N.C.", "GPE", "USA"),
        ],
    },
    "reuters21578-7312": {
        "events": [
            # 0
            (
                "REQUEST",
                "said",
                ("Federal Reserve Board Vice Chairman Manuel Johnson",) + USA_GOV,
                ("the U.S.'s main industrial partners", None, "IGO"),
                WAS,
                "1987-03-19",
                "day",
                None,
                "asserted",
                None,
                "the U.S.'s main industrial partners should expand their domestic growth: identifiable actors told to "
                "act (EVENTS.md 2, events_dev's Sprinkel); a group of countries: null; wire style: DCT, dateline city "
                "(the speech was 'here')",
            ),
            # 1
            (
                "REQUEST",
                ("said", 'Johnson said, "There'),
                (("Johnson", 'Johnson said, "There'),) + USA_GOV,
                ("those countries", None, "IGO"),
                WAS,
                "1987-03-19",
                "day",
                None,
                "asserted",
                0,
                "quoted restatement of the lead ('room for stronger domestic growth in those countries'): later "
                "mention (EVENTS.md 3); in a speech 'here' (Washington)",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "Johnson also said"),
                (("Johnson", "Johnson also said"),) + USA_GOV,
                None,
                WAS,
                "1987-03-19",
                "day",
                None,
                "asserted",
                None,
                "better alignment of exchange rates, the Paris agreement has brought western nations a long way "
                "(assessment); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", 'Johnson said, "The Fed'),
                (("Johnson", 'Johnson said, "The Fed'),) + USA_GOV,
                None,
                WAS,
                "1987-03-19",
                "day",
                None,
                "asserted",
                None,
                "'The Fed supports this pattern of exchange rates': support for a policy, not an actor (EVENTS.md 6); "
                "DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Johnson said the Paris"),
                (("Johnson", "Johnson said the Paris"),) + USA_GOV,
                None,
                WAS,
                "1987-03-19",
                "day",
                None,
                "asserted",
                None,
                "the Paris agreement achieved better alignment in exchange for stimulus by surplus countries "
                "(description of a background accord); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "He said this"),
                (("He", "He said this"),) + USA_GOV,
                None,
                WAS,
                "1987-03-19",
                "day",
                None,
                "asserted",
                None,
                "the agreement is 'a major improvement and a step in the right direction' (praise of an accord, not an "
                "actor: EVENTS.md 6); DCT",
            ),
            # 6
            (
                "STATEMENT",
                "added",
                (("He", "He said this"),) + USA_GOV,
                None,
                WAS,
                "1987-03-19",
                "day",
                None,
                "asserted",
                None,
                "U.S. allies look strongly to a U.S. budget deficit cut (second reporting clause, EVENTS.md 3; the "
                "allies' expectation relayed, REQUEST -> USA arguable); the next quote, with no reporting verb, "
                "continues it (not a separate record); DCT",
            ),
        ],
        "skip": [
            ("expand", "content of the request"),
            ("speech", "occasion of the reporting clause"),
            ("absorb", "content of the quote"),
            (
                ("Paris agreement", "the Paris agreement to"),
                "background nominal (the February accord, no date here; AGREE arguable)",
            ),
            ("stabilize", "content (the accord's aim)"),
            ("brought", "content of the statement"),
            ("establishing", "content of the statement"),
            ("supports", "content of the quote (support for a policy, not an actor: EVENTS.md 6)"),
            ("leads", "content of the quote"),
            (("achieved", "can be"), "content of the quote"),
            (("Paris agreement", "Johnson said the Paris"), "anaphoric nominal (the accord)"),
            (("achieved", "agreement achieved"), "content of the statement"),
            ("stimulus", "content of the statement (the surplus countries' side of the accord; AGREE arguable)"),
            ("look very strongly", "content of the statement (the allies' expectation)"),
            (("cut", "U.S. budget deficit"), "content of the statement"),
            ("breakdown", "continuation of the quote with no reporting verb (hypothetical content)"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Manuel Johnson", "PERSON", "USA"),
            (("U.S.", "that the U.S.'s"), "GPE", "USA"),
            (("Johnson", 'Johnson said, "There'), "PERSON", "USA"),
            (("U.S.", "U.S. export"), "GPE", "USA"),
            (("Johnson", "Johnson also said"), "PERSON", "USA"),
            (("Paris", "the Paris agreement to"), "GPE", "FRA"),
            (("Johnson", 'Johnson said, "The Fed'), "PERSON", "USA"),
            (("Fed", "The Fed supports"), "ORG", "USA"),
            (("Johnson", "Johnson said the Paris"), "PERSON", "USA"),
            (("Paris", "Johnson said the Paris"), "GPE", "FRA"),
            (("U.S.", "added U.S. allies"), "GPE", "USA"),
            (("U.S.", "to a U.S. budget"), "GPE", "USA"),
        ],
    },
    "reuters21578-20333": {
        "events": [
            # 0
            (
                "ACCUSE",
                "called",
                RAFSANJANI,
                (("U.S.", "called the"),) + USA_GOV,
                PARL,
                "1987-10-20",
                "day",
                "on Tuesday",
                "asserted",
                None,
                "called the U.S. attacks on two Iranian Gulf platforms an escalation (condemnation); 'on Tuesday' = "
                "the DCT (Tue 1987-10-20); in his speech to Parliament (next sentence)",
            ),
            # 1
            (
                "THREATEN",
                "promised",
                RAFSANJANI,
                (("U.S.", "called the"),) + USA_GOV,
                PARL,
                "1987-10-20",
                "day",
                "on Tuesday",
                "asserted",
                None,
                "promised retaliation (a threat, not a promise to the target: THREATEN, as 25a's Mousavi); 'on "
                "Tuesday' governs both conjuncts",
            ),
            # 2
            (
                "THREATEN",
                ("said", "said Rafsanjani"),
                (("Rafsanjani", "said Rafsanjani"),) + IRN_GOV,
                (("them", "make them"),) + USA_GOV,
                PARL,
                "1987-10-20",
                "day",
                "on Tuesday",
                "asserted",
                1,
                "quote 'we will carry out our duty in the coming days and make them sorry': restatement of the "
                "promised retaliation (later mention, EVENTS.md 3); in the speech to Parliament, first mention's date; "
                "the radio broadcast is the relayed channel (skipped)",
            ),
            # 3
            (
                "THREATEN",
                "threaten",
                ("The Tehran leadership",) + IRN_GOV,
                (("U.S.", "after the U.S. Raids"),) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the Tehran leadership have been quick to threaten vengeance after the U.S. raids (a perfect verbal "
                "act with no time expression: undated, sets 15/16)",
            ),
            # 4
            (
                "THREATEN",
                "vowed",
                ("President Ali Khamenei, Prime Minister Mir-Hossein Mousavi and now Rafsanjani",) + IRN_GOV,
                (("U.S.", "of the U.S. Action"),) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                3,
                "later mention of the leadership's threats: Khamenei, Mousavi and Rafsanjani have all vowed "
                "retaliation (a same-country compound: one record, EVENTS.md 12); 'within 24 hours of the U.S. "
                "Action' gives no value: undated",
            ),
            # 5
            (
                "THREATEN",
                ("said", "parliamentary speaker, said"),
                (("Rafsanjani", "Rafsanjani, the parliamentary"),) + IRN_GOV,
                (None,) + USA_GOV,
                PARL,
                "1987-10-20",
                "day",
                "on Tuesday",
                "asserted",
                1,
                "quote 'we will respond to aggression ... it is a reality': restates the promised retaliation (later "
                "mention; 'It is not a threat' is its wording); first mention's date (= DCT)",
            ),
            # 6
            (
                "ACCUSE",
                ("added", "He added"),
                (("He", "He added"),) + IRN_GOV,
                (("American", "the American attack"),) + USA_GOV,
                NIC,
                "1987-10-20",
                "day",
                None,
                "asserted",
                None,
                "the American attack squares neither with its superpower image nor with reason (criticism); wire "
                "style: DCT, dateline city",
            ),
            # 7
            (
                "ASSAULT",
                "shelled",
                ("U.S. Warships",) + USA_MIL,
                ("an Iranian offshore oil platform",) + IRN_GOV,
                GULF,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "U.S. warships shelled an Iranian offshore platform (use of force); no time expression in the text "
                "(the attack is only 'within 24 hours' of the speeches): undated (rule 17, 38b/70b); the platforms are "
                "'its Gulf oil platforms' (S1)",
            ),
            # 8
            (
                "ASSAULT",
                "boarded",
                ("American special forces",) + USA_MIL,
                (("another", "boarded another"),) + IRN_GOV,
                GULF,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "special forces boarded a second platform, destroying equipment (storming: ASSAULT, 25a's 'stormed'; "
                "second clause, second target, 19a); undated",
            ),
            # 9
            (
                "STATEMENT",
                ("said", "The U.S. Government said"),
                ("The U.S. Government",) + USA_GOV,
                None,
                NIC,
                "1987-10-20",
                "day",
                None,
                "asserted",
                None,
                "the attack was a measured response to an Iranian missile attack (justification, as 70a's "
                "'Washington has said the attack was in response to'; ACCUSE -> IRN arguable); wire style: DCT, "
                "dateline city",
            ),
            # 10
            (
                "ASSAULT",
                ("attack", "Iranian missile"),
                (("Iranian", "an Iranian missile"), "IRN", "MIL"),
                ("the American-flagged Kuwaiti tanker Sea Isle City", "KWT", "BUS"),
                ("Kuwaiti waters", "KWT"),
                "1987-10-16",
                "day",
                "last Friday",
                "asserted",
                None,
                "an Iranian missile attack on the American-flagged Kuwaiti tanker last Friday (a nominal with its own "
                "agent and date, EVENTS.md 11, 68a/70b); the tanker's nationality word KWT (70b; USA for the flag "
                "arguable); past Friday before Tue 1987-10-20 = 1987-10-16",
            ),
        ],
        "skip": [
            (("Attacks", "U.S. Attacks"), "presupposed nominal (the U.S. raids, asserted in S6, as 25a)"),
            ("escalation", "content of the accusation"),
            (("retaliation", "promised"), "content of the threat"),
            ("carry out", "content of the threat"),
            (("make", "and make them"), "content of the threat"),
            ("speech", "occasion of the reporting clause"),
            ("broadcast", "relayed channel (Tehran Radio; STATEMENT IRN ORG arguable)"),
            ("vengeance", "content of the threat"),
            ("Raids", "background nominal (the U.S. raids)"),
            ("destroyed", "result of the raids (agentless)"),
            (("retaliation", "vowed"), "content of the threat"),
            (("Action", "U.S. Action"), "anaphoric nominal (the U.S. raids)"),
            (("threat", "It is not a"), "content of the quote (the speaker's own characterisation)"),
            ("intimidation", "content of the quote"),
            ("respond", "content of the threat"),
            ("aggression", "content of the quote"),
            ("proved", "content of the quote"),
            (("attack", "the American attack"), "anaphoric nominal (content of the accusation)"),
            ("claim", "background nominal (content of the accusation)"),
            ("destroying", "participial elaboration of 'boarded'"),
            (("attack", "said the attack"), "anaphoric nominal (the U.S. attack)"),
            ("response", "content of the statement"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            ("Ali Akbar Hashemi Rafsanjani", "PERSON", "IRN"),
            (("U.S.", "called the"), "GPE", "USA"),
            ("Gulf", "LOC", None),
            (("Rafsanjani", "said Rafsanjani"), "PERSON", "IRN"),
            ("Parliament", "ORG", "IRN"),
            ("Tehran Radio", "ORG", "IRN"),
            (("Tehran", "The Tehran leadership"), "GPE", "IRN"),
            (("U.S.", "after the U.S. Raids"), "GPE", "USA"),
            ("Ali Khamenei", "PERSON", "IRN"),
            ("Mir-Hossein Mousavi", "PERSON", "IRN"),
            (("Rafsanjani", "and now Rafsanjani"), "PERSON", "IRN"),
            (("U.S.", "of the U.S. Action"), "GPE", "USA"),
            (("Rafsanjani", "Rafsanjani, the parliamentary"), "PERSON", "IRN"),
            (("American", "the American attack"), "NORP", "USA"),
            (("U.S.", "U.S. Warships"), "GPE", "USA"),
            (("Iranian", "an Iranian offshore"), "NORP", "IRN"),
            (("American", "American special forces"), "NORP", "USA"),
            (("U.S.", "The U.S. Government"), "GPE", "USA"),
            (("Iranian", "an Iranian missile"), "NORP", "IRN"),
            (("American", "American-flagged"), "NORP", "USA"),
            (("Kuwaiti", "American-flagged Kuwaiti"), "NORP", "KWT"),
            (("Kuwaiti", "in Kuwaiti waters"), "NORP", "KWT"),
        ],
    },
    "reuters21578-4640": {
        "events": [
            # 0
            (
                "REQUEST",
                "applied",
                ("Japanese shipbuilders",) + JPN_BUS,
                ("the state's Fair Trade Commission",) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "applied to the Fair Trade Commission to form an output cartel (an application to the authorities, "
                "72a's 'applied' with the Department of Transportation); present perfect, no time expression: "
                "undated; the association officials' 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                "estimates",
                ("The Transport Ministry",) + JPN_GOV,
                None,
                TOK,
                "1987-03-13",
                "day",
                None,
                "asserted",
                None,
                "forecast of new orders for the next two years (a forecast by a named body, 55a's 'projecting'); "
                "present tense: DCT, dateline city",
            ),
        ],
        "skip": [
            (
                ("said", "Association of Japan"),
                "rule-3 attribution (the application is the event; identifiable officials of a named association)",
            ),
            (("form", "Commission to"), "content of the application"),
            (("restrict", "cartel to"), "content of the application"),
            (("plan", "Under the"), "anaphoric nominal (the cartel plan)"),
            ("curtail", "content of the plan"),
            (("curtailed", "industry has"), "domestic industry output restraint (no type)"),
            ("call for", "a document's content (the ministry's guidelines; REQUEST JPN GOV -> industry arguable)"),
            ("stick", "stative"),
            ("slowdown", "statistics (orders)"),
            ("caused", "no acting actor (the yen, a slump)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Fair Trade Commission", "ORG", "JPN"),
            ("Shipbuilders Association of Japan", "ORG", "JPN"),
            (("Transport Ministry", "The Transport Ministry estimates"), "ORG", "JPN"),
            (("Transport Ministry", "cartel or"), "ORG", "JPN"),
        ],
    },
    "reuters21578-3469": {
        "events": [
            # 0
            (
                "CONSULT",
                "negotiating",
                ("Nippon Steel Corp",) + JPN_BUS,
                ("Inland Steel Co",) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Nippon Steel and Inland Steel of the U.S. are negotiating a joint steel venture (negotiations "
                "between named companies); ongoing talks with no time expression: undated (14a/24a's 'negotiating'); "
                "the spokesman's 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("give", "declining to"),
                ("a Nippon Steel spokesman",) + JPN_BUS,
                None,
                TOK,
                "1987-03-11",
                "day",
                None,
                "negated",
                None,
                "'declining to give more details': withheld statement (EVENTS.md 5; trigger on the withheld verb, "
                "41a/43b); DCT, dateline city",
            ),
        ],
        "skip": [
            (("said", "spokesman"), "rule-3 attribution (the negotiations are the event)"),
            ("set up", "content of the negotiations"),
            ("reported", "press reports (several local newspapers, unnamed: anonymous)"),
            ("capitalised", "content of press reports"),
            ("owned", "content of press reports"),
            ("supply", "content of press reports"),
        ],
        "entities": [
            ("Nippon Steel Corp", "ORG", "JPN"),
            ("Inland Steel Co", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Indiana", "GPE", "USA"),
            (("Nippon Steel", "a Nippon Steel spokesman"), "ORG", "JPN"),
            (("Inland", "60 pct by Inland"), "ORG", "USA"),
            (("Nippon Steel", "40 pct by"), "ORG", "JPN"),
        ],
    },
    "reuters21578-7712": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "executive committee,"),
                ("Leo Melamed, director of the Chicago Mercantile Exchange's, CME's, executive committee",) + USA_ORG,
                None,
                BOC,
                "1987-03-19",
                "day",
                "yesterday",
                "asserted",
                None,
                "forecast: Japan will liberalize its futures rules within two years (an outsider's forecast of "
                "another actor's act: STATEMENT, the liberalization content; RETREAT JPN planned arguable); an "
                "exchange official: USA ORG; restated by the next sentence's press conference 'yesterday', whose "
                "date it takes (29b: first mention dated by its later mention; DCT arguable)",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("Melamed", "Melamed, also the head"),) + USA_ORG,
                None,
                BOC,
                "1987-03-19",
                "day",
                "yesterday",
                "asserted",
                0,
                "told a press conference yesterday at the FIA convention that Japan is 'going to lift the curtain': "
                "restatement of the lead (later mention, EVENTS.md 3), DCT - 1 = 1987-03-19",
            ),
            # 2
            (
                "STATEMENT",
                "according to",
                ("Richard Heckinger",) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "government restrictions currently prevent Japanese citizens from trading futures offshore (a standing "
                "domestic rule: content); 'according to' a named speaker (29b/46b): wire style, DCT, dateline city",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "overseas, he"),
                (("he", "overseas, he"),) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "Japanese may not convert yen to trade futures overseas; DCT",
            ),
            # 4
            (
                "STATEMENT",
                "predicted",
                (("Melamed", "Melamed predicted"),) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "the Nikkei index future would do better if Japanese institutions could use it (forecast); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", 'in Chicago," Melamed'),
                (("Melamed", 'in Chicago," Melamed'),) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "quote: the CME will not do as well with the contract until Japanese institutions can use it "
                "(assessment, new content); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "Melamed and Heckinger said"),
                ("Melamed and Heckinger",) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "no firm evidence Tokyo would liberalize but a sensed readiness to change (assessment; a same-country "
                "pair: one record, EVENTS.md 12); DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "Melamed said he hoped"),
                (("Melamed", "Melamed said he hoped"),) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "hopes Arakawa will help the CME keep a competitive edge (assessment); DCT",
            ),
            # 8
            (
                "STATEMENT",
                ("said", "future, Heckinger"),
                (("Heckinger", "future, Heckinger"),) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "the Osaka exchange is set to begin index futures trading next month (another exchange's own plan, no "
                "type; 'Next month' dates the content); DCT",
            ),
            # 9
            (
                "STATEMENT",
                ("said", 'with them," Melamed'),
                (("Melamed", 'with them," Melamed'),) + USA_ORG,
                None,
                BOC,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "'We are not going to let them do what they did to the American automobile industry. We want to be "
                "partners with them' (a stance toward the Japanese with no act or consequence named: STATEMENT; "
                "THREATEN or SUPPORT arguable); DCT",
            ),
        ],
        "skip": [
            (("liberalize", "Japan will"), "content of the forecast (RETREAT JPN planned arguable)"),
            ("restricting", "content (standing domestic rules)"),
            ("press conference", "occasion of the reporting clause"),
            ("lift the curtain", "content of the forecast"),
            ("prevent", "content (standing domestic restriction)"),
            (("allowed", "are not"), "content of the statement (standing domestic restriction)"),
            ("traded", "stative (where the index future trades)"),
            ("offset", "stative"),
            ("do much better", "content of the forecast"),
            ("waiting", "a pending application presupposed (REQUEST USA ORG -> the CFTC, undated, arguable)"),
            (("approval", "waiting for"), "content (the pending approval)"),
            ("utilize", "content of the quote"),
            (("liberalize", "Tokyo would"), "content of the statement"),
            ("sensed", "content of the statement (same reporting clause)"),
            ("inquiries", "background nominal (Japanese inquiries; CONSULT JPN -> USA arguable)"),
            ("visits", "background nominal (Japanese visits; CONSULT JPN -> USA arguable)"),
            (("open", "is to open"), "the CME's own business plan (no counterpart, no reporting verb)"),
            ("strengthen", "purpose clause"),
            ("managing director", "appointment (not an event)"),
            (("help", "Arakawa would"), "content of the statement"),
            ("launches", "content of the statement (Japan's futures trading, hypothetical timing)"),
            (("begin trading", "Osaka"), "content of the statement (the Osaka exchange's own plan)"),
            ("let them", "content of the quote"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Leo Melamed", "PERSON", "USA"),
            ("Chicago Mercantile Exchange", "ORG", "USA"),
            ("CME", "ORG", "USA"),
            (("Melamed", "Melamed, also the head"), "PERSON", "USA"),
            ("Dellsher Investment Co Inc", "ORG", "USA"),
            ("Futures Industry Association", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Japanese", "prevent Japanese"), "NORP", "JPN"),
            ("Richard Heckinger", "PERSON", "USA"),
            (("CME", "CME's vice"), "ORG", "USA"),
            (("Japanese", "In addition, Japanese"), "NORP", "JPN"),
            (("Melamed", "Melamed predicted"), "PERSON", "USA"),
            ("Tokyo Stock Exchange", "ORG", "JPN"),
            ("Singapore International Monetary Exchange", "ORG", "SGP"),
            (("CME", "offset at the"), "ORG", "USA"),
            (("Japanese", "if Japanese financial"), "NORP", "JPN"),
            (("CME", "CME is waiting"), "ORG", "USA"),
            ("Commodity Futures Trading Commission", "ORG", "USA"),
            (("Chicago", "future in Chicago"), "GPE", "USA"),
            (("Japanese", "the Japanese community"), "NORP", "JPN"),
            (("Chicago", 'in Chicago,"'), "GPE", "USA"),
            (("Melamed", 'in Chicago," Melamed'), "PERSON", "USA"),
            (("Melamed", "Melamed and Heckinger"), "PERSON", "USA"),
            (("Heckinger", "Melamed and Heckinger"), "PERSON", "USA"),
            (("Tokyo", "that Tokyo would"), "GPE", "JPN"),
            (("Japanese", "from Japanese inquiries"), "NORP", "JPN"),
            (("CME", "Next month, the CME"), "ORG", "USA"),
            (("Tokyo", "open a Tokyo"), "GPE", "JPN"),
            (("Japan", "link to Japan"), "GPE", "JPN"),
            ("Takeo Arakawa", "PERSON", "JPN"),
            ("Ministry of Finance", "ORG", "JPN"),
            ("Bank of Tokyo", "ORG", "JPN"),
            (("Melamed", "Melamed said he hoped"), "PERSON", "USA"),
            (("Arakawa", "hoped Arakawa"), "PERSON", "JPN"),
            (("CME", "help the CME"), "ORG", "USA"),
            (("Japan", "when Japan launches"), "GPE", "JPN"),
            (("Osaka", "the Osaka exchange"), "GPE", "JPN"),
            (("Heckinger", "future, Heckinger"), "PERSON", "USA"),
            (("Japanese", "(the Japanese)"), "NORP", "JPN"),
            (("American", "the American automobile"), "NORP", "USA"),
            (("Melamed", 'with them," Melamed'), "PERSON", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
