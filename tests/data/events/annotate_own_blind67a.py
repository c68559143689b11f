"""Build ``own_blind67a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind67a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2130 left); 24 drawn
with random.Random(67101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 0-7 (8 articles).
40 event records (38 first mentions, 2 later mentions), 105 not_annotated spans, 100 entity mentions
(ORG 48, GPE 34, NORP 11, PERSON 7); one article without events: 2172 (French cereal exports through
Rouen: every speaker is "trade sources", the shipments are statistics); 3507 (Pertamina exploration
spending) has reporting-clause STATEMENTs only.
Types: STATEMENT 21, REQUEST 6, AID 4, AGREE 3, COOPERATE 3, REJECT 1, ACCUSE 1, CONSULT 1; modality:
asserted 33, planned 5, hypothetical 1, negated 1; precision: day 23, unknown 13, month 3, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed: "Japan" inside "Japanese", an
actor span that ran into "declined"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("West German Finance Minister Gerhard Stoltenberg": NORP +
PERSON; "President Leon Febres Cordero": PERSON only); company names are tagged with their legal form and
without angle brackets, tickers ("<NSTC.T>", "<RD.AS>") are not entities; the possessive 's is left out
("Ecuador's", "Pertamina's", "Japan's", "West Germany's"); a company name used as a modifier is still a
mention ("the Paribas facility", "Billiton and Suralco plants"); a government body with its country word
is one ORG span ("West German Federal Statistics Office"), lower-case bodies ("the West German
government", "the loan syndicate") give only their NORP or nothing; "Reagan administration" gives PERSON
"Reagan" (earlier sets); "Paris" in "Paris agreement" is GPE FRA (19b/26a; the accord is not an entity);
currencies, products and programmes are not entities.
Countries: "West German" / "German" NORP DEU, West Germany GPE DEU, Gerhard Stoltenberg PERSON DEU, the
IMF, the Group of Seven, the OECD (also its long name) and the European Community ORG null; Paris GPE FRA;
Banque Paribas / "Paribas" ORG FRA, "French" NORP FRA, Ecuador GPE ECU, Leon Febres Cordero PERSON ECU,
"Latin American" / "Latin" NORP null; Indonesia GPE IDN, Pertamina ORG IDN, Jumardi Jukardi PERSON IDN;
"Japanese" NORP JPN, Japan GPE JPN, the four steelmakers (Nippon steel Corp, Sumitomo Metal Industries
Ltd, Nippon Kokan KK, Kawasaki Steel Corp) and the Ministry of International Trade and Industry ORG JPN,
"U.S." GPE USA; Rouen GPE FRA, Saudi Arabia SAU, the Soviet Union SUN, Italy ITA, Spain ESP, China CHN,
Algeria DZA, Sri Lanka LKA, Poland POL (GPE); the West German Federal Statistics Office ORG DEU, Reagan
PERSON USA; Billiton International Metals B.V. / "Billiton" ORG NLD ("the Dutch mining company"), Royal
Dutch/Shell ORG NLD (earlier sets), "Dutch" NORP NLD, the Netherlands GPE NLD, Reuters ORG GBR, Surinam,
Afobakka and Moengo GPE SUR, Henk Heidweiler / "Heidweiler" and Desi Bouterse PERSON SUR, Suralco ORG SUR
(the subsidiary takes its own country as the earlier Surinam story's SURALCO; USA arguable from "owned by
U.S. Conglomerate Alcoa"), Alcoa ORG USA; South Korea GPE KOR, the Finance Ministry, the Industrial Policy
Deliberation Committee and all sixteen named companies and groups ORG KOR.

Judgement calls made here:
* 15562 (Stoltenberg on the dollar, DCT Thu 1987-04-09, WASHINGTON): "Stoltenberg said he was not
  surprised" and "Speaking briefly with reporters ... he said, 'These minor movements don't really affect
  us'" are two STATEMENTs DEU GOV (two remarks, not a restatement: EVENTS.md 3), DCT, WASHINGTON;
  "Speaking" is the participial frame, the IMF "meeting" he was entering a background nominal in a
  temporal clause (skipped; CONSULT DEU -> IMF arguable). "a statement by the Group of Seven industrial
  countries reaffirming their Paris agreement in February" gives AGREE on "reaffirming" (G-7, null IGO, no
  actor2: reaffirming an accord = AGREE, 5b/8a/12a; undated, "overnight" dates the dollar's decline; the
  nominal "statement" is the same act, skipped) and AGREE on "agreement" ("their Paris agreement in
  February": a nominal with its own date and place, EVENTS.md 11; group actor null, 1987-02, Paris). The
  dollar's decline is a market movement.
* 5270 (Paribas and Ecuador's oil facility, DCT Mon 1987-03-16, NEW YORK): "Banque Paribas, which arranged
  a 220 mln dlr loan for Ecuador last year" is AID FRA BUS -> ECU GOV (a loan, EVENTS.md 8; relative
  clause with its own date), 1986 (year). "wants to adjust the terms of the facility to help the country
  recover" is AID FRA BUS -> ECU (postponing repayment = relief), hypothetical (a wish facing resistance,
  not a decided plan; planned arguable), undated; the reporting "bankers said" is anonymous (skipped) but
  the actor is named, as 53a's crushers. "the French bank's plan ... is running into stiff resistance
  from many of the 52 members of the loan syndicate" is REJECT (syndicate banks, null BUS) -> Paribas
  (FRA BUS), a standing stance with no time expression: undated (REJECT by an unnamed group arguable; kept
  as the story's point). "President Leon Febres Cordero on Friday estimated total damages ... and said that
  Ecuador ... would maintain January's suspension of interest payments" is two STATEMENTs ECU GOV (the
  payment freeze has no type, EVENTS.md 10), both 1987-03-13 (pre-verbal "on Friday" scopes the two
  coordinated verbs of one subject; Friday before Mon 16 March), location null (no place in the text, not
  DCT-dated). "The 18-month oil-financing facility, which was signed last October 28" is AGREE (a loan
  agreement signed) with implied parties, the lender side first (Paribas the arranger, FRA BUS) and
  Ecuador (ECU GOV), 1986-10-28. The pipeline rupture is a natural disaster; the banks' feelings, fears,
  reluctance and the banker's comment are anonymous talk; the debt crisis erupting is background.
* 3507 (Pertamina on exploration spending, DCT Wed 1987-03-11, JAKARTA): "the state oil company Pertamina
  said" and "Jumardi Jukardi, head of Pertamina's coordinating board ..., said" are STATEMENTs IDN BUS
  (a state company and its official, EVENTS.md 15), DCT, JAKARTA; unnamed foreign companies' budgets,
  spending cuts and drilling plans are statistics / content.
* 10275 (Japanese seamless pipe cartel, published 1987-03-26 23:17, dateline TOKYO March 27): the DCT is
  published_at's date (GUIDELINES: 16079/own_blind3), so "today" = 1987-03-26. "Four major Japanese
  steelmakers plan to form a seamless pipe export cartel ... to keep prices above output costs" is a price
  measure among the four firms (skipped as EVENTS.md 10's production cut "to force prices up"; COOPERATE
  or AGREE planned arguable), so "company officials involved said" is a STATEMENT JPN BUS (officials of
  the four named companies, EVENTS.md 4), DCT, TOKYO. "The firms will apply to form the cartel to the
  Ministry of International Trade and Industry today" is REQUEST JPN BUS -> MITI (JPN GOV; an application
  to a government body), planned, 1987-03-26 ("today"), "the officials said" rule-3 attribution; "approval
  is expected later this month" is MITI's domestic regulatory approval (skipped; AGREE planned 1987-03
  arguable). "Under the plan, the four companies will set floor prices ..., the officials said" is a
  STATEMENT (price setting: no type), DCT; "The officials declined to give any idea of floor prices" is a
  withheld STATEMENT (negated, trigger "give"), "saying" its participial elaboration; the industry
  sources' estimate is anonymous.
* 2172 (French cereal exports through Rouen, DCT Thu 1987-03-05, PARIS): no events: every "said", "added"
  and "estimated" is by trade sources (anonymous, EVENTS.md 4) and the exports and loadings by unnamed
  ships and exporters are statistics (COOPERATE FRA -> the destination countries not coded: no named
  exporter).
* 18985 (OECD on West German growth, published 1987-06-18 18:15, dateline PARIS June 19): DCT
  1987-06-18. The OECD's "said in its semi-annual review", "said that the economy should pick up", "said
  it assumed", "warned that the key ... was higher domestic demand" (no consequence from the speaker, no
  actor asked: STATEMENT, own_blind's "warned") and "said that 'the medium to longer-term performance ...
  could be improved by reduction of subsidies'" (an evaluation, EVENTS.md 2's "would help give balance";
  REQUEST -> DEU GOV arguable; "While noting" its participial elaboration) are five STATEMENTs (null IGO),
  DCT, PARIS. "the West German Federal Statistics Office has released figures showing that the GNP ...
  fell" is a STATEMENT DEU GOV (a statistics release, guidelines rule 1's "issued figures"), present
  perfect with no value ("Since the OECD report was compiled"): DCT as "have said" / "Earlier it
  reported" (EVENTS.md 16), dateline city (undated arguable). "West Germany's current account surplus, the
  target of considerable criticism by the Reagan administration" is ACCUSE USA GOV -> DEU GOV (a nominal
  with its own agent; standing criticism: undated, EVENTS.md 17). The West German government's forecast
  (background nominal, STATEMENT DEU arguable), the institutes' forecasts and the diplomatic sources'
  talk are skipped; the tax reform brought forward is domestic fiscal policy (content).
* 5868 (Billiton urges Surinam, DCT Tue 1987-03-17, LEIDSCHENDAM): "Billiton ... has urged Surinam to
  change policies ..., a company spokesman said" is REQUEST NLD BUS -> SUR GOV, undated (a present
  perfect relayed verbal act with no time expression of its own, sets 15/16), "said" rule-3 attribution.
  "He told Reuters that Billiton ... presented the demands to Henk Heidweiler, ... who visited the
  Netherlands last week for official talks" is its later mention on "presented" (actor2 Heidweiler, SUR
  GOV), dated 1987-03 by being placed inside the visit (rule 3; "last week" = 9-15 March, month,
  EVENTS.md 21), located in the Netherlands, "told" attribution; "visited" is CONSULT SUR GOV -> NLD GOV
  (visitor first, EVENTS.md 13), 1987-03, the Netherlands ("talks" the visit's purpose, skipped).
  "Billiton and Suralco ... both want devaluation, and lower wages ..." is split by country (EVENTS.md
  12): Billiton's is a later mention of the lead demand (its content), Suralco's a REQUEST SUR BUS -> the
  Surinam government (implied), undated (a standing demand, set 17). "Billiton also urged Heidweiler to
  improve the safety of its employees" is a second REQUEST NLD -> SUR, undated (no time expression of
  its own; the visit's 1987-03 arguable), "the spokesman said" attribution; "adding rebel fighting since
  July 1986 had depressed production" is a STATEMENT (EVENTS.md 3), as are "he added" (cables cut, a mine
  shut: no named actor) and the quoted "We are already making vast losses ..." (DCT, LEIDSCHENDAM). The
  army's "campaign" against the guerrillas and the rebel "fighting" are background / content (ASSAULT
  arguable).
* 13235 (South Korea orders takeovers, DCT Sat 1987-04-04, SEOUL): the government's orders to firms ("South
  Korea ordered the takeover", "Another five construction companies were ordered to improve their
  financial status") are domestic industrial-policy orders with no type (skipped; COERCE arguable), so
  their "Finance Ministry officials said" / "the officials said" are STATEMENTs KOR GOV (EVENTS.md 4),
  DCT, SEOUL. "the Industrial Policy Deliberation Committee decided to allow concessionary loans to three
  firms taking over the eight" is AID KOR GOV -> KOR BUS on "decided" (credit to named recipients; set
  16's "decided ... to sell" on "decided"; a domestic measure, no type arguable as 55a's farm payments),
  asserted, undated, "They said" attribution; the tax exemptions are skipped (domestic tax relief, AID
  arguable). "five subsidaries of Chung Woo Development Co Ltd will be taken over by Byuck San Corp, Korea
  Develpoment Corp by Daelim Industrial Co Ltd, and two subsidaries of Korea Shipping Corp by the Hanjin
  Group" is three COOPERATE KOR BUS -> KOR BUS records on the shared "taken over" (acquirer first, the
  company acquired second; planned, undated). "A further five shipping companies ... will be allowed to
  defer the repayment of bank loans and interest" is AID (debt relief, EVENTS.md 8) by the implied
  government (KOR GOV) -> the five companies, planned, undated, "said" attribution. "They said the
  government would take similar measures for more companies in August" is a STATEMENT (unspecified
  measures: no type; "in August" dates the measures), DCT.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind67a.jsonl"

WAS = ("WASHINGTON", "USA")
JKT = ("JAKARTA", "IDN")
TOK = ("TOKYO", "JPN")
PAR = ("PARIS", "FRA")
LEI = ("LEIDSCHENDAM", "NLD")
SEL = ("SEOUL", "KOR")
PARIS_TXT = ("Paris", "FRA")
NL_TXT = ("the Netherlands", "NLD")

DEU_GOV = "DEU", "GOV"
FRA_BUS = "FRA", "BUS"
ECU_GOV = "ECU", "GOV"
IDN_BUS = "IDN", "BUS"
JPN_BUS = "JPN", "BUS"
JPN_GOV = "JPN", "GOV"
NLD_BUS = "NLD", "BUS"
NLD_GOV = "NLD", "GOV"
SUR_BUS = "SUR", "BUS"
SUR_GOV = "SUR", "GOV"
USA_GOV = "USA", "GOV"
KOR_GOV = "KOR", "GOV"
KOR_BUS = "KOR", "BUS"
IGO = None, "IGO"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15562": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Gerhard\nStoltenberg",) + DEU_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "not surprised by the dollar's overnight decline (assessment; the decline is a market movement); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "Monetary Fund he"), (("he", "Monetary Fund"),) + DEU_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "'These minor movements don't really affect us' (a second remark to reporters, not a restatement of "
             "the first: its own record, EVENTS.md 3); 'Speaking' its participial frame; DCT"),
            # 2
            ("AGREE", "reaffirming", ("Group of Seven industrial countries",) + IGO, None, None,
             None, "unknown", None, "asserted", None,
             "a statement by the G-7 reaffirming the Paris agreement (reaffirming an accord = AGREE, 12a/5b/8a; a "
             "group agreeing: null, no actor2, own_blind3); no time expression of its own ('overnight' dates the "
             "dollar's decline in the lead): undated"),
            # 3
            ("AGREE", ("agreement", "Paris"), (("their", "reaffirming"),) + IGO, None, PARIS_TXT,
             "1987-02", "month", "February", "asserted", None,
             "'their Paris agreement in February' (a nominal with its own date and place, EVENTS.md 11, as "
             "events_dev's 'February 22 currency stability agreement in Paris'); past February = 1987-02; group "
             "actor null, no actor2"),
        ],
        "skip": [
            (("decline", "overnight"), "market-price movement"),
            ("Speaking", "participial frame of the second statement (EVENTS.md 3)"),
            ("entering", "presupposed attendance in a temporal clause"),
            ("meeting", "background nominal: an IMF meeting in a temporal clause (CONSULT DEU -> IMF arguable)"),
            ("affect", "content of the statement"),
            (("declined", "The dollar"), "market-price movement"),
            (("statement", "reaction to a"), "the G-7 statement: recorded on 'reaffirming' (same act)"),
            ("maintain", "content of the agreement"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Gerhard\nStoltenberg", "PERSON", "DEU"),
            ("International Monetary Fund", "ORG", None),
            ("Group of Seven", "ORG", None),
            ("Paris", "GPE", "FRA"),
        ],
    },
    "reuters21578-5270": {
        "events": [
            # 0
            ("AID", "arranged", ("Banque Paribas",) + FRA_BUS, (("Ecuador", "loan for"),) + ECU_GOV, None,
             "1986", "year", "last year", "asserted", None,
             "Paribas arranged a 220 mln dlr loan for Ecuador last year (a loan = AID, EVENTS.md 8; a relative "
             "clause with its own predication and date); 'last year' = 1986, year precision"),
            # 1
            ("AID", "adjust", ("Banque Paribas",) + FRA_BUS, (("the country", "help"),) + ECU_GOV, None,
             None, "unknown", None, "hypothetical", None,
             "Paribas wants to adjust the facility's terms (postponing repayment: debt relief = AID, EVENTS.md 8) to "
             "help Ecuador recover; a wish that meets resistance, not a decided plan: hypothetical; reported by "
             "anonymous bankers but the actor is named; no time expression: undated"),
            # 2
            ("REJECT", "resistance", (("many of the 52\nmembers of the loan syndicate", "resistance from"), None, "BUS"),
             (("French bank", "But the"),) + FRA_BUS, None,
             None, "unknown", None, "asserted", None,
             "the plan is running into stiff resistance from many syndicate members (banks of many countries: "
             "null) against the French bank's plan; a standing stance in the present progressive with no time "
             "expression: undated (set 17's 'is insisting')"),
            # 3
            ("STATEMENT", "estimated", ("President Leon Febres Cordero",) + ECU_GOV, None, None,
             "1987-03-13", "day", "Friday", "asserted", None,
             "estimate of quake damages (statistics-like assessment); 'on Friday' = the most recent Friday before "
             "Mon 1987-03-16; not DCT-dated, no place in the text: location null"),
            # 4
            ("STATEMENT", ("said", "one billion dlrs and"), ("President Leon Febres Cordero",) + ECU_GOV, None, None,
             "1987-03-13", "day", "Friday", "asserted", None,
             "said Ecuador would maintain January's suspension of interest payments (a payment freeze has no type, "
             "EVENTS.md 10): STATEMENT; 'on Friday' precedes the shared subject's two coordinated verbs and dates "
             "both (unlike rule 18's post-verbal 'today')"),
            # 5
            ("AGREE", "signed", (None,) + FRA_BUS, (None,) + ECU_GOV, None,
             "1986-10-28", "day", "October 28", "asserted", None,
             "the oil-financing facility 'which was signed last October 28' (a loan agreement signed: AGREE; passive "
             "with no agent: implied parties, lender side first as in the lead, Paribas the arranger FRA BUS, and "
             "Ecuador ECU GOV); 'last October 28' before March 1987 = 1986-10-28"),
        ],
        "skip": [
            (("loan", "220"), "the lent amount (recorded on 'arranged')"),
            ("pre-finance", "purpose clause"),
            ("help", "purpose clause"),
            ("recover", "content (purpose)"),
            (("said", "earthquake, bankers"), "anonymous-source talk (bankers)"),
            (("plan", "French bank's"), "anaphoric nominal (the adjustment plan)"),
            ("postpone", "content of the plan"),
            ("ruptured", "natural disaster (no actor)"),
            (("repair", "five months to"), "no named actor"),
            ("maintain", "content of the statement (payment freeze: no type, EVENTS.md 10)"),
            ("suspension", "payment freeze (no type, EVENTS.md 10)"),
            ("halted", "payment freeze (no type, EVENTS.md 10); 'in January' dates it, no event recorded"),
            ("drop", "market-price movement"),
            (("feel", "Paribas facility"), "stance of unnamed banks, inside anonymous talk"),
            ("relief", "generic (content of anonymous talk)"),
            (("said", "commercial banks, bankers"), "anonymous-source talk (bankers)"),
            ("erupted", "background (debt crisis, no actor)"),
            (("feel", "many bankers"), "anonymous bankers' view"),
            ("adhered", "content of anonymous talk"),
            ("fear", "anonymous bankers' view"),
            ("set back", "content of anonymous talk"),
            ("reluctance", "content of an anonymous banker's quote"),
            ("restructuring", "content of an anonymous banker's quote"),
            ("commented", "anonymous-source talk (one banker)"),
        ],
        "entities": [
            ("Banque Paribas", "ORG", "FRA"),
            (("Ecuador", "loan for"), "GPE", "ECU"),
            ("French", "NORP", "FRA"),
            (("Ecuador", "carries all"), "GPE", "ECU"),
            ("Leon Febres Cordero", "PERSON", "ECU"),
            (("Ecuador", "and said that"), "GPE", "ECU"),
            (("Ecuador", "two-thirds of"), "GPE", "ECU"),
            (("Ecuador", "sympathetic to"), "GPE", "ECU"),
            (("Paribas", "banks in the"), "ORG", "FRA"),
            ("Latin American", "NORP", None),
            (("Latin", "conditions\nfor"), "NORP", None),
        ],
    },
    "reuters21578-3507": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the state oil company Pertamina",) + IDN_BUS, None, JKT,
             "1987-03-11", "day", None, "asserted", None,
             "foreign oil companies' 1987 exploration budget vs 1986 spending (statistics); state company = BUS "
             "(EVENTS.md 15); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "foreign contractors,"), ("Jumardi Jukardi",) + IDN_BUS, None, JKT,
             "1987-03-11", "day", None, "asserted", None,
             "wells to be drilled this year vs last (statistics/forecast); a Pertamina official: IDN BUS; DCT"),
        ],
        "skip": [
            ("spend", "content of the statement (unnamed foreign companies' budgets)"),
            ("budgeting", "content of the statement"),
            ("fell short", "statistics"),
            ("slashed", "unnamed oil companies' spending cuts (statistics)"),
            ("drill", "content of the statement"),
        ],
        "entities": [
            ("Indonesia", "GPE", "IDN"),
            ("Pertamina", "ORG", "IDN"),
            (("Pertamina", "head of"), "ORG", "IDN"),
            ("Jumardi Jukardi", "PERSON", "IDN"),
        ],
    },
    "reuters21578-10275": {
        "events": [
            # 0
            ("STATEMENT", ("said", "officials involved"), ("company officials involved",) + JPN_BUS, None, TOK,
             "1987-03-26", "day", None, "asserted", None,
             "the four steelmakers plan an export cartel (the cartel is a price measure among the firms, skipped "
             "as EVENTS.md 10's production cut: the reporting clause is a STATEMENT); officials of the four named "
             "companies (EVENTS.md 4): JPN BUS; DCT = published_at's date 1987-03-26 (dateline March 27, "
             "GUIDELINES), dateline city"),
            # 1
            ("REQUEST", "apply", ("The firms",) + JPN_BUS, ("Ministry of\nInternational Trade and Industry",) + JPN_GOV,
             None, "1987-03-26", "day", "today", "planned", None,
             "the firms will apply to MITI today for approval of the cartel (an application to a government body = "
             "a request toward it); planned ('will'); 'today' = DCT (published_at's date); 'said' rule-3 "
             "attribution"),
            # 2
            ("STATEMENT", ("said", "competition, the officials"), (("the officials", "competition,"),) + JPN_BUS, None,
             TOK, "1987-03-26", "day", None, "asserted", None,
             "under the plan the firms will set export floor prices (a price measure: no type) and why prices fell; "
             "DCT"),
            # 3
            ("STATEMENT", "give", (("The officials", "1981."),) + JPN_BUS, None, TOK,
             "1987-03-26", "day", None, "negated", None,
             "'declined to give any idea of floor prices': a withheld statement (EVENTS.md 5); 'saying' its "
             "participial elaboration; DCT"),
        ],
        "skip": [
            ("plan to", "intention (the cartel: see 'form')"),
            (("form", "plan to"), "export cartel setting prices among the four firms: a price measure (EVENTS.md "
                                  "10's production cut; COOPERATE or AGREE planned arguable)"),
            ("account for", "stative"),
            (("form", "apply to"), "content of the application"),
            ("approval", "MITI's expected approval (domestic regulatory approval, content; AGREE JPN GOV -> JPN BUS "
                         "planned 1987-03 arguable)"),
            (("said", "this month, the officials"), "rule-3 attribution (the application is the event)"),
            (("plan", "Under the"), "anaphoric nominal (the cartel plan)"),
            ("set floor prices", "price measure (content of the statement)"),
            (("fallen", "prices have"), "market-price movement"),
            ("price-cutting", "market activity (no named actor)"),
            (("fell", "exports"), "statistics"),
            ("saying", "participial elaboration of the withheld statement"),
            ("estimate", "anonymous-source talk (industry sources)"),
            (("rise", "would"), "content of anonymous talk"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("European Community", "ORG", None),
            ("Nippon steel Corp", "ORG", "JPN"),
            ("Sumitomo\nMetal Industries Ltd", "ORG", "JPN"),
            ("Nippon Kokan KK", "ORG", "JPN"),
            ("Kawasaki Steel Corp", "ORG", "JPN"),
            (("Japan", "95 pct of"), "GPE", "JPN"),
            ("Ministry of\nInternational Trade and Industry", "ORG", "JPN"),
        ],
    },
    "reuters21578-2172": {
        "events": [],
        "skip": [
            (("fell", "Rouen"), "statistics"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            (("loaded", "five ships have"), "shipping by unnamed ships/exporters (statistics)"),
            ("added", "anonymous-source talk (the trade sources)"),
            (("estimated", "sources"), "anonymous-source talk (sources)"),
            (("loaded", "will have been"), "content of anonymous talk (statistics)"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Rouen", "GPE", "FRA"),
            ("Saudi Arabia", "GPE", "SAU"),
            ("Soviet Union", "GPE", "SUN"),
            ("Italy", "GPE", "ITA"),
            ("Spain", "GPE", "ESP"),
            ("China", "GPE", "CHN"),
            ("Algeria", "GPE", "DZA"),
            (("China", "59,500"), "GPE", "CHN"),
            (("Soviet Union", "53,000"), "GPE", "SUN"),
            (("Algeria", "24,500"), "GPE", "DZA"),
            (("Soviet\nUnion", "rapeseed"), "GPE", "SUN"),
            ("Sri Lanka", "GPE", "LKA"),
            (("China", "28,000"), "GPE", "CHN"),
            ("Poland", "GPE", "POL"),
        ],
    },
    "reuters21578-18985": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the Organisation\nfor Economic Cooperation and Development (OECD)",) + IGO, None,
             PAR, "1987-06-18", "day", None, "asserted", None,
             "forecast of West German growth in its semi-annual review (a forecast release); DCT = published_at's "
             "date 1987-06-18 (dateline June 19, GUIDELINES), dateline city"),
            # 1
            ("STATEMENT", ("said", "The OECD said that the economy"), (("The OECD", "This view"),) + IGO, None, PAR,
             "1987-06-18", "day", None, "asserted", None, "the economy should pick up next year (forecast); DCT"),
            # 2
            ("STATEMENT", ("said", "The OECD said it"), (("The OECD", "The OECD said it"),) + IGO, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "assumes temporary weakness and a recovery in confidence (assessment); 'assumed' part of the "
             "reporting clause; DCT"),
            # 3
            ("STATEMENT", "warned", (("it", "But"),) + IGO, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "the key to improvement is higher domestic demand (an evaluation with no actor asked and no "
             "consequence from the speaker: STATEMENT, own_blind's 'warned'); DCT"),
            # 4
            ("STATEMENT", ("said", "the OECD said that \"the"), (("the OECD", "five\nbillion"),) + IGO, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "performance 'could be improved by reduction of subsidies' (an evaluation, EVENTS.md 2's 'would help "
             "give balance'; REQUEST IGO -> DEU GOV arguable); 'noting' its participial elaboration; DCT"),
            # 5
            ("STATEMENT", "released", ("the West German Federal\nStatistics Office",) + DEU_GOV, None, PAR,
             "1987-06-18", "day", None, "asserted", None,
             "has released figures showing first-quarter GNP fell (a statistics release, guidelines rule 1's "
             "'issued figures'); present perfect speech act with no value ('Since the OECD report was compiled' "
             "gives none): DCT as 'have said' (EVENTS.md 16), dateline city; undated arguable"),
            # 6
            ("ACCUSE", "criticism", ("Reagan administration",) + USA_GOV,
             (("West Germany", "industrial nations."),) + DEU_GOV, None,
             None, "unknown", None, "asserted", None,
             "West Germany's surplus, 'the target of considerable criticism by the Reagan administration' (a "
             "nominal with its own agent, standing criticism: EVENTS.md 17, undated); target the surplus's owner"),
        ],
        "skip": [
            (("slow", "will"), "content of the forecast"),
            ("review", "part of the reporting clause"),
            (("forecast", "government's"), "background nominal (the West German government's forecast; STATEMENT "
                                           "DEU GOV undated arguable)"),
            (("forecasts", "in line with"), "forecasts by unnamed institutes"),
            ("pick up", "content of the statement"),
            ("assumed", "part of the reporting clause"),
            (("forecast", "only"), "unattributed forecast (content)"),
            ("noting", "participial elaboration of the statement (EVENTS.md 3)"),
            ("bringing forward", "domestic fiscal measure (tax reform), content of the statement"),
            ("improved", "content of the statement"),
            ("reduction", "content of the statement"),
            ("compiled", "background (compilation of the OECD report)"),
            ("showing", "a document showing"),
            (("fell", "GNP actually"), "statistics"),
            (("said", "Diplomatic sources"), "anonymous-source talk (diplomatic sources)"),
            (("expected", "is\nexpected"), "unattributed forecast"),
            ("declining", "statistics (forecast)"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Organisation\nfor Economic Cooperation and Development", "ORG", None),
            ("OECD", "ORG", None),
            (("West German", "This view"), "NORP", "DEU"),
            (("OECD", "The OECD said that the economy"), "ORG", None),
            (("OECD", "The OECD said it"), "ORG", None),
            (("German", "assumed the"), "NORP", "DEU"),
            (("OECD", "January 1988, the"), "ORG", None),
            (("West German", "performance of the"), "NORP", "DEU"),
            (("OECD", "Since the"), "ORG", None),
            ("West German Federal\nStatistics Office", "ORG", "DEU"),
            (("West Germany", "Diplomatic"), "GPE", "DEU"),
            ("Group of Seven", "ORG", None),
            (("West Germany", "industrial nations."), "GPE", "DEU"),
            ("Reagan", "PERSON", "USA"),
        ],
    },
    "reuters21578-5868": {
        "events": [
            # 0
            ("REQUEST", "urged", ("Billiton\nInternational Metals B.V.",) + NLD_BUS, ("Surinam",) + SUR_GOV, None,
             None, "unknown", None, "asserted", None,
             "Billiton has urged Surinam to change policies (a demand); present perfect relayed by the spokesman "
             "with no time expression of its own: undated (sets 15/16); 'said' rule-3 attribution; 'says' inside "
             "the demand"),
            # 1
            ("REQUEST", "presented", (("Billiton", "He told Reuters that"),) + NLD_BUS,
             ("Henk\nHeidweiler",) + SUR_GOV, NL_TXT,
             "1987-03", "month", "last week", "asserted", 0,
             "later mention: presented the demands to Heidweiler, who visited the Netherlands last week (placed "
             "inside the dated visit, rule 3: 'last week' = 9-15 March, month precision, EVENTS.md 21); 'told' "
             "rule-3 attribution"),
            # 2
            ("CONSULT", "visited", (("Heidweiler", "Henk"),) + SUR_GOV, (("the Netherlands", "visited"),) + NLD_GOV,
             NL_TXT, "1987-03", "month", "last week", "asserted", None,
             "the Surinam leader's aide visited the Netherlands last week for official talks (visitor = actor1, "
             "host = actor2, EVENTS.md 13); 'last week' from Tue 1987-03-17 = 9-15 March: 1987-03 (EVENTS.md 21)"),
            # 3
            ("REQUEST", "want", (("Billiton", "Billiton and"),) + NLD_BUS, (None,) + SUR_GOV, None,
             None, "unknown", None, "asserted", 0,
             "Billiton wants devaluation and lower wages, contributions, taxes and energy prices: the content of "
             "its demands (later mention of the lead); compound with Suralco split by country (EVENTS.md 12)"),
            # 4
            ("REQUEST", "want", ("Suralco",) + SUR_BUS, (None,) + SUR_GOV, None,
             None, "unknown", None, "asserted", None,
             "Suralco (SUR, its entity country; USA arguable from its U.S. owner) also wants these changes from the "
             "Surinam government (implied): a present-tense standing demand, undated (set 17's 'is insisting')"),
            # 5
            ("REQUEST", ("urged", "Billiton also"), (("Billiton", "Billiton also"),) + NLD_BUS,
             (("Heidweiler", "also urged"),) + SUR_GOV, None,
             None, "unknown", None, "asserted", None,
             "also urged Heidweiler to improve the safety of its employees (a second demand); no time expression "
             "of its own: undated (the visit's dating arguable); 'the spokesman said' rule-3 attribution"),
            # 6
            ("STATEMENT", "adding", (("the spokesman", "guerilla group,"),) + NLD_BUS, None, LEI,
             "1987-03-17", "day", None, "asserted", None,
             "rebel fighting since July 1986 has depressed production (assessment; EVENTS.md 3 'adding' is its own "
             "record); DCT, dateline city"),
            # 7
            ("STATEMENT", ("added", "has been shut, he"), (("he", "has been shut,"),) + NLD_BUS, None, LEI,
             "1987-03-17", "day", None, "asserted", None,
             "power cables cut and a bauxite mine shut (no named actor: content); DCT"),
            # 8
            ("STATEMENT", ("said", "losses,\" the"), (("the\nspokesman", "losses,\""),) + NLD_BUS, None, LEI,
             "1987-03-17", "day", None, "asserted", None, "'We are already making vast losses ...' (assessment); DCT"),
        ],
        "skip": [
            ("change", "content of the demand"),
            ("says", "part of the demand (Billiton's complaint about the policies, content)"),
            ("causing", "content of the demand"),
            (("said", "company spokesman"), "rule-3 attribution (the demand is the event)"),
            ("told", "rule-3 attribution (the presented demands are the event)"),
            (("demands", "presented the"), "the presented demands (recorded on 'presented')"),
            (("talks", "official"), "the visit's purpose (recorded on 'visited')"),
            ("owned by", "stative (ownership)"),
            ("improve", "content of the demand"),
            ("campaign", "background nominal (the army's campaign against guerrillas; ASSAULT SUR arguable)"),
            (("said", "guerilla group, the"), "rule-3 attribution (the second demand is the event)"),
            (("fighting", "rebel"), "content of the statement (rebel fighting; ASSAULT arguable)"),
            ("depressed", "content of the statement"),
            ("cut", "content of the statement (no named actor; sabotage by rebels arguable)"),
            (("shut", "has been"), "content of the statement (no named actor)"),
            ("making vast losses", "content of the quote"),
            ("remain operating", "content of the quote"),
        ],
        "entities": [
            ("Billiton\nInternational Metals B.V.", "ORG", "NLD"),
            ("Dutch", "NORP", "NLD"),
            ("Surinam", "GPE", "SUR"),
            ("Reuters", "ORG", "GBR"),
            (("Billiton", "Reuters that"), "ORG", "NLD"),
            ("Royal Dutch/Shell", "ORG", "NLD"),
            ("Henk\nHeidweiler", "PERSON", "SUR"),
            (("Surinam", "top aide to"), "GPE", "SUR"),
            ("Desi\nBouterse", "PERSON", "SUR"),
            ("Netherlands", "GPE", "NLD"),
            (("Billiton", "official talks."), "ORG", "NLD"),
            ("Suralco", "ORG", "SUR"),
            (("U.S.", "owned by"), "GPE", "USA"),
            ("Alcoa", "ORG", "USA"),
            (("Surinam", "employers in"), "GPE", "SUR"),
            (("Billiton", "employers in Surinam."), "ORG", "NLD"),
            (("Heidweiler", "also urged"), "PERSON", "SUR"),
            (("Billiton", "production at"), "ORG", "NLD"),
            (("Suralco", "production at Billiton and"), "ORG", "SUR"),
            ("Afobakka", "GPE", "SUR"),
            ("Moengo", "GPE", "SUR"),
            (("Surinam", "vast losses in"), "GPE", "SUR"),
        ],
    },
    "reuters21578-13235": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Finance Ministry officials",) + KOR_GOV, None, SEL,
             "1987-04-04", "day", None, "asserted", None,
             "South Korea ordered the takeover of eight troubled firms (a domestic industrial-policy order: no "
             "type, COERCE arguable): the reporting clause is a STATEMENT; officials of a named ministry (EVENTS.md "
             "4); DCT, dateline city"),
            # 1
            ("AID", "decided", ("the Industrial Policy Deliberation Committee",) + KOR_GOV,
             ("three firms taking over the eight",) + KOR_BUS, None,
             None, "unknown", None, "asserted", None,
             "the committee decided to allow concessionary loans to the three acquiring firms (credit = AID, "
             "named recipients; a domestic measure, no type arguable as 55a's farm payments); the decision is "
             "the act (set 16's 'decided ... to sell' on 'decided'); no time expression, relayed: undated; "
             "'They said' rule-3 attribution"),
            # 2
            ("COOPERATE", "taken over", ("Byuck San Corp",) + KOR_BUS,
             ("Chung Woo\nDevelopment Co Ltd",) + KOR_BUS, None,
             None, "unknown", None, "planned", None,
             "Byuck San will take over five Chung Woo subsidiaries (an acquisition between companies, planned "
             "'will be'); no time expression: undated"),
            # 3
            ("COOPERATE", "taken over", ("Daelim Industrial Co Ltd",) + KOR_BUS, ("Korea Develpoment Corp",) + KOR_BUS,
             None, None, "unknown", None, "planned", None,
             "Daelim will take over Korea Development Corp (the shared verb, a separate deal: its own record on "
             "the same trigger); undated"),
            # 4
            ("COOPERATE", "taken over", ("Hanjin Group",) + KOR_BUS,
             ("Korea Shipping Corp",) + KOR_BUS, None,
             None, "unknown", None, "planned", None,
             "the Hanjin Group will take over two Korea Shipping subsidiaries (shared verb, its own record); "
             "undated"),
            # 5
            ("STATEMENT", ("said", "bank loans, the officials"), (("the officials", "bank loans,"),) + KOR_GOV, None,
             SEL, "1987-04-04", "day", None, "asserted", None,
             "five more construction firms were ordered to improve their finances (domestic order: no type); DCT"),
            # 6
            ("AID", "allowed", (None,) + KOR_GOV, ("five shipping companies",) + KOR_BUS, None,
             None, "unknown", None, "planned", None,
             "five shipping firms will be allowed to defer repayment of bank loans (debt relief = AID, EVENTS.md "
             "8; the authorising government implied); planned ('will be'), no time expression: undated; 'said' "
             "rule-3 attribution"),
            # 7
            ("STATEMENT", ("said", "They said the government"), (("They", "They said the government"),) + KOR_GOV,
             None, SEL, "1987-04-04", "day", None, "asserted", None,
             "the government would take similar measures for more companies in August (unspecified measures: "
             "no type; 'in August' dates the measures, not the saying); DCT"),
        ],
        "skip": [
            (("ordered", "South Korea"), "domestic industrial-policy order to firms (no type; COERCE arguable)"),
            (("takeover", "ordered the"), "content of the order (the deals are recorded in the third paragraph)"),
            (("said", "They said the Industrial"), "rule-3 attribution (the committee's decision is the event)"),
            ("taking over", "descriptive (the acquirers; recorded on 'taken over')"),
            ("exempted", "domestic tax exemption (AID arguable)"),
            (("ordered", "companies were"), "domestic industrial-policy order (no type; COERCE arguable)"),
            ("reorganising", "content of the order"),
            ("selling off", "content of the order (no counterpart)"),
            ("repay", "content of the order"),
            ("defer", "content of the permission"),
            ("finalised", "content (details pending)"),
            (("said", "finalised, the officials"), "rule-3 attribution (the deferral permission is the event)"),
            (("take", "government would"), "unspecified measures (content of the statement)"),
            ("affected", "background (last year's realignment)"),
        ],
        "entities": [
            ("South Korea", "GPE", "KOR"),
            ("Finance Ministry", "ORG", "KOR"),
            ("Industrial Policy Deliberation Committee", "ORG", "KOR"),
            ("Chung Woo\nDevelopment Co Ltd", "ORG", "KOR"),
            ("Byuck San Corp", "ORG", "KOR"),
            ("Korea Develpoment Corp", "ORG", "KOR"),
            ("Daelim Industrial Co Ltd", "ORG", "KOR"),
            ("Korea Shipping Corp", "ORG", "KOR"),
            ("Hanjin Group", "ORG", "KOR"),
            ("Pacific Construction Co Ltd", "ORG", "KOR"),
            ("Life Construction\nCo Ltd", "ORG", "KOR"),
            ("Chin Heung International Co Ltd", "ORG", "KOR"),
            ("Samick Co Ltd", "ORG", "KOR"),
            ("Hanshin Construction Co Ltd", "ORG", "KOR"),
            ("Hanjin Container Line\nLtd", "ORG", "KOR"),
            ("Choyang Shipping Co Ltd", "ORG", "KOR"),
            ("Hyundai Merchant Marine Co\nLtd", "ORG", "KOR"),
            ("Pan Ocean Shipping Co", "ORG", "KOR"),
            ("Dooyang Line Co Ltd", "ORG", "KOR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
