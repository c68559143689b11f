"""Run the figures cascade over gold-annotated JSON Lines (for the dev-set benchmark and the
regression test): spaCy parse -> timexes -> entities -> figures, as ``python -m pipeline extract``
does, without the event stage (figures do not depend on it)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipeline.extract.contract import article_from_contract, extraction_to_contract
from pipeline.records import Extraction


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Contract output objects (one per record) for records that carry id/text/published_at.

    Errors propagate: a crash in a stage is a failure of the run, not an empty prediction.
    """
    from pipeline.extract import build_context, nlp
    from pipeline.extract.entities import extract_entities
    from pipeline.extract.figures import extract_figures
    from pipeline.extract.temporal import tag_timexes

    articles = [article_from_contract(r) for r in records]
    out = []
    for article, doc in zip(articles, nlp.parse_many(a.text for a in articles), strict=True):
        ctx = build_context(article, doc)
        timexes = tag_timexes(ctx)
        entities = extract_entities(ctx)
        figures = extract_figures(ctx, timexes, entities)
        extraction = Extraction(article.article_id, timexes, figures, entities, (), ctx.sentences)
        out.append(extraction_to_contract(extraction))
    return out
