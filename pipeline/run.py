"""A day's run as steps: ingest -> extract (in batches) -> publish -> load -> check.

The Airflow DAG calls each step from its own task; ``run_day`` calls them in sequence for the CLI.
Steps talk through the lake (Parquet), and return only small dicts of handles and counts.
"""

from __future__ import annotations

import logging
import math
import time
from datetime import date, timedelta
from typing import Any

import pyarrow as pa

from pipeline.errors import TerminalError
from pipeline.lake import Lake, article_from_row, article_row, reject_row, rows_by_table
from pipeline.records import Extraction, Reject
from pipeline.schema import EXTRACTED_TABLES, TABLES
from pipeline.settings import Settings

log = logging.getLogger(__name__)


def ingest_step(settings: Settings, day: date) -> dict[str, Any]:
    """Scan the source for ``day`` and stage its articles and ingest rejects; plan extract batches."""
    from pipeline.ingest import ingest

    lake = Lake(settings.lake)
    lake.reset_staging(day)
    result = ingest(settings.source, day, day + timedelta(days=1))
    lake.stage(day, "articles", "articles", [article_row(a) for a in result.articles])
    lake.stage(day, "rejects", "ingest", [reject_row(r) for r in result.rejects])
    batches = max(1, math.ceil(len(result.articles) / max(1, settings.articles_per_task)))
    return {
        "date": day.isoformat(),
        "articles": len(result.articles),
        "rejects": len(result.rejects),
        "duplicates": result.duplicates,
        "files": result.files_scanned,
        "batches": batches,
    }


def extract_step(settings: Settings, day: date, batch: int = 0, batches: int = 1) -> dict[str, Any]:
    """Extract batch ``batch`` of ``batches`` of ``day``'s staged articles into staged tables.

    Re-running a batch overwrites its own files only, so retries and mapped tasks are idempotent.
    """
    from pipeline.extract import extract_articles

    lake = Lake(settings.lake)
    rows = sorted(lake.read_staged(day, "articles").to_pylist(), key=lambda r: r["article_id"])
    mine = [article_from_row(r) for r in rows[batch::batches]]
    started = time.perf_counter()
    extractions: list[Extraction] = []
    rejects: list[Reject] = []
    for done, result in enumerate(
        extract_articles(mine, model=settings.spacy_model, batch_size=settings.batch_size), start=1
    ):
        (rejects if isinstance(result, Reject) else extractions).append(result)
        if done % 100 == 0:
            log.info("extract %s batch %d/%d: %d/%d articles", day, batch + 1, batches, done, len(mine))
    tables = rows_by_table(extractions)
    name = f"batch-{batch:05d}"
    counts = {table: lake.stage(day, table, name, tables[table]) for table in EXTRACTED_TABLES}
    counts["rejects"] = lake.stage(day, "rejects", f"extract-{batch:05d}", [reject_row(r) for r in rejects])
    seconds = time.perf_counter() - started
    log.info("extract %s batch %d/%d: %d articles in %.1f s (%s)", day, batch + 1, batches, len(mine), seconds, counts)
    return {"date": day.isoformat(), "batch": batch, "articles": len(mine), **counts}


def publish_step(settings: Settings, day: date) -> dict[str, int]:
    """Cluster the day's events and swap every table's staged rows into the lake partition."""
    lake = Lake(settings.lake)
    if not lake.fs.exists(lake.staging_path(day, "articles")):
        raise TerminalError(f"nothing staged for {day}: run the ingest and extract steps first")
    tables = {table: lake.read_staged(day, table) for table in TABLES}
    tables["events"] = with_cluster_ids(tables["events"], tables["articles"])
    counts = lake.publish(day, tables)
    lake.reset_staging(day)
    return counts


def with_cluster_ids(events: pa.Table, articles: pa.Table) -> pa.Table:
    """``events`` with ``event_cluster_id`` filled by cross-article clustering."""
    from pipeline.extract.events.clustering import cluster_events
    from pipeline.records import Actor, Event, Location, Sentence, Span

    if events.num_rows == 0:
        return events
    sources = dict(zip(articles.column("article_id").to_pylist(), articles.column("source").to_pylist(), strict=True))
    reports = []
    for r in events.to_pylist():
        event = Event(
            type=r["type"],
            trigger=Span(r["trigger_start"], r["trigger_end"], r["trigger_text"]),
            actor1=Actor(r["actor1_text"], r["actor1_country"], r["actor1_kind"]),
            actor2=Actor(r["actor2_text"], r["actor2_country"], r["actor2_kind"])
            if r["actor2_text"] or r["actor2_country"] else None,
            location=Location(r["location_text"], r["location_country"]) if r["location_text"] else None,
            date=r["event_date"], precision=r["precision"], date_text=r["date_text"],
            modality=r["modality"], sentence=Sentence(r["sentence_start"], r["sentence_end"]),
        )
        reports.append((r["article_id"], sources.get(r["article_id"]), event))
    ids = cluster_events(reports)
    index = events.schema.get_field_index("event_cluster_id")
    return events.set_column(index, events.schema.field(index), pa.array(ids, pa.string()))


def load_step(settings: Settings, day: date) -> dict[str, int]:
    """Load ``day``'s lake partitions into the warehouse (one transaction, replaces the day)."""
    from pipeline.warehouse import load_day

    return load_day(settings.warehouse, Lake(settings.lake), day)


def check_step(settings: Settings, day: date) -> dict[str, int]:
    """Verify the warehouse holds exactly the lake's rows for ``day`` and no duplicate ids."""
    from pipeline.warehouse import day_counts, duplicate_ids

    lake = Lake(settings.lake)
    in_lake = {table: lake.read_partition(table, day).num_rows for table in TABLES}
    in_warehouse = day_counts(settings.warehouse, day)
    if in_lake != in_warehouse:
        raise TerminalError(f"warehouse rows {in_warehouse} differ from lake rows {in_lake} for {day}")
    duplicated = {t: n for t, n in duplicate_ids(settings.warehouse, day).items() if n}
    if duplicated:
        raise TerminalError(f"duplicate ids for {day}: {duplicated}")
    return in_warehouse


def run_day(settings: Settings, day: date) -> dict[str, Any]:
    """The whole day without Airflow: the same steps the DAG runs, in order."""
    ingested = ingest_step(settings, day)
    for batch in range(ingested["batches"]):
        extract_step(settings, day, batch, ingested["batches"])
    publish_step(settings, day)
    load_step(settings, day)
    return {"ingest": ingested, "rows": check_step(settings, day)}
