"""The scaled-out Airflow on this machine's PostgreSQL and Redis: CeleryExecutor, a scheduler, a
dag-processor, an API server and one Celery worker as real processes.  A 3-day backfill created
over REST gives exactly the tables a clean CLI run gives; the same backfill again with
``reprocess_behavior=completed`` re-runs every day and changes nothing.
"""

from __future__ import annotations

import os
import uuid

import pytest

from tests.integration.conftest import (
    AIRFLOW,
    BACKFILL_DAYS,
    BACKFILL_FIRST,
    BACKFILL_LAST,
    DAG_ID,
    AirflowApi,
    ProcessGroup,
    assert_runs_succeeded,
    base_env,
    differences,
    free_port,
    run_checked,
    snapshot,
    tail,
    task_logs_tail,
    wait_backfill,
    wait_for,
)

pytestmark = pytest.mark.integration

PG = {"host": "127.0.0.1", "port": 5432, "user": os.environ.get("CI_PGUSER", "postgres")}
REDIS = ("127.0.0.1", 6379)


def _services_up() -> str | None:
    import socket

    for host, port in ((PG["host"], PG["port"]), REDIS):
        try:
            socket.create_connection((host, port), timeout=2).close()
        except OSError:
            return f"nothing listens on {host}:{port} (run scripts/ci_services.sh)"
    return None


@pytest.fixture(scope="module")
def postgres_db():
    """A fresh PostgreSQL database for Airflow's metadata, dropped afterwards."""
    reason = _services_up()
    if reason:
        pytest.skip(reason)
    import psycopg2

    name = f"airflow_ci_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(dbname="postgres", **PG)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"postgresql+psycopg2://{PG['user']}@{PG['host']}:{PG['port']}/{name}"
    finally:
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="module")
def celery_airflow(postgres_db, tmp_path_factory):
    """Airflow with CeleryExecutor: api-server, scheduler, dag-processor, one worker; torn down always."""
    home = tmp_path_factory.mktemp("airflow-celery")
    port = free_port()
    queue = f"ci_{uuid.uuid4().hex[:8]}"  # our own queue: other Airflows on this Redis cannot take our tasks
    env = base_env(home / "home", port, home / "scratch")
    env.update({
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": postgres_db,
        "AIRFLOW__CELERY__BROKER_URL": f"redis://{REDIS[0]}:{REDIS[1]}/0",
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + postgres_db,
        # Same task slots as the local standalone (parallelism 2 x cores, at least 4): comparable timings.
        "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(max(4, 2 * (os.cpu_count() or 2))),
        "AIRFLOW__OPERATORS__DEFAULT_QUEUE": queue,
        "AIRFLOW__CORE__PARALLELISM": "8",
    })
    run_checked([AIRFLOW, "db", "migrate"], env)
    run_checked([AIRFLOW, "pools", "set", "duckdb_writer", "1", "one DuckDB writer at a time"], env)
    logs = home / "components"
    logs.mkdir()
    components = [
        ProcessGroup("api-server", [AIRFLOW, "api-server"], env, logs / "api-server.log"),
        ProcessGroup("scheduler", [AIRFLOW, "scheduler"], env, logs / "scheduler.log"),
        ProcessGroup("dag-processor", [AIRFLOW, "dag-processor"], env, logs / "dag-processor.log"),
        ProcessGroup("celery-worker", [AIRFLOW, "celery", "worker", "--queues", queue,
                                       "--concurrency", env["AIRFLOW__CELERY__WORKER_CONCURRENCY"]],
                     env, logs / "celery-worker.log"),
    ]
    api = AirflowApi(f"http://127.0.0.1:{port}")

    def explain() -> str:
        parts = [f"=== {c.name} ({'alive' if c.alive() else 'DEAD'}) {c.log}\n{tail(c.log, 25)}" for c in components]
        return "\n".join(parts) + "\n=== task logs\n" + task_logs_tail(home / "home")

    try:
        for component in components:
            component.start()
        waited = wait_for("the API server, scheduler and DAGs to be ready",
                          lambda: api.healthy() and api.dag_ready(DAG_ID) and api.dag_ready("refresh_analyst_views"),
                          timeout=240, interval=3, explain=explain, dead=components)
        print(f"\ncelery airflow ready in {waited:.0f}s on {api.url}")
        yield api, home, explain
    finally:
        for component in reversed(components):
            component.stop()


def test_celery_backfill_matches_a_clean_run_and_reprocessing_changes_nothing(celery_airflow, clean_snapshot,
                                                                                tmp_path):
    api, home, explain = celery_airflow
    conf = {"lake": str(tmp_path / "lake"), "warehouse": str(tmp_path / "warehouse.duckdb")}
    api.unpause("refresh_analyst_views")
    first = api.backfill(DAG_ID, BACKFILL_FIRST, BACKFILL_LAST, conf)
    # Backfill runs stay queued while the DAG is paused. Unpausing after creating the backfill
    # leaves the scheduler alone writing the runs (no race with the API creating them).
    api.unpause(DAG_ID)
    seconds, runs = wait_backfill(api, first, timeout=420, explain=explain)
    print(f"\nBENCH celery backfill {BACKFILL_FIRST}..{BACKFILL_LAST} (3 days, 1 worker): {seconds:.1f} s")
    assert_runs_succeeded(api, runs, explain)
    after_first = snapshot(conf["warehouse"])
    assert after_first == clean_snapshot, (
        f"backfill tables differ from a clean run:\n{differences(after_first, clean_snapshot)}")

    again = api.backfill(DAG_ID, BACKFILL_FIRST, BACKFILL_LAST, conf, reprocess="completed")
    seconds, runs = wait_backfill(api, again, timeout=420, explain=explain)
    print(f"BENCH celery backfill again, reprocess_behavior=completed: {seconds:.1f} s")
    assert_runs_succeeded(api, runs, explain)
    assert all(r.get("backfill_id") in (None, again["id"]) for r in runs), runs
    after_again = snapshot(conf["warehouse"])
    assert after_again == after_first, (
        f"reprocessing the backfill changed the tables:\n{differences(after_again, after_first)}")
    assert snapshot(conf["warehouse"], BACKFILL_DAYS) == after_first

    # The warehouse Asset scheduled the analyst-views refresh (lineage: load -> news_warehouse -> refresh).
    wait_for("refresh_analyst_views to run after the warehouse Asset was updated",
             lambda: any(r["state"] == "success" for r in api.dag_runs("refresh_analyst_views")),
             timeout=180, interval=3, explain=explain)
    refreshes = api.dag_runs("refresh_analyst_views")
    assert all(r["state"] in ("success", "running", "queued") for r in refreshes), refreshes
    assert {r["run_type"] for r in refreshes} == {"asset_triggered"}
