"""The DAG imports cleanly, does no work at parse time, and pipeline/ never imports Airflow."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

from tests.conftest import REPO_ROOT

HEAVY = ["spacy", "duckdb", "pyarrow", "pipeline.extract", "pipeline.run", "pipeline.warehouse", "pandas"]


def test_dag_parses_without_importing_heavy_modules():
    probe = (
        "import sys, json, runpy; runpy.run_path('dags/news_events_daily.py'); "
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO_ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_dagbag_has_the_daily_dag_with_the_expected_shape():
    from airflow.dag_processing.dagbag import DagBag
    from airflow.sdk import CronDataIntervalTimetable

    bag = DagBag(dag_folder=str(REPO_ROOT / "dags"))
    assert bag.import_errors == {}
    dag = bag.dags["news_events_daily"]
    assert isinstance(dag.timetable, CronDataIntervalTimetable)
    assert dag.catchup is False
    assert set(dag.task_ids) == {"ingest", "plan_batches", "extract", "publish", "load", "check"}
    assert dag.get_task("load").pool == "duckdb_writer"
    assert dag.get_task("extract").downstream_task_ids == {"publish"}
    assert dag.get_task("load").downstream_task_ids == {"check"}


def test_pipeline_package_never_imports_airflow():
    offenders = []
    for path in (REPO_ROOT / "pipeline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO_ROOT)}: {n}" for n in names if n.split(".")[0] == "airflow"]
    assert offenders == []


def test_both_dags_name_the_same_warehouse_asset_pool_and_retry_rule():
    # Airflow 3 does not put the DAG folder on sys.path, so each DAG file defines these itself;
    # this keeps the copies equal (a renamed Asset would silently cut the lineage).
    import runpy

    daily = runpy.run_path(str(REPO_ROOT / "dags" / "news_events_daily.py"))
    refresh = runpy.run_path(str(REPO_ROOT / "dags" / "refresh_analyst_views.py"))
    assert daily["WAREHOUSE_ASSET"] == refresh["WAREHOUSE_ASSET"]
    assert daily["WAREHOUSE_POOL"] == refresh["WAREHOUSE_POOL"] == "duckdb_writer"
    assert [r.exception for r in daily["RETRY_POLICY"].rules] == [r.exception for r in refresh["RETRY_POLICY"].rules]
