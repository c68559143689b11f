"""Temporal tagger benchmark: dev scores on TimeBank and AQUAINT, and throughput.

    .venv/bin/python benchmarks/timex_bench.py            # scores + throughput
    .venv/bin/python benchmarks/timex_bench.py --errors   # also list misses / false alarms / wrong values

Scores use the team scorer (tests/tools/score_timex.py, TempEval-3 Task A). Throughput is the
tagger alone (no spaCy), one process, best of ``--repeat`` passes over TimeBank.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract.context import split_sentences  # noqa: E402
from pipeline.extract.temporal.engine import tag  # noqa: E402

DATA = ROOT / "tests" / "data"
# name -> gold file; own_dev / own_test / own_test_b are the team's own hand-annotated Reuters/BBC sets
# (own_dev was tuned on after its blind score was recorded; the own_test sets never; see
# tests/data/timeml_own/README.md).
FILES = {
    "timebank": DATA / "timeml" / "timebank.jsonl",
    "aquaint": DATA / "timeml" / "aquaint.jsonl",
    "own_dev": DATA / "timeml_own" / "own_dev.jsonl",
    "own_test": DATA / "timeml_own" / "own_test.jsonl",
    "own_test_b": DATA / "timeml_own" / "own_test_b.jsonl",
}


def load_scorer():
    """The team scorer, imported from its path (tests/tools is not a package)."""
    spec = importlib.util.spec_from_file_location("score_timex", ROOT / "tests" / "tools" / "score_timex.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_timex"] = module  # dataclasses look their module up while executing
    spec.loader.exec_module(module)
    return module


def read_gold(name: str) -> list[dict]:
    with open(FILES[name], encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(doc: dict) -> dict:
    """One prediction line for a gold document."""
    anchor = date.fromisoformat(doc["dct"][:10])
    timexes = tag(doc["text"], anchor, split_sentences(doc["text"]))
    return {"doc_id": doc["doc_id"], "timex": [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
        for t in timexes]}


def evaluate(name: str) -> dict:
    """The scorer's result dict for one dev file."""
    gold = read_gold(name)
    return load_scorer().score(gold, [predict(doc) for doc in gold])


def throughput(docs: list[dict], repeat: int) -> dict[str, float]:
    """Documents/s and characters/s of the tagger alone, best of ``repeat`` passes, by wall clock
    and by this process's CPU time (the dev machine is shared, so wall time includes waiting)."""
    chars = sum(len(d["text"]) for d in docs)
    wall = cpu = float("inf")
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for doc in docs:
            predict(doc)
        wall, cpu = min(wall, time.perf_counter() - w0), min(cpu, time.process_time() - c0)
    return {"docs_wall": len(docs) / wall, "chars_wall": chars / wall,
            "docs_cpu": len(docs) / cpu, "chars_cpu": chars / cpu}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="print the scorer's error listing")
    ap.add_argument("--only", choices=sorted(FILES), action="append", help="score only these files")
    ap.add_argument("--no-speed", action="store_true", help="skip the throughput passes")
    ap.add_argument("--repeat", type=int, default=3, help="throughput passes (best is reported)")
    args = ap.parse_args(argv)

    scorer = load_scorer()
    print(f"{'file':10} {'docs':>5} {'gold':>5} {'sys':>5} {'strict':>7} {'relaxed':>8} {'value':>7} {'type':>7}")
    for name in args.only or FILES:
        gold = read_gold(name)
        result = scorer.score(gold, [predict(doc) for doc in gold])
        m, c = result["metrics"], result["counts"]
        print(f"{name:10} {len(gold):5d} {c['gold']:5d} {c['system']:5d} {100 * m['strict']['f1']:7.2f} "
              f"{100 * m['relaxed']['f1']:8.2f} {100 * m['value']['f1']:7.2f} {100 * m['type']['f1']:7.2f}")
        if args.errors:
            print(scorer.format_errors(result))
    if args.no_speed:
        return 0
    speed = throughput(read_gold("timebank"), args.repeat)
    print(f"\nthroughput (TimeBank, tagger alone, 1 process): {speed['docs_wall']:.0f} docs/s, "
          f"{speed['chars_wall']:,.0f} chars/s by wall clock; {speed['docs_cpu']:.0f} docs/s, "
          f"{speed['chars_cpu']:,.0f} chars/s by CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
