"""Build ``own_blind21b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind21b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,859 left); 24 drawn with random.Random(21101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 8-15 (8 articles).
71 event records (63 first mentions, 8 later mentions), 141 not_annotated spans, 127 entity mentions;
no article without events; 1570 (Polish winter wheat) and 14491 (Honduras PL-480 tender) have
reporting-clause STATEMENTs only. Types: STATEMENT 30, SUPPORT 9, AGREE 8, ACCUSE 7, CONSULT 7,
REJECT 3, REQUEST 3, SANCTION 2, AID 1, THREATEN 1.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("President Reagan": PERSON "Reagan"; "U.K.
Chancellor of the Exchequer Nigel Lawson": "U.K." GPE and the PERSON), but a named body inside a
title is tagged ("Wheat Board Minister Charles Mayer": "Wheat Board" ORG CAN and the PERSON, as 20a's
"Federal Reserve Board Chairman Paul Volcker"; "Senate Democratic Leader Robert Byrd": "Senate" ORG,
"Democratic" NORP USA, the PERSON; 12b's "Republican" NORP USA); "Canadian" in "Canadian dlrs" is
NORP CAN and "U.S." in "non-U.S." a GPE (as "U.S." in "U.S. Dlrs" and "EC" in "non-EC" in the
earlier sets); "America" in the 'Made in America' label is GPE USA; "North American" is NORP null;
"Government" alone, "the commission", "the wheat board", "the committee" (common-noun references) and
lower-case bodies ("the Polish meteorology institute", "Canada's energy department": only "Polish" /
"Canada" tagged) are not tagged; "GATT Council" is one ORG span null (as "U.N. Security Council"),
"Council" alone (the GATT Council) ORG null, GATT, the EC / E.C. / European Community / "the 12-nation
Community" and the Paris Club ORG null; the GATT spokesman David Woods is PERSON null (staff of an
international body, as the heads of international bodies); David Murison (the creditors'
representative, nationality not given, acting for creditors of no stated country) is PERSON null;
Law Debenture Trust Corp Plc (a London Plc) is ORG GBR, Westpac Banking Corp ORG AUS, its London unit
Mase Westpac Ltd ORG GBR; Hong Kong is GPE HKG; Reuters is ORG GBR; Public Law 480 (a law / programme)
is not an entity.

Judgement calls made here:
* 17357 (FERC's Hesse in Calgary): Hesse's reporting clauses are STATEMENTs (DCT, the dateline city
  CALGARY; she spoke "at an oil and gas conference" there): "Blocking Canadian gas imports would not
  serve the long-term interests of the United States, said Martha Hesse" is an assessment of a policy
  (EVENTS.md 6), and "adding that the development of a freely open North American energy market should
  be encouraged" a second record (EVENTS.md 3; prescriptive talk with no actor asked, EVENTS.md 2).
  The quote '"I firmly believe ... 'Made in America' label for gas," she said' restates the first
  paraphrase: later mention. "She said the commission recognizes the important role Canadian gas plays"
  is a STATEMENT (an assessment of a commodity's role; SUPPORT toward Canada arguable), and the quote
  '"But we do seriously recognize the importance ... of the supplies of Canadian gas," she said' its
  later mention; '"... competition is generally a good thing," she added' a new STATEMENT; "the
  commission is concentrating on improving the access to U.S. pipelines" (domestic regulation) and
  "transportation of Canadian gas is already improving" STATEMENTs; "declined to comment in detail on
  the controversial December order" a withheld STATEMENT (negated, DCT). "the controversial December
  order" carries its own date (EVENTS.md 11): the FERC order "barring U.S. pipeline companies and
  consumers from paying certain Canadian shipping expenses", which a Canadian official says "could
  severely weaken Canadian gas producers", is coded SANCTION (a trade-restrictive ruling) by FERC
  (implied USA GOV) against the Canadian producers (implied CAN BUS), 1986-12 ("December" in April
  1987 = last December); a purely domestic regulation reading (no event) is the alternative. "The
  order, which is being fought by Canada" is ACCUSE CAN -> USA (opposing / contesting the order:
  complaint; REJECT arguable), present progressive with no time expression: undated (17/18's standing
  demands). "Hesse said the order was never intended 'as an attempt to extend the arm of U.S.
  regulations across the border'" denies the extraterritoriality charge: REJECT USA -> CAN (implied
  Canada, the party fighting the order; STATEMENT arguable), DCT. "a senior Canadian government
  energy official warned delegates the ruling could severely weaken Canadian gas producers" is
  criticism of the U.S. ruling voiced to a third party: ACCUSE CAN -> USA (EVENTS.md 7; the forecast
  has no consequence in the speaker's hands, so not THREATEN; STATEMENT arguable as own_blind's
  "warned that partners may resist"), DCT; the quote '"Besides the extra territorial effect ...,"
  said Robert Skinner' names that official and restates the criticism: later mention. "grumblings
  among U.S. domestic producers" is an unnamed group's complaint in a concessive clause (skipped;
  ACCUSE arguable); the 1986 export figures ("Recent figures show Canada shipped") are statistics.
* 1674 (Canadian Wheat Board): "The Canadian Wheat Board has advised the federal government to
  sharply cut initial prices" is REQUEST CAN -> CAN (the board a statutory body, GOV, as 13a's AWB;
  the content is domestic price policy but the advice is an act toward the government), perfect with
  no time expression of its own ("in the crop year beginning August 1" dates the prices): undated
  (15/16 call), the board spokesman's "said" rule-3 attribution. "The spokesman declined to give the
  size of the recommended price drops" is a withheld STATEMENT (negated) and "but said it would not be
  good news" a second STATEMENT (EVENTS.md 3); '"They're all lower," he said' a STATEMENT (the
  following quote has no reporting verb). "Farm leaders and economists have estimated" is unnamed
  (anonymous talk, skipped). The payment mechanism and the usual April decision are generic; "Last
  year Mayer cut the initial prices" is domestic price policy (skipped). "last fall the government
  announced a one billion Canadian dlr aid program to compensate for the price cuts" is AID CAN GOV ->
  the farmers (implied, CAN PERSON), "announced" rule-3 attribution, dated 1986 at year precision by
  "last fall" (a season kept at its year, own_blind3). "federal agricultural officials have already
  warned farmers not to depend on additional government aid this year" is THREATEN CAN -> farmers (a
  warning whose consequence, no further aid, is in the speaker's hands, guideline rule 2; REJECT of
  further aid arguable), undated (perfect, "already" has no value; "this year" dates the aid).
* 1570 (Polish winter wheat): four STATEMENTs (DCT, WARSAW): the Polish meteorology institute's
  "said" (POL GOV, a state institute), its spokesman Teresa Tomaszewska's "told Reuters", and "she
  said, but added" (two records, EVENTS.md 3); frost, snow and crop survival are weather, no actor.
* 10927 (Nigerian promissory notes): "Nigeria plans to issue on April 7 a further 1.5 billion dlrs in
  short-term promissory notes to its uninsured trade creditors" is a note issue (bond issues are not
  events, EVENTS.md 10; a refinancing of arrears toward the creditors, COOPERATE arguable), so Law
  Debenture Trust Corp Plc's "said" is a STATEMENT (DCT, LONDON; the trustee GBR BUS). "It said
  Nigeria also plans to hold talks with a newly appointed representative for those creditors fairly
  soon" is CONSULT NGA -> the representative (null BUS: acting for creditors of no stated country, as
  EVENTS.md 13's GATT official), planned, undated ("fairly soon" has no value), located in London from
  "Murison will begin talks with Nigeria as soon as they return to London", which is its later mention
  (Nigeria first as the visiting side, EVENTS.md 13); "said" in both is rule-3 attribution. "Nigeria
  also will call 'at an early date' an extraordinary meeting of noteholders" is CONSULT NGA -> the
  noteholders (null BUS), planned, undated (no value), trigger the event noun after the light verb
  "call"; "that meeting", the hoped-for meeting "by end-May" (an impersonal hope, "it is hoped") and
  the meeting the trustee "has been attempting to organise" (an effort with no type; CONSULT as
  mediation arguable) are skipped. "Nigeria missed the first principal payment" has no type (as
  Brazil's payment freeze, EVENTS.md 10). "An official of the Law Debenture Trust said he did not know
  when ... Murison would meet the Nigerians" is a STATEMENT (the embedded question skipped). "He noted
  the Nigerians currently are attempting to negotiate bilateral agreements with members of the Paris
  Club" is CONSULT NGA -> the Paris Club members (null), 1987-03-30 by "currently", "noted"
  attribution; "a multilateral pact on these debts reached in December" is a nominal with its own
  predication and date: AGREE NGA -> the Paris Club, 1986-12 (18a's reached debt agreement = AGREE, not
  AID). "So far, bilateral accords have been reached with the U.K. And France" is AGREE NGA (implied)
  -> GBR and -> FRA (two records, EVENTS.md 12), undated ("so far" has no value). The appointment of
  Murison is an appointment (not an event). "he said this may not be possible" is a STATEMENT (DCT).
  "The discussions with the note holders are being held" has its own predication: CONSULT NGA
  (implied) -> the noteholders, asserted, undated (present progressive, no time expression); the
  rescheduling "proposals" have no named author (skipped). "When talks began last April on
  rescheduling ..." is CONSULT NGA (implied) -> the commercial banks (null BUS), 1986-04, and "the
  commercial banks insisted that it be contingent on Nigeria obtaining a rescheduling of its official
  debts" REQUEST banks -> NGA placed in that time clause (1986-04, "last April"). "The Nigerians then
  extended this to include all uninsured trade debt" has no clear type (skipped; REQUEST arguable).
  "The commercial bank package has yet to be signed" is AGREE negated (implied NGA and commercial
  banks), undated; "the reluctance of Japanese banks ... to participate" is a causal-clause nominal
  (skipped; REJECT arguable, as 18a's "the banks' reluctance").
* 12121 (Lawson's sterling targets): the text repeats its last four paragraphs word for word (a
  transmission artefact); the repeated clauses are coded as later mentions of their first copies and
  their skips and entities are listed twice. Lawson's "said" (the wanted sterling rates), "he said"
  (the Government intends to keep sterling at its present level), "Lawson said" (2.90 marks and 1.60
  dlrs) and "Lawson told the committee ... the pound would be kept near its present level by ...
  interest rates and intervention" are STATEMENTs (exchange-rate policy is a monetary matter with no
  type, EVENTS.md 10; DCT, LONDON). "He told the National Economic Development Council that the recent
  Paris meeting of major industrialised nations had agreed on the need for exchange rate stability" is
  AGREE by the group (null GOV, no actor2, as own_blind3's Paris accord), located in Paris, undated
  ("recent" has no value), "told" rule-3 attribution, the meeting a background nominal. The analysts'
  comment on the "disclosure" is anonymous; "In the past he has preferred ..." is habitual.
* 11357 (Senate leaders on Japan): "The Senate's Democratic and Republican leaders praised President
  Reagan for retaliating against Japan" is SUPPORT USA -> USA (one record: a same-country compound,
  EVENTS.md 12), DCT, WASHINGTON; the retaliation it presupposes is coded SANCTION USA -> JPN
  (Reagan's retaliation for the violated semiconductor accord), undated (no time expression); Japan's
  "violating" the accord is the justification's content (skipped). "but dashed cold water on ideas it
  was the first shot in a trade war" is a STATEMENT (an assessment, DCT). The detail sentences are
  later mentions of the lead: "both told the Senate Reagan's decision was long overdue" (SUPPORT, the
  Senate the audience), "Each noted in separate speeches that they saw no trade war" and '"That fear
  has no basis in fact," Byrd said' (STATEMENT); "and urged Japan to open its markets to U.S. goods
  and stop dumping" is a first-mention REQUEST USA -> JPN (DCT). Byrd and Dole are one actor span
  (same country).
* 1675 (GATT Council, semiconductors): the Council's deferral of its own decision on a dispute panel
  is an internal procedure of a single body with no type (skipped), and "a European Community
  complaint against the U.S.-Japanese agreement" there is a presupposed nominal (skipped; the
  complaint is coded on "Complained"). "David Woods, spokesman of ... GATT, told a news briefing that
  the main parties would continue bilateral talks" is CONSULT planned by "the main parties" (null
  group, no actor2, the text does not say which pairs talk), "told" rule-3 attribution, undated; the
  "next Council meeting on April 15" is an internal meeting of the Council (skipped). "The five-year
  accord signed in July 1986" is AGREE USA -> JPN (implied parties from "the U.S.-Japanese
  agreement"), 1986-07. "The E.C. Complained the accord breached GATT trade rules by allowing Tokyo
  to monitor prices" and "The 12-nation Community also charged the agreement gave U.S. Producers
  preferential access" are ACCUSE EC -> USA and -> JPN (each split in two records, the accord's
  parties, EVENTS.md 12), wire-style speech acts with no time expression: DCT, GENEVA. "Woods said
  many nations -- Hong Kong, Canada, Switzerland, Singapore, Sweden, Malaysia and Nigeria -- had
  supported the EC complaint during the heated Council debate" is SUPPORT toward the EC (null IGO),
  seven records (one per named country), "said" attribution; the debate is undated (the Council
  meeting has no time expression), so the pluperfect support is undated. "Japan's delegate, Minoru
  Endo, and U.S. Ambassador Michael Samuels replied in the debate that the E.C. Charges were
  unfounded" is REJECT JPN -> EC and USA -> EC (denial of an allegation, split), and "but they were
  willing to continue bilateral talks" AGREE JPN -> EC and USA -> EC (stated willingness = an offer,
  own_blind12-14's "was prepared to provide"), all placed in the undated debate: undated, no location.
* 14491 (Honduras PL-480 tender): the planned tender for U.S. and non-U.S. flag vessels has no
  identified counterpart (offerers unnamed; own_dev's contract-award call needs a named winner), so it
  is skipped and the three "said" of "an agent for the country" are STATEMENTs (announcement of an
  untyped action and its terms; the agent acts for Honduras: HND GOV, as a spokesman), DCT,
  WASHINGTON; the delivery laydays and the offers' deadline are the tender's terms.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

CAL = ("CALGARY", "CAN")
WIN = ("WINNIPEG", "CAN")
WAR = ("WARSAW", "POL")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
GEN = ("GENEVA", "CHE")
LONDON = ("London", "GBR")
PARIS = ("Paris", "FRA")

HESSE = ("Martha Hesse", "USA", "GOV")
CWB = ("The Canadian Wheat Board", "CAN", "GOV")
SPOKESMAN = (("The spokesman", "The spokesman declined"), "CAN", "GOV")
LDT = ("Law Debenture Trust Corp Plc", "GBR", "BUS")
LDT_OFFICIAL = ("An official of the Law Debenture Trust", "GBR", "BUS")
REPRESENTATIVE = ("a newly appointed representative for those creditors", None, "BUS")
NIGERIANS = (("the Nigerians", "He noted the"), "NGA", "GOV")
PARIS_CLUB = ("the Paris Club of western creditor governments", None, "IGO")
LAWSON = ("U.K. Chancellor of the Exchequer Nigel Lawson", "GBR", "GOV")
LEADERS = ("The Senate's Democratic and Republican leaders", "USA", "GOV")
BYRD_DOLE = ("Senate Democratic Leader Robert Byrd and Republican leader Bob Dole", "USA", "GOV")
EC_COMPLAINED = (("The E.C.", "The E.C. Complained"), None, "IGO")
COMMUNITY = ("The 12-nation Community", None, "IGO")
EC_SUPPORTED = (("EC", "supported the EC"), None, "IGO")
EC_CHARGES = (("E.C.", "that the E.C."), None, "IGO")
ENDO = ("Japan's delegate, Minoru Endo", "JPN", "GOV")
SAMUELS = ("U.S. Ambassador Michael Samuels", "USA", "GOV")
AGENT = ("an agent for the country", "HND", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17357": {
        "events": [
            # 0
            ("STATEMENT", ("said", "said Martha"), HESSE, None, CAL,
             "1987-04-28", "day", None, "asserted", None,
             "assessment: blocking Canadian gas imports would not serve U.S. interests (a policy, EVENTS.md 6)"),
            # 1
            ("STATEMENT", "adding", HESSE, None, CAL,
             "1987-04-28", "day", None, "asserted", None,
             "second reporting clause: an open North American energy market should be encouraged (no actor asked)"),
            # 2
            ("STATEMENT", ("said", 'for gas," she'), (("she", 'for gas," she'), "USA", "GOV"), None, CAL,
             "1987-04-28", "day", None, "asserted", 0,
             "quoted restatement of the first assessment ('Made in America' label): later mention"),
            # 3
            ("STATEMENT", ("said", "She said the commission recognizes"),
             (("She", "She said the commission recognizes"), "USA", "GOV"), None, CAL,
             "1987-04-28", "day", None, "asserted", None,
             "assessment: the commission recognizes the role of Canadian gas (SUPPORT toward Canada arguable)"),
            # 4
            ("STATEMENT", ("said", 'U.S. markets," she'), (("she", 'U.S. markets," she'), "USA", "GOV"), None, CAL,
             "1987-04-28", "day", None, "asserted", 3,
             "quoted restatement: the importance of Canadian gas supplies recognized: later mention"),
            # 5
            ("STATEMENT", "added", (("she", 'thing," she'), "USA", "GOV"), None, CAL,
             "1987-04-28", "day", None, "asserted", None, "assessment: competition is a good thing"),
            # 6
            ("STATEMENT", ("said", "She said the commission is"), (("She", "She said the commission is"), "USA", "GOV"),
             None, CAL, "1987-04-28", "day", None, "asserted", None,
             "the commission concentrates on pipeline access (domestic regulation, no type)"),
            # 7
            ("STATEMENT", ("said", "Hesse said transportation"), (("Hesse", "Hesse said transportation"), "USA", "GOV"),
             None, CAL, "1987-04-28", "day", None, "asserted", None,
             "assessment and statistics: transportation of Canadian gas improving, imports up 21 pct"),
            # 8
            ("STATEMENT", "comment", (("Hesse", "But Hesse"), "USA", "GOV"), None, CAL,
             "1987-04-28", "day", None, "negated", None,
             "withheld statement: declined to comment on the December order"),
            # 9
            ("SANCTION", ("order", "December order"), (None, "USA", "GOV"), (None, "CAN", "BUS"), None,
             "1986-12", "month", "December", "asserted", None,
             "FERC's December order barring U.S. pipelines from paying Canadian shipping expenses (trade-restrictive "
             "ruling against Canadian producers; domestic-regulation reading arguable); nominal with its own date"),
            # 10
            ("ACCUSE", "fought", (("Canada", "fought by Canada"), "CAN", "GOV"), (None, "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Canada fights the order (opposition/complaint; REJECT arguable); present progressive, no time expression"),
            # 11
            ("REJECT", ("said", "Hesse said the order"), (("Hesse", "Hesse said the order"), "USA", "GOV"),
             (None, "CAN", "GOV"), CAL, "1987-04-28", "day", None, "asserted", None,
             "denial that the order was meant to extend U.S. regulations across the border (denies Canada's "
             "extraterritoriality charge; STATEMENT arguable)"),
            # 12
            ("ACCUSE", "warned", ("a senior Canadian government energy official", "CAN", "GOV"), (None, "USA", "GOV"), CAL,
             "1987-04-28", "day", None, "asserted", None,
             "criticism of the U.S. ruling voiced to delegates: it could severely weaken Canadian producers "
             "(EVENTS.md 7; no consequence in the speaker's hands, so not THREATEN; STATEMENT arguable)"),
            # 13
            ("ACCUSE", ("said", 'customers," said'), ("Robert Skinner", "CAN", "GOV"), (None, "USA", "GOV"), CAL,
             "1987-04-28", "day", None, "asserted", 12,
             "quoted restatement of the criticism (extraterritorial effect, Canadians subsidizing U.S. customers) "
             "by the official, now named: later mention"),
        ],
        "skip": [
            ("Blocking", "content of the assessment (hypothetical policy)"),
            (("serve", "would not serve"), "content of the assessment"),
            ("development", "content of the statement"),
            ("encouraged", "content of the statement"),
            ("believe", "the same act as 'said'"),
            ("promote", "content of the quote"),
            ("conference", "venue of the statement"),
            (("recognizes", "commission recognizes"), "content of the statement (the same act)"),
            ("grumblings", "unnamed U.S. producers' complaints in a concessive clause (ACCUSE arguable)"),
            ("show", "figures with no author (document)"),
            ("shipped", "statistics (trade flows)"),
            (("recognize", "seriously recognize"), "the same act as 'said' (content of the quote)"),
            ("concentrating", "content of the statement (domestic regulation)"),
            (("improving", "concentrating on"), "content of the statement"),
            (("improving", "already"), "content of the statement"),
            ("rising", "statistics"),
            ("hearing", "the commission's own proceeding (internal procedure)"),
            (("order", "The order"), "anaphoric nominal (the December order)"),
            ("involves", "stative (content of the order)"),
            ("barring", "content of the order"),
            ("paying", "content of the order"),
            (("order", "said the order"), "content of the denial"),
            ("intended", "content of the denial"),
            ("extend", "content of the denial"),
            (("ruling", "warned delegates the"), "anaphoric nominal (the order), content of the criticism"),
            ("weaken", "content of the criticism"),
            ("subsidizing", "content of the quote"),
        ],
        "entities": [
            (("Canadian", "Blocking"), "NORP", "CAN"),
            ("United States", "GPE", "USA"),
            ("Martha Hesse", "PERSON", "USA"),
            ("Federal Energy Regulatory Commission", "ORG", "USA"),
            ("North American", "NORP", None),
            (("U.S.", "interest of U.S."), "GPE", "USA"),
            (("America", "'Made"), "GPE", "USA"),
            (("Canadian", "important role"), "NORP", "CAN"),
            (("American", "in the American"), "NORP", "USA"),
            (("U.S.", "among U.S."), "GPE", "USA"),
            (("Canada", "show Canada"), "GPE", "CAN"),
            (("Canadian", "billion Canadian"), "NORP", "CAN"),
            (("U.S.", "to the U.S."), "GPE", "USA"),
            (("Canadian", "supplies of Canadian"), "NORP", "CAN"),
            (("U.S.", "gas to U.S."), "GPE", "USA"),
            (("U.S.", "access to U.S."), "GPE", "USA"),
            (("Canadian", "benefit to Canadian"), "NORP", "CAN"),
            (("Hesse", "Hesse said transportation"), "PERSON", "USA"),
            (("Canadian", "transportation of Canadian"), "NORP", "CAN"),
            (("Hesse", "But Hesse"), "PERSON", "USA"),
            (("Canada", "fought by Canada"), "GPE", "CAN"),
            (("U.S.", "barring U.S."), "GPE", "USA"),
            (("Canadian", "certain Canadian"), "NORP", "CAN"),
            (("Hesse", "Hesse said the order"), "PERSON", "USA"),
            (("U.S.", "arm of U.S."), "GPE", "USA"),
            (("Canadian", "senior Canadian"), "NORP", "CAN"),
            (("Canadian", "weaken Canadian"), "NORP", "CAN"),
            (("Canadian", "that Canadian consumers"), "NORP", "CAN"),
            (("U.S.", "behalf of U.S."), "GPE", "USA"),
            ("Robert Skinner", "PERSON", "CAN"),
            (("Canada", "in Canada's"), "GPE", "CAN"),
        ],
    },
    "reuters21578-1674": {
        "events": [
            # 0
            ("REQUEST", "advised", CWB, ("the federal government", "CAN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the board advised the government to cut initial grain prices (an act toward the government); perfect, "
             "no time expression of its own ('beginning August 1' dates the prices); 'said' is attribution"),
            # 1
            ("STATEMENT", "give", SPOKESMAN, None, WIN,
             "1987-03-04", "day", None, "negated", None, "withheld statement: declined to give the size of the cuts"),
            # 2
            ("STATEMENT", ("said", "drops but said"), SPOKESMAN, None, WIN,
             "1987-03-04", "day", None, "asserted", None, "assessment: not good news for western Canadian growers"),
            # 3
            ("STATEMENT", ("said", 'lower," he'), (("he", 'lower," he'), "CAN", "GOV"), None, WIN,
             "1987-03-04", "day", None, "asserted", None, "quote: the recommended prices are all lower"),
            # 4
            ("AID", "aid program", (("the government", "last fall the"), "CAN", "GOV"), (None, "CAN", "PERSON"), None,
             "1986", "year", "last fall", "asserted", None,
             "one billion dlr aid program to compensate farmers for the price cuts, announced last fall (season "
             "kept at its year); 'announced' is attribution"),
            # 5
            ("THREATEN", "warned", ("federal agricultural officials", "CAN", "GOV"), (("farmers", "warned"), "CAN", "PERSON"),
             None, None, "unknown", None, "asserted", None,
             "warned farmers not to depend on more aid (consequence in the speaker's hands; REJECT arguable); "
             "perfect, 'already' has no value ('this year' dates the aid)"),
        ],
        "skip": [
            (("cut", "sharply"), "content of the request (domestic price policy)"),
            ("paid", "content of the request"),
            (("said", "board spokesman"), "rule-3 attribution (the advice is the event)"),
            ("recommended", "anaphoric nominal (the advice)"),
            ("getting", "content of the quote"),
            ("talking", "content of the quote"),
            ("put in a crop", "content of the quote"),
            ("estimated", "unnamed farm leaders and economists (anonymous talk)"),
            (("recommend", "board will"), "content of anonymous talk"),
            (("receive", "Farmers"), "generic (payment mechanism)"),
            (("delivered", "grain is"), "generic"),
            ("markets most", "stative"),
            ("obtains", "condition (generic)"),
            (("receive", "the\nfarmers"), "generic"),
            ("makes up", "generic"),
            ("decision", "habitual decision ('usually made in April'), content"),
            ("rests with", "stative"),
            (("cut", "Mayer cut"), "domestic price policy"),
            ("announced", "rule-3 attribution (the aid program is the event)"),
            ("compensate", "purpose of the aid"),
            ("price cuts", "anaphoric nominal"),
            ("depend", "content of the warning"),
            (("aid", "additional government"), "content of the warning"),
        ],
        "entities": [
            ("Canadian Wheat Board", "ORG", "CAN"),
            (("Canadian", "western"), "NORP", "CAN"),
            (("Canada", "most of Canada"), "GPE", "CAN"),
            (("Wheat Board", "rests with Wheat Board"), "ORG", "CAN"),
            ("Charles Mayer", "PERSON", "CAN"),
            (("Mayer", "Last year Mayer"), "PERSON", "CAN"),
            (("Canadian", "one billion"), "NORP", "CAN"),
        ],
    },
    "reuters21578-1570": {
        "events": [
            ("STATEMENT", "said", ("the Polish meteorology institute", "POL", "GOV"), None, WAR,
             "1987-03-04", "day", None, "asserted", None, "forecast: winter wheat likely to survive the frosts"),
            ("STATEMENT", "told", ("Spokesman Teresa Tomaszewska", "POL", "GOV"), None, WAR,
             "1987-03-04", "day", None, "asserted", None, "assessment: varieties survive minus 20 C"),
            ("STATEMENT", ("said", "harmful, she"), (("she", "harmful, she"), "POL", "GOV"), None, WAR,
             "1987-03-04", "day", None, "asserted", None, "assessment: minus 30 C air temperatures not harmful"),
            ("STATEMENT", "added", (("she", "harmful, she"), "POL", "GOV"), None, WAR,
             "1987-03-04", "day", None, "asserted", None, "second clause: cold spells in March/April can still damage"),
        ],
        "skip": [
            (("survive", "likely to"), "crop and weather, no acting actor"),
            ("known", "content of the forecast"),
            ("sown", "generic (planting)"),
            (("survive", "can survive"), "crop and weather, no acting actor"),
            ("melted", "weather"),
            ("damaged", "weather effect"),
            ("exposed", "weather effect"),
        ],
        "entities": [
            ("Poland", "GPE", "POL"),
            ("Polish", "NORP", "POL"),
            (("Poland", "sown in"), "GPE", "POL"),
            ("Teresa Tomaszewska", "PERSON", "POL"),
            ("Reuters", "ORG", "GBR"),
        ],
    },
    "reuters21578-10927": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Corp Plc said"), LDT, None, LON,
             "1987-03-30", "day", None, "asserted", None,
             "announcement of Nigeria's planned note issue to trade creditors (a note issue: no type)"),
            # 1
            ("CONSULT", ("talks", "hold talks"), (("Nigeria", "It said Nigeria"), "NGA", "GOV"), REPRESENTATIVE, LONDON,
             None, "unknown", None, "planned", None,
             "talks with the creditors' new representative 'fairly soon' (no value); in London (later mention); "
             "'It said' is attribution"),
            # 2
            ("CONSULT", ("meeting", "extraordinary"), (("Nigeria", "and that Nigeria"), "NGA", "GOV"),
             (("noteholders", "meeting of"), None, "BUS"), None,
             None, "unknown", None, "planned", None,
             "Nigeria will call an extraordinary meeting of noteholders 'at an early date' (no value)"),
            # 3
            ("STATEMENT", ("said", "Trust said"), LDT_OFFICIAL, None, LON,
             "1987-03-30", "day", None, "asserted", None,
             "he did not know when Murison would meet the Nigerians"),
            # 4
            ("CONSULT", "negotiate", NIGERIANS, ("members of\nthe Paris Club of western creditor governments", None, "IGO"),
             None, "1987-03-30", "day", "currently", "asserted", None,
             "Nigeria currently negotiating bilateral agreements with Paris Club members; 'noted' is attribution"),
            # 5
            ("AGREE", "pact", NIGERIANS, PARIS_CLUB, None,
             "1986-12", "month", "December", "asserted", None,
             "multilateral pact on the debts reached (with the Paris Club) in December (nominal with its own date)"),
            # 6
            ("AGREE", "accords", (None, "NGA", "GOV"), ("U.K.", "GBR", "GOV"), None,
             None, "unknown", None, "asserted", None, "bilateral accord reached with the U.K. ('so far': no value)"),
            # 7
            ("AGREE", "accords", (None, "NGA", "GOV"), (("France", "U.K. And"), "FRA", "GOV"), None,
             None, "unknown", None, "asserted", None, "bilateral accord reached with France (compound split)"),
            # 8
            ("CONSULT", ("talks", "Murison will begin"), (("Nigeria", "begin talks"), "NGA", "GOV"),
             (("Murison", "said Murison"), None, "BUS"), LONDON,
             None, "unknown", None, "planned", 1,
             "later mention: Murison will begin talks with Nigeria when they return to London (visitors first)"),
            # 9
            ("STATEMENT", ("said", "end-May, he"), (("he", "end-May, he"), "GBR", "BUS"), None, LON,
             "1987-03-30", "day", None, "asserted", None,
             "assessment: a noteholders' meeting by end-May may not be possible"),
            # 10
            ("CONSULT", "discussions", (None, "NGA", "GOV"), (("the note holders", "discussions with"), None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "discussions with the note holders are being held (own predication; no time expression)"),
            # 11
            ("CONSULT", ("talks", "When talks"), (None, "NGA", "GOV"), (("the\ncommercial banks", "foreign debt"), None, "BUS"),
             None, "1986-04", "month", "last April", "asserted", None,
             "rescheduling talks began last April (April 1986)"),
            # 12
            ("REQUEST", "insisted", (("the\ncommercial banks", "foreign debt"), None, "BUS"), (("Nigeria", "contingent on"), "NGA", "GOV"),
             None, "1986-04", "month", "last April", "asserted", None,
             "banks demanded that the rescheduling be contingent on an official-debt rescheduling; placed in the "
             "time clause 'When talks began last April'"),
            # 13
            ("AGREE", "signed", (None, "NGA", "GOV"), (None, None, "BUS"), None,
             None, "unknown", None, "negated", None,
             "the commercial bank package has yet to be signed (not done); no time expression"),
        ],
        "skip": [
            ("issue", "note issue (bond issues are not events, EVENTS.md 10; COOPERATE toward the creditors arguable)"),
            (("said", "It said"), "rule-3 attribution (the planned talks and meeting are the events)"),
            ("call", "light verb of the meeting"),
            (("meeting", "that meeting"), "anaphoric nominal"),
            ("consider", "purpose of the meeting"),
            ("resolution", "content of the meeting"),
            ("missed", "missed debt payment: no matching type (EVENTS.md 10)"),
            ("drop", "market-price movement"),
            (("meet", "would meet"), "embedded question (when the planned talks take place): content of the statement"),
            ("noted", "rule-3 attribution (the negotiations are the event)"),
            ("bilateral agreements", "object of the negotiations"),
            ("organise", "the trustee's effort to organise a meeting: no type (CONSULT as mediation arguable)"),
            (("meeting", "organise a"), "content of the effort"),
            ("appointment", "appointment (not an event)"),
            ("coordinate", "purpose"),
            (("said", "official said"), "rule-3 attribution (the talks are the event)"),
            ("return", "time clause of the talks (the Nigerians' return to London)"),
            ("hoped", "impersonal hope, no identifiable actor"),
            (("held", "could be"), "content of the hope (the noteholders' meeting)"),
            ("required", "stative (legal requirement)"),
            ("proposals", "background nominal, no named author"),
            (("rescheduling", "proposals to"), "content of the proposals"),
            (("rescheduling", "April on"), "subject of the talks"),
            ("obtaining", "content of the demand"),
            (("rescheduling", "obtaining a"), "content of the demand"),
            ("extended", "no clear type (the Nigerians widened the rescheduling; REQUEST arguable); 'then' no value"),
            ("reluctance", "causal-clause nominal (REJECT arguable)"),
            ("participate", "content of the reluctance"),
        ],
        "entities": [
            ("Nigeria", "GPE", "NGA"),
            ("Law Debenture Trust Corp Plc", "ORG", "GBR"),
            (("Nigeria", "It said Nigeria"), "GPE", "NGA"),
            (("Nigeria", "and that Nigeria"), "GPE", "NGA"),
            (("Nigeria", "Nigeria missed"), "GPE", "NGA"),
            (("Law Debenture Trust", "An official of the"), "ORG", "GBR"),
            ("David Murison", "PERSON", None),
            (("Nigerians", "meet the"), "NORP", "NGA"),
            (("Nigerians", "He noted the"), "NORP", "NGA"),
            ("Paris Club", "ORG", None),
            ("U.K.", "GPE", "GBR"),
            ("France", "GPE", "FRA"),
            (("Law Debenture Trust", "Law Debenture Trust, as"), "ORG", "GBR"),
            (("Nigeria", "note holders and"), "GPE", "NGA"),
            (("Murison", "appointment of"), "PERSON", None),
            ("Westpac Banking Corp", "ORG", "AUS"),
            ("Mase Westpac Ltd", "ORG", "GBR"),
            (("London", "unit in"), "GPE", "GBR"),
            (("Law Debenture", "The Law Debenture official"), "ORG", "GBR"),
            (("Murison", "said Murison"), "PERSON", None),
            (("Nigeria", "begin talks"), "GPE", "NGA"),
            (("London", "return to"), "GPE", "GBR"),
            (("Nigeria", "rescheduling Nigeria"), "GPE", "NGA"),
            (("Nigeria", "contingent on"), "GPE", "NGA"),
            (("Nigerians", "as well."), "NORP", "NGA"),
            ("Japanese", "NORP", "JPN"),
        ],
    },
    "reuters21578-12121": {
        "events": [
            # 0
            ("STATEMENT", "said", LAWSON, None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "exchange-rate policy: sterling to stay around 2.90 marks and 1.60 dlrs (monetary, no type)"),
            # 1
            ("AGREE", "agreed", ("major industrialised nations", None, "GOV"), None, PARIS,
             None, "unknown", None, "asserted", None,
             "the Paris meeting of major industrialised nations agreed on the need for exchange rate stability "
             "('recent': no value); 'told' is attribution"),
            # 2
            ("STATEMENT", ("said", "present level, he"), (("he", "present level, he"), "GBR", "GOV"), None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "currencies reasonably aligned; the Government intends to keep sterling at its present level"),
            # 3
            ("STATEMENT", ("said", "dlrs, Lawson"), (("Lawson", "dlrs, Lawson"), "GBR", "GOV"), None, LON,
             "1987-04-01", "day", None, "asserted", None, "the rates meant: 2.90 marks and 1.60 dlrs"),
            # 4
            ("STATEMENT", ("told", "Lawson told"), (("Lawson", "Lawson told"), "GBR", "GOV"), None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "the pound would be kept near its level by interest rates and intervention (monetary)"),
            # 5
            ("STATEMENT", ("told", "2.9210/45 marks"), (("Lawson", "2.9210/45 marks"), "GBR", "GOV"), None, LON,
             "1987-04-01", "day", None, "asserted", 4,
             "repeated paragraph (transmission artefact): later mention of the same reporting clause"),
        ],
        "skip": [
            ("wanted", "the same act as 'said'"),
            ("specifying", "participial elaboration of the statement"),
            (("told", "He told"), "rule-3 attribution (the Paris agreement is the event)"),
            (("meeting", "Paris"), "background nominal (the agreement is recorded on 'agreed')"),
            ("intended", "content of the statement (monetary policy)"),
            (("disclosure", "His disclosure"), "anaphoric nominal (Lawson's statement)"),
            (("said", "market analysts"), "anonymous-source talk (analysts)"),
            ("preferred", "habitual (past practice)"),
            (("kept", "would be"), "content of the statement (monetary policy)"),
            ("intervention", "currency intervention (monetary operation), content"),
            ("finished trading", "market-price movement"),
            (("disclosure", "2.9210/45 marks"), "anaphoric nominal (repeated paragraph)"),
            (("said", "2.9210/45 marks"), "anonymous-source talk (analysts, repeated paragraph)"),
            (("preferred", "2.9210/45 marks"), "habitual (repeated paragraph)"),
            (("kept", "2.9210/45 marks"), "content of the statement (repeated paragraph)"),
            (("intervention", "2.9210/45 marks"), "currency intervention (repeated paragraph)"),
            (("finished trading", "2.9210/45 marks"), "market-price movement (repeated paragraph)"),
        ],
        "entities": [
            ("U.K.", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            ("National Economic Development Council", "ORG", "GBR"),
            ("Paris", "GPE", "FRA"),
            (("U.K.", "the U.K. Government"), "GPE", "GBR"),
            (("Lawson", "dlrs, Lawson"), "PERSON", "GBR"),
            (("Lawson", "Lawson told"), "PERSON", "GBR"),
            (("Lawson", "2.9210/45 marks"), "PERSON", "GBR"),
        ],
    },
    "reuters21578-11357": {
        "events": [
            # 0
            ("SUPPORT", "praised", LEADERS, ("President Reagan", "USA", "GOV"), WAS,
             "1987-03-31", "day", None, "asserted", None,
             "praise for Reagan's retaliation against Japan (same-country compound: one record)"),
            # 1
            ("SANCTION", "retaliating", ("President Reagan", "USA", "GOV"), (("Japan", "against Japan"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Reagan's retaliation against Japan for violating the semiconductor accord; no time expression"),
            # 2
            ("STATEMENT", "dashed cold water", LEADERS, None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "assessment: the retaliation is not the first shot in a trade war"),
            # 3
            ("SUPPORT", "told", BYRD_DOLE, (("Reagan", "Senate Reagan"), "USA", "GOV"), WAS,
             "1987-03-31", "day", None, "asserted", 0,
             "later mention of the praise: Reagan's decision was long overdue (the Senate is the audience)"),
            # 4
            ("REQUEST", "urged", BYRD_DOLE, (("Japan", "urged Japan"), "JPN", "GOV"), WAS,
             "1987-03-31", "day", None, "asserted", None, "urged Japan to open its markets and stop dumping"),
            # 5
            ("STATEMENT", "noted", (("Each", "Each noted"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", 2, "later mention: they saw no trade war"),
            # 6
            ("STATEMENT", ("said", 'fact," Byrd'), (("Byrd", 'fact," Byrd'), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", 2, "quoted restatement ('That fear has no basis'): later mention"),
        ],
        "skip": [
            ("violating", "Japan's violation: content of the justification"),
            ("semiconducter accord", "background nominal"),
            ("shot", "content of the assessment"),
            ("decision", "anaphoric nominal (the retaliation)"),
            ("open", "content of the request"),
            ("dumping", "content of the request"),
            ("speeches", "venue of the statement"),
            ("saw", "the same act as 'noted'"),
            ("concerns", "market concerns, no identifiable actor"),
        ],
        "entities": [
            ("Senate", "ORG", "USA"),
            ("Democratic", "NORP", "USA"),
            ("Republican", "NORP", "USA"),
            (("Reagan", "President Reagan"), "PERSON", "USA"),
            (("Japan", "against Japan"), "GPE", "JPN"),
            (("Senate", "Senate Democratic Leader"), "ORG", "USA"),
            (("Democratic", "Senate Democratic Leader"), "NORP", "USA"),
            ("Robert Byrd", "PERSON", "USA"),
            (("Republican", "Byrd and"), "NORP", "USA"),
            ("Bob Dole", "PERSON", "USA"),
            (("Senate", "told the Senate"), "ORG", "USA"),
            (("Reagan", "Senate Reagan"), "PERSON", "USA"),
            (("Japan", "urged Japan"), "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Byrd", 'fact," Byrd'), "PERSON", "USA"),
        ],
    },
    "reuters21578-1675": {
        "events": [
            # 0
            ("CONSULT", ("talks", "bilateral talks"), ("the main parties", None, "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "the main parties would continue bilateral talks (pairs not stated: null group); 'told' is attribution"),
            # 1
            ("AGREE", "signed", (None, "USA", "GOV"), (None, "JPN", "GOV"), None,
             "1986-07", "month", "July 1986", "asserted", None,
             "the U.S.-Japanese semiconductor accord signed in July 1986 (parties from 'the U.S.- Japanese agreement')"),
            # 2
            ("ACCUSE", "Complained", EC_COMPLAINED, (None, "USA", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None,
             "the accord breached GATT rules (complaint against the accord's parties, split: USA)"),
            # 3
            ("ACCUSE", "Complained", EC_COMPLAINED, (("Tokyo", "allowing Tokyo"), "JPN", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None, "complaint against the accord, split: Japan (Tokyo)"),
            # 4
            ("ACCUSE", "charged", COMMUNITY, (None, "USA", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None,
             "the agreement gave U.S. producers preferential access (split: USA)"),
            # 5
            ("ACCUSE", "charged", COMMUNITY, (None, "JPN", "GOV"), GEN,
             "1987-03-04", "day", None, "asserted", None, "the agreement gave preferential access (split: Japan)"),
            # 6
            ("SUPPORT", "supported", ("Hong Kong", "HKG", "GOV"), EC_SUPPORTED, None,
             None, "unknown", None, "asserted", None,
             "supported the EC complaint in the Council debate (undated meeting; pluperfect); 'said' is attribution"),
            # 7
            ("SUPPORT", "supported", ("Canada", "CAN", "GOV"), EC_SUPPORTED, None,
             None, "unknown", None, "asserted", None, "supported the EC complaint (compound split)"),
            # 8
            ("SUPPORT", "supported", ("Switzerland", "CHE", "GOV"), EC_SUPPORTED, None,
             None, "unknown", None, "asserted", None, "supported the EC complaint (compound split)"),
            # 9
            ("SUPPORT", "supported", ("Singapore", "SGP", "GOV"), EC_SUPPORTED, None,
             None, "unknown", None, "asserted", None, "supported the EC complaint (compound split)"),
            # 10
            ("SUPPORT", "supported", ("Sweden", "SWE", "GOV"), EC_SUPPORTED, None,
             None, "unknown", None, "asserted", None, "supported the EC complaint (compound split)"),
            # 11
            ("SUPPORT", "supported", ("Malaysia", "MYS", "GOV"), EC_SUPPORTED, None,
             None, "unknown", None, "asserted", None, "supported the EC complaint (compound split)"),
            # 12
            ("SUPPORT", "supported", ("Nigeria", "NGA", "GOV"), EC_SUPPORTED, None,
             None, "unknown", None, "asserted", None, "supported the EC complaint (compound split)"),
            # 13
            ("REJECT", "replied", ENDO, EC_CHARGES, None,
             None, "unknown", None, "asserted", None,
             "the E.C. charges were unfounded (denial; split: Japan); in the undated debate"),
            # 14
            ("REJECT", "replied", SAMUELS, EC_CHARGES, None,
             None, "unknown", None, "asserted", None, "the E.C. charges were unfounded (denial; split: USA)"),
            # 15
            ("AGREE", "willing", ENDO, EC_CHARGES, None,
             None, "unknown", None, "asserted", None,
             "willing to continue bilateral talks (an offer; split: Japan); in the undated debate"),
            # 16
            ("AGREE", "willing", SAMUELS, EC_CHARGES, None,
             None, "unknown", None, "asserted", None, "willing to continue bilateral talks (an offer; split: USA)"),
        ],
        "skip": [
            ("deferred", "internal procedure of a single body (the Council postponing its own decision): no type"),
            (("decision", "deferred a"), "object of the deferral"),
            ("set up", "content of the pending decision"),
            (("complaint", "European Community"), "presupposed nominal (the complaint is coded on 'Complained')"),
            (("agreement", "U.S.- Japanese"), "background nominal (the accord is coded on 'signed')"),
            ("told", "rule-3 attribution (the planned talks are the event)"),
            ("news briefing", "venue of the statement"),
            ("resolving", "purpose of the talks"),
            ("row", "background nominal"),
            ("Council meeting", "internal meeting of a single body (planned April 15)"),
            ("protect", "standing aim of the accord"),
            (("dumping", "Market from"), "background"),
            ("breached", "content of the complaint"),
            (("allowing", "rules by"), "content of the complaint"),
            ("monitor", "content of the complaint"),
            (("set minimum", "allowing it to"), "content of the complaint"),
            ("sold", "content of the complaint"),
            (("gave", "agreement gave"), "content of the charge"),
            (("said", "Woods said"), "rule-3 attribution (the support is the event)"),
            (("complaint", "supported the EC"), "object of the support"),
            ("debate", "time adjunct (the Council debate)"),
            ("Charges", "object of the denial"),
            (("continue", "willing to"), "content of the offer"),
        ],
        "entities": [
            ("GATT Council", "ORG", None),
            ("European Community", "ORG", None),
            (("U.S.", "against the U.S."), "GPE", "USA"),
            (("Japanese", "against the U.S."), "NORP", "JPN"),
            ("David Woods", "PERSON", None),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("GATT", "(GATT)"), "ORG", None),
            (("Council", "next Council"), "ORG", None),
            (("U.S.", "protect the"), "GPE", "USA"),
            (("Japanese", "low-price"), "NORP", "JPN"),
            (("E.C.", "The E.C. Complained"), "ORG", None),
            (("GATT", "breached GATT"), "ORG", None),
            ("Tokyo", "GPE", "JPN"),
            (("Japanese", "Japanese chips"), "NORP", "JPN"),
            (("Community", "12-nation"), "ORG", None),
            (("U.S.", "agreement gave"), "GPE", "USA"),
            (("Japanese", "the Japanese market"), "NORP", "JPN"),
            (("Woods", "Woods said"), "PERSON", None),
            ("Hong Kong", "GPE", "HKG"),
            ("Canada", "GPE", "CAN"),
            ("Switzerland", "GPE", "CHE"),
            ("Singapore", "GPE", "SGP"),
            ("Sweden", "GPE", "SWE"),
            ("Malaysia", "GPE", "MYS"),
            ("Nigeria", "GPE", "NGA"),
            (("EC", "supported the EC"), "ORG", None),
            (("Council", "heated Council"), "ORG", None),
            (("Japan", "Japan's delegate"), "GPE", "JPN"),
            ("Minoru Endo", "PERSON", "JPN"),
            (("U.S.", "U.S. Ambassador"), "GPE", "USA"),
            ("Michael Samuels", "PERSON", "USA"),
            (("E.C.", "that the E.C."), "ORG", None),
        ],
    },
    "reuters21578-14491": {
        "events": [
            ("STATEMENT", "said", AGENT, None, WAS,
             "1987-04-07", "day", None, "asserted", None,
             "announcement of Honduras' PL-480 vessel tender for April 13 (tender with unnamed offerers: no type)"),
            ("STATEMENT", ("said", "The agent said"), ("The agent", "HND", "GOV"), None, WAS,
             "1987-04-07", "day", None, "asserted", None, "tender terms: delivery laydays"),
            ("STATEMENT", ("said", "April 14, the agent"), (("the agent", "April 14, the agent"), "HND", "GOV"), None, WAS,
             "1987-04-07", "day", None, "asserted", None, "tender terms: offers due April 13, valid to April 14"),
        ],
        "skip": [
            ("tender", "import tender for vessels with unnamed offerers: no identified counterpart (COOPERATE arguable)"),
            ("deliver", "content of the tender"),
            ("deliveries", "content of the statement (tender terms)"),
            ("include", "content of the statement"),
            ("Deliveries", "tender terms, no reporting clause"),
            ("Offers", "offers by unnamed shipowners (tender terms)"),
            ("remain\nvalid", "content of the statement"),
        ],
        "entities": [
            ("Honduras", "GPE", "HND"),
            (("U.S.", "for U.S."), "GPE", "USA"),
            (("U.S.", "non-U.S."), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind21b.jsonl")
