"""Reporting periods of financial news built from the temporal engine's timexes.

Statistics are reported for stretches the temporal engine tags in pieces or as durations: "the
first four months of 1987" (a duration plus a year), "fiscal 1986/87", "January/March", "the week
ended March 13".  These functions compose such pieces into the period value a figure refers to.
They only fire on those shapes, so a timex the engine already resolved to a range is left alone.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from pipeline.extract.figures.lexicon import period_cues
from pipeline.records import Timex

_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_FIRST_MONTHS = re.compile(r"\bfirst\s+(\w+)\s+months\b", re.IGNORECASE)
_LAST_MONTHS = re.compile(r"\blast\s+(\w+)\s+months\b", re.IGNORECASE)
_OF_YEAR = re.compile(r"^\s+of\s+(?:fiscal\s+|calendar\s+)?$", re.IGNORECASE)
_OF_THE_YEAR = re.compile(r"^\s+of\s+the\s+(?:current\s+|calendar\s+)?year\b", re.IGNORECASE)
_FISCAL_TAIL = re.compile(r"^/(\d{2})\b")
_MONTH_TAIL = re.compile(r"^\s*(?:[/-]|\s(?:to|through|until)\s)\s*([A-Za-z]+)\b", re.IGNORECASE)
_MONTH_AND_TAIL = re.compile(r"^\s+and\s+([A-Za-z]+)\b", re.IGNORECASE)
_DAY_TAIL = re.compile(r"^\s*(?:-|–|\s(?:to|through|until)\s)\s*(\d{1,2})\b(?![\d%]|[,.]\d|\s*(?:pct|per|mln))",
                       re.IGNORECASE)
_DAY_AND_TAIL = re.compile(r"^\s+and\s+(\d{1,2})\b(?![\d%]|[,.]\d|\s*(?:pct|per|mln))", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_YEAR_END = re.compile(r"(?:\byear[- ]?end|\bend[- ]of|\bend-)\s*$", re.IGNORECASE)
# The engine's own "the end of 1986" / "year-end" / "end-year" (a year value with mod END).
_END_OF_YEAR_TEXT = re.compile(r"\bend\s+of\b|\byear[- ]?end\b|\bend[- ]year\b", re.IGNORECASE)
_SO_FAR = re.compile(r"\bso\s+far\s+(?:in\s+)?$|^\s+(?:so\s+far|to\s+date)\b", re.IGNORECASE)
_WEEK_ENDED = re.compile(r"\bweek\s+end(?:ed|ing)\s+$", re.IGNORECASE)
_SMALL_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10, "11": 11,
}


def _year(value: str) -> int | None:
    """The year of a bare year value ("1987"), else None."""
    m = re.fullmatch(r"(\d{4})", value)
    return int(m.group(1)) if m else None


def _months(word: str) -> int | None:
    """A small month count written as a word or digits ("four", "10")."""
    return _SMALL_NUMBERS.get(word.lower())


def _span(text: str, first: Timex, last: Timex, value: str) -> Timex:
    """One DATE timex covering ``first`` to ``last`` with ``value``."""
    return Timex(first.start, last.end, text[first.start:last.end], "DATE", value)


def months_of_year(text: str, timexes: list[Timex], anchor_year: int) -> list[Timex]:
    """"the first four months of 1987" -> 1987-01/1987-04; "the last six months of the year" ->
    07/12 of the anchor year (the year of publication when the text names none)."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        t = timexes[i]
        first, last = _FIRST_MONTHS.search(t.text), _LAST_MONTHS.search(t.text)
        m = first or last
        n = _months(m.group(1)) if m else None
        if n is None or t.type != "DURATION":
            out.append(t)
            i += 1
            continue
        nxt = timexes[i + 1] if i + 1 < len(timexes) else None
        fiscal_start = _fiscal_start(text, nxt) if nxt is not None and first else None
        if fiscal_start is not None and _OF_YEAR.match(text[t.end:nxt.start]):
            start = date(fiscal_start[0], fiscal_start[1], 1)
            last_month = (start.month - 1 + n - 1) % 12 + 1
            last_year = start.year + (start.month - 1 + n - 1) // 12
            out.append(_span(text, t, nxt, f"{start.year}-{start.month:02d}/{last_year}-{last_month:02d}"))
            i += 2
            continue
        if nxt is not None and _year(nxt.value) and _OF_YEAR.match(text[t.end:nxt.start]):
            year, end_timex, i = _year(nxt.value), nxt, i + 2
        else:
            year, end_timex, i = anchor_year, t, i + 1
            if last and not _OF_THE_YEAR.match(text[t.end:]):
                out.append(t)  # "the last six months" on its own is a trailing duration
                continue
        start_month, end_month = (1, n) if first else (13 - n, 12)
        out.append(_span(text, t, end_timex, f"{year}-{start_month:02d}/{year}-{end_month:02d}"))
    return out


_MONTH_WORD = re.compile(r"([A-Za-z]+)\b")


def _fiscal_start(text: str, timex: Timex) -> tuple[int, int] | None:
    """(year, month) a fiscal year "1986/87" starts in, when the text says which month ends it
    ("fiscal 1986/87 ending March" -> (1986, 4)); None for other timexes or without that cue."""
    m = re.fullmatch(r"(\d{4})/(\d{2})", timex.value)
    if not m:
        return None
    cue = period_cues().fiscal_end_before.match(text, timex.end)
    word = _MONTH_WORD.match(text, cue.end()) if cue else None
    month = _MONTH_NAMES.get(word.group(1).lower()) if word else None
    if not month:
        return None
    return (int(m.group(1)), month + 1) if month < 12 else (int(m.group(1)) + 1, 1)


def fiscal_years(text: str, timexes: list[Timex]) -> list[Timex]:
    """"1986/87" tagged as the year 1986 -> the fiscal year "1986/87"; a longer span such as the
    plan period "1987/93" -> the whole years 1987-01/1993-12."""
    out = []
    for t in timexes:
        year = _year(t.value)
        m = _FISCAL_TAIL.match(text[t.end:]) if year else None
        if m is None:
            out.append(t)
            continue
        end, tail = t.end + m.end(), int(m.group(1))
        last = year - year % 100 + tail + (100 if tail < year % 100 else 0)
        if last == year + 1:
            out.append(Timex(t.start, end, text[t.start:end], "DATE", f"{year}/{m.group(1)}"))
        elif year + 1 < last <= year + 20:
            out.append(Timex(t.start, end, text[t.start:end], "DATE", f"{year}-01/{last}-12"))
        else:
            out.append(t)
    return out


_FISCAL_YEAR_ENDING = re.compile(r"\b(?:fiscal|financial|business)\s+year\s+end(?:ed|ing|s)?\s+(?:on\s+|in\s+)?"
                                 r"(?:last\s+|this\s+)?$",
                                 re.IGNORECASE)


def fiscal_year_ending(text: str, timexes: list[Timex]) -> list[Timex]:
    """"the fiscal year ended March 31" (1987-03-31) -> the fiscal year 1986/87; a year ending in
    December is the calendar year."""
    out = []
    for t in timexes:
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", t.value)
        if m and _FISCAL_YEAR_ENDING.search(text, max(0, t.start - 40), t.start):
            year, month = int(m.group(1)), int(m.group(2))
            value = str(year) if month == 12 else f"{year - 1}/{year % 100:02d}"
            out.append(Timex(t.start, t.end, t.text, "DATE", value))
        else:
            out.append(t)
    return out


def month_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """"January/March", "January-March", "between January and May" tagged as the first month ->
    1987-01/1987-03; "between March 5 and 23", "March 20 to 25" -> a day range."""
    out = []
    for t in timexes:
        after = text[t.end:]
        between = bool(_BETWEEN.search(text, max(0, t.start - 10), t.start))
        month = re.fullmatch(r"(\d{4})-(\d{2})", t.value)
        day = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t.value)
        tail = None
        if month:
            tail = _MONTH_TAIL.match(after) or (_MONTH_AND_TAIL.match(after) if between else None)
            last = _MONTH_NAMES.get(tail.group(1).lower()) if tail else None
            other_year = re.match(r"\s*,?\s*(\d{4})\b", text[t.end + tail.end():]) if tail else None
            if other_year and other_year.group(1) != month.group(1):
                last = None  # "between February 1985 and December 1986": two dated months (merged later)
            if last and last > int(month.group(2)):
                end = t.end + tail.end()
                # Both ends lie in one year; when the engine dated the two months differently
                # ("January-September" -> 1988-01 and 1987-09), the later month's year is kept.
                year = next((u.value[:4] for u in timexes if u.start == t.end + tail.start(1)
                             and re.fullmatch(r"\d{4}-\d{2}", u.value)), month.group(1))
                out.append(Timex(t.start, end, text[t.start:end], "DATE",
                                 f"{year}-{month.group(2)}/{year}-{last:02d}"))
                continue
        if day:
            tail = _DAY_TAIL.match(after) or (_DAY_AND_TAIL.match(after) if between else None)
            last_day = int(tail.group(1)) if tail else 0
            if int(day.group(3)) < last_day <= calendar.monthrange(int(day.group(1)), int(day.group(2)))[1]:
                end = t.end + tail.end()
                value = f"{t.value}/{day.group(1)}-{day.group(2)}-{last_day:02d}"
                out.append(Timex(t.start, end, text[t.start:end], "DATE", value))
                continue
        out.append(t)
    return out


def _first_month(value: str) -> str | None:
    """The first month of a year, quarter or month value ("1983-Q4" -> "1983-10")."""
    if m := re.fullmatch(r"(\d{4})", value):
        return f"{m.group(1)}-01"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return value
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return f"{m.group(1)}-{3 * int(m.group(2)) - 2:02d}"
    return None


def open_ranges(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """"since September 1985" -> 1985-09 up to the publication month; "so far this year" -> the
    year up to the publication month; "yearend 1985" -> 1985-12."""
    out = []
    now = f"{published.year}-{published.month:02d}"
    for t in timexes:
        value = t.value
        start = _first_month(value)
        if start and _SINCE.search(text, max(0, t.start - 8), t.start):
            value = f"{start}/{now}" if start < now else value
        elif value == str(published.year) and (_SO_FAR.search(text, max(0, t.start - 12), t.start)
                                               or _SO_FAR.match(text[t.end:t.end + 12])):
            value = f"{published.year}-01/{now}"
        elif _year(value) and (_YEAR_END.search(text, max(0, t.start - 12), t.start)
                               or _END_OF_YEAR_TEXT.search(t.text)):
            value = f"{value}-12"
        out.append(t if value == t.value else Timex(t.start, t.end, t.text, "DATE", value))
    return out


def weeks_ended(text: str, timexes: list[Timex]) -> list[Timex]:
    """"the week ended March 13" -> the seven days ending that day (1987-03-07/1987-03-13)."""
    out = []
    for t in timexes:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t.value)
        if m and _WEEK_ENDED.search(text, max(0, t.start - 20), t.start):
            last = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            out.append(Timex(t.start, t.end, t.text, "DATE", f"{(last - timedelta(days=6)).isoformat()}/{t.value}"))
        else:
            out.append(t)
    return out


def date_part(timex: Timex) -> Timex:
    """A time of day ("this afternoon": 1987-04-03TAF) as the date it falls on."""
    if timex.type == "TIME" and re.match(r"^\d{4}-\d{2}-\d{2}T", timex.value or ""):
        return Timex(timex.start, timex.end, timex.text, "DATE", timex.value.split("T", 1)[0])
    return timex


_NOW_WORDS = frozenset({"now", "currently", "at present", "presently", "at the moment"})


def present_as_day(timex: Timex, published: date) -> Timex:
    """ "now" (PRESENT_REF) dates a level or price to the publication day (guidelines: "today/now
    -> the dateline's day"); adjectives such as "current" stay as they are."""
    if timex.value == "PRESENT_REF" and " ".join(timex.text.lower().split()) in _NOW_WORDS:
        return Timex(timex.start, timex.end, timex.text, "DATE", published.isoformat())
    return timex


_DATELINE_DAY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*$")


def dateline_day(dateline: str | None, published: date) -> date:
    """The day a wire story was filed, from its dateline ("SYDNEY, March 16"), else the
    publication date (the two differ across time zones)."""
    m = _DATELINE_DAY.search(dateline or "")
    month = _MONTH_NAMES.get(m.group(1).lower()) if m else None
    if not month:
        return published
    try:
        day = date(published.year, month, int(m.group(2)))
    except ValueError:
        return published
    # A dateline of Dec 31 on a story published Jan 1 belongs to the previous year, and back.
    if (day - published).days > 180:
        day = day.replace(year=day.year - 1)
    elif (published - day).days > 180:
        day = day.replace(year=day.year + 1)
    return day


def month_of_relative_year(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "The February surplus last year" (February -> the publication year, "last year" -> 1986) ->
    1986-02: a month named without a year takes the relative year written a few words after it."""
    out: list[Timex] = []
    cues = period_cues()
    for t in timexes:
        prev = out[-1] if out else None
        if (prev is not None and re.fullmatch(r"\d{4}-\d{2}", prev.value) and _year(t.value)
                and not re.search(r"\d", prev.text) and cues.relative_year.fullmatch(" ".join(t.text.split()))
                and cues.month_year_gap.fullmatch(text, prev.end, t.start)):
            out[-1] = _span(text, prev, t, f"{t.value}-{prev.value[5:]}")
        else:
            out.append(t)
    return out


_FISCAL_VALUE = re.compile(r"\d{4}/\d{2,4}")


def previous_months(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "the previous three months" (a duration) after a dated period of the same sentence -> the N
    months just before that period's first month."""
    out: list[Timex] = []
    for t in timexes:
        m = period_cues().previous_months.search(t.text) if t.type == "DURATION" else None
        n = _months(m.group(1)) if m else None
        partner = next((u for u in reversed(out) if u.type == "DATE" and not _FISCAL_VALUE.fullmatch(u.value)
                        and _first_month(u.value.split("/")[0])), None) if n else None
        if (partner is None or t.start - partner.end > 200
                or re.search(r"[.;]\s+[A-Z]", text[partner.end:t.start])):
            out.append(t)
            continue
        first = _first_month(partner.value.split("/")[0])
        year, month = int(first[:4]), int(first[5:7])
        index = year * 12 + month - 1 - n
        end = year * 12 + month - 2
        value = f"{index // 12}-{index % 12 + 1:02d}/{end // 12}-{end % 12 + 1:02d}"
        out.append(Timex(t.start, t.end, t.text, "DATE", value))
    return out


def compose_periods(text: str, timexes: list[Timex], published: date) -> list[Timex]:
    """All compositions, in order (timexes sorted by offset)."""
    timexes = [present_as_day(date_part(t), published) for t in timexes]
    timexes = months_of_year(text, fiscal_years(text, month_of_relative_year(text, timexes)), published.year)
    timexes = month_ranges(text, fiscal_year_ending(text, timexes))
    return previous_months(text, open_ranges(text, weeks_ended(text, drop_nested(timexes)), published))


def drop_nested(timexes: list[Timex]) -> list[Timex]:
    """Drop a timex that lies inside a longer, composed one ("March" inside "January to March")."""
    return [t for t in timexes
            if not any(o is not t and o.start <= t.start and t.end <= o.end and (o.end - o.start) > (t.end - t.start)
                       for o in timexes)]



_ANTECEDENT_SHAPES = {
    "month": re.compile(r"\d{4}-\d{2}"),
    "quarter": re.compile(r"\d{4}-Q[1-4]|\d{4}-(?:01/\d{4}-03|04/\d{4}-06|07/\d{4}-09|10/\d{4}-12)"),
    "period": re.compile(r"\d{4}(?:-\d{2}|-Q[1-4])?(?:/\d{4}-\d{2}|/\d{2,4})?"),
}


def anaphoric_periods(text: str, timexes: list[Timex]) -> list[Timex]:
    """ "for the month", "over the same period", "in the latest period" -> the period under
    discussion: the first period of that shape the article names before the phrase (a timex the
    engine gave such a phrase is re-valued; an untagged phrase becomes a timex).  ``timexes`` are
    the usable, composed DATE timexes of the article, sorted by offset."""
    cues = period_cues()
    out = list(timexes)
    for m in cues.anaphor.finditer(text):
        if cues.anaphor_blocker.match(text, m.end()) or any(
                t.start >= m.end() and text[m.end():t.start].strip() == "" for t in timexes):
            continue  # "the same period last year", "for the period March 20 to 25"
        shape = _ANTECEDENT_SHAPES[cues.anaphors[" ".join(m.group(1).lower().split())]]
        antecedent = next((t for t in timexes if t.end <= m.start() and shape.fullmatch(t.value)
                           and not cues.anaphor.search(t.text)), None)
        if antecedent is None:
            continue
        inside = [t for t in out if m.start() <= t.start and t.end <= m.end()]
        if shape is not _ANTECEDENT_SHAPES["period"] and any(shape.fullmatch(t.value) for t in inside):
            continue  # the engine resolved "the quarter" / "the month" itself
        overlapping = [t for t in out if t.start < m.end() and m.start() < t.end and t not in inside]
        if overlapping:
            continue
        out = [t for t in out if t not in inside]
        out.append(Timex(m.start(), m.end(), m.group(0), "DATE", antecedent.value))
    return sorted(out, key=lambda t: t.start)
