"""Build ``own_blind44a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind44a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,491 left); 24 drawn with random.Random(44101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
43 event records (41 first mentions, 2 later mentions), 94 not_annotated spans, 97 entity mentions
(ORG 41, GPE 38, NORP 9, PERSON 7, LOC 2); no article without events; 9544 (Husky/Hutchison), 15097
(Honduras PL-480 tender), 6637 (Peru trade deficit), 10043 (iron ore report) and 17452 (FTC study) have
STATEMENTs only. Types: STATEMENT 32, THREATEN 2, ACCUSE 2, REQUEST 2, COOPERATE 2, CONSULT 1, SANCTION 1,
AGREE 1; modality: asserted 39, planned 2, negated 2; precision: day 36, unknown 4, month 2, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Three wrong first matches were caught and fixed: the trigger
"announced" of "Husky previously announced" matching the earlier "previously announced agreement" (caught
by the overlap assertion), the actor "the company" of "the company said" matching "interest in the
company" in the lead, and the second "Canadian" (of "right to receive 11.80 Canadian dlrs") matching the
first. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("President Reagan": PERSON "Reagan"; "Shinji
Fukukawa, Vice Minister of the International Trade and Industry Ministry": the PERSON and the ORG); a
named body is one ORG span ("Federal Trade Commission", "Finance Ministry", "Canadian Imperial Bank of
Commerce", "General Agreement on Tariffs and Trade" ORG null); a capitalised "Ministry" alone is an ORG
mention of its country (5b, 28a), the lower-case "ministry", "central bank", "the company", "the board"
and "government" are not tagged; bracketed company names are tagged without the brackets ("Nova, An
Alberta Corp" one span, the nested "Alberta" not tagged), tickers left out; possessive 's left out;
"U.S." also in "U.S. Products", "U.S. Economy", "U.S. Industry", "U.S. funds" and "U.S. no. 2" GPE USA,
"U.S" without its final point GPE USA (21a); "Canadian" in "Canadian dlrs" NORP CAN (21b); "Hong Kong"
in "Hong Kong-based" and "California" in "California-based" GPE (13a's "Abidjan-based"). Countries:
Japan, "Japanese", the International Trade and Industry Ministry, the Finance Ministry, JiJi News Agency,
Mitsui and Co Ltd JPN; the United States, America, Washington, "American", Reagan, the FTC, its
economists John Hilke and Philip Nelson, Zoran Corp (California-based) USA; Husky Oil Ltd / Husky, Nova,
An Alberta Corp / Nova, Oil Term Holdings (Ltd), Oil Term Investment Ltd (controlled by Nova) and the
Canadian Imperial Bank of Commerce CAN; Hutchison Whampoa Ltd / Hutchison and Hongkong Electric Holdings
Ltd / "Hongkong" (the company) HKG ("Hong Kong-based"); Victor T.K. Li PERSON HKG (an investor on the Hong
Kong side of the deal; the text gives no nationality: null arguable); Honduras HND; Peru PER; the EC ORG
null, South East Asia LOC null, South Korea KOR, Taiwan TWN, "Chinese" NORP CHN, Ocean Shipping
Consultants ORG GBR (a London consultancy, dateline LONDON; the text gives no country word, null
arguable under EVENTS.md 15); Reuters ORG GBR. Public Law 480 (a law, 21b), currencies, programmes,
wheat classes (NS/DNS, HRW), LSI and EDT are not entities.

Judgement calls made here:
* 16088 (Japan warns U.S., DCT Sat 1987-04-11, TOKYO): "Japan warned the United States it may take
  retaliatory measures if the United States imposes its planned trade sanctions on April 17, a senior
  government official said" is THREATEN JPN GOV -> USA GOV (a conditional threat is itself asserted;
  16a's "did not rule out retaliatory measures if"), one record: the official's saying is the warning
  (EVENTS.md 1, "said" not skipped), wire style: DCT, TOKYO; the imposition is the threat's condition
  (skipped, 30b's "carries out"). "Fukukawa ... said in a statement Japan would consider measures under
  the General Agreement on Tariffs and Trade and other actions if the United States imposes 100 pct
  tariffs" is its later mention (the lead summarises this statement; "statement" part of the reporting
  clause). "Fukukawa said Japan was ready to continue trade talks with the United States" is a STATEMENT
  (a willingness, 42a's "still prepared to negotiate"; CONSULT hypothetical or an AGREE offer, 19a's
  "prepared to escort", arguable). "its failure to convince America to call off the threatened tariffs"
  is a background nominal (REQUEST arguable, skipped). "two days of emergency talks which ended in
  Washington yesterday" is CONSULT JPN (implied) -> USA (the host, "America"), a nominal with its own
  predication and date (EVENTS.md 11), located in Washington: the talks ran Thu-Fri 9-10 April and are
  dated by their start, 1987-04-09 (EVENTS.md 21's "today and tomorrow"; 1987-04-10, the day
  "yesterday" names, arguable; 24a left a month-straddling span undated). "Last month President Reagan
  announced the sanctions" is SANCTION USA GOV -> Japan (implied) on "sanctions", planned, 1987-04-17
  ("on April 17" of the lead; 19a's "announced last week plans to impose tariffs ... on April 17":
  "announced" rule-3 attribution, "Last month" dates the announcing). "what he called Japan's failure to
  honour" is Reagan's justification inside the sanction's purpose (ACCUSE arguable, skipped as 19a's
  "alleged failure"). "a July 1986 agreement to stop dumping computer microchips ... and to open its home
  market" is AGREE JPN -> USA (implied parties, Japan first as 15b/19a), 1986-07 (a nominal with its own
  date, EVENTS.md 11). "Fukukawa said the United States had regrettably not listened to Japan's
  explanation" and "and said Washington had not given any detailed explanation of why it planned to impose
  the tariffs" are two ACCUSE records JPN -> USA (complaints; each reporting clause a record, EVENTS.md 3,
  new content in the second), DCT, TOKYO.
* 9544 (Husky shareholder meeting, DCT Wed 1987-03-25, CALGARY): the board calling a special meeting of
  its own shareholders is internal to one body (41a), "its previously announced agreement for Hutchison
  Whampoa ... and Hongkong Electric ... to acquire a 43 pct interest" a background nominal with no date
  (31a's "previously announced acquisition"; AGREE CAN -> HKG arguable), the two-thirds approval and "If
  approved" conditions, the amalgamation taking effect April 30 conditional content (COOPERATE
  hypothetical arguable), the post-completion holdings stative terms, and the special committee of
  Husky's own outside directors recommending that its board approve the deal internal to one body
  (REQUEST arguable). So the five reporting clauses ("Husky Oil Ltd said", "Husky said" twice, "Husky
  previously announced", "the company said") are STATEMENTs (CAN BUS, CALGARY); "previously announced"
  with no time expression takes the DCT as EVENTS.md 16's "Earlier it reported" (undated arguable).
* 15097 (Honduras PL-480 wheat tender, DCT Wed 1987-04-08, WASHINGTON): the same call as 21b's 14491
  (the Honduras vessel tender): the tender has unnamed offerers (no identified counterpart, COOPERATE
  arguable, skipped), so the four "said" of "an agent for the country" / "The agent" are STATEMENTs (HND
  GOV: the agent acts for Honduras), DCT, WASHINGTON; the laydays and the offers' deadline are tender
  terms.
* 6637 (Peru trade deficit, DCT 1987-03-18, LIMA): "a central bank statement said" is a statistics
  STATEMENT (PER GOV; 23a's "a company statement said"), DCT; the figures are statistics.
* 12437 (Finance Ministry asks banks to moderate dollar sales, DCT Thu 1987-04-02, TOKYO; the same
  story as 28a's 12795, coded the same way): "The Finance Ministry has asked commercial banks to moderate
  their dollar sales, JiJi News Agency reported, quoting financial sources" is REQUEST JPN GOV -> the
  banks (JPN BUS by context), undated (perfect, no time expression; JiJi's "reported" rule-3
  attribution, "quoting" anonymous sources). "Finance Ministry officials were unavailable for comment" is
  a withheld STATEMENT (negated, DCT, TOKYO). The bank dealers who could not confirm the report and the
  "Japanese trust banking sources" are anonymous (skipped), but the act in their talk, "the Ministry had
  asked them to moderate their dollar sales", is coded as the REQUEST's later mention (-> the trust banks,
  JPN BUS; undated). "A Ministry official said earlier this week the ministry had recently surveyed
  currency transactions" is a STATEMENT (the survey domestic administration, no type) and "but declined to
  say whether this aimed at reducing their dollar sales" a withheld STATEMENT (negated, trigger "say",
  41a/43b); "earlier this week" before Thu 2 April is 30 March-1 April, straddling two months: no single
  value, so both are undated (28a/24a; 13b's "earlier this week" lay inside one month), location null.
* 10043 (Ocean Shipping Consultants iron ore report, DCT Thu 1987-03-26, LONDON): a report by a named
  author is a speech act (EVENTS.md 4): "a report by Ocean Shipping Consultants said", "The report
  predicts", "It estimates", "The report sees", "It predicts" and "it added" are six STATEMENTs (forecasts,
  each with new figures; GBR BUS, DCT, LONDON); the agentless "Imports to South East Asia are seen rising"
  and "are expected to double" are content of the report's forecasts (skipped).
* 17452 (FTC study on protectionism, DCT Mon 1987-06-01, WASHINGTON): the FTC report (USA GOV, a named
  author's report) speaks in ten STATEMENTs, DCT, WASHINGTON: "a government study said", "the Federal
  Trade Commission (FTC) report said", the quote '"Such policies ...," it said' (a further assessment;
  a later mention arguable), "The 218-page report ... blamed the rising trade shortfall ... on shifting
  currency exchange rates and growing U.S consumer demand" (blame laid on factors, no actor accused:
  STATEMENT, as 43b's "criticised the concept"), "Other factors commonly blamed ... added little ..., it
  said", the quoted findings "the study said", '"To the extent any government action is needed ...,
  policies should focus on economy-wide phenomena ...," the FTC study said' (a prescription with no actor
  asked, EVENTS.md 2; REQUEST toward the U.S. government arguable), "the report said it found", "It also
  said it found" and "In each case, the study found little or no evidence" (a finding stated in its own
  clause, taken as the report's speech act); "Supporting its conclusion" is a participial elaboration,
  "written by FTC economists" authorship, "The study examined seven factors" the study's scope and
  "commonly blamed" generic (all skipped).
* 19042 (Mitsui stake in Zoran, DCT Fri 1987-06-19, TOKYO): "Mitsui and Co Ltd paid 1.5 mln dlrs in early
  May for a five pct stake in Zoran Corp" is COOPERATE JPN BUS -> USA BUS (a stake purchase between
  companies, EVENTS.md 8), 1987-05 ("early May", month), "a Mitsui spokesman told Reuters" rule-3
  attribution. "He said the two firms will form a marketing company in Japan as early as next year" is
  COOPERATE planned (a joint venture, 19a/9b), one span "the two firms" for both parties (31a's "The
  companies", 16a's "The two countries"; Mitsui JPN first, Zoran USA second), 1988 ("next year", year
  precision), located in Japan, "said" attribution; "details of the joint venture are not yet fixed" is
  stative. "Mitsui expects last year's ... market to grow quickly" is a STATEMENT (a forecast, 32a's
  "expects") and "Zoran was founded in 1981 and now has about 100 employees, he said" a STATEMENT (JPN BUS,
  DCT, TOKYO).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind44a.jsonl"

TOK = ("TOKYO", "JPN")
CAL = ("CALGARY", "CAN")
WAS = ("WASHINGTON", "USA")
LIM = ("LIMA", "PER")
LON = ("LONDON", "GBR")

FUKUKAWA = (("Fukukawa", "However, Fukukawa"), "JPN", "GOV")
FUKUKAWA_LAST = (("Fukukawa", "Fukukawa said the United States had"), "JPN", "GOV")
HUSKY = ("Husky Oil Ltd", "CAN", "BUS")
AGENT = ("an agent for the country", "HND", "GOV")
OSC = ("Ocean Shipping Consultants", "GBR", "BUS")
MITSUI = ("Mitsui and Co Ltd", "JPN", "BUS")
ZORAN = ("Zoran Corp", "USA", "BUS")
JPN_GOV_IMPLIED = (None, "JPN", "GOV")
USA_GOV_IMPLIED = (None, "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16088": {
        "events": [
            # 0
            ("THREATEN", "warned", ("Japan", "JPN", "GOV"), ("the United States", "USA", "GOV"), TOK,
             "1987-04-11", "day", None, "asserted", None,
             "Japan warned it may retaliate if the U.S. imposes its planned sanctions (a conditional threat is "
             "itself asserted); the senior official's saying is the warning (EVENTS.md 1); wire style: DCT, "
             "dateline city"),
            # 1
            ("THREATEN", ("said", "Industry Ministry, said"), ("Shinji Fukukawa", "JPN", "GOV"),
             (("the United States", "if the United States imposes 100"), "USA", "GOV"), TOK,
             "1987-04-11", "day", None, "asserted", 0,
             "later mention: Fukukawa's statement that Japan would consider GATT measures and other actions if the "
             "U.S. imposes the 100 pct tariffs (the lead summarises it); 'statement' part of the reporting clause"),
            # 2
            ("STATEMENT", ("said", "However, Fukukawa said"), FUKUKAWA, None, TOK,
             "1987-04-11", "day", None, "asserted", None,
             "Japan was ready to continue trade talks with the U.S. (a willingness, as 42a's 'still prepared to "
             "negotiate'; CONSULT hypothetical or AGREE arguable); DCT"),
            # 3
            ("CONSULT", ("talks", "emergency talks"), JPN_GOV_IMPLIED, (("America", "convince America"), "USA", "GOV"),
             ("Washington", "USA"),
             "1987-04-09", "day", "yesterday", "asserted", None,
             "two days of emergency talks which ended in Washington yesterday (a nominal with its own predication "
             "and date, EVENTS.md 11; Japan the visitor, talks in the host's capital): Thu-Fri 9-10 April, dated by "
             "its start (EVENTS.md 21's 'today and tomorrow'; 1987-04-10, the end, arguable)"),
            # 4
            ("SANCTION", ("sanctions", "announced the sanctions"), ("President Reagan", "USA", "GOV"), JPN_GOV_IMPLIED,
             None,
             "1987-04-17", "day", "April 17", "planned", None,
             "the sanctions Reagan announced last month, to be imposed on April 17 (first sentence; 19a: 'announced "
             "last week plans to impose tariffs ... on April 17' = SANCTION planned, 'announced' attribution, "
             "'Last month' dates the announcing); Japan implied"),
            # 5
            ("AGREE", "agreement", JPN_GOV_IMPLIED, USA_GOV_IMPLIED, None,
             "1986-07", "month", "July\n1986", "asserted", None,
             "the July 1986 (microchip) agreement (a nominal with its own date, EVENTS.md 11; implied parties, Japan "
             "first as 15b/19a)"),
            # 6
            ("ACCUSE", ("said", "Fukukawa said the United States had"), FUKUKAWA_LAST,
             (("the United States", "said the United States had"), "USA", "GOV"), TOK,
             "1987-04-11", "day", None, "asserted", None,
             "complaint: the U.S. had regrettably not listened to Japan's explanation; DCT"),
            # 7
            ("ACCUSE", ("said", "pact and said"), FUKUKAWA_LAST, (("Washington", "said Washington"), "USA", "GOV"), TOK,
             "1987-04-11", "day", None, "asserted", None,
             "second reporting clause, new content: Washington had given no detailed explanation of why it planned "
             "the tariffs (complaint); DCT"),
        ],
        "skip": [
            ("retaliatory measures", "content of the threat"),
            ("imposes", "condition of the threat (the planned sanctions, coded in the Reagan sentence)"),
            ("statement", "part of the reporting clause"),
            ("consider measures", "content of the threat"),
            (("actions", "other actions"), "content of the threat"),
            (("imposes", "United States imposes 100"), "condition of the threat"),
            (("talks", "continue trade"), "content of the willingness (CONSULT hypothetical arguable)"),
            ("failure to convince", "background nominal: Japan's failed persuasion (REQUEST arguable)"),
            ("call off", "content of the failed persuasion"),
            ("threatened tariffs", "anaphoric nominal (the U.S. sanctions)"),
            ("ended", "aspectual (end of the talks)"),
            ("announced", "attribution of the sanctions (rule 3, 19a); 'Last month' dates the announcing"),
            ("retaliation", "purpose of the sanctions"),
            (("called", "what he called"), "Reagan's justification, embedded in the sanctions' purpose (ACCUSE "
                                          "arguable; 19a's 'alleged failure' skipped)"),
            ("failure to honour", "content of the justification"),
            ("stop dumping", "content of the agreement"),
            (("open", "to open its"), "content of the agreement"),
            ("listened", "content of the complaint"),
            (("explanation", "Japan's explanation"), "background nominal (Japan's explanation of its efforts)"),
            ("live up", "content"),
            ("given", "content of the complaint"),
            (("impose", "planned to impose"), "content of the complaint"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            (("United States", "if the United States imposes its"), "GPE", "USA"),
            ("Shinji Fukukawa", "PERSON", "JPN"),
            ("International Trade and Industry Ministry", "ORG", "JPN"),
            (("Japan", "statement Japan"), "GPE", "JPN"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("United States", "if the United States imposes 100"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Fukukawa", "However, Fukukawa"), "PERSON", "JPN"),
            (("Japan", "said Japan was"), "GPE", "JPN"),
            (("United States", "talks with the United States"), "GPE", "USA"),
            ("America", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Japan", "he called Japan"), "GPE", "JPN"),
            (("United States", "outside the United States"), "GPE", "USA"),
            ("American", "NORP", "USA"),
            (("Fukukawa", "Fukukawa said the United States had"), "PERSON", "JPN"),
            (("United States", "said the United States had"), "GPE", "USA"),
            (("Japan", "listened to Japan"), "GPE", "JPN"),
            (("Washington", "said Washington"), "GPE", "USA"),
        ],
    },
    "reuters21578-9544": {
        "events": [
            # 0
            ("STATEMENT", "said", HUSKY, None, CAL,
             "1987-03-25", "day", None, "asserted", None,
             "the board called a special shareholders' meeting for April 22 (internal to one body, 41a); the "
             "previously announced agreement a background nominal (31a); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "April 30, Husky said"), (("Husky", "April 30, Husky"), "CAN", "BUS"), None, CAL,
             "1987-03-25", "day", None, "asserted", None,
             "the amalgamation will take effect April 30 if approved (conditional terms; COOPERATE hypothetical "
             "arguable); DCT"),
            # 2
            ("STATEMENT", ("said", "Husky said a special"), (("Husky", "Husky said a special"), "CAN", "BUS"), None,
             CAL,
             "1987-03-25", "day", None, "asserted", None,
             "a committee of its own outside directors recommended the board approve the deal (internal to one body; "
             "REQUEST arguable); DCT"),
            # 3
            ("STATEMENT", ("announced", "Husky previously"), (("Husky", "Husky previously"), "CAN", "BUS"), None, CAL,
             "1987-03-25", "day", None, "asserted", None,
             "shareholders' cash or share option (deal terms); 'previously announced' with no time expression "
             "takes the DCT as EVENTS.md 16's 'Earlier it reported' (undated arguable)"),
            # 4
            ("STATEMENT", ("said", "the company said"), (("the company", "funds, the company"), "CAN", "BUS"), None, CAL,
             "1987-03-25", "day", None, "asserted", None,
             "U.S. shareholders restricted to the cash option, paid in U.S. funds (deal terms); DCT"),
        ],
        "skip": [
            ("called", "the board calling its own shareholders' meeting (internal to one body, 41a)"),
            ("special meeting", "internal meeting of one body (the company's shareholders)"),
            ("vote", "content (shareholders' vote at their own meeting)"),
            (("announced", "previously announced agreement"), "part of the background nominal"),
            ("agreement", "background nominal: the previously announced acquisition agreement, no date (31a's "
                          "'previously announced acquisition'; AGREE arguable)"),
            ("acquire", "content of the background agreement"),
            ("acquisition", "anaphoric nominal"),
            (("approval", "two-thirds"), "condition (shareholder approval)"),
            ("owns", "stative"),
            ("approved", "condition ('if approved')"),
            ("amalgamation", "form of the acquisition (11b), conditional content"),
            ("take\neffect", "conditional content of the statement"),
            ("completion", "anaphoric nominal"),
            (("hold", "will hold a 43"), "terms after completion (stative)"),
            (("controlled", "new company"), "stative"),
            (("hold", "indirectly hold"), "terms (stative)"),
            (("own", "will own"), "terms (stative)"),
            ("recommended", "a committee of its own directors to its own board: internal to one body (REQUEST "
                            "arguable)"),
            (("approve", "board approve"), "content of the internal recommendation"),
            ("determining", "internal deliberation"),
            ("receive", "content of the statement (deal terms)"),
            (("controlled", "which will be"), "stative"),
            ("restricted", "content of the statement (deal terms)"),
            ("paid", "content of the statement (deal terms)"),
        ],
        "entities": [
            ("Husky Oil Ltd", "ORG", "CAN"),
            ("Hong Kong", "GPE", "HKG"),
            ("Hutchison Whampoa Ltd", "ORG", "HKG"),
            ("Hongkong Electric Holdings Ltd", "ORG", "HKG"),
            (("Husky", "by Husky"), "ORG", "CAN"),
            ("Nova, An Alberta Corp", "ORG", "CAN"),
            (("Husky", "interest in Husky"), "ORG", "CAN"),
            (("Husky", "April 30, Husky"), "ORG", "CAN"),
            ("Oil Term Holdings Ltd", "ORG", "CAN"),
            (("Nova", "controlled by Nova"), "ORG", "CAN"),
            (("Husky", "stake in Husky"), "ORG", "CAN"),
            (("Hutchison", "Hutchison and Hongkong"), "ORG", "HKG"),
            (("Hongkong", "Hutchison and Hongkong"), "ORG", "HKG"),
            ("Victor T.K. Li", "PERSON", "HKG"),
            ("Canadian Imperial Bank of Commerce", "ORG", "CAN"),
            (("Husky", "Husky said a special"), "ORG", "CAN"),
            (("Husky", "interests of Husky"), "ORG", "CAN"),
            (("Husky", "Husky previously"), "ORG", "CAN"),
            (("Canadian", "11.80 Canadian"), "NORP", "CAN"),
            ("Oil Term Investment Ltd", "ORG", "CAN"),
            (("Nova", "controlled by Nova through"), "ORG", "CAN"),
            (("Oil Term Holdings", "Nova through"), "ORG", "CAN"),
            (("Husky", "insterest in Husky"), "ORG", "CAN"),
            (("U.S.", "U.S. shareholders"), "GPE", "USA"),
            (("Canadian", "right to receive"), "NORP", "CAN"),
            (("U.S.", "U.S. funds"), "GPE", "USA"),
        ],
    },
    "reuters21578-15097": {
        "events": [
            # 0
            ("STATEMENT", "said", AGENT, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "announcement of Honduras' PL-480 wheat tender for April 13 (a tender with unnamed offerers: no type, "
             "21b's 14491 Honduras tender); the agent acts for Honduras (HND GOV, 21b); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The agent said Honduras"), ("The agent", "HND", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None, "tender terms: the wheat classes sought"),
            # 2
            ("STATEMENT", ("said", "The agent said NS/DNS"), (("The agent", "The agent said NS/DNS"), "HND", "GOV"),
             None, WAS,
             "1987-04-08", "day", None, "asserted", None, "tender terms: NS/DNS laydays"),
            # 3
            ("STATEMENT", ("said", "April 14, the agent"), (("the agent", "April 14, the agent"), "HND", "GOV"), None,
             WAS,
             "1987-04-08", "day", None, "asserted", None, "tender terms: offers due April 13, valid to April 14"),
        ],
        "skip": [
            ("tender", "import tender with unnamed offerers: no identified counterpart (21b; COOPERATE arguable)"),
            ("seeking", "content of the statement (tender terms)"),
            (("include", "laydays include July"), "content of the statement (tender terms)"),
            (("include", "HRW laydays"), "tender terms, no reporting clause"),
            ("Offers", "offers by unnamed exporters (tender terms)"),
            ("remain\nvalid", "content of the statement"),
        ],
        "entities": [
            ("Honduras", "GPE", "HND"),
            (("Honduras", "The agent said Honduras"), "GPE", "HND"),
            (("U.S.", "is seeking U.S."), "GPE", "USA"),
            (("U.S.", "and U.S. no"), "GPE", "USA"),
        ],
    },
    "reuters21578-6637": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a central\nbank statement", "PER", "GOV"), None, LIM,
             "1987-03-18", "day", None, "asserted", None,
             "statistics release: 1986 trade deficit (a statement by a named author, 23a's 'a company statement "
             "said'); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("registered", "statistics"),
            ("compared", "statistics"),
            ("fell", "statistics"),
        ],
        "entities": [
            ("Peru", "GPE", "PER"),
            (("Peru", "Peru's exports"), "GPE", "PER"),
        ],
    },
    "reuters21578-12437": {
        "events": [
            # 0
            ("REQUEST", "asked", ("The Finance Ministry", "JPN", "GOV"), ("commercial\nbanks", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the ministry asked commercial banks to moderate their dollar sales (28a's 12795, the same story: moral "
             "suasion toward identified parties); relayed by JiJi quoting financial sources ('reported' rule-3 "
             "attribution); perfect with no time expression: undated; the banks Japanese by context"),
            # 1
            ("STATEMENT", "comment", ("Finance Ministry officials", "JPN", "GOV"), None, TOK,
             "1987-04-02", "day", None, "negated", None,
             "withheld statement: officials unavailable for comment (EVENTS.md 5, 28a); DCT, dateline city"),
            # 2
            ("REQUEST", ("asked", "Ministry had asked"), (("the Ministry", "sources said the"), "JPN", "GOV"),
             (("them", "asked them"), "JPN", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the ministry had asked the trust banks to moderate their dollar sales (an identifiable "
             "agent's act inside anonymous sources' talk, 28a); 'Earlier' dates the sources' saying: undated"),
            # 3
            ("STATEMENT", ("said", "Ministry official said"), ("A Ministry official", "JPN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the ministry had recently surveyed investors' currency transactions (domestic administration, no "
             "type); 'earlier this week' before Thu 2 April = 30 March-1 April straddles two months: no single value "
             "(28a/24a); location null (not dated by the DCT)"),
            # 4
            ("STATEMENT", "say", ("A Ministry official", "JPN", "GOV"), None, None,
             None, "unknown", None, "negated", None,
             "withheld statement: declined to say whether the survey aimed at reducing dollar sales (trigger on the "
             "withheld verb, 41a/43b); the same occasion as the saying: undated"),
        ],
        "skip": [
            ("moderate", "content of the request"),
            ("reported", "attribution (JiJi's report of the request, rule 3)"),
            ("quoting", "anonymous-source attribution (financial sources)"),
            ("confirmed", "anonymous bank dealers"),
            (("said", "banking sources said"), "anonymous-source talk (trust banking sources)"),
            (("moderate", "asked them to"), "content of the request"),
            ("surveyed", "the ministry's own survey of currency transactions: domestic administration, no type"),
            ("aimed", "content of the withheld statement"),
            ("reducing", "content of the withheld statement"),
        ],
        "entities": [
            ("Finance Ministry", "ORG", "JPN"),
            ("JiJi News Agency", "ORG", "JPN"),
            (("Finance Ministry", "Finance Ministry officials"), "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Ministry", "sources said the Ministry"), "ORG", "JPN"),
            (("Ministry", "A Ministry"), "ORG", "JPN"),
        ],
    },
    "reuters21578-10043": {
        "events": [
            # 0
            ("STATEMENT", "said", OSC, None, LON,
             "1987-03-26", "day", None, "asserted", None,
             "forecast: world seaborne iron ore imports will fall sharply by 2000 (a report by a named author, "
             "EVENTS.md 4); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "predicts", ("The report", "GBR", "BUS"), None, LON,
             "1987-03-26", "day", None, "asserted", None,
             "forecast: 267.7 mln tonnes by 2000 (new content: the figures); DCT"),
            # 2
            ("STATEMENT", "estimates", (("It", "It estimates"), "GBR", "BUS"), None, LON,
             "1987-03-26", "day", None, "asserted", None, "estimate: bulk shipping demand to fall almost 10 pct"),
            # 3
            ("STATEMENT", "sees", (("The report", "The report sees"), "GBR", "BUS"), None, LON,
             "1987-03-26", "day", None, "asserted", None, "forecast: EC and Japanese imports falling"),
            # 4
            ("STATEMENT", ("predicts", "It predicts"), (("It", "It predicts"), "GBR", "BUS"), None, LON,
             "1987-03-26", "day", None, "asserted", None, "forecast: EC and Japanese steel production falling"),
            # 5
            ("STATEMENT", "added", (("it", "it added"), "GBR", "BUS"), None, LON,
             "1987-03-26", "day", None, "asserted", None,
             "forecast: South Korea and Taiwan to double output, Chinese production up (new content)"),
        ],
        "skip": [
            ("fall sharply", "content of the forecast"),
            (("fall", "sector will"), "content of the estimate"),
            ("falling", "content of the forecast"),
            ("are seen", "agentless continuation of the report's forecast (no reporting clause of its own)"),
            (("fall", "production will"), "content of the forecast"),
            ("expected", "content of the forecast"),
            ("double", "content of the forecast"),
        ],
        "entities": [
            ("EC", "ORG", None),
            ("Japan", "GPE", "JPN"),
            ("South\nEast Asia", "LOC", None),
            ("Ocean Shipping Consultants", "ORG", "GBR"),
            (("EC", "report sees EC"), "ORG", None),
            ("Japanese", "NORP", "JPN"),
            (("South East Asia", "Imports to South"), "LOC", None),
            (("EC", "predicts that EC"), "ORG", None),
            (("Japanese", "with Japanese\nproduction"), "NORP", "JPN"),
            ("South Korea", "GPE", "KOR"),
            ("Taiwan", "GPE", "TWN"),
            ("Chinese", "NORP", "CHN"),
        ],
    },
    "reuters21578-17452": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a government\nstudy", "USA", "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "assessment: tariffs and quotas will do little to cut the trade deficit (the FTC report, a named "
             "author's report; EVENTS.md 4); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "report said"), ("the Federal Trade Commission (FTC) report", "USA", "GOV"), None,
             WAS,
             "1987-06-01", "day", None, "asserted", None,
             "protectionist policies could make U.S. products less competitive (new content: the mechanism); DCT"),
            # 2
            ("STATEMENT", ("said", 'Economy," it said'), (("it", 'Economy," it said'), "USA", "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "quote: such policies more likely to hurt than help U.S. productive capabilities (a further assessment; "
             "a later mention of e1 arguable); DCT"),
            # 3
            ("STATEMENT", "blamed", ("The 218-page report", "USA", "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "blamed the deficit on exchange rates and U.S. consumer demand (blame on factors, no actor accused: "
             "STATEMENT as 43b's 'criticised the concept'); DCT"),
            # 4
            ("STATEMENT", ("said", "problem, it said"), (("it", "problem, it said"), "USA", "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "other commonly blamed factors added little (foreign trade practices are a generic factor, no actor "
             "accused); DCT"),
            # 5
            ("STATEMENT", ("said", 'deficit," the study said'), (("the study", 'deficit," the study said'), "USA", "GOV"),
             None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "quote: no significant industry-specific changes explain the deficit; DCT"),
            # 6
            ("STATEMENT", ("said", "the FTC study said"), ("the FTC study", "USA", "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "quote: policies should focus on economy-wide phenomena (prescription with no actor asked, EVENTS.md 2; "
             "REQUEST toward the U.S. government arguable); DCT"),
            # 7
            ("STATEMENT", ("said", "the report\nsaid it found"), (("the report", "the report\nsaid it found"), "USA",
                                                                 "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "nearly all U.S. industries lost domestic market share (finding); 'Supporting' a participial "
             "elaboration; DCT"),
            # 8
            ("STATEMENT", ("said", "It also said"), (("It", "It also said"), "USA", "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "a 'fairly direct relationship' between the deficit and exchange rates (finding); DCT"),
            # 9
            ("STATEMENT", ("found", "the study found"), (("the study", "the study found"), "USA", "GOV"), None, WAS,
             "1987-06-01", "day", None, "asserted", None,
             "the study found little or no evidence the factors affected the deficit (a report's finding stated as "
             "its own clause: a speech act of a named author's report); DCT"),
        ],
        "skip": [
            ("reduce", "content of the assessment"),
            ("cut", "content of the assessment"),
            ("raising", "content of the statement"),
            ("re-exported", "content of the statement"),
            ("written", "authorship of the report (no type)"),
            ("climbed", "statistics"),
            (("blamed", "commonly blamed for the deficit"), "generic (commonly blamed by no one named)"),
            (("restrictions", "government restrictions"), "generic factor (content)"),
            (("find", "we find"), "part of the quote (the study's finding, coded on 'said')"),
            ("action", "hypothetical content of the quote"),
            ("Supporting", "participial elaboration of the statement (EVENTS.md 3)"),
            (("found", "said it found that"), "content of the statement"),
            ("lost", "content of the statement (statistics)"),
            (("found", "said it found a"), "content of the statement"),
            ("examined", "description of the study's scope (no speech act)"),
            (("blamed", "commonly\nblamed for the trade"), "generic (commonly blamed by no one named)"),
            ("subsidies", "generic factor (content)"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Federal Trade Commission", "ORG", "USA"),
            ("FTC", "ORG", "USA"),
            (("U.S.", "make U.S."), "GPE", "USA"),
            (("U.S.", "of the U.S."), "GPE", "USA"),
            (("FTC", "FTC economists"), "ORG", "USA"),
            ("John Hilke", "PERSON", "USA"),
            ("Philip Nelson", "PERSON", "USA"),
            (("U.S", "growing U.S"), "GPE", "USA"),
            (("U.S.", "deteriorating U.S."), "GPE", "USA"),
            (("FTC", "the FTC study"), "ORG", "USA"),
            (("U.S.", "all U.S."), "GPE", "USA"),
            (("U.S.", "rates, U.S."), "GPE", "USA"),
            (("U.S.", "investment in U.S."), "GPE", "USA"),
            (("U.S.", "development\nin U.S."), "GPE", "USA"),
            (("U.S.", "and U.S. Antitrust"), "GPE", "USA"),
        ],
    },
    "reuters21578-19042": {
        "events": [
            # 0
            ("COOPERATE", "paid", MITSUI, ZORAN, None,
             "1987-05", "month", "early May", "asserted", None,
             "Mitsui paid 1.5 mln dlrs for a five pct stake in Zoran (an acquisition between companies, EVENTS.md 8); "
             "'early May' = 1987-05; the spokesman's 'told Reuters' is rule-3 attribution"),
            # 1
            ("COOPERATE", "form", (("the two firms", "He said the two"), "JPN", "BUS"),
             (("the two firms", "He said the two"), "USA", "BUS"),
             ("Japan", "JPN"),
             "1988", "year", "next year", "planned", None,
             "the two firms will form a marketing joint venture in Japan as early as next year (19a/9b's joint "
             "venture = COOPERATE planned; one span for both parties, 31a's 'The companies' / 16a's 'The two "
             "countries', Mitsui first); 'next year' = 1988; 'said' attribution"),
            # 2
            ("STATEMENT", "expects", (("Mitsui", "Mitsui expects"), "JPN", "BUS"), None, TOK,
             "1987-06-19", "day", None, "asserted", None,
             "forecast: the Japanese LSI market will grow quickly (32a's 'expects'); DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "employees, he said"), (("he", "employees, he said"), "JPN", "BUS"), None, TOK,
             "1987-06-19", "day", None, "asserted", None,
             "background on Zoran: founded 1981, about 100 employees; DCT"),
        ],
        "skip": [
            ("told", "attribution of the stake purchase (rule 3)"),
            (("said", "He said"), "attribution of the joint venture (rule 3)"),
            ("joint venture", "anaphoric nominal (the planned marketing company)"),
            ("fixed", "stative (details not yet fixed)"),
            ("grow", "content of the forecast (market growth)"),
            ("founded", "background (founding of Zoran, no counterpart)"),
        ],
        "entities": [
            ("Mitsui and Co Ltd", "ORG", "JPN"),
            ("Zoran Corp", "ORG", "USA"),
            ("California", "GPE", "USA"),
            (("Mitsui", "a Mitsui"), "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("Japan", "company in\nJapan"), "GPE", "JPN"),
            (("Mitsui", "Mitsui expects"), "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Zoran", "Zoran was"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
