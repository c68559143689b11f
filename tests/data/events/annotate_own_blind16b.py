"""Build ``own_blind16b.jsonl``: blind events set 16b, annotated from the texts alone before any
extractor run on these articles, with every named entity mention (span, type, country).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind16b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,946 left, also minus the 16 stories drawn for own_blind15); 24 drawn
with random.Random(16101).sample, dropping any whose title equals a title already in a gold set,
first 16 kept; this file holds kept draws 8-15 (8 articles, all kept).
47 event records (42 first mentions, 5 later mentions), 92 not_annotated spans, 131 entity mentions;
no article without events; 6166 (Wainco) and 1300 (Alcan) have reporting-clause STATEMENTs only.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), as in the
earlier sets: job titles are not part of a PERSON span and are not ORG mentions ("Treasury
Secretary James Baker": the PERSON only); tickers and bracketed symbols are left out, bracketed
company names are tagged without the brackets; "Reagan administration" gives PERSON "Reagan";
"U.S." in "U.S. Dlr", "U.S. Federal law", "U.S. Plan" and "U.S.-South America" is a GPE mention
("South America" LOC null); "U.S. Lines" is one ORG span; "Italian-Soviet" gives two NORP mentions;
"Latin American", "Latin" and "Third World" have a null country; IGOs (the Inter-American
Development Bank/IADB, the European Community, "the Community", EC) are ORG null; named oil fields,
prospects and formations (Broussard, GrandMarais, Lower Frion Tweedel Sand) are LOC (5a's "Baong
formation"); "Jefferson Davis Parish" and "La." are GPE USA; a place inside a company name
(Adelaide Steamship) is not tagged separately; Reuters is ORG GBR.

Judgement calls:
* 16007 (Nerco): "its oil and gas unit closed the acquisition of a 47 pct working interest ... from
  <Davis Oil Co>" is COOPERATE (completed acquisition between companies; trigger the event noun
  after the light verb "closed"), undated (rule 17), "said" attribution. Davis Oil Co's nationality
  is not given: taken as USA (a Louisiana field, a U.S. buyer; 7a's Dune Resources call). "Nerco
  said it estimates" is one STATEMENT on "said" ("estimates" skipped as the same act, 14a's "said
  it forecast").
* 10302 (United States Lines): the layoffs and the cancelled port calls have no type, so
  Burnside's "told Reuters" and "He also said" are STATEMENTs (DCT, Hong Kong); "declined comment
  on local press reports" is a withheld STATEMENT (negated), the unnamed local press and its
  suspension story are skipped; "said the firm would make an announcement later today" is a
  STATEMENT planned by the firm dated 1987-03-27 with "said" as attribution (12b's "a statement
  may be issued later today"). The Chapter Eleven filing is corporate finance (skipped). "The
  South China Morning Post said U.S. Lines decided yesterday to sell ..." is COOPERATE on
  "decided" (12b/13a put a decision to act on "decided"), planned (the sale lies ahead), dated
  1987-03-26 by "yesterday", buyer implied (USA, named in the next sentence), the Post's "said"
  attribution; "sell" is not skipped (a system may trigger the sale there). Hiltzheimer's letter
  "that said the ships and assets will be bought by rival U.S. Shipping companies" is a later
  mention (buyers first), with "quoted", "letter" and "said" as attribution and the boards'
  approval a condition. The closing "Burnside said" (list of offices) is a STATEMENT. Burnside's
  PERSON mention is HKG (based in Hong Kong, nationality not given; 10b's Sydney dealer) while as an
  actor he speaks for the U.S. company (USA, BUS).
* 8202 (IADB): "The United States and major Latin American nations agreed to set aside ...
  differences ... and reconsider the issue this summer" is AGREE USA -> the Latin group (null),
  undated ("this summer" dates the reconsideration, content). The board meeting, its putting off
  decisions and the annual meetings are internal to one body (skipped). "IADB officials said
  Washington had indicated ... it might be prepared to compromise" is relayed speech: Washington's
  "indicated" is a STATEMENT, undated, the officials' "said" attribution (a hedged willingness,
  not a promise; RETREAT hypothetical arguable, so "compromise" is skipped); "IADB officials also
  said Washington hinted at future compromise" and the anonymous official's quote "The U.S. Said it
  remains hopeful ..." are later mentions of it, "and expressed optimism" a second STATEMENT
  (two clauses), all undated. "has pressed the bank ... to cede virtual veto power" is REQUEST
  USA -> IADB (null); "Washington has threatened to scuttle a ... capital replenishment for the
  bank if the veto issue is not resolved" is THREATEN USA -> IADB; "it has asked Congress to give
  it authority" is REQUEST USA -> USA (executive to legislature, as 14b's warning to Congress); all
  undated (rule 17). "Brazil, which declared an interest payments moratorium last month" is a
  STATEMENT (10a: the freeze has no type, its announcement is a STATEMENT), 1987-02; "is leading a
  challenge to Washington's strategy" is REJECT BRA -> USA (opposition to a policy, as 12a's
  "Britain opposes"; ACCUSE arguable), undated. "wants a loan veto to exist at the 35 pct level"
  is a standing position (skipped; the demand is coded on "pressed"); "The U.S. Plan calls for" is
  a document. Baker's strategy "expected to be repeated ... in a speech to the bank's annual
  meeting today (Monday)" is a STATEMENT planned, 1987-03-23 ("speech" skipped as the same act);
  "monetary sources expect Baker to suggest ... and also to fend off other challenges to its
  strategy by signalling ..." are two STATEMENTs planned, placed in that speech (EVENTS.md 19:
  dated by it although relayed by anonymous sources); fending off challenges to a policy is the
  defence of a policy (EVENTS.md 6), "signalling" its participial elaboration (skipped).
* 1076 (BNL): "said it is negotiating to buy a West German bank" is CONSULT ITA -> DEU (the bank
  unnamed, implied country from the text), with "currently involved in talks" as its later
  mention; both dated 1987-03-03 by "currently" (= now), the first mention taking the later
  mention's time expression as in 13b (INL). "declined to name the German institution" and "He gave
  no further details" are withheld STATEMENTs. "He said the takeover move could be seen as BNL's
  reply" is a STATEMENT. Deutsche Bank's "purchase of BankAmerica subsidiary <Banca D'America e
  D'Italia>" is COOPERATE DEU -> USA (the seller), dated "December 1986" (1986-12) by the market
  entry it is the means of ("entered" skipped). "Nesi said BNL had also approved a 200 mln dlr
  credit line to the Soviet Union" is AID ITA -> SUN on "approved" (10a's "have approved
  financial packages"), undated, "said" attribution. "BNL officials said the group had also
  decided to increase its activities in the Soviet Union by opening a representative office in
  Moscow this month": opening an office abroad has no clear type (13b's office licence), so the
  officials' "said" is a STATEMENT (officials of a named company are identifiable). BNL is
  state-owned: BUS (EVENTS.md 15).
* 6166 (Wainco): completing a wildcat well is exploration (no type, 5a); the four reporting clauses
  ("said", "said", "added", "said") are STATEMENTs (DCT, Houston).
* 1300 (Alcan): closing its West German smelter is a business decision with no type (no
  counterpart, not a political withdrawal), so the spokesman's and Leclerc's four reporting
  clauses are STATEMENTs; "there is a possibility the company will sell the smelter" names no
  buyer (hypothetical sale skipped, the "He said" a STATEMENT); the internal decision that
  modernising would cost too much is content.
* 15741 (Thatcher on EC action against Japan): the EC trade experts' meeting in Brussels tomorrow
  is an internal meeting of one body (skipped, as 9a's EC ministers), so Thatcher's first "said"
  is a STATEMENT; "possible EC action against Japan over trade" is SANCTION hypothetical EC (null)
  -> JPN (under consideration, as events_dev's "what sanctions if any should be taken"), undated.
  "ideas put forward by the U.K. Last weekend" is a STATEMENT by the U.K. (proposals unveiled, 11a;
  a nominal with its own date, EVENTS.md 11), "Last weekend" (4-5 April, DCT Thursday 9 April)
  kept at its month, 1987-04. "Trade matters and trade initiatives have to be taken by the
  Community" is about the speaker's own group (own_blind call: not a REQUEST): STATEMENT. The
  experts' focus list (action against dumping by Japan, unbinding of tariffs, measures against
  diversion) is content of the discussion, and "if the United States acts against Japan" a
  condition (skipped).
* 11210 (Adsteam / Markheath): "will subscribe to 30 mln shares in ... <Markheath Securities Plc>"
  (49 pct) is COOPERATE planned AUS -> GBR (a stake acquisition between companies, as the
  own_blind takeover calls), with "The subscription, expected to take place in May" as its later
  mention; both dated 1987-05 (the first mention takes the later mention's time expression, 13b
  call); "subject to shareholder approval" is a condition and both "said" clauses before
  Spalvins' are attribution. Spalvins becoming chairman and the nominees joining the board are
  appointments (skipped); his quoted hope is a STATEMENT (DCT, Adelaide).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

POR = ("PORTLAND", "USA")
HKG = ("HONG KONG", "HKG")
MIA = ("MIAMI", "USA")
ROM = ("ROME", "ITA")
HOU = ("HOUSTON", "USA")
MTL = ("MONTREAL", "CAN")
LON = ("LONDON", "GBR")
ADL = ("ADELAIDE", "AUS")
IADB = (None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16007": {
        "events": [
            # 0
            ("COOPERATE", "acquisition", ("its oil and gas unit", "USA", "BUS"), ("Davis Oil Co", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "closed the acquisition of a working interest from Davis Oil (completed acquisition between companies); "
             "no time expression; 'said' = attribution; Davis Oil taken as USA"),
            # 1
            ("STATEMENT", ("said", "Nerco said it estimates"), (("Nerco", "Nerco said it estimates"), "USA", "BUS"),
             None, POR, "1987-04-09", "day", None, "asserted", None, "reserves estimate ('estimates' the same act)"),
        ],
        "skip": [
            (("said", "Nerco Inc said"), "attribution of the acquisition"),
            ("estimates", "the same speech act as 'said' (one record)"),
            ("doubles", "statistics, no acting actor"),
        ],
        "entities": [
            ("Nerco Inc", "ORG", "USA"),
            ("Broussard", "LOC", "USA"),
            ("Davis Oil Co", "ORG", "USA"),
            (("Nerco", "Nerco said it estimates"), "ORG", "USA"),
            ("Louisiana", "GPE", "USA"),
        ],
    },
    "reuters21578-10302": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Elliott Burnside", "USA", "BUS"), None, HKG,
             "1987-03-27", "day", None, "asserted", None,
             "layoffs of the Far East staff (no type): reporting clause"),
            # 1
            ("STATEMENT", ("said", "He also said"), (("He", "He also said"), "USA", "BUS"), None, HKG,
             "1987-03-27", "day", None, "asserted", None, "port calls cancelled (business operation, no type)"),
            # 2
            ("STATEMENT", ("comment", "He declined"), (("He", "He declined"), "USA", "BUS"), None, HKG,
             "1987-03-27", "day", None, "negated", None, "withheld statement ('declined comment')"),
            # 3
            ("STATEMENT", "announcement", (("the firm", "but said the firm"), "USA", "BUS"), None, None,
             "1987-03-27", "day", "later today", "planned", None,
             "announcement expected later today; 'but said' is attribution (12b's expected statement)"),
            # 4
            ("COOPERATE", "decided", (("U.S. Lines", "Morning Post said"), "USA", "BUS"), (None, "USA", "BUS"), None,
             "1987-03-26", "day", "yesterday", "planned", None,
             "decided yesterday to sell its fleets and assets (buyers: rival U.S. shipping companies, next "
             "sentence); the Post's 'said' = attribution"),
            # 5
            ("COOPERATE", "bought", ("rival U.S. Shipping companies", "USA", "BUS"), (None, "USA", "BUS"), None,
             "1987-03-26", "day", "yesterday", "planned", 4,
             "later mention: ships and assets will be bought by rival U.S. companies (Hiltzheimer's letter)"),
            # 6
            ("STATEMENT", ("said", "Osaka, Burnside"), (("Burnside", "Osaka, Burnside"), "USA", "BUS"), None, HKG,
             "1987-03-27", "day", None, "asserted", None, "description of the Far East offices"),
        ],
        "skip": [
            ("laid off", "layoffs (dismissals are not events)"),
            ("cancelled", "cancelled port calls: business operation, no counterpart, no type"),
            ("press reports", "unnamed local press (not an identifiable speaker)"),
            ("suspend", "content of unnamed press reports"),
            ("restructure", "corporate finance (debt restructuring), content of press reports"),
            (("said", "but said"), "attribution (the expected announcement is the event)"),
            ("filed for protection", "bankruptcy filing (corporate finance)"),
            (("said", "Morning Post said"), "attribution (the sale decision is the event)"),
            ("quoted", "attribution of relayed speech"),
            ("letter", "attribution (the letter carries the sale, which is the event)"),
            (("said", "Hiltzheimer that said"), "attribution"),
            ("approval", "condition ('subject to approval')"),
        ],
        "entities": [
            ("United States Lines Inc", "ORG", "USA"),
            ("Far East", "LOC", None),
            ("Hong Kong", "GPE", "HKG"),
            ("Elliott Burnside", "PERSON", "HKG"),
            ("Reuters", "ORG", "GBR"),
            ("Busan", "GPE", "KOR"),
            ("South Korea", "GPE", "KOR"),
            ("Kaohsiung", "GPE", "TWN"),
            ("Taiwan", "GPE", "TWN"),
            (("U.S. Lines", "reports that"), "ORG", "USA"),
            (("U.S.", "1.27 billion"), "GPE", "USA"),
            (("U.S. Lines", "later today."), "ORG", "USA"),
            (("U.S.", "Chapter Eleven of the"), "GPE", "USA"),
            ("South China Morning Post", "ORG", "HKG"),
            (("U.S. Lines", "Morning Post said"), "ORG", "USA"),
            (("U.S.", "those of its"), "GPE", "USA"),
            ("South America", "LOC", None),
            ("Charles Hiltzheimer", "PERSON", "USA"),
            (("U.S.", "rival"), "GPE", "USA"),
            (("U.S. Lines", "their boards."), "ORG", "USA"),
            (("Far East", "U.S. Lines' Far"), "LOC", None),
            (("Hong Kong", "offices in"), "GPE", "HKG"),
            ("Singapore", "GPE", "SGP"),
            ("Manila", "GPE", "PHL"),
            (("Busan", "Manila,"), "GPE", "KOR"),
            ("Seoul", "GPE", "KOR"),
            ("Tokyo", "GPE", "JPN"),
            ("Yokohama", "GPE", "JPN"),
            ("Kobe", "GPE", "JPN"),
            ("Osaka", "GPE", "JPN"),
            (("Burnside", "Osaka, Burnside"), "PERSON", "HKG"),
        ],
    },
    "reuters21578-8202": {
        "events": [
            # 0
            ("AGREE", "agreed", ("The United States", "USA", "GOV"), ("major Latin American nations", None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to set aside differences and reconsider this summer (content); no time expression"),
            # 1
            ("STATEMENT", "indicated", (("Washington", "said Washington had"), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "possible future compromise, relayed by IADB officials (second-hand): undated"),
            # 2
            ("REQUEST", "pressed", (("The United States", "The United States is the"), "USA", "GOV"),
             (("the bank", "has pressed"), *IADB), None,
             None, "unknown", None, "asserted", None, "pressure on the IADB to cede veto power; no time expression"),
            # 3
            ("STATEMENT", "declared", ("Brazil", "BRA", "GOV"), None, None,
             "1987-02", "month", "last\nmonth", "asserted", None,
             "declaration of the interest moratorium (the freeze has no type; its announcement is a statement)"),
            # 4
            ("REJECT", "challenge", ("Brazil", "BRA", "GOV"), (("Washington", "challenge to"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "leading a challenge to the U.S. debt strategy (opposition to a policy; ACCUSE arguable); undated"),
            # 5
            ("STATEMENT", "hinted", (("Washington", "also said Washington"), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", 1, "later mention: hinted at future compromise (relayed)"),
            # 6
            ("STATEMENT", ("Said", '"The U.S. Said'), (("The U.S.", '"The U.S. Said'), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", 1,
             "quoted restatement of the hint by an anonymous official (relayed): later mention"),
            # 7
            ("STATEMENT", "expressed", (("The U.S.", '"The U.S. Said'), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "expressed optimism (second clause), relayed: undated"),
            # 8
            ("THREATEN", "threatened", (("Washington", "Washington has threatened"), "USA", "GOV"),
             (("the bank", "replenishment for"), *IADB), None,
             None, "unknown", None, "asserted", None,
             "threat to scuttle the capital replenishment unless the veto issue is resolved; no time expression"),
            # 9
            ("REQUEST", ("asked", "it has asked"), (("it", "But it has asked"), "USA", "GOV"), ("Congress", "USA", "GOV"),
             None, None, "unknown", None, "asserted", None, "asked Congress for financing authority; undated"),
            # 10
            ("STATEMENT", "repeated", ("Treasury Secretary James Baker", "USA", "GOV"), None, MIA,
             "1987-03-23", "day", "today", "planned", None,
             "speech to the IADB annual meeting today (Monday) repeating the U.S. strategy"),
            # 11
            ("STATEMENT", "suggest", (("Baker", "expect Baker"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", "today", "planned", None,
             "expected suggestion of room for compromise, placed in today's speech (anonymous sources' expectation)"),
            # 12
            ("STATEMENT", "fend off", (("Baker", "expect Baker"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", "today", "planned", None,
             "defence of the U.S. strategy against challenges (EVENTS.md 6), placed in today's speech"),
        ],
        "skip": [
            ("set aside", "content of the agreement"),
            ("reconsider", "content of the agreement"),
            (("meeting", "board of governors"), "internal meeting of a single body"),
            (("meetings", "IADB annual"), "internal meetings of a single body"),
            ("put off", "postponement by the board (internal, no type)"),
            (("said", "IADB officials said Washington"), "attribution of relayed speech"),
            (("compromise", "prepared to"), "hedged willingness, content (RETREAT hypothetical arguable)"),
            ("cede", "content of the request"),
            ("controlled", "stative"),
            (("wants", "Reagan administration"), "intention (domestic strategy), no type"),
            ("calls for", "a document (the U.S. plan), not a speech act"),
            ("tied", "content of the plan"),
            ("moratorium", "payment freeze: no matching type (EVENTS.md 10)"),
            ("feared", "unnamed officials' state of mind"),
            ("deepen", "hypothetical content"),
            (("said", "also said"), "attribution of relayed speech"),
            (("compromise", "hinted at future"), "content of the hint"),
            (("reach", "hopeful they can"), "content of the statement"),
            (("reached", "consensus could be"), "content of the statement"),
            (("said", 'reached," said'), "anonymous source (an official who asked not to be named)"),
            (("asked", "who asked"), "anonymous source's request for anonymity"),
            ("scuttle", "content of the threat"),
            (("resolved", "veto issue is not"), "condition of the threat"),
            (("give", "Congress to give"), "content of the request"),
            ("finance", "content of the request"),
            (("agreement", "in the event"), "condition"),
            (("controls", "The United States controls"), "stative"),
            (("wants", "34.5 pct"), "standing position (the demand is coded on 'pressed'; REQUEST arguable)"),
            ("approve or disapprove", "generic voting rule"),
            ("speech", "the same speech act (recorded on 'repeated')"),
            (("meeting", "bank's annual meeting"), "internal meeting of a single body"),
            (("expect", "monetary sources"), "anonymous monetary sources' expectation"),
            (("compromise", "room for"), "content of the expected suggestion"),
            ("challenges", "background nominal, unnamed challengers"),
            ("signalling", "participial elaboration of 'fend off' (same act)"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Latin American", "NORP", None),
            ("Inter-American Development Bank", "ORG", None),
            ("IADB", "ORG", None),
            (("IADB", "this week's"), "ORG", None),
            (("Washington", "between"), "GPE", "USA"),
            (("Latin", "Washington and the"), "NORP", None),
            (("IADB", "IADB officials said Washington had"), "ORG", None),
            (("Washington", "said Washington had"), "GPE", "USA"),
            (("United States", "The United States is the"), "GPE", "USA"),
            (("Latin American", "controlled by the"), "NORP", None),
            (("Washington", "over loans to"), "GPE", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "The U.S. Plan"), "GPE", "USA"),
            (("IADB", "banks like the"), "ORG", None),
            ("Brazil", "GPE", "BRA"),
            (("Washington", "challenge to"), "GPE", "USA"),
            (("United States", "rifts between the"), "GPE", "USA"),
            ("Third World", "LOC", None),
            (("IADB", "IADB officials also"), "ORG", None),
            (("Washington", "also said Washington"), "GPE", "USA"),
            (("U.S.", '"The U.S. Said'), "GPE", "USA"),
            (("Washington", "Washington has threatened"), "GPE", "USA"),
            ("Congress", "ORG", "USA"),
            (("United States", "The United States controls"), "GPE", "USA"),
            (("Washington", "too lax for"), "GPE", "USA"),
            (("U.S.", "The U.S. Strategy"), "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            (("Baker", "expect Baker"), "PERSON", "USA"),
            (("United States", "suggest the"), "GPE", "USA"),
            (("Washington", "signalling"), "GPE", "USA"),
        ],
    },
    "reuters21578-1076": {
        "events": [
            # 0
            ("CONSULT", "negotiating", ("Banca Nazionale Del Lavoro-BNL", "ITA", "BUS"),
             ("a West German bank", "DEU", "BUS"), None,
             "1987-03-03", "day", "currently", "asserted", None,
             "negotiating to buy a West German bank; dated by 'currently' in its later mention (13b call); "
             "'said' = attribution"),
            # 1
            ("CONSULT", "talks", (("the Italian bank", "told a news conference"), "ITA", "BUS"), (None, "DEU", "BUS"),
             None, "1987-03-03", "day", "currently", "asserted", 0,
             "later mention: currently involved in talks; 'told' = attribution"),
            # 2
            ("STATEMENT", ("name", "declined to"), ("Nerio Nesi", "ITA", "BUS"), None, ROM,
             "1987-03-03", "day", None, "negated", None, "withheld statement: declined to name the German bank"),
            # 3
            ("STATEMENT", ("said", "He said the takeover"), (("He", "He said the takeover"), "ITA", "BUS"), None, ROM,
             "1987-03-03", "day", None, "asserted", None, "assessment: the move as BNL's reply to Deutsche Bank"),
            # 4
            ("COOPERATE", "purchase", ("Deutsche Bank AG", "DEU", "BUS"), ("BankAmerica", "USA", "BUS"), None,
             "1986-12", "month", "December 1986", "asserted", None,
             "purchase of BankAmerica's Italian subsidiary, the means of the market entry in December 1986"),
            # 5
            ("AID", "approved", (("BNL", "Nesi said BNL"), "ITA", "BUS"), ("Soviet Union", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "200 mln dlr credit line to the Soviet Union; no time expression; 'said' = attribution"),
            # 6
            ("STATEMENT", "gave no further details", (("He", "He gave"), "ITA", "BUS"), None, ROM,
             "1987-03-03", "day", None, "negated", None, "withheld statement"),
            # 7
            ("STATEMENT", ("said", "BNL officials said"), ("BNL officials", "ITA", "BUS"), None, ROM,
             "1987-03-03", "day", None, "asserted", None,
             "decision to expand Soviet activities via a Moscow office (no clear type): reporting clause"),
        ],
        "skip": [
            (("said", "Lavoro-BNL> said"), "attribution of the negotiations"),
            (("buy", "negotiating to"), "content of the negotiations"),
            ("told", "attribution (the talks are the event)"),
            ("news conference", "setting of the reporting clause"),
            ("takeover move", "anaphoric nominal, content of the statement"),
            ("reply", "content of the assessment"),
            ("entered", "market entry by means of the purchase (recorded on 'purchase')"),
            (("said", "Nesi said BNL"), "attribution of the credit line"),
            (("pay", "companies to pay"), "purpose clause"),
            ("decided", "internal decision (content)"),
            ("increase", "content of the statement"),
            ("opening", "opening a representative office abroad: no clear type (13b's office licence)"),
            ("specialises", "stative"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Banca Nazionale Del Lavoro-BNL", "ORG", "ITA"),
            ("West German", "NORP", "DEU"),
            (("BNL", "BNL president"), "ORG", "ITA"),
            ("Nerio Nesi", "PERSON", "ITA"),
            (("Italian", "the Italian bank"), "NORP", "ITA"),
            (("German", "name the"), "NORP", "DEU"),
            (("BNL", "BNL's reply"), "ORG", "ITA"),
            ("Deutsche Bank AG", "ORG", "DEU"),
            (("Italian", "entered the"), "NORP", "ITA"),
            ("BankAmerica", "ORG", "USA"),
            ("Banca D'America e D'Italia", "ORG", "ITA"),
            (("Nesi", "Nesi said BNL"), "PERSON", "ITA"),
            (("BNL", "Nesi said BNL"), "ORG", "ITA"),
            ("Soviet Union", "GPE", "SUN"),
            (("Soviet", "enabling Soviet"), "NORP", "SUN"),
            (("Italian", "pay for Italian"), "NORP", "ITA"),
            (("BNL", "BNL officials"), "ORG", "ITA"),
            (("Soviet Union", "activities in the"), "GPE", "SUN"),
            ("Moscow", "GPE", "SUN"),
            ("Sogecred", "ORG", "ITA"),
            (("Italian", "Italian-Soviet"), "NORP", "ITA"),
            (("Soviet", "Italian-Soviet"), "NORP", "SUN"),
        ],
    },
    "reuters21578-6166": {
        "events": [
            ("STATEMENT", ("said", "Wainco Oil Corp said"), ("Wainco Oil Corp", "USA", "BUS"), None, HOU,
             "1987-03-17", "day", None, "asserted", None, "completion of a wildcat well (exploration, no type)"),
            ("STATEMENT", ("said", "The company said"), ("The company", "USA", "BUS"), None, HOU,
             "1987-03-17", "day", None, "asserted", None, "working interest in the well"),
            ("STATEMENT", "added", (("it", "pipe,"), "USA", "BUS"), None, HOU,
             "1987-03-17", "day", None, "asserted", None, "further productive zones"),
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "BUS"), None, HOU,
             "1987-03-17", "day", None, "asserted", None, "the other owners are private companies"),
        ],
        "skip": [
            ("completed", "well completion: exploration, no type"),
            ("producing", "production statistics"),
        ],
        "entities": [
            ("Wainco Oil Corp", "ORG", "USA"),
            ("GrandMarais", "LOC", "USA"),
            ("Jefferson Davis Parish", "GPE", "USA"),
            ("La.", "GPE", "USA"),
            ("Lower Frion Tweedel Sand", "LOC", "USA"),
        ],
    },
    "reuters21578-1300": {
        "events": [
            ("STATEMENT", ("said", "Alcan spokesman"), ("an Alcan spokesman", "CAN", "BUS"), None, MTL,
             "1987-03-03", "day", None, "asserted", None, "closure of the West German smelter (no type)"),
            ("STATEMENT", ("said", "Fernand Leclerc"), ("spokesman Fernand Leclerc", "CAN", "BUS"), None, MTL,
             "1987-03-03", "day", None, "asserted", None, "capacity and operating rate"),
            ("STATEMENT", ("said", "Leclerc said Alcan"), (("Leclerc", "Leclerc said Alcan"), "CAN", "BUS"), None, MTL,
             "1987-03-03", "day", None, "asserted", None, "modernisation too costly (internal decision)"),
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "CAN", "BUS"), None, MTL,
             "1987-03-03", "day", None, "asserted", None, "possible sale to no named buyer (skipped): reporting clause"),
        ],
        "skip": [
            (("closing", "is closing"), "plant closure: business decision, no type"),
            ("operating at", "production statistics"),
            ("decided", "internal decision (content)"),
            ("modernize", "content"),
            ("sell", "hypothetical sale, no buyer named"),
            (("closing", "scheduled"), "anaphoric nominal"),
            ("employs", "stative"),
        ],
        "entities": [
            ("Alcan Aluminium Ltd", "ORG", "CAN"),
            ("Ludwigshafen", "GPE", "DEU"),
            ("West Germany", "GPE", "DEU"),
            (("Alcan", "an Alcan"), "ORG", "CAN"),
            ("Frankfurt", "GPE", "DEU"),
            ("Fernand Leclerc", "PERSON", "CAN"),
            (("Leclerc", "Leclerc said Alcan"), "PERSON", "CAN"),
            (("Alcan", "Leclerc said Alcan"), "ORG", "CAN"),
        ],
    },
    "reuters21578-15741": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Margaret Thatcher"), ("British Prime Minister Margaret Thatcher", "GBR", "GOV"), None,
             LON, "1987-04-09", "day", None, "asserted", None,
             "EC experts to meet tomorrow (internal meeting of one body, no type): reporting clause"),
            # 1
            ("SANCTION", ("action", "possible EC"), (("EC", "possible EC"), None, "IGO"), ("Japan", "JPN", "GOV"), None,
             None, "unknown", None, "hypothetical", None, "possible EC trade action against Japan, under consideration"),
            # 2
            ("STATEMENT", "told", (("She", "She told"), "GBR", "GOV"), None, LON,
             "1987-04-09", "day", None, "asserted", None, "told Parliament the officials would examine U.K. ideas"),
            # 3
            ("STATEMENT", "put forward", ("U.K.", "GBR", "GOV"), None, None,
             "1987-04", "month", "Last weekend", "asserted", None,
             "ideas put forward by the U.K. last weekend (4-5 April; a weekend kept at its month)"),
            # 4
            ("STATEMENT", ("said", 'Community," Thatcher'), (("Thatcher", 'Community," Thatcher'), "GBR", "GOV"), None,
             LON, "1987-04-09", "day", None, "asserted", None,
             "trade initiatives are for the Community (own group: not a request)"),
            # 5
            ("STATEMENT", ("said", "She said"), (("She", "She said"), "GBR", "GOV"), None, LON,
             "1987-04-09", "day", None, "asserted", None, "the experts' focus (content)"),
        ],
        "skip": [
            ("meet", "internal meeting of EC experts (one body)"),
            ("discuss", "content of the internal meeting"),
            ("examine", "content (internal examination)"),
            (("taken", "have to be"), "content of the statement"),
            ("focus", "content of the statement"),
            (("action", "more effective"), "topic of the experts' discussion (content)"),
            ("dumping", "topic of the discussion (alleged dumping, content)"),
            ("unbinding", "topic of the discussion (content)"),
            ("set their own tariffs", "content"),
            (("measures", "And measures"), "topic of the discussion (content)"),
            ("acts against", "condition (a U.S. action against Japan)"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("Brussels", "GPE", "BEL"),
            (("EC", "possible EC"), "ORG", None),
            ("Japan", "GPE", "JPN"),
            ("British", "NORP", "GBR"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            ("Parliament", "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
            (("Community", "by the Community"), "ORG", None),
            (("Thatcher", 'Community," Thatcher'), "PERSON", "GBR"),
            (("Japan", "(by Japan"), "GPE", "JPN"),
            (("EC", "each EC"), "ORG", None),
            ("United States", "GPE", "USA"),
            (("Japan", "acts against"), "GPE", "JPN"),
        ],
    },
    "reuters21578-11210": {
        "events": [
            # 0
            ("COOPERATE", "subscribe", ("The Adelaide Steamship Co Ltd", "AUS", "BUS"),
             ("Markheath Securities Plc", "GBR", "BUS"), None,
             "1987-05", "month", "May", "planned", None,
             "subscription for 49 pct of Markheath (stake acquisition); dated by the later mention's 'in May'; "
             "'said' = attribution; shareholder approval a condition"),
            # 1
            ("COOPERATE", "subscription", (("Adsteam", "will give Adsteam"), "AUS", "BUS"),
             (("Markheath", "49 pct of"), "GBR", "BUS"), None,
             "1987-05", "month", "May", "planned", 0, "later mention: the subscription expected to take place in May"),
            # 2
            ("STATEMENT", ("said", "Spalvins said"), (("Spalvins", "Spalvins said"), "AUS", "BUS"), None, ADL,
             "1987-03-31", "day", None, "asserted", None, "quoted hope for Markheath"),
        ],
        "skip": [
            (("said", "(Adsteam) said"), "attribution of the subscription"),
            ("approval", "condition ('subject to approval')"),
            (("give", "will give Adsteam"), "result of the subscription (content)"),
            (("said in a statement", "Adsteam said in"), "attribution of the subscription"),
            (("become", "will become chairman"), "appointment"),
            ("join", "appointment to the board"),
            ("hope", "content of the quote"),
            (("become", "Markheath will become"), "content of the quote"),
            (("statement", "Spalvins said in the"), "part of the reporting clause"),
        ],
        "entities": [
            ("Adelaide Steamship Co Ltd", "ORG", "AUS"),
            ("Adsteam", "ORG", "AUS"),
            ("British", "NORP", "GBR"),
            ("Markheath Securities Plc", "ORG", "GBR"),
            (("Adsteam", "will give Adsteam"), "ORG", "AUS"),
            (("Markheath", "49 pct of"), "ORG", "GBR"),
            (("Adsteam", "Adsteam said in"), "ORG", "AUS"),
            (("Adsteam", "Adsteam's managing"), "ORG", "AUS"),
            ("John Spalvins", "PERSON", "AUS"),
            (("Markheath", "chairman of"), "ORG", "GBR"),
            (("Adsteam", "two other Adsteam"), "ORG", "AUS"),
            (("Markheath", "in time Markheath"), "ORG", "GBR"),
            (("Adsteam", "style as"), "ORG", "AUS"),
            (("Spalvins", "Spalvins said"), "PERSON", "AUS"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind16b.jsonl")
