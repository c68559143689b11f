"""Events: who did what to whom, where and when (PLOVER types, contract.md).

The cascade, each step a small function over the spaCy parse:

1. triggers: verbs, phrasal verbs, copular adjectives and eventive nouns from ``data/triggers.yaml``;
   an event noun that is the object of a typed verb is that verb's event, not another one;
2. speech acts: reporting verbs take the type of prescriptive content, give way to a typed content
   event (attribution), or stay STATEMENT;
3. actors: subject/agent/possessor -> actor1, object/target phrase -> actor2, with anaphora, and
   compound actors of different countries split into one record each;
4. modality, location;
5. dates: governing time expression; wire-style speech acts -> publication date; later mentions
   and events inside dated events inherit; else unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from pipeline.extract.context import ArticleContext
from pipeline.extract.entities.gazetteer import Gazetteer
from pipeline.extract.entities.gazetteer import load as load_gazetteer
from pipeline.extract.events import actors as roles
from pipeline.extract.events import dating, lexicon, speech
from pipeline.extract.events import triggers as trig
from pipeline.extract.events.modality import modality as modality_of
from pipeline.records import Actor, Entity, Event, Location, Span, Timex

# Verbal acts that, said in wire style with no time expression, are dated like a report (rule 2).
_REPORTED_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "STATEMENT", "REJECT", "THREATEN"})
# Parse relations through which an undated event sits inside another (rule 3).
_CONTAINED_DEPS = frozenset({"relcl", "advcl", "acl", "prep", "pobj", "pcomp", "xcomp", "dobj"})


@dataclass
class Draft:
    """An event under construction."""

    trigger: trig.Trigger
    type: str
    actor1: Actor | None
    actor2: Actor | None
    modality: str
    location: Location | None
    reported: bool  # a speech act dated like a report (rule 2)
    speech: object | None
    date: dating.EventDate = dating.UNKNOWN


def extract_events(
    ctx: ArticleContext, timexes: tuple[Timex, ...], entities: tuple[Entity, ...]
) -> tuple[Event, ...]:
    """Events in ``ctx`` dated by ``timexes`` with actors from ``entities``."""
    if ctx.doc is None:
        raise ValueError(f"article {ctx.article_id}: event extraction needs the spaCy parse (ctx.doc)")
    lex = lexicon.load()
    gaz = load_gazetteer()
    doc = ctx.doc
    dct = ctx.published_at.date()
    found = _drop_name_parts(_drop_covered_nouns(trig.find(doc, lex), lex, entities), entities)
    resolved = [r for r in _drop_requested_content(speech.resolve(found, lex)) if not _in_condition(r.trigger.token)]
    dateline_city, dateline_country = _dateline(ctx.dateline, gaz, dct)
    actx = roles.ActorContext(doc, _parties(entities, ctx.text), gaz, lex, dateline_country,
                              gaz.countries_named(ctx.title))
    drafts = []
    for r in resolved:
        made = _drafts(r, actx, lex)
        said_act = bool(made) and r.type in _REPORTED_TYPES
        if not said_act and r.speech is not None and r.speech != r.trigger.token:
            # The reporting clause of a reported act is a statement of its own ("Hodel said he
            # supports ...", "the Treasury said Baker met Stoltenberg"): where the act was a
            # separate deed the gold marks the saying as attribution, and where the act read into
            # the content is wrong the statement is still there. Only a verbal act the saying
            # performs (a request, an accusation, ... with a record) is the saying itself (rule 1).
            if not any(d.trigger.token == r.speech for d in drafts):
                report = trig.Trigger(r.speech, "STATEMENT", "speech", r.speech)
                made = made + _drafts(speech.Resolved(report, "STATEMENT", speech=r.speech), actx, lex)
        drafts.extend(made)
    drafts.sort(key=lambda d: d.trigger.start)
    drafts = _date_all(drafts, timexes, doc, dct)
    _date_reports(drafts, timexes, doc, dct, lex)
    return tuple(_event(d, ctx, dateline_city, dateline_country) for d in _without_repeats(drafts))


def _without_repeats(drafts: list[Draft]) -> list[Draft]:
    """One record per act: a trigger inside another's span ("talks" in "held talks") or the object of
    another trigger ("meetings" in "will hold emergency meetings") with the same type and parties
    repeats that record."""

    def key(d: Draft) -> tuple:
        return d.type, _country(d.actor1), (_country(d.actor2) if d.type != "STATEMENT" else None)

    def repeats(d: Draft, other: Draft) -> bool:
        if other is d or key(other) != key(d):
            return False
        t, o = d.trigger, other.trigger
        if (o.start, o.end) != (t.start, t.end) and o.start <= t.start and t.end <= o.end:
            return True
        return t.form == "noun" and t.token.dep_ == "dobj" and t.token.head.i == o.token.i

    return [d for d in drafts if not any(repeats(d, o) for o in drafts)]


# A currency after a place or nationality ("a 48.3 mln U.S. Dlr package", "Australian dlr bond"):
# the place names the money, not a party.
_CURRENCY_AFTER = re.compile(
    r"\s+(?:dlrs?|dollars?|cents?|yen|marks?|francs?|pesos?|stg|sterling|lire|lira|guilders?|crowns?|kroner|"
    r"kronor|rupees?|ringgit|rand|escudos?|pesetas?|schillings?|rials?|riyals?|dinars?|won|baht)\b",
    re.IGNORECASE,
)


def _parties(entities: tuple[Entity, ...], text: str) -> tuple[Entity, ...]:
    """The entities that may be actors: all but places and nationalities naming a currency."""
    return tuple(
        e for e in entities if not (e.type in {"GPE", "NORP"} and _CURRENCY_AFTER.match(text, e.end))
    )


def _dateline(dateline: str | None, gaz: Gazetteer, dct: date) -> tuple[str | None, str | None]:
    """The dateline's city as written ("WASHINGTON") and its country."""
    if not dateline:
        return None, None
    city, code = gaz.dateline_country(dateline)
    return city, gaz.period_code(code, dct)


# Acts whose complement clause is their content: "urged Tokyo to ease", "threatened to impose",
# "agreed to sell" record the request, threat or agreement, not the act asked for (guidelines).
_CONTENT_TAKING_TYPES = frozenset({"REQUEST", "THREATEN", "AGREE"})


def _drop_requested_content(resolved: list[speech.Resolved]) -> list[speech.Resolved]:
    """Events that are the complement of a request, threat or agreement are its content."""
    takers = {r.trigger.token.i for r in resolved if r.type in _CONTENT_TAKING_TYPES and r.trigger.form == "verb"}
    types = {r.trigger.token.i: r.type for r in resolved}
    return [
        r for r in resolved
        if not (_complement(r.trigger.token) and r.trigger.token.head.i in takers)
        and not _content_of_event_noun(r)
        and not _purpose_of_same_act(r, types)
        and not _agreed_event_noun(r, takers, types)
    ]


def _complement(tok) -> bool:
    """Whether ``tok`` heads its governor's complement: a clause, or an infinitive hung on the verb
    ("had given SAS until March 31 to agree to final terms")."""
    return tok.dep_ in {"xcomp", "ccomp"} or (
        tok.dep_ == "advcl" and trig.to_infinitive(tok))


def _agreed_event_noun(r: speech.Resolved, takers: set[int], types: dict[int, str]) -> bool:
    """An event noun that is what an agreement, request or threat is about: "agreed to form a joint
    venture" (the object of the agreed act), "reached agreement on a joint venture" (the topic of an
    agreement noun). The agreement is the record; what it is about is its content (guidelines)."""
    tok = r.trigger.token
    if r.trigger.form != "noun" or any(trig.own_predication(c) for c in tok.children):
        return False  # ("urged Yeutter to lift the sanctions imposed against Japan" names them too)
    if tok.dep_ == "dobj" and tok.head.dep_ == "xcomp" and tok.head.head.i in takers:
        return True
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "on":
        return False
    # (the parser hangs "on" on the noun or on its light verb: "reached agreement in Moscow on ...")
    about = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
    return any(types.get(a.i) == "AGREE" and a.pos_ in trig.NOUN_POS for a in about)


def _purpose_of_same_act(r: speech.Resolved, types: dict[int, str]) -> bool:
    """'won three contracts to supply maize': an exchange's purpose infinitive is the same exchange."""
    tok = r.trigger.token
    return (
        r.type in _SYMMETRIC
        and tok.dep_ in {"advcl", "xcomp"}
        and trig.to_infinitive(tok)
        and types.get(tok.head.i) == r.type
    )


def _content_of_event_noun(r: speech.Resolved) -> bool:
    """'won three contracts to supply 93,000 tonnes', 'an agreement to sell': the infinitive is what
    the contract or agreement is for, not an event of its own."""
    tok = r.trigger.token
    infinitive = trig.to_infinitive(tok)
    if r.trigger.form != "verb" or tok.dep_ != "acl" or not infinitive:
        return False
    lex = lexicon.load()
    return trig.lemma(tok.head) in lex.nouns and lex.nouns[trig.lemma(tok.head)] in _SYMMETRIC


def _drop_name_parts(found: list[trig.Trigger], entities: tuple[Entity, ...]) -> list[trig.Trigger]:
    """Event nouns inside an organisation's name are no events ("General Agreement on Tariffs")."""
    orgs = [(e.start, e.end) for e in entities if e.type == "ORG"]
    return [t for t in found if t.form != "noun" or not any(s <= t.start < e for s, e in orgs)]


def _drop_covered_nouns(found: list[trig.Trigger], lex, entities: tuple[Entity, ...]) -> list[trig.Trigger]:
    """An event noun that is the argument of a typed (non-light) verb is that verb's event."""
    verbs = {t.token.i: t for t in found if t.form in {"verb", "adj", "withheld"}}
    out = []
    for t in found:
        if t.form == "noun":
            head = t.token.head
            argument = t.token.dep_ in {"dobj", "nsubjpass", "pobj"}
            own_frame = any(trig.own_predication(c) for c in t.token.children)
            # "backed the United States' attack", "repelled an Iranian attack": a noun with an owner
            # of its own (not "its") names another party's event, a record of its own.
            own_frame = own_frame or _owned_by_a_party(t.token, entities)
            if argument and head.i in verbs and trig.lemma(head) not in lex.light_verbs and not own_frame:
                continue  # (but "lift the sanctions imposed against Japan" also names the sanctions)
            if t.token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in verbs:
                if head.lower_ not in lex.container_prepositions:
                    continue
        out.append(t)
    return out


_SYMMETRIC = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Acts against a party: a definite target ("the platform") may be placed by its earlier mention.
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT"})
# Passive verbs whose subject takes part in the event noun they are for ("was invited for talks").
_INVITING_VERBS = frozenset({"invite", "summon", "call", "ask", "bring"})
# Meetings held where their place says (not visits, whose place is the destination).
_MEETING_WORDS = frozenset({"talk", "talks", "meeting", "meet", "negotiation", "negotiate", "discussion", "discuss",
                            "consultation", "consult", "session", "conference", "summit", "confer"})
# Verbs that answer someone else's claim: their target is the claim's maker.
_ANSWERING_VERBS = frozenset({"deny"})
_RELATIVE_PRONOUNS = frozenset({"which", "whom", "who", "that"})
_EXCHANGES = _SYMMETRIC | {"AID"}
# Subjects naming the two sides of an exchange, placed by the story rather than by themselves.
_PAIR_WORDS = frozenset({"party", "side", "rival", "partner"})
# Prepositions before an aid noun that name loans outstanding, not an act of lending ("in the form of
# loans from its Gulf Arab allies", "veto power over loans"; "28.5 mln dlrs in U.S. aid" is an act).
_STOCK_PREPS = frozenset({"of", "for", "over", "on"})
_EVENT_NOUN_PARTY_PREPS = frozenset({"from", "with", "to", "between", "against", "on"})
_ASKED_PREPS = frozenset({"of", "in", "by", "from", "among", "with", "to", "on", "against"})


def _drafts(r: speech.Resolved, actx: roles.ActorContext, lex) -> list[Draft]:
    """One draft per actor pair (compound actors of different countries are split)."""
    t = r.trigger
    tok = t.token
    etype = r.type
    unplaced = None  # the placeholder for an agreement's unplaced parties, when there is one
    if _document_content(tok, lex):
        return []
    if etype == "STATEMENT" and trig.lemma(tok) in lex.publishing_verbs and _said_content(tok, lex):
        return []  # "The ministry will soon release its guidelines, Miyazawa said": the saying is the record
    paired = _paired_parties(tok, actx) if t.form == "noun" and etype in _PAIRED_TYPES else []
    if paired:
        first, second = paired[:1], paired[1:]  # "Soviet-American talks", "the U.S.-Japanese agreement"
    elif t.form == "noun":
        # ("accords have been reached with the U.K.": a passive light verb makes its subject, no figure)
        passive_light = tok.dep_ == "nsubjpass" and trig.lemma(tok.head) in lex.light_verbs
        if tok.dep_ in {"nsubj", "nsubjpass"} and trig.lemma(tok.head) in lex.movement_verbs and not passive_light:
            return []  # "Loans and advances from the central bank fell 1.01 billion": a statistic
        if etype == "STATEMENT" and _inside_report(tok, lex):
            return []  # "said in a statement": the report is the reporting verb's record
        if etype == "AID" and tok.dep_ == "pobj" and tok.head.lower_ in _STOCK_PREPS:
            return []  # "most of their loans to the country", "set aside for loans to Brazil": a stock
        if etype == "CONSULT" and _venue_of_speech(tok, lex):
            return []  # "told a meeting of oil executives", "said at a news conference": where it was said
        owner = roles.noun_owner(tok)
        if etype == "CONSULT" and owner is not None and owner.dep_ == "compound" and _city_name(owner, actx):
            owner = None  # "the Tokyo summit": where it met, not who met
        members = _members(tok, actx) if owner is None and etype == "CONSULT" else None
        owner = owner if members is None else members  # "the next meeting of EC foreign ministers": they meet
        target = roles.noun_target(tok)
        target = None if target == members else target
        late_agent = _agent_after_request(tok) if etype == "REQUEST" else None
        if late_agent is not None:
            # "a call for faithful application of the accords by all major industrial countries":
            # those to perform what is called for are asked; the caller is the light verb's subject.
            owner = None if owner == late_agent else owner
            target = late_agent
        if etype == "REQUEST" and owner is None:
            # "calls from Britain, France and West Germany for cuts", "a request from Mexico": a
            # request comes from whoever makes it; the party asked is named by other words ("to").
            maker = _request_maker(tok)
            if maker is not None:
                owner, target = maker, (None if target == maker else target)
        if target is None and trig.lemma(tok) in lex.clause_triggers:
            # "U.S. charges Japan has violated a pact": the charged party is the clause's subject
            clause = trig.charged_clause(tok)
            target = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        goods = target is not None and target.head.lower_ == "of" and actx.entity_at(target) is None
        if etype == "COOPERATE" and goods:
            # "sales of U.S. oilseeds": the goods, not a party; but "Soviet purchases of U.S. corn",
            # "the purchase of 1.5 mln tonnes of U.S. corn by Japan": a purchase is from the
            # goods' origin, and a "by" phrase on the goods names the buyer.
            # ("increase its purchases of U.S. car parts", "more Japanese purchases": a volume, no deal)
            volume = (tok.dep_ == "dobj" and trig.lemma(tok.head) in lex.movement_verbs) or any(
                c.lower_ in {"more", "less", "fewer"} for c in tok.children)
            bought = trig.lemma(tok) in lex.buying_nouns and not volume
            if bought and owner is None:
                owner = _by_phrase(target)
            target = _goods_origin(target, actx) if bought else None
        light = tok.dep_ == "dobj" and trig.lemma(tok.head) in lex.light_verbs
        # ("it and Bennetton will form a joint venture": the verb making it carries it, the subject
        # names the partners)
        light = light or (tok.dep_ == "dobj" and trig.modified_type(tok, lex) is not None)
        if owner is None and target is None and etype in _SYMMETRIC and not light \
                and not _parties_of_governing_clause(tok, actx):
            return []  # "during the field trip": an exchange noun with no party of its own
        if owner is None and tok.dep_ not in {"nsubj", "nsubjpass"}:
            # "the domestic call ... was reinforced by the launch": a subject noun's governor
            # names what acted on it, not who made it.
            gov = roles.noun_governor(tok)
            owner = roles.subject_of(gov) if gov is not None else None
            if owner is None and gov is not None and trig.lemma(gov) in _INVITING_VERBS:
                owner = roles.passive_subject(gov)  # "Masse was invited to Caracas for talks with Hernandez"
        # ("calls from Britain, France and West Germany": one request each)
        first = roles.resolve_all(owner, actx, group=etype != "REQUEST") if owner is not None else []
        if not first and etype == "PROTEST" and actx.fallback_country:
            # "the strike will continue in Las Palmas tomorrow": no striker named, the workers of the
            # country the story is filed from (text null: implied)
            first = [Actor(text=None, country=actx.fallback_country, kind="ORG")]
        # (a list of parties named as the other side is one record each: "sales to Egypt, China, Iran")
        second = roles.resolve_all(target, actx, group=False) if target is not None and etype != "STATEMENT" else []
        receiver = roles.noun_governor(tok)
        if etype == "AID" and receiver is not None and trig.lemma(receiver) in lex.winning_verbs:
            # "The Philippines has received a loan from Japan": Japan gives, the subject receives.
            first, second = _received_aid(tok, receiver, actx) or (first, second)
        if etype == "SANCTION" and second and {a.country for a in first} - {None} <= {a.country for a in second}:
            # no one, or only the target's own side, named as imposer
            first = _implied_imposer(tok, r, second, actx) or first
        # ("Canada and France concluded an accord": both parties are the subject; split below)
        if not second and light and target is None and etype in {"CONSULT", "AGREE"} and len(first) == 1:
            # "opened talks last August with Japanese officials" (the parser loses the "with"):
            # the party of another country the light verb's clause names after the noun.
            # "reached an agreement to acquire a 49 pct interest in Universal Life ...": the party
            # of the agreed act, in the noun's own clause.
            second = _implied_counterpart(tok.head, first, actx, _LIGHT_CLAUSE_DEPS, after=tok.i) \
                or _implied_counterpart(tok, first, actx, _NOUN_COMPLEMENT_DEPS)
            if not second:
                return []
        if not second and etype == "AID":
            given_to = _recipient(tok, lex)
            # "will provide Morocco a 125 mln dlr loan": the giving verb's other object receives.
            second = roles.resolve_all(given_to, actx, group=False) if given_to is not None else []
        if not second and etype == "AID":
            # "approved a loan to assist Ecuador": the recipient in the noun's purpose clause.
            second = _implied_counterpart(tok, first, actx, _NOUN_COMPLEMENT_DEPS)
            gov = roles.noun_governor(tok)
            if not second and gov is not None:
                # "approved a loan to assist Ecuador", "authorized credit guarantees to cover sales
                # to Algeria": the purpose clause hangs on the governing verb.
                second = _implied_counterpart(gov, first, actx, _PURPOSE_DEPS)
    elif t.form == "withheld_passive":
        # "Terms were not disclosed": the implied party is the organisation the story is about.
        first = roles.implied_party(tok, actx)
        second = []
    elif etype == "AGREE" and (accord := _signed_accord(tok, lex)) is not None:
        # "The agreement, signed last September, aimed at ...": signed by the accord's parties.
        parties = _accord_parties(accord, actx)
        first, second = parties[:1], parties[1:]
    elif t.form == "passive":
        # "he was encouraged by Tokyo's actions": the experiencer acts, the agent is the target.
        subj = roles.passive_subject(tok) or roles.subject_of(tok)
        first = roles.resolve_all(subj, actx) if subj is not None else []
        agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        second = roles.resolve_all(agent, actx, inner_preps=_ASKED_PREPS) if agent is not None else []
    else:
        subj = roles.subject_of(tok)
        if subj is None and t.form == "withheld":
            subj = roles.passive_subject(tok)  # "officials could not be reached for comment"
        source = trig.attribution_source(tok, lex) if t.form == "speech" else None
        if source is not None:
            subj = source  # "according to Ecuadorean officials"
        if subj is None and t.form == "speech":
            subj = _closing_speaker(tok)
        if t.form != "speech" and r.speech is not None and r.speech != tok:
            # The reporting verb was only attribution; its speaker is still the next "they", and is
            # remembered before the content's own subject is resolved: "a Brazilian mining firm said
            # it agreed to sell ..." ("it" is the firm) or "The company also said it planned ...".
            speaker = roles.subject_of(r.speech)
            spoken = roles.resolve_all(speaker, actx) if speaker is not None else []
            actx.remember_plural(speaker, spoken[0] if spoken else None)
            if spoken:
                actx.remember(spoken[0], speaker)
                actx.remember_speaker(spoken[0], speaker)
        first = roles.resolve_all(subj, actx) if subj is not None else []
        if not first and _agreed_by_unplaced_parties(tok, subj, etype):
            # An agreement among parties the text does not place (countries null): an active subject
            # now ("The six agreed to cooperate"); a passive one only if no party is found below.
            unplaced = Actor(text=None, country=None, kind="IGO")
            if subj is not None and subj.dep_ == "nsubj":
                first = [unplaced]
        if t.form == "withheld" and not first:
            # "No one was available at the Commerce Department for comment": the body asked.
            # "There was no comment from PDVSA officials": the body named after "from".
            at = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in {"at", "from"}
                       for g in c.children if g.dep_ == "pobj"), None)
            first = roles.resolve_all(at, actx) if at is not None else []
        if t.form == "speech" and not first and subj is not None:
            author = actx.report_authors.get(trig.lemma(subj)) if _is_definite_noun(subj) else None
            if author is None and trig.lemma(subj) in lex.issued_documents and actx.last_speaker is not None \
                    and not any(c.dep_ in {"compound", "amod", "poss", "prep"} for c in subj.children):
                # "The 2.2 mln barrels shipment will be made ..., the statement said" in a story whose
                # speaker is Petrobras: a bare statement or report is the latest speaker's.
                author = actx.last_speaker[1]
            if author is not None:
                # "The report said": the report an identified author wrote ("X said in a field report").
                lo, hi = roles.phrase_span(subj)
                first = [Actor(text=actx.text[lo:hi], country=author.country, kind=author.kind, start=lo, end=hi)]
        if t.form == "speech" and first:
            doc_noun = _report_container(tok, lex)
            if doc_noun is not None:
                actx.report_authors.setdefault(doc_noun, first[0])
        if t.form == "speech":
            actx.remember_plural(subj, first[0] if first else None)
            actx.remember_speaker(first[0] if first else None, subj)
        if subj is not None and t.form == "verb" and trig.lemma(subj) in lex.non_agents:
            return []  # "Hailstorms and strong winds killed two people": no actor acted
        if subj is None and t.form == "verb" and r.speech is None and not _passive(tok):
            return []  # "to protect them", "protecting ships": no one named acts
        if subj is not None and not first and t.form == "verb" and subj.dep_ != "nsubjpass":
            return []  # "exporters to sell more", "a group that opposed": no identifiable actor
        if not first and r.speech is not None and r.speech != tok and not _passive(tok):
            speaker = roles.subject_of(r.speech)
            first = roles.resolve_all(speaker, actx) if speaker is not None else []
        if first:
            actx.remember(first[0], subj)
        second = _targets(r, tok, subj, actx, lex)
        if etype in _SYMMETRIC and not second and len(first) == 1 and subj is not None:
            # "The United Auto Workers and American Motors Corp agreed": two parties of one country
            # are still two sides (resolve_all keeps one actor per country).
            # (businesses and unions only: two officials or governments "of one country" are more
            # often one of them misplaced)
            conjuncts = roles.with_conjuncts(subj)
            pair = [roles.resolve_phrase(c, actx) for c in conjuncts]
            if len(pair) == 2 and all(c.tag_ not in {"NNS", "NNPS"} for c in conjuncts) and all(
                    a is not None and a.country == first[0].country and a.kind in {"BUS", "ORG"} for a in pair):
                first, second = pair[:1], pair[1:]
        if etype == "REQUEST" and not any(a.country for a in second) and len(first) == 1 and first[0].kind == "GOV" \
                and first[0].country:
            second = _domestic_sector(tok, first[0], actx, lex) or second
        if r.condition is not None:
            second = _promised_to(r.condition, first, actx)
            if second is None:
                etype, second = "STATEMENT", []  # someone else's act on a condition: a forecast
        if not second and etype == "CONSULT" and trig.lemma(tok) in lex.arrival_verbs and actx.fallback_country \
                and first and all(a.country not in {None, actx.fallback_country} for a in first) \
                and _location(tok, actx) is None:
            # "Weizsaecker arrived (here) for a four-day visit" in a BUENOS AIRES story: the host is
            # where the story is filed (text null: implied).
            second = [Actor(text=None, country=actx.fallback_country, kind="GOV")]
        if not second and etype in _EXCHANGES and not (etype == "CONSULT" and all(a.country is None for a in first)):
            # (a group's gathering has no counterpart: "nations will gather ... on a U.S. tax")
            goods = trig.lemma(tok) in lex.goods_object_verbs  # "sell the Linotype unit": no party in the goods
            second = _implied_counterpart(tok, first, actx, _COMPLEMENT_DEPS - {"dobj"} if goods else _COMPLEMENT_DEPS)
        if etype == "COOPERATE" and first:
            if trig.lemma(tok) in lex.award_verbs and first[0].country is not None:
                actx.awarder, actx.awardee = first[0], (second[0] if second else None)
            elif not second and trig.lemma(tok) in lex.winning_verbs and actx.awarder is not None:
                # "Cigra Inc won a contract" after "Taiwan's maize importers awarded contracts to
                # five U.S. companies": the awarder is the counterpart, the winner one of the five.
                a, b = actx.awarder, actx.awardee
                if b is not None and b.country is not None:
                    first = [x if x.country else replace(x, country=b.country) for x in first]
                if all(x.country != a.country for x in first):
                    second = [Actor(text=None, country=a.country, kind=a.kind)]
        attacked = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if etype == "ASSAULT" and attacked is not None and trig.lemma(attacked) in lex.verbal_targets:
            # "Hong Kong attacked the textile bill introduced in the U.S. Congress": words, not force.
            etype = "ACCUSE"
            second = [a for a in _policy_owner(attacked, actx) if a.country not in {x.country for x in first}]
        if etype == "PROTEST" and first and all(a.kind == "GOV" for a in first) and trig.lemma(tok) == "protest":
            # "France today protested over Canada's decision": a government's protest is a complaint
            # (ACCUSE); strikes and demonstrations stay PROTEST.
            etype = "ACCUSE"
            second = second or _complained_of(tok, actx)
        if etype == "THREATEN" and _forecast_warning(tok, first, actx, lex):
            etype, second = "STATEMENT", []
        if etype == "REQUEST" and r.target is not None and not second and _every_country(r.target, lex):
            # "each country has to fulfil its commitments": asked of a group (actor2 null)
            second = [Actor(text=None, country=None, kind="IGO")]
        if etype in {"REQUEST", "ACCUSE"} and r.target is not None and not second \
                and trig.lemma(tok) not in lex.mandative_verbs:  # ("suggested that a panel be set up" asks)
            etype = "STATEMENT"  # prescriptive or accusatory talk with no party asked or blamed is an assessment
        if etype in {"AGREE", "SUPPORT"} and r.target is not None and r.condition is None and (
            not second or {a.country for a in second} <= {a.country for a in first}
        ):
            # An offer told to reporters, praise of no one named, either aimed at one's own side: a
            # statement, not a promise or support.
            etype, second = "STATEMENT", []
        if etype == "ACCUSE" and r.target is not None and _own_government(first, second):
            etype, second = "STATEMENT", []  # "Miyazawa said Japan had failed to meet its target": self-assessment
        if etype == "ACCUSE" and r.target is not None and trig.lemma(r.target.head) in lex.hostile_acts and (
            {a.country for a in second} & {a.country for a in first}
        ):
            etype, second = "STATEMENT", []  # "the Pentagon said the destroyers fired ...": a report of its own act
    if etype in _SYMMETRIC and len(first) > 1 and {a.country for a in second} <= {a.country for a in first}:
        # "Japan and Britain have signed": first-named party first; "Egypt and Uganda are discussing
        # the possibility of Egyptian help": an object naming one of them adds no party.
        first, second = first[:1], first[1:]
    if etype in _SYMMETRIC and not first and len(second) > 1 and _between(tok):
        first, second = second[:1], second[1:]  # "negotiations between Panhandle and Sonatrach"
    if trig.lemma(tok) in lex.partyless_acts:
        second = []
    is_speech = t.form in {"speech", "withheld", "withheld_passive"} or (t.form == "noun" and etype == "STATEMENT")
    if is_speech and not first:
        return []  # anonymous or unattributed talk is not an event
    if not first and not second and unplaced is not None:
        first = [unplaced]  # "no recommendations were agreed", "the range agreed on in Paris"
    if not first and not second:
        return []
    if first and first[0] is unplaced and second:
        return []  # "a team he led agreed to buy U.S. products": its parties are placed elsewhere
    if (etype in lex.target_required or trig.lemma(tok) in lex.military_verbs) and not second:
        return []
    if not is_speech and not first and all(a.country is None for a in second):
        return []  # no acting party and no placed target: nothing an analyst could log
    if t.form == "noun" and etype == "COOPERATE" and not first:
        return []  # "a program for sales of U.S. products to Algeria": no seller named
    mod = "negated" if t.form in {"withheld", "withheld_passive"} else modality_of(tok, t.form, lex)
    if is_speech and mod == "hypothetical":
        mod = "asserted"  # "he said X would ..." : the saying happened
    verbal = t.form in {"verb", "passive"} and etype in _REPORTED_TYPES and (
        etype == "STATEMENT" or _reporting_verb(tok, r)
    )
    reported = (is_speech or verbal) and not (
        _second_hand(tok) or (_perfect(tok) and not (t.form == "speech" and _own_news(tok, lex)))
    )
    location = _location(tok, actx) or (_location(roles.noun_governor(tok), actx) if t.form == "noun" else None)
    if etype == "CONSULT" and not second and location is not None and location.country:
        if any(a.country not in {None, location.country} for a in first):  # (a group's meeting has no host)
            # "met for talks in Washington": the host is the place's country (text implied).
            second = [Actor(text=None, country=location.country, kind="GOV")]
    if etype == "CONSULT" and trig.lemma(t.token) in _MEETING_WORDS and location is not None and location.country \
            and len(first) == 1 and len(second) == 1:
        host, visitor = first[0], second[0]
        if host.country == location.country and visitor.country not in {None, location.country}:
            # "Japan plans to hold talks with France on April 17 in Tokyo": the visitor comes first.
            first, second = [visitor], [host]
    if etype != "STATEMENT" and not second:
        # "Hawley Group said it has agreed to buy Crime Control Inc" under "HAWLEY TO BUY U.S.
        # SECURITY FIRM": a wire headline names the other party of an act between two (text
        # null: implied), talks and contracts (rule 14) as much as demands and threats ...
        second = _headline_party(first, actx)
    if etype != "STATEMENT" and not first:
        first = _headline_party(second, actx)  # ... and the side "negotiations with Japan" leaves out
    if etype == "THREATEN" and trig.lemma(tok) == "warn" and not any(a.country for a in second) \
            and not _own_act_warned(tok, first, actx):
        # "Volcker warned that it could lead to retaliation": a warning aimed at no one is a statement
        # (but "Japan warned that it would retaliate" threatens an act of its own).
        etype, second = "STATEMENT", []
    if etype == "CONSULT" and not first and trig.lemma(tok) in _MEETING_WORDS:
        saying = None if _between(tok) else next((a for a in tok.ancestors if trig.lemma(a) in lex.speech_verbs), None)
        speaker = roles.subject_of(saying) if saying is not None else None
        spoken = roles.resolve_all(speaker, actx) if speaker is not None else []
        if len(spoken) == 1 and spoken[0].country and all(a.country not in {None, spoken[0].country} for a in second):
            first = spoken  # "he added that discussions with China were at an early stage": his side's
        else:
            # "meetings with the Philippine negotiators were still in progress": talks with one side
            # named are that side's (actor1), the other unnamed (a visit keeps its destination).
            first, second = second, []
    out = []
    for a1 in first or [None]:
        for a2 in second or [None]:
            if a1 is not None and a2 is not None and a1.start is not None and a1.start == a2.start:
                continue
            out.append(Draft(t, etype, a1, a2, mod, location, reported, r.speech))
    return out


def _headline_party(known: list[Actor], actx: roles.ActorContext) -> list[Actor]:
    """The other party the article's headline names, when it names exactly one country besides the
    one placed party ``known`` (text null: implied); else none."""
    if len(known) != 1 or not known[0].country:
        return []
    others = actx.headline_countries - {known[0].country}
    return [Actor(text=None, country=next(iter(others)), kind="GOV")] if len(others) == 1 else []


def _received_aid(noun, receiver, actx: roles.ActorContext) -> tuple[list[Actor], list[Actor]] | None:
    """(giver, recipient) of aid a subject receives or obtains: the giver is the "from" phrase (the
    noun's, its modifier's - "loans worth 162 mln dlrs from the Fund" - or the verb's), else a named
    owner of the noun ("its first ADB loan"; not "its", which is the recipient's); None when either
    side is missing."""
    subj = roles.subject_of(receiver)
    if subj is not None and subj.tag_ in {"WDT", "WP"} and receiver.dep_ == "relcl":
        subj = receiver.head  # "India, which received its first loans from the ADB"
    recipient = roles.resolve_all(subj, actx) if subj is not None else []
    froms = [c for t in (receiver, *noun.subtree) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
    giver = next((g for p in froms for g in p.children if g.dep_ == "pobj"), None)
    if giver is None:
        owners = [c for c in noun.children if c.dep_ in {"poss", "compound", "nmod"} and c.pos_ == "PROPN"]
        giver = owners[0] if owners else None
    given = roles.resolve_all(giver, actx) if giver is not None else []
    if not recipient or not given:
        return None
    return given, [a for a in recipient if a.country not in {g.country for g in given} or a.country is None]


def _closing_speaker(verb):
    """The phrase between the last comma and a closing reporting verb the parser left without a
    subject ("... by 1989, the General Accounting Office, GAO, said.": the office was hung on the
    content's verb): the head of that phrase, else None."""
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].ent_type_ in {"PERSON", "ORG"} and doc[verb.i - 1].dep_ != "nsubj":
        # "In a televised address to the American people Reagan said": the name right before the
        # verb, parsed into the phrase before it
        return doc[verb.i - 1]
    closing = verb.i + 1 < len(doc) and doc[verb.i + 1].text in {".", '"'}
    # ("At a meeting of the Coalition, David Cooke, chairman of ..., said the exemption would help":
    # the parser hung the speaker on the fronted phrase)
    after_apposition = verb.i > 0 and doc[verb.i - 1].text == ","
    if not (closing or after_apposition):
        return None
    phrase = []
    for tok in reversed(doc[verb.sent.start : verb.i]):
        # (an apposition's commas are inside the phrase: "the General Accounting Office, GAO,")
        if tok.text in {'"', ";", ":"} or (tok.text == "," and phrase and phrase[-1].dep_ != "appos"):
            break
        phrase.append(tok)
    inside = {w.i for w in phrase}
    heads = [w for w in phrase if w.head.i not in inside and w.pos_ in {"NOUN", "PROPN", "PRON"}]
    return heads[-1] if heads else None


def _recipient(noun, lex):
    """The indirect object of the giving verb whose direct object is ``noun`` ("provide Morocco a
    loan", "granted Poland a credit"), else None."""
    gov = noun.head
    if noun.dep_ != "dobj" or trig.lemma(gov) not in lex.giving_verbs:
        return None
    return next((c for c in gov.children if c.dep_ in {"dative", "dobj"} and c.i < noun.i), None)


def _requested_agent(verb):
    """The agent of the act a request verb asks for ("called for cooperation by X", "urged a halt
    to the talking down of the dollar by X"): the "by" phrase of its noun object, or of a noun that
    object governs through "to"/"of"; None otherwise."""
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]
    if not asked:
        return None  # ("urged Belgium to cut its quota by 10 pct": an infinitive, not an act named)
    # ("urged a halt to the talking down ...": the parser may hang the object's "to" on the verb)
    acts = asked + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                    if g.dep_ == "pobj"]
    for _ in range(3):
        for act in acts:
            agent = _by_phrase(act)
            if agent is not None:
                return agent
        acts = [g for act in acts for c in act.children if c.dep_ == "prep" and c.lower_ in {"to", "of"}
                for g in c.children if g.dep_ == "pobj"]
    if any(c.dep_ in {"auxpass", "agent"} for c in verb.children):
        return None  # "was asked by Washington": the asker
    # (a line break inside the phrase may make the parser hang the act's "by" phrase on the verb:
    # "called for closer cooperation ... by the\nUnited States"; an active verb has no agent of its own)
    return _by_phrase(verb)


def _by_phrase(tok, after: int = -1):
    """The nominal object of ``tok``'s own "by" phrase placed after token ``after`` (not a figure:
    "by 10 pct" is a noun too, but names no party, which the caller checks), else None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > after
                 for g in c.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)


def _own_act_warned(verb, first: list[Actor], actx: roles.ActorContext) -> bool:
    """Whether what a warning says is an act of the warner's own side ("Japan warned that it would
    retaliate", "Velayati warned that Iran would combat any intervention")."""
    own = {a.country for a in first} - {None}
    for head in speech.contents(verb):
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and own & {a.country for a in roles.resolve_all(subject, actx)}:
            return True
    return False


def _said_content(verb, lex) -> bool:
    """Whether ``verb`` is what a reporting verb reports ("said the ministry will release ...", "The
    ministry will release ..., Miyazawa said")."""
    if verb.dep_ == "ccomp" and trig.lemma(verb.head) in lex.speech_verbs:
        return True
    return any(c.dep_ in {"ccomp", "parataxis"} and c.i > verb.i and trig.lemma(c) in lex.speech_verbs
               for c in verb.children)


def _domestic_sector(verb, government: Actor, actx: roles.ActorContext, lex) -> list[Actor]:
    """A government asking a sector of no named country ("the Ministry has asked institutional
    investors to reduce their dollar sales", "MITI has been pressing chip makers"): its own country's
    sector (text the phrase), else nothing."""
    for c in verb.children:
        if c.dep_ in {"dobj", "dative"} and c.tag_ == "NNS" and trig.lemma(c) in lex.sector_heads \
                and not any(actx.entity_at(t) is not None for t in c.subtree):
            lo, hi = roles.phrase_span(c)
            return [Actor(text=actx.text[lo:hi], country=government.country, kind="BUS", start=lo, end=hi)]
    return []


def _goods_origin(goods, actx: roles.ActorContext):
    """The placed country or nationality modifying the goods phrase ("tonnes of U.S. corn"), else None."""
    for tok in goods.subtree:
        e = actx.entity_at(tok)
        if tok.dep_ in {"compound", "amod", "nmod"} and e is not None and e.type in {"GPE", "NORP"} and e.country:
            return tok
    return None


def _agent_after_request(noun):
    """The object of a request noun's "by" phrase when it follows the noun's "for" phrase ("a call
    for restraint by Japan": the act's agent, which the parser hangs on the noun), else None; a "by"
    phrase before it is the maker ("a call by Nakasone for calm")."""
    asked_for = next((c.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    return _by_phrase(noun, after=asked_for) if asked_for is not None else None


def _request_maker(noun):
    """The party a request noun comes from: the object of its own "from" phrase ("calls from
    Britain for cuts"), else None."""
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj"), None)


def _implied_imposer(noun, r: speech.Resolved, targets: list[Actor], actx: roles.ActorContext) -> list[Actor]:
    """Who imposed sanctions the text names only by their target ("urged Yeutter to lift the
    sanctions imposed against Japan", "his spokesman said sanctions imposed on Japan ..."): the one
    asked or planning to act on them, else whoever acts on them, else the speaker, of another country
    than the target (text null: implied)."""
    gov = roles.noun_governor(noun)
    candidates = []
    if gov is not None:
        if gov.dep_ == "xcomp":
            candidates += [c for c in gov.head.children if c.dep_ == "dobj"]  # "urged Yeutter to lift"
        candidates.append(roles.subject_of(gov))
    if r.speech is not None:
        candidates.append(roles.subject_of(r.speech))
    candidates += [t for t in noun.sent if t.dep_ == "ROOT" for t in [roles.subject_of(t)]]
    targeted = {a.country for a in targets}
    for tok in candidates:
        for actor in roles.resolve_all(tok, actx) if tok is not None else []:
            if actor.country is not None and actor.country not in targeted:
                return [Actor(text=None, country=actor.country, kind=actor.kind)]
    return []


def _names_an_accord(e: Entity, actx: roles.ActorContext) -> bool:
    """Whether a city name modifies an accord or meeting noun ("the Paris accord", "the Tokyo summit")."""
    span = actx.doc.char_span(e.start, e.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "compound":
        return False
    head = span.root.head
    return actx.lex.nouns.get(trig.lemma(head)) in {"AGREE", "CONSULT"} and _city_name(span.root, actx)


_OCCASION_PREPS = frozenset({"during", "at", "in", "after", "before"})
# Exchanges whose two sides a joined modifier names ("Soviet-American talks", "a U.S.-Japan pact").
_PAIRED_TYPES = frozenset({"AGREE", "CONSULT"})


def _paired_parties(noun, actx: roles.ActorContext) -> list[Actor]:
    """The two countries a hyphen-joined modifier of an exchange noun names, one actor each
    ("Soviet-American talks": SUN, USA), else none."""
    for mod in (c for c in noun.children if c.dep_ in {"compound", "amod"}):
        lo, hi = roles.phrase_span(mod)
        if "-" not in actx.text[lo:hi]:
            continue
        named = [e for e in actx.entities_between(lo, hi) if e.type in {"GPE", "NORP"} and e.country]
        if len(named) == 2 and named[0].country != named[1].country:
            return [Actor(text=e.text, country=e.country, kind="GOV", start=e.start, end=e.end) for e in named]
    return []


def _signed_accord(tok, lex):
    """The accord a participle or passive with no agent says was signed or agreed ("the agreement,
    signed last September", "the pact was agreed in July"), else None."""
    if any(c.dep_ == "agent" for c in tok.children):
        return None
    accord = tok.head if trig.is_participle_of(tok) else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if accord is None:
        accord = _accord_as_subject(tok, lex)
    if accord is None or lex.nouns.get(trig.lemma(accord)) != "AGREE" or roles.noun_owner(accord) is not None:
        return None
    return accord


def _accord_as_subject(tok, lex):
    """The accord the parser made the subject of its own reduced relative ("The pact, agreed to last
    July, called for ...": "agreed" parsed as the main verb of "The pact"), else None. An accord
    agrees nothing: set off by a comma and with no object, the verb says it was agreed."""
    if tok.tag_ not in {"VBD", "VBN"} or any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or lex.nouns.get(trig.lemma(subj)) != "AGREE":
        return None
    after = tok.doc[subj.i + 1] if subj.i + 1 < len(tok.doc) else None
    return subj if after is not None and after.text == "," and after.i + 1 == tok.i else None


def _accord_parties(accord, actx: roles.ActorContext) -> list[Actor]:
    """The two parties of an accord named without them: its own joined modifier, else the latest
    earlier accord of the article that names two countries ("a U.S.-Japan pact ... The agreement,
    signed last September"); implied actors (no text), or none."""
    own = _paired_parties(accord, actx)
    if own:
        return own
    for tok in _earlier_mentions(accord, lambda lem: actx.lex.nouns.get(lem) == "AGREE"):
        parties = _paired_parties(tok, actx)
        if not parties and tok.dep_ == "dobj":
            # "Taiwan and the United States reached a textile accord": the signers are the subject.
            subj = roles.subject_of(tok.head)
            parties = roles.resolve_all(subj, actx, group=False) if subj is not None else []
        countries = list(dict.fromkeys(a.country for a in parties if a.country))
        if len(countries) == 2:
            kinds = {a.country: a.kind for a in parties}
            return [Actor(text=None, country=c, kind=kinds.get(c)) for c in countries]
    return []


def _parties_of_governing_clause(noun, actx: roles.ActorContext) -> bool:
    """Whether the clause an exchange noun hangs on has a joint subject of two countries ("she and
    Soviet Premier Ryzhkov set targets during talks"): they are the noun's parties."""
    gov = roles.noun_governor(noun)
    # (only a noun that places the clause in the exchange, not "held talks on a pact": a topic)
    own = gov is not None and noun.head.head == gov and noun.head.lower_ in _OCCASION_PREPS
    subj = roles.subject_of(gov) if own else None
    # ("Canadian and Egyptian negotiators failed to conclude an accord during talks": joined
    # nationalities of one subject are two sides as well)
    if subj is None or not any(c.dep_ == "conj" for t in (subj, *subj.children) for c in t.children):
        return False
    return len({a.country for a in roles.resolve_all(subj, actx)} - {None}) > 1


def _city_name(tok, actx: roles.ActorContext) -> bool:
    """Whether ``tok`` is (in) a city's name, not a country's ("Tokyo", "Punta del Este")."""
    ent = actx.entity_at(tok)
    return ent is not None and roles.is_city(ent, actx.gaz)


def _ruled_against(ruling, actx: roles.ActorContext) -> list[Actor]:
    """Whom a court rules against: the subject of what it ruled ("ruled the employers had erred"),
    else the owner of what it threw out ("North's suit", "a claim by Dattel"), else that thing's party."""
    for head in speech.contents(ruling):
        who = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        found = roles.resolve_all(who, actx) if who is not None else []
        if found:
            return found
    for obj in (c for c in ruling.children if c.dep_ == "dobj"):
        found = _party_of(obj, actx)
        if found:
            return found
    return []


def _party_of(obj, actx: roles.ActorContext) -> list[Actor]:
    """The parties a thing acted on names: its owner's ("North's suit", "Canada's decision"), else its own."""
    owner = roles.noun_owner(obj)
    return roles.resolve_all(owner if owner is not None else obj, actx)


def _every_country(tok, lex) -> bool:
    """'each country', 'every nation', 'all countries': a group of countries named by quantifier."""
    head = trig.lemma(tok)
    quantified = any(c.lower_ in {"each", "every", "all"} for c in tok.children)
    return (head in {"country", "nation", "government"} and quantified) or tok.lower_ in lex.country_groups


def _complained_of(tok, actx: roles.ActorContext) -> list[Actor]:
    """The party a protest is over or against: 'protested over Canada's decision to close its ports'."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"over", "against", "at"}:
            for obj in (g for g in c.children if g.dep_ == "pobj"):
                found = _party_of(obj, actx)
                if found:
                    return found
    return []


def _earlier_owner(noun, actx: roles.ActorContext) -> list[Actor]:
    """Whose "the fee" or "the bill" is: the owner of the latest earlier mention of the same thing in
    an earlier sentence ("a customs user fee imposed by the U.S. Government", "the textile act
    introduced in the U.S. Congress"), else none."""
    head = trig.lemma(noun)
    same = next((words for words in (actx.lex.legislation_words, actx.lex.agreement_words) if head in words), {head})
    for tok in _earlier_mentions(noun, lambda lem: lem in same):
        found = _policy_owner(tok, actx)
        if found:
            return found
    return []


def _earlier_mentions(noun, accept):
    """Common nouns of the article's earlier sentences whose lemma ``accept`` takes, latest first."""
    return (tok for tok in reversed(noun.doc[: noun.sent.start]) if tok.pos_ == "NOUN" and accept(trig.lemma(tok)))


def _owned_by_a_party(noun, entities) -> bool:
    """Whether an event noun has an owner of its own: "the United States' attack", "an Iranian
    attack" (not "its attack", nor "the Paris meeting", where the city is the place)."""
    owner = roles.noun_owner(noun)
    if owner is None or owner.pos_ == "PRON":
        return False
    gaz = load_gazetteer()
    return not any(e.start <= owner.idx < e.end and roles.is_city(e, gaz) for e in entities)


def _between(tok) -> bool:
    """Whether an event word names its parties in a "between X and Y" phrase (its own, or its
    participle's: "an accord signed yesterday between Ghana and Canada")."""
    own = trig.own_participle(tok)
    words = [*tok.children, *(own.children if own is not None else ())]
    if tok.dep_ == "nsubjpass":
        words += list(tok.head.children)  # "the accord was reached between Iran and Ghana"
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in words)


def _policy_owner(noun, actx: roles.ActorContext) -> list[Actor]:
    """Whose bill or policy it is: its possessor ("Japan's policy"), else the first placed party named
    inside the phrase ("the bill introduced in the U.S. Congress", "the U.S. fee")."""
    owner = roles.noun_owner(noun)
    if owner is not None:
        return roles.resolve_all(owner, actx)
    for tok in noun.subtree:
        e = actx.entity_at(tok)
        if e is not None and e.country is not None:
            return roles.resolve_all(tok, actx)
    return []


def _own_government(first: list[Actor], second: list[Actor]) -> bool:
    """Whether a government speaker talks of its own government (same country, both GOV)."""
    return bool(first) and all(
        a.country is not None and a.kind == "GOV" and any(b.country == a.country and b.kind == "GOV" for b in first)
        for a in second
    )


def _targets(r: speech.Resolved, tok, subj, actx: roles.ActorContext, lex) -> list[Actor]:
    """actor2 of a verbal or adjectival trigger."""
    etype = r.type
    if etype == "STATEMENT":
        return []
    if r.target is not None:
        # "stronger demand growth in Japan and Western Europe is needed": those asked sit inside.
        found = roles.resolve_all(r.target, actx, inner_preps=_ASKED_PREPS)
        if not found and etype in {"ACCUSE", "REJECT"} and _is_definite_noun(r.target) \
                and trig.lemma(r.target) in lex.verbal_targets:
            found = _earlier_owner(r.target, actx)  # "the fee ... is illegal": whose fee, said before
        return found
    if etype == "SANCTION" and trig.lemma(tok) in lex.judicial_verbs:
        return _ruled_against(tok, actx)
    if etype == "REQUEST" and r.trigger.form == "verb":
        # "called for closer cooperation by the United States, West Germany, Japan and Britain",
        # "urged a halt to the talking down of the dollar by institutions in the U.S.": whoever is
        # to perform the act asked for is asked (one request each).
        agent = _requested_agent(tok)
        found = roles.resolve_all(agent, actx, inner_preps=_ASKED_PREPS, group=False) if agent is not None else []
        if any(a.country for a in found):
            return found
    if trig.lemma(tok) in lex.wanting_verbs | lex.directive_verbs:
        who = trig.wanted_party(tok, lex)
        return roles.resolve_all(who, actx) if who is not None else []
    if etype in {"ACCUSE", "REJECT"}:
        # "complained to GATT that South Korea's plan breaks rules": the accused is in the clause
        # (a denial's clause is what is denied, not who claimed it: "denied USDA is planning ...").
        for c in tok.children:
            if c.dep_ == "ccomp" and etype == "ACCUSE":
                # (a passive subject is the victim: "complained to Japan that American firms are
                # being squeezed out" accuses Japan, the party complained to)
                who = next((g for g in c.children if g.dep_ == "nsubj"), None)
                found = roles.resolve_all(who, actx) if who is not None else []
                if not found and who is not None and trig.lemma(who) in lex.verbal_targets:
                    # "alleged that the ban, imposed by the U.S. ITC, was discriminatory": whose ban;
                    # "complained the accord breached GATT rules": whose accord, named before
                    found = _policy_owner(who, actx) or (_earlier_owner(who, actx) if _is_definite_noun(who) else [])
                if found:
                    return found
        # ("rejected charges that fishing vessels seized by Iran were spying": whose charges, implied)
        rejected = next((c for c in tok.children if c.dep_ == "dobj"), None)
        claimant = roles.noun_owner(rejected) if rejected is not None and etype == "REJECT" \
            and trig.lemma(rejected) in lex.rejected_claims else None
        if claimant is not None and roles.resolve_all(claimant, actx):
            # "denied an Iranian report that an Iraqi jet was shot down": whose claim is denied
            return roles.resolve_all(claimant, actx)
        charges = rejected is not None and trig.lemma(rejected) in lex.rejected_claims \
            and roles.noun_owner(rejected) is None
        answering = trig.lemma(tok) in _ANSWERING_VERBS or (etype == "REJECT" and speech.denied_accusation(tok, lex))
        if (answering and not roles.object_candidates(tok, lex.target_preps(etype))) or charges:
            # "Khamenei denied that the platforms had military gear": a denial answers the latest
            # party of another country the article named (text null: implied); charges rejected
            # may name their maker in the same sentence ("charges that vessels seized by Iran ...").
            own = {a.country for a in roles.resolve_all(subj, actx)} if subj is not None else set()
            ent = actx.last_before(
                tok.sent.end_char if charges else tok.sent.start_char,
                lambda e: e.type in {"GPE", "NORP", "ORG", "PERSON"} and e.country is not None and e.country not in own,
            )
            if own - {None} and ent is not None:
                return [Actor(text=None, country=ent.country, kind=roles.entity_kind(ent) or "GOV")]
    judged = next((c for c in tok.children if c.dep_ == "dobj" and trig.lemma(c) in lex.nouns), None)
    if judged is not None and etype in {"SUPPORT", "ACCUSE", "REJECT"} and _owned_by_a_party(judged, actx.entities):
        owner = roles.noun_owner(judged)
        # "backed the United States' attack on an Iranian platform": whose act is backed
        found = roles.resolve_all(owner, actx)
        if found:
            return found
    preps = lex.target_preps(etype)
    if r.trigger.form == "adj":
        preps = ("of", *preps)
    patient = roles.passive_subject(tok)
    candidates = [patient] if patient is not None and subj is not None and subj.dep_ != "nsubjpass" else []
    if etype in lex.prepositional_target_first:
        candidates += roles.object_candidates(tok, lex.prepositional_target_first[etype], direct=False)
    # "sell the Linotype unit (to X)": what is sold or supplied is goods, never the counterpart.
    direct = etype not in {"PROTEST"} and trig.lemma(tok) not in lex.goods_object_verbs
    candidates += roles.object_candidates(tok, preps, direct=direct)
    if not candidates:
        # "shelled and destroyed two Iranian platforms": coordinated verbs share the later object.
        for c in tok.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children):
                candidates += roles.object_candidates(c, preps, direct=etype not in {"PROTEST"})
    if not candidates and etype in _SYMMETRIC and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children
    ):
        # "met Stoltenberg ... and agreed to support the Louvre pact": agreed with whom it met.
        candidates += roles.object_candidates(tok.head, preps, direct=True)
    if tok.dep_ == "relcl" and etype in {"ACCUSE", "REJECT"}:
        # "Iran, which the Americans blame for two attacks": the relative pronoun stands for the noun
        # (blame and refusal only: "the group, which met Brazil's creditors" keeps its own object)
        candidates = [tok.head if c.dep_ == "dobj" and c.lower_ in _RELATIVE_PRONOUNS else c for c in candidates]
    second = []
    for obj in candidates:
        # The first phrase that names a party: "signed the accord with Brazil" -> Brazil; an event
        # noun as object names its party inside ("won a contract from the Swedish armed forces").
        inner = _EVENT_NOUN_PARTY_PREPS if trig.lemma(obj) in lex.nouns else None
        if etype == "COOPERATE" and trig.lemma(obj) in lex.stake_nouns:
            inner = trig.STAKE_PREPS  # "acquired 325,000 shares of Sheldahl Inc": the company
        # ("will visit Britain, France, West Germany, Switzerland and Italy": five visits, not a group)
        second = roles.resolve_all(obj, actx, inner_preps=inner, group=False)
        if not second and etype in _HOSTILE and _is_definite_noun(obj):
            # "its forces destroyed the platform" after "an Iranian oil platform": whose it is
            second = _earlier_owner(obj, actx)
        if second:
            break
    opposed = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if not second and etype in {"ACCUSE", "REJECT"} and opposed is not None \
            and trig.lemma(opposed) in lex.verbal_targets:
        # "opposed trade legislation pending in Congress": whose bill or policy is opposed
        second = _policy_owner(opposed, actx)
    if not second and etype in _SYMMETRIC | lex.target_required | {"THREATEN", "REJECT"}:
        # ("threatened to restrict Japanese construction firms", "refused to accept guarantees from
        # the Bank of Brazil": the act threatened or refused names the party)
        # "agreed to transfer its service to American Transport Lines": the agreed act's party.
        for c in tok.children:
            if c.dep_ != "xcomp":
                continue
            # "agreed to forego duties on Japanese semiconductors": the agreed act's counterpart.
            inner = roles.object_candidates(c, preps, direct=False) + [
                o for o in roles.object_candidates(c, (), direct=True)
                if not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in o.children)
            ]
            for obj in inner:
                second = roles.resolve_all(obj, actx)
                if second:
                    break
            break
    return second


# Dependents of a trigger whose subtree states what is exchanged, agreed or given ("pledged to
# increase its purchase of U.S. car parts", "approved a loan to assist Ecuador").
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "prep", "advcl", "dative"})
_NOUN_COMPLEMENT_DEPS = frozenset({"acl"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
_PLACE_PREPS = {"in", "at"}
_LIGHT_CLAUSE_DEPS = frozenset({"prep", "advcl"})


def _implied_counterpart(
    tok, first: list[Actor], actx: roles.ActorContext, deps: frozenset[str] = _COMPLEMENT_DEPS, after: int | None = None
) -> list[Actor]:
    """actor2 of an exchange, agreement or help the clause does not name as an argument: the
    first party of another country named inside what is exchanged ("Japan has pledged to try to
    increase its purchase of U.S. car parts" -> USA; "agreed to forego duties on Japanese
    semiconductors" -> JPN). Nothing when actor1 has no country or none differs."""
    own = {a.country for a in first}
    if not first or (None in own and any(a.kind != "IGO" for a in first)):
        return []  # an unplaced actor (an IGO's counterpart is any placed party)
    lo = hi = tok.idx if after is None else tok.doc[after].idx
    for c in tok.children:
        if c.dep_ in deps and c.i > (tok.i if after is None else after):
            hi = max(hi, *(t.idx + len(t.text) for t in c.subtree))
    inside = actx.entities_between(lo, hi)
    for e in inside:
        if e.type == "GPE" and roles._after_preposition(e, actx, _PLACE_PREPS):
            continue  # "agreed in Paris": where, not with whom
        if e.type == "GPE" and _names_an_accord(e, actx):
            continue  # "reaffirmed an earlier Paris accord": the accord's city, not a party
        if e.type in {"GPE", "NORP", "ORG"} and e.country is not None and e.country not in own:
            kind = roles.entity_kind(e) or "GOV"
            return [Actor(text=e.text, country=e.country, kind=kind, start=e.start, end=e.end)]
    if all(a.kind == "BUS" for a in first):
        # Between companies of one country: "agreed to transfer its service ... to American
        # Transport Lines Inc" -> the other company named in what is agreed.
        names = {a.text for a in first}
        for e in inside:
            if e.type == "ORG" and e.kind in {"BUS", None} and e.country is not None and e.text not in names:
                return [Actor(text=e.text, country=e.country, kind="BUS", start=e.start, end=e.end)]
    return []


def _promised_to(condition, first: list[Actor], actx: roles.ActorContext) -> list[Actor] | None:
    """actor2 of a conditional promise: the first party of another country named in the condition
    ("as soon as Zambia reached an agreement" -> ZMB). None when the promised act is not the
    speaker's side's (its subject is a party of another country)."""
    verb = condition.head.head if condition.head.lower_ == "soon" else condition.head
    own = {a.country for a in first}
    subj = roles.subject_of(verb) or roles.passive_subject(verb)
    doer = roles.resolve_phrase(subj, actx) if subj is not None and subj.pos_ != "PRON" else None
    if doer is not None and doer.country is not None and doer.country not in own:
        return None
    lo = min(t.idx for t in condition.subtree)
    hi = max(t.idx + len(t.text) for t in condition.subtree)
    for e in actx.entities_between(lo, hi):
        if e.type in {"GPE", "NORP", "ORG"} and e.country is not None and e.country not in own:
            return [Actor(text=e.text, country=e.country, kind=roles.entity_kind(e) or "GOV", start=e.start, end=e.end)]
    return []


def _in_condition(tok) -> bool:
    """Whether the trigger's clause is the condition of another ("as soon as Zambia reached a full
    agreement", "if sanctions are imposed"): conditions are not events (guidelines)."""
    clause = tok if tok.pos_ in {"VERB", "AUX"} else roles.noun_governor(tok)
    if clause is None or clause.dep_ != "advcl":
        return False
    verb = clause.head.head if clause.head.lower_ == "soon" else clause.head
    condition = speech.condition_clause(verb)
    return condition is not None and condition.i == clause.i


def _forecast_warning(tok, first: list[Actor], actx: roles.ActorContext, lex) -> bool:
    """'warned that European trading partners may resist': a warning whose content is what another
    party may do (a forecast, no consequence from the speaker) is a STATEMENT, not a threat."""
    if trig.lemma(tok) not in lex.speech_act_verbs:
        return False
    content = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if content is None or not any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could"} for c in content.children):
        return False
    subj = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    doer = roles.resolve_phrase(subj, actx)
    own = {a.country for a in first}
    return doer is None or doer.country is None or doer.country not in own


def _agreed_by_unplaced_parties(tok, subj, etype: str) -> bool:
    """Whether the verb "agree" has a subject the text does not place and that is no pronoun, no
    pair ("the two sides", "the parties") and no agent ("agreed by a joint commission"): "the
    participants agreed", "the range agreed on in Paris". ("its agreed ceiling" agrees nothing.)"""
    if etype != "AGREE" or trig.lemma(tok) != "agree" or tok.pos_ != "VERB" or tok.dep_ == "amod":
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return subj is None or (subj.pos_ != "PRON" and trig.lemma(subj) not in _PAIR_WORDS
                            and not any(c.lower_ == "two" for c in subj.children))


def _members(noun, actx: roles.ActorContext):
    """The "of" phrase of a meeting noun naming a body or group of several countries: those who
    meet ("a meeting of the Group of Seven", "the next meeting of EC foreign ministers")."""
    if trig.lemma(noun) not in _MEETING_WORDS:
        return None
    phrase = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
    if phrase is None:
        return None
    members = roles.resolve_all(phrase, actx)
    return phrase if members and all(a.country is None for a in members) else None


def _venue_of_speech(noun, lex) -> bool:
    """'told a meeting of industry executives', 'said at a news conference here': a gathering a
    speaker addressed, or spoke at with no counterpart named ("at a meeting with Japanese officials"
    is talks), is the statement's venue, not an event of its own."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"at", "to", "before"} else noun.head
    if trig.lemma(verb) not in lex.speech_verbs:
        return False
    if noun.dep_ in {"dobj", "dative"}:
        return trig.lemma(verb) in {"tell", "address", "brief"}
    return noun.dep_ == "pobj" and not any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children)


def _is_definite_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)


def _report_container(tok, lex) -> str | None:
    """'said in a field report': the lemma of the document a speaker said something in."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for g in c.children:
                if g.dep_ == "pobj" and trig.lemma(g) in lex.report_documents:
                    return trig.lemma(g)
    return None


def _date_reports(drafts: list[Draft], timexes: tuple[Timex, ...], doc, dct: date, lex) -> None:
    """'The report, dated February 26, said ...': every report of that document (its author's
    'said in a report', 'the report said', and 'it said' right after one) takes the document's
    date rather than the publication date (the speech act lies inside the dated report)."""
    dated: dict[str, dating.EventDate] = {}
    for timex in timexes:
        head = dating.timex_head(timex, doc)
        if head is None:
            continue
        verb = head.head if head.dep_ == "pobj" and head.head.lower_ == "on" else head
        if verb.head.lower_ == "dated" and trig.lemma(verb.head.head) in lex.report_documents:
            dated.setdefault(trig.lemma(verb.head.head), dating.normalise(timex, dct, future=False))
    if not dated:
        return
    previous = None
    for d in drafts:
        if not d.reported or d.date.text is not None:
            continue
        tok = d.trigger.token
        subj = roles.subject_of(tok)
        noun = _report_container(tok, lex)
        if noun is None and subj is not None and _is_definite_noun(subj):
            noun = trig.lemma(subj)
        if noun is None and subj is not None and subj.lower_ == "it" and previous is not None:
            noun = previous
        previous = noun if noun in dated else None
        if noun in dated and d.modality == "asserted":
            d.date = dated[noun]


def _inside_report(tok, lex) -> bool:
    gov = roles.noun_governor(tok)
    return gov is not None and trig.lemma(gov) in lex.speech_verbs and tok.dep_ == "pobj"


def _document_content(tok, lex) -> bool:
    """Whether the trigger states what a document says ("a resolution to impose sanctions")."""
    clause = tok if tok.pos_ in {"VERB", "AUX"} else roles.noun_governor(tok)
    if clause is None:
        return False
    if clause.dep_ == "advcl" and trig.to_infinitive(clause):
        # "vetoed a resolution to impose sanctions": the parser hangs the document's infinitive on the verb.
        return any(c.dep_ == "dobj" and trig.lemma(c) in lex.content_nouns for c in clause.head.children)
    return clause.dep_ in {"acl", "relcl"} and trig.lemma(clause.head) in lex.content_nouns


def _passive(tok) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children)


def _reporting_verb(tok, r: speech.Resolved) -> bool:
    """A verbal act performed by saying ("urged", "called on", "denied that"), not an action
    ("vetoed", "has backed Iraq in the war"): said in a report, taking a clause, or a speech-act verb."""
    if r.speech is not None or trig.has_content(tok):
        return True
    return trig.lemma(tok) in lexicon.load().speech_act_verbs


def _perfect(tok) -> bool:
    """'have accused Tokyo', 'has asked Congress': a perfect tells a standing situation, not the news of
    the day, so a verbal act in it is not dated like the report."""
    return tok.tag_ == "VBN" and any(c.dep_ == "aux" and trig.lemma(c) == "have" for c in tok.children)


def _own_news(tok, lex) -> bool:
    """'U.S. officials have said that ...': a reporting verb in the present perfect that no other
    report relays is wire-style speech of the day (guidelines rule 16: "have said"), unlike
    "had stated" or "has told ..., the USDA said", which are relayed."""
    present = any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'ve"} for c in tok.children)
    return present and not any(trig.lemma(a) in lex.speech_verbs for a in tok.ancestors)


def _relay_verb(tok):
    """The verb relaying a speech act ("was quoted in press reports as saying": quoted), else None."""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "as":
        head = head.head  # "was quoted as telling"
    relayed = tok.dep_ in {"pcomp", "advcl", "xcomp"} and trig.lemma(head) in lexicon.load().relay_verbs
    return head if relayed else None


def _second_hand(tok) -> bool:
    """'was quoted in press reports as saying': relayed speech is undated (rule 4)."""
    return _relay_verb(tok) is not None


def _quoting_verb(tok):
    """'Tass quoted him as saying', 'Nazer was quoted by SPA as saying': the speech act is the
    quoting (its verb is the trigger, guidelines), "as saying" only carries it; else None."""
    relay = _relay_verb(tok)
    return relay if relay is not None and trig.lemma(relay) == "quote" else None


def _place_phrases(tok):
    """'in/at <place>' phrases of the trigger, also inside its time adverbials ("Monday in Havana")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
            yield from (g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ in {"for", "during", "on"}:
            # "met for talks in Washington"
            for g in c.children:
                for gg in g.children:
                    if gg.dep_ == "prep" and gg.lower_ in {"in", "at"}:
                        yield from (x for x in gg.children if x.dep_ == "pobj")
        if c.dep_ in {"npadvmod", "advmod"}:
            for g in c.children:
                if g.dep_ == "prep" and g.lower_ in {"in", "at"}:
                    yield from (gg for gg in g.children if gg.dep_ == "pobj")


def _location(tok, actx: roles.ActorContext) -> Location | None:
    if tok is None:
        return None
    subject = roles.subject_of(tok) if tok.pos_ in {"VERB", "AUX"} else None
    # "Lavrov yesterday in Havana railed": the parser may hang the place on the subject.
    phrases = [*_place_phrases(tok), *(_place_phrases(subject) if subject is not None else ())]
    for g in phrases:
        e = actx.entity_at(g)
        if e is not None and e.type in {"GPE", "LOC"}:
            return Location(text=e.text, country=e.country)
    if trig.lemma(tok) in actx.lex.destination_triggers:
        for c in tok.children:
            target = c if c.dep_ == "dobj" else None
            # ("leaves for Washington": a departure's destination follows "for")
            into = {"to", "in", "for"} if trig.lemma(tok) in actx.lex.departure_verbs else {"to", "in"}
            if c.dep_ == "prep" and c.lower_ in into:
                target = next((g for g in c.children if g.dep_ == "pobj"), None)
            e = actx.entity_at(target) if target is not None else None
            if e is not None and e.type in {"GPE", "LOC"}:
                return Location(text=e.text, country=e.country)
    return None


def _date_all(drafts: list[Draft], timexes: tuple[Timex, ...], doc, dct: date) -> list[Draft]:
    """Dates by rule 1 (governing expression), 2 (reports), 3 (containers, later mentions), else unknown."""
    usable = [t for t in timexes if dating.is_datable(t)]
    for d in drafts:
        d.date = _own_date(d, usable, doc, dct)
    _follow_dated_lede(drafts, doc, dct)
    by_token: dict[int, Draft] = {}
    for d in drafts:
        by_token.setdefault(d.trigger.token.i, d)
    for d in drafts:
        if d.date.text is None and not d.reported:
            d.date = _inherited(d, by_token, drafts, usable, doc, dct) or d.date
        if d.modality == "asserted" and d.date.value is not None and _after(d.date, dct):
            d.modality = "planned"  # "goes to Canada later this week"
    return drafts


def _after(when: dating.EventDate, dct: date) -> bool:
    """Whether an event date lies wholly after the publication date at its precision."""
    if when.value is None:
        return False
    return when.value > dct.isoformat()[: len(when.value)]


def _own_date(d: Draft, usable: list[Timex], doc, dct: date) -> dating.EventDate:
    tok = d.trigger.token
    also = []
    if d.trigger.form == "noun" and tok.dep_ in {"dobj", "nsubjpass", "attr"}:
        also.append(tok.head)
    if d.trigger.form == "noun":
        own = trig.own_participle(tok)  # "the tariffs imposed ... last Friday", "an agreement signed yesterday"
        also += [own] if own is not None else []
        # "the strikes, which began on January 19": the start of the action dates it
        also += [c for c in tok.children if c.dep_ == "relcl" and trig.lemma(c) in lexicon.load().course_verbs]
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.pos_ in {"VERB", "AUX"}:
            also.append(tok.head.head)  # "In February, Masse was invited to Caracas for talks"
    cur = tok
    while cur.dep_ == "xcomp" and cur.head.i != cur.i:
        # "is to meet ... tomorrow", "is expected to arrive on Saturday": the governing verbs' time.
        cur = cur.head
        also.append(cur)
    sent = tok.sent
    for timex in usable:
        if timex.end <= sent.start_char or timex.start >= sent.end_char:
            continue
        if dating.governs(timex, tok, doc, also) and not dating.ends_a_period(timex, doc):
            when = dating.normalise(timex, dct, future=d.modality == "planned")
            if when.value is None and d.reported:
                continue  # "first quarter net": a period the report is about, not its date
            first_word = timex.text.split()[0].lower() if timex.text.split() else ""
            future = _after(when, dct) or first_word in lexicon.load().future_time_words
            if future and d.reported and d.modality == "asserted":
                continue  # a report made in the past cannot be dated after publication
            if future and d.modality == "asserted":
                d.modality = "planned"  # "goes to Canada later this week"
            return when
    if d.reported and d.modality in {"asserted", "negated"}:
        return dating.from_dct(dct)
    return dating.UNKNOWN


def _inherited(
    d: Draft, by_token: dict[int, Draft], drafts: list[Draft], usable: list[Timex], doc, dct: date
) -> dating.EventDate | None:
    """Rule 3: an event inside a dated event or clause, or a nominal later mention, takes its date."""
    cur = d.trigger.token
    for _ in range(6):
        if not _contained(cur) or cur.head.i == cur.i:
            break
        cur = cur.head
        host = by_token.get(cur.i)
        if host is not None and host is not d and host.date.text is not None:
            if _planned(host) != _planned(d):
                return None  # a planned trip announced during a past event is not dated by it
            if d.location is None:
                d.location = host.location
            return host.date
        if cur.pos_ in {"VERB", "AUX"}:
            for timex in usable:
                if dating.governs(timex, cur, doc):
                    future = d.modality == "planned" or (host is not None and host.modality == "planned")
                    return dating.normalise(timex, dct, future=future)
    if d.trigger.form != "noun":
        return None
    for e in drafts:
        if e is d or e.trigger.start >= d.trigger.start or e.date.text is None:
            continue
        if e.type == d.type and _country(e.actor1) == _country(d.actor1) and _country(e.actor2) == _country(d.actor2):
            return e.date
    return None


def _planned(d: Draft) -> bool:
    return d.modality in {"planned", "hypothetical"}


def _follow_dated_lede(drafts: list[Draft], doc, dct: date) -> None:
    """Reports that follow a lede dated to an earlier day relay that day's occasion.

    Wire style dates an undated "said" by the publication date (rule 2) because the lede is
    today's news. When the lede's act itself is dated to an earlier day ("yesterday Monday in
    Havana railed against ..."), later undated reports by the same party relay that occasion
    (rule 3) and take its date and place. A lede that is itself a report ("X said on Friday")
    does not: each later "said" is a wire-style report of its own (rule 2).
    """
    sents = list(doc.sents)
    if not sents:
        return
    first_end = sents[0].end_char
    anchor = next(
        (
            d
            for d in drafts
            if d.trigger.start < first_end and d.trigger.token.dep_ == "ROOT" and d.type != "STATEMENT"
            and d.date.text is not None and d.date.precision == "day"
            and d.date.value is not None and d.date.value < dct.isoformat() and d.modality == "asserted"
        ),
        None,
    )
    if anchor is None or anchor.actor1 is None or anchor.actor1.country is None:
        return
    for d in drafts:
        if d is anchor or not d.reported or d.date.text is not None or d.modality != "asserted":
            continue
        if d.actor1 is not None and d.actor1.country == anchor.actor1.country:
            d.date = anchor.date
            d.location = d.location or anchor.location


_TEMPORAL_MARKS = frozenset({"when", "while", "as", "after", "before", "during", "until", "since", "where"})


def _contained(tok) -> bool:
    """Whether ``tok``'s clause or phrase sits inside its head's event (when-clause, relative clause)."""
    if tok.dep_ == "relcl":
        return True
    if tok.dep_ == "advcl":
        return any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TEMPORAL_MARKS for c in tok.children) or any(
            c.dep_ == "prep" for c in tok.children
        ) or tok.tag_ == "VBG"
    if tok.dep_ == "pobj":
        return True
    if tok.dep_ == "prep":
        return tok.lower_ in {"during", "at", "in", "on", "after", "before", "to"}
    if tok.dep_ == "pcomp":
        return True
    return False


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _event(d: Draft, ctx: ArticleContext, city: str | None, city_country: str | None) -> Event:
    t = d.trigger
    location = d.location
    if location is None and d.reported and d.date.value is not None and d.date.text is None and city:
        location = Location(text=city, country=city_country)
    actor2 = d.actor2 if d.type != "STATEMENT" else None
    start, end = t.start, t.end
    quoting = _quoting_verb(t.token)
    if quoting is not None:
        start, end = quoting.idx, quoting.idx + len(quoting)
    return Event(
        type=d.type,
        trigger=Span(start, end, ctx.text[start:end]),
        actor1=d.actor1,
        actor2=actor2,
        location=location,
        date=d.date.value,
        precision=d.date.precision,
        date_text=d.date.text,
        modality=d.modality,
        sentence=ctx.sentence_of(t.start),
    )


