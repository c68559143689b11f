"""TIMEX3 values as calendar intervals, so SQL can filter and join on dates."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def value_range(value: str | None) -> tuple[date | None, date | None]:
    """The inclusive (first day, last day) a TIMEX3 date value covers, or (None, None).

    Handles days, months, years, decades (``196``), centuries (``19``), quarters, halves, ISO
    weeks, seasons and ``A/B`` ranges of any of these; anything else (durations, ``PAST_REF``,
    ``XXXX-04``) has no fixed interval.
    """
    if not value:
        return None, None
    if "/" in value:
        first, _, last = value.partition("/")
        return value_range(first)[0], value_range(last)[1]
    value = value.split("T", 1)[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            day = date.fromisoformat(value)
            return day, day
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if re.fullmatch(r"\d{3}", value):
            return date(int(value) * 10, 1, 1), date(int(value) * 10 + 9, 12, 31)
        if re.fullmatch(r"\d{2}", value):
            return date(int(value) * 100, 1, 1), date(int(value) * 100 + 99, 12, 31)
        if m := _QUARTER.fullmatch(value):
            year, quarter = int(m[1]), int(m[2])
            return value_range(f"{year}-{3 * quarter - 2:02d}")[0], value_range(f"{year}-{3 * quarter:02d}")[1]
        if m := _HALF.fullmatch(value):
            year, half = int(m[1]), int(m[2])
            return date(year, 6 * half - 5, 1), value_range(f"{year}-{6 * half:02d}")[1]
        if m := _WEEK.fullmatch(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if (m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)) is not None:
            year, (first, last) = int(m[1]), _SEASONS[m[2]]
            last_year = year + 1 if last < first else year
            return date(year, first, 1), value_range(f"{last_year}-{last:02d}")[1]
    except ValueError:
        return None, None
    return None, None


def precision_of(value: str | None) -> str:
    """Coarse precision of a TIMEX3 date value: day | month | year | unknown (other shapes: the name)."""
    if not value:
        return "unknown"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return "month"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    return "unknown"
