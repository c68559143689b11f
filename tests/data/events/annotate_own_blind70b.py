"""Build ``own_blind70b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind70b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2082 left); 24 drawn with random.Random(70101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
41 event records (37 first mentions, 4 later mentions), 93 not_annotated spans, 121 entity mentions
(GPE 62, ORG 34, PERSON 13, NORP 10, LOC 2); one article without events (12174, London sugar freight
enquiries: a negative); 10704 (Bahrain money market regime) and 16976 (Swiss National Bank intervention) have
reporting-clause STATEMENTs only.
Types: STATEMENT 19, CONSULT 8, ASSAULT 3, SUPPORT 3, AGREE 2, REJECT 1, AID 1, COERCE 1, ACCUSE 1, SANCTION 1,
RETREAT 1; modality: asserted 34, planned 4, negated 2, hypothetical 1; precision: day 26, unknown 13, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor, skip and
entity span printed in context; four wrong first matches fixed: "attend" inside "attending", "stay" in "stay
the course", "he" inside "when", and "Prince Abdullah" inside the lead's "Crown Prince Abdullah"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles and styles are not part of a PERSON span ("Assistant Secretary of State Elliott Abrams",
"Crown Prince Abdullah bin Abdul Aziz", "Vice President George Bush", "Deputy Secretary of State John
Whitehead": PERSON only); "Secretary (of State George) Shultz" gives PERSON "Shultz" only (the bracket
splits the name); the possessive 's is left out ("Saudi Arabia's", "Iraq's", "Bahrain's"); a government body
with its country word is one ORG span ("U.S. Agriculture Department", "EC Commission", "House Foreign Affairs
Committee"); a body containing a place name has no nested GPE ("Bahrain Monetary Agency", "Bank of Japan",
"Swiss National Bank"); lower-case bodies ("the Spanish intervention board", "the kingdom's national guard",
"The Malaysian Rubber Futures market") give only their NORP; "Bahrain" inside "Government of Bahrain treasury
bills" (a security's name) is a GPE mention; "EC" inside "non-EC" is an ORG mention, "Iran" and "contra"
inside "Iran-contra" are GPE IRN and NORP NIC (28b), the lower-case "contra" NORP NIC (22b); "U .S." (the
text's stray space) is a GPE mention; agreements (the International Natural Rubber Agreement), securities,
currencies and products are not entities; ship-charter route codes ("A-H range") are not tagged.
Countries: Indonesia IDN, Malaysia MYS, Singapore SGP, Thailand THA (GPE), "Malaysian" NORP MYS, Geneva GPE
CHE; Bahrain GPE BHR, the Bahrain Monetary Agency ORG BHR, Reuters ORG GBR, "U.S." (in "U.S. Dollars", "U.S.
Currency") GPE USA; the U.S. GPE USA, the European Community / EC / EC Commission / "The Commission" ORG null,
"Spanish" NORP ESP, Spain GPE ESP; the freight list's ports: Delfzyl and Flushing GPE NLD, India IND, Antwerp
BEL, Lagos NGA, Queensland AUS, China CHN, Dubai ARE, Rouen FRA, Hamburg DEU, Hodeidah and Mokha YEM (North
Yemen's 1987 code), Santos BRA, South Korea KOR, Constanza ROU, Buenaventura COL, "U.S." USA; its charterers:
E D and F Man and Woodhouse, Drake and Carey ORG GBR (London sugar houses), Kawasaki ORG JPN, Cargill ORG USA,
Benham and Genoc ORG null (the text gives no country), "Dutch" NORP NLD; the Commodity Credit Corporation /
CCC and the U.S. Agriculture Department ORG USA, Iraq GPE IRQ, Iraq's State Trade Organization for Grains and
Foodstuffs ORG IRQ; Saudi Arabia GPE SAU, Abdullah bin Abdul Aziz / "Abdullah" PERSON SAU, George Bush /
"Bush", Reagan, John Whitehead and Caspar Weinberger PERSON USA, the United States / "U.S." and Washington GPE
USA, the Pentagon, "Administration" (Administration officials), the House and the Senate ORG USA, "Iranian"
NORP IRN, "Kuwaiti" NORP KWT, the Gulf LOC null; Elliott Abrams / "Abrams", Shultz and Eugene Hasenfus PERSON
USA (Hasenfus: the American crewman of the contra supply flight; the text gives no nationality, null
arguable), the House Foreign Affairs Committee, the CIA, the National Security Council and the Pentagon ORG
USA, Nicaragua GPE NIC, "Nicaraguan" NORP NIC, El Salvador GPE SLV; the Swiss National Bank / "National Bank"
ORG CHE, Tokyo GPE JPN, the Bank of Japan ORG JPN, the Bundesbank ORG DEU.

Judgement calls made here:
* 15424 (rubber producers to meet, DCT Thu 1987-04-09, SINGAPORE): every "said" is by "industry sources" /
  "the sources" / "they" (anonymous, EVENTS.md 4: skipped), but the reported acts have named actors.
  "Officials from Indonesia, Malaysia, Singapore and, perhaps, Thailand will meet here tomorrow" is one
  CONSULT of the group (actor1 null, no actor2: a multilateral meeting coded as one group record, as 9b's and
  the later set's Managua meeting; a split by country arguable), planned, 1987-04-10 ("tomorrow"), located
  in Singapore ("here", the dateline city); its purpose ("to discuss increased regional cooperation ... and
  ways to raise rubber prices") is skipped; "The officials will discuss linking rubber markets" is its later
  mention (same date). "This is the first time Indonesia is attending such a meeting" is Indonesia's own
  CONSULT IDN -> the group (implied, null), planned (present for tomorrow's meeting), placed inside the
  meeting (rule 3: 1987-04-10), as the earlier set's Panama attending as an observer; "representatives from
  Thailand may not be able to attend" is CONSULT THA -> the group, hypothetical (a possibility, neither
  asserted nor negated), same date. The agenda "expected to be discussed" is the same meeting's content
  (skipped). "Last month, rubber importing and exporting countries adopted a new International Natural
  Rubber Agreement in Geneva" is AGREE by a group of countries (null, no actor2), 1987-03 ("Last month"),
  located in Geneva; the new pact's features and the eliminated borrowing provisions are content of the
  sources' talk.
* 10704 (Bahrain money market regime, DCT Mon 1987-03-30, BAHRAIN): introducing the regime, the liquidity
  aid to commercial banks (repurchase agreements, discounting, swaps, loans against bonds) and the treasury
  bill programme's tenders are domestic monetary operations and government finance (EVENTS.md 10: skipped;
  AID BHR -> the banks arguable for none of them: unilateral monetary operations). "The Bahrain Monetary
  Agency has issued a circular to all commercial banks outlining a new policy from April 1" is a STATEMENT
  (an announcement of an untyped action by a named body; "from April 1" dates the policy, not the issuing;
  "has issued" taken as "have said": DCT, EVENTS.md 16), BAHRAIN; "The circular, released officially to
  Reuters, said" and "the circular to banks states" are a document saying (EVENTS.md 4: skipped), the
  release an anaphoric mention of the issuing. "The agency said it will repurchase ..." and "The agency said
  it envisages the repurchase agreements will normally be for a period of seven days" are STATEMENTs (DCT,
  BAHRAIN). The three "banking sources said" are anonymous (skipped).
* 12417 (EC denies maize exports reserved for U.S., DCT Thu 1987-04-02, BRUSSELS): "The agreement between the
  U.S. And the European Community ... provides an equal chance for all non-EC countries ..., an EC Commission
  spokeswoman said" is a STATEMENT (an assessment of the agreement; the spokeswoman null IGO), DCT, BRUSSELS;
  the agreement itself is a background nominal with no predication of its own beyond "provides" (skipped;
  AGREE USA <-> EC undated arguable). "She denied that any unpublished clause of the agreement guaranteed the
  bulk of the maize export business would go to the U.S." is REJECT (denial of an allegation; null IGO,
  actor2 null: the allegation's source is an EC official, also null), DCT, BRUSSELS; "As one EC official told
  Reuters yesterday" is a STATEMENT by an official of a named body (EVENTS.md 4; null IGO), 1987-04-01
  ("yesterday"), no place given. "the EC will import two mln tonnes of maize ... into Spain" is the
  agreement's content (skipped; COOPERATE planned arguable, no counterpart named); "The Commission has yet to
  decide" is an internal decision not taken (no type), the purchases and the tender its content.
* 12174 (London sugar freight enquiries, DCT Wed 1987-04-01, LONDON): no event (a negative, as 32b's
  15728). The route lines are charter enquiries, market activity (EVENTS.md 10); "Cargill is reported to
  have withdrawn its enquiries" is relayed with no source ("is reported": anonymous) and is market activity
  with no counterpart (skipped, RETREAT arguable).
* 15949 (CCC guarantees for Iraq switched, DCT Thu 1987-04-09, WASHINGTON), coded exactly as 65b's 14483 (the
  same kind of story): "The Commodity Credit Corporation (CCC) has transferred 12.0 mln dlrs in credit
  guarantees ... to increase coverage on sales of U.S. protein concentrates to Iraq, the U.S. Agriculture
  Department said" is AID USA GOV -> IRQ GOV on "transferred" (credit guarantees reallocated to a country),
  undated (present perfect, no time expression, rule 17), "said" rule-3 attribution; the earlier earmarking
  is background. "The action was taken at the request of Iraq's State Trade Organization for Grains and
  Foodstuffs and reduces the line ..., the department said" is a STATEMENT (DCT, WASHINGTON): "the action was
  taken" is an anaphoric mention of the transfer, "at the request of" a background nominal with no date
  (REQUEST IRQ -> USA arguable), "reduces" the programme totals. "The guarantee line ... has been increased
  ..., it said" is a STATEMENT (the switch's effect on the programme totals, 42b/65b), DCT.
* 20891 (Saudi Crown Prince meets Bush, DCT Mon 1987-10-19, WASHINGTON), coded as 38b's 20719 (another
  version of the same meeting): "Crown Prince Abdullah bin Abdul Aziz met for an hour with Vice President
  George Bush on Monday" is CONSULT SAU GOV -> USA GOV (visitor first, EVENTS.md 13), 1987-10-19 ("on
  Monday" = the DCT), located in Washington (he "is here on an official visit"; the visit is background,
  skipped). "after U.S. naval forces destroyed one Iranian oil platform in the Gulf and raided another" are
  two ASSAULT records USA MIL -> IRN (the platforms, BUS as 34b/38b; two coordinated clauses, two targets),
  undated ("on Monday" dates the meeting, the attack only precedes it: 38b; 1987-10-19 arguable), located in
  the Gulf. 'Asked at the start of the meeting ..., the Crown Prince ... replied, "I believe what the United
  States has done is their responsibility as a superpower."' is SUPPORT SAU -> USA on "replied" (an
  endorsement of the U.S. action, 38b), placed at the start of Monday's meeting (rule 3: 1987-10-19,
  Washington); the question is skipped. "His remark appeared to be an implicit endorsement of the U.S.
  action" is its later mention (38b's "endorsement"; here in the reporter's voice). "which the Pentagon said
  came in retaliation for ..." is attribution of the action's characterisation (38b: "said" and
  "retaliation" skipped; a Pentagon STATEMENT arguable); "last Friday's Iranian missile attack on a
  U.S.-flagged Kuwaiti tanker" is ASSAULT IRN MIL -> KWT BUS (a nominal with its own date, EVENTS.md 11;
  the tanker's country the nationality word the text gives, as 34b's "Kuwaiti ship"; USA arguable for its
  flag), 1987-10-16 ("last Friday" from Mon 19 Oct), no place given. "Administration officials said Bush had
  assured the Crown Prince the United States would 'stay the course' in the Gulf" is AGREE USA -> SAU (an
  assurance = a promise, as earlier sets' "assured"/"assurances"), the officials' "said" rule-3 attribution
  (officials of a named government), undated (a relayed past perfect with no time expression; placing it in
  Monday's meeting arguable, 38b's "thanked"). "They said Prince Abdullah ... was 'very supportive' of the U.S.
  role" is SUPPORT SAU -> USA on "supportive", "said" attribution, undated likewise. "Before meeting with
  Bush, the Crown Prince paid a brief courtesy call on President Reagan" is CONSULT SAU -> USA on "call" (the
  event noun after "paid"), undated ("Before meeting with Bush" only orders it; 1987-10-19 arguable),
  Washington; the gerund "meeting" is the presupposed Bush meeting (skipped). "During his stay in
  Washington, he was also scheduled to meet with ... Whitehead, ... Weinberger and leaders of the House and
  Senate foreign policy committees" is one CONSULT SAU -> USA (a same-country compound, EVENTS.md 12),
  planned, undated (the stay's dates are not given), Washington.
* 18330 (Abrams testifies, DCT Tue 1987-06-02, WASHINGTON): Abrams is a State Department official (USA
  GOV). "Elliott Abrams said he was 'completely honest and completely wrong' when he gave assurances last
  October that the U.S. government was not involved in a flight ..." is a STATEMENT (DCT, wire style,
  WASHINGTON) plus a STATEMENT on "assurances" (the earlier statements, event noun after "gave"; a factual
  assurance, not a promise; REJECT of an allegation arguable, none named), 1986-10 ("last October" in June
  1987). "He was being questioned by the congressional Iran-contra panel" is a question / the hearing's
  procedure (skipped; CONSULT or ACCUSE arguable, as earlier sets' "was questioned"); "testimony he gave to
  the House Foreign Affairs Committee on October 15, 1986, saying ..." is a later mention of the assurances
  with its own day (EVENTS.md 21: a later mention with its own time expression keeps it), "saying" its
  participial elaboration. '"I made those statements and I made a similar statement on October 14 to
  Secretary (of State George) Shultz ..." Abrams testified': "those statements" is anaphoric (skipped), "a
  similar statement on October 14" a STATEMENT of its own (1986-10-14; Shultz the audience, no actor2,
  EVENTS.md 6), and "testified" the quoted restatement of the lead's "said" (later mention, EVENTS.md 3;
  DCT). The downing and the two crewmen "killed" have no named agent (skipped; ASSAULT NIC arguable). "The
  third, Eugene Hasenfus, was captured, tried and sentenced to 30 years' jail, but later released by the
  Nicaraguan authorities": four records NIC GOV -> Hasenfus (USA PERSON): COERCE "captured", ACCUSE "tried"
  (a prosecution of someone, as investigations), SANCTION "sentenced" (an adverse court ruling, 19a-21b),
  RETREAT "released" (a release), all undated ("later" gives no value), no place given; the agent phrase "by
  the Nicaraguan authorities" is anchored on the release and implied for the first three. "Abrams ... said
  he did not remember how he learned that the plane had been shot down, but thought it was probably from the
  CIA" is one STATEMENT (DCT; "thought" its second conjunct, skipped); "to testify in five weeks of
  televised hearings" is background. "He said he made public statements within a couple of days that there
  had been no U.S. government involvement after making inquiries of the CIA, the National Security Council
  and the Pentagon" gives a STATEMENT on "said" (DCT), a STATEMENT on "statements" (Abrams's earlier public
  statements, undated: "within a couple of days" of the undated downing gives no value; a later mention of
  the assurances arguable) and a CONSULT USA -> USA on "inquiries" (asking three agencies, one same-country
  record; REQUEST arguable), undated. '"Everybody said, not only then but later, that there was no U.S.
  government role," he said' is a STATEMENT on the final "said" (DCT); "Everybody said" has no identifiable
  speaker (skipped).
* 16976 (Swiss National Bank sells yen, DCT Tue 1987-04-21, ZURICH): selling yen and "joining in concerted
  intervention by central banks" are currency intervention (EVENTS.md 10: skipped), so "a spokesman for the
  National Bank said" is a STATEMENT (CHE GOV, DCT, ZURICH); "He declined to say which central banks had been
  active" and "The National Bank spokesman declined to specify the volume of its dollar purchases or the rate
  paid" are withheld STATEMENTs (negated, DCT; triggers "say" and "specify", as 53a's "say"). "Tokyo dealers
  said" and "market sources here said they believed" are anonymous (skipped), the Bank of Japan's
  intervention and the Bundesbank's presence in the market monetary operations in their content.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind70b.jsonl"

SIN = ("SINGAPORE", "SGP")
BAH = ("BAHRAIN", "BHR")
BRU = ("BRUSSELS", "BEL")
WAS = ("WASHINGTON", "USA")
ZUR = ("ZURICH", "CHE")
GENEVA = ("Geneva", "CHE")
GULF = ("Gulf", None)

USA_GOV = "USA", "GOV"
USA_MIL = "USA", "MIL"
SAU_GOV = "SAU", "GOV"
NIC_GOV = "NIC", "GOV"
BHR_GOV = "BHR", "GOV"
CHE_GOV = "CHE", "GOV"
EC = None, "IGO"
GROUP_IMPLIED = (None, None, "GOV")
NIC_IMPLIED = (None, "NIC", "GOV")
HASENFUS = ("Eugene Hasenfus", "USA", "PERSON")
PRINCE = (("the Crown Prince", "the attack,"),)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15424": {
        "events": [
            # 0
            ("CONSULT", "meet", ("Officials from Indonesia, Malaysia,\nSingapore and, perhaps, Thailand", None, "GOV"),
             None, SIN, "1987-04-10", "day", "tomorrow", "planned", None,
             "officials of four countries will meet here tomorrow (a multilateral meeting: one group record, null, "
             "no actor2, as 9b's Managua meeting; split by country arguable); 'tomorrow' from Thu 1987-04-09; 'here' "
             "= Singapore; 'industry sources said' anonymous (skipped)"),
            # 1
            ("CONSULT", ("discuss", "The officials will"), ("The officials", None, "GOV"), None, SIN,
             "1987-04-10", "day", "tomorrow", "planned", 0,
             "later mention: the officials will discuss linking rubber markets (the same meeting, its date)"),
            # 2
            ("CONSULT", "attending", (("Indonesia", "first time"), "IDN", "GOV"), GROUP_IMPLIED, SIN,
             "1987-04-10", "day", "tomorrow", "planned", None,
             "Indonesia is attending such a meeting for the first time (its own participation, as the earlier "
             "set's Panama observer; the group implied, null); present for tomorrow's meeting: planned, placed "
             "inside it (rule 3)"),
            # 3
            ("CONSULT", ("attend", "able to"), ("representatives from Thailand", "THA", "GOV"), GROUP_IMPLIED, SIN,
             "1987-04-10", "day", "tomorrow", "hypothetical", None,
             "Thailand's representatives may not be able to attend (a possibility: hypothetical); placed inside "
             "tomorrow's meeting (rule 3)"),
            # 4
            ("AGREE", "adopted", ("rubber importing and exporting countries", None, "GOV"), None, GENEVA,
             "1987-03", "month", "Last month", "asserted", None,
             "rubber importing and exporting countries adopted a new International Natural Rubber Agreement in "
             "Geneva (a group of countries: null, no actor2); 'Last month' in April 1987 = 1987-03"),
        ],
        "skip": [
            (("discuss", "tomorrow to"), "purpose of the meeting"),
            ("cooperation", "content (purpose of the meeting)"),
            (("raise", "ways to"), "content (purpose of the meeting)"),
            (("said", "industry sources"), "anonymous-source talk (industry sources; the meeting is the event)"),
            ("linking", "content of the meeting"),
            (("said", "transparency, the sources"), "anonymous-source talk (the sources)"),
            (("said", "meeting, they"), "anonymous-source talk (the sources)"),
            ("account for", "statistics"),
            (("discussed", "expected to be"), "agenda of the same meeting (content)"),
            (("said", "predecessor, the sources"), "anonymous-source talk (the sources)"),
            ("borrow", "content of anonymous talk (the pact's former provisions)"),
            ("eliminated", "content of anonymous talk (the pact's provisions)"),
        ],
        "entities": [
            ("Indonesia", "GPE", "IDN"),
            ("Malaysia", "GPE", "MYS"),
            ("Singapore", "GPE", "SGP"),
            ("Thailand", "GPE", "THA"),
            (("Indonesia", "first time"), "GPE", "IDN"),
            (("Thailand", "representatives from"), "GPE", "THA"),
            (("Malaysia", "schedule."), "GPE", "MYS"),
            (("Indonesia", "schedule. Malaysia,"), "GPE", "IDN"),
            (("Thailand", "Indonesia and"), "GPE", "THA"),
            (("Singapore", "exports and"), "GPE", "SGP"),
            ("Malaysian", "NORP", "MYS"),
            ("Geneva", "GPE", "CHE"),
        ],
    },
    "reuters21578-10704": {
        "events": [
            # 0
            ("STATEMENT", "issued", ("The Bahrain Monetary Agency",) + BHR_GOV, None, BAH,
             "1987-03-30", "day", None, "asserted", None,
             "the agency issued a circular to the commercial banks outlining a new liquidity policy (an announcement "
             "of an untyped, domestic monetary measure); 'from April 1' dates the policy; 'has issued' taken as "
             "'have said': DCT (EVENTS.md 16), dateline city"),
            # 1
            ("STATEMENT", ("said", "The agency said it will"), (("The agency", "circular to banks states"),) + BHR_GOV, None, BAH,
             "1987-03-30", "day", None, "asserted", None,
             "it will repurchase treasury bills with an agreement to resell (monetary operation: content); DCT"),
            # 2
            ("STATEMENT", ("said", "The agency said it envisages"), (("The agency", "interest charge"),) + BHR_GOV,
             None, BAH, "1987-03-30", "day", None, "asserted", None,
             "the repurchase agreements will normally run seven days (content of a monetary operation); DCT"),
        ],
        "skip": [
            ("introducing", "domestic monetary regime (unilateral monetary operation, EVENTS.md 10)"),
            (("provide", "regime to"), "purpose (liquidity aid to domestic banks: monetary operation)"),
            ("launched", "background: the treasury bill programme (government finance)"),
            ("outlining", "participial content of the circular"),
            ("gives", "content of the circular (liquidity aid: monetary operation)"),
            ("released", "anaphoric: the circular's release (the issuing is coded)"),
            (("said", "to Reuters,"), "a document saying (EVENTS.md 4)"),
            (("providing", "arrangements for"), "content of the circular (monetary operation)"),
            (("provides", "the agency"), "habitual monetary operation (swaps, loans to banks)"),
            ("replace", "content of the circular's quote"),
            ("states", "a document saying (EVENTS.md 4)"),
            (("repurchase", "it will"), "content of the statement (monetary operation)"),
            ("resell", "content of the statement (monetary operation)"),
            ("envisages", "part of the reporting clause (content: the agreements' term)"),
            (("launched", "Bahrain launched"), "government finance (treasury bill tender programme)"),
            (("raised", "has since"), "government finance (statistics)"),
            (("offered", "swaps"), "monetary operation (the agency's dollar swaps)"),
            (("said", "But banking sources"), "anonymous-source talk (banking sources)"),
            (("said", "Banking sources said more"), "anonymous-source talk (banking sources)"),
            (("said", "Banking sources said the cost"), "anonymous-source talk (banking sources)"),
        ],
        "entities": [
            ("Bahrain", "GPE", "BHR"),
            ("Bahrain Monetary Agency", "ORG", "BHR"),
            ("Reuters", "ORG", "GBR"),
            (("U.S.", "swaps against"), "GPE", "USA"),
            (("Bahrain", "Government of"), "GPE", "BHR"),
            (("Bahrain", "Bahrain launched"), "GPE", "BHR"),
            (("Bahrain", "Bahrain's commercial"), "GPE", "BHR"),
            (("U.S.", "interest on the"), "GPE", "USA"),
        ],
    },
    "reuters21578-12417": {
        "events": [
            # 0
            ("STATEMENT", "said", ("an EC Commission spokeswoman",) + EC, None, BRU,
             "1987-04-02", "day", None, "asserted", None,
             "the U.S.-EC agreement gives all non-EC countries an equal chance to supply Spain (an assessment); "
             "DCT, dateline city"),
            # 1
            ("REJECT", "denied", ("She",) + EC, None, BRU,
             "1987-04-02", "day", None, "asserted", None,
             "denied that an unpublished clause reserved the bulk of the maize business for the U.S. (denial of an "
             "allegation; its source, an EC official, is null too: actor2 left null); DCT"),
            # 2
            ("STATEMENT", "told", ("one EC official",) + EC, None, None,
             "1987-04-01", "day", "yesterday", "asserted", None,
             "an EC official told Reuters the clause guaranteed the U.S. the bulk of the business (an official of a "
             "named body, EVENTS.md 4); 'yesterday' = 1987-04-01; no place given"),
        ],
        "skip": [
            ("agreement", "background nominal (the U.S.-EC maize agreement; AGREE undated arguable)"),
            ("provides", "stative (the agreement's effect, content of the statement)"),
            ("supply", "content of the statement"),
            ("guaranteed", "content of the denied allegation"),
            (("go", "would"), "content of the denied allegation"),
            (("import", "EC will"), "content of the agreement (COOPERATE planned arguable, no counterpart named)"),
            ("decide", "internal decision not yet taken (no type)"),
            ("purchases", "content of the pending decision"),
            (("tender", "by a"), "content of the pending decision"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            (("EC", "for all non-"), "ORG", None),
            ("Spanish", "NORP", "ESP"),
            ("EC Commission", "ORG", None),
            (("U.S.", "would go to"), "GPE", "USA"),
            (("EC", "As one"), "ORG", None),
            ("Reuters", "ORG", "GBR"),
            (("EC", "agreement, the"), "ORG", None),
            ("Spain", "GPE", "ESP"),
            (("Commission", "The Commission"), "ORG", None),
            (("Spanish", "purchases by the"), "NORP", "ESP"),
        ],
    },
    "reuters21578-12174": {
        "events": [],
        "skip": [
            ("withdrawn", "market activity (a charter enquiry withdrawn), relayed with no source (RETREAT arguable)"),
            ("reported", "anonymous ('is reported')"),
        ],
        "entities": [
            ("Delfzyl", "GPE", "NLD"),
            ("India", "GPE", "IND"),
            ("Benham", "ORG", None),
            ("Antwerp", "GPE", "BEL"),
            ("Lagos", "GPE", "NGA"),
            ("E D and F Man", "ORG", "GBR"),
            ("Queensland", "GPE", "AUS"),
            ("China", "GPE", "CHN"),
            ("Kawasaki", "ORG", "JPN"),
            ("Dubai", "GPE", "ARE"),
            ("Rouen", "GPE", "FRA"),
            ("Hamburg", "GPE", "DEU"),
            (("India", "Hamburg/"), "GPE", "IND"),
            ("Woodhouse, Drake and Carey", "ORG", "GBR"),
            ("Flushing", "GPE", "NLD"),
            ("Hodeidah", "GPE", "YEM"),
            ("Mokha", "GPE", "YEM"),
            ("Genoc", "ORG", None),
            ("Santos", "GPE", "BRA"),
            (("Hodeidah", "Santos/"), "GPE", "YEM"),
            ("Dutch", "NORP", "NLD"),
            ("Cargill", "ORG", "USA"),
            ("South Korea", "GPE", "KOR"),
            (("India", "South Korea to"), "GPE", "IND"),
            ("Constanza", "GPE", "ROU"),
            (("India", "Constanza to"), "GPE", "IND"),
            ("Buenaventura", "GPE", "COL"),
            (("U.S.", "Buenaventura to"), "GPE", "USA"),
        ],
    },
    "reuters21578-15949": {
        "events": [
            # 0
            ("AID", "transferred", ("The Commodity Credit Corporation",) + USA_GOV, (("Iraq", "concentrates to"), "IRQ", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "credit guarantees moved from hatching-egg and breeder-livestock sales to protein-concentrate sales to "
             "Iraq (65b's 14483, 32a); present perfect, no time expression: undated (rule 17); USDA's 'said' is "
             "attribution"),
            # 1
            ("STATEMENT", ("said", "the department said"), ("the department",) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "the action was taken at Iraq's request and reduces two lines (the action anaphoric, the request a "
             "background nominal: REQUEST IRQ -> USA arguable, as 65b); DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "44.0 mln dlrs, it"), (("it", "44.0 mln dlrs,"),) + USA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "the protein-concentrate line increased (programme totals, 42b/65b); DCT"),
        ],
        "skip": [
            ("earmarked", "background (the guarantees' earlier allocation)"),
            (("sales", "earmarked for"), "content of the guarantees"),
            ("increase", "purpose of the transfer"),
            (("said", "Agriculture Department"), "rule-3 attribution (the credit guarantees are the event)"),
            ("action", "anaphoric nominal (the transfer)"),
            ("taken", "anaphoric (the transfer)"),
            ("request", "background nominal with no date (25a/45a/65b's 'at the request of'; REQUEST IRQ -> USA "
                        "arguable)"),
            ("reduces", "effect on the programme totals (content of the statement)"),
            (("increased", "has been"), "effect on the programme totals (content of the statement)"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "coverage on sales of"), "GPE", "USA"),
            ("Iraq", "GPE", "IRQ"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Iraq", "request of"), "GPE", "IRQ"),
            ("State Trade Organization for Grains and Foodstuffs", "ORG", "IRQ"),
        ],
    },
    "reuters21578-20891": {
        "events": [
            # 0
            ("CONSULT", "met", ("Saudi Arabia's Crown Prince Abdullah\nbin Abdul Aziz",) + SAU_GOV,
             ("Vice President George Bush",) + USA_GOV, WAS,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "the Crown Prince met Bush for an hour on Monday (= the DCT, Mon 1987-10-19); visitor first (EVENTS.md "
             "13); he is 'here' on an official visit: Washington (38b's 20719)"),
            # 1
            ("ASSAULT", "destroyed", ("U.S. naval forces",) + USA_MIL, ("one Iranian oil platform", "IRN", "BUS"), GULF,
             None, "unknown", None, "asserted", None,
             "U.S. naval forces destroyed an Iranian oil platform in the Gulf; 'on Monday' dates the meeting, the "
             "attack only precedes it: undated (38b; 1987-10-19 arguable)"),
            # 2
            ("ASSAULT", "raided", (("U.S. naval forces", "after"),) + USA_MIL, (("another", "raided"), "IRN", "BUS"),
             GULF, None, "unknown", None, "asserted", None,
             "and raided another platform (a second coordinated clause, a second target); undated as the first"),
            # 3
            ("SUPPORT", "replied", PRINCE + SAU_GOV, (("the United States", "I believe what"),) + USA_GOV, WAS,
             "1987-10-19", "day", "on Monday", "asserted", None,
             "'what the United States has done is their responsibility as a superpower': an endorsement of the U.S. "
             "attack (38b), said at the start of Monday's meeting: its date and place (rule 3)"),
            # 4
            ("SUPPORT", "endorsement", ("His",) + SAU_GOV, (("U.S.", "endorsement of the"),) + USA_GOV, WAS,
             "1987-10-19", "day", "on Monday", "asserted", 3,
             "later mention: his remark appeared to be an implicit endorsement of the U.S. action (38b's "
             "'endorsement'; here in the reporter's voice)"),
            # 5
            ("ASSAULT", ("attack", "missile"), (("Iranian", "Friday's"), "IRN", "MIL"), ("a U.S.-flagged Kuwaiti\ntanker", "KWT", "BUS"), None,
             "1987-10-16", "day", "last Friday", "asserted", None,
             "last Friday's Iranian missile attack on a U.S.-flagged Kuwaiti tanker (a nominal with its own date, "
             "EVENTS.md 11); 'last Friday' from Mon 1987-10-19 = 1987-10-16; the tanker's country the nationality "
             "word the text gives (34b; USA arguable for its flag); no place given"),
            # 6
            ("AGREE", "assured", (("Bush", "officials said"),) + USA_GOV, (("the Crown\nPrince", "assured"),) + SAU_GOV,
             None, None, "unknown", None, "asserted", None,
             "Bush assured the Crown Prince the U.S. would 'stay the course' in the Gulf (an assurance = a promise); "
             "relayed by Administration officials (identifiable, 'said' rule-3 attribution); past perfect with no "
             "time expression: undated (placing it in Monday's meeting arguable, 38b's 'thanked')"),
            # 7
            ("SUPPORT", "supportive", (("Prince Abdullah", "They said"),) + SAU_GOV, (("U.S.", "supportive\" of the"),) + USA_GOV,
             None, None, "unknown", None, "asserted", None,
             "Abdullah was 'very supportive' of the U.S. role in the Gulf (verbal support), relayed by the officials "
             "('They said' rule-3 attribution); no time expression: undated"),
            # 8
            ("CONSULT", "call", (("the Crown Prince", "with Bush,"),) + SAU_GOV, ("President Reagan",) + USA_GOV, WAS,
             None, "unknown", None, "asserted", None,
             "a brief courtesy call on Reagan (event noun after 'paid'; visitor first); 'Before meeting with Bush' "
             "only orders it: undated (1987-10-19 arguable); in Washington (his visit)"),
            # 9
            ("CONSULT", ("meet", "scheduled to"), (("he", "During his stay in Washington,"),) + SAU_GOV,
             ("Deputy Secretary of State John Whitehead",) + USA_GOV, WAS,
             None, "unknown", None, "planned", None,
             "scheduled to meet Whitehead, Weinberger and congressional leaders (one record: a same-country "
             "compound, EVENTS.md 12); 'During his stay' gives no date: undated; in Washington"),
        ],
        "skip": [
            ("Asked", "question by unnamed reporters"),
            (("meeting", "start of the"), "anaphoric nominal (Monday's meeting)"),
            (("attack", "felt about the"), "anaphoric nominal (the U.S. attack)"),
            ("visit", "background: the prince's ongoing official visit (the meetings are coded; CONSULT SAU -> USA "
                      "arguable)"),
            (("done", "has done"), "content of the reply (the attack)"),
            ("remark", "anaphoric nominal (the prince's reply)"),
            (("action", "U.S.\naction"), "anaphoric nominal (the U.S. attack)"),
            (("said", "the Pentagon"), "attribution of the action's characterisation as retaliation (38b; STATEMENT "
                                       "USA arguable)"),
            ("retaliation", "part of the attack's characterisation (anaphoric: the U.S. attack)"),
            (("said", "Administration officials"), "rule-3 attribution (the assurance is the event)"),
            ("stay the course", "content of the assurance"),
            (("said", "They said"), "rule-3 attribution (the support is the event)"),
            (("meeting", "Before"), "presupposed: the Bush meeting (coded on 'met')"),
            (("stay", "During his"), "background nominal (the visit)"),
        ],
        "entities": [
            ("Saudi Arabia", "GPE", "SAU"),
            ("Abdullah\nbin Abdul Aziz", "PERSON", "SAU"),
            ("George Bush", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            ("United States", "GPE", "USA"),
            (("U.S.", "endorsement of the"), "GPE", "USA"),
            ("Pentagon", "ORG", "USA"),
            (("Iranian", "Friday's"), "NORP", "IRN"),
            (("U.S.", "Friday's Iranian missile attack on a"), "GPE", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            ("Administration", "ORG", "USA"),
            (("Bush", "officials said"), "PERSON", "USA"),
            (("United States", "Prince the"), "GPE", "USA"),
            (("Gulf", "stay the course"), "LOC", None),
            (("Abdullah", "They said Prince"), "PERSON", "SAU"),
            (("Saudi Arabia", "deputy prime minister of"), "GPE", "SAU"),
            (("U.S.", "supportive\" of the"), "GPE", "USA"),
            (("Bush", "Before meeting with"), "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Washington", "GPE", "USA"),
            ("John Whitehead", "PERSON", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            ("House", "ORG", "USA"),
            ("Senate", "ORG", "USA"),
        ],
    },
    "reuters21578-18330": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Assistant Secretary of State Elliott\nAbrams",) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "he was 'completely honest and completely wrong' in last October's assurances (testimony to the "
             "Iran-contra panel, no time expression: wire style, DCT, WASHINGTON)"),
            # 1
            ("STATEMENT", "assurances", (("he", "he gave assurances"),) + USA_GOV, None, None,
             "1986-10", "month", "last October", "asserted", None,
             "his assurances last October that the U.S. government was not involved in the flight (event noun after "
             "'gave'; a factual assurance, not a promise; REJECT arguable, no allegation named); 'last October' in "
             "June 1987 = 1986-10"),
            # 2
            ("STATEMENT", "testimony", (("he", "testimony"),) + USA_GOV, None, None,
             "1986-10-15", "day", "October 15, 1986", "asserted", 1,
             "later mention: the testimony to the House Foreign Affairs Committee saying no U.S. official was "
             "involved (one of the assurances), with its own day (EVENTS.md 21)"),
            # 3
            ("STATEMENT", ("statement", "similar"), (("I", "and I made a similar"),) + USA_GOV, None, None,
             "1986-10-14", "day", "October 14", "asserted", None,
             "a similar statement to Shultz on October 14 (1986, the October of the assurances); Shultz the "
             "audience, no actor2 (EVENTS.md 6)"),
            # 4
            ("STATEMENT", "testified", (("Abrams", "wrong,\""),) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", 0,
             "later mention: the quote restates the lead's paraphrase ('completely honest and completely wrong', "
             "EVENTS.md 3)"),
            # 5
            ("COERCE", "captured", NIC_IMPLIED, HASENFUS, None,
             None, "unknown", None, "asserted", None,
             "Hasenfus was captured (by the Nicaraguans, implied: the agent phrase of the coordinated passives); no "
             "time expression: undated"),
            # 6
            ("ACCUSE", "tried", NIC_IMPLIED, HASENFUS, None,
             None, "unknown", None, "asserted", None,
             "Hasenfus was tried (a prosecution of someone, as investigations: ACCUSE); undated"),
            # 7
            ("SANCTION", "sentenced", NIC_IMPLIED, HASENFUS, None,
             None, "unknown", None, "asserted", None,
             "sentenced to 30 years' jail (an adverse court ruling, 19a-21b's SANCTION); undated"),
            # 8
            ("RETREAT", "released", ("the Nicaraguan authorities",) + NIC_GOV, HASENFUS, None,
             None, "unknown", None, "asserted", None,
             "later released by the Nicaraguan authorities (a release); 'later' gives no value: undated"),
            # 9
            ("STATEMENT", ("said", "in five weeks"), (("Abrams", "years' jail"),) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "did not remember how he learned of the downing but thought it was from the CIA ('thought' its second "
             "conjunct); DCT"),
            # 10
            ("STATEMENT", ("said", "He said he made"), (("He", "from the CIA."),) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "he made public statements of no U.S. involvement after inquiries; DCT"),
            # 11
            ("STATEMENT", ("statements", "public"), (("he", "He said"),) + USA_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "his earlier public statements that there was no U.S. government involvement ('within a couple of days' "
             "of the undated downing gives no value: undated; a later mention of the assurances arguable)"),
            # 12
            ("CONSULT", "inquiries", (("he", "He said"),) + USA_GOV, (("the CIA", "inquiries of"),) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "inquiries of the CIA, the NSC and the Pentagon (one same-country record, EVENTS.md 12; REQUEST "
             "arguable); undated"),
            # 13
            ("STATEMENT", ("said", "role,\" he"), (("he", "role,\""),) + USA_GOV, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "'Everybody said ... there was no U.S. government role'; DCT"),
        ],
        "skip": [
            (("involved", "was\nnot"), "content of the assurances"),
            ("flight", "content of the assurances (the contra supply flight)"),
            ("downed", "content: the downing (no named agent; ASSAULT NIC arguable)"),
            ("questioned", "question / the panel's hearing procedure (CONSULT or ACCUSE arguable)"),
            ("saying", "participial elaboration of the testimony (EVENTS.md 3)"),
            (("involved", "official was"), "content of the testimony"),
            (("statements", "I made those"), "anaphoric (the assurances)"),
            (("downed", "crew of the"), "background (the downed aircraft)"),
            ("operating", "background (the flight's base)"),
            ("killed", "no named agent (ASSAULT NIC arguable)"),
            ("testify", "background (the hearings' witnesses)"),
            ("hearings", "domestic procedure, no type"),
            ("remember", "content of the statement"),
            ("learned", "content of the statement"),
            ("shot down", "content of the statement"),
            ("thought", "second conjunct of the same reporting clause"),
            (("said", "Everybody"), "no identifiable speaker ('Everybody'; content of the quote)"),
        ],
        "entities": [
            ("Elliott\nAbrams", "PERSON", "USA"),
            ("U .S.", "GPE", "USA"),
            ("contra", "NORP", "NIC"),
            ("Nicaragua", "GPE", "NIC"),
            ("Iran", "GPE", "IRN"),
            (("contra", "Iran-"), "NORP", "NIC"),
            ("House Foreign Affairs Committee", "ORG", "USA"),
            (("U.S.", "saying no"), "GPE", "USA"),
            ("Shultz", "PERSON", "USA"),
            (("Abrams", "wrong,\""), "PERSON", "USA"),
            ("El\nSalvador", "GPE", "SLV"),
            ("Eugene Hasenfus", "PERSON", "USA"),
            ("Nicaraguan", "NORP", "NIC"),
            (("Abrams", "years' jail"), "PERSON", "USA"),
            ("CIA", "ORG", "USA"),
            (("U.S.", "there had been no"), "GPE", "USA"),
            (("CIA", "inquiries of"), "ORG", "USA"),
            ("National Security Council", "ORG", "USA"),
            ("Pentagon", "ORG", "USA"),
            (("U.S.", "there was no"), "GPE", "USA"),
        ],
    },
    "reuters21578-16976": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a spokesman for the National Bank",) + CHE_GOV, None, ZUR,
             "1987-04-21", "day", None, "asserted", None,
             "the bank sold yen against dollars, joining concerted intervention (a currency intervention: no type, "
             "EVENTS.md 10); DCT, dateline city"),
            # 1
            ("STATEMENT", ("say", "declined to"), ("He",) + CHE_GOV, None, ZUR,
             "1987-04-21", "day", None, "negated", None,
             "withheld statement: declined to say which central banks had been active (53a's 'say'); DCT"),
            # 2
            ("STATEMENT", "specify", ("The National Bank spokesman",) + CHE_GOV, None, ZUR,
             "1987-04-21", "day", None, "negated", None,
             "withheld statement: declined to specify the volume of its dollar purchases or the rate; DCT"),
        ],
        "skip": [
            ("sold", "currency intervention (monetary operation, EVENTS.md 10)"),
            ("joining", "currency intervention (monetary operation)"),
            ("intervention", "currency intervention (monetary operation)"),
            ("active", "content of the withheld statement (intervention)"),
            (("said", "Tokyo dealers"), "anonymous-source talk (dealers)"),
            ("intervened", "currency intervention (content of anonymous talk)"),
            (("said", "market sources here"), "anonymous-source talk (market sources)"),
            ("believed", "anonymous-source talk (market sources)"),
            (("purchases", "dollar"), "currency intervention (content of the withheld statement)"),
            (("paid", "rate"), "currency intervention (content of the withheld statement)"),
        ],
        "entities": [
            ("Swiss National Bank", "ORG", "CHE"),
            (("National Bank", "a spokesman for the"), "ORG", "CHE"),
            ("Tokyo", "GPE", "JPN"),
            ("Bank of Japan", "ORG", "JPN"),
            ("Bundesbank", "ORG", "DEU"),
            (("National Bank", "The National"), "ORG", "CHE"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
