"""Figures extractor benchmark: dev scores on the shared Reuters dev set and our own two sets.

    .venv/bin/python benchmarks/figures_bench.py                 # score tables for both dev sets
    .venv/bin/python benchmarks/figures_bench.py --errors        # also misses / false alarms / wrong values
    .venv/bin/python benchmarks/figures_bench.py --people-only   # drop non-person counts before scoring

Runs the whole extraction cascade (spaCy parse, timexes, entities, figures) in process, exactly as
``python -m pipeline extract`` does, and scores with the team scorer (tests/tools/score_figures.py).
Period accuracy therefore measures the temporal engine and the figure-to-time binding together.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract.figures.evaluate import predict, read_jsonl  # noqa: E402

DATA = ROOT / "tests" / "data" / "figures"
SETS = ("figures_dev", "own_dev", "own_blind", "own_blind2")


def load_scorer():
    """The team scorer, imported from its path (tests/tools is not a package)."""
    spec = importlib.util.spec_from_file_location("score_figures", ROOT / "tests" / "tools" / "score_figures.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_figures"] = module  # dataclasses look their module up while executing
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong values")
    ap.add_argument("--people-only", action="store_true", help="score only counts of people")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    for name in SETS:
        gold = read_jsonl(DATA / f"{name}.jsonl")
        started = time.perf_counter()
        pred = predict(gold)
        elapsed = time.perf_counter() - started
        result = scorer.score(gold, pred, people_only=args.people_only, warn=lambda m: print(f"warning: {m}"))
        print(f"== {name}.jsonl ({len(gold)} articles, full cascade {elapsed:.1f} s)")
        print(scorer.format_summary(result))
        if args.errors:
            print()
            print(scorer.format_errors(result))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
