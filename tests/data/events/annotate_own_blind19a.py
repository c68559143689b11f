"""Build ``own_blind19a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind19a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by id) minus every article already in
tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,891 left); 24 drawn with random.Random(19101).sample,
dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept
draws 0-7 (8 articles).
39 event records (33 first mentions, 6 later mentions), 90 not_annotated spans, 102 entity
mentions; no article without events; 15578 (Sallie Mae note rates) and 3132 (West German
Intervention Board) have reporting-clause STATEMENTs only.
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Judgement calls made here:
* 2363 (Freeport-McMoran Gold / Canadian joint venture): "said it will explore and develop gold
  properties in Canada in a joint venture with Aber Resources Ltd and Highwood Resources Ltd, both
  Canadian companies" is COOPERATE planned on "joint venture" (as own_blind9b's venture to be
  formed), FMG (USA: a New Orleans unit of Freeport-McMoran Inc; the text gives no country word)
  -> the two partners, one record (same-country compound, EVENTS.md 12, one span across the
  brackets), undated (rule 17), located in Canada; "said" is rule-3 attribution and exploring /
  developing are the venture's content. The four further "FMG said" clauses (the property's
  location, the spending or feasibility commitment "under the agreement", the 775,000 dlr payment
  to Aber and Highwood that earns FMG its 51 pct interest, the currency) are STATEMENTs (terms of
  the agreement, as 16a/17b's licence terms; DCT, NEW ORLEANS); the payment is a term (COOPERATE
  arguable, skipped) and "the agreement" an anaphoric nominal. The Bugow property is a mining
  property (a facility), not tagged.
* 8749 (Rafsanjani warns the U.S.): "warned the U.S. Not to intervene in the Gulf" is THREATEN IRN
  -> USA (the quoted consequences - the world insecure for Americans, "the events of Lebanon could
  be repeated" - make it a warning with consequences, not a bare REQUEST), dated 1987-03-24 by "a
  day after" (Washington's statement was "yesterday"), location null (not dated by the DCT); the
  quote '..., he said' is its later mention (EVENTS.md 3). "a day after Washington said its
  warships were available to escort Kuwaiti tankers" is a presupposed time adjunct (skipped); the
  same U.S. statement is asserted in the third sentence: "U.S. Defence officials disclosed in
  Washington yesterday that the U.S. Navy ... was prepared to escort Kuwaiti tankers" is AGREE USA
  (MIL) -> the Kuwaiti tankers (KWT), 1987-03-23 ("yesterday"), an offer stated publicly (the
  round-5 "was prepared to provide" call and 18b's escort offer = AGREE; AID planned per EVENTS.md
  8 arguable, so "escort" is skipped as content). "regular targets for Iranian attacks" is ASSAULT
  IRN -> the Kuwaiti tankers, undated (as 14a's "the target of Iranian attacks"); the Navy's 24
  warships in or near the Gulf are a stative presence and the Iran-Iraq war a background nominal
  (both skipped). Rafsanjani's "also commented" (in an interview reported by IRNA) is a STATEMENT,
  relayed speech: undated, location null (17b's relayed interview); "The agency ... quoted him as
  saying that Iran did not need missiles to close the strait" is its later mention (trigger
  "quoted", 17b) and "He added" a further relayed STATEMENT (undated). The capability claim "we can
  close it with artillery only" has no condition or demand: content of a STATEMENT (THREATEN
  arguable, skipped). "earlier U.S. Disclosures that Iran had erected sites for new Chinese-made
  Silkworm ... missiles at the Strait of Hormuz" is read by rule 3: MOBILIZE IRN (MIL), undated
  ("earlier" gives no value), at the Strait of Hormuz (LOC null), as 13a's "missiles recently
  installed"; "Disclosures" is attribution.
* 7154 (USDA insect standards): "The U.S. Agriculture Department is proposing tighter federal
  standards" is a STATEMENT (a published proposal of domestic rules, as 11a's "proposals
  unveiled"), undated and location null (present progressive with no time expression, 17a's "is
  seeking"); the listed changes are its content (domestic regulation, skipped). "The department
  asked for public comments on the proposals by April 17" is REQUEST USA -> null (the public is no
  identifiable actor), DCT, WASHINGTON ("by April 17" is the comments' deadline, not the asking's
  date; STATEMENT arguable).
* 15578 (Sallie Mae note rates): the rate table is corporate finance, so the Student Loan Marketing
  Association's "said" is a STATEMENT (DCT, WASHINGTON); Sallie Mae, a stockholder-owned
  federally chartered corporation, is USA BUS.
* 3132 (West German Intervention Board): grain "accepted" into intervention is domestic market
  support / statistics with no counterpart (skipped), so both "said" clauses are STATEMENTs (DCT,
  HAMBURG); "to the end of last month" dates the statistics, not the saying.
* 20882 (France on the U.S. strike): "France voiced its comprehension for a U.S. Attack on an
  Iranian target" is SUPPORT FRA -> USA (verbal support, trigger on the light verb and its noun as
  7b's "expressed satisfaction"), DCT, PARIS; "while calling for a swift halt to the Gulf War" is a
  separate act of another type: REQUEST FRA -> null (the belligerents are not named; STATEMENT
  arguable), DCT. The quoted statement ('... the right of all states to take action ... to halt
  attacks such as that of October 16,' the Foreign Ministry spokesman said) is the later mention
  of the support (actor2 the implied USA); "reaffirm" is its quoted wording (skipped). "a U.S.
  Attack on an Iranian target" is a presupposed nominal (the object of the support) and is skipped,
  since the attack is asserted in the third sentence: "The United States said its forces destroyed
  an Iranian oil platform in the Gulf and struck at a second on Monday" gives two ASSAULT records
  USA (MIL) -> IRN (two coordinated clauses, two targets), both dated 1987-10-19 by "on Monday"
  (the adverb taken to govern both conjuncts; the DCT is itself a Monday), located in the Gulf,
  "said" rule-3 attribution. "in retaliation for a recent Iranian missile attack on a U.S.-flagged
  Kuwaiti ship" is a background nominal in a causal adjunct ("recent" gives no value; ASSAULT IRN
  arguable, skipped, as 18b's causal-adjunct nominal). "Washington said the platforms were used to
  monitor shipping and to launch small-boat attacks on shipping" is ACCUSE USA -> IRN (implied),
  DCT, location the dateline city. "The French statement described ..." and "the French statement
  added that everything must be done now to avoid ... a new escalation" are two STATEMENTs: the
  statement of the French Foreign Ministry has an identifiable author (EVENTS.md 4), and "everything
  must be done" asks no identified actor (EVENTS.md 2's "action was required now").
* 10248 (BCE Development / Saks Minneapolis): "said its BCE Development Properties Inc U.S. unit
  agreed with Saks Fifth Avenue and the city of Minneapolis, Minnesota to build a four-level Saks
  store" is AGREE USA (the U.S. unit) -> Saks and the city (one record: both USA), undated (rule
  17), "said" attribution and building its content. The city's acquisition of the mall site, the
  lease-back and the city's subsidy are terms of the agreement (EVENTS.md 8; COOPERATE / AID
  arguable, skipped); the closing "said BCE Development Corp" is a STATEMENT (terms, DCT,
  VANCOUVER). "BCE Development" (the parent's short name; dateline Vancouver, 68 pct-owned by Bell
  Canada Enterprises) is CAN. "Other financial terms were undisclosed" is a withheld STATEMENT
  (negated, EVENTS.md 5), the company implied (CAN BUS).
* 11580 (Armacost to Tokyo): "will visit Tokyo next week for meetings with high-level officials" is
  CONSULT USA -> JPN planned, "next week" (6-10 April) kept at its month (1987-04, EVENTS.md 21),
  located in Tokyo; the meetings and the talks they include are the visit's purpose / content (one
  consultation, as 15a's "leaves ... for trade talks"). "He is the first high-level U.S. official
  to visit Japan" is its later mention (planned, 1987-04); "the trip is set for April 6 to 8" a
  later mention keeping its own date (1987-04-06, dated by its start), Oakley's "said" attribution;
  "The Armacost discussions with Deputy Foreign Minister Ryohei Murata ... will focus on ..., she
  added" a later mention (nominal with its own predication; "added" attribution as 17a's "the
  spokeswoman said the talks foundered"), taking the first mention's date. "President Reagan
  announced last week plans to impose tariffs ... on Japanese electronic goods on April 17" is
  SANCTION USA -> JPN planned, 1987-04-17 (rule 3: "announced" attribution, "last week" dates the
  announcing); "Tokyo's alleged failure to live up to a pact" is a background nominal in a causal
  clause (ACCUSE arguable, skipped, as own_dev's "alleged"); "a pact on microchip trade signed last
  September" is AGREE (implied parties JPN and USA, as 15b's "agreed last year"), 1986-09.
  "U.S.-Japanese talks of this kind are regularly held each year" is habitual (skipped), so "she
  told reporters" is a STATEMENT; "she insisted" (the talks not related to trade) and "Oakley
  acknowledged that trade will be discussed" are STATEMENTs (DCT, WASHINGTON; nothing is denied to
  an identified accuser, so no REJECT; the discussion of trade is the agenda of the talks already
  recorded). "Japan's ... trade surplus ... has come under fire in Congress" is ACCUSE USA
  (Congress) -> JPN, undated (standing criticism, EVENTS.md 17; "last year" dates the surplus).
* Entities: as the earlier sets: job and clerical titles are not tagged ("Hojatoleslam",
  "Undersecretary of State", "Deputy Foreign Minister"), but "State Department" in "Deputy State
  Department spokeswoman" is an ORG mention (17b's "White House" in a title); a government body with
  its country word is one ORG span ("Iranian Parliament", "U.S. Navy", "West German Intervention
  Board", "U.S. Agriculture Department"); "the Foreign Ministry" (France's) is an ORG mention;
  "Iranian" in "the Iranian news agency IRNA" is NORP IRN and IRNA ORG IRN; "U.S.-Japanese" and
  "U.S.-flagged" give a GPE "U.S." (and a NORP "Japanese"); "Canadian" in "Canadian dollars" is NORP
  CAN; the Gulf (also in "Gulf War" and "(Gulf) states") and the Strait of Hormuz are LOC null, Great
  Slave Lake LOC CAN, Yellowknife and the Northwest Territories GPE CAN; the United Nations (in "the
  United Nations charter") is ORG null; weapons (Silkworm), the Bugow property and tickers are not
  entities; bracketed company names are tagged without brackets; "Canada" inside "Bell Canada
  Enterprises Inc" is not tagged separately.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
NOL = ("NEW ORLEANS", "USA")
HAM = ("HAMBURG", "DEU")
PAR = ("PARIS", "FRA")
VAN = ("VANCOUVER", "CAN")
TOKYO = ("Tokyo", "JPN")
GULF = ("Gulf", None)
FMG = ("Freeport-McMoran Gold Co", "USA", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-2363": {
        "events": [
            # 0
            ("COOPERATE", "joint venture", FMG, ("Aber\nResources Ltd> and <Highwood Resources Ltd", "CAN", "BUS"),
             ("Canada", "CAN"), None, "unknown", None, "planned", None,
             "will explore and develop gold properties in Canada in a joint venture with two Canadian companies "
             "(one record: same-country partners); 'said' is attribution; no time expression"),
            # 1
            ("STATEMENT", ("said", "FMG said the area"), (("FMG", "FMG said the area"), "USA", "BUS"), None, NOL,
             "1987-03-05", "day", None, "asserted", None, "location of the property (description of the venture)"),
            # 2
            ("STATEMENT", ("said", "FMG said that under"), (("FMG", "FMG said that under"), "USA", "BUS"), None, NOL,
             "1987-03-05", "day", None, "asserted", None, "terms: spending commitment or feasibility stage"),
            # 3
            ("STATEMENT", ("said", "FMG said during"), (("FMG", "FMG said during"), "USA", "BUS"), None, NOL,
             "1987-03-05", "day", None, "asserted", None,
             "terms: cash payment to the partners earning FMG a 51 pct interest (the payment is a term)"),
            # 4
            ("STATEMENT", ("said", "FMG said all"), (("FMG", "FMG said all"), "USA", "BUS"), None, NOL,
             "1987-03-05", "day", None, "asserted", None, "terms: amounts in Canadian dollars"),
        ],
        "skip": [
            (("said", "<FTX>,"), "rule-3 attribution (the joint venture is the event)"),
            ("explore", "content of the joint venture"),
            (("develop", "explore and"), "content of the joint venture"),
            ("located", "stative description of the property"),
            (("agreement", "under the"), "anaphoric nominal (the joint venture agreement)"),
            ("spend", "term of the agreement"),
            ("bring the property", "term of the agreement"),
            (("pay", "it will"), "term of the agreement (COOPERATE arguable)"),
            ("earn", "term of the agreement"),
        ],
        "entities": [
            ("Freeport-McMoran Gold Co", "ORG", "USA"),
            ("FMG", "ORG", "USA"),
            ("Freeport-McMoran Inc", "ORG", "USA"),
            ("Canada", "GPE", "CAN"),
            ("Aber\nResources Ltd", "ORG", "CAN"),
            ("Highwood Resources Ltd", "ORG", "CAN"),
            ("Canadian", "NORP", "CAN"),
            (("FMG", "FMG said the area"), "ORG", "USA"),
            ("Great Slave Lake", "LOC", "CAN"),
            ("Yellowknife", "GPE", "CAN"),
            ("Northwest Territories", "GPE", "CAN"),
            (("Canada", "Northwest Territories,"), "GPE", "CAN"),
            (("FMG", "FMG said that under"), "ORG", "USA"),
            (("FMG", "FMG said during"), "ORG", "USA"),
            (("Aber", "will pay"), "ORG", "CAN"),
            (("Highwood", "will pay Aber and"), "ORG", "CAN"),
            (("FMG", "will\nearn"), "ORG", "USA"),
            (("FMG", "FMG said all"), "ORG", "USA"),
            (("Canadian", "are in"), "NORP", "CAN"),
        ],
    },
    "reuters21578-8749": {
        "events": [
            # 0
            ("THREATEN", "warned", ("Hojatoleslam Akbar Hashemi Rafsanjani", "IRN", "GOV"), ("U.S.", "USA", "GOV"), None,
             "1987-03-24", "day", "a day after", "asserted", None,
             "warned the U.S. not to intervene in the Gulf, with consequences (quote); a day after Washington's "
             "statement of yesterday"),
            # 1
            ("THREATEN", ("said", '," he said'), (("he", '," he said'), "IRN", "GOV"), (("U.S.", "If U.S."), "USA", "GOV"),
             None, "1987-03-24", "day", "a day after", "asserted", 0,
             "later mention: the quoted warning (the world insecure for the Americans if the U.S. intervenes)"),
            # 2
            ("AGREE", "disclosed", ("U.S. Defence officials", "USA", "MIL"),
             (("Kuwaiti tankers", "prepared to escort"), "KWT", "BUS"), ("Washington", "USA"),
             "1987-03-23", "day", "yesterday", "asserted", None,
             "the Navy was prepared to escort Kuwaiti tankers: an offer stated publicly (AID planned arguable)"),
            # 3
            ("ASSAULT", ("attacks", "regular targets"), (("Iranian", "regular targets"), "IRN", "MIL"),
             (("Kuwaiti tankers", "prepared to escort"), "KWT", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Kuwaiti tankers are regular targets for Iranian attacks (as 14a); no time expression"),
            # 4
            ("STATEMENT", "commented", (("Rafsanjani", "Rafsanjani, in an"), "IRN", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "comment on the U.S. disclosures, in an interview reported by IRNA: relayed, undated"),
            # 5
            ("MOBILIZE", "erected", (("Iran", "Disclosures that"), "IRN", "MIL"), None, ("Strait of Hormuz", None),
             None, "unknown", None, "asserted", None,
             "Iran erected Silkworm missile sites at the Strait of Hormuz (rule 3: 'Disclosures' is attribution); "
             "'earlier' gives no value"),
            # 6
            ("STATEMENT", "quoted", (("him", "quoted him"), "IRN", "GOV"), None, None,
             None, "unknown", None, "asserted", 4,
             "later mention: IRNA quoted the comment (Iran can close the strait with artillery); relayed"),
            # 7
            ("STATEMENT", "added", (("He", "He added"), "IRN", "GOV"), None, None,
             None, "unknown", None, "asserted", None, "Iran's interest in protecting the Strait; relayed: undated"),
        ],
        "skip": [
            ("intervene", "content of the warning"),
            (("said", "Washington said"), "presupposed time adjunct of the warning (the statement is asserted as 'disclosed')"),
            ("available", "content of the presupposed statement"),
            (("escort", "available to"), "content of the presupposed statement"),
            ("Intervention occurs", "condition of the threat"),
            ("insecure", "content of the threat"),
            ("repeated", "content of the threat"),
            (("escort", "prepared to"), "content of the offer (AID arguable)"),
            ("has about 24 warships", "stative presence of the fleet (MOBILIZE arguable)"),
            (("war", "offshoot of its"), "background nominal (the Iran-Iraq war)"),
            ("interview", "occasion of the relayed comment"),
            (("reported", "interview"), "attribution of relayed speech (IRNA)"),
            ("Disclosures", "attribution (rule 3: the missile sites are the event)"),
            ("received", "no event (the agency monitored in London)"),
            ("saying", "part of the relayed reporting clause"),
            (("need", "did not"), "content of the statement"),
            (("close", "missiles to"), "content of the statement (THREATEN arguable)"),
            (("close", "we can"), "content of the quote (THREATEN arguable)"),
            ("protect", "content of the quote"),
        ],
        "entities": [
            ("Iranian Parliament", "ORG", "IRN"),
            ("Akbar Hashemi Rafsanjani", "PERSON", "IRN"),
            ("U.S.", "GPE", "USA"),
            ("Gulf", "LOC", None),
            ("Washington", "GPE", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            (("U.S.", "If U.S."), "GPE", "USA"),
            ("Americans", "NORP", "USA"),
            ("Lebanon", "GPE", "LBN"),
            (("Americans", "repeated for the"), "NORP", "USA"),
            (("U.S.", "U.S. Defence"), "GPE", "USA"),
            (("Washington", "disclosed in"), "GPE", "USA"),
            ("U.S. Navy", "ORG", "USA"),
            (("Gulf", "in or near the"), "LOC", None),
            (("Kuwaiti", "prepared to escort"), "NORP", "KWT"),
            (("Iranian", "regular targets"), "NORP", "IRN"),
            ("Iraq", "GPE", "IRQ"),
            (("Rafsanjani", "Rafsanjani, in an"), "PERSON", "IRN"),
            (("Iranian", "reported by the"), "NORP", "IRN"),
            ("IRNA", "ORG", "IRN"),
            (("U.S.", "on earlier"), "GPE", "USA"),
            (("Iran", "Disclosures that"), "GPE", "IRN"),
            ("Chinese", "NORP", "CHN"),
            ("Strait of Hormuz", "LOC", None),
            ("London", "GPE", "GBR"),
            (("Iran", "saying that"), "GPE", "IRN"),
            (("Gulf", "small southern ("), "LOC", None),
            (("Strait of Hormuz", "security of the"), "LOC", None),
        ],
    },
    "reuters21578-7154": {
        "events": [
            ("STATEMENT", "proposing", ("The U.S. Agriculture Department", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "published proposal of tighter domestic insect standards (a proposal, 11a); present progressive: undated"),
            ("REQUEST", "asked for", ("The department", "USA", "GOV"), None, WAS,
             "1987-03-19", "day", None, "asserted", None,
             "asked for public comments (the public: no identifiable actor2); 'by April 17' is the deadline"),
        ],
        "skip": [
            ("setting", "content of the proposal"),
            ("changes", "anaphoric nominal (the proposed changes)"),
            ("include", "content of the proposal"),
            (("Establishing", "following:"), "content of the proposal (domestic regulation)"),
            (("Revising", "oilseeds."), "content of the proposal"),
            (("Establishing", "injurious to grain."), "content of the proposal"),
            (("set", "infested level would be"), "content of the proposal"),
            (("set", "infestattion level would be"), "content of the proposal"),
            (("Revising", "per representative sample."), "content of the proposal"),
            (("adding", "sample grade by"), "content of the proposal"),
            (("Revising", "dead insects per sample."), "content of the proposal"),
            (("adding", "for wheat by"), "content of the proposal"),
            ("comments", "content of the request"),
            (("proposals", "comments on the"), "anaphoric nominal"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
        ],
    },
    "reuters21578-15578": {
        "events": [
            ("STATEMENT", "said", ("The Student Loan Marketing\nAssociation", "USA", "BUS"), None, WAS,
             "1987-04-09", "day", None, "asserted", None, "its short-term discount note rates (corporate finance: no type)"),
        ],
        "skip": [],
        "entities": [
            ("Student Loan Marketing\nAssociation", "ORG", "USA"),
        ],
    },
    "reuters21578-3132": {
        "events": [
            ("STATEMENT", "said", ("The West German Intervention Board", "DEU", "GOV"), None, HAM,
             "1987-03-09", "day", None, "asserted", None,
             "statistics: grain accepted into intervention this season ('to the end of last month' dates the figures)"),
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "DEU", "GOV"), None, HAM,
             "1987-03-09", "day", None, "asserted", None, "statistics by grain type"),
        ],
        "skip": [
            ("accepted", "intervention buying (domestic market support), statistics with no counterpart"),
            (("accepted", "It said it"), "intervention buying (domestic market support), statistics"),
        ],
        "entities": [
            ("West German Intervention Board", "ORG", "DEU"),
        ],
    },
    "reuters21578-20882": {
        "events": [
            # 0
            ("SUPPORT", "voiced its comprehension", ("France", "FRA", "GOV"), ("U.S.", "USA", "GOV"), PAR,
             "1987-10-19", "day", None, "asserted", None, "comprehension for the U.S. attack: verbal support"),
            # 1
            ("REQUEST", "calling for", ("France", "FRA", "GOV"), None, PAR,
             "1987-10-19", "day", None, "asserted", None,
             "call for a swift halt to the Gulf War (belligerents not named: actor2 null; STATEMENT arguable)"),
            # 2
            ("SUPPORT", ("said", "spokesman said"), ("the Foreign Ministry spokesman", "FRA", "GOV"), (None, "USA", "GOV"),
             PAR, "1987-10-19", "day", None, "asserted", 0,
             "later mention: the quoted statement behind the comprehension (right of states to halt such attacks)"),
            # 3
            ("ASSAULT", "destroyed", (("its forces", "United States said"), "USA", "MIL"),
             ("an Iranian oil platform", "IRN", "GOV"), GULF, "1987-10-19", "day", "Monday", "asserted", None,
             "destroyed an Iranian oil platform on Monday (= DCT); 'said' is attribution"),
            # 4
            ("ASSAULT", "struck", (("its forces", "United States said"), "USA", "MIL"), (("a second", "struck at"), "IRN", "GOV"),
             GULF, "1987-10-19", "day", "Monday", "asserted", None,
             "struck at a second platform on Monday (second clause, second target)"),
            # 5
            ("ACCUSE", ("said", "Washington said"), ("Washington", "USA", "GOV"), (None, "IRN", "GOV"), PAR,
             "1987-10-19", "day", None, "asserted", None,
             "alleges the Iranian platforms were used to monitor shipping and launch attacks on it"),
            # 6
            ("STATEMENT", "described", ("The French statement", "FRA", "GOV"), None, PAR,
             "1987-10-19", "day", None, "asserted", None, "described the target as an Iranian military platform"),
            # 7
            ("STATEMENT", "added", (("the French statement", "But the"), "FRA", "GOV"), None, PAR,
             "1987-10-19", "day", None, "asserted", None,
             "'everything must be done now' to avoid escalation: no actor asked (EVENTS.md 2)"),
        ],
        "skip": [
            ("Attack", "presupposed nominal, object of the support (the attack is asserted in the third sentence)"),
            (("halt", "swift"), "content of the call"),
            ("War", "background nominal (the Iran-Iraq war)"),
            (("avoid", "War to"), "purpose of the call"),
            (("escalation", "further"), "content of the call"),
            ("reaffirm", "quoted wording of the same statement (the support)"),
            ("take action", "content of the statement"),
            (("halt", "charter to"), "content of the statement"),
            (("attacks", "to halt"), "content: attacks such as that of October 16 (ASSAULT arguable, agent not named)"),
            (("statement", "in a"), "part of the reporting clause"),
            (("said", "The United States"), "rule-3 attribution (the attacks are the events)"),
            ("retaliation", "purpose of the attacks"),
            (("attack", "missile"), "background nominal in a causal adjunct (Iranian attack on a Kuwaiti ship; ASSAULT arguable)"),
            (("used", "platforms were"), "content of the accusation"),
            ("monitor", "content of the accusation"),
            ("launch", "content of the accusation"),
            (("attacks", "small-boat"), "content of the accusation (ASSAULT arguable)"),
            (("avoid", "now to"), "content of the statement"),
            (("lead", "developments"), "content of the statement"),
            (("escalation", "a new"), "content of the statement"),
        ],
        "entities": [
            ("France", "GPE", "FRA"),
            ("U.S.", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            ("French", "NORP", "FRA"),
            ("United\nNations", "ORG", None),
            ("Foreign Ministry", "ORG", "FRA"),
            ("United States", "GPE", "USA"),
            (("Iranian", "destroyed an"), "NORP", "IRN"),
            (("Gulf", "oil platform in the"), "LOC", None),
            (("Iranian", "a recent"), "NORP", "IRN"),
            (("U.S.", "attack on a"), "GPE", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            ("Washington", "GPE", "USA"),
            (("French", "platforms were used"), "NORP", "FRA"),
            (("Iranian", "target as"), "NORP", "IRN"),
            (("French", "But the"), "NORP", "FRA"),
        ],
    },
    "reuters21578-10248": {
        "events": [
            # 0
            ("AGREE", "agreed", ("BCE Development Properties Inc", "USA", "BUS"),
             ("Saks Fifth Avenue and the city of Minneapolis", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. unit agreed with Saks and the city (one record: both USA) to build a store; 'said' is attribution"),
            # 1
            ("STATEMENT", ("said", "development,"), (("BCE Development Corp", "development, said"), "CAN", "BUS"), None, VAN,
             "1987-03-26", "day", None, "asserted", None,
             "terms of the agreement: site sale and lease-back, the city's subsidy of the adjoining development"),
            # 2
            ("STATEMENT", "undisclosed", (None, "CAN", "BUS"), None, VAN,
             "1987-03-26", "day", None, "negated", None, "withheld statement: other financial terms undisclosed"),
        ],
        "skip": [
            (("said", "Corp>"), "rule-3 attribution (the agreement is the event)"),
            ("build", "content of the agreement"),
            ("acquire", "term of the agreement (COOPERATE planned arguable, EVENTS.md 8)"),
            ("lease it back", "term of the agreement (COOPERATE planned arguable)"),
            ("subsidize", "term of the agreement (AID arguable; the development is not an actor)"),
            ("pct-owned", "stative ownership"),
        ],
        "entities": [
            ("BCE Development\nCorp", "ORG", "CAN"),
            ("BCE Development Properties Inc", "ORG", "USA"),
            (("U.S.", "Properties Inc"), "GPE", "USA"),
            ("Saks Fifth Avenue", "ORG", "USA"),
            ("Minneapolis", "GPE", "USA"),
            ("Minnesota", "GPE", "USA"),
            (("Saks", "four-level"), "ORG", "USA"),
            (("Minneapolis", "downtown"), "GPE", "USA"),
            (("BCE Development", "mall site from"), "ORG", "CAN"),
            (("BCE Development Corp", "development, said"), "ORG", "CAN"),
            ("Bell\nCanada Enterprises Inc", "ORG", "CAN"),
        ],
    },
    "reuters21578-11580": {
        "events": [
            # 0
            ("CONSULT", "visit", ("Undersecretary of State Michael\nArmacost", "USA", "GOV"), ("Tokyo", "JPN", "GOV"),
             TOKYO, "1987-04", "month", "next week", "planned", None,
             "visit to Tokyo next week (6-10 April, kept at its month) for meetings with high-level officials"),
            # 1
            ("CONSULT", ("visit", "official to"), (("He", "He is the first"), "USA", "GOV"),
             (("Japan", "official to visit"), "JPN", "GOV"), TOKYO, "1987-04", "month", "next week", "planned", 0,
             "later mention: the first high-level U.S. official to visit Japan since the tariff announcement"),
            # 2
            ("SANCTION", "impose", ("President Reagan", "USA", "GOV"), (("Japanese", "30 mln dlrs on"), "JPN", "GOV"), None,
             "1987-04-17", "day", "April 17", "planned", None,
             "tariffs on Japanese electronic goods on April 17; 'announced last week' is attribution (rule 3)"),
            # 3
            ("AGREE", "signed", (None, "JPN", "GOV"), (None, "USA", "GOV"), None,
             "1986-09", "month", "last September", "asserted", None,
             "the microchip trade pact signed last September (nominal with its own date; implied parties)"),
            # 4
            ("CONSULT", "trip", (None, "USA", "GOV"), (None, "JPN", "GOV"), TOKYO,
             "1987-04-06", "day", "April 6 to 8", "planned", 0,
             "later mention with its own date (April 6 to 8, dated by its start); Oakley's 'said' is attribution"),
            # 5
            ("STATEMENT", "told", (("she", "at this time,"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None, "such talks are held each year at this time (habitual)"),
            # 6
            ("CONSULT", "discussions", (("Armacost", "The Armacost"), "USA", "GOV"),
             ("Deputy Foreign Minister\nRyohei Murata", "JPN", "GOV"), TOKYO, "1987-04", "month", "next week", "planned", 0,
             "later mention: the Armacost discussions with Murata and other Japanese officials; 'added' is attribution"),
            # 7
            ("STATEMENT", "insisted", (("she", 'relations," she'), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None, "the talks are not directly related to trade relations"),
            # 8
            ("STATEMENT", "acknowledged", (("Oakley", "questions,"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None, "trade will be discussed"),
            # 9
            ("ACCUSE", "come under fire", ("Congress", "USA", "GOV"), (("Japan", "Japan's 58.6"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Japan's trade surplus under fire in Congress: standing criticism, undated ('last year' dates the surplus)"),
        ],
        "skip": [
            ("meetings", "purpose of the visit (the same consultation)"),
            (("talks", "include"), "content of the meetings (the same consultation)"),
            (("row", "trade row"), "background nominal (the trade dispute)"),
            ("announced", "rule-3 attribution (the planned tariffs are the event); 'last week' dates the announcing"),
            ("plans", "part of the announced sanction"),
            ("retaliation", "purpose of the sanction"),
            ("alleged\nfailure", "background nominal in a causal clause (ACCUSE arguable)"),
            ("live up", "content of the alleged failure"),
            (("said", "Phyllis Oakley"), "rule-3 attribution (the scheduled trip is the event)"),
            ("set for", "part of the scheduled trip"),
            (("talks", "U.S.-Japanese"), "habitual talks ('regularly held each year'): generic"),
            ("held", "habitual"),
            ("added", "rule-3 attribution (the discussions are the event)"),
            ("focus on", "content of the discussions"),
            ("exchange of views", "content of the statement (part of the talks)"),
            (("talks", "expected, the"), "anaphoric nominal (the talks)"),
            ("questions", "questions"),
            ("discussed", "content of the acknowledgment (the agenda of the talks already recorded)"),
            ("concerned", "stative (Congress's concern)"),
            ("loss", "statistics"),
        ],
        "entities": [
            ("Michael\nArmacost", "PERSON", "USA"),
            ("Tokyo", "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "first high-level"), "GPE", "USA"),
            (("Japan", "official to visit"), "GPE", "JPN"),
            ("Reagan", "PERSON", "USA"),
            (("Japanese", "30 mln dlrs on"), "NORP", "JPN"),
            (("Tokyo", "retaliation for"), "GPE", "JPN"),
            ("State Department", "ORG", "USA"),
            ("Phyllis Oakley", "PERSON", "USA"),
            (("U.S.", "U.S.-Japanese talks"), "GPE", "USA"),
            (("Japanese", "U.S.-Japanese talks"), "NORP", "JPN"),
            (("Armacost", "The Armacost"), "PERSON", "USA"),
            ("Ryohei Murata", "PERSON", "JPN"),
            (("Japanese", "other senior"), "NORP", "JPN"),
            (("U.S.", "focus on"), "GPE", "USA"),
            (("Japanese", "focus on U.S.-"), "NORP", "JPN"),
            (("U.S.", "directly related to"), "GPE", "USA"),
            (("Japanese", "directly related to U.S.-"), "NORP", "JPN"),
            (("Oakley", "questions,"), "PERSON", "USA"),
            (("Japan", "Japan's 58.6"), "GPE", "JPN"),
            ("United\nStates", "GPE", "USA"),
            ("Congress", "ORG", "USA"),
            (("U.S.", "169 billion dlrs"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind19a.jsonl")
