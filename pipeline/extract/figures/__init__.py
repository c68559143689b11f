"""Figures: amounts, percentages, counts, multipliers, quantities. Placeholder until it lands."""

from __future__ import annotations

from pipeline.extract.context import ArticleContext
from pipeline.records import Entity, Figure, Timex


def extract_figures(
    ctx: ArticleContext, timexes: tuple[Timex, ...], entities: tuple[Entity, ...]
) -> tuple[Figure, ...]:
    """Every figure in ``ctx.text`` bound to its period (from ``timexes``) and parties."""
    return ()
