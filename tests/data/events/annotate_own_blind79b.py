"""Build ``own_blind79b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind79b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1932 left); 24 drawn with random.Random(79101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
46 event records (39 first mentions, 7 later mentions), 133 not_annotated spans, 104 entity mentions
(GPE 38, ORG 35, NORP 14, PERSON 14, LOC 3); one article without events (17308, the Dutch central bank's
dollar support: monetary operations and dealers' talk only); 13024 (White House on interest rates) has
reporting-clause STATEMENTs only.
Types: STATEMENT 19, AGREE 8, CONSULT 8, ACCUSE 3, ASSAULT 3, REQUEST 2, AID 1, COOPERATE 1, SUPPORT 1;
modality: asserted 41, planned 4, negated 1; precision: day 27, month 13, unknown 6.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed: the
skip "move" of 13024 took the "movement" of the quote before). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("World Bank president Barber Conable": ORG + PERSON; "President
Suharto", "spokesman Marlin Fitzwater", "chairman Frits van Horick": PERSON only); a body with its country
word is one ORG span ("Dutch Coffee Trade Association", "Dutch Central Bank"), lower-case bodies ("the
defence ministry political department", "the Algerian news agency") are not entity spans (only their
country word, NORP "Algerian"); company names are tagged with their legal form and without angle brackets
("Genetics Institute Inc", "Wellcome PLC", "WelGen Manufacturing Inc"), the possessive 's is left out
("Algeria's", "Spain's", "Alcoa's", "Billiton's", "Brazil's", "Jakarta's", "Third World's"); a company or
body name used as a modifier is still a mention ("the Billiton spokesman", "the ICO consumers"); a name
inside a hyphenated word is tagged ("anti-Baghdad": GPE "Baghdad", 60a); "Gulf" in "Gulf war" is LOC null
(the war itself not an entity, 4b/19a/52a); the capitalised "the Bank" is an ORG mention of the body
already named (10a/13b/25b; the lower-case "the bank" is not); "Royal Dutch Shell" and "London Metal
Exchange" are single ORG spans (no nested NORP/GPE); "Western" (market) is NORP null (19b); currencies,
products, the (International) Coffee Agreement, quotas and the quota formula are not entities.
Countries: "Iraqi" NORP IRQ, Baghdad GPE IRQ, Kurdistan LOC IRQ (the Iraqi region of the northern front,
72b), Abdul Jabbar Muhsen PERSON IRQ, Iran GPE IRN, "Kurdish" NORP null (60a), Reuters ORG GBR; Paranam,
Surinam, Moengo, Onverdacht and Paramaribo GPE SUR, Suralco ORG SUR (the Surinam subsidiary takes its own
country, 52b/67a; USA or NLD arguable from its owners), Billiton ORG NLD, "Dutch" NORP NLD, Royal Dutch
Shell ORG NLD (28b/67a), "U.S." GPE USA, Alcoa ORG USA; "European" NORP null, the International Coffee
Organization / ICO, the European Coffee Federation / ECF ORG null, the Dutch Coffee Trade Association ORG
NLD, Frits van Horick / "van Horick" PERSON NLD (the Dutch association's chairman), Brazil BRA, Colombia COL,
Kenya KEN, Indonesia IDN, Costa Rica CRI, the Ivory Coast CIV, El Salvador SLV and Nicaragua NIC (GPE); the
Dutch Central Bank / "the Bank" ORG NLD, "U.S." GPE USA; "Algerian" NORP DZA, Algeria GPE DZA, APS, the
Entreprise Nationale des Non-ferreux et Substances Utiles / ENOF ORG DZA (Algeria's state company),
"Spanish" NORP ESP, Spain and Madrid GPE ESP, Almaden ORG ESP (Spain's mercury producer), "Turkish" NORP
TUR, the London Metal Exchange ORG GBR (75b); Genetics Institute Inc ORG USA (dateline CAMBRIDGE, Mass.),
Wellcome PLC ORG GBR ("a British-based pharmaceutical company"), "British" NORP GBR, WelGen Manufacturing
Inc ORG USA (the joint venture's U.S. company, its plant in Rhode Island; null arguable), West Greenwich and
"R.I." GPE USA; the World Bank / "the Bank" ORG null, Barber Conable / "Conable" PERSON null (the head of
an international body, 13a/43a/60a), Indonesia and Jakarta GPE IDN, "Indonesian" NORP IDN, Suharto PERSON
IDN, "Third World" LOC null (16b/30b/43b); the White House and Citibank ORG USA, Marlin Fitzwater PERSON
USA.

Judgement calls made here:
* 3280 (Iraq says Iran exaggerates the northern fighting, DCT Mon 1987-03-09, BAGHDAD; the same official
  and claims as 60a's 3464): "A senior Iraqi official said today Iran had exaggerated reports of fighting
  ... to make up for failure in the south and to encourage anti-Baghdad Kurdish rebels to support its
  troops" is one reporting clause coded ACCUSE IRQ -> IRN on "said" (60a's Muhsen, the head of the defence
  ministry political department: IRQ MIL), 1987-03-09 ("today"), BAGHDAD; "exaggerated" is left unlisted
  (a system may put the trigger there), the reports, the motive and the rebels' support are content.
  "Abdul Jabbar Muhsen told Reuters in a telephone interview that fighting continues in the Kurdistan
  mountain region" is a STATEMENT (the continuing fighting has no named actor: content, ASSAULT arguable,
  as 60a), DCT, BAGHDAD (no place in the text; the same interview as the lead). "where Iran launched its
  northern offensive last Tuesday night" is ASSAULT IRN MIL -> IRQ (implied) on the event noun "offensive"
  ("launched" a light verb, skipped as 60a/26a), 1987-03-03 (last Tuesday before Mon 9 March), located in
  the Kurdistan mountain region (IRQ). "Asked about the silence of Iraqi war communiques on the battle he
  said, 'Small units are taking part ...'" is a STATEMENT, DCT; the question and the communiques' silence
  are skipped (a withheld STATEMENT IRQ arguable), the units' taking part is content.
* 6546 (Suralco refinery reopened, DCT Wed 1987-03-18, ROTTERDAM): the reopening, the closure, production
  and imports from unnamed suppliers have no type, so "a spokesman for Dutch metals company Billiton said"
  (the refinery has now reopened), "the Billiton spokesman added" (production and the return to capacity)
  and "the Billiton spokesman said" (mines and imports) are three STATEMENTs NLD BUS, DCT, ROTTERDAM.
  "which closed at the end of January after being sabotaged by anti-government rebels" is ASSAULT by the
  rebels (SUR ORG: rebels take their country, 11b/52b) -> the refinery (SUR BUS, run by the Surinam company
  Suralco, 52b's "hard hit by guerrilla attacks that cut power lines to the area in January"), 1987-01
  (month: the closure "at the end of January" follows the sabotage, which the later sentence puts at the
  same time), located at Paranam; "The refinery was forced to close at the end of January when rebels cut
  the main power line" is its later mention on "cut" (its own time expression, 1987-01), "forced to close"
  the outcome (skipped). "as rebel activity shut off supplies from Alcoa's mine at Moengo" is a background
  nominal with no time (skipped; ASSAULT SUR ORG -> the mine undated arguable).
* 19318 (European coffee trade proposes a quota formula, DCT Fri 1987-06-19, AMSTERDAM): "European coffee
  roasters and traders have agreed to propose a new formula for calculating ... ICO quotas, Dutch Coffee
  Trade Association chairman ... Frits van Horick said" is AGREE by the roasters and traders (null BUS: a
  group the text calls European, sets 12-14; an agreement among themselves, actor2 null, EVENTS.md 14),
  undated (present perfect, rule 17), "said" rule-3 attribution, "propose" its content (REQUEST null -> the
  ICO planned arguable; the ICO is null too). Van Horick (the Dutch association's chairman) is NLD ORG;
  "was speaking at the end of the ECF annual meeting" is the occasion of his remarks (skipped) and the
  meeting an internal meeting of a single body (EVENTS.md 10). His six reporting clauses ("van Horick said"
  four times, "he said", "van Horick added": the formula's effect on Brazil, a basis for a new agreement,
  Brazil's opposition, the rigid system, the winners and losers, Brazil's isolation) are STATEMENTs
  (assessments and forecasts; the criticised quota system is a policy, EVENTS.md 6; Brazil's standing
  opposition is stative, REJECT BRA / ACCUSE NLD -> BRA arguable), DCT, AMSTERDAM; the quoted "Our formula
  builds flexibility ..." has no reporting verb of its own (part of the "he said" quote). "Coffee quotas
  were suspended in February last year" is agentless background (skipped as 51b's "were suspended a year
  ago"; RETREAT by the ICO, 1986-02, arguable). "consumers and producers have been unable to agree on
  re-introduction" is AGREE negated, consumers (null) -> producers (null; groups of ICO members), undated
  (55a's "unable to reach mutually acceptable terms"). "the September meeting" of the ICO (anchored at "the
  ICO consumers" of its sentence, null IGO) is CONSULT planned, 1987-09 (future bare month; a nominal with
  its own date, EVENTS.md 11, as 10b's "ICO meets ... in September"); its acceptance of the proposal is
  hypothetical content, as is "we might just get an agreement" (AGREE hypothetical arguable). The
  proposal's provisions (a document "provides") and the initial estimates (agentless) are skipped.
* 17308 (Dutch central bank supports the dollar, DCT Mon 1987-04-27, AMSTERDAM): no event (a negative): the
  intervention, the dollar purchases and "no intervention at the fix" are monetary operations (EVENTS.md
  10), and every speaker is anonymous ("dealers said" twice, "They said", "one dealer said").
* 13251 (Algerian and Spanish quicksilver producers agree a price, DCT Sun 1987-04-05, ALGIERS): "Algerian
  and Spanish producers ... have agreed to apply a minimum selling price of 300 dlrs per unit, the Algerian
  news agency APS said" is AGREE DZA BUS -> ESP BUS (a symmetric agreement, the first-named first; the
  state companies are BUS, EVENTS.md 15), undated (present perfect, rule 17; the next sentence's "last
  week" dates the later mention only, 60a), "said" rule-3 attribution, "apply" its content (a commercial
  price policy). "The agreement was made during a meeting here last week between Algeria's ENOF and Spain's
  Almaden" gives the agreement's later mention on "agreement" (a nominal with its own predication; "made"
  left unlisted), ENOF (DZA) -> Almaden (ESP), and CONSULT on "meeting", Almaden (ESP, the visitor) ->
  ENOF (DZA, the host: the meeting was "here", in Algiers, EVENTS.md 13), both 1987-03 ("last week" from
  Sunday 5 April = ISO week 13, 23-29 March, one month, EVENTS.md 21), located in Algiers; "to discuss the
  market situation" is the purpose. 'The two firms "took note with regret that prices quoted by some
  specialised publications do not reflect the reality ..."' is a complaint, ACCUSE -> the publications
  (unnamed, null ORG), split by country (EVENTS.md 12: DZA and ESP records on "regret"), placed in the
  meeting of the sentence before (rule 3: 1987-03, Algiers; the firms' joint finding; undated arguable);
  "a statement by ENOF said" is rule-3 attribution (STATEMENT DZA BUS, DCT, arguable). '"They have thus
  decided that their selling price would not be linked any more to the prices quoted by these publications
  and that sales would be made at a minimum price of 300 dlrs ...," the statement said' is the price
  agreement's second later mention on "decided" (DZA -> ESP, the partner implied; the first mention's
  date: undated), "said" attribution. "It added that Turkish producers would join in when the two firms
  meet again in Madrid later this month" gives CONSULT TUR BUS -> the two firms on "join in" (split,
  DZA and ESP records) and CONSULT DZA -> ESP on "meet" (the Algerian firm the visitor in Madrid, the
  host implied), all planned, 1987-04 ("later this month"), located in Madrid; "It added" (the statement)
  is attribution. Publications quoting prices and the LME price are market activity.
* 11991 (Genetics Institute and Wellcome name a venture site, DCT Wed 1987-04-01, CAMBRIDGE, Mass.):
  "Genetics Institute Inc and Wellcome PLC ... jointly announced the selection of a site" is a STATEMENT (the
  site selection has no type: content), split by country (EVENTS.md 12; 60a's statement by two ministers is
  two records): USA BUS and GBR BUS, DCT, CAMBRIDGE; "The companies said they choose a 77-acre site in West
  Greenwich R.I." restates the same announcement (two later mentions, one per company; new first mentions
  arguable). "their joint venture, WelGen Manufacturing Inc, formed last September" is COOPERATE USA BUS ->
  GBR BUS on "joint venture" (a nominal with its own predication and date, EVENTS.md 11; 19a/26a code joint
  ventures as COOPERATE; "formed" left unlisted), 1986-09 ("last September"). The plant's completion and
  employment have no type.
* 8606 (World Bank's Conable in Indonesia, DCT Tue 1987-03-24, JAKARTA): Conable is null IGO (the World
  Bank's president, 13a). "pledged the Bank's support to help Indonesia adjust to lower world oil prices" is
  AGREE null -> IDN GOV (a promise, 29a/33b's "pledged"; AID arguable), DCT (a wire-style speech act),
  JAKARTA; "but said further deregulation of its protected economy was needed" is REQUEST null -> IDN
  (Indonesia told what it should do, EVENTS.md 2), DCT. "Speaking to reporters after talks with President
  Suharto" gives CONSULT null -> IDN GOV on "talks" (the visitor first), undated (the talks precede the
  saying and have no time expression of their own, 38b), located in Indonesia; "he said he expected Jakarta
  to do more to liberalise the economy and deregulate trade policy" is a second REQUEST null -> IDN, DCT
  ("Speaking" its participle, skipped). "It has received 10.7 billion dlrs from the World Bank in the past
  20 years" is aggregate lending (background statistics, skipped as 55a's aggregate imports; AID arguable).
  "Conable said the World Bank, which granted Indonesia a 300 mln dlr loan last month ..., was prepared to
  back Jakarta" gives AID null -> IDN on "granted", 1987-02 ("last month"), and the pledge's later mention
  on "said" (an offer stated to a government, set 12's "was prepared to provide"); the quoted '"We are
  prepared to support those steps ...," he said' is a second later mention (a quoted restatement, EVENTS.md
  3), its "support" content. "He said Jakarta's willingness to move quickly after last year's collapse in
  oil price saved Indonesia from some of the difficulties" is SUPPORT null -> IDN (praise of the government's
  conduct; STATEMENT arguable), DCT. "Indonesia devalued its currency ... in September" is an exchange-rate
  measure (a monetary operation, EVENTS.md 10, 48b: skipped); "and has announced a series of measures since
  May" is a STATEMENT IDN GOV, undated ("since May" has no single value; 18a's "has over recent months
  announced a series of deregulation moves"), the domestic measures and their purposes content. "Conable
  arrived in Indonesia on Saturday" is CONSULT null -> IDN (host implied), 1987-03-21 (Saturday before Tue
  24 March), Indonesia; "and has since met 14 Indonesian cabinet ministers" is a second CONSULT null -> IDN
  GOV placed in the visit (rule 3: 21-24 March, month precision, EVENTS.md 21), its review the purpose.
* 13024 (White House on interest rates, DCT Fri 1987-04-03, WASHINGTON): "The White House said the rise in
  interest rates was 'unfortunate ...' but reflected market forces" and the quote "..., spokesman Marlin
  Fitzwater said" (a different content: the economy is strong; not a restatement) are two STATEMENTs USA
  GOV, DCT, WASHINGTON. "Citibank raised its prime rate" is a bank's own pricing (no type, 45b/46a) and
  "the move was followed by other banks" market activity by unnamed banks (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind79b.jsonl"

BAG = ("BAGHDAD", "IRQ")
ROT = ("ROTTERDAM", "NLD")
AMS = ("AMSTERDAM", "NLD")
ALG = ("ALGIERS", "DZA")
CAM = ("CAMBRIDGE", "USA")
JKT = ("JAKARTA", "IDN")
WAS = ("WASHINGTON", "USA")
KURD_TXT = ("the Kurdistan mountain region", "IRQ")
PARANAM_TXT = ("Paranam", "SUR")
MADRID_TXT = ("Madrid", "ESP")
INDONESIA_TXT = ("Indonesia", "IDN")

IRQ_MIL = "IRQ", "MIL"
IRN_GOV = "IRN", "GOV"
IRN_MIL = "IRN", "MIL"
SUR_ORG = "SUR", "ORG"
SUR_BUS = "SUR", "BUS"
NLD_BUS = "NLD", "BUS"
NLD_ORG = "NLD", "ORG"
DZA_BUS = "DZA", "BUS"
ESP_BUS = "ESP", "BUS"
TUR_BUS = "TUR", "BUS"
USA_BUS = "USA", "BUS"
GBR_BUS = "GBR", "BUS"
USA_GOV = "USA", "GOV"
IDN_GOV = "IDN", "GOV"
IGO = None, "IGO"

CONABLE = ("Barber Conable",) + IGO
CONABLE_LATE = (("Conable", "remain in place."),) + IGO
TWO_FIRMS = ("The two firms",)
JOIN_FIRMS = (("the two firms", "join in when"),)

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-3280": {
        "events": [
            # 0
            (
                "ACCUSE",
                "said",
                ("A senior Iraqi official",) + IRQ_MIL,
                (("Iran", "said today"),) + IRN_GOV,
                BAG,
                "1987-03-09",
                "day",
                "today",
                "asserted",
                None,
                "Iran had exaggerated reports of fighting to make up for failure and encourage Kurdish rebels (an "
                "accusation; one reporting clause, the saying is the act, 60a's Muhsen: IRQ MIL); 'today' = DCT",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                ("Abdul Jabbar Muhsen",) + IRQ_MIL,
                None,
                BAG,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "fighting continues in the Kurdistan mountain region (no named actor: content, 60a); wire style: DCT, "
                "dateline city (a telephone interview, no place in the text)",
            ),
            # 2
            (
                "ASSAULT",
                "offensive",
                (("Iran", "region, where"),) + IRN_MIL,
                (None,) + IRQ_MIL,
                KURD_TXT,
                "1987-03-03",
                "day",
                "last Tuesday night",
                "asserted",
                None,
                "Iran launched its northern offensive last Tuesday night (Tue 3 March, before Mon 9 March); the event "
                "noun after the light verb 'launched' (60a/26a), in the Kurdistan mountain region",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "battle he"),
                (("he", "battle"),) + IRQ_MIL,
                None,
                BAG,
                "1987-03-09",
                "day",
                None,
                "asserted",
                None,
                "small units are taking part, the biggest brigade size (description of the fighting); DCT",
            ),
        ],
        "skip": [
            (("reports", "exaggerated"), "object of the accusation (Iran's reports; STATEMENT IRN undated arguable)"),
            (("fighting", "reports of"), "background nominal (content of the accusation)"),
            (("war", "Gulf"), "background nominal (the Gulf war)"),
            ("make up", "content of the accusation (motive)"),
            ("failure", "content of the accusation"),
            ("encourage", "content of the accusation"),
            (("support", "rebels to"), "content of the accusation"),
            ("interview", "part of the reporting clause"),
            ("fighting continues", "content of the statement (no named actor; ASSAULT arguable, 60a)"),
            ("launched", "light verb of the offensive (coded on 'offensive')"),
            ("Asked", "question by the interviewer"),
            ("silence", "background nominal (the communiques' silence; withheld STATEMENT IRQ arguable)"),
            ("communiques", "background nominal (Iraqi war communiques)"),
            (("battle", "on the"), "anaphoric nominal (the northern fighting)"),
            ("taking part", "content of the statement"),
        ],
        "entities": [
            ("Iraqi", "NORP", "IRQ"),
            (("Iran", "said today"), "GPE", "IRN"),
            ("Gulf", "LOC", None),
            ("Baghdad", "GPE", "IRQ"),
            ("Kurdish", "NORP", None),
            ("Abdul Jabbar Muhsen", "PERSON", "IRQ"),
            ("Reuters", "ORG", "GBR"),
            ("Kurdistan", "LOC", "IRQ"),
            (("Iran", "region, where"), "GPE", "IRN"),
            (("Iraqi", "silence of"), "NORP", "IRQ"),
        ],
    },
    "reuters21578-6546": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("a spokesman for Dutch metals company Billiton",) + NLD_BUS,
                None,
                ROT,
                "1987-03-18",
                "day",
                None,
                "asserted",
                None,
                "the Paranam refinery has now reopened (a plant reopening has no type: content); wire style: DCT, "
                "dateline city",
            ),
            # 1
            (
                "ASSAULT",
                "sabotaged",
                ("anti-government rebels",) + SUR_ORG,
                ("The 1.4 mln tonnes capacity bauxite refinery",) + SUR_BUS,
                PARANAM_TXT,
                "1987-01",
                "month",
                "the end of January",
                "asserted",
                None,
                "the refinery closed at the end of January after being sabotaged by anti-government rebels (rebels "
                "take their country, 11b/52b; the refinery run by the Surinam company Suralco, 52b); month: the "
                "sabotage just precedes the end-of-January closure (the later mention's 'when rebels cut')",
            ),
            # 2
            (
                "STATEMENT",
                "added",
                ("the Billiton spokesman",) + NLD_BUS,
                None,
                ROT,
                "1987-03-18",
                "day",
                None,
                "asserted",
                None,
                "production at about 3,000 tonnes a day, full capacity expected within a week (statistics, "
                "forecast); DCT",
            ),
            # 3
            (
                "ASSAULT",
                "cut",
                (("rebels", "January when"),) + SUR_ORG,
                ("the main power line",) + SUR_BUS,
                None,
                "1987-01",
                "month",
                "the end of January",
                "asserted",
                1,
                "later mention: the refinery was forced to close at the end of January when rebels cut the main power "
                "line (its own time expression, 1987-01); 'forced to close' the outcome",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "import some bauxite, the Billiton"),
                (("the Billiton spokesman", "import some bauxite,"),) + NLD_BUS,
                None,
                ROT,
                "1987-03-18",
                "day",
                None,
                "asserted",
                None,
                "Billiton's Onverdacht mine still working, Moengo closed, imports continue (description); DCT",
            ),
        ],
        "skip": [
            (("closed", "which"), "plant closure (no type)"),
            ("reopened", "plant reopening (no type), content of the statement"),
            (("run", "is"), "stative (who runs the refinery)"),
            (("owned", "jointly"), "stative (ownership)"),
            ("running", "statistics (production)"),
            (("expected", "is"), "content of the statement (forecast)"),
            ("get back", "content of the statement (forecast)"),
            ("forced to close", "outcome of the sabotage (closure, no type)"),
            (("import", "had had to"), "purchases from unnamed suppliers (no counterpart)"),
            (
                ("activity", "rebel"),
                "background nominal (rebel activity, no time; ASSAULT SUR ORG -> the mine arguable)",
            ),
            ("shut off", "outcome of the rebel activity"),
            ("working", "stative"),
            ("remains closed", "stative"),
            (("import", "continuing to"), "content of the statement (unnamed suppliers)"),
        ],
        "entities": [
            ("Paranam", "GPE", "SUR"),
            ("Surinam", "GPE", "SUR"),
            ("Dutch", "NORP", "NLD"),
            ("Billiton", "ORG", "NLD"),
            ("Suralco", "ORG", "SUR"),
            ("U.S.", "GPE", "USA"),
            ("Alcoa", "ORG", "USA"),
            (("Dutch", "Alcoa and the"), "NORP", "NLD"),
            (("Billiton", "Dutch company"), "ORG", "NLD"),
            ("Royal Dutch Shell", "ORG", "NLD"),
            (("Billiton", "4,000 tonnes"), "ORG", "NLD"),
            (("Alcoa", "supplies from"), "ORG", "USA"),
            ("Moengo", "GPE", "SUR"),
            (("Billiton", "of the country."), "ORG", "NLD"),
            ("Onverdacht", "GPE", "SUR"),
            (("Paranam", "between"), "GPE", "SUR"),
            ("Paramaribo", "GPE", "SUR"),
            (("Moengo", "still working"), "GPE", "SUR"),
            (("Billiton", "some bauxite, the"), "ORG", "NLD"),
        ],
    },
    "reuters21578-19318": {
        "events": [
            # 0
            (
                "AGREE",
                "agreed",
                ("European coffee roasters and traders", None, "BUS"),
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "European roasters and traders have agreed to propose a new ICO quota formula (an agreement among a "
                "group the text calls European: null, sets 12-14; actor2 null, EVENTS.md 14; 'propose' its content); "
                "present perfect: undated; 'said' rule-3 attribution",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "coffee agreement, van Horick"),
                (("van Horick", "coffee agreement,"),) + NLD_ORG,
                None,
                AMS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the formula would give Brazil an unchanged quota (assessment by the Dutch association's chairman); "
                "wire style: DCT, dateline city",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "new agreement, van Horick"),
                (("van Horick", "new agreement,"),) + NLD_ORG,
                None,
                AMS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "if accepted, the formula could be a basis for a new agreement (forecast); DCT",
            ),
            # 3
            (
                "AGREE",
                ("agree", "unable to"),
                (("consumers", "considerably lower,"), None, "GOV"),
                (("producers", "lower, consumers and"), None, "GOV"),
                None,
                None,
                "unknown",
                None,
                "negated",
                None,
                "consumers and producers have been unable to agree on re-introduction of quotas (an agreement "
                "explicitly not reached, 55a; groups of ICO members: null); present perfect: undated",
            ),
            # 4
            (
                "STATEMENT",
                ("said", 'object to," van Horick'),
                (("van Horick", 'object to,"'),) + NLD_ORG,
                None,
                AMS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "Brazil has been most strongly against change; the proposal leaves it little to object to (assessment; "
                "ACCUSE -> BRA arguable); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", 'demand reality," he'),
                (("he", 'demand reality,"'),) + NLD_ORG,
                None,
                AMS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "the existing quota system is far too rigid (criticism of a policy, not an actor: EVENTS.md 6); the "
                "next quoted sentence is part of the same quote; DCT",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "lose quota share, van Horick"),
                (("van Horick", "lose quota share,"),) + NLD_ORG,
                None,
                AMS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "which countries would gain or lose quota share (forecast); DCT",
            ),
            # 7
            (
                "CONSULT",
                ("meeting", "the September"),
                (("ICO", "If the"),) + IGO,
                None,
                None,
                "1987-09",
                "month",
                "September",
                "planned",
                None,
                "the ICO's September meeting (a nominal with its own date, EVENTS.md 11; 10b's 'ICO meets ... in "
                "September'); future bare month; the ICO anchored at 'the ICO consumers' of the same sentence",
            ),
            # 8
            (
                "STATEMENT",
                ("said", 'formula, " van Horick'),
                (("van Horick", 'formula, "'),) + NLD_ORG,
                None,
                AMS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "if ICO consumers accept, the proposal stands a fair chance with producers (forecast); DCT",
            ),
            # 9
            (
                "STATEMENT",
                "added",
                (("van Horick", "just get an agreement,"),) + NLD_ORG,
                None,
                AMS,
                "1987-06-19",
                "day",
                None,
                "asserted",
                None,
                "Brazil is increasingly isolated; 'we might just get an agreement' (forecast); DCT",
            ),
        ],
        "skip": [
            (("said", "Frits van Horick"), "rule-3 attribution (the agreement is the event)"),
            ("propose", "content of the agreement (REQUEST null -> ICO planned arguable)"),
            ("calculating", "content"),
            ("speaking", "occasion of the reporting clauses"),
            (("meeting", "ECF annual"), "internal meeting of a single body (the ECF; EVENTS.md 10)"),
            (("give", "would"), "content of the statement"),
            (("agreement", "current"), "background nominal (the current coffee agreement)"),
            (("accepted", "If"), "condition"),
            ("negotiating", "hypothetical content of the statement"),
            (("agreement", "negotiating a new"), "hypothetical content of the statement"),
            ("suspended", "agentless background (51b; RETREAT by the ICO, 1986-02, arguable)"),
            ("shot up", "market-price movement"),
            ("re-introduction", "content of the failed agreement"),
            ("strongly against", "stative (Brazil's standing opposition; REJECT BRA undated arguable)"),
            ("feared", "content of the statement"),
            (("proposal", "But our"), "anaphoric nominal (the proposal)"),
            ("object to", "content of the statement"),
            (("reflect", "does not"), "content of the statement"),
            ("builds", "content of the quote"),
            ("benefit", "content of the quote"),
            ("worked out", "agentless"),
            (("estimates", "initial"), "agentless estimates"),
            (("get", "would"), "content of the statement"),
            ("lose", "content of the statement"),
            ("provides", "a document's provision (the proposal), not a speech act"),
            ("prevent", "content (the proposal's effect)"),
            ("prejudice", "content"),
            (("accept", "If the ICO consumers"), "condition"),
            (("accepted", "chance of being"), "hypothetical content of the statement"),
            ("in favour", "stative"),
            ("isolated", "stative (content of the statement)"),
            (("favour", "most other producers"), "condition"),
            (("agreement", "just get an"), "hypothetical content of the statement (AGREE hypothetical arguable)"),
        ],
        "entities": [
            ("European", "NORP", None),
            ("International Coffee Organization", "ORG", None),
            ("ICO", "ORG", None),
            ("Dutch Coffee Trade Association", "ORG", "NLD"),
            ("Frits van Horick", "PERSON", "NLD"),
            ("Van Horick", "PERSON", "NLD"),
            ("European Coffee Federation", "ORG", None),
            ("ECF", "ORG", None),
            ("Brazil", "GPE", "BRA"),
            (("van Horick", "coffee agreement,"), "PERSON", "NLD"),
            (("ICO", "producer members of the"), "ORG", None),
            (("van Horick", "new agreement,"), "PERSON", "NLD"),
            (("Brazil", "crop disaster in"), "GPE", "BRA"),
            (("Brazil", '"Brazil has been'), "GPE", "BRA"),
            (("van Horick", 'object to,"'), "PERSON", "NLD"),
            ("Colombia", "GPE", "COL"),
            ("Kenya", "GPE", "KEN"),
            ("Indonesia", "GPE", "IDN"),
            ("Costa Rica", "GPE", "CRI"),
            ("Ivory Coast", "GPE", "CIV"),
            ("El Salvador", "GPE", "SLV"),
            ("Nicaragua", "GPE", "NIC"),
            (("van Horick", "lose quota share,"), "PERSON", "NLD"),
            (("ICO", "If the"), "ORG", None),
            (("van Horick", 'formula, "'), "PERSON", "NLD"),
            (("Brazil", "depend on"), "GPE", "BRA"),
            (("Brazil", '"Brazil is'), "GPE", "BRA"),
            (("van Horick", "just get an agreement,"), "PERSON", "NLD"),
        ],
    },
    "reuters21578-17308": {
        "events": [],
        "skip": [
            ("intervened", "currency intervention (monetary operation)"),
            (("support", "modestly to"), "purpose of the intervention (monetary operation)"),
            ("transactions", "part of the intervention"),
            (("said", "spot market transactions"), "anonymous-source talk (dealers)"),
            (("said", "They said"), "anonymous-source talk (dealers)"),
            (("bought", "the bank"), "currency intervention (monetary operation)"),
            ("dipped", "market-price movement"),
            (("intervention", "There was no"), "currency intervention, negated (monetary operation)"),
            (("put", "which"), "market fixing"),
            (("said", "dealers said the Bank's"), "anonymous-source talk (dealers)"),
            ("buying", "currency intervention (monetary operation)"),
            (("bought", "Bank had"), "hypothetical currency intervention, in anonymous talk"),
            (("said", "one dealer"), "anonymous-source talk (a dealer)"),
        ],
        "entities": [
            ("Dutch Central Bank", "ORG", "NLD"),
            ("U.S.", "GPE", "USA"),
            (("Bank", "dealers said the"), "ORG", "NLD"),
            (("Bank", "surprised if the"), "ORG", "NLD"),
        ],
    },
    "reuters21578-13251": {
        "events": [
            # 0
            (
                "AGREE",
                "agreed",
                ("Algerian",) + DZA_BUS,
                ("Spanish producers",) + ESP_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Algerian and Spanish producers have agreed to apply a minimum selling price (a symmetric agreement, the "
                "first-named first; state companies BUS); present perfect: undated (the next sentence's 'last week' "
                "dates the later mention only, 60a); APS's 'said' rule-3 attribution",
            ),
            # 1
            (
                "AGREE",
                ("agreement", "APS said"),
                ("Entreprise Nationale des Non-ferreux et Substances Utiles",) + DZA_BUS,
                ("Almaden",) + ESP_BUS,
                ALG,
                "1987-03",
                "month",
                "last week",
                "asserted",
                0,
                "later mention: the agreement was made during a meeting here last week (a nominal with its own "
                "predication and date; 'last week' from Sun 5 April = 23-29 March, one month; 'made' left unlisted)",
            ),
            # 2
            (
                "CONSULT",
                ("meeting", "was made during a"),
                ("Almaden",) + ESP_BUS,
                ("Entreprise Nationale des Non-ferreux et Substances Utiles",) + DZA_BUS,
                ALG,
                "1987-03",
                "month",
                "last week",
                "asserted",
                None,
                "meeting here (Algiers) last week between ENOF and Almaden (the Spanish visitor first, EVENTS.md 13); "
                "'to discuss' its purpose",
            ),
            # 3
            (
                "ACCUSE",
                "regret",
                TWO_FIRMS + DZA_BUS,
                ("some specialised publications", None, "ORG"),
                ALG,
                "1987-03",
                "month",
                "last week",
                "asserted",
                None,
                "the two firms took note with regret that prices quoted by publications do not reflect the market (a "
                "complaint), split by country (EVENTS.md 12): the Algerian firm; placed in last week's meeting (rule "
                "3; undated arguable); 'a statement by ENOF said' rule-3 attribution",
            ),
            # 4
            (
                "ACCUSE",
                "regret",
                TWO_FIRMS + ESP_BUS,
                ("some specialised publications", None, "ORG"),
                ALG,
                "1987-03",
                "month",
                "last week",
                "asserted",
                None,
                "the same complaint, the Spanish firm (split record)",
            ),
            # 5
            (
                "AGREE",
                "decided",
                (("They", '"They have thus'),) + DZA_BUS,
                (None,) + ESP_BUS,
                None,
                None,
                "unknown",
                None,
                "asserted",
                0,
                "later mention: they decided their price would not be linked to the publications' quotes and sales "
                "would be at a 300 dlr minimum (the price agreement); first mention's date; 'the statement said' "
                "attribution",
            ),
            # 6
            (
                "CONSULT",
                "join in",
                ("Turkish producers",) + TUR_BUS,
                JOIN_FIRMS + DZA_BUS,
                MADRID_TXT,
                "1987-04",
                "month",
                "later this month",
                "planned",
                None,
                "Turkish producers would join in when the two firms meet again in Madrid later this month (split by "
                "the firms' countries, EVENTS.md 12): the Algerian firm; 'It added' (the statement) attribution",
            ),
            # 7
            (
                "CONSULT",
                "join in",
                ("Turkish producers",) + TUR_BUS,
                JOIN_FIRMS + ESP_BUS,
                MADRID_TXT,
                "1987-04",
                "month",
                "later this month",
                "planned",
                None,
                "the same, the Spanish firm (split record)",
            ),
            # 8
            (
                "CONSULT",
                ("meet", "join in when"),
                JOIN_FIRMS + DZA_BUS,
                (None,) + ESP_BUS,
                MADRID_TXT,
                "1987-04",
                "month",
                "later this month",
                "planned",
                None,
                "the two firms will meet again in Madrid later this month (the Algerian firm the visitor, the Spanish "
                "host implied, EVENTS.md 13)",
            ),
        ],
        "skip": [
            (("meet", "together"), "stative (market share)"),
            (("apply", "agreed to"), "content of the agreement (commercial price policy)"),
            (("said", "news agency APS"), "rule-3 attribution (the agreement is the event)"),
            ("discuss", "purpose of the meeting"),
            (("quoted", "prices"), "content of the complaint (publications quoting prices)"),
            (("reflect", "do not"), "content of the complaint"),
            ("take into account", "content of the complaint"),
            ("deals made", "background (market deals)"),
            (("statement", "a statement by"), "part of the reporting clause"),
            (("said", "statement by ENOF"), "rule-3 attribution (the complaint is the event)"),
            (("quoted", "The result is that the prices"), "market activity (no reporting clause, no actor)"),
            ("linked", "content of the decision"),
            (("quoted", "linked any more to the prices"), "content of the decision"),
            (("made", "sales would be"), "content of the decision"),
            (("said", 'production cost," the statement'), "rule-3 attribution (the decision is the event)"),
            (("added", "It added"), "rule-3 attribution (the planned meeting is the event)"),
            ("hovered", "market-price movement"),
        ],
        "entities": [
            ("Algerian", "NORP", "DZA"),
            ("Spanish", "NORP", "ESP"),
            ("Western", "NORP", None),
            (("Algerian", "unit, the"), "NORP", "DZA"),
            ("APS", "ORG", "DZA"),
            (("Algeria", "between"), "GPE", "DZA"),
            ("Entreprise Nationale des Non-ferreux et Substances Utiles", "ORG", "DZA"),
            ("ENOF", "ORG", "DZA"),
            (("Spain", "(ENOF) and"), "GPE", "ESP"),
            ("Almaden", "ORG", "ESP"),
            (("ENOF", "statement by"), "ORG", "DZA"),
            ("Turkish", "NORP", "TUR"),
            ("Madrid", "GPE", "ESP"),
            ("London Metal Exchange", "ORG", "GBR"),
        ],
    },
    "reuters21578-11991": {
        "events": [
            # 0
            (
                "STATEMENT",
                "announced",
                ("Genetics Institute Inc",) + USA_BUS,
                None,
                CAM,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "jointly announced the selection of a site for their joint venture (site selection: no type, content), "
                "split by country (EVENTS.md 12): Genetics Institute; DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "announced",
                ("Wellcome PLC",) + GBR_BUS,
                None,
                CAM,
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "the same announcement by Wellcome (split record)",
            ),
            # 2
            (
                "COOPERATE",
                "joint venture",
                ("Genetics Institute Inc",) + USA_BUS,
                ("Wellcome PLC",) + GBR_BUS,
                None,
                "1986-09",
                "month",
                "last September",
                "asserted",
                None,
                "their joint venture WelGen Manufacturing Inc, formed last September (a nominal with its own "
                "predication and date, EVENTS.md 11; joint ventures COOPERATE, 19a/26a; 'formed' left unlisted)",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "The companies"),
                ("The companies",) + USA_BUS,
                None,
                CAM,
                "1987-04-01",
                "day",
                None,
                "asserted",
                0,
                "later mention: the companies said they chose a site in West Greenwich, R.I. (the same announcement "
                "restated): Genetics Institute",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "The companies"),
                ("The companies",) + GBR_BUS,
                None,
                CAM,
                "1987-04-01",
                "day",
                None,
                "asserted",
                1,
                "later mention: the same, Wellcome (split record)",
            ),
        ],
        "skip": [
            ("selection", "content of the announcement (site selection, no type)"),
            ("choose", "content of the statement (site selection)"),
            (("make", "which will"), "content of the statement"),
            ("completed", "construction (no type)"),
            ("employ", "no type"),
        ],
        "entities": [
            ("Genetics Institute Inc", "ORG", "USA"),
            ("Wellcome PLC", "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            ("WelGen Manufacturing Inc", "ORG", "USA"),
            ("West Greenwich", "GPE", "USA"),
            ("R.I.", "GPE", "USA"),
        ],
    },
    "reuters21578-8606": {
        "events": [
            # 0
            (
                "AGREE",
                "pledged",
                CONABLE,
                (("Indonesia", "help"),) + IDN_GOV,
                JKT,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "pledged the Bank's support to help Indonesia adjust to lower oil prices (a promise, 29a/33b's "
                "'pledged'; AID arguable); a wire-style speech act: DCT, dateline city",
            ),
            # 1
            (
                "REQUEST",
                ("said", "but"),
                CONABLE,
                (("its", "deregulation of"),) + IDN_GOV,
                JKT,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "further deregulation of Indonesia's protected economy was needed (Indonesia told what it should do, "
                "EVENTS.md 2); DCT",
            ),
            # 2
            (
                "CONSULT",
                "talks",
                (("he", "President Suharto,"),) + IGO,
                ("President Suharto",) + IDN_GOV,
                INDONESIA_TXT,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Conable's talks with President Suharto (the visitor first); they precede the saying and have no time "
                "expression of their own: undated (38b)",
            ),
            # 3
            (
                "REQUEST",
                ("said", "President Suharto, he"),
                (("he", "President Suharto,"),) + IGO,
                (("Jakarta", "expected"),) + IDN_GOV,
                JKT,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "expected Jakarta to do more to liberalise and deregulate (pressure on the government, EVENTS.md 2); "
                "'Speaking' its participle; DCT",
            ),
            # 4
            (
                "AID",
                "granted",
                (("the World Bank", "Conable said"),) + IGO,
                (("Indonesia", "granted"),) + IDN_GOV,
                None,
                "1987-02",
                "month",
                "last month",
                "asserted",
                None,
                "the World Bank granted Indonesia a 300 mln dlr loan last month (credit: AID; a relative clause with its "
                "own date)",
            ),
            # 5
            (
                "AGREE",
                ("said", "Conable said the World Bank"),
                (("Conable", "past 20 years."),) + IGO,
                (("Jakarta", "prepared to back"),) + IDN_GOV,
                JKT,
                "1987-03-24",
                "day",
                None,
                "asserted",
                0,
                "later mention: the Bank was prepared to back Jakarta in taking the right steps (the pledge restated; an "
                "offer stated to a government, set 12); first mention's date",
            ),
            # 6
            (
                "AGREE",
                ("said", 'Indonesian economy," he'),
                (("he", 'Indonesian economy,"'),) + IGO,
                (None,) + IDN_GOV,
                JKT,
                "1987-03-24",
                "day",
                None,
                "asserted",
                0,
                "later mention: quoted 'We are prepared to support those steps ...' (EVENTS.md 3)",
            ),
            # 7
            (
                "SUPPORT",
                ("said", "He said Jakarta"),
                (("He", "He said Jakarta"),) + IGO,
                (("Jakarta", "He said"),) + IDN_GOV,
                JKT,
                "1987-03-24",
                "day",
                None,
                "asserted",
                None,
                "Jakarta's willingness to move quickly saved Indonesia from difficulties (praise of the government's "
                "conduct; STATEMENT arguable); DCT",
            ),
            # 8
            (
                "STATEMENT",
                "announced",
                (("Indonesia", "other countries."),) + IDN_GOV,
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "has announced a series of measures since May to stimulate exports and investment (domestic measures: "
                "content; 18a's 'announced a series of deregulation moves'); 'since May' has no single value: undated",
            ),
            # 9
            (
                "CONSULT",
                "arrived",
                CONABLE_LATE,
                (None,) + IDN_GOV,
                INDONESIA_TXT,
                "1987-03-21",
                "day",
                "on Saturday",
                "asserted",
                None,
                "Conable arrived in Indonesia on Saturday (a visit, host implied; Sat 21 March before Tue 24 March)",
            ),
            # 10
            (
                "CONSULT",
                ("met", "has since"),
                CONABLE_LATE,
                ("14 Indonesian cabinet ministers",) + IDN_GOV,
                INDONESIA_TXT,
                "1987-03",
                "month",
                "on Saturday",
                "asserted",
                None,
                "has since met 14 cabinet ministers: placed inside the visit begun on Saturday (rule 3: 21-24 March, "
                "month precision, EVENTS.md 21); 'to review' its purpose",
            ),
        ],
        "skip": [
            (("help", "support to"), "purpose clause"),
            (("adjust", "Indonesia"), "content of the pledge"),
            (("deregulation", "further"), "content of the request"),
            ("Speaking", "participle of the reporting clause (EVENTS.md 3)"),
            ("liberalise", "content of the request"),
            (("deregulate", "economy and"), "content of the request"),
            ("hurt", "no acting actor (oil-price fall)"),
            (("fall", "the fall in oil"), "market-price movement"),
            (("cut", "which"), "market effect (statistics)"),
            ("received", "aggregate lending over 20 years (background statistics; AID arguable)"),
            (("help", "loan last month to"), "purpose clause"),
            (("back", "prepared to"), "content of the offer"),
            ("taking", "content of the offer"),
            (("adjust", "steps to"), "content of the offer"),
            (("support", "prepared to"), "content of the quoted promise"),
            ("believe", "part of the quote"),
            ("willingness", "content of the praise"),
            (("move", "willingness to"), "content of the praise"),
            ("collapse", "market-price movement"),
            ("saved", "content of the praise"),
            ("faced", "stative"),
            ("devalued", "exchange-rate measure (monetary operation, EVENTS.md 10)"),
            ("avoid", "purpose clause"),
            ("measures", "content of the announcement (domestic measures)"),
            ("stimulate", "purpose clause"),
            (("encourage", "exports,"), "purpose clause"),
            ("revitalise", "purpose clause"),
            ("remain in place", "stative"),
            ("review", "purpose clause"),
            (("falling", "impact of"), "market-price movement"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Barber Conable", "PERSON", None),
            (("Bank", "pledged the"), "ORG", None),
            ("Indonesia", "GPE", "IDN"),
            ("Suharto", "PERSON", "IDN"),
            ("Jakarta", "GPE", "IDN"),
            (("Indonesia", "trade policy."), "GPE", "IDN"),
            ("Third World", "LOC", None),
            (("World Bank", "billion dlrs from the"), "ORG", None),
            (("Conable", "past 20 years."), "PERSON", None),
            (("World Bank", "Conable said the"), "ORG", None),
            (("Indonesia", "granted"), "GPE", "IDN"),
            (("Jakarta", "prepared to back"), "GPE", "IDN"),
            ("Indonesian", "NORP", "IDN"),
            (("Jakarta", "He said"), "GPE", "IDN"),
            (("Indonesia", "saved"), "GPE", "IDN"),
            (("Indonesia", "other countries."), "GPE", "IDN"),
            (("Conable", "remain in place."), "PERSON", None),
            (("Indonesia", "arrived in"), "GPE", "IDN"),
            (("Indonesian", "14"), "NORP", "IDN"),
        ],
    },
    "reuters21578-13024": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The White House",) + USA_GOV,
                None,
                WAS,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "the interest-rate rise was unfortunate but reflected market forces (assessment); DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                ("said", "Marlin Fitzwater"),
                ("Marlin Fitzwater",) + USA_GOV,
                None,
                WAS,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "the economy is strong and growing, rates always fluctuate (a quote with new content, not a restatement "
                "of the lead); DCT",
            ),
        ],
        "skip": [
            (("rise", "the"), "market movement (interest rates)"),
            ("reflected", "content of the statement"),
            ("believe", "part of the quote"),
            ("raised", "a bank's own prime-rate pricing (no type, 45b/46a)"),
            (("move", "point and the"), "anaphoric nominal (the prime-rate rise)"),
            ("followed", "market pricing by unnamed banks"),
        ],
        "entities": [
            ("White House", "ORG", "USA"),
            ("Marlin Fitzwater", "PERSON", "USA"),
            ("Citibank", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
