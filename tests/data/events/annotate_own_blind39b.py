"""Build ``own_blind39b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind39b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left; also minus the 16 stories drawn for own_blind38, 2,571 left); 24 drawn with random.Random(39101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
45 event records (41 first mentions, 4 later mentions), 119 not_annotated spans, 120 entity mentions;
one article without events (5274, Turkish trade deficit: statistics from a document); 8461 (Swiss
bankers) and 8134 (Australian oil tax) have STATEMENTs only. Types: STATEMENT 26, AGREE 7, SANCTION 4,
REJECT 2, REQUEST 2, ACCUSE 2, RETREAT 1, THREATEN 1; modality: asserted 45 (no planned, hypothetical or
negated record); precision: day 29, unknown 9, year 4, month 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed that way: the skip
"process" matching inside "processing" in the lead of 19540 instead of "would process Portland aluminium",
and the entity "EC" anchored after "from three mln tonnes" matching the lorry count's "in the EC" instead
of "The EC's executive Commission"). See GUIDELINES.md and ../shared/dev/EVENTS.md
for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Victoria state treasurer
Rob Jolly": GPE "Victoria" + PERSON; "former Philippine President Ferdinand Marcos": NORP + PERSON;
"resources analyst Ian Story": the PERSON); a named body is one ORG span with no nested GPE ("Bank of
Brazil", "Banco do Brasil", "Ontario Corn Producers Association", "Australian Petroleum Exploration
Association", "Swiss Bankers Association"); lower-case bodies ("the association", "a Swedish finance
ministry committee", "the committee", "the state government") are not tagged, the capitalised short
"The Bankers Association" (inside the statement's quote) is ORG CHE (13b's "the Association"); possessive
's left out. Countries and companies: Saudi Arabia GPE SAU and "Saudis" NORP SAU, Petrobras, Banco do Brasil
and the Bank of Brazil ORG BRA (5b/30a); China GPE CHN also in "China-based" (13a's "Abidjan-based") and
Peking GPE CHN standing for the government, Seoul GPE KOR standing for South Korea, North Korea GPE PRK,
Victoria (the Australian state) GPE AUS (36a's South Australia), Portland (the Victorian town naming the
smelter, also "invest ... in Portland" and "Portland aluminium") GPE AUS (34b's Strathcona refinery;
ORG arguable), CITIC with its full name and Bohai Aluminium Industries Ltd (a China-based venture on the
northeast China coast) ORG CHN, Aluvic Ltd ORG AUS; "Swiss" NORP CHE, the Swiss Bankers Association and the
Banking Commission ORG CHE, "Iran" inside "arms-for-Iran" GPE IRN (28b's "Iran" inside "Iran-contra");
the State Statistics Institute ORG TUR, "Western" NORP null, the "Mid-East Gulf" LOC null (36a's Mideast
Gulf), the OECD (full name) ORG null; the Canadian Import Tribunal, the Ontario Corn Producers
Association and the Department of Revenue ORG CAN, "U.S." in "U.S. cts" GPE USA (36a's "U.S. Dlrs"),
"American" NORP USA; British Petroleum Co Plc / "BP" ORG GBR, Gothenburg GPE SWE, OK Petroleum AB ORG SWE;
the European Community / EC / "Commission" / "Community" (also in "Community-wide" and "Community
competition laws") ORG null, West Germany and Bonn GPE DEU; Bass Strait(s) LOC AUS (36a), Meares and
Philips Ltd, Broken Hill Pty Co Ltd and the Australian Petroleum Exploration Association ORG AUS, Exxon
Corp ORG USA, Sydney GPE AUS, Ian Story PERSON AUS (an analyst of a Sydney firm), "Australian" in
"Australian dlrs" NORP AUS (28b's "Canadian dlrs"); tickers in brackets left out, bracketed company
names tagged without brackets; currencies and laws are not entities.

Judgement calls made here:
* 5125 (Saudi Arabia accepts Brazil credit, DCT Fri 1987-03-13, RIO DE JANEIRO): the same dispute as
  5b's 4689, coded the same way. "Saudi Arabia has lifted the condition it imposed on the sale of oil to
  Brazil" is RETREAT SAU GOV -> BRA (lifting a measure, a concession; 5b's "the Saudis changed their
  minds" RETREAT), undated (present perfect, no time expression, rule 17), "Petrobras said in a
  statement" rule-3 attribution ("statement" part of it); "and will accept Banco do Brasil's credit
  guarantees" is the same act (5b skipped "decided to accept" likewise; AGREE planned arguable), "the
  condition it imposed" background (5b's "had put similar conditions" was a REQUEST; here a relative
  clause inside the lifting, skipped). "Petrobras cancelled a 40 mln dlr crude oil purchase from the
  Saudis yesterday" is SANCTION BRA BUS -> SAU (stopping trade with a party in a dispute, 5b), 1987-03-12
  ("yesterday"); "after they refused to accept a letter of credit from the Bank of Brazil" REJECT SAU ->
  the Bank of Brazil (BRA BUS, 5b) and "demanding guarantees from leading international banks" REQUEST
  SAU -> Petrobras (implied BRA BUS; 5b's "would have to obtain" REQUEST), both undated ("after" gives no
  value; they precede yesterday's cancellation). "It advised the Saudis the company would negotiate oil
  purchases elsewhere unless they changed their mind by Monday" is THREATEN BRA BUS -> SAU (a conditional
  warning; 5b's "telexed" THREATEN undated), undated ("by Monday" is the deadline of the condition, not
  the act's date; own_blind3's "threatened action against Petrobras"), asserted. "The 2.2 mln barrels
  shipment will be made by the Saudis on March 24 as scheduled, the statement said": the shipment is
  execution of the contract (skipped, 12b/29b/30a; COOPERATE SAU -> BRA planned 1987-03-24 arguable), so
  "the statement said" is a STATEMENT by Petrobras (a statement with an identifiable author, 23a/28a), DCT,
  RIO DE JANEIRO. "Under a 125,000 bpd contract signed in February the Saudis agreed to supply oil to
  Brazil until June": "contract signed in February" is AGREE SAU -> BRA (a participle with its own date,
  EVENTS.md 11; 5b's "had contracted to buy ... In February"), 1987-02, and "the Saudis agreed" its later
  mention in the main clause (same contract, first mention's date); "supply" content.
* 19540 (China aluminium venture, DCT Mon 1987-06-29, PEKING): "China and Australia's Victoria state signed
  a joint venture contract" is AGREE CHN GOV -> AUS GOV (the state government), undated (no time
  expression, rule 17), location null (the signing place is not given; "in China" places the plant),
  "Australian officials told journalists" rule-3 attribution; the plant "that will export to South Korea"
  is a description of the plant (COOPERATE CHN -> KOR planned arguable, skipped). China's lack of ties with
  Seoul and its links with North Korea are stative. The officials' "they said" (CITIC's 75 pct equity in
  Bohai, the company to build the plant) and "they said" (China's largest joint venture) are STATEMENTs
  (AUS GOV: officials of a named government, EVENTS.md 4), DCT, PEKING; so are Jolly's three reporting
  clauses (the quote on penetrating markets; "The China-based joint venture would process Portland
  aluminium ..., Jolly said"; the Australian side's investment limit and Aluvic's right to appoint key
  managers, "he said") and "Australian officials said they hoped the goodwill ... would lead to further
  CITIC investment in Victoria" (a hope, no actor asked; "hoped" left unlisted, part of the record).
  "An Australian diplomat said CITIC was eager to pursue South Korean markets" is anonymous (EVENTS.md 4:
  diplomats; an unnamed diplomat, unlike "Australian officials", arguable). Aluvic's 25 pct stake and the
  sister-plant intention are the venture's ownership (stative content of the contract). "CITIC in May
  agreed to invest about 80 mln dlrs in Portland" is AGREE CHN BUS (state-owned, EVENTS.md 15) -> the
  Portland smelter (AUS BUS) on "agreed" (EVENTS.md 8: the agreed investment is content), 1987-05 (a past
  bare month from June: the most recent May).
* 8461 (Swiss bankers' secrecy curbs, DCT Mon 1987-03-23, ZURICH): the measures are self-regulation of
  Swiss banks by their own association (a revised code of conduct: no type), so the reporting clauses are
  STATEMENTs (CHE ORG): "Swiss bankers announced a series of measures" (the lead's "Swiss bankers" are the
  Swiss Bankers Association named next, not anonymous bankers; EVENTS.md 4's "bankers said" skip arguable),
  "The Swiss Bankers Association said it wanted to curb ...", "The association said it would insist that
  banks identify anyone doing cash business ..." (rules for its own member banks: the speaker's own group,
  own_blind's "We should ..."; REQUEST CHE -> the banks arguable, "insist" skipped) and '"The Bankers
  Association is convinced ...," the statement said' (the association's statement, 23a/28a), all DCT,
  ZURICH; "Steering a middle way, the association said today that lawyers ... would in future have to
  pledge ..." is a STATEMENT dated by its own "today" (= DCT), ZURICH. "The Banking Commission, responsible
  for overseeing the banks, said at the end of last year it wanted a drastic reduction in clients' ability
  to hide behind lawyers" is a STATEMENT (CHE GOV; a regulator's proposal with no actor asked, 30a's "a
  proposal = STATEMENT"; REQUEST toward the banks arguable), 1986 at year precision ("the end of last
  year", as 31a's "late last year"), location null; "a proposal criticised by lawyers" has unnamed,
  generic critics (skipped; ACCUSE CHE -> the Commission arguable). The "recent allegations" about Marcos
  and U.S. officials have no named accuser (background, ACCUSE arguable), the "freezing of bank accounts"
  and the "busting of a major international drug ring" are background nominals with no agent (COERCE
  arguable), the code's entry into force on October 1 and its approval by member banks a domestic rule
  and its condition.
* 5274 (Turkish trade deficit, DCT Mon 1987-03-16, ANKARA): no event (a negative). Every figure comes from
  a document ("figures from the State Statistics Institute show": not a speech act, as 35a's "government
  statistics institute figures show"), and the rises and falls are statistics.
* 2617 (Canada upholds corn duty, DCT Fri 1987-03-06, OTTAWA): "The Canadian Import Tribunal ruled today
  subsidized U.S. corn imports were injurious to Canadian growers" is SANCTION CAN GOV -> USA (an adverse
  ruling against a party; 22b's finding in the same case, there undated), 1987-03-06 ("today"), location
  null (a ruling is not a speech act; no place given); "and upheld a countervailing duty" is the same
  ruling in its second clause (later mention, first mention's date, rule 3; EVENTS.md 18 kept "today" to
  its own conjunct for a separate act, but the upholding is what today's ruling decided; a separate
  SANCTION record arguable). "a countervailing duty ... set earlier this year" is SANCTION CAN (implied,
  the revenue department, 17b) -> USA, a participle with its own date (EVENTS.md 11; 17b's "The duty was
  imposed last year"), 1987 (year). "The ruling" is anaphoric. "trade action launched in 1985 by the
  Ontario Corn Producers Association" is ACCUSE CAN ORG -> USA (a trade complaint, as 35a's case "filed
  by" the NSPA; trigger on the participle), 1985 (year), and "that contended U.S. subsidies were driving
  American corn prices below Canadian production costs" its later mention (the case's allegation, 35a's
  "The NSPA charged"; first mention's date). "A spokesman for the Department of Revenue said a study of
  the level of the duty will be undertaken in the next six months to determine if it should be adjusted"
  is a STATEMENT (CAN GOV; an internal review, no type; the possible adjustment hypothetical content,
  RETREAT arguable), DCT, OTTAWA.
* 12940 (BP Gothenburg refinery, DCT Fri 1987-04-03 from published_at although the dateline says April 2,
  as 11a/34a/7a; LONDON): "The British Petroleum Co Plc said it had no plans to close its refinery in
  Gothenburg, despite forecasts by a Swedish finance ministry committee that it might be planning such a
  move" is REJECT GBR BUS -> the committee (SWE GOV): a denial of the committee's forecast (speech-act rule
  2; 12a's "has no plans to bow to pressure" REJECT, 37a's rebuttal; a STATEMENT on its own plans
  arguable), DCT; the "forecasts" nominal is the committee's statement coded on "The committee said"
  (skipped as background). "The committee said the refinery's future looked bleak ..." is a STATEMENT (SWE
  GOV), wire style with no time expression (EVENTS.md 16), DCT, LONDON. "But BP said the unit ... had
  performed well ..." and "... did not cause it any serious problems, it said in a statement" are
  STATEMENTs (GBR BUS), DCT. The refinery's start-up in 1967 has no actor's event (skipped).
* 7972 (EC diesel emissions, DCT Fri 1987-03-20, BRUSSELS): "The European Community (EC) agreed tough new
  rules to cut diesel exhaust emissions" is AGREE by the EC (null IGO, no actor2; 10a's EC farm ministers
  "signed" a framework, 26b's OPEC accord), undated (no time expression, rule 17), location Brussels (the
  ministers "meeting here"); "Diplomats said EC environment ministers meeting here agreed member states
  would have to reduce ..." is its later mention (the diplomats' "said" anonymous, the relayed act coded,
  10b/18b); the ministers' meeting is the setting (an internal meeting of one body, 9a; CONSULT by a null
  group arguable, 30a). "The EC's executive Commission says the emission level ... was expected to drop"
  is a STATEMENT (null IGO, present-tense wire style: DCT, BRUSSELS); the lorry count is "according to
  Commission figures" (a document). "The ministers also gave West Germany a go-ahead to move towards a ban
  on the sale of leaded regular petrol" is AGREE null IGO -> DEU on "go-ahead" (a permission granted, 10b's
  "told India it could purchase" = AGREE; RETREAT as an eased EC rule arguable), undated, and "after Bonn
  requested permission to do so" REQUEST DEU -> the ministers (implied, null IGO), undated ("after" gives no
  value); both relayed by anonymous diplomats. West Germany's need for final approval is a condition, the
  approval "expected when EC environment ministers meet next on May 21" content of anonymous talk (the
  meeting a time anchor, CONSULT planned 1987-05-21 arguable, 37a's June summit). "But the ministers added
  that the go-ahead for West Germany did not mean there would automatically follow a Community-wide ban"
  is a STATEMENT (null IGO), DCT, BRUSSELS. Bonn's intention to keep premium pumps and the car figures are
  anonymous diplomats' talk; the EC-law paragraph is generic.
* 8134 (Australian oil tax, DCT Mon 1987-03-23, SURFERS PARADISE): every record is a reporting clause of
  resources analyst Ian Story (named, of a Sydney stockbroker: AUS BUS, 37a's Simon Smithson), at the
  Australian Petroleum Exploration Association conference "here": "said here", "he told the ... annual
  conference", "Story said" (no longer appropriate), "he said" (the levy is forcing the BHP/Exxon
  partnership to shut in production), "He said the producer return ... would rise", "'The economics ...
  are simply not attractive ...,' Story said" and "he said" (cutting the levy would create higher
  self-sufficiency ...): seven STATEMENTs, DCT 1987-03-23, location SURFERS PARADISE. What a lower levy
  would do is an evaluation with no actor asked (EVENTS.md 2; "would help give balance"); a REQUEST
  toward the Australian government arguable. The levy "forcing" the partnership to shut in production is
  the content of his statement, not a COERCE by an actor; "The government is currently reviewing the oil
  tax structure" is domestic tax policy (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind39b.jsonl"

RIO = ("RIO DE JANEIRO", "BRA")
PEK = ("PEKING", "CHN")
ZUR = ("ZURICH", "CHE")
OTT = ("OTTAWA", "CAN")
LON = ("LONDON", "GBR")
BRU = ("BRUSSELS", "BEL")
SUR = ("SURFERS PARADISE", "AUS")

BRA_BUS_IMPLIED = (None, "BRA", "BUS")
CAN_IMPLIED = (None, "CAN", "GOV")
EC_IMPLIED = (None, None, "IGO")
SAUDIS_REFUSED = (("they", "yesterday, after"), "SAU", "GOV")
US_CORN = (("U.S.", "subsidized"), "USA", "GOV")
US_CONTENDED = (("U.S.", "contended"), "USA", "GOV")
OCPA = ("the Ontario Corn Producers Association", "CAN", "ORG")
AUS_OFFICIALS = "AUS", "GOV"
STORY = "AUS", "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5125": {
        "events": [
            # 0
            ("RETREAT", "lifted", ("Saudi Arabia", "SAU", "GOV"), (("Brazil", "sale of oil to"), "BRA", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Saudi Arabia lifted the condition on its oil sale to Brazil (a concession, 5b's 'changed their minds'); "
             "'will accept' the guarantees is the same act; 'Petrobras said' is rule-3 attribution; present "
             "perfect, no time expression: undated"),
            # 1
            ("SANCTION", "cancelled", (("Petrobras", "Petrobras cancelled"), "BRA", "BUS"),
             (("the Saudis", "purchase from"), "SAU", "GOV"), None,
             "1987-03-12", "day", "yesterday", "asserted", None,
             "Petrobras cancelled an oil purchase from the Saudis in the dispute (stopping trade, 5b); yesterday"),
            # 2
            ("REJECT", "refused", SAUDIS_REFUSED, ("the Bank of Brazil", "BRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the Saudis refused the Bank of Brazil's letter of credit (5b); 'after' gives no value: undated"),
            # 3
            ("REQUEST", "demanding", SAUDIS_REFUSED, BRA_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the Saudis demanded guarantees from leading international banks (5b's 'would have to obtain'); "
             "Petrobras implied; undated"),
            # 4
            ("THREATEN", "advised", (("It", "It advised"), "BRA", "BUS"), (("the Saudis", "advised"), "SAU", "GOV"),
             None, None, "unknown", None, "asserted", None,
             "Petrobras would buy elsewhere unless the Saudis changed their mind by Monday: a conditional warning "
             "(5b's 'telexed' THREATEN); 'by Monday' is the condition's deadline; a past act with no time "
             "expression: undated"),
            # 5
            ("STATEMENT", ("said", "the statement said"), (("the statement", "as scheduled,"), "BRA", "BUS"), None, RIO,
             "1987-03-13", "day", None, "asserted", None,
             "the shipment will be made on March 24 as scheduled (execution of the contract, skipped), so the "
             "reporting clause of Petrobras's statement is the record; wire style: DCT, dateline city"),
            # 6
            ("AGREE", "signed", (("the Saudis", "February the"), "SAU", "GOV"), (("Brazil", "supply oil to"), "BRA", "GOV"),
             None, "1987-02", "month", "in February", "asserted", None,
             "the 125,000 bpd contract signed in February (a participle with its own date, EVENTS.md 11; 5b's "
             "'had contracted to buy ... In February')"),
            # 7
            ("AGREE", "agreed", (("the Saudis", "February the"), "SAU", "GOV"), (("Brazil", "supply oil to"), "BRA", "GOV"),
             None, "1987-02", "month", "in February", "asserted", 6,
             "later mention: under that contract the Saudis agreed to supply oil to Brazil (first mention's date)"),
        ],
        "skip": [
            ("imposed", "background: the condition the Saudis had imposed (inside the lifting; REQUEST arguable)"),
            (("accept", "will accept"), "the same act as lifting the condition (5b's 'decided to accept')"),
            (("said", "Petrobras said"), "rule-3 attribution (the lifting is the event)"),
            (("statement", "said in a"), "part of the attribution"),
            ("purchase from", "object of the cancellation"),
            (("accept", "refused to"), "content of the refusal"),
            ("negotiate", "content of the threat"),
            ("changed their mind", "condition of the threat"),
            ("shipment", "execution of the contract (content of the statement; COOPERATE SAU -> BRA planned "
                         "1987-03-24 arguable)"),
            ("scheduled", "content of the statement"),
            ("supply", "content of the agreement"),
        ],
        "entities": [
            ("Saudi Arabia", "GPE", "SAU"),
            (("Brazil", "sale of oil to"), "GPE", "BRA"),
            ("Banco do Brasil", "ORG", "BRA"),
            ("Petrobras", "ORG", "BRA"),
            (("Petrobras", "Petrobras cancelled"), "ORG", "BRA"),
            (("Saudis", "purchase from"), "NORP", "SAU"),
            ("Bank of Brazil", "ORG", "BRA"),
            (("Saudis", "advised"), "NORP", "SAU"),
            (("Saudis", "be made by"), "NORP", "SAU"),
            (("Saudis", "February the"), "NORP", "SAU"),
            (("Brazil", "supply oil to"), "GPE", "BRA"),
        ],
    },
    "reuters21578-19540": {
        "events": [
            # 0
            ("AGREE", "signed", ("China", "CHN", "GOV"), ("Australia's Victoria state", "AUS", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "China and Victoria state signed a joint venture contract; 'Australian officials told journalists' is "
             "rule-3 attribution; no time expression: undated (rule 17); no place given for the signing"),
            # 1
            ("STATEMENT", ("said", "China coast, they"), (("they", "China coast,"), *AUS_OFFICIALS), None, PEK,
             "1987-06-29", "day", None, "asserted", None,
             "CITIC's 75 pct of the equity in Bohai (the venture's ownership, no type); officials of a named "
             "government (EVENTS.md 4); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "so far, they"), (("they", "so far,"), *AUS_OFFICIALS), None, PEK,
             "1987-06-29", "day", None, "asserted", None,
             "China's largest joint venture so far (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "Rob Jolly"), ("Victoria state treasurer Rob Jolly", *AUS_OFFICIALS), None, PEK,
             "1987-06-29", "day", None, "asserted", None,
             "'A joint venture opens up the potential for penetrating markets' (assessment); DCT"),
            # 4
            ("AGREE", "agreed", (("CITIC", "CITIC in May"), "CHN", "BUS"), (("Portland", "80 mln dlrs in"), "AUS", "BUS"),
             None, "1987-05", "month", "in May", "asserted", None,
             "CITIC agreed to invest in the Portland smelter (EVENTS.md 8: the investment is content); state-owned "
             "company: BUS; past bare month 'in May' from June 29 = 1987-05"),
            # 5
            ("STATEMENT", ("said", "for export, Jolly"), (("Jolly", "for export,"), *AUS_OFFICIALS), None, PEK,
             "1987-06-29", "day", None, "asserted", None,
             "the venture would process Portland aluminium and sell at home and abroad (its own operations); DCT"),
            # 6
            ("STATEMENT", ("said", "key managers, he"), (("he", "key managers,"), *AUS_OFFICIALS), None, PEK,
             "1987-06-29", "day", None, "asserted", None,
             "the Australian side's investment limit and Aluvic's right to appoint managers (terms); DCT"),
            # 7
            ("STATEMENT", ("said", "Australian officials said"), (("Australian officials", "Australian officials said"),
                                                                   *AUS_OFFICIALS), None, PEK,
             "1987-06-29", "day", None, "asserted", None,
             "they hoped the goodwill would lead to further CITIC investment in Victoria (a hope, no actor asked); "
             "DCT"),
        ],
        "skip": [
            (("told", "Australian officials"), "rule-3 attribution (the signing is the event)"),
            ("export to", "description of the plant (COOPERATE CHN -> KOR planned arguable)"),
            ("has no official", "stative (no ties with Seoul)"),
            ("maintains", "stative (links with North Korea)"),
            ("would have 75", "content (the venture's ownership)"),
            ("build", "content (the company's purpose)"),
            ("opens up", "content of the quote"),
            (("said", "An Australian diplomat"), "anonymous-source talk (an unnamed diplomat, EVENTS.md 4)"),
            ("pursue", "content of anonymous talk"),
            ("growing", "stative / statistics (indirect trade, no actor)"),
            ("publicised", "stative"),
            ("will hold", "the venture's ownership (content of the contract)"),
            ("intended", "stative (the project's purpose)"),
            ("invest", "content of the agreement"),
            (("process", "joint venture would"), "content of the statement"),
            (("sell", "aim to"), "content of the statement (sales to unnamed buyers)"),
            ("limited", "content of the statement"),
            ("appoint", "content (a right to appoint managers; appointments are not events)"),
            ("generated", "content of the hope"),
            (("investment", "further CITIC"), "hypothetical content of the hope"),
            ("enjoys", "stative"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("Australia", "GPE", "AUS"),
            ("Victoria", "GPE", "AUS"),
            (("China", "processing plant in"), "GPE", "CHN"),
            ("South Korea", "GPE", "KOR"),
            (("Australian", "South Korea,"), "NORP", "AUS"),
            (("China", "China has no"), "GPE", "CHN"),
            ("Seoul", "GPE", "KOR"),
            ("North Korea", "GPE", "PRK"),
            ("China International Trust and Investment Corporation", "ORG", "CHN"),
            (("CITIC", "Corporation\n("), "ORG", "CHN"),
            ("Bohai Aluminium Industries Ltd", "ORG", "CHN"),
            (("China", "northeast"), "GPE", "CHN"),
            (("China", "It was"), "GPE", "CHN"),
            (("China", "(for"), "GPE", "CHN"),
            (("Victoria", "Victoria state treasurer"), "GPE", "AUS"),
            ("Rob Jolly", "PERSON", "AUS"),
            (("Australian", "An Australian"), "NORP", "AUS"),
            (("CITIC", "diplomat said"), "ORG", "CHN"),
            ("South Korean", "NORP", "KOR"),
            (("China", "Indirect trade between"), "GPE", "CHN"),
            (("Seoul", "Indirect trade between"), "GPE", "KOR"),
            (("Victoria", "publicised."), "GPE", "AUS"),
            ("Aluvic Ltd", "ORG", "AUS"),
            (("Victoria", "sister plant to"), "GPE", "AUS"),
            (("Portland", "sister plant to"), "GPE", "AUS"),
            (("CITIC", "CITIC in May"), "ORG", "CHN"),
            (("Portland", "80 mln dlrs in"), "GPE", "AUS"),
            (("China", "The China-based"), "GPE", "CHN"),
            (("Portland", "would process"), "GPE", "AUS"),
            (("Chinese", "domestic"), "NORP", "CHN"),
            (("Jolly", "for export,"), "PERSON", "AUS"),
            (("Australian", "The Australian side"), "NORP", "AUS"),
            (("Aluvic", "but Aluvic"), "ORG", "AUS"),
            (("Australian", "Australian officials said"), "NORP", "AUS"),
            (("CITIC", "further CITIC"), "ORG", "CHN"),
            (("Victoria", "investment\nin"), "GPE", "AUS"),
            (("Chinese", "The Chinese group"), "NORP", "CHN"),
            ("Peking", "GPE", "CHN"),
        ],
    },
    "reuters21578-8461": {
        "events": [
            # 0
            ("STATEMENT", "announced", ("Swiss bankers", "CHE", "ORG"), None, ZUR,
             "1987-03-23", "day", None, "asserted", None,
             "a series of measures against abuses of banking secrecy (self-regulation of the banks' own code: no "
             "type); the Swiss bankers are the association named next (anonymous 'bankers' arguable); wire style: "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Swiss Bankers Association"), ("The Swiss Bankers Association", "CHE", "ORG"), None,
             ZUR, "1987-03-23", "day", None, "asserted", None,
             "it wanted to curb clients' right to hide behind lawyers (its own code); DCT"),
            # 2
            ("STATEMENT", ("said", "The association said it would"), (("The association", "The association said it would"),
                                                                       "CHE", "ORG"), None, ZUR,
             "1987-03-23", "day", None, "asserted", None,
             "it would insist that banks identify cash customers (rules for its own member banks, own_blind's "
             "'We should ...'; REQUEST toward the banks arguable); DCT"),
            # 3
            ("STATEMENT", ("said", "the statement said"), (("the statement", "abroad,\""), "CHE", "ORG"), None, ZUR,
             "1987-03-23", "day", None, "asserted", None,
             "the association is convinced the new agreement will guarantee banking secrecy (assessment; a "
             "statement with an identifiable author, 23a/28a); DCT"),
            # 4
            ("STATEMENT", ("said", "overseeing the"), ("The Banking Commission", "CHE", "GOV"), None, None,
             "1986", "year", "the end of last year", "asserted", None,
             "it wanted a drastic reduction in clients' ability to hide behind lawyers (a regulator's proposal, no "
             "actor asked, 30a; REQUEST arguable); 'the end of last year' = 1986 at year precision (31a's 'late "
             "last year')"),
            # 5
            ("STATEMENT", ("said", "the association said today"), (("the association", "Steering a middle way,"),
                                                                    "CHE", "ORG"), None, ZUR,
             "1987-03-23", "day", "today", "asserted", None,
             "lawyers would in future have to pledge they are not merely preserving clients' identity (its own "
             "code); 'today' = DCT"),
        ],
        "skip": [
            (("measures", "a series of"), "content of the announcement (the banks' own code)"),
            ("preventing", "purpose of the measures"),
            (("revision", "as part of a"), "background (the code's revision)"),
            (("controversy", "renewed"), "background"),
            ("allegations", "background nominal with no named accuser (ACCUSE null -> PHL/USA arguable)"),
            (("linked", "Officials"), "stative"),
            ("curb", "content of the statement"),
            ("insist", "content: rules for the association's own member banks (REQUEST CHE -> the banks arguable)"),
            (("identify", "insist that banks"), "content of the statement"),
            ("required", "content (the code's rules)"),
            (("pledge", "other cases and"), "content (the code's rules)"),
            ("face fines", "hypothetical content (the code's penalties)"),
            ("agreement", "anaphoric nominal (the code), content of the statement"),
            ("approved", "condition (approval by member banks)"),
            ("go into force", "entry into force of the banks' own code: no type"),
            (("use", "alleged"), "background (alleged use of accounts)"),
            ("freezing", "background nominal with no agent (COERCE CHE -> PHL/USA arguable)"),
            ("directed", "background"),
            ("busting", "background nominal with no agent (COERCE arguable)"),
            (("used", "banks had been"), "background"),
            ("reduction", "content of the Commission's statement"),
            ("proposal", "anaphoric nominal (the Commission's proposal)"),
            ("criticised", "unnamed, generic critics (lawyers): anonymous (ACCUSE CHE -> the Commission arguable)"),
            ("Steering", "participial elaboration of the statement"),
            (("pledge", "have to"), "content of the statement"),
            ("obliged", "stative (the old rule)"),
            (("sign", "obliged to"), "habitual / content (the old rule)"),
        ],
        "entities": [
            (("Swiss", "Swiss bankers"), "NORP", "CHE"),
            (("Swiss", "limits of"), "NORP", "CHE"),
            ("Philippine", "NORP", "PHL"),
            ("Ferdinand Marcos", "PERSON", "PHL"),
            ("U.S.", "GPE", "USA"),
            (("Iran", "arms-for-"), "GPE", "IRN"),
            ("Swiss Bankers Association", "ORG", "CHE"),
            (("Bankers Association", "\"The"), "ORG", "CHE"),
            (("Swiss", "standing of"), "NORP", "CHE"),
            (("Marcos", "linked with"), "PERSON", "PHL"),
            (("U.S.", "and with the"), "GPE", "USA"),
            (("Iran", "U.S.\nArms-for-"), "GPE", "IRN"),
            (("Swiss", "fresh evidence"), "NORP", "CHE"),
            ("Banking Commission", "ORG", "CHE"),
        ],
    },
    "reuters21578-5274": {
        "events": [],
        "skip": [
            (("rose", "trade deficit"), "statistics"),
            ("show", "a document (statistics institute figures): not a speech act (35a)"),
            ("were down", "statistics"),
            ("fell", "statistics"),
            (("rose", "Development countries"), "statistics"),
            ("narrowed", "statistics"),
        ],
        "entities": [
            ("Turkey", "GPE", "TUR"),
            ("Western", "NORP", None),
            ("State Statistics Institute", "ORG", "TUR"),
            ("Mid-East Gulf", "LOC", None),
            ("Organisation for Economic Cooperation and\nDevelopment", "ORG", None),
            (("Turkey", "Turkey's trade deficit in December"), "GPE", "TUR"),
        ],
    },
    "reuters21578-2617": {
        "events": [
            # 0
            ("SANCTION", "ruled", ("The Canadian Import Tribunal", "CAN", "GOV"), US_CORN, None,
             "1987-03-06", "day", "today", "asserted", None,
             "ruling that subsidized U.S. corn injured Canadian growers (an adverse ruling against a party; 22b's "
             "finding in the same case); today; a ruling is not a speech act: no place given"),
            # 1
            ("SANCTION", "upheld", ("The Canadian Import Tribunal", "CAN", "GOV"), US_CORN, None,
             "1987-03-06", "day", "today", "asserted", 0,
             "later mention: the same ruling upheld the countervailing duty (what today's ruling decided, rule 3; "
             "a separate SANCTION arguable)"),
            # 2
            ("SANCTION", "set", CAN_IMPLIED, US_CORN, None,
             "1987", "year", "earlier this year", "asserted", None,
             "the countervailing duty on U.S. corn set earlier this year (a participle with its own date, EVENTS.md "
             "11; 17b's 'imposed last year'); the revenue department implied"),
            # 3
            ("ACCUSE", "launched", OCPA, US_CONTENDED, None,
             "1985", "year", "in 1985", "asserted", None,
             "trade action launched in 1985 by the corn producers against U.S. subsidies (a trade complaint, 35a's "
             "case 'filed by' the NSPA)"),
            # 4
            ("ACCUSE", "contended", OCPA, US_CONTENDED, None,
             "1985", "year", "in 1985", "asserted", 3,
             "later mention: the action's allegation that U.S. subsidies drove corn prices down (35a's 'The NSPA "
             "charged'); first mention's date"),
            # 5
            ("STATEMENT", "said", ("A spokesman for the Department of Revenue", "CAN", "GOV"), None, OTT,
             "1987-03-06", "day", None, "asserted", None,
             "a study of the duty's level will be undertaken in six months (an internal review: no type); wire "
             "style: DCT, dateline city"),
        ],
        "skip": [
            ("injurious", "content of the ruling"),
            (("ruling", "The ruling"), "anaphoric nominal (today's ruling)"),
            ("driving", "content of the allegation"),
            ("study", "content of the statement (an internal review)"),
            ("undertaken", "content of the statement"),
            ("determine", "content of the statement"),
            ("adjusted", "hypothetical content (RETREAT arguable)"),
        ],
        "entities": [
            ("Canadian Import Tribunal", "ORG", "CAN"),
            (("U.S.", "subsidized"), "GPE", "USA"),
            (("Canadian", "injurious to"), "NORP", "CAN"),
            (("U.S.", "84.9"), "GPE", "USA"),
            ("Ontario Corn Producers Association", "ORG", "CAN"),
            (("U.S.", "contended"), "GPE", "USA"),
            ("American", "NORP", "USA"),
            (("Canadian", "below"), "NORP", "CAN"),
            ("Department of Revenue", "ORG", "CAN"),
        ],
    },
    "reuters21578-12940": {
        "events": [
            # 0
            ("REJECT", ("said", "BP.L>"), ("The British Petroleum Co Plc", "GBR", "BUS"),
             ("a Swedish finance ministry committee", "SWE", "GOV"), LON,
             "1987-04-03", "day", None, "asserted", None,
             "no plans to close the refinery, despite the committee's forecast that it might: a denial (speech-act "
             "rule 2; 12a's 'no plans to bow'; STATEMENT arguable); wire style: DCT (published_at, although the "
             "dateline says April 2), dateline city"),
            # 1
            ("STATEMENT", ("said", "The committee said"), ("The committee", "SWE", "GOV"), None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "the refinery's future looked bleak (forecast); no time expression: DCT (EVENTS.md 16)"),
            # 2
            ("STATEMENT", ("said", "But BP said"), (("BP", "But BP said"), "GBR", "BUS"), None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "the unit had performed well technically and financially (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "problems, it said"), (("it", "problems, it said"), "GBR", "BUS"), None, LON,
             "1987-04-03", "day", None, "asserted", None,
             "sulphur restrictions cause it no serious problems (assessment); DCT"),
        ],
        "skip": [
            ("close", "content of the denial"),
            ("forecasts", "background nominal (the committee's statement, coded on 'The committee said')"),
            ("planning", "content of the forecast"),
            ("looked bleak", "content of the statement"),
            ("invested", "condition inside the forecast"),
            ("tightening", "hypothetical content (domestic rules)"),
            ("performed", "content of the statement"),
            (("statement", "it said in a"), "part of the reporting clause"),
            ("started up", "the refinery's start-up in 1967: no actor's event (stative history)"),
        ],
        "entities": [
            ("British Petroleum Co Plc", "ORG", "GBR"),
            ("Gothenburg", "GPE", "SWE"),
            ("Swedish", "NORP", "SWE"),
            (("Swedish", "because the"), "NORP", "SWE"),
            (("BP", "But BP said"), "ORG", "GBR"),
            ("Sweden", "GPE", "SWE"),
            ("OK Petroleum AB", "ORG", "SWE"),
            (("Sweden", "for both"), "GPE", "SWE"),
        ],
    },
    "reuters21578-7972": {
        "events": [
            # 0
            ("AGREE", ("agreed", "(EC)"), ("The European Community", None, "IGO"), None, BRU,
             None, "unknown", None, "asserted", None,
             "the EC agreed tough new rules on diesel emissions (a group agreeing, actor2 null: 10a's EC farm "
             "ministers, 26b's OPEC); no time expression: undated (rule 17); the ministers met 'here'"),
            # 1
            ("AGREE", ("agreed", "meeting here"), ("EC environment ministers", None, "IGO"), None, BRU,
             None, "unknown", None, "asserted", 0,
             "later mention: the ministers meeting here agreed member states must cut emissions (relayed by "
             "anonymous diplomats, 10b/18b)"),
            # 2
            ("STATEMENT", "says", ("The EC's executive Commission", None, "IGO"), None, BRU,
             "1987-03-20", "day", None, "asserted", None,
             "forecast of the nitrogen oxide emission level (present-tense wire style): DCT, dateline city"),
            # 3
            ("AGREE", "go-ahead", ("The ministers", None, "IGO"), (("West Germany", "gave"), "DEU", "GOV"), BRU,
             None, "unknown", None, "asserted", None,
             "a go-ahead (permission) for West Germany to move towards a leaded-petrol ban (10b's 'told India it "
             "could purchase' = AGREE; RETREAT arguable); relayed by anonymous diplomats, no time expression"),
            # 4
            ("REQUEST", "requested", ("Bonn", "DEU", "GOV"), EC_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "Bonn requested permission from the EC ministers (implied); 'after' gives no value: undated"),
            # 5
            ("STATEMENT", ("added", "But the ministers"), (("the ministers", "But the ministers"), None, "IGO"), None, BRU,
             "1987-03-20", "day", None, "asserted", None,
             "the go-ahead does not mean an automatic Community-wide ban (assessment); wire style: DCT"),
        ],
        "skip": [
            (("cut", "rules to"), "content of the agreement"),
            (("reduce", "attempt to"), "purpose of the rules"),
            ("threatening", "no actor (pollution)"),
            (("said", "Diplomats said EC"), "anonymous-source talk (diplomats); the relayed agreement is coded"),
            (("meeting", "ministers"), "setting: internal meeting of one body (9a; CONSULT by a null group arguable, "
                                       "30a)"),
            (("reduce", "have to"), "content of the agreement"),
            ("imposed", "content of the rules"),
            ("expected to drop", "content of the forecast"),
            ("applied", "condition inside the forecast"),
            ("figures", "a document (Commission figures): not a speech act"),
            (("move", "go-ahead to"), "content of the permission"),
            (("ban", "towards a"), "content of the permission (domestic measure)"),
            ("permission to do so", "object of the request"),
            ("encourage", "purpose of the request"),
            (("said", "low-pollution cars,"), "anonymous-source talk (diplomats); the relayed acts are coded"),
            ("need", "condition (final approval still needed)"),
            ("approval", "hypothetical future approval (content of the condition)"),
            (("said", "Diplomats said this"), "anonymous-source talk (diplomats)"),
            (("expected", "this was"), "content of anonymous talk"),
            ("meet next", "time anchor inside anonymous talk (internal meeting; CONSULT planned 1987-05-21 arguable)"),
            (("go-ahead", "the go-ahead for"), "anaphoric nominal (the go-ahead), content of the statement"),
            ("follow", "hypothetical content of the statement"),
            ("intends", "content of anonymous talk (domestic)"),
            (("said", "petrol pumps,"), "anonymous-source talk (diplomats)"),
            (("added", "They added"), "anonymous-source talk (diplomats)"),
            ("switched", "hypothetical content of anonymous talk"),
            (("give", "have to"), "generic rule (EC law)"),
            ("implement", "hypothetical domestic ban"),
        ],
        "entities": [
            ("European Community", "ORG", None),
            ("EC", "ORG", None),
            (("EC", "Diplomats said"), "ORG", None),
            (("EC", "The EC's executive"), "ORG", None),
            ("Commission", "ORG", None),
            (("Community", "12-nation"), "ORG", None),
            (("EC", "in use in"), "ORG", None),
            (("Commission", "according to"), "ORG", None),
            (("West Germany", "gave"), "GPE", "DEU"),
            ("Bonn", "GPE", "DEU"),
            (("West Germany", "diplomats said.\n    "), "GPE", "DEU"),
            (("EC", "Diplomats said this"), "ORG", None),
            (("West Germany", "go-ahead for"), "GPE", "DEU"),
            (("Community", "automatically follow a"), "ORG", None),
            (("Bonn", "Bonn intends"), "GPE", "DEU"),
            (("EC", "97 mln cars in the"), "ORG", None),
            (("EC", "Under"), "ORG", None),
            (("Community", "exempt from"), "ORG", None),
            (("West Germany", "case if"), "GPE", "DEU"),
        ],
    },
    "reuters21578-8134": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Ian Story"), ("Ian Story", *STORY), None, SUR,
             "1987-03-23", "day", None, "asserted", None,
             "a lower levy would stabilize Bass Strait output (an evaluation, no actor asked: EVENTS.md 2; REQUEST "
             "toward the government arguable); a named analyst of a Sydney firm: AUS BUS; DCT, 'here'"),
            # 1
            ("STATEMENT", "told", (("he", "BPD in 1987/88,"), *STORY), None, SUR,
             "1987-03-23", "day", None, "asserted", None,
             "a cut to 70 pct would keep output at the current rate (forecast); DCT"),
            # 2
            ("STATEMENT", ("said", "climate, Story"), (("Story", "climate,"), *STORY), None, SUR,
             "1987-03-23", "day", None, "asserted", None,
             "windfall profits taxes are no longer appropriate (evaluation); DCT"),
            # 3
            ("STATEMENT", ("said", "government revenue, he"), (("he", "government revenue,"), *STORY), None, SUR,
             "1987-03-23", "day", None, "asserted", None,
             "the 80 pct levy forces the BHP/Exxon partnership to shut in production (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "He said the producer"), (("He", "He said the producer"), *STORY), None, SUR,
             "1987-03-23", "day", None, "asserted", None,
             "producer return would rise if the levy were cut (forecast); DCT"),
            # 5
            ("STATEMENT", ("said", 'dlrs," Story'), (("Story", 'dlrs,"'), *STORY), None, SUR,
             "1987-03-23", "day", None, "asserted", None,
             "'The economics at an 80 pct levy are simply not attractive' (evaluation); DCT"),
            # 6
            ("STATEMENT", ("said", "development, he"), (("he", "development,"), *STORY), None, SUR,
             "1987-03-23", "day", None, "asserted", None,
             "cutting the levy would raise self-sufficiency, revenue and exports (evaluation); DCT"),
        ],
        "skip": [
            (("reduction", "A 10 percentage"), "content of the statement (hypothetical tax cut)"),
            ("stabilize", "content of the statement"),
            (("reduction", "A reduction"), "content of the statement (hypothetical tax cut)"),
            ("maintained", "content of the statement"),
            ("conference", "the setting of the speech"),
            ("forcing", "content of the statement (the levy's effect, no acting actor)"),
            ("shut-in", "content of the statement"),
            (("cut", "if the levy was"), "condition inside the statement"),
            ("Cutting", "content of the statement"),
            ("reviewing", "domestic tax policy under review: no type"),
        ],
        "entities": [
            (("Australian", "reduction in the"), "NORP", "AUS"),
            ("Bass Straits", "LOC", "AUS"),
            ("Ian Story", "PERSON", "AUS"),
            (("Bass Strait", "enable"), "LOC", "AUS"),
            ("Australian Petroleum Exploration\nAssociation", "ORG", "AUS"),
            (("Story", "Story is"), "PERSON", "AUS"),
            ("Sydney", "GPE", "AUS"),
            ("Meares and Philips Ltd", "ORG", "AUS"),
            (("Bass Strait", "taxes on"), "LOC", "AUS"),
            (("Story", "climate,"), "PERSON", "AUS"),
            ("Broken Hill Pty Co\nLtd", "ORG", "AUS"),
            ("Exxon Corp", "ORG", "USA"),
            (("Australian", "price of 30"), "NORP", "AUS"),
            (("Story", 'dlrs,"'), "PERSON", "AUS"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
