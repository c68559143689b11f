"""Build ``own_blind52b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind52b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the 16 stories drawn for set 51 (2363 left); 24 drawn with random.Random(52101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
30 event records (27 first mentions, 3 later mentions), 105 not_annotated spans, 68 entity mentions
(GPE 27, ORG 20, NORP 13, PERSON 8); two articles without events (8686, Western attaches on Chernobyl
grain rumours, and 3458, Japanese crushers' soybean buying: anonymous speakers and market purchases only,
negatives); 4666 (Bank of England money market) and 3435 (Reserve Bank of Australia) have reporting-clause
STATEMENTs only. Types: STATEMENT 18, COOPERATE 3, CONSULT 3, AID 3, ASSAULT 2, AGREE 1; modality:
asserted 25, hypothetical 3, planned 2; precision: day 18, unknown 6, month 5, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Three wrong first matches were caught in the printed context and
fixed, all in 19844: the entity "Ecuador" of "Ecuador plans" and the second "Ecuadorean" landing on earlier
mentions ("Ecuadorean" and the "quake" anchor inside "Earthquake"), and the skip "quake" landing inside
"Earthquake". See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Energy Minister Fernando Santos Alvite": PERSON
"Fernando Santos Alvite"; "Chancellor of the Exchequer Nigel Lawson": PERSON "Nigel Lawson", the title not
an ORG); possessive 's left out; lower-case "the bank", "the government", "the authorities" are not tagged;
bracketed company names tagged without the brackets. Countries: South Korea, Seoul GPE KOR, "South Korean"
NORP KOR, the Energy Ministry ORG KOR (the Seoul story's ministry), Huh Sun-yong / Huh PERSON KOR, the
United States and Washington GPE USA, "Alaskan" NORP USA (as an earlier set's "Alaskan"), Reuters ORG GBR;
Ecuador GPE ECU, "Ecuadorean" NORP ECU, Fernando Santos Alvite / Santos PERSON ECU, OPEC ORG null,
Venezuela, Nigeria and Kuwait GPE by their codes, Vienna GPE AUT; "Western" NORP null (earlier sets),
Moscow and Chernobyl GPE SUN (the plant's town, 1987 state), "Soviet" NORP SUN, the U.S. GPE USA, the
Kremlin ORG SUN (also in "Kremlin leader", as earlier sets), Mikhail Gorbachev PERSON SUN; Britain GPE GBR,
"British" NORP GBR, Nigel Lawson / Lawson PERSON GBR, "the House (of Commons)" ORG GBR on "House", the
Group of Five and Group of Seven ORG null (groups of countries), the Bank of England and the Treasury ORG
GBR; the U.S. (in "U.S.-owned") GPE USA, Surinam Aluminum Company / SURALCO ORG SUR (the subsidiary takes
the country its name gives, 28b/41a/43b/50b; USA arguable from "U.S.-owned"), ANP ORG NLD and "Dutch" NORP
NLD (the Dutch news agency), Aluminum Company of America / ALCOA ORG USA, Moengo and Paranam GPE SUR (the
mining town and the smelter's site); "Japanese" NORP JPN, Japan GPE JPN, the U.S. GPE USA; the Reserve
Bank ORG AUS (the Sydney story's central bank). Currencies (pound, sterling, dlrs, stg), products,
programmes, taxes (PAYE) and facilities are not entities.

Judgement calls made here:
* 9849 (South Korea may buy U.S. oil, DCT Thu 1987-03-26, SEOUL): "South Korea is studying a plan to buy
  more coal from the United States and to start importing Alaskan crude oil" is two COOPERATE records
  (material economic exchange with the U.S.): KOR GOV -> the United States (USA GOV) on "buy", and KOR GOV
  -> the implied U.S. sellers (USA BUS, "Alaskan" names the origin) on "importing", both hypothetical
  (a plan under study: merely considered, 19b's "considering buying") and undated (no time expression of
  their own; "today" dates the officials' saying, which is rule-3 attribution); "studying" and "plan" are
  the frame, "to help reduce its huge trade surplus" the purpose (skipped). "They said the plan would
  dominate discussions at two-day energy talks between officials of the two countries in Washington from
  April 1" is CONSULT on "talks", KOR GOV (the visitors, implied) -> USA GOV (the host, implied; EVENTS.md
  13), planned, 1987-04-01 ("from April 1", a future date), in Washington; "They said" is attribution
  (the announced talks are the act, EVENTS.md 1; a STATEMENT on the agenda forecast arguable) and
  "dominate" / "discussions" the talks' content. "Huh Sun-yong, who will attend the talks" is a later
  mention of the talks (Huh KOR GOV -> USA, planned, the talks' date). "told Reuters that Seoul was
  'positively considering buying a certain amount of Alaskan oil beginning this year ...'" is the later
  mention of the Alaskan purchase (COOPERATE hypothetical, KOR -> implied USA BUS) keeping its own time
  expression ("beginning this year": 1987, year; EVENTS.md 21), "told" attribution, "considering" the
  frame, the government's trade-gap plan its content. "Huh said however that South Korean refineries
  considered the Alaskan oil economically uncompetitive" is a STATEMENT (an assessment; KOR GOV, DCT,
  SEOUL); the refineries' view is its content.
* 19844 (Ecuador to produce above its OPEC quota, DCT Mon 1987-06-29, QUITO): producing above the quota is
  the country's own output plan (no type; 36b's "pumping above its OPEC quota": statistics of its own
  output; REJECT toward OPEC not coded), so "Energy Minister Fernando Santos Alvite told a news
  conference", "the minister said" (the August / January output plan) and the quote's "he said" (paying
  back the lent crude, compensating lost output) are STATEMENTs (ECU GOV, DCT, QUITO). The loans inside
  that quote ("the crude and products we have been lent by Venezuela, Nigeria and Kuwait") are a relative
  clause of the quote (skipped as its content); the closing "Venezuela, Nigeria and Kuwait loaned Ecuador
  a total 12 mln barrels of crude and four mln barrels of products, Santos said" is AID (crude loans are
  credit / relief, 22a / 36b), split by lender (EVENTS.md 12): VEN, NGA and KWT GOV -> ECU GOV, asserted,
  undated ("While its production was down" gives no calendar value; March-May 1987 from the earlier
  sentence, i.e. 1987, arguable), "Santos said" attribution. "Santos said the move had been explained to
  fellow OPEC members during last week's meeting in Vienna" is a STATEMENT by Ecuador (implied, ECU GOV;
  the past explanation is the act, "said" rule-3 attribution), 1987-06 ("last week" from Mon 1987-06-29:
  June 22-28, a week kept at its month, EVENTS.md 21), in Vienna; the OPEC meeting itself is one body's
  own meeting (EVENTS.md 10, skipped; CONSULT ECU -> OPEC arguable). "when an increase in Ecuador's quota
  to 221,000 bpd from 210,000 was approved" is AGREE by OPEC (implied, null IGO) -> ECU GOV on "approved"
  (granting the member's request; RETREAT, easing Ecuador's output limit, arguable), 1987-06 (inside last
  week's meeting, rule 3), in Vienna. The quote '"They understood our position and we believe we remain
  within the spirit of the (quota) agreement," he said' is a STATEMENT (DCT); "understood" is its content
  (SUPPORT OPEC -> ECU arguable) and "agreement" a background nominal. The quake's damage and the output
  and export figures have no acting actor (skipped).
* 8686 (no proof of more Chernobyl grain damage, DCT Tue 1987-03-24, MOSCOW): no event (a negative).
  "Western agricultural attaches in Moscow said" and "the diplomats said" name no country (diplomats are
  not identifiable speakers, EVENTS.md 4), the rumours are anonymous market talk, "first reported" has no
  agent, the Soviet interest in chartering ships is market activity with no counterpart, the official
  media "slow in reporting the accident but ... gradually gave more and more details" is a background
  description with no time expression (an undated STATEMENT by the Soviet media arguable), Gorbachev's
  campaign for openness a background nominal, the disaster an accident and the land's contamination and
  use have no acting actor: all skipped.
* 8578 (Lawson: U.K. profited from autumn intervention, DCT Mon 1987-03-23, LONDON): buying back the
  dollars sold last autumn to support sterling, the reserves' sales and repurchases, the Bank of England's
  authorised heavy intervention, the interest rate rise "effected in October 1986" and its reversal by
  this month's base rate cuts are monetary operations (EVENTS.md 10; authorising the central bank is a
  domestic instruction for one), and resisting "market pressures" has no actor as target, so Lawson's
  reporting clauses are STATEMENTs (GBR GOV, DCT, LONDON): "Chancellor of the Exchequer Nigel Lawson said"
  (the profit), "He said in a parliamentary debate, 'I can now tell the House ... repurchased - at a
  profit ...'" (a quoted restatement of the first paraphrase: later mention, EVENTS.md 3; "tell" part of
  the quote), "Hindsight had proved him right ..., he said", "During a debate on the 1987/88 British budget
  ..., he said that ... 'I authorised the Bank of England to intervene ...'" (new content; the debate is
  not dated, so DCT) and "He said that that one percentage point increase ... had been reversed". "the
  1987/88 British budget which Lawson unveiled last week" is a STATEMENT (an announcement of domestic
  fiscal policy, no other type; a relative clause with its own date, as 50b's "initiative announced on
  August 26, 1986"), 1987-03 ("last week" from Mon 1987-03-23: March 16-22), location null. "the somewhat
  inconclusive Group of Five and Group of Seven meetings at the end of September" is CONSULT by the groups
  (null IGO, no actor2; one record, a same-country compound, EVENTS.md 12), a nominal with its own date
  and predication (EVENTS.md 11), 1986-09 ("the end of September", a past month from March 1987), asserted.
  The parliamentary debates are one body's own proceedings (skipped). "Treasury figures show ... suggest
  that the authorities sold around 1.0 billion dlrs ..., government sources said": figures are a document,
  the sources anonymous, the sale a monetary operation (all skipped).
* 12836 (SURALCO offers cash for workers to leave, DCT Fri 1987-04-03, THE HAGUE): the company offering its
  own workers a lump sum to quit and wanting to cut its work force are a company's internal staffing
  matter (16b / 34b / 35b: layoffs are no event; AGREE to the workers arguable), so "ANP said" and "The
  Dutch news agency said SURALCO ... wanted to reduce its work force" are STATEMENTs by the agency (NLD
  ORG, a named news agency, as 34b's Tass; DCT, THE HAGUE). "because jungle-based rebels have disrupted
  bauxite mining and alumina smelting" is ASSAULT by the rebels (SUR ORG, 11b's guerrillas) -> the implied
  company (SUR BUS, the clause's mining and smelting are SURALCO's), asserted, undated (present perfect,
  no time expression, EVENTS.md 17; a causal clause, but the rebels' disruption is itself an action);
  "it had been hard hit by guerrilla attacks that cut power lines to the area in January" is a separate
  ASSAULT (the January attacks; the disruption is the longer campaign, mining having stopped four months
  ago) SUR ORG -> SURALCO ("it", SUR BUS), 1987-01 ("in January", a past bare month), asserted, "hit"
  its passive frame and "cut" its content. Mining ceasing and the smelter using imported bauxite have no
  type (skipped). The rebels are taken as Surinamese from context (Moengo, Paranam; the text names no
  country).
* 3458 (Japanese crushers buy U.S. soybeans, DCT Wed 1987-03-11, TOKYO): no event (a negative): the
  purchases are market purchases by unnamed buyers (EVENTS.md 10) and every speaker is anonymous ("trade
  sources said", "The sources said", "They had predicted").
* 4666 (Bank of England early help, DCT Fri 1987-03-13, LONDON, as 28b's 1931): "The Bank of England said
  it invited an early round of bill offers" is a STATEMENT (the invitation is a monetary operation, 10a /
  28b); "The bank estimated today's liquidity shortage at about 1.10 billion stg" a second STATEMENT in its
  own sentence (28b's "The Bank forecast"; "today's" is the shortage's day, DCT, date_text null); the
  liquidity flows "..., the bank said" a third (a separate reporting clause, EVENTS.md 3), all GBR GOV,
  DCT, LONDON; the flows themselves and "exchequer transactions would add" have no acting actor.
* 3435 (Australian Reserve Bank buying intervention, published 1987-03-09 21:14, dateline SYDNEY, March
  10): "The Reserve Bank said at 1230 local time it was offering to buy short-dated government securities"
  is a STATEMENT (AUS GOV; the offer to buy securities is a money-market operation, EVENTS.md 10), dated by
  its own time expression "at 1230 local time" = today = the DCT, which is published_at's date 1987-03-09
  even though the dateline is March 10 (own_blind3's convention; 1987-03-10, the Sydney day, arguable), in
  SYDNEY; the earlier purchases and repurchase agreements are monetary operations and "Money market
  traders said" is anonymous (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind52b.jsonl"

SEOUL = ("SEOUL", "KOR")
QUITO = ("QUITO", "ECU")
LON = ("LONDON", "GBR")
HAGUE = ("THE HAGUE", "NLD")
SYD = ("SYDNEY", "AUS")
WASH = ("Washington", "USA")
VIENNA = ("Vienna", "AUT")

KOR_GOV_IMPLIED = (None, "KOR", "GOV")
USA_GOV_IMPLIED = (None, "USA", "GOV")
USA_BUS_IMPLIED = (None, "USA", "BUS")
ECU_GOV_IMPLIED = (None, "ECU", "GOV")
LAWSON = ("Chancellor\nof the Exchequer Nigel Lawson", "GBR", "GOV")
BOE = ("The Bank of England", "GBR", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-9849": {
        "events": [
            # 0
            ("COOPERATE", "buy", ("South Korea", "KOR", "GOV"), ("the United\nStates", "USA", "GOV"), None,
             None, "unknown", None, "hypothetical", None,
             "studying a plan to buy more coal from the United States (a considered purchase: hypothetical, 19b); "
             "no time expression of its own ('today' dates the saying, rule-3 attribution): undated"),
            # 1
            ("COOPERATE", "importing", ("South Korea", "KOR", "GOV"), USA_BUS_IMPLIED, None,
             None, "unknown", None, "hypothetical", None,
             "and to start importing Alaskan crude oil (U.S. sellers implied, 'Alaskan' the origin); part of the "
             "plan under study: hypothetical, undated"),
            # 2
            ("CONSULT", ("talks", "two-day\nenergy"), KOR_GOV_IMPLIED, USA_GOV_IMPLIED, WASH,
             "1987-04-01", "day", "from April 1", "planned", None,
             "two-day energy talks between officials of the two countries in Washington from April 1 (visitor "
             "first, host second, EVENTS.md 13); 'They said' attribution"),
            # 3
            ("CONSULT", "attend", ("Huh Sun-yong", "KOR", "GOV"), USA_GOV_IMPLIED, WASH,
             "1987-04-01", "day", "from April 1", "planned", 2,
             "later mention: Huh will attend the talks (takes the talks' date)"),
            # 4
            ("COOPERATE", ("buying", "considering"), (("Seoul", "Reuters that"), "KOR", "GOV"), USA_BUS_IMPLIED,
             None, "1987", "year", "this year", "hypothetical", 1,
             "later mention: Seoul positively considering buying Alaskan oil beginning this year (keeps its own "
             "time expression, EVENTS.md 21); 'told Reuters' attribution"),
            # 5
            ("STATEMENT", ("said", "Huh said"), (("Huh", "Huh said"), "KOR", "GOV"), None, SEOUL,
             "1987-03-26", "day", None, "asserted", None,
             "assessment: South Korean refineries consider Alaskan oil uncompetitive; wire style: DCT, dateline city"),
        ],
        "skip": [
            ("studying", "frame of the considered purchases (recorded on 'buy' and 'importing')"),
            ("plan", "frame of the considered purchases"),
            (("reduce", "help"), "purpose of the purchases"),
            (("said", "officials said today"), "rule-3 attribution (the considered purchases are the events)"),
            (("said", "They said"), "rule-3 attribution (the planned talks are the event)"),
            (("plan", "They said the"), "anaphoric nominal (the purchase plan)"),
            ("dominate", "content of the talks (their agenda)"),
            ("discussions", "part of the talks (recorded on 'talks')"),
            ("told", "rule-3 attribution (the considered Alaskan purchase is the event)"),
            ("considering", "frame of the considered purchase"),
            (("plan", "overall"), "content: the government's trade-gap plan"),
            (("reduce", "overall plan to"), "content: the government's trade-gap plan"),
            (("considered", "refineries"), "content of the statement (the refineries' assessment)"),
        ],
        "entities": [
            ("South Korea", "GPE", "KOR"),
            ("United\nStates", "GPE", "USA"),
            ("Alaskan", "NORP", "USA"),
            (("United States", "surplus with"), "GPE", "USA"),
            ("Energy Ministry", "ORG", "KOR"),
            ("Washington", "GPE", "USA"),
            ("Huh Sun-yong", "PERSON", "KOR"),
            ("Seoul", "GPE", "KOR"),
            ("Reuters", "ORG", "GBR"),
            (("Seoul", "Reuters that"), "GPE", "KOR"),
            (("Alaskan", "certain amount"), "NORP", "USA"),
            (("Huh", "Huh said"), "PERSON", "KOR"),
            ("South Korean", "NORP", "KOR"),
            (("Alaskan", "considered the"), "NORP", "USA"),
        ],
    },
    "reuters21578-19844": {
        "events": [
            # 0
            ("STATEMENT", "told", ("Energy Minister Fernando Santos Alvite", "ECU", "GOV"), None, QUITO,
             "1987-06-29", "day", None, "asserted", None,
             "Ecuador will produce above its OPEC quota in the second half (own output plan: no type, 36b); told a "
             "news conference; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "the minister said"), ("the minister", "ECU", "GOV"), None, QUITO,
             "1987-06-29", "day", None, "asserted", None, "output plan for August and January (statistics); DCT"),
            # 2
            ("STATEMENT", ("said", "past few months"), (("he", "past few months"), "ECU", "GOV"), None, QUITO,
             "1987-06-29", "day", None, "asserted", None,
             "quote: producing above the quota to repay lent crude and compensate lost output; DCT"),
            # 3
            ("STATEMENT", "explained", ECU_GOV_IMPLIED, None, VIENNA,
             "1987-06", "month", "last week", "asserted", None,
             "the move had been explained to fellow OPEC members during last week's meeting in Vienna (the past "
             "explanation is the act, 'Santos said' rule-3 attribution; last week = June 22-28: month, EVENTS.md "
             "21)"),
            # 4
            ("AGREE", "approved", (None, None, "IGO"), (("Ecuador", "increase\nin"), "ECU", "GOV"), VIENNA,
             "1987-06", "month", "last week", "asserted", None,
             "OPEC approved an increase in Ecuador's quota at last week's meeting (granting the member's request; "
             "RETREAT arguable); inside the meeting: its date (rule 3)"),
            # 5
            ("STATEMENT", ("said", "(quota) agreement"), (("he", "(quota) agreement"), "ECU", "GOV"), None, QUITO,
             "1987-06-29", "day", None, "asserted", None,
             "quote: OPEC members understood, Ecuador within the spirit of the agreement (assessment); DCT"),
            # 6
            ("AID", "loaned", (("Venezuela", "While its production"), "VEN", "GOV"),
             (("Ecuador", "loaned"), "ECU", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "Venezuela loaned Ecuador crude and products (credit / relief, 22a / 36b; lenders split, EVENTS.md 12); "
             "'While its production was down' gives no calendar value: undated; 'Santos said' attribution"),
            # 7
            ("AID", "loaned", (("Nigeria", "While its production"), "NGA", "GOV"),
             (("Ecuador", "loaned"), "ECU", "GOV"), None,
             None, "unknown", None, "asserted", None, "Nigeria's share of the loans (split by lender); undated"),
            # 8
            ("AID", "loaned", (("Kuwait", "While its production"), "KWT", "GOV"),
             (("Ecuador", "loaned"), "ECU", "GOV"), None,
             None, "unknown", None, "asserted", None, "Kuwait's share of the loans (split by lender); undated"),
        ],
        "skip": [
            ("produce", "content: Ecuador's own output plan (no type)"),
            ("plans", "content: own output plan"),
            (("produce", "plans to"), "content: own output plan (statistics)"),
            (("producing", "We will be"), "content of the quote (own output)"),
            ("pay off", "content of the quote (repaying the loans)"),
            ("lent", "relative clause inside the quote (the loans are coded on 'loaned', last sentence)"),
            ("compensate", "content of the quote"),
            (("produce", "unable to"), "content of the quote"),
            ("Earthquake damage", "accident"),
            (("cut", "sharply"), "output fall, no acting actor"),
            (("said", "Santos said the move"), "rule-3 attribution (the explanation is the event)"),
            (("move", "said the"), "anaphoric nominal (the overproduction plan)"),
            ("meeting", "OPEC's own meeting (internal meeting of one body, EVENTS.md 10; CONSULT ECU -> OPEC "
                        "arguable)"),
            ("increase\nin", "content of the approval"),
            ("understood", "content of the quote (SUPPORT OPEC -> ECU arguable)"),
            ("remain", "content of the quote"),
            (("agreement", "(quota)"), "background nominal (the OPEC quota agreement)"),
            (("quake", "March"), "accident"),
            ("exported", "statistics, no acting actor"),
            (("said", "products, Santos"), "rule-3 attribution (the loans are the events)"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("OPEC", "ORG", None),
            ("Fernando Santos Alvite", "PERSON", "ECU"),
            (("Ecuador", "news conference"), "GPE", "ECU"),
            ("Venezuela", "GPE", "VEN"),
            ("Nigeria", "GPE", "NGA"),
            ("Kuwait", "GPE", "KWT"),
            ("Ecuadorean", "NORP", "ECU"),
            (("Santos", "Santos said the move"), "PERSON", "ECU"),
            (("OPEC", "fellow"), "ORG", None),
            ("Vienna", "GPE", "AUT"),
            (("Ecuador", "increase\nin"), "GPE", "ECU"),
            (("Ecuadorean", "March quake"), "NORP", "ECU"),
            (("Venezuela", "While its production"), "GPE", "VEN"),
            (("Nigeria", "While its production"), "GPE", "NGA"),
            (("Kuwait", "While its production"), "GPE", "KWT"),
            (("Ecuador", "loaned"), "GPE", "ECU"),
            (("Santos", "products, Santos"), "PERSON", "ECU"),
        ],
    },
    "reuters21578-8686": {
        "events": [],
        "skip": [
            ("said", "anonymous-source talk (diplomats of no named country, EVENTS.md 4)"),
            ("rumours", "anonymous market talk"),
            (("reported", "first"), "agentless report"),
            ("chartering", "market interest with no counterpart"),
            (("said", "the diplomats"), "anonymous-source talk (diplomats, EVENTS.md 4)"),
            (("reports", "seen no"), "content of anonymous talk"),
            ("comments", "content of anonymous talk"),
            (("reporting", "slow in"), "background description of the media (no time expression)"),
            (("gave", "gradually"), "background description (an undated STATEMENT by the Soviet media arguable)"),
            ("campaign", "background nominal (domestic openness campaign)"),
            ("contaminated", "no acting actor"),
            (("used", "being"), "no acting actor"),
        ],
        "entities": [
            ("Western", "NORP", None),
            ("Moscow", "GPE", "SUN"),
            ("Chernobyl", "GPE", "SUN"),
            ("Soviet", "NORP", "SUN"),
            (("Soviet", "Current"), "NORP", "SUN"),
            ("U.S.", "GPE", "USA"),
            ("Kremlin", "ORG", "SUN"),
            ("Mikhail Gorbachev", "PERSON", "SUN"),
        ],
    },
    "reuters21578-8578": {
        "events": [
            # 0
            ("STATEMENT", "said", LAWSON, None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "Britain profited by buying back the dollars used to support sterling (the buy-back is a monetary "
             "operation, EVENTS.md 10); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "He said in a parliamentary"), (("He", "He said in a parliamentary"), "GBR",
                                                                   "GOV"), None, LON,
             "1987-03-23", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the first paraphrase (EVENTS.md 3); DCT"),
            # 2
            ("STATEMENT", ("said", "rate rise, he said"), (("he", "rate rise, he said"), "GBR", "GOV"), None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "assessment: hindsight proved him right to resist market pressures; DCT"),
            # 3
            ("STATEMENT", "unveiled", (("Lawson", "budget which"), "GBR", "GOV"), None, None,
             "1987-03", "month", "last week", "asserted", None,
             "the 1987/88 budget which Lawson unveiled last week (announcement of domestic fiscal policy: no other "
             "type; a relative clause with its own date, 50b); last week = March 16-22: month"),
            # 4
            ("STATEMENT", ("said", "last week, he said"), (("he", "last week, he said"), "GBR", "GOV"), None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "quote: he authorised heavy Bank of England intervention (a monetary operation) to limit the rate "
             "rise; the debate is not dated: DCT"),
            # 5
            ("CONSULT", "meetings", ("Group of Five", None, "IGO"), None, None,
             "1986-09", "month", "end of September", "asserted", None,
             "the somewhat inconclusive Group of Five and Group of Seven meetings at the end of September (groups "
             "of countries: null, one record; a nominal with its own date and predication, EVENTS.md 11)"),
            # 6
            ("STATEMENT", ("said", "He said that that"), (("He", "He said that that"), "GBR", "GOV"), None, LON,
             "1987-03-23", "day", None, "asserted", None,
             "the October 1986 rate rise reversed by this month's base rate cuts (monetary: no type); DCT"),
        ],
        "skip": [
            ("reaped profits", "content of the statement"),
            ("buy back", "monetary operation (buying back reserve dollars)"),
            (("used", "dollars"), "monetary operation (last autumn's intervention)"),
            ("support sterling", "monetary operation"),
            ("currency crisis", "market turbulence, no actor"),
            ("tell", "part of the quoted reporting clause"),
            (("sold", "were"), "monetary operation (reserve sales)"),
            ("repurchased", "monetary operation"),
            ("proved", "content of the statement"),
            ("resist", "content: resisting market pressures (no actor as target)"),
            (("pressures", "market"), "market pressure, no actor"),
            (("limited", "instead"), "monetary (base rate rise), no actor"),
            (("debate", "parliamentary"), "parliamentary debate: one body's own proceedings"),
            (("debate", "During a"), "parliamentary debate: one body's own proceedings"),
            ("turbulence", "market turbulence, no actor"),
            ("authorised", "domestic instruction for a monetary operation (the intervention)"),
            ("intervene", "monetary operation (intervention)"),
            ("confine", "content: monetary policy"),
            ("pressing", "market pressure, no actor"),
            ("effected", "monetary (rate rise)"),
            ("reversed", "monetary (base rate cuts)"),
            (("cuts", "half\npoint"), "monetary (base rate cuts)"),
            ("show", "document (Treasury figures)"),
            (("sold", "authorities"), "monetary operation (content of anonymous talk)"),
            (("said", "government sources"), "anonymous-source talk (government sources)"),
        ],
        "entities": [
            ("Britain", "GPE", "GBR"),
            ("Nigel Lawson", "PERSON", "GBR"),
            ("House", "ORG", "GBR"),
            ("British", "NORP", "GBR"),
            (("Lawson", "budget which"), "PERSON", "GBR"),
            ("Group of Five", "ORG", None),
            ("Group of Seven", "ORG", None),
            ("Bank of England", "ORG", "GBR"),
            ("Treasury", "ORG", "GBR"),
            (("British", "change in"), "NORP", "GBR"),
            (("Bank of England", "possible"), "ORG", "GBR"),
        ],
    },
    "reuters21578-12836": {
        "events": [
            # 0
            ("STATEMENT", ("said", "ANP said"), ("ANP", "NLD", "ORG"), None, HAGUE,
             "1987-04-03", "day", None, "asserted", None,
             "SURALCO offered workers a lump sum to quit (a company's internal staffing matter, no type: 16b/35b); "
             "a named news agency reporting (34b's Tass); wire style: DCT, dateline city"),
            # 1
            ("ASSAULT", "disrupted", ("jungle-based rebels", "SUR", "ORG"), (None, "SUR", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "rebels have disrupted SURALCO's bauxite mining and smelting (11b's guerrillas -> implied company); "
             "present perfect, no time expression: undated (EVENTS.md 17)"),
            # 2
            ("STATEMENT", ("said", "news agency said"), ("The Dutch news agency", "NLD", "ORG"), None, HAGUE,
             "1987-04-03", "day", None, "asserted", None,
             "SURALCO wanted to reduce its work force because of guerrilla attacks (second reporting clause); DCT"),
            # 3
            ("ASSAULT", "attacks", ("guerrilla", "SUR", "ORG"), (("it", "because it had"), "SUR", "BUS"), None,
             "1987-01", "month", "in January", "asserted", None,
             "guerrilla attacks that cut power lines to the area in January (a nominal with its own date; a past "
             "bare month: 1987-01); the company ('it') hard hit"),
        ],
        "skip": [
            ("offered", "a company's offer to its own workers to quit (staffing, no type; AGREE arguable)"),
            ("quit", "content of the offer"),
            (("reduce", "wanted to"), "content: work-force reduction (no type)"),
            (("hit", "hard"), "passive frame of the attacks (recorded on 'attacks')"),
            (("cut", "attacks that"), "content of the attacks"),
            ("ceased", "no acting actor"),
            ("using", "no type"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Surinam Aluminum\nCompany", "ORG", "SUR"),
            ("SURALCO", "ORG", "SUR"),
            ("ANP", "ORG", "NLD"),
            ("Dutch", "NORP", "NLD"),
            (("SURALCO", "news agency said"), "ORG", "SUR"),
            ("Aluminum Company of America", "ORG", "USA"),
            ("ALCOA", "ORG", "USA"),
            ("Moengo", "GPE", "SUR"),
            (("SURALCO", "Moengo"), "ORG", "SUR"),
            ("Paranam", "GPE", "SUR"),
        ],
    },
    "reuters21578-3458": {
        "events": [],
        "skip": [
            (("buy", "starting to"), "market purchases by unnamed buyers (EVENTS.md 10)"),
            (("purchases", "made"), "market purchases by unnamed buyers"),
            (("said", "trade sources"), "anonymous-source talk (trade sources)"),
            (("said", "The sources"), "anonymous-source talk (trade sources)"),
            ("estimate", "content of anonymous talk"),
            ("purchased", "content of anonymous talk"),
            ("predicted", "anonymous-source forecast (the sources)"),
            ("drop", "content of anonymous talk"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Japan", "because"), "GPE", "JPN"),
            (("U.S.", "crushers' April"), "GPE", "USA"),
        ],
    },
    "reuters21578-4666": {
        "events": [
            # 0
            ("STATEMENT", "said", BOE, None, LON,
             "1987-03-13", "day", None, "asserted", None,
             "the invitation of early bill offers is a monetary operation (10a / 28b's 1931); wire style: DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", "estimated", (("The bank", "The bank estimated"), "GBR", "GOV"), None, LON,
             "1987-03-13", "day", None, "asserted", None,
             "shortage estimate in its own sentence (28b's 'The Bank forecast'); 'today's' is the shortage's day, "
             "wire style: DCT, date_text null"),
            # 2
            ("STATEMENT", ("said", "respectively, the bank"), (("the bank", "respectively,"), "GBR", "GOV"), None,
             LON, "1987-03-13", "day", None, "asserted", None,
             "liquidity flows (a separate reporting clause, EVENTS.md 3); DCT"),
        ],
        "skip": [
            ("invited", "money-market operation (monetary operation)"),
            ("bill offers", "money-market operation (the discount houses' offers)"),
            (("ease", "help"), "purpose of the monetary operation"),
            ("maturing", "liquidity flow, no actor"),
            ("take-up", "liquidity flow (monetary)"),
            ("drain", "liquidity flow, no actor"),
            (("rise", "while a"), "liquidity flow (note circulation), no actor"),
            ("take out", "liquidity flow, no actor"),
            ("add", "liquidity flow (exchequer transactions), no actor"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
    "reuters21578-3435": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Reserve Bank", "AUS", "GOV"), None, SYD,
             "1987-03-09", "day", "at 1230 local time", "asserted", None,
             "offering to buy short-dated government securities (money-market operation, EVENTS.md 10); '1230 local "
             "time' = today = the DCT, published_at's date (own_blind3; the dateline's March 10 arguable)"),
        ],
        "skip": [
            ("offering to buy", "money-market operation (monetary operation)"),
            (("action", "bank's"), "anaphoric nominal (the monetary operation)"),
            ("followed", "sequence of monetary operations"),
            (("purchase", "its"), "monetary operation (bond purchase)"),
            ("repurchase agreements", "monetary operation"),
            (("said", "traders"), "anonymous-source talk (money market traders)"),
            ("aimed", "content of anonymous talk"),
            ("easing", "content of anonymous talk (monetary aim)"),
            ("risen", "market movement"),
            (("demand", "on"), "market demand, no actor"),
            (("meet", "to"), "no type (tax payments)"),
        ],
        "entities": [
            ("Reserve Bank", "ORG", "AUS"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
