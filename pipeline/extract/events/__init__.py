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

from dataclasses import dataclass
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
    found = _drop_covered_nouns(trig.find(doc, lex), lex)
    resolved = speech.resolve(found, lex)
    dateline_city, dateline_country = _dateline(ctx.dateline, gaz, dct)
    actx = roles.ActorContext(doc, entities, gaz, lex, dateline_country)
    drafts = [d for r in resolved for d in _drafts(r, actx, lex)]
    drafts = _date_all(drafts, timexes, doc, dct)
    return tuple(_event(d, ctx, dateline_city, dateline_country) for d in drafts)


def _dateline(dateline: str | None, gaz: Gazetteer, dct: date) -> tuple[str | None, str | None]:
    """The dateline's city as written ("WASHINGTON") and its country."""
    if not dateline:
        return None, None
    city = dateline.split(",")[0].strip()
    code = gaz.place(city.title()) or gaz.place(city)
    return city, gaz.period_code(code, dct)


def _drop_covered_nouns(found: list[trig.Trigger], lex) -> list[trig.Trigger]:
    """An event noun that is the argument of a typed (non-light) verb is that verb's event."""
    verbs = {t.token.i: t for t in found if t.form in {"verb", "adj"}}
    out = []
    for t in found:
        if t.form == "noun":
            head = t.token.head
            if t.token.dep_ in {"dobj", "nsubjpass", "pobj"} and head.i in verbs and trig.lemma(head) not in lex.light_verbs:
                continue
            if t.token.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in verbs:
                if head.lower_ not in lex.container_prepositions:
                    continue
        out.append(t)
    return out


def _drafts(r: speech.Resolved, actx: roles.ActorContext, lex) -> list[Draft]:
    """One draft per actor pair (compound actors of different countries are split)."""
    t = r.trigger
    tok = t.token
    if t.form == "noun":
        owner = roles.noun_owner(tok)
        if owner is None:
            gov = roles.noun_governor(tok)
            owner = roles.subject_of(gov) if gov is not None else None
        first = roles.resolve_all(owner, actx) if owner is not None else []
        target = roles.noun_target(tok)
        second = roles.resolve_all(target, actx) if target is not None else []
    else:
        subj = roles.subject_of(tok)
        first = roles.resolve_all(subj, actx) if subj is not None else []
        if not first and r.speech is not None and r.speech is not tok:
            speaker = roles.subject_of(r.speech)
            first = roles.resolve_all(speaker, actx) if speaker is not None else []
        if r.type == "STATEMENT":
            second = []
        elif r.target is not None:
            second = roles.resolve_all(r.target, actx)
        else:
            patient = roles.passive_subject(tok)
            obj = patient if patient is not None and subj is not None and subj.dep_ != "nsubjpass" else None
            obj = obj or roles.object_of(tok)
            second = roles.resolve_all(obj, actx) if obj is not None else []
    is_speech = t.form == "speech"
    if is_speech and not first:
        return []  # anonymous or unattributed talk is not an event
    if not first and not second:
        return []
    mod = modality_of(tok, t.form, lex)
    if is_speech and mod == "hypothetical":
        mod = "asserted"  # "he said X would ..." : the saying happened
    reported = (is_speech or (r.type in _REPORTED_TYPES and t.form == "verb" and _reporting_verb(tok, r))) and not (
        _second_hand(tok)
    )
    location = _location(tok, actx) or (_location(roles.noun_governor(tok), actx) if t.form == "noun" else None)
    out = []
    for a1 in first or [None]:
        for a2 in second or [None]:
            if a1 is not None and a2 is not None and a1.start == a2.start:
                continue
            out.append(Draft(t, r.type, a1, a2, mod, location, reported, r.speech))
    return out


def _reporting_verb(tok, r: speech.Resolved) -> bool:
    """A verbal act performed by saying ("urged", "called on", "denied that"), not an action ("vetoed")."""
    if r.speech is not None:
        return True
    return trig.lemma(tok) not in {"veto", "oppose", "reject", "refuse", "decline"} or trig.has_content(tok)


def _second_hand(tok) -> bool:
    """'was quoted in press reports as saying': relayed speech is undated (rule 4)."""
    head = tok.head
    return tok.dep_ in {"pcomp", "advcl", "xcomp"} and trig.lemma(head) in {"quote", "report", "cite"}


def _location(tok, actx: roles.ActorContext) -> Location | None:
    if tok is None:
        return None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
            for g in c.children:
                if g.dep_ == "pobj":
                    e = actx.entity_at(g)
                    if e is not None and e.type in {"GPE", "LOC"}:
                        return Location(text=e.text, country=e.country)
    if trig.lemma(tok) in {"visit", "arrive", "tour", "trip"}:
        for c in tok.children:
            target = c if c.dep_ == "dobj" else None
            if c.dep_ == "prep" and c.lower_ in {"to", "in"}:
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
    by_token: dict[int, Draft] = {}
    for d in drafts:
        by_token.setdefault(d.trigger.token.i, d)
    for d in drafts:
        if d.date.text is None and not d.reported:
            d.date = _inherited(d, by_token, drafts) or d.date
    return drafts


def _own_date(d: Draft, usable: list[Timex], doc, dct: date) -> dating.EventDate:
    tok = d.trigger.token
    also = []
    if d.trigger.form == "noun" and tok.dep_ in {"dobj", "nsubjpass", "attr"}:
        also.append(tok.head)
    sent = tok.sent
    for timex in usable:
        if timex.end <= sent.start_char or timex.start >= sent.end_char:
            continue
        if dating.governs(timex, tok, doc, also):
            return dating.normalise(timex, dct, future=d.modality == "planned")
    if d.reported and d.modality in {"asserted", "negated"}:
        return dating.from_dct(dct)
    return dating.UNKNOWN


def _inherited(d: Draft, by_token: dict[int, Draft], drafts: list[Draft]) -> dating.EventDate | None:
    """Rule 3: an event inside a dated event, or a later mention of a dated one, takes its date."""
    tok = d.trigger.token
    cur = tok
    for _ in range(6):
        if cur.dep_ not in _CONTAINED_DEPS or cur.head is cur:
            break
        cur = cur.head
        host = by_token.get(cur.i)
        if host is not None and host is not d and host.date.text is not None:
            return host.date
    for e in drafts:
        if e is d or e.trigger.start >= d.trigger.start or e.date.text is None:
            continue
        if e.type == d.type and _country(e.actor1) == _country(d.actor1) and _country(e.actor2) == _country(d.actor2):
            return e.date
    return None


def _country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


def _event(d: Draft, ctx: ArticleContext, city: str | None, city_country: str | None) -> Event:
    t = d.trigger
    location = d.location
    if location is None and d.reported and d.date.value is not None and d.date.text is None and city:
        location = Location(text=city, country=city_country)
    actor2 = d.actor2 if d.type != "STATEMENT" else None
    return Event(
        type=d.type,
        trigger=Span(t.start, t.end, ctx.text[t.start : t.end]),
        actor1=d.actor1,
        actor2=actor2,
        location=location,
        date=d.date.value,
        precision=d.date.precision,
        date_text=d.date.text,
        modality=d.modality,
        sentence=ctx.sentence_of(t.start),
    )


