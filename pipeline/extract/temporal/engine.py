"""The temporal tagger cascade: find candidates -> normalise -> attach modifiers -> merge
adjacent pieces -> resolve overlaps (longest span wins) -> re-anchor anaphoric expressions ->
Timex records with intervals.

Every stage is a small pure function of the text, the anchor date and the previous stage's
candidates. Nothing here knows about a particular document; the anchor is always the article's
publication date, never the clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from pipeline.extract.temporal import timeutil as tu
from pipeline.extract.temporal.lexicon import lexicon, rules
from pipeline.extract.temporal.normalise import NORMALISERS, Scope
from pipeline.records import Sentence, Timex


@dataclass(frozen=True)
class Candidate:
    """A normalised span before overlap resolution."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None
    priority: int  # rule order: lower wins ties of equal length
    rule: str
    relative: tuple[str, float, str] | None = None  # anaphoric: re-resolve against the previous date


# ---------------------------------------------------------------------------------------------
# stage 1: candidates


def _word_bounded(text: str, start: int, end: int) -> bool:
    """A match must not start or end inside a word ('Mar' in 'Mark', '2022' in 'A2022')."""
    if start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        return False
    return not (end < len(text) and text[end].isalnum() and text[end - 1].isalnum())


def find_candidates(text: str, anchor: date, sentences: tuple[Sentence, ...]) -> list[Candidate]:
    """Every rule match that its normaliser accepts, over the whole text."""
    found = []
    bounds = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    for rule in rules():
        normalise = NORMALISERS[rule.normalise]
        for match in rule.regex.finditer(text):
            start, end = match.span()
            if end == start or not _word_bounded(text, start, end):
                continue
            sent_start, sent_end = _sentence_of(bounds, start, len(text))
            norm = normalise(match, Scope(text, anchor, sent_start, sent_end))
            if norm is not None and norm.value:
                found.append(Candidate(start, end, norm.type, norm.value, norm.mod, rule.priority, rule.name,
                                       norm.relative))
    return found


def _sentence_of(bounds: list[tuple[int, int]], offset: int, length: int) -> tuple[int, int]:
    for start, end in bounds:
        if start <= offset < end:
            return start, end
    return 0, length


# ---------------------------------------------------------------------------------------------
# stage 2: modifiers written before the expression ('late 2022', 'less than a year')


@cache
def _position_regex() -> re.Pattern[str]:
    words = sorted(lexicon()["position_mods"], key=len, reverse=True)
    inner = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # 'mid-1990s' has a hyphen, 'late 2022' a space; 'the late 1970s' keeps its determiner.
    return re.compile(rf"(?:^|(?<=[^\w]))(?:the\s+)?(?P<mod>{inner})(?:[\s-]+|-)(?:the\s+)?$", re.IGNORECASE)


@cache
def _quantity_regex() -> re.Pattern[str]:
    words = sorted(lexicon()["quantity_mods"], key=len, reverse=True)
    inner = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:^|(?<=[^\w]))(?P<mod>{inner})\s+$", re.IGNORECASE)


_CALENDAR = re.compile(r"^\d")


def attach_modifiers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Widen candidates over a preceding position modifier (DATE/TIME -> START/MID/END) or
    quantity modifier (DURATION and 'ago' dates -> LESS_THAN, MORE_THAN, APPROX...)."""
    lex = lexicon()
    out = []
    for cand in candidates:
        before = text[max(0, cand.start - 25) : cand.start]
        if cand.type in ("DATE", "TIME") and cand.mod is None and _CALENDAR.match(cand.value):
            m = _position_regex().search(before)
            if m:
                word = re.sub(r"\s+", " ", m["mod"].lower())
                cand = replace(cand, start=cand.start - (len(before) - m.start()),
                               mod=lex["position_mods"][word])
                out.append(cand)
                continue
        if cand.type in ("DURATION", "TIME") or cand.rule == "offset":
            m = _quantity_regex().search(before)
            starts_with_the = text[cand.start : cand.start + 4].lower() == "the "
            if m and not starts_with_the:
                word = re.sub(r"\s+", " ", m["mod"].lower())
                cand = replace(cand, start=cand.start - (len(before) - m.start()),
                               mod=lex["quantity_mods"][word])
        out.append(cand)
    return out


# ---------------------------------------------------------------------------------------------
# stage 3: merge a time of day with the day it falls on ('10 p.m. Wednesday', '5 p.m. EST, Nov. 9')

# the time rules already take a zone ('5 p.m. EST') into their span; a short parenthesis may sit
# between the time and its day ('10:35 a.m. (0735 GMT) Friday': the time is valued on that day)
_GLUE = re.compile(r",?\s+(?:\([^()]{1,20}\)\s*)?")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_TIME_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(T.+)$")


def merge_time_and_day(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A clock TIME directly followed by a day-precise DATE becomes one TIME on that day.

    The merged span is added as an extra candidate (it is longer, so overlap resolution prefers it)."""
    ordered = sorted(candidates, key=lambda c: (c.start, -c.end))
    merged = list(ordered)
    for first in ordered:
        if first.type != "TIME":
            continue
        time_part = _TIME_VALUE.match(first.value)
        if not time_part:
            continue
        for second in ordered:
            if second.start < first.end or second.start - first.end > 30:
                continue
            if second.type == "DATE" and _DAY_VALUE.match(second.value) and second.mod is None \
                    and _GLUE.fullmatch(text[first.end : second.start]) is not None:
                # across a parenthesis the two stay separate expressions; the time takes the day
                end = first.end if "(" in text[first.end : second.start] else second.end
                merged.append(replace(first, end=end, value=second.value + time_part.group(1),
                                      priority=-1, rule="merged"))
    return merged


# ---------------------------------------------------------------------------------------------
# stage 4: overlap resolution


def resolve_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep a non-overlapping subset, preferring longer spans, then earlier rules."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start)):
        if any(cand.start < end and start < cand.end for start, end in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------
# stage 5: anaphora ('the previous year' after 'in 2004' is 2003, not the year before publication)


def resolve_anaphora(candidates: list[Candidate], anchor: date) -> list[Candidate]:
    """Re-resolve anaphoric candidates against the start of the closest preceding calendar date."""
    out = []
    reference = None
    for cand in candidates:
        if cand.relative is not None:
            unit, amount, kind = cand.relative
            base = reference or anchor
            if kind == "named":  # 'the previous February': amount is +-month number
                value = tu.named_month_value(base, int(abs(amount)), 1 if amount > 0 else -1)
            else:
                value = (tu.shift_value if kind == "shift" else tu.offset_value)(base, unit, amount)
            cand = replace(cand, value=value or cand.value)
        if cand.type == "DATE":
            start = tu.value_interval(cand.value)[0]
            reference = start or reference
        out.append(cand)
    return out


# ---------------------------------------------------------------------------------------------
# stage 6: month ranges ('January-September', 'between July and September', 'January and June 1986')

_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")
# a range, not a list: 'January and December' may be in either order
_MONTH_LINK = re.compile(r"\s*[-–/]\s*|\s+(?:to|through|until|till)\s+", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_LIST_LINK = re.compile(r",?\s+(?:and|or)\s+|,\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def date_month_ranges(text: str, candidates: list[Candidate], anchor: date) -> list[Candidate]:
    """Two months joined as a range take one year: the year of whichever of the two was resolved
    nearer the publication month decides, the other follows it in calendar order
    ('January-September' in October: September 1987 decides, January 1987; 'December-February':
    December of the year before February). Only a bare month name follows ('January', not 'last
    January' or 'January 1986'); a parenthesised season definition ('1986/87 (Oct-Sept)') is left
    alone. A list ('January and December') is no range; but a bare month listed before a later
    month with its year ('in January and June 1986') takes that year."""
    out = list(candidates)
    here = anchor.year * 12 + anchor.month - 1
    for i in range(len(out) - 1):
        first, last = out[i], out[i + 1]
        a, b = _MONTH_VALUE.match(first.value), _MONTH_VALUE.match(last.value)
        link = text[first.end : last.start]
        if a and b and first.rule == "month" and last.rule == "month_year" and _LIST_LINK.fullmatch(link) \
                and " " not in text[first.start : first.end].strip() and int(a.group(2)) <= int(b.group(2)):
            out[i] = replace(first, value=f"{b.group(1)}-{a.group(2)}")
            continue
        if not (a and b and first.type == last.type == "DATE" and (
                _MONTH_LINK.fullmatch(link)
                or (_BETWEEN_AND.fullmatch(link) and _BETWEEN.search(text[max(0, first.start - 10) : first.start])))):
            continue
        if text[max(0, first.start - 1) : first.start] == "(" and text[last.end : last.end + 1] == ")":
            continue
        bare = [c.rule == "month" and " " not in text[c.start : c.end].strip() for c in (first, last)]
        (y1, m1), (y2, m2) = (int(a.group(1)), int(a.group(2))), (int(b.group(1)), int(b.group(2)))
        wrap = 1 if m1 > m2 else 0
        first_decides = bare[1] and (not bare[0] or abs(y1 * 12 + m1 - 1 - here) < abs(y2 * 12 + m2 - 1 - here))
        if first_decides:
            out[i + 1] = replace(last, value=f"{y1 + wrap:04d}-{m2:02d}")
        elif bare[0]:
            out[i] = replace(first, value=f"{y2 - wrap:04d}-{m1:02d}")
    return out


# ---------------------------------------------------------------------------------------------
# stage 7: records


def to_timex(text: str, cand: Candidate) -> Timex:
    """The record, with the calendar interval of calendar values (None for durations/sets)."""
    start_day = end_day = granularity = None
    if cand.type in ("DATE", "TIME"):
        start_day, end_day, granularity = tu.value_interval(cand.value)
    return Timex(cand.start, cand.end, text[cand.start : cand.end], cand.type, cand.value, cand.mod,
                 start_day, end_day, granularity)


def tag(text: str, anchor: date, sentences: tuple[Sentence, ...]) -> tuple[Timex, ...]:
    """Run the whole cascade over ``text`` anchored at ``anchor``."""
    candidates = find_candidates(text, anchor, sentences)
    candidates = attach_modifiers(text, candidates)
    candidates = merge_time_and_day(text, candidates)
    chosen = resolve_anaphora(date_month_ranges(text, resolve_overlaps(candidates), anchor), anchor)
    return tuple(to_timex(text, c) for c in chosen)
