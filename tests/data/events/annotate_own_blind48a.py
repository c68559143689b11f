"""Build ``own_blind48a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind48a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 47 (2427 left); 24 drawn with random.Random(48101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
44 event records (39 first mentions, 5 later mentions), 87 not_annotated spans, 133 entity mentions
(GPE 49, ORG 38, PERSON 20, NORP 19, LOC 7); no article without events; 19557 (Poehl interview) and 6445
(Bankers Trust warrants) have STATEMENTs only, 5559 (Safety-Kleen stake) no STATEMENT. Types: STATEMENT
22, REQUEST 6, CONSULT 4, AGREE 3, AID 3, ACCUSE 2, COOPERATE 2, THREATEN 1, REJECT 1; modality: asserted
37, planned 5, negated 1, hypothetical 1; precision: day 22, unknown 18, month 3, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Seven wrong first matches were caught and fixed: the actor "he"
of '"... higher interest rates," he added' landing inside "higher", "Europe" inside "European
Community", "Asia" inside "Asian", "Germany" on "West Germany", the actor "MITI" of "MITI, anxious to
salvage" on the later "MITI officials", and two entity anchors ("Israel" of "Israel's initiative",
"Congress" of "the report to Congress provided") landing on an earlier mention already tagged (caught by a
duplicate-span check). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span, but a body named in a title is tagged ("White House
spokesman Marlin Fitzwater": ORG + PERSON; "House Speaker Jim Wright", "Senate majority leader Robert
Byrd": ORG "House" / "Senate" + PERSON, as the earlier "Senate Democratic Leader Robert Byrd"; "China's
U.N. Representative, Ambassador Li Luye": GPE, ORG "U.N." and the PERSON; "U.S. Treasury Secretary James
Baker": GPE + PERSON; "Bundesbank President Karl Otto Poehl": ORG + PERSON); a body with its country word
is one ORG span ("Israeli Foreign Ministry"); "Reagan administration" gives PERSON "Reagan", the capitalised
"Administration" alone ORG USA; "U.N." ORG null each time (also in "U.N. Missions", "U.N. Diplomats",
"U.N.-sponsored"), the Security Council ORG null, Group of Five ORG null, EC / European Community ORG null,
Europe, Asia, North America and the Middle East LOC null, "Asian" NORP null, the Gulf LOC null; "Paris" in
"Paris accord" GPE FRA; "New York" of "New York city" GPE USA; the Soviet Union GPE SUN; West Germany /
Germany, the Bundesbank, Poehl and Bild am Sonntag DEU; MITI (both names) JPN; "South Korean" NORP KOR;
Safety-Kleen Corp USA (from the dateline ELGIN, Ill.), Breslube Enterprises (of Toronto) CAN; Bankers
Trust International Ltd GBR (the London unit, dateline LONDON; USA arguable) and Bankers Trust New York
Corp USA; the House of Commons ORG CAN. The Exports and Imports Permits Act (a law), currencies, the
semiconductor pact and the Paris accord are not entities; "Congressional" is not tagged.

Judgement calls made here:
* 10629 (China and Israel talk at the U.N., published 1987-03-28 23:19 with the dateline "UNITED NATIONS,
  March 29": DCT 1987-03-28, GUIDELINES.md): "China and Israel ... discussed Middle East peace prospects
  ... at a meeting in New York city, an Israeli spokesman said" is CONSULT CHN GOV -> ISR GOV (symmetric
  talks, the first-named party first), undated (a non-speech event with no time expression, EVENTS.md 17),
  located in New York; the spokesman's "said" rule-3 attribution. "Taking part in the talks ... were
  China's U.N. Representative ... Li Luye, and ... Abraham Tamir" is its later mention (Li Luye CHN ->
  Tamir ISR). Arad's quote ("It was in a U.N. Context ...") is a STATEMENT (ISR GOV, DCT, UNITED NATIONS /
  USA as the earlier U.N. sets); "The meeting ... was held at Israel's initiative and was arranged by the
  two countries' U.N. Missions, he added" a STATEMENT on "added" (new content; "held" anaphoric and
  "arranged" content, both skipped; a later CONSULT mention on "held" arguable). "Tamir has conferred
  with a number of U.N. Diplomats, including the representative of the Soviet Union" is two CONSULT
  records ISR -> null (diplomats of several countries) and ISR -> SUN (the named party split out,
  EVENTS.md 12), undated (perfect, "While in New York" gives only the place). "which have no diplomatic
  relations" (twice) is stative; the "U.N.-sponsored Middle East peace conference that would include"
  the five permanent members is a hypothetical nominal with no acting party (skipped).
* 7011 (MITI to ask chip makers to cut output, DCT Thu 1987-03-19, TOKYO): "MITI will ask Japanese
  computer microchip makers to further slash output in the second quarter ..., MITI officials said" is
  REQUEST JPN GOV -> JPN BUS, planned, undated ("in the second quarter" dates the output cut, not the
  asking; 1987 at year precision arguable), "said" rule-3 attribution. "The United States has accused
  Japan of reneging" is ACCUSE USA -> JPN, undated (15/16's "have accused"); "Washington has threatened
  to take retaliatory action after April 1" THREATEN USA -> JPN (implied, the target of the previous
  sentence, as an earlier set's "threatened retaliatory action" toward Tokyo), undated ("after April 1"
  dates the threatened action). "The pact, agreed last year" is AGREE JPN -> USA (implied parties, Japan
  first as 44a's July 1986 chip agreement), 1986 (year); "calls on Japan to stop selling" is the pact's
  terms (a document, skipped). "MITI ... has been pressing chip makers to limit production" REQUEST JPN
  GOV -> JPN BUS, undated (15/16's "pressed"); "Last month, the ministry asked Japanese chip makers to
  reduce first quarter output" REQUEST, 1987-02. The chip makers' compliance ("To meet that request, they
  had to slash production") is a domestic production cut (EVENTS.md 10, skipped). "MITI officials, who
  declined to be identified, said the ministry has not yet decided" is a STATEMENT (officials of a named
  body count, EVENTS.md 4; the declined identification is not a withheld statement) and "One said that
  Japanese chip makers are losing ground" a second STATEMENT (JPN GOV, DCT, TOKYO). "MITI has been
  criticized privately by some Japanese semiconductor makers" is ACCUSE JPN BUS -> JPN GOV (unnamed
  companies but an identifiable group acting, not a source of talk), undated (standing criticism,
  EVENTS.md 17).
* 5559 (Safety-Kleen to buy Breslube stake, DCT 1987-03-16, ELGIN, Ill.): "Safety-Kleen Corp said it has
  tentatively agreed to buy an 80 pct stake in Breslube Enterprises of Toronto" is AGREE USA BUS -> CAN
  BUS on "agreed" (EVENTS.md 8, toward the company acquired as 15/16), undated (perfect, no time
  expression), "said" attribution and "buy" content. "Closing of the deal is expected by May" is COOPERATE
  USA BUS -> CAN BUS (implied parties), planned, 1987-05 ("by May"; a nominal with its own predication
  and date, EVENTS.md 11; skipped as an anaphoric nominal in an earlier set, arguable). Breslube's
  business description (collecting, refined in 1986) is habitual activity or statistics.
* 19557 (Poehl against a rate cut, DCT Mon 1987-06-29, BONN): Poehl spoke to Bild am Sonntag (a Sunday
  paper, so 1987-06-28 arguable), but the text gives no time expression, so every reporting clause is
  wire style: DCT, BONN (DEU GOV, the Bundesbank). Seven STATEMENTs: "Poehl said West Germany would be
  badly advised to lower interest rates" (advice about the speaker's own side, no actor asked:
  STATEMENT, not REQUEST), its quoted restatement 'Poehl said: "We would be badly advised if we forced
  further interest rate cuts' (a later mention, EVENTS.md 3), '"This could ... release new inflationary
  fears ...," he added', "Poehl said Germany had practically no growth", '"But since April, statistics
  clearly show ...," he said' (the following "I expect ..." in the same quote skipped), "Poehl said such
  an event [a U.S.-EC trade war] would be disastrous" and '"For this reason we in Europe must avoid
  everything used by protectionist forces in the U.S. As pretexts," he added' (a prescription for the
  speaker's own side, own_blind's "We should ...": STATEMENT; REQUEST toward the EC arguable). The
  newspaper's questions ("Asked") are skipped.
* 18418 (Reagan sends Kuwait escort report to Congress, DCT Mon 1987-06-15, WASHINGTON): "President
  Reagan today sent a classified report to Congress on his plan" is a STATEMENT (a report by a named
  author, EVENTS.md 4; no legislative proposals, so not 17/18's "transmitted to Congress" REQUEST),
  1987-06-15 ("today"). "his plan to protect Kuwaiti oil tankers with U.S. military escorts" is AID USA
  GOV -> KWT, planned, undated (EVENTS.md 8 and events_dev's 19756, the same plan); "Fitzwater said the
  Administration intended to push ahead with the plan" and "adding the military escort plan would begin
  'when the President was satisfied ...'" are its later mentions (as events_dev's "plans to reflag"; the
  when-clause is timing, not a condition: planned), "said" and "adding" rule-3 attribution; "He said the
  report to Congress provided a comprehensive overview" is a STATEMENT. "Congressional officials said the
  report ... will not be made public" is a STATEMENT (USA GOV, DCT). "Congress has demanded a detailed
  security plan" is REQUEST USA GOV -> USA GOV (the Administration, implied: a demand is made of someone;
  null arguable under EVENTS.md 14), undated (perfect). "Fitzwater did not say when this might be" is a
  withheld STATEMENT (negated, DCT) and "but denied the protection plan was being held up" REJECT USA GOV
  -> null (a denial, no accuser named), DCT. "strong opposition in Congress" is a background nominal
  (ACCUSE arguable), the Iran-Iraq war and the "possible attack" background or hypothetical nominals.
* 9871 (Bank of France intervenes, DCT Thu 1987-03-26, PARIS): the interventions (Bank of France, "a
  major French bank" acting for it, the Bank of Japan "reported in the market") are monetary operations
  (EVENTS.md 10), and the dealers, the dealer at another bank and the unnamed "major French bank" are
  anonymous sources (their "said" skipped; an unnamed bank is treated as a source of talk, not an
  identifiable speaker); "his bank had been asked to publicise the intervention" has an unnamed asker
  inside anonymous talk (skipped). "the exchange rates agreed to be appropriate at last month's meeting
  of the Group of Five and Canada in Paris" is AGREE by the group (null, no actor2, own_blind3's Paris
  accord), 1987-02 ("last month's"), located in Paris (a named agent's act inside anonymous talk, as
  44a's 12437); the meeting is its frame (skipped; CONSULT arguable). "Baker repeated earlier statements
  that the Reagan administration had no targets for the dollar" is a STATEMENT, undated (background
  narrative placed before "several days of pressure", not a wire-style "said"), and "Baker later said his
  remark had been misinterpreted" a STATEMENT, undated ("later" is relative to the undated remark; the DCT
  arguable); location null for both.
* 15313 (Canada to monitor steel trade, DCT Wed 1987-04-08, OTTAWA): monitoring its own steel shipments
  (and the amendment to set it up) is domestic administration with no type, so "Canada plans to monitor
  ..., Trade Minister Pat Carney said" is a STATEMENT (CAN GOV, DCT, OTTAWA) and the quote '"To help
  maintain our open access ... the government is taking further action ...," Carney said' its later
  mention. "Carney also said Canadian companies were being asked to exercise prudence in the U.S. market"
  is REQUEST CAN GOV (implied: the government) -> CAN BUS, dated by the report (a progressive reported
  today, 19-21's call), "said" attribution; "and both countries were considering establishing a joint
  commission" is COOPERATE CAN -> USA on "establishing" (one span "both countries" for both parties, as
  44a's "the two firms"), hypothetical (merely considered), undated; "considering" skipped as its modal
  frame. "Carney told the House of Commons she will soon announce an amendment" is a STATEMENT (the
  announcement of a domestic measure is content; the House the audience), DCT. "Canadian steel shipments
  ... have risen ..., Canadian trade officials said" is a statistics STATEMENT (CAN GOV). "Some U.S.
  lawmakers have proposed Canada's share of the American market be limited to 2.4 pct" is REQUEST USA GOV
  -> CAN (a proposal; the clause names Canada as the target; SANCTION hypothetical on "limited" arguable),
  undated (perfect). "growing anger in the U.S." has no acting actor (skipped).
* 6445 (Bankers Trust currency warrants, DCT 1987-03-18, LONDON): the warrant issue and its parent's
  guarantee are corporate finance (no type), so "Bankers Trust International Ltd said it is issuing" is
  a STATEMENT (own_blind2's bond issue; GBR BUS, DCT, LONDON); the terms are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind48a.jsonl"

UN = ("UNITED NATIONS", "USA")
NYC = ("New York", "USA")
TOK = ("TOKYO", "JPN")
BONN = ("BONN", "DEU")
WAS = ("WASHINGTON", "USA")
OTT = ("OTTAWA", "CAN")
LON = ("LONDON", "GBR")

TAMIR = (("Tamir", "While in New York,"), "ISR", "GOV")
POEHL = ("Karl Otto Poehl", "DEU", "GOV")
FITZWATER = (("Fitzwater", "Fitzwater did not"), "USA", "GOV")
JPN_GOV_IMPLIED = (None, "JPN", "GOV")
USA_GOV_IMPLIED = (None, "USA", "GOV")
CAN_GOV_IMPLIED = (None, "CAN", "GOV")
KWT_IMPLIED = (None, "KWT", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10629": {
        "events": [
            # 0
            ("CONSULT", "discussed", ("China", "CHN", "GOV"), ("Israel", "ISR", "GOV"), NYC,
             None, "unknown", None, "asserted", None,
             "China and Israel discussed Middle East peace prospects at a meeting in New York (talks; symmetric, "
             "the first-named party first); a non-speech event with no time expression: undated (EVENTS.md 17); "
             "the Israeli spokesman's 'said' is rule-3 attribution"),
            # 1
            ("CONSULT", "Taking part", ("Li Luye", "CHN", "GOV"), ("Abraham Tamir", "ISR", "GOV"), NYC,
             None, "unknown", None, "asserted", 0,
             "later mention: the Chinese U.N. representative and the Israeli Foreign Ministry director-general "
             "took part in the talks (the first mention's date: undated)"),
            # 2
            ("STATEMENT", ("said", "Eyal Arad"), ("Eyal Arad", "ISR", "GOV"), None, UN,
             "1987-03-28", "day", None, "asserted", None,
             "the meeting was in a U.N. context, one of a series with Security Council members (an assessment); "
             "wire style: DCT (published_at 1987-03-28, dateline March 29), dateline city"),
            # 3
            ("STATEMENT", "added", (("he", "Missions, he"), "ISR", "GOV"), None, UN,
             "1987-03-28", "day", None, "asserted", None,
             "the meeting was held at Israel's initiative and arranged by the two U.N. missions (new content; the "
             "meeting itself is anaphoric, 'held' and 'arranged' skipped); DCT"),
            # 4
            ("CONSULT", "conferred", TAMIR, ("a number of\nU.N. Diplomats", None, "GOV"), NYC,
             None, "unknown", None, "asserted", None,
             "Tamir conferred with U.N. diplomats (several countries: null); perfect with no time expression: "
             "undated ('While in New York' gives the place)"),
            # 5
            ("CONSULT", "conferred", TAMIR, ("the representative of the Soviet\nUnion", "SUN", "GOV"), NYC,
             None, "unknown", None, "asserted", None,
             "the Soviet representative, named among the diplomats, split out as an identified party (EVENTS.md 12); "
             "undated"),
        ],
        "skip": [
            ("diplomatic relations", "stative (no diplomatic relations)"),
            (("said", "an Israeli\nspokesman"), "attribution of the talks (rule 3)"),
            ("meetings being held", "content of the statement (a series of meetings, no parties named)"),
            (("held", "was held"), "anaphoric (the meeting already coded), content of the added statement"),
            ("arranged", "content of the added statement (arrangement by the two missions)"),
            (("diplomatic relations", "Israel also has no"), "stative (no diplomatic relations)"),
            ("focused", "no acting actor (attention focused)"),
            ("conference", "hypothetical nominal (a proposed peace conference, no acting party)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("Israel", "GPE", "ISR"),
            ("Middle East", "LOC", None),
            ("New York", "GPE", "USA"),
            ("Israeli", "NORP", "ISR"),
            (("China", "were\nChina"), "GPE", "CHN"),
            (("U.N.", "China's U.N."), "ORG", None),
            ("Li Luye", "PERSON", "CHN"),
            ("Israeli Foreign Ministry", "ORG", "ISR"),
            ("Abraham Tamir", "PERSON", "ISR"),
            (("U.N.", "in a U.N."), "ORG", None),
            ("Security Council", "ORG", None),
            (("Israeli", "Council,\" Israeli"), "NORP", "ISR"),
            (("U.N.", "Israeli U.N."), "ORG", None),
            ("Eyal Arad", "PERSON", "ISR"),
            (("Israel", "at Israel"), "GPE", "ISR"),
            (("U.N.", "countries' U.N."), "ORG", None),
            (("New York", "While in"), "GPE", "USA"),
            (("Tamir", "While in New York"), "PERSON", "ISR"),
            (("U.N.", "number of"), "ORG", None),
            (("Soviet\nUnion", "representative of the"), "GPE", "SUN"),
            (("Israel", "with which"), "GPE", "ISR"),
            (("U.N.", "prospects for a"), "ORG", None),
            (("Middle East", "U.N.-sponsored"), "LOC", None),
            (("Security\nCouncil", "permanent members"), "ORG", None),
            (("China", "Council --"), "GPE", "CHN"),
            (("Soviet Union", "China, the"), "GPE", "SUN"),
            ("United States", "GPE", "USA"),
            ("Britain", "GPE", "GBR"),
            ("France", "GPE", "FRA"),
        ],
    },
    "reuters21578-7011": {
        "events": [
            # 0
            ("REQUEST", "ask", ("The Ministry of International Trade and\nIndustry", "JPN", "GOV"),
             ("Japanese computer microchip makers", "JPN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "MITI will ask the chip makers to slash output further (a request to identified parties, planned); "
             "'in the second quarter' dates the output cut, not the asking: undated; the officials' 'said' is "
             "rule-3 attribution"),
            # 1
            ("ACCUSE", "accused", ("The United States", "USA", "GOV"), (("Japan", "accused Japan"), "JPN", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "the U.S. accused Japan of reneging on the semiconductor pact; perfect with no time expression: undated "
             "(15/16's 'have accused')"),
            # 2
            ("THREATEN", "threatened", ("Washington", "USA", "GOV"), JPN_GOV_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "threatened retaliatory action (against Japan, the previous sentence's target); 'after April 1' dates "
             "the threatened action, not the threat: undated"),
            # 3
            ("AGREE", ("agreed", "The pact,"), JPN_GOV_IMPLIED, USA_GOV_IMPLIED, None,
             "1986", "year", "last year", "asserted", None,
             "the semiconductor pact agreed last year (a nominal with its own predication and date, EVENTS.md 11; "
             "implied parties, Japan first as 44a's July 1986 chip agreement)"),
            # 4
            ("REQUEST", "pressing", (("MITI", "trade surplus"), "JPN", "GOV"),
             (("chip makers", "pressing"), "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "MITI has been pressing chip makers to limit production (pressure = REQUEST); perfect progressive with "
             "no time expression: undated (15/16's 'pressed')"),
            # 5
            ("REQUEST", ("asked", "the ministry asked"), (("the ministry", "Last month,"), "JPN", "GOV"),
             (("Japanese chip makers", "ministry asked"), "JPN", "BUS"), None,
             "1987-02", "month", "Last month", "asserted", None,
             "last month the ministry asked chip makers to cut first-quarter output by 10 pct; 'Last month' in "
             "March 1987 = 1987-02"),
            # 6
            ("STATEMENT", ("said", "identified,"), (("MITI officials", "the year."), "JPN", "GOV"), None, TOK,
             "1987-03-19", "day", None, "asserted", None,
             "the ministry has not yet decided the extent of the second-quarter cutback (officials of a named body, "
             "EVENTS.md 4; the undecided decision is content); wire style: DCT, dateline city"),
            # 7
            ("STATEMENT", ("said", "One said"), (("One", "One said"), "JPN", "GOV"), None, TOK,
             "1987-03-19", "day", None, "asserted", None,
             "one MITI official: Japanese chip makers are losing ground in Asia (an assessment); DCT"),
            # 8
            ("ACCUSE", "criticized", ("some Japanese\nsemiconductor makers", "JPN", "BUS"),
             (("MITI", "MITI has been criticized"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "criticised privately for heavy-handed attempts (standing criticism, no time expression: undated, "
             "EVENTS.md 17)"),
        ],
        "skip": [
            ("slash output", "content of the request"),
            ("save", "purpose clause"),
            (("said", "MITI officials said"), "attribution of the planned request (rule 3)"),
            ("reneging", "content of the accusation"),
            ("failing", "content of the accusation"),
            ("retaliatory action", "content of the threat"),
            ("calls on", "terms of the pact (a document, not a speech act)"),
            ("stop selling", "terms of the pact"),
            ("salvage", "purpose (participial)"),
            ("limit production", "content of the pressure"),
            ("reduce first quarter output", "content of the request"),
            ("meet that request", "compliance with the request (domestic production cut, EVENTS.md 10; no type)"),
            ("slash production", "domestic production cut (EVENTS.md 10)"),
            ("maintained", "hypothetical, no acting actor"),
            ("identified", "anonymity of the speakers (not a withheld statement)"),
            ("decided", "content of the statement (negated decision)"),
            ("losing ground", "content of the statement (market position)"),
            ("attempts", "content of the criticism"),
        ],
        "entities": [
            ("Ministry of International Trade and\nIndustry", "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("United States", "GPE", "USA"),
            (("MITI", "United States,"), "ORG", "JPN"),
            (("United States", "The United States"), "GPE", "USA"),
            (("Japan", "accused Japan"), "GPE", "JPN"),
            (("Japanese", "cut-price\nJapanese"), "NORP", "JPN"),
            ("Asian", "NORP", None),
            ("Washington", "GPE", "USA"),
            (("Japan", "calls on"), "GPE", "JPN"),
            ("American", "NORP", "USA"),
            (("MITI", "trade surplus"), "ORG", "JPN"),
            (("Japanese", "ministry asked"), "NORP", "JPN"),
            (("MITI", "the year."), "ORG", "JPN"),
            (("Japanese", "One said that"), "NORP", "JPN"),
            (("Asia", "losing ground in"), "LOC", None),
            ("South Korean", "NORP", "KOR"),
            (("U.S.", "South Korean and"), "GPE", "USA"),
            (("MITI", "picking up"), "ORG", "JPN"),
            (("Japanese", "by some"), "NORP", "JPN"),
            (("Japan", "success of the"), "GPE", "JPN"),
            (("U.S.", "Japan/"), "GPE", "USA"),
        ],
    },
    "reuters21578-5559": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Safety-Kleen Corp", "USA", "BUS"), ("Breslube\nEnterprises of Toronto", "CAN", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "tentatively agreed to buy an 80 pct stake in Breslube (EVENTS.md 8: AGREE on 'agreed', toward the "
             "company acquired, 15/16); perfect with no time expression: undated; 'said' rule-3 attribution; "
             "Safety-Kleen USA from the dateline (Elgin, Ill.), Breslube of Toronto CAN"),
            # 1
            ("COOPERATE", "Closing", (None, "USA", "BUS"), (None, "CAN", "BUS"), None,
             "1987-05", "month", "by May", "planned", None,
             "closing of the stake purchase expected by May (a nominal with its own predication and date, "
             "EVENTS.md 11; the acquisition between companies is COOPERATE, planned; implied parties)"),
        ],
        "skip": [
            ("said", "attribution of the agreement (rule 3)"),
            ("buy", "content of the agreement (EVENTS.md 8)"),
            ("owned", "stative"),
            ("collecting", "habitual business activity"),
            ("refined", "business statistics"),
        ],
        "entities": [
            ("Safety-Kleen Corp", "ORG", "USA"),
            ("Breslube\nEnterprises", "ORG", "CAN"),
            ("Toronto", "GPE", "CAN"),
            (("Safety-Kleen", "14 mln dlrs of"), "ORG", "USA"),
            (("Safety-Kleen", "owned by"), "ORG", "USA"),
            (("Breslube", "May."), "ORG", "CAN"),
            ("North America", "LOC", None),
        ],
    },
    "reuters21578-19557": {
        "events": [
            # 0
            ("STATEMENT", "said", POEHL, None, BONN,
             "1987-06-29", "day", None, "asserted", None,
             "West Germany would be badly advised to lower interest rates, the economy will recover (an assessment "
             "about the speaker's own side, own_blind's 'We should'; no actor asked); an interview with Bild am "
             "Sonntag (a Sunday paper: 1987-06-28 arguable) with no time expression: wire style, DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "economy, Poehl"), (("Poehl", "economy, Poehl"), "DEU", "GOV"), None, BONN,
             "1987-06-29", "day", None, "asserted", 0,
             "later mention: the quoted restatement 'We would be badly advised if we forced further interest rate "
             "cuts' (EVENTS.md 3)"),
            # 2
            ("STATEMENT", ("added", "higher interest rates"), (("he", 'rates," he'), "DEU", "GOV"), None,
             BONN, "1987-06-29", "day", None, "asserted", None,
             "rate cuts could release new inflationary fears (new content); DCT"),
            # 3
            ("STATEMENT", ("said", "Poehl said Germany"), (("Poehl", "Poehl said Germany"), "DEU", "GOV"), None, BONN,
             "1987-06-29", "day", None, "asserted", None,
             "practically no growth in the past six months (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "course of growth"), (("he", "course of growth"), "DEU", "GOV"), None, BONN,
             "1987-06-29", "day", None, "asserted", None,
             "since April the economy is growing, 'I expect this development to continue' (new content; 'since "
             "April' dates the growth, not the saying); DCT"),
            # 5
            ("STATEMENT", ("said", "trade war, Poehl"), (("Poehl", "trade war, Poehl"), "DEU", "GOV"), None, BONN,
             "1987-06-29", "day", None, "asserted", None,
             "a U.S.-EC trade war would be disastrous (a hypothetical assessment); DCT"),
            # 6
            ("STATEMENT", ("added", "pretexts"), (("he", "pretexts"), "DEU", "GOV"), None, BONN,
             "1987-06-29", "day", None, "asserted", None,
             "'we in Europe must avoid' pretexts for U.S. protectionism, eliminate EC restrictions (prescription for "
             "the speaker's own side, own_blind's 'We should ...': STATEMENT; REQUEST toward the EC arguable); DCT"),
        ],
        "skip": [
            ("lower", "content of the statement"),
            ("Asked", "question (the newspaper's)"),
            ("forced", "content of the quote"),
            ("release", "content of the quote"),
            ("show", "statistics (content of the quote)"),
            ("expect", "part of the quote (no reporting clause of its own)"),
            (("Asked", "higher interest rates"), "question (the newspaper's)"),
            ("trade\nwar", "hypothetical nominal (content of the question)"),
            ("avoid", "content of the quote"),
            ("Eliminating", "content of the quote"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            ("Karl Otto Poehl", "PERSON", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("Bild am Sonntag", "ORG", "DEU"),
            (("Poehl", "economy, Poehl"), "PERSON", "DEU"),
            (("Poehl", "Poehl said Germany"), "PERSON", "DEU"),
            (("Germany", "Poehl said Germany"), "GPE", "DEU"),
            (("U.S.", "expectations of a"), "GPE", "USA"),
            ("European Community", "ORG", None),
            (("Poehl", "trade war,"), "PERSON", "DEU"),
            (("Europe", "we in"), "LOC", None),
            (("U.S.", "protectionist forces in the"), "GPE", "USA"),
            ("EC", "ORG", None),
            (("U.S.", "only in the"), "GPE", "USA"),
        ],
    },
    "reuters21578-18418": {
        "events": [
            # 0
            ("STATEMENT", "sent", ("Reagan", "USA", "GOV"), None, WAS,
             "1987-06-15", "day", "today", "asserted", None,
             "sent Congress a classified report on the Kuwait escort plan (a report by a named author, EVENTS.md 4; "
             "no legislative proposals, so not 17/18's REQUEST; Congress is the addressee, no actor2 of a "
             "STATEMENT); 'today' = DCT"),
            # 1
            ("AID", "protect", (("his", "on his plan"), "USA", "GOV"), ("Kuwaiti oil tankers", "KWT", "BUS"), None,
             None, "unknown", None, "planned", None,
             "the plan to protect Kuwaiti tankers with U.S. military escorts (EVENTS.md 8: military protection = "
             "AID, planned, as events_dev's 19756); no time expression of its own: undated"),
            # 2
            ("STATEMENT", ("said", "Congressional officials"), ("Congressional officials", "USA", "GOV"), None, WAS,
             "1987-06-15", "day", None, "asserted", None,
             "the report will not be made public (officials of a named body); wire style: DCT, dateline city"),
            # 3
            ("REQUEST", "demanded", (("Congress", "Congress has demanded"), "USA", "GOV"), USA_GOV_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Congress demanded a detailed security plan (from the Administration, implied; null arguable under "
             "EVENTS.md 14); perfect with no time expression: undated"),
            # 4
            ("AID", "push ahead", (("the Administration", "said the"), "USA", "GOV"), KWT_IMPLIED, None,
             None, "unknown", None, "planned", 1,
             "later mention: the Administration intends to push ahead with the escort plan (as events_dev's 'plans "
             "to reflag'); Fitzwater's 'said' rule-3 attribution; the first mention's date: undated"),
            # 5
            ("STATEMENT", ("said", "He said the report"), (("He", "He said the report"), "USA", "GOV"), None, WAS,
             "1987-06-15", "day", None, "asserted", None,
             "the report gave a comprehensive overview of Gulf strategy (assessment); DCT"),
            # 6
            ("AID", "begin", USA_GOV_IMPLIED, KWT_IMPLIED, None,
             None, "unknown", None, "planned", 1,
             "later mention: the escort plan would begin when the President is satisfied with preparations (a "
             "when-clause, not a condition: planned); 'adding' rule-3 attribution; undated"),
            # 7
            ("STATEMENT", "say", FITZWATER, None, WAS,
             "1987-06-15", "day", None, "negated", None,
             "withheld statement: did not say when the escorts would begin (EVENTS.md 5); DCT"),
            # 8
            ("REJECT", "denied", FITZWATER, None, WAS,
             "1987-06-15", "day", None, "asserted", None,
             "denied the protection plan was being held up (denial of an allegation by no one named: actor2 null); "
             "DCT"),
        ],
        "skip": [
            ("received", "receipt of the report (no type)"),
            ("made public", "content of the statement (negated)"),
            (("protected", "servicemen would be"), "content of the demand"),
            (("attack", "possible"), "hypothetical nominal (possible attack)"),
            (("war", "prolonged"), "background nominal (the Iran-Iraq war)"),
            (("said", "Marlin Fitzwater said"), "attribution of the plan's later mention (rule 3)"),
            ("opposition", "background nominal (congressional opposition; ACCUSE arguable)"),
            ("provided", "content of the statement"),
            ("adding", "attribution of the plan's start (rule 3)"),
            ("satisfied", "condition of the plan's start"),
            ("completed", "condition of the plan's start"),
            ("held up", "content of the denial"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            ("U.S.", "GPE", "USA"),
            ("House", "ORG", "USA"),
            ("Jim Wright", "PERSON", "USA"),
            ("Senate", "ORG", "USA"),
            ("Robert Byrd", "PERSON", "USA"),
            (("Congress", "Congress has demanded"), "ORG", "USA"),
            (("U.S.", "how U.S."), "GPE", "USA"),
            ("Gulf", "LOC", None),
            ("Iran", "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            ("White House", "ORG", "USA"),
            ("Marlin Fitzwater", "PERSON", "USA"),
            ("Administration", "ORG", "USA"),
            (("Congress", "opposition in"), "ORG", "USA"),
            (("Congress", "He said the report to"), "ORG", "USA"),
            (("Administration", "overview of"), "ORG", "USA"),
            (("Gulf", "strategy in the"), "LOC", None),
            (("Fitzwater", "Fitzwater did not"), "PERSON", "USA"),
        ],
    },
    "reuters21578-9871": {
        "events": [
            # 0
            ("AGREE", ("agreed", "exchange rates"), ("the Group of Five and Canada", None, "GOV"), None, ("Paris", "FRA"),
             "1987-02", "month", "last month", "asserted", None,
             "the exchange rates agreed at last month's Group of Five and Canada meeting in Paris (the Paris accord: "
             "a group of six, null, no actor2, own_blind3; a nominal with its own date, EVENTS.md 11, named agent "
             "inside an anonymous dealer's talk as 44a's 12437); 'last month' in March 1987 = 1987-02"),
            # 1
            ("STATEMENT", "repeated", ("James\nBaker", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "Baker repeated that the administration had no dollar targets; background narrative placed several days "
             "before the report (not wire-style 'said'): undated"),
            # 2
            ("STATEMENT", ("said", "Baker later"), (("Baker", "Baker later"), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "his remark had been misinterpreted; 'later' places it after the undated remark: undated (DCT "
             "arguable)"),
        ],
        "skip": [
            ("intervened", "currency intervention (monetary operation, EVENTS.md 10)"),
            ("buy dollars", "currency intervention (monetary operation)"),
            (("said", "dealers said"), "anonymous-source talk (dealers)"),
            (("said", "major French bank said it acted"), "anonymous source (an unnamed bank)"),
            ("acted", "currency intervention (monetary operation)"),
            (("said", "another bank said"), "anonymous-source talk (a dealer)"),
            (("asked", "had been"), "request by an unnamed party inside anonymous talk"),
            ("publicise", "content of anonymous talk"),
            ("acting in concert", "concerted intervention (monetary operation)"),
            (("meeting", "last month's"), "frame of the agreement (a meeting of the group; CONSULT arguable)"),
            (("said", "major French bank said it sold"), "anonymous source (an unnamed bank)"),
            (("sold", "it"), "currency intervention (monetary operation)"),
            ("reported", "anonymous passive report of an intervention"),
            ("bolster", "purpose of an intervention"),
            ("statements", "background nominal (earlier statements)"),
            ("undermining", "effect, no acting actor"),
            (("fixed", "had\nfixed"), "content (the accord's supposed terms)"),
            ("misinterpreted", "content of the statement"),
        ],
        "entities": [
            ("Bank of France", "ORG", "FRA"),
            ("U.S.", "GPE", "USA"),
            ("French", "NORP", "FRA"),
            ("Group of Five", "ORG", None),
            ("Canada", "GPE", "CAN"),
            ("Paris", "GPE", "FRA"),
            (("French", "The major"), "NORP", "FRA"),
            (("U.S.", "The U.S."), "GPE", "USA"),
            ("Bank of Japan", "ORG", "JPN"),
            (("Paris", "credibility of the"), "GPE", "FRA"),
            (("U.S.", "Pressure developed after"), "GPE", "USA"),
            ("James\nBaker", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Paris", "agreement in"), "GPE", "FRA"),
            (("Baker", "Baker later"), "PERSON", "USA"),
        ],
    },
    "reuters21578-15313": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Pat Carney", "CAN", "GOV"), None, OTT,
             "1987-04-08", "day", None, "asserted", None,
             "Canada plans to monitor steel shipments to appease U.S. concerns (monitoring its own trade is domestic "
             "administration with no type, so the reporting clause is a STATEMENT); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "offshore suppliers"), (("Carney", "offshore suppliers"), "CAN", "GOV"), None, OTT,
             "1987-04-08", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the monitoring plan (EVENTS.md 3)"),
            # 2
            ("REQUEST", ("asked", "were being"), CAN_GOV_IMPLIED, ("Canadian companies", "CAN", "BUS"), OTT,
             "1987-04-08", "day", None, "asserted", None,
             "Canadian companies were being asked to exercise prudence in the U.S. market (the government implied as "
             "the asker); a progressive reported today: dated by the report (19-21's call); 'also said' attribution"),
            # 3
            ("COOPERATE", "establishing", (("both countries", "and both"), "CAN", "GOV"),
             (("both countries", "and both"), "USA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "both countries were considering establishing a joint commission to study the steel problem (merely "
             "considered: hypothetical; one span for both parties, Canada first as 44a's 'the two firms'); "
             "undated; 'considering' skipped as the modal frame"),
            # 4
            ("STATEMENT", "told", (("Carney", "Carney told"), "CAN", "GOV"), None, OTT,
             "1987-04-08", "day", None, "asserted", None,
             "she will soon announce an amendment to the Exports and Imports Permits Act (announcement of a domestic "
             "measure with no type; the House of Commons is the audience); DCT"),
            # 5
            ("STATEMENT", ("said", "trade officials said"), ("Canadian trade officials", "CAN", "GOV"), None, OTT,
             "1987-04-08", "day", None, "asserted", None,
             "statistics: Canadian steel shipments at 5.7 pct of the U.S. market (officials of a named government, "
             "EVENTS.md 4); DCT"),
            # 6
            ("REQUEST", "proposed", ("Some U.S. lawmakers", "USA", "GOV"), (("Canada", "proposed Canada"), "CAN", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "lawmakers proposed limiting Canada's share of the U.S. market to 2.4 pct (a proposal = REQUEST, the "
             "clause names Canada as the target; SANCTION hypothetical on 'limited' arguable); perfect with no time "
             "expression: undated"),
        ],
        "skip": [
            ("monitor", "domestic administration (monitoring own steel trade), no type"),
            ("appease", "purpose clause"),
            ("taking further action", "content of the quote (the monitoring measure)"),
            (("said", "Carney also"), "attribution of the request and the considered commission (rule 3)"),
            ("exercise prudence", "content of the request"),
            ("considering", "modal frame of the hypothetical commission"),
            (("study", "commission to"), "content (the commission's purpose)"),
            ("announce", "content of the statement (planned announcement of a domestic measure)"),
            ("set up", "content (the monitoring programme)"),
            ("risen", "statistics"),
            ("anger", "generic sentiment, no acting actor"),
            ("limited", "content of the proposal"),
        ],
        "entities": [
            ("Canada", "GPE", "CAN"),
            ("U.S.", "GPE", "USA"),
            ("Canadian", "NORP", "CAN"),
            ("Pat Carney", "PERSON", "CAN"),
            (("U.S.", "open access to the"), "GPE", "USA"),
            (("Canada", "and that"), "GPE", "CAN"),
            (("U.S.", "backdoor to the"), "GPE", "USA"),
            (("Carney", "offshore suppliers"), "PERSON", "CAN"),
            (("Carney", "Carney also"), "PERSON", "CAN"),
            (("Canadian", "Carney also said"), "NORP", "CAN"),
            (("U.S.", "prudence in the"), "GPE", "USA"),
            (("Carney", "Carney told"), "PERSON", "CAN"),
            ("House of Commons", "ORG", "CAN"),
            (("Canadian", "monitoring program"), "NORP", "CAN"),
            (("U.S.", "shipments to the"), "GPE", "USA"),
            (("U.S.", "5.7 pct\ncent of the"), "GPE", "USA"),
            (("Canadian", "two years ago,"), "NORP", "CAN"),
            (("Canadian", "The increase in"), "NORP", "CAN"),
            (("U.S.", "growing anger in the"), "GPE", "USA"),
            (("U.S.", "Some"), "GPE", "USA"),
            (("Canada", "proposed"), "GPE", "CAN"),
            (("American", "share of the"), "NORP", "USA"),
        ],
    },
    "reuters21578-6445": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Bankers Trust International Ltd", "GBR", "BUS"), None, LON,
             "1987-03-18", "day", None, "asserted", None,
             "announcement of a currency warrant issue (corporate finance, no type; own_blind2's bond issue: the "
             "reporting clause is a STATEMENT); the London unit GBR by the dateline (USA arguable: its guarantor is "
             "Bankers Trust New York Corp); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("issuing", "corporate finance (warrant issue)"),
            ("guaranteed", "corporate finance (parent guarantee of the issue)"),
            ("entitles", "terms of the warrants"),
            ("Payment", "terms of the issue"),
        ],
        "entities": [
            ("Bankers Trust International Ltd", "ORG", "GBR"),
            ("Bankers Trust New York Corp", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
