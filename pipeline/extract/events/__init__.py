"""Events: trigger, type, actors, location, date, modality. Placeholder until it lands."""

from __future__ import annotations

from pipeline.extract.context import ArticleContext
from pipeline.records import Entity, Event, Timex


def extract_events(
    ctx: ArticleContext, timexes: tuple[Timex, ...], entities: tuple[Entity, ...]
) -> tuple[Event, ...]:
    """Events in ``ctx`` dated by ``timexes`` with actors from ``entities``."""
    return ()
