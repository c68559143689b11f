"""Build ``own_blind78b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind78b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies
400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in
tests/data/**/*.jsonl (ids and doc_ids) and ../shared/dev/*.jsonl and the stories drawn before it
(1948 left); 24 drawn with random.Random(78101).sample, dropping any whose title equals a title
already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
35 event records (33 first mentions, 2 later mentions), 84 not_annotated spans, 88 entity mentions
(GPE 53, ORG 16, NORP 10, PERSON 8, LOC 1); no article without events; 4115 (Canadian trade surplus),
12416 (Taiwan reserve losses) and 7571 (Bank of England help) have reporting-clause STATEMENTs only.
Types: STATEMENT 17, PROTEST 4, AGREE 3, REJECT 3, REQUEST 2, CONSULT 2, RETREAT 1, COOPERATE 1,
SUPPORT 1, SANCTION 1; modality: asserted 32, planned 3; precision: day 27, unknown 6, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, none wrong). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("New Zealand's Overseas Trade minister Mike Moore": GPE +
PERSON; "Ministry of International Trade and Industry (MITI) vice minister Makoto Kuroda": ORG, ORG "MITI"
and PERSON; "Yu Chien-ming, head of the government statistics department": PERSON only); the possessive
's is left out ("Japan's", "Tokyo's", "Taiwan's", "India's", "New Zealand's", and 'China"s' with the
text's stray quote); a place name used as a modifier is still a mention ("Taiwan dollar", "U.S. Dlrs",
"U.S. Currency", "U.S. Unit", "NSW ports", 72a); bodies named with a place have no nested GPE ("New China
News Agency", "Statistics Canada", "Tokyo Shimbun", "NSW Trades and Labour Council", "Bank of England",
as "Radio Moscow"); the capitalised short "the Bank" is an ORG mention (10a/28b), lower-case bodies are
not ("the central bank", "parliament", "the state"); round names ("Uruguay round", 12a/28a/60b), the chip
pact, currencies and products are not entities.
Countries: New South Wales / "NSW", Victoria, Western Australia, Sydney, Newcastle and Port Kembla GPE
AUS, the Arbitration Commission and the NSW Trades and Labour Council ORG AUS (41b); Japan and Tokyo GPE
JPN, "Japanese" NORP JPN, India GPE IND, "Indian" NORP IND, Reuters ORG GBR; the General Agreement on
Trade and Tariffs (the text's word order) / GATT, OECD and G-7 ORG null, New Zealand and Taupo GPE NZL,
Mike Moore / "Moore" PERSON NZL, Venice GPE ITA; Canada GPE CAN, Statistics Canada ORG CAN; Taiwan GPE TWN,
Yu Chien-ming / "Yu" PERSON TWN, "U.S." GPE USA, West Germany DEU, Japan JPN, Britain GBR, Canada CAN,
Singapore SGP (GPE); "US", "United States" and Washington GPE USA, "American" NORP USA, the Ministry of
International Trade and Industry / MITI and the Tokyo Shimbun ORG JPN, Makoto Kuroda / "Kuroda" PERSON
JPN; China GPE CHN, North China LOC CHN, the New China News Agency (state media, as earlier sets' Tass) and
the Ministry of Agriculture, Animal Husbandry and Fisheries ORG CHN; the Bank of England / "Bank" ORG GBR.

Judgement calls made here:
* 14839 (Australian tug ban ends, DCT Wed 1987-04-08, SYDNEY): an earlier-filed, longer version of 41b's
  14957 (the same first five paragraphs plus three more), coded with 41b's calls: every speaker is
  anonymous ("shipping sources", "they": all "said" skipped) but the acts they report are identifiable.
  "Tug crews ... yesterday lifted their ban on foreign-flag ships" is RETREAT AUS ORG -> the foreign-flag
  ships (null BUS), 1987-04-07; "The ban, imposed a week ago over a pay claim" is PROTEST (the tug crews'
  industrial action, agent implied AUS ORG, no target in the clause), 1987-04-01; "Meanwhile, disruption
  began today to cargo handling in the ports of Sydney, Newcastle and Port Kembla" is PROTEST (agent
  implied, the port unions), 1987-04-08; "the week of action called by the NSW Trades and Labour Council
  to protest changes to the state's workers' compensation laws" is PROTEST AUS ORG -> the state (AUS GOV),
  undated. New here: "the various port unions appear to be taking it in turn to work for a short time ...
  and then to walk off" is the same NSW port action with its agent named: a later mention of the disruption
  on "walk off" (AUS ORG, first mention's date 1987-04-08; hedged "appear to be", asserted as ongoing);
  "Cargo handling in the ports has been disrupted ... but has not stopped" has no acting actor and "they
  could not say how long the disruption will go on" is the anonymous sources' withheld statement (skipped).
  The pay dispute's hearing, the separate dispute and the pay claim are skipped as in 41b.
* 11179 (Japan to pay less for Indian iron ore, DCT Tue 1987-03-31, NEW DELHI): the "government trade
  official" is an official of the Indian government (EVENTS.md 4: IND GOV). "Japan will pay five pct less
  for the Indian iron ore it imports in fiscal 1987/88 starting April 1" is COOPERATE JPN -> IND (a trade
  exchange between two identified countries, 53a/55a), planned, undated (a Japanese fiscal year has no
  single calendar value, 20b; "starting April 1" is the year's start), "told Reuters" rule-3 attribution;
  the price "it paid in 1986/87" is background. "He said India had agreed to export to Japan about 23 mln
  tonnes" is AGREE IND -> JPN on "agreed" (EVENTS.md 8, the export its content), undated (past perfect,
  rule 17), "said" attribution; "He said it was signed by an official Indian trade delegation and Japanese
  businessmen in Tokyo last week" is its later mention (IND GOV -> JPN BUS) keeping its own time
  expression (EVENTS.md 21): "last week" from Tue 31 March = 23-29 March, 1987-03 (month), located in
  Tokyo; a first-mention date taken from the signing (1987-03) arguable. "The official described the
  agreement as satisfactory overall" is a STATEMENT (an evaluation of an agreement, EVENTS.md 6). "The
  official said it was encouraging that Japan had agreed not to reduce ore imports from India" is SUPPORT
  IND -> JPN on "said" (own_dev's "encouraged by Tokyo's recent actions"; STATEMENT arguable), DCT, with
  "Japan had agreed not to reduce ore imports" its own AGREE JPN -> IND (Japan's commitment, undated; a
  later mention of India's agreement arguable); Japan's lower total imports are statistics. The forecast
  of Japan's 1987 imports ("He said") and "Government officials said India's total ore exports are likely
  to rise" are STATEMENTs IND GOV, DCT, NEW DELHI.
* 8102 (Moore at Taupo, published 1987-03-22 21:30, dateline "TAUPO, New Zealand, March 23": DCT
  1987-03-22, the date of published_at, GUIDELINES.md's dateline call): "Long term pressure by trade
  ministers is necessary if the current Uruguay round ... is to succeed, ... Mike Moore said" is REQUEST
  NZL GOV -> the trade ministers (a group of many countries' ministers: null), prescriptive talk naming who
  should act (EVENTS.md 2's "demand growth in Japan and Western Europe is needed"; STATEMENT arguable, as
  12a's Carney), on "said" (the saying is the act), DCT, TAUPO. "Moore told the opening meeting ... that
  ministers 'need opportunities to keep in touch ...'" is a STATEMENT (an assessment of needs; the
  ministers are the audience). "trade ministers from 22 nations gathered for informal talks on the GATT"
  is CONSULT by the group (null, no actor2, 29b/56a's Taupo meeting) on "talks" ("opening meeting" and
  "gathered" left unlisted), dated 1987-03-22 (the meeting is going on when Moore addresses its opening, a
  DCT-dated speech act; undated by rule 17 arguable), located in Taupo. "Moore said the Taupo meeting is one
  of a series of such international gatherings" is a STATEMENT; the "OECD ministerial meeting in May" and
  "the G-7 meeting in Venice in June" are examples inside it (skipped: CONSULT planned 1987-05 / 1987-06
  arguable; a meeting of one body's members, EVENTS.md 10; 25b's Venice summit). "World trade conditions
  are getting better not worse, he said" and "He said New Zealand is 'moving rapidly ... in the direction
  of liberalisation, and I warn you we shall be looking for partners'" are STATEMENTs, DCT, TAUPO; the
  liberalisation names no measure or party (RETREAT arguable) and the "warn" carries no consequence from
  the speaker (own_blind's "warned"; THREATEN arguable), both skipped.
* 4115 (Canada's January trade surplus, DCT Thu 1987-03-12, OTTAWA): "Statistics Canada said" is one
  STATEMENT (CAN GOV, a statistics release, DCT, OTTAWA); "The December surplus originally was reported at
  964 mln dlrs" is an agentless earlier report (skipped; STATEMENT CAN undated arguable); the rest is
  statistics.
* 12416 (Taiwan's reserve losses, DCT Thu 1987-04-02, TAIPEI): "Taiwan said its foreign reserves suffered
  about 3.4 billion U.S. Dlrs in exchange rate losses" is a STATEMENT (TWN GOV, statistics; the July
  1986-February 1987 span is the losses'), DCT; "Yu Chien-ming, head of the government statistics
  department, told parliament yesterday he expected the losses to increase" is a STATEMENT dated
  1987-04-01 ("yesterday"), location null (parliament is the audience, no place named); "Yu said the
  interest earned from the reserves totalled about 1.68 billion" is a STATEMENT with no time expression of
  its own: wire style, DCT (placing it in yesterday's session arguable). The Taiwan dollar's moves are
  market movements, "Some bankers expect" anonymous; the reserves "managed by the central bank and
  deposited at about 170 leading banks" abroad are stative (monetary; COOPERATE arguable).
* 12804 (Kuroda denies chip domination, DCT Fri 1987-04-03, TOKYO): "A top Japanese official has insisted
  that the country was living up to its microchip pact with the US" is REJECT JPN GOV -> USA (denying the
  U.S. allegation of non-compliance behind the tariffs), "has insisted" read as "has said" (EVENTS.md 16):
  DCT, TOKYO; the quote '"It cannot be thought ... we are trying to dominate semiconductors," ... Kuroda
  said in a newspaper interview' is a second REJECT (the domination charge: a different proposition, so a
  first mention), actor2 the implied U.S. (USA GOV), DCT ("said in a newspaper interview", 64a/69b).
  "Kuroda, who will head a Japanese team going to Washington next week for emergency talks on
  semiconductors" is CONSULT JPN -> USA (host Washington, EVENTS.md 13; 32b's Kuroda talks) on "talks",
  planned, 1987-04 ("next week" = 6-12 April, month, EVENTS.md 21), located in Washington; "told the Tokyo
  Shimbun that he would try his best to convince the United States of Japan's case" is a STATEMENT (an
  announced intention; REQUEST planned arguable), DCT ("told the newspaper", a direct telling, 32b/45b).
  "Washington last week announced an imposition of tariffs on Japanese electronic products" is SANCTION USA
  -> JPN on "imposition", planned, undated (19a/44a/56b's "announced ... plans to impose tariffs":
  "announced" rule-3 attribution, "last week" dates the announcing, the imposition's own date is not in
  the text; asserted 1987-03 arguable); "what it sees as Tokyo's failure to abide by the pact" is a
  background nominal in the causal clause (ACCUSE arguable, 19a) and the pact's terms ("Under the
  agreement Japan would stop selling ... and try to buy") are content. "Kuroda told the newspaper that Tokyo
  has already taken measures to back up the pact, including production cutbacks" is a STATEMENT (defence of
  Japan's own policy, EVENTS.md 6; the cutbacks a domestic measure, EVENTS.md 10), DCT. "While Japanese
  users are trying to increase chip imports, Tokyo cannot guarantee the United States a specified share ...,
  he said" is REJECT JPN -> USA (refusing the U.S. demand, EVENTS.md 7's "we can't eliminate subsidies
  unilaterally"), on "said" ("guarantee" unlisted), DCT.
* 241 (Chinese wheat pests, DCT Sun 1987-03-01, PEKING): "the New China News Agency said" and "the agency
  added" are two STATEMENTs (CHN ORG, state media; DCT, PEKING); the pests, the weather and the area
  "affected" have no acting actor. "China's Ministry of Agriculture, Animal Husbandry and Fisheries has
  called for measures including the timely supply of pesticides to farmers to combat the threat, it said"
  is REQUEST CHN GOV on "called for", actor2 null (the addressees are not named, EVENTS.md 14), undated (a
  present perfect relayed by the agency, sets 15/16; DCT arguable), "it said" rule-3 attribution.
* 7571 (Bank of England early help, DCT Fri 1987-03-20, LONDON): "The Bank of England said it had provided
  the money market with 728 mln stg assistance" is one STATEMENT (GBR GOV, DCT; the help is a monetary
  operation, 28b's 7027, 39a's 4783); "Earlier, the Bank had estimated the shortage in the system today at
  950 mln stg" is a second STATEMENT (a forecast in its own sentence, 10a's "It estimated", 28b's 1931),
  "Earlier" wire style (EVENTS.md 16): DCT; the bill purchases, the resale and the outright purchases are
  monetary operations and the discount houses' bill offers market activity (all skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind78b.jsonl"

SYD = ("SYDNEY", "AUS")
NDL = ("NEW DELHI", "IND")
TAU = ("TAUPO", "NZL")
OTT = ("OTTAWA", "CAN")
TPE = ("TAIPEI", "TWN")
TOK = ("TOKYO", "JPN")
PEK = ("PEKING", "CHN")
LON = ("LONDON", "GBR")

AUS_ORG = "AUS", "ORG"
IND_GOV = "IND", "GOV"
JPN_GOV = "JPN", "GOV"
NZL_GOV = "NZL", "GOV"
TWN_GOV = "TWN", "GOV"
USA_GOV = "USA", "GOV"
CHN_ORG = "CHN", "ORG"
GBR_GOV = "GBR", "GOV"
PORTS = ("Sydney, Newcastle and Port Kembla", "AUS")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-14839": {
        "events": [
            # 0
            (
                "RETREAT",
                "lifted",
                ("Tug crews",) + AUS_ORG,
                ("foreign-flag ships", None, "BUS"),
                ("New South Wales, Victoria and Western Australia", "AUS"),
                "1987-04-07",
                "day",
                "yesterday",
                "asserted",
                None,
                "tug crews lifted their ban on foreign-flag container ships (lifting a measure; the strikers' calling-off "
                "is RETREAT in events_dev); the target named in the clause has no single country (null, 35b/41b); an "
                "identifiable act reported by anonymous shipping sources (their 'said' skipped); 'yesterday' = "
                "1987-04-07 (41b's 14957, an earlier version of this story, coded the same)",
            ),
            # 1
            (
                "PROTEST",
                "imposed",
                (None,) + AUS_ORG,
                None,
                None,
                "1987-04-01",
                "day",
                "a week ago",
                "asserted",
                None,
                "the ban imposed a week ago over a pay claim: the tug crews' industrial action (35b/41b), a participle "
                "with its own date (EVENTS.md 11), agent implied (the tug crews), no target in the clause (EVENTS.md "
                "14); 'a week ago' from Wed 1987-04-08 = Wed 1987-04-01",
            ),
            # 2
            (
                "PROTEST",
                ("disruption", "Meanwhile"),
                (None,) + AUS_ORG,
                None,
                PORTS,
                "1987-04-08",
                "day",
                "today",
                "asserted",
                None,
                "disruption of cargo handling began today at three NSW ports: the industrial action named in the next "
                "sentence and carried out by the port unions (agent implied, AUS ORG; 41b's call); relayed by anonymous "
                "sources ('they said' skipped)",
            ),
            # 3
            (
                "PROTEST",
                "week of action",
                ("the NSW Trades and Labour Council",) + AUS_ORG,
                (("the state", "changes to"), "AUS", "GOV"),
                ("NSW", "AUS"),
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the week of action called by the NSW Trades and Labour Council to protest changes to the state's "
                "workers' compensation laws (a nominal with its own agent, EVENTS.md 11; 41b); target the state (NSW "
                "government, AUS GOV); the week's start is not given: undated",
            ),
            # 4
            (
                "PROTEST",
                "walk off",
                ("the various port unions",) + AUS_ORG,
                None,
                PORTS,
                "1987-04-08",
                "day",
                "today",
                "asserted",
                2,
                "the port unions taking turns to work briefly at the start of each shift and then walk off: the same "
                "NSW port action as the disruption that began today, now with its agent named (later mention, first "
                "mention's date, rule 3); hedged ('appear to be') but asserted as ongoing; anonymous sources' 'said' "
                "skipped",
            ),
        ],
        "skip": [
            (("ban", "lifted their"), "object of the lifting (the ban is coded on 'imposed')"),
            (
                "disrupted",
                "the NSW port disruption by 'a separate dispute' (no acting actor in the clause; the same "
                "industrial action is coded on 'disruption')",
            ),
            (("dispute", "separate"), "background nominal (a separate dispute, parties unnamed)"),
            (("said", "shipping sources"), "anonymous-source talk (shipping sources)"),
            ("prevented", "consequence of the ban (the ban is coded on 'imposed')"),
            ("claim", "background nominal (the pay claim, addressee unnamed; REQUEST arguable, 35b/41b)"),
            (("said", "vessels, they"), "anonymous-source talk (shipping sources)"),
            (("dispute", "The pay"), "anaphoric nominal (the pay dispute)"),
            (
                "went before",
                "the dispute heard by the Arbitration Commission today: no actor named (CONSULT arguable; 35b/41b)",
            ),
            ("hearing", "the Arbitration Commission hearing (setting of the referral)"),
            (("said", "Port Kembla, they"), "anonymous-source talk (shipping sources)"),
            ("industrial action", "anaphoric nominal (the NSW port disruption coded above)"),
            ("changes", "domestic legislation (content of the protest)"),
            (("said", "The shipping sources said"), "anonymous-source talk (shipping sources)"),
            (("disrupted", "Cargo handling in the ports has"), "consequence with no acting actor (the same action)"),
            (("stopped", "has not"), "consequence with no acting actor (negated)"),
            (("said", "altogether, they"), "anonymous-source talk (shipping sources)"),
            (("said", "They said they"), "anonymous-source talk (shipping sources)"),
            ("could not say", "withheld statement by anonymous sources (shipping sources)"),
            (("disruption", "how long the"), "anaphoric nominal (the disruption)"),
        ],
        "entities": [
            ("New South Wales", "GPE", "AUS"),
            ("NSW", "GPE", "AUS"),
            ("Victoria", "GPE", "AUS"),
            ("Western Australia", "GPE", "AUS"),
            (("NSW", "containers but"), "GPE", "AUS"),
            ("Arbitration Commission", "ORG", "AUS"),
            ("Sydney", "GPE", "AUS"),
            ("Newcastle", "GPE", "AUS"),
            ("Port Kembla", "GPE", "AUS"),
            (("NSW", "industrial action at the"), "GPE", "AUS"),
            ("NSW Trades and Labour Council", "ORG", "AUS"),
        ],
    },
    "reuters21578-11179": {
        "events": [
            # 0
            (
                "COOPERATE",
                "pay",
                ("Japan",) + JPN_GOV,
                ("Indian",) + IND_GOV,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "Japan will pay five pct less for the Indian iron ore it imports in fiscal 1987/88 (a trade exchange "
                "between two identified countries, 53a/55a's imports); planned; undated: a Japanese fiscal year "
                "(April-March) has no single calendar value (20b), 'starting April 1' is the fiscal year's start; "
                "'told Reuters' rule-3 attribution",
            ),
            # 1
            (
                "AGREE",
                ("agreed", "India had"),
                (("India", "He said India"),) + IND_GOV,
                (("Japan", "export to"),) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "India had agreed to export about 23 mln tonnes of ore to Japan in 1987/88 (EVENTS.md 8: AGREE on "
                "'agreed', the export its content); past perfect, no time expression in its clause: undated (rule 17; "
                "the signing 'last week' is a later mention with its own date); 'He said' rule-3 attribution",
            ),
            # 2
            (
                "STATEMENT",
                "described",
                ("The official",) + IND_GOV,
                None,
                NDL,
                "1987-03-31",
                "day",
                None,
                "asserted",
                None,
                "the agreement is satisfactory overall (an evaluation of an agreement, not of an actor: STATEMENT, "
                "EVENTS.md 6); wire style: DCT, dateline city",
            ),
            # 3
            (
                "AGREE",
                "signed",
                ("an official Indian trade delegation",) + IND_GOV,
                ("Japanese businessmen", "JPN", "BUS"),
                ("Tokyo", "JPN"),
                "1987-03",
                "month",
                "last week",
                "asserted",
                1,
                "the agreement signed by an Indian trade delegation and Japanese businessmen in Tokyo last week (later "
                "mention of India's agreement, keeping its own time expression, EVENTS.md 21); 'last week' from Tue "
                "1987-03-31 = 23-29 March: 1987-03, month; 'He said' rule-3 attribution",
            ),
            # 4
            (
                "SUPPORT",
                ("said", "The official said it was"),
                (("The official", "The official said it was"),) + IND_GOV,
                (("Japan", "encouraging that"),) + JPN_GOV,
                NDL,
                "1987-03-31",
                "day",
                None,
                "asserted",
                None,
                "it was encouraging that Japan had agreed not to reduce ore imports from India: praise of another actor's "
                "act (own_dev's 'encouraged by Tokyo's recent actions' = SUPPORT; STATEMENT arguable); the saying is the "
                "act; DCT, dateline city",
            ),
            # 5
            (
                "AGREE",
                ("agreed", "Japan had"),
                (("Japan", "encouraging that"),) + JPN_GOV,
                (("India", "imports from"),) + IND_GOV,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "Japan had agreed not to reduce ore imports from India (Japan's commitment in the deal, its own clause "
                "with Japan first; a later mention of India's agreement arguable); past perfect, no time expression: "
                "undated",
            ),
            # 6
            (
                "STATEMENT",
                ("said", "He said Japanese"),
                (("He", "He said Japanese"),) + IND_GOV,
                None,
                NDL,
                "1987-03-31",
                "day",
                None,
                "asserted",
                None,
                "forecast of Japan's 1987 ore imports (96 mln tonnes against 103.5 mln): statistics; DCT",
            ),
            # 7
            (
                "STATEMENT",
                ("said", "Government officials"),
                ("Government officials",) + IND_GOV,
                None,
                NDL,
                "1987-03-31",
                "day",
                None,
                "asserted",
                None,
                "India's ore exports likely to rise to 33-34 mln tonnes in 1987/88 (forecast by officials of the named "
                "government, EVENTS.md 4); DCT",
            ),
        ],
        "skip": [
            (("imports", "iron ore it"), "part of the trade coded on 'pay'"),
            ("paid", "background (the 1986/87 price; past trade, fiscal year: no single value)"),
            ("told", "rule-3 attribution (the payment is the event)"),
            (("said", "He said India"), "rule-3 attribution (India's agreement is the event)"),
            (("export", "agreed to"), "content of the agreement"),
            (("agreement", "described the"), "anaphoric nominal (the agreement)"),
            (("said", "He said it was signed"), "rule-3 attribution (the signing is the event)"),
            (("reduce", "not to"), "content of Japan's agreement"),
            (("total", "imports in calendar"), "statistics (content of the forecast)"),
            (("rise", "likely to"), "statistics (content of the forecast)"),
            (("estimated", "provisionally"), "statistics (agentless estimate)"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Indian", "NORP", "IND"),
            ("Reuters", "ORG", "GBR"),
            (("India", "He said India"), "GPE", "IND"),
            (("Japan", "export to"), "GPE", "JPN"),
            (("Indian", "official Indian"), "NORP", "IND"),
            (("Japanese", "delegation and"), "NORP", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            (("Japan", "encouraging that"), "GPE", "JPN"),
            (("India", "imports from"), "GPE", "IND"),
            (("Japan", "although"), "GPE", "JPN"),
            (("Japanese", "recession in the"), "NORP", "JPN"),
            (("Japanese", "He said Japanese"), "NORP", "JPN"),
            (("India", "Government officials said"), "GPE", "IND"),
        ],
    },
    "reuters21578-8102": {
        "events": [
            # 0
            (
                "REQUEST",
                "said",
                ("Mike Moore",) + NZL_GOV,
                ("trade ministers", None, "GOV"),
                TAU,
                "1987-03-22",
                "day",
                None,
                "asserted",
                None,
                "long-term pressure by trade ministers is necessary if the Uruguay round is to succeed: prescriptive talk "
                "naming the actors who should act (EVENTS.md 2's 'stronger demand growth in Japan and Western Europe is "
                "needed'; a group of ministers of many countries: null; STATEMENT arguable, 12a's Carney); the saying is "
                "the act; DCT = published_at's date 1987-03-22 (the dateline's March 23 is local), dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                (("Moore", "Moore told"),) + NZL_GOV,
                None,
                TAU,
                "1987-03-22",
                "day",
                None,
                "asserted",
                None,
                "ministers need opportunities to keep in touch and consider how to resolve the round's political "
                "problems (an assessment of needs, no action asked; the ministers are the audience); DCT",
            ),
            # 2
            (
                "CONSULT",
                ("talks", "gathered for informal"),
                ("trade ministers from 22 nations", None, "GOV"),
                None,
                ("Taupo", "NZL"),
                "1987-03-22",
                "day",
                None,
                "asserted",
                None,
                "trade ministers from 22 nations gathered for informal talks on the GATT (a group: null, no actor2, as "
                "29b/56a's Taupo meeting); the meeting is going on when Moore addresses its opening (a DCT-dated speech "
                "act, rule 2): dated by the report, 1987-03-22 (date_text null)",
            ),
            # 3
            (
                "STATEMENT",
                ("said", "Moore said the Taupo"),
                (("Moore", "Moore said the Taupo"),) + NZL_GOV,
                None,
                TAU,
                "1987-03-22",
                "day",
                None,
                "asserted",
                None,
                "the Taupo meeting is one of a series of gatherings (OECD in May, G-7 in Venice in June) that let "
                "ministers keep in contact (assessment); DCT",
            ),
            # 4
            (
                "STATEMENT",
                ("said", "not worse, he"),
                (("he", "not worse,"),) + NZL_GOV,
                None,
                TAU,
                "1987-03-22",
                "day",
                None,
                "asserted",
                None,
                "world trade conditions are getting better (assessment); DCT",
            ),
            # 5
            (
                "STATEMENT",
                ("said", "He said New Zealand"),
                (("He", "He said New Zealand"),) + NZL_GOV,
                None,
                TAU,
                "1987-03-22",
                "day",
                None,
                "asserted",
                None,
                "New Zealand is moving rapidly toward liberalisation and 'I warn you we shall be looking for partners' "
                "(no consequence from the speaker: not a threat, own_blind's 'warned'; THREATEN arguable); DCT",
            ),
        ],
        "skip": [
            (("pressure", "Long term"), "content of the request"),
            ("succeed", "condition (content of the request)"),
            ("keep in touch", "content of the statement"),
            ("consider", "content of the statement"),
            ("faced and resolved", "content of the statement"),
            (("meeting", "the Taupo"), "anaphoric nominal (the Taupo meeting coded on 'talks')"),
            ("gatherings", "background nominal (a series of gatherings)"),
            (
                ("meeting", "OECD ministerial"),
                "content of the statement: an example in the series (a meeting of one "
                "body's members, EVENTS.md 10; CONSULT planned 1987-05 arguable)",
            ),
            (
                ("meeting", "G-7"),
                "content of the statement: an example in the series (CONSULT planned of the G-7, null, "
                "1987-06, Venice, arguable; 25b skipped the Venice summit as a venue)",
            ),
            ("maintain contact", "content of the statement"),
            (
                "moving",
                "content of the statement (New Zealand's liberalisation: no specific measure or party; RETREAT "
                "arguable)",
            ),
            ("warn", "part of the quoted statement (no consequence from the speaker; THREATEN arguable)"),
            ("looking for partners", "content of the quote"),
        ],
        "entities": [
            ("General Agreement on Trade and Tariffs", "ORG", None),
            ("GATT", "ORG", None),
            ("New Zealand", "GPE", "NZL"),
            ("Mike Moore", "PERSON", "NZL"),
            (("Moore", "Moore told"), "PERSON", "NZL"),
            (("GATT", "informal talks on the"), "ORG", None),
            (("Moore", "Moore said the Taupo"), "PERSON", "NZL"),
            ("Taupo", "GPE", "NZL"),
            ("OECD", "ORG", None),
            ("G-7", "ORG", None),
            ("Venice", "GPE", "ITA"),
            (("New Zealand", "He said New Zealand"), "GPE", "NZL"),
        ],
    },
    "reuters21578-4115": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Statistics Canada", "CAN", "GOV"),
                None,
                OTT,
                "1987-03-12",
                "day",
                None,
                "asserted",
                None,
                "statistics release (January trade surplus 533 mln dlrs, December revised); wire style: DCT, dateline "
                "city",
            ),
        ],
        "skip": [
            ("revised", "statistical revision (agentless)"),
            ("reported", "agentless earlier report of the December figure (STATEMENT CAN undated arguable)"),
        ],
        "entities": [
            ("Canada", "GPE", "CAN"),
            ("Statistics Canada", "ORG", "CAN"),
        ],
    },
    "reuters21578-12416": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("Taiwan",) + TWN_GOV,
                None,
                TPE,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "statistics release: 3.4 billion U.S. Dlrs exchange rate losses on the reserves, July 1986 to February "
                "1987 (the periods are the losses', not the saying's); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "told",
                ("Yu Chien-ming",) + TWN_GOV,
                None,
                None,
                "1987-04-01",
                "day",
                "yesterday",
                "asserted",
                None,
                "the head of the government statistics department told parliament yesterday he expected the losses to "
                "increase (forecast); parliament is the audience (no actor2); no place named: location null",
            ),
            # 2
            (
                "STATEMENT",
                ("said", "Yu said"),
                (("Yu", "Yu said"),) + TWN_GOV,
                None,
                TPE,
                "1987-04-02",
                "day",
                None,
                "asserted",
                None,
                "interest earned on the reserves, 1.68 billion U.S. Dlrs (statistics); no time expression of its own: "
                "wire style, DCT (placing it in yesterday's parliament session arguable)",
            ),
        ],
        "skip": [
            ("suffered", "statistics (content of the release)"),
            ("expected", "content of the statement (forecast)"),
            ("strengthen", "market-price movement"),
            ("opened", "market-price movement"),
            (("risen", "has"), "market-price movement"),
            (("expect", "Some bankers"), "anonymous-source talk (bankers)"),
            ("earned", "statistics (content of the statement)"),
            ("managed", "stative (the central bank's management of the reserves: monetary, no type)"),
            ("deposited", "stative (placement of reserves with foreign banks: monetary; COOPERATE arguable)"),
        ],
        "entities": [
            ("Taiwan", "GPE", "TWN"),
            ("U.S.", "GPE", "USA"),
            (("Taiwan", "rise of the"), "GPE", "TWN"),
            (("U.S.", "against the"), "GPE", "USA"),
            ("Yu Chien-ming", "PERSON", "TWN"),
            (("Taiwan", "increase as the"), "GPE", "TWN"),
            (("Taiwan", "The Taiwan dollar, which"), "GPE", "TWN"),
            (("U.S.", "34.24 to the"), "GPE", "USA"),
            (("U.S.", "16 pct against the"), "GPE", "USA"),
            (("Taiwan", "Taiwan's foreign"), "GPE", "TWN"),
            ("West Germany", "GPE", "DEU"),
            (("Japan", "West Germany and"), "GPE", "JPN"),
            (("Yu", "Yu said"), "PERSON", "TWN"),
            (("U.S.", "1.68 billion"), "GPE", "USA"),
            (("U.S.", "leading banks in the"), "GPE", "USA"),
            (("Japan", "leading banks in the U.S.,"), "GPE", "JPN"),
            ("Britain", "GPE", "GBR"),
            (("Canada", "Britain,"), "GPE", "CAN"),
            ("Singapore", "GPE", "SGP"),
            (("U.S.", "mostly in"), "GPE", "USA"),
        ],
    },
    "reuters21578-12804": {
        "events": [
            # 0
            (
                "REJECT",
                "insisted",
                ("A top Japanese official",) + JPN_GOV,
                (("US", "pact with the"),) + USA_GOV,
                TOK,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "insisted that Japan was living up to its microchip pact with the US: denial of the U.S. allegation of "
                "non-compliance behind Washington's tariffs (speech-act rule 2: a denial = REJECT); 'has insisted' "
                "read as 'has said' (EVENTS.md 16): DCT, dateline city",
            ),
            # 1
            (
                "REJECT",
                ("said", "Makoto Kuroda"),
                ("Makoto Kuroda",) + JPN_GOV,
                (None,) + USA_GOV,
                TOK,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "'It cannot be thought ... we are trying to dominate semiconductors': denial of the domination charge "
                "(the U.S. allegation, implied; a different proposition from the lead's, so a first mention); said in a "
                "newspaper interview, wire style (64a/69b): DCT",
            ),
            # 2
            (
                "CONSULT",
                ("talks", "emergency"),
                ("a Japanese team",) + JPN_GOV,
                (("Washington", "team going to"),) + USA_GOV,
                ("Washington", "USA"),
                "1987-04",
                "month",
                "next week",
                "planned",
                None,
                "the Japanese team Kuroda will head is going to Washington next week for emergency talks on "
                "semiconductors (visitor first, host Washington, EVENTS.md 13; 32b's Kuroda talks); 'next week' from "
                "Fri 1987-04-03 = 6-12 April: 1987-04, month (EVENTS.md 21)",
            ),
            # 3
            (
                "STATEMENT",
                ("told", "emergency talks"),
                (("Kuroda", "Kuroda, who"),) + JPN_GOV,
                None,
                TOK,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "told the Tokyo Shimbun he would try his best to convince the United States of Japan's case (an announced "
                "intention; REQUEST planned arguable); 'told the newspaper', a direct telling in wire style (32b/45b): DCT",
            ),
            # 4
            (
                "SANCTION",
                "imposition",
                (("Washington", "Washington last week"),) + USA_GOV,
                (("Japanese", "tariffs on"),) + JPN_GOV,
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "tariffs on Japanese electronic products announced last week in retaliation for Japan's alleged failure "
                "to abide by the pact: SANCTION planned (19a/44a/56b's 'announced ... plans to impose tariffs': "
                "'announced' rule-3 attribution, 'last week' dates the announcing); the imposition's own date is not in "
                "the text: undated (asserted, 1987-03 arguable)",
            ),
            # 5
            (
                "STATEMENT",
                ("told", "Kuroda told the newspaper"),
                (("Kuroda", "Kuroda told the newspaper"),) + JPN_GOV,
                None,
                TOK,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "Tokyo has already taken measures to back up the pact, including production cutbacks (defence of Japan's "
                "own policy, EVENTS.md 6; the cutbacks are a domestic measure, EVENTS.md 10); DCT",
            ),
            # 6
            (
                "REJECT",
                ("said", "free market, he"),
                (("he", "free market,"),) + JPN_GOV,
                (("the United States", "guarantee"),) + USA_GOV,
                TOK,
                "1987-04-03",
                "day",
                None,
                "asserted",
                None,
                "Tokyo cannot guarantee the United States a specified market share: refusal of the U.S. demand "
                "(EVENTS.md 7's 'we can't eliminate subsidies unilaterally' = REJECT); the saying is the act ('guarantee' "
                "not listed); DCT",
            ),
        ],
        "skip": [
            ("living up", "content of the denial"),
            ("microchip pact", "background nominal (the semiconductor pact; AGREE JPN-USA undated arguable)"),
            ("dominate", "content of the denial"),
            ("head", "Kuroda's role in the planned talks (no type)"),
            ("convince", "content of the statement (persuasion in the planned talks; REQUEST planned arguable)"),
            ("announced", "rule-3 attribution (the tariffs are the event; 19a/44a/56b)"),
            ("retaliation", "purpose of the sanction (part of it)"),
            ("sees", "part of the background causal clause"),
            ("failure", "background nominal in a causal clause (the U.S. view; ACCUSE USA -> JPN arguable, 19a)"),
            ("abide", "content of the background nominal"),
            (("agreement", "Under the"), "anaphoric nominal (the pact)"),
            ("stop selling", "content of the pact"),
            (("buy", "try to"), "content of the pact"),
            (("taken", "already"), "content of the statement (Japan's own measures)"),
            ("back up", "content of the statement"),
            ("cutbacks", "domestic production measure (EVENTS.md 10), content of the statement"),
            (("trying", "users are"), "content of the refusal (Japanese users' import efforts; COOPERATE arguable)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            (("US", "pact with the"), "GPE", "USA"),
            ("Ministry of International Trade and Industry", "ORG", "JPN"),
            ("MITI", "ORG", "JPN"),
            ("Makoto Kuroda", "PERSON", "JPN"),
            (("Kuroda", "Kuroda, who"), "PERSON", "JPN"),
            (("Japanese", "head a"), "NORP", "JPN"),
            (("Washington", "team going to"), "GPE", "USA"),
            ("Tokyo Shimbun", "ORG", "JPN"),
            (("United States", "convince the"), "GPE", "USA"),
            (("Japan", "United States of"), "GPE", "JPN"),
            (("Washington", "Washington last week"), "GPE", "USA"),
            (("Japanese", "tariffs on"), "NORP", "JPN"),
            (("Tokyo", "sees as"), "GPE", "JPN"),
            (("Japan", "Under the agreement"), "GPE", "JPN"),
            ("American", "NORP", "USA"),
            (("Kuroda", "Kuroda told the newspaper"), "PERSON", "JPN"),
            (("Tokyo", "Tokyo has already"), "GPE", "JPN"),
            (("Japanese", "While"), "NORP", "JPN"),
            (("Tokyo", "Tokyo cannot"), "GPE", "JPN"),
            (("United States", "guarantee the"), "GPE", "USA"),
            (("Japan", "what in"), "GPE", "JPN"),
        ],
    },
    "reuters21578-241": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("the New China News\nAgency",) + CHN_ORG,
                None,
                PEK,
                "1987-03-01",
                "day",
                None,
                "asserted",
                None,
                "China's wheat crop seriously threatened by pests and diseases (a report by the state news agency, as "
                "earlier sets' Tass); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "added",
                ("the\nagency",) + CHN_ORG,
                None,
                PEK,
                "1987-03-01",
                "day",
                None,
                "asserted",
                None,
                "more than 5 mln hectares could be affected (a second reporting clause, EVENTS.md 3); DCT",
            ),
            # 2
            (
                "REQUEST",
                "called for",
                ("Ministry of Agriculture, Animal Husbandry and\nFisheries", "CHN", "GOV"),
                None,
                None,
                None,
                "unknown",
                None,
                "asserted",
                None,
                "the agriculture ministry has called for measures including timely pesticide supply to farmers (a call "
                "for action; the addressees are not named: actor2 null, EVENTS.md 14); present perfect relayed by the "
                "agency ('it said' rule-3 attribution), no time expression: undated (sets 15/16)",
            ),
        ],
        "skip": [
            ("threatened", "natural threat (pests and diseases), no acting actor"),
            ("affected", "content of the statement (no acting actor)"),
            ("allowed", "weather (no actor)"),
            ("survive", "natural (no actor)"),
            ("supply", "content of the request"),
            ("combat", "purpose clause (content of the request)"),
            (("said", "threat, it"), "rule-3 attribution (the ministry's call is the event)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("New China News\nAgency", "ORG", "CHN"),
            ("North China", "LOC", "CHN"),
            (("China", "agency added."), "GPE", "CHN"),
            ("Ministry of Agriculture, Animal Husbandry and\nFisheries", "ORG", "CHN"),
        ],
    },
    "reuters21578-7571": {
        "events": [
            # 0
            (
                "STATEMENT",
                "said",
                ("The Bank of England",) + GBR_GOV,
                None,
                LON,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "it provided the money market with 728 mln stg assistance (the help is a monetary operation, EVENTS.md "
                "10; 28b's 7027, 39a's 4783); wire style: DCT, dateline city",
            ),
            # 1
            (
                "STATEMENT",
                "estimated",
                (("the Bank", "Earlier, the Bank"),) + GBR_GOV,
                None,
                LON,
                "1987-03-20",
                "day",
                None,
                "asserted",
                None,
                "the Bank's earlier estimate of today's shortage at 950 mln stg (a forecast in its own sentence, 10a's "
                "'It estimated', 28b's 1931); 'Earlier' wire style (EVENTS.md 16): DCT; 'today' is the shortage's day",
            ),
        ],
        "skip": [
            ("provided", "monetary operation (money-market help)"),
            ("bill offers", "market activity by the discount houses (money-market operation)"),
            ("purchased", "monetary operation (bill purchases)"),
            ("resale", "monetary operation (resale of bills)"),
            ("bought", "monetary operation (outright bill purchases)"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
            (("Bank", "Earlier, the"), "ORG", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
