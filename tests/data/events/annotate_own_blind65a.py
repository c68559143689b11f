"""Build ``own_blind65a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind65a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2162 left); 24 drawn with random.Random(65101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
49 event records (43 first mentions, 6 later mentions), 118 not_annotated spans, 113 entity mentions
(GPE 42, ORG 35, PERSON 20, LOC 8, NORP 8); no article without events; 5185 (Tanzanian maize), 1995 (Spanish
rate deregulation), 6060 (Exxon refineries) and 7036 (U.S. credit market outlook) have STATEMENTs only; 2206
(Indian sugar tender) has COOPERATEs only (every reporting clause is traders' talk).
Types: STATEMENT 32, REQUEST 5, COOPERATE 4, REJECT 4, SUPPORT 2, ACCUSE 1, AID 1; modality: asserted 45,
planned 3, negated 1; precision: day 37, unknown 8, month 3, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Texas Railroad Commissioner James Nugent": GPE "Texas" + PERSON;
"Secretary of State for the Economy Guillermo de la Dehesa", "agriculture minister Paul Bomani": PERSON
only; "President Reagan" gives PERSON "Reagan"); the possessive 's / ' is left out ("Spain's", "Exxon's",
"Texas'", "Reagan's"); "Democratic-controlled" gives NORP "Democratic", "U.S.-Mexico" gives GPE "U.S." and
GPE "Mexico" (earlier sets' "U.S.-Japan"); "Luxembourg-based" gives GPE "Luxembourg"; company names are
tagged with their legal form and without angle brackets, tickers ("<RD>") are not entities; lower-case
bodies are not entity spans ("the Texas house of representatives": only GPE "Texas"), but lower-cased
proper names are tagged as written ("french" NORP FRA, "mediterranean" LOC, "paris" GPE FRA: typos of
names, not descriptions); the refinery names FOS and Port Jerome are facilities (not tagged; GPE FRA
arguable); "Treasury" in "Treasury bond" and "Fed" in "Fed funds" (instrument and rate names) are not
tagged (53a); "Official State Gazette" is a named publication (ORG ESP, as Izvestia).
Countries: James Nugent / "Nugent" PERSON USA, Texas, Washington and "U.S." GPE USA, Congress ORG USA;
"Democratic" and "American" NORP USA, the (U.S.) Senate ORG USA, Reagan PERSON USA, Mexico MEX, Panama PAN,
Bahamas BHS (GPE); Tanzania, Dar es Salaam, Arusha, Iringa, Mbeya, Ruvuma and Rukwa GPE TZA, Paul Bomani
and John Rubibira / "Rubibira" PERSON TZA, National Milling Corp / "NMC" ORG TZA (state-owned); Spain GPE
ESP, the Finance Ministry and the Official State Gazette ORG ESP, Guillermo de la Dehesa PERSON ESP, the
European Community / "EC" ORG null, Reuters ORG GBR; Exxon Corp / "Exxon" ORG USA, Lee R. Raymond /
"Raymond" PERSON USA, France and "paris" GPE FRA, "Southern France" LOC FRA (earlier sets' "Southern
California" LOC), "french" NORP FRA, Antwerp GPE BEL, Italy GPE ITA, "Italian" NORP ITA, Petroleum
Intelligence Weekly / "PIW" ORG USA (a New York trade journal; the text gives no country, the dateline
NEW YORK places it, as 55a's Princeville; null arguable), Paul Mlotok / "Mlotok" PERSON USA and Salomon
Brothers inc ORG USA, Royal Dutch ORG NLD (earlier sets), Europe, Southern Europe and the Mediterranean LOC
null, "European" NORP null, OPEC ORG null, Saudi Arabia SAU, Libya LBY, Algeria DZA (GPE); India GPE IND,
"Indian" NORP IND; Peter Greenbaum PERSON USA and Smith Barney, Harris Upham and Co Inc ORG USA (the
dateline places it), Paul Boltz / "Boltz" PERSON USA and T. Rowe Price Associates Inc ORG USA, Robert
Brusca PERSON JPN and Nikko Securities Co International Inc ORG JPN (the international arm of the Japanese
Nikko Securities, 53a's Nikko JPN; a subsidiary takes its parent's country as earlier sets' Salomon
Brothers International Ltd USA; an employee takes his firm's country, 37a/53a's Tam; USA arguable for
both); Bank of China ORG CHN, BAII Holdings SA / "BAII" ORG LUX ("Luxembourg-based"), Luxembourg GPE LUX,
Paris FRA, London GBR, Hong Kong HKG (GPE), "Arab" NORP null, the Far East LOC null.

Judgement calls made here:
* 1711 (Texas Railroad Commissioner Nugent's speech, DCT Wed 1987-03-04, AUSTIN): the Commissioner is a state
  regulator (USA GOV); every actor is American, so all pairs are USA -> USA. "today urged Texas state lawmakers to
  adopt incentives ... and to exempt severance taxes" is REQUEST -> the lawmakers, 1987-03-04 ("today"), with
  "saying that the ailing oilpatch cannot wait for Congress" its participial elaboration (skipped, EVENTS.md 3).
  "Nugent said in a speech ... that the state must take the initiative" is REQUEST -> "the state" (an actor told
  it must act, EVENTS.md 2; STATEMENT arguable); "Nugent also called for state lawmakers to exempt new wildcat
  wells" is a second REQUEST (its own demand, not a restatement of the lead's; same_as arguable); "Secondary and
  tertiary oil production ... should also be exempted ..., Nugent said" is REQUEST -> the implied lawmakers (55a's
  "should be abolished"). '"We've been ... waiting on two federal administrations to develop a coherent energy
  policy ... I say we have waited long enough," Nugent said' is ACCUSE -> the two federal administrations
  (criticism of federal inaction; STATEMENT arguable), and the quote's next sentence '"In other words, let's tell
  Washington to either lead, follow, or get out of the way."' (no reporting verb of its own, 53a's quoted
  "disregard") is REQUEST -> Washington with the speaker implied. "He said that the majority of Texas' oil wells
  ..." and "Nugent said that the financial losses ... would be more than made up" are STATEMENTs. "His proposal"
  and "His plan" are anaphoric nominals. All dated 1987-03-04 (the lead's "today" or rule 2), located AUSTIN.
* 12936 (Senate defeats the Mexico aid cut, DCT Fri 1987-04-03, WASHINGTON): "The Democratic-controlled U.S.
  Senate sided with President Reagan" is SUPPORT USA -> USA and "and defeated an attempt to cut U.S. aid to
  Mexico" is REJECT USA GOV with actor2 null (a measure voted down, as EVENTS.md 7's negative vote; the attempt's
  sponsors are unnamed, EVENTS.md 14; MEX arguable as the party spared, no event arguable as an internal vote of
  one body); both undated (non-speech events with no time expression, rule 17). "a bipartisan majority gave him a
  victory by shelving on a 49 to 38 vote a measure to halve assistance given Mexico" restates both: SUPPORT on
  "victory" (the noun after the light verb) and REJECT on "shelving", later mentions. "A day after the Senate
  trounced Reagan's attempt to sustain a veto of a major highway bill" is REJECT USA -> Reagan (a veto override),
  undated ("a day after" an undated vote); the veto itself is a background nominal. "Two companion measures also
  were expected to be defeated" is REJECT planned by the implied Senate, actor2 null, undated. "since Mexico this
  year is receiving a relatively small 15.7 mln dlrs in assistance" is AID by the implied U.S. government ->
  Mexico, 1987 ("this year", year precision; a background clause with its own predication and time expression,
  skipping it arguable). The cut, the "protest" over Mexico's drug cooperation (ACCUSE USA -> MEX arguable) and the
  halving are the defeated measures' content; "critics said" is anonymous.
* 5185 (Tanzanian maize surplus, published 1987-03-15 23:24, dateline "DAR ES SALAAM, March 16"): the DCT is
  published_at's date, 1987-03-15 (GUIDELINES), so the minister's "said yesterday" is 1987-03-14 (the dateline
  would give 1987-03-15), with no location (dated by its own expression). The export wish and NMC's attempt to sell
  have no counterpart (content), so the minister's, NMC's ("meanwhile" gives no value), Rubibira's two "said" and
  "he added" are STATEMENTs; the state-owned National Milling Corp and its manager are TZA BUS (EVENTS.md 15). The
  official crop estimate is passive with no named agent; the government's planned silos are domestic construction.
* 1995 (Spain deregulates deposit rates, DCT Thu 1987-03-05, MADRID): the Finance Ministry's deregulation, the
  gazette publication, the lifting of rate limits and the decree cutting privileged lending are domestic financial
  policy with no counterpart (skipped, as 25b/29b's domestic deregulation; RETREAT, or RETREAT toward the EC,
  arguable), so "a ministry spokesman said" is a STATEMENT (ESP GOV, DCT, MADRID). "Guillermo de la Dehesa told
  Reuters in a recent interview ..." is a STATEMENT, undated ("in a recent interview" places it before the DCT with
  no value, 55a's "recent article"; DCT arguable), no location; Reuters, the audience, is not an actor2. "Some
  bankers expect" is anonymous.
* 6060 (Exxon may close a French refinery, DCT Tue 1987-03-17, NEW YORK): closing, reviewing or upgrading a
  company's own refineries has no type (content), so every clause is a STATEMENT. "Exxon Corp ... said in a
  published interview today" is 1987-03-17 ("today"); "Lee R. Raymond ... singled out the possibility of a closure
  ... during the interview" is its later mention (the same remark in the same interview, speaker named). The
  spokeswoman's "confirmed" and "but said" are two records (EVENTS.md 3), "She also said" a third. Petroleum
  Intelligence Weekly (a named trade journal: ORG, USA by the dateline, null arguable) "said, in its current issue"
  is DCT (rule 2; "current" gives no other value), "understood" part of its reporting clause; "PIW said" twice more
  (two different forecasts). Paul Mlotok of Salomon Brothers is a named analyst of a named firm (37a/53a: USA BUS):
  his "said" is a STATEMENT, his quote '..., Exxon should show superior earnings," Mlotok said' a later mention of
  it (a quoted restatement, EVENTS.md 3) and '"Just after Royal Dutch ...," he added' a new STATEMENT. "Industry
  sources said" is anonymous. All DCT, NEW YORK.
* 2206 (India's white sugar tender, DCT Thu 1987-03-05, LONDON): every "said" is traders' (anonymous, skipped),
  but the buyer is a named country: "India bought eight cargoes of white sugar at a buying tender this week" is
  COOPERATE IND GOV -> the sellers (implied, the "four international firms" of the next sentence, nationality not
  stated: null BUS, EVENTS.md 15), 1987-03 ("this week" = 2-8 March, one month, EVENTS.md 21); "but also gave
  sellers options to sell an extra eight cargoes" is a second COOPERATE IND -> the sellers, placed in the same
  tender (1987-03; unknown arguable under EVENTS.md 18's conjunct scope); "Four international firms shared the
  business" is a later mention of the purchase from the sellers' side (null -> IND). "recent options India has
  given traders" is an aggregate of past grants (background statistics, 55a's aggregate imports; COOPERATE IND
  undated arguable); "the sugar sold this week" is anaphoric.
* 7036 (U.S. credit market outlook, DCT Thu 1987-03-19, NEW YORK): the February income and consumption "data
  released today" and the M-1 data that "will also be released" are scheduled statistics releases by implied U.S.
  agencies (STATEMENT USA GOV, planned, 1987-03-19: the first by its own "today", the second tied to it by "also";
  the first sits inside the economists' anonymous forecast, so skipping it is arguable; no location: the releasing
  agencies are not in New York). The economists, analysts and brokers are anonymous; the passive "is forecast",
  "are projected", "is expected" have no named agent. Named economists of named firms are identifiable (37a/53a):
  Peter Greenbaum "expects" (a forecast, present tense: DCT), "he noted in a report" (a report by a named author,
  EVENTS.md 4, undated in the text: DCT) and "he added"; Robert Brusca of Nikko Securities Co International Inc
  "quipped" (JPN BUS: the Japanese Nikko's international arm, USA arguable); Paul Boltz of T. Rowe Price "said",
  "But he warned that this assumption might not be justified" (a forecast with no consequence from the speaker:
  STATEMENT, own_blind's "warned"), and '"It took the bond market ...," Boltz said in a report' is the warning's
  later mention (the quote restates it). All DCT, NEW YORK, except the two releases.
* 5272 (Bank of China takes a stake in BAII, DCT Mon 1987-03-16, LONDON): "Bank of China has taken a stake in
  Luxembourg-based finance company BAII Holdings SA" is COOPERATE CHN BUS (a state-owned bank: BUS) -> BAII (LUX
  BUS, "Luxembourg-based"; the text's only country for it, FRA arguable from the Paris announcement) on "stake" (the
  noun after the light verb), undated (present perfect, rule 17), "a spokesman for BAII said" rule-3 attribution.
  "no further details of the deal ... were immediately available" is a withheld STATEMENT (negated, own_blind2's
  "No further details were available"), the BAII spokesman implied, DCT, LONDON; "the deal, which was announced
  simultaneously in Paris, London and Hong Kong" is a STATEMENT by the implied BAII (CHN arguable: the two parties),
  DCT (a wire-style report of an announcement with no time expression, rule 2; unknown arguable), located in the
  three cities (country null). "BAII ... is looking to expand its activities in the Far East and recently
  established a wholly-owned merchant banking subsidiary in Hong Kong, the spokesman said" is a STATEMENT (internal
  corporate expansion: content), DCT, LONDON; earnings are statistics.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind65a.jsonl"

AUS = ("AUSTIN", "USA")
DAR = ("DAR ES SALAAM", "TZA")
MAD = ("MADRID", "ESP")
NYC = ("NEW YORK", "USA")
LON = ("LONDON", "GBR")
ANNOUNCED_IN = ("Paris, London and Hong Kong", None)

USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
USA_ORG = "USA", "ORG"
TZA_GOV = "TZA", "GOV"
TZA_BUS = "TZA", "BUS"
ESP_GOV = "ESP", "GOV"
IND_GOV = "IND", "GOV"
JPN_BUS = "JPN", "BUS"
CHN_BUS = "CHN", "BUS"
LUX_BUS = "LUX", "BUS"
NULL_BUS = None, "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1711": {
        "events": [
            # 0
            ("REQUEST", "urged", ("James Nugent",) + USA_GOV, ("Texas state lawmakers",) + USA_GOV, AUS,
             "1987-03-04", "day", "today", "asserted", None,
             "the Texas Railroad Commissioner (a state regulator: USA GOV) urged state lawmakers to adopt "
             "incentives and exempt stripper-well severance taxes; 'today' = DCT; 'saying ...' its participial "
             "elaboration (EVENTS.md 3); located at the dateline (the speech to the Texas house, Austin)"),
            # 1
            ("REQUEST", ("said", "Nugent said in a speech"), (("Nugent", "Nugent said in a speech"),) + USA_GOV,
             (("the state", "representatives that"),) + USA_GOV, AUS,
             "1987-03-04", "day", None, "asserted", None,
             "'the state must take the initiative in molding U.S. energy policy and finding new ways to assist "
             "troubled oil producers': an identifiable actor (Texas) told it must act (EVENTS.md 2; STATEMENT "
             "arguable); DCT (the same speech as today's urging)"),
            # 2
            ("STATEMENT", ("said", "He said that the majority"), (("He", "He said that the majority"),) + USA_GOV,
             None, AUS, "1987-03-04", "day", None, "asserted", None,
             "most Texas wells are stripper wells, price swings crucial (assessment); DCT, dateline city"),
            # 3
            ("REQUEST", "called for", (("Nugent", "Nugent also"),) + USA_GOV,
             (("state lawmakers", "called for"),) + USA_GOV, AUS,
             "1987-03-04", "day", None, "asserted", None,
             "also called for lawmakers to exempt new wildcat wells (a second demand of the speech, not a restatement "
             "of the lead's; same_as arguable); DCT"),
            # 4
            ("REQUEST", ("said", "tax, Nugent"), (("Nugent", "tax, Nugent"),) + USA_GOV, (None,) + USA_GOV, AUS,
             "1987-03-04", "day", None, "asserted", None,
             "secondary and tertiary production 'should also be exempted from the severance tax': prescriptive talk, "
             "the implied state lawmakers told to act (55a's 'should be abolished' REQUEST to the implied "
             "government); DCT"),
            # 5
            ("ACCUSE", ("said", 'enough," Nugent'), (("Nugent", 'enough," Nugent'),) + USA_GOV,
             ("two federal administrations",) + USA_GOV, AUS,
             "1987-03-04", "day", None, "asserted", None,
             "'We've been sitting back and waiting on two federal administrations to develop a coherent energy "
             "policy ... I say we have waited long enough': criticism of the federal government's inaction "
             "(ACCUSE; STATEMENT arguable); DCT"),
            # 6
            ("REQUEST", "tell", (None,) + USA_GOV, ("Washington",) + USA_GOV, AUS,
             "1987-03-04", "day", None, "asserted", None,
             "the quote's next sentence (no reporting verb of its own, 53a's quoted 'disregard'): 'let's tell "
             "Washington to either lead, follow, or get out of the way' - a demand on the federal government; "
             "speaker implied (Nugent); DCT as its quote"),
            # 7
            ("STATEMENT", ("said", "Nugent said that the financial"),
             (("Nugent", "Nugent said that the financial"),) + USA_GOV, None, AUS,
             "1987-03-04", "day", None, "asserted", None,
             "treasury losses from the exemptions would be made up by new business (assessment); DCT"),
        ],
        "skip": [
            ("saying", "participial elaboration of 'urged' (EVENTS.md 3)"),
            (("act", "Congress to"), "content of the participle (Congress's action)"),
            ("adopt", "content of the request"),
            (("find", "incentives to"), "content of the request (purpose)"),
            (("exempt", "and to"), "content of the request"),
            ("speech", "part of the reporting clause"),
            ("molding", "content of the request"),
            ("assist", "content of the request"),
            ("proposal", "anaphoric nominal (Nugent's proposal, the urged exemptions)"),
            ("revitalize", "purpose clause"),
            (("exempt", "would exempt"), "content of the proposal"),
            (("exempt", "lawmakers to exempt"), "content of the request"),
            ("explore", "purpose clause"),
            (("exempted", "should also be"), "content of the request"),
            (("plan", "His plan"), "anaphoric nominal (the proposal)"),
            (("exempt", "His plan would"), "content of the plan"),
            ("sitting back", "content of the criticism"),
            (("develop", "administrations to"), "content of the criticism"),
            ("waited", "content of the criticism"),
            ("lead", "content of the request"),
            ("exempting", "content of the statement"),
            ("made up", "content of the statement"),
            ("stimulating", "content of the statement"),
        ],
        "entities": [
            ("Texas", "GPE", "USA"),
            ("James Nugent", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            (("Texas", "today urged"), "GPE", "USA"),
            (("Nugent", "Nugent said in a speech"), "PERSON", "USA"),
            (("Texas", "speech to the"), "GPE", "USA"),
            (("U.S.", "molding"), "GPE", "USA"),
            (("Texas", "revitalize"), "GPE", "USA"),
            (("Texas", "majority of"), "GPE", "USA"),
            (("Nugent", "Nugent also"), "PERSON", "USA"),
            (("Nugent", "tax, Nugent"), "PERSON", "USA"),
            (("Nugent", 'enough," Nugent'), "PERSON", "USA"),
            ("Washington", "GPE", "USA"),
            (("Nugent", "Nugent said that the financial"), "PERSON", "USA"),
        ],
    },
    "reuters21578-12936": {
        "events": [
            # 0
            ("SUPPORT", "sided", ("U.S. Senate",) + USA_GOV, ("President Reagan",) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "the Senate sided with Reagan (support of another actor by its vote); a non-speech event with no time "
             "expression: undated (rule 17)"),
            # 1
            ("REJECT", "defeated", ("U.S. Senate",) + USA_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "defeated an attempt to cut U.S. aid to Mexico (a measure voted down: EVENTS.md 7's negative vote is "
             "REJECT); the attempt's sponsors are not named, so actor2 is null (EVENTS.md 14; MEX arguable as the "
             "party spared, or no event as an internal vote of one body); undated (rule 17)"),
            # 2
            ("REJECT", "trounced", (("the Senate", "A day after"),) + USA_GOV, (("Reagan", "trounced"),) + USA_GOV,
             None, None, "unknown", None, "asserted", None,
             "the Senate trounced Reagan's attempt to sustain his veto of a highway bill (a veto override: REJECT of "
             "the President's veto); 'A day after' the undated Mexico vote gives no value: undated"),
            # 3
            ("SUPPORT", "victory", ("a bipartisan majority",) + USA_GOV, (("him", "gave"),) + USA_GOV, None,
             None, "unknown", None, "asserted", 0,
             "later mention: 'gave him a victory' restates siding with Reagan (trigger the event noun after the "
             "light verb)"),
            # 4
            ("REJECT", "shelving", ("a bipartisan majority",) + USA_GOV, None, None,
             None, "unknown", None, "asserted", 1,
             "later mention: shelving, on a 49 to 38 vote, the measure to halve Mexico's assistance"),
            # 5
            ("REJECT", ("defeated", "expected to be"), (None,) + USA_GOV, None, None,
             None, "unknown", None, "planned", None,
             "two companion measures (to halve aid to Panama and the Bahamas) were expected to be defeated: a "
             "further expected negative vote by the implied Senate, planned (is expected to), undated"),
            # 6
            ("AID", "receiving", (None,) + USA_GOV, (("Mexico", "since"),) + ("MEX", "GOV"), None,
             "1987", "year", "this year", "asserted", None,
             "Mexico this year is receiving 15.7 mln dlrs in U.S. assistance (aid, the U.S. donor implied); 'this "
             "year' = 1987 (year precision); a background clause with its own predication and time expression"),
        ],
        "skip": [
            (("cut", "attempt to"), "content of the defeated attempt (SANCTION USA -> MEX hypothetical arguable)"),
            (("protest", "as a"), "purpose of the defeated attempt (ACCUSE USA -> MEX arguable)"),
            ("failing", "content (the attempt's reason)"),
            ("cooperate", "content (the attempt's reason)"),
            ("war against drugs", "background nominal"),
            (("attempt", "Reagan's"), "background nominal (Reagan's attempt, the object of the rejection)"),
            ("veto", "background nominal (Reagan's veto of the highway bill; REJECT undated arguable)"),
            ("vote", "the means of the shelving (part of the event)"),
            (("halve", "measure to"), "content of the shelved measure"),
            (("halve", "to halve aid"), "content of the companion measures"),
            ("fight", "anaphoric nominal"),
            ("considered", "anonymous assessment (passive, no named agent)"),
            (("said", "critics"), "anonymous-source talk (unnamed critics)"),
            ("cutting", "content of anonymous talk"),
            ("hurt", "content of anonymous talk"),
        ],
        "entities": [
            ("Democratic", "NORP", "USA"),
            ("U.S. Senate", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "cut"), "GPE", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("American", "NORP", "USA"),
            (("Senate", "A day after the"), "ORG", "USA"),
            (("Reagan", "trounced"), "PERSON", "USA"),
            (("Mexico", "assistance given"), "GPE", "MEX"),
            ("Panama", "GPE", "PAN"),
            ("Bahamas", "GPE", "BHS"),
            (("Mexico", "since"), "GPE", "MEX"),
            (("U.S.", "hurt"), "GPE", "USA"),
            (("Mexico", "U.S.-"), "GPE", "MEX"),
        ],
    },
    "reuters21578-5185": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Paul Bomani"), ("Paul Bomani",) + TZA_GOV, None, None,
             "1987-03-14", "day", "yesterday", "asserted", None,
             "the agriculture minister: Tanzania seeks to export 200,000 tonnes of surplus maize (an export with no "
             "counterpart: no type, content); 'yesterday' = DCT - 1, the DCT being published_at's date 1987-03-15 "
             "(GUIDELINES; the dateline says March 16, which would give 1987-03-15); dated by its own expression, "
             "so no dateline location"),
            # 1
            ("STATEMENT", ("said", "(NMC) meanwhile"), ("National Milling Corp",) + TZA_BUS, None, DAR,
             "1987-03-15", "day", None, "asserted", None,
             "the state-owned milling company (BUS, EVENTS.md 15) is trying to sell 190,742 tonnes (a sale with no "
             "buyer: content); 'meanwhile' gives no value: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "John Rubibira"), ("John Rubibira",) + TZA_BUS, None, DAR,
             "1987-03-15", "day", None, "asserted", None, "silo storage capacity (statistics); DCT"),
            # 3
            ("STATEMENT", "added", (("he", "capacity, he"),) + TZA_BUS, None, DAR,
             "1987-03-15", "day", None, "asserted", None, "flat storage capacity (statistics); DCT"),
            # 4
            ("STATEMENT", ("said", "Rubibira said the government"),
             (("Rubibira", "Rubibira said the government"),) + TZA_BUS, None, DAR,
             "1987-03-15", "day", None, "asserted", None,
             "the government plans to build new silos (domestic construction: no type, content); DCT"),
        ],
        "skip": [
            ("seeks", "content of the statement (a wish to export)"),
            (("export", "seeks to"), "content of the statement (export with no counterpart; COOPERATE arguable)"),
            (("estimated", "officially"), "passive estimate with no named agent (statistics)"),
            ("marketed", "statistics"),
            ("consumed", "statistics"),
            ("trying", "content of the statement"),
            ("sell", "content of the statement (sale with no buyer)"),
            ("planning", "content of the statement"),
            ("build", "content of the statement (domestic construction)"),
        ],
        "entities": [
            ("Tanzania", "GPE", "TZA"),
            ("Paul Bomani", "PERSON", "TZA"),
            ("National Milling Corp", "ORG", "TZA"),
            ("NMC", "ORG", "TZA"),
            (("NMC", "NMC acting"), "ORG", "TZA"),
            ("John Rubibira", "PERSON", "TZA"),
            (("Tanzania", "said Tanzania"), "GPE", "TZA"),
            ("Dar es Salaam", "GPE", "TZA"),
            ("Arusha", "GPE", "TZA"),
            ("Iringa", "GPE", "TZA"),
            (("Tanzania", "central"), "GPE", "TZA"),
            (("Rubibira", "Rubibira said the government"), "PERSON", "TZA"),
            (("Iringa", "areas of"), "GPE", "TZA"),
            ("Mbeya", "GPE", "TZA"),
            ("Ruvuma", "GPE", "TZA"),
            ("Rukwa", "GPE", "TZA"),
        ],
    },
    "reuters21578-1995": {
        "events": [
            # 0
            ("STATEMENT", ("said", "ministry spokesman"), ("a ministry spokesman",) + ESP_GOV, None, MAD,
             "1987-03-05", "day", None, "asserted", None,
             "the Finance Ministry deregulated bank deposit rates (domestic financial deregulation, no counterpart: "
             "skipped as 25b/29b; RETREAT arguable), so the spokesman's report is a STATEMENT; DCT, dateline city"),
            # 1
            ("STATEMENT", "told", ("Guillermo de la Dehesa",) + ESP_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "the Secretary of State for the Economy told Reuters in a recent interview that lower fixed-asset "
             "investments would offset losses (assessment); 'in a recent interview' places the saying before the "
             "DCT with no value (55a's 'recent article'): undated; Reuters, the audience, is not an actor2"),
        ],
        "skip": [
            ("deregulated", "domestic financial deregulation by the Finance Ministry (no counterpart; RETREAT or "
                            "RETREAT toward the EC arguable, 25b)"),
            (("raise", "effort to"), "purpose clause"),
            (("bring", "banks and"), "purpose clause"),
            ("published", "publication of the decree in the gazette (no named agent; the decree is domestic policy)"),
            ("takes effect", "content (entry into force of a domestic measure)"),
            ("lifts", "domestic deregulation (content)"),
            ("enacted", "domestic decree (cut in privileged lending ratios: domestic financial policy, no "
                        "counterpart)"),
            ("cutting", "content of the decree"),
            ("lend", "content of the decree"),
            ("expect", "anonymous-source talk (some bankers)"),
            ("deregulation", "anaphoric nominal"),
            ("interview", "part of the reporting clause"),
            ("offset", "content of the statement"),
            ("liberalisation", "anaphoric nominal"),
        ],
        "entities": [
            ("Spain", "GPE", "ESP"),
            ("Finance Ministry", "ORG", "ESP"),
            ("European Community", "ORG", None),
            (("EC", "Community ("), "ORG", None),
            ("Official State Gazette", "ORG", "ESP"),
            ("Guillermo de la Dehesa", "PERSON", "ESP"),
            ("Reuters", "ORG", "GBR"),
        ],
    },
    "reuters21578-6060": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Exxon Corp"), ("Exxon Corp",) + USA_BUS, None, NYC,
             "1987-03-17", "day", "today", "asserted", None,
             "said in a published interview today that it was reviewing its refineries and might close a French "
             "one (a company's own refinery closure: no type, content); 'today' = DCT; dateline city"),
            # 1
            ("STATEMENT", "singled out", ("Lee R. Raymond",) + USA_BUS, None, NYC,
             "1987-03-17", "day", "today", "asserted", 0,
             "later mention: Exxon's president singled out a possible French closure 'during the interview' - the "
             "same remark in the same interview, its speaker named (EVENTS.md 3); the interview's date"),
            # 2
            ("STATEMENT", "confirmed", ("An Exxon spokeswoman",) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "confirmed that Raymond had mentioned refineries in France (a confirmation: STATEMENT); DCT"),
            # 3
            ("STATEMENT", ("said", "but said"), ("An Exxon spokeswoman",) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "'but said that no specific refinery had been named': a second reporting clause (EVENTS.md 3); DCT"),
            # 4
            ("STATEMENT", ("said", "She also"), (("She", "She also"),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None, "all operations under constant review; DCT"),
            # 5
            ("STATEMENT", ("said", "trade journal,"), ("Petroleum Intelligence Weekly",) + USA_ORG, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "a named trade journal (media: ORG) reported Exxon was looking at closures in Antwerp, Southern France or "
             "Italy; 'in its current issue' gives no other value: DCT (rule 2), dateline city; 'understood' part of "
             "the reporting clause"),
            # 6
            ("STATEMENT", ("said", "Salomon Brothers"), ("Paul Mlotok",) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "a named analyst of a named firm (37a/53a: the firm's country and BUS): Exxon's European profits should "
             "be good (assessment); DCT"),
            # 7
            ("STATEMENT", ("said", 'earnings," Mlotok'), (("Mlotok", 'earnings," Mlotok'),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", 6,
             "later mention: the quote restates the paraphrase (closures plus better demand, superior earnings; "
             "EVENTS.md 3)"),
            # 8
            ("STATEMENT", "added", (("he", 'Europe," he'),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "Exxon seen as one of the highest grade refiners in Europe (assessment, new content); DCT"),
            # 9
            ("STATEMENT", ("said", "PIW said that"), (("PIW", "PIW said that"),) + USA_ORG, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "Mediterranean refiners can expect more shipments from OPEC export refineries (forecast); DCT"),
            # 10
            ("STATEMENT", ("said", 'PIW said "sales'), (("PIW", 'PIW said "sales'),) + USA_ORG, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "quoted forecast: North African sales expected to reclaim markets (a new quote, not a restatement); DCT"),
        ],
        "skip": [
            (("interview", "published"), "part of the reporting clause"),
            ("reviewing", "content of the statement (internal review)"),
            ("decide", "content of the statement"),
            (("close", "decide to"), "content (a company's closure of its own refinery: no type)"),
            (("closure", "possibility of a"), "content of the remark"),
            (("mentioned", "specifically"), "content of the confirmation"),
            ("named", "content of the statement"),
            (("review", "constant"), "content of the statement"),
            ("understood", "part of the reporting clause"),
            ("looking at", "content of the report"),
            (("closures", "refinery closures in"), "content of the report"),
            (("closures", "with the closures"), "background nominal (Exxon's 1986 closures of its own refineries: "
                                                "no type)"),
            (("closed", "have closed"), "content of the quote (own closures)"),
            ("upgraded", "content of the quote"),
            ("shaken", "content of the quote"),
            ("seen", "content of the statement (stative)"),
            (("said", "Industry sources"), "anonymous-source talk (industry sources)"),
            ("feel", "content of anonymous talk"),
            ("move further", "content of anonymous talk"),
            (("expect", "can expect"), "content of the report (forecast)"),
            ("reclaim", "content of the quote"),
        ],
        "entities": [
            ("Exxon Corp", "ORG", "USA"),
            ("french", "NORP", "FRA"),
            ("Lee R. Raymond", "PERSON", "USA"),
            (("Exxon", "Raymond,"), "ORG", "USA"),
            (("Exxon", "one of"), "ORG", "USA"),
            ("France", "GPE", "FRA"),
            (("Exxon", "An Exxon"), "ORG", "USA"),
            (("Raymond", "confirmed that"), "PERSON", "USA"),
            (("France", "mentioned refineries"), "GPE", "FRA"),
            (("Exxon", "all of"), "ORG", "USA"),
            (("Exxon", "Exxon currently"), "ORG", "USA"),
            (("France", "two refineries in"), "GPE", "FRA"),
            ("mediterranean", "LOC", None),
            ("paris", "GPE", "FRA"),
            ("Petroleum Intelligence Weekly", "ORG", "USA"),
            (("Exxon", "understood that"), "ORG", "USA"),
            ("Antwerp", "GPE", "BEL"),
            ("Southern France", "LOC", "FRA"),
            ("Italy", "GPE", "ITA"),
            ("Paul Mlotok", "PERSON", "USA"),
            ("Salomon Brothers inc", "ORG", "USA"),
            (("Exxon", "closures Exxon"), "ORG", "USA"),
            (("Europe", "made in 1986 in"), "LOC", None),
            (("European", "improvement in the"), "NORP", None),
            (("Exxon", '"Exxon and'), "ORG", "USA"),
            (("Europe", "bunch of refineries in"), "LOC", None),
            (("Exxon", "Exxon should"), "ORG", "USA"),
            (("Mlotok", 'earnings," Mlotok'), "PERSON", "USA"),
            ("Royal Dutch", "ORG", "NLD"),
            (("Europe", "grade refiners in"), "LOC", None),
            ("Southern Europe", "LOC", None),
            ("OPEC", "ORG", None),
            (("PIW", "PIW said that"), "ORG", "USA"),
            ("Mediterranean", "LOC", None),
            ("Saudi Arabia", "GPE", "SAU"),
            (("OPEC", "other OPEC"), "ORG", None),
            (("PIW", 'PIW said "sales'), "ORG", "USA"),
            ("Libya", "GPE", "LBY"),
            ("Algeria", "GPE", "DZA"),
            ("Italian", "NORP", "ITA"),
            (("European", "Italian and other"), "NORP", None),
        ],
    },
    "reuters21578-2206": {
        "events": [
            # 0
            ("COOPERATE", "bought", ("India",) + IND_GOV, (None,) + NULL_BUS, None,
             "1987-03", "month", "this week", "asserted", None,
             "India bought eight cargoes of white sugar at a buying tender this week (a purchase from identified "
             "sellers, the four international firms of the next sentence, nationality not stated: null, EVENTS.md "
             "15); 'this week' (2-8 March, one month) = 1987-03 (EVENTS.md 21); 'traders said' anonymous"),
            # 1
            ("COOPERATE", "gave", ("India",) + IND_GOV, ("sellers",) + NULL_BUS, None,
             "1987-03", "month", "this week", "asserted", None,
             "'but also gave sellers options to sell an extra eight cargoes': a further contractual grant to the "
             "same sellers at the same tender, placed in this week's tender (rule 3; unknown arguable under "
             "EVENTS.md 18's conjunct scope)"),
            # 2
            ("COOPERATE", "shared", ("Four international firms",) + NULL_BUS, (None,) + IND_GOV, None,
             "1987-03", "month", "this week", "asserted", 0,
             "later mention: the four firms shared the business (the same tender purchase from the sellers' side)"),
        ],
        "skip": [
            ("tender", "part of the purchase (the buying tender)"),
            (("sell", "options to"), "content of the options"),
            (("said", "traders"), "anonymous-source talk (traders)"),
            (("gave", "which"), "part of the later mention (the business's split)"),
            (("sales", "each of them"), "content of the later mention"),
            ("brings", "statistics (aggregate of options)"),
            (("given", "India has"), "aggregate of past option grants (background statistics; COOPERATE IND undated "
                                     "arguable, 55a's aggregate imports)"),
            ("purchases", "background nominal (future purchases)"),
            (("said", "fluctuations, traders"), "anonymous-source talk (traders)"),
            (("sold", "sugar sold"), "anaphoric (the same purchase)"),
            (("said", "some traders"), "anonymous-source talk (traders)"),
        ],
        "entities": [
            ("India", "GPE", "IND"),
            (("India", "options India"), "GPE", "IND"),
            ("Indian", "NORP", "IND"),
        ],
    },
    "reuters21578-7036": {
        "events": [
            # 0
            ("STATEMENT", "released", (None,) + USA_GOV, None, None,
             "1987-03-19", "day", "today", "planned", None,
             "February (personal income and consumption) data released today: a scheduled statistics release by "
             "the implied U.S. agency (an implied actor, guidelines), planned (8 am story), 'today' = DCT; the "
             "forecast around it is the economists' (anonymous); skipping as part of anonymous talk arguable"),
            # 1
            ("STATEMENT", ("released", "will also be"), (None,) + USA_GOV, None, None,
             "1987-03-19", "day", "today", "planned", None,
             "M-1 data 'will also be released': a scheduled statistics release by the implied Fed, planned; 'also' "
             "ties it to today's release (date from the previous sentence's 'today'; unknown arguable)"),
            # 2
            ("STATEMENT", "expects", ("Peter Greenbaum",) + USA_BUS, None, NYC,
             "1987-03-19", "day", None, "asserted", None,
             "a named economist of a named firm (37a/53a) forecasts a one pct income rise (forecast, present tense: "
             "DCT, 55a's 'is projecting'), dateline city"),
            # 3
            ("STATEMENT", "noted", (("he", "cts, he"),) + USA_BUS, None, NYC,
             "1987-03-19", "day", None, "asserted", None,
             "'he noted in a report' (a report by a named author, EVENTS.md 4): February payroll statistics; no "
             "report date: DCT"),
            # 4
            ("STATEMENT", "added", (("he", "consumption, he"),) + USA_BUS, None, NYC,
             "1987-03-19", "day", None, "asserted", None, "durable spending foreshadows a consumption rise; DCT"),
            # 5
            ("STATEMENT", "quipped", ("Robert Brusca",) + JPN_BUS, None, NYC,
             "1987-03-19", "day", None, "asserted", None,
             "a named economist of Nikko Securities Co International Inc (the Japanese Nikko's international arm: "
             "JPN BUS, USA arguable); DCT"),
            # 6
            ("STATEMENT", ("said", "Associates Inc"), ("Paul Boltz",) + USA_BUS, None, NYC,
             "1987-03-19", "day", None, "asserted", None,
             "steady long bond yields reflect expectations of subdued inflation (assessment); DCT"),
            # 7
            ("STATEMENT", "warned", (("he", "But he"),) + USA_BUS, None, NYC,
             "1987-03-19", "day", None, "asserted", None,
             "'warned that this assumption might not be justified': a forecast with no consequence from the speaker "
             "(own_blind's 'warned': STATEMENT, not THREATEN); DCT"),
            # 8
            ("STATEMENT", ("said", "Boltz said in a report"), (("Boltz", "Boltz said in a report"),) + USA_BUS, None,
             NYC, "1987-03-19", "day", None, "asserted", 7,
             "later mention: the quote ('it may be a little slow to see that a four to five pct inflation is a real "
             "possibility') restates the warning (EVENTS.md 3)"),
        ],
        "skip": [
            ("suggests", "stative (the market's sluggishness)"),
            ("reaction", "hypothetical market reaction"),
            (("said", "economists"), "anonymous-source talk (economists)"),
            (("forecast", "is"), "passive forecast with no named agent"),
            ("projected", "passive forecast with no named agent"),
            (("expected", "billion dlrs is"), "passive expectation with no named agent"),
            ("expanded", "statistics"),
            ("lengthened", "statistics"),
            (("rose", "hourly wages"), "statistics"),
            (("report", "noted in a"), "part of the reporting clause"),
            ("foreshadow", "content of the statement"),
            ("trouble", "market movement"),
            ("slipping", "market-price movement"),
            (("said", "Analysts"), "anonymous-source talk (analysts)"),
            ("seeking", "metaphor (content of anonymous talk)"),
            ("reflects", "content of the statement"),
            ("justified", "content of the warning"),
            ("learned", "content of the quote"),
            ("indicated", "market quotation by anonymous brokers"),
        ],
        "entities": [
            ("Peter Greenbaum", "PERSON", "USA"),
            ("Smith Barney, Harris Upham and Co Inc", "ORG", "USA"),
            ("Robert Brusca", "PERSON", "JPN"),
            ("Nikko Securities Co International Inc", "ORG", "JPN"),
            ("Paul Boltz", "PERSON", "USA"),
            ("T. Rowe Price Associates Inc", "ORG", "USA"),
            (("Boltz", "Boltz said in a report"), "PERSON", "USA"),
        ],
    },
    "reuters21578-5272": {
        "events": [
            # 0
            ("COOPERATE", "stake", ("Bank of China",) + CHN_BUS, ("BAII Holdings SA",) + LUX_BUS, None,
             None, "unknown", None, "asserted", None,
             "Bank of China has taken a stake in BAII Holdings (an acquisition between companies; trigger the event "
             "noun after the light verb 'taken'); state-owned bank BUS (EVENTS.md 15); present perfect, no time "
             "expression: undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", "available", (None,) + LUX_BUS, None, LON,
             "1987-03-16", "day", None, "negated", None,
             "'no further details of the deal ... were immediately available': a withheld statement (own_blind2's "
             "'No further details were available'), the BAII spokesman implied (the source of the story); DCT, "
             "dateline city"),
            # 2
            ("STATEMENT", "announced", (None,) + LUX_BUS, None, ANNOUNCED_IN,
             "1987-03-16", "day", None, "asserted", None,
             "the deal 'was announced simultaneously in Paris, London and Hong Kong' (a relative clause with its own "
             "predication; announcer implied: BAII, whose spokesman reports it; CHN arguable); a wire-style report of "
             "an announcement with no time expression: DCT (rule 2; unknown arguable); located in the three cities "
             "(no single country)"),
            # 3
            ("STATEMENT", ("said", "the spokesman said"), (("the spokesman", "Hong Kong, the"),) + LUX_BUS, None, LON,
             "1987-03-16", "day", None, "asserted", None,
             "BAII is looking to expand in the Far East and recently set up a Hong Kong subsidiary (internal "
             "corporate activity: no type, content); DCT"),
        ],
        "skip": [
            (("said", "for BAII"), "rule-3 attribution (the stake is the event)"),
            ("deal", "anaphoric nominal (the stake)"),
            ("owned", "stative (ownership)"),
            ("expand", "content of the statement"),
            (("established", "recently"), "content of the statement (setting up its own subsidiary: no type)"),
            ("earnings", "statistics"),
        ],
        "entities": [
            ("Bank of China", "ORG", "CHN"),
            ("Luxembourg", "GPE", "LUX"),
            ("BAII Holdings SA", "ORG", "LUX"),
            (("BAII", "for BAII"), "ORG", "LUX"),
            ("Paris", "GPE", "FRA"),
            ("London", "GPE", "GBR"),
            ("Hong Kong", "GPE", "HKG"),
            (("BAII", "BAII, which"), "ORG", "LUX"),
            ("Arab", "NORP", None),
            ("Far East", "LOC", None),
            (("Hong Kong", "subsidiary in"), "GPE", "HKG"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
