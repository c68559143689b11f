"""Speed and memory of the whole pipeline (a benchmark: it prints figures, it asserts nothing).

    .venv/bin/python benchmarks/pipeline_bench.py [--articles 500] [--corpus PATH.jsonl.gz]

Takes N Reuters-21578 articles (default corpus: ../shared/corpora, articles in HOLDOUT_IDS.txt
skipped), writes them as one day's JSON Lines source, and measures: the spaCy parse alone, each
extractor stage, then a full ``run_day`` (ingest -> extract -> publish -> load -> check), with peak
resident memory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DAY = date(1987, 3, 1)


def _articles(corpus: Path, holdout: Path, n: int) -> list[dict]:
    held = {line.strip() for line in holdout.read_text().splitlines() if line.strip() and not line.startswith("#")}
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in held or not record["text"].strip():
                continue
            out.append({"id": record["id"], "text": record["text"], "title": record["title"],
                        "dateline": record.get("dateline"), "source": "reuters",
                        "published_at": f"{DAY.isoformat()}T12:00:00"})
            if len(out) == n:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpora" / "reuters21578.jsonl.gz")
    args = ap.parse_args()

    from pipeline.extract import build_context, nlp
    from pipeline.extract.contract import article_from_contract
    from pipeline.extract.entities import extract_entities
    from pipeline.extract.events import extract_events
    from pipeline.extract.figures import extract_figures
    from pipeline.extract.temporal import tag_timexes
    from pipeline.run import run_day
    from pipeline.settings import Settings

    raw = _articles(args.corpus, args.corpus.parent / "HOLDOUT_IDS.txt", args.articles)
    articles = [article_from_contract(r) for r in raw]
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} Reuters articles, {chars:,} characters ({chars / len(articles):.0f} per article)")

    started = time.perf_counter()
    model = nlp.load()
    print(f"spaCy model load: {time.perf_counter() - started:.1f} s ({model.meta['name']} {model.meta['version']})")
    started = time.perf_counter()
    docs = list(nlp.parse_many(a.text for a in articles))
    parse = time.perf_counter() - started
    print(f"spaCy parse (nlp.pipe, batch 32): {parse:.1f} s = {len(articles) / parse:.1f} articles/s")

    contexts = [build_context(a, d) for a, d in zip(articles, docs, strict=True)]
    stage_time = dict.fromkeys(("timexes", "entities", "figures", "events"), 0.0)
    counts = dict.fromkeys(stage_time, 0)
    for ctx in contexts:
        t0 = time.perf_counter()
        timexes = tag_timexes(ctx)
        t1 = time.perf_counter()
        entities = extract_entities(ctx)
        t2 = time.perf_counter()
        figures = extract_figures(ctx, timexes, entities)
        t3 = time.perf_counter()
        events = extract_events(ctx, timexes, entities)
        t4 = time.perf_counter()
        for name, spent, found in (("timexes", t1 - t0, timexes), ("entities", t2 - t1, entities),
                                   ("figures", t3 - t2, figures), ("events", t4 - t3, events)):
            stage_time[name] += spent
            counts[name] += len(found)
    for name, spent in stage_time.items():
        print(f"  {name:9s} {spent:6.2f} s = {len(articles) / spent:8.1f} articles/s, {counts[name]:6d} records")

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "source" / DAY.isoformat()
        source.mkdir(parents=True)
        (source / "articles.jsonl").write_text("\n".join(json.dumps(r) for r in raw), encoding="utf-8")
        settings = replace(Settings(), source=str(source.parent), lake=f"{tmp}/lake", warehouse=f"{tmp}/w.duckdb")
        started = time.perf_counter()
        summary = run_day(settings, DAY)
        spent = time.perf_counter() - started
    print(f"run_day (ingest, extract, publish, load, check): {spent:.1f} s = {len(articles) / spent:.1f} articles/s")
    print("  rows: " + ", ".join(f"{t}={n}" for t, n in summary["rows"].items()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
