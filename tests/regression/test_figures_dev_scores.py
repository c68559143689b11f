"""Dev-set floors for the figures extractor: fails when span F1, value, currency or period accuracy
drop below what was measured at the end of round 2 (benchmarks/FIGURES.md), minus a small margin.

Runs the whole cascade (spaCy parse, timexes, entities, figures) over the dev sets in
``tests/data/figures`` (about 12 s).  Period accuracy measures the temporal engine and the
figure-to-time binding together: a period failure can come from a change in either (run
``benchmarks/figures_bench.py --errors`` to see which).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.extract.figures.evaluate import predict, read_jsonl

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "figures"
SCORER = HERE.parent / "tools" / "score_figures.py"

# Measured at the end of round 2 (benchmarks/FIGURES.md): span F1 99.7 / 99.1 / 99.3 / 96.9, value
# 100 everywhere, currency 100 everywhere, period 92.2 / 100.0 / 90.9 / 96.5; minus about 2.5 points
# (span, value, currency) and about 3 points or one figure, whichever is larger (period).
FLOORS = {
    "figures_dev.jsonl": {"span_f1": 0.975, "value": 0.98, "currency": 0.97, "period": 0.89},
    "own_dev.jsonl": {"span_f1": 0.97, "value": 0.98, "currency": 0.97, "period": 0.96},
    "own_blind.jsonl": {"span_f1": 0.97, "value": 0.98, "currency": 0.97, "period": 0.87},
    "own_blind2.jsonl": {"span_f1": 0.945, "value": 0.98, "currency": 0.97, "period": 0.93},
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_figures", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_figures", module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_scores_do_not_regress(name):
    gold = read_jsonl(DATA / name)
    result = _scorer().score(gold, predict(gold), warn=lambda msg: None)
    main, money = result["metrics"]["main"], result["metrics"]["money"]
    floors = FLOORS[name]
    assert main["f1"] >= floors["span_f1"], main
    assert main["value_accuracy"] >= floors["value"], main
    assert money["unit_accuracy"] >= floors["currency"], money
    assert main["period_accuracy"] >= floors["period"], main
