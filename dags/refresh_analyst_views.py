"""refresh_analyst_views: re-apply the analyst views (sql/views) whenever the warehouse is updated.

Scheduled on the ``news_warehouse`` Asset that news_events_daily's ``load`` task updates, so the
UI's Assets view shows the lineage news_lake_* -> news_warehouse -> this DAG.  Wiring only: the work
is ``pipeline.warehouse.apply_sql`` (imported inside the task), under the ``duckdb_writer`` pool
(DuckDB allows one writer per file).

Which warehouse: the ``warehouse`` conf of the runs that updated the Asset (a backfill or manual run
may point elsewhere), else the ``warehouse`` param, else the settings (``PIPELINE_WAREHOUSE``).
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Asset, ExceptionRetryPolicy, Param, RetryAction, RetryRule, dag, task

WAREHOUSE_POOL = "duckdb_writer"
# The same Asset (name and URI) news_events_daily's load task declares as its outlet.
WAREHOUSE_ASSET = Asset("news_warehouse", uri="file:///news-warehouse/tables")

RETRY_POLICY = ExceptionRetryPolicy(
    rules=[RetryRule(exception="pipeline.errors.TransientError", action=RetryAction.RETRY)],
    default=RetryAction.FAIL,
)


def _warehouses(context) -> list[str]:
    """The warehouse files to refresh for this run (see the module docstring)."""
    found: list[str] = []
    events = context.get("triggering_asset_events") or {}
    for asset_events in events.values():
        for event in asset_events:
            try:
                run = event.source_dag_run
                conf = (run.conf if run is not None else None) or {}
            except Exception:  # the source run may be gone; fall back to the defaults below
                conf = {}
            if conf.get("warehouse") and conf["warehouse"] not in found:
                found.append(conf["warehouse"])
    if not found:
        from pipeline.settings import Settings

        found.append(context["params"].get("warehouse") or Settings.from_env().warehouse)
    return found


@dag(
    dag_id="refresh_analyst_views",
    schedule=[WAREHOUSE_ASSET],
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 3, "retry_delay": timedelta(seconds=30), "retry_policy": RETRY_POLICY},
    params={"warehouse": Param(None, type=["null", "string"], description="DuckDB file (default: settings)")},
    tags=["news", "warehouse"],
    doc_md=__doc__,
)
def refresh_analyst_views():
    @task(pool=WAREHOUSE_POOL, inlets=[WAREHOUSE_ASSET])
    def apply_views(**context) -> dict:
        """(Re)create the warehouse's tables if missing and every analyst view."""
        from pipeline.warehouse import apply_sql, connect

        done = []
        for path in _warehouses(context):
            with connect(path) as con:
                apply_sql(con)
                views = con.execute(
                    "SELECT count(*) FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'"
                ).fetchone()[0]
            done.append({"warehouse": path, "views": views})
        return {"refreshed": done}

    apply_views()


refresh_analyst_views()
