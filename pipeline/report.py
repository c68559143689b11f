"""Plain-text output for the CLI: tables and a day's extraction summary."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from pipeline.settings import Settings


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> None:
    """Print rows as an aligned text table (long cells are cut with an ellipsis)."""

    def cell(value: Any) -> str:
        text = "" if value is None else str(value).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


_DETAILS = {
    "time expressions": "SELECT text, type, value, mod FROM timexes WHERE published_date = ? "
    "ORDER BY article_id, start_char",
    "figures": "SELECT text, kind, value, unit, approximate, period, subject, parties FROM figures "
    "WHERE published_date = ? ORDER BY article_id, start_char",
    "entities": "SELECT name, type, country, count(*) AS mentions FROM entities WHERE published_date = ? "
    "GROUP BY ALL ORDER BY min(article_id), min(start_char)",
    "events": "SELECT type, trigger_text, actor1_country AS a1, actor2_country AS a2, location_text AS location, "
    "event_date, precision, modality FROM events WHERE published_date = ? ORDER BY article_id, trigger_start",
    "rejects": "SELECT stage, source_path, line, reason FROM rejects WHERE published_date = ? "
    "ORDER BY source_path, line",
}


def print_day(settings: Settings, day: date, ingest: dict[str, Any] | None = None, details: bool = True) -> None:
    """Print what the warehouse holds for ``day``: row counts, then (optionally) the rows themselves."""
    from pipeline.warehouse import day_counts, query

    if ingest:
        print(f"== {day}: {ingest['articles']} article(s) from {ingest['files']} file(s), "
              f"{ingest['rejects']} reject(s), {ingest['duplicates']} duplicate(s)")
    else:
        print(f"== {day}")
    print("   rows: " + ", ".join(f"{t}={n}" for t, n in day_counts(settings.warehouse, day).items()))
    if not details:
        return
    for title, sql in _DETAILS.items():
        columns, rows = query(settings.warehouse, sql, [day])
        if rows:
            print(f"\n-- {title}")
            print_table(columns, rows)
    print(f"\nwarehouse: {settings.warehouse}   lake: {settings.lake}")
