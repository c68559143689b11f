"""Build ``own_blind63b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind63b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2194 left); 24 drawn with random.Random(63101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
33 event records (31 first mentions, 2 later mentions), 105 not_annotated spans, 112 entity mentions
(GPE 32, PERSON 31, ORG 24, NORP 23, LOC 2); no article without events; 17010 (French sowing estimates),
888 (Japanese demand for gilts: everything else anonymous bond managers and traders) and 723 (Chemical Bank
closes its Dubai office) have reporting-clause STATEMENTs only; 9843 (Macao declaration) has AGREEs only.
Types: STATEMENT 22, REQUEST 5, AGREE 3, COOPERATE 2, RETREAT 1; modality: asserted 30, planned 3;
precision: day 28, unknown 3, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches of "he" inside "when"/"the" in 10618
fixed, the rest checked). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
titles are not part of a PERSON span ("Rep. Glenn English", "Special prosecutor Lawrence Walsh",
"retired Air Force Maj. Gen. Richard Secord": ORG "Air Force" + PERSON; "Portuguese Prime Minister Anibal
Cavaco Silve": NORP + PERSON; "Lebanese central bank Vice Governor Meguerditch Bouldikian": NORP + PERSON);
the state of "(D-Okla.)", "(R-Tex)", "(R-Minn.)", "(D-Mo.)" is a GPE USA (earlier sets' "Vt", "Neb.", "Ark."); a
person's name used as a modifier ("the English bill") is still a PERSON mention; "The U.K. Government"
gives GPE "U.K."; "Washington Post" without "The"; nationality words in currency names are tagged
("Lebanese pound": NORP); company names with their legal form, without tickers or angle brackets
("Cineplex Odeon Corp", "MCA Inc", "Allen and Co"); lower-case bodies ("a special House committee" gives
ORG "House", "the Senate committee" ORG "Senate", "Lebanese central bank" only NORP) and the possessive 's
are left out; sterling, gilts and the U.S. Treasury market ("U.S." only) are not entities.
Countries: the House Agriculture Committee, House, Senate, National Security Council / NSC, Air Force,
Securities and Exchange commission and Washington Post ORG USA; Glenn English / "English", Charles
Stenholm, Arlan Stangeland / "Stangeland", Harold Volkmer, Oliver North / "North", John Poindexter /
"Poindexter", Reagan, Lawrence Walsh / "Walsh" and Richard Secord PERSON USA; the (French) Ministry of
Agriculture ORG FRA, "French" NORP FRA; Cineplex Odeon Corp / "Cineplex" ORG CAN (the text gives no
country; the dateline TORONTO places it, as 55a's Consolidated TVX), MCA Inc, Merrill Lynch Capital Markets
and Allen and Co ORG USA, United States / "U.S." GPE USA; "Japanese" NORP JPN, Tokyo GPE JPN, "British" NORP
GBR, London and "U.K." GPE GBR, Laurie Milbank and Co ORG GBR (a London stockbroker: world knowledge, the
text gives no country; null arguable under EVENTS.md 15) and its assistant manager Machiko Suzuki PERSON GBR
(the firm's country, as 53a's Tam; JPN arguable: she speaks of "brokers here" in Tokyo); Iran GPE IRN,
"Nicaraguan" and "contra" NORP NIC (22b); China and Peking GPE CHN, New China News Agency ORG CHN, the
Pearl River LOC CHN, Portugal and Lisbon GPE PRT, "Portuguese" NORP PRT, Anibal Cavaco Silve PERSON PRT,
Macao GPE MAC (30a), Hong Kong GPE HKG; Chemical Bank, Chemical New York Corp and "Chemical" ORG USA (the
dateline NEW YORK and the name), Dubai and the United Arab Emirates GPE ARE, Bahrain GPE BHR, the Gulf LOC
null; "Lebanese" NORP LBN, Lebanon GPE LBN, Meguerditch Bouldikian / "Bouldikian" PERSON LBN, "Arab" NORP
null.

Judgement calls made here:
* 2864 (0/92 feedgrains supporters, DCT Fri 1987-03-06, WASHINGTON): "congressional sources said"
  (twice) and "economists said" are anonymous (skipped with their content); "supporters of a 0/92
  feedgrains plan said even that scaled-down version would not be equitable" and "..., they said" are two
  STATEMENTs USA GOV (the supporters are the committee members who would offer the amendments, Stangeland
  and Volkmer below; taken as identifiable legislators as an earlier set's "Senate opponents of a cutoff";
  anonymous arguable); criticism of a bill, not of an actor, and "feedgrains should be treated equally"
  asks no actor (EVENTS.md 2, 6). "An agreement has been reached to trim the bill" names no parties
  (skipped; AGREE USA -> USA undated arguable, probably the English-Stenholm deal). "English has agreed to
  support an amendment by Rep. Charles Stenholm" is AGREE USA -> USA (EVENTS.md 8: on "agreed", toward
  the amendment's author), undated (present perfect, rule 17); "whether he would also back" is a question.
  "Agricultural aides to English said" and "..., they said" are STATEMENTs (aides of a named congressman,
  as an earlier set's "An aide to Rep. Charles Schumer"), DCT; "An aide said Stangeland does not want to
  reopen the farm bill" is a STATEMENT too (Stangeland's aide by context; anonymous arguable). "Stangeland
  and Volkmer have both expressed interest in expanding the English bill" is one STATEMENT (a same-country
  compound; "have expressed" read as "have said", EVENTS.md 16: DCT). "Opponents ... argue" is an
  unidentified group in a generic present (skipped; STATEMENT, or REQUEST toward the House Agriculture
  Committee, arguable). The bill's introduction and the controversy it sparked have no type.
* 17010 (French winter cereal sowings, DCT Tue 1987-04-21, PARIS): "The Ministry of Agriculture left its
  estimates ... barely changed" and "The ministry put hard winter wheat sowings at 246,000 ha" are
  STATEMENTs FRA GOV (a statistics release by a named body; each clause with its own named actor a record),
  DCT, PARIS; the passive "were put at" / "were forecast at" (twice) have no acting actor (skipped as
  statistics, as 42a's "were estimated"; STATEMENT FRA arguable); "a February 1 estimate" and "its previous
  forecast" are background nominals (STATEMENT FRA 1987-02-01 arguable for the first); "harvested" is
  statistics.
* 10232 (Cineplex Odeon U.S. share offering, DCT Thu 1987-03-26, TORONTO): the proposed public offering
  of 3.65 mln shares, the registration statement filed with the SEC and the offer through an underwriting
  group managed by Merrill Lynch and Allen are corporate finance (skipped; COOPERATE CAN -> the underwriters
  planned arguable), so "Cineplex Odeon Corp said" and "In a registration statement ..., Cineplex said"
  are STATEMENTs CAN BUS, DCT, TORONTO. "Cineplex also said that MCA Inc, which holds a 50 pct stake in
  company, will buy one mln subordinated restricted voting shares" is COOPERATE USA BUS -> Cineplex (CAN
  BUS; a share purchase between two identified companies; corporate finance arguable), planned, undated
  (no time expression in its clause), "said" rule-3 attribution; "These shares, will be bought at the
  closing of the public offering ..., it said" is its later mention with MCA and Cineplex implied, dated
  1987-04 (month) by the offering's "late April" (placed inside a dated event, rule 3; a later mention with
  its own time anchor keeps it, EVENTS.md 21; unknown arguable), "it said" attribution.
* 888 (Japanese demand for U.K. gilts, DCT Tue 1987-03-03, TOKYO): bond managers, traders, the general
  manager of "a British securities firm" and a bond manager for "a British securities house" are
  anonymous (unnamed firms; six "said" skipped); the securities houses' inventory expansion and the
  investors' buying are market activity. The quote '"The U.K. Government is in no hurry to issue more
  bonds ...," said Laurie Milbank and Co assistant manager Machiko Suzuki' and "She said she expected the
  yield ... to dip below 9.5 pct" are STATEMENTs (an employee of a named firm), GBR BUS (the firm's country,
  see above; null arguable), DCT, TOKYO; the government's bond issuance is content.
* 3590 (Senators and Walsh on Iran testimony, DCT Wed 1987-03-11, WASHINGTON): "were in dispute today"
  is a stative description of the disagreement (skipped; REJECT/ACCUSE USA -> USA 1987-03-11 arguable);
  the Senate committee "investigating the scandal" names no target (own_dev's "probing") and its wish to
  grant limited immunity has no clear type (own_dev's "grant"); "President Reagan fired" North is a
  dismissal (not an event). "Poindexter ... resigned the same day" is RETREAT USA GOV, actor2 null, dated
  1986-11-25 by "the same day" = "November 25" (a past month before March 1987). "The Washington Post said
  over the weekend that Poindexter was ready to testify ..." is a STATEMENT USA ORG (a newspaper report,
  own_dev), "over the weekend" before Wed 11 March = 7-8 March, two days kept at the month (1987-03,
  EVENTS.md 21's weeks), no location; Poindexter telling Reagan is content, "Reagan's denial" a background
  nominal (REJECT USA undated arguable). "Special prosecutor Lawrence Walsh said he asked a special House
  committee yesterday to delay limited immunity ..." is REQUEST USA GOV -> the House committee (USA GOV),
  1987-03-10 ("yesterday"), "said" rule-3 attribution; "and would make the same request to the Senate
  committee today" is a second REQUEST (another body), planned, 1987-03-11 ("today"). "Walsh said he was
  also urging the committees to delay granting immunity for ... Secord" is REQUEST -> the committees (USA
  GOV) on "urging" (a progressive reported today, dated by the report: DCT, as round 8's "were pushing";
  the saying is the act, EVENTS.md 1, "said" not listed). "Walsh ... said premature immunity could put
  the three beyond the law" is a STATEMENT (assessment), DCT.
* 9843 (China and Portugal initial the Macao pact, DCT Thu 1987-03-26, PEKING): "China and Portugal today
  initialled a joint declaration" is AGREE CHN -> PRT (symmetric: the first-named party first), 1987-03-26
  ("today"), no place in the text; "the official New China News Agency reported" is rule-3 attribution and
  the hand-over is the declaration's content. "Portuguese Prime Minister Anibal Cavaco Silve said in Lisbon
  yesterday that China had promised that Macao's ... system will be maintained until the year 2050" is
  AGREE CHN -> Portugal (implied, PRT GOV; a promise), undated: "said in Lisbon yesterday" is rule-3
  attribution and dates the saying, not the promise (own_blind's "said in December"). (30a annotated the same
  declaration from another story: there the Peking signing on Thursday was a planned AGREE PRT -> CHN.)
* 723 (Chemical Bank closes its Dubai office, DCT Mon 1987-03-02, NEW YORK): closing its own
  representative office and centralising its Gulf activities in Bahrain are business decisions with no
  type, so "a spokeswoman said", "She said" and "the spokeswoman added" are three STATEMENTs USA BUS (a
  spokeswoman of a named company), DCT, NEW YORK.
* 10618 (Lebanese central bank official wants an Arab fund, DCT Sat 1987-03-28, ABU DHABI): "Vice
  Governor Meguerditch Bouldikian called for the establishment of an Arab fund to assist the Lebanese
  pound" is REQUEST LBN GOV -> the Arab central banks and monetary authorities his quote names (implied,
  null IGO: a group of countries' bodies; STATEMENT arguable under EVENTS.md 2), DCT, ABU DHABI (the
  conference); the quoted '"We expect a common effort between the central bank and Arab central banks ...
  to create an Arab fund ...," he said' is its later mention (a quoted restatement, EVENTS.md 3), actor2
  anchored at "Arab central banks". "Bouldikian told an Arab exchange dealers conference the bank would
  continue to take measures to defend the currency" is a STATEMENT (its own monetary measures; the audience
  is not an actor2, EVENTS.md 6); "But he said Lebanon needed foreign support ..." is a STATEMENT (an
  appeal with no identifiable actor asked, EVENTS.md 2; REQUEST toward null arguable); the government
  measures, the "war has not ended" quote and the central bank's four goals are three more STATEMENTs, all
  DCT, ABU DHABI. The unattributed quote "We believe ..." has no reporting clause (skipped); the pound's
  loss of value is a market movement and the civil war's devastation has no acting actor.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind63b.jsonl"

WAS = ("WASHINGTON", "USA")
PAR = ("PARIS", "FRA")
TOR = ("TORONTO", "CAN")
TOK = ("TOKYO", "JPN")
NYC = ("NEW YORK", "USA")
AUH = ("ABU DHABI", "ARE")

USA_GOV = "USA", "GOV"
USA_BUS = "USA", "BUS"
USA_ORG = "USA", "ORG"
FRA_GOV = "FRA", "GOV"
CAN_BUS = "CAN", "BUS"
GBR_BUS = "GBR", "BUS"
CHN_GOV = "CHN", "GOV"
PRT_GOV = "PRT", "GOV"
LBN_GOV = "LBN", "GOV"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-2864": {
        "events": [
            # 0
            ("STATEMENT", ("said", "supporters of a 0/92 feedgrains plan"),
             ("supporters of a 0/92 feedgrains plan",) + USA_GOV, None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "even the scaled-down bill would not be equitable for farmers (criticism of a bill, not of an actor: "
             "EVENTS.md 6); the supporters are the committee members who would offer 0/92 feedgrains proposals "
             "(Stangeland and Volkmer below), taken as identifiable legislators (as an earlier set's 'Senate "
             "opponents of a cutoff'; anonymous arguable); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "treated equally, they"), (("they", "treated equally,"),) + USA_GOV, None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "unless the bill covers only winter wheat, feedgrains should be treated equally (prescriptive talk "
             "with no actor asked: EVENTS.md 2); second reporting clause of the same supporters; DCT"),
            # 2
            ("AGREE", ("agreed", "English has"), (("English", "next week, sources said."),) + USA_GOV,
             ("Charles Stenholm",) + USA_GOV, None,
             None, "unknown", None, "asserted", None,
             "English has agreed to support Stenholm's amendment to narrow the bill (EVENTS.md 8: AGREE on "
             "'agreed', toward the amendment's author); present perfect, no time expression: undated (rule 17); "
             "probably the deal of 'An agreement has been reached' (skipped, no named parties)"),
            # 3
            ("STATEMENT", ("said", "Agricultural aides"), ("Agricultural aides to English",) + USA_GOV, None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "English's first choice (aides of a named congressman: identifiable, as an earlier set's 'An aide "
             "to Rep. Charles Schumer'); DCT"),
            # 4
            ("STATEMENT", ("said", "greater cutback"), (("they", "greater cutback"),) + USA_GOV, None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "English might consider a greater cutback if ... (a hypothetical position: content); second "
             "reporting clause of the aides; DCT"),
            # 5
            ("STATEMENT", "expressed", ("Rep. Arlan Stangeland (R-Minn.) and Harold Volkmer",) + USA_GOV, None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "have expressed interest in expanding the bill (a stated position on a bill, no type; a same-country "
             "compound, one record, EVENTS.md 12); 'have expressed' read as 'have said' (EVENTS.md 16): DCT"),
            # 6
            ("STATEMENT", ("said", "An aide"), ("An aide",) + USA_GOV, None, WAS,
             "1987-03-06", "day", None, "asserted", None,
             "Stangeland's position (the aide is Stangeland's by context, as the aides to English; anonymous "
             "arguable); DCT"),
        ],
        "skip": [
            (("said", "congressional"), "anonymous-source talk (congressional sources)"),
            (("delay", "will likely"), "content of anonymous talk"),
            ("offering", "content of anonymous talk"),
            (("scaled back", "Committee is"), "condition"),
            ("introduced", "introduction of a bill (domestic legislation, no type)"),
            ("sparked", "no acting actor (controversy)"),
            ("implement", "content of the bill"),
            (("agreement", "An"), "an agreement with no named parties (a domestic legislative deal, probably the "
                                  "English-Stenholm one; AGREE USA -> USA undated arguable)"),
            ("trim", "content of the agreement"),
            (("said", "next week, sources"), "anonymous-source talk (sources)"),
            (("offer", "probably not"), "content of anonymous talk"),
            (("narrowed", "If the bill is"), "condition"),
            (("support", "agreed to"), "content of the agreement"),
            (("narrow", "(R-Tex) to"), "content of the agreement"),
            (("back", "would also"), "question (whether he would back a further reduction is unclear)"),
            (("consider", "might"), "content of the statement (hypothetical)"),
            ("receive", "generic description of the 0/92 plan"),
            (("expanding", "interest in"), "content of the statement"),
            ("reopen", "content of the statement"),
            (("said", "economists"), "anonymous-source talk (economists)"),
            ("sign up", "content of anonymous talk"),
            ("argue", "unidentified group (opponents), generic present (STATEMENT, or REQUEST toward the House "
                      "Agriculture Committee, arguable)"),
            ("study", "content of the opponents' argument"),
        ],
        "entities": [
            ("House Agriculture Committee", "ORG", "USA"),
            ("Glenn English", "PERSON", "USA"),
            ("Okla.", "GPE", "USA"),
            (("English", "Unless the"), "PERSON", "USA"),
            (("English", "next week, sources said."), "PERSON", "USA"),
            ("Charles Stenholm", "PERSON", "USA"),
            ("Tex", "GPE", "USA"),
            (("English", "aides to"), "PERSON", "USA"),
            (("English", "spring wheat, then"), "PERSON", "USA"),
            ("Arlan Stangeland", "PERSON", "USA"),
            ("Minn.", "GPE", "USA"),
            ("Harold Volkmer", "PERSON", "USA"),
            ("Mo.", "GPE", "USA"),
            (("English", "expanding the"), "PERSON", "USA"),
            (("Stangeland", "An aide said"), "PERSON", "USA"),
            (("House Agriculture Committee", "premature"), "ORG", "USA"),
        ],
    },
    "reuters21578-17010": {
        "events": [
            # 0
            ("STATEMENT", "left", ("The Ministry of Agriculture",) + FRA_GOV, None, PAR,
             "1987-04-21", "day", None, "asserted", None,
             "left its winter cereal sowing estimates barely changed (a statistics release by a named body); no "
             "time expression: DCT, dateline city"),
            # 1
            ("STATEMENT", ("put", "The ministry"), ("The ministry",) + FRA_GOV, None, PAR,
             "1987-04-21", "day", None, "asserted", None,
             "put hard winter wheat sowings at 246,000 ha (a second clause of the release with its own named "
             "actor, EVENTS.md 3); DCT"),
        ],
        "skip": [
            (("estimates", "left its"), "part of the release (object of 'left')"),
            ("previous forecast", "background nominal (the ministry's earlier forecast)"),
            (("harvested", "winter cereals"), "statistics"),
            (("put", "sowings were"), "passive statistics with no acting actor (the ministry's release; STATEMENT "
                                      "FRA arguable)"),
            (("harvested", "4.57 mln ha"), "statistics"),
            (("forecast", "Winter barley plantings were"), "passive statistics with no acting actor (STATEMENT FRA "
                                                           "arguable)"),
            (("harvested", "1.41 mln"), "statistics"),
            (("estimate", "a February 1"), "background nominal (the February 1 estimate; STATEMENT FRA 1987-02-01 "
                                           "arguable)"),
            (("harvested", "actual area"), "statistics"),
            (("forecast", "Winter rape plantings were"), "passive statistics with no acting actor (STATEMENT FRA "
                                                         "arguable)"),
            (("harvested", "375,000 rpt 375,000"), "statistics"),
        ],
        "entities": [
            ("Ministry of Agriculture", "ORG", "FRA"),
            ("French", "NORP", "FRA"),
        ],
    },
    "reuters21578-10232": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Cineplex Odeon Corp",) + CAN_BUS, None, TOR,
             "1987-03-26", "day", None, "asserted", None,
             "proposed to sell 3.65 mln shares in the U.S. in late April (a public stock offering: corporate "
             "finance, no type): reporting clause; DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Cineplex said it plans"), (("Cineplex", "commission,"),) + CAN_BUS, None, TOR,
             "1987-03-26", "day", None, "asserted", None,
             "plans to offer the shares through an underwriting group (corporate finance: content); said in a "
             "registration statement of no stated date: DCT"),
            # 2
            ("COOPERATE", ("buy", "will"), ("MCA Inc",) + USA_BUS, (("company", "stake in"),) + CAN_BUS, None,
             None, "unknown", None, "planned", None,
             "MCA (a 50 pct holder) will buy one mln restricted voting shares from Cineplex (a share purchase "
             "between two identified companies; corporate finance arguable); no time expression in its clause: "
             "undated; 'Cineplex also said' rule-3 attribution"),
            # 3
            ("COOPERATE", ("bought", "will be"), (None,) + USA_BUS, (None,) + CAN_BUS, None,
             "1987-04", "month", "late April", "planned", 2,
             "later mention: the shares will be bought at the closing of the public offering, which is set for "
             "'late April' (placed inside a dated event, rule 3; EVENTS.md 21: a later mention with its own time "
             "anchor keeps it; unknown arguable); buyer MCA and seller Cineplex implied"),
        ],
        "skip": [
            ("proposed", "corporate finance (a public stock offering)"),
            (("sell", "proposed to"), "content: the stock offering (corporate finance)"),
            (("offering", "public stock"), "corporate finance nominal"),
            ("filed", "corporate filing"),
            (("offer", "plans to"), "content: share offering through underwriters (corporate finance; COOPERATE CAN "
                                    "-> underwriters planned arguable)"),
            ("managed", "stative (the underwriting group's managers)"),
            (("said", "Cineplex also"), "rule-3 attribution (MCA's purchase is the event)"),
            ("holds", "stative (existing stake)"),
            ("closing", "time anchor: the offering's closing (corporate finance)"),
            (("said", "purchase rights, it"), "rule-3 attribution (the purchase is the event)"),
        ],
        "entities": [
            ("Cineplex Odeon Corp", "ORG", "CAN"),
            ("United States", "GPE", "USA"),
            (("U.S.", "its first"), "GPE", "USA"),
            ("Securities and Exchange commission", "ORG", "USA"),
            (("Cineplex", "commission,"), "ORG", "CAN"),
            ("Merrill Lynch Capital Markets", "ORG", "USA"),
            ("Allen and Co", "ORG", "USA"),
            (("Cineplex", "Allen and Co"), "ORG", "CAN"),
            ("MCA Inc", "ORG", "USA"),
        ],
    },
    "reuters21578-888": {
        "events": [
            # 0
            ("STATEMENT", ("said", "continuing demand"), ("Machiko Suzuki",) + GBR_BUS, None, TOK,
             "1987-03-03", "day", None, "asserted", None,
             "the U.K. Government is in no hurry to issue bonds (assessment; an employee of a named firm, "
             "Laurie Milbank and Co, GBR as a London stockbroker: the text gives no country, null arguable); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "She"), ("She",) + GBR_BUS, None, TOK,
             "1987-03-03", "day", None, "asserted", None,
             "expects the 2007 gilt yield to dip below 9.5 pct (a forecast); DCT"),
        ],
        "skip": [
            (("growing", "securities is"), "market activity"),
            (("said", "bond managers"), "anonymous-source talk (bond managers)"),
            ("expanding", "market activity by unnamed securities houses"),
            (("said", "Treasury market, they"), "anonymous-source talk (bond managers)"),
            (("said", "British securities firm"), "anonymous-source talk (the manager of an unnamed firm)"),
            (("buying", "enthusiastic about"), "market activity (content of anonymous talk)"),
            (("said", "financial year, traders"), "anonymous-source talk (traders)"),
            ("convert", "generic (market practice)"),
            (("buying", "appear to be"), "market activity by unnamed investors"),
            (("said", "securities house"), "anonymous-source talk (the manager of an unnamed firm)"),
            (("said", "benefit from"), "anonymous-source talk (bond traders)"),
            (("issue", "no hurry to"), "content of the quote (domestic debt management)"),
            (("expected", "She said she"), "part of the reporting clause"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("British", "NORP", "GBR"),
            (("Japanese", "prices will firm"), "NORP", "JPN"),
            (("British", "Japanese,"), "NORP", "GBR"),
            (("U.S.", "Japanese, British and"), "GPE", "USA"),
            (("U.S.", "active on the"), "GPE", "USA"),
            (("British", "local office"), "NORP", "GBR"),
            (("Japanese", "such as"), "NORP", "JPN"),
            (("British", "enthusiastic about"), "NORP", "GBR"),
            (("Japanese", "close of the"), "NORP", "JPN"),
            (("British", "through dollars for"), "NORP", "GBR"),
            ("London", "GPE", "GBR"),
            ("Tokyo", "GPE", "JPN"),
            (("British", "bond manager for a"), "NORP", "GBR"),
            (("Tokyo", "bond traders in"), "GPE", "JPN"),
            ("U.K.", "GPE", "GBR"),
            (("U.K.", '"The'), "GPE", "GBR"),
            ("Laurie Milbank and Co", "ORG", "GBR"),
            ("Machiko Suzuki", "PERSON", "GBR"),
            (("London", "close in"), "GPE", "GBR"),
        ],
    },
    "reuters21578-3590": {
        "events": [
            # 0
            ("RETREAT", "resigned", (("Poindexter", "contra rebels."),) + USA_GOV, None, None,
             "1986-11-25", "day", "the same day", "asserted", None,
             "Poindexter resigned (a resignation: RETREAT, EVENTS.md 14: actor2 null) the same day as North's "
             "firing, 'November 25' (past month before March 1987 = 1986)"),
            # 1
            ("STATEMENT", ("said", "The Washington Post"), ("The Washington Post",) + USA_ORG, None, None,
             "1987-03", "month", "over the weekend", "asserted", None,
             "the Post reported Poindexter was ready to testify (a newspaper report, own_dev); 'over the weekend' "
             "before Wed 1987-03-11 = 7-8 March: two days, kept at the month (EVENTS.md 21's weeks)"),
            # 2
            ("REQUEST", "asked", ("Lawrence Walsh",) + USA_GOV, ("a special House committee",) + USA_GOV, None,
             "1987-03-10", "day", "yesterday", "asserted", None,
             "asked the House committee yesterday to delay immunity for North and Poindexter; 'said' rule-3 "
             "attribution"),
            # 3
            ("REQUEST", ("request", "the same"), ("Lawrence Walsh",) + USA_GOV,
             ("the Senate committee",) + USA_GOV, None,
             "1987-03-11", "day", "today", "planned", None,
             "would make the same request to the Senate committee today (a separate act toward another body: "
             "planned)"),
            # 4
            ("REQUEST", "urging", (("Walsh", "90 days"),) + USA_GOV, (("the committees", "urging"),) + USA_GOV, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "was also urging the committees to delay immunity for Secord (a progressive reported today, dated by "
             "the report as round 8's 'were pushing'); the saying is the act (EVENTS.md 1), 'said' not listed"),
            # 5
            ("STATEMENT", ("said", "criminal misconduct,"), (("Walsh", "Secord, a close"),) + USA_GOV, None, WAS,
             "1987-03-11", "day", None, "asserted", None,
             "premature immunity could put the three beyond the law (assessment); DCT, dateline city"),
        ],
        "skip": [
            ("in dispute", "stative description of a disagreement (REJECT/ACCUSE USA -> USA today arguable)"),
            (("force", "maneuver to"), "content (purpose of the immunity grant)"),
            (("diversion", "scandal and the"), "background nominal"),
            ("investigating", "investigation of a scandal, no target actor (own_dev's 'probing')"),
            ("want", "a wish (content: the immunity grant)"),
            (("grant", "want to"), "immunity grant: no clear type (own_dev), content of a wish"),
            (("force", "prosecution to"), "content (purpose)"),
            ("fired", "dismissal (not an event)"),
            (("diversion", "possibly illegal"), "background nominal (North's diversion of funds)"),
            (("testify", "ready to"), "content of the Post's report"),
            (("told", "testify that he"), "content of the Post's report (Poindexter informing Reagan)"),
            ("denial", "background nominal (Reagan's denial; REJECT USA undated arguable)"),
            (("said", "Lawrence Walsh"), "rule-3 attribution (the requests are the events)"),
            (("delay", "committee yesterday to"), "content of the request"),
            (("delay", "urging the committees to"), "content of the request"),
            ("granting", "content of the request"),
            ("determine", "generic (description of Walsh's job)"),
            (("prosecuted", "anyone should be"), "content (Walsh's job description)"),
            (("put", "could"), "content of the statement"),
            ("decide", "content of the statement"),
        ],
        "entities": [
            ("Iran", "GPE", "IRN"),
            ("Nicaraguan", "NORP", "NIC"),
            ("Senate", "ORG", "USA"),
            ("Oliver North", "PERSON", "USA"),
            ("John Poindexter", "PERSON", "USA"),
            (("North", "John Poindexter"), "PERSON", "USA"),
            ("National Security Council", "ORG", "USA"),
            ("NSC", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            (("Iran", "illegal diversion of"), "GPE", "IRN"),
            ("contra", "NORP", "NIC"),
            (("Poindexter", "contra rebels."), "PERSON", "USA"),
            (("NSC", "who was"), "ORG", "USA"),
            (("North", "director and"), "PERSON", "USA"),
            ("Washington Post", "ORG", "USA"),
            (("Poindexter", "over the weekend"), "PERSON", "USA"),
            (("Reagan", "he told"), "PERSON", "USA"),
            (("Reagan", "contrary to"), "PERSON", "USA"),
            ("Lawrence Walsh", "PERSON", "USA"),
            ("House", "ORG", "USA"),
            (("North", "immunity for"), "PERSON", "USA"),
            (("Poindexter", "immunity for North and"), "PERSON", "USA"),
            (("Senate", "same request to the"), "ORG", "USA"),
            (("Walsh", "90 days"), "PERSON", "USA"),
            ("Air Force", "ORG", "USA"),
            ("Richard Secord", "PERSON", "USA"),
            (("North", "a close"), "PERSON", "USA"),
            (("Walsh", "Secord, a close"), "PERSON", "USA"),
        ],
    },
    "reuters21578-9843": {
        "events": [
            # 0
            ("AGREE", "initialled", ("China",) + CHN_GOV, ("Portugal",) + PRT_GOV, None,
             "1987-03-26", "day", "today", "asserted", None,
             "China and Portugal initialled the joint declaration on Macao today (a symmetric agreement: the "
             "first-named party first); 'reported' by the New China News Agency is rule-3 attribution; no place "
             "in the text"),
            # 1
            ("AGREE", "promised", (("China", "yesterday that"),) + CHN_GOV, (None,) + PRT_GOV, None,
             None, "unknown", None, "asserted", None,
             "China had promised to keep Macao's system until 2050 (a promise: AGREE, toward Portugal implied, "
             "EVENTS.md 14); Cavaco Silva's 'said in Lisbon yesterday' is rule-3 attribution and dates the saying, "
             "not the promise (as own_blind's 'said in December'): undated"),
        ],
        "skip": [
            ("handed over", "content of the declaration"),
            ("reported", "rule-3 attribution (the initialling is the event)"),
            (("said", "Cavaco Silve"), "rule-3 attribution (the promise is the event)"),
            ("maintained", "content of the promise"),
        ],
        "entities": [
            ("China", "GPE", "CHN"),
            ("Portugal", "GPE", "PRT"),
            ("Macao", "GPE", "MAC"),
            ("Peking", "GPE", "CHN"),
            ("New China News Agency", "ORG", "CHN"),
            ("Portuguese", "NORP", "PRT"),
            ("Anibal Cavaco Silve", "PERSON", "PRT"),
            ("Lisbon", "GPE", "PRT"),
            (("China", "yesterday that"), "GPE", "CHN"),
            (("Macao", "promised that"), "GPE", "MAC"),
            (("Macao", "2050."), "GPE", "MAC"),
            ("Pearl River", "LOC", "CHN"),
            ("Hong Kong", "GPE", "HKG"),
        ],
    },
    "reuters21578-723": {
        "events": [
            # 0
            ("STATEMENT", ("said", "spokeswoman"), ("a spokeswoman",) + USA_BUS, None, NYC,
             "1987-03-02", "day", None, "asserted", None,
             "Chemical Bank is closing its Dubai office (closing its own office: a business decision, no type); "
             "a spokeswoman of a named company; DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "She"), ("She",) + USA_BUS, None, NYC,
             "1987-03-02", "day", None, "asserted", None, "reasons for the decision (description); DCT"),
            # 2
            ("STATEMENT", "added", (("the spokeswoman", "Dubai office,"),) + USA_BUS, None, NYC,
             "1987-03-02", "day", None, "asserted", None,
             "the Bahrain office will take over the local contact role (internal reorganisation, no type); DCT"),
        ],
        "skip": [
            ("closing", "closing its own office (business decision, no type; content of the statement)"),
            ("decision", "anaphoric nominal"),
            (("close", "decision to"), "content (the closure)"),
            (("made", "was"), "part of the anaphoric decision"),
            ("improve", "purpose clause"),
            ("centralizing", "content (internal reorganisation)"),
            ("assume", "content of the statement"),
            ("served", "stative"),
        ],
        "entities": [
            ("Chemical Bank", "ORG", "USA"),
            ("Chemical New York Corp", "ORG", "USA"),
            ("Dubai", "GPE", "ARE"),
            ("United Arab Emirates", "GPE", "ARE"),
            (("Chemical", "changes in"), "ORG", "USA"),
            ("Gulf", "LOC", None),
            ("Bahrain", "GPE", "BHR"),
            (("Bahrain", "The Bahrain"), "GPE", "BHR"),
            (("Chemical", "all of"), "ORG", "USA"),
            (("Dubai", "served by the"), "GPE", "ARE"),
        ],
    },
    "reuters21578-10618": {
        "events": [
            # 0
            ("REQUEST", "called for", ("Meguerditch Bouldikian",) + LBN_GOV, (None, None, "IGO"), AUH,
             "1987-03-28", "day", None, "asserted", None,
             "called for an Arab fund to assist the Lebanese pound: the Arab central banks and monetary "
             "authorities his quote names are asked to act (EVENTS.md 2; a group of countries' bodies, null; "
             "STATEMENT arguable); wire style: DCT, dateline city (the conference)"),
            # 1
            ("STATEMENT", "told", (("Bouldikian", "the dollar since"),) + LBN_GOV, None, AUH,
             "1987-03-28", "day", None, "asserted", None,
             "the central bank will continue to defend the currency (its own monetary measures: content); the "
             "conference audience is not an actor2 (EVENTS.md 6); DCT"),
            # 2
            ("STATEMENT", ("said", "But he"), (("he", "But"),) + LBN_GOV, None, AUH,
             "1987-03-28", "day", None, "asserted", None,
             "Lebanon needs foreign support more than ever (an appeal with no identifiable actor asked: EVENTS.md "
             "2; REQUEST toward null arguable); DCT"),
            # 3
            ("REQUEST", ("said", "when needed,"), (("he", 'needed," he said'),) + LBN_GOV,
             ("Arab central banks",) + (None, "IGO"), AUH,
             "1987-03-28", "day", None, "asserted", 0,
             "later mention: the quoted restatement of the call ('We expect a common effort ... to create an Arab "
             "fund', EVENTS.md 3)"),
            # 4
            ("STATEMENT", ("said", "Bouldikian said recent"), (("Bouldikian", "budget deficits."),) + LBN_GOV, None,
             AUH, "1987-03-28", "day", None, "asserted", None,
             "recent government measures reduced import demand (domestic policy: content); DCT"),
            # 5
            ("STATEMENT", ("said", "ended yet,"), (("he", "ended yet,"),) + LBN_GOV, None, AUH,
             "1987-03-28", "day", None, "asserted", None, "'encouraging factors, but the war has not ended' (quote); DCT"),
            # 6
            ("STATEMENT", ("said", "In the meantime, he"), (("he", "meantime, he said"),) + LBN_GOV, None, AUH,
             "1987-03-28", "day", None, "asserted", None, "the central bank's four goals (its own policy); DCT"),
        ],
        "skip": [
            ("establishment", "content of the request"),
            ("assist", "content of the request"),
            ("lost", "market-price movement"),
            (("take measures", "would continue to"), "content: the bank's own monetary measures"),
            ("defend", "content (monetary operation)"),
            (("needed", "Lebanon"), "content of the statement"),
            ("expect", "part of the quoted request"),
            ("create", "content of the request"),
            ("devastated", "no acting actor (the civil war)"),
            (("measures", "recent government"), "content: domestic policy"),
            ("reducing", "content (statistics)"),
            (("ended", "has not"), "content of the quote"),
            ("believe", "continuation of the quote with no reporting clause"),
            (("finance", "liquidity to"), "content: domestic monetary goals"),
            (("limit", "3) to"), "content: domestic monetary goals"),
            (("protect", "4) to"), "content: domestic monetary goals"),
        ],
        "entities": [
            ("Lebanese", "NORP", "LBN"),
            ("Meguerditch Bouldikian", "PERSON", "LBN"),
            ("Arab", "NORP", None),
            (("Lebanese", "assist the"), "NORP", "LBN"),
            (("Bouldikian", "the dollar since"), "PERSON", "LBN"),
            (("Arab", "told an"), "NORP", None),
            (("Lebanon", "But he said"), "GPE", "LBN"),
            (("Arab", "central bank and"), "NORP", None),
            (("Arab", "to create an"), "NORP", None),
            (("Lebanese", "sectors of the"), "NORP", "LBN"),
            (("Bouldikian", "budget deficits."), "PERSON", "LBN"),
            (("Lebanese", "benefit the"), "NORP", "LBN"),
            (("Lebanon", "Lebanese pound and"), "GPE", "LBN"),
            (("Lebanese", "transfer of"), "NORP", "LBN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
