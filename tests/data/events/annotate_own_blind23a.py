"""Build ``own_blind23a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind23a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,843 left; also minus the 16 stories drawn for own_blind22, 2,827 left); 24 drawn with random.Random(23101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
46 event records (42 first mentions, 4 later mentions), 120 not_annotated spans, 99 entity mentions;
no article without events; 3745 (Turkish bank facility), 6660 (Amoco well) and 7642 (Baltic ice) have
reporting-clause STATEMENTs only. Types: STATEMENT 31, AGREE 4, COOPERATE 4, PROTEST 4, REQUEST 2,
REJECT 1; modality: asserted 42, negated 2, planned 1, hypothetical 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 3745 (Turkish bank facility): "<the bank> ... is seeking a 20 mln dlr committed export advance
  facility, Morgan Guaranty Ltd said as lead manager" is the launch of a syndicated loan in the
  market (the lenders are an unnamed "broad-based group of international banks"): corporate finance,
  the loan-market twin of a bond issue, so the lead manager's "said" is a STATEMENT (own_blind2 /
  13b / 14b lead-manager call; DCT, LONDON) and "seeking" is skipped (REQUEST toward unnamed banks
  arguable; 5a's "seeking permission from creditor banks" had an identified counterpart). The loan
  terms (option to request an extension, fees), the invitation to banks to join and the syndication
  are corporate finance / terms (skipped). Morgan Guaranty Ltd is the London arm of the U.S. Morgan
  bank: ORG/BUS USA (as an earlier set's "Morgan Stanley International"; GBR from the dateline
  arguable); the borrower and its short name INTERBANK are ORG TUR; "London" inside "London
  Interbank Offered Rate" is a GPE mention (6a's call; 7b left it out), LIBOR is not tagged.
* 7560 (SAS and the MD-11): "SAS said it was postponing a decision on a ... order" - a postponement
  has no type (7b / 16b "put off"), so "said" is a STATEMENT (DCT, STOCKHOLM); the inner "what it
  said was an aggressive counter-bid from Airbus Industrie" is SAS's own characterisation inside that
  clause (skipped) and the "counter-bid" a nominal in a temporal/causal adjunct (skipped; the offer
  is coded on "offer" below, COOPERATE there arguable). SAS (a consortium the text ties to three
  governments: "Scandinavian", no single country) is null BUS, and so are its officials, its company
  statements and its president Jan Carlzon (PERSON null, as the heads of multinational bodies in
  21b; SWE arguable); Airbus Industrie / Airbus null (12a); McDonnell Douglas USA. "SAS signed a
  letter of intent for the MD-11s last December" is AGREE SAS -> McDonnell Douglas (implied, USA BUS;
  9b's letter of intent = AGREE), 1986-12; "SAS President Jan Carlzon announced the MD-11 order last
  December" is its later mention on "order" ("announced" rule-3 attribution, "saying the plane would
  replace ..." a participial elaboration, skipped; STATEMENT 1986-12 arguable). "a company statement
  said the decision ... would be linked to the outcome of negotiations with the United States" is a
  STATEMENT (DCT), and "A company statement said SAS would wait to see the outcome of the ...
  negotiations" its later mention (the same statement paraphrased again). The government-to-government
  negotiations appear only as presupposed nominals ("the outcome of negotiations"): skipped (CONSULT
  arguable); "in which the three Scandinavian countries have demanded greater access to the U.S.
  Domestic market for SAS" is REQUEST by the group (null GOV: a group noun, as own_blind3's group of
  six countries; a split into SWE/DNK/NOR records arguable) -> USA, undated (perfect, no time
  expression). "SAS gave no details of the Airbus Industrie counter-offer" is a withheld STATEMENT
  (negated, DCT) and "but said it will study the bid further" a second STATEMENT (EVENTS.md 3).
  "Swissair yesterday confirmed an order for the MD-11" is COOPERATE CHE BUS -> McDonnell Douglas
  (implied USA BUS; aircraft orders, 8b / 15b), 1987-03-19, "confirmed" skipped (AGREE arguable, as
  8b's "signed"); "and said it had preferred the McDonnell Douglas planes" is a STATEMENT dated by the
  same "yesterday" (the adverb taken to govern both conjuncts of one announcement, 19a's call; DCT
  by EVENTS.md 18 arguable), location null. "In January, SAS officials said Airbus had made a revised
  offer" is COOPERATE Airbus -> SAS (a sales bid, the own_blind / 18b / 20a offer = bid call),
  undated ("In January" dates the saying, which is attribution; own_blind's "said in December the
  company had held discussions"). "SAS officials earlier said they did not expect the first A340 to
  be delivered before 1992" is a STATEMENT at the DCT (EVENTS.md 16: "Earlier it reported").
  "McDonnell Douglas had given SAS until March 31 to agree to final terms" is a deadline demand:
  REQUEST USA -> SAS, undated (18b's "had given the two states until April 3"). The analysts' "blow",
  the Copenhagen board meeting (internal), ownership, the standing U.S. landing rights, Airbus's
  sales drive, its expected launch decision and the deliveries are skipped.
* 8214 (New Zealand ports): "New Zealand ports reopened ... after being closed since March 19 because
  of a strike over pay claims by watersiders, a Waterside Federation spokesman said": the reopening
  has no actor (RETREAT arguable) and the strike is a background nominal in a causal adjunct
  (skipped, as 18b / 19a; PROTEST 1987-03-19 arguable), so "said" is a STATEMENT (the union: NZL ORG,
  DCT, WELLINGTON). "But industrial action by other port workers is likely to cause further
  disruption, Harbour Workers union secretary Ross Wilson told Reuters" is a union official's
  forecast of industrial action: PROTEST planned ("is likely to") by the other port workers (NZL ORG,
  no target, EVENTS.md 14), undated, "told" rule-3 attribution (own_blind3's seafarers' strike).
  "Wilson said his members are holding stopwork meetings this morning to consider further stoppages"
  is PROTEST asserted (a stopwork meeting stops work: industrial action; an internal union meeting
  reading is arguable), 1987-03-23 ("this morning"), "said" attribution; the stoppages considered are
  content. "Harbour Workers around the country went on strike for 24 hours on March 16" is PROTEST,
  1987-03-16; "but Wilson said any further action will occur on a port-by-port basis" is the later
  mention of the forecast industrial action, with its own modality hypothetical ("any": not asserted
  that it will happen; the stoppages are only being considered), "said" attribution. "Harbour
  Workers" (the union's name, also used for its members) is ORG NZL, as the Waterside Federation.
* 7612 (Reagan on acid rain): wire-style speech at the news conference, no time expression: DCT,
  WASHINGTON. "President Reagan said the U.S. government is still looking into the problem of acid
  rain" is a STATEMENT (studying a problem is no investigation of someone, so not ACCUSE) and the
  quote '"We're still investigating this," he told ...' its later mention (EVENTS.md 3). "Reagan
  added that the government will now work with U.S. industry to help address the problem" is a
  STATEMENT (a domestic policy; "U.S. industry" is a sector, not an identified party: COOPERATE
  arguable, skipped). "he declined to endorse the writing of federal standards for emissions" is
  REJECT of a proposal (21a's Hodel call) with no identified proponent (actor2 null; STATEMENT
  negated arguable). "The Reagan administration yesterday announced a 2.5 billion dlr, five-year
  program to deal with acid rain" is a STATEMENT (a domestic programme, no type), 1987-03-19,
  location null. The reporter's question is skipped; "He responded that ... the more complex it
  appeared" and "He said the government did not want to rush into adopting a measure that might
  ultimately prove fruitless" are STATEMENTs (an assessment and the justification of the refusal, as
  21a's Hodel justification; REJECT later mention arguable for the second).
* 7501 (Costa Rica sugar): "Costa Rica has agreed to sell more than 32,000 tonnes of sugar this year
  to the Soviet Union" is AGREE CRI -> SUN on "agreed" (EVENTS.md 8, "sell" skipped; "this year" dates
  the sale, the agreement is undated, rule 17), the producers' spokesman's "said" attribution.
  Alfaro (president of the sugar cane industry's league: a trade association, CRI ORG): "said the sale
  follows a recent 50 pct cut in Costa Rica's quota for sugar exports to the U.S." is a STATEMENT (the
  quota cut is a bare nominal with no value, skipped; SANCTION USA -> CRI arguable); "said up to
  45,000 tonnes ... could be exported ... under the deal" is a STATEMENT, and inside it "one the
  Soviets made recently with the Dominican Republic" is AGREE SUN -> DOM on "made" (a relative clause
  with its own predication; "recently" has no value: undated); "A Soviet ship will load ... Monday,
  Alfaro said" is a STATEMENT (the loading executes the sale, skipped); "Alfaro and other industry
  sources declined to disclose the price" is a withheld STATEMENT (negated) by Alfaro (the other
  sources are anonymous). All speech DCT, SAN JOSE. Punta Morales (a port) is GPE CRI, the Pacific
  LOC null.
* 15368 (Showa Denko): DCT 1987-04-08 from published_at (dateline "April 9"). "said it is exporting
  ... equipment and technology to countries that have recently begun aluminium smelting" is a
  STATEMENT (a business line with unnamed counterparts; COOPERATE arguable, skipped). "A company
  official said it won a 500 mln yen order to deliver 10 sets ... to Venezuela's Venalum by end-1987"
  is COOPERATE JPN BUS -> Venalum (VEN BUS, state company), undated ("by end-1987" is the delivery
  deadline), "said" attribution; "He said it received an order for one set from Aluminium Bahrain
  B.S.C. Last year" is COOPERATE JPN -> BHR, 1986 (year), "said" attribution; "and expects further
  orders from the Bahrain smelter" is a forecast inside the same reporting clause (skipped;
  COOPERATE hypothetical arguable). "Showa Denko withdrew from smelting last year but expects to
  increase its sales ..., he said": leaving a business has no type (no counterpart), so "said" is a
  STATEMENT (DCT, TOKYO).
* 6660 (Amoco off Trinidad): an exploration result (flows, drilling, the discovery) has no type;
  Amoco's four reporting clauses ("Amoco Corp said", "The company said", "it said", "It said") are
  STATEMENTs (USA BUS, DCT, HOUSTON). Galeota Point is LOC TTO; the well name is not tagged.
* 7642 (Baltic ice): weather and ships stuck in ice have no actor; the five identifiable reporting
  clauses are STATEMENTs (DCT): the Finnish Board of Navigation (FIN GOV), "coastguard officials"
  and "they" (officials of the coastguard: identifiable, EVENTS.md 4; Finnish from the Helsinki
  dateline and the contrast with the later "Swedish coastguard officials"), "Weather officials in
  neighbouring Sweden" (SWE GOV, location Sweden as the text places them), "Swedish coastguard
  officials" and "the officials" of the last sentence (the Swedish coastguard officials, SWE GOV).
  "were reported to be stuck" is impersonal and "Weather forecasts say" a document (skipped).
  Ventspils and Klaipeda, "Soviet oil ports" in 1987, are GPE SUN; the Baltic and the Gulf of Bothnia
  are LOC null; "Finnish Board of Navigation" is one ORG span FIN (as "U.S. Agriculture Department").
* Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
  dateline); job titles are not tagged ("President Reagan", "SAS President Jan Carlzon": the PERSON
  and the ORG), "Reagan" in "The Reagan administration" is a PERSON mention (12b / 14a / 15b / 16b);
  bracketed company names are tagged without brackets, tickers left out; products (MD-11, A340,
  DC10s) and rates (LIBOR) are not entities; "Swiss" in "Swiss francs" is NORP CHE; "Soviet" /
  "Soviets" NORP SUN, the Soviet Union GPE SUN; lower-case bodies ("the agricultural league of the
  sugar cane industry", "coastguard") are not tagged; Reuters is ORG GBR.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

LON = ("LONDON", "GBR")
STO = ("STOCKHOLM", "SWE")
WEL = ("WELLINGTON", "NZL")
WAS = ("WASHINGTON", "USA")
SJO = ("SAN JOSE", "CRI")
TOK = ("TOKYO", "JPN")
HOU = ("HOUSTON", "USA")
HEL = ("HELSINKI", "FIN")

SAS = (("SAS", "SAS <Scandinavian"), None, "BUS")
MDC = (None, "USA", "BUS")
AMOCO = ("Amoco Corp", "USA", "BUS")
ALFARO = ("Miguel Alfaro", "CRI", "ORG")
SWE_COAST = ("Swedish coastguard officials", "SWE", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3745": {
        "events": [
            ("STATEMENT", "said", ("Morgan Guaranty Ltd", "USA", "BUS"), None, LON,
             "1987-03-11", "day", None, "asserted", None,
             "lead manager announcing a syndicated export advance facility sought by the Turkish bank (loan "
             "launch = corporate finance, as a bond issue; REQUEST by the borrower arguable)"),
        ],
        "skip": [
            ("seeking", "launch of a syndicated loan to unnamed banks: corporate finance (REQUEST arguable)"),
            ("request", "loan terms (the borrower's option), content"),
            ("extend", "loan terms, content"),
            ("invited", "syndication: corporate finance"),
            ("join", "syndication: corporate finance (content)"),
            ("Responses", "syndication deadline"),
            ("syndicated", "syndication: corporate finance"),
            ("diversify", "purpose of the syndication"),
        ],
        "entities": [
            ("Uluslararasi Endustri ve Ticaret Bankasi AS", "ORG", "TUR"),
            ("INTERBANK", "ORG", "TUR"),
            ("Turkey", "GPE", "TUR"),
            ("Morgan Guaranty Ltd", "ORG", "USA"),
            ("London", "GPE", "GBR"),
        ],
    },
    "reuters21578-7560": {
        "events": [
            # 0
            ("STATEMENT", "said", SAS, None, STO,
             "1987-03-20", "day", None, "asserted", None,
             "SAS is postponing a decision on the MD-11 order (a postponement has no type)"),
            # 1
            ("AGREE", "signed", (("SAS", "SAS signed"), None, "BUS"), MDC, None,
             "1986-12", "month", "last December", "asserted", None,
             "letter of intent for the MD-11s last December (letter of intent = AGREE, 9b); McDonnell Douglas "
             "implied (the MD-11s are its planes)"),
            # 2
            ("STATEMENT", ("said", "a company statement said"), ("a company statement", None, "BUS"), None, STO,
             "1987-03-20", "day", None, "asserted", None,
             "the firm-order decision will be linked to the outcome of the air-fare negotiations"),
            # 3
            ("STATEMENT", ("said", "A company statement said"), ("A company statement", None, "BUS"), None, STO,
             "1987-03-20", "day", None, "asserted", 2,
             "later mention: the same company statement paraphrased again (SAS would wait for the outcome)"),
            # 4
            ("REQUEST", "demanded", ("the three Scandinavian countries", None, "GOV"),
             (("United\nStates", "negotiations with the\nUnited States, in which"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "demanded greater U.S. domestic market access for SAS (a group noun: null, own_blind3's group of "
             "countries; split SWE/DNK/NOR arguable); perfect, no time expression"),
            # 5
            ("STATEMENT", "gave no details", (("SAS", "SAS gave"), None, "BUS"), None, STO,
             "1987-03-20", "day", None, "negated", None,
             "withheld statement: no details of the Airbus counter-offer"),
            # 6
            ("STATEMENT", ("said", "A340, but said"), (("SAS", "SAS gave"), None, "BUS"), None, STO,
             "1987-03-20", "day", None, "asserted", None,
             "second reporting clause: will study the bid further (EVENTS.md 3)"),
            # 7
            ("COOPERATE", ("order", "confirmed an order"), ("Swissair", "CHE", "BUS"), MDC, None,
             "1987-03-19", "day", "yesterday", "asserted", None,
             "firm order for MD-11s from McDonnell Douglas (implied), confirmed yesterday (aircraft order, 8b/15b)"),
            # 8
            ("STATEMENT", ("said", "francs and said"), ("Swissair", "CHE", "BUS"), None, None,
             "1987-03-19", "day", "yesterday", "asserted", None,
             "preferred the McDonnell Douglas planes over the A340; 'yesterday' taken to govern both conjuncts "
             "of one announcement (19a); place not given"),
            # 9
            ("AGREE", ("order", "announced the MD-11"), ("SAS President Jan Carlzon", None, "BUS"), MDC, None,
             "1986-12", "month", "last\nDecember", "asserted", 1,
             "later mention: the MD-11 order announced last December is the December letter of intent; "
             "'announced' is attribution"),
            # 10
            ("COOPERATE", ("offer", "a revised"), (("Airbus", "officials said Airbus"), None, "BUS"),
             (("SAS", "In January, SAS"), None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Airbus's revised sales offer to SAS (offer = bid); pluperfect, 'In January' dates the officials' "
             "saying (attribution), not the offer"),
            # 11
            ("STATEMENT", ("said", "officials earlier said"), (("SAS officials", "SAS officials earlier"), None, "BUS"),
             None, STO, "1987-03-20", "day", None, "asserted", None,
             "forecast: first A340 not delivered before 1992 ('earlier' gives no value: EVENTS.md 16)"),
            # 12
            ("REQUEST", "given", (("McDonnell Douglas", "McDonnell Douglas had given"), "USA", "BUS"),
             (("SAS", "given SAS"), None, "BUS"), None,
             None, "unknown", None, "asserted", None,
             "deadline to agree final terms by March 31 (deadline demand, 18b); pluperfect, 'March 31' is the "
             "deadline, not the act's date"),
        ],
        "skip": [
            ("postponing", "postponement of a decision: no type"),
            (("decision", "postponing a"), "object of the postponement"),
            (("order", "crown order"), "content (the order under decision)"),
            (("said", "what it said"), "SAS's own characterisation inside the reporting clause"),
            ("counter-bid", "nominal in a temporal/causal adjunct (the offer is coded on 'offer'; COOPERATE arguable)"),
            (("decision", "statement said the"), "content of the statement"),
            ("harden", "content of the statement"),
            (("order", "into a firm"), "content of the statement"),
            ("linked", "content of the statement"),
            (("negotiations", "outcome of negotiations"), "presupposed nominal (CONSULT arguable)"),
            (("deregulating", "on deregulating"), "content (the negotiations' subject)"),
            ("move", "anaphoric nominal (the postponement)"),
            (("said", "said by analysts"), "anonymous-source talk (analysts)"),
            ("blow", "content of the analysts' talk"),
            ("board meeting", "internal meeting of a single body"),
            (("own", "jointly own"), "stative (ownership)"),
            ("held", "stative (ownership)"),
            ("wait", "content of the statement"),
            (("negotiations", "government-to-government"), "presupposed nominal (CONSULT arguable)"),
            ("access", "content of the demand"),
            (("deregulating", "in exchange"), "content of the demand (the offered exchange)"),
            ("allowed", "stative (standing landing rights)"),
            ("counter-offer", "object of the withheld statement"),
            ("study", "content of the statement"),
            (("bid", "study the"), "anaphoric nominal"),
            ("confirmed", "light verb: the order is the event (AGREE arguable, as 8b's 'signed')"),
            ("preferred", "content of the statement"),
            (("launched", "formally"), "Airbus's project launch: internal decision, no type"),
            (("met", "as it"), "stative (content)"),
            ("enter\nservice", "content"),
            ("announced", "rule-3 attribution (the order is the event)"),
            ("saying", "participial elaboration of the announcement (STATEMENT 1986-12 arguable)"),
            ("replace", "content of the announcement"),
            (("delivered", "was to be"), "execution of the order (planned delivery)"),
            (("said", "In January, SAS officials said"), "rule-3 attribution (the offer is the event)"),
            (("made", "Airbus had"), "light verb: the offer is the event"),
            (("offer", "The offer"), "anaphoric nominal"),
            ("drive", "sales campaign with unnamed customers: no type"),
            ("secure", "content (purpose of the drive)"),
            (("launch", "Industrie to"), "purpose: Airbus's production launch (internal)"),
            ("expected", "impersonal expectation"),
            ("decide", "Airbus's internal decision on the project"),
            ("go ahead", "content of the decision"),
            (("expect", "did not"), "content of the statement"),
            (("delivered", "A340 to be"), "content of the statement"),
            (("agree", "until March 31 to"), "content of the deadline"),
            (("deal", "MD-11 deal"), "anaphoric nominal"),
        ],
        "entities": [
            (("SAS", "SAS <Scandinavian"), "ORG", None),
            ("Scandinavian Airline Systems", "ORG", None),
            ("McDonnell Douglas", "ORG", "USA"),
            ("Airbus Industrie", "ORG", None),
            (("SAS", "SAS signed"), "ORG", None),
            ("United States", "GPE", "USA"),
            ("North Atlantic", "LOC", None),
            (("SAS", "The SAS move"), "ORG", None),
            (("McDonnell Douglas", "blow to"), "ORG", "USA"),
            ("Copenhagen", "GPE", "DNK"),
            ("Sweden", "GPE", "SWE"),
            ("Denmark", "GPE", "DNK"),
            ("Norway", "GPE", "NOR"),
            (("SAS", "statement said SAS"), "ORG", None),
            (("United\nStates", "negotiations with the\nUnited States, in which"), "GPE", "USA"),
            (("Scandinavian", "three Scandinavian"), "NORP", None),
            ("U.S.", "GPE", "USA"),
            (("SAS", "market for SAS"), "ORG", None),
            (("North Atlantic", "prices across"), "LOC", None),
            (("SAS", "At present SAS"), "ORG", None),
            ("New York", "GPE", "USA"),
            ("Chicago", "GPE", "USA"),
            ("Los\nAngeles", "GPE", "USA"),
            ("Seattle", "GPE", "USA"),
            ("Anchorage", "GPE", "USA"),
            (("SAS", "SAS gave"), "ORG", None),
            (("Airbus Industrie", "details of the"), "ORG", None),
            ("Swissair", "ORG", "CHE"),
            (("Swiss", "billion Swiss"), "NORP", "CHE"),
            (("McDonnell Douglas", "preferred the"), "ORG", "USA"),
            (("SAS", "SAS President"), "ORG", None),
            ("Jan Carlzon", "PERSON", None),
            (("SAS", "In January, SAS"), "ORG", None),
            (("Airbus", "officials said Airbus"), "ORG", None),
            (("Airbus Industrie", "enable"), "ORG", None),
            (("Airbus", "production. Airbus"), "ORG", None),
            (("SAS", "SAS officials earlier"), "ORG", None),
            (("McDonnell Douglas", "McDonnell Douglas had given"), "ORG", "USA"),
            (("SAS", "given SAS"), "ORG", None),
        ],
    },
    "reuters21578-8214": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a Waterside Federation spokesman", "NZL", "ORG"), None, WEL,
             "1987-03-23", "day", None, "asserted", None,
             "the ports reopened after the watersiders' strike (reopening: no actor, no type)"),
            # 1
            ("PROTEST", "industrial action", ("other port workers", "NZL", "ORG"), None, None,
             None, "unknown", None, "planned", None,
             "union official's forecast of industrial action ('is likely to' = planned; own_blind3's seafarers' "
             "strike); no target (EVENTS.md 14); no time expression; 'told' is attribution"),
            # 2
            ("PROTEST", "stopwork meetings", ("his members", "NZL", "ORG"), None, None,
             "1987-03-23", "day", "this\nmorning", "asserted", None,
             "stopwork meetings this morning (work stopped: industrial action; internal union meeting arguable); "
             "'said' is attribution"),
            # 3
            ("PROTEST", ("strike", "went on strike"), (("Harbour Workers", "Harbour Workers around"), "NZL", "ORG"), None, None,
             "1987-03-16", "day", "on March 16", "asserted", None, "24-hour strike on March 16"),
            # 4
            ("PROTEST", ("action", "any further action"), (None, "NZL", "ORG"), None, None,
             None, "unknown", None, "hypothetical", 1,
             "later mention of the forecast further industrial action, port by port ('any': its occurrence not "
             "asserted, the stoppages only considered); 'said' is attribution"),
        ],
        "skip": [
            ("reopened", "end of the closure: no actor (RETREAT arguable)"),
            ("closed", "closure caused by the strike: no actor"),
            (("strike", "because of a"), "background nominal in a causal adjunct (PROTEST 1987-03-19 arguable)"),
            (("pay claims", "strike over"), "content (motive of the strike)"),
            ("disruption", "effect of the industrial action (content)"),
            ("told", "rule-3 attribution (the industrial action is the event)"),
            (("said", "Wilson said his"), "rule-3 attribution (the stopwork meetings are the event)"),
            ("consider", "purpose of the meetings (content)"),
            ("stoppages", "stoppages under consideration: content (the further action)"),
            (("pay claim", "over their"), "content"),
            ("disputes", "anaphoric nominal"),
            ("related", "stative"),
            (("said", "but Wilson said"), "rule-3 attribution (the further action is the event)"),
        ],
        "entities": [
            ("New Zealand", "GPE", "NZL"),
            ("Waterside Federation", "ORG", "NZL"),
            ("Harbour Workers", "ORG", "NZL"),
            ("Ross Wilson", "PERSON", "NZL"),
            ("Reuters", "ORG", "GBR"),
            (("Wilson", "Wilson said his"), "PERSON", "NZL"),
            (("Harbour Workers", "Harbour Workers around"), "ORG", "NZL"),
            (("Wilson", "but Wilson"), "PERSON", "NZL"),
        ],
    },
    "reuters21578-7612": {
        "events": [
            # 0
            ("STATEMENT", "said", ("President Reagan", "USA", "GOV"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "the government is still looking into acid rain (studying a problem: no target, not ACCUSE)"),
            # 1
            ("STATEMENT", "told", (("he", "this,\" he"), "USA", "GOV"), None, WAS,
             "1987-03-20", "day", None, "asserted", 0,
             "quoted restatement ('We're still investigating this') at the news conference: later mention"),
            # 2
            ("STATEMENT", "added", (("Reagan", "Reagan added"), "USA", "GOV"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "the government will work with U.S. industry on the problem (domestic policy; industry is a sector, "
             "not an identified party)"),
            # 3
            ("REJECT", "declined", (("he", "However, he"), "USA", "GOV"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "refused to endorse federal emission standards (opposition to a proposal, 21a's Hodel call; no "
             "proponent named: actor2 null; STATEMENT negated arguable)"),
            # 4
            ("STATEMENT", "announced", ("The Reagan administration", "USA", "GOV"), None, None,
             "1987-03-19", "day", "yesterday", "asserted", None,
             "announcement of a domestic 2.5 billion dlr acid rain programme (no type); place not given"),
            # 5
            ("STATEMENT", "responded", (("He", "He responded"), "USA", "GOV"), None, WAS,
             "1987-03-20", "day", None, "asserted", None,
             "assessment: the acid rain problem appears more complex the deeper it is examined"),
            # 6
            ("STATEMENT", ("said", "He said the government"), (("He", "He said the government"), "USA", "GOV"),
             None, WAS, "1987-03-20", "day", None, "asserted", None,
             "justification: the government does not want to rush into a measure that might prove fruitless "
             "(REJECT later mention arguable)"),
        ],
        "skip": [
            ("looking into", "content: studying a problem (no target)"),
            ("investigating", "content of the quote (no target)"),
            ("news conference", "venue of the statement"),
            ("work with", "content: domestic cooperation with an unnamed industry sector (COOPERATE arguable)"),
            ("address", "content"),
            ("endorse", "content of the refusal"),
            ("writing", "content of the refusal (proposed standards)"),
            ("alleviate", "content"),
            ("program", "content of the announcement (domestic programme)"),
            ("deal with", "purpose of the programme"),
            ("troubles", "stative"),
            ("asked", "a reporter's question (unnamed media; question)"),
            (("set", "should"), "content of the question"),
            ("examining", "content of the statement"),
            ("rush", "content of the statement"),
            ("adopting", "content of the statement"),
            ("prove", "content of the statement"),
        ],
        "entities": [
            (("Reagan", "President Reagan"), "PERSON", "USA"),
            (("U.S.", "said the U.S."), "GPE", "USA"),
            (("Reagan", "Reagan added"), "PERSON", "USA"),
            (("U.S.", "with U.S."), "GPE", "USA"),
            (("Reagan", "The Reagan administration"), "PERSON", "USA"),
            (("U.S.", "troubles U.S."), "GPE", "USA"),
            ("Canada", "GPE", "CAN"),
            (("Reagan", "Reagan was asked"), "PERSON", "USA"),
        ],
    },
    "reuters21578-7501": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Costa Rica", "CRI", "GOV"), ("the Soviet Union", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to sell sugar to the USSR (EVENTS.md 8; 'this year' dates the sale, the agreement has no time "
             "expression: rule 17); the producers' spokesman's 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "industry, said"), ALFARO, None, SJO,
             "1987-03-19", "day", None, "asserted", None,
             "the sale follows a recent cut in Costa Rica's U.S. sugar quota (the cut a bare nominal, skipped)"),
            # 2
            ("STATEMENT", ("said", "Alfaro said up to"), (("Alfaro", "Alfaro said up to"), "CRI", "ORG"), None, SJO,
             "1987-03-19", "day", None, "asserted", None, "volume: up to 45,000 tonnes could be exported this year"),
            # 3
            ("AGREE", ("made", "the Soviets made"), ("the Soviets", "SUN", "GOV"), ("the Dominican Republic", "DOM", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "a similar sugar deal the Soviets made recently with the Dominican Republic (relative clause with its "
             "own predication; 'recently' has no value)"),
            # 4
            ("STATEMENT", ("said", "Monday, Alfaro said"), (("Alfaro", "Monday, Alfaro said"), "CRI", "ORG"), None, SJO,
             "1987-03-19", "day", None, "asserted", None,
             "shipping schedule: a Soviet ship loads Monday, a second two days later (execution of the sale)"),
            # 5
            ("STATEMENT", "disclose", (("Alfaro", "Alfaro and other"), "CRI", "ORG"), None, SJO,
             "1987-03-19", "day", None, "negated", None,
             "withheld statement: declined to disclose the price (the other industry sources are anonymous)"),
        ],
        "skip": [
            ("sell", "content of the agreement (EVENTS.md 8)"),
            (("said", "local producers"), "rule-3 attribution (the agreement is the event)"),
            (("sale", "said the sale"), "anaphoric nominal"),
            ("cut", "bare nominal with no value: the U.S. quota cut (SANCTION USA -> CRI arguable)"),
            ("exported", "content of the statement"),
            (("deal", "under the"), "anaphoric nominal"),
            ("load", "execution of the sale (content)"),
            ("take", "execution of the sale (content)"),
            ("sold", "anaphoric (the sale)"),
        ],
        "entities": [
            ("Costa Rica", "GPE", "CRI"),
            ("Soviet Union", "GPE", "SUN"),
            ("Miguel Alfaro", "PERSON", "CRI"),
            (("Costa Rica", "in Costa Rica's"), "GPE", "CRI"),
            ("U.S.", "GPE", "USA"),
            (("Alfaro", "Alfaro said up to"), "PERSON", "CRI"),
            (("Soviet Union", "exported to the"), "GPE", "SUN"),
            ("Soviets", "NORP", "SUN"),
            ("Dominican Republic", "GPE", "DOM"),
            (("Soviet", "A Soviet ship"), "NORP", "SUN"),
            ("Pacific", "LOC", None),
            ("Punta Morales", "GPE", "CRI"),
            (("Alfaro", "Monday, Alfaro"), "PERSON", "CRI"),
            (("Alfaro", "Alfaro and other"), "PERSON", "CRI"),
        ],
    },
    "reuters21578-15368": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Showa Denko Ltd", "JPN", "BUS"), None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "business line: exporting casting equipment to unnamed countries (no identified counterpart); DCT "
             "from published_at (dateline April 9)"),
            # 1
            ("COOPERATE", "won", (("it", "said it won"), "JPN", "BUS"), ("Venezuela's Venalum", "VEN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "order won from Venalum (state aluminium company); 'by end-1987' is the delivery deadline; 'said' is "
             "attribution"),
            # 2
            ("COOPERATE", "received", (("it", "said it received"), "JPN", "BUS"), ("Aluminium Bahrain B.S.C.", "BHR", "BUS"),
             None, "1986", "year", "Last year", "asserted", None,
             "order for one set received from Aluminium Bahrain last year; 'said' is attribution"),
            # 3
            ("STATEMENT", ("said", "technology, he said"), (("he", "technology, he said"), "JPN", "BUS"), None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "Showa Denko left smelting last year and expects higher equipment sales (a business exit: no type)"),
        ],
        "skip": [
            ("exporting", "business line with unnamed counterparts (COOPERATE arguable)"),
            ("begun", "no type (countries starting smelting)"),
            (("said", "A company official said"), "rule-3 attribution (the order won is the event)"),
            ("deliver", "content of the order"),
            (("said", "He said it received"), "rule-3 attribution (the order received is the event)"),
            ("expects further", "forecast inside the reporting clause (COOPERATE hypothetical arguable)"),
            ("withdrew", "exit from a business: no counterpart, no type"),
            ("increase", "content of the statement (forecast)"),
        ],
        "entities": [
            ("Showa Denko Ltd", "ORG", "JPN"),
            ("Venezuela", "GPE", "VEN"),
            ("Venalum", "ORG", "VEN"),
            ("Aluminium Bahrain B.S.C.", "ORG", "BHR"),
            (("Bahrain", "the Bahrain smelter"), "GPE", "BHR"),
            (("Showa Denko", "Showa Denko withdrew"), "ORG", "JPN"),
        ],
    },
    "reuters21578-6660": {
        "events": [
            ("STATEMENT", "said", AMOCO, None, HOU,
             "1987-03-18", "day", None, "asserted", None, "exploration result: the well's gas and condensate flows"),
            ("STATEMENT", ("said", "The company said"), ("The company", "USA", "BUS"), None, HOU,
             "1987-03-18", "day", None, "asserted", None, "flow details (chokes, zone depths)"),
            ("STATEMENT", ("said", "feet, it said"), (("it", "feet, it said"), "USA", "BUS"), None, HOU,
             "1987-03-18", "day", None, "asserted", None, "drilling depth"),
            ("STATEMENT", ("said", "It said the discovery"), (("It", "It said the discovery"), "USA", "BUS"), None, HOU,
             "1987-03-18", "day", None, "asserted", None, "the discovery was in untested sands"),
        ],
        "skip": [
            ("flowed", "exploration result (no type)"),
            ("drilled", "exploration (no type)"),
            ("discovery", "exploration (no type)"),
            (("made", "discovery was"), "exploration (no type)"),
        ],
        "entities": [
            ("Amoco Corp", "ORG", "USA"),
            ("Galeota Point", "LOC", "TTO"),
            ("Trinidad", "GPE", "TTO"),
        ],
    },
    "reuters21578-7642": {
        "events": [
            ("STATEMENT", "said", ("the Finnish Board of Navigation", "FIN", "GOV"), None, HEL,
             "1987-03-20", "day", None, "asserted", None, "winds keep vessels trapped in the Baltic ice (weather)"),
            ("STATEMENT", ("said", "coastguard officials said"), ("coastguard officials", "FIN", "GOV"), None, HEL,
             "1987-03-20", "day", None, "asserted", None,
             "up to 50 vessels stuck, icebreakers in difficulty (officials of the coastguard: identifiable; Finnish "
             "from the dateline)"),
            ("STATEMENT", ("said", "eased, they said"), (("they", "eased, they said"), "FIN", "GOV"), None, HEL,
             "1987-03-20", "day", None, "asserted", None, "icy conditions at the Soviet oil ports had eased"),
            ("STATEMENT", ("said", "neighbouring Sweden said"), ("Weather officials in neighbouring Sweden", "SWE", "GOV"),
             None, ("Sweden", "SWE"), "1987-03-20", "day", None, "asserted", None,
             "the Baltic ice is the worst for 30 years (Swedish weather service; the text places them in Sweden)"),
            ("STATEMENT", ("said", "Swedish coastguard officials said"), SWE_COAST, None, HEL,
             "1987-03-20", "day", None, "asserted", None, "ice up to one metre thick in the Gulf of Bothnia"),
            ("STATEMENT", ("said", "the officials said"), (("the officials", "standstill, the officials"), "SWE", "GOV"),
             None, HEL, "1987-03-20", "day", None, "asserted", None,
             "forecast: winds may ease, a drop in temperature could halt shipping (the Swedish coastguard officials)"),
        ],
        "skip": [
            ("keeping", "weather: no actor"),
            ("trapped", "weather: no actor"),
            ("reported", "impersonal report (no identifiable source)"),
            ("stuck", "no actor"),
            ("assisting", "icebreaker assistance: no identified actor, no type"),
            ("breaking through", "no type"),
            (("eased", "Klaipeda had"), "weather: no actor"),
            ("fighting", "no actor (ships and ice)"),
            ("keep moving", "no type"),
            ("divides", "stative (geography)"),
            ("packing", "no actor (drifts and currents)"),
            ("say", "weather forecasts: a document, not a speech act"),
            (("ease", "winds may"), "content of the forecast"),
            ("bring", "content of the forecast"),
        ],
        "entities": [
            ("Finnish", "NORP", "FIN"),
            ("Swedish", "NORP", "SWE"),
            ("Baltic", "LOC", None),
            ("Finnish Board of Navigation", "ORG", "FIN"),
            ("Finland", "GPE", "FIN"),
            ("Sweden", "GPE", "SWE"),
            (("Baltic", "southern Baltic"), "LOC", None),
            (("Soviet", "the Soviet oil"), "NORP", "SUN"),
            ("Ventspils", "GPE", "SUN"),
            ("Klaipeda", "GPE", "SUN"),
            (("Sweden", "neighbouring Sweden"), "GPE", "SWE"),
            (("Baltic", "conditions in the Baltic"), "LOC", None),
            ("Gulf of Bothnia", "LOC", None),
            (("Finland", "divides Finland"), "GPE", "FIN"),
            (("Sweden", "divides Finland and"), "GPE", "SWE"),
            (("Swedish", "Swedish coastguard"), "NORP", "SWE"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind23a.jsonl")
