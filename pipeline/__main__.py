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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract timexes, figures, entities and events (contract.md)")
    p.add_argument("input", help="JSON Lines, one article per line (id, text, published_at)")
    p.add_argument("-o", "--output", default="-", help="output JSON Lines (default: stdout)")
    p.add_argument("--model", default=None, help="spaCy model name (default: settings)")
    p.set_defaults(func=_cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
