"""Build ``own_blind23b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind23b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,843 left; also minus the 16 stories drawn for own_blind22, 2,827 left); 24 drawn with random.Random(23101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
46 event records (39 first mentions, 7 later mentions), 142 not_annotated spans, 119 entity mentions;
one article without events (17140, anonymous traders' talk only); 12469 (Westpac rate) has reporting-clause
STATEMENTs only. Types: STATEMENT 20, AGREE 5, REQUEST 5, AID 4, CONSULT 4, THREATEN 3, ACCUSE 3,
REJECT 2; modality: asserted 39, planned 5, negated 2; precision: day 27, unknown 12, month 6, year 1.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("U.S. Defence Secretary Caspar Weinberger":
"U.S." GPE and the PERSON; "Iraq's President Saddam Hussein": "Iraq" GPE and the PERSON; "Finance
Secretary Jaime Ongpin": the PERSON); "Reagan administration" gives PERSON "Reagan"; a government body
with its country word is one ORG span ("U.S. State Department", "U.S. Agriculture Department", "U.S.
Navy"), "Foreign Ministry" (Iran's) and "Central Bank" (the Philippines') are ORG mentions; "Tehran
radio" gives only the GPE "Tehran" (lower-case "radio", as 21b's "Canada's energy department");
Westpac Banking Corp (and "Westpac") is ORG AUS as in 21b (the company's name; its New Zealand arm
is the actor, below); Chase Manhattan Bank NA ORG USA; the World Bank, the International Monetary
Fund, the European Community / EC / "EC Commission" ORG null; the Export-Import Bank of Japan ORG JPN
(the country inside the name not tagged separately, as "Development Bank of the Philippines");
the Asset Privatisation Trust / APT, Philippine National Bank / PNB, Development Bank of the
Philippines / DBP and the Manila Standard ORG PHL; David SyCip (heads the Philippine trust) PERSON
PHL; Rolando Arrivillaga (World Bank representative) PERSON null (staff of an international body,
as 21b's David Woods); Reuters and the BBC ORG GBR; USDA, Congress and the Commodity Credit
Corporation ORG USA; the Gulf and the Arabian Sea LOC null; "Moslems" and "Latin American" NORP
null; "Chinese" in "Chinese-made" NORP CHN; "U.S" without its final point is a GPE (21a); weapons
(Silkworm), ships (Kitty Hawk), programmes (GSM-103, GSM-102, the Export Credit Guarantee Program)
and currencies are not entities.

Judgement calls made here:
* 17140 (West German intervention sugar): no event (a negative). Every speaker is anonymous
  ("traders said" four times, "EC Commission sources in Brussels saying"), and the withdrawals of
  sugar from intervention (West German producers, the French producers' expected withdrawal) are the
  content of that talk and intervention sales are market operations (skipped; own_blind's RETREAT
  toward the EC for a withdrawal made in protest is arguable, but no protest is stated here).
  "producer threats to leave the sugar in intervention" is an unnamed group's threat inside the
  traders' causal explanation (skipped; THREATEN arguable). "The EC has so far granted licences for
  2,467,970 tonnes" is export-licence award at the EC tenders (export-subsidy administration, no
  type: own_dev's export bonuses, 20b's 3511); the tonnages are statistics.
* 12469 (Westpac New Zealand lending rate): a commercial bank setting its own indicator lending rate
  is corporate pricing (no type; not a monetary operation of a central bank either), so the three
  reporting clauses ("said it will increase", "said in a statement the increase reflects", "The bank
  said nervousness ...") are STATEMENTs (DCT, WELLINGTON). The speaker "Westpac Banking Corp in New
  Zealand" is coded NZL BUS: the text gives New Zealand for this arm, one of the country's "trading
  banks" (GUIDELINES: a company's country is the one the text gives; AUS for the parent arguable).
  "Liquidity is expected to remain tight" has no speaker (impersonal forecast, skipped).
* 8188 (Iran / Gulf shipping): "Iran said reports that it intended to threaten shipping in the Gulf
  were baseless" is REJECT (denial of an allegation); the reports have no named author, so actor2 is
  null (USA arguable from the U.S. statements below); wire-style "Iran said": DCT, LONDON (dateline;
  location is not scored). "and warned the U.S. And other countries not to interfere" is THREATEN
  (a warning whose consequence, "a strong response", is in the speaker's hands), split IRN -> USA and
  IRN -> the other countries (null), EVENTS.md 12, DCT. "Tehran radio ... quoted a Foreign Ministry
  spokesman as saying any attempt at interference would be met by 'a strong response'" is the
  warning's later mention, relayed ("quoted ... as saying"): undated, trigger "quoted" (own_blind3's
  Khamenei call), actor2 null (no target named in the clause), same_as the null-target record.
  Weinberger "said the U.S. Would do whatever was necessary to keep shipping lanes open in the face of
  new Iranian anti-ship missiles" is a promise with no named counterpart: AGREE USA -> null (13a's
  "vowed to keep the gulf open"; THREATEN toward Iran arguable), DCT; '"We are fully prepared to do
  what's necessary to keep the shipping going ..."' ("Weinberger said in a television interview in
  the U.S.") is its quoted restatement: later mention. "The U.S. State Department said two days ago
  Tehran had been told of U.S. Concern that Iranian anti-ship missiles posed a threat" is ACCUSE USA
  (implied) -> Tehran (concern/complaint conveyed to Iran; THREATEN or STATEMENT arguable), the
  department's "said" rule-3 attribution; "two days ago" is read as dating the saying, so the
  pluperfect telling is undated. "U.S. Officials have said Iran has new Chinese-made ... missiles" is
  a STATEMENT (identifiable officials; "have said" = DCT, EVENTS.md 16; ACCUSE arguable). "The
  Iranian spokesman said the reports ... were 'misleading propaganda'" is the denial's later mention
  (DCT). "He said Iraq's President Saddam Hussein was the main cause of tension" is ACCUSE IRN ->
  IRQ (DCT) and "and said Iran would continue to use 'all its legitimate means to stem the cause of
  tension'" a separate STATEMENT (a declaration of continued policy, no warning or condition;
  THREATEN toward Iraq arguable). The quote '"We aren't going into any disclosures or discussions of
  what might happen, but we are certainly very sympathetic to ... any suggestions for our
  assistance ...," he said' is one STATEMENT (DCT; the refusal to discuss contingencies is skipped,
  withheld STATEMENT arguable; the hypothetical assistance has no named recipient); "Weinberger said
  U.S warship movements in the Gulf area were not unusual" a STATEMENT (the movements are its
  content, MOBILIZE arguable). "A U.S. Navy battle group ... is currently in the northern Arabian
  Sea" is a stative presence with no deployment verb (skipped; MOBILIZE arguable). "The Iranian
  spokesman was quoted by Tehran radio as saying the U.S. Was trying to build up its military
  presence" is ACCUSE IRN -> USA, relayed: undated, trigger "quoted".
* 1295 (CCC credits for Morocco): "The Commodity Credit Corporation has approved an additional 45.0
  mln dlrs under its ... export credit guarantee program, GSM-103, for sales of U.S. wheat to
  Morocco" is AID USA -> MAR (credit guarantees, as own_blind's 14512), no time expression: undated
  (rule 17), USDA's "said" rule-3 attribution. "The department also said the guarantee line ...
  GSM-102, has been decreased 45.0 mln dlrs to 60.0 mln" is a STATEMENT (DCT, WASHINGTON): the cut
  matches the GSM-103 increase (a reallocation between programme lines), so the decrease is skipped
  (SANCTION as an aid cut or RETREAT arguable). Credit terms and the registration/export deadline are
  the programme's conditions.
* 1882 (USDA price floors): "The package of proposed farm policy changes that the Reagan
  administration sent to Congress today" is REQUEST USA -> USA (Congress), 1987-03-04 by "today"
  (17a's "USDA today transmitted to Congress a package of legislative proposals", the same package);
  the provisions (eliminating price floors, a 10 pct permissible cut) are its content (domestic price
  policy). "a provision, outlined in advance by USDA officials" is a STATEMENT by identifiable
  officials, undated ("in advance" of today's package gives no value; not a wire-style "said").
  "obtained by Reuters" has no type; "USDA's intention to propose scrapping price floors ... had not
  been disclosed previously" is a novelty remark (skipped; withheld STATEMENT, undated, arguable).
* 5860 (World Bank loan to the Philippines): every "said" is by "Central Bank sources" / "the
  sources" / "They" (anonymous, skipped), but events with an identifiable agent inside that talk are
  coded (as earlier sets' events relayed by anonymous sources). "The World Bank is expected to approve
  a 310 mln dlr economic recovery loan for the Philippines at a meeting of its executive board today
  in Washington" is AID planned, 1987-03-17 ("today"), Washington (the board meeting itself is an
  internal meeting, skipped). "the loan, agreed upon in principle last September during a visit to
  the United States by President Corazon Aquino": AGREE PHL (implied) -> World Bank (implied, null
  IGO), 1986-09, and the visit a CONSULT PHL -> USA with its own agent and date (EVENTS.md 11),
  1986-09 (the visit's month), located in the United States. The government's delays in fulfilling
  conditions and the late submission of documents have no type. "the World Bank had insisted the two
  banks appoint independent auditors and draft revised charters" is REQUEST null -> the two
  state-owned banks (PHL BUS, EVENTS.md 15), undated; "It also laid down several conditions for an
  Asset Privatisation Trust (APT) planned by the government" REQUEST null -> the government (PHL GOV),
  undated; "the World Bank wanted respected private sector individuals to be appointed to the APT, and
  immunity ..." and "It wanted a clause saying buyers ... could not be prosecuted" spell out those
  conditions: later mentions of the conditions' REQUEST. The APT's setting-up "in January" and its
  head are domestic (skipped). "The Manila Standard newspaper quoted Rolando Arrivillaga ... as saying
  the loan would be in three 100 mln dlr tranches" is a STATEMENT (loan terms), relayed: undated,
  trigger "quoted" (own_blind3); "Arrivillaga said the remaining 10 mln dlrs was ... technical
  assistance" is wire style: STATEMENT, DCT, MANILA (13a's N'Diaye call); both null IGO (World Bank
  staff). "Finance Secretary Jaime Ongpin has said approval of the loan will trigger another 300 mln
  dlr loan expected from the Export-Import Bank of Japan" is AID JPN (the bank, GOV as a state export
  credit agency; kind not scored) -> PHL (implied) planned, undated, "has said" rule-3 attribution.
  "negotiations would start in April on another 150 mln dlr loan from the World Bank" is CONSULT PHL
  (implied) -> World Bank, planned, 1987-04 ("in April", future); "the World Bank is expected to
  approve the loan by August" is AID planned null -> PHL (implied), 1987-08 ("by August" at its month,
  as EVENTS.md 21's "by early May"); the review of the government's institutions has no type.
* 253 (Canada-Egypt wheat): published 1987-03-01 21:29 with the dateline "CAIRO, March 2": the DCT is
  1987-03-01 (own_blind3 call). "Canadian and Egyptian wheat negotiators failed to conclude an
  agreement on Canadian wheat exports to Egypt during talks last week" is AGREE CAN -> EGY negated
  (trigger the event noun "agreement" after the light verb "conclude"; the parties named in one
  compound, CAN first) and CONSULT CAN -> EGY asserted on "talks" (the Canadian team the visitor:
  "will return to Cairo"), both 1987-02 ("last week": the week before 1 March, at month precision,
  EVENTS.md 21), located in Cairo. "but the Canadian team will return to Cairo for further
  negotiations" is CONSULT planned CAN -> EGY (implied), undated (no time expression); the embassy
  officials' "said" is rule-3 attribution. "An embassy official declined to identify which issues
  remained to be resolved and when the talks would resume" is a withheld STATEMENT (negated, DCT,
  CAIRO; the Canadian embassy's official, CAN GOV). "In a five-year protocol signed in 1985, Cairo
  agreed to purchase 500,000 tonnes of Canadian wheat a year" is one AGREE EGY -> CAN (implied) on
  "agreed", 1985 (year, "signed in 1985" dates the protocol that holds the commitment); the purchase is
  its content (EVENTS.md 8).
* 4226 (Rockefeller on Brazil): "said an accommodation would be found between Brazil and its
  commercial bank creditors" is a forecast: STATEMENT (Rockefeller USA BUS, the Chase committee
  chairman), DCT, FRANKFURT, the accommodation skipped as content (AGREE planned arguable); the quote
  '"... I am very hopeful that we would find an accommodation." Rockefeller told bankers at a
  luncheon' is its quoted restatement (later mention; the "talking" in it is content, CONSULT planned
  arguable), and "and said an accord would be reached in the current circumstances just as it had
  been then" a second restatement (later mention). "Brazil announced on February 20 that it was
  suspending interest repayments" is a STATEMENT dated 1987-02-20 (the suspension has no type,
  EVENTS.md 10). "Rockefeller said the recent tour by ... Funaro of major industrial nations was a
  sign that Brazil wanted to be cooperative" is a STATEMENT (the tour a background nominal, "recent"
  has no value; CONSULT arguable); "But it was notable that Funaro did not meet with the creditors
  ..., he added" a STATEMENT (an observation; ACCUSE of Brazil arguable; the non-meeting is its
  content, CONSULT negated arguable). "Rockefeller reminded bankers of the depth of concern ... at the
  Toronto World Bank/International Monetary Fund meeting in 1982" is a STATEMENT (the 1982 meeting a
  background nominal), and the closing quote's "he added" a STATEMENT. The financial sources'
  forecast of a U.S. regulators' downgrade (SANCTION arguable, 4b) and the banks' accounting are
  anonymous / hypothetical (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WEL = ("WELLINGTON", "NZL")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
MAN = ("MANILA", "PHL")
CAI = ("CAIRO", "EGY")
FRA = ("FRANKFURT", "DEU")
US_LOC = ("U.S.", "USA")
WASHINGTON = ("Washington", "USA")
UNITED_STATES = ("United States", "USA")
CAIRO = ("Cairo", "EGY")

IRAN = ("Iran", "IRN", "GOV")
WEINBERGER = ("U.S. Defence Secretary Caspar Weinberger", "USA", "GOV")
IRANIAN_SPOKESMAN = (("The Iranian spokesman", "The Iranian spokesman said"), "IRN", "GOV")
HE_IRAN = (("He", "He said Iraq's"), "IRN", "GOV")
WB_IMPLIED = (None, None, "IGO")
PHL_IMPLIED = (None, "PHL", "GOV")
ARRIVILLAGA = ("Rolando Arrivillaga", None, "IGO")
NEGOTIATORS = ("Canadian and Egyptian wheat negotiators", "CAN", "GOV")
EGYPTIAN = (("Egyptian", "Canadian and Egyptian"), "EGY", "GOV")
ROCKEFELLER = ("David Rockefeller", "USA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17140": {
        "events": [],
        "skip": [
            ("withdrawing", "content of anonymous traders' talk (withdrawal from intervention: market operation; "
             "RETREAT toward the EC arguable, as own_blind's protest withdrawal)"),
            ("obtaining", "content of anonymous talk (export licences)"),
            (("said", "licences for it, traders"), "anonymous-source talk (traders)"),
            ("responding", "anonymous traders' reaction"),
            ("saying", "anonymous-source talk (EC Commission sources)"),
            ("withdrawn", "content of anonymous talk (market operation)"),
            ("put into intervention", "background: sales into intervention (market operation)"),
            (("said", "The traders said"), "anonymous-source talk (traders)"),
            (("put", "who put"), "background: sales into intervention (market operation)"),
            (("withdraw", "who put over"), "anonymous traders' forecast (market operation)"),
            ("accept payment", "content of anonymous talk"),
            (("said", "Earlier this week traders"), "anonymous-source talk (traders)"),
            ("stepping up", "export-licence awards (export-subsidy administration), content of anonymous talk"),
            (("granted", "being granted"), "export-licence awards at EC tenders (export-subsidy administration, no type)"),
            ("threats", "unnamed producers' threats inside the traders' causal explanation (THREATEN arguable)"),
            ("leave", "content of the threats"),
            ("desire", "content of anonymous talk"),
            (("move", "desire to"), "market activity, content of anonymous talk"),
            (("start", "crop tenders"), "EC tender schedule (export-subsidy administration)"),
            (("granted", "so far"), "export-licence awards (export-subsidy administration, no type; 20b's 3511)"),
            ("targetted", "statistics (export target)"),
            ("indicate", "inference in anonymous talk"),
            (("moved", "continuing to be"), "market activity, content of anonymous talk"),
            ("attract", "content of anonymous talk"),
            (("said", "export licences, traders"), "anonymous-source talk (traders)"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("European Community", "ORG", None),
            (("EC", "Community ("), "ORG", None),
            ("EC Commission", "ORG", None),
            ("Brussels", "GPE", "BEL"),
            (("West German", "saying West German"), "NORP", "DEU"),
            ("French", "NORP", "FRA"),
            (("EC", "granted by the"), "ORG", None),
            (("EC", "The EC has"), "ORG", None),
        ],
    },
    "reuters21578-12469": {
        "events": [
            ("STATEMENT", "said", ("Westpac Banking Corp in New Zealand", "NZL", "BUS"), None, WEL,
             "1987-04-02", "day", None, "asserted", None,
             "announcement of its own indicator lending-rate increase from April 7 (a commercial bank's pricing: "
             "no type); the New Zealand arm as the text gives it (AUS for the parent arguable)"),
            ("STATEMENT", ("said", "Westpac said"), (("Westpac", "Westpac said"), "NZL", "BUS"), None, WEL,
             "1987-04-02", "day", None, "asserted", None, "the increase reflects high funding costs"),
            ("STATEMENT", ("said", "The bank said"), ("The bank", "NZL", "BUS"), None, WEL,
             "1987-04-02", "day", None, "asserted", None,
             "assessment: nervousness in the wholesale deposit market creates uncertainty about rates"),
        ],
        "skip": [
            ("increase", "a commercial bank's own lending-rate change (corporate pricing, no type)"),
            ("statement", "part of the reporting clause"),
            (("increase", "statement the"), "anaphoric nominal (the rate increase)"),
            ("reflects", "content of the statement"),
            ("creating", "content of the statement"),
            ("expected", "impersonal forecast with no speaker"),
            ("put upward", "content of the impersonal forecast"),
            ("range", "statistics (other banks' rates)"),
        ],
        "entities": [
            ("Westpac Banking Corp", "ORG", "AUS"),
            ("New Zealand", "GPE", "NZL"),
            (("Westpac", "Westpac said"), "ORG", "AUS"),
        ],
    },
    "reuters21578-8188": {
        "events": [
            # 0
            ("REJECT", "said", IRAN, None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "denial: reports that Iran intended to threaten Gulf shipping are baseless (reports of no named "
             "author: actor2 null, USA arguable); wire-style 'Iran said': DCT"),
            # 1
            ("THREATEN", "warned", IRAN, (("U.S.", "warned the"), "USA", "GOV"), LON,
             "1987-03-23", "day", None, "asserted", None,
             "warned the U.S. not to interfere (consequence: 'a strong response'); compound split: USA"),
            # 2
            ("THREATEN", "warned", IRAN, ("other countries", None, "GOV"), LON,
             "1987-03-23", "day", None, "asserted", None, "warning, compound split: the other countries (a group, null)"),
            # 3
            ("THREATEN", "quoted", ("a Foreign Ministry spokesman", "IRN", "GOV"), None, None,
             None, "unknown", None, "asserted", 2,
             "later mention: the quoted warning (any interference met by a strong response), relayed by Tehran radio "
             "('quoted ... as saying'): undated; no target named in the clause"),
            # 4
            ("AGREE", ("said", "apparently unrelated"), WEINBERGER, None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "promise: the U.S. would do whatever necessary to keep shipping lanes open (13a's 'vowed to keep the "
             "gulf open'; THREATEN toward Iran arguable); no named counterpart"),
            # 5
            ("ACCUSE", "told", (None, "USA", "GOV"), (("Tehran", "two days ago"), "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "U.S. concern that Iranian missiles threaten oil flow conveyed to Tehran (complaint; THREATEN/STATEMENT "
             "arguable); the State Department's 'said two days ago' is rule-3 attribution dating the saying, the "
             "pluperfect telling is undated"),
            # 6
            ("STATEMENT", ("said", "U.S. Officials have"), ("U.S. Officials", "USA", "GOV"), None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "Iran has new Chinese-made Silkworm missiles ('have said' = DCT, EVENTS.md 16; ACCUSE arguable)"),
            # 7
            ("REJECT", ("said", "The Iranian spokesman said"), IRANIAN_SPOKESMAN, None, LON,
             "1987-03-23", "day", None, "asserted", 0,
             "later mention of the denial: the reports are 'misleading propaganda'"),
            # 8
            ("ACCUSE", ("said", "He said Iraq's"), HE_IRAN, ("Iraq's President Saddam Hussein", "IRQ", "GOV"), LON,
             "1987-03-23", "day", None, "asserted", None, "Saddam Hussein the main cause of tension in the Gulf"),
            # 9
            ("STATEMENT", ("said", "tension in the Gulf and"), HE_IRAN, None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "Iran will continue to use all legitimate means to stem the cause of tension (declaration of policy; "
             "THREATEN toward Iraq arguable)"),
            # 10
            ("AGREE", ("said", "Weinberger said in"), (("Weinberger", "Weinberger said in"), "USA", "GOV"), None,
             US_LOC, "1987-03-23", "day", None, "asserted", 4,
             "later mention: quoted restatement 'We are fully prepared to do what's necessary' (TV interview in the U.S.)"),
            # 11
            ("STATEMENT", ("said", "that area,\" he"), (("he", "that area,\" he"), "USA", "GOV"), None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "no disclosure of contingencies, sympathetic to suggestions for U.S. assistance (no named recipient)"),
            # 12
            ("STATEMENT", ("said", "Weinberger said U.S"), (("Weinberger", "Weinberger said U.S"), "USA", "GOV"), None,
             LON, "1987-03-23", "day", None, "asserted", None, "assessment: U.S. warship movements in the Gulf not unusual"),
            # 13
            ("ACCUSE", ("quoted", "was quoted"), (("The Iranian spokesman", "The Iranian spokesman was"), "IRN", "GOV"),
             (("U.S.", "as saying the"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. is trying to build up its military presence (allegation); relayed by Tehran radio: undated"),
        ],
        "skip": [
            ("reports", "object of the denial"),
            ("threaten", "content of the denied reports"),
            ("interfere", "content of the warning"),
            ("monitored", "BBC monitoring of the broadcast: no type"),
            ("attempt", "condition of the threat"),
            ("remarks", "part of the reporting clause"),
            ("broadcast", "anaphoric nominal (the radio broadcast)"),
            (("keep", "necessary to"), "content of the promise"),
            (("said", "State Department said"), "rule-3 attribution (the concern conveyed to Tehran is the event)"),
            ("Concern", "object of the complaint"),
            ("posed", "content of the complaint"),
            (("has", "have said Iran"), "stative (possession), content of the statement"),
            (("pose", "which pose"), "stative, content of the statement"),
            ("used before", "generic, content of the statement"),
            (("reports", "spokesman said the"), "object of the denial (anaphoric)"),
            ("attack", "content of the denied reports"),
            (("continue", "Iran would"), "content of the statement"),
            ("stem", "content of the statement"),
            ("television interview", "venue of the statement"),
            (("keep", "necessary to keep the shipping"), "content of the promise"),
            ("disclosures or discussions", "refusal to discuss contingencies inside the quote (withheld STATEMENT "
             "arguable)"),
            ("sympathetic", "the same act as 'said'"),
            ("listening", "the same act as 'said'"),
            ("suggestions", "hypothetical requests by unnamed parties"),
            ("assistance", "hypothetical assistance with no named recipient (content)"),
            ("movements", "content of the statement (U.S. warship movements; MOBILIZE arguable)"),
            ("is currently in", "stative presence of a U.S. battle group, no deployment verb (MOBILIZE arguable)"),
            ("build up", "content of the accusation"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            ("Gulf", "LOC", None),
            (("U.S.", "warned the"), "GPE", "USA"),
            ("Tehran", "GPE", "IRN"),
            ("BBC", "ORG", "GBR"),
            ("Foreign Ministry", "ORG", "IRN"),
            (("Iran", "strong response from"), "GPE", "IRN"),
            ("Moslems", "NORP", None),
            (("U.S.", "U.S. Defence"), "GPE", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            (("U.S.", "broadcast, said the"), "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            (("Gulf", "missiles in the"), "LOC", None),
            ("U.S. State Department", "ORG", "USA"),
            (("Tehran", "two days ago"), "GPE", "IRN"),
            (("U.S.", "told of"), "GPE", "USA"),
            (("Iranian", "Concern that"), "NORP", "IRN"),
            (("Gulf", "oil from the"), "LOC", None),
            (("U.S.", "U.S. Officials"), "GPE", "USA"),
            (("Iran", "have said Iran"), "GPE", "IRN"),
            ("Chinese", "NORP", "CHN"),
            (("Iranian", "The Iranian spokesman said"), "NORP", "IRN"),
            (("Iran", "the reports that Iran"), "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            ("Saddam Hussein", "PERSON", "IRQ"),
            (("Gulf", "tension in the Gulf"), "LOC", None),
            (("Iran", "said Iran would"), "GPE", "IRN"),
            (("Weinberger", "Weinberger said in"), "PERSON", "USA"),
            (("U.S.", "interview in the"), "GPE", "USA"),
            (("Weinberger", "Weinberger said U.S"), "PERSON", "USA"),
            (("U.S", "Weinberger said U.S"), "GPE", "USA"),
            (("Gulf", "warship movements in the"), "LOC", None),
            ("U.S. Navy", "ORG", "USA"),
            ("Arabian Sea", "LOC", None),
            (("Iranian", "The Iranian spokesman was"), "NORP", "IRN"),
            (("Tehran", "quoted by"), "GPE", "IRN"),
            (("U.S.", "as saying the"), "GPE", "USA"),
        ],
    },
    "reuters21578-1295": {
        "events": [
            ("AID", "approved", ("The Commodity Credit Corporation", "USA", "GOV"), ("Morocco", "MAR", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "additional 45 mln dlrs of GSM-103 credit guarantees for wheat sales to Morocco (own_blind's 14512); "
             "no time expression (rule 17); USDA's 'said' is attribution"),
            ("STATEMENT", ("said", "The department also"), ("The department", "USA", "GOV"), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "the GSM-102 guarantee line decreased by 45 mln dlrs (a reallocation matching the GSM-103 increase: no "
             "type)"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the credit guarantees are the event)"),
            ("action", "anaphoric nominal (the approval)"),
            ("increases", "effect on the programme total (statistics)"),
            ("extended", "programme terms (generic)"),
            ("registered", "condition of the programme"),
            ("exported", "condition of the programme"),
            ("decreased", "cut of a guarantee line matching the GSM-103 increase (reallocation; SANCTION as an aid "
             "cut or RETREAT arguable)"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Morocco", "GPE", "MAR"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("Morocco", "increases"), "GPE", "MAR"),
            (("U.S.", "guarantee line for"), "GPE", "USA"),
        ],
    },
    "reuters21578-1882": {
        "events": [
            ("REQUEST", "sent", ("the Reagan administration", "USA", "GOV"), ("Congress", "USA", "GOV"), None,
             "1987-03-04", "day", "today", "asserted", None,
             "package of legislative proposals sent to Congress (the executive asking the legislature to enact "
             "bills, 17a's 'transmitted to Congress')"),
            ("STATEMENT", "outlined", ("USDA officials", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "USDA officials outlined the price-support provision in advance ('in advance' gives no value; not a "
             "wire-style 'said')"),
        ],
        "skip": [
            ("includes", "stative (the package's content)"),
            ("eliminate", "content of the package (domestic price policy)"),
            ("obtained", "Reuters obtaining the document: no type"),
            (("includes", "also"), "stative (the package's content)"),
            (("increase", "would"), "content of the package (domestic price policy)"),
            (("cut", "cannot be"), "current law (generic)"),
            ("intention", "content (USDA's plan, the package)"),
            (("propose", "intention to"), "content (the proposal is the package)"),
            ("scrapping", "content (domestic price policy)"),
            ("disclosed", "novelty remark: not disclosed before (withheld STATEMENT, undated, arguable)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Congress", "ORG", "USA"),
            ("Reuters", "ORG", "GBR"),
            ("USDA", "ORG", "USA"),
            (("USDA", "USDA's intention"), "ORG", "USA"),
        ],
    },
    "reuters21578-5860": {
        "events": [
            # 0
            ("AID", "approve", ("The World Bank", None, "IGO"), ("the Philippines", "PHL", "GOV"), WASHINGTON,
             "1987-03-17", "day", "today", "planned", None,
             "expected approval of a 310 mln dlr loan at the board meeting today in Washington (relayed by "
             "anonymous Central Bank sources; the agent is identifiable)"),
            # 1
            ("AGREE", "agreed", PHL_IMPLIED, WB_IMPLIED, UNITED_STATES,
             "1986-09", "month", "September", "asserted", None,
             "the loan agreed in principle last September (parties implied: the Philippines and the World Bank)"),
            # 2
            ("CONSULT", "visit", ("President Corazon Aquino", "PHL", "GOV"), ("the United States", "USA", "GOV"),
             UNITED_STATES, "1986-09", "month", "September", "asserted", None,
             "Aquino's visit to the United States (nominal with its own agent and date, EVENTS.md 11)"),
            # 3
            ("REQUEST", "insisted", (("the World Bank", "They said the World Bank"), None, "IGO"),
             ("the two banks", "PHL", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "insisted the two state-owned banks appoint auditors and draft charters; pluperfect, no time expression"),
            # 4
            ("REQUEST", "laid down", (("It", "It also laid"), None, "IGO"), (("the government", "planned by"), "PHL", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "conditions for the government's planned asset trust (APT); no time expression"),
            # 5
            ("REQUEST", "wanted", (("the World Bank", "The sources said the World Bank wanted"), None, "IGO"),
             PHL_IMPLIED, None, None, "unknown", None, "asserted", 4,
             "later mention: the conditions for the APT (private-sector appointees, immunity)"),
            # 6
            ("REQUEST", ("wanted", "It wanted"), (("It", "It wanted"), None, "IGO"), PHL_IMPLIED, None,
             None, "unknown", None, "asserted", 4, "later mention: a no-prosecution clause for buyers of the assets"),
            # 7
            ("STATEMENT", "quoted", ARRIVILLAGA, None, None,
             None, "unknown", None, "asserted", None,
             "loan terms (three tranches); relayed by the Manila Standard ('quoted ... as saying'): undated"),
            # 8
            ("STATEMENT", ("said", "Arrivillaga said"), (("Arrivillaga", "Arrivillaga said"), None, "IGO"), None, MAN,
             "1987-03-17", "day", None, "asserted", None, "loan terms: 10 mln dlrs of technical assistance (wire style: DCT)"),
            # 9
            ("AID", ("loan", "300 mln dlr"), ("the Export-Import Bank of Japan", "JPN", "GOV"), PHL_IMPLIED, None,
             None, "unknown", None, "planned", None,
             "another 300 mln dlr loan expected from the Japanese Ex-Im Bank once the World Bank approves; 'has said' is "
             "attribution; no time expression"),
            # 10
            ("CONSULT", "negotiations", PHL_IMPLIED, (("the World Bank", "150 mln dlr loan from"), None, "IGO"), None,
             "1987-04", "month", "April", "planned", None,
             "negotiations to start in April on another 150 mln dlr World Bank loan (anonymous sources' report)"),
            # 11
            ("AID", ("approve", "approve the loan by"), (("the World Bank", "The sources said the World Bank is"), None, "IGO"),
             PHL_IMPLIED, None, "1987-08", "month", "August", "planned", None,
             "expected approval of the 150 mln dlr loan by August (EVENTS.md 21's 'by early May')"),
        ],
        "skip": [
            ("said", "anonymous-source talk (Central Bank sources)"),
            ("meeting", "internal meeting of a single body (the World Bank's executive board)"),
            (("said", "The sources said the loan"), "anonymous-source talk"),
            (("loan", "The sources said the"), "anaphoric nominal"),
            ("held up", "delay: no type"),
            ("delays", "no type (the government's delays)"),
            ("fulfilling", "content (compliance with conditions)"),
            (("said", "They said the documents"), "anonymous-source talk"),
            ("required", "background (the World Bank's documentary requirements)"),
            ("submitted", "late submission of documents: compliance, no type"),
            (("said", "The sources said the loan is"), "anonymous-source talk"),
            ("needed", "assessment inside anonymous talk"),
            ("rehabilitate", "purpose (content of anonymous talk)"),
            ("burdened", "stative"),
            (("said", "They said the World Bank"), "anonymous-source talk"),
            ("appoint", "content of the demand"),
            ("draft", "content of the demand"),
            (("planned", "(APT)"), "the government's planned trust: domestic measure"),
            ("dispose", "purpose (domestic asset sales)"),
            (("said", "assets, the sources"), "anonymous-source talk"),
            ("set up", "setting up a domestic trust: no type"),
            ("headed", "stative"),
            (("said", "The sources said the World Bank wanted"), "anonymous-source talk"),
            ("appointed", "content of the demand"),
            ("immunity", "content of the demand"),
            ("prosecuted", "content of the demanded clause"),
            (("available", "The first tranche"), "loan terms with no reporting clause"),
            (("available", "assistance"), "content of the statement"),
            (("said", "Ongpin has"), "rule-3 attribution (the Japanese loan is the event)"),
            (("approval", "has said"), "anaphoric nominal (the World Bank approval)"),
            ("trigger", "causal link (the expected loan is coded on 'loan')"),
            (("said", "The Central Bank sources said negotiations"), "anonymous-source talk"),
            (("loan", "another 150 mln"), "object of the negotiations"),
            ("implement", "purpose of the loan"),
            (("said", "The sources said the World Bank is"), "anonymous-source talk"),
            ("review", "the World Bank's review of domestic institutions: no type"),
            ("rely", "generic (budgetary support)"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Philippines", "GPE", "PHL"),
            ("Washington", "GPE", "USA"),
            ("Central Bank", "ORG", "PHL"),
            ("United States", "GPE", "USA"),
            ("Corazon Aquino", "PERSON", "PHL"),
            (("Philippine", "held up by"), "NORP", "PHL"),
            (("World Bank", "required by the"), "ORG", None),
            ("Manila", "GPE", "PHL"),
            ("Philippine National Bank", "ORG", "PHL"),
            ("PNB", "ORG", "PHL"),
            ("Development Bank of the Philippines", "ORG", "PHL"),
            ("DBP", "ORG", "PHL"),
            (("World Bank", "They said the World Bank"), "ORG", None),
            ("Asset Privatisation Trust", "ORG", "PHL"),
            (("APT", "(APT)"), "ORG", "PHL"),
            (("APT", "The APT"), "ORG", "PHL"),
            ("David SyCip", "PERSON", "PHL"),
            (("World Bank", "The sources said the World Bank wanted"), "ORG", None),
            (("APT", "appointed to the"), "ORG", "PHL"),
            ("Manila Standard", "ORG", "PHL"),
            ("Rolando Arrivillaga", "PERSON", None),
            (("World Bank", "Arrivillaga,"), "ORG", None),
            (("Philippines", "representative in the"), "GPE", "PHL"),
            (("Arrivillaga", "Arrivillaga said"), "PERSON", None),
            ("Jaime Ongpin", "PERSON", "PHL"),
            ("Export-Import Bank of Japan", "ORG", "JPN"),
            (("Central Bank", "The Central Bank"), "ORG", "PHL"),
            (("World Bank", "150 mln dlr loan from the"), "ORG", None),
            (("World Bank", "The sources said the World Bank is"), "ORG", None),
        ],
    },
    "reuters21578-253": {
        "events": [
            # 0
            ("AGREE", "agreement", NEGOTIATORS, EGYPTIAN, CAIRO,
             "1987-02", "month", "last week", "negated", None,
             "failed to conclude an agreement on Canadian wheat exports during talks last week (negated; parties of one "
             "compound, CAN first); 'said' is attribution"),
            # 1
            ("CONSULT", "talks", NEGOTIATORS, EGYPTIAN, CAIRO,
             "1987-02", "month", "last week", "asserted", None,
             "wheat talks last week (the week before 1 March, at month precision); Canada the visiting side "
             "('will return to Cairo')"),
            # 2
            ("CONSULT", "return", ("the Canadian team", "CAN", "GOV"), (None, "EGY", "GOV"), CAIRO,
             None, "unknown", None, "planned", None,
             "the Canadian team will return to Cairo for further negotiations; no time expression"),
            # 3
            ("STATEMENT", "identify", ("An embassy official", "CAN", "GOV"), None, CAI,
             "1987-03-01", "day", None, "negated", None,
             "withheld statement: declined to identify open issues and when talks resume (DCT = published_at date)"),
            # 4
            ("AGREE", "agreed", (("Cairo", "1985, Cairo"), "EGY", "GOV"), (None, "CAN", "GOV"), None,
             "1985", "year", "1985", "asserted", None,
             "five-year protocol signed in 1985: Cairo agreed to buy 500,000 tonnes of Canadian wheat a year"),
        ],
        "skip": [
            ("exports", "content of the agreement (wheat sales)"),
            ("said", "rule-3 attribution (the failed agreement, the talks and the planned return are the events)"),
            ("resolved", "content of the withheld statement"),
            (("talks", "when the"), "anaphoric nominal (the resumed talks, content of the withheld statement)"),
            ("resume", "content of the withheld statement"),
            ("purchase", "content of the agreement (EVENTS.md 8)"),
        ],
        "entities": [
            ("Canadian", "NORP", "CAN"),
            ("Egyptian", "NORP", "EGY"),
            (("Canadian", "agreement on"), "NORP", "CAN"),
            (("Egypt", "exports to"), "GPE", "EGY"),
            (("Canadian", "but the"), "NORP", "CAN"),
            ("Cairo", "GPE", "EGY"),
            (("Canadian", "further negotiations,"), "NORP", "CAN"),
            (("Cairo", "in 1985,"), "GPE", "EGY"),
            (("Canadian", "tonnes of"), "NORP", "CAN"),
        ],
    },
    "reuters21578-4226": {
        "events": [
            # 0
            ("STATEMENT", "said", ROCKEFELLER, None, FRA,
             "1987-03-12", "day", None, "asserted", None,
             "forecast: an accommodation will be found between Brazil and its bank creditors (AGREE planned arguable)"),
            # 1
            ("STATEMENT", "told", (("Rockefeller", "Rockefeller told"), "USA", "BUS"), None, FRA,
             "1987-03-12", "day", None, "asserted", 0,
             "later mention: quoted restatement of the forecast, to bankers at a luncheon"),
            # 2
            ("STATEMENT", "announced", (("Brazil", "Brazil announced"), "BRA", "GOV"), None, None,
             "1987-02-20", "day", "on February 20", "asserted", None,
             "announced the suspension of interest payments (the suspension has no type, EVENTS.md 10)"),
            # 3
            ("STATEMENT", ("said", "Rockefeller said the recent"), (("Rockefeller", "Rockefeller said the recent"), "USA", "BUS"),
             None, FRA, "1987-03-12", "day", None, "asserted", None,
             "assessment: Funaro's tour a sign Brazil wants to be cooperative"),
            # 4
            ("STATEMENT", "added", (("he", "commercial bankers, he"), "USA", "BUS"), None, FRA,
             "1987-03-12", "day", None, "asserted", None,
             "observation: Funaro did not meet the commercial bankers (ACCUSE of Brazil arguable)"),
            # 5
            ("STATEMENT", "reminded", (("Rockefeller", "Rockefeller reminded"), "USA", "BUS"), None, FRA,
             "1987-03-12", "day", None, "asserted", None, "the depth of concern over Latin American debt in 1982"),
            # 6
            ("STATEMENT", ("said", "1982, and said"), (("Rockefeller", "Rockefeller reminded"), "USA", "BUS"), None, FRA,
             "1987-03-12", "day", None, "asserted", 0, "later mention: restatement of the forecast (an accord will be reached)"),
            # 7
            ("STATEMENT", ("added", "stop,\" he"), (("he", "stop,\" he"), "USA", "BUS"), None, FRA,
             "1987-03-12", "day", None, "asserted", None, "assessment: Brazil has no interest in seeing its credit cut off"),
        ],
        "skip": [
            ("accommodation", "content of the forecast (AGREE planned arguable)"),
            ("solve", "content of the forecast"),
            ("halt", "Brazil's payment halt (no type, EVENTS.md 10)"),
            ("talking", "content of the quoted forecast (CONSULT planned arguable)"),
            (("find an accommodation", "hopeful that we would"), "content of the quoted forecast"),
            ("luncheon", "venue of the statement"),
            ("suspending", "payment suspension (no type, EVENTS.md 10)"),
            ("tour", "background nominal ('recent': no value; CONSULT arguable)"),
            ("cooperative", "content of the statement"),
            ("meet", "content of the statement (CONSULT negated arguable)"),
            ("moratorium", "background nominal (the payment freeze)"),
            ("downgrade", "hypothetical regulatory action in anonymous talk (SANCTION arguable)"),
            (("said", "financial sources"), "anonymous-source talk (financial sources)"),
            ("require", "hypothetical consequence (bank accounting)"),
            ("cease accruing", "corporate accounting (hypothetical)"),
            ("set aside", "corporate accounting (hypothetical)"),
            ("concern", "content of the statement (1982)"),
            (("meeting", "Monetary Fund"), "background nominal (the 1982 World Bank/IMF meeting)"),
            ("reached", "content of the forecast (AGREE planned arguable)"),
            ("cut off", "content of the quote"),
            (("stop", "obligations"), "content of the quote"),
        ],
        "entities": [
            ("David Rockefeller", "PERSON", "USA"),
            ("Chase Manhattan Bank NA", "ORG", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("Brazilian", "NORP", "BRA"),
            (("Rockefeller", "Rockefeller told"), "PERSON", "USA"),
            (("Brazil", "Brazil announced"), "GPE", "BRA"),
            (("Rockefeller", "Rockefeller said the recent"), "PERSON", "USA"),
            (("Brazilian", "tour by"), "NORP", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            (("Brazil", "sign that"), "GPE", "BRA"),
            (("Funaro", "notable that"), "PERSON", "BRA"),
            (("Brazil", "Brazil's moratorium"), "GPE", "BRA"),
            ("U.S.", "GPE", "USA"),
            (("Brazilian", "downgrade"), "NORP", "BRA"),
            (("Rockefeller", "Rockefeller reminded"), "PERSON", "USA"),
            ("Latin American", "NORP", None),
            ("Toronto", "GPE", "CAN"),
            ("World Bank", "ORG", None),
            ("International\nMonetary Fund", "ORG", None),
            (("Brazilian", "(Brazilian"), "NORP", "BRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind23b.jsonl")
