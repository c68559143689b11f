"""Run the extraction cascade over an events gold set, in process, for the scorer.

Used by ``tests/regression/test_events_dev_scores.py`` and ``benchmarks/events_bench.py``; the
scorer itself is ``tests/tools/score_events.py`` (a copy of the team's shared scorer).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pipeline.extract import extract_articles
from pipeline.extract.contract import article_from_contract, extraction_to_contract
from pipeline.records import Reject

CONTRACT_FIELDS = ("id", "text", "published_at", "title", "dateline")


def read_jsonl(path: str | Path) -> list[dict]:
    """The records of a JSON Lines file."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(gold: Iterable[dict]) -> list[dict]:
    """Contract output lines for the gold articles (only their contract input fields are read)."""
    articles = [article_from_contract({k: g[k] for k in CONTRACT_FIELDS if k in g}) for g in gold]
    out = []
    for result in extract_articles(articles):
        if isinstance(result, Reject):
            out.append({"id": result.article_id, "error": result.reason})
        else:
            out.append(extraction_to_contract(result))
    return out
