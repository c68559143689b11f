"""The daily DAG run in-process (``dag.test()``) for the seed day, then the warehouse queried; a
second run of the same day leaves identical tables."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime

import duckdb
import pytest

from pipeline.schema import TABLES
from tests.conftest import REPO_ROOT, SEEDS

pytestmark = pytest.mark.integration


def _snapshot(warehouse: str) -> dict[str, list]:
    with duckdb.connect(warehouse, read_only=True) as con:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}


@pytest.fixture(scope="module")
def airflow_db():
    """A migrated Airflow metadata DB (SQLite in the tests' AIRFLOW_HOME) with the writer pool."""
    airflow = [sys.executable, "-m", "airflow"]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    for command in (["db", "migrate"], ["pools", "set", "duckdb_writer", "1", "single DuckDB writer"]):
        done = subprocess.run(airflow + command, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-3000:]


def test_dag_run_fills_the_warehouse_and_a_rerun_changes_nothing(airflow_db, tmp_path):
    from airflow.dag_processing.dagbag import DagBag

    dag = DagBag(dag_folder=str(REPO_ROOT / "dags")).dags["news_events_daily"]
    conf = {"source": str(SEEDS), "lake": str(tmp_path / "lake"), "warehouse": str(tmp_path / "w.duckdb")}

    first_run = dag.test(logical_date=datetime(2024, 2, 20, tzinfo=UTC), run_conf=conf)
    assert first_run.state == "success"
    first = _snapshot(conf["warehouse"])
    with duckdb.connect(conf["warehouse"], read_only=True) as con:
        articles = con.execute("SELECT article_id, published_date FROM articles").fetchall()
        timexes = con.execute("SELECT count(*) FROM timexes").fetchone()[0]
        figure = con.execute("SELECT unit, period FROM figures_detailed WHERE value = 450000000").fetchall()
    assert [a[0] for a in articles] == ["afp-2024-02-20-lavrov-havana"]
    assert str(articles[0][1]) == "2024-02-20"
    assert timexes > 0 and figure == [("USD", "2022")]

    second_run = dag.test(logical_date=datetime(2024, 2, 20, 12, tzinfo=UTC), run_conf=conf)
    assert second_run.state == "success"
    assert _snapshot(conf["warehouse"]) == first
