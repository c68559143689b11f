"""The extraction contract (``docs/contract.md``): JSON Lines in, one JSON object out per line."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from pipeline.errors import BadArticle
from pipeline.ingest.dates import parse_published_at
from pipeline.records import Article, Event, Extraction, Figure, Reject


def article_from_contract(obj: Any) -> Article:
    """An ``Article`` from one contract input object; raises ``BadArticle`` saying what is wrong."""
    if not isinstance(obj, dict):
        raise BadArticle("input line is not a JSON object")
    missing = [k for k in ("id", "text", "published_at") if obj.get(k) in (None, "")]
    if missing:
        raise BadArticle(f"missing required field(s): {', '.join(missing)}")
    if not isinstance(obj["text"], str):
        raise BadArticle("field 'text' must be a string")
    return Article(
        article_id=str(obj["id"]),
        text=obj["text"],
        published_at=parse_published_at(obj["published_at"]),
        title=obj.get("title"),
        url=obj.get("url"),
        source=obj.get("source"),
        language=obj.get("language"),
        dateline=obj.get("dateline"),
    )


def _plain(record: Any) -> dict[str, Any]:
    out = dataclasses.asdict(record)
    for key, value in out.items():
        if hasattr(value, "isoformat"):
            out[key] = value.isoformat()
        elif isinstance(value, tuple):
            out[key] = list(value)
    return out


def _figure(figure: Figure) -> dict[str, Any]:
    out = _plain(figure)
    if float(figure.value).is_integer():
        out["value"] = int(figure.value)
    return out


def _event(event: Event) -> dict[str, Any]:
    out = dataclasses.asdict(event)
    for actor in ("actor1", "actor2"):
        if out[actor] is not None:
            out[actor] = {k: out[actor][k] for k in ("text", "country", "kind", "start", "end")}
    return out


def extraction_to_contract(extraction: Extraction) -> dict[str, Any]:
    """The contract's output object for one article."""
    timexes = [_plain(t) for t in extraction.timexes]
    return {
        "id": extraction.article_id,
        # ``doc_id``/``timex`` repeat ``id``/``timexes`` under the names TempEval-style scorers read.
        "doc_id": extraction.article_id,
        "timexes": timexes,
        "timex": timexes,
        "figures": [_figure(f) for f in extraction.figures],
        "entities": [_plain(e) for e in extraction.entities],
        "events": [_event(e) for e in extraction.events],
    }


def run_contract(input_path: Path, output: TextIO, model: str | None = None, log: TextIO = sys.stderr) -> int:
    """Extract every line of ``input_path`` into ``output`` (same order); returns the error count.

    Bad lines are reported on ``log`` and written as ``{"id": ..., "error": ...}``; they never stop
    the run.  Good lines are parsed with spaCy in batches.
    """
    from pipeline.extract import extract_articles

    slots: list[dict[str, Any] | Article] = []
    for number, line in enumerate(_lines(input_path), start=1):
        try:
            slots.append(article_from_contract(json.loads(line)))
        except (json.JSONDecodeError, BadArticle) as exc:
            ident = _guess_id(line)
            print(f"{input_path}:{number}: {exc}", file=log)
            slots.append({"id": ident, "error": str(exc)})
    articles = [s for s in slots if isinstance(s, Article)]
    results = iter(extract_articles(articles, model=model))
    errors = 0
    for slot in slots:
        if isinstance(slot, dict):
            errors += 1
            obj = slot
        else:
            result = next(results)
            if isinstance(result, Reject):
                errors += 1
                print(f"{input_path}: article {result.article_id}: {result.reason}", file=log)
                obj = {"id": result.article_id, "error": result.reason}
            else:
                obj = extraction_to_contract(result)
        output.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return errors


def _lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield line


def _guess_id(line: str) -> str | None:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        return None
    return str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else None
