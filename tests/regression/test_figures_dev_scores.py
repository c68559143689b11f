"""Dev-set floors for the figures extractor: fails when span F1 or value accuracy drop below what
was measured when the extractor landed (minus a small margin).

Runs the whole cascade (spaCy parse, timexes, entities, figures) over the dev sets in
``tests/data/figures`` (about 10 s).  Period accuracy is not floored here: it depends on the
temporal engine, which is tested on its own.
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

# Measured (benchmarks/FIGURES.md: F1 99.7 / 99.1 / 99.3, value and currency 100) minus about 2.5 points.
FLOORS = {
    "figures_dev.jsonl": {"span_f1": 0.975, "value": 0.98, "currency": 0.97},
    "own_dev.jsonl": {"span_f1": 0.97, "value": 0.98, "currency": 0.97},
    "own_blind.jsonl": {"span_f1": 0.97, "value": 0.98, "currency": 0.97},
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
