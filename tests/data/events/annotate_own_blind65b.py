"""Build ``own_blind65b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind65b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2162 left); 24 drawn with random.Random(65101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
38 event records (33 first mentions, 5 later mentions), 67 not_annotated spans, 64 entity mentions
(GPE 23, ORG 22, PERSON 15, LOC 2, NORP 2); 4681 (STC olein tender) has no event (a negative: anonymous
traders and an unnamed seller); 1069 (Accu-Weather) and 12696 (Fannie Mae's Maxwell) have reporting-clause
STATEMENTs only.
Types: STATEMENT 23, REQUEST 7, CONSULT 3, AID 2, MOBILIZE 2, THREATEN 1; modality: asserted 36, negated 2;
precision: day 34, unknown 4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed: the actor of Redman's "declined to
elaborate" landed on "Charles Redman"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles and styles are not part of a PERSON span ("State Department spokesman Charles Redman": ORG +
PERSON; "Bank of Japan Governor Satoshi Sumita": ORG + PERSON; "President Reagan's former chief of staff":
PERSON "Reagan"; "Prime minister Andreas Papanderou": PERSON, the text's spelling kept); company names are
tagged with their legal form and without angle brackets, tickers ("<MER>") are not entities; the possessive
's is left out ("Iraq's", "Reagan's", "Japan's"); a government body with its country word is one ORG span
("U.S. Agriculture Department"), an organisation name holding a place name is one ORG span with no nested
GPE ("New York Financial Writers' Association", "Indian State Trading Corporation", as 55a's "Radio
Moscow"); programmes (Export Credit Guarantee Program, GSM-102/103), currencies and products are not
entities; "ABC" in "the ABC television network" is an ORG (the lower-case "television network" not part of
it); "Aegean" is a LOC with no country (43a).
Countries: the Commodity Credit Corporation / CCC, the U.S. Agriculture Department / USDA / "the
department" (not a span) ORG USA, "U.S." GPE USA, Iraq GPE IRQ, Iraq's State Trade Organization for Grains
and Foodstuffs ORG IRQ, Jordan GPE JOR; the United States and Washington GPE USA, the State Department ORG
USA, Charles Redman / "Redman" PERSON USA, "Greek" NORP GRC, "Turkish" NORP TUR, Greece GPE GRC, Andreas
Papanderou PERSON GRC, NATO ORG null, Brussels GPE BEL; the Indian State Trading Corporation / STC ORG IND;
Donald Regan / "Regan" and Reagan PERSON USA, Merrill Lynch and Co Inc ORG USA, ABC ORG USA, Wall Street
LOC USA (earlier sets); Accu-Weather Inc / "Accu-Weather" ORG USA (earlier sets), the Soviet Union and USSR
GPE SUN, Poland GPE POL, Czechoslovakia GPE CSK (the withdrawn code of a 1987 state, as SUN and YUG),
Romania GPE ROU; Bank of Japan ORG JPN, Satoshi Sumita PERSON JPN, Japan GPE JPN; the Federal National
Mortgage Association / "Fannie Mae" ORG USA (a U.S. government-sponsored company), David Maxwell /
"Maxwell" PERSON USA, the Federal Reserve ORG USA.

Judgement calls made here:
* 14483 (CCC guarantees for Iraq switched, DCT Tue 1987-04-07, WASHINGTON): "The Commodity Credit
  Corporation (CCC) has transferred 21.0 mln dlrs in credit guarantees previously earmarked for sales of
  U.S. corn and 5.0 mln dlrs for sales of oilseeds to increase available coverage on sales of U.S. poultry
  meat to Iraq, the U.S. Agriculture Department said" is AID USA GOV -> IRQ GOV on "transferred" (credit
  guarantees reallocated to a country, 42b's 11671 "switched" for Ecuador, 32a), undated (present perfect,
  no time expression, rule 17), the department's "said" rule-3 attribution; the earlier earmarking is
  background. "The department said the action was taken at the request of Iraq's State Trade Organization
  for Grains and Foodstuffs" is a STATEMENT (DCT, WASHINGTON): "the action was taken" is an anaphoric
  mention of the transfer and "at the request of" a background nominal with no date (skipped as 25a's
  "request of the Mexican government" and 45a's "at the request of the securities industry"; REQUEST IRQ
  -> USA arguable). The lines "reduced" (no reporting verb) and "increased" are the switch's effect on the
  programme totals (statistics), so "..., USDA said" is a STATEMENT (42b's totals), DCT, WASHINGTON.
* 9021 (CCC wheat credits for Jordan switched, DCT Tue 1987-03-24, WASHINGTON): "The CCC has switched 25.0
  mln dlrs in wheat credit guarantees to Jordan under the Export Credit Guarantee Program to the
  Intermediate Export Credit Guarantee Program, the U.S. Agriculture Department said" is AID USA GOV -> JOR
  GOV on "switched" (credit guarantees, 42b's 11671), undated (rule 17), "said" rule-3 attribution. "The
  switch reduces ..." is an anaphoric nominal with its effect on the totals; the GSM-103 credit terms are a
  programme rule with no reporting verb (skipped); "All sales must be registered and exports completed by
  September 30, 1987, the department said" is a STATEMENT (a programme deadline for unnamed exporters: no
  type; the date belongs to the content, not the saying), DCT, WASHINGTON.
* 10588 (U.S. urges restraint in the Aegean, DCT Fri 1987-03-27, WASHINGTON): "The United States said it
  was doing what it could to ease tension in the Aegean" is a STATEMENT USA GOV (efforts with no type or
  counterpart named), DCT, WASHINGTON; "as Greek and Turkish warships headed for a possible clash" is
  MOBILIZE (a naval deployment short of force, 43a's 10539) split GRC MIL / TUR MIL, actor2 null (43a),
  dated 1987-03-27 (placed by "as" at the time of the U.S. statement, rule 3; undated arguable, as 43a's
  sailing warships relayed by reports), location the Aegean; the "possible clash" is hypothetical content
  (skipped). 'Redman told reporters, "We have urged both sides to exercise restraint ..."' is REQUEST USA
  GOV split -> GRC and -> TUR ("both sides" the span of each, EVENTS.md 12) on "urged" (rule 3: the
  reported act is the event, "told" attribution), undated (a perfect verbal act with no time expression of
  its own, the set-15/16 call). '"... we are consulting with the parties and with other interested allies
  on means to reduce tensions," he added' is CONSULT USA GOV -> GRC, -> TUR ("the parties", implied by
  country) and -> the other allies (a group: null), on "consulting", dated by the report (a present
  progressive reported today = the DCT, the set-19/21 call), location null; "added" rule-3 attribution.
  "Redman declined to elaborate on what Washington was doing" is a withheld STATEMENT (negated, on
  "elaborate"; "declined" unlisted), and "but he said an emergency meeting of NATO ambassadors in Brussels
  ... was only one path it was pursuing" a STATEMENT (the NATO meeting is internal to one body, 43a:
  skipped), both DCT, WASHINGTON. "He also refused to say which side was to blame" is a withheld STATEMENT
  (negated, on "say", 40a's "refused to disclose"; "refused" unlisted), DCT; "saying Washington was still
  trying to ascertain all the facts" is its participial elaboration (EVENTS.md 3, skipped). "as Prime
  minister Andreas Papanderou said Greece was prepared to tackle any aggressor" is THREATEN GRC GOV on
  "said" (a warning with consequences; the saying is the act), actor2 null ("any aggressor" names no one;
  TUR implied arguable), DCT (wire style), location null (the Greek premier is not in Washington; the
  dateline city arguable by the letter of the rule). The closing quote '"... We don't want to see tension
  rise and we are doing what we can to see if we can help here," Redman said' restates the lead's "doing
  what it could to ease tension": a later mention of that STATEMENT (EVENTS.md 3; "two friends and allies"
  is stative, SUPPORT arguable).
* 4681 (STC olein tender, DCT Fri 1987-03-13, LONDON): no event (a negative), exactly as 25b's 17105: "The
  Indian State Trading Corporation (STC) bought three cargoes of rbd palm olein at its vegetable oil import
  tender yesterday, traders said" has an identified buyer but no identified seller (skipped; COOPERATE IND
  -> null, 1987-03-12, arguable); both "traders said" are anonymous, "the market was reporting" is market
  talk and the "transacted" counter-trade terms are content of the traders' talk.
* 20409 (Donald Regan on credit, DCT Tue 1987-10-20, WASHINGTON): Regan, a former White House chief of
  staff and one-time Merrill Lynch chairman, holds no office: PERSON USA. "said the government should
  loosen the money supply, try to keep interest rates down and try to reduce the federal budget and trade
  deficits" is REQUEST USA PERSON -> the government (USA GOV; EVENTS.md 2: an identifiable actor told it
  should act), on "said", DCT, WASHINGTON (the interview gives no place or date). '"I think what we have to
  face now is trying to preserve our economy," the one-time chairman ... said in an interview on the ABC
  television network' is a STATEMENT ("we": the speaker's own side, own_blind's "We should ..." call), DCT.
  '"We've got to loosen money, we've got to keep interest rates down ...," Regan said' is the quoted
  restatement of the lead's request (a later mention, EVENTS.md 3). '"I certainly wouldn't tighten money
  at this particular moment," Regan said when asked about the prospects for a recession' is a STATEMENT
  (his own view; the interviewer's question skipped), DCT; the following quote with no reporting verb
  (1929, the money supply choked off) is its content. "Regan also called on the government to impose
  restrictions on program trading" is a second REQUEST USA PERSON -> USA GOV on "called on", DCT (a wire-style
  verbal act), the restrictions its content (SANCTION hypothetical arguable, skipped); '"... it's
  something that they must stop," he said' restates it (later mention). Monday's price drop on Wall
  Street is a market movement.
* 1069 (Accu-Weather winterkill forecast, DCT Tue 1987-03-03, STATE COLLEGE): "private forecaster
  Accu-Weather Inc said" and "Accu-Weather added" are two STATEMENTs (USA BUS, DCT, STATE COLLEGE; 6b's
  Accu-Weather forecast), each with its own content; weather, snow cover and the areas "reporting" snow
  have no acting actor (skipped).
* 9712 (Sumita on the trade surplus, DCT Thu 1987-03-26, TOKYO): "Bank of Japan Governor Satoshi Sumita
  said it is in Japan's national interest to make greater efforts to reduce its trade surplus" is a
  STATEMENT JPN GOV (prescription for his own country, own_blind's call; earlier sets' Sumita), DCT, TOKYO;
  "He told business executives the most important issues ... are the correction of international trade
  imbalances and a solution to the world debt problem" a STATEMENT (assessment), DCT. "To this end, Japan
  and the U.S. Must make medium- and long-term efforts to alter economic structures ..." (no reporting
  verb, Sumita implied) is REQUEST JPN GOV -> USA GOV on "Must make" (an identifiable actor told it must
  act, EVENTS.md 2, as the Lusser "must avoid" record of an earlier set); the Japan half is about the
  speaker's own country and is not split off (the own_blind "We should ..." call), dated as the told
  clause it continues (DCT). "World economic growth and therefore an expansion of debtor countries' export
  markets are needed to solve the debt issue, he added" is a STATEMENT (no actor asked, EVENTS.md 2), DCT.
* 12696 (Fannie Mae's Maxwell on rates, DCT Thu 1987-04-02, NEW YORK): the Federal National Mortgage
  Association is a (government-sponsored) company: Maxwell USA BUS. "There is little scope for a
  substantial increase in U.S. interest rates during 1987, said ... David Maxwell" is a STATEMENT (a
  forecast), DCT, NEW YORK; '"I don't see a substantial rise in rates this year. If anything, the Federal
  Reserve is more likely to ease ...," Maxwell said' is its quoted restatement (later mention, EVENTS.md
  3). "Speaking to the New York Financial Writers' Association, Maxwell said he viewed this week's rise in
  U.S. banks' prime rates ... as a temporary phenomenon" is a STATEMENT ("Speaking" part of the reporting
  clause; the prime-rate rise is banks' pricing, skipped), DCT. "Fannie Mae buys mortgages ... and issues
  mortgage-backed securities" is habitual background (skipped). "Maxwell said restructuring of Fannie Mae
  ... had limited its exposure" (the restructuring internal) and "A one pct rise in rates in 1987 would cost
  shareholders ..., he said" are STATEMENTs. "Maxwell also questioned the view that housing crowds out
  other sectors" is a STATEMENT on "questioned" (disputing a view held by no named actor; REJECT arguable),
  and '"There's no evidence that housing is crowding firms out ...," he said' its quoted restatement
  (later mention); "Both home mortgage debt and long-term corporate debt grew ... in 1986 ..., he said" is
  a STATEMENT (statistics). All DCT, NEW YORK.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind65b.jsonl"

WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
SC = ("STATE COLLEGE", "USA")
TOK = ("TOKYO", "JPN")
NYC = ("NEW YORK", "USA")
AEGEAN_TXT = ("the Aegean", None)

USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
USA_PERSON = "USA", "PERSON"
JPN_GOV = "JPN", "GOV"
GRC_GOV = "GRC", "GOV"
TUR_GOV = "TUR", "GOV"
ACCU = ("private forecaster Accu-Weather Inc", "USA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-14483": {
        "events": [
            # 0
            ("AID", "transferred", ("The Commodity Credit Corporation",) + USA_GOV, ("Iraq",) + ("IRQ", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "credit guarantees moved from corn and oilseed sales to poultry sales to Iraq (42b's 11671 switch for "
             "Ecuador, 32a); present perfect, no time expression: undated (rule 17); USDA's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "The department said"), ("The department",) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "the action was taken at Iraq's request (the action anaphoric, the request a background nominal: "
             "REQUEST IRQ -> USA arguable); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "56.0 mln dlrs, USDA"), ("USDA",) + USA_GOV, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "guarantee lines reduced and increased (programme totals, 42b); DCT"),
        ],
        "skip": [
            ("earmarked", "background (the guarantees' earlier allocation)"),
            (("sales", "earmarked for"), "content of the guarantees"),
            ("increase", "purpose of the transfer"),
            (("said", "Agriculture Department"), "rule-3 attribution (the credit guarantees are the event)"),
            ("action", "anaphoric nominal (the transfer)"),
            ("taken", "anaphoric (the transfer)"),
            ("request", "background nominal with no date (25a/45a's 'at the request of'; REQUEST IRQ -> USA "
                        "arguable)"),
            ("reduced", "effect on the programme totals (statistics, no reporting verb)"),
            (("increased", "has been"), "effect on the programme totals (content of the statement)"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "coverage on"), "GPE", "USA"),
            ("Iraq", "GPE", "IRQ"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Iraq", "request of"), "GPE", "IRQ"),
            ("State Trade Organization for Grains and Foodstuffs", "ORG", "IRQ"),
            ("USDA", "ORG", "USA"),
        ],
    },
    "reuters21578-9021": {
        "events": [
            # 0
            ("AID", "switched", ("The Commodity Credit Corporation",) + USA_GOV, ("Jordan", "JOR", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "wheat credit guarantees to Jordan switched to the intermediate programme (42b's 11671); no time "
             "expression: undated (rule 17); USDA's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "1987, the department"), (("the department", "1987, the"),) + USA_GOV, None, WAS,
             "1987-03-24", "day", None, "asserted", None,
             "programme deadline for sales and exports (no type; 'September 30, 1987' dates the content); DCT, "
             "dateline city"),
        ],
        "skip": [
            (("said", "Agriculture Department"), "rule-3 attribution (the credit guarantees are the event)"),
            (("switch", "The switch"), "anaphoric nominal (the switch)"),
            ("reduces", "effect on the programme totals (statistics)"),
            ("extended", "programme rule (credit terms), no reporting verb"),
            ("registered", "content of the statement (programme rule)"),
            ("completed", "content of the statement (programme rule)"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("Jordan", "GPE", "JOR"),
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
    "reuters21578-10588": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The United States",) + USA_GOV, None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "the U.S. is doing what it can to ease tension in the Aegean (efforts with no type); DCT, dateline "
             "city"),
            # 1
            ("MOBILIZE", "headed", ("Greek", "GRC", "MIL"), None, AEGEAN_TXT,
             "1987-03-27", "day", None, "asserted", None,
             "Greek warships headed for a possible clash (naval deployment short of force, 43a; split by country); "
             "placed by 'as' at the time of the U.S. statement (rule 3; undated arguable)"),
            # 2
            ("MOBILIZE", "headed", ("Turkish", "TUR", "MIL"), None, AEGEAN_TXT,
             "1987-03-27", "day", None, "asserted", None,
             "Turkish warships headed for a possible clash (the Turkish half of the split)"),
            # 3
            ("REQUEST", "urged", ("We",) + USA_GOV, ("both sides",) + ("GRC", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "'We have urged both sides to exercise restraint' (Greek half); perfect verbal act with no time "
             "expression of its own: undated (set 15/16); 'told' is attribution"),
            # 4
            ("REQUEST", "urged", ("We",) + USA_GOV, ("both sides",) + ("TUR", "GOV"), None,
             None, "unknown", None, "asserted", None, "the Turkish half of the urging"),
            # 5
            ("CONSULT", "consulting", (("we", "developments,"),) + USA_GOV, ("the parties",) + ("GRC", "GOV"), None,
             "1987-03-27", "day", None, "asserted", None,
             "consulting with the parties (Greece); present progressive reported today: DCT (set 19-21); 'added' "
             "is attribution"),
            # 6
            ("CONSULT", "consulting", (("we", "developments,"),) + USA_GOV, ("the parties",) + ("TUR", "GOV"), None,
             "1987-03-27", "day", None, "asserted", None, "consulting with the parties (Turkey)"),
            # 7
            ("CONSULT", "consulting", (("we", "developments,"),) + USA_GOV, ("other interested allies", None, "IGO"),
             None, "1987-03-27", "day", None, "asserted", None,
             "consulting with other interested allies (a group: null)"),
            # 8
            ("STATEMENT", "elaborate", (("Redman", "added."),) + USA_GOV, None, WAS,
             "1987-03-27", "day", None, "negated", None,
             "withheld statement: declined to elaborate on what Washington was doing (EVENTS.md 5); DCT"),
            # 9
            ("STATEMENT", ("said", "but he said"), (("he", "but he said"),) + USA_GOV, None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "the NATO ambassadors' emergency meeting is only one path (the meeting internal to NATO, 43a); DCT"),
            # 10
            ("STATEMENT", ("say", "refused to"), (("He", "He also refused"),) + USA_GOV, None, WAS,
             "1987-03-27", "day", None, "negated", None,
             "withheld statement: refused to say which side was to blame (40a's 'refused to disclose'); DCT; "
             "'saying ...' its participial elaboration"),
            # 11
            ("THREATEN", ("said", "Andreas Papanderou"), ("Prime minister Andreas Papanderou",) + GRC_GOV, None, None,
             "1987-03-27", "day", None, "asserted", None,
             "Greece was prepared to tackle any aggressor (a warning with consequences; the saying is the act); "
             "'any aggressor' names no one (TUR implied arguable); wire style: DCT; not in Washington: location "
             "null"),
            # 12
            ("STATEMENT", ("said", "help here,\" Redman"), (("Redman", "help here,\""),) + USA_GOV, None, WAS,
             "1987-03-27", "day", None, "asserted", 0,
             "later mention: 'we are doing what we can to see if we can help' restates the lead (EVENTS.md 3)"),
        ],
        "skip": [
            ("ease", "content of the statement"),
            ("clash", "hypothetical content (a possible clash)"),
            ("told", "rule-3 attribution (the urging is the event)"),
            ("exercise restraint", "content of the request"),
            (("avoid", "restraint and"), "content of the request"),
            ("added", "rule-3 attribution (the consultations are the event)"),
            (("reduce", "means to"), "content of the consultations"),
            ("meeting", "internal meeting of one body (NATO ambassadors, 43a)"),
            ("pursuing", "content of the statement"),
            ("saying", "participial elaboration of the refusal (EVENTS.md 3)"),
            ("ascertain", "content of the statement"),
            ("confrontation", "background nominal"),
            ("tackle", "content of the threat"),
            (("doing", "we are doing"), "content of the statement"),
        ],
        "entities": [
            ("The United States", "GPE", "USA"),
            ("Aegean", "LOC", None),
            ("Greek", "NORP", "GRC"),
            ("Turkish", "NORP", "TUR"),
            ("State Department", "ORG", "USA"),
            ("Charles Redman", "PERSON", "USA"),
            (("Redman", "Redman declined"), "PERSON", "USA"),
            (("Washington", "what Washington"), "GPE", "USA"),
            ("NATO", "ORG", None),
            ("Brussels", "GPE", "BEL"),
            (("Washington", "saying Washington"), "GPE", "USA"),
            ("Andreas Papanderou", "PERSON", "GRC"),
            ("Greece", "GPE", "GRC"),
            (("Redman", "help here,\""), "PERSON", "USA"),
        ],
    },
    "reuters21578-4681": {
        "events": [],
        "skip": [
            (("bought", "(STC)"), "purchase at an import tender with no identified seller (25b's 17105; COOPERATE "
                                  "IND -> null, 1987-03-12, arguable)"),
            (("said", "traders"), "anonymous-source talk (traders)"),
            ("reporting", "market talk (the market)"),
            (("bought", "reporting it had"), "content of market talk"),
            ("transacted", "content of anonymous talk (traders)"),
            (("said", "counter-trade basis, traders"), "anonymous-source talk (traders)"),
        ],
        "entities": [
            ("Indian State Trading Corporation", "ORG", "IND"),
            ("STC", "ORG", "IND"),
        ],
    },
    "reuters21578-20409": {
        "events": [
            # 0
            ("REQUEST", "said", ("Donald Regan",) + USA_PERSON, ("the government",) + USA_GOV, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "the government should loosen the money supply, keep rates down, cut the deficits (EVENTS.md 2: an "
             "identifiable actor told it should act); DCT, dateline city (the interview gives no place)"),
            # 1
            ("STATEMENT", ("said", "one-time chairman"), ("the one-time chairman",) + USA_PERSON, None, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "'what we have to face now is trying to preserve our economy' (the speaker's own side: STATEMENT); DCT"),
            # 2
            ("REQUEST", ("said", "twin deficits"), (("Regan", "trade deficit,\""),) + USA_PERSON,
             (None,) + USA_GOV, WAS,
             "1987-10-20", "day", None, "asserted", 0,
             "later mention: quoted restatement of the lead's call to loosen money and keep rates down"),
            # 3
            ("STATEMENT", ("said", "particular\nmoment,\" Regan"), (("Regan", "particular\nmoment,\""),) + USA_PERSON,
             None, WAS, "1987-10-20", "day", None, "asserted", None,
             "he would not tighten money now (his own view); the following quote with no reporting verb is its "
             "content; DCT"),
            # 4
            ("REQUEST", "called on", (("Regan", "Regan also"),) + USA_PERSON,
             (("the government", "called on"),) + USA_GOV, WAS,
             "1987-10-20", "day", None, "asserted", None,
             "called on the government to restrict program trading; wire-style verbal act: DCT"),
            # 5
            ("REQUEST", ("said", "must stop,\" he"), (("he", "must stop,\""),) + USA_PERSON, (None,) + USA_GOV, WAS,
             "1987-10-20", "day", None, "asserted", 4,
             "later mention: quoted restatement of the call on program trading"),
        ],
        "skip": [
            ("loosen", "content of the request"),
            ("avoid a recession", "content of the request"),
            ("preserve", "content of the statement"),
            ("asked", "question by an unnamed interviewer"),
            ("price drop", "market movement"),
            ("create", "hypothetical content"),
            ("choked off", "content (1929 monetary policy)"),
            ("went into", "content (1929 recession)"),
            ("impose", "content of the request (restrictions on program trading)"),
            ("exacerbated", "content of the quote"),
        ],
        "entities": [
            ("Donald Regan", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Merrill Lynch and Co Inc", "ORG", "USA"),
            ("ABC", "ORG", "USA"),
            (("Regan", "trade deficit,\""), "PERSON", "USA"),
            (("Regan", "particular\nmoment,\""), "PERSON", "USA"),
            ("Wall Street", "LOC", "USA"),
            (("Regan", "Regan also"), "PERSON", "USA"),
        ],
    },
    "reuters21578-1069": {
        "events": [
            # 0
            ("STATEMENT", "said", ACCU, None, SC,
             "1987-03-03", "day", None, "asserted", None,
             "winterkill forecast for the western USSR, Poland, Czechoslovakia and Romania (6b's Accu-Weather "
             "forecast); DCT, dateline city"),
            # 1
            ("STATEMENT", "added", (("Accu-Weather", "is possible,"), "USA", "BUS"), None, SC,
             "1987-03-03", "day", None, "asserted", None,
             "light winterkill possible from Czechoslovakia through Romania (own content); DCT"),
        ],
        "skip": [
            ("suffer", "weather (content of the forecast)"),
            (("drop", "temperatures"), "weather"),
            ("reporting", "statistics (snow cover), no acting actor"),
            (("fall", "expected to"), "weather"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("Poland", "GPE", "POL"),
            ("Czechoslovakia", "GPE", "CSK"),
            ("Romania", "GPE", "ROU"),
            ("Accu-Weather Inc", "ORG", "USA"),
            ("USSR", "GPE", "SUN"),
            (("Poland", "scant in"), "GPE", "POL"),
            (("Czechoslovakia", "areas from eastern"), "GPE", "CSK"),
            (("Romania", "areas from eastern"), "GPE", "ROU"),
            (("Accu-Weather", "is possible,"), "ORG", "USA"),
        ],
    },
    "reuters21578-9712": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Bank of Japan Governor Satoshi Sumita",) + JPN_GOV, None, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "greater efforts to reduce the surplus are in Japan's interest (prescription for his own country: "
             "STATEMENT); DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("He",) + JPN_GOV, None, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "the most important issues for the world economy (assessment); DCT"),
            # 2
            ("REQUEST", "Must make", (None,) + JPN_GOV, (("U.S.", "Japan and the"),) + USA_GOV, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "the U.S. must make efforts to alter its economic structures (no reporting verb, Sumita implied, as "
             "an earlier set's Lusser 'must avoid'); the Japan half is his own country (not split); DCT as the "
             "told clause it continues"),
            # 3
            ("STATEMENT", "added", (("he", "debt issue,"),) + JPN_GOV, None, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "world growth and debtor export markets are needed (no actor asked, EVENTS.md 2); DCT"),
        ],
        "skip": [
            (("reduce", "efforts to"), "content of the statement"),
            ("correction", "content of the statement"),
            ("solution", "content of the statement"),
            ("alter", "content of the request"),
            ("expanded", "stative (background)"),
            ("solve", "content of the statement"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("Satoshi Sumita", "PERSON", "JPN"),
            (("Japan", "it is in"), "GPE", "JPN"),
            (("Japan", "To this end,"), "GPE", "JPN"),
            (("U.S.", "Japan and the"), "GPE", "USA"),
        ],
    },
    "reuters21578-12696": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Federal\nNational Mortgage Association chairman David Maxwell",) + USA_BUS, None,
             NYC, "1987-04-02", "day", None, "asserted", None,
             "little scope for a substantial rise in U.S. rates in 1987 (forecast); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Maxwell said he"), (("Maxwell", "Maxwell said he"),) + USA_BUS, None, NYC,
             "1987-04-02", "day", None, "asserted", None,
             "the prime-rate rise is temporary ('Speaking to' part of the reporting clause); DCT"),
            # 2
            ("STATEMENT", ("said", "showing weakness,\" Maxwell"), (("Maxwell", "showing weakness,\""),) + USA_BUS,
             None, NYC, "1987-04-02", "day", None, "asserted", 0,
             "later mention: 'I don't see a substantial rise in rates this year' restates the lead (EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "Maxwell said restructuring"), (("Maxwell", "Maxwell said restructuring"),)
             + USA_BUS, None, NYC, "1987-04-02", "day", None, "asserted", None,
             "the restructuring limited Fannie Mae's rate exposure (internal, no type); DCT"),
            # 4
            ("STATEMENT", ("said", "in 1981, he"), (("he", "in 1981,"),) + USA_BUS, None, NYC,
             "1987-04-02", "day", None, "asserted", None, "cost of a rate rise to shareholders (estimate); DCT"),
            # 5
            ("STATEMENT", "questioned", (("Maxwell", "Maxwell also"),) + USA_BUS, None, NYC,
             "1987-04-02", "day", None, "asserted", None,
             "questioned the view that housing crowds out other sectors (a view of no named actor; REJECT "
             "arguable); DCT"),
            # 6
            ("STATEMENT", ("said", "debt market,\" he"), (("he", "debt market,\""),) + USA_BUS, None, NYC,
             "1987-04-02", "day", None, "asserted", 5,
             "later mention: quoted restatement of the questioning"),
            # 7
            ("STATEMENT", ("said", "housing capital, he"), (("he", "housing capital,"),) + USA_BUS, None, NYC,
             "1987-04-02", "day", None, "asserted", None, "1986 debt growth (statistics); DCT"),
        ],
        "skip": [
            (("increase", "substantial"), "content of the forecast"),
            ("Speaking", "part of the reporting clause"),
            (("rise", "this week's"), "market pricing (banks' prime rates)"),
            (("ease", "more likely to"), "content (monetary policy)"),
            ("tighten", "content (monetary policy)"),
            ("buys", "habitual background"),
            ("issues mortgage-backed", "habitual background (corporate finance)"),
            ("restructuring", "internal restructuring (content)"),
            ("limited", "content of the statement"),
            ("crowds out", "content (the view questioned)"),
            ("crowding", "content of the quote"),
            ("grew", "statistics"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Federal\nNational Mortgage Association", "ORG", "USA"),
            ("David Maxwell", "PERSON", "USA"),
            ("New York Financial Writers' Association", "ORG", "USA"),
            (("Maxwell", "Maxwell said he"), "PERSON", "USA"),
            (("U.S.", "rise in"), "GPE", "USA"),
            ("Federal Reserve", "ORG", "USA"),
            (("Maxwell", "showing weakness,\""), "PERSON", "USA"),
            ("Fannie Mae", "ORG", "USA"),
            (("Maxwell", "Maxwell said restructuring"), "PERSON", "USA"),
            (("Fannie Mae", "restructuring of"), "ORG", "USA"),
            (("Maxwell", "Maxwell also"), "PERSON", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
