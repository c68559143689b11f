"""The Parquet lake: stage a day's tables aside, then swap each table's partition in.

Layout under the lake root (a local folder or an fsspec URL)::

    <table>/published_date=YYYY-MM-DD/part-0.parquet       what readers see
    _staging/published_date=YYYY-MM-DD/<table>/*.parquet   a run's work in progress

A run writes only into its day's staging folder; ``publish`` then replaces each table's partition
for that day by renaming (write aside, then swap), so a re-run replaces exactly that day and never
duplicates rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import TransientError
from pipeline.records import Article, Extraction, Reject
from pipeline.schema import PARTITION_COLUMN, TABLES
from pipeline.timevalues import value_range


class Lake:
    """A lake root and the few operations runs need on it."""

    def __init__(self, root: str):
        self.root = root.rstrip("/")
        self.fs, self._path = fsspec.core.url_to_fs(self.root)

    # -- paths -------------------------------------------------------------------------------
    def partition_path(self, table: str, day: date) -> str:
        return f"{self._path}/{table}/{PARTITION_COLUMN}={day.isoformat()}"

    def staging_path(self, day: date, table: str | None = None) -> str:
        base = f"{self._path}/_staging/{PARTITION_COLUMN}={day.isoformat()}"
        return f"{base}/{table}" if table else base

    def url(self, path: str) -> str:
        """``path`` as a URL that DuckDB can read (local paths stay plain)."""
        protocol = self.fs.protocol if isinstance(self.fs.protocol, str) else self.fs.protocol[0]
        return path if self.is_local else f"{protocol}://{path}"

    # -- staging -----------------------------------------------------------------------------
    def reset_staging(self, day: date) -> None:
        """Forget any earlier attempt's staged files for ``day`` (re-runs start clean)."""
        path = self.staging_path(day)
        if self.fs.exists(path):
            self.fs.rm(path, recursive=True)

    def stage(self, day: date, table: str, name: str, rows: Sequence[dict[str, Any]]) -> int:
        """Write ``rows`` as ``<staging>/<table>/<name>.parquet`` (replacing that file); returns the count."""
        folder = self.staging_path(day, table)
        self.fs.makedirs(folder, exist_ok=True)
        write_parquet(self.fs, f"{folder}/{name}.parquet", rows, TABLES[table])
        return len(rows)

    def read_staged(self, day: date, table: str) -> pa.Table:
        """Every staged file of ``table`` for ``day`` as one table (empty if none)."""
        return _read_folder(self.fs, self.staging_path(day, table), TABLES[table])

    def read_partition(self, table: str, day: date) -> pa.Table:
        """The published partition of ``table`` for ``day`` (empty if none)."""
        return _read_folder(self.fs, self.partition_path(table, day), TABLES[table])

    # -- publish -----------------------------------------------------------------------------
    def publish(self, day: date, tables: dict[str, pa.Table]) -> dict[str, int]:
        """Replace ``day``'s partition of each table by the given rows; returns row counts.

        On a file system each table is written complete under a temporary name beside its partition
        and swapped in by renames, so readers see the old partition or the new one, never a
        half-written file.  Object stores have no rename: the new file is written under a fresh name
        inside the partition, then the old files are deleted (a reader in between may see both).
        """
        token = uuid.uuid4().hex[:12]
        counts: dict[str, int] = {}
        for table, data in tables.items():
            try:
                if self.is_local:
                    self._swap_folder(table, day, data.cast(TABLES[table]), token)
                else:
                    self._replace_objects(table, day, data.cast(TABLES[table]), token)
            except OSError as exc:
                raise TransientError(f"cannot publish {table} for {day}: {exc}") from exc
            counts[table] = data.num_rows
        return counts

    @property
    def is_local(self) -> bool:
        protocol = self.fs.protocol if isinstance(self.fs.protocol, str) else self.fs.protocol[0]
        return protocol in ("file", "local")

    def _swap_folder(self, table: str, day: date, data: pa.Table, token: str) -> None:
        final = self.partition_path(table, day)
        parent = final.rsplit("/", 1)[0]
        fresh = f"{parent}/.incoming-{token}-{PARTITION_COLUMN}={day.isoformat()}"
        old = f"{parent}/.replaced-{token}-{PARTITION_COLUMN}={day.isoformat()}"
        self.fs.makedirs(fresh, exist_ok=True)
        pq.write_table(data, f"{fresh}/part-0.parquet", filesystem=self.fs)
        if self.fs.exists(final):
            self.fs.mv(final, old, recursive=True)
        self.fs.mv(fresh, final, recursive=True)
        if self.fs.exists(old):
            self.fs.rm(old, recursive=True)

    def _replace_objects(self, table: str, day: date, data: pa.Table, token: str) -> None:
        final = self.partition_path(table, day)
        stale = self.fs.find(final) if self.fs.exists(final) else []
        pq.write_table(data, f"{final}/part-{token}.parquet", filesystem=self.fs)
        for path in stale:
            self.fs.rm(path)


def write_parquet(fs, path: str, rows: Sequence[dict[str, Any]], schema: pa.Schema) -> None:
    """Write ``rows`` with exactly ``schema`` (an empty list still writes a typed, empty file)."""
    table = pa.Table.from_pylist(list(rows), schema=schema)
    try:
        pq.write_table(table, path, filesystem=fs)
    except OSError as exc:
        raise TransientError(f"cannot write {path}: {exc}") from exc


def _read_folder(fs, folder: str, schema: pa.Schema) -> pa.Table:
    if not fs.exists(folder):
        return schema.empty_table()
    files = sorted(p for p in fs.find(folder) if p.endswith(".parquet"))
    if not files:
        return schema.empty_table()
    return pa.concat_tables([pq.read_table(p, filesystem=fs, schema=schema) for p in files])


# -- records <-> rows ------------------------------------------------------------------------

def article_row(article: Article) -> dict[str, Any]:
    offset = article.published_at.utcoffset()
    return {
        "article_id": article.article_id,
        "published_at": article.published_at,
        "dct": article.published_at.date(),
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "language": article.language,
        "dateline": article.dateline,
        "source_path": article.source_path,
        "text_hash": article.text_hash,
        "utc_offset_minutes": int(offset.total_seconds() // 60) if offset else 0,
        "text": article.text,
    }


def article_from_row(row: dict[str, Any]) -> Article:
    """Rebuild the ``Article`` (publication time in its own zone, the extraction anchor)."""
    from datetime import timedelta, timezone

    zone = timezone(timedelta(minutes=row["utc_offset_minutes"]))
    return Article(
        article_id=row["article_id"],
        text=row["text"],
        published_at=row["published_at"].astimezone(zone),
        title=row["title"],
        url=row["url"],
        source=row["source"],
        language=row["language"],
        dateline=row["dateline"],
        source_path=row["source_path"],
        text_hash=row["text_hash"],
    )


def reject_row(reject: Reject) -> dict[str, Any]:
    import hashlib

    basis = f"{reject.stage}|{reject.source_path}|{reject.line}|{reject.article_id}|{reject.reason}"
    return {
        "reject_id": hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16],
        "stage": reject.stage,
        "source_path": reject.source_path,
        "line": reject.line,
        "article_id": reject.article_id,
        "reason": reject.reason,
    }


def extraction_rows(extraction: Extraction) -> dict[str, list[dict[str, Any]]]:
    """One extraction as rows of the timexes, figures, entities and events tables."""
    aid = extraction.article_id
    sentences = extraction.sentences

    def sentence(offset: int) -> tuple[int | None, int | None]:
        for s in sentences:
            if s.start <= offset < s.end:
                return s.start, s.end
        return None, None

    def span(i: int, prefix: str, record: Any) -> dict[str, Any]:
        s_start, s_end = sentence(record.start)
        return {
            f"{prefix}_id": f"{aid}:{prefix[0]}{i}",
            "article_id": aid,
            "start_char": record.start,
            "end_char": record.end,
            "text": record.text,
            "sentence_start": s_start,
            "sentence_end": s_end,
        }

    timexes = [
        span(i, "timex", t) | {"type": t.type, "value": t.value, "mod": t.mod, "range_start": t.range_start,
                               "range_end": t.range_end, "granularity": t.granularity}
        for i, t in enumerate(extraction.timexes)
    ]
    figures = []
    for i, f in enumerate(extraction.figures):
        p_start, p_end = value_range(f.period)
        figures.append(span(i, "figure", f) | {
            "kind": f.kind, "value": float(f.value), "unit": f.unit, "approximate": f.approximate,
            "bound": f.bound, "per": f.per, "low": f.low, "high": f.high, "period": f.period,
            "period_text": f.period_text, "period_start": p_start, "period_end": p_end,
            "baseline_period": f.baseline_period, "subject": f.subject, "parties": list(f.parties),
            "modality": f.modality,
        })
    entities = [
        span(i, "entity", e) | {"type": e.type, "name": e.name, "country": e.country, "kind": e.kind}
        for i, e in enumerate(extraction.entities)
    ]
    events = []
    for i, e in enumerate(extraction.events):
        d_start, d_end = value_range(e.date)
        a1, a2 = e.actor1, e.actor2
        events.append({
            "event_id": f"{aid}:v{i}", "event_cluster_id": None, "article_id": aid, "type": e.type,
            "trigger_start": e.trigger.start, "trigger_end": e.trigger.end, "trigger_text": e.trigger.text,
            "actor1_text": a1.text if a1 else None, "actor1_country": a1.country if a1 else None,
            "actor1_kind": a1.kind if a1 else None,
            "actor2_text": a2.text if a2 else None, "actor2_country": a2.country if a2 else None,
            "actor2_kind": a2.kind if a2 else None,
            "location_text": e.location.text if e.location else None,
            "location_country": e.location.country if e.location else None,
            "event_date": e.date, "date_start": d_start, "date_end": d_end, "precision": e.precision,
            "date_text": e.date_text, "modality": e.modality,
            "sentence_start": e.sentence.start, "sentence_end": e.sentence.end,
        })
    return {"timexes": timexes, "figures": figures, "entities": entities, "events": events}


def rows_by_table(extractions: Iterable[Extraction]) -> dict[str, list[dict[str, Any]]]:
    """Rows of every extracted table for many extractions."""
    out: dict[str, list[dict[str, Any]]] = {"timexes": [], "figures": [], "entities": [], "events": []}
    for extraction in extractions:
        for table, rows in extraction_rows(extraction).items():
            out[table].extend(rows)
    return out
