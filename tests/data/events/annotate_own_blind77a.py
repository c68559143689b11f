"""Build ``own_blind77a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind77a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1964 left); 24 drawn with random.Random(77101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
32 event records (27 first mentions, 5 later mentions), 71 not_annotated spans, 108 entity mentions
(GPE 41, ORG 29, PERSON 16, LOC 11, NORP 11); 15527 (Lebanese pound) has no event (market movements and
dealers' talk: a negative); 17033 (Abe on Congress), 3110 (weather) and 19672 (RBI export promotion rules)
have reporting-clause STATEMENTs only.
Types: STATEMENT 13, ASSAULT 6, REQUEST 5, AGREE 3, CONSULT 3, ACCUSE 1, SANCTION 1; modality: asserted 31,
planned 1; precision: unknown 16, day 15, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed: a bare
"said" in 9155 that hit the government statement's "said" instead of Ratsimandresy's). See GUIDELINES.md
and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Special Japanese envoy Shintaro Abe": NORP + PERSON; "Former
Foreign Minister Shintaro Abe", "President Ronald Reagan", "President Reagan": PERSON only); "Reagan
administration" gives PERSON "Reagan"; a body with its country word is one ORG span ("U.S. congress", the
lower-case proper name kept as written; "U.S. House of Representatives"); "Congressional" (adjective) is
not tagged; company names are tagged with their legal form and without angle brackets, tickers ("<AN>",
"<OXY>", "<MOB>", "<HDI>") are not entities; the possessive 's is left out ("Iraq's", "Japan's",
"Nakasone's", "India's"); "U.S." in "U.S. Dollar" and "Lebanese" in "Lebanese Pound" are mentions (a
currency name's place word, 72a), "Gulf" in "Gulf War" is LOC null (earlier sets; the war is not an
entity); a named basin is LOC with its common noun ("Morondava basin", as "Paris Basin"); programmes
(Blanket Exchange Permit Scheme), products and currencies are not entities; lower-case modifiers of
places ("upper", "northern lower", "central", "western") are not part of the span; the Reuters sign-off
is not in these texts.
Countries: Shintaro Abe / "Abe" and Yasuhiro Nakasone / "Nakasone" PERSON JPN, "Japanese" NORP JPN, Japan
and Tokyo GPE JPN; Reuters ORG GBR (earlier sets); the U.S. Congress / "Congress", the International Trade
Commission, the U.S. House of Representatives and the National Weather Service ORG USA, Reagan / Ronald
Reagan PERSON USA, "U.S.", the United States and Washington GPE USA; Harley-Davidson Inc /
"Harley-Davidson" ORG USA (a U.S. motorcycle maker, dateline WASHINGTON); Madagascar GPE MDG, the Morondava
basin LOC MDG, the National Military Office for Strategic Industries / OMNIS ORG MDG, Roland Ratsimandresy
PERSON MDG; Amoco Corp / "Amoco" ORG USA ("the U.S. Firm"), Occidental Petroleum Corp and Mobil Corp ORG
USA (U.S. oil majors; the text calls them only "foreign"), Ente Nazionale Idrocarburi ORG ITA (the Italian
state oil group); the U.S. states, Lake Michigan and "Michigan" in "lakes Erie, Huron and Michigan" (a lake
wholly in the U.S.), the U.S. "Pacific Coast" and "the Carolinas" (a two-state region, LOC) USA; Erie and
Huron (lakes shared with Canada) and "the Lakes" (the Great Lakes) LOC null, as earlier sets' "Lake Erie"
and "Great Lakes"; "Deleware" (sic) GPE USA; Iran GPE IRN, "Iranian" NORP IRN, the Iranian National News
Agency / IRNA ORG IRN; Iraq and Basra GPE IRQ, "Iraqi" NORP IRQ, Fish Lake LOC IRQ (earlier sets' "Fish
lake"); "Lebanese" NORP LBN; the Reserve Bank of India / RBI ORG IND, India GPE IND.

Judgement calls made here:
* 17033 (Abe on U.S. Congress, DCT Thu 1987-04-23, NEW YORK): the special envoy is JPN GOV. "said in a brief
  interview with Reuters that the feeling in the U.S. congress is 'very severe' against Japan" is a
  STATEMENT (an assessment; Congress's mood is not an act, ACCUSE USA -> JPN arguable; the interview the
  occasion, skipped); "Abe said he believed that neither Congress nor the Reagan administration wants to
  undermine relations" and "He said the Reagan administration showed 'relative understanding' of how Japan
  is trying to alleviate its ... trade imbalance" are STATEMENTs (assessments; the administration's
  "understanding" is Abe's reading of the U.S. attitude: SUPPORT USA -> JPN arguable, "showed" skipped);
  'Abe said he was convinced "Congress and the administration had the same view that the relationship ...
  should not be undermined"' restates the second record in a quote (later mention, EVENTS.md 3; a new
  STATEMENT arguable). All DCT, NEW YORK.
* 6281 (Harley-Davidson wants tariffs lifted, DCT Tue 1987-03-17, WASHINGTON): "said it is petitioning the
  International Trade Commission to lift import taxes on Japanese motorcycle manufacturers" is REQUEST USA
  BUS -> the ITC (USA GOV; a petition to the authorities, as 72a's "applied"), undated (a present
  progressive standing request, 17a's "is seeking"), "said" rule-3 attribution. "it no longer needed tariff
  relief" and the market-share figures are STATEMENTs (DCT, WASHINGTON). "It said President Reagan imposed
  the tariff in April 1983" is SANCTION USA GOV -> the Japanese makers (implied, JPN BUS: the tariff on
  Japanese motorcycle manufacturers named in the lead), 1983-04 (month), "It said" attribution; "after
  Harley-Davidson convinced the administration the Japanese were eroding the U.S. motorcycle industry by
  flooding the market" is ACCUSE USA BUS -> the Japanese (JPN BUS; a complaint against a party voiced to a
  third party, EVENTS.md 7; REQUEST USA BUS -> USA GOV arguable), undated ("after" gives no value); the
  eroding and flooding are its content.
* 9155 (Madagascar extends Amoco agreement, DCT Wed 1987-03-25, ANTANANARIVO): "Madagascar extended its oil
  exploration agreement with the U.S. Firm Amoco Corp for 17 months" is AGREE MDG GOV -> USA BUS (renewing
  an agreement, as "confirmed an earlier commitment"), undated (no time expression of the extension; "July
  24" and "the end of 1988" are its terms), "a government statement said" rule-3 attribution; "It said the
  existing five-year agreement ... was extended until the end of 1988" is its later mention (implied
  parties). Amoco's seismic lines, wells and possible drilling are its own exploration work (no
  counterpart, no type), so "..., the statement said" is a STATEMENT MDG GOV (a statement with an
  identifiable author, 23a/28a), DCT. "Madagascar has signed oil exploration agreements with four foreign
  oil companies since 1981" is AGREE MDG GOV -> the four companies (three U.S., one Italian: a mixed group,
  null BUS), undated ("since 1981" is a period, no single value; present perfect, rule 17). "no commercial
  production plans have yet been announced" is agentless and negated (skipped); "are working in
  partnership with ... OMNIS" is the standing partnership (stative, skipped; COOPERATE USA/ITA -> MDG
  arguable). Ratsimandresy (head of a state office, MDG GOV) "said at a ceremenony to sign the extension
  ... that his department would intensify oil exploration with its existing partners and would soon offer
  a new round of exploration licences" is a STATEMENT (plans; COOPERATE planned arguable on "intensify",
  the licences have no named counterpart), DCT (wire style; the undated ceremony fixes nothing),
  ANTANANARIVO; "sign" is the occasion (the extension's signing, already recorded; a later AGREE mention
  arguable, skipped).
* 17194 (Nakasone advised to buy abroad, DCT Sun 1987-04-26, TOKYO): bare "officials said" in a Tokyo story
  is JPN GOV (earlier sets) and rule-3 attribution here. "Nakasone was advised to work out a plan for his
  government to buy more than one billion dlrs worth of foreign industrial products" is REQUEST JPN GOV
  (Abe, named next: implied here) -> Nakasone (JPN GOV; a recommendation to the own government, the
  advisory-body call of sets 19-21), undated; "Abe made the recommendation at a meeting with Nakasone" is
  its later mention (trigger the event noun after the light verb), and "It also included increasing the
  nation's untied loans ... and giving foreign firms greater access to a ... airport project" a second
  later mention ("included"; the loans and access its content, AID planned arguable; "officials said"
  attribution). The meeting itself is Abe reporting to his own prime minister (skipped; CONSULT JPN -> JPN
  arguable). "returning from a U.S. Visit designed to pave the way" is CONSULT JPN -> USA (a nominal with
  its own predication), undated ("soon after returning" gives no value); "the prime minister's visit to
  Washington starting next Wednesday" is CONSULT JPN -> USA, planned, 1987-04-29 (from Sun 26 April, the
  next Wednesday); "Abe met President Ronald Reagan and U.S. Congressional leaders during his visit" is
  CONSULT JPN -> USA (a same-country compound, one record), undated (the visit is undated). "It was not
  known how Nakasone responded" is agentless (skipped). "Abe called for tax cuts and government funds to
  be funneled into public works" is REQUEST JPN -> the implied Japanese government (EVENTS.md 2) and "Abe
  spoke of the possibility that Nakasone's visit could coincide with the passage of a protectionist trade
  bill" a STATEMENT (forecast; the House vote its content, SANCTION hypothetical arguable); both are part
  of the officials' account of the undated meeting: relayed, undated (sets 15-16; DCT by rule 2 arguable),
  location null.
* 3110 (Great Lakes gales, DCT Mon 1987-03-09, Kansas City): "The National Weather Service said warnings of
  gale force winds remained in effect" is a STATEMENT USA GOV (a weather report), DCT, location the
  dateline as written ("Kansas City"); weather warnings and advisories "posted" are agentless (not
  THREATEN), winds and snow no actor's act.
* 243 (Iran claims victories near Basra, DCT Sun 1987-03-01, LONDON): "Iran said its forces had captured one
  of Iraq's strongest fortifications east of Basra ... in a major battle overnight" is ASSAULT IRN MIL ->
  IRQ MIL, dated by "overnight" in a 05:34 report of Sun 1 March: the DCT, 1987-03-01 (4b/22a/76b's
  same-day report; the night of 28 February-1 March straddles two months, so 26a/74a's month cannot hold
  it; 1987-02-28 arguable), "Iran said" attribution, "battle" the same fighting. IRNA's "Iranian forces
  smashed four Iraqi brigades, killed or wounded 1,500 Iraqi soldiers and destroyed 45 enemy tanks" is
  three ASSAULT records IRN -> IRQ ("wounded" the same act as "killed"), undated (no time expression in
  their clause, 26a's IRNA casualty claim; placed in the overnight battle, 1987-03-01, arguable as 22a);
  "IRNA said the Iranian troops seized one of the strongest Iraqi fortifications" is the capture's later
  mention (1987-03-01) and "breached Iraqi defence lines southwest of Fish Lake" a new ASSAULT, undated
  (EVENTS.md 18's conjunct scoping). IRNA's "said" is rule-3 attribution (twice).
* 15527 (Lebanese pound falls, DCT Thu 1987-04-09, BEIRUT): no event (a negative): the pound's fall, close
  and loss are market movements; "dealers attributing" and "one dealer told Reuters" are anonymous.
* 19672 (RBI export promotion rules, DCT Mon 1987-06-29, NEW DELHI): "The Reserve Bank of India, RBI,
  announced new rules to allow exporters of 25 products to use foreign exchange up to 10 pct of ... export
  earnings for export promotion abroad" is a domestic exchange-control easing for export promotion with no
  counterpart (an earlier set's "relaxing forex controls" call: domestic deregulation; RETREAT IND GOV
  arguable, as 72a's Pakistan export liberalisation), so "announced" is a STATEMENT IND GOV (an
  announcement of an action with no type, rule 4), DCT, NEW DELHI; "The move is designed ... to improve
  India's trade deficit" is an anaphoric nominal with its purpose; the two "RBI said" clauses (the scheme's
  other tiers) are STATEMENTs, DCT; "Industry sources said" is anonymous.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind77a.jsonl"

NYC = ("NEW YORK", "USA")
WAS = ("WASHINGTON", "USA")
ANT = ("ANTANANARIVO", "MDG")
KCY = ("Kansas City", "USA")
NDL = ("NEW DELHI", "IND")
BASRA_TXT = ("Basra", "IRQ")
FISH_TXT = ("Fish Lake", "IRQ")
US_TXT = ("U.S.", "USA")
WASH_TXT = ("Washington", "USA")

JPN_GOV = "JPN", "GOV"
USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
JPN_BUS = "JPN", "BUS"
MDG_GOV = "MDG", "GOV"
IND_GOV = "IND", "GOV"
IRN_MIL = "IRN", "MIL"
IRQ_MIL = "IRQ", "MIL"
HD_BUS = "USA", "BUS"
ABE = ("Former Foreign Minister Shintaro Abe",) + JPN_GOV
IRAN_FORCES = ("Iranian forces",) + IRN_MIL
IRAN_TROOPS = ("the Iranian troops",) + IRN_MIL

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17033": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Special Japanese envoy Shintaro Abe",) + JPN_GOV,
                None,
                NYC,
                "1987-04-23",
                "day",
                None,
                "asserted",
                None,
                "the feeling in the U.S. Congress is 'very severe' against Japan (assessment; Congress's mood is not "
                "an act: ACCUSE USA -> JPN arguable, skipped); said in an interview with Reuters (occasion, skipped); "
                "wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "However, Abe"),
                (("Abe", "However,"),) + JPN_GOV,
                None,
                NYC,
                "1987-04-23",
                "day",
                None,
                "asserted",
                None,
                "he believed neither Congress nor the Reagan administration wants to undermine relations with Japan "
                "(assessment; 'believed' part of the clause); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "He said the Reagan"),
                (("He", "He said the Reagan"),) + JPN_GOV,
                None,
                NYC,
                "1987-04-23",
                "day",
                None,
                "asserted",
                None,
                "the Reagan administration showed 'relative understanding' of Japan's efforts (Abe's assessment of "
                "the U.S. attitude; SUPPORT USA -> JPN undated arguable on 'showed', skipped as content); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Abe said he was convinced"),
                (("Abe", "Abe said he was convinced"),) + JPN_GOV,
                None,
                NYC,
                "1987-04-23",
                "day",
                None,
                "asserted",
                1,
                "quoted restatement of record 1 (Congress and the administration agree the Tokyo-Washington "
                "relationship should not be undermined): later mention, EVENTS.md 3 (a new STATEMENT arguable)",
            ),
        ],
        "skip": [
            ("interview", "occasion of the reporting clause"),
            ("feeling", "content of the statement (Congress's mood; ACCUSE USA -> JPN arguable)"),
            ("believed", "part of the reporting clause"),
            (("undermine", "wants to"), "content of the statement"),
            ("showed", "content of the statement (the administration's understanding; SUPPORT USA -> JPN arguable)"),
            ("trying to alleviate", "content of the statement (Japan's efforts)"),
            (("convinced", "Abe said he was"), "part of the reporting clause"),
            (("undermined", "should not be"), "content of the quote"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Shintaro Abe", "PERSON", "JPN"),
            ("Reuters", "ORG", "GBR"),
            ("U.S. congress", "ORG", "USA"),
            (("Japan", 'severe" against'), "GPE", "JPN"),
            (("Abe", "However,"), "PERSON", "JPN"),
            (("Congress", "neither"), "ORG", "USA"),
            (("Reagan", "nor the"), "PERSON", "USA"),
            (("Japan", "relations with"), "GPE", "JPN"),
            (("Reagan", "He said the"), "PERSON", "USA"),
            (("Japan", "of how"), "GPE", "JPN"),
            (("U.S.", "alleviate its"), "GPE", "USA"),
            (("Abe", "Abe said he was convinced"), "PERSON", "JPN"),
            (("Congress", "convinced"), "ORG", "USA"),
            ("Tokyo", "GPE", "JPN"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-6281": {
        "events": [
            # 0
            (
                "REQUEST",
                "petitioning",
                ("Harley-Davidson Inc",) + HD_BUS,
                ("the International Trade Commission",) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "petitioning the ITC to lift the import taxes on Japanese motorcycle makers (a petition to the "
                "authorities, 72a's 'applied'); present progressive standing request, no time expression: undated "
                "(17a's 'is seeking'); 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "manufacturers."),
                (("Harley-Davidson", "manufacturers."),) + HD_BUS,
                None,
                WAS,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "it no longer needs tariff relief to compete with the Japanese (assessment); wire style: DCT, "
                "dateline city",
            ),
            # 2
            (
                "SANCTION",
                "imposed",
                ("President Reagan",) + USA_GOV,
                (None,) + JPN_BUS,
                None,
                "1983-04",
                "month",
                "April 1983",
                "asserted",
                None,
                "Reagan imposed the tariff (on Japanese motorcycle makers, named in the lead: implied target JPN) in "
                "April 1983; 'It said' rule-3 attribution",
            ),
            # 3
            (
                "ACCUSE",
                "convinced",
                (("Harley-Davidson", "after"),) + HD_BUS,
                (("the Japanese", "administration"),) + JPN_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Harley-Davidson convinced the administration that the Japanese were eroding the U.S. industry by "
                "flooding the market: a complaint against a party voiced to a third party (EVENTS.md 7); REQUEST USA "
                "BUS -> USA GOV arguable; 'after' the April 1983 tariff gives no value: undated",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "its own models."),
                (("Harley-Davidson", "its own models."),) + HD_BUS,
                None,
                WAS,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "its heavyweight market share rose to 19.4 pct in 1986 from 12.5 pct in 1983 (statistics); DCT",
            ),
        ],
        "skip": [
            (("said", "Harley-Davidson Inc"), "rule-3 attribution (the petition is the event)"),
            ("lift", "content of the petition"),
            ("relief", "content of the statement (tariff protection)"),
            ("compete", "content of the statement"),
            (("said", "It said"), "rule-3 attribution (the tariff is the event)"),
            ("eroding", "content of the accusation"),
            ("flooding", "content of the accusation (Japanese market activity)"),
            ("increased", "statistics (own market share)"),
        ],
        "entities": [
            ("Harley-Davidson Inc", "ORG", "USA"),
            ("International Trade Commission", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Harley-Davidson", "manufacturers."), "ORG", "USA"),
            (("Japanese", "compete with the"), "NORP", "JPN"),
            (("Reagan", "President"), "PERSON", "USA"),
            (("Harley-Davidson", "after"), "ORG", "USA"),
            (("Japanese", "administration the"), "NORP", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Harley-Davidson", "its own models."), "ORG", "USA"),
        ],
    },
    "reuters21578-9155": {
        "events": [
            # 0
            (
                "AGREE",
                "extended",
                ("Madagascar",) + MDG_GOV,
                ("Amoco Corp",) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Madagascar extended its exploration agreement with Amoco by 17 months (renewing an agreement: "
                "AGREE, as 'confirmed an earlier commitment'); no time expression of the extension ('July 24' and "
                "'end of 1988' are the agreement's terms): undated; the government statement's 'said' rule-3 "
                "attribution",
            ),
            # 1
            (
                "AGREE",
                ("extended", "due to expire"),
                (None,) + MDG_GOV,
                (None,) + USA_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention: the existing five-year agreement was extended until the end of 1988 (agentless: "
                "parties implied); 'It said' attribution",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "period, the statement"),
                (("the statement", "period, the"),) + MDG_GOV,
                None,
                ANT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "Amoco may drill three more wells (its own exploration work, no type), so the reporting clause of the "
                "government statement is the record (a statement with an identifiable author, 23a/28a); DCT, "
                "dateline city",
            ),
            # 3
            (
                "AGREE",
                "signed",
                (("Madagascar", "the statement said."),) + MDG_GOV,
                ("four foreign oil companies", None, "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "exploration agreements with four foreign oil companies (three U.S., one Italian: a mixed group, "
                "null); 'since 1981' is a period, no single value: undated",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Ratsimandresy"),
                ("Roland Ratsimandresy",) + MDG_GOV,
                None,
                ANT,
                "1987-03-25",
                "day",
                None,
                "asserted",
                None,
                "OMNIS will intensify exploration with its existing partners and soon offer a new licensing round "
                "(plans: COOPERATE planned arguable on 'intensify', the licences have no named counterpart); said at "
                "the undated signing ceremony, wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            (("said", "a government statement"), "rule-3 attribution (the extension is the event)"),
            ("allow", "purpose clause"),
            (("said", "It said the existing"), "rule-3 attribution (the extension's later mention is the event)"),
            ("expire", "terms of the agreement"),
            (("allow", "end of 1988 to"), "purpose clause"),
            ("laid", "Amoco's own exploration work (no counterpart, no type)"),
            ("sunk", "Amoco's own exploration work (no counterpart, no type)"),
            ("drill", "content of the statement (own exploration work)"),
            ("announced", "agentless, negated (no production plans announced)"),
            (
                "working in partnership",
                "stative (the standing partnership of the four firms with OMNIS; COOPERATE arguable)",
            ),
            (
                ("sign", "ceremenony to"),
                "occasion of the reporting clause (the extension's signing, already recorded; "
                "a later AGREE mention arguable)",
            ),
            ("intensify", "content of the statement"),
            ("offer", "content of the statement (licences, no named counterpart)"),
        ],
        "entities": [
            ("Madagascar", "GPE", "MDG"),
            ("U.S.", "GPE", "USA"),
            ("Amoco Corp", "ORG", "USA"),
            ("Morondava basin", "LOC", "MDG"),
            (("Amoco", "geophysical studies."), "ORG", "USA"),
            (("Morondava basin", "exploration wells in"), "LOC", "MDG"),
            (("Madagascar", "the statement said."), "GPE", "MDG"),
            (("Amoco", "The foreign firms"), "ORG", "USA"),
            ("Occidental Petroleum Corp", "ORG", "USA"),
            ("Mobil Corp", "ORG", "USA"),
            ("Ente Nazionale Idrocarburi", "ORG", "ITA"),
            ("National Military Office for Strategic Industries", "ORG", "MDG"),
            ("OMNIS", "ORG", "MDG"),
            ("Roland Ratsimandresy", "PERSON", "MDG"),
            (("OMNIS", "director general of"), "ORG", "MDG"),
            (("Amoco", "extension of the"), "ORG", "USA"),
        ],
    },
    "reuters21578-17194": {
        "events": [
            # 0
            (
                "REQUEST",
                "advised",
                (None,) + JPN_GOV,
                ("Prime Minister Yasuhiro Nakasone",) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Nakasone advised (by Abe, named next: implied here) to work out a plan to buy over one billion dlrs "
                "of foreign products (a recommendation to the own government, the advisory-body call of sets "
                "19-21); no time expression ('soon after returning' gives no value): undated; bare 'officials said' "
                "in a Tokyo story (JPN GOV) rule-3 attribution",
            ),
            # 1
            (
                "REQUEST",
                "recommendation",
                ABE,
                (("Nakasone", "meeting with"),) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention: Abe made the recommendation (event noun after the light verb 'made') at a meeting "
                "with Nakasone; undated",
            ),
            # 2
            (
                "CONSULT",
                ("Visit", "U.S."),
                ABE,
                (("U.S.", "returning"),) + USA_GOV,
                US_TXT,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Abe's visit to the U.S. (nominal with its own predication: 'designed to pave the way'); visitor "
                "first; 'soon after returning' gives no value: undated",
            ),
            # 3
            (
                "CONSULT",
                ("visit", "minister's"),
                (("prime minister", "pave the way for the"),) + JPN_GOV,
                ("Washington",) + USA_GOV,
                WASH_TXT,
                "1987-04-29",
                "day",
                "next Wednesday",
                "planned",
                None,
                "Nakasone's visit to Washington starting next Wednesday (from Sun 1987-04-26: Wed 1987-04-29, the "
                "next one for a future event); 'starting' part of it",
            ),
            # 4
            (
                "CONSULT",
                "met",
                (("Abe", "Abe met"),) + JPN_GOV,
                ("President Ronald Reagan",) + USA_GOV,
                US_TXT,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Abe met Reagan and U.S. Congressional leaders (a same-country compound, one record) during his "
                "undated visit (rule 3 fixes nothing): undated",
            ),
            # 5
            (
                "REQUEST",
                "included",
                (None,) + JPN_GOV,
                (None,) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention: the suggestion also included more untied loans to developing countries and foreign "
                "access to an airport project (its content, skipped); 'officials said' rule-3 attribution",
            ),
            # 6
            (
                "REQUEST",
                "called for",
                (("Abe", "Abe called"),) + JPN_GOV,
                (None,) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Abe called for tax cuts and public works spending (prescriptive to the implied Japanese government, "
                "EVENTS.md 2); relayed with the officials' account of the undated meeting: undated (sets 15-16's "
                "relayed verbal acts; DCT by rule 2 arguable)",
            ),
            # 7
            (
                "STATEMENT",
                "spoke",
                (("Abe", "Abe spoke"),) + JPN_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Nakasone's visit could coincide with House passage of a protectionist trade bill (a forecast); "
                "relayed as the previous record: undated (DCT arguable)",
            ),
        ],
        "skip": [
            ("work out", "content of the recommendation"),
            (("buy", "government to"), "content of the recommendation"),
            ("defuse", "purpose clause"),
            (("said", "officials"), "rule-3 attribution (the recommendation is the event)"),
            (
                "meeting",
                "internal meeting on the Japanese side (Abe reporting to his prime minister; CONSULT JPN -> "
                "JPN arguable)",
            ),
            ("returning", "part of the visit (its end)"),
            ("pave the way", "purpose of the visit"),
            ("starting", "part of the planned visit"),
            ("responded", "unknown reaction (agentless 'It was not known')"),
            ("suggestion", "anaphoric nominal (the recommendation)"),
            (("increasing", "included"), "content of the recommendation (AID planned arguable)"),
            ("giving", "content of the recommendation"),
            (
                ("said", "western Japan, officials"),
                "rule-3 attribution (the recommendation's later mention is the event)",
            ),
            ("funneled", "content of the request"),
            ("stimulate", "purpose clause"),
            (("visit", "Nakasone's visit could"), "anaphoric nominal (the planned visit)"),
            ("coincide", "content of the statement"),
            ("passage", "content of the statement (a possible House vote; SANCTION hypothetical arguable)"),
        ],
        "entities": [
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("Japan", "defuse"), "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            ("Shintaro Abe", "PERSON", "JPN"),
            (("Nakasone", "meeting with"), "PERSON", "JPN"),
            (("U.S.", "returning"), "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            (("Abe", "Abe met"), "PERSON", "JPN"),
            ("Ronald Reagan", "PERSON", "USA"),
            (("U.S.", "Ronald Reagan and"), "GPE", "USA"),
            (("Nakasone", "not known how"), "PERSON", "JPN"),
            (("Japan", "western"), "GPE", "JPN"),
            (("Abe", "Abe called"), "PERSON", "JPN"),
            (("Abe", "Abe spoke"), "PERSON", "JPN"),
            (("Nakasone", "Nakasone's visit could"), "PERSON", "JPN"),
            ("U.S. House of Representatives", "ORG", "USA"),
        ],
    },
    "reuters21578-3110": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The National Weather Service",) + USA_GOV,
                None,
                KCY,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "gale warnings remained in effect over Lakes Erie, Huron and Michigan (a weather report; weather is "
                "no actor's act); wire style: DCT, dateline city as written",
            ),
        ],
        "skip": [
            ("warnings", "content of the report (weather warnings, not threats)"),
            (("posted", "warnings have been"), "agentless weather warnings"),
            ("caused", "weather, no acting actor"),
            (("posted", "Advisories"), "agentless weather advisories"),
            ("brought", "weather, no acting actor"),
        ],
        "entities": [
            ("National Weather Service", "ORG", "USA"),
            ("Erie", "LOC", None),
            ("Huron", "LOC", None),
            (("Michigan", "Huron and"), "LOC", "USA"),
            (("Lakes", "shores of the"), "LOC", None),
            ("Lake Michigan", "LOC", "USA"),
            (("Michigan", "portions of upper"), "GPE", "USA"),
            (("Michigan", "northern lower"), "GPE", "USA"),
            ("Colorado", "GPE", "USA"),
            ("Kansas", "GPE", "USA"),
            ("Illinois", "GPE", "USA"),
            ("Montana", "GPE", "USA"),
            ("Wyoming", "GPE", "USA"),
            ("Nebraska", "GPE", "USA"),
            (("Kansas", "Nebraska and western"), "GPE", "USA"),
            ("Wisconsin", "GPE", "USA"),
            (("Michigan", "northern Wisconsin, upper"), "GPE", "USA"),
            (("Michigan", "lower Michigan. Rain"), "GPE", "USA"),
            ("Pacific Coast", "LOC", "USA"),
            ("Utah", "GPE", "USA"),
            ("Maryland", "GPE", "USA"),
            ("Deleware", "GPE", "USA"),
            ("Virginia", "GPE", "USA"),
            ("Carolinas", "LOC", "USA"),
            ("Georgia", "GPE", "USA"),
            ("Alabama", "GPE", "USA"),
        ],
    },
    "reuters21578-243": {
        "events": [
            # 0
            (
                "ASSAULT",
                "captured",
                (("its forces", "Iran said"),) + IRN_MIL,
                (("Iraq", "one of"),) + IRQ_MIL,
                BASRA_TXT,
                "1987-03-01",
                "day",
                "overnight",
                "asserted",
                None,
                "Iranian forces captured one of Iraq's strongest fortifications east of Basra in a major battle "
                "overnight ('Iran said' rule-3 attribution); 'overnight' in a 05:34 report of Sun 1 March: the DCT "
                "(4b/22a/76b's same-day report; the night of 28 Feb-1 March straddles two months, so no month; "
                "1987-02-28 arguable)",
            ),
            # 1
            (
                "ASSAULT",
                "smashed",
                IRAN_FORCES,
                ("four Iraqi brigades",) + IRQ_MIL,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Iranian forces smashed four Iraqi brigades (IRNA's 'said' rule-3 attribution); no time expression in "
                "this clause: undated (26a's IRNA casualty claim; placed in the overnight battle, 1987-03-01, "
                "arguable as 22a)",
            ),
            # 2
            (
                "ASSAULT",
                "killed",
                IRAN_FORCES,
                ("1,500 Iraqi soldiers",) + IRQ_MIL,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "killed or wounded 1,500 Iraqi soldiers ('wounded' the same act, 20b/26a); undated as record 1",
            ),
            # 3
            (
                "ASSAULT",
                "destroyed",
                IRAN_FORCES,
                ("45 enemy tanks and personnel carriers",) + IRQ_MIL,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "destroyed 45 Iraqi tanks and personnel carriers; undated as record 1",
            ),
            # 4
            (
                "ASSAULT",
                "seized",
                IRAN_TROOPS,
                (("Iraqi", "seized one of the strongest"),) + IRQ_MIL,
                BASRA_TXT,
                "1987-03-01",
                "day",
                "overnight",
                "asserted",
                0,
                "later mention: the Iranian troops seized one of the strongest Iraqi fortifications (the capture of "
                "record 0; first mention's date); IRNA's 'said' attribution",
            ),
            # 5
            (
                "ASSAULT",
                "breached",
                IRAN_TROOPS,
                (("Iraqi", "breached"),) + IRQ_MIL,
                FISH_TXT,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "breached Iraqi defence lines southwest of Fish Lake (a new act in the second conjunct; no time "
                "expression of its own, EVENTS.md 18's conjunct scoping: undated)",
            ),
        ],
        "skip": [
            (("said", "Iran said"), "rule-3 attribution (the capture is the event)"),
            ("battle", "the same fighting (the battle in which the fortification was captured)"),
            (("said", "received here,"), "rule-3 attribution (IRNA; the fighting is the event)"),
            ("wounded", "same act as 'killed'"),
            (("said", "IRNA said"), "rule-3 attribution (IRNA; the fighting is the event)"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            (("Iraq", "one of"), "GPE", "IRQ"),
            ("Basra", "GPE", "IRQ"),
            (("Gulf", "Basra on the"), "LOC", None),
            ("Iranian National News Agency", "ORG", "IRN"),
            (("Iranian", "received here, said"), "NORP", "IRN"),
            (("Iraqi", "smashed four"), "NORP", "IRQ"),
            (("Iraqi", "1,500"), "NORP", "IRQ"),
            ("IRNA", "ORG", "IRN"),
            (("Iranian", "IRNA said the"), "NORP", "IRN"),
            (("Iraqi", "the strongest"), "NORP", "IRQ"),
            (("Iraqi", "breached"), "NORP", "IRQ"),
            ("Fish Lake", "LOC", "IRQ"),
            (("Iraq", "six miles) east of"), "GPE", "IRQ"),
            (("Basra", "largest city of"), "GPE", "IRQ"),
        ],
    },
    "reuters21578-15527": {
        "events": [],
        "skip": [
            ("fell", "market-price movement (the pound)"),
            ("attributing", "anonymous-source talk (dealers)"),
            ("closed", "market-price movement"),
            (("told", "one dealer"), "anonymous-source talk (a dealer)"),
            ("lost", "market-price movement"),
        ],
        "entities": [
            ("Lebanese", "NORP", "LBN"),
            ("U.S.", "GPE", "USA"),
            ("Reuters", "ORG", "GBR"),
        ],
    },
    "reuters21578-19672": {
        "events": [
            # 0
            (
                "STATEMENT",
                "announced",
                ("The Reserve Bank of India",) + IND_GOV,
                None,
                NDL,
                "1987-06-29",
                "day",
                None,
                "asserted",
                None,
                "announcement of new foreign-exchange rules letting exporters spend up to 10 pct of export earnings "
                "on promotion abroad (a domestic exchange-control easing for export promotion, no counterpart: an "
                "announcement of an action with no type, rule 4; RETREAT IND arguable, as 72a's Pakistan export "
                "liberalisation); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "RBI said under"),
                (("RBI", "RBI said under"),) + IND_GOV,
                None,
                NDL,
                "1987-06-29",
                "day",
                None,
                "asserted",
                None,
                "16 other products will qualify for promotional spending of up to two pct (terms of the scheme); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "RBI said exporters"),
                (("RBI", "RBI said exporters"),) + IND_GOV,
                None,
                NDL,
                "1987-06-29",
                "day",
                None,
                "asserted",
                None,
                "exporters of other products eligible for up to five pct (terms of the scheme); DCT",
            ),
        ],
        "skip": [
            ("allow", "content of the announcement (domestic exchange-control easing; RETREAT arguable)"),
            ("move", "anaphoric nominal (the new rules)"),
            ("designed", "purpose of the rules"),
            ("improve", "purpose clause"),
            ("replaces", "stative (the scheme's relation to the old rules)"),
            (("allow", "current rules which"), "stative (the old rules)"),
            ("qualify", "content of the statement"),
            (("said", "Industry sources"), "anonymous-source talk (industry sources)"),
            ("apply", "content of anonymous talk"),
        ],
        "entities": [
            ("Reserve Bank of India", "ORG", "IND"),
            ("RBI", "ORG", "IND"),
            (("India", "improve"), "GPE", "IND"),
            (("RBI", "RBI said under"), "ORG", "IND"),
            (("RBI", "RBI said exporters"), "ORG", "IND"),
            (("RBI", "apply to"), "ORG", "IND"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
