"""news_events_daily: ingest -> extract (mapped batches) -> publish -> load -> check, once a day.

Wiring only: each task turns the run's context into explicit arguments and calls ``pipeline.run``.
Nothing heavy happens at parse time (pipeline modules are imported inside the tasks), and XCom
carries only dates, batch numbers and row counts.

Each run covers the day that just ended: an explicit daily *interval* timetable, so the run at
2024-02-21 00:00 UTC processes [2024-02-20, 2024-02-21).  A manual run or ``airflow dags test
news_events_daily 2024-02-20`` processes the day of its logical date; the ``day`` param overrides.
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import (
    Asset,
    CronDataIntervalTimetable,
    ExceptionRetryPolicy,
    Param,
    RetryAction,
    RetryRule,
    dag,
    task,
)

WAREHOUSE_POOL = "duckdb_writer"  # one slot: DuckDB allows one writer per file

# Retry transient errors (a source or the warehouse lock momentarily unavailable); anything else
# is a defect or bad data that a retry cannot fix, so the task fails at once.
RETRY_POLICY = ExceptionRetryPolicy(
    rules=[RetryRule(exception="pipeline.errors.TransientError", action=RetryAction.RETRY)],
    default=RetryAction.FAIL,
)

LAKE_TABLES = ("articles", "timexes", "figures", "entities", "events", "rejects")
LAKE_ASSETS = [Asset(f"news_lake_{table}", uri=f"file:///news-lake/{table}") for table in LAKE_TABLES]
WAREHOUSE_ASSET = Asset("news_warehouse", uri="file:///news-warehouse/tables")


def _settings(params: dict):
    """Settings from the environment, overridden by the run's non-empty params."""
    from dataclasses import replace

    from pipeline.settings import Settings

    overrides = {k: params[k] for k in ("source", "lake", "warehouse") if params.get(k)}
    return replace(Settings.from_env(), **overrides)


def _day(context) -> str:
    """The day this run processes (ISO date).

    The ``day`` param wins; a scheduled or backfill run covers its data interval's day; a manual
    run covers its logical date's day, or, triggered without one, the day before it was triggered.
    """
    if context["params"].get("day"):
        return context["params"]["day"]
    run = context["dag_run"]
    if run.run_type != "manual" and context.get("data_interval_start"):
        moment = context["data_interval_start"]
    elif context.get("logical_date"):
        moment = context["logical_date"]
    else:
        moment = pendulum.instance(run.run_after).subtract(days=1)
    return pendulum.instance(moment).in_timezone("UTC").date().isoformat()


@dag(
    dag_id="news_events_daily",
    schedule=CronDataIntervalTimetable("0 0 * * *", timezone="UTC"),
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=4,
    default_args={"retries": 3, "retry_delay": timedelta(seconds=30), "retry_policy": RETRY_POLICY},
    params={
        "day": Param(None, type=["null", "string"], format="date", description="Override the day (YYYY-MM-DD)"),
        "source": Param(None, type=["null", "string"], description="Source folder/URL (default: settings)"),
        "lake": Param(None, type=["null", "string"], description="Parquet lake folder/URL (default: settings)"),
        "warehouse": Param(None, type=["null", "string"], description="DuckDB file (default: settings)"),
    },
    tags=["news", "events"],
    doc_md=__doc__,
)
def news_events_daily():
    @task
    def ingest(**context) -> dict:
        """Stage the day's articles and ingest rejects; plan the extract batches."""
        from datetime import date

        from pipeline.run import ingest_step

        return ingest_step(_settings(context["params"]), date.fromisoformat(_day(context)))

    @task
    def plan_batches(ingested: dict) -> list[dict]:
        """One mapped extract task per batch of articles."""
        return [{"day": ingested["date"], "batch": i, "batches": ingested["batches"]}
                for i in range(ingested["batches"])]

    @task
    def extract(batch: dict, **context) -> dict:
        """Extract one batch of the day's articles into staged Parquet."""
        from datetime import date

        from pipeline.run import extract_step

        return extract_step(_settings(context["params"]), date.fromisoformat(batch["day"]),
                            batch["batch"], batch["batches"])

    @task(outlets=LAKE_ASSETS)
    def publish(ingested: dict, extracted: list[dict], **context) -> dict:
        """Swap the day's staged tables into the lake (replaces exactly that day)."""
        from datetime import date

        from pipeline.run import publish_step

        return publish_step(_settings(context["params"]), date.fromisoformat(ingested["date"]))

    @task(pool=WAREHOUSE_POOL, outlets=[WAREHOUSE_ASSET])
    def load(published: dict, ingested: dict, **context) -> dict:
        """Replace the day's rows in DuckDB in one transaction (one writer at a time: pool)."""
        from datetime import date

        from pipeline.run import load_step

        return load_step(_settings(context["params"]), date.fromisoformat(ingested["date"]))

    @task(pool=WAREHOUSE_POOL)
    def check(loaded: dict, ingested: dict, **context) -> dict:
        """Fail the run if the warehouse does not hold exactly the lake's rows for the day."""
        from datetime import date

        from pipeline.run import check_step

        return check_step(_settings(context["params"]), date.fromisoformat(ingested["date"]))

    ingested = ingest()
    extracted = extract.expand(batch=plan_batches(ingested))
    published = publish(ingested, extracted)
    check(load(published, ingested), ingested)


news_events_daily()
