"""Build ``own_blind68a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind68a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2114 left); 24 drawn with random.Random(68101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
58 event records (51 first mentions, 7 later mentions), 140 not_annotated spans, 147 entity mentions
(GPE 53, ORG 41, PERSON 29, NORP 21, LOC 3); one article without events: 14207 (Dutch money market: a
weekly return "showing", statistics, monetary operations and analysts' talk); 3877 (SEC charges a Merrill
Lynch executive) has only the charge and its later mention.
Types: STATEMENT 29, ASSAULT 6, REQUEST 6, ACCUSE 5, CONSULT 5, AGREE 3, THREATEN 2, SANCTION 1, COOPERATE 1;
modality: asserted 50, planned 8; precision: day 45, month 6, unknown 6, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; three wrong first matches found that way and fixed: an actor
"he" inside "the", "the military" of the lead's "military spokesman", a repeated "Bundesbank"). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Economics Minister Martin Bangemann", "Secretary of State George
Shultz", "trade envoy Clayton Yeutter", "Treasury Secretary James Baker", "President Reagan": the PERSON
only; "U.S. Defense Secretary Caspar Weinberger": GPE "U.S." + PERSON; "Bundesbank Vice-President Helmut
Schlesinger", "World Bank President Barber Conable", "IMF Managing Director Michel Camdessus": ORG +
PERSON; "Egyptian ambassador to Moscow Salah Bassiouni": NORP + GPE + PERSON, as 38b); a body with its
country word is one ORG span ("Dutch Central Bank", as the earlier "Brazilian Central Bank"; "U.S.
Securities and Exchange Commission", "U.S. Navy", "Israeli Air Force"), the capitalised short "the Bank"
and "Treasury" (the Dutch ones) are ORG mentions (58a); "U.S. Administration" gives only GPE "U.S." (as
"Reagan Administration" gives the PERSON); "Manhattan Federal Court" (capitalised) is one ORG span USA; the
internal "Mergers and Acquisitions Department" of a broker's office is not tagged; "U.S." inside
"U.S.-flagged" is a GPE mention (66a); "Ain el-Hilweh" (the refugee camp, lower-case "refugee camp" left
out) LOC LBN (45a's Ain al-Hilweh area); the "Louvre Agreement", Silkworm missiles, currencies and
products are not entities; a company name used as a modifier is still a mention ("the Champlin trade
name"); the possessive 's is left out ("Bonn's", "Cairo's", "Egypt's", "Japan's", "Bundesbank's", "Union
Pacific's", "Navy's", "Israel's", "Treasury's", "Bank's").
Countries: the Dutch Central Bank, "Bank" and "Treasury" ORG NLD; "U.S.", the United States and
Washington GPE USA, Caspar Weinberger / "Weinberger" PERSON USA, the Pentagon and the U.S. Navy ORG USA,
"Iranian" / "Iranians" NORP IRN, Iran GPE IRN, Bahrain GPE BHR, the Gulf LOC null; Martin Bangemann /
"Bangemann" and Helmut Schlesinger PERSON DEU, Bonn, the Federal Republic and West Germany GPE DEU, "West
German" NORP DEU, the Bundesbank ORG DEU, Japan GPE JPN, George Shultz, Clayton Yeutter and Paul Volcker
PERSON USA, the Federal Reserve Board ORG USA, the World Bank and the IMF ORG null, Barber Conable and
Michel Camdessus PERSON null (heads of international bodies, as earlier sets); "Israeli" NORP ISR, Israel
GPE ISR, the Israeli Air Force ORG ISR, Sidon and Lebanon GPE LBN, "Palestinian" NORP null (a people with
no 1987 state: PSE arguable; no earlier set tagged it); Egypt and Cairo GPE EGY, "Egyptian" NORP EGY,
Youssri Mustapha, Hosni Mubarak, Salah Bassiouni and Anwar Sadat PERSON EGY, the Soviet Union and Moscow
GPE SUN, "Soviet" NORP SUN, Reuters ORG GBR (38b); the U.S. Securities and Exchange Commission / SEC and
Manhattan Federal Court ORG USA, Merrill Lynch, Pierce, Fenner and Smith Ltd (and its short repeat
without "Ltd") ORG GBR (a Ltd "in London", as the earlier sets' London Merrill Lynch units; USA as the
parent's arm arguable), London GPE GBR, Nahum Vaskevitch PERSON GBR (the London office's managing
director, 37a), Merrill Lynch and Co Inc ORG USA; Union Pacific Corp / "Union Pacific", Champlin
Petroleum, Champlin Refining Co and "Champlin" ORG USA, Corpus Christi and Texas GPE USA, Petroles de
Venezuela / PDVSA ORG VEN (state oil company), "Venezulean" (the text's misspelling) NORP VEN; Reagan and
James Baker PERSON USA, the Asahi Shimbun ORG JPN, "Japanese" NORP JPN.

Judgement calls made here:
* 14207 (Dutch money market, DCT Tue 1987-04-07, AMSTERDAM): no events. The weekly return "showed" twice
  is a document (own_blind2, 58a), the lending, discounts, Treasury balance and reserves are statistics,
  the local authorities' housing-loan repayments domestic public finance, the Bank's "commercial currency
  transactions" a monetary operation (EVENTS.md 10), "analysts said" / "They added" anonymous, the rate
  expectations impersonal and the call-money trading market activity.
* 21459 (U.S. attack on an Iranian oil platform, DCT Mon 1987-10-19, WASHINGTON): "U.S. warships attacked
  and destroyed an Iranian oil platform on Monday" is ASSAULT USA MIL -> IRN (the platform GOV, as 19a),
  1987-10-19 (past Monday on or before the Monday DCT), located in the Gulf (named later), "destroyed" the
  same act's result and "retaliation" its purpose (skipped), Weinberger's "said" rule-3 attribution;
  "Friday's Iranian attack damaging a U.S.-flagged ship" is ASSAULT IRN MIL -> USA BUS, 1987-10-16 (a
  nominal with its own date and agent, EVENTS.md 11, as 66a's "Friday's Iran attack"); "Weinberger said four
  U.S. destroyers attacked the platform ... at 0700 EDT, Weinberger said" is its later mention (both "said"
  attribution, "fire" the means). '"We chose a platform used by the Iranians to interfere with and be a
  source of potential attack on convoys...," Weinberger said at a Pentagon briefing' is ACCUSE USA -> IRN
  (the target's alleged use, 19a's "the platforms were used to ... launch small-boat attacks"), DCT; the
  next paragraph '"We know it has been used indeed, to ... launch small boat attacks on shipping but to fire
  on U.S. helicopters' continues the quote with no reporting verb and is its later mention (trigger "know";
  the attacks and firing its content, ASSAULT IRN arguable, skipped). '"We do not seek further
  confrontation with Iran but we will be prepared to meet any escalation ... with stronger
  countermeasures," Weinberger said' is THREATEN USA MIL -> IRN (conditional retaliation; the threat
  asserted), DCT; "seek", "meet" (not a meeting) and the countermeasures are skipped as its content. "the
  20 to 30 Iranian personnel ... were given a 20-minute warning to abandon the platform" is THREATEN by the
  implied U.S. forces -> the personnel (IRN, kind unknown; REQUEST arguable), placed inside Monday's attack
  (rule 3: 1987-10-19), "He said" attribution. '"Nothing."', '"There was no Iranian reaction," he said',
  the removal's contribution to U.S. forces' safety and '"As far as we know they did abandon the site," he
  said' are STATEMENTs (USA MIL, Weinberger as defence secretary; DCT, WASHINGTON); the abandonment is
  hedged (RETREAT IRN arguable, skipped); the quote's next sentence "... We consider this matter is now
  closed." has no reporting clause (skipped). The closing question ("was asked why the United States had
  chosen to attack ... platforms blamed by Washington for Friday's attack") is skipped throughout (ACCUSE
  USA -> IRN on "blamed" arguable), as is the U.S. Navy's escort operation (background; AID arguable).
* 17119 (Bangemann before his Washington trip, DCT Fri 1987-04-24, BONN): "who flies to Washington this
  weekend for high level talks" is CONSULT DEU -> USA (host implied by the capital, anchored at
  "Washington"), planned, "this weekend" (25-26 April) kept at its month (1987-04, EVENTS.md 21), the talks
  its purpose; "During his trip to Washington, which runs from April 26 to 29, Bangemann will meet Secretary
  of State George Shultz, trade envoy Clayton Yeutter, ... and Paul Volcker" is its later mention toward the
  USA (one same-country record) keeping its own date (1987-04-26, dated by its start), and the meetings
  with the World Bank and IMF heads are a separate first mention toward null IGO (split, EVENTS.md 12),
  also planned 1987-04-26. The lead's "said boosting West German economic growth would not have any
  significant effect ..." is a STATEMENT (DCT, BONN); "In the paper Bangemann wrote, 'It is not possible to
  reduce the U.S. Current account deficit ...'" is its quoted restatement (later mention, EVENTS.md 3).
  "In a paper prepared ahead of his trip, Bangemann said Bonn's trading partners had been asking whether
  ... the Federal Republic should not ... pursue more strongly expansionary policies" is REQUEST by the
  trading partners (a group: null) -> DEU (pressure), undated (pluperfect, relayed), "said" rule-3
  attribution. "One U.S. Administration policy maker said in Washington this week that the United States
  government wanted West Germany and Japan to reduce their interest rates even further" is REQUEST USA GOV
  (an official of a named government, EVENTS.md 4) split into -> DEU and -> JPN (EVENTS.md 12), "this week"
  (20-24 April) at its month, 1987-04, located in Washington. "Bangemann said it was clear the high mark ...
  was making companies here cautious" is a STATEMENT; the next sentence (Bonn does not seek exchange rates
  favouring its exports) has no reporting clause and states a standing policy (skipped). "He welcomed the
  February 'Louvre Agreement'" is a STATEMENT (endorsing an accord his own country is party to: a policy,
  EVENTS.md 6; SUPPORT toward the six nations arguable); the "Louvre Agreement of six industrial nations to
  stabilise currencies" is AGREE by the group (null, no actor2, as the earlier sets' Louvre accord),
  1987-02 ("February", month), no place given; 'and said, "(We) expect all parties to hold by the accords
  struck there"' is REQUEST DEU -> all parties (null), DCT. "West Germany had fulfilled its pledge of
  boosting planned tax cuts, he noted" is a STATEMENT (the fulfilment domestic, the pledge a background
  nominal, AGREE arguable). "Despite calls for lower interest rates" has no named caller (skipped).
  "Schlesinger has hinted that central bank policy may even have to be tightened" is a STATEMENT DEU GOV
  whose next sentence says how: "He wrote in a newspaper article published yesterday ..." is its later
  mention, and both take 1987-04-23 ("yesterday"; the first mention dated by its later mention, the true
  date as in EVENTS.md 20; DCT by EVENTS.md 16 arguable for "has hinted"), no place.
* 15730 (Israeli raid near Sidon, DCT Thu 1987-04-09, TEL AVIV): "Israeli helicopter gunships attacked
  Palestinian guerrilla positions near Sidon in southern Lebanon today in the ninth air raid over Lebanon
  this year, the military spokesman said" is ASSAULT ISR MIL -> the guerrilla positions (null ORG: no 1987
  Palestinian state; LBN by location or PSE arguable), 1987-04-09 ("today"), Sidon, "said" attribution,
  "air raid" the same act (skipped). "The aircraft returned ground fire, he said" is a second ASSAULT ISR
  -> the implied guerrillas (null), placed inside today's raid (rule 3: 1987-04-09; a later mention of the
  raid arguable), "said" attribution, the "ground fire" by unnamed gunners presupposed (skipped). "The
  targets ... were command posts for planning guerrilla attacks, the military said" is ACCUSE ISR MIL -> the
  guerrillas (implied, null), DCT (as 21459's accusation). '"All our aircraft returned safely to base and the
  pilots reported accurate hits," he said' and "The army says Israel's air raids ... are aimed mostly at
  Palestinian guerrilla bases ..." are STATEMENTs (ISR MIL, DCT, TEL AVIV; the habitual raids are generic,
  skipped). "The last Israeli Air Force attack was on March 23" is ASSAULT ISR MIL, target not named (actor2
  null, EVENTS.md 14), 1987-03-23 (a nominal with its own date).
* 5278 (Egypt / USSR arms debt, DCT Mon 1987-03-16, CAIRO): the text is the same as 38b's 5180 (published
  the day before) and is annotated the same way, with dates from this DCT: "Egypt and the Soviet Union are
  expected to sign an agreement in Moscow next week" is AGREE EGY -> SUN (one record, first-named party
  first), planned, "next week" (23-29 March) = 1987-03, Moscow, "Egyptian officials said" attribution, the
  settlement its content; "Talks are due to begin in Moscow on Wednesday" CONSULT EGY -> SUN (both implied),
  planned, 1987-03-18; "Economy Minister Youssri Mustapha, who leaves for Moscow on Tuesday" CONSULT EGY ->
  SUN (a visit, visitor first; a separate record with its own date), planned, 1987-03-17; his meeting with
  Mubarak and the Egyptian ambassador is internal to one government (skipped); "One official said Egypt
  would propose a new exchange rate for trade with the Soviet Union" REQUEST EGY -> SUN (a proposal to a
  party), planned, undated, "said" attribution; "One official, who asked to remain anonymous, told Reuters
  ..." (one of the Egyptian officials: identifiable, 38b), "The officials said part of the debt would be
  paid in exports", "... also wanted a debt deal ..., the officials said" and "65 pct of Egypt's arsenal
  ..., one official said" are STATEMENTs (EGY GOV, DCT, CAIRO); "Cairo stopped repaying Moscow ... in 1977"
  is a payment freeze (no type, EVENTS.md 10) and "when then-president Anwar Sadat broke with its
  long-standing ally" SANCTION EGY -> SUN (breaking relations, EVENTS.md 9; arguable for an alliance),
  1977 (year); "turned to the U.S." has no specific act (skipped). Moscow's view of the old rate, Egypt's
  aims, its habitual imports and the blocked spare parts are stative or content (skipped).
* 3877 (SEC charges a Merrill Lynch executive, DCT Wed 1987-03-11, NEW YORK): "The U.S. Securities and
  Exchange Commission said it charged a managing director of Merrill Lynch, Pierce, Fenner and Smith Ltd in
  London with masterminding 'a massive insider trading scheme'" is ACCUSE USA GOV -> the managing director
  (GBR BUS: his firm here is the London Ltd and his PERSON mention GBR, 37a; 37a's actor USA BUS came from
  its text's "of Merrill Lynch and Co", arguable), undated (no time expression, rule 17; the SEC's "said"
  attribution), located in Manhattan where the complaint was filed; "Nahum Vaskevitch ... was charged in a
  civil complaint by the SEC filed in Manhattan Federal Court" is its later mention (complaint and filing
  the same act). "The complaint said Vaskevitch leaked information ..." is a document "saying" (EVENTS.md
  4; skipped with its content); the subsidiary sentence is stative.
* 4367 (Union Pacific / PDVSA refinery partnership, DCT Thu 1987-03-12, NEW YORK): "Union Pacific Corp said
  it will enter a 50-50 partnership with Petroles de Venezuela, PDVSA, to own and operate ... its Corpus
  Christi, Texas, oil refinery" is COOPERATE USA BUS -> VEN BUS (a joint venture between two companies;
  AGREE arguable), planned, dated by the closing "expected to take place in early April" (1987-04, month,
  as EVENTS.md 21's "by early May"; undated arguable; the "Closing" nominal skipped as anaphoric), "said"
  attribution. The partnership's and the venture's acquisitions of Union Pacific's refining assets,
  inventories and trade name, the capital contributions and the bank credit facility are terms of the deal
  or corporate finance (EVENTS.md 8; skipped), so their reporting clauses are STATEMENTs. "Petroles de
  Venezuela also signed a 25-year agreement to supply at least 140,000 bpd ... to the refinery" is AGREE
  VEN BUS -> USA BUS (the refinery, i.e. the Union Pacific / venture side), undated (rule 17); the option to
  supply another 50,000 bpd is a term of that agreement. Six STATEMENTs USA BUS, DCT, NEW YORK: the assets'
  value, the inventories and trade name, the capital and credit, the supply option, the quoted '"This will
  provide a stable, long-term supply ...," a statement issued by Union Pacific said' ("X's statement" is a
  reporting clause; "issued" / "statement" left unlisted so a STATEMENT coded there meets it), "The
  statement said the agreement with PDVSA will enable the company to supply ..." (speaker implied, 55a)
  and the employees' transfer to the new company.
* 17420 (Reagan to the Asahi Shimbun, DCT Wed 1987-04-29, WASHINGTON): "President Reagan said a further
  decline in the value of the dollar could be counterproductive" is a STATEMENT (written answers with no
  date of their own: DCT, WASHINGTON) and '"We all believe a further decline of the dollar could be
  counterproductive," Reagan said' its quoted restatement (later mention). "he noted Treasury Secretary
  James Baker had said all seven major industrial nations were committed to cooperating ..." gives two
  STATEMENTs: Reagan's "noted" (DCT) and Baker's relayed "had said" (undated, no place, as 58a's
  Grassley/Lyng); the seven nations' standing commitment is stative (AGREE arguable, skipped); the
  newspaper's questions are the frame. "Reagan said the best way for the United States to reduce its trade
  deficit was to export more" is a STATEMENT (about his own country); "He said Japan could make a major
  contribution ... by adopting policies to promote stronger domestic demand ... and ... implementing
  structural reforms" is REQUEST USA -> JPN (prescriptive talk naming the actor, EVENTS.md 2), DCT.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind68a.jsonl"

WAS = ("WASHINGTON", "USA")
TLV = ("TEL AVIV", "ISR")
BONN = ("BONN", "DEU")
CAI = ("CAIRO", "EGY")
NY = ("NEW YORK", "USA")
GULF = ("Gulf", None)
PENTAGON = ("Pentagon", "USA")
SIDON = ("Sidon", "LBN")
MOSCOW = ("Moscow", "SUN")
WASHINGTON_TXT = ("Washington", "USA")
MANHATTAN = ("Manhattan", "USA")

USA_GOV = "USA", "GOV"
USA_MIL = "USA", "MIL"
USA_BUS = "USA", "BUS"
IRN_GOV = "IRN", "GOV"
IRN_MIL = "IRN", "MIL"
ISR_MIL = "ISR", "MIL"
DEU_GOV = "DEU", "GOV"
EGY_GOV = "EGY", "GOV"
SUN_GOV = "SUN", "GOV"
VEN_BUS = "VEN", "BUS"
GBR_BUS = "GBR", "BUS"
IGO = None, "IGO"

EGYPT_IMPLIED = (None, "EGY", "GOV")
SUN_IMPLIED = (None, "SUN", "GOV")
GUERRILLAS_IMPLIED = (None, None, "ORG")
BANGEMANN = ("Economics Minister Martin Bangemann", "DEU", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-14207": {
        "events": [],
        "skip": [
            (("rose", "commercial banks"), "statistics (central bank lending; no acting actor)"),
            (("showed", "weekly return"), "a document (the central bank's weekly return), not a speech act "
                                          "(own_blind2, 58a)"),
            (("rose", "also"), "statistics"),
            (("rise", "1.6 billion"), "statistics (the Treasury's account)"),
            ("repayments", "repayments of housing loans by local authorities (domestic public finance, no type)"),
            (("showed", "the weekly\nreturn"), "a document, not a speech act"),
            (("rose", "reserves"), "statistics"),
            (("said", "analysts"), "anonymous-source talk (analysts, EVENTS.md 4)"),
            ("added", "anonymous-source talk (the analysts)"),
            ("transactions", "commercial currency transactions by the central bank (monetary operation, "
                             "EVENTS.md 10; content of anonymous talk)"),
            (("changed", "fractionally"), "market movement"),
            (("expected", "are"), "impersonal market expectation (no identifiable actor)"),
            ("traded", "market activity"),
        ],
        "entities": [
            ("Dutch\nCentral Bank", "ORG", "NLD"),
            (("Bank", "the Bank's weekly"), "ORG", "NLD"),
            (("Bank", "discounted with the"), "ORG", "NLD"),
            (("Treasury", "balanced by"), "ORG", "NLD"),
            (("Bank", "account at the"), "ORG", "NLD"),
            (("Treasury", "local authorities."), "ORG", "NLD"),
            (("Bank", "The Bank's gold"), "ORG", "NLD"),
            (("Bank", "transactions by the"), "ORG", "NLD"),
        ],
    },
    "reuters21578-21459": {
        "events": [
            # 0
            ("ASSAULT", "attacked", ("U.S. warships",) + USA_MIL, ("an Iranian oil platform",) + IRN_GOV, GULF,
             "1987-10-19", "day", "Monday", "asserted", None,
             "U.S. warships attacked and destroyed an Iranian oil platform on Monday (past Monday on or before Mon "
             "1987-10-19 = the DCT; 'destroyed' the same act's result, skipped; the platform IRN GOV as 19a's "
             "platforms); located in the Gulf (named in a later sentence); Weinberger's 'said' rule-3 attribution"),
            # 1
            ("ASSAULT", ("attack", "Friday's Iranian"), (("Iranian", "Friday's"),) + IRN_MIL,
             ("a U.S.-flagged ship",) + USA_BUS, None,
             "1987-10-16", "day", "Friday", "asserted", None,
             "Friday's Iranian attack damaging a U.S.-flagged ship: a nominal with its own date and agent (EVENTS.md "
             "11; 66a's 'Friday's Iran attack', IRN MIL -> USA BUS), past Friday = 1987-10-16; no place given"),
            # 2
            ("STATEMENT", ("said", "Weinberger said, \"Nothing"), (("Weinberger", "Weinberger said, \"Nothing"),)
             + USA_MIL, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "'Nothing' was left of the platform (answer to a question; the question skipped); wire style: DCT, "
             "dateline city (the Pentagon briefing is named only later)"),
            # 3
            ("STATEMENT", ("said", "Iranian reaction,\" he"), (("he", "Iranian reaction,\""),) + USA_MIL, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "'There was no Iranian reaction' (an absence of action: no type); DCT"),
            # 4
            ("ASSAULT", ("attacked", "destroyers"), ("four U.S. destroyers",) + USA_MIL,
             (("the platform", "destroyers attacked"),) + IRN_GOV, GULF,
             "1987-10-19", "day", "Monday", "asserted", 0,
             "later mention: four U.S. destroyers attacked the platform east of Bahrain in the central Gulf at 0700 "
             "EDT (the first mention's day); both 'said' rule-3 attribution"),
            # 5
            ("ACCUSE", ("said", "convoys...,\" Weinberger"), (("Weinberger", "convoys...,\""),) + USA_MIL,
             ("the Iranians",) + IRN_MIL, PENTAGON,
             "1987-10-19", "day", None, "asserted", None,
             "'We chose a platform used by the Iranians to interfere with and be a source of potential attack on "
             "convoys' (the target's alleged use: ACCUSE USA -> IRN, 19a's 'Washington said the platforms were used "
             "to ... launch small-boat attacks'); DCT, at a Pentagon briefing"),
            # 6
            ("ACCUSE", "know", (("We", "We know"),) + USA_MIL, (None,) + IRN_MIL, PENTAGON,
             "1987-10-19", "day", None, "asserted", 5,
             "later mention: the quote continues 'We know it has been used ... to launch small boat attacks on "
             "shipping [and] to fire on U.S. helicopters' (the same accusation at the same briefing, EVENTS.md 3; "
             "no reporting verb of its own, so the trigger is 'know'); the attacks are its content"),
            # 7
            ("STATEMENT", ("said", "future,\" Weinberger"), (("Weinberger", "future,\""),) + USA_MIL, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "the platform's removal will contribute to the safety of U.S. forces (assessment); the escort operation "
             "is background; DCT"),
            # 8
            ("THREATEN", ("said", "countermeasures,\" Weinberger"), (("Weinberger", "countermeasures,\""),) + USA_MIL,
             (("Iran", "confrontation with"),) + IRN_GOV, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "'we will be prepared to meet any escalation of military actions by Iran with stronger countermeasures' "
             "(conditional retaliation = THREATEN; the threat itself asserted); 'We do not seek further "
             "confrontation' part of the same quote (skipped); DCT"),
            # 9
            ("THREATEN", "warning", (None,) + USA_MIL, ("the 20 to 30 Iranian personnel", "IRN", None), GULF,
             "1987-10-19", "day", "Monday", "asserted", None,
             "the Iranian personnel on the platform were given a 20-minute warning to abandon it (a warning with "
             "consequences; the U.S. forces implied; REQUEST arguable); placed inside Monday's attack (rule 3); "
             "'He said' rule-3 attribution; kind of the personnel unknown"),
            # 10
            ("STATEMENT", ("said", "abandon the site,\" he"), (("he", "site,\""),) + USA_MIL, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "'As far as we know they did abandon the site' (hedged; the abandonment skipped: RETREAT IRN arguable); "
             "DCT"),
        ],
        "skip": [
            ("destroyed", "the same act as 'attacked' (its result)"),
            ("retaliation", "the attack's purpose (same act)"),
            ("damaging", "part of Friday's attack"),
            (("said", "Caspar Weinberger"), "rule-3 attribution (the attack is the event)"),
            (("asked", "When"), "question (EVENTS.md: questions skipped)"),
            (("reaction", "Iranian"), "absence of an action (content of the statement)"),
            ("consider", "continuation of the quote with no reporting clause of its own (content of 'he said')"),
            (("said", "Weinberger said four"), "rule-3 attribution (the attack is the event)"),
            (("fire", "Gulf with"), "the means of the attack (same act)"),
            (("said", "0700 EDT, Weinberger"), "rule-3 attribution (the attack is the event)"),
            ("chose", "the choice of target (part of the attack; content of the accusation)"),
            ("interfere", "content of the accusation"),
            (("attack", "potential"), "hypothetical content of the accusation"),
            ("briefing", "the frame of the speech act (the Pentagon briefing)"),
            (("attacks", "small\nboat"), "content of the accusation (habitual Iranian attacks; ASSAULT IRN arguable)"),
            (("fire", "to fire on"), "content of the accusation (ASSAULT IRN -> USA arguable)"),
            ("removal", "anaphoric nominal (the platform's destruction)"),
            ("contribute", "content of the statement"),
            (("operation", "Navy's"), "background nominal (the U.S. escort operation; AID USA arguable)"),
            ("escort", "background (the escort operation)"),
            (("seek", "do not"), "part of the threat's quote (no confrontation sought; STATEMENT arguable)"),
            ("confrontation", "content of the threat"),
            (("meet", "prepared to"), "content of the threat (conditional countermeasures)"),
            ("escalation", "hypothetical content of the threat"),
            (("actions", "military"), "hypothetical content of the threat"),
            ("countermeasures", "content of the threat"),
            (("said", "He said the 20"), "rule-3 attribution (the warning is the event)"),
            (("abandon", "warning to"), "content of the warning"),
            (("abandon", "did"), "hedged report of the personnel leaving (RETREAT IRN arguable; content of the "
                                 "statement)"),
            (("asked", "Weinberger was"), "question"),
            ("chosen", "content of the question"),
            (("attack", "chosen to"), "content of the question (anaphoric to Monday's attack)"),
            ("blamed", "presupposed in a question (ACCUSE USA -> IRN undated arguable)"),
            (("attack", "blamed by Washington"), "anaphoric (Friday's attack, in a question)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            (("Iranian", "Friday's"), "NORP", "IRN"),
            (("U.S.", "damaging a"), "GPE", "USA"),
            (("U.S.", "ship,"), "GPE", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            (("Weinberger", "Weinberger said, \"Nothing"), "PERSON", "USA"),
            (("Iranian", "There was no"), "NORP", "IRN"),
            (("Weinberger", "Weinberger said four"), "PERSON", "USA"),
            (("U.S.", "four"), "GPE", "USA"),
            ("Bahrain", "GPE", "BHR"),
            ("Gulf", "LOC", None),
            (("Weinberger", "0700 EDT,"), "PERSON", "USA"),
            ("Iranians", "NORP", "IRN"),
            (("Weinberger", "convoys...,\""), "PERSON", "USA"),
            ("Pentagon", "ORG", "USA"),
            (("U.S.", "fire on"), "GPE", "USA"),
            (("U.S.", "safety of"), "GPE", "USA"),
            (("Weinberger", "future,\""), "PERSON", "USA"),
            ("U.S. Navy", "ORG", "USA"),
            (("Gulf", "tankers through the"), "LOC", None),
            (("Iran", "confrontation with"), "GPE", "IRN"),
            (("Iran", "actions by"), "GPE", "IRN"),
            (("Weinberger", "countermeasures,\""), "PERSON", "USA"),
            (("Iranian", "20 to 30"), "NORP", "IRN"),
            (("Weinberger", "Weinberger was asked"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("Iranian", "rather than"), "NORP", "IRN"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-17119": {
        "events": [
            # 0
            ("CONSULT", "flies", BANGEMANN, (("Washington", "flies to"),) + USA_GOV, WASHINGTON_TXT,
             "1987-04", "month", "this weekend", "planned", None,
             "Bangemann flies to Washington this weekend for high level talks (a visit, visitor first, host implied "
             "by the capital); 'this weekend' (25-26 April from Fri 24 April) kept at its month (EVENTS.md 21); the "
             "talks are its purpose (skipped)"),
            # 1
            ("STATEMENT", ("said", "high level talks,"), BANGEMANN, None, BONN,
             "1987-04-24", "day", None, "asserted", None,
             "boosting West German growth would not significantly cut the U.S. current account deficit "
             "(assessment); wire style: DCT, dateline city"),
            # 2
            ("REQUEST", "asking", ("trading partners", None, "GOV"), (("the Federal Republic", "whether"),) + DEU_GOV,
             None, None, "unknown", None, "asserted", None,
             "Bonn's trading partners had been asking whether the Federal Republic should not pursue more strongly "
             "expansionary policies (pressure on Bonn; a group of countries: null, EVENTS.md 15); pluperfect, "
             "relayed: undated; Bangemann's 'said' in his paper is rule-3 attribution"),
            # 3
            ("STATEMENT", ("wrote", "In the paper Bangemann"), (("Bangemann", "In the paper"),) + DEU_GOV, None, BONN,
             "1987-04-24", "day", None, "asserted", 1,
             "later mention: the quoted 'It is not possible to reduce the U.S. Current account deficit ... through "
             "more stimulation of the West German economy' restates the lead's paraphrase (EVENTS.md 3)"),
            # 4
            ("REQUEST", ("said", "policy maker"), ("One U.S. Administration policy maker",) + USA_GOV,
             (("West Germany", "wanted"),) + DEU_GOV, WASHINGTON_TXT,
             "1987-04", "month", "this week", "asserted", None,
             "a U.S. Administration policy maker (an official of a named government, EVENTS.md 4) said the U.S. "
             "government wanted West Germany and Japan to cut interest rates further (a demand: REQUEST; compound "
             "target split, EVENTS.md 12); 'this week' (20-24 April) kept at its month; said in Washington"),
            # 5
            ("REQUEST", ("said", "policy maker"), ("One U.S. Administration policy maker",) + USA_GOV,
             (("Japan", "West Germany and"), "JPN", "GOV"), WASHINGTON_TXT,
             "1987-04", "month", "this week", "asserted", None,
             "the same demand toward Japan (split record, EVENTS.md 12)"),
            # 6
            ("STATEMENT", ("said", "Bangemann said it was clear"), (("Bangemann", "Bangemann said it was clear"),)
             + DEU_GOV, None, BONN,
             "1987-04-24", "day", None, "asserted", None,
             "the high mark and currency uncertainty make companies cautious (assessment); DCT"),
            # 7
            ("STATEMENT", "welcomed", (("He", "He welcomed"),) + DEU_GOV, None, BONN,
             "1987-04-24", "day", None, "asserted", None,
             "he welcomed the Louvre Agreement (endorsing an accord his own country is party to: a policy, not "
             "another actor, EVENTS.md 6; SUPPORT toward the six nations arguable); DCT"),
            # 8
            ("AGREE", ("Agreement", "Louvre"), ("six industrial\nnations", None, "GOV"), None, None,
             "1987-02", "month", "February", "asserted", None,
             "the February Louvre Agreement of six industrial nations to stabilise currencies (a nominal with its own "
             "date and parties, EVENTS.md 11; a group: null, no actor2, as the earlier sets' Louvre accord); "
             "February before April 1987 = 1987-02"),
            # 9
            ("REQUEST", ("said", "currencies and"), (("He", "He welcomed"),) + DEU_GOV, ("all\nparties", None, "GOV"),
             BONN, "1987-04-24", "day", None, "asserted", None,
             "'(We) expect all parties to hold by the accords struck there' (a demand that the Louvre partners keep "
             "the accord: REQUEST toward the group, null); DCT"),
            # 10
            ("STATEMENT", "noted", (("he", "tax cuts,"),) + DEU_GOV, None, BONN,
             "1987-04-24", "day", None, "asserted", None,
             "West Germany had fulfilled its pledge of boosting planned tax cuts (domestic fiscal policy; the pledge a "
             "background nominal); DCT"),
            # 11
            ("STATEMENT", "hinted", ("Helmut Schlesinger",) + DEU_GOV, None, None,
             "1987-04-23", "day", "yesterday", "asserted", None,
             "Schlesinger has hinted that policy may have to be tightened: the hint is the newspaper article "
             "'published yesterday' of the next sentence, so it takes that date (EVENTS.md 20's true date; the "
             "first mention dated by its later mention, 16a's Marine case; DCT by EVENTS.md 16 arguable); no place"),
            # 12
            ("STATEMENT", ("wrote", "tightened."), (("He", "tightened."),) + DEU_GOV, None, None,
             "1987-04-23", "day", "yesterday", "asserted", 11,
             "later mention: he wrote in a newspaper article published yesterday (1987-04-23) that the Bundesbank's "
             "accommodative stance could not continue in the long term"),
            # 13
            ("CONSULT", ("meet", "Bangemann will"), (("Bangemann", "Bangemann will"),) + DEU_GOV,
             ("Secretary of State George Shultz",) + USA_GOV, WASHINGTON_TXT,
             "1987-04-26", "day", "April 26", "planned", 0,
             "later mention of the visit: during the trip, which runs from April 26 to 29 (dated by its start, "
             "EVENTS.md 21), he will meet Shultz, Yeutter and Volcker (USA; one same-country record)"),
            # 14
            ("CONSULT", ("meet", "Bangemann will"), (("Bangemann", "Bangemann will"),) + DEU_GOV,
             ("World Bank President Barber Conable",) + IGO, WASHINGTON_TXT,
             "1987-04-26", "day", "April 26", "planned", None,
             "the same meetings with the heads of the World Bank and the IMF (international organisations: null, "
             "split from the U.S. officials, EVENTS.md 12); dated by the trip's start"),
        ],
        "skip": [
            (("talks", "high level"), "the visit's purpose (one consultation)"),
            ("prepared", "preparation of a document"),
            (("trip", "ahead of his"), "anaphoric nominal (the visit)"),
            (("said", "trip, Bangemann"), "rule-3 attribution (the partners' pressure is the event)"),
            ("slowing", "content"),
            ("pursue", "content of the request"),
            (("reduce", "not possible to"), "content of the statement"),
            (("reduce", "Japan to"), "content of the request"),
            (("stimulate", "further to"), "content of the request"),
            (("seek", "did not"), "Bonn's standing exchange-rate stance (no reporting clause; stative)"),
            (("favoured", "it favoured"), "Bonn's standing preference (stative)"),
            ("stabilise", "content of the agreement"),
            (("hold by", "parties to"), "content of the request"),
            ("struck", "anaphoric (the Louvre accords)"),
            ("fulfilled", "fulfilment of a domestic tax-cut pledge (no type; content of the statement)"),
            ("pledge", "background nominal (Bonn's Louvre pledge; AGREE DEU arguable)"),
            ("calls", "background nominal: calls for lower rates by unnamed parties (REQUEST arguable)"),
            ("tightened", "content of the hint"),
            ("published", "the publication of the article (part of the reporting clause)"),
            (("continue", "could not"), "content of the article"),
            (("trip", "During his"), "anaphoric nominal in a temporal adjunct (the visit)"),
        ],
        "entities": [
            ("Martin Bangemann", "PERSON", "DEU"),
            (("Washington", "flies to"), "GPE", "USA"),
            ("West German", "NORP", "DEU"),
            ("U.S.", "GPE", "USA"),
            (("Bangemann", "ahead of his trip,"), "PERSON", "DEU"),
            ("Bonn", "GPE", "DEU"),
            (("West German", "whether"), "NORP", "DEU"),
            ("Federal Republic", "GPE", "DEU"),
            (("Bangemann", "In the paper"), "PERSON", "DEU"),
            (("U.S.", "possible to reduce the"), "GPE", "USA"),
            (("West German", "stimulation of the"), "NORP", "DEU"),
            (("U.S.", "One"), "GPE", "USA"),
            (("Washington", "policy maker said in"), "GPE", "USA"),
            ("United States", "GPE", "USA"),
            (("West Germany", "wanted"), "GPE", "DEU"),
            (("Japan", "West Germany and"), "GPE", "JPN"),
            (("Bangemann", "Bangemann said it was clear"), "PERSON", "DEU"),
            (("West Germany", "While"), "GPE", "DEU"),
            (("West Germany", "there.\""), "GPE", "DEU"),
            ("Bundesbank", "ORG", "DEU"),
            ("Helmut Schlesinger", "PERSON", "DEU"),
            (("Bundesbank", "published yesterday that"), "ORG", "DEU"),
            (("Washington", "trip to"), "GPE", "USA"),
            (("Bangemann", "Bangemann will"), "PERSON", "DEU"),
            ("George Shultz", "PERSON", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            ("World Bank", "ORG", None),
            ("Barber Conable", "PERSON", None),
            ("IMF", "ORG", None),
            ("Michel Camdessus", "PERSON", None),
            ("Paul Volcker", "PERSON", "USA"),
            ("Federal Reserve Board", "ORG", "USA"),
        ],
    },
    "reuters21578-15730": {
        "events": [
            # 0
            ("ASSAULT", "attacked", ("Israeli helicopter gunships",) + ISR_MIL,
             ("Palestinian guerrilla positions", None, "ORG"), SIDON,
             "1987-04-09", "day", "today", "asserted", None,
             "Israeli helicopter gunships attacked Palestinian guerrilla positions near Sidon today (the guerrillas "
             "have no 1987 state: null; LBN by location or PSE arguable); 'the ninth air raid' is the same act "
             "(skipped); the military spokesman's 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "accurate hits,\" he"), (("he", "accurate hits,\""),) + ISR_MIL, None, TLV,
             "1987-04-09", "day", None, "asserted", None,
             "'All our aircraft returned safely to base and the pilots reported accurate hits' (no type: the return "
             "and the pilots' reports are content); wire style: DCT, dateline city"),
            # 2
            ("ASSAULT", ("returned", "The aircraft"), ("The aircraft",) + ISR_MIL, GUERRILLAS_IMPLIED, SIDON,
             "1987-04-09", "day", "today", "asserted", None,
             "the aircraft returned ground fire (firing back: a use of force, target implied, null as the first "
             "record); placed inside today's raid (rule 3); a later mention of the raid arguable; 'he said' rule-3 "
             "attribution"),
            # 3
            ("ACCUSE", ("said", "guerrilla attacks, the military"), (("the military", "guerrilla attacks,"),) + ISR_MIL, GUERRILLAS_IMPLIED,
             TLV, "1987-04-09", "day", None, "asserted", None,
             "the targets were command posts for planning guerrilla attacks (an allegation justifying the raid, 19a's "
             "'platforms were used to ... launch small-boat attacks' = ACCUSE; the guerrillas implied, null); DCT"),
            # 4
            ("STATEMENT", "says", ("The army",) + ISR_MIL, None, TLV,
             "1987-04-09", "day", None, "asserted", None,
             "the army says Israel's air raids, averaging two a month, are aimed mostly at guerrilla bases (habitual "
             "raids: generic, skipped); present 'says' in wire style: DCT"),
            # 5
            ("ASSAULT", ("attack", "Israeli Air Force"), ("Israeli Air Force",) + ISR_MIL, None, None,
             "1987-03-23", "day", "March 23", "asserted", None,
             "the last Israeli Air Force attack was on March 23 (a nominal with its own date, EVENTS.md 11); target "
             "not named (actor2 null, EVENTS.md 14)"),
        ],
        "skip": [
            ("air raid", "the same act as 'attacked' (the raid)"),
            (("said", "military spokesman"), "rule-3 attribution (the attack is the event)"),
            (("returned", "All our aircraft"), "movement of aircraft (content of the statement)"),
            ("reported", "the pilots' reports to their own command (content of the quote)"),
            ("hits", "content of the quote"),
            (("said", "ground fire, he"), "rule-3 attribution (the return of fire is the event)"),
            ("ground fire", "presupposed fire by unnamed gunners (ASSAULT -> ISR arguable)"),
            ("planning", "content of the accusation"),
            (("attacks", "guerrilla attacks, the"), "content of the accusation"),
            (("raids", "Israel's air"), "habitual raids (generic, content of the army's statement; ASSAULT ISR "
                                        "arguable)"),
            ("aimed", "stative (content)"),
            (("attacks", "launching posts for"), "generic (content)"),
        ],
        "entities": [
            ("Israeli", "NORP", "ISR"),
            ("Palestinian", "NORP", None),
            ("Sidon", "GPE", "LBN"),
            ("Lebanon", "GPE", "LBN"),
            (("Lebanon", "air raid over"), "GPE", "LBN"),
            ("Ain\nel-Hilweh", "LOC", "LBN"),
            (("Israel", "The army says"), "GPE", "ISR"),
            (("Palestinian", "mostly at"), "NORP", None),
            (("Israel", "attacks\nagainst"), "GPE", "ISR"),
            ("Israeli Air Force", "ORG", "ISR"),
        ],
    },
    "reuters21578-5278": {
        "events": [
            # 0
            ("AGREE", "sign", ("Egypt",) + EGY_GOV, ("the Soviet Union",) + SUN_GOV, MOSCOW,
             "1987-03", "month", "next week", "planned", None,
             "Egypt and the Soviet Union are expected to sign an agreement in Moscow next week (one record, "
             "first-named party first, as 38b's copy of this story); 'next week' from Mon 16 March = 23-29 March: "
             "1987-03; 'Egyptian officials said' rule-3 attribution; the debt settlement its content"),
            # 1
            ("STATEMENT", "told", (("One official", "One official, who"),) + EGY_GOV, None, CAI,
             "1987-03-16", "day", None, "asserted", None,
             "the draft agreement's terms (content of the planned agreement); one of the Egyptian officials "
             "(identifiable although unnamed, 38b); Reuters is the audience; wire style: DCT, CAIRO"),
            # 2
            ("CONSULT", "Talks", EGYPT_IMPLIED, SUN_IMPLIED, MOSCOW,
             "1987-03-18", "day", "on Wednesday", "planned", None,
             "talks due to begin in Moscow on Wednesday (next Wednesday from Mon 16 March); parties implied "
             "(EVENTS.md 14), visitor first"),
            # 3
            ("CONSULT", "leaves", ("Economy Minister Youssri Mustapha",) + EGY_GOV,
             (("Moscow", "leaves for"),) + SUN_GOV, MOSCOW,
             "1987-03-17", "day", "Tuesday", "planned", None,
             "the minister leaves for Moscow on Tuesday (a visit, visitor first; a separate record from the talks: a "
             "different date, as 38b); next Tuesday from Mon 16 March"),
            # 4
            ("REQUEST", "propose", (("Egypt", "One official said Egypt"),) + EGY_GOV,
             (("the Soviet Union", "trade with the"),) + SUN_GOV, None,
             None, "unknown", None, "planned", None,
             "Egypt would propose a new exchange rate for trade with the Soviet Union (a proposal to a party = "
             "REQUEST, 11a/38b); 'said' rule-3 attribution; no time expression: undated"),
            # 5
            ("STATEMENT", ("said", "The officials said part"), (("The officials", "The officials said part"),)
             + EGY_GOV, None, CAI,
             "1987-03-16", "day", None, "asserted", None,
             "part of the debt would be paid in exports of goods (a term of the planned deal: content); DCT"),
            # 6
            ("STATEMENT", ("said", "hardware, the officials"), (("the officials", "hardware,"),) + EGY_GOV, None, CAI,
             "1987-03-16", "day", None, "asserted", None,
             "Egypt also wanted a debt deal to allow purchases of blocked spare parts (Egypt's aims); DCT"),
            # 7
            ("STATEMENT", ("said", "equipment, one official"), (("one official", "equipment,"),) + EGY_GOV, None, CAI,
             "1987-03-16", "day", None, "asserted", None,
             "65 pct of Egypt's arsenal is Soviet-supplied (statistics); DCT"),
            # 8
            ("SANCTION", "broke with", ("Anwar Sadat",) + EGY_GOV, ("its long-standing ally",) + SUN_GOV, None,
             "1977", "year", "in 1977", "asserted", None,
             "Sadat broke with Egypt's long-standing ally, the USSR (breaking relations = SANCTION, EVENTS.md 9; a "
             "break of an alliance rather than of diplomatic ties, arguable, as 38b); the when-clause is dated by "
             "'in 1977'"),
        ],
        "skip": [
            (("said", "Egyptian officials said"), "rule-3 attribution (the signing is the event)"),
            ("settling", "content of the agreement (debt settlement)"),
            ("asked to remain anonymous", "request for anonymity (29a/38b)"),
            ("draft agreement", "content of the statement (the draft of the planned agreement)"),
            (("reduce", "would"), "content (the draft's terms)"),
            (("set", "and set a 25"), "content (the draft's terms)"),
            (("met", "Tuesday,"), "internal meeting of one government (the minister with the President and his own "
                                  "ambassador, 15b/38b: no type; CONSULT EGY -> EGY arguable)"),
            (("discuss", "Bassiouni to"), "content of the internal meeting"),
            (("said", "One official said Egypt"), "rule-3 attribution (the proposal is the event)"),
            ("sees", "stative: Moscow's standing view of the old rate (ACCUSE SUN -> EGY arguable)"),
            (("set", "rate"), "background (a rate set in the 1960s by unnamed parties)"),
            ("paid", "content (a term of the planned deal)"),
            (("settle", "wants to"), "Egypt's aim (no speaker; content)"),
            ("open the door", "aim (content)"),
            (("cooperation", "new"), "hypothetical future cooperation (content of the aim)"),
            ("modernising", "content of the aim"),
            (("imports", "already"), "habitual trade (stative background; COOPERATE arguable)"),
            ("debt deal", "content (the wanted deal, the planned agreement)"),
            (("purchases", "allow"), "content of the aim"),
            ("blocked", "stative (spare parts currently blocked; SANCTION SUN -> EGY arguable)"),
            (("estimated", "An"), "impersonal estimate (statistics)"),
            (("supplied", "Soviet-"), "stative background (Soviet-supplied equipment)"),
            ("stopped repaying", "payment freeze: no matching type (EVENTS.md 10, Brazil's payment freeze)"),
            (("purchases", "for arms"), "background nominal (Soviet arms sales to Egypt; COOPERATE arguable)"),
            ("turned to", "political realignment with no specific act (SUPPORT / COOPERATE EGY -> USA 1977 arguable)"),
        ],
        "entities": [
            ("Egypt", "GPE", "EGY"),
            ("Soviet Union", "GPE", "SUN"),
            ("Moscow", "GPE", "SUN"),
            ("Cairo", "GPE", "EGY"),
            ("Egyptian", "NORP", "EGY"),
            ("Reuters", "ORG", "GBR"),
            (("Moscow", "begin in"), "GPE", "SUN"),
            ("Youssri Mustapha", "PERSON", "EGY"),
            (("Moscow", "leaves for"), "GPE", "SUN"),
            ("Hosni Mubarak", "PERSON", "EGY"),
            (("Egyptian", "Mubarak and"), "NORP", "EGY"),
            (("Moscow", "ambassador to"), "GPE", "SUN"),
            ("Salah Bassiouni", "PERSON", "EGY"),
            (("Egypt", "One official said"), "GPE", "EGY"),
            (("Soviet Union", "trade with the"), "GPE", "SUN"),
            (("Egyptian", "0.38"), "NORP", "EGY"),
            (("Moscow", "which"), "GPE", "SUN"),
            (("Egypt", "Egypt wants"), "GPE", "EGY"),
            (("Soviet", "modernising"), "NORP", "SUN"),
            (("Egypt", "Egypt, which"), "GPE", "EGY"),
            (("Soviet", "imports"), "NORP", "SUN"),
            (("Soviet", "ageing"), "NORP", "SUN"),
            (("Egypt", "65 pct of"), "GPE", "EGY"),
            (("Soviet", "made up of"), "NORP", "SUN"),
            (("Cairo", "Cairo stopped"), "GPE", "EGY"),
            (("Moscow", "repaying"), "GPE", "SUN"),
            ("Anwar Sadat", "PERSON", "EGY"),
            (("U.S.", "turned to the"), "GPE", "USA"),
        ],
    },
    "reuters21578-3877": {
        "events": [
            # 0
            ("ACCUSE", "charged", ("The U.S. Securities and Exchange\nCommission",) + USA_GOV,
             ("a managing director of\nMerrill Lynch, Pierce, Fenner and Smith Ltd in London",) + GBR_BUS, MANHATTAN,
             None, "unknown", None, "asserted", None,
             "the SEC charged a London managing director with masterminding an insider trading scheme (a civil "
             "complaint: ACCUSE, as 37a's SEC charge in the same case); 'said' rule-3 attribution; no time "
             "expression: undated (rule 17); the executive GBR BUS (his firm is the London Ltd; 37a's USA BUS, from "
             "its 'of Merrill Lynch and Co', arguable); the complaint was filed in Manhattan"),
            # 1
            ("ACCUSE", ("charged", "was"), ("SEC",) + USA_GOV, ("Nahum Vaskevitch",) + GBR_BUS, MANHATTAN,
             None, "unknown", None, "asserted", 0,
             "later mention: Vaskevitch was charged in a civil complaint by the SEC filed in Manhattan Federal Court"),
        ],
        "skip": [
            (("said", "Commission said"), "rule-3 attribution (the charge is the event)"),
            ("masterminding", "content of the charge"),
            (("complaint", "civil"), "part of the same act (the civil complaint)"),
            ("filed", "part of the same act (filing of the complaint)"),
            (("said", "The complaint"), "a document 'saying' (the complaint), not a speech act (EVENTS.md 4)"),
            ("leaked", "content of the complaint (the alleged wrongdoing)"),
            (("involved", "12"), "stative"),
            ("resulted", "content of the complaint"),
        ],
        "entities": [
            ("U.S. Securities and Exchange\nCommission", "ORG", "USA"),
            ("Merrill Lynch, Pierce, Fenner and Smith Ltd", "ORG", "GBR"),
            ("London", "GPE", "GBR"),
            ("Nahum Vaskevitch", "PERSON", "GBR"),
            (("London", "broker's"), "GPE", "GBR"),
            ("SEC", "ORG", "USA"),
            ("Manhattan\nFederal Court", "ORG", "USA"),
            (("Vaskevitch", "The complaint said"), "PERSON", "GBR"),
            (("Merrill Lynch, Pierce, Fenner and Smith", "Merrill Lynch, Pierce, Fenner and Smith is"), "ORG", "GBR"),
            ("Merrill Lynch and Co Inc", "ORG", "USA"),
        ],
    },
    "reuters21578-4367": {
        "events": [
            # 0
            ("COOPERATE", "enter", ("Union Pacific Corp",) + USA_BUS, ("Petroles de Venezuela",) + VEN_BUS, None,
             "1987-04", "month", "early April", "planned", None,
             "Union Pacific will enter a 50-50 partnership with PDVSA to own and operate its Corpus Christi refinery "
             "(a joint venture: material economic exchange between two companies, planned); the closing 'is "
             "expected to take place in early April' (next paragraph) dates it (1987-04, EVENTS.md 21's 'by early "
             "May'; undated arguable); 'said' rule-3 attribution; PDVSA state-owned: BUS (EVENTS.md 15)"),
            # 1
            ("STATEMENT", ("said", "190 mln dlrs, Union Pacific"), (("Union Pacific", "190 mln dlrs,"),) + USA_BUS,
             None, NY,
             "1987-03-12", "day", None, "asserted", None,
             "the assets to be acquired by the partnership are valued at 190 mln dlrs (the deal's terms); wire "
             "style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "trade name, the company"), (("the company", "trade name,"),) + USA_BUS, None, NY,
             "1987-03-12", "day", None, "asserted", None,
             "the venture will acquire the related inventories and the Champlin trade name (a term of the deal: "
             "content); DCT"),
            # 3
            ("STATEMENT", ("said", "receivables, Union Pacific"), (("Union Pacific", "receivables,"),) + USA_BUS, None,
             NY, "1987-03-12", "day", None, "asserted", None,
             "PDVSA and Union Pacific will each contribute half the capital and arrange a revolving credit facility "
             "with banks (terms of the venture and corporate finance: content); DCT"),
            # 4
            ("AGREE", "signed", (("Petroles de Venezuela", "receivables,"),) + VEN_BUS,
             (("the refinery", "naphtha\nto"),) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "PDVSA also signed a 25-year agreement to supply crude oil and naphtha to the refinery (the Union Pacific "
             "/ venture side, USA BUS, anchored at 'the refinery'); 'signed' with no time expression: undated (rule "
             "17); the supply is its content"),
            # 5
            ("STATEMENT", ("said", "similar terms, the company"), (("the company", "similar terms,"),) + USA_BUS, None,
             NY, "1987-03-12", "day", None, "asserted", None,
             "under options in the agreement PDVSA could supply another 50,000 bpd (a term of the agreement: "
             "content); DCT"),
            # 6
            ("STATEMENT", ("said", "issued by Union Pacific"), (("Union Pacific", "issued by"),) + USA_BUS, None, NY,
             "1987-03-12", "day", None, "asserted", None,
             "'This will provide a stable, long-term supply ...' in a statement issued by Union Pacific ('X's "
             "statement' is a reporting clause, guidelines rule 1; 'issued' and 'statement' left unlisted); DCT"),
            # 7
            ("STATEMENT", ("said", "The statement said"), (None,) + USA_BUS, None, NY,
             "1987-03-12", "day", None, "asserted", None,
             "the statement (Union Pacific's, speaker implied, 55a's 'The statement said') says the PDVSA agreement "
             "will let the company supply its customers (assessment); DCT"),
            # 8
            ("STATEMENT", ("said", "Union Pacific said employees"), (("Union Pacific", "Union Pacific said employees"),)
             + USA_BUS, None, NY,
             "1987-03-12", "day", None, "asserted", None,
             "the refinery's employees would be transferred to the new company with the same benefits (no type); "
             "DCT"),
        ],
        "skip": [
            (("said", "Union Pacific Corp said"), "rule-3 attribution (the partnership is the event)"),
            ("own and operate", "purpose of the partnership (content)"),
            (("acquired", "assests to be"), "content of the statement (the partnership's acquisition of the assets)"),
            ("Closing", "the closing of the partnership deal (its date dates the first mention; anaphoric)"),
            (("expected", "Closing is"), "impersonal expectation (part of the closing clause)"),
            ("called", "naming of the venture"),
            (("acquire", "The partnership will"), "a term of the partnership deal: Union Pacific's refining assets "
                                                  "transferred to the venture (EVENTS.md 8; COOPERATE planned "
                                                  "arguable)"),
            (("acquire", "The venture will"), "a term of the deal (content of the statement)"),
            ("contribute", "terms of the venture (content)"),
            ("arrange", "corporate finance (a bank credit facility; content)"),
            ("finance", "corporate finance (content)"),
            (("supply", "agreement to"), "content of the agreement"),
            (("supply", "PDVSA could"), "content (an option under the agreement)"),
            (("provide", "This will"), "content of the statement"),
            ("assuring", "content of the statement"),
            (("agreement", "The statement said the"), "anaphoric nominal (the supply agreement)"),
            (("supply", "enable the company to"), "content of the statement"),
            ("transfered", "content of the statement (employees moved to the venture)"),
            ("retain", "content of the statement"),
        ],
        "entities": [
            ("Union Pacific Corp", "ORG", "USA"),
            ("Petroles de Venezuela", "ORG", "VEN"),
            ("PDVSA", "ORG", "VEN"),
            (("Union Pacific", "operate"), "ORG", "USA"),
            ("Corpus\nChristi", "GPE", "USA"),
            ("Texas", "GPE", "USA"),
            (("Union Pacific", "190 mln dlrs,"), "ORG", "USA"),
            ("Champlin Refining Co", "ORG", "USA"),
            ("Champlin Petroleum", "ORG", "USA"),
            (("Union Pacific", "subsidiary of"), "ORG", "USA"),
            (("Champlin", "the\nChamplin"), "ORG", "USA"),
            (("PDVSA", "trade name,"), "ORG", "VEN"),
            (("Union Pacific", "PDVSA and"), "ORG", "USA"),
            (("U.S.", "credit facility with"), "GPE", "USA"),
            (("Union Pacific", "receivables,"), "ORG", "USA"),
            (("Petroles de Venezuela", "receivables,"), "ORG", "VEN"),
            ("Venezulean", "NORP", "VEN"),
            (("PDVSA", "agreement PDVSA"), "ORG", "VEN"),
            (("Union Pacific", "issued by"), "ORG", "USA"),
            (("PDVSA", "agreement with"), "ORG", "VEN"),
            (("Union Pacific", "Union Pacific said employees"), "ORG", "USA"),
        ],
    },
    "reuters21578-17420": {
        "events": [
            # 0
            ("STATEMENT", "said", ("President Reagan",) + USA_GOV, None, WAS,
             "1987-04-29", "day", None, "asserted", None,
             "a further decline of the dollar could be counterproductive (assessment); written answers to the Asahi "
             "Shimbun, no date of their own: wire style, DCT, dateline city"),
            # 1
            ("STATEMENT", "noted", (("he", "newspaper,"),) + USA_GOV, None, WAS,
             "1987-04-29", "day", None, "asserted", None,
             "Reagan noted what Baker had said (a reporting clause of his own; the relayed saying is a separate "
             "record, 58a's Grassley/Lyng); DCT"),
            # 2
            ("STATEMENT", ("said", "had"), ("Treasury Secretary James Baker",) + USA_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "Baker had said all seven major industrial nations were committed to cooperating on exchange-rate "
             "stability (a standing commitment, stative; AGREE by the group arguable); relayed, pluperfect: undated, "
             "no place"),
            # 3
            ("STATEMENT", ("said", "counterproductive,\" Reagan"), (("Reagan", "counterproductive,\""),) + USA_GOV,
             None, WAS, "1987-04-29", "day", None, "asserted", 0,
             "later mention: the quote 'We all believe a further decline of the dollar could be counterproductive' "
             "restates the lead (EVENTS.md 3)"),
            # 4
            ("STATEMENT", ("said", "Reagan said the best"), (("Reagan", "Reagan said the best"),) + USA_GOV, None, WAS,
             "1987-04-29", "day", None, "asserted", None,
             "the best way for the U.S. to cut its trade deficit is to export more (assessment about its own "
             "country); DCT"),
            # 5
            ("REQUEST", ("said", "He said Japan"), (("He", "He said Japan"),) + USA_GOV,
             (("Japan", "He said"), "JPN", "GOV"), WAS,
             "1987-04-29", "day", None, "asserted", None,
             "Japan could make a major contribution by adopting policies to promote domestic demand and implementing "
             "structural reforms (prescriptive talk with an identified actor: REQUEST, EVENTS.md 2); DCT"),
        ],
        "skip": [
            ("questions", "questions put by the newspaper (the frame of the answers)"),
            ("committed", "stative: the standing commitment of the seven nations (content of Baker's statement; "
                          "AGREE arguable)"),
            ("cooperating", "content of Baker's statement"),
            ("reduce", "content of the statement"),
            ("export more", "content of the statement"),
            ("contribution", "content of the request"),
            ("adopting", "content of the request"),
            ("implementing", "content of the request"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Asahi Shimbun", "ORG", "JPN"),
            ("James Baker", "PERSON", "USA"),
            (("Reagan", "counterproductive,\""), "PERSON", "USA"),
            (("Reagan", "Reagan said the best"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("Japan", "He said"), "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
