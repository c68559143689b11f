"""Build ``own_blind28a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind28a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context, for the check below.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,754 left); 24 drawn with random.Random(28101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
37 event records (31 first mentions, 6 later mentions), 89 not_annotated spans, 85 entity mentions;
no article without events; 11901 (McDonalds eurobond) has a single reporting-clause STATEMENT (the lead
manager's) and 20250 (Mexican fruit ban) no STATEMENT at all. Types: STATEMENT 20, REQUEST 6, SANCTION 3,
AGREE 3, AID 2, CONSULT 2, ACCUSE 1; modality: asserted 34, planned 2, negated 1; precision: day 22,
unknown 10, month 5.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context with ``--show``). See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("President Reagan", "U.K. Agriculture Minister
Michael Jopling": the PERSON; "U.K." a GPE); a government body with its country word is one ORG span
("U.S. Agriculture Department", "West German Foreign Ministry", as 23b), and so is a state company
("Japanese Oil Corp"); the capitalised short name of a body already named is an ORG mention ("the
Ministry" = Japan's Finance Ministry, 25b's "The Bank"); "Mexican" in "the Mexican Government" is a
NORP (27a's "Dutch Government"); "Canadian" in "Canadian dlr" a NORP (24a's "Swiss franc"); "Tokyo"
in "Tokyo-based" and "Paris" in "Paris-based" GPE (25a); the country inside a name is not tagged
separately ("Chevron U.S.A. Inc", "United Nations Conference on Trade and Development"); the U.S.
counties are GPE USA ("San Diego" and "Orange Counties" in the coordination, then "Orange County",
"San Diego County"); the U.S. states GPE USA, "Southern California" and "Federal Outer Continental
Shelf" LOC USA, "Gulf of Mexico" LOC null (shared waters, as 23b's Gulf); the OECD, GATT, UNCTAD,
the European Community and the Paris Club ORG null; Reuters ORG GBR; Chevron Corp / Chevron ORG USA,
Nippon Oil Co Ltd / Nippon ORG JPN; McDonalds Corporation ORG USA (the text gives no country; a
known U.S. company, as earlier sets' Ford); Morgan Guaranty Ltd ORG GBR (a London "Ltd" arm, London
dateline; USA for the parent or null arguable); the Commodity Club ORG USA (Washington dateline; null
arguable). Not entities: species names ("Mediterranean fruit fly", "Oriental fruit fly"), round and
policy names ("Uruguay round", "Common Agricultural Policy", 12a), measures and programmes ("Producer
Subsidy Equivalent", PSE, "Strategic (Petroleum) Reserve"), currencies.

Judgement calls made here:
* 20250 (Mexico closes border to California fruit): "Mexico has decided to close its border to imports
  of fresh fruit from San Diego and Orange Counties in California" is SANCTION (an import ban, a trade
  restriction) MEX GOV -> the two counties (USA; the clause names the target), trigger "close"
  ("decided" is the decision frame, skipped, as 24a's "decided to push"), asserted (the closing is in
  force), undated (perfect with no time expression of its own, rule 17). The U.S. Agriculture
  Department officer's "said in a field report" is rule-3 attribution (the ban is the event) and
  "field report" part of the reporting clause (22b). "The report, dated October 14, said the border
  closing became effective September 25" is a later mention with its own time expression (kept,
  EVENTS.md 21): 1987-09-25, trigger "closing" (a nominal with its own predication and date,
  EVENTS.md 11), the report's "said" attribution (the report's date dates the saying only; the
  speech is not itself an event here); the extension to the 70-mile area ("includes") is scope.
  "the Mexican Government will stop all fresh fruit shipments from the counties until proof of
  non-infestation is provided, the report said" restates the same measure: a later mention, planned
  ("will stop"), inheriting the first mention's unknown date; the "ban" and its "applies" are
  anaphoric / scope and the proof a condition (skipped).
* 11403 (Chevron / Nippon Oil venture): "Chevron Corp said its Chevron U.S.A. Inc unit and Tokyo-based
  Nippon Oil Co Ltd agreed to conduct a joint-venture oil exploration and development program" is
  AGREE on "agreed", the first-named Chevron U.S.A. (USA BUS) -> Nippon Oil (JPN BUS), undated (rule
  17), location null (the agreement is not placed; the leaseholds are in the U.S.), "said" rule-3
  attribution and the venture's work its content (EVENTS.md 8). The terms given by the company
  (wells drilled under the agreement, Chevron the operator paying some costs; Nippon's initial
  investment of 100 mln dlrs; drilling to begin in the second quarter; the properties' locations)
  are four reporting-clause STATEMENTs (19a's terms of a venture; DCT, SAN FRANCISCO); Nippon's
  contribution is a term (COOPERATE arguable, skipped as 19a's payment). "The Japanese government
  will also participate in the venture by providing financing to Nippon through the Japanese Oil
  Corp, Chevron said" is AID JPN GOV -> Nippon (JPN BUS; financing = credit mainly for the recipient),
  planned, undated, trigger the event noun "financing" after the light verb "providing"; "participate
  in the venture" is the frame (skipped; COOPERATE with Chevron arguable) and "Chevron said" rule-3
  attribution.
* 7611 (Reagan on oil imports): "President Reagan said the United States must do more to lessen its
  reliance on imported oil" is a STATEMENT (prescriptive talk about the speaker's own country, the
  own_blind "We should ..." call, not a REQUEST); "said during a nationally televised news conference
  that the rising U.S. reliance on foreign oil is a problem that the administration is studying" a
  second STATEMENT (its own content; the news conference is its venue, skipped); both wire style with
  no time expression: DCT, WASHINGTON. The quotes '"We have to study this more," Reagan said' and
  '"This is why we increased the Strategic (Petroleum) Reserve, but we have to do more," he said' are
  quoted restatements of those two paraphrases (later mentions, EVENTS.md 3: "study" of the second
  record, "do more" of the first). "Reagan said his administration has already proposed deregulating
  natural gas and eliminating the windfall profits tax" is REQUEST USA -> Congress (implied, named in
  the next sentence; legislative proposals to Congress, 17a/23b), undated (perfect, "already" gives
  no value), "said" rule-3 attribution, the deregulation and the tax repeal its content. "he complained
  that Congress had not yet approved those measures" is ACCUSE USA -> Congress (USA GOV), DCT (a
  complaint in wire style); the non-approval is its content (AGREE negated arguable, skipped). "The
  Department of Energy earlier this week released a report that warned of rising U.S. reliance on
  foreign oil imports" is a STATEMENT (a report by a named author, EVENTS.md 4) on "released",
  1987-03 ("earlier this week" = 16-19 March before Fri 20 March, month precision, EVENTS.md 21),
  location null; the report's "warned" is its wording (a document; no consequence: not THREATEN) and
  skipped. "It suggested options for the administration to consider" is a second STATEMENT of the
  report (new content, placed in the release: 1987-03, rule 3), a suggestion of options rather than a
  request; "but made no specific recommendations" is skipped (REQUEST negated or a withheld STATEMENT
  arguable).
* 1148 (copper study group, Geneva): "Major copper producing and consuming countries are considering
  a U.S. proposal ..., delegates said": the delegates are anonymous (EVENTS.md 4, as diplomats) and
  the countries' consideration of the proposal is their talk's content (skipped; the deliberation is
  coded as this week's meeting, below). "The U.S. initiative was introduced last December at a meeting
  held here under the auspices of UNCTAD" gives two records: the U.S. proposal to the copper countries
  to set up a study group is REQUEST USA GOV -> the countries (implied, a group: null), trigger
  "introduced", 1986-12 ("last December"), located in Geneva ("here"; STATEMENT arguable, as 12a's
  proposals; REQUEST as 11a's proposal put to other parties); the December meeting is a nominal with
  its own predication and date (EVENTS.md 11): CONSULT by the participating countries (a group: null,
  no actor2; UNCTAD only its sponsor), 1986-12, Geneva. "The U.S. ... has proposed setting up a body
  to improve statistics ..." restates the proposal: a later mention (1986-12 inherited, date_text
  "last December"). "The new body would not aim at negotiating measures" describes the proposed body
  (no actor; CONSULT negated arguable, skipped). "This week's meeting, which began yesterday, is due
  to end Friday" is CONSULT by the countries (implied group, null), asserted (under way), 1987-03-02
  ("began yesterday", DCT Tue 3 March), location null (the text does not place this week's meeting).
* 12795 (Finance Ministry asks banks to cut dollar sales): every "said" is by "bank dealers",
  "They", "One dealer" or "Dealers" (anonymous, skipped), but the Ministry's acts inside that talk
  are coded (23b / 24a). "The Finance Ministry has asked Japanese commercial banks to moderate their
  dollar sales" is REQUEST JPN GOV -> the banks (JPN BUS), undated (perfect; moral suasion addressed
  to identified parties, not a monetary operation of the ministry's own). "the Ministry had telephoned
  city and long-term banks earlier this week to make the request" is its later mention, trigger the
  event noun "request" after the light verb "make"; "earlier this week" before Fri 3 April is 30
  March - 2 April, straddling March/April, so it has no single value at month precision: unknown
  (24a's straddling talks); the telephoning is the channel (left unlisted). "this was the first time
  the Ministry had made such a request" is an anonymous dealer's assessment (the anaphoric "request"
  skipped). "Finance Ministry officials were unavailable for immediate comment" is a withheld
  STATEMENT (negated, DCT, TOKYO; EVENTS.md 5). "the Ministry has already asked institutional
  investors to reduce their sales of the dollar" is a second REQUEST JPN GOV -> the investors (JPN
  BUS: the Japanese ministry's own market, though the text gives no country word; null arguable),
  undated.
* 6600 (Jopling on the OECD study): Jopling (GBR GOV) "said an OECD study ... would be a good basis
  for global agriculture negotiations" is a STATEMENT (endorsing a study, not an actor: EVENTS.md 6;
  SUPPORT toward the OECD arguable), DCT, WASHINGTON; the negotiations "now underway" are a background
  nominal in its content (CONSULT arguable, skipped). "OECD sources in Paris said last month" is
  anonymous (skipped), with the study's calculation its content; "which has not yet been released by
  the Paris-based OECD" is a background remark on the pending release (withheld STATEMENT arguable,
  skipped). "Jopling, in a speech to the Commodity Club yesterday, suggested the PSE be refined as a
  starting point ..." is a STATEMENT (a suggestion with no actor asked, EVENTS.md 2), 1987-03-17
  ("yesterday"), location null (the club is not placed); the speech is its venue (skipped, as 25b's
  speech / 23b's luncheon) and the Uruguay round a background nominal. "The OECD study shows ...,
  Jopling said" is a STATEMENT (DCT; the study's "shows" is a document). "Jopling qualified his
  endorsement of the PSE as a negotiating tool, however, by saying the European Community would want
  'credit' in the negotiations ..." is one STATEMENT on "qualified" (DCT; "saying" its participial
  elaboration, EVENTS.md 3; the EC's hypothetical claim its content, REQUEST hypothetical arguable;
  "endorsement" anaphoric; the EC's CAP reform actions a background nominal with no type).
  "Representatives of other industrial countries told Reuters they are more skeptical" is skipped:
  representatives of unnamed countries are not identifiable (as diplomats, EVENTS.md 4; STATEMENT
  null arguable). "An Australian trade official said Canberra has 'grave technical reservations'
  about the use of the PSE calculations" is a STATEMENT AUS GOV (an official of a named government;
  reservations about a measure, not an actor: REJECT arguable), DCT; "U.S. officials said there are
  several shortcomings to the study" a STATEMENT USA GOV (criticism of a study, not of an actor: 9a's
  call; ACCUSE toward the OECD arguable), DCT; "The officials said the study may be released in May"
  a STATEMENT (DCT), the possible release its content (a hypothetical OECD STATEMENT 1987-05 arguable,
  skipped).
* 4849 (West Germany reschedules Sierra Leone debt): "West Germany and Sierra Leone signed an
  agreement to reschedule 26 mln marks of principal and interest payments" is AGREE DEU -> SLE on
  "signed" (first-named first), undated (rule 17), the Foreign Ministry's "said" rule-3 attribution
  and "reschedule" its content (EVENTS.md 8). "A statement said the agreement related to interest and
  principle ... as well as arrears ..." is a STATEMENT of the agreement's scope (DEU GOV, the
  ministry's statement; DCT, BONN; 23a's "a company statement said"), the earlier reschedulings a
  background nominal. "The statement said the payments were rescheduled for 1992 to 1996 under the
  accord" asserts the rescheduling itself: AID (debt relief, EVENTS.md 8) DEU (implied) -> SLE
  (implied), asserted, undated ("1992 to 1996" is the new repayment period, not the event's date),
  the statement's "said" rule-3 attribution (a STATEMENT of terms arguable). "which followed a
  multilateral rescheduling pact agreed by 'Paris Club' creditor nations on November 19, 1986" is a
  reduced relative with its own agent and date (EVENTS.md 11): AGREE by the Paris Club creditors
  (null, IGO) -> Sierra Leone (implied; 21b's Paris Club pact = AGREE), 1986-11-19; "followed" is a
  temporal relation and the pact's rescheduling its content (skipped), "accord" anaphoric.
* 11901 (McDonalds Canadian dlr eurobond): the lead manager announcing a bond issue is a STATEMENT
  (own_blind2 / 24a's 15505 call; Morgan Guaranty Ltd GBR BUS, DCT, LONDON); the issue, its pricing,
  listing, selling concession and fees are corporate finance (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
SFO = ("SAN FRANCISCO", "USA")
GEN = ("GENEVA", "CHE")
TOK = ("TOKYO", "JPN")
BON = ("BONN", "DEU")
LON = ("LONDON", "GBR")

MEXICO_IMPLIED = (None, "MEX", "GOV")
COUNTIES_IMPLIED = (None, "USA", "GOV")
CHEVRON_USA = ("Chevron\nU.S.A. Inc", "USA", "BUS")
NIPPON = ("Tokyo-based Nippon Oil Co Ltd", "JPN", "BUS")
CONGRESS_IMPLIED = (None, "USA", "GOV")
DOE = ("The Department of Energy", "USA", "GOV")
COPPER_COUNTRIES = (None, None, "GOV")
JOPLING = ("U.K. Agriculture Minister Michael\nJopling", "GBR", "GOV")
SLE_IMPLIED = (None, "SLE", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-20250": {
        "events": [
            # 0
            ("SANCTION", "close", ("Mexico", "MEX", "GOV"),
             ("San Diego and Orange Counties in\nCalifornia", "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Mexico closed its border to fresh fruit imports from two California counties (import ban = trade "
             "restriction); 'decided' is the decision frame; perfect with no time expression: undated; the USDA "
             "officer's 'said in a field report' is rule-3 attribution"),
            # 1
            ("SANCTION", "closing", MEXICO_IMPLIED, COUNTIES_IMPLIED, None,
             "1987-09-25", "day", "September 25", "asserted", 0,
             "later mention with its own date: the border closing became effective September 25 (EVENTS.md 21); "
             "the report's 'said' is attribution"),
            # 2
            ("SANCTION", "stop", ("the\nMexican Government", "MEX", "GOV"), ("the\ncounties", "USA", "GOV"), None,
             None, "unknown", None, "planned", 0,
             "later mention: the government will stop all fresh fruit shipments from the counties until proof of "
             "non-infestation (the same measure); inherits the first mention's unknown date"),
        ],
        "skip": [
            ("decided", "decision frame of the border closing (24a's 'decided to push')"),
            ("said", "rule-3 attribution (the border closing is the event)"),
            ("field report", "part of the reporting clause (22b)"),
            (("said", "October 14,"), "rule-3 attribution (the closing's effective date is the content)"),
            ("includes", "scope of the closing (the surrounding 70-mile area)"),
            ("ban", "anaphoric nominal (the border closing)"),
            ("applies", "scope of the ban (stative)"),
            ("provided", "condition for lifting the measure (proof of non-infestation)"),
            (("said", "is provided, the report"), "rule-3 attribution (the stopping of shipments is the event)"),
        ],
        "entities": [
            ("Mexico", "GPE", "MEX"),
            ("San Diego", "GPE", "USA"),
            ("Orange Counties", "GPE", "USA"),
            ("California", "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Mexico City", "GPE", "MEX"),
            ("Orange County", "GPE", "USA"),
            ("San Diego County", "GPE", "USA"),
            ("Mexican", "NORP", "MEX"),
        ],
    },
    "reuters21578-11403": {
        "events": [
            # 0
            ("AGREE", "agreed", CHEVRON_USA, NIPPON, None,
             None, "unknown", None, "asserted", None,
             "Chevron's U.S. unit and Nippon Oil agreed to conduct a joint exploration program (first-named first); "
             "no time expression; the parent's 'said' is rule-3 attribution, the program its content"),
            # 1
            ("STATEMENT", ("said", "the company"), (("the company", "pay some costs,"), "USA", "BUS"), None, SFO,
             "1987-03-31", "day", None, "asserted", None,
             "terms: about 50 wells drilled under the agreement, Chevron operator paying some costs (19a)"),
            # 2
            ("STATEMENT", ("said", "It said Nippon"), (("It", "It said Nippon"), "USA", "BUS"), None, SFO,
             "1987-03-31", "day", None, "asserted", None,
             "term: Nippon's initial investment of more than 100 mln dlrs (COOPERATE arguable, 19a)"),
            # 3
            ("AID", "financing", ("The Japanese government", "JPN", "GOV"), (("Nippon", "financing to"), "JPN", "BUS"),
             None, None, "unknown", None, "planned", None,
             "the Japanese government will finance Nippon through the Japanese Oil Corp (credit for the recipient); "
             "event noun after the light verb 'providing'; 'Chevron said' is rule-3 attribution; undated"),
            # 4
            ("STATEMENT", ("said", "It said drilling"), (("It", "It said drilling"), "USA", "BUS"), None, SFO,
             "1987-03-31", "day", None, "asserted", None, "drilling will begin in the second quarter (no type)"),
            # 5
            ("STATEMENT", ("said", "Gulf of"), (("Chevron", "Gulf of"), "USA", "BUS"), None, SFO,
             "1987-03-31", "day", None, "asserted", None, "locations of the properties to be evaluated"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the agreement is the event)"),
            ("conduct", "content of the agreement (EVENTS.md 8)"),
            ("drilled", "the venture's work (content of the statement)"),
            (("agreement", "drilled under the"), "anaphoric nominal"),
            ("pay", "term of the venture (content of the statement)"),
            ("contribute", "term of the venture: Nippon's investment (COOPERATE arguable, 19a)"),
            ("participate", "frame of the financing (participation in the venture; COOPERATE arguable)"),
            (("said", "Oil Corp, Chevron"), "rule-3 attribution (the financing is the event)"),
            ("drilling", "the venture's work (content of the statement)"),
            ("evaluated", "the venture's work (content of the statement)"),
            ("located", "stative (location of the properties)"),
        ],
        "entities": [
            ("Chevron Corp", "ORG", "USA"),
            ("Chevron\nU.S.A. Inc", "ORG", "USA"),
            ("Tokyo", "GPE", "JPN"),
            ("Nippon Oil Co Ltd", "ORG", "JPN"),
            (("Chevron", "selected"), "ORG", "USA"),
            ("United States", "GPE", "USA"),
            (("Chevron", "Chevron will be"), "ORG", "USA"),
            (("Nippon", "It said Nippon"), "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Nippon", "financing to"), "ORG", "JPN"),
            ("Japanese Oil Corp", "ORG", "JPN"),
            (("Chevron", "Oil Corp, "), "ORG", "USA"),
            ("California", "GPE", "USA"),
            ("Colorado", "GPE", "USA"),
            ("Kansas", "GPE", "USA"),
            ("Oklahoma", "GPE", "USA"),
            ("Mississippi", "GPE", "USA"),
            ("Montana", "GPE", "USA"),
            ("North Dakota", "GPE", "USA"),
            ("Texas", "GPE", "USA"),
            ("Utah", "GPE", "USA"),
            ("Wyoming", "GPE", "USA"),
            ("Federal Outer Continental\nShelf", "LOC", "USA"),
            ("Southern California", "LOC", "USA"),
            ("Gulf of\nMexico", "LOC", None),
            (("Chevron", "Gulf of"), "ORG", "USA"),
        ],
    },
    "reuters21578-7611": {
        "events": [
            # 0
            ("STATEMENT", "said", ("President Reagan", "USA", "GOV"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "the United States must do more to lessen its reliance on imported oil (prescriptive talk about the "
             "speaker's own country: STATEMENT)"),
            # 1
            ("STATEMENT", ("said", "Reagan said during"), (("President Reagan", "imported oil"), "USA", "GOV"), None,
             WAS, "1987-03-20", "day", None, "asserted", None,
             "rising reliance on foreign oil is a problem the administration is studying (at a televised news "
             "conference, undated in the text: DCT)"),
            # 2
            ("STATEMENT", ("said", "study this more,\" Reagan"), (("Reagan", "study this more,\""), "USA", "GOV"), None,
             WAS, "1987-03-20", "day", None, "asserted", 1,
             "later mention: quoted restatement ('We have to study this more') of the second paraphrase"),
            # 3
            ("STATEMENT", ("said", "do more,\" he"), (("he", "do more,\""), "USA", "GOV"), None,
             WAS, "1987-03-20", "day", None, "asserted", 0,
             "later mention: quoted restatement ('we have to do more') of the opening paraphrase"),
            # 4
            ("REQUEST", "proposed", ("his administration", "USA", "GOV"), CONGRESS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the administration's legislative proposals (gas deregulation, windfall tax repeal) put to Congress "
             "(implied, named in the next sentence; 17a/23b); perfect with 'already': undated; 'said' attribution"),
            # 5
            ("ACCUSE", "complained", (("he", "However,"), "USA", "GOV"), ("Congress", "USA", "GOV"), WAS,
             "1987-03-20", "day", None, "asserted", None,
             "complaint that Congress has not approved the measures (wire-style speech act: DCT)"),
            # 6
            ("STATEMENT", "released", DOE, None, None,
             "1987-03", "month", "earlier this week", "asserted", None,
             "the DOE released a report warning of rising reliance on foreign oil (a report by a named author); "
             "'earlier this week' = 16-19 March, month precision (EVENTS.md 21)"),
            # 7
            ("STATEMENT", "suggested", (("It", "domestic production is declining."), "USA", "GOV"), None, None,
             "1987-03", "month", "earlier this week", "asserted", None,
             "the report suggested options for the administration to consider (not a request: no specific "
             "recommendations); placed in the report's release (rule 3)"),
        ],
        "skip": [
            ("lessen", "content of the statement"),
            ("news\nconference", "venue of the statement (the same speech act)"),
            ("studying", "content of the statement"),
            (("study", "We have to"), "content of the quote"),
            ("increased", "content of the quote (domestic stockpile)"),
            (("said", "Reagan said his"), "rule-3 attribution (the proposals are the event)"),
            ("deregulating", "content of the proposals"),
            ("eliminating", "content of the proposals"),
            ("approved", "content of the complaint (AGREE negated arguable)"),
            ("warned", "the report's wording (a document; no consequence: not THREATEN), coded on 'released'"),
            ("declining", "statistics (domestic production)"),
            ("consider", "content of the suggestion"),
            ("recommendations", "explicitly no recommendations (REQUEST negated or withheld STATEMENT arguable)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("United\nStates", "GPE", "USA"),
            (("Reagan", "imported oil"), "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Reagan", "study this more,\""), "PERSON", "USA"),
            (("Reagan", "Reagan said his"), "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            ("Department of Energy", "ORG", "USA"),
            (("U.S.", "warned of rising"), "GPE", "USA"),
        ],
    },
    "reuters21578-1148": {
        "events": [
            # 0
            ("REQUEST", "introduced", (("U.S.", "The U.S. initiative"), "USA", "GOV"), COPPER_COUNTRIES, GEN,
             "1986-12", "month", "last December", "asserted", None,
             "the U.S. proposal to the copper countries to set up a study group, introduced at last December's "
             "meeting in Geneva ('here'); REQUEST as a proposal put to other parties (11a; STATEMENT arguable)"),
            # 1
            ("CONSULT", ("meeting", "last December at a"), COPPER_COUNTRIES, None, GEN,
             "1986-12", "month", "last December", "asserted", None,
             "the December meeting held in Geneva under UNCTAD auspices (nominal with its own predication and date; "
             "participants a group: null)"),
            # 2
            ("REQUEST", "proposed", (("The U.S.", "(UNCTAD)"), "USA", "GOV"), COPPER_COUNTRIES, None,
             "1986-12", "month", "last December", "asserted", 0,
             "later mention: the U.S. has proposed setting up a body for statistics, transparency and discussion"),
            # 3
            ("CONSULT", ("meeting", "This week's"), COPPER_COUNTRIES, None, None,
             "1987-03-02", "day", "yesterday", "asserted", None,
             "this week's meeting of the copper countries, which began yesterday (Mon 2 March) and is due to end "
             "Friday; under way: asserted"),
        ],
        "skip": [
            ("considering", "the countries' deliberation of the proposal, content of anonymous talk (coded on this "
                            "week's 'meeting'; CONSULT arguable)"),
            ("proposal", "bare nominal (the U.S. proposal, coded on 'introduced')"),
            ("set up", "content of the proposal"),
            ("review", "content of the proposal (the study group's task)"),
            ("delegates said", "anonymous-source talk (delegates)"),
            ("setting up", "content of the proposal"),
            ("improve", "content of the proposal"),
            ("provide", "content of the proposal"),
            ("aim", "description of the proposed body (no actor)"),
            ("negotiating", "description of the proposed body (CONSULT negated arguable)"),
            ("stabilise", "description of the proposed body"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            (("U.S.", "The U.S. initiative"), "GPE", "USA"),
            ("United Nations\nConference on Trade and Development", "ORG", None),
            ("UNCTAD", "ORG", None),
            (("U.S.", "(UNCTAD)"), "GPE", "USA"),
            ("Chile", "GPE", "CHL"),
        ],
    },
    "reuters21578-12795": {
        "events": [
            # 0
            ("REQUEST", "asked", ("The Finance Ministry", "JPN", "GOV"), ("Japanese\ncommercial banks", "JPN", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "the ministry asked the banks to moderate their dollar sales (an identifiable agent's act inside "
             "anonymous dealers' talk, 23b/24a); perfect with no time expression: undated"),
            # 1
            ("REQUEST", ("request", "to make the"), (("the Ministry", "They said"), "JPN", "GOV"),
             ("city and long-term\nbanks", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the ministry telephoned the banks to make the request; 'earlier this week' before Fri 3 "
             "April = 30 March-2 April straddles two months: no single value (24a)"),
            # 2
            ("STATEMENT", "comment", ("Finance Ministry officials", "JPN", "GOV"), None, TOK,
             "1987-04-03", "day", None, "negated", None,
             "withheld statement: officials unavailable for immediate comment (EVENTS.md 5)"),
            # 3
            ("REQUEST", ("asked", "has already"), (("the Ministry", "Dealers said"), "JPN", "GOV"),
             ("institutional investors", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the ministry had asked institutional investors to reduce their dollar sales (Japanese investors from "
             "context; null arguable); perfect with 'already': undated"),
        ],
        "skip": [
            ("moderate", "content of the request"),
            (("said", "bank dealers"), "anonymous-source talk (bank dealers)"),
            (("said", "They said"), "anonymous-source talk (dealers)"),
            (("said", "One dealer"), "anonymous-source talk (a dealer)"),
            (("request", "made such a"), "anaphoric nominal inside an anonymous dealer's assessment"),
            (("said", "Dealers said"), "anonymous-source talk (dealers)"),
            ("reduce", "content of the request"),
        ],
        "entities": [
            ("Finance Ministry", "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Ministry", "They said the"), "ORG", "JPN"),
            (("Ministry", "first time the"), "ORG", "JPN"),
            (("Finance Ministry", "such a request"), "ORG", "JPN"),
            (("Ministry", "Dealers said the"), "ORG", "JPN"),
        ],
    },
    "reuters21578-6600": {
        "events": [
            # 0
            ("STATEMENT", "said", JOPLING, None, WAS,
             "1987-03-18", "day", None, "asserted", None,
             "assessment: the OECD study would be a good basis for the farm negotiations (endorsing a study, not an "
             "actor: STATEMENT; SUPPORT toward the OECD arguable)"),
            # 1
            ("STATEMENT", "suggested", (("Jopling", "said last month"), "GBR", "GOV"), None, None,
             "1987-03-17", "day", "yesterday", "asserted", None,
             "suggestion that the PSE be refined as a starting point in the Uruguay round (no actor asked: "
             "STATEMENT); in a speech to the Commodity Club yesterday"),
            # 2
            ("STATEMENT", ("said", "farmers, Jopling"), (("Jopling", "farmers,"), "GBR", "GOV"), None, WAS,
             "1987-03-18", "day", None, "asserted", None,
             "the OECD study shows few countries do not significantly subsidize farmers"),
            # 3
            ("STATEMENT", "qualified", (("Jopling", "Jopling qualified"), "GBR", "GOV"), None, WAS,
             "1987-03-18", "day", None, "asserted", None,
             "qualification: the EC would want credit for its recent CAP reform ('by saying' is its participial "
             "elaboration)"),
            # 4
            ("STATEMENT", ("said", "Australian trade official"), ("An Australian trade official", "AUS", "GOV"), None,
             WAS, "1987-03-18", "day", None, "asserted", None,
             "Canberra has grave technical reservations about the PSE calculations (reservations about a measure, not "
             "an actor; REJECT arguable)"),
            # 5
            ("STATEMENT", ("said", "U.S. officials"), ("U.S. officials", "USA", "GOV"), None, WAS,
             "1987-03-18", "day", None, "asserted", None,
             "several shortcomings of the study (criticism of a study, not of an actor: 9a; ACCUSE arguable)"),
            # 6
            ("STATEMENT", ("said", "The officials"), ("The officials", "USA", "GOV"), None, WAS,
             "1987-03-18", "day", None, "asserted", None,
             "forecast: the study may be released in May (the release is content)"),
        ],
        "skip": [
            ("calculates", "content of the statement (the study's scope)"),
            (("negotiations", "global agriculture"), "background nominal in the statement's content (the farm "
                                                    "negotiations 'now underway'; CONSULT arguable)"),
            ("released", "background remark: the study not yet released (withheld STATEMENT arguable)"),
            (("calculated", "has calculated"), "content of anonymous talk"),
            (("said", "sources in Paris"), "anonymous-source talk (OECD sources)"),
            ("speech", "venue of the suggestion (the same speech act, coded on 'suggested')"),
            ("refined", "content of the suggestion"),
            ("reducing", "content of the suggestion"),
            (("negotiations", "Uruguay round of trade"), "background nominal (the Uruguay round)"),
            ("begun", "background (the round's launch under GATT)"),
            ("shows", "a document ('the study shows'), content of the statement"),
            ("subsidize", "generic (content of the statement)"),
            ("attempts", "a document (the study's scope), no actor"),
            (("measure", "attempts to"), "the study's scope (document)"),
            ("endorsement", "anaphoric nominal (Jopling's endorsement of the PSE)"),
            ("saying", "participial elaboration of the qualification (EVENTS.md 3)"),
            ("want", "content of the statement (the EC's hypothetical claim; REQUEST hypothetical arguable)"),
            (("negotiations", "\"credit\" in the"), "anaphoric nominal (the negotiations)"),
            ("actions", "background nominal (the EC's recent CAP reform steps: no type)"),
            ("reform", "content of the background nominal"),
            ("told Reuters", "anonymous: representatives of unnamed countries (as diplomats, EVENTS.md 4; "
                             "STATEMENT null arguable)"),
            ("update", "content of the statement"),
            ("changes", "background nominal (changes in farm programs)"),
            (("released", "may be"), "content of the statement (possible OECD release in May)"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Michael\nJopling", "PERSON", "GBR"),
            ("OECD", "ORG", None),
            (("Paris", "released by the"), "GPE", "FRA"),
            (("OECD", "Paris-based"), "ORG", None),
            (("OECD", "PSE, "), "ORG", None),
            (("Paris", "OECD sources in"), "GPE", "FRA"),
            (("Jopling", "said last month"), "PERSON", "GBR"),
            ("Commodity Club", "ORG", "USA"),
            ("GATT", "ORG", None),
            (("OECD", "The OECD study shows"), "ORG", None),
            (("Jopling", "farmers,"), "PERSON", "GBR"),
            (("OECD", "The OECD study attempts"), "ORG", None),
            (("Jopling", "Jopling qualified"), "PERSON", "GBR"),
            ("European Community", "ORG", None),
            ("Reuters", "ORG", "GBR"),
            (("U.K.", "skeptical than the"), "GPE", "GBR"),
            ("Australian", "NORP", "AUS"),
            ("Canberra", "GPE", "AUS"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-4849": {
        "events": [
            # 0
            ("AGREE", "signed", ("West Germany", "DEU", "GOV"), ("Sierra Leone", "SLE", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "debt rescheduling agreement signed (first-named first); no time expression; the Foreign Ministry's "
             "'said' is rule-3 attribution, the rescheduling its content (EVENTS.md 8)"),
            # 1
            ("STATEMENT", ("said", "A statement"), ("A statement", "DEU", "GOV"), None, BON,
             "1987-03-13", "day", None, "asserted", None,
             "the ministry's statement on the agreement's scope (payments due July 1986-November 1987 and arrears)"),
            # 2
            ("AID", "rescheduled", (None, "DEU", "GOV"), SLE_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the payments were rescheduled to 1992-1996 under the accord (debt relief = AID); '1992 to 1996' is the "
             "repayment period, not the event's date; 'The statement said' is rule-3 attribution"),
            # 3
            ("AGREE", ("agreed", "pact"), ("\"Paris Club\" creditor nations", None, "IGO"), SLE_IMPLIED, None,
             "1986-11-19", "day", "November 19, 1986", "asserted", None,
             "multilateral rescheduling pact agreed by the Paris Club creditors on November 19, 1986 (reduced "
             "relative with its own agent and date; Sierra Leone the implied counterpart, 21b)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the signing is the event)"),
            ("reschedule", "content of the agreement (EVENTS.md 8)"),
            (("agreement", "statement said the"), "anaphoric nominal (the signed agreement)"),
            ("related", "scope of the agreement (content of the statement)"),
            ("reschedulings", "background nominal (previous reschedulings)"),
            (("said", "The statement said"), "rule-3 attribution (the rescheduling is the event)"),
            ("accord", "anaphoric nominal (the signed agreement)"),
            ("followed", "temporal relation between the two agreements"),
            (("rescheduling", "multilateral"), "content of the Paris Club pact"),
        ],
        "entities": [
            ("West Germany", "GPE", "DEU"),
            ("Sierra Leone", "GPE", "SLE"),
            ("West German Foreign Ministry", "ORG", "DEU"),
            ("Paris Club", "ORG", None),
        ],
    },
    "reuters21578-11901": {
        "events": [
            # 0
            ("STATEMENT", "said", ("lead manager Morgan Guaranty Ltd", "GBR", "BUS"), None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance; own_blind2 / 24a call)"),
        ],
        "skip": [
            ("issuing", "bond issue: corporate finance"),
            ("priced", "terms of the issue"),
            ("listed", "listing of the bond: corporate finance"),
            ("pays", "fees of the issue"),
            ("payment date", "terms of the issue"),
        ],
        "entities": [
            ("McDonalds Corporation", "ORG", "USA"),
            ("Canadian", "NORP", "CAN"),
            ("Morgan Guaranty Ltd", "ORG", "GBR"),
            (("Canadian", "10,000"), "NORP", "CAN"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind28a.jsonl")
