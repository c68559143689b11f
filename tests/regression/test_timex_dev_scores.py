"""Regression guard for the temporal tagger on the TimeBank and AQUAINT dev data.

Runs the tagger over tests/data/timeml/*.jsonl and scores it with the team scorer
(tests/tools/score_timex.py). Fails when a score drops more than half a point below the value
measured when the floor was last raised (see benchmarks/TEMPORAL.md).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from pipeline.extract.context import split_sentences
from pipeline.extract.temporal.engine import tag

TESTS = Path(__file__).resolve().parent.parent
TOLERANCE = 0.5  # F1 points

# Measured with benchmarks/timex_bench.py (F1 x 100).
MEASURED = {
    "timebank": {"strict": 89.39, "relaxed": 93.47, "value": 81.46, "type": 90.75},
    "aquaint": {"strict": 84.87, "relaxed": 94.34, "value": 76.58, "type": 90.11},
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_timex", TESTS / "tools" / "score_timex.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_timex"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_dev_scores_do_not_regress(name):
    with open(TESTS / "data" / "timeml" / f"{name}.jsonl", encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    predictions = []
    for doc in gold:
        timexes = tag(doc["text"], date.fromisoformat(doc["dct"][:10]), split_sentences(doc["text"]))
        predictions.append({"doc_id": doc["doc_id"], "timex": [
            {"start": t.start, "end": t.end, "type": t.type, "value": t.value} for t in timexes]})
    metrics = _scorer().score(gold, predictions)["metrics"]
    measured = {metric: round(100 * metrics[metric]["f1"], 2) for metric in MEASURED[name]}
    floors = {metric: value - TOLERANCE for metric, value in MEASURED[name].items()}
    assert all(measured[m] >= floors[m] for m in floors), f"{name}: measured {measured}, floors {floors}"
