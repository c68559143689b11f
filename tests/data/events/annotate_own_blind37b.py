"""Build ``own_blind37b.jsonl``: a blind events set with every named entity mention, annotated from
the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind37b.py /path/to/reuters21578.jsonl.gz [--show]

(``--show`` prints every trigger, actor, skip and entity span in context; the script always re-reads its
output and asserts that no gold trigger overlaps a ``not_annotated`` span.)

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain, bodies 400-2500 chars, not in HOLDOUT_IDS.txt; sorted by numeric id) minus every article already in tests/data/**/*.jsonl and ../shared/dev/*.jsonl (2,626 left; also minus the 16 stories drawn for own_blind36, 2,610 left); 24 drawn with random.Random(37101).sample, dropping any whose title equals a title already in a gold set, first 16 kept; this file holds kept draws 8-15 (8 articles).
24 event records (22 first mentions, 2 later mentions), 83 not_annotated spans, 72 entity mentions;
one article without events (21152, Senate panel farm votes: domestic legislation inside one committee);
8446 (EC maize and sorghum imports) has a single record (the rest is anonymous Commission sources) and
1255 (IMF aid for Jamaica) two. Types: STATEMENT 12, CONSULT 7, AID 2, REQUEST 2, AGREE 1; modality:
asserted 18, planned 3, hypothetical 2, negated 1; precision: day 17, unknown 4, month 2, year 1.
Single annotator, one pass plus a check of every record against its sentence (every trigger, actor,
skip and entity span printed in context): the check fixed nothing. No wrong first match was found, since
the anchors were written with context beforehand wherever a name or trigger word also occurs earlier or
inside a longer word ("Uganda" inside "Ugandan", "he" inside "when", "EC" inside "EC Commission", the
second "require", "affecting", "talks", "said" and "added"), and re-reading the records against their
sentences confirmed the weekday arithmetic ("until Tuesday" from Fri 27 March = 1987-03-31, "on Friday"
from Tue 2 June = 1987-06-05). See GUIDELINES.md and
../shared/dev/EVENTS.md for the rules.

Entities: as the earlier sets: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or
dateline); job titles are not part of a PERSON span and are not ORG mentions ("minister of state in the
presidency Balaki Kirya", "Ugandan President Yoweri Museveni", "Kenyan leader Daniel arap Moi": NORP +
PERSON; "mexico's minister of energy and mines, alfredo del mazo": GPE "mexico" + PERSON; "mexican
central bank head miguel mancera aguayo", "the president of the peruvian central bank leonel figueroa":
NORP + PERSON, the lower-case "central bank" not tagged); the wire's lower-case names are tagged as
written (26a/35a's "colombia": "mexico" GPE MEX, "mexican" NORP MEX, "peruvian" NORP PER, "alfredo del
mazo", "miguel mancera aguayo" PERSON MEX, "leonel figueroa" PERSON PER, "banco de mexico" ORG MEX, one
span with no nested GPE, as 33b's Banque Nationale de Paris), but lower-case bodies ("the French
treasury", "the Spanish intervention board", "the national ... department" of 35a) give only their
nationality word (NORP) and are not ORG mentions (21b/25b/35a); the EC, the EC Commission and the
capitalised "Commission" (in "Commission sources") ORG null (35a), also "EC" as a modifier ("Spanish EC
membership", "other EC countries"); the Warsaw Pact ORG null (a body of several countries, 34b's ATPC);
the International Monetary Fund / IMF ORG null; "U.N" (written without its last dot) ORG null; the
Baltic Sea and the Indian Ocean LOC null (shared seas, as the Gulf); the Defence Ministry ORG DEU (the
West German one of a BONN story); "Senate Agriculture committee" one ORG span USA (27a/27b's Senate
Agriculture Committee, the lower-case "committee" as written); Caisse Centrale de Cooperation Economique
ORG FRA (one span); Antananarivo and Madagascar GPE MDG; the People's Daily ORG CHN (a state newspaper,
10a's China Daily) and Wen Wei Po ORG HKG ("a Hong Kong daily"; Hong Kong GPE HKG, 12b/16b); Sichuan,
Guangdong, Henan, Shaanxi, Gansu, Hebei GPE CHN and "Meixian" GPE CHN (the name of "Meixian county",
the lower-case "county" left out); the ship name Tender Neckar is not an entity (31b/33b/35b);
currencies (sdr's, francs) are not entities.

Judgement calls made here:
* 18372 (W German ship hit, DCT Mon 1987-06-15, BONN): "A West German navy ship was accidentally hit
  today by artillery shells from a Warsaw Pact vessel in the Baltic Sea and three sailors were injured,
  the Defence Ministry said": the text calls the shelling accidental twice ("accidentally hit", "believed
  the incident was accidental"), so it is an accident (EVENTS.md 10: accidents skipped), with "hit",
  "injured", "struck", "fired" and "incident" skipped (ASSAULT by the Warsaw Pact vessel, null, -> DEU,
  1987-06-15, arguable: the reason the spans are listed rather than left open). The reporting clauses are
  then STATEMENTs (rule 4: the content has no type): "the Defence Ministry said", "a ministry spokesman
  said" (the ship's name and what it was doing: a second reporting clause, EVENTS.md 3), "He could not
  say what condition the men were in or which country owned the ship" (a withheld STATEMENT, negated,
  as own_blind3's "was unable to say") and "The spokesman said West Germany believed the incident was
  accidental" ("believed" part of its content); all DEU MIL (a defence ministry and its spokesman:
  MIL, guidelines' kinds), DCT, BONN. "watching Warsaw Pact exercises" is skipped: watching is no act
  toward anyone, and the exercises are a background nominal (MOBILIZE by the Warsaw Pact arguable).
* 21152 (Senate panel farm votes, DCT Mon 1987-10-19, WASHINGTON): no event (a negative). The Senate
  Agriculture committee's votes and approvals on county loan rates, acreage reduction, reserve storage
  payments, milk support price and deficiency payments are domestic legislation inside one body (27b:
  no type; internal votes of a single body, EVENTS.md 10), and "A proposal to require imported tropical
  oils be labeled on U.S. food products failed by a 10-8 vote" is a domestic labelling proposal that
  failed in committee with no exporting country named (SANCTION negated or hypothetical toward the
  exporters arguable, no target: skipped); "support" in "milk support price" is farm price support
  (domestic price policy), not an endorsement.
* 1255 (IMF aid for Jamaica, DCT Tue 1987-03-03, WASHINGTON): "The International Monetary Fund, IMF,
  said it approved 125.9 mln sdr's to assist development in Jamaica" is AID null IGO -> JAM (credit),
  "said" rule-3 attribution, undated (no time expression, EVENTS.md 17; own_blind's IMF loan to
  Ecuador), location null. The 85 mln sdr's that "can be drawn under a standby arrangement in support of
  the government's economic and financial program" are the terms of the approved credit ("drawn",
  "arrangement" and the purpose "in support of" skipped; an AID later mention on "arrangement"
  arguable). "Another 40.9 mln is available immediately following an export shortfall ..., the IMF
  said" is a STATEMENT (the availability of a part of the credit and the export-shortfall statistics:
  stative terms, no new act; a later AID mention on "available" arguable, hence skipped), null IGO, DCT,
  WASHINGTON.
* 10417 (French loan for Madagascar, DCT Fri 1987-03-27, ANTANANARIVO): "A French government team has
  arrived in Antananarivo to negotiate a new 180 mln franc structural adjustment credit for the
  Madagascar government, diplomatic sources said" is CONSULT FRA -> MDG on "arrived" (a visit, visitor
  first, EVENTS.md 13; an identifiable act relayed by anonymous sources, as 29a/32a/35a, their "said"
  skipped), undated (present perfect with no time expression, EVENTS.md 17), located in Antananarivo;
  "negotiate" is the visit's purpose (the same CONSULT) and the credit the content of the negotiations
  (AID FRA -> MDG planned or hypothetical arguable, skipped). "Officials of the French treasury and
  Caisse Centrale de Cooperation Economique aid agency will remain in Madagascar until Tuesday, they
  added" is the visit's later mention on "remain" (the same team's stay), planned, dated by its own time
  expression (EVENTS.md 21: a later mention with its own time expression keeps it) "until Tuesday" = the
  next Tuesday from Fri 27 March, 1987-03-31 (the end of the stay; the first mention's unknown date
  arguable), located in Madagascar; "they added" anonymous. "Last year, France provided its former Indian
  Ocean colony with a structural adjustment loan of 160 mln francs" is AID FRA -> MDG ("its former Indian
  Ocean colony"), 1986 (year), location null. "Cooperation" inside the agency's name is no event.
* 17142 (Mexico / Peru silver talks, DCT Fri 1987-04-24, Mexico city): "mexico's minister of energy and
  mines, alfredo del mazo, has yet to reply to a peruvian invitation for ministerial-level talks ..., a
  ministry spokesman said" is a STATEMENT (MEX GOV, DCT, the dateline city as written, "Mexico city"):
  not replying yet has no type ("reply" skipped; a withheld STATEMENT negated by del Mazo arguable, it
  would match the same sentence anyway). The "peruvian invitation for ministerial-level talks" is a
  REQUEST PER -> MEX (an invitation to talks, 9a's employers' invitation), a nominal with its own agent
  and addressee (EVENTS.md 11), and "Peruvian officials said they extended the invitation earlier this
  week" its later mention on "extended" (Mexico implied), "said" rule-3 attribution; both dated by
  "earlier this week" (Mon 20 - Fri 24 April, kept at its month: 1987-04, EVENTS.md 21; the first
  mention takes the later mention's time expression, 13b/22a/33b/34b), location null; the talks and the
  cooperation in silver marketing are the invitation's content. "and that it was possible the talks could
  be held within the next 15 days" is CONSULT PER -> MEX (both implied, EVENTS.md 14; the inviter first),
  hypothetical ("it was possible ... could be held"), undated ("within the next 15 days", 25 April - 9
  May, spans two months and has no single month value), location null. "a banco de mexico spokesman
  confirmed that mexican central bank head miguel mancera aguayo held private talks here yesterday with
  the president of the peruvian central bank leonel figueroa" is CONSULT PER -> MEX on "talks" (the event
  noun after the light verb "held"; talks "here" in the host's capital put the visitor first, sets 4-7;
  MEX -> PER by grammatical subject arguable), 1987-04-23 ("yesterday"), located in Mexico city ("here"),
  "confirmed" rule-3 attribution.
* 8446 (EC maize and sorghum imports, DCT Mon 1987-03-23, BRUSSELS): every "sources said" / "They added"
  / "the sources added" is anonymous Commission sources (EVENTS.md 4), so the Commission's coming
  decision on how to arrange the imports (an internal decision of one body in any case), the possible
  request to the Spanish intervention board to buy the produce (REQUEST EC -> ESP hypothetical
  arguable), the choice between tenders and a daily special levy and the possible later tax on re-exports
  (SANCTION hypothetical arguable) are skipped with their content. "Under the accord, reached following
  U.S. complaints about the impact on its agricultural exports of Spanish EC membership" is AGREE EC
  (null IGO) -> USA on "reached" (the accord's own predication, EVENTS.md 11; both parties implied,
  named in the previous sentence as "its agreement with the United States"), undated (no time
  expression; the accord's real date is not in the text), location null. The lead's "its agreement
  with the United States" (in "in fulfilment of ...") is a presupposed nominal with no predication or
  date (skipped; the "accord" that "reached" predicates is left open, so a prediction there still
  matches); the "U.S. complaints" a background nominal in a temporal clause (ACCUSE USA -> EC arguable,
  EVENTS.md 10's causal-clause background); the EC's imports of two mln tonnes of maize and 300,000
  tonnes of sorghum a year and their import into Spain at special levy levels are the accord's terms
  (content, skipped); Spain's EC membership is background.
* 3445 (Sichuan drought, DCT Wed 1987-03-11, PEKING): "The Sichuan government has ordered that any work
  or meeting which interferes with the fight against drought must be cancelled or postponed ..." is a
  domestic administrative order by a provincial government (no type; REQUEST CHN -> CHN arguable,
  skipped), so "the People's Daily domestic edition said" is a STATEMENT (a newspaper as an identifiable
  ORG speaker, own_dev; CHN ORG, DCT, PEKING). "threatened by drought" is a natural hazard, not a threat
  by an actor, and "the fight against drought" is figurative (both skipped); the drought's effects,
  temperatures, rainfall, water shortage and Henan's grain output are statistics. "Wen Wei Po, a Hong
  Kong daily, said the drought ... is affecting nearly two mln hectares", "Sichuan has experienced
  temperatures ..., it said" and "The paper said 43,000 hectares in Meixian county in Guangdong are
  seriously short of water" are three STATEMENTs by Wen Wei Po (HKG ORG; each reporting clause a record,
  EVENTS.md 3), and "The People's Daily said Henan, Shaanxi, Gansu and Hebei are also suffering from
  drought" a STATEMENT by the People's Daily; all DCT, PEKING. The last sentence (Henan's grain output)
  has no reporting verb (statistics).
* 18087 (Ugandan mission to Kenya, DCT Tue 1987-06-02, NAIROBI): "A Ugandan goodwill mission led by ...
  Balaki Kirya will visit Kenya tomorrow for talks on improving strained relations ..., diplomatic sources
  said" is CONSULT UGA -> KEN on "visit" (an identifiable act relayed by anonymous sources, their "said"
  skipped), planned, 1987-06-03 ("tomorrow"), located in Kenya; the talks are the visit's purpose (the
  same CONSULT, skipped on "talks") and improving relations its content. "If the talks go well, Ugandan
  President Yoweri Museveni is likely to have a meeting with Kenyan leader Daniel arap Moi when he pays a
  two-day visit to Nairobi to attend U.N ceremonies on Friday and Saturday, they added": the meeting is
  CONSULT UGA -> KEN, hypothetical (conditional on the talks; "is likely to" alone would be planned),
  placed in the visit on Friday and Saturday (rule 3; dated by its start, EVENTS.md 21: the next Friday
  from Tue 2 June, 1987-06-05), Nairobi; "when he pays a two-day visit to Nairobi" is its own CONSULT UGA
  -> KEN (the visit to the Kenyan capital, host implied), planned (scheduled, not under the condition),
  1987-06-05, Nairobi (the U.N. (null) as host arguable, EVENTS.md 13's EC case: attending the U.N.
  ceremonies is skipped as part of the visit); "they added" anonymous; "the talks" in the condition are
  anaphoric. "Relations between the two states showed the first signs of recovery yesterday after three
  months of steady deterioration" has no acting actor (skipped). "The Kenyan President told a military
  parade there was no border tension with Uganda and the Kenyan border was fully open for cargo
  movements" is a STATEMENT (an assessment; REJECT of a border-closure claim, or RETREAT KEN -> UGA if read
  as a reopening, arguable: "open" skipped), KEN GOV, dated by the DCT as a wire-style "told" with no time
  expression (rule 2; 1987-06-01 as the "first signs of recovery yesterday" arguable), NAIROBI (the
  parade's place is not given).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

OUT_NAME = "own_blind37b.jsonl"

BONN = ("BONN", "DEU")
WAS = ("WASHINGTON", "USA")
MEXC = ("Mexico city", "MEX")
PEK = ("PEKING", "CHN")
NBO = ("NAIROBI", "KEN")
TANA = ("Antananarivo", "MDG")
NAIROBI = ("Nairobi", "KEN")

IMF = ("The International Monetary Fund", None, "IGO")
FRENCH_TEAM = ("A French government team", "FRA", "GOV")
FRENCH_OFFICIALS = ("Officials of the French treasury and Caisse Centrale de Cooperation Economique aid agency",
                    "FRA", "GOV")
DEL_MAZO = ("mexico's minister of energy and mines, alfredo del mazo", "MEX", "GOV")
FIGUEROA = ("the president of the peruvian central bank leonel figueroa", "PER", "GOV")
MANCERA = ("mexican central bank head miguel mancera aguayo", "MEX", "GOV")
MUSEVENI = ("Ugandan President Yoweri Museveni", "UGA", "GOV")
MOI = ("Kenyan leader Daniel arap Moi", "KEN", "GOV")
PER_IMPLIED = (None, "PER", "GOV")
MEX_IMPLIED = (None, "MEX", "GOV")
KEN_IMPLIED = (None, "KEN", "GOV")
EC_IMPLIED = (None, None, "IGO")
USA_IMPLIED = (None, "USA", "GOV")

# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-18372": {
        "events": [
            # 0
            ("STATEMENT", ("said", "Defence Ministry"), ("the Defence Ministry", "DEU", "MIL"), None, BONN,
             "1987-06-15", "day", None, "asserted", None,
             "report of the accidental shelling of a West German navy ship (an accident per the text: no type, so "
             "the reporting clause is the record, rule 4); a defence ministry: MIL; wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "ministry spokesman"), ("a ministry spokesman", "DEU", "MIL"), None, BONN,
             "1987-06-15", "day", None, "asserted", None,
             "second reporting clause: the ship was the Tender Neckar, struck while watching Warsaw Pact exercises "
             "(accident; EVENTS.md 3)"),
            # 2
            ("STATEMENT", ("say", "could not"), (("He", "He could"), "DEU", "MIL"), None, BONN,
             "1987-06-15", "day", None, "negated", None,
             "withheld statement: could not say the sailors' condition or which country owned the firing ship "
             "(own_blind3's 'was unable to say')"),
            # 3
            ("STATEMENT", ("said", "The spokesman"), ("The spokesman", "DEU", "MIL"), None, BONN,
             "1987-06-15", "day", None, "asserted", None,
             "West Germany believed the incident was accidental (assessment)"),
        ],
        "skip": [
            (("hit", "accidentally"), "accident per the text ('accidentally hit'; ASSAULT by the Warsaw Pact vessel "
                                      "-> DEU arguable)"),
            ("injured", "accident consequence"),
            ("struck", "the accident again (anaphoric)"),
            ("watching", "observing exercises: no act toward anyone"),
            ("exercises", "background nominal (Warsaw Pact exercises; MOBILIZE arguable)"),
            ("owned", "stative, content of the withheld statement"),
            ("fired", "the accident (content of the withheld statement)"),
            ("believed", "content of the spokesman's statement"),
            ("incident", "anaphoric nominal (the accident)"),
        ],
        "entities": [
            ("West German", "NORP", "DEU"),
            ("Warsaw Pact", "ORG", None),
            ("Baltic Sea", "LOC", None),
            ("Defence Ministry", "ORG", "DEU"),
            (("Warsaw Pact", "while watching"), "ORG", None),
            (("Baltic Sea", "exercises in"), "LOC", None),
            ("West Germany", "GPE", "DEU"),
        ],
    },
    "reuters21578-21152": {
        "events": [],
        "skip": [
            ("voted", "internal vote of one body on domestic legislation (county loan rates): no type"),
            ("limit", "content of the vote (domestic farm policy)"),
            ("approved", "committee approval of domestic farm measures: no type"),
            ("trigger", "content of the measures"),
            ("increase", "content of the measures"),
            ("reduce", "content of the measures"),
            ("support", "milk price support (domestic price policy), not an endorsement"),
            (("require", "and require"), "content of the measures"),
            ("proposal", "domestic labelling proposal for imported tropical oils, no exporter named (SANCTION "
                         "negated/hypothetical arguable, no target)"),
            (("require", "A proposal to"), "content of the proposal"),
            ("labeled", "content of the proposal"),
            ("failed", "outcome of an internal committee vote"),
            (("vote", "10-8"), "internal committee vote"),
        ],
        "entities": [
            ("Senate Agriculture committee", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
        ],
    },
    "reuters21578-1255": {
        "events": [
            # 0
            ("AID", "approved", IMF, ("Jamaica", "JAM", "GOV"), None,
             None, "unknown", None, "asserted", None,
             "IMF credit of 125.9 mln SDRs for Jamaica's development (credit); 'said' is rule-3 attribution; no time "
             "expression: undated (own_blind's IMF loan to Ecuador)"),
            # 1
            ("STATEMENT", ("said", "tourism, the"), (("the IMF", "tourism,"), None, "IGO"), None, WAS,
             "1987-03-03", "day", None, "asserted", None,
             "another 40.9 mln is available immediately after Jamaica's export shortfall (stative terms of the "
             "approved credit and statistics; an AID later mention arguable); wire style: DCT, dateline city"),
        ],
        "skip": [
            (("said", "IMF, said"), "rule-3 attribution (the approval is the event)"),
            ("assist", "purpose of the credit"),
            ("drawn", "terms of the approved credit"),
            ("support", "purpose of the standby arrangement (support of a programme, not of an actor)"),
            ("arrangement", "anaphoric: the approved credit's facility (AID later mention arguable)"),
            ("available", "terms of the approved credit (AID later mention arguable)"),
            ("shortfall", "statistics"),
            ("reduced", "statistics"),
        ],
        "entities": [
            ("International Monetary Fund", "ORG", None),
            ("IMF", "ORG", None),
            ("Jamaica", "GPE", "JAM"),
            (("Jamaica", "shortfall for"), "GPE", "JAM"),
            (("IMF", "tourism, the"), "ORG", None),
        ],
    },
    "reuters21578-10417": {
        "events": [
            # 0
            ("CONSULT", "arrived", FRENCH_TEAM, ("the Madagascar government", "MDG", "GOV"), TANA,
             None, "unknown", None, "asserted", None,
             "a French government team has arrived in Antananarivo to negotiate a credit (visit: visitor first); an "
             "identifiable act relayed by anonymous diplomatic sources (29a/32a/35a); present perfect with no time "
             "expression: undated"),
            # 1
            ("CONSULT", "remain", FRENCH_OFFICIALS, (("Madagascar", "remain in"), "MDG", "GOV"), ("Madagascar", "MDG"),
             "1987-03-31", "day", "Tuesday", "planned", 0,
             "later mention: the French officials will remain in Madagascar until Tuesday (the visit's stay; its own "
             "time expression, EVENTS.md 21: the next Tuesday from Fri 27 March = 1987-03-31, the end of the stay)"),
            # 2
            ("AID", "provided", ("France", "FRA", "GOV"), ("its former Indian Ocean colony", "MDG", "GOV"), None,
             "1986", "year", "Last year", "asserted", None,
             "France provided Madagascar with a 160 mln franc structural adjustment loan (credit); 'Last year' = "
             "1986 (year)"),
        ],
        "skip": [
            ("negotiate", "purpose of the visit (the same CONSULT)"),
            ("credit", "content of the negotiations (AID FRA -> MDG planned arguable)"),
            (("said", "diplomatic sources"), "anonymous-source talk (diplomatic sources)"),
            ("Cooperation", "part of an organisation's name"),
            ("added", "anonymous-source talk (the diplomatic sources)"),
        ],
        "entities": [
            ("French", "NORP", "FRA"),
            ("Antananarivo", "GPE", "MDG"),
            ("Madagascar", "GPE", "MDG"),
            (("French", "Officials of the"), "NORP", "FRA"),
            ("Caisse Centrale de Cooperation Economique", "ORG", "FRA"),
            (("Madagascar", "remain in"), "GPE", "MDG"),
            ("France", "GPE", "FRA"),
            ("Indian Ocean", "LOC", None),
        ],
    },
    "reuters21578-17142": {
        "events": [
            # 0
            ("STATEMENT", ("said", "ministry spokesman"), ("a ministry spokesman", "MEX", "GOV"), None, MEXC,
             "1987-04-24", "day", None, "asserted", None,
             "del Mazo has yet to reply to the Peruvian invitation (not replying yet: no type); wire style: DCT, "
             "dateline city as written"),
            # 1
            ("REQUEST", "invitation", ("peruvian", "PER", "GOV"), DEL_MAZO, None,
             "1987-04", "month", "earlier this week", "asserted", None,
             "the Peruvian invitation to del Mazo for ministerial-level talks (an invitation to talks: REQUEST, 9a); "
             "a nominal with its own agent and addressee (EVENTS.md 11), dated by its later mention's 'earlier this "
             "week' (20-24 April, kept at its month, EVENTS.md 21)"),
            # 2
            ("REQUEST", "extended", (("they", "said they"), "PER", "GOV"), MEX_IMPLIED, None,
             "1987-04", "month", "earlier this week", "asserted", 1,
             "later mention: Peruvian officials extended the invitation earlier this week (Mexico implied); 'said' is "
             "rule-3 attribution"),
            # 3
            ("CONSULT", ("talks", "possible the"), PER_IMPLIED, MEX_IMPLIED, None,
             None, "unknown", None, "hypothetical", None,
             "it was possible the talks could be held within the next 15 days (both parties implied, EVENTS.md 14; "
             "the inviter first); merely possible: hypothetical; 'within the next 15 days' (25 April - 9 May) spans "
             "two months: undated"),
            # 4
            ("CONSULT", ("talks", "private"), FIGUEROA, MANCERA, MEXC,
             "1987-04-23", "day", "yesterday", "asserted", None,
             "Mancera held private talks here yesterday with Figueroa (event noun after the light verb 'held'; talks "
             "in the host's capital put the visitor first, sets 4-7); 'confirmed' is rule-3 attribution; 'here' = "
             "the dateline city"),
        ],
        "skip": [
            ("reply", "not yet replied: no type (a withheld STATEMENT negated arguable; part of the spokesman's "
                      "STATEMENT)"),
            (("talks", "ministerial-level"), "content of the invitation"),
            ("cooperation", "content of the invitation"),
            (("said", "Peruvian officials"), "rule-3 attribution (the invitation and the possible talks are the "
                                             "events)"),
            ("confirmed", "rule-3 attribution (the talks are the event)"),
        ],
        "entities": [
            ("mexico", "GPE", "MEX"),
            ("alfredo del mazo", "PERSON", "MEX"),
            ("peruvian", "NORP", "PER"),
            ("Peruvian", "NORP", "PER"),
            ("banco de mexico", "ORG", "MEX"),
            ("mexican", "NORP", "MEX"),
            ("miguel mancera aguayo", "PERSON", "MEX"),
            (("peruvian", "president of the"), "NORP", "PER"),
            ("leonel figueroa", "PERSON", "PER"),
        ],
    },
    "reuters21578-8446": {
        "events": [
            # 0
            ("AGREE", "reached", EC_IMPLIED, USA_IMPLIED, None,
             None, "unknown", None, "asserted", None,
             "the EC-U.S. accord on maize and sorghum imports, 'reached following U.S. complaints' (the accord's own "
             "predication, EVENTS.md 11); parties implied (named in the lead: 'its agreement with the United "
             "States'); no time expression: undated"),
        ],
        "skip": [
            ("decide", "internal decision of one body, content of anonymous talk (Commission sources)"),
            ("arrange", "content of anonymous talk"),
            ("import", "content of anonymous talk (the accord's imports)"),
            ("agreement", "presupposed nominal, no predication or date (AGREE EC -> USA coded on 'reached')"),
            (("said", "Commission sources"), "anonymous-source talk (Commission sources)"),
            ("complaints", "background nominal in a temporal clause (ACCUSE USA -> EC arguable)"),
            ("membership", "background (Spain's EC membership)"),
            (("import", "the EC will"), "terms of the accord (content)"),
            ("imported", "terms of the accord (content)"),
            ("levy", "terms of the accord (import levy levels)"),
            (("said", "The sources said"), "anonymous-source talk (Commission sources)"),
            ("asked", "content of anonymous talk (REQUEST EC -> ESP hypothetical arguable)"),
            ("buy", "content of anonymous talk"),
            ("arrangements", "content of anonymous talk"),
            (("added", "They added"), "anonymous-source talk (Commission sources)"),
            ("tenders", "content of anonymous talk"),
            ("setting", "content of anonymous talk"),
            (("tax", "no tax"), "content of anonymous talk"),
            ("imposed", "content of anonymous talk (SANCTION hypothetical arguable)"),
            (("added", "sources added"), "anonymous-source talk (Commission sources)"),
        ],
        "entities": [
            ("EC Commission", "ORG", None),
            (("EC", "sorghum into the"), "ORG", None),
            ("United States", "GPE", "USA"),
            (("Commission", "United States,"), "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("Spanish", "NORP", "ESP"),
            (("EC", "Spanish EC"), "ORG", None),
            (("EC", "the EC will"), "ORG", None),
            ("Spain", "GPE", "ESP"),
            (("EC", "other EC countries"), "ORG", None),
            (("Spanish", "the Spanish intervention"), "NORP", "ESP"),
            (("Spanish", "applicable to"), "NORP", "ESP"),
            (("Spain", "sorghum from"), "GPE", "ESP"),
            (("EC", "Spain to other"), "ORG", None),
        ],
    },
    "reuters21578-3445": {
        "events": [
            # 0
            ("STATEMENT", ("said", "domestic edition"), ("the People's Daily", "CHN", "ORG"), None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "newspaper report of Sichuan's order to cancel or postpone work and meetings that interfere with the "
             "drought fight (a domestic administrative order: no type); wire style: DCT, dateline city"),
            # 1
            ("STATEMENT", ("said", "Hong Kong daily,"), ("Wen Wei Po", "HKG", "ORG"), None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "the drought is affecting nearly two mln hectares in Sichuan (statistics); a Hong Kong daily: HKG"),
            # 2
            ("STATEMENT", ("said", "crops, it"), (("it", "cash crops,"), "HKG", "ORG"), None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "second reporting clause of Wen Wei Po: temperatures and rainfall since early February (statistics)"),
            # 3
            ("STATEMENT", ("said", "The paper"), ("The paper", "HKG", "ORG"), None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "43,000 hectares in Meixian county are short of water (statistics)"),
            # 4
            ("STATEMENT", ("said", "The People's Daily said"), (("The People's Daily", "Guangdong"), "CHN", "ORG"),
             None, PEK,
             "1987-03-11", "day", None, "asserted", None,
             "Henan, Shaanxi, Gansu and Hebei are also suffering from drought (statistics)"),
        ],
        "skip": [
            ("ordered", "domestic administrative order by a provincial government (REQUEST CHN -> CHN arguable)"),
            ("interferes", "content of the order"),
            ("fight", "figurative (drought relief), content of the order"),
            ("cancelled", "content of the order"),
            ("postponed", "content of the order"),
            ("threatened", "natural hazard (drought), not a threat by an actor"),
            ("affecting", "natural disaster statistics"),
            ("experienced", "weather statistics"),
            (("affecting", "since early February,"), "natural disaster statistics"),
            ("suffering", "natural disaster"),
            ("fell", "statistics"),
        ],
        "entities": [
            ("Sichuan", "GPE", "CHN"),
            ("People's Daily", "ORG", "CHN"),
            (("Sichuan", "Sichuan is one"), "GPE", "CHN"),
            ("Wen Wei Po", "ORG", "HKG"),
            ("Hong Kong", "GPE", "HKG"),
            (("Sichuan", "100 counties in"), "GPE", "CHN"),
            (("Sichuan", "Sichuan has"), "GPE", "CHN"),
            ("Meixian", "GPE", "CHN"),
            ("Guangdong", "GPE", "CHN"),
            (("People's Daily", "Guangdong"), "ORG", "CHN"),
            ("Henan", "GPE", "CHN"),
            ("Shaanxi", "GPE", "CHN"),
            ("Gansu", "GPE", "CHN"),
            ("Hebei", "GPE", "CHN"),
            (("Henan", "Henan's grain"), "GPE", "CHN"),
        ],
    },
    "reuters21578-18087": {
        "events": [
            # 0
            ("CONSULT", "visit", ("A Ugandan goodwill mission", "UGA", "GOV"), ("Kenya", "KEN", "GOV"), ("Kenya", "KEN"),
             "1987-06-03", "day", "tomorrow", "planned", None,
             "the Ugandan goodwill mission will visit Kenya tomorrow for talks (visitor first; an identifiable act "
             "relayed by anonymous diplomatic sources); 'tomorrow' = 1987-06-03"),
            # 1
            ("CONSULT", "meeting", MUSEVENI, MOI, NAIROBI,
             "1987-06-05", "day", "Friday", "hypothetical", None,
             "Museveni is likely to meet Moi if the talks go well (conditional: hypothetical), placed in the visit "
             "on Friday and Saturday (rule 3; dated by its start, the next Friday from Tue 2 June)"),
            # 2
            ("CONSULT", ("visit", "two-day"), (("he", "he pays"), "UGA", "GOV"), KEN_IMPLIED, NAIROBI,
             "1987-06-05", "day", "Friday", "planned", None,
             "Museveni's two-day visit to Nairobi on Friday and Saturday (scheduled, not under the condition: planned; "
             "host Kenya implied, the U.N. as host arguable); dated by its start"),
            # 3
            ("STATEMENT", "told", ("The Kenyan President", "KEN", "GOV"), None, NBO,
             "1987-06-02", "day", None, "asserted", None,
             "no border tension with Uganda, the border fully open for cargo (assessment; REJECT or RETREAT arguable); "
             "wire-style 'told' with no time expression: DCT (1987-06-01 via 'signs of recovery yesterday' "
             "arguable), dateline city"),
        ],
        "skip": [
            (("talks", "tomorrow for"), "purpose of the visit (the same CONSULT, coded on 'visit')"),
            ("improving", "content of the talks"),
            ("strained", "stative"),
            (("said", "diplomatic sources"), "anonymous-source talk (diplomatic sources)"),
            (("talks", "If the"), "anaphoric nominal (the mission's talks), condition"),
            ("attend", "part of the visit (attending U.N. ceremonies; CONSULT UGA -> U.N. arguable)"),
            ("ceremonies", "part of the visit"),
            (("added", "they added"), "anonymous-source talk (diplomatic sources)"),
            ("recovery", "relations improving: no acting actor"),
            ("deterioration", "relations worsening: no acting actor"),
            ("parade", "the statement's audience (a domestic ceremony, not a deployment)"),
            ("open", "content of the statement (stative; RETREAT KEN -> UGA arguable as a reopening)"),
        ],
        "entities": [
            ("Ugandan", "NORP", "UGA"),
            ("Balaki Kirya", "PERSON", "UGA"),
            ("Kenya", "GPE", "KEN"),
            (("Ugandan", "go well,"), "NORP", "UGA"),
            ("Yoweri Museveni", "PERSON", "UGA"),
            ("Kenyan", "NORP", "KEN"),
            ("Daniel arap Moi", "PERSON", "KEN"),
            ("Nairobi", "GPE", "KEN"),
            ("U.N", "ORG", None),
            (("Kenyan", "The Kenyan President"), "NORP", "KEN"),
            (("Uganda", "tension with"), "GPE", "UGA"),
            (("Kenyan", "and the Kenyan"), "NORP", "KEN"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, OUT_NAME)
