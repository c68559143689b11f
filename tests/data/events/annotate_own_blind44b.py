"""Build ``own_blind44b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind44b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,491 left); 24 drawn with random.Random(44101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
58 event records (55 first mentions, 3 later mentions), 109 not_annotated spans, 123 entity mentions
(GPE 53, ORG 36, PERSON 19, NORP 12, LOC 3); one article without events (17470, Kuwait's shut aid window: a
negative); 17096 (Exxon results) and 10297 (Japan's current account) have reporting-clause STATEMENTs only.
Types: STATEMENT 33, CONSULT 14, AGREE 5, COOPERATE 4, THREATEN 1, REQUEST 1; modality: asserted 38,
planned 15, hypothetical 3, negated 2; precision: day 45, unknown 10, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Two wrong first matches were caught in the printed context and
fixed: the last "the Ministry said" of 10297 (actor and entity) matching the second one, and the entity "U.S."
of "some other U.S. Firms" matching inside "Another U.S. Firm". See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("U.S. Commerce Secretary
Malcolm Baldrige": GPE "U.S." + PERSON, 42a/43b; "South Korean President Chun Doo-hwan": NORP + PERSON;
"Governor David Wilson", "Trade and Industry Secretary Eric Ho", "Finance Secretary Jaime Ongpin",
"Japanese Finance Minister Kiichi Miyazawa": the PERSON, with the NORP where given; "Zheng Tuobin, minister
for foreign economic relations and trade": the PERSON only, the lower-case title is no ORG); a named body is
one ORG span with no nested GPE or NORP ("Kuwait Central Bank", "Toyota Motor Manufacturing USA Inc",
"U.S.-China Joint Commission on Commerce and Trade", "Ministry of Foreign Economic Relations and Trade");
the capitalised "the Ministry" is ORG of its country by context (28a/32a), the lower-case "central bank",
"the ministry", "the government", "the committee" are not tagged; "parliamentary Upper House budget
committee" gives ORG "Upper House budget committee" JPN (43b's "House Appropriations subcommittee");
bracketed tickers left out, possessive 's left out ("General Motors Corp's", "Toyota's", "Baldrige's").
Countries: Kuwait Central Bank ORG KWT, "Kuwaiti" NORP KWT, the Gulf LOC null (14a); the U.S. GPE USA
(also in "U.S. Trade", "U.S. Goods", "U.S. Rules", "U.S. Support", "U.S. Firm(s)", "U.S. Market", "U.S.
Government bonds", 42a), the Far East LOC null (14a/16b), China and Peking GPE CHN, "Chinese" NORP CHN,
South Korea GPE KOR, "South Korean" NORP KOR, the Philippines GPE PHL (also in "Philippines President"),
Hong Kong GPE HKG (12b/16b), "British" NORP GBR, "Asian" NORP null (a regional adjective, as 42a's
"Scandinavian"), "American" NORP USA; Chun Doo-hwan and Rha Woong Bae PERSON KOR, Zheng Tuobin PERSON
CHN, David Wilson and Eric Ho PERSON HKG (officials of the Hong Kong government, 12b's Cartland; GBR for
the British-appointed governor arguable), Corazon Aquino, Jaime Ongpin and Jose Concepcion PERSON PHL,
the U.S.-China Joint Commission on Commerce and Trade ORG null (a bilateral body; 42a's U.S.-Iraq Business
Forum was USA because its members are U.S. firms), the American Chamber of Commerce (in Hong Kong) ORG USA
(its name); Exxon Corp / Exxon ORG USA; the General Agreement on Tariffs and Trade / GATT ORG null (12a/12b),
the People's Daily ORG CHN (37b), the Ministry of Foreign Economic Relations and Trade ORG CHN, Geneva GPE
CHE, "Third World" LOC null (43b); Kiichi Miyazawa PERSON JPN, Japan GPE JPN, "Japanese" NORP JPN;
Nigeria GPE NGA, Barclays Bank Plc / Barclays ORG GBR (11b); the Finance Ministry / the Ministry ORG JPN;
Toyota Motor Corp / Toyota ORG JPN, its wholly owned subsidiary Toyota Motor Manufacturing USA Inc / TMM
ORG USA (a subsidiary takes the country its name gives, 28b/41a/43b), General Motors Corp, GM Delco
Products and Illinois Tool Works Inc ORG USA, Nippondenso Co Ltd and Aisin Seiki Co Ltd ORG JPN (the
"two Japanese companies"), Kentucky GPE USA, Reuters ORG GBR. The Multi-Fibre Agreement / MFA and the
"new MFA pact" (agreements, 12b), currencies (dinar, dlrs, yuan), Ramadan (a religious month), products
and plants are not entities.

Judgement calls made here:
* 17470 (Kuwait aid window, DCT Mon 1987-06-01, KUWAIT): no event, as 20b's 17952 (the same story type).
  The central bank keeping its funding window shut, the "suspension of central bank aid", "The central
  bank's move" and the cut / reduced dinar exchange rate are monetary operations and exchange-rate fixing
  (EVENTS.md 10); "dealers said" and "Bankers see" are anonymous; rates and traders' scramble are market
  movements.
* 16788 (Baldrige's Far East trip, DCT Fri 1987-04-17, WASHINGTON): every announced leg is a planned
  CONSULT with "U.S. Officials say/said" as rule-3 attribution. "leaves on Saturday on a 10-day trip to the
  Far East to help ... improve business relations with China, South Korea and the Philippines" is CONSULT USA
  GOV -> a group (null; 21a's tour of European capitals, the three countries are the purpose; split records
  arguable), 1987-04-18 ("on Saturday", future), trigger "leaves" (13b's "depart"; "trip" skipped). "will also
  stop in Hong Kong to meet British officials and local U.S. And Hong Kong businessmen" is split by target
  country (EVENTS.md 12): GBR GOV, USA BUS, HKG BUS records on "meet", dated 1987-04-27 by the later "In Hong
  Kong, Baldrige will hold meetings on April 27" (rule 3: placed in the Hong Kong stop); "stop" skipped as
  the frame (CONSULT USA -> HKG arguable). Chun and Rha "on Monday" = 1987-04-20 (no place given). "will be in
  Peking from April 21 to 24" is CONSULT USA -> CHN (host implied) on "be in", dated by its start 1987-04-21
  (EVENTS.md 21); the meeting with Zheng Tuobin, the U.S.-China Joint Commission meeting (bilateral talks:
  CONSULT USA -> CHN, the Chinese side implied; an internal meeting of one body arguable) and the address to
  a management and training organisation (STATEMENT planned, 16b's planned speech) are placed in the stay
  and take its start 1987-04-21 (37b; 1987-04 arguable). "U.S. Officials said a chief purpose of Baldrige's
  visit would be to discuss relaxed U.S. Rules for transferring modern technology" is a STATEMENT (the
  visit's agenda, DCT; a later mention of the Peking CONSULT arguable; the relaxed rules a background
  nominal, RETREAT arguable). The Hong Kong meetings with Governor David Wilson and Eric Ho are one CONSULT
  USA -> HKG GOV (same-country compound; the governor as GBR arguable), 1987-04-27, and "addressing the
  American Chamber of Commerce" a planned STATEMENT the same day. Aquino "on April 28" is CONSULT USA -> PHL
  (the show of support and the discussion are its purpose, skipped; SUPPORT arguable); "He will also will
  meet Finance Secretary Jaime Ongpin and ... Jose Concepcion" is one CONSULT USA -> PHL placed in the
  Philippine visit, 1987-04-28 (its own day unknown). The 1986 deficits are statistics.
* 17096 (Exxon first-quarter results, DCT Fri 1987-04-24, NEW YORK): "Exxon Corp reported" and its ten
  "said" clauses are eleven statistics/assessment STATEMENTs (USA BUS, DCT; each reporting clause a record,
  EVENTS.md 3); "citing" and "Commenting" are participial frames, the divestment of gold operations and the
  1986 asset sales background nominals with unnamed buyers, the share buyback ("purchases", "acquired")
  corporate finance, the reorganization and cost control internal, prices and margins market movements.
* 17935 (China and the MFA protocol, DCT Tue 1987-06-02, PEKING): "China took a serious view of a ... protocol
  which it said infringed principles of ... GATT, the People's Daily overseas edition said" is one STATEMENT
  by the newspaper (CHN ORG, own_dev/37b; DCT, PEKING): China's stance is on an agreement, not an actor
  (43b/32a's criticism of a concept), relayed as the report's content ("took a serious view" and the inner
  "said" skipped; a relayed STATEMENT CHN GOV undated, or ACCUSE, arguable). "It quoted a spokesman of the
  Ministry ... as saying" is relayed speech: STATEMENT CHN GOV on "quoted", undated (own_blind3, 15b/17b).
  The protocol "signed on July 31 last year" is AGREE by the unnamed signatories (null -> null, EVENTS.md 11's
  nominal with its own date), 1986-07-31; "Fifty major textile trading countries adopted the new MFA last
  July in Geneva" is its later mention with its own time expression (1986-07, EVENTS.md 21), and "10 months
  after it was signed by other nations" a later mention with the first mention's date; "limiting Third World
  exports" is the agreement's effect (skipped, SANCTION arguable). "The newspaper said China signed the
  protocol on May 31" is AGREE CHN GOV -> the other signatories (implied, null), 1987-05-31, "said" rule-3
  attribution. The U.S. diplomat is anonymous (EVENTS.md 4: diplomats; all his "said", "estimated" and "gave
  no more details" skipped), but the acts he relays name their agents and are coded (23b/35a): the months of
  U.S.-China talks (CONSULT USA -> CHN, undated), "with the U.S. Saying that it would have to introduce
  unilateral restraints if China did not sign" (THREATEN USA -> CHN, asserted, placed in the undated talks:
  unknown), the two rounds of talks on a new textile pact (CONSULT CHN -> USA, a different set of talks,
  undated) and "a problem the Ministry ... admitted to last week" (STATEMENT CHN GOV, "last week" from Tue
  1987-06-02 = 25-31 May, kept at its month 1987-05, EVENTS.md 21). "They involved discussion" is content of
  the talks; the flooding of the U.S. market and the customs figures are trade statistics.
* 17240 (Miyazawa on the dollar, DCT Mon 1987-04-27, TOKYO; all at a Diet committee, no place: dateline
  city): "told a parliamentary Upper House budget committee", "He said concerted intervention is only a
  supplementary measure", "and repeated that policy coordination among major industrial nations is
  necessary" (a second reporting verb, EVENTS.md 3; prescriptive talk about the speaker's own group is a
  STATEMENT as own_blind's "We should ..."; REQUEST toward the group arguable), "Miyazawa said the government
  is not considering investing in U.S. Government bonds", "he added", "he said" (the ministry will consider
  where to invest) and the answer "Miyazawa said the U.S. Has not been able to take action now" are
  STATEMENTs (JPN GOV, DCT); the quote '"We cannot expect currency stability only through coordinated market
  intervention," he said' is the later mention of the intervention remark. "Miyazawa also told the
  committee the U.S. Has not called on Japan to cut its 2.5 pct discount rate" is REQUEST USA -> JPN, negated
  (an explicitly withheld request, 35b), undated (present perfect, EVENTS.md 17), "told" rule-3 attribution
  (a STATEMENT on "told" arguable). The question ("Asked", the hypothetical request to the U.S.) is skipped.
* 19160 (Nigeria / Barclays rescheduling, DCT Fri 1987-06-19, LONDON): "A target date of mid-September has
  been set for the signing of a package rescheduling Nigeria's ... debt ..., Nigeria and Barclays Bank Plc
  said in a joint statement" is AGREE NGA GOV -> Barclays (GBR BUS) on "signing", planned, 1987-09
  ("mid-September"), "said" rule-3 attribution, "set" the frame and the rescheduling the content; actor2 is
  Barclays, the statement's other party and co-chairman of the commercial bank steering committee (the
  committee itself, null BUS as 36b's bank advisory committee, arguable). "a two day meeting here between
  the two sides" is CONSULT NGA -> Barclays in London (a nominal with its own predication, EVENTS.md 11),
  undated (rule 17; its last day is the statement's, so DCT arguable); "The statement was issued" refers back
  to the lead's joint statement (skipped). 'The statement said, "Further progress has been made in the
  1986/87 rescheduling ..."' is a STATEMENT by a statement with identifiable authors (19a/39b), split by
  party (7b's joint statement): NGA GOV and GBR BUS records, DCT, LONDON.
* 10297 (Japan's February current account, DCT Fri 1987-03-27, TOKYO): the four "(Finance) Ministry said"
  clauses are statistics STATEMENTs (JPN GOV, DCT); the other figures have no reporting verb.
* 5242 (Toyota's U.S. suppliers, DCT Mon 1987-03-16, TOKYO): "Toyota Motor Corp ... is likely to name more
  American companies as suppliers of car parts for its wholly-owned U.S. Subsidiary ..., a Toyota official
  told Reuters" is COOPERATE JPN BUS -> USA BUS (purchases from parties identified by nationality, as 19b's
  considered purchase from U.S. sellers; own_blind coded Japan's promise to buy U.S. car parts as AGREE),
  planned ("is likely to"), undated, "told" rule-3 attribution; the parent is the buyer (for its U.S. unit).
  "Toyota is studying the use of ... GM Delco Products ... and Illinois Tool Works Inc" (one record,
  same-country compound), "Another U.S. Firm may be used" (Toyota implied) and "Toyota is also considering
  some other U.S. Firms as suppliers" are COOPERATE JPN -> USA BUS, hypothetical (merely considered, 19b),
  undated, "he said" attribution. "Toyota had originally planned to use two Japanese companies" is an
  abandoned earlier plan (skipped; COOPERATE negated arguable). "the spokesman declined to name them" is a
  withheld STATEMENT (negated, trigger on "name", 41a/43b), "he said" (60 pct local content at the Kentucky
  plant: the company's own production plan) a STATEMENT, both DCT, TOKYO; the plant's start-up has no type;
  "Industry sources said" is anonymous and the criticism it mentions its content.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind44b.jsonl"

WAS = ("WASHINGTON", "USA")
NY = ("NEW YORK", "USA")
PEK = ("PEKING", "CHN")
TOK = ("TOKYO", "JPN")
LON = ("LONDON", "GBR")
HK = ("Hong Kong", "HKG")
PEKING = ("Peking", "CHN")

BALDRIGE = ("U.S. Commerce Secretary Malcolm Baldrige", "USA", "GOV")
EXXON = ("Exxon Corp", "USA", "BUS")
MIYAZAWA = ("Japanese Finance Minister Kiichi Miyazawa", "JPN", "GOV")
MOF = ("the Finance Ministry", "JPN", "GOV")
CHN_GOV_IMPLIED = (None, "CHN", "GOV")
GROUP_GOV_IMPLIED = (None, None, "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17470": {
        "events": [],
        "skip": [
            ("kept", "monetary operation: the central bank kept its funding window shut (EVENTS.md 10, 20b's 17952)"),
            ("said", "anonymous-source talk (dealers)"),
            ("drove", "market-price movement"),
            ("scrambled", "market activity by unnamed traders"),
            ("see", "anonymous-source talk (bankers)"),
            ("suspension", "monetary operation (the suspended central bank aid), content of the bankers' view"),
            ("drive up", "purpose of the monetary operation"),
            ("stem", "purpose of the monetary operation"),
            (("move", "The central bank's"), "anaphoric nominal (the monetary operation)"),
            (("cut", "steady cut"), "exchange-rate fixing (monetary operation)"),
            ("reduced", "exchange-rate fixing (monetary operation)"),
            ("celebrated", "no event (a holiday)"),
        ],
        "entities": [
            ("Kuwait Central Bank", "ORG", "KWT"),
            ("Kuwaiti", "NORP", "KWT"),
            ("Gulf", "LOC", None),
        ],
    },
    "reuters21578-16788": {
        "events": [
            # 0
            ("CONSULT", "leaves", BALDRIGE, GROUP_GOV_IMPLIED, ("Far East", None),
             "1987-04-18", "day", "on Saturday", "planned", None,
             "10-day trip to the Far East (a region: hosts a group, null, 21a's tour of European capitals; split "
             "into CHN/KOR/PHL records arguable); future Saturday from Fri 1987-04-17; 'U.S. Officials say' "
             "rule-3 attribution"),
            # 1
            ("CONSULT", ("meet", "Kong to meet"), (("Baldrige", "Baldrige will also stop"), "USA", "GOV"),
             ("British officials", "GBR", "GOV"), HK,
             "1987-04-27", "day", "April 27", "planned", None,
             "will meet British officials in Hong Kong (compound target split by country, EVENTS.md 12); the Hong "
             "Kong stop is dated by 'In Hong Kong, Baldrige will hold meetings on April 27' (rule 3)"),
            # 2
            ("CONSULT", ("meet", "Kong to meet"), (("Baldrige", "Baldrige will also stop"), "USA", "GOV"),
             ("local U.S. And Hong Kong businessmen", "USA", "BUS"), HK,
             "1987-04-27", "day", "April 27", "planned", None,
             "will meet local U.S. businessmen in Hong Kong (compound split: USA part)"),
            # 3
            ("CONSULT", ("meet", "Kong to meet"), (("Baldrige", "Baldrige will also stop"), "USA", "GOV"),
             ("local U.S. And Hong Kong businessmen", "HKG", "BUS"), HK,
             "1987-04-27", "day", "April 27", "planned", None,
             "will meet Hong Kong businessmen (compound split: HKG part)"),
            # 4
            ("CONSULT", ("meet", "Baldrige will meet South"), (("Baldrige", "Baldrige will meet South"), "USA", "GOV"),
             ("South Korean President Chun Doo-hwan", "KOR", "GOV"), None,
             "1987-04-20", "day", "on Monday", "planned", None,
             "will meet Chun and Trade Minister Rha (same-country compound: one record) on Monday = the next "
             "Monday from Fri 1987-04-17; no place in the text (Seoul implied)"),
            # 5
            ("CONSULT", ("be in", "will be in Peking"), (("Baldrige", "Baldrige will be in"), "USA", "GOV"),
             CHN_GOV_IMPLIED, PEKING,
             "1987-04-21", "day", "April 21", "planned", None,
             "stay in Peking from April 21 to 24 (a visit, host implied CHN GOV); a range dated by its start "
             "(EVENTS.md 21)"),
            # 6
            ("CONSULT", ("meet", "will meet Zheng"), (("He", "He will meet Zheng"), "USA", "GOV"),
             ("Zheng Tuobin", "CHN", "GOV"), PEKING,
             "1987-04-21", "day", "April 21", "planned", None,
             "will meet Zheng Tuobin during the Peking stay (rule 3: placed in the April 21-24 stay, dated by its "
             "start as 37b; 1987-04 arguable)"),
            # 7
            ("CONSULT", ("meeting", "attend a meeting"), (("He", "He will meet Zheng"), "USA", "GOV"),
             CHN_GOV_IMPLIED, PEKING,
             "1987-04-21", "day", "April 21", "planned", None,
             "will attend a meeting of the U.S.-China Joint Commission (bilateral talks; the Chinese side implied); "
             "placed in the Peking stay"),
            # 8
            ("STATEMENT", "address", (("He", "He will meet Zheng"), "USA", "GOV"), None, PEKING,
             "1987-04-21", "day", "April 21", "planned", None,
             "will address a management and training organisation (a planned speech, 16b; the audience no actor2); "
             "placed in the Peking stay"),
            # 9
            ("STATEMENT", ("said", "However, U.S. Officials said"), (("U.S. Officials", "However,"), "USA", "GOV"),
             None, WAS,
             "1987-04-17", "day", None, "asserted", None,
             "a chief purpose of the visit: to discuss relaxed U.S. rules for technology transfer to China (the "
             "visit's agenda; officials of a named government, EVENTS.md 4; a later mention of the Peking CONSULT "
             "arguable); wire style: DCT, dateline city"),
            # 10
            ("CONSULT", "meetings", (("Baldrige", "Kong, Baldrige"), "USA", "GOV"),
             ("Governor David Wilson", "HKG", "GOV"), HK,
             "1987-04-27", "day", "April 27", "planned", None,
             "meetings on April 27 with the Hong Kong governor and Trade and Industry Secretary (same-country "
             "compound: one record; the Hong Kong government HKG, 12b; GBR for the governor arguable)"),
            # 11
            ("STATEMENT", "addressing", (("Baldrige", "Kong, Baldrige"), "USA", "GOV"), None, HK,
             "1987-04-27", "day", "April 27", "planned", None,
             "will address the American Chamber of Commerce (a planned speech, 16b), same day as the meetings"),
            # 12
            ("CONSULT", ("meet", "Baldrige will meet Philippines"),
             (("Baldrige", "Baldrige will meet Philippines"), "USA", "GOV"),
             ("Philippines President Corazon Aquino", "PHL", "GOV"), None,
             "1987-04-28", "day", "April 28", "planned", None,
             "will meet Aquino on April 28; 'U.S. Officials said' rule-3 attribution; the show of support and the "
             "discussion are the meeting's purpose (skipped)"),
            # 13
            ("CONSULT", ("meet", "will also will"), (("He", "He will also will"), "USA", "GOV"),
             ("Finance Secretary Jaime Ongpin", "PHL", "GOV"), None,
             "1987-04-28", "day", "April 28", "planned", None,
             "will also meet Ongpin and Concepcion (same-country compound: one record), placed in the Philippine "
             "visit dated by the Aquino meeting (rule 3; its own day unknown, 1987-04 arguable)"),
        ],
        "skip": [
            ("trip", "the same visit (recorded on 'leaves')"),
            ("spur", "purpose of the trip"),
            (("improve", "help spur"), "purpose of the trip"),
            ("say", "rule-3 attribution (the trip is the event)"),
            ("stop", "the Hong Kong stop, frame of the meetings coded on 'meet' (CONSULT USA -> HKG arguable)"),
            ("deficits", "trade statistics"),
            ("discuss", "purpose of the meeting"),
            ("opening", "content of the discussion"),
            (("visit", "Baldrige's visit"), "anaphoric nominal (the China visit)"),
            (("discuss", "would be to discuss"), "content of the statement (the visit's agenda)"),
            ("relaxed", "background (the relaxed U.S. rules; RETREAT arguable), content of the statement"),
            ("transferring", "content of the statement"),
            (("said", "U.S. Officials said Baldrige"), "rule-3 attribution (the Aquino meeting is the event)"),
            ("show", "purpose of the meeting (SUPPORT USA -> PHL arguable)"),
            (("Support", "continued U.S."), "content: purpose of the meeting"),
            (("discuss", "to discuss steps"), "purpose of the meeting"),
            (("take", "it could take"), "content of the discussion"),
            (("improve", "to improve the atmosphere"), "content of the discussion"),
        ],
        "entities": [
            (("U.S.", "U.S. Commerce"), "GPE", "USA"),
            ("Malcolm Baldrige", "PERSON", "USA"),
            ("Far East", "LOC", None),
            (("U.S.", "spur U.S."), "GPE", "USA"),
            ("China", "GPE", "CHN"),
            ("South Korea", "GPE", "KOR"),
            ("Philippines", "GPE", "PHL"),
            (("U.S.", "Philippines, U.S."), "GPE", "USA"),
            (("Baldrige", "Baldrige will also stop"), "PERSON", "USA"),
            ("Hong Kong", "GPE", "HKG"),
            ("British", "NORP", "GBR"),
            (("U.S.", "local U.S."), "GPE", "USA"),
            (("Hong Kong", "local U.S. And Hong"), "GPE", "HKG"),
            (("U.S.", "The U.S. Last"), "GPE", "USA"),
            ("Asian", "NORP", None),
            (("South Korea", "partners --"), "GPE", "KOR"),
            (("Hong Kong", "7.1 billion dlrs,"), "GPE", "HKG"),
            (("China", "6.4 billion and"), "GPE", "CHN"),
            (("Philippines", "deficit with the"), "GPE", "PHL"),
            (("Baldrige", "Baldrige will meet South"), "PERSON", "USA"),
            ("South Korean", "NORP", "KOR"),
            ("Chun Doo-hwan", "PERSON", "KOR"),
            ("Rha Woong Bae", "PERSON", "KOR"),
            (("South Korean", "opening South"), "NORP", "KOR"),
            (("U.S.", "more U.S."), "GPE", "USA"),
            (("Baldrige", "Baldrige will be in"), "PERSON", "USA"),
            ("Peking", "GPE", "CHN"),
            ("Zheng Tuobin", "PERSON", "CHN"),
            ("U.S.-China Joint Commission on Commerce and Trade", "ORG", None),
            (("U.S.", "However, U.S."), "GPE", "USA"),
            (("Baldrige", "Baldrige's visit"), "PERSON", "USA"),
            (("U.S.", "relaxed U.S."), "GPE", "USA"),
            ("Chinese", "NORP", "CHN"),
            (("Hong Kong", "In Hong Kong"), "GPE", "HKG"),
            (("Baldrige", "Kong, Baldrige"), "PERSON", "USA"),
            ("David Wilson", "PERSON", "HKG"),
            ("Eric Ho", "PERSON", "HKG"),
            ("American Chamber of Commerce", "ORG", "USA"),
            (("U.S.", "U.S. Officials said Baldrige"), "GPE", "USA"),
            (("Baldrige", "Baldrige will meet Philippines"), "PERSON", "USA"),
            (("Philippines", "meet Philippines"), "GPE", "PHL"),
            ("Corazon Aquino", "PERSON", "PHL"),
            (("U.S.", "continued U.S."), "GPE", "USA"),
            (("American", "for American"), "NORP", "USA"),
            ("Jaime Ongpin", "PERSON", "PHL"),
            ("Jose Concepcion", "PERSON", "PHL"),
        ],
    },
    "reuters21578-17096": {
        "events": [
            # 0
            ("STATEMENT", "reported", EXXON, None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "results release: first-quarter profits down 37 pct (statistics); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The company said profits"), ("The company", "USA", "BUS"), None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "the quarter's profits include a restructuring gain; last year's the reorganization charge; DCT"),
            # 2
            ("STATEMENT", ("said", "aside, Exxon said"), (("Exxon", "aside, Exxon said"), "USA", "BUS"), None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "results stronger than 1986's final quarter; DCT"),
            # 3
            ("STATEMENT", ("said", "It said earnings"), (("It", "It said earnings"), "USA", "BUS"), None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "earnings per share down 36 pct, reflecting its share buyback (corporate finance, content); DCT"),
            # 4
            ("STATEMENT", ("said", "quarter, Exxon said"), (("Exxon", "quarter, Exxon said"), "USA", "BUS"), None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "crude prices strengthened within the quarter (market assessment); 'Commenting' a participial frame; "
             "DCT"),
            # 5
            ("STATEMENT", ("said", "operations, Exxon said"), (("Exxon", "operations, Exxon said"), "USA", "BUS"),
             None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "lower average crude prices cut exploration and production earnings; DCT"),
            # 6
            ("STATEMENT", ("said", "1986, the company said"), (("the company", "1986, the company said"), "USA", "BUS"),
             None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "lower natural gas prices also reduced earnings; DCT"),
            # 7
            ("STATEMENT", ("said", "the company said, intense"), (("the company", "the company said, intense"),
                                                                  "USA", "BUS"), None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "competition depressed refining margins; DCT"),
            # 8
            ("STATEMENT", ("said", "Exxon said the lower"), (("Exxon", "Exxon said the lower"), "USA", "BUS"), None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "lower product margins reduced refining and marketing earnings; DCT"),
            # 9
            ("STATEMENT", ("said", "It said savings"), (("It", "It said savings"), "USA", "BUS"), None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "cost savings softened the impact of lower prices; DCT"),
            # 10
            ("STATEMENT", ("said", "Exxon said earnings from"), (("Exxon", "Exxon said earnings from"), "USA", "BUS"),
             None, NY,
             "1987-04-24", "day", None, "asserted", None,
             "chemicals and power earnings improved; DCT"),
        ],
        "skip": [
            ("drop", "statistics"),
            ("citing", "participial elaboration of the report (EVENTS.md 3)"),
            ("divestment", "background nominal: sale of gold operations to an unnamed buyer (corporate)"),
            ("reorganization", "internal corporate reorganization (no type)"),
            (("declined", "per share"), "statistics"),
            ("purchases", "share buyback (corporate finance)"),
            ("acquired", "share buyback (corporate finance)"),
            ("Commenting", "participial frame of the reporting clause"),
            ("strengthened", "market-price movement"),
            ("asset sales", "background nominal: asset sales to unnamed buyers (corporate)"),
            ("depress", "market movement"),
            ("control costs", "internal cost control (no type)"),
        ],
        "entities": [
            ("Exxon Corp", "ORG", "USA"),
            (("Exxon", "aside, Exxon"), "ORG", "USA"),
            (("Exxon", "quarter, Exxon said"), "ORG", "USA"),
            (("Exxon", "operations, Exxon"), "ORG", "USA"),
            (("Exxon", "Exxon said the lower"), "ORG", "USA"),
            (("Exxon", "Exxon said earnings from"), "ORG", "USA"),
        ],
    },
    "reuters21578-17935": {
        "events": [
            # 0
            ("STATEMENT", ("said", "overseas edition said"), ("the People's Daily overseas edition", "CHN", "ORG"),
             None, PEK,
             "1987-06-02", "day", None, "asserted", None,
             "the newspaper reports China's serious view of the MFA protocol, which it said infringed GATT "
             "principles (a stance on an agreement, no actor accused: STATEMENT as 43b/32a's criticism of a concept; "
             "the relayed view is content, a STATEMENT CHN GOV undated or ACCUSE arguable); a newspaper as speaker "
             "(own_dev, 37b): DCT, dateline city"),
            # 1
            ("STATEMENT", "quoted", ("a spokesman of the Ministry of Foreign Economic Relations and Trade", "CHN", "GOV"),
             None, None,
             None, "unknown", None, "asserted", None,
             "'It quoted a spokesman ... as saying' the protocol would affect textile trade: relayed speech, undated, "
             "recorded on 'quoted' (own_blind3, 15b/17b)"),
            # 2
            ("AGREE", ("signed", "protocol, signed"), GROUP_GOV_IMPLIED, GROUP_GOV_IMPLIED, None,
             "1986-07-31", "day", "July 31\nlast year", "asserted", None,
             "the protocol, signed on July 31 last year (a reduced relative with its own date, EVENTS.md 11; the "
             "signatories unnamed here: a group, null)"),
            # 3
            ("AGREE", "adopted", ("Fifty major textile trading countries", None, "GOV"), None, ("Geneva", "CHE"),
             "1986-07", "month", "last July", "asserted", 2,
             "later mention: fifty countries adopted the new MFA last July in Geneva (a group: null); it keeps its "
             "own time expression (EVENTS.md 21)"),
            # 4
            ("AGREE", ("signed", "China signed"), (("China", "newspaper said China"), "CHN", "GOV"), GROUP_GOV_IMPLIED,
             None,
             "1987-05-31", "day", "May 31", "asserted", None,
             "China signed the protocol on May 31 (the other signatories implied, a group: null); 'The newspaper "
             "said' rule-3 attribution"),
            # 5
            ("AGREE", ("signed", "was signed by"), ("other nations", None, "GOV"), None, None,
             "1986-07-31", "day", "July 31\nlast year", "asserted", 2,
             "later mention: 'it was signed by other nations' 10 months before (the July 31 signing)"),
            # 6
            ("CONSULT", ("talks", "months of talks"), (("the U.S.", "Diplomat said the"), "USA", "GOV"),
             (("China", "U.S. And China"), "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "months of U.S.-China talks on the protocol (first-named first); relayed by an anonymous diplomat "
             "(EVENTS.md 4: his 'said' skipped, the act coded, 23b/35a); pluperfect, no time expression: undated"),
            # 7
            ("THREATEN", "Saying", (("U.S.", "with the U.S."), "USA", "GOV"), (("China", "if China"), "CHN", "GOV"),
             None,
             None, "unknown", None, "asserted", None,
             "the U.S. saying it would have to introduce unilateral restraints if China did not sign (conditional "
             "retaliation; the threat itself asserted); placed in the undated talks: unknown"),
            # 8
            ("CONSULT", ("talks", "two rounds of talks"), (("China", "diplomat said China"), "CHN", "GOV"),
             (("U.S.", "China and the U.S."), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "two rounds of talks on a new textile pact (different talks from the protocol talks); relayed by the "
             "anonymous diplomat; pluperfect, no time expression: undated"),
            # 9
            ("STATEMENT", "admitted", (("Ministry of Foreign Economic Relations and Trade", "a problem the"), "CHN",
                                       "GOV"), None, None,
             "1987-05", "month", "last week", "asserted", None,
             "the ministry admitted the overshipment problem last week (Tue 1987-06-02: the week of May 25-31, kept "
             "at its month, EVENTS.md 21); relayed by the anonymous diplomat, dated by its own time expression"),
        ],
        "skip": [
            ("took a serious view", "content of the newspaper's report (China's stance on the protocol; a relayed "
                                    "STATEMENT CHN GOV or ACCUSE arguable)"),
            (("said", "which it said"), "content of the newspaper's report (China's relayed saying)"),
            ("infringed", "content of the report"),
            (("saying", "as saying"), "part of the relayed speech recorded on 'quoted'"),
            ("extended", "the protocol's content (a document)"),
            ("affect", "content of the relayed statement"),
            ("broadening", "content of the relayed statement"),
            ("limiting", "effect of the agreement (SANCTION null -> null arguable)"),
            (("said", "The newspaper said"), "rule-3 attribution (China's signing is the event)"),
            (("said", "A U.S. Diplomat said"), "anonymous-source talk (a diplomat, EVENTS.md 4)"),
            ("introduce", "content of the threat"),
            (("sign", "did not sign"), "condition of the threat"),
            (("said", "He said that"), "anonymous-source talk (the diplomat)"),
            (("extended", "pact extended"), "the pact's content (a document), in anonymous talk"),
            ("flooded", "trade activity (exports), no event"),
            (("said", "quota, the diplomat"), "anonymous-source talk (the diplomat)"),
            ("estimated", "anonymous-source talk (the diplomat)"),
            ("show", "statistics document"),
            (("said", "The diplomat said China"), "anonymous-source talk (the diplomat)"),
            ("drawing up", "content of the talks"),
            ("replace", "content of the talks"),
            ("expire", "no event (the pact's expiry)"),
            ("discussion", "content of the talks (anaphoric)"),
            ("overshipment", "trade activity, object of the admission"),
            (("said", "last week, he"), "anonymous-source talk (the diplomat)"),
            ("gave no more details", "withheld statement by the anonymous diplomat"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            ("People's Daily", "ORG", "CHN"),
            ("Ministry of Foreign Economic Relations and Trade", "ORG", "CHN"),
            ("Geneva", "GPE", "CHE"),
            ("Third World", "LOC", None),
            (("China", "newspaper said China"), "GPE", "CHN"),
            (("U.S.", "A U.S."), "GPE", "USA"),
            (("U.S.", "Diplomat said the"), "GPE", "USA"),
            (("China", "U.S. And China"), "GPE", "CHN"),
            (("U.S.", "with the U.S."), "GPE", "USA"),
            (("China", "if China"), "GPE", "CHN"),
            (("China", "China, the world's"), "GPE", "CHN"),
            (("U.S.", "flooded the"), "GPE", "USA"),
            (("U.S.", "textiles to the U.S., With"), "GPE", "USA"),
            ("Chinese", "NORP", "CHN"),
            (("U.S.", "products to the"), "GPE", "USA"),
            (("China", "diplomat said China"), "GPE", "CHN"),
            (("U.S.", "China and the U.S."), "GPE", "USA"),
            (("Chinese", "overshipment of"), "NORP", "CHN"),
            (("U.S.", "this year to the"), "GPE", "USA"),
            (("Ministry of Foreign Economic Relations and Trade", "a problem the"), "ORG", "CHN"),
        ],
    },
    "reuters21578-17240": {
        "events": [
            # 0
            ("STATEMENT", "told", MIYAZAWA, None, TOK,
             "1987-04-27", "day", None, "asserted", None,
             "does not think the dollar is in a freefall (assessment; the committee is the audience); wire style: "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "He said concerted"), (("He", "He said concerted"), "JPN", "GOV"), None, TOK,
             "1987-04-27", "day", None, "asserted", None,
             "concerted intervention is only a supplementary measure (assessment); DCT"),
            # 2
            ("STATEMENT", "repeated", (("He", "He said concerted"), "JPN", "GOV"), None, TOK,
             "1987-04-27", "day", None, "asserted", None,
             "policy coordination among major industrial nations is necessary (a second reporting verb, EVENTS.md "
             "3; prescriptive talk about the speaker's own group: STATEMENT, own_blind's 'We should ...'; REQUEST "
             "toward the group arguable); DCT"),
            # 3
            ("STATEMENT", ("said", 'intervention," he said'), (("he", 'intervention," he said'), "JPN", "GOV"), None,
             TOK,
             "1987-04-27", "day", None, "asserted", 1,
             "later mention: quoted restatement 'We cannot expect currency stability only through coordinated market "
             "intervention' (EVENTS.md 3)"),
            # 4
            ("REQUEST", ("called", "Has not called"), (("U.S.", "committee the U.S."), "USA", "GOV"),
             (("Japan", "called on Japan"), "JPN", "GOV"), None,
             None, "unknown", None, "negated", None,
             "the U.S. has not called on Japan to cut its discount rate: an explicitly withheld request (negated, "
             "35b); present perfect, no time expression: undated (EVENTS.md 17); 'told the committee' rule-3 "
             "attribution"),
            # 5
            ("STATEMENT", ("said", "Miyazawa said the government"), (("Miyazawa", "Miyazawa said the government"),
                                                                    "JPN", "GOV"), None, TOK,
             "1987-04-27", "day", None, "asserted", None,
             "the government is not considering investing in U.S. government bonds (domestic investment policy, no "
             "type); DCT"),
            # 6
            ("STATEMENT", "added", (("he", "he added"), "JPN", "GOV"), None, TOK,
             "1987-04-27", "day", None, "asserted", None,
             "the matter has to be dealt with carefully (new content); DCT"),
            # 7
            ("STATEMENT", ("said", "stable, he said"), (("he", "stable, he said"), "JPN", "GOV"), None, TOK,
             "1987-04-27", "day", None, "asserted", None,
             "the ministry will consider where to invest when exchange rates are stable (new content); DCT"),
            # 8
            ("STATEMENT", ("said", "Miyazawa said the U.S."), (("Miyazawa", "Miyazawa said the U.S."), "JPN", "GOV"),
             None, TOK,
             "1987-04-27", "day", None, "asserted", None,
             "answer to a question: the U.S. has not been able to act (raise its discount rate) because of growth "
             "(assessment); DCT"),
        ],
        "skip": [
            ("think", "content of the statement"),
            (("intervention", "concerted"), "monetary operation, content of the statement"),
            ("moderate", "content of the statement"),
            ("coordination", "content of the statement"),
            (("intervention", "coordinated market"), "monetary operation, content of the quote"),
            (("told", "also told"), "rule-3 attribution (the withheld U.S. request is the event)"),
            (("cut", "Japan to cut"), "content of the withheld request (monetary)"),
            (("considering", "not considering"), "domestic investment policy (negated), content of the statement"),
            ("investing", "content of the statement"),
            ("stabilize", "content of the statement"),
            ("dealt with", "content of the statement"),
            (("consider", "will consider"), "content of the statement"),
            (("invest", "where to invest"), "content of the statement"),
            ("Asked", "question"),
            (("request", "considering a"), "content of the question (a hypothetical request to the U.S.)"),
            (("raise", "to raise"), "content of the question (monetary)"),
            ("take action", "content of the statement"),
            ("maintain", "content of the statement"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("Upper House budget committee", "ORG", "JPN"),
            (("Miyazawa", "Miyazawa also"), "PERSON", "JPN"),
            (("U.S.", "committee the U.S."), "GPE", "USA"),
            (("Japan", "called on Japan"), "GPE", "JPN"),
            (("Miyazawa", "Miyazawa said the government"), "PERSON", "JPN"),
            (("U.S.", "investing in U.S."), "GPE", "USA"),
            (("Japan", "Asked if Japan"), "GPE", "JPN"),
            (("U.S.", "request to the"), "GPE", "USA"),
            (("Miyazawa", "Miyazawa said the U.S."), "PERSON", "JPN"),
            (("U.S.", "Miyazawa said the U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-19160": {
        "events": [
            # 0
            ("AGREE", "signing", (("Nigeria", "rescheduling Nigeria's"), "NGA", "GOV"), ("Barclays Bank Plc", "GBR", "BUS"),
             None,
             "1987-09", "month", "mid-September", "planned", None,
             "the signing of the rescheduling package set for mid-September (a target date: planned; a nominal with "
             "its own date, EVENTS.md 11); actor2 Barclays, the joint statement's other party and co-chairman of "
             "the bank steering committee (the committee, null BUS as 36b, arguable); 'said in a joint statement' "
             "rule-3 attribution"),
            # 1
            ("CONSULT", "meeting", (("Nigeria", "claims, Nigeria"), "NGA", "GOV"), ("Barclays Bank Plc", "GBR", "BUS"),
             LON,
             None, "unknown", None, "asserted", None,
             "two-day meeting 'here' (London) between the two sides, Nigeria and Barclays; a nominal with its own "
             "predication (the statement issued during it, EVENTS.md 11); no time expression: undated (rule 17; its "
             "last day is the statement's, DCT arguable)"),
            # 2
            ("STATEMENT", ("said", "The statement said"), (("The statement", "The statement said"), "NGA", "GOV"), None,
             LON,
             "1987-06-19", "day", None, "asserted", None,
             "'Further progress has been made in the 1986/87 rescheduling' (assessment; a statement with "
             "identifiable authors, 19a/39b); joint statement split by party (7b): Nigeria; DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "The statement said"), (("The statement", "The statement said"), "GBR", "BUS"), None,
             LON,
             "1987-06-19", "day", None, "asserted", None,
             "the same quote, joint statement split by party (7b): Barclays; DCT"),
        ],
        "skip": [
            ("set", "frame of the planned signing (the target date)"),
            (("rescheduling", "package rescheduling"), "content of the agreement (the debt rescheduling)"),
            (("said", "Barclays Bank Plc said"), "rule-3 attribution (the planned signing is the event)"),
            (("statement", "joint statement"), "part of the reporting clause"),
            ("issued", "anaphoric: the joint statement of the lead (attribution)"),
            (("rescheduling", "1986/87"), "content of the statement (progress in the rescheduling)"),
        ],
        "entities": [
            ("Nigeria", "GPE", "NGA"),
            (("Nigeria", "claims, Nigeria"), "GPE", "NGA"),
            ("Barclays Bank Plc", "ORG", "GBR"),
            (("Barclays", "Barclays is"), "ORG", "GBR"),
        ],
    },
    "reuters21578-10297": {
        "events": [
            # 0
            ("STATEMENT", "said", MOF, None, TOK,
             "1987-03-27", "day", None, "asserted", None,
             "statistics release: February current account surplus; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "January, the Ministry said"), (("the Ministry", "January, the Ministry said"),
                                                                  "JPN", "GOV"), None, TOK,
             "1987-03-27", "day", None, "asserted", None,
             "statistics: long-term capital account deficit; DCT"),
            # 2
            ("STATEMENT", ("said", "January, the Ministry said. Imports"),
             (("the Ministry", "January, the Ministry said. Imports"), "JPN", "GOV"), None, TOK,
             "1987-03-27", "day", None, "asserted", None,
             "statistics: February exports; DCT"),
            # 3
            ("STATEMENT", ("said", "9.58 billion in January, the"), (("the Ministry", "9.58 billion in January, the"),
                                                                       "JPN", "GOV"), None, TOK,
             "1987-03-27", "day", None, "asserted", None,
             "statistics: seasonally adjusted trade surplus; DCT"),
        ],
        "skip": [],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Finance Ministry", "ORG", "JPN"),
            (("Ministry", "January, the Ministry said"), "ORG", "JPN"),
            (("Japan", "Japan's February"), "GPE", "JPN"),
            (("Ministry", "January, the Ministry said. Imports"), "ORG", "JPN"),
            (("Ministry", "9.58 billion in January, the"), "ORG", "JPN"),
        ],
    },
    "reuters21578-5242": {
        "events": [
            # 0
            ("COOPERATE", ("name", "likely to"), ("Toyota Motor Corp", "JPN", "BUS"),
             ("more American companies", "USA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "is likely to name more American companies as car-parts suppliers ('is likely to' = planned; purchases "
             "from parties identified by nationality, 19b's considered purchase from U.S. sellers); no time "
             "expression: undated; 'a Toyota official told Reuters' rule-3 attribution"),
            # 1
            ("COOPERATE", ("use", "studying the use"), (("Toyota", "Toyota is studying"), "JPN", "BUS"),
             ("GM Delco Products", "USA", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "studying the use of GM Delco Products and Illinois Tool Works as suppliers (merely considered: "
             "hypothetical, 19b; same-country compound: one record); 'he said' rule-3 attribution; undated"),
            # 2
            ("COOPERATE", "used", (None, "JPN", "BUS"), ("Another U.S. Firm", "USA", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "another U.S. firm may be used to supply radiator tanks (passive, Toyota implied; 'may': hypothetical)"),
            # 3
            ("COOPERATE", "considering", (("Toyota", "Toyota is also"), "JPN", "BUS"),
             ("some other U.S. Firms", "USA", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "considering other U.S. firms as suppliers (merely considered: hypothetical); undated"),
            # 4
            ("STATEMENT", ("name", "declined to name"), ("the spokesman", "JPN", "BUS"), None, TOK,
             "1987-03-16", "day", None, "negated", None,
             "withheld statement: declined to name the other U.S. firms (trigger on the withheld verb, 41a/43b); "
             "DCT, dateline city"),
            # 5
            ("STATEMENT", ("said", "50 pct, he"), (("he", "50 pct, he"), "JPN", "BUS"), None, TOK,
             "1987-03-16", "day", None, "asserted", None,
             "the Kentucky cars will have 60 pct local content (the company's own production plan, no type); DCT"),
        ],
        "skip": [
            (("told", "official told"), "rule-3 attribution (the planned naming of suppliers is the event)"),
            ("studying", "frame of the considered use (recorded on 'use')"),
            (("said", "window handles, he"), "rule-3 attribution (the considered use is the event)"),
            (("supply", "used to supply"), "content (purpose of the use)"),
            (("planned", "originally planned"), "abandoned earlier plan (background; COOPERATE JPN -> JPN negated "
                                                "arguable)"),
            (("use", "planned to use"), "abandoned earlier plan to use two Japanese suppliers (background)"),
            (("supply", "companies to supply"), "content of the abandoned plan"),
            ("declined", "part of the withheld statement (recorded on 'name')"),
            ("produced", "stative (the plant's output)"),
            ("consist", "stative (local content), content of the statement"),
            ("scheduled", "the company's own plant start-up (no type)"),
            ("start production", "the company's own plant start-up (no type)"),
            (("said", "Industry sources said"), "anonymous-source talk (industry sources)"),
            (("move", "Toyota move"), "anaphoric nominal (the supplier choice)"),
            ("designed", "content of anonymous talk"),
            ("head off", "content of anonymous talk"),
            ("criticism", "content of anonymous talk (unnamed critics; ACCUSE arguable)"),
        ],
        "entities": [
            ("Toyota Motor Corp", "ORG", "JPN"),
            ("American", "NORP", "USA"),
            (("U.S.", "wholly-owned U.S."), "GPE", "USA"),
            ("Toyota Motor Manufacturing USA Inc", "ORG", "USA"),
            ("TMM", "ORG", "USA"),
            (("Toyota", "a Toyota official"), "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("Toyota", "Toyota is studying"), "ORG", "JPN"),
            ("General Motors Corp", "ORG", "USA"),
            ("GM Delco Products", "ORG", "USA"),
            ("Illinois Tool Works Inc", "ORG", "USA"),
            (("U.S.", "Another U.S."), "GPE", "USA"),
            (("Toyota", "Toyota had originally"), "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Nippondenso Co Ltd", "ORG", "JPN"),
            ("Aisin Seiki Co Ltd", "ORG", "JPN"),
            (("Toyota", "Toyota is also"), "ORG", "JPN"),
            (("U.S.", "some other U.S."), "GPE", "USA"),
            (("Toyota", "Toyota's Kentucky"), "ORG", "JPN"),
            ("Kentucky", "GPE", "USA"),
            (("Toyota", "the Toyota move"), "ORG", "JPN"),
            (("U.S.", "enough U.S."), "GPE", "USA"),
            (("Kentucky", "at its Kentucky"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
