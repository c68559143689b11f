"""Lexical tense cues: is the clause around a time expression about the past or the future?

No parser: the nearest cue word in the sentence decides (auxiliaries, irregular past forms,
-ed verbs, 'will', 'is to', 'expected'...). The word lists live in ``data/lexicon.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.temporal.lexicon import lexicon


@cache
def _cue_regex() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    cues = lexicon()["tense_cues"]
    words = sorted(set(cues["future"]) | set(cues["past"]), key=len, reverse=True)
    phrase = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # Known cue phrases, or any -ed word (regular past tense / participle).
    regex = re.compile(rf"(?<![\w'])(?:{phrase})(?![\w'])|\b[a-z]{{3,}}ed\b", re.IGNORECASE)
    future = frozenset(w.lower() for w in cues["future"])
    not_past = frozenset(w.lower() for w in cues["not_past_ed"])
    return regex, future, not_past


def clause_tense(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    """'past', 'future' or None for the expression at [start, end) in sentence [sent_start, sent_end).

    The cue closest to the expression wins (distance in characters, cues inside the expression
    itself ignored), because a long news sentence often mixes a reported past ('said') with a
    quoted future ('will').
    """
    regex, future, not_past = _cue_regex()
    best: tuple[int, str] | None = None
    for match in regex.finditer(text, sent_start, sent_end):
        if match.start() < end and match.end() > start:
            continue
        word = re.sub(r"\s+", " ", match.group(0).lower())
        if word in not_past and word not in future:
            continue
        tense = "future" if word in future else "past"
        distance = start - match.end() if match.end() <= start else match.start() - end
        if best is None or distance < best[0]:
            best = (distance, tense)
    return best[1] if best else None
