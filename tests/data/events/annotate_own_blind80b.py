"""Build ``own_blind80b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind80b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1916 left); 24 drawn with random.Random(80101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
51 event records (43 first mentions, 8 later mentions), 160 not_annotated spans, 138 entity mentions
(GPE 52, ORG 41, PERSON 25, NORP 16, LOC 4); one article without events (10364, Japan's provisional
budget and forex bills: government sources' and dealers' talk only); 2819 (Channel ferry sinking), 12653
(Eyskens on U.S. prime rates) and 20532 (Lawson on interest rates) have reporting-clause STATEMENTs only.
Types: STATEMENT 42, REQUEST 3, ASSAULT 2, ACCUSE 1, AGREE 1, THREATEN 1, COOPERATE 1; modality:
asserted 46, negated 5; precision: day 46, unknown 5.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, four wrong first matches fixed:
"Iran" inside "Iranian", "EC" after "meeting of" hitting the lead's "(EC)", the actor "he" inside "the
yen" and "Eyskens" after "was speaking"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Lieutenant General Vernon Walters", "Secretary General Javier
Perez de Cuellar", "central bank governor Chang Chi-cheng", "Treasury Secretary James Baker": PERSON only;
"Belgian Finance Minister Mark Eyskens": NORP + PERSON; "U.K. Chancellor of the Exchequer Nigel Lawson":
GPE "U.K." + PERSON), while a named body in a title is ORG ("Security Council President Maurizio Bucci",
"U.N. press secretary Francois Giuliani", "EC Farm Commissioner Frans Andriessen", "Federal Reserve
Chairman Paul Volcker": ORG + PERSON, 49a/5b); company names are tagged without angle brackets
("Evergreen Marine Corp", "China Shipbuilding Corp"); newspapers without a leading "The" ("China Times",
as earlier sets' "New York Times"); the possessive 's is left out ("Taiwan's", "Baker's", "Lawson's",
"EC's", "London's"); "United States" in "United States-flag" and "U.S." in "U.S. Dlrs" / "U.S. Prime
rates" / "U.S.And" are GPE mentions, "Taiwan" in "Taiwan dlrs" GPE; "Paris" in "Paris accord" / "Paris
agreement" / "(Paris) Louvre agreement" GPE FRA (24b), the accords, the "Louvre", the Common Agricultural
Policy, Article 51 and the "green money" system are not entities; ship names (Herald of Free Enterprise,
Sea Isle City; 77b) and weapons (Silkworm) are not entities; the EC's "Official Journal" is ORG (a body's
publication, 72a's Cargill Bulletin); lower-case bodies ("the pilot organisation", "the port authority",
"Taiwan's central bank", "the EC council of ministers" beyond its "EC") are not entity spans.
Countries: "British" NORP GBR, Townsend Thorensen ORG GBR ("the British Townsend Thorensen company"),
"Belgian" NORP BEL, Zeebrugge GPE BEL, "Dutch" NORP NLD, ANP ORG NLD (the Dutch news agency), Smit
International ORG NLD ("the Dutch salvage firm"), Dan Kaakebeen / "Kaakebeen" PERSON NLD (its spokesman),
Rotterdam and Vlissingen GPE NLD, Reuters ORG GBR; the United States / "U.S." and Washington GPE USA,
"American" NORP USA, Vernon Walters / "Walters" PERSON USA (the U.S. delegate), the United Nations,
"U.N." and the Security Council ORG null, Perez de Cuellar and Giuliani PERSON null (U.N. officials act
for the U.N., 5b/35b), Maurizio Bucci PERSON ITA ("the delegate of Italy", Council president by
rotation), Italy GPE ITA, Iran GPE IRN, "Iranian" NORP IRN, Iraq GPE IRQ, Kuwait GPE KWT, the Gulf LOC
null; the Finance Ministry ORG JPN (a TOKYO story on the Japanese budget); the European Community, EC,
EC Commission / "Commission", the Official Journal, the Group of Five and the European Monetary System /
EMS ORG null, Frans Andriessen PERSON null (an EC office holder, 24b/49a), Belgium and Brussels GPE
BEL, Luxembourg GPE LUX, West Germany GPE DEU; Taiwan GPE TWN, the China Times, the International
Commercial Bank of China, Evergreen Marine Corp / "Evergreen", the Security and Exchange Commission and
China Shipbuilding Corp ORG TWN, Chang Chi-cheng / "Chang" and Su Han-min PERSON TWN; Mark Eyskens /
"Eyskens" PERSON BEL, "Belgian" NORP BEL, Canada GPE CAN, Japan and Tokyo GPE JPN, France GPE FRA,
Britain GPE GBR, James Baker / "Baker" and Paul Volcker PERSON USA, the Federal Reserve ORG USA; "U.K."
and London GPE GBR, Nigel Lawson / "Lawson" PERSON GBR.

Judgement calls made here:
* 2819 (Channel ferry sinking, DCT Fri 1987-03-06, VLISSINGEN): the sinking, capsizing, collision, the
  people fallen into the water and the rescue attempts are an accident with no acting actor (EVENTS.md
  10 / events_dev's ferry story: skipped), so every reporting clause is a STATEMENT: "the Dutch
  newsagency ANP reported today" (NLD ORG, a news agency as own_dev's newspapers; "today" = DCT), "it
  said, quoting the pilot organisation" (the agency's STATEMENT; "quoting" the relayed source, skipped
  as 55a's "quoting a broadcast"), "It said the vessel had capsized" and "but gave no more details" (a
  withheld STATEMENT, negated, EVENTS.md 5's "gave no date": two records in one sentence), all located
  at the dateline. "Dan Kaakebeen a spokesman for the Dutch salvage firm Smit International told
  Reuters by telephone from Rotterdam" and "Kaakebeen said the firm had one vessel at the scene and
  another on its way" are STATEMENTs NLD BUS located in Rotterdam (Reuters the audience, not actor2);
  the salvage vessels' movements are content (AID to the ferry arguable). "A spokesman at the port
  authority of nearby Vlissingen said" is identifiable (EVENTS.md 4's "port officials": NLD GOV),
  STATEMENT. All DCT.
* 20881 (U.S. at the U.N. on the platform attack, DCT Mon 1987-10-19, UNITED NATIONS): "The United States
  invoked the right of self-defense in destroying an Iranian oil platform in the Gulf, the American
  delegation told the United Nations" gives a STATEMENT USA GOV on "told" (the justification told to the
  U.N., 77b's "the attack was a measured response": STATEMENT, ACCUSE -> IRN arguable; "invoked" part of
  it, skipped; the U.N. the audience), DCT, located at the dateline ("UNITED NATIONS", USA, 5b), and an
  ASSAULT USA MIL -> the platform (IRN GOV, 19a/68a) on "destroying", located in the Gulf, undated (the
  text gives the attack no time expression: rule 17). "Walters sent letters about the incident to ...
  Bucci ... and ... Perez de Cuellar" is the same communication (a later mention of "told", its date);
  '"In accordance with Article 51 ... I wish ... to report that United States forces have exercised the
  inherent right of self-defense ...," Walters said' restates it (a later mention; "report",
  "exercised", "taking defensive action" and "attacks" its content). "Giuliani said the Secretary General
  had no comment on the attack" is a withheld STATEMENT of Perez de Cuellar (null IGO), "said" attribution
  (5b's identical call); "his appeal last Friday for restraint in the crisis" is REQUEST null IGO with
  actor2 null (no party named, EVENTS.md 14), 1987-10-16 (a nominal with its own agent and date, EVENTS.md
  11); "while he pursued efforts to obtain a ceasefire between Iran and Iraq" is background mediation
  (skipped; CONSULT null -> IRN/IRQ arguable). "In his explanation, Walters said the United States took
  defensive action in response to an Iranian attack against American ships in the Gulf" is a STATEMENT
  (the justification, as the lead; an ASSAULT later mention with "said" as rule-3 attribution, or ACCUSE
  -> IRN, arguable), with the restated action and the indefinite "an Iranian attack" (a background
  nominal in a causal phrase, ASSAULT IRN -> USA undated arguable) skipped. "He cited an Iranian Silkworm
  missile strike last Friday in Kuwait waters against the United States-flag ship Sea Isle City" is
  ASSAULT IRN MIL -> the ship (USA BUS by its flag, the only nationality the text gives; 77b's KWT came
  from "Kuwaiti tanker"), 1987-10-16, located in Kuwait waters (a nominal with its own agent and date,
  68a/77b), "cited" rule-3 attribution (ACCUSE arguable). "Walters said that military forces on the
  destroyed Iranian platform had engaged in a variety of actions against United States-flag and other
  nonbelligerent vessels and planes" is ACCUSE USA GOV -> those forces (IRN MIL; the target's alleged
  hostile acts, 68a's "a platform used by the Iranians to interfere"), DCT. "Members of the Security
  Council met behind closed doors on Monday to discuss developments" is an internal meeting of one body
  (EVENTS.md 10, skipped; CONSULT arguable), and "but no statement was issued afterwards" is a withheld
  STATEMENT by the implied Council (null IGO, negated), placed after Monday's meeting (1987-10-19, the
  DCT's own Monday), located at the dateline.
* 10364 (Japan's provisional budget and forex fund bills, DCT Fri 1987-03-27, TOKYO): no event (a
  negative). The budget's adoption "today" by the government and the Finance Ministry's authority to issue
  financing bills are domestic public finance (no type); every speaker is anonymous ("government
  sources" twice, "Foreign exchange dealers", EVENTS.md 4); buying dollars to prevent a further fall is a
  currency intervention (monetary operation, EVENTS.md 10) in their talk.
* 19091 (EC farm ministers' meeting unlikely, DCT Fri 1987-06-19, BRUSSELS): EC ministers' meetings are
  internal meetings of one body (9a/16b: the meeting unlikely next week, the three-day Luxembourg meeting
  and its end, the heads-of-government meeting in Brussels on June 29-30 in diplomats' talk, the
  Commission's weekly meeting: all skipped). "the ministers' failure to agree a 1987/88 farm price package
  yesterday" is AGREE negated by the ministers (a group: null, no actor2; 61a's ICO "failed to agree",
  10a's EC farm ministers' AGREE; 18b's single-body skip arguable), 1987-06-18, located in Luxembourg (the
  meeting of S4). The spokesman's three clauses ("an EC Commission spokesman said" the meeting is unlikely,
  "he said he could not rule out such a meeting" with "noting" its participial elaboration, "The
  Commission spokesman said an announcement is likely to appear in the EC's Official Journal ... giving
  notice of the Commission's intention to take emergency measures from July 1 should ministers fail to
  reach an accord") are STATEMENTs null IGO, DCT, BRUSSELS; the planned announcement is content (5b's
  "expected new rates to be announced": STATEMENT planned arguable) and the conditional emergency measures
  are domestic market management (THREATEN toward the ministers arguable). "with West Germany saying it
  would use its veto on two other key aspects of EC Commission proposals" is THREATEN DEU GOV -> the EC
  Commission (null IGO, the proposals' author; 6b's "has said he would veto": a veto threat, asserted),
  placed at the end of the Luxembourg meeting dated yesterday in S1/S7 (1987-06-18, rule 3; undated
  relayed speech arguable). "Commission sources said" (twice) is anonymous. "The Commission published a
  declaration by EC Farm Commissioner Frans Andriessen made in Luxembourg early yesterday" is a STATEMENT
  by Andriessen (null IGO) on "declaration" (a nominal with its own predication, date and place, EVENTS.md
  11), 1987-06-18, Luxembourg; "published" is the relay (skipped; a Commission STATEMENT on the DCT
  arguable). "In it, Andriessen said there was now a serious threat to the functioning of the Common
  Agricultural Policy" is its later mention (the declaration's content; "threat" a danger, not an
  actor's threat); "Andriessen added, 'The Commission ... Will take the measures which are necessary ...'"
  and '"This means that the protective measures we are going to apply will ... have ... a dynamic
  character," he said' are two further STATEMENTs placed in the declaration (1987-06-18, Luxembourg,
  EVENTS.md 20's dated report; DCT arguable), the measures an announced course of action with no type.
* 5841 (Taiwan considering currency liberalisation, DCT Tue 1987-03-17, TAIPEI): easing or liberalising
  Taiwan's own foreign exchange controls is domestic deregulation with no counterpart (25a's Taiwan forex
  controls, 18a's Italian exchange controls: content; RETREAT arguable), so "a local newspaper reported
  today" is a STATEMENT TWN ORG (own_dev's newspapers), 1987-03-17 ("today"), TAIPEI; "The China Times
  ... quoted central bank governor Chang Chi-cheng as saying the government had agreed in principle to
  liberalise financial restrictions" and "..., Chang was quoted as saying" are two STATEMENTs TWN GOV on
  "quoted", relayed: undated, location null (own_blind3/23b), the government's agreement in principle an
  internal decision with no counterpart (content; AGREE or RETREAT arguable). "Central bank and other
  government officials were not available to comment on the report" is a withheld STATEMENT (TWN GOV,
  negated, own_dev's "No one was available ... for comment"), DCT. "Economists said" / "They said" are
  anonymous (EVENTS.md 4); the surplus figures are statistics. '"The central bank has to go in this
  direction," said Su Han-min, chief economist with the International Commercial Bank of China' is
  REQUEST TWN BUS (a named economist of a named bank: identifiable) -> the central bank (TWN GOV), DCT
  (EVENTS.md 2; 25a's Ko Fei-Lo "the government should rapidly relax its foreign exchange controls");
  the next quoted sentence ("If they don't quicken the pace, Washington could retaliate ...") has no
  reporting clause (skipped; SANCTION USA -> TWN hypothetical arguable).
* 12653 (Eyskens welcomes U.S. prime rate rise, DCT Thu 1987-04-02, BRUSSELS): "Eyskens warmly welcomed
  this week's increase in U.S. Prime rates, calling it a move that went beyond the ... Paris accord" is
  a STATEMENT BEL GOV (praise of a market rate move with no actor named: EVENTS.md 6, not SUPPORT; SUPPORT
  -> USA arguable), "calling" its participial elaboration; the later '"very agreeably surprised" by this
  week's quarter-point increase' and '"It is a positive element which goes further than the (Paris)
  Louvre agreement ...," he said' restate it (two later mentions, EVENTS.md 3). "The rate rise would
  underpin ... convergence ..., he added" is a second reporting clause (STATEMENT). "Eyskens also made
  clear he believed the countries involved in the accord ... had agreed 'tentative' fluctuation ranges"
  is a STATEMENT on "made clear" (his belief about the accord's undisclosed terms; the agreement its
  content, AGREE by the six undated arguable). "Eyskens was speaking before hosting an informal meeting of
  European Community finance ministers and central bank chiefs in Belgium this weekend" is an EC internal
  meeting (9a, skipped; CONSULT planned arguable). "Eyskens said he believed the Paris agreement was
  proving 'more or less workable' ..." (the question "Asked" skipped, the Baker-Volcker disagreements a
  background nominal) and "Besides Baker's public statements ..., trade tensions between the U.S.And
  Japan had also caused the dollar's fall ..., he said" (Baker's statements a background nominal,
  STATEMENT USA undated arguable) are STATEMENTs; "But he expressed optimism that Washington and Tokyo
  could reach a compromise in their row over semi-conductor trade" is a STATEMENT (72a's "expressed
  hope"; the compromise hypothetical content, the row a background nominal) restated by '"I think
  agreement is quite possible," he said' (later mention); "He added that coordination of interest rates
  was a fundamental element ..." is a STATEMENT restated by the closing quote on fluctuation ranges and a
  coordinated interest-rate policy (later mention). All DCT, BRUSSELS (the interview gives no place).
* 20532 (Lawson on U.K. interest rates, DCT Tue 1987-10-20, LONDON): "Lawson said the collapse of British
  share prices this week held no implication so far for domestic interest rates" is a STATEMENT GBR GOV,
  restated by 'He said in a television interview that "there is nothing in the events of the past few
  days to increase the upward pressure on (U.K.) interest rates"' (a later mention, EVENTS.md 3); both DCT,
  LONDON. "analysts said" is anonymous; sterling's and share prices' moves are market movements;
  "Lawson's comments" is an anaphoric nominal.
* 19073 (Evergreen to go public, DCT Fri 1987-06-19, TAIPEI): "<Evergreen Marine Corp> ... has applied to
  the Security and Exchange Commission to go public next month, a company spokeswoman told Reuters" is
  REQUEST TWN BUS -> the Commission (TWN GOV; an application to the authorities, 72a's "applied with the
  Department of Transportation"), undated (present perfect, rule 17), "told" rule-3 attribution, the
  listing its content (corporate finance). The spokeswoman's five other clauses (capital doubled since
  last August, the capital increase will boost operations, the funds will buy ships and expand services,
  1986 and 1985 profits, the 66-vessel fleet) are STATEMENTs TWN BUS, DCT, TAIPEI; the capital increase
  and the share issue are corporate finance, the ship purchases name no seller (content). "Evergreen has
  placed newbuilding orders for three ... container ships with the state-owned <China Shipbuilding Corp>
  for delivery in late 1988" is COOPERATE TWN BUS -> TWN BUS (an order between two named companies; the
  state-owned yard BUS, EVENTS.md 15) on "orders" (the event noun after the light verb), with no
  reporting clause: undated (present perfect; "late 1988" dates the delivery).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind80b.jsonl"

VLI = ("VLISSINGEN", "NLD")
ROT = ("Rotterdam", "NLD")
UN = ("UNITED NATIONS", "USA")
GULF = ("the Gulf", None)
KUW = ("Kuwait waters", "KWT")
BRU = ("BRUSSELS", "BEL")
LUX = ("Luxembourg", "LUX")
TPE = ("TAIPEI", "TWN")
LON = ("LONDON", "GBR")

NLD_ORG = "NLD", "ORG"
NLD_BUS = "NLD", "BUS"
NLD_GOV = "NLD", "GOV"
USA_GOV = "USA", "GOV"
USA_MIL = "USA", "MIL"
IRN_GOV = "IRN", "GOV"
IRN_MIL = "IRN", "MIL"
IGO = None, "IGO"
TWN_GOV = "TWN", "GOV"
TWN_ORG = "TWN", "ORG"
TWN_BUS = "TWN", "BUS"
BEL_GOV = "BEL", "GOV"
GBR_GOV = "GBR", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-2819": {
        "events": [
            # 0
            (
                "STATEMENT",
                "reported",
                ("the Dutch newsagency ANP",) + NLD_ORG,
                None,
                VLI,
                "1987-03-06",
                "day",
                "today",
                "asserted",
                None,
                "the news agency reported the ferry sinking off the Belgian coast (an accident: no type, so the "
                "report is the record; a news agency is an identifiable ORG speaker, own_dev); 'today' = DCT, "
                "dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "the water,"),
                (("it", "the water,"),) + NLD_ORG,
                None,
                VLI,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "people had fallen into the water (the agency's report, 'quoting the pilot organisation' its relayed "
                "source, skipped as 55a's 'quoting a broadcast'); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "It said the vessel"),
                (("It", "It said the vessel"),) + NLD_ORG,
                None,
                VLI,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the vessel had capsized after a collision (accident: content); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("gave", "collision but"),
                (("It", "It said the vessel"),) + NLD_ORG,
                None,
                VLI,
                "1987-03-06",
                "day",
                None,
                "negated",
                None,
                "'but gave no more details': a withheld statement (EVENTS.md 5's 'gave no date'); DCT",
            ),
            # 4
            (
                "STATEMENT",
                "told",
                ("Dan Kaakebeen",) + NLD_BUS,
                None,
                ROT,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the Smit International spokesman told Reuters where the vessel was when the accident occurred "
                "(Reuters the audience, not actor2, EVENTS.md 6); DCT; located 'from Rotterdam'",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Kaakebeen said"),
                (("Kaakebeen", "1850 GMT"),) + NLD_BUS,
                None,
                ROT,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "the firm had one vessel at the scene and another on its way (salvage vessels' positions: content; "
                "AID to the ferry arguable); DCT, the same telephone call (Rotterdam)",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "nearby Vlissingen"),
                ("A spokesman at the port authority of nearby Vlissingen",) + NLD_GOV,
                None,
                VLI,
                "1987-03-06",
                "day",
                None,
                "asserted",
                None,
                "attempts were being made to pull the vessel into shallow waters (agentless rescue: content); a port "
                "authority's spokesman is identifiable (EVENTS.md 4's 'port officials': GOV); DCT",
            ),
        ],
        "skip": [
            ("sinking", "accident with no acting actor: no event type (EVENTS.md 10)"),
            ("fallen", "accident (content of the report)"),
            ("quoting", "attribution: the relayed source (the pilot organisation; STATEMENT NLD undated arguable)"),
            ("capsized", "accident with no acting actor (content)"),
            ("collision", "accident with no acting actor (content)"),
            (("accident", "when the"), "accident (content of the statement)"),
            ("occurred", "accident (content of the statement)"),
            ("on its way", "salvage vessel on its way (content; AID NLD -> the ferry arguable)"),
            ("attempts", "agentless rescue attempts (content of the statement)"),
            ("pull", "content of the statement (rescue attempt)"),
        ],
        "entities": [
            ("British", "NORP", "GBR"),
            ("Townsend Thorensen", "ORG", "GBR"),
            (("Belgian", "off the"), "NORP", "BEL"),
            ("Dutch", "NORP", "NLD"),
            ("ANP", "ORG", "NLD"),
            (("Dutch", "south-western"), "NORP", "NLD"),
            (("Belgian", "near the"), "NORP", "BEL"),
            ("Dan Kaakebeen", "PERSON", "NLD"),
            (("Dutch", "spokesman for the"), "NORP", "NLD"),
            ("Smit International", "ORG", "NLD"),
            ("Reuters", "ORG", "GBR"),
            ("Rotterdam", "GPE", "NLD"),
            (("Belgian", "just off the"), "NORP", "BEL"),
            ("Zeebrugge", "GPE", "BEL"),
            (("Kaakebeen", "1850 GMT"), "PERSON", "NLD"),
            ("Vlissingen", "GPE", "NLD"),
        ],
    },
    "reuters21578-20881": {
        "events": [
            # 0
            (
                "STATEMENT",
                "told",
                ("the American delegation",) + USA_GOV,
                None,
                UN,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "the U.S. invoked the right of self-defense in destroying the platform (a justification told to the "
                "U.N.: STATEMENT, as 77b's 'the attack was a measured response'; 'invoked' part of the act, skipped; "
                "the U.N. is the audience, EVENTS.md 6); wire style: DCT, dateline (5b's U.N. location)",
            ),
            # 1
            (
                "ASSAULT",
                "destroying",
                ("The United States",) + USA_MIL,
                ("an Iranian oil platform",) + IRN_GOV,
                GULF,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the U.S. destroyed an Iranian oil platform in the Gulf (use of force; the platform IRN GOV as "
                "19a/68a); no time expression for the attack in the text: undated (rule 17)",
            ),
            # 2
            (
                "STATEMENT",
                "sent",
                ("Lieutenant General Vernon Walters",) + USA_GOV,
                None,
                UN,
                "1987-10-19",
                "day",
                None,
                "asserted",
                0,
                "later mention: Walters' letters to the Security Council president and the Secretary General are the "
                "delegation's telling the U.N. (the same communication); the first mention's date",
            ),
            # 3
            (
                "STATEMENT",
                ("comment", "had no"),
                ("the Secretary General",) + IGO,
                None,
                UN,
                "1987-10-19",
                "day",
                None,
                "negated",
                None,
                "the Secretary General had no comment on the attack: withheld statement relayed by his spokesman "
                "(5b: Giuliani's 'said' attribution; U.N. officials null); DCT",
            ),
            # 4
            (
                "REQUEST",
                "appeal",
                (("his", "followed"),) + IGO,
                None,
                None,
                "1987-10-16",
                "day",
                "last Friday",
                "asserted",
                None,
                "the Secretary General's appeal last Friday for restraint in the crisis (a nominal with its own agent "
                "and date, EVENTS.md 11); no party named: actor2 null (EVENTS.md 14); Friday before Mon 1987-10-19",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "Walters said the United States took"),
                (("Walters", "In his explanation,"),) + USA_GOV,
                None,
                UN,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "the U.S. took defensive action in response to an Iranian attack (the justification: STATEMENT as "
                "77b; ASSAULT later mention with 'said' attribution or ACCUSE -> IRN arguable); DCT",
            ),
            # 6
            (
                "ASSAULT",
                "strike",
                (("Iranian", "He cited an"),) + IRN_MIL,
                ("the United States-flag ship Sea Isle City", "USA", "BUS"),
                KUW,
                "1987-10-16",
                "day",
                "last Friday",
                "asserted",
                None,
                "an Iranian Silkworm missile strike last Friday in Kuwait waters against the U.S.-flag ship (a nominal "
                "with its own agent and date, EVENTS.md 11, 68a/77b); 'cited' rule-3 attribution; the ship USA by its "
                "flag (the only nationality the text gives); Friday before Mon 1987-10-19",
            ),
            # 7
            (
                "ACCUSE",
                ("said", "Walters said that military"),
                (("Walters", "Sea Isle City."),) + USA_GOV,
                ("military forces on the destroyed Iranian platform",) + IRN_MIL,
                UN,
                "1987-10-19",
                "day",
                None,
                "asserted",
                None,
                "forces on the platform had engaged in actions against U.S.-flag and other vessels and planes (the "
                "target's alleged hostile acts: ACCUSE, 68a's 'a platform used by the Iranians to interfere'); DCT",
            ),
            # 8
            (
                "STATEMENT",
                ("said", 'in the Gulf," Walters'),
                (("Walters", 'in the Gulf,"'),) + USA_GOV,
                None,
                UN,
                "1987-10-19",
                "day",
                None,
                "asserted",
                0,
                "later mention: the quoted letter ('I wish ... to report that United States forces have exercised the "
                "inherent right of self-defense ...') restates the lead's invocation (EVENTS.md 3)",
            ),
            # 9
            (
                "STATEMENT",
                "issued",
                (None,) + IGO,
                None,
                UN,
                "1987-10-19",
                "day",
                "Monday",
                "negated",
                None,
                "no statement was issued after the Security Council members' closed meeting: a withheld statement "
                "(EVENTS.md 5), the Council implied (null IGO); placed after the meeting 'on Monday' (= the DCT)",
            ),
        ],
        "skip": [
            ("invoked", "part of the statement told to the U.N. (the self-defense claim)"),
            ("incident", "anaphoric nominal (the platform attack)"),
            (("said", "Giuliani"), "attribution: the Secretary General's withheld comment is the event (5b)"),
            (("attack", "comment on the"), "anaphoric nominal (the platform attack)"),
            ("followed", "temporal relation (background)"),
            ("pursued efforts", "background mediation efforts (CONSULT null -> IRN/IRQ arguable)"),
            ("ceasefire", "content of the mediation efforts"),
            ("explanation", "anaphoric nominal (the letters' explanation)"),
            (
                ("defensive action", "United States took"),
                "the attack restated in the justification (content; ASSAULT later mention arguable)",
            ),
            (
                ("attack", "Iranian attack against"),
                "background nominal in a causal phrase (ASSAULT IRN -> USA "
                "undated arguable; its instance is the strike cited next)",
            ),
            ("cited", "rule-3 attribution (the strike is the event; ACCUSE USA -> IRN arguable)"),
            (("destroyed", "on the"), "anaphoric (the platform's destruction)"),
            ("engaged", "content of the accusation (ASSAULT IRN undated arguable)"),
            (("report", "to\nreport"), "performative inside the quoted letter (part of the restated statement)"),
            ("exercised", "content of the quoted letter (the invocation restated)"),
            ("taking defensive action", "content of the quoted letter (the attack restated)"),
            (("attacks", "in response to"), "content of the quoted letter (background nominal)"),
            ("met", "internal meeting of a single body (Security Council members; CONSULT arguable)"),
            ("discuss", "content of the internal meeting"),
            ("war", "background nominal (the Gulf war)"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            ("American", "NORP", "USA"),
            ("United Nations", "ORG", None),
            ("Vernon Walters", "PERSON", "USA"),
            ("Security Council", "ORG", None),
            ("Maurizio Bucci", "PERSON", "ITA"),
            ("Italy", "GPE", "ITA"),
            ("Javier Perez de Cuellar", "PERSON", None),
            ("U.N.", "ORG", None),
            ("Francois Giuliani", "PERSON", None),
            (("Iran", "ceasefire between"), "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            (("Walters", "In his explanation,"), "PERSON", "USA"),
            (("United States", "Walters said the"), "GPE", "USA"),
            (("Iranian", "in response to an"), "NORP", "IRN"),
            (("American", "against"), "NORP", "USA"),
            (("Gulf", "American ships"), "LOC", None),
            (("Iranian", "He cited an"), "NORP", "IRN"),
            ("Kuwait", "GPE", "KWT"),
            (("United States", "against the"), "GPE", "USA"),
            (("Walters", "Sea Isle City."), "PERSON", "USA"),
            (("Iranian", "destroyed"), "NORP", "IRN"),
            (("United States", "actions against"), "GPE", "USA"),
            (("United Nations", "Article 51"), "ORG", None),
            (("United States", "to report that"), "GPE", "USA"),
            (("Iran", ". . ."), "GPE", "IRN"),
            (("United States", "Iran against"), "GPE", "USA"),
            (("Gulf", "vessels in the"), "LOC", None),
            (("Walters", "vessels in the Gulf"), "PERSON", "USA"),
            (("Security Council", "Members of the"), "ORG", None),
            (("Gulf", "developments in the"), "LOC", None),
        ],
    },
    "reuters21578-10364": {
        "events": [],
        "skip": [
            ("adopted", "domestic budget adoption by the government (no type)"),
            ("allows", "content (domestic fiscal authority)"),
            ("issue", "public finance: issue of financing bills (content)"),
            (("said", "government sources"), "anonymous-source talk (government sources, EVENTS.md 4)"),
            (("said", "dealers"), "anonymous-source talk (dealers)"),
            ("used", "content of anonymous talk"),
            ("buy", "currency intervention (monetary operation, EVENTS.md 10), content of anonymous talk"),
            ("prevent", "purpose clause"),
            (("fall", "further dollar"), "market-price movement"),
            (("said", "The government sources"), "anonymous-source talk (government sources)"),
            ("accounts", "statistics (content of anonymous talk)"),
            ("incorporated", "stative"),
        ],
        "entities": [
            ("Finance Ministry", "ORG", "JPN"),
        ],
    },
    "reuters21578-19091": {
        "events": [
            # 0
            (
                "STATEMENT",
                ("said", "Commission spokesman"),
                ("an EC Commission spokesman",) + IGO,
                None,
                BRU,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "a meeting of EC farm ministers is unlikely next week (a forecast; the meeting, internal to one body "
                "as 9a's EC ministers and unlikely, is content); DCT, dateline city",
            ),
            # 1
            (
                "AGREE",
                ("agree", "failure to"),
                (("the ministers", "following"),) + IGO,
                None,
                LUX,
                "1987-06-18",
                "day",
                "yesterday",
                "negated",
                None,
                "the ministers' failure to agree a farm price package yesterday (an agreement explicitly not reached: "
                "negated, 61a's ICO and 10a's EC farm ministers' AGREE; a group, null, no actor2); located at the "
                "Luxembourg meeting of S4",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "However, he"),
                (("he", "However,"),) + IGO,
                None,
                BRU,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "could not rule out such a meeting, the decision being Belgium's ('noting' its participial "
                "elaboration, EVENTS.md 3); DCT",
            ),
            # 3
            (
                "THREATEN",
                "saying",
                ("West Germany",) + ("DEU", "GOV"),
                (("EC Commission", "aspects of"),) + IGO,
                LUX,
                "1987-06-18",
                "day",
                "yesterday",
                "asserted",
                None,
                "West Germany saying it would use its veto on two aspects of the Commission's proposals (a veto threat, "
                "6b's 'has said he would veto any legislation'; the threat asserted); placed at the end of the "
                "Luxembourg meeting, dated yesterday in S1/S7 (rule 3; undated relayed speech arguable)",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The Commission spokesman"),
                ("The Commission spokesman",) + IGO,
                None,
                BRU,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "an announcement is likely to appear in the Official Journal giving notice of emergency measures "
                "should ministers fail to agree (forecast; the announcement its content, 5b's 'expected new rates to "
                "be announced'; THREATEN toward the ministers arguable); DCT",
            ),
            # 5
            (
                "STATEMENT",
                "declaration",
                ("EC Farm Commissioner Frans Andriessen",) + IGO,
                None,
                LUX,
                "1987-06-18",
                "day",
                "yesterday",
                "asserted",
                None,
                "Andriessen's declaration made in Luxembourg early yesterday (a nominal with its own predication, "
                "date and place, EVENTS.md 11); the Commission's publishing it is the relay (skipped)",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "In it, Andriessen"),
                (("Andriessen", "In it,"),) + IGO,
                None,
                LUX,
                "1987-06-18",
                "day",
                "yesterday",
                "asserted",
                5,
                "later mention: 'In it, Andriessen said' gives the declaration's content (a serious threat to the "
                "CAP's functioning); the first mention's date",
            ),
            # 7
            (
                "STATEMENT",
                "added",
                (("Andriessen", "Agricultural Policy."),) + IGO,
                None,
                LUX,
                "1987-06-18",
                "day",
                "yesterday",
                "asserted",
                None,
                "'The Commission ... Will take the measures which are necessary' (an announced course of action with "
                "no type: domestic market management; THREATEN arguable); a further clause of the declaration "
                "(EVENTS.md 3), placed in it (rule 3, EVENTS.md 20; DCT arguable)",
            ),
            # 8
            (
                "STATEMENT",
                ("said", 'dynamic character,"'),
                (("he", 'dynamic character,"'),) + IGO,
                None,
                LUX,
                "1987-06-18",
                "day",
                "yesterday",
                "asserted",
                None,
                "the protective measures will have a dynamic character (description); a further clause of the "
                "declaration, placed in it (DCT arguable)",
            ),
        ],
        "skip": [
            (("meeting", "A meeting"), "internal meeting of one body (EC farm ministers, 9a), unlikely: content"),
            ("held", "content of the forecast"),
            ("rule out", "content of the statement"),
            (("meeting", "such a"), "content of the statement (internal meeting)"),
            ("noting", "participial elaboration of 'said' (EVENTS.md 3)"),
            (("decision", "noting the"), "content of the statement"),
            ("holds", "stative (the presidency)"),
            (("meet", "could also"), "content of anonymous talk (internal meeting)"),
            (
                ("meeting", "parallel with the"),
                "EC heads of government meeting: internal meeting of one body, in "
                "anonymous talk (CONSULT planned 1987-06-29 arguable)",
            ),
            (("noted", "diplomats"), "anonymous-source talk (diplomats, EVENTS.md 4)"),
            ("ended", "end of the ministers' meeting (internal meeting of one body)"),
            (("meeting", "three-day"), "internal meeting of one body (EC farm ministers)"),
            ("split", "stative"),
            ("veto", "content of the threat"),
            (("proposals", "Commission"), "background nominal (the Commission's price proposals)"),
            ("revision", "content of the proposals"),
            ("announcement", "content of the statement (a planned notice; STATEMENT planned arguable)"),
            ("appear", "content of the statement"),
            ("notice", "content of the statement"),
            ("intention", "content of the statement"),
            (("take", "intention to"), "content (emergency measures: domestic market management)"),
            (("fail", "should ministers"), "condition"),
            (("accord", "reach an"), "condition"),
            (("said", "Commission sources"), "anonymous-source talk (Commission sources)"),
            ("detail", "content of anonymous talk"),
            (("said", "which, they"), "anonymous-source talk (Commission sources)"),
            ("considered", "content of anonymous talk"),
            (("meeting", "regular weekly"), "internal meeting of one body (the Commission), in anonymous talk"),
            ("published", "the Commission's release of Andriessen's declaration: the relay (STATEMENT DCT arguable)"),
            (("meeting", "agriculture ministers'"), "internal meeting of one body (anaphoric)"),
            ("threat", "a danger, not a threat by an actor (content of the statement)"),
            (("take", "Will take"), "content of the statement"),
            ("apply", "content of the statement"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            (("EC", "European Community ("), "ORG", None),
            (("EC Commission", "an EC"), "ORG", None),
            ("Belgium", "GPE", "BEL"),
            (("EC", "presidency of the"), "ORG", None),
            (("EC", "parallel with the meeting of"), "ORG", None),
            ("Brussels", "GPE", "BEL"),
            ("Luxembourg", "GPE", "LUX"),
            ("West Germany", "GPE", "DEU"),
            (("EC Commission", "aspects of"), "ORG", None),
            (("Commission", "The Commission spokesman"), "ORG", None),
            (("EC", "in the"), "ORG", None),
            ("Official Journal", "ORG", None),
            (("Commission", "notice of the"), "ORG", None),
            (("Commission", "However, Commission"), "ORG", None),
            (("Commission", "considered by the"), "ORG", None),
            (("Commission", "The Commission published"), "ORG", None),
            (("EC", "declaration by"), "ORG", None),
            ("Frans Andriessen", "PERSON", None),
            (("Luxembourg", "made in"), "GPE", "LUX"),
            (("Andriessen", "In it,"), "PERSON", None),
            (("Andriessen", "Agricultural Policy."), "PERSON", None),
            (("Commission", '"The'), "ORG", None),
        ],
    },
    "reuters21578-5841": {
        "events": [
            # 0
            (
                "STATEMENT",
                "reported",
                ("a local newspaper",) + TWN_ORG,
                None,
                TPE,
                "1987-03-17",
                "day",
                "today",
                "asserted",
                None,
                "the central bank is considering proposals to ease currency restrictions (domestic deregulation: no "
                "type, 25a's Taiwan forex controls; RETREAT hypothetical arguable); a newspaper is an "
                "identifiable ORG speaker (own_dev); 'today' = DCT",
            ),
            # 1
            (
                "STATEMENT",
                ("quoted", "close ties"),
                ("central bank governor Chang Chi-cheng",) + TWN_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the government had agreed in principle to liberalise financial restrictions (an internal decision on "
                "domestic controls, no counterpart: content); relayed ('quoted ... as saying', own_blind3/23b): "
                "undated, location null",
            ),
            # 2
            (
                "STATEMENT",
                ("quoted", "Chang was"),
                (("Chang", "for the first time,"),) + TWN_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the bank was considering proposals to let firms and individuals hold foreign exchange and invest in "
                "foreign stocks (content); relayed: undated",
            ),
            # 3
            (
                "STATEMENT",
                ("comment", "available to"),
                ("Central bank and other government officials",) + TWN_GOV,
                None,
                TPE,
                "1987-03-17",
                "day",
                None,
                "negated",
                None,
                "'were not available to comment on the report': a withheld statement (own_dev's 'No one was available "
                "... for comment'); DCT, dateline city",
            ),
            # 4
            (
                "REQUEST",
                ("said", 'this direction,"'),
                ("Su Han-min",) + TWN_BUS,
                ("The central bank",) + TWN_GOV,
                TPE,
                "1987-03-17",
                "day",
                None,
                "asserted",
                None,
                "'The central bank has to go in this direction' (a named bank economist: identifiable, TWN BUS; an "
                "identifiable actor told how to act, EVENTS.md 2, as 25a's Ko Fei-Lo: 'the government should "
                "rapidly relax its foreign exchange controls'); DCT; the next quoted sentence has no reporting clause",
            ),
        ],
        "skip": [
            (("considering", "central bank is"), "content of the report (domestic deregulation under consideration)"),
            (("ease", "proposals to"), "content of the report"),
            ("reduce", "purpose clause"),
            ("has close ties", "stative"),
            (("saying", "Chang Chi-cheng as"), "part of the relayed attribution ('quoted ... as saying')"),
            (
                ("agreed", "government had"),
                "content: the government's internal decision to liberalise domestic "
                "controls (no counterpart; AGREE or RETREAT arguable)",
            ),
            ("liberalise", "content (domestic deregulation)"),
            (("considering", "The bank was"), "content of the relayed statement"),
            (("allow", "proposals to"), "content of the relayed statement"),
            (("hold", "individuals to"), "content of the relayed statement"),
            (("invest", "foreign exchange and"), "content of the relayed statement"),
            (("saying", "Chang was quoted as"), "part of the relayed attribution"),
            ("handed", "stative (standing rule)"),
            ("exchanged", "stative (standing rule)"),
            (("invest", "may only"), "stative (standing rule)"),
            (("report", "comment on the"), "anaphoric nominal (the newspaper report)"),
            (("said", "Economists"), "anonymous-source talk (economists, EVENTS.md 4)"),
            (("ease", "government would"), "content of anonymous talk"),
            (("said", "They said"), "anonymous-source talk (economists)"),
            ("earned", "statistics"),
            ("target", "content of anonymous talk"),
            ("Rose", "statistics"),
            ("go in this direction", "content of the request"),
            ("quicken", "condition (quote continuation with no reporting clause)"),
            (
                "retaliate",
                "hypothetical content of a quote continuation with no reporting clause (SANCTION USA -> "
                "TWN hypothetical arguable)",
            ),
            ("damage", "hypothetical content of the quote continuation"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            (("U.S.", "51 billion"), "GPE", "USA"),
            ("China Times", "ORG", "TWN"),
            ("Chang Chi-cheng", "PERSON", "TWN"),
            (("Chang", "for the first time,"), "PERSON", "TWN"),
            ("United States", "GPE", "USA"),
            (("Taiwan", "made"), "GPE", "TWN"),
            (("U.S.", "target for"), "GPE", "USA"),
            (("Taiwan", "Protectionism."), "GPE", "TWN"),
            (("U.S.", "surplus with the"), "GPE", "USA"),
            (("U.S.", "13.6 billion"), "GPE", "USA"),
            ("Su Han-min", "PERSON", "TWN"),
            ("International Commercial Bank of China", "ORG", "TWN"),
            ("Washington", "GPE", "USA"),
            (("Taiwan", "really damage"), "GPE", "TWN"),
        ],
    },
    "reuters21578-12653": {
        "events": [
            # 0
            (
                "STATEMENT",
                "welcomed",
                ("Belgian Finance Minister Mark Eyskens",) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "welcomed this week's rise in U.S. prime rates as going beyond the Paris accord (praise of a market "
                "rate move with no actor named: STATEMENT, not SUPPORT, EVENTS.md 6; SUPPORT -> USA arguable); "
                "'calling' its participial elaboration; wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("added", "countries, he"),
                (("he", "countries, he"),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the rate rise would underpin policy convergence (assessment; second reporting clause); DCT",
            ),
            # 2
            (
                "STATEMENT",
                "made clear",
                (("Eyskens", "interview with Reuters,"),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "his belief that the six accord countries had agreed tentative fluctuation ranges (an assessment of "
                "the accord's undisclosed terms; 'agreed' content, AGREE by the six undated arguable); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Eyskens said he believed"),
                (("Eyskens", "currency markets,"),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "the Paris agreement is proving more or less workable despite Baker-Volcker disagreements (assessment; "
                "'Asked' the question, skipped); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "against the yen, he"),
                (("he", "yen,"),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "Baker's statements and U.S.-Japan trade tensions caused the dollar's fall (assessment; Baker's "
                "statements a background nominal); DCT",
            ),
            # 5
            (
                "STATEMENT",
                "expressed",
                (("he", "But he"),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "optimism that Washington and Tokyo could compromise over semiconductors (72a's 'expressed hope'; the "
                "compromise hypothetical content); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", 'quite possible," he'),
                (("he", 'quite possible,"'),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                5,
                "later mention: 'I think agreement is quite possible' restates the optimism (EVENTS.md 3)",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "Eyskens said he was"),
                (("Eyskens", 'quite possible," he said.'),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                0,
                "later mention: 'very agreeably surprised' by this week's prime rate increase restates the welcome "
                "(EVENTS.md 3)",
            ),
            # 8
            (
                "STATEMENT",
                ("said", 'its content," he'),
                (("he", 'its content,"'),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                0,
                "later mention: 'It is a positive element which goes further than the (Paris) Louvre agreement' "
                "restates the lead's 'went beyond the ... Paris accord'",
            ),
            # 9
            (
                "STATEMENT",
                ("added", "He added"),
                (("He", "He added"),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "interest-rate coordination is fundamental to convergence (assessment); DCT",
            ),
            # 10
            (
                "STATEMENT",
                ("said", 'policy of interest rates," he'),
                (("he", 'policy of interest rates,"'),) + BEL_GOV,
                None,
                BRU,
                "1987-04-02",
                "day",
                None,
                "asserted",
                9,
                "later mention: the quote (fluctuation ranges need coordinated interest rates) restates the "
                "coordination point (EVENTS.md 3)",
            ),
        ],
        "skip": [
            (("increase", "this week's"), "market rate move by unnamed U.S. banks (object of the welcome)"),
            ("calling", "participial elaboration of the welcome (EVENTS.md 3)"),
            ("went beyond", "content of the statement"),
            (("accord", "Canada Paris"), "background nominal (the Paris accord; AGREE arguable)"),
            ("stabilising", "content (the accord's aim)"),
            ("rate rise", "anaphoric (the prime rate rise)"),
            ("underpin", "content of the statement"),
            (("believed", "made clear he"), "part of the reporting clause"),
            (("accord", "involved in the"), "anaphoric nominal (the Paris accord)"),
            (
                ("agreed", "had"),
                "content of his belief (the accord's tentative ranges; AGREE by the six undated arguable)",
            ),
            ("speaking", "anaphoric (his interview remarks)"),
            (
                "hosting",
                "EC finance ministers' informal meeting in Belgium this weekend: internal meeting of one body "
                "(9a; CONSULT planned arguable)",
            ),
            (("meeting", "informal"), "internal meeting of one body (EC finance ministers and central bankers)"),
            ("focusing", "content of the internal meeting"),
            (("proposals", "situation and"), "content of the internal meeting"),
            ("strengthening", "content of the internal meeting"),
            ("Asked", "question (EVENTS.md: questions skipped)"),
            (("fall", "dollar's recent"), "market-price movement"),
            (("believed", "Eyskens said he"), "part of the reporting clause"),
            (("agreement", "the Paris"), "background nominal (the Paris accord)"),
            ("proving", "content of the statement"),
            (("called", "what he"), "part of the statement"),
            ("disagreements", "background nominal (U.S. internal policy disagreement; no type)"),
            ("statements", "background nominal in the assessment (Baker's statements; STATEMENT USA undated arguable)"),
            ("influenced", "content of the statement"),
            ("tensions", "background nominal (U.S.-Japan trade tensions)"),
            ("caused", "content of the statement"),
            (("fall", "caused the dollar's"), "market-price movement"),
            (("reach", "could"), "hypothetical content of the optimism (AGREE USA-JPN)"),
            ("compromise", "hypothetical content of the optimism"),
            ("row", "background nominal (the U.S.-Japan semiconductor dispute)"),
            (("agreement", "I think"), "hypothetical content of the quote"),
            (("increase", "quarter-point"), "market rate move (object of the surprise)"),
            (("agreement", "Louvre"), "background nominal (the Louvre accord)"),
            ("taking account", "content of the quote"),
            ("coordination", "content of the statement"),
            ("maintaining", "content of the quote"),
            ("accompanied", "content of the quote"),
        ],
        "entities": [
            ("Belgian", "NORP", "BEL"),
            ("Mark Eyskens", "PERSON", "BEL"),
            (("U.S.", "increase in"), "GPE", "USA"),
            ("Group of Five", "ORG", None),
            ("Canada", "GPE", "CAN"),
            (("Paris", "Canada"), "GPE", "FRA"),
            ("Reuters", "ORG", "GBR"),
            (("Eyskens", "interview with Reuters,"), "PERSON", "BEL"),
            (("U.S.", "the accord --"), "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("West Germany", "GPE", "DEU"),
            ("France", "GPE", "FRA"),
            ("Britain", "GPE", "GBR"),
            (("Canada", "Britain and"), "GPE", "CAN"),
            (("Eyskens", "for exchange rates."), "PERSON", "BEL"),
            ("European Community", "ORG", None),
            ("Belgium", "GPE", "BEL"),
            ("European Monetary System", "ORG", None),
            ("EMS", "ORG", None),
            (("Eyskens", "currency markets,"), "PERSON", "BEL"),
            (("Paris", "believed the"), "GPE", "FRA"),
            (("U.S.", "disagreements over"), "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Federal Reserve", "ORG", "USA"),
            ("Paul Volcker", "PERSON", "USA"),
            (("Baker", "Besides"), "PERSON", "USA"),
            (("U.S.", "between the"), "GPE", "USA"),
            (("Japan", "U.S.And"), "GPE", "JPN"),
            ("Washington", "GPE", "USA"),
            ("Tokyo", "GPE", "JPN"),
            (("Eyskens", 'quite possible," he said.'), "PERSON", "BEL"),
            (("U.S.", "quarter-point increase in"), "GPE", "USA"),
            (("Paris", "further than the"), "GPE", "FRA"),
        ],
    },
    "reuters21578-20532": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("U.K. Chancellor of the Exchequer Nigel Lawson",) + GBR_GOV,
                None,
                LON,
                "1987-10-20",
                "day",
                None,
                "asserted",
                None,
                "the share price collapse holds no implication so far for interest rates (assessment); DCT, dateline "
                "city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "He said"),
                (("He", "He said"),) + GBR_GOV,
                None,
                LON,
                "1987-10-20",
                "day",
                None,
                "asserted",
                0,
                "later mention: the quoted restatement in a television interview (EVENTS.md 3); no place given",
            ),
        ],
        "skip": [
            ("collapse", "market-price movement"),
            (("held", "this week"), "stative (content of the statement)"),
            (("increase", "to"), "content of the quote"),
            (("said", "analysts"), "anonymous-source talk (analysts, EVENTS.md 4)"),
            ("stayed", "market-price movement"),
            ("backed", "stative"),
            ("comments", "anaphoric nominal (Lawson's statements)"),
            ("followed", "temporal relation"),
            ("closed", "market-price movement"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            ("British", "NORP", "GBR"),
            (("U.K.", "pressure on"), "GPE", "GBR"),
            (("Lawson", "analysts said."), "PERSON", "GBR"),
            ("London", "GPE", "GBR"),
            (("British", "center, where"), "NORP", "GBR"),
        ],
    },
    "reuters21578-19073": {
        "events": [
            # 0
            (
                "REQUEST",
                "applied",
                ("Evergreen Marine Corp",) + TWN_BUS,
                ("the Security and Exchange Commission",) + TWN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "has applied to the Security and Exchange Commission to go public next month (an application to the "
                "authorities, 72a's 'applied with the Department of Transportation'); present perfect, no time "
                "expression: undated (rule 17); 'told' rule-3 attribution; the listing next month its content",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "She said Evergreen had"),
                (("She", "She said Evergreen had"),) + TWN_BUS,
                None,
                TPE,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "Evergreen had doubled its capital since last August (corporate finance: content); DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", 'boost our operations," she'),
                (("she", 'boost our operations,"'),) + TWN_BUS,
                None,
                TPE,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the capital increase will boost operations (assessment); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "She said Evergreen will"),
                (("She", "She said Evergreen will"),) + TWN_BUS,
                None,
                TPE,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the funds will buy new ships and expand services (the company's plans, no counterpart: content); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The spokeswoman said"),
                ("The spokeswoman",) + TWN_BUS,
                None,
                TPE,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "1986 and 1985 profits and revenues (statistics); DCT",
            ),
            # 5
            (
                "COOPERATE",
                ("orders", "newbuilding"),
                (("Evergreen", "Evergreen has placed"),) + TWN_BUS,
                ("China Shipbuilding Corp",) + TWN_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "newbuilding orders for three container ships placed with China Shipbuilding Corp (an order between "
                "two named companies; the state-owned yard BUS, EVENTS.md 15); present perfect, no reporting clause: "
                "undated (rule 17; 'late 1988' dates the delivery)",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "dwt, the spokeswoman"),
                (("the spokeswoman", "dwt,"),) + TWN_BUS,
                None,
                TPE,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the fleet's size (description); DCT",
            ),
        ],
        "skip": [
            (("told", "spokeswoman"), "rule-3 attribution (the application is the event)"),
            ("go public", "content of the application (a stock listing: corporate finance)"),
            ("doubled", "corporate finance (content)"),
            ("capital increase", "anaphoric nominal (corporate finance)"),
            ("boost", "content of the statement"),
            (("use", "Evergreen will"), "content of the statement"),
            ("raised", "corporate finance (content)"),
            (("buy", "to buy new"), "content of the statement (no counterpart named)"),
            ("step up", "content of the statement"),
            ("posted", "statistics"),
            ("delivery", "content of the order"),
            ("has a fleet", "stative"),
        ],
        "entities": [
            ("Evergreen Marine Corp", "ORG", "TWN"),
            ("Taiwan", "GPE", "TWN"),
            ("Security and Exchange Commission", "ORG", "TWN"),
            ("Reuters", "ORG", "GBR"),
            (("Evergreen", "She said Evergreen had"), "ORG", "TWN"),
            (("Taiwan", "eight billion"), "GPE", "TWN"),
            (("Evergreen", "She said Evergreen will"), "ORG", "TWN"),
            (("Evergreen", "Evergreen has placed"), "ORG", "TWN"),
            ("China Shipbuilding Corp", "ORG", "TWN"),
            (("Evergreen", "Evergreen has a fleet"), "ORG", "TWN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
