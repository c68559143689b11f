"""Build ``own_blind41a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind41a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,587 left; also minus the 48 stories drawn for own_blind38-40, 2,539 left); 24 drawn with random.Random(41101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
41 event records (39 first mentions, 2 later mentions), 105 not_annotated spans, 95 entity mentions
(ORG 48, NORP 21, GPE 17, PERSON 8, LOC 1); no article without events; 3437 (Poles held), 19626 (BET
listings), 16977 (Bundesbank) and 855 (CBT volume) have two records each, 1796 (SEMATECH) twelve
reporting-clause STATEMENTs. Types: STATEMENT 24, CONSULT 7, AGREE 3, COERCE 2, SANCTION 2, REJECT 2,
REQUEST 1; modality: asserted 35, negated 4, planned 2; precision: day 27, unknown 12, year 1, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context). Three wrong first matches were fixed: the SNB's trigger
"said" matching the dealers' "said" of the lead and the skip ("said", "on Saturday") matching the later
"police said" instead of Kyodo's "said on Saturday" (both caught by the overlap assertion), and the
actor "The Bundesbank" of the withheld comment matching the lead's "The Bundesbank intervened" (caught
in the printed context). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Charles Sporck, president
of National Semiconductor Corp": the PERSON and the ORG; "Toshiba Corp senior vice-president Osamu
Iemura": ORG "Toshiba Corp" + PERSON; "Paul Low, an IBM executive": PERSON + ORG "IBM"); a body with its
country word is one ORG span ("U.S. Defence Department", "U.S. Air Force", as 34b/37a), the bare
"Defense Department" ORG USA; bracketed company names are tagged without the brackets, tickers left out
(34b); a nested country word inside a company name is not tagged ("Nissho Iwai Coal Development
(Canada) Ltd" one ORG span CAN, as 35a's Bank of France); a subsidiary takes the country its name gives
(28b/34b: Nissho Iwai Coal Development (Canada) Ltd and the short "Nissho Iwai Coal" CAN, its parent
Nissho Iwai Corp "of Japan" JPN); Teck Corp, Rornex Mining Corp Ltd, Quintette Coals Ltd and Gregg River
Co Ltd ORG CAN (by context: the Bull Moose sellers and "several Canadian exporters", as 34b's Pioneer
Sugar), Nippon Kokan KK ORG JPN (a Japanese steelmaker, by context); the Bull Moose mine is a facility
and not tagged (20a's SPR), nor is "Bull Moose coal"; British Columbia, Canada GPE CAN; "Canadian" in
"Canadian dlrs" NORP CAN (21b/27b/28b) and "American" in "American Depositary Receipts" NORP USA (the same
call for a nationality word in a financial instrument's name); "Japanese", "Polish", "Spanish",
"Italian", "German" and "Canadian" NORP of their country, also the noun "a naturalised Japanese" NORP
JPN; "European" (the European session) NORP null (19b/35a), "Communist" (states) NORP null (32a);
Tokyo, Japan GPE JPN, Poland GPE POL, the Soviet Union GPE SUN, New York GPE USA and Toronto GPE CAN in
"the New York and Toronto stock exchanges" (lower-case exchanges: only the cities), London GPE GBR in
"Friday's London closing price", North America LOC null (20a's continents); Montedison Spa / Montedison
ORG ITA, Antibioticos SA / Antibioticos ORG ESP ("Spanish pharmaceuticals company"), Reuters ORG GBR;
BET Plc and every "BET" (also in "new BET shares", "four BET shares", as 37a's "Bank trading") ORG GBR;
the Bundesbank ORG DEU, the Swiss National Bank ORG CHE, "U.S." in "the U.S. Currency" GPE USA (as
"U.S." in "U.S. Dlrs", 21b); the Semiconductor Industry Association, SEMATECH (a consortium of U.S.
firms), National Semiconductor Corp, International Business Machines Corp / IBM ORG USA, Charles Sporck
and Paul Low PERSON USA (officers of U.S. firms); Toshiba Corp, every "Toshiba", Toshiba Machine Co Ltd /
"Toshiba Machine", C. Itoh and Co Ltd and Kyodo News Agency ORG JPN, Osamu Iemura PERSON JPN, the weekly
magazine U.S. News and World Report one ORG span USA ("U.S." inside it not tagged); the Chicago Board of
Trade / CBT ORG USA; "Treasury" in "Treasury bond futures" (a security's name, 20a) and the Major Market
Index (an index, 17a/37a) are not entities; currencies (dlrs, lire, yen, dollar, stg) and lower-case or
generic bodies ("Police", "the authorities in North America", "Spanish authorities": only "Spanish",
"the government", "the exchange", "the consortium") are not tagged.

Judgement calls made here:
* 18500 (Bull Moose coal price, DCT Thu 1987-06-18, TOKYO): "Members of the Bull Moose coking coal mine
  ... agreed to cut the base price they charge Japanese steelmakers ... for the year from April 1" is
  AGREE CAN BUS -> JPN BUS on "agreed" (the cut its content, EVENTS.md 8), undated: "for the year from
  April 1" dates the price period, not the agreement (34b's Zaire quota "for 12 months from March 1");
  "an official at a company involved in the deal said" is rule-3 attribution (the official is named as
  Nippon Kokan's in the next sentence). "The Nippon Kokan KK official said the cut was agreed" is its
  later mention (both parties implied, "said" attribution), and "after five months of talks between Teck
  Corp, Rornex Mining Corp Ltd and Nissho Iwai Coal Development (Canada) Ltd" a CONSULT: the three Bull
  Moose partners as one same-country actor (EVENTS.md 12; first-named Teck as the span) -> the Japanese
  buyers implied (EVENTS.md 14), a nominal with its own participants (EVENTS.md 11), undated (a duration
  before the agreement; 30b skipped "months of intense negotiations" as a background duration, so this
  record is arguable). "He said the Japanese side would continue to ask the miners to improve the
  quality of Bull Moose coal's ash specification" is REQUEST JPN BUS -> CAN BUS, planned, undated, "said"
  attribution (37a's "Japan would complain ...": planned, undated). The rest is relayed by "industry
  sources" (anonymous, their "said" and "they said" skipped) but names its agents, so the acts are coded
  (23b/35a): "Japanese steel mills and several Canadian exporters ... have had several rounds of
  negotiations on coking coal base prices this year" is CONSULT JPN -> CAN (first-named first; the event
  noun after "have had"), 1987 at year precision, a first mention (it covers several exporters, so not a
  later mention of the Bull Moose talks; same_as arguable); "The Japanese steel firms started a new round
  of base price talks with Quintette Coals Ltd yesterday" is CONSULT JPN -> CAN on "talks" ("started"
  skipped as aspectual, 20a's "began"), 1987-06-17; "while discussions with Gregg River Co Ltd will be
  held later this month" is CONSULT JPN (implied: the same steel firms) -> CAN, planned, 1987-06 (month).
  Quintette and Gregg River are taken as Canadian by context (the "Canadian exporters" of the story). The
  Nissho Iwai ownership is stative.
* 3437 (Poles held in Japan, DCT Mon 1987-03-09, TOKYO; the dateline's "March 10" is Tokyo's next day,
  the DCT is published_at's date, GUIDELINES.md): "Police arrested two Polish citizens for trying to
  steal Japanese computer technology, local media reports said today" is COERCE JPN GOV (the police,
  Japanese by context) -> POL PERSON; the unnamed local media are anonymous (12a/16b/31b: their "said"
  skipped) but the act names its agent and target, so it is coded (23b/35a; the story's only act);
  "today" governs the reports' saying, not the arrest: undated (own_blind's "said in December ... had
  held discussions"); the attempted theft is the arrest's grounds (skipped). What "The reports said" and
  "One report said" (the two had worked at a Tokyo company, "visited Japanese computer makers several
  times after coming to Japan on tourist visas last October", their institute and the company's manager)
  is the background of the charge from anonymous reports: skipped (CONSULT POL -> JPN on "visited",
  1986-10 or undated, arguable; the travel has no type). "Police officials declined to comment on the
  reports" is a withheld STATEMENT (JPN GOV, negated, DCT 1987-03-09, TOKYO).
* 497 (Montedison / Antibioticos, DCT Mon 1987-03-02, MILAN): "Montedison Spa said it has concluded its
  negotiations with Spanish pharmaceuticals company Antibioticos SA" is CONSULT ITA BUS -> ESP BUS on
  "negotiations" (the talks happened; "concluded" skipped as their ending, as 5a's collapsed talks coded
  on "talks"; an AGREE reading of a successful conclusion is arguable), undated (present perfect, rule
  17), "said" rule-3 attribution; the spokesman's quoted "We have concluded the talks" (told Reuters) is
  its later mention, and "we are now awaiting authorization from Spanish authorities" a pending
  regulatory approval (a condition, skipped). "He declined to comment further" is a withheld STATEMENT
  (negated, DCT, MILAN). "Earlier today the Italian company postponed a scheduled press conference on its
  talks" has no type (its own press conference put off; skipped). "An Italian press report today said
  Montedison has agreed to acquire Antibioticos for 500 billion lire" is AGREE ITA -> ESP on "agreed"
  (EVENTS.md 8, the acquisition content), relayed by an unnamed press report (its "said" skipped as
  anonymous; the act coded as 23b/35a's relayed acts, although 12a and 16b left unconfirmed press-report
  content out: arguable), undated ("today" dates the report).
* 19626 (BET listings, DCT Mon 1987-06-29, LONDON): applying for stock-exchange listings, filing a
  registration statement, the share issue cleared at the shareholders' extraordinary meeting (an internal
  meeting of the company; "on March 19" dates it) and the ADR offering are corporate finance (EVENTS.md
  10: filings, issues), so "BET Plc said" and "BET said" are two STATEMENTs (GBR BUS, DCT, LONDON).
* 16977 (Bundesbank intervention, DCT Tue 1987-04-21, FRANKFURT): the Bundesbank's intervention is a
  monetary operation reported by anonymous dealers (both "dealers said" skipped with their content,
  12a/15b). "immediately after news the Swiss National Bank said it joined concerted intervention to sell
  yen for dollars" is a STATEMENT by the SNB (CHE GOV; the intervention is monetary, so the reporting
  clause is the record, as 13b's "it said it had intervened"), wire style with no time expression: DCT;
  location the dateline city FRANKFURT by the rule's default (the SNB spoke in Switzerland; location is
  not scored); "They were responding to enquiries" has no type. "The Bundesbank had no immediate comment
  on the reports" is a withheld STATEMENT (DEU GOV, negated, DCT, FRANKFURT; 37a's "has no immediate
  comment").
* 1796 (SEMATECH, DCT Wed 1987-03-04, WASHINGTON): the SEMATECH plan is cooperation among unnamed U.S.
  firms (no identified counterpart: COOPERATE USA -> USA planned arguable, skipped as content), so every
  reporting clause is a STATEMENT (USA, DCT, WASHINGTON: the news conference has no place in the text):
  "the plan's backers said" (an assessment: the plan could conflict with anti-monopoly law; the backers
  of a named plan, the SIA's, taken as identifiable, anonymous arguable), "The Semiconductor Industry
  Association announced at a news conference a plan for a consortium" (an announcement of an action with
  no type, rule 4; ORG: a trade association), Sporck's answer "That is a possibility" (the question
  skipped), "Sporck said the Defense Department had a strong interest", "he declined to estimate how much
  would be sought from the government" (a withheld STATEMENT, negated, on "estimate" as own_dev's
  "name"; the funding request to the government is content, REQUEST hypothetical arguable), "Sporck said
  the group hopes to have an operational plan ready by June 1" ("June 1" governs the plan), "The
  consortium could be operating by the end of the year ..., he said" (a forecast; the preceding "Then it
  will search for a site ..." has no reporting verb and is skipped as the continuation of Sporck's
  account), "International Business Machines Corp hopes to participate in the effort, Paul Low, an IBM
  executive, said" (joining a consortium of unnamed firms: COOPERATE hypothetical arguable, skipped),
  "He said the project suppliers ... would be invited to participate" (unnamed invitees), "Sporck said no
  decision was made on what product would be produced", its "stressing that the emphasis was on
  developing technology and sharing that with firms which belonged to SEMATECH" (a second record, as
  "adding", EVENTS.md 3; a participial elaboration of the same act, skipped, arguable) and "Other aspects
  were still undecided ..., he said": 12 STATEMENTs (one negated).
* 17453 (Toshiba, DCT Mon 1987-06-01, TOKYO): the lead's "A senior Toshiba Corp executive said he hoped
  the alleged illegal export ... would not hurt the parent company's exports to the U.S." and "Toshiba
  Machine 'is a completely independent company ...,' ... Osamu Iemura told a press conference" are two
  STATEMENTs (different content; the splitter keeps them in one sentence because "U.S." ends the first),
  '"We want to have that fact understood overseas," he said' a third, and "Iemura said he had no
  information to suggest the U.S. Defence Department had broken off talks with Toshiba ..." a fourth (a
  lack of knowledge, not a denial: 12a's "no knowledge of talks"; REJECT arguable; the broken-off talks
  content), all JPN BUS, DCT, TOKYO. The illegal exports to the Soviet Union are background nominals
  (32a: COOPERATE JPN -> SUN arguable), "alleged" by unnamed parties. "Kyodo News Agency, quoting the
  weekly magazine U.S. News and World Report, said on Saturday the U.S. Air Force had decided to cancel an
  agreement to buy 100 mln dlrs worth of computers because of Toshiba Machine's illegal exports" is
  SANCTION USA MIL -> Toshiba (implied, JPN BUS) on "decided" (a punitive cut in purchases from a named
  party; 12b/13a/16b put a decision to act on "decided"; RETREAT, a withdrawal from an agreement,
  arguable), asserted, undated ("on Saturday", 1987-05-30, dates Kyodo's report, whose "said" and
  "quoting" are attribution); the cancelled agreement is a background nominal. '"We have no contract. The
  U.S. Defence Department has been negotiating for procurement with several companies including
  Toshiba," Iemura said' is REJECT (a denial of the reported cancellation) toward the report's authors,
  split by country as 32b's denial of Irish and British press reports: Kyodo (JPN ORG) and U.S. News and
  World Report (USA ORG), DCT (STATEMENT arguable); and "The U.S. Defence Department has been
  negotiating ... with ... Toshiba" is CONSULT USA MIL -> JPN BUS (negotiations with a named party),
  asserted, undated (present perfect progressive, a standing activity, 17a). "Last week, police said they
  had arrested two Toshiba Machine employees on suspicion of illegally exporting ..." is COERCE JPN GOV
  -> the employees (JPN), undated: "Last week" dates the police's saying (attribution), and the
  pluperfect arrest precedes it (own_blind's "said in December ... had held discussions"; 1987-05 at
  month precision arguable). "The Japanese government has already banned further shipments of goods to
  Communist states by Toshiba Machine for one year and by its export agency C. Itoh and Co Ltd for three
  months" is one SANCTION JPN GOV -> JPN BUS (a same-country compound target, EVENTS.md 12; actor2 the
  first-named Toshiba Machine), undated ("already"; the durations are the bans' lengths; 32a's identical
  ban).
* 855 (CBT volume, DCT Mon 1987-03-02, CHICAGO): volumes and their changes are statistics ("A relatively
  steady interest rate climate reduced volume" has no acting actor), so the exchange's two "said" are
  statistics-release STATEMENTs (USA ORG, DCT, CHICAGO).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind41a.jsonl"

TOK = ("TOKYO", "JPN")
MIL = ("MILAN", "ITA")
LON = ("LONDON", "GBR")
FRA = ("FRANKFURT", "DEU")
WAS = ("WASHINGTON", "USA")
CHI = ("CHICAGO", "USA")

JPN_BUS_IMPLIED = (None, "JPN", "BUS")
CAN_BUS_IMPLIED = (None, "CAN", "BUS")
ESP_BUS_IMPLIED = (None, "ESP", "BUS")
BULL_MOOSE = ("Members of the Bull Moose coking coal mine", "CAN", "BUS")
JPN_STEELMAKERS = ("Japanese steelmakers", "JPN", "BUS")
MONTEDISON = ("Montedison Spa", "ITA", "BUS")
ANTIBIOTICOS = ("Antibioticos SA", "ESP", "BUS")
BET = ("BET Plc", "GBR", "BUS")
SPORCK = ("Charles Sporck", "USA", "BUS")
IEMURA = ("Osamu Iemura", "JPN", "BUS")
IEMURA_DENIAL = (("Iemura", 'Toshiba," Iemura'), "JPN", "BUS")
CBT = ("the exchange", "USA", "ORG")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18500": {
        "events": [
            # 0
            ("AGREE", "agreed", BULL_MOOSE, JPN_STEELMAKERS, None,
             None, "unknown", None, "asserted", None,
             "the Bull Moose members agreed to cut the base price they charge Japanese steelmakers (the cut is the "
             "agreement's content, EVENTS.md 8); 'for the year from April 1' dates the price period, not the "
             "agreement (34b's Zaire quota): undated; 'an official ... said' is rule-3 attribution"),
            # 1
            ("AGREE", ("agreed", "the cut was"), CAN_BUS_IMPLIED, JPN_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", 0,
             "later mention: 'the cut was agreed after five months of talks' (passive, both parties implied); the "
             "Nippon Kokan official's 'said' is rule-3 attribution"),
            # 2
            ("CONSULT", ("talks", "five months of"), ("Teck Corp", "CAN", "BUS"), JPN_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "five months of talks between the Bull Moose partners Teck, Rornex and Nissho Iwai Coal Development "
             "(Canada) (a same-country compound: one record, first-named first, EVENTS.md 12) and the Japanese "
             "buyers (implied, EVENTS.md 14); a nominal with its own participants (EVENTS.md 11; 30b's 'months of "
             "negotiations' skipped as a duration, arguable); a duration before the agreement: undated"),
            # 3
            ("REQUEST", "ask", ("the Japanese side", "JPN", "BUS"), ("the miners", "CAN", "BUS"), None,
             None, "unknown", None, "planned", None,
             "the Japanese side would continue to ask the miners to improve the coal's ash specification (a request); "
             "'He said' is rule-3 attribution; planned ('would continue'), no time expression: undated"),
            # 4
            ("CONSULT", "negotiations", ("Japanese steel mills", "JPN", "BUS"),
             ("several Canadian exporters", "CAN", "BUS"), None,
             "1987", "year", "this year", "asserted", None,
             "several rounds of negotiations on coking coal base prices this year (event noun after the light verb "
             "'have had'; first-named party first); relayed by anonymous industry sources (their 'said' skipped, "
             "the act coded as 23b/35a); 'this year' = 1987 (year); broader than the Bull Moose talks, so not a "
             "later mention of them"),
            # 5
            ("CONSULT", ("talks", "base price talks"), ("The Japanese steel firms", "JPN", "BUS"),
             ("Quintette Coals Ltd", "CAN", "BUS"), None,
             "1987-06-17", "day", "yesterday", "asserted", None,
             "the Japanese steel firms started a new round of price talks with Quintette yesterday (the event noun; "
             "'started' aspectual, skipped as 20a's 'began'); Quintette one of the Canadian exporters (by "
             "context); 'yesterday' = DCT Thu 1987-06-18 - 1; relayed by the anonymous industry sources"),
            # 6
            ("CONSULT", "discussions", JPN_BUS_IMPLIED, ("Gregg River Co Ltd", "CAN", "BUS"), None,
             "1987-06", "month", "later this month", "planned", None,
             "discussions with Gregg River will be held later this month (the Japanese steel firms implied); "
             "'later this month' = 1987-06 (month); relayed by the anonymous industry sources ('they said' skipped)"),
        ],
        "skip": [
            ("cut the base price", "content of the agreement"),
            ("charge", "stative (the price charged)"),
            ("involved", "stative"),
            ("deal", "anaphoric nominal (the agreement)"),
            (("said", "in the deal"), "rule-3 attribution (the agreement is the event)"),
            (("said", "official said"), "rule-3 attribution (the agreement and the talks are the events)"),
            (("cut", "said the"), "anaphoric nominal (the price cut, content of the agreement)"),
            (("said", "He said"), "rule-3 attribution (the request is the event)"),
            ("continue", "part of the planned request"),
            ("improve", "content of the request"),
            (("said", "industry sources"), "anonymous-source talk (industry sources)"),
            ("started", "aspectual verb (the talks are coded on 'talks', as 20a's 'began')"),
            ("held", "part of the planned discussions (coded on 'discussions')"),
            (("said", "month, they"), "anonymous-source talk (the industry sources)"),
            ("is a unit", "stative (ownership)"),
        ],
        "entities": [
            ("British Columbia", "GPE", "CAN"),
            (("Canada", "Columbia,"), "GPE", "CAN"),
            ("Japanese", "NORP", "JPN"),
            ("Canadian", "NORP", "CAN"),
            ("Nippon Kokan KK", "ORG", "JPN"),
            ("Teck Corp", "ORG", "CAN"),
            ("Rornex Mining Corp Ltd", "ORG", "CAN"),
            ("Nissho Iwai Coal Development (Canada) Ltd", "ORG", "CAN"),
            (("Japanese", "He said the"), "NORP", "JPN"),
            (("Japanese", "specification."), "NORP", "JPN"),
            (("Canadian", "several"), "NORP", "CAN"),
            (("Japanese", "The Japanese steel firms"), "NORP", "JPN"),
            ("Quintette Coals Ltd", "ORG", "CAN"),
            ("Gregg River Co Ltd", "ORG", "CAN"),
            (("Nissho Iwai Coal", "later this month"), "ORG", "CAN"),
            ("Nissho Iwai Corp", "ORG", "JPN"),
            (("Japan", "Nissho Iwai Corp"), "GPE", "JPN"),
        ],
    },
    "reuters21578-3437": {
        "events": [
            # 0
            ("COERCE", "arrested", ("Police", "JPN", "GOV"), ("two Polish citizens", "POL", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "the (Japanese) police arrested two Polish citizens for trying to steal Japanese computer technology "
             "(COERCE: arrests); relayed by unnamed local media (their 'said' skipped; the act coded as events "
             "relayed by anonymous sources, 23b/35a); 'today' governs the reports' saying, not the arrest: undated "
             "(own_blind's 'said in December ... had held'); no place given for the arrest"),
            # 1
            ("STATEMENT", "comment", ("Police officials", "JPN", "GOV"), None, TOK,
             "1987-03-09", "day", None, "negated", None,
             "withheld statement: police officials declined to comment on the reports; DCT is published_at's date "
             "1987-03-09 (the dateline's March 10 is the next day, GUIDELINES.md), dateline city"),
        ],
        "skip": [
            ("steal", "grounds of the arrest (content)"),
            (("said", "media reports"), "unnamed local media reports: anonymous (12a/16b/31b)"),
            (("said", "The reports"), "unnamed media reports: anonymous"),
            ("worked at", "stative (content of the reports)"),
            ("visited", "background of the charge relayed by unnamed reports (private individuals' visits to "
                        "companies; CONSULT POL -> JPN arguable)"),
            ("coming", "travel (no type), content of the reports"),
            (("said", "One report"), "unnamed media report: anonymous"),
            (("worked for", "the company they"), "stative"),
            ("managed", "stative"),
        ],
        "entities": [
            ("Polish", "NORP", "POL"),
            ("Japanese", "NORP", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            (("Japanese", "visited"), "NORP", "JPN"),
            (("Japan", "coming to"), "GPE", "JPN"),
            (("Polish", "specialists at a"), "NORP", "POL"),
            (("Japanese", "a naturalised"), "NORP", "JPN"),
            ("Poland", "GPE", "POL"),
        ],
    },
    "reuters21578-497": {
        "events": [
            # 0
            ("CONSULT", "negotiations", MONTEDISON, ANTIBIOTICOS, None,
             None, "unknown", None, "asserted", None,
             "Montedison has concluded its negotiations with Antibioticos: the talks happened (5a's collapsed talks: "
             "CONSULT, the ending skipped; here a successful conclusion, AGREE arguable); 'said' is rule-3 "
             "attribution; present perfect with no time expression: undated (rule 17)"),
            # 1
            ("CONSULT", ("talks", "concluded the"), (("We", '"We have'), "ITA", "BUS"), ESP_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", 0,
             "later mention: the spokesman's quoted 'We have concluded the talks' ('told Reuters' rule-3 "
             "attribution; the awaited Spanish authorization is a condition, skipped)"),
            # 2
            ("STATEMENT", "comment", (("He", "He declined"), "ITA", "BUS"), None, MIL,
             "1987-03-02", "day", None, "negated", None,
             "withheld statement: the spokesman declined to comment further; DCT, dateline city"),
            # 3
            ("AGREE", "agreed", (("Montedison", "report today said"), "ITA", "BUS"),
             (("Antibioticos", "agreed to acquire"), "ESP", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Montedison has agreed to acquire Antibioticos for 500 billion lire (EVENTS.md 8: AGREE on 'agreed', the "
             "acquisition content); relayed by an unnamed Italian press report (its 'said' skipped; the act coded as "
             "events relayed by anonymous sources, 23b/35a; skipping it as unconfirmed press content, 12a/16b, "
             "arguable); 'today' dates the report, not the agreement: undated"),
        ],
        "skip": [
            ("concluded its", "ending of the negotiations (coded on 'negotiations'; 5a)"),
            (("said", "Montedison Spa"), "rule-3 attribution (the negotiations are the event)"),
            ("told", "rule-3 attribution (the concluded talks)"),
            (("concluded", "We have"), "ending of the talks (coded on 'talks')"),
            ("awaiting", "condition (authorization pending)"),
            ("authorization", "condition (a regulatory approval, not yet asked or given in the text)"),
            ("postponed", "the company's own press conference put off: no type"),
            ("press conference", "the postponed press conference (no type)"),
            (("talks", "conference on its"), "anaphoric nominal (the negotiations)"),
            (("said", "press report today"), "unnamed press report: anonymous (12a/16b)"),
            ("acquire", "content of the agreement"),
        ],
        "entities": [
            ("Montedison Spa", "ORG", "ITA"),
            ("Spanish", "NORP", "ESP"),
            ("Antibioticos SA", "ORG", "ESP"),
            ("Reuters", "ORG", "GBR"),
            (("Spanish", "authorization from"), "NORP", "ESP"),
            ("Italian", "NORP", "ITA"),
            (("Antibioticos", "its talks with"), "ORG", "ESP"),
            (("Italian", "An Italian"), "NORP", "ITA"),
            (("Montedison", "report today said"), "ORG", "ITA"),
            (("Antibioticos", "agreed to acquire"), "ORG", "ESP"),
        ],
    },
    "reuters21578-19626": {
        "events": [
            # 0
            ("STATEMENT", "said", BET, None, LON,
             "1987-06-29", "day", None, "asserted", None,
             "BET will apply for listings on the New York and Toronto exchanges (corporate finance: no type, so the "
             "reporting clause is the record); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "BET said"), (("BET", "BET said"), "GBR", "BUS"), None, LON,
             "1987-06-29", "day", None, "asserted", None,
             "it filed its registration statement for the share issue (a filing: corporate finance); DCT ('on March "
             "19' dates the shareholders' meeting, not the saying)"),
        ],
        "skip": [
            ("apply", "corporate finance (stock-exchange listing applications)"),
            ("filed", "corporate finance (a registration filing)"),
            ("share issue", "corporate finance (a share issue)"),
            ("cleared", "shareholders' approval at the company's own meeting (corporate finance)"),
            ("extraordinary meeting", "internal meeting of one body (the company's shareholders)"),
            ("offering", "corporate finance (the share offering)"),
            ("valued", "stative (statistics)"),
        ],
        "entities": [
            ("BET Plc", "ORG", "GBR"),
            ("New York", "GPE", "USA"),
            ("Toronto", "GPE", "CAN"),
            (("BET", "BET said"), "ORG", "GBR"),
            ("North America", "LOC", None),
            (("BET", "new BET"), "ORG", "GBR"),
            ("American", "NORP", "USA"),
            (("BET", "four BET"), "ORG", "GBR"),
            ("London", "GPE", "GBR"),
        ],
    },
    "reuters21578-16977": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Swiss National Bank said"), ("the Swiss National Bank", "CHE", "GOV"), None, FRA,
             "1987-04-21", "day", None, "asserted", None,
             "the SNB said it joined concerted intervention (currency intervention is a monetary operation, EVENTS.md "
             "10, so the reporting clause is a STATEMENT, as 13b's 'it said it had intervened'); an identifiable "
             "central bank reported as news: wire style, DCT; no place in the text: the dateline city (the rule's "
             "default, although the SNB spoke in Switzerland; location is not scored)"),
            # 1
            ("STATEMENT", "comment", (("The Bundesbank", "The Bundesbank had"), "DEU", "GOV"), None, FRA,
             "1987-04-21", "day", None, "negated", None,
             "withheld statement: the Bundesbank had no immediate comment on the reports (as 37a's 'has no immediate "
             "comment'); DCT, dateline city"),
        ],
        "skip": [
            ("intervened", "currency intervention (monetary operation), reported by dealers"),
            (("buy", "open market to"), "currency intervention (monetary operation)"),
            (("said", "yen, dealers"), "anonymous-source talk (dealers)"),
            ("responding", "answering market enquiries: no type"),
            ("enquiries", "market enquiries (no identifiable actor)"),
            ("joined", "concerted currency intervention (monetary operation), content of the statement"),
            (("sell", "intervention to"), "content (monetary operation)"),
            (("said", "But dealers"), "anonymous-source talk (dealers)"),
            ("came into the market", "currency intervention (monetary operation)"),
            (("buy", "141.90 yen to"), "currency intervention (monetary operation)"),
        ],
        "entities": [
            ("Bundesbank", "ORG", "DEU"),
            ("Swiss National Bank", "ORG", "CHE"),
            (("Bundesbank", "The Bundesbank had"), "ORG", "DEU"),
            ("German", "NORP", "DEU"),
            ("U.S.", "GPE", "USA"),
            ("European", "NORP", None),
        ],
    },
    "reuters21578-1796": {
        "events": [
            # 0
            ("STATEMENT", ("said", "the plan's backers"), ("the plan's backers", "USA", "BUS"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "the plan could conflict with anti-monopoly law (an assessment); the backers are the U.S. firms behind a "
             "named plan (the SIA's, next sentence), taken as identifiable (anonymous arguable); wire style: DCT, "
             "dateline city"),
            # 1
            ("STATEMENT", "announced", ("The Semiconductor Industry Association", "USA", "ORG"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "announcement at a news conference of a plan for the SEMATECH consortium to build a plant (a consortium "
             "of unnamed U.S. firms: no identified counterpart, no type; 'announcement of an action with no type', "
             "rule 4); no place given for the news conference: the dateline city"),
            # 2
            ("STATEMENT", ("said", "National Semiconductor Corp,"), SPORCK, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "answer to a question: antitrust objection 'is a possibility' (assessment); the question skipped; DCT"),
            # 3
            ("STATEMENT", ("said", "Sporck said the Defense"), (("Sporck", "Sporck said the Defense"), "USA", "BUS"),
             None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "the Defense Department had a strong interest in the project (stative, no type); DCT"),
            # 4
            ("STATEMENT", ("estimate", "declined to"), (("he", "but he declined"), "USA", "BUS"), None, WAS,
             "1987-03-04", "day", None, "negated", None,
             "withheld statement: declined to estimate how much would be sought from the government (trigger on the "
             "withheld verb, as own_dev's 'name' and 16b/26a); DCT"),
            # 5
            ("STATEMENT", ("said", "Sporck said the group"), (("Sporck", "Sporck said the group"), "USA", "BUS"),
             None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "the group hopes to have an operational plan ready by June 1 (the consortium's own plans; 'June 1' "
             "governs the plan, not the saying): DCT"),
            # 6
            ("STATEMENT", ("said", "18 months, he"), (("he", "18 months, he"), "USA", "BUS"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "forecast: the consortium could be operating by the end of the year, the facility in 18 months; DCT"),
            # 7
            ("STATEMENT", ("said", "an IBM executive,"), ("Paul Low", "USA", "BUS"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "IBM hopes to participate in the effort (a wish to join a consortium of unnamed U.S. firms: no identified "
             "counterpart; COOPERATE hypothetical arguable, skipped as content); DCT"),
            # 8
            ("STATEMENT", ("said", "He said the project"), (("He", "He said the project"), "USA", "BUS"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "suppliers and toolmakers would be invited to participate (unnamed invitees: no type); DCT"),
            # 9
            ("STATEMENT", ("said", "Sporck said no decision"), (("Sporck", "Sporck said no decision"), "USA", "BUS"),
             None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "no decision was made on what product would be produced (the consortium's own deliberation); DCT"),
            # 10
            ("STATEMENT", "stressing", (("Sporck", "Sporck said no decision"), "USA", "BUS"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "'stressing that' the emphasis was on developing and sharing technology: a second reporting clause with "
             "new content (as 'adding', EVENTS.md 3; a participial elaboration of the same act, skipped, arguable)"),
            # 11
            ("STATEMENT", ("said", "participate, he"), (("he", "participate, he"), "USA", "BUS"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "other aspects still undecided, such as admitting a Japanese firm's U.S. facility (no type); DCT"),
        ],
        "skip": [
            ("plan by", "content of the statement (the plan)"),
            ("cooperate", "content: cooperation among unnamed U.S. firms (COOPERATE USA -> USA planned arguable)"),
            ("compete", "content (purpose of the plan)"),
            ("conflict", "content of the assessment"),
            ("news conference", "the occasion of the announcement"),
            (("plan", "a plan for"), "content of the announcement"),
            ("build", "content of the announcement"),
            ("Asked", "question"),
            ("object", "hypothetical content of the question"),
            ("interest", "stative (content of the statement)"),
            ("sought", "content of the withheld estimate (funding to be sought from the government; REQUEST USA "
                       "BUS -> USA GOV hypothetical arguable)"),
            ("require", "content of the withheld estimate"),
            (("hopes", "the group"), "content of the statement"),
            ("search", "continuation of Sporck's statement with no reporting verb (the consortium's own plans)"),
            ("head up", "content (the consortium's own staffing)"),
            ("operating", "content of the forecast"),
            (("hopes", "Machines Corp"), "content of the statement"),
            (("participate", "hopes to"), "content: IBM joining a consortium of unnamed U.S. firms (COOPERATE "
                                          "hypothetical arguable)"),
            ("invited", "content of the statement (unnamed invitees)"),
            ("decision", "content (the consortium's own decision, negated)"),
            ("developing", "content of the stressed point"),
            ("sharing", "content of the stressed point"),
            ("allowed", "content (undecided admission of a Japanese firm)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Semiconductor Industry Association", "ORG", "USA"),
            ("SEMATECH", "ORG", "USA"),
            (("U.S.", "Asked whether"), "GPE", "USA"),
            ("Charles Sporck", "PERSON", "USA"),
            ("National Semiconductor Corp", "ORG", "USA"),
            (("Sporck", "Sporck said the Defense"), "PERSON", "USA"),
            ("Defense Department", "ORG", "USA"),
            (("SEMATECH", "funding"), "ORG", "USA"),
            (("Sporck", "Sporck said the group"), "PERSON", "USA"),
            ("International Business Machines Corp", "ORG", "USA"),
            ("Paul Low", "PERSON", "USA"),
            ("IBM", "ORG", "USA"),
            (("Sporck", "Sporck said no decision"), "PERSON", "USA"),
            (("SEMATECH", "belonged to"), "ORG", "USA"),
            ("Japanese", "NORP", "JPN"),
            ("United States", "GPE", "USA"),
        ],
    },
    "reuters21578-17453": {
        "events": [
            # 0
            ("STATEMENT", "said", ("A senior Toshiba Corp <TSBA.T> executive", "JPN", "BUS"), None, TOK,
             "1987-06-01", "day", None, "asserted", None,
             "he hoped the alleged illegal export by a Toshiba subsidiary would not hurt the parent's U.S. exports (a "
             "hope; the export a background nominal, 32a); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", "told", IEMURA, None, TOK,
             "1987-06-01", "day", None, "asserted", None,
             "Toshiba Machine is a completely independent company (assessment) at a press conference with no place "
             "in the text: DCT, dateline city; a separate clause from the lead's (different content)"),
            # 2
            ("STATEMENT", ("said", 'overseas," he'), (("he", 'overseas," he'), "JPN", "BUS"), None, TOK,
             "1987-06-01", "day", None, "asserted", None,
             "'We want to have that fact understood overseas' (no type); DCT"),
            # 3
            ("STATEMENT", ("said", "Iemura said he had"), (("Iemura", "Iemura said he had"), "JPN", "BUS"), None, TOK,
             "1987-06-01", "day", None, "asserted", None,
             "he had no information that the Defence Department broke off talks with Toshiba (a lack of knowledge, "
             "not a denial: 12a's 'no knowledge of talks'; REJECT arguable); DCT"),
            # 4
            ("SANCTION", "decided", ("the U.S. Air Force", "USA", "MIL"), JPN_BUS_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the Air Force decided to cancel an agreement to buy Toshiba computers because of Toshiba Machine's "
             "illegal exports (a punitive cut in purchases: SANCTION; RETREAT arguable; on 'decided', as 12b/13a/16b "
             "put a decision to act); Toshiba implied; relayed by Kyodo quoting U.S. News and World Report (Kyodo's "
             "'said' rule-3 attribution); 'on Saturday' dates Kyodo's report, not the decision: undated"),
            # 5
            ("REJECT", ("said", 'Toshiba," Iemura'), IEMURA_DENIAL, ("Kyodo News Agency", "JPN", "ORG"), TOK,
             "1987-06-01", "day", None, "asserted", None,
             "'We have no contract': a denial of the reported cancellation of an agreement, toward the report's "
             "authors (32b's denial of press reports), split by country (EVENTS.md 12): Kyodo; STATEMENT arguable; "
             "wire style: DCT"),
            # 6
            ("REJECT", ("said", 'Toshiba," Iemura'), IEMURA_DENIAL, ("U.S. News and World Report", "USA", "ORG"), TOK,
             "1987-06-01", "day", None, "asserted", None,
             "the same denial toward the magazine Kyodo quoted (split by country, EVENTS.md 12)"),
            # 7
            ("CONSULT", "negotiating", (("The U.S. Defence Department", "We have no contract."), "USA", "MIL"),
             (("Toshiba", "companies including"), "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the Defence Department has been negotiating procurement with several companies including Toshiba "
             "(negotiations with a named party, inside Iemura's denial); present perfect progressive with no time "
             "expression: undated (a standing activity, 17a's 'is insisting')"),
            # 8
            ("COERCE", "arrested", (("police", "Last week,"), "JPN", "GOV"),
             ("two Toshiba Machine employees", "JPN", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "police arrested two Toshiba Machine employees on suspicion of illegal exports; 'Last week' dates the "
             "police's saying, which is rule-3 attribution; the pluperfect arrest precedes it: undated "
             "(own_blind's 'said in December ... had held discussions'; 1987-05 arguable)"),
            # 9
            ("SANCTION", "banned", ("The Japanese government", "JPN", "GOV"),
             (("Toshiba Machine", "states by"), "JPN", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "ban on shipments to Communist states by Toshiba Machine (one year) and its export agency C. Itoh (three "
             "months): one record for the same-country compound (EVENTS.md 12); 'already', no time expression: "
             "undated ('for one year' is the ban's length, 32a's identical ban)"),
        ],
        "skip": [
            ("hoped", "content of the statement"),
            ("alleged", "background: allegation by unnamed parties"),
            (("export", "illegal export"), "background nominal (Toshiba Machine's exports to the Soviet Union; "
                                         "COOPERATE JPN -> SUN arguable, 32a)"),
            ("hurt", "content of the hope"),
            ("press conference", "the occasion of the statement"),
            ("understood", "content of the quote"),
            ("broken off", "content (ending of talks: no type; not confirmed)"),
            (("talks", "broken off"), "content of the statement (presupposed talks)"),
            ("procurement of lap top", "content (the talks' subject)"),
            (("exports", "because of the illegal"), "anaphoric background nominal (the illegal exports)"),
            ("quoting", "attribution (Kyodo quoting the magazine)"),
            (("said", "Report, said"), "rule-3 attribution (the Air Force decision is the event)"),
            ("cancel", "content of the decision"),
            (("agreement", "cancel an"), "object of the cancellation (background nominal; AGREE arguable)"),
            (("buy", "agreement to"), "content (the cancelled purchase)"),
            (("exports", "Machine's illegal"), "anaphoric background nominal (the illegal exports)"),
            ("procurement with", "content (the negotiations' subject)"),
            (("said", "police said"), "rule-3 attribution (the arrest is the event)"),
            ("suspicion", "grounds of the arrest"),
            ("exporting", "grounds of the arrest (the alleged exports)"),
            ("shipments", "content of the ban"),
        ],
        "entities": [
            ("Toshiba Corp", "ORG", "JPN"),
            ("Soviet Union", "GPE", "SUN"),
            (("Toshiba", "by a"), "ORG", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Toshiba", "Toshiba's 50-pct"), "ORG", "JPN"),
            ("Toshiba Machine Co Ltd", "ORG", "JPN"),
            (("Toshiba Corp", "independent management"), "ORG", "JPN"),
            ("Osamu Iemura", "PERSON", "JPN"),
            (("Iemura", "Iemura said he had"), "PERSON", "JPN"),
            ("U.S. Defence Department", "ORG", "USA"),
            (("Toshiba", "talks with"), "ORG", "JPN"),
            (("Toshiba Machine", "illegal exports by"), "ORG", "JPN"),
            ("Kyodo News Agency", "ORG", "JPN"),
            ("U.S. News and World Report", "ORG", "USA"),
            ("U.S. Air Force", "ORG", "USA"),
            (("Toshiba Machine", "because of Toshiba Machine's"), "ORG", "JPN"),
            (("U.S. Defence Department", "We have no contract."), "ORG", "USA"),
            (("Toshiba", "companies including"), "ORG", "JPN"),
            (("Iemura", 'Toshiba," Iemura'), "PERSON", "JPN"),
            (("Toshiba Machine", "two Toshiba Machine"), "ORG", "JPN"),
            (("Soviet Union", "equipment to the Soviet Union."), "GPE", "SUN"),
            ("Japanese", "NORP", "JPN"),
            ("Communist", "NORP", None),
            (("Toshiba Machine", "states by"), "ORG", "JPN"),
            ("C. Itoh and Co Ltd", "ORG", "JPN"),
        ],
    },
    "reuters21578-855": {
        "events": [
            # 0
            ("STATEMENT", ("said", "the exchange said"), CBT, None, CHI,
             "1987-03-02", "day", None, "asserted", None,
             "statistics release: February volume down 14 pct (the exchange: ORG, 17a); wire style: DCT, dateline "
             "city"),
            # 1
            ("STATEMENT", ("said", "slipped, the exchange"), (("the exchange", "slipped,"), "USA", "ORG"), None, CHI,
             "1987-03-02", "day", None, "asserted", None,
             "statistics release: volumes by contract; DCT"),
        ],
        "skip": [
            (("declined", "CBT,"), "statistics"),
            ("reduced", "statistics (no acting actor: the interest rate climate)"),
            (("increased", "contracts increased"), "statistics"),
            ("tripled", "statistics"),
            (("increased", "corn volume"), "statistics"),
            ("rose", "statistics"),
            ("slipped", "statistics"),
            (("increased", "futures increased"), "statistics"),
            ("changing hands", "market activity (statistics)"),
        ],
        "entities": [
            ("Chicago Board of Trade", "ORG", "USA"),
            ("CBT", "ORG", "USA"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
