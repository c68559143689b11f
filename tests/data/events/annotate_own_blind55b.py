"""Build ``own_blind55b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind55b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2315 left); 24 drawn with random.Random(55101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
36 event records (30 first mentions, 6 later mentions), 79 not_annotated spans, 75 entity mentions
(GPE 30, ORG 19, PERSON 17, NORP 8, LOC 1); no article without events; 11858 (Irish budget: one named dealer's
comment), 4719 (Burmese paddy report), 17448 (Bundesbank rates) and 11828 (bond issue) have reporting-clause
STATEMENTs only. Types: STATEMENT 28, SANCTION 2, RETREAT 2, ACCUSE 1, REQUEST 1, ASSAULT 1, AGREE 1;
modality: asserted 33, hypothetical 2, planned 1; precision: day 26, unknown 6, month 3, year 1. Per article
(events / not_annotated / entities): 11858 1/7/4, 2190 11/19/16, 4719 2/7/2, 19486 5/7/7, 17448 6/9/8,
17196 4/14/21, 11828 1/4/2, 16752 6/12/15.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Every repeated anchor ("said", "told", "Ortner", "European",
"UAE", "GCC", "Kuwait", "Taiwan", "U.S.", "Schlesinger", "Bundesbank", "West German", "cut", "boost",
"increase", "use") was given a context anchor; no wrong first match was found in the printed context. See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("Finance Minister Ray MacSharry", "Bundesbank Deputy
President Helmut Schlesinger": ORG + PERSON, "Treasury Secretary James Baker's": ORG + PERSON); possessive
's left out ("Ireland's", "Burma's", "Taiwan's", 'UAE"s'); "U.S." in "U.S. Dollar" / "U.S. Dlrs" is tagged
GPE (as earlier sets); the all-lower-case Surinam story is tagged as written ("surinam", "dutch", "hague" in
"the hague" without the article, as earlier sets' "the Hague"); lower-case or generic bodies ("the bank",
"the cabinet", "parliament", "the court", "the joint committee of soybean importers", "the financial daily",
"the West German central bank": only its "West German" NORP) are not tagged; fiscal aggregates ("Exchequer
Borrowing Requirement", GNP), accord and programme names (the Plaza Accord, the "Green Revolution", Baker's
debt initiative), currencies (dirham, SDR) and bond terms are not entities. Countries: Ireland GPE IRL, Ray
MacSharry PERSON IRL, Allied Irish Banks ORG IRL, John Kearney PERSON IRL; the Commerce Dept., the
Export-Import Bank and the Treasury ORG USA, Robert Ortner / Ortner and James Baker PERSON USA, "European"
NORP null, Brazil GPE BRA, Mexico GPE MEX; Burma GPE BUR (the 1987 code, as earlier sets); "surinam" GPE SUR,
"surinamese" NORP SUR, jules wijdenbosch / Wijdenbosch PERSON SUR, "dutch" NORP NLD, "hague" GPE NLD, the
"world court of justice" (the International Court of Justice) ORG null; the Bundesbank ORG DEU, Helmut
Schlesinger / Schlesinger PERSON DEU, "West German" NORP DEU, Nihon Keizai ORG JPN (a Japanese financial
daily); the United Arab Emirates / UAE GPE ARE, its capitalised "Central Bank" ORG ARE (as earlier sets'
Kuwaiti / Bangladesh "Central Bank"), Abdel Malik al-Hamar PERSON ARE, the Gulf Cooperation Council / GCC
ORG null, "Arab" NORP null, Saudi Arabia SAU, Bahrain BHR, Qatar QAT, Oman OMN, Kuwait KWT GPE, the IMF ORG
null; the Bank of Tokyo Ltd and the Bank of Tokyo International Ltd ORG JPN; Taiwan GPE TWN, Washington GPE
USA, South America LOC null, "American" NORP USA, the American Soybean Association ORG USA, Steve Chen
PERSON USA (its country director: the organisation's country, as earlier sets' company spokesmen), Reuters
ORG GBR.

Judgement calls made here:
* 11858 (Irish budget, DCT Wed 1987-04-01, DUBLIN): "Financial markets welcomed public spending cuts ...,
  saying the move would lead to lower interest rates" is market talk with no identifiable actor (EVENTS.md 4:
  skipped). The spending cuts "announced by Ireland's new minority government in its budget" and
  MacSharry's cuts reducing the Exchequer Borrowing Requirement are domestic budget policy (no type;
  the reduced relative "announced" is skipped, a STATEMENT IRL GOV arguable). 'Allied Irish Banks foreign
  exchange dealer John Kearney commented: "I would see interest rates coming down ..."' is a STATEMENT IRL
  BUS (a named dealer of a named Irish bank, as earlier sets' named analysts), DCT, DUBLIN: the only event.
* 2190 (Ortner on the yen, DCT Thu 1987-03-05, WASHINGTON): every reporting clause is a STATEMENT USA GOV
  (the Commerce undersecretary; "speaking personally" does not change his kind), DCT, WASHINGTON (EVENTS.md
  3): the lead "said" (dollar fairly priced against European currencies), "also said he believed that the
  yen was undervalued" (first mention), the quote '"I do not regard the dollar as undervalued ... against
  the yen," he said' and "On the other hand, Ortner said that he thought that 'the yen is still a little bit
  undervalued'" (restatements of the yen point: later mentions of it), "who said he was speaking
  personally" (new content: a first mention), "said he thought that the dollar against most European
  currencies was 'fairly priced'" (a later mention of the lead), "said his analysis ... was based on",
  "said there had been little impact", "He said there were indications now", "Ortner made it clear that it
  would be almost impossible for those countries [Brazil and Mexico] to earn enough foreign exchange" (an
  assessment, no demand) and "He said the best way to deal with this was to use the policies outlined in
  ... Baker's debt initiative" (endorsing a policy, not an actor: STATEMENT, EVENTS.md 6; SUPPORT USA -> USA
  arguable). The address "sponsored by the Export-Import Bank" is the setting; the Plaza Accord is a
  background nominal; the dollar's decline and the deficit's levelling off are market/statistics.
* 4719 (Burmese paddy output, DCT Fri 1987-03-13, RANGOON): "a cabinet report to parliament said" is a
  report by a named author (the cabinet: BUR GOV, EVENTS.md 4's field report; "report" part of the
  reporting clause) and "it said" its second clause: two STATEMENTs, DCT, RANGOON. "economists said" is
  anonymous-source talk; the output figures and the Green Revolution's plateau are statistics and content.
* 19486 (Surinam may take the Netherlands to court, DCT Fri 1987-06-19, PARAMARIBO): "surinam may bring the
  dutch government before the world court of justice" is a lawsuit (ACCUSE, the earlier sets' "sued" /
  legal proceedings) SUR GOV -> NLD GOV, merely considered ("may": hypothetical), undated, location the
  Hague; "said" rule-3 attribution (THREATEN on "said" arguable: a possible step announced to press the
  Dutch); "to press for a resumption" is its purpose (REQUEST SUR -> NLD arguable: skipped). "a 100 mln dlr
  aid program cut off in 1982" is an aid cut-off (SANCTION: PLOVER's reduce or stop aid) NLD GOV -> SUR GOV,
  both implied, a nominal with its own date (EVENTS.md 11): 1982, year. "Wijdenbosch told a news conference
  tuesday his government may request the court to make a judgment on the aid" is a REQUEST SUR GOV -> the
  court (null IGO), hypothetical, undated ("tuesday", 1987-06-16, dates only the telling, rule-3
  attribution; a later mention of the ACCUSE arguable). "the aid, suspended after the december, 1982
  murders" is a later mention of the cut-off with its own time expression (EVENTS.md 21): 1982-12, month
  (suspended after the December 1982 murders and, by the first mention, in 1982). "the december, 1982
  murders of 15 surinamese opposition leaders while they were in government custody" is ASSAULT by the
  Surinamese authorities (implied, SUR GOV, from "government custody") -> the opposition leaders (SUR
  PERSON), a dated nominal: 1982-12, month; the custody is stative (COERCE arguable: skipped).
* 17448 (Schlesinger on rates, DCT Mon 1987-06-01, TOKYO): "Helmut Schlesinger said the West German central
  bank had no plan to cut its three pct discount rate, Nihon Keizai newspaper reported" is a STATEMENT DEU
  GOV relayed by a newspaper with no date for the remarks (41b's Ming Pao: undated, location null), the
  paper's "reported" rule-3 attribution; "The financial daily quoted Schlesinger as saying in an
  interview" (new content: maintaining rates) and "He also told the newspaper he saw no need for
  large-scale intervention" are relayed STATEMENTs, undated ("saying" left unlisted, 41b). "Earlier,
  Schlesinger told a press conference" is wire-style speech (EVENTS.md 16: "Earlier" = DCT, date_text null),
  STATEMENT DEU GOV, TOKYO; "He also said he was satisfied with the current dollar/mark exchange rate" and
  "but added that he was not certain" are two more STATEMENTs (EVENTS.md 3), DCT, TOKYO (being satisfied
  with a rate is not SUPPORT). The rate cut, rate maintenance and intervention are monetary content.
* 17196 (UAE exchange rate and the GCC, DCT Sun 1987-04-26, ABU DHABI): al-Hamar "said any changes in the
  UAE's exchange rate policy would be carried out in conjunction with other Gulf Cooperation Council
  countries" is a STATEMENT ARE GOV (a policy stance with no addressee; AGREE / COOPERATE ARE -> GCC
  hypothetical arguable: the carrying out is skipped as content), DCT, ABU DHABI; "In a speech opening a
  seminar ..., he noted the UAE had not changed the value of the dirham" is a STATEMENT (the speech and the
  seminar are its setting; the unchanged peg is monetary content); the quote '"... changes in this policy
  depend on coordination and cooperation with other GCC countries," he said' restates the lead: a later
  mention. "The GCC states -- the UAE, Saudi Arabia, Bahrain, Qatar, Oman and Kuwait -- have agreed in
  principle to link their currencies to a common grid" is AGREE by a group of countries (own_blind3's Paris
  accord: actor1 "The GCC states" null, actor2 null; a split into six country records arguable), present
  perfect with no time expression: undated (rule 17); linking is its content. The currency links, band and
  peg are stative monetary arrangements.
* 11828 (Bank of Tokyo convertible eurobond, DCT Wed 1987-04-01, LONDON): the lead manager's "said" is a
  STATEMENT JPN BUS (own_blind2: a lead manager announcing a bond issue; the issue is corporate finance),
  DCT, LONDON; fixing the coupon, setting the conversion price and the fees are bond terms (skipped).
* 16752 (Taiwan soybean tariff cut, DCT Fri 1987-04-17, TAIPEI): the importers' committee spokesman (TWN
  ORG, a trade body) speaks in "told Reuters" (the cut should help boost U.S. exports: a forecast), "he said"
  (the cut will encourage importers) and "The spokesman said" (the import increase is in line with
  government efforts to reduce the surplus): STATEMENTs, DCT, TAIPEI. "He said the cut to 3.5 from seven pct
  was approved by the cabinet yesterday" is RETREAT TWN GOV (a tariff cut drops a trade barrier, 33b's
  Taiwan tariff cuts) on "approved", 1987-04-16 ("yesterday"), actor2 null (soybean imports in general; USA
  arguable, as most soybeans come from the U.S.), "said" rule-3 attribution; "and would go into effect
  within a week" is its later mention, planned, with its own time expression (EVENTS.md 21: the week of
  17-24 April lies in April = 1987-04, month). The opening "A 50 pct cut in the import tariff" is the
  subject of the forecast (a presupposed nominal before its first assertion: skipped; RETREAT arguable).
  "Taiwan imports more than 90 pct of its soybeans from the U.S." is habitual trade (statistics);
  "government efforts to reduce Taiwan's trade surplus" a background nominal. Steve Chen of the American
  Soybean Association "told Reuters" the tariff cut is very helpful for American suppliers: praise of a
  measure, not an actor (EVENTS.md 6): STATEMENT USA ORG, DCT, TAIPEI (SUPPORT USA -> TWN arguable).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind55b.jsonl"

DUB = ("DUBLIN", "IRL")
WAS = ("WASHINGTON", "USA")
RGN = ("RANGOON", "BUR")
HAGUE = ("the hague", "NLD")
TYO = ("TOKYO", "JPN")
AUH = ("ABU DHABI", "ARE")
LON = ("LONDON", "GBR")
TPE = ("TAIPEI", "TWN")

ORTNER = "USA", "GOV"
BURMA = "BUR", "GOV"
SCHLESINGER = "DEU", "GOV"
UAE = "ARE", "GOV"
IMPORTERS = "TWN", "ORG"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-11858": {
        "events": [
            # 0
            ("STATEMENT", "commented", ("Allied Irish Banks foreign exchange dealer John Kearney", "IRL", "BUS"), None,
             DUB, "1987-04-01", "day", None, "asserted", None,
             "a named dealer of a named Irish bank forecasts lower interest rates (as earlier sets' named "
             "analysts); DCT, dateline city"),
        ],
        "skip": [
            ("welcomed", "market talk: 'financial markets' is no identifiable actor (EVENTS.md 4)"),
            ("saying", "market talk (financial markets)"),
            ("announced", "domestic budget announced in a reduced relative (STATEMENT IRL GOV arguable)"),
            ("making cuts", "domestic budget policy (spending cuts)"),
            ("reduced", "domestic budget policy (borrowing requirement)"),
            (("lead", "would lead"), "content of the market talk"),
            ("coming down", "content of the dealer's forecast"),
        ],
        "entities": [
            ("Ireland", "GPE", "IRL"),
            ("Ray MacSharry", "PERSON", "IRL"),
            ("Allied Irish Banks", "ORG", "IRL"),
            ("John Kearney", "PERSON", "IRL"),
        ],
    },
    "reuters21578-2190": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Robert Ortner"),
             ("Commerce Dept. undersecretary of economic affairs Robert Ortner", *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", None,
             "the dollar is fairly priced against most European currencies (assessment); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "also said"), (("Ortner", "Bank, Ortner"), *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", None,
             "the yen is undervalued and could rise 10-15 pct (assessment, new content)"),
            # 2
            ("STATEMENT", ("said", "yen,\" he said"), (("he", "yen,\" he said"), *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", 1,
             "quoted restatement of the yen point (EVENTS.md 3): later mention"),
            # 3
            ("STATEMENT", ("said", "On the other hand, Ortner said"), (("Ortner", "On the other hand"), *ORTNER),
             None, WAS, "1987-03-05", "day", None, "asserted", 1,
             "quoted restatement of the yen point (still a little undervalued, up another 10-15 pct): later mention"),
            # 4
            ("STATEMENT", ("said", "who said"), (("Ortner", "In addition, Ortner"), *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", None,
             "he was speaking personally (new content: a first mention)"),
            # 5
            ("STATEMENT", ("said", "personally, said"), (("Ortner", "In addition, Ortner"), *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", 0,
             "quoted restatement of the lead (dollar 'fairly priced' against European currencies): later mention"),
            # 6
            ("STATEMENT", ("said", "Ortner said his analysis"), (("Ortner", "Ortner said his analysis"), *ORTNER),
             None, WAS, "1987-03-05", "day", None, "asserted", None,
             "his analysis is based on wage rate differentials (description)"),
            # 7
            ("STATEMENT", ("said", "Ortner said there had"), (("Ortner", "Ortner said there had"), *ORTNER),
             None, WAS, "1987-03-05", "day", None, "asserted", None,
             "the dollar's decline had little impact on the U.S. trade deficit (assessment)"),
            # 8
            ("STATEMENT", ("said", "He said there were"), (("He", "He said there were"), *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", None, "the trade deficit is levelling off (assessment)"),
            # 9
            ("STATEMENT", "made it clear", (("Ortner", "Mexico, Ortner"), *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", None,
             "Brazil and Mexico can hardly earn enough to service their debts (assessment, no demand)"),
            # 10
            ("STATEMENT", ("said", "He said the best"), (("He", "He said the best"), *ORTNER), None, WAS,
             "1987-03-05", "day", None, "asserted", None,
             "the best way is to use Baker's debt initiative policies (endorsing a policy, EVENTS.md 6; SUPPORT "
             "USA -> USA arguable)"),
        ],
        "skip": [
            (("believed", "he believed the dollar"), "part of the reporting clause (the speaker's belief)"),
            ("address", "setting of the statement (the speech)"),
            ("sponsored", "setting of the statement (the Ex-Im Bank's sponsorship of the address)"),
            (("believed", "also said he believed"), "part of the reporting clause (the speaker's belief)"),
            ("go up", "content of the statement (currency movement)"),
            ("regard", "content of the quote"),
            (("thought", "he thought that \"the yen"), "part of the reporting clause (the speaker's view)"),
            ("speaking", "content of the statement (speaking personally)"),
            (("thought", "said he thought that the dollar"), "part of the reporting clause (the speaker's view)"),
            ("based", "content of the statement"),
            (("decline", "by the decline"), "market-price movement (the dollar)"),
            ("Plaza Accord", "background nominal (the 1985 accord; AGREE arguable)"),
            ("level off", "content of the statement (trade statistics)"),
            ("Turning", "discourse frame (topic shift)"),
            ("earn", "content of the statement"),
            (("pay", "to pay the"), "content of the statement (debt service)"),
            (("deal", "way to deal"), "content of the statement"),
            (("use", "was to use"), "content of the statement (policy prescription with no actor told)"),
            ("outlined", "background (Baker's debt initiative; STATEMENT USA arguable)"),
        ],
        "entities": [
            ("Commerce Dept.", "ORG", "USA"),
            ("Robert Ortner", "PERSON", "USA"),
            ("European", "NORP", None),
            ("Export-Import Bank", "ORG", "USA"),
            (("Ortner", "Bank, Ortner"), "PERSON", "USA"),
            (("Ortner", "On the other hand"), "PERSON", "USA"),
            (("Ortner", "In addition, Ortner"), "PERSON", "USA"),
            (("European", "personally"), "NORP", None),
            (("Ortner", "Ortner said his analysis"), "PERSON", "USA"),
            (("Ortner", "Ortner said there had"), "PERSON", "USA"),
            ("U.S.", "GPE", "USA"),
            ("Brazil", "GPE", "BRA"),
            ("Mexico", "GPE", "MEX"),
            (("Ortner", "Mexico, Ortner"), "PERSON", "USA"),
            ("Treasury", "ORG", "USA"),
            ("James Baker", "PERSON", "USA"),
        ],
    },
    "reuters21578-4719": {
        "events": [
            # 0
            ("STATEMENT", ("said", "parliament said"), ("cabinet", *BURMA), None, RGN,
             "1987-03-13", "day", None, "asserted", None,
             "a cabinet report to parliament (a report by a named author, EVENTS.md 4): paddy output statistics; "
             "DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "baskets, it said"), (("it", "baskets, it said"), *BURMA), None, RGN,
             "1987-03-13", "day", None, "asserted", None, "the report's second clause (1984-85 output statistics)"),
        ],
        "skip": [
            ("fell", "statistics"),
            (("report", "cabinet report"), "part of the reporting clause (the cabinet's report)"),
            ("sparked", "content of anonymous talk (economists)"),
            ("introduction", "content of anonymous talk (domestic farm programme)"),
            ("hit a plateau", "content of anonymous talk"),
            ("levelling off", "content of anonymous talk"),
            (("said", "economists said"), "anonymous-source talk (economists)"),
        ],
        "entities": [
            ("Burma", "GPE", "BUR"),
            (("Burma", "baskets, it said"), "GPE", "BUR"),
        ],
    },
    "reuters21578-19486": {
        "events": [
            # 0
            ("ACCUSE", "bring", ("surinam", "SUR", "GOV"), ("the dutch government", "NLD", "GOV"), HAGUE,
             None, "unknown", None, "hypothetical", None,
             "may bring the Dutch government before the world court (a lawsuit, as earlier sets' 'sued'); 'may': "
             "merely considered, hypothetical; undated; 'said' rule-3 attribution (THREATEN arguable)"),
            # 1
            ("SANCTION", "cut off", (None, "NLD", "GOV"), (None, "SUR", "GOV"), None,
             "1982", "year", "1982", "asserted", None,
             "the Dutch aid programme cut off in 1982 (stopping aid; a nominal with its own date, EVENTS.md 11); "
             "both parties implied"),
            # 2
            ("REQUEST", "request", ("his government", "SUR", "GOV"), ("the court", None, "IGO"), HAGUE,
             None, "unknown", None, "hypothetical", None,
             "may request the court to judge on the aid ('may': hypothetical); 'told ... tuesday' dates only the "
             "telling (rule-3 attribution): undated; a later mention of the ACCUSE arguable"),
            # 3
            ("SANCTION", "suspended", (None, "NLD", "GOV"), (None, "SUR", "GOV"), None,
             "1982-12", "month", "december, 1982", "asserted", 1,
             "later mention of the aid cut-off with its own time expression (after the December 1982 murders, in "
             "1982: EVENTS.md 21)"),
            # 4
            ("ASSAULT", "murders", (None, "SUR", "GOV"), ("15 surinamese opposition leaders", "SUR", "PERSON"), None,
             "1982-12", "month", "december, 1982", "asserted", None,
             "the December 1982 murders of opposition leaders in government custody (a dated nominal); the "
             "authorities implied from 'government custody'"),
        ],
        "skip": [
            ("press for", "purpose of the court action (REQUEST SUR -> NLD arguable)"),
            ("resumption", "content (the aid's resumption sought)"),
            (("said", "wijdenbosch said"), "rule-3 attribution (the possible court action is the event)"),
            ("told", "rule-3 attribution (the possible request to the court is the event)"),
            ("news conference", "setting of the reporting clause"),
            ("judgment", "content of the request (the court's judgment)"),
            ("custody", "stative detention (COERCE arguable)"),
        ],
        "entities": [
            ("surinam", "GPE", "SUR"),
            ("dutch", "NORP", "NLD"),
            ("world court of justice", "ORG", None),
            ("hague", "GPE", "NLD"),
            ("jules wijdenbosch", "PERSON", "SUR"),
            ("Wijdenbosch", "PERSON", "SUR"),
            ("surinamese", "NORP", "SUR"),
        ],
    },
    "reuters21578-17448": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Bundesbank Deputy President Helmut Schlesinger", *SCHLESINGER), None, None,
             None, "unknown", None, "asserted", None,
             "no plan to cut the discount rate; relayed by a newspaper with no date for the remarks (41b's Ming "
             "Pao): undated, no location"),
            # 1
            ("STATEMENT", "quoted", (("Schlesinger", "quoted Schlesinger"), *SCHLESINGER), None, None,
             None, "unknown", None, "asserted", None,
             "the bank will try to maintain current rates ('quoted ... as saying in an interview': relayed, "
             "undated)"),
            # 2
            ("STATEMENT", ("told", "He also told"), (("He", "He also told"), *SCHLESINGER), None, None,
             None, "unknown", None, "asserted", None,
             "no need for large-scale intervention (the newspaper interview: relayed, undated)"),
            # 3
            ("STATEMENT", ("told", "Schlesinger told a press"), (("Schlesinger", "Earlier, Schlesinger"), *SCHLESINGER),
             None, TYO, "1987-06-01", "day", None, "asserted", None,
             "the Bundesbank will keep short-term rates low; 'Earlier' with a press conference: wire style, DCT "
             "(EVENTS.md 16), dateline city"),
            # 4
            ("STATEMENT", ("said", "He also said"), (("He", "He also said"), *SCHLESINGER), None, TYO,
             "1987-06-01", "day", None, "asserted", None, "satisfied with the dollar/mark rate (assessment); DCT"),
            # 5
            ("STATEMENT", "added", (("He", "He also said"), *SCHLESINGER), None, TYO,
             "1987-06-01", "day", None, "asserted", None,
             "not certain the rate is ideal ('said ... but added': a second record, EVENTS.md 3)"),
        ],
        "skip": [
            (("plan", "no plan"), "content of the statement (monetary policy)"),
            (("cut", "plan to"), "content of the statement (discount rate: monetary)"),
            ("reported", "rule-3 attribution (the newspaper relaying Schlesinger's statement)"),
            ("interview", "setting of the relayed statement"),
            ("maintain", "content of the statement (monetary)"),
            ("intervention", "content of the statement (currency intervention: monetary)"),
            ("press conference", "setting of the statement"),
            ("continue", "content of the statement (monetary policy)"),
            ("maintaining", "content of the statement (monetary policy)"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            ("Helmut Schlesinger", "PERSON", "DEU"),
            ("West German", "NORP", "DEU"),
            ("Nihon Keizai", "ORG", "JPN"),
            (("Schlesinger", "quoted Schlesinger"), "PERSON", "DEU"),
            (("Schlesinger", "Earlier, Schlesinger"), "PERSON", "DEU"),
            (("Bundesbank", "conference that the"), "ORG", "DEU"),
            (("West German", "ideal for the"), "NORP", "DEU"),
        ],
    },
    "reuters21578-17196": {
        "events": [
            # 0
            ("STATEMENT", "said",
             ("United Arab Emirates (UAE) Central Bank Governor Abdel Malik al-Hamar", *UAE), None, AUH,
             "1987-04-26", "day", None, "asserted", None,
             "exchange rate changes would be made in conjunction with the GCC (a policy stance, no addressee; "
             "AGREE/COOPERATE ARE -> GCC arguable); DCT, dateline city"),
            # 1
            ("STATEMENT", "noted", (("he", "policies, he"), *UAE), None, AUH,
             "1987-04-26", "day", None, "asserted", None,
             "the dirham's value unchanged against the dollar since 1980 (in a speech opening a seminar); DCT"),
            # 2
            ("STATEMENT", ("said", "countries,\" he said"), (("he", "countries,\" he said"), *UAE), None, AUH,
             "1987-04-26", "day", None, "asserted", 0,
             "quoted restatement of the lead (changes depend on coordination with the GCC): later mention"),
            # 3
            ("AGREE", "agreed", ("The GCC states", None, "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "the six GCC states agreed in principle to link their currencies to a common grid (a group: null "
             "actors, own_blind3's Paris accord; split by country arguable); present perfect, undated"),
        ],
        "skip": [
            (("changes", "any changes"), "content of the statement"),
            ("carried out", "content of the statement (coordination with the GCC; COOPERATE hypothetical arguable)"),
            ("speech", "part of the reporting clause (the speech)"),
            ("opening", "setting of the statement"),
            ("seminar", "setting of the statement (a seminar, no identified counterpart)"),
            ("changed", "content of the statement (currency peg: monetary, negated)"),
            ("realised", "content of the quote"),
            ("depend", "content of the quote"),
            ("coordination", "content of the quote"),
            ("cooperation", "content of the quote"),
            (("link", "to link"), "content of the agreement"),
            ("linked", "stative monetary arrangement"),
            ("fluctuate", "stative monetary arrangement"),
            (("fixed", "has been fixed"), "stative monetary arrangement (peg since 1980)"),
        ],
        "entities": [
            ("United Arab Emirates", "GPE", "ARE"),
            ("UAE", "GPE", "ARE"),
            ("Central Bank", "ORG", "ARE"),
            ("Abdel Malik al-Hamar", "PERSON", "ARE"),
            (("UAE", "changes in the UAE"), "GPE", "ARE"),
            ("Gulf Cooperation Council", "ORG", None),
            ("GCC", "ORG", None),
            (("Arab", "seminar on"), "NORP", None),
            (("UAE", "noted the UAE"), "GPE", "ARE"),
            ("U.S.", "GPE", "USA"),
            (("GCC", "cooperation with other"), "ORG", None),
            (("GCC", "The GCC states"), "ORG", None),
            (("UAE", "-- the UAE"), "GPE", "ARE"),
            ("Saudi Arabia", "GPE", "SAU"),
            ("Bahrain", "GPE", "BHR"),
            ("Qatar", "GPE", "QAT"),
            ("Oman", "GPE", "OMN"),
            ("Kuwait", "GPE", "KWT"),
            ("IMF", "ORG", None),
            (("Kuwait", "case of"), "GPE", "KWT"),
            (("UAE", "The UAE dirham"), "GPE", "ARE"),
        ],
    },
    "reuters21578-11828": {
        "events": [
            # 0
            ("STATEMENT", "said", ("lead manager Bank of Tokyo International Ltd", "JPN", "BUS"), None, LON,
             "1987-04-01", "day", None, "asserted", None,
             "a lead manager announcing a bond issue (own_blind2; the issue is corporate finance); DCT, dateline city"),
        ],
        "skip": [
            ("issuing", "corporate finance (bond issue)"),
            (("fixed", "will be fixed"), "bond terms"),
            (("set", "will be set"), "bond terms"),
            (("pay", "each pay"), "bond terms (fees)"),
        ],
        "entities": [
            ("Bank of Tokyo Ltd", "ORG", "JPN"),
            ("Bank of Tokyo International Ltd", "ORG", "JPN"),
        ],
    },
    "reuters21578-16752": {
        "events": [
            # 0
            ("STATEMENT", ("told", "importers told"), ("a spokesman for the joint committee of soybean importers",
                                                      *IMPORTERS), None, TPE,
             "1987-04-17", "day", None, "asserted", None,
             "the tariff cut should help boost U.S. soybean exports to Taiwan (forecast); DCT, dateline city"),
            # 1
            ("RETREAT", "approved", ("the cabinet", "TWN", "GOV"), None, None,
             "1987-04-16", "day", "yesterday", "asserted", None,
             "the cabinet approved the soybean tariff cut (dropping a trade barrier, 33b); actor2 null (imports in "
             "general; USA arguable); 'He said' rule-3 attribution"),
            # 2
            ("RETREAT", "go into effect", (None, "TWN", "GOV"), None, None,
             "1987-04", "month", "within a week", "planned", 1,
             "later mention: the cut would take effect within a week (own time expression, EVENTS.md 21: 17-24 "
             "April = 1987-04)"),
            # 3
            ("STATEMENT", ("said", "last year, he said"), (("he", "last year, he said"), *IMPORTERS), None, TPE,
             "1987-04-17", "day", None, "asserted", None, "the cut will encourage higher 1987 imports (forecast)"),
            # 4
            ("STATEMENT", ("said", "The spokesman said"), ("The spokesman", *IMPORTERS), None, TPE,
             "1987-04-17", "day", None, "asserted", None,
             "the import increase is in line with government efforts to cut the surplus (assessment)"),
            # 5
            ("STATEMENT", ("told", "Soybean Association"), ("Steve Chen", "USA", "ORG"), None, TPE,
             "1987-04-17", "day", None, "asserted", None,
             "the tariff cut is very helpful for American suppliers (praise of a measure, EVENTS.md 6; SUPPORT USA "
             "-> TWN arguable); DCT, dateline city"),
        ],
        "skip": [
            (("cut", "A 50 pct cut"), "presupposed nominal, subject of the forecast (RETREAT arguable)"),
            (("help", "should help"), "content of the forecast"),
            (("boost", "help boost"), "content of the forecast"),
            (("said", "He said the cut"), "rule-3 attribution (the cabinet's approval of the cut is the event)"),
            ("encourage", "content of the forecast"),
            (("increase", "importers to increase"), "content of the forecast"),
            (("imports", "Taiwan imports"), "habitual trade (statistics)"),
            (("increase", "the increase in imports"), "content of the statement (import increase)"),
            ("efforts", "background nominal (government efforts; COOPERATE TWN -> USA arguable)"),
            (("reduce", "efforts to reduce"), "content of the background nominal"),
            ("rose", "statistics (trade surplus)"),
            (("boost", "to boost their"), "content of the quote"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Taiwan", "GPE", "TWN"),
            ("Reuters", "ORG", "GBR"),
            (("Taiwan", "Taiwan imports"), "GPE", "TWN"),
            (("U.S.", "soybeans from the"), "GPE", "USA"),
            ("South America", "LOC", None),
            (("U.S.", "increase in imports from the"), "GPE", "USA"),
            (("Taiwan", "reduce Taiwan"), "GPE", "TWN"),
            ("Washington", "GPE", "USA"),
            (("U.S.", "3.61 billion"), "GPE", "USA"),
            ("American", "NORP", "USA"),
            (("Taiwan", "their exports to"), "GPE", "TWN"),
            ("Steve Chen", "PERSON", "USA"),
            ("American Soybean Association", "ORG", "USA"),
            (("Reuters", "Soybean Association"), "ORG", "GBR"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
