"""Build ``own_blind28b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind28b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,754 left); 24 drawn with random.Random(28101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
28 event records (23 first mentions, 5 later mentions), 97 not_annotated spans, 86 entity mentions;
no article without events; 18689 (Shell Canada postings) and 7027 (Bank of England help) have a single
reporting-clause STATEMENT each, 1931 (Bank of England early help) and 10406 (Indian countertrade)
reporting-clause STATEMENTs only. Types: STATEMENT 15, THREATEN 4, ACCUSE 3, COOPERATE 2, SANCTION 2,
REJECT 1, CONSULT 1; modality: asserted 26, planned 1, negated 1; precision: day 22, unknown 6.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed: "Europe" inside "European
Community", and the first "Congress passed" for the Congress of the vetoed bill). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Belgian Foreign Trade Minister Herman De Croo":
NORP "Belgian" and the PERSON; "Judge Barrington Parker": the PERSON; "A U.S. Judge": the GPE only);
bracketed company names are tagged without brackets, tickers left out; a subsidiary takes the country
its name gives (Mitsui and Co USA Inc ORG USA, Mitsui and Co ORG JPN, as 24a's San Paolo U.S. Holding);
Imatron Inc / "Imatron" ORG USA ("California-based": GPE "California"); McDermott International Inc ORG
PAN (the text gives Panama as its country of incorporation, as 18b's Bermuda-based Hawley; USA arguable
from the New Orleans dateline); "Panamanian National Securities Commission" one ORG span PAN (a body with
its country word), "Panamanian" (regulations) NORP PAN; Shell Canada ORG CAN; the Royal Dutch/Shell Group
(and its misspelt "Royal Dtuch/Shell Group") ORG NLD (the name's "Dutch"; the group is Anglo-Dutch, null
or GBR arguable); "Canadian" in "Canadian cts" / "Canadian dlrs" NORP CAN (21b / 27b), "Indian" in
"Indian rupees" NORP IND; Edmonton and Swann Hills GPE CAN; the State Trading Corp / STC and the Minerals
and Metals Trading Corp / MMTC ORG IND; Reuters ORG GBR; the Eastern Bloc LOC null (16a); the Soviet Union
GPE SUN, "Soviet" NORP SUN; Congress ORG USA; "Administration" (capitalised, "Administration officials":
the U.S. administration) ORG USA; "Democratic" NORP USA (21b); "American" NORP USA; the European
Community / EC ORG null; "Europe" and "the Atlantic" LOC null; "Asian" NORP null; "the West" ("The clouts
are coming fom [sic] the West", said in Washington by a European about U.S. officials) LOC USA (18b's "West");
"Iran" and "contra" inside "Iran-contra" tagged separately (GPE IRN, NORP NIC as 24a's "contras");
the White House ORG USA; Oliver North, Lawrence Walsh, Barrington Parker PERSON USA; lower-case bodies
("commerce ministry", "the central bank", "discount houses") and currencies are not entities.

Judgement calls made here:
* 6953 (Mitsui / Imatron): "A Mitsui and Co spokesman said its subsidiary <Mitsui and Co USA Inc> bought
  two mln dlrs of newly-issued shares in <Imatron Inc>" is COOPERATE USA BUS -> USA BUS (a stake
  acquisition between companies, 10b / 17b; the buying subsidiary's country from its name), undated
  (rule 17), the spokesman's "said" rule-3 attribution and the share issue corporate finance (skipped).
  The shareholding is stative. "Imatron is capitalised at 32.76 mln dlrs, the spokesman said" is a
  STATEMENT (JPN BUS, DCT, TOKYO). "Mitsui and Co intends to import Imatron's computerised diagnostic
  equipment into Japan, he said" is COOPERATE planned JPN -> Imatron (USA BUS) on "import" (trade between
  two identified companies; "intends" the intention frame, skipped, as 24a's "expects to win"), undated
  (a present intention with no time expression), located in Japan, "he said" attribution.
* 1197 (De Croo on the textile bill, DCT Tue 1987-03-03, WASHINGTON): "De Croo said if Congress passed
  legislation curbing world textile imports the only way the European Community (EC) could react was to
  retaliate" is THREATEN BEL -> USA (Congress) on "said": conditional retaliation (guidelines: a
  conditional threat is THREATEN, itself asserted); the Belgian speaker is actor1 although he speaks of
  the EC's reaction (null for the EC arguable). "And that he said would trigger EC taxes on U.S. goods",
  '... said if a textile bill passed, "the only way we could react would be retaliation ..."' and 'He
  said if a textile bill was enacted, "we will impose taxes on a lot of American products."' restate the
  same threat: later mentions (THREATEN BEL -> USA, DCT; the quotes are quoted restatements, EVENTS.md
  3; the taxes spelled out rather than a new threat). 'De Croo said at a news conference "if you limit
  textile imports, you will re-orient textiles to Europe."' is a STATEMENT (a forecast), as are 'He said
  "it would be stupid. We have to avoid that."', "He said Congressmen seem upset mosty [sic] with Japan ...
  but EC nations will be hurt" (the Congressmen's mood is content; ACCUSE by them arguable) and "He said
  it then is a crisis atmosphere with officials cross the Atlantic ..." (both sides, no target).
  "Congress passed a textile bill two years ago, but it was vetoed by President Reagan" codes the veto
  as REJECT USA -> Congress (USA; a veto is REJECT, EVENTS.md 7), undated: "two years ago" governs only
  the first conjunct (EVENTS.md 18); the passing of the never-enacted bill is a vote of one body
  (skipped; SANCTION arguable), the bill's introduction this year a legislative step with no type.
  "De Croo, here for talks with Administration officials and Congressmen" is CONSULT BEL -> USA (visitor
  first; a same-country compound, one record), located in Washington ("here" = the dateline city),
  asserted, undated (an appositive with no time expression; DCT arguable, as he is here now). "De Croo
  also criticized the way U.S. officials try to solve EC trade issues, saying ..." is ACCUSE BEL -> USA
  ("U.S. officials"), a wire-style verbal act at the news conference (not perfect or relayed): DCT;
  "saying" its participial elaboration. '"This is not the way to work in a serious way between two big
  powers," De Croo said' is the criticism's quoted restatement (later mention, actor2 implied USA;
  STATEMENT arguable).
* 18689 (Shell Canada postings): Shell Canada's posting rise "effective today" is company price setting
  (no type, 15b / 22a) and is not attributed to a speaker; the only speech act is "a Shell Canada
  spokesman said" about the ownership split: STATEMENT CAN BUS, DCT, NEW YORK (dateline). Ownership is
  stative (skipped).
* 1931 (Bank of England, early round): "said it had invited an early round of bill offers" is a STATEMENT
  (the invitation is a monetary operation, 10a's 4088); "The Bank forecast the shortage in the system
  today at around 1.15 billion stg" is a second STATEMENT in its own sentence (own_dev 3533's forecast,
  10a's "It estimated"; unlike 14a's "said it forecast", which is one act): "today" is the shortage's
  day, the forecast wire style, DCT with date_text null (same value). The liquidity flows have no actor.
* 7027 (Bank of England, 181 mln stg): "said it provided the money market with 181 mln stg in assistance
  this morning" is one STATEMENT (DCT; "this morning" governs the help, same value); the help, the bill
  purchases and the dealing rates "established yesterday" are monetary operations, "the Bank's revised
  shortage forecast" an anaphoric nominal (all skipped).
* 10406 (Indian countertrade): India "searching for non-communist countertrade partners" has no
  identified counterpart (skipped; COOPERATE arguable), and every other speaker is anonymous ("trade
  sources told Reuters", "One trade source said", "the sources said" twice), so India's "targetted
  countries" and the market opening are content of that talk; "official figures show" is a document.
  The commerce ministry spokeswoman's quote gives two STATEMENTs (IND GOV, DCT, NEW DELHI): "said" and
  "adding that private firms are excluded from countertrading" (EVENTS.md 3: "said ..., adding that" is
  two records). "Total trade with the Soviet Union, involving swaps ... is estimated at 3.04 billion dlrs"
  is an agentless statistic (the swaps skipped; COOPERATE IND -> SUN arguable).
* 5708 (McDermott stake): "McDermott International Inc said the purchase of a 5.4 pct block of its stock
  was an apparent violation of the laws of Panama" is ACCUSE (an allegation) by McDermott (PAN BUS: the
  text gives Panama as its country of incorporation; USA arguable) with actor2 null (the buyer is not
  named: "not immediately available to say who had acquired" it), DCT, NEW ORLEANS. "The company said a
  detailed disclosure ... must be made" and "It said transfers of securities in violation of these
  Panamanian regulations are invalid" are STATEMENTs (generic legal rules, no act), and "The company was
  not immediately available to say who had acquired the 5.4 pct block" a withheld STATEMENT (negated,
  trigger "say", DCT; EVENTS.md 5). The unnamed buyer's purchase is skipped.
* 4618 (North's suit): "A U.S. Judge dismissed a lawsuit by fired White House aide Oliver North" is
  SANCTION USA GOV -> North (USA PERSON): an adverse ruling against a party (20a's court ruling), not a
  speech act, so with no time expression undated (rule 17); "In a 21-page ruling, Judge Barrington Parker
  threw out North's suit" is its later mention ("ruling" and "suit" skipped as nominals of the same
  ruling and suit). North's lawsuit "seeking to halt" the investigation is the object of the dismissal
  (skipped; REQUEST or ACCUSE arguable); "fired" is a dismissal from a post (not an event); the special
  prosecutor's investigation of the Iran arms scandal has no target actor named (own_dev's "probing")
  and the arms sales and the diversion of profits are background nominals. '"The nation demands an
  expeditious and complete disclosure ...," Parker said in his ruling' is a STATEMENT USA GOV (a named
  author speaking in his document, EVENTS.md 4; the demand is attributed to "the nation", so no REQUEST:
  skipped, REQUEST arguable); the ruling has no date to pass on (rule 3 does not apply), so the wire-style
  "said" takes the DCT (rule 2), location WASHINGTON.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
NYC = ("NEW YORK", "USA")
LON = ("LONDON", "GBR")
NDL = ("NEW DELHI", "IND")
NOL = ("NEW ORLEANS", "USA")
JAPAN = ("Japan", "JPN")

MITSUI_SPOKESMAN = ("A Mitsui and Co", "JPN", "BUS")
IMATRON = ("Imatron Inc", "USA", "BUS")
DE_CROO = ("Belgian Foreign Trade Minister Herman De Croo", "BEL", "GOV")
US_IMPLIED = (None, "USA", "GOV")
BOE = ("The Bank of England", "GBR", "GOV")
SPOKESWOMAN = ("a commerce ministry spokeswoman", "IND", "GOV")
MCDERMOTT = ("McDermott International Inc", "PAN", "BUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-6953": {
        "events": [
            # 0
            ("COOPERATE", "bought", ("Mitsui and Co USA Inc", "USA", "BUS"), IMATRON, None,
             None, "unknown", None, "asserted", None,
             "the U.S. subsidiary bought two mln dlrs of newly-issued Imatron shares (stake acquisition between "
             "companies, 10b/17b); the subsidiary's country from its name (24a's San Paolo U.S. Holding); no time "
             "expression; the spokesman's 'said' is rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "32.76 mln dlrs, the"), (("the spokesman", "32.76 mln dlrs, the"), "JPN", "BUS"),
             None, TOK, "1987-03-19", "day", None, "asserted", None,
             "Imatron's capitalisation (a figure, no act)"),
            # 2
            ("COOPERATE", "import", (("Mitsui and Co", "capitalised at"), "JPN", "BUS"),
             (("Imatron", "import"), "USA", "BUS"), JAPAN,
             None, "unknown", None, "planned", None,
             "Mitsui intends to import Imatron's diagnostic equipment into Japan (trade between two identified "
             "companies, planned); a present intention with no time expression: undated; 'he said' attribution"),
        ],
        "skip": [
            ("said", "rule-3 attribution (the share purchase is the event)"),
            ("newly-issued", "Imatron's share issue: corporate finance"),
            ("fifth-largest\nshareholder", "stative (shareholding)"),
            ("capitalised", "stative, content of the statement"),
            ("intends", "intention frame of the planned import (the import is the record)"),
            (("said", "into Japan, he"), "rule-3 attribution (the planned import is the event)"),
        ],
        "entities": [
            ("Mitsui and Co", "ORG", "JPN"),
            ("Mitsui and Co USA Inc", "ORG", "USA"),
            ("Imatron Inc", "ORG", "USA"),
            ("California", "GPE", "USA"),
            (("Mitsui and Co USA", "manufacturer."), "ORG", "USA"),
            (("Imatron", "is now"), "ORG", "USA"),
            (("Imatron", "outstanding shares."), "ORG", "USA"),
            (("Mitsui and Co", "capitalised at"), "ORG", "JPN"),
            (("Imatron", "import"), "ORG", "USA"),
            ("Japan", "GPE", "JPN"),
        ],
    },
    "reuters21578-1197": {
        "events": [
            # 0
            ("THREATEN", "said", DE_CROO, ("Congress", "USA", "GOV"), WAS,
             "1987-03-03", "day", None, "asserted", None,
             "conditional retaliation: if Congress passes a bill curbing textile imports the EC's only way to react "
             "is to retaliate (a conditional threat = THREATEN; the threat itself is asserted); the Belgian speaker "
             "is actor1, the U.S. Congress the target; wire-style speech act: DCT"),
            # 1
            ("STATEMENT", ("said", "De Croo said at"), (("De Croo", "De Croo said at"), "BEL", "GOV"), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "forecast at a news conference: limiting textile imports will re-orient textiles to Europe"),
            # 2
            ("THREATEN", ("said", "And that he"), (("he", "And that he"), "BEL", "GOV"),
             (("U.S.", "EC taxes on"), "USA", "GOV"), WAS,
             "1987-03-03", "day", None, "asserted", 0,
             "later mention: the retaliation spelled out (that would trigger EC taxes on U.S. goods)"),
            # 3
            ("REJECT", "vetoed", ("President Reagan", "USA", "GOV"), (("Congress", "Congress passed a"), "USA", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "veto of the textile bill passed by Congress (a veto = REJECT, EVENTS.md 7); 'two years ago' governs "
             "only the first conjunct (the passing, EVENTS.md 18): undated"),
            # 4
            ("CONSULT", "talks", (("De Croo", "De Croo, here"), "BEL", "GOV"),
             ("Administration officials and\nCongressmen", "USA", "GOV"), WAS,
             None, "unknown", None, "asserted", None,
             "De Croo is in Washington ('here') for talks with Administration officials and Congressmen (visitor "
             "first; same-country compound: one record); an appositive with no time expression: undated (DCT "
             "arguable, he is here now)"),
            # 5
            ("THREATEN", ("said", "Congressmen,"), (("De Croo", "De Croo, here"), "BEL", "GOV"), US_IMPLIED, WAS,
             "1987-03-03", "day", None, "asserted", 0,
             "later mention: quoted restatement (if a textile bill passed, the only way we could react would be "
             "retaliation)"),
            # 6
            ("THREATEN", ("said", "He said if a textile"), (("He", "He said if a textile"), "BEL", "GOV"),
             (("American", "a lot of"), "USA", "GOV"), WAS,
             "1987-03-03", "day", None, "asserted", 0,
             "later mention: quoted restatement (if a textile bill was enacted, we will impose taxes on a lot of "
             "American products)"),
            # 7
            ("STATEMENT", ("said", "He said \"it"), (("He", "He said \"it"), "BEL", "GOV"), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "assessment: it would be stupid, we have to avoid that"),
            # 8
            ("STATEMENT", ("said", "He said Congressmen"), (("He", "He said Congressmen"), "BEL", "GOV"), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "assessment: Congressmen upset mostly with Japan, but EC nations will be hurt by diverted Asian "
             "textiles (the Congressmen's mood is content; ACCUSE by them arguable)"),
            # 9
            ("ACCUSE", "criticized", (("De Croo", "De Croo also"), "BEL", "GOV"), ("U.S. officials", "USA", "GOV"), WAS,
             "1987-03-03", "day", None, "asserted", None,
             "criticised the way U.S. officials try to solve EC trade issues; a wire-style verbal act at the news "
             "conference (not perfect or relayed): DCT; 'saying' its participial elaboration"),
            # 10
            ("STATEMENT", ("said", "He said it then"), (("He", "He said it then"), "BEL", "GOV"), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "description: a crisis atmosphere with officials across the Atlantic, dramatised by headlines (both "
             "sides, no target named)"),
            # 11
            ("ACCUSE", ("said", "powers,\" De Croo"), (("De Croo", "powers,\" De Croo"), "BEL", "GOV"), US_IMPLIED, WAS,
             "1987-03-03", "day", None, "asserted", 9,
             "later mention: quoted restatement of the criticism (this is not the way to work between two big "
             "powers)"),
        ],
        "skip": [
            (("passed", "if Congress"), "condition of the threat"),
            ("curbing", "content of the condition (the bill)"),
            ("react", "content of the threat"),
            ("retaliate", "content of the threat"),
            ("news conference", "setting of the statements (part of the reporting clause)"),
            ("limit", "condition (content of the statement)"),
            ("re-orient", "content of the statement"),
            (("trigger", "he said would"), "content of the threat"),
            (("taxes", "EC taxes"), "content of the threat (the EC's retaliatory taxes)"),
            (("passed", "Congress passed a"), "passing of a bill by one body, later vetoed: domestic legislation "
             "(SANCTION arguable; never enacted)"),
            (("curbing", "grounds that"), "content of the veto's grounds"),
            ("protect", "purpose (content of the grounds)"),
            (("trigger", "industry would"), "hypothetical content of the veto's grounds"),
            (("retaliation", "would trigger"), "hypothetical content of the veto's grounds"),
            ("introducted", "introduction of a bill in Congress: domestic legislative step, no type"),
            ("weakened", "stative (the President's position)"),
            ("scandal", "background nominal (the Iran scandal)"),
            (("passed", "if a textile bill"), "condition of the threat"),
            (("retaliation", "react would be"), "content of the threat"),
            (("retaliation", "cause more"), "content of the threat"),
            (("deal", "good way to"), "content of the quote"),
            ("enacted", "condition of the threat"),
            ("impose", "content of the threat"),
            (("taxes", "impose"), "content of the threat"),
            ("avoid", "content of the statement"),
            ("upset", "content of the statement (the Congressmen's mood; ACCUSE arguable)"),
            ("hurt", "content of the statement"),
            ("diverted", "content of the statement"),
            ("solve", "object of the criticism"),
            ("saying", "participial elaboration of the criticism (EVENTS.md 3)"),
            ("come in contact", "content of the quote"),
            ("conflict", "content of the quote"),
            ("coming", "content of the quote"),
            ("dramatized", "content of the statement"),
            (("work", "the way to"), "content of the quote"),
        ],
        "entities": [
            ("Belgian", "NORP", "BEL"),
            ("Herman\nDe Croo", "PERSON", "BEL"),
            ("Congress", "ORG", "USA"),
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            (("De Croo", "De Croo said at"), "PERSON", "BEL"),
            (("Europe", "textiles to"), "LOC", None),
            (("EC", "trigger"), "ORG", None),
            ("U.S.", "GPE", "USA"),
            (("Congress", "Congress passed a"), "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "retaliation"), "GPE", "USA"),
            (("Congress", "in a"), "ORG", "USA"),
            ("Democratic", "NORP", "USA"),
            ("Iran", "GPE", "IRN"),
            (("De Croo", "De Croo, here"), "PERSON", "BEL"),
            ("Administration", "ORG", "USA"),
            ("American", "NORP", "USA"),
            ("Japan", "GPE", "JPN"),
            (("EC", "and not with"), "ORG", None),
            (("EC", "but EC"), "ORG", None),
            ("Asian", "NORP", None),
            (("De Croo", "De Croo also"), "PERSON", "BEL"),
            (("U.S.", "the way"), "GPE", "USA"),
            (("EC", "try to solve"), "ORG", None),
            ("West", "LOC", "USA"),
            ("Atlantic", "LOC", None),
            (("De Croo", "powers,\""), "PERSON", "BEL"),
        ],
    },
    "reuters21578-18689": {
        "events": [
            # 0
            ("STATEMENT", "said", ("a Shell Canada spokesman", "CAN", "BUS"), None, NYC,
             "1987-06-18", "day", None, "asserted", None,
             "ownership of Shell Canada (72 pct Royal Dutch/Shell, 28 pct public): stative content; the posting "
             "rise itself is company price setting (15b/22a), not attributed to a speaker"),
        ],
        "skip": [
            ("owned", "stative (ownership)"),
            ("raised", "company price setting (crude postings): no type (15b/22a)"),
            ("owns", "stative (ownership)"),
            (("own", "Canadian,"), "stative (ownership)"),
        ],
        "entities": [
            ("Shell Canada", "ORG", "CAN"),
            ("Royal Dutch/Shell Group", "ORG", "NLD"),
            ("Edmonton", "GPE", "CAN"),
            ("Swann Hills", "GPE", "CAN"),
            ("Canadian", "NORP", "CAN"),
            (("Canadian", "25.60"), "NORP", "CAN"),
            (("Canadian", "24.08"), "NORP", "CAN"),
            ("Royal Dtuch/Shell Group", "ORG", "NLD"),
            (("Shell Canada", "72 pct of"), "ORG", "CAN"),
            (("Canadian", "primarily"), "NORP", "CAN"),
            (("Shell Canada", "a Shell Canada"), "ORG", "CAN"),
        ],
    },
    "reuters21578-1931": {
        "events": [
            # 0
            ("STATEMENT", "said", BOE, None, LON,
             "1987-03-05", "day", None, "asserted", None,
             "the invitation of early bill offers is a monetary operation (10a's 4088)"),
            # 1
            ("STATEMENT", "forecast", (("The Bank", "discount houses."), "GBR", "GOV"), None, LON,
             "1987-03-05", "day", None, "asserted", None,
             "shortage forecast (own_dev 3533 / 10a 'It estimated'; its own sentence); 'today' is the shortage's "
             "day, the forecast is wire-style: DCT, date_text null"),
        ],
        "skip": [
            ("invited", "money-market operation (monetary operation)"),
            ("bill offers", "money-market operation (the discount houses' offers)"),
            ("maturing", "liquidity flow, no actor"),
            ("take-up", "liquidity flow (monetary)"),
            (("drain", "will drain\nsome"), "liquidity flow, no actor"),
            (("drain", "will drain a"), "liquidity flow, no actor"),
            ("rise in note", "liquidity flow (note circulation), no actor"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "The\nBank forecast"), "ORG", "GBR"),
        ],
    },
    "reuters21578-7027": {
        "events": [
            # 0
            ("STATEMENT", "said", BOE, None, LON,
             "1987-03-19", "day", None, "asserted", None,
             "the help is a monetary operation (13a/14a/20a); 'this morning' governs the help, the 'said' is "
             "wire-style: DCT (same value)"),
        ],
        "skip": [
            ("provided", "money-market assistance (monetary operation)"),
            ("assistance", "monetary operation"),
            ("revised shortage forecast", "anaphoric nominal (an earlier shortage forecast)"),
            ("purchased", "bill purchases (monetary operation)"),
            ("established", "dealing rates set yesterday (monetary operation)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "compares with the"), "ORG", "GBR"),
        ],
    },
    "reuters21578-10406": {
        "events": [
            # 0
            ("STATEMENT", "said", SPOKESWOMAN, None, NDL,
             "1987-03-27", "day", None, "asserted", None,
             "the two state trading corporations are free to use their buying power to promote Indian exports "
             "(domestic trade policy, no counterpart)"),
            # 1
            ("STATEMENT", "adding", SPOKESWOMAN, None, NDL,
             "1987-03-27", "day", None, "asserted", None,
             "second reporting clause ('adding that', EVENTS.md 3): private firms are excluded from countertrading"),
        ],
        "skip": [
            ("searching", "search for unnamed countertrade partners: no identified counterpart (COOPERATE arguable)"),
            ("cut", "purpose of the search"),
            ("conserve", "purpose of the search"),
            ("on offer", "countertrade offers, content of anonymous talk"),
            ("told", "anonymous-source talk (trade sources)"),
            ("began", "background (countertrade since 1984), no actor"),
            ("use their", "content of the statement"),
            ("promote", "content of the statement"),
            ("excluded", "content of the statement (domestic rule)"),
            (("said", "One trade source"), "anonymous-source talk (a trade source)"),
            ("targetted", "India's targeting of countries, content of anonymous talk (no identified counterpart)"),
            ("opened", "domestic market opening (content of anonymous talk)"),
            (("said", "the sources"), "anonymous-source talk (trade sources)"),
            ("show", "a document ('official figures show'), not a speech act"),
            (("exchanges", "exclude"), "background nominal in anonymous talk (trade with the Eastern Bloc)"),
            (("said", "rupees, the sources"), "anonymous-source talk (trade sources)"),
            ("swaps", "statistics of India-Soviet trade (nominal, no act; COOPERATE IND -> SUN arguable)"),
            ("is estimated", "agentless estimate (statistics)"),
        ],
        "entities": [
            ("India", "GPE", "IND"),
            ("Reuters", "ORG", "GBR"),
            ("State Trading Corp", "ORG", "IND"),
            ("STC", "ORG", "IND"),
            ("Minerals and Metals Trading Corp", "ORG", "IND"),
            ("MMTC", "ORG", "IND"),
            ("Indian", "NORP", "IND"),
            (("India", "One trade source said"), "GPE", "IND"),
            (("Indian", "depend on an"), "NORP", "IND"),
            (("India", "small part of"), "GPE", "IND"),
            (("India", "five pct of"), "GPE", "IND"),
            ("Eastern\nBloc", "LOC", None),
            (("Indian", "non-convertible"), "NORP", "IND"),
            ("Soviet Union", "GPE", "SUN"),
            (("Soviet", "textiles for"), "NORP", "SUN"),
        ],
    },
    "reuters21578-5708": {
        "events": [
            # 0
            ("ACCUSE", "said", MCDERMOTT, None, NOL,
             "1987-03-16", "day", None, "asserted", None,
             "alleges the purchase of a 5.4 pct block of its stock was an apparent violation of Panama's laws (an "
             "allegation = ACCUSE); the buyer is not named (actor2 null); McDermott's country is the one the text "
             "gives ('Panama, its country of incorporation', as 18b's Bermuda-based Hawley; USA arguable from the "
             "New Orleans dateline)"),
            # 1
            ("STATEMENT", ("said", "The company said"), (("The company", "The company said"), "PAN", "BUS"), None, NOL,
             "1987-03-16", "day", None, "asserted", None,
             "the Panamanian disclosure rule for acquisitions above five pct (generic rule, no act)"),
            # 2
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "PAN", "BUS"), None, NOL,
             "1987-03-16", "day", None, "asserted", None,
             "transfers in violation of the regulations are invalid (generic legal assessment)"),
            # 3
            ("STATEMENT", ("say", "available to"), (("The company", "The company was"), "PAN", "BUS"), None, NOL,
             "1987-03-16", "day", None, "negated", None,
             "withheld statement: not immediately available to say who acquired the block (EVENTS.md 5)"),
        ],
        "skip": [
            ("purchase", "purchase of the stock block by an unnamed buyer (market activity), content of the "
                         "allegation"),
            ("violation", "content of the allegation"),
            ("disclosure", "generic rule (content of the statement)"),
            ("acquisition\noffer", "generic rule (content of the statement)"),
            ("acquiring", "generic rule (content of the statement)"),
            ("transfers", "generic rule (content of the statement)"),
            (("violation", "transfers of securities in"), "content of the statement"),
            ("had\nacquired", "the unnamed buyer's acquisition, content of the withheld statement"),
        ],
        "entities": [
            ("McDermott International Inc", "ORG", "PAN"),
            ("Panama", "GPE", "PAN"),
            ("Panamanian National Securities\nCommission", "ORG", "PAN"),
            (("Panamanian", "these"), "NORP", "PAN"),
        ],
    },
    "reuters21578-4618": {
        "events": [
            # 0
            ("SANCTION", "dismissed", ("A U.S. Judge", "USA", "GOV"), ("Oliver North", "USA", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "dismissal of North's lawsuit (an adverse ruling against a party, 20a's court ruling); a ruling is not "
             "a speech act and has no time expression: undated (rule 17)"),
            # 1
            ("SANCTION", "threw out", ("Judge Barrington Parker", "USA", "GOV"), (("North", "threw out"), "USA", "PERSON"),
             None, None, "unknown", None, "asserted", 0,
             "later mention: the same ruling ('In a 21-page ruling ... threw out North's suit')"),
            # 2
            ("STATEMENT", "said", (("Parker", "affair,\""), "USA", "GOV"), None, WAS,
             "1987-03-12", "day", None, "asserted", None,
             "the judge's reasoning quoted from the ruling (the nation demands disclosure); a named author speaking "
             "in his document (EVENTS.md 4); the ruling has no date to inherit (rule 3 does not apply), so the "
             "wire-style 'said' takes the DCT (rule 2)"),
        ],
        "skip": [
            ("lawsuit", "North's suit: object of the dismissal (background nominal; REQUEST or ACCUSE arguable)"),
            ("fired", "dismissal from a post: not an event (appointments and dismissals)"),
            ("seeking to halt", "content of the suit"),
            (("investigation", "prosecutor's"), "investigation of a scandal with no target actor named (own_dev's "
             "probing)"),
            (("ruling", "21-page"), "the same ruling (nominal; the act is coded on 'threw out')"),
            (("suit", "North's"), "anaphoric nominal (the lawsuit)"),
            ("challenging", "content of the suit"),
            ("empowering", "stative (the law)"),
            ("investigate", "content of the law (the prosecutor's mandate)"),
            ("arms sales", "background nominal (the secret arms sales to Iran; COOPERATE arguable, no agent act)"),
            ("diversion", "background nominal (diversion of profits to the contras)"),
            ("demands", "content of the statement ('the nation' demands disclosure; REQUEST arguable)"),
            ("disclosure", "content of the statement"),
            (("ruling", "in his"), "part of the reporting clause"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("White House", "ORG", "USA"),
            ("Oliver North", "PERSON", "USA"),
            ("Iran", "GPE", "IRN"),
            ("Barrington Parker", "PERSON", "USA"),
            (("North", "threw out"), "PERSON", "USA"),
            ("Lawrence Walsh", "PERSON", "USA"),
            (("White House", "secret"), "ORG", "USA"),
            (("Iran", "sales to"), "GPE", "IRN"),
            ("contra", "NORP", "NIC"),
            ("Nicaragua", "GPE", "NIC"),
            (("Iran", "involvement in the"), "GPE", "IRN"),
            (("contra", "Iran-"), "NORP", "NIC"),
            (("Parker", "affair,\""), "PERSON", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind28b.jsonl")
