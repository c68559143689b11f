"""Build ``own_blind27a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind27a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,786 left; also minus the 16 stories drawn for own_blind26, 2,770 left); 24 drawn with random.Random(27101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
37 event records (32 first mentions, 5 later mentions), 105 not_annotated spans, 69 entity mentions;
one article without events (21243, Senate panel on loan rates: anonymous Senate staff and domestic
farm legislation only); 15344 (EIA stocks), 14861 (Bank of England) and 4662 (Subroto) have
reporting-clause STATEMENTs only, 47 (Cruzado plan) a single STATEMENT. Types: STATEMENT 21, SANCTION 5,
REJECT 3, CONSULT 2, THREATEN 2, ACCUSE 2, REQUEST 1, COERCE 1; modality: asserted 32, planned 5;
precision: day 29, unknown 6, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context by ``annotate_own_dev.main --show``, which also asserts that no gold
trigger overlaps a ``not_annotated`` span; two wrong first matches fixed: "add" inside "addition", and
an entity anchor for the line-broken last "South Africa", which the whitespace-insensitive
anchoring matched to the first one). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Indonesian Energy
Minister Subroto": NORP "Indonesian" and the PERSON; "Foreign Trade Minister Anita Gradin": the PERSON;
"the Agriculture Secretary": nothing); "U.S." in "U.S. Government" / "U.S. Exports" / "U.S. Producers"
is a GPE, "U.S. Embassy" one ORG span USA (a body with its country word, as "U.S. State Department");
"Dutch" in "the Dutch Government" NORP NLD (4a's "Japanese government"); the lower-case "Economics and
Foreign ministries" and "parliamentary committee" are not tagged; "(D-Vt)" gives GPE "Vt" USA (14b);
"Senate" in "Senate staff" ORG USA (14b); the European Community / EC, GATT / General Agreement on
Tariffs and Trade ORG null; the American Soybean Association / ASA ORG USA; "American" NORP USA;
Brussels GPE BEL; "South-East Asian" NORP null (a region spanning countries, as 5b's "Southeast Asia");
Namibia GPE NAM (the ISO code of the territory, then administered by South Africa); "Brunei" in "Brunei
authorities" and "Brunei dlrs" GPE BRN (15a's "U.S. Cents"), the National Bank of Brunei Bhd / NBB ORG
BRN; Shearson Lehman Brothers Inc / Shearson ORG USA (18a); Khoo Teck Puat PERSON SGP (the Singapore
financier of a Singapore-datelined story; the text gives no nationality, null arguable); the Energy
Information Administration / EIA and "Department of Energy" ORG USA; the Strategic Petroleum Reserve /
SPR is a stockpile, not tagged (24b); the Wine Equity Act (a bill), the Cruzado (a currency) and the
front-line states (lower-case group) are not entities.

Judgement calls made here:
* 15344 (EIA weekly stocks, the 24b 3980 pattern): the four identifiable reporting clauses ("the
  Energy Information Administration (EIA) said", "the Department of Energy agency said", "The EIA
  said", "it said") are STATEMENTs (USA GOV, DCT, WASHINGTON), each with new figures (first mentions, as
  20a's 17427); "In its weekly petroleum status report" is part of the reporting clause; the stock
  changes are statistics (skipped).
* 21243 (Senate panel): no event (a negative). "Senate staff said" is anonymous (EVENTS.md 4, 14b's
  9060) and the committee "was expected to consider proposals" is their forecast of one body's internal
  deliberation on domestic farm legislation (no type); the proposal "drafted by chairman Patrick Leahy"
  is legislative procedure (12b/21a: skipped) and its provisions (limit, allow, increase) are content;
  the stock thresholds are conditions.
* 47 (Cruzado plan): the body starts mid-sentence (the dateline holds 'Brazil's "Cruzado" anti').
  "Announced last February 28 the plan froze prices ..." is coded as the Brazilian government's
  announcement of the plan: STATEMENT, agent implied (BRA GOV, text null), 1986-02-28 ("last February
  28" from Thu 1987-02-26: the most recent one before), location null (not a DCT report); the plan's
  measures (price freeze, fixing the currency, ending indexation) are domestic price and monetary policy
  (skipped; skipping the announcement too, as a participial background, is arguable). The praise "at
  home and abroad" has no identifiable actor; "a leading bank economist said" is anonymous; the plan's
  collapse and the trade figures have no actor (statistics).
* 5391 (U.S. soybean lobby in The Hague, DCT Mon 1987-03-16): Bennett (ASA president-elect: USA ORG)
  speaks throughout; his reporting clauses with forecasts, statistics and assessments are STATEMENTs
  (DCT, THE HAGUE): the opening "are confident the proposed ... tax ... will be rejected", '"Our
  information suggests we will have the required number of votes ...," he said', the export figures,
  "would hit U.S. Producers badly ..., he added" and "The revenue to the EC from the tax would simply
  be used to finance the EC's own oilseed subsidy machine, he said" (ACCUSE toward the EC arguable for
  the last). Typed ones: '"... What we want now is to kill it once and for all," Bennett added' is
  REJECT USA -> the EC (implied, null IGO: the proposal's author), opposition to a proposal as 16989/6b
  (STATEMENT arguable); '"... we will not stand by and watch our own farmers suffer from such
  protectionist EC measures," Bennett said' is THREATEN USA -> EC (a warning of action; REJECT or
  ACCUSE arguable); '"... the EC's actions are fueling the chances of a trade war," he added' is ACCUSE
  USA -> EC (blame). "leading one of three soybean producer delegations on a lobbying tour of EC
  capitals" is CONSULT USA -> "EC capitals" (a group: null), trigger "tour", undated (present
  progressive, no time expression, 14a); "was speaking at a lunch" is the occasion (skipped). "After
  meetings at the Economics and Foreign ministries this morning" is a nominal with its own date
  (EVENTS.md 11): CONSULT USA (Bennett, "he") -> the ministries (NLD GOV, Dutch by context), 1987-03-16
  ("this morning"), location null (the text gives none). "he said the Dutch Government had indicated it
  would vote against the proposal, as had a number of other countries" gives REJECT NLD -> EC (implied)
  on "indicated" and, for the elliptical "as had a number of other countries", a second REJECT null ->
  EC on the same trigger (EVENTS.md 12 split); both relayed pluperfects, undated (16b's "Washington had
  indicated"), Bennett's "said" rule-3 attribution. "the U.S. Government has also indicated it will be
  prepared to retaliate with penal import taxes if the proposal does get through, he said" is THREATEN
  USA GOV -> EC (conditional retaliation: asserted), perfect relayed with no time expression: undated
  (set 16's relayed verbal acts), "said" attribution; "Backing up the soybean producers' active
  lobbying" is its participial elaboration (SUPPORT USA GOV -> the producers arguable, skipped). "The
  U.S. Government also feels it has a good case to fight the proposed tax in ... GATT, a U.S. Embassy
  spokesman said" is a STATEMENT by the spokesman (USA GOV, DCT): an assessment, the GATT challenge only
  considered (skipped; ACCUSE/THREATEN arguable). The proposed EC tax itself is a background nominal
  (24a's 12564: SANCTION hypothetical arguable); the proposal's past in Brussels ("talked of",
  "dropped") has no actor; "We helped defeat the Wine Equity Act two years ago" is the ASA's past
  lobbying on domestic legislation (skipped; REJECT 1985 arguable).
* 4259 (Swedish sanctions on South Africa, DCT Thu 1987-03-12): "Sweden announced its promised program
  of unilateral economic sanctions against South Africa" is SANCTION SWE -> ZAF on "sanctions", planned
  (to take effect later), undated: no time expression in its clause (4a's "sanctions imposed on Japan"
  first mention; 1987-07-01 taken from the later mention, as 22a, arguable); "announced" is rule-3
  attribution and "promised" a background earlier promise (AGREE arguable). "and gave firms an October
  deadline to cut trading links" is REQUEST SWE -> the (Swedish) firms (SWE BUS), asserted, undated
  ("October" dates the deadline, not the giving; a part of the SANCTION arguable). "Anita Gradin said a
  trade boycott of South Africa and neighbouring Namibia would take effect from July 1" splits the
  target (EVENTS.md 12): SANCTION SWE (implied) -> ZAF, a later mention with its own date 1987-07-01,
  and SWE -> NAM, a first mention (Namibia is first named here), both planned; "said" attribution; the
  grace period and the companies' winding down are part of the measure. "From October 1, no direct
  trade would be allowed in either direction ..., Gradin told a news conference" is the ban's full
  stage: later mentions of both (ZAF and NAM, implied), planned, 1987-10-01, trigger "allowed", "told"
  attribution. "She said exceptions would also be granted ..." (the design of the measure; RETREAT
  arguable for the exceptions), "Gradin cautioned that legislation ... was not impossible to get
  round" (a caution with no consequence) and "She said a parliamentary committee would investigate ways
  of closing ... loopholes" (studying a problem is not investigating someone: no ACCUSE, 23a) are
  STATEMENTs (SWE GOV, DCT, STOCKHOLM).
* 12747 (Shearson and Khoo, DCT 1987-04-03): "Shearson Lehman Brothers Inc will no longer be working as
  financial advisers for financier Khoo Teck Puat, Shearson said in a statement": ending an advisory
  relationship has no clear type (own_blind's ended business talks), so the reporting clause is a
  STATEMENT (USA BUS, DCT, SINGAPORE) and "working" is skipped (RETREAT arguable). "Shearson formulated
  a repayment proposal to the National Bank of Brunei" and "the proposal submitted in February" have no
  clear type (15a's submitted proposals; AGREE or REQUEST arguable): skipped. "Brunei authorities closed
  the bank last November" is COERCE BRN GOV -> the bank (NBB, BRN BUS; a seizure of the bank, SANCTION
  arguable), 1986-11 ("last November" from April 1987), and "alleging 90 pct of its loans ... had been
  extended, without documentation or guarantee, to firms controlled by Khoo's family and friends" is
  ACCUSE BRN GOV -> the bank (its lending; Khoo, SGP, arguable as the target), the participle sharing
  the closure's "last November". "Sources close to Khoo said" is anonymous; the creditors' study of the
  proposal is content of that talk.
* 14861 (Bank of England): "said it forecast a shortage" is one STATEMENT (GBR GOV, DCT, LONDON;
  "forecast" skipped as the same act, 14a); the liquidity flows (maturing bills, take-up, repurchases,
  note circulation, exchequer transactions) have no actor or are monetary operations (skipped).
* 4662 (Subroto on oil, DCT Fri 1987-03-13): "Indonesian Energy Minister Subroto said he sees the oil
  market continuing bullish" and "He told a press conference in Jakarta ... that he saw prices
  stabilizing around 18 dlrs" are STATEMENTs (IDN GOV, DCT; the second located in Jakarta); the quotes
  '"The sentiment in the market is bullish ...," Subroto said' and 'he said: "I think they will
  stabilise around 18 dlrs ..."' restate them (later mentions, EVENTS.md 3; "Asked" is a question);
  '"... the official price will remain at 18 dlrs," he added' has new content: a STATEMENT. "at the end
  of a two-day meeting of South-East Asian Energy Ministers" is the occasion of the press conference
  (skipped as 25b's Venice summit; CONSULT of the group, null, arguable: it would be undated, rule 17,
  or 1987-03-12 by its start).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WAS = ("WASHINGTON", "USA")
RIO = ("RIO DE JANEIRO", "BRA")
HAG = ("THE HAGUE", "NLD")
STO = ("STOCKHOLM", "SWE")
SIN = ("SINGAPORE", "SGP")
LON = ("LONDON", "GBR")
JAK = ("JAKARTA", "IDN")
JAKARTA = ("Jakarta", "IDN")

SWEDEN_IMPLIED = (None, "SWE", "GOV")
EC_IMPLIED = (None, None, "IGO")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-15344": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(EIA)"), ("the Energy Information Administration", "USA", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None, "statistics release: distillate stocks unchanged"),
            # 1
            ("STATEMENT", ("said", "Energy agency said"), ("the Department of\nEnergy agency", "USA", "GOV"), None,
             WAS, "1987-04-08", "day", None, "asserted", None,
             "statistics in its weekly petroleum status report: gasoline and refinery crude stocks"),
            # 2
            ("STATEMENT", ("said", "The EIA said"), ("The EIA", "USA", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None, "statistics: residual fuel and SPR stocks"),
            # 3
            ("STATEMENT", ("said", "1,561.1, it"), (("it", "1,561.1, it"), "USA", "GOV"), None, WAS,
             "1987-04-08", "day", None, "asserted", None, "statistics: total stocks"),
        ],
        "skip": [
            ("unchanged", "statistics, no acting actor"),
            (("report", "petroleum status"), "part of the reporting clause (the agency's weekly report, 24b's 3980)"),
            (("rose", "refinery crude oil stocks"), "statistics"),
            ("fell", "statistics"),
            (("rose", "(SPR)"), "statistics"),
            (("rose", "SPR stocks"), "statistics"),
        ],
        "entities": [
            ("Energy Information Administration", "ORG", "USA"),
            ("EIA", "ORG", "USA"),
            ("Department of\nEnergy", "ORG", "USA"),
            (("EIA", "The EIA said"), "ORG", "USA"),
        ],
    },
    "reuters21578-21243": {
        "events": [],
        "skip": [
            ("expected", "anonymous forecast (Senate staff) of a committee's deliberation"),
            ("consider", "internal deliberation of one legislative body on domestic farm legislation (no type)"),
            (("said", "Senate staff"), "anonymous-source talk ('Senate staff', EVENTS.md 4, 14b)"),
            (("limit", "would limit adjustments in\ncounty"), "content of the proposals (domestic farm policy)"),
            ("drafted", "legislative procedure (a bill drafted by the committee chairman, 12b/21a)"),
            (("limit", "(D-Vt) would"), "content of the proposal (domestic farm policy)"),
            (("allow", "The plan also"), "content of the proposal"),
            ("increase", "content of the proposal (hypothetical, domestic)"),
            ("exceeded", "condition (projected stocks)"),
            (("allow", "would also allow"), "content of the proposal"),
            ("surpassed", "condition (projected stocks)"),
        ],
        "entities": [
            ("Senate Agriculture Committee", "ORG", "USA"),
            (("Senate", "Senate staff"), "ORG", "USA"),
            ("Patrick Leahy", "PERSON", "USA"),
            (("Vt", "(D-Vt)"), "GPE", "USA"),
            (("Leahy", "Leahy's proposal"), "PERSON", "USA"),
        ],
    },
    "reuters21578-47": {
        "events": [
            # 0
            ("STATEMENT", "Announced", (None, "BRA", "GOV"), None, None,
             "1986-02-28", "day", "last February 28", "asserted", None,
             "the government's announcement of the Cruzado plan (agent implied; the plan's measures are domestic "
             "price and monetary policy, no type); 'last February 28' from Thu 1987-02-26 = 1986-02-28"),
        ],
        "skip": [
            ("hailed", "praise by no identifiable actor ('at home and abroad')"),
            ("limping", "no actor (the plan's fortunes)"),
            ("froze", "domestic price policy (content of the plan)"),
            (("fixed", "froze prices,"), "domestic monetary measure (content of the plan)"),
            (("ended", "currency and"), "domestic economic measure (content of the plan)"),
            ("halt", "purpose of the plan"),
            ("collapsed", "no actor (the plan's failure)"),
            (("said", "economist"), "anonymous-source talk (a leading bank economist)"),
            ("crumbling", "no actor"),
            ("reversal", "statistics (trade account)"),
            ("service", "background (debt service), no event"),
            ("diverted", "market / statistics, no identified actor"),
            (("increased", "imports"), "statistics"),
            ("plunged", "statistics (trade surplus)"),
            (("averaged", "since then has"), "statistics"),
        ],
        "entities": [
            ("Brazil", "GPE", "BRA"),
        ],
    },
    "reuters21578-5391": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Wayne Bennett"),
             ("American Soybean Association (ASA) president-elect\nWayne Bennett", "USA", "ORG"), None, HAG,
             "1987-03-16", "day", None, "asserted", None,
             "forecast: U.S. producers confident the proposed EC oils tax will be rejected, leaving nothing to chance"),
            # 1
            ("CONSULT", "tour", (("Bennett", "Bennett, who"), "USA", "ORG"), ("EC capitals", None, "GOV"), None,
             None, "unknown", None, "asserted", None,
             "leading a soybean producer delegation on a lobbying tour of EC capitals (visits: visitor first; the "
             "capitals a group: null); present progressive with no time expression: undated (14a)"),
            # 2
            ("CONSULT", ("meetings", "After"), (("he", "morning, he"), "USA", "ORG"),
             ("the Economics and Foreign ministries", "NLD", "GOV"), None,
             "1987-03-16", "day", "this\nmorning", "asserted", None,
             "meetings at the (Dutch) Economics and Foreign ministries this morning: nominal with its own date "
             "(EVENTS.md 11); the delegation leader visiting, the ministries hosting"),
            # 3
            ("REJECT", "indicated", ("the Dutch Government", "NLD", "GOV"), EC_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the Dutch government indicated it would vote against the EC tax proposal (opposition to a proposal "
             "toward its proponent, the EC: implied); relayed pluperfect ('had indicated'): undated (16b); "
             "Bennett's 'said' is attribution"),
            # 4
            ("REJECT", "indicated", ("a number of other countries", None, "GOV"), EC_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "'as had a number of other countries': the same indication by other (unnamed) countries, a group: "
             "null; elliptical clause coded on the same trigger (EVENTS.md 12 split)"),
            # 5
            ("STATEMENT", ("said", "going forward,\"\nhe"), (("he", "going forward,\"\n"), "USA", "ORG"), None,
             HAG, "1987-03-16", "day", None, "asserted", None,
             "forecast: the required votes in Brussels to stop the tax proposal"),
            # 6
            ("REJECT", ("added", "Bennett added"), (("Bennett", "Bennett added"), "USA", "ORG"), EC_IMPLIED, HAG,
             "1987-03-16", "day", None, "asserted", None,
             "'What we want now is to kill it once and for all': opposition to the EC proposal (REJECT toward its "
             "proponent, 16989/6b's opposition calls; STATEMENT arguable)"),
            # 7
            ("THREATEN", ("indicated", "Government has also"), ("the U.S.\nGovernment", "USA", "GOV"), EC_IMPLIED,
             None, None, "unknown", None, "asserted", None,
             "prepared to retaliate with penal import taxes if the EC proposal gets through: conditional "
             "retaliation (asserted); perfect 'has indicated' relayed by Bennett with no time expression: undated "
             "(set 16's relayed verbal acts); 'he said' is attribution"),
            # 8
            ("STATEMENT", ("said", "Embassy spokesman"), ("a U.S. Embassy spokesman", "USA", "GOV"), None, HAG,
             "1987-03-16", "day", None, "asserted", None,
             "assessment: the U.S. has a good case against the proposed tax in GATT (a GATT challenge only "
             "considered: ACCUSE/THREATEN arguable)"),
            # 9
            ("STATEMENT", ("said", "dlrs a year, Bennett"), (("Bennett", "dlrs a year,"), "USA", "ORG"), None, HAG,
             "1987-03-16", "day", None, "asserted", None, "statistics: U.S. soybean exports to the EC"),
            # 10
            ("STATEMENT", ("added", "proposed tax,\nhe"), (("he", "proposed tax,\n"), "USA", "ORG"), None, HAG,
             "1987-03-16", "day", None, "asserted", None,
             "assessment of the tax's effects on U.S. producers and EC soyoil prices"),
            # 11
            ("STATEMENT", ("said", "subsidy machine, he"), (("he", "subsidy machine,"), "USA", "ORG"), None, HAG,
             "1987-03-16", "day", None, "asserted", None,
             "assessment: the tax revenue would finance the EC's oilseed subsidies (ACCUSE toward the EC arguable)"),
            # 12
            ("THREATEN", ("said", "measures,\" Bennett"), (("Bennett", "measures,\""), "USA", "ORG"), EC_IMPLIED,
             HAG, "1987-03-16", "day", None, "asserted", None,
             "'we will not stand by and watch our own farmers suffer from such protectionist EC measures': a "
             "warning of action against the EC measures (REJECT or ACCUSE arguable)"),
            # 13
            ("ACCUSE", ("added", "trade war,\"\nhe"), (("he", "trade war,\"\n"), "USA", "ORG"), EC_IMPLIED, HAG,
             "1987-03-16", "day", None, "asserted", None,
             "blame: the EC's actions are fueling the chances of a trade war (criticism of the EC)"),
        ],
        "skip": [
            ("proposed", "background nominal (the EC Commission's tax proposal; SANCTION hypothetical arguable, "
             "24a's 12564)"),
            ("rejected", "content of the forecast"),
            ("leaving nothing", "content of the statement"),
            ("speaking", "occasion of the statements (the lunch), no content"),
            (("said", "morning, he"), "rule-3 attribution (the Dutch indication is the event)"),
            ("vote against", "content of the indication"),
            ("suggests", "content of the statement"),
            ("prevent", "content of the forecast"),
            ("talked of", "no identified actor (the proposal's past in Brussels)"),
            ("dropped", "no identified actor"),
            ("kill", "content of the opposition"),
            ("Backing up", "participial elaboration of the U.S. indication (SUPPORT of the producers arguable)"),
            (("lobbying", "active"), "anaphoric nominal (the producers' lobbying)"),
            ("retaliate", "content of the threat (hypothetical)"),
            ("get through", "condition of the threat"),
            (("said", "get through, he"), "rule-3 attribution (the U.S. threat is the event)"),
            ("feels", "content of the statement"),
            ("fight", "hypothetical content (a GATT challenge considered)"),
            ("hit", "content of the assessment"),
            ("doubling", "content of the assessment"),
            (("used", "simply be"), "content of the assessment"),
            ("helped defeat", "background: the ASA's lobbying against domestic legislation two years ago (no "
             "type; REJECT arguable)"),
            ("stand by", "content of the warning"),
            ("turning", "no actor (the U.S. mood)"),
            ("fueling", "content of the accusation"),
        ],
        "entities": [
            ("American", "NORP", "USA"),
            ("European Community", "ORG", None),
            (("EC", "(EC)"), "ORG", None),
            ("American Soybean Association", "ORG", "USA"),
            ("ASA", "ORG", "USA"),
            ("Wayne Bennett", "PERSON", "USA"),
            (("Bennett", "Bennett, who"), "PERSON", "USA"),
            (("EC", "EC capitals"), "ORG", None),
            ("Dutch", "NORP", "NLD"),
            ("Brussels", "GPE", "BEL"),
            (("Brussels", "talked of in"), "GPE", "BEL"),
            (("Bennett", "Bennett added"), "PERSON", "USA"),
            (("U.S.", "lobbying, the"), "GPE", "USA"),
            (("U.S.", "The U.S. Government also"), "GPE", "USA"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            ("U.S. Embassy", "ORG", "USA"),
            (("U.S.", "U.S. Exports"), "GPE", "USA"),
            (("EC", "products to the EC"), "ORG", None),
            (("Bennett", "dlrs a year,"), "PERSON", "USA"),
            (("U.S.", "U.S. Producers"), "GPE", "USA"),
            (("EC", "soyoil in the EC"), "ORG", None),
            (("EC", "revenue to the EC"), "ORG", None),
            (("EC", "the EC's own"), "ORG", None),
            (("ASA", "We in the ASA"), "ORG", "USA"),
            (("EC", "protectionist EC"), "ORG", None),
            (("Bennett", "measures,\""), "PERSON", "USA"),
            (("U.S.", "mood in the"), "GPE", "USA"),
            (("EC", "the EC's actions"), "ORG", None),
        ],
    },
    "reuters21578-4259": {
        "events": [
            # 0
            ("SANCTION", "sanctions", ("Sweden", "SWE", "GOV"), ("South Africa", "ZAF", "GOV"), None,
             None, "unknown", None, "planned", None,
             "announced programme of unilateral economic sanctions against South Africa (to take effect from July 1, "
             "per the next sentence); no time expression in its own clause: undated (4a's first mention; 1987-07-01 "
             "from the later mention arguable, 22a); 'announced' is rule-3 attribution"),
            # 1
            ("REQUEST", "gave", ("Sweden", "SWE", "GOV"), ("firms", "SWE", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "gave (Swedish) firms an October deadline to cut trading links: a demand addressed to the firms; the "
             "giving has no time expression ('October' dates the deadline): undated"),
            # 2
            ("SANCTION", "boycott", SWEDEN_IMPLIED, (("South Africa", "boycott of"), "ZAF", "GOV"), None,
             "1987-07-01", "day", "July 1", "planned", 0,
             "later mention: the trade boycott of South Africa to take effect from July 1 (own time expression); "
             "Gradin's 'said' is attribution"),
            # 3
            ("SANCTION", "boycott", SWEDEN_IMPLIED, ("Namibia", "NAM", "GOV"), None,
             "1987-07-01", "day", "July 1", "planned", None,
             "the boycott also of neighbouring Namibia (compound target split, EVENTS.md 12; first naming of "
             "Namibia), from July 1"),
            # 4
            ("SANCTION", "allowed", SWEDEN_IMPLIED, (None, "ZAF", "GOV"), None,
             "1987-10-01", "day", "October 1", "planned", 0,
             "later mention: from October 1 no direct trade allowed in either direction (the ban's full stage, own "
             "time expression); 'Gradin told a news conference' is attribution"),
            # 5
            ("SANCTION", "allowed", SWEDEN_IMPLIED, (None, "NAM", "GOV"), None,
             "1987-10-01", "day", "October 1", "planned", 3,
             "later mention of the Namibia boycott (same ban, split target)"),
            # 6
            ("STATEMENT", ("said", "She said exceptions"), (("She", "She said exceptions"), "SWE", "GOV"), None, STO,
             "1987-03-12", "day", None, "asserted", None,
             "details: exceptions where the boycott would benefit South African firms and hurt the front-line states "
             "(design of the measure; RETREAT arguable for the exceptions)"),
            # 7
            ("STATEMENT", "cautioned", (("Gradin", "Gradin cautioned"), "SWE", "GOV"), None, STO,
             "1987-03-12", "day", None, "asserted", None,
             "caution: the boycott legislation is not impossible to get round (no warning with consequences)"),
            # 8
            ("STATEMENT", ("said", "She said a"), (("She", "She said a"), "SWE", "GOV"), None, STO,
             "1987-03-12", "day", None, "asserted", None,
             "a parliamentary committee will investigate ways of closing loopholes (studying a problem, not "
             "investigating someone: no ACCUSE, 23a)"),
        ],
        "skip": [
            ("announced", "rule-3 attribution (the sanctions are the event)"),
            ("promised", "background: the earlier promise of the programme (AGREE arguable, undated)"),
            (("cut", "deadline to"), "content of the demand"),
            (("said", "Anita Gradin"), "rule-3 attribution (the boycott is the event)"),
            ("take effect", "part of the boycott record"),
            ("period of grace", "part of the measure (grace period for companies)"),
            ("wind down", "content (companies' adjustment)"),
            (("exceptions", "with certain"), "part of the measure (content)"),
            (("told", "Gradin told"), "rule-3 attribution (the trade ban is the event)"),
            ("granted", "content of the statement (exceptions to the measure; RETREAT arguable)"),
            (("boycott", "Swedish trade"), "hypothetical content (the boycott in a condition)"),
            ("benefit", "hypothetical content"),
            ("disadvantage", "hypothetical content"),
            (("boycott", "which the"), "anaphoric nominal (the boycott)"),
            ("get round", "content of the caution"),
            ("investigate", "content: study of loopholes by a parliamentary committee (no one investigated)"),
            ("closing", "content"),
            (("trade", "indirect"), "content (indirect trade via subsidiaries)"),
        ],
        "entities": [
            ("Sweden", "GPE", "SWE"),
            ("South Africa", "GPE", "ZAF"),
            ("Anita Gradin", "PERSON", "SWE"),
            (("South Africa", "boycott of"), "GPE", "ZAF"),
            ("Namibia", "GPE", "NAM"),
            (("Gradin", "Gradin told"), "PERSON", "SWE"),
            ("Swedish", "NORP", "SWE"),
            ("South African", "NORP", "ZAF"),
            (("South Africa", "disadvantage"), "GPE", "ZAF"),
            (("Gradin", "Gradin cautioned"), "PERSON", "SWE"),
            (("South Africa", "indirect trade with"), "GPE", "ZAF"),
            (("Swedish", "via"), "NORP", "SWE"),
        ],
    },
    "reuters21578-12747": {
        "events": [
            # 0
            ("STATEMENT", "said", (("Shearson", "Puat, Shearson"), "USA", "BUS"), None, SIN,
             "1987-04-03", "day", None, "asserted", None,
             "Shearson will no longer act as Khoo's financial adviser: ending a business relationship has no clear "
             "type (own_blind's ended talks), so the statement is the record"),
            # 1
            ("COERCE", "closed", ("Brunei\nauthorities", "BRN", "GOV"), (("the bank", "closed"), "BRN", "BUS"), None,
             "1986-11", "month", "last November", "asserted", None,
             "authorities closed the National Bank of Brunei (seizure of a bank); 'last November' from April 1987 = "
             "1986-11"),
            # 2
            ("ACCUSE", "alleging", ("Brunei\nauthorities", "BRN", "GOV"), (("the bank", "closed"), "BRN", "BUS"), None,
             "1986-11", "month", "last November", "asserted", None,
             "allegation that 90 pct of the bank's loans went undocumented to firms controlled by Khoo's family and "
             "friends; the participle accompanies last November's closure"),
        ],
        "skip": [
            ("working", "end of an advisory relationship (content of the statement; RETREAT arguable)"),
            ("Acting", "background (Shearson as Khoo's adviser)"),
            ("formulated", "repayment proposal: no clear type (15a's submitted proposals; AGREE/REQUEST arguable)"),
            (("proposal", "repayment"), "repayment proposal: no clear type"),
            ("extended", "content of the allegation"),
            ("controlled", "stative"),
            (("said", "Sources close to Khoo"), "anonymous-source talk (sources close to Khoo)"),
            ("studying", "content of anonymous talk (creditors reviewing the proposal)"),
            ("submitted", "the repayment proposal's submission: no clear type (15a)"),
        ],
        "entities": [
            ("Shearson Lehman Brothers Inc", "ORG", "USA"),
            ("Khoo Teck\nPuat", "PERSON", "SGP"),
            (("Shearson", "Puat, Shearson"), "ORG", "USA"),
            (("Khoo", "Acting as"), "PERSON", "SGP"),
            (("Shearson", "Shearson formulated"), "ORG", "USA"),
            ("National Bank of Brunei Bhd", "ORG", "BRN"),
            ("NBB", "ORG", "BRN"),
            (("Brunei", "Brunei\nauthorities"), "GPE", "BRN"),
            (("Brunei", "Brunei dlrs"), "GPE", "BRN"),
            (("Khoo", "controlled by"), "PERSON", "SGP"),
            (("Khoo", "Sources close to"), "PERSON", "SGP"),
            (("NBB", "and the NBB"), "ORG", "BRN"),
        ],
    },
    "reuters21578-14861": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The Bank of England", "GBR", "GOV"), None, LON,
             "1987-04-08", "day", None, "asserted", None,
             "money-market shortage forecast; the liquidity flows have no actor (14a's Bank of England stories)"),
        ],
        "skip": [
            ("forecast", "same speech act as 'said' (14a)"),
            ("maturing", "liquidity flow, no actor"),
            ("take-up", "liquidity flow (monetary)"),
            (("drain", "will drain\nsome"), "liquidity flow, no actor"),
            ("repurchase", "monetary operation"),
            ("remove", "liquidity flow, no actor"),
            (("drain", "each drain"), "liquidity flow, no actor"),
            ("offsetting", "liquidity flow, no actor"),
            (("add", "will add"), "exchequer transactions (fiscal flow), no actor"),
        ],
        "entities": [
            ("Bank of England", "ORG", "GBR"),
        ],
    },
    "reuters21578-4662": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Indonesian Energy Minister Subroto", "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "forecast: oil market to stay bullish, demand rising later in the year"),
            # 1
            ("STATEMENT", "told", (("He", "He told"), "IDN", "GOV"), None, JAKARTA,
             "1987-03-13", "day", None, "asserted", None,
             "told a press conference in Jakarta he saw prices stabilising around 18 dlrs (wire style: DCT)"),
            # 2
            ("STATEMENT", ("said", "quarters,\" Subroto"), (("Subroto", "quarters,\""), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", 0,
             "later mention: quoted restatement of the bullish forecast (EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "oil prices, he"), (("he", "oil prices,"), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", 1,
             "later mention: quoted restatement of the 18 dlr price view"),
            # 4
            ("STATEMENT", "added", (("he", "18 dlrs,\""), "IDN", "GOV"), None, JAK,
             "1987-03-13", "day", None, "asserted", None,
             "new content: spot price will fluctuate, official price remain at 18 dlrs"),
        ],
        "skip": [
            ("sees", "content of the statement"),
            ("expected", "content of the statement"),
            (("rise", "expected to"), "content (demand forecast)"),
            ("press conference", "occasion of the telling (part of the reporting clause)"),
            ("meeting", "occasion of the press conference: the two-day meeting of South-East Asian energy "
             "ministers (CONSULT of the group arguable; 25b's Venice summit call)"),
            ("stabilizing", "content of the statement"),
            ("think", "content of the quote"),
            (("go up", "demand will"), "content of the quote"),
            ("Asked", "reporters' question"),
            ("stabilise", "content of the quote"),
            ("fluctuate", "content of the quote"),
            ("remain", "content of the quote (official price policy)"),
        ],
        "entities": [
            ("Indonesian", "NORP", "IDN"),
            ("Subroto", "PERSON", "IDN"),
            ("Jakarta", "GPE", "IDN"),
            ("South-East Asian", "NORP", None),
            (("Subroto", "quarters,\""), "PERSON", "IDN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind27a.jsonl")
