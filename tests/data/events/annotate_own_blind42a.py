"""Build ``own_blind42a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind42a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,523 left); 24 drawn with random.Random(42101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
47 event records (44 first mentions, 3 later mentions), 99 not_annotated spans, 106 entity mentions
(GPE 44, ORG 36, PERSON 15, NORP 9, LOC 2); no article without events; 19 (CCC bonus flour), 7582
(Sarrazin), 18564 (Commonwealth Bank rates) and 11964 (French maize) have reporting-clause STATEMENTs only.
Types: STATEMENT 31, ACCUSE 4, COOPERATE 2, CONSULT 2, PROTEST 2, AGREE 2, THREATEN 1, RETREAT 1, REQUEST 1,
SANCTION 1; modality: asserted 44, planned 2, negated 1; precision: day 33, unknown 8, month 6.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the
printed context and fixed: the actor "Police" of "Police said" matching inside "the Technical and Judicial
Police" of the sentence before; three were fixed before the first run (the entities "Iraq" inside the
lead's "Iraqi", "Dresdner" inside "Dresdner Bank AG" and "Venezuela" inside "Venezuelan"). See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("U.S. Commerce Secretary
Malcolm Baldrige": GPE "U.S." + PERSON, as 38b's "Japanese Vice-Finance Minister Toyoo Gyohten"; "Finance
Minister Manuel Azpurua", "Juan Domingo Cordero, vice-president of the Caracas Stock Exchange": the PERSON,
with the ORG where it is named; "Juergen Sarrazin, management board member of Dresdner Bank AG": PERSON +
ORG; "Edward Niedermeyer, president of Niedermeyer-Martin Co": PERSON + ORG); a named body is one ORG span
with no nested GPE or NORP ("Commonwealth Bank of Australia", "French Maize Producers' Association", "Japan
Harbour Transportation Association", "U.S. Agriculture Department", "U.S. Department of Agriculture", as
34b/37a's bodies with their country word); a ministry named without its country ("one Trade Ministry
official", "Agriculture Ministry officials") is ORG of its country by context (33b/34a/38b), the
lower-case "central bank" not tagged (only "Venezuelan" NORP); "House Foreign Affairs sub-committee on
International Economic Policy and Trade" one ORG span USA (30b's "House banking subcommittee"); possessive
's left out. Countries: South Korea GPE KOR and "South Korean" NORP KOR, Reuters ORG GBR, "U.S." (also in
"U.S. Goods", "U.S. Cars", "U.S. Wheat", "U.S. Products", "U.S. Regulations", "U.S. Dollar", as 21b/36a's
"U.S. Dlrs"), the United States and Washington GPE USA; "Japanese" NORP JPN, Japan GPE JPN, the Japan Harbour
Transportation Association and the National Council of Harbour Workers Unions ORG JPN, the nine port
cities GPE JPN; the Commodity Credit Corporation / CCC, the Pillsbury Company ORG USA, North Yemen GPE YEM
(its 1987 code, 40b); Caracas and Venezuela GPE VEN, "Venezuelan" NORP VEN, the Superintendency of Banks,
the Technical and Judicial Police, the Caracas Stock Exchange and every "Cambio la Guiara" ORG VEN (also
in "The Cambio la Guiara exchange house"), Manuel Azpurua and Juan Domingo Cordero PERSON VEN, Mario and
Luigi Muggia PERSON VEN (owners of a Caracas house, nationality not given: the country of their firm, as
30b's Lillis and 40a's Olsen take their firm's); Brazil GPE BRA, the International Monetary Fund / IMF ORG
null, Latin America LOC null, Juergen Sarrazin PERSON DEU, Dresdner Bank AG / "Dresdner" and Handelsblatt
ORG DEU (40a), "German" NORP DEU, "European" (banks) NORP null (19b/35a); Portland (in "Portland-based", the
Oregon city, 13a's "Abidjan-based") GPE USA, "Iraqi" NORP IRQ, Iraq and Baghdad GPE IRQ, Edward Niedermeyer
/ Niedermeyer PERSON USA (also in "Niedermeyer's company"), Niedermeyer-Martin Co, the USDA, Westinghouse
and General Electric ORG USA, "Scandinavian" NORP null (a regional adjective, as "European"), the United
States-Iraq Business Forum one ORG span USA (a non-profit group whose members are U.S. firms; null for a
bilateral body arguable; the nested "United States" and "Iraq" not tagged); the Commonwealth Bank of
Australia ORG AUS; "French" NORP FRA, France GPE FRA, the French Maize Producers' Association / AGPM and
AMSOL ORG FRA, Picardy, Poitou-Charentes and Midi-Pyrenees (French regions) GPE FRA (39b's Victoria), the
Paris Basin LOC FRA (a geographic basin). Programmes (the Export Enhancement Program, GSM-102, "the USDA
program" beyond its "USDA"), currencies (dlrs, dollars), lower-case or generic bodies ("the government",
"the association", "the council", "the bank", "the coordinating committees", "Bank officials", "Police",
"Banking authorities", "the forum") and lower-case regions ("centre-west", "south-east", "south-west") are
not tagged.

Judgement calls made here:
* 17312 (South Korea's shopping list, DCT Mon 1987-04-27, SEOUL): "South Korea unveiled a shopping list of
  2.6 billion dlrs of U.S. Goods" is a STATEMENT (KOR GOV, DCT, SEOUL; an announcement of purchase plans:
  the planned purchases from unnamed U.S. sellers are the content, as 38b's import plans and 33a's plan to
  switch purchases; COOPERATE KOR -> USA planned, or AGREE as own_blind's "pledged to buy more U.S. car
  parts", arguable). "The government said this would help freeze ... surplus" (assessment), "one Trade
  Ministry official told Reuters" (the surplus figures and the government's steps to constrain it:
  domestic policy, content), "A government statement said the 2.6 billion dlrs was in addition to ...",
  "The statement said the government, state agencies and other public institutions would buy 480 mln
  dlrs worth of U.S. Cars ..." (the purchases content, as the lead), '"This amounts includes ...," it
  added' and "This meant the country would buy from the United States nearly all of ... its planned
  imports ..., they said" (the Agriculture Ministry officials, EVENTS.md 4) are STATEMENTs (KOR GOV, DCT,
  SEOUL; the statement's author is the government, 23a/28a). "about two billion dlrs of purchases made
  last month by a South Korean trade mission to the United States" is COOPERATE KOR GOV -> the U.S. sellers
  (implied USA BUS, 20b's Soviet corn purchase from implied U.S. exporters), a nominal with its own
  predication and date (EVENTS.md 11), 1987-03 ("last month"), in the United States; the mission itself
  is the purchases' agent (skipped; CONSULT KOR -> USA as 15a's trade mission arguable). "Agriculture
  Ministry officials said South Korea had already bought 310 mln dlrs worth of U.S. Wheat, raw cotton, corn
  and soybeans" is COOPERATE KOR -> implied USA BUS (20b), undated (pluperfect, no time expression), "said"
  rule-3 attribution (33a skipped its members' annual purchases as trade statistics: a concrete purchase
  toward this year's plan here, so coded). "a visit here this week by U.S. Commerce Secretary Malcolm
  Baldrige" is CONSULT USA GOV -> KOR (host implied), asserted, "this week" kept at its month (EVENTS.md
  21): the visit precedes Monday's announcement, so 1987-04; in Seoul ("here"). "who said that if South
  Korea wanted to avoid protectionist retaliation it should not falter in its policies to open its market
  and cut its surplus" is THREATEN USA -> KOR (a warning with consequences, 27a/28b; REQUEST arguable: the
  demand to keep opening), said during the visit, so dated by it (EVENTS.md 19, 15b: 1987-04, "this
  week"; the DCT by rule 2 arguable), in Seoul. "The government will also take steps to reduce tariffs,
  accelerate the opening of its markets, voluntarily restrain exports and cut export financing, the
  statement said" is RETREAT KOR GOV (dropping trade barriers, 33b's Taiwan tariff cuts), actor2 null (no
  target in the clause; toward the USA arguable), planned, undated, "the statement said" rule-3
  attribution; the market opening and export restraint are the same clause's list (one record; the
  restraint a separate RETREAT arguable), the cut in export financing domestic. The reorganisation of the
  trade agents and the November trade show for U.S. products have no type (skipped).
* 17073 (Japan dock strike, DCT Fri 1987-04-24, TOKYO): "A strike by Japanese dockworkers will continue over
  the weekend ..., a Japan Harbour Transportation Association spokesman said" is PROTEST JPN ORG (the
  dockworkers) with actor2 null (events_dev's dock strike), planned, "over the weekend" (25-26 April) kept
  at its month, 1987-04 (16b/17a/25b), located in Japan; the spokesman's "said" rule-3 attribution. "The
  association has not yet agreed on a schedule for preliminary negotiations with the National Council of
  Harbour Workers Unions" is AGREE JPN ORG (the employers' association, a trade association) -> JPN ORG
  (the unions' council), negated, undated (present perfect, no time expression), "he said" attribution;
  the negotiations are its object (CONSULT planned arguable, skipped). "because the council insisted on
  talks with shippers as well as dock management" is REQUEST JPN ORG -> the association (12a's
  "insisted"), undated. "The strike, which began on Tuesday" is a later mention of the strike keeping its
  own date (EVENTS.md 21; 29b's "The strike is due to continue tomorrow"), 1987-04-21, asserted; "began"
  aspectual and "halted container movements" its consequence (skipped).
* 19 (CCC bonus flour for North Yemen, DCT Thu 1987-02-26, WASHINGTON; as 27b's 3904 and 29b/30a): accepting
  the export-bonus offer, awarding the bonus to Pillsbury and its payment in kind are export-bonus
  administration (GUIDELINES: skipped), the sale to North Yemen a purpose nominal (COOPERATE arguable), so
  "the U.S. Agriculture Department said" and the closing "it said" are STATEMENTs (USA GOV, DCT, WASHINGTON)
  and "the Export Enhancement Program initiative announced in April, 1986" is a STATEMENT by the implied
  USDA (a reduced relative with its own date, 27b's "announced Jan 26"), 1986-04 at month precision,
  location null.
* 19489 (Venezuela fraud probe, published 1987-06-29 00:18 with the dateline "CARACAS, June 28": the DCT is
  published_at's date, 1987-06-29, by the contract, although here the dateline is the day before; "on
  Friday" is 1987-06-26 from either day): "Banking authorities and police are investigating an alleged fraud
  by the second largest trading house ..." is ACCUSE VEN GOV (an investigation of someone; the two bodies
  one same-country record, EVENTS.md 12) -> the trading house (VEN BUS), undated (present progressive with
  no time expression of its own, 17a's standing activity), Azpurua's "told reporters" rule-3 attribution;
  "The Superintendency of Banks and the Technical and Judicial Police have both begun probes of Cambio la
  Guiara" is its later mention (trigger the event noun "probes", "begun" aspectual; "Azpurua said on Friday
  night" attribution, its date the saying's). "Police said the owners of the firm ... have left Venezuela"
  is a STATEMENT (VEN GOV; the owners' departure has no type), DCT, CARACAS. "The Venezuelan central bank on
  June 17 suspended the licences of all 21 foreign exchange operators in the parallel market" is SANCTION
  VEN GOV -> the operators (VEN BUS; a punitive regulatory measure against named parties, not a monetary
  operation; COERCE arguable), 1987-06-17, and "blaming their speculation for the constant rise in the value
  of the U.S. Dollar" an ACCUSE of its own (the same agent and target, the same date by rule 3; a
  participial elaboration skipped as EVENTS.md 3 arguable). "Juan Domingo Cordero ... said on Friday he had
  begun legal action against Cambio la Guiara for issuing him four checks without funds" is ACCUSE VEN
  PERSON -> Cambio la Guiara (a lawsuit, 32a/34a) on "legal action" ("begun" light/aspectual), undated (the
  pluperfect action precedes Friday's saying, which is attribution: own_blind's "said in December ... had
  held discussions"). The house's operating on the parallel market is stative and the traders' buying and
  selling market activity.
* 7582 (Sarrazin on Brazil, DCT Fri 1987-03-20, FRANKFURT): every reporting clause is a STATEMENT (DEU BUS,
  DCT, FRANKFURT): the lead "said" (a solution is unthinkable without the IMF: an assessment, no actor
  asked), "Sarrazin told the business daily Handelsblatt" (a direct telling, wire style: DCT, 32b/5a; the
  moratorium's cost in goodwill), '"Alternatives ... are over," he said', "noted that Brazil was still
  prepared to negotiate" (a willingness, CONSULT hypothetical arguable, skipped), "But he said work in the
  coordinating committees had already run into difficulties ...", "Justified calls by debtors for more
  flexibility ... were blocked because U.S. Regulations made solutions ... virtually impossible, he said"
  (an assessment; the debtors' calls are an unnamed group's background nominal, REQUEST arguable; ACCUSE
  toward the USA arguable) and '"this was an alternative which has to be brought in," Sarrazin said' (no
  actor asked, EVENTS.md 2: STATEMENT; "many European banks were opposed" an unnamed group's stance,
  skipped). '"Now there will certainly be no solutions without the IMF," he said' is the quoted restatement
  of the lead (later mention, EVENTS.md 3). Brazil's interest moratorium is a background nominal (EVENTS.md
  10: payment freeze, no type); Sarrazin's representing German banks is stative.
* 3942 (Oregon lumber for Iraq, DCT Wed 1987-03-11, PORTLAND): "A Portland-based wood products company has
  signed a 13 mln dlr contract with the Iraqi government to supply finished softwood lumber to Iraq" is
  AGREE USA BUS -> IRQ GOV on "signed" (as the earlier sets' signed contracts), undated (present perfect,
  rule 17), location null; "Edward Niedermeyer ... said yesterday" is rule-3 attribution. Niedermeyer's
  reporting clauses ("told the House Foreign Affairs sub-committee ... in Washington", "he said" on the
  plywood delivery, "Niedermeyer said the government export credit guarantee program ... was the key", "he
  said" on the first sale to Iraq, "He said the contract calls for ...", "He estimated the profit
  potential") are STATEMENTs (USA BUS) made at yesterday's hearing: dated 1987-03-10 by the lead's
  "yesterday" as said on the same occasion (15b, 17a, EVENTS.md 20's true date; the DCT by a strict rule-2
  reading arguable), located in Washington (the hearing's place). Praise of the USDA programme is about a
  policy, not an actor (EVENTS.md 6: STATEMENT). "Niedermeyer spent two weeks in Baghdad negotiating the sale
  late last month and early March" is CONSULT USA -> the Iraqi government (implied IRQ GOV), asserted,
  dated by its start (EVENTS.md 21): "late last month" = 1987-02 (month), in Baghdad. The forum membership
  and its purpose are stative.
* 18564 (Commonwealth Bank rates, DCT Thu 1987-06-18, SYDNEY): a commercial bank setting its own reference
  rates is corporate pricing (23b's Westpac), so "The Commonwealth Bank of Australia said it will lower its
  reference rate ..." and "Bank officials have said the bank regards the overdraft reference rate ... as its
  key prime lending rate" (officials of a named bank, EVENTS.md 4; "have said" wire style, EVENTS.md 16) are
  STATEMENTs (AUS BUS, DCT, SYDNEY); the other banks' cuts and the market rates are skipped.
* 11964 (French maize plantings, DCT Wed 1987-04-01, PARIS): the farmers' planting intentions are no
  event (generic producers' plans, statistics), so the four reporting clauses (the AGPM's "said", "It
  said", "the AGPM said" and AMSOL's "said") are statistics/forecast STATEMENTs (FRA ORG, trade
  associations; DCT, PARIS).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind42a.jsonl"

SEO = ("SEOUL", "KOR")
TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
CAR = ("CARACAS", "VEN")
FRA = ("FRANKFURT", "DEU")
SYD = ("SYDNEY", "AUS")
PAR = ("PARIS", "FRA")
HEARING = ("Washington", "USA")

KOR_GOV_IMPLIED = (None, "KOR", "GOV")
USA_BUS_IMPLIED = (None, "USA", "BUS")
USA_GOV_IMPLIED = (None, "USA", "GOV")
IRQ_GOV_IMPLIED = (None, "IRQ", "GOV")
JPN_ORG_IMPLIED = (None, "JPN", "ORG")
BALDRIGE = ("U.S. Commerce Secretary Malcolm Baldrige", "USA", "GOV")
SARRAZIN = ("Juergen Sarrazin", "DEU", "BUS")
NIEDERMEYER = ("Edward Niedermeyer", "USA", "BUS")
CBA = ("The Commonwealth Bank of Australia", "AUS", "BUS")
AGPM = ("the French Maize Producers' Association, AGPM", "FRA", "ORG")
CENTRAL_BANK = ("The Venezuelan central bank", "VEN", "GOV")
OPERATORS = ("all 21 foreign exchange operators", "VEN", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17312": {
        "events": [
            # 0
            ("STATEMENT", "unveiled", ("South Korea", "KOR", "GOV"), None, SEO,
             "1987-04-27", "day", None, "asserted", None,
             "announcement of a 2.6 bln dlr shopping list of U.S. goods (planned purchases from unnamed U.S. sellers "
             "are the content, 38b/33a; COOPERATE planned or AGREE arguable); wire-style lead: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "The government said"), ("The government", "KOR", "GOV"), None, SEO,
             "1987-04-27", "day", None, "asserted", None,
             "assessment: the list would help freeze this year's surplus with the U.S. at the 1986 level; DCT"),
            # 2
            ("STATEMENT", "told", ("one Trade Ministry official", "KOR", "GOV"), None, SEO,
             "1987-04-27", "day", None, "asserted", None,
             "surplus figures and the government's steps to constrain it (domestic policy, content); an official of a "
             "named ministry (EVENTS.md 4); DCT"),
            # 3
            ("STATEMENT", ("said", "A government statement said"), ("A government statement", "KOR", "GOV"), None, SEO,
             "1987-04-27", "day", None, "asserted", None,
             "the 2.6 bln dlrs come in addition to last month's purchases by the trade mission (the statement's author "
             "the government, 23a/28a); DCT"),
            # 4
            ("COOPERATE", "purchases", ("a South Korean trade mission", "KOR", "GOV"), USA_BUS_IMPLIED,
             ("the United States", "USA"),
             "1987-03", "month", "last month", "asserted", None,
             "about two bln dlrs of purchases made last month by a South Korean trade mission to the U.S. (a nominal "
             "with its own predication and date, EVENTS.md 11; U.S. sellers implied, 20b); 'last month' from April = "
             "1987-03"),
            # 5
            ("CONSULT", "visit", BALDRIGE, KOR_GOV_IMPLIED, ("Seoul", "KOR"),
             "1987-04", "month", "this week", "asserted", None,
             "Baldrige's visit here (Seoul; host implied) this week: it precedes Monday's announcement, so it lies in "
             "April (a week kept at its month, EVENTS.md 21)"),
            # 6
            ("THREATEN", ("said", "Baldrige, who said"), (("Malcolm Baldrige", "Commerce Secretary"), "USA", "GOV"),
             (("South\nKorea", "that if South"), "KOR", "GOV"), ("Seoul", "KOR"),
             "1987-04", "month", "this week", "asserted", None,
             "warning: if South Korea wanted to avoid protectionist retaliation it should not falter in opening its "
             "market and cutting its surplus (a warning with consequences, 27a/28b; REQUEST arguable); said during "
             "the visit: dated by it (EVENTS.md 19, 15b; DCT arguable)"),
            # 7
            ("STATEMENT", ("said", "The statement said"), ("The statement", "KOR", "GOV"), None, SEO,
             "1987-04-27", "day", None, "asserted", None,
             "public bodies would buy 480 mln dlrs of U.S. cars, computers ... (planned purchases from unnamed U.S. "
             "sellers: content, as the lead); DCT"),
            # 8
            ("STATEMENT", "added", (("it", 'budgets," it'), "KOR", "GOV"), None, SEO,
             "1987-04-27", "day", None, "asserted", None,
             "the amount includes 89 mln dlrs of purchases not in the budgets (new content: a second record, EVENTS.md "
             "3); DCT"),
            # 9
            ("COOPERATE", "bought", (("South Korea", "said South Korea"), "KOR", "GOV"), USA_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "South Korea had already bought 310 mln dlrs of U.S. wheat, cotton, corn and soybeans (20b's Soviet corn "
             "purchase: implied U.S. sellers); pluperfect, no time expression: undated; the officials' 'said' is "
             "rule-3 attribution"),
            # 10
            ("STATEMENT", ("said", "this year, they said"), (("they", "this year, they"), "KOR", "GOV"), None, SEO,
             "1987-04-27", "day", None, "asserted", None,
             "the country would buy nearly all its planned imports of such commodities from the U.S. (Agriculture "
             "Ministry officials; the planned buying content); DCT"),
            # 11
            ("RETREAT", "reduce", (("The government", "The government will"), "KOR", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "the government will take steps to reduce tariffs and accelerate market opening (dropping trade "
             "barriers = RETREAT, 33b; actor2 null: no target in the clause, toward the USA arguable); 'the statement "
             "said' is rule-3 attribution; no time expression: undated"),
        ],
        "skip": [
            ("shopping list", "content of the announcement (the planned purchases)"),
            ("seeking", "policy (content)"),
            ("limiting", "policy content (domestic trade policy)"),
            ("ease", "purpose of the policy"),
            ("freeze", "content of the assessment"),
            ("projected", "forecast, content of the quote"),
            ("taken steps", "domestic measures, content of the quote"),
            ("constrain", "content of the quote"),
            ("trade mission", "agent of the purchases (CONSULT KOR -> USA as 15a's trade mission arguable)"),
            ("announcement", "anaphoric nominal (the shopping list's announcement)"),
            ("avoid", "condition of the warning"),
            ("retaliation", "the threatened act"),
            ("falter", "content of the warning"),
            (("open", "policies to open"), "content of the warning"),
            (("cut", "market and cut"), "content of the warning"),
            (("buy", "institutions would buy"), "content of the statement (planned purchases)"),
            (("purchases", "89 mln dlrs worth of"), "content of the added remark"),
            ("shifted", "content of the list (purchases shifted from other nations)"),
            (("said", "Ministry officials said"), "rule-3 attribution (the purchase is the event)"),
            (("buy", "country would buy"), "content of the statement (planned imports)"),
            ("accelerate", "same clause as the tariff reduction (one RETREAT record)"),
            ("restrain", "export restraint in the same list (a separate RETREAT arguable)"),
            (("cut", "restrain exports and cut"), "domestic export-financing measure"),
            (("said", "the statement said."), "rule-3 attribution (the RETREAT is the event)"),
            ("reorganise", "domestic reorganisation of trade agents: no type"),
            ("trade show", "no type (COOPERATE arguable)"),
        ],
        "entities": [
            ("South Korea", "GPE", "KOR"),
            ("U.S.", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            ("United States", "GPE", "USA"),
            ("Trade Ministry", "ORG", "KOR"),
            ("Reuters", "ORG", "GBR"),
            ("South Korean", "NORP", "KOR"),
            (("United States", "mission to the"), "GPE", "USA"),
            (("U.S.", "by\nU.S."), "GPE", "USA"),
            ("Malcolm Baldrige", "PERSON", "USA"),
            (("South\nKorea", "that if South"), "GPE", "KOR"),
            (("U.S.", "worth of U.S."), "GPE", "USA"),
            ("Agriculture Ministry", "ORG", "KOR"),
            (("South Korea", "said South Korea"), "GPE", "KOR"),
            (("U.S.", "310 mln dlrs worth of"), "GPE", "USA"),
            (("United States", "buy from the"), "GPE", "USA"),
            (("South Korea", "South Korea will"), "GPE", "KOR"),
            (("U.S.", "November for"), "GPE", "USA"),
        ],
    },
    "reuters21578-17073": {
        "events": [
            # 0
            ("PROTEST", "strike", ("Japanese dockworkers", "JPN", "ORG"), None, ("Japan", "JPN"),
             "1987-04", "month", "over the weekend", "planned", None,
             "the dockworkers' strike will continue over the weekend (25-26 April; a weekend kept at its month, "
             "16b/17a); no target named (events_dev's dock strike: actor2 null); the spokesman's 'said' is rule-3 "
             "attribution"),
            # 1
            ("AGREE", "agreed", ("The association", "JPN", "ORG"),
             ("the National Council of Harbour Workers Unions", "JPN", "ORG"), None,
             None, "unknown", None, "negated", None,
             "the employers' association has not yet agreed on a schedule for preliminary negotiations with the "
             "unions' council (negated; present perfect, no time expression: undated); 'he said' attribution"),
            # 2
            ("REQUEST", "insisted", ("the council", "JPN", "ORG"), ("The association", "JPN", "ORG"), None,
             None, "unknown", None, "asserted", None,
             "the council insisted on talks with shippers as well as dock management (a demand to the association, "
             "12a's 'insisted'); no time expression: undated"),
            # 3
            ("PROTEST", ("strike", "The strike, which"), JPN_ORG_IMPLIED, None, ("Japan", "JPN"),
             "1987-04-21", "day", "on Tuesday", "asserted", 0,
             "later mention: the strike began on Tuesday (Tue 21 April before Fri 24 April; its own time expression "
             "kept, EVENTS.md 21); strikers implied"),
        ],
        "skip": [
            ("continue", "part of the planned strike (coded on 'strike')"),
            ("breakthrough", "no event (negated state of the dispute)"),
            (("said", "spokesman said"), "rule-3 attribution (the strike is the event)"),
            ("negotiations", "object of the negated agreement (CONSULT planned arguable)"),
            (("said", "management, he said"), "rule-3 attribution (the negated agreement and the demand are the events)"),
            ("talks", "content of the demand"),
            ("began", "aspectual (the strike is coded on 'strike')"),
            ("halted", "consequence of the strike (no type)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Japan Harbour Transportation Association", "ORG", "JPN"),
            ("National Council of Harbour Workers Unions", "ORG", "JPN"),
            (("Japan", "points inside"), "GPE", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("Yokohama", "GPE", "JPN"),
            ("Nagoya", "GPE", "JPN"),
            ("Osaka", "GPE", "JPN"),
            ("Kobe", "GPE", "JPN"),
            ("Kitakyushu", "GPE", "JPN"),
            ("Shimizu", "GPE", "JPN"),
            ("Yokkaichi", "GPE", "JPN"),
            ("Hakata", "GPE", "JPN"),
        ],
    },
    "reuters21578-19": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the U.S. Agriculture Department", "USA", "GOV"), None, WAS,
             "1987-02-26", "day", None, "asserted", None,
             "the CCC accepted an export-bonus offer for wheat flour to North Yemen (export-bonus administration: no "
             "type, GUIDELINES, 27b; so the reporting clause is a STATEMENT); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "announced", USA_GOV_IMPLIED, None, None,
             "1986-04", "month", "April, 1986", "asserted", None,
             "the Export Enhancement Program initiative announced in April, 1986 (a reduced relative with its own date, "
             "EVENTS.md 11, 27b's 'announced Jan 26'; the announcer implied: the USDA)"),
            # 2
            ("STATEMENT", ("said", "1986, it said"), (("it", "1986, it"), "USA", "GOV"), None, WAS,
             "1987-02-26", "day", None, "asserted", None,
             "the purchases complete the EEP initiative (a second reporting clause with new content); DCT"),
        ],
        "skip": [
            ("accepted", "acceptance of an export-bonus offer: export-bonus administration (no type, GUIDELINES, 27b)"),
            ("sale", "the sale to North Yemen covered by the bonus: purpose nominal (COOPERATE arguable, 27b)"),
            ("shipment", "shipment schedule (content)"),
            (("awarded", "bonus\nawarded"), "export-bonus administration"),
            ("paid", "bonus payment in kind: export-bonus administration"),
            (("awarded", "The bonus was"), "export-bonus administration (award to Pillsbury)"),
            ("purchases", "anaphoric nominal (the flour purchases; COOPERATE arguable)"),
            ("complete", "no event"),
            ("initiative", "programme nominal (its announcement is coded on 'announced')"),
        ],
        "entities": [
            ("Commodity Credit Corporation", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("North Yemen", "GPE", "YEM"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("CCC", "from the"), "ORG", "USA"),
            ("Pillsbury Company", "ORG", "USA"),
        ],
    },
    "reuters21578-19489": {
        "events": [
            # 0
            ("ACCUSE", "investigating", ("Banking authorities and police", "VEN", "GOV"),
             ("the second largest trading house", "VEN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "banking authorities and police are investigating an alleged fraud by the trading house (an investigation "
             "of someone; the two bodies one same-country record, EVENTS.md 12); present progressive with no time "
             "expression: undated; Azpurua's 'told reporters' is rule-3 attribution"),
            # 1
            ("ACCUSE", "probes", ("The Superintendency of Banks and the Technical and Judicial\nPolice", "VEN", "GOV"),
             (("Cambio la Guiara", "probes of"), "VEN", "BUS"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: both bodies have begun probes of Cambio la Guiara ('begun' aspectual; 'Azpurua said on "
             "Friday night' dates the saying, which is attribution)"),
            # 2
            ("STATEMENT", ("said", "Police said"), (("Police", "Friday night."), "VEN", "GOV"), None, CAR,
             "1987-06-29", "day", None, "asserted", None,
             "the owners of the firm have left Venezuela (no type); wire style: DCT = published_at's date 1987-06-29 "
             "(the dateline says June 28), dateline city"),
            # 3
            ("SANCTION", "suspended", CENTRAL_BANK, OPERATORS, None,
             "1987-06-17", "day", "June 17", "asserted", None,
             "the central bank suspended the licences of all 21 parallel-market operators (a punitive regulatory "
             "measure against named parties: SANCTION; COERCE arguable; not a monetary operation)"),
            # 4
            ("ACCUSE", "blaming", CENTRAL_BANK, OPERATORS, None,
             "1987-06-17", "day", "June 17", "asserted", None,
             "blaming their speculation for the dollar's rise (an accusation; the same date as the suspension it "
             "justifies, rule 3; a participial elaboration skipped, EVENTS.md 3, arguable)"),
            # 5
            ("ACCUSE", "legal action", ("Juan Domingo Cordero", "VEN", "PERSON"),
             (("Cambio la\nGuiara", "legal action against"), "VEN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Cordero had begun legal action against Cambio la Guiara for bounced checks (a lawsuit = ACCUSE, 32a/34a); "
             "'said on Friday' dates the saying (attribution); the pluperfect action precedes it: undated"),
        ],
        "skip": [
            ("alleged", "background: allegation (content of the investigation)"),
            ("fraud", "object of the investigation"),
            ("told", "rule-3 attribution (the investigation is the event)"),
            (("begun", "have both begun"), "aspectual (the probes are coded on 'probes')"),
            (("said", "Azpurua said"), "rule-3 attribution (the probes are the event)"),
            ("left", "content of the police statement (departure: no type)"),
            (("operated", "Guiara operated"), "stative"),
            ("buy and sell", "market activity (generic)"),
            ("speculation", "object of the blame"),
            (("said", "said on Friday he"), "rule-3 attribution (the legal action is the event)"),
            (("begun", "he had begun"), "aspectual / light verb (the action is coded on 'legal action')"),
            ("issuing", "grounds of the legal action"),
            (("operated", "had operated"), "stative"),
        ],
        "entities": [
            ("Caracas", "GPE", "VEN"),
            ("Manuel Azpurua", "PERSON", "VEN"),
            ("Superintendency of Banks", "ORG", "VEN"),
            ("Technical and Judicial\nPolice", "ORG", "VEN"),
            (("Cambio la Guiara", "probes of"), "ORG", "VEN"),
            (("Azpurua", "Azpurua said"), "PERSON", "VEN"),
            ("Mario Muggia", "PERSON", "VEN"),
            ("Luigi Muggia", "PERSON", "VEN"),
            ("Venezuela", "GPE", "VEN"),
            (("Cambio la Guiara", "have left"), "ORG", "VEN"),
            ("Venezuelan", "NORP", "VEN"),
            ("U.S.", "GPE", "USA"),
            ("Juan Domingo Cordero", "PERSON", "VEN"),
            ("Caracas Stock\nExchange", "ORG", "VEN"),
            (("Cambio la\nGuiara", "legal action against"), "ORG", "VEN"),
            (("Cambio la Guiara", "The Cambio"), "ORG", "VEN"),
            (("Venezuela", "had operated in"), "GPE", "VEN"),
        ],
    },
    "reuters21578-7582": {
        "events": [
            # 0
            ("STATEMENT", "said", SARRAZIN, None, FRA,
             "1987-03-20", "day", None, "asserted", None,
             "assessment: a solution to Brazil's debt problems is unthinkable without IMF involvement (no actor asked, "
             "EVENTS.md 2); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", (("Sarrazin", "Sarrazin told"), "DEU", "BUS"), None, FRA,
             "1987-03-20", "day", None, "asserted", None,
             "Brazil's interest moratorium cost it the goodwill of many banks (assessment); a direct telling to the "
             "daily, wire style: DCT (32b/5a)"),
            # 2
            ("STATEMENT", ("said", 'IMF," he said'), (("he", 'IMF," he said'), "DEU", "BUS"), None, FRA,
             "1987-03-20", "day", None, "asserted", 0,
             "quoted restatement of the lead ('no solutions without the IMF'): later mention (EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", 'over," he said'), (("he", 'over," he said'), "DEU", "BUS"), None, FRA,
             "1987-03-20", "day", None, "asserted", None,
             "alternatives such as bringing the IMF in loosely are over (new content)"),
            # 4
            ("STATEMENT", "noted", (("Sarrazin", "Sarrazin, who"), "DEU", "BUS"), None, FRA,
             "1987-03-20", "day", None, "asserted", None,
             "Brazil was still prepared to negotiate (a willingness: CONSULT hypothetical arguable, skipped)"),
            # 5
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"), "DEU", "BUS"), None, FRA,
             "1987-03-20", "day", None, "asserted", None,
             "work in the coordinating committees had run into difficulties before the moratorium (assessment)"),
            # 6
            ("STATEMENT", ("said", "impossible, he said"), (("he", "impossible, he"), "DEU", "BUS"), None, FRA,
             "1987-03-20", "day", None, "asserted", None,
             "debtors' calls for flexibility were blocked because U.S. regulations made interest capitalisation "
             "impossible (assessment; ACCUSE toward the USA arguable)"),
            # 7
            ("STATEMENT", ("said", 'Sarrazin said.'), (("Sarrazin", 'in," Sarrazin'), "DEU", "BUS"), None, FRA,
             "1987-03-20", "day", None, "asserted", None,
             "'this was an alternative which has to be brought in' (no actor asked: STATEMENT, EVENTS.md 2)"),
        ],
        "skip": [
            ("involvement", "content of the assessment"),
            (("moratorium", "payments moratorium"), "background nominal (Brazil's payment freeze: no type, EVENTS.md 10)"),
            ("cost", "content of the assessment"),
            ("bringing", "content of the quote"),
            ("represents", "stative"),
            ("negotiate", "content: Brazil's willingness to negotiate (CONSULT hypothetical arguable)"),
            ("run into", "content of the assessment"),
            (("moratorium", "Brazil's interest moratorium"), "background nominal (the payment freeze)"),
            ("calls", "background nominal: calls by unnamed debtors (REQUEST arguable)"),
            ("blocked", "content of the assessment"),
            ("opposed", "stance of unnamed banks (stative; REJECT arguable)"),
            ("brought in", "content of the quote"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
            ("International\nMonetary Fund", "ORG", None),
            ("Juergen Sarrazin", "PERSON", "DEU"),
            ("Dresdner Bank AG", "ORG", "DEU"),
            ("Latin America", "LOC", None),
            (("Sarrazin", "Sarrazin told"), "PERSON", "DEU"),
            ("Handelsblatt", "ORG", "DEU"),
            (("Brazil", "Handelsblatt that"), "GPE", "BRA"),
            ("IMF", "ORG", None),
            (("IMF", "bringing the"), "ORG", None),
            (("Sarrazin", "Sarrazin, who"), "PERSON", "DEU"),
            (("Dresdner", "through"), "ORG", "DEU"),
            ("German", "NORP", "DEU"),
            (("Brazil", "noted that"), "GPE", "BRA"),
            (("Brazil", "difficulties before"), "GPE", "BRA"),
            ("U.S.", "GPE", "USA"),
            ("European", "NORP", None),
            (("Sarrazin", 'in," Sarrazin'), "PERSON", "DEU"),
        ],
    },
    "reuters21578-3942": {
        "events": [
            # 0
            ("AGREE", "signed", ("A Portland-based wood\nproducts company", "USA", "BUS"),
             ("the Iraqi government", "IRQ", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "signed a 13 mln dlr contract with the Iraqi government to supply lumber (signing = AGREE); present "
             "perfect, no time expression: undated (rule 17); 'said yesterday' dates the attribution only"),
            # 1
            ("STATEMENT", "told", (("Niedermeyer", "Niedermeyer told"), "USA", "BUS"), None, HEARING,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "the sales agreement contains an option worth more than 20 mln dlrs; told the House sub-committee in "
             "Washington at the hearing the lead dates 'yesterday' (same occasion, 15b/17a; DCT arguable)"),
            # 2
            ("STATEMENT", ("said", "program, he said"), (("he", "program, he said"), "USA", "BUS"), None, HEARING,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "the plywood delivery hinges on the USDA's interpretation (content); same hearing: yesterday"),
            # 3
            ("STATEMENT", ("said", "Niedermeyer said the"), (("Niedermeyer", "Niedermeyer said the"), "USA", "BUS"), None,
             HEARING,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "assessment: the GSM-102 programme was the key to opening the Iraqi market (praise of a policy: "
             "STATEMENT, EVENTS.md 6); same hearing"),
            # 4
            ("STATEMENT", ("said", "Iraq, he said"), (("he", "Iraq, he said"), "USA", "BUS"), None, HEARING,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "quote: the first time they could sell wood products in Iraq, thanks to the USDA programme; same hearing"),
            # 5
            ("STATEMENT", ("said", "He said the contract"), (("He", "He said the contract"), "USA", "BUS"), None,
             HEARING,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "the contract's volume terms (content); same hearing"),
            # 6
            ("STATEMENT", "estimated", (("He", "He estimated"), "USA", "BUS"), None, HEARING,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "estimate of the profit potential (10a's 'estimated'); same hearing"),
            # 7
            ("CONSULT", "negotiating", (("Niedermeyer", "Niedermeyer spent"), "USA", "BUS"), IRQ_GOV_IMPLIED,
             ("Baghdad", "IRQ"),
             "1987-02", "month", "late last month", "asserted", None,
             "spent two weeks in Baghdad negotiating the sale (with the Iraqi government, implied) late last month and "
             "early March: dated by its start, 1987-02 (month; EVENTS.md 21)"),
        ],
        "skip": [
            ("contract", "object of the signing (coded on 'signed')"),
            ("supply", "content of the contract"),
            (("said", "Co said"), "rule-3 attribution (the signing is the event)"),
            ("sales agreement", "anaphoric nominal (the signed contract)"),
            ("exported", "content (the option)"),
            ("delivery", "content (conditional delivery of plywood)"),
            ("interpret", "content (the USDA's pending interpretation)"),
            ("administered", "stative (programme administration)"),
            ("opening", "content of the assessment"),
            ("captured", "stative (market share of Scandinavian producers)"),
            ("sell", "content of the quote"),
            ("lead to", "hope, content of the quote"),
            ("supplying", "content (contract terms)"),
            (("sale", "his company on the"), "anaphoric nominal (the contract)"),
            (("sale", "negotiating the"), "object of the negotiations"),
            ("promote", "purpose of the forum (stative)"),
            ("include", "stative (membership)"),
        ],
        "entities": [
            ("Portland", "GPE", "USA"),
            ("Iraqi", "NORP", "IRQ"),
            (("Iraq", "lumber to"), "GPE", "IRQ"),
            ("Edward Niedermeyer", "PERSON", "USA"),
            ("Niedermeyer-Martin Co", "ORG", "USA"),
            (("Niedermeyer", "Niedermeyer told"), "PERSON", "USA"),
            ("House Foreign Affairs sub-committee on\nInternational Economic Policy and Trade", "ORG", "USA"),
            ("Washington", "GPE", "USA"),
            ("U.S. Department of\nAgriculture", "ORG", "USA"),
            (("Niedermeyer", "Niedermeyer said the"), "PERSON", "USA"),
            ("USDA", "ORG", "USA"),
            (("Iraqi", "opening the"), "NORP", "IRQ"),
            ("Scandinavian", "NORP", None),
            (("Iraq", "wood products in"), "GPE", "IRQ"),
            (("USDA", "Without the"), "ORG", "USA"),
            (("U.S.", "market for"), "GPE", "USA"),
            (("Niedermeyer", "Niedermeyer spent"), "PERSON", "USA"),
            ("Baghdad", "GPE", "IRQ"),
            ("United\nStates-Iraq Business Forum", "ORG", "USA"),
            (("Iraq", "commerce with"), "GPE", "IRQ"),
            ("Westinghouse", "ORG", "USA"),
            ("General Electric", "ORG", "USA"),
            (("Niedermeyer", "but Niedermeyer"), "PERSON", "USA"),
        ],
    },
    "reuters21578-18564": {
        "events": [
            # 0
            ("STATEMENT", "said", CBA, None, SYD,
             "1987-06-18", "day", None, "asserted", None,
             "it will lower its reference rates effective June 24 (a commercial bank's own pricing, 23b's Westpac: no "
             "type, content); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "have said"), ("Bank officials", "AUS", "BUS"), None, SYD,
             "1987-06-18", "day", None, "asserted", None,
             "the bank regards the overdraft reference rate as its key prime rate (officials of a named bank, EVENTS.md "
             "4; 'have said' wire style, EVENTS.md 16: DCT)"),
        ],
        "skip": [
            ("lower", "a commercial bank's own rate setting (corporate pricing, 23b: no type)"),
            ("regards", "stative (content)"),
            (("cut", "latest to cut"), "other banks' rate cuts (corporate pricing)"),
            ("decline", "market movement"),
        ],
        "entities": [
            ("Commonwealth Bank of Australia", "ORG", "AUS"),
        ],
    },
    "reuters21578-11964": {
        "events": [
            # 0
            ("STATEMENT", ("said", "AGPM,\nsaid"), AGPM, None, PAR,
             "1987-04-01", "day", None, "asserted", None,
             "forecast: French farmers plan to cut maize sowings by 100,000-150,000 ha (generic producers' plans, no "
             "type); a trade association (ORG); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "FRA", "ORG"), None, PAR,
             "1987-04-01", "day", None, "asserted", None,
             "its first estimate of planting intentions by region (statistics)"),
            # 2
            ("STATEMENT", ("said", "the AGPM said"), (("the AGPM", "the AGPM said"), "FRA", "ORG"), None, PAR,
             "1987-04-01", "day", None, "asserted", None,
             "south-west producers intend to plant a similar area (forecast)"),
            # 3
            ("STATEMENT", ("said", "AMSOL,\nsaid"), ("the oilseed plant breeding association, AMSOL", "FRA", "ORG"), None,
             PAR,
             "1987-04-01", "day", None, "asserted", None,
             "sunflower and soya planting indications (statistics); AMSOL French by context (the story's Paris dateline "
             "and 'in France')"),
        ],
        "skip": [
            ("planning", "content: farmers' planting plans (no type)"),
            (("cut", "planning to cut"), "content (generic producers' plans)"),
            (("harvested", "1.87 mln ha"), "statistics"),
            (("indicated", "planting intentions indicated"), "content (statistics)"),
            (("harvested", "which harvested"), "statistics"),
            (("estimated", "plantings\nwere estimated"), "statistics (no acting actor)"),
            ("ranged", "statistics"),
            ("intended", "content of the statement (producers' intentions)"),
            ("provided", "condition"),
            (("indicated", "this year are indicated"), "content (statistics)"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("French Maize\nProducers' Association", "ORG", "FRA"),
            ("AGPM", "ORG", "FRA"),
            ("Picardy", "GPE", "FRA"),
            ("Paris Basin", "LOC", "FRA"),
            ("Poitou-Charentes", "GPE", "FRA"),
            (("AGPM", "the AGPM said"), "ORG", "FRA"),
            ("Midi-Pyrenees", "GPE", "FRA"),
            ("AMSOL", "ORG", "FRA"),
            ("France", "GPE", "FRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
