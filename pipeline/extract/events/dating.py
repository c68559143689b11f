"""Event dates from the temporal engine's TIMEX3 records, by the guidelines' rules.

1. A time expression governing the event (reached from the expression up the parse without
   crossing another clause's verb) gives the date; bare weekdays and months are re-anchored to the
   event's tense (a past event's "Monday" is on or before the publication date, a planned one's after).
2. A wire-style speech act with no time expression takes the publication date, precision day.
3. (in the engine) later mentions and events inside dated events take that date.
4. Otherwise the date is unknown. The publication date is never used silently.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.extract.nlp import text_of
from pipeline.records import Timex

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_BARE_PREFIX = re.compile(r"^(?:on|in|last|this|next|early|late|mid|since|by|until|from)\s+", re.I)
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_AHEAD = frozenset({"next", "coming", "upcoming", "forthcoming"})
_SEASON = re.compile(r"^(\d{4})-(?:SP|SU|FA|AU|WI)$")
_EXPLICIT_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")


@dataclass(frozen=True)
class EventDate:
    """An event's date: TIMEX3 value or None, precision, and the expression that gave it."""

    value: str | None
    precision: str
    text: str | None


UNKNOWN = EventDate(None, "unknown", None)


def from_dct(dct: date) -> EventDate:
    """Rule 2: the publication date, day precision, no date_text."""
    return EventDate(dct.isoformat(), "day", None)


_CALENDAR_NAME = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")


def timex_head(timex: Timex, doc):
    """The syntactic head token of a time expression (the token whose head lies outside it)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def governs(timex: Timex, trigger, doc, also=()) -> bool:
    """Whether ``timex`` belongs to the clause of ``trigger`` (or of a verb in ``also``).

    Walk up from the expression's head; the first verb reached must be the trigger (or one of
    ``also``: the light or reporting verb an event noun hangs from). An event noun reached on the
    way owns the expression when it is the trigger.
    """
    tok = timex_head(timex, doc)
    if tok is None:
        return False
    targets = {trigger.i, *(t.i for t in also)}
    if tok.dep_ in {"nummod", "compound", "amod"} and tok.head.pos_ == "NOUN" and tok.head.i not in targets \
            and _CALENDAR_NAME.search(timex.text):
        # "to release its 1987 planting intentions report March 31", "gave firms an October deadline":
        # a calendar name modifying another noun dates that thing, not the event ("an overnight
        # attack", "the current system" are as deictic as the clause).
        return False
    for _ in range(12):
        if tok.i in targets and tok.i != timex_head(timex, doc).i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in targets:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.pos_ == "NOUN":
            # "won a contract ... for delivery on July 5": the date of what is provided for.
            return False
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in tok.children):
            # "said at Opec's next meeting in Vienna in June": the date of the meeting ahead.
            return False
        if tok.pos_ in {"VERB", "AUX"} and tok.i not in targets:
            # A conjunct shares nothing: "halted the port today but called off ...".
            return False
    return False


def normalise(timex: Timex, dct: date, future: bool) -> EventDate:
    """A TIMEX3 value as an event date; bare weekdays/months re-anchored to past or future."""
    value = timex.value or ""
    if value == "PRESENT_REF":
        return EventDate(dct.isoformat(), "day", timex.text)
    m = _DAY.match(value)
    if m:
        day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        day = _reanchor_weekday(timex.text, day, dct, future)
        day = _reanchor_month_day(timex.text, day, dct, future)
        return EventDate(day.isoformat(), "day", timex.text)
    m = _MONTH.match(value)
    if m:
        year, month = _reanchor_month(timex.text, int(m.group(1)), int(m.group(2)), dct, future)
        return EventDate(f"{year:04d}-{month:02d}", "month", timex.text)
    m = _YEAR.match(value)
    if m:
        return EventDate(m.group(1), "year", timex.text)
    m = _WEEK.match(value)
    if m:
        # A week lies in one month or straddles two: the guidelines keep its month (of its Monday,
        # or of the later days when most of the week falls there).
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        thursday = monday + timedelta(days=3)
        return EventDate(f"{thursday.year:04d}-{thursday.month:02d}", "month", timex.text)
    m = _SEASON.match(value)
    if m:
        return EventDate(m.group(1), "year", timex.text)  # a season is kept at its year, as a week at its month
    return UNKNOWN


def _reanchor_month_day(text: str, day: date, dct: date, future: bool) -> date:
    """'strike on March 24' (planned, published March 16): a month and day with no year is the next
    such day for a future event (a past one keeps the temporal engine's value)."""
    words = _bare(text).split()
    if not words or words[0] not in _MONTHS or _EXPLICIT_YEAR.search(text):
        return day
    try:
        if future and day < dct:
            later = day.replace(year=day.year + 1)
            return later if later >= dct else day
    except ValueError:  # February 29
        return day
    return day


def _bare(text: str) -> str:
    return _BARE_PREFIX.sub("", text.strip()).lower().rstrip(".,")


# "next Monday", "last March": the temporal engine already resolved the direction the text gives.
_DIRECTED = re.compile(r"^(?:on\s+|in\s+)?(?:last|next|this|coming|past)\s", re.I)


def _reanchor_weekday(text: str, day: date, dct: date, future: bool) -> date:
    word = _bare(text)
    if word not in _WEEKDAYS or _DIRECTED.match(text.strip()):
        return day
    if future and day < dct:
        return day + timedelta(days=7)
    if not future and day > dct:
        return day - timedelta(days=7)
    return day


def _reanchor_month(text: str, year: int, month: int, dct: date, future: bool) -> tuple[int, int]:
    word = _bare(text)
    if word not in _MONTHS or _DIRECTED.match(text.strip()):
        return year, month
    if future and (year, month) < (dct.year, dct.month):
        return year + 1, month
    if not future and (year, month) > (dct.year, dct.month):
        return year - 1, month
    return year, month


# Prepositions introducing a period the event is for or lasts to, not its date ("extended to
# November 1995", "bought wheat for August to December shipment").
_PERIOD_END_PREPOSITIONS = frozenset({"to", "until", "till", "through", "thru", "for"})


def ends_a_period(timex: Timex, doc) -> bool:
    """'extended to November 1995', 'until April 21', 'for August shipment': a period the event
    is for or lasts to, not the event's date."""
    head = timex_head(timex, doc)
    if head is None:
        return False
    before = [w.lower() for w in text_of(doc)[max(0, timex.start - 10) : timex.start].split()]
    if before[-2:] == ["as", "of"]:
        return True  # "purchased ... as of March 26": a cut-off, not the purchase date
    # ("retaliation for Monday's attack": a possessive time names its noun's date, whatever precedes it)
    return (head.dep_ == "pobj" and head.head.lower_ in _PERIOD_END_PREPOSITIONS) or (
        bool(before) and before[-1] in _PERIOD_END_PREPOSITIONS and head.dep_ != "poss"
    )


def is_datable(timex: Timex) -> bool:
    """Whether a time expression can date an event (dates and times, not durations or sets)."""
    return timex.type in {"DATE", "TIME"} and bool(timex.value)
