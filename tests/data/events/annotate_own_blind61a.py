"""Build ``own_blind61a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind61a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2226 left); 24 drawn with random.Random(61101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
52 event records (48 first mentions, 4 later mentions), 118 not_annotated spans, 108 entity mentions
(GPE 36, ORG 34, LOC 17, PERSON 11, NORP 10); no article without events; 10512 (Marine Midland's Brazil
loans), 9906 (St Lawrence Seaway opening) and 20721 (Texaco postings) have reporting-clause STATEMENTs only.
Types: STATEMENT 39, CONSULT 4, AGREE 3, ASSAULT 2, MOBILIZE 1, COOPERATE 1, REQUEST 1, ACCUSE 1; modality:
asserted 50, planned 1, negated 1; precision: day 39, unknown 8, month 5.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, two wrong ones fixed: a second
"West Texas" and the REQUEST's "coffee producers"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Italian Prime Minister Giovanni Goria": NORP + PERSON; "Bank of
Japan Governor Satoshi Sumita": ORG + PERSON; "Nicaraguan Foreign Trade Minister Alejandro Martinez
Cuenca": NORP + PERSON); company names are tagged with their legal form and without angle brackets,
tickers are not entities; the possessive 's is left out ("America's", "Italy's", "Brazil's", "ADNOC's",
"Japan's"); a name used as a modifier is still a mention ("total Brazil outstandings", "a Seaway official",
"London coffee prices"); a government body with its country word is one ORG span ("U.S. Army Corps of
Engineers"), and a body containing a place name has no nested GPE ("Bank of Japan", "Abu Dhabi National
Oil Co"); agreements (International Coffee Agreement), currencies, crude grades and products are not
entities, but the place words in grade names are ("West Texas" LOC USA, "Louisiana" GPE USA: 54a/22a).
Countries: Marine Midland Banks Inc / "Marine Midland" ORG USA (the text gives no country; the dateline
WASHINGTON, the SEC filing and the U.S. ticker place it), the Securities and Exchange Commission ORG USA,
Brazil GPE BRA; "Italian" NORP ITA, Giovanni Goria / "Goria" PERSON ITA, Italy GPE ITA, America and the
United States GPE USA, "American" NORP USA, Iran GPE IRN, "Iranian" NORP IRN, the Gulf LOC null; the St
Lawrence Seaway LOC null and "Seaway" (the operating body in "a Seaway official") ORG null (a binational
waterway and authority, as 32b's River Plate), Lake Ontario, Lake Erie, Lake Superior, Huron and the Great
Lakes LOC null (shared by the USA and Canada), Montreal GPE CAN, the Welland Canal LOC CAN, the Soo Canal
LOC USA (the U.S. locks the Corps of Engineers runs), the U.S. Army Corps of Engineers ORG USA;
Allis-Chalmers Corp / "Allis-Chalmers" ORG USA (dateline MILWAUKEE), Boliden AB ORG SWE ("of Sweden"),
Sweden SWE, Australia AUS, Brazil BRA, France FRA, Great Britain GBR, Spain ESP, Appleton, West Allis and
"Wis." USA (57b's "N.J."), Lachine, Quebec and Canada CAN (GPE); Texaco Inc / "Texaco" ORG USA, "U.S." GPE
USA; Abu Dhabi, the United Arab Emirates and "UAE" GPE ARE, Abu Dhabi National Oil Co / "ADNOC" ORG ARE,
its Petroleum Community magazine ORG ARE (company media, as earlier sets' newspapers), Khalaf al-Oteiba /
"Oteiba" PERSON ARE, OPEC ORG null; Japan GPE JPN, "Japanese" NORP JPN, Jiji Press / "Jiji" ORG JPN, the
Bank of Japan ORG JPN, Satoshi Sumita / "Sumita" PERSON JPN, the Asian Development Bank ORG null;
"Nicaraguan" NORP NIC, Alejandro Martinez Cuenca / "Martinez" PERSON NIC, Managua GPE NIC, London GPE GBR,
the International Coffee Organisation / "ICO" ORG null, "Latin American" and "Central American" NORP null,
Latin America LOC null, Brazil GPE BRA.

Judgement calls made here:
* 10512 (Marine Midland's Brazil loans, DCT Fri 1987-03-27, WASHINGTON): "Marine Midland Banks Inc said in
  a filing with the Securities and Exchange Commission that it may reclassify as 'nonperforming' 359 mln
  dlrs of ... loans to Brazil" is a STATEMENT (USA BUS, DCT): reclassifying loans is corporate accounting
  (41b's BankAmerica 6053; 10a's THREATEN was for a move its text called pressure on Brazil, arguable) and
  the filing part of the reporting clause. The quote '"Continued suspension of interest payments ... could
  result in such loans being classified as nonperforming ...," it said' restates the lead: later mention
  (EVENTS.md 3, as 41b). "The company added that it expects first quarter 1987 earnings to be 'down
  moderately'", "However, it added its belief that it was 'premature to decide at this time'", "Marine
  Midland said its total Brazil outstandings ...", "It said it expected lower first quarter 1987
  earnings" and "It said the earnings projection was based on 'preliminary' 1987 data" are STATEMENTs,
  DCT, WASHINGTON; so is "the company estimated Brazil's action would reduce its net income" (a forecast,
  wire style: DCT), whose if-clause "If debt restructuring talks between Brazil and its creditor banks are
  not completed" is a condition (skipped; CONSULT BRA -> the banks arguable). "Brazil announced Feb. 20
  that it was temporarily suspending interest payments" is a STATEMENT BRA GOV (the payment freeze has no
  type, EVENTS.md 10; its announcement is a STATEMENT, 41b), 1987-02-20 ("Feb. 20", past), location null.
  "In the first quarter of 1986, Marine Midland reported record earnings" is a STATEMENT (a results
  release by a named company) that is undated: the time expression dates the earnings, not the report
  (11b's "In 1986 ... it reported"), location null. "As of Dec. 31, it had interest receivable" is
  stative.
* 20902 (Italy and the Gulf, DCT Mon 1987-10-19, ROME): "Italian Prime Minister Giovanni Goria told the
  cabinet on Monday he was worried about the increased tension in the Gulf" is a STATEMENT ITA GOV dated by
  its own "on Monday" (the Monday on or before Mon 19 Oct = the DCT; location null, the dateline default
  being only for DCT-dated speech, 48b/55a); "but said America's retaliation against Iran had been
  limited" is a second STATEMENT (EVENTS.md 3, "said ... but added"), wire style: DCT, ROME (an
  assessment of the U.S. action; SUPPORT USA arguable, but no praise or endorsement is voiced). The
  retaliation itself, a nominal with its agent, target and own predication ("had been limited", EVENTS.md
  11, 41b's "recent purchase ... by Japan"), is ASSAULT USA MIL -> IRN, undated (no time expression of
  its own, rule 17; the attack was on 19 October, which the text does not say); its other mentions ("would
  take action against an Iranian target", "an attack on an oil platform", "reaction", "the attack") are
  content of the notification or anaphoric (skipped). "A statement issued after a cabinet meeting said Goria
  had been informed by the United States that it would take action ..., but had not known beforehand ..."
  is a STATEMENT by the Italian government (speaker implied, ITA GOV, 55a's "The statement said"), DCT
  ("after a cabinet meeting" = Monday), ROME; the U.S. notification is its content (5b's "informed";
  CONSULT USA -> ITA arguable) and the cabinet meeting an internal meeting (EVENTS.md 10). The quote '"The
  prime minister expressed his concern ..., at the same time recognizing the limited character of the
  American military reaction ...," the statement said' restates Goria's telling the cabinet: a later
  mention on "said" (53a's Foreign Ministry statement; "expressed" and the participle "recognizing"
  skipped as its content), with the first mention's date. "the attacks it has suffered in the past few
  days" is ASSAULT by Iran (implied from the retaliation against Iran, IRN MIL) -> the United States ("it",
  USA), a nominal with its own predication and time (EVENTS.md 11), dated 1987-10 at month precision ("in
  the past few days" from 19 October lies in October, EVENTS.md 21's week rule; undated arguable).
  "Goria said Italy's own ships were far from the platform ... and the fleet had been advised to follow
  events with caution" is a STATEMENT (the advice to its own fleet is an internal instruction: content),
  DCT, ROME. "Italy has sent eight ships ... to the Gulf to protect Italian merchant shipping there" is
  MOBILIZE ITA MIL (a naval deployment short of force, 43a), no actor2 (no target named; protecting its own
  shipping is the purpose, skipped), located in the Gulf, undated (present perfect, rule 17).
* 9906 (St Lawrence Seaway opening, DCT Thu 1987-03-26, CHICAGO): the scheduled openings, the repairs,
  the closing and the Soo lock opened on March 22 are waterway operations with no type (skipped), so
  the four reporting clauses are STATEMENTs, DCT, CHICAGO: "a Seaway official said" and "she said" (an
  official of a named body, EVENTS.md 4; the Seaway is run jointly by Canadian and U.S. authorities and the
  official's side is not stated: null, EVENTS.md 15), "according to an U.S. Army Corps of Engineers
  official" (an identifiable official of a named U.S. body, 29b/46b's "according to" as a reporting
  clause: USA MIL, the Corps being part of the Army; kind GOV arguable, not scored) and "she added" about
  the Soo Canal (read as the Corps official, the last-named speaker and the Soo locks' operator: USA; the
  Seaway official, null, arguable).
* 11910 (Allis-Chalmers sale, DCT Wed 1987-04-01, MILWAUKEE): "Allis-Chalmers Corp said it expects cash
  proceeds from the proposed sale ... to exceed 90 mln dlrs" is a STATEMENT (a forecast, USA BUS, DCT,
  MILWAUKEE); "the proposed sale" and "the planned sale" there are background nominals with no buyer named
  (skipped). "Closing of the sale to Boliden AB of Sweden would be part of the overall restructure of
  Allis-Chalmers ..., the company said": the sale to a named buyer is COOPERATE USA BUS (the seller
  implied) -> Boliden (SWE BUS), planned ("would"), undated, on the event noun "sale" (a nominal with its
  counterpart and own predication, EVENTS.md 11; "Closing" skipped as part of it), and the saying, whose
  main proposition is how the sale fits the restructuring, is also a STATEMENT (DCT; as 41b's "The recent
  purchase ... suggests ..., the USDA said": both coded). "which was announced on March Four" is a STATEMENT
  by Allis-Chalmers (agent implied, USA BUS) dated 1987-03-04 ("March Four", past), location null; the
  restructure is internal (no type). "Allis-Chalmers said the business entities included in the
  transaction had total sales ..." is a STATEMENT (statistics, DCT). The businesses' descriptions are
  stative.
* 20721 (Texaco crude postings, published 1987-10-20, dateline "New York, Oct 20"): raising posted crude
  prices is company price setting (no type; 54a's Citgo, 15b, 22a), so "Texaco Inc said it raised the
  contract price ..." and "The company said the increase brings its posting ..." are STATEMENTs (USA BUS,
  DCT 1987-10-20, location the dateline city as written, "New York"; "effective October 16" dates the rise,
  not the saying); the grade rises and "last changed its crude oil postings on September 15" are price
  setting (skipped).
* 16658 (ADNOC marketing, DCT Mon 1987-04-13, ABU DHABI): "A senior Abu Dhabi oil official said in remarks
  published today" is a STATEMENT dated by the publication "today" (18b's 7350: not treated as relayed
  "quoted as saying" speech), location ABU DHABI; the official is ADNOC's marketing director (a state
  company executive: ARE BUS, EVENTS.md 15). "Khalaf al-Oteiba ... told the company's Petroleum Community
  magazine ADNOC was also keen to keep good customer relations" is a STATEMENT (wire style: DCT, ABU DHABI);
  the quote '"The company will maintain its dialogue with and care for its customers ... And take
  necessary steps to guarantee marketing its production," he said' restates it (later mention, EVENTS.md 3;
  the unnamed customers give no CONSULT). "adherence to OPEC decisions of December 1986 to control
  production and establish a new pricing system" carries the OPEC accord as a nominal with its own date
  (EVENTS.md 11's "February 22 ... agreement"): AGREE by OPEC (null IGO, no actor2, own_blind3's Paris
  accord), 1986-12, on "decisions"; ADNOC's "adherence" is a stative policy (skipped; AGREE ARE -> OPEC
  arguable) and "he added" is a STATEMENT (DCT). "OPEC agreed last December to limit production ..." is
  its later mention, with its own time expression ("last December" = 1986-12, EVENTS.md 21). The earlier
  "without breaching OPEC accords" is a bare background nominal (skipped). "Oteiba said stabilization ...
  depended on how much discipline OPEC showed", "Oteiba said last year ... was ADNOC's most difficult ever
  but 'a practical and flexible pricing policy was implemented'" (domestic price policy: content) and "He
  said crude oil sales last year jumped ..." are STATEMENTs (DCT); export and sales figures, including "In
  1985, ADNOC marketed a total of 476,000 bpd", are statistics.
* 17209 (Sumita on the yen, published 1987-04-26 22:02, dateline "OSAKA, April 27"): the DCT is
  published_at's date, 1987-04-26 (GUIDELINES). "Japan's Jiji Press quoted Bank of Japan Governor Satoshi
  Sumita as telling Japanese reporters the central bank will continue determined market intervention" is a
  STATEMENT JPN GOV on "quoted" (relayed "quoted ... as" speech: undated, location null, own_blind3/23b/41b;
  "telling" left unlisted, 41b); the intervention is a monetary operation (EVENTS.md 10). "Sumita ... also
  said he does not think the yen will continue to rise, Jiji reported" and "He said coordinated intervention
  is the only way to stop the dollar from dropping too fast, Jiji said" are wire-style STATEMENTs with the
  agency's verb as attribution (27b's "X said ..., Tehran Radio reported"; 41b): DCT, OSAKA. "He said the
  Bank of Japan is keeping close contact with other major industrial nations on concerted market
  intervention, Jiji said" is CONSULT JPN GOV -> the other nations (a group: null) on "contact" (rule 3:
  the consultation is the proposition, both "said" attribution; the concerted intervention it concerns is
  monetary), undated (a standing present-progressive activity, 17a/b's "is insisting"; DCT arguable).
  "who is attending an annual meeting of the Asian Development Bank" is a background relative clause
  (skipped; CONSULT JPN -> ADB arguable, 57a). "The dollar fell below 138 yen today" is a market movement.
* 10640 (Nicaragua on coffee prices, published 1987-03-29 01:57, DCT Sun 1987-03-29, LONDON): "A senior
  Nicaraguan official said ..." and "Martinez told reporters the price fall ... has had disastrous
  results" are STATEMENTs (NIC GOV, DCT, LONDON). "Alejandro Martinez Cuenca was in London to brief
  International Coffee Organisation (ICO) executive board producer members" is CONSULT NIC GOV -> the ICO
  board's producer members (a group: null, EVENTS.md 13's host taken as the body), on "brief", undated (no
  time expression), located in London. "a meeting last weekend in Managua attended by eight Latin American
  coffee producers" is CONSULT by the group (null GOV, no actor2, 34a's Managua meeting), 1987-03 ("last
  weekend" from Sunday 29 March = 21-22 March: month, EVENTS.md 21), in Managua; "attended" and "to
  discuss" belong to it. "since the ICO failed to agree export quotas on March 1" is AGREE by the ICO (null
  IGO) negated (12a / 40a's talks that failed to agree), 1987-03-01. "He urged continued negotiations among
  coffee producers ..." is REQUEST NIC GOV -> the producers (null GOV), DCT; the negotiations and the quota
  agreement are its content. "Coffee export quotas ... were suspended a year ago" is agentless background
  (51b: RETREAT by the ICO, 1986, arguable: skipped). "Central American economic ministers have estimated
  the region will lose 720 mln dlrs ..., Martinez said" gives two STATEMENTs: the ministers' estimate (a
  group: null GOV), relayed second-hand with no time expression: undated, location null (EVENTS.md 20's
  Yugoslav officials), and Martinez's saying (NIC GOV, DCT). "He said ICO quota talks broke down last month
  because consumer members lack the political will ... and because consumers tried to dictate to
  producers" is ACCUSE NIC GOV -> the consumer members (a group: null) on "said" (blame voiced to reporters,
  EVENTS.md 7), DCT, LONDON, and the talks are CONSULT by the ICO (null IGO), 1987-02 ("last month"), a
  nominal with its own predication and date (48b / 34a's ICO quota talks); the breakdown has no type.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind61a.jsonl"

WAS = ("WASHINGTON", "USA")
ROME = ("ROME", "ITA")
CHI = ("CHICAGO", "USA")
MIL_WIS = ("MILWAUKEE", "USA")
NY = ("New York", "USA")
ABU = ("ABU DHABI", "ARE")
OSA = ("OSAKA", "JPN")
LON = ("LONDON", "GBR")
GULF = ("the Gulf", None)

USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
BRA_GOV = "BRA", "GOV"
ITA_GOV = "ITA", "GOV"
ARE_BUS = "ARE", "BUS"
JPN_GOV = "JPN", "GOV"
NIC_GOV = "NIC", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10512": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Marine Midland Banks Inc",) + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "in an SEC filing: it may reclassify 359 mln dlrs of Brazil loans as nonperforming (corporate "
             "accounting, no type, 41b's 6053; THREATEN arguable, 10a); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "added", (("The company", "The company added"),) + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", None, "expects first-quarter 1987 earnings down moderately "
             "(forecast); DCT"),
            # 2
            ("STATEMENT", ("said", 'nonaccrual," it'), (("it", 'nonaccrual," it'),) + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", 0,
             "later mention: the quote (continued suspension could result in the loans being classified as "
             "nonperforming) restates the lead (EVENTS.md 3, 41b)"),
            # 3
            ("STATEMENT", ("added", "However, it"), (("it", "However, it"),) + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "premature to decide whether to reclassify the loans (assessment; 'at this time' governs the "
             "decision); DCT"),
            # 4
            ("STATEMENT", "announced", (("Brazil", "Brazil announced"),) + BRA_GOV, None, None,
             "1987-02-20", "day", "Feb. 20", "asserted", None,
             "Brazil announced the suspension of interest payments (the freeze has no type, EVENTS.md 10; its "
             "announcement is a STATEMENT, 41b); 'Feb. 20' past; not DCT-dated: location null"),
            # 5
            ("STATEMENT", ("said", "Marine Midland said its total"), (("Marine Midland", "Marine Midland said its"),)
             + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", None, "total Brazil outstandings at end-1986 (statistics); DCT"),
            # 6
            ("STATEMENT", "estimated", (("the company", "the company estimated"),) + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "Brazil's action would cut its 1987 net income by about 22 mln dlrs if the talks are not completed "
             "(a conditional forecast; wire style: DCT)"),
            # 7
            ("STATEMENT", "reported", (("Marine Midland", "1986, Marine Midland"),) + USA_BUS, None, None,
             None, "unknown", None, "asserted", None,
             "reported record first-quarter 1986 earnings (a results release); 'In the first quarter of 1986' "
             "dates the earnings, not the report (11b): undated, location null"),
            # 8
            ("STATEMENT", ("said", "It said it expected"), (("It", "It said it expected"),) + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", None,
             "expects lower first-quarter 1987 earnings because funding costs rose (forecast); DCT"),
            # 9
            ("STATEMENT", ("said", "It said the earnings"), (("It", "It said the earnings"),) + USA_BUS, None, WAS,
             "1987-03-27", "day", None, "asserted", None, "the projection is based on preliminary data; DCT"),
        ],
        "skip": [
            ("filing", "part of the reporting clause (an SEC filing by a named company, 41b)"),
            (("reclassify", "that it may"), "corporate accounting (content of the statement; THREATEN arguable, 10a)"),
            (("expects", "added that it"), "part of the reporting clause (forecast)"),
            (("suspension", "Continued"), "Brazil's payment freeze inside the quote (no type, EVENTS.md 10)"),
            ("classified", "corporate accounting (content of the quote)"),
            (("placed", "nonperforming and"), "corporate accounting (content of the quote)"),
            ("belief", "part of the reporting clause"),
            ("decide", "content of the statement"),
            (("reclassify", "whether to"), "content of the statement (corporate accounting)"),
            ("suspending", "content of the announcement: the payment freeze (no type, EVENTS.md 10)"),
            (("talks", "restructuring"), "condition (if the talks are not completed; CONSULT BRA -> the creditor "
                                         "banks arguable)"),
            ("completed", "condition"),
            (("action", "Brazil's"), "anaphoric nominal (the payment freeze)"),
            ("reduce", "content of the forecast"),
            ("bolstered", "statistics"),
            (("expected", "It said it"), "part of the reporting clause (forecast)"),
            (("increased", "funds had"), "statistics (content)"),
            ("narrowing", "content of the statement"),
            (("based", "projection was"), "content of the statement"),
        ],
        "entities": [
            ("Marine Midland Banks Inc", "ORG", "USA"),
            ("Securities and Exchange Commission", "ORG", "USA"),
            (("Brazil", "loans to"), "GPE", "BRA"),
            (("Brazil", "Brazil announced"), "GPE", "BRA"),
            (("Marine Midland", "Marine Midland said its"), "ORG", "USA"),
            (("Brazil", "its total"), "GPE", "BRA"),
            (("Brazil", "long-term Brazil outstandings"), "GPE", "BRA"),
            (("Brazil", "between"), "GPE", "BRA"),
            (("Brazil", "Brazil's action"), "GPE", "BRA"),
            (("Marine Midland", "1986, Marine Midland"), "ORG", "USA"),
        ],
    },
    "reuters21578-20902": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Italian Prime Minister Giovanni Goria",) + ITA_GOV, None, None,
             "1987-10-19", "day", "Monday", "asserted", None,
             "told the cabinet on Monday he was worried about the increased Gulf tension; the Monday on or before "
             "Mon 1987-10-19 = the DCT; dated by its own expression: location null (48b/55a)"),
            # 1
            ("STATEMENT", ("said", "but said"), (("Giovanni Goria", "Prime Minister"),) + ITA_GOV, None, ROME,
             "1987-10-19", "day", None, "asserted", None,
             "America's retaliation against Iran had been limited (an assessment; a second reporting clause, "
             "EVENTS.md 3; SUPPORT arguable); wire style: DCT, dateline city"),
            # 2
            ("ASSAULT", "retaliation", (("America", "but said"), "USA", "MIL"), (("Iran", "retaliation against"),
                                                                                 "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "America's retaliation against Iran (a nominal with agent, target and its own predication 'had been "
             "limited', EVENTS.md 11); no time expression of its own: undated (rule 17)"),
            # 3
            ("STATEMENT", ("said", "cabinet meeting"), (None,) + ITA_GOV, None, ROME,
             "1987-10-19", "day", None, "asserted", None,
             "the government statement after the cabinet meeting: Goria had been informed by the U.S. of an action "
             "against an Iranian target but not that it would be an attack on an oil platform (the notification "
             "is content); speaker implied (55a's 'The statement said'); DCT"),
            # 4
            ("STATEMENT", ("said", 'few days," the statement'), (None,) + ITA_GOV, None, None,
             "1987-10-19", "day", "Monday", "asserted", 0,
             "later mention: the statement's quote (the prime minister expressed his concern ...) restates Goria's "
             "telling the cabinet (53a's Foreign Ministry statement); the first mention's date"),
            # 5
            ("ASSAULT", "attacks", (None, "IRN", "MIL"), (("it", "attacks it"), "USA", "GOV"), None,
             "1987-10", "month", "in the past few days", "asserted", None,
             "the attacks the U.S. has suffered in the past few days (a nominal with its own predication and time, "
             "EVENTS.md 11; the attacker implied: Iran, the target of the reaction); the days lie in October: "
             "month (EVENTS.md 21; undated arguable)"),
            # 6
            ("STATEMENT", ("said", "Goria said Italy's"), (("Goria", "Goria said Italy's"),) + ITA_GOV, None, ROME,
             "1987-10-19", "day", None, "asserted", None,
             "Italy's ships were far from the platform and the fleet advised to follow events with caution "
             "(the advice is an internal instruction: content); DCT"),
            # 7
            ("MOBILIZE", "sent", (("Italy", "Italy has sent"), "ITA", "MIL"), None, GULF,
             None, "unknown", None, "asserted", None,
             "Italy has sent eight warships to the Gulf (a naval deployment short of force, 43a); no target named; "
             "present perfect, no time expression: undated (rule 17)"),
        ],
        "skip": [
            ("worried", "content of the telling (a state of mind)"),
            ("issued", "part of the reporting clause"),
            (("meeting", "after a cabinet"), "internal meeting of a single body (EVENTS.md 10)"),
            ("informed", "content of the statement: U.S. advance notification (5b; CONSULT USA -> ITA arguable)"),
            ("take action", "content of the notification (the same U.S. attack as 'retaliation')"),
            ("known", "content of the statement (negated knowledge)"),
            (("action", "that the"), "anaphoric nominal (the U.S. action)"),
            (("attack", "involve an"), "content (the same attack as 'retaliation')"),
            ("expressed", "content of the statement's quote (the restated telling, coded on 'said')"),
            ("recognizing", "participial elaboration inside the quote (restates Goria's 'said', EVENTS.md 3)"),
            ("reaction", "anaphoric nominal (the retaliation)"),
            (("attack", "at the time of the"), "anaphoric nominal (the retaliation)"),
            ("advised", "internal instruction to its own fleet (content of the statement)"),
            (("follow", "advised to"), "content of the statement"),
            ("protect", "purpose clause (protecting its own shipping)"),
        ],
        "entities": [
            ("Italian", "NORP", "ITA"),
            ("Giovanni Goria", "PERSON", "ITA"),
            (("Gulf", "tension in the"), "LOC", None),
            (("America", "but said"), "GPE", "USA"),
            (("Iran", "retaliation against"), "GPE", "IRN"),
            (("Goria", "said Goria"), "PERSON", "ITA"),
            ("United States", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            (("Gulf", "Iranian target"), "LOC", None),
            (("Gulf", "consequences of"), "LOC", None),
            ("American", "NORP", "USA"),
            (("Goria", "Goria said Italy's"), "PERSON", "ITA"),
            (("Italy", "Goria said Italy's"), "GPE", "ITA"),
            (("Italy", "Italy has sent"), "GPE", "ITA"),
            (("Gulf", "minesweepers, to the"), "LOC", None),
            (("Italian", "protect"), "NORP", "ITA"),
        ],
    },
    "reuters21578-9906": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a Seaway official", None, "GOV"), None, CHI,
             "1987-03-26", "day", None, "asserted", None,
             "the Seaway still scheduled to open on March 31 (waterway operations: no type); an official of a "
             "named binational body, side not stated: null (EVENTS.md 4 / 15); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "opening, she"), (("she", "opening, she"), None, "GOV"), None, CHI,
             "1987-03-26", "day", None, "asserted", None,
             "the Welland Canal repairs keep that section closed until April 1 (no type: content); DCT"),
            # 2
            ("STATEMENT", "according to", ("an U.S. Army Corps of Engineers official", "USA", "MIL"), None, CHI,
             "1987-03-26", "day", None, "asserted", None,
             "a Soo Canal lock opened on March 22, three vessels locked through (no type); an identifiable official "
             "of a named U.S. body (29b/46b's 'according to'); DCT"),
            # 3
            ("STATEMENT", "added", (("she", "March 29,"), "USA", "MIL"), None, CHI,
             "1987-03-26", "day", None, "asserted", None,
             "the Soo Canal's daylight-only movement and 24-hour movement from March 29; 'she' read as the Corps "
             "official (the Seaway official, null, arguable); DCT"),
        ],
        "skip": [
            (("open", "scheduled to"), "waterway opening (no type), content of the statement"),
            (("open", "could have been"), "hypothetical content (waterway opening)"),
            ("repairs", "content of the statement (scheduled repairs)"),
            ("keep", "content of the statement"),
            (("opening", "April 1"), "anaphoric nominal (the waterway opening)"),
            (("opened", "Huron was"), "lock opening on March 22 (waterway operation, no type), content"),
            ("locked through", "statistics (vessels locked through)"),
            (("allowed", "movement"), "content of the statement (waterway operation)"),
        ],
        "entities": [
            ("St Lawrence Seaway", "LOC", None),
            (("Lake Ontario", "between"), "LOC", None),
            ("Montreal", "GPE", "CAN"),
            (("Seaway", "a Seaway"), "ORG", None),
            ("Great Lakes", "LOC", None),
            ("Welland Canal", "LOC", "CAN"),
            ("Lake Erie", "LOC", None),
            (("Lake Ontario", "Lake Erie with"), "LOC", None),
            ("Soo Canal", "LOC", "USA"),
            ("Lake Superior", "LOC", None),
            ("Huron", "LOC", None),
            ("U.S. Army Corps of Engineers", "ORG", "USA"),
            (("Soo Canal", "The Soo"), "LOC", "USA"),
        ],
    },
    "reuters21578-11910": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Allis-Chalmers Corp",) + USA_BUS, None, MIL_WIS,
             "1987-04-01", "day", None, "asserted", None,
             "expects sale proceeds to exceed 90 mln dlrs, no material gain or loss (forecast); wire style: DCT, "
             "dateline city"),
            # 1
            ("COOPERATE", ("sale", "Closing of the"), (None,) + USA_BUS, ("Boliden AB of Sweden", "SWE", "BUS"), None,
             None, "unknown", None, "planned", None,
             "the sale of the two businesses to Boliden AB of Sweden, whose closing 'would be' part of the "
             "restructure (a nominal with its counterpart and own predication, EVENTS.md 11; seller implied); "
             "undated"),
            # 2
            ("STATEMENT", ("said", "the company said"), ("the company",) + USA_BUS, None, MIL_WIS,
             "1987-04-01", "day", None, "asserted", None,
             "the sale's closing would be part of the restructure announced on March 4 (its main proposition is "
             "how the sale fits the restructure; 41b's purchase nominal + STATEMENT); DCT"),
            # 3
            ("STATEMENT", "announced", (None,) + USA_BUS, None, None,
             "1987-03-04", "day", "March Four", "asserted", None,
             "the overall restructure announced on March 4 (an internal restructuring: the announcement is the "
             "record; Allis-Chalmers implied); past: 1987-03-04; location null"),
            # 4
            ("STATEMENT", ("said", "Allis-Chalmers said the business"),
             (("Allis-Chalmers", "Allis-Chalmers said the business"),) + USA_BUS, None, MIL_WIS,
             "1987-04-01", "day", None, "asserted", None, "the businesses' 1986 sales and employment (statistics); DCT"),
        ],
        "skip": [
            ("expects", "part of the reporting clause (forecast)"),
            (("sale", "proposed"), "background nominal (the sale, buyer not named here; coded at 'sale to Boliden')"),
            ("exceed", "content of the forecast"),
            ("anticipated", "content of the forecast (agentless)"),
            (("sale", "planned"), "anaphoric nominal (the planned sale)"),
            ("Closing", "completion of the sale (part of the coded nominal)"),
            ("restructure", "internal restructuring (no type)"),
            ("transaction", "anaphoric nominal (the sale)"),
            (("sales", "total"), "statistics"),
            ("manufacture", "stative description of the business"),
            ("consists", "stative description"),
        ],
        "entities": [
            ("Allis-Chalmers Corp", "ORG", "USA"),
            ("Boliden AB", "ORG", "SWE"),
            (("Sweden", "Boliden AB of"), "GPE", "SWE"),
            (("Allis-Chalmers", "restructure of"), "ORG", "USA"),
            (("Allis-Chalmers", "Allis-Chalmers said the business"), "ORG", "USA"),
            (("Sweden", "operations in"), "GPE", "SWE"),
            ("Australia", "GPE", "AUS"),
            ("Brazil", "GPE", "BRA"),
            ("France", "GPE", "FRA"),
            ("Great Britain", "GPE", "GBR"),
            ("Spain", "GPE", "ESP"),
            ("Appleton", "GPE", "USA"),
            (("Wis.", "Appleton,"), "GPE", "USA"),
            ("West Allis", "GPE", "USA"),
            (("Wis.", "West Allis,"), "GPE", "USA"),
            ("Lachine", "GPE", "CAN"),
            ("Quebec", "GPE", "CAN"),
            ("Canada", "GPE", "CAN"),
        ],
    },
    "reuters21578-20721": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Texaco Inc",) + USA_BUS, None, NY,
             "1987-10-20", "day", None, "asserted", None,
             "announcement of its crude contract price rise (company price setting: no type, 54a); 'effective "
             "October 16' dates the rise; wire style: DCT, dateline city as written"),
            # 1
            ("STATEMENT", ("said", "The company said"), ("The company",) + USA_BUS, None, NY,
             "1987-10-20", "day", None, "asserted", None, "the WTI posting now 19.00 dlrs (price setting); DCT"),
        ],
        "skip": [
            (("raised", "said it"), "company price setting (crude postings): no type (15b/22a/54a)"),
            ("pay", "content (company price setting)"),
            (("increase", "the"), "anaphoric nominal (company price setting)"),
            ("brings", "content of the statement"),
            (("raised", "were also"), "company price setting (grade postings)"),
            ("changed", "company price setting (earlier posting change)"),
        ],
        "entities": [
            ("Texaco Inc", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("West Texas", "LOC", "USA"),
            (("West Texas", "The West Texas Sour"), "LOC", "USA"),
            ("Louisiana", "GPE", "USA"),
            (("Texaco", "Texaco last"), "ORG", "USA"),
        ],
    },
    "reuters21578-16658": {
        "events": [
            # 0
            ("STATEMENT", "said", ("A senior Abu Dhabi oil official",) + ARE_BUS, None, ABU,
             "1987-04-13", "day", "today", "asserted", None,
             "Abu Dhabi is marketing its crude without breaching OPEC accords; 'said in remarks published today' "
             "dated by the publication (18b's 7350); ADNOC's marketing director (state company: BUS)"),
            # 1
            ("STATEMENT", "told", ("Khalaf al-Oteiba",) + ARE_BUS, None, ABU,
             "1987-04-13", "day", None, "asserted", None,
             "told the company magazine ADNOC was keen to keep good customer relations; wire style: DCT"),
            # 2
            ("STATEMENT", ("said", "its production,\" he"), (("he", 'its production," he'),) + ARE_BUS, None, ABU,
             "1987-04-13", "day", None, "asserted", 1,
             "later mention: the quote (maintain its dialogue with and care for its customers) restates the "
             "customer-relations remark (EVENTS.md 3); the customers are unnamed (no CONSULT)"),
            # 3
            ("AGREE", "decisions", (("OPEC", "adherence to"), None, "IGO"), None, None,
             "1986-12", "month", "December 1986", "asserted", None,
             "the OPEC decisions of December 1986 to control production and set a new pricing system (the OPEC "
             "accord, a nominal with its own date, EVENTS.md 11; a group's accord: null, no actor2)"),
            # 4
            ("STATEMENT", "added", (("he", 'market," he'),) + ARE_BUS, None, ABU,
             "1987-04-13", "day", None, "asserted", None,
             "ADNOC's marketing policy is based on adherence to the OPEC decisions (description); DCT"),
            # 5
            ("AGREE", "agreed", (("OPEC", "OPEC agreed"), None, "IGO"), None, None,
             "1986-12", "month", "last December", "asserted", 3,
             "later mention: OPEC agreed last December to limit production (its own time expression, 'last "
             "December' = 1986-12, EVENTS.md 21)"),
            # 6
            ("STATEMENT", ("said", "Oteiba said stabilization"), (("Oteiba", "Oteiba said stabilization"),)
             + ARE_BUS, None, ABU,
             "1987-04-13", "day", None, "asserted", None,
             "market stabilization depends on OPEC's discipline (assessment); DCT"),
            # 7
            ("STATEMENT", ("said", "Oteiba said last year"), (("Oteiba", "Oteiba said last year"),) + ARE_BUS, None,
             ABU, "1987-04-13", "day", None, "asserted", None,
             "last year was ADNOC's most difficult; a flexible pricing policy was implemented (domestic price "
             "policy: content); 'last year' dates the difficulty, not the saying; DCT"),
            # 8
            ("STATEMENT", ("said", "He said crude"), (("He", "He said crude"),) + ARE_BUS, None, ABU,
             "1987-04-13", "day", None, "asserted", None, "1986 crude sales and exports (statistics); DCT"),
        ],
        "skip": [
            ("remarks", "part of the reporting clause"),
            ("published", "part of the reporting clause (remarks published today)"),
            (("marketing", "succeeding in"), "content of the statement"),
            ("breaching", "content of the statement (negated)"),
            ("accords", "background nominal (the OPEC accord, coded at 'decisions')"),
            ("keep", "content of the statement"),
            ("maintain", "content of the quote"),
            ("dialogue", "content of the quote (with unnamed customers)"),
            (("take", "And"), "content of the quote"),
            ("guarantee", "content of the quote"),
            ("adherence", "stative policy (ADNOC's adherence to the OPEC decisions; AGREE ARE -> OPEC arguable)"),
            ("control", "content of the OPEC decisions"),
            ("establish", "content of the OPEC decisions"),
            ("stabilize the market", "purpose of the OPEC decisions"),
            (("limit", "agreed last December to"), "content of the agreement"),
            (("return", "and"), "content of the agreement"),
            ("stabilization", "content of the statement"),
            ("showed", "content of the statement (OPEC's discipline)"),
            ("dropped", "market-price movement"),
            ("implemented", "domestic price policy (content of the statement)"),
            ("jumped", "statistics"),
            (("exported", "73 pct"), "statistics"),
            ("totalled", "statistics"),
            (("exported", "67 pct"), "statistics"),
            ("marketed", "statistics (1985 sales)"),
        ],
        "entities": [
            ("Abu Dhabi", "GPE", "ARE"),
            ("United Arab Emirates", "GPE", "ARE"),
            ("UAE", "GPE", "ARE"),
            ("OPEC", "ORG", None),
            ("Khalaf al-Oteiba", "PERSON", "ARE"),
            ("Abu Dhabi National Oil Co", "ORG", "ARE"),
            (("ADNOC", "(ADNOC"), "ORG", "ARE"),
            ("Petroleum Community", "ORG", "ARE"),
            (("ADNOC", "magazine ADNOC"), "ORG", "ARE"),
            (("ADNOC", "policy of ADNOC"), "ORG", "ARE"),
            (("OPEC", "adherence to"), "ORG", None),
            (("OPEC", "OPEC agreed"), "ORG", None),
            (("Oteiba", "Oteiba said stabilization"), "PERSON", "ARE"),
            (("OPEC", "discipline"), "ORG", None),
            (("Oteiba", "Oteiba said last year"), "PERSON", "ARE"),
            (("ADNOC", "ADNOC's most"), "ORG", "ARE"),
            (("ADNOC", "In 1985,"), "ORG", "ARE"),
        ],
    },
    "reuters21578-17209": {
        "events": [
            # 0
            ("STATEMENT", "quoted", ("Bank of Japan Governor Satoshi Sumita",) + JPN_GOV, None, None,
             None, "unknown", None, "asserted", None,
             "the central bank will continue intervening to prevent a further yen rise (the intervention is "
             "monetary, EVENTS.md 10); relayed 'quoted ... as telling' speech: undated, location null (own_blind3 / "
             "23b / 41b)"),
            # 1
            ("STATEMENT", ("said", "also said"), (("Sumita", "Sumita, who"),) + JPN_GOV, None, OSA,
             "1987-04-26", "day", None, "asserted", None,
             "does not think the yen will continue to rise (forecast); 'Jiji reported' attribution of a wire-style "
             "'said' (27b): DCT from published_at (dateline April 27), dateline city"),
            # 2
            ("CONSULT", "contact", (("the Bank of Japan", "He said the"),) + JPN_GOV,
             ("other major industrial nations", None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the BOJ is keeping close contact with other major industrial nations on concerted intervention "
             "(rule 3: the consultation is the proposition; a group: null); a standing present-progressive "
             "activity: undated (17a/b; DCT arguable)"),
            # 3
            ("STATEMENT", ("said", "He said coordinated"), (("He", "He said coordinated"),) + JPN_GOV, None, OSA,
             "1987-04-26", "day", None, "asserted", None,
             "coordinated intervention is the only way to stop the dollar's fast fall (assessment); 'Jiji said' "
             "attribution (27b); DCT"),
        ],
        "skip": [
            (("intervention", "determined market"), "currency intervention (monetary operation), content"),
            ("prevent", "content of the statement"),
            ("attending", "background relative clause: attendance at the ADB annual meeting (CONSULT JPN -> ADB "
                          "arguable, 57a)"),
            (("rise", "continue to"), "market-price movement (content)"),
            ("reported", "attribution of a wire-style 'said' (Jiji, 27b)"),
            (("said", "He said the Bank"), "rule-3 attribution (the consultation is the event)"),
            (("intervention", "concerted market"), "concerted currency intervention (monetary operation, EVENTS.md "
                                                   "10), content"),
            (("said", "intervention, Jiji"), "attribution (Jiji)"),
            (("intervention", "coordinated"), "currency intervention (monetary operation), content"),
            ("stop", "content of the statement"),
            ("dropping", "market-price movement (content)"),
            (("said", "too fast, Jiji"), "attribution (Jiji)"),
            ("fell", "market-price movement"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Jiji Press", "ORG", "JPN"),
            ("Bank of Japan", "ORG", "JPN"),
            ("Satoshi Sumita", "PERSON", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Sumita", "Sumita, who"), "PERSON", "JPN"),
            ("Asian Development Bank", "ORG", None),
            (("Jiji", "rise,"), "ORG", "JPN"),
            (("Bank of Japan", "He said the"), "ORG", "JPN"),
            (("Jiji", "intervention,"), "ORG", "JPN"),
            (("Jiji", "too fast,"), "ORG", "JPN"),
        ],
    },
    "reuters21578-10640": {
        "events": [
            # 0
            ("STATEMENT", "said", ("A senior Nicaraguan official",) + NIC_GOV, None, LON,
             "1987-03-29", "day", None, "asserted", None,
             "the coffee price plunge is disastrous for Latin American producers (assessment); wire style: DCT, "
             "dateline city"),
            # 1
            ("CONSULT", "brief", ("Nicaraguan Foreign Trade Minister Alejandro Martinez Cuenca",) + NIC_GOV,
             ("International Coffee Organisation (ICO) executive board producer members", None, "IGO"),
             ("London", "GBR"),
             None, "unknown", None, "asserted", None,
             "in London to brief the ICO board's producer members (a visit to the body's members, EVENTS.md 13's "
             "host = the body: null); no time expression: undated"),
            # 2
            ("CONSULT", ("meeting", "after a"), ("eight Latin American coffee producers", None, "GOV"), None,
             ("Managua", "NIC"),
             "1987-03", "month", "last weekend", "asserted", None,
             "a meeting last weekend in Managua of eight Latin American producers (a group: null, no actor2, 34a's "
             "Managua meeting); last weekend from Sun 1987-03-29 = 21-22 March: month (EVENTS.md 21)"),
            # 3
            ("STATEMENT", "told", (("Martinez", "Martinez told"),) + NIC_GOV, None, LON,
             "1987-03-29", "day", None, "asserted", None,
             "the price fall has had disastrous results on Latin America (assessment); DCT"),
            # 4
            ("AGREE", "agree", (("ICO", "since the"), None, "IGO"), None, None,
             "1987-03-01", "day", "March 1", "negated", None,
             "the ICO failed to agree export quotas on March 1 (an agreement explicitly not reached: negated, "
             "12a/40a); the body null IGO, no actor2; inside Martinez's 'told' (a time adjunct with its own date)"),
            # 5
            ("REQUEST", "urged", (("He", "He urged"),) + NIC_GOV, (("coffee producers", "negotiations among"), None, "GOV"), LON,
             "1987-03-29", "day", None, "asserted", None,
             "urged continued negotiations among the producers toward a quota agreement by September (a call on "
             "a group: null); DCT"),
            # 6
            ("STATEMENT", "estimated", ("Central American economic ministers", None, "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the region will lose 720 mln dlrs in 1987 without a quota arrangement (a group's forecast, relayed "
             "second-hand by Martinez with no time expression: undated, EVENTS.md 20)"),
            # 7
            ("STATEMENT", ("said", "arrangement, Martinez"), (("Martinez", "arrangement, Martinez"),) + NIC_GOV, None,
             LON, "1987-03-29", "day", None, "asserted", None,
             "relays the Central American ministers' estimate; DCT"),
            # 8
            ("ACCUSE", ("said", "He said ICO"), (("He", "He said ICO"),) + NIC_GOV, ("consumer members", None, "GOV"),
             LON, "1987-03-29", "day", None, "asserted", None,
             "the talks broke down because consumer members lack the will to support commodity agreements and "
             "tried to dictate to producers (blame of a party, EVENTS.md 7; a group of countries: null); DCT"),
            # 9
            ("CONSULT", ("talks", "ICO quota"), (("ICO", "He said"), None, "IGO"), None, None,
             "1987-02", "month", "last month", "asserted", None,
             "the ICO quota talks that broke down last month (a nominal with its own predication and date, 48b / "
             "34a); 'last month' from March = 1987-02; the breakdown has no type"),
        ],
        "skip": [
            ("plunge", "market-price movement"),
            ("attended", "part of the coded meeting (its participants)"),
            ("discuss", "purpose of the meeting"),
            (("fall", "discuss the"), "market-price movement"),
            ("slid", "market-price movement"),
            (("fall", "the price"), "market-price movement"),
            ("negotiations", "content of the request (CONSULT planned arguable)"),
            ("pave", "content of the request"),
            (("agreement", "quota"), "content of the request (a hoped-for quota agreement)"),
            ("regulate", "stative purpose of the quotas"),
            ("suspended", "agentless background: the ICO quota suspension a year ago (51b; RETREAT null 1986 "
                          "arguable)"),
            ("soared", "market-price movement"),
            ("drought", "weather (no actor)"),
            ("lose", "content of the estimate"),
            ("rescued", "condition"),
            ("arrangement", "condition (a quota arrangement)"),
            ("broke down", "the breakdown of the coded talks (no type, 48b)"),
            ("lack", "content of the accusation"),
            (("support", "fully"), "content of the accusation"),
            ("tried", "content of the accusation"),
            ("dictate", "content of the accusation"),
        ],
        "entities": [
            ("Nicaraguan", "NORP", "NIC"),
            ("Latin American", "NORP", None),
            (("Nicaraguan", "Nicaraguan Foreign"), "NORP", "NIC"),
            ("Alejandro Martinez Cuenca", "PERSON", "NIC"),
            (("London", "was in"), "GPE", "GBR"),
            ("International Coffee Organisation", "ORG", None),
            (("ICO", "(ICO"), "ORG", None),
            ("Managua", "GPE", "NIC"),
            (("Latin American", "eight"), "NORP", None),
            (("London", "London coffee"), "GPE", "GBR"),
            (("Martinez", "Martinez told"), "PERSON", "NIC"),
            (("ICO", "since the"), "ORG", None),
            (("Latin America", "results on"), "LOC", None),
            ("Brazil", "GPE", "BRA"),
            ("Central American", "NORP", None),
            (("Martinez", "arrangement, Martinez"), "PERSON", "NIC"),
            (("ICO", "He said"), "ORG", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
