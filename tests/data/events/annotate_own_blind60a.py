"""Build ``own_blind60a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind60a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2242 left); 24 drawn with random.Random(60101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
59 event records (54 first mentions, 5 later mentions), 113 not_annotated spans, 156 entity mentions
(ORG 54, GPE 46, NORP 31, PERSON 21, LOC 4); no article without events; 10494 (USDA field report on Chinese
wheat), 15121 (Montedison's Agrimont results) and 15290 (branding of Mexican steers) have reporting-clause
STATEMENTs only.
Types: STATEMENT 29, ASSAULT 7, SUPPORT 5, REQUEST 5, CONSULT 3, ACCUSE 3, REJECT 3, AGREE 2, AID 1,
PROTEST 1; modality: asserted 54, negated 4, planned 1; precision: day 48, unknown 10, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; every first match checked, one wrong first match fixed: the
trigger "casualties" of 3464's IRNA sentence took the "Iraqi casualties" of the sentence before). See
GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("U.S. Agriculture Secretary Richard Lyng": GPE "U.S." + PERSON;
"Senate Agriculture Committee Chairman Patrick Leahy": ORG + PERSON; "Deputy Agriculture Secretary Peter
Myers": PERSON only), "Lord" is left out ("Secretary-General Lord Carrington" gives PERSON "Carrington", null
as the head of an international body, 43a); "(D-Vt.)" gives GPE "Vt." (14b); a body with its country word is
one ORG span ("U.S. Agriculture Department", "U.S. Embassy"), while "Iraq's Defence Ministry" is GPE "Iraq" +
ORG "Defence Ministry" (the possessive 's left out, as "Lyng's", "Montedison's", "Argimont's"); "Reagan
administration" gives PERSON "Reagan"; a name inside a hyphenated word is tagged ("anti-Baghdad": GPE
"Baghdad", 31b's "anti-American"); company names are tagged with their legal form and without angle
brackets; "U.S" without its final point is a GPE (21a); misspellings are tagged as written ("Argimont");
programmes (EEP), reports (World Production and Trade Report), products and currencies are not entities.
Countries: "West German" NORP DEU, West Germany and Bonn GPE DEU, the U.S. Embassy, the American Soybean
Association and the National Soybean Processors Association ORG USA, "American" NORP USA, the European
Community / EC / "the Community" / the EC Commission, GATT ("General Agreement on Tariffs and Trade"), NATO,
"the Alliance" and the Western Alliance ORG null, "European" NORP null, Europe and the Aegean LOC null; Iraq,
Baghdad, Basra and Haj Omran GPE IRQ, "Iraqi Kurdistan" one LOC span IRQ (a region; the country word inside
the name not tagged separately), "Karda Ku" (a peak) LOC IRQ, "Iraqi" NORP IRQ, INA, the Fifth Army Corps, the
96th Brigade (military units, 26a) and the Defence Ministry ORG IRQ, Abdul Jabbar Muhsen PERSON IRQ; Iran and
Tehran GPE IRN, "Iranian"/"Iranians" NORP IRN, IRNA ORG IRN; "Kurdish" NORP null (an ethnic group with no
state; IRQ arguable for these Iraqi Kurds); China, Peking and Anhui GPE CHN; "Dutch" NORP NLD, the Netherlands
GPE NLD, "Belgian" NORP BEL, "French" NORP FRA, France GPE FRA, "West German"/"German" NORP DEU, Reuters ORG GBR;
Richard Lyng, Reagan, Glen Hofer, Peter Myers, Daniel Amstutz and Patrick Leahy PERSON USA, the National
Council of Farmer Cooperatives, the National Association of Wheat Growers, Cargill Inc, Continental Grain Co,
Union Equity Cooperative Exchange, USDA, the Senate Agriculture Committee and the White House ORG USA, Louis
Dreyfus Corp ORG USA (the text gives no country; one of the U.S. grain exporters lobbying USDA, the U.S. arm;
FRA arguable), the Soviet Union and Moscow GPE SUN, "Soviets" NORP SUN; Montedison SPA / "Montedison", Agrimont
Group / Agrimont SPA / "Agrimont" / "Argimont", Eridania SPA, Italiana Olii e Sifi, the Ferruzzi Group /
"Ferruzzi" and the "Milan exchange" (17a's "London exchange") ORG ITA, Italy GPE ITA, Ettore dell'Isola,
Renato Picco and Gianfranco Ceroni PERSON ITA (Italian executives of Italian companies), Conserv ORG USA (the
division through which Agrimont operates in the U.S.; ITA arguable); the United States / "U.S." GPE USA,
Mexico GPE MEX, "Mexican" NORP MEX (also in "the Mexican Government", 27a).

Judgement calls made here:
* 7625 (Bonn supports the U.S. against the EC oils tax, DCT Fri 1987-03-20, HAMBURG): "The West German
  government expressed support for the U.S. Position in opposing the proposed European Community tax ..., a
  U.S. Embassy spokesman said" is SUPPORT DEU GOV -> USA GOV on the event noun "support" (light verb
  "expressed"), relayed by the U.S. spokesman with no time expression: undated (second-hand, rule 4); "said"
  rule-3 attribution; the U.S. "opposing" and the EC's "proposed" tax are content / background (REJECT USA ->
  EC and SANCTION EC hypothetical arguable). "The spokesman, speaking from Bonn, said ..." is a STATEMENT USA
  GOV (DCT, located in Bonn; "speaking" its participle; Bonn's "resistance" content). "Several top government
  officials told the ... delegations there was no reason for American producers and processors to pay for EC
  agriculture, the spokesman said" is a second SUPPORT, (West German, by context) DEU GOV -> the delegations
  (USA ORG), undated (relayed), "said" attribution; ACCUSE DEU -> EC arguable; kept as its own first mention
  since the text does not say it is the lead's act. "... both the Community and the U.S. Should work closely
  within the framework provided by GATT, he said" is REQUEST USA GOV (the spokesman) -> the Community (null
  IGO), EVENTS.md 2; the U.S. half is the speaker's own side (own_blind's "We should", no record); if "he"
  relays the German officials, REQUEST DEU -> EC/USA undated is the alternative. "The delegations will
  continue their top level meetings in Bonn today" is CONSULT USA ORG -> the implied West German officials
  (DEU GOV), planned, 1987-03-20, Bonn; "but will not issue a statement before returning to the U.S. At the
  weekend" a withheld STATEMENT (negated) by the delegations, undated ("today" scopes the first conjunct,
  EVENTS.md 18; "at the weekend" dates the return). The last "the spokesman said" is a STATEMENT (DCT, Bonn);
  the "tough negotiations" are its content (CONSULT hypothetical arguable).
* 3464 (Iraq says it crushed an Iranian attack, DCT Wed 1987-03-11, BAGHDAD): every "said" of Iraq, INA and
  IRNA is rule-3 attribution. "its forces had crushed an Iranian attack on a strategic mountain peak" gives
  two ASSAULT records (4b's "repelled an overnight Iranian attack"): IRQ MIL -> IRN MIL on "crushed" and IRN
  -> IRQ (implied) on "attack", both undated ("today" dates the saying, the pluperfect has no time expression
  of its own, 26a), located in Iraqi Kurdistan; "the attack was repelled yesterday by the Fifth Army Corps'
  96th Brigade" is the crushing's later mention with its own date (1987-03-10, EVENTS.md 21), "the attack"
  anaphoric. "hundreds of Iranians were killed" is ASSAULT by implied Iraqi forces -> IRN, placed inside the
  attack repelled yesterday (rule 3: 1987-03-10); the armour "left behind" is the outcome (RETREAT arguable,
  skipped). "It did not give Iraqi casualties" is a withheld STATEMENT by INA (IRQ ORG, negated, DCT,
  BAGHDAD). IRNA's "Iraqi troops had suffered 3,000 casualties in Iran's week-old offensive" is ASSAULT IRN
  -> IRQ on the event noun "casualties" (20b/26a's "killed or wounded"), undated ("yesterday" dates IRNA's
  saying), "offensive" the adjunct naming the offensive (26a). "Iran attacked across snow-capped peaks of
  northeastern Iraq last week" is ASSAULT IRN -> IRQ, 1987-03 (last week = 2-8 March, kept at its month,
  EVENTS.md 21); "heavy fighting in mid-1983", "fierce battles near Basra" and "the 6-1/2-year-old conflict"
  are background nominals with no named parties and "The thrust" anaphoric (skipped); "an Iranian
  cross-border offensive launched on January 9" is ASSAULT IRN -> IRQ, 1987-01-09 (a nominal with its own
  agent and date, "launched" part of it). Muhsen (the Defence Ministry's political department head: IRQ MIL)
  "said on Monday fighting was continuing in the north but that Iran had exaggerated battle reports" is one
  reporting clause coded ACCUSE IRQ -> IRN (the typed half wins, 42b), 1987-03-09 (past Monday), no place in
  the text: location null; "He said Tehran had done this 'to make up for failure ... and to encourage
  anti-Baghdad Kurdish rebels ...'" a second ACCUSE (the motive), taken as said on the same occasion (15b/42a:
  1987-03-09). "Tehran has supported anti-Baghdad Kurdish guerrillas in operations against government
  positions" is AID IRN GOV -> the guerrillas (IRQ ORG: rebels take their country, 11b/22b; military help:
  AID, SUPPORT arguable), undated (present perfect); their "operations" are a background nominal (ASSAULT
  arguable).
* 10494 (USDA field report on China's wheat, DCT Fri 1987-03-27, WASHINGTON): as events_dev's Yugoslav field
  report (EVENTS.md 20): the report is "dated March 25", so the officer's "said in a field report" and the six
  "The report said" / "it said" clauses are seven STATEMENTs USA GOV dated 1987-03-25 (date_text "March 25"),
  located in Peking (where the officer reports from, 55a); the drought, the passive estimates and
  projections, the officer's travelling and the crop condition are content (skipped).
* 4096 (Dutch sugar traders deny involvement, DCT Thu 1987-03-12, ROTTERDAM): "Dutch sugar traders deny
  involvement in a plan to offer ... sugar to intervention in protest at EC export policy ..., traders told
  Reuters" is REJECT NLD BUS (the story's subject, the Dutch trade as a group identifiable by country, as 49a's
  buyers; anonymous traders' talk, EVENTS.md 4, is the alternative reading: 20b/23b/43a skipped unnamed
  operators), actor2 null (no accuser named), DCT, ROTTERDAM; "told" is the same act (not listed); the protest
  plan is its content. "Dutch producers and traders said this sugar was actually Belgian and was being offered
  by the Belgian industry" gives the denial's later mention on "said" and PROTEST BEL BUS on "offered" (an
  offer into intervention in protest at EC policy, the lead's framing), actor2 null (EVENTS.md 14; the EC would
  be null too), undated, located in the Netherlands; the passive "have been offered" is the same offering
  (skipped). '"We sympathise with the actions of the French, West German and Belgian traders and producers,
  but we are not party to it," a spokesman said' gives SUPPORT NLD -> FRA, DEU and BEL (split, EVENTS.md 12,
  on "sympathise") and a later mention of the denial on "said" (the spokesman of the Dutch trade, "The Dutch
  spokesman", NLD BUS); all DCT. "EC Commission sources said yesterday French traders planned to sell ..." and
  "Dutch trade sources gave ... estimated ..." are anonymous (skipped with their content). "The Dutch
  spokesman added, 'The weekly export tender policy and prices are squeezing the European sugar industry ...'"
  is ACCUSE NLD -> the EC (implied, null IGO: a complaint about EC policy; STATEMENT arguable), DCT; the quote's
  next sentence '"These are desperate actions, but we believe that most of this offered sugar will be
  withdrawn ..."' (no reporting verb) is a STATEMENT on "believe" (a forecast; no separate record arguable),
  the withdrawal its content (RETREAT planned arguable).
* 6326 (Lyng's no comment on a Soviet EEP, DCT Tue 1987-03-17, WASHINGTON): "Lyng told representatives ...
  that he was not in a position to comment on their request ..., according to participants in today's
  meeting" is a withheld STATEMENT (negated, trigger "comment", EVENTS.md 5), relayed but placed in today's
  meeting (EVENTS.md 19): 1987-03-17, WASHINGTON; "their request that the Reagan administration offer
  subsidized wheat to the Soviet Union" is REQUEST USA BUS (the firms' and farm organizations'
  representatives) -> the administration (USA GOV), undated (the text does not say when it was made; the
  meeting arguable), the offer its content; "today's meeting" is CONSULT (the group visiting Lyng: USA BUS ->
  USA GOV, not an internal meeting), 1987-03-17; "Deputy Agriculture Secretary Peter Myers and Under
  Secretary Daniel Amstutz also attended the 30-minute meeting" its later mention. Hofer's quote '"He (Lyng)
  simply told us he was not in any position to talk about an EEP ... initiative ...," said Glen Hofer' is a
  STATEMENT by Hofer (USA ORG, a farm co-operative federation's officer, DCT) plus the withheld statement's
  later mention on "talk". "Hofer described Lyng as ... and said he thought he detected 'a sense of
  frustration'" gives two STATEMENTs ("described", "said"; EVENTS.md 3) and "But Hofer said other important
  matters at the White House ... might have restrained Lyng" a third; all DCT. The unnamed participant, "A
  grain industry representative" and "this official, who asked not to be identified" are anonymous (every
  "said", the requests for anonymity and their content skipped, including the lack of "pressure" from
  lawmakers: REQUEST negated arguable). "Reminded that ... Patrick Leahy (D-Vt.) had written two letters to
  Lyng urging such an offer" is stated by the reporter (not the official's talk): REQUEST USA GOV -> Lyng
  (USA GOV) on "urging", undated (pluperfect), "written" the same act, "Reminded" the reporter's question.
* 15121 (Montedison's Agrimont 1986 results, DCT Wed 1987-04-08, NEW YORK): results, market conditions, a
  planned Milan listing (corporate finance), appointments (not events: "named" skipped) and Ferruzzi's
  holding have no type, so all eight reporting clauses are STATEMENTs ITA BUS (DCT, NEW YORK).
* 10511 (NATO on the Aegean, DCT Fri 1987-03-27, BRUSSELS; the short version of 43a's 10539, coded the same
  way): "Greece and Turkey's NATO allies called on both countries to avoid any action that could aggravate
  ..." is REQUEST (the allies a group, null IGO) split into Greece and Turkey records ("both countries" the span
  of each), DCT (this version has no "today": wire-style verbal act, rule 2), BRUSSELS; the emergency meeting
  of NATO ambassadors is an internal meeting (skipped); "a statement was issued saying ..." is a STATEMENT on
  "statement" (NATO implied, null IGO; "issued" and "saying" skipped as parts of it, 43a), DCT; "Lord
  Carrington also offered himself as a mediator in the dispute" is AGREE (an offer to the parties, 43a) null
  IGO -> Greece and -> Turkey (implied, split), DCT.
* 15290 (branding of Mexican steers, DCT Wed 1987-04-08, WASHINGTON): "All steers imported into the United
  States from Mexico must now be branded ..., the U.S. Agriculture Department said" announces a sanitary
  import rule which the text says will not affect import numbers: no clear type (SANCTION USA -> MEX arguable,
  "branded" skipped), so the "said" is a STATEMENT, as is "In its World Production and Trade Report, the
  department said the branding is necessary ..." (a report with no date of its own: DCT, 26a). "Last
  November, the Mexican Government authorized an export quota of nearly 1.1 mln head of live cattle ..." is
  Mexico's export-quota administration (domestic trade policy, no type, skipped; SANCTION MEX or COOPERATE
  MEX -> USA 1986-11 arguable).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind60a.jsonl"

WAS = ("WASHINGTON", "USA")
BAG = ("BAGHDAD", "IRQ")
ROT = ("ROTTERDAM", "NLD")
NYC = ("NEW YORK", "USA")
BRU = ("BRUSSELS", "BEL")
BONN_TXT = ("Bonn", "DEU")
PEKING_TXT = ("Peking", "CHN")
KURDISTAN_TXT = ("Iraqi Kurdistan", "IRQ")
KARDA_KU_TXT = ("Karda Ku", "IRQ")

USA_GOV = "USA", "GOV"
USA_ORG = "USA", "ORG"
USA_BUS = "USA", "BUS"
DEU_GOV = "DEU", "GOV"
IRQ_MIL = "IRQ", "MIL"
IRN_MIL = "IRN", "MIL"
IRN_GOV = "IRN", "GOV"
NLD_BUS = "NLD", "BUS"
ITA_BUS = "ITA", "BUS"

EC_IMPLIED = (None, None, "IGO")
NATO_ALLIES = ("Greece and Turkey's NATO allies", None, "IGO")
NATO_IMPLIED = (None, None, "IGO")
BOTH_GRC = ("both countries", "GRC", "GOV")
BOTH_TUR = ("both countries", "TUR", "GOV")
GRC_IMPLIED = (None, "GRC", "GOV")
TUR_IMPLIED = (None, "TUR", "GOV")
CARRINGTON = ("Secretary-General Lord Carrington", None, "IGO")
LYNG = ("U.S. Agriculture Secretary Richard Lyng",) + USA_GOV
GRAIN_GROUP = ("representatives of several of the largest grain exporting firms and two farm organizations",) + USA_BUS
HOFER = ("Glen Hofer",) + USA_ORG
IRQ_IMPLIED = (None,) + IRQ_MIL
IRN_IMPLIED = (None,) + IRN_MIL
SPOKESMAN_NLD = ("a spokesman",) + NLD_BUS

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-7625": {
        "events": [
            # 0
            ("SUPPORT", ("support", "expressed"), ("The West German government",) + DEU_GOV,
             (("U.S.", "support for the"),) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "Bonn expressed support for the U.S. position against the proposed EC oils tax (verbal support of "
             "another actor; event noun after the light verb 'expressed'); relayed by the U.S. Embassy spokesman "
             "with no time expression: undated (second-hand, rule 4); 'said' rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "speaking from Bonn,"), ("The spokesman",) + USA_GOV, None, BONN_TXT,
             "1987-03-20", "day", None, "asserted", None,
             "'We have good reason to think West Germany holds to its resistance' (assessment); DCT; located in "
             "Bonn ('speaking from Bonn'); 'speaking' its participle"),
            # 2
            ("SUPPORT", "told", ("Several top government officials",) + DEU_GOV,
             ("the American Soybean Association and the National Soybean Processors Association delegations",)
             + USA_ORG, None,
             None, "unknown", None, "asserted", None,
             "(West German) officials told the U.S. delegations there was no reason for American producers to pay "
             "for EC agriculture: siding with the Americans (SUPPORT; ACCUSE DEU -> EC arguable); its own record "
             "(not said to be the same act as the lead's support); relayed by the spokesman: undated"),
            # 3
            ("REQUEST", ("said", "Trade, he"), (("he", "Trade, he"),) + USA_GOV,
             ("the Community", None, "IGO"), BONN_TXT,
             "1987-03-20", "day", None, "asserted", None,
             "'both the Community and the U.S. should work closely within the framework provided by GATT' "
             "(EVENTS.md 2: an identified actor told it should act): REQUEST toward the Community; the U.S. half "
             "is the speaker's own side (own_blind's 'We should ...', no separate record); the speaker is the "
             "spokesman (if he relays the German officials: REQUEST DEU -> EC/USA undated arguable); DCT"),
            # 4
            ("CONSULT", "meetings", ("The delegations",) + USA_ORG, (None,) + DEU_GOV, BONN_TXT,
             "1987-03-20", "day", "today", "planned", None,
             "the U.S. delegations 'will continue their top level meetings in Bonn today' (visitors first, host the "
             "implied West German officials; event noun after the light verb 'continue'); planned"),
            # 5
            ("STATEMENT", ("statement", "will not issue"), ("The delegations",) + USA_ORG, None, None,
             None, "unknown", None, "negated", None,
             "'will not issue a statement before returning to the U.S. at the weekend': a withheld statement "
             "(EVENTS.md 5); 'today' scopes the first conjunct only (EVENTS.md 18) and 'at the weekend' dates the "
             "return: undated"),
            # 6
            ("STATEMENT", ("said", "tough negotiations,"), (("the spokesman", "tough negotiations,"),) + USA_GOV,
             None, BONN_TXT,
             "1987-03-20", "day", None, "asserted", None,
             "the EC and the U.S. realised the tax issue would stay on the agenda (assessment); DCT, Bonn"),
        ],
        "skip": [
            (("said", "Embassy"), "rule-3 attribution (Bonn's support is the event)"),
            ("opposing", "content of the support (the U.S. opposition to the tax; REJECT USA -> EC arguable)"),
            (("proposed", "opposing the"), "background nominal (the EC's proposed oils tax; SANCTION EC hypothetical "
                                           "arguable)"),
            ("speaking", "participle of the same speech act"),
            ("resistance", "content of the statement (REJECT DEU -> EC arguable)"),
            (("proposed", "resistance to the"), "background nominal (the proposed tax)"),
            (("said", "EC agriculture, the"), "rule-3 attribution (the officials' telling is the event)"),
            ("pay", "content of the support"),
            ("facing", "content of the request (stative)"),
            ("work closely", "content of the request"),
            ("returning", "travel home (no type)"),
            ("Realised", "content of the statement"),
            (("negotiations", "tough"), "content of the statement (CONSULT USA -> EC hypothetical arguable)"),
            ("prepare", "content of the statement"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            (("U.S.", "support for the"), "GPE", "USA"),
            ("European Community", "ORG", None),
            ("U.S. Embassy", "ORG", "USA"),
            ("Bonn", "GPE", "DEU"),
            ("West Germany", "GPE", "DEU"),
            ("American Soybean Association", "ORG", "USA"),
            ("National Soybean Processors Association", "ORG", "USA"),
            (("American", "no reason for"), "NORP", "USA"),
            (("EC", "pay for"), "ORG", None),
            (("European", "EC agriculture"), "NORP", None),
            (("Community", "both"), "ORG", None),
            (("U.S.", "Community and the"), "GPE", "USA"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("Bonn", "meetings in"), "GPE", "DEU"),
            (("U.S.", "returning to the"), "GPE", "USA"),
            (("EC", "The EC and"), "ORG", None),
            (("U.S.", "The EC and the"), "GPE", "USA"),
        ],
    },
    "reuters21578-3464": {
        "events": [
            # 0
            ("ASSAULT", "crushed", ("its forces",) + IRQ_MIL, (("Iranian", "crushed"),) + IRN_MIL, KURDISTAN_TXT,
             None, "unknown", None, "asserted", None,
             "Iraq's forces crushed an Iranian attack (defence, 4b's 'repelled'); 'today' dates the saying (rule-3 "
             "attribution) and the pluperfect has no time expression of its own: undated (26a; the next sentence's "
             "'yesterday' dates the later mention only)"),
            # 1
            ("ASSAULT", ("attack", "an Iranian"), ("Iranian",) + IRN_MIL, IRQ_IMPLIED, KURDISTAN_TXT,
             None, "unknown", None, "asserted", None,
             "the Iranian attack on the mountain peak (4b: two records, the attack and its repelling); undated"),
            # 2
            ("ASSAULT", "repelled", ("the Fifth Army Corps' 96th Brigade",) + IRQ_MIL, IRN_IMPLIED, KARDA_KU_TXT,
             "1987-03-10", "day", "yesterday", "asserted", 0,
             "later mention of the crushing with its own time expression ('yesterday' = DCT - 1, EVENTS.md 21: a "
             "later mention keeps its own); INA's 'said' attribution"),
            # 3
            ("ASSAULT", "killed", IRQ_IMPLIED, ("hundreds of Iranians",) + IRN_MIL, KARDA_KU_TXT,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "hundreds of Iranians killed (passive, Iraqi forces implied, 26a's 'destroyed'), placed inside the "
             "attack repelled yesterday (rule 3); INA's 'said' attribution"),
            # 4
            ("STATEMENT", ("give", "It did not"), (("It", "It did not"), "IRQ", "ORG"), None, BAG,
             "1987-03-11", "day", None, "negated", None,
             "INA 'did not give Iraqi casualties': a withheld statement (EVENTS.md 5; 43a's 'gave no'); DCT, "
             "dateline city"),
            # 5
            ("ASSAULT", ("casualties", "3,000"), (("Iran", "casualties in"),) + IRN_MIL, ("Iraqi troops",) + IRQ_MIL,
             ("northeast Iraq", "IRQ"),
             None, "unknown", None, "asserted", None,
             "Iraqi troops suffered 3,000 casualties in Iran's offensive (the casualties inflicted by Iran, 20b/26a's "
             "'killed or wounded'; event noun after 'suffered'); 'yesterday' dates IRNA's saying (attribution), the "
             "pluperfect is undated; 'offensive' the adjunct naming the offensive (26a)"),
            # 6
            ("ASSAULT", "attacked", (("Iran", "northeast Iraq."),) + IRN_MIL, IRQ_IMPLIED, ("northeastern Iraq", "IRQ"),
             "1987-03", "month", "last week", "asserted", None,
             "Iran attacked across the peaks of northeastern Iraq last week (Mon 2 - Sun 8 March, one month: "
             "EVENTS.md 21 keeps a week at its month)"),
            # 7
            ("ASSAULT", ("offensive", "cross-border"), (("Iranian", "after an"),) + IRN_MIL, IRQ_IMPLIED, None,
             "1987-01-09", "day", "January 9", "asserted", None,
             "the Iranian cross-border offensive launched on January 9 (a nominal with its own agent and date, "
             "EVENTS.md 11); 'launched' part of it"),
            # 8
            ("ACCUSE", ("said", "Abdul Jabbar Muhsen,"), ("Abdul Jabbar Muhsen",) + IRQ_MIL,
             (("Iran", "but that"),) + IRN_GOV, None,
             "1987-03-09", "day", "on Monday", "asserted", None,
             "the Defence Ministry official (MIL) said fighting continued 'but that Iran had exaggerated battle "
             "reports': one reporting clause, the typed half wins (42b); past Monday before Wed 11 March"),
            # 9
            ("ACCUSE", ("said", "He said Tehran"), (("He", "He said Tehran"),) + IRQ_MIL,
             (("Tehran", "He said"),) + IRN_GOV, None,
             "1987-03-09", "day", "on Monday", "asserted", None,
             "Tehran did this to make up for failure and to encourage Kurdish rebels (a further accusation: its "
             "motive); a new reporting clause taken as said on the same occasion (15b/42a: 'on Monday')"),
            # 10
            ("AID", "supported", (("Tehran", "Tehran has"),) + IRN_GOV,
             ("anti-Baghdad Kurdish guerrillas", "IRQ", "ORG"), ("northern Iraq", "IRQ"),
             None, "unknown", None, "asserted", None,
             "Tehran has supported Kurdish guerrillas in operations against government positions (military help "
             "to rebels: AID; SUPPORT arguable); the rebels take their country (11b/22b); present perfect: "
             "undated"),
        ],
        "skip": [
            (("said", "Iraq said"), "rule-3 attribution (the crushing is the event; 'today' dates the saying)"),
            (("said", "INA said the"), "rule-3 attribution (the repelling is the event)"),
            (("attack", "said the"), "anaphoric nominal (the Iranian attack)"),
            (("said", "INA said hundreds"), "rule-3 attribution (the killing is the event)"),
            ("left behind", "outcome of the repelling (abandoned armour; RETREAT IRN arguable)"),
            (("said", "IRNA said"), "rule-3 attribution ('yesterday' dates IRNA's saying)"),
            (("offensive", "week-old"), "adjunct naming the offensive (26a; Iran's attack coded at 'attacked')"),
            (("fighting", "heavy"), "background nominal (mid-1983, no named parties)"),
            ("thrust", "anaphoric nominal (the Iranian offensive)"),
            ("battles", "background nominal (fighting near Basra, no named parties; ASSAULT arguable)"),
            ("conflict", "background nominal (the war)"),
            ("launched", "part of the offensive (coded on 'offensive')"),
            ("fighting was continuing", "content of the statement (no named actor)"),
            ("battle reports", "object of the accusation (Iran's reports; STATEMENT IRN undated arguable)"),
            ("make up", "content of the accusation (motive)"),
            ("failure", "content of the accusation"),
            ("encourage", "content of the accusation"),
            (("support", "rebels to"), "content of the accusation"),
            ("operations", "background nominal (the guerrillas' operations; ASSAULT IRQ ORG -> IRQ GOV arguable)"),
        ],
        "entities": [
            ("Iraq", "GPE", "IRQ"),
            (("Iranian", "crushed"), "NORP", "IRN"),
            ("Iraqi Kurdistan", "LOC", "IRQ"),
            (("Iraqi", "official"), "NORP", "IRQ"),
            ("INA", "ORG", "IRQ"),
            ("Fifth Army Corps", "ORG", "IRQ"),
            ("96th Brigade", "ORG", "IRQ"),
            ("Karda Ku", "LOC", "IRQ"),
            ("Haj Omran", "GPE", "IRQ"),
            ("Baghdad", "GPE", "IRQ"),
            (("INA", "of Baghdad"), "ORG", "IRQ"),
            ("Iranians", "NORP", "IRN"),
            (("Iraqi", "give"), "NORP", "IRQ"),
            (("Iranian", "casualties."), "NORP", "IRN"),
            ("IRNA", "ORG", "IRN"),
            (("Iraqi", "IRNA"), "NORP", "IRQ"),
            (("Iran", "casualties in"), "GPE", "IRN"),
            (("Iraq", "offensive in northeast"), "GPE", "IRQ"),
            (("Iran", "northeast Iraq."), "GPE", "IRN"),
            (("Iraq", "northeastern"), "GPE", "IRQ"),
            ("Basra", "GPE", "IRQ"),
            (("Iraq", "Basra"), "GPE", "IRQ"),
            (("Iranian", "after an"), "NORP", "IRN"),
            (("Iraq", "department head at"), "GPE", "IRQ"),
            ("Defence Ministry", "ORG", "IRQ"),
            ("Abdul Jabbar Muhsen", "PERSON", "IRQ"),
            (("Iran", "but that"), "GPE", "IRN"),
            (("Tehran", "He said"), "GPE", "IRN"),
            (("Baghdad", "anti-"), "GPE", "IRQ"),
            (("Kurdish", "anti-"), "NORP", None),
            (("Tehran", "Tehran has"), "GPE", "IRN"),
            (("Baghdad", "Tehran has supported anti-"), "GPE", "IRQ"),
            (("Kurdish", "Tehran has"), "NORP", None),
            (("Iraq", "installations in northern"), "GPE", "IRQ"),
        ],
    },
    "reuters21578-10494": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Peking"), ("the U.S. Agriculture Department's officer in Peking",) + USA_GOV,
             None, PEKING_TXT,
             "1987-03-25", "day", "March 25", "asserted", None,
             "the USDA officer's field report (a report by a named author, EVENTS.md 4): drought reduced China's "
             "wheat crop estimate; the report is 'dated March 25' (next sentence): every saying of it takes that "
             "date (EVENTS.md 20), located where the officer reports from (55a)"),
            # 1
            ("STATEMENT", ("said", "dated March 25,"), ("The report",) + USA_GOV, None, PEKING_TXT,
             "1987-03-25", "day", "March 25", "asserted", None, "1987/88 import projection (EVENTS.md 20)"),
            # 2
            ("STATEMENT", ("said", "1986/87 year, it"), (("it", "1986/87 year, it"),) + USA_GOV, None, PEKING_TXT,
             "1987-03-25", "day", "March 25", "asserted", None, "imports from the U.S. (estimates)"),
            # 3
            ("STATEMENT", ("said", "dry fall, it"), (("it", "dry fall, it"),) + USA_GOV, None, PEKING_TXT,
             "1987-03-25", "day", "March 25", "asserted", None, "planted area estimated down"),
            # 4
            ("STATEMENT", ("said", "The report said to"), (("The report", "The report said to"),) + USA_GOV,
             None, PEKING_TXT,
             "1987-03-25", "day", "March 25", "asserted", None, "irrigation and fertilizer use increased"),
            # 5
            ("STATEMENT", ("said", "doing well, the report"), (("the report", "doing well,"),) + USA_GOV,
             None, PEKING_TXT,
             "1987-03-25", "day", "March 25", "asserted", None, "the crop is doing well"),
            # 6
            ("STATEMENT", ("said", "It said scattered"), (("It", "It said scattered"),) + USA_GOV,
             None, PEKING_TXT,
             "1987-03-25", "day", "March 25", "asserted", None, "rain improved the situation; hail information"),
        ],
        "skip": [
            ("resulted", "weather (no actor)"),
            ("field report", "part of the reporting clause"),
            ("projected", "passive projection (content of the report)"),
            (("estimated", "United States are"), "passive estimate (content of the report)"),
            ("travelling", "the officer's field trip (no host, no type)"),
            ("obtaining", "content of the report"),
            (("estimated", "planted area was"), "passive estimate (content of the report)"),
            (("increased", "irrigation has"), "statistics (content of the report)"),
            ("emerged", "crop condition (content)"),
            ("improved", "weather (no actor)"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Peking", "GPE", "CHN"),
            ("United States", "GPE", "USA"),
            (("China", "many parts of"), "GPE", "CHN"),
            ("Anhui", "GPE", "CHN"),
        ],
    },
    "reuters21578-4096": {
        "events": [
            # 0
            ("REJECT", "deny", ("Dutch sugar traders",) + NLD_BUS, None, ROT,
             "1987-03-12", "day", None, "asserted", None,
             "Dutch sugar traders deny involvement in the intervention-sale protest plan (a denial = REJECT, "
             "speech-act rule 2; the story's subject, a country's trade identifiable by country as 49a's buyers; "
             "anonymous traders' talk arguable, EVENTS.md 4); the allegation has no named source: actor2 null; "
             "'told Reuters' is the same act (not listed); wire style: DCT, dateline city"),
            # 1
            ("REJECT", ("said", "Dutch producers and traders"), ("Dutch producers and traders",) + NLD_BUS, None, ROT,
             "1987-03-12", "day", None, "asserted", 0,
             "later mention: the 2,500 tonnes were actually Belgian (restates the denial; 42b: the typed half wins)"),
            # 2
            ("PROTEST", ("offered", "was being"), ("the Belgian industry", "BEL", "BUS"), None,
             ("the Netherlands", "NLD"),
             None, "unknown", None, "asserted", None,
             "the sugar offered to intervention in the Netherlands was being offered by the Belgian industry (an "
             "offer into intervention in protest at EC export policy, the lead's framing: PROTEST; actor2 null, "
             "EVENTS.md 14 as the strikes; the EC would be null anyway); present perfect / progressive with no "
             "time expression: undated"),
            # 3
            ("SUPPORT", "sympathise", SPOKESMAN_NLD, (("French", "actions of the"), "FRA", "BUS"), ROT,
             "1987-03-12", "day", None, "asserted", None,
             "'We sympathise with the actions of the French, West German and Belgian traders and producers' "
             "(verbal support of other actors), split by country (EVENTS.md 12): France; the spokesman speaks for "
             "the Dutch trade ('The Dutch spokesman', NLD BUS); DCT"),
            # 4
            ("SUPPORT", "sympathise", SPOKESMAN_NLD, (("West German", "actions of the"), "DEU", "BUS"), ROT,
             "1987-03-12", "day", None, "asserted", None, "the same sympathy, West Germany's record"),
            # 5
            ("SUPPORT", "sympathise", SPOKESMAN_NLD, (("Belgian", "West German"), "BEL", "BUS"), ROT,
             "1987-03-12", "day", None, "asserted", None, "the same sympathy, Belgium's record"),
            # 6
            ("REJECT", ("said", "a spokesman"), SPOKESMAN_NLD, None, ROT,
             "1987-03-12", "day", None, "asserted", 0,
             "later mention: 'but we are not party to it' restates the denial (quoted restatement, EVENTS.md 3)"),
            # 7
            ("ACCUSE", "added", ("The Dutch spokesman",) + NLD_BUS, EC_IMPLIED, ROT,
             "1987-03-12", "day", None, "asserted", None,
             "'The weekly export tender policy and prices are squeezing the European sugar industry': a complaint "
             "about the EC's policy (ACCUSE toward the EC, implied null IGO; STATEMENT arguable); DCT"),
            # 8
            ("STATEMENT", "believe", (("we", "but we believe"),) + NLD_BUS, None, ROT,
             "1987-03-12", "day", None, "asserted", None,
             "'we believe that most of this offered sugar will be withdrawn' (a forecast in the quote's own "
             "sentence with no reporting verb, as 53a's quote sentence; no record arguable: the same quote as "
             "'added'); DCT"),
        ],
        "skip": [
            ("plan to offer", "content of the denial (the others' protest plan)"),
            (("protest", "intervention in"), "content of the denial (the protest plan)"),
            (("offered", "have been"), "the same offering, passive with no agent (coded at 'was being offered')"),
            (("actions", "sympathise with the"), "background nominal (the protest actions, object of the sympathy)"),
            (("said", "EC Commission sources"), "anonymous-source talk (EC Commission sources)"),
            ("planned", "content of anonymous talk (the French traders' planned sales; PROTEST planned arguable)"),
            ("sell", "content of anonymous talk"),
            ("gave", "anonymous-source talk (Dutch trade sources)"),
            (("estimated", "but"), "anonymous-source talk (Dutch trade sources)"),
            (("offered", "110,000 tonnes"), "content of anonymous talk"),
            ("register their protest", "content of the complaint (the others' protest)"),
            (("actions", "desperate"), "anaphoric nominal (the protest actions)"),
            ("withdrawn", "content of the forecast (RETREAT planned by the protesters arguable)"),
            (("offered", "most of"), "anaphoric (the offered sugar)"),
            ("allowed", "background (the EC's breathing space)"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            (("EC", "protest at"), "ORG", None),
            ("Reuters", "ORG", "GBR"),
            ("Netherlands", "GPE", "NLD"),
            (("Dutch", "Netherlands"), "NORP", "NLD"),
            ("Belgian", "NORP", "BEL"),
            (("Belgian", "offered by"), "NORP", "BEL"),
            ("French", "NORP", "FRA"),
            ("West German", "NORP", "DEU"),
            (("Belgian", "West German"), "NORP", "BEL"),
            ("EC Commission", "ORG", None),
            (("French", "yesterday"), "NORP", "FRA"),
            (("West German", "intervention stocks,"), "NORP", "DEU"),
            (("Dutch", "75,000 tonnes and"), "NORP", "NLD"),
            (("Dutch", "2,500."), "NORP", "NLD"),
            ("France", "GPE", "FRA"),
            (("German", "110,000 tonnes offered by"), "NORP", "DEU"),
            (("Dutch", "The Dutch spokesman"), "NORP", "NLD"),
            ("European", "NORP", None),
        ],
    },
    "reuters21578-6326": {
        "events": [
            # 0
            ("STATEMENT", "comment", LYNG, None, WAS,
             "1987-03-17", "day", "today's", "negated", None,
             "Lyng told the group he was not in a position to comment on their request: a withheld statement "
             "(EVENTS.md 5; trigger on the withheld verb, own_dev's 'name'; 'told' unlisted), relayed by the "
             "participants but placed in today's meeting (EVENTS.md 19): 1987-03-17; dateline city"),
            # 1
            ("REQUEST", "request", GRAIN_GROUP, ("the Reagan administration",) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "their request that the administration offer subsidized wheat to the USSR (a nominal with its own "
             "predication, EVENTS.md 11); the text does not say when it was made: undated (today's meeting "
             "arguable)"),
            # 2
            ("CONSULT", ("meeting", "today's"), GRAIN_GROUP, LYNG, None,
             "1987-03-17", "day", "today's", "asserted", None,
             "today's meeting of the grain firms and farm organizations with Lyng (a nominal with its own date, "
             "EVENTS.md 11; the group visiting the secretary: visitors first); not an internal meeting (industry "
             "and government)"),
            # 3
            ("STATEMENT", ("said", "program) initiative"), HOFER, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "Hofer (vice president of a farm co-operative federation, ORG) relays Lyng's reply; DCT"),
            # 4
            ("STATEMENT", "talk", (("Lyng", "He ("),) + USA_GOV, None, WAS,
             "1987-03-17", "day", "today's", "negated", 0,
             "later mention: 'He simply told us he was not in any position to talk about an EEP initiative' (a quoted "
             "restatement of the withheld statement, EVENTS.md 3)"),
            # 5
            ("CONSULT", "attended",
             ("Deputy Agriculture Secretary Peter Myers and Under Secretary Daniel Amstutz",) + USA_GOV,
             (None,) + USA_BUS, None,
             "1987-03-17", "day", "today's", "asserted", 2,
             "later mention: the USDA officials also attended the 30-minute meeting (the group implied; all USA)"),
            # 6
            ("STATEMENT", "described", (("Hofer", "Hofer described"),) + USA_ORG, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "Hofer described Lyng as 'sympathetic but noncommittal' (characterisation, not praise or criticism); "
             "DCT"),
            # 7
            ("STATEMENT", ("said", "noncommittal"), (("Hofer", "Hofer described"),) + USA_ORG, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "a second reporting clause (EVENTS.md 3): a sense of frustration on Lyng's part; DCT"),
            # 8
            ("REQUEST", ("urging", "letters to"), ("Senate Agriculture Committee Chairman Patrick Leahy",) + USA_GOV,
             (("Lyng", "letters to"),) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "Leahy had written two letters to Lyng urging an EEP offer (a fact stated by the reporter's 'Reminded "
             "that', not the anonymous official's talk); pluperfect, no time expression: undated; 'written' the "
             "same act"),
            # 9
            ("STATEMENT", ("said", "But Hofer"), (("Hofer", "But Hofer"),) + USA_ORG, None, WAS,
             "1987-03-17", "day", None, "asserted", None,
             "other White House matters might have restrained Lyng (assessment); DCT"),
        ],
        "skip": [
            ("according to", "attribution of the relayed reply (participants)"),
            (("offer", "Reagan"), "content of the request (AID USA -> SUN hypothetical arguable)"),
            ("initiative", "content of the withheld statement"),
            (("asked", "Another participant"), "anonymity request (no type)"),
            (("said", "Another participant"), "anonymous-source talk (an unnamed participant)"),
            ("unresponsive", "content of anonymous talk"),
            (("request", "group's"), "anaphoric nominal (the group's request)"),
            ("included", "stative"),
            (("said", "among"), "anonymous-source talk (participants)"),
            (("meeting", "30-minute"), "part of the later mention (coded at 'attended')"),
            ("detected", "content of the statement"),
            ("respond", "content of the statement"),
            (("urging", "respond"), "anaphoric nominal (the group's request)"),
            (("said", "A grain industry representative"), "anonymous-source talk (an unnamed industry "
                                                          "representative)"),
            ("reluctance", "content of anonymous talk"),
            ("bring", "content of anonymous talk"),
            (("asked", "this official, who"), "anonymity request (no type)"),
            (("said", "this official, who asked"), "anonymous-source talk (the unnamed official)"),
            ("referring", "participle of anonymous talk"),
            (("said", "This official said"), "anonymous-source talk"),
            ("pressure being exerted", "content of anonymous talk (REQUEST negated arguable)"),
            ("Reminded", "the reporter's question"),
            ("written", "the same act as 'urging' (the letters)"),
            (("said", "offer, this official"), "anonymous-source talk"),
            ("received", "content of anonymous talk"),
            (("pressure", "political"), "content of the statement"),
            ("restrained", "content of the statement"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Richard Lyng", "PERSON", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Soviet Union", "GPE", "SUN"),
            (("Lyng", "He ("), "PERSON", "USA"),
            (("Soviet Union", "initiative to the"), "GPE", "SUN"),
            ("Glen Hofer", "PERSON", "USA"),
            ("National Council of Farmer Cooperatives", "ORG", "USA"),
            (("Lyng", "identified,"), "PERSON", "USA"),
            ("Cargill Inc", "ORG", "USA"),
            ("Continental Grain Co", "ORG", "USA"),
            ("Louis Dreyfus Corp", "ORG", "USA"),
            ("Union Equity Cooperative Exchange", "ORG", "USA"),
            ("National Association of Wheat Growers", "ORG", "USA"),
            (("National Council of Farmer Cooperatives", "Wheat"), "ORG", "USA"),
            ("Peter Myers", "PERSON", "USA"),
            ("Daniel Amstutz", "PERSON", "USA"),
            (("Hofer", "30-minute"), "PERSON", "USA"),
            (("Lyng", "Hofer described"), "PERSON", "USA"),
            (("Lyng", "frustration"), "PERSON", "USA"),
            ("USDA", "ORG", "USA"),
            ("Soviets", "NORP", "SUN"),
            (("Soviets", "referring"), "NORP", "SUN"),
            (("Lyng", "lawmakers on"), "PERSON", "USA"),
            ("Moscow", "GPE", "SUN"),
            ("Senate Agriculture Committee", "ORG", "USA"),
            ("Patrick Leahy", "PERSON", "USA"),
            ("Vt.", "GPE", "USA"),
            (("Lyng", "letters to"), "PERSON", "USA"),
            (("Lyng", "this official said"), "PERSON", "USA"),
            (("Hofer", "But"), "PERSON", "USA"),
            ("White House", "ORG", "USA"),
            (("Lyng", "restrained"), "PERSON", "USA"),
        ],
    },
    "reuters21578-15121": {
        "events": [
            # 0
            ("STATEMENT", ("said", "of Italy"), ("Montedison SPA",) + ITA_BUS, None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "Agrimont's 1986 profit (statistics; 'in 1986' governs the figure); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "falling market prices, Montedison"),
             (("Montedison", "falling market prices,"),) + ITA_BUS, None, NYC,
             "1987-04-08", "day", None, "asserted", None, "Agrimont SPA's sales and profit (statistics)"),
            # 2
            ("STATEMENT", ("said", "Milan exchange, the company"), (("the company", "Milan exchange,"),) + ITA_BUS,
             None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "Agrimont is taking steps to be listed in Milan (corporate finance, no type)"),
            # 3
            ("STATEMENT", ("said", "The company said that"),
             (("The company", "Milan exchange, the company said."),) + ITA_BUS, None, NYC,
             "1987-04-08", "day", None, "asserted", None, "1986 market conditions (assessment)"),
            # 4
            ("STATEMENT", ("said", "market share in 1986, Montedison"),
             (("Montedison", "market share in 1986,"),) + ITA_BUS, None, NYC,
             "1987-04-08", "day", None, "asserted", None, "revenues and market share maintained (statistics)"),
            # 5
            ("STATEMENT", ("said", "Montedison said it named"), (("Montedison", "Montedison said it named"),) + ITA_BUS,
             None, NYC,
             "1987-04-08", "day", None, "asserted", None,
             "announcement of an appointment (not an event): the reporting clause is a STATEMENT (rule 4)"),
            # 6
            ("STATEMENT", ("said", "Montedison also"), (("Montedison", "Montedison also"),) + ITA_BUS, None, NYC,
             "1987-04-08", "day", None, "asserted", None, "announcement of board appointments (no type)"),
            # 7
            ("STATEMENT", ("said", "Ferruzzi owns"), (("the company", "Ferruzzi owns"),) + ITA_BUS, None, NYC,
             "1987-04-08", "day", None, "asserted", None, "Ferruzzi's 40 pct holding (stative ownership)"),
        ],
        "skip": [
            ("formed", "internal corporate formation of the group"),
            ("owned", "stative ownership"),
            ("taking steps", "corporate finance (a stock-market listing)"),
            ("traded", "corporate finance (a stock-market listing)"),
            (("sold", "products"), "market (content of the assessment)"),
            ("operates", "stative"),
            ("maintained", "statistics"),
            (("named", "it named Ettore"), "appointment (not an event)"),
            (("named", "it named Renato"), "appointment (not an event)"),
            ("owns", "stative ownership"),
        ],
        "entities": [
            ("Montedison SPA", "ORG", "ITA"),
            ("Italy", "GPE", "ITA"),
            ("Agrimont Group", "ORG", "ITA"),
            ("Agrimont SPA", "ORG", "ITA"),
            (("Montedison", "holding company for"), "ORG", "ITA"),
            (("Montedison", "falling market prices,"), "ORG", "ITA"),
            (("Agrimont", "falling market prices"), "ORG", "ITA"),
            (("Montedison", "wholly owned by"), "ORG", "ITA"),
            ("Milan exchange", "ORG", "ITA"),
            ("Europe", "LOC", None),
            (("U.S", "Europe and the"), "GPE", "USA"),
            (("Agrimont", "where"), "ORG", "ITA"),
            ("Conserv", "ORG", "USA"),
            (("Agrimont", "health care products"), "ORG", "ITA"),
            (("Montedison", "market share in"), "ORG", "ITA"),
            (("Montedison", "Montedison said it named"), "ORG", "ITA"),
            ("Ettore dell'Isola", "PERSON", "ITA"),
            (("Agrimont", "president of"), "ORG", "ITA"),
            (("Montedison", "Montedison also"), "ORG", "ITA"),
            ("Renato Picco", "PERSON", "ITA"),
            ("Eridania SPA", "ORG", "ITA"),
            ("Gianfranco Ceroni", "PERSON", "ITA"),
            ("Italiana Olii e Sifi", "ORG", "ITA"),
            ("Ferruzzi Group", "ORG", "ITA"),
            ("Argimont", "ORG", "ITA"),
            (("Ferruzzi", "Ferruzzi owns"), "ORG", "ITA"),
            (("Montedison", "40 pct of"), "ORG", "ITA"),
        ],
    },
    "reuters21578-10511": {
        "events": [
            # 0
            ("REQUEST", "called on", NATO_ALLIES, BOTH_GRC, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "NATO allies called on Greece and Turkey to avoid any action aggravating the Aegean situation and "
             "recourse to force (43a's longer version of this story); 'both countries' split by country "
             "(EVENTS.md 12): Greece; the allies a group (null IGO); wire-style verbal act with no time expression "
             "here: DCT, the dateline city"),
            # 1
            ("REQUEST", "called on", NATO_ALLIES, BOTH_TUR, BRU,
             "1987-03-27", "day", None, "asserted", None, "the same call, Turkey's record"),
            # 2
            ("STATEMENT", ("statement", "ambassadors"), NATO_IMPLIED, None, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "a statement issued after the emergency meeting: the situation damages the interests of Greece, "
             "Turkey and the Alliance (assessment); the issuer NATO implied; trigger the event noun, 'issued' and "
             "'saying' skipped as parts of it (43a); DCT"),
            # 3
            ("AGREE", "offered", CARRINGTON, GRC_IMPLIED, BRU,
             "1987-03-27", "day", None, "asserted", None,
             "Carrington offered himself as a mediator in the dispute (an offer to the parties = AGREE, 43a), "
             "split by party: Greece implied (EVENTS.md 14); the head of an international body null IGO; "
             "wire-style verbal act: DCT"),
            # 4
            ("AGREE", "offered", CARRINGTON, TUR_IMPLIED, BRU,
             "1987-03-27", "day", None, "asserted", None, "the same offer, Turkey's record"),
        ],
        "skip": [
            ("avoid any action", "content of the request"),
            ("aggravate", "content of the request"),
            ("recourse to force", "content of the request (ASSAULT avoided)"),
            (("meeting", "emergency"), "internal meeting of a single body (NATO ambassadors, EVENTS.md 10)"),
            ("issued", "part of the reporting clause (coded on 'statement')"),
            ("saying", "part of the reporting clause (coded on 'statement')"),
            ("damages", "content of the statement"),
            ("mediator", "content of the offer"),
            (("dispute", "mediator in the"), "background nominal (the Greek-Turkish dispute)"),
        ],
        "entities": [
            ("Greece", "GPE", "GRC"),
            ("Turkey", "GPE", "TUR"),
            ("NATO", "ORG", None),
            ("Aegean", "LOC", None),
            (("NATO", "emergency meeting of"), "ORG", None),
            (("Greece", "interests of"), "GPE", "GRC"),
            (("Turkey", "interests of Greece and"), "GPE", "TUR"),
            (("Alliance", "and of the"), "ORG", None),
            ("Carrington", "PERSON", None),
            ("Western Alliance", "ORG", None),
        ],
    },
    "reuters21578-15290": {
        "events": [
            # 0
            ("STATEMENT", "said", ("the U.S. Agriculture Department",) + USA_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "steers imported from Mexico must now be branded: announcement of a sanitary import rule (no clear "
             "type; SANCTION USA -> MEX arguable, but the text says it will not affect import numbers); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "the department"), (("the department", "Trade Report,"),) + USA_GOV, None, WAS,
             "1987-04-08", "day", None, "asserted", None,
             "the branding is needed for tuberculosis surveillance (explanation); a report by a named author with no "
             "date of its own: DCT (26a)"),
        ],
        "skip": [
            (("imported", "All steers"), "trade flow (no acting party)"),
            ("branded", "content of the statement: the import rule (SANCTION USA -> MEX arguable)"),
            ("branding", "anaphoric nominal (the rule)"),
            ("improve", "content of the statement"),
            ("requirement", "anaphoric nominal (the rule)"),
            ("expected", "passive expectation with no named agent"),
            ("applied", "content (the rule's terms, no agent)"),
            ("authorized", "Mexico's export-quota administration (domestic trade policy, no type, as own_dev's export "
                           "bonuses; SANCTION MEX or COOPERATE MEX -> USA 1986-11 arguable)"),
            ("goes", "trade flow (statistics)"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Mexico", "GPE", "MEX"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Mexican", "NORP", "MEX"),
            (("Mexican", "number of"), "NORP", "MEX"),
            (("United States", "Mexican steers imported"), "GPE", "USA"),
            (("U.S.", "arrive at"), "GPE", "USA"),
            (("Mexican", "Last November, the"), "NORP", "MEX"),
            (("United States", "most of which"), "GPE", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
