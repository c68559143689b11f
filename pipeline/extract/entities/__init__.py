"""Named entities with countries, kinds and in-article coreference.

The cascade, each step a small pure function:

1. candidates from spaCy's NER (PERSON, ORG, GPE, LOC, NORP), cleaned of possessives and articles;
2. candidates from the gazetteer scan (aliases such as "U.S.", demonyms, IGOs, institutions, known
   people), which fix NER's systematic misses and labels;
3. repairs (a place glued to a person's name, a possessive person tagged ORG);
4. country and kind of each mention: registries for places and nationalities, the actor
   dictionary, then the mention's own context (the nationality before a person's title);
5. coreference: mentions of one person/organisation share a canonical ``name`` and their country;
   those still unplaced take the country the wire gave them in other stories (``known``);
6. people, officials, agencies and companies the text does not place take the dateline's country
   (wire convention: "Energy Secretary Donald Hodel" in a WASHINGTON story is a U.S. official).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.extract.context import ArticleContext
from pipeline.extract.entities import coref, known, mentions, resolve
from pipeline.extract.entities.gazetteer import Gazetteer, fold
from pipeline.extract.entities.gazetteer import load as load_gazetteer
from pipeline.records import Entity


def extract_entities(ctx: ArticleContext) -> tuple[Entity, ...]:
    """Entity mentions in ``ctx`` (uses ``ctx.doc``, the spaCy parse), in text order."""
    if ctx.doc is None:
        raise ValueError(f"article {ctx.article_id}: entity extraction needs the spaCy parse (ctx.doc)")
    gaz = load_gazetteer()
    found = mentions.merge(
        mentions.from_ner(ctx.doc), mentions.from_gazetteer(ctx.text, gaz), mentions.is_upper_case(ctx.text)
    )
    found = mentions.repair(found, ctx.text, gaz)
    resolved = resolve.resolve_all(found, ctx.doc, gaz, ctx.published_at.date())
    linked = coref.link(resolved, gaz, ctx.text)
    officers = officers_of_placed_bodies(units_of_placed_companies(known.placed_elsewhere(linked, ctx.text)), ctx, gaz)
    return homes_the_text_states(placed_by_dateline(parties_of_their_members(officers, ctx.text), ctx, gaz), ctx.text)


def units_of_placed_companies(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """An unplaced company whose name opens with a placed company's initials or one-word name ("GM
    Overseas Distribution Corporation" after "General Motors") is that company's unit, of its
    country; the whole name chain follows."""
    parents: dict[str, str] = {}
    for e in entities:
        if e.type == "ORG" and e.country and e.kind != "IGO":
            words = [w for w in (e.name or e.text).split() if w[:1].isupper()]
            if len(words) == 1:
                parents.setdefault(words[0], e.country)
            for i in range(len(words) - 1):  # ("U.S. Carmaker General Motors": GM too)
                parents.setdefault(coref.initials(" ".join(words[i:])), e.country)
    units: dict[str, str] = {}
    for e in entities:
        words = e.text.split()
        if e.type == "ORG" and e.country is None and e.kind != "IGO" and len(words) > 1 and words[0] in parents:
            units.setdefault(e.name, parents[words[0]])
    return tuple(replace(e, country=units[e.name]) if e.country is None and e.name in units else e for e in entities)


def officers_of_placed_bodies(entities: tuple[Entity, ...], ctx: ArticleContext, gaz: Gazetteer) -> tuple[Entity, ...]:
    """An unplaced person titled as the officer of a body named right before the title ("CBOT
    chairman Karsten Mahlmann") is of that body's country, once coreference has placed the body
    (the acronym CBOT by "Chicago Board of Trade"); the whole name chain follows. One with a bare title
    ("Milan Kerno, vice president of finance") in a sentence about an international body is that
    body's official (kind IGO, no country)."""
    officers: dict[str, str] = {}
    for person in (e for e in entities if e.type == "PERSON" and e.country is None and e.kind != "IGO"):
        body = next((o for o in reversed(entities) if o.end <= person.start and o.type == "ORG"), None)
        if body is None or body.country is None or person.start - body.end > 40:
            continue
        # only title words in between: no verb, preposition or comma ("Exxon said John Smith")
        between = [t for t in ctx.doc if body.end <= t.idx < person.start]
        if between and all(t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in between) \
                and resolve.kind_of(ctx.text[body.end : person.start], gaz) is not None:
            officers.setdefault(person.name, body.country)
    for person in (e for e in entities if e.type == "PERSON" and e.country is None and e.kind != "IGO"):
        # "James Fry, vice-president of GM Overseas Distribution Corporation, told ...": the body of
        # the title the apposition gives, once placed.
        body = next((o for o in entities if o.start >= person.end and o.type == "ORG"), None)
        if body is not None and body.country is not None and body.kind != "IGO" \
                and _TITLE_OF.fullmatch(ctx.text[person.end : body.start]):
            officers.setdefault(person.name, body.country)
    officials_of_bodies: set[str] = set()
    for person in (e for e in entities if e.type == "PERSON" and e.country is None and e.kind != "IGO"):
        # "The African Development Bank plans a bond, Milan Kerno, vice president of finance, said": an
        # officer with a bare title speaks for the international body the sentence is about (no country).
        if person.name in officers or not _bare_title(gaz.bare_officer_titles).match(ctx.text, person.end):
            continue
        sentence = ctx.doc.char_span(person.start, person.end, alignment_mode="expand")
        start = sentence.sent.start_char if sentence is not None else person.start
        body = next((o for o in entities if start <= o.start < person.start and o.type == "ORG"), None)
        if body is not None and body.kind == "IGO":
            officials_of_bodies.add(person.name)
    return tuple(replace(e, country=officers[e.name]) if e.country is None and e.name in officers
                 else replace(e, kind="IGO") if e.country is None and e.name in officials_of_bodies else e
                 for e in entities)


@lru_cache(maxsize=1)
def _bare_title(titles: frozenset[str]) -> re.Pattern:
    """A title apposition with no body named (", vice president of finance", ", its chief executive")."""
    words = "|".join(sorted(titles))
    return re.compile(rf",\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){{0,3}}(?:{words})(?:\s+of\s+[a-z]+)?\s*[,.]?\s+(?!of\b)")


# ", vice-president of ", ", chairman of the ", ", an economist at ": a title apposition before its body.
_TITLE_OF = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[A-Za-z-]+\s+){1,5}(?:of|at|for)\s+(?:the\s+)?<?")


def parties_of_their_members(entities: tuple[Entity, ...], text: str) -> tuple[Entity, ...]:
    """An unplaced party after a placed person of the same sentence is that person's ("Cooke, a
    member of the Liberal party" in a WASHINGTON story is Canadian); others are left to the dateline."""
    out = list(entities)
    for i, party in enumerate(entities):
        if party.type != "ORG" or party.country is not None or not _PARTY.search(party.text):
            continue
        member = next((e for e in reversed(entities[:i]) if e.type == "PERSON"), None)
        if member is not None and member.country is not None and party.start - member.end <= 120 \
                and not _SENTENCE_END.search(text[member.end : party.start]):
            out[i] = replace(party, country=member.country)
    return tuple(out)


_PARTY = re.compile(r"\b[Pp]arty$")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"]")


def placed_by_dateline(entities: tuple[Entity, ...], ctx: ArticleContext, gaz: Gazetteer) -> tuple[Entity, ...]:
    """People, agencies and companies with no country take the dateline's, by name chain.

    Organisations with no kind cue are mostly companies in wire news and are placed too, and so are
    associations, unions and institutes whose name does not span countries; a bare institution name
    the dateline's country uses too is that country's ("the Treasury" in a LONDON story). People
    the text does not place are the dateline's too: a wire story quotes local people by name
    without a nationality ("AWB general manager Ron Paice" in MELBOURNE, "Sen. Max Baucus" in
    WASHINGTON), and names foreigners with one ("West German attache Paul Resch"). International
    bodies and companies whose legal form is not used in the dateline's country ("Monmouth
    International SA" in New York) stay unplaced.
    """
    if not ctx.dateline:
        return entities
    _, code = gaz.dateline_country(ctx.dateline)
    code = gaz.period_code(code, ctx.published_at.date())
    if code is None:
        return entities
    placed = {
        e.name
        for e in entities
        if e.country is None
        and (
            (e.type == "PERSON" and e.kind != "IGO")
            or (e.type == "GPE" and _PLACE_PREPOSITION_BEFORE.search(ctx.text[max(0, e.start - 16) : e.start]))
            or (e.type == "ORG" and e.kind in {"GOV", "MIL"})
            or (e.type == "ORG" and e.kind in {"BUS", None} and gaz.may_be_local(e.text, code))
            or (e.type == "ORG" and e.kind == "ORG" and not _INTERNATIONAL_NAME.search(e.text))
        )
    }
    named_elsewhere = {e.name for e in entities if e.country is not None}
    placed -= {e.name for e in entities if gaz.spans_countries(e.name or e.text)}
    placed -= {e.name for e in entities if _introduced_as_regional(e, entities, ctx.text)}
    return tuple(
        replace(e, country=code) if (e.name in placed and e.name not in named_elsewhere)
        or (code in gaz.shared_institutions.get(fold(e.text), ()) and not _US_TITLE_AFTER.match(ctx.text, e.end))
        else e
        for e in entities
    )


def homes_the_text_states(entities: tuple[Entity, ...], text: str) -> tuple[Entity, ...]:
    """A company the text says is based or incorporated in a country ("Acme is a Bermuda-based
    holding company", "the laws of Panama, its country of incorporation") is of that country, over
    the dictionary, other stories and the dateline (the wire states a home only when it is not the
    obvious one); the company's whole name chain follows."""
    homes: dict[str, str] = {}
    for i, e in enumerate(entities):
        if e.type != "ORG" or not e.name:
            continue
        based = _IS_PLACE_BASED.match(text, e.end)
        if based:
            # (NER may call the place a nationality: "a Luxembourg-based company")
            at = based.start(1)
            place = next((p for p in entities[i + 1 :] if p.start == at and p.type in {"GPE", "NORP", "LOC"}), None)
            if place is not None and place.country:
                homes.setdefault(e.name, place.country)
    for i, place in enumerate(entities):
        if place.type != "GPE" or not place.country or not _ITS_INCORPORATION.match(text, place.end):
            continue
        # "its" is the company the sentence is about: its first organisation
        start = max(text.rfind(". ", 0, place.start), text.rfind("\n\n", 0, place.start)) + 1
        company = next((e for e in entities[:i] if e.type == "ORG" and e.name and e.start >= start), None)
        if company is not None:
            homes.setdefault(company.name, place.country)
    return tuple(replace(e, country=homes[e.name]) if e.type == "ORG" and e.name in homes else e for e in entities)


_IS_PLACE_BASED = re.compile(r"\s+(?:is|was)\s+an?\s+(?:[a-z-]+\s+){0,2}([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-based\b")
_ITS_INCORPORATION = re.compile(r",?\s+its\s+(?:country|place|state)\s+of\s+incorporation\b")


def _introduced_as_regional(e: Entity, entities: tuple[Entity, ...], text: str) -> bool:
    """'European consortium <Airbus Industrie>', 'the Arab bank X': a body the text itself calls
    regional (a nationality of no one country, then lower-case words) spans countries."""
    return e.type == "ORG" and any(
        n.type == "NORP" and n.country is None and 0 <= e.start - n.end <= 30
        and _LOWER_WORDS.fullmatch(text[n.end : e.start])
        for n in entities
    )


_LOWER_WORDS = re.compile(r"(?:\s+[a-z][a-z-]*)+\s*<?")


# Associations, unions, institutes and parties are the dateline's unless their name says they
# span countries (a party abroad is named with its country: "Canada's Liberal party"; in the gold
# sets every party the text did not place was the dateline's: "National Party" in WELLINGTON).
_INTERNATIONAL_NAME = re.compile(
    r"\b(?:International|World|Inter-?[A-Z]\w*|Pan-?[A-Z]\w*|European|Arab|African|Asian|Latin|Nordic|Gulf|"
    r"Commonwealth|Islamic|Front)\b"
)

# A town the registries do not know, named where something is ("found oil in East Aceh", "arranged
# from Tilbury"), is mostly the dateline's; a bare unknown name tagged GPE is as often a company.
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|off)\s+(?:the\s+)?$")

# "Treasury Secretary", "Senate Majority Leader": titles of the U.S. institution.
_US_TITLE_AFTER = re.compile(r"\s+(?:Secretary|Majority|Minority|Speaker|Undersecretary|Under\s+Secretary)\b")
