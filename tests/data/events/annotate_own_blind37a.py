"""Build ``own_blind37a.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind37a.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,626 left; also minus the 16 stories drawn for own_blind36, 2,610 left); 24 drawn with random.Random(37101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 0-7 (8 articles).
47 event records (46 first mentions, 1 later mention), 119 not_annotated spans, 125 entity mentions;
no article without events; 17040 (Nakasone setback) has two records (the rest is anonymous analysts'
talk) and 21200 (Asea Brown Boveri) three reporting-clause STATEMENTs. Types: STATEMENT 37, ACCUSE 3,
REQUEST 2, AGREE 1, CONSULT 1, AID 1, SANCTION 1, REJECT 1; modality: asserted 41, planned 4, negated
2; precision: day 40, unknown 6, month 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; four wrong first matches fixed that way: the actor "he" of "will await
further developments, he said" and of "around the EC, he said" matching inside "further" and "the",
the entity "Bailey" matching "William Bailey said" instead of "Bailey said his attendance", and the
skip "use" matching inside "Because" instead of "plans to use the funds"; re-reading the docstring
against the earlier scripts corrected its references to them). See GUIDELINES.md and ../shared/dev/EVENTS.md for
the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("Prime Minister Yasuhiro
Nakasone", "President Reagan": the PERSON; "West German Chancellor Helmut Kohl": NORP + PERSON; "Milan Kerno, vice
president of finance", "Executive Vice-president of Cargill": the PERSON and the ORG only); "the
secretary general of the Organisation for Economic Cooperation and Development Jean-Claude Paye": ORG
null + PERSON; "U.S. Department of Agriculture Deputy Administrator William Bailey": ORG "U.S.
Department of Agriculture" (a body with its country word is one ORG span, as 22a/35a's "U.S.
Treasury") + PERSON; "U.S. Securities and Exchange Commission" one ORG span USA and "SEC" ORG USA;
"Japanese Embassy" one ORG span JPN (as 27a's "U.S. Embassy"), the lower-case "the embassy" not
tagged; "U.K. Government's" gives GPE "U.K." (as "U.S. Government"); possessive 's left out
("Japan's", "Tokyo's", "Switzerland's"); Japan's Lower House and the Liberal Democratic Party ORG JPN;
the African Development Bank, the World Bank, the Asian Development Bank, the Interamerican Development
Bank, the OECD (full name), GATT (full name) and the European Community / EC / the capitalised short
"Community" ORG null, and the capitalised short "Bank" for the African Development Bank ORG null (each
mention, including "Bank trading" and "Other Bank figures"; as earlier sets' capitalised short names);
Milan Kerno and Jean-Claude Paye PERSON null (officers of multinational bodies, the text gives no
nationality, 23a/34b); Abidjan GPE CIV; "German" (bankers) and "West German" NORP DEU; "European" NORP
null (19b/35a); Asea AB / "Asea" ORG SWE, BBC AG Brown Boveri und Cie ORG CHE (tickers in brackets left
out), Asea Brown Boveri Ltd (the merged Swedish-Swiss group) ORG null (the text gives it no single
country; CHE arguable), Switzerland GPE CHE, West Germany GPE DEU, Sweden GPE SWE; Nomura Securities /
"Nomura" ORG JPN, Kleinwort Benson International ORG GBR and its analyst Simon Smithson PERSON GBR (an
employee takes his firm's country, 34b's Judy Wish), the Tokyo Exchange / Tokyo Stock Exchange ORG JPN,
Tokyo GPE JPN and New York GPE USA also when they stand for their markets ("Tokyo's market", "the New
York market"), Wall Street LOC USA (17a), the Dow Jones Industrial Average not an entity (an index,
17a); the London Stock Exchange, "London Exchange" and the capitalised short "Exchange" ORG GBR, Merrill
Lynch and Co / "Merrill Lynch" ORG USA (also in "Merrill Lynch in London": the firm's name; its London
office is placed by the GPE "London"), Nahum Vaskevitch PERSON GBR (a "senior London executive"; the
text gives no nationality, placed by his post as 10b's BNP dealer in Sydney), Guinness Plc ORG GBR, the
Trade and Industry Department ORG GBR, "British" NORP GBR; the Office National des Postes et
Telecommunications du Maroc one ORG span MAR ("Maroc" not tagged inside it); Cargill ORG USA and the
bracketed "USA" after it GPE USA; currencies and lower-case bodies ("the embassy", "the ruling party")
are not tagged.

Judgement calls made here:
* 17040 (Nakasone setback, DCT Thu 1987-04-23, TOKYO; the dateline's "April 24" is the next day, the
  DCT is published_at's date, GUIDELINES.md): the lead's "political analysts said" and "Some analysts
  predicted" are anonymous (skipped). The reported facts remain: "Japan's Lower House passed the 1987
  budget" is domestic legislation (no type, skipped); "after the ruling Liberal Democratic Party agreed
  to a mediation proposal that could kill its plan to introduce a controversial sales tax" is AGREE JPN
  GOV (the ruling party, as 14b/33b's LDP) -> an implied JPN counterpart (the mediator is not named;
  EVENTS.md 14 fills implied counterparts for agreements), undated (no time expression; relayed by
  anonymous analysts), location null; killing the tax plan is hypothetical content (domestic tax policy).
  "The move was seen as a major blow" is an impersonal assessment (skipped). Nakasone being "forced to
  step down just after the June summit" is content of anonymous talk (RETREAT hypothetical arguable), the
  June summit only its time anchor (CONSULT planned 1987-06 arguable). "before Nakasone leaves next week
  for the U.S." is a visit: CONSULT JPN -> USA (visitor first), planned, "next week" (Mon 27 April - Fri
  1 May from Thu 23 April) given as 1987-04 at month precision, as 9b did for the same week and the same
  trip (the week straddles May; 24a's and 18b's straddling weeks were left unknown or given at year
  precision, so this date is arguable), location the U.S.; "so that he could tell Washington the
  Japanese government was doing its utmost" is the visit's purpose (a hypothetical STATEMENT arguable,
  skipped), the party's wish "to pass the budget" domestic legislation.
* 21101 (African Development Bank, DCT Mon 1987-10-19, FRANKFURT): the bond issue, the borrowing
  programme, the euroyen bond put on hold, the tripling of paid-in capital and the plan to trade in
  securities are corporate finance of the bank (EVENTS.md 10: bond issues; no type), so each of Kerno's
  reporting clauses is a STATEMENT by an officer of a multinational bank (null IGO), DCT, location the
  dateline city (the "presentation" has no place in the text): "said at a presentation" (the US
  domestic bond), "He said the Bank planned to borrow", "have been put on hold, Kerno said", "'But we
  should complete our programme ...,' Kerno said" and its "adding the Bank's 1987 borrowing so far
  totaled about 400 mln dlrs" (a second record, EVENTS.md 3), "The Bank's board of directors will meet on
  October 26 ..., Kerno said" (the board meeting is an internal meeting of one body, skipped; "October
  26" governs the meeting, not the saying), "Trading would be conducted ..., he said" and "The Bank plans
  to use the funds gradually ..., he said": 8 STATEMENTs. "German bankers at the presentation criticized
  the Bank for its overly conservative lending, adding ..." is left out: unnamed bankers are anonymous
  speakers (EVENTS.md 4, the guidelines' "bankers said"), although what they do is criticism of a named
  body (ACCUSE DEU BUS -> the bank, null, DCT, arguable; both "criticized" and "adding" listed). The
  bank's statistics and "Other Bank figures ... showed" are documents (not speech acts) with statistics.
* 21200 (Asea Brown Boveri structure, DCT Mon 1987-10-19, STOCKHOLM): "the group to be formed by its
  merger with Switzerland's BBC AG Brown Boveri und Cie" is a background nominal (the merger announced
  before, with no date or predication of its own here; COOPERATE SWE BUS -> CHE BUS planned arguable,
  skipped); the group's business areas, management, home markets and research are a company's own
  organisation (no type), so "Asea AB said", "Asea said in a statement" and "It said" are three
  STATEMENTs (SWE BUS, DCT, STOCKHOLM); "statement" is part of the second reporting clause.
* 20861 (Tokyo brokers, DCT Mon 1987-10-19, TOKYO; dateline "Oct 20", the Tokyo morning of the next
  day): "Stock market analysts polled before Tokyo's market opened ... said" and "they said" are
  anonymous (skipped), as are "a stocks fund manager at a major trust bank" (his "prediction" and both
  "he said") and "A fund manager at another Japanese trust bank" (unnamed banks). "a senior analyst at
  Nomura Securities" is taken as identifiable, an employee of a named firm (EVENTS.md 4's officials of a
  named body; 25b's Barclays National Bank executive "who asked not to be identified";
  anonymous as an unnamed analyst arguable): '"Tokyo's market is completely different from New York,"
  said a senior analyst', '"The discount rate in Japan cannot rise," the senior Nomura analyst said',
  "He said the Tokyo Exchange's 225-share index may fall 1,000 points on Tuesday", "But he said a 1,000
  point fall would be nothing compared to New York" and '"New York overreacted ...," he said' are five
  STATEMENTs (JPN BUS). "Simon Smithson, a Kleinwort Benson International share analyst, said Tokyo's
  market was likely to free fall", "He too predicted a drop of perhaps 1,000 points in the index today"
  (a forecast) and "But he said overall economic conditions in the U.S. And Japan were different" are
  STATEMENTs (GBR BUS: a named analyst of a British firm, as 10b's named economists), and '"The problems
  that pushed down the New York market ... do not exist in Japan," Smithson said' is the quoted
  restatement of the last (later mention, EVENTS.md 3). All are wire-style speech acts: DCT 1987-10-19,
  precision day, TOKYO ("on Tuesday", "today" govern the forecast falls, not the sayings). Every price
  fall, the Dow's record decline and the exchange's trading hours are market movements or stative.
* 3832 (London Exchange on the Merrill case, DCT Wed 1987-03-11, LONDON): "The London Stock Exchange has
  no immediate comment on the U.S. Insider trading charge ..., an Exchange spokesman said" is a withheld
  STATEMENT (negated, GBR; trigger "comment", as 5b/12b's "had no immediate comment"; the
  spokesman's "said" is left unlisted, so that a STATEMENT coded on it meets this record), DCT, LONDON.
  "the U.S. Insider trading charge against a senior London executive of Merrill Lynch and Co" is ACCUSE
  USA GOV (the U.S., the SEC named later) -> the executive (USA BUS: an executive of the U.S. firm, as
  10b's BNP dealer coded with his bank's country; his PERSON mention GBR), a nominal with its own agent
  and target (EVENTS.md 11, as 34b's strike), undated (no time expression, rule 17); its later nominals
  ("a civil action in New York", "the SEC charge against its executive Nahum Vaskevitch", "the SEC
  complaint") are anaphoric (skipped). '"This is a civil action in New York and no-one here has any
  proper details yet," he added' and "The London Exchange ... will await further developments, he said"
  are STATEMENTs (GBR ORG); the Exchange keeping in touch through the U.K. Government's channels to the
  SEC is a standing arrangement (CONSULT arguable, skipped). "Trade and Industry Department officials also
  declined immediate comment" is a withheld STATEMENT (GBR GOV, negated, DCT). "Merrill Lynch in London
  said any further amplification ... would have to come from the firm's New York office" is a STATEMENT
  (USA BUS: the firm's country, its London office placing it; asserted, since it refers the question
  on rather than explicitly withholding a statement; negated arguable). The market queries about the 12
  companies are anonymous talk, Guinness' "recent official inquiries" a background nominal (ACCUSE GBR ->
  Guinness undated arguable), the Exchange membership stative.
* 17112 (World Bank loan to Morocco, DCT Fri 1987-04-24, WASHINGTON): "The World Bank said it will
  provide Morocco a 125 mln dlr loan" is AID (credit, EVENTS.md 8) null IGO -> MAR GOV on "provide",
  planned, undated (no time expression, rule 17; events_dev's Uganda loan), location null, "said"
  rule-3 attribution. "The Bank said the project expects to satisfy ... by 1994" and "The total cost ...
  with the Office National des Postes et Telecommunications du Maroc providing 359.6 mln dlrs and
  bilateral sources expected to provide 189.9 mln dlrs, the Bank said" are STATEMENTs (null IGO, DCT,
  WASHINGTON); the Moroccan office's own share of its project's cost has no counterpart, and the
  bilateral lenders are unidentified (AID null -> MAR planned arguable), both skipped as content.
* 16924 (Japan disappointed with tariffs, DCT Fri 1987-04-17, WASHINGTON): "The Japanese Embassy said in a
  statement it was 'deeply disappointed' by the tariffs announced by President Reagan" is ACCUSE JPN GOV
  -> USA (Reagan) on "said" (a complaint; 22b's Lyng "very disappointed" by a Canadian finding: the
  saying is the act, "disappointed" left unlisted), DCT, WASHINGTON. "the tariffs announced by President
  Reagan in retaliation for Japan's not honoring its semiconductor agreement" is SANCTION USA -> JPN on
  "tariffs" (a nominal with its own agent, EVENTS.md 11; own_dev's tariffs with "announced" skipped as
  attribution), undated (no time expression), asserted; the non-honouring is the U.S. grounds (skipped)
  and the semiconductor agreement a background nominal (AGREE undated arguable). "It said Japan had been
  fully implementing the pact ... and the results were starting to show" is REJECT JPN -> USA (implied:
  a rebuttal of the U.S. charge that Japan did not honour the pact, a denial, speech-act rule 2; a
  STATEMENT arguable), DCT. "The embassy said Japan would complain to the General Agreement on Tariffs
  and Trade" is ACCUSE JPN -> USA (implied: the complaint is against the U.S. tariffs, addressed to a
  third party, EVENTS.md 7; 12b's GATT objections toward the USA), planned, and "and seek new talks with
  Washington" REQUEST JPN -> USA (seeking talks = a request; CONSULT planned arguable, "talks" skipped as
  its content), planned; both undated ("as soon as possible" has no value), location null, "The embassy
  said" rule-3 attribution. "as it said it would" refers to Japan's earlier, undated statement that it
  would complain (THREATEN or STATEMENT arguable; skipped).
* 2417 (farm reform conference, DCT Thu 1987-03-05, PARIS): "Top U.S. and European farm trade and
  government representatives called for a sweeping reform of world agriculture" is split by country
  (EVENTS.md 12: USA and null, "European" taken as a group) into two STATEMENTs on "called for": the
  reform of world agriculture names no actor asked to act (EVENTS.md 2; 17a's "called for speedier
  prospecting"; REQUEST arguable); wire-style summary of today's speeches: DCT, PARIS (the conference is
  "here"). "Speakers at a conference ... demonstrated a growing U.S.-European consensus" is a summary
  with unnamed speakers (skipped); the conference / "the two-day meeting, which ends tomorrow" is the
  setting (a forum with unnamed participants; CONSULT by a null group, 1987-03-05, arguable; skipped with
  Bailey's "attendance"). Bailey's quoted warning ('"It is vital that we work together ... the level of
  possible retaliation become more harmful," ... Bailey said': the speaker's own side, no consequence from
  him, own_blind's "We should ..." and "warned that partners may resist") and "Bailey said his attendance
  ... demonstrated the U.S. recognises the need to adjust its policies" are STATEMENTs (USA GOV). Paye's
  "said" (the need for reforms is justified), "he noted" (the forum is GATT) and "Paye stressed the need
  for a progressive and joint reduction of agricultural subsidies" (prescriptive, no identifiable actor
  asked, EVENTS.md 2; REQUEST arguable) are STATEMENTs (null IGO); "proposed James Howard, Executive
  Vice-president of Cargill (USA)" (another possible solution: stop supporting farm prices) is a
  STATEMENT (USA BUS; a proposal with no actor asked). "Franz-Josef Feiter, agricultural adviser to West
  German Chancellor Helmut Kohl, agreed the European Community must take greater heed of market
  constraints" is REQUEST DEU GOV -> the EC (null IGO) on "agreed" (an identifiable actor told it must
  act, EVENTS.md 2; agreeing with the other speakers is not AGREE, own_dev's "agreeing with an
  assessment"; STATEMENT arguable since Germany is an EC member, as 34b's Miyazawa). His '"differentiated
  policy treatment is required" ..., he said' (no actor asked) and '"Agriculture is an efficient sector
  ...," he said' are STATEMENTs (DEU GOV). All speech acts: DCT 1987-03-05, PARIS.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind37a.jsonl"

TOK = ("TOKYO", "JPN")
FRA = ("FRANKFURT", "DEU")
STO = ("STOCKHOLM", "SWE")
LON = ("LONDON", "GBR")
WAS = ("WASHINGTON", "USA")
PAR = ("PARIS", "FRA")

JPN_IMPLIED = (None, "JPN", "GOV")
USA_IMPLIED = (None, "USA", "GOV")
KERNO = ("Milan Kerno", None, "IGO")
NOMURA = ("a senior analyst at Nomura Securities", "JPN", "BUS")
SMITHSON = ("Simon Smithson", "GBR", "BUS")
LSE = ("The London Stock Exchange", "GBR", "ORG")
WORLD_BANK = ("The World Bank", None, "IGO")
EMBASSY = ("The Japanese Embassy", "JPN", "GOV")
REAGAN = ("President Reagan", "USA", "GOV")
JAPAN_WOULD = (("Japan", "The embassy said"), "JPN", "GOV")
BAILEY = ("U.S. Department of Agriculture Deputy Administrator William Bailey", "USA", "GOV")
PAYE = ("Jean-Claude Paye", None, "IGO")
FEITER = ("Franz-Josef Feiter", "DEU", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-17040": {
        "events": [
            # 0
            ("AGREE", "agreed", ("the ruling Liberal Democratic Party", "JPN", "GOV"), JPN_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the ruling LDP agreed to a mediation proposal (the mediator not named: implied JPN counterpart, "
             "EVENTS.md 14); relayed by anonymous analysts, no time expression: undated"),
            # 1
            ("CONSULT", "leaves", (("Nakasone", "before"), "JPN", "GOV"), (("U.S.", "next week for the"), "USA", "GOV"),
             ("U.S.", "USA"),
             "1987-04", "month", "next week", "planned", None,
             "Nakasone leaves next week for the U.S. (a visit, visitor first); 'next week' from Thu 23 April = 27 "
             "April - 1 May, given at its month as 9b did for the same week and trip (straddles May: arguable)"),
        ],
        "skip": [
            ("passed", "domestic legislation (the Lower House passing the budget): no type"),
            ("proposal", "object of the agreement (the mediator's proposal)"),
            ("kill", "hypothetical content (domestic tax policy)"),
            ("introduce", "domestic tax policy (content)"),
            (("said", "political analysts"), "anonymous-source talk (political analysts)"),
            ("seen", "impersonal assessment (anonymous)"),
            ("predicted", "anonymous-source talk (some analysts)"),
            ("step down", "content of anonymous talk (a hypothetical resignation: RETREAT hypothetical arguable)"),
            ("summit", "time anchor inside anonymous talk (the June summit: CONSULT planned 1987-06 arguable)"),
            ("expire", "stative (term of office)"),
            (("pass", "anxious to"), "domestic legislation (content of the party's wish)"),
            ("tell", "purpose of the visit (a hypothetical STATEMENT arguable)"),
            ("doing its utmost", "content of the purpose clause"),
            ("boost", "content of the purpose clause"),
        ],
        "entities": [
            ("Japan", "GPE", "JPN"),
            ("Lower House", "ORG", "JPN"),
            ("Liberal Democratic Party", "ORG", "JPN"),
            ("Yasuhiro Nakasone", "PERSON", "JPN"),
            (("Nakasone", "predicted"), "PERSON", "JPN"),
            (("Nakasone", "before"), "PERSON", "JPN"),
            ("U.S.", "GPE", "USA"),
            ("Washington", "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
        ],
    },
    "reuters21578-21101": {
        "events": [
            # 0
            ("STATEMENT", ("said", "vice president of finance"), KERNO, None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "the bank plans a US domestic bond of about 200 mln dlrs this year (corporate finance: no type, so the "
             "reporting clause is the record); an officer of a multinational bank: null IGO; DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "He said the Bank"), (("He", "He said the Bank"), None, "IGO"), None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "borrowing plans for 1987 and 1988 (corporate finance); DCT"),
            # 2
            ("STATEMENT", ("said", "on hold, Kerno"), (("Kerno", "on hold,"), None, "IGO"), None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "the euroyen bond plans put on hold (corporate finance); DCT"),
            # 3
            ("STATEMENT", ("said", 'willing," Kerno'), (("Kerno", 'willing,"'), None, "IGO"), None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "'we should complete our programme (this year)' (the bank's own programme); DCT"),
            # 4
            ("STATEMENT", "adding", (("Kerno", 'willing,"'), None, "IGO"), None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "'adding' the 1987 borrowing so far: a second reporting clause (EVENTS.md 3), statistics"),
            # 5
            ("STATEMENT", ("said", "Abidjan, Kerno"), (("Kerno", "Abidjan,"), None, "IGO"), None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "the board will meet on October 26 to discuss securities trading (an internal meeting of one body, "
             "skipped; 'October 26' governs the meeting, not the saying): DCT"),
            # 6
            ("STATEMENT", ("said", "operations, he"), (("he", "operations, he"), None, "IGO"), None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "trading would follow World Bank and ADB lines (the bank's own operations); DCT"),
            # 7
            ("STATEMENT", ("said", "four years, he"), (("he", "four years, he"), None, "IGO"), None, FRA,
             "1987-10-19", "day", None, "asserted", None,
             "the bank plans to use the funds gradually (its own operations); DCT"),
        ],
        "skip": [
            ("raise", "corporate finance (a bond issue, EVENTS.md 10)"),
            ("presentation", "the occasion of the statements"),
            ("borrow", "corporate finance (the bank's borrowing programme)"),
            ("put on hold", "corporate finance (a bond plan shelved)"),
            ("complete", "content (the bank's own borrowing programme)"),
            (("borrowing", "1987"), "statistics (content of the added clause)"),
            ("meet", "internal meeting of one body (the board of directors), planned"),
            ("discuss", "content of the internal meeting"),
            (("trading", "begin Bank"), "content (the bank's own securities trading)"),
            ("conducted", "content (the bank's own operations)"),
            ("traded", "stative / content (the bank's own liquidity)"),
            (("use", "plans to use"), "content (the bank's own funds)"),
            ("tripled", "corporate finance (a capital increase)"),
            ("criticized", "unnamed bankers: anonymous speakers (EVENTS.md 4, 'bankers said'); ACCUSE DEU BUS -> "
                           "the bank (null) arguable"),
            (("adding", "lending,"), "unnamed bankers: anonymous (content of their criticism)"),
            ("invest", "content of the bankers' criticism"),
            ("rose", "statistics"),
            (("showed", "statistics"), "a document (the bank's statistics): not a speech act"),
            (("showed", "from 1986"), "a document (the bank's figures): not a speech act"),
        ],
        "entities": [
            ("African Development Bank", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Milan Kerno", "PERSON", None),
            (("Bank", "He said the"), "ORG", None),
            (("Kerno", "on hold,"), "PERSON", None),
            (("Kerno", 'willing,"'), "PERSON", None),
            (("Bank", "adding the"), "ORG", None),
            (("Bank", "The Bank's board"), "ORG", None),
            (("Bank", "begin"), "ORG", None),
            ("Abidjan", "GPE", "CIV"),
            (("Kerno", "Abidjan,"), "PERSON", None),
            ("World Bank", "ORG", None),
            ("Asian Development Bank", "ORG", None),
            (("Bank", "The Bank now"), "ORG", None),
            (("Bank", "The Bank plans"), "ORG", None),
            (("Bank", "lending increases the"), "ORG", None),
            ("German", "NORP", "DEU"),
            (("Bank", "criticized the"), "ORG", None),
            (("Bank", "adding the Bank would"), "ORG", None),
            (("Bank", "in 1985, the"), "ORG", None),
            (("Bank", "Other"), "ORG", None),
            ("Interamerican Development Bank", "ORG", None),
            (("Asian Development Bank", "302 pct"), "ORG", None),
        ],
    },
    "reuters21578-21200": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Asea AB", "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None,
             "the merged group's four business areas (a company's own organisation: no type); the merger is a "
             "background nominal; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "role, Asea"), (("Asea", "role,"), "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None,
             "decentralised management and the three home markets ('in a statement'); DCT"),
            # 2
            ("STATEMENT", ("said", "It said"), (("It", "It said"), "SWE", "BUS"), None, STO,
             "1987-10-19", "day", None, "asserted", None,
             "research and development crucial, laboratories to be strengthened (own organisation); DCT"),
        ],
        "skip": [
            ("formed", "content (the group to be formed)"),
            ("merger", "background nominal (Asea's merger with BBC; COOPERATE SWE -> CHE planned arguable)"),
            ("run", "content (the group's management)"),
            ("play", "content"),
            ("statement", "part of the reporting clause"),
            ("strengthened", "content (the group's own research)"),
        ],
        "entities": [
            ("Asea AB", "ORG", "SWE"),
            ("Switzerland", "GPE", "CHE"),
            ("BBC AG Brown Boveri und Cie", "ORG", "CHE"),
            ("Asea Brown Boveri Ltd", "ORG", None),
            (("Switzerland", "home markets,"), "GPE", "CHE"),
            ("West Germany", "GPE", "DEU"),
            ("Sweden", "GPE", "SWE"),
            (("Asea", "role,"), "ORG", "SWE"),
        ],
    },
    "reuters21578-20861": {
        "events": [
            # 0
            ("STATEMENT", ("said", 'New York," said'), NOMURA, None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "Tokyo's market is different from New York (assessment); an analyst of a named firm taken as "
             "identifiable (EVENTS.md 4; anonymous arguable); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "senior Nomura analyst"), ("the senior Nomura analyst", "JPN", "BUS"), None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "the discount rate in Japan cannot rise (assessment); DCT"),
            # 2
            ("STATEMENT", ("said", "He said the Tokyo"), (("He", "He said the Tokyo"), "JPN", "BUS"), None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "forecast: the index may fall 1,000 points on Tuesday ('on Tuesday' governs the fall); DCT"),
            # 3
            ("STATEMENT", ("said", "But he said a"), (("he", "But he said a"), "JPN", "BUS"), None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "a 1,000 point fall would be nothing compared to New York (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", 'for New York," he'), (("he", 'for New York," he'), "JPN", "BUS"), None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "'New York overreacted, the dollar is rising' (assessment); DCT"),
            # 5
            ("STATEMENT", ("said", "share analyst,"), SMITHSON, None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "forecast: Tokyo's market likely to free fall, perhaps stabilise later (a named analyst of a British "
             "firm); DCT"),
            # 6
            ("STATEMENT", "predicted", (("He", "He too"), "GBR", "BUS"), None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "forecast: a drop of perhaps 1,000 points today ('today' governs the drop; the forecast is a wire-style "
             "speech act: DCT)"),
            # 7
            ("STATEMENT", ("said", "But he said overall"), (("he", "But he said overall"), "GBR", "BUS"), None, TOK,
             "1987-10-19", "day", None, "asserted", None,
             "economic conditions in the U.S. and Japan are different (assessment); DCT"),
            # 8
            ("STATEMENT", ("said", 'Japan," Smithson'), (("Smithson", "do not exist"), "GBR", "BUS"), None, TOK,
             "1987-10-19", "day", None, "asserted", 7,
             "later mention: quoted restatement of the preceding paraphrase (the problems of New York do not exist "
             "in Japan, EVENTS.md 3)"),
        ],
        "skip": [
            (("said", "opened on Tuesday"), "anonymous-source talk (stock market analysts)"),
            (("fall", "dramatic"), "market-price movement"),
            (("fall", "although Tokyo would"), "market-price movement (content of anonymous talk)"),
            (("stabilise", "it might"), "market-price movement (content of anonymous talk)"),
            (("said", "New York, they"), "anonymous-source talk (analysts)"),
            (("rise", "cannot"), "content (monetary)"),
            (("fall", "index may"), "market-price movement (content of the forecast)"),
            ("dropped", "market-price movement"),
            (("fall", "a 1,000 point"), "market-price movement (content)"),
            ("overreacted", "market movement (content of the quote)"),
            ("rising", "market-price movement (content)"),
            ("opens", "trading hours: stative"),
            (("fell", "Industrial Average"), "market-price movement (an index)"),
            ("decline", "market-price movement"),
            ("free fall", "market-price movement (content of the forecast)"),
            (("stabilise", "perhaps would"), "market-price movement (content of the forecast)"),
            (("drop", "predicted a"), "market-price movement (content of the forecast)"),
            ("pushed down", "content of the quote"),
            (("prediction", "more gloomy"), "anonymous-source talk (a fund manager at an unnamed trust bank)"),
            (("said", "ignore New York,\" he"), "anonymous-source talk (the unnamed fund manager)"),
            (("selling", "Foreigners will be"), "content of anonymous talk"),
            (("said", "will be selling,\" he"), "anonymous-source talk (the unnamed fund manager)"),
            (("said", "another Japanese trust bank"), "anonymous-source talk (a fund manager at an unnamed bank)"),
            (("fall", "Monday's New York"), "market-price movement (content of anonymous talk)"),
            ("wait", "content of anonymous talk"),
            (("stop", "would"), "content of anonymous talk"),
            ("invest", "content of anonymous talk"),
            (("said", "can invest now,\" he"), "anonymous-source talk (the unnamed fund manager)"),
        ],
        "entities": [
            ("Tokyo", "GPE", "JPN"),
            ("Wall Street", "LOC", "USA"),
            (("Tokyo", "although"), "GPE", "JPN"),
            (("Tokyo", "affecting the"), "GPE", "JPN"),
            ("New York", "GPE", "USA"),
            (("Tokyo", "New York, they said."), "GPE", "JPN"),
            (("New York", "different from"), "GPE", "USA"),
            ("Nomura Securities", "ORG", "JPN"),
            (("New York", "ownership than in"), "GPE", "USA"),
            (("Japan", "discount rate in"), "GPE", "JPN"),
            (("Nomura", "the senior"), "ORG", "JPN"),
            ("Tokyo Exchange", "ORG", "JPN"),
            (("New York", "nothing compared to"), "GPE", "USA"),
            (("New York", '"New York overreacted'), "GPE", "USA"),
            (("New York", "positive sign for"), "GPE", "USA"),
            ("Tokyo Stock Exchange", "ORG", "JPN"),
            ("Simon Smithson", "PERSON", "GBR"),
            ("Kleinwort Benson International", "ORG", "GBR"),
            (("Tokyo", "share analyst, said"), "GPE", "JPN"),
            (("U.S.", "conditions in the"), "GPE", "USA"),
            (("Japan", "U.S. And"), "GPE", "JPN"),
            (("New York", "pushed down the"), "GPE", "USA"),
            (("U.S.", "like the ("), "GPE", "USA"),
            (("Japan", "do not exist in"), "GPE", "JPN"),
            (("Smithson", "do not exist"), "PERSON", "GBR"),
            (("New York", "cannot ignore"), "GPE", "USA"),
            ("Japanese", "NORP", "JPN"),
            (("New York", "Monday's"), "GPE", "USA"),
        ],
    },
    "reuters21578-3832": {
        "events": [
            # 0
            ("STATEMENT", ("comment", "has no immediate"), LSE, None, LON,
             "1987-03-11", "day", None, "negated", None,
             "withheld statement: the Exchange has no immediate comment on the charge (an Exchange spokesman said; "
             "his 'said' left unlisted); wire style: DCT, dateline city"),
            # 1
            ("ACCUSE", ("charge", "Insider trading"), (("U.S.", "comment on the"), "USA", "GOV"),
             ("a senior London executive of Merrill Lynch and Co", "USA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "the U.S. (SEC) insider trading charge against a Merrill Lynch executive: a nominal with its own agent "
             "and target (EVENTS.md 11); the executive of a U.S. firm: USA (as 10b's BNP dealer); no time "
             "expression: undated"),
            # 2
            ("STATEMENT", "added", (("he", 'yet," he'), "GBR", "ORG"), None, LON,
             "1987-03-11", "day", None, "asserted", None,
             "'This is a civil action in New York and no-one here has any proper details yet' (assessment); DCT"),
            # 3
            ("STATEMENT", ("said", "further developments, he"), (("he", "developments, he"), "GBR", "ORG"), None,
             LON, "1987-03-11", "day", None, "asserted", None,
             "the Exchange will await further developments (no type); DCT"),
            # 4
            ("STATEMENT", ("comment", "declined immediate"), ("Trade and Industry Department officials", "GBR", "GOV"),
             None, LON, "1987-03-11", "day", None, "negated", None,
             "withheld statement: DTI officials also declined immediate comment; DCT"),
            # 5
            ("STATEMENT", ("said", "Merrill Lynch in London"), ("Merrill Lynch in London", "USA", "BUS"), None, LON,
             "1987-03-11", "day", None, "asserted", None,
             "further amplification would have to come from the New York office (a referral, not an explicit "
             "withholding: asserted; negated arguable); the firm's country USA; DCT"),
        ],
        "skip": [
            (("action", "civil"), "anaphoric nominal (the SEC charge)"),
            ("keeps in touch", "standing contact through official channels: stative (CONSULT arguable)"),
            ("await", "content of the statement"),
            (("charge", "amplification on the SEC"), "anaphoric nominal (the SEC charge)"),
            (("come", "have to"), "content of the statement"),
            ("queries", "anonymous market talk"),
            ("involved", "stative"),
            ("mergers", "background (unnamed companies)"),
            ("referred", "content of a document (the SEC complaint)"),
            ("complaint", "anaphoric nominal (the SEC charge)"),
            ("inquiries", "background nominal (recent official inquiries into Guinness; ACCUSE GBR -> Guinness, "
                          "undated, arguable)"),
            ("featured", "stative"),
        ],
        "entities": [
            ("London Stock Exchange", "ORG", "GBR"),
            ("U.S.", "GPE", "USA"),
            (("London", "senior"), "GPE", "GBR"),
            ("Merrill Lynch and Co", "ORG", "USA"),
            (("Exchange", "and Co <MER>, an"), "ORG", "GBR"),
            ("New York", "GPE", "USA"),
            ("London Exchange", "ORG", "GBR"),
            ("U.K.", "GPE", "GBR"),
            ("U.S. Securities and Exchange Commission", "ORG", "USA"),
            ("Trade and Industry Department", "ORG", "GBR"),
            (("Merrill Lynch", "immediate comment."), "ORG", "USA"),
            (("London", "Merrill Lynch in"), "GPE", "GBR"),
            ("SEC", "ORG", "USA"),
            ("Nahum Vaskevitch", "PERSON", "GBR"),
            (("New York", "firms's"), "GPE", "USA"),
            (("SEC", "referred to in the"), "ORG", "USA"),
            ("British", "NORP", "GBR"),
            ("Guinness Plc", "ORG", "GBR"),
            (("Merrill Lynch", "Merrill Lynch is"), "ORG", "USA"),
            (("London Stock Exchange", "member of the"), "ORG", "GBR"),
            (("U.S.", "addition to its"), "GPE", "USA"),
        ],
    },
    "reuters21578-17112": {
        "events": [
            # 0
            ("AID", "provide", WORLD_BANK, ("Morocco", "MAR", "GOV"), None,
             None, "unknown", None, "planned", None,
             "the World Bank will provide Morocco a 125 mln dlr loan (credit = AID, EVENTS.md 8); 'said' is rule-3 "
             "attribution; planned, no time expression: undated"),
            # 1
            ("STATEMENT", ("said", "The Bank said"), (("The Bank", "The Bank said"), None, "IGO"), None, WAS,
             "1987-04-24", "day", None, "asserted", None,
             "the project's expected results by 1994 (no type); wire style: DCT, dateline city"),
            # 2
            ("STATEMENT", ("said", "189.9 mln dlrs, the Bank"), (("the Bank", "189.9 mln dlrs,"), None, "IGO"), None,
             WAS, "1987-04-24", "day", None, "asserted", None,
             "the project's cost and financing shares (statistics; the lenders unidentified); DCT"),
        ],
        "skip": [
            (("said", "The World Bank"), "rule-3 attribution (the loan is the event)"),
            ("improve", "purpose of the loaned project"),
            ("satisfy", "content (the project's expected results)"),
            ("providing", "the Moroccan telecoms office's own share of its project's cost: no counterpart (content)"),
            (("provide", "expected to"), "unidentified bilateral lenders (AID null -> MAR planned arguable); content "
                                         "of the statement"),
        ],
        "entities": [
            ("World Bank", "ORG", None),
            ("Morocco", "GPE", "MAR"),
            (("Bank", "The Bank said the"), "ORG", None),
            ("Office National des Postes et Telecommunications du Maroc", "ORG", "MAR"),
            (("Bank", "189.9 mln dlrs, the"), "ORG", None),
        ],
    },
    "reuters21578-16924": {
        "events": [
            # 0
            ("ACCUSE", "said", EMBASSY, REAGAN, WAS,
             "1987-04-17", "day", None, "asserted", None,
             "'deeply disappointed' by the tariffs announced by Reagan: a complaint, the saying is the act (22b's "
             "Lyng 'very disappointed'); wire style: DCT, dateline city"),
            # 1
            ("SANCTION", "tariffs", REAGAN, (("Japan", "retaliation for"), "JPN", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "the tariffs announced by Reagan in retaliation against Japan (a nominal with its own agent, EVENTS.md "
             "11; 'announced' skipped as attribution, own_dev); no time expression: undated"),
            # 2
            ("REJECT", ("said", "It said"), (("It", "It said"), "JPN", "GOV"), USA_IMPLIED, WAS,
             "1987-04-17", "day", None, "asserted", None,
             "Japan had been fully implementing the pact: a rebuttal of the U.S. charge of non-compliance (denial, "
             "speech-act rule 2; STATEMENT arguable); DCT"),
            # 3
            ("ACCUSE", "complain", JAPAN_WOULD, USA_IMPLIED, None,
             None, "unknown", None, "planned", None,
             "Japan would complain to GATT about the U.S. tariffs (a complaint against the USA voiced to a third "
             "party, EVENTS.md 7); 'The embassy said' is rule-3 attribution; planned, no time expression: undated"),
            # 4
            ("REQUEST", "seek", JAPAN_WOULD, ("Washington", "USA", "GOV"), None,
             None, "unknown", None, "planned", None,
             "Japan would seek new talks with Washington (a request for talks; CONSULT planned arguable); 'as soon "
             "as possible' has no value: undated"),
        ],
        "skip": [
            ("statement", "part of the reporting clause"),
            ("announced", "attribution of the tariffs (the tariffs are the event, own_dev)"),
            ("retaliation", "part of the tariffs' description"),
            ("honoring", "grounds of the U.S. measure (Japan's alleged non-compliance): background"),
            ("agreement", "background nominal (the U.S.-Japan semiconductor agreement; AGREE undated arguable)"),
            ("implementing", "content of the denial"),
            (("end", "pact to"), "content (the pact's terms)"),
            ("dumping", "content (the pact's terms)"),
            (("open", "and to"), "content (the pact's terms)"),
            (("said", "The embassy said"), "rule-3 attribution (the complaint and the request are the events)"),
            (("said", "as it said"), "background: Japan's earlier, undated statement that it would complain "
                                     "(THREATEN or STATEMENT arguable)"),
            ("talks", "content of the request"),
            ("resolve", "content of the request"),
        ],
        "entities": [
            ("Japanese Embassy", "ORG", "JPN"),
            ("Reagan", "PERSON", "USA"),
            (("Japan", "retaliation for"), "GPE", "JPN"),
            ("United States", "GPE", "USA"),
            (("Japan", "It said"), "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Japan", "The embassy said"), "GPE", "JPN"),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            ("Washington", "GPE", "USA"),
        ],
    },
    "reuters21578-2417": {
        "events": [
            # 0
            ("STATEMENT", "called for", ("U.S.", "USA", "GOV"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "U.S. representatives called for a sweeping reform of world agriculture: no identifiable actor asked "
             "(EVENTS.md 2; REQUEST arguable); compound split by country (EVENTS.md 12); wire style: DCT, PARIS"),
            # 1
            ("STATEMENT", "called for", ("European", None, "GOV"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "the European representatives' part of the same call (a group: null); DCT"),
            # 2
            ("STATEMENT", ("said", "William Bailey"), BAILEY, None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "'It is vital that we work together ...' (the speaker's own side; a warning with no consequence from the "
             "speaker); DCT, the conference 'here'"),
            # 3
            ("STATEMENT", ("said", "Bailey said his"), (("Bailey", "Bailey said his"), "USA", "GOV"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "his attendance demonstrates the U.S. recognises the need to adjust its policies (assessment); DCT"),
            # 4
            ("STATEMENT", ("said", "Jean-Claude Paye"), PAYE, None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "the need for urgent reforms is justified by the imbalances (assessment); the OECD head: null IGO; DCT"),
            # 5
            ("STATEMENT", "noted", (("he", "Trade, he"), None, "IGO"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "the forum for such a reform is GATT (assessment); a second reporting clause; DCT"),
            # 6
            ("STATEMENT", "stressed", (("Paye", "Paye stressed"), None, "IGO"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "the need for a joint reduction of farm subsidies: prescriptive with no identifiable actor asked "
             "(EVENTS.md 2; REQUEST arguable); DCT"),
            # 7
            ("STATEMENT", "proposed", ("James Howard", "USA", "BUS"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "another possible solution: stop supporting farm prices (a proposal, no actor asked); Cargill (USA) "
             "executive; DCT"),
            # 8
            ("REQUEST", "agreed", FEITER, ("the European Community", None, "IGO"), PAR,
             "1987-03-05", "day", None, "asserted", None,
             "the EC must take greater heed of market constraints: an identifiable actor told it must act (EVENTS.md "
             "2; agreeing with the other speakers is not AGREE; STATEMENT arguable, Germany being an EC member); DCT"),
            # 9
            ("STATEMENT", ("said", "around the EC, he"), (("he", "EC, he"), "DEU", "GOV"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "'differentiated policy treatment is required' (an evaluation, no actor asked, EVENTS.md 2); DCT"),
            # 10
            ("STATEMENT", ("said", 'Community," he'), (("he", 'Community," he'), "DEU", "GOV"), None, PAR,
             "1987-03-05", "day", None, "asserted", None,
             "agriculture is an efficient sector of the European economy (assessment); DCT"),
        ],
        "skip": [
            (("reform", "sweeping"), "content of the call"),
            ("redress", "purpose (content of the call)"),
            (("demonstrated", "Speakers at"), "summary with unnamed speakers (anonymous)"),
            ("conference", "setting of the speeches (a forum with unnamed participants; CONSULT by a null group "
                           "arguable)"),
            ("consensus", "stative"),
            ("overhaul", "content"),
            ("work together", "content of the quote (the speaker's own side)"),
            ("retaliation", "hypothetical content of the quote"),
            ("attendance", "the occasion (Bailey at the conference; CONSULT arguable)"),
            (("meeting", "two-day"), "the conference (setting)"),
            ("ends", "dating of the conference"),
            (("demonstrated", "which ends tomorrow,"), "content of the statement"),
            ("adjust", "content of the statement"),
            ("justified", "content of the statement"),
            ("reduction", "content of the stressed need"),
            (("help", "social measures to"), "content of the stressed need"),
            (("stop", "would be to"), "content of the proposal"),
            (("help", "instead"), "content of the proposal"),
            ("take greater heed", "content of the request"),
            ("fixing", "content of the request"),
            ("required", "content of the statement (no actor asked)"),
            ("pursued", "content (condition inside the quote)"),
        ],
        "entities": [
            ("U.S.", "GPE", "USA"),
            ("European", "NORP", None),
            (("U.S.", "growing"), "GPE", "USA"),
            (("European", "growing U.S.-"), "NORP", None),
            ("U.S. Department of Agriculture", "ORG", "USA"),
            ("William Bailey", "PERSON", "USA"),
            (("Bailey", "Bailey said his"), "PERSON", "USA"),
            (("U.S.", "demonstrated the"), "GPE", "USA"),
            ("Organisation for Economic Cooperation and Development", "ORG", None),
            ("Jean-Claude Paye", "PERSON", None),
            ("General Agreement on Tariffs and Trade", "ORG", None),
            (("Paye", "Paye stressed"), "PERSON", None),
            ("James Howard", "PERSON", "USA"),
            ("Cargill", "ORG", "USA"),
            ("USA", "GPE", "USA"),
            ("Franz-Josef Feiter", "PERSON", "DEU"),
            ("West German", "NORP", "DEU"),
            ("Helmut Kohl", "PERSON", "DEU"),
            ("European Community", "ORG", None),
            (("EC", "around the"), "ORG", None),
            (("European", "sector of the"), "NORP", None),
            (("Community", "within the"), "ORG", None),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
