"""Normalisers: turn one rule match into TIMEX3 (type, value, mod), resolved against the anchor.

Each function takes the regex match and a :class:`Scope` (text, anchor date, sentence, tense)
and returns a :class:`Norm` or None when the match is not a time expression after all. The
rules in ``data/rules.yaml`` name these functions in their ``normalise`` field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from pipeline.extract.temporal import timeutil as tu
from pipeline.extract.temporal.lexicon import decade_words, expand, lexicon
from pipeline.extract.temporal.tense import clause_tense, segment_of


@dataclass(frozen=True)
class Norm:
    """The normalised attributes of a candidate."""

    type: str
    value: str
    mod: str | None = None
    # For anaphoric expressions ('the previous year', 'four months later'): (unit, amount, kind)
    # to re-resolve against the preceding date in the text instead of the publication date.
    relative: tuple[str, float, str] | None = None


@dataclass
class Scope:
    """What a normaliser may look at besides its match."""

    text: str
    anchor: date
    sent_start: int
    sent_end: int

    def tense(self, match: re.Match[str], reach: int | None = None, segment: bool = False) -> str | None:
        """The clause's tense from lexical cues (see :func:`clause_tense`); with ``segment``,
        only cues between the nearest commas/semicolons/quotes count."""
        start, end = self.sent_start, self.sent_end
        if segment:
            start, end = segment_of(self.text, start, end, match.start(), match.end())
        return clause_tense(self.text, start, end, match.start(), match.end(), reach)

    def before(self, match: re.Match[str], width: int = 30) -> str:
        """Up to ``width`` characters before the match, within the sentence."""
        return self.text[max(self.sent_start, match.start() - width) : match.start()]

    def after(self, match: re.Match[str], width: int = 30) -> str:
        return self.text[match.end() : min(self.sent_end, match.end() + width)]

    def about_quarters(self, match: re.Match[str]) -> bool:
        """Whether the nearby text (this sentence and a few before) reports quarterly results,
        so that 'a year ago' means the year-ago quarter rather than the year."""
        window = self.text[max(0, match.start() - 400) : self.sent_end]
        return re.search(r"\bquarter", window, re.IGNORECASE) is not None


# How far (characters) a tense cue may be from the expression and still decide its year or week:
# cues further away mostly belong to another clause. News weekdays are overwhelmingly past, so
# only a cue in the same comma-delimited stretch ('will host ... on Wednesday, the ministry said')
# moves a weekday into the future.
DATE_CUE_REACH = 80
WEEKDAY_CUE_REACH = 60

Normaliser = Callable[[re.Match[str], Scope], Norm | None]

# ---------------------------------------------------------------------------------------------
# small lookups


def _g(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or None when the rule's pattern does not have that group."""
    return m.group(name) if name in m.re.groupindex else None


def _word(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'")).strip(". ")


def _month(text: str) -> int:
    return lexicon()["months"][_word(text)]


def _weekday(text: str) -> int:
    return lexicon()["weekdays"][_word(text)]


def _day(text: str) -> int | None:
    word = _word(text)
    if word in lexicon()["ordinals"]:
        return lexicon()["ordinals"][word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


def _unit(text: str) -> str:
    word = _word(text)
    for unit, plural in lexicon()["unit_plurals"].items():
        if word == plural:
            return unit
    return word[:-1] if word.endswith("s") and word[:-1] in lexicon()["units"] else word


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # '87 style: a two-digit year is the nearest century
        year += 1900 if year >= 30 else 2000
    return year


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= tu.days_in_month(year, month)


@cache
def _left_context(kind: str) -> re.Pattern[str]:
    words = sorted(lexicon()["left_context"][kind], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")[\s-]*$", re.IGNORECASE)


def _preceded_by(scope: Scope, m: re.Match[str], kind: str) -> bool:
    """Whether one of the lexicon's ``left_context[kind]`` words comes right before the match."""
    return _left_context(kind).search(scope.before(m, 20)) is not None


def _sentence_initial(scope: Scope, m: re.Match[str]) -> bool:
    """Whether the match opens its sentence, heading or quotation (so a capital says nothing)."""
    before = scope.text[max(0, m.start() - 3) : m.start()].rstrip(" \t\"'`“‘(")
    return m.start() <= scope.sent_start or not before or before[-1] in ".!?:;\n-–—_"


def _shift(word: str | None) -> int | None:
    if not word:
        return None
    return lexicon()["shift_words"].get(_word(word))


# ---------------------------------------------------------------------------------------------
# absolute and partial calendar dates


def ymd(m: re.Match[str], scope: Scope) -> Norm | None:
    """A full date: 'Feb. 24, 2022', '24 February 2022', '2022-02-24', '2/24/2022'."""
    month = _month(_g(m, "month")) if not _g(m, "month").isdigit() else int(_g(m, "month"))
    year, day = _year(_g(m, "year")), _day(_g(m, "day"))
    if day is None or not _valid(year, month, day):
        return None
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def month_day(m: re.Match[str], scope: Scope) -> Norm | None:
    """'Sept. 30', 'Saturday, April 25', '5 March': the year follows tense (or the weekday)."""
    month, day = _month(_g(m, "month")), _day(_g(m, "day"))
    if day is None or not 1 <= day <= 31:
        return None
    year = None
    if _g(m, "weekday"):  # a weekday pins the year down: take the nearest year it fits
        weekday = _weekday(_g(m, "weekday"))
        fits = [y for y in (scope.anchor.year, scope.anchor.year - 1, scope.anchor.year + 1)
                if _valid(y, month, day) and date(y, month, day).isoweekday() == weekday]
        year = fits[0] if fits else None
    if year is None:
        year = tu.pick_year(scope.anchor, month, day, scope.tense(m, reach=DATE_CUE_REACH))
    if year is None or not _valid(year, month, day):
        return None
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def month_year(m: re.Match[str], scope: Scope) -> Norm | None:
    """'February 2022', 'June last year'."""
    month = _month(_g(m, "month"))
    year = _year(_g(m, "year")) if _g(m, "year") else scope.anchor.year + _shift(_g(m, "shift"))
    return Norm("DATE", f"{year:04d}-{month:02d}")


@cache
def _statistic_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(re.escape(w) for w in sorted(lexicon()["statistic_nouns"], key=len, reverse=True))
    after = re.compile(rf"\s+(?:{nouns})(?![\w-])", re.IGNORECASE)
    before = re.compile(rf"(?<![\w-])(?:{nouns})\s+for\s+$", re.IGNORECASE)
    return after, before


def _names_statistic(m: re.Match[str], scope: Scope) -> bool:
    """'March exports', 'the February trade figures', 'the deficit for May': the month is the period
    of a statistic."""
    after, before = _statistic_regexes()
    return after.match(scope.after(m, 30)) is not None or before.search(scope.before(m, 30)) is not None


@cache
def _month_coordination() -> re.Pattern[str]:
    """A month name right before ('April and May', 'January-March', 'June/July')."""
    return re.compile(expand(r"\b{MONTH}\s*(?:and|or|to|through|[-–/])\s*$"), re.IGNORECASE)


def month(m: re.Match[str], scope: Scope) -> Norm | None:
    """A bare month ('in September'): past clause -> the latest one, future clause -> the next;
    the period of a statistic ('the deficit for February is expected to narrow') is never pushed
    into the future by the clause: it is the nearest one."""
    number = _month(_g(m, "month"))
    shift = _shift(_g(m, "shift"))
    if shift is None and _word(_g(m, "month")) in lexicon()["ambiguous_months"] and _g(m, "month")[-1] != ".":
        # 'May' alone is far more often the verb at a sentence start; want a date-ish neighbour:
        # a preposition before, a month coordinated with it, or a statistic it dates after it.
        if not (_preceded_by(scope, m, "ambiguous_month") or _month_coordination().search(scope.before(m, 20))
                or _statistic_regexes()[0].match(scope.after(m, 30))):
            return None
    anchor = scope.anchor
    if shift is not None and shift != 0 and _word(_g(m, "shift")) in lexicon()["anaphoric_words"]:
        # 'the previous February' after 'January 1987' is February 1986: the named month before
        # (after) the month just talked about, re-anchored like 'the previous year'
        start = date(anchor.year, anchor.month, 1)
        value = tu.named_month_value(start, number, shift)
        return Norm("DATE", value, relative=("named_month", shift * number, "named"))
    if shift == -1:
        year = anchor.year if number < anchor.month else anchor.year - 1
    elif shift == 1:
        year = anchor.year if number > anchor.month else anchor.year + 1
    elif shift == 0:
        year = anchor.year
    else:
        tense = scope.tense(m, reach=DATE_CUE_REACH)
        if tense == "future" and _names_statistic(m, scope):
            tense = None
        year = tu.pick_month_year(anchor, number, tense)
    return Norm("DATE", f"{year:04d}-{number:02d}")


def holiday(m: re.Match[str], scope: Scope) -> Norm | None:
    """'Christmas', 'New Year's Day 2020', 'last Thanksgiving' (n-th weekday holidays)."""
    lex = lexicon()
    name = _word(_g(m, "holiday"))

    def on(year_: int) -> date:
        if name in lex["holidays"]:
            return date(year_, *lex["holidays"][name])
        month_, weekday_, nth, after = lex["weekday_holidays"][name]
        return tu.nth_weekday(year_, month_, weekday_, nth) + timedelta(days=after)

    if _g(m, "year"):
        day = on(int(_g(m, "year")))
    else:
        shift = _shift(_g(m, "shift"))
        tense = {-1: "past", 1: "future"}.get(shift) if shift is not None else scope.tense(m)
        options = [on(y) for y in (scope.anchor.year - 1, scope.anchor.year, scope.anchor.year + 1)]
        if shift == 0:
            day = options[1]
        elif tense == "past":
            day = max(d for d in options if d <= scope.anchor)
        elif tense == "future":
            day = min(d for d in options if d >= scope.anchor)
        else:
            day = min(options, key=lambda d: abs((d - scope.anchor).days))
    return Norm("DATE", day.isoformat())


# ---------------------------------------------------------------------------------------------
# years, decades, centuries


def _looks_like_quantity(m: re.Match[str], scope: Scope) -> bool:
    """A bare 4-digit number that is a count ('1990 shares', '$1990', 'flight 2020')."""
    lex = lexicon()
    after = re.match(r"\s*([A-Za-z]+)", scope.after(m, 20))
    if after and after.group(1).lower() in lex["year_blockers_after"]:
        return True
    before = scope.before(m, 20).rstrip()
    last = before.split()[-1].lower() if before.split() else ""
    return last in lex["year_blockers_before"] or before.endswith(("$", "#"))


def year(m: re.Match[str], scope: Scope) -> Norm | None:
    """'2022', 'fiscal 1989' (TimeBank values fiscal years as the plain year), 'the 1988 period'."""
    if _g(m, "year2"):  # 'fiscal 1986/87', 'the 1986/87 fiscal year': the split year
        return year_range(m, scope)
    value = int(_g(m, "year"))
    if m.group(0).isdigit():
        if _looks_like_quantity(m, scope):
            return None
        # Old years need a preposition, otherwise '1500' is more likely a count.
        if value < 1900 and not _preceded_by(scope, m, "old_year"):
            return None
    return Norm("DATE", f"{value:04d}")


def spelled_year(m: re.Match[str], scope: Scope) -> Norm | None:
    """'nineteen ninety-six' -> 1996; 'the year two thousand' -> 2000."""
    words = _word(_g(m, "spelled")).replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = tu.parse_number(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0
        return Norm("DATE", str(2000 + int(rest or 0)))
    century_, rest = tu.parse_number(words[0]), tu.parse_number(" ".join(words[1:]))
    if century_ is None or rest is None or rest >= 100:
        return None
    return Norm("DATE", f"{int(century_)}{int(rest):02d}")


def year_range(m: re.Match[str], scope: Scope) -> Norm | None:
    """'2017-2021' -> '2017/2021'; '1987-88' -> '1987/1988'."""
    first = int(_g(m, "year"))
    second = _g(m, "year2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 100 or _looks_like_quantity(m, scope):
        return None
    return Norm("DATE", f"{first}/{last}")


def decade(m: re.Match[str], scope: Scope) -> Norm | None:
    """'the 1960s' -> '196'; "the '80s" -> '198'; 'the nineties' -> '199'."""
    if _g(m, "decade"):
        if _g(m, "decade").endswith("00") and int(_g(m, "decade")) < 2000:
            return Norm("DATE", _g(m, "decade")[:2])  # 'the 1800s' is the nineteenth century
        return Norm("DATE", _g(m, "decade")[:3])
    if _g(m, "decade2"):
        tens = int(_g(m, "decade2")[0])
        century = 19 if tens * 10 > scope.anchor.year % 100 else scope.anchor.year // 100
        return Norm("DATE", f"{century}{tens}")
    tens = decade_words()[_word(_g(m, "decade_word"))]
    return Norm("DATE", f"19{tens}")


def century(m: re.Match[str], scope: Scope) -> Norm | None:
    """'the 20th century' -> '19'."""
    number = _day(_g(m, "century"))
    return Norm("DATE", f"{number - 1:02d}") if number else None


# ---------------------------------------------------------------------------------------------
# quarters, halves, seasons


def _started_year(anchor: date, first_month: int) -> int:
    """The latest year in which a period starting in ``first_month`` has begun by ``anchor``."""
    return anchor.year if first_month <= anchor.month else anchor.year - 1


def _explicit_year(m: re.Match[str], scope: Scope, *names: str) -> int | None:
    for name in names:
        if _g(m, name):
            return int(_g(m, name))
    if _g(m, "shift"):
        return scope.anchor.year + (_shift(_g(m, "shift").split()[0]) or 0)
    return None


def quarter(m: re.Match[str], scope: Scope) -> Norm | None:
    """'the third quarter', 'fourth-quarter', 'the 1988 second quarter', 'Q3 2012', "H1 '13"."""
    code = _g(m, "code")
    letter, number = (code[0], int(code[1])) if code else ("Q", lexicon()["ordinals"][_word(_g(m, "quarter"))])
    months = 3 if letter == "Q" else 6
    year_ = _explicit_year(m, scope, "year", "year2")
    if year_ is None and _g(m, "yy"):
        year_ = _year(_g(m, "yy"))
    if year_ is None:  # earnings news: the latest quarter (half) of that name that has begun
        year_ = _started_year(scope.anchor, months * (number - 1) + 1) - (1 if _g(m, "ago") else 0)
    return Norm("DATE", f"{year_}-{letter}{number}")


def reporting_quarter(m: re.Match[str], scope: Scope) -> Norm | None:
    """'the quarter', 'the latest quarter': the last completed quarter before publication;
    'the 1988 quarter' / 'the 1988 period': that quarter in the named year."""
    year_, q = tu.reporting_quarter(scope.anchor)
    if _g(m, "year"):
        if _g(m, "period") and not scope.about_quarters(m):
            return Norm("DATE", _g(m, "year"))
        year_ = int(_g(m, "year"))
    elif _g(m, "shift"):
        year_ -= 1
    return Norm("DATE", f"{year_}-Q{q}")


def year_ago(m: re.Match[str], scope: Scope) -> Norm | None:
    """'year-earlier', 'the year-ago quarter': the same period one year before.

    Without a named unit the period is a quarter when the sentence talks about quarters.
    """
    unit = _word(_g(m, "unit")) if _g(m, "unit") else None
    if unit in ("quarter", "period") or (unit is None and scope.about_quarters(m)):
        year_, q = tu.reporting_quarter(scope.anchor)
        return Norm("DATE", f"{year_ - 1}-Q{q}")
    return Norm("DATE", str(scope.anchor.year - 1))


def same_unit_year_ago(m: re.Match[str], scope: Scope) -> Norm | None:
    """'the same month last year': that month (week) one year before the month just talked about
    (re-anchored on the preceding date, like 'the previous year')."""
    unit = _word(_g(m, "unit"))
    amount = -12 if unit == "month" else -52
    value = tu.shift_value(scope.anchor, unit, amount)
    return Norm("DATE", value, relative=(unit, amount, "shift")) if value else None


def half(m: re.Match[str], scope: Scope) -> Norm | None:
    """'the first half of 1987' -> '1987-H1'; "the last half of the '80s" -> '198' mod END."""
    h = lexicon()["half_ordinals"][_word(_g(m, "half"))]
    if _g(m, "decade2"):
        return Norm("DATE", decade(m, scope).value, "START" if h == 1 else "END")
    year_ = _explicit_year(m, scope, "year")
    if _g(m, "current"):  # 'the second half of the year': this year
        year_ = scope.anchor.year
    if year_ is None:
        year_ = _started_year(scope.anchor, 6 * h - 5)
    return Norm("DATE", f"{year_}-H{h}")


def season(m: re.Match[str], scope: Scope) -> Norm | None:
    """'last fall' -> '1997-FA', 'the summer of 1998', 'this winter'."""
    code = lexicon()["seasons"][_word(_g(m, "season"))]
    shift = _shift(_g(m, "shift"))
    if not (shift is not None or _g(m, "the") or _g(m, "year")):
        # A bare 'fall' or 'spring' is usually a verb or a noun; require a temporal preposition.
        if not _preceded_by(scope, m, "bare_season"):
            return None
    if _g(m, "year"):
        return Norm("DATE", f"{_g(m, 'year')}-{code}")
    if _g(m, "the") and re.match(r"\s+of\b", scope.after(m, 5), re.IGNORECASE):
        return None  # 'the fall of the dollar', 'the spring of 12 pct': a noun, not a season
    if _g(m, "the") and re.match(r"\s+in\b", scope.after(m, 5), re.IGNORECASE) \
            and not _preceded_by(scope, m, "bare_season"):
        return None  # 'between the fall in oil prices': a decline ('in the fall in Paris' stays)
    anchor = scope.anchor
    first = lexicon()["season_months"][code][0]
    started = _started_year(anchor, first)  # latest instance begun by the anchor
    current_end = tu.value_interval(f"{started}-{code}")[1]
    tense = None if shift is not None else scope.tense(m)
    if shift == -1:
        year_ = started if current_end < anchor else started - 1
    elif shift == 1:
        year_ = started + 1
    elif shift == 0:
        year_ = anchor.year if code != "WI" or anchor.month >= 6 else anchor.year - 1
    elif tense == "future":
        year_ = started if current_end >= anchor else started + 1
    elif tense == "past":
        year_ = started
    else:
        year_ = anchor.year if code != "WI" or anchor.month >= 6 else anchor.year - 1
    return Norm("DATE", f"{year_}-{code}")


# ---------------------------------------------------------------------------------------------
# relative to the publication date


def relative_day(m: re.Match[str], scope: Scope) -> Norm | None:
    """'yesterday', 'today', 'yesterday Monday', 'last night', 'this morning', 'tonight'."""
    if _g(m, "lastnight"):
        return Norm("TIME", f"{scope.anchor - timedelta(days=1)}TNI")
    if _g(m, "thispart"):
        return Norm("TIME", f"{scope.anchor}T{lexicon()['day_parts'][_word(_g(m, 'daypart'))]}")
    word = _word(_g(m, "relday"))
    if _g(m, "relday")[0].isupper() and not _sentence_initial(scope, m):
        return None  # 'the Tonight Show', 'USA Today', 'the Today programme': a name
    day = scope.anchor + timedelta(days=lexicon()["relative_days"][word])
    part = lexicon()["relative_day_parts"].get(word)  # 'tonight' is today's night
    if _g(m, "daypart"):
        part = lexicon()["day_parts"][_word(_g(m, "daypart"))]
    return Norm("TIME", f"{day}T{part}") if part else Norm("DATE", day.isoformat())


def weekday(m: re.Match[str], scope: Scope) -> Norm | None:
    """'Friday', 'last Tuesday', 'Wednesday night' (the day), 'Tuesdays' (a SET)."""
    number = _weekday(_g(m, "weekday"))
    part = lexicon()["day_parts"].get(_word(_g(m, "daypart"))) if _g(m, "daypart") else None
    if _g(m, "plural"):
        return Norm("SET", f"XXXX-WXX-{number}" + (f"T{part}" if part else ""))
    shift = _shift(_g(m, "shift"))
    tense = None if shift is not None else scope.tense(m, reach=WEEKDAY_CUE_REACH, segment=True)
    if shift is None and re.match(r"['’]s\b", scope.text[m.end() : m.end() + 3]):
        tense = "past"  # "Wednesday's ruling": a possessive weekday names an event that has happened
    day = tu.pick_weekday(scope.anchor, number, tense, shift)
    # 'Friday night' is annotated in TimeBank/AQUAINT mostly as a DATE valued with the day itself,
    # so the part of the day widens the span but not the value.
    return Norm("DATE", day.isoformat())


def relative_unit(m: re.Match[str], scope: Scope) -> Norm | None:
    """'last year', 'this week', 'next month', 'the weekend', 'year-end'."""
    if (_g(m, "pos") or _g(m, "pos2")):  # 'year-end', "year's end"
        unit = _word(_g(m, "unit") or _g(m, "unit2"))
        amount = _shift(_g(m, "shift")) if _g(m, "shift") else 0
        return Norm("DATE", tu.shift_value(scope.anchor, unit, amount), "END")
    if _g(m, "pos3"):  # Reuters 'by end-year', 'mid-month': this one, with a position
        unit = _word(_g(m, "unit3"))
        return Norm("DATE", tu.shift_value(scope.anchor, unit, 0), lexicon()["position_mods"][_word(_g(m, "pos3"))])
    unit = _word(_g(m, "unit"))
    if _g(m, "edge"):  # 'the end of the year': this one, with a position
        mod = lexicon()["position_mods"][f"{_word(_g(m, 'edge'))} of"]
        return Norm("DATE", tu.shift_value(scope.anchor, unit, 0), mod)
    if _g(m, "the"):  # 'the weekend': the coming one in a future clause
        amount = 0 if scope.tense(m) == "future" or scope.anchor.isoweekday() >= 6 else -1
        return Norm("DATE", tu.shift_value(scope.anchor, unit, amount))
    amount = _shift(_g(m, "shift"))
    if amount is None:
        return None
    if unit in ("decade", "century") and _word(_g(m, "shift")).endswith("past"):
        return Norm("DURATION", _period(1, unit))  # 'the past decade' is the ten years up to now
    value = tu.shift_value(scope.anchor, unit, amount)
    # 'the next day' in a narrative counts from the day just mentioned, like 'the previous year'.
    anaphoric = unit == "day" or _word(_g(m, "shift")) in lexicon()["anaphoric_words"]
    return Norm("DATE", value, relative=(unit, amount, "shift") if anaphoric else None) if value else None


def year_ended(m: re.Match[str], scope: Scope) -> Norm | None:
    """'the year ended Sept. 30', 'the fiscal year ending June 30': a twelve-month period (TimeBank
    values it as the duration P1Y; the end date is tagged on its own)."""
    return Norm("DURATION", "P1Y")


def the_year(m: re.Match[str], scope: Scope) -> Norm | None:
    """'for the year', 'earlier in the year': the current year (the preposition, required by the
    rule, stays outside the span)."""
    return Norm("DATE", str(scope.anchor.year))


def offset(m: re.Match[str], scope: Scope) -> Norm | None:
    """'three years ago' -> the year; 'a year earlier' in an earnings sentence -> that quarter."""
    unit = _unit(_g(m, "unit"))
    direction = _word(_g(m, "direction"))
    sign = lexicon()["offset_directions"][direction]
    if _g(m, "vague"):
        return Norm("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    amount = tu.parse_number(_g(m, "n"))
    if amount is None:
        return None
    if unit in lexicon()["time_units"]:
        return None  # 'an hour later' is relative to another event: leave it to the duration rule
    if unit == "year" and amount == 1 and sign < 0 and scope.about_quarters(m):
        year_, q = tu.reporting_quarter(scope.anchor)
        return Norm("DATE", f"{year_ - 1}-Q{q}")
    value = tu.offset_value(scope.anchor, unit, sign * amount)
    anaphoric = direction in lexicon()["anaphoric_words"]
    return Norm("DATE", value, relative=(unit, sign * amount, "offset") if anaphoric else None) if value else None


def vague_ref(m: re.Match[str], scope: Scope) -> Norm | None:
    """'now', 'currently' -> PRESENT_REF; 'recently' -> PAST_REF; 'the future' -> FUTURE_REF."""
    lex = lexicon()
    word = _word(_g(m, "ref"))
    if word in lex["discourse_refs"] and scope.text.startswith(",", m.end()) and _sentence_initial(scope, m):
        return None  # 'Now, he says, ...': a discourse marker opening the sentence, not a time
    nxt = re.match(r"\s*([A-Za-z]+)", scope.after(m, 20))
    if nxt and nxt.group(1).lower() in lex["vague_ref_blockers_after"]:
        return None
    return Norm("DATE", lex["vague_refs"][word])


# ---------------------------------------------------------------------------------------------
# times of day


def clock_time(m: re.Match[str], scope: Scope) -> Norm | None:
    """'10:35 a.m.' -> '<anchor>T10:35'; 'noon' -> T12:00. A following day is merged later."""
    if _g(m, "named"):
        return Norm("TIME", f"{scope.anchor}T{lexicon()['day_part_times'][_word(_g(m, 'named'))]}")
    number = tu.parse_number(_g(m, "hour"))
    if number is None or not float(number).is_integer() or not 0 <= number <= 24:
        return None
    hour = int(number)
    minute = int(_g(m, "minute")) if _g(m, "minute") else 0
    ampm = _word(_g(m, "ampm") or "")
    if ampm:
        # 'p.m.', or 'in the evening' / 'at night' (any part of the day but the morning)
        parts = [code for word, code in lexicon()["day_parts"].items() if word in ampm.split()]
        afternoon = ampm.startswith("p") or any(code != "MO" for code in parts)
        if not 1 <= hour <= 12:
            return None
        if afternoon and hour != 12:
            hour += 12
        elif not afternoon and hour == 12:
            hour = 0
    return Norm("TIME", f"{scope.anchor}T{hour:02d}:{minute:02d}")


def daypart(m: re.Match[str], scope: Scope) -> Norm | None:
    """'this morning'-like parts of the day: 'the morning', 'mid-afternoon', 'overnight'."""
    word = _word(_g(m, "daypart"))
    if not (_g(m, "the") or _g(m, "pos") or word == "overnight"):
        return None
    mod = lexicon()["position_mods"][_word(_g(m, "pos"))] if _g(m, "pos") else None
    return Norm("TIME", f"{scope.anchor}T{lexicon()['day_parts'][word]}", mod)


# ---------------------------------------------------------------------------------------------
# durations and sets


def _period(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: (3, 'decade') -> 'P30Y'; (2.5, 'year') -> 'P2Y6M'; (None, 'day') -> 'PXD'."""
    designator, factor = lexicon()["units"][unit]
    prefix = "PT" if unit in lexicon()["time_units"] else "P"
    if amount is None:
        return f"{prefix}X{designator}"
    amount *= factor
    if float(amount).is_integer():
        return f"{prefix}{int(amount)}{designator}"
    whole, frac = int(amount), amount - int(amount)
    smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"),
               "M_": (60, "S"), "Q": (3, "M")}
    key = "M_" if prefix == "PT" and designator == "M" else designator
    if key not in smaller:
        return f"{prefix}{tu.format_number(amount)}{designator}"
    scale, small = smaller[key]
    rest = round(frac * scale)
    if designator == "D":
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    head = f"{whole}{designator}" if whole else ""
    return f"{prefix}{head}{rest}{small}"


def _is_rate(before: str) -> bool:
    """Whether the text before 'a year' makes it a rate ('12 pct a year', '22 billion dlrs a day')."""
    before = before.rstrip()
    if before.endswith(("%", "$")) or before[-1:].isdigit():
        return True
    words = before.split()
    return bool(words) and words[-1].lower().strip(".,") in lexicon()["rate_before"]


def duration(m: re.Match[str], scope: Scope) -> Norm | None:
    """'three decades' -> P30Y; 'the past three years' -> P3Y; 'five-year' -> P5Y; '$5 a year' -> SET."""
    unit = _unit(_g(m, "unit"))
    if unit not in lexicon()["units"]:
        return None
    number = _g(m, "n")
    if number and re.fullmatch(r"\d{4}", number) and not _g(m, "unit").lower().endswith("s"):
        return None  # 'the 1988 quarter' is a date, not 1988 quarters
    if unit == "quarter" and (_g(m, "one") or "-" in m.group(0)):
        return None  # 'a quarter of', 'three-quarters': fractions
    if unit == "second" and _g(m, "one"):
        return None  # 'a second term': the ordinal, not one second
    if _g(m, "vague") is not None:  # 'several years', 'recent weeks', 'for years' (an empty group)
        amount = lexicon()["vague_quantity_values"].get(_word(_g(m, "vague")))
    elif _g(m, "halfof"):
        amount = 0.5  # 'half an hour', 'a half-hour', 'half a century'
    elif _g(m, "one"):
        amount = 1.0
        if not _g(m, "edge") and _is_rate(scope.before(m, 20)):
            return Norm("SET", _period(1, unit))  # a rate: '12 pct a year'
    else:
        amount = tu.parse_number(_g(m, "n"))
        if amount is None or amount <= 0:
            return None
    if amount is not None and _g(m, "half"):
        amount += 0.5
    return Norm("DURATION", _period(amount, unit))


def set_every(m: re.Match[str], scope: Scope) -> Norm | None:
    """'every week' -> P1W; 'every other week' -> P2W; 'each Thursday' -> XXXX-WXX-4; 'each July' ->
    XXXX-07; 'twice a year' -> P1Y."""
    if _g(m, "weekday"):
        return Norm("SET", f"XXXX-WXX-{_weekday(_g(m, 'weekday'))}")
    if _g(m, "month"):
        return Norm("SET", f"XXXX-{_month(_g(m, 'month')):02d}")
    if _g(m, "season"):
        return Norm("SET", f"XXXX-{lexicon()['seasons'][_word(_g(m, 'season'))]}")
    unit = _unit(_g(m, "unit"))
    if unit not in lexicon()["units"]:
        return None
    amount = tu.parse_number(_g(m, "n")) if _g(m, "n") else 2 if _g(m, "other") else 1
    return Norm("SET", _period(amount, unit))


def set_adverb(m: re.Match[str], scope: Scope) -> Norm | None:
    """'daily' -> P1D, 'annually' -> P1Y."""
    return Norm("SET", lexicon()["set_adverbs"][_word(_g(m, "adverb"))])


NORMALISERS: dict[str, Normaliser] = {
    fn.__name__: fn
    for fn in (ymd, month_day, month_year, month, holiday, year, year_range, decade, century, quarter,
               reporting_quarter, year_ago, same_unit_year_ago, year_ended, the_year,
               spelled_year, half, season, relative_day, weekday, relative_unit, offset,
               vague_ref, clock_time, daypart, duration, set_every, set_adverb)
}
