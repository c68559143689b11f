"""Binding: the period, baseline, subject, parties and modality of each figure.

Periods come from the temporal engine's ``Timex`` records and parties from the entity engine's
``Entity`` records; the rules only look at the figure's own sentence (annotation guidelines).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.extract.figures.lexicon import lexicon, norm, period_cues
from pipeline.extract.figures.patterns import patterns
from pipeline.records import Entity, Sentence, Timex

_PARTY_TYPES = ("GPE", "NORP", "LOC")
# Between a timex and the figure it modifies attributively ("January's 23.52 billion").
_POSSESSIVE_GAP = re.compile(r"^(?:['’]s)?\s{0,3}$")
_POSSESSIVE_TAIL = re.compile(r"['’]s\b")
_CLAUSE_BREAK = re.compile(r"[,;:]|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)
# "50 cts a barrel, effective today": a comma that only introduces the date of the figure.
_EFFECTIVE_GAP = re.compile(r"^[^,;]*,\s*(?:effective|as\s+of|valid\s+from)\s+$", re.IGNORECASE)
_RANGE_ONLY_GAP = re.compile(r"^\s*(?:to|-|–)\s*$", re.IGNORECASE)
_COORDINATION_GAP = re.compile(r"^\s*(?:,|and|to|or|-|–)?\s*$", re.IGNORECASE)
_ROLE_WORD = re.compile(r"\b(to|from)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# Words that open the other side of a comparison ("X compared with Y", "X from Y", "X against Y").
_COMPARISON = re.compile(r"\b(?:compared|against|versus|vs|from|than)\b", re.IGNORECASE)
# A time written right after a figure governs it only if it is close and in the same clause.
_MAX_TRAILING_GAP = 50


@dataclass(frozen=True)
class Span:
    """The offsets of a recognised figure, as binding needs them."""

    start: int
    end: int


@dataclass(frozen=True)
class PeriodBinding:
    """The period (value and text) and comparison baseline chosen for one figure."""

    period: str | None = None
    period_text: str | None = None
    baseline: str | None = None


# Anaphoric times of a comparison take the shape of the period they are compared with
# (guidelines): "2.73 billion in the first two months of 1987 from 2.02 billion a year earlier" ->
# 1986-01/1986-02.  "a year earlier" is one year before the partner, whatever the engine resolved
# it to against the publication date; "the same 1986 period" is the partner's shape in 1986.
_YEAR_BACK = re.compile(
    r"\b(?:a\s+year\s+(?:ago|earlier|before)|year[- ]ago|(?:the\s+)?previous\s+year|the\s+year\s+before"
    r"|(?:same|similar|corresponding|comparable)\s+(?:\w+\s+)?(?:period|month|quarter|week|time)\s+"
    r"(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)))\b",
    re.IGNORECASE,
)
_SAME = re.compile(r"\b(?:same|similar|corresponding|comparable)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(\d{4})(?=\b|-)")
# "surplus for 1986 of 7.2 billion": the time is inside the following figure's noun phrase.
_OF_GAP = re.compile(r"^\s+of\s+$", re.IGNORECASE)


def timex_value(timex: Timex) -> str:
    """The calendar part of a timex value ("1987-03-25TMO" -> "1987-03-25")."""
    return timex.value.split("T", 1)[0]


def shift_years(value: str, delta: int) -> str:
    """``value`` with every year moved by ``delta`` ("1987-01/1987-02", -1 -> "1986-01/1986-02")."""
    return _YEAR.sub(lambda m: str(int(m.group(1)) + delta), value)


def _anaphora(text: str, timex: Timex, sentence: Sentence) -> str | None:
    """'back' for "a year earlier"-like times, 'same' for "the same 1986 period", else None."""
    window = text[max(sentence.start, timex.start - 30):timex.end + 12]
    if _YEAR_BACK.search(window):
        return "back"
    if re.fullmatch(r"\d{4}", timex_value(timex)) and _SAME.search(window):
        return "same"
    return None


def _partner_value(bound: list[Timex | None], i: int, text: str, sentence: Sentence, finer: bool,
                   spans: list[Span] | None = None) -> str | None:
    """The period of the figure an anaphoric time is compared with: for "a year earlier" the first
    figure of the same clause ("3.5 pct in the fourth quarter of 1986 after 0.8 pct in the third
    quarter and 2.7 pct a year earlier" -> the fourth quarter), else the nearest other figure
    (earlier first); never one whose own time is anaphoric."""
    own = bound[i]
    head_relative = own is not None and period_cues().head_relative.search(own.text)
    clause = _clause_start(text, sentence, spans[i].start) if spans and head_relative else None
    head = [j for j in range(i) if clause is not None and spans[j].start >= clause]
    rest = sorted((j for j in range(len(bound)) if j != i and j not in head), key=lambda j: (j > i, abs(j - i)))
    order = head + rest
    for j in order:
        other = bound[j]
        if other is None or other is bound[i] or _anaphora(text, other, sentence):
            continue
        value = timex_value(other)
        if not _YEAR.match(value) or (finer and re.fullmatch(r"\d{4}", value)):
            continue
        return value
    return None


def _clause_start(text: str, sentence: Sentence, pos: int) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, semicolon, "while", "but")."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, pos)]
    return breaks[-1] if breaks else sentence.start


def _reshape(text: str, sentence: Sentence, bound: list[Timex | None], i: int,
             spans: list[Span] | None = None) -> str | None:
    """An anaphoric period re-expressed from the period of the figure it is compared with."""
    timex = bound[i]
    kind = _anaphora(text, timex, sentence) if timex is not None else None
    if kind is None:
        return None
    value = _partner_value(bound, i, text, sentence, finer=kind == "same", spans=spans)
    if value is None:
        return None
    first_year = int(_YEAR.match(value).group(1))
    target = first_year - 1 if kind == "back" else int(timex_value(timex))
    return shift_years(value, target - first_year)


_RANGE_GAP = re.compile(r"^\s*(?:and|to|through|until|-|–)\s*$", re.IGNORECASE)
_SHAPES = (r"\d{4}", r"\d{4}-\d{2}", r"\d{4}-\d{2}-\d{2}", r"\d{4}-Q[1-4]")


def _shape(value: str) -> str | None:
    """Which of the plain date shapes (year, month, day, quarter) ``value`` has, if any."""
    return next((shape for shape in _SHAPES if re.fullmatch(shape, value)), None)


def merge_coordinated(text: str, timexes: list[Timex]) -> list[Timex]:
    """Join two dates of the same shape written as one span ("January to March", "in 2005 and
    2006", "between April 14 and May 26") into one range; years become month ranges
    ("2005-01/2006-12") so that they are not read as a fiscal year."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (prev is not None and _shape(prev.value) and _shape(prev.value) == _shape(t.value)
                and "/" not in prev.value and prev.value < t.value
                and _RANGE_GAP.match(text[prev.end:t.start])):
            first, last = prev.value, t.value
            if _shape(first) == _SHAPES[0]:
                first, last = f"{first}-01", f"{last}-12"
            out[-1] = Timex(prev.start, t.end, text[prev.start:t.end], "DATE", f"{first}/{last}")
        else:
            out.append(t)
    return out


def usable_timex(timex: Timex) -> bool:
    """A calendar date or interval that can be a figure's period (not a duration, set or "now")."""
    return timex.type == "DATE" and bool(re.match(r"^\d{3,4}", timex.value or ""))


def is_baseline(text: str, timex: Timex, sentence: Sentence) -> bool:
    """The timex is the base of a comparison ("compared to 2022", "than in 1986")."""
    window = text[max(sentence.start, timex.start - 25):timex.start]
    window = re.sub(r"\b(?:in|the|during|for)\s+$", "", window, flags=re.IGNORECASE)
    return bool(patterns().baseline_before.search(window))


def _in(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the span lies inside the sentence."""
    return sentence.start <= start and end <= sentence.end


def _role(text: str, span: Span, sentence: Sentence) -> str | None:
    """'to' or 'from' when the figure is the target or source of a change ("rose to X from Y")."""
    m = _ROLE_WORD.search(text, max(sentence.start, span.start - 30), span.start)
    return m.group(1).lower() if m else None


def bind_periods(text: str, sentence: Sentence, spans: list[Span], timexes: list[Timex],
                 changes: list[bool] | None = None) -> list[PeriodBinding]:
    """Period and baseline timex for each figure span of one sentence (spans in text order).

    ``changes`` marks figures that are changes (percentages, multipliers): for them a time after
    "from" is the base of the change ("down 22.1 pct from January 1986"), not their period.
    """
    pats = patterns()
    changes = changes or [False] * len(spans)
    direct: dict[int, Timex] = {}
    baseline: dict[int, Timex] = {}
    attributive: set[int] = set()
    unusable: set[int] = set()
    for t in timexes:
        before = [i for i, s in enumerate(spans) if s.end <= t.start]
        after = [i for i, s in enumerate(spans) if s.start >= t.end]
        # "January's 23.52 billion", "a surplus for 1986 of 7.2 billion": the time of the next figure.
        if after and (_POSSESSIVE_GAP.match(text[t.end:spans[after[0]].start])
                      or _OF_GAP.match(text[t.end:spans[after[0]].start])):
            direct.setdefault(after[0], t)
            attributive.add(id(t))
            # ... and the other end of its range ("yesterday's five to 4-13/16 close").
            j = after[0]
            while j + 1 < len(spans) and j + 1 not in direct and _RANGE_ONLY_GAP.match(
                    text[spans[j].end:spans[j + 1].start]):
                direct[j + 1] = t
                j += 1
            continue
        # A change's "from January 1986" or "up on the same 1986 period" is its base, not its period.
        cues = period_cues()
        change_base = bool(before) and changes[before[-1]] and (
            cues.from_before.search(text, max(sentence.start, t.start - 16), t.start)
            or (_anaphora(text, t, sentence) and not _between_figures(spans, before[-1], t)
                and cues.change_base_gap.search(text, spans[before[-1]].end, t.start)))
        if is_baseline(text, t, sentence) or change_base:
            if before and before[-1] not in baseline:
                baseline[before[-1]] = t
            unusable.add(id(t))
            continue
        if _POSSESSIVE_TAIL.match(text, t.end) and not _possesses_a_figure_noun(text, t):
            unusable.add(id(t))  # "last week's committee": the time of an event, not of a figure
            continue
        if re.fullmatch(r"\d{4}-\d{2}", t.value) and cues.event_noun_after.match(text, t.end):
            unusable.add(id(t))  # "forecast in the August budget": the date of the budget
            continue
        if not before or before[-1] in direct:
            continue
        last = before[-1]
        gap = text[spans[last].end:t.start]
        broken = _CLAUSE_BREAK.search(gap) and not _EFFECTIVE_GAP.match(gap)
        if len(gap) > _MAX_TRAILING_GAP or broken or pats.reporting.search(gap) or cues.event_gap.search(gap):
            continue
        direct[last] = t
        # Coordinated figures share the time written after the last one ("875 mln and 435 mln dlrs
        # last year", "32 mln and 2.7 mln respectively in the same period").
        j = last
        while j > 0 and j - 1 not in direct and _COORDINATION_GAP.match(text[spans[j - 1].end:spans[j].start]):
            direct[j - 1] = t
            j -= 1
    _level_set(text, sentence, spans, direct)
    chosen: list[Timex | None] = []
    for i, span in enumerate(spans):
        usable = [t for t in timexes if id(t) not in unusable]
        period = (direct.get(i) or _parallel(text, sentence, spans, direct, i, usable)
                  or _parallel_clause_head(text, spans, direct, i, usable))
        if period is None:
            # The time of an earlier comparison base ("to 753 mln from 580 mln in 1985, but rubber
            # fell to 625 mln") is that base's own, not a time for the next clause's figures.
            own_role = _role(text, span, sentence)
            based = {id(t) for j, t in direct.items() if j < i and _role(text, spans[j], sentence) == "from"
                     and (own_role == "to" or period_cues().contrast.search(text, spans[j].end, span.start))}
            earlier = _preceding([t for t in usable if own_role == "from" or id(t) not in based],
                                 span, text, sentence)
            later = _following(usable, span, text, sentence, attributive)
            # The far side of a comparison ("... compared with a nine pct decline a year ago") is
            # dated by the time after it, not by the lead time of the sentence.
            if earlier is not None and later is not None and _COMPARISON.search(text, earlier.end, span.start):
                period = later
            else:
                period = earlier or later
        chosen.append(period)
    out = []
    for i, period in enumerate(chosen):
        base = baseline.get(i)
        value = _reshape(text, sentence, chosen, i, spans) or (timex_value(period) if period else None)
        out.append(PeriodBinding(value, period.text if period else None, timex_value(base) if base else None))
    return out


def _parallel(text: str, sentence: Sentence, spans: list[Span], direct: dict[int, Timex], i: int,
              usable: list[Timex]) -> Timex | None:
    """A parallel clause's partner: "rose to X in March ... while Y were down to Z" -> Z in March.

    A time of its own clause, written between the partner and the figure and bound to no other
    figure, wins over the partner's ("... and brought inflation over the first five months to 2 pct").
    """
    role = _role(text, spans[i], sentence)
    if role is None:
        return None
    bound = {id(t) for t in direct.values()}
    for j in range(i - 1, -1, -1):
        if j in direct and _role(text, spans[j], sentence) == role:
            own = [t for t in usable if spans[j].end <= t.start and t.end <= spans[i].start and id(t) not in bound]
            return None if own else direct[j]
    return None


def _level_set(text: str, sentence: Sentence, spans: list[Span], direct: dict[int, Timex]) -> None:
    """ "raised the prime to six pct from five pct on February 28": the time after the old level
    also dates the new one when a level-setting verb governs the clause (not "rose to X from Y in
    January", where the time is Y's only)."""
    cues = period_cues()
    for i in range(len(spans) - 1):
        j = i + 1
        if i in direct or j not in direct or _role(text, spans[i], sentence) != "to":
            continue
        if _role(text, spans[j], sentence) != "from" or _CLAUSE_BREAK.search(text, spans[i].end, spans[j].start):
            continue
        clause = _clause_start(text, sentence, spans[i].start)
        if cues.level_setting.search(text, clause, spans[i].start):
            direct[i] = direct[j]


def _parallel_clause_head(text: str, spans: list[Span], direct: dict[int, Timex], i: int,
                          usable: list[Timex]) -> Timex | None:
    """ "imports of 436 mln dlrs in January were up ..., while exports of 368 mln were up on ...":
    the first figure after "while"/"whereas", with no time between the conjunction and itself,
    takes the time written right after the sentence's first figure."""
    if i == 0 or 0 not in direct:
        return None
    gap_start = spans[i - 1].end
    conj = list(period_cues().parallel_conjunction.finditer(text, gap_start, spans[i].start))
    if not conj or any(conj[-1].end() <= t.start and t.end <= spans[i].start for t in usable):
        return None
    return direct[0]


def _possesses_a_figure_noun(text: str, timex: Timex) -> bool:
    """ "1986's surplus", "January's exports": the possessed noun is what a figure measures."""
    m = re.match(r"['’]s\s+(?:[\w-]+\s+){0,2}?([\w-]+)", text[timex.end:timex.end + 60])
    if not m:
        return False
    pats = patterns()
    word = m.group(1)
    return bool(pats.subject.fullmatch(word) or pats.amount_noun_at.match(" " + word) or word[0].isdigit())


def _between_figures(spans: list[Span], i: int, timex: Timex) -> bool:
    """Whether another figure stands between figure ``i`` and a later timex."""
    return any(spans[i].end <= s.start and s.end <= timex.start for s in spans)


def _preceding(timexes: list[Timex], span: Span, text: str, sentence: Sentence) -> Timex | None:
    """The nearest earlier non-baseline timex of the sentence ("In 2023, trade will rise ninefold")."""
    earlier = [t for t in timexes if t.end <= span.start and not is_baseline(text, t, sentence)]
    return earlier[-1] if earlier else None


def _following(timexes: list[Timex], span: Span, text: str, sentence: Sentence, attributive: set[int]) -> Timex | None:
    """The nearest later timex in the same clause ("fell 20.9 pct to 20.61 billion in January")."""
    for t in timexes:
        if t.start < span.end or id(t) in attributive or is_baseline(text, t, sentence):
            continue
        gap = text[span.end:t.start]
        if _CLAUSE_BREAK.search(gap) or patterns().reporting.search(gap) or _COMPARISON.search(gap):
            return None
        return t
    return None


# --- subject -----------------------------------------------------------------------------------


def find_subject(text: str, sentence: Sentence, span: Span) -> str | None:
    """The nearest subject keyword in the sentence, preferring one written before the figure."""
    lex = lexicon()
    matches = list(patterns().subject.finditer(text, sentence.start, sentence.end))
    before = [m for m in matches if m.end() <= span.start]
    if before:
        return lex.subjects[norm(before[-1].group(1))]
    after = [m for m in matches if m.start() >= span.end and m.start() - span.end <= 60]
    return lex.subjects[norm(after[0].group(1))] if after else None


# --- parties -----------------------------------------------------------------------------------


def main_countries(entities: tuple[Entity, ...], n: int = 2) -> tuple[str, ...]:
    """The article's ``n`` most-mentioned countries, in order of first mention."""
    mentions = [e for e in sorted(entities, key=lambda e: e.start) if e.type in _PARTY_TYPES and e.country]
    counts = Counter(e.country for e in mentions)
    first = {}
    for e in mentions:
        first.setdefault(e.country, e.start)
    top = sorted(counts, key=lambda c: (-counts[c], first[c]))[:n]
    return tuple(sorted(top, key=lambda c: first[c]))


def find_parties(text: str, sentence: Sentence, entities: tuple[Entity, ...], main: tuple[str, ...],
                 kind: str | None = None) -> tuple[str, ...]:
    """ISO3 countries the figure is about: the article's two main countries for bilateral figures
    ("bilateral trade", "between the two countries"), else the countries named in the sentence.
    Counts of people are about persons, not countries: none unless the sentence is bilateral."""
    if len(main) == 2 and patterns().bilateral.search(text, sentence.start, sentence.end):
        return main
    if kind in lexicon().partyless_kinds:
        return ()
    out: list[str] = []
    for e in sorted(entities, key=lambda e: e.start):
        if e.type in _PARTY_TYPES and e.country and _in(sentence, e.start, e.end) and e.country not in out:
            out.append(e.country)
    return tuple(out)


# --- modality ----------------------------------------------------------------------------------


def find_modality(text: str, sentence: Sentence, span: Span) -> str | None:
    """'forecast' when a future cue precedes the figure in its clause, 'target' for targets.

    A figure on the far side of a comparison after the cue is the reported base, not part of the
    forecast ("GDP will expand five pct this year, up from 3.8 pct in 1986").
    """
    start = max(sentence.start, span.start - 60)
    window = text[start:span.start]
    window = window[max(window.rfind(";"), -1) + 1:]
    pats = patterns()
    for kind, pattern in (("target", pats.target), ("forecast", pats.forecast)):
        cues = list(pattern.finditer(window))
        if cues and not _COMPARISON.search(window, cues[-1].end()):
            return kind
    return None
