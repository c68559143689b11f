"""The DuckDB warehouse: apply ``sql/`` in order, load one day's partitions in one transaction."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from pipeline.errors import ConfigurationError, TerminalError, TransientError
from pipeline.lake import Lake
from pipeline.schema import PARTITION_COLUMN, TABLES
from pipeline.settings import REPO_ROOT

log = logging.getLogger(__name__)

SQL_DIR = REPO_ROOT / "sql"
# Layers applied in this order; files inside a layer in name order. Queries are run on demand.
LAYERS = ("schema", "views")


@contextlib.contextmanager
def connect(path: str, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the warehouse file; a lock held by another writer is a ``TransientError``."""
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        raise TransientError(f"cannot open warehouse {path}: {exc}") from exc
    try:
        yield con
    finally:
        con.close()


def sql_files(layer: str, sql_dir: Path = SQL_DIR) -> list[Path]:
    """The ``.sql`` files of one layer, in the order they are applied."""
    return sorted((sql_dir / layer).glob("*.sql"))


def apply_sql(con: duckdb.DuckDBPyConnection, sql_dir: Path = SQL_DIR) -> None:
    """Create tables (``sql/schema``) and (re)create views (``sql/views``); safe to run again."""
    for layer in LAYERS:
        for path in sql_files(layer, sql_dir):
            try:
                con.execute(path.read_text(encoding="utf-8"))
            except duckdb.Error as exc:
                raise ConfigurationError(f"{path}: {exc}") from exc


def load_day(warehouse: str, lake: Lake, day: date) -> dict[str, int]:
    """Replace ``day``'s rows of every table by the lake's partitions, atomically.

    One transaction deletes the day's rows and inserts the partition files, so a reader sees the
    old day or the new day, and a re-run leaves identical tables.
    """
    from pipeline.objectstore import configure_duckdb

    counts: dict[str, int] = {}
    with connect(warehouse) as con:
        apply_sql(con)
        configure_duckdb(con, lake.root)  # an s3:// lake needs httpfs and a secret; no-op when local
        con.begin()
        try:
            for table, schema in TABLES.items():
                con.execute(f"DELETE FROM {table} WHERE {PARTITION_COLUMN} = ?", [day])
                folder = lake.partition_path(table, day)
                if lake.fs.exists(folder) and any(p.endswith(".parquet") for p in lake.fs.find(folder)):
                    columns = ", ".join(f'"{name}"' for name in schema.names)
                    # Table and column names come from schema.py, never from input; values are bound.
                    con.execute(
                        f"INSERT INTO {table} BY NAME SELECT {columns}, ?::DATE AS {PARTITION_COLUMN} "
                        "FROM read_parquet(?)",
                        [day, lake.url(folder) + "/*.parquet"],
                    )
                counts[table] = con.execute(
                    f"SELECT count(*) FROM {table} WHERE {PARTITION_COLUMN} = ?", [day]
                ).fetchone()[0]
            con.commit()
        except duckdb.Error as exc:
            con.rollback()
            raise TerminalError(f"loading {day} into {warehouse} failed: {exc}") from exc
    log.info("loaded %s into %s: %s", day, warehouse, counts)
    return counts


def day_counts(warehouse: str, day: date) -> dict[str, int]:
    """Rows per table for ``day`` in the warehouse."""
    with connect(warehouse, read_only=True) as con:
        return {
            table: con.execute(f"SELECT count(*) FROM {table} WHERE {PARTITION_COLUMN} = ?", [day]).fetchone()[0]
            for table in TABLES
        }


def duplicate_ids(warehouse: str, day: date) -> dict[str, int]:
    """Ids that occur more than once in ``day``'s rows, per table (should be all zero)."""
    ids = {"articles": "article_id", "timexes": "timex_id", "figures": "figure_id",
           "entities": "entity_id", "events": "event_id", "rejects": "reject_id"}
    with connect(warehouse, read_only=True) as con:
        return {
            table: con.execute(
                f"SELECT count(*) - count(DISTINCT {column}) FROM {table} WHERE {PARTITION_COLUMN} = ?", [day]
            ).fetchone()[0]
            for table, column in ids.items()
        }


def query(warehouse: str, sql: str, params: dict[str, Any] | list[Any] | None = None):
    """Run one read-only statement; returns (column names, rows)."""
    if warehouse != ":memory:" and not Path(warehouse).exists():
        raise ConfigurationError(f"warehouse {warehouse} does not exist yet: run `python -m pipeline run` first")
    with connect(warehouse, read_only=warehouse != ":memory:") as con:
        try:
            cursor = con.execute(sql, params or [])
        except duckdb.Error as exc:
            raise ConfigurationError(f"query failed: {exc}") from exc
        return [d[0] for d in cursor.description or []], cursor.fetchall()
