"""Build ``own_blind14a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind14a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl (2,971 left, also minus the 32 stories drawn for own_blind12 and
own_blind13; the ids of two earlier unlabelled reviews were not kept, so up to ~1 of these may
overlap them); 24 drawn with random.Random(14101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 0-7. See GUIDELINES.md.

Judgement calls made here:
* Papua New Guinea: setting up a public resources corporation is a domestic measure with no type,
  so Kaputin's "said" / "told Parliament" / "he said" clauses are STATEMENTs (DCT, Port Moresby);
  "did not say when" is a withheld STATEMENT (negated) and the "but said" that follows a second
  record; what the government "would study" is content.
* Herrington: proposing tax incentives to the Reagan Administration, the domestic policy council
  and the cabinet is an internal proposal within one government (no type): his "said", "told" and
  the two later "said" clauses are STATEMENTs. "a DOE study released yesterday" is a report by a
  named author with its own date: STATEMENT 1987-03-17; its "warning" is the study's content (a
  document, no consequence from a speaker: not THREATEN).
* Woodhouse, Drake and Carey (a London trade house, BUS GBR): each "said"/"added" of its weekly
  report is a STATEMENT (DCT). "Whitehouse added" is taken as the same house (likely a typo for
  Woodhouse): ORG GBR. China "paying market levels" and Thai raws "traded to China" are market
  activity with no identified counterpart (sellers unnamed; "Thai" names the sugar's origin, not an
  actor): skipped, as are the bids, offers and price moves.
* Ecuador: "is negotiating with Nigeria" is CONSULT, undated (no time expression; "told Reuters" is
  attribution); "was negotiating a shipments schedule" is a later mention (Nigeria implied); the
  loan Nigeria would make is the content of the talks (skipped). "is finalizing details for a
  program" is CONSULT toward Venezuela (the other party of the program) and "Venezuela would
  temporarily lend the country 50,000 bpd" is AID planned (an arranged programme, like convention
  8's reflagging plan). The export suspension after the quake has no target (skipped).
* Bank of England (two stories): the help and bill purchases are monetary operations and the
  liquidity flows have no actor; "said" is the only record. "said it forecast a shortage" is one
  speech act: STATEMENT on "said", "forecast" skipped as the same act.
* Taiwan: "a five-year forecast by the Economic Ministry showed" is the ministry's forecast release
  (STATEMENT on "forecast", DCT, as a named author's report); "the ministry document said" is a
  document saying (convention 4: skipped). Lee's "said", "told Reuters", "He said" and "He added"
  are STATEMENTs; the incentives "to be introduced in May or June" are a domestic measure (content).
* Kuwait tankers (relayed: "U.S. Officials were quoted by the New York Times as saying", so every
  event is undated and the quoting/saying clauses are attribution): "may re-register part of its
  tanker fleet with ... the U.S. And USSR" is COOPERATE hypothetical, split (convention 12) -
  Kuwait is the actor, so not AID; "looking at flagging-out to European registries" is the same
  type toward a group (null). "had earlier declined an offer of U.S. Naval escorts" is REJECT toward
  the USA ("earlier" gives no value). "may get Soviet escorts" (Soviet tankers carrying Kuwaiti oil)
  is AID hypothetical SUN -> KWT; "had earlier considered having both USSR and U.S. Escorts" is AID
  hypothetical, split, toward Kuwait; "the U.S. Was unwilling to give the Soviet Union a naval role"
  is REJECT toward the USSR. "Kuwait has backed Iraq" is SUPPORT; "the target of Iranian attacks" is
  ASSAULT IRN -> Kuwait's ships; "have been negotiating for over a month" is CONSULT USA -> KWT,
  undated (a duration is no date).
* Entities: "The Papua New Guinea Government" gives GPE "Papua New Guinea"; "Parliament" (PNG's)
  is an ORG; "Reagan Administration" gives PERSON "Reagan"; "House Energy subcommittee" and "DOE"
  are ORG USA; "Persian Gulf", "Gulf", "Western Hemisphere" and "Far East" are LOC null; "New York"
  in futures references is a GPE; "U.S." in "U.S. Dlrs" and "Taiwan" in "Taiwan dlrs" are GPE
  mentions; "Washington" for the U.S. is a GPE; "Kuwaiti" in "Kuwaiti-owned" is NORP; "African" and
  "European" are NORP null; Reuters is ORG GBR; the common nouns "the Government", "the
  Administration", "the central bank" and "exchequer" are not names.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

PMO = ("PORT MORESBY", "PNG")
WAC = ("WASHINGTON", "USA")
LON = ("LONDON", "GBR")
TPE = ("TAIPEI", "TWN")
KAPUTIN = (("Kaputin", "Kaputin did not"), "PNG", "GOV")
WDC = ("Woodhouse, Drake and Carey", "GBR", "BUS")
KUWAIT = ("Kuwait", "KWT", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-1948": {
        "events": [
            ("STATEMENT", ("said", "John Kaputin"), ("Minerals and Energy Minister John Kaputin", "PNG", "GOV"), None, PMO,
             "1987-03-05", "day", None, "asserted", None,
             "announcement of a domestic public corporation (no type): reporting clause"),
            ("STATEMENT", "told", (("he", 'projects," he told'), "PNG", "GOV"), None, PMO,
             "1987-03-05", "day", None, "asserted", None, "told Parliament (quoted intention)"),
            ("STATEMENT", ("said", "would be maintained"), (("he", "maintained, he"), "PNG", "GOV"), None, PMO,
             "1987-03-05", "day", None, "asserted", None, "existing equity policy maintained (domestic)"),
            ("STATEMENT", ("said", "Kaputin said Papua"), (("Kaputin", "Kaputin said Papua"), "PNG", "GOV"), None, PMO,
             "1987-03-05", "day", None, "asserted", None, "assessment: exploration boom"),
            ("STATEMENT", ("said", "orderly way"), (("he", 'orderly way," he'), "PNG", "GOV"), None, PMO,
             "1987-03-05", "day", None, "asserted", None, "quoted determination (domestic)"),
            ("STATEMENT", ("say", "did not say"), KAPUTIN, None, PMO,
             "1987-03-05", "day", None, "negated", None, "withheld statement: did not say when"),
            ("STATEMENT", ("said", "but said"), KAPUTIN, None, PMO,
             "1987-03-05", "day", None, "asserted", None, "the government would study its role (content)"),
        ],
        "skip": [
            ("establish", "creation of a domestic public corporation: no type (content)"),
            ("intend to provide", "quoted intention, content of the statement"),
            ("maintained", "domestic policy, content"),
            ("take over", "hypothetical domestic transfer, content"),
            ("spending", "statistics, unnamed companies"),
            ("determined to ensure", "content of the quote"),
            (("established", "corporation would be"), "content of the withheld statement"),
            ("study", "content of the statement (domestic)"),
        ],
        "entities": [
            ("Papua New Guinea", "GPE", "PNG"),
            ("John Kaputin", "PERSON", "PNG"),
            ("Parliament", "ORG", "PNG"),
            (("Kaputin", "Kaputin said Papua"), "PERSON", "PNG"),
            (("Papua New Guinea", "Kaputin said"), "GPE", "PNG"),
            ("Papua New Guinean", "NORP", "PNG"),
            (("Kaputin", "Kaputin did not"), "PERSON", "PNG"),
        ],
    },
    "reuters21578-6746": {
        "events": [
            ("STATEMENT", "said", ("Energy Secretary John Herrington", "USA", "GOV"), None, WAC,
             "1987-03-18", "day", None, "asserted", None,
             "will propose tax incentives to his own administration: internal proposal, no type"),
            ("STATEMENT", "told", (("Herrington", "Herrington told"), "USA", "GOV"), None, WAC,
             "1987-03-18", "day", None, "asserted", None, "told a House subcommittee hearing (options, intention)"),
            ("STATEMENT", ("said", "barrels"), (("he", 'day," he said'), "USA", "GOV"), None, WAC,
             "1987-03-18", "day", None, "asserted", None, "production goal"),
            ("STATEMENT", "released", ("DOE", "USA", "GOV"), None, None,
             "1987-03-17", "day", "yesterday", "asserted", None,
             "a DOE study released yesterday (report by a named author, own date)"),
            ("STATEMENT", ("said", '1995," Herrington'), (("Herrington", "1995"), "USA", "GOV"), None, WAC,
             "1987-03-18", "day", None, "asserted", None, "forecast of Gulf dependence"),
        ],
        "skip": [
            ("propose", "internal proposal to his own administration (content, no type)"),
            ("avoiding", "content of the quote"),
            ("submit", "internal submission (content of the quote)"),
            ("shoot for", "target, content of the quote"),
            ("based", "no event"),
            ("warning", "content of the study (a document)"),
            ("threatened", "content of the study, no acting actor"),
            ("project", "forecast inside the quote (part of the statement)"),
        ],
        "entities": [
            ("John Herrington", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Herrington", "Herrington told"), "PERSON", "USA"),
            ("House Energy subcommittee", "ORG", "USA"),
            ("DOE", "ORG", "USA"),
            ("United States", "GPE", "USA"),
            ("Persian Gulf", "LOC", None),
            (("Herrington", "1995"), "PERSON", "USA"),
        ],
    },
    "reuters21578-19373": {
        "events": [
            ("STATEMENT", ("said", "Carey,"), WDC, None, LON,
             "1987-06-19", "day", None, "asserted", None, "weekly report of a named trade house"),
            ("STATEMENT", ("said", "futures, it"), (("it", "futures, it"), "GBR", "BUS"), None, LON,
             "1987-06-19", "day", None, "asserted", None, "market report"),
            ("STATEMENT", ("said", "Woodhouse said"), (("Woodhouse", "Woodhouse said"), "GBR", "BUS"), None, LON,
             "1987-06-19", "day", None, "asserted", None, "market report"),
            ("STATEMENT", ("said", "trading, it"), (("it", "trading, it"), "GBR", "BUS"), None, LON,
             "1987-06-19", "day", None, "asserted", None, "market report"),
            ("STATEMENT", "added", ("Whitehouse", "GBR", "BUS"), None, LON,
             "1987-06-19", "day", None, "asserted", None, "market report ('Whitehouse' taken as the trade house)"),
        ],
        "skip": [
            ("paying", "market purchases, sellers unnamed"),
            ("traded", "market trade, no identified seller ('Thai' is the sugar's origin)"),
            ("covered", "market activity by the trade"),
            ("Enquiries", "market activity, unnamed buyers"),
            ("rose", "market-price movement"),
            ("bid", "market activity, unnamed bidders"),
            ("offered", "market activity, unnamed sellers"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("London", "GPE", "GBR"),
            ("Woodhouse, Drake and Carey", "ORG", "GBR"),
            ("Thai", "NORP", "THA"),
            (("China", "traded to"), "GPE", "CHN"),
            ("New York", "GPE", "USA"),
            (("New York", "premium"), "GPE", "USA"),
            (("Woodhouse", "Woodhouse said"), "ORG", "GBR"),
            ("Western Hemisphere", "LOC", None),
            ("Dominican Republic", "GPE", "DOM"),
            ("Mexican", "NORP", "MEX"),
            (("New York", "Mexican"), "GPE", "USA"),
            ("Far East", "LOC", None),
            ("Whitehouse", "ORG", "GBR"),
        ],
    },
    "reuters21578-9527": {
        "events": [
            ("CONSULT", "negotiating", ("Ecuador", "ECU", "GOV"), ("Nigeria", "NGA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "negotiating an oil loan with Nigeria; no time expression; 'told Reuters' is attribution"),
            ("CONSULT", ("negotiating", "He said"), (("Ecuador", "He said"), "ECU", "GOV"), (None, "NGA", "GOV"), None,
             None, "unknown", None, "asserted", 0, "later mention: negotiating the schedule and repayment terms"),
            ("CONSULT", "finalizing", (("Ecuador", "added Ecuador"), "ECU", "GOV"), ("Venezuela", "VEN", "GOV"), None,
             None, "unknown", None, "asserted", None, "finalizing details of the Venezuelan lending program"),
            ("AID", ("lend", "Venezuela would"), ("Venezuela", "VEN", "GOV"), (("the country", "temporarily lend"), "ECU", "GOV"),
             None, None, "unknown", None, "planned", None, "oil loan under a program being finalized"),
        ],
        "skip": [
            ("Earthquake", "natural disaster"),
            ("lend", "content of the negotiations (loan sought from Nigeria)"),
            ("told", "attribution"),
            (("said", "He said"), "attribution"),
            ("repaying", "content of the negotiations"),
            (("loan", "repaying the"), "anaphoric nominal"),
            ("suspended", "export suspension after the quake: no target, no type"),
            ("repairs", "no type"),
            ("ruputured", "accident (earthquake damage)"),
            ("tremor", "natural disaster"),
            ("added", "attribution"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("Nigeria", "GPE", "NGA"),
            ("African", "NORP", None),
            ("Fernando Santos Alvite", "PERSON", "ECU"),
            ("Reuters", "ORG", "GBR"),
            (("Ecuador", "He said"), "GPE", "ECU"),
            (("Ecuador", "Ecuador has"), "GPE", "ECU"),
            (("Santos Alvite", "Santos Alvite added"), "PERSON", "ECU"),
            (("Ecuador", "added Ecuador"), "GPE", "ECU"),
            ("Venezuela", "GPE", "VEN"),
        ],
    },
    "reuters21578-7080": {
        "events": [
            ("STATEMENT", "said", ("The Bank of England", "GBR", "GOV"), None, LON,
             "1987-03-19", "day", None, "asserted", None, "the help is a monetary operation"),
        ],
        "skip": [
            ("gave", "money-market assistance (monetary operation)"),
            ("help", "monetary operation"),
            ("revised estimate", "anaphoric nominal (an earlier estimate)"),
            ("bought", "bill purchases (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "takes the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-9184": {
        "events": [
            ("STATEMENT", ("forecast", "five-year"), ("the Economic Ministry", "TWN", "GOV"), None, TPE,
             "1987-03-25", "day", None, "asserted", None,
             "the ministry's five-year forecast (a named author's report; 'showed' part of it)"),
            ("STATEMENT", ("said", "Investment Centre"), ("Lee Ming-Yi", "TWN", "GOV"), None, TPE,
             "1987-03-25", "day", None, "asserted", None, "reasons for the forecast rise"),
            ("STATEMENT", "told", (("Lee", "Lee told"), "TWN", "GOV"), None, TPE,
             "1987-03-25", "day", None, "asserted", None, "incentives (domestic measures) described"),
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "TWN", "GOV"), None, TPE,
             "1987-03-25", "day", None, "asserted", None, "the moves are part of efforts to cut the surplus"),
            ("STATEMENT", "added", (("He", "U.S., He"), "TWN", "GOV"), None, TPE,
             "1987-03-25", "day", None, "asserted", None, "assessment"),
        ],
        "skip": [
            ("double", "statistics forecast, content"),
            ("showed", "document verb of the forecast (recorded on 'forecast')"),
            ("totalled", "statistics"),
            (("said", "document"), "a document saying (convention 4)"),
            ("introduced", "domestic incentives, content of the statement"),
            ("encourage", "content of the statement"),
            ("cut", "content of the statement"),
            (("rose", "Washington, which"), "statistics"),
            ("create", "content of the statement"),
            ("avoid", "content of the statement"),
            ("set up", "content of the statement (condition)"),
        ],
        "entities": [
            ("Taiwanese", "NORP", "TWN"),
            ("U.S.", "GPE", "USA"),
            (("U.S.", "80 mln"), "GPE", "USA"),
            ("Economic Ministry", "ORG", "TWN"),
            (("Taiwanese", "showed."), "NORP", "TWN"),
            (("U.S.", "U.S. Last year"), "GPE", "USA"),
            ("Lee Ming-Yi", "PERSON", "TWN"),
            ("Industrial Development and Investment Centre", "ORG", "TWN"),
            (("Taiwanese", "willingness among"), "NORP", "TWN"),
            (("Lee", "Lee told"), "PERSON", "TWN"),
            ("Reuters", "ORG", "GBR"),
            (("U.S.", "invest in the U.S. To"), "GPE", "USA"),
            (("Taiwan", "mln Taiwan"), "GPE", "TWN"),
            (("U.S.", "investment in the U.S. Are"), "GPE", "USA"),
            (("Taiwan", "part of Taiwan"), "GPE", "TWN"),
            ("Washington", "GPE", "USA"),
            (("U.S.", "13.6 billion"), "GPE", "USA"),
            (("Taiwanese", "Taiwanese manufacturers"), "NORP", "TWN"),
            ("Americans", "NORP", "USA"),
            (("U.S.", "plants in the"), "GPE", "USA"),
        ],
    },
    "reuters21578-13542": {
        "events": [
            # 0-1
            ("COOPERATE", "re-register", KUWAIT, (("U.S.", "including the"), "USA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "may re-register tankers with the U.S. registry (split, convention 12); relayed speech: undated"),
            ("COOPERATE", "re-register", KUWAIT, ("USSR", "SUN", "GOV"), None,
             None, "unknown", None, "hypothetical", None, "may re-register tankers with the USSR"),
            # 2
            ("REJECT", "declined", (("Kuwait", "Kuwait had earlier declined"), "KWT", "GOV"),
             (("U.S.", "offer of"), "USA", "GOV"), None,
             None, "unknown", None, "asserted", None, "declined the U.S. offer of naval escorts ('earlier': no value)"),
            # 3
            ("COOPERATE", "flagging-out", (("Kuwait", "Kuwait is also"), "KWT", "GOV"), ("European registries", None, "GOV"),
             None, None, "unknown", None, "hypothetical", None, "considering flagging-out to European registries"),
            # 4
            ("AID", ("escorts", "get Soviet"), (("Soviet", "get Soviet"), "SUN", "MIL"),
             (("Kuwaiti", "transporting"), "KWT", "GOV"), None,
             None, "unknown", None, "hypothetical", None, "may give escorts to tankers carrying Kuwaiti oil"),
            # 5-6
            ("AID", ("Escorts", "USSR and U.S."), (("USSR", "both USSR"), "SUN", "MIL"),
             (("Kuwait", "Kuwait had earlier considered"), "KWT", "GOV"), None,
             None, "unknown", None, "hypothetical", None, "escorts Kuwait had considered (split)"),
            ("AID", ("Escorts", "USSR and U.S."), (("U.S.", "USSR and"), "USA", "MIL"),
             (("Kuwait", "Kuwait had earlier considered"), "KWT", "GOV"), None,
             None, "unknown", None, "hypothetical", None, "escorts Kuwait had considered (split)"),
            # 7
            ("REJECT", "unwilling", (("U.S.", "but the U.S."), "USA", "GOV"), ("Soviet Union", "SUN", "GOV"), None,
             None, "unknown", None, "asserted", None, "unwilling to give the Soviet Union a naval role (refusal)"),
            # 8
            ("SUPPORT", "backed", (("Kuwait", "Kuwait has backed"), "KWT", "GOV"), ("Iraq", "IRQ", "GOV"), None,
             None, "unknown", None, "asserted", None, "backing of Iraq in the war; no time expression"),
            # 9
            ("ASSAULT", ("attacks", "target of Iranian"), (("Iranian", "target of"), "IRN", "MIL"),
             ("its ships", "KWT", "BUS"), None,
             None, "unknown", None, "asserted", None, "Kuwaiti ships the target of Iranian attacks"),
            # 10
            ("CONSULT", ("negotiating", "The U.S. And Kuwait"), (("U.S.", "The U.S. And Kuwait"), "USA", "GOV"),
             (("Kuwait", "The U.S. And Kuwait"), "KWT", "GOV"), None,
             None, "unknown", None, "asserted", None, "negotiating 'for over a month' (a duration, no date)"),
        ],
        "skip": [
            ("attacks", "purpose clause (protection from attacks)"),
            ("protect", "purpose clause"),
            ("quoted", "attribution of relayed speech"),
            ("saying", "attribution of relayed speech"),
            ("transfers", "anaphoric nominal"),
            ("escort", "hypothetical consequence, unnamed country of registration"),
            ("offer", "background nominal (content of the refusal)"),
            (("said", "protection, they"), "attribution"),
            ("looking", "the consideration (the flagging-out is the event)"),
            (("said", "registries, the officials"), "attribution"),
            (("said", "Soviet escorts, the officials"), "attribution"),
            ("considered", "Kuwait's consideration (the escorts are the events)"),
            ("give", "content of the refusal"),
            (("quoted", "the newspaper"), "attribution of relayed speech"),
            (("saying", "newspaper quoted"), "attribution of relayed speech"),
            ("war", "background nominal"),
            ("protecting", "content of the talks"),
        ],
        "entities": [
            ("Kuwait", "GPE", "KWT"),
            (("U.S.", "including the"), "GPE", "USA"),
            ("USSR", "GPE", "SUN"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            (("U.S.", "zone,"), "GPE", "USA"),
            ("New York Times", "ORG", "USA"),
            (("Kuwaiti", "escort"), "NORP", "KWT"),
            (("Gulf", "ships in the"), "LOC", None),
            (("Kuwait", "Kuwait had earlier declined"), "GPE", "KWT"),
            (("U.S.", "offer of"), "GPE", "USA"),
            (("Kuwait", "Kuwait is also"), "GPE", "KWT"),
            ("European", "NORP", None),
            ("Soviet", "NORP", "SUN"),
            (("Kuwaiti", "transporting"), "NORP", "KWT"),
            (("Gulf", "through the"), "LOC", None),
            (("Soviet", "get Soviet"), "NORP", "SUN"),
            (("Kuwait", "Kuwait had earlier considered"), "GPE", "KWT"),
            (("USSR", "both USSR"), "GPE", "SUN"),
            (("U.S.", "USSR and"), "GPE", "USA"),
            (("U.S.", "but the U.S."), "GPE", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("Kuwait", "Kuwait has backed"), "GPE", "KWT"),
            ("Iraq", "GPE", "IRQ"),
            (("Iran", "war against"), "GPE", "IRN"),
            (("Iranian", "target of"), "NORP", "IRN"),
            (("U.S.", "The U.S. And Kuwait"), "GPE", "USA"),
            (("Kuwait", "The U.S. And Kuwait"), "GPE", "KWT"),
            (("Kuwaiti", "protecting"), "NORP", "KWT"),
        ],
    },
    "reuters21578-10321": {
        "events": [
            ("STATEMENT", "said", ("The Bank of England", "GBR", "GOV"), None, LON,
             "1987-03-27", "day", None, "asserted", None, "shortage forecast ('said it forecast': one speech act)"),
        ],
        "skip": [
            ("forecast", "the same speech act as 'said' (one record)"),
            ("drain", "liquidity flows, no actor"),
            ("take out", "liquidity flows"),
            ("add", "liquidity flows"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind14a.jsonl")
