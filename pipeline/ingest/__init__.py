"""Ingest: scan a source folder (local path or fsspec URL) and select one interval's articles.

``ingest(source, start, end)`` returns the articles published in ``[start, end)`` (UTC dates) and the
rejects met on the way, each with a reason.  An article with no usable date takes the date of a
``YYYY-MM-DD`` or ``dt=YYYY-MM-DD`` folder it sits in; else it is rejected.  Files and folders whose
name starts with ``_`` or ``.`` are skipped (notes, staging, hidden files).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import fsspec

from pipeline.errors import BadArticle, TransientError
from pipeline.ingest.dates import parse_published_at
from pipeline.ingest.formats import Fields, reader_for
from pipeline.records import Article, Reject

log = logging.getLogger(__name__)

_FOLDER_DATE = re.compile(r"^(?:dt=)?(\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class IngestResult:
    """What one interval's scan found."""

    articles: tuple[Article, ...]
    rejects: tuple[Reject, ...]
    files_scanned: int
    duplicates: int


def ingest(source: str, start: date, end: date) -> IngestResult:
    """Articles of ``source`` published in ``[start, end)``, deduplicated, in a stable order.

    Unreadable files and bad records become ``Reject`` rows; a reject whose date is known and
    outside the interval belongs to another run and is left out.  An unreachable source is a
    ``TransientError`` (the scheduler retries).
    """
    articles: list[Article] = []
    rejects: list[Reject] = []
    files = 0
    for _path, item in _scan(source):
        files += item is None
        if item is None:
            continue
        if isinstance(item, Reject):
            if item.published_date is None or start <= item.published_date < end:
                rejects.append(item)
            continue
        published = item.published_date
        if start <= published < end:
            articles.append(item)
    kept, dropped = _deduplicate(articles)
    rejects.extend(dropped)
    duplicates = sum(1 for r in dropped if r.reason.startswith("duplicate text"))
    log.info("ingest %s [%s, %s): %d files, %d articles, %d rejects, %d duplicates",
             source, start, end, files, len(kept), len(rejects), duplicates)
    return IngestResult(tuple(kept), tuple(rejects), files, duplicates)


def _scan(source: str) -> Iterator[tuple[str, Article | Reject | None]]:
    """Every file under ``source`` in path order: ``None`` once per file, then its records."""
    try:
        fs, root = fsspec.core.url_to_fs(source)
        if not fs.exists(root):
            raise TransientError(f"source {source!r} does not exist or is not reachable")
        paths = sorted(fs.find(root)) if fs.isdir(root) else [root]
    except OSError as exc:
        raise TransientError(f"cannot list source {source!r}: {exc}") from exc
    for path in paths:
        reader = reader_for(path)
        if reader is None or _ignored(path[len(root):]):
            continue
        # Paths are kept relative to the source root, so rows are the same wherever the source sits.
        shown = path[len(root):].lstrip("/") if path != root else path.rsplit("/", 1)[-1]
        yield shown, None
        try:
            with fs.open(path, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise TransientError(f"cannot read {path}: {exc}") from exc
        try:
            for line, fields in reader(data):
                if isinstance(fields, BadArticle):
                    yield shown, Reject(shown, str(fields), line=line, published_date=folder_date(shown))
                    continue
                try:
                    yield shown, to_article(fields, shown)
                except BadArticle as exc:
                    yield shown, Reject(shown, str(exc), line=line, article_id=_given_id(fields),
                                        published_date=_date_hint(fields, shown))
        except BadArticle as exc:
            yield shown, Reject(shown, str(exc), published_date=folder_date(shown))


def to_article(fields: Fields, source_path: str) -> Article:
    """An ``Article`` from a reader's raw fields; raises ``BadArticle`` saying what is missing."""
    text = fields.get("text") or fields.get("body")
    if not isinstance(text, str) or not text.strip():
        raise BadArticle("article has no text")
    published_raw = fields.get("published_at") or fields.get("date")
    if published_raw not in (None, ""):
        published_at = parse_published_at(published_raw)
    else:
        folder = folder_date(source_path)
        if folder is None:
            raise BadArticle("no usable date: no published_at and no YYYY-MM-DD folder")
        published_at = datetime(folder.year, folder.month, folder.day, tzinfo=UTC)
    text_hash = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
    return Article(
        article_id=_given_id(fields) or _derived_id(fields, text_hash),
        text=text,
        published_at=published_at,
        title=_str_or_none(fields.get("title")),
        url=_str_or_none(fields.get("url")),
        source=_str_or_none(fields.get("source")),
        language=_str_or_none(fields.get("language")),
        dateline=_str_or_none(fields.get("dateline")),
        source_path=source_path,
        text_hash=text_hash,
    )


def _date_hint(fields: Fields, path: str) -> date | None:
    """The day a bad record belongs to, so that only that day's run reports it."""
    try:
        return parse_published_at(fields.get("published_at") or fields.get("date")).astimezone(UTC).date()
    except BadArticle:
        return folder_date(path)


def folder_date(path: str) -> date | None:
    """The date of the innermost ``YYYY-MM-DD`` / ``dt=YYYY-MM-DD`` folder on ``path``, if any."""
    for part in reversed(path.replace("\\", "/").split("/")[:-1]):
        if m := _FOLDER_DATE.match(part):
            try:
                return date.fromisoformat(m[1])
            except ValueError:
                return None
    return None


def _deduplicate(articles: list[Article]) -> tuple[list[Article], list[Reject]]:
    """Keep the first of each text (exact duplicates) and of each article id."""
    seen_text: dict[str, str] = {}
    seen_id: set[str] = set()
    kept: list[Article] = []
    dropped: list[Reject] = []
    for article in articles:
        if article.text_hash in seen_text:
            reason = f"duplicate text of article {seen_text[article.text_hash]}"
            dropped.append(Reject(article.source_path or "", reason, article_id=article.article_id))
        elif article.article_id in seen_id:
            dropped.append(Reject(article.source_path or "", "duplicate article_id with a different text",
                                  article_id=article.article_id))
        else:
            seen_text[article.text_hash] = article.article_id
            seen_id.add(article.article_id)
            kept.append(article)
    return kept, dropped


def _ignored(relative_path: str) -> bool:
    """Files and folders named ``_*`` or ``.*`` are not articles (notes, staging, hidden files)."""
    return any(part.startswith(("_", ".")) for part in relative_path.replace("\\", "/").split("/") if part)


def _given_id(fields: Fields) -> str | None:
    value = fields.get("id") or fields.get("article_id")
    return str(value) if value not in (None, "") else None


def _derived_id(fields: Fields, text_hash: str) -> str:
    """A stable id: a hash of source + url when there is a url, else of the text."""
    url = fields.get("url")
    basis = f"{fields.get('source') or ''}|{url}" if url else f"text|{text_hash}"
    return "a-" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def _str_or_none(value: object) -> str | None:
    return None if value in (None, "") else str(value)
