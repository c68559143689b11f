"""Build ``own_blind79a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind79a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1932 left); 24 drawn with random.Random(79101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
47 event records (41 first mentions, 6 later mentions), 100 not_annotated spans, 99 entity mentions
(GPE 30, ORG 25, PERSON 24, NORP 17, LOC 3); no article without events; 6483 (Bank of England lending)
and 1932 (Belgo-Luxembourg trade) have reporting-clause STATEMENTs only.
Types: STATEMENT 23, ACCUSE 7, CONSULT 5, REQUEST 5, THREATEN 2, SUPPORT 2, AID 1, AGREE 1, REJECT 1;
modality: asserted 42, planned 3, negated 1, hypothetical 1; precision: day 38, unknown 5, month 3, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked: one wrong first match, "protect"
inside "protecting", was fixed with an anchor). See GUIDELINES.md and ../shared/dev/EVENTS.md for the
rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Nigerian Trade Minister Samaila Mamman": NORP + PERSON;
"Deputy Foreign Minister Alexander Bessmertnykh", "U.S. Secretary of State George Shultz": GPE "U.S." +
PERSON; "President Hissene Habre": the PERSON), while a named body in a title is tagged ("Federal Reserve
Board governor Robert Heller": ORG + PERSON, 21a/64a; "Kremlin leader Mikhail Gorbachev": ORG "Kremlin"
SUN + PERSON, 31a; "Senate Finance Committee chairman Lloyd Bentsen": ORG + PERSON); "U.S. Treasury
assistant secretary" gives one ORG "U.S. Treasury" (a body with its country word before a lower-case
title, as "U.S. Senate"; 49a's capitalised "U.S. Treasury Secretary" title gave only GPE "U.S."); a
government body with its country word is one ORG span ("U.S. Senate", "Canadian House of Commons", as
24a's "U.S. Congress"); "Senate banking subcommittee" one ORG span (30b's "House banking subcommittee");
"the Texas Democrat" gives GPE "Texas" + NORP "Democrat" (64a); "Prime Minister (Brian) Mulroney" gives
two PERSON mentions, the bracketed "Brian" and "Mulroney" (as 53a's bracketed "(Nakasone)"); a place word
inside a hyphenated word is a mention ("anti-Libyan": NORP "Libyan"; "non-Canadians": NORP "Canadians",
as earlier sets' "anti-American" / "non-EC"); the possessive 's left out ("Canada's", "Africa's",
"Gorbachev's"); capitalised "Bank" / "The Bank" for a named bank is an ORG mention ("the Banks total
help" gives "Bank"); lower-case bodies ("the central bank", "the government of Canada" gives only GPE,
"Libyan television" only NORP) and common nouns ("the President", "the senator", "Delegates") are not
entity spans; currencies, programmes and the Paris accord are not entities.
Countries: World Bank ORG null, Mauritius GPE MUS; "African" NORP null and Africa LOC null (the continent,
as earlier sets), "Nigerian" NORP NGA, Samaila Mamman / "Mamman" PERSON NGA, General Agreement on Tariffs
and Trade / GATT ORG null, New Zealand and Taupo GPE NZL; U.S. Senate, Senate Finance Committee and
"Senate" ORG USA, United States and Texas GPE USA, "Democrat" NORP USA, Lloyd Bentsen / "Bentsen" and
Reagan PERSON USA, Canadian House of Commons ORG CAN, Canada and Ottawa GPE CAN, "Canadian" / "Canadians"
NORP CAN, "Brian" / Mulroney PERSON CAN; Federal Reserve Board, U.S. Treasury and the Senate banking
subcommittee ORG USA, Robert Heller / "Heller" PERSON USA, Paris GPE FRA, West Germany GPE DEU, Japan GPE
JPN; "Libyan" NORP LBY, Muammar Gaddafi / "Gaddafi" PERSON LBY, Chad and N'djamena GPE TCD, GUNT and the
Transitional Government of National Unity ORG TCD (the Chadian rebel movement, as the contras NIC),
Hissene Habre PERSON TCD, "French" NORP FRA, British Broadcasting Corporation ORG GBR; "Soviet" NORP SUN,
Moscow GPE SUN, Kremlin ORG SUN, Alexander Bessmertnykh and Mikhail Gorbachev PERSON SUN, "U.S." GPE USA,
George Shultz / "Shultz" PERSON USA, "American" NORP USA, Peking GPE CHN, Europe LOC null; Bank of
England / "Bank" ORG GBR, "U.K." GPE GBR; Belgo-Luxembourg Economic Union / BLEU ORG null (two countries'
union, 32b), National Statistics Institute ORG BEL (the Belgian institute, dateline BRUSSELS).

Judgement calls made here:
* 16060 (World Bank loan for Mauritius, DCT Thu 1987-04-09, WASHINGTON): the same call as 24a's 18939:
  "The World Bank said it approved a 25 mln dlr structural adjustment loan for Mauritius" is AID null IGO
  -> MUS GOV on "approved", undated (no time expression, rule 17), "said" rule-3 attribution; "The Bank
  said the 17-year loan will support policy reforms ..." and 'It added, "The increased availability of
  foreign exchange ... is expected to help ..."' are STATEMENTs (the loan's aims; an assessment), DCT,
  WASHINGTON; "support" (the loan's purpose, not verbal support), the purposes and the anaphoric "loan"
  are skipped.
* 8135 (Nigerian plea at the GATT meeting, DCT Mon 1987-03-23, TAUPO): the lead "Debt among African
  countries will continue to grow ... unless developed countries lower their interest rates, Nigerian
  Trade Minister Samaila Mamman said" is a STATEMENT (a conditional forecast whose consequence is not the
  speaker's, own_blind's "warned that partners may resist"; REQUEST toward developed countries arguable,
  "lower" skipped), DCT; "He told an informal GATT meeting the widening gap ... were major impediments" a
  STATEMENT (assessment), located in Taupo. "Delegates from 23 countries are attending the GATT talks in
  ... Taupo" is CONSULT by the participants as one null group (25b's listed attendance), no actor2,
  asserted, undated (present progressive with no time expression, 17a); the "meeting" of the reporting
  clause is skipped as its occasion. '"I wish to emphasise that the growth in ... indebtedness of African
  countries reflects ... the deflationary monetary and trade policies of the developed market economy
  countries," Mamman said' (with the next paragraph's continuation: they "have slowed down output growth
  thereby drying up markets") is ACCUSE NGA -> the developed countries (a group: null), DCT; "emphasise"
  skipped as the same act. "Mamman said the World Bank estimated 35.3 billion dlrs a year would be needed
  ..." gives two records: Mamman's STATEMENT (DCT) and the World Bank's relayed estimate (STATEMENT null
  IGO on "estimated", second-hand with no time expression: undated, as 55a's Izvestia article); the
  agentless "debt service was estimated" is skipped. '"... Africa cannot attain ... if the current high
  level of debt persists," Mamman said' is a STATEMENT; "Developed countries must seek alternatives to
  policies ..., he said" is REQUEST NGA -> developed countries (null; a group told how to act, EVENTS.md
  2); '"The international community cannot fail to respond positively ... And act quickly to stabilize
  demand and prices ...," he added' is REQUEST NGA -> the international community (null IGO); all DCT,
  TAUPO.
* 9532 (Bentsen on Canada's trade resolution, DCT Wed 1987-03-25, WASHINGTON): concern about an identified
  party's act is ACCUSE (earlier sets' "concern about an attempted takeover by Japan's Fujitsu"; EVENTS.md
  7): "The chairman of the U.S. Senate committee with jurisdiction over trade said he was concerned about
  a resolution ... adopted by the Canadian House of Commons last week" is ACCUSE USA GOV -> CAN GOV (the
  Commons) on "said", DCT; the quote '"... However, if these phrases mean the government of Canada means to
  take important economic issues off the table in these negotiations, I am deeply concerned," he added'
  restates it (later mention, EVENTS.md 3, actor2 "the government of Canada"). "adopted by the Canadian
  House of Commons last week" is a STATEMENT CAN GOV (a legislature's formal position: the resolution
  supports negotiating with the U.S. while protecting sovereignty, farm marketing, autos and culture;
  SUPPORT CAN -> USA arguable; the resolution's own "supports" is a document's content), 1987-03 ("last
  week" = 16-22 March, one month, EVENTS.md 21). "Bentsen said the resolution may jeopardize the viability
  of the proposed free trade agreement" is a second ACCUSE USA -> CAN (criticism of Canada's resolution,
  its author implied; STATEMENT arguable), DCT. '"We need a truly free trade agreement, which means both
  countries have to work toward a deal ...," the Texas Democrat said in a statement' is a STATEMENT (an
  evaluation including the speaker's own side, own_blind's "We should"; REQUEST -> CAN arguable). "Bentsen
  said Canada restricts trade 15 different ways while the United States uses only six" is a STATEMENT (a
  comparison of habitual practices; ACCUSE arguable); "He said if Canada proposes an agreement where both
  countries get rid of six methods ..., it would not be fair and might not win Senate approval" a STATEMENT
  (a conditional assessment; THREATEN USA -> CAN arguable, but no warning verb and a hedged consequence).
  '"I am deeply concerned that when the President visits Prime Minister (Brian) Mulroney next month, he
  will be presented with this kind of argument, and I hope he makes it clear ... that only a mutually
  beneficial agreement will be successful," Bentsen said' is REQUEST USA GOV -> the President (USA GOV; a
  hope that an actor act, as earlier sets' "hope ... sanctions could be lifted"; the concern about
  Canada's argument is part of the same clause: ACCUSE arguable), DCT; the visit inside it is CONSULT USA
  -> CAN (visitor first), planned, 1987-04 ("next month"), and "Reagan and Mulroney are scheduled to meet
  April 5-6 in Ottawa" its later mention with its own date (1987-04-05, dated by its start, EVENTS.md 21),
  both located in Ottawa; Bentsen's "as I did when I was in Canada" is background (skipped). "Bentsen
  urged Mulroney to withdraw a proposal that would ban imports of independently produced films into
  Canada by non-Canadians" is REQUEST USA -> CAN, DCT, and "which the senator called a protectionist
  measure" is ACCUSE USA -> CAN on "called" (criticism of a measure whose author is named in the clause;
  64a's bill with no author named was a STATEMENT), DCT; Mulroney's "proposal" and the "ban" are the
  request's object (SANCTION CAN hypothetical arguable, skipped).
* 10081 (Fed's Heller on the dollar, DCT Thu 1987-03-26, NEW YORK): "Robert Heller said that the dollar's
  current level is appropriate" is a STATEMENT USA GOV, DCT, NEW YORK, the quote '"... The current level is
  the appropriate level," Heller told reporters after a speech ...' its later mention (the speech and the
  analysts' meeting skipped as occasion); "but declined to comment on widespread market reports of
  concerted central bank intervention this week" is a withheld STATEMENT (negated, trigger "comment",
  EVENTS.md 5; the market reports and the intervention, a monetary operation, skipped). "He said last
  month's six-nation currency accord in Paris did not include target ranges" is a STATEMENT, and the
  accord itself AGREE by the implied group (null, no actor2; the Louvre call of 5b/17a/27b/62b), 1987-02
  ("last month"), Paris. "Heller also said that it was too early to determine whether the parties ...
  were taking appropriate steps ..." is a STATEMENT; the later "accord" and "agreed to in Paris" are
  anaphoric (skipped); the quote '"Clearly, they've not been implemented yet... No one expects
  implementation within a week or two," he said' restates it (later mention). "Earlier today, U.S.
  Treasury assistant secretary told a Senate banking subcommittee that he did not believe that West Germany
  and Japan have yet carried out their international responsibilities" is ACCUSE USA GOV -> DEU and ->
  JPN (criticism; compound target split, EVENTS.md 12), 1987-03-26 ("Earlier today"), location null (a
  Senate hearing: not the dateline city, no place in the text).
* 10639 (Gaddafi on Chad, published Sun 1987-03-29 00:54, DCT 1987-03-29, LONDON): Gaddafi's remarks were
  "in a speech carried by Libyan television and monitored by the British Broadcasting Corporation": his
  own speech reported directly, wire style (DCT, dateline city; the broadcast and monitoring are relay,
  skipped), not second-hand. "Gaddafi said confrontation would continue in Chad unless French forces leave
  the country and rebel leaders share political power there" is THREATEN LBY GOV -> the French forces (FRA
  MIL; a conditional threat by the rebels' backer, asserted; a second target, the implied Chadian
  government that is to share power, arguable); '"Any anti-Libyan regime in N'djamena can rest assured
  that it will never have a single comfortable night's sleep," he said' is a second THREATEN, LBY -> TCD
  GOV. "Gaddafi repeated his stand that no Libyan forces are in Chad" is REJECT (a denial, no accuser
  named: actor2 null, EVENTS.md 14); "saying he stood by Chad rebel forces of GUNT" is SUPPORT LBY -> GUNT
  (TCD ORG, rebels as the contras; its own act, not a participial elaboration of the denial; trigger
  "stood by", "saying" unlisted), and the closing quote '"As long as this movement (GUNT) continues to
  fight ... we will continue to stand by its side ...," Gaddafi said' restates it (later mention, SUPPORT,
  actor2 "this movement"). GUNT "fighting the forces of President Hissene Habre" and Habre's forces
  "supported logistically by 2,400 French troops" are background descriptions with no time (skipped;
  ASSAULT TCD -> TCD and AID FRA -> TCD arguable).
* 286 (possible Shultz visit to Moscow, DCT Mon 1987-03-02, MOSCOW): "A senior Soviet official said a
  visit to Moscow by U.S. Secretary of State George Shultz for arms discussions was under consideration" is
  CONSULT USA GOV -> SUN GOV (host anchored at "Moscow") on "visit", hypothetical (merely considered),
  undated, "said" rule-3 attribution; "Deputy Foreign Minister Alexander Bessmertnykh told a news
  conference such a visit would be part of continuing contacts ..." is a STATEMENT SUN GOV (DCT, MOSCOW;
  "such a visit" anaphoric, the "continuing contacts" a background nominal). "Earlier, U.S. Officials
  with Shultz in Peking said he was likely to go to Moscow soon" is the visit's later mention on "go",
  planned ("likely to"), undated ("soon" has no value; the first mention's null date), the officials' "said"
  attribution. "Kremlin leader Mikhail Gorbachev's weekend proposal for a separate agreement on withdrawing
  Soviet and American medium-range missiles from Europe" is REQUEST SUN GOV -> the implied U.S. (USA GOV; a
  proposal put to another party, 11a; AGREE as an offer arguable), a nominal with its own date (EVENTS.md
  11): the weekend before Mon 2 March spans 28 February and 1 March, so only the year is given (1987,
  "weekend"); the agreement and the withdrawal are its content.
* 6483 (Bank of England lends one billion stg, DCT Wed 1987-03-18, LONDON): the lending, the day's total
  help and the midday cut in dealing rates are monetary operations (EVENTS.md 10), the clearing banks'
  base-rate cut a bank's own pricing (45b/46a/47b) and the market's interpretation anonymous (all
  skipped; "sanction" means approval there, not a SANCTION). "The Bank of England said it had lent ..."
  is a STATEMENT GBR GOV (own_dev 3533), DCT, LONDON; "the estimated shortage ... which it had earlier
  estimated at 1.3 billion stg" is a second STATEMENT (the Bank's shortage forecast, its own clause;
  "earlier" takes the DCT, EVENTS.md 16; the adjectival "estimated shortage" skipped as anaphoric); "The
  Bank's announcement this morning that it was willing to lend two-week money at 10 pct" is a third
  STATEMENT (a nominal with its own date, EVENTS.md 11; the announced lending a monetary operation),
  1987-03-18 ("this morning").
* 1932 (Belgo-Luxembourg trade surplus, DCT Thu 1987-03-05, BRUSSELS): as 32b's 9171: "figures given by a
  spokesman for the National Statistics Institute show" is a statistics STATEMENT by the spokesman (BEL
  GOV) on "given" (the figures "showing" a document, skipped), and "He said imports fell last year ..." a
  second STATEMENT, both DCT, BRUSSELS; the surplus, the falls and the December figures are statistics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind79a.jsonl"

WAS = ("WASHINGTON", "USA")
TAU = ("TAUPO", "NZL")
NYC = ("NEW YORK", "USA")
LON = ("LONDON", "GBR")
MOS = ("MOSCOW", "SUN")
BRU = ("BRUSSELS", "BEL")
OTTAWA = ("Ottawa", "CAN")
PARIS = ("Paris", "FRA")
MOSCOW = ("Moscow", "SUN")

USA_GOV = "USA", "GOV"
CAN_GOV = "CAN", "GOV"
NGA_GOV = "NGA", "GOV"
LBY_GOV = "LBY", "GOV"
SUN_GOV = "SUN", "GOV"
GBR_GOV = "GBR", "GOV"
WORLD_BANK = ("The World Bank", None, "IGO")
MAMMAN_LEAD = ("Nigerian Trade Minister Samaila Mamman",) + NGA_GOV
SENATE_CHAIR = ("The chairman of the U.S. Senate committee with jurisdiction over trade",) + USA_GOV
COMMONS = ("the Canadian House of Commons",) + CAN_GOV
PRESIDENT = (("the President", "concerned that when"),) + USA_GOV
HELLER = ("Federal Reserve Board governor Robert Heller",) + USA_GOV
TREASURY_AIDE = ("U.S. Treasury assistant secretary",) + USA_GOV
GADDAFI = ("Libyan leader Muammar Gaddafi",) + LBY_GOV
GADDAFI_REPEATED = (("Gaddafi", "Gaddafi repeated"),) + LBY_GOV
GUNT = ("Chad rebel forces of GUNT", "TCD", "ORG")
SHULTZ = ("U.S. Secretary of State George Shultz",) + USA_GOV
BOE = ("The Bank of England",) + GBR_GOV
INS_SPOKESMAN = ("a spokesman for the National Statistics Institute", "BEL", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16060": {
        "events": [
            # 0
            (
                "AID",
                "approved",
                WORLD_BANK,
                ("Mauritius", "MUS", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "25 mln dlr structural adjustment loan approved for Mauritius (24a's 18939 / own_blind6a's 'approved'); "
                "'said' is rule-3 attribution; no time expression: undated",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The Bank said"),
                (("The Bank", "The Bank said"), None, "IGO"),
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "the loan will support policy reforms (description of the loan's aims); wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                "added",
                (("It", "It added"), None, "IGO"),
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "more foreign exchange for imports is expected to help industrial output (assessment); DCT",
            ),
        ],
        "skip": [
            ("said", "rule-3 attribution (the loan approval is the event)"),
            ("aid that", "purpose of the loan"),
            (("loan", "17-year"), "anaphoric nominal (the approved loan)"),
            ("support", "the loan's purpose, not verbal support of an actor"),
            (("help", "designed to"), "purpose of the reforms"),
            ("develop", "purpose of the reforms"),
            ("encourage", "purpose of the reforms"),
            (("help", "expected to"), "content of the statement"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Mauritius", "GPE", "MUS"),
            (("Bank", "The Bank said"), "ORG", None),
        ],
    },
    "reuters21578-8135": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                MAMMAN_LEAD,
                None,
                TAU,
                "1987-03-23",
                "day",
                None,
                "asserted",
                None,
                "African debt will keep growing unless developed countries lower interest rates: a conditional forecast "
                "(the consequence is not the speaker's; REQUEST toward developed countries arguable); wire style: DCT",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("He", "He told"),) + NGA_GOV,
                None,
                TAU,
                "1987-03-23",
                "day",
                None,
                "asserted",
                None,
                "the North-South gap and an inequitable system impede growth (assessment) told to the GATT meeting in "
                "Taupo; DCT",
            ),
            # 2
            (
                "CONSULT",
                "attending",
                ("Delegates from 23 countries", None, "GOV"),
                None,
                ("Taupo", "NZL"),
                None,
                "unknown",
                None,
                "asserted",
                None,
                "delegates from 23 countries attend the informal GATT talks in Taupo (the participants as one null "
                "group, 25b's listed attendance); present progressive with no time expression: undated (17a)",
            ),
            # 3
            (
                "ACCUSE",
                ("said", 'economy countries," Mamman'),
                (("Mamman", 'economy countries," Mamman'),) + NGA_GOV,
                ("the developed market economy countries", None, "GOV"),
                TAU,
                "1987-03-23",
                "day",
                None,
                "asserted",
                None,
                "African indebtedness reflects the deflationary policies of the developed countries, which dried up "
                "markets for African exports: criticism of a group's policies (null, EVENTS.md 15); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Mamman said the World"),
                (("Mamman", "Mamman said the World"),) + NGA_GOV,
                None,
                TAU,
                "1987-03-23",
                "day",
                None,
                "asserted",
                None,
                "relays the World Bank's estimate of Africa's financing needs (statistics); DCT",
            ),
            # 5
            (
                "STATEMENT",
                "estimated",
                ("the World Bank", None, "IGO"),
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the World Bank's estimate of 35.3 billion dlrs a year needed, relayed by Mamman (second-hand, no time "
                "expression: undated, as 55a's Izvestia article)",
            ),
            # 6
            (
                "STATEMENT",
                ("said", 'debt persists," Mamman'),
                (("Mamman", 'debt persists," Mamman'),) + NGA_GOV,
                None,
                TAU,
                "1987-03-23",
                "day",
                None,
                "asserted",
                None,
                "Africa cannot reach 3-4 pct growth if the debt level persists (assessment); DCT",
            ),
            # 7
            (
                "REQUEST",
                ("said", "indebtedness, he"),
                (("he", "indebtedness, he"),) + NGA_GOV,
                ("Developed countries", None, "GOV"),
                TAU,
                "1987-03-23",
                "day",
                None,
                "asserted",
                None,
                "developed countries must seek alternatives to their policies (a group told how to act, EVENTS.md 2; "
                "null); DCT",
            ),
            # 8
            (
                "REQUEST",
                "added",
                (("he", 'exports," he added'),) + NGA_GOV,
                ("The international community", None, "IGO"),
                TAU,
                "1987-03-23",
                "day",
                None,
                "asserted",
                None,
                "the international community must respond to the commodity collapse and act to stabilise demand and "
                "prices (an appeal; null); DCT",
            ),
        ],
        "skip": [
            ("grow", "content of the forecast"),
            ("stifled", "content of the forecast"),
            ("lower", "condition inside the forecast (REQUEST toward developed countries arguable)"),
            ("meeting", "occasion of the reporting clause (the GATT talks are recorded at 'attending')"),
            ("emphasise", "performative inside the quote (the same act as 'said')"),
            ("reflects", "content of the accusation"),
            ("slowed down", "content of the accusation (quote continued)"),
            ("drying up", "content of the accusation"),
            ("needed", "content of the estimate"),
            ("achieve", "content of the estimate"),
            (("estimated", "debt service was"), "agentless passive estimate (statistics)"),
            ("attain", "content of the statement"),
            ("persists", "content of the statement"),
            ("seek", "content of the request"),
            ("resulted", "background relative clause (the policies' effects)"),
            ("respond", "content of the request"),
            (("act", "And"), "content of the request"),
            ("stabilize", "content of the request"),
        ],
        "entities": [
            ("African", "NORP", None),
            ("Nigerian", "NORP", "NGA"),
            ("Samaila Mamman", "PERSON", "NGA"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            (("GATT", "attending the"), "ORG", None),
            ("New Zealand", "GPE", "NZL"),
            ("Taupo", "GPE", "NZL"),
            (("African", "indebtedness of"), "NORP", None),
            (("Mamman", 'economy countries," Mamman'), "PERSON", "NGA"),
            (("African", "exports of African"), "NORP", None),
            (("Mamman", "Mamman said the World"), "PERSON", "NGA"),
            ("World Bank", "ORG", None),
            (("African", "for the African"), "NORP", None),
            (("Africa", "same time"), "LOC", None),
            (("Africa", "intentions"), "LOC", None),
            (("Mamman", 'debt persists," Mamman'), "PERSON", "NGA"),
        ],
    },
    "reuters21578-9532": {
        "events": [
            # 0
            (
                "ACCUSE",
                "said",
                SENATE_CHAIR,
                COMMONS,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "concerned about a resolution adopted by the Canadian House of Commons: concern about an identified "
                "party's act (Fujitsu call; EVENTS.md 7); the saying is the act ('concerned' not listed); wire style: DCT",
            ),
            # 1
            (
                "STATEMENT",
                "adopted",
                COMMONS,
                None,
                None,
                "1987-03",
                "month",
                "last week",
                "asserted",
                None,
                "the Commons adopted a resolution supporting trade talks with the U.S. on conditions: a legislature's "
                "formal position (SUPPORT CAN -> USA arguable); 'last week' = 16-22 March, one month: 1987-03 "
                "(EVENTS.md 21)",
            ),
            # 2
            (
                "ACCUSE",
                ("said", "Lloyd Bentsen"),
                ("Senate Finance Committee chairman Lloyd Bentsen",) + USA_GOV,
                (None,) + CAN_GOV,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "the Canadian resolution may jeopardize the proposed free trade agreement: criticism of Canada's "
                "resolution (its author implied; STATEMENT arguable); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Texas Democrat"),
                ("the Texas Democrat",) + USA_GOV,
                None,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "a truly free, comprehensive agreement is needed and both countries must work toward it (an evaluation "
                "including the speaker's own side, own_blind's 'We should'; REQUEST -> CAN arguable); 'in a statement' "
                "part of the clause; DCT",
            ),
            # 4
            (
                "ACCUSE",
                "added",
                (("he", 'concerned," he'),) + USA_GOV,
                (("the government of Canada",) + CAN_GOV),
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                0,
                "later mention: the quote 'I am deeply concerned' if Canada means to take issues off the table "
                "restates the lead's concern (EVENTS.md 3)",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Bentsen said Canada"),
                (("Bentsen", "Bentsen said Canada"),) + USA_GOV,
                None,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "Canada restricts trade 15 ways, the U.S. six: a comparison of habitual practices (ACCUSE arguable); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "said if Canada"),
                (("He", "restriction methods. He"),) + USA_GOV,
                None,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "a proposal to drop six methods each would not be fair and might not win Senate approval (a conditional "
                "assessment; THREATEN arguable); DCT",
            ),
            # 7
            (
                "REQUEST",
                ("said", 'successful," Bentsen'),
                (("Bentsen", 'successful," Bentsen'),) + USA_GOV,
                PRESIDENT,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "'I hope he makes it clear ... that only a mutually beneficial agreement will be successful': the "
                "President told how he should act (a hope that an actor act, EVENTS.md 2); DCT",
            ),
            # 8
            (
                "CONSULT",
                "visits",
                PRESIDENT,
                (("Mulroney", "(Brian)"),) + CAN_GOV,
                OTTAWA,
                "1987-04",
                "month",
                "next month",
                "planned",
                None,
                "when the President visits Mulroney next month (a dated visit inside the quote; visitor first); place "
                "from the next sentence",
            ),
            # 9
            (
                "CONSULT",
                ("meet", "scheduled to"),
                ("Reagan",) + USA_GOV,
                (("Mulroney", "Reagan and"),) + CAN_GOV,
                OTTAWA,
                "1987-04-05",
                "day",
                "April 5-6",
                "planned",
                8,
                "later mention: Reagan and Mulroney scheduled to meet April 5-6 in Ottawa (its own time expression kept, "
                "EVENTS.md 21; dated by its start)",
            ),
            # 10
            (
                "REQUEST",
                "urged",
                (("Bentsen", "Bentsen urged"),) + USA_GOV,
                (("Mulroney", "urged"),) + CAN_GOV,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "urged Mulroney to withdraw the film-import proposal; wire style: DCT",
            ),
            # 11
            (
                "ACCUSE",
                "called",
                ("the senator",) + USA_GOV,
                (("Mulroney", "urged"),) + CAN_GOV,
                WAS,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "called Mulroney's proposal a protectionist measure: criticism of a named party's measure (its own "
                "clause; STATEMENT arguable, 64a's bill with no actor); DCT",
            ),
        ],
        "skip": [
            (("negotiations", "bilateral trade"), "background nominal (the planned U.S.-Canada talks)"),
            ("supports", "content of the resolution (a document)"),
            (("negotiation", "supports"), "content of the resolution"),
            ("protecting", "content of the resolution"),
            ("jeopardize", "content of the criticism"),
            ("proposed", "background (the proposed free trade agreement)"),
            ("need", "content of the statement"),
            (("work", "have to"), "content of the statement"),
            (("statement", "said in a"), "part of the reporting clause"),
            ("question", "content of the quote (negated, the speaker's own stance)"),
            (("protect", "right to"), "content of the quote"),
            (("take", "means to"), "content of the quote (condition)"),
            (("negotiations", "these"), "background nominal"),
            ("restricts", "habitual (content of the statement)"),
            (("uses", "United States"), "habitual (content of the statement)"),
            ("proposes", "condition inside the statement"),
            ("get rid", "content of the hypothetical proposal"),
            (("win", "might not"), "content of the statement (Senate approval)"),
            ("presented", "content of the quote (Canada's argument to the President)"),
            ("makes it clear", "content of the request"),
            (("did", "as I"), "background inside the quote (Bentsen's earlier message in Canada; STATEMENT arguable)"),
            ("withdraw", "content of the request"),
            ("proposal", "object of the request: Mulroney's proposal (SANCTION CAN hypothetical arguable)"),
            ("ban", "content of the proposal (hypothetical measure)"),
        ],
        "entities": [
            ("U.S. Senate", "ORG", "USA"),
            ("Canadian House of Commons", "ORG", "CAN"),
            ("United States", "GPE", "USA"),
            (("Canadian", "protecting"), "NORP", "CAN"),
            (("Canada", "auto industry and"), "GPE", "CAN"),
            ("Senate Finance Committee", "ORG", "USA"),
            ("Lloyd Bentsen", "PERSON", "USA"),
            ("Texas", "GPE", "USA"),
            ("Democrat", "NORP", "USA"),
            (("Canada", "question"), "GPE", "CAN"),
            (("Canada", "the government of"), "GPE", "CAN"),
            (("Bentsen", "Bentsen said Canada"), "PERSON", "USA"),
            (("Canada", "Bentsen said Canada"), "GPE", "CAN"),
            (("United States", "while the"), "GPE", "USA"),
            (("Canada", "if Canada"), "GPE", "CAN"),
            (("Senate", "win Senate"), "ORG", "USA"),
            ("Brian", "PERSON", "CAN"),
            (("Mulroney", "(Brian)"), "PERSON", "CAN"),
            (("Canada", "when I was in"), "GPE", "CAN"),
            (("Bentsen", 'successful," Bentsen'), "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Mulroney", "Reagan and"), "PERSON", "CAN"),
            ("Ottawa", "GPE", "CAN"),
            (("Bentsen", "Bentsen urged"), "PERSON", "USA"),
            (("Mulroney", "urged"), "PERSON", "CAN"),
            (("Canada", "films into"), "GPE", "CAN"),
            (("Canadians", "non-"), "NORP", "CAN"),
        ],
    },
    "reuters21578-10081": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                HELLER,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the dollar's current level is appropriate (assessment); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "comment",
                HELLER,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "negated",
                None,
                "declined to comment on reports of concerted intervention: withheld statement (EVENTS.md 5; trigger on "
                "'comment', own_dev's 'name', 'declined' unlisted); DCT",
            ),
            # 2
            (
                "STATEMENT",
                "told",
                (("Heller", 'appropriate level," Heller'),) + USA_GOV,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                0,
                "later mention: the quote 'The current level is the appropriate level' restates the lead (EVENTS.md 3); "
                "'told reporters'",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "He said last month"),
                (("He", "He said last month"),) + USA_GOV,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the Paris accord did not include target ranges in an academic way (assessment); DCT",
            ),
            # 4
            (
                "AGREE",
                "accord",
                (None, None, "GOV"),
                None,
                PARIS,
                "1987-02",
                "month",
                "last month",
                "asserted",
                None,
                "last month's six-nation currency accord in Paris: a nominal with its own date and place (EVENTS.md 11); "
                "the implied group of six nations, null, no actor2 (the Louvre call of 5b/17a/27b/62b)",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Heller also"),
                (("Heller", "Heller also"),) + USA_GOV,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "too early to judge whether the accord's parties are taking the agreed steps (assessment); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", 'week or two," he'),
                (("he", 'week or two," he'),) + USA_GOV,
                None,
                NYC,
                "1987-03-26",
                "day",
                None,
                "asserted",
                5,
                "later mention: 'they've not been implemented yet ... No one expects implementation within a week or "
                "two' restates the 'too early' assessment (EVENTS.md 3)",
            ),
            # 7
            (
                "ACCUSE",
                ("told", "Earlier today"),
                TREASURY_AIDE,
                ("West Germany", "DEU", "GOV"),
                None,
                "1987-03-26",
                "day",
                "Earlier today",
                "asserted",
                None,
                "told a Senate subcommittee West Germany and Japan have not yet carried out their international "
                "responsibilities: criticism (compound target split by country, EVENTS.md 12); 'Earlier today' = DCT; "
                "no place in the text (a Senate hearing, not the dateline city)",
            ),
            # 8
            (
                "ACCUSE",
                ("told", "Earlier today"),
                TREASURY_AIDE,
                (("Japan", "West Germany and"), "JPN", "GOV"),
                None,
                "1987-03-26",
                "day",
                "Earlier today",
                "asserted",
                None,
                "the same criticism toward Japan (split record)",
            ),
        ],
        "skip": [
            (("reports", "market"), "market reports (anonymous)"),
            ("intervention", "currency intervention (monetary operation, EVENTS.md 10)"),
            ("speech", "occasion of the reporting clause"),
            (("meeting", "speech to a"), "occasion (the analysts' meeting)"),
            ("include", "content of the statement"),
            ("determine", "content of the statement"),
            (("accord", "parties to the"), "anaphoric nominal (the Paris accord already recorded)"),
            ("taking", "content of the statement"),
            ("carry out", "content of the statement"),
            ("agreed", "anaphoric (the adjustments agreed in the Paris accord already recorded)"),
            ("implemented", "content of the quote"),
            ("expects", "content of the quote (generic 'No one expects')"),
            (("implementation", "expects"), "content of the quote"),
            ("believe", "content of the accusation (the speaker's belief)"),
            ("carried out", "content of the accusation"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Robert Heller", "PERSON", "USA"),
            (("Heller", 'appropriate level," Heller'), "PERSON", "USA"),
            ("Paris", "GPE", "FRA"),
            (("Heller", "Heller also"), "PERSON", "USA"),
            (("Paris", "agreed to in"), "GPE", "FRA"),
            ("U.S. Treasury", "ORG", "USA"),
            ("Senate banking subcommittee", "ORG", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Japan", "West Germany and"), "GPE", "JPN"),
        ],
    },
    "reuters21578-10639": {
        "events": [
            # 0
            (
                "THREATEN",
                "said",
                GADDAFI,
                ("French forces", "FRA", "MIL"),
                LON,
                "1987-03-29",
                "day",
                None,
                "asserted",
                None,
                "confrontation would continue in Chad unless French forces leave and the rebels share power: a "
                "conditional threat by the rebels' backer (asserted; a second target, the implied Chadian government, "
                "arguable); said in a televised speech monitored by the BBC: wire style, DCT, dateline city",
            ),
            # 1
            (
                "THREATEN",
                ("said", 'sleep," he'),
                (("he", 'sleep," he'),) + LBY_GOV,
                ("Any anti-Libyan regime in N'djamena", "TCD", "GOV"),
                LON,
                "1987-03-29",
                "day",
                None,
                "asserted",
                None,
                "any anti-Libyan regime in N'djamena will never have a comfortable night's sleep (a threat against the "
                "Chadian government); DCT",
            ),
            # 2
            (
                "REJECT",
                "repeated",
                GADDAFI_REPEATED,
                None,
                LON,
                "1987-03-29",
                "day",
                None,
                "asserted",
                None,
                "repeated his stand that no Libyan forces are in Chad: denial of an allegation with no accuser named "
                "(actor2 null, EVENTS.md 14); DCT",
            ),
            # 3
            (
                "SUPPORT",
                "stood by",
                GADDAFI_REPEATED,
                GUNT,
                LON,
                "1987-03-29",
                "day",
                None,
                "asserted",
                None,
                "saying he stood by the Chad rebel forces of GUNT: verbal support of another actor (its own act, not a "
                "participial elaboration of the denial; rebels TCD ORG as the contras NIC); DCT",
            ),
            # 4
            (
                "SUPPORT",
                ("said", 'agents," Gaddafi'),
                (("Gaddafi", 'agents," Gaddafi'),) + LBY_GOV,
                ("this movement", "TCD", "ORG"),
                LON,
                "1987-03-29",
                "day",
                None,
                "asserted",
                3,
                "later mention: 'we will continue to stand by its side' restates the support for GUNT (EVENTS.md 3)",
            ),
        ],
        "skip": [
            (("continue", "confrontation would"), "content of the threat"),
            ("leave", "condition of the threat"),
            ("share", "condition of the threat"),
            ("speech", "part of the reporting clause"),
            ("carried", "broadcast of the speech (relay, not an event)"),
            ("monitored", "monitoring of the broadcast (not an event)"),
            ("fighting", "background participle (the rebels' war against Habre's forces; ASSAULT TCD -> TCD arguable)"),
            ("supported", "background (French logistic support of Habre's forces; AID FRA -> TCD arguable)"),
            (("fight", "continues to"), "condition inside the quote"),
            ("battles", "content of the quote"),
            ("conflict", "content of the quote"),
            ("alliance", "content of the quote (the colonialists' alliance)"),
        ],
        "entities": [
            ("Libyan", "NORP", "LBY"),
            ("Muammar Gaddafi", "PERSON", "LBY"),
            (("Chad", "continue in"), "GPE", "TCD"),
            ("French", "NORP", "FRA"),
            (("Libyan", "Any anti-"), "NORP", "LBY"),
            ("N'djamena", "GPE", "TCD"),
            (("Libyan", "carried by"), "NORP", "LBY"),
            ("British Broadcasting Corporation", "ORG", "GBR"),
            (("Gaddafi", "Gaddafi repeated"), "PERSON", "LBY"),
            (("Libyan", "that no"), "NORP", "LBY"),
            (("Chad", "forces are in"), "GPE", "TCD"),
            (("Chad", "stood by"), "GPE", "TCD"),
            (("GUNT", "rebel forces of"), "ORG", "TCD"),
            ("Transitional Government of National Unity", "ORG", "TCD"),
            ("Hissene Habre", "PERSON", "TCD"),
            (("French", "2,400"), "NORP", "FRA"),
            (("GUNT", "movement ("), "ORG", "TCD"),
            (("Chad", "liberation of"), "GPE", "TCD"),
            (("Gaddafi", 'agents," Gaddafi'), "PERSON", "LBY"),
        ],
    },
    "reuters21578-286": {
        "events": [
            # 0
            (
                "CONSULT",
                "visit",
                SHULTZ,
                ("Moscow",) + SUN_GOV,
                MOSCOW,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "a visit to Moscow by Shultz for arms discussions is under consideration (merely considered: "
                "hypothetical; host anchored at the capital); no time expression: undated; 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                ("Deputy Foreign Minister Alexander Bessmertnykh",) + SUN_GOV,
                None,
                MOS,
                "1987-03-02",
                "day",
                None,
                "asserted",
                None,
                "such a visit would be part of continuing security contacts (assessment) at a news conference; DCT, "
                "dateline city",
            ),
            # 2
            (
                "CONSULT",
                ("go", "likely to"),
                (("he", "Peking said"),) + USA_GOV,
                (("Moscow", "go to"),) + SUN_GOV,
                MOSCOW,
                None,
                "unknown",
                None,
                "planned",
                0,
                "later mention: Shultz is likely to go to Moscow soon ('is likely to' = planned; 'soon' has no value: "
                "the first mention's null date); the U.S. officials' 'said' is rule-3 attribution",
            ),
            # 3
            (
                "REQUEST",
                "proposal",
                ("Kremlin leader Mikhail Gorbachev",) + SUN_GOV,
                (None,) + USA_GOV,
                None,
                "1987",
                "year",
                "weekend",
                "asserted",
                None,
                "Gorbachev's weekend proposal of a separate agreement on withdrawing medium-range missiles: a nominal with "
                "its own date (EVENTS.md 11), a proposal put to another party (11a; AGREE as an offer arguable), the U.S. "
                "implied; the weekend before Mon 2 March spans February and March: year precision",
            ),
        ],
        "skip": [
            (("said", "Soviet official"), "rule-3 attribution (the considered visit is the event)"),
            ("discussions", "purpose of the visit (the talks the visit would hold)"),
            ("consideration", "modality of the visit (the Soviet side's internal consideration)"),
            ("news conference", "occasion of the reporting clause"),
            (("visit", "such a"), "anaphoric nominal (the considered visit)"),
            ("contacts", "background nominal (continuing U.S.-Soviet contacts; CONSULT arguable)"),
            (("said", "Peking said"), "rule-3 attribution (the planned trip is the event)"),
            ("agreement", "content of the proposal"),
            ("withdrawing", "content of the proposal"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Moscow", "GPE", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("George Shultz", "PERSON", "USA"),
            ("Alexander Bessmertnykh", "PERSON", "SUN"),
            (("U.S.", "Earlier,"), "GPE", "USA"),
            (("Shultz", "with Shultz"), "PERSON", "USA"),
            ("Peking", "GPE", "CHN"),
            (("Moscow", "go to"), "GPE", "SUN"),
            ("Kremlin", "ORG", "SUN"),
            ("Mikhail Gorbachev", "PERSON", "SUN"),
            (("Soviet", "withdrawing"), "NORP", "SUN"),
            ("American", "NORP", "USA"),
            ("Europe", "LOC", None),
        ],
    },
    "reuters21578-6483": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                BOE,
                None,
                LON,
                "1987-03-18",
                "day",
                None,
                "asserted",
                None,
                "report of its lending to the discount market (the lending is a monetary operation, skipped; own_dev "
                "3533); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("estimated", "had earlier"),
                (("it", "which it had"),) + GBR_GOV,
                None,
                LON,
                "1987-03-18",
                "day",
                None,
                "asserted",
                None,
                "the Bank's earlier shortage forecast of 1.3 billion stg (own_dev 3533's 'forecast', 14861's estimate; "
                "'earlier' takes the DCT, EVENTS.md 16)",
            ),
            # 2
            (
                "STATEMENT",
                "announcement",
                (("Bank", "The Bank's announcement"),) + GBR_GOV,
                None,
                LON,
                "1987-03-18",
                "day",
                "this morning",
                "asserted",
                None,
                "the announcement this morning that it would lend two-week money at 10 pct (an announcement of a "
                "monetary operation: no other type; a nominal with its own date, EVENTS.md 11)",
            ),
        ],
        "skip": [
            ("lent", "money-market lending (monetary operation, EVENTS.md 10)"),
            ("brings", "statistics (the day's total help)"),
            ("satisfies", "statistics (the shortage covered)"),
            (("help", "total"), "money-market help (monetary operation)"),
            (("estimated", "satisfies the"), "anaphoric (the shortage estimate recorded at 'had earlier estimated')"),
            (("lend", "willing to"), "content of the announcement (monetary operation)"),
            ("interpreted", "market interpretation (anonymous)"),
            ("sanction", "'sanction' as approval in the market's reading (not a SANCTION event)"),
            ("took this up", "the clearing banks' own rate-setting (no type, 45b/46a/47b)"),
            ("cutting", "the clearing banks' base-rate cut (a bank's own pricing: no type)"),
            ("lowered", "the central bank's dealing-rate cut (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "brings the"), "ORG", "GBR"),
            (("Bank", "The Bank's"), "ORG", "GBR"),
            (("U.K.", "sanction for lower"), "GPE", "GBR"),
            (("U.K.", "The U.K. Clearing"), "GPE", "GBR"),
        ],
    },
    "reuters21578-1932": {
        "events": [
            # 0
            (
                "STATEMENT",
                "given",
                INS_SPOKESMAN,
                None,
                BRU,
                "1987-03-05",
                "day",
                None,
                "asserted",
                None,
                "statistics release: figures given by a spokesman for the National Statistics Institute (Belgian, the "
                "dateline BRUSSELS, as 32b's 9171); wire style: DCT",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "He said"),
                (("He", "He said"), "BEL", "GOV"),
                None,
                BRU,
                "1987-03-05",
                "day",
                None,
                "asserted",
                None,
                "statistics: imports and exports fell in 1986; DCT",
            ),
        ],
        "skip": [
            ("moved", "statistics"),
            ("show", "figures 'showing' (a document, not a speech act)"),
            ("fell", "statistics"),
        ],
        "entities": [
            ("Belgo-Luxembourg Economic Union", "ORG", None),
            ("BLEU", "ORG", None),
            ("National Statistics Institute", "ORG", "BEL"),
            (("BLEU", "December, the"), "ORG", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
