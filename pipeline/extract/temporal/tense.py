"""Lexical tense cues: is the clause around a time expression about the past or the future?

No parser. Three tiers, strongest first:
1. a deadline word right before the expression ('through Sept. 29', 'payable Dec. 15') -> no tense
   (the caller takes the nearest occurrence: deadlines lie on both sides of the publication date);
   a reporting verb right before it ('said Tuesday') -> past;
2. the nearest cue: a listed word ('will', 'is to', 'was', 'ago'...) or an -ed verb;
3. a reporting verb elsewhere ('..., the company said'), which dates the report, not the event.
The word lists live in ``data/lexicon.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.temporal.lexicon import lexicon


def _phrases(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Cues:
    listed: re.Pattern[str]  # listed past and future cue words
    regular: re.Pattern[str]  # any -ed word
    deadline: re.Pattern[str]  # a deadline word right before the expression
    reported: re.Pattern[str]  # a reporting verb right before the expression
    future: frozenset[str]
    reporting: frozenset[str]
    not_past: frozenset[str]
    neutral: frozenset[str]  # listed phrases that decide nothing ('as expected')
    participle_before: re.Pattern[str]  # 'will be released': the auxiliary decides, not the -ed word
    participle_after: re.Pattern[str]  # 'chaired by': a participle, no tense of its own
    future_right_before: re.Pattern[str]  # 'as soon as Tuesday'
    deadline_after: re.Pattern[str]  # 'the Jan. 14 deadline'


@cache
def _cues() -> _Cues:
    cues = lexicon()["tense_cues"]
    return _Cues(
        listed=re.compile(rf"(?<![\w'])(?:{_phrases(cues['future'] + cues['past'] + cues['neutral'])})(?![\w'])",
                          re.IGNORECASE),
        regular=re.compile(r"\b[a-z]{3,}ed\b", re.IGNORECASE),
        deadline=re.compile(rf"(?<![\w'])(?:{_phrases(cues['future_before'])})(?:\s+(?:on|the|of|in))?\s+$",
                            re.IGNORECASE),
        reported=re.compile(rf"\b(?:{_phrases(cues['reporting'])})(?:\s+on)?\s+$", re.IGNORECASE),
        future=frozenset(w.lower() for w in cues["future"]),
        reporting=frozenset(w.lower() for w in cues["reporting"]),
        not_past=frozenset(w.lower() for w in cues["not_past_ed"]),
        neutral=frozenset(w.lower() for w in cues["neutral"]),
        participle_before=re.compile(rf"(?<![\w'])(?:{_phrases(cues['participle_before'])})\s+(?:\w+ly\s+)?$",
                                     re.IGNORECASE),
        participle_after=re.compile(rf"\s+(?:{_phrases(cues['participle_after'])})\b", re.IGNORECASE),
        deadline_after=re.compile(rf"\s+(?:{_phrases(cues['deadline_after'])})\b", re.IGNORECASE),
        future_right_before=re.compile(rf"(?<![\w'])(?:{_phrases(cues['future_right_before'])})(?:\s+(?:on|the))?\s+$",
                                       re.IGNORECASE),
    )


def _participle(text: str, match: re.Match[str], window: tuple[int, int]) -> bool:
    """Whether an -ed word is a participle whose tense lies elsewhere: after 'be'/'been'
    ('will be released', 'to be completed') or before an agent ('chaired by')."""
    cues = _cues()
    before = text[max(window[0], match.start() - 30) : match.start()]
    if cues.participle_before.search(before):
        return True
    return cues.participle_after.match(text, match.end(), window[1]) is not None


def _in_neutral(text: str, match: re.Match[str]) -> bool:
    """Whether an -ed word is part of a listed neutral phrase ('as expected')."""
    cues = _cues()
    for phrase in cues.listed.finditer(text, max(0, match.start() - 25), min(len(text), match.end() + 5)):
        if phrase.start() <= match.start() and match.end() <= phrase.end() \
                and re.sub(r"\s+", " ", phrase.group(0).lower()) in cues.neutral:
            return True
    return False


def _nearest(regex: re.Pattern[str], text: str, span: tuple[int, int], window: tuple[int, int],
             skip: frozenset[str], participles: bool = False) -> tuple[int, str] | None:
    """(distance, cue word) of the closest match outside ``span`` within ``window``; with
    ``participles``, participles of past-looking verbs (see :func:`_participle`) are no cue."""
    start, end = span
    best = None
    for match in regex.finditer(text, *window):
        if match.start() < end and match.end() > start:
            continue
        word = re.sub(r"\s+", " ", match.group(0).lower())
        if word in skip:
            continue
        if participles and (_in_neutral(text, match)
                            or (word not in _cues().future and _participle(text, match, window))):
            continue
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best[0]:
            best = (distance, word)
    return best


_SEGMENT_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\"“”]|\s[-–—]\s")  # not the comma of '1,000'


def segment_of(text: str, sent_start: int, sent_end: int, start: int, end: int) -> tuple[int, int]:
    """The comma/semicolon/quote-delimited stretch of the sentence around [start, end)."""
    left = sent_start
    for match in _SEGMENT_BREAK.finditer(text, sent_start, start):
        left = match.end()
    right = _SEGMENT_BREAK.search(text, end, sent_end)
    return left, right.start() if right else sent_end


def clause_tense(text: str, sent_start: int, sent_end: int, start: int, end: int,
                 reach: int | None = None) -> str | None:
    """'past', 'future', 'deadline' (a deadline word right before it) or None for the expression
    at [start, end) in sentence [sent_start, sent_end).

    Within a tier the closest cue wins (by characters, cues inside the expression ignored), because
    a long news sentence often mixes a past verb with a quoted future ('will'). With ``reach``, a
    cue further than that many characters decides nothing.
    """
    cues = _cues()
    left = text[max(sent_start, start - 25) : start]
    if cues.deadline.search(left) or cues.deadline_after.match(text, end, min(sent_end, end + 25)):
        return "deadline"  # no tense: callers take the nearest occurrence (weekdays: the coming one)
    if cues.reported.search(left):
        return "past"  # 'said Tuesday', 'said on Monday': the date of the statement itself
    if cues.future_right_before.search(left):
        return "future"  # 'as soon as Tuesday', 'as early as next month'
    span, window = (start, end), (sent_start, sent_end)
    # Attribution ('..., the company said') tells when it was said, not when it happens: it only
    # decides when nothing else in the sentence does.
    listed = _nearest(cues.listed, text, span, window, cues.reporting | cues.neutral, participles=True)
    regular = _nearest(cues.regular, text, span, window, cues.not_past - cues.future, participles=True)
    candidates = [c for c in (listed, regular) if c is not None]
    found = min(candidates) if candidates else _nearest(cues.listed, text, span, window, cues.neutral,
                                                                participles=True)
    if found is None or (reach is not None and found[0] > reach):
        return None
    return "future" if found[1] in cues.future else "past"
