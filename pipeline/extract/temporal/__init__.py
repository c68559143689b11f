"""Temporal tagger and normaliser (TIMEX3), anchored to the article's publication time.

``tag_timexes(ctx)`` finds every time expression in an article and normalises it (type, value,
mod, and a calendar interval for SQL). It is rule-based and needs no parser: candidate rules and
word lists live in ``data/*.yaml``; the cascade is in :mod:`.engine`.
"""

from __future__ import annotations

from datetime import date, datetime

from pipeline.extract.context import ArticleContext, split_sentences
from pipeline.extract.temporal.engine import tag
from pipeline.records import Timex

__all__ = ["tag_text", "tag_timexes"]


def tag_timexes(ctx: ArticleContext) -> tuple[Timex, ...]:
    """Every time expression in ``ctx.text``, normalised against ``ctx.published_at``."""
    sentences = ctx.sentences or split_sentences(ctx.text)
    return tag(ctx.text, ctx.published_at.date(), sentences)


def tag_text(text: str, published_at: datetime | date) -> tuple[Timex, ...]:
    """Convenience: tag plain ``text`` published at ``published_at`` (a date or datetime)."""
    anchor = published_at.date() if isinstance(published_at, datetime) else published_at
    return tag(text, anchor, split_sentences(text))
