"""Readers, one per source format. Each turns a file into raw field dicts (one per article).

A reader yields ``(line_number, fields)`` pairs; ``line_number`` is set for line-oriented files so a
reject can say where the bad line is.  A reader raises ``BadArticle`` for a file it cannot read at
all and yields a ``BadArticle`` in place of fields for one bad line, so the rest of the file goes on.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from pipeline.errors import BadArticle

Fields = dict[str, Any]
RawItems = Iterator[tuple[int | None, Fields | BadArticle]]


def read_front_matter(data: bytes) -> RawItems:
    """A ``.txt``/``.md`` article: optional YAML front matter between ``---`` lines, then the body."""
    text = _decode(data)
    fields: Fields = {}
    body = text
    if text.lstrip("\ufeff").startswith("---"):
        stripped = text.lstrip("\ufeff")
        head, sep, rest = stripped[3:].partition("\n---")
        if not sep:
            raise BadArticle("front matter opened with '---' but never closed")
        try:
            meta = yaml.safe_load(head)
        except yaml.YAMLError as exc:
            raise BadArticle(f"front matter is not valid YAML: {exc}") from exc
        if meta is not None and not isinstance(meta, dict):
            raise BadArticle("front matter must be a YAML mapping")
        fields.update(meta or {})
        body = rest.split("\n", 1)[1] if "\n" in rest else ""
    fields["text"] = body.strip()
    yield None, fields


def read_json(data: bytes) -> RawItems:
    """A ``.json`` file: one article object, or a list of them."""
    try:
        obj = json.loads(_decode(data))
    except json.JSONDecodeError as exc:
        raise BadArticle(f"not valid JSON: {exc}") from exc
    items = obj if isinstance(obj, list) else [obj]
    for index, item in enumerate(items, start=1):
        yield (index if isinstance(obj, list) else None), _object_or_error(item)


def read_json_lines(data: bytes) -> RawItems:
    """A ``.jsonl`` file: one article object per line; a bad line is a reject, not a failed file."""
    for number, line in enumerate(io.StringIO(_decode(data)), start=1):
        if not line.strip():
            continue
        try:
            yield number, _object_or_error(json.loads(line))
        except json.JSONDecodeError as exc:
            yield number, BadArticle(f"line is not valid JSON: {exc}")


def read_json_lines_gz(data: bytes) -> RawItems:
    """A gzip-compressed ``.jsonl.gz`` file."""
    try:
        raw = gzip.decompress(data)
    except (OSError, EOFError) as exc:
        raise BadArticle(f"not a valid gzip file: {exc}") from exc
    yield from read_json_lines(raw)


def read_html(data: bytes) -> RawItems:
    """An ``.html`` page: main text by trafilatura, publication date by htmldate."""
    import htmldate
    import trafilatura

    html = _decode(data)
    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        raise BadArticle("no main text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    fields: Fields = {"text": text}
    if meta is not None:
        fields.update({k: getattr(meta, k) for k in ("title", "url") if getattr(meta, k, None)})
        if meta.sitename:
            fields["source"] = meta.sitename
    found = htmldate.find_date(html, original_date=True, outputformat="%Y-%m-%d")
    if found:
        fields["published_at"] = found
    yield None, fields


def _object_or_error(item: Any) -> Fields | BadArticle:
    return item if isinstance(item, dict) else BadArticle("record is not a JSON object")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadArticle(f"file is not UTF-8 text: {exc}") from exc


# Suffix -> reader. Longest suffix wins (".jsonl.gz" before ".gz").
READERS: dict[str, Callable[[bytes], RawItems]] = {
    ".jsonl.gz": read_json_lines_gz,
    ".jsonl": read_json_lines,
    ".json": read_json,
    ".txt": read_front_matter,
    ".md": read_front_matter,
    ".html": read_html,
    ".htm": read_html,
}


def reader_for(path: str) -> Callable[[bytes], RawItems] | None:
    """The reader for ``path`` by its suffix, or None for files that are not articles."""
    lower = path.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if lower.endswith(suffix):
            return READERS[suffix]
    return None
