"""Command line: ``python -m pipeline {extract,run,query}`` (argument parsing only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _cmd_extract(args: argparse.Namespace) -> int:
    from pipeline.extract.contract import run_contract

    with open(args.output, "w", encoding="utf-8") if args.output != "-" else sys.stdout as out:
        errors = run_contract(Path(args.input), out, model=args.model)
    if errors:
        print(f"{errors} line(s) had errors (see above and the 'error' fields)", file=sys.stderr)
    return 0


def _settings(args: argparse.Namespace):
    from dataclasses import replace

    from pipeline.settings import Settings

    settings = Settings.from_env()
    overrides = {k: getattr(args, k) for k in ("source", "lake", "warehouse") if getattr(args, k, None)}
    if getattr(args, "model", None):
        overrides["spacy_model"] = args.model
    return replace(settings, **overrides)


def _parse_day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _cmd_run(args: argparse.Namespace) -> int:
    import logging
    from datetime import timedelta

    from pipeline.report import print_day
    from pipeline.run import run_day

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s")
    settings = _settings(args)
    end = args.end or args.date
    if end < args.date:
        print(f"--end {end} is before --date {args.date}", file=sys.stderr)
        return 2
    day = args.date
    while day <= end:
        summary = run_day(settings, day)
        print_day(settings, day, summary["ingest"], details=not args.quiet)
        day += timedelta(days=1)
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from pipeline.report import print_day

    print_day(_settings(args), args.date, details=True)
    return 0


def _cmd_query(args: argparse.Namespace) -> int:
    from pipeline.report import print_table
    from pipeline.warehouse import query

    sql = Path(args.sql).read_text(encoding="utf-8") if args.sql.endswith(".sql") else args.sql
    params = dict(p.split("=", 1) for p in args.param)
    columns, rows = query(_settings(args).warehouse, sql, params or None)
    print_table(columns, rows)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract timexes, figures, entities and events (contract.md)")
    p.add_argument("input", help="JSON Lines, one article per line (id, text, published_at)")
    p.add_argument("-o", "--output", default="-", help="output JSON Lines (default: stdout)")
    p.add_argument("--model", default=None, help="spaCy model name (default: settings)")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("run", help="run the daily job for a date (or a range) without Airflow")
    p.add_argument("--date", type=_parse_day, required=True, help="the day to process, YYYY-MM-DD")
    p.add_argument("--end", type=_parse_day, default=None, help="last day of a range (inclusive)")
    p.add_argument("--source", help="source folder or fsspec URL (default: seeds/)")
    p.add_argument("--lake", help="Parquet lake folder (default: data/lake)")
    p.add_argument("--warehouse", help="DuckDB file (default: data/warehouse.duckdb)")
    p.add_argument("--model", default=None, help="spaCy model name")
    p.add_argument("-q", "--quiet", action="store_true", help="print only row counts")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress")
    p.set_defaults(func=_cmd_run)

    p = sub.add_parser("show", help="print what the warehouse holds for a date")
    p.add_argument("--date", type=_parse_day, required=True, help="the day, YYYY-MM-DD")
    p.add_argument("--warehouse", help="DuckDB file (default: data/warehouse.duckdb)")
    p.set_defaults(func=_cmd_show)

    p = sub.add_parser("query", help="run SQL (or a .sql file) on the warehouse and print a table")
    p.add_argument("sql", help="a SQL statement or a path to a .sql file (e.g. sql/queries/...)")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a named parameter ($NAME in the SQL)")
    p.add_argument("--warehouse", help="DuckDB file (default: data/warehouse.duckdb)")
    p.set_defaults(func=_cmd_query)
    return parser


def main(argv: list[str] | None = None) -> int:
    from pipeline.errors import PipelineError

    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
