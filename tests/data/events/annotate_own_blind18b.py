"""Build ``own_blind18b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind18b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,914 left, also minus the 16 stories drawn for
own_blind17); 24 drawn with random.Random(18101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
44 event records (38 first mentions, 6 later mentions), 108 not_annotated spans, 134 entity mentions;
no article without events; 11601 (British aid) has no STATEMENT (every reporting clause is attribution).
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 12600 (Hawley / Crime Control): "said it has agreed to buy <Crime Control Inc>" is AGREE toward
  the company acquired (16a's call), undated (rule 17), "said" attribution, "buy" content. Hawley's
  country is the one the text gives ("Hawley is a Bermuda-based holding company"): BMU, although
  the dateline is London and its main subsidiary British (<Hawley Group Plc>, GBR). "Hawley said the
  acquisition moved it into 12 new market areas" is a STATEMENT (assessment; "acquisition" an
  anaphoric nominal). "Earlier this week, Hawley launched a 196 mln stg recommended offer for
  <British Car Auction Group Plc>" is COOPERATE (offer = bid, own_blind / 13b call), asserted
  (launched), trigger the event noun after the light verb; "Earlier this week" on Thursday 2 April
  is Monday 30 March to Wednesday 1 April, which straddles two months, so it is kept at its year
  (1987, year precision; convention 21 gives a week its month only when it lies in one month).
  "last month it said it planned to issue ... preference shares" is a STATEMENT dated 1987-03 (the
  share issue is corporate finance, skipped). "It said in a statement that Crime Control reported
  operating profit" is a STATEMENT (DCT); "reported operating profit" is an accounting result inside
  the statement (skipped).
* 12339 (Deak / Johnson Matthey Commodities): "announced the acquisition of Johnson Matthey
  Commodities of New York from Minories Finance Limited" is COOPERATE buyer -> seller (16b's Deutsche
  Bank call), undated, "announced" attribution; Minories (a unit of the Bank of England) is a company
  (BUS, GBR). Deak International's country is not written; taken as USA (a New York firm, dateline
  New York; 16a's Playboy call) and its president Kuhlmann speaks for it (USA BUS). "follows the
  recent acquisition of London's Johnson Matthey Commodities Limited" is a presupposed background
  nominal (no seller, "recent" gives no value; COOPERATE arguable): skipped, so "Deak said" is a
  STATEMENT; the renaming and the expected expansion are STATEMENT content.
* 13507 (Greek-Soviet alumina): "Greece and the Soviet Union have reached agreement in Moscow on a
  joint venture" is AGREE GRC -> SUN (first-named first), located in Moscow, undated (rule 17),
  the spokesman's "said" attribution. "Roubatis told reporters the Soviet Union agreed to buy the
  plant's entire annual output" is a separate AGREE (a further commitment, SUN -> GRC implied),
  undated, with "The Soviet Union, which was to take 400,000 tonnes, later agreed to take the full
  production" its later mention ("later" gives no value). "More details would be given later by
  ... Petsos" is a STATEMENT planned, undated ("later" gives no value). Petsos "who was in Moscow"
  is a presupposed stay (CONSULT arguable) and the "plans to sell some alumina to Bulgaria" a
  background nominal in a causal subject (COOPERATE arguable): both skipped, as is the earlier
  "was to take 400,000 tonnes" arrangement.
* 7350 (Saudi Crown Prince on the Gulf war): "said in remarks published today" is a STATEMENT
  (forecast) dated by the publication "today" (the interview is carried by SPA the same day; not
  treated as relayed "was quoted as saying" speech), location the dateline (BAHRAIN); his quoted
  "said: 'Important progress ... will happen ...'" restates it (later mention, EVENTS.md 3).
  '"We have always appealed to the brothers in Iraq and Iran to stop the bloodshed"' is REQUEST
  SAU -> IRQ and SAU -> IRN (compound split, convention 12) on "appealed", undated (a habitual
  perfect verbal act with no time expression, 16a's "have accused" call), "He said" attribution.
  "Iran says there can be no peace until ... Saddam Hussein is ousted" is a standing demand in a
  background paragraph: REQUEST IRN -> IRQ (REJECT of peace arguable), undated (standing position,
  convention 17, not a wire-style report of a statement made today). "Prince Abdullah said Iraq had
  always responded to Islamic and Arab peace calls" is a STATEMENT (DCT; implicit praise of Iraq,
  SUPPORT arguable; the habitual responding is content). "efforts ... have failed" has no
  identifiable actor (skipped).
* 9154 (EC research programme): the EC's failure to agree is a single body's internal decision
  (skipped) and every "diplomats said" / "one diplomat added" is anonymous (skipped), but events
  they report are coded. "told reporters the two had been given just over a week to end their
  opposition or risk plunging EC research into a crisis" is a deadline demand: REQUEST by
  Verhofstadt (BEL, a Belgian minister chairing the meeting; the text does not make him an EC
  office-holder) toward Britain and West Germany (split), undated (relayed past act, no time
  expression; "April 3" is the deadline, not the act's date), THREATEN arguable (the consequence is
  not the speaker's retaliation); "said he had given the two states until April 3" is its later
  mention. "calls from Britain, France and West Germany for cuts in the proposed budget" (the agent
  of "delayed": a nominal with its own predication, EVENTS.md 11) is REQUEST, split three ways,
  actor2 null (the clause names no addressee), undated. "Britain is continuing its demands for
  further ... cuts" is a later mention of Britain's call (the same demand continued). "France has
  withdrawn its objections" is RETREAT FRA -> null, "and backed a new compromise budget proposed by
  Verhofstadt" SUPPORT FRA -> BEL (endorsing another actor's proposal), both undated. West Germany
  "was also holding back" (no explicit refusal; REJECT arguable) is skipped. The Commission's earlier
  budget cut is an internal revision (skipped; RETREAT toward the member states arguable).
  Verhofstadt's quoted warning of a grave crisis is a STATEMENT (a forecast of consequences that are
  not his own retaliation, own_blind's "warned that partners may resist" call) and "adding it could
  mean research teams being disbanded" a second STATEMENT. "Britain still maintained the allocations
  were much too high" is a STATEMENT (assessment of the allocations; REJECT of the compromise
  arguable), DCT; the "4.2 billion Ecu level so far demanded by Britain" is a background
  participle of the demand already coded (skipped).
* 9718 (Weinberger on Gulf escorts): the first "offer to escort Kuwaiti oil tankers" is a
  presupposed nominal inside "No action has been taken yet on ..."; "The offer was made to Kuwait"
  asserts it: AGREE (an offer stated to a government, round-5 call) USA (implied) -> KWT, undated,
  the escort its content (AID arguable, skipped). "the issue is being discussed" names no parties
  (CONSULT arguable, skipped), so Weinberger's "said" is a STATEMENT (USA MIL: Secretary of
  Defence). "in light of Iran's deployment of Chinese-built missiles" is a background nominal in a
  causal adjunct (MOBILIZE arguable, skipped). "told reporters prior to a speech at Texas Christian
  University" and ", adding that" are two STATEMENTs (EVENTS.md 3), located at the university;
  the speech is a time adjunct (skipped).
* 11601 (British aid to Mozambique): "Britain has granted Mozambique about eight mln sterling" is
  AID GBR -> MOZ, undated, "announced" attribution. The high commission statement's components are
  each AID planned, the "said"/"added" clauses attribution (rule 3): the cereals that "would be
  shipped to Mozambique" (shipper implied: Britain), "Britain will give ... to relieve the plight of
  Mozambican refugees" (one record: both allocations go to Mozambican recipients), "would also
  contribute 1.3 mln sterling to the U.N. Refugee agency, UNHCR" (null IGO) and "give 750,000
  sterling to relief agencies" (unnamed, null ORG). They are separate allocations, not later
  mentions of the grant. "the first load ... was due soon" is part of the shipment (skipped); "The
  British public has also raised more than one mln sterling" is fundraising with no recipient act
  (AID arguable, skipped).
* 12825 (China / USSR): "Moscow has agreed to discuss the problems of Afghanistan and Kampuchea in
  its talks with Peking" is AGREE SUN -> CHN, undated, the Vice-Foreign Minister's "said"
  attribution; the quoted "Recently the Soviet Union expressed agreement to discuss this question"
  is its later mention ("Recently" gives no value; "told" attribution). "After years of refusal" and
  "its talks with Peking on normalising relations" are background nominals (REJECT / CONSULT
  arguable, skipped). "China has long referred to three obstacles to better relations -- Soviet
  troops in Afghanistan, Moscow's support for Vietnamese troops ..." is a standing grievance: ACCUSE
  CHN -> SUN, undated (convention 17); the troops, the support and the troop concentrations are its
  content.
* Entities: job titles are not part of PERSON spans ("Crown Prince", "Prince", "Secretary of
  Defence", "Vice-Foreign Minister"); "Saudi Arabia's" gives GPE "Saudi Arabia"; "Reagan
  Adminstration" gives PERSON "Reagan"; "Kuwait" in "the Kuwait magazine Al-Majalis" is a GPE and
  Al-Majalis an ORG KWT; "Saudi Press Agency"/SPA ORG SAU; "Iraq-Iran" gives two GPE mentions;
  "Arab" and "Islamic" are NORP null; Kampuchea is KHM; the Soviet Union and Moscow (as the Soviet
  government) are SUN, "Soviet" NORP SUN; the European Community, EC, "EC's Executive Commission",
  "EC Commission", the U.N. Refugee agency and UNHCR are ORG null; "Europe" LOC null; programmes
  (Framework Program, Esprit) and currencies (European Currency Units, Ecus) are not entities; the
  Gulf and the Straits of Hormuz are LOC null; Texas Christian University is ORG USA (no nested
  GPE); "British High Commission" is one ORG span; "the West and South-West" (U.S. market regions)
  are LOC USA; bracketed company names are tagged without the brackets; Hawley Group Ltd and
  "Hawley" are BMU, <Hawley Group Plc> (the U.K. operation) GBR, Electro-Protective Corp (expanding
  Crime Control's U.S. coverage) USA; Johnson Matthey Commodities (of New York) and Deak
  International Trading Ltd (its new name) are USA, Johnson Matthey Commodities Limited (London's)
  and Minories Finance Limited GBR; Kuhlmann (nationality not written) takes his company's USA.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

LON = ("LONDON", "GBR")
NYC = ("NEW YORK", "USA")
BAH = ("BAHRAIN", "BHR")
BRU = ("BRUSSELS", "BEL")
FTW = ("FORT WORTH", "USA")
TCU = ("Texas Christian University", "USA")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12600": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Hawley Group Ltd", "BMU", "BUS"), ("Crime Control Inc", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed to buy Crime Control (AGREE toward the company acquired); no time expression; 'said' attribution"),
            # 1
            ("STATEMENT", ("said", "Hawley said"), ("Hawley", "BMU", "BUS"), None, LON,
             "1987-04-02", "day", None, "asserted", None, "assessment: the acquisition moved it into new markets"),
            # 2
            ("COOPERATE", "offer", (("Hawley", "Earlier this week,"), "BMU", "BUS"),
             ("British Car Auction Group Plc", "GBR", "BUS"), None,
             "1987", "year", "Earlier this week", "asserted", None,
             "recommended takeover offer launched (offer = bid); 'Earlier this week' = 30 March-1 April, two months: year"),
            # 3
            ("STATEMENT", ("said", "month it"), (("it", "last month"), "BMU", "BUS"), None, None,
             "1987-03", "month", "last\nmonth", "asserted", None,
             "announcement last month of a planned share issue (corporate finance, no type)"),
            # 4
            ("STATEMENT", ("said", "It said in a"), (("It", "preference shares."), "BMU", "BUS"), None, LON,
             "1987-04-02", "day", None, "asserted", None, "statement: Crime Control's 1986 profit and assets"),
        ],
        "skip": [
            (("said", "Hawley Group Ltd>"), "attribution (the agreement is the event)"),
            ("buy", "content of the agreement"),
            ("sells", "stative description of the company"),
            (("expand", "would"), "stative / hypothetical, no act"),
            (("acquisition", "Hawley said the"), "anaphoric nominal"),
            ("moved", "content of the statement"),
            ("create", "content of the statement"),
            ("launched", "light verb: the offer is the event"),
            ("planned", "content of the statement (corporate finance)"),
            ("issue", "share issue: corporate finance"),
            ("statement", "part of the reporting clause"),
            ("reported", "accounting result, content of the statement"),
        ],
        "entities": [
            ("Hawley Group Ltd", "ORG", "BMU"),
            ("Crime Control Inc", "ORG", "USA"),
            ("Indiana", "GPE", "USA"),
            ("Crime control", "ORG", "USA"),
            (("Hawley", "coverage of"), "ORG", "BMU"),
            ("Electro-Protective Corp", "ORG", "USA"),
            (("Hawley", "Hawley said"), "ORG", "BMU"),
            (("West", "including the"), "LOC", "USA"),
            ("South-West", "LOC", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Hawley", "Hawley is"), "ORG", "BMU"),
            ("Bermuda", "GPE", "BMU"),
            ("U.K.", "GPE", "GBR"),
            ("Hawley Group Plc", "ORG", "GBR"),
            (("Hawley", "Earlier this week,"), "ORG", "BMU"),
            ("British Car Auction Group Plc", "ORG", "GBR"),
            (("Crime Control", "statement that"), "ORG", "USA"),
        ],
    },
    "reuters21578-12339": {
        "events": [
            # 0
            ("COOPERATE", ("acquisition", "announced the"), ("Deak International", "USA", "BUS"),
             ("Minories Finance Limited", "GBR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "acquisition from Minories Finance (buyer -> seller); no time expression; 'announced' attribution"),
            # 1
            ("STATEMENT", ("said", "Limited, Deak"), (("Deak", "Commodities Limited,"), "USA", "BUS"), None, NYC,
             "1987-04-01", "day", None, "asserted", None, "the purchase follows the recent London acquisition"),
            # 2
            ("STATEMENT", ("said", "the company said"), (("the company", "Trading Ltd,"), "USA", "BUS"), None, NYC,
             "1987-04-01", "day", None, "asserted", None, "renaming of the New York firm (no type)"),
            # 3
            ("STATEMENT", ("said", "chief executive officer of Deak International,"), ("Arkadi Kuhlmann", "USA", "BUS"),
             None, NYC, "1987-04-01", "day", None, "asserted", None, "forecast: the purchase will expand operations"),
        ],
        "skip": [
            ("announced", "attribution (the acquisition is the event)"),
            (("purchase", "The purchase valued"), "anaphoric nominal"),
            ("valued", "stative"),
            (("acquisition", "recent"), "presupposed background nominal (earlier purchase, no seller, no date value)"),
            ("known", "content of the statement (renaming)"),
            (("purchase", "said the"), "anaphoric nominal"),
            ("expand", "content of the forecast"),
        ],
        "entities": [
            ("Deak International", "ORG", "USA"),
            ("Johnson Matthey Commodities", "ORG", "USA"),
            ("New York", "GPE", "USA"),
            ("Minories Finance Limited", "ORG", "GBR"),
            ("Bank of England", "ORG", "GBR"),
            ("London", "GPE", "GBR"),
            (("Johnson Matthey Commodities Limited", "London's"), "ORG", "GBR"),
            (("Deak", "Commodities Limited,"), "ORG", "USA"),
            (("New York", "The New York"), "GPE", "USA"),
            ("Deak International Trading Ltd", "ORG", "USA"),
            ("Arkadi Kuhlmann", "PERSON", "USA"),
            (("Deak International", "chief executive officer of"), "ORG", "USA"),
            (("Deak", "will expand"), "ORG", "USA"),
        ],
    },
    "reuters21578-13507": {
        "events": [
            # 0
            ("AGREE", "agreement", ("Greece", "GRC", "GOV"), ("the Soviet Union", "SUN", "GOV"), ("Moscow", "SUN"),
             None, "unknown", None, "asserted", None,
             "joint-venture agreement reached in Moscow; no time expression; spokesman's 'said' attribution"),
            # 1
            ("AGREE", ("agreed", "Roubatis told"), (("the Soviet Union", "Roubatis told"), "SUN", "GOV"),
             (None, "GRC", "GOV"), None, None, "unknown", None, "asserted", None,
             "Soviet commitment to buy the plant's whole output; 'told reporters' attribution"),
            # 2
            ("STATEMENT", "given", ("Greek Industry Undersecretary George Petsos", "GRC", "GOV"), None, None,
             None, "unknown", None, "planned", None, "more details to be given later ('later' gives no value)"),
            # 3
            ("AGREE", ("agreed", "later"), (("Soviet Union", "caused delays."), "SUN", "GOV"), (None, "GRC", "GOV"), None,
             None, "unknown", None, "asserted", 1, "later mention: agreed to take the full production"),
        ],
        "skip": [
            (("said", "Yannis Roubatis"), "attribution (the agreement is the event)"),
            ("told", "attribution (the purchase commitment is the event)"),
            ("buy", "content of the agreement"),
            ("was in Moscow", "presupposed stay in a relative clause (CONSULT arguable)"),
            ("start", "project start, no type"),
            ("sell", "background nominal in a causal subject (COOPERATE arguable)"),
            ("delays", "no actor, no type"),
            (("take", "which was to"), "earlier arrangement in a relative clause (background)"),
            (("take", "later agreed to"), "content of the agreement"),
        ],
        "entities": [
            ("Greece", "GPE", "GRC"),
            ("Soviet Union", "GPE", "SUN"),
            ("Moscow", "GPE", "SUN"),
            (("Greece", "alumina plant in"), "GPE", "GRC"),
            ("Yannis Roubatis", "PERSON", "GRC"),
            (("Roubatis", "Roubatis told"), "PERSON", "GRC"),
            (("Soviet Union", "Roubatis told"), "GPE", "SUN"),
            ("Greek", "NORP", "GRC"),
            ("George Petsos", "PERSON", "GRC"),
            (("Moscow", "who was in"), "GPE", "SUN"),
            ("Bulgaria", "GPE", "BGR"),
            (("Soviet Union", "caused delays."), "GPE", "SUN"),
        ],
    },
    "reuters21578-7350": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Abdulaziz"), ("Saudi Arabia's Crown Prince Abdullah Ibn Abdulaziz", "SAU", "GOV"),
             None, BAH, "1987-03-19", "day", "today", "asserted", None,
             "forecast of progress on peace efforts, in remarks published today"),
            # 1
            ("STATEMENT", ("said", "(SPA),"), (("Abdullah", "Prince Abdullah, in"), "SAU", "GOV"), None, BAH,
             "1987-03-19", "day", "today", "asserted", 0, "quoted restatement of the forecast (later mention)"),
            # 2
            ("REQUEST", "appealed", ("We", "SAU", "GOV"), (("Iraq", "brothers in"), "IRQ", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "standing appeal to stop the bloodshed (habitual perfect, no time expression); 'He said' attribution"),
            # 3
            ("REQUEST", "appealed", ("We", "SAU", "GOV"), (("Iran", "brothers in Iraq"), "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None, "the same appeal, split toward Iran (convention 12)"),
            # 4
            ("REQUEST", "says", (("Iran", "war have failed."), "IRN", "GOV"),
             ("Iraqi President Saddam Hussein", "IRQ", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "standing demand: no peace until Saddam is ousted (background position, undated; REJECT arguable)"),
            # 5
            ("STATEMENT", ("said", "Prince Abdullah said"), (("Abdullah", "Prince Abdullah said"), "SAU", "GOV"), None,
             BAH, "1987-03-19", "day", None, "asserted", None,
             "Iraq had always responded to peace calls (assessment; SUPPORT arguable)"),
        ],
        "skip": [
            ("remarks", "part of the reporting clause"),
            (("efforts", "Arab and Islamic"), "content of the forecast"),
            (("end", "efforts to"), "content of the forecast"),
            ("interview", "part of the speech act"),
            ("carried", "relay of the interview by the agency, no type"),
            ("happen", "content of the forecast"),
            (("said", "He said"), "attribution (the appeal is the event)"),
            ("stop", "content of the appeal"),
            (("failed", "war have"), "no identifiable actor"),
            (("peace", "can be no"), "content of the demand"),
            ("ousted", "content of the demand"),
            ("responded", "content of the statement (habitual)"),
            (("calls", "Arab peace"), "content of the statement"),
        ],
        "entities": [
            ("Saudi Arabia", "GPE", "SAU"),
            ("Abdullah Ibn Abdulaziz", "PERSON", "SAU"),
            (("Arab", "months on"), "NORP", None),
            ("Islamic", "NORP", None),
            (("Iraq", "end the"), "GPE", "IRQ"),
            (("Iran", "end the Iraq-"), "GPE", "IRN"),
            (("Abdullah", "Prince Abdullah, in"), "PERSON", "SAU"),
            ("Kuwait", "GPE", "KWT"),
            ("Al-Majalis", "ORG", "KWT"),
            ("Saudi Press Agency", "ORG", "SAU"),
            ("SPA", "ORG", "SAU"),
            (("Iraq", "brothers in"), "GPE", "IRQ"),
            (("Iran", "brothers in Iraq"), "GPE", "IRN"),
            (("Islamic", "between two"), "NORP", None),
            (("Iran", "war have failed."), "GPE", "IRN"),
            ("Iraqi", "NORP", "IRQ"),
            ("Saddam Hussein", "PERSON", "IRQ"),
            (("Abdullah", "Prince Abdullah said"), "PERSON", "SAU"),
            (("Iraq", "Abdullah said"), "GPE", "IRQ"),
            (("Islamic", "responded to"), "NORP", None),
            (("Arab", "responded to Islamic"), "NORP", None),
        ],
    },
    "reuters21578-9154": {
        "events": [
            # 0
            ("REQUEST", ("given", "the two had been"), ("Belgian Research Minister Guy Verhofstadt", "BEL", "GOV"),
             (("the two", "reporters"), "GBR", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "deadline to end their opposition (relayed past act, undated; THREATEN arguable); 'told' attribution"),
            # 1
            ("REQUEST", ("given", "the two had been"), ("Belgian Research Minister Guy Verhofstadt", "BEL", "GOV"),
             (("the two", "reporters"), "DEU", "GOV"), None,
             None, "unknown", None, "asserted", None, "the same deadline, split toward West Germany"),
            # 2
            ("REQUEST", ("calls", "delayed by"), (("Britain", "calls from"), "GBR", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "calls for budget cuts (nominal agent of 'delayed'); no addressee named"),
            # 3
            ("REQUEST", ("calls", "delayed by"), (("France", "calls from"), "FRA", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "calls for budget cuts, split (France)"),
            # 4
            ("REQUEST", ("calls", "delayed by"), (("West Germany", "France and"), "DEU", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "calls for budget cuts, split (West Germany)"),
            # 5
            ("RETREAT", "withdrawn", (("France", "launched."), "FRA", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "France withdrew its objections; no time expression"),
            # 6
            ("SUPPORT", "backed", (("France", "launched."), "FRA", "GOV"), (("Verhofstadt", "proposed by"), "BEL", "GOV"),
             None, None, "unknown", None, "asserted", None, "backed Verhofstadt's compromise budget (endorsement of his proposal)"),
            # 7
            ("REQUEST", "demands", (("Britain", "But Britain is"), "GBR", "GOV"), None, None,
             None, "unknown", None, "asserted", 2, "later mention: Britain continuing its demands for cuts"),
            # 8
            ("REQUEST", ("given", "he had"), (("Verhofstadt", "holding back."), "BEL", "GOV"),
             ("the two states", "GBR", "GOV"), None,
             None, "unknown", None, "asserted", 0, "later mention of the deadline (April 3 is the deadline, not the act)"),
            # 9
            ("REQUEST", ("given", "he had"), (("Verhofstadt", "holding back."), "BEL", "GOV"),
             ("the two states", "DEU", "GOV"), None,
             None, "unknown", None, "asserted", 1, "later mention of the deadline, West Germany"),
            # 10
            ("STATEMENT", ("said", "Verhofstadt said,"), (("Verhofstadt", "research policy,"), "BEL", "GOV"), None, BRU,
             "1987-03-25", "day", None, "asserted", None, "warning of a grave crisis (forecast, not his own retaliation)"),
            # 11
            ("STATEMENT", "adding", (("Verhofstadt", "research policy,"), "BEL", "GOV"), None, BRU,
             "1987-03-25", "day", None, "asserted", None, "adding: research teams could be disbanded"),
            # 12
            ("STATEMENT", "maintained", (("Britain", "But Britain still"), "GBR", "GOV"), None, BRU,
             "1987-03-25", "day", None, "asserted", None,
             "the allocations much too high (assessment; REJECT of the compromise arguable)"),
        ],
        "skip": [
            (("failed", "(EC) has"), "EC's internal failure to agree (single body), no type"),
            (("agree", "failed"), "content (internal agreement)"),
            (("opposition", "because of"), "background nominal (coded on the calls and the deadline)"),
            (("said", "West Germany, diplomats"), "anonymous-source talk (diplomats)"),
            ("told", "attribution (the deadline is the event)"),
            (("end", "week to"), "content of the deadline"),
            ("plunging", "consequence named in the deadline (content)"),
            (("proposed", "Framework Program"), "background participle (Commission proposal), no type"),
            ("boost", "purpose"),
            ("combat", "purpose"),
            (("start", "due to"), "programme start, no type"),
            ("delayed", "delay of a programme, no type"),
            (("cuts", "West Germany for"), "content of the calls"),
            (("said", "(Ecus), diplomats"), "anonymous-source talk (diplomats)"),
            (("cut", "Commission had already"), "internal budget revision (RETREAT toward member states arguable)"),
            ("approval", "generic legal requirement"),
            (("launched", "before it can be"), "hypothetical, no actor"),
            (("proposed", "compromise budget"), "background participle (content of the support)"),
            ("trim", "purpose"),
            ("appeared", "appearance, no event"),
            (("accept", "ready to"), "content"),
            ("holding back", "no explicit refusal (REJECT of the compromise arguable)"),
            ("chaired the lengthy meeting", "internal meeting of one body"),
            (("said", "lengthy meeting,"), "attribution (the deadline is the event)"),
            (("withdraw", "April 3 to"), "content of the deadline"),
            (("failed", "one or both"), "condition"),
            (("left", "would be"), "hypothetical consequence"),
            ("disbanded", "content of the statement"),
            (("said", "Diplomats"), "anonymous-source talk (diplomats)"),
            ("agreeing", "content of anonymous talk, not happened"),
            (("limit", "which would"), "content"),
            (("set aside", "would also"), "content"),
            (("said", "program, they"), "anonymous-source talk (diplomats)"),
            ("faced", "no event"),
            ("convince", "domestic persuasion inside one government"),
            (("accept", "they should"), "content"),
            ("demanded", "background participle of Britain's demand (coded on 'calls'/'demands')"),
            (("added", "one diplomat"), "anonymous-source talk (a diplomat)"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            ("Britain", "GPE", "GBR"),
            ("West Germany", "GPE", "DEU"),
            ("Belgian", "NORP", "BEL"),
            ("Guy Verhofstadt", "PERSON", "BEL"),
            (("EC", "plunging"), "ORG", None),
            (("EC", "proposed by the"), "ORG", None),
            ("Executive Commission", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("Britain", "calls from"), "GPE", "GBR"),
            ("France", "GPE", "FRA"),
            (("West Germany", "France and"), "GPE", "DEU"),
            ("EC Commission", "ORG", None),
            (("EC", "under"), "ORG", None),
            (("France", "launched."), "GPE", "FRA"),
            (("Verhofstadt", "proposed by"), "PERSON", "BEL"),
            (("Britain", "But Britain is"), "GPE", "GBR"),
            (("West Germany", "cuts in the budget."), "GPE", "DEU"),
            (("Verhofstadt", "holding back."), "PERSON", "BEL"),
            (("EC", "or both failed"), "ORG", None),
            (("EC", "such as the"), "ORG", None),
            (("Europe", "grave crisis in"), "LOC", None),
            (("Verhofstadt", "research policy,"), "PERSON", "BEL"),
            (("West Germany", "Diplomats said"), "GPE", "DEU"),
            (("Britain", "But Britain still"), "GPE", "GBR"),
            (("Britain", "much too high."), "GPE", "GBR"),
            ("Geoffrey Pattie", "PERSON", "GBR"),
            (("Britain", "demanded by"), "GPE", "GBR"),
        ],
    },
    "reuters21578-12825": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Moscow", "SUN", "GOV"), ("Peking", "CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to discuss Afghanistan and Kampuchea in the talks; no time expression; 'said' attribution"),
            # 1
            ("AGREE", ("agreement", "expressed"), ("the Soviet Union", "SUN", "GOV"), (None, "CHN", "GOV"), None,
             None, "unknown", None, "asserted", 0, "quoted later mention ('Recently' gives no value); 'told' attribution"),
            # 2
            ("ACCUSE", "referred", ("China", "CHN", "GOV"), (("Moscow", "Afghanistan,"), "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None, "standing grievance: three obstacles (convention 17, undated)"),
        ],
        "skip": [
            ("refusal", "background nominal (REJECT arguable)"),
            (("discuss", "agreed"), "content of the agreement"),
            (("talks", "its"), "background nominal: the ongoing normalisation talks (CONSULT arguable)"),
            ("normalising", "content"),
            (("said", "Qian Qichen"), "attribution (the agreement is the event)"),
            ("told", "attribution (the agreement is the event)"),
            (("discuss", "agreement to"), "content of the agreement"),
            (("troops", "Soviet"), "content of the grievance"),
            ("support", "content of the grievance"),
            ("concentrations", "content of the grievance"),
        ],
        "entities": [
            ("Moscow", "GPE", "SUN"),
            ("Afghanistan", "GPE", "AFG"),
            ("Kampuchea", "GPE", "KHM"),
            ("Peking", "GPE", "CHN"),
            ("Chinese", "NORP", "CHN"),
            ("Qian Qichen", "PERSON", "CHN"),
            ("Soviet Union", "GPE", "SUN"),
            ("China", "GPE", "CHN"),
            (("Soviet", "relations --"), "NORP", "SUN"),
            (("Afghanistan", "troops in"), "GPE", "AFG"),
            (("Moscow", "Afghanistan,"), "GPE", "SUN"),
            ("Vietnamese", "NORP", "VNM"),
            (("Kampuchea", "Vietnamese troops in"), "GPE", "KHM"),
            (("Soviet", "Kampuchea and"), "NORP", "SUN"),
            (("Chinese", "along the"), "NORP", "CHN"),
        ],
    },
    "reuters21578-9718": {
        "events": [
            # 0
            ("STATEMENT", "said", ("U.S. Secretary of Defence Caspar Weinberger", "USA", "MIL"), None, FTW,
             "1987-03-26", "day", None, "asserted", None, "no action yet on the escort offer, the issue being discussed"),
            # 1
            ("AGREE", ("offer", "The offer"), (None, "USA", "GOV"), (("Kuwait", "made to"), "KWT", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "U.S. offer to escort Kuwaiti tankers made to Kuwait (offer to a government = AGREE); no time expression"),
            # 2
            ("STATEMENT", "told", (("Weinberger", "entrance to the Gulf."), "USA", "MIL"), None, TCU,
             "1987-03-26", "day", None, "asserted", None, "assessment: no move towards conflict with Iran"),
            # 3
            ("STATEMENT", "adding", (("Weinberger", "entrance to the Gulf."), "USA", "MIL"), None, TCU,
             "1987-03-26", "day", None, "asserted", None, "adding: the Straits still free water"),
        ],
        "skip": [
            ("taken", "negated action with no type"),
            (("offer", "Adminstration's"), "presupposed nominal (the offer is asserted in the next sentence)"),
            ("escort", "content of the offer (AID arguable)"),
            ("discussed", "no identified parties (CONSULT arguable)"),
            ("deployment", "background nominal in a causal adjunct (MOBILIZE arguable)"),
            ("cover", "purpose"),
            ("speech", "time adjunct (the speech is not reported)"),
            ("moving", "content of the statement"),
            ("conflict", "content of the statement"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            ("Gulf", "LOC", None),
            ("U.S.", "GPE", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            (("Kuwait", "made to"), "GPE", "KWT"),
            ("Iran", "GPE", "IRN"),
            ("Chinese", "NORP", "CHN"),
            (("Gulf", "entrance to the"), "LOC", None),
            (("Weinberger", "entrance to the Gulf."), "PERSON", "USA"),
            ("Texas Christian University", "ORG", "USA"),
            (("Iran", "did not think"), "GPE", "IRN"),
            ("United States", "GPE", "USA"),
            ("Straits of Hormuz", "LOC", None),
            (("Gulf", "mouth of the"), "LOC", None),
        ],
    },
    "reuters21578-11601": {
        "events": [
            # 0
            ("AID", "granted", ("Britain", "GBR", "GOV"), ("Mozambique", "MOZ", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "eight mln stg food aid and relief granted; no time expression; 'announced' attribution"),
            # 1
            ("AID", "shipped", (None, "GBR", "GOV"), (("Mozambique", "shipped to"), "MOZ", "GOV"), None,
             None, "unknown", None, "planned", None, "cereals to be shipped to Mozambique (shipper implied); 'said' attribution"),
            # 2
            ("AID", ("give", "Britain will"), (("Britain", "due soon."), "GBR", "GOV"),
             ("Mozambican refugees", "MOZ", "PERSON"), None,
             None, "unknown", None, "planned", None,
             "relief programmes and help for Mozambican refugees (one record, same recipient country); 'added' attribution"),
            # 3
            ("AID", "contribute", (("Britain", "The statement said"), "GBR", "GOV"), ("the U.N. Refugee agency", None, "IGO"),
             None, None, "unknown", None, "planned", None, "contribution to UNHCR; 'The statement said' attribution"),
            # 4
            ("AID", ("give", "and give"), (("Britain", "The statement said"), "GBR", "GOV"),
             (("relief agencies", "750,000 sterling to"), None, "ORG"), None,
             None, "unknown", None, "planned", None, "money to unnamed relief agencies for food distribution"),
        ],
        "skip": [
            ("announced", "attribution (the grant is the event)"),
            (("aid", "food"), "content of the grant"),
            (("statement", "(embassy)"), "part of the reporting clause"),
            (("said", "(embassy) statement"), "attribution (the shipment is the event)"),
            ("due", "part of the shipment"),
            ("relieve", "purpose"),
            ("added", "attribution (the allocation is the event)"),
            (("statement", "it added."), "part of the reporting clause"),
            (("said", "The statement"), "attribution (the contributions are the events)"),
            ("raised", "private fundraising, no recipient act (AID arguable)"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("Mozambique", "GPE", "MOZ"),
            ("British High Commission", "ORG", "GBR"),
            (("Mozambique", "shipped to"), "GPE", "MOZ"),
            (("Britain", "due soon."), "GPE", "GBR"),
            ("Mozambican", "NORP", "MOZ"),
            (("Britain", "The statement said"), "GPE", "GBR"),
            ("U.N. Refugee agency", "ORG", None),
            ("UNHCR", "ORG", None),
            (("Mozambique", "distribution in"), "GPE", "MOZ"),
            (("British", "Mozambique. The"), "NORP", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind18b.jsonl")
