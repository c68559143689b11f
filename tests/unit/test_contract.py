"""The extraction contract CLI: one output line per input line, same order, bad lines as errors."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import REPO_ROOT


def test_extract_cli_keeps_order_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "good-1", "text": "Prices rose 3 pct in March, the ministry said.",
                    "published_at": "1987-04-09T07:21:50"}),
        "{this is not json",
        json.dumps({"id": "no-date", "text": "Text without a date."}),
        json.dumps({"id": "bad-date", "text": "x", "published_at": "yesterday"}),
        json.dumps({"id": "good-2", "text": "Nothing here.", "published_at": "1987-04-09"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(source), "-o", str(out)],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r.get("id") for r in results] == ["good-1", None, "no-date", "bad-date", "good-2"]
    assert [("error" in r) for r in results] == [False, True, True, True, False]
    assert "missing required field(s): published_at" in results[2]["error"]
    assert "not an ISO 8601" in results[3]["error"]
    for key in ("timexes", "figures", "entities", "events"):
        assert isinstance(results[0][key], list)
    assert "in.jsonl:2" in done.stderr and "3 line(s) had errors" in done.stderr
