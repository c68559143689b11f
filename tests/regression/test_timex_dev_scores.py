"""Regression guard for the temporal tagger on the TimeBank and AQUAINT dev data and the team's
own hand-annotated Reuters/BBC sets (tests/data/timeml_own/).

Runs the tagger over each gold file and scores it with the team scorer
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

# Measured with benchmarks/timex_bench.py (F1 x 100), end of round 3 (floors only ever raised).
MEASURED = {
    "timebank": {"strict": 90.16, "relaxed": 94.22, "value": 82.74, "type": 91.43},
    "aquaint": {"strict": 84.94, "relaxed": 94.42, "value": 78.68, "type": 90.19},
    "own_dev": {"strict": 96.27, "relaxed": 97.10, "value": 93.78, "type": 97.10},
    # The own_test sets are never tuned on: these floors only guard against regressions (64 and 65
    # gold TIMEX3, so one expression is about 1.5 points).
    "own_test": {"strict": 92.68, "relaxed": 95.93, "value": 89.43, "type": 95.93},
    "own_test_b": {"strict": 93.65, "relaxed": 95.24, "value": 84.13, "type": 95.24},
}
GOLD = {
    "timebank": TESTS / "data" / "timeml" / "timebank.jsonl",
    "aquaint": TESTS / "data" / "timeml" / "aquaint.jsonl",
    "own_dev": TESTS / "data" / "timeml_own" / "own_dev.jsonl",
    "own_test": TESTS / "data" / "timeml_own" / "own_test.jsonl",
    "own_test_b": TESTS / "data" / "timeml_own" / "own_test_b.jsonl",
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_timex", TESTS / "tools" / "score_timex.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_timex"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_dev_scores_do_not_regress(name):
    with open(GOLD[name], encoding="utf-8") as fh:
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
