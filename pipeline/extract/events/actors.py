"""Actors from the parse: the noun phrase of a role -> (text, country, kind), with anaphora.

Order of evidence for one noun phrase: an entity covering its head; a pronoun's or anaphoric
head's antecedent ("he", "the company", "the island"); the nationality or country inside the
phrase ("Brazilian officials", "authorities in Havana", "the head of Russian diplomacy"); the
dateline's country for identifiable officials and companies the text does not place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from pipeline.extract.entities.gazetteer import Gazetteer, fold
from pipeline.extract.entities.resolve import kind_of
from pipeline.extract.events.lexicon import Lexicon
from pipeline.extract.events.triggers import is_participle_of, lemma
from pipeline.extract.nlp import text_of
from pipeline.records import Actor, Entity

_SUBJECT_DEPS = {"nsubj", "csubj"}
# Indefinite pronouns name no party ("did not plan to sell any", "has not sold any").
_INDEFINITE = frozenset({"any", "anyone", "anybody", "anything", "none", "nobody", "nothing", "all", "each", "either"})
_TARGET_PREPS = ("with", "between", "against", "to", "on", "upon", "toward", "towards", "from", "at", "for", "into")
# Prepositions inside a noun phrase whose object does not tell whose the phrase is ("officials
# to Havana"); "in" and "of" do ("authorities in Havana", "the head of Russian diplomacy").
_NOT_OWNER_PREPS = {"to", "with", "against", "on", "about", "over", "for", "toward", "towards", "into", "at", "under"}
# Heads naming a group of countries or a company's local unit (see resolve_phrase).
_GROUP_HEADS = frozenset({"nation", "country", "government", "economy", "power", "democracy"})
_UNIT_HEADS = frozenset({"unit", "subsidiary", "affiliate", "arm", "division", "branch"})


@dataclass
class ActorContext:
    """What actor resolution needs about one article (read-only except the salience memory)."""

    doc: object
    entities: tuple[Entity, ...]
    gaz: Gazetteer
    lex: Lexicon
    fallback_country: str | None  # the dateline's country
    headline_countries: frozenset[str] = frozenset()  # the countries the title names
    _starts: list[int] | None = None
    last_thing: tuple[int, Actor] | None = None  # the latest organisation/country subject
    last_person: tuple[int, Actor] | None = None  # the latest person subject (named or titled)
    # The latest organisation or country named as the speaker of a report ("Acme Corp said ..."):
    # a later "it said" continues its attribution.
    last_speaker: tuple[int, Actor] | None = None
    # The latest plural speaker, None when anonymous ("several economists said ... They said").
    last_plural: tuple[int, Actor | None] | None = None
    # The latest placed actor per head word of its phrase: "the spokesman" after "A British High
    # Commission spokesman said" is that spokesman, not an official of the dateline's country.
    by_head: dict | None = None
    # Authors of documents spoken in ("the counselor said in a field report"): report lemma -> actor.
    report_authors: dict = field(default_factory=dict)
    # The party that awarded a tender earlier in the article (implied counterpart of its winners).
    awarder: Actor | None = None
    awardee: Actor | None = None  # ... and to whom ("five U.S. companies"): the winners' country

    @property
    def text(self) -> str:
        """The article text (computed once per doc)."""
        return text_of(self.doc)

    def remember_plural(self, tok, actor: Actor | None) -> None:
        """Keep a plural subject (resolved or anonymous) as the antecedent of a later "they"."""
        if tok is not None and tok.tag_ in {"NNS", "NNPS"} and tok.pos_ != "PRON":
            self.last_plural = (tok.idx, actor)

    def remember_speaker(self, actor: Actor | None, tok) -> None:
        """Keep a named organisation or country that speaks as the antecedent of a later "it said"."""
        if actor is not None and tok is not None and tok.pos_ != "PRON" and actor.kind not in {None, "PERSON"}:
            ent = self.entity_at(tok)
            if ent is None or ent.type != "PERSON":
                self.last_speaker = (tok.idx, actor)

    def remember(self, actor: Actor | None, tok) -> None:
        """Keep a named subject as the antecedent for a later "it" or "he"."""
        if actor is None or tok is None or tok.pos_ == "PRON":
            return
        if actor.country is not None and tok.pos_ == "NOUN":
            self.by_head = {**(self.by_head or {}), lemma(tok): actor}
        ent = self.entity_at(tok)
        # (a person named by a title or by a trade and an employer: "a senior economist at Deutsche Bank")
        person_noun = tok.lower_ in self.gaz.titles or (tok.tag_ == "NN" and tok.lower_ in self.lex.employed_speakers)
        if (ent is not None and ent.type == "PERSON") or (ent is None and person_noun):
            self.last_person = (tok.idx, actor)
        elif actor.kind not in {None, "PERSON"}:
            self.last_thing = (tok.idx, actor)

    def __post_init__(self):
        ordered = tuple(sorted(self.entities, key=lambda e: e.start))
        self.entities = _as_local_units(ordered, text_of(self.doc), self.gaz)
        self._starts = [e.start for e in self.entities]

    def entity_at(self, tok) -> Entity | None:
        """The entity mention covering ``tok``, if any."""
        i = bisect_right(self._starts, tok.idx) - 1
        if i >= 0 and self.entities[i].start <= tok.idx < self.entities[i].end:
            return self.entities[i]
        return None

    def entities_between(self, start: int, end: int) -> list[Entity]:
        """Entity mentions inside ``[start, end)``."""
        return [e for e in self.entities if start <= e.start and e.end <= end]

    def last_subject_before(self, offset: int, accept) -> Entity | None:
        """The nearest entity before ``offset`` that ``accept`` takes and that is a clause subject."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            e = self.entities[i]
            if e.end <= offset and accept(e) and self._in_subject(e):
                return e
            i -= 1
        return None

    def _in_subject(self, e: Entity) -> bool:
        """Whether ``e`` is a clause subject, or a name inside one ("the metals group Pechiney said")."""
        span = self.doc.char_span(e.start, e.end, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is not None and (root.dep_ in _SUBJECT_NAME_DEPS or (
            root.dep_ in {"compound", "appos", "nmod"} and root.head.dep_ in _SUBJECT_NAME_DEPS
        ))

    def first_subject_before(self, offset: int, accept) -> Entity | None:
        """The first entity before ``offset`` that ``accept`` takes and that is (in) a clause subject."""
        i = bisect_right(self._starts, offset)
        return next((e for e in self.entities[:i] if e.end <= offset and accept(e) and self._in_subject(e)), None)

    def last_before(self, offset: int, accept) -> Entity | None:
        """The nearest entity before ``offset`` that ``accept`` takes."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            e = self.entities[i]
            if e.end <= offset and accept(e):
                return e
            i -= 1
        return None


_SUBJECT_NAME_DEPS = frozenset({"nsubj", "nsubjpass"})


def _as_local_units(entities: tuple[Entity, ...], text: str, gaz: Gazetteer) -> tuple[Entity, ...]:
    """'Westpac Banking Corp in New Zealand said': the company's unit in that country speaks, and
    the story's later mentions of the company ("Westpac said", "the bank said") are that unit, an
    actor of that country (the entity itself keeps its home). A country, not a city: "Exxon in
    Houston said" is Exxon."""
    units: dict[str, str] = {}
    for i, e in enumerate(entities):
        match = _IN_COUNTRY_SAID.match(text, e.end) if e.type == "ORG" and e.name else None
        place = next((p for p in entities[i + 1 :] if p.start == match.start(1)), None) if match else None
        if place is not None and place.country and fold(place.text) in gaz.countries:
            units.setdefault(e.name, place.country)
    return tuple(replace(e, country=units[e.name]) if e.type == "ORG" and e.name in units else e for e in entities)


_IN_COUNTRY_SAID = re.compile(
    r">?\s+in\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:said|says|announced|reported)\b"
)


def phrase_span(tok) -> tuple[int, int]:
    """Character span of a noun phrase without relative clauses or trailing punctuation."""
    toks = [tok]
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        if c.dep_ in {"relcl", "acl", "advcl", "ccomp", "punct", "cc", "conj"} and c.head.i == tok.i:
            continue
        if c.dep_ == "appos" and c.head.i == tok.i and _after_dash(c):
            continue  # 'a "naval target" -- Baghdad's term for a tanker': a gloss, not the party
        toks.append(c)
        stack.extend(c.children)
    lo = min(t.idx for t in toks)
    hi = max(t.idx + len(t.text) for t in toks)
    return lo, hi


def _employer(tok, ctx: ActorContext) -> Entity | None:
    """The organisation a speaker noun names as its employer: "a Nomura analyst", "an economist
    at Dresdner Bank" (a placed organisation only; "dealers at Dutch arms of other companies" no)."""
    for c in tok.children:
        if c.dep_ == "compound":
            inner = [c]
        elif c.dep_ == "prep" and c.lower_ in {"at", "with", "of", "for"}:
            inner = [g for g in c.children if g.dep_ == "pobj"]
        else:
            continue
        for word in inner:
            ent = ctx.entity_at(word)
            if ent is not None and ent.type == "ORG" and ent.country:
                return ent
    return None


def _after_dash(tok) -> bool:
    """Whether a dash opens the phrase of ``tok`` (its subtree's first token follows "--")."""
    first = tok.left_edge.i
    return first > 0 and tok.doc[first - 1].text in {"--", "-", "\u2014", "\u2013"}


def resolve_phrase(tok, ctx: ActorContext) -> Actor | None:
    """The actor a noun phrase headed by ``tok`` names, or None when it names none."""
    lex = ctx.lex
    low = tok.lower_
    employer = _employer(tok, ctx) if low in lex.employed_speakers else None
    if low == "one" and not any(c.dep_ == "prep" for c in tok.children) and ctx.last_plural is not None \
            and ctx.last_plural[0] < tok.idx and ctx.last_plural[1] is not None:
        # "The officials said ... 'We have seen signs,' one said": one of the group just speaking.
        a = ctx.last_plural[1]
        return Actor(text=tok.text, country=a.country, kind=a.kind, start=tok.idx, end=tok.idx + len(tok))
    if (low in lex.anonymous_speakers or low in _INDEFINITE) and ctx.entity_at(tok) is None and employer is None \
            and not _authored_document(tok, ctx):
        return None
    lo, hi = phrase_span(tok)
    text = text_of(ctx.doc)[lo:hi]
    if employer is not None and ctx.entity_at(tok) is None:
        return Actor(text=text, country=employer.country, kind=entity_kind(employer), start=lo, end=hi)
    ent = ctx.entity_at(tok)
    if ent is not None and ent.type in {"PERSON", "ORG", "GPE", "NORP"}:
        return _actor_from_entity(ent, ctx, lo, hi, text)
    if lemma(tok) in lex.creditor_committee_heads and ent is None \
            and any(w.lower_ in lex.creditor_committee_words for w in tok.lefts) \
            and not any(e.type in {"GPE", "NORP"} for e in ctx.entities_between(lo, hi)):
        # "its commercial bank advisory committee", "the 14-bank advisory committee": the creditor
        # banks of many countries (no one country), not the debtor nor where they meet.
        return Actor(text=text, country=None, kind="IGO", start=lo, end=hi)
    if ent is not None and ent.type == "LOC":
        return Actor(text=text, country=None, kind=None, start=lo, end=hi)  # "Western Europe"
    if tok.pos_ == "PRON" or low in lex.person_pronouns | lex.thing_pronouns | lex.group_pronouns:
        gloss = next((c for c in tok.children if c.dep_ == "appos"), None)
        named = resolve_phrase(gloss, ctx) if gloss is not None else None
        if named is not None and named.country:
            # "They (the Kuwaitis) have also asked Britain": the writer names whom the pronoun means
            if text.count("(") > text.count(")") and text_of(ctx.doc)[hi : hi + 1] == ")":
                hi, text = hi + 1, text + ")"
            return Actor(text=text, country=named.country, kind=named.kind, start=lo, end=hi)
        return _pronoun(tok, ctx)
    # Nationality or country inside the phrase ("Brazilian officials", "authorities in Havana").
    inside = [e for e in ctx.entities_between(lo, hi) if e.type != "PERSON" or e.country]
    # (a preposition before the phrase is its verb's, not the phrase's: "called on Ottawa authorities")
    owners = [e for e in inside if e.start == lo or not _after_preposition(e, ctx, _NOT_OWNER_PREPS)]
    if lemma(tok) in lex.nouns:
        # An event noun's prepositional phrases tell where, not whose ("a stoppage in Spain's port").
        direct = {t.idx for t in tok.children if t.dep_ in {"compound", "amod", "poss", "nmod"} for t in t.subtree}
        owners = [e for e in owners if e.start in direct]
        if lex.nouns[lemma(tok)] in {"CONSULT", "AGREE"}:
            # "the Paris G-7 meeting", "the Paris accord": a city before a meeting or an accord is
            # where it met or was made, not who met.
            owners = [e for e in owners if not is_city(e, ctx.gaz)]
    kind = kind_of(text, ctx.gaz)
    if lemma(tok) in _GROUP_HEADS:
        # "major industrial nations in Paris": the city is where the group met, not its member
        owners = [e for e in owners if not (is_city(e, ctx.gaz) and _after_preposition(e, ctx, {"in"}))]
    if lemma(tok) in _UNIT_HEADS:
        # "Northern Telecom Ltd's U.S. unit": the unit is where its place word says, not its parent's
        local = [e for e in owners if e.type == "GPE" and e.country and any(
            c.dep_ in {"compound", "amod", "nmod"} and e.start <= c.idx < e.end for c in tok.children)]
        owners = local + [e for e in owners if e not in local]
    if len({e.country for e in owners if e.type == "GPE" and e.country}) >= _GROUP_SIZE:
        # "finance ministers of the U.S., Japan, West Germany, ... and Canada": a group of countries.
        return Actor(text=text, country=None, kind="IGO", start=lo, end=hi)
    for e in owners:
        if e.country or e.kind == "IGO":
            return Actor(text=text, country=e.country, kind=kind or entity_kind(e), start=lo, end=hi)
    works_for = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj"), None)
    if works_for is not None and not inside and lemma(tok) in _PERSON_TITLES | {"agent"} and _is_definite(works_for):
        # "an agent for the country said", "a spokesman for the airplane manufacturer said": the
        # party the speaker works for, named before and taken up by a definite description.
        who = resolve_phrase(works_for, ctx)
        if who is not None and who.country:
            return Actor(text=text, country=who.country, kind=kind or who.kind, start=lo, end=hi)
    employer_word = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                          and lex.anaphoric_heads.get(lemma(c)) == "BUS"), None)
    if employer_word is not None and not inside and lemma(tok) in _PERSON_TITLES:
        # "a senior bank official told Reuters" after "the Asian Development Bank", "an exchange
        # spokeswoman" after "the New York Mercantile Exchange": the body named before whose name
        # that word heads (the Asian Development Bank's official is no one country's).
        word = employer_word.lower_
        ante = ctx.last_before(lo, lambda e: e.type == "ORG" and e.text.lower().split()[-1:] == [word])
        if ante is not None:
            country = ante.country or _dateline_country_of(ante, ctx)
            return Actor(text=text, country=country, kind=kind or entity_kind(ante), start=lo, end=hi)
    if _is_definite(tok) and tok.tag_ == "NN" and lemma(tok) in _PERSON_TITLES and not inside:
        # "the minister said" after "French Finance Minister Edouard Balladur": the person named
        # before, as "he" would be (not the country the article names most).
        titled = ctx.last_before(lo, lambda e: e.type == "PERSON" and e.country is not None and lemma(tok) in
                                 text_of(ctx.doc)[max(0, e.start - 40) : e.start].lower())
        person = _actor_from_entity(titled, ctx, lo, hi, text) if titled is not None else _pronoun(tok, ctx, True)
        if person is not None:
            return Actor(text=text, country=person.country, kind=kind or person.kind, start=lo, end=hi)
    # A plural head ("the major industrial countries") names a group, not one earlier country.
    anaphor = ctx.lex.anaphoric_heads.get(lemma(tok)) if tok.tag_ not in {"NNS", "NNPS"} else None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is not None and owner.lower_ in lex.thing_pronouns | lex.group_pronouns and kind is not None:
        # "its army": the army of whatever "its" is.
        who = _pronoun(owner, ctx)
        if who is not None and who.country:
            return Actor(text=text, country=who.country, kind=kind, start=lo, end=hi)
    if anaphor is not None:
        if owner is not None:
            # "his country": the country of whoever "his" is.
            who = _pronoun(owner, ctx)
            if who is not None:
                return Actor(text=text, country=who.country, kind=kind or anaphor, start=lo, end=hi)
        elif _is_definite(tok):
            ante = _antecedent(tok.idx, anaphor, ctx, tok.lower_)
            if ante is not None:
                country = ante.country or _dateline_country_of(ante, ctx)
                return Actor(text=text, country=country, kind=kind or anaphor, start=lo, end=hi)
    if _is_definite(tok) and tok.tag_ == "NN" and not inside and lemma(tok) not in lex.nouns:
        # "the wheat pool said" after "the Alberta Wheat Pool", "the tribunal" after "the Canadian
        # Import Tribunal": a definite common noun that is a word of an organisation named before.
        named = ctx.last_before(lo, lambda e: e.type == "ORG" and low.capitalize() in e.text.split())
        if named is not None:
            return _actor_from_entity(named, ctx, lo, hi, text)
    if lemma(tok) in lex.country_groups or low in lex.country_groups:
        return Actor(text=text, country=None, kind="IGO", start=lo, end=hi)
    if _is_indefinite(tok) and lemma(tok) in _PERSON_TITLES and not inside:
        body = _conjoined_clause_subject(tok, ctx)
        if body is not None:
            return Actor(text=text, country=body.country, kind=kind or body.kind, start=lo, end=hi)
    same_head = (ctx.by_head or {}).get(lemma(tok)) if _is_definite(tok) and not inside else None
    if same_head is not None and same_head.start is not None and same_head.start < lo:
        return Actor(text=text, country=same_head.country, kind=kind or same_head.kind, start=lo, end=hi)
    first_mention = _earlier_same_head(tok, ctx) if _is_definite(tok) and not inside and tok.pos_ == "NOUN" else None
    if first_mention is not None:
        # "The secretariat said" after "Argentina's agriculture secretariat set ...": a definite
        # description repeats the head of an earlier phrase whose modifiers placed it.
        return Actor(text=text, country=first_mention.country, kind=kind or entity_kind(first_mention),
                     start=lo, end=hi)
    if kind in {"GOV", "MIL"} and _from_several_countries(tok, lex):
        # "Deputy oil ministers from six Gulf Arab states": a group, not the dateline's country
        return Actor(text=text, country=None, kind="IGO", start=lo, end=hi)
    if kind in {"GOV", "MIL", "BUS", "ORG"} and not (_is_indefinite(tok) and tok.dep_ not in _SUBJECT_DEPS):
        # ("Airbus officials": the officials of a company several countries own are no one country's)
        country = None if any(ctx.gaz.spans_countries(e.name or e.text) for e in owners) else ctx.fallback_country
        return Actor(text=text, country=country, kind=kind, start=lo, end=hi)
    if tok.pos_ == "PROPN" and tok.dep_ in _SUBJECT_DEPS and tok.text[:1].isupper():
        # A named subject NER missed: a name the article gave in full before ("Mario Rodriguez
        # Montero, president of an OAS committee, ... Rodriguez said") is that entity; else
        # ("Regency also reported") it is placed by the dateline.
        earlier = ctx.last_before(lo, lambda e: e.type in {"PERSON", "ORG"} and tok.text in e.text.split())
        if earlier is not None:
            return _actor_from_entity(earlier, ctx, lo, hi, text)
        return Actor(text=text, country=ctx.fallback_country, kind=None, start=lo, end=hi)
    return None


def _from_several_countries(tok, lex) -> bool:
    """Whether a phrase's "from" or "of" names several countries in the plural ("ministers from six
    Gulf Arab states", "officials of several Latin American countries"; not "of the two countries")."""
    return any(
        g.lower_ in lex.country_groups and g.tag_ in {"NNS", "NNPS"}
        and not any(c.lower_ in {"two", "both"} for c in g.children)
        for c in tok.children if c.dep_ == "prep" and c.lower_ in {"from", "of"}
        for g in c.children if g.dep_ == "pobj"
    )


def _authored_document(tok, ctx: ActorContext) -> bool:
    """A document whose modifiers name its author ("the FTC study", "A British parliamentary report",
    "Today's Foreign Ministry statement"): a report by a named author speaks (EVENTS.md rule 4); a
    bare "the report" or "a study" does not."""
    if lemma(tok) not in ctx.lex.report_documents | ctx.lex.issued_documents:
        return False
    authors = (ctx.entity_at(child) for child in tok.children if child.dep_ in _PLACING_DEPS)
    return any(e is not None and e.type in {"ORG", "GPE", "NORP"} and (e.country or e.kind == "IGO") for e in authors)


_PLACING_DEPS = frozenset({"compound", "amod", "poss", "nmod"})  # words that place a noun


def _earlier_same_head(tok, ctx: ActorContext) -> Entity | None:
    """The placed (or international) entity modifying the latest earlier noun with ``tok``'s lemma that
    has one ("Argentina's" in "Argentina's agriculture secretariat" for a later "the secretariat";
    earlier bare mentions in between are themselves repeats)."""
    head = lemma(tok)
    for prev in reversed(ctx.doc[: tok.i]):
        if prev.pos_ != "NOUN" or lemma(prev) != head:
            continue
        for child in prev.children:
            ent = ctx.entity_at(child) if child.dep_ in _PLACING_DEPS else None
            if ent is not None and (ent.country or ent.kind == "IGO") and ent.type in {"GPE", "NORP", "ORG"}:
                return ent  # ("the ministers" after "EC farm ministers": the Community's, no one country's)
    return None


def _conjoined_clause_subject(tok, ctx: ActorContext) -> Actor | None:
    """'The French Defence Ministry said it could not confirm ..., but an official said ...': an
    unnamed titled subject of a clause conjoined to one whose subject is a placed government body
    or company is that body's official (not the dateline's)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "conj":
        return None
    first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if first is None or first.pos_ == "PRON" or lemma(first) in _PERSON_TITLES:
        return None
    body = resolve_phrase(first, ctx)
    return body if body is not None and body.country and body.kind in {"GOV", "BUS", "MIL"} else None


def is_city(e: Entity, gaz: Gazetteer) -> bool:
    """Whether a place mention names a city, not a country ("Tokyo", "Punta del Este")."""
    return e.type == "GPE" and gaz.place(e.text) is not None and fold(e.text) not in gaz.countries


def _is_definite(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)


_LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "throughout", "outside"})


def _is_indefinite(tok) -> bool:
    """'set up a working party', 'a 14-bank advisory committee': an object introduced here is no
    body of the story's country (an indefinite subject is: "a spokesman said")."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)


def _in_place_phrase(e: Entity, ctx: ActorContext) -> bool:
    """Whether a place is named inside a phrase of where ("in Java", "in winter wheat areas of
    northern Pakistan and northern India"), climbing noun phrases up to the clause."""
    span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
    tok = span.root if span is not None else None
    for _ in range(6):
        if tok is None or tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPOSITIONS:
            return True
        tok = tok.head
    return False


def _after_preposition(e: Entity, ctx: ActorContext, preps: set[str] | frozenset[str]) -> bool:
    before = text_of(ctx.doc)[max(0, e.start - 12) : e.start].split()
    return bool(before) and before[-1].lower() in preps


def entity_kind(e: Entity) -> str | None:
    if e.type == "GPE":
        return "GOV"
    return e.kind


def _actor_from_entity(e: Entity, ctx: ActorContext, lo: int, hi: int, text: str) -> Actor:
    country = e.country
    kind = entity_kind(e) or kind_of(text, ctx.gaz)
    if country is None and e.type in {"PERSON", "ORG"} and e.kind != "IGO":
        # The person's title in this phrase may place them ("a Soviet official, Ivanov"); so does a
        # company's possessor ("the U.S.'s Reynolds Metals Co"); but "Geneva-based GATT" is GATT.
        for other in ctx.entities_between(lo, hi):
            if other is not e and other.country and other.type != "PERSON":
                country = other.country
                break
    if country is None and kind != "IGO" and not _igo_official(text, ctx) \
            and not ctx.gaz.spans_countries(e.name or e.text):
        # Officials, companies and parties the text does not place: the dateline's country.
        if e.type == "PERSON" or (e.type == "NORP" and kind in {"GOV", "ORG"}):
            country = ctx.fallback_country
        elif e.type == "ORG" and ctx.gaz.may_be_local(e.text, ctx.fallback_country):
            country = ctx.fallback_country
    return Actor(text=text, country=country, kind=kind, start=lo, end=hi)


def _igo_official(text: str, ctx: ActorContext) -> bool:
    return any(e.kind == "IGO" for e in ctx.entities if e.text in text)


def _bound_subject(tok):
    """The subject a possessive pronoun is bound to: "the group held its first meeting" -> the
    group; None when the pronoun sits inside that subject ("its army invaded") or it is a pronoun."""
    if tok.dep_ != "poss":
        return None
    gov = noun_governor(tok.head)
    subject = subject_of(gov) if gov is not None else None
    if subject is None or subject.pos_ == "PRON" or tok.i in {t.i for t in subject.subtree}:
        return None
    return subject


def _pronoun(tok, ctx: ActorContext, as_person: bool = False) -> Actor | None:
    """The actor a pronoun refers to; ``as_person``: a definite title ("the minister") read as "he"."""
    low = tok.lower_
    lex = ctx.lex
    bound = None if as_person else _bound_subject(tok)
    if bound is not None and low not in lex.first_person_pronouns:
        a = resolve_phrase(bound, ctx)
        if a is None:
            return None  # bound to an unnamed or anonymous subject
        return Actor(text=tok.text, country=a.country, kind=a.kind, start=tok.idx, end=tok.idx + len(tok))
    sentence_start = tok.sent.start_char
    if as_person or low in lex.person_pronouns or low in lex.first_person_pronouns:
        # A person named earlier in the same sentence, else the latest person subject (a named
        # one or a titled phrase such as "the Russian foreign minister"), else any person. A
        # person inside what "he said" reports is talked about ("a pact, backed by Prime Minister
        # Brian Mulroney, would open markets, he said"), not the speaker.
        reported = _reported_span(tok, lex)
        ante = ctx.last_before(tok.idx, lambda e: e.type == "PERSON" and not reported[0] <= e.start < reported[1])
        if ante is None or ante.start < sentence_start:
            named = ctx.last_subject_before(tok.idx, lambda e: e.type == "PERSON")
            remembered = _remembered(ctx.last_person, tok)
            if remembered is not None and reported[0] <= ctx.last_person[0] < reported[1]:
                remembered = None
            if remembered is not None and (named is None or named.start < ctx.last_person[0]):
                return remembered
            ante = named or ante
    elif low in lex.thing_pronouns:
        # The same sentence's organisation or country, else the latest one that was a subject; a
        # name modifying a noun ("the U.S. Dollar", "U.S. goods") is no antecedent.
        # A place named as where something happened ("flooding in Java, it said") is no speaker; an
        # object pronoun is not its own clause's subject ("ConAgra was taking it over").
        # A country inside what "it said" reports is what was said about, not who said it ("Thai raws
        # traded to China early in the week, it said").
        lo, hi = _own_subject_span(tok)
        reported = _reported_span(tok, lex)
        heard = _audience_span(tok)  # ("told the SEC it has acquired ...": the teller acquired)
        # "Acme said it agreed to buy 45 pct of Ajax SA of Spain. It said ...", "Fashionport will
        # make apparel, it said" (after "Playboy said"): a reporting "it" continues the attribution
        # of the latest named speaker, not the latest subject or what the report is about.
        speaker = _remembered(ctx.last_speaker, tok) if reported != _NO_SPAN else None
        ante = ctx.last_before(
            tok.idx, lambda e: e.type in {"ORG", "GPE"} and bool(e.country or e.kind) and not _modifier(e, ctx)
            and not ((e.type == "GPE" or speaker is not None) and reported[0] <= e.start < reported[1])
            and not (e.type == "GPE" and _in_place_phrase(e, ctx))
            and not lo <= e.start < hi and not heard[0] <= e.start < heard[1]
        )
        if speaker is not None and (ante is None or ante.start < sentence_start):
            return speaker
        if ante is None or ante.start < sentence_start:
            subject = ctx.last_subject_before(
                tok.idx, lambda e: e.type in {"ORG", "GPE"} and bool(e.country or e.kind)
                and not (e.type == "GPE" and reported[0] <= e.start < reported[1])
            )
            remembered = _remembered(ctx.last_thing, tok)
            if remembered is not None and reported[0] <= ctx.last_thing[0] < reported[1] and remembered.kind == "GOV":
                remembered = None  # the country the report is about ("Norway bought 300 trucks, it said")
            if remembered is not None and (subject is None or subject.start < ctx.last_thing[0]):
                return remembered
            ante = subject or ante
    else:
        # An object pronoun is not its own clause's subject ("U.S. warships bombarded them").
        lo, hi = _own_subject_span(tok)
        if ctx.last_plural is not None and ctx.last_plural[0] < min(tok.idx, lo):
            a = ctx.last_plural[1]
            if a is None:
                return None  # "they" are the anonymous sources named before
            return Actor(text=tok.text, country=a.country, kind=a.kind, start=tok.idx, end=tok.idx + len(tok))
        ante = ctx.last_before(
            tok.idx,
            lambda e: e.type in {"ORG", "GPE", "NORP", "PERSON"} and bool(e.country) and not lo <= e.start < hi,
        )
    if ante is None:
        return None
    country = ante.country or _dateline_country_of(ante, ctx)
    return Actor(text=tok.text, country=country, kind=entity_kind(ante), start=tok.idx, end=tok.idx + len(tok))


def _dateline_country_of(e: Entity, ctx: ActorContext) -> str | None:
    """The dateline's country for an unplaced antecedent (wire convention), but none for an
    international body or a company several countries own ("Airbus Industrie" in a PARIS story)."""
    if e.kind == "IGO" or ctx.gaz.spans_countries(e.name or e.text):
        return None
    return ctx.fallback_country


# The empty character span: nothing reported, no subject (every offset compares outside it).
_NO_SPAN = (1 << 30, 1 << 30)


def _reported_span(tok, lex: Lexicon) -> tuple[int, int]:
    """Character span of the clause a pronoun's reporting verb reports ("X did Y, it said": X did Y),
    else an empty span."""
    verb = tok.head
    if tok.dep_ != "nsubj" or lemma(verb) not in lex.speech_verbs:
        return _NO_SPAN
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    words = list(clause.subtree) if clause is not None else []
    if clause is None and verb.dep_ in {"parataxis", "ccomp"} and verb.head.i != verb.i:
        # "..., it said" hung on its content: the content is the head's words outside the report
        words = [t for t in verb.head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
    return (words[0].idx, words[-1].idx + len(words[-1])) if words else _NO_SPAN



_TELLING_VERBS = frozenset({"tell", "inform", "notify", "assure", "brief", "advise"})


def _audience_span(tok) -> tuple[int, int]:
    """Character span of whom a telling verb addresses when ``tok`` is its content's subject, else
    an empty span."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "ccomp" or lemma(clause.head) not in _TELLING_VERBS:
        return _NO_SPAN
    told = next((c for c in clause.head.children if c.dep_ in {"dobj", "dative"}), None)
    if told is None:
        return _NO_SPAN
    return told.left_edge.idx, told.right_edge.idx + len(told.right_edge)


def _own_subject_span(tok) -> tuple[int, int]:
    """Character span of the subject of the verb ``tok`` is the object of, else an empty span."""
    if tok.dep_ not in {"dobj", "dative"}:
        return _NO_SPAN
    subj = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return _NO_SPAN
    words = list(subj.subtree)
    return words[0].idx, words[-1].idx + len(words[-1])


def _modifier(e: Entity, ctx: ActorContext) -> bool:
    span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in {"compound", "amod", "nmod"}


def _remembered(memory: tuple[int, Actor] | None, tok) -> Actor | None:
    if memory is None or memory[0] > tok.idx:  # (the same phrase again: as it was resolved)
        return None
    a = memory[1]
    return Actor(text=tok.text, country=a.country, kind=a.kind, start=tok.idx, end=tok.idx + len(tok))


def _antecedent(offset: int, kind: str, ctx: ActorContext, head_word: str = "") -> Entity | None:
    """The organisation a definite "the company" takes; for "the country/island", the country the
    article has named most so far (the story's subject), the latest on ties."""
    named = ctx.last_before(offset, lambda e: e.type == "ORG" and head_word in e.text.lower().split())
    if named is not None:
        return named  # "the bank" after "The World Bank"
    if kind == "BUS":
        # "Pechiney plans to sell ... to Reynolds Metals, the company said", "The Linotype unit ...
        # had revenues of ..., the company said": in wire style the company is the one the story is
        # about, the first that was a subject, not the latest one named.
        company = lambda e: e.type == "ORG" and e.kind not in {"IGO", "GOV"}  # noqa: E731
        return ctx.first_subject_before(offset, company) or ctx.last_before(offset, company)
    if head_word == "country":
        # "Honduras will tender ... for U.S. flag vessels, an agent for the country said": the
        # country the story is about was a subject first; later names are what it talks about.
        subject = ctx.first_subject_before(offset, lambda e: e.type == "GPE" and e.country is not None)
        if subject is not None:
            return subject
    counts: dict[str, int] = {}
    latest: dict[str, Entity] = {}
    for e in ctx.entities:
        # Capitals and nationalities count for their country ("Havana" is Cuba's story too).
        if e.end <= offset and e.type in {"GPE", "NORP"} and e.country:
            counts[e.country] = counts.get(e.country, 0) + 1
            latest[e.country] = e
    if not counts:
        return None
    # (on a tie, the country the story is filed from: "Mexico signed the accord with Brazil, the
    # ministry said" from Mexico City is Mexico's ministry)
    best = max(counts, key=lambda c: (counts[c], c == ctx.fallback_country, latest[c].start))
    return latest[best]


def implied_party(tok, ctx: ActorContext) -> list[Actor]:
    """The unnamed agent of a negated passive report: the latest organisation subject, else the
    latest organisation named (text null: the actor is implied)."""
    a = _remembered(ctx.last_thing, tok)
    if a is None or a.country is None:
        ent = ctx.last_before(tok.idx, lambda e: e.type == "ORG" and e.kind != "IGO")
        if ent is None and a is None:
            return []
        if ent is not None:
            local = ctx.gaz.may_be_local(ent.text, ctx.fallback_country)
            country = ent.country or (ctx.fallback_country if local else None)
            if a is None or country is not None:  # an unplaced subject yields to a placed name
                a = Actor(text=None, country=country, kind=ent.kind)
    return [Actor(text=None, country=a.country, kind=a.kind)]


def _apart(tok, other) -> bool:
    """Whether anything but whitespace lies between two tokens' subtrees' facing ends."""
    lo, hi = sorted((tok, other), key=lambda t: t.i)
    return any(not t.is_space for t in tok.doc[lo.i + 1 : hi.left_edge.i])


def with_conjuncts(tok) -> list:
    """``tok`` and the phrases coordinated with it ("the United States and Britain")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    for name in (c for c in tok.children if c.dep_ == "appos" and not _apart(tok, c)):
        # "Algeria's national petroleum agency Sonatrach and the U.S. Panhandle group": the parser
        # hangs the second party on the name that follows the title with no comma.
        stack += [c for c in name.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(g for g in c.children if g.dep_ == "conj")
    return out


def resolve_all(tok, ctx: ActorContext, inner_preps=None, group: bool = True) -> list[Actor]:
    """Actors of a phrase and its conjuncts, one per distinct country (compound actors are split);
    ``group``: three or more countries acting together are one group (for actors; a list on the
    other side, "sales to Egypt, China and Iran", is one party each)."""
    actors: list[Actor] = []
    if inner_preps is not None and ctx.entity_at(tok) is None and tok.pos_ != "PRON":
        # Those asked to act sit inside the phrase ("demand growth in Japan and Western Europe").
        inside = _inside(tok, ctx, inner_preps)
        if inside:
            return inside
    pair = _both_sides(tok, ctx)
    if pair:
        return pair
    for t in with_conjuncts(tok):
        a = resolve_phrase(t, ctx)
        if a is not None and all(a.country != b.country for b in actors):
            actors.append(a)
    if actors:
        actors = _with_conjoined_modifiers(tok, actors, ctx)
    if group and _a_group(actors):
        # "Canada, Britain, France, Japan, the U.S. and West Germany agreed": a group of countries
        # (guidelines: country null), not one event per pair.
        spans = [phrase_span(t) for t in with_conjuncts(tok)]
        lo, hi = min(x[0] for x in spans), max(x[1] for x in spans)
        return [Actor(text=text_of(ctx.doc)[lo:hi], country=None, kind="IGO", start=lo, end=hi)]
    if all(a.country is None for a in actors) and ctx.entity_at(tok) is None:
        # "at least four countries, including the United States, Soviet Union, Britain and China":
        # the members the phrase names are the parties.
        actors = _inside(tok, ctx, _MEMBER_PREPS, depth=1) or actors
    if not actors:
        # A phrase with no owner of its own may still name one inside ("the hegemony of the US").
        actors.extend(_inside(tok, ctx, inner_preps or _INNER_OWNER_PREPS))
        if _a_group(actors):
            # "finance ministers of the U.S., Japan, West Germany, ... and Canada": a group.
            lo, hi = phrase_span(tok)
            return [Actor(text=text_of(ctx.doc)[lo:hi], country=None, kind="IGO", start=lo, end=hi)]
    return actors


_GROUP_SIZE = 3


def _a_group(actors: list[Actor]) -> bool:
    """Three or more governments acting together, a multinational body or an unplaced party among them
    ("the U.S., the Soviet Union, the European Community and Japan agreed", "the leaders of the G-7,
    the United States, Britain, ... are to discuss"): one group, not one record per pair."""
    return len(actors) >= _GROUP_SIZE and all(a.kind == "IGO" or a.country is None or a.kind == "GOV" for a in actors) \
        and sum(a.country is not None for a in actors) >= 2
# Heads of a definite phrase that name one person by office ("the minister", "the spokesman").
_PERSON_TITLES = frozenset({"minister", "official", "spokesman", "spokeswoman", "governor", "secretary", "chairman",
                            "president", "ambassador", "envoy", "director", "premier", "chancellor", "commissioner",
                            "officer", "attache", "delegate", "representative", "adviser", "counsellor", "counselor"})
_PAIR_HEADS = frozenset({"side", "country", "nation", "government", "party"})
_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})


def _with_conjoined_modifiers(tok, actors: list[Actor], ctx: ActorContext) -> list[Actor]:
    """``actors`` with the parties of conjoined modifiers before the head, first-named first: "U.S.
    and Japanese negotiators" names two sides, and so does "Japanese Prime Minister Nakasone and
    West German Chancellor Kohl", which the parser hangs on the second name as one modifier."""
    parts = []
    modifiers = [m for m in tok.lefts if m.dep_ in _MODIFIER_DEPS]
    while modifiers:  # ("Swedish and Norwegian fisheries officials": the pair modifies a modifier)
        m = modifiers.pop(0)
        if any(c.dep_ == "conj" for c in m.children):
            parts.extend(with_conjuncts(m))
        else:
            modifiers.extend(c for c in m.lefts if c.dep_ in _MODIFIER_DEPS)
    named: list[Actor] = []
    for part in parts:
        a = resolve_phrase(part, ctx)
        if a is None or not a.country or any(a.country == b.country for b in named):
            continue
        # (a party the head already names keeps the head's phrase; a modifier's phrase spans its
        # conjuncts, so a new party is its own entity)
        same = next((b for b in actors if b.country == a.country), None)
        e = ctx.entity_at(part)
        named.append(same or (replace(a, text=e.text, start=e.start, end=e.end) if e is not None else a))
    if len(named) < 2:
        return actors
    return named + [b for b in actors if all(b.country != a.country for a in named)]


def _both_sides(tok, ctx: ActorContext) -> list[Actor]:
    """'both sides', 'the two countries': the last two countries the article named before, one actor
    each (text the phrase's), or nothing when it has not named two."""
    if lemma(tok) not in _PAIR_HEADS or tok.tag_ not in {"NNS", "NNPS"}:
        return []
    if not any(c.lower_ in {"both", "two"} and c.dep_ in {"det", "predet", "nummod", "preconj"} for c in tok.children):
        return []
    lo, hi = phrase_span(tok)
    countries: list[Entity] = []
    for e in reversed(ctx.entities):
        if e.end <= lo and e.type in {"GPE", "NORP"} and e.country and all(e.country != c.country for c in countries):
            countries.append(e)
            if len(countries) == 2:
                break
    if len(countries) < 2:
        return []
    text = text_of(ctx.doc)[lo:hi]
    return [Actor(text=text, country=e.country, kind="GOV", start=lo, end=hi) for e in reversed(countries)]


_MEMBER_PREPS = {"including"}
_INNER_OWNER_PREPS = {"of", "against", "on", "with", "to", "from", "toward", "towards", "by"}


def _inside(tok, ctx: ActorContext, preps, depth: int = 2) -> list[Actor]:
    """Parties named inside a phrase through of/against/with... ("the hegemony of the US", "on
    300 mln dlrs worth of Japanese goods"), at most ``depth`` phrases down."""
    if depth == 0:
        return []
    for head in with_conjuncts(tok):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for sub in prep.children:
                if sub.dep_ != "pobj":
                    continue
                found = []
                for part in with_conjuncts(sub):
                    a = resolve_phrase(part, ctx)
                    if a is not None and all(a.country != b.country for b in found):
                        found.append(a)
                if any(a.country or a.kind == "IGO" for a in found):
                    return found
                # Deeper only through "of" ("worth of Japanese goods"), not "sales to Iran".
                deeper = _inside(sub, ctx, {"of"}, depth - 1)
                if deeper:
                    return deeper
    return []


def subject_of(verb) -> object | None:
    """The grammatical subject of ``verb``, climbing xcomp/conj/relcl chains when it has none.

    A passive subject is the patient, never the actor, except for a raising verb's infinitive
    ("Lavrov was expected to meet": Lavrov meets).
    """
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in _SUBJECT_DEPS | {"agent", "auxpass", "nsubjpass"} for c in verb.children
    ):
        return None  # "Asked to comment, Miyazawa said": the main subject is the one asked
    tok = verb
    via = None
    for _ in range(6):
        quoted = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None) if via == "as" else None
        if quoted is not None and lemma(tok) == "quote":
            # "The agency quoted him as saying", "Nazer was quoted by the SPA as saying": the one
            # quoted says it, not the medium that relays it.
            return quoted
        for c in tok.children:
            if c.dep_ in _SUBJECT_DEPS:
                if tok.i != verb.i and c.lower_ == "it" and lemma(tok) == "be":
                    return None  # "it was unjust to blame ...": an expletive, no actor
                if c.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl" and tok.head.i != tok.i:
                    return tok.head  # "Reagan, who will hold talks with Nakasone": the antecedent
                return c
            if c.dep_ == "agent":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        passive = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and tok.i != verb.i:
            # "Lavrov was expected to meet"; "Yeutter was quoted as telling Tamura": the passive
            # subject is the one who tells.
            return passive if via in {"xcomp", "as"} else None
        if tok.dep_ == "prep" and tok.lower_ == "as" and tok.head.i != tok.i and via == "pcomp":
            via = "as"
            tok = tok.head
            continue
        if tok.dep_ == "prep" and tok.head.i != tok.i and via == "pcomp" and tok.head.pos_ in {"VERB", "AUX"}:
            # "told reporters after meeting with Suharto": the gerund's subject is the clause's
            via = "prep"
            tok = tok.head
            continue
        if tok.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and tok.head.i != tok.i:
            via = tok.dep_
            tok = tok.head
            continue
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ == "acl" and tok.head.i != tok.i:
            # "the decision by the Paris Club to reschedule": the noun's agent or possessor acts;
            # "went ahead with plans to reflag": else whoever acts on the noun.
            owner = noun_owner(tok.head)
            if owner is not None:
                return owner
            gov = noun_governor(tok.head)
            return subject_of(gov) if gov is not None and gov != verb else tok.head
        break
    return None


def passive_subject(verb):
    """The patient subject of a passive verb ("17 people were arrested")."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def object_candidates(verb, preps_allowed=_TARGET_PREPS, direct: bool = True) -> list:
    """Possible actor2 phrases of a verb, best first: the recipient ("loaned Uganda", "sold ... to
    Renault"), the direct object, then the objects of target prepositions."""
    out = []
    for c in verb.children:
        if c.dep_ == "dative":
            if c.pos_ == "ADP":
                if c.lower_ in preps_allowed or direct:
                    out.extend(g for g in c.children if g.dep_ == "pobj")
            elif direct:
                out.append(c)
    if direct:
        out.extend(c for c in verb.children if c.dep_ == "dobj" and not _after_dash(c))
    # Every phrase of each preposition ("tariffs on 300 mln dlrs worth of Japanese sets on April 17"
    # has two "on" phrases: the first names the party).
    preps: dict[str, list] = {}
    for c in verb.children:
        if c.dep_ == "prep":
            preps.setdefault(c.lower_, []).append(c)
    # "agreed in principle with Renault": a target phrase one level down.
    for c in verb.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    for gg in g.children:
                        if gg.dep_ == "prep" and gg.lower_ == "with" and "with" not in preps:
                            preps["with"] = [gg]
    for p in preps_allowed:
        for prep in preps.get(p, []):
            out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


def object_of(verb, preps_allowed=_TARGET_PREPS, direct: bool = True) -> object | None:
    """The first possible actor2 phrase of a verb (see ``object_candidates``)."""
    found = object_candidates(verb, preps_allowed, direct)
    return found[0] if found else None


def noun_owner(noun):
    """The possessor, agent ("by") or nationality modifier of an event noun."""
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in {"DATE", "TIME"}:
            return c  # (not "Monday's attack": a time, not an owner)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for c in noun.children:
        if c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in {"GPE", "NORP", "ORG"}:
            return c
    for participle in (c for c in noun.children if is_participle_of(c)):
        # "the 100 pct tariffs imposed by President Reagan", "a loan approved by the World Bank"
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def noun_target(noun):
    """The other party of an event noun ("visit to Moscow", "talks with X", "arrest of 17 people").

    The parser often hangs the target phrase on the light verb instead ("announced tariffs on
    Japanese goods"): the verb's target phrases count for its object, after the noun's own.
    """
    own = {c.lower_: c for c in noun.children if c.dep_ == "prep"}
    for participle in (c for c in noun.children if is_participle_of(c)):
        # "the sanctions imposed against Japan": the participle's target phrase is the noun's.
        own.update({c.lower_: c for c in participle.children if c.dep_ == "prep" and c.lower_ not in own})
    verb = {}
    if noun.dep_ == "dobj":
        verb = {
            c.lower_: c for c in noun.head.children
            if c.dep_ == "prep" and c.lower_ in {"on", "against", "to", "with", "from"}
        }  # "opened talks last August with Japanese officials", "received a credit from Japan"
    elif noun.dep_ == "nsubjpass":
        # "the accord was reached between Iran and Ghana": the passive verb's "between" names both
        # sides of its subject. ("accords have been reached with the U.K." is left out: it names
        # one side only, and the other is rarely in the sentence - measured, two false alarms.)
        verb = {c.lower_: c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "between"}
    for preps in (own, verb):
        for p in (*_TARGET_PREPS, "of"):
            if p in preps:
                pobj = next((g for g in preps[p].children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.ent_type_ not in {"DATE", "TIME"}:
                    return pobj  # (not "a meeting on April 27 and 28": when, not with whom)
    return None


def noun_governor(noun):
    """The verb an event noun hangs from (its light verb, or the verb its phrase modifies)."""
    tok = noun
    for _ in range(5):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            return head
        tok = head
    return None
