"""Run the full extraction over gold-annotated JSON Lines (for the dev-set benchmark and the
regression test): the same cascade as ``python -m pipeline extract``, in process."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.extract.contract import article_from_contract, extraction_to_contract
from pipeline.records import Reject


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Contract output (one object per record) for gold records that carry id/text/published_at.

    An article the cascade rejects becomes ``{"id", "error"}``, as in the CLI.
    """
    from pipeline.extract import extract_articles

    articles = [article_from_contract(r) for r in records]
    out = []
    for result in extract_articles(articles):
        if isinstance(result, Reject):
            out.append({"id": result.article_id, "error": result.reason})
        else:
            out.append(extraction_to_contract(result))
    return out
