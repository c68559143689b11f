"""Build ``own_blind43b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind43b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,523 left; also minus the 16 stories drawn for own_blind42, 2,507 left); 24 drawn with random.Random(43101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
53 event records (44 first mentions, 9 later mentions), 94 not_annotated spans, 113 entity mentions
(GPE 49, ORG 25, PERSON 21, NORP 13, LOC 5); no article without events; 4133 (Japanese farmland) and 8118
(Baker on Latin debt) have STATEMENTs only, 20239 (Algeria EEP wheat) no STATEMENT (anonymous speakers
only). Types: STATEMENT 35, REQUEST 5, RETREAT 3, REJECT 3, SUPPORT 2, SANCTION 2, COOPERATE 2, AGREE 1;
modality: asserted 49, negated 3, planned 1; precision: day 44, unknown 6, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; no anchor matched a wrong place). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Treasury Secretary James
Baker": the PERSON; "U.S. Treasury Secretary James Baker": GPE "U.S." + PERSON, 29a/35a; "Energy analyst
Edward Krapels", "Isao Nakamura, president of Higashi Nippon": the PERSON and the ORG); a body with its
country word is one ORG span ("U.S. Commerce Department", "Japanese Agriculture Ministry", as 37a's
"Brazilian Central Bank"), but a lower-case or generic "government" is not ("the U.S. government": GPE
"U.S."; "the Egyptian Government credit": NORP "Egyptian", 4a's "Japanese government"); House subcommittees
named by their committee ("House Appropriations subcommittee", "House Energy and Power subcommittee") ORG
USA (14a's "House Energy subcommittee"), Congress ORG USA; bracketed company names tagged without the
brackets, tickers left out; possessive 's left out ("Algeria's", "Third World's"); "U.S" without its final
point GPE USA (21a). Countries and companies: Wall Street LOC USA (17a); the Brazilian Association of
Citrus Juice Industries / Abrassuco, Sucocitrico Cutrale / Cutrale and Citrosuco ORG BRA (Brazilian
exporters in the text), Sao Paulo GPE BRA; the Uganda places (Kampala, Fort Portal, Bundibugyo, Kapchorwa,
Swam) GPE UGA, Mount Elgon LOC UGA, Zaire GPE ZAR (16a's identical list); Honda Motor Co Ltd ORG JPN and its
subsidiary Honda Motor of America Inc ORG USA (a subsidiary takes the country its name gives, 28b/41a),
Ohio GPE USA; Higashi Nippon House / Higashi Nippon ORG JPN, International Farm Corp of America (its U.S.
unit, set up in Chicago) ORG USA, the four farm states and Chicago GPE USA, "American" NORP USA, Reuters ORG
GBR; the Miami Herald ORG USA, the Inter-American Development Bank / IADB ORG null, "Latin American" and
"Latin" NORP null, "Third World" LOC null (16b/30b), Argentina GPE ARG; Energy Security Analysis, Inc,
the Jofree Corp and Arthur Andersen and Co ORG USA and their officers PERSON USA (witnesses at a House
hearing on U.S. oil policy: USA by context, 16b's Davis Oil call), "Alaskan" NORP USA (as "Californian"),
the Strategic Petroleum Reserve a facility, not tagged (20a's SPR); USDA ORG USA, Algeria GPE DZA.
Currencies, the motorcycle and farm products, the Ohio plant, trade legislation and the stock market are
not entities.

Judgement calls made here:
* 12047 (Baker: no trade war, DCT Wed 1987-04-01, WASHINGTON; testimony to a House Appropriations
  subcommittee, no place given: dateline city): "Baker said the U.S. imposition of tariffs on Japanese goods
  ... does not signal the start of a trade war" is a STATEMENT (an assessment), DCT; the imposition is a
  background nominal never asserted in a clause of its own (32b: skipped, SANCTION arguable); the quote
  '"I don't think this action should be interpreted ... as the start of a trade war," he said in response to
  a question' is its later mention (EVENTS.md 3; the question skipped). "He also played down the
  significance of the ... stock market decline earlier this week" is a STATEMENT ("earlier this week" dates
  the decline, not the remark: DCT); "He said a drop in stock market prices ... experienced Monday was not
  so unusual" and the quote '"I don't think it is particularly unusual ..." on Wall Street, Baker said' are
  its later mentions (the same point restated; separate STATEMENT first mentions arguable, same_as is not
  scored). 'Since Monday, he added, "The stock market has rebounded rather vigorously."' is a STATEMENT on
  "added" (new content; "Since Monday" dates the rebound, a market movement). "He urged lawmakers to move
  cautiously on trade legislation" is REQUEST USA GOV -> the lawmakers (USA GOV), DCT. '"You're not going to
  legislate this (trade) deficit away," he told the panel' is a STATEMENT (an assessment; the panel is the
  audience; a later mention of the REQUEST arguable).
* 3892 (Brazilian FCOJ official welcomes U.S. duty cut, DCT Wed 1987-03-11, RIO DE JANEIRO): "Peres ...
  welcomed a decision by the U.S. Commerce Department sharply cutting its duties on ... FCOJ from Brazil"
  is SUPPORT BRA ORG (the industry association's president) -> USA GOV (12a's "welcomed the Canadian
  initiative"), wire style with no time expression: DCT; location Sao Paulo (he spoke "by telephone from Sao
  Paulo", next sentence; all his records are taken as the same call; location is not scored). The
  welcomed "decision ... cutting its duties" is the object of the welcome (skipped): the cut is coded in
  its own clause, "In a final ruling yesterday, the U.S. government eliminated the duties shipped by
  Sucocitrico Cutrale and cut to 1.96 pct the duty on Citrosuco": two RETREAT records USA GOV -> BRA BUS
  (easing a trade measure, 33b's tariff cuts; one per verb and target, as EVENTS.md 18's two conjuncts;
  one record for the same-country pair arguable), 1987-03-10 ("yesterday"), "ruling" skipped as the frame
  of the two acts. 'Peres said, "With its decision, the U.S. government recognised the honesty of Brazilian
  exporters ..."' is the welcome's quoted restatement (a later mention of the SUPPORT, actor2 "the U.S.
  government"). "Duties of 8.54 pct had been set last October" is SANCTION USA GOV (implied) -> the
  Brazilian exporters (implied, BRA BUS), 1986-10 ("last October" in March 1987), a passive with the agent
  implied by context. Peres's remarks on stocks, the withheld amount, secrecy, price policy and free trade:
  "Peres said Brazil had enough orange juice" STATEMENT with the quote '"We do not have in stock ..., but
  we certainly have enough ...," Peres said' its later mention; "declining to estimate the amount of the
  current stock" a withheld STATEMENT (negated, on "estimate", 41a's "declined to estimate"); '"To keep
  it a secret is part of our strategy," he added' a STATEMENT (new content); "Peres said the price policy
  ... was based on market conditions" and '"There is nothing better than a free trade policy," he said'
  two STATEMENTs (an advocacy of free trade with no actor asked: EVENTS.md 2). "Cutrale and Citrosuco
  officials were not immediately available for comment" is one withheld STATEMENT (a same-country
  compound, EVENTS.md 12; negated, DCT, RIO DE JANEIRO by the rule's default).
* 21020 (Egypt builds for Uganda, DCT Mon 1987-10-19, KAMPALA): the same deal as 16a's 21174, coded the
  same way: "Egypt has agreed to build two housing estates and two new roads in Uganda" is AGREE EGY GOV
  -> UGA GOV, undated (rule 17), the attache's "said" rule-3 attribution, "build" content. Unlike 21174
  (whose terms sentence held "The two countries signed an agreement", so its "told" was attribution),
  "He said Egyptian companies will build 8,000 housing units in Kampala and reconstruct the roads ..." and
  "Uganda would repay 70 per cent of the Egyptian Government credit ... in the form of barter goods ...,
  Tahan said" state only the agreement's terms (skipped as 16a did: building, reconstruction, repayment;
  the credit AID arguable), so the two reporting clauses are STATEMENTs (EGY GOV, DCT, KAMPALA;
  COOPERATE planned on "build" or "repay" arguable).
* 5825 (Honda shifts motorcycle output to the U.S., DCT Tue 1987-03-17, TOKYO): shifting production to its
  own wholly owned U.S. subsidiary has no type (an intra-group move, 21a/25a's own subsidiaries), so "Honda
  Motor Co Ltd said", "A parent company spokesman said" (the Ohio plant's output) and "the spokesman said"
  (1986 output, 1987 forecast) are three STATEMENTs (JPN BUS, DCT, TOKYO). The tariff paragraph is relayed
  by anonymous "industry sources" (their three "said" skipped) but names its agent, so the acts are coded
  (23b/35a): "The U.S. Imposed tariffs on imports of large motorcycles from April 1983" is SANCTION USA
  GOV -> null (the imports' origin is not named, EVENTS.md 14; 11a's untargeted later mention), 1983-04
  ("from April 1983", the start of the tariffs, month); "the U.S. Planned to cut the tariff to 4.4 pct for
  fiscal 1988/89" is RETREAT USA GOV -> null on "cut", planned, undated ("for fiscal 1988/89" is the rate's
  period, not the decision's date, 41a's "for the year from April 1"; 1988 at year precision arguable);
  "the higher level is likely to be kept" continues the measure (skipped); "The tariff ... is set at 14.5
  pct" is stative; "the move to the U.S." and "higher U.S. Tariffs" are anaphoric or background nominals.
* 4133 (Japanese firm to sell U.S. farmland, DCT Thu 1987-03-12, MORIOKA): selling land to unnamed rich
  Japanese has no identified counterpart (no type), so "A Japanese real estate company said it will launch
  a campaign" and "Higashi Nippon House said it would offer around 2,200 acres" are STATEMENTs (JPN BUS,
  DCT, MORIOKA; the second a separate clause with new content, "from early April" dates the offer, the
  content); "It set up International Farm Corp of America in Chicago last September" is setting up its own
  unit (no type, 21a; skipped, no reporting verb of its own). "Japanese Agriculture Ministry officials told
  Reuters sales were limited to farmers" is a STATEMENT (JPN GOV, officials of a named body; the domestic
  land rule stative; Reuters the audience). Nakamura's quote "Two years ago, I began to seek my own
  farmland" ("Two years ago" dates his search, not the saying: DCT) and "Nakamura said hundreds of
  companies exist in the U.S." are two STATEMENTs (JPN BUS).
* 8118 (Baker on Latin debt, DCT Mon 1987-03-23 from published_at, MIAMI; the dateline's "March 22" is the
  day before, the DCT is published_at's date, GUIDELINES.md): Baker's words appeared in "an article in
  Monday's edition of the Miami Herald", i.e. on the DCT; taken as his own wire-style words (30b's Miami
  Herald article), so every clause is dated 1987-03-23, location MIAMI; the sentence with "Monday's edition"
  takes it as its date_text ("Monday"). "Baker said any attempt to declare blanket debt forgiveness ...
  might damage the world economy" is a STATEMENT (a forecast with no consequence from the speaker, as
  own_blind's "warned that partners may resist"; no actor named); "Baker also criticised the concept of
  short-term debt relief" is a STATEMENT (criticism of a concept, no actor: 32a's "criticised state
  subsidies", ACCUSE arguable), "calling it" a participial elaboration (skipped), and the quote '"While
  these ideas ... are impractical and counterproductive in the long run," he said' its later mention.
  "The article was published to coincide with a three-day meeting here of the Inter-American Development
  Bank": the publication is the medium of the statements and the IADB annual meeting is internal to one
  body (30b), both skipped. "Brazil ... last month declared a moratorium on interest repayments" is a
  STATEMENT BRA GOV dated 1987-02 (the freeze has no type, its declaration is a statement: 10a/16b/30b);
  "It has given no indication of when it may resume interest payments" a withheld STATEMENT (BRA GOV,
  negated, DCT as a withheld statement and "have said", EVENTS.md 5/16; location MIAMI by the rule's
  default). "Baker, defending the strategy, said private commercial banks have rescheduled nearly 70
  billion dlrs" is a STATEMENT (defending a policy, EVENTS.md 6; the banks are unnamed, so the rescheduling
  is content, AID arguable; "defending" a participial elaboration); the quote '"Together with expected
  progress in commercial bank discussions with Argentina and ... Brazil, this should add up to substantial
  new lending ... in 1987," Baker wrote' a STATEMENT (a forecast; the unnamed banks' talks with Argentina
  and Brazil are content, CONSULT planned arguable); "He estimated that debt-equity conversion plans
  accounted for 2.5 billion dlrs last year" a STATEMENT ("last year" dates the statistic) and '"These swaps
  aren't a panacea, ..." he said' a second STATEMENT (new content: an assessment of the swaps).
* 8478 (Krapels proposes oil tariff, DCT Mon 1987-03-23, WASHINGTON; all at a House subcommittee hearing
  with no place given: dateline city, DCT): "Krapels said the United States should consider an oil tariff"
  is REQUEST USA BUS -> USA GOV (an identifiable actor told it should act, EVENTS.md 2); the quote '"... the
  argument in favor of a contingent, variable import tariff is most persuasive," Krapels ... said in a
  statement at a House ... hearing' its later mention ("statement" part of the reporting clause, "hearing"
  the occasion); '"An optimal tariff would be one implemented only if ... On the demand side, the obvious
  policy is an excise tax on transportation fuels," Krapels said' a STATEMENT (an evaluation with no actor
  asked, EVENTS.md 2; the trigger's sentence is the quote's second one). "William Johnson of the Jofree
  Corp disagreed with the oil tariff proposal" is REJECT USA BUS -> Krapels (implied, USA BUS: the
  proposal's author; opposition to a proposal, 16b's "challenge", 12a's "opposes"; actor2 null or STATEMENT
  arguable, 13b/35a skipped mutual or quoted disagreements); "saying Congress should remove price controls
  ..., repeal the windfall profits tax ..." is a separate REQUEST USA BUS -> Congress (USA GOV) on "saying"
  (a distinct act toward a named actor, not a mere elaboration of the disagreement; EVENTS.md 3's
  participle rule arguable); "He also urging filling the Strategic Petroleum Reserve at a faster rate" a
  REQUEST -> the U.S. government (implied, USA GOV). "Richard Adkerson of Arthur Andersen and Co told the
  subcommittee oil imports were expected to increase" is a STATEMENT (a forecast). The witnesses' firms are
  taken as U.S. by context.
* 20239 (Algeria EEP wheat, DCT Tue 1987-10-20, KANSAS CITY): the only speakers are anonymous "U.S.
  exporters" / "the sources" / "they" (EVENTS.md 4: traders; all three "said" skipped), but the acts name
  their agent, so they are coded undated (23b/35a; no time expression; "Indications are that" a hedge,
  asserted). "USDA accepted Algeria's bid for 75,000 tonnes of hard red winter wheat" is COOPERATE USA GOV
  -> DZA GOV: the bid is Algeria's own purchase bid (a c and f price per tonne), so its acceptance concludes
  a wheat sale between two identified parties; this differs from 27b/29b/30a, where the CCC accepted
  export-bonus bids of U.S. exporters (export-bonus administration, skipped), and skipping it as the same
  administration is arguable. "but rejected bids for the remaining 225,000 tonnes" is REJECT USA GOV ->
  Algeria (implied, DZA GOV: the remaining tonnage of its tender; 11a's rejected tender offers). "USDA
  accepted Algeria's bid of 94.00 dlrs per tonne ... for 50,000 tonnes for Nov 10-25 shipment and 25,000
  for Nov 20-Dec 10" and "It rejected bids for wheat for later shipment dates" are their later mentions (the
  shipment periods are not the events' dates).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind43b.jsonl"

WAS = ("WASHINGTON", "USA")
SAO = ("Sao Paulo", "BRA")
RIO = ("RIO DE JANEIRO", "BRA")
KAM = ("KAMPALA", "UGA")
TOK = ("TOKYO", "JPN")
MOR = ("MORIOKA", "JPN")
MIA = ("MIAMI", "USA")

BAKER_12047 = ("Treasury Secretary James Baker", "USA", "GOV")
PERES = ("Mario Branco Peres", "BRA", "ORG")
US_GOV_RULING = (("the U.S. government", "final ruling"), "USA", "GOV")
BAKER_8118 = ("U.S. Treasury Secretary James Baker", "USA", "GOV")
KRAPELS = ("Energy analyst Edward Krapels", "USA", "BUS")
JOHNSON = ("William Johnson", "USA", "BUS")
USDA = ("USDA", "USA", "GOV")
USA_GOV_IMPLIED = (None, "USA", "GOV")
USA_BUS_IMPLIED = (None, "USA", "BUS")
DZA_GOV_IMPLIED = (None, "DZA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-12047": {
        "events": [
            # 0
            ("STATEMENT", "said", BAKER_12047, None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "assessment: the U.S. tariffs on Japanese goods do not signal a trade war (the imposition a background "
             "nominal, 32b); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "played down", (("He", "He also played"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "played down the stock market decline ('earlier this week' dates the decline, not the remark): DCT"),
            # 2
            ("STATEMENT", ("said", "he said in response"), (("he", "he said in response"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", 0,
             "later mention: quoted restatement 'I don't think this action should be interpreted ... as the start of "
             "a trade war' (EVENTS.md 3); the subcommittee's question skipped"),
            # 3
            ("STATEMENT", ("said", "He said a drop"), (("He", "He said a drop"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", 1,
             "later mention of the playing down: Monday's drop was not so unusual ('Monday' dates the drop)"),
            # 4
            ("STATEMENT", ("said", "Wall Street, Baker"), (("Baker", "Wall Street, Baker"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", 1,
             "later mention: quoted restatement 'I don't think it is particularly unusual to see those kinds of "
             "days'"),
            # 5
            ("STATEMENT", "added", (("he", "he added"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "'The stock market has rebounded rather vigorously' (new content; 'Since Monday' dates the rebound, a "
             "market movement): DCT"),
            # 6
            ("REQUEST", "urged", (("He", "He urged"), "USA", "GOV"), ("lawmakers", "USA", "GOV"), WAS,
             "1987-04-01", "day", None, "asserted", None,
             "urged lawmakers to move cautiously on trade legislation (a request to the legislature); DCT"),
            # 7
            ("STATEMENT", "told", (("he", "he told the panel"), "USA", "GOV"), None, WAS,
             "1987-04-01", "day", None, "asserted", None,
             "'You're not going to legislate this (trade) deficit away' (assessment; the panel is the audience; a "
             "later mention of the REQUEST arguable); DCT"),
        ],
        "skip": [
            ("imposition", "background nominal: the U.S. tariffs on Japanese goods, never asserted in a clause of "
                           "their own (32b; SANCTION arguable)"),
            ("signal", "content of the assessment"),
            ("decline", "market-price movement"),
            ("interpreted", "content of the quote"),
            ("question", "question"),
            ("drop", "market-price movement"),
            ("experienced", "market-price movement"),
            ("rebounded", "market-price movement"),
            ("move cautiously", "content of the request"),
            ("avoid", "content of the request"),
            ("aggravate", "content of the request"),
            ("legislate", "content of the statement"),
        ],
        "entities": [
            ("James Baker", "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("House Appropriations subcommittee", "ORG", "USA"),
            ("Wall Street", "LOC", "USA"),
            (("Baker", "Wall Street, Baker"), "PERSON", "USA"),
        ],
    },
    "reuters21578-3892": {
        "events": [
            # 0
            ("SUPPORT", "welcomed", PERES, ("the U.S. Commerce Department", "USA", "GOV"), SAO,
             "1987-03-11", "day", None, "asserted", None,
             "welcomed the Commerce Department's duty cut (praise of another actor's decision, 12a's 'welcomed the "
             "Canadian initiative'); wire style: DCT; he spoke by telephone from Sao Paulo (next sentence)"),
            # 1
            ("SUPPORT", ("said", "Sao Paulo, Peres"), (("Peres", "Sao Paulo, Peres"), "BRA", "ORG"),
             (("the U.S. government", "With its decision"), "USA", "GOV"), SAO,
             "1987-03-11", "day", None, "asserted", 0,
             "later mention: quoted restatement of the welcome ('With its decision, the U.S. government recognised "
             "the honesty of Brazilian exporters')"),
            # 2
            ("RETREAT", "eliminated", US_GOV_RULING, ("Sucocitrico Cutrale", "BRA", "BUS"), None,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "final ruling eliminating the anti-dumping duties on Cutrale's shipments (easing a trade measure, 33b); "
             "'yesterday' = DCT Wed 1987-03-11 - 1"),
            # 3
            ("RETREAT", ("cut", "Cutrale and cut"), US_GOV_RULING, (("Citrosuco", "duty on Citrosuco"), "BRA", "BUS"),
             None,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "cut the duty on Citrosuco to 1.96 pct in the same ruling (a second conjunct with its own target; one "
             "record for the same-country pair arguable)"),
            # 4
            ("SANCTION", ("set", "had been set"), USA_GOV_IMPLIED, (None, "BRA", "BUS"), None,
             "1986-10", "month", "last\nOctober", "asserted", None,
             "duties of 8.54 pct set last October on the Brazilian exporters (passive: the U.S. agency implied, the "
             "exporters implied); 'last October' in March 1987 = 1986-10"),
            # 5
            ("STATEMENT", ("said", "Peres said Brazil"), (("Peres", "Peres said Brazil"), "BRA", "ORG"), None, SAO,
             "1987-03-11", "day", None, "asserted", None,
             "Brazil has enough orange juice for its major clients (assessment); DCT"),
            # 6
            ("STATEMENT", ("said", 'buyers," Peres'), (("Peres", 'buyers," Peres'), "BRA", "ORG"), None, SAO,
             "1987-03-11", "day", None, "asserted", 5,
             "later mention: quoted restatement ('we certainly have enough orange juice available')"),
            # 7
            ("STATEMENT", "estimate", (("Peres", 'buyers," Peres'), "BRA", "ORG"), None, SAO,
             "1987-03-11", "day", None, "negated", None,
             "withheld statement: declining to estimate the current stock (trigger on the withheld verb, 41a); DCT"),
            # 8
            ("STATEMENT", "added", (("he", "he\nadded"), "BRA", "ORG"), None, SAO,
             "1987-03-11", "day", None, "asserted", None,
             "'To keep it a secret is part of our strategy' (new content); DCT"),
            # 9
            ("STATEMENT", ("said", "Peres said the price"), (("Peres", "Peres said the price"), "BRA", "ORG"), None,
             SAO,
             "1987-03-11", "day", None, "asserted", None,
             "the price policy is based on market conditions (stative); DCT"),
            # 10
            ("STATEMENT", ("said", 'trade policy," he'), (("he", 'trade policy," he'), "BRA", "ORG"), None, SAO,
             "1987-03-11", "day", None, "asserted", None,
             "'There is nothing better than a free trade policy' (advocacy, no actor asked: EVENTS.md 2); DCT"),
            # 11
            ("STATEMENT", "comment", ("Cutrale and Citrosuco officials", "BRA", "BUS"), None, RIO,
             "1987-03-11", "day", None, "negated", None,
             "withheld statement: not immediately available for comment (same-country compound: one record); DCT, "
             "dateline city"),
        ],
        "skip": [
            ("decision", "object of the welcome: the duty cut, coded in the ruling sentence"),
            ("cutting", "object of the welcome (the duty cut, coded on 'eliminated' and 'cut')"),
            ("Speaking", "participial frame of the reporting clause"),
            (("decision", "With its"), "anaphoric nominal (the duty cut)"),
            ("recognised", "content of the quote"),
            ("practising", "content of the quote (negated dumping)"),
            ("ruling", "the frame of the two duty cuts (coded on 'eliminated' and 'cut')"),
            ("meet", "content of the statement (stative)"),
            ("supply", "content of the quote"),
            ("based", "stative (content of the statement)"),
        ],
        "entities": [
            ("Mario Branco Peres", "PERSON", "BRA"),
            ("Brazilian Association of Citrus Juice Industries", "ORG", "BRA"),
            ("Abrassuco", "ORG", "BRA"),
            ("U.S. Commerce Department", "ORG", "USA"),
            (("Brazil", "(FCOJ) from Brazil"), "GPE", "BRA"),
            ("Sao Paulo", "GPE", "BRA"),
            (("Peres", "Sao Paulo, Peres"), "PERSON", "BRA"),
            (("U.S.", "decision, the U.S."), "GPE", "USA"),
            (("Brazilian", "honesty of"), "NORP", "BRA"),
            (("U.S.", "yesterday, the U.S."), "GPE", "USA"),
            ("Sucocitrico Cutrale", "ORG", "BRA"),
            (("Citrosuco", "duty on Citrosuco"), "ORG", "BRA"),
            (("Peres", "Peres said Brazil"), "PERSON", "BRA"),
            (("Brazil", "Peres said Brazil"), "GPE", "BRA"),
            (("Peres", 'buyers," Peres'), "PERSON", "BRA"),
            (("Peres", "Peres said the price"), "PERSON", "BRA"),
            (("Cutrale", "Cutrale and Citrosuco officials"), "ORG", "BRA"),
            (("Citrosuco", "Cutrale and Citrosuco officials"), "ORG", "BRA"),
        ],
    },
    "reuters21578-21020": {
        "events": [
            # 0
            ("AGREE", "agreed", ("Egypt", "EGY", "GOV"), (("Uganda", "roads in"), "UGA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "agreed to build housing estates and roads in Uganda (building is content, EVENTS.md 8; 16a's 21174); "
             "present perfect, no time expression: undated; the attache's 'said' is rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "He said Egyptian"), (("He", "He said Egyptian"), "EGY", "GOV"), None, KAM,
             "1987-10-19", "day", None, "asserted", None,
             "the agreement's terms (Egyptian companies will build housing in Kampala and reconstruct roads; "
             "skipped as terms, 16a); the reporting clause is the record; COOPERATE planned arguable; DCT"),
            # 2
            ("STATEMENT", ("said", "currency, Tahan"), (("Tahan", "currency, Tahan"), "EGY", "GOV"), None, KAM,
             "1987-10-19", "day", None, "asserted", None,
             "the financing terms (Uganda's repayment of the Egyptian credit in barter goods and hard currency; "
             "skipped as terms, 16a); DCT"),
        ],
        "skip": [
            ("build", "content of the agreement"),
            (("said", "el Tahan"), "rule-3 attribution (the agreement is the event)"),
            (("build", "companies will"), "terms of the agreement (16a)"),
            ("reconstruct", "terms of the agreement (16a)"),
            ("repay", "terms of the agreement: financing (16a; COOPERATE UGA -> EGY arguable)"),
            ("credit", "nominal: financing under the agreement (AID arguable, 16a's loan)"),
            ("finance", "purpose of the credit"),
        ],
        "entities": [
            ("Egypt", "GPE", "EGY"),
            ("Uganda", "GPE", "UGA"),
            ("Egyptian", "NORP", "EGY"),
            ("Muhammud el Tahan", "PERSON", "EGY"),
            (("Egyptian", "He said"), "NORP", "EGY"),
            ("Kampala", "GPE", "UGA"),
            ("Fort Portal", "GPE", "UGA"),
            ("Bundibugyo", "GPE", "UGA"),
            ("Zaire", "GPE", "ZAR"),
            (("Uganda", "western"), "GPE", "UGA"),
            ("Kapchorwa", "GPE", "UGA"),
            ("Swam", "GPE", "UGA"),
            ("Mount Elgon", "LOC", "UGA"),
            (("Uganda", "Uganda would"), "GPE", "UGA"),
            (("Egyptian", "of the Egyptian"), "NORP", "EGY"),
            (("Tahan", "currency, Tahan"), "PERSON", "EGY"),
        ],
    },
    "reuters21578-5825": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Honda Motor Co Ltd", "JPN", "BUS"), None, TOK,
             "1987-03-17", "day", None, "asserted", None,
             "shifted large-motorcycle production to its own wholly owned U.S. subsidiary (intra-group move: no "
             "type, 21a/25a); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "spokesman said the Ohio"), ("A parent company spokesman", "JPN", "BUS"), None, TOK,
             "1987-03-17", "day", None, "asserted", None,
             "the Ohio plant now also produces motorcycles (stative); DCT"),
            # 2
            ("STATEMENT", ("said", "1987, the spokesman"), (("the spokesman", "1987, the spokesman"), "JPN", "BUS"),
             None, TOK,
             "1987-03-17", "day", None, "asserted", None,
             "statistics and forecast: Ohio output 28,000 in 1986, 44,000 in 1987; DCT"),
            # 3
            ("SANCTION", ("Imposed", "The U.S. Imposed"), ("The U.S.", "USA", "GOV"), None, None,
             "1983-04", "month", "April 1983", "asserted", None,
             "the U.S. imposed tariffs on imports of large motorcycles from April 1983 (the imports' origin not "
             "named: actor2 null, EVENTS.md 14); relayed by anonymous industry sources (their 'said' skipped, the act "
             "coded, 23b/35a); 'from April 1983' = the tariffs' start (month)"),
            # 4
            ("RETREAT", ("cut", "Planned to cut"), (("the U.S.", "They said the U.S."), "USA", "GOV"), None, None,
             None, "unknown", None, "planned", None,
             "the U.S. planned to cut the tariff to 4.4 pct (easing a trade measure); 'for fiscal 1988/89' is the "
             "rate's period, not the decision's date (41a's 'for the year from April 1'): undated; relayed by the "
             "anonymous sources"),
        ],
        "skip": [
            ("shifted", "intra-group production transfer to its own subsidiary: no type (21a/25a)"),
            ("appreciation", "market-price movement"),
            ("producing", "stative (content of the statement)"),
            ("totalled", "statistics"),
            (("shift", "but the shift"), "anaphoric nominal (the production shift)"),
            ("raise", "content of the forecast"),
            ("move", "anaphoric nominal (the production shift)"),
            (("Tariffs", "higher U.S."), "background nominal (the tariffs, coded on 'Imposed')"),
            (("said", "industry sources"), "anonymous-source talk (industry sources)"),
            (("help", "to help"), "purpose of the tariffs (domestic industry)"),
            (("said", "the sources said"), "anonymous-source talk (the industry sources)"),
            ("set at", "stative (the current tariff rate)"),
            (("said", "They said"), "anonymous-source talk (the industry sources)"),
            ("kept", "continuation of the existing tariff: no new event (SANCTION planned arguable)"),
        ],
        "entities": [
            ("Honda Motor Co Ltd", "ORG", "JPN"),
            (("U.S.", "for sale in the"), "GPE", "USA"),
            ("Honda Motor of America Inc", "ORG", "USA"),
            ("Ohio", "GPE", "USA"),
            (("Ohio", "the Ohio plant"), "GPE", "USA"),
            (("Ohio", "output in"), "GPE", "USA"),
            (("U.S.", "move to the"), "GPE", "USA"),
            (("U.S.", "higher U.S."), "GPE", "USA"),
            (("U.S.", "The U.S. Imposed"), "GPE", "USA"),
            (("U.S.", "help the U.S."), "GPE", "USA"),
            (("U.S.", "for U.S. Fiscal"), "GPE", "USA"),
            (("U.S.", "They said the U.S."), "GPE", "USA"),
        ],
    },
    "reuters21578-4133": {
        "events": [
            # 0
            ("STATEMENT", "said", ("A Japanese real estate company", "JPN", "BUS"), None, MOR,
             "1987-03-12", "day", None, "asserted", None,
             "will launch a campaign to sell U.S. farmland to rich Japanese (sales to unnamed private buyers: no "
             "type); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "House said"), ("Higashi Nippon House", "JPN", "BUS"), None, MOR,
             "1987-03-12", "day", None, "asserted", None,
             "would offer around 2,200 acres from early April (an offer to unnamed buyers: no type; 'from early "
             "April' dates the offer, the content): DCT"),
            # 2
            ("STATEMENT", "told", ("Japanese Agriculture Ministry officials", "JPN", "GOV"), None, MOR,
             "1987-03-12", "day", None, "asserted", None,
             "sales of Japanese farmland are limited to farmers (domestic rule, stative; Reuters is the audience); "
             "DCT, dateline city"),
            # 3
            ("STATEMENT", ("said", "said Isao"), ("Isao Nakamura", "JPN", "BUS"), None, MOR,
             "1987-03-12", "day", None, "asserted", None,
             "his own search for farmland ('Two years ago' dates the search, not the saying): DCT"),
            # 4
            ("STATEMENT", ("said", "Nakamura said hundreds"), (("Nakamura", "Nakamura said hundreds"), "JPN", "BUS"),
             None, MOR,
             "1987-03-12", "day", None, "asserted", None,
             "hundreds of U.S. companies sell farmland to investors (stative); DCT"),
        ],
        "skip": [
            ("launch", "content of the statement"),
            ("sell", "content: land sales to unnamed private buyers (no identified counterpart)"),
            ("offer", "content of the statement (offer to unnamed buyers)"),
            ("gauge", "content (purpose)"),
            ("set up", "setting up its own U.S. unit: no type (21a)"),
            ("oversee", "purpose of the unit"),
            ("continue", "description of the plan (no reporting verb; stative)"),
            ("limited", "domestic land rule (stative), content of the statement"),
            ("seek", "content of the quote (his own search)"),
            ("controlled", "domestic land rule (stative)"),
            ("look for", "content of the quote"),
            ("exist", "stative (content of the statement)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Japanese", "to rich"), "NORP", "JPN"),
            ("Higashi Nippon House", "ORG", "JPN"),
            ("Illinois", "GPE", "USA"),
            ("California", "GPE", "USA"),
            ("Florida", "GPE", "USA"),
            ("Indiana", "GPE", "USA"),
            ("International Farm Corp of America", "ORG", "USA"),
            ("Chicago", "GPE", "USA"),
            ("American", "NORP", "USA"),
            (("Japanese", "go to the"), "NORP", "JPN"),
            ("Japanese Agriculture Ministry", "ORG", "JPN"),
            ("Reuters", "ORG", "GBR"),
            (("Japan", "farmland in Japan"), "GPE", "JPN"),
            ("Isao Nakamura", "PERSON", "JPN"),
            (("Higashi Nippon", "president of Higashi Nippon"), "ORG", "JPN"),
            (("Japanese", "sale of Japanese"), "NORP", "JPN"),
            (("U.S", "land in the U.S"), "GPE", "USA"),
            (("Nakamura", "Nakamura said hundreds"), "PERSON", "JPN"),
            (("U.S.", "exist in the"), "GPE", "USA"),
            (("U.S.", "recession in"), "GPE", "USA"),
        ],
    },
    "reuters21578-8118": {
        "events": [
            # 0
            ("STATEMENT", "said", BAKER_8118, None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "blanket debt forgiveness might damage the world economy (a forecast, no actor named and no consequence "
             "from the speaker); his Miami Herald words taken as wire style (30b): DCT, dateline city"),
            # 1
            ("STATEMENT", "criticised", (("Baker", "Baker also criticised"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", "Monday", "asserted", None,
             "criticism of the concept of short-term debt relief (no actor criticised: 32a, ACCUSE arguable); "
             "'Monday's edition' = Mon 1987-03-23 (the DCT)"),
            # 2
            ("STATEMENT", ("said", 'long run," he'), (("he", 'long run," he'), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "asserted", 1,
             "later mention: quoted restatement of the criticism ('impractical and counterproductive')"),
            # 3
            ("STATEMENT", "declared", (("Brazil", "Brazil, the Third"), "BRA", "GOV"), None, None,
             "1987-02", "month", "last month", "asserted", None,
             "declaration of the interest moratorium (the freeze has no type, its declaration is a statement: "
             "10a/16b/30b); 'last month' = 1987-02"),
            # 4
            ("STATEMENT", "indication", (("It", "It has given"), "BRA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "negated", None,
             "withheld statement: has given no indication of when it may resume payments (EVENTS.md 5's 'gave no "
             "date'); DCT as 'have said' (EVENTS.md 16), dateline city by the rule's default"),
            # 5
            ("STATEMENT", ("said", "defending the strategy,"), (("Baker", "Baker, defending"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "defending the U.S. strategy (EVENTS.md 6): unnamed commercial banks rescheduled 70 billion dlrs "
             "(content, no identified parties); DCT"),
            # 6
            ("STATEMENT", "wrote", (("Baker", "Baker wrote"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "forecast: substantial new lending for the Latin debtors in 1987 (the banks' talks with Argentina and "
             "Brazil are content); DCT"),
            # 7
            ("STATEMENT", "estimated", (("He", "He estimated"), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "estimate: debt-equity conversions 2.5 billion dlrs ('last year' dates the statistic); DCT"),
            # 8
            ("STATEMENT", ("said", 'burden," he'), (("he", 'burden," he'), "USA", "GOV"), None, MIA,
             "1987-03-23", "day", None, "asserted", None,
             "'These swaps aren't a panacea, but ...' (assessment, new content); DCT"),
        ],
        "skip": [
            ("declare", "content of the forecast (blanket debt forgiveness)"),
            ("forgiveness", "content of the forecast"),
            ("damage", "content of the forecast"),
            ("debt relief", "object of the criticism (a concept)"),
            ("calling it", "participial elaboration of the criticism (EVENTS.md 3)"),
            ("published", "publication of the article carrying Baker's words (the statements are coded)"),
            ("meeting", "the IADB annual meeting: internal to one body (30b)"),
            ("architect", "stative"),
            ("moratorium", "Brazil's payment freeze: no type (EVENTS.md 10), object of the declaration"),
            ("resume", "content of the withheld statement"),
            ("prompting", "consequence (fears of unnamed parties)"),
            ("forced", "content of the fears"),
            (("calling", "calling into"), "consequence (no actor)"),
            ("defending", "participial elaboration of the statement (EVENTS.md 3)"),
            ("rescheduled", "content: rescheduling by unnamed commercial banks (no identified parties; AID arguable)"),
            ("discussions", "content of the forecast: unnamed commercial banks' talks with Argentina and Brazil "
                            "(CONSULT planned arguable)"),
            ("hope", "part of the quote"),
            ("lending", "content of the forecast"),
            ("accounted", "statistics (content of the estimate)"),
            ("allow", "generic description of the plans"),
            (("sell", "creditors to sell"), "generic description of the plans"),
            ("demonstrate", "content of the quote"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("James Baker", "PERSON", "USA"),
            ("Latin American", "NORP", None),
            ("Miami Herald", "ORG", "USA"),
            (("Baker", "Baker also"), "PERSON", "USA"),
            ("Inter-American Development Bank", "ORG", None),
            ("IADB", "ORG", None),
            (("Baker", "Baker is the"), "PERSON", "USA"),
            (("U.S.", "architect of the"), "GPE", "USA"),
            ("Third World", "LOC", None),
            (("Brazil", "Brazil, the Third"), "GPE", "BRA"),
            (("Third World", "Brazil, the"), "LOC", None),
            (("U.S.", "large U.S."), "GPE", "USA"),
            (("U.S.", "viability of the"), "GPE", "USA"),
            (("Baker", "Baker, defending"), "PERSON", "USA"),
            ("Argentina", "GPE", "ARG"),
            (("Brazil", "we hope,"), "GPE", "BRA"),
            (("Latin", "major Latin debtors"), "NORP", None),
            (("Baker", "Baker wrote"), "PERSON", "USA"),
            (("Third World", "sell Third"), "LOC", None),
        ],
    },
    "reuters21578-8478": {
        "events": [
            # 0
            ("REQUEST", "said", KRAPELS, ("the United States", "USA", "GOV"), WAS,
             "1987-03-23", "day", None, "asserted", None,
             "the United States should consider an oil tariff (an identifiable actor told it should act, EVENTS.md "
             "2); wire style: DCT, dateline city (the hearing has no place in the text)"),
            # 1
            ("REQUEST", ("said", "Analysis, Inc said"), (("Krapels", 'persuasive," Krapels'), "USA", "BUS"),
             USA_GOV_IMPLIED, WAS,
             "1987-03-23", "day", None, "asserted", 0,
             "later mention: quoted restatement (the argument for a contingent import tariff is most persuasive), "
             "said in a statement at the hearing"),
            # 2
            ("STATEMENT", ("said", 'fuels," Krapels'), (("Krapels", 'fuels," Krapels'), "USA", "BUS"), None, WAS,
             "1987-03-23", "day", None, "asserted", None,
             "the optimal tariff and an excise tax on transport fuels (evaluation, no actor asked: EVENTS.md 2); DCT"),
            # 3
            ("REJECT", "disagreed", JOHNSON, USA_BUS_IMPLIED, WAS,
             "1987-03-23", "day", None, "asserted", None,
             "disagreed with the oil tariff proposal (opposition to a proposal, 16b/12a); actor2 its author Krapels "
             "(implied, USA BUS; null or STATEMENT arguable); DCT"),
            # 4
            ("REQUEST", "saying", JOHNSON, ("Congress", "USA", "GOV"), WAS,
             "1987-03-23", "day", None, "asserted", None,
             "Congress should remove gas price controls, repeal the windfall profits tax, allow Alaskan oil exports "
             "... (a distinct act toward a named actor, not a mere elaboration of the disagreement); DCT"),
            # 5
            ("REQUEST", "urging", (("He", "He also urging"), "USA", "BUS"), USA_GOV_IMPLIED, WAS,
             "1987-03-23", "day", None, "asserted", None,
             "urging faster filling of the Strategic Petroleum Reserve (the U.S. government implied); DCT"),
            # 6
            ("STATEMENT", "told", ("Richard Adkerson", "USA", "BUS"), None, WAS,
             "1987-03-23", "day", None, "asserted", None,
             "forecast: oil imports expected to increase (the subcommittee is the audience); DCT"),
        ],
        "skip": [
            ("consider", "content of the request"),
            ("statement", "part of the reporting clause"),
            ("hearing", "the occasion of the statement"),
            ("implemented", "hypothetical content of the quote"),
            ("proposal", "anaphoric nominal (Krapels' proposal), object of the disagreement"),
            ("remove", "content of the request"),
            ("repeal", "content of the request"),
            (("allow", "repeal the"), "content of the request"),
            ("provide", "content of the request"),
            ("preserve", "content of the request"),
            ("filling", "content of the request"),
            ("increase", "content of the forecast"),
            ("justified", "content of the forecast"),
        ],
        "entities": [
            ("Edward Krapels", "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Krapels", 'persuasive," Krapels'), "PERSON", "USA"),
            ("Energy Security Analysis, Inc", "ORG", "USA"),
            ("House Energy and Power subcommittee", "ORG", "USA"),
            (("Krapels", 'fuels," Krapels'), "PERSON", "USA"),
            ("William Johnson", "PERSON", "USA"),
            ("Jofree Corp", "ORG", "USA"),
            ("Congress", "ORG", "USA"),
            ("Alaskan", "NORP", "USA"),
            (("U.S.", "incentives for U.S."), "GPE", "USA"),
            ("Richard Adkerson", "PERSON", "USA"),
            ("Arthur Andersen and Co", "ORG", "USA"),
        ],
    },
    "reuters21578-20239": {
        "events": [
            # 0
            ("COOPERATE", "accepted", USDA, (("Algeria", "accepted Algeria's"), "DZA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "USDA accepted Algeria's own purchase bid for 75,000 tonnes (a wheat sale between identified parties; "
             "unlike 29b/30a's export-bonus bids of U.S. exporters, skipped as administration: arguable); relayed "
             "by anonymous exporters (the act coded, 23b/35a); no time expression: undated"),
            # 1
            ("REJECT", "rejected", USDA, DZA_GOV_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "rejected bids for the remaining 225,000 tonnes of Algeria's tender (11a's rejected tender offers); "
             "Algeria implied; undated"),
            # 2
            ("COOPERATE", ("accepted", "USDA accepted Algeria's bid of"), (("USDA", "USDA accepted Algeria's bid of"),
                                                                           "USA", "GOV"),
             (("Algeria", "Algeria's bid of"), "DZA", "GOV"), None,
             None, "unknown", None, "asserted", 0,
             "later mention: the accepted bid's price and shipment periods (not the event's date)"),
            # 3
            ("REJECT", ("rejected", "It rejected"), (("It", "It rejected"), "USA", "GOV"), DZA_GOV_IMPLIED, None,
             None, "unknown", None, "asserted", 1,
             "later mention: bids for later shipment dates rejected"),
        ],
        "skip": [
            ("Indications", "hedge of the anonymous exporters' report"),
            (("said", "exporters said"), "anonymous-source talk (U.S. exporters: traders, EVENTS.md 4)"),
            (("said", "the sources said"), "anonymous-source talk"),
            (("said", "they said"), "anonymous-source talk"),
        ],
        "entities": [
            ("USDA", "ORG", "USA"),
            ("Algeria", "GPE", "DZA"),
            ("U.S.", "GPE", "USA"),
            (("USDA", "USDA accepted Algeria's bid of"), "ORG", "USA"),
            (("Algeria", "Algeria's bid of"), "GPE", "DZA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
