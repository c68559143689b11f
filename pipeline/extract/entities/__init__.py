"""Named entities with countries, kinds and in-article coreference.

The cascade, each step a small pure function:

1. candidates from spaCy's NER (PERSON, ORG, GPE, LOC, NORP), cleaned of possessives and articles;
2. candidates from the gazetteer scan (aliases such as "U.S.", demonyms, IGOs, institutions, known
   people), which fix NER's systematic misses and labels;
3. repairs (a place glued to a person's name, a possessive person tagged ORG);
4. country and kind of each mention: registries for places and nationalities, the actor
   dictionary, then the mention's own context (the nationality before a person's title);
5. coreference: mentions of one person/organisation share a canonical ``name`` and their country.
"""

from __future__ import annotations

from pipeline.extract.context import ArticleContext
from pipeline.extract.entities import coref, mentions, resolve
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
    return coref.link(resolved, gaz, ctx.text)
