"""Build ``own_blind27b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind27b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,786 left; also minus the 16 stories drawn for own_blind26, 2,770 left); 24 drawn with random.Random(27101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
40 event records (35 first mentions, 5 later mentions), 106 not_annotated spans, 96 entity mentions;
no article without events; 7118 (Bank of Tokyo Curacao bond) and 10331 (Bangkok transit cargo) have a
single reporting-clause STATEMENT each, 8273 (Pryor) and 16414 (Texaco Netherlands) reporting-clause
STATEMENTs only. Types: STATEMENT 29, AGREE 3, RETREAT 2, ASSAULT 2, THREATEN 1, ACCUSE 1, REJECT 1,
REQUEST 1; modality: asserted 37, negated 3; precision: day 31, unknown 5, month 4.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; five wrong first matches fixed: "Libya" inside "Libyan", "Iran"
inside "Iranian" (an entity and Reagan's actor2), "act" in "action", "sterilise" in "sterilised"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Chancellor of the Exchequer Nigel Lawson": the
PERSON only, "Exchequer" untagged, as 21b; "Iranian President Ali Khamenei": NORP "Iranian" and the
PERSON); a body with its country word is one ORG span ("French Defence Ministry", "U.S. Agriculture
Department", "Texaco Petroleum Maatschaapij (Netherlands) BV", the country inside a name not tagged
separately); "D-Ark." gives GPE "Ark." (as "D-Vt."); "U.S. Government" gives GPE "U.S."; "French" in
"French-backed" NORP FRA (23b's "Chinese-made"); "Canadian" in "Canadian dlr" NORP CAN (24a's "Swiss
franc"); "Tehran Radio" (capitalised here, the station's name) one ORG span IRN (23b's lower-case "Tehran
radio" gave only the GPE); Tehran Times ORG IRN; the Gulf, the Persian Gulf and "Gulf" in "Gulf war" LOC
null; "Iran" and "Iraq" inside "Iran-Iraq" tagged separately; U.N. Security Council and Group of Seven
ORG null; Bank of Tokyo Curacao Holdings NV ORG ANT (the Curacao unit: Netherlands Antilles, the 1987
code, as Nissan Mexicana MEX; JPN for the group arguable), Bank of Tokyo International Ltd and Bank of
Tokyo Ltd ORG JPN, Pru-Bache Securities ORG USA; Texaco Inc and "Texaco" ORG USA; the Senate Finance
Committee, Senate Agriculture Committee, "Finance" in "the Finance panel" (capitalised short name of the
committee), "Senate Finance and Agriculture Committees" (one span) and the Futures Industry Association
ORG USA; Cargill, Inc, Continental Grain Co and Richco Grain Co ORG USA (U.S. exporters in the EEP award;
Richco's nationality is not stated, null arguable), Mitsubishi International Corp ORG JPN (the text gives
no country; USA for the New York subsidiary arguable); Don Muang (the airport, lower-case "airport") LOC
THA, Thai International ORG THA; Faya Largeau GPE TCD; programmes (Export Enhancement Program), laws
(the Bankruptcy code), currencies (sterling) and languages ("English") are not entities.

Judgement calls made here:
* 9776 (Libyans leaving Chad): "Libyan forces appear to be withdrawing from their last stronghold in
  Chad" is RETREAT LBY MIL -> Chad (TCD GOV, the text's "Chad"), asserted (the hedge "appear to be" is
  evidential; the withdrawal is reported as under way), undated (present progressive with no time
  expression, 14a/17a), "according to officials in both the U.S. And France" rule-3 attribution.
  "after suffering defeats at the hands of French-backed government troops" is ASSAULT by the Chadian
  troops (TCD MIL) -> the Libyan forces, undated; France's backing is a background modifier (skipped;
  AID/SUPPORT arguable). The State Department spokesman's '"we have no reason to doubt that Libyan
  forces are leaving Faya Largeau"' is read by rule 3: the withdrawal's later mention on "leaving"
  (actor2 Chad implied), "told" attribution (STATEMENT USA arguable, hence skipped, not coded).
  "The French Defence Ministry said it could not confirm the departure" is a withheld STATEMENT
  (negated, trigger "confirm", FRA MIL: a defence ministry; DCT, WASHINGTON), its "said" left neither
  coded nor skipped (the precedent of "said the terms ... were not disclosed"); "an official said 'it is
  extremely likely ...'" a STATEMENT by an official of the named ministry (FRA MIL, DCT).
* 7118 (Bank of Tokyo Curacao bond): the lead manager's "said" is a STATEMENT (own_blind2 call), JPN BUS
  (a Bank of Tokyo unit in London), DCT, LONDON; the issue, the parent's guarantee (AID arguable), the
  denominations and the listing are corporate finance (skipped).
* 16414 (Texaco Netherlands): the Chapter 11 filing ("yesterday's move ... to file for protection") is
  corporate finance (skipped), so every reporting clause is a STATEMENT (DCT, ROTTERDAM): the Dutch BV's
  "said" and the spokesman's "said", "he said", "He said", all NLD BUS: the spokesman speaks for the Dutch
  operations ("our business"; USA for Texaco arguable). The quote '"... our business is not affected in
  any way," the spokesman said' restates the opening "its operations were unaffected": later mention
  (EVENTS.md 3); "We are informing our customers" is part of it (skipped). The trading partners'
  non-reaction and their non-demands are content; the spot traders and "One trader" are anonymous, and
  the trader's company hoping to meet Texaco representatives is an unnamed party's wish (skipped;
  CONSULT hypothetical arguable).
* 10331 (Bangkok transit cargo): the text is garbled; the first sentence's speaker is lost
  ("hI.<@VAkyg[gyl said"), so that "said" is skipped as unidentifiable. Dropping customs handling for
  transit cargo and opening the transit free zone "on Thursday" are a domestic administrative measure
  with no counterpart (skipped; RETREAT arguable, as 25b's domestic deregulation), so the customs
  director's "told journalists" is a STATEMENT (THA GOV, DCT, BANGKOK). The airport expansion and Thai
  International's fleet plan have no type.
* 8273 (Pryor, marketing loan): Pryor's "said" (he is considering amending the trade bill: domestic
  legislation, content), "told the Futures Industry Association" (reluctance to reopen the farm bill;
  the audience is no actor2) and "The Arkansas senator said" (export gains) are three STATEMENTs (USA
  GOV, DCT, BOCA RATON); the marketing loan's working, the export statistics and "serves" are skipped.
* 3904 (CCC bonus wheat for China): accepting export-bonus bids, the bonuses awarded to the four
  exporters and their payment in kind are export-bonus administration (GUIDELINES: borderline, skipped),
  so "the U.S. Agriculture Department said" is a STATEMENT (DCT, WASHINGTON); the exporters' sales to
  China are a purpose nominal and "The purchases" anaphoric (skipped; COOPERATE arguable). "the Export
  Enhancement Program initiative for China announced Jan 26" is a reduced relative with its own date
  (EVENTS.md 11; 25b's "the project approved on Monday"): STATEMENT by the USDA (implied, USA GOV),
  1987-01-26, location null.
* 18050 (Lawson on intervention): all reporting clauses are STATEMENTs by Lawson (GBR GOV, DCT, LONDON):
  "said" (intervention proves Britain's determination), "told reporters" ("Saying he was content" its
  participial elaboration), "said" ("Pointing to the reserves data" its participle), "he added" (we
  wish to see stability continuing: its own reporting clause), "said" (intervention and interest rates
  can be used), "he added" (rate stability not an objective), "said" (intervention to be sterilised),
  "he said" (this would limit the inflationary impact) and "Lawson said" (sterilisation dictated by
  market tactics); "He declined to say if he favoured a rise or a fall" is a withheld STATEMENT
  (negated). The trailing quote '"I am confident that we can sterilise on this scale."' has no reporting
  clause of its own (skipped). Intervention, sterilisation, securities issues and currency sales are
  monetary operations; "May currency reserves, out today, showed" is a document with no speaker and the
  reserve rises statistics (skipped). "as agreed between the Group of Seven industrialised countries in
  Paris in February" is AGREE by the group (null, no actor2; 5b/17a's Louvre call), 1987-02, Paris;
  "the exchange rate stability we have all signed up for" and "exchange rate stability as agreed in
  Paris" are its later mentions (the same accord; the second with its agent implied); meeting "our
  commitments" is compliance, content of the statement.
* 21563 (Khamenei / Reagan): "Iranian President Ali Khamenei said he doubted the U.S. Was in position to
  take violent action ..., Tehran Radio reported" is a STATEMENT, DCT (own_blind3's 21149: "reported"
  attribution of a wire-style "said"), NICOSIA; the quote '"... difficult situation ...," the radio
  quoted him as saying in an interview' is its later mention, relayed: undated, trigger "quoted"
  (own_blind3 / 19a). "President Ronald Reagan said he had decided on a response to Iran" is THREATEN USA
  -> IRN (a warning of retaliation whose consequence is in the speaker's hands; STATEMENT arguable), DCT,
  in Washington, and "but declined to say what the response was" a withheld STATEMENT (negated).
  "which the Americans blame for two missile attacks" is ACCUSE USA -> IRN, a standing present-tense
  accusation: undated ("last week" dates the attacks); the attacks are ASSAULT by Iran (implied, the
  party blamed; IRN MIL) -> "U.S.-related tankers" (USA BUS), 1987-10 ("last week" = 12-18 October, at
  month precision, EVENTS.md 21), in Kuwaiti waters. "Khamenei said the U.S. Government had to take some
  action ..., 'but ... any violent act in the Persian Gulf will greatly harm long-term U.S. Interests,'
  the radio ... reported" is a STATEMENT (an assessment whose harm is not stated as Iran's doing:
  own_blind's "warned that partners may resist" call; THREATEN IRN -> USA arguable), DCT. "Khamenei said:
  'Declaration of the aggressor and a ceasefire should be concurrent ...'" is a STATEMENT (no actor asked,
  EVENTS.md 2; REQUEST toward the U.N. arguable), DCT. "He also rejected a peace-keeping committee or a
  buffer force as instruments to implement a July 20 U.N. Security Council order" is REJECT IRN -> the
  Security Council (null IGO: the instruments' frame; no proponent named), dated with Khamenei's
  remarks (DCT, as own_blind3's "Khamenei denied"); the "July 20 ... order for a ceasefire" is a nominal
  with its own date (EVENTS.md 11): REQUEST by the Security Council (null IGO), 1987-07-20, actor2 null
  (the warring parties are not named in the clause). The ceasefire efforts (unnamed) and the Iran-Iraq /
  Gulf war are background nominals (skipped; ASSAULT arguable for the war).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
ROT = ("ROTTERDAM", "NLD")
BKK = ("BANGKOK", "THA")
BOCA = ("BOCA RATON", "USA")
NIC = ("NICOSIA", "CYP")
WASHINGTON = ("Washington", "USA")
PARIS = ("Paris", "FRA")

LIBYAN_FORCES = ("Libyan forces", "LBY", "MIL")
CHAD_IMPLIED = (None, "TCD", "GOV")
TEXACO_NL = ("Texaco Petroleum Maatschaapij\n(Netherlands) BV", "NLD", "BUS")
LAWSON = ("Chancellor of the Exchequer Nigel Lawson", "GBR", "GOV")
G7_IMPLIED = (None, None, "GOV")
KHAMENEI = ("Iranian President Ali Khamenei", "IRN", "GOV")
REAGAN = ("President Ronald Reagan", "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-9776": {
        "events": [
            # 0
            ("RETREAT", "withdrawing", LIBYAN_FORCES, ("Chad", "TCD", "GOV"), ("Chad", "TCD"),
             None, "unknown", None, "asserted", None,
             "Libyan forces withdrawing from their last stronghold in Chad (withdrawal = RETREAT, toward Chad); "
             "'according to officials' of the U.S. and France is rule-3 attribution; present progressive with "
             "no time expression: undated ('appear to be' a hedge, kept asserted)"),
            # 1
            ("ASSAULT", "defeats", ("French-backed government troops", "TCD", "MIL"), LIBYAN_FORCES, None,
             None, "unknown", None, "asserted", None,
             "defeats inflicted on the Libyans by the Chadian government troops (use of force); no time "
             "expression: undated"),
            # 2
            ("RETREAT", "leaving", (("Libyan forces", "doubt that"), "LBY", "MIL"), CHAD_IMPLIED,
             ("Faya Largeau", "TCD"), None, "unknown", None, "asserted", 0,
             "later mention: the State Department spokesman sees no reason to doubt the Libyans are leaving Faya "
             "Largeau, their main garrison in Chad (the same withdrawal); 'told' is rule-3 attribution "
             "(STATEMENT USA arguable)"),
            # 3
            ("STATEMENT", "confirm", ("The French Defence Ministry", "FRA", "MIL"), None, WAS,
             "1987-03-26", "day", None, "negated", None,
             "withheld statement: the ministry could not confirm the Libyan departure (as 'said the terms ... were "
             "not disclosed': its 'said' left neither coded nor skipped)"),
            # 4
            ("STATEMENT", ("said", "an official said"), ("an official", "FRA", "MIL"), None, WAS,
             "1987-03-26", "day", None, "asserted", None,
             "assessment: the departure is extremely likely, the Libyans lack air cover and supplies (an official "
             "of the named ministry, EVENTS.md 4)"),
        ],
        "skip": [
            ("French-backed", "France's backing of the government troops: background modifier (AID/SUPPORT FRA -> "
                              "TCD arguable)"),
            ("according to officials", "rule-3 attribution (the withdrawal is the event)"),
            ("told", "rule-3 attribution (the Libyans leaving is the event)"),
            ("doubt", "the spokesman's hedge on the reported withdrawal"),
            ("departure", "anaphoric nominal (the withdrawal), content of the withheld confirmation"),
            ("deprived", "content of the assessment (no acting actor)"),
        ],
        "entities": [
            ("Libyan", "NORP", "LBY"),
            ("Chad", "GPE", "TCD"),
            ("French", "NORP", "FRA"),
            ("U.S.", "GPE", "USA"),
            ("France", "GPE", "FRA"),
            ("Washington", "GPE", "USA"),
            ("State Department", "ORG", "USA"),
            (("Libyan", "doubt that"), "NORP", "LBY"),
            ("Faya\nLargeau", "GPE", "TCD"),
            (("Libya", "Libya's"), "GPE", "LBY"),
            (("Chad", "garrison in"), "GPE", "TCD"),
            ("French Defence Ministry", "ORG", "FRA"),
            (("Libyan", "departure of the"), "NORP", "LBY"),
        ],
    },
    "reuters21578-7118": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Bank of Tokyo\nInternational Ltd", "JPN", "BUS"), None, LON,
             "1987-03-19", "day", None, "asserted", None,
             "lead manager announcing a bond issue (own_blind2 call: the issue is corporate finance)"),
        ],
        "skip": [
            ("issuing", "eurobond issue (corporate finance)"),
            ("guaranteed", "the parent's guarantee of its unit's bonds (corporate finance; AID arguable)"),
            (("issued", "will be issued"), "terms of the issue (corporate finance)"),
            ("listed", "listing of the bonds (corporate finance)"),
        ],
        "entities": [
            ("Bank of Tokyo Curacao Holdings NV", "ORG", "ANT"),
            ("Canadian", "NORP", "CAN"),
            ("Bank of Tokyo\nInternational Ltd", "ORG", "JPN"),
            ("Bank of Tokyo Ltd", "ORG", "JPN"),
            ("Luxembourg", "GPE", "LUX"),
            ("Pru-Bache Securities", "ORG", "USA"),
        ],
    },
    "reuters21578-16414": {
        "events": [
            # 0
            ("STATEMENT", "said", TEXACO_NL, None, ROT,
             "1987-04-13", "day", None, "asserted", None,
             "its operations unaffected by the parent's Chapter 11 filing (the filing is corporate finance)"),
            # 1
            ("STATEMENT", ("said", "spokesman said the Dutch"), ("A Texaco spokesman", "NLD", "BUS"), None, ROT,
             "1987-04-13", "day", None, "asserted", None,
             "the Dutch unit has its own bank relationships, distribution, refinery and supplies; the spokesman "
             "speaks for the Dutch operations ('our business'): NLD (USA for Texaco arguable)"),
            # 2
            ("STATEMENT", ("said", "publicity, he"), (("he", "publicity, he"), "NLD", "BUS"), None, ROT,
             "1987-04-13", "day", None, "asserted", None,
             "no negative reaction from trading partners, some negative publicity"),
            # 3
            ("STATEMENT", ("said", "the spokesman said"), ("the spokesman", "NLD", "BUS"), None, ROT,
             "1987-04-13", "day", None, "asserted", 0,
             "later mention: quoted restatement that the Dutch business is not affected (EVENTS.md 3)"),
            # 4
            ("STATEMENT", ("said", "He said trading"), (("He", "He said trading"), "NLD", "BUS"), None, ROT,
             "1987-04-13", "day", None, "asserted", None,
             "trading partners have made no demands for stricter credit terms"),
        ],
        "skip": [
            ("move", "Texaco Inc's Chapter 11 filing (bankruptcy filing: corporate finance)"),
            ("file for protection", "bankruptcy filing (corporate finance)"),
            ("owned", "stative ownership"),
            ("bought", "habitual purchases (generic), content of the statement"),
            ("reaction", "negated reaction of unnamed trading partners, content of the statement"),
            ("informing", "part of the quoted restatement (informing customers; STATEMENT arguable)"),
            ("demands", "negated demands of unnamed trading partners, content of the statement"),
            (("said", "companies\nsaid"), "anonymous-source talk (spot market traders)"),
            ("acting", "content of anonymous talk"),
            ("maintaining contact", "content of anonymous talk"),
            (("said", "One trader said"), "anonymous-source talk (a trader)"),
            ("hoped", "an unnamed company's wish (anonymous talk)"),
            ("meet", "hoped meeting of an unnamed company with Texaco (anonymous, hypothetical; CONSULT arguable)"),
            ("clarify", "purpose of the hoped meeting"),
        ],
        "entities": [
            ("Texaco Petroleum Maatschaapij\n(Netherlands) BV", "ORG", "NLD"),
            ("Texaco Inc", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Texaco", "A Texaco"), "ORG", "USA"),
            ("Dutch", "NORP", "NLD"),
            (("Texaco Inc", "owned by"), "ORG", "USA"),
            (("U.S.", "to the U.S."), "GPE", "USA"),
            (("Dutch", "\"The Dutch"), "NORP", "NLD"),
            (("U.S.", "dependent on the"), "GPE", "USA"),
            (("Dutch", "traders at"), "NORP", "NLD"),
            (("Texaco", "towards Texaco"), "ORG", "USA"),
            (("Texaco", "representatives of Texaco"), "ORG", "USA"),
        ],
    },
    "reuters21578-10331": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Bangkok airport\ncustoms director Somchainuk Engtrakul", "THA", "GOV"), None, BKK,
             "1987-03-27", "day", None, "asserted", None,
             "the transit free zone will end the paperwork slowing trans-shipment (a domestic customs measure: no "
             "type)"),
        ],
        "skip": [
            ("drop", "easing of customs handling for transit cargo: domestic administrative measure with no "
                     "counterpart (RETREAT arguable)"),
            ("challenge", "purpose (competition with Singapore and Hong Kong)"),
            (("said", "gyl said"), "speaker lost in the garbled text (not identifiable)"),
            ("end", "content of the statement"),
            ("slows", "generic"),
            ("opened", "opening of the zone: domestic measure, no type"),
            ("complement", "assessment, no event"),
            ("expansion", "domestic airport expansion: no type"),
            ("plans", "the airline's own fleet plan: no counterpart"),
            ("double", "content of the fleet plan"),
        ],
        "entities": [
            ("Bangkok", "GPE", "THA"),
            ("Singapore", "GPE", "SGP"),
            ("Hong Kong", "GPE", "HKG"),
            ("Thailand", "GPE", "THA"),
            (("Bangkok", "Thailand, Bangkok"), "GPE", "THA"),
            ("Somchainuk Engtrakul", "PERSON", "THA"),
            (("Bangkok", "Bangkok's"), "GPE", "THA"),
            ("Don Muang", "LOC", "THA"),
            ("Thai International", "ORG", "THA"),
        ],
    },
    "reuters21578-8273": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Sen. David Pryor", "USA", "GOV"), None, BOCA,
             "1987-03-23", "day", None, "asserted", None,
             "he is considering amending the Finance Committee's trade bill with a marketing-loan provision "
             "(domestic legislation: no type)"),
            # 1
            ("STATEMENT", "told", (("Pryor", "Pryor told"), "USA", "GOV"), None, BOCA,
             "1987-03-23", "day", None, "asserted", None,
             "assessment told to the Futures Industry Association: reluctance to reopen the farm bill, better "
             "chance in the Finance panel (the audience is not an actor2)"),
            # 2
            ("STATEMENT", ("said", "senator said"), ("The Arkansas senator", "USA", "GOV"), None, BOCA,
             "1987-03-23", "day", None, "asserted", None,
             "assessment: the marketing loan led to higher cotton and rice exports"),
        ],
        "skip": [
            ("considering", "internal deliberation on domestic legislation, content of the statement"),
            ("amending", "domestic legislation, content of the statement"),
            ("require", "content of the planned provision"),
            ("reluctance", "stative, content of the statement"),
            ("reopen", "content of the statement (domestic legislation)"),
            ("allows", "generic (how the marketing loan works)"),
            ("pay back", "generic"),
            ("led to", "content of the statement"),
            (("increase", "300 pct"), "statistics"),
            ("serves", "stative"),
        ],
        "entities": [
            ("David Pryor", "PERSON", "USA"),
            ("Ark.", "GPE", "USA"),
            ("Senate Finance Committee", "ORG", "USA"),
            (("Pryor", "Pryor told"), "PERSON", "USA"),
            ("Futures Industry Association", "ORG", "USA"),
            ("Senate Agriculture\nCommittee", "ORG", "USA"),
            (("Finance", "in the Finance"), "ORG", "USA"),
            ("Arkansas", "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Pryor", "Pryor serves"), "PERSON", "USA"),
            ("Senate Finance and Agriculture\nCommittees", "ORG", "USA"),
        ],
    },
    "reuters21578-3904": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the U.S. Agriculture Department", "USA", "GOV"), None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "the CCC accepted export-bonus bids for wheat sales to China (export-bonus administration: no type, "
             "GUIDELINES; so the reporting clause is a STATEMENT)"),
            # 1
            ("STATEMENT", "announced", (None, "USA", "GOV"), None, None,
             "1987-01-26", "day", "Jan 26", "asserted", None,
             "the Export Enhancement Program initiative for China announced Jan 26 (reduced relative with its own "
             "date, EVENTS.md 11; the announcer implied: the USDA)"),
        ],
        "skip": [
            ("accepted", "acceptance of export-bonus bids: export-bonus administration (no type, GUIDELINES)"),
            ("sales", "the exporters' sales to China covered by the bonuses: purpose nominal (COOPERATE arguable)"),
            ("awarded", "export-bonus administration"),
            ("delivery", "shipment schedule (content)"),
            ("awards", "export-bonus administration (the awards to the four exporters)"),
            ("paid", "bonus payment in kind: export-bonus administration"),
            ("purchases", "anaphoric nominal (China's purchases; COOPERATE arguable)"),
            ("complete", "no event"),
            ("initiative", "programme nominal (its announcement is coded on 'announced')"),
        ],
        "entities": [
            ("Commodity Credit Corp", "ORG", "USA"),
            ("CCC", "ORG", "USA"),
            ("China", "GPE", "CHN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Cargill, Inc", "ORG", "USA"),
            ("Continental Grain Co", "ORG", "USA"),
            ("Mitsubishi\nInternational Corp", "ORG", "JPN"),
            ("Richco Grain Co", "ORG", "USA"),
            (("CCC", "from CCC"), "ORG", "USA"),
            (("China", "initiative for"), "GPE", "CHN"),
        ],
    },
    "reuters21578-18050": {
        "events": [
            # 0
            ("STATEMENT", "said", LAWSON, None, LON,
             "1987-06-02", "day", None, "asserted", None,
             "assessment: the Bank of England's intervention proves Britain's determination to stabilise rates "
             "(the intervention is a monetary operation)"),
            # 1
            ("AGREE", "agreed", ("the Group of Seven\nindustrialised countries", None, "GOV"), None, PARIS,
             "1987-02", "month", "in\nFebruary", "asserted", None,
             "exchange-rate stability agreed by the G-7 in Paris in February (the Louvre accord: a group, null, "
             "no actor2, as 5b/17a)"),
            # 2
            ("STATEMENT", "told", (("Lawson", "value, Lawson"), "GBR", "GOV"), None, LON,
             "1987-06-02", "day", None, "asserted", None,
             "he wants to maintain exchange-rate stability ('Saying he was content' its participial elaboration)"),
            # 3
            ("AGREE", "signed up", (("we", "stability we"), None, "GOV"), None, PARIS,
             "1987-02", "month", None, "asserted", 1,
             "later mention: 'the exchange rate stability we have all signed up for' (the Paris accord)"),
            # 4
            ("STATEMENT", "declined", (("He", "He declined"), "GBR", "GOV"), None, LON,
             "1987-06-02", "day", None, "negated", None,
             "withheld statement: would not say whether he favoured a higher or lower pound"),
            # 5
            ("STATEMENT", ("said", "data, Lawson"), (("Lawson", "data, Lawson"), "GBR", "GOV"), None, LON,
             "1987-06-02", "day", None, "asserted", None,
             "Britain has been playing a full part in meeting its commitments ('Pointing' its participial "
             "elaboration)"),
            # 6
            ("AGREE", ("agreed", "as agreed in Paris"), G7_IMPLIED, None, PARIS,
             "1987-02", "month", None, "asserted", 1,
             "later mention: exchange-rate stability 'as agreed in Paris' (agent implied: the G-7)"),
            # 7
            ("STATEMENT", ("added", "continuing,\" he"), (("he", "continuing,\" he"), "GBR", "GOV"), None, LON,
             "1987-06-02", "day", None, "asserted", None,
             "we wish to see stability continuing (its own reporting clause, EVENTS.md 3)"),
            # 8
            ("STATEMENT", ("said", "stability,\nLawson said"), (("Lawson", "stability,\nLawson"), "GBR", "GOV"), None,
             LON, "1987-06-02", "day", None, "asserted", None,
             "intervention and interest-rate changes can both be used against market pressures (monetary content)"),
            # 9
            ("STATEMENT", ("added", "at times,\" he"), (("he", "at times,\" he"), "GBR", "GOV"), None, LON,
             "1987-06-02", "day", None, "asserted", None,
             "interest-rate stability is not an objective, rates have to be moved"),
            # 10
            ("STATEMENT", ("said", "Lawson said he expected"), (("Lawson", "Lawson said he expected"), "GBR", "GOV"),
             None, LON, "1987-06-02", "day", None, "asserted", None,
             "expects intervention to be sterilised by draining liquidity (monetary content)"),
            # 11
            ("STATEMENT", ("said", "intervention,\nhe said"), (("he", "intervention,\nhe said"), "GBR", "GOV"), None,
             LON, "1987-06-02", "day", None, "asserted", None,
             "this would limit the inflationary impact of intervention"),
            # 12
            ("STATEMENT", ("said", "occurs,\" Lawson\nsaid"), (("Lawson", "occurs,\" Lawson"), "GBR", "GOV"), None,
             LON, "1987-06-02", "day", None, "asserted", None,
             "sterilisation dictated by market tactics, not necessarily in the month of intervention"),
        ],
        "skip": [
            ("intervention", "currency intervention (monetary operation)"),
            ("carried out", "currency intervention (monetary operation)"),
            ("determination", "content of the assessment"),
            ("stabilise", "content of the assessment (purpose of the accord)"),
            ("Saying", "participial elaboration of the statement (EVENTS.md 3)"),
            ("wanted", "content of the statement"),
            ("maintain", "content of the statement"),
            ("favoured", "content of the withheld statement"),
            ("showed", "document (reserves figures), no speaker"),
            (("intervention", "massive currency"), "currency intervention (monetary operation)"),
            ("rose", "statistics (reserves)"),
            ("Pointing", "participial elaboration of the statement"),
            ("playing", "content of the statement"),
            ("meeting our commitments", "compliance with the accord: content of the statement"),
            ("wish", "content of the quote"),
            ("Asked", "reporters' question"),
            (("intervention", "central bank"), "monetary operation, content of the statement"),
            (("changes", "interest rate"), "interest-rate changes (monetary), content"),
            ("tackle", "content of the statement"),
            ("moved", "interest-rate moves (monetary), content"),
            (("intervention", "expected"), "monetary operation, content"),
            ("sterilised", "sterilisation (monetary operation), content"),
            ("draining", "monetary operation, content"),
            ("issues", "government securities issues (monetary operation), content"),
            (("sales", "foreign currency"), "foreign currency sales (monetary operation), content"),
            ("limit", "content of the statement"),
            (("intervention", "impact of"), "monetary operation, content"),
            ("Sterilisation", "monetary operation, content of the quote"),
            ("dictated", "content of the quote"),
            (("intervention", "which intervention"), "monetary operation, content"),
            (("sterilise", "can sterilise"), "quote with no reporting clause of its own (monetary content)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            ("Britain", "GPE", "GBR"),
            ("Group of Seven", "ORG", None),
            ("Paris", "GPE", "FRA"),
            ("Nigel Lawson", "PERSON", "GBR"),
            (("Lawson", "value, Lawson"), "PERSON", "GBR"),
            (("Lawson", "data, Lawson"), "PERSON", "GBR"),
            (("Paris", "agreed in Paris"), "GPE", "FRA"),
            (("Lawson", "stability,\nLawson"), "PERSON", "GBR"),
            (("Lawson", "Lawson said he expected"), "PERSON", "GBR"),
            (("Lawson", "occurs,\" Lawson"), "PERSON", "GBR"),
        ],
    },
    "reuters21578-21563": {
        "events": [
            # 0
            ("STATEMENT", "said", KHAMENEI, None, NIC,
             "1987-10-19", "day", None, "asserted", None,
             "doubts the U.S. is in a position to take violent action against Iran; 'Tehran Radio reported' is "
             "attribution of a wire-style 'said' (own_blind3's 21149): DCT"),
            # 1
            ("STATEMENT", "quoted", (("him", "quoted him"), "IRN", "GOV"), None, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the quoted restatement (the U.S. in a difficult situation); relayed ('quoted ... as "
             "saying'): undated (own_blind3)"),
            # 2
            ("THREATEN", ("said", "Reagan said"), REAGAN, (("Iran", "response to Iran"), "IRN", "GOV"), WASHINGTON,
             "1987-10-19", "day", None, "asserted", None,
             "announced he had decided on a response to Iran for the tanker attacks: a warning of retaliation in "
             "the speaker's hands (STATEMENT arguable); wire-style: DCT, in Washington"),
            # 3
            ("ACCUSE", "blame", ("the Americans", "USA", "GOV"), (("Iran", "response to Iran"), "IRN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the Americans blame Iran for the tanker attacks: standing accusation in the present tense, no time "
             "expression of its own ('last week' dates the attacks): undated"),
            # 4
            ("ASSAULT", "attacks", (None, "IRN", "MIL"), ("U.S.-related tankers", "USA", "BUS"),
             ("Kuwaiti waters", "KWT"), "1987-10", "month", "last\nweek", "asserted", None,
             "two missile attacks on U.S.-related tankers in Kuwaiti waters last week (12-18 October, at month "
             "precision, EVENTS.md 21); attacker implied: Iran, the party blamed"),
            # 5
            ("STATEMENT", "declined", (("Reagan", "Ronald Reagan"), "USA", "GOV"), None, WASHINGTON,
             "1987-10-19", "day", None, "negated", None,
             "withheld statement: would not say what the response was"),
            # 6
            ("STATEMENT", ("said", "Khamenei said the U.S."), (("Khamenei", "Khamenei said the U.S."), "IRN", "GOV"),
             None, NIC, "1987-10-19", "day", None, "asserted", None,
             "assessment: the U.S. must act to show its authority but any violent act would harm U.S. interests "
             "(a forecast with no consequence stated from the speaker: THREATEN IRN -> USA arguable); 'the radio "
             "... reported' is attribution: DCT"),
            # 7
            ("STATEMENT", ("said", "Khamenei\nsaid:"), (("Khamenei", "war, Khamenei"), "IRN", "GOV"), None, NIC,
             "1987-10-19", "day", None, "asserted", None,
             "Iran's position on the ceasefire: declaring the aggressor and the ceasefire should be concurrent (no "
             "actor asked: STATEMENT, EVENTS.md 2; REQUEST toward the U.N. arguable)"),
            # 8
            ("REJECT", "rejected", (("He", "He also rejected"), "IRN", "GOV"),
             ("U.N. Security\nCouncil", None, "IGO"), NIC, "1987-10-19", "day", None, "asserted", None,
             "rejected a peace-keeping committee or buffer force to implement the Security Council's order (the "
             "Council's proposal frame, null IGO); continues Khamenei's remarks ('also'): dated like them, as "
             "own_blind3's 'Khamenei denied'"),
            # 9
            ("REQUEST", "order", ("U.N. Security\nCouncil", None, "IGO"), None, None,
             "1987-07-20", "day", "July 20", "asserted", None,
             "the Security Council's July 20 order for a ceasefire (a demand; nominal with its own date, EVENTS.md "
             "11); the parties are not named in the clause: actor2 null"),
        ],
        "skip": [
            ("doubted", "content of the statement"),
            ("take violent action", "hypothetical content of the statement"),
            (("reported", "Tehran Radio reported"), "attribution of a wire-style 'said'"),
            ("interview", "occasion of the relayed statement (part of the reporting clause)"),
            ("decided", "content of the warning (a decision on an unspecified response)"),
            (("response", "a response"), "content of the warning"),
            (("response", "what the response"), "anaphoric nominal, content of the withheld statement"),
            ("take some action", "content of the statement"),
            ("demonstrate", "content of the statement"),
            (("act", "any violent\nact in"), "hypothetical content of the statement"),
            ("harm", "content of the statement (forecast)"),
            ("monitored", "monitoring of the broadcast: no event"),
            (("reported", "Nicosia, reported"), "attribution of a wire-style 'said'"),
            ("efforts", "background nominal (unnamed ceasefire efforts)"),
            (("war", "Iran-Iraq war"), "background nominal (the ongoing war; ASSAULT arguable)"),
            ("Declaration", "content of the quote"),
            ("Formation", "content of the quote"),
            ("determine", "content of the quote"),
            ("preceeds", "content of the quote"),
            ("implement", "purpose of the rejected instruments"),
            (("ceasefire", "order for a"), "content of the order"),
            (("war", "Gulf war"), "background nominal (the ongoing war)"),
        ],
        "entities": [
            ("Iranian", "NORP", "IRN"),
            ("Ali Khamenei", "PERSON", "IRN"),
            ("U.S.", "GPE", "USA"),
            (("Iran", "against\nIran"), "GPE", "IRN"),
            ("Gulf", "LOC", None),
            ("Tehran Radio", "ORG", "IRN"),
            (("U.S.", "The U.S. Government"), "GPE", "USA"),
            ("Tehran Times", "ORG", "IRN"),
            ("Washington", "GPE", "USA"),
            ("Ronald Reagan", "PERSON", "USA"),
            (("Iran", "response to Iran"), "GPE", "IRN"),
            ("Americans", "NORP", "USA"),
            (("U.S.", "U.S.-related"), "GPE", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            (("Khamenei", "Khamenei said the U.S."), "PERSON", "IRN"),
            (("U.S.", "Khamenei said the U.S."), "GPE", "USA"),
            ("Persian Gulf", "LOC", None),
            (("U.S.", "long-term U.S."), "GPE", "USA"),
            ("Nicosia", "GPE", "CYP"),
            (("Iran", "Iran-Iraq"), "GPE", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            (("Khamenei", "war, Khamenei"), "PERSON", "IRN"),
            ("U.N. Security\nCouncil", "ORG", None),
            (("Gulf", "Gulf war"), "LOC", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind27b.jsonl")
