"""Build ``own_blind22a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind22a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,843 left); 24 drawn with random.Random(22101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 0-7 (8 articles).
41 event records (30 first mentions, 11 later mentions), 100 not_annotated spans, 124 entity mentions;
no article without events; 18746 (Union Pacific posted prices) and 2606 (Hamburg coffee market) have a
single reporting-clause STATEMENT only. Types: STATEMENT 12, ASSAULT 11, COOPERATE 5, AID 4, AGREE 3,
ACCUSE 3, CONSULT 1, RETREAT 1, THREATEN 1; modality: asserted 33, planned 7, negated 1; precision: day
20, month 5, unknown 16.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 14571 (Iraq / Iran, Basra; a sister story of own_blind20b's 15230, one day earlier): every "said"
  of Iraq and of the High Command communique is rule-3 attribution, the fighting being the events
  (20b's call); "issued during the day" belongs to that reporting clause. "Iraq said its forces were
  battling to dislodge Iranian troops" is ASSAULT IRQ -> IRN at Basra, dated 1987-04-07 by the
  communique's "Fierce fighting has been raging since dawn today" (a later mention with its own time
  expression dates the first, 13b call; the progressive is concurrent with today's report either
  way, 20b); its later mentions are "Fierce fighting has been raging" (implied parties, the Iraqi
  side first as in the first mention), "our forces succeeded in dislodging the Iranians" (its own
  clause) and "Iraqi forces were continuing counter-attacks". "territory they gained during a new
  three-pronged offensive" is the Iranian offensive, ASSAULT IRN -> IRQ (nominal with its own
  predication and place), dated 1987-04-07 by its later mention "the Iranians launched a major
  overnight assault on the fronts of three Iraqi divisions" (the night before today's communique,
  as 20b's "early yesterday" seen from April 8); "the invading force managed to gain some footholds"
  is another later mention (20b's "had occupied ground"), while "gained" in the first sentence and
  "the positions they gained at the Muthanna front" are parts of it (skipped), as is "the Iranian
  troops which attacked the Qutaiba front". Their being "annihilated" is a separate ASSAULT IRQ
  (implied) -> IRN placed in the overnight assault (1987-04-07; 20b's "foiled"). "The precise
  locations of the three fronts were not given" is a withheld STATEMENT (negated, the communique's
  author implied, IRQ MIL as 20b's communique, DCT, BAGHDAD). "A previous Iranian offensive
  launched in January towards Basra" is ASSAULT IRN -> IRQ, 1987-01 (past bare month); "was
  halted" its Iraqi repulse, ASSAULT IRQ -> IRN (implied parties), undated (no time expression of
  its own); "with Baghdad saying the Iranians had gained only a narrow strip of Iraqi territory" is
  a later mention of the January offensive ("saying" rule-3 attribution, as 20b's "admitted"),
  taking 1987-01. "the situation ended in Iraq's favour" is an outcome (skipped). Division names
  (Qutaiba, Muthanna, "Mohammed al-Qassem forces", with its head noun as 20b's "Mohammed al-Qassem
  unit") are ORG IRQ, also where they name a front ("the Qutaiba front": "Qutaiba").
* 21018 (Statoil, Veslefrikk): "Statoil signed contracts worth ... 1.5 billion Norwegian crowns"
  is AGREE on "signed" (signing = AGREE, as the earlier sets' signed accords and credits) by Statoil
  (state-owned: NOR BUS) toward the contractors (implied; both named contractors Norwegian, so one
  record NOR BUS), undated (rule 17), "Statoil said" attribution. "Moss Rosenberg Verft of Stavanger
  has been awarded a contract to convert ..." and "Aker Verdal has been awarded a contract ..." are
  contract awards: COOPERATE with the winner first and the awarding buyer (Statoil) as implied
  actor2 (own_dev's contract-award call), undated (present perfect, no time expression); the
  completion dates (summer 1989, 1989) are the work's schedule (skipped). The awards are not
  later mentions of the signing (another type). Aker Verdal's country is not stated: NOR from the
  Norwegian field development and the crown-denominated contracts (21a's Orion Air call); the
  platform name West Vision is a facility (not an entity, as ship names); Veslefrikk is a named oil
  field: LOC NOR.
* 10867 (Bow Valley secondary offering): the prospectus filing and the secondary share offering
  (Bowcan Holdings "is offering to sell all of its holding", "being sold by certain shareholders")
  are corporate finance with no identified buyer (not events), so the three "said" of Bow Valley /
  "the company" are STATEMENTs (DCT, CALGARY, CAN BUS). "The shareholders will engage Salomon
  Brothers Inc for distribution of the shares in the United States and McLeod Young Weir Ltd for
  distribution in Canada" is a service mandate between named parties: COOPERATE planned (11b's BZW
  mandate), split by the two dealers' countries (USA from the U.S. distribution, CAN from the
  Canadian one), undated; the selling shareholders are taken as CAN (Bowcan, owned by the Seaman
  brothers of Calgary and a Montreal trust, holds most of the offering; the deGunzberg trusts have
  no stated country: null arguable). "Jean" and "Charles deGunzberg" are PERSON with no country.
* 11984 (U.S. / Argentina soyproduct case): "Yeutter said the United States and Argentina have
  settled a case" is AGREE USA -> ARG ("said" rule-3 attribution), dated 1987-03 and placed in New
  Zealand by its later mention "the case was resolved at a meeting with ... Figuerras during a trade
  ministers' meeting in New Zealand last week" ("last week" from Wed 1 April = 23-29 March, kept at
  its month, EVENTS.md 21; the first mention takes the later mention's time expression). That
  meeting with Figuerras is its own CONSULT USA (Yeutter, the speaker) -> ARG, 1987-03, New Zealand;
  the multilateral "trade ministers' meeting" is a time adjunct (skipped; CONSULT of the group
  arguable, as 21b's Council debate); "Speaking to an Agribusiness Education forum here late
  yesterday" is the venue of the attribution (the forum is not tagged as an entity: an event, not a
  named organisation). "a case brought by the U.S. soybean crushing industry alleging unfair
  subsidies to Argentina's crushing industry" is ACCUSE USA (the industry, ORG) -> ARG on "alleging"
  (nominal with its own predication, EVENTS.md 11), undated; "The U.S. case brought by the U.S.
  National Soybean Processors Association alleged Argentina ... implicitly subsidized" and "The U.S.
  crushing industry, in its complaint under Section 301 ..., said higher Argentine export taxes ...
  represented an unfair trade practice" (the saying is the accusation, in the complaint: not a
  wire-style report) are its later mentions, undated. "Under a verbal understanding between the two
  ministers, Argentina will soon abolish export taxes" is RETREAT ARG planned ("soon" has no value:
  undated; actor2 null as 15a's "drop barriers", toward the USA arguable), the officials' "said"
  attribution, "understanding" an anaphoric nominal of the settlement. "Yeutter told Figuerras that
  all agencies of the U.S. government supported the U.S. complaint and unless Argentina took steps
  to eliminate the taxes, the United States would consider taking further action" is THREATEN USA ->
  ARG (a conditional threat, guideline rule 2; the agencies' support is its content, SUPPORT USA ->
  USA arguable), relayed by "U.S. and Argentine officials said" with no time expression: undated
  (round-6 call; placing it in last week's meeting, 1987-03, arguable). "An Argentine official here
  said no timetable was given" is a STATEMENT (ARG GOV, DCT, WASHINGTON). "U.S. National Soybean
  Processors Association" is one ORG span (as "U.S. Agriculture Department"); Section 301 (a law) is
  not an entity.
* 5118 (Venezuela lends Ecuador oil): "Venezuela will lend Ecuador up to 12.5 mln barrels ...,
  Ecuadorean Energy and Mines Minister Javier Espinosa said today in a statement" is AID VEN -> ECU
  planned (credit / relief), undated ("today" dates the saying, which is attribution, own_blind's
  call); the tranches "Venezuela would lend 50,000 barrels per day ... up to 7.5 mln barrels to help
  Ecuador meet export commitments" (planned) and "Venezuela is lending Ecuador five mln barrels ...
  to meet domestic demand" (present progressive: asserted) are later mentions (parts of the same
  12.5 mln lending; separate AID records arguable). "Venezuela will sell the crude and provide the
  foreign exchange earnings to Ecuador" is its own AID VEN -> ECU planned on "provide" (the sale to
  unnamed buyers is part of the arrangement, skipped). Ecuador's repayment in crude is a loan term
  (skipped; COOPERATE ECU -> VEN arguable); the export suspension forced by the earthquake-damaged
  pipeline and the repairs are accidents / no type. "Energy Ministry officials said" (officials of a
  named ministry) is a STATEMENT (statistics, ECU GOV, DCT, QUITO). Balao (a port town) is GPE ECU,
  the Pacific Ocean LOC null, "Latin American" NORP null, OPEC ORG null.
* 18746 (Union Pacific posted prices): raising posted crude prices is company price setting (no type,
  as own_blind10a's posted prices and 15b's contract price rise), so Union Pacific Resources' "said"
  is a STATEMENT (USA BUS from the U.S. benchmark and the NEW YORK dateline, DCT); Sun Co's and the
  other companies' rises are skipped. "West Texas" in the grade name is LOC USA (8b's call).
* 2606 (Hamburg coffee market): every "said" / "adding" of "trade sources" / "they" is anonymous
  (skipped with its content, including the failed International Coffee Organization talks, a
  background nominal in the sources' claim: CONSULT by the ICO arguable, no date). "the president
  of the Brazilian Coffee Institute, Jorio Dauster, said yesterday he had not yet decided when its
  registrations would reopen" is a STATEMENT (BRA GOV, as 10b's Dauster), 1987-03-05 by
  "yesterday", location null (not a DCT-dated report). Hamburg (1987) is GPE DEU.
* 11841 (Boliden / Allis-Chalmers): "Boliden AB said it would buy the mining equipment operations of
  the U.S. Allis-Chalmers Corp" is COOPERATE SWE -> USA planned (an acquisition between companies),
  undated, "said" attribution. Nilsson's "told a news conference" (synergies), "Nilsson said" (the
  takeover gives opportunities to cooperate with the parent Trelleborg) and "He said Allis-Chalmers
  was selling out because it needed new cash" (the seller's motive; "selling out" anaphoric to the
  purchase) are STATEMENTs (DCT, STOCKHOLM). "The deal is subject to approval by Allis-Chalmers'
  annual meeting, company officials said" is a STATEMENT (a condition, 6a's "subject to approval";
  the officials taken as Boliden's, the company holding the Stockholm news conference: SWE BUS;
  Allis-Chalmers' officials, USA, arguable). Trelleborg AB (Boliden's parent, no country stated) is
  ORG SWE.
* Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
  dateline); job titles are not tagged ("U.S. Trade Representative Clayton Yeutter": "U.S." GPE and
  the PERSON; "Argentine Agriculture Secretary Ernesto Figuerras": "Argentine" NORP and the PERSON);
  "Norwegian" in "Norwegian crowns" is NORP NOR; "the Seaman brothers" gives the PERSON "Seaman"
  (CAN, "of Calgary"); the Charles Rosner Bronfman Trust (of Montreal) is ORG CAN; bracketed
  abbreviations are separate mentions ("(Statoil)", "(OPEC)"); common nouns ("the communique",
  "the company", "trade sources", "company officials") are not tagged.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

BAG = ("BAGHDAD", "IRQ")
BASRA = ("Basra", "IRQ")
CALG = ("CALGARY", "CAN")
WAS = ("WASHINGTON", "USA")
NZ = ("New Zealand", "NZL")
QUI = ("QUITO", "ECU")
NY = ("NEW YORK", "USA")
STO = ("STOCKHOLM", "SWE")

STATOIL = ("Den Norske Stats Oljeselskap (Statoil)", "NOR", "BUS")
SHAREHOLDERS = (("The shareholders", "The shareholders will"), "CAN", "BUS")
YEUTTER_FORUM = (("Yeutter", "yesterday, Yeutter"), "USA", "GOV")
FIGUERRAS = ("Argentine Agriculture Secretary Ernesto Figuerras", "ARG", "GOV")
NILSSON = ("Boliden president Kjell Nilsson", "SWE", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-14571": {
        "events": [
            # 0
            ("ASSAULT", "battling", ("its forces", "IRQ", "MIL"), ("Iranian troops", "IRN", "MIL"), BASRA,
             "1987-04-07", "day", "today", "asserted", None,
             "Iraqi forces battling to dislodge Iranian troops near Basra ('Iraq said' is attribution); dated by the "
             "later mention 'Fierce fighting has been raging since dawn today' (concurrent with today's report)"),
            # 1
            ("ASSAULT", "offensive", (("they", "territory they"), "IRN", "MIL"), (None, "IRQ", "MIL"), BASRA,
             "1987-04-07", "day", "overnight", "asserted", None,
             "the new three-pronged Iranian offensive near Basra (nominal with its own predication and place); "
             "dated by its later mention, the overnight assault before today's communique"),
            # 2
            ("ASSAULT", "assault", ("the Iranians", "IRN", "MIL"), ("three Iraqi divisions", "IRQ", "MIL"), BASRA,
             "1987-04-07", "day", "overnight", "asserted", 1,
             "later mention: the major overnight assault on the fronts of three Iraqi divisions ('the communique "
             "said' is attribution)"),
            # 3
            ("ASSAULT", "annihilated", (None, "IRQ", "MIL"), (("the Iranian troops", "The communique said"), "IRN", "MIL"),
             BASRA, "1987-04-07", "day", "overnight", "asserted", None,
             "the Iranian troops attacking the Qutaiba front annihilated (Iraqi repulse, implied agent), placed in "
             "the overnight assault"),
            # 4
            ("ASSAULT", ("gain", "managed to"), ("the invading force", "IRN", "MIL"), (None, "IRQ", "MIL"), BASRA,
             "1987-04-07", "day", "overnight", "asserted", 1,
             "later mention of the offensive: footholds gained on the other fronts"),
            # 5
            ("ASSAULT", "fighting", (None, "IRQ", "MIL"), (None, "IRN", "MIL"), BASRA,
             "1987-04-07", "day", "today", "asserted", 0,
             "later mention: fierce fighting raging since dawn today (the Iraqi counter-attack of the first "
             "sentence; implied parties)"),
            # 6
            ("ASSAULT", "dislodging", ("our forces", "IRQ", "MIL"), (("the Iranians", "dislodging"), "IRN", "MIL"),
             BASRA, "1987-04-07", "day", "today", "asserted", 0,
             "later mention: Iraqi forces dislodged the Iranians at the Muthanna front (relative clause of its own)"),
            # 7
            ("ASSAULT", "counter-attacks", ("Iraqi forces", "IRQ", "MIL"), (("the Iranians", "drive"), "IRN", "MIL"),
             BASRA, "1987-04-07", "day", "today", "asserted", 0,
             "later mention: Iraqi forces continuing counter-attacks on the Mohammed al-Qassem front ('It said' "
             "attribution)"),
            # 8
            ("STATEMENT", "given", (None, "IRQ", "MIL"), None, BAG,
             "1987-04-07", "day", None, "negated", None,
             "withheld statement: the fronts' precise locations not given (the communique's author implied)"),
            # 9
            ("ASSAULT", ("offensive", "previous Iranian"), (("Iranian", "previous Iranian"), "IRN", "MIL"),
             (None, "IRQ", "MIL"), BASRA, "1987-01", "month", "in January", "asserted", None,
             "previous Iranian offensive launched in January towards Basra (past bare month: 1987-01)"),
            # 10
            ("ASSAULT", "halted", (None, "IRQ", "MIL"), (None, "IRN", "MIL"), None,
             None, "unknown", None, "asserted", None,
             "the January offensive halted (Iraqi repulse, implied parties, as 20b's 'foiled'); no time expression "
             "of its own"),
            # 11
            ("ASSAULT", ("gained", "Baghdad saying"), (("the Iranians", "Baghdad saying"), "IRN", "MIL"),
             (None, "IRQ", "MIL"), BASRA, "1987-01", "month", "in January", "asserted", 9,
             "later mention of the January offensive: only a narrow strip of Iraqi territory gained ('saying' "
             "attribution, as 20b's 'admitted')"),
        ],
        "skip": [
            (("said", "Iraq said its"), "rule-3 attribution (the battling is the event)"),
            ("dislodge", "purpose of the battling"),
            (("gained", "territory they"), "part of the offensive (territory taken)"),
            (("war", "on the"), "background nominal (the Iran-Iraq war)"),
            ("issued", "part of the reporting clause (the communique's issue; attribution)"),
            (("said", "during the day"), "rule-3 attribution (the assault is the event)"),
            (("attacked", "troops which"), "part of the offensive (the Qutaiba front attacked)"),
            (("said", "The communique said the Iranian"), "rule-3 attribution"),
            ("succeeded", "the same act as 'dislodging'"),
            (("gained", "positions they gained"), "part of the offensive (positions taken, anaphoric)"),
            ("ended", "outcome of the fighting"),
            (("said", "favour,\" the communique"), "rule-3 attribution"),
            (("said", "It said Iraqi"), "rule-3 attribution"),
            ("drive", "purpose of the counter-attacks"),
            ("holding", "stative (positions held)"),
            ("saying", "rule-3 attribution (the gains are the event)"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            ("Iranian", "NORP", "IRN"),
            ("Basra", "GPE", "IRQ"),
            ("High Command", "ORG", "IRQ"),
            ("Iranians", "NORP", "IRN"),
            ("Iraqi", "NORP", "IRQ"),
            ("Qutaiba", "ORG", "IRQ"),
            ("Muthanna", "ORG", "IRQ"),
            ("Mohammed al-Qassem forces", "ORG", "IRQ"),
            (("Iranian", "The communique said the"), "NORP", "IRN"),
            (("Qutaiba", "attacked the"), "ORG", "IRQ"),
            (("Iranians", "dislodging the"), "NORP", "IRN"),
            (("Muthanna", "gained at the"), "ORG", "IRQ"),
            (("Iraq", "ended in"), "GPE", "IRQ"),
            (("Iraqi", "It said"), "NORP", "IRQ"),
            (("Iranians", "drive the"), "NORP", "IRN"),
            (("Mohammed al-Qassem forces", "the front of the"), "ORG", "IRQ"),
            (("Iranian", "previous"), "NORP", "IRN"),
            (("Basra", "January towards"), "GPE", "IRQ"),
            (("Iraq", "Basra,"), "GPE", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            (("Iranians", "Baghdad saying the"), "NORP", "IRN"),
            (("Iraqi", "narrow strip of"), "NORP", "IRQ"),
        ],
    },
    "reuters21578-21018": {
        "events": [
            # 0
            ("AGREE", "signed", STATOIL, (None, "NOR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "signed contracts worth 1.5 bln crowns for the Veslefrikk development (signing = AGREE) with the "
             "contractors (implied; both named ones Norwegian); 'Statoil said' attribution; no time expression"),
            # 1
            ("COOPERATE", "awarded", ("Moss Rosenberg Verft of Stavanger", "NOR", "BUS"), (None, "NOR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "contract award (conversion of West Vision) won from Statoil (implied buyer, own_dev's contract awards); "
             "present perfect, no time expression"),
            # 2
            ("COOPERATE", ("awarded", "Aker Verdal has been"), ("Aker Verdal", "NOR", "BUS"), (None, "NOR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "contract award (steel jacket for the wellhead platform) won from Statoil (implied); 'Statoil said' "
             "attribution"),
        ],
        "skip": [
            (("said", "oil field, Statoil"), "rule-3 attribution (the signing is the event)"),
            ("development", "purpose of the contracts (Statoil's own field development)"),
            ("convert", "content of the contract"),
            (("completed", "The work is to be"), "schedule of the contracted work (summer 1989)"),
            ("engineering, purchasing and construction", "content of the contract"),
            (("completed", "also to be"), "schedule of the contracted work (1989)"),
            (("said", "in 1989,"), "rule-3 attribution (the award is the event)"),
        ],
        "entities": [
            ("Norwegian", "NORP", "NOR"),
            ("Den Norske Stats Oljeselskap", "ORG", "NOR"),
            ("Statoil", "ORG", "NOR"),
            (("Norwegian", "1.5 billion"), "NORP", "NOR"),
            ("Veslefrikk", "LOC", "NOR"),
            (("Statoil", "oil field,"), "ORG", "NOR"),
            ("Moss Rosenberg Verft", "ORG", "NOR"),
            ("Stavanger", "GPE", "NOR"),
            ("Aker Verdal", "ORG", "NOR"),
            (("Statoil", "in 1989,"), "ORG", "NOR"),
        ],
    },
    "reuters21578-10867": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Bow Valley Industries Ltd", "CAN", "BUS"), None, CALG,
             "1987-03-30", "day", None, "asserted", None,
             "announcement of a prospectus filing for a secondary offering (corporate finance: no type)"),
            # 1
            ("STATEMENT", ("said", "The company said Bowcan"), ("The company", "CAN", "BUS"), None, CALG,
             "1987-03-30", "day", None, "asserted", None,
             "Bowcan Holdings is selling its whole holding in the offering (public share sale: no type)"),
            # 2
            ("STATEMENT", ("said", "shareholders, the company"), (("the company", "shareholders, the company"), "CAN", "BUS"),
             None, CALG, "1987-03-30", "day", None, "asserted", None,
             "proceeds and expenses are for the selling shareholders' account"),
            # 3
            ("COOPERATE", "engage", SHAREHOLDERS, ("Salomon Brothers Inc", "USA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "mandate to Salomon Brothers for the U.S. distribution (service mandate, 11b's BZW; split by dealer "
             "country); the selling shareholders mostly Bowcan (CAN; null arguable); no time expression"),
            # 4
            ("COOPERATE", "engage", SHAREHOLDERS, ("McLeod Young Weir Ltd", "CAN", "BUS"), None,
             None, "unknown", None, "planned", None, "mandate to McLeod Young Weir for the Canadian distribution (split)"),
        ],
        "skip": [
            ("filed", "prospectus filing: corporate finance"),
            (("offering", "secondary offering of 22.8"), "secondary share offering: corporate finance"),
            ("being\nsold", "shares sold in the public offering: corporate finance, no identified buyer"),
            ("offering to sell", "Bowcan's sale of its holding in the public offering (corporate finance, no buyer)"),
            ("principally owned", "stative (ownership)"),
            (("owned", "balance of the offering is"), "stative (ownership)"),
            (("offering", "Proceeds and expenses from the secondary"), "anaphoric nominal (the offering)"),
            (("distribution", "Salomon Brothers Inc for"), "content of the mandate"),
            (("distribution", "McLeod Young Weir Ltd for"), "content of the mandate"),
        ],
        "entities": [
            ("Bow Valley Industries Ltd", "ORG", "CAN"),
            ("Canada", "GPE", "CAN"),
            ("United States", "GPE", "USA"),
            ("Bowcan Holdings Inc", "ORG", "CAN"),
            ("Seaman", "PERSON", "CAN"),
            ("Calgary", "GPE", "CAN"),
            ("Charles Rosner Bronfman Trust", "ORG", "CAN"),
            ("Montreal", "GPE", "CAN"),
            (("Bow Valley", "8,279,665"), "ORG", "CAN"),
            ("Jean", "PERSON", None),
            ("Charles deGunzberg", "PERSON", None),
            (("Bow Valley Industries", "Proceeds"), "ORG", "CAN"),
            ("Salomon Brothers Inc", "ORG", "USA"),
            (("United States", "shares in the"), "GPE", "USA"),
            ("McLeod Young Weir Ltd", "ORG", "CAN"),
            (("Canada", "distribution in"), "GPE", "CAN"),
        ],
    },
    "reuters21578-11984": {
        "events": [
            # 0
            ("AGREE", "settled", ("the United States", "USA", "GOV"), (("Argentina", "United States and"), "ARG", "GOV"),
             NZ, "1987-03", "month", "last week", "asserted", None,
             "the U.S. and Argentina settled the soyproduct case ('Yeutter said' attribution); dated and placed by the "
             "later mention 'resolved at a meeting ... in New Zealand last week' (23-29 March at its month)"),
            # 1
            ("AGREE", "resolved", YEUTTER_FORUM, FIGUERRAS, NZ,
             "1987-03", "month", "last week", "asserted", 0,
             "later mention: the case resolved at a meeting with Figuerras last week ('said' attribution)"),
            # 2
            ("CONSULT", ("meeting", "resolved at a"), YEUTTER_FORUM, FIGUERRAS, NZ,
             "1987-03", "month", "last week", "asserted", None,
             "Yeutter's meeting with Figuerras during the trade ministers' meeting in New Zealand last week"),
            # 3
            ("ACCUSE", "alleging", ("the U.S. soybean crushing industry", "USA", "ORG"),
             (("Argentina", "subsidies to"), "ARG", "GOV"), None, None, "unknown", None, "asserted", None,
             "the industry's case alleging unfair Argentine subsidies (nominal with its own predication); "
             "no time expression"),
            # 4
            ("RETREAT", "abolish", (("Argentina", "Argentina will soon"), "ARG", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "Argentina will abolish its soybean export taxes under the understanding ('soon': no value; toward the "
             "USA arguable); the officials' 'said' is attribution"),
            # 5
            ("ACCUSE", "alleged", ("the U.S. National Soybean Processors Association", "USA", "ORG"),
             (("Argentina", "alleged Argentina"), "ARG", "GOV"), None, None, "unknown", None, "asserted", 3,
             "later mention: the case alleged Argentina implicitly subsidized crushers through export taxes"),
            # 6
            ("ACCUSE", ("said", "Section\n301"), ("The U.S. crushing industry", "USA", "ORG"),
             (("Argentine", "higher Argentine"), "ARG", "GOV"), None, None, "unknown", None, "asserted", 3,
             "later mention: the complaint said the taxes were an unfair trade practice (in the complaint, not a "
             "wire-style report)"),
            # 7
            ("THREATEN", "told", (("Yeutter", "Yeutter told"), "USA", "GOV"), (("Figuerras", "Yeutter told"), "ARG", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "unless Argentina eliminated the taxes the U.S. would consider further action (conditional threat); "
             "relayed by the officials, no time expression (last week's meeting arguable)"),
            # 8
            ("STATEMENT", ("said", "An Argentine official here"), ("An Argentine official", "ARG", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None, "no timetable was given for removing the export taxes"),
        ],
        "skip": [
            (("said", "Yeutter said the United"), "rule-3 attribution (the settlement is the event)"),
            ("Speaking", "venue of the attribution (the forum speech)"),
            (("said", "yesterday, Yeutter"), "rule-3 attribution (the resolution is the event)"),
            (("case", "Yeutter said the case"), "anaphoric nominal (the case, object of the resolution)"),
            (("meeting", "trade ministers'"), "time adjunct (the multilateral trade ministers' meeting; CONSULT of the "
             "group arguable)"),
            ("understanding", "anaphoric nominal (the settlement reached by the two ministers)"),
            (("said", "products, U.S. and Argentine officials"), "rule-3 attribution (the abolition is the event)"),
            (("brought", "case brought by the U.S. National"), "the same act as 'alleged' (the case brought)"),
            ("subsidized", "content of the allegation"),
            ("complaint", "the same act as 'said' (the complaint's wording)"),
            ("encourage", "content of the complaint"),
            ("represented", "content of the complaint"),
            ("supported", "content of the threat (the agencies' support; SUPPORT USA -> USA arguable)"),
            ("took steps", "condition inside the threat"),
            (("eliminate", "took steps to"), "condition inside the threat"),
            ("consider", "content of the threat (hypothetical further action)"),
            (("said", "further action in the case, U.S."), "rule-3 attribution (the threat is the event)"),
            (("given", "no timetable was"), "content of the statement"),
            ("removal", "content of the statement (the planned abolition, anaphoric)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            (("Argentina", "United States and"), "GPE", "ARG"),
            (("U.S.", "brought by the"), "GPE", "USA"),
            (("Argentina", "subsidies to"), "GPE", "ARG"),
            (("Yeutter", "yesterday, Yeutter"), "PERSON", "USA"),
            (("Argentine", "meeting with"), "NORP", "ARG"),
            ("Ernesto Figuerras", "PERSON", "ARG"),
            ("New Zealand", "GPE", "NZL"),
            (("Argentina", "Argentina will soon"), "GPE", "ARG"),
            (("U.S.", "products, U.S."), "GPE", "USA"),
            (("Argentine", "products, U.S. and"), "NORP", "ARG"),
            (("U.S.", "The U.S. case"), "GPE", "USA"),
            ("U.S. National Soybean Processors Association", "ORG", "USA"),
            (("Argentina", "alleged Argentina"), "GPE", "ARG"),
            (("U.S.", "The U.S. crushing"), "GPE", "USA"),
            (("Argentine", "higher Argentine"), "NORP", "ARG"),
            (("Yeutter", "Yeutter told"), "PERSON", "USA"),
            (("Figuerras", "Yeutter told"), "PERSON", "ARG"),
            (("U.S.", "agencies of the"), "GPE", "USA"),
            (("U.S.", "supported the"), "GPE", "USA"),
            (("Argentina", "unless Argentina"), "GPE", "ARG"),
            (("United States", "the United States would"), "GPE", "USA"),
            (("U.S.", "further action in the case, U.S."), "GPE", "USA"),
            (("Argentine", "further action in the case, U.S. and"), "NORP", "ARG"),
            (("Argentine", "An Argentine"), "NORP", "ARG"),
            (("Argentine", "removal of the"), "NORP", "ARG"),
        ],
    },
    "reuters21578-5118": {
        "events": [
            # 0
            ("AID", "lend", ("Venezuela", "VEN", "GOV"), (("Ecuador", "lend Ecuador"), "ECU", "GOV"), None,
             None, "unknown", None, "planned", None,
             "loan of up to 12.5 mln barrels of crude to Ecuador (credit / relief); 'said today' dates the saying, "
             "which is attribution: undated"),
            # 1
            ("AID", ("lend", "Venezuela would lend"), (("Venezuela", "Venezuela would lend"), "VEN", "GOV"),
             (("Ecuador", "help Ecuador"), "ECU", "GOV"), None, None, "unknown", None, "planned", 0,
             "later mention: the export tranche (50,000 bpd, up to 7.5 mln barrels) of the same lending; "
             "'Espinosa said' attribution"),
            # 2
            ("AID", "provide", (("Venezuela", "Also, Venezuela"), "VEN", "GOV"), (("Ecuador", "earnings to"), "ECU", "GOV"),
             None, None, "unknown", None, "planned", None,
             "Venezuela to hand Ecuador the foreign exchange earnings of the crude it sells ('he said' attribution)"),
            # 3
            ("AID", "lending", (("Venezuela", "Venezuela is lending"), "VEN", "GOV"),
             (("Ecuador", "is lending"), "ECU", "GOV"), None, None, "unknown", None, "asserted", 0,
             "later mention: the domestic-demand tranche (five mln barrels) of the same lending; present "
             "progressive, no time expression"),
            # 4
            ("STATEMENT", ("said", "Energy Ministry officials"), ("Energy Ministry officials", "ECU", "GOV"), None, QUI,
             "1987-03-13", "day", None, "asserted", None, "statistics: Ecuador exported about 140,000 bpd before the quake"),
        ],
        "skip": [
            (("said", "Espinosa said today"), "rule-3 attribution (the loan is the event; 'today' dates the saying)"),
            ("statement", "part of the reporting clause"),
            ("help it meet", "purpose of the loan"),
            ("forced", "no acting actor (the suspension forced by the pipeline damage)"),
            ("suspend exports", "Ecuador's suspension of its own exports after an accident: no type"),
            ("damaged", "accident (earthquake damage)"),
            (("help", "barrels to help"), "purpose of the loan"),
            (("said", "commitments, Espinosa"), "rule-3 attribution (the loan is the event)"),
            (("sell", "Venezuela will sell"), "sale of the crude to unnamed buyers (part of the arrangement)"),
            (("said", "Ecuador, he said"), "rule-3 attribution (the provision is the event)"),
            ("repay", "loan term (repayment in crude; COOPERATE ECU -> VEN arguable)"),
            ("resumed", "content (Ecuador's own exports)"),
            ("repairing", "repair of its own pipeline: no type"),
            (("repay", "Ecuador would repay that"), "loan term (repayment in crude)"),
            (("loan", "repay that"), "anaphoric nominal (the loan)"),
            ("repaired", "repair of the pipeline: no type"),
            ("members", "stative (membership)"),
            ("exporting", "statistics"),
        ],
        "entities": [
            ("Venezuela", "GPE", "VEN"),
            (("Ecuador", "lend Ecuador"), "GPE", "ECU"),
            ("Ecuadorean", "NORP", "ECU"),
            ("Javier Espinosa", "PERSON", "ECU"),
            (("Ecuador", "Ecuador was forced"), "GPE", "ECU"),
            ("Pacific Ocean", "LOC", None),
            ("Balao", "GPE", "ECU"),
            (("Venezuela", "Venezuela would lend"), "GPE", "VEN"),
            (("Ecuador", "help Ecuador"), "GPE", "ECU"),
            (("Espinosa", "commitments, Espinosa"), "PERSON", "ECU"),
            (("Venezuela", "Also, Venezuela"), "GPE", "VEN"),
            (("Ecuador", "earnings to"), "GPE", "ECU"),
            (("Ecuador", "Ecuador would repay Venezuela"), "GPE", "ECU"),
            (("Venezuela", "would repay Venezuela"), "GPE", "VEN"),
            (("Balao", "pipeline to"), "GPE", "ECU"),
            (("Venezuela", "Venezuela is lending"), "GPE", "VEN"),
            (("Ecuador", "is lending"), "GPE", "ECU"),
            (("Ecuador", "Ecuador would repay that"), "GPE", "ECU"),
            ("Latin American", "NORP", None),
            ("Organisation of Petroleum Exporting Countries", "ORG", None),
            ("OPEC", "ORG", None),
            (("Ecuador", "Ecuador was exporting"), "GPE", "ECU"),
            ("Energy Ministry", "ORG", "ECU"),
        ],
    },
    "reuters21578-18746": {
        "events": [
            ("STATEMENT", "said", ("Union Pacific Resources", "USA", "BUS"), None, NY,
             "1987-06-18", "day", None, "asserted", None,
             "announcement of its posted-price rise (company price setting: no type)"),
        ],
        "skip": [
            ("raised", "company price setting (posted prices): no type"),
            ("brings", "market price level"),
            (("increase", "The posted price"), "anaphoric nominal (company price setting)"),
            ("move", "price setting by unnamed companies"),
            (("raise", "first to"), "Sun Co's posting rise: company price setting"),
            ("following", "price setting by unnamed companies"),
            (("increase", "The last price"), "price setting by unnamed companies"),
        ],
        "entities": [
            ("Union Pacific Resources", "ORG", "USA"),
            ("Champlin Petroleum", "ORG", "USA"),
            ("West Texas", "LOC", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Sun Co", "ORG", "USA"),
        ],
    },
    "reuters21578-2606": {
        "events": [
            ("STATEMENT", ("said", "Jorio Dauster,"),
             ("the\npresident of the Brazilian Coffee Institute, Jorio Dauster", "BRA", "GOV"), None, None,
             "1987-03-05", "day", "yesterday", "asserted", None,
             "he had not yet decided when registrations would reopen; dated by 'yesterday', place not given"),
        ],
        "skip": [
            ("failure", "content of anonymous-source talk"),
            ("talks", "background nominal inside anonymous talk (the failed ICO talks; CONSULT arguable, no date)"),
            ("reintroduction", "content of the talks"),
            ("paralysed", "market effect, content of anonymous talk"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            (("said", "buying, they"), "anonymous-source talk"),
            ("adding", "anonymous-source talk"),
            (("said", "They said they"), "anonymous-source talk"),
            ("expected", "anonymous-source forecast"),
            ("open export registrations", "content of the anonymous forecast (export administration)"),
            ("decided", "content of the statement"),
            ("reopen", "content of the statement"),
        ],
        "entities": [
            ("International Coffee Organization", "ORG", None),
            ("Hamburg", "GPE", "DEU"),
            ("Brazil", "GPE", "BRA"),
            ("Colombia", "GPE", "COL"),
            ("Brazilian Coffee Institute", "ORG", "BRA"),
            ("Jorio Dauster", "PERSON", "BRA"),
        ],
    },
    "reuters21578-11841": {
        "events": [
            # 0
            ("COOPERATE", "buy", ("Boliden AB", "SWE", "BUS"), ("the U.S. Allis-Chalmers Corp", "USA", "BUS"), None,
             None, "unknown", None, "planned", None,
             "planned purchase of Allis-Chalmers' mining equipment operations for 600 mln crowns ('said' attribution; "
             "no time expression)"),
            # 1
            ("STATEMENT", "told", NILSSON, None, STO,
             "1987-04-01", "day", None, "asserted", None, "assessment: the acquisition will yield synergies"),
            # 2
            ("STATEMENT", ("said", "Nilsson said"), (("Nilsson", "Nilsson said"), "SWE", "BUS"), None, STO,
             "1987-04-01", "day", None, "asserted", None,
             "the takeover gives opportunities to cooperate with the parent Trelleborg (within the group: no type)"),
            # 3
            ("STATEMENT", ("said", "He said Allis"), (("He", "He said Allis"), "SWE", "BUS"), None, STO,
             "1987-04-01", "day", None, "asserted", None, "the seller's motive: it needed new cash after losses"),
            # 4
            ("STATEMENT", ("said", "company officials"), ("company officials", "SWE", "BUS"), None, STO,
             "1987-04-01", "day", None, "asserted", None,
             "the deal is subject to Allis-Chalmers' annual meeting approval (a condition; Boliden's officials, "
             "Allis-Chalmers' arguable)"),
        ],
        "skip": [
            (("said", "Boliden AB said"), "rule-3 attribution (the purchase is the event)"),
            ("news conference", "venue of the statement"),
            ("acquisition", "anaphoric nominal (the purchase)"),
            ("described", "participial elaboration of the statement"),
            ("yield", "content of the statement"),
            ("takeover", "anaphoric nominal (the purchase)"),
            ("cooperate", "content of the statement (possible cooperation within the group)"),
            ("selling out", "anaphoric (the sale, coded on 'buy'), content of the statement"),
            ("needed", "content of the statement"),
            ("suffering", "content of the statement"),
            ("deal", "anaphoric nominal (the purchase)"),
            ("approval", "condition ('subject to approval')"),
        ],
        "entities": [
            ("Swedish", "NORP", "SWE"),
            ("Boliden AB", "ORG", "SWE"),
            ("U.S.", "GPE", "USA"),
            ("Allis-Chalmers Corp", "ORG", "USA"),
            (("Boliden", "Boliden president"), "ORG", "SWE"),
            ("Kjell Nilsson", "PERSON", "SWE"),
            (("Allis-Chalmers", "acquisition of the"), "ORG", "USA"),
            (("Boliden", "effects for"), "ORG", "SWE"),
            (("Nilsson", "Nilsson said"), "PERSON", "SWE"),
            (("Boliden", "handling operations of"), "ORG", "SWE"),
            ("Trelleborg AB", "ORG", "SWE"),
            (("Allis-Chalmers", "He said"), "ORG", "USA"),
            (("Allis-Chalmers", "approval by"), "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind22a.jsonl")
