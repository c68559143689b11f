"""Build ``own_blind14b.jsonl``: blind events set 14b, annotated from the texts alone before any
extractor run on these articles, with every named entity mention (span, type, country).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind14b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,971 left, also minus the 32 stories drawn for own_blind12 and
own_blind13; the ids of two earlier unlabelled reviews were not kept, so up to ~1 of these may
overlap them); 24 drawn with random.Random(14101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles, all kept).
27 event records (23 first mentions, 4 later mentions), 81 not_annotated spans, 98 entity mentions;
one article without events (15049 Fed: a negative). Single annotator, one pass plus a check of every
record against its sentence. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), as in the
earlier sets: job titles are not part of a PERSON span; a government body named with its country
word is one ORG span ("U.S. Congress", "U.S. Agriculture Department"); "D-Vt." / "R-Iowa" give GPE
"Vt." / "Iowa"; tickers and bracketed symbols are left out; programmes (EEP) are not entities.

Judgement calls:
* 15049 (Fed customer repos): no event. Everything is economists' expectation (anonymous talk) about
  Fed reserve operations (monetary operations, EVENTS.md 10); the funds rate is market movement.
  A negative.
* 4432 (Baldrige, computers for Iran): "said he would not object to the sale" is a STATEMENT (a stance
  on a pending export licence; the negated objection has no counterpart actor, skipped); the quote
  "We have no reason not to ship it," Baldrige told reporters restates it (later mention, EVENTS.md
  3). "said the Defense Department's objection ... was not a reason to bar" is REJECT toward the
  Defense Department (USA, MIL): dismissal of another actor's objection; the quote "This is not a
  reason for denying it ...," he said is its later mention. The Defense Department's objection
  itself (ACCUSE or REJECT of the licence, undated, target unclear) is a background nominal,
  skipped; the Senate hearing is a time adjunct (skipped).
* 17269 (Reagan radio address): "warned the U.S. Congress ... against passing ... legislation" is
  THREATEN USA -> USA (a warning, guideline rule 2; as 13a's "warned Tehran against using";
  REQUEST arguable), placed in the weekly radio address that the text dates "on Saturday" (DCT
  Monday 27 April -> 1987-04-25). "who will hold talks with ... Nakasone here this week" is CONSULT
  planned, visitor first (JPN -> USA), "this week" given as 1987-04 (9b's call for the week of
  Mon 27 April that straddles May). "said he would lift tariffs ... as soon as Tokyo complied" is a
  conditional promise = AGREE USA -> JPN on "said" (GUIDELINES own_dev call), DCT (wire style, no
  time expression on it). "tariffs imposed last week against some Japanese products" is SANCTION
  (agent implied, USA) 1987-04 ("last week" kept at its month), and "the 100 pct tariffs he imposed"
  its later mention. "U.S. officials gave the same message to ... Abe in talks here last week":
  the message (the same conditional promise) is AGREE USA -> JPN and the talks CONSULT JPN -> USA
  (visitor first), both 1987-04. "Reagan said he would tell Nakasone: 'We ... want very much to
  lift these trade restrictions as soon as evidence permits'" is AGREE planned on "tell" (the
  telling is a typed act, so Saturday's "said" is attribution), dated by the talks this week
  (1987-04). "said the ... tariffs ... was a special case ... and did not signal a shift" is a
  STATEMENT (defence of a policy, EVENTS.md 6); the closing quote is its later mention.
* 14925 (Thyssen Guss / Cercast): "said it had agreed to cooperate with Canadian firm <Cercast Inc>"
  is AGREE DEU -> CAN, undated (rule 17), "said" attribution; cooperation, manufacturing and the
  plant merger under a new company are content / terms of the agreement (EVENTS.md 8). The Thyssen
  Industrie spokeswoman's turnover forecast is a STATEMENT; holdings are ownership (skipped).
* 11809 (Rural Banking bond): the lead manager's "said" is a STATEMENT (own_blind2 call); the issue,
  terms, selling through the Bank of New Zealand, the listing and the guarantee by New Zealand of its
  own state corporation's bond are corporate finance (the guarantee is domestic, same country; AID
  arguable). Nomura International = JPN (Nomura, well-known fact). "Rural Banking and Finance
  Corporation of New Zealand" is one ORG span.
* 14951 (LDP import proposal): "has proposed expanding imports of 12 farm products" is borderline
  (a party proposal of domestic import liberalisation answering a U.S. complaint: RETREAT toward the
  USA or a STATEMENT-like proposal, as 11a/12a's proposals), so it is skipped and "an LDP official
  said" is a STATEMENT (LDP = ruling party, JPN GOV). "a U.S. Complaint against Japan to the
  General Agreement on Tariffs and Trade last year" is ACCUSE USA -> JPN, 1986 (a nominal with its own
  date, EVENTS.md 11). "expected to formalise the package" is domestic policy adoption (skipped);
  Abe "visits Washington" on April 19 is CONSULT planned JPN -> USA (host Washington), 1987-04-19.
* 9060 (senators and EEP): "Senate staff said" and "sources said" are anonymous (EVENTS.md 4), and
  the senators' effort to insert a provision broadening EEP eligibility is domestic legislation
  (no type), so nothing is coded in the first three paragraphs. "also may fold into the trade bill a
  measure to shield pork producers ... from Canadian imports" is SANCTION hypothetical USA -> CAN
  (a trade restriction under consideration), undated; Grassley's sponsoring is domestic legislation.
  "a 1985 decision by the International Trade Commission that imports from Canada ... were harming
  U.S. producers" is SANCTION (an adverse ruling against a party) USA -> CAN, 1985 (nominal with its
  own date). "The bill's proponents have argued Canada has simply replaced shipments of live hogs with
  fresh pork" is ACCUSE USA -> CAN (alleged circumvention), DCT (convention 16's "have said").
* 17314 (Balladur on CGCT): "the government awarded control of ... CGCT to a consortium headed by
  Sweden's AB LM Ericsson last week" is COOPERATE FRA -> SWE (asset sale; the consortium is taken
  at its head's country, null arguable since French partners are in it), 1987-04. Balladur's "said"
  is kept as a STATEMENT as well (the point of the saying is the defence of the decision, its
  reasons an assessment; EVENTS.md 6), in Milan (dateline, DCT). His "said the successful bid ...
  was 'well organised ...'" is a STATEMENT (defence of the decision; SUPPORT toward Ericsson
  arguable); "He did not comment further" is a withheld STATEMENT (negated). The speech before the
  Milan Chamber of Commerce and the question are frame (skipped); "Milan Chamber of Commerce" is one
  ORG span (ITA).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAC = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
MUE = ("MUELHEIM", "DEU")
TOK = ("TOKYO", "JPN")
MIL = ("MILAN", "ITA")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15049": {
        "events": [],
        "skip": [
            ("intervene", "Fed reserve operation (monetary), expected by economists"),
            (("said", "economists said"), "economists' talk (anonymous)"),
            (("expect", "Economists expect"), "economists' expectation (anonymous)"),
            ("execute", "Fed reserve operation (monetary)"),
            ("look for", "economists' expectation (anonymous)"),
            ("opened", "market movement"),
            ("remained", "market movement"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            (("Fed", "the Fed to"), "ORG", "USA"),
        ],
    },
    "reuters21578-4432": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Commerce Secretary Malcolm Baldrige", "USA", "GOV"), None, WAC,
             "1987-03-12", "day", None, "asserted", None,
             "would not object to the sale of computers to Iran: a stance on a pending licence, no typed act"),
            # 1
            ("STATEMENT", "told", (("Baldrige", "Baldrige told"), "USA", "GOV"), None, WAC,
             "1987-03-12", "day", None, "asserted", 0,
             "quoted restatement ('no reason not to ship it'): later mention; after a Senate hearing in Washington"),
            # 2
            ("REJECT", ("said", "Baldrige said the"), (("Baldrige", "Baldrige said the"), "USA", "GOV"),
             ("the Defense Department", "USA", "MIL"), WAC,
             "1987-03-12", "day", None, "asserted", None,
             "dismisses the Defense Department's objection as no reason to bar the export licence"),
            # 3
            ("REJECT", ("said", 'grounds," he'), (("he", 'grounds," he'), "USA", "GOV"), None, WAC,
             "1987-03-12", "day", None, "asserted", 2, "quoted restatement of the rejection: later mention"),
        ],
        "skip": [
            ("object", "negated objection, content of the stance (no counterpart actor)"),
            ("sale", "content of the statement"),
            ("developed", "background"),
            ("ship", "content of the quote"),
            ("hearing", "time adjunct (Senate hearing; Baldrige's role not stated)"),
            ("objection", "background nominal: the Defense Department's objection, content of the rejection"),
            ("used", "content of the objection"),
            ("bar", "content of the rejection"),
            ("granting", "content of the rejection"),
            ("denying", "content of the quote"),
        ],
        "entities": [
            ("Malcolm Baldrige", "PERSON", "USA"),
            ("Iran", "GPE", "IRN"),
            ("U.S.", "GPE", "USA"),
            (("Baldrige", "Baldrige told"), "PERSON", "USA"),
            ("Senate Banking Committee", "ORG", "USA"),
            (("Baldrige", "Baldrige said the"), "PERSON", "USA"),
            ("Defense Department", "ORG", "USA"),
        ],
    },
    "reuters21578-17269": {
        "events": [
            # 0
            ("THREATEN", "warned", ("President Reagan", "USA", "GOV"), ("the U.S. Congress", "USA", "GOV"), None,
             "1987-04-25", "day", "Saturday", "asserted", None,
             "warning against protectionist legislation (REQUEST arguable); placed in the radio address "
             "dated 'on Saturday' in a later sentence"),
            # 1
            ("CONSULT", "talks", ("Japanese Prime Minister Yasuhiro Nakasone", "JPN", "GOV"),
             (("Reagan", "Reagan, who"), "USA", "GOV"), WAC,
             "1987-04", "month", "this week", "planned", None,
             "talks in Washington ('here'), visitor first; the week of Mon 27 April kept at its month (9b)"),
            # 2
            ("AGREE", ("said", "this week, said"), (("Reagan", "Reagan, who"), "USA", "GOV"), ("Tokyo", "JPN", "GOV"),
             WAC, "1987-04-27", "day", None, "asserted", None,
             "conditional promise to lift the tariffs as soon as Tokyo complies (a promise is asserted)"),
            # 3
            ("SANCTION", "imposed", (None, "USA", "GOV"), ("Japanese products", "JPN", "BUS"), None,
             "1987-04", "month", "last week", "asserted", None, "tariffs imposed last week (agent implied)"),
            # 4
            ("AGREE", "message", ("U.S. officials", "USA", "GOV"), ("Foreign Minister Shintaro Abe", "JPN", "GOV"),
             WAC, "1987-04", "month", "last week", "asserted", None,
             "the same message (conditional promise to lift the tariffs) given in last week's talks"),
            # 5
            ("CONSULT", ("talks", "Shintaro Abe in"), ("Shintaro Abe", "JPN", "GOV"), ("U.S. officials", "USA", "GOV"),
             WAC, "1987-04", "month", "last week", "asserted", None, "talks here (Washington) last week, visitor first"),
            # 6
            ("AGREE", "tell", (("Reagan", "Saturday, Reagan"), "USA", "GOV"), (("Nakasone", "would tell"), "JPN", "GOV"),
             WAC, "1987-04", "month", "this week", "planned", None,
             "will tell Nakasone the U.S. wants to lift the restrictions as soon as evidence permits (conditional "
             "promise), at this week's talks; Saturday's 'said' is attribution"),
            # 7
            ("STATEMENT", ("said", "Reagan said the 100"), (("Reagan", "Reagan said the 100"), "USA", "GOV"), None, WAC,
             "1987-04-27", "day", None, "asserted", None,
             "defence of the tariffs: a special case, no shift in policy (defending a policy = STATEMENT)"),
            # 8
            ("SANCTION", ("imposed", "tariffs he"), (("he", "tariffs he"), "USA", "GOV"), ("Japanese goods", "JPN", "BUS"),
             None, "1987-04", "month", "last week", "asserted", 3, "later mention of the tariffs"),
            # 9
            ("STATEMENT", ("said", 'war," he'), (("he", 'war," he'), "USA", "GOV"), None, WAC,
             "1987-04-27", "day", None, "asserted", 7, "quoted restatement: later mention"),
        ],
        "skip": [
            ("radio address", "the address as frame of the warning (its acts are coded)"),
            ("passing", "content of the warning"),
            ("called", "part of the warning"),
            ("negotiations", "background nominal"),
            ("lift", "content of the promise"),
            ("complied", "condition of the promise"),
            ("pact", "background nominal (the semiconductor accord)"),
            (("radio address", "In his weekly"), "frame of the statements (its acts are coded)"),
            (("said", "Saturday, Reagan"), "attribution of the planned telling"),
            ("work cooperatively", "content of the promise"),
            (("lift", "want very much to"), "content of the promise"),
            ("retaliation", "content of the statement"),
            ("signal", "content of the statement"),
            (("called", "shift in what he"), "part of the statement"),
            ("imposing", "anaphoric participle inside the quote"),
            ("deal with", "content of the quote"),
            ("trade war", "content of the quote"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("U.S. Congress", "ORG", "USA"),
            ("Japan", "GPE", "JPN"),
            (("Reagan", "Reagan, who"), "PERSON", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("Japanese", "some Japanese"), "NORP", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            (("U.S.", "U.S.-Japanese"), "GPE", "USA"),
            (("Japanese", "-Japanese pact"), "NORP", "JPN"),
            (("U.S.", "U.S. officials"), "GPE", "USA"),
            (("Japanese", "former Japanese"), "NORP", "JPN"),
            ("Shintaro Abe", "PERSON", "JPN"),
            (("Reagan", "Saturday, Reagan"), "PERSON", "USA"),
            (("Nakasone", "would tell"), "PERSON", "JPN"),
            (("Reagan", "Reagan said the 100"), "PERSON", "USA"),
            (("Japanese", "Japanese goods"), "NORP", "JPN"),
        ],
    },
    "reuters21578-14925": {
        "events": [
            ("AGREE", "agreed", ("Thyssen Guss AG", "DEU", "BUS"), ("Cercast Inc", "CAN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "agreed to cooperate (fine castings); 'said' = attribution; no time expression"),
            ("STATEMENT", ("said", "100 pct"), ("A spokeswoman for Thyssen Industrie AG", "DEU", "BUS"), None, MUE,
             "1987-04-08", "day", None, "asserted", None, "turnover forecast of the joint venture"),
        ],
        "skip": [
            (("said", "metals group"), "attribution of the agreement"),
            ("cooperate", "content of the agreement (EVENTS.md 8)"),
            ("manufacture", "content of the agreement"),
            ("merge", "terms of the agreement (plants merged under a new company)"),
            ("equal shares", "terms of the agreement"),
            ("holds", "ownership"),
            ("joint-venture", "anaphoric nominal"),
            ("produce", "content of the forecast"),
            ("held", "ownership"),
        ],
        "entities": [
            ("Thyssen AG", "ORG", "DEU"),
            ("Thyssen Guss AG", "ORG", "DEU"),
            ("Canadian", "NORP", "CAN"),
            ("Cercast Inc", "ORG", "CAN"),
            ("West German", "NORP", "DEU"),
            ("Soest", "GPE", "DEU"),
            ("Moers", "GPE", "DEU"),
            ("Thyssen Industrie AG", "ORG", "DEU"),
            (("Thyssen Guss", "100 pct"), "ORG", "DEU"),
            (("Thyssen Industrie", "Thyssen Industrie is"), "ORG", "DEU"),
            (("Thyssen AG", "90 pct by"), "ORG", "DEU"),
        ],
    },
    "reuters21578-11809": {
        "events": [
            ("STATEMENT", "said", ("lead manager Nomura International Ltd", "JPN", "BUS"), None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "lead manager announcing a bond issue (the issue is corporate finance)"),
        ],
        "skip": [
            ("is issuing", "corporate finance (bond issue)"),
            ("matures", "bond terms"),
            ("priced", "bond terms"),
            ("is being sold", "corporate finance (distribution of the issue)"),
            ("guaranteed", "state guarantee of its own corporation's bond: corporate finance, same country"),
            ("pays", "bond terms"),
            ("listing", "corporate finance (listing)"),
        ],
        "entities": [
            ("Rural Banking and Finance Corporation of New Zealand", "ORG", "NZL"),
            ("Nomura International Ltd", "ORG", "JPN"),
            ("Bank of New Zealand", "ORG", "NZL"),
            (("New Zealand", "guaranteed by"), "GPE", "NZL"),
            ("Luxembourg", "GPE", "LUX"),
        ],
    },
    "reuters21578-14951": {
        "events": [
            ("STATEMENT", "said", ("an LDP official", "JPN", "GOV"), None, TOK,
             "1987-04-08", "day", None, "asserted", None,
             "reports the LDP's proposal to expand farm imports (the proposal is borderline, skipped)"),
            ("ACCUSE", "Complaint", ("U.S.", "USA", "GOV"), (("Japan", "Complaint against"), "JPN", "GOV"), None,
             "1986", "year", "last year", "asserted", None,
             "U.S. complaint against Japan to GATT last year (nominal with its own date)"),
            ("CONSULT", "visits", ("LDP General Council Chairman Shintaro Abe", "JPN", "GOV"),
             ("Washington", "USA", "GOV"), ("Washington", "USA"),
             "1987-04-19", "day", "April 19", "planned", None, "Abe's visit to Washington on April 19"),
        ],
        "skip": [
            ("proposed", "party proposal of domestic import liberalisation: RETREAT toward the USA or STATEMENT "
                         "arguable, borderline"),
            ("expanding", "content of the proposal"),
            ("named", "content of the complaint"),
            ("proposal", "anaphoric nominal"),
            ("used", "no event"),
            ("cut", "purpose of the package"),
            ("formalise", "domestic policy adoption, no type"),
        ],
        "entities": [
            ("Liberal Democratic Party", "ORG", "JPN"),
            ("LDP", "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("LDP", "an LDP official"), "ORG", "JPN"),
            (("LDP", "detailed LDP"), "ORG", "JPN"),
            (("U.S.", "surplus with the U.S."), "GPE", "USA"),
            (("LDP General Council", "when LDP"), "ORG", "JPN"),
            ("Shintaro Abe", "PERSON", "JPN"),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-9060": {
        "events": [
            ("SANCTION", "fold", ("The senators", "USA", "GOV"), ("Canadian imports", "CAN", "BUS"), None,
             None, "unknown", None, "hypothetical", None,
             "may fold into the trade bill a measure to shield pork producers from Canadian imports "
             "(trade restriction under consideration)"),
            ("SANCTION", "decision", ("International Trade Commission", "USA", "GOV"),
             (("Canada", "imports from Canada"), "CAN", "GOV"), None,
             "1985", "year", "1985", "asserted", None,
             "1985 ITC ruling that Canadian live swine imports harmed U.S. producers (adverse ruling)"),
            ("ACCUSE", "argued", ("The bill's proponents", "USA", "GOV"), (("Canada", "argued"), "CAN", "GOV"), WAC,
             "1987-03-24", "day", None, "asserted", None,
             "alleged circumvention (live hogs replaced by fresh pork); 'have argued' = wire style, DCT"),
        ],
        "skip": [
            ("seeking", "domestic legislative effort (insert a provision), no type"),
            ("insert", "content of the legislative effort"),
            ("broaden", "content of the provision"),
            (("said", "Senate staff"), "anonymous ('Senate staff', EVENTS.md 4)"),
            ("offer", "standing capability of USDA (generic)"),
            ("recoup", "purpose (generic)"),
            ("unfair trading practices", "generic background, no named actor"),
            ("leading", "effort relayed by anonymous sources"),
            (("broaden", "effort to"), "content of the effort"),
            (("said", "sources"), "anonymous sources"),
            ("shield", "content of the measure"),
            ("sponsored", "sponsoring a bill: domestic legislation"),
            ("clarify", "content of the measure"),
            ("causing injury", "content of the measure"),
            ("stems", "no event"),
            ("harming", "content of the decision"),
            ("replaced", "content of the accusation"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Senate", "ORG", "USA"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("U.S.", "U.S. farm products"), "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("Senate", "Senate staff"), "ORG", "USA"),
            ("USDA", "ORG", "USA"),
            ("Senate Agriculture Committee", "ORG", "USA"),
            ("Patrick Leahy", "PERSON", "USA"),
            ("Vt.", "GPE", "USA"),
            ("Moscow", "GPE", "SUN"),
            ("Senate Finance Committee", "ORG", "USA"),
            ("Lloyd Bentsen", "PERSON", "USA"),
            ("Tex.", "GPE", "USA"),
            ("Max Baucus", "PERSON", "USA"),
            ("Mont.", "GPE", "USA"),
            ("David Pryor", "PERSON", "USA"),
            ("Ark.", "GPE", "USA"),
            ("John Melcher", "PERSON", "USA"),
            (("Mont.", "Melcher"), "GPE", "USA"),
            ("Thad Cochran", "PERSON", "USA"),
            ("Miss.", "GPE", "USA"),
            ("Canadian", "NORP", "CAN"),
            ("Charles Grassley", "PERSON", "USA"),
            ("Iowa", "GPE", "USA"),
            (("U.S.", "injury to"), "GPE", "USA"),
            (("Grassley", "Grassley's bill"), "PERSON", "USA"),
            ("International Trade Commission", "ORG", "USA"),
            ("Canada", "GPE", "CAN"),
            (("U.S.", "harming"), "GPE", "USA"),
            (("Canada", "argued"), "GPE", "CAN"),
        ],
    },
    "reuters21578-17314": {
        "events": [
            # 0
            ("STATEMENT", "said", ("French Finance Minister Edouard Balladur", "FRA", "GOV"), None, MIL,
             "1987-04-27", "day", None, "asserted", None,
             "defends the CGCT award: its reasons are an assessment (the award itself is coded separately)"),
            # 1
            ("COOPERATE", "awarded", ("the government", "FRA", "GOV"),
             ("a consortium headed by Sweden's AB LM Ericsson", "SWE", "BUS"), None,
             "1987-04", "month", "last week", "asserted", None,
             "control of state-owned CGCT awarded (sold) to the Ericsson-led consortium last week; "
             "consortium at its head's country (null arguable)"),
            # 2
            ("STATEMENT", ("said", "Chamber of Commerce"), (("Balladur", "Balladur, responding"), "FRA", "GOV"), None,
             MIL, "1987-04-27", "day", None, "asserted", None,
             "the winning bid 'well organised': defence of the decision (SUPPORT toward Ericsson arguable)"),
            # 3
            ("STATEMENT", "comment", (("He", "He did not"), "FRA", "GOV"), None, MIL,
             "1987-04-27", "day", None, "negated", None, "withheld statement"),
        ],
        "skip": [
            ("proposal", "anaphoric nominal (the consortium's bid)"),
            ("judged", "content of the statement (agentless evaluation)"),
            ("responding", "participle of the statement"),
            ("question", "a question"),
            ("speech", "frame (time adjunct) of the statement"),
            ("bid", "anaphoric nominal (the winning bid)"),
            ("has 16 pct", "stative"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Edouard Balladur", "PERSON", "FRA"),
            ("Compagnie Generale de Constructions Telephonques", "ORG", "FRA"),
            ("CGCT", "ORG", "FRA"),
            ("Sweden", "GPE", "SWE"),
            ("AB LM Ericsson", "ORG", "SWE"),
            (("Balladur", "Balladur, responding"), "PERSON", "FRA"),
            ("Milan Chamber of Commerce", "ORG", "ITA"),
            (("Ericsson", "bid by Ericsson"), "ORG", "SWE"),
            (("French", "French partners"), "NORP", "FRA"),
            ("Matra", "ORG", "FRA"),
            ("Banque Indosuez", "ORG", "FRA"),
            (("CGCT", "CGCT has"), "ORG", "FRA"),
            ("France", "GPE", "FRA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind14b.jsonl")
