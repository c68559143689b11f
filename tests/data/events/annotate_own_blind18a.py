"""Build ``own_blind18a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind18a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,914 left, also minus the 16 stories drawn for
own_blind17); 24 drawn with random.Random(18101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
30 event records (28 first mentions, 2 later mentions), 76 not_annotated spans, 68 entity mentions;
no article without events; 6116 (weather), 21090 (SmithKline) and 12075 (Provinsbanken) have
reporting-clause STATEMENTs only.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 6116 (USDA/NOAA Brazil crop weather): each "said" / "it said" / "the agency said" of the Joint
  Agricultural Weather Facility is a STATEMENT (5, DCT, WASHINGTON), as own_blind5b's weather
  summary; weather is no actor's act ("in the week ended March 14" dates the weather, not the
  saying). The "International Weather and Crop Summary" is a document name, not an entity.
* 19819 (Yugoslavia/UAE): "Yugoslavia and the United Arab Emirates (UAE) have agreed to initiate
  efforts to end the Iraq-Iran war" is AGREE YUG -> ARE (a bilateral agreement: one record, the
  two parties as actor1/actor2), undated (rule 17: "today" dates al-Nuaimi's saying, which is
  rule-3 attribution), located in Belgrade (the talks of his visit); the initiative, the call for a
  peace conference and reviving the Non-Aligned states are its content (skipped; REQUEST for the
  conference arguable). The quoted '"We agreed during the talks ..." WAM quoted him as saying' is
  its later mention ("quoted ... as saying" attribution), both actors on "We" (16a's "The two
  countries signed"). "the first senior UAE official to visit Yugoslavia" asserts the visit:
  CONSULT ARE -> YUG, undated (the return is "today" but the visit has no date of its own); "during
  the talks" is a time adjunct of the agreement (skipped). "since the two countries established
  diplomatic relations last November" carries its own date: SUPPORT YUG -> ARE, 1986-11 (PLOVER
  maps diplomatic recognition / diplomatic cooperation to SUPPORT, the counterpart of EVENTS.md 9's
  SANCTION for breaking relations; AGREE arguable). The Iraq-Iran war is a background nominal.
* 21090 (SmithKline plant in China): opening its own plant has no type (13a's regional office;
  COOPERATE toward China arguable), so both "said" clauses are STATEMENTs (DCT, PHILADELPHIA); the
  joint venture's composition ("combines") is a standing state (8a), skipped. The Chinese joint
  venture company "Tianjin Smith Kline and French Laboratories" is ORG CHN; the place inside a
  company name is not tagged separately.
* 10568 (Philippine debt deal): "The Philippines has reached agreement with its bank advisory
  committee on a debt-rescheduling agreement" is AGREE PHL -> the committee (null, BUS, as 10a's
  "14-bank advisory committee"), undated (rule 17); "a source close to the Philippine delegation" is
  anonymous, so its "said", its quote "There is an agreement" (restatement inside anonymous talk),
  "adding" and the announced details are skipped; "after four weeks of talks" is a time adjunct.
  "No details were available" has no identifiable withholder (the source is anonymous) and the
  bankers are anonymous: both skipped. "meetings with the Philippine negotiators were still in
  progress" is CONSULT PHL (the visiting delegation, EVENTS.md 13) -> the banks (null BUS), dated
  1987-03-27 by "still" (= now, as 16b's "currently"); "The talks have dragged on" is its later
  mention (the same negotiation). The Manufacturers Hanover spokesman "said a press conference with
  finance minister Jaime Ongpin will begin at the bank's headquarters at 1430 EST" is a STATEMENT
  planned by Ongpin dated by "1430 EST" (today), with "said" as attribution (16b's "the firm would
  make an announcement later today"). "the 5/8 pct spread ... that it initially demanded" is
  REQUEST PHL -> the banks, undated ("initially" gives no value); "Manila wants to reschedule" is a
  standing position and "the banks' reluctance" / "Manila's insistence" are causal-clause nominals
  (skipped; REJECT / REQUEST arguable).
* 2730 (Vorontsov): "said Soviet-American talks ... had made a breakthrough": a breakthrough is an
  assessment, not a typed act, so "said" is a STATEMENT (DCT, PARIS), and the talks, the subject of
  their own predication, are CONSULT SUN -> USA, undated, located in Geneva (from the next
  sentence; as 10a's talks that "failed to achieve a breakthrough"). "said he expected a treaty
  would be ready for signing" is a STATEMENT (forecast; "expected" the same act, the signing its
  content); "following the latest talks in Geneva" is a time adjunct (skipped). "He told a news
  conference here" is a STATEMENT located in Paris ("here").
* 4778 (Rotterdam grain strike): "About 220 men ... stopped work this afternoon in an unofficial
  protest" is PROTEST by the strikers (NLD ORG) toward the implied employers (NLD BUS, as 8a/10b's
  Rotterdam strikes), 1987-03-13 ("this afternoon"), the FNV spokesman's "said" rule-3 attribution
  and "protest" the same act. "Negotiations ..., which are due to resume early next week" is
  CONSULT union -> employers, planned, "early next week" (16-20 March) kept at its month (1987-03,
  EVENTS.md 21); the stalemate has no type and the subject nominal is skipped. "with the union
  refusing to accept sweeping changes ... in return for a 1.5 pct pay increase" is REJECT union ->
  employers, dated 1987-03-13 by "currently". "The FNV spokesman said the action did not yet have
  official backing, but added ..." is two STATEMENTs (EVENTS.md 3); the withheld backing is content
  (SUPPORT negated arguable, skipped).
* 12075 (Provinsbanken euro-CP): the programme increase, the right to issue CDs and Merrill Lynch
  acting as dealer are corporate finance (skipped; COOPERATE for the dealer role arguable), so
  Merrill Lynch Capital Markets' "said" is a STATEMENT (own_blind2's lead manager announcing a bond
  issue). Merrill Lynch Capital Markets (and "Merrill Lynch" for it) is GBR as in own_blind9b (its
  London arm); Shearson Lehman Brothers International is USA (as "Morgan Stanley International" in
  an earlier set); S.G. Warburg and Co Ltd is GBR.
* 7394 (Italian exchange controls): the report of a study committee nominated by the Treasury is a
  report by a named author (EVENTS.md 4), its committee ITA GOV. "Liberalization of Italy's foreign
  exchange controls should be 'gradual' but also 'reasonably rapid,' a report ... said" tells
  Italy (the government) how to act: REQUEST ITA -> ITA on "said" (EVENTS.md 2; "issued" the same
  act, "nominated" an appointment). "The report ... said Italy's ... deficit ... made a gradual
  liberalization preferable" is a STATEMENT (assessment); "The report also favoured retention of
  the lira's ... band" is a STATEMENT (a preference for a policy with no actor asked, EVENTS.md 6).
  "Italy has over recent months announced a series of deregulation moves in response to a European
  Community directive" is a STATEMENT by Italy, undated ("over recent months" has no value; not a
  wire-style report); the domestic deregulation is skipped (RETREAT toward the EC as compliance
  with the directive arguable), the directive is a background nominal.
* Entities: as the earlier sets: job titles are not tagged ("UAE Minister of State for Foreign
  Affairs": "UAE" GPE and the PERSON; "finance minister Jaime Ongpin": the PERSON); a government body
  with its country word is one ORG span ("Italian Treasury Ministry"); "U.S. Agriculture and
  Commerce Departments" is one ORG span (5b); Brazilian states (Rio Grande do Sul, Santa Catarina,
  Parana, Matto Grosso do Sul) are GPE BRA; "Emirates" in "the Emirates news agency WAM" is GPE ARE
  and WAM ORG ARE (as 16a's "Iranian" / IRNA); "Non-Aligned" (the Non-Aligned states) is NORP null;
  the Middle East is LOC null; "Soviet-American" gives two NORP mentions; "Philippine" in
  "Philippine Investment Notes" is NORP PHL (as "U.S." in "U.S. Tariff Act" in 16a), the notes and
  PINs themselves are not entities; the EMS, the European Monetary System and the European
  Community are ORG null; tickers and bracketed symbols are left out, bracketed company names are
  tagged without brackets (Tianjin Medical Co, Hebel Chemical Plant, ORG CHN).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
ABU = ("ABU DHABI", "ARE")
PHI = ("PHILADELPHIA", "USA")
PAR = ("PARIS", "FRA")
ROT = ("ROTTERDAM", "NLD")
LON = ("LONDON", "GBR")
ROM = ("ROME", "ITA")
BELGRADE = ("Belgrade", "YUG")
JAWF = ("the Joint Agricultural weather Facility of the U.S. Agriculture and Commerce Departments", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-6116": {
        "events": [
            ("STATEMENT", "said", JAWF, None, WAS, "1987-03-17", "day", None, "asserted", None,
             "weather report: wet weather in Rio Grande do Sul ('week ended March 14' dates the weather)"),
            ("STATEMENT", ("said", "the agency said minimal"), (("the agency", "Summary, the agency"), "USA", "GOV"),
             None, WAS, "1987-03-17", "day", None, "asserted", None, "weather report in the agency's summary"),
            ("STATEMENT", ("said", "crop stress, it"), (("it", "crop stress, it"), "USA", "GOV"), None, WAS,
             "1987-03-17", "day", None, "asserted", None, "weather report: soil moisture"),
            ("STATEMENT", ("said", "The agency said February"), (("The agency", "The agency said February"), "USA", "GOV"),
             None, WAS, "1987-03-17", "day", None, "asserted", None, "weather report: February precipitation"),
            ("STATEMENT", ("said", "below normal, it"), (("it", "below normal, it"), "USA", "GOV"), None, WAS,
             "1987-03-17", "day", None, "asserted", None, "weather report: temperatures"),
        ],
        "skip": [
            (("covered", "Wet weather"), "weather, no acting actor"),
            ("benefitting", "weather effect, no acting actor"),
            (("covered", "precipitation covered"), "weather, no acting actor"),
            ("met", "weather effect, no acting actor"),
            ("reducing", "weather effect, no acting actor"),
        ],
        "entities": [
            ("Rio Grande do Sul", "GPE", "BRA"),
            ("Brazil", "GPE", "BRA"),
            ("Joint Agricultural weather Facility", "ORG", "USA"),
            ("U.S. Agriculture and Commerce Departments", "ORG", "USA"),
            ("Santa Catarina", "GPE", "BRA"),
            ("Parana", "GPE", "BRA"),
            ("Matto Grosso do Sul", "GPE", "BRA"),
            (("Brazil", "soybean areas of"), "GPE", "BRA"),
        ],
    },
    "reuters21578-19819": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Yugoslavia", "YUG", "GOV"), ("the United Arab Emirates", "ARE", "GOV"), BELGRADE,
             None, "unknown", None, "asserted", None,
             "agreed to initiate efforts to end the war (content skipped); no time expression of its own "
             "('today' dates the saying, rule-3 attribution); reached during the talks in Belgrade"),
            # 1
            ("AGREE", ("agreed", "\"We agreed"), (("We", "\"We agreed"), "YUG", "GOV"), (("We", "\"We agreed"), "ARE", "GOV"),
             BELGRADE, None, "unknown", None, "asserted", 0,
             "later mention: the quoted agreement ('quoted him as saying' is attribution)"),
            # 2
            ("CONSULT", "visit", (("He", "He was the first"), "ARE", "GOV"), (("Yugoslavia", "to visit"), "YUG", "GOV"),
             BELGRADE, None, "unknown", None, "asserted", None,
             "al-Nuaimi's visit to Yugoslavia (visitor first); no date of its own"),
            # 3
            ("SUPPORT", "established", ("the two countries", "YUG", "GOV"), ("the two countries", "ARE", "GOV"), None,
             "1986-11", "month", "last\nNovember", "asserted", None,
             "established diplomatic relations last November (PLOVER: diplomatic recognition/cooperation = SUPPORT; "
             "AGREE arguable)"),
        ],
        "skip": [
            (("initiate", "have agreed to"), "content of the agreement"),
            (("end", "efforts to"), "content of the agreement"),
            ("war", "background nominal (the Iraq-Iran war)"),
            (("said", "al-Nuaimi"), "rule-3 attribution (the agreement is the event); 'today' dates the saying"),
            ("return", "end of the visit (recorded on 'visit')"),
            (("talks", "during the"), "time adjunct of the agreement (the talks of the visit)"),
            (("initiate", "talks to"), "content of the agreement"),
            (("end", "talks to initiate efforts to"), "content of the agreement"),
            (("war", "talks to initiate"), "background nominal (the Iraq-Iran war)"),
            ("call for", "content of the agreement (REQUEST arguable)"),
            ("conference", "content of the agreement"),
            ("revive", "content of the agreement"),
            (("support", "revive and"), "content of the agreement"),
            ("quoted", "attribution (relayed quote of the agreement)"),
            ("saying", "attribution"),
        ],
        "entities": [
            ("Yugoslavia", "GPE", "YUG"),
            ("United Arab Emirates", "GPE", "ARE"),
            ("UAE", "GPE", "ARE"),
            ("Iraq", "GPE", "IRQ"),
            ("Iran", "GPE", "IRN"),
            (("UAE", "UAE Minister"), "GPE", "ARE"),
            ("Rashid Abdulla al-Nuaimi", "PERSON", "ARE"),
            ("Belgrade", "GPE", "YUG"),
            (("Iraq", "talks to initiate"), "GPE", "IRQ"),
            (("Iran", "talks to initiate"), "GPE", "IRN"),
            ("Middle East", "LOC", None),
            ("Non-Aligned", "NORP", None),
            (("Emirates", "the Emirates news"), "GPE", "ARE"),
            ("WAM", "ORG", "ARE"),
            (("UAE", "senior UAE"), "GPE", "ARE"),
            (("Yugoslavia", "to visit"), "GPE", "YUG"),
        ],
    },
    "reuters21578-21090": {
        "events": [
            ("STATEMENT", "said", ("SmithKline Beckman Corp", "USA", "BUS"), None, PHI,
             "1987-10-19", "day", None, "asserted", None,
             "announcement that it opened a plant in China (opening its own plant: no type)"),
            ("STATEMENT", ("said", "SmithKline said the"), (("SmithKline", "SmithKline said the"), "USA", "BUS"), None, PHI,
             "1987-10-19", "day", None, "asserted", None, "description of the joint venture's partners"),
        ],
        "skip": [
            ("opened", "opening of the company's own plant: no type (COOPERATE toward China arguable)"),
            ("make", "production for the joint venture, no type"),
            ("combines", "standing composition of the joint venture (state)"),
            ("produce", "capability, no event"),
        ],
        "entities": [
            ("SmithKline Beckman Corp", "ORG", "USA"),
            ("Tianjin", "GPE", "CHN"),
            ("China", "GPE", "CHN"),
            ("Tianjin Smith Kline and French Laboratories", "ORG", "CHN"),
            (("SmithKline", "SmithKline said the"), "ORG", "USA"),
            (("Smith Kline and French Laboratories", "combines"), "ORG", "USA"),
            (("SmithKline Beckman", "unit of"), "ORG", "USA"),
            ("Tianjin Medical Co", "ORG", "CHN"),
            ("Hebel Chemical Plant", "ORG", "CHN"),
            (("Tianjin", "Plant>"), "GPE", "CHN"),
        ],
    },
    "reuters21578-10568": {
        "events": [
            # 0
            ("AGREE", "agreement", ("The Philippines", "PHL", "GOV"), ("its bank advisory committee", None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "reached agreement on a debt rescheduling (no time expression; the source's 'said' is anonymous)"),
            # 1
            ("CONSULT", "meetings", ("the Philippine negotiators", "PHL", "GOV"), (None, None, "BUS"), None,
             "1987-03-27", "day", "still", "asserted", None,
             "meetings of the bankers with the visiting Philippine negotiators still in progress (= now)"),
            # 2
            ("STATEMENT", "press conference", ("finance minister Jaime Ongpin", "PHL", "GOV"), None,
             ("the bank's headquarters", "USA"), "1987-03-27", "day", "1430 EST", "planned", None,
             "press conference to begin at 1430 EST today; the Manufacturers Hanover spokesman's 'said' is attribution"),
            # 3
            ("REQUEST", "demanded", (("it", "that it initially"), "PHL", "GOV"),
             (("banks", "dragged on because of the"), None, "BUS"), None,
             None, "unknown", None, "asserted", None, "the spread Manila initially demanded ('initially': no value)"),
            # 4
            ("CONSULT", ("talks", "The talks have"), (None, "PHL", "GOV"),
             (("banks", "dragged on because of the"), None, "BUS"), None,
             "1987-03-27", "day", "still", "asserted", 1, "later mention: the talks that have dragged on"),
        ],
        "skip": [
            (("talks", "four weeks of"), "time adjunct of the agreement"),
            ("debt-rescheduling agreement", "object of the agreement (the rescheduling is its content)"),
            (("said", "Philippine delegation"), "anonymous-source talk (a source close to the delegation)"),
            (("available", "No details were"), "withheld details with no identifiable withholder"),
            ("comment", "anonymous bankers"),
            (("said", "Trust Co, which"), "attribution (the planned press conference is the event)"),
            ("chairs", "stative (committee chairmanship)"),
            (("begin", "Ongpin will"), "part of the planned press conference"),
            (("agreement", "There is an"), "restatement inside anonymous talk"),
            (("said", "the source close to"), "anonymous-source talk"),
            ("adding", "anonymous-source talk"),
            ("announced", "content of anonymous talk"),
            ("wants", "standing position (the demand is recorded on 'demanded')"),
            ("reschedule", "content of the position"),
            ("obtain", "content of the position"),
            ("restructured", "background (earlier restructuring)"),
            ("reluctance", "causal-clause nominal (REJECT arguable)"),
            ("accept interest", "content of the reluctance"),
            ("insistence", "causal-clause nominal (the demand is recorded on 'demanded')"),
        ],
        "entities": [
            ("Philippines", "GPE", "PHL"),
            (("Philippine", "close to the"), "NORP", "PHL"),
            (("Philippine", "with the Philippine"), "NORP", "PHL"),
            ("Manufacturers Hanover Trust Co", "ORG", "USA"),
            (("Philippine", "12-bank"), "NORP", "PHL"),
            ("Jaime Ongpin", "PERSON", "PHL"),
            (("Philippine", "the source close to the"), "NORP", "PHL"),
            ("Manila", "GPE", "PHL"),
            (("Philippine", "partly in"), "NORP", "PHL"),
            (("Manila", "because of Manila"), "GPE", "PHL"),
        ],
    },
    "reuters21578-2730": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Chief Soviet arms negotiator Yuli Vorontsov", "SUN", "GOV"), None, PAR,
             "1987-03-06", "day", None, "asserted", None, "assessment: the talks made a breakthrough"),
            # 1
            ("CONSULT", "talks", (("Soviet", "said Soviet"), "SUN", "GOV"), ("American", "USA", "GOV"),
             ("Geneva", "CHE"), None, "unknown", None, "asserted", None,
             "Soviet-American missile talks (in Geneva, next sentence); no time expression"),
            # 2
            ("STATEMENT", ("said", "Vorontsov said he"), (("Vorontsov", "Vorontsov said he"), "SUN", "GOV"), None, PAR,
             "1987-03-06", "day", None, "asserted", None, "forecast: treaty ready for signing in three to four months"),
            # 3
            ("STATEMENT", "told", (("He", "He told"), "SUN", "GOV"), None, PAR,
             "1987-03-06", "day", None, "asserted", None, "at a news conference here (= Paris, the dateline city)"),
        ],
        "skip": [
            ("cutting", "subject matter of the talks"),
            ("made a breakthrough", "content of the assessment"),
            ("expected", "the same act as 'said' (forecast)"),
            ("signing", "content of the forecast"),
            (("talks", "latest"), "time adjunct of the forecast (the same talks)"),
            ("news conference", "venue of the statement"),
            ("point", "content of the quote"),
            ("remained", "content of the statement"),
        ],
        "entities": [
            ("Soviet", "NORP", "SUN"),
            ("Yuli Vorontsov", "PERSON", "SUN"),
            (("Soviet", "said Soviet"), "NORP", "SUN"),
            ("American", "NORP", "USA"),
            (("Vorontsov", "Vorontsov said he"), "PERSON", "SUN"),
            ("Geneva", "GPE", "CHE"),
        ],
    },
    "reuters21578-4778": {
        "events": [
            # 0
            ("PROTEST", "stopped work", ("About 220 men", "NLD", "ORG"), (None, "NLD", "BUS"), ("Rotterdam", "NLD"),
             "1987-03-13", "day", "this afternoon", "asserted", None,
             "unofficial work stoppage this afternoon; the FNV spokesman's 'said' is attribution"),
            # 1
            ("CONSULT", "resume", (("the union", "between the union"), "NLD", "ORG"), ("employers", "NLD", "BUS"), None,
             "1987-03", "month", "early next week", "planned", None,
             "negotiations due to resume early next week (16-20 March, kept at its month)"),
            # 2
            ("REJECT", "refusing", (("the union", "stalemated with"), "NLD", "ORG"), ("employers", "NLD", "BUS"), None,
             "1987-03-13", "day", "currently", "asserted", None,
             "the union refuses the employers' proposed changes ('currently')"),
            # 3
            ("STATEMENT", ("said", "The FNV spokesman"), ("The FNV spokesman", "NLD", "ORG"), None, ROT,
             "1987-03-13", "day", None, "asserted", None, "the action has no official backing yet"),
            # 4
            ("STATEMENT", "added", ("The FNV spokesman", "NLD", "ORG"), None, ROT,
             "1987-03-13", "day", None, "asserted", None, "forecast: next week might be different"),
        ],
        "skip": [
            (("protest", "unofficial"), "the same act as the stoppage"),
            (("negotiations", "progress of"), "background nominal (cause of the protest)"),
            (("agreement", "work practice"), "object of the negotiations"),
            (("said", "transport union FNV"), "rule-3 attribution (the stoppage is the event)"),
            ("Negotiations", "subject nominal (the resumption is recorded on 'resume'; the stalemate has no type)"),
            ("stalemated", "state of the negotiations, no type"),
            (("accept", "refusing to"), "content of the refusal"),
            ("pay increase", "content (the employers' offer)"),
            ("backing", "content of the statement (SUPPORT negated arguable)"),
        ],
        "entities": [
            ("Rotterdam", "GPE", "NLD"),
            ("FNV", "ORG", "NLD"),
            (("FNV", "The FNV"), "ORG", "NLD"),
        ],
    },
    "reuters21578-12075": {
        "events": [
            ("STATEMENT", "said", ("Merrill Lynch Capital Markets", "GBR", "BUS"), None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "announcement of the enlarged euro-CP programme (corporate finance: no type)"),
        ],
        "skip": [
            ("increased", "corporate finance (programme size)"),
            ("allows", "stative (programme terms)"),
            (("issue", "bank to"), "corporate finance"),
            (("act", "continuue to"), "corporate finance (dealer role; COOPERATE arguable)"),
        ],
        "entities": [
            ("Provinsbanken A/S", "ORG", "DNK"),
            ("Denmark", "GPE", "DNK"),
            ("Merrill Lynch Capital Markets", "ORG", "GBR"),
            ("Danish", "NORP", "DNK"),
            (("Merrill Lynch", "Merrill Lynch will"), "ORG", "GBR"),
            ("Shearson Lehman Brothers International", "ORG", "USA"),
            ("S.G. Warburg and Co Ltd", "ORG", "GBR"),
        ],
    },
    "reuters21578-7394": {
        "events": [
            ("REQUEST", ("said", "Ministry said"), ("a study committee", "ITA", "GOV"), ("Italy", "ITA", "GOV"), ROM,
             "1987-03-19", "day", None, "asserted", None,
             "liberalization of Italy's exchange controls should be gradual but rapid: Italy told how to act"),
            ("STATEMENT", ("said", "prospects,"), (("The report", "The report, looking"), "ITA", "GOV"), None, ROM,
             "1987-03-19", "day", None, "asserted", None, "assessment: deficit and debt make gradual liberalization preferable"),
            ("STATEMENT", "favoured", (("The report", "The report also"), "ITA", "GOV"), None, ROM,
             "1987-03-19", "day", None, "asserted", None, "preference for keeping the lira's EMS band (a policy, no actor asked)"),
            ("STATEMENT", "announced", (("Italy", "Italy has over"), "ITA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "past announcements of deregulation moves 'over recent months' (no value; not a wire-style report)"),
        ],
        "skip": [
            ("Liberalization", "content of the request"),
            ("issued", "the same act as 'said' (the report's issue)"),
            ("nominated", "appointment"),
            ("looking at", "participial elaboration"),
            (("made", "considerations that"), "content of the assessment"),
            ("retention", "content of the preference"),
            ("lessen", "purpose"),
            ("result", "content"),
            ("allowed", "stative"),
            ("deregulation moves", "domestic deregulation (RETREAT toward the EC arguable)"),
            ("directive", "background nominal (REQUEST by the EC arguable)"),
            ("creating", "purpose of the directive"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Italian Treasury Ministry", "ORG", "ITA"),
            (("Italy", "prospects, said"), "GPE", "ITA"),
            ("European Monetary System", "ORG", None),
            ("EMS", "ORG", None),
            (("EMS", "other EMS"), "ORG", None),
            (("Italy", "Italy has over"), "GPE", "ITA"),
            ("European Community", "ORG", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind18a.jsonl")
