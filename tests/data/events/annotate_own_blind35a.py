"""Build ``own_blind35a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind35a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,658 left; also minus the 16 stories drawn for own_blind34, 2,642 left); 24 drawn with random.Random(35101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
47 event records (40 first mentions, 7 later mentions), 123 not_annotated spans, 105 entity mentions;
no article without events; 15725 (Colombia exports) has a single forecast STATEMENT and 975 (Funaro in
Paris) two records. Types: STATEMENT 28, CONSULT 4, AGREE 3, REQUEST 3, SUPPORT 3, SANCTION 2, ACCUSE 2,
RETREAT 1, REJECT 1; modality: asserted 41, negated 2, hypothetical 2, planned 2; precision: day 35,
unknown 8, month 3, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed that way: the entity "U.S.
Treasury" matching the lead's "U.S. Treasury Secretary" instead of "the U.S. Treasury regretted", and
"colombia" matching inside "colombian"; re-reading the records also fixed a publication date copied
from the neighbouring story: 11551 is 1987-03-31, not 1987-04-01). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Brazilian Finance
Minister Dilson Funaro": NORP + PERSON; "U.S. Treasury Secretary James Baker": GPE "U.S." + PERSON;
"Finance Ministry State Secretary Hans Tietmeyer": ORG "Finance Ministry" + PERSON, as 33b's named
department after a title; "Trade Representative Clayton Yeutter", "Deputy trade representative Michael
Smith", "Agriculture minister Ernesto Figuerras": the PERSON), "Sir" is left out ("Sir Denis Henry":
PERSON "Denis Henry", as 30a's Geoffrey Howe) and "Reagan administration" gives PERSON "Reagan"; a body
with its country word is one ORG span ("U.S. Treasury", "U.S. National Soybean Processors Association",
as 22a), "House Appropriations Committee" one ORG span USA and "House" in the lower-case "a House
appropriations subcommittee" ORG USA; the Bank of France ORG FRA ("France" inside it not tagged);
the European Community / EC / "EC Commission" / the capitalised "The Commission", the Group of Five,
the International Cocoa Organization / ICCO and OPEC (with its full name) ORG null; "European" and
"Western" NORP null (19b), "Asian" NORP null; "West German" / "German" NORP DEU; Bonn GPE DEU; "Paris"
in "Paris accord" / "Paris agreement" GPE FRA (19b/26a; the accords are not entities); Reuters ORG GBR;
Denis Bra Kanon PERSON CIV (the text gives "Ivorian Agriculture Minister"; 29b's null was for the text
that gave no nationality), Denis Henry PERSON GRD ("the delegate from Grenada"); NSPA ORG USA; Vienna
GPE AUT; the wire's lower-case "colombian" NORP COL and "colombia" GPE COL (26a's lower-cased names),
but lower-case bodies ("the national planning department", "government statistics institute") are not
tagged (21b/25b); currencies (dollar, mark) are not entities.

Judgement calls made here:
* 975 (Funaro in Paris, DCT Tue 1987-03-03, PARIS): "Funaro held separate meetings with French Finance
  Minister Edouard Balladur and Bank of France Governor Jacques de Larosiere ..., French officials said"
  is one CONSULT BRA -> FRA on "meetings" (the event noun after the light verb; visitor first, EVENTS.md
  13), the two French hosts a same-country compound in one clause (one record, EVENTS.md 12; two records
  for the two "separate" meetings arguable), undated (no time expression, rule 17), location null (the
  text names no place; Paris is only the dateline); "said" is rule-3 attribution. "They declined to
  disclose details of the talks" is a withheld STATEMENT (negated, FRA GOV, DCT, PARIS). The "European
  mission to explain his country's latest debt crisis" is a background nominal (CONSULT arguable); the
  monetary sources are anonymous, so "described" and its content (France helping to negotiate the
  concessions "sought by Brazil from Western banks, governments and official lending agencies": REQUEST
  BRA -> creditors arguable) are skipped.
* 3031 (Tietmeyer / Schlecht, DCT Mon 1987-03-09, BRUSSELS): "West Germany takes 'very seriously' the
  recent undertaking by major industrial countries to promote exchange rate stability ..., Tietmeyer said"
  is a STATEMENT (an assessment of its own stance; AGREE as a reaffirmed commitment, 12a's "reaffirmed
  U.S. backing", arguable), DCT; '"We're taking this sentence very seriously," he said' is its quoted
  restatement (later mention, EVENTS.md 3). The "recent undertaking" itself is skipped (the accord as the
  statement's object with no date; AGREE arguable). "Tietmeyer declined to say whether the February 22
  Paris accord by the Group of Five countries plus Canada included secret agreements" is a withheld
  STATEMENT (negated, DCT, Brussels: "here"; 26a), and "the February 22 Paris accord by the Group of Five
  countries plus Canada" an AGREE nominal with its own date and agent (EVENTS.md 11), the named group one
  null record with no actor2 (own_blind3/26a/33b), 1987-02-22, Paris; "he noted the official communique
  said the participants agreed to cooperate closely ..." is its later mention on "agreed" (the
  participants, null; same date), "noted" rule-3 attribution and the communique's "said" a document (not
  a speech act); the "secret agreements" are content of the question. "Tietmeyer remarked" (the dollar
  hardly moved since the meeting) and "He said a slowdown ... and that the Paris agreement should help"
  (the bare "Paris agreement" anaphoric) are STATEMENTs. Schlecht's "said the Bonn government saw no
  current need for measures ... and had not ruled out ... action" (domestic economic policy: no type),
  "Schlecht said the upturn ... slowed", "But he said there was no cumulative downwards trend" (a second
  record, EVENTS.md 3) and "He said a number of favourable indicators ... meant a recovery could be
  expected" are STATEMENTs (DEU GOV, DCT, BRUSSELS). "Schlecht and Tietmeyer were speaking ahead of a
  discussion by the EC ministers" restates the occasion of the statements already coded (skipped); the
  EC finance ministers' meeting and discussion are internal meetings of one body. "The Commission has
  sharply revised down expected German gross national product growth" is a forecast release (STATEMENT,
  the Commission null IGO), dated by the DCT as a perfect report with no time expression (EVENTS.md 16's
  "have said"; "this year" governs the growth), and "and says Bonn has the most room of any EC country to
  stimulate economic activity" a second STATEMENT (an evaluation with no actor asked, EVENTS.md 2;
  REQUEST toward DEU arguable); the forecast "predicted last autumn" is background (STATEMENT 1986
  arguable, skipped).
* 6414 (ICCO chairman delayed, DCT Wed 1987-03-18, LONDON): "an Ivorian ICCO delegate told Reuters" is
  taken as an official of a named government (CIV GOV, EVENTS.md 4's "Yugoslav agriculture officials";
  29b's unnamed consumer / producer delegates were anonymous, and treating this one so is arguable).
  What he says has no type: Bra Kanon, the ICCO council chairman, will not be able to open the council
  session tomorrow (opening and chairing an internal session of one body), and "He will arrive sometime
  later during the meetings here" (attending the internal meetings of the body he chairs; CONSULT CIV ->
  ICCO planned arguable, EVENTS.md 13's "will arrive here"), so "told" and "the delegate said" are
  STATEMENTs (DCT, London "here"). "The council session will be chaired instead by ICCO vice chairman Sir
  Denis Henry ..., ICCO officials said" is a STATEMENT by officials of a named body (null IGO, DCT).
  "Ivorian officials last week said Bra Kanon was due to return home for funeral ceremonies ..." is a
  STATEMENT (CIV GOV; a return home and a funeral have no type) dated by "last week" (9-15 March from Wed
  18 March, kept at its month: 1987-03, EVENTS.md 21), location null (not DCT-dated, no place given).
* 12092 (Baker on Brazil, DCT Wed 1987-04-01, WASHINGTON): "Baker said he did not believe Brazil was
  currently in a crisis ... and hoped the country would resolve its differences with commerical banks
  through direct negotiations" is one STATEMENT (an assessment and a hope, no actor asked; "hoped" part of
  it), DCT. 'Answering questions before a House appropriations subcommittee, Baker told a questioner "I
  disagree with your crisis characterization"' is its quoted restatement (later mention; REJECT toward
  the questioner arguable, "disagree" skipped; the hearing has no time expression: wire style, DCT, as
  33b's Yeutter testimony), and 'He said that while the U.S. Treasury regretted Brazil's interest payment
  moratorium ..., "We hope and believe they'll resolve this through direct negotiations"' a second later
  mention (the hope quoted); the concessive regret is skipped (ACCUSE USA -> BRA arguable) and the
  moratorium is Brazil's payment freeze (no type, EVENTS.md 10). "Baker said the financial community
  around the world believes it is imperative that Brazil comes up with a comprehensive program to adjust
  its economy" is REQUEST USA -> BRA (events_dev's "Brazil should come up with a new plan", EVENTS.md 2;
  a STATEMENT relaying the financial community's view arguable), DCT. "Baker said that the situation has
  improved since mid-1982", "He also noted interest rates are considerably lower" and "Baker noted a
  number of debtors are making reasonably good economic progress" are STATEMENTs; "and he cited Mexico in
  particular" is a second record, SUPPORT USA -> MEX (mild praise of a named debtor's progress, 13b/11a;
  STATEMENT arguable), DCT.
* 21080 (U.S. / Argentina soy case, DCT Mon 1987-10-19, WASHINGTON): "The U.S. is drafting options
  including possible trade retaliation against Argentina" is SANCTION USA -> ARG on "retaliation",
  hypothetical (merely considered), undated (present progressive with no time expression); "the U.S. is
  considering restrictions on imports of items such as Argentine corned beef ..., the U.S. sources said"
  is its later mention (hypothetical, undated; an identifiable act relayed by anonymous sources, as
  29a/32a, their "said" skipped). "the failure of high-level talks earlier this month" is CONSULT USA ->
  ARG (both implied, EVENTS.md 14), 1987-10 (month), "U.S. officials said" rule-3 attribution and the
  failure the talks' outcome (AGREE negated arguable, skipped). "a case filed by the U.S. National
  Soybean Processors Association" is ACCUSE USA ORG -> ARG (implied, named in the next sentence), a
  participle with its own agent (EVENTS.md 11; 22a's case "alleging unfair subsidies"), undated, and "The
  NSPA charged that Argentina's differential export taxes implicitly subsidize soyproduct exports" its
  later mention (undated, 22a: the case's allegation, not a wire-style report). The one U.S. source's
  quote ("Our only option is some sort of retaliation") is anonymous. "The U.S. shelved the NSPA case
  earlier this year" is RETREAT USA -> ARG (implied), 1987 (year), and "after Trade Representative
  Clayton Yeutter said Argentina agreed to end the differential" AGREE ARG -> USA (implied), undated (it
  precedes the shelving; "earlier this year" does not fix it), Yeutter's "said" attribution. "But when
  Argentina announced export taxes for the 1987/88 year in July" is a STATEMENT (domestic tax policy: no
  type), 1987-07, location null; the differential "was narrowed only one pct" is skipped (RETREAT toward
  the USA arguable). "Deputy trade representative Michael Smith met Agriculture minister Ernesto
  Figuerras and Economy minister Juan Sourroille on September 29" is CONSULT USA -> ARG (same-country
  compound host, one record), 1987-09-29, and "the Argentine officials said they could not narrow the
  differential further" REJECT ARG -> USA (implied; a refusal), placed in that meeting (the officials are
  the ministers just met: 1987-09-29, EVENTS.md 19; the DCT as a wire-style "said", or undated as 22a's
  relayed telling, arguable). The likely decision on reprisals by the Reagan administration is content
  of anonymous talk (skipped with its "said").
* 11551 (Baker on Asian currencies, DCT Tue 1987-03-31, WASHINGTON): "Baker told the House
  Appropriations Committee the United States is still pressing newly industrialized south Asian nations
  ... to let those currencies strengthen" is REQUEST USA -> the nations (a group: null), "told" rule-3
  attribution, undated (a standing demand in the present progressive, 17a's "is insisting"). '"We have
  seen some strengthening ... not as much as we would like," he said' and '"We have been somewhat
  disappointed in the results so far, but we intend to continue these discussions," he said' are
  STATEMENTs (DCT; the disappointment stative, ACCUSE arguable), and "we intend to continue these
  discussions" is its own CONSULT USA -> the Asian nations (implied, null), planned, undated.
* 20878 (Venezuela backs Ecuador, DCT Mon 1987-10-19, CARACAS): "Venezuela will back Ecuador's bid to
  raise its OPEC quota ... because it is a justifiable demand, ... Hernandez Grisanti said on Monday" is
  SUPPORT VEN -> ECU with the saying as the endorsement (EVENTS.md 1: trigger on "said", "back" left
  open), asserted as a declared stance (planned arguable, from "will back"), 1987-10-19 ("on Monday" =
  the DCT), CARACAS; "He told reporters the country deserved a higher quota in compensation for the five
  months ..." is its later mention (the endorsement restated with its grounds; a STATEMENT arguable).
  The earthquake, the pipeline's destruction and the forced suspension of production are an accident and
  its consequences (skipped). '"For this five-month period, Ecuador did not exercise its right ...," he
  said' is a STATEMENT, its unattributed continuation quote ('"We should recognize Ecuador's right ...
  There is a basis of justice in that country's petition."') part of that record ("recognize" skipped;
  SUPPORT arguable). "He added however, the quota increase should be gradual ..., he added" is one
  STATEMENT (an evaluation with no actor asked; REQUEST toward OPEC arguable; the repeated "he added"
  skipped as the same clause). "Hernandez Grisanti said he understood Ecuador would formally submit the
  request for a higher quota at the next ministerial conference of ... OPEC opening December 9 in Vienna"
  is REQUEST ECU -> OPEC (null IGO) on "request" (the event noun after the light verb "submit"),
  planned, placed in the conference that opens December 9 (1987-12-09, rule 3), Vienna; "said he
  understood" is rule-3 attribution, the conference an internal meeting of one body, and "Ecuador's bid"
  in the lead a background nominal (the object of the support).
* 15725 (Colombia exports, DCT Thu 1987-04-09, Bogota): the export and trade-balance figures come from a
  document ("government statistics institute figures show": not a speech act) and are statistics; "The
  national planning department forecast that in 1987 coffee ... will account for only one-third of total
  exports" is the only record, a STATEMENT by a named state body (COL GOV, although written lower-case;
  "in 1987" governs the content), DCT, location "Bogota" as the dateline writes it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind35a.jsonl"

PAR = ("PARIS", "FRA")
BRU = ("BRUSSELS", "BEL")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
CCS = ("CARACAS", "VEN")
BOG = ("Bogota", "COL")
PARIS = ("Paris", "FRA")
VIENNA = ("Vienna", "AUT")

FUNARO = ("Brazilian Finance Minister Dilson Funaro", "BRA", "GOV")
FRENCH_HOSTS = ("French Finance Minister Edouard Balladur and Bank of France Governor Jacques de Larosiere", "FRA", "GOV")
TIETMEYER = ("Finance Ministry State Secretary Hans Tietmeyer", "DEU", "GOV")
SCHLECHT = ("Economics Ministry State Secretary Otto Schlecht", "DEU", "GOV")
COMMISSION = ("The Commission", None, "IGO")
G5_PLUS_CANADA = ("the Group of Five countries plus Canada", None, "GOV")
BAKER_12092 = ("U.S. Treasury Secretary James Baker", "USA", "GOV")
BAKER_11551 = ("Treasury Secretary James Baker", "USA", "GOV")
NSPA = ("the U.S. National Soybean Processors Association", "USA", "ORG")
SMITH = ("Deputy trade representative Michael Smith", "USA", "GOV")
ARG_MINISTERS = ("Agriculture minister Ernesto Figuerras and Economy minister Juan Sourroille", "ARG", "GOV")
HERNANDEZ = ("Venezuelan Energy Minister Arturo Hernandez Grisanti", "VEN", "GOV")
USA_IMPLIED = (None, "USA", "GOV")
ARG_IMPLIED = (None, "ARG", "GOV")
GROUP_IMPLIED = (None, None, "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-975": {
        "events": [
            # 0
            ("CONSULT", "meetings", FUNARO, FRENCH_HOSTS, None,
             None, "unknown", None, "asserted", None,
             "Funaro held separate meetings with Balladur and de Larosiere (visitor first, host second, EVENTS.md 13; "
             "a same-country compound host in one clause: one record, EVENTS.md 12); 'French officials said' is "
             "rule-3 attribution; no time expression: undated; the text names no place (Paris only in the dateline)"),
            # 1
            ("STATEMENT", "disclose", (("They", "officials said."), "FRA", "GOV"), None, PAR,
             "1987-03-03", "day", None, "negated", None,
             "withheld statement: the French officials declined to disclose details of the talks; wire style: DCT, "
             "dateline city"),
        ],
        "skip": [
            (("said", "French officials"), "rule-3 attribution (the meetings are the event)"),
            ("mission", "background nominal (Funaro's European tour; CONSULT BRA -> Europe arguable)"),
            ("explain", "purpose of the mission"),
            (("talks", "details of the"), "anaphoric nominal (the meetings), content of the withheld statement"),
            ("described", "anonymous-source talk (monetary sources)"),
            ("effort", "content of anonymous talk"),
            ("help", "content of anonymous talk"),
            ("negotiate", "content of anonymous talk"),
            ("concessions", "content of anonymous talk"),
            ("sought", "content of anonymous talk (Brazil's standing request; REQUEST BRA -> its creditors, null, "
                       "arguable)"),
        ],
        "entities": [
            ("Brazilian", "NORP", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            ("French", "NORP", "FRA"),
            ("Edouard Balladur", "PERSON", "FRA"),
            ("Bank of France", "ORG", "FRA"),
            ("Jacques de Larosiere", "PERSON", "FRA"),
            ("European", "NORP", None),
            (("French", "debt crisis,"), "NORP", "FRA"),
            (("France", "see if"), "GPE", "FRA"),
            (("Brazil", "sought by"), "GPE", "BRA"),
            ("Western", "NORP", None),
        ],
    },
    "reuters21578-3031": {
        "events": [
            # 0
            ("STATEMENT", "said", TIETMEYER, None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "West Germany takes 'very seriously' the recent undertaking to promote exchange rate stability (an "
             "assessment of its own stance; AGREE as a reaffirmed commitment, 12a, arguable); wire style: DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", "say", (("Tietmeyer", "here,"), "DEU", "GOV"), None, BRU,
             "1987-03-09", "day", None, "negated", None,
             "withheld statement: declined to say whether the Paris accord included secret agreements (26a's "
             "'declined comment on the February 22 Paris accord'); talking to journalists 'here' (Brussels): DCT"),
            # 2
            ("AGREE", "accord", G5_PLUS_CANADA, None, PARIS,
             "1987-02-22", "day", "February 22", "asserted", None,
             "the February 22 Paris accord by the Group of Five countries plus Canada: a nominal with its own date and "
             "agent (EVENTS.md 11); a group of countries: null, no actor2 (own_blind3/26a/33b's Paris accord; the named "
             "group taken as one null record, not split)"),
            # 3
            ("AGREE", ("agreed", "the participants"), (("the participants", "communique said"), None, "GOV"), None, PARIS,
             "1987-02-22", "day", "February 22", "asserted", 2,
             "later mention: the participants agreed to cooperate to foster exchange rate stability (the accord, "
             "restated from its communique; 'noted' is rule-3 attribution, the communique a document)"),
            # 4
            ("STATEMENT", ("said", "this sentence very seriously,\" he"), (("he", "very seriously,\""), "DEU", "GOV"),
             None, BRU,
             "1987-03-09", "day", None, "asserted", 0,
             "later mention: quoted restatement of the lead ('We're taking this sentence very seriously', EVENTS.md 3)"),
            # 5
            ("STATEMENT", "remarked", (("Tietmeyer", "Tietmeyer remarked"), "DEU", "GOV"), None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "the dollar has hardly moved against the mark since the meeting (market assessment)"),
            # 6
            ("STATEMENT", ("said", "He said a slowdown"), (("He", "He said a slowdown"), "DEU", "GOV"), None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "the growth slowdown was caused by exchange rate swings and the Paris agreement should help (assessment)"),
            # 7
            ("STATEMENT", ("said", "Otto Schlecht"), SCHLECHT, None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "Bonn sees no current need for measures to bolster the economy but has not ruled out action (domestic "
             "economic policy: no type)"),
            # 8
            ("STATEMENT", "revised", COMMISSION, None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "forecast release: the EC Commission revised down expected German GNP growth (a forecast, no type; a "
             "perfect with no time expression read as 'have said' / 'Earlier it reported': DCT, EVENTS.md 16)"),
            # 9
            ("STATEMENT", "says", COMMISSION, None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): Bonn has the most room of any EC country to stimulate activity "
             "(an evaluation, no actor asked, EVENTS.md 2; REQUEST toward DEU arguable)"),
            # 10
            ("STATEMENT", ("said", "Schlecht said the upturn"), (("Schlecht", "Schlecht said the upturn"), "DEU", "GOV"),
             None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "statistics assessment: the upturn slowed in the fourth and first quarters"),
            # 11
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"), "DEU", "GOV"), None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "'said ... But he said': second record (EVENTS.md 3): no cumulative downward trend requiring quick action"),
            # 12
            ("STATEMENT", ("said", "He said a number"), (("He", "He said a number"), "DEU", "GOV"), None, BRU,
             "1987-03-09", "day", None, "asserted", None,
             "forecast: favourable indicators mean a recovery can be expected, exports to pick up slightly"),
        ],
        "skip": [
            ("undertaking", "the Paris accord as the object of the statement, undated ('recent'): coded on the dated "
                            "'accord' in the next sentence (AGREE with its agent arguable)"),
            ("promote", "content of the undertaking"),
            ("Talking", "participial occasion of the withheld statement (journalists are the audience)"),
            (("meeting", "before a"), "internal meeting of a single body (EC economy and finance ministers)"),
            ("included", "content of the withheld statement"),
            (("agreements", "secret"), "content of the withheld statement (hypothetical secret agreements)"),
            ("stabilising", "content"),
            ("noted", "rule-3 attribution (the participants' agreement is the event)"),
            ("communique", "a document (the official communique)"),
            (("said", "communique"), "a document saying: not a speech act"),
            ("cooperate", "content of the agreement"),
            ("foster", "content of the agreement"),
            ("moved", "market-price movement"),
            (("meeting", "since the"), "anaphoric nominal (the Paris meeting)"),
            ("slowdown", "statistics (content of the statement)"),
            ("caused", "content of the statement"),
            (("agreement", "the Paris"), "anaphoric nominal (the Paris accord)"),
            (("help", "should"), "content of the statement"),
            ("measures", "content (domestic economic policy)"),
            ("bolster", "content (domestic economic policy)"),
            ("paying", "content of the statement"),
            ("ruled out", "content (domestic policy action not ruled out: no type)"),
            (("action", "timely\""), "content (hypothetical domestic action)"),
            ("speaking", "the occasion of the statements already coded (not a new speech act)"),
            ("discussion", "internal meeting of a single body (the EC ministers), planned"),
            (("report", "EC Commission"), "background nominal (the Commission report, coded on 'revised' / 'says')"),
            ("predicted", "background: the earlier forecast of last autumn (STATEMENT 1986 arguable)"),
            (("expected", "revised down"), "content of the forecast"),
            ("stimulate", "content of the evaluation"),
            (("slowed", "economy"), "statistics (content)"),
            ("recovery", "content of the forecast"),
            ("pick up", "content of the forecast"),
        ],
        "entities": [
            ("West Germany", "GPE", "DEU"),
            ("Finance Ministry", "ORG", "DEU"),
            ("Hans Tietmeyer", "PERSON", "DEU"),
            ("European Community", "ORG", None),
            (("Tietmeyer", "here,"), "PERSON", "DEU"),
            ("Paris", "GPE", "FRA"),
            ("Group of Five", "ORG", None),
            ("Canada", "GPE", "CAN"),
            (("Tietmeyer", "Tietmeyer remarked"), "PERSON", "DEU"),
            (("West German", "slowdown in"), "NORP", "DEU"),
            (("Paris", "and that the"), "GPE", "FRA"),
            ("Economics Ministry", "ORG", "DEU"),
            ("Otto Schlecht", "PERSON", "DEU"),
            ("Bonn", "GPE", "DEU"),
            (("Schlecht", "Schlecht and"), "PERSON", "DEU"),
            (("Tietmeyer", "Schlecht and"), "PERSON", "DEU"),
            (("EC", "discussion by the"), "ORG", None),
            ("EC Commission", "ORG", None),
            (("Commission", "The Commission has"), "ORG", None),
            (("German", "expected"), "NORP", "DEU"),
            (("Bonn", "says"), "GPE", "DEU"),
            (("EC", "room of any"), "ORG", None),
            (("Schlecht", "Schlecht said the upturn"), "PERSON", "DEU"),
            (("West Germany", "upturn in"), "GPE", "DEU"),
        ],
    },
    "reuters21578-6414": {
        "events": [
            # 0
            ("STATEMENT", "told", ("an Ivorian ICCO delegate", "CIV", "GOV"), None, LON,
             "1987-03-18", "day", None, "asserted", None,
             "Bra Kanon will not be able to open the ICCO council session tomorrow (chairing an internal session of "
             "one body: no type, so the reporting clause is the record); a delegate of a named country taken as an "
             "official of its government (EVENTS.md 4; anonymous as 29b's unnamed delegates arguable); DCT, London"),
            # 1
            ("STATEMENT", ("said", "meetings here, the delegate"), (("the delegate", "meetings here,"), "CIV", "GOV"),
             None, LON,
             "1987-03-18", "day", None, "asserted", None,
             "he will arrive later during the meetings (attending the internal meetings of a body he chairs: no type; "
             "CONSULT CIV -> ICCO planned arguable, EVENTS.md 13's 'will arrive here')"),
            # 2
            ("STATEMENT", ("said", "ICCO officials"), ("ICCO officials", None, "IGO"), None, LON,
             "1987-03-18", "day", None, "asserted", None,
             "the session will be chaired instead by the vice chairman (internal procedure; officials of a named body "
             "are identifiable, EVENTS.md 4; an IGO: null)"),
            # 3
            ("STATEMENT", ("said", "last week"), ("Ivorian officials", "CIV", "GOV"), None, None,
             "1987-03", "month", "last week", "asserted", None,
             "Bra Kanon was due to return home for funeral ceremonies (no type); 'last week' from Wed 18 March = "
             "9-15 March, kept at its month (EVENTS.md 21); not DCT-dated and no place given: location null"),
        ],
        "skip": [
            ("open", "opening an internal session of one body (negated; no type)"),
            (("session", "council session here"), "internal meeting of one body (the ICCO council session)"),
            ("arrive", "attending the internal meetings of a body he chairs: no type (CONSULT CIV -> ICCO planned "
                       "arguable)"),
            ("meetings", "internal meetings of one body"),
            ("chaired", "chairing an internal session: no type"),
            (("session", "The council session"), "internal meeting of one body"),
            ("return", "a minister's return home: domestic travel, no type"),
            ("ceremonies", "funeral ceremonies: no type"),
        ],
        "entities": [
            ("Ivorian", "NORP", "CIV"),
            ("Denis Bra Kanon", "PERSON", "CIV"),
            ("International Cocoa Organization", "ORG", None),
            ("ICCO", "ORG", None),
            (("Ivorian", "tomorrow, an"), "NORP", "CIV"),
            (("ICCO", "tomorrow, an Ivorian"), "ORG", None),
            ("Reuters", "ORG", "GBR"),
            (("ICCO", "chaired instead by"), "ORG", None),
            ("Denis Henry", "PERSON", "GRD"),
            ("Grenada", "GPE", "GRD"),
            (("ICCO", "Grenada,"), "ORG", None),
            (("Ivorian", "ICCO officials said."), "NORP", "CIV"),
            (("Bra Kanon", "last week said"), "PERSON", "CIV"),
            (("Ivorian", "sister of"), "NORP", "CIV"),
            ("Felix Houphouet-Boigny", "PERSON", "CIV"),
        ],
    },
    "reuters21578-12092": {
        "events": [
            # 0
            ("STATEMENT", "said", BAKER_12092, None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "Brazil is not in a crisis; he hoped it would resolve its differences with the banks through direct "
             "negotiations (an assessment and a hope, no actor asked); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("Baker", "subcommittee,"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", 0,
             "later mention: quoted restatement 'I disagree with your crisis characterization' (EVENTS.md 3; REJECT "
             "toward the questioner arguable); the hearing has no time expression: wire style, DCT"),
            # 2
            ("STATEMENT", ("said", "He said that while"), (("He", "He said that while"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", 0,
             "later mention: quoted restatement of the hope ('We hope and believe they'll resolve this through direct "
             "negotiations'); the concessive regret over Brazil's moratorium is skipped (ACCUSE arguable)"),
            # 3
            ("REQUEST", ("said", "Baker said the financial"), (("Baker", "Baker said the financial"), "USA", "GOV"),
             (("Brazil", "imperative that"), "BRA", "GOV"), WAS,
             "1987-04-01", "day", None, "asserted", None,
             "it is imperative that Brazil comes up with a comprehensive program (an identifiable actor told it must "
             "act, EVENTS.md 2, as events_dev's 'Brazil should come up with a new plan'; relayed as the financial "
             "community's view: STATEMENT arguable)"),
            # 4
            ("STATEMENT", ("said", "foreign debt, Baker"), (("Baker", "foreign debt,"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "the debt situation has improved since mid-1982 (assessment)"),
            # 5
            ("STATEMENT", ("noted", "He also"), (("He", "He also noted"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "interest rates are lower and debt growth has slowed (assessment)"),
            # 6
            ("STATEMENT", ("noted", "Baker noted"), (("Baker", "In addition,"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "a number of debtors are making reasonably good progress (assessment)"),
            # 7
            ("SUPPORT", "cited", (("he", "progress, and he"), "USA", "GOV"), ("Mexico", "MEX", "GOV"), WAS,
             "1987-04-01", "day", None, "asserted", None,
             "cited Mexico in particular as a debtor making good progress: mild praise (13b/11a; STATEMENT arguable); "
             "second clause of the sentence, second record (EVENTS.md 3)"),
        ],
        "skip": [
            (("hoped", "debt situation and"), "part of the statement (a hope, no actor asked)"),
            (("resolve", "would"), "content of the hope"),
            (("negotiations", "through direct"), "content of the hope"),
            ("Answering", "participial occasion (the hearing)"),
            ("questions", "questions (the subcommittee's questioning)"),
            ("disagree", "part of the quoted restatement (REJECT toward the questioner arguable)"),
            ("regretted", "concessive clause inside the statement (ACCUSE USA -> BRA arguable)"),
            ("moratorium", "Brazil's payment freeze: no matching type (EVENTS.md 10)"),
            (("hope", "\"We"), "content of the quote"),
            (("resolve", "they'll"), "content of the quote"),
            (("negotiations", "this through direct"), "content of the quote"),
            ("believes", "the financial community's view: no identifiable actor (part of the request)"),
            ("program", "content of the request"),
            ("adjust", "content of the request"),
            ("comments", "part of the reporting clause"),
            ("improved", "statistics (content)"),
            ("rebuilt", "content of the assessment"),
            ("broke out", "background (the debt crisis)"),
            (("slowed", "debt has"), "statistics (content)"),
            ("progress", "content of the assessment"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("House", "ORG", "USA"),
            (("Baker", "subcommittee,"), "PERSON", "USA"),
            (("Brazil", "regarding"), "GPE", "BRA"),
            (("U.S. Treasury", "while the"), "ORG", "USA"),
            (("Brazil", "regretted"), "GPE", "BRA"),
            (("Baker", "Baker said the financial"), "PERSON", "USA"),
            (("Brazil", "imperative that"), "GPE", "BRA"),
            (("Baker", "foreign debt,"), "PERSON", "USA"),
            (("Baker", "In addition,"), "PERSON", "USA"),
            ("Mexico", "GPE", "MEX"),
        ],
    },
    "reuters21578-21080": {
        "events": [
            # 0
            ("SANCTION", "retaliation", ("The U.S.", "USA", "GOV"), ("Argentina", "ARG", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "options including possible trade retaliation against Argentina being drafted (merely considered: "
             "hypothetical); told by the reporter; present progressive with no time expression: undated"),
            # 1
            ("CONSULT", "talks", USA_IMPLIED, ARG_IMPLIED, None,
             "1987-10", "month", "earlier this month", "asserted", None,
             "the failed high-level U.S.-Argentine talks earlier this month (both parties implied, EVENTS.md 14); "
             "'U.S. officials said' is rule-3 attribution; the failure is the talks' outcome (skipped)"),
            # 2
            ("ACCUSE", "filed", NSPA, ARG_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "a case filed by the NSPA against Argentina's export taxes (a participle with its own agent, EVENTS.md "
             "11; 22a's case 'alleging unfair subsidies'); Argentina implied (named in the next sentence); undated"),
            # 3
            ("ACCUSE", "charged", ("The NSPA", "USA", "ORG"), (("Argentina", "charged that"), "ARG", "GOV"), None,
             None, "unknown", None, "asserted", 2,
             "later mention: the NSPA charged that Argentina's differential taxes subsidize soyproduct exports (the "
             "case's allegation, not a wire-style report: undated, as 22a)"),
            # 4
            ("RETREAT", "shelved", (("The U.S.", "source."), "USA", "GOV"), ARG_IMPLIED, None,
             "1987", "year", "earlier this year", "asserted", None,
             "the U.S. shelved the case against Argentina (dropping a measure against a party); 'earlier this year' "
             "= 1987 (year)"),
            # 5
            ("AGREE", "agreed", (("Argentina", "Yeutter said"), "ARG", "GOV"), USA_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Argentina agreed to end the differential (toward the U.S., implied); Yeutter's 'said' is rule-3 "
             "attribution; placed only before the shelving, not fixed by 'earlier this year': undated"),
            # 6
            ("STATEMENT", "announced", (("Argentina", "But when"), "ARG", "GOV"), None, None,
             "1987-07", "month", "July", "asserted", None,
             "announcement of the 1987/88 export taxes (domestic tax policy: no type); 'in July' = the most recent "
             "July, 1987-07; not DCT-dated: location null"),
            # 7
            ("CONSULT", "met", SMITH, ARG_MINISTERS, None,
             "1987-09-29", "day", "September 29", "asserted", None,
             "Smith met the two Argentine ministers on September 29 (a same-country compound: one record, EVENTS.md "
             "12); no place in the text"),
            # 8
            ("REJECT", ("said", "the Argentine officials"), ("the Argentine officials", "ARG", "GOV"), USA_IMPLIED, None,
             "1987-09-29", "day", "September 29", "asserted", None,
             "refusal: they could not narrow the differential further (toward the U.S., implied); 'the Argentine "
             "officials' are the ministers just met, so the refusal is placed in the September 29 meeting (EVENTS.md "
             "19; the DCT as a wire-style 'said', or undated, arguable)"),
            # 9
            ("SANCTION", "restrictions", (("the U.S.", "impasse,"), "USA", "GOV"),
             (("Argentine", "items such as"), "ARG", "GOV"), None,
             None, "unknown", None, "hypothetical", 0,
             "later mention: the U.S. is considering restrictions on imports of Argentine goods (the retaliation "
             "options; an identifiable act relayed by anonymous sources, as 29a/32a); considered: hypothetical"),
        ],
        "skip": [
            (("drafting", "The U.S. is"), "frame of the considered retaliation (coded on 'retaliation')"),
            ("dispute", "background nominal"),
            ("levies", "Argentina's standing export taxes: domestic tax policy"),
            (("drafting", "The drafting"), "anaphoric nominal"),
            (("retaliation", "drafting of"), "anaphoric nominal"),
            ("failure", "outcome of the talks (AGREE negated arguable)"),
            ("resolve", "content (purpose of the talks)"),
            (("said", "officials"), "rule-3 attribution (the talks and the drafting are the events)"),
            ("subsidize", "content of the charge"),
            (("retaliation", "some sort of"), "content of anonymous talk (one U.S. source)"),
            ("restrict", "content of anonymous talk"),
            (("said", "to our market,\""), "anonymous-source talk (one U.S. source)"),
            (("said", "Clayton Yeutter"), "rule-3 attribution (Argentina's agreement is the event)"),
            (("end", "agreed to"), "content of the agreement"),
            ("narrowed", "domestic tax policy (the differential narrowed by one pct; RETREAT toward the USA arguable)"),
            (("narrow", "could not"), "content of the refusal"),
            ("impasse", "anaphoric nominal"),
            ("considering", "frame of the considered restrictions (coded on 'restrictions')"),
            (("said", "the U.S. sources"), "anonymous-source talk (U.S. sources)"),
            ("decision", "content of anonymous talk (a decision on the possible reprisals, no type of its own)"),
            ("reprisals", "anaphoric nominal (the possible retaliation), content of anonymous talk"),
            (("said", "soon, they"), "anonymous-source talk (the U.S. sources)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Argentina", "GPE", "ARG"),
            ("Buenos Aires", "GPE", "ARG"),
            ("U.S. National Soybean Processors Association", "ORG", "USA"),
            (("U.S.", "Processors Association,"), "GPE", "USA"),
            ("NSPA", "ORG", "USA"),
            (("Argentina", "charged that"), "GPE", "ARG"),
            (("U.S.", "competition with the"), "GPE", "USA"),
            ("Argentine", "NORP", "ARG"),
            (("U.S.", "said one"), "GPE", "USA"),
            (("U.S.", "source."), "GPE", "USA"),
            (("NSPA", "shelved the"), "ORG", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("Argentina", "Yeutter said"), "GPE", "ARG"),
            (("Argentina", "But when"), "GPE", "ARG"),
            ("Michael Smith", "PERSON", "USA"),
            ("Ernesto Figuerras", "PERSON", "ARG"),
            ("Juan Sourroille", "PERSON", "ARG"),
            (("Argentine", "September 29 and the"), "NORP", "ARG"),
            (("U.S.", "impasse, the"), "GPE", "USA"),
            (("Argentine", "items such as"), "NORP", "ARG"),
            (("U.S.", "leather, the"), "GPE", "USA"),
            ("Reagan", "PERSON", "USA"),
        ],
    },
    "reuters21578-11551": {
        "events": [
            # 0
            ("REQUEST", "pressing", ("the United States", "USA", "GOV"),
             ("newly industrialized south Asian nations", None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. is still pressing the newly industrialized Asian nations to let their currencies strengthen (a "
             "group of countries: null); 'told' is rule-3 attribution; a standing demand in the present progressive "
             "with no time expression: undated (17a's 'is insisting')"),
            # 1
            ("STATEMENT", ("said", "would like,\" he"), (("he", "would like,\""), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "assessment: some strengthening of those currencies, not as much as we would like; wire style: DCT"),
            # 2
            ("STATEMENT", ("said", "discussions,\" he"), (("he", "discussions,\""), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "'somewhat disappointed in the results so far' (assessment; ACCUSE toward the Asian nations arguable)"),
            # 3
            ("CONSULT", "discussions", (("we", "but we intend"), "USA", "GOV"), GROUP_IMPLIED, None,
             None, "unknown", None, "planned", None,
             "'we intend to continue these discussions' with the Asian nations (implied, a group: null); planned, no "
             "time expression: undated"),
        ],
        "skip": [
            ("told", "rule-3 attribution (the pressing is the event)"),
            ("tied", "background: currency pegs (monetary)"),
            (("strengthen", "to let"), "content of the pressure"),
            ("strengthening", "market movement (content of the quote)"),
            ("disappointed", "stative (content of the quote; ACCUSE arguable)"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("House Appropriations Committee", "ORG", "USA"),
            ("United States", "GPE", "USA"),
            ("Asian", "NORP", None),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-20878": {
        "events": [
            # 0
            ("SUPPORT", ("said", "Grisanti said on"), HERNANDEZ, ("Ecuador", "ECU", "GOV"), CCS,
             "1987-10-19", "day", "Monday", "asserted", None,
             "Venezuela will back Ecuador's bid for a higher OPEC quota, 'a justifiable demand': the saying is the "
             "endorsement (EVENTS.md 1; trigger on 'said', 'back' left open), asserted as a declared stance (planned "
             "arguable); 'on Monday' = the DCT, Mon 19 October; dateline city"),
            # 1
            ("SUPPORT", "told", (("He", "He told"), "VEN", "GOV"), (("the country", "told reporters"), "ECU", "GOV"), CCS,
             "1987-10-19", "day", "Monday", "asserted", 0,
             "later mention: Ecuador deserved a higher quota in compensation for the five months (the endorsement "
             "restated with its grounds; a STATEMENT of reasons arguable)"),
            # 2
            ("STATEMENT", ("said", "221,000 bpd,\" he"), (("he", "221,000 bpd,\""), "VEN", "GOV"), None, CCS,
             "1987-10-19", "day", None, "asserted", None,
             "the grounds: Ecuador did not exercise its right to produce for five months (its unattributed continuation "
             "quote 'We should recognize Ecuador's right ...' is part of this reporting clause)"),
            # 3
            ("STATEMENT", ("added", "He added"), (("He", "He added"), "VEN", "GOV"), None, CCS,
             "1987-10-19", "day", None, "asserted", None,
             "the quota increase should be gradual (an evaluation, no actor asked, EVENTS.md 2; REQUEST toward OPEC "
             "arguable); the repeated 'he added' is the same clause"),
            # 4
            ("REQUEST", ("request", "submit the"), (("Ecuador", "understood"), "ECU", "GOV"),
             ("Organization of Petroleum Exporting Countries", None, "IGO"), VIENNA,
             "1987-12-09", "day", "December 9", "planned", None,
             "Ecuador will formally submit its request for a higher quota at the OPEC conference opening December 9 "
             "in Vienna (placed in the dated conference, rule 3; event noun after the light verb 'submit'); 'said he "
             "understood' is rule-3 attribution"),
        ],
        "skip": [
            ("bid", "Ecuador's bid: background nominal, object of the support (the request is coded on 'request')"),
            ("raise", "content of the bid"),
            ("demand", "anaphoric nominal (the bid)"),
            ("deserved", "content of the endorsement"),
            ("compensation", "content of the endorsement"),
            ("forced", "consequence of an accident (content)"),
            ("suspend", "suspension of oil production after an earthquake: accident, no type"),
            ("destroyed", "accident (earthquake)"),
            ("exercise", "content (negated, no type)"),
            ("recognize", "continuation quote with no reporting verb (part of the 'he said' record; SUPPORT arguable)"),
            (("increase", "right to"), "content of the quote"),
            ("petition", "anaphoric nominal (the bid)"),
            (("increase", "the quota"), "content of the evaluation"),
            ("harming", "content of the evaluation"),
            (("added", "market, he"), "repeated reporting verb of the same clause (wire duplication)"),
            (("said", "Grisanti said he"), "rule-3 attribution (Ecuador's planned request is the event)"),
            ("understood", "part of the attribution"),
            ("conference", "internal meeting of one body (the OPEC ministerial conference)"),
            ("opening", "dating of the conference"),
        ],
        "entities": [
            ("Venezuela", "GPE", "VEN"),
            ("Ecuador", "GPE", "ECU"),
            ("OPEC", "ORG", None),
            ("Venezuelan", "NORP", "VEN"),
            ("Arturo Hernandez Grisanti", "PERSON", "VEN"),
            (("Ecuador", "five-month period,"), "GPE", "ECU"),
            (("Ecuador", "recognize"), "GPE", "ECU"),
            (("Hernandez Grisanti", "harming the market"), "PERSON", "VEN"),
            (("Ecuador", "understood"), "GPE", "ECU"),
            ("Organization of Petroleum Exporting Countries", "ORG", None),
            (("OPEC", "Exporting Countries ("), "ORG", None),
            ("Vienna", "GPE", "AUT"),
        ],
    },
    "reuters21578-15725": {
        "events": [
            # 0
            ("STATEMENT", "forecast", ("The national planning department", "COL", "GOV"), None, BOG,
             "1987-04-09", "day", None, "asserted", None,
             "forecast: coffee will account for only one-third of 1987 exports (a named state body, lower-case; 'in "
             "1987' governs the content); wire style: DCT, dateline city as written"),
        ],
        "skip": [
            ("rose", "statistics"),
            ("setting", "statistics"),
            ("show", "a document (institute figures): not a speech act"),
            ("amounted", "statistics"),
            ("drop", "statistics"),
            ("registered", "statistics"),
            ("account", "content of the forecast"),
        ],
        "entities": [
            ("colombian", "NORP", "COL"),
            (("colombia", "1987 coffee,"), "GPE", "COL"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
