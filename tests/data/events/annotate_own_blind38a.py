"""Build ``own_blind38a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind38a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left); 24 drawn with random.Random(38101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
47 event records (43 first mentions, 4 later mentions), 125 not_annotated spans, 125 entity mentions
(GPE 58, ORG 22, PERSON 22, NORP 18, LOC 5); two articles without events (16071, Argentine grain market
review: price movements only; 13236, UAE oil output: anonymous industry sources, statistics and a
domestic output cut), 7557 (steel output) has a single reporting-clause STATEMENT. Types: STATEMENT 40,
SUPPORT 4, REJECT 1, COOPERATE 1, AGREE 1; modality: asserted 46, negated 1; precision: day 42, month 3,
year 1, unknown 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed that way: the actor "he" of
"with other central banks, he said" and of "problems in the future, he said" (5271) matching inside
"other" and "the"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("President Reagan",
"Secretary of State George Shultz", "Defence Secretary Caspar Weinberger", "Finance Minister Kiichi
Miyazawa", "Finance Minister Boris Gostev", "Planning chief Nikolai Talyzin", "Rep. Charles Schumer":
the PERSON); a named body before a title is an ORG ("Federal Reserve Board chairman Paul Volcker",
"House Banking Committee chairman Fernand St. Germain": ORG + PERSON, 37a's "U.S. Department of
Agriculture Deputy Administrator William Bailey"; "Kremlin leader Mikhail Gorbachev": ORG "Kremlin" SUN
+ PERSON, 31a); possessive 's left out ("South Korea's", "Abu Dhabi's", "Japan's"). The Kremlin, the
Politburo, the Supreme Soviet (17a) and GOSPLAN ORG SUN (the lower-case "state planning committee"
not tagged), "Soviet" NORP SUN, Moscow GPE SUN, "Western" NORP null (35a); "House" in "the House trade
bill" ORG USA (35a/24a), "Democratic" NORP USA (21b/24a), New York GPE USA (Schumer's state); the
National Security Council ORG USA (17b); "Nicaraguan" and the lower-case "contra" NORP NIC (22b),
Managua GPE NIC, "Iranian" NORP IRN; "U.S. Agriculture Department" one ORG span USA (a body with its
country word, 22a/35a); the "World Production and Trade Report" is a document title, not tagged (as
laws, 12b); "Koreans" NORP KOR, South Africa GPE ZAF; the International Iron and Steel Institute and
the capitalised short "Institute" ORG null (an international trade association; capitalised short
names as 37a's "Bank"); "Communist" inside "non-Communist" NORP null (32a's "Communist" countries; a
name inside a prefixed word tagged as 17a's "NYSE" in "non-NYSE"); the European Community ORG null,
"Brazilian" NORP BRA; the Bank of Japan ORG JPN ("Japan" inside it not tagged, as 35a's Bank of
France), Paris GPE FRA, West Germany GPE DEU; the United Arab Emirates / UAE, Abu Dhabi and Dubai GPE
ARE (the emirates as GPEs, also where they stand for their oil producers); OPEC (full name and short,
also in "the official OPEC price" and "the OPEC quota") ORG null; oil fields LOC ARE ("Umm Shaif", "the
Upper and Lower Zakum fields" as one span with its common noun, as 20b's "Ahvaz field" and 36a's
"Gidgealpa South field", and "Upper Zakum"), crude grades ("Abu Dhabi's Umm Shaif crude", "the Murban
grade", "most of it Murban") not tagged (products); "Japanese" NORP JPN; "Argentine" NORP ARG and the
grain ports and cities (Bahia Blanca, Necochea, Rosario, Buenos Aires, Villa Constitucion, San Nicolas,
Puerto Alvear) GPE ARG; "Parana River" LOC null (a river of Brazil, Paraguay and Argentina, as 32b's
River Plate; ARG arguable, since its ports here are Argentine); currencies (Australs, yen, dollar) and
lower-case bodies ("parliament", "the committee", "the administration") are not tagged.

Judgement calls made here:
* 10101 (Volcker on primary dealers, DCT Thu 1987-03-26, WASHINGTON): "Volcker said he opposes
  legislation to deny primary dealer status to firms from countries that do not grant U.S. firms equal
  access" is REJECT USA GOV -> the bill's sponsors in Congress (implied USA GOV: 25b's Fed that "opposed
  pending legislation", 6b), trigger "opposes" with the saying as the act ("said" left unlisted), DCT,
  WASHINGTON; the denial of status is the bill's content (SANCTION hypothetical arguable, skipped).
  "In a letter to ... St. Germain, Volcker warned that it could lead to retaliation against U.S. firms"
  is a STATEMENT (a warning with no consequence from the speaker, own_blind's "warned that partners may
  resist"), DCT (the letter has no date). "The committee approved the legislation yesterday" is a bill
  approved inside one body: domestic legislation (28b/37b; SANCTION USA -> JPN arguable, skipped). "They
  said its impact would be felt only by Japanese firms" is a STATEMENT by the committee (USA GOV), DCT
  (placing it in yesterday's approval arguable). '"Even Japan ... has made a number of advances in
  opening its market to U.S. firms," Volcker said' is SUPPORT USA -> JPN (mild praise of a named
  country's progress, 35a's "cited Mexico", 11a; a STATEMENT arguing against the bill arguable), DCT;
  Japan's market opening is its content (RETREAT arguable, skipped). The bill's terms ("gives the
  administration six months to negotiate", "the ban on foreign dealers") are a document's content
  (CONSULT / SANCTION hypothetical arguable, skipped). "Volcker said more progress could be made by
  continuing negotiations without adopting the bill's more rigid approach" is a STATEMENT (an
  evaluation with no actor asked, EVENTS.md 2; REQUEST toward Congress arguable). "An aide to Rep.
  Charles Schumer, the New York Democratic sponsor, said it is expected to pass" is a STATEMENT (USA
  GOV): the aide of a named congressman taken as identifiable (37a's analyst of a named firm; anonymous
  as EVENTS.md 4's "committee staff" arguable), DCT; the passage is domestic legislation (content).
* 16071 (Argentine grain market review, DCT 1987-04-09, BUENOS AIRES): no event (a negative): price
  movements and quotations of an actorless market.
* 7557 (non-Communist steel output, DCT Fri 1987-03-20, BRUSSELS): "International Iron and Steel
  Institute figures showed" and "The figures continue to indicate a switch" are a document with
  statistics (not speech acts, 37a's "Other Bank figures ... showed"); the only record is "the Institute
  said" (the 30 countries account for 97 pct of production): STATEMENT by an international trade
  association (null ORG), DCT, BRUSSELS; the countries' reporting of figures to it is habitual.
* 15287 (South Korea corn, DCT Wed 1987-04-08, WASHINGTON): "South Korea's purchase of about 2.4 mln
  tonnes of U.S. corn in the past six months ... indicates that imports ... are set for a dramatic jump,
  the U.S. Agriculture Department said": the purchase is a nominal with its own predication (EVENTS.md
  11), COOPERATE KOR GOV -> the U.S. sellers implied by the origin (USA BUS; 12b/20b/29b's purchases of
  U.S. corn), undated ("in the past six months" is a period with no single value, 29b); since the main
  proposition is the forecast, not the purchase, the department's "said" is its own STATEMENT (DCT),
  not rule-3 attribution. "In its World Production and Trade Report, the department said total ...
  imports ... are estimated at 4.3 mln tonnes" and "Ite appears the Koreans are shifting back to U.S.
  corn ..., it said" are STATEMENTs (USA GOV, DCT; the report is named in the reporting clause, as
  EVENTS.md 4's named-author report); the 1985/86 import total is statistics and the Koreans' shift
  market behaviour (COOPERATE arguable, skipped as content).
* 13236 (UAE oil output, DCT Sat 1987-04-04, ABU DHABI): no event (a negative). Every "industry sources
  said", "the sources said / added" and "they added" is anonymous (EVENTS.md 4); output figures,
  customers' cut liftings, traders' spot purchases and the Japanese firms' liftings are statistics or
  market activity by unnamed actors; OPEC's quota "assigned" is a standing allocation (stative). "after
  the emirate declared a mid-February output cut to help boost world oil prices" is Dubai's own output
  cut, a domestic production measure (EVENTS.md 10's ordered production cut "to force prices up",
  15b/19b), relayed by the anonymous sources: skipped (a STATEMENT ARE GOV, undated since "mid-February"
  dates the cut, arguable). "Abu Dhabi considers output from Upper Zakum ... to be test production not
  included in calculations for complying with the OPEC quota" is a standing view, not a reported
  statement (stative; REJECT toward OPEC arguable, skipped).
* 5157 (Reagan on Iran arms, DCT Sat 1987-03-14, WASHINGTON; published 23:36, dateline "March 15": the
  DCT is published_at's date, GUIDELINES.md): "President Reagan for the first time admitted he was wrong
  to sell arms to Iran" is a STATEMENT (12b's Shultz "acknowledged failings"; RETREAT as PLOVER's
  concession arguable), made "in a weekly radio address" with no time expression: wire style, DCT (the
  Saturday address), WASHINGTON; "He made the admission in a weekly radio address" is its later mention
  (the event noun after a light verb). The arms sales to Iran are the admission's content and the
  scandal's background (COOPERATE USA -> IRN arguable, skipped as 34b/24a), "four months ago" dates
  only the crisis they "plunged" him into. "while defending the role played by Secretary of State
  George Shultz and Defence Secretary Caspar Weinberger" is SUPPORT USA -> USA (defending actors, not a
  policy: EVENTS.md 6 gives STATEMENT only for a defended policy; the two secretaries a same-country
  compound, one record, EVENTS.md 12), in the same address: DCT. 'He said: "... both Secretary Shultz
  and Secretary Weinberger advised me strongly not to pursue the initiative."' and '"... But they
  discharged their responsibilities as my advisers and as my subordinates," he said' are two later
  mentions of the defence (the quoted defence, EVENTS.md 3; each "said" sits in a sentence about the
  secretaries; a STATEMENT for the first and a later mention of the admission for the second, whose
  quote also holds "I was wrong", arguable); their past advice (REQUEST undated arguable), Reagan's
  decision and going forward are content. "Since the scandal broke last November, Shultz and
  Weinberger have said they told Reagan of their opposition to the deal and were not fully informed" is
  a STATEMENT (USA GOV, their own account; REJECT arguable) dated by the start of the "since" period,
  1986-11 (32a's "since last summer", 34a's "since December"; EVENTS.md 16's wire-style "have said" =
  DCT arguable), location null; "They also said they were unaware of the diversion of ... profits from
  the arms sales to the Nicaraguan contra rebels" is a second reporting clause (STATEMENT; a denial of
  knowledge, REJECT arguable) continuing the same statements: 1986-11 (DCT arguable). The diversion (AID
  arguable), the NSC members' effort, the scandal breaking and the rebels "fighting the leftist Managua
  government" (a descriptive participle, 22b) are skipped.
* 21368 (Soviet 1988 targets, DCT Mon 1987-10-19, MOSCOW): every plan target, budget figure and
  spending decision is domestic economic policy (no type), so the records are reporting clauses:
  "The Soviet Union outlined its economic targets for 1988 on Monday" (STATEMENT SUN GOV, "on Monday" =
  the DCT, MOSCOW as 35a's "said on Monday"; "stressing" its participial elaboration), "Planning chief
  Nikolai Talyzin told the Supreme Soviet" (its own record rather than a later mention of the lead's
  outline, arguable; the Supreme Soviet is the audience, not actor2, and not taken as the location, the
  dateline city being used as for every DCT-dated speech act), "Talyzin said national income ...", "He
  said the Kremlin planned to produce 235 mln tonnes of grain", '"Certain difficulties have arisen
  this year ...," said Talyzin' ("this year" governs the difficulties), "Talyzin said the ruling
  Politburo had concluded at a recent meeting ..." (the Politburo's meeting and conclusion are internal
  to one body, skipped), '"Large-scale measures are planned to save resources," he said', "Finance
  Minister Boris Gostev told the Supreme Soviet that defense spending in 1988 would total 32 billion
  dlrs" and "Talyzin said the Kremlin also decided to increase spending next year": STATEMENTs, DCT,
  MOSCOW. "Kremlin leader Mikhail Gorbachev has described machine-builing as a sector whose rapid
  modernization is essential" is a STATEMENT, DCT by EVENTS.md 16's "have said" (undated as background
  arguable). "the same figure as was announced last year" is a STATEMENT by an implied Soviet announcer
  (SUN GOV, text null; own_dev's initiative "announced on March 16"), 1986 (year), location null.
  "Soviet data show" is a document; "Western governments view official Soviet estimates ... as highly
  understated, but say the real figure is hard to calculate" is a generic, habitual stance of unnamed
  governments (skipped; ACCUSE null -> SUN arguable).
* 5271 (Bank of Japan, DCT Mon 1987-03-16, TOKYO): "a senior central bank official told reporters" is
  an official of a named body (EVENTS.md 4; JPN GOV), and all his reporting clauses are STATEMENTs
  (assessments and forecasts on the yen, intervention, GNP, monetary and fiscal policy, inflation risk,
  liquidity and the stock boom), DCT, TOKYO: "told", "He said the pledge ...", "..., he said"
  (intervention), "..., the senior bank official said", "cited" (an answer to a question; "Asked"
  skipped), "The senior bank official said he expects", "..., he said" (domestic demand), "He said there
  was virtually no room", "he added" (fiscal policy: a second reporting clause, EVENTS.md 3; REQUEST
  toward the government arguable), "..., the senior bank official said" (monetary policy), "..., he said"
  (inflation risk), "..., he said" (liquidity), "..., the bank official said" (stock boom) and "..., he
  said" (inflow of funds). '"We are sitting on a barrel of powder, but fortunately it may still be
  wet," he added' is the quoted restatement of the inflation-risk assessment (later mention, EVENTS.md 3;
  a second record for "added" arguable). "but declined to be more specific" is a withheld STATEMENT
  (negated, DCT; 35a's "declined to say"). "the pledge by major industrial nations in Paris last month to
  cooperate to hold exchange rates around current ranges" is AGREE by the group (null GOV, no actor2; a
  nominal with its own agent, place and date, EVENTS.md 11; 34b's "their agreement last month in
  Paris"), 1987-02, Paris; the cooperation is its content. "Finance Minister Kiichi Miyazawa told
  parliament on Friday the current dollar/yen exchange rate is not necessarily satisfactory" is a
  STATEMENT (JPN GOV), 1987-03-13 ("on Friday" before Mon 16 March), location null (not DCT-dated, no
  place named). Intervention and "The Bank of Japan has cut its discount rate five times" are monetary
  operations (EVENTS.md 10, skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind38a.jsonl"

WAS = ("WASHINGTON", "USA")
BRU = ("BRUSSELS", "BEL")
MOS = ("MOSCOW", "SUN")
TOK = ("TOKYO", "JPN")

USA_IMPLIED = (None, "USA", "GOV")
VOLCKER = ("Federal Reserve Board chairman Paul\nVolcker", "USA", "GOV")
US_EXPORTERS = (None, "USA", "BUS")
REAGAN = ("President Reagan", "USA", "GOV")
REAGAN_HE = (("He", "He made"), "USA", "GOV")
SECRETARIES = ("Secretary of State George Shultz\nand Defence Secretary Caspar Weinberger", "USA", "GOV")
SHULTZ_WEINBERGER = (("Shultz and\nWeinberger", "last November,"), "USA", "GOV")
TALYZIN = ("Planning chief Nikolai Talyzin", "SUN", "GOV")
BOJ_OFFICIAL = ("a senior central bank official", "JPN", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10101": {
        "events": [
            # 0
            ("REJECT", "opposes", VOLCKER, USA_IMPLIED, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "Volcker said he opposes legislation to deny primary dealer status (opposition to a proposal = REJECT "
             "toward its sponsors in Congress, implied: 25b's Fed opposing pending legislation, 6b); the saying is "
             "the act ('said' left unlisted); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "warned", (("Volcker", "Germain,"), "USA", "GOV"), None, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "warned in a letter that the bill could lead to retaliation against U.S. firms: no consequence from the "
             "speaker (own_blind's 'warned that partners may resist'); the letter has no date: wire style, DCT"),
            # 2
            ("STATEMENT", ("said", "They said"), (("They", "They said"), "USA", "GOV"), None, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "the committee (members) said the impact would fall only on Japanese primary dealers (assessment); no "
             "time expression of its own: wire style, DCT (placing it in yesterday's approval arguable)"),
            # 3
            ("SUPPORT", ("said", 'firms," Volcker'), (("Volcker", 'firms," Volcker'), "USA", "GOV"),
             (("Japan", "Even Japan"), "JPN", "GOV"), WAS,
             "1987-03-26", "day", None, "asserted", None,
             "'Even Japan ... has made a number of advances in opening its market to U.S. firms': mild praise of a "
             "named country's progress (35a's 'cited Mexico', 11a; STATEMENT arguable); DCT"),
            # 4
            ("STATEMENT", ("said", "Volcker said more"), (("Volcker", "Volcker said more"), "USA", "GOV"), None, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "more progress could be made by continuing negotiations without the bill (an evaluation, no actor "
             "asked, EVENTS.md 2; REQUEST toward Congress arguable); DCT"),
            # 5
            ("STATEMENT", ("said", "Democratic sponsor,"), ("An aide to Rep. Charles Schumer", "USA", "GOV"), None,
             WAS, "1987-03-26", "day", None, "asserted", None,
             "the bill is expected to pass in the House trade bill (forecast of domestic legislation); an aide to a "
             "named congressman taken as identifiable (37a's Nomura analyst; anonymous as EVENTS.md 4's 'committee "
             "staff' arguable); DCT"),
        ],
        "skip": [
            ("deny", "content of the legislation (a restriction on foreign dealers: SANCTION hypothetical arguable)"),
            ("grant", "content (the equal-access condition)"),
            ("letter", "the medium of the warning (part of its reporting clause)"),
            ("retaliation", "hypothetical content of the warning"),
            ("operating", "stative"),
            ("approved", "committee approval of a bill: domestic legislation inside one body (28b, 37b; SANCTION USA -> "
                         "JPN arguable)"),
            ("felt", "content of the committee's statement"),
            ("designated", "stative"),
            (("meet", "countries would"), "hypothetical content"),
            ("aimed", "content (the bill's target)"),
            ("advances", "content of the praise (Japan's market opening: RETREAT JPN undated arguable)"),
            ("opening", "content of the praise"),
            ("gives", "content of a document (the legislation's terms)"),
            ("negotiate", "content of the legislation (CONSULT hypothetical arguable)"),
            ("ban", "content of the legislation (SANCTION hypothetical arguable)"),
            ("take effect", "content of the legislation"),
            (("progress", "Volcker said more"), "content of the statement"),
            (("negotiations", "continuing"), "content (the continuing U.S. negotiations on equal access: CONSULT "
                                             "arguable)"),
            ("adopting", "content (the bill's adoption)"),
            (("pass", "expected to"), "domestic legislation (content of the aide's forecast)"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Paul Volcker", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("House Banking Committee", "ORG", "USA"),
            ("Fernand St. Germain", "PERSON", "USA"),
            (("Volcker", "Germain,"), "PERSON", "USA"),
            (("U.S.", "retaliation"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "primary dealers in"), "GPE", "USA"),
            (("Japan", "Even"), "GPE", "JPN"),
            (("U.S.", "opening its market to"), "GPE", "USA"),
            (("Volcker", 'firms," Volcker'), "PERSON", "USA"),
            (("U.S.", "equal access for"), "GPE", "USA"),
            (("U.S.", "foreign dealers in the"), "GPE", "USA"),
            (("Volcker", "Volcker said more"), "PERSON", "USA"),
            ("Charles Schumer", "PERSON", "USA"),
            ("New York", "GPE", "USA"),
            ("Democratic", "NORP", "USA"),
            (("House", "pass in the"), "ORG", "USA"),
        ],
    },
    "reuters21578-16071": {
        "events": [],
        "skip": [
            ("quiet", "market activity (no actor)"),
            ("rising", "market-price movement"),
            (("rose", "domestic consumption"), "market-price movement"),
            (("rose", "For export it"), "market-price movement"),
            (("increased", "104"), "market-price movement"),
            ("fell", "market-price movement"),
            ("dropped", "market-price movement"),
            ("quoted", "market-price quotation"),
            (("rose", "Rosario rose"), "market-price movement"),
        ],
        "entities": [
            ("Argentine", "NORP", "ARG"),
            ("Bahia Blanca", "GPE", "ARG"),
            ("Necochea", "GPE", "ARG"),
            ("Rosario", "GPE", "ARG"),
            ("Buenos Aires", "GPE", "ARG"),
            (("Bahia Blanca", "unchanged at 82"), "GPE", "ARG"),
            (("Necochea", "85 at"), "GPE", "ARG"),
            ("Parana River", "LOC", None),
            (("Bahia Blanca", "Sorghum from"), "GPE", "ARG"),
            (("Rosario", "75 at"), "GPE", "ARG"),
            ("Villa Constitucion", "GPE", "ARG"),
            ("San Nicolas", "GPE", "ARG"),
            ("Puerto Alvear", "GPE", "ARG"),
            (("Buenos Aires", "Oats"), "GPE", "ARG"),
            (("Buenos Aires", "Millet from"), "GPE", "ARG"),
            (("Rosario", "Buenos Aires and"), "GPE", "ARG"),
            (("Buenos Aires", "birdseed rose"), "GPE", "ARG"),
        ],
    },
    "reuters21578-7557": {
        "events": [
            # 0
            ("STATEMENT", ("said", "production, the Institute"), (("the Institute", "production,"), None, "ORG"), None,
             BRU, "1987-03-20", "day", None, "asserted", None,
             "the 30 reporting countries account for 97 pct of non-Communist production (statistics); the IISI, an "
             "international trade association: null ORG; wire style: DCT, dateline city"),
        ],
        "skip": [
            (("fell", "producing countries"), "statistics"),
            ("continuing", "statistics (a trend)"),
            ("showed", "a document (the Institute's figures): not a speech act"),
            ("report", "habitual (the countries' reporting of figures to the Institute)"),
            (("fell", "United States"), "statistics"),
            ("indicate", "a document (the figures)"),
            ("switch", "statistics (a trend)"),
            ("rose", "statistics"),
            ("account", "statistics (content of the statement)"),
        ],
        "entities": [
            (("Communist", "major"), "NORP", None),
            ("International Iron and Steel\nInstitute", "ORG", None),
            ("United States", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("European Community", "ORG", None),
            ("Brazilian", "NORP", "BRA"),
            ("South Korea", "GPE", "KOR"),
            (("Communist", "world non-"), "NORP", None),
            (("Institute", "production, the"), "ORG", None),
        ],
    },
    "reuters21578-15287": {
        "events": [
            # 0
            ("COOPERATE", "purchase", ("South Korea", "KOR", "GOV"), US_EXPORTERS, None,
             None, "unknown", None, "asserted", None,
             "South Korea's purchase of 2.4 mln tonnes of U.S. corn: a nominal with its own predication (EVENTS.md "
             "11), sellers implied by the origin (12b/20b/29b's purchases of U.S. corn); 'in the past six months' "
             "is a period with no single value: undated"),
            # 1
            ("STATEMENT", ("said", "Agriculture Department"), ("the U.S. Agriculture Department", "USA", "GOV"), None,
             WAS, "1987-04-08", "day", None, "asserted", None,
             "forecast: imports set for a dramatic jump (the purchase is its grounds, coded separately); wire style: "
             "DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "the department\nsaid"), ("the department", "USA", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "import estimates for 1986/87 in its World Production and Trade Report (statistics); DCT"),
            # 3
            ("STATEMENT", ("said", "South Africa, it"), (("it", "South Africa,"), "USA", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "assessment: the Koreans appear to be shifting back to U.S. corn; DCT"),
        ],
        "skip": [
            ("indicates", "content of the forecast (the purchase as its grounds)"),
            ("jump", "forecast content (imports: statistics)"),
            ("Report", "the document named in the reporting clause"),
            ("estimated", "content (statistics)"),
            ("totaled", "statistics"),
            ("shifting", "content of the assessment (Korean buyers' market behaviour; COOPERATE KOR -> USA arguable)"),
            ("supplies", "content of the assessment"),
        ],
        "entities": [
            ("South Korea", "GPE", "KOR"),
            ("U.S.", "GPE", "USA"),
            ("United States", "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("South Korea", "total"), "GPE", "KOR"),
            (("United States", "3.4 mln"), "GPE", "USA"),
            (("U.S.", "1.3 mln"), "GPE", "USA"),
            ("Koreans", "NORP", "KOR"),
            (("U.S.", "shifting back to"), "GPE", "USA"),
            (("U.S.", "competitive"), "GPE", "USA"),
            ("China", "GPE", "CHN"),
            ("Argentina", "GPE", "ARG"),
            ("South Africa", "GPE", "ZAF"),
        ],
    },
    "reuters21578-13236": {
        "events": [],
        "skip": [
            (("dropped", "(UAE)"), "statistics (output)"),
            ("resistance", "market behaviour of unnamed customers (content of anonymous talk)"),
            (("said", "industry sources"), "anonymous-source talk (industry sources)"),
            ("assigned", "background: OPEC's standing quota allocation (stative)"),
            ("buy", "market activity by unnamed traders"),
            (("said", "The sources said"), "anonymous-source talk"),
            (("fell", "largest UAE producer"), "statistics (content of anonymous talk)"),
            ("slipped", "statistics"),
            ("declared", "Dubai's output cut: a domestic production measure (EVENTS.md 10's ordered production cut, "
                         "15b/19b), relayed by anonymous sources (STATEMENT ARE GOV, undated, arguable)"),
            ("boost", "purpose of the output cut"),
            (("added", "oil prices, the sources"), "anonymous-source talk"),
            ("cut liftings", "market activity by unnamed customers"),
            (("said", "cut liftings, the sources"), "anonymous-source talk"),
            ("maintaining", "content of anonymous talk"),
            (("added", "liftings, they"), "anonymous-source talk"),
            (("lift", "Japanese firms"), "habitual trade by unnamed Japanese firms"),
            ("considers", "Abu Dhabi's standing view of its quota accounting: stative, not a reported statement "
                          "(REJECT toward OPEC arguable)"),
            ("complying", "content (quota compliance)"),
            ("producing", "hypothetical statistics (content of anonymous talk)"),
            (("added", "quota in March, the sources"), "anonymous-source talk"),
        ],
        "entities": [
            ("United Arab Emirates", "GPE", "ARE"),
            ("UAE", "GPE", "ARE"),
            ("Abu Dhabi", "GPE", "ARE"),
            (("UAE", "The UAE quota"), "GPE", "ARE"),
            ("Organisation of Petroleum\nExporting Countries", "ORG", None),
            ("OPEC", "ORG", None),
            (("Abu Dhabi", "Traders could buy"), "GPE", "ARE"),
            (("OPEC", "official OPEC"), "ORG", None),
            (("Abu Dhabi", "output by"), "GPE", "ARE"),
            (("UAE", "the largest UAE"), "GPE", "ARE"),
            ("Dubai", "GPE", "ARE"),
            (("Abu Dhabi", "Most of the"), "GPE", "ARE"),
            (("Umm Shaif", "offshore"), "LOC", "ARE"),
            ("Upper and Lower Zakum fields", "LOC", "ARE"),
            ("Japanese", "NORP", "JPN"),
            (("Japanese", "The Japanese firms"), "NORP", "JPN"),
            (("Abu Dhabi", "Abu Dhabi considers"), "GPE", "ARE"),
            (("Upper Zakum", "output from"), "LOC", "ARE"),
            (("OPEC", "complying with the"), "ORG", None),
            (("Upper Zakum", "Without"), "LOC", "ARE"),
            (("UAE", "the UAE would"), "GPE", "ARE"),
        ],
    },
    "reuters21578-5157": {
        "events": [
            # 0
            ("STATEMENT", "admitted", REAGAN, None, WAS,
             "1987-03-14", "day", None, "asserted", None,
             "Reagan admitted he was wrong to sell arms to Iran (an acknowledgement: 12b's Shultz 'acknowledged "
             "failings'; RETREAT as PLOVER's concession arguable); made in his weekly radio address, no time "
             "expression: wire style, DCT (a Saturday), dateline city"),
            # 1
            ("STATEMENT", "admission", REAGAN_HE, None, WAS,
             "1987-03-14", "day", None, "asserted", 0,
             "later mention: 'He made the admission in a weekly radio address' (event noun after a light verb)"),
            # 2
            ("SUPPORT", "defending", REAGAN_HE, SECRETARIES, WAS,
             "1987-03-14", "day", None, "asserted", None,
             "defending the role played by Shultz and Weinberger (defending actors, not a policy: SUPPORT, EVENTS.md "
             "6; same-country compound target: one record, EVENTS.md 12); in the same radio address: DCT"),
            # 3
            ("SUPPORT", ("said", "He said:"), (("He", "He said:"), "USA", "GOV"),
             ("Secretary Shultz and Secretary Weinberger", "USA", "GOV"), WAS,
             "1987-03-14", "day", None, "asserted", 2,
             "later mention: the quoted defence (both secretaries advised him strongly not to pursue the "
             "initiative, EVENTS.md 3); STATEMENT arguable"),
            # 4
            ("SUPPORT", ("said", 'subordinates," he'), (("he", 'subordinates," he'), "USA", "GOV"),
             (("they", "But they"), "USA", "GOV"), WAS,
             "1987-03-14", "day", None, "asserted", 2,
             "later mention: 'they discharged their responsibilities as my advisers and as my subordinates' (the "
             "quoted defence; the quote's 'I was wrong' restates the admission, a STATEMENT later mention arguable)"),
            # 5
            ("STATEMENT", ("said", "Weinberger have"), SHULTZ_WEINBERGER, None, None,
             "1986-11", "month", "last November", "asserted", None,
             "Shultz and Weinberger have said they told Reagan of their opposition and were not fully informed "
             "(their own account; REJECT arguable); dated by the start of 'Since ... last November' (32a/34a's "
             "'since' dated by its start; EVENTS.md 16's wire-style 'have said' = DCT arguable); location null"),
            # 6
            ("STATEMENT", ("said", "They also"), (("They", "They also"), "USA", "GOV"), None, None,
             "1986-11", "month", "last November", "asserted", None,
             "they were unaware of the diversion of profits to the contras (a second reporting clause, EVENTS.md 3; "
             "a denial of knowledge, REJECT arguable); 'also' continues the statements since last November: same "
             "date (DCT arguable)"),
        ],
        "skip": [
            ("sell", "content of the admission (the arms sales to Iran: background, COOPERATE USA -> IRN arguable, "
                     "34b/24a)"),
            (("initiative", "in an"), "background nominal (the Iran initiative)"),
            ("plunged", "no actor event (the crisis)"),
            ("radio address", "the occasion of the admission"),
            ("played", "content of the defence"),
            ("sale", "background nominal (the arms sale matter)"),
            ("advised", "content of the quote (the secretaries' past advice: REQUEST undated arguable)"),
            ("pursue", "content of the advice"),
            ("weighed", "content of the quote"),
            ("decided", "content of the quote (Reagan's own past decision)"),
            ("went forward", "content of the quote"),
            ("discharged", "content of the defence"),
            ("broke", "time anchor (the scandal breaking: no actor)"),
            (("told", "have said they"), "content of the statement (their past telling Reagan of their opposition: "
                                         "REJECT undated arguable)"),
            (("opposition", "their"), "content of the statement"),
            ("informed", "content of the statement (negated)"),
            ("carried out", "background (the effort carried out by NSC members)"),
            ("diversion", "content of the statement (the diversion of profits to the contras: AID arguable, 34b)"),
            ("sales", "anaphoric nominal (the arms sales)"),
            ("fighting", "descriptive participle (the rebels' war; ASSAULT arguable, 22b)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Iran", "GPE", "IRN"),
            ("George Shultz", "PERSON", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            ("Iranian", "NORP", "IRN"),
            (("Shultz", "both Secretary"), "PERSON", "USA"),
            (("Weinberger", "and Secretary"), "PERSON", "USA"),
            (("Shultz", "last November,"), "PERSON", "USA"),
            (("Weinberger", "last November,"), "PERSON", "USA"),
            (("Reagan", "told"), "PERSON", "USA"),
            ("National Security Council", "ORG", "USA"),
            ("Nicaraguan", "NORP", "NIC"),
            ("contra", "NORP", "NIC"),
            ("Managua", "GPE", "NIC"),
        ],
    },
    "reuters21578-21368": {
        "events": [
            # 0
            ("STATEMENT", "outlined", ("The Soviet Union", "SUN", "GOV"), None, MOS,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "the Soviet Union outlined its 1988 economic targets (a domestic plan: no type); 'on Monday' = the DCT; "
             "dateline city (35a's 'said on Monday')"),
            # 1
            ("STATEMENT", "told", TALYZIN, None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "industrial output should rise 4.5 pct in 1988 (a plan target told to the Supreme Soviet, the audience "
             "not actor2; its own record rather than a later mention of the lead's outline, arguable); DCT"),
            # 2
            ("STATEMENT", ("said", "Talyzin said national"), (("Talyzin", "Talyzin said national"), "SUN", "GOV"),
             None, MOS, "1987-10-19", "day", None, "asserted", None,
             "national income should rise 4.3 pct (plan target); DCT"),
            # 3
            ("STATEMENT", ("said", "He said the Kremlin"), (("He", "He said the Kremlin"), "SUN", "GOV"), None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "the Kremlin plans 235 mln tonnes of grain in 1988 (domestic plan); DCT"),
            # 4
            ("STATEMENT", "described", ("Kremlin leader Mikhail Gorbachev", "SUN", "GOV"), None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "Gorbachev has described machine-building as a sector needing rapid modernization (assessment); 'has "
             "described' with no time expression: EVENTS.md 16's 'have said', DCT (undated as background arguable)"),
            # 5
            ("STATEMENT", ("said", 'requires," said'), (("Talyzin", 'requires," said'), "SUN", "GOV"), None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "'Certain difficulties have arisen this year in the machine-building industry ...' (assessment; 'this "
             "year' governs the difficulties); DCT"),
            # 6
            ("STATEMENT", ("said", "Talyzin said the ruling"), (("Talyzin", "Talyzin said the ruling"), "SUN", "GOV"),
             None, MOS, "1987-10-19", "day", None, "asserted", None,
             "the Politburo concluded that performance depends on conserving resources (an internal conclusion of "
             "one body, content); DCT"),
            # 7
            ("STATEMENT", ("said", 'resources," he'), (("he", 'resources," he'), "SUN", "GOV"), None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "'Large-scale measures are planned to save resources' (domestic measures: no type); DCT"),
            # 8
            ("STATEMENT", ("told", "Boris Gostev"), ("Finance Minister Boris Gostev", "SUN", "GOV"), None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "defense spending in 1988 will total 32 billion dlrs (budget figure); DCT"),
            # 9
            ("STATEMENT", "announced", (None, "SUN", "GOV"), None, None,
             "1986", "year", "last year", "asserted", None,
             "'the same figure as was announced last year': an announcement with an implied Soviet announcer and "
             "its own date (own_dev's initiative 'announced on March 16'); 'last year' = 1986; no place given"),
            # 10
            ("STATEMENT", ("said", "Talyzin said the Kremlin also"),
             (("Talyzin", "Talyzin said the Kremlin also"), "SUN", "GOV"), None, MOS,
             "1987-10-19", "day", None, "asserted", None,
             "the Kremlin decided to increase social spending next year (domestic budget policy: content); DCT"),
        ],
        "skip": [
            ("stressing", "participial elaboration of the outline (EVENTS.md 3)"),
            ("improve", "content"),
            (("rise", "industrial output should"), "content (plan target)"),
            (("rose", "It rose"), "statistics"),
            (("rise", "should rise by 4.3"), "content (plan target)"),
            (("planned", "the Kremlin planned"), "content (domestic production plan)"),
            ("produced", "statistics"),
            ("modernization", "content of the description"),
            ("compete", "content (a condition)"),
            ("arisen", "content of the quote"),
            ("heads", "stative"),
            ("show", "a document (Soviet data): not a speech act"),
            (("increased", "engineering goods,"), "statistics"),
            (("planned", "7.3 pct increase"), "statistics (plan figure)"),
            ("concluded", "content of the statement (the Politburo's internal conclusion)"),
            ("meeting", "internal meeting of one body (the Politburo)"),
            ("conserving", "content"),
            (("planned", "Large-scale measures are"), "content of the quote (domestic measures)"),
            ("save", "content of the quote"),
            (("total", "would"), "content (budget figure)"),
            ("view", "a standing view of unnamed Western governments: generic (ACCUSE null -> SUN arguable)"),
            (("say", "understated, but"), "habitual statement of unnamed Western governments: generic"),
            ("intertwined", "stative"),
            ("decided", "content of the statement (domestic budget decision)"),
            (("increase", "decided to"), "content of the statement"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("Nikolai Talyzin", "PERSON", "SUN"),
            ("Supreme Soviet", "ORG", "SUN"),
            (("Talyzin", "Talyzin said national"), "PERSON", "SUN"),
            (("Soviet", "nearest"), "NORP", "SUN"),
            (("Kremlin", "He said the"), "ORG", "SUN"),
            ("Moscow", "GPE", "SUN"),
            (("Kremlin", "Kremlin leader"), "ORG", "SUN"),
            ("Mikhail Gorbachev", "PERSON", "SUN"),
            (("Soviet Union", "essential if the"), "GPE", "SUN"),
            (("Talyzin", 'requires," said'), "PERSON", "SUN"),
            ("GOSPLAN", "ORG", "SUN"),
            (("Soviet", "Soviet data"), "NORP", "SUN"),
            (("Talyzin", "Talyzin said the ruling"), "PERSON", "SUN"),
            ("Politburo", "ORG", "SUN"),
            ("Boris Gostev", "PERSON", "SUN"),
            (("Supreme Soviet", "Gostev told the"), "ORG", "SUN"),
            ("Western", "NORP", None),
            (("Soviet", "official Soviet"), "NORP", "SUN"),
            (("Soviet", "because Soviet"), "NORP", "SUN"),
            (("Talyzin", "Talyzin said the Kremlin also"), "PERSON", "SUN"),
            (("Kremlin", "said the Kremlin also"), "ORG", "SUN"),
        ],
    },
    "reuters21578-5271": {
        "events": [
            # 0
            ("STATEMENT", "told", BOJ_OFFICIAL, None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "the Bank of Japan is satisfied with the yen around its current range (assessment); an official of a "
             "named body (EVENTS.md 4); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "He said the pledge"), (("He", "He said the pledge"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "the Paris pledge applies in both directions (an interpretation of the accord); DCT"),
            # 2
            ("AGREE", "pledge", ("major industrial nations", None, "GOV"), None, ("Paris", "FRA"),
             "1987-02", "month", "last month", "asserted", None,
             "the pledge by major industrial nations in Paris last month to cooperate on exchange rates: a nominal "
             "with its own agent, place and date (EVENTS.md 11; 34b's 'their agreement last month in Paris', a "
             "group: null, no actor2)"),
            # 3
            ("STATEMENT", ("said", "other central banks, he"), (("he", "central banks, he"), "JPN", "GOV"), None,
             TOK, "1987-03-16", "day", None, "asserted", None,
             "unilateral intervention cannot ensure stability but can be useful when coordinated (assessment; "
             "intervention is monetary); DCT"),
            # 4
            ("STATEMENT", ("said", "for some time, the senior bank official"),
             (("the senior bank official", "for some time,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "the Bank of Japan is confident currency stability will continue (assessment); DCT"),
            # 5
            ("STATEMENT", "declined", (("the senior bank official", "for some time,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "negated", None,
             "withheld statement: 'declined to be more specific' (35a's 'declined to say'); DCT"),
            # 6
            ("STATEMENT", ("told", "Kiichi Miyazawa"), ("Finance Minister Kiichi Miyazawa", "JPN", "GOV"), None, None,
             "1987-03-13", "day", "on Friday", "asserted", None,
             "the dollar/yen rate is not necessarily satisfactory (assessment) told parliament 'on Friday' (Fri "
             "1987-03-13 before Mon 16 March); not DCT-dated and no place in the text: location null"),
            # 7
            ("STATEMENT", "cited", (("the official", "destabilize the markets,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "factors that might destabilize the markets (an answer to a question, assessment); DCT"),
            # 8
            ("STATEMENT", ("said", "official said he expects"), ("The senior bank official", "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "forecast: GNP growth of three pct or slightly more in fiscal 1987/88; DCT"),
            # 9
            ("STATEMENT", ("said", "percentage point, he"), (("he", "percentage point,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "forecast: domestic demand and external sector in 1987/88; DCT"),
            # 10
            ("STATEMENT", ("said", "He said there was"), (("He", "He said there was"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "virtually no room for further monetary policy action (assessment); DCT"),
            # 11
            ("STATEMENT", ("added", "fiscal policy, he"), (("he", "fiscal policy,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "the economy's performance depends on fiscal policy: a second reporting clause (EVENTS.md 3); no actor "
             "asked (REQUEST toward the government arguable); DCT"),
            # 12
            ("STATEMENT", ("said", "stimulating the economy, the senior bank official"),
             (("the senior bank official", "stimulating the economy,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "monetary policy has already done its part (assessment); DCT"),
            # 13
            ("STATEMENT", ("said", "in the future, he"), (("he", "future, he"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "no imminent inflation risk but possible future problems (assessment); DCT"),
            # 14
            ("STATEMENT", ("added", 'wet," he'), (("he", 'wet," he'), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", 13,
             "later mention: the quoted restatement of the inflation-risk assessment ('sitting on a barrel of powder, "
             "but ... it may still be wet', EVENTS.md 3; a second record for 'added' arguable)"),
            # 15
            ("STATEMENT", ("said", "increased substantially, he"), (("he", "increased substantially,"), "JPN", "GOV"),
             None, TOK, "1987-03-16", "day", None, "asserted", None,
             "liquidity has increased substantially (statistics/assessment); DCT"),
            # 16
            ("STATEMENT", ("said", "exchange prices, the bank official"),
             (("the bank official", "exchange prices,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "liquidity is the reason for the stock boom (assessment); DCT"),
            # 17
            ("STATEMENT", ("said", "may continue, he"), (("he", "may continue,"), "JPN", "GOV"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "the inflow of funds into the stock exchange may continue (forecast); DCT"),
        ],
        "skip": [
            ("satisfied", "content of the statement (a stance)"),
            ("cooperate", "content of the pledge"),
            (("hold", "cooperate to"), "content of the pledge"),
            ("applied", "content of the statement"),
            ("intervention", "monetary operation (content)"),
            ("coordinated", "content (monetary)"),
            ("Asked", "a reporters' question"),
            ("destabilize", "content of the question"),
            (("intervention", "fear about"), "content (monetary)"),
            ("seeking", "content (officials talking the dollar: market talk)"),
            ("action", "content (monetary policy)"),
            ("stimulating", "content (monetary policy)"),
            (("cut", "Bank of Japan has"), "monetary operation (the BOJ's discount rate cuts, EVENTS.md 10)"),
            (("increased", "corporate sector has"), "statistics (content)"),
            ("inflow", "content (market movement)"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("Paris", "GPE", "FRA"),
            (("Bank of Japan", "other central banks"), "ORG", "JPN"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Japan", "economy of"), "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Japan", "he expects"), "GPE", "JPN"),
            (("Bank of Japan", "stimulating the economy"), "ORG", "JPN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
