"""Build ``own_blind9b.jsonl``: eight blind Reuters-21578 stories, annotated by hand (events, deliberate
skips and every named-entity mention) before the extractor ran on them.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind9b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl and
../shared/dev/*.jsonl ; minus the 160 stories of two unlabelled reviews (2,891 left); 24 drawn with
random.Random(9101).sample, dropping any whose title equals a title already in a gold set, first 16
kept; this file holds kept draws 8-15. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.
8 articles, 61 event records (55 first mentions, 6 later mentions), 86 ``not_annotated`` spans, 176 entity
mentions; one article (London freight market) has no event.
Single annotator, one pass plus a check of every record against its sentence.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), with the
entity's country (null for IGOs and for regions or adjectives spanning countries: "Latin America",
"Third World", "European", "the Continent", "Great Lakes"). Possessive 's left out; job titles are not
part of a PERSON span and title departments ("Energy and Mines Minister", "Chancellor of the
Exchequer") are not tagged, while "Bank of England" (a full name) is ORG. Tickers are not mentions.

Judgement calls made here:
* Caracas meeting: "will gather in Caracas tommorrow" = CONSULT planned 1987-03-26 by the five
  producers (a group: null); "will be on hand for the fifth meeting" is a later mention; Colombia's
  attendance as observer is its own CONSULT (COL -> the group, null). Masse "was invited to Caracas
  for talks with Hernandez" "In February" = CONSULT CAN -> VEN, asserted, 1987-02 (the invitation is
  skipped as part of the visit). Venezuela's "diplomatic push to coordinate strategy" is left out
  (no clear type, no counterpart).
* IAC inquiry into the wheat industry is not an investigation of someone (no ACCUSE): the reporting
  clause is a STATEMENT. "The IAC has been asked to report" = REQUEST by the implied government to the
  IAC (both AUS), undated ("he said in a statement" is attribution).
* Merrill Lynch Capital Markets is taken as GBR ("the London-based ... arm of Merrill Lynch Europe
  Ltd"), Merrill Lynch and Co Inc as USA. The joint venture is COOPERATE planned (undated, "said" is
  attribution); "will launch the venture with In Capital" is a later mention; "The two companies,
  who have signed a letter of intent" = AGREE (GBR -> ITA), undated; "said they hoped" is split into
  a GBR and an ITA STATEMENT.
* Weizsaecker: the opening "said" and the quoted "said:" in the speech are one statement (later
  mention); the official visit to Argentina is dated 1987-03-16 (the speech, dated by the DCT, was on
  its first day) and "arrived for a four-day visit" is a later mention; the reception held by Alfonsin
  is CONSULT DEU -> ARG; the tour including Bolivia and Guatemala = two CONSULT planned, undated;
  "talks on Sunday" with Sarney = 1987-03-15. "Argentine officials said they might halt debt payments
  last month if creditor banks did not agree" = THREATEN (conditional), 1987-02; "Argentina has said
  the barriers and subsidies cut unfairly" = ACCUSE toward the EC, DCT (rule 16, "have said").
* Reagan "is expected to tell Nakasone ... the U.S. May be able to lift trade sanctions ... by the end
  of June" = a conditional promise: AGREE USA -> JPN, planned, "this week" given as 1987-04 (the week
  of Mon 27 April straddles May; the talks it would happen at are on Wednesday 29 April). The lifting
  is content; the NYT's "said" is attribution. The hypothetical announcement "just before the June
  8-10 ... summit" = STATEMENT hypothetical, 1987-06. The Venice summit = CONSULT planned with an
  implied null group actor. Nakasone's "main demand" = REQUEST JPN -> USA planned 1987-04-29 (Japanese
  officials' "have said" is attribution); the Wednesday talks = CONSULT JPN -> USA planned.
  "Congress planning further trade reprisals" = SANCTION planned, undated.
* Brazil: Funaro's "not happy with the ... structure of the ... advisory committee" = ACCUSE toward
  the committee (null), rule 2 on "said"; his following "he said, adding 'This is not fair ...'" are
  later mentions. Gros' "Perhaps the same principle should apply to creditors" = STATEMENT (no actor
  asked). The February 20 payment suspension and the credit-line freeze are skipped (EVENTS.md 10).
  Washington talks "at the end of last week" = CONSULT 1987-02 split for U.S. officials (USA) and
  international agencies (null); the visits "this week" to five countries = five CONSULT planned,
  1987-03; "are today meeting" Lawson, Howe, Leigh-Pemberton = CONSULT BRA -> GBR 1987-03-02 asserted.
* The London freight market story has no event: ship brokers, market talk, unnamed shippers and the
  "Soviet charterers" fixing ships from unnamed owners are market activity.
* North Korea gold mine: Pyongyang and the Tokyo-based North Korean businessmen's plan to resurrect
  the mine = COOPERATE planned (PRK both; the businessmen and their Unzan Mine Development Co are taken
  as PRK by nationality), "said" attribution; Li's other clauses are STATEMENTs. "Pyongyang tried and
  failed to pay off part of its debt with several tonnes of fish" "Earlier this year" = COOPERATE PRK ->
  JPN (Japanese creditors), negated, 1987 (year).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

CCS = ("CARACAS", "VEN")
CBR = ("CANBERRA", "AUS")
LON = ("LONDON", "GBR")
BA = ("BUENOS AIRES", "ARG")
NY = ("NEW YORK", "USA")
TK = ("TOKYO", "JPN")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-9674": {
        "events": [
            ("CONSULT", "gather", ("Five regional oil producing nations", None, "GOV"), None, ("Caracas", "VEN"),
             "1987-03-26", "day", "tommorrow", "planned", None,
             "two-day meeting of the producers' group (a group: null); 'the ministry said' is attribution"),
            ("CONSULT", ("meeting", "fifth"), ("Oil ministers from Mexico, Trinidad and Tobago, Ecuador and\nVenezuela",
                                               None, "GOV"), None, ("Caracas", "VEN"),
             "1987-03-26", "day", None, "planned", 0, "later mention of the meeting ('will be on hand for')"),
            ("CONSULT", "attend", ("Colombia", "COL", "GOV"),
             ("group of Latin American and Caribbean Petroleum Exporters", None, "IGO"), ("Caracas", "VEN"),
             "1987-03-26", "day", None, "planned", None, "attends the meeting as an observer (the meeting's date)"),
            ("STATEMENT", ("said", "Hernandez Grisanti"), ("Energy and Mines Minister Arturo Hernandez Grisanti",
                                                           "VEN", "GOV"), None, CCS,
             "1987-03-25", "day", None, "asserted", None, "description of the conference agenda"),
            ("CONSULT", "talks", ("Canadian Energy\nMinister Marcel Masse", "CAN", "GOV"),
             (("Hernandez", "talks with"), "VEN", "GOV"), ("Caracas", "VEN"),
             "1987-02", "month", "In February", "asserted", None,
             "visit to Caracas for talks (visitor = actor1); the invitation is part of it"),
        ],
        "skip": [
            (("said", "petroleum, the"), "attribution of the planned meeting"),
            ("combat", "content of the expected agenda"),
            (("proposals", "combat"), "proposed U.S. tax, content (no named proposer)"),
            ("formed", "the group's formation in 1983, background"),
            (("said", "formed in 1983, it"), "attribution"),
            (("said", "observer nation, the ministry"), "attribution of Colombia's attendance"),
            ("devoted", "content of the minister's statement"),
            ("concerned", "stance"),
            ("undertook", "diplomatic push with no clear type or counterpart"),
            ("coordinate", "content of the push"),
            ("invited", "part of the visit for talks"),
        ],
        "entities": [
            ("Caracas", "GPE", "VEN"),
            ("U.S.", "GPE", "USA"),
            ("Venezuela", "GPE", "VEN"),
            ("Mexico", "GPE", "MEX"),
            ("Trinidad and Tobago", "GPE", "TTO"),
            ("Ecuador", "GPE", "ECU"),
            (("Venezuela", "Ecuador and"), "GPE", "VEN"),
            ("Latin American and Caribbean Petroleum Exporters", "ORG", None),
            ("Colombia", "GPE", "COL"),
            ("Arturo Hernandez Grisanti", "PERSON", "VEN"),
            (("Venezuela", "group's members"), "GPE", "VEN"),
            (("Mexico", "group's members"), "GPE", "MEX"),
            ("United\nStates", "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            (("Venezuela", "following Canada"), "GPE", "VEN"),
            ("Canadian", "NORP", "CAN"),
            ("Marcel Masse", "PERSON", "CAN"),
            (("Caracas", "Marcel Masse"), "GPE", "VEN"),
            (("Hernandez", "talks with"), "PERSON", "VEN"),
        ],
    },
    "reuters21578-874": {
        "events": [
            ("STATEMENT", "said", ("Primary Industry Minister John Kerin", "AUS", "GOV"), None, CBR,
             "1987-03-02", "day", None, "asserted", None,
             "announcement of an inquiry into an industry (no type); DCT is published_at's date (dateline March 3)"),
            ("REQUEST", "asked", (None, "AUS", "GOV"), ("The IAC", "AUS", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the government asks the commission to report (terms of reference); 'he said in a statement' is attribution"),
            ("STATEMENT", ("said", "He said the inquiry"), (("He", "He said the inquiry"), "AUS", "GOV"), None, CBR,
             "1987-03-02", "day", None, "asserted", None, "description of the inquiry's purpose"),
            ("STATEMENT", ("said", "Kerin said the broad"), (("Kerin", "Act expire"), "AUS", "GOV"), None, CBR,
             "1987-03-02", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "changes,\""), (("he", "changes,\""), "AUS", "GOV"), None, CBR,
             "1987-03-02", "day", None, "asserted", None, "quoted description"),
            ("STATEMENT", ("said", "first time,\""), (("he", "first time,\""), "AUS", "GOV"), None, CBR,
             "1987-03-02", "day", None, "asserted", None, "forecast"),
            ("STATEMENT", ("said", "Handling and Transport, Kerin"), (("Kerin", "Handling and Transport,"), "AUS", "GOV"),
             None, CBR, "1987-03-02", "day", None, "asserted", None, "timing of the report"),
            ("STATEMENT", ("said", "He said the timing"), (("He", "He said the timing"), "AUS", "GOV"), None, CBR,
             "1987-03-02", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            ("inquiry", "an inquiry into an industry, no type (content of the statement)"),
            (("said", "aid,\nhe"), "attribution of the request"),
            ("setting", "content"),
            ("expire", "legal provisions lapsing, no actor"),
            ("examination", "content"),
            ("trigger", "content of the forecast"),
            ("underwriting support", "content of the forecast"),
            ("referring", "explanation, not a speech act"),
            ("paid", "standing price guarantee, background"),
            ("considered", "content"),
            ("negotiations", "future negotiations, content of the assessment"),
        ],
        "entities": [
            ("Industries Assistance Commission", "ORG", "AUS"),
            ("IAC", "ORG", "AUS"),
            ("Australian", "NORP", "AUS"),
            ("John Kerin", "PERSON", "AUS"),
            (("IAC", "Kerin said."), "ORG", "AUS"),
            (("Kerin", "Act expire"), "PERSON", "AUS"),
            (("Kerin", "first time,\""), "PERSON", "AUS"),
            ("Australian\nWheat Board", "ORG", "AUS"),
            (("IAC", "near the start"), "ORG", "AUS"),
            ("Royal Commission into Grain Storage,\nHandling and Transport", "ORG", "AUS"),
            (("Kerin", "Handling and Transport,"), "PERSON", "AUS"),
            (("IAC", "He said the timing"), "ORG", "AUS"),
            (("Royal Commission", "findings and those"), "ORG", "AUS"),
        ],
    },
    "reuters21578-4202": {
        "events": [
            ("COOPERATE", "joint venture", ("Merrill Lynch <MER> Capital Markets", "GBR", "BUS"),
             ("Bennetton Group SPA", "ITA", "BUS"), None, None, "unknown", None, "planned", None,
             "joint venture to be formed; 'said' is attribution; Merrill Lynch Capital Markets is London-based"),
            ("COOPERATE", "launch", (("Merrill Lynch Capital Markets", "SPA <BTOM.M>"), "GBR", "BUS"),
             ("In Capital SPA", "ITA", "BUS"), None, None, "unknown", None, "planned", 0,
             "later mention: the venture launched with Benetton's Milan unit"),
            ("AGREE", "signed", ("The two companies", "GBR", "BUS"), (None, "ITA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "letter of intent between Merrill Lynch Capital Markets (GBR) and Benetton (ITA); no time expression"),
            ("STATEMENT", ("said", "letter of intent"), ("The two companies", "GBR", "BUS"), None, LON,
             "1987-03-12", "day", None, "asserted", None, "hope about investments (Merrill's part of the compound)"),
            ("STATEMENT", ("said", "letter of intent"), ("The two companies", "ITA", "BUS"), None, LON,
             "1987-03-12", "day", None, "asserted", None, "hope about investments (Benetton's part of the compound)"),
        ],
        "skip": [
            (("said", "Capital Markets"), "attribution of the planned venture"),
            ("attract", "purpose of the venture"),
            ("holding", "standing ownership"),
            ("owned", "standing ownership"),
            ("hoped", "part of the statement"),
            ("generate", "content of the hope"),
            ("represents", "description"),
            ("help", "purpose of the venture"),
            ("expand", "purpose of the venture"),
        ],
        "entities": [
            ("Merrill Lynch <MER> Capital Markets", "ORG", "GBR"),
            ("Bennetton Group SPA", "ORG", "ITA"),
            ("Italian", "NORP", "ITA"),
            (("Merrill Lynch Capital Markets", "SPA <BTOM.M>"), "ORG", "GBR"),
            ("In Capital SPA", "ORG", "ITA"),
            ("Milan", "GPE", "ITA"),
            (("Bennetton", "Milan"), "ORG", "ITA"),
            ("Gruppo\nFinanziario Tessile S.P.A.", "ORG", "ITA"),
            (("Italian", "50\nbillion"), "NORP", "ITA"),
            ("Benetton", "ORG", "ITA"),
            (("Italian", "Benetton is"), "NORP", "ITA"),
            (("Benetton", "designed to help"), "ORG", "ITA"),
            (("In Capital", "operations of"), "ORG", "ITA"),
            (("Merrill Lynch Capital Markets", "In Capital."), "ORG", "GBR"),
            ("London", "GPE", "GBR"),
            ("Merrill Lynch Europe Ltd", "ORG", "GBR"),
            (("U.S.", "Merrill Lynch Europe"), "GPE", "USA"),
            ("Merrill Lynch and Co Inc", "ORG", "USA"),
        ],
    },
    "reuters21578-5771": {
        "events": [
            ("STATEMENT", "said", ("West German President Richard von\nWeizsaecker", "DEU", "GOV"), None, BA,
             "1987-03-16", "day", None, "asserted", None, "assessment of the debt crisis"),
            ("STATEMENT", ("said:", "official"), (("Weizsaecker", "responsibility for the Third"), "DEU", "GOV"),
             None, BA, "1987-03-16", "day", None, "asserted", 0,
             "quoted restatement of the paraphrase in the first sentence (later mention)"),
            ("CONSULT", "visit", (("Weizsaecker", "responsibility for the Third"), "DEU", "GOV"),
             ("Argentina", "ARG", "GOV"), ("Argentina", "ARG"),
             "1987-03-16", "day", None, "asserted", None,
             "official visit: the speech (DCT) was on its first day"),
            ("CONSULT", "reception", (("Weizsaecker", "Latin America's third"), "DEU", "GOV"),
             ("President Raul Alfonsin", "ARG", "GOV"), ("Buenos Aires", "ARG"),
             "1987-03-16", "day", None, "asserted", None,
             "reception held for the visitor by the host, on the day of the speech"),
            ("STATEMENT", ("said", "also said"), (("Weizsaecker", "Latin America's third"), "DEU", "GOV"), None, BA,
             "1987-03-16", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "injustices,\""), (("he", "injustices,\""), "DEU", "GOV"), None, BA,
             "1987-03-16", "day", None, "asserted", None, "quoted assessment"),
            ("THREATEN", ("said", "Argentine officials"), ("Argentine officials", "ARG", "GOV"),
             ("creditor banks", None, "BUS"), None,
             "1987-02", "month", "last\nmonth", "asserted", None,
             "conditional threat to halt debt payments unless banks agree to a loan"),
            ("CONSULT", ("talks", "now in the U.S."), ("An Argentine mission", "ARG", "GOV"),
             ("11\nbanks", None, "BUS"), ("U.S.", "USA"),
             "1987-03-16", "day", "now", "asserted", None, "talks with creditor banks under way"),
            ("STATEMENT", ("said", "Weizsaecker said Argentina"), (("Weizsaecker", "the loan."), "DEU", "GOV"), None, BA,
             "1987-03-16", "day", None, "asserted", None, "description of Argentina's trade difficulties"),
            ("STATEMENT", ("said", "parties,\""), (("he", "parties,\""), "DEU", "GOV"), None, BA,
             "1987-03-16", "day", None, "asserted", None, "quoted description of efforts"),
            ("ACCUSE", ("said", "Argentina has said"), (("Argentina", "parties,\""), "ARG", "GOV"),
             (("European Community", "difficulties with"), None, "IGO"), BA,
             "1987-03-16", "day", None, "asserted", None,
             "complaint that the EC barriers and subsidies cut unfairly into its markets; 'has said' = DCT (rule 16)"),
            ("CONSULT", "arrived", (("Weizsaecker", "grain exports.\n"), "DEU", "GOV"), (None, "ARG", "GOV"), None,
             "1987-03-16", "day", None, "asserted", 2, "later mention of the visit to Argentina"),
            ("CONSULT", "tour", (("Weizsaecker", "grain exports.\n"), "DEU", "GOV"), ("Bolivia", "BOL", "GOV"),
             ("Bolivia", "BOL"), None, "unknown", None, "planned", None, "the tour's Bolivian leg"),
            ("CONSULT", "tour", (("Weizsaecker", "grain exports.\n"), "DEU", "GOV"), ("Guatemala", "GTM", "GOV"),
             ("Guatemala", "GTM"), None, "unknown", None, "planned", None, "the tour's Guatemalan leg"),
            ("CONSULT", ("talks", "brief"), (("He", "He held"), "DEU", "GOV"),
             ("Brazilian President Jose Sarney", "BRA", "GOV"), ("Brasilia", "BRA"),
             "1987-03-15", "day", "on Sunday", "asserted", None, "talks during a stopover"),
        ],
        "skip": [
            ("speech", "the speech is the statement itself"),
            (("visit", "importance to"), "bare anaphoric nominal (the visit)"),
            ("payed great importance", "stance of local officials"),
            ("backer", "stance"),
            ("overlook", "content"),
            ("halt", "the threatened act"),
            (("agree", "did not"), "condition of the threat"),
            ("seeking", "purpose of the talks"),
            ("easing", "purpose of the talks"),
            ("secure", "purpose of the talks"),
            ("eliminate", "content"),
            ("cut", "content of the complaint"),
            ("opening", "participle of the tour"),
            ("stopover", "part of the Brazil talks"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Richard von\nWeizsaecker", "PERSON", "DEU"),
            ("Third World", "LOC", None),
            (("Weizsaecker", "responsibility for the Third"), "PERSON", "DEU"),
            ("Argentina", "GPE", "ARG"),
            (("Weizsaecker", "great importance"), "PERSON", "DEU"),
            (("Argentina", "repayment terms"), "GPE", "ARG"),
            ("Latin America", "LOC", None),
            (("Weizsaecker", "Latin America's third"), "PERSON", "DEU"),
            ("Raul Alfonsin", "PERSON", "ARG"),
            ("Buenos Aires", "GPE", "ARG"),
            (("Argentina", "countries like"), "GPE", "ARG"),
            (("Latin America", "Democracy in"), "LOC", None),
            ("Argentine", "NORP", "ARG"),
            (("Argentine", "2.15 billion"), "NORP", "ARG"),
            (("U.S.", "Argentine mission"), "GPE", "USA"),
            (("Weizsaecker", "the loan."), "PERSON", "DEU"),
            (("Argentina", "the loan."), "GPE", "ARG"),
            ("European Community", "ORG", None),
            (("Argentina", "parties,\""), "GPE", "ARG"),
            (("Weizsaecker", "grain exports.\n"), "PERSON", "DEU"),
            ("Latin\nAmerican", "NORP", None),
            ("Bolivia", "GPE", "BOL"),
            ("Guatemala", "GPE", "GTM"),
            ("Brazilian", "NORP", "BRA"),
            ("Jose Sarney", "PERSON", "BRA"),
            ("Brasilia", "GPE", "BRA"),
        ],
    },
    "reuters21578-17277": {
        "events": [
            ("AGREE", "tell", ("President Reagan", "USA", "GOV"), ("Prime Minister Yasuhiro Nakasone", "JPN", "GOV"),
             None, "1987-04", "month", "this week", "planned", None,
             "expected conditional promise that sanctions may be lifted by end-June; the NYT's 'said' is attribution"),
            ("STATEMENT", "announce", (("President", "under such a scenario"), "USA", "GOV"), None, None,
             "1987-06", "month", "just before\nthe June 8-10", "hypothetical", None,
             "announcement of a hope to lift the restrictions, in a scenario"),
            ("CONSULT", ("summit meeting", "economic"), (None, None, "IGO"), None, ("Venice", "ITA"),
             "1987-06-08", "day", "June 8-10", "planned", None, "economic summit (participants implied: a group)"),
            ("SANCTION", "imposed", ("The U.S. Administration", "USA", "GOV"), ("Japanese", "JPN", "GOV"), None,
             "1987-04-17", "day", "April 17", "asserted", None, "100 pct tariffs on Japanese goods"),
            ("REQUEST", "demand", (("Nakasone", "Japanese officials have said"), "JPN", "GOV"),
             (("Reagan", "talks with"), "USA", "GOV"), None,
             "1987-04-29", "day", "on Wednesday", "planned", None,
             "demand for immediate lifting of the tariffs at Wednesday's talks; officials' 'have said' is attribution"),
            ("CONSULT", ("talks", "arrives for"), (("he", "demand when"), "JPN", "GOV"),
             (("Reagan", "talks with"), "USA", "GOV"), None,
             "1987-04-29", "day", "on Wednesday", "planned", None, "Nakasone's talks with Reagan (visitor = actor1)"),
            ("SANCTION", "reprisals", ("Congress", "USA", "GOV"), (("Japanese", "reprisals against"), "JPN", "GOV"),
             None, None, "unknown", None, "planned", None, "further trade reprisals being planned"),
            ("STATEMENT", ("said", "the Times"), ("the Times", "USA", "ORG"), None, NY,
             "1987-04-27", "day", None, "asserted", None, "assessment"),
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "USA", "ORG"), None, NY,
             "1987-04-27", "day", None, "asserted", None, "expectation about the communique"),
        ],
        "skip": [
            ("lift", "content of the promise"),
            (("said", "New York Times"), "attribution of the expected promise"),
            (("said", "officials,"), "attribution of the scenario"),
            (("lift", "hoped"), "content of the hope"),
            ("show", "condition of the scenario"),
            ("stopped", "condition"),
            ("widened", "condition"),
            (("said", "Japanese officials have"), "attribution of the demand"),
            ("arrives", "part of the talks"),
            ("lifting", "content of the demand"),
            ("offer", "content of the assessment"),
            ("found", "content"),
            ("communique", "expected communique, content"),
            ("claim", "content"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("New York Times", "ORG", "USA"),
            ("Venice", "GPE", "ITA"),
            (("Japan", "the month."), "GPE", "JPN"),
            (("Japan", "widened access in"), "GPE", "JPN"),
            (("U.S.", "widened access"), "GPE", "USA"),
            (("U.S.", "producers."), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Japanese", "April 17"), "NORP", "JPN"),
            (("Nakasone", "Japanese officials"), "PERSON", "JPN"),
            (("Reagan", "talks with"), "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            (("Japanese", "reprisals against"), "NORP", "JPN"),
            (("Reagan", "the best"), "PERSON", "USA"),
            (("Times", "Reagan can offer"), "ORG", "USA"),
            (("Nakasone", "allow"), "PERSON", "JPN"),
        ],
    },
    "reuters21578-759": {
        "events": [
            ("ACCUSE", "said", ("Finance Minister Dilson Funaro", "BRA", "GOV"),
             ("the 14-bank advisory committee", None, "BUS"), LON,
             "1987-03-02", "day", None, "asserted", None,
             "rule 2: complaint about the creditor committee's structure ('not happy')"),
            ("ACCUSE", ("said", "debt to banks"), (("he", "debt to banks"), "BRA", "GOV"),
             (None, None, "BUS"), LON,
             "1987-03-02", "day", None, "asserted", 0, "elaboration of the complaint (later mention)"),
            ("ACCUSE", "adding", (("he", "debt to banks"), "BRA", "GOV"), (None, None, "BUS"), LON,
             "1987-03-02", "day", None, "asserted", 0, "'This is not fair ...' (later mention)"),
            ("STATEMENT", "told", (("Funaro", "European banks,"), "BRA", "GOV"), None, LON,
             "1987-03-02", "day", None, "asserted", None, "Brazil might adopt separate discussions (considered option)"),
            ("STATEMENT", ("said", "creditors,\""), ("central bank president Francisco Gros", "BRA", "GOV"), None, LON,
             "1987-03-02", "day", None, "asserted", None, "evaluation, no actor asked to act"),
            ("CONSULT", "talking", (("Funaro and Gros", "15 billion"), "BRA", "GOV"),
             ("government officials", "USA", "GOV"), ("Washington", "USA"),
             "1987-02", "month", "at the end of last week", "asserted", None,
             "talks in Washington with U.S. officials (week of 23 Feb, in February)"),
            ("CONSULT", "talking", (("Funaro and Gros", "15 billion"), "BRA", "GOV"),
             ("international\nagencies", None, "IGO"), ("Washington", "USA"),
             "1987-02", "month", "at the end of last week", "asserted", None, "talks with international agencies"),
            ("CONSULT", ("visit", "this week"), (("Funaro and Gros", "15 billion"), "BRA", "GOV"),
             ("Britain", "GBR", "GOV"), ("Britain", "GBR"), "1987-03", "month", "this week", "planned", None, ""),
            ("CONSULT", ("visit", "this week"), (("Funaro and Gros", "15 billion"), "BRA", "GOV"),
             ("France", "FRA", "GOV"), ("France", "FRA"), "1987-03", "month", "this week", "planned", None, ""),
            ("CONSULT", ("visit", "this week"), (("Funaro and Gros", "15 billion"), "BRA", "GOV"),
             ("West\nGermany", "DEU", "GOV"), ("West Germany", "DEU"), "1987-03", "month", "this week", "planned", None, ""),
            ("CONSULT", ("visit", "this week"), (("Funaro and Gros", "15 billion"), "BRA", "GOV"),
             ("Switzerland", "CHE", "GOV"), ("Switzerland", "CHE"), "1987-03", "month", "this week", "planned", None, ""),
            ("CONSULT", ("visit", "this week"), (("Funaro and Gros", "15 billion"), "BRA", "GOV"),
             ("Italy", "ITA", "GOV"), ("Italy", "ITA"), "1987-03", "month", "this week", "planned", None, ""),
            ("CONSULT", "meeting", (("Funaro and Gros", "governments."), "BRA", "GOV"),
             ("Nigel Lawson", "GBR", "GOV"), None,
             "1987-03-02", "day", "today", "asserted", None,
             "meeting Lawson, Howe and the Bank of England governor (all GBR: one record)"),
        ],
        "skip": [
            ("coordinates", "the committee's standing role"),
            ("played", "background assessment"),
            ("Noting", "participle of the statement"),
            ("adopt", "content (considered option)"),
            ("discussions", "content (considered option)"),
            ("suspended", "Brazil's payment suspension: no matching type (EVENTS.md 10)"),
            ("freeze", "credit-line freeze: no matching type (EVENTS.md 10)"),
            (("discussions", "Italy for"), "purpose of the visits"),
            ("estimated", "anonymous bankers"),
            ("began", "background, no actor"),
            ("reported", "statistics, anonymous"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            ("U.S.", "GPE", "USA"),
            (("Brazil", "35 pct of"), "GPE", "BRA"),
            ("European", "NORP", None),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "reactions of"), "GPE", "USA"),
            (("Japanese", "reactions of"), "NORP", "JPN"),
            (("European", "reactions of"), "NORP", None),
            (("Funaro", "European banks,"), "PERSON", "BRA"),
            (("Brazil", "journalists"), "GPE", "BRA"),
            ("Francisco Gros", "PERSON", "BRA"),
            (("Brazil", "Gros said"), "GPE", "BRA"),
            (("Funaro", "15 billion"), "PERSON", "BRA"),
            (("Gros", "15 billion"), "PERSON", "BRA"),
            ("Washington", "GPE", "USA"),
            ("Britain", "GPE", "GBR"),
            ("France", "GPE", "FRA"),
            ("West\nGermany", "GPE", "DEU"),
            ("Switzerland", "GPE", "CHE"),
            ("Italy", "GPE", "ITA"),
            (("Funaro", "governments."), "PERSON", "BRA"),
            (("Gros", "governments."), "PERSON", "BRA"),
            ("British", "NORP", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            ("Geoffrey Howe", "PERSON", "GBR"),
            ("Bank of England", "ORG", "GBR"),
            ("Robin Leigh-Pemberton", "PERSON", "GBR"),
            (("Brazil", "Leigh-Pemberton"), "GPE", "BRA"),
            ("U.K.", "GPE", "GBR"),
            (("U.K.", "medium term loans"), "GPE", "GBR"),
            (("U.S.", "third largest exposure"), "GPE", "USA"),
            (("Japan", "third largest exposure"), "GPE", "JPN"),
            (("Brazil", "The crisis"), "GPE", "BRA"),
        ],
    },
    "reuters21578-15531": {
        "events": [],
        "skip": [
            ("reported", "market report, no actor"),
            (("said", "ship brokers"), "anonymous source (ship brokers)"),
            ("paid", "freight market movement"),
            ("booked", "market talk, unconfirmed"),
            ("agreed", "unnamed shippers fixing freight (market activity)"),
            ("secured", "ship charters by unnamed Soviet charterers from unnamed owners (market activity)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Continent", "LOC", None),
            ("Japan", "GPE", "JPN"),
            ("U.S. Gulf", "LOC", "USA"),
            ("Morocco", "GPE", "MAR"),
            (("Gulf", "27,000"), "LOC", "USA"),
            ("Taiwan", "GPE", "TWN"),
            (("Gulf", "flour from the"), "LOC", "USA"),
            ("Aqaba", "GPE", "JOR"),
            ("Great Lakes", "LOC", None),
            ("Algeria", "GPE", "DZA"),
            ("Federal Commerce", "ORG", "CAN"),
            (("Great Lakes", "Federal Commerce"), "LOC", None),
            (("Morocco", "Federal Commerce"), "GPE", "MAR"),
            ("Comanav", "ORG", "MAR"),
            ("British Columbia", "GPE", "CAN"),
            (("Japan", "British Columbia"), "GPE", "JPN"),
            (("Continent", "confirmation"), "LOC", None),
            ("La\nPallice", "GPE", "FRA"),
            ("Buenaventura", "GPE", "COL"),
            ("Ghent", "GPE", "BEL"),
            ("Naples", "GPE", "ITA"),
            (("Venice", "Naples"), "GPE", "ITA"),
            ("East London", "GPE", "ZAF"),
            (("Japan", "East London"), "GPE", "JPN"),
            ("Soviet", "NORP", "SUN"),
            ("Savona", "GPE", "ITA"),
            ("Antwerp", "GPE", "BEL"),
            ("Hamburg", "GPE", "DEU"),
        ],
    },
    "reuters21578-6985": {
        "events": [
            ("COOPERATE", "resurrect", ("Pyongyang", "PRK", "GOV"),
             ("a group of Tokyo-based\nNorth Korean businessmen", "PRK", "BUS"), None,
             None, "unknown", None, "planned", None,
             "joint venture to reopen a gold mine; 'said Li Sangsu' is attribution"),
            ("STATEMENT", "added", (("Li", "Japanese companies,"), "PRK", "BUS"), None, TK,
             "1987-03-19", "day", None, "asserted", None, "schedule and output aims (no type)"),
            ("STATEMENT", ("said", "gold deposits,\""), (("he", "gold deposits,\""), "PRK", "BUS"), None, TK,
             "1987-03-19", "day", None, "asserted", None, "quoted forecast"),
            ("STATEMENT", ("said", "north of Pyongyang, Li"), (("Li", "north of Pyongyang,"), "PRK", "BUS"), None, TK,
             "1987-03-19", "day", None, "asserted", None, "description of the mine"),
            ("STATEMENT", ("said", "Li said modern"), (("Li", "Li said modern"), "PRK", "BUS"), None, TK,
             "1987-03-19", "day", None, "asserted", None, "assessment"),
            ("COOPERATE", ("pay off", "failed to"), (("Pyongyang", "Earlier this year,"), "PRK", "GOV"),
             (None, "JPN", "BUS"), None, "1987", "year", "Earlier this year", "negated", None,
             "tried and failed to repay Japanese creditors in fish"),
        ],
        "skip": [
            (("said", "present,"), "attribution of the venture"),
            ("boost", "content of the plan"),
            ("begin", "content of Li's statement"),
            ("increase", "content"),
            (("pay off", "within a decade"), "content (purpose)"),
            ("started", "background (1896)"),
            (("increase", "technology would"), "content"),
            ("moves", "summary nominal"),
            ("clear", "content of the moves"),
            ("tried", "part of the failed repayment"),
        ],
        "entities": [
            ("Pyongyang", "GPE", "PRK"),
            ("Tokyo", "GPE", "JPN"),
            ("North Korean", "NORP", "PRK"),
            (("North Korean", "resurrect"), "NORP", "PRK"),
            ("Li Sangsu", "PERSON", "PRK"),
            ("Unzan Mine Development Co", "ORG", "PRK"),
            (("Pyongyang", "within a decade"), "GPE", "PRK"),
            ("Japanese", "NORP", "JPN"),
            (("Li", "Japanese companies,"), "PERSON", "PRK"),
            (("U.S.", "1896"), "GPE", "USA"),
            (("Unzan", "untapped"), "LOC", "PRK"),
            (("Pyongyang", "north of"), "GPE", "PRK"),
            (("Li", "north of Pyongyang,"), "PERSON", "PRK"),
            (("Li", "Li said modern"), "PERSON", "PRK"),
            (("North Korea", "series of moves"), "GPE", "PRK"),
            (("Japanese", "clear its debts"), "NORP", "JPN"),
            (("Pyongyang", "Earlier this year,"), "GPE", "PRK"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind9b.jsonl")
