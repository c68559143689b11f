"""What every extractor sees of an article: its text, anchor time, sentences and (optionally) parse."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from pipeline.records import Sentence

if TYPE_CHECKING:  # spaCy is only needed by the stages that parse
    from spacy.tokens import Doc


@dataclass(frozen=True)
class ArticleContext:
    """An article as the extractors see it. ``published_at`` anchors every relative date."""

    article_id: str
    text: str
    published_at: datetime
    sentences: tuple[Sentence, ...]
    doc: Doc | None = None
    dateline: str | None = None
    title: str | None = None
    meta: dict[str, Any] | None = None

    def sentence_of(self, offset: int) -> Sentence:
        """The sentence holding character ``offset`` (the last one if past the end)."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1] if self.sentences else Sentence(0, len(self.text))


# Sentence boundaries follow the event guidelines: . ! ? followed by white space and a capital,
# digit, quote or bracket, but not after abbreviations (U.S., Co., Inc., Mr) or initials.
_BOUNDARY = re.compile(r"""[.!?]["”’')\]]*(?=\s+["“‘'(\[A-Z0-9])""")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt sen rep gov st co corp inc ltd bros no nos jan feb mar
    apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e vs v jr sr messrs mt ft fig est dept
    approx""".split()
)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences (offsets only), the way the annotation guidelines do."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        word = re.search(r"([A-Za-z.]+)[.!?]?[\"”’')\]]*$", text[start:end])
        token = word.group(1).lower().rstrip(".") if word else ""
        if text[match.start()] == "." and (
            token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)
        ):
            continue
        sentences.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        sentences.append(_trimmed(text, start, len(text)))
    return tuple(s for s in sentences if s.end > s.start)


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)
