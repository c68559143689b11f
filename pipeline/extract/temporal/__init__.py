"""Temporal tagger and normaliser (TIMEX3). Placeholder until the temporal engine lands."""

from __future__ import annotations

from pipeline.extract.context import ArticleContext
from pipeline.records import Timex


def tag_timexes(ctx: ArticleContext) -> tuple[Timex, ...]:
    """Every time expression in ``ctx.text``, normalised against ``ctx.published_at``."""
    return ()
