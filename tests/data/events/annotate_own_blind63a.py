"""Build ``own_blind63a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind63a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2194 left); 24 drawn with random.Random(63101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
53 event records (47 first mentions, 6 later mentions), 118 not_annotated spans, 145 entity mentions
(ORG 85, GPE 29, PERSON 20, NORP 8, LOC 3); no article without events; 18452 (Bundesbank ECU veto) has a
single STATEMENT (everything else banking sources' talk); 4951 (Mobil annual report), 16996 (New Jersey
divestment sale) and 3483 (Belgian central bank) have reporting-clause STATEMENTs only.
Types: STATEMENT 34, COOPERATE 5, AGREE 5, REQUEST 4, CONSULT 3, REJECT 1, THREATEN 1; modality: asserted 46,
planned 5, negated 2; precision: day 34, unknown 11, month 8.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked; three wrong first matches fixed). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span and are not tagged ("Mobil Corp chairman Allen E. Murray": ORG +
PERSON; "Chancellor of the Exchequer Nigel Lawson": PERSON only; "U.K. Corporate Affairs Minister Michael
Howard": GPE "U.K." + PERSON; "French Finance Minister Edouard Balladur": NORP + PERSON; lower-case bodies
such as "federal finance minister", "central bank policy" are not tagged); company names are tagged with
their legal form and without angle brackets, tickers ("<ABT>", "<KSLL.L>") are not entities; the possessive
's is left out ("Mobil's", "IEL's", "ENI's", "PDVSA's"); a named body with a place word is one span
("Mobil Exploration and Production U.S. Inc", "Tokyo Stock Exchange", "Petroleos de Venezuela, S.A": no
nested GPE); "State of New Jersey" is one GPE (earlier sets' "State of Alaska"); currencies (ECU, the
European Currency Unit, Special Drawing Rights), the Corpus Christi holiday, the Louvre (the accord's
building) and projects ("the carbozulia project") are not entities; the wire's lower-cased names are still
mentions ("guasare", "zulia", "atlantic richfield coal", "arco", "Agip carbone").
Countries: Mobil Corp / "Mobil", Mobil Exploration and Production U.S. Inc, Mobil Exploration and Producing
Services Inc / "MEPSI" ORG USA, Allen E. Murray / "Murray" and John Lord PERSON USA, U.S. GPE USA, Canada
CAN, Indonesia IDN (GPE), Europe and Africa LOC null; State of New Jersey, New Jersey and N.J. GPE USA, the
Division of Investment ORG USA, Roland Machold / "Machold" PERSON USA, South Africa GPE ZAF, the 23 listed
companies (Abbott Laboratories ... Upjohn, all U.S. tickers) ORG USA; the Bundesbank ORG DEU, Gerhard
Stoltenberg and Karl Otto Poehl PERSON DEU, Luxembourg GPE LUX, "German" NORP DEU, West Germany GPE DEU,
European Community ORG null; Merrill Lynch Capital Markets / "Merrill" / "Merrill Lynch" ORG GBR (the text
gives no country; the dateline LONDON places it, as 12075's and 9b's London-dated Merrill Lynch Capital
Markets; USA, the parent's country, arguable), Industrial Equity Ltd / "IEL" / IEL Finance Ltd ORG AUS
("of Australia", "Sydney-based"), Australia and Sydney GPE AUS, Sumitomo Trust and Banking Co Ltd ORG JPN,
Brierley Investments Ltd ORG NZL, New Zealand GPE NZL; "French" NORP FRA, Edouard Balladur PERSON FRA,
Group of Seven and G-7 ORG null; Nigel Lawson / "Lawson" and Michael Howard / "Howard" PERSON GBR, Britain,
London and U.K. GPE GBR, "British" NORP GBR, Baring Brothers and Co Ltd, J.Henry Wagg and Co Ltd and
Kleinwort Benson Lonsdale Plc ORG GBR, Japan and Tokyo GPE JPN, "Japanese" NORP JPN, the Tokyo Stock
Exchange / "TSE" / "the Stock Exchange" ORG JPN; the Belgian National Bank / "Bank" and the Treasury ORG
BEL; Italy GPE ITA, Ente Nazionale Idrocarburi / "ENI", Ecofuel, Agip Carbone ORG ITA (ENI subsidiaries),
Petroleos de Venezuela, S.A / "PDVSA", Pequiven and Super Octanos, C.A. (the Venezuelan joint venture
company) ORG VEN, Franco Reviglio / "Reviglio" PERSON ITA, Venezuela, Caracas, Jose and zulia (state) GPE
VEN, guasare (the coal basin) LOC VEN, Saudi Arabia GPE SAU, atlantic richfield coal and arco ORG USA.

Judgement calls made here:
* 4951 (Mobil's annual report, DCT Fri 1987-03-13, NEW YORK): "Murray said in the annual report issued
  today" is a STATEMENT (USA BUS; spending forecast), dated by "today" (the report's issue, the saying lies
  in it), NEW YORK; "issued" is part of the reporting clause (skipped). The quote '"Overall capital ... will
  fall slightly below the level for 1986 ...," Murray said' restates the paraphrase: later mention
  (EVENTS.md 3), inheriting 1987-03-13 / "today". "Mobil data in the annual report shows" is a document
  (skipped). "Murray told shareholders" is a STATEMENT, DCT. "Over the past two weeks Mobil has announced
  restructuring of its domestic exploration and development organization" is a STATEMENT (an internal
  reorganisation: no type), undated (the past two weeks straddle February and March, so no month can be
  given; DCT as a "has announced" arguable); its gapped conjunct "and this week a restructuring of its oil
  services units" is the announcement that "Yesterday the company said that it will restructure its Mobil
  Exploration and Producing Services Inc" reports, so it is skipped and recorded there (STATEMENT,
  1987-03-12 "Yesterday", no location: not DCT-dated). '"Mobil's chairman has explained this change by
  saying ...," said John Lord, a Mobil Corp spokesman' gives two STATEMENTs: Lord's (DCT, NEW YORK) and the
  chairman's relayed "has explained" (second-hand, undated; "saying" its participial elaboration).
  "Murray said in announcing the first reorganization ... that it is more effective" is a STATEMENT placed
  inside the undated earlier announcement (rule 3: unknown; DCT by a strict rule-2 reading arguable),
  "announcing" skipped as that announcement. "Mobil's strategy ... the company said" is a STATEMENT, DCT;
  "In its annual report, Mobil said" a STATEMENT placed in the report issued "today" (1987-03-13, EVENTS.md
  20). Spending, cuts and earnings are statistics or internal corporate matters.
* 16996 (New Jersey's South Africa divestment sale, DCT Tue 1987-04-21, NEW YORK): "The State of New
  Jersey said that it sold 23 stocks in a program trade ... this morning" is a market sale with no
  identified counterpart (skipped; SANCTION USA -> ZAF as divestment arguable, as events_dev's skipped AIG
  divestment), so "said" is a STATEMENT (USA GOV), DCT, NEW YORK. The state law "enacted in August 1985"
  requiring divestment is domestic legislation in background (skipped; SANCTION USA -> ZAF 1985-08
  arguable). Machold (director of the state's Division of Investment: USA GOV) has seven reporting clauses,
  all STATEMENTs, DCT (the sale part of the programme; the law; expected weekly sales; one brokerage
  handled the sale while seven bid - unnamed brokers, skipped, COOPERATE arguable; total sales to date;
  difficulty of estimating; "estimated" the book value of future sales); "He would not disclose the
  brokerage house" is a withheld STATEMENT (negated, trigger "disclose").
* 18452 (Bundesbank may lift ECU veto, DCT Tue 1987-06-16, FRANKFURT): everything but one clause is
  banking sources' talk (anonymous, EVENTS.md 4): the possible announcement and lifting today (hypothetical
  content, a domestic financial rule), today's council session (internal meeting of a single body), the
  credit-policy expectation (monetary policy), the officials' technical work, the May 7 discussion in the
  finance minister's presence (the Bundesbank council's own meeting; CONSULT DEU 1987-05-07 arguable), the
  council's approval and the liberalisation's purpose are skipped. "Bundesbank president Karl Otto Poehl,
  chairing today's meeting, said in mid-May the remaining ECU restrictions were likely to be lifted" is a
  STATEMENT (DEU GOV; a forecast of a domestic rule change), 1987-05 ("in mid-May", month), no location
  (not DCT-dated); "chairing today's meeting" is the internal council meeting (skipped). One event.
* 946 (Merrill mandated for IEL notes, DCT Tue 1987-03-03, LONDON): "Merrill Lynch Capital Markets said it
  received a mandate from Industrial Equity Ltd (IEL) of Australia to arrange a letter of credit facility"
  is COOPERATE GBR BUS -> AUS BUS on "mandate" (a service mandate won from a customer, 11b's and the IEL
  sister story's mandate; the winner first, as contract awards), undated (no time expression), "said"
  rule-3 attribution, "arrange" its content. "Merrill ... said this was the first facility of its kind" and
  "IEL itself is 51 pct owned by Brierley Investments Ltd of New Zealand, Merrill Lynch said" are STATEMENTs
  (DCT, LONDON). "Sumitomo Trust and Banking Co Ltd has agreed to provide the letter of credit" is AGREE JPN
  BUS -> the implied beneficiary IEL (AUS BUS; EVENTS.md 8), undated (present perfect), "provide" its
  content. The note issue, the dealer role, the underwriting by an unnamed group of banks and their fees
  are corporate finance (skipped).
* 21122 (Balladur on the Louvre accord, DCT Mon 1987-10-19, PARIS): "Balladur said the Group of Seven (G-7)
  industrial countries should respect pledges" is REQUEST FRA GOV -> G-7 (null IGO), the saying being the
  act (EVENTS.md 1), DCT, PARIS; "pledges ... made in the February Louvre accord" is AGREE by the group
  (implied, null IGO, no actor2; events_dev's "commitments made last month", EVENTS.md 11), 1987-02
  ("February", past), located at the Louvre (FRA); "accord" is the same agreement's name (skipped). The
  quote '"We have to strengthen the cooperation between the seven major industrial countries and remind
  ourselves of the pledges we made at the Louvre," he told journalists' restates the call: later mention of
  the REQUEST (actor2 "the seven major industrial countries", null; STATEMENT as a "we have to" about the
  speaker's own group arguable), and "the pledges we made at the Louvre" (its own predication) a later
  mention of the AGREE (actor "we", null), 1987-02. '"They were not simply pledges ...," he added' is a
  STATEMENT (describing the pledges), DCT; its "pledges" is anaphoric (skipped).
* 18131 (U.K. merchant banks and the Tokyo Stock Exchange, DCT Tue 1987-06-02, LONDON): "Lawson said
  satisfactory progress has been made in talks with Japan" is CONSULT GBR GOV (implied) -> Japan (JPN GOV)
  on "talks", undated (present perfect, rule 17), "said" rule-3 attribution; "Following weekend talks here
  between Japanese and British officials" is its later mention with its own date (the weekend of Sat-Sun
  30-31 May: 1987-05, month, EVENTS.md 21) and place (London), the visiting Japanese first (EVENTS.md 13).
  "Lawson told reporters 'we have achieved our objective'" and '..., he said' (the three applicants would
  join when the exchange is extended) are STATEMENTs, DCT, LONDON. "The TSE has said this will be completed
  in May 1988" is a STATEMENT (JPN ORG, an exchange), DCT ("has said", EVENTS.md 16). "It has repeatedly
  said it cannot accommodate any new members until then" is REJECT JPN ORG, actor2 null (no named target,
  EVENTS.md 14), undated (a repeated, standing refusal, as standing criticism, rule 17; STATEMENT arguable).
  "During a visit to Tokyo in April, ... Michael Howard" is CONSULT GBR GOV -> the implied host Japan
  (anchored at "Tokyo", JPN GOV), 1987-04 ("in April", a nominal with its own date and place, EVENTS.md 11),
  Tokyo; "presented Japanese officials with what he called a non-negotiable timetable for granting ... TSE
  membership" is REQUEST GBR GOV -> JPN GOV (pressure: a demand), inside the April visit (1987-04, Tokyo).
  "Howard said Britain expected a favourable response at last weekend's meeting and wanted the firms to be
  made members before next May" is REQUEST GBR GOV -> implied JPN GOV (the saying is the demand), DCT,
  LONDON ("last weekend's meeting" anaphoric, skipped). "If Tokyo failed to act, Britain was ready to
  retaliate against Japanese financial groups in London, he added" is THREATEN GBR GOV -> Tokyo (JPN GOV),
  asserted (a conditional threat), DCT, LONDON, trigger on "added"; "retaliate" is left unlisted (a system's
  THREATEN there matches by sentence). "Last month the Tokyo Stock Exchange announced plans to set up a
  special committee" is a STATEMENT (JPN ORG, an internal committee: no type), 1987-05 ("Last month"). The
  committee's report "due ... by the autumn" (STATEMENT planned arguable) and the hypothetical formal
  announcement by year-end are skipped.
* 3483 (Belgian central bank buys currency, DCT Wed 1987-03-11, BRUSSELS): the currency purchases and the
  dollar sales for SDRs are monetary operations, the Treasury's repayment of foreign debt is debt
  management with no counterpart named (skipped), so "a Bank spokesman said" and "the spokesman said"
  (reserves slipped) are STATEMENTs (BEL GOV, DCT, BRUSSELS) and "he declined to give any details" a withheld
  STATEMENT (negated, trigger "give", "declined" unlisted).
* 14689 (ENI invests in Venezuela, DCT Tue 1987-04-07, CARACAS): "ENI will invest 197 mln dlrs in two joint
  ventures ... with Petroleos de Venezuela" is COOPERATE ITA BUS (state-owned: BUS, EVENTS.md 15) -> VEN
  BUS, planned, undated, "said" rule-3 attribution. Its two parts are later mentions (same pair, planned,
  undated; 55a's Novo Astro call): "ENI's subsidiary Ecofuel will join Pequiven ... in building a 160 mln
  dlr plant" (Ecofuel -> Pequiven) and "Agip carbone will invest 24 pct, or 120 mln dlrs, in the project"
  (-> the implied PDVSA; 197 = 120 + 48 pct of the 160 mln plant), "it said" attribution. "Speaking at a
  news conference, Reviglio said" (benefits to Venezuela), the "Joint ventures are the principal
  instrument" quote and "Ecofuel officials said the plant is modeled after one in Saudi Arabia" are
  STATEMENTs, DCT, CARACAS. "Agip Carbone will sign a letter of intent in Caracas tomorrow to enter a
  partnership with PDVSA" is AGREE ITA BUS -> PDVSA (VEN BUS), planned, 1987-04-08 ("tomorrow"), Caracas,
  "he said" attribution, "enter a partnership" its content. "Feasibility studies are still being done on
  the carbozulia project, with a definitive accord slated for august, he added": the main proposition
  (studies, no named actor, no type) makes "added" a STATEMENT (DCT), and "a definitive accord slated for
  august" is AGREE ITA BUS -> VEN BUS (both implied: Agip and PDVSA), planned, 1987-08 (a nominal with its
  own date). "Agip carbone and atlantic richfield coal, an arco subsidiary have formed a consortium" is
  COOPERATE ITA BUS -> USA BUS on "consortium" (the event noun after "formed"), asserted, undated, "the
  company said" attribution. Ownership shares, construction, the production start and the sale of three pct
  to unnamed private investors are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind63a.jsonl"

NYC = ("NEW YORK", "USA")
FRA_DL = ("FRANKFURT", "DEU")
LON = ("LONDON", "GBR")
LONDON_TXT = ("London", "GBR")
PAR = ("PARIS", "FRA")
LOUVRE = ("Louvre", "FRA")
TOKYO_TXT = ("Tokyo", "JPN")
BRU = ("BRUSSELS", "BEL")
CCS = ("CARACAS", "VEN")
CARACAS_TXT = ("Caracas", "VEN")

USA_BUS = "USA", "BUS"
USA_GOV = "USA", "GOV"
DEU_GOV = "DEU", "GOV"
GBR_BUS = "GBR", "BUS"
AUS_BUS = "AUS", "BUS"
JPN_BUS = "JPN", "BUS"
FRA_GOV = "FRA", "GOV"
GROUP = None, "IGO"
GBR_GOV = "GBR", "GOV"
JPN_GOV = "JPN", "GOV"
JPN_ORG = "JPN", "ORG"
BEL_GOV = "BEL", "GOV"
ITA_BUS = "ITA", "BUS"
VEN_BUS = "VEN", "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-4951": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Allen E. Murray",) + USA_BUS, None, NYC,
             "1987-03-13", "day", "today", "asserted", None,
             "Murray in the annual report issued today: 1987 capital spending below 1986 (a forecast); dated by "
             "'today' (the report's issue, the saying lies in it); 'issued' part of the reporting clause"),
            # 1
            ("STATEMENT", ("said", "becomes more promising"), (("Murray", "more promising"),) + USA_BUS, None, NYC,
             "1987-03-13", "day", "today", "asserted", 0,
             "quoted restatement of the spending forecast (EVENTS.md 3): later mention, first mention's date"),
            # 2
            ("STATEMENT", "told", (("Murray", "Murray told"),) + USA_BUS, None, NYC,
             "1987-03-13", "day", None, "asserted", None,
             "Murray told shareholders the company has promising acreage (assessment); DCT"),
            # 3
            ("STATEMENT", "announced", (("Mobil", "weeks Mobil"),) + USA_BUS, None, None,
             None, "unknown", None, "asserted", None,
             "restructuring of the domestic exploration organization announced 'over the past two weeks' (internal "
             "reorganisation: no type); the period straddles February/March: undated (DCT as 'has announced' "
             "arguable)"),
            # 4
            ("STATEMENT", "explained", ("Mobil's chairman",) + USA_BUS, None, None,
             None, "unknown", None, "asserted", None,
             "the chairman's explanation relayed by the spokesman (second-hand: undated); 'saying' its participial "
             "elaboration"),
            # 5
            ("STATEMENT", ("said", "assets,\""), ("John Lord",) + USA_BUS, None, NYC,
             "1987-03-13", "day", None, "asserted", None, "the spokesman quoting the chairman; DCT"),
            # 6
            ("STATEMENT", ("said", "Murray said in announcing"), (("Murray", "Murray said in announcing"),) + USA_BUS,
             None, None, None, "unknown", None, "asserted", None,
             "the new organization is more effective; said 'in announcing the first reorganization', placed inside "
             "that undated announcement (rule 3: unknown; DCT by a strict rule-2 reading arguable)"),
            # 7
            ("STATEMENT", ("said", "Yesterday the company"), (("the company", "Yesterday"),) + USA_BUS, None, None,
             "1987-03-12", "day", "Yesterday", "asserted", None,
             "announcement that it will restructure MEPSI (internal: no type); 'Yesterday' = DCT - 1; also the "
             "gapped 'this week a restructuring of its oil services units'"),
            # 8
            ("STATEMENT", ("said", "potential, the company"), (("the company", "potential,"),) + USA_BUS, None, NYC,
             "1987-03-13", "day", None, "asserted", None, "exploration strategy (assessment); DCT"),
            # 9
            ("STATEMENT", ("said", "In its annual report, Mobil"), (("Mobil", "annual report, Mobil"),) + USA_BUS,
             None, NYC, "1987-03-13", "day", "today", "asserted", None,
             "more emphasis on frontier plays and overseas exploration; placed in the annual report issued today "
             "(EVENTS.md 20)"),
        ],
        "skip": [
            ("issued", "part of the reporting clause (the annual report issued today)"),
            ("spent", "statistics"),
            (("fall", "expenditures will"), "content of the statement"),
            (("increase", "ready to"), "content of the statement"),
            ("shows", "a document (Mobil data), not a speech act"),
            (("cut", "have been"), "statistics (Mobil's own spending cuts)"),
            (("cuts", "despite the"), "anaphoric nominal (the spending cuts)"),
            ("explore", "content of the statement"),
            ("develop", "content of the statement"),
            (("restructuring", "announced"), "content of the announcement (internal reorganisation)"),
            (("restructuring", "this week a"), "gapped conjunct of 'announced': the oil-services announcement recorded "
                                               "on 'Yesterday the company said' (STATEMENT 1987-03 arguable)"),
            ("support", "stative"),
            ("saying", "participial elaboration of 'explained' (EVENTS.md 3)"),
            ("announcing", "the earlier announcement (the first reorganization) framing the saying"),
            ("combine", "content of the announcement (internal reorganisation)"),
            ("improve", "content of the statement"),
            (("restructure", "it will"), "content of the statement (internal reorganisation)"),
            ("enhance", "purpose clause"),
            ("give most attention", "content of the statement"),
            (("include", "this will"), "content of the statement"),
        ],
        "entities": [
            ("Mobil Corp", "ORG", "USA"),
            ("Allen E. Murray", "PERSON", "USA"),
            (("Murray", "more promising"), "PERSON", "USA"),
            (("Mobil", "Mobil data"), "ORG", "USA"),
            (("Murray", "Murray told"), "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Europe", "LOC", None),
            ("Africa", "LOC", None),
            ("Indonesia", "GPE", "IDN"),
            (("Mobil", "weeks Mobil"), "ORG", "USA"),
            (("Mobil", "Mobil's chairman"), "ORG", "USA"),
            ("John Lord", "PERSON", "USA"),
            (("Mobil Corp", "John Lord"), "ORG", "USA"),
            (("Murray", "Murray said in announcing"), "PERSON", "USA"),
            ("Mobil Exploration and Production U.S. Inc", "ORG", "USA"),
            ("Mobil Exploration and Producing Services Inc", "ORG", "USA"),
            ("MEPSI", "ORG", "USA"),
            (("Mobil", "Earnings from"), "ORG", "USA"),
            (("Mobil", "Mobil's strategy"), "ORG", "USA"),
            (("Mobil", "annual report, Mobil"), "ORG", "USA"),
        ],
    },
    "reuters21578-16996": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The State of New Jersey",) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "asserted", None,
             "announces this morning's program sale of 23 stocks (a market sale with no identified counterpart: "
             "no type; SANCTION USA -> ZAF as divestment arguable); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "New Jersey,"), ("Roland Machold",) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "asserted", None,
             "the sale was part of the divestment programme (director of the state's Division of Investment); DCT"),
            # 2
            ("STATEMENT", ("said", "1988, Machold"), (("Machold", "1988, Machold"),) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "asserted", None, "what the 1985 state law requires; DCT"),
            # 3
            ("STATEMENT", ("said", "He said"), (("He", "He said"),) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "asserted", None, "expected weekly sales to be fully divested; DCT"),
            # 4
            ("STATEMENT", ("said", "Machold said that one"), (("Machold", "Machold said that one"),) + USA_GOV, None,
             NYC, "1987-04-21", "day", None, "asserted", None,
             "one brokerage house handled the sale, seven bid (unnamed brokers: no type); DCT"),
            # 5
            ("STATEMENT", "disclose", (("He", "He would not"),) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "negated", None,
             "would not disclose the brokerage house: withheld statement (EVENTS.md 5); DCT"),
            # 6
            ("STATEMENT", ("said", "to date,\""), (("Machold", "to date,\""),) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "asserted", None, "total value of sales to date (statistics); DCT"),
            # 7
            ("STATEMENT", ("said", "He said that because"), (("He", "He said that because"),) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "asserted", None, "difficulty of valuing future sales (assessment); DCT"),
            # 8
            ("STATEMENT", "estimated", (("Machold", "Machold estimated"),) + USA_GOV, None, NYC,
             "1987-04-21", "day", None, "asserted", None, "estimate of future sales' book value (a forecast); DCT"),
        ],
        "skip": [
            ("sold", "market sale of stocks in a program trade (divestment; no identified counterpart; SANCTION USA "
                     "-> ZAF arguable)"),
            ("sale", "anaphoric nominal (this morning's sale)"),
            ("divestment program", "background nominal (the divestment programme)"),
            ("enacted", "domestic legislation in background (SANCTION USA -> ZAF 1985-08 arguable)"),
            (("divest", "must"), "content of the law (requirement)"),
            ("do business", "stative"),
            ("divested", "content of the statement"),
            (("sell", "have to"), "content of the statement"),
            (("sold", "The stocks"), "anaphoric (today's sale)"),
            (("sale", "today's program"), "anaphoric nominal"),
            ("handled", "sale handled by an unnamed brokerage house (content; COOPERATE arguable)"),
            (("bid", "seven houses"), "bids by unnamed brokerage houses (content)"),
            (("sales", "value of the"), "anaphoric nominal (statistics)"),
            (("sales", "much future"), "future sales (content of the statement)"),
        ],
        "entities": [
            ("State of New Jersey", "GPE", "USA"),
            ("Roland Machold", "PERSON", "USA"),
            ("Division of Investment", "ORG", "USA"),
            (("New Jersey", "the state of"), "GPE", "USA"),
            ("N.J.", "GPE", "USA"),
            ("South Africa", "GPE", "ZAF"),
            (("Machold", "1988, Machold"), "PERSON", "USA"),
            ("Abbott Laboratories", "ORG", "USA"),
            ("Allied Signal Inc", "ORG", "USA"),
            ("CitiCorp", "ORG", "USA"),
            ("Ford Motor Co", "ORG", "USA"),
            ("General Motors", "ORG", "USA"),
            ("Gillette Co", "ORG", "USA"),
            ("H.J. Heinz", "ORG", "USA"),
            ("IBM", "ORG", "USA"),
            ("Minnesota Mining and Manufacturing", "ORG", "USA"),
            ("Mobil", "ORG", "USA"),
            ("Monsanto Co", "ORG", "USA"),
            ("NCR Corp", "ORG", "USA"),
            ("Pepsico Inc", "ORG", "USA"),
            ("Pfeizer", "ORG", "USA"),
            ("Union Camp", "ORG", "USA"),
            ("USX", "ORG", "USA"),
            ("Westinghouse Electric", "ORG", "USA"),
            ("Weyerhaeuser Co", "ORG", "USA"),
            ("American International Group", "ORG", "USA"),
            ("CBS", "ORG", "USA"),
            ("Coca-Cola", "ORG", "USA"),
            ("Merck", "ORG", "USA"),
            ("Upjohn", "ORG", "USA"),
            (("Machold", "Machold said that one"), "PERSON", "USA"),
            (("Machold", "to date,\""), "PERSON", "USA"),
            (("South Africa", "business with"), "GPE", "ZAF"),
            (("Machold", "Machold estimated"), "PERSON", "USA"),
        ],
    },
    "reuters21578-18452": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Karl Otto Poehl"), ("Karl Otto Poehl",) + DEU_GOV, None, None,
             "1987-05", "month", "mid-May", "asserted", None,
             "Poehl said in mid-May the remaining ECU restrictions were likely to be lifted (a forecast of a domestic "
             "rule change); month precision; not DCT-dated: no location"),
        ],
        "skip": [
            ("announce", "content of anonymous banking sources' talk (hypothetical announcement)"),
            ("lift", "content of anonymous talk (a domestic financial rule)"),
            (("said", "banking sources"), "anonymous-source talk (banking sources)"),
            ("council session", "internal meeting of a single body (the Bundesbank council)"),
            ("brought forward", "scheduling of an internal meeting"),
            ("change credit policy", "monetary policy (negated expectation, unnamed expecter)"),
            (("said", "The sources"), "anonymous-source talk (sources)"),
            ("working out", "internal work (content of anonymous talk)"),
            ("discussed", "the council's own discussion with the finance minister present (content of anonymous talk; "
                          "CONSULT DEU 1987-05-07 arguable)"),
            ("approval", "internal approval (content of anonymous talk)"),
            (("said", "formality, the sources"), "anonymous-source talk (sources)"),
            ("chairing", "internal meeting of a single body (today's council meeting)"),
            (("lifted", "likely to be"), "content of the statement"),
            ("allowing", "content of the statement"),
            (("said", "The sources said the ECU"), "anonymous-source talk (sources)"),
            ("liberalisation", "background nominal (content of anonymous talk)"),
            ("play its part", "content of anonymous talk"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            (("Bundesbank", "The Bundesbank is"), "ORG", "DEU"),
            (("Bundesbank", "sources said Bundesbank"), "ORG", "DEU"),
            ("Gerhard Stoltenberg", "PERSON", "DEU"),
            (("Bundesbank", "Bundesbank president"), "ORG", "DEU"),
            ("Karl Otto Poehl", "PERSON", "DEU"),
            ("Luxembourg", "GPE", "LUX"),
            ("German", "NORP", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("European Community", "ORG", None),
        ],
    },
    "reuters21578-946": {
        "events": [
            # 0
            ("COOPERATE", "mandate", ("Merrill Lynch Capital Markets",) + GBR_BUS,
             ("Industrial Equity Ltd",) + AUS_BUS, None, None, "unknown", None, "asserted", None,
             "mandate received from IEL to arrange an LOC facility (a service mandate won from a customer, 11b's "
             "mandate); no time expression: undated; 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "Merrill, which"), (("Merrill", "Domestic market"),) + GBR_BUS, None, LON,
             "1987-03-03", "day", None, "asserted", None, "the first facility of its kind (assessment); DCT"),
            # 2
            ("AGREE", "agreed", ("Sumitomo Trust and Banking Co Ltd",) + JPN_BUS, (None,) + AUS_BUS, None,
             None, "unknown", None, "asserted", None,
             "agreed to provide the letter of credit (to the implied beneficiary IEL, EVENTS.md 8); present perfect: "
             "undated"),
            # 3
            ("STATEMENT", ("said", "New Zealand, Merrill Lynch"), (("Merrill Lynch", "New Zealand,"),) + GBR_BUS, None,
             LON, "1987-03-03", "day", None, "asserted", None, "IEL's ownership (stative); DCT"),
        ],
        "skip": [
            (("said", "Capital Markets"), "rule-3 attribution (the mandate is the event)"),
            ("arrange", "content of the mandate"),
            ("sold", "corporate finance (notes and paper to be sold)"),
            ("dealer", "appointment-like role (corporate finance)"),
            ("provide", "content of the agreement"),
            ("extension", "term of the facility (hypothetical)"),
            (("issued", "will be"), "corporate finance (note issue)"),
            ("underwritten", "underwriting by an unnamed group of banks (corporate finance)"),
            (("paid", "will be"), "fees (corporate finance)"),
            ("owned", "stative ownership"),
        ],
        "entities": [
            ("Merrill Lynch Capital Markets", "ORG", "GBR"),
            ("Industrial Equity Ltd", "ORG", "AUS"),
            (("IEL", "Industrial Equity Ltd"), "ORG", "AUS"),
            ("Australia", "GPE", "AUS"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "sold in the"), "GPE", "USA"),
            (("Merrill", "Domestic market"), "ORG", "GBR"),
            ("Sumitomo Trust and Banking Co Ltd", "ORG", "JPN"),
            (("IEL", "issued by"), "ORG", "AUS"),
            ("Sydney", "GPE", "AUS"),
            ("IEL Finance Ltd", "ORG", "AUS"),
            (("IEL", "IEL itself"), "ORG", "AUS"),
            ("Brierley Investments Ltd", "ORG", "NZL"),
            ("New Zealand", "GPE", "NZL"),
            (("Merrill Lynch", "New Zealand,"), "ORG", "GBR"),
        ],
    },
    "reuters21578-21122": {
        "events": [
            # 0
            ("REQUEST", "said", ("Edouard Balladur",) + FRA_GOV, ("the Group of Seven (G-7) industrial countries",) + GROUP,
             PAR, "1987-10-19", "day", None, "asserted", None,
             "the G-7 should respect its Louvre pledges (an identifiable actor told it should act, EVENTS.md 2); the "
             "saying is the act; DCT, dateline city"),
            # 1
            ("AGREE", "pledges", (None,) + GROUP, None, LOUVRE,
             "1987-02", "month", "February", "asserted", None,
             "pledges made in the February Louvre accord (a group's accord: null, no actor2; a nominal with its own "
             "predication and date, events_dev's 'commitments made last month'); past February = 1987-02"),
            # 2
            ("REQUEST", "told", (("he", "Louvre,\" he"),) + FRA_GOV,
             ("the seven major industrial countries",) + GROUP, PAR,
             "1987-10-19", "day", None, "asserted", 0,
             "quoted restatement of the call (EVENTS.md 3): later mention; STATEMENT ('we have to', the speaker's own "
             "group) arguable"),
            # 3
            ("AGREE", ("pledges", "remind ourselves of the"), (("we", "pledges we"),) + GROUP, None, LOUVRE,
             "1987-02", "month", "February", "asserted", 1,
             "'the pledges we made at the Louvre': later mention of the Louvre pledges, first mention's date"),
            # 4
            ("STATEMENT", "added", (("he", "policy,\""),) + FRA_GOV, None, PAR,
             "1987-10-19", "day", None, "asserted", None, "what the pledges covered (description); DCT"),
        ],
        "skip": [
            ("respect", "content of the request"),
            ("accord", "the agreement's name (the same Louvre pledges)"),
            ("strengthen", "content of the request"),
            ("cooperation", "content of the request (nominal)"),
            ("remind", "content of the request"),
            (("pledges", "They were not simply"), "anaphoric nominal (the Louvre pledges)"),
            ("maintain", "content of the pledges"),
            ("conduct", "content of the pledges"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Edouard Balladur", "PERSON", "FRA"),
            ("Group of Seven", "ORG", None),
            ("G-7", "ORG", None),
        ],
    },
    "reuters21578-18131": {
        "events": [
            # 0
            ("CONSULT", "talks", (None,) + GBR_GOV, ("Japan",) + JPN_GOV, None,
             None, "unknown", None, "asserted", None,
             "progress made in talks with Japan (the implied British side first); present perfect, no time "
             "expression: undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("CONSULT", ("talks", "weekend"), (("Japanese", "talks here between"),) + JPN_GOV,
             (("British officials", "Japanese and"),) + GBR_GOV, LON,
             "1987-05", "month", "weekend", "asserted", 0,
             "the weekend talks in London (here): later mention with its own date (Sat-Sun 30-31 May: 1987-05, "
             "EVENTS.md 21) and place; the visiting Japanese first (EVENTS.md 13)"),
            # 2
            ("STATEMENT", "told", (("Lawson", "officials Lawson"),) + GBR_GOV, None, LON,
             "1987-06-02", "day", None, "asserted", None, "'we have achieved our objective' (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "extended,\""), (("he", "extended,\""),) + GBR_GOV, None, LON,
             "1987-06-02", "day", None, "asserted", None,
             "the three applicants would join when the exchange is extended (no type); DCT"),
            # 4
            ("STATEMENT", ("said", "The TSE has"), ("The TSE",) + JPN_ORG, None, LON,
             "1987-06-02", "day", None, "asserted", None,
             "the extension will be completed in May 1988 (announcement); 'has said' takes the DCT (EVENTS.md 16)"),
            # 5
            ("REJECT", ("said", "repeatedly"), (("It", "It has repeatedly"),) + JPN_ORG, None, None,
             None, "unknown", None, "asserted", None,
             "has repeatedly said it cannot accommodate new members until then (a refusal, no named target: actor2 "
             "null, EVENTS.md 14); repeated standing position: undated (rule 17; STATEMENT arguable)"),
            # 6
            ("CONSULT", "visit", ("U.K. Corporate Affairs Minister Michael Howard",) + GBR_GOV,
             (("Tokyo", "visit to"),) + JPN_GOV, TOKYO_TXT,
             "1987-04", "month", "in April", "asserted", None,
             "Howard's visit to Tokyo in April (visitor first, host Japan; a nominal with its own date and place, "
             "EVENTS.md 11); past April = 1987-04"),
            # 7
            ("REQUEST", "presented", ("U.K. Corporate Affairs Minister Michael Howard",) + GBR_GOV,
             (("Japanese officials", "presented"),) + JPN_GOV, TOKYO_TXT,
             "1987-04", "month", "in April", "asserted", None,
             "presented a non-negotiable timetable for TSE membership (pressure: a demand); inside the April visit"),
            # 8
            ("REQUEST", ("said", "Howard said"), (("Howard", "Howard said"),) + GBR_GOV, (None,) + JPN_GOV, LON,
             "1987-06-02", "day", None, "asserted", None,
             "Britain wanted the firms made members before next May (the saying is the demand; target Japan "
             "implied); DCT"),
            # 9
            ("THREATEN", ("added", "in London, he"), (("he", "in London,"),) + GBR_GOV, (("Tokyo", "If Tokyo"),) + JPN_GOV,
             LON, "1987-06-02", "day", None, "asserted", None,
             "if Tokyo failed to act Britain was ready to retaliate (a conditional threat, asserted); DCT; "
             "'retaliate' left unlisted"),
            # 10
            ("STATEMENT", "announced", (("Tokyo Stock Exchange", "Last month the"),) + JPN_ORG, None, None,
             "1987-05", "month", "Last month", "asserted", None,
             "plans to set up a special committee (internal: no type); 'Last month' = 1987-05"),
        ],
        "skip": [
            (("said", "Nigel Lawson"), "rule-3 attribution (the talks are the event)"),
            ("progress", "content (progress in the talks)"),
            ("lead to", "content (hypothetical result of the talks)"),
            ("achieved", "content of the statement"),
            ("join", "content of the statement (membership, conditional)"),
            (("extended", "has been"), "content of the statement"),
            (("completed", "will be"), "content of the statement"),
            ("accommodate", "content of the refusal"),
            ("called", "part of the demand (his description of the timetable)"),
            ("granting", "content of the demand"),
            ("expected", "content of the request"),
            ("meeting", "anaphoric nominal (last weekend's talks)"),
            ("made members", "content of the request"),
            ("failed to act", "condition of the threat"),
            ("set up", "internal committee (content of the announcement)"),
            ("study", "content of the announcement"),
            ("produce a report", "planned report of the TSE committee by the autumn (STATEMENT planned 1987 arguable)"),
            (("announce", "allow the TSE to"), "hypothetical (what the report would allow)"),
            (("granted", "who will be"), "content (hypothetical)"),
            ("start trading", "content (hypothetical)"),
        ],
        "entities": [
            ("Nigel Lawson", "PERSON", "GBR"),
            ("Japan", "GPE", "JPN"),
            ("Tokyo Stock Exchange", "ORG", "JPN"),
            ("British", "NORP", "GBR"),
            ("Japanese", "NORP", "JPN"),
            (("British", "Japanese and"), "NORP", "GBR"),
            (("Lawson", "officials Lawson"), "PERSON", "GBR"),
            ("Baring Brothers and Co Ltd", "ORG", "GBR"),
            ("J.Henry Wagg and Co Ltd", "ORG", "GBR"),
            ("Kleinwort Benson Lonsdale Plc", "ORG", "GBR"),
            (("Stock Exchange", "when the"), "ORG", "JPN"),
            (("TSE", "The TSE"), "ORG", "JPN"),
            (("Tokyo", "visit to"), "GPE", "JPN"),
            ("U.K.", "GPE", "GBR"),
            ("Michael Howard", "PERSON", "GBR"),
            (("Japanese", "presented"), "NORP", "JPN"),
            (("British", "three British securities"), "NORP", "GBR"),
            (("TSE", "companies TSE"), "ORG", "JPN"),
            (("Howard", "Howard said"), "PERSON", "GBR"),
            ("Britain", "GPE", "GBR"),
            (("Tokyo", "If Tokyo"), "GPE", "JPN"),
            (("Britain", "Britain was ready"), "GPE", "GBR"),
            (("Japanese", "against"), "NORP", "JPN"),
            ("London", "GPE", "GBR"),
            (("Tokyo Stock Exchange", "Last month the"), "ORG", "JPN"),
            (("TSE", "allow the"), "ORG", "JPN"),
        ],
    },
    "reuters21578-3483": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a Bank spokesman",) + BEL_GOV, None, BRU,
             "1987-03-11", "day", None, "asserted", None,
             "the bank bought currencies in the week ended March 9 (a monetary operation: no type); DCT, dateline"),
            # 1
            ("STATEMENT", "give", (("he", "policy he"),) + BEL_GOV, None, BRU,
             "1987-03-11", "day", None, "negated", None,
             "declined to give details of the amount: withheld statement (EVENTS.md 5); 'declined' unlisted; DCT"),
            # 2
            ("STATEMENT", ("said", "the spokesman said"), ("the spokesman",) + BEL_GOV, None, BRU,
             "1987-03-11", "day", None, "asserted", None, "reserves slipped (statistics); DCT"),
        ],
        "skip": [
            ("bought", "monetary operation (currency purchase)"),
            (("bought", "amount"), "anaphoric (the purchase)"),
            ("purchased", "anaphoric (the purchase)"),
            ("used", "debt management (content)"),
            ("repay", "the Treasury's foreign debt repayment (debt management, no counterpart named)"),
            ("affect", "negated stative"),
            ("slipped", "statistics"),
            ("sales", "monetary operation (dollar sales for SDRs)"),
        ],
        "entities": [
            ("Belgian National Bank", "ORG", "BEL"),
            (("Bank", "a Bank"), "ORG", "BEL"),
            ("Treasury", "ORG", "BEL"),
            (("Bank", "the Bank's"), "ORG", "BEL"),
        ],
    },
    "reuters21578-14689": {
        "events": [
            # 0
            ("COOPERATE", "invest", ("Ente Nazionale Idrocarburi (ENI)",) + ITA_BUS,
             ("Petroleos de Venezuela, S.A",) + VEN_BUS, None, None, "unknown", None, "planned", None,
             "ENI will invest in two joint ventures with PDVSA (state-owned companies: BUS); no time expression: "
             "undated; 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "Reviglio said the two"), (("Reviglio", "conference,"),) + ITA_BUS, None, CCS,
             "1987-04-07", "day", None, "asserted", None,
             "the projects' benefits to Venezuela (assessment); 'Speaking at a news conference' part of it; DCT"),
            # 2
            ("STATEMENT", ("said", "for both,\""), (("Reviglio", "for both,\""),) + ITA_BUS, None, CCS,
             "1987-04-07", "day", None, "asserted", None, "joint ventures as an instrument (generic view); DCT"),
            # 3
            ("COOPERATE", ("join", "Ecofuel will"), (("Ecofuel", "subsidiary Ecofuel"),) + ITA_BUS, ("Pequiven",) + VEN_BUS, None,
             None, "unknown", None, "planned", 0,
             "the petrochemical joint venture (Ecofuel with Pequiven): part of the announced investment, later "
             "mention (same ITA -> VEN pair, 55a's Novo Astro call)"),
            # 4
            ("STATEMENT", ("said", "Ecofuel officials"), ("Ecofuel officials",) + ITA_BUS, None, CCS,
             "1987-04-07", "day", None, "asserted", None,
             "the plant is modeled after one in Saudi Arabia (officials of a named company); DCT"),
            # 5
            ("AGREE", "sign", ("Agip Carbone",) + ITA_BUS, (("PDVSA", "partnership with"),) + VEN_BUS, CARACAS_TXT,
             "1987-04-08", "day", "tomorrow", "planned", None,
             "will sign a letter of intent in Caracas tomorrow (DCT + 1); 'he said' rule-3 attribution"),
            # 6
            ("STATEMENT", "added", (("he", "august,"),) + ITA_BUS, None, CCS,
             "1987-04-07", "day", None, "asserted", None,
             "feasibility studies still under way (no named actor, no type) with an accord slated for August; DCT"),
            # 7
            ("AGREE", "accord", (None,) + ITA_BUS, (None,) + VEN_BUS, None,
             "1987-08", "month", "august", "planned", None,
             "a definitive carbozulia accord (Agip and PDVSA implied) slated for August (a nominal with its own "
             "date, EVENTS.md 11); future month = 1987-08"),
            # 8
            ("COOPERATE", "consortium", (("Agip carbone", "Agip carbone and"),) + ITA_BUS,
             ("atlantic richfield coal",) + USA_BUS, None, None, "unknown", None, "asserted", None,
             "have formed a consortium (a joint venture between two companies; the event noun after 'formed'); "
             "present perfect: undated; 'the company said' attribution"),
            # 9
            ("COOPERATE", ("invest", "Agip carbone will"), (("Agip carbone", "Agip carbone will"),) + ITA_BUS,
             (None,) + VEN_BUS, None, None, "unknown", None, "planned", 0,
             "Agip's 120 mln dlr investment in the coal project with PDVSA: the coal part of the 197 mln dlr "
             "investment, later mention; 'it said' attribution"),
        ],
        "skip": [
            (("said", "Franco Reviglio"), "rule-3 attribution (the investment is the event)"),
            ("Speaking", "participle of the reporting clause"),
            ("bring in", "content of the statement"),
            ("help diversify", "content of the statement"),
            ("Joint ventures are", "generic statement (content of the quote)"),
            ("building", "content of the venture"),
            (("produce", "plant to"), "content of the venture"),
            ("constructed", "planned construction (content of the venture)"),
            ("fed by", "content"),
            ("owns", "stative ownership"),
            (("sold", "to be"), "planned sale to unnamed private investors"),
            ("set to begin", "production start (no type)"),
            ("modeled", "stative (content of the statement)"),
            (("said", "zulia state, he"), "rule-3 attribution (the signing is the event)"),
            ("enter a partnership", "content of the letter of intent"),
            (("mine", "PDVSA to"), "content of the partnership"),
            ("Feasibility studies", "studies with no named actor"),
            (("said", "dlrs, the company"), "rule-3 attribution (the consortium is the event)"),
            ("will own", "stative ownership"),
            ("estimated", "passive estimate, no named agent"),
            (("said", "in the project, it"), "rule-3 attribution (the investment is the event)"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Ente Nazionale Idrocarburi", "ORG", "ITA"),
            (("ENI", "Idrocarburi ("), "ORG", "ITA"),
            ("Petroleos de Venezuela, S.A", "ORG", "VEN"),
            (("ENI", "S.A, ENI"), "ORG", "ITA"),
            ("Franco Reviglio", "PERSON", "ITA"),
            (("Reviglio", "conference,"), "PERSON", "ITA"),
            (("Venezuela", "foreign exchange to"), "GPE", "VEN"),
            (("Reviglio", "for both,\""), "PERSON", "ITA"),
            (("ENI", "ENI's subsidiary"), "ORG", "ITA"),
            (("Ecofuel", "subsidiary Ecofuel"), "ORG", "ITA"),
            ("Pequiven", "ORG", "VEN"),
            ("PDVSA", "ORG", "VEN"),
            ("Jose", "GPE", "VEN"),
            (("Venezuela", "in eastern"), "GPE", "VEN"),
            (("PDVSA", "produced at"), "ORG", "VEN"),
            (("ENI", "ENI owns"), "ORG", "ITA"),
            ("Super Octanos, C.A.", "ORG", "VEN"),
            (("Pequiven", "while Pequiven"), "ORG", "VEN"),
            (("Ecofuel", "Ecofuel officials"), "ORG", "ITA"),
            ("Saudi Arabia", "GPE", "SAU"),
            (("ENI", "Another ENI"), "ORG", "ITA"),
            ("Agip Carbone", "ORG", "ITA"),
            ("Caracas", "GPE", "VEN"),
            (("PDVSA", "partnership with"), "ORG", "VEN"),
            ("guasare", "LOC", "VEN"),
            ("zulia", "GPE", "VEN"),
            (("Agip carbone", "Agip carbone and"), "ORG", "ITA"),
            ("atlantic richfield coal", "ORG", "USA"),
            ("arco", "ORG", "USA"),
            (("Agip carbone", "Agip carbone will"), "ORG", "ITA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
