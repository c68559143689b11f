"""Typed, immutable records that flow through the pipeline.

ingest -> ``Article`` (or ``Reject``) -> extract -> ``Extraction`` (timexes, figures, entities,
events) -> lake (Parquet) -> warehouse (DuckDB).  Every extracted record carries character
offsets into ``Article.text`` (Python code points, end exclusive) so each row can be traced back to
its sentence.  The Parquet schemas in ``pipeline.schema`` are derived from these classes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, normalised by ingest."""

    article_id: str
    text: str
    published_at: datetime  # timezone-aware, as written (UTC when the source gave no zone): the DCT
    title: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    dateline: str | None = None
    source_path: str | None = None
    text_hash: str = ""

    @property
    def published_date(self) -> date:
        """The UTC day the article belongs to: its lake partition and its daily run."""
        return self.published_at.astimezone(UTC).date()


@dataclass(frozen=True, slots=True)
class Reject:
    """A record that could not be used, with the reason. Rejects are data, never silent drops."""

    source_path: str
    reason: str
    article_id: str | None = None
    stage: str = "ingest"  # ingest | extract
    line: int | None = None
    published_date: date | None = None  # the day it belongs to, when known (else every run reports it)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 time expression, normalised against the article's publication time."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: 2024-02-19, 2023-12, 196, P30Y, PRESENT_REF, XXXX-04 ...
    mod: str | None = None  # START | MID | END | APPROX | LESS_THAN | MORE_THAN | ...
    # A resolved calendar interval for SQL (inclusive dates), when the value denotes one.
    range_start: date | None = None
    range_end: date | None = None
    granularity: str | None = None  # day | week | month | quarter | half | season | year | decade | century ...


@dataclass(frozen=True, slots=True)
class Figure:
    """A number with its scale and unit, bound to the period, subject and parties it describes."""

    start: int
    end: int
    text: str
    kind: str  # money | percent | count | multiplier | quantity
    value: float
    unit: str | None = None  # ISO 4217 | percent | counted noun lemma | unit name | None
    approximate: bool = False
    bound: str | None = None  # about | at_least | more_than | at_most | less_than | None
    per: str | None = None  # rate denominator: "barrel", "day", "USD" ...
    low: float | None = None  # for explicit ranges ("between 2 and 3 mln")
    high: float | None = None
    period: str | None = None  # TIMEX3 value of the period the figure refers to
    period_text: str | None = None
    baseline_period: str | None = None  # "compared with 1986"
    subject: str | None = None
    parties: tuple[str, ...] = ()
    modality: str | None = None  # None (reported) | forecast | target


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity mention; mentions of one entity share ``name``."""

    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | GPE | LOC | NORP
    name: str
    country: str | None = None  # ISO 3166-1 alpha-3
    kind: str | None = None  # GOV | MIL | BUS | ORG | PERSON | IGO | None (actor kind when known)


@dataclass(frozen=True, slots=True)
class Actor:
    text: str | None
    country: str | None
    kind: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Location:
    text: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when; traceable to its sentence."""

    type: str  # PLOVER type, see contract
    trigger: Span
    actor1: Actor | None
    actor2: Actor | None
    location: Location | None
    date: str | None  # TIMEX3 value of the event's own date
    precision: str  # day | month | year | unknown
    date_text: str | None
    modality: str  # asserted | planned | negated | hypothetical
    sentence: Sentence


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article_id: str
    timexes: tuple[Timex, ...] = ()
    figures: tuple[Figure, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    sentences: tuple[Sentence, ...] = field(default=())
