"""Calendar arithmetic and TIMEX3 value formatting, all relative to a given anchor date."""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

from pipeline.extract.temporal.lexicon import lexicon
from pipeline.timevalues import value_range

# ---------------------------------------------------------------------------------------------
# numbers


def parse_number(text: str) -> float | None:
    """'three' -> 3, 'twenty four' -> 24, 'a hundred' -> 100, '2 1/2' -> 2.5, '1,000' -> 1000."""
    lex = lexicon()
    text = text.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        whole, _, frac = text.partition(" ")
        try:
            if "/" in whole:
                num, den = whole.split("/")
                return int(num) / int(den)
            value = float(whole.replace(",", ""))
            if frac and "/" in frac:
                num, den = frac.split("/")
                value += int(num) / int(den)
            return value
        except (ValueError, ZeroDivisionError):
            return None
    if text in lex["one_words"]:
        return 1
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word in ("and", "a", "an"):
            current = current or (1 if word != "and" else current)
            continue
        if word in lex["numbers"]:
            current += lex["numbers"][word]
        elif word in lex["multipliers"]:
            scale = lex["multipliers"][word]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def format_number(value: float) -> str:
    """3.0 -> '3', 2.5 -> '2.5'."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# ---------------------------------------------------------------------------------------------
# calendar arithmetic


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))


def days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ISO ``weekday`` of a month (nth = -1: the last one), e.g. Thanksgiving."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(year, month, days_in_month(year, month))
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def iso_week(day: date) -> str:
    """'1998-W08': ISO 8601 week of ``day`` (TimeBank convention)."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def reporting_quarter(anchor: date) -> tuple[int, int]:
    """The last completed quarter before ``anchor``: what 'the quarter' means in earnings news."""
    q = quarter_of(anchor) - 1
    return (anchor.year, q) if q else (anchor.year - 1, 4)


def _in_calendar(fn):
    """Absurd offsets ('5,000 weeks ago') leave the calendar: no value rather than an error."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (OverflowError, ValueError):
            return None

    return wrapper


@_in_calendar
def shift_value(anchor: date, unit: str, amount: int) -> str | None:
    """The TIMEX3 value of the ``unit`` that lies ``amount`` units from ``anchor``."""
    if unit in ("day", "night"):
        return (anchor + timedelta(days=amount)).isoformat()
    if unit in ("week", "fortnight"):
        return iso_week(anchor + timedelta(weeks=amount * (2 if unit == "fortnight" else 1)))
    if unit == "weekend":
        return iso_week(anchor + timedelta(weeks=amount)) + "-WE"
    if unit == "month":
        return add_months(anchor, amount).strftime("%Y-%m")
    if unit == "quarter":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + amount
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "year":
        return str(anchor.year + amount)
    if unit == "decade":
        return str(anchor.year // 10 + amount)
    if unit == "century":
        return str(anchor.year // 100 + amount)
    return None


@_in_calendar
def offset_value(anchor: date, unit: str, amount: float) -> str | None:
    """The point ``amount`` units away ('three years ago' -> the year, at the unit's granularity)."""
    whole = int(amount)
    if unit in ("day", "night"):
        return (anchor + timedelta(days=whole)).isoformat()
    if unit in ("hour", "minute", "second"):
        return anchor.isoformat()
    if unit in ("week", "fortnight"):
        return iso_week(anchor + timedelta(weeks=whole * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return add_months(anchor, whole).strftime("%Y-%m")
    if unit == "quarter":
        return add_months(anchor, 3 * whole).strftime("%Y-%m")
    if unit in ("year", "decade", "century"):
        factor = {"year": 1, "decade": 10, "century": 100}[unit]
        return str(anchor.year + whole * factor)
    return None


# ---------------------------------------------------------------------------------------------
# choosing the year of a partial date


def pick_year(anchor: date, month: int, day: int, tense: str | None) -> int | None:
    """Year of month/day: past -> latest on or before ``anchor``, future -> next on or after,
    no cue -> the nearest occurrence."""
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        if day <= days_in_month(year, month):
            options.append(date(year, month, day))
    if not options:
        return None
    if tense == "past":
        past = [d for d in options if d <= anchor]
        return max(past).year if past else None
    if tense == "future":
        future = [d for d in options if d >= anchor]
        return min(future).year if future else None
    return min(options, key=lambda d: (abs((d - anchor).days), d > anchor)).year


def named_month_value(base: date, month: int, direction: int) -> str:
    """The month named ``month`` strictly before (direction -1) or after (+1) the month of ``base``."""
    if direction < 0:
        year = base.year if month < base.month else base.year - 1
    else:
        year = base.year if month > base.month else base.year + 1
    return f"{year:04d}-{month:02d}"


def pick_month_year(anchor: date, month: int, tense: str | None) -> int:
    """Year of a bare month name, same policy as :func:`pick_year` at month granularity."""
    diff = month - anchor.month
    if tense == "past":
        return anchor.year if diff <= 0 else anchor.year - 1
    if tense == "future":
        return anchor.year if diff >= 0 else anchor.year + 1
    if diff > 6:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


def pick_weekday(anchor: date, weekday: int, tense: str | None, shift: int | None) -> date:
    """The date of a weekday name near ``anchor`` (shift -1 'last', 0 'this', 1 'next').
    Unmarked news weekdays are mostly past."""
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if shift == -1:
        return anchor - timedelta(days=back or 7)
    if shift == 1:
        return anchor + timedelta(days=ahead or 7)
    if shift == 0:
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    if tense == "future":
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


# ---------------------------------------------------------------------------------------------
# value -> calendar interval (the project's pipeline.timevalues does the date arithmetic)

_GRANULARITY = (  # (shape of the value, granularity name), first match wins
    (re.compile(r"\d{4}-\d\d-\d\dT.+"), "time"),
    (re.compile(r"\d{4}-\d\d-\d\d"), "day"),
    (re.compile(r"\d{4}-W\d\d-WE"), "weekend"),
    (re.compile(r"\d{4}-W\d\d"), "week"),
    (re.compile(r"\d{4}-\d\d"), "month"),
    (re.compile(r"\d{4}-Q[1-4]"), "quarter"),
    (re.compile(r"\d{4}-H[12]"), "half"),
    (re.compile(r"\d{4}-(?:SP|SU|FA|WI)"), "season"),
    (re.compile(r"\d{4}(?:/\d{4})?"), "year"),
    (re.compile(r"\d{3}"), "decade"),
    (re.compile(r"\d{2}"), "century"),
)


def value_interval(value: str) -> tuple[date | None, date | None, str | None]:
    """(first day, last day, granularity) of a calendar TIMEX3 value, or (None, None, None)."""
    granularity = next((name for shape, name in _GRANULARITY if shape.fullmatch(value)), None)
    if granularity is None:
        return None, None, None
    if granularity == "weekend":  # Saturday and Sunday of the ISO week
        monday = value_range(value[:-3])[0]
        return (monday + timedelta(days=5), monday + timedelta(days=6), granularity) if monday else (None, None, None)
    first, last = value_range(value)
    return (first, last, granularity) if first else (None, None, None)
