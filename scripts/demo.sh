#!/usr/bin/env bash
# The main job on the embedded default: set up, then run the daily DAG in-process for the seed
# day (Airflow metadata in SQLite, data in a local Parquet lake and DuckDB file), then print what
# was extracted.  DAY=YYYY-MM-DD picks another day of seeds/.
set -euo pipefail
cd "$(dirname "$0")/.."
DAY=${DAY:-2024-02-20}

bash scripts/setup.sh
source scripts/airflow_env.sh
mkdir -p "$AIRFLOW_HOME" data
log="$AIRFLOW_HOME/demo-$DAY.log"
echo "demo: preparing Airflow metadata (SQLite in $AIRFLOW_HOME)"
airflow db migrate >"$AIRFLOW_HOME/db-migrate.log" 2>&1
airflow pools set duckdb_writer 1 "one DuckDB writer at a time" >/dev/null 2>&1
echo "demo: airflow dags test news_events_daily $DAY (log: $log)"
if ! airflow dags test news_events_daily "$DAY" >"$log" 2>&1; then
    tail -40 "$log"; echo "demo: the DAG run failed (full log: $log)" >&2; exit 1
fi
grep -q "state=success" "$log" || { tail -40 "$log"; echo "demo: the DAG run did not succeed" >&2; exit 1; }
python -m pipeline show --date "$DAY"
