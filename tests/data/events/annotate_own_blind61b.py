"""Build ``own_blind61b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind61b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2226 left); 24 drawn with random.Random(61101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
62 event records (54 first mentions, 8 later mentions), 153 not_annotated spans, 132 entity mentions
(GPE 51, ORG 30, PERSON 24, NORP 22, LOC 5); no article without events; 8132 (Taiwan farm imports), 5383
(CCC bonus wheat for West Africa), 1623 (Izvestia on winter crops) and 21506 (KOTC chairman) have STATEMENTs
only.
Types: STATEMENT 41, AGREE 4, CONSULT 3, SANCTION 3, ACCUSE 3, REJECT 3, REQUEST 2, RETREAT 2, SUPPORT 1;
modality: asserted 57, planned 4, negated 1; precision: day 49, unknown 10, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, two wrong ones fixed: "decline" inside
"declined to be named" and the first "shipments" of 16938). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Federal Resources and Energy Minister Gareth Evans", "President
Reagan's chief of staff, Howard Baker", "Reagan's National Security Adviser, Frank Carlucci", "Chairman and
Managing Director Abdul Fattah al-Bader", "Sydney resources analyst Ian Story": the title untagged, the
place or employer tagged on its own); company names are tagged with their legal form and without angle
brackets ("Chugoku Electric Power Co Inc", "Thiess Dampier Mitsui Coal Pty Ltd"); the possessive 's is
left out ("Reagan's", "Taiwan's", "Japan's", "Australia's", "Kuwait's"); a government body with its
country word is one ORG span ("U.S. Agriculture Department", "U.S. Department of Agriculture"), lower-case
bodies ("the government", "parliament", "a council official") are not entity spans; an organisation name
holding a place is one ORG span ("Los Angeles World Affairs Council", "Kuwait Oil Tanker Company",
"Australian Petroleum Exploration Association", no nested GPE/NORP); "U.S." in "U.S. Dlrs" / "U.S. Cents"
/ "U.S. Currency" / "U.S. Farm produce" and "Australian" in "Australian dollar" are tagged (50a, 10b);
"U.S.-Jpanese" and "Iran-Iraq" are tagged part by part (49b, 27b); programmes (the Export Enhancement
Program), taxes (RRT), laws, products, currencies and ship names (Sismik 1, 4b/51a) are not entities.
Countries: Taiwan GPE TWN, the Council of Agriculture ORG TWN, Europe LOC null, Reuters ORG GBR (16a);
the Commodity Credit Corportion (sic) / CCC, the U.S. Agriculture Department and Peavey Company ORG USA
(a U.S. wheat exporter, 42a's Pillsbury), "West African" NORP null (a region, 13a/14a's "African");
the United States, "U.S." and Washington GPE USA, the White House ORG USA, Reagan, Howard Baker / "Baker"
and Frank Carlucci / "Carlucci" PERSON USA, "American" NORP USA, Japan GPE JPN, "Japanese" / "Jpanese"
(sic) NORP JPN, Yasuhiro Nakasone / "Nakasone" PERSON JPN, the Los Angeles World Affairs Council ORG USA;
Izvestia ORG SUN (state media, 55a), "Soviet" NORP SUN, the Soviet Union, the Ukraine and Byelorussia GPE
SUN (33a), the U.S. Department of Agriculture ORG USA; Australia GPE AUS, Gareth Evans / "Evans" PERSON
AUS, the Australian Petroleum Exploration Association / APEA ORG AUS, Bass Strait LOC AUS; Kuwait GPE
KWT, "Kuwaiti" NORP KWT, Kuwait Oil Tanker Company / KOTC and the Al-Anbaa newspaper ORG KWT, Abdul Fattah
al-Bader PERSON KWT, Iran GPE IRN, Iraq GPE IRQ; "Australian" NORP AUS, Sydney GPE AUS, Ross McKinnon /
"McKinnon" and Ian Story PERSON AUS, Thiess Dampier Mitsui Coal Pty Ltd ORG AUS (an Australian Pty Ltd,
36a), Tokyo GPE JPN, Chugoku Electric Power Co Inc / "Chugoku" ORG JPN, China GPE CHN, South Africa GPE
ZAF; Turkey GPE TUR, "Turkish" NORP TUR, the Anatolian Agency and the newspapers Gunes, Hurriyet,
Cumhuriyet and Milliyet ORG TUR (16a's Hurriyet), Greece and Athens GPE GRC, the Aegean Sea LOC null
(43a), NATO ORG null.

Judgement calls made here:
* 8132 (Taiwan to boost farm imports, DCT Mon 1987-03-23, TAIPEI): "Taiwan is expected to boost
  agricultural imports from the U.S. And Europe in calendar 1987 to help balance trade, the Council of
  Agriculture said" is a STATEMENT TWN GOV (a forecast of an aggregate import volume, as 38b's "boost
  imports" and 55b's "increase in imports": no type; COOPERATE TWN -> USA / Europe planned 1987 arguable,
  "boost" skipped), DCT, TAIPEI. "A council official, who declined to be named, told Reuters ..." is an
  official of a named body (EVENTS.md 4; 38b's official "who asked not to be named"; 60a's anonymous
  reading arguable): STATEMENT TWN GOV, DCT, with "declined to be named" skipped as a request for
  anonymity, not a withheld statement (22b); "the official said" (European imports) and "He attributed the
  decline ... to falling agricultural products prices" are two more STATEMENTs (DCT). "government figures
  show" (twice) are documents, not speech acts; surpluses and imports are statistics.
* 5383 (CCC bonus wheat for West Africa, DCT Mon 1987-03-16, WASHINGTON; as 42a's 19 and 27b/29b/30a):
  accepting the export-bonus bid, the bonus "made to Peavey Company" and its payment in kind are
  export-bonus administration (GUIDELINES: skipped), the sale to West African countries a purpose
  nominal (COOPERATE arguable), so "the U.S. Agriculture Department said" and the two "it said" are
  STATEMENTs (USA GOV, DCT, WASHINGTON); "the Export Enhancement Program initiative announced October 30,
  1986" is a STATEMENT by the implied USDA (a reduced relative with its own date, 42a/27b), 1986-10-30 at
  day precision, location null.
* 16631 (chip showdown with Japan, DCT Mon 1987-04-13, SANTA BARBARA): "Talks between the United States
  and Japan on alleged Japanese dumping ... have failed to head off U.S. imposition of retaliatory
  tariffs, two senior White House officials said" is CONSULT USA GOV -> JPN GOV on "Talks" (a nominal with
  its own predication, EVENTS.md 11; first-named party first), undated (present perfect), plus a STATEMENT
  by the officials (USA GOV, identifiable officials of a named body) on "said": the failure has no type
  (own_blind's ended talks), so the saying is not mere attribution; "U.S. imposition of retaliatory
  tariffs" is a presupposed nominal (skipped; SANCTION planned arguable) and "alleged" a background
  nominal. Howard Baker "told reporters here that he saw no developments that would cause the president
  to back away from his plan to issue a proclamation on Friday slapping 100 per cent tariffs on ...
  Japanese electronic products" is a STATEMENT (USA GOV, an assessment; DCT, located at the dateline
  "here") and the plan is SANCTION USA GOV (the president) -> JPN GOV (own_dev 16895 / 57b coded the
  Japanese side of these tariffs GOV) on "tariffs" (a nominal with its own predication and date,
  EVENTS.md 11; "plan", "issue", "proclamation" and "slapping" left unlisted so a trigger there still
  meets it), planned, 1987-04-17 ("on Friday", the next Friday from Mon 13 April). '"I assume that there
  will be a proclamation on Friday," Baker said' is its later mention on "proclamation" (the main
  proposition is the planned act; "said" rule-3 attribution, "assume" part of it), 1987-04-17 by its own
  "on Friday". Carlucci's "added" (a difficult situation) is a STATEMENT; "Carlucci said that evidence of
  Japanese 'dumping' ... had been 'fairly conclusive'" is ACCUSE USA GOV -> the Japanese (JPN BUS, the
  chip makers) on "said" (the saying is the accusation, EVENTS.md 1); the passive "is said to have
  undercut" is anonymous (skipped). "Carlucci also said that although Japanese officials had presented
  statistics designed to show that Japan was opening its markets ..., 'our statistics do not confirm
  this'" is REJECT USA GOV -> the Japanese officials (JPN GOV; a denial of Japan's claim; STATEMENT
  arguable), DCT, and '"Indeed, they tend to go in the other direction," Carlucci said' its later mention
  (the quote continues the denial); "Japanese officials had presented statistics" is a STATEMENT JPN GOV (a
  statistics presentation by officials of a named government, in a concessive clause with its own
  predication), undated (pluperfect, no time expression). "President Reagan announced on March 27 that he
  planned to raise tariffs on as much as 300 mln dlrs in Japanese exports" is a later mention of the
  SANCTION on "raise" (the same tariffs; 19a/44a/56b: "announced" rule-3 attribution, "on March 27" dates
  the announcing, the tariffs keep the first mention's 1987-04-17). "He accused Japan of failing to enforce
  major provisions of a September 1986 agreement" is ACCUSE USA GOV -> JPN GOV and "He said he would be
  prepared to lift the sanctions when Japan took corrective action" is AGREE USA GOV -> JPN GOV (a
  conditional promise toward the party whose compliance is awaited, own_dev 16895 / 56b), both placed
  inside the March 27 announcement of the previous sentence (rule 3: 1987-03-27, "March 27"; the DCT by
  wire-style rule 2, or undated, arguable), location null. "a September 1986 agreement on preventing
  microchip dumping ..." is AGREE JPN -> USA (implied parties, Japan first as 44a/50b), 1986-09 (a nominal
  with its own date, EVENTS.md 11). "as Japanese Prime Minister Yasuhiro Nakasone prepares to visit
  Washington at the end of the month for talks with Reagan" is CONSULT JPN GOV -> USA GOV (Washington the
  host) on "visit", planned, 1987-04 ("at the end of the month", month precision), located in Washington;
  "talks" is the visit's purpose (skipped: the same CONSULT); "The dispute has soured ... relations" has
  no acting actor. "Last Friday Reagan, answering questions following a speech to the Los Angeles World
  Affairs Council, said Nakasone had endangered his political standing at home because of his willingess
  to try to eliminate trade barriers" is a STATEMENT USA GOV (an assessment of Nakasone's position;
  SUPPORT arguable), 1987-04-10 ("Last Friday" before Mon 13 April), located in Los Angeles; "answering",
  "questions" and the "speech" are part of that appearance (skipped). "He said he was looking forward to
  his talks with Nakasone and 'he has been most helpful'" is SUPPORT USA GOV -> Nakasone (JPN GOV; praise,
  the saying is the act), placed in the same Friday appearance (rule 3: 1987-04-10, "Last Friday"; DCT
  arguable); "his talks with Nakasone" is anaphoric (the planned visit). Reagan "vacationing" has no type.
* 1623 (Izvestia on Soviet winter crops, DCT Wed 1987-03-04, MOSCOW): Izvestia (the government daily, SUN
  ORG, 55a) "said" is a STATEMENT (DCT, MOSCOW); 'Without giving figures, the newspaper said: "A
  considerable part of the winter crops must be reseeded ..."' is the quoted restatement of that lead
  (later mention, EVENTS.md 3) plus a withheld STATEMENT on "giving" (negated, own_blind3's "gave no
  figures"), and '"The planned task of bringing in no less than 232 mln tonnes ... is not simple,"
  Izvestia said' a second later mention of the lead (it quotes the target half of it). "The Soviet Union
  has previously said nine mln hectares ... will have to be reseeded" is a STATEMENT SUN GOV, undated
  ("previously" places it before the DCT with no value, 55a's "previously held talks"; location null).
  "A U.S. Department of Agriculture analyst in Washington has said ..." is a STATEMENT USA GOV (an
  analyst of a named government body, 55a's USDA analyst), DCT ("has said", EVENTS.md 16), located in
  Washington. "This week's sudden fall in temperatures has ... caused fieldwork to stop in the Ukraine, it
  said, adding that temperatures fell to ... minus 30 centigrade in Byelorussia" is two STATEMENTs ("said"
  and "adding", EVENTS.md 3), DCT; reseeding, the harvest target and the weather have no acting actor.
* 8598 (Evans on oil tax, DCT Tue 1987-03-24, SURFERS PARADISE): Evans (the federal minister, AUS GOV)
  "told a meeting here", "told the ... APEA annual conference", "said there were plenty of examples" and
  "..., he said" (the excise reduction and waiver as examples) are four STATEMENTs (DCT, located at the
  dateline, "here"); the conference is the audience (skipped), "Evans was referring to a nearly completed
  government review" elaborates the same statements (skipped, the review domestic). The excise reduction
  and waiver are domestic tax policy (skipped), but "the waiver of excise on onshore oil announced last
  September" is a STATEMENT by the implied government (AUS GOV; a reduced relative with its own date, 42a's
  "initiative announced in April, 1986"), 1986-09 (month), location null. "The industry, through the
  APEA, has been calling for the elimination of secondary taxation on oil" is REQUEST AUS ORG -> the
  implied Australian government (AUS GOV), a standing demand with no time expression: undated (17b's
  "is insisting"). '"... I am inclined to favour these kinds of tailored approaches ahead of sweeping
  changes ...," Evans said' is the quoted restatement of the lead (later mention, DCT). "He said the
  government did not intend to change its resource rent taxation (RRT) legislation ... in response to
  industry calls to allow all exploration expenditure ... to be deductible" is REJECT AUS GOV -> the
  industry (AUS ORG, anchored at "industry"; a refusal of a demand, the saying is the act), DCT; "industry
  calls" is a background nominal (skipped; REQUEST AUS ORG -> AUS GOV undated arguable). "As previously
  reported" is the wire's own earlier report (skipped). "APEA has said it is not a true profit-based tax"
  is ACCUSE AUS ORG -> the implied government (AUS GOV; criticism of a party's policy, EVENTS.md 7;
  STATEMENT arguable), DCT ("has said", EVENTS.md 16; undated as 16's "have accused" arguable). "Evans
  said the decision not to change RRT was based ... on the government's desire ..., adding that major
  investments have already been planned" is two STATEMENTs ("said", "adding"), DCT; "the decision" is
  anaphoric (the refusal) and the planned investments have no named actor.
* 21506 (KOTC chairman on Kuwaiti oil exports, DCT Mon 1987-10-19, KUWAIT): "Kuwait's oil exports have not
  been affected by the seven-year Iran-Iraq war, Kuwait Oil Tanker Company (KOTC) Chairman ... Abdul Fattah
  al-Bader told a Kuwaiti newspaper" is a STATEMENT KWT BUS (the chairman of a state-owned company,
  EVENTS.md 15), DCT ("told the newspaper", a direct telling in wire style, 45b / 32b; an undated relayed
  reading as 26b's remarks published in Al-Qabas arguable), KUWAIT; the war is a background nominal
  (ASSAULT arguable, skipped). '"Kuwait has exploited all available opportunities ...," the Al-Anbaa
  newspaper quoted him as saying' is its later mention (the quoted restatement; trigger "quoted", 19a;
  "saying" left unlisted, 41b), DCT by the first mention. "He said KOTC made profits of more than two mln
  dinars ..., but predicted lower profits this year" is two STATEMENTs ("said", "predicted"; "He said ...
  but ..." two records, EVENTS.md 3), DCT, KUWAIT; profits and costs are statistics.
* 16938 (Australian coal talks with Japan, DCT Tue 1987-04-21, SYDNEY): "Australian coal industry
  sources", "the sources" and the currency dealers are anonymous (skipped), but the acts they report name
  their agents: "Japanese electricity utilities are demanding price cuts in annual coal contract
  negotiations underway in Tokyo" is REQUEST JPN BUS -> the implied Australian exporters (AUS BUS; the
  demand is made to the other side of the negotiations) and the negotiations a CONSULT AUS BUS (the
  exporters, implied; visitors in Tokyo, 53a's talks in the host's capital) -> the Japanese utilities (JPN
  BUS; a nominal with its own predication, "underway in Tokyo"), both located in Tokyo and undated (a
  present progressive reported by anonymous sources with no time expression; the DCT, as 19-21's
  progressive "reported today", arguable). The unsubstantiated "reports here that ... Chugoku ...
  threatened to stop taking deliveries" are unattributed and doubted (skipped; THREATEN JPN -> AUS
  arguable). "Coal exporters want to maintain ..." and "the Japanese want to pay no more than ..." are
  stative positions (skipped; REQUEST arguable), but "the 27-28 U.S. Dlrs secured with China and South
  Africa" is AGREE JPN BUS (the Japanese buyers) -> China (CHN BUS) and -> South Africa (ZAF BUS), split by
  country (EVENTS.md 12; a price settled with the suppliers, a reduced relative with its own predication;
  COOPERATE arguable), undated. "Ross McKinnon, general manager of Thiess Dampier Mitsui Coal Pty Ltd, ...
  told Reuters he had not been informed of any refusal to take shipments" is a STATEMENT AUS BUS (the
  company's habitual exports to Japan skipped as generic; the refusal is content); "McKinnon said he could
  not recall ..., and said 'controlled leaks' were commonplace during talks" is two STATEMENTs (EVENTS.md
  3); "Sydney resources analyst Ian Story said ..." is a STATEMENT by a named analyst (AUS PERSON,
  identifiable by name, unlike EVENTS.md 4's anonymous analysts); all DCT, SYDNEY. The 1986 coal exports
  and Japan's 14.97 mln tonnes are statistics (skipped; COOPERATE JPN -> AUS 1986 arguable); "when last
  year's contract was negotiated" is background (skipped).
* 10641 (Turkey lifts survey-ship escort, DCT Sun 1987-03-29, ANKARA): "Turkey pulled warships back from
  close escort of its Sismik 1 survey ship as the threat of conflict with Greece ... abated" is RETREAT TUR
  MIL -> Greece (GRC GOV; a de-escalating withdrawal, the clause naming the party it faced; actor2 null
  under EVENTS.md 14 arguable), undated (no time expression, rule 17); "The semi-official Anatolian Agency
  said naval vessels ended their close protection of the ship" is its later mention on "ended" ("said"
  rule-3 attribution), undated by the first mention; "were following it at a distance" is a continuing
  posture (skipped; MOBILIZE arguable). "Popular newspapers headlined ..." names no paper (skipped;
  STATEMENT TUR ORG arguable), its content (pressure, Greece's pull-back) with it. '"Intense United
  States and NATO efforts bore fruit: Greece will stay in its national waters," said the daily Gunes',
  "The top-selling Hurriyet topped its front page with: ..." and "two newspapers, Cumhuriyet and Milliyet,
  noted in identical headlines ..." are three STATEMENTs TUR ORG (newspapers as identifiable speakers,
  GUIDELINES; the two papers a same-country compound, one record; the U.S./NATO efforts and Greece's
  staying are content, CONSULT/REQUEST and RETREAT arguable), DCT, ANKARA. "The confrontation eased after
  the Turkish government said it had been assured Athens would not begin prospecting in disputed waters"
  is a STATEMENT TUR GOV (the assurance has no named giver: skipped, AGREE GRC -> TUR arguable), DCT
  (wire-style "said", EVENTS.md 16; undated as a background clause arguable), ANKARA; the easing has no
  acting actor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind61b.jsonl"

TPE = ("TAIPEI", "TWN")
WAS = ("WASHINGTON", "USA")
SBA = ("SANTA BARBARA", "USA")
MOS = ("MOSCOW", "SUN")
SUR = ("SURFERS PARADISE", "AUS")
KUW = ("KUWAIT", "KWT")
SYD = ("SYDNEY", "AUS")
ANK = ("ANKARA", "TUR")
WASHINGTON_TXT = ("Washington", "USA")
LA_TXT = ("Los Angeles", "USA")
TOKYO_TXT = ("Tokyo", "JPN")

TWN_GOV = "TWN", "GOV"
USA_GOV = "USA", "GOV"
JPN_GOV = "JPN", "GOV"
SUN_ORG = "SUN", "ORG"
AUS_GOV = "AUS", "GOV"
AUS_ORG = "AUS", "ORG"
AUS_BUS = "AUS", "BUS"
KWT_BUS = "KWT", "BUS"
JPN_BUS = "JPN", "BUS"
TUR_ORG = "TUR", "ORG"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-8132": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Council of Agriculture"), ("the Council of Agriculture",) + TWN_GOV, None, TPE,
             "1987-03-23", "day", None, "asserted", None,
             "Taiwan is expected to boost farm imports from the U.S. and Europe in 1987 (a forecast of an aggregate "
             "import volume: no type, 38b/55b; COOPERATE planned arguable); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("A council official",) + TWN_GOV, None, TPE,
             "1987-03-23", "day", None, "asserted", None,
             "the imports will be worth some four billion dlrs (statistics); an official of a named body (EVENTS.md "
             "4, 38b; anonymous arguable); DCT"),
            # 2
            ("STATEMENT", ("said", "the official said"), ("the official",) + TWN_GOV, None, TPE,
             "1987-03-23", "day", None, "asserted", None, "imports from Europe rose (statistics); DCT"),
            # 3
            ("STATEMENT", "attributed", (("He", "He attributed"),) + TWN_GOV, None, TPE,
             "1987-03-23", "day", None, "asserted", None,
             "the decline in U.S. imports is due to falling prices (assessment); DCT"),
        ],
        "skip": [
            ("expected", "part of the forecast (content of the statement)"),
            ("boost", "aggregate import increase (no type, 38b/55b; COOPERATE TWN -> USA/Europe planned arguable)"),
            ("balance", "purpose clause"),
            ("declined to be named", "request for anonymity, not a withheld statement (22b)"),
            (("imports", "Reuters\nthe"), "anaphoric nominal (the imports)"),
            (("Rose", "surplus with the U.S."), "statistics"),
            (("show", "1985, government"), "a document (government figures), not a speech act"),
            (("show", "also show"), "a document (government figures), not a speech act"),
            (("rose", "surplus with Europe"), "statistics"),
            ("amounted", "statistics"),
            (("rose", "Imports from Europe"), "statistics"),
            (("decline", "attributed the"), "statistics (content)"),
            ("falling", "market-price movement (content)"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("U.S.", "GPE", "USA"),
            ("Europe", "LOC", None),
            ("Council of Agriculture", "ORG", "TWN"),
            ("Reuters", "ORG", "GBR"),
            (("U.S.", "four\nbillion"), "GPE", "USA"),
            (("Taiwan", "Taiwan's surplus with the U.S."), "GPE", "TWN"),
            (("U.S.", "surplus with the"), "GPE", "USA"),
            (("Taiwan", "also show"), "GPE", "TWN"),
            (("Europe", "surplus with Europe"), "LOC", None),
            (("Taiwan", "Taiwan's imports"), "GPE", "TWN"),
            (("U.S.", "imports of"), "GPE", "USA"),
            (("Europe", "Imports from"), "LOC", None),
            (("U.S.", "182 mln"), "GPE", "USA"),
            (("U.S.", "value of"), "GPE", "USA"),
        ],
    },
    "reuters21578-5383": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Agriculture Department"), ("the U.S. Agriculture Department",) + USA_GOV, None,
             WAS, "1987-03-16", "day", None, "asserted", None,
             "the CCC accepted an export-bonus bid for wheat to West African countries (export-bonus "
             "administration: no type, GUIDELINES, 27b/42a; so the reporting clause is a STATEMENT); wire style: "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "CCC inventory, it"), (("it", "CCC inventory, it"),) + USA_GOV, None, WAS,
             "1987-03-16", "day", None, "asserted", None,
             "the bonus amount, its award to Peavey Company and its payment in kind (administration); DCT"),
            # 2
            ("STATEMENT", "announced", (None,) + USA_GOV, None, None,
             "1986-10-30", "day", "October 30, 1986", "asserted", None,
             "the Export Enhancement Program initiative announced October 30, 1986 (a reduced relative with its own "
             "date, 42a/27b; the announcer implied: the USDA)"),
            # 3
            ("STATEMENT", ("said", "1986, it said"), (("it", "1986, it"),) + USA_GOV, None, WAS,
             "1987-03-16", "day", None, "asserted", None,
             "a further 315,500 tonnes remain available to West African countries (a second reporting clause with "
             "new content); DCT"),
        ],
        "skip": [
            ("accepted", "acceptance of an export-bonus bid: export-bonus administration (no type, GUIDELINES, 27b)"),
            (("bid", "accepted a"), "the exporter's bid for a bonus: export-bonus administration"),
            ("sale", "the sale to West African countries covered by the bonus: purpose nominal (COOPERATE arguable)"),
            ("shipment", "shipment schedule (content)"),
            ("made", "award of the bonus to Peavey: export-bonus administration"),
            ("paid", "bonus payment in kind: export-bonus administration"),
            ("available", "stative (content)"),
            ("initiative", "programme nominal (its announcement is coded on 'announced')"),
        ],
        "entities": [
            ("Commodity Credit Corportion", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            (("U.S.", "tonnes of"), "GPE", "USA"),
            ("West African", "NORP", None),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Peavey Company", "ORG", "USA"),
            (("CCC", "from the"), "ORG", "USA"),
            (("West African", "available to"), "NORP", None),
        ],
    },
    "reuters21578-16631": {
        "events": [
            # 0
            ("CONSULT", "Talks", ("the United States",) + USA_GOV, (("Japan", "United States"),) + JPN_GOV, None,
             None, "unknown", None, "asserted", None,
             "U.S.-Japan talks on alleged chip dumping (a nominal with its own predication, 'have failed', EVENTS.md "
             "11; first-named party first); present perfect, no time expression: undated"),
            # 1
            ("STATEMENT", ("said", "White House officials"), ("two senior White House officials",) + USA_GOV, None,
             SBA, "1987-04-13", "day", None, "asserted", None,
             "the talks have failed to head off the tariffs (the failure has no type, so the saying is a STATEMENT; "
             "the imposition a presupposed nominal); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", "told", ("Howard Baker",) + USA_GOV, None, SBA,
             "1987-04-13", "day", None, "asserted", None,
             "he saw no developments that would make the president back away from his plan (assessment); told "
             "reporters 'here' (the dateline city); DCT"),
            # 3
            ("SANCTION", ("tariffs", "slapping 100"), (("the president", "cause the"),) + USA_GOV,
             (("Japanese", "range of"),) + JPN_GOV, None,
             "1987-04-17", "day", "Friday", "planned", None,
             "the president's plan to issue a proclamation on Friday slapping 100 pct tariffs on Japanese electronic "
             "products (a nominal with its own predication and date, EVENTS.md 11); next Friday from Mon 1987-04-13"),
            # 4
            ("SANCTION", ("proclamation", "I assume"), (None,) + USA_GOV, (None,) + JPN_GOV, None,
             "1987-04-17", "day", "Friday", "planned", 3,
             "later mention: 'I assume that there will be a proclamation on Friday' (the planned act is the main "
             "proposition; 'said' rule-3 attribution); its own 'on Friday'"),
            # 5
            ("STATEMENT", "added", ("Frank Carlucci",) + USA_GOV, None, SBA,
             "1987-04-13", "day", None, "asserted", None, "'It looks like a very difficult situation'; DCT"),
            # 6
            ("ACCUSE", ("said", "Carlucci said that evidence"), (("Carlucci", "Carlucci said that evidence"),) + USA_GOV,
             (("Japanese", "evidence of"), "JPN", "BUS"), SBA,
             "1987-04-13", "day", None, "asserted", None,
             "evidence of Japanese dumping 'fairly conclusive' (an accusation; the saying is the act, EVENTS.md 1); "
             "the chip makers JPN BUS; DCT"),
            # 7
            ("STATEMENT", "presented", ("Japanese officials",) + JPN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "Japanese officials had presented statistics designed to show Japan was opening its market (a "
             "statistics presentation by officials of a named government; pluperfect, no time expression: undated)"),
            # 8
            ("REJECT", ("said", "Carlucci also said"), (("Carlucci", "Carlucci also said"),) + USA_GOV,
             ("Japanese officials",) + JPN_GOV, SBA,
             "1987-04-13", "day", None, "asserted", None,
             "'our statistics do not confirm this': a denial of Japan's claim (STATEMENT arguable); DCT"),
            # 9
            ("REJECT", ("said", "other direction"), (("Carlucci", "other direction"),) + USA_GOV, (None,) + JPN_GOV,
             SBA, "1987-04-13", "day", None, "asserted", 8,
             "later mention: 'Indeed, they tend to go in the other direction' (the quote continues the denial)"),
            # 10
            ("SANCTION", "raise", (("President Reagan", "other direction"),) + USA_GOV,
             (("Japanese", "dlrs in"),) + JPN_GOV, None,
             "1987-04-17", "day", "Friday", "planned", 3,
             "later mention: Reagan announced on March 27 that he planned to raise tariffs on up to 300 mln dlrs of "
             "Japanese exports (the same tariffs; 'announced' rule-3 attribution, 'on March 27' dates the "
             "announcing, 19a/44a/56b); the first mention's date"),
            # 11
            ("ACCUSE", "accused", (("He", "He accused"),) + USA_GOV, (("Japan", "accused"),) + JPN_GOV, None,
             "1987-03-27", "day", "March 27", "asserted", None,
             "Reagan accused Japan of failing to enforce the 1986 agreement; placed inside the March 27 announcement "
             "(rule 3; DCT or undated arguable)"),
            # 12
            ("AGREE", "agreement", (None,) + JPN_GOV, (None,) + USA_GOV, None,
             "1986-09", "month", "September 1986", "asserted", None,
             "a September 1986 agreement on preventing microchip dumping (a nominal with its own date, EVENTS.md 11; "
             "implied parties, Japan first as 44a/50b)"),
            # 13
            ("AGREE", ("said", "He said he would"), (("He", "He said he would"),) + USA_GOV,
             (("Japan", "when\nJapan"),) + JPN_GOV, None,
             "1987-03-27", "day", "March 27", "asserted", None,
             "prepared to lift the sanctions when Japan takes corrective action: a conditional promise toward the "
             "party whose compliance is awaited (own_dev 16895, 56b); inside the March 27 announcement (rule 3)"),
            # 14
            ("CONSULT", "visit", ("Yasuhiro Nakasone",) + JPN_GOV, ("Washington",) + USA_GOV, WASHINGTON_TXT,
             "1987-04", "month", "at the end of the month", "planned", None,
             "Nakasone prepares to visit Washington at the end of the month for talks with Reagan (visitor first); "
             "month precision"),
            # 15
            ("STATEMENT", ("said", "World Affairs Council"), (("Reagan", "Last Friday"),) + USA_GOV, None, LA_TXT,
             "1987-04-10", "day", "Last Friday", "asserted", None,
             "Nakasone endangered his standing at home through his willingness to eliminate trade barriers "
             "(assessment; SUPPORT arguable); last Friday before Mon 1987-04-13; after a speech in Los Angeles"),
            # 16
            ("SUPPORT", ("said", "He said he was looking"), (("He", "He said he was looking"),) + USA_GOV,
             (("Nakasone", "talks with Nakasone"),) + JPN_GOV, LA_TXT,
             "1987-04-10", "day", "Last Friday", "asserted", None,
             "'he has been most helpful': praise of Nakasone (the saying is the act); placed in the same Friday "
             "appearance (rule 3; DCT arguable)"),
        ],
        "skip": [
            (("alleged", "on alleged"), "background nominal"),
            (("dumping", "alleged Japanese"), "topic of the talks (background)"),
            ("failed", "the talks' outcome (no type)"),
            ("head off", "content (the talks' failed purpose)"),
            ("imposition", "presupposed nominal (the U.S. tariffs; SANCTION planned arguable)"),
            ("developments", "content of the statement"),
            ("back away", "content (hypothetical retreat)"),
            ("assume", "part of the reporting clause"),
            (("said", "I assume"), "rule-3 attribution (the proclamation is the event)"),
            (("dumping", "evidence of"), "content of the accusation"),
            (("alleged", "The alleged"), "anaphoric nominal (the dumping)"),
            ("selling", "gloss of the dumping (content)"),
            (("said", "is said"), "anonymous passive ('is said to have')"),
            ("undercut", "content of anonymous talk"),
            ("designed", "content of the presentation"),
            ("opening", "content of the statistics"),
            ("confirm", "content of the denial"),
            ("announced", "rule-3 attribution (the planned tariffs are the event)"),
            ("failing", "content of the accusation"),
            ("enforce", "content of the accusation"),
            ("preventing", "content of the agreement"),
            ("providing", "content of the agreement"),
            ("lift", "content of the promise (RETREAT hypothetical)"),
            ("sanctions", "anaphoric nominal (the planned tariffs, content of the promise)"),
            (("took", "Japan took"), "condition of the promise"),
            ("dispute", "anaphoric nominal"),
            ("soured", "no acting actor (the dispute)"),
            (("talks", "for talks"), "the visit's purpose (the same CONSULT)"),
            ("answering", "part of the Friday appearance (participial)"),
            ("questions", "reporters' questions"),
            ("speech", "background nominal (the Friday appearance; STATEMENT arguable)"),
            ("endangered", "content of the statement"),
            ("eliminate", "content of the statement"),
            (("talks", "his talks with"), "anaphoric nominal (the planned visit)"),
            ("vacationing", "no type"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "head off"), "GPE", "USA"),
            ("White House", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Howard Baker", "PERSON", "USA"),
            (("Japanese", "range of"), "NORP", "JPN"),
            (("Baker", "I assume"), "PERSON", "USA"),
            (("Reagan", "Reagan's National"), "PERSON", "USA"),
            ("Frank Carlucci", "PERSON", "USA"),
            (("Carlucci", "Carlucci said that evidence"), "PERSON", "USA"),
            (("Japanese", "evidence of"), "NORP", "JPN"),
            (("U.S.", "technologically"), "GPE", "USA"),
            (("Carlucci", "Carlucci also"), "PERSON", "USA"),
            (("Japanese", "although"), "NORP", "JPN"),
            (("Japan", "show that"), "GPE", "JPN"),
            ("American", "NORP", "USA"),
            (("Carlucci", "other direction"), "PERSON", "USA"),
            (("Reagan", "President Reagan announced"), "PERSON", "USA"),
            (("Japanese", "dlrs in"), "NORP", "JPN"),
            (("United States", "exports to"), "GPE", "USA"),
            (("Japan", "accused"), "GPE", "JPN"),
            (("American", "providing"), "NORP", "USA"),
            (("Japan", "when\nJapan"), "GPE", "JPN"),
            (("U.S.", "soured"), "GPE", "USA"),
            ("Jpanese", "NORP", "JPN"),
            (("Japanese", "relations as"), "NORP", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            ("Washington", "GPE", "USA"),
            (("Reagan", "talks with Reagan"), "PERSON", "USA"),
            (("Reagan", "Last Friday"), "PERSON", "USA"),
            ("Los Angeles World Affairs Council", "ORG", "USA"),
            (("Nakasone", "said Nakasone"), "PERSON", "JPN"),
            (("U.S.", "barriers against"), "GPE", "USA"),
            (("Nakasone", "talks with Nakasone"), "PERSON", "JPN"),
            (("Reagan", "Today"), "PERSON", "USA"),
        ],
    },
    "reuters21578-1623": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Izvestia",) + SUN_ORG, None, MOS,
             "1987-03-04", "day", None, "asserted", None,
             "winter crops need reseeding and the 232 mln tonne target will not be easy (assessment by the "
             "government daily, state media); DCT, dateline city"),
            # 1
            ("STATEMENT", "giving", ("the newspaper",) + SUN_ORG, None, MOS,
             "1987-03-04", "day", None, "negated", None,
             "'Without giving figures': a withheld statement (own_blind3's 'gave no figures'); DCT"),
            # 2
            ("STATEMENT", ("said", "the newspaper said"), ("the newspaper",) + SUN_ORG, None, MOS,
             "1987-03-04", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the lead (a considerable part must be reseeded)"),
            # 3
            ("STATEMENT", ("said", "has previously"), ("The Soviet Union",) + ("SUN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "nine mln hectares will have to be reseeded; 'previously' gives no value: undated"),
            # 4
            ("STATEMENT", ("said", "analyst in Washington has"), ("A U.S. Department of Agriculture analyst",) + USA_GOV,
             None, WASHINGTON_TXT, "1987-03-04", "day", None, "asserted", None,
             "nine mln hectares would be about 25 pct of the winter crop (an analyst of a named government body, "
             "55a); 'has said' takes the DCT (EVENTS.md 16); located in Washington"),
            # 5
            ("STATEMENT", ("said", "not simple,\" Izvestia"), (("Izvestia", "not simple"),) + SUN_ORG, None, MOS,
             "1987-03-04", "day", None, "asserted", 0,
             "later mention: the quoted target half of the lead ('not simple')"),
            # 6
            ("STATEMENT", ("said", "Ukraine, it"), (("it", "Ukraine, it"),) + SUN_ORG, None, MOS,
             "1987-03-04", "day", None, "asserted", None,
             "this week's cold stopped fieldwork in the Ukraine (report); DCT"),
            # 7
            ("STATEMENT", "adding", (("it", "Ukraine, it"),) + SUN_ORG, None, MOS,
             "1987-03-04", "day", None, "asserted", None,
             "temperatures fell to minus 30 in Byelorussia ('said ..., adding' two records, EVENTS.md 3); DCT"),
        ],
        "skip": [
            (("reseeded", "need to be"), "content of the statement"),
            ("fulfil", "content of the statement"),
            (("reseeded", "must be"), "content of the statement"),
            ("creates", "content of the statement"),
            (("reseeded", "will have to be"), "content of the statement"),
            ("equal", "content of the statement"),
            (("planned", "The planned"), "background nominal (the state target)"),
            ("bringing in", "content of the statement"),
            ("affected", "weather (no actor)"),
            ("caused", "weather (no actor)"),
            ("stop", "weather (no actor)"),
            (("fell", "temperatures fell"), "weather (content)"),
        ],
        "entities": [
            ("Izvestia", "ORG", "SUN"),
            ("Soviet", "NORP", "SUN"),
            ("Soviet Union", "GPE", "SUN"),
            ("U.S. Department of Agriculture", "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            (("Izvestia", "not simple"), "ORG", "SUN"),
            ("Ukraine", "GPE", "SUN"),
            ("Byelorussia", "GPE", "SUN"),
        ],
    },
    "reuters21578-8598": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Gareth Evans",) + AUS_GOV, None, SUR,
             "1987-03-24", "day", None, "asserted", None,
             "oil tax strategy best tackled with a targeted approach (assessment); told a meeting 'here' (the "
             "dateline); DCT"),
            # 1
            ("STATEMENT", ("told", "He told"), (("He", "He told"),) + AUS_GOV, None, SUR,
             "1987-03-24", "day", None, "asserted", None,
             "a prospect of a package recognising government priorities and industry concerns; DCT"),
            # 2
            ("STATEMENT", ("said", "Evans said there"), (("Evans", "Evans said there"),) + AUS_GOV, None, SUR,
             "1987-03-24", "day", None, "asserted", None, "targeted approaches produced good results; DCT"),
            # 3
            ("STATEMENT", ("said", "last September, he"), (("he", "last September, he"),) + AUS_GOV, None, SUR,
             "1987-03-24", "day", None, "asserted", None,
             "the excise reduction and waiver as examples (domestic tax policy: content); DCT"),
            # 4
            ("STATEMENT", "announced", (None,) + AUS_GOV, None, None,
             "1986-09", "month", "last September", "asserted", None,
             "the excise waiver announced last September (a reduced relative with its own date, 42a; the "
             "announcer implied: the government); month before March 1987"),
            # 5
            ("REQUEST", "calling", ("The industry",) + AUS_ORG, (None,) + AUS_GOV, None,
             None, "unknown", None, "asserted", None,
             "the industry, through the APEA, has been calling for the elimination of secondary oil taxation (a "
             "standing demand on the implied government, 17b's 'is insisting'): undated"),
            # 6
            ("STATEMENT", ("said", "major areas"), (("Evans", "major areas"),) + AUS_GOV, None, SUR,
             "1987-03-24", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the lead (favours tailored approaches over sweeping "
             "changes)"),
            # 7
            ("REJECT", ("said", "He said the government"), (("He", "He said the government"),) + AUS_GOV,
             (("industry", "response to"),) + AUS_ORG, SUR,
             "1987-03-24", "day", None, "asserted", None,
             "the government does not intend to change the RRT legislation in response to industry calls (refusal "
             "of a demand; the saying is the act); DCT"),
            # 8
            ("ACCUSE", ("said", "APEA has"), (("APEA", "APEA has"),) + AUS_ORG, (None,) + AUS_GOV, SUR,
             "1987-03-24", "day", None, "asserted", None,
             "RRT is not a true profit-based tax (criticism of the government's policy, EVENTS.md 7; STATEMENT "
             "arguable); 'has said' takes the DCT (EVENTS.md 16; undated arguable)"),
            # 9
            ("STATEMENT", ("said", "Evans said the decision"), (("Evans", "Evans said the decision"),) + AUS_GOV, None,
             SUR, "1987-03-24", "day", None, "asserted", None,
             "the decision rests on the desire for certainty and stability (explanation); DCT"),
            # 10
            ("STATEMENT", "adding", (("Evans", "Evans said the decision"),) + AUS_GOV, None, SUR,
             "1987-03-24", "day", None, "asserted", None,
             "major investments already planned on the existing rules ('said ..., adding' two records); DCT"),
        ],
        "skip": [
            ("tackled", "content of the statement"),
            (("meeting", "told a"), "the audience (a conference), not an event"),
            ("conference", "the audience of the statement"),
            ("developing", "content of the statement"),
            ("recognise", "content of the statement"),
            (("meeting", "while also"), "content of the statement"),
            ("referring", "elaboration of the same statements"),
            ("review", "domestic government review (no type)"),
            ("produced", "content of the statement"),
            ("reduction", "domestic tax policy (content)"),
            ("waiver", "domestic tax policy (content; its announcement is coded)"),
            ("elimination", "content of the request"),
            (("boost", "in order to"), "purpose clause"),
            ("favour", "content of the quoted statement"),
            (("change", "intend to"), "content of the refusal"),
            (("calls", "industry"), "background nominal (REQUEST AUS ORG -> AUS GOV undated arguable)"),
            ("allow", "content of the industry calls"),
            ("reported", "the wire's own earlier report"),
            ("achieved", "content (tax rule)"),
            (("limited", "deductibility is"), "content of the criticism"),
            ("decision", "anaphoric nominal (the refusal)"),
            (("change", "decision not to"), "content (anaphoric)"),
            ("ensure", "content of the statement"),
            (("planned", "have already been"), "investments by unnamed companies (content)"),
        ],
        "entities": [
            ("Australia", "GPE", "AUS"),
            ("Gareth Evans", "PERSON", "AUS"),
            ("Australian Petroleum Exploration Association", "ORG", "AUS"),
            ("APEA", "ORG", "AUS"),
            (("Evans", "Evans was"), "PERSON", "AUS"),
            (("Evans", "Evans said there"), "PERSON", "AUS"),
            ("Bass Strait", "LOC", "AUS"),
            (("APEA", "through the"), "ORG", "AUS"),
            (("Australia", "prices\nand"), "GPE", "AUS"),
            (("Evans", "major areas"), "PERSON", "AUS"),
            (("APEA", "APEA has"), "ORG", "AUS"),
            (("Evans", "Evans said the decision"), "PERSON", "AUS"),
        ],
    },
    "reuters21578-21506": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Abdul Fattah al-Bader",) + KWT_BUS, None, KUW,
             "1987-10-19", "day", None, "asserted", None,
             "Kuwait's oil exports unaffected by the Iran-Iraq war (chairman of a state-owned company, EVENTS.md 15); "
             "'told a Kuwaiti newspaper', direct telling in wire style (45b/32b; relayed reading arguable): DCT"),
            # 1
            ("STATEMENT", "quoted", (("him", "quoted him"),) + KWT_BUS, None, KUW,
             "1987-10-19", "day", None, "asserted", 0,
             "later mention: the Al-Anbaa newspaper quoted him (Kuwait exploited all opportunities to keep "
             "exporting)"),
            # 2
            ("STATEMENT", ("said", "He said"), (("He", "He said"),) + KWT_BUS, None, KUW,
             "1987-10-19", "day", None, "asserted", None, "KOTC's profits in the last fiscal year (statistics); DCT"),
            # 3
            ("STATEMENT", "predicted", (("He", "He said"),) + KWT_BUS, None, KUW,
             "1987-10-19", "day", None, "asserted", None,
             "lower profits this year (forecast; 'said ..., but predicted' two records, EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("affected", "content of the statement"),
            ("war", "background nominal (the Iran-Iraq war; ASSAULT arguable)"),
            ("exploited", "content of the quoted statement"),
            ("exporting", "content of the quoted statement"),
            (("made", "KOTC made"), "statistics (profits)"),
            ("chartering", "content (costs)"),
            (("operating", "chartering and"), "content (costs)"),
        ],
        "entities": [
            ("Kuwait", "GPE", "KWT"),
            ("Iran", "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            ("Kuwait Oil Tanker Company", "ORG", "KWT"),
            ("KOTC", "ORG", "KWT"),
            ("Abdul Fattah al-Bader", "PERSON", "KWT"),
            ("Kuwaiti", "NORP", "KWT"),
            (("Kuwait", "\"Kuwait has"), "GPE", "KWT"),
            ("Al-Anbaa", "ORG", "KWT"),
            (("KOTC", "He said"), "ORG", "KWT"),
        ],
    },
    "reuters21578-16938": {
        "events": [
            # 0
            ("REQUEST", "demanding", ("Japanese electricity utilities",) + JPN_BUS, (None,) + AUS_BUS, TOKYO_TXT,
             None, "unknown", None, "asserted", None,
             "Japanese utilities demanding price cuts from the (implied) Australian exporters in the negotiations; "
             "relayed by anonymous sources, present progressive with no time expression: undated (DCT arguable)"),
            # 1
            ("CONSULT", "negotiations", (None,) + AUS_BUS, ("Japanese electricity utilities",) + JPN_BUS, TOKYO_TXT,
             None, "unknown", None, "asserted", None,
             "annual coal contract negotiations underway in Tokyo (a nominal with its own predication; the "
             "Australian exporters implied, visiting the host's capital, 53a); undated as the demand"),
            # 2
            ("AGREE", "secured", (("Japanese", "while the"),) + JPN_BUS, ("China", "CHN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the 27-28 dlr price secured with China (a price settled with the supplier; split by country, EVENTS.md "
             "12; COOPERATE arguable); undated"),
            # 3
            ("AGREE", "secured", (("Japanese", "while the"),) + JPN_BUS, ("South Africa", "ZAF", "BUS"), None,
             None, "unknown", None, "asserted", None, "the same price secured with South Africa; undated"),
            # 4
            ("STATEMENT", "told", ("Ross McKinnon",) + AUS_BUS, None, SYD,
             "1987-04-21", "day", None, "asserted", None,
             "he had not been informed of any refusal to take shipments; DCT, dateline city"),
            # 5
            ("STATEMENT", ("said", "McKinnon said"), (("McKinnon", "McKinnon said"),) + AUS_BUS, None, SYD,
             "1987-04-21", "day", None, "asserted", None, "could not recall an early settlement; DCT"),
            # 6
            ("STATEMENT", ("said", "and said"), (("McKinnon", "McKinnon said"),) + AUS_BUS, None, SYD,
             "1987-04-21", "day", None, "asserted", None,
             "'controlled leaks' are commonplace during talks (second reporting clause, EVENTS.md 3); DCT"),
            # 7
            ("STATEMENT", ("said", "Ian Story"), ("Ian Story", "AUS", "PERSON"), None, SYD,
             "1987-04-21", "day", None, "asserted", None,
             "the currency's rise cut exporters' receipts (assessment by a named analyst); DCT"),
        ],
        "skip": [
            (("said", "industry sources"), "anonymous-source talk (industry sources)"),
            (("said", "the sources said"), "anonymous-source talk (sources)"),
            ("unable to substantiate", "content of anonymous talk"),
            (("reports", "substantiate"), "unattributed reports"),
            ("threatened", "content of unsubstantiated, unattributed reports (THREATEN JPN -> AUS arguable)"),
            ("stop taking", "content of the reports"),
            (("set", "prices are"), "content of the reports"),
            (("want", "Coal exporters"), "stative position (REQUEST arguable)"),
            ("maintain", "content (stative position)"),
            (("expired", "price, which"), "no acting actor (the price's expiry)"),
            (("want", "Japanese want"), "stative position (REQUEST arguable)"),
            ("pay", "content (stative position)"),
            (("exports", "annually"), "habitual exports (generic; COOPERATE AUS -> JPN arguable)"),
            ("informed", "content of the statement"),
            ("refusal", "content of the statement"),
            ("settled", "generic (content of the statement)"),
            (("expired", "previous one had"), "generic (content)"),
            ("leaks", "generic (content of the statement)"),
            (("talks", "during"), "generic talks (content)"),
            (("took", "markets took"), "market reaction (no actor)"),
            (("say", "dealers to"), "anonymous-source talk (dealers)"),
            (("added", "it added"), "content of anonymous talk"),
            ("settling", "market-price movement"),
            (("shipments", "1986 with"), "statistics"),
            ("reaching", "statistics"),
            (("took", "sector and"), "aggregate 1986 imports (statistics; COOPERATE JPN -> AUS 1986 arguable)"),
            ("appreciation", "market-price movement"),
            ("receiving", "content of the statement"),
            ("negotiated", "background (last year's contract negotiation)"),
        ],
        "entities": [
            ("Australian", "NORP", "AUS"),
            ("Japanese", "NORP", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Chugoku Electric Power Co Inc", "ORG", "JPN"),
            (("U.S.", "32"), "GPE", "USA"),
            (("Japan", "end of"), "GPE", "JPN"),
            (("Japanese", "while the"), "NORP", "JPN"),
            (("U.S.", "27-28"), "GPE", "USA"),
            ("China", "GPE", "CHN"),
            ("South Africa", "GPE", "ZAF"),
            ("Ross McKinnon", "PERSON", "AUS"),
            ("Thiess Dampier Mitsui Coal Pty Ltd", "ORG", "AUS"),
            (("Japan", "steaming coal to"), "GPE", "JPN"),
            (("Chugoku", "mainly to"), "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("McKinnon", "McKinnon said"), "PERSON", "AUS"),
            (("Japanese", "recall when"), "NORP", "JPN"),
            (("Australian", "But Australian"), "NORP", "AUS"),
            (("U.S.", "0.7080"), "GPE", "USA"),
            (("Australia", "Coal was"), "GPE", "AUS"),
            (("Japan", "Japan is the"), "GPE", "JPN"),
            ("Sydney", "GPE", "AUS"),
            ("Ian Story", "PERSON", "AUS"),
            (("Australian", "appreciation of"), "NORP", "AUS"),
            (("U.S.", "dollar against"), "GPE", "USA"),
        ],
    },
    "reuters21578-10641": {
        "events": [
            # 0
            ("RETREAT", "pulled", ("Turkey", "TUR", "MIL"), (("Greece", "conflict"), "GRC", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Turkey pulled warships back from close escort of its survey ship as the threat of conflict with "
             "Greece abated (a de-escalating withdrawal; actor2 the party it faced, null arguable); no time "
             "expression: undated (rule 17)"),
            # 1
            ("RETREAT", "ended", ("naval vessels", "TUR", "MIL"), (None, "GRC", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: naval vessels ended their close protection of the ship (the Anatolian Agency's 'said' "
             "rule-3 attribution)"),
            # 2
            ("STATEMENT", ("said", "national waters"), ("the daily Gunes",) + TUR_ORG, None, ANK,
             "1987-03-29", "day", None, "asserted", None,
             "headline: U.S. and NATO efforts bore fruit, Greece will stay in its waters (a newspaper as speaker; "
             "the efforts and Greece's staying are content); DCT, dateline city"),
            # 3
            ("STATEMENT", "topped", ("The top-selling Hurriyet",) + TUR_ORG, None, ANK,
             "1987-03-29", "day", None, "asserted", None,
             "front-page headline: 'Our resolute stand made Greece see reason'; DCT"),
            # 4
            ("STATEMENT", "noted", ("two newspapers, Cumhuriyet and Milliyet",) + TUR_ORG, None, ANK,
             "1987-03-29", "day", None, "asserted", None,
             "identical headlines 'Crisis Frozen': the disagreement remains unsolved (a same-country compound, one "
             "record); DCT"),
            # 5
            ("STATEMENT", ("said", "Turkish government"), ("the Turkish government",) + ("TUR", "GOV"), None, ANK,
             "1987-03-29", "day", None, "asserted", None,
             "it had been assured Athens would not begin prospecting (the assurance has no named giver: content, "
             "AGREE arguable); wire-style 'said': DCT (undated as a background clause arguable)"),
        ],
        "skip": [
            (("escort", "close"), "background nominal (the escort being ended)"),
            (("threat", "as the"), "background nominal (no acting actor)"),
            (("conflict", "threat of"), "hypothetical background nominal"),
            ("abated", "no acting actor"),
            (("said", "Anatolian Agency"), "rule-3 attribution (the ending of the escort is the event)"),
            ("protection", "object of 'ended' (the escort)"),
            ("continued", "the ship's work (no type)"),
            ("following", "continuing naval posture at a distance (MOBILIZE arguable)"),
            ("headlined", "unnamed newspapers (STATEMENT TUR ORG arguable)"),
            ("resolve", "content of the headlines"),
            ("pressure", "content of the headlines (REQUEST arguable)"),
            ("forcing", "content of the headlines"),
            (("pull back", "Greece to"), "content of the headlines (RETREAT GRC arguable)"),
            (("exploration", "planned"), "content of the headlines"),
            ("efforts", "content of the newspaper's statement (CONSULT/REQUEST USA/NATO -> GRC arguable)"),
            ("bore fruit", "content of the newspaper's statement"),
            ("stay", "content of the newspaper's statement (RETREAT GRC planned arguable)"),
            ("stand", "content of the headline"),
            (("made", "stand made"), "content of the headline"),
            ("disagreement", "background nominal"),
            ("remained", "stative (content)"),
            ("confrontation", "background nominal"),
            ("eased", "no acting actor"),
            ("assured", "an assurance with no named giver (AGREE GRC -> TUR arguable), content of the statement"),
            (("begin", "would not"), "content of the assurance"),
        ],
        "entities": [
            ("Turkey", "GPE", "TUR"),
            ("Greece", "GPE", "GRC"),
            ("Aegean Sea", "LOC", None),
            ("Anatolian Agency", "ORG", "TUR"),
            ("Turkish", "NORP", "TUR"),
            (("Turkish", "saw as"), "NORP", "TUR"),
            (("Greece", "forcing"), "GPE", "GRC"),
            ("United States", "GPE", "USA"),
            ("NATO", "ORG", None),
            (("Greece", "fruit:"), "GPE", "GRC"),
            ("Gunes", "ORG", "TUR"),
            ("Hurriyet", "ORG", "TUR"),
            (("Greece", "stand made"), "GPE", "GRC"),
            ("Cumhuriyet", "ORG", "TUR"),
            ("Milliyet", "ORG", "TUR"),
            (("Turkish", "after the"), "NORP", "TUR"),
            ("Athens", "GPE", "GRC"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
