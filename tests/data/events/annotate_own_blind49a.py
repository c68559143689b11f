"""Build ``own_blind49a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind49a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2411 left); 24 drawn with random.Random(49101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
37 event records (33 first mentions, 4 later mentions), 116 not_annotated spans, 105 entity mentions
(ORG 41, GPE 28, NORP 19, PERSON 16, LOC 1); one article without events (15410, Saudi riyal rates: a
negative); 297 (Japanese soybean purchase) has a single COOPERATE and no reporting clause (anonymous trade
sources); 16436 (Morgan Stanley warrants) and 16083 (Languetin) have reporting-clause STATEMENTs only.
Types: STATEMENT 21, AGREE 7, COOPERATE 4, SUPPORT 2, REQUEST 2, CONSULT 1; modality: asserted 32,
planned 3, negated 2; precision: day 22, unknown 9, month 6.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). One wrong first match was caught in the printed context and
fixed: 19367's CONSULT trigger "met" matching inside "metal" in the lead (anchored at "Lim earlier"). The
splitter ends 280's first sentence after "Sino-U.S." (not in its abbreviation list, as 46a's
"China-U.S."), so the AGREE's sentence is "<Ecolab Co> ... the first Sino-U.S.". See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Finance Minister Kiichi
Miyazawa", "Malaysian primary industries minister Lim Keng Yaik": NORP "Malaysian" + PERSON; "European
Community farm commissioner Frans Andriessen": ORG + PERSON, a named body inside a title; "Swiss National
Bank President Pierre Languetin": ORG + PERSON, 40a; "Duffour et Igon Chairman Jean Igon": ORG + PERSON);
"U.S. President" and "U.S. Treasury Secretary" give only GPE "U.S." (44b's "U.S. Commerce Secretary"); a
company or body name holds no nested place ("Morgan Stanley (Jersey) Ltd", "Japan Synthetic Rubber Co Ltd",
"North China Industrial Co", "New China News Agency", "Union Carbide France", "Aga France SA"); company
names are tagged without their angle brackets and tickers ("<AGA.ST>", "<UK.>", "<LING.F>") are not
entities; "X-based" gives the place ("Bahrain-based", "Toulouse-based": GPE, as "Tokyo-based"); "Sino-U.S."
gives NORP "Sino" (the combining form for Chinese) + GPE "U.S." (45a's "Soviet-U.S."). Countries: "Japanese"
NORP JPN, "Chinese" NORP CHN, Chicago GPE USA, "U.S." GPE USA; Morgan Stanley (Jersey) Ltd and Morgan
Stanley SA ORG USA (the Morgan Stanley group, 24b's "Morgan Stanley International"; CHE for the Zurich
unit arguable), Japan Synthetic Rubber Co Ltd ORG JPN, "Swiss" in "Swiss francs" NORP CHE; "Saudi" in
"Saudi riyal" NORP SAU, Bahrain GPE BHR; Kiichi Miyazawa PERSON JPN, "Paris" GPE FRA; Ecolab Co ORG USA
("of the United States"), the United States GPE USA, North China Industrial Co, the New China News Agency
and the venture Ecolab Chemical Industrial Co (based in Shanghai, 45a's venture takes its host) ORG CHN,
China and Shanghai GPE CHN; Duffour et Igon ORG FRA, Jean Igon PERSON FRA, "French" NORP FRA, "Swedish"
NORP SWE, Aga AB / "Aga" ORG SWE, Aga France SA ORG FRA (its French unit; SWE arguable), France GPE FRA,
Spain GPE ESP, West Germany GPE DEU, Reuters ORG GBR, Union Carbide Corp ORG USA, Union Carbide France
ORG FRA (the text's "French subsidiary"), Linde AG ORG DEU, Carburos Metalicos SA ORG ESP ("Spain's"),
Midi-Pyrenees GPE FRA (39b; "development authority" lower case is not an ORG span), Toulouse GPE FRA;
Malaysia GPE MYS, "Malaysian" NORP MYS, Lim Keng Yaik / "Lim" PERSON MYS, Brussels GPE BEL, Europe LOC
null, America GPE USA (as earlier sets), the Association of Tin Producing Countries / ATPC ORG null (a
body of several countries), the European Community, "Commission" and "EC" ORG null, Frans Andriessen and
Karl-Heinz Narjes PERSON null (EC office holders, as De Clercq and Andriessen in earlier sets), Kuala
Lumpur GPE MYS, New York GPE USA; the Swiss National Bank ORG CHE, Pierre Languetin PERSON CHE (40a), Japan
GPE JPN, West Germany GPE DEU. Agreements (the International Rubber Agreement / INRA, the Paris currency
accord, the semi-annual trade accords), currencies (dlrs, yen, francs, riyal), products and the
warrants are not entities.

Judgement calls made here:
* 297 (Japan buys Chinese soybeans, DCT Mon 1987-03-02, TOKYO): "Japanese importers bought some 95,000
  tonnes of Chinese soybeans late last month" is COOPERATE JPN BUS -> the implied Chinese sellers (CHN
  BUS; the Soviet corn purchase of earlier sets: a country's buyers are identifiable by country, not
  "unnamed buyers"), 1987-02 ("late last month" = February, month precision), asserted; every "said" is
  by trade sources (anonymous, EVENTS.md 4) and skipped; "under the semi-annual trade accords" is a
  background nominal (AGREE JPN -> CHN undated arguable). The totals of Japanese purchases, the demand
  forecast and the FOB premium are statistics or market movements; "In recent years Japanese importers
  have overbought ... and sold the surplus to domestic crushers" is habitual (generic, skipped); the low
  U.S. prices "discouraged the purchase" has no acting actor.
* 16436 (Morgan Stanley warrants into Japan Synthetic Rubber, DCT Mon 1987-04-13, ZURICH): the warrant
  issue is corporate finance (no type), so "lead manager Morgan Stanley SA said" is a STATEMENT (own_blind2's
  bond issue, 24b/48a's warrant issues; USA BUS, DCT, ZURICH); the issue, exercise and premium terms are
  skipped.
* 15410 (Saudi riyal rates, DCT Thu 1987-04-09, BAHRAIN): no event (a negative, as 46a's 926). Every
  "said" is by dealers or a trader (anonymous); the Bahrain banks' scramble to cover short positions,
  their lending and borrowing, and the commercial banks' quotes are market activity by unnamed banks;
  the rates rising and edging up are market movements.
* 4616 (Miyazawa on stable rates, DCT Thu 1987-03-12 from published_at 20:20, dateline "TOKYO, March
  13"): "Finance Minister Kiichi Miyazawa told a press conference he thinks exchange rates will remain
  stable" is a STATEMENT (JPN GOV, DCT, TOKYO; the press conference has no place of its own); "but he did
  not say for how long" a withheld STATEMENT (negated, trigger on the withheld verb "say", 46a). "the
  currency accord reached in Paris last month by six major industrialised nations" is AGREE by the group
  (null IGO, no actor2; own_blind3's Paris accord, a nominal with its own predication and date), 1987-02
  ("last month"), located in Paris; "since the six agreed to cooperate to bring about currency stability"
  is its later mention (1987-02 inherited; "cooperate" its content; the dollar hovering a market
  movement). "Asked to comment on remarks by some U.S. Officials calling for a further decline of the
  dollar" is the reporter's question (skipped, with the remarks and the call inside it: a call for a
  market outcome with no actor asked, REQUEST or STATEMENT USA undated arguable); "Miyazawa said only the
  U.S. President and the U.S. Treasury Secretary can make official statements" is a STATEMENT (a
  dismissal of the officials' remarks; ACCUSE or REJECT JPN -> USA arguable), DCT.
* 280 (Ecolab joint venture in China, DCT Mon 1987-03-02, PEKING): "Ecolab Co of the United States signed
  a contract with North China Industrial Co to set up the first Sino-U.S. joint venture" is AGREE USA BUS
  -> CHN BUS (the first-named first), undated (no time expression, rule 17), the New China News Agency's
  "said" rule-3 attribution, "set up" and "make" the contract's content. "It said total investment ... is
  2.4 mln dlrs" and "It said the venture will be based in Shanghai and produce agents" are two STATEMENTs
  by the agency (CHN ORG, a news agency as an identifiable medium; DCT, PEKING); "It gave no further
  details" a withheld STATEMENT (negated, 45a's "gave no details").
* 17911 (Duffour et Igon backs Aga, DCT Tue 1987-06-02, PARIS): "Duffour et Igon has decided to back the
  takeover bid by Swedish ... Aga AB" is SUPPORT FRA BUS -> SWE BUS (endorsement of another company's
  bid; trigger "back", "decided" its decision verb), undated (present perfect, no time expression of its
  own, rule 17), Jean Igon's "said" rule-3 attribution; "The board agreed late last night to back the Aga
  bid" is its later mention, 1987-06-01 ("late last night" = DCT - 1; a later mention with its own time
  expression keeps it, EVENTS.md 21), "agreed" the board's internal decision (skipped, as an internal vote
  of one body; AGREE FRA -> SWE arguable), "he told Reuters" attribution; "advise its shareholders to
  accept the Swedish group's latest offer" is part of the board's decision (skipped; REQUEST toward the
  shareholders arguable). "ending a lengthy battle between rival bidders" is a consequence (skipped).
  "Aga topped rival bids for the gases distribution group in May by raising its offer to 4,410 francs"
  is COOPERATE SWE BUS -> FRA BUS on "raising" (a takeover offer launched or raised is coded as the deal,
  asserted, as earlier sets' takeover offers), 1987-05 ("in May", past), "topped" the same act by its
  outcome (skipped). "This was accepted by Spain's Carburos Metalicos SA" is AGREE ESP BUS -> the implied
  Aga (SWE BUS; "This" is the offer), undated; "which sold Aga six pct of Duffour et Igon's stock and the
  right of first refusal" COOPERATE ESP BUS -> SWE BUS (a completed sale between companies, EVENTS.md 8),
  undated. "It also won over the French Midi-Pyrenees development authority which agreed to sell Aga its
  20 pct stake" is AGREE FRA GOV (a regional public body) -> SWE BUS on "agreed" (EVENTS.md 8, "sell" its
  content), undated; "won over" the same agreement from Aga's side (skipped; SUPPORT FRA -> SWE arguable).
  The offer's terms (cash bid or bond exchange), the bond issue by Aga France SA and its guarantee by the
  parent are corporate finance (skipped). "The takeover battle ... began on April 2 with an offer of 2,100
  francs per share from Union Carbide France" is COOPERATE FRA BUS -> the Toulouse-based company (FRA BUS)
  on "offer" (a nominal with its own date, EVENTS.md 11), 1987-04-02 ("on April 2", past), "began"
  aspectual. The offer's closing on June 24 is a term, "the results will be announced on July 21" has no
  identified announcer (skipped; STATEMENT planned by Aga or the bourse arguable); the share quotes,
  suspensions (no named authority) and trading are market activity.
* 19367 (Malaysia on tin research and the EC oils tax, DCT Fri 1987-06-19, BRUSSELS): "Malaysia is to urge
  fellow tin producing countries to contribute more money towards research" is REQUEST MYS GOV -> the
  group (null IGO), planned ("is to"), undated (no time expression), "told Reuters in an interview" rule-3
  attribution (an announced act, EVENTS.md 1); "The tin research proposal would be presented at an ATPC
  meeting to be held in Kuala Lumpur in September" is its later mention (the urging made at the meeting;
  actor1 Malaysia implied, actor2 the ATPC, null IGO), planned, 1987-09 ("in September", future; own time
  expression kept), located in Kuala Lumpur; the ATPC meeting itself is an internal meeting of one body
  (skipped, 45a's OPEC meeting). "Lim ... said he had instructed Malaysia's representatives on the executive
  committee of the ATPC to draw up a paper" is a STATEMENT (an instruction to his own government's
  representatives is internal, skipped; REQUEST MYS -> MYS arguable), DCT, BRUSSELS; "on a tour of Europe and
  America" a presupposed tour with no host (skipped). "Lim earlier met European Community farm commissioner
  Frans Andriessen and industry commissioner Karl-Heinz Narjes" is CONSULT MYS GOV -> the two commissioners
  (one record, both null IGO), undated ("earlier" gives no value, earlier sets), located in Brussels. "He
  said though it now appeared likely Commission proposals for a tax ... would be defeated, he feared the
  Commission would revive the idea" is a STATEMENT (the proposals, the tax, the defeat and the revival
  its content; "feared" inside the reported clause). "Lim noted Andriessen this week promised that if the
  tax was adopted and third countries suffered export losses ..., they would be compensated" is AGREE
  (a promise, asserted though conditional) by Andriessen (null IGO) -> third countries (a group, null),
  "this week" (15-19 June) kept at its month, 1987-06, "noted" rule-3 attribution. '"... I cannot see how
  this would work out in our case," Lim said' (skepticism of the promise; ACCUSE arguable), '"Not enough
  research ... by tin producers ...," Lim said', "He mentioned the use of inorganic tin in pesticides" and
  "Lim said he could not estimate the amount of extra money" (the saying is asserted, an earlier set's
  "said he could not estimate"; "estimate" skipped) are STATEMENTs (DCT, BRUSSELS). "He said Narjes told him
  there appeared no fundamental barriers to EC states quickly ratifying the new International Rubber
  Agreement" gives two records, as events_dev's nested field report: Lim's "said" (STATEMENT MYS, DCT) and
  Narjes's "told" (STATEMENT null IGO, relayed and placed in the undated earlier meeting: unknown); the
  ratification by EC states is content. "Lim, who will sign and ratify the agreement on Malaysia's behalf
  when he visits New York" is AGREE MYS GOV -> the agreement's other parties (implied, null IGO), planned,
  undated (the visit has no date), located in New York; "ratify" is coordinated with the signature (same
  actors and type, skipped; a second AGREE arguable), "visits" a temporal clause with no host named
  (skipped); the relative clause's sentence also gives "said it was important there should not be a long
  interregnum" (a STATEMENT, DCT). "He described the present accord as a model for commodity agreements"
  is a STATEMENT (praise of an accord, not of an actor, EVENTS.md 6); "its being signed by nearly all
  producing and consuming countries" a background nominal in a causal phrase.
* 16083 (Languetin on rate differentials, DCT Thu 1987-04-09, WASHINGTON): Languetin is CHE GOV (40a).
  "Languetin said a wider interest rate differential ... was needed to brake the dollar's fall" is a
  STATEMENT (prescriptive talk with no actor asked, EVENTS.md 2), DCT, WASHINGTON; "At a news conference, he
  said Japan and West Germany could try to stimulate their economies further" is a STATEMENT (a possible
  course set out and doubted in the next clause, not a demand; REQUEST CHE -> JPN / DEU arguable; the news
  conference has no place of its own), "but he added 'I'm not so sure ...'" a second STATEMENT (EVENTS.md
  3); '"But what would be useful is a greater differential in interest rates," he said' restates the lead's
  paraphrase, so it is the first STATEMENT's later mention (EVENTS.md 3).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind49a.jsonl"

ZUR = ("ZURICH", "CHE")
TOK = ("TOKYO", "JPN")
PEK = ("PEKING", "CHN")
BRU = ("BRUSSELS", "BEL")
WAS = ("WASHINGTON", "USA")

NCNA_IT = "CHN", "ORG"
LIM_MYS = "MYS", "GOV"
LANG_CHE = "CHE", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-297": {
        "events": [
            # 0
            ("COOPERATE", "bought", ("Japanese importers", "JPN", "BUS"), (None, "CHN", "BUS"), None,
             "1987-02", "month", "late last month", "asserted", None,
             "Japanese importers bought 95,000 tonnes of Chinese soybeans from the implied Chinese sellers (a "
             "country's buyers, identifiable by country); 'late last month' before the March DCT = 1987-02; "
             "'trade sources said' anonymous"),
        ],
        "skip": [
            ("accords", "background nominal (the semi-annual trade accords; AGREE JPN -> CHN arguable)"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            ("rose", "market-price movement (FOB premium)"),
            ("purchases", "statistics (total Japanese purchases)"),
            (("buying", "spot"), "statistics (spot buying)"),
            (("said", "previous year, the sources"), "anonymous-source talk (trade sources)"),
            ("expected", "statistics (demand forecast by anonymous sources)"),
            (("said", "a year, the sources"), "anonymous-source talk (trade sources)"),
            ("overbought", "habitual ('In recent years'), generic"),
            (("sold", "sold the surplus"), "habitual ('In recent years'), generic"),
            ("discouraged", "no acting actor (prices)"),
            (("purchase", "discouraged the purchase"), "generic (content)"),
            (("said", "they said"), "anonymous-source talk (trade sources)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Chinese", "NORP", "CHN"),
            (("Chinese", "Flat prices for"), "NORP", "CHN"),
            ("Chicago", "GPE", "USA"),
            (("Japanese", "the FOB premium."), "NORP", "JPN"),
            (("Chinese", "Japanese purchases of"), "NORP", "CHN"),
            (("Japanese", "In recent years"), "NORP", "JPN"),
            (("Chinese", "have overbought"), "NORP", "CHN"),
            ("U.S.", "GPE", "USA"),
            (("Chinese", "the purchase of"), "NORP", "CHN"),
        ],
    },
    "reuters21578-16436": {
        "events": [
            # 0
            ("STATEMENT", "said", ("lead manager Morgan Stanley SA", "USA", "BUS"), None, ZUR,
             "1987-04-13", "day", None, "asserted", None,
             "lead manager announcing a covered warrant issue (corporate finance, no type; own_blind2's bond "
             "issue, 24b/48a); wire style: DCT, dateline city"),
        ],
        "skip": [
            ("issuing", "corporate finance (warrant issue)"),
            (("exercisable", "warrants"), "warrant terms"),
            ("represents", "issue terms (premium)"),
            (("exercisable", "Each warrant is"), "warrant terms"),
        ],
        "entities": [
            ("Morgan Stanley (Jersey) Ltd", "ORG", "USA"),
            ("Japan Synthetic Rubber Co Ltd", "ORG", "JPN"),
            ("Swiss", "NORP", "CHE"),
            ("Morgan Stanley SA", "ORG", "USA"),
            (("Japan Synthetic Rubber", "common stock"), "ORG", "JPN"),
        ],
    },
    "reuters21578-15410": {
        "events": [],
        "skip": [
            (("rose", "interest rates rose"), "market-price movement"),
            ("scrambled", "market activity by unnamed banks"),
            ("cover", "market activity by unnamed banks"),
            (("said", "short positions, dealers"), "anonymous-source talk (dealers)"),
            ("lending", "market activity by unnamed banks"),
            (("borrowing", "and\nborrowing"), "market activity by unnamed banks"),
            (("said", "short supply, dealers"), "anonymous-source talk (dealers)"),
            (("said", "one trader"), "anonymous-source talk (a trader)"),
            (("rose", "Spot-next rose"), "market-price movement"),
            ("spilled over", "market movement"),
            ("edged up", "market-price movement"),
            (("quoted", "Commercial banks"), "market activity by unnamed banks (quotes)"),
        ],
        "entities": [
            ("Saudi", "NORP", "SAU"),
            ("Bahrain", "GPE", "BHR"),
            (("Bahrain", "Several"), "GPE", "BHR"),
        ],
    },
    "reuters21578-4616": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Finance Minister Kiichi Miyazawa", "JPN", "GOV"), None, TOK,
             "1987-03-12", "day", None, "asserted", None,
             "he thinks exchange rates will remain stable due to the Paris accord (assessment); the press "
             "conference is the venue; DCT from published_at (dateline March 13), dateline city"),
            # 1
            ("AGREE", "accord", ("six major industrialised nations", None, "IGO"), None, ("Paris", "FRA"),
             "1987-02", "month", "last month", "asserted", None,
             "the currency accord reached in Paris last month by six nations (a group agreement: null, no actor2, "
             "own_blind3's Paris accord; a nominal with its own predication and date); 'last month' = 1987-02"),
            # 2
            ("STATEMENT", ("say", "did not say"), (("he", "but he did not"), "JPN", "GOV"), None, TOK,
             "1987-03-12", "day", None, "negated", None,
             "withheld statement: did not say for how long rates would stay stable (trigger on the withheld verb, "
             "46a); DCT"),
            # 3
            ("AGREE", ("agreed", "the six agreed"), ("the six", None, "IGO"), None, ("Paris", "FRA"),
             "1987-02", "month", "last month", "asserted", 1,
             "later mention: the six agreed to cooperate for currency stability (the Paris accord); its date"),
            # 4
            ("STATEMENT", ("said", "Miyazawa said"), (("Miyazawa", "dollar, Miyazawa"), "JPN", "GOV"), None, TOK,
             "1987-03-12", "day", None, "asserted", None,
             "only the U.S. President and Treasury Secretary can make official statements on exchange rates (a "
             "dismissal of U.S. officials' remarks; ACCUSE / REJECT JPN -> USA arguable); DCT"),
        ],
        "skip": [
            (("press conference", "told a press"), "venue of the statement"),
            ("remain stable", "content of the statement"),
            ("hovered", "market-price movement"),
            ("cooperate", "content of the agreement"),
            ("bring about", "content of the agreement"),
            ("Asked", "reporter's question"),
            ("comment", "reporter's question"),
            ("remarks", "background nominal inside the question (U.S. officials' remarks)"),
            ("calling for", "a call for a market outcome inside the reporter's question (no actor asked; REQUEST "
                            "or STATEMENT USA undated arguable)"),
            ("decline", "market movement (content)"),
            ("make official statements", "content of the statement (generic)"),
        ],
        "entities": [
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("Paris", "GPE", "FRA"),
            (("U.S.", "some"), "GPE", "USA"),
            (("Miyazawa", "dollar, Miyazawa"), "PERSON", "JPN"),
            (("U.S.", "only the"), "GPE", "USA"),
            (("U.S.", "President and the"), "GPE", "USA"),
        ],
    },
    "reuters21578-280": {
        "events": [
            # 0
            ("AGREE", "signed", ("Ecolab Co", "USA", "BUS"), ("North China Industrial Co", "CHN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Ecolab signed a contract with North China Industrial Co to set up a joint venture (first-named first); "
             "the agency's 'said' rule-3 attribution; no time expression: undated (rule 17)"),
            # 1
            ("STATEMENT", ("said", "It said total"), (("It", "It said total"),) + NCNA_IT, None, PEK,
             "1987-03-02", "day", None, "asserted", None,
             "total investment in the venture is 2.4 mln dlrs (the New China News Agency as a medium); wire "
             "style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "It said the venture"), (("It", "It said the venture"),) + NCNA_IT, None, PEK,
             "1987-03-02", "day", None, "asserted", None,
             "the venture will be based in Shanghai and produce agents for hotels and industries; DCT"),
            # 3
            ("STATEMENT", "gave no further details", (("It", "It gave"),) + NCNA_IT, None, PEK,
             "1987-03-02", "day", None, "negated", None,
             "withheld statement (45a's 'gave no details'); DCT"),
        ],
        "skip": [
            ("set up", "content of the contract"),
            (("make", "China to make"), "content of the contract"),
            (("said", "News Agency said"), "rule-3 attribution (the signature is the event)"),
            ("investment", "content of the statement (statistic)"),
            ("based", "content of the statement"),
            ("produce", "content of the statement"),
        ],
        "entities": [
            ("Ecolab Co", "ORG", "USA"),
            ("United States", "GPE", "USA"),
            ("North China Industrial Co", "ORG", "CHN"),
            ("Sino", "NORP", "CHN"),
            (("U.S.", "Sino-"), "GPE", "USA"),
            (("China", "venture in"), "GPE", "CHN"),
            ("New China News Agency", "ORG", "CHN"),
            ("Ecolab Chemical Industrial Co", "ORG", "CHN"),
            ("Shanghai", "GPE", "CHN"),
        ],
    },
    "reuters21578-17911": {
        "events": [
            # 0
            ("SUPPORT", ("back", "decided to"), ("Duffour et Igon", "FRA", "BUS"), ("Aga AB", "SWE", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Duffour et Igon has decided to back Aga's takeover bid (endorsement of another company's bid); the "
             "chairman's 'said' rule-3 attribution; present perfect, no time expression: undated (rule 17)"),
            # 1
            ("SUPPORT", ("back", "late last night to"), ("The board", "FRA", "BUS"), (("Aga", "back the Aga"), "SWE", "BUS"),
             None,
             "1987-06-01", "day", "late last night", "asserted", 0,
             "later mention: the board agreed late last night to back the Aga bid; 'late last night' = DCT - 1 (own "
             "time expression kept, EVENTS.md 21); 'agreed' the board's internal decision, 'he told Reuters' "
             "attribution"),
            # 2
            ("COOPERATE", "raising", (("Aga", "Aga topped"), "SWE", "BUS"),
             ("the gases distribution group", "FRA", "BUS"), None,
             "1987-05", "month", "in\nMay", "asserted", None,
             "Aga raised its takeover offer for Duffour et Igon (a takeover offer coded as the deal, earlier sets); "
             "'in May' before the June DCT = 1987-05"),
            # 3
            ("AGREE", "accepted", ("Carburos Metalicos SA", "ESP", "BUS"), (None, "SWE", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Carburos Metalicos accepted Aga's raised offer ('This' is the offer; Aga implied); no time "
             "expression: undated"),
            # 4
            ("COOPERATE", ("sold", "which"), (("Carburos Metalicos SA", "Spain's"), "ESP", "BUS"),
             (("Aga", "sold Aga"), "SWE", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Carburos sold Aga six pct of Duffour et Igon's stock and a right of first refusal (a completed sale "
             "between companies, EVENTS.md 8); undated"),
            # 5
            ("AGREE", ("agreed", "authority"), ("the French Midi-Pyrenees development authority", "FRA", "GOV"),
             (("Aga", "sell Aga"), "SWE", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the regional development authority agreed to sell Aga its 20 pct stake (EVENTS.md 8: AGREE on "
             "'agreed', 'sell' content); undated"),
            # 6
            ("COOPERATE", ("offer", "with an"), (("Union Carbide France", "per\nshare from"), "FRA", "BUS"),
             ("the Toulouse-based company", "FRA", "BUS"), None,
             "1987-04-02", "day", "April 2", "asserted", None,
             "Union Carbide France's 2,100 franc per share offer for Duffour et Igon that began the takeover battle "
             "(a nominal with its own date, EVENTS.md 11); 'on April 2' before the June DCT = 1987-04-02; 'began' "
             "aspectual"),
        ],
        "skip": [
            ("decided", "decision verb of the backing (the backing is the event)"),
            (("bid", "takeover bid by"), "object of the backing (Aga's bid, presupposed nominal)"),
            ("ending", "consequence of the backing"),
            (("battle", "lengthy battle"), "background nominal"),
            (("bidders", "rival\nbidders"), "background nominal"),
            (("said", "Jean Igon said"), "rule-3 attribution (the backing is the event)"),
            (("agreed", "The board agreed"), "the board's internal decision to back the bid (internal vote of one "
                                             "body; AGREE FRA -> SWE arguable)"),
            ("advise", "part of the board's decision (advice to its own shareholders; REQUEST arguable)"),
            (("accept", "shareholders to accept"), "content of the advice"),
            (("offer", "latest"), "anaphoric nominal (Aga's offer)"),
            (("told", "he told Reuters"), "rule-3 attribution (the backing is the event)"),
            (("bidders", "other main bidders"), "stative (the other bidders)"),
            ("topped", "the raise described by its outcome (the raise is the event)"),
            (("bids", "rival bids"), "background nominal"),
            (("offer", "raising its offer"), "object of the raise (part of the trigger's event)"),
            ("won over", "the authority's agreement seen from Aga's side (the agreement is the record; SUPPORT FRA "
                         "-> SWE arguable)"),
            (("sell", "agreed to sell"), "content of the agreement"),
            (("offer", "Under Aga's"), "anaphoric nominal (Aga's offer)"),
            (("accept", "either accept"), "terms of the offer"),
            (("exchange", "or exchange"), "terms of the offer"),
            (("issue", "coupon issue"), "corporate finance (bond issue)"),
            (("issue", "The bond issue"), "corporate finance (bond issue)"),
            ("guaranteed", "corporate finance (the parent's guarantee of its unit's bond issue)"),
            (("battle", "takeover battle for"), "background nominal"),
            ("controls", "stative (market share)"),
            ("began", "aspectual (the offer is the event)"),
            (("offer", "Aga's offer, which"), "anaphoric nominal (Aga's offer)"),
            ("closes", "terms of the offer"),
            ("announced", "no identified announcer (STATEMENT planned arguable)"),
            (("quoted", "shares were"), "market activity"),
            ("suspensions", "trading suspensions with no named authority (market)"),
            ("traded", "market activity"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Duffour et Igon", "ORG", "FRA"),
            ("Swedish", "NORP", "SWE"),
            ("Aga AB", "ORG", "SWE"),
            ("France", "GPE", "FRA"),
            ("Spain", "GPE", "ESP"),
            ("West Germany", "GPE", "DEU"),
            (("Duffour et Igon", "and West Germany,"), "ORG", "FRA"),
            ("Jean Igon", "PERSON", "FRA"),
            (("Aga", "back the Aga"), "ORG", "SWE"),
            (("Swedish", "accept the"), "NORP", "SWE"),
            ("Reuters", "ORG", "GBR"),
            ("Union Carbide Corp", "ORG", "USA"),
            (("French", "<UK.>"), "NORP", "FRA"),
            ("Union Carbide France", "ORG", "FRA"),
            (("West Germany", "Union Carbide France"), "GPE", "DEU"),
            ("Linde AG", "ORG", "DEU"),
            (("Aga", "Aga topped"), "ORG", "SWE"),
            (("Spain", "accepted by"), "GPE", "ESP"),
            ("Carburos Metalicos SA", "ORG", "ESP"),
            (("Aga", "sold Aga"), "ORG", "SWE"),
            (("Duffour et Igon", "six pct of"), "ORG", "FRA"),
            (("French", "also won over the"), "NORP", "FRA"),
            ("Midi-Pyrenees", "GPE", "FRA"),
            (("Aga", "sell Aga"), "ORG", "SWE"),
            (("Duffour et Igon", "20 pct stake in"), "ORG", "FRA"),
            (("Aga", "Under"), "ORG", "SWE"),
            (("Duffour et Igon", "one share in"), "ORG", "FRA"),
            ("Aga France SA", "ORG", "FRA"),
            (("Aga AB", "the parent"), "ORG", "SWE"),
            ("Toulouse", "GPE", "FRA"),
            (("French", "eight pct of the"), "NORP", "FRA"),
            (("Union Carbide France", "per\nshare from"), "ORG", "FRA"),
            (("Aga", "share from Union Carbide France"), "ORG", "SWE"),
            (("Duffour et Igon", "July 21."), "ORG", "FRA"),
        ],
    },
    "reuters21578-19367": {
        "events": [
            # 0
            ("REQUEST", "urge", ("Malaysia", "MYS", "GOV"), ("fellow tin producing countries", None, "IGO"), None,
             None, "unknown", None, "planned", None,
             "Malaysia is to urge fellow tin producers to fund research on new uses (planned, 'is to'); 'told "
             "Reuters in an interview' rule-3 attribution (an announced act); no time expression: undated"),
            # 1
            ("STATEMENT", ("said", "America, said"), (("Lim", "Lim, in Brussels"),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "he had instructed Malaysia's ATPC representatives to draw up a paper (an internal instruction, "
             "skipped); wire style: DCT, dateline city"),
            # 2
            ("CONSULT", ("met", "Lim earlier"), (("Lim", "Lim earlier met"),) + LIM_MYS,
             ("European Community farm commissioner Frans Andriessen and industry commissioner Karl-Heinz Narjes",
              None, "IGO"), ("Brussels", "BEL"),
             None, "unknown", None, "asserted", None,
             "Lim met the two EC commissioners (one record, both null); 'earlier' gives no value: undated"),
            # 3
            ("STATEMENT", ("said", "He said though"), (("He", "He said though"),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "the Commission's oils and fats tax proposals will likely be defeated but he fears a revival "
             "(assessment); DCT"),
            # 4
            ("AGREE", "promised", (("Andriessen", "noted Andriessen"), None, "IGO"),
             ("third countries", None, "IGO"), None,
             "1987-06", "month", "this week", "asserted", None,
             "Andriessen promised compensation through EC access if the tax hurt third countries' exports (a "
             "promise, asserted though conditional); 'this week' (15-19 June) kept at its month; 'noted' "
             "attribution"),
            # 5
            ("STATEMENT", ("said", 'case," Lim said'), (("Lim", 'case," Lim'),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "he cannot see how compensation would work for Malaysia (skepticism; ACCUSE arguable); DCT"),
            # 6
            ("REQUEST", "presented", (None,) + LIM_MYS, (("ATPC", "at an ATPC"), None, "IGO"),
             ("Kuala Lumpur", "MYS"),
             "1987-09", "month", "in September", "planned", 0,
             "later mention: the tin research proposal (the urging) will be presented at the ATPC meeting in "
             "Kuala Lumpur in September (own time expression kept, EVENTS.md 21); Malaysia implied"),
            # 7
            ("STATEMENT", ("said", 'plastics," Lim said'), (("Lim", 'plastics," Lim'),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "not enough research by tin producers, substitutes pushed tin out (assessment); DCT"),
            # 8
            ("STATEMENT", "mentioned", (("He", "He mentioned"),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "inorganic tin in pesticides as a possible new use (reporting clause); DCT"),
            # 9
            ("STATEMENT", ("said", "Lim said he could"), (("Lim", "Lim said he could"),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "he could not estimate the extra research money needed (the saying is asserted, as an earlier set's "
             "'said he could not estimate'); DCT"),
            # 10
            ("STATEMENT", ("said", "He said Narjes"), (("He", "He said Narjes"),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "Lim's report of what Narjes told him (two records, as events_dev's nested field report); DCT"),
            # 11
            ("STATEMENT", ("told", "Narjes told"), (("Narjes", "He said Narjes"), None, "IGO"), None, None,
             None, "unknown", None, "asserted", None,
             "Narjes told Lim there appeared no barriers to quick EC ratification of INRA (relayed speech placed "
             "in the undated earlier meeting: unknown)"),
            # 12
            ("AGREE", ("sign", "will sign"), (("Lim", "Lim, who will"),) + LIM_MYS, (None, None, "IGO"),
             ("New York", "USA"),
             None, "unknown", None, "planned", None,
             "Lim will sign the rubber agreement on Malaysia's behalf in New York (the other parties implied, "
             "null); the visit has no date: undated"),
            # 13
            ("STATEMENT", ("said", "current tour, said"), (("Lim", "Lim, who will"),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "no long interregnum should separate the old and new rubber agreements (assessment); DCT"),
            # 14
            ("STATEMENT", "described", (("He", "He described"),) + LIM_MYS, None, BRU,
             "1987-06-19", "day", None, "asserted", None,
             "the present accord is a model for commodity agreements (praise of an accord, not an actor, "
             "EVENTS.md 6); DCT"),
        ],
        "skip": [
            ("contribute", "content of the request"),
            (("told", "Lim Keng Yaik told"), "rule-3 attribution (the planned urging is the event)"),
            ("interview", "part of the attribution"),
            (("tour", "on a tour"), "presupposed tour with no host named"),
            ("instructed", "internal instruction to Malaysia's own representatives (content; REQUEST MYS -> MYS "
                           "arguable)"),
            ("draw up", "content of the instruction"),
            ("proposals", "content of the statement (the Commission's tax proposals)"),
            (("tax", "for a tax"), "content of the statement (proposed EC tax)"),
            ("defeated", "content of the statement"),
            ("feared", "inside the reported clause (content)"),
            ("revive", "content of the statement"),
            ("noted", "rule-3 attribution (the promise is the event)"),
            ("adopted", "condition of the promise"),
            ("suffered", "condition of the promise"),
            ("compensated", "content of the promise"),
            ("exports to the EC", "statistics"),
            (("proposal", "tin research proposal"), "anaphoric nominal (Malaysia's proposal)"),
            (("meeting", "ATPC\nmeeting"), "internal meeting of one body (45a's OPEC meeting)"),
            (("held", "to be held"), "part of the internal meeting"),
            ("pushed out", "content of the quote"),
            ("estimate", "content of the asserted saying (withheld estimate)"),
            (("spent", "needed to be spent"), "content"),
            (("produced", "paper was produced"), "content"),
            ("ratifying", "content of Narjes's statement"),
            ("awaited", "content of Narjes's statement"),
            (("ratify", "sign and ratify"), "coordinated with the signature (same actors and type; a second AGREE "
                                            "arguable)"),
            ("visits", "temporal clause: presupposed visit with no host named"),
            ("lapsing", "content of the statement"),
            ("coming\ninto force", "content of the statement"),
            (("signed", "its being signed"), "background nominal in a causal phrase"),
        ],
        "entities": [
            ("Malaysia", "GPE", "MYS"),
            ("Malaysian", "NORP", "MYS"),
            ("Lim Keng Yaik", "PERSON", "MYS"),
            ("Reuters", "ORG", "GBR"),
            (("Lim", "interview."), "PERSON", "MYS"),
            ("Brussels", "GPE", "BEL"),
            ("Europe", "LOC", None),
            ("America", "GPE", "USA"),
            (("Malaysia", "instructed"), "GPE", "MYS"),
            ("Association of Tin Producing Countries", "ORG", None),
            (("ATPC", "Countries,"), "ORG", None),
            (("Lim", "Lim earlier met"), "PERSON", "MYS"),
            ("European Community", "ORG", None),
            ("Frans Andriessen", "PERSON", None),
            ("Karl-Heinz Narjes", "PERSON", None),
            (("Commission", "appeared likely"), "ORG", None),
            (("Commission", "he feared the"), "ORG", None),
            (("Lim", "Lim noted"), "PERSON", "MYS"),
            (("Andriessen", "noted"), "PERSON", None),
            (("EC", "access to the"), "ORG", None),
            (("Lim", 'case," Lim'), "PERSON", "MYS"),
            (("Malaysian", "Malaysian palm"), "NORP", "MYS"),
            (("EC", "exports to the"), "ORG", None),
            (("ATPC", "at an"), "ORG", None),
            ("Kuala Lumpur", "GPE", "MYS"),
            (("Lim", 'plastics," Lim'), "PERSON", "MYS"),
            (("Lim", "Lim said he could"), "PERSON", "MYS"),
            (("Narjes", "He said Narjes"), "PERSON", None),
            (("EC", "barriers to"), "ORG", None),
            (("EC", "into some"), "ORG", None),
            (("Lim", "Lim, who will"), "PERSON", "MYS"),
            (("Malaysia", "on\nMalaysia"), "GPE", "MYS"),
            ("New York", "GPE", "USA"),
        ],
    },
    "reuters21578-16083": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Swiss National Bank President Pierre Languetin",) + LANG_CHE, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "a wider rate differential is needed to brake the dollar's fall (prescriptive talk with no actor "
             "asked, EVENTS.md 2); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "he said Japan"), (("he", "news conference, he"),) + LANG_CHE, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "Japan and West Germany could try to stimulate their economies (a possible course, doubted next; "
             "REQUEST CHE -> JPN / DEU arguable); the news conference has no place: dateline city; DCT"),
            # 2
            ("STATEMENT", "added", (("he", "but he added"),) + LANG_CHE, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "not sure more expansive monetary policy would be desirable (second reporting clause, EVENTS.md 3); "
             "DCT"),
            # 3
            ("STATEMENT", ("said", 'rates," he said'), (("he", 'rates," he'),) + LANG_CHE, None, WAS,
             "1987-04-09", "day", None, "asserted", 0,
             "later mention: the quote restates the lead's paraphrase (a greater differential would be useful, "
             "EVENTS.md 3)"),
        ],
        "skip": [
            ("needed", "content of the statement"),
            ("brake", "content of the statement"),
            (("fall", "dollar's fall"), "market-price movement"),
            ("news conference", "venue of the statement"),
            ("try", "content of the statement"),
            ("stimulate", "content of the statement"),
            ("expanding", "content of the statement"),
            ("became", "content of the quote (hypothetical monetary policy)"),
        ],
        "entities": [
            ("Swiss National Bank", "ORG", "CHE"),
            ("Pierre Languetin", "PERSON", "CHE"),
            ("Japan", "GPE", "JPN"),
            ("West Germany", "GPE", "DEU"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
