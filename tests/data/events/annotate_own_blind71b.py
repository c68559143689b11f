"""Build ``own_blind71b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind71b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl and the stories drawn before it (2066 left); 24 drawn with random.Random(71101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
57 event records (51 first mentions, 6 later mentions), 114 not_annotated spans, 131 entity mentions
(GPE 53, ORG 37, PERSON 26, NORP 14, LOC 1); no article without events; 13899 (Belgian euro-CP), 6023
(Shearson analyst on oil stocks) and 1385 (USDA on Japanese purchases of Chinese corn) have
reporting-clause STATEMENTs only.
Types: STATEMENT 34, REQUEST 6, CONSULT 4, AGREE 3, REJECT 3, MOBILIZE 2, AID 2, SUPPORT 1, THREATEN 1,
COOPERATE 1; modality: asserted 51, planned 4, negated 2; precision: day 51, month 3, unknown 3.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; one wrong first match fixed: the skip "sent" first matched
inside "present"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline);
job titles are not part of a PERSON span ("Central Bank governor Chang Chi-cheng": ORG + PERSON; "World Bank
President Barber Conable": ORG + PERSON); company names are tagged with their legal form and without angle
brackets, tickers ("<TDK.T>", "<ROK>") are not entities; the possessive 's is left out ("Taiwan's",
"Chang's", "Brazil's", "Venezuela's", "TDK's", "Allen-Bradley's", "Colombo's", "Sri Lanka's", "India's");
"U.S." in "U.S. Dollars" / "U.S. Dlrs" / "U.S. Currency" / "U.S. corn" and "U.S. Government" is a GPE
mention (earlier sets), "Taiwan" in "Taiwan dollar" GPE TWN, "Swiss" in "Swiss francs" NORP CHE; lower-case
bodies ("parliament", "the central bank", "the cabinet", "interim committee") are not entity spans; the
London Interbank Offered Rate / Libor is a rate, the World Production and Trade Report a document (not
entities); "President (Junius) Jayewardene" gives PERSON "Jayewardene" only (the bracketed first name left
out).
Countries: Belgium GPE BEL; the London units of foreign banks take the parent's country (earlier sets'
Salomon Brothers International Ltd USA, Swiss Bank Corporation International Ltd CHE; GBR arguable, as one
set's Morgan Guaranty Ltd): First Chicago Ltd / "First Chicago" / First Chicago Clearing Centre, Chase
Investment Bank Ltd, Citicorp Investment Bank Ltd and Salomon Brothers International Ltd ORG USA, Swiss Bank
Corp International Ltd ORG CHE. The (Taiwanese) Central Bank ORG TWN, Chang Chi-cheng / "Chang" PERSON TWN,
Taiwan TWN, West Germany DEU, Japan JPN (GPE). Sanford Margoshes / "Margoshes" PERSON USA (a named analyst
of a U.S. firm), Shearson Lehman Brothers ORG USA, OPEC ORG null, Imperial Oil ORG CAN (earlier sets),
Standard Oil Co, Exxon, Chevron and Atlantic Richfield ORG USA. Venezuela GPE VEN, Jaime Lusinchi /
"Lusinchi" and Jorge Marcano / "Marcano" PERSON VEN, El Universal ORG VEN (a Caracas newspaper), Brazil
BRA and Chile CHL (GPE), Citibank ORG USA. "Japanese" NORP JPN, "Chinese" NORP CHN, the U.S. Agriculture
Department ORG USA, China CHN, USSR SUN, South Korea KOR (GPE). "Brazilian" NORP BRA, Dilson Funaro /
"Funaro", Orestes Quersia and Jose Sarney PERSON BRA, Sao Paulo GPE BRA, New York GPE USA, the International
Monetary Fund / IMF and the World Bank ORG null, Barber Conable / "Conable" PERSON null (acting for the World
Bank, earlier sets). Sri Lanka, Colombo and Jaffna GPE LKA, the Jaffna peninsula LOC LKA, India and New
Delhi GPE IND, "Indian" NORP IND, Ranasinghe Premadasa / "Premadasa" and Jayewardene PERSON LKA, the Red
Cross ORG null; ethnic groups take the country the text places them in: "Tamils" in Jaffna and the "Tamil"
minority of Sri Lanka NORP LKA, "Sinhalese" NORP LKA, "India's 50 mln Tamils" NORP IND (null arguable for
all); "Buddhist" and "Hindu" NORP null (religions, earlier sets' "Catholic" / "Moslems"). TDK Corp / "TDK"
ORG JPN (dateline TOKYO), Allen-Bradley Co Inc / "Allen-Bradley" and Rockwell International Corp ORG USA,
the joint venture Allen-Bradley/TDK Magnetics ORG USA (set up in Oklahoma), TDK Corp of America ORG USA,
"U.S.", Shawnee and Oklahoma GPE USA, "North American" NORP null (earlier sets).

Judgement calls made here:
* 13899 (Belgium's euro-CP programme, DCT Tue 1987-04-07, LONDON): the programme launch, the paper issue and
  the "signing in mid-May" of the programme are corporate finance (skipped; AGREE BEL -> the dealers planned
  1987-05 arguable for the signing), so the arranger's "First Chicago Ltd said as arranger" is a STATEMENT
  (own_blind2 / 18a's lead manager announcing an issue), USA BUS, DCT, LONDON. The dealers' and paying
  agent's roles are programme terms (no verb, not events).
* 17382 (Taiwan central bank defends dollar reserves, DCT Wed 1987-04-29, TAIPEI): "Chang Chi-cheng defended
  Taiwan's policy of holding ... reserves in U.S. Dollars" is a STATEMENT (defending a policy, not an actor,
  EVENTS.md 6), TWN GOV, DCT, TAIPEI (remarks to parliament, no time expression), "citing" its participial
  elaboration. "a call on Monday by about 20 members of the parliament who asked the government to
  diversify into other currencies" is REQUEST TWN GOV (legislators) -> the government (TWN GOV) on "asked"
  ("call" the same act, skipped), 1987-04-27 (past Monday before Wed 29 April). "The legislators said the
  bank lost ..." and "They said they expected the losses to continue" are STATEMENTs placed inside Monday's
  call (rule 3, EVENTS.md 19: the reasons given with the call; 1987-04-27, date_text "Monday", no place; DCT
  arguable). Chang's "said" (the bank cannot sell its dollars like private banks; REJECT of the
  legislators' call arguable), "he added" (the dollar is an international currency), "said" (the Central Bank
  has revised its foreign exchange rules to relax or suspend controls: domestic deregulation, content as in
  10606) and "he said" (the rules were submitted to the cabinet: internal procedure) are STATEMENTs, DCT,
  TAIPEI; "He declined to give details" is a withheld STATEMENT (negated, trigger "give").
* 6023 (Shearson analyst recommends oil stocks, DCT Tue 1987-03-17, NEW YORK): Sanford Margoshes of
  Shearson Lehman Brothers is identifiable (a named analyst of a named firm, 53a's P.S. Tam: USA BUS). Stock
  recommendations ("recommended", "recommends") have no type (skipped as content; SUPPORT toward the
  companies arguable), OPEC's holding to its own quotas and the boost to prices are content, stock-price
  rises are market movements; so the seven reporting clauses ("said" x5 including "though he said ...", the
  second clause of one sentence (EVENTS.md 3), "He said", "He noted") are STATEMENTs, DCT, NEW YORK ("today"
  dates the recommendation, the same day). The government's interest in raising the strategic reserve is
  content (hypothetical).
* 1472 (Venezuela debt targets, DCT Wed 1987-03-04, CARACAS): Marcano's "said" on the 1989 debt target and
  "He said the target ... is considered manageable" are STATEMENTs (a domestic debt target: no type), DCT.
  "The government last week reached agreement with its 13-bank advisory committee to reprogramme its ...
  rescheduling accord" is AGREE VEN GOV -> the committee (null BUS, "its creditors") on "agreement" (event
  noun after a light verb; the reprogramming its content, AID arguable), 1987-02 ("last week" from Wed 4
  March = 23 Feb-1 Mar, kept at its month, EVENTS.md 21). "In an interview with El Universal newspaper,
  Marcano said he thought U.S. Government pressure on banks had more to do with the ... agreement than
  Brazil's decision ..." is a STATEMENT (assessment), DCT, CARACAS (an interview with no time expression,
  earlier sets' wire-style call); the quote '"I think what speeded an agreement was the attitude of the
  U.S. Government, which urged several major banks to soften their position ... The Brazil announcement
  came later," he said' restates it (a later mention, EVENTS.md 3), and its relative clause "which urged
  several major banks to soften their position" is REQUEST USA GOV -> the banks (null BUS: no country
  given), undated (no time expression; "pressure" in the paraphrase is the same act, skipped). Brazil's
  payment suspension ("decision", "announcement") is background with no type (EVENTS.md 10). "Bankers
  noted Citibank had held up an agreement with Chile" is anonymous talk (skipped; REJECT USA -> CHL
  arguable); "A pact with Chile ... came a day before Venezuela's" is AGREE CHL GOV -> the implied creditor
  banks (null BUS) on "pact" (a nominal with its own predication and relative date, EVENTS.md 11), dated
  with Venezuela's last-week agreement (1987-02, month). "Marcano said a telex sent to Venezuela's 450
  creditors seeks support for the government's foreign borrowing plans" is REQUEST VEN GOV (implied: the
  government's telex) -> the creditors (null BUS), undated (the telex has no date; present tense standing
  request, the 17/18 "is seeking" call), "said" rule-3 attribution. '"We cannot rule out a trip to
  financial centres ...," he said, adding he hoped to restore credit ratings' is two STATEMENTs (EVENTS.md
  3; the trip is considered with no named counterpart: skipped, CONSULT hypothetical arguable), DCT.
  "Lusinchi said on Monday the government will limit foreign borrowing" is a STATEMENT (domestic borrowing
  policy), 1987-03-02, no place. Note: the guideline splitter treats "Venezuela's." as an initial ("s."),
  so the Chile pact and the telex request share one sentence.
* 1385 (USDA: Japan cuts China corn commitments, DCT Tue 1987-03-03, WASHINGTON): "Japanese traders have
  apparently sharply reduced commitments to buy Chinese corn" is a trade reduction with no type (skipped;
  COOPERATE negated or RETREAT arguable), so the USDA's "said" is a STATEMENT; the World Production and
  Trade Report's "the department said" (relaying anonymous traders' "indicated", skipped), the conditional
  forecast of more U.S. corn purchases ("it said") and China's export forecast ("it said") are STATEMENTs,
  all USA GOV, DCT, WASHINGTON.
* 15818 (Funaro shrugs off resignation calls, DCT Thu 1987-04-09, WASHINGTON): "Funaro shrugged off demands
  by a group of Brazilian governors that he resign" is REJECT BRA GOV -> the governors (BRA GOV; 12-14's
  "would not resign" under pressure), a verbal act in his remarks to reporters, wire style: DCT, WASHINGTON;
  the demands themselves are a presupposed nominal (skipped, EVENTS.md 11's "dockers' demands"; REQUEST BRA
  -> Funaro arguable). The quote '"At this moment I am discussing something much more serious ...," Funaro
  told reporters' is the shrugging-off itself: a later mention of the REJECT (STATEMENT arguable); its
  "discussing" / "negotiation" / "discussions" are content (the talks are coded at "talks"). "Funaro, who
  spoke today to the International Monetary Fund's interim committee" is a STATEMENT (an address; the
  audience is not actor2), 1987-04-09 ("today"), WASHINGTON. "talks he began Tuesday with creditor banks in
  New York" is CONSULT BRA GOV -> the banks (null BUS), 1987-04-07 (dated by their start), located in New
  York; "in which unveiled Brazil's economic targets and financial needs" is a STATEMENT (subject implied,
  BRA GOV) placed inside the talks (1987-04-07, New York). "The governor of Sao Paulo state Orestes Quersia
  and other governors last night called on Brazilian President Jose Sarney to assume direct control of the
  debt negotiations" is REQUEST BRA GOV -> Sarney (BRA GOV), 1987-04-08 ("last night"). The reporter's
  "Asked" question is skipped; Funaro's answer "said: 'We are building a new refinancing position ... The
  rest is secondary'" is a STATEMENT (REJECT later mention arguable), and "He added that Brazil's economic
  program clearly demonstrates ..., and added: 'The domestic problems are our business'" is two
  STATEMENTs (EVENTS.md 3), all DCT. "Funaro said discussions on Brazil's refinancing proposals were well
  under way with private creditor banks" is the later mention of the talks (CONSULT, 1987-04-07, "said"
  rule-3 attribution); "and added World Bank President Barber Conable had also accepted the proposals as 'a
  good plan'" is SUPPORT null IGO -> Brazil (an endorsement; "added" rule-3 attribution), placed in "a
  meeting they had last night" (1987-04-08), which is itself CONSULT BRA GOV (Funaro) -> Conable (null IGO),
  1987-04-08 (a nominal with its own date, EVENTS.md 11; Brazil first). "Conable ... told reporters that the
  World Bank wanted further clarifications on Brazil's economic programs" is REQUEST null IGO -> BRA GOV on
  "told" (the saying is the request), DCT, WASHINGTON; the quote '"We wish further clarification ...,"
  Conable said' is its later mention; "today's IMF interim committee meeting" is a meeting of a single body
  (skipped). "He added that a World Bank mission would travel to Brazil early next week" is CONSULT null IGO
  -> BRA GOV (visitor first), planned, 1987-04 ("early next week" = 13-17 April, month precision), located
  in Brazil, "added" rule-3 attribution.
* 17979 (Sri Lanka vs India's relief flotilla, DCT Tue 1987-06-02, COLOMBO): "Sri Lanka today ordered its
  armed forces to defend the island's territorial waters" is MOBILIZE LKA GOV (a deployment short of force),
  actor2 null (the clause names no target, EVENTS.md 14; IND arguable), 1987-06-02 ("today"); '"President
  (Junius) Jayewardene has ordered the army, navy and air force to protect the island ...," Premadasa said'
  is its later mention ("said" rule-3 attribution). "as India prepared to send a flotilla with relief
  supplies ... for the Tamils in the Jaffna peninsula" is AID IND GOV -> the Tamils (LKA, kind null), planned,
  dated 1987-06-03 by the plan's "tomorrow" two sentences on (the same sending; "prepared" skipped as the
  light verb), located in the Jaffna peninsula; "an Indian spokesman said the plan to send a flotilla ... to
  Jaffna tomorrow would go ahead despite Colombo's objections" is its later mention on "send" ("said"
  rule-3 attribution, "go ahead" and "plan" part of it; REJECT IND -> LKA for the defiance arguable).
  "that Colombo says it does not want" is REJECT LKA GOV -> India (the saying is the refusal, EVENTS.md 1),
  DCT, COLOMBO ("says" in wire style; the 17/18 "is insisting" undated call arguable); "Colombo's
  objections" is anaphoric (skipped). "Premadasa told parliament: 'We have our territorial limits and nobody
  can be allowed to trespass there ...'" is THREATEN LKA GOV -> India ("its giant neighbour", the crisis
  partner named in the same clause; a warning backed by the military order; STATEMENT arguable), DCT,
  COLOMBO. The crisis "deepened", the "confrontation" and the ethnic "conflict" are background (skipped).
* 6956 (TDK and Allen-Bradley magnet venture, DCT Thu 1987-03-19, TOKYO): "TDK Corp and Allen-Bradley Co Inc
  ... have agreed to set up a joint venture in the U.S." is AGREE JPN BUS -> USA BUS (EVENTS.md 8,
  first-named first), undated (present perfect, rule 17), "a TDK spokesman said" rule-3 attribution, "set
  up" its content. "The new company ... will be set up on April 1 at a plant ... in Shawnee, Oklahoma" is
  COOPERATE planned between the implied partners (JPN BUS -> USA BUS; a venture's formation between
  companies, 19a/26a's joint ventures; skipped as agreement content arguable), 1987-04-01 (next April 1),
  located in Shawnee, Oklahoma. The sales target and marketing by TDK's own subsidiary have no type; "TDK
  will own less than 50 pct of the venture, the spokesman said" is a STATEMENT and "without giving other
  details" a withheld STATEMENT (negated, 53a's "gave no further details"), both DCT, TOKYO.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind71b.jsonl"

LON = ("LONDON", "GBR")
TPE = ("TAIPEI", "TWN")
NYC = ("NEW YORK", "USA")
CCS = ("CARACAS", "VEN")
WAS = ("WASHINGTON", "USA")
CMB = ("COLOMBO", "LKA")
TYO = ("TOKYO", "JPN")
NY_TXT = ("New York", "USA")

USA_BUS = "USA", "BUS"
JPN_BUS = "JPN", "BUS"
TWN_GOV = "TWN", "GOV"
VEN_GOV = "VEN", "GOV"
USA_GOV = "USA", "GOV"
BRA_GOV = "BRA", "GOV"
LKA_GOV = "LKA", "GOV"
IND_GOV = "IND", "GOV"
NULL_IGO = None, "IGO"
NULL_BUS = None, "BUS"

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-13899": {
        "events": [
            # 0
            ("STATEMENT", "said", ("First Chicago Ltd",) + USA_BUS, None, LON,
             "1987-04-07", "day", None, "asserted", None,
             "the arranger announcing Belgium's euro-commercial paper programme (corporate finance: no type; "
             "own_blind2 / 18a lead-manager call); DCT, dateline city"),
        ],
        "skip": [
            ("launching", "corporate finance (euro-CP programme launch, EVENTS.md 10)"),
            (("issue", "with the"), "corporate finance (the planned paper issue)"),
            ("signing", "signing of the programme documents in mid-May: corporate finance (AGREE BEL -> the dealers "
                        "planned 1987-05 arguable)"),
            (("issued", "Paper will be"), "corporate finance (programme terms)"),
        ],
        "entities": [
            ("Belgium", "GPE", "BEL"),
            ("First Chicago Ltd", "ORG", "USA"),
            ("Chase Investment Bank Ltd", "ORG", "USA"),
            ("Citicorp Investment Bank Ltd", "ORG", "USA"),
            ("Salomon Brothers International Ltd", "ORG", "USA"),
            ("Swiss Bank Corp International Ltd", "ORG", "CHE"),
            (("First Chicago", "Swiss Bank"), "ORG", "USA"),
            ("First Chicago Clearing Centre", "ORG", "USA"),
        ],
    },
    "reuters21578-17382": {
        "events": [
            # 0
            ("STATEMENT", "defended", ("Central Bank governor Chang Chi-cheng",) + TWN_GOV, None, TPE,
             "1987-04-29", "day", None, "asserted", None,
             "defended Taiwan's policy of holding reserves in U.S. dollars (defending a policy, not an actor: "
             "STATEMENT, EVENTS.md 6); remarks to parliament with no time expression: DCT, dateline city; "
             "'citing' its participial elaboration"),
            # 1
            ("REQUEST", "asked", ("about 20 members of the parliament",) + TWN_GOV,
             (("the government", "who asked"),) + TWN_GOV, None,
             "1987-04-27", "day", "Monday", "asserted", None,
             "legislators asked the government to diversify its reserves into other currencies (a demand to a "
             "named party); 'a call on Monday' (the same act, nominal) dates it: past Monday before Wed 29 April"),
            # 2
            ("STATEMENT", ("said", "The legislators"), ("The legislators",) + TWN_GOV, None, None,
             "1987-04-27", "day", "Monday", "asserted", None,
             "the bank lost 3.8 bln dlrs (statistics) - the reasons given with Monday's call, so placed in it "
             "(rule 3, EVENTS.md 19; DCT arguable)"),
            # 3
            ("STATEMENT", ("said", "They said"), (("They", "They said"),) + TWN_GOV, None, None,
             "1987-04-27", "day", "Monday", "asserted", None,
             "the legislators expect the losses to continue (forecast), placed in Monday's call as the previous "
             "record (DCT arguable)"),
            # 4
            ("STATEMENT", ("said", "Chang said the central"), (("Chang", "Chang said the central"),) + TWN_GOV, None,
             TPE, "1987-04-29", "day", None, "asserted", None,
             "the central bank could not sell its dollars like private banks (an explanation of its policy; REJECT "
             "of the legislators' call arguable); DCT"),
            # 5
            ("STATEMENT", "added", (("he", "trading nations,\""),) + TWN_GOV, None, TPE,
             "1987-04-29", "day", None, "asserted", None, "the dollar is an international currency (assessment); DCT"),
            # 6
            ("STATEMENT", ("said", "Chang said the Central"), (("Chang", "Chang said the Central"),) + TWN_GOV, None,
             TPE, "1987-04-29", "day", None, "asserted", None,
             "the Central Bank has revised foreign exchange rules to relax controls (domestic deregulation: no "
             "type, 10606's relaxation of forex controls as content); DCT"),
            # 7
            ("STATEMENT", ("said", "for approval, he"), (("he", "for approval,"),) + TWN_GOV, None, TPE,
             "1987-04-29", "day", None, "asserted", None,
             "the revised rules were submitted to the cabinet (internal government procedure); DCT"),
            # 8
            ("STATEMENT", ("give", "declined to"), (("He", "He declined"),) + TWN_GOV, None, TPE,
             "1987-04-29", "day", None, "negated", None,
             "'He declined to give details': a withheld statement (EVENTS.md 5); DCT"),
        ],
        "skip": [
            ("citing", "participial elaboration of 'defended' (EVENTS.md 3)"),
            ("followed", "background (other countries' policies)"),
            (("held", "pct is"), "stative (reserve composition)"),
            ("remarks", "anaphoric nominal (Chang's defence)"),
            ("call", "the same act as 'asked' (nominal carrying the date)"),
            ("diversify", "content of the request"),
            ("lost", "statistics (content of the statement)"),
            (("rose", "Taiwan dollar"), "market-price movement"),
            (("expected", "they"), "part of the reporting clause (content: the forecast)"),
            (("continue", "losses to"), "content of the forecast"),
            (("sell", "could not"), "content of the statement"),
            ("trading", "content of the statement"),
            (("used", "widely"), "content of the statement"),
            (("revised", "has further"), "domestic deregulation (content of the statement)"),
            ("relax", "content (domestic deregulation)"),
            ("suspend", "content (domestic deregulation)"),
            ("submitted", "internal government procedure (rules sent to the cabinet for approval; content)"),
            ("declined", "part of the withheld statement"),
        ],
        "entities": [
            ("Central Bank", "ORG", "TWN"),
            ("Chang Chi-cheng", "PERSON", "TWN"),
            (("Taiwan", "defended"), "GPE", "TWN"),
            (("U.S.", "reserves in"), "GPE", "USA"),
            ("West Germany", "GPE", "DEU"),
            ("Japan", "GPE", "JPN"),
            (("U.S.", "56 billion"), "GPE", "USA"),
            (("West Germany", "after those of"), "GPE", "DEU"),
            (("Japan", "after those of"), "GPE", "JPN"),
            (("U.S.", "pct is held in"), "GPE", "USA"),
            (("Chang", "Chang's remarks"), "PERSON", "TWN"),
            ("Swiss", "NORP", "CHE"),
            (("U.S.", "3.8 billion"), "GPE", "USA"),
            (("Taiwan", "as the Taiwan"), "GPE", "TWN"),
            (("U.S.", "36.77 to the"), "GPE", "USA"),
            (("Taiwan", "the rising"), "GPE", "TWN"),
            (("U.S.", "dollar against the"), "GPE", "USA"),
            (("Chang", "Chang said the central"), "PERSON", "TWN"),
            (("U.S.", "could not sell the"), "GPE", "USA"),
            (("U.S.", "risky."), "GPE", "USA"),
            (("Chang", "Chang said the Central"), "PERSON", "TWN"),
            (("Central Bank", "Chang said the Central"), "ORG", "TWN"),
        ],
    },
    "reuters21578-6023": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Sanford Margoshes",) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "a named analyst of a named firm (P.S. Tam call, 53a): he recommended oil stocks today (a stock "
             "recommendation: no type; 'today' dates the recommendation, the same day); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "price of oil"), (("Margoshes", "price of oil"),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None, "OPEC will boost the price of oil (forecast); DCT"),
            # 2
            ("STATEMENT", ("said", "Margoshes said he recommends"), (("Margoshes", "OPEC quotas."),) + USA_BUS, None,
             NYC, "1987-03-17", "day", None, "asserted", None, "recommends four oil stocks (no type); DCT"),
            # 3
            ("STATEMENT", ("said", "In addition, Margoshes"), (("Margoshes", "In addition,"),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None, "recommends Atlantic Richfield short-term; DCT"),
            # 4
            ("STATEMENT", ("said", "though he"), (("he", "though"),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "'though he said he is still suspect about its debt': a second reporting clause (EVENTS.md 3); DCT"),
            # 5
            ("STATEMENT", ("said", "He said"), (("He", "He said"),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None, "market could test 16 dlrs, higher prices ahead; DCT"),
            # 6
            ("STATEMENT", "noted", (("He", "He noted"),) + USA_BUS, None, NYC,
             "1987-03-17", "day", None, "asserted", None,
             "belief in government interest in raising the strategic reserve is priced in (assessment); DCT"),
        ],
        "skip": [
            (("recommended", "said he"), "content of the statement (stock recommendation; SUPPORT toward the companies "
                                         "arguable)"),
            ("succeeded", "content (OPEC holding to its own quotas: no type)"),
            (("holding", "succeeded in"), "content (OPEC's own quotas)"),
            ("jawboning", "content of the quote"),
            ("boost", "content of the quote (forecast)"),
            (("rose", "oil stocks"), "market-price movement"),
            ("recommends", "content of the statement"),
            (("recommended", "In addition"), "content of the statement"),
            (("rose", "Atlantic Richfield"), "market-price movement"),
            ("come down", "content (market forecast)"),
            ("see higher", "content (forecast)"),
            ("raising", "content (the U.S. government's reserve purchases, hypothetical)"),
            ("factored", "stative (market pricing)"),
        ],
        "entities": [
            ("Sanford Margoshes", "PERSON", "USA"),
            ("Shearson Lehman Brothers", "ORG", "USA"),
            ("OPEC", "ORG", None),
            (("OPEC", "clear that"), "ORG", None),
            (("Margoshes", "price of oil"), "PERSON", "USA"),
            (("OPEC", "optimism about"), "ORG", None),
            (("Margoshes", "OPEC quotas."), "PERSON", "USA"),
            ("Imperial Oil", "ORG", "CAN"),
            ("Standard Oil Co", "ORG", "USA"),
            ("Exxon", "ORG", "USA"),
            ("Chevron", "ORG", "USA"),
            (("Margoshes", "In addition,"), "PERSON", "USA"),
            ("Atlantic Richfield", "ORG", "USA"),
            (("Atlantic Richfield", "debt situation."), "ORG", "USA"),
        ],
    },
    "reuters21578-1472": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Jorge Marcano"), ("public finances director Jorge Marcano",) + VEN_GOV, None, CCS,
             "1987-03-04", "day", None, "asserted", None,
             "Venezuela plans a 26.5 bln dlr foreign debt by early 1989 (a domestic debt target: no type); DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", ("said", "He said the target"), (("He", "He said the target"),) + VEN_GOV, None, CCS,
             "1987-03-04", "day", None, "asserted", None, "the target is manageable (assessment); DCT"),
            # 2
            ("AGREE", ("agreement", "reached"), ("The government",) + VEN_GOV,
             ("its 13-bank advisory committee",) + NULL_BUS, None,
             "1987-02", "month", "last week", "asserted", None,
             "reached agreement with its bank advisory committee to reprogramme the rescheduling accord (event noun "
             "after a light verb; AGREE, the reprogramming its content); 'last week' from Wed 4 March = 23 Feb-1 Mar, "
             "kept at its month (EVENTS.md 21); the committee of creditor banks has no country ('its creditors')"),
            # 3
            ("STATEMENT", ("said", "newspaper, Marcano"), (("Marcano", "newspaper,"),) + VEN_GOV, None, CCS,
             "1987-03-04", "day", None, "asserted", None,
             "U.S. pressure on banks, not Brazil's suspension, speeded the agreement (assessment); an interview with "
             "a newspaper with no time expression: wire style, DCT, dateline city (earlier sets' interview call)"),
            # 4
            ("REQUEST", "urged", (("the U.S. Government", "attitude of"),) + USA_GOV,
             ("several major banks",) + NULL_BUS, None,
             None, "unknown", None, "asserted", None,
             "the U.S. Government urged several major banks to soften their position in debt renegotiations (an "
             "identified actor's pressure, asserted in Marcano's quote in a relative clause); no time expression: "
             "undated; the banks' country is not given ('pressure' in the paraphrase skipped as the same act)"),
            # 5
            ("STATEMENT", ("said", "came later,\" he"), (("he", "came later,\""),) + VEN_GOV, None, CCS,
             "1987-03-04", "day", None, "asserted", 3,
             "later mention: the quote restates the paraphrase of the previous sentence (EVENTS.md 3)"),
            # 6
            ("AGREE", "pact", (("Chile", "A pact with"), "CHL", "GOV"), (None,) + NULL_BUS, None,
             "1987-02", "month", "last week", "asserted", None,
             "Chile's pact with its banks 'came a day before Venezuela's' (a nominal with its own predication and "
             "relative date, EVENTS.md 11): the day before last week's agreement, kept at that month; counterpart "
             "implied (creditor banks, no country)"),
            # 7
            ("REQUEST", "seeks", (None,) + VEN_GOV, ("Venezuela's 450 creditors",) + NULL_BUS, None,
             None, "unknown", None, "asserted", None,
             "a telex sent to the creditors seeks support for the borrowing plans (a request by the implied "
             "Venezuelan government); present tense, the telex undated: unknown ('is seeking' call); 'said' rule-3 "
             "attribution"),
            # 8
            ("STATEMENT", ("said", "programmes we have,\" he"), (("he", "programmes we have,\""),) + VEN_GOV, None,
             CCS, "1987-03-04", "day", None, "asserted", None,
             "cannot rule out a trip to financial centres (a trip considered, no counterpart: content); DCT"),
            # 9
            ("STATEMENT", "adding", (("he", "programmes we have,\""),) + VEN_GOV, None, CCS,
             "1987-03-04", "day", None, "asserted", None,
             "'adding he hoped to restore credit ratings': a second reporting clause (EVENTS.md 3); DCT"),
            # 10
            ("STATEMENT", ("said", "Lusinchi said"), (("Lusinchi", "Lusinchi said"),) + VEN_GOV, None, None,
             "1987-03-02", "day", "on Monday", "asserted", None,
             "the government will limit foreign borrowing (domestic borrowing policy: no type); past Monday before "
             "Wed 4 March; no place given"),
        ],
        "skip": [
            ("plans", "content of the statement (domestic debt target)"),
            ("ends", "content (end of the government's term)"),
            ("considered", "content of the statement"),
            ("assist", "content of the statement"),
            ("reprogramme", "content of the agreement (AID arguable)"),
            ("rescheduling accord", "background nominal (the earlier rescheduling)"),
            ("lowered", "content of the agreement"),
            ("interview", "part of the reporting clause"),
            ("pressure", "the same act as 'urged' (nominal in the paraphrase; REQUEST USA arguable)"),
            (("agreement", "speedy"), "anaphoric nominal"),
            ("decision", "background nominal (Brazil's payment suspension: no type, EVENTS.md 10)"),
            (("suspend", "decision to"), "content (Brazil's payment suspension)"),
            ("speeded", "content of the quote"),
            (("agreement", "what speeded an"), "anaphoric nominal"),
            ("soften", "content of the request"),
            ("renegotiations", "background nominal"),
            ("announcement", "background nominal (Brazil's payment suspension)"),
            ("noted", "anonymous-source talk (bankers)"),
            ("held up", "content of anonymous talk (REJECT USA -> CHL arguable)"),
            ("objecting", "content of anonymous talk"),
            (("said", "Marcano said a telex"), "rule-3 attribution (the telex's request is the event)"),
            (("sent", "a telex"), "part of the request (the telex)"),
            (("support", "seeks"), "content of the request"),
            ("aimed", "stative"),
            ("rule out", "content of the statement"),
            ("trip", "a trip considered, with no named counterpart (CONSULT hypothetical arguable)"),
            ("explain", "content (purpose of the trip)"),
            ("restore", "content of the statement"),
            (("limit", "will"), "content (domestic borrowing policy)"),
            ("restructured accord", "anaphoric nominal (a document)"),
        ],
        "entities": [
            ("Venezuela", "GPE", "VEN"),
            ("Jaime Lusinchi", "PERSON", "VEN"),
            ("Jorge Marcano", "PERSON", "VEN"),
            ("El Universal", "ORG", "VEN"),
            (("Marcano", "newspaper,"), "PERSON", "VEN"),
            (("U.S.", "he thought"), "GPE", "USA"),
            (("Brazil", "speedy agreement than"), "GPE", "BRA"),
            (("U.S.", "attitude of the"), "GPE", "USA"),
            (("Brazil", "The Brazil"), "GPE", "BRA"),
            ("Citibank", "ORG", "USA"),
            ("Chile", "GPE", "CHL"),
            (("Chile", "A pact with"), "GPE", "CHL"),
            (("Venezuela", "day before"), "GPE", "VEN"),
            (("Marcano", "Marcano said a telex"), "PERSON", "VEN"),
            (("Venezuela", "sent to"), "GPE", "VEN"),
            (("Lusinchi", "Lusinchi said"), "PERSON", "VEN"),
        ],
    },
    "reuters21578-1385": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Agriculture Department"), ("the U.S. Agriculture Department",) + USA_GOV, None,
             WAS, "1987-03-03", "day", None, "asserted", None,
             "Japanese traders have apparently cut commitments to buy Chinese corn (a trade reduction: no type, "
             "content); DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Trade Report, the department"), (("the department", "Trade Report,"),) + USA_GOV,
             None, WAS, "1987-03-03", "day", None, "asserted", None,
             "the department's World Production and Trade Report relays traders' view of China's supplies (a "
             "report by a named author, EVENTS.md 4); DCT"),
            # 2
            ("STATEMENT", ("said", "U.S. corn, it"), (("it", "U.S. corn,"),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "China's customers could buy more U.S. corn (conditional forecast); DCT"),
            # 3
            ("STATEMENT", ("said", "(Oct-Sept), it"), (("it", "(Oct-Sept),"),) + USA_GOV, None, WAS,
             "1987-03-03", "day", None, "asserted", None, "China's forecast corn exports (statistics); DCT"),
        ],
        "skip": [
            ("reduced", "trade reduction by Japanese traders (market activity with no type; COOPERATE negated or "
                        "RETREAT arguable)"),
            (("buy", "commitments to"), "content (the commitments)"),
            ("indicated", "anonymous-source talk (traders)"),
            ("lack", "content of anonymous talk"),
            (("sell", "unwilling to"), "content of anonymous talk"),
            ("confirmed", "condition"),
            (("increase", "could"), "content of the forecast (hypothetical purchases)"),
            (("forecast", "currently"), "passive forecast, part of the statement"),
            (("export", "forecast to"), "statistics (content)"),
        ],
        "entities": [
            ("Japanese", "NORP", "JPN"),
            ("Chinese", "NORP", "CHN"),
            ("U.S. Agriculture Department", "ORG", "USA"),
            (("China", "indicated"), "GPE", "CHN"),
            (("China", "confirmed,"), "GPE", "CHN"),
            ("USSR", "GPE", "SUN"),
            (("Japan", "USSR,"), "GPE", "JPN"),
            ("South Korea", "GPE", "KOR"),
            (("U.S.", "purchases of"), "GPE", "USA"),
            (("China", "corn, it said"), "GPE", "CHN"),
        ],
    },
    "reuters21578-15818": {
        "events": [
            # 0
            ("REJECT", "shrugged off", ("Brazilian Finance Minister Dilson Funaro",) + BRA_GOV,
             ("a group of Brazilian governors",) + BRA_GOV, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "shrugged off the governors' demands that he resign (a refusal under pressure, 12-14's 'would not "
             "resign'); a verbal act made in his remarks to reporters, wire style: DCT, dateline city"),
            # 1
            ("REJECT", "told", (("Funaro", "this one that"),) + BRA_GOV, (None,) + BRA_GOV, WAS,
             "1987-04-09", "day", None, "asserted", 0,
             "later mention: the quote is the shrugging-off itself (the negotiation matters more); STATEMENT "
             "arguable"),
            # 2
            ("STATEMENT", "spoke", (("Funaro", "Funaro, who spoke"),) + BRA_GOV, None, WAS,
             "1987-04-09", "day", "today", "asserted", None,
             "spoke today to the IMF's interim committee (an address; the audience is not actor2, EVENTS.md 6); "
             "dateline city"),
            # 3
            ("CONSULT", "talks", (("he", "talks"),) + BRA_GOV, ("creditor banks",) + NULL_BUS, NY_TXT,
             "1987-04-07", "day", "Tuesday", "asserted", None,
             "talks he began Tuesday with creditor banks in New York (dated by their start, EVENTS.md 21; past "
             "Tuesday before Thu 9 April); the banks have no country"),
            # 4
            ("STATEMENT", "unveiled", (None,) + BRA_GOV, None, NY_TXT,
             "1987-04-07", "day", "Tuesday", "asserted", None,
             "in the talks (he) unveiled Brazil's economic targets and financial needs (a presentation with no "
             "type); placed inside the talks (rule 3)"),
            # 5
            ("REQUEST", "called on", ("The governor of Sao Paulo state Orestes Quersia and other governors",) + BRA_GOV,
             ("Brazilian President Jose Sarney",) + BRA_GOV, None,
             "1987-04-08", "day", "last night", "asserted", None,
             "governors called on Sarney to take direct control of the debt negotiations; 'last night' = DCT - 1"),
            # 6
            ("STATEMENT", ("said", "negotiations, Funaro"), (("Funaro", "negotiations, Funaro"),) + BRA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "answer to a question: building a new refinancing position, the rest is secondary (REJECT later "
             "mention arguable); DCT"),
            # 7
            ("STATEMENT", ("added", "He added that"), (("He", "He added that"),) + BRA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "Brazil's programme shows its intention to renegotiate its commitments (assessment); DCT"),
            # 8
            ("STATEMENT", ("added", "committments, and"), (("He", "He added that"),) + BRA_GOV, None, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "'The domestic problems are our business': a second reporting clause (EVENTS.md 3); DCT"),
            # 9
            ("CONSULT", ("discussions", "Funaro said"), (("Funaro", "Funaro said discussions"),) + BRA_GOV,
             ("private creditor banks",) + NULL_BUS, NY_TXT,
             "1987-04-07", "day", "Tuesday", "asserted", 3,
             "later mention: the discussions with private creditor banks are the talks begun Tuesday; 'said' "
             "rule-3 attribution"),
            # 10
            ("SUPPORT", "accepted", ("World Bank President Barber Conable",) + NULL_IGO,
             (("Brazil", "discussions on"),) + BRA_GOV, None,
             "1987-04-08", "day", "last night", "asserted", None,
             "Conable accepted Brazil's proposals as 'a good plan' (an endorsement) at the meeting last night; "
             "'added' rule-3 attribution"),
            # 11
            ("CONSULT", ("meeting", "a good plan"), (("Funaro", "Funaro said discussions"),) + BRA_GOV,
             ("World Bank President Barber Conable",) + NULL_IGO, None,
             "1987-04-08", "day", "last night", "asserted", None,
             "'a meeting they had last night' (a nominal with its own date, EVENTS.md 11); Brazil first"),
            # 12
            ("REQUEST", ("told", "committee meeting"), (("Conable", "But Conable"),) + NULL_IGO,
             (("Brazil", "clarifications on"),) + BRA_GOV, WAS,
             "1987-04-09", "day", None, "asserted", None,
             "the World Bank wanted further clarifications on Brazil's programmes (a demand voiced to reporters: "
             "the saying is the request, EVENTS.md 1); wire style: DCT, dateline city"),
            # 13
            ("REQUEST", ("said", "adjustment lending"), (("Conable", "adjustment lending"),) + NULL_IGO,
             (None,) + BRA_GOV, WAS,
             "1987-04-09", "day", None, "asserted", 12,
             "later mention: the quote restates the request (EVENTS.md 3)"),
            # 14
            ("CONSULT", "travel", ("a World Bank mission",) + NULL_IGO, (("Brazil", "travel to"),) + BRA_GOV,
             ("Brazil", "BRA"), "1987-04", "month", "early next week", "planned", None,
             "a World Bank mission will travel to Brazil (visitor first); 'early next week' from Thu 9 April = "
             "13-17 April, kept at its month (EVENTS.md 21); 'added' rule-3 attribution"),
        ],
        "skip": [
            ("demands", "background nominal (the governors' resignation demands; REQUEST BRA -> Funaro arguable, "
                        "EVENTS.md 11's 'dockers' demands')"),
            ("resign", "content of the demands"),
            ("discussing", "content of the quote (the talks, coded at 'talks')"),
            ("negotiation", "content of the quote"),
            (("discussions", "entirely to the"), "content of the quote"),
            ("referring", "part of the speech (what the quote referred to)"),
            ("assume", "content of the request"),
            ("Asked", "a question"),
            (("demands", "governors'"), "anaphoric nominal"),
            ("affect", "content of the question"),
            ("building", "content of the quote"),
            ("demonstrates", "content of the statement"),
            ("renegotiate", "content of the statement"),
            (("said", "Funaro said discussions"), "rule-3 attribution (the talks are the event)"),
            (("added", "well under way"), "rule-3 attribution (the endorsement is the event)"),
            (("meeting", "interim committee meeting"), "internal meeting of a single body (the IMF interim committee)"),
            ("wanted", "part of the request"),
            (("added", "He added that a"), "rule-3 attribution (the planned mission is the event)"),
            ("explore", "content (purpose of the mission)"),
        ],
        "entities": [
            ("Brazilian", "NORP", "BRA"),
            ("Dilson Funaro", "PERSON", "BRA"),
            (("Brazilian", "group of"), "NORP", "BRA"),
            (("Brazil", "serious for"), "GPE", "BRA"),
            (("Funaro", "this one that"), "PERSON", "BRA"),
            (("Funaro", "Funaro, who spoke"), "PERSON", "BRA"),
            ("International Monetary Fund", "ORG", None),
            (("Brazil", "unveiled"), "GPE", "BRA"),
            ("New York", "GPE", "USA"),
            ("Sao Paulo", "GPE", "BRA"),
            ("Orestes Quersia", "PERSON", "BRA"),
            (("Brazilian", "called on"), "NORP", "BRA"),
            ("Jose Sarney", "PERSON", "BRA"),
            (("Funaro", "affect negotiations,"), "PERSON", "BRA"),
            (("Brazil", "He added that"), "GPE", "BRA"),
            (("Funaro", "Funaro said discussions"), "PERSON", "BRA"),
            (("Brazil", "discussions on"), "GPE", "BRA"),
            ("World Bank", "ORG", None),
            ("Barber Conable", "PERSON", None),
            (("Conable", "But Conable"), "PERSON", None),
            ("IMF", "ORG", None),
            (("World Bank", "reporters that the"), "ORG", None),
            (("Brazil", "clarifications on"), "GPE", "BRA"),
            (("Conable", "adjustment lending"), "PERSON", None),
            (("World Bank", "He added that a"), "ORG", None),
            (("Brazil", "travel to"), "GPE", "BRA"),
            (("Brazil", "state of"), "GPE", "BRA"),
        ],
    },
    "reuters21578-17979": {
        "events": [
            # 0
            ("MOBILIZE", "ordered", ("Sri Lanka",) + LKA_GOV, None, None,
             "1987-06-02", "day", "today", "asserted", None,
             "Sri Lanka ordered its armed forces to defend its territorial waters (a military deployment short of "
             "force); actor2 null: the clause names no target (EVENTS.md 14; India arguable)"),
            # 1
            ("AID", "send", (("India", "as India"),) + IND_GOV, ("the Tamils",) + ("LKA", None),
             ("the Jaffna peninsula", "LKA"), "1987-06-03", "day", "tomorrow", "planned", None,
             "India prepared to send a flotilla with relief supplies for Jaffna's Tamils (relief: AID, planned); "
             "dated by the plan's 'tomorrow' (the same sending, two sentences on)"),
            # 2
            ("REJECT", "says", (("Colombo", "supplies that"),) + LKA_GOV, (("India", "as India"),) + IND_GOV, CMB,
             "1987-06-02", "day", None, "asserted", None,
             "Colombo says it does not want the relief supplies (a refusal: the saying is the act, EVENTS.md 1); "
             "wire-style present: DCT, dateline city ('is insisting' undated call arguable)"),
            # 3
            ("THREATEN", "told", ("Prime Minister Ranasinghe Premadasa",) + LKA_GOV,
             ("its giant neighbour",) + IND_GOV, CMB,
             "1987-06-02", "day", None, "asserted", None,
             "'nobody can be allowed to trespass there' told to parliament amid the crisis with India: a warning "
             "backed by the military order (STATEMENT arguable); wire style: DCT, dateline city"),
            # 4
            ("MOBILIZE", ("ordered", "Jayewardene has"), ("President (Junius) Jayewardene",) + LKA_GOV, None, None,
             "1987-06-02", "day", "today", "asserted", 0,
             "later mention: Jayewardene ordered the forces to protect the island (quoted by Premadasa, 'said' "
             "rule-3 attribution); takes the first mention's date"),
            # 5
            ("AID", ("send", "the plan to"), (None,) + IND_GOV, (None,) + ("LKA", None), ("Jaffna", "LKA"),
             "1987-06-03", "day", "tomorrow", "planned", 1,
             "later mention: the plan to send the flotilla with Red Cross supplies to Jaffna tomorrow will go ahead; "
             "the Indian spokesman's 'said' rule-3 attribution"),
        ],
        "skip": [
            ("defend", "content of the order"),
            ("prepared", "part of the planned aid (light verb)"),
            (("want", "does not"), "part of the refusal"),
            ("crisis", "background nominal"),
            ("deepened", "no actor (the crisis)"),
            ("trespass", "content of the warning"),
            (("said", "Premadasa said"), "rule-3 attribution (the order is the event)"),
            ("applause", "audience reaction"),
            ("protect", "content of the order"),
            (("said", "Indian spokesman"), "rule-3 attribution (the planned flotilla is the event)"),
            ("plan", "nominal: part of the planned aid"),
            ("go ahead", "the same planned aid (coded at 'send')"),
            ("objections", "anaphoric nominal (Colombo's refusal)"),
            ("confrontation", "anaphoric nominal"),
            ("conflict", "background nominal (the ethnic conflict, no date)"),
        ],
        "entities": [
            ("Sri Lanka", "GPE", "LKA"),
            ("India", "GPE", "IND"),
            (("Colombo", "supplies that"), "GPE", "LKA"),
            ("Tamils", "NORP", "LKA"),
            ("Jaffna peninsula", "LOC", "LKA"),
            (("Sri Lanka", "crisis between"), "GPE", "LKA"),
            ("Ranasinghe Premadasa", "PERSON", "LKA"),
            ("Jayewardene", "PERSON", "LKA"),
            (("Premadasa", "Premadasa said"), "PERSON", "LKA"),
            ("New Delhi", "GPE", "IND"),
            ("Indian", "NORP", "IND"),
            ("Red Cross", "ORG", None),
            (("Jaffna", "supplies to"), "GPE", "LKA"),
            (("Colombo", "despite"), "GPE", "LKA"),
            (("Sri Lanka", "conflict between"), "GPE", "LKA"),
            ("Buddhist", "NORP", None),
            ("Sinhalese", "NORP", "LKA"),
            ("Hindu", "NORP", None),
            (("Tamil", "Hindu"), "NORP", "LKA"),
            (("India", "links with"), "GPE", "IND"),
            (("Tamils", "50 mln"), "NORP", "IND"),
        ],
    },
    "reuters21578-6956": {
        "events": [
            # 0
            ("AGREE", "agreed", ("TDK Corp",) + JPN_BUS, ("Allen-Bradley Co Inc",) + USA_BUS, None,
             None, "unknown", None, "asserted", None,
             "have agreed to set up a joint venture in the U.S. (EVENTS.md 8: AGREE on 'agreed', first-named "
             "first); present perfect, no time expression: undated (rule 17); 'said' rule-3 attribution"),
            # 1
            ("COOPERATE", ("set up", "will be"), (None,) + JPN_BUS, (None,) + USA_BUS,
             ("Shawnee, Oklahoma", "USA"), "1987-04-01", "day", "April 1", "planned", None,
             "the new company will be set up on April 1 (the venture's formation between the two companies, "
             "implied; 19a/26a's joint-venture set-up as COOPERATE; skipped as agreement content arguable); next "
             "April 1 from Thu 19 March; located at the Shawnee plant"),
            # 2
            ("STATEMENT", ("said", "the venture, the spokesman"), (("the spokesman", "the venture,"),) + JPN_BUS, None,
             TYO, "1987-03-19", "day", None, "asserted", None,
             "TDK will own less than 50 pct (venture structure: no type); DCT, dateline city"),
            # 3
            ("STATEMENT", "giving", (("the spokesman", "the venture,"),) + JPN_BUS, None, TYO,
             "1987-03-19", "day", None, "negated", None,
             "'without giving other details': a withheld statement (EVENTS.md 5, 53a's 'gave no further details'); "
             "DCT"),
        ],
        "skip": [
            (("said", "TDK spokesman"), "rule-3 attribution (the agreement is the event)"),
            (("set up", "agreed to"), "content of the agreement (EVENTS.md 8)"),
            ("operated", "background (the plant's former use)"),
            ("targets", "corporate sales target (no type)"),
            ("marketed", "distribution by TDK's own subsidiary (no counterpart)"),
            (("own", "TDK will"), "content of the statement (ownership share)"),
        ],
        "entities": [
            ("TDK Corp", "ORG", "JPN"),
            ("Allen-Bradley Co Inc", "ORG", "USA"),
            ("Rockwell International Corp", "ORG", "USA"),
            (("U.S.", "venture in the"), "GPE", "USA"),
            ("North American", "NORP", None),
            (("TDK", "American market, a"), "ORG", "JPN"),
            ("Allen-Bradley/TDK Magnetics", "ORG", "USA"),
            (("Allen-Bradley", "operated by"), "ORG", "USA"),
            ("Shawnee", "GPE", "USA"),
            ("Oklahoma", "GPE", "USA"),
            (("TDK", "marketed by"), "ORG", "JPN"),
            ("TDK Corp of America", "ORG", "USA"),
            (("TDK", "TDK will own"), "ORG", "JPN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
