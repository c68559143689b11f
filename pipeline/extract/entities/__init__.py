"""Named entities with countries and in-article coreference. Placeholder until it lands."""

from __future__ import annotations

from pipeline.extract.context import ArticleContext
from pipeline.records import Entity


def extract_entities(ctx: ArticleContext) -> tuple[Entity, ...]:
    """Entity mentions in ``ctx`` (uses ``ctx.doc``, the spaCy parse)."""
    return ()
