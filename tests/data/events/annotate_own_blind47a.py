"""Build ``own_blind47a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind47a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2443 left); 24 drawn with random.Random(47101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
51 event records (49 first mentions, 2 later mentions), 137 not_annotated spans, 145 entity mentions
(GPE 59, ORG 48, PERSON 28, NORP 10); no article without events; 8765 (Herrington), 3339 (CCC dairy
cattle), 2257 (SOGENAL) and 16121 (Suzhou hotel loan) have STATEMENTs only. Types: STATEMENT 34,
REQUEST 3, AGREE 3, AID 2, CONSULT 2, THREATEN 2, REJECT 2, SANCTION 1, COOPERATE 1, ACCUSE 1; modality:
asserted 43, planned 7, negated 1; precision: day 40, month 5, unknown 5, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the printed context and
fixed: the skip "cause" of 8765 matching inside "because"; the date_text "late last year" of 3090 keeps
the text's line break (the script checks that a date_text occurs in the text). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("U.S. Agriculture
Secretary Richard Lyng": GPE "U.S." + PERSON; "Trade Representative Clayton Yeutter", "Finance Minister
Edouard Balladur", "Chairman Rene Geronimus": the PERSON); a body with its country word is one ORG span
("U.S. Department of Energy", "U.S. Agriculture Department"), with a possessive country the two are
separate ("Japan's Post and Telecommunications Ministry": GPE + ORG; "Britain's <Hambros Bank Ltd>"); a
company or body name holds no nested place ("Jiangsu International Trust and Investment Corp", "Suzhou
Aster Hotel", "Zurich Bourse", "Societe Generale Alsacienne de Banque"); angle brackets and possessive 's
left out; "Reagan administration" gives PERSON "Reagan" (15b/23b); the lower-case "Nancy stock exchange"
gives GPE "Nancy" only (23b's "Tehran radio"); "U.S." in "U.S. Dlr" and the dotless "U.S" of "U.S
cattlemen" GPE USA. Countries: Texaco Inc / Texaco, Pennzoil Co / Pennzoil ORG USA, Texas and New York GPE
USA, "European" NORP null; Morocco GPE MAR, "Moroccan" NORP MAR, the Paris Club and the World Bank ORG
null, John Shilling (World Bank staff) PERSON null (as the GATT spokesman), Washington GPE USA; Oki
Electric Industry Co Ltd / Oki / Oki Electric ORG JPN, Oki America Inc ORG USA (its "U.S. Subsidiary"),
Motorola Inc ORG USA, the Post and Telecommunications Ministry ORG JPN, "Japanese" NORP JPN; John
Herrington, George Mitchell, Reagan PERSON USA, Mitchell Energy and Development Corp ORG USA, Houston GPE
USA, Reuters ORG GBR; Richard Lyng, Clayton Yeutter PERSON USA, Congress ORG USA, Tokyo GPE JPN; DnC Ltd
ORG null (nationality not in the text, EVENTS.md 15; NOR for Den norske Creditbank arguable), Suzhou and
Jiangsu GPE CHN, the Suzhou Aster Hotel and JITIC ORG CHN, "Hong Kong Chinese" tagged GPE "Hong Kong" HKG
+ NORP "Chinese" CHN; the Commodity Credit Corporation / CCC and the U.S. Agriculture Department ORG USA,
Brown Swiss Enterprises Inc ORG USA (the exporter in a U.S. EEP award, as earlier sets' EEP exporters);
SOGENAL, Societe Generale, BPGF, Pallas, the Finance Ministry ORG FRA, Rene Geronimus, Marc Vienot,
Edouard Balladur, Pierre Moussa PERSON FRA, Hambros Bank Ltd ORG GBR, the Zurich Bourse ORG CHE, Basle
GPE CHE, "East and West Germany": GPE "East" DDR (elliptical East Germany) + GPE "West Germany" DEU.
Products, currencies, the Export Enhancement Program, Chapter 11 and Special Drawing Rights are not
entities.

Judgement calls made here:
* 16183 (Texaco eurobonds unquoted, DCT Mon 1987-04-13, LONDON): every "said"/"noted"/"added" is by
  dealers or traders (anonymous, EVENTS.md 4); the Chapter 11 filing ("weekend decision to file for
  bankruptcy") is corporate finance (27b's 16414), its later nominals anaphoric; bond and share quotes are
  market activity. "follows a court decision that it had to post an 11 billion dlr bond" is SANCTION USA
  GOV -> Texaco (USA BUS), an adverse ruling (19-21's court ruling) in a first-mention nominal with its own
  content clause, undated (only reported); "court battles with Pennzoil" is background in the ruling's
  purpose (ACCUSE arguable). "Texaco is applying today in the Texas courts for relief from having to post
  the court bond" is REQUEST USA BUS -> the Texas courts (USA GOV), 1987-04-13 ("today"), asserted;
  "today's court hearing" is inside an anonymous dealer's quote (skipped).
* 3090 (Morocco aid meeting, DCT Mon 1987-03-09, PARIS): "Morocco ... is likely to obtain over 100 mln dlrs
  worth of development aid at a meeting with donors beginning here tomorrow, John Shilling ... said" is AID
  donors (null, a group) -> Morocco (MAR GOV), planned ("is likely to"), 1987-03-10 (placed in the meeting
  beginning "tomorrow", EVENTS.md 19), with "said" rule-3 attribution; the meeting itself is CONSULT MAR ->
  donors, planned, 1987-03-10 (a nominal with its own date, EVENTS.md 11). "last week's Paris Club debt
  rescheduling" is AID Paris Club (null) -> MAR (a rescheduling is AID, EVENTS.md 8), 1987-03 ("last week"
  = 2-8 March, kept at its month, EVENTS.md 21). Shilling is World Bank staff: null/IGO. '"... it will be
  put to good use," he told a news conference' is a STATEMENT (DCT). "The agreement last week with the
  Paris Club ... rescheduling" is AGREE MAR (implied) -> the Paris Club, 1987-03 (18a's debt agreement =
  AGREE; the same deal as the lead's AID but another type, so not a later mention; "rescheduling" there
  content), "an accord late last year to reschedule ... commercial bank debt" AGREE MAR (implied) -> the
  commercial banks (implied, null BUS: a group), 1986 ("late last year", year), and the clause's "he added"
  a STATEMENT (the deals encouraged donors: assessment). "Debt sources said a World Bank concessional loan
  ... was likely to be agreed in Washington soon" is AGREE World Bank (null IGO) -> Morocco, planned,
  undated ("soon" has no value), located in Washington (loan agreed = AGREE, the loan content, EVENTS.md
  8; an identifiable act relayed by anonymous sources, 29a/32a, their "said" skipped).
* 13295 (Oki car phones, DCT Tue 1987-04-07, TOKYO): importing phones made by its own 100 pct U.S.
  subsidiary is intra-group trade, and only considered ("may import", "would like to import"): no type
  (COOPERATE JPN -> USA hypothetical arguable), so the spokesman's three reporting clauses are STATEMENTs
  (JPN BUS, DCT, TOKYO); "a system developed jointly by Motorola Inc of the U.S. and Oki Electric" is
  COOPERATE USA BUS -> JPN BUS (material cooperation of two identified companies, a participle with its own
  agents, first-named first), undated; the ministry approval is a condition (skipped).
* 8765 (Herrington optimistic on incentives, DCT Tue 1987-03-24, HOUSTON): the depletion allowance and tax
  incentives are domestic tax policy (no type), so every reporting clause is a STATEMENT (USA GOV, DCT,
  HOUSTON): "said" and "but added" of the lead (two records, EVENTS.md 3; the administration members'
  opposition to the plan is content, REJECT arguable), "Herrington, speaking to Houston oil executives
  ..., said" ("speaking" a participial elaboration), "Herrington said the report did not definitively rule
  out an oil import tarrif" (the question from George Mitchell skipped as a question), '"We intend to keep
  that debate open," Herrington said', "Herrington told Reuters", "Herrington said, for example", "Herrington
  also said he believed President Reagan ... was committed to some action" (an assessment of his President's
  intent, not SUPPORT) and '"I'm quite confident he understands ...," Herrington said' (new wording, kept as
  its own record). "Herrington's proposed tax incentives ... were issued last week" is a STATEMENT (the
  announcement of a domestic measure), 1987-03 ("last week" = 16-22 March), location null; "after the
  Department of Energy released a comprehensive report" a STATEMENT (report release), undated (no time
  expression of its own, not a wire-style "said"). Reagan "who requested the comprehensive national security
  study" is the President tasking his own administration (skipped; REQUEST USA -> USA arguable).
* 12603 (Lyng on Japanese beef, DCT Thu 1987-04-02, WASHINGTON; no place given for the cattlemen's
  meeting: dateline city): "Lyng warned Japan that the failure to remove ... quota ... might spark a
  protectionist response" is THREATEN USA GOV -> JPN GOV (DCT), and the quote '"... the failure to remove
  it (the beef quota) might be very serious," Lyng told a group of U.S cattlemen' its later mention
  (EVENTS.md 3). "Lyng said he and Trade Representative Clayton Yeutter, during a visit to Japan later this
  month, will demand 'total elimination' of the beef import quota" is REQUEST USA -> JPN (one record for the
  same-country compound, EVENTS.md 12) and the visit CONSULT USA -> JPN (visitor first, EVENTS.md 13), both
  planned, 1987-04 ("later this month"), located in Japan; "said" rule-3 attribution. "The current dispute
  with Japan over semiconductor may strengthen the U.S. stance ..., Lyng said" is a STATEMENT (the dispute
  and the farm negotiations background nominals); the splitter does not break after "U.S." in "with the
  U.S. Lyng dismissed", so that sentence also holds "Lyng dismissed recent statements in Tokyo that Japan
  might retaliate", REJECT USA -> JPN (Tokyo), DCT (rejection of the other side's warning; the unnamed
  Tokyo statements skipped, THREATEN JPN -> USA arguable). '"They (Japan) aren't going to pick a fight with
  us," Lyng said' is the REJECT's later mention (a quote restating the dismissal) and ", adding that ...
  Japan has more to lose in a trade war" a STATEMENT (EVENTS.md 3). "Lyng told the U.S. cattlemen that the
  quota on Japanese beef imports does not allow consumers there an adequate choice" is ACCUSE USA -> JPN
  (criticism of a party's policy voiced to a third party, EVENTS.md 7; the Japanese government implied),
  DCT. "He said ... the U.S. will press for eliminiation of import barriers on Japan's citrus and rice" is
  REQUEST USA -> JPN, planned, undated (not explicitly placed in the visit), "said" attribution. "Lyng noted
  that Japan is the largest buyer" a STATEMENT.
* 16121 (Suzhou hotel loan, DCT Mon 1987-04-13, HONG KONG): the hotel raising a club loan is corporate
  finance (3745's syndicated loan), so the lead manager's "said" is a STATEMENT (DnC Ltd, null BUS,
  DCT, HONG KONG) and "The terms were not revealed" a withheld STATEMENT (negated, agent implied,
  EVENTS.md 5). The provincial investment arm's guarantee (same country; 11809's state guarantee, AID
  arguable), the signing "by the end of the month" with unnamed club banks (AGREE planned arguable) and the
  joint venture with an unnamed Hong Kong investor (stative; COOPERATE HKG -> CHN arguable) are skipped.
* 3339 (CCC dairy cattle to Morocco, DCT Mon 1987-03-09, WASHINGTON): coded as the earlier EEP-bonus
  stories (27b): accepting the bonus offer, the award, its payment in kind and the sale are export-bonus
  administration (no type; the sale COOPERATE arguable), so the department's three "said" are STATEMENTs
  (USA GOV, DCT); "the Export Enhancement Program initiative ... announced on April 16, 1986" is a STATEMENT
  by the implied USDA, 1986-04-16 (a reduced relative with its own date), location null.
* 2257 (SOGENAL privatisation, DCT Thu 1987-03-05, STRASBOURG): the state's sale of its holding "to the
  public" is a domestic privatisation with no identified counterpart (skipped; COOPERATE planned
  arguable), so "SOGENAL officials said" is a STATEMENT (FRA BUS, DCT); so are Geronimus's "told a news
  conference" (the offer price), Vienot's "said" (Societe Generale keeps its majority; its own
  privatisation content), the officials' "said they forecast" (one record on "said"), and Geronimus's
  "said" (Nancy listing), "He said" (hoped-for shareholders), '"This is too small an operation ...," he
  said' and "Geronimus said the bank's future aim ..." (Basle branch: own unit, content). The offer price
  "expected to be announced tomorrow by Finance Minister Edouard Balladur" is a STATEMENT FRA GOV, planned,
  1987-03-06 (a reduced relative with its own agent and date), location null. The capital increase, share
  split, listing and float allocation are corporate finance; "Stockbroker sources said" anonymous; the
  government's banking adviser BPGF and Hambros's assistance are stative descriptions (COOPERATE arguable).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind47a.jsonl"

LON = ("LONDON", "GBR")
PAR = ("PARIS", "FRA")
TOK = ("TOKYO", "JPN")
HOU = ("HOUSTON", "USA")
WAS = ("WASHINGTON", "USA")
HKG = ("HONG KONG", "HKG")
STR = ("STRASBOURG", "FRA")

HERRINGTON = ("U.S. Department of Energy Secretary John Herrington", "USA", "GOV")
LYNG_YEUTTER = ("he and Trade Representative Clayton Yeutter", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16183": {
        "events": [
            # 0
            ("SANCTION", ("decision", "follows a court decision"), (("a court", "follows a court"), "USA", "GOV"),
             (("it", "that it had to post"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "a court decision that Texaco had to post an 11 billion dlr bond (an adverse ruling against a party, "
             "19-21's court ruling; a first-mention nominal with its own content clause, EVENTS.md 11); only "
             "reported, no time expression: undated"),
            # 1
            ("REQUEST", "applying", (("Texaco", "Texaco is applying"), "USA", "BUS"), ("the Texas courts", "USA", "GOV"),
             ("Texas", "USA"),
             "1987-04-13", "day", "today", "asserted", None,
             "Texaco applies to the Texas courts for relief from posting the bond (a request to a court); 'today' = "
             "DCT; a progressive present dated by its own clause"),
        ],
        "skip": [
            ("unquoted", "market activity (no acting actor)"),
            ("assessed", "market activity by anonymous traders"),
            (("decision", "shock weekend decision"), "Texaco's Chapter 11 filing: corporate finance (27b's 16414)"),
            (("file", "decision to file"), "Chapter 11 filing: corporate finance (27b)"),
            (("said", "eurobond dealers said"), "anonymous-source talk (dealers)"),
            (("decision", "The decision to file"), "anaphoric nominal (the filing)"),
            (("file", "The decision to file"), "anaphoric (the filing)"),
            ("post", "content of the ruling"),
            ("continue", "purpose (content of the ruling)"),
            ("court battles", "litigation with Pennzoil, background nominal in the ruling's purpose (ACCUSE arguable)"),
            (("said", "Securities house said"), "anonymous-source talk (a head trader)"),
            (("decision", "stunned by the decision"), "anaphoric nominal (the filing; content of anonymous talk)"),
            (("file", "(to file"), "anaphoric (the filing)"),
            (("noted", "One dealer noted"), "anonymous-source talk (a dealer)"),
            (("added", "He added"), "anonymous-source talk (the dealer)"),
            (("trading", "had been trading"), "market activity"),
            (("said", "He said that recently"), "anonymous-source talk (the dealer)"),
            ("buying", "market purchases by unnamed buyers"),
            ("sellers", "market activity by unnamed investors"),
            (("noted", "Dealers noted"), "anonymous-source talk (dealers)"),
            ("receive", "content of anonymous talk (effect of the filing)"),
            (("open", "did not open"), "market activity (no acting actor)"),
            (("said", "convertible dealer said"), "anonymous-source talk (a dealer)"),
            ("court hearing", "the hearing of Texaco's application (content of anonymous talk; the application is "
                              "coded on 'applying')"),
            ("relief", "object of the request"),
            (("indicated", "were being indicated"), "market activity (share dealers' price indications)"),
            (("indicated", "Pennzoil shares were indicated"), "market activity"),
        ],
        "entities": [
            ("Texaco Inc", "ORG", "USA"),
            (("U.S.", "U.S. Bankruptcy"), "GPE", "USA"),
            ("Pennzoil Co", "ORG", "USA"),
            (("U.S.", "U.S. Securities"), "GPE", "USA"),
            (("Texaco", "market in Texaco"), "ORG", "USA"),
            (("Texaco", "that Texaco subsidiaries"), "ORG", "USA"),
            (("U.S.", "from the U.S."), "GPE", "USA"),
            ("European", "NORP", None),
            (("Texaco", "Texaco also has"), "ORG", "USA"),
            (("Texaco Inc", "into Texaco Inc"), "ORG", "USA"),
            (("Texaco", "Texaco is applying"), "ORG", "USA"),
            ("Texas", "GPE", "USA"),
            (("Texaco", "Texaco shares"), "ORG", "USA"),
            ("New York", "GPE", "USA"),
            (("New York", "Friday's New York finish"), "GPE", "USA"),
            (("Pennzoil", "Pennzoil shares"), "ORG", "USA"),
        ],
    },
    "reuters21578-3090": {
        "events": [
            # 0
            ("AID", "obtain", (("donors", "with donors"), None, "IGO"), ("Morocco", "MAR", "GOV"), PAR,
             "1987-03-10", "day", "tomorrow", "planned", None,
             "Morocco is likely to obtain over 100 mln dlrs of development aid from donors at the meeting beginning "
             "tomorrow (aid; the donors a group of countries and bodies: null); 'is likely to' = planned; dated by "
             "the meeting it lies in ('beginning here tomorrow' = DCT + 1, EVENTS.md 19); 'here' = Paris; "
             "'Shilling ... said' rule-3 attribution"),
            # 1
            ("CONSULT", ("meeting", "at a meeting"), ("Morocco", "MAR", "GOV"), (("donors", "with donors"), None, "IGO"),
             PAR,
             "1987-03-10", "day", "tomorrow", "planned", None,
             "the aid meeting with donors beginning here tomorrow (a nominal with its own predication and date, "
             "EVENTS.md 11); Morocco first as the party meeting its donors; planned"),
            # 2
            ("AID", ("rescheduling", "debt rescheduling"), ("Paris Club", None, "IGO"), ("Morocco", "MAR", "GOV"), None,
             "1987-03", "month", "last week's", "asserted", None,
             "last week's Paris Club debt rescheduling (a debt rescheduling is AID, EVENTS.md 8; a nominal with its "
             "own date, EVENTS.md 11); 'last week' from Mon 9 March = 2-8 March, kept at its month (EVENTS.md 21)"),
            # 3
            ("STATEMENT", "told", (("he", 'use," he told'), None, "IGO"), None, PAR,
             "1987-03-09", "day", None, "asserted", None,
             "Shilling (World Bank staff: null/IGO, 4b/14a's GATT official) on optimism in Morocco and the Bank's "
             "100 mln SDR aim (assessment); wire style: DCT, dateline city"),
            # 4
            ("AGREE", ("agreement", "The agreement last week"), (None, "MAR", "GOV"),
             ("the Paris Club of western creditors", None, "IGO"), None,
             "1987-03", "month", "last week", "asserted", None,
             "the agreement last week with the Paris Club (a nominal with its own date; 18a's debt agreement = "
             "AGREE; the same deal as the lead's rescheduling, coded there as AID: a different type, not a later "
             "mention); Morocco implied; 'rescheduling' its content"),
            # 5
            ("AGREE", "accord", (None, "MAR", "GOV"), (None, None, "BUS"), None,
             "1986", "year", "late\nlast year", "asserted", None,
             "an accord late last year to reschedule 1.8 billion dlrs of commercial bank debt (nominal with its own "
             "date); Morocco and its commercial bank creditors implied (a group: null); 'late last year' = 1986"),
            # 6
            ("STATEMENT", "added", (("he", "aid, he added"), None, "IGO"), None, PAR,
             "1987-03-09", "day", None, "asserted", None,
             "the two debt deals encouraged donors to increase aid (assessment, new content); DCT"),
            # 7
            ("AGREE", ("agreed", "likely to be agreed"), (("World Bank", "said a World Bank"), None, "IGO"),
             (("Morocco", "rationalise Morocco"), "MAR", "GOV"), ("Washington", "USA"),
             None, "unknown", None, "planned", None,
             "a World Bank loan to Morocco likely to be agreed in Washington soon (loan agreed = AGREE, the loan "
             "content, EVENTS.md 8); an identifiable act relayed by anonymous 'Debt sources' (29a/32a): coded, their "
             "'said' skipped; 'soon' has no value: undated; planned"),
        ],
        "skip": [
            ("buoyed", "stative (Morocco's economic mood)"),
            ("turnaround", "economic development, no acting actor"),
            (("said", "division, said"), "rule-3 attribution (the aid is the event)"),
            ("beginning", "aspectual (the meeting's start)"),
            ("appeared", "stative (content of the quote)"),
            ("get out", "content of the quote"),
            ("aiming", "content of the quote (the Bank's aim for the meeting)"),
            ("get more", "content of the quote (hypothetical)"),
            ("put to good use", "content of the quote (hypothetical)"),
            (("rescheduling", "creditors rescheduling"), "content of the agreement (coded on 'agreement')"),
            ("reschedule", "content of the accord"),
            ("encouraged", "content of the statement"),
            ("increase aid", "content of the statement (donors' response, generic)"),
            (("said", "Debt sources said"), "anonymous-source talk (debt sources)"),
            ("loan", "content of the planned agreement (AID World Bank -> MAR planned arguable)"),
            ("rationalise", "purpose of the loan"),
        ],
        "entities": [
            ("Morocco", "GPE", "MAR"),
            ("Paris Club", "ORG", None),
            ("John Shilling", "PERSON", None),
            ("World Bank", "ORG", None),
            ("Moroccan", "NORP", "MAR"),
            (("Morocco", "and Morocco can"), "GPE", "MAR"),
            (("Paris Club", "with the Paris Club"), "ORG", None),
            (("World Bank", "said a World Bank"), "ORG", None),
            (("Morocco", "rationalise Morocco"), "GPE", "MAR"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-13295": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Oki spokesman said"), ("an Oki spokesman", "JPN", "BUS"), None, TOK,
             "1987-04-07", "day", None, "asserted", None,
             "Oki may import car phones made by its own U.S. subsidiary (intra-group trade, considered: no type, "
             "43b's own units), so the reporting clause is the record; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the spokesman said"), ("the spokesman", "JPN", "BUS"), None, TOK,
             "1987-04-07", "day", None, "asserted", None,
             "the firm would like to import the phones (a wish, content); DCT"),
            # 2
            ("COOPERATE", "developed", ("Motorola Inc", "USA", "BUS"), (("Oki Electric", "And Oki Electric"), "JPN", "BUS"),
             None,
             None, "unknown", None, "asserted", None,
             "a system developed jointly by Motorola of the U.S. and Oki Electric (material cooperation between two "
             "identified companies; a participle with its own agents, EVENTS.md 11; first-named first); no time "
             "expression: undated"),
            # 3
            ("STATEMENT", ("said", "specifications, he said"), (("he", "specifications, he"), "JPN", "BUS"), None, TOK,
             "1987-04-07", "day", None, "asserted", None,
             "the decision hinges on ministry approval and feasibility (new content); DCT"),
        ],
        "skip": [
            (("import", "may import"), "intra-group import from its own U.S. subsidiary, considered (no type; "
                                       "COOPERATE JPN -> USA hypothetical arguable)"),
            (("made", "made by its"), "stative (manufacture)"),
            ("for sale", "purpose (domestic sale)"),
            (("import", "like to import"), "content of the statement (a wish)"),
            (("made", "made according"), "stative (manufacture)"),
            ("decision", "content of the statement (the company's own decision)"),
            ("hinge", "content of the statement"),
            ("approval", "condition: a regulatory approval by Japan's ministry (content)"),
            ("convert", "content of the statement (condition)"),
        ],
        "entities": [
            ("Oki Electric Industry Co Ltd", "ORG", "JPN"),
            (("U.S.", "pct U.S."), "GPE", "USA"),
            ("Oki America Inc", "ORG", "USA"),
            (("Japan", "sale in Japan"), "GPE", "JPN"),
            (("Oki", "an Oki spokesman"), "ORG", "JPN"),
            ("Motorola Inc", "ORG", "USA"),
            (("U.S.", "of the U.S."), "GPE", "USA"),
            (("Oki Electric", "And Oki Electric"), "ORG", "JPN"),
            (("Japan", "approval from Japan"), "GPE", "JPN"),
            ("Post and Telecommunications Ministry", "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
        ],
    },
    "reuters21578-8765": {
        "events": [
            # 0
            ("STATEMENT", "said", HERRINGTON, None, HOU,
             "1987-03-24", "day", None, "asserted", None,
             "optimistic about a more generous depletion allowance for oil and gas producers (a domestic tax "
             "proposal: no type); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "added", ("John Herrington", "USA", "GOV"), None, HOU,
             "1987-03-24", "day", None, "asserted", None,
             "the plan faces opposition inside the administration (a second reporting clause, EVENTS.md 3; the "
             "opposition is content); DCT"),
            # 2
            ("STATEMENT", ("said", "breakfast meeting, said"), (("Herrington", "Herrington, speaking"), "USA", "GOV"),
             None, HOU,
             "1987-03-24", "day", None, "asserted", None,
             "administration debate over his plan is heavy (assessment); speaking to Houston oil executives: DCT, "
             "Houston"),
            # 3
            ("STATEMENT", "issued", (("Herrington", "Herrington's proposed"), "USA", "GOV"), None, None,
             "1987-03", "month", "last week", "asserted", None,
             "his proposed tax incentives for the oil industry were issued last week (announcement of a domestic "
             "measure: no type); 'last week' from Tue 24 March = 16-22 March, kept at its month (EVENTS.md 21); no "
             "place given"),
            # 4
            ("STATEMENT", "released", ("the Department of Energy", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the Department of Energy released a report finding national security could be jeopardized by oil "
             "imports (report release); 'after' it, before last week's issue: no time expression of its own, not a "
             "wire-style 'said': undated"),
            # 5
            ("STATEMENT", ("said", "Herrington said the report"), (("Herrington", "Herrington said the report"), "USA", "GOV"),
             None, HOU,
             "1987-03-24", "day", None, "asserted", None,
             "the report did not rule out an oil import tariff (answer to a question); DCT"),
            # 6
            ("STATEMENT", ("said", 'open," Herrington said'), (("Herrington", 'open," Herrington'), "USA", "GOV"), None,
             HOU,
             "1987-03-24", "day", None, "asserted", None,
             "'We intend to keep that debate open' (new content); DCT"),
            # 7
            ("STATEMENT", "told", (("Herrington", "Herrington told"), "USA", "GOV"), None, HOU,
             "1987-03-24", "day", None, "asserted", None,
             "the report shows an import fee is not economical (assessment; Reuters the audience); DCT"),
            # 8
            ("STATEMENT", ("said", "Herrington said, for"), (("Herrington", "Herrington said, for"), "USA", "GOV"), None,
             HOU,
             "1987-03-24", "day", None, "asserted", None,
             "a 10 dlr tariff would cut GNP by up to 32 billion dlrs (forecast); DCT"),
            # 9
            ("STATEMENT", ("said", "Herrington also said"), (("Herrington", "Herrington also said"), "USA", "GOV"), None,
             HOU,
             "1987-03-24", "day", None, "asserted", None,
             "he believes Reagan is committed to some action for the oil industry (assessment; praise of his own "
             "President's intent read as an assessment, not SUPPORT); DCT"),
            # 10
            ("STATEMENT", ("said", 'it," Herrington said'), (("Herrington", 'it," Herrington'), "USA", "GOV"), None,
             HOU,
             "1987-03-24", "day", None, "asserted", None,
             "'I'm quite confident he understands the problems ...' (a quote elaborating the previous paraphrase "
             "with new wording; kept as its own record, not a restatement of an earlier quote); DCT"),
        ],
        "skip": [
            ("providing", "content of the statement (domestic tax proposal)"),
            ("faces", "content of the statement"),
            ("opposition", "content of the statement (administration members' opposition to a policy; REJECT "
                           "arguable)"),
            ("speaking", "participial elaboration of the statement (EVENTS.md 3)"),
            ("breakfast meeting", "venue of the speech"),
            (("debate", "administration debate"), "content of the statement (internal debate)"),
            ("fears", "content of the statement"),
            ("finding", "content of the report (a document)"),
            ("jeopardized", "content of the report"),
            ("question", "a question to the speaker (the answer is coded)"),
            ("rule out", "content of the statement"),
            ("keep that debate open", "content of the quote (internal debate)"),
            ("speech", "anaphoric nominal (the breakfast speech)"),
            ("shows", "content (a document)"),
            (("cause", "would cause"), "content of the statement (hypothetical)"),
            (("drop", "to drop by"), "content (hypothetical statistic)"),
            ("believed", "content of the statement"),
            ("requested", "the President's tasking of his own administration's study (internal; REQUEST USA -> USA "
                          "arguable)"),
            ("committed", "content of the statement"),
            (("help", "action to help"), "content of the statement"),
            ("understands", "content of the quote"),
            ("prepared to do", "content of the quote"),
        ],
        "entities": [
            ("U.S. Department of Energy", "ORG", "USA"),
            ("John Herrington", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Herrington", "Herrington, speaking"), "PERSON", "USA"),
            ("Houston", "GPE", "USA"),
            (("U.S.", "that the U.S. oil"), "GPE", "USA"),
            (("Herrington", "Herrington's proposed"), "PERSON", "USA"),
            (("Department of Energy", "after the Department of Energy"), "ORG", "USA"),
            (("U.S.", "finding U.S."), "GPE", "USA"),
            ("Mitchell Energy and Development Corp", "ORG", "USA"),
            ("George Mitchell", "PERSON", "USA"),
            (("Herrington", "Herrington said the report"), "PERSON", "USA"),
            (("Herrington", 'open," Herrington'), "PERSON", "USA"),
            (("Herrington", "Herrington told"), "PERSON", "USA"),
            ("Reuters", "ORG", "GBR"),
            (("Herrington", "Herrington said, for"), "PERSON", "USA"),
            (("Herrington", "Herrington also said"), "PERSON", "USA"),
            (("Reagan", "President Reagan"), "PERSON", "USA"),
            (("U.S.", "ailing U.S."), "GPE", "USA"),
            (("Herrington", 'it," Herrington'), "PERSON", "USA"),
        ],
    },
    "reuters21578-12603": {
        "events": [
            # 0
            ("THREATEN", "warned", ("U.S. Agriculture Secretary Richard Lyng", "USA", "GOV"),
             (("Japan", "warned Japan"), "JPN", "GOV"), WAS,
             "1987-04-02", "day", None, "asserted", None,
             "warned Japan that failing to remove the beef quota might spark a U.S. protectionist response (a warning "
             "with consequences); wire style: DCT, dateline city (no place given for the cattlemen's meeting)"),
            # 1
            ("THREATEN", ("told", "Lyng told a group"), (("Lyng", "Lyng told a group"), "USA", "GOV"),
             (("Japan", "leader in Japan"), "JPN", "GOV"), WAS,
             "1987-04-02", "day", None, "asserted", 0,
             "later mention: the quote restates the warning just paraphrased (EVENTS.md 3); DCT"),
            # 2
            ("REQUEST", "demand", LYNG_YEUTTER, (("Japan", "visit to Japan"), "JPN", "GOV"), ("Japan", "JPN"),
             "1987-04", "month", "later this month", "planned", None,
             "Lyng and Yeutter will demand total elimination of the beef quota during the visit (same-country "
             "compound: one record, EVENTS.md 12); dated by the visit 'later this month' = 1987-04 (EVENTS.md 19); "
             "'Lyng said' rule-3 attribution"),
            # 3
            ("CONSULT", "visit", LYNG_YEUTTER, (("Japan", "visit to Japan"), "JPN", "GOV"), ("Japan", "JPN"),
             "1987-04", "month", "later this month", "planned", None,
             "their visit to Japan later this month (a nominal with its own date, EVENTS.md 11; visitor first, host "
             "second, EVENTS.md 13); planned"),
            # 4
            ("STATEMENT", ("said", "negotiations, Lyng said"), (("Lyng", "negotiations, Lyng"), "USA", "GOV"), None, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "the semiconductor dispute may strengthen the U.S. stance in farm talks (assessment); DCT"),
            # 5
            ("REJECT", "dismissed", (("Lyng", "Lyng dismissed"), "USA", "GOV"), ("Tokyo", "JPN", "GOV"), WAS,
             "1987-04-02", "day", None, "asserted", None,
             "dismissed recent statements in Tokyo that Japan might retaliate (rejection of the other side's "
             "warning; unlike 5656's 'dismissed as insignificant gains', an assessment); a wire-style speech act: "
             "DCT"),
            # 6
            ("REJECT", ("said", 'with us," Lyng said'), (("Lyng", 'with us," Lyng'), "USA", "GOV"),
             (("Japan", "They (Japan)"), "JPN", "GOV"), WAS,
             "1987-04-02", "day", None, "asserted", 5,
             "later mention: 'They (Japan) aren't going to pick a fight with us' restates the dismissal in a quote "
             "(EVENTS.md 3); DCT"),
            # 7
            ("STATEMENT", "adding", (("Lyng", 'with us," Lyng'), "USA", "GOV"), None, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "'adding that' Japan has more to lose in a trade war (a second reporting clause, EVENTS.md 3); DCT"),
            # 8
            ("ACCUSE", ("told", "Lyng told the U.S."), (("Lyng", "Lyng told the U.S."), "USA", "GOV"),
             (None, "JPN", "GOV"), WAS,
             "1987-04-02", "day", None, "asserted", None,
             "criticism of Japan's beef quota voiced to the cattlemen (frustration with a party's policy voiced to a "
             "third party, EVENTS.md 7); the Japanese government implied; DCT"),
            # 9
            ("REQUEST", "press", (("the U.S.", "the U.S. will press"), "USA", "GOV"),
             (("Japan", "Japan's citrus"), "JPN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "the U.S. will press for removal of Japan's citrus and rice barriers ('will' = planned); 'He said' "
             "rule-3 attribution; no time expression of its own (not explicitly placed in the visit): undated"),
            # 10
            ("STATEMENT", "noted", (("Lyng", "Lyng noted"), "USA", "GOV"), None, WAS,
             "1987-04-02", "day", None, "asserted", None,
             "Japan is the largest buyer of U.S. farm products (statistics); DCT"),
        ],
        "skip": [
            ("failure", "content of the warning"),
            (("remove", "failure to remove a"), "content of the warning"),
            ("spark", "content of the warning"),
            (("failure", "and the failure"), "content of the quote"),
            (("remove", "remove it"), "content of the quote"),
            (("said", "Lyng said he and"), "rule-3 attribution (the planned demand and visit are the events)"),
            ("elimination", "content of the demand"),
            (("dispute", "The current dispute"), "background nominal (the semiconductor dispute; ACCUSE arguable)"),
            ("strengthen", "content of the statement"),
            ("negotiations", "background nominal (farm trade negotiations)"),
            (("want", "does not want"), "content of the statement"),
            (("trade war", "want a trade war"), "content of the statement"),
            ("statements", "object of the dismissal (unnamed Japanese speakers' threat; THREATEN JPN -> USA undated "
                           "arguable)"),
            ("retaliate", "content of the dismissed statements"),
            (("dispute", "of the semiconductor dispute"), "anaphoric nominal"),
            ("pick a fight", "content of the quote"),
            (("trade war", "to lose in a trade war"), "content of the statement (hypothetical)"),
            ("allow", "content of the criticism"),
            (("said", "He said in addition"), "rule-3 attribution (the planned pressure is the event)"),
            ("eliminiation", "content of the pressure"),
            ("buyer", "stative (trade statistics)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            (("Japan", "warned Japan"), "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("United States", "GPE", "USA"),
            ("Congress", "ORG", "USA"),
            (("Japan", "leader in Japan"), "GPE", "JPN"),
            (("Lyng", "Lyng told a group"), "PERSON", "USA"),
            (("U.S", "group of U.S"), "GPE", "USA"),
            (("Lyng", "Lyng said he and"), "PERSON", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            (("Japan", "visit to Japan"), "GPE", "JPN"),
            (("Japan", "dispute with Japan"), "GPE", "JPN"),
            (("U.S.", "strengthen the U.S."), "GPE", "USA"),
            (("Lyng", "negotiations, Lyng"), "PERSON", "USA"),
            (("Japan", "because Japan"), "GPE", "JPN"),
            (("U.S.", "war with the U.S."), "GPE", "USA"),
            (("Lyng", "Lyng dismissed"), "PERSON", "USA"),
            ("Tokyo", "GPE", "JPN"),
            (("Japan", "that Japan might"), "GPE", "JPN"),
            (("U.S.", "against U.S."), "GPE", "USA"),
            (("Japan", "They (Japan)"), "GPE", "JPN"),
            (("Lyng", 'with us," Lyng'), "PERSON", "USA"),
            (("Japan", "surplus Japan"), "GPE", "JPN"),
            (("United States", "than the United States"), "GPE", "USA"),
            (("Lyng", "Lyng told the U.S."), "PERSON", "USA"),
            (("U.S.", "told the U.S."), "GPE", "USA"),
            (("Japanese", "on Japanese beef imports"), "NORP", "JPN"),
            (("U.S.", "the U.S. will press"), "GPE", "USA"),
            (("Japan", "Japan's citrus"), "GPE", "JPN"),
            (("Lyng", "Lyng noted"), "PERSON", "USA"),
            (("Japan", "that Japan is"), "GPE", "JPN"),
            (("U.S.", "buyer of U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-16121": {
        "events": [
            # 0
            ("STATEMENT", ("said", "DnC Ltd> said"), ("DnC Ltd", None, "BUS"), None, HKG,
             "1987-04-13", "day", None, "asserted", None,
             "the lead manager announcing a syndicated loan for a Suzhou hotel (corporate finance, 3745's lead-manager "
             "call); the bank's nationality is not in the text (EVENTS.md 15: null; NOR for Den norske Creditbank "
             "arguable); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "revealed", (None, None, "BUS"), None, HKG,
             "1987-04-13", "day", None, "negated", None,
             "'The terms were not revealed': withheld statement, agent implied (the lead manager, EVENTS.md 5)"),
        ],
        "skip": [
            ("raising", "a hotel raising a syndicated loan: corporate finance"),
            ("cover", "purpose of the loan"),
            ("mature", "loan terms (corporate finance)"),
            ("guaranteed", "a provincial investment arm's guarantee of a domestic hotel's loan: corporate finance, "
                           "same country (11809's state guarantee; AID arguable)"),
            ("signed", "signing of the syndicated loan with unnamed club banks: corporate finance (AGREE planned "
                       "arguable)"),
            ("provided", "syndication by unnamed banks: corporate finance"),
            ("developed", "the hotel's development as a joint venture with an unnamed investor: stative description "
                          "(COOPERATE HKG -> CHN arguable)"),
            ("joint venture", "stative description (unnamed investor)"),
        ],
        "entities": [
            ("Suzhou", "GPE", "CHN"),
            ("Jiangsu", "GPE", "CHN"),
            ("U.S.", "GPE", "USA"),
            ("DnC Ltd", "ORG", None),
            ("Suzhou Aster Hotel", "ORG", "CHN"),
            ("Jiangsu International Trust and Investment Corp", "ORG", "CHN"),
            ("Hong Kong", "GPE", "HKG"),
            ("Chinese", "NORP", "CHN"),
            (("Suzhou", "and Suzhou"), "GPE", "CHN"),
        ],
    },
    "reuters21578-3339": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Agriculture Department said"), ("the U.S. Agriculture Department", "USA", "GOV"),
             None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "the CCC accepted an export-bonus offer on dairy cattle to Morocco (export-bonus administration: no "
             "type, GUIDELINES, 27b; so the reporting clause is a STATEMENT); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The department said the bonus"), ("The department", "USA", "GOV"), None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "the bonus amount, recipient and payment in kind (new content); DCT"),
            # 2
            ("STATEMENT", ("said", "The department said the purchase"),
             (("The department", "The department said the purchase"), "USA", "GOV"), None, WAS,
             "1987-03-09", "day", None, "asserted", None,
             "the purchase completes the EEP initiative (new content); DCT"),
            # 3
            ("STATEMENT", "announced", (None, "USA", "GOV"), None, None,
             "1986-04-16", "day", "April 16, 1986", "asserted", None,
             "the Export Enhancement Program initiative announced on April 16, 1986 (a reduced relative with its own "
             "date, EVENTS.md 11, own_dev's 'announced on March 16'; the announcer implied: the USDA); no place given"),
        ],
        "skip": [
            ("accepted", "acceptance of an export-bonus offer: export-bonus administration (no type, GUIDELINES, 27b)"),
            ("sale", "the sale to Morocco covered by the bonus: purpose nominal (COOPERATE arguable, 27b)"),
            ("awarded", "export-bonus administration (content of the statement)"),
            (("made", "was made to"), "export-bonus administration (content of the statement)"),
            ("paid", "export-bonus administration (content of the statement)"),
            ("delivery", "delivery period (no actor)"),
            ("purchase", "anaphoric nominal (the bonus sale; content of the statement)"),
            ("completes", "content of the statement"),
            ("initiative", "programme nominal (its announcement is coded on 'announced')"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("Morocco", "GPE", "MAR"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Brown Swiss Enterprises Inc", "ORG", "USA"),
            (("CCC", "from CCC"), "ORG", "USA"),
            (("Morocco", "initiative for dairy cattle"), "GPE", "MAR"),
        ],
    },
    "reuters21578-2257": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Monday, SOGENAL officials said"), (("SOGENAL officials", "Monday, SOGENAL"), "FRA", "BUS"),
             None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "the government is to sell its holding to the public from next Monday (a domestic privatisation with "
             "no identified counterpart: no type, so the reporting clause is the record); wire style: DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", "told", ("Chairman Rene Geronimus", "FRA", "BUS"), None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "the share offer price will be 110-130 francs (new content; the news conference the venue); DCT"),
            # 2
            ("STATEMENT", "announced", ("Finance Minister Edouard Balladur", "FRA", "GOV"), None, None,
             "1987-03-06", "day", "tomorrow", "planned", None,
             "the offer price expected to be announced tomorrow by Balladur (a reduced relative with its own agent "
             "and date, EVENTS.md 11; a planned announcement, 30b's expected Finance Ministry statement); 'tomorrow' "
             "= DCT + 1; no place given"),
            # 3
            ("STATEMENT", ("said", "Marc Vienot said"), ("Chairman Marc Vienot", "FRA", "BUS"), None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "Societe Generale will keep its majority holding and be privatised later this year (domestic "
             "privatisation, content); DCT"),
            # 4
            ("STATEMENT", ("said", "SOGENAL officials said they"),
             (("SOGENAL officials", "SOGENAL officials said they"), "FRA", "BUS"), None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "profit forecast (the forecast is what is said: one record on 'said'); DCT"),
            # 5
            ("STATEMENT", ("said", "operation, Geronimus said"), (("Geronimus", "operation, Geronimus"), "FRA", "BUS"),
             None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "the bank will be listed on the Nancy exchange (corporate finance, content); DCT"),
            # 6
            ("STATEMENT", ("said", "He said he was hoping"), (("He", "He said he was hoping"), "FRA", "BUS"), None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "hoped-for number of shareholders (new content); DCT"),
            # 7
            ("STATEMENT", ("said", 'France," he said'), (("he", 'France," he said'), "FRA", "BUS"), None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "'This is too small an operation ...' (why no share is reserved for foreign investors; new content); DCT"),
            # 8
            ("STATEMENT", ("said", "Geronimus said the bank"), (("Geronimus", "Geronimus said the bank"), "FRA", "BUS"),
             None, STR,
             "1987-03-05", "day", None, "asserted", None,
             "the bank's future aim; no major projects but a Basle branch (own unit, content); DCT"),
        ],
        "skip": [
            ("sell", "the state's sale of its holding to the public: domestic privatisation (no identified "
                     "counterpart; COOPERATE planned arguable)"),
            ("founded", "background (the bank's founding)"),
            ("nationalised", "background (domestic nationalisation in 1982)"),
            (("offer", "the share offer"), "content of the statement (corporate finance)"),
            ("privatised", "domestic privatisation (content)"),
            ("retain", "content of the statement"),
            ("forecast", "content of the statement (the forecast is recorded on 'said')"),
            ("privatisation", "domestic privatisation (no actor speaking)"),
            ("capital increase", "corporate finance"),
            ("divided", "corporate finance (share split)"),
            ("listed", "corporate finance (listing; content of the statement)"),
            ("hoping", "content of the statement"),
            (("reserved", "will be reserved"), "corporate finance (allocation of the float)"),
            (("offered", "rest offered"), "corporate finance (allocation of the float)"),
            (("reserved", "a share reserved"), "corporate finance (negated allocation, no speaker)"),
            ("buy shares", "content of the quote"),
            (("said", "Stockbroker sources said"), "anonymous-source talk (stockbroker sources)"),
            ("value", "content of anonymous talk"),
            ("reinforce", "content of the statement"),
            ("planned", "content of the statement (negated own projects)"),
            ("opening", "opening its own Basle branch: own unit, no type (content)"),
            ("set up", "background: its own dealing room in 1985 (own unit, no counterpart)"),
            ("adviser", "stative description of the government's banking adviser (COOPERATE FRA GOV -> BPGF "
                        "arguable)"),
            ("owned", "stative (ownership)"),
            ("assisted", "stative (Hambros assisting the adviser; COOPERATE GBR -> FRA arguable)"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Societe Generale", "ORG", "FRA"),
            ("Societe Generale Alsacienne de Banque", "ORG", "FRA"),
            ("SOGENAL", "ORG", "FRA"),
            (("SOGENAL", "Monday, SOGENAL"), "ORG", "FRA"),
            (("SOGENAL", "SOGENAL, founded"), "ORG", "FRA"),
            (("French", "leading French"), "NORP", "FRA"),
            ("Austria", "GPE", "AUT"),
            ("Belgium", "GPE", "BEL"),
            ("Luxembourg", "GPE", "LUX"),
            (("East", "Luxembourg, East"), "GPE", "DDR"),
            ("West Germany", "GPE", "DEU"),
            ("Switzerland", "GPE", "CHE"),
            ("Rene Geronimus", "PERSON", "FRA"),
            ("Edouard Balladur", "PERSON", "FRA"),
            (("Societe Generale", "Societe Generale, which"), "ORG", "FRA"),
            ("Marc Vienot", "PERSON", "FRA"),
            (("SOGENAL", "SOGENAL officials said they"), "ORG", "FRA"),
            (("SOGENAL", "SOGENAL's privatisation"), "ORG", "FRA"),
            ("Nancy", "GPE", "FRA"),
            ("Finance Ministry", "ORG", "FRA"),
            (("Geronimus", "operation, Geronimus"), "PERSON", "FRA"),
            ("France", "GPE", "FRA"),
            (("SOGENAL", "would value SOGENAL"), "ORG", "FRA"),
            (("Geronimus", "Geronimus said the bank"), "PERSON", "FRA"),
            ("Basle", "GPE", "CHE"),
            (("SOGENAL", "SOGENAL is the only"), "ORG", "FRA"),
            (("French", "only French bank"), "NORP", "FRA"),
            (("Austria", "bank in Austria"), "GPE", "AUT"),
            ("Paris", "GPE", "FRA"),
            ("Strasbourg", "GPE", "FRA"),
            ("Zurich Bourse", "ORG", "CHE"),
            ("Banque Privee de Gestion Financiere", "ORG", "FRA"),
            ("BPGF", "ORG", "FRA"),
            (("French", "French financier"), "NORP", "FRA"),
            ("Pierre Moussa", "PERSON", "FRA"),
            ("Pallas", "ORG", "FRA"),
            ("Britain", "GPE", "GBR"),
            ("Hambros Bank Ltd", "ORG", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
