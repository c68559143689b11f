"""Build ``own_blind76b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind76b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1980 left); 24 drawn with random.Random(76101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
53 event records (46 first mentions, 7 later mentions), 139 not_annotated spans, 135 entity mentions
(GPE 65, ORG 25, PERSON 23, NORP 14, LOC 8); no article without events; 15916 (CCC bonus wheat for Jordan)
and 18674 (Seger on currency stability) have STATEMENTs only.
Types: STATEMENT 37, ASSAULT 6, CONSULT 5, AGREE 2, REQUEST 2, REJECT 1; modality: asserted 48, planned 4,
negated 1; precision: day 42, unknown 9, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, three wrong first matches fixed: "he"
inside "Otherwise" and "when", "determine" inside "undetermined"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Treasury Assistant Secretary David Mulford": ORG "Treasury" +
PERSON; "U.S. Agriculture Secretary Richard Lyng": GPE "U.S." + PERSON; "Federal Reserve Board Governor
Martha Seger": ORG + PERSON; "Sen Phil Gramm": PERSON only); the state of "(R-Tex)" is a GPE USA (58a's
"(R-Iowa)"); company names are tagged with their legal form and without angle brackets, tickers ("<TX>")
are not entities; the possessive 's is left out ("Kuwait's", "Iran's", "Lyng's", "Gramm's", "Germany's",
"Japan's", "New York Mercantile Exchange's"); a government body with its country word is one ORG span
("U.S. Agriculture Department", "U.S. Department of Transportation", "U.S. League of Savings
Institutions"), "the Japanese Government" gives only NORP "Japanese" (4a's "Japanese government");
"Senate Banking subcommittee" is one ORG span (14a's "House Energy subcommittee"); the parenthetical
abbreviations "(CCC)" and "(UAE)" are separate mentions; "Paris" in "the Paris agreement" is a GPE (35a;
the accord is not an entity); "Kuwaiti" in "Kuwaiti-connected" is NORP (earlier sets' "Kuwaiti-owned");
"West Texas" in the grade name is LOC USA (8b/22a); a named river or marsh is LOC with its common noun
("Red River", "Hawizah marshes"); "Group of Five" is ORG null; the repeated paragraphs of 18186 are tagged
twice (21b's 12121); programmes (Export Enhancement Program), products, currencies ("Yen", "Mark") and the
lower-case "fourth army corps" and "Savings and Loan executives" are not entities.
Countries: the Commodity Credit Corporation / CCC, the U.S. Agriculture Department, Louis Dreyfus Corp and
Continental Grain Co ORG USA (U.S. exporters in an EEP award, 42a/47a), Jordan GPE JOR; Kuwait GPE KWT,
"Kuwaiti" NORP KWT, the Soviet Union and Moscow GPE SUN, "Soviet" NORP SUN, "U.S." GPE USA, Iran GPE IRN,
Iraq GPE IRQ, Khor Fakkan, the United Arab Emirates and UAE GPE ARE, the Mideast Gulf, the Strait of Hormuz
and the Gulf LOC null (earlier sets); the Treasury, the Senate Banking subcommittee ORG USA, David Mulford /
"Mulford" and Phil Gramm / "Gramm" PERSON USA, Tex GPE USA, Paris GPE FRA, Canada GPE CAN, West Germany
and Germany GPE DEU, Japan GPE JPN, "Japanese" NORP JPN; Delta Air Lines / "Delta" and the U.S.
Department of Transportation ORG USA, Portland and Ore GPE USA, Seoul and Korea GPE KOR (South Korea),
Tokyo GPE JPN; Richard Lyng / "Lyng" PERSON USA, Oklahoma State University ORG USA; Texaco Inc / "Texaco"
and Texaco Pipeline Co ORG USA, Dan Stevens / "Stevens" PERSON USA, the Red River LOC USA, Cushing, Okla,
Witchita Falls, Kan, Oklahoma and Texas GPE USA, New York Mercantile Exchange ORG USA; Amarah, Baghdad and
Basra GPE IRQ, "Iraqi" NORP IRQ, "Iranian" NORP IRN, the Hawizah marshes LOC IRQ (the area of Iraq's
fourth army corps; they straddle the border, null arguable); the Federal Reserve Board / Fed and the U.S.
League of Savings Institutions ORG USA, Martha Seger / "Seger" PERSON USA.

Judgement calls made here:
* 15916 (CCC bonus wheat for Jordan, DCT Thu 1987-04-09, WASHINGTON; as 42a's 19 and 47a's 3339):
  accepting the eight bonus offers, the bonus awards to Louis Dreyfus and Continental Grain and their
  payment in kind are export-bonus administration (GUIDELINES: skipped), the sales to Jordan a purpose
  nominal (COOPERATE arguable), so "the U.S. Agriculture Department said" and "The department said" are
  STATEMENTs (USA GOV, DCT, WASHINGTON). "The purchases of U.S. wheat completes the Export Enhancement
  Program initiative announced on December 31, 1986" has no reporting clause of its own; "announced" is a
  STATEMENT by the implied USDA (a reduced relative with its own date, 42a's "announced in April, 1986"),
  1986-12-31 at day precision, location null; "purchases" anaphoric, "completes" no event.
* 16366 (Soviet tankers for Kuwaiti oil, DCT Mon 1987-04-13, KUWAIT): every "said" is by diplomatic
  sources or diplomats (anonymous, EVENTS.md 4: skipped, as are their expectations), but the acts of
  identified actors they report are coded (53a's 10705): "Kuwait has agreed to charter tankers from the
  Soviet Union" is AGREE KWT GOV -> SUN GOV on "agreed" (EVENTS.md 8; "charter" its content), undated
  (present perfect, rule 17); "the agreement followed months of talks with the Soviet Union and the U.S."
  is CONSULT by the implied Kuwait, split into KWT -> SUN and KWT -> USA (EVENTS.md 12), undated ("months
  of" a duration; "agreement" anaphoric); "after Iran started to attack Kuwaiti-connected vessels" is
  ASSAULT IRN MIL -> KWT BUS (a background clause with its own predication; "started" aspectual),
  undated; "in retaliation for Kuwait's backing for Iran's war enemy Iraq" gives a background nominal
  (skipped; SUPPORT KWT -> IRQ arguable). "So far, none of the Soviet ships are known to have been attacked
  by Iran" is ASSAULT IRN -> SUN negated (explicitly did not happen), undated. "knew of no deal for Moscow
  to provide a naval escort" is anonymous knowledge, not an explicit negation (skipped; AID SUN -> KWT
  negated arguable); the past Soviet arms voyages "to unload arms ... for road delivery to Iraq" are a
  purpose clause inside anonymous talk (skipped; AID SUN -> IRQ arguable); the three Soviet tankers'
  expected reinforcing and sailing are anonymous forecasts.
* 9923 (Mulford on the Paris accord, DCT Thu 1987-03-26, WASHINGTON; Senate testimony): the bare "Paris
  agreement" (twice) is a presupposed nominal (24b, skipped); "He told a Senate Banking subcommittee the
  Group of Five nations and Canada agreed in Paris to ..." is AGREE by the group (null GOV, no actor2,
  own_blind3/21b/48a's Paris accord), located in Paris, undated (no time expression here, 21b), "told"
  rule-3 attribution; "the committments in Paris" anaphoric. "Asked by Sen Phil Gramm ..." is a question
  and U.S. intervention a monetary operation (skipped); "Mulford replied", "Mulford said in his testimony",
  "He stressed", "Mulford noted", "He also said", "Commenting ..., Mulford said" ("exchange rates ought to
  be stabilized": no actor asked, EVENTS.md 2; "Commenting" its participial elaboration), "Mulford said the
  administration wanted ..." and "Otherwise, he said" are STATEMENTs, and so is "both alternatives he
  termed unacceptable and undesirable" (its own reporting clause, EVENTS.md 3); "as Gramm asserted" is a
  STATEMENT by Gramm (USA GOV, an identifiable legislator at the hearing). "Mulford rejected Gramm's
  argument that faster domestic growth in Germany and Japan would result in an even lower dollar" is
  REJECT USA GOV -> Gramm (USA GOV; rejecting a named actor's argument; STATEMENT arguable). All DCT,
  WASHINGTON (the dateline city; the hearing has no place in the text).
* 15815 (Delta files for Portland-Seoul, DCT Thu 1987-04-09, ATLANTA): "Delta Air Lines said it filed with
  the U.S. Department of Transportation its application for one-stop service ..." is REQUEST USA BUS -> the
  DOT (USA GOV; an application to the authorities, 72a's "applied"), undated (past tense, no time
  expression, rule 17), "said" rule-3 attribution, "application" the same act. The start of service by
  July 1 if approvals come promptly (a condition), the Portland-Tokyo service started on March 2 and the
  increase to six flights on June 1 and daily service by 1988 are the airline's own business plans (no
  counterpart: content), so the other three "Delta said" are STATEMENTs (DCT, ATLANTA).
* 8574 (Lyng to ask Japan to drop beef restrictions, DCT Mon 1987-03-23, STILLWATER, Okla.): "Richard Lyng
  will ask the Japanese Government to remove all beef import restrictions when he visits there next month"
  is REQUEST USA GOV -> JPN GOV, planned, 1987-04 ("next month", month; placed in the visit), located in
  Japan ("there"), and "visits" CONSULT USA GOV -> the implied Japanese hosts (JPN GOV), planned, 1987-04;
  "Lyng's remarks came in a speech at Oklahoma State University today" announces the plan ("remarks"
  attribution, "speech" its occasion: skipped). The quote '"We think Japanese consumers should have the
  same freedom of choice ... they'd buy more beef ...," Lyng said' is a STATEMENT (an evaluation, no actor
  told to act, EVENTS.md 2; REQUEST toward Japan arguable), placed in today's speech (1987-03-23, "today",
  the same value as the DCT), located at Oklahoma State University.
* 18186 (Texaco pipeline shut by floods, DCT Tue 1987-06-02, NEW YORK): the last three paragraphs repeat
  word for word (a transmission artefact): the repeated clauses are coded as later mentions of their first
  copies and their skips and entities are listed twice (21b's 12121). The closure after flood damage and a
  leak, the repairs and the reopening have no type (an accident and the operator's own pipeline: skipped),
  so "The operator of a major U.S. crude oil pipeline ... said" (Texaco, named next: USA BUS), "Dan Stevens
  ... said", '"...," Stevens said' (a new quote, not a restatement), "adding that the timing for repairs
  will depend on the damage" (EVENTS.md 3: two records), "..., Stevens said" (pre-shutdown throughput:
  statistics), "a spokesman for Texaco said" (the shutdown on Saturday) and "Stevens said it was reasonable
  to suggest the pipeline could operate at full capacity" are STATEMENTs (DCT, NEW YORK). "but cautioned
  they will talk with customers to determine their requirements" is CONSULT planned, Texaco ("they", USA
  BUS) -> the pipeline's customers (nationality not stated: null BUS, EVENTS.md 15, as 55a's unnamed
  institution), undated ("when it reopens" gives no value), "cautioned" rule-3 attribution (a STATEMENT on
  "cautioned" arguable). "Monday, after Texaco confirmed that the pipeline had been closed" is a STATEMENT
  dated 1987-06-01 (the Monday before Tue 2 June, "Monday" governing the clause), location null; the
  analysts' and traders' talk is anonymous and the WTI rise a market-price movement.
* 4030 (Iraq repels an Iranian attack near Amarah, DCT Wed 1987-03-11, BAGHDAD): "Iraq said" and "A Baghdad
  war communique said" are rule-3 attribution, the fighting being the events (4b/20b/22a). "it had
  repelled an Iranian attack" is ASSAULT IRQ MIL -> IRN MIL (defence, 4b's "repelled") and "an Iranian
  attack on positions held by its fourth army corps" ASSAULT IRN MIL -> IRQ MIL (a nominal with its own
  predication and place), both dated 1987-03-11 by the communique's "launched the overnight attack" (a
  later mention of the attack, trigger on "attack" after the light verb; "overnight" in a same-day report
  is the DCT, 4b/22a), located east of Amarah; "fierce fighting raged for more than six hours" is a later
  mention of the repulse (implied parties, the Iraqi side first, 22a's "Fierce fighting has been
  raging"). "before Iranian troops fled the battlefield, leaving 220 men killed and many wounded" is the
  outcome of the repulse (skipped; RETREAT / ASSAULT arguable), "backed by tanks" part of the attack.
  "No major battles have been reported fought by the fourth army corps for more than a year" is negated
  background with an agentless report (skipped; ASSAULT negated arguable).
* 18674 (Seger sees currency stability, DCT Thu 1987-06-18, WASHINGTON): monetary and exchange-rate talk
  with no party asked: every reporting clause is a STATEMENT (USA GOV, DCT, WASHINGTON; the speech's place
  is not given). '"I think we are beginning to see more calm in those markets," Seger told reporters'
  restates the lead (signs of helpful stability: later mention on "told", EVENTS.md 3), and '"I am
  concerned that we have gotten so nervous," about exchange rates, Seger said' restates "Seger told the
  Savings and Loan executives that she was concerned ..." (later mention). "She said market forces have a
  major influence ... and said she did not know the right value for the dollar" is two records (an
  assertion of not knowing, not a withheld statement); "she said" (stability is healthy), "She said the Fed
  takes into account additional factors" and "Seger called the latest figures in gross national product a
  modest upward revision" are STATEMENTs; "after a speech to the U.S. League of Savings Institutions" is a
  background nominal (the occasion; STATEMENT arguable, skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind76b.jsonl"

WAS = ("WASHINGTON", "USA")
ATL = ("ATLANTA", "USA")
NYC = ("NEW YORK", "USA")
PARIS_TXT = ("Paris", "FRA")
AMARAH_TXT = ("Amarah", "IRQ")
JAPAN_LOC = ("Japan", "JPN")
OSU_TXT = ("Oklahoma State University", "USA")

USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
KWT_GOV = "KWT", "GOV"
IRQ_MIL = "IRQ", "MIL"
IRN_MIL = "IRN", "MIL"
USDA_IMPLIED = (None, "USA", "GOV")
MULFORD_HE = (("He", "He stressed"),)
STEVENS_JOB = (("Stevens", 'job done," Stevens'),)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15916": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("the U.S. Agriculture Department",) + USA_GOV,
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "the CCC accepted eight bonus offers on wheat sales to Jordan (export-bonus administration: no type, "
                "GUIDELINES, 27b/42a; so the reporting clause is a STATEMENT); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "The department said"),
                ("The department",) + USA_GOV,
                None,
                WAS,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "bonus average and delivery period (bonus terms: content); DCT",
            ),
            # 2
            (
                "STATEMENT",
                "announced",
                USDA_IMPLIED,
                None,
                None,
                "1986-12-31",
                "day",
                "December 31, 1986",
                "asserted",
                None,
                "the Export Enhancement Program initiative announced on December 31, 1986 (a reduced relative with its "
                "own date, EVENTS.md 11, as 42a's 'announced in April, 1986'; the announcer implied: the USDA); no "
                "place given",
            ),
        ],
        "skip": [
            ("accepted", "acceptance of export-bonus offers: export-bonus administration (no type, GUIDELINES, 42a)"),
            ("offers", "the exporters' bonus offers: export-bonus administration"),
            ("sales", "the sales to Jordan covered by the bonuses: purpose nominal (COOPERATE arguable, 42a)"),
            ("awarded", "export-bonus administration"),
            (("awards", "The bonus"), "export-bonus administration (awards to Louis Dreyfus and Continental)"),
            (("made", "awards were"), "part of the bonus awards (export-bonus administration)"),
            ("paid", "bonus payment in kind: export-bonus administration"),
            ("delivery", "delivery schedule (content)"),
            ("purchases", "anaphoric nominal (the wheat purchases; COOPERATE arguable)"),
            ("completes", "no event"),
            ("initiative", "programme nominal (its announcement is coded on 'announced')"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("Jordan", "GPE", "JOR"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Louis Dreyfus Corp", "ORG", "USA"),
            ("Continental Grain Co", "ORG", "USA"),
            (("CCC", "commodities from"), "ORG", "USA"),
            (("U.S.", "purchases of"), "GPE", "USA"),
        ],
    },
    "reuters21578-16366": {
        "events": [
            # 0
            (
                "AGREE",
                "agreed",
                ("Kuwait",) + KWT_GOV,
                ("the Soviet Union", "SUN", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Kuwait has agreed to charter tankers from the Soviet Union (EVENTS.md 8: AGREE on 'agreed', the "
                "charter its content); an identified actor's act reported by anonymous diplomatic sources (53a's "
                "10705: the act is coded, the sources' 'said' skipped); present perfect, no time expression: undated",
            ),
            # 1
            (
                "CONSULT",
                "talks",
                (None,) + KWT_GOV,
                (("the Soviet Union", "talks with"), "SUN", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the agreement followed months of talks with the Soviet Union (Kuwait implied: 'its oil exports'; a "
                "compound counterpart with different countries split, EVENTS.md 12); 'months of' is a duration: "
                "undated",
            ),
            # 2
            (
                "CONSULT",
                "talks",
                (None,) + KWT_GOV,
                ("U.S.", "USA", "GOV"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the same talks with the U.S. (second record of the split compound, EVENTS.md 12); undated",
            ),
            # 3
            (
                "ASSAULT",
                "attack",
                ("Iran",) + IRN_MIL,
                ("Kuwaiti-connected vessels", "KWT", "BUS"),
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Iran started to attack Kuwaiti-connected vessels (background clause with its own predication; "
                "'started' aspectual); no time expression: undated",
            ),
            # 4
            (
                "ASSAULT",
                ("attacked", "known to have been"),
                (("Iran", "attacked by"),) + IRN_MIL,
                (("Soviet ships", "none of the"), "SUN", "BUS"),
                None,
                None,
                "unknown",
                None,
                "negated",
                None,
                "none of the Soviet ships are known to have been attacked by Iran (explicitly did not happen); 'So far' "
                "gives no value: undated",
            ),
        ],
        "skip": [
            ("charter", "content of the agreement (EVENTS.md 8)"),
            ("move", "anaphoric nominal (the charter agreement)"),
            ("protect", "purpose clause"),
            (("said", "diplomatic sources"), "anonymous-source talk (diplomatic sources)"),
            (("said", "They said the agreement"), "anonymous-source talk (the diplomatic sources)"),
            (("agreement", "They said the"), "anaphoric nominal (the charter agreement)"),
            ("secure", "purpose of the talks (content)"),
            ("started", "aspectual (the attack is coded on 'attack')"),
            ("retaliation", "motive of the attack (part of it)"),
            ("backing", "background nominal (Kuwait's backing for Iraq; SUPPORT KWT -> IRQ arguable)"),
            (("war", "Iran's"), "background nominal (the Iran-Iraq war)"),
            (("said", "Diplomats said they expect"), "anonymous-source talk (diplomats)"),
            ("expect", "anonymous forecast (diplomats)"),
            ("reinforce", "content of an anonymous forecast (COOPERATE SUN -> KWT planned arguable)"),
            ("supporting", "stative (other flags' ships serving Kuwait's fleet; no identified actor)"),
            (("said", "The diplomats said"), "anonymous-source talk (diplomats)"),
            (
                "deal",
                "no deal known to anonymous diplomats (not an explicit negation; AID SUN -> KWT negated arguable)",
            ),
            (("provide", "Moscow to"), "content of the unknown deal"),
            (("escort", "a naval"), "content of the unknown deal"),
            ("protection", "anonymous comment (content)"),
            (("said", 'implicit," one'), "anonymous-source talk (one diplomat)"),
            (("said", "They said Soviet cargo"), "anonymous-source talk (diplomats)"),
            ("unload", "purpose clause of the ships' past voyages"),
            ("delivery", "purpose nominal (Soviet arms for Iraq; AID SUN -> IRQ arguable)"),
            ("sailed", "no type (ships sailing under an unnamed escort)"),
            (("escort", "sailed under"), "unnamed escort (no identified actor)"),
            (("said", "Diplomats said they expected"), "anonymous-source talk (diplomats)"),
            ("expected", "anonymous forecast (diplomats)"),
            ("chartered", "anaphoric (the charter agreement)"),
            ("sail between", "content of an anonymous forecast"),
        ],
        "entities": [
            ("Kuwait", "GPE", "KWT"),
            ("Soviet Union", "GPE", "SUN"),
            ("Mideast Gulf", "LOC", None),
            (("Soviet Union", "talks with"), "GPE", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("Iran", "GPE", "IRN"),
            ("Kuwaiti", "NORP", "KWT"),
            (("Kuwait", "retaliation for"), "GPE", "KWT"),
            (("Iran", "backing for"), "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            (("Soviet", "three"), "NORP", "SUN"),
            (("Kuwait", "supporting"), "GPE", "KWT"),
            ("Moscow", "GPE", "SUN"),
            (("Soviet", "They said Soviet"), "NORP", "SUN"),
            (("Kuwait", "bound for"), "GPE", "KWT"),
            (("Iraq", "delivery to"), "GPE", "IRQ"),
            (("Soviet", "none of the"), "NORP", "SUN"),
            (("Iran", "attacked by"), "GPE", "IRN"),
            (("Soviet", "chartered"), "NORP", "SUN"),
            (("Kuwait", "sail between"), "GPE", "KWT"),
            ("Khor Fakkan", "GPE", "ARE"),
            ("United Arab Emirates", "GPE", "ARE"),
            ("UAE", "GPE", "ARE"),
            ("Strait of Hormuz", "LOC", None),
            (("Gulf", "mouth of the"), "LOC", None),
        ],
    },
    "reuters21578-9923": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Treasury Assistant Secretary David Mulford",) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the Paris agreement is intended to produce reasonable stability (assessment; the bare 'Paris "
                "agreement' is a presupposed nominal); wire style: DCT, dateline city (testimony to a Senate "
                "subcommittee)",
            ),
            # 1
            (
                "AGREE",
                "agreed",
                ("the Group of Five nations and Canada", None, "GOV"),
                None,
                PARIS_TXT,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the Group of Five nations and Canada agreed in Paris to seek a period of stability (the Paris accord: "
                "a group of six, null, no actor2, own_blind3/21b/48a); no time expression here: undated (21b); 'told' "
                "rule-3 attribution",
            ),
            # 2
            (
                "STATEMENT",
                "replied",
                (("Mulford", "overvaluing the dollar,"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the administration judges that current exchange rates reflect fundamentals (assessment; 'Asked by "
                "Sen Phil Gramm' a question); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "deficit, Mulford"),
                (("Mulford", "deficit, Mulford"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "stability would allow West Germany and Japan to stimulate and the U.S. to cut its deficit (assessment; "
                "'in his testimony' part of the clause); DCT",
            ),
            # 4
            (
                "STATEMENT",
                "stressed",
                MULFORD_HE + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "a further sharp dollar fall would hurt German and Japanese growth (assessment); DCT",
            ),
            # 5
            (
                "STATEMENT",
                "noted",
                (("Mulford", "Mulford noted"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "half of West Germany's economy is affected by international developments (assessment); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "He also said"),
                (("He", "He also said"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "Japanese growth would bring more U.S. exports, not necessarily more capital flows (assessment); DCT",
            ),
            # 7
            (
                "STATEMENT",
                "asserted",
                (("Gramm", "as Gramm"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "Senator Gramm's assertion that Japanese growth would lead to greater capital flows to the U.S. (a "
                "reporting clause by an identifiable legislator at the hearing); DCT",
            ),
            # 8
            (
                "STATEMENT",
                ("said", "Commenting"),
                (("Mulford", "Commenting"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "exchange rates ought to be stabilized so Germany's and Japan's efforts can be carried out (an "
                "evaluation with no actor asked, EVENTS.md 2); 'Commenting' its participial elaboration; DCT",
            ),
            # 9
            (
                "REJECT",
                "rejected",
                (("Mulford", "Mulford rejected"),) + USA_GOV,
                (("Gramm", "rejected"),) + USA_GOV,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "rejected Gramm's argument that faster growth abroad would mean a lower dollar (rejecting a named "
                "actor's argument: REJECT toward Gramm; STATEMENT arguable); DCT",
            ),
            # 10
            (
                "STATEMENT",
                ("said", "Mulford said the administration"),
                (("Mulford", "Mulford said the administration"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "the administration wants higher growth overseas to improve the trade deficit (policy aim); DCT",
            ),
            # 11
            (
                "STATEMENT",
                ("said", "Otherwise, he"),
                (("he", "he said, the trade"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "otherwise the deficit would be resolved by a much lower dollar or a U.S. recession (assessment); DCT",
            ),
            # 12
            (
                "STATEMENT",
                "termed",
                (("he", "alternatives"),) + USA_GOV,
                None,
                WAS,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "both alternatives termed unacceptable and undesirable (its own reporting clause, EVENTS.md 3); DCT",
            ),
        ],
        "skip": [
            (("agreement", "the Paris"), "bare presupposed nominal (the Paris accord; AGREE arguable, 24b)"),
            ("intended", "content of the statement"),
            ("produce", "content of the statement"),
            ("told", "rule-3 attribution (the agreement is the event, 21b)"),
            ("committments", "anaphoric nominal (the Paris commitments)"),
            ("take place", "content of the agreement"),
            ("Asked", "a question (Gramm's)"),
            ("intervention", "currency intervention (monetary operation, EVENTS.md 10)"),
            ("overvaluing", "content of the question"),
            ("judged", "content of the statement (the administration's assessment)"),
            ("adjustments", "content of the statement"),
            ("sought", "background (the stability sought)"),
            ("stimulate", "content of the statement"),
            (("cut", "U.S. to"), "content of the statement"),
            ("testimony", "part of the reporting clause"),
            ("hurt", "content of the statement"),
            ("boost", "content of the statement"),
            ("affected", "stative (content)"),
            ("reformed", "condition inside the statement"),
            ("Commenting", "participial elaboration of 'said' (EVENTS.md 3)"),
            (("agreement", "Commenting on the Paris"), "anaphoric nominal (the Paris accord)"),
            ("stabilized", "content of the statement"),
            ("carried out", "content of the statement"),
            ("argument", "object of the rejection (Gramm's argument)"),
            ("achieve", "content of the statement"),
            ("improving", "content of the statement"),
            ("resolved", "content of the statement"),
        ],
        "entities": [
            ("Treasury", "ORG", "USA"),
            ("David Mulford", "PERSON", "USA"),
            ("Paris", "GPE", "FRA"),
            ("Senate Banking subcommittee", "ORG", "USA"),
            ("Group of Five", "ORG", None),
            ("Canada", "GPE", "CAN"),
            (("Paris", "agreed in"), "GPE", "FRA"),
            (("Paris", "committments in"), "GPE", "FRA"),
            ("Phil Gramm", "PERSON", "USA"),
            ("Tex", "GPE", "USA"),
            (("U.S.", "whether"), "GPE", "USA"),
            (("Mulford", "overvaluing the dollar,"), "PERSON", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Japan", "West Germany and"), "GPE", "JPN"),
            (("U.S.", "domestically and"), "GPE", "USA"),
            (("Mulford", "deficit, Mulford"), "PERSON", "USA"),
            (("Germany", "ability of"), "GPE", "DEU"),
            (("Japan", "ability of Germany and"), "GPE", "JPN"),
            (("Mulford", "Mulford noted"), "PERSON", "USA"),
            (("West Germany", "half of"), "GPE", "DEU"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "more U.S. exports"), "GPE", "USA"),
            (("Japan", "exports to"), "GPE", "JPN"),
            (("Japanese", "greater"), "NORP", "JPN"),
            (("U.S.", "capital flows to the"), "GPE", "USA"),
            (("Gramm", "as Gramm"), "PERSON", "USA"),
            (("Japan", "if Japan"), "GPE", "JPN"),
            (("Paris", "Commenting on the"), "GPE", "FRA"),
            (("Mulford", "Commenting"), "PERSON", "USA"),
            (("Germany", "so ("), "GPE", "DEU"),
            (("Japan", "Germany's and"), "GPE", "JPN"),
            (("Mulford", "Mulford rejected"), "PERSON", "USA"),
            (("Gramm", "rejected"), "PERSON", "USA"),
            (("Germany", "growth in Germany"), "GPE", "DEU"),
            (("Japan", "growth in Germany and"), "GPE", "JPN"),
            (("Mulford", "Mulford said the administration"), "PERSON", "USA"),
            (("U.S.", "improving the"), "GPE", "USA"),
            (("U.S.", "or a"), "GPE", "USA"),
        ],
    },
    "reuters21578-15815": {
        "events": [
            # 0
            (
                "REQUEST",
                "filed",
                ("Delta Air Lines",) + USA_BUS,
                ("U.S. Department of Transportation",) + USA_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "filed with the DOT its application for one-stop Portland-Seoul service (an application to the "
                "authorities, 72a's 'applied' / 19b / 25a); past tense, no time expression: undated (rule 17); 'said' "
                "rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "promptly, Delta"),
                (("Delta", "promptly, Delta"),) + USA_BUS,
                None,
                ATL,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "service could begin by July 1 if approvals come promptly (own business plan under a condition: no "
                "type); wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "Delta said it started"),
                (("Delta", "Delta said it started"),) + USA_BUS,
                None,
                ATL,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "started Portland-Tokyo service on March 2, five weekly round trips (own services, no counterpart); "
                "DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "by 1988, Delta"),
                (("Delta", "by 1988, Delta"),) + USA_BUS,
                None,
                ATL,
                "1987-04-09",
                "day",
                None,
                "asserted",
                None,
                "will increase to six flights on June 1 and plans daily service by 1988 (own business plans, no type); "
                "DCT",
            ),
        ],
        "skip": [
            (("said", "Delta Air Lines"), "rule-3 attribution (the filing is the event)"),
            ("application", "part of the filing (the same act)"),
            ("approvals", "condition (government approvals)"),
            ("given", "condition"),
            ("begin", "content of the statement (own service plan)"),
            ("started", "content of the statement (own service)"),
            ("operates", "content of the statement (own service)"),
            ("increase", "content of the statement (own service plan)"),
            ("plans", "content of the statement (own service plan)"),
        ],
        "entities": [
            ("Delta Air Lines", "ORG", "USA"),
            ("U.S. Department of Transportation", "ORG", "USA"),
            ("Portland", "GPE", "USA"),
            ("Ore", "GPE", "USA"),
            ("Seoul", "GPE", "KOR"),
            ("Korea", "GPE", "KOR"),
            ("Tokyo", "GPE", "JPN"),
            (("Delta", "promptly, Delta"), "ORG", "USA"),
            (("Delta", "Delta said it started"), "ORG", "USA"),
            (("Portland", "started service from"), "GPE", "USA"),
            (("Tokyo", "Portland to"), "GPE", "JPN"),
            (("Delta", "by 1988, Delta"), "ORG", "USA"),
        ],
    },
    "reuters21578-8574": {
        "events": [
            # 0
            (
                "REQUEST",
                "ask",
                ("U.S. Agriculture Secretary Richard Lyng",) + USA_GOV,
                ("the Japanese Government", "JPN", "GOV"),
                JAPAN_LOC,
                "1987-04",
                "month",
                "next month",
                "planned",
                None,
                "will ask Japan to remove all beef import restrictions when he visits there next month (placed in the "
                "visit: 1987-04, month); the announcement in today's speech is attribution ('remarks' skipped)",
            ),
            # 1
            (
                "CONSULT",
                "visits",
                (("he", "he visits"),) + USA_GOV,
                (None, "JPN", "GOV"),
                JAPAN_LOC,
                "1987-04",
                "month",
                "next month",
                "planned",
                None,
                "Lyng's visit to Japan next month (visitor first, host implied, EVENTS.md 13); 'next month' from March "
                "= 1987-04",
            ),
            # 2
            (
                "STATEMENT",
                "said",
                (("Lyng", 'opportunity," Lyng'),) + USA_GOV,
                None,
                OSU_TXT,
                "1987-03-23",
                "day",
                "today",
                "asserted",
                None,
                "Japanese consumers should have the same freedom of choice; they would buy more beef (an evaluation, no "
                "actor asked to act, EVENTS.md 2; REQUEST JPN arguable); said in today's speech at Oklahoma State "
                "University (the same value as the DCT)",
            ),
        ],
        "skip": [
            ("remove", "content of the request"),
            ("remarks", "the announcement of the planned request (attribution, rule 3)"),
            ("speech", "occasion of the remarks (part of the attribution)"),
            ("Look", "address to the audience (content of the quote)"),
            ("buy", "hypothetical content of the quote"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Lyng", "Lyng's"), "PERSON", "USA"),
            ("Oklahoma State University", "ORG", "USA"),
            (("Japanese", "We think"), "NORP", "JPN"),
            (("Japanese", "Look at all the"), "NORP", "JPN"),
            (("Lyng", 'opportunity," Lyng'), "PERSON", "USA"),
        ],
    },
    "reuters21578-18186": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The operator of a major U.S. crude oil\npipeline",) + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "it may be several days before repairs are made (forecast by the operator, Texaco, named next); wire "
                "style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Texaco Pipeline Co,"),
                ("Dan Stevens",) + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the company hopes repairs will begin in about five days (forecast by Texaco's manager); DCT",
            ),
            # 2
            (
                "STATEMENT",
                ("said", 'job done," Stevens'),
                STEVENS_JOB + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "quote: we are lining up what we need to get the job done (a new statement, not a restatement); DCT",
            ),
            # 3
            (
                "STATEMENT",
                "adding",
                STEVENS_JOB + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "timing of repairs depends on damage hard to assess because of flooding ('said ..., adding that' = two "
                "records, EVENTS.md 3); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "shutdown on Saturday, Stevens"),
                (("Stevens", "shutdown on Saturday,"),) + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the pipeline was shipping about 225,000 bpd before its shutdown (statistics); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "a spokesman for Texaco"),
                ("a spokesman for Texaco",) + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the pipeline was shut down on Saturday due to a leak (an accident-caused closure of its own pipeline: "
                "no type, content); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "Stevens said it was reasonable"),
                (("Stevens", "Stevens said it was reasonable"),) + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                None,
                "the pipeline could operate at full capacity when it reopens (assessment); DCT",
            ),
            # 7
            (
                "CONSULT",
                ("talk", "cautioned they will"),
                (("they", "cautioned"),) + USA_BUS,
                (("customers", "cautioned"), None, "BUS"),
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "they will talk with customers to determine their requirements (talks with the pipeline's customers; "
                "nationality not stated: null, EVENTS.md 15, as 55a's unnamed institution); 'cautioned' rule-3 "
                "attribution; no time expression ('when it reopens' gives no value): undated",
            ),
            # 8
            (
                "STATEMENT",
                "confirmed",
                (("Texaco", "after Texaco"),) + USA_BUS,
                None,
                None,
                "1987-06-01",
                "day",
                "Monday",
                "asserted",
                None,
                "Texaco confirmed the pipeline had been closed, on Monday (before the rise that Monday; past Monday "
                "before Tue 2 June = 1987-06-01); no place given",
            ),
            # 9
            (
                "STATEMENT",
                ("said", "a barrel. Stevens said"),
                (("Stevens", "a barrel. Stevens said"),) + USA_BUS,
                None,
                NYC,
                "1987-06-02",
                "day",
                None,
                "asserted",
                6,
                "the repeated paragraph (a transmission artefact, 21b's 12121): later mention of the full-capacity "
                "statement",
            ),
            # 10
            (
                "CONSULT",
                ("talk", "a barrel. Stevens said"),
                (("they", "a barrel. Stevens said"),) + USA_BUS,
                (("customers", "a barrel. Stevens said"), None, "BUS"),
                None,
                None,
                "unknown",
                None,
                "planned",
                7,
                "repeated paragraph: later mention of the planned talks with customers",
            ),
            # 11
            (
                "STATEMENT",
                ("confirmed", "a barrel. Stevens said"),
                (("Texaco", "a barrel. Stevens said"),) + USA_BUS,
                None,
                None,
                "1987-06-01",
                "day",
                "Monday",
                "asserted",
                8,
                "repeated paragraph: later mention of Texaco's Monday confirmation",
            ),
        ],
        "skip": [
            ("shutdown", "closure of the pipeline after flood damage (accident, no type)"),
            ("repairs", "content of the statement"),
            ("functioning", "content of the statement"),
            ("hopes", "content of the statement"),
            (("begin", "repairs will"), "content of the statement"),
            (("expects", "five days and"), "content of the statement"),
            ("complete", "content of the statement"),
            ("lining up", "content of the quote"),
            ("depend", "content of the statement"),
            ("assess", "content of the statement"),
            ("flooding", "natural event (no actor)"),
            ("shipping", "statistics"),
            (("shutdown", "preceding its"), "the closure (accident nominal, no type)"),
            ("shut down", "closure of its own pipeline after a leak (accident, no type; content of the statement)"),
            ("leak", "accident"),
            ("suggest", "content of the statement"),
            ("operate", "content of the statement"),
            ("reopens", "content of the statement"),
            ("make\nup", "content of the statement"),
            ("cautioned", "rule-3 attribution (the planned talks are the event)"),
            (("determine", "customers to"), "content (purpose of the talks)"),
            (("said", "Oil analysts and traders"), "anonymous-source talk (analysts and traders)"),
            (("shutdown", "not sure if the"), "anaphoric nominal (the closure)"),
            ("raise", "market-price movement"),
            ("closed", "content of the confirmation"),
            ("rose", "market-price movement"),
            (("suggest", "a barrel. Stevens"), "repeated paragraph: content of the statement"),
            (("operate", "a barrel. Stevens"), "repeated paragraph: content of the statement"),
            (("reopens", "a barrel. Stevens"), "repeated paragraph: content of the statement"),
            (("make\nup", "a barrel. Stevens"), "repeated paragraph: content of the statement"),
            (("cautioned", "a barrel. Stevens"), "repeated paragraph: rule-3 attribution"),
            (("determine", "a barrel. Stevens"), "repeated paragraph: content (purpose of the talks)"),
            (
                ("said they", "a barrel. Stevens"),
                "repeated paragraph: anonymous-source talk (analysts and traders; the anchor takes 'they' along, the "
                "first 'said' after the repeat's start being Stevens')",
            ),
            (("shutdown", "a barrel. Stevens"), "repeated paragraph: anaphoric nominal (the closure)"),
            (("raise", "a barrel. Stevens"), "repeated paragraph: market-price movement"),
            (("closed", "a barrel. Stevens"), "repeated paragraph: content of the confirmation"),
            (("rose", "a barrel. Stevens"), "repeated paragraph: market-price movement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Dan Stevens", "PERSON", "USA"),
            ("Texaco Inc", "ORG", "USA"),
            ("Texaco Pipeline Co", "ORG", "USA"),
            (("Stevens", 'job done," Stevens'), "PERSON", "USA"),
            ("Red River", "LOC", "USA"),
            (("Stevens", "shutdown on Saturday,"), "PERSON", "USA"),
            ("Cushing", "GPE", "USA"),
            ("Okla", "GPE", "USA"),
            ("Witchita Falls", "GPE", "USA"),
            ("Kan", "GPE", "USA"),
            (("Red River", "leak at the"), "LOC", "USA"),
            ("Oklahoma", "GPE", "USA"),
            ("Texas", "GPE", "USA"),
            (("Texaco", "a spokesman for"), "ORG", "USA"),
            (("Stevens", "Stevens said it was reasonable"), "PERSON", "USA"),
            (("U.S.", "continue to raise"), "GPE", "USA"),
            (("Texaco", "after Texaco"), "ORG", "USA"),
            ("West Texas", "LOC", "USA"),
            ("New York Mercantile Exchange", "ORG", "USA"),
            (("Stevens", "a barrel. Stevens"), "PERSON", "USA"),
            (("U.S.", "a barrel. Stevens"), "GPE", "USA"),
            (("Texaco", "a barrel. Stevens"), "ORG", "USA"),
            (("West Texas", "a barrel. Stevens"), "LOC", "USA"),
            (("New York Mercantile Exchange", "a barrel. Stevens"), "ORG", "USA"),
        ],
    },
    "reuters21578-4030": {
        "events": [
            # 0
            (
                "ASSAULT",
                "repelled",
                (("it", "Iraq said"),) + IRQ_MIL,
                ("Iranian",) + IRN_MIL,
                AMARAH_TXT,
                "1987-03-11",
                "day",
                "overnight",
                "asserted",
                None,
                "Iraq's forces repelled the Iranian attack (defence, 4b's 'repelled'); placed in the overnight attack "
                "of the next sentence (overnight in a same-day report = the DCT, 4b/22a); 'Iraq said' rule-3 "
                "attribution",
            ),
            # 1
            (
                "ASSAULT",
                ("attack", "an Iranian"),
                ("Iranian",) + IRN_MIL,
                ("its fourth army corps",) + IRQ_MIL,
                AMARAH_TXT,
                "1987-03-11",
                "day",
                "overnight",
                "asserted",
                None,
                "the Iranian attack on positions of Iraq's fourth army corps (a nominal with its own predication and "
                "place), dated by its later mention 'launched the overnight attack' (13b/22a call)",
            ),
            # 2
            (
                "ASSAULT",
                ("attack", "the overnight"),
                ("an Iranian infantry brigade",) + IRN_MIL,
                (None,) + IRQ_MIL,
                AMARAH_TXT,
                "1987-03-11",
                "day",
                "overnight",
                "asserted",
                1,
                "later mention: an Iranian infantry brigade launched the overnight attack (trigger on the event noun "
                "after the light verb 'launched'; the communique's 'said' rule-3 attribution)",
            ),
            # 3
            (
                "ASSAULT",
                "fighting",
                (None,) + IRQ_MIL,
                (None,) + IRN_MIL,
                AMARAH_TXT,
                "1987-03-11",
                "day",
                "overnight",
                "asserted",
                0,
                "later mention: fierce fighting raged for six hours before the Iranians fled (the Iraqi defence, "
                "implied parties, the Iraqi side first as in 22a's 'Fierce fighting has been raging')",
            ),
        ],
        "skip": [
            (("said", "Iraq"), "rule-3 attribution (the fighting is the event)"),
            ("held", "stative (positions held)"),
            (("said", "communique"), "rule-3 attribution (the communique's author: Iraq)"),
            ("launched", "light verb of the attack (coded on 'attack')"),
            ("backed", "part of the attack (tank support, not SUPPORT)"),
            ("raged", "part of the fighting (coded on 'fighting')"),
            ("fled", "outcome of the repulse (RETREAT arguable)"),
            ("killed", "outcome of the fighting (a later mention of the repulse arguable)"),
            ("wounded", "outcome of the fighting (same as 'killed')"),
            ("battles", "negated background (no battles reported for a year; ASSAULT negated arguable)"),
            ("reported", "agentless report (background)"),
            ("fought", "part of the negated background"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            ("Iranian", "NORP", "IRN"),
            ("Iraqi", "NORP", "IRQ"),
            ("Amarah", "GPE", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            ("Basra", "GPE", "IRQ"),
            (("Baghdad", "A Baghdad"), "GPE", "IRQ"),
            (("Iranian", "said an"), "NORP", "IRN"),
            (("Iranian", "before"), "NORP", "IRN"),
            ("Hawizah marshes", "LOC", "IRQ"),
            (("Basra", "port city of"), "GPE", "IRQ"),
        ],
    },
    "reuters21578-18674": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Federal Reserve Board Governor Martha\nSeger",) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "signs of helpful stability in exchange markets in recent weeks (assessment; 'in recent weeks' dates "
                "the stability, not the saying); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("Seger", 'those markets," Seger'),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                0,
                "quote restating the lead (beginning to see more calm in those markets): later mention, EVENTS.md 3; "
                "'told reporters' (the audience is not an actor2)",
            ),
            # 2
            (
                "STATEMENT",
                ("said", 'period of stability," she'),
                (("she", 'period of stability," she'),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "a period of stability is very healthy (assessment); DCT",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "She said market"),
                (("She", "She said market"),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "market forces have a major influence on exchange rates (assessment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "rates and said"),
                (("She", "She said market"),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "she did not know the right value for the dollar (its own reporting clause, EVENTS.md 3; an assertion "
                "of not knowing, not a withheld statement); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("told", "Seger told the Savings"),
                (("Seger", "Seger told the Savings"),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "concerned about markets' absorption with exchange-rate influences (assessment; the S&L executives are "
                "the audience); DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", 'nervous," about exchange rates, Seger'),
                (("Seger", 'nervous," about exchange rates, Seger'),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                5,
                "quote restating the concern (we have gotten so nervous about exchange rates): later mention, EVENTS.md 3",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "She said the Fed"),
                (("She", "She said the Fed"),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "the Fed considers more factors than the dollar in monetary policy (monetary policy: content); DCT",
            ),
            # 8
            (
                "STATEMENT",
                "called",
                (("Seger", "On the economy,"),) + USA_GOV,
                None,
                WAS,
                "1987-06-18",
                "day",
                None,
                "asserted",
                None,
                "called the latest GNP figures a modest upward revision (assessment of statistics); DCT",
            ),
        ],
        "skip": [
            ("speech", "background nominal (the occasion of the remarks; STATEMENT arguable)"),
            ("beginning", "content of the quote"),
            ("know", "content of the statement"),
            (("concerned", "that she was"), "content of the statement"),
            (("concerned", "I am"), "content of the quote"),
            ("takes into account", "content of the statement (monetary policy)"),
            ("determining", "content of the statement (monetary policy)"),
            ("revision", "statistics"),
        ],
        "entities": [
            ("Federal Reserve Board", "ORG", "USA"),
            ("Martha\nSeger", "PERSON", "USA"),
            (("Seger", 'those markets," Seger'), "PERSON", "USA"),
            ("U.S. League of Savings Institutions", "ORG", "USA"),
            (("Seger", "Seger told the Savings"), "PERSON", "USA"),
            (("Seger", 'nervous," about exchange rates, Seger'), "PERSON", "USA"),
            (("Fed", "She said the Fed"), "ORG", "USA"),
            (("Seger", "On the economy,"), "PERSON", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
