"""Build ``own_blind41b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind41b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left; also minus the 48 stories drawn for own_blind38-40, 2,539 left); 24 drawn with random.Random(41101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
43 event records (42 first mentions, 1 later mention), 90 not_annotated spans, 106 entity mentions;
one article without events (15520, U.S. energy futures: anonymous traders' market talk only); 8161 (Deng
on grain imports) has STATEMENTs only, four of them relayed speech. Types: STATEMENT 33, PROTEST 3,
COOPERATE 2, REQUEST 1, RETREAT 1, ASSAULT 1, ACCUSE 1, THREATEN 1; modality: asserted 39, negated 3,
planned 1; precision: day 31, unknown 9, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; three wrong first matches fixed that way: the skip "reach"
matching inside "reached" instead of "to reach our target", the entity "Iran" matching inside "Iranian"
in the lead of 9348, and the actor "he" of '... in the Gulf," he added' matching inside "the"). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("China's top leader Deng
Xiaoping", "Iranian Prime Minister Mir-Hossein Mousavi": GPE / NORP + PERSON; "spokesman Richard Lowe",
"Northern Telecom spokesman Lowe": the PERSON, and the ORG where the company is named), but a named body
before a title is ("French Cereals Intervention Office (ONIC) Director Bernard Vieux": ORG, ORG "ONIC"
and PERSON; "A U.S. State Department spokesman": ORG "U.S. State Department"); a body with its country
word is one ORG span ("U.S. Agriculture Department", "U.S. State Department", as 22a/35a/37a's "U.S.
Treasury", "U.S. Department of Agriculture"; "French Cereals Intervention Office" ORG FRA, "Bell Canada
Enterprises Inc" ORG CAN and "NSW Trades and Labour Council" ORG AUS with no nested GPE); possessive 's
left out ("China's", "South Korea's", "Northern Telecom Ltd's"); reports and crop years are not
entities (26a's World Production and Trade Report), nor weapons (Silkworm, 34a), crude grades (Brent),
laws and currencies. Per article: the U.S. Agriculture Department ORG USA, Japan GPE JPN, South Korea GPE
KOR, "Argentine" NORP ARG, "South African" NORP ZAF, "Chinese" NORP CHN (also in "Chinese-made", 34a);
BankAmerica Corp / "BankAmerica" ORG USA, the Securities and Exchange Commission ORG USA, Brazil GPE BRA,
"Brazilian" NORP BRA, Mexico GPE MEX, Venezuela GPE VEN; Deng Xiaoping PERSON CHN, China GPE CHN, the
State Council ORG CHN, Ming Pao ORG HKG (a Hong Kong newspaper, the text: "Ming Pao newspaper of Hong
Kong"; HKG as 12b's Hong Kong) and Hong Kong GPE HKG; Northern Telecom Ltd and the short "Northern
Telecom" ORG CAN (the TORONTO parent, 52 pct owned by Bell Canada Enterprises; the text gives no
nationality, 34a's American Barrick call; the short name in "Northern Telecom spokesman Lowe" is read as
the group's name, as 37a's "Merrill Lynch in London"), its U.S. unit Northern Telecom Inc ORG USA (the
text calls it the U.S. unit; a subsidiary takes the country the text gives it, 28b/34b), Richard Lowe /
"Lowe" PERSON USA (the U.S. unit's spokesman speaking from its Nashville headquarters: an employee takes
his firm's country, 34b/37a; CAN arguable), Nashville, "Tenn." (14b's "Tex.", 9a's "Minn.") and Dallas
(in "Dallas-based", 25a's "Tokyo-based") GPE USA, North America LOC null (31a); the French Cereals
Intervention Office and ONIC ORG FRA, Bernard Vieux / "Vieux" PERSON FRA, the EC Commission (also
"EC Commission's") and "EC" inside "non-EC" ORG null (15a), "French" NORP FRA; New South Wales, "NSW",
Victoria, Western Australia, Sydney, Newcastle and Port Kembla GPE AUS, the Arbitration Commission ORG AUS
(35b); "Iranian" NORP IRN, Mir-Hossein Mousavi / "Mousavi" PERSON IRN, Iran and Tehran GPE IRN, Tehran
Radio ORG IRN (one span, 27b/34a), the British Broadcasting Corp ORG GBR (34a), Iraq GPE IRQ, Faw LOC IRQ
(13a; "peninsula" not part of the span), the Gulf LOC null (also in "the Gulf region"), "Americans" NORP
USA, Reagan PERSON USA, "Westerners" NORP null (19b's "Western"); in the energy futures story "U.S." and
New York GPE USA, the North Sea LOC null (6b), London GPE GBR.

Judgement calls made here:
* 3949 (U.S. corn to Japan and South Korea, DCT Wed 1987-03-11, WASHINGTON): "The recent purchase of 1.5
  mln tonnes of U.S. corn by Japan and 600,000 tonnes by South Korea suggests ..., the U.S. Agriculture
  Department said" is a STATEMENT (an assessment: demand is increasing; USA GOV, DCT), and the purchase
  itself, a nominal with its own agents (EVENTS.md 11), is COOPERATE split by buyer (EVENTS.md 12): JPN
  GOV and KOR GOV -> the implied U.S. sellers (USA BUS, 12b/20b's purchases of U.S. corn), both on the
  trigger "purchase", undated ("recent" has no value). "In its World Production and Trade Report, the
  department said" (a report by a named author, 26a) and "it said" (South Korea's cumulative
  commitments) are STATEMENTs (DCT); Japan "is committed to buying 7.7 mln tonnes" and the cumulative
  commitments are export statistics (stative, 12b), "these corn purchases" anaphoric.
* 6053 (BankAmerica's Brazil loans, DCT Tue 1987-03-17, WASHINGTON): "BankAmerica Corp may place its
  long-term loans to Brazil on nonaccrual status if Brazil continues to defer interest payments ..., the
  bank holding company said in a filing with the Securities and Exchange Commission" is a STATEMENT (USA
  BUS, DCT): nonaccrual classification is corporate accounting (17b/29a) and the deferral Brazil's
  payment freeze (EVENTS.md 10); 10a coded a bank's possible non-performing classification THREATEN
  because its text called it pressure on Brazil, which this text does not (arguable). The filing is part
  of the reporting clause (a filing by a named company, not an authorless document). The quote
  '"Continued deferral ... could result in the loans being placed on nonaccrual status," the banking firm
  said' restates the lead: later mention (EVENTS.md 3). "BankAmerica said its outstanding loans to Brazil
  ...", "BankAmerica said its outstanding loans to Mexico ..." and "Outstanding loans to Venezuela ..., it
  said" are statistics STATEMENTs (DCT). "The Brazilian government announced in February its intention to
  stop paying interest" is a STATEMENT BRA GOV (the freeze has no type, its announcement is a STATEMENT:
  10a/16b/23b/30b), 1987-02 ("in February", the most recent February), location null.
* 8161 (Deng on grain imports, DCT Mon 1987-03-23, PEKING): "China's top leader Deng Xiaoping said China
  must not import more than 10 mln tonnes of grain, Ming Pao newspaper of Hong Kong said" is a STATEMENT
  by Deng (CHN GOV): the leader's view of his own country's import policy (own_blind's "We should ..."
  about the speaker's side; REQUEST CHN -> CHN, as 19-21's advisory body, or SANCTION for an import
  ceiling, arguable), with the paper's "said" as rule-3 attribution; relayed by a newspaper that gives no
  date (and, the text says, no context) for the remarks: undated, location null (20a's Le Monde, 26b's
  Al-Qabas; 27b dated "X said ..., Tehran Radio reported" by the DCT, as 9348 here does, because a radio
  report of that day's remarks is wire style, which a newspaper's report of undated remarks is not).
  "The newspaper quoted Deng as saying" (twice) and "The paper quoted Deng as saying" are relayed
  STATEMENTs on "quoted", undated (own_blind3/23b/26a; "saying" left unlisted so a trigger there still
  meets them); the State Council's decision to raise grain prices is domestic price policy (skipped), so
  the relayed saying is the record. '"We should ... put agriculture in its proper place ...," he said'
  continues the newspaper's quotes: STATEMENT, undated (20a); its second quoted sentence ("We must avoid
  ... importing more than 10 mln tonnes") has no reporting clause of its own and restates the lead
  (skipped; a later mention of the first record arguable). "It did not give the context of his remarks"
  and "but it gave no details" are withheld STATEMENTs by the newspaper (HKG ORG, negated, DCT, PEKING;
  13a/25a/26a). "Customs figures show" is a document with statistics.
* 17324 (Northern Telecom U.S. unit, DCT Mon 1987-04-27, TORONTO): "Northern Telecom Ltd's U.S. unit will
  announce a reorganization today to form a new division ..., spokesman Richard Lowe said" is a planned
  STATEMENT by the U.S. unit (USA BUS; a company's own reorganisation has no type, and a planned
  announcement is a planned STATEMENT, 10b/11a/35b), 1987-04-27 ("today"), location null, Lowe's "said"
  rule-3 attribution (35b's PDVSA call; a STATEMENT on "said", DCT, arguable). Lowe's six other reporting
  clauses (the division formed effective May 1, "said from Northern Telecom Inc's Nashville, Tenn.
  headquarters": located in Nashville; its sales to the U.S. government and military; its concentration
  on large end users; the revenue forecast; the quoted assessment "Raising this to a group level ...
  demonstrates ..."; its earlier place in the Dallas-based PBX division) are STATEMENTs about the
  company's own organisation and business (USA BUS: the U.S. unit's spokesman; CAN arguable), DCT, the
  dateline city where the text names no place; "May 1" and "in 1987" govern the content. The revenue
  share and the Bell Canada ownership are statistics / stative.
* 1652 (French barley stocks, DCT Wed 1987-03-04, PARIS): ONIC is a state agency, so Vieux is FRA GOV.
  "... is worrying, ... Bernard Vieux said" and "He told journalists these estimates were unchanged ..."
  are STATEMENTs (DCT). "Vieux called on the EC Commission to help by awarding a larger volume of export
  certificates" is REQUEST FRA -> the EC Commission (null IGO), and "and said if no outlets are opened ...
  a large amount could be put into intervention" a second reporting clause (EVENTS.md 3): STATEMENT (a
  forecast whose consequence is a market outcome, not the speaker's act: own_blind's "warned that partners
  may resist"; THREATEN arguable). "A small amount of French barley has already been put into
  intervention, Vieux said" is a STATEMENT and "without detailing the amount" a withheld STATEMENT
  (negated, trigger "detailing", 30b's "without specifying", 7a/24a's "without providing further
  details"). "The higher estimate is due to the EC Commission's decision to hold special export tenders
  for French maize, he said" is a STATEMENT; the Commission's decision is export-subsidy administration
  in a background nominal (own_dev's export bonuses; AID EC -> FRA arguable, skipped).
* 14957 (Australian tug ban ends, DCT Wed 1987-04-08, SYDNEY): every speaker is anonymous ("shipping
  sources", "they" twice: skipped), but the acts they report are identifiable (32a/35b). The same bans as
  35b's 12823: "Tug crews in New South Wales (NSW), Victoria and Western Australia yesterday lifted their
  ban on foreign-flag ships" is RETREAT AUS ORG -> the foreign-flag ships (named in the clause, no single
  country: null BUS, as 35b's vessels; the strikers' calling-off is RETREAT in events_dev and 10b),
  1987-04-07 ("yesterday"); "The ban, imposed a week ago over a pay claim" is the ban itself, PROTEST
  (union industrial action, 35b) with its agent implied (the tug crews, AUS ORG) and no target in the
  clause (EVENTS.md 14), a participle with its own date (EVENTS.md 11): "a week ago" from Wed 8 April =
  Wed 1987-04-01, the date 35b gave the same bans; the ban's effect ("had prevented") and the pay claim
  (35b: REQUEST arguable) are skipped. "The pay dispute went before a hearing of the Arbitration Commission
  today" names no actor (skipped, 35b's "goes to the Commission"; CONSULT arguable). "Meanwhile, disruption
  began today to cargo handling in the ports of Sydney, Newcastle and Port Kembla" is read as the NSW
  port industrial action that the next sentence names: PROTEST, agent implied (AUS ORG), no target in the
  clause, 1987-04-08 ("today"), located at the three ports (skipping it as a consequence with no acting
  actor, as 23a/35b's "disruption", arguable); the lead's "NSW ports are still being disrupted by a
  separate dispute" (no actor in the clause, the same action) and "The industrial action at the NSW
  ports" (anaphoric) are skipped. "the week of action called by the NSW Trades and Labour Council to
  protest changes to the state's workers' compensation laws" is PROTEST AUS ORG -> the state (NSW
  government, AUS GOV, named in the purpose clause; 29a's demonstration "to protest"), a nominal with its
  own agent (EVENTS.md 11), on "week of action" ("called" and "protest" left unlisted), undated (the
  week's start is not given), located in NSW.
* 9348 (Mousavi on missiles, DCT Wed 1987-03-25, LONDON): Mousavi's direct reporting clauses are wire
  style (DCT), "Tehran Radio reported" attribution of the lead's "said" (27b/own_blind3); they are located
  in Tehran, where the text places his speaking ("speaking after a cabinet meeting in Tehran"; the
  dateline LONDON is the monitoring desk; location is not scored). The lead ("Iran had 'more effective'
  missiles") and '"We also announce today that these missiles are not the limit of our war capabilities
  in the Gulf," he added' are capability claims with no condition or demand: STATEMENTs (19a's "we can
  close it with artillery only"; THREATEN arguable; "announce" left unlisted, the same act as "added").
  '"The fact that the Americans ... are now thinking of expressing their concern with panic is because
  Reagan needs this sensation now," said Mousavi' is ACCUSE IRN -> USA (criticism of the U.S. motive; the
  saying is the act). "Mousavi said the security of the Gulf region had nothing to do with the U.S. But
  Iran would resort to any action to defend the Gulf, 'even those actions which are not thought probable
  by Westerners'" is one reporting clause, one record: THREATEN IRN -> USA on "said" (a warning of
  unspecified action in the speaker's hands aimed at the U.S. named in the clause; "resort" left
  unlisted; STATEMENT, as 23b's "all its legitimate means to stem the cause of tension", and actor2 null
  for "Westerners" arguable). "A U.S. State Department spokesman said last week Iran had acquired
  Chinese-made Silkworm missiles which posed a greater threat to shipping" is a STATEMENT (23b's "U.S.
  officials have said Iran has new Chinese-made missiles"; ACCUSE arguable), "last week" (16-22 March)
  dating the saying, kept at its month: 1987-03 (EVENTS.md 21), location null; the acquisition from an
  unnamed seller is content (COOPERATE IRN -> CHN arguable, 16a). "Tehran Radio ... quoted Mousavi as
  saying that Tehran officially announced after its forces overran southern Iraq's Faw peninsula in
  February last year that it had shore-to-sea missiles": the announcement is the main proposition, a
  STATEMENT IRN GOV ("Tehran"), with "quoted" rule-3 attribution (35b's announcement call; a relayed
  STATEMENT by Mousavi on "quoted", equally undated, arguable), undated ("after" the offensive gives no
  value; 1986-02 arguable); the temporal clause "its forces overran southern Iraq's Faw peninsula in
  February last year" is ASSAULT IRN MIL -> IRQ, 1986-02 (13a's capture of Faw), at Faw. The earlier U.S.
  concern the missiles "had provoked" is background (ACCUSE USA -> IRN arguable), the BBC's monitoring
  and the cabinet meeting (internal) are skipped.
* 15520 (U.S. energy futures, DCT Thu 1987-04-09, NEW YORK): no event (a negative). Every speaker is
  traders ("Traders expect" twice, "Traders said", "traders said", "but said": anonymous, EVENTS.md 4),
  and what they say is market movement (openings, calls, trading levels, the squeeze ending, support).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind41b.jsonl"

WAS = ("WASHINGTON", "USA")
PEK = ("PEKING", "CHN")
PAR = ("PARIS", "FRA")
TEHRAN = ("Tehran", "IRN")

USDA = ("the U.S. Agriculture Department", "USA", "GOV")
US_SELLERS = (None, "USA", "BUS")
BAC_LEAD = ("the bank holding company", "USA", "BUS")
DENG = ("Deng Xiaoping", "CHN", "GOV")
NT_US_UNIT = ("Northern Telecom Ltd's U.S. unit", "USA", "BUS")
VIEUX = ("French Cereals Intervention Office (ONIC) Director Bernard Vieux", "FRA", "GOV")
VIEUX_CALLED = (("Vieux", "Vieux called"), "FRA", "GOV")
VIEUX_AMOUNT = (("Vieux", "already been put into intervention,"), "FRA", "GOV")
MOUSAVI = ("Iranian Prime Minister Mir-Hossein Mousavi", "IRN", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3949": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Agriculture Department"), USDA, None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "assessment: the recent purchases suggest the two countries' demand for reliable corn supplies is "
             "increasing; wire style: DCT, dateline city"),
            # 1
            ("COOPERATE", "purchase", ("Japan", "JPN", "GOV"), US_SELLERS, None,
             None, "unknown", None, "asserted", None,
             "Japan's recent purchase of 1.5 mln tonnes of U.S. corn (a nominal with its own agent, EVENTS.md 11; "
             "sellers implied by the origin, 12b/20b's purchases of U.S. corn); 'recent' has no value: undated"),
            # 2
            ("COOPERATE", "purchase", (("South Korea", "600,000 tonnes by"), "KOR", "GOV"), US_SELLERS, None,
             None, "unknown", None, "asserted", None,
             "South Korea's 600,000 tonnes, the second buyer of the same nominal (split by buyer, EVENTS.md 12); "
             "undated"),
            # 3
            ("STATEMENT", ("said", "Report, the department"), (("the department", "Report,"), "USA", "GOV"), None,
             WAS, "1987-03-11", "day", None, "asserted", None,
             "in its World Production and Trade Report (a report by a named author, 26a): the view is reinforced by "
             "the expected Argentine decline and uncertain South African and Chinese supplies; DCT"),
            # 4
            ("STATEMENT", ("said", "last year, it"), (("it", "last year,"), "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "statistics: South Korea's cumulative commitments (and Japan's, in the sentence before); DCT"),
        ],
        "skip": [
            ("suggests", "content of the statement (assessment)"),
            ("increasing", "content of the statement"),
            ("reinforced", "content of the statement"),
            ("expectation", "content of the report (impersonal expectation)"),
            ("decline", "statistics (content of the report)"),
            ("uncertainty", "content of the report"),
            (("purchases", "With these corn"), "anaphoric nominal (the purchases coded in the lead)"),
            ("committed", "export commitments: statistics (stative, 12b)"),
            ("commitments", "statistics (stative, 12b)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("South Korea", "GPE", "KOR"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Argentine", "NORP", "ARG"),
            ("South African", "NORP", "ZAF"),
            ("Chinese", "NORP", "CHN"),
            (("Japan", "With these corn purchases,"), "GPE", "JPN"),
            (("U.S.", "buying 7.7"), "GPE", "USA"),
            (("South Korea", "year-ago"), "GPE", "KOR"),
        ],
    },
    "reuters21578-6053": {
        "events": [
            # 0
            ("STATEMENT", ("said", "holding company"), BAC_LEAD, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "in a filing with the SEC: BankAmerica may place its long-term Brazil loans on nonaccrual status if "
             "Brazil continues to defer interest (corporate accounting, no type, 17b/29a; 10a's THREATEN was "
             "for a move the text called pressure on Brazil, arguable); the filing has no date: DCT"),
            # 1
            ("STATEMENT", ("said", "BankAmerica said its outstanding loans to Brazil"),
             (("BankAmerica", "Exchange Commission."), "USA", "BUS"), None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "statistics: outstanding loans to Brazil (stative); DCT"),
            # 2
            ("STATEMENT", "announced", ("The Brazilian government", "BRA", "GOV"), None, None,
             "1987-02", "month", "in February", "asserted", None,
             "announcement of its intention to stop paying interest (the payment freeze has no type, EVENTS.md "
             "10; its announcement is a STATEMENT, 10a/16b/23b/30b); 'in February' = 1987-02; not DCT-dated: "
             "location null"),
            # 3
            ("STATEMENT", ("said", "the banking firm"), ("the banking firm", "USA", "BUS"), None, WAS,
             "1987-03-17", "day", None, "asserted", 0,
             "later mention: the quote ('Continued deferral ... could result in the loans being placed on "
             "nonaccrual status') restates the lead's paraphrase (EVENTS.md 3)"),
            # 4
            ("STATEMENT", ("said", "BankAmerica said its outstanding loans to Mexico"),
             (("BankAmerica", "BankAmerica said its outstanding loans to Mexico"), "USA", "BUS"), None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "statistics: outstanding and nonaccrual loans to Mexico; DCT"),
            # 5
            ("STATEMENT", ("said", "or more, it"), (("it", "or more, it"), "USA", "BUS"), None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "statistics: outstanding and nonaccrual loans to Venezuela; DCT"),
        ],
        "skip": [
            ("place", "corporate accounting (nonaccrual status), content of the statement (THREATEN arguable, 10a)"),
            ("defer", "condition: Brazil's interest-payment freeze (no type, EVENTS.md 10)"),
            ("filing", "part of the reporting clause (an SEC filing, corporate finance)"),
            ("stop paying", "content of the announcement: the payment freeze (no type, EVENTS.md 10)"),
            ("deferral", "the payment freeze inside the quote (no type)"),
            ("placed", "corporate accounting (content of the quote)"),
            (("reported", "215 mln"), "statistics (loans reported as nonaccrual: accounting, no acting actor)"),
            (("reported", "241 mln"), "statistics (loans reported as nonaccrual: accounting, no acting actor)"),
        ],
        "entities": [
            ("BankAmerica Corp", "ORG", "USA"),
            ("Brazil", "GPE", "BRA"),
            (("Brazil", "status if"), "GPE", "BRA"),
            ("Securities and Exchange Commission", "ORG", "USA"),
            (("BankAmerica", "Exchange Commission."), "ORG", "USA"),
            (("Brazil", "BankAmerica said its outstanding loans to"), "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            (("BankAmerica", "the banking firm said."), "ORG", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("Venezuela", "GPE", "VEN"),
        ],
    },
    "reuters21578-8161": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Deng Xiaoping"), DENG, None, None,
             None, "unknown", None, "asserted", None,
             "China must not import more than 10 mln tonnes of grain: the leader's view of his own country's "
             "policy (own_blind's 'We should ...' about the speaker's side; REQUEST CHN -> CHN or SANCTION "
             "arguable); relayed by a Hong Kong newspaper with no date for the remarks ('It did not give the "
             "context'): undated, location null (20a/26b); the paper's 'said' is attribution"),
            # 1
            ("STATEMENT", "quoted", (("Deng", "in 1982."), "CHN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "grain output is one of several key issues (assessment); relayed speech ('quoted ... as saying', "
             "own_blind3/23b/26a): undated"),
            # 2
            ("STATEMENT", "did not give", (("It", "economy."), "HKG", "ORG"), None, PEK,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement by the newspaper (the context of Deng's remarks; 13a's 'did not give a crop "
             "estimate'); wire style: DCT, dateline city"),
            # 3
            ("STATEMENT", ("quoted", "391 mln"), (("Deng", "391 mln"), "CHN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "pigs are not fed, not enough grain, output growth slowed (assessment); relayed: undated"),
            # 4
            ("STATEMENT", ("said", 'year 2000," he'), (("he", 'year 2000,"'), "CHN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "'We should ... put agriculture in its proper place to reach our target' (the speaker's own side: "
             "STATEMENT); continues the newspaper's quotes: relayed, undated (20a)"),
            # 5
            ("STATEMENT", ("quoted", "The paper"), (("Deng", "The paper quoted"), "CHN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the State Council has decided to raise the price of five grains (domestic price policy: no type, so "
             "the relayed saying is the record); undated"),
            # 6
            ("STATEMENT", "gave no details", (("it", "1978, but"), "HKG", "ORG"), None, PEK,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement by the paper ('but it gave no details', 25a/26a); DCT"),
        ],
        "skip": [
            (("said", "Ming Pao"), "rule-3 attribution (the newspaper relaying Deng's statement)"),
            ("import", "content of the statement (an import ceiling for China itself; SANCTION arguable)"),
            ("show", "a document (customs figures): not a speech act"),
            ("imported", "statistics"),
            ("influence", "content of the quote"),
            ("remarks", "anaphoric nominal (Deng's remarks)"),
            ("fed", "content of the quote"),
            ("slowed", "content of the quote"),
            (("put", "economic planning"), "content of the quote (the speaker's own side)"),
            (("reach", "place to"), "content of the quote"),
            ("avoid", "the quote continuing 'he said' with no reporting clause of its own (restates the lead's "
                      "import limit; a later mention of the first record arguable)"),
            ("importing", "content of the quote"),
            ("decided", "domestic price policy (the State Council's price rise), content of the quote"),
            (("raise", "decided to"), "domestic price policy (content)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("Deng Xiaoping", "PERSON", "CHN"),
            (("China", "Xiaoping said"), "GPE", "CHN"),
            ("Ming Pao", "ORG", "HKG"),
            ("Hong Kong", "GPE", "HKG"),
            (("China", "Customs figures show that"), "GPE", "CHN"),
            (("Deng", "in 1982."), "PERSON", "CHN"),
            (("Deng", "391 mln"), "PERSON", "CHN"),
            (("Deng", "The paper quoted"), "PERSON", "CHN"),
            ("State Council", "ORG", "CHN"),
        ],
    },
    "reuters21578-17324": {
        "events": [
            # 0
            ("STATEMENT", "announce", NT_US_UNIT, None, None,
             "1987-04-27", "day", "today", "planned", None,
             "the U.S. unit will announce a reorganization today (a company's own organisation has no type; a "
             "planned announcement is a planned STATEMENT, 10b/11a/35b); Lowe's 'said' is rule-3 attribution "
             "(35b's PDVSA call; a STATEMENT on 'said', DCT, arguable)"),
            # 1
            ("STATEMENT", ("said", "Lowe said from"), (("Lowe", "service data communications equipment,"), "USA", "BUS"),
             None, ("Nashville", "USA"),
             "1987-04-27", "day", None, "asserted", None,
             "the new division will be formed effective May 1 and will market, sell and service data equipment "
             "(the company's own organisation; 'May 1' governs the formation); said from the Nashville headquarters"),
            # 2
            ("STATEMENT", ("said", "U.S. military, he"), (("he", "U.S. military,"), "USA", "BUS"), None,
             ("TORONTO", "CAN"),
             "1987-04-27", "day", None, "asserted", None,
             "the group will include sales to the U.S. government and military (its own business); DCT"),
            # 3
            ("STATEMENT", ("said", "spokesman Lowe"), ("Northern Telecom spokesman Lowe", "USA", "BUS"), None,
             ("TORONTO", "CAN"),
             "1987-04-27", "day", None, "asserted", None,
             "the division will concentrate on sales to large end users and packet switching (its own business); "
             "DCT"),
            # 4
            ("STATEMENT", ("said", "Lowe said the company"), (("Lowe", "Lowe said the company"), "USA", "BUS"), None,
             ("TORONTO", "CAN"),
             "1987-04-27", "day", None, "asserted", None,
             "forecast: the group's revenues about 350 mln dlrs in 1987 ('in 1987' governs the revenues); DCT"),
            # 5
            ("STATEMENT", ("said", 'occur there," Lowe'), (("Lowe", 'occur there,"'), "USA", "BUS"), None,
             ("TORONTO", "CAN"),
             "1987-04-27", "day", None, "asserted", None,
             "'Raising this to a group level ... demonstrates the importance we see in this marketplace' "
             "(assessment); DCT"),
            # 6
            ("STATEMENT", ("said", "Lowe said the business"), (("Lowe", "Lowe said the business"), "USA", "BUS"),
             None, ("TORONTO", "CAN"),
             "1987-04-27", "day", None, "asserted", None,
             "the business was previously part of the Dallas-based PBX division (its own organisation); DCT"),
        ],
        "skip": [
            (("said", "spokesman Richard Lowe"), "rule-3 attribution (the planned announcement is the event)"),
            ("reorganization", "content of the announcement (the company's own organisation)"),
            (("form", "today to"), "content of the announcement (a new division)"),
            ("formed", "content of the statement (the division's formation, effective May 1)"),
            (("market", "will"), "content of the statement (the division's business)"),
            ("include", "content of the statement"),
            ("concentrate", "content of the statement"),
            ("anticipates", "content of the statement (the company's forecast)"),
            ("Raising", "content of the quote (the company's own organisation)"),
            ("demonstrates", "content of the quote"),
            ("accounted", "statistics (share of revenues)"),
            ("owned", "stative (ownership)"),
        ],
        "entities": [
            ("Northern Telecom Ltd", "ORG", "CAN"),
            ("U.S.", "GPE", "USA"),
            ("Richard Lowe", "PERSON", "USA"),
            (("Lowe", "service data communications equipment,"), "PERSON", "USA"),
            ("Northern Telecom Inc", "ORG", "USA"),
            ("Nashville", "GPE", "USA"),
            ("Tenn.", "GPE", "USA"),
            (("U.S.", "sales to the"), "GPE", "USA"),
            (("U.S.", "federal government and"), "GPE", "USA"),
            (("U.S.", "The U.S. unit's new"), "GPE", "USA"),
            (("Northern Telecom", "public or private networks,"), "ORG", "CAN"),
            (("Lowe", "Northern Telecom spokesman"), "PERSON", "USA"),
            (("Lowe", "Lowe said the company"), "PERSON", "USA"),
            (("Lowe", 'occur there,"'), "PERSON", "USA"),
            (("Lowe", "Lowe said the business"), "PERSON", "USA"),
            (("Northern Telecom Inc", "previously part of"), "ORG", "USA"),
            ("Dallas", "GPE", "USA"),
            (("Northern Telecom Inc", "division."), "ORG", "USA"),
            (("Northern Telecom Ltd", "parent company"), "ORG", "CAN"),
            (("Northern Telecom", "dlrs."), "ORG", "CAN"),
            ("North America", "LOC", None),
            ("Bell Canada Enterprises Inc", "ORG", "CAN"),
        ],
    },
    "reuters21578-1652": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Bernard Vieux"), VIEUX, None, PAR,
             "1987-03-04", "day", None, "asserted", None,
             "assessment: the size of French carryover barley stocks is worrying (ONIC, a state agency: FRA GOV); "
             "wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "FRA", "GOV"), None, PAR,
             "1987-03-04", "day", None, "asserted", None,
             "statistics: stock estimates unchanged, export forecasts lowered; DCT"),
            # 2
            ("REQUEST", "called on", VIEUX_CALLED, ("the EC Commission", None, "IGO"), PAR,
             "1987-03-04", "day", None, "asserted", None,
             "called on the EC Commission to help by awarding more export certificates (an identifiable actor "
             "asked to act); DCT"),
            # 3
            ("STATEMENT", ("said", "certificates and"), VIEUX_CALLED, None, PAR,
             "1987-03-04", "day", None, "asserted", None,
             "second reporting clause (EVENTS.md 3): if no outlets are opened a large amount could go into "
             "intervention (a forecast with no consequence from the speaker, own_blind's 'warned that partners "
             "may resist'); DCT"),
            # 4
            ("STATEMENT", ("said", "intervention, Vieux"), VIEUX_AMOUNT, None, PAR,
             "1987-03-04", "day", None, "asserted", None,
             "a small amount of French barley already put into intervention (statistics); DCT"),
            # 5
            ("STATEMENT", "detailing", VIEUX_AMOUNT, None, PAR,
             "1987-03-04", "day", None, "negated", None,
             "withheld statement ('without detailing the amount', as 30b's 'without specifying', 7a/24a's "
             "'without providing further details'); DCT"),
            # 6
            ("STATEMENT", ("said", "French maize, he"), (("he", "tenders for French maize,"), "FRA", "GOV"), None,
             PAR, "1987-03-04", "day", None, "asserted", None,
             "the higher maize export estimate is due to the EC Commission's special export tenders (assessment); "
             "DCT"),
        ],
        "skip": [
            ("estimated", "statistics (stock estimate)"),
            ("lowered", "statistics (forecast revision, content)"),
            ("help", "content of the request"),
            ("awarding", "content of the request (export-certificate administration)"),
            ("opened", "condition inside the statement"),
            (("put", "a large amount could be"), "content of the forecast (intervention sales)"),
            (("put", "has already been"), "intervention sales by unnamed holders (statistics, content)"),
            (("put", "now"), "statistics (export estimate)"),
            ("decision", "background nominal: the EC Commission's special export tenders (export-subsidy "
                         "administration, no type, own_dev's export bonuses; AID -> FRA arguable)"),
            ("hold", "content of the background nominal (the tenders)"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("French Cereals Intervention Office", "ORG", "FRA"),
            ("ONIC", "ORG", "FRA"),
            ("Bernard Vieux", "PERSON", "FRA"),
            (("Vieux", "Vieux called"), "PERSON", "FRA"),
            ("EC Commission", "ORG", None),
            (("French", "opened for"), "NORP", "FRA"),
            (("French", "A small amount of"), "NORP", "FRA"),
            (("Vieux", "already been put into intervention,"), "PERSON", "FRA"),
            (("French", "The outlook for"), "NORP", "FRA"),
            (("EC", "non-"), "ORG", None),
            (("EC Commission", "due to the"), "ORG", None),
            (("French", "export tenders for"), "NORP", "FRA"),
        ],
    },
    "reuters21578-14957": {
        "events": [
            # 0
            ("RETREAT", "lifted", ("Tug crews", "AUS", "ORG"), ("foreign-flag ships", None, "BUS"),
             ("New South Wales, Victoria and Western Australia", "AUS"),
             "1987-04-07", "day", "yesterday", "asserted", None,
             "tug crews lifted their ban on foreign-flag container ships (lifting a measure; the strikers' calling-off "
             "is RETREAT in events_dev and 10b); the target named in the clause has no single country (null, as 35b's "
             "'foreign-flag container vessels'); an identifiable act reported by anonymous shipping sources (32a/35b), "
             "their 'said' skipped; 'yesterday' = 1987-04-07"),
            # 1
            ("PROTEST", "imposed", (None, "AUS", "ORG"), None, None,
             "1987-04-01", "day", "a week ago", "asserted", None,
             "the ban imposed a week ago over a pay claim: the tug crews' industrial action (35b's PROTEST for the same "
             "bans, dated 1987-04-01 there too); a participle with its own date (EVENTS.md 11), agent implied (the tug "
             "crews of the sentence before), no target named in the clause (EVENTS.md 14); 'a week ago' from Wed "
             "1987-04-08 = Wed 1987-04-01"),
            # 2
            ("PROTEST", "disruption", (None, "AUS", "ORG"), None, ("Sydney, Newcastle and Port Kembla", "AUS"),
             "1987-04-08", "day", "today", "asserted", None,
             "disruption of cargo handling began today at three NSW ports: the industrial action named in the next "
             "sentence (agent implied, the unions of the NSW Trades and Labour Council's week of action; as "
             "events_dev's agentless 'stoppage was also called off'); skipping it as a consequence with no acting "
             "actor (23a/35b's 'disruption') arguable; relayed by anonymous sources ('they said' skipped)"),
            # 3
            ("PROTEST", "week of action", ("the NSW Trades and Labour Council", "AUS", "ORG"),
             (("the state", "changes to"), "AUS", "GOV"), ("NSW", "AUS"),
             None, "unknown", None, "asserted", None,
             "the week of action called by the NSW Trades and Labour Council to protest changes to the state's "
             "workers' compensation laws (a nominal with its own agent, EVENTS.md 11; 29a's demonstration 'to "
             "protest', 'protest' and 'called' left unlisted); the target named: the state (NSW government, AUS GOV); "
             "the week's start is not given: undated"),
        ],
        "skip": [
            (("ban", "lifted their"), "object of the lifting (the ban is coded on 'imposed' below)"),
            ("disrupted", "the NSW port disruption by 'a separate dispute' (no acting actor in the clause; the same "
                          "industrial action is coded on 'disruption' below)"),
            (("dispute", "separate"), "background nominal (a separate dispute, parties unnamed)"),
            (("said", "shipping sources"), "anonymous-source talk (shipping sources)"),
            ("prevented", "consequence of the ban (the ban is coded on 'imposed')"),
            ("claim", "background nominal (the pay claim, addressee unnamed; REQUEST arguable, 35b)"),
            (("said", "vessels, they"), "anonymous-source talk (shipping sources)"),
            (("dispute", "The pay"), "anaphoric nominal (the pay dispute)"),
            ("went before", "the dispute heard by the Arbitration Commission today: no actor named (CONSULT arguable; "
                            "35b's 'goes to the Commission')"),
            ("hearing", "the Arbitration Commission hearing (setting of the referral)"),
            (("said", "Port Kembla, they"), "anonymous-source talk (shipping sources)"),
            ("industrial action", "anaphoric nominal (the NSW port disruption coded above)"),
            ("changes", "domestic legislation (content of the protest)"),
        ],
        "entities": [
            ("New South Wales", "GPE", "AUS"),
            ("NSW", "GPE", "AUS"),
            ("Victoria", "GPE", "AUS"),
            ("Western Australia", "GPE", "AUS"),
            (("NSW", "containers but"), "GPE", "AUS"),
            ("Arbitration Commission", "ORG", "AUS"),
            ("Sydney", "GPE", "AUS"),
            ("Newcastle", "GPE", "AUS"),
            ("Port Kembla", "GPE", "AUS"),
            (("NSW", "industrial action at the"), "GPE", "AUS"),
            ("NSW Trades and Labour Council", "ORG", "AUS"),
        ],
    },
    "reuters21578-9348": {
        "events": [
            # 0
            ("STATEMENT", "said", MOUSAVI, None, TEHRAN,
             "1987-03-25", "day", None, "asserted", None,
             "Iran has 'more effective' missiles than the Silkworms (a capability claim with no condition or demand: "
             "19a's 'we can close it with artillery only'; THREATEN arguable); 'Tehran Radio reported' is attribution "
             "of a wire-style 'said' (27b/own_blind3): DCT; located in Tehran (he spoke after a cabinet meeting in "
             "Tehran, sentence 4)"),
            # 1
            ("STATEMENT", ("said", "State Department spokesman"), ("A U.S. State Department spokesman", "USA", "GOV"),
             None, None,
             "1987-03", "month", "last week", "asserted", None,
             "Iran had acquired Chinese-made Silkworm missiles posing a greater threat to Gulf shipping (23b's 'U.S. "
             "officials have said Iran has new Chinese-made missiles': STATEMENT, ACCUSE arguable); 'last week' (16-22 "
             "March from Wed 25 March) dates the saying, kept at its month (EVENTS.md 21); location null"),
            # 2
            ("STATEMENT", "announced", (("Tehran", "saying that"), "IRN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "Tehran officially announced that it had shore-to-sea missiles (an announcement, STATEMENT): the main "
             "proposition of the relayed quote, so 'quoted' is rule-3 attribution (35b's announcement call); "
             "'after' the Faw offensive gives no value: undated (1986-02 arguable)"),
            # 3
            ("ASSAULT", "overran", ("its forces", "IRN", "MIL"), (("Iraq", "southern"), "IRQ", "GOV"),
             ("Faw peninsula", "IRQ"),
             "1986-02", "month", "February\nlast year", "asserted", None,
             "Iran's forces overran Iraq's Faw peninsula in February last year (13a's capture of Faw; a finite clause "
             "with its own date); February 1986"),
            # 4
            ("ACCUSE", ("said", 'sensation now,"'), (("Mousavi", 'now," said'), "IRN", "GOV"),
             ("the Americans", "USA", "GOV"), TEHRAN,
             "1987-03-25", "day", None, "asserted", None,
             "the Americans' belated concern is 'because Reagan needs this sensation now' (criticism of the U.S. "
             "motive: the saying is the act); wire style: DCT; speaking after a cabinet meeting in Tehran"),
            # 5
            ("STATEMENT", "added", (("he", 'Gulf," he'), "IRN", "GOV"), None, TEHRAN,
             "1987-03-25", "day", "today", "asserted", None,
             "'We also announce today that these missiles are not the limit of our war capabilities' (a capability "
             "claim, 19a; THREATEN arguable; 'announce' left unlisted: the same act); 'today' = DCT"),
            # 6
            ("THREATEN", ("said", "Mousavi said the security"), (("Mousavi", "he added."), "IRN", "GOV"),
             (("U.S.", "nothing to do with the"), "USA", "GOV"), TEHRAN,
             "1987-03-25", "day", None, "asserted", None,
             "Gulf security has nothing to do with the U.S., but Iran would resort to any action to defend the Gulf, "
             "'even those ... not thought probable by Westerners': a warning with consequences in the speaker's "
             "hands aimed at the U.S. named in the clause (one reporting clause, one record; 'resort' left unlisted; "
             "STATEMENT as 23b's 'all its legitimate means' arguable); DCT"),
        ],
        "skip": [
            (("reported", "Tehran Radio reported"), "attribution of a wire-style 'said' (27b)"),
            ("provoked", "background relative clause: the earlier U.S. concern (ACCUSE USA -> IRN undated arguable)"),
            (("Concern", "provoked U.S."), "background nominal (the U.S. concern)"),
            ("acquired", "content of the statement: an arms purchase from an unnamed seller ('Chinese-made' names the "
                         "weapon; COOPERATE IRN -> CHN arguable, 16a)"),
            ("posed", "content of the statement"),
            (("used", "previously"), "content of the statement"),
            ("monitored", "the BBC's monitoring (no type, 34a)"),
            ("quoted", "rule-3 attribution (Tehran's announcement is the event)"),
            ("thinking of expressing", "content of the accusation (the U.S. concern)"),
            (("concern", "expressing their"), "content of the accusation"),
            ("speaking", "participial elaboration of the same speech act"),
            ("cabinet meeting", "internal meeting of one body"),
            ("defend", "content of the threat"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("Mir-Hossein Mousavi", "PERSON", "IRN"),
            (("Iran", "Mousavi said"), "GPE", "IRN"),
            ("U.S.", "GPE", "USA"),
            ("Tehran Radio", "ORG", "IRN"),
            ("U.S. State Department", "ORG", "USA"),
            (("Iran", "said last week"), "GPE", "IRN"),
            ("Chinese", "NORP", "CHN"),
            ("Gulf", "LOC", None),
            (("Tehran Radio", "previously"), "ORG", "IRN"),
            ("British Broadcasting Corp", "ORG", "GBR"),
            (("Mousavi", "quoted"), "PERSON", "IRN"),
            (("Tehran", "saying that"), "GPE", "IRN"),
            (("Iraq", "southern"), "GPE", "IRQ"),
            ("Faw", "LOC", "IRQ"),
            ("Americans", "NORP", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Mousavi", 'now," said'), "PERSON", "IRN"),
            (("Tehran", "cabinet meeting in"), "GPE", "IRN"),
            (("Gulf", "war capabilities in the"), "LOC", None),
            (("Mousavi", "he added."), "PERSON", "IRN"),
            (("Gulf", "the security of the"), "LOC", None),
            (("U.S.", "nothing to do with the"), "GPE", "USA"),
            (("Iran", "nothing to do with the U.S. But"), "GPE", "IRN"),
            (("Gulf", "action to defend the"), "LOC", None),
            ("Westerners", "NORP", None),
        ],
    },
    "reuters21578-15520": {
        "events": [],
        "skip": [
            ("expect", "anonymous-source talk (traders): market forecast"),
            ("open", "market-price movement (futures opening)"),
            ("called", "market-price movement (futures called unchanged)"),
            ("traded", "market-price movement"),
            (("said", "Traders said"), "anonymous-source talk (traders)"),
            ("ended", "market condition (supply squeeze), content of anonymous talk"),
            ("fell", "market-price movement"),
            (("said", "lower, traders"), "anonymous-source talk (traders)"),
            (("expect", "Traders expect some"), "anonymous-source talk (traders)"),
            (("said", "products but"), "anonymous-source talk (traders)"),
            ("lend some support", "market-price movement (content of anonymous talk)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("North Sea", "LOC", None),
            ("New York", "GPE", "USA"),
            ("London", "GPE", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
