"""Build ``own_blind73a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind73a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(2028 left); 24 drawn with random.Random(73101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
36 event records (33 first mentions, 3 later mentions), 120 not_annotated spans, 122 entity mentions
(ORG 44, GPE 39, NORP 25, PERSON 13, LOC 1); one article without events: 16068 (dollar at a Tokyo record
low: dealers' talk, Bank of Japan intervention and market moves only); 3248 (London Exchange on the NYSE
rule) has reporting-clause STATEMENTs only.
Types: STATEMENT 18, REQUEST 4, ACCUSE 3, THREATEN 3, CONSULT 2, REJECT 2, AID 1, ASSAULT 1, COOPERATE 1,
SANCTION 1; modality: asserted 33, planned 2, hypothetical 1; precision: day 26, unknown 9, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, four wrong first matches fixed:
"Iran" inside "Iranian", "Japan" inside "Japanese", an earlier "New York" and an earlier "Bundesbank").
See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("West German Chancellor Helmut Kohl", "Prime Minister Margaret
Thatcher", "Federal Reserve Board Chairman Paul Volcker": ORG + PERSON); company names are tagged with
their legal form and without angle brackets, tickers ("<TSBA.T>", "<CAWL.L>") are not entities, places
inside organisation names are not tagged separately ("U.K." in "Toshiba Information Systems (U.K.) Ltd",
"Japan" in "Merrill Lynch Japan Inc" and "Bank of Japan", "London" in "London Stock Exchange" / "London
Exchange", 17a); the possessive 's is left out ("Toshiba's", "Japan's", "Jardine's", "Commerzbank AG's",
"the European Community's", "West Germany's"); a nationality inside a hyphenated word is tagged
("Soviet-made", "Chinese-made", "anti-Japanese": NORP, 31b/34a); lower-case bodies and groups ("the
Commissioners", "the principal West German cabinet members": only NORP "West German") are not entity spans,
while the bare "Commission" (the EC Commission) is ORG null (earlier sets); "Senate Banking subcommittee" is
one ORG span (as "House Energy subcommittee"); weapons (Frog, Scud B, Silkworm), rates (Lombard) and
currencies are not entities; "Swiss" in "Swiss francs" is NORP (as 448's "Canadian dlrs"); a city used for
an institution keeps its GPE tag ("protest from Brussels": GPE BEL, as earlier sets' Brussels; "London
plans to close its trading floor": GPE GBR).
Countries: Iran GPE IRN, "Iranian" NORP IRN, China and Peking GPE CHN, "Chinese" NORP CHN, Iraq and Basra GPE
IRQ, "Iraqi" NORP IRQ, "Soviet" NORP SUN, the Observer ORG GBR (the British Sunday paper), "British" NORP GBR,
"Arab" NORP null, "the West" LOC null (the bloc, as earlier sets' "East and West"); Helmut Kohl / "Kohl" and
Ignaze Kiechle PERSON DEU, "West German" / "German" NORP DEU, Bonn and West Germany GPE DEU, the European
Community / EC and the Commission ORG null, Jacques Delors / "Delors" PERSON null (the head of an
international body, as earlier sets' Delors), Brussels GPE BEL; Toshiba Corp / "Toshiba" ORG JPN, Toshiba
Information Systems (U.K.) Ltd ORG GBR (a subsidiary takes the country its name gives, 28b / 60b's 12468),
Cable and Wireless Plc ORG GBR, the Department of Trade and Industry / DTI, Parliament and Reuters ORG GBR,
Margaret Thatcher PERSON GBR, Britain and "U.K." GPE GBR, Japan and Tokyo GPE JPN, "Japanese" NORP JPN,
"U.S." GPE USA; the Finance Ministry ORG JPN, Merrill Lynch Japan Inc ORG JPN and its economist William
Stirling PERSON JPN, Jardine Fleming (Securities) Ltd / "Jardine" ORG HKG (the Hong Kong securities house;
the text gives no country) and its economist Eric Rasmussen / "Rasmussen" PERSON HKG; Bank of Japan ORG JPN,
New York GPE USA, "Swiss" NORP CHE; London Stock Exchange / London Exchange ORG GBR, London GPE GBR, New York
Stock Exchange / NYSE ORG USA; Bundesbank and Commerzbank AG ORG DEU, Walter Seipp PERSON DEU; Federal
Reserve Board and Senate Banking subcommittee ORG USA, Paul Volcker / "Volcker" PERSON USA.

Judgement calls made here:
* 10628 (China helps Iran with missiles, DCT Sat 1987-03-28, dateline LONDON, March 29: the DCT is
  published_at's date, GUIDELINES.md): "Iran has produced a short-range ... missile with technological help
  from China and is working with Peking on a longer-range missile ..., the Observer newspaper said" holds two
  typed acts, so "said" is rule-3 attribution (29a's NBC arms report): AID CHN -> IRN on "help" (military
  help mainly for the recipient; COOPERATE arguable; the production itself has no type) and COOPERATE IRN ->
  CHN on "working" (joint missile work between two identified parties), both undated (present perfect /
  present progressive relayed by a newspaper, no time expression). "The British Sunday paper, quoting
  Iranian sources, said the shorter-range missile ... had been fired at the Iraqi port of Basra" is ASSAULT
  IRN (implied, MIL: the missile is Iran's) -> Basra (IRQ), undated, located in Basra; "said" attribution,
  "quoting Iranian sources" anonymous. "The other type ... is at an advanced stage of development,
  according to the Observer" is a STATEMENT GBR ORG on "according to" (a newspaper as an identifiable
  speaker, own_dev; 29b's "according to" a named author), DCT, LONDON. "Earlier this month, Iran acknowledged
  it had acquired Chinese-made Silkworm missiles" is a STATEMENT IRN GOV, 1987-03 (month), location null; the
  acquisition from an unnamed seller is content (34a; COOPERATE IRN -> CHN arguable). "Iran said it would
  use its Silkworm ... missile against shipping in the waterway only if Iraqi air and missile raids
  prevented it from exporting oil" is THREATEN IRN (conditional retaliation; a threat is asserted), actor2
  null (the shipping targeted is unnamed; IRQ, whose raids would trigger it, arguable), DCT, LONDON (wire
  style). The weapons' capabilities ("capable of hitting", "would enable Iran to strike") are not events.
* 6024 (EC Commission to visit Bonn, DCT Tue 1987-03-17, BRUSSELS): "EC diplomats said" (twice, "they
  said") is anonymous (EVENTS.md 4: diplomats). "Kohl has invited the European Community's 17-man
  Commission for talks in Bonn next month" is REQUEST DEU GOV -> the Commission (null IGO; an invitation to
  talks, 9a / the Peruvian invitation), undated (a perfect verbal act, sets 15/16; "next month" dates the
  talks, which are the invitation's content). "The Commissioners ... will pay a two-day visit to Bonn on
  April 1-2" is CONSULT null IGO -> DEU GOV (visitor first), planned, 1987-04-01 (a range dated by its start,
  EVENTS.md 21), located in Bonn; "when they were due for a meeting with the principal West German cabinet
  members" is its later mention (placed in the visit). "The meeting, the first of its kind ..." is
  anaphoric; the Commission's restructuring plans and Bonn's "strong opposition" sit in anonymous talk
  (skipped; the opposition is asserted next). "Kohl has written two letters to Delors, complaining that the
  plans would hit West German farmers hard" is ACCUSE DEU GOV -> Delors (null IGO) on "complaining" ("has
  written two letters" its vehicle, skipped), undated; "His farm minister Ignaze Kiechle has publicly
  criticised the two German members of the Commission" is ACCUSE DEU GOV -> the Commissioners (null IGO:
  members acting for the Commission, EVENTS.md 13's GATT official), undated; "This caused protest from
  Brussels" is ACCUSE by the Commission ("Brussels" by metonymy: null IGO) -> the minister (implied, DEU
  GOV; "This" is his criticism), undated (a verbal protest is a complaint, not a PROTEST demonstration). The
  Commission's guarding of its members' independence and the governments' nominations are habitual.
* 12039 (Toshiba and U.K. trade anger, DCT Wed 1987-04-01, LONDON; the same row as 60b's 12468):
  "Government and industry sources said" and "industry sources said" are anonymous. "U.K. Authorities have
  lost patience with Japanese trading practices and said they are seeking ways to retaliate" is THREATEN
  GBR GOV -> JPN (a warning of retaliation in the speakers' hands; identifiable officials of a named
  government, EVENTS.md 4), DCT, LONDON; "lost patience" stative (ACCUSE arguable). '"... when we are
  looking for someone to punch," one official told Reuters' is a STATEMENT GBR GOV (a U.K. official from
  context; an assessment of Toshiba's timing, THREATEN arguable), and '"Toshiba's timing is most
  extraordinary," one official at the Department of Trade and Industry (DTI) said' a STATEMENT GBR GOV,
  both DCT. "Earlier, <Toshiba Information Systems (U.K.) Ltd> said it wanted to enter the British ...
  market" is a STATEMENT GBR BUS (a corporate plan: no type), DCT ("Earlier" gives no value, EVENTS.md 16).
  "Tommorrow, the U.K. Government will consider what legal action it can possible take to press for
  Japanese reform" is SANCTION GBR GOV -> JPN, hypothetical (merely under consideration, as 60b's
  "considering how to retaliate" and events_dev's "what sanctions if any"), undated; "consider" is the
  internal deliberation (skipped). "Thatcher has given notice that the U.K. Would fight the Japanese
  government's attempt to prevent Cable and Wireless Plc ..." is THREATEN GBR GOV -> JPN GOV on "notice",
  undated (a perfect verbal act, sets 15/16); the attempt is a background nominal (60b). '"We regard this as
  a test case," she told Parliament' is a STATEMENT (DCT, LONDON; Parliament is the audience). "..., officials
  said" (U.K. officials from context: keen to see movement, worried about rhetoric) is a STATEMENT GBR GOV,
  DCT. "Japanese officials in Tokyo today reiterated that Japan had no plans to bow to U.K. And U.S.
  Pressure ..." is REJECT JPN GOV -> GBR and -> USA (compound split, EVENTS.md 12), 1987-04-01 ("today"),
  located in Tokyo; the pressure and Japan's "refusal" in S6 are background nominals.
* 10341 (Japan's February trade surplus, DCT Fri 1987-03-27, TOKYO): "Japan today announced another
  mammoth monthly trade surplus" is a STATEMENT JPN GOV (statistics release), 1987-03-27 ("today"), TOKYO;
  "The Finance Ministry said today that the trade surplus soared ..." is its later mention (the same
  release). Named economists of named firms are identifiable (37a/53a): Jardine Fleming's Eric Rasmussen
  (HKG BUS; three reporting clauses: "said", "Jardine's Rasmussen said", "he said") and Merrill Lynch Japan
  Inc's William Stirling (JPN BUS) give four STATEMENTs (assessments and forecasts; Rasmussen's "The world
  has every reason to be furious with Japan" is an assessment, ACCUSE arguable), DCT. "Finance Ministry
  officials blamed last month's slower import growth on a decline in oil imports" is a STATEMENT (an
  explanation of a statistic; no actor blamed, so not ACCUSE) and "..., they said" a STATEMENT, DCT; "The
  officials took comfort from a decline in the volume of exports" is an attitude reported with that "they
  said" (skipped; STATEMENT arguable). The plain "economists said" and "economists warned" are anonymous;
  the surplus, current account and import movements are statistics.
* 16068 (dollar at a Tokyo record low, DCT Thu 1987-04-09, dateline TOKYO, April 10): no event (a
  negative): every speaker is a dealer (anonymous), the Bank of Japan's buying of dollars is currency
  intervention (a monetary operation, EVENTS.md 10), selling by securities houses and investors is market
  activity by unnamed actors, and the rest are market-price movements.
* 3248 (London Exchange on the NYSE rule, DCT Mon 1987-03-09, LONDON): "a London Exchange spokeswoman said"
  (officials confident the problems can be solved) and "she added" (the situation will be sorted out in the
  regular contacts between the exchanges) are two STATEMENTs GBR ORG (stock exchanges kind ORG, 17a's 3012),
  DCT, LONDON; the regular contacts are habitual content (CONSULT GBR <-> USA arguable). "Recent press
  reports raised the possibility ..." has no named author (skipped); London's plan to close its floor
  (unattributed, own plan: no type) and the NYSE's recognition rule (stative) are not events.
* 11820 (German call money, DCT Wed 1987-04-01, FRANKFURT): "Commerzbank AG's management board chairman
  Walter Seipp called on the Bundesbank to reduce interest rates ..." is REQUEST DEU BUS -> DEU GOV, DCT
  (wire style), FRANKFURT. Everything else is dealers' talk (anonymous), Bundesbank repurchase tenders and
  credit policy (monetary), banks' liquidity moves and Lombard borrowing by unnamed banks (market activity),
  rate movements, and "Bundesbank figures showed" / "the data showed" (documents, own_blind2).
* 13950 (Volcker on exchange-rate stability, DCT Tue 1987-04-07, WASHINGTON): "Volcker said international
  policymakers should make improving the stability of exchange rates a major priority" is REQUEST USA GOV
  -> the policymakers (a group: null; EVENTS.md 2, 72a's "foreign governments should ..."), DCT, WASHINGTON.
  "In testimony before a Senate Banking subcommittee, Volcker said he does not have any specific proposals
  ..." is a STATEMENT (the subcommittee is the audience), DCT; "but thought it was worthy goal" is
  coordinated with that "said" (skipped; a second STATEMENT arguable). The quote '"I do think we ought to
  be thinking about and working toward greater exchange rate stability," Volcker said' restates the lead's
  paraphrase: a later mention of the REQUEST (EVENTS.md 3; the policymakers implied), and the following
  quoted sentence has no reporting verb of its own.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind73a.jsonl"

LON = ("LONDON", "GBR")
TOK = ("TOKYO", "JPN")
FRA = ("FRANKFURT", "DEU")
WAS = ("WASHINGTON", "USA")
BASRA = ("Basra", "IRQ")
TOKYO_TXT = ("Tokyo", "JPN")

IRN_GOV = "IRN", "GOV"
IRN_MIL = "IRN", "MIL"
CHN_GOV = "CHN", "GOV"
GBR_ORG = "GBR", "ORG"
GBR_GOV = "GBR", "GOV"
GBR_BUS = "GBR", "BUS"
DEU_GOV = "DEU", "GOV"
DEU_BUS = "DEU", "BUS"
JPN_GOV = "JPN", "GOV"
JPN_BUS = "JPN", "BUS"
HKG_BUS = "HKG", "BUS"
USA_GOV = "USA", "GOV"
IGO = None, "IGO"
VOLCKER = ("Federal Reserve Board Chairman Paul Volcker",) + USA_GOV

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10628": {
        "events": [
            # 0
            (
                "AID",
                "help",
                ("China",) + CHN_GOV,
                ("Iran",) + IRN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Iran produced a short-range missile with technological help from China (military help mainly for the "
                "recipient: AID; COOPERATE arguable); the Observer's 'said' is rule-3 attribution; present perfect, "
                "relayed by a newspaper, no time expression: undated",
            ),
            # 1
            (
                "COOPERATE",
                "working",
                ("Iran",) + IRN_GOV,
                ("Peking",) + CHN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Iran is working with Peking on a longer-range missile (military cooperation between two identified "
                "parties); present progressive with no time expression: undated (14a/17a); 'said' attribution",
            ),
            # 2
            (
                "ASSAULT",
                "fired",
                (None,) + IRN_MIL,
                ("the Iraqi port of Basra", "IRQ", None),
                BASRA,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the Iranian short-range missile had been fired at Basra (agentless: Iran implied, the missile's "
                "owner); the paper's 'said' is rule-3 attribution ('quoting Iranian sources' anonymous); pluperfect, "
                "no time expression: undated",
            ),
            # 3
            (
                "STATEMENT",
                "according to",
                (("Observer", "according to the"),) + GBR_ORG,
                None,
                LON,
                "1987-03-28",
                "day",
                None,
                "asserted",
                None,
                "the other missile type is at an advanced stage of development (no type); a newspaper as an "
                "identifiable ORG speaker (own_dev; 'according to' a named author, 29b); wire style: DCT (published "
                "1987-03-28 although the dateline says March 29), dateline city",
            ),
            # 4
            (
                "STATEMENT",
                "acknowledged",
                (("Iran", "Iran acknowledged"),) + IRN_GOV,
                None,
                None,
                "1987-03",
                "month",
                "Earlier this month",
                "asserted",
                None,
                "Iran acknowledged it had acquired Chinese-made Silkworm missiles (the acquisition from an unnamed "
                "seller is content, 34a/16a: COOPERATE IRN -> CHN arguable); 'Earlier this month' = 1987-03, month; "
                "not dated by the DCT: location null",
            ),
            # 5
            (
                "THREATEN",
                ("said", "Iran said"),
                (("Iran", "Iran said"),) + IRN_GOV,
                None,
                LON,
                "1987-03-28",
                "day",
                None,
                "asserted",
                None,
                "Iran would use its Silkworms against shipping in the waterway only if Iraqi raids stopped its oil "
                "exports (conditional retaliation: a threat is asserted); the targets (shipping) are unnamed: actor2 "
                "null (IRQ, whose raids would trigger it, arguable); wire style: DCT, dateline city",
            ),
        ],
        "skip": [
            ("produced", "weapons production (no type; the help is the event)"),
            (("hitting", "capable of"), "capability (content)"),
            (("said", "the Observer newspaper"), "rule-3 attribution (the help and the cooperation are the events)"),
            ("quoting", "anonymous-source attribution (Iranian sources)"),
            (("said", "Iranian sources,"), "rule-3 attribution (the firing at Basra is the event)"),
            ("based on", "stative"),
            ("development", "stative (the missile's development stage: content of the statement)"),
            (("development", "The development"), "background nominal (Iran's weapon development, no type)"),
            ("strike", "hypothetical capability ('would enable'), no event"),
            (
                "acquired",
                "content of the acknowledgement (acquisition from an unnamed seller; COOPERATE IRN -> CHN arguable)",
            ),
            (("hitting", "capable of hitting tankers"), "capability (content)"),
            ("use", "content of the threat"),
            ("raids", "condition of the threat (Iraqi raids; ASSAULT IRQ -> IRN hypothetical arguable)"),
            ("prevented", "condition of the threat"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            ("China", "GPE", "CHN"),
            ("Peking", "GPE", "CHN"),
            ("Iraq", "GPE", "IRQ"),
            ("Observer", "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            ("Iranian", "NORP", "IRN"),
            ("Chinese", "NORP", "CHN"),
            ("Soviet", "NORP", "SUN"),
            ("Iraqi", "NORP", "IRQ"),
            ("Basra", "GPE", "IRQ"),
            (("Soviet", "similar to the"), "NORP", "SUN"),
            (("Observer", "according to the"), "ORG", "GBR"),
            (("Iran", "enable"), "GPE", "IRN"),
            (("Iran", "Iran acknowledged"), "GPE", "IRN"),
            (("Chinese", "had acquired"), "NORP", "CHN"),
            ("Arab", "NORP", None),
            ("West", "LOC", None),
            (("Iran", "Iran said"), "GPE", "IRN"),
            (("Iraqi", "only if"), "NORP", "IRQ"),
        ],
    },
    "reuters21578-6024": {
        "events": [
            # 0
            (
                "REQUEST",
                "invited",
                ("West German Chancellor Helmut Kohl",) + DEU_GOV,
                ("the European Community's 17-man Commission",) + IGO,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Kohl invited the EC Commission for talks in Bonn (an invitation to talks: REQUEST, 9a / the Peruvian "
                "invitation); present perfect, no time expression of its own ('next month' dates the talks): undated "
                "(15/16's perfect verbal acts); 'EC diplomats said' anonymous",
            ),
            # 1
            (
                "CONSULT",
                "visit",
                ("The Commissioners",) + IGO,
                (("Bonn", "visit to"),) + DEU_GOV,
                ("Bonn", "DEU"),
                "1987-04-01",
                "day",
                "April 1-2",
                "planned",
                None,
                "the Commissioners will pay a two-day visit to Bonn on April 1-2 (visitor first: the Commission null "
                "IGO -> the host, West Germany); dated by its start (EVENTS.md 21's 'today and tomorrow'); the S1 "
                "'talks' are the invitation's content",
            ),
            # 2
            (
                "CONSULT",
                ("meeting", "due for a"),
                ("The Commissioners",) + IGO,
                ("the principal West German cabinet members",) + DEU_GOV,
                ("Bonn", "DEU"),
                "1987-04-01",
                "day",
                "April 1-2",
                "planned",
                1,
                "later mention: the meeting with the West German cabinet members the Commissioners are due for during "
                "the visit (placed in it: its date, rule 3)",
            ),
            # 3
            (
                "ACCUSE",
                "complaining",
                (("Kohl", "Kohl has written"),) + DEU_GOV,
                (("Delors", "letters to"),) + IGO,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Kohl's letters to Delors complaining the Commission plans would hit West German farmers (complaint "
                "against the Commission's plans; the head of an international body: null IGO); 'has written two "
                "letters' its vehicle (skipped); present perfect, no time expression: undated",
            ),
            # 4
            (
                "ACCUSE",
                "criticised",
                ("His farm\nminister Ignaze Kiechle",) + DEU_GOV,
                ("the two German\nmembers of the Commission",) + IGO,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Kiechle publicly criticised the two German Commissioners (members acting for the Commission: null IGO, "
                "EVENTS.md 13's GATT official); present perfect: undated",
            ),
            # 5
            (
                "ACCUSE",
                "protest",
                ("Brussels",) + IGO,
                (None,) + DEU_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Kiechle's criticism caused protest from Brussels (the Commission, by metonymy: null IGO) against the "
                "minister (implied, DEU GOV: 'This' is his criticism); a verbal protest is a complaint (ACCUSE), not "
                "a demonstration; no time expression: undated",
            ),
        ],
        "skip": [
            ("talks", "content of the invitation (the visit of S2 is the event)"),
            ("repair", "purpose clause"),
            (("said", "EC diplomats"), "anonymous-source talk (diplomats, EVENTS.md 4)"),
            (("meeting", "The meeting, the first"), "anaphoric nominal (the meeting during the visit)"),
            ("focus", "content (the meeting's original agenda)"),
            (("said", "But they"), "anonymous-source talk (the EC diplomats)"),
            ("dominated", "content of anonymous talk"),
            ("plans", "content of anonymous talk (the Commission's internal plans)"),
            ("restructure", "content of anonymous talk"),
            (
                "opposition",
                "background nominal in a relative clause of anonymous talk (Bonn's opposition; ACCUSE DEU "
                "-> EC arguable; asserted in the next sentence)",
            ),
            ("written", "vehicle of the complaint (the letters; 'complaining' names the act)"),
            ("hit", "content of the complaint"),
            ("failing", "content of the criticism"),
            ("oppose", "content of the criticism"),
            ("guard", "habitual (the Commission's standing practice)"),
            ("nominate", "habitual nominations (appointments, not events)"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Helmut Kohl", "PERSON", "DEU"),
            ("European Community", "ORG", None),
            (("Commission", "17-man"), "ORG", None),
            ("Bonn", "GPE", "DEU"),
            ("EC", "ORG", None),
            ("Jacques Delors", "PERSON", None),
            (("Bonn", "visit to"), "GPE", "DEU"),
            (("West German", "principal"), "NORP", "DEU"),
            (("Commission", "between the"), "ORG", None),
            ("West Germany", "GPE", "DEU"),
            (("Commission", "dominated by"), "ORG", None),
            (("EC", "restructure the"), "ORG", None),
            (("Bonn", "opposition"), "GPE", "DEU"),
            (("Kohl", "Kohl has written"), "PERSON", "DEU"),
            (("Delors", "letters to"), "PERSON", None),
            (("West German", "hit"), "NORP", "DEU"),
            ("Ignaze Kiechle", "PERSON", "DEU"),
            (("German", "the two"), "NORP", "DEU"),
            (("Commission", "members of the"), "ORG", None),
            ("Brussels", "GPE", "BEL"),
            (("Commission", "where the"), "ORG", None),
        ],
    },
    "reuters21578-12039": {
        "events": [
            # 0
            (
                "THREATEN",
                ("said", "Japanese trading practices"),
                ("U.K. Authorities",) + GBR_GOV,
                (("Japanese", "patience with"),) + JPN_GOV,
                LON,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "said they are seeking ways to retaliate against Japanese trading practices (a warning of retaliation "
                "in the speakers' hands: THREATEN toward Japan); identifiable officials of a named government "
                "(EVENTS.md 4); wire style: DCT, dateline city; 'have lost patience' stative",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("one official", "punch,"),) + GBR_GOV,
                None,
                LON,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "Toshiba's timing unfortunate, 'we are looking for someone to punch' (an assessment; THREATEN arguable); "
                "a U.K. official (the previous sentence's authorities: identifiable, EVENTS.md 4); 'told Reuters': the "
                "audience is no actor2; DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "(U.K.) Ltd>"),
                ("Toshiba Information Systems (U.K.) Ltd",) + GBR_BUS,
                None,
                LON,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "it wanted to enter the British facsimile and key telephone market (a corporate plan: no type); the "
                "subsidiary's country from its name (28b, 60b's 12468); 'Earlier' gives no value: DCT (EVENTS.md 16's "
                "'Earlier it reported')",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "(DTI)"),
                ("one\nofficial at the Department of Trade and Industry (DTI)",) + GBR_GOV,
                None,
                LON,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "Toshiba's timing is most extraordinary (assessment); DCT",
            ),
            # 4
            (
                "SANCTION",
                "legal action",
                ("the U.K. Government",) + GBR_GOV,
                (("Japanese", "press for"),) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "hypothetical",
                None,
                "legal action the government can take to press for Japanese reform, to be considered tomorrow: "
                "measures merely under consideration (EVENTS.md modality, 60b's 12468 'considering how to retaliate'), "
                "undated (as events_dev's 'what sanctions if any'); 'consider' the internal deliberation (skipped)",
            ),
            # 5
            (
                "THREATEN",
                "notice",
                ("Prime Minister Margaret Thatcher",) + GBR_GOV,
                ("the Japanese government",) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "has given notice that the U.K. would fight the Japanese government's attempt to block Cable and "
                "Wireless (a warning to Japan); a perfect verbal act with no time expression: undated (15/16)",
            ),
            # 6
            (
                "STATEMENT",
                ("told", "she"),
                (("she", "test case,"),) + GBR_GOV,
                None,
                LON,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "'We regard this as a test case' (assessment) told to Parliament (the audience, no actor2); wire style: "
                "DCT, dateline city",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "out of hand,"),
                (("officials", "out of hand,"),) + GBR_GOV,
                None,
                LON,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "the U.K. is keen to see movement but worried anti-Japanese rhetoric may get out of hand (assessment; "
                "U.K. officials from context: identifiable, EVENTS.md 4); DCT",
            ),
            # 8
            (
                "REJECT",
                "reiterated",
                ("Japanese officials",) + JPN_GOV,
                (("U.K.", "bow to"),) + GBR_GOV,
                TOKYO_TXT,
                "1987-04-01",
                "day",
                "today",
                "asserted",
                None,
                "Japan has no plans to bow to U.K. pressure to open its telecommunications market (a refusal; compound "
                "split, EVENTS.md 12: GBR); 'today', in Tokyo",
            ),
            # 9
            (
                "REJECT",
                "reiterated",
                ("Japanese officials",) + JPN_GOV,
                (("U.S.", "And"),) + USA_GOV,
                TOKYO_TXT,
                "1987-04-01",
                "day",
                "today",
                "asserted",
                None,
                "the same refusal toward U.S. pressure (compound split: USA)",
            ),
        ],
        "skip": [
            ("enter", "corporate plan (no type)"),
            ("risks", "assessment in anonymous talk"),
            ("war of words", "background nominal (GBR <-> JPN accusations; ACCUSE arguable)"),
            (("said", "Government and industry sources"), "anonymous-source talk (government and industry sources)"),
            ("lost patience", "stative attitude (ACCUSE GBR -> JPN arguable)"),
            ("seeking", "part of the threat's content (seeking ways to retaliate)"),
            ("retaliate", "content of the threat"),
            ("unleashing", "content of the threat"),
            ("punch", "content of the statement"),
            (("enter", "wanted to"), "content of the statement (corporate plan)"),
            (("said", "within a business, industry sources"), "anonymous-source talk (industry sources)"),
            ("The move", "anaphoric nominal (Toshiba's planned entry)"),
            ("dispute", "background nominal"),
            (
                "refusal",
                "background nominal (Japan's refusal to open its market; REJECT arguable, asserted in the "
                "last sentence)",
            ),
            ("open up", "content of the refusal"),
            ("consider", "internal deliberation of the government (the considered measure is the event)"),
            ("press for", "purpose of the considered measure"),
            ("fight", "content of the threat"),
            (
                "attempt",
                "background nominal (Japan's attempt to block Cable and Wireless; REJECT/SANCTION JPN -> GBR arguable)",
            ),
            ("prevent", "content of the background nominal"),
            ("taking", "content of the background nominal"),
            ("movement", "content of the statement"),
            ("rhetoric", "background nominal (anonymous rhetoric)"),
            ("bow", "content of the refusal"),
            ("Pressure", "background nominal (U.K. and U.S. pressure, the rejected demand; REQUEST arguable)"),
            (("give", "Pressure to"), "content of the pressure"),
        ],
        "entities": [
            ("Toshiba Corp", "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Britain", "GPE", "GBR"),
            (("Japan", "trade between"), "GPE", "JPN"),
            ("U.K.", "GPE", "GBR"),
            (("U.K.", "sources said."), "GPE", "GBR"),
            (("Japanese", "patience with"), "NORP", "JPN"),
            (("Toshiba", "Toshiba's timing seems"), "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            ("Toshiba Information Systems (U.K.) Ltd", "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            (("Toshiba", "The move by"), "ORG", "JPN"),
            (("Japan", "dispute over"), "GPE", "JPN"),
            (("Toshiba", "Toshiba's timing is"), "ORG", "JPN"),
            ("Department of Trade and Industry", "ORG", "GBR"),
            ("DTI", "ORG", "GBR"),
            (("U.K.", "Tommorrow, the"), "GPE", "GBR"),
            (("Japanese", "press for"), "NORP", "JPN"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            (("U.K.", "notice that the"), "GPE", "GBR"),
            (("Japanese", "fight the"), "NORP", "JPN"),
            ("Cable and Wireless Plc", "ORG", "GBR"),
            (("Japanese", "new"), "NORP", "JPN"),
            ("Parliament", "ORG", "GBR"),
            (("U.K.", "But while the"), "GPE", "GBR"),
            (("Japan", "issue by"), "GPE", "JPN"),
            (("Japanese", "anti-"), "NORP", "JPN"),
            (("Japanese", "Japanese officials"), "NORP", "JPN"),
            (("Tokyo", "officials in"), "GPE", "JPN"),
            (("Japan", "reiterated that"), "GPE", "JPN"),
            (("U.K.", "bow to"), "GPE", "GBR"),
            (("U.S.", "And"), "GPE", "USA"),
        ],
    },
    "reuters21578-10341": {
        "events": [
            # 0
            (
                "STATEMENT",
                "announced",
                ("Japan",) + JPN_GOV,
                None,
                TOK,
                "1987-03-27",
                "day",
                "today",
                "asserted",
                None,
                "Japan announced another mammoth monthly trade surplus (a statistics release); 'today' = DCT, no place "
                "in the text: dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Eric Rasmussen"),
                ("Jardine Fleming (Securities) Ltd economist\nEric Rasmussen",) + HKG_BUS,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "'The world has every reason to be furious with Japan ...' (an economist's assessment; ACCUSE arguable); "
                "a named economist of a named firm is identifiable (37a/53a); Jardine Fleming the Hong Kong securities "
                "house (the text gives no country); wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "The Finance Ministry"),
                ("The Finance Ministry",) + JPN_GOV,
                None,
                TOK,
                "1987-03-27",
                "day",
                "today",
                "asserted",
                0,
                "later mention: the Finance Ministry's release of the February surplus figures (the same release as "
                "the lead's 'Japan today announced'); 'today' = DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", 'yen strength,"'),
                ("William\nStirling",) + JPN_BUS,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "the modest improvement may be too slow to ward off protectionism (forecast); a named economist of "
                "Merrill Lynch Japan Inc (the subsidiary's country from its name, 28b); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "Jardine's Rasmussen"),
                ("Jardine's Rasmussen",) + HKG_BUS,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "some progress in getting exports down (assessment); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "remains sluggish, he"),
                (("he", "remains sluggish,"),) + HKG_BUS,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "imports not picking up because the economy is sluggish (assessment; a second reporting clause); DCT",
            ),
            # 6
            (
                "STATEMENT",
                "blamed",
                ("Finance Ministry officials",) + JPN_GOV,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "the officials attributed last month's slower import growth to lower oil imports (an explanation of a "
                "statistic, no actor blamed: STATEMENT, not ACCUSE); wire style: DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "on exports, they"),
                (("they", "on exports,"),) + JPN_GOV,
                None,
                TOK,
                "1987-03-27",
                "day",
                None,
                "asserted",
                None,
                "the yen's rise is finally having an impact on exports (assessment); DCT",
            ),
        ],
        "skip": [
            (("said", "that economists"), "anonymous-source talk (economists)"),
            ("intensify", "content of anonymous talk"),
            (("pressure", "mounting"), "content of anonymous talk (pressure on Japan from unnamed parties)"),
            ("furious", "content of the statement"),
            ("soared", "statistics"),
            ("climbed", "statistics"),
            (("declined", "surplus"), "statistics"),
            ("expect", "content of the statement"),
            ("ward off", "content of the statement"),
            ("protectionism", "content of the statement (unnamed protectionism)"),
            (("making some", "we appear to be"), "content of the statement"),
            ("picking up", "statistics (content)"),
            ("worked off", "market activity by unnamed refiners"),
            ("built up", "market activity by unnamed refiners"),
            (
                "took comfort",
                "attitude of the officials, reported with the next sentence's 'they said' (STATEMENT arguable)",
            ),
            ("impact", "content of the statement"),
            ("warned", "anonymous-source talk (economists)"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            (("Japan", "furious with"), "GPE", "JPN"),
            ("Jardine Fleming (Securities) Ltd", "ORG", "HKG"),
            ("Eric Rasmussen", "PERSON", "HKG"),
            ("Finance Ministry", "ORG", "JPN"),
            ("William\nStirling", "PERSON", "JPN"),
            ("Merrill Lynch Japan Inc", "ORG", "JPN"),
            (("Japanese", "make"), "NORP", "JPN"),
            (("Jardine", "Jardine's Rasmussen"), "ORG", "HKG"),
            (("Rasmussen", "Jardine's Rasmussen"), "PERSON", "HKG"),
            (("Japanese", "because the"), "NORP", "JPN"),
            (("Finance Ministry", "Finance Ministry officials"), "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Japan", "soon enough for"), "GPE", "JPN"),
        ],
    },
    "reuters21578-16068": {
        "events": [],
        "skip": [
            (("intervention", "aggressive Bank of Japan"), "currency intervention (monetary operation)"),
            (("said", "intervention, dealers"), "anonymous-source talk (dealers)"),
            (("set", "144.70 yen"), "market record (no actor)"),
            ("bought", "currency intervention (monetary operation)"),
            (("said", "opening, the dealers"), "anonymous-source talk (dealers)"),
            (("intervention", "The intervention"), "anaphoric nominal (the intervention, a monetary operation)"),
            (("fell", "when the dollar"), "market-price movement"),
            (("said", "one dealer"), "anonymous-source talk (a dealer)"),
            (("intervention", "despite central bank"), "currency intervention (monetary operation)"),
            (("said", "143.00 yen, dealers"), "anonymous-source talk (dealers)"),
            ("Selling pressure", "market activity by unnamed sellers"),
            (("said", "for the dollar, they"), "anonymous-source talk (dealers)"),
            (("sell", "expected to"), "market activity by unnamed investors (content of anonymous talk)"),
            (("said", "143.50 yen, dealers"), "anonymous-source talk (dealers)"),
            (("intervention", "Bank of Japan intervention and"), "currency intervention (monetary operation)"),
            (("said", "short-covering, they"), "anonymous-source talk (dealers)"),
        ],
        "entities": [
            ("Tokyo", "GPE", "JPN"),
            ("Bank of Japan", "ORG", "JPN"),
            ("New York", "GPE", "USA"),
            (("Tokyo", "through"), "GPE", "JPN"),
            (("New York", "1.8187/97 in"), "GPE", "USA"),
            (("New York", "against the yen in"), "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Bank of Japan", "yen after"), "ORG", "JPN"),
            ("Swiss", "NORP", "CHE"),
            (("New York", "1.5085/00 at the"), "GPE", "USA"),
        ],
    },
    "reuters21578-3248": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("a London Exchange spokeswoman",) + GBR_ORG,
                None,
                LON,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "the exchange's officials are confident the problems from the NYSE rule can be solved (assessment; "
                "stock exchanges kind ORG, 17a's 3012); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "added",
                (("she", "out during"),) + GBR_ORG,
                None,
                LON,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "the situation will be sorted out in the regular contacts between the exchanges (a forecast; a second "
                "reporting clause, EVENTS.md 3); DCT",
            ),
        ],
        "skip": [
            ("feel confident", "content of the statement"),
            ("limit", "content (the rule's possible effect)"),
            ("solved", "content of the statement"),
            ("sorted out", "content of the statement"),
            ("contacts", "content of the statement (regular contacts: habitual; CONSULT GBR <-> USA arguable)"),
            ("raised", "unnamed press reports (anonymous)"),
            ("bar", "content of unnamed press reports (17a's 3012)"),
            (("close", "plans to"), "the exchange's own plan, unattributed (no type, 17a's 3012)"),
            ("recognises", "stative (the NYSE's standing rule)"),
        ],
        "entities": [
            ("London Stock Exchange", "ORG", "GBR"),
            ("New York Stock Exchange", "ORG", "USA"),
            ("NYSE", "ORG", "USA"),
            (("London", "activities in"), "GPE", "GBR"),
            (("NYSE", "in London of"), "ORG", "USA"),
            ("London Exchange", "ORG", "GBR"),
            (("NYSE", "possibility that an"), "ORG", "USA"),
            (("London Exchange", "stocks on the"), "ORG", "GBR"),
            (("NYSE", "hours when the"), "ORG", "USA"),
            (("London", "the NYSE was open."), "GPE", "GBR"),
            (("NYSE", "but the"), "ORG", "USA"),
        ],
    },
    "reuters21578-11820": {
        "events": [
            # 0
            (
                "REQUEST",
                "called on",
                ("Commerzbank AG's management board chairman Walter Seipp",) + DEU_BUS,
                (("Bundesbank", "called on the"),) + DEU_GOV,
                FRA,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "Seipp called on the Bundesbank to cut interest rates (a demand by a bank chief to the central bank); "
                "wire style with no time expression: DCT, dateline city",
            ),
        ],
        "skip": [
            ("fell", "market-price movement (call money rates)"),
            ("took positions", "market activity by unnamed operators"),
            (("said", "Dealers said they expected rates"), "anonymous-source talk (dealers)"),
            (("said", "But dealers said they expected"), "anonymous-source talk (dealers)"),
            ("replace", "monetary operation (content of anonymous talk)"),
            (("tender", "new"), "monetary operation (securities repurchase tender)"),
            (("reduce", "Bundesbank to"), "content of the request"),
            ("protect", "purpose clause"),
            ("bringing", "content of the request"),
            (("said", "But dealers said the Bundesbank"), "anonymous-source talk (dealers)"),
            ("ease", "content of anonymous talk (monetary policy)"),
            ("drained", "market activity by unnamed banks"),
            (("said", "overnight deposits, dealers"), "anonymous-source talk (dealers)"),
            (("showed", "Bundesbank figures"), "a document (figures), not a speech act"),
            ("soared", "market-price movement"),
            ("draw down", "market activity by unnamed banks (central bank facility)"),
            (("showed", "the data"), "a document (data), not a speech act"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            ("Commerzbank AG", "ORG", "DEU"),
            ("Walter Seipp", "PERSON", "DEU"),
            (("Bundesbank", "called on the"), "ORG", "DEU"),
            (("Bundesbank", "dealers said the Bundesbank was"), "ORG", "DEU"),
            ("West German", "NORP", "DEU"),
            (("Bundesbank", "Bundesbank figures"), "ORG", "DEU"),
            (("Bundesbank", "meet"), "ORG", "DEU"),
        ],
    },
    "reuters21578-13950": {
        "events": [
            # 0
            (
                "REQUEST",
                "said",
                VOLCKER,
                ("international policymakers",) + IGO,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "international policymakers should make exchange-rate stability a major priority (an identifiable set "
                "of actors told how to act, EVENTS.md 2; a group: null, 72a's 'foreign governments'); wire style: DCT, "
                "dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Volcker\nsaid he"),
                (("Volcker", "subcommittee,"),) + USA_GOV,
                None,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "he has no specific proposals for improving exchange-rate stability (testimony before a Senate Banking "
                "subcommittee; the audience is no actor2); DCT",
            ),
            # 2
            (
                "REQUEST",
                ("said", 'exchange rate stability,"'),
                (("Volcker", 'exchange rate stability,"'),) + USA_GOV,
                (None,) + IGO,
                WAS,
                "1987-04-07",
                "day",
                None,
                "asserted",
                0,
                "later mention: the quote ('we ought to be ... working toward greater exchange rate stability') restates "
                "the lead's paraphrase (EVENTS.md 3; the policymakers implied: the lead's target); the next quoted "
                "sentence continues it (no reporting verb)",
            ),
        ],
        "skip": [
            ("testimony", "occasion of the reporting clause"),
            ("proposals", "content of the statement"),
            (
                "thought",
                "coordinated with 'said' in the same reporting clause ('but thought it was worthy goal'; a "
                "second STATEMENT arguable)",
            ),
            ("thinking about", "content of the quote"),
            ("working toward", "content of the quote"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Paul\nVolcker", "PERSON", "USA"),
            ("Senate Banking subcommittee", "ORG", "USA"),
            (("Volcker", "subcommittee,"), "PERSON", "USA"),
            (("Volcker", 'exchange rate stability,"'), "PERSON", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
