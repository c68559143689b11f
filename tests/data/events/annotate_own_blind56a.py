"""Build ``own_blind56a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind56a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 55 (2299 left); 24 drawn with random.Random(56101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
56 event records (52 first mentions, 4 later mentions), 125 not_annotated spans, 105 entity mentions
(ORG 39, PERSON 29, GPE 27, NORP 8, LOC 2); no article without events; 315 (Sale Tilney buys B and R) has
a single COOPERATE, 315 and 3089 (Imatron / Mitsui) no STATEMENT, 3847 (Dole) and 8662 (Yeutter at Taupo)
are mostly STATEMENTs. Types: STATEMENT 33, AGREE 5, CONSULT 5, REQUEST 3, COOPERATE 3, ACCUSE 3, AID 2,
SUPPORT 1, REJECT 1; modality: asserted 51, negated 3, planned 2; precision: day 41, unknown 12, month 2,
year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; three first matches landed inside longer words and were
re-anchored: the skip "processed" inside "unprocessed" and two actor "he" inside "ahead" and "the"; no
duplicate or overlapping entity spans). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not tagged ("Transport Minister John
Crosbie", "U.S. Trade Representative Clayton Yeutter": "U.S." GPE and the PERSON; "U.S. Ambassador
Michael Samuels" likewise), but a body named in a title is ("U.S. Senate Republican leader Robert Dole":
GPE "U.S.", ORG "Senate", NORP "Republican", PERSON); "Reagan administration" gives PERSON "Reagan";
bracketed company names are tagged without the brackets; possessive 's left out; places inside
organisation names are not tagged separately ("U.S. Coast Guard", "Oil India Ltd", "Islamic Jihad for
the Liberation of Palestine", "GATT Council"); class, ship, product and round names are not entities
("Arctic Class 8", "Polar Sea", "Ultrafast", the "Uruguay round"). Countries: Robert Dole / Dole, David
Karnes, Edward Zorinsky and Reagan PERSON USA, Senate, Congress, the National Corn Growers Association and
the State Department ORG USA, "Republican" NORP USA, "Neb." of "(D-Neb.)" GPE USA (14b's "Vt"), the Soviet
Union and Moscow GPE SUN; Versatile Corp, Versatile Pacific Shipyards Inc and "Versatile" ORG CAN (the
text names no country: a Vancouver shipyard building for the Canadian coast guard), John Crosbie /
Crosbie / the misspelt "Crosibie" PERSON CAN, "Canadian" NORP CAN (the lower-case "coast guard" not
tagged), Vancouver GPE CAN, the U.S. Coast Guard ORG USA, the Northwest Passage LOC CAN (disputed in the
text; null arguable), "Arctic" LOC null; Sale Tilney Plc / "Sale" ORG GBR (dateline LONDON), B and R
International Inc. / "B and R" ORG USA ("a U.S. Insurance broker"); the World Bank ORG null, India and
Assam GPE IND, Oil India Ltd / OIL ORG IND, "Indian" NORP IND; "American" NORP USA, "Indian" NORP IND,
Alann Steen / Steen PERSON USA, Israel GPE ISR, Islamic Jihad for the Liberation of Palestine ORG LBN (a
Beirut kidnap group; PSE from its name arguable), Beirut GPE LBN, An-Nahar ORG LBN; the GATT Council,
"Council", the General Agreement on Tariffs and Trade and GATT ORG null, David Wood (GATT's spokesman,
nationality not given) PERSON null, Michael Samuels PERSON USA, Canada GPE CAN, Robert White PERSON CAN;
Clayton Yeutter / Yeutter PERSON USA, Punta del Este and Uruguay GPE URY, the European Community ORG null;
Imatron Inc / Imatron ORG USA (dateline SOUTH SAN FRANCISCO, Calif.), Mitsui and Co Ltd / Mitsui ORG JPN,
Japan GPE JPN.

Judgement calls made here:
* 3847 (Dole on the 0/92 option, DCT Wed 1987-03-11, WASHINGTON): "Dole said Congress should consider
  legislation to apply the so-called 0/92 option" is REQUEST USA GOV -> Congress (USA GOV), an identified
  actor told it should act (EVENTS.md 2), DCT; "Dole told the National Corn Growers Association that ...
  the proposal ... 'should be seriously considered'" is its quoted restatement (later mention, EVENTS.md
  3; the audience is not actor2, Congress implied). "did not say whether he would support the 0/92
  option" is a withheld STATEMENT (negated). "repeated his call for an across-the-board export
  enhancement program" and "again called for the marketing loan" name no actor asked (EVENTS.md 2, 17a's
  "called for"): STATEMENTs (REQUEST toward the administration arguable); "saying a subsidy offer ..." is
  the participle of the repeated call (skipped). The other reporting clauses (two problems, "it is viewed,
  he said", the farm bill, the decision to trade with Moscow, "predicted", "are not going anywhere",
  the State Department answer, the Senate close call) are STATEMENTs, DCT; "this year" dates their
  contents, not the sayings; the U.S. "decision to trade with Moscow" is content (COOPERATE arguable).
  "who last year pledged to offer legislation ... but never did so" is a promise with no counterpart
  (his own legislative act; skipped, AGREE 1986 arguable). "Dole said he was encouraged by the selection
  of Republican David Karnes" is SUPPORT USA -> Karnes (own_dev's "encouraged"), DCT; the selection is
  an appointment (skipped). The administration's "supported" proposal is an endorsement of a policy
  (EVENTS.md 6, skipped).
* 677 (Versatile icebreaker, DCT Mon 1987-03-02, OTTAWA): "Versatile Corp's shipbuilding subsidiary has a
  letter of intent to build a ... polar icebreaker for the Canadian coast guard, Transport Minister John
  Crosbie said" is AGREE CAN BUS -> CAN GOV on "letter of intent" (letter of intent = AGREE, 9b; the event
  noun after the light verb "has"), undated (stative, no time expression), "said" rule-3 attribution.
  "In a Vancouver address, Crosbie said ... the low bidder ..., but the company must meet certain ...
  conditions before the contract is awarded" is a STATEMENT (DCT, located in Vancouver); the conditions
  and the award are skipped. "The government also announced it will provide up to 13 mln dlrs in loan
  insurance to help Versatile" is AID CAN GOV -> CAN BUS (a guarantee), planned, undated, "announced"
  attribution. The garbled next line begins "said before the contract can be awarded Versatile 'will be
  required to offer assurances ...'" with the speaker's name lost (and no sentence break before it):
  a STATEMENT with an implied CAN GOV speaker, DCT; "required" a condition of the award (skipped; REQUEST
  toward Versatile arguable). "Crosibie said" (misspelt) and "which Crosbie said" are STATEMENTs, DCT.
  "The government announced plans to build the icebreaker last year" is a STATEMENT (domestic
  procurement, no type), 1986 ("last year", year). "The U.S. government did not seek permission for the
  journey" is REQUEST USA GOV -> CAN (implied) negated (explicitly not done), undated; "claiming the area
  was an international water way" is its participle (skipped; REJECT of Canada's claim arguable); the
  Polar Sea's "passage" has no clear type (skipped). "The government said the icebreaker was needed" is
  a STATEMENT, DCT.
* 315 (Sale Tilney buys B and R, DCT Mon 1987-03-02, LONDON): "Sale Tilney Plc said it has purchased 80
  pct of ... B and R International Inc., a U.S. Insurance broker" is COOPERATE GBR BUS -> USA BUS
  (acquisition between companies), undated (perfect), "said" attribution; payment terms and results are
  skipped.
* 4604 (World Bank loan to India, DCT Thu 1987-03-12, WASHINGTON): "The World Bank said it approved a 140
  mln dlr loan for India" is AID null IGO -> IND GOV on "approved", undated, "said" attribution; the two
  later "The bank said" clauses (the loan's use, its recipient Oil India) are STATEMENTs (null IGO, DCT;
  a later AID mention toward OIL arguable for the second).
* 8379 (hostage swap offer, DCT Mon 1987-03-23, BEIRUT): the kidnappers (Islamic Jihad for the
  Liberation of Palestine, LBN ORG: a Beirut group; PSE arguable) "said U.S. Hostage Alann Steen was ill"
  is a STATEMENT and "offered to free him in exchange for a hundred detainees in Israel" AGREE -> ISR GOV
  (a conditional promise toward the party whose compliance is awaited, GUIDELINES.md), both DCT (one
  wire-style statement). The two quotes ('"...," said a hand-written statement by Islamic Jihad ...' and
  '"... free him for 100 detainees in the occupation jails," said the statement') restate them: later
  mentions of the STATEMENT and of the AGREE (a statement by a named author is a speech act, EVENTS.md
  4; Israel implied by "the occupation jails"). The kidnapping behind "Kidnappers" and the detention of
  the detainees are background (skipped; COERCE arguable); the delivery to An-Nahar has no type.
* 1680 (GATT herring panel, DCT Wed 1987-03-04, GENEVA): "The ruling GATT Council set up a formal
  dispute panel to examine a U.S. Complaint that a Canadian law ... was discriminatory" is ACCUSE null
  IGO -> CAN GOV on "set up" (an investigation of a party, as 12-14's GATT panel "to rule on objections")
  plus ACCUSE USA GOV -> CAN GOV on the nominal "Complaint" (its own predication, EVENTS.md 11), both
  undated (no time expression, EVENTS.md 17); the Canadian export ban is a standing law with no target
  (skipped; SANCTION arguable). David Wood's "told a news briefing" is a STATEMENT (null IGO, DCT);
  inside it "bilateral consultations failed to resolve the row" is CONSULT USA -> CAN (implied parties,
  the complainant first), undated. "Samuels charged during the Council debate that Canada was trying to
  preserve domestic jobs" is ACCUSE USA GOV -> CAN GOV, DCT (wire style; the debate itself undated and an
  internal debate of one body, skipped). "Robert White ... replied the law was in line with GATT rules"
  is REJECT CAN -> USA (implied; denial of the allegation), DCT. "But he agreed to setting up the dispute
  panel" is AGREE CAN -> the Council (null IGO, implied; USA as the requesting party arguable), undated
  as a non-speech agreement (DCT as a verbal assent in the debate arguable).
* 8662 (Yeutter at Taupo, DCT Tue 1987-03-24, TAUPO, New Zealand): "trade ministers meeting here" is
  CONSULT by the ministers (a group: null, no actor2, as 29b's Taupo meeting), dated by the report (an
  ongoing meeting, round 8's progressive call), and "Delegates from 22 countries are meeting informally"
  its later mention. "have reached a general consensus" is AGREE by the same group on the event noun
  "consensus" (after the light verb "reached"; own_blind3's Paris accord: null actors), undated (perfect,
  EVENTS.md 17; DCT via the ongoing meeting arguable), Yeutter's "said" rule-3 attribution. "the latest
  GATT round was launched in Punta del Este, Uruguay, last September" is CONSULT (7a/29b's call: implied
  group, null IGO), 1986-09, located in Punta del Este. "Yeutter gave no precise details" is a withheld
  STATEMENT (negated) and "told journalists" a STATEMENT; his nine further reporting clauses are
  STATEMENTs (assessments, forecasts, prescriptive talk with no actor asked, "ludicrous" overproduction by
  "the nations of the world": generic, no party), all DCT, TAUPO; "Asked about" is a question (skipped).
* 3089 (Imatron / Mitsui, DCT Mon 1987-03-09, SOUTH SAN FRANCISCO): "Mitsui and Co Ltd of Japan has
  purchased a two mln dlr equity interest in Imatron" is COOPERATE JPN BUS -> USA BUS, undated (perfect),
  "said" attribution; the granted 120-day option is a term of the investment (skipped; AGREE arguable).
  "Mitsui ... is scheduled to take delivery of its first scanner next month" is COOPERATE JPN BUS ->
  Imatron (implied USA BUS) on "delivery", planned, 1987-04 ("next month"). "It said it has entered into
  preliminary discussions with Mitsui on the formation of a joint venture" is CONSULT USA BUS -> JPN BUS
  on "discussions", undated (perfect); the joint venture's formation and purposes are content.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind56a.jsonl"

WAS = ("WASHINGTON", "USA")
OTT = ("OTTAWA", "CAN")
BEI = ("BEIRUT", "LBN")
GEN = ("GENEVA", "CHE")
TAU = ("TAUPO", "NZL")

KIDNAPPERS = ("Kidnappers", "LBN", "ORG")
ISRAEL_IMPLIED = (None, "ISR", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3847": {
        "events": [
            # 0
            ("REQUEST", "said", ("Robert Dole", "USA", "GOV"), ("Congress", "USA", "GOV"), WAS,
             "1987-03-11", "day", None, "asserted", None,
             "Congress should consider 0/92 legislation (an identified actor told it should act, EVENTS.md 2); "
             "wire style: DCT, dateline city"),
            # 1
            ("REQUEST", "told", (("Dole", "Dole told"), "USA", "GOV"), (None, "USA", "GOV"), WAS,
             "1987-03-11", "day", None, "asserted", 0,
             "quoted restatement ('should be seriously considered') of the lead's call on Congress (EVENTS.md 3: "
             "later mention); the audience (the growers' association) is not actor2"),
            # 2
            ("STATEMENT", ("say", "did not say"), (("Dole", "However, Dole"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "negated", None,
             "withheld statement: did not say whether he would support the option (EVENTS.md 5)"),
            # 3
            ("STATEMENT", ("said", "Republican leader said"), ("The Senate Republican leader", "USA", "GOV"), None,
             WAS, "1987-03-11", "day", None, "asserted", None, "assessment: the option posed two problems"),
            # 4
            ("STATEMENT", ("said", "it is viewed, he"), (("he", "it is viewed, he"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None, "assessment: viewed by some as welfare"),
            # 5
            ("STATEMENT", ("said", "farm bill, Dole"), (("Dole", "farm bill, Dole"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None, "assessment: debate could open up the farm bill"),
            # 6
            ("STATEMENT", "repeated", (("Dole", "Dole also repeated"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "repeated call for an export enhancement programme: no identifiable actor asked (EVENTS.md 2, 17a's "
             "'called for'; REQUEST toward the administration arguable); 'saying' its participle"),
            # 7
            ("STATEMENT", ("said", "Dole said that the"), (("Dole", "Dole said that the"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "assessment: the U.S. has decided to trade with Moscow, competitive prices important"),
            # 8
            ("STATEMENT", "predicted", ("The senator", "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "forecast: Congress will have to decide this year ('this year' dates the decision, not the saying)"),
            # 9
            ("STATEMENT", ("called for", "again"), (("Dole", "Dole, who"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "again called for a marketing loan for wheat and feedgrains: no identifiable actor asked (EVENTS.md 2; "
             "REQUEST arguable); wire style: DCT"),
            # 10
            ("STATEMENT", ("said", "going anywhere"), (("Dole", "going anywhere"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "forecast: the administration's farm changes 'are not going anywhere' this year ('this year' dates "
             "the changes' fate; ACCUSE toward the administration arguable)"),
            # 11
            ("STATEMENT", ("said", "after his speech"), (("Dole", "after his speech"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "answer to reporters: no change seen in the State Department (assessment)"),
            # 12
            ("STATEMENT", ("said", "Dole also said"), (("Dole", "Dole also said"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None, "forecast: a close call in the Senate"),
            # 13
            ("SUPPORT", ("said", "Dole said he was"), (("Dole", "Dole said he was"), "USA", "GOV"),
             ("David Karnes", "USA", "GOV"), WAS,
             "1987-03-11", "day", None, "asserted", None,
             "encouraged by the selection of Karnes (verbal support, own_dev's 'encouraged'); DCT"),
        ],
        "skip": [
            (("supported", "proposal,"), "endorsement of a proposal (a policy, EVENTS.md 6), background"),
            ("refusal", "hypothetical content of the statement"),
            (("want", "those who"), "content of the quote"),
            (("support", "whether he would"), "content of the withheld statement"),
            (("offer", "which would"), "description of the option (content)"),
            ("viewed", "content of the statement"),
            (("open up", "proposal could"), "content of the statement"),
            ("saying", "participle elaborating the repeated call (EVENTS.md 3)"),
            (("offer", "a subsidy"), "hypothetical content (a subsidy offer to the Soviet Union)"),
            ("improve", "content of the statement"),
            (("decision", "has made the"), "content of the statement (a general U.S. decision to trade with "
             "Moscow; COOPERATE arguable)"),
            (("trade", "decision to"), "content of the statement"),
            (("offer", "important to"), "content of the statement"),
            (("decide", "would have to"), "content of the forecast"),
            (("require", "whether to"), "content of the forecast"),
            ("targets", "stative description of the programme"),
            ("subsidize", "generic"),
            ("pledged", "last year's promise to offer legislation: no counterpart (his own legislative act, as "
             "the earlier sets' pledges to one's own side; AGREE arguable)"),
            ("offer legislation", "content of the pledge"),
            ("did so", "negated content of the pledge"),
            (("proposed", "administration's"), "background nominal (the administration's farm proposals)"),
            ("singling out", "participle elaborating the forecast"),
            (("cut", "proposal to"), "domestic price policy (target prices)"),
            ("Asked", "question"),
            (("supporting", "Department towards"), "content of the question"),
            ("speech", "background nominal (the speech that is the setting of the statements)"),
            (("open up", "whether to open"), "content of the forecast"),
            ("selection", "appointment (not an event)"),
            ("replace", "content of the appointment"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Senate", "ORG", "USA"),
            ("Republican", "NORP", "USA"),
            ("Robert Dole", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            (("Dole", "Dole told"), "PERSON", "USA"),
            ("National Corn Growers Association", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Dole", "However, Dole"), "PERSON", "USA"),
            (("Senate", "The Senate"), "ORG", "USA"),
            (("Republican", "The Senate"), "NORP", "USA"),
            (("Dole", "farm bill, Dole"), "PERSON", "USA"),
            (("Dole", "Dole also repeated"), "PERSON", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("U.S.", "improve"), "GPE", "USA"),
            (("Dole", "Dole said that the"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("Moscow", "GPE", "SUN"),
            (("Congress", "The senator predicted"), "ORG", "USA"),
            (("Dole", "Dole, who"), "PERSON", "USA"),
            (("Reagan", "The Reagan administration's"), "PERSON", "USA"),
            (("Dole", "going anywhere"), "PERSON", "USA"),
            ("State Department", "ORG", "USA"),
            (("Soviet Union", "initiative for the"), "GPE", "SUN"),
            (("Dole", "after his speech"), "PERSON", "USA"),
            (("Dole", "Dole also said"), "PERSON", "USA"),
            (("Senate", "close call in the"), "ORG", "USA"),
            (("Dole", "Dole said he was"), "PERSON", "USA"),
            (("Republican", "selection of"), "NORP", "USA"),
            ("David Karnes", "PERSON", "USA"),
            ("Edward Zorinsky", "PERSON", "USA"),
            ("Neb.", "GPE", "USA"),
        ],
    },
    "reuters21578-677": {
        "events": [
            # 0
            ("AGREE", "letter of intent", ("Versatile Corp's shipbuilding subsidiary", "CAN", "BUS"),
             ("the Canadian coast guard", "CAN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "letter of intent to build the icebreaker for the coast guard (letter of intent = AGREE, 9b; "
             "event noun after the light verb 'has'); stative, no time expression: undated; 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", ("said", "Vancouver address, Crosbie"), (("Crosbie", "Vancouver address,"), "CAN", "GOV"),
             None, ("Vancouver", "CAN"),
             "1987-03-02", "day", None, "asserted", None,
             "assessment: Versatile the low bidder, conditions before the award; wire style: DCT, in the "
             "Vancouver address"),
            # 2
            ("AID", "provide", ("The government", "CAN", "GOV"), (("Versatile", "help Versatile"), "CAN", "BUS"),
             None, None, "unknown", None, "planned", None,
             "will provide up to 13 mln dlrs in loan insurance (a guarantee: AID); 'announced' rule-3 "
             "attribution; no time expression: undated"),
            # 3
            ("STATEMENT", ("said", "construction of the vessel."), (None, "CAN", "GOV"), None, OTT,
             "1987-03-02", "day", None, "asserted", None,
             "speaker's name lost in the wire text (Crosbie, implied CAN GOV): Versatile will be required to offer "
             "assurances before the award (a condition of the award; REQUEST toward Versatile arguable); DCT"),
            # 4
            ("STATEMENT", ("said", "Crosibie"), ("Crosibie", "CAN", "GOV"), None, OTT,
             "1987-03-02", "day", None, "asserted", None, "assessment: the bid 100 mln lower, jobs (misspelt name)"),
            # 5
            ("STATEMENT", ("said", "which Crosbie"), (("Crosbie", "which Crosbie"), "CAN", "GOV"), None, OTT,
             "1987-03-02", "day", None, "asserted", None, "assessment: the most powerful icebreaker"),
            # 6
            ("STATEMENT", ("announced", "The government announced"), (("The government", "The government announced"),
             "CAN", "GOV"), None, None,
             "1986", "year", "last\nyear", "asserted", None,
             "announced plans to build the icebreaker last year (domestic procurement: no type)"),
            # 7
            ("REQUEST", "seek", ("The U.S. government", "USA", "GOV"), (None, "CAN", "GOV"), None,
             None, "unknown", None, "negated", None,
             "did not seek (Canada's) permission for the Polar Sea's journey (explicitly not done); no time "
             "expression: undated"),
            # 8
            ("STATEMENT", ("said", "The government said"), (("The government", "The government said"), "CAN", "GOV"),
             None, OTT, "1987-03-02", "day", None, "asserted", None,
             "the icebreaker needed to back up Canada's sovereignty claim (assessment); DCT"),
        ],
        "skip": [
            (("said", "Crosbie"), "attribution of the letter of intent (rule 3)"),
            (("build", "letter of intent to"), "content of the letter of intent"),
            (("bidder", "the low"), "content of the statement (a bid)"),
            (("build", "low bidder to"), "content of the statement"),
            (("meet", "must"), "condition of the award"),
            (("awarded", "before the contract is"), "condition (the planned award)"),
            (("announced", "government also"), "attribution of the loan insurance (rule 3)"),
            (("help", "insurance to"), "purpose of the insurance"),
            ("prepare", "purpose of the insurance"),
            (("construction", "prepare for the"), "shipbuilding project (no type)"),
            (("awarded", "before the contract can be"), "condition (the planned award)"),
            ("required", "condition of the award (REQUEST toward Versatile arguable)"),
            ("offer assurances", "content of the condition"),
            ("performing", "content of the condition"),
            (("bid", "Versatile's"), "anaphoric nominal (the bid)"),
            ("generate", "content of the statement"),
            ("Work on", "shipbuilding project (no type)"),
            ("begin", "planned project start (no type)"),
            (("completed", "would begin"), "planned project completion (no type)"),
            (("build", "plans to"), "content of the announcement"),
            ("passage", "background nominal: the U.S. vessel's transit of disputed waters (no clear type)"),
            ("journey", "anaphoric nominal (the transit)"),
            ("claiming", "participle of the U.S. stance (REJECT of Canada's claim arguable)"),
            ("needed", "content of the statement"),
            ("back up", "content of the statement"),
            (("claim", "country's"), "background nominal (Canada's standing sovereignty claim)"),
        ],
        "entities": [
            ("Versatile Corp", "ORG", "CAN"),
            ("Canadian", "NORP", "CAN"),
            ("John Crosbie", "PERSON", "CAN"),
            ("Vancouver", "GPE", "CAN"),
            (("Crosbie", "Vancouver address,"), "PERSON", "CAN"),
            ("Versatile Pacific Shipyards Inc", "ORG", "CAN"),
            (("Versatile", "help Versatile"), "ORG", "CAN"),
            (("Versatile", "can be awarded"), "ORG", "CAN"),
            ("Crosibie", "PERSON", "CAN"),
            (("Versatile", "Crosibie said"), "ORG", "CAN"),
            (("Crosbie", "which Crosbie"), "PERSON", "CAN"),
            ("U.S. Coast Guard", "ORG", "USA"),
            ("Northwest Passage", "LOC", "CAN"),
            (("U.S.", "The U.S. government"), "GPE", "USA"),
            (("Arctic", "sovereignty in the"), "LOC", None),
        ],
    },
    "reuters21578-315": {
        "events": [
            # 0
            ("COOPERATE", "purchased", ("Sale Tilney Plc", "GBR", "BUS"), ("B and R International Inc.", "USA", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "purchase of 80 pct of a U.S. insurance broker (acquisition between companies); perfect, no time "
             "expression: undated; 'said' rule-3 attribution"),
        ],
        "skip": [
            (("said", "Sale Tilney Plc"), "attribution of the purchase (rule 3)"),
            ("paying", "payment terms of the purchase (part of it)"),
            ("paid", "payment terms of the purchase"),
            ("posted", "company results (statistics)"),
            (("had", "when it"), "stative"),
        ],
        "entities": [
            ("Sale Tilney Plc", "ORG", "GBR"),
            ("B and R International Inc.", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Sale", "Sale is paying"), "ORG", "GBR"),
            (("B and R", "B and R posted"), "ORG", "USA"),
        ],
    },
    "reuters21578-4604": {
        "events": [
            # 0
            ("AID", "approved", ("The World Bank", None, "IGO"), ("India", "IND", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "approved a 140 mln dlr loan for India (credit); no time expression: undated; 'said' rule-3 "
             "attribution"),
            # 1
            ("STATEMENT", ("said", "The bank said the loan"), (("The bank", "The bank said the loan"), None, "IGO"),
             None, WAS, "1987-03-12", "day", None, "asserted", None,
             "use of the loan (content, no new act); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "The bank said the recipient"),
             (("The bank", "The bank said the recipient"), None, "IGO"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "the loan's recipient will be Oil India (report of the recipient, as own_dev; a later AID mention "
             "toward OIL arguable)"),
        ],
        "skip": [
            (("said", "The World Bank"), "attribution of the loan approval (rule 3)"),
            (("help", "India to"), "purpose of the loan"),
            ("lessen", "purpose of the loan"),
            ("spur", "purpose of the loan"),
            (("loan", "The bank said the"), "anaphoric nominal (the loan)"),
            ("used", "content of the statement"),
            ("boost", "content of the statement"),
            ("injecting", "content of the statement"),
            ("assist", "content of the statement"),
            ("drilling", "content of the statement"),
            ("recipient", "content of the statement"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("India", "GPE", "IND"),
            ("Assam", "GPE", "IND"),
            ("Oil India Ltd", "ORG", "IND"),
            ("OIL", "ORG", "IND"),
            ("Indian", "NORP", "IND"),
        ],
    },
    "reuters21578-8379": {
        "events": [
            # 0
            ("STATEMENT", "said", KIDNAPPERS, None, BEI,
             "1987-03-23", "day", None, "asserted", None,
             "the kidnappers said Steen was ill (assessment); wire style: DCT, dateline city"),
            # 1
            ("AGREE", "offered", KIDNAPPERS, ("Israel", "ISR", "GOV"), BEI,
             "1987-03-23", "day", None, "asserted", None,
             "offer to free Steen in exchange for 100 detainees in Israel (a conditional promise toward the party "
             "whose compliance is awaited, GUIDELINES.md); a verbal act of the same statement: DCT"),
            # 2
            ("STATEMENT", ("said", "in 10 days,"), ("Islamic Jihad for the Liberation of Palestine", "LBN", "ORG"),
             None, BEI, "1987-03-23", "day", None, "asserted", 0,
             "the quoted statement restates the lead's 'Steen was ill' (EVENTS.md 3: later mention); a statement "
             "by a named author is a speech act (EVENTS.md 4)"),
            # 3
            ("AGREE", ("said", "occupation jails,"), (("the statement", "said the statement"), "LBN", "ORG"),
             ISRAEL_IMPLIED, BEI, "1987-03-23", "day", None, "asserted", 1,
             "quoted restatement of the swap offer (later mention); Israel implied by 'the occupation jails'"),
        ],
        "skip": [
            ("Kidnappers", "agent noun: the kidnapping of the professors is background (COERCE arguable, undated)"),
            (("free", "offered to"), "content of the offer"),
            (("exchange", "in"), "content of the offer"),
            (("detainees", "a hundred"), "background nominal (detention in Israel; COERCE arguable)"),
            ("suffer", "content of the statement"),
            ("deteriorate", "content of the statement"),
            ("die", "content of the statement"),
            ("delivered", "delivery of the statement to the newspaper (part of its release; no type)"),
            ("require", "content of the quote"),
            (("free", "that we"), "content of the offer"),
            ("accompanied", "no type"),
        ],
        "entities": [
            ("American", "NORP", "USA"),
            ("Indian", "NORP", "IND"),
            ("U.S.", "GPE", "USA"),
            ("Alann Steen", "PERSON", "USA"),
            ("Israel", "GPE", "ISR"),
            (("U.S.", "in Israel."), "GPE", "USA"),
            (("Alann Steen", "Spy"), "PERSON", "USA"),
            ("Islamic Jihad for the Liberation of Palestine", "ORG", "LBN"),
            ("Beirut", "GPE", "LBN"),
            ("An-Nahar", "ORG", "LBN"),
            (("Steen", "photograph of"), "PERSON", "USA"),
        ],
    },
    "reuters21578-1680": {
        "events": [
            # 0
            ("ACCUSE", "set up", ("The ruling GATT Council", None, "IGO"), ("Canadian", "CAN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "a dispute panel to examine the U.S. complaint against a Canadian law (an investigation of a party, "
             "as 12-14's GATT panel 'to rule on objections'); no time expression: undated (EVENTS.md 17)"),
            # 1
            ("ACCUSE", "Complaint", ("U.S.", "USA", "GOV"), (("Canadian", "Complaint that a"), "CAN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. complaint that Canada's law was discriminatory (nominal with its own predication, "
             "EVENTS.md 11); undated"),
            # 2
            ("STATEMENT", "told", ("David Wood", None, "IGO"), None, GEN,
             "1987-03-04", "day", None, "asserted", None,
             "GATT spokesman on the decision's background (no new act by the speaker); wire style: DCT"),
            # 3
            ("CONSULT", "consultations", (None, "USA", "GOV"), (None, "CAN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "bilateral (U.S.-Canada) consultations that failed to resolve the row (nominal with its own "
             "predication; implied parties, the complainant first); undated"),
            # 4
            ("ACCUSE", "charged", ("Michael Samuels", "USA", "GOV"), ("Canada", "CAN", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None,
             "charged during the Council debate that Canada was protecting jobs (accusation); wire style, the "
             "debate undated: DCT"),
            # 5
            ("REJECT", "replied", ("Robert White", "CAN", "GOV"), (None, "USA", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None,
             "replied the law was in line with GATT rules (denial of the U.S. allegation); DCT"),
            # 6
            ("AGREE", "agreed", (("he", "But he"), "CAN", "GOV"), (None, None, "IGO"), None,
             None, "unknown", None, "asserted", None,
             "agreed to setting up the panel (assent to the Council's decision: actor2 the Council, null; USA as "
             "the requesting party arguable); non-speech agreement with no time expression: undated (DCT as a "
             "verbal assent in the debate arguable)"),
        ],
        "skip": [
            ("examine", "purpose of the panel"),
            ("prohibiting", "Canada's export ban: a standing law with no target (SANCTION arguable)"),
            (("decision", "briefing the"), "anaphoric nominal (the panel decision)"),
            ("taken", "anaphoric (the panel decision)"),
            ("failed", "predicate of the consultations (part of them)"),
            ("resolve", "content (failed resolution)"),
            ("row", "background nominal (the dispute)"),
            (("debate", "Council"), "internal debate of one body (setting of the charge)"),
            ("trying", "content of the charge"),
            ("preserve", "content of the charge"),
            ("insisting", "content of the charge (Canada's processing requirement)"),
            (("processed", "salmon be"), "content of the charge"),
            ("setting up", "content of the agreement"),
        ],
        "entities": [
            ("GATT Council", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Canadian", "NORP", "CAN"),
            ("David Wood", "PERSON", None),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("GATT", "Trade ("), "ORG", None),
            (("U.S.", "U.S. Ambassador"), "GPE", "USA"),
            ("Michael Samuels", "PERSON", "USA"),
            (("Council", "during the"), "ORG", None),
            ("Canada", "GPE", "CAN"),
            ("Robert White", "PERSON", "CAN"),
            (("Canada", "White,"), "GPE", "CAN"),
            (("GATT", "line with"), "ORG", None),
        ],
    },
    "reuters21578-8662": {
        "events": [
            # 0
            ("CONSULT", "meeting", ("trade ministers", None, "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "the trade ministers' meeting going on here (a group of ministers: null, 29b's Taupo meeting); a "
             "progressive reported today: DCT (round 8's call)"),
            # 1
            ("AGREE", ("consensus", "general"), ("trade ministers", None, "GOV"), None, TAU,
             None, "unknown", None, "asserted", None,
             "the ministers have reached a general consensus on farm trade reform (event noun after the light verb "
             "'reached'; a group: null, no actor2, own_blind3's Paris accord); perfect, no time expression: "
             "undated (DCT via the ongoing meeting arguable); 'said' rule-3 attribution"),
            # 2
            ("STATEMENT", "gave", (("Yeutter", "Yeutter gave"), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "negated", None,
             "withheld statement: gave no precise details of the understanding (EVENTS.md 5)"),
            # 3
            ("STATEMENT", "told", (("Yeutter", "Yeutter gave"), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "the consensus covers the principles (assessment); DCT"),
            # 4
            ("CONSULT", ("meeting", "are meeting"), ("Delegates from 22 countries", None, "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", 0,
             "later mention of the ministers' meeting (progressive, today)"),
            # 5
            ("CONSULT", "launched", (None, None, "IGO"), None, ("Punta del Este", "URY"),
             "1986-09", "month", "last September", "asserted", None,
             "the GATT round launched in Punta del Este last September (7a/29b's call: CONSULT by the GATT members, "
             "implied group null)"),
            # 6
            ("STATEMENT", ("said", "last September."), (("Yeutter", "last September."), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "assessment: going down the same road"),
            # 7
            ("STATEMENT", ("said", "there,\""), (("Yeutter", "there,\""), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "assessment: a common understanding"),
            # 8
            ("STATEMENT", ("said", "negotiations ahead,"), (("he", ", he said. \"It"), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "forecast: the hard work still to come"),
            # 9
            ("STATEMENT", ("said", "wants to buy,\""), (("he", "wants to buy,\""), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "'ludicrous' overproduction by the nations of the world (generic criticism, no party: STATEMENT)"),
            # 10
            ("STATEMENT", ("said", "He said the long-term"), (("He", "He said the long-term"), "USA", "GOV"), None,
             TAU, "1987-03-24", "day", None, "asserted", None,
             "prescriptive talk with no actor asked (EVENTS.md 2): switch resources"),
            # 11
            ("STATEMENT", ("said", "stop operating,"), (("he", "stop operating,"), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "assessment: would help agriculture"),
            # 12
            ("STATEMENT", ("said", "10 or 15 years,"), (("he", "10 or 15 years,"), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "forecast: a more rational system"),
            # 13
            ("STATEMENT", ("said", "ineffective use"), (("he", "ineffective use"), "USA", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "assessment: an early conclusion important (no actor asked)"),
            # 14
            ("STATEMENT", ("said", "priority for agriculture"), (("he", "negotiations, he"), "USA", "GOV"),
             None, TAU, "1987-03-24", "day", None, "asserted", None,
             "answer to a question: politically realistic, part of a larger package"),
        ],
        "skip": [
            (("said", "Yeutter"), "attribution of the consensus (rule 3)"),
            (("understanding", "details of the"), "anaphoric nominal (the consensus)"),
            (("consensus", "told journalists the"), "anaphoric nominal (the consensus)"),
            ("covers", "content of the statement"),
            ("improve", "content of the statement"),
            ("discuss", "purpose of the meeting"),
            ("translates", "content of the quote"),
            (("negotiations", "translates ultimately into"), "content of the quote (the future negotiations)"),
            (("understanding", "seems to be an"), "content of the statement"),
            (("negotiations", "tough"), "content of the forecast (future negotiations)"),
            ("plough", "generic content of the quote"),
            ("switch", "content of the statement"),
            (("help", "This would"), "content of the statement"),
            ("stop operating", "content of the statement"),
            ("lose", "content of the forecast"),
            ("result in", "content of the forecast"),
            (("reach", "negotiations"), "content of the statement"),
            ("spending", "statistic (farm spending), content of the statement"),
            (("Asked", "Asked about"), "question"),
            ("getting it", "hypothetical content of the quote"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            (("Yeutter", "Yeutter gave"), "PERSON", "USA"),
            (("GATT", "since the latest"), "ORG", None),
            ("Punta del Este", "GPE", "URY"),
            (("Uruguay", "Punta del Este,"), "GPE", "URY"),
            (("Yeutter", "last September."), "PERSON", "USA"),
            (("Yeutter", "there,\""), "PERSON", "USA"),
            (("U.S.", "because the"), "GPE", "USA"),
            ("European Community", "ORG", None),
        ],
    },
    "reuters21578-3089": {
        "events": [
            # 0
            ("COOPERATE", "purchased", ("Mitsui and Co Ltd of Japan", "JPN", "BUS"),
             (("Imatron", "interest in"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Mitsui bought a two mln dlr equity interest in Imatron (investment between companies); perfect, no "
             "time expression: undated; 'said' rule-3 attribution"),
            # 1
            ("COOPERATE", "delivery", (("Mitsui", "Imatron said Mitsui"), "JPN", "BUS"), (None, "USA", "BUS"), None,
             "1987-04", "month", "next month", "planned", None,
             "Mitsui (Imatron's importer) to take delivery of its first scanner next month (a material exchange "
             "with Imatron, implied; event noun after 'take'); 'said' rule-3 attribution"),
            # 2
            ("CONSULT", "discussions", (("it", "It said it"), "USA", "BUS"), (("Mitsui", "discussions with"), "JPN", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "preliminary discussions on a joint venture (event noun after 'entered into'); perfect, no time "
             "expression: undated; 'It said' rule-3 attribution"),
        ],
        "skip": [
            (("said", "Imatron Inc"), "attribution of the purchase (rule 3)"),
            ("granted", "option terms of the investment (corporate finance; AGREE/COOPERATE arguable)"),
            (("investment", "another two mln dlr"), "content of the option"),
            (("said", "Imatron said Mitsui"), "attribution of the delivery (rule 3)"),
            ("importer", "stative description (Mitsui's import arrangement)"),
            ("installation", "purpose of the delivery"),
            (("said", "It said"), "attribution of the discussions (rule 3)"),
            ("formation", "content of the discussions"),
            (("finance", "venture to"), "purpose of the joint venture"),
            ("commercialization", "purpose of the joint venture"),
        ],
        "entities": [
            ("Imatron Inc", "ORG", "USA"),
            ("Mitsui and Co Ltd", "ORG", "JPN"),
            ("Japan", "GPE", "JPN"),
            (("Imatron", "interest in"), "ORG", "USA"),
            (("Imatron", "Imatron said Mitsui"), "ORG", "USA"),
            (("Mitsui", "Imatron said Mitsui"), "ORG", "JPN"),
            (("Imatron", "importer of"), "ORG", "USA"),
            (("Japan", "scanners into"), "GPE", "JPN"),
            (("Mitsui", "discussions with"), "ORG", "JPN"),
            (("Imatron", "development of"), "ORG", "USA"),
            (("Japan", "commercialization in"), "GPE", "JPN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
