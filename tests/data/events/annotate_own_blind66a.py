"""Build ``own_blind66a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind66a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2146 left); 24 drawn with random.Random(66101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
53 event records (47 first mentions, 6 later mentions), 89 not_annotated spans, 113 entity mentions
(GPE 44, ORG 31, NORP 17, PERSON 15, LOC 6); no article without events; 9634 (EIA weekly oil statistics)
and 17355 (Occidental's Norwegian oil find) have reporting-clause STATEMENTs only.
Types: STATEMENT 34, ASSAULT 4, COOPERATE 3, PROTEST 2, REJECT 2, MOBILIZE 2, RETREAT 1, REQUEST 1, AGREE 1,
AID 1, ACCUSE 1, CONSULT 1; modality: asserted 46, negated 4, planned 2, hypothetical 1; precision: day 40,
unknown 11, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, two wrong ones fixed: "repeated"
first matched inside "repeatedly" and "over to" inside "air cover to"). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Union secretary Ross Wilson", "Finance Minister Kiichi
Miyazawa", "Major Randy Morger", "President Reagan": the PERSON only; "Pentagon spokesman Bob Sims": ORG
"Pentagon" + PERSON; "U.S. Defense Secretary Caspar Weinberger": GPE "U.S." + PERSON); "Reagan
Administration" gives PERSON "Reagan" (15b/23b); a government body with its country word is one ORG span
("U.S. Defense Department"); "the Energy Department agency" gives ORG "Energy Department"; the named U.S.
unit "Middle East Task Force" is one ORG span USA (no nested LOC, as the earlier "U.S. Mideast Task Force");
lower-case bodies and groups ("the union's national executive", "the Chinese authorities": only NORP
"Chinese", "Harbour workers") are not entity spans; company names are tagged with their legal form and
without angle brackets, tickers ("<VOWG.F>") are not entities; the possessive 's is left out ("New
Zealand's", "Italy's", "Friday's Iran attack": GPE "Iran"); products and weapons (Santana, Silkworm),
programmes (Foreign Military Sales, the SPR) and the "gulf war" are not entities; "U.S." inside
"U.S.-flagged" is a GPE mention.
Countries: New Zealand GPE NZL, Harbour Workers Union ORG NZL, Ross Wilson PERSON NZL; Yasuhiro Nakasone /
Kiichi Miyazawa / "Miyazawa" PERSON JPN, Japan GPE JPN, the Lower House Budget Committee and Parliament ORG
JPN (53a), Paris GPE FRA, Britain GBR, Canada CAN, France FRA, "U.S." USA, West Germany DEU (GPE); the
Pentagon and the Middle East Task Force ORG USA, Bob Sims / "Sims", Caspar Weinberger, Reagan and Randy
Morger PERSON USA, "U.S.", Washington and the United States GPE USA, "American" NORP USA, the "Mideast Gulf"
and the lower-case "gulf" (the Persian Gulf named in lower case, as the earlier set that tagged it) LOC null,
Iran GPE IRN, "Iranian" NORP IRN, Iraq GPE IRQ, Kuwait GPE KWT, "Kuwaiti" / "Kuaiti" (a typo) NORP KWT,
Bahrain GPE BHR; the U.S. Defense Department ORG USA, London GPE GBR; Italy GPE ITA, Ferruzzi SpA /
"Ferruzzi" ORG ITA ("Italy's"), "Italian" NORP ITA, Cooperativa Agricola del Guadalete SA / GUADALCO ORG
ESP ("Spanish ... mill"), Ferruzzi Espana SA ORG ESP (the text's "Spanish subsidiary"), "Spanish" NORP ESP,
"French" NORP FRA; the Energy Information Administration / EIA and the Energy Department ORG USA; Volkswagen
AG / VW ORG DEU (dateline WOLFSBURG, West Germany), China and Shanghai GPE CHN, "Chinese" NORP CHN;
Occidental Petroleum Corp / "Occidental" ORG USA (the text gives no country; the dateline LOS ANGELES and
the U.S. ticker place it, as 55a's Princeville), "Norwegian North Sea" one LOC span NOR (15a's "German North
Sea"), Statoil ORG NOR ("the Norwegian state oil company"), "Norwegian" NORP NOR.

Judgement calls made here:
* 5734 (N.Z. ports reopen, published 1987-03-16 17:35 UTC, dateline "WELLINGTON, March 17"): the DCT is
  published_at's date 1987-03-16 (GUIDELINES' DCT convention, own_blind3), so "this morning" = 1987-03-16 and
  "yesterday" = 1987-03-15, although local time gives March 17 and 16. "Harbour workers returned to work this
  morning" is RETREAT NZL ORG -> the implied employers (NZL BUS; 45a's "returned to work"); "after a strike
  in support of pay claims closed New Zealand's 15 ports for 24 hours yesterday" is PROTEST (a nominal with
  its own predication and date, EVENTS.md 11; the harbour workers, actor2 null, EVENTS.md 14), located in
  New Zealand, "closed" its result. "the Harbour Workers Union told reporters the pay dispute is not
  settled" is a STATEMENT (DCT, WELLINGTON); the national executive's meeting "here tomorrow" is an internal
  meeting of a single body (skipped, EVENTS.md 10). '"Obviously we will be considering further industrial
  action," Union secretary Ross Wilson said' is PROTEST hypothetical (merely considered), undated, "said"
  rule-3 attribution (THREATEN NZL ORG arguable). "The union rejects employers offers of a 7.5 pct pay rise"
  is REJECT NZL ORG -> "employers" (NZL BUS) and "It wants 7.0 pct over 12 months" REQUEST NZL ORG -> the
  implied employers, both standing present-tense positions: undated (set 17's "is insisting"); "offers"
  is the rejection's object (skipped; AGREE arguable).
* 10684 (Nakasone on the G-6 dollar floor, DCT Mon 1987-03-30, TOKYO): the same remark as 53a's 10696
  and coded the same way: "Nakasone said that Japan and other industrialized nations committed themselves
  in Paris last month to stabilize the dollar above 150 yen" is AGREE JPN GOV -> "other industrialized
  nations" (null IGO: a group, one record, Japan first-named), 1987-02 ("last month"), located in Paris,
  "said" rule-3 attribution. "He told a Lower House Budget Committee in Parliament that the six nations
  have taken measures, including market intervention" and "Miyazawa told the same committee that the six
  ... had intervened aggressively" are STATEMENTs (intervention is a monetary operation, EVENTS.md 10),
  DCT, located in Parliament (53a); "Miyazawa said major nations are trying hard to stabilize exchange
  rates", "he said he did not think the fundamentals ... had changed", "But he said the market is
  sensitively looking ..." and "Miyazawa added ..." are STATEMENTs (DCT, TOKYO: no place in their clauses),
  "He did not elaborate" a withheld STATEMENT (negated). "the February 22 Paris accord" lies inside the
  reporters' "Asked if ..." question (skipped with "Asked"; an AGREE later mention dated 1987-02-22 under
  EVENTS.md 11 arguable).
* 18231 (U.S. protects only American ships, DCT Tue 1987-06-02, WASHINGTON): "U.S. military forces ... are
  under orders to protect only American flag vessels ..., the Pentagon said today" is a STATEMENT (USA MIL,
  a defence ministry; standing orders are a stative policy description, AID arguable), 1987-06-02 ("today");
  the quote '"As we have said repeatedly, only American flag vessels are under our protection ...," Sims
  said' restates it (later mention, EVENTS.md 3, taking its date; "have said repeatedly" habitual, skipped).
  '"No one has ever stated or supported a policy of protecting all shipping ...," Bob Sims said' is a
  STATEMENT (clarifying a policy, EVENTS.md 6; REJECT arguable). "as the Reagan Administration drew up plans
  to increase the protective U.S. military presence in the gulf" is MOBILIZE USA GOV, planned, undated (the
  increase has no date; "drew up" skipped as its planning; AID planned arguable under EVENTS.md 8's
  protection plan); "how the United States will beef up its seven-ship Middle East Task Force in the gulf"
  is its later mention (planned, undated), inside "Sims refused to say how ...", itself a withheld
  STATEMENT (negated, trigger "say", as 53a's "declined to say"; "refused" unlisted). "Sims denied published
  reports that ... Weinberger sought air cover ..." is REJECT USA MIL, actor2 null (the reports' authors
  unnamed), DCT (wire-style speech act); the reports' content (sought, protect, attacks by Iran and Iraq)
  is skipped. "U.S. warships in the gulf two weeks ago protected a Kuwaiti ship" is AID USA MIL -> KWT
  (military protection), 1987-05 ("two weeks ago" from Tue 2 June = the week of 18-24 May: month,
  EVENTS.md 21 / 48b). "But Sims said Washington had received assurances that the arms would not be used
  elsewhere" is a STATEMENT (the assurance-giver is unnamed: AGREE BHR/KWT -> USA arguable, skipped). "He
  said Kuwait ... is not considered a belligerent" is a STATEMENT; inside it "which is turning 11 oil tankers
  over to U.S. firms to fly the American flag" is COOPERATE KWT GOV -> USA BUS (set 13's reflagging call),
  undated (no time expression), "be protected by the U.S. warships" a purpose clause (skipped), and "despite
  Iranian charges that Kuwait is supporting Iraq" is ACCUSE IRN -> KWT (a nominal with its own content),
  undated. "Kuwaiti tankers have come under repeated Iranian attack" is ASSAULT IRN MIL -> KWT BUS, undated
  (present perfect). "But Pentagon officials said that additional ships and air cover are under
  consideration" is a STATEMENT (officials of a named body; the considered reinforcement has no verb:
  MOBILIZE hypothetical arguable, "consideration" skipped). All Pentagon/Sims speech acts DCT, WASHINGTON.
* 21501 (Pentagon has no information on Iran attack rumours, DCT Mon 1987-10-19, WASHINGTON): the story's
  first sentence breaks off at "a U.S. shi" with no full stop, so the splitter joins it to Morger's quote
  (one sentence). "A U.S. Defense Department spokesman said he had no information on London ... rumors" is
  a STATEMENT (USA MIL; a lack of knowledge that is said: asserted, as 12a's "no knowledge of talks";
  negated arguable), DCT, WASHINGTON; '"I don't have anything," Major Randy Morger said' is its later
  mention (a quoted restatement). The rumoured U.S. retaliatory and offshore strikes are anonymous market
  rumours (skipped). "an attack on Friday that damaged a U.S. shi[p]" is ASSAULT, attacker implied IRN MIL
  (the target of the rumoured retaliation, named in the later mentions), -> the U.S. ship (USA BUS),
  1987-10-16 (past Friday), a nominal with its own predication and date; "Friday's Iran attack" and
  Weinberger's "the attack on a U.S.-flagged ship in Kuwaiti waters on Friday was almost certainly by an
  Iran Silkworm missile" are its later mentions (1987-10-16; the latter located in Kuwaiti waters), with
  Weinberger's "said on Saturday" rule-3 attribution (the attack by Iran is the main proposition; ACCUSE USA
  -> IRN dated 1987-10-17 arguable). "President Reagan said on Sunday he had already made a decision on the
  U.S. response" is a STATEMENT dated 1987-10-18 ("Sunday", no place: location null; THREATEN USA -> IRN
  arguable; "decision" and "response" skipped) and "but would not say what the decision was" a withheld
  STATEMENT (negated) on the same Sunday occasion.
* 5398 (Ferruzzi takes over GUADALCO, DCT Mon 1987-03-16, MADRID): "Italy's Ferruzzi SpA has taken a 67
  pct stake in ... Cooperativa Agricola del Guadalete SA" is COOPERATE ITA BUS -> ESP BUS (an acquisition
  between companies, EVENTS.md 8), undated (present perfect, rule 17); "sources at GUADALCO said" is
  anonymous (EVENTS.md 4: "sources"), skipped. "The Italian firm's Spanish subsidiary, Ferruzzi Espana SA,
  took the majority equity stake" is its later mention with the subsidiary as actor1 (ESP BUS, the text's
  "Spanish subsidiary") and GUADALCO as actor2. Setting up a sugar division and importing sugar "from its
  French factories" are internal / intra-company (skipped; COOPERATE arguable for the imports).
* 9634 (EIA weekly petroleum status report, DCT Wed 1987-03-25, WASHINGTON): nine reporting clauses of the
  EIA ("the EIA said", "it said", "the Energy Department agency said" in its weekly report) are statistics
  STATEMENTs, USA GOV, DCT, WASHINGTON, as the earlier EIA stories; the figures are statistics (skipped).
* 12999 (VW plans a plant in China, DCT Fri 1987-04-03, WOLFSBURG): "VW plans to construct a major new car
  plant in China, a company spokesman said" is a STATEMENT (DEU BUS; VW's own investment plan, COOPERATE DEU
  -> CHN planned arguable, "construct" skipped); "However, he added that discussions with China about the
  plant were still at an early stage" is CONSULT DEU BUS (VW implied) -> China (CHN GOV), asserted, undated
  (ongoing, no time expression), "added" rule-3 attribution (STATEMENT arguable). VW's existing joint
  venture with the Chinese authorities is stative (skipped; COOPERATE arguable). The spokesman's two further
  "said" clauses and "company officials have said" (EVENTS.md 16: DCT) are STATEMENTs; "No details were
  given about the extent of investment" is a withheld STATEMENT (negated, VW implied, EVENTS.md 5's "Terms
  were not disclosed"). All DCT, WOLFSBURG.
* 17355 (Occidental oil find off Norway, DCT Tue 1987-04-28, LOS ANGELES): "Occidental Petroleum Corp said a
  group in which it is a participant discovered oil" is a STATEMENT (USA BUS; an oil discovery has no type),
  DCT, LOS ANGELES; the well test, drilling, stakes and Statoil's operatorship are stative or untyped
  (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind66a.jsonl"

WLG = ("WELLINGTON", "NZL")
TOK = ("TOKYO", "JPN")
WAS = ("WASHINGTON", "USA")
WOB = ("WOLFSBURG", "DEU")
LAX = ("LOS ANGELES", "USA")
NZ_TXT = ("New Zealand", "NZL")
PARIS = ("Paris", "FRA")
PARL = ("Parliament", "JPN")
GULF = ("the gulf", None)
KWT_WATERS = ("Kuwaiti waters", "KWT")

NZL_ORG = "NZL", "ORG"
NZL_BUS = "NZL", "BUS"
JPN_GOV = "JPN", "GOV"
USA_MIL = "USA", "MIL"
USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
KWT_GOV = "KWT", "GOV"
KWT_BUS = "KWT", "BUS"
IRN_GOV = "IRN", "GOV"
IRN_MIL = "IRN", "MIL"
ITA_BUS = "ITA", "BUS"
ESP_BUS = "ESP", "BUS"
DEU_BUS = "DEU", "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-5734": {
        "events": [
            # 0
            ("RETREAT", "returned", ("Harbour workers",) + NZL_ORG, (None,) + NZL_BUS, None,
             "1987-03-16", "day", "this morning", "asserted", None,
             "harbour workers returned to work after the strike (ending a strike toward the implied employers, "
             "45a/10b's 'returned to work'); 'this morning' = the DCT (published_at's date, although the dateline "
             "says March 17: GUIDELINES DCT convention)"),
            # 1
            ("PROTEST", ("strike", "after a"), ("Harbour workers",) + NZL_ORG, None, NZ_TXT,
             "1987-03-15", "day", "yesterday", "asserted", None,
             "a strike in support of pay claims closed the ports for 24 hours yesterday (a nominal with its own "
             "predication and date, EVENTS.md 11; strikers = ORG, actor2 null as events_dev's dock strike, "
             "EVENTS.md 14); 'yesterday' = DCT - 1 by the published_at convention"),
            # 2
            ("STATEMENT", "told", ("the Harbour Workers Union",) + NZL_ORG, None, WLG,
             "1987-03-16", "day", None, "asserted", None,
             "told reporters the pay dispute is not settled (assessment; the executive's meeting is internal); "
             "DCT, dateline city"),
            # 3
            ("PROTEST", "industrial action", (("we", "Obviously"),) + NZL_ORG, None, None,
             None, "unknown", None, "hypothetical", None,
             "'we will be considering further industrial action' (further strikes merely considered: hypothetical, "
             "as events_dev's 'what sanctions if any should be taken'; THREATEN NZL ORG arguable); Wilson's 'said' "
             "rule-3 attribution (own_blind3's union forecasts of strikes); undated"),
            # 4
            ("REJECT", "rejects", (("The union", "The union rejects"),) + NZL_ORG, ("employers",) + NZL_BUS, None,
             None, "unknown", None, "asserted", None,
             "the union rejects the employers' 7.5 pct offer (a refusal); present-tense standing position, no time "
             "expression: undated (set 17's standing demands)"),
            # 5
            ("REQUEST", "wants", (("It", "It wants"),) + NZL_ORG, (None,) + NZL_BUS, None,
             None, "unknown", None, "asserted", None,
             "it wants 7.0 pct over 12 months (the union's pay demand on the implied employers); standing demand: "
             "undated"),
        ],
        "skip": [
            ("pay claims", "background nominal (the strike's purpose)"),
            ("closed", "result of the strike (coded at 'strike')"),
            ("pay dispute", "background nominal"),
            ("settled", "content of the statement (AGREE negated arguable)"),
            ("meet", "internal meeting of a single body (the union's national executive, EVENTS.md 10), planned"),
            ("decide", "content (purpose of the internal meeting)"),
            ("considering", "part of the considered industrial action (coded at 'industrial action')"),
            (("said", "Ross Wilson"), "rule-3 attribution (the considered industrial action is the event)"),
            ("radio interview", "part of the reporting clause"),
            ("offers", "background nominal (the employers' offer, the object of the rejection; AGREE arguable)"),
            ("pay rise", "content of the offer"),
        ],
        "entities": [
            ("New Zealand", "GPE", "NZL"),
            ("Harbour Workers Union", "ORG", "NZL"),
            ("Ross Wilson", "PERSON", "NZL"),
        ],
    },
    "reuters21578-10684": {
        "events": [
            # 0
            ("AGREE", "committed", (("Japan", "said\nthat"),) + JPN_GOV, ("other industrialized nations", None, "IGO"),
             PARIS, "1987-02", "month", "last month", "asserted", None,
             "Japan and other industrialized nations committed themselves in Paris last month to stabilize the "
             "dollar above 150 yen (the Paris accord; the group one null record, Japan first-named, as 53a's "
             "10696, the same remark); 'last month' = 1987-02; Nakasone's 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", "told", (("He", "He told"),) + JPN_GOV, None, PARL,
             "1987-03-30", "day", None, "asserted", None,
             "the six nations have taken measures, including market intervention, to support the dollar "
             "(intervention: monetary operation, EVENTS.md 10; content); DCT, located in Parliament (53a)"),
            # 2
            ("STATEMENT", ("told", "Kiichi Miyazawa"), ("Finance Minister Kiichi Miyazawa",) + JPN_GOV, None, PARL,
             "1987-03-30", "day", None, "asserted", None,
             "the six had intervened aggressively since the dollar fell below 150 yen (monetary operation, "
             "content); DCT, the committee in Parliament"),
            # 3
            ("STATEMENT", ("said", "Miyazawa said"), (("Miyazawa", "Miyazawa said"),) + JPN_GOV, None, TOK,
             "1987-03-30", "day", None, "asserted", None,
             "major nations are trying hard to stabilize exchange rates (exchange-rate policy: no type); DCT, "
             "dateline city"),
            # 4
            ("STATEMENT", ("said", "he said he did"), (("he", "he said he did"),) + JPN_GOV, None, TOK,
             "1987-03-30", "day", None, "asserted", None,
             "answering a question: fundamentals have not changed substantially (assessment); DCT"),
            # 5
            ("STATEMENT", ("said", "But he said"), (("he", "But he said"),) + JPN_GOV, None, TOK,
             "1987-03-30", "day", None, "asserted", None,
             "the market is sensitively looking at developments (assessment); DCT"),
            # 6
            ("STATEMENT", ("elaborate", "He did not"), (("He", "He did not"),) + JPN_GOV, None, TOK,
             "1987-03-30", "day", None, "negated", None, "withheld statement ('did not elaborate', EVENTS.md 5); DCT"),
            # 7
            ("STATEMENT", "added", (("Miyazawa", "Miyazawa added"),) + JPN_GOV, None, TOK,
             "1987-03-30", "day", None, "asserted", None,
             "difficult to say why there has been speculative dollar selling (assessment); DCT"),
        ],
        "skip": [
            (("said", "Nakasone said"), "rule-3 attribution (the Paris commitment is the event; STATEMENT JPN "
                                        "arguable, 53a)"),
            (("stabilize", "last month to"), "content of the commitment"),
            ("taken measures", "monetary operations (market intervention) by the six: content of the statement"),
            (("intervention", "market"), "currency intervention (monetary operation, EVENTS.md 10)"),
            (("support", "to support the dollar"), "content (purpose of the intervention)"),
            ("intervened", "currency intervention (monetary operation, EVENTS.md 10)"),
            (("fell", "dollar"), "market-price movement"),
            (("stabilize", "trying hard to"), "content of the statement (exchange-rate policy)"),
            ("Asked", "question (reporters)"),
            (("accord", "Paris"), "the February 22 Paris accord inside the reporters' question (e1's Paris commitment; "
                                  "AGREE later mention dated 1987-02-22 arguable)"),
            (("changed", "had"), "content of the statement"),
            ("looking", "content of the statement"),
            ("selling", "market activity by unnamed sellers"),
        ],
        "entities": [
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("Japan", "said\nthat"), "GPE", "JPN"),
            (("Paris", "themselves in"), "GPE", "FRA"),
            ("Lower House Budget Committee", "ORG", "JPN"),
            ("Parliament", "ORG", "JPN"),
            ("Kiichi Miyazawa", "PERSON", "JPN"),
            ("Britain", "GPE", "GBR"),
            ("Canada", "GPE", "CAN"),
            ("France", "GPE", "FRA"),
            (("Japan", "France,"), "GPE", "JPN"),
            (("U.S.", "Japan, the"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            (("Miyazawa", "Miyazawa said"), "PERSON", "JPN"),
            (("Paris", "February 22"), "GPE", "FRA"),
            (("Miyazawa", "Miyazawa added"), "PERSON", "JPN"),
        ],
    },
    "reuters21578-18231": {
        "events": [
            # 0
            ("STATEMENT", ("said", "the Pentagon"), ("the Pentagon",) + USA_MIL, None, WAS,
             "1987-06-02", "day", "today", "asserted", None,
             "U.S. forces in the gulf are under orders to protect only American flag vessels and occasional U.S. "
             "arms deliveries (standing orders: stative policy description; AID arguable); 'today' = DCT"),
            # 1
            ("STATEMENT", ("said", "Bob Sims"), ("Bob Sims",) + USA_MIL, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "'No one has ever stated or supported a policy of protecting all shipping' (defending/clarifying a "
             "policy, EVENTS.md 6; REJECT arguable, the denial of the reports is coded at 'denied'); DCT"),
            # 2
            ("MOBILIZE", ("increase", "plans to"), ("the Reagan Administration",) + USA_GOV, None, GULF,
             None, "unknown", None, "planned", None,
             "the administration drew up plans to increase the protective U.S. military presence in the gulf (a "
             "planned deployment short of force; AID planned arguable, EVENTS.md 8's protection plan); the increase "
             "itself has no date: undated"),
            # 3
            ("REJECT", "denied", (("Sims", "Sims denied"),) + USA_MIL, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "denied published reports that Weinberger sought air cover for all neutral shipping (denial of an "
             "allegation; the reports' authors unnamed: actor2 null); wire-style speech act: DCT"),
            # 4
            ("STATEMENT", ("said", "region,"), (("Sims", "region,"),) + USA_MIL, None, WAS,
             "1987-06-02", "day", "today", "asserted", 0,
             "later mention: the quoted 'only American flag vessels are under our protection with the exception "
             "... of ships carrying our Foreign Military Sales equipment to ... non-belligerent states' restates "
             "the Pentagon's lead statement (EVENTS.md 3); takes its date"),
            # 5
            ("AID", "protected", (("U.S. warships", "U.S. warships in the gulf two"),) + USA_MIL,
             ("a Kuwaiti ship",) + KWT_BUS, GULF,
             "1987-05", "month", "two weeks ago", "asserted", None,
             "U.S. warships protected a Kuwaiti ship carrying U.S. arms (military protection = AID); 'two weeks "
             "ago' from Tue 1987-06-02 = the week of 18-24 May, month precision (EVENTS.md 21, 48b's 'about two "
             "weeks ago')"),
            # 6
            ("STATEMENT", ("said", "But Sims said"), (("Sims", "But Sims said"),) + USA_MIL, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "Washington had received assurances the arms would not be used elsewhere (the assurance-giver is not "
             "named: AGREE BHR/KWT -> USA arguable, skipped); DCT"),
            # 7
            ("STATEMENT", ("said", "He said Kuwait"), (("He", "He said Kuwait"),) + USA_MIL, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "Kuwait is not considered a belligerent (assessment); DCT"),
            # 8
            ("COOPERATE", "turning", (("Kuwait", "He said Kuwait"),) + KWT_GOV, ("U.S. firms",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "Kuwait is turning 11 oil tankers over to U.S. firms to fly the American flag (set 13's reflagging "
             "call: COOPERATE by Kuwait; a relative clause with its own predication); progressive, no time "
             "expression: undated"),
            # 9
            ("ACCUSE", "charges", (("Iranian", "despite"),) + IRN_GOV, (("Kuwait", "charges that"),) + KWT_GOV, None,
             None, "unknown", None, "asserted", None,
             "Iranian charges that Kuwait is supporting Iraq in the war (an accusation with its own content, "
             "EVENTS.md 11); standing charges, no time expression: undated (EVENTS.md 17)"),
            # 10
            ("ASSAULT", ("attack", "repeated Iranian"), (("Iranian", "repeated Iranian"),) + IRN_MIL, ("Kuwaiti tankers",)
             + KWT_BUS, None,
             None, "unknown", None, "asserted", None,
             "Kuwaiti tankers have come under repeated Iranian attack; present perfect: undated (rule 17)"),
            # 11
            ("STATEMENT", ("say", "refused to"), (("Sims", "Sims refused"),) + USA_MIL, None, WAS,
             "1987-06-02", "day", None, "negated", None,
             "refused to say how the U.S. will beef up its task force: withheld statement (EVENTS.md 5; trigger on "
             "'say' as 53a's 'declined to say', 'refused' unlisted); DCT"),
            # 12
            ("MOBILIZE", "beef up", ("the United States",) + USA_GOV, None, GULF,
             None, "unknown", None, "planned", 2,
             "later mention: the United States will beef up its Middle East Task Force in the gulf (= the planned "
             "increase of the U.S. military presence); undated"),
            # 13
            ("STATEMENT", ("said", "Pentagon officials"), ("Pentagon officials",) + USA_MIL, None, WAS,
             "1987-06-02", "day", None, "asserted", None,
             "additional ships and air cover are under consideration (officials of a named body, EVENTS.md 4; the "
             "considered reinforcement has no verb: MOBILIZE hypothetical arguable, skipped); DCT"),
        ],
        "skip": [
            ("orders", "standing orders (stative)"),
            (("protect", "orders to"), "content of the statement (standing protection policy; AID arguable)"),
            ("deliveries", "background nominal (occasional U.S. arms deliveries; COOPERATE arguable)"),
            ("stated", "content of the quote (negated)"),
            (("supported", "stated or"), "content of the quote (negated)"),
            (("protecting", "policy of"), "content of the quote"),
            ("drew up", "the planning of the deployment (coded at 'increase', planned)"),
            (("reports", "published"), "the published reports (unnamed media; the object of the denial)"),
            ("sought", "content of the denied reports (REQUEST by Weinberger, denied)"),
            (("protect", "air cover to"), "content of the denied reports"),
            (("attacks", "from"), "content of the denied reports (generic attacks by Iran and Iraq)"),
            (("said", "As we have"), "habitual ('have said repeatedly'): part of the quote"),
            ("sailed", "movement of a ship (no type)"),
            (("arms", "with U.S."), "background nominal (U.S. arms for Bahrain and Kuwait; COOPERATE arguable)"),
            ("received", "receipt of assurances from an unnamed giver (AGREE BHR/KWT -> USA arguable)"),
            ("assurances", "assurances from an unnamed giver (AGREE arguable), content of the statement"),
            (("used", "would not be"), "content of the assurances"),
            ("fly", "purpose clause"),
            (("protected", "be protected"), "purpose clause (AID USA -> KWT planned arguable, EVENTS.md 8)"),
            ("considered", "stative (assessment)"),
            ("supporting", "content of the charges"),
            (("protect", "Task Force in the gulf to"), "purpose clause (AID planned arguable)"),
            ("consideration", "content of the statement (MOBILIZE hypothetical arguable)"),
        ],
        "entities": [
            (("U.S.", "U.S. military forces"), "GPE", "USA"),
            ("Mideast Gulf", "LOC", None),
            (("American", "protect only"), "NORP", "USA"),
            (("U.S.", "occasional"), "GPE", "USA"),
            (("Pentagon", "the Pentagon said"), "ORG", "USA"),
            (("Pentagon", "Pentagon spokesman"), "ORG", "USA"),
            ("Bob Sims", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "protective"), "GPE", "USA"),
            (("gulf", "military presence in the"), "LOC", None),
            (("Sims", "Sims denied"), "PERSON", "USA"),
            (("U.S.", "published reports that"), "GPE", "USA"),
            ("Caspar Weinberger", "PERSON", "USA"),
            (("gulf", "western"), "LOC", None),
            (("Iran", "attacks by"), "GPE", "IRN"),
            (("Iraq", "Iran and"), "GPE", "IRQ"),
            (("American", "only American flag vessels are"), "NORP", "USA"),
            (("Sims", "region,"), "PERSON", "USA"),
            (("U.S.", "U.S. warships in the gulf two"), "GPE", "USA"),
            (("gulf", "warships in the gulf two"), "LOC", None),
            (("Kuwaiti", "protected a"), "NORP", "KWT"),
            (("Bahrain", "sailed to"), "GPE", "BHR"),
            (("U.S.", "with U.S. arms"), "GPE", "USA"),
            (("Bahrain", "arms for"), "GPE", "BHR"),
            (("Kuwait", "Bahrain and"), "GPE", "KWT"),
            (("Sims", "But Sims"), "PERSON", "USA"),
            (("Washington", "Sims said"), "GPE", "USA"),
            (("Kuwait", "He said"), "GPE", "KWT"),
            (("U.S.", "tankers over to"), "GPE", "USA"),
            (("American", "fly the"), "NORP", "USA"),
            (("U.S.", "protected by the"), "GPE", "USA"),
            (("Iranian", "despite"), "NORP", "IRN"),
            (("Kuwait", "charges that"), "GPE", "KWT"),
            (("Iraq", "supporting"), "GPE", "IRQ"),
            (("Kuwaiti", "Kuwaiti tankers have"), "NORP", "KWT"),
            (("Iranian", "repeated Iranian"), "NORP", "IRN"),
            (("Sims", "Sims refused"), "PERSON", "USA"),
            ("United States", "GPE", "USA"),
            ("Middle East Task Force", "ORG", "USA"),
            (("gulf", "Task Force in the"), "LOC", None),
            ("Kuaiti", "NORP", "KWT"),
            (("Pentagon", "Pentagon officials"), "ORG", "USA"),
        ],
    },
    "reuters21578-21501": {
        "events": [
            # 0
            ("STATEMENT", ("said", "spokesman"), ("A U.S. Defense Department spokesman",) + USA_MIL, None, WAS,
             "1987-10-19", "day", None, "asserted", None,
             "he had no information on the London rumours of a U.S. retaliatory strike (a lack of knowledge, said: "
             "asserted as 12a's 'no knowledge of talks'; withheld/negated arguable); DCT, dateline city"),
            # 1
            ("ASSAULT", ("attack", "for an"), (None,) + IRN_MIL, ("a U.S. shi",) + USA_BUS, None,
             "1987-10-16", "day", "Friday", "asserted", None,
             "the attack on Friday that damaged a U.S. ship (a nominal with its own predication and date, EVENTS.md "
             "11; the rumours' setting, not their content); attacker implied: Iran (the target of the rumoured "
             "retaliation, named later); past Friday before Mon 1987-10-19 = 1987-10-16; the text breaks off at "
             "'shi'"),
            # 2
            ("STATEMENT", ("said", "Randy Morger"), ("Randy Morger",) + USA_MIL, None, WAS,
             "1987-10-19", "day", None, "asserted", 0,
             "later mention: the quoted 'I don't have anything ... I have no information at all' restates the "
             "spokesman's paraphrase (EVENTS.md 3)"),
            # 3
            ("STATEMENT", ("said", "President Reagan"), ("President Reagan",) + USA_GOV, None, None,
             "1987-10-18", "day", "Sunday", "asserted", None,
             "Reagan said on Sunday he had already decided on the U.S. response (an internal decision, not "
             "disclosed; THREATEN USA -> IRN arguable); past Sunday = 1987-10-18; no place in the text"),
            # 4
            ("ASSAULT", ("attack", "Friday's Iran"), (("Iran", "Friday's Iran"),) + IRN_MIL, (None,) + USA_BUS, None,
             "1987-10-16", "day", "Friday", "asserted", 1,
             "later mention: 'Friday's Iran attack' (a nominal with its own date)"),
            # 5
            ("STATEMENT", ("say", "would not"), ("President Reagan",) + USA_GOV, None, None,
             "1987-10-18", "day", "Sunday", "negated", None,
             "'would not say what the decision was': withheld statement (EVENTS.md 5), the same Sunday occasion "
             "(rule 3)"),
            # 6
            ("ASSAULT", ("attack", "Saturday the"), (("Iran", "an Iran"),) + IRN_MIL, ("a U.S.-flagged ship",) + USA_BUS,
             KWT_WATERS, "1987-10-16", "day", "Friday", "asserted", 1,
             "later mention: the attack on a U.S.-flagged ship in Kuwaiti waters on Friday, almost certainly by an "
             "Iranian Silkworm missile; Weinberger's 'said' is rule-3 attribution (the attack by Iran is the main "
             "proposition; ACCUSE USA -> IRN on Saturday arguable)"),
        ],
        "skip": [
            (("rumors", "market"), "anonymous market rumours"),
            (("launched", "had"), "content of the anonymous rumours (ASSAULT USA -> IRN)"),
            (("strike", "retaliatory"), "content of the anonymous rumours"),
            ("damaged", "part of the attack (coded at 'attack')"),
            ("decision", "an internal decision (no type), content of the statement"),
            ("response", "the planned U.S. response, undisclosed (THREATEN/ASSAULT arguable), content"),
            (("said", "Caspar Weinberger"), "rule-3 attribution (the attack by Iran is the event; ACCUSE USA -> IRN "
                                            "arguable)"),
            (("rumors", "Some of the"), "anonymous market rumours"),
            (("launched", "United States had launched an"), "content of the anonymous rumours"),
            (("strike", "offshore"), "content of the anonymous rumours"),
        ],
        "entities": [
            ("U.S. Defense Department", "ORG", "USA"),
            ("London", "GPE", "GBR"),
            ("United States", "GPE", "USA"),
            (("Iran", "against"), "GPE", "IRN"),
            (("U.S.", "damaged a"), "GPE", "USA"),
            ("Randy Morger", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "decision on the"), "GPE", "USA"),
            (("Iran", "Friday's"), "GPE", "IRN"),
            ("Caspar Weinberger", "PERSON", "USA"),
            (("U.S.", "attack on a"), "GPE", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            (("Iran", "an Iran"), "GPE", "IRN"),
            (("London", "rumors in the"), "GPE", "GBR"),
            (("United States", "were that"), "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
        ],
    },
    "reuters21578-5398": {
        "events": [
            # 0
            ("COOPERATE", ("taken", "has"), ("Ferruzzi SpA",) + ITA_BUS,
             ("Cooperativa Agricola del Guadalete SA",) + ESP_BUS, None,
             None, "unknown", None, "asserted", None,
             "Ferruzzi has taken a 67 pct stake in GUADALCO (an acquisition between companies, EVENTS.md 8); "
             "present perfect: undated (rule 17); the 'sources at GUADALCO' are anonymous (skipped)"),
            # 1
            ("COOPERATE", "took", ("Ferruzzi Espana SA",) + ESP_BUS, (("GUADALCO", "retained by"),) + ESP_BUS, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the Spanish subsidiary Ferruzzi Espana SA took the majority stake (the same "
             "acquisition; the subsidiary's country is the text's 'Spanish'); GUADALCO anchored in the same "
             "sentence"),
        ],
        "skip": [
            (("said", "sources at"), "anonymous-source talk ('sources at GUADALCO', EVENTS.md 4)"),
            ("retained", "stative (the remaining stake)"),
            ("set up", "internal plan (a new division: no type)"),
            ("import", "intra-company supply from its own French factories (no second party; COOPERATE arguable)"),
        ],
        "entities": [
            ("Italy", "GPE", "ITA"),
            ("Ferruzzi SpA", "ORG", "ITA"),
            (("Spanish", "stake in"), "NORP", "ESP"),
            ("Cooperativa Agricola del Guadalete SA", "ORG", "ESP"),
            (("GUADALCO", "(GUADALCO"), "ORG", "ESP"),
            (("GUADALCO", "sources at"), "ORG", "ESP"),
            ("Italian", "NORP", "ITA"),
            (("Spanish", "firm's"), "NORP", "ESP"),
            ("Ferruzzi Espana SA", "ORG", "ESP"),
            (("GUADALCO", "retained by"), "ORG", "ESP"),
            (("Ferruzzi", "Ferruzzi plans"), "ORG", "ITA"),
            ("French", "NORP", "FRA"),
            (("GUADALCO", "GUADALCO has"), "ORG", "ESP"),
        ],
    },
    "reuters21578-9634": {
        "events": [
            # 0
            ("STATEMENT", ("said", "(EIA)"), ("the Energy Information Administration",) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None,
             "four-week oil demand (statistics release); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Department agency"), ("the Energy\nDepartment agency",) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None,
             "distillate demand in its weekly petroleum status report (the report is part of the reporting clause, "
             "as earlier EIA stories); DCT"),
            # 2
            ("STATEMENT", ("said", "1.41 mln,"), (("the EIA", "1.41 mln,"),) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None, "gasoline and residual fuel demand (statistics); DCT"),
            # 3
            ("STATEMENT", ("said", "2.95 mln,"), (("the EIA", "2.95 mln,"),) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None, "crude production and imports (statistics); DCT"),
            # 4
            ("STATEMENT", ("said", "earlier, it said"), (("it", "earlier, it said"),) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None, "refinery crude runs (statistics); DCT"),
            # 5
            ("STATEMENT", ("said", "12.04 mln"), (("the EIA", "12.04 mln"),) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None, "year-to-date refinery runs (statistics); DCT"),
            # 6
            ("STATEMENT", ("said", "in 1986, it"), (("it", "in 1986, it"),) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None, "year-to-date product demand (statistics); DCT"),
            # 7
            ("STATEMENT", ("said", "1.43 mln,"), (("the EIA", "1.43 mln,"),) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None, "year-to-date distillate, gasoline, residual demand; DCT"),
            # 8
            ("STATEMENT", ("said", "3.09 mln,"), (("it", "3.09 mln,"),) + USA_GOV, None, WAS,
             "1987-03-25", "day", None, "asserted", None, "year-to-date crude output and imports (statistics); DCT"),
        ],
        "skip": [
            (("rose", "supplied"), "statistics"),
            (("averaged", "Gasoline demand"), "statistics"),
            (("estimated", "Domestic crude"), "statistics (estimate inside the EIA release)"),
            (("averaged", "gross daily"), "statistics"),
            (("rose", "So far"), "statistics"),
            (("fell", "residual fuel demand"), "statistics"),
            (("estimated", "Year-to-date domestic"), "statistics (estimate inside the EIA release)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Energy Information Administration", "ORG", "USA"),
            (("EIA", "(EIA"), "ORG", "USA"),
            ("Energy\nDepartment", "ORG", "USA"),
            (("EIA", "1.41 mln,"), "ORG", "USA"),
            (("EIA", "2.95 mln,"), "ORG", "USA"),
            (("EIA", "12.04 mln"), "ORG", "USA"),
            (("EIA", "1.43 mln,"), "ORG", "USA"),
        ],
    },
    "reuters21578-12999": {
        "events": [
            # 0
            ("STATEMENT", ("said", "company spokesman"), ("a company spokesman",) + DEU_BUS, None, WOB,
             "1987-04-03", "day", None, "asserted", None,
             "VW plans to construct a major new car plant in China (its own investment plan, no counterpart acting; "
             "COOPERATE DEU -> CHN planned arguable); DCT, dateline city"),
            # 1
            ("CONSULT", "discussions", (None,) + DEU_BUS, (("China", "discussions with"),) + ("CHN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "discussions with China about the plant were still at an early stage (ongoing talks: CONSULT, VW "
             "implied); no time expression: undated; 'he added' rule-3 attribution (STATEMENT arguable)"),
            # 2
            ("STATEMENT", ("said", "The spokesman said"), (("The spokesman", "The spokesman said"),) + DEU_BUS, None,
             WOB, "1987-04-03", "day", None, "asserted", None,
             "the Shanghai plant should reach 30,000 cars a year by end-1988 (forecast); DCT"),
            # 3
            ("STATEMENT", ("said", "The VW spokesman"), ("The VW spokesman",) + DEU_BUS, None, WOB,
             "1987-04-03", "day", None, "asserted", None,
             "no decision yet on the type of car for the new plant (internal decision: content); DCT"),
            # 4
            ("STATEMENT", ("said", "company officials have"), ("company officials",) + DEU_BUS, None, WOB,
             "1987-04-03", "day", None, "asserted", None,
             "VW plans a cheaper car for the Chinese market (a product plan: no type); 'have said' takes the DCT "
             "(EVENTS.md 16)"),
            # 5
            ("STATEMENT", ("given", "No details were"), (None,) + DEU_BUS, None, WOB,
             "1987-04-03", "day", None, "negated", None,
             "'No details were given about the extent of investment': withheld statement, VW implied (EVENTS.md 5's "
             "'Terms were not disclosed'); DCT"),
        ],
        "skip": [
            ("construct", "content of the statement (VW's investment plan; COOPERATE DEU -> CHN planned arguable)"),
            (("added", "he added"), "rule-3 attribution (the discussions with China are the event)"),
            (("built", "would not be"), "content (construction timing)"),
            ("joint venture", "stative (an existing joint venture; COOPERATE DEU -> CHN arguable)"),
            ("produces", "stative"),
            (("produced", "Santanas have been"), "statistics"),
            (("began", "output"), "statistics (start of output in 1985, no named actor)"),
            (("decision", "no decision"), "internal decision, negated (content of the statement)"),
            (("built", "could be"), "content of the statement"),
            ("bring out", "content of the statement (product plan)"),
            ("aimed", "content of the statement"),
            (("used", "generally"), "generic"),
            (("investment", "extent of"), "content of the withheld statement"),
            (("built", "where it would be"), "content (location not clear)"),
        ],
        "entities": [
            ("Volkswagen AG", "ORG", "DEU"),
            ("VW", "ORG", "DEU"),
            (("China", "car plant in"), "GPE", "CHN"),
            (("China", "discussions with"), "GPE", "CHN"),
            (("VW", "VW already"), "ORG", "DEU"),
            (("Chinese", "with the"), "NORP", "CHN"),
            (("Shanghai", "Santana model in"), "GPE", "CHN"),
            (("Shanghai", "the Shanghai plant"), "GPE", "CHN"),
            (("VW", "The VW spokesman"), "ORG", "DEU"),
            (("VW", "have said VW"), "ORG", "DEU"),
            (("Chinese", "for the Chinese"), "NORP", "CHN"),
        ],
    },
    "reuters21578-17355": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Occidental Petroleum Corp",) + USA_BUS, None, LAX,
             "1987-04-28", "day", None, "asserted", None,
             "a group in which it participates discovered oil in a Norwegian North Sea well (an oil find: no type); "
             "DCT, dateline city"),
        ],
        "skip": [
            ("discovered", "oil discovery (no type), content of the statement"),
            ("tested", "well test (no type)"),
            (("drilled", "first to be"), "drilling (no type)"),
            (("drilled", "was drilled"), "drilling (no type)"),
            (("stake", "10-pct"), "stative (Occidental's stake)"),
            ("operated", "stative (the block's operator)"),
            ("holds", "stative"),
        ],
        "entities": [
            ("Occidental Petroleum Corp", "ORG", "USA"),
            ("Norwegian North Sea", "LOC", "NOR"),
            (("Occidental", "Occidental has"), "ORG", "USA"),
            ("Statoil", "ORG", "NOR"),
            (("Norwegian", "the Norwegian state"), "NORP", "NOR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
