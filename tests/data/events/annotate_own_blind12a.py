"""Build ``own_blind12a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind12a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (3,003 left; the ids of two earlier unlabelled reviews were not kept,
so up to ~1 of these may overlap them); 24 drawn with random.Random(12101).sample, dropping any
whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7.
See GUIDELINES.md.

Judgement calls made here:
* White House list: "issued a list" is a STATEMENT (a release, DCT, dateline Santa Barbara); "the
  100 pct tariffs imposed by President Reagan" is a SANCTION toward Japan (the participle carries
  its own predication), undated (no time expression in this story); the list items are statistics.
* Ecuador aid: the opening forecast ("could be months before major assistance is provided") is a
  STATEMENT of the U.S. officials ("monetary sources" are anonymous); "have already taken the first
  steps" is a vague summary of the steps told later (skipped, AID borderline). "the IMF had
  informed the Ecuadorean government that it was prepared ... to provide about 50 mln dlrs" is an
  offer = promise = AGREE (IMF -> Ecuador), undated (relayed by "They said", attribution; the
  provision itself is skipped as the offer's content). The World Bank and IDB "dispatched missions"
  to the quake region: CONSULT (a visit; host Ecuador implied), undated (AID arguable). "it has
  approved for Ecuador in recent years" is AID, undated ("in recent years" has no TIMEX value); the
  closing "the funds could be then provided" is AID hypothetical with implied actors.
* ConAgra/Becher: "was taking it over, effective June 1" is COOPERATE planned, 1987-06-01, with
  Becher's "said" as attribution; "would take over the remaining 50 pct from the Becher family" is
  a later mention (seller: the family, DEU); "Further details were not immediately available" is a
  withheld STATEMENT with the company implied (own_blind2 call).
* Carney (Taupo GATT meeting): her principles are prescriptive talk addressed to "countries" in
  general, so STATEMENTs (REQUEST arguable; "wanted adopted" is skipped); "the informal meeting of
  trade ministers" is a background nominal; the "seven point Australian proposals announced in
  Davos ... in January" is a STATEMENT by Australia (nominal with its own predication and date,
  1987-01); "the conference welcomed the Canadian initiative" (relayed by anonymous trade sources)
  is SUPPORT toward Canada, undated; the delegates' and EC's "voiced reservations" are skipped
  (ACCUSE/STATEMENT borderline, target implicit). "She said Canada/U.S. Bilateral trade
  negotiations ... are progressing well": the negotiations are the event (CONSULT CAN -> USA,
  undated), "said" attribution (rule 3); "must be concluded ... by October" is a deadline (skipped).
* Fed intervention story: no events (currency intervention by the Fed and the Bank of Japan is a
  monetary operation; all talk is by anonymous dealers).
* Mulford: "reaffirmed U.S. backing for the Paris Agreement" is AGREE (reaffirming the accord, as
  in own_blind5b/8a) with the six nations (null) as actor2; "the Paris Agreement" itself is a
  background nominal; "He said ... he said" in one sentence is one record (the second "said"
  skipped); "should let their currencies appreciate" is REQUEST toward some newly industrialized
  countries (a group, null); the German and Japanese "commitments" are a background nominal.
* Japan telecoms row: "Japan has reiterated it has no plans to bow to pressure" is REJECT (actor2
  not named in the clause: null), dated by the DCT (wire-style speech); the ministry official's
  "told Reuters the ... position is unchanged" is a later mention of that refusal; "mounting
  pressure from London and Washington" is a background nominal in a concessive phrase (skipped).
  "declined comment" and "was unavailable for comment" are withheld STATEMENTs. Press-report
  content and the analysts' talk are skipped. The Cable and Wireless spokesman's "proposals are
  unacceptable" (London, yesterday = 1987-03-31) is REJECT toward the Japanese proposer (implied,
  JPN). Thatcher "charging that Japan is discriminating" and the U.S. "vented its anger at ...
  Japanese attempts" are ACCUSE, undated (standing criticism, rule 17); "taken up the company's
  cause" is skipped (own_blind11a call). "Watanabe originally proposed" is a STATEMENT (as 11a's
  Watanabe proposals), undated; "Britain opposes the proposed merger" is REJECT toward the Japanese
  proposer, undated (standing position).
* Airbus: "said it had no comment" and the spokesman's quoted "have no comment to make" are one
  withheld STATEMENT (the quote a later mention, location Toulouse); "no knowledge of talks" is
  skipped (denial borderline); the reported resumption of talks is press content; "Talks broke
  off" is the ending of talks (no type, own_blind call); "the two rivals failed to agree" is AGREE
  negated (actor1 the pair, first-named Airbus null; actor2 McDonnell Douglas USA), undated (placed
  before the autumn break-off, not inside it); "wanted Airbus to help build" and "insisted McDonnell
  drop" are REQUESTs, undated. Airbus Industrie, a "European consortium", has no single country.
* Entities: "London" and "Washington" used for governments are GPE of their country; "Reuters" is
  an ORG (GBR); GATT, the IMF, the World Bank, the IDB and the European Community are ORGs (null);
  "the Becher family" gives "Becher" as PERSON (DEU); titles ("Treasury Assistant Secretary"),
  treaty and round names ("Paris Agreement", "Uruguay Round") and products (MD-11, A340) are not
  entities; "the Treasury position" is an ORG (USA).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

SB = ("SANTA BARBARA", "USA")
WAC = ("WASHINGTON", "USA")
BRE = ("BREMEN", "DEU")
TAU = ("TAUPO", "NZL")
TOK = ("TOKYO", "JPN")
PAR = ("PARIS", "FRA")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-16907": {
        "events": [
            ("STATEMENT", "issued", ("The White House", "USA", "GOV"), None, SB,
             "1987-04-17", "day", None, "asserted", None,
             "release of the list of Japanese goods covered by the tariffs (wire-style, DCT)"),
            ("SANCTION", "imposed", ("President Reagan", "USA", "GOV"), ("Japanese exports", "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the 100 pct tariffs on Japanese exports; no time expression in this story"),
        ],
        "skip": [
            ("covered", "content of the list"),
            ("imports", "1986 import statistics"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Reagan", "PERSON", "USA"),
        ],
    },
    "reuters21578-4403": {
        "events": [
            # 0
            ("STATEMENT", ("said", "U.S. officials"), ("U.S. officials", "USA", "GOV"), None, WAC,
             "1987-03-12", "day", None, "asserted", None,
             "forecast that major assistance could take months; 'monetary sources' are anonymous"),
            # 1
            ("AGREE", "informed", ("the IMF", None, "IGO"), ("the Ecuadorean government", "ECU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "offer (promise) of about 50 mln dlrs under the emergency system; relayed ('They said' = "
             "attribution), so undated"),
            # 2
            ("CONSULT", "dispatched", ("the World Bank", None, "IGO"), (None, "ECU", "GOV"), ("Ecuador", "ECU"),
             None, "unknown", None, "asserted", None,
             "World Bank and IDB missions to the quake region (a visit; AID arguable); no time expression"),
            # 3
            ("STATEMENT", "estimates", ("The World Bank", None, "IGO"), None, WAC,
             "1987-03-12", "day", None, "asserted", None, "estimate of undisbursed funds"),
            # 4
            ("AID", ("approved", "it has approved"), (("it", "it has approved"), None, "IGO"),
             (("Ecuador", "approved for"), "ECU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "over one billion dlrs approved for Ecuador 'in recent years' (no TIMEX value)"),
            # 5
            ("STATEMENT", ("said", "The bank said"), ("The bank", None, "IGO"), None, WAC,
             "1987-03-12", "day", None, "asserted", None, "description of the approved programs"),
            # 6
            ("AID", ("provided", "the funds could"), (None, None, "IGO"), (None, "ECU", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "funds could be provided from expedited disbursements if the needs fit the categories"),
        ],
        "skip": [
            (("provided", "assistance is"), "content of the forecast"),
            ("taken the first steps", "vague summary of the steps told later (AID borderline)"),
            (("said", "They said"), "attribution (rule 3)"),
            (("provide", "prepared"), "content of the offer"),
            ("request", "hypothetical request, content of the statement"),
            (("quake", "Thursday's quake"), "natural disaster, no actor"),
            ("determine", "purpose of the missions"),
            ("speed up", "purpose of the missions"),
            (("approved", "from programs"), "background (earlier approvals)"),
            ("disbursed", "content of the estimate"),
            ("made available", "content of the estimate (hypothetical)"),
            (("approved", "programs it has"), "anaphoric (the approvals already recorded)"),
            ("fit", "condition"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("International Monetary Fund", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("IMF", "ORG", None),
            ("Ecuadorean", "NORP", "ECU"),
            (("Ecuador", "up to"), "GPE", "ECU"),
            ("World Bank", "ORG", None),
            ("Inter-American\nDevelopment Bank", "ORG", None),
            (("World Bank", "The World Bank estimates"), "ORG", None),
            (("Ecuador", "approved for"), "GPE", "ECU"),
        ],
    },
    "reuters21578-17323": {
        "events": [
            ("COOPERATE", "taking", ("ConAgra\nInc", "USA", "BUS"), ("Kurt A. Becher GmbH and Co KG", "DEU", "BUS"), None,
             "1987-06-01", "day", "June 1", "planned", None,
             "takeover effective June 1; Becher's 'said' is attribution"),
            ("COOPERATE", ("take over", "would"), (("ConAgra", "Becher said"), "USA", "BUS"),
             ("the Becher\nfamily", "DEU", "PERSON"), None,
             "1987-06-01", "day", None, "planned", 0, "later mention: the remaining 50 pct from the family"),
            ("STATEMENT", "available", (None, "DEU", "BUS"), None, BRE,
             "1987-04-27", "day", None, "negated", None,
             "withheld statement (no further details), implied company"),
        ],
        "skip": [
            (("said", "Co KG"), "attribution (rule 3)"),
            (("said", "Becher said"), "attribution (rule 3)"),
            ("owns", "ownership, no event"),
            ("has access", "stative description"),
        ],
        "entities": [
            ("West Germany", "GPE", "DEU"),
            ("Kurt A. Becher GmbH and Co KG", "ORG", "DEU"),
            ("ConAgra\nInc", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Becher", "Becher said"), "ORG", "DEU"),
            (("ConAgra", "Becher said"), "ORG", "USA"),
            (("Becher", "from the Becher"), "PERSON", "DEU"),
            (("ConAgra", "ConAgra, based"), "ORG", "USA"),
            ("Omaha", "GPE", "USA"),
            ("Nebraska", "GPE", "USA"),
            ("ConAgra International", "ORG", "USA"),
        ],
    },
    "reuters21578-8635": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Canadian Trade Minister Pat\nCarney", "CAN", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "agricultural policies should become price responsive: prescriptive, no actor asked"),
            # 1
            ("STATEMENT", "told", ("She", "CAN", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "one of five principles Canada wants adopted in the GATT reform (REQUEST arguable)"),
            # 2
            ("STATEMENT", ("said", "prices, Carney"), (("Carney", "prices, Carney"), "CAN", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "second and third principles ('countries should')"),
            # 3
            ("STATEMENT", ("said", "Carney said the fourth"), (("Carney", "Carney said the fourth"), "CAN", "GOV"),
             None, TAU, "1987-03-24", "day", None, "asserted", None, "fourth and fifth principles"),
            # 4
            ("STATEMENT", ("told", "Carney later"), (("Carney", "Carney later"), "CAN", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None,
             "guidelines compatible with Australia's proposals ('later': same day)"),
            # 5
            ("STATEMENT", "announced", ("Australian", "AUS", "GOV"), None, ("Davos", "CHE"),
             "1987-01", "month", "in January", "asserted", None,
             "Australia's seven-point proposals announced in Davos in January (nominal with predication and date)"),
            # 6
            ("SUPPORT", "welcomed", ("the conference", None, "IGO"), (("Canadian", "welcomed the"), "CAN", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "the conference welcomed the Canadian initiative; relayed by anonymous trade sources, undated"),
            # 7
            ("STATEMENT", ("said", "Carney said there"), (("Carney", "Carney said there"), "CAN", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "assessment of political will"),
            # 8
            ("STATEMENT", ("said", "conclusion,\" she"), (("she", "conclusion,\" she"), "CAN", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "quote on the consensus view"),
            # 9
            ("STATEMENT", ("said", "identify what"), (("Carney", "identify what"), "CAN", "GOV"), None, TAU,
             "1987-03-24", "day", None, "asserted", None, "the meeting did not identify the areas: no type"),
            # 10
            ("CONSULT", "negotiations", (("Canada", "She said Canada"), "CAN", "GOV"),
             (("U.S.", "Canada/U.S."), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "ongoing Canada/U.S. trade negotiations; 'She said' is attribution (rule 3); no time expression"),
        ],
        "skip": [
            ("hurt", "content of the statement"),
            ("meeting", "background nominal (the ministers' meeting)"),
            ("wanted", "Canada's proposal, content of the statement (REQUEST borderline)"),
            ("freeze", "content of the statement"),
            ("reduce", "content of the statement"),
            ("introduce", "content of the statement"),
            ("implemented", "content of the statement"),
            (("said", "European trade sources"), "anonymous-source talk (trade sources)"),
            ("voiced reservations", "unnamed delegates and the EC, relayed anonymously; ACCUSE/STATEMENT borderline"),
            ("complete", "content of the statement"),
            ("proceed", "content of the quote"),
            ("identify", "negated act with no type, content of the statement"),
            (("said", "She said Canada"), "attribution (rule 3)"),
            ("concluded", "deadline of the negotiations (obligation), content"),
        ],
        "entities": [
            ("Canadian", "NORP", "CAN"),
            ("Pat\nCarney", "PERSON", "CAN"),
            ("Canada", "GPE", "CAN"),
            ("General Agreement on\nTariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            (("Carney", "prices, Carney"), "PERSON", "CAN"),
            (("Carney", "Carney said the fourth"), "PERSON", "CAN"),
            (("Carney", "Carney later"), "PERSON", "CAN"),
            ("Reuters", "ORG", "GBR"),
            (("Canadian", "the Canadian guidelines"), "NORP", "CAN"),
            ("Australian", "NORP", "AUS"),
            ("Davos", "GPE", "CHE"),
            ("Switzerland", "GPE", "CHE"),
            ("European", "NORP", None),
            (("Canadian", "welcomed the"), "NORP", "CAN"),
            ("European\nCommunity", "ORG", None),
            (("Carney", "Carney said there"), "PERSON", "CAN"),
            (("GATT", "Uruguay Round of"), "ORG", None),
            (("Carney", "identify what"), "PERSON", "CAN"),
            (("Canada", "She said Canada"), "GPE", "CAN"),
            (("U.S.", "Canada/U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-8735": {
        "events": [],
        "skip": [
            ("intervened", "currency intervention (monetary operation), reported by dealers"),
            (("said", "currency dealers"), "anonymous-source talk (dealers)"),
            (("said", "They said"), "anonymous-source talk (dealers)"),
            ("intervention", "anaphoric nominal, monetary operation"),
            ("firmed", "market-price movement"),
            ("closed", "market price"),
            ("purchases", "monetary operation"),
            ("done", "anonymous speculation, monetary operation"),
            (("said", "Tokyo dealers"), "anonymous-source talk (dealers)"),
            ("bought", "currency intervention by the Bank of Japan (monetary operation)"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "and the U.S."), "GPE", "USA"),
            (("Fed", "the Fed's"), "ORG", "USA"),
            ("Bank of Japan", "ORG", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("Tokyo", "dollars in"), "GPE", "JPN"),
        ],
    },
    "reuters21578-9864": {
        "events": [
            # 0
            ("AGREE", "reaffirmed", ("Treasury Assistant Secretary David\nMulford", "USA", "GOV"),
             ("six industrial nations", None, "IGO"), WAC,
             "1987-03-26", "day", None, "asserted", None,
             "reaffirmed U.S. backing for the Paris accord (reaffirming an accord = AGREE, own_blind5b/8a)"),
            # 1
            ("STATEMENT", ("said", "subcommittee, Mulford"), (("Mulford", "subcommittee, Mulford"), "USA", "GOV"),
             None, WAC, "1987-03-26", "day", None, "asserted", None, "prepared testimony: recognition in Paris"),
            # 2
            ("STATEMENT", ("said", "But he also"), (("he", "But he also"), "USA", "GOV"), None, WAC,
             "1987-03-26", "day", None, "asserted", None, "no target zones"),
            # 3
            ("STATEMENT", ("said", "Mulford also said"), (("Mulford", "Mulford also said"), "USA", "GOV"), None, WAC,
             "1987-03-26", "day", None, "asserted", None, "the six have not spelled out their approach"),
            # 4
            ("STATEMENT", ("said", "He said governments"), (("He", "He said governments"), "USA", "GOV"), None, WAC,
             "1987-03-26", "day", None, "asserted", None, "governments must retain flexibility (no actor asked)"),
            # 5
            ("STATEMENT", ("said", "Accordingly, Mulford"), (("Mulford", "Accordingly, Mulford"), "USA", "GOV"),
             None, WAC, "1987-03-26", "day", None, "asserted", None, "assessment of currency objectives"),
            # 6
            ("STATEMENT", "reiterated", (("Mulford", "Commenting"), "USA", "GOV"), None, WAC,
             "1987-03-26", "day", None, "asserted", None, "forecast of the current account deficit"),
            # 7
            ("STATEMENT", "added", (("he", "But he added"), "USA", "GOV"), None, WAC,
             "1987-03-26", "day", None, "asserted", None, "assessment of the correction of imbalances"),
            # 8
            ("REQUEST", ("said", "He also said some"), (("He", "He also said some"), "USA", "GOV"),
             ("some newly industrialized countries", None, "IGO"), WAC,
             "1987-03-26", "day", None, "asserted", None, "should let their currencies appreciate"),
        ],
        "skip": [
            ("Paris Agreement", "background nominal (the accord), no predication or date here"),
            ("cooperate", "content of the accord"),
            ("testimony", "part of the reporting clause"),
            ("recognition", "content of the statement"),
            ("understandings", "content of the statement"),
            ("refrained", "negated, no type; content of the quote"),
            ("spelled out", "withheld specification by the six nations, content of the statement"),
            (("said", "market pressures, he"), "repeat of the clause's reporting verb ('He said ... he said')"),
            ("Commenting", "participle elaboration of the same statement"),
            ("decline", "content of the forecast"),
            ("commitments", "background nominal (German and Japanese commitments), content"),
            ("efforts to cut", "domestic fiscal policy, content"),
            ("appreciate", "content of the request"),
        ],
        "entities": [
            ("David\nMulford", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Senate", "ORG", "USA"),
            (("Mulford", "subcommittee, Mulford"), "PERSON", "USA"),
            (("Paris", "recognition in Paris"), "GPE", "FRA"),
            (("Mulford", "Mulford also said"), "PERSON", "USA"),
            (("Mulford", "Accordingly, Mulford"), "PERSON", "USA"),
            (("Mulford", "Commenting"), "PERSON", "USA"),
            (("Treasury", "reiterated the"), "ORG", "USA"),
            ("West Germany", "GPE", "DEU"),
            ("Japan", "GPE", "JPN"),
            (("U.S.", "economies and by"), "GPE", "USA"),
            (("U.S.", "enhance"), "GPE", "USA"),
        ],
    },
    "reuters21578-11889": {
        "events": [
            # 0
            ("REJECT", "reiterated", ("Japan", "JPN", "GOV"), None, TOK,
             "1987-04-01", "day", None, "asserted", None,
             "no plans to bow to pressure (refusal); wire-style speech act, DCT; target not named in the clause"),
            # 1
            ("REJECT", "told", ("An official", "JPN", "GOV"), None, TOK,
             "1987-04-01", "day", None, "asserted", 0,
             "later mention: the ministry's position unchanged despite pressure"),
            # 2
            ("STATEMENT", ("comment", "He declined"), (("He", "He declined"), "JPN", "GOV"), None, TOK,
             "1987-04-01", "day", None, "negated", None, "withheld statement ('declined comment')"),
            # 3
            ("STATEMENT", ("comment", "Watanabe was unavailable"), (("Watanabe", "Watanabe was"), "JPN", "ORG"), None,
             TOK, "1987-04-01", "day", None, "negated", None, "withheld statement ('unavailable for comment')"),
            # 4
            ("REJECT", ("said", "Wireless spokesman"), ("a Cable and Wireless spokesman", "GBR", "BUS"),
             (None, "JPN", "ORG"), ("London", "GBR"),
             "1987-03-31", "day", "yesterday", "asserted", None,
             "latest reported proposals 'unacceptable': rejection of the Japanese (Watanabe's) proposals"),
            # 5
            ("ACCUSE", "charging", ("British Prime Minister Margaret Thatcher", "GBR", "GOV"),
             (("Japan", "charging that"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None, "Japan discriminating against foreigners; standing, undated"),
            # 6
            ("ACCUSE", "vented", ("The United States", "USA", "GOV"), (("Japanese", "it sees"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None, "anger at Japanese attempts to limit foreign participation; undated"),
            # 7
            ("STATEMENT", ("proposed", "Watanabe originally"), (("Watanabe", "Watanabe originally"), "JPN", "ORG"),
             None, None, None, "unknown", None, "asserted", None,
             "original proposal (up to 3.0 pct for Cable and Wireless), as 11a's Watanabe proposals; undated"),
            # 8
            ("REJECT", "opposes", (("Britain", "Britain opposes"), "GBR", "GOV"), (None, "JPN", "ORG"), None,
             None, "unknown", None, "asserted", None, "opposition to the proposed merger; standing, undated"),
        ],
        "skip": [
            ("bow", "content of the refusal"),
            ("give", "content of the refusal"),
            (("pressure", "mounting"), "background nominal in a concessive phrase (British and U.S. pressure)"),
            (("said", "press reports which"), "press talk (unnamed local press)"),
            ("back", "content of press reports"),
            ("cooling", "purpose"),
            (("said", "The press reports"), "press talk"),
            ("propose", "content of press reports"),
            (("given", "Plc be given"), "content of press reports"),
            ("backing", "tacit government backing, stative, relayed by anonymous analysts"),
            ("merge", "background efforts, content of anonymous talk"),
            (("said", "industry analysts"), "anonymous-source talk (analysts)"),
            ("monopoly", "stative"),
            ("has a 20 pct stake", "ownership, no event"),
            ("mooted merger", "hypothetical background nominal"),
            ("taken up", "no clear type (taking up the company's cause; own_blind11a call)"),
            ("discriminating", "content of the accusation"),
            ("limit", "content of the accusation"),
            (("given", "Wireless be given"), "content of the proposal"),
            (("said", "reports said this"), "press talk"),
            ("raised", "content of press reports"),
            ("proposed merger", "background (the proposed merger)"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Ministry of Post and Telecommunications", "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            ("London", "GPE", "GBR"),
            ("Washington", "GPE", "USA"),
            ("British", "NORP", "GBR"),
            ("Fumio Watanabe", "PERSON", "JPN"),
            ("Federation of Economic Organisations", "ORG", "JPN"),
            ("Britain", "GPE", "GBR"),
            ("Cable and Wireless Plc", "ORG", "GBR"),
            (("Watanabe", "Watanabe was"), "PERSON", "JPN"),
            ("Kokusai\nDenwa Denshin", "ORG", "JPN"),
            ("KDD", "ORG", "JPN"),
            (("London", "In London"), "GPE", "GBR"),
            (("Cable and Wireless", "yesterday, a"), "ORG", "GBR"),
            (("Cable and Wireless", "unacceptable."), "ORG", "GBR"),
            (("British", "British Prime"), "NORP", "GBR"),
            ("Margaret Thatcher", "PERSON", "GBR"),
            (("Japan", "charging that"), "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            (("Japanese", "it sees"), "NORP", "JPN"),
            (("Watanabe", "Watanabe originally"), "PERSON", "JPN"),
            (("Cable and Wireless", "originally proposed"), "ORG", "GBR"),
            (("Japanese", "of any"), "NORP", "JPN"),
            (("Britain", "Britain opposes"), "GPE", "GBR"),
        ],
    },
    "reuters21578-3286": {
        "events": [
            ("STATEMENT", "comment", ("Airbus Industrie", None, "BUS"), None, PAR,
             "1987-03-09", "day", None, "negated", None, "'had no comment' on press reports of resumed talks"),
            ("STATEMENT", ("comment", "knowledge of talks"), ("A spokesman", None, "BUS"), None, ("Toulouse", "FRA"),
             "1987-03-09", "day", None, "negated", 0, "quoted restatement of the withheld comment"),
            ("AGREE", "agree", ("the two rivals", None, "BUS"), (None, "USA", "BUS"), None,
             None, "unknown", None, "negated", None,
             "failed to agree (Airbus, McDonnell Douglas); before the autumn break-off, not inside it: undated"),
            ("REQUEST", "wanted", (("McDonnell\nDouglas", "jet. McDonnell"), "USA", "BUS"),
             (("Airbus", "wanted Airbus"), None, "BUS"), None,
             None, "unknown", None, "asserted", None, "wanted Airbus to help build the MD-11; undated"),
            ("REQUEST", "insisted", (("Airbus", "while Airbus"), None, "BUS"),
             (("McDonnell", "insisted McDonnell"), "USA", "BUS"), None,
             None, "unknown", None, "asserted", None, "insisted McDonnell drop the MD-11; undated"),
        ],
        "skip": [
            ("resumed", "content of press reports (not confirmed)"),
            ("joint development", "content of press reports"),
            ("no knowledge", "borderline denial of the reported talks, inside the withheld statement"),
            ("broke off", "ending of business talks: no clear type (own_blind call)"),
            ("help build", "content of the request"),
            ("drop", "content of the request"),
            ("cooperate over", "content of the request"),
        ],
        "entities": [
            ("European", "NORP", None),
            ("Airbus Industrie", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("McDonnell Douglas Corp.", "ORG", "USA"),
            (("Airbus", "spokesman at"), "ORG", None),
            ("Toulouse", "GPE", "FRA"),
            (("McDonnell\nDouglas", "jet. McDonnell"), "ORG", "USA"),
            (("Airbus", "wanted Airbus"), "ORG", None),
            (("Airbus", "while Airbus"), "ORG", None),
            (("McDonnell", "insisted McDonnell"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind12a.jsonl")
