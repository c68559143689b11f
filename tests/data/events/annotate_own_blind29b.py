"""Build ``own_blind29b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind29b.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,754 left; also minus the 16 stories drawn for own_blind28, 2,738 left); 24 drawn with random.Random(29101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
40 event records (36 first mentions, 4 later mentions), 111 not_annotated spans, 94 entity mentions;
no article without events; 10122 (ICCO cocoa council) has a single CONSULT (anonymous delegates' talk
otherwise), 11645 (USDA bonus wheat for Algeria) and 2688 (Ecuador export suspension) have STATEMENTs
only. Types: STATEMENT 30, CONSULT 3, COOPERATE 3, PROTEST 2, ACCUSE 1, REJECT 1; modality: asserted 38,
planned 2; precision: day 34, unknown 4, month 2.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context; two wrong first matches fixed: "reconvene" inside
"reconvenes", "approve" inside "approved"). See GUIDELINES.md and ../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span ("U.S. Trade Representative Clayton Yeutter": "U.S."
GPE and the PERSON; "Australian Trade Minister John Dawkins": NORP "Australian" and the PERSON; "USDA
General Sales Manager Melvin Sims": "USDA" ORG and the PERSON); possessive 's left out ("International
Cocoa Organization's"); "U.S. Congress" one ORG span USA (24a), "Congress" ORG USA; "U.S." in "U.S.
Cents" and "N.Z." in "N.Z. Dollar" GPE (15a/25b), "New Zealand" in "New Zealand dollar" GPE NZL; the
International Cocoa Organization / ICCO, GATT / General Agreement on Tariffs and Trade, the European
Community / EC and OPEC ORG null; Willy de Clercq (EC commissioner, 24b) and Denis Bra Kanon (ICCO
council chairman, nationality not given) PERSON null (heads of international bodies); Kobena Erbynn
(the ICCO's executive director) PERSON GHA and Edouard Kouame PERSON CIV because the text gives "from
Ghana" / "from Ivory Coast" (null for Erbynn as staff of an international body arguable); Kansai LOC
JPN (5a); Corporacion Estatal Petrolera Ecuatoriana / CEPE and the "Energy and Mines MInistry" (as
written) ORG ECU; El Salado GPE ECU, the Aguarico river / bridge and the Reventador volcano LOC ECU
(the name only, lower-case "river", "volcano", "bridge" left out); "Ecaudor" (misspelt) GPE ECU; the
Tower commission and the White House ORG USA, "1600 Pennsylvania Avenue" LOC USA; the Labour Party and
National Party ORG NZL; Cam USA Inc and the Commodity Credit Corp ORG USA; scales (Mercalli), laws
(Arms Export Control Act), programmes (export enhancement program) and currencies are not entities.

Judgement calls made here:
* 10122 (ICCO buffer stock compromise): every speaker is anonymous ("consumer delegates", "they",
  "consumers", "the delegates", "producer delegates": delegates are not identifiable speakers, as
  diplomats in EVENTS.md 4), so all eleven "said" are skipped. The one typed act by an identifiable
  agent inside that talk (24a's Chirac call) is "Bra Kanon completed bilateral consultations with
  several delegations today": CONSULT on the event noun after the light verb, the chairman acting for
  the ICCO (null IGO, EVENTS.md 13's GATT official) -> the delegations (a group of unnamed countries:
  null), 1987-03-26 ("today"), location null (the text names no place). His continued work on a
  compromise plan (mediation: no type), the plan "not formally presented" (withheld STATEMENT or
  CONSULT arguable), the hoped-for result, the unnamed "Certain delegations" wanting discussion
  (REQUEST arguable, no identifiable actor), the working group finalizing the rules (internal work of
  one body; AGREE arguable), the council session / reconvening / executive committee meeting (internal
  meetings), the election of an executive director and the producers' candidate (appointments) and
  Erbynn's likely withdrawal from re-nomination (appointment process; RETREAT planned arguable) are
  skipped.
* 8186 (Yeutter at Taupo): the opening "Yeutter said" (U.S. and Japan on the brink of trade conflict over
  semiconductors, supercomputer purchases and Kansai barriers) is a STATEMENT (an assessment; ACCUSE
  toward Japan arguable for the listed grievances) dated 1987-03-22 by the next sentence "He was
  talking to reporters yesterday", which is its later mention (same talk). "a two-day meeting of trade
  ministers which will review progress" is CONSULT planned by the ministers (a group: null), a nominal
  with its own predication (EVENTS.md 11), 1987-03-23: yesterday was "on the eve" of it; "the Uruguay
  meeting last September launched a new round of GATT talks" is CONSULT on "launched" (7a's call for
  the round's launch: implied group, null IGO), 1986-09, in Uruguay; the Uruguay "meeting" is its venue
  and "talks" the round (skipped). De Clercq's "told reporters" (null IGO; "meanwhile" has no value:
  DCT), Dawkins' "told the reporters" (AUS; bilateral retaliation criticised with no party named),
  Moore's "told his colleagues" (NZL; "must not be sidetracked" asks no actor) and "The ministers have
  said" (a group, null; "have said" = DCT, EVENTS.md 16) are STATEMENTs. Yeutter's later clauses ("said"
  trade talks get bogged down, "He also said" Congress is less protectionist, '"..." he added', the
  quote '"Members of Congress ... have begun to realise ...," Yeutter said' (new content: its own
  record, not a restatement) and 'He added, "Whether that will be reflected ..."') are STATEMENTs, DCT
  (no time expression of their own), TAUPO; the hypothetical "I would have said" and "If you asked me"
  are skipped.
* 2688 (Ecuador): "Ecuador today suspended its crude oil exports ... due to an earthquake" has no target
  (14a's export suspension after the quake: skipped), so "an Energy and Mines MInistry statement said"
  is a STATEMENT (ECU GOV, DCT, QUITO; 25b's "an IAEA statement said"). "It said ... CEPE notified foreign
  customers that it was declaring force majeure": the notification is CEPE's own act (a separate act,
  EVENTS.md 1), an announcement of a measure with no type, so a STATEMENT by CEPE (ECU BUS; state-owned,
  EVENTS.md 15) with actor2 null (the customers are its audience), undated (relayed by the ministry, no
  time expression of its own), and "It said" is rule-3 attribution. The senior energy ministry official's
  "said", "He also said" and "he said" are STATEMENTs (an official of the named ministry, DCT); the
  seismologists are unidentified experts (skipped); "according to Ecuadorean officials" is a STATEMENT
  (identifiable officials, 26b's "according to" by a named author), DCT. The quake, damage, collapse and
  "No injuries were reported" (impersonal) are skipped.
* 11645 (USDA bonus wheat for Algeria): accepting export-bonus bids is export-bonus administration
  (GUIDELINES: borderline, skipped; 27b's 3904), so "The U.S. Agriculture Department said", "Sims said
  the Commodity Credit Corp accepted one bid" and "Sims said the bonus was ..." are three STATEMENTs (USA
  GOV, DCT, WASHINGTON); the sales to Algeria covered by the bonus are purpose nominals (COOPERATE
  arguable, skipped), the shipment schedule content and the remaining tonnage stative.
* 1896 (Reagan on Iran records): "President Reagan said improper record keeping ... led to his failure to
  recollect" and "In a televised address ... Reagan said he is still upset that no-one kept proper
  records" are STATEMENTs (DCT, WASHINGTON; the second names no target: ACCUSE toward his staff
  arguable; the address is the occasion of the reporting clause). "a complaint made by the Tower
  commission" is ACCUSE by the commission (USA GOV, 12b) with actor2 null (no record keeper named),
  undated (a nominal with its own agent, EVENTS.md 11; no time expression). "The arms shipment was made
  in August of 1985 by Israel" is COOPERATE ISR -> Iran (implied: the Iran arms initiative; the last
  sentence calls it a sale; the type needs two parties, EVENTS.md 14) on the event noun after the light
  verb, 1985-08. '"I did approve it; I just can't specifically say when," Reagan said' restates the
  opening paraphrase (later mention, EVENTS.md 3); Reagan's approval itself (here, "whether he
  approved", "Reagan's approval") is content / anaphoric and skipped (SUPPORT USA -> ISR arguable,
  borderline). '"Rest assured, there's plenty of record-keeping now ..."' (Reagan added) is a STATEMENT
  (a reassurance with no counterpart, not a promise). The timing's legal consequence is hypothetical.
* 6945 (Muldoon on the N.Z. dollar): published 1987-03-18 21:11 with the dateline "WELLINGTON, March 19":
  the DCT is the published_at date (own_blind3 call), so "said in a speech last night" = 1987-03-17 by
  rule (the local date was probably March 18; the rule was followed). "Muldoon ... said the currency is
  at least 10 pct overvalued" is a STATEMENT with no time expression of its own (DCT, WELLINGTON); the
  speech clause (the rate "should be around 48 U.S. Cents": an evaluation, no actor asked) a STATEMENT
  dated 1987-03-17, location null, and the quote '"... around about 48 cents," he said' its restatement
  (later mention, the same date). Muldoon is a former premier with no party rank: PERSON NZL (kind is not
  scored). "party leaders ... have rejected his calls for a managed float" is REJECT by the National
  Party leaders (NZL ORG) -> Muldoon, undated (a perfect verbal act with no time expression, sets
  15-16); his "calls" are the object (REQUEST arguable, skipped). "He said the dollar was high because of
  'grossly excessive' interest rates" (criticism of a policy, the government not named: ACCUSE arguable)
  and '"I know of no other country ...," he added' are STATEMENTs (DCT); the rest of that quote has no
  reporting clause of its own. The Labour government's removal of exchange controls and float "two
  years ago" are domestic deregulation / monetary policy (skipped; RETREAT arguable, 25b).
* 11445 (Syrian wheat purchases): "some traders", "others" and "they" are anonymous (skipped), and what
  Syria "may have bought" or "may instead have given payment guarantees" for is their speculation
  (COOPERATE / AID hypothetical arguable, skipped). "Syria has bought around 320,000 tonnes of soft
  French wheat since the beginning of the 1986/87 campaign" is COOPERATE SYR -> the French sellers
  (implied FRA BUS, from the origin; 12b/20b's purchases of U.S. corn), undated (a season-long period
  has no single value); "The country also bought around 30,000 tonnes of EC soft wheat 12 days ago" is
  COOPERATE SYR -> the implied EC sellers (no single country: null), 1987-03-19. The exported tonnage
  is statistics.
* 17411 (Spanish port strike): "Some 60 pct of 6,300 employees at Spain's 27 major ports have supported a
  strike since Monday" is PROTEST by the port workers (ESP ORG), actor2 null (events_dev's dock strike),
  dated by its start, 1987-04-27 (Monday before Wed 29 April; EVENTS.md 21), the Public Works Ministry
  spokesman's "said" rule-3 attribution; "He said, however, that the stoppage has had no effect ..." is
  a STATEMENT (ESP GOV, DCT, MADRID). "The strike is due to continue tomorrow" is its later mention,
  planned, with its own date 1987-04-30; "work resuming on Friday" is the scheduled end of the strike,
  not a calling-off (RETREAT planned arguable, skipped); the wage negotiations (parties unnamed) and the
  mandatory minimum services are skipped.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

TAUPO = ("TAUPO", "NZL")
QUITO = ("QUITO", "ECU")
WAS = ("WASHINGTON", "USA")
WEL = ("WELLINGTON", "NZL")
MAD = ("MADRID", "ESP")
URUGUAY = ("Uruguay", "URY")
SPAIN_PORTS = ("Spain's 27 major ports", "ESP")

YEUTTER = ("U.S. Trade Representative Clayton Yeutter", "USA", "GOV")
REAGAN = ("President Reagan", "USA", "GOV")
ISRAEL_IMPLIED_BUYER = (None, "IRN", "GOV")
STRIKERS_IMPLIED = (None, "ESP", "ORG")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10122": {
        "events": [
            # 0
            ("CONSULT", "consultations", (("Bra Kanon", "Bra Kanon completed"), None, "IGO"),
             ("several\ndelegations", None, "GOV"), None,
             "1987-03-26", "day", "today", "asserted", None,
             "the ICCO council chairman's bilateral consultations with several delegations today (event noun after "
             "the light verb 'completed'; the chairman acts for the ICCO: null, EVENTS.md 13; the delegations a "
             "group of unnamed countries: null); the delegates' 'they said' is anonymous attribution"),
        ],
        "skip": [
            ("continued work", "the chairman's work on a compromise plan: mediation with no type, content of "
                               "anonymous talk"),
            (("buy", "buffer stock should"), "buffer-stock purchases: market operation of a body (content)"),
            (("said", "consumer delegates"), "anonymous-source talk (delegates, EVENTS.md 4)"),
            (("said", "Consumer delegates said"), "anonymous-source talk (delegates)"),
            ("presented", "a proposal not presented: no clear type (withheld STATEMENT / CONSULT arguable), "
                          "content of anonymous talk"),
            (("said", "Friday, they"), "anonymous-source talk (delegates)"),
            ("reached", "hypothetical result with no actor (content of anonymous talk)"),
            ("session", "internal meeting of one body (the ICCO council session)"),
            (("said", "end, consumers"), "anonymous-source talk (consumer delegates)"),
            (("said", "package, they"), "anonymous-source talk (delegates); attribution of the consultations"),
            ("wanted", "unnamed delegations' wish for further discussion (REQUEST arguable: no identifiable "
                       "actor)"),
            ("discussion", "content of the unnamed delegations' wish"),
            (("purchases", "stock purchases"), "buffer-stock purchases (content)"),
            (("said", "material, the delegates"), "anonymous-source talk (delegates)"),
            ("finalized", "the ICCO working group's drafting of the buffer stock rules: internal work of one body "
                          "(AGREE by the group arguable)"),
            ("produced", "background (the draft package produced last week)"),
            (("said", "week, the\ndelegates"), "anonymous-source talk (delegates)"),
            ("elect", "appointment (election of an executive director): not an event"),
            ("reconvenes", "internal meeting of one body (the ICCO council)"),
            (("said", "producer delegates"), "anonymous-source talk (producer delegates)"),
            ("present a single candidate", "nomination of a candidate: appointments are not events"),
            (("said", "Coast, they"), "anonymous-source talk (delegates)"),
            ("re-nominated", "nomination (appointment): not an event"),
            ("withdraw", "likely withdrawal of a candidacy for re-nomination: appointment process, content of "
                         "anonymous talk (RETREAT planned arguable)"),
            (("said", "withdraw, the delegates"), "anonymous-source talk (delegates)"),
            (("meet", "due to meet"), "internal meeting of one body (the ICCO executive committee)"),
            (("reconvene", "unlikely to reconvene"), "internal meeting of one body (the ICCO council)"),
            (("said", "late Friday,\nconsumers"), "anonymous-source talk (consumer delegates)"),
        ],
        "entities": [
            ("International Cocoa Organization", "ORG", None),
            ("ICCO", "ORG", None),
            ("Denis Bra Kanon", "PERSON", None),
            (("ICCO", "the ICCO buffer"), "ORG", None),
            (("Bra Kanon", "said Bra Kanon"), "PERSON", None),
            (("Bra Kanon", "Bra Kanon completed"), "PERSON", None),
            (("ICCO", "The ICCO council"), "ORG", None),
            ("Edouard Kouame", "PERSON", "CIV"),
            ("Ivory\nCoast", "GPE", "CIV"),
            ("Kobena Erbynn", "PERSON", "GHA"),
            ("Ghana", "GPE", "GHA"),
        ],
    },
    "reuters21578-8186": {
        "events": [
            # 0
            ("STATEMENT", "said", YEUTTER, None, TAUPO,
             "1987-03-22", "day", "yesterday", "asserted", None,
             "assessment: the U.S. and Japan on the brink of serious trade conflict (semiconductors, Japanese "
             "reluctance to buy U.S. supercomputers, Kansai barriers; ACCUSE toward Japan arguable); dated by the next "
             "sentence, 'He was talking to reporters yesterday' (the same talk)"),
            # 1
            ("STATEMENT", "talking", (("He", "He was talking"), "USA", "GOV"), None, TAUPO,
             "1987-03-22", "day", "yesterday", "asserted", 0,
             "later mention: the talk to reporters yesterday in which he said it"),
            # 2
            ("CONSULT", ("meeting", "two-day meeting"), ("trade ministers", None, "GOV"), None, None,
             "1987-03-23", "day", "on the eve", "planned", None,
             "two-day meeting of trade ministers which will review progress (a nominal with its own predication, "
             "EVENTS.md 11; the ministers a group: null); it starts the day after yesterday's talk 'on the eve' of "
             "it, i.e. 1987-03-23"),
            # 3
            ("CONSULT", "launched", (None, None, "IGO"), None, URUGUAY,
             "1986-09", "month", "last\nSeptember", "asserted", None,
             "the Uruguay meeting last September launched the new GATT round of negotiations (7a's call: CONSULT "
             "by the GATT members, implied group null)"),
            # 4
            ("STATEMENT", "told", ("European Community (EC) commissioner Willy de Clercq", None, "IGO"), None, TAUPO,
             "1987-03-23", "day", None, "asserted", None,
             "assessment: the EC/U.S./Japan conflict sets a poor example for other GATT members ('meanwhile' has no "
             "value: wire style, DCT)"),
            # 5
            ("STATEMENT", ("told", "Dawkins told"), ("Australian Trade Minister John Dawkins", "AUS", "GOV"), None,
             TAUPO, "1987-03-23", "day", None, "asserted", None,
             "assessment: bilateral retaliation no way to solve trade disputes (no party named)"),
            # 6
            ("STATEMENT", ("told", "Moore told"), ("New Zealand trade minister Mike Moore", "NZL", "GOV"), None,
             TAUPO, "1987-03-23", "day", None, "asserted", None,
             "assessment: great progress in preparing the GATT round, which must not be sidetracked (no actor asked)"),
            # 7
            ("STATEMENT", ("said", "have said"), ("The ministers", None, "GOV"), None, TAUPO,
             "1987-03-23", "day", None, "asserted", None,
             "the ministers want to maintain momentum towards negotiations ('have said' = DCT, EVENTS.md 16; a "
             "group: null)"),
            # 8
            ("STATEMENT", ("said", "Yeutter said the problem"), (("Yeutter", "Yeutter said the problem"), "USA", "GOV"),
             None, TAUPO, "1987-03-23", "day", None, "asserted", None,
             "assessment: trade talks tend to get bogged down for years"),
            # 9
            ("STATEMENT", ("said", "He also said"), (("He", "He also said"), "USA", "GOV"), None, TAUPO,
             "1987-03-23", "day", None, "asserted", None,
             "assessment: the new Congress less protectionist than 18 months ago"),
            # 10
            ("STATEMENT", ("added", "development,\" he added"), (("he", "development,\" he added"), "USA", "GOV"), None,
             TAUPO, "1987-03-23", "day", None, "asserted", None,
             "'That's a very healthy development' (its own reporting clause, EVENTS.md 3)"),
            # 11
            ("STATEMENT", ("said", "deficit,\" Yeutter said"), (("Yeutter", "deficit,\" Yeutter said"), "USA", "GOV"),
             None, TAUPO, "1987-03-23", "day", None, "asserted", None,
             "quote: members of Congress realise protectionism is not the answer to the trade deficit (new content, "
             "its own record)"),
            # 12
            ("STATEMENT", ("added", "He added,"), (("He", "He added,"), "USA", "GOV"), None, TAUPO,
             "1987-03-23", "day", None, "asserted", None,
             "whether that is reflected in the legislation is another matter"),
        ],
        "skip": [
            ("conflict", "content of the statement"),
            (("buy", "public bodies to"), "content of the statement"),
            ("barriers", "content of the statement (Japanese barriers; ACCUSE arguable for the whole statement)"),
            ("participate", "content of the statement"),
            ("review", "content of the planned meeting"),
            ("set up", "committees set up: internal, background"),
            (("meeting", "Uruguay meeting"), "venue of the round's launch (coded on 'launched')"),
            ("talks", "the GATT round launched (coded on 'launched')"),
            (("conflict", "reporters conflict"), "content of the statement"),
            ("set a poor example", "content of the statement"),
            ("retaliation", "generic (content of the statement)"),
            ("solve", "content of the statement"),
            ("preparing", "content of the statement"),
            ("negotiations", "content of the statement (the GATT round)"),
            ("sidetracked", "content of the statement"),
            ("maintain", "content of the statement"),
            ("avert", "content of the statement"),
            (("talks", "international trade talks"), "generic (content of the statement)"),
            ("negotiating", "generic (content of the quote)"),
            ("consider", "content of the statement"),
            ("asked", "hypothetical question inside the quote"),
            (("said", "I would have said"), "hypothetical speech inside the quote"),
            ("realise", "content of the quote"),
            ("legislate", "content of the quote"),
            ("reflected", "content of the statement"),
            ("legislation", "content of the statement (domestic legislation)"),
        ],
        "entities": [
            ("United States", "GPE", "USA"),
            ("Japan", "GPE", "JPN"),
            ("Japanese", "NORP", "JPN"),
            (("U.S.", "buy\nU.S."), "GPE", "USA"),
            (("U.S.", "barriers to U.S."), "GPE", "USA"),
            ("Kansai", "LOC", "JPN"),
            (("U.S.", "U.S. Trade Representative"), "GPE", "USA"),
            ("Clayton Yeutter", "PERSON", "USA"),
            ("Uruguay", "GPE", "URY"),
            ("GATT", "ORG", None),
            ("General Agreement on\nTariffs and Trade", "ORG", None),
            ("European Community", "ORG", None),
            (("EC", "(EC)"), "ORG", None),
            ("Willy de Clercq", "PERSON", None),
            (("EC", "the EC, the"), "ORG", None),
            (("U.S.", "the U.S. And Japan"), "GPE", "USA"),
            (("Japan", "U.S. And Japan"), "GPE", "JPN"),
            (("GATT", "members of GATT"), "ORG", None),
            ("Australian", "NORP", "AUS"),
            ("John Dawkins", "PERSON", "AUS"),
            ("New Zealand", "GPE", "NZL"),
            ("Mike Moore", "PERSON", "NZL"),
            (("GATT", "of GATT negotiations"), "ORG", None),
            (("Yeutter", "Yeutter said the problem"), "PERSON", "USA"),
            ("U.S. Congress", "ORG", "USA"),
            (("Congress", "Members of Congress"), "ORG", "USA"),
            (("Congress", "contemplative members of\nCongress"), "ORG", "USA"),
            (("Yeutter", "deficit,\" Yeutter"), "PERSON", "USA"),
        ],
    },
    "reuters21578-2688": {
        "events": [
            # 0
            ("STATEMENT", "said", ("an Energy\nand Mines MInistry statement", "ECU", "GOV"), None, QUITO,
             "1987-03-06", "day", None, "asserted", None,
             "the ministry statement on today's export suspension after the earthquake (the suspension has no target "
             "and no type, 14a; so the statement is a STATEMENT, as 25b's 'an IAEA statement said'); 'today' dates "
             "the suspension, the statement takes the DCT"),
            # 1
            ("STATEMENT", "notified", ("the state oil firm Corporacion Estatal Petrolera\nEcuatoriana (CEPE)", "ECU",
                                       "BUS"), None, None,
             None, "unknown", None, "asserted", None,
             "CEPE notified foreign customers it was declaring force majeure (an announcement of an action with no "
             "type; the customers are the audience, no actor2); relayed by the ministry ('It said' attribution): "
             "undated, no time expression of its own"),
            # 2
            ("STATEMENT", ("said", "official said"), ("A senior energy ministry official", "ECU", "GOV"), None, QUITO,
             "1987-03-06", "day", None, "asserted", None,
             "damage report: a pumping station damaged (an official of the named ministry, EVENTS.md 4)"),
            # 3
            ("STATEMENT", ("said", "He also said"), (("He", "He also said"), "ECU", "GOV"), None, QUITO,
             "1987-03-06", "day", None, "asserted", None, "a pipeline section at the Aguarico bridge collapsed"),
            # 4
            ("STATEMENT", ("said", "volcano, he said"), (("he", "volcano, he said"), "ECU", "GOV"), None, QUITO,
             "1987-03-06", "day", None, "asserted", None, "the Aguarico bridge also close to the volcano"),
            # 5
            ("STATEMENT", "according to", ("Ecuadorean officials", "ECU", "GOV"), None, QUITO,
             "1987-03-06", "day", None, "asserted", None,
             "the quake struck northern Ecuador and southern Colombia, according to identifiable officials (26b's "
             "'according to' by a named author; EVENTS.md 4's 'U.S. officials'), DCT"),
        ],
        "skip": [
            ("suspended", "export suspension after the quake: no target, no type (14a)"),
            ("earthquake", "natural disaster"),
            (("damaged", "night that"), "natural-disaster damage"),
            (("said", "It said"), "rule-3 attribution (CEPE's notification is the event)"),
            ("declaring force majeure", "content of the notification (no type)"),
            ("tremor", "natural disaster"),
            ("quota", "stative (OPEC quota)"),
            (("damaged", "pipeline was"), "natural-disaster damage (content of the statement)"),
            ("collapsed", "accident (content of the statement)"),
            (("said", "seismologists said"), "unidentified speakers (seismologists: experts, EVENTS.md 4)"),
            ("registered", "content of the seismologists' talk"),
            ("struck", "natural disaster (content of the statement)"),
            ("reported", "impersonal report (no injuries reported)"),
        ],
        "entities": [
            ("Ecuador", "GPE", "ECU"),
            ("Energy\nand Mines MInistry", "ORG", "ECU"),
            ("Corporacion Estatal Petrolera\nEcuatoriana", "ORG", "ECU"),
            ("CEPE", "ORG", "ECU"),
            (("Ecuador", "Ecuador\"s"), "GPE", "ECU"),
            ("OPEC", "ORG", None),
            ("El Salado", "GPE", "ECU"),
            (("Ecuador", "on Ecuador's"), "GPE", "ECU"),
            ("Aguarico", "LOC", "ECU"),
            ("Reventador", "LOC", "ECU"),
            ("Ecuadorean", "NORP", "ECU"),
            (("Aguarico", "The Aguarico bridge"), "LOC", "ECU"),
            ("Ecaudor", "GPE", "ECU"),
            ("Colombia", "GPE", "COL"),
            (("Ecuadorean", "according to Ecuadorean"), "NORP", "ECU"),
        ],
    },
    "reuters21578-11645": {
        "events": [
            # 0
            ("STATEMENT", "said", ("The U.S. Agriculture Department", "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None,
             "it accepted a bid for an export bonus on a durum wheat sale to Algeria (export-bonus administration: "
             "no type, GUIDELINES / 27b's 3904; so the reporting clause is a STATEMENT)"),
            # 1
            ("STATEMENT", ("said", "Sims said the Commodity"), ("USDA General Sales Manager Melvin Sims", "USA", "GOV"),
             None, WAS, "1987-03-31", "day", None, "asserted", None,
             "the CCC accepted one bid from Cam USA Inc (export-bonus administration)"),
            # 2
            ("STATEMENT", ("said", "Sims said the bonus"), (("Sims", "Sims said the bonus"), "USA", "GOV"), None, WAS,
             "1987-03-31", "day", None, "asserted", None, "bonus amount and the shipment schedule"),
        ],
        "skip": [
            ("accepted", "acceptance of an export-bonus bid: export-bonus administration (no type, GUIDELINES)"),
            (("sale", "cover a sale"), "the exporter's sale to Algeria covered by the bonus: purpose nominal "
                                      "(COOPERATE arguable, 27b)"),
            (("accepted", "Credit Corp accepted"), "export-bonus administration"),
            (("sale", "on a sale"), "the sale covered by the bonus (COOPERATE USA -> DZA arguable; buyer not named in "
                                    "the clause)"),
            ("shipment", "execution of the sale (content of the statement)"),
            ("scheduled", "content of the statement"),
            ("available", "stative (tonnage still available under the programme)"),
        ],
        "entities": [
            ("U.S. Agriculture Department", "ORG", "USA"),
            ("Algeria", "GPE", "DZA"),
            ("USDA", "ORG", "USA"),
            ("Melvin Sims", "PERSON", "USA"),
            ("Commodity\nCredit Corp", "ORG", "USA"),
            ("Cam USA Inc", "ORG", "USA"),
            (("Sims", "Sims said the bonus"), "PERSON", "USA"),
            (("Algeria", "available to"), "GPE", "DZA"),
        ],
    },
    "reuters21578-1896": {
        "events": [
            # 0
            ("STATEMENT", "said", REAGAN, None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "explanation: improper record keeping led to his failure to recall when he approved the Israeli arms "
             "shipments (wire style, no time expression: DCT)"),
            # 1
            ("STATEMENT", ("said", "people Reagan said"), (("Reagan", "people Reagan said"), "USA", "GOV"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "in a televised address: he is still upset no-one kept proper records (no target named; ACCUSE toward his "
             "staff arguable)"),
            # 2
            ("ACCUSE", "complaint", ("the Tower commission", "USA", "GOV"), None, None,
             None, "unknown", None, "asserted", None,
             "'a complaint made by the Tower commission' (a nominal with its own agent, EVENTS.md 11; 12b's Tower "
             "criticism); no record keepers named: actor2 null; no time expression"),
            # 3
            ("COOPERATE", ("shipment", "The arms shipment"), (("Israel", "1985 by Israel"), "ISR", "GOV"),
             ISRAEL_IMPLIED_BUYER, None,
             "1985-08", "month", "August of 1985", "asserted", None,
             "Israel's arms shipment (a sale, per the last sentence) in the Iran arms initiative; the buyer Iran "
             "implied (the type needs two parties, EVENTS.md 14); trigger the event noun after the light verb 'made'"),
            # 4
            ("STATEMENT", ("said", "when,\"\nReagan said"), (("Reagan", "when,\"\nReagan said"), "USA", "GOV"), None,
             WAS, "1987-03-04", "day", None, "asserted", 0,
             "later mention: quoted restatement of the opening paraphrase (he approved it, cannot say when)"),
            # 5
            ("STATEMENT", "added", (("Reagan", "Reagan added"), "USA", "GOV"), None, WAS,
             "1987-03-04", "day", None, "asserted", None,
             "reassurance: plenty of record-keeping now at the White House (no counterpart: not a promise)"),
        ],
        "skip": [
            ("meetings", "background nominal (meetings on the Iran initiative)"),
            ("decisions", "background nominal"),
            ("initiative", "background nominal (the Iran arms initiative)"),
            ("recollect", "content of the statement"),
            (("approved", "whether he"), "content of the statement (Reagan's approval of the Israeli shipments)"),
            (("shipments", "arms shipments"), "content of the statement (the Israeli shipments, coded below)"),
            ("address", "occasion of the statement (part of its reporting clause)"),
            ("kept proper records", "content of the statement"),
            (("approve", "I did approve"), "Reagan's approval of the Israeli shipment, content of his admission (SUPPORT USA -> ISR "
                        "arguable; borderline)"),
            ("approval", "anaphoric nominal (Reagan's approval)"),
            (("shipment", "Israeli shipment"), "anaphoric nominal (the Israeli shipment)"),
            ("determine", "no actor (hypothetical consequence)"),
            ("sale", "anaphoric nominal (the Israeli shipment)"),
            ("violated", "hypothetical legal question, no act"),
        ],
        "entities": [
            ("Reagan", "PERSON", "USA"),
            ("Iran", "GPE", "IRN"),
            ("Israel", "GPE", "ISR"),
            ("American", "NORP", "USA"),
            (("Reagan", "people Reagan"), "PERSON", "USA"),
            ("Tower commission", "ORG", "USA"),
            (("Israel", "1985 by Israel"), "GPE", "ISR"),
            (("Reagan", "when,\"\nReagan"), "PERSON", "USA"),
            (("Reagan", "Reagan added"), "PERSON", "USA"),
            ("1600 Pennsylvania Avenue", "LOC", "USA"),
            ("White House", "ORG", "USA"),
            (("Reagan", "Reagan's approval"), "PERSON", "USA"),
            ("Israeli", "NORP", "ISR"),
        ],
    },
    "reuters21578-6945": {
        "events": [
            # 0
            ("STATEMENT", "said", ("Former Prime Minister Robert\nMuldoon", "NZL", "PERSON"), None, WEL,
             "1987-03-18", "day", None, "asserted", None,
             "assessment: the N.Z. dollar at least 10 pct overvalued (a former premier without office: PERSON; wire "
             "style, no time expression of its own: DCT)"),
            # 1
            ("STATEMENT", ("said", "Muldoon said in a speech"), (("Muldoon", "Muldoon said in a speech"), "NZL", "PERSON"),
             None, None, "1987-03-17", "day", "last night", "asserted", None,
             "the exchange rate should be around 48 U.S. cents (an evaluation, no actor asked: STATEMENT); speech 'last "
             "night' = DCT - 1 (the DCT is published_at's date, 1987-03-18, although the dateline says March 19: "
             "own_blind3's call)"),
            # 2
            ("STATEMENT", ("said", "cents,\" he said"), (("he", "cents,\" he said"), "NZL", "PERSON"), None, None,
             "1987-03-17", "day", "last night", "asserted", 1,
             "later mention: quoted restatement of the speech paraphrase (around 48 cents)"),
            # 3
            ("REJECT", "rejected", ("party leaders", "NZL", "ORG"), (("his", "rejected his"), "NZL", "PERSON"), None,
             None, "unknown", None, "asserted", None,
             "the National Party leaders have rejected Muldoon's calls for a managed float ('have rejected', no time "
             "expression: undated, rule 17 / set 15-16's perfect verbal acts)"),
            # 4
            ("STATEMENT", ("said", "He said the dollar"), (("He", "He said the dollar"), "NZL", "PERSON"), None, WEL,
             "1987-03-18", "day", None, "asserted", None,
             "the dollar high because of excessive interest rates on government stock (criticism of a policy; "
             "ACCUSE toward the government arguable, not named)"),
            # 5
            ("STATEMENT", "added", (("he", "policy,\" he added"), "NZL", "PERSON"), None, WEL,
             "1987-03-18", "day", None, "asserted", None,
             "no other country implements such a free floating policy"),
        ],
        "skip": [
            ("advocate", "stative description (Muldoon an advocate of a managed float)"),
            ("speech", "occasion of the statement (part of its reporting clause)"),
            ("removed", "domestic financial deregulation by the government (no counterpart; RETREAT arguable, 25b)"),
            ("floated", "currency float: monetary policy"),
            ("elections", "domestic elections: no type"),
            ("calls", "Muldoon's standing calls for a managed float: object of the rejection (REQUEST arguable)"),
            ("implementing", "content of the quote (policy)"),
            ("agreement", "stative (widespread agreement internationally), no actor"),
            ("managing", "content of the quote"),
            ("limit", "content of the quote"),
        ],
        "entities": [
            ("Robert\nMuldoon", "PERSON", "NZL"),
            ("N.Z.", "GPE", "NZL"),
            (("Muldoon", "Muldoon said in"), "PERSON", "NZL"),
            (("U.S.", "48 U.S."), "GPE", "USA"),
            ("New Zealand", "GPE", "NZL"),
            ("Labour Party", "ORG", "NZL"),
            (("Muldoon", "Muldoon has"), "PERSON", "NZL"),
            ("National Party", "ORG", "NZL"),
        ],
    },
    "reuters21578-11445": {
        "events": [
            # 0
            ("COOPERATE", ("bought", "Syria has bought"), (("Syria", "Syria has bought"), "SYR", "GOV"),
             (None, "FRA", "BUS"), None,
             None, "unknown", None, "asserted", None,
             "Syria's purchases of around 320,000 tonnes of French soft wheat this campaign (buyer named, French "
             "sellers implied by the origin, 12b/20b's purchases of U.S. corn); 'since the beginning of the 1986/87 "
             "campaign' is a period with no single value: undated"),
            # 1
            ("COOPERATE", ("bought", "also bought"), (("The country", "The country also"), "SYR", "GOV"),
             (None, None, "BUS"), None,
             "1987-03-19", "day", "12 days ago", "asserted", None,
             "Syria bought around 30,000 tonnes of EC soft wheat 12 days ago (EC origin: the implied sellers have no "
             "single country, null); the traders' 'they said' is anonymous attribution"),
        ],
        "skip": [
            (("bought", "may have bought"), "speculation of anonymous traders (COOPERATE SYR -> FRA hypothetical "
                                            "arguable)"),
            (("said", "traders here said"), "anonymous-source talk (traders)"),
            (("said", "others said"), "anonymous-source talk (other traders)"),
            ("given payment\nguarantees", "speculation of anonymous traders (AID hypothetical arguable, no "
                                          "counterpart named)"),
            ("shipping", "content of anonymous talk"),
            ("contract", "background nominal (an old contract), content of anonymous talk"),
            ("exported", "statistics (tonnage exported), no actor"),
            (("said", "fob, they said"), "anonymous-source talk (traders)"),
        ],
        "entities": [
            ("Syria", "GPE", "SYR"),
            ("French", "NORP", "FRA"),
            (("Syria", "Syria has"), "GPE", "SYR"),
            (("French", "soft French"), "NORP", "FRA"),
            ("EC", "ORG", None),
        ],
    },
    "reuters21578-17411": {
        "events": [
            # 0
            ("PROTEST", ("strike", "supported a strike"),
             ("Some 60 pct of 6,300 employees at\nSpain's 27 major ports", "ESP", "ORG"), None, SPAIN_PORTS,
             "1987-04-27", "day", "since Monday", "asserted", None,
             "port workers' strike since Monday (Mon 27 April before Wed 29 April; an ongoing event dated by its "
             "start, EVENTS.md 21); no target named (events_dev dock strike: actor2 null); the spokesman's 'said' "
             "is rule-3 attribution"),
            # 1
            ("STATEMENT", ("said", "He said"), (("He", "He said"), "ESP", "GOV"), None, MAD,
             "1987-04-29", "day", None, "asserted", None,
             "the stoppage had no effect in four ports; minimum services allowed perishables to be handled"),
            # 2
            ("PROTEST", ("strike", "The strike"), STRIKERS_IMPLIED, None, SPAIN_PORTS,
             "1987-04-30", "day", "tomorrow", "planned", 0,
             "later mention: the strike is due to continue tomorrow (own time expression, EVENTS.md 21)"),
        ],
        "skip": [
            ("negotiations", "background nominal (wage negotiations, parties unnamed; CONSULT arguable)"),
            (("said", "Ministry said"), "rule-3 attribution (the strike is the event)"),
            ("stoppage", "anaphoric nominal (the strike), content of the statement"),
            ("mandatory", "minimum services: domestic labour measure, content of the statement"),
            ("resuming", "scheduled end of the strike (RETREAT planned arguable: not a calling-off)"),
        ],
        "entities": [
            ("Spain", "GPE", "ESP"),
            ("Public Works\nMinistry", "ORG", "ESP"),
            ("Barcelona", "GPE", "ESP"),
            ("Bilbao", "GPE", "ESP"),
            ("Las Palmas", "GPE", "ESP"),
            ("Pasajes", "GPE", "ESP"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind29b.jsonl")
