"""Build ``own_blind17b.jsonl``: blind events set 17b, annotated from the texts alone before any
extractor run on these articles, with every named entity mention (span, type, country).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind17b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,930 left); 24 drawn with random.Random(17101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 8-15 (8 articles).
49 event records (46 first mentions, 3 later mentions), 86 not_annotated spans, 122 entity
mentions; reuters21578-15580 (Argentine weather table) has no event (a negative); 15103 (J.P. Morgan) and
13123 (USDA rice outlook) have reporting-clause STATEMENTs only.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), as in the
earlier sets: job titles are not part of a PERSON span and are not ORG mentions ("Oil Minister
Gholamreza Aqazadeh", "former White House Chief of Staff Donald Regan": "White House" ORG + PERSON);
"Reagan administration" gives PERSON "Reagan"; a government body with its country word is one ORG
span ("U.S. Agriculture Department"); the lower-case "the council", "the tribunal", "the revenue
department" and "Canadian finance department" are common nouns (only "Canadian" is tagged, NORP);
"Canadian" in "30 Canadian cts" is a NORP mention; "Tower board" is ORG USA (12b's "Tower
commission"); the New York Times / "the Times" are ORG USA; IRNA / "Irna" ORG IRN; the European
Community ORG null; the Middle East, Africa, the Gulf (also in "Gulf war"), the Black Sea, the
Caspian Sea and "the Caspian" LOC null; Anzali, Nowshahr, Neka and Jolfa GPE IRN; the Argentine
weather stations (BUENOS AIRES ... SANTA FE) GPE ARG; the Euromarket (a financial market) is not
an entity; Sheldahl Inc is taken as USA (a U.S.-listed company filing with the SEC, well known as
a Minnesota firm; the text gives no country).

Judgement calls:
* 4668 (Wallison / Reagan): the whole story relays a New York Times interview, so every saying by
  Wallison is second-hand speech (guidelines rule 4; 13a's "MAP reported", 15b's continuing
  relayed report): undated, location null, and the Times' two "reported" are attribution of
  relayed speech. "President Reagan's legal adviser said the President could not recall ..." is a
  STATEMENT; the quoted "he had no recollection ... was quoted as saying" its later mention
  (trigger "quoted", 15b); '"That led us to expect ...," Wallison said' a second STATEMENT
  ("referring to" its participial elaboration, skipped). "a 1985 arms sale to Iran" is a nominal
  with its own date (EVENTS.md 11): COOPERATE, 1985 (year); its seller is implied ISR because the
  next sentence identifies the approval question as "an Israeli shipment of U.S. Arms to Iran",
  which is its later mention (COOPERATE ISR -> IRN; a USA seller for "sale" is the main
  alternative). Reagan's approval (content / a "whether" question) and his appearance before the
  Tower board (a presupposed time clause inside the quote) are skipped. "Wallison said John
  Poindexter ... kept him from probing the scandal" and "Wallison told the newspaper that
  Poindexter ... refused to give him information" are read by rule 3 (neutral "said"/"told", a
  typed act as main proposition): REJECT USA -> USA (obstruction / refusal toward Wallison; ACCUSE
  by Wallison on the reporting verb was the alternative), "said"/"told" attribution. "kept ...
  for weeks after it was first made public last November" is dated by its start, 1986-11 (month);
  "refused" has no time expression (undated). "who resigned from his NSC post last November 25" is
  RETREAT, 1986-11-25; "Peter Wallison, who is resigning" RETREAT planned (progressive of a
  departure still ahead), undated. "despite pleas by ... Donald Regan" is REQUEST Regan ->
  Poindexter (a nominal with its own agent), undated. '"Regan told me on several occasions that he
  had been unable to move Poindexter ..." he said': Regan's telling is a STATEMENT by Regan ("on
  several occasions" gives no value: undated), Wallison's "said" attribution (16b's "officials
  said Washington had indicated"); "move Poindexter" is the pleas again (content, skipped).
* 1845 (Economic Policy Council): the council's Friday meeting is an internal meeting of one body
  (EVENTS.md 10, skipped), so the administration officials' three "said" are STATEMENTs (DCT,
  Washington; officials of a named government are identifiable, EVENTS.md 4). "Grain trade
  officials have speculated" is unnamed industry talk (skipped), the speculated export enhancement
  offer its content. "USDA officials have said the matter is not under active consideration" is a
  STATEMENT (wire-style "have said": DCT); a denial (REJECT) is arguable but nothing is denied
  outright. "USDA today transmitted to Congress a package of legislative proposals" is REQUEST USA
  -> USA (the executive asking the legislature to enact bills, as 16b's "asked Congress to give it
  authority"), 1987-03-04 by "today"; the bills' price cuts are their content (domestic price
  policy, skipped).
* 15580 (Argentine weather table): no event (a negative); only place names.
* 15103 (J.P. Morgan): earnings statements only. The non-accrual decision, the loan-loss
  provision cut and "posted ... losses" are corporate accounting/statistics (skipped; "previously
  announced" is a participle on that background nominal); Brazil's suspension of interest
  payments is skipped (EVENTS.md 10); "If Brazil does not resume payments" is a condition. Morgan's
  "said", "reported", "said", "added" (conditional forecast), "It reported" and the closing "Morgan
  said" are six STATEMENTs (DCT, New York); "a spokeswoman was unable to say" is a withheld
  STATEMENT (negated, own_blind3's "was unable to say"), the spokeswoman being Morgan's (USA BUS).
* 21568 (Iran / USSR swap): "The Soviet Union has agreed to supply Iran with refined oil products"
  is AGREE SUN -> IRN, undated (rule 17), IRNA's "said" attribution. "IRNA ... quoted ... Aqazadeh
  as saying ... the agreement was part of a protocol on economic cooperation signed during his
  visit": the signing is AGREE (implied parties, SUN -> IRN as the story's first agreement; located
  in Moscow, where the visit was), undated ("during his visit" has no value); "quoted"/"saying" are
  attribution; the visit and the return are presupposed time adjuncts (skipped, as 16a's
  "visiting" delegation and "recent talks"). "might double ..., he said" is a STATEMENT
  (forecast) continuing the relayed report: undated. "Aqazadeh said the two sides agreed to conduct
  feasibility studies" is AGREE SUN -> IRN with both actors on the compound span (16a), undated.
  "to protect part of its oil exports from Iraqi air attacks in the Gulf" is ASSAULT IRQ -> IRN
  (nominal with agent and place, as 14a's "Iranian attacks"), undated, location the Gulf (null);
  the pipeline project itself has no type. "Irna made no mention of natural gas exports" is a
  withheld STATEMENT by IRNA (negated, DCT, dateline Nicosia); "which Aqazadeh had said would be
  discussed before he left for Moscow" is CONSULT IRN -> SUN planned by rule 3 ("said"
  attribution), undated ("before he left" dates the saying). "Aqazadeh said Soviet refined
  products would be delivered at ... ports" gives the agreement's delivery terms: a STATEMENT (16a's
  licence terms), relayed: undated. Iran's refining losses and imports have no actor / no
  counterpart (skipped).
* 20763 (Canadian Import Tribunal): "said the countervailing duty on U.S. corn imports should be
  cut" is REQUEST CAN -> CAN (a recommendation addressed to the government - the report goes to the
  finance department and the decision is "up to the government"; EVENTS.md 2), DCT, Ottawa; "the
  duty is hurting Canadian farmers" a STATEMENT. "The duty was imposed last year" is SANCTION CAN
  (implied) -> USA, 1986 (year); "after the revenue department found U.S. corn production was
  subsidized" is an adverse ruling against the U.S. (SANCTION, guidelines; ACCUSE arguable),
  undated ("after" gives no value). The pending government decision is skipped.
* 7993 (Sumitomo Bakelite / Sheldahl): "told the Securities and Exchange Commission it has acquired
  325,000 shares of Sheldahl Inc" is COOPERATE JPN -> USA (a stake acquisition, 10b's "acquired a
  50 pct stake in"), undated; "told" the SEC is a filing (attribution); "said it bought the stock"
  its later mention. The two "said" clauses on preemptive rights and board representation are
  STATEMENTs (terms of the agreement, 16a's licence terms), DCT, Washington. "Under an between"
  (a word missing in the wire) is not annotated.
* 13123 (USDA rice outlook): ten reporting clauses, all STATEMENTs (DCT, Washington): "the U.S.
  Agriculture Department said", "the department said", four "USDA said" and four "the report said"
  (the department's named quarterly report speaking: implied author USA GOV, EVENTS.md 4 and 13b's
  OECD survey; first mentions, since each carries new content). The market gains ("recovered",
  "made inroads"), output and import changes are statistics / market activity with no counterpart
  (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAC = ("WASHINGTON", "USA")
NYC = ("NEW YORK", "USA")
NIC = ("NICOSIA", "CYP")
OTT = ("OTTAWA", "CAN")
MOSCOW = ("Moscow", "SUN")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-4668": {
        "events": [
            # 0
            ("STATEMENT", ("said", "legal adviser"), ("President Reagan's legal adviser", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the President could not recall when he approved the sale; relayed by the New York Times: undated"),
            # 1
            ("COOPERATE", ("sale", "1985 arms"), (None, "ISR", "GOV"), ("Iran", "IRN", "GOV"), None,
             "1985", "year", "1985", "asserted", None,
             "a 1985 arms sale to Iran (nominal with its own date); seller Israel per the next sentence's "
             "'Israeli shipment of U.S. Arms to Iran'"),
            # 2
            ("STATEMENT", "quoted", ("Peter Wallison", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", 0,
             "quoted restatement ('he had no recollection') of the first paraphrase; relayed: undated"),
            # 3
            ("RETREAT", "resigning", ("Peter Wallison", "USA", "GOV"), None, None,
             None, "unknown", None, "planned", None, "Wallison is resigning (departure ahead); no time expression"),
            # 4
            ("STATEMENT", ("said", 'board," Wallison'), (("Wallison", 'board," Wallison'), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "quote: expected Reagan not to recall the date before the Tower board; relayed interview: undated"),
            # 5
            ("COOPERATE", "shipment", ("Israeli", "ISR", "GOV"), (("Iran", "U.S. Arms to"), "IRN", "GOV"), None,
             "1985", "year", "1985", "asserted", 1, "later mention: the Israeli shipment of U.S. arms to Iran"),
            # 6
            ("REJECT", "kept", ("John Poindexter", "USA", "GOV"), (("him", "kept"), "USA", "GOV"), None,
             "1986-11", "month", "last November", "asserted", None,
             "Poindexter kept Wallison from probing the scandal for weeks after last November (dated by its "
             "start); 'said' attribution (rule 3)"),
            # 7
            ("RETREAT", "resigned", (("Poindexter", "newspaper that"), "USA", "GOV"), None, None,
             "1986-11-25", "day", "last November 25", "asserted", None, "resigned from his NSC post"),
            # 8
            ("REJECT", "refused", (("Poindexter", "newspaper that"), "USA", "GOV"), (("him", "refused to give"), "USA", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "refused to give Wallison information; no time expression; 'told' attribution (rule 3)"),
            # 9
            ("REQUEST", "pleas", ("Donald Regan", "USA", "GOV"), (("Poindexter", "newspaper that"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None, "pleas by Regan to Poindexter (nominal with its agent); undated"),
            # 10
            ("STATEMENT", ("told", "Regan told me"), (("Regan", "Regan told me"), "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "Regan told Wallison he could not move Poindexter; 'on several occasions' gives no value"),
        ],
        "skip": [
            ("recall", "content of the statement (no type)"),
            ("approved", "content of the statement (Reagan's approval, presupposed)"),
            (("reported", "New York Times"), "attribution of relayed speech (the Times)"),
            ("saying", "part of the relayed reporting clause ('was quoted as saying')"),
            ("interview", "occasion of the relayed statement (part of the reporting clause)"),
            ("appeared", "presupposed appearance before the Tower board (time clause inside the quote)"),
            ("referring", "participial elaboration of the same statement"),
            ("approval", "content of a 'whether' question"),
            (("said", "Wallison said John"), "attribution (the obstruction is the event, rule 3)"),
            ("probing", "content of the obstruction (investigation of a scandal, no target actor)"),
            ("made public", "no actor (the scandal became public)"),
            (("reported", "the Times"), "attribution of relayed speech (the Times)"),
            (("told", "Wallison told"), "attribution (the refusal is the event, rule 3)"),
            (("give", "refused to"), "content of the refusal"),
            (("deal", "information about the"), "anaphoric nominal (the arms deal)"),
            ("move", "content of Regan's telling (the pleas, coded on 'pleas')"),
            ("include", "content"),
            (("provide", "or to"), "content"),
            ("discussions", "background nominal"),
            (("said", 'facts," he'), "attribution (Regan's telling is the event)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Iran", "GPE", "IRN"),
            ("New York Times", "ORG", "USA"),
            (("Reagan", "stimulate his ("), "PERSON", "USA"),
            ("Peter Wallison", "PERSON", "USA"),
            ("Tower board", "ORG", "USA"),
            (("Wallison", 'board," '), "PERSON", "USA"),
            (("Reagan", "whether"), "PERSON", "USA"),
            ("Israeli", "NORP", "ISR"),
            (("U.S.", "shipment of"), "GPE", "USA"),
            (("Iran", "U.S. Arms to"), "GPE", "IRN"),
            (("Wallison", "Wallison said John"), "PERSON", "USA"),
            ("John Poindexter", "PERSON", "USA"),
            ("National Security Council", "ORG", "USA"),
            (("NSC", "(NSC"), "ORG", "USA"),
            (("Times", "last November, the"), "ORG", "USA"),
            (("Wallison", "Wallison told"), "PERSON", "USA"),
            (("Poindexter", "newspaper that"), "PERSON", "USA"),
            (("NSC", "from his"), "ORG", "USA"),
            ("White House", "ORG", "USA"),
            ("Donald Regan", "PERSON", "USA"),
            (("Regan", "Regan told me"), "PERSON", "USA"),
            (("Poindexter", "unable to move"), "PERSON", "USA"),
        ],
    },
    "reuters21578-1845": {
        "events": [
            # 0
            ("STATEMENT", ("said", "administration officials"),
             (("administration officials", "agricultural legislation,"), "USA", "GOV"), None, WAC,
             "1987-03-04", "day", None, "asserted", None,
             "announcement of the council's Friday meeting (internal meeting of one body: no type)"),
            # 1
            ("STATEMENT", ("said", "The officials"), ("The officials", "USA", "GOV"), None, WAC,
             "1987-03-04", "day", None, "asserted", None, "the wheat subsidy to the USSR not on the agenda"),
            # 2
            ("STATEMENT", ("said", "the council, the officials"), (("the officials", "the council,"), "USA", "GOV"), None,
             WAC, "1987-03-04", "day", None, "asserted", None, "other matters can be brought before the council"),
            # 3
            ("STATEMENT", ("said", "USDA officials have"), ("USDA officials", "USA", "GOV"), None, WAC,
             "1987-03-04", "day", None, "asserted", None,
             "the export enhancement offer not under active consideration (wire-style 'have said': DCT)"),
            # 4
            ("REQUEST", "transmitted", (("USDA", "USDA today"), "USA", "GOV"), ("Congress", "USA", "GOV"), None,
             "1987-03-04", "day", "today", "asserted", None,
             "legislative proposals sent to Congress (the executive asking the legislature to enact bills)"),
        ],
        "skip": [
            ("meet", "internal meeting of a single body (the cabinet council)"),
            ("discuss", "content of the internal meeting"),
            (("discussion", "officials said"), "content of the statement"),
            ("subsidy", "content of the statement (not on the agenda)"),
            ("brought", "content of the statement (generic possibility)"),
            ("speculated", "unnamed industry talk (grain trade officials)"),
            ("offer", "content of the speculation"),
            (("cut", "would"), "content of the bills (domestic price policy)"),
            ("speed up", "content of the bills (domestic price policy)"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Economic Policy Council", "ORG", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("USDA", "speculated that"), "ORG", "USA"),
            ("Moscow", "GPE", "SUN"),
            (("USDA", "but USDA"), "ORG", "USA"),
            (("USDA", "USDA today"), "ORG", "USA"),
            ("Congress", "ORG", "USA"),
        ],
    },
    "reuters21578-15580": {
        "events": [],
        "skip": [],
        "entities": [
            ("ARGENTINE", "NORP", "ARG"),
            ("BUENOS AIRES", "GPE", "ARG"),
            ("BAHIA BLANCA", "GPE", "ARG"),
            ("TRES ARROYOS", "GPE", "ARG"),
            ("TANDIL", "GPE", "ARG"),
            ("JUNIN", "GPE", "ARG"),
            ("SANTA ROSA", "GPE", "ARG"),
            ("CORDOBA", "GPE", "ARG"),
            ("SANTA FE", "GPE", "ARG"),
        ],
    },
    "reuters21578-15103": {
        "events": [
            # 0
            ("STATEMENT", "said", ("J.P. Morgan and Co Inc", "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "first-quarter earnings fell (statistics release)"),
            # 1
            ("STATEMENT", ("reported", "Morgan also"), (("Morgan", "Morgan also"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "loss from securities underwriting and trading"),
            # 2
            ("STATEMENT", "unable to say", ("a spokeswoman", "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "negated", None, "withheld statement (Morgan's spokeswoman)"),
            # 3
            ("STATEMENT", ("said", "Morgan said other"), (("Morgan", "Morgan said other"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "other operating income and securities gains"),
            # 4
            ("STATEMENT", "added", (("Morgan", "would be cut by"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "conditional forecast: 1987 net cut if Brazil does not pay"),
            # 5
            ("STATEMENT", ("reported", "It reported"), (("It", "It reported"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "net recoveries"),
            # 6
            ("STATEMENT", ("said", "personnel costs, Morgan"), (("Morgan", "personnel costs,"), "USA", "BUS"), None, NYC,
             "1987-04-08", "day", None, "asserted", None, "non-accruing loans and expenses"),
        ],
        "skip": [
            (("fell", "earnings"), "statistics"),
            ("announced", "participle on a background nominal (the earlier non-accrual decision)"),
            (("decision", "announced"), "corporate accounting (non-accrual status), no type"),
            (("loans", "long-term"), "background nominal"),
            ("suspension", "Brazil's interest suspension (no matching type, EVENTS.md 10)"),
            (("decision", "That decision"), "anaphoric nominal"),
            (("reduced", "That decision"), "statistics (effect on net income)"),
            ("posted", "statistics (trading losses incurred)"),
            ("suffering", "market-price movement"),
            (("reduced", "Morgan reduced"), "corporate accounting (loan-loss provision)"),
            (("placed", "If Brazil had not"), "counterfactual accounting condition"),
            ("resume", "condition of the forecast"),
            (("cut", "net would be"), "content of the forecast"),
        ],
        "entities": [
            ("J.P. Morgan and Co Inc", "ORG", "USA"),
            ("Brazil", "GPE", "BRA"),
            (("Brazil", "spurred by"), "GPE", "BRA"),
            (("Morgan", "Morgan also"), "ORG", "USA"),
            (("Morgan", "Morgan posted"), "ORG", "USA"),
            (("Morgan", "whether"), "ORG", "USA"),
            (("Morgan", "Morgan reduced"), "ORG", "USA"),
            (("Morgan", "Morgan said other"), "ORG", "USA"),
            (("Brazil", "If Brazil had"), "GPE", "BRA"),
            (("Brazil", "If Brazil does"), "GPE", "BRA"),
            (("Morgan", "would be cut by"), "ORG", "USA"),
            (("Morgan", "Morgan's allowance"), "ORG", "USA"),
            (("Brazil", "Excluding"), "GPE", "BRA"),
            (("Morgan", "personnel costs,"), "ORG", "USA"),
        ],
    },
    "reuters21578-21568": {
        "events": [
            # 0
            ("AGREE", "agreed", ("The Soviet Union", "SUN", "GOV"), (("Iran", "supply"), "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None, "agreed to supply products for crude; IRNA's 'said' attribution"),
            # 1
            ("AGREE", "signed", (None, "SUN", "GOV"), (None, "IRN", "GOV"), MOSCOW,
             None, "unknown", None, "asserted", None,
             "protocol on economic cooperation signed during Aqazadeh's Moscow visit ('during his visit': no value)"),
            # 2
            ("STATEMENT", ("said", "later, he"), (("he", "200,000 bpd later,"), "IRN", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "forecast: crude deliveries might double; relayed by IRNA"),
            # 3
            ("AGREE", ("agreed", "the two sides"), (("the two sides", "Aqazadeh said"), "SUN", "GOV"),
             (("the two sides", "Aqazadeh said"), "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None, "agreed to conduct pipeline feasibility studies; 'said' attribution"),
            # 4
            ("ASSAULT", "attacks", ("Iraqi", "IRQ", "MIL"), (("its", "protect part of"), "IRN", "GOV"), ("Gulf", None),
             None, "unknown", None, "asserted", None, "Iraqi air attacks on Iran's oil exports in the Gulf"),
            # 5
            ("STATEMENT", "mention", ("Irna", "IRN", "ORG"), None, NIC,
             "1987-10-19", "day", None, "negated", None, "withheld statement: no mention of gas exports"),
            # 6
            ("CONSULT", "discussed", (("Aqazadeh", "which"), "IRN", "GOV"), (("Moscow", "left for"), "SUN", "GOV"), None,
             None, "unknown", None, "planned", None,
             "gas exports to be discussed on the Moscow visit; 'had said' attribution; 'before he left' dates the saying"),
            # 7
            ("STATEMENT", ("said", "Aqazadeh said Soviet"), (("Aqazadeh", "Aqazadeh said Soviet"), "IRN", "GOV"), None,
             None, None, "unknown", None, "asserted", None, "delivery terms (ports); relayed by IRNA: undated"),
        ],
        "skip": [
            ("supply", "content of the agreement"),
            (("exchange", "in exchange"), "content of the agreement"),
            (("said", "news agency"), "attribution (the agreement is the event)"),
            ("monitored", "no event"),
            ("quoted", "attribution of relayed speech (the signing is the event)"),
            ("saying", "attribution of relayed speech"),
            ("return", "travel, time adjunct"),
            (("agreement", "that the"), "anaphoric nominal"),
            ("cooperation", "content of the protocol"),
            ("visit", "presupposed visit in a time adjunct"),
            (("delivered", "crude delivered"), "content of the forecast"),
            ("double", "content of the forecast"),
            (("said", "Aqazadeh said the two"), "attribution (the agreement is the event)"),
            ("conduct", "content of the agreement"),
            (("take", "pipeline to"), "content"),
            ("pursuing", "domestic project, no type"),
            ("protect", "purpose clause"),
            (("exports", "natural gas"), "content (topic of the planned discussion)"),
            (("said", "Aqazadeh had"), "attribution (the planned discussion is the event)"),
            ("left", "travel, time adjunct of the saying"),
            ("lost", "war damage, no actor"),
            (("war", "Gulf"), "background nominal"),
            (("imports", "now"), "habitual trade, no counterpart"),
            (("delivered", "would be"), "content of the statement (terms)"),
        ],
        "entities": [
            ("Soviet Union", "GPE", "SUN"),
            ("Iran", "GPE", "IRN"),
            (("Iran", "crude, "), "GPE", "IRN"),
            ("IRNA", "ORG", "IRN"),
            (("IRNA", "IRNA, monitored"), "ORG", "IRN"),
            ("Nicosia", "GPE", "CYP"),
            ("Gholamreza Aqazadeh", "PERSON", "IRN"),
            ("Tehran", "GPE", "IRN"),
            ("Moscow", "GPE", "SUN"),
            (("Soviet Union", "delivered to the"), "GPE", "SUN"),
            (("Aqazadeh", "Aqazadeh said the two"), "PERSON", "IRN"),
            ("Iranian", "NORP", "IRN"),
            (("Iran", "southern"), "GPE", "IRN"),
            ("Black Sea", "LOC", None),
            (("Soviet Union", "Black Sea through the"), "GPE", "SUN"),
            (("Iran", "Iran is pursuing"), "GPE", "IRN"),
            ("Iraqi", "NORP", "IRQ"),
            ("Gulf", "LOC", None),
            ("Irna", "ORG", "IRN"),
            (("Soviet Union", "gas exports to the"), "GPE", "SUN"),
            (("Aqazadeh", "which"), "PERSON", "IRN"),
            (("Moscow", "left for"), "GPE", "SUN"),
            (("Iran", "Iran lost"), "GPE", "IRN"),
            (("Gulf", "early in the"), "LOC", None),
            (("Aqazadeh", "Aqazadeh said Soviet"), "PERSON", "IRN"),
            (("Soviet", "Aqazadeh said Soviet"), "NORP", "SUN"),
            ("Caspian Sea", "LOC", None),
            ("Anzali", "GPE", "IRN"),
            ("Nowshahr", "GPE", "IRN"),
            ("Neka", "GPE", "IRN"),
            (("Caspian", "near the"), "LOC", None),
            ("Jolfa", "GPE", "IRN"),
            (("Iran", "north-west"), "GPE", "IRN"),
        ],
    },
    "reuters21578-20763": {
        "events": [
            # 0
            ("REQUEST", "said", ("The Canadian Import Tribunal", "CAN", "GOV"), (None, "CAN", "GOV"), OTT,
             "1987-10-20", "day", None, "asserted", None,
             "recommends the government cut the duty (report to the finance department; EVENTS.md 2)"),
            # 1
            ("STATEMENT", ("said", "the tribunal"), ("the tribunal", "CAN", "GOV"), None, OTT,
             "1987-10-20", "day", None, "asserted", None, "assessment: the duty is hurting Canadian farmers"),
            # 2
            ("SANCTION", "imposed", (None, "CAN", "GOV"), (("U.S.", "found"), "USA", "GOV"), None,
             "1986", "year", "last year", "asserted", None, "countervailing duty on U.S. corn imposed last year"),
            # 3
            ("SANCTION", "found", ("the revenue department", "CAN", "GOV"), (("U.S.", "found"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "adverse subsidy finding against U.S. corn ('after' gives no value; ACCUSE arguable)"),
        ],
        "skip": [
            (("duty", "countervailing"), "background nominal (the standing duty)"),
            (("cut", "should be"), "content of the recommendation"),
            ("report", "part of the reporting clause"),
            ("hurting", "content of the statement"),
            ("subsidized", "content of the finding"),
            ("decide", "pending decision (whether), no event"),
            ("change", "content of the pending decision"),
        ],
        "entities": [
            ("Canadian Import Tribunal", "ORG", "CAN"),
            ("U.S.", "GPE", "USA"),
            (("Canadian", "30"), "NORP", "CAN"),
            (("Canadian", "report to the"), "NORP", "CAN"),
            (("Canadian", "hurting"), "NORP", "CAN"),
            (("U.S.", "found"), "GPE", "USA"),
        ],
    },
    "reuters21578-7993": {
        "events": [
            # 0
            ("COOPERATE", "acquired", ("Sumitomo Bakelite Co Ltd", "JPN", "BUS"), ("Sheldahl Inc", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "acquired 10.7 pct of Sheldahl (stake acquisition); the SEC filing 'told' is attribution; no time expression"),
            # 1
            ("COOPERATE", "bought", (("Sumitomo Bakelite", "Sumitomo Bakelite said"), "JPN", "BUS"), (None, "USA", "BUS"),
             None, None, "unknown", None, "asserted", 0, "later mention: bought the stock for 4.9 mln dlrs"),
            # 2
            ("STATEMENT", ("said", "Sumitomo said"), (("Sumitomo", "pct, Sumitomo"), "JPN", "BUS"), None, WAC,
             "1987-03-20", "day", None, "asserted", None, "terms: preemptive rights while the stake exceeds five pct"),
            # 3
            ("STATEMENT", ("said", "it said it is"), (("it", "10 pct,"), "JPN", "BUS"), None, WAC,
             "1987-03-20", "day", None, "asserted", None, "terms: board representation above 10 pct"),
        ],
        "skip": [
            ("told", "attribution (a filing with the SEC; the acquisition is the event)"),
            (("said", "Sumitomo Bakelite said"), "attribution (the purchase is the event)"),
            ("issuance", "corporate finance (new stock issue)"),
            ("notice", "corporate finance (notice of issuance)"),
        ],
        "entities": [
            ("Sumitomo Bakelite Co Ltd", "ORG", "JPN"),
            ("Japanese", "NORP", "JPN"),
            ("Securities and Exchange Commission", "ORG", "USA"),
            ("Sheldahl Inc", "ORG", "USA"),
            (("Sumitomo Bakelite", "Sumitomo Bakelite said"), "ORG", "JPN"),
            (("Sumitomo Bakelite", "between"), "ORG", "JPN"),
            (("Sheldahl", "Bakelite and"), "ORG", "USA"),
            (("Sumitomo", "pct, Sumitomo"), "ORG", "JPN"),
            (("Sheldahl", "new Sheldahl"), "ORG", "USA"),
            (("Sheldahl", "entitled to"), "ORG", "USA"),
        ],
    },
    "reuters21578-13123": {
        "events": [
            # 0
            ("STATEMENT", ("said", "the U.S. Agriculture Department"), ("the U.S. Agriculture Department", "USA", "GOV"),
             None, WAC, "1987-04-03", "day", None, "asserted", None, "outlook: demand may reduce surpluses"),
            # 1
            ("STATEMENT", ("said", "the department said"), (("the department", "summary,"), "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "forecast: use may surpass production"),
            # 2
            ("STATEMENT", ("said", "the report said"), (None, "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "the USDA report: long grain acreage to decline"),
            # 3
            ("STATEMENT", ("said", "USDA said factors"), (("USDA", "USDA said factors"), "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "factors supporting long grain acreage turned around"),
            # 4
            ("STATEMENT", ("said", "faster rate, USDA"), (("USDA", "faster rate,"), "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "forecast: domestic use to grow faster"),
            # 5
            ("STATEMENT", ("said", 'consumers," USDA'), (("USDA", 'consumers,"'), "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "quote: new products and promotion helped"),
            # 6
            ("STATEMENT", ("said", "USDA said world"), (("USDA", "USDA said world"), "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "forecast: world trade to fall"),
            # 7
            ("STATEMENT", ("said", 'Africa," the report'), (None, "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "quote: U.S. recovered EC market share"),
            # 8
            ("STATEMENT", ("said", "1986/87, the report"), (None, "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "projection: record world consumption"),
            # 9
            ("STATEMENT", ("said", "mid-1970s, the report"), (None, "USA", "GOV"), None, WAC,
             "1987-04-03", "day", None, "asserted", None, "statistics: output and imports increased"),
        ],
        "skip": [
            (("reduce", "gradually"), "content of the outlook"),
            (("increase", "help"), "content of the outlook"),
            ("summary", "part of the reporting clause (the department's report)"),
            ("causing", "content of the forecast"),
            ("turned around", "content (no actor)"),
            ("recovered", "market activity, no counterpart actor (content of the report)"),
            ("made inroads", "market activity, no counterpart actor"),
            (("increased output", "Korea have"), "statistics"),
            ("doubled imports", "statistics"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            (("U.S.", "increase the"), "GPE", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("U.S.", "the department said"), "GPE", "USA"),
            (("USDA", "USDA said factors"), "ORG", "USA"),
            (("USDA", "faster rate,"), "ORG", "USA"),
            (("USDA", 'consumers,"'), "ORG", "USA"),
            (("USDA", "USDA said world"), "ORG", "USA"),
            (("U.S.", "more than the"), "GPE", "USA"),
            ("United States", "GPE", "USA"),
            ("European Community", "ORG", None),
            ("Middle East", "LOC", None),
            ("Africa", "LOC", None),
            ("China", "GPE", "CHN"),
            ("India", "GPE", "IND"),
            ("South Korea", "GPE", "KOR"),
            (("Middle East", "while the"), "LOC", None),
            (("Africa", "while the Middle East and"), "LOC", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind17b.jsonl")
