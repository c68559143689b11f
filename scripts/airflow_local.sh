#!/usr/bin/env bash
# Run Airflow locally: `airflow standalone` (SQLite metadata, LocalExecutor, api-server, scheduler,
# dag-processor, triggerer) on this repo's DAGs, with a known login.
#
#   scripts/airflow_local.sh start    start in the background, wait until healthy, print the URL
#   scripts/airflow_local.sh stop     stop every component (the whole process group)
#   scripts/airflow_local.sh status   is it running and healthy?
#
# Login: admin / admin (override with AIRFLOW_ADMIN_PASSWORD). Port: AIRFLOW_PORT (default 8080).
# Everything lives in $AIRFLOW_HOME (default ./airflow_home): airflow.db, logs, standalone.log,
# standalone.pgid (the process group of every component) and the password file.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

# shellcheck source=scripts/airflow_env.sh
source scripts/airflow_env.sh
PORT="${AIRFLOW_PORT:-8080}"
HOST=127.0.0.1
URL="http://$HOST:$PORT"
PGID_FILE="$AIRFLOW_HOME/standalone.pgid"
LOG_FILE="$AIRFLOW_HOME/standalone.log"
PASSWORDS_FILE="$AIRFLOW_HOME/simple_auth_manager_passwords.json"
START_TIMEOUT="${AIRFLOW_START_TIMEOUT:-300}"
STOP_TIMEOUT="${AIRFLOW_STOP_TIMEOUT:-30}"

configure() {
    mkdir -p "$AIRFLOW_HOME" "$repo/data"
    # Known login: the simple auth manager reads users from config and passwords from this file
    # (it only generates a password for a user missing from the file).
    export AIRFLOW__CORE__AUTH_MANAGER="airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager"
    export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="${AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS:-admin:admin}"
    export AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE="$PASSWORDS_FILE"
    printf '{"admin": "%s"}\n' "${AIRFLOW_ADMIN_PASSWORD:-admin}" >"$PASSWORDS_FILE"
    chmod 600 "$PASSWORDS_FILE"
    # Sized for the machine: task processes run spaCy (CPU-bound), two per core leaves room for
    # the ones waiting on I/O; the DAG's pool keeps DuckDB at one writer whatever this is.
    local cores
    cores=$(nproc 2>/dev/null || echo 2)
    export AIRFLOW__CORE__PARALLELISM="${AIRFLOW__CORE__PARALLELISM:-$(( cores * 2 > 4 ? cores * 2 : 4 ))}"
    export AIRFLOW__CORE__EXECUTOR=LocalExecutor
    export AIRFLOW__API__HOST="$HOST"
    export AIRFLOW__API__PORT="$PORT"
    export AIRFLOW__API__BASE_URL="$URL"
    export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="$URL/execution/"
    export AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK="${AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK:-False}"
    # Stable secrets shared by every component (JWTs signed by one are accepted by the others).
    local secrets="$AIRFLOW_HOME/local_secrets.env"
    if [ ! -s "$secrets" ]; then
        python - >"$secrets" <<'PY'
import secrets
print(f"AIRFLOW__API_AUTH__JWT_SECRET={secrets.token_urlsafe(32)}")
print(f"AIRFLOW__API__SECRET_KEY={secrets.token_urlsafe(32)}")
PY
        chmod 600 "$secrets"
    fi
    set -a
    # shellcheck disable=SC1090
    source "$secrets"
    set +a
}

healthy() {
    python - "$URL" <<'PY' >/dev/null 2>&1
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/api/v2/monitor/health", timeout=5) as r:
    h = json.load(r)
assert h["metadatabase"]["status"] == "healthy"
assert h["scheduler"]["status"] == "healthy"
assert h.get("dag_processor", {}).get("status", "healthy") == "healthy"
PY
}

running_pgid() {
    [ -s "$PGID_FILE" ] || return 1
    local pgid
    pgid=$(cat "$PGID_FILE")
    kill -0 -- "-$pgid" 2>/dev/null || return 1
    echo "$pgid"
}

start() {
    if pgid=$(running_pgid); then
        echo "airflow: already running (process group $pgid): $URL"
        return 0
    fi
    configure
    echo "airflow: migrating the metadata database (SQLite in $AIRFLOW_HOME)"
    airflow db migrate >"$AIRFLOW_HOME/db-migrate.log" 2>&1 || { tail -30 "$AIRFLOW_HOME/db-migrate.log"; exit 1; }
    airflow pools set duckdb_writer 1 "one DuckDB writer at a time" >/dev/null
    echo "airflow: starting standalone (log: $LOG_FILE)"
    # Own session => own process group; every component is a child of standalone, so one kill
    # of the group stops them all.
    setsid airflow standalone >"$LOG_FILE" 2>&1 </dev/null &
    local pid=$!
    echo "$pid" >"$PGID_FILE"   # setsid made the child a group leader: pgid == pid
    local deadline=$(( $(date +%s) + START_TIMEOUT ))
    until healthy; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -40 "$LOG_FILE"; echo "airflow: standalone exited during start-up" >&2; rm -f "$PGID_FILE"; exit 1
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            tail -40 "$LOG_FILE"; echo "airflow: not healthy after ${START_TIMEOUT}s; stopping" >&2; stop; exit 1
        fi
        sleep 3
    done
    echo "airflow: ready at $URL  (login: admin / ${AIRFLOW_ADMIN_PASSWORD:-admin}; stop: make airflow-stop)"
}

stop() {
    local pgid
    if ! pgid=$(running_pgid); then
        echo "airflow: not running"
        rm -f "$PGID_FILE"
        return 0
    fi
    echo "airflow: stopping process group $pgid"
    kill -TERM -- "-$pgid" 2>/dev/null || true
    local deadline=$(( $(date +%s) + STOP_TIMEOUT ))
    while kill -0 -- "-$pgid" 2>/dev/null; do
        if [ "$(date +%s)" -ge "$deadline" ]; then
            echo "airflow: still running after ${STOP_TIMEOUT}s; killing"
            kill -KILL -- "-$pgid" 2>/dev/null || true
            break
        fi
        sleep 1
    done
    rm -f "$PGID_FILE"
    echo "airflow: stopped"
}

status() {
    if pgid=$(running_pgid); then
        if healthy; then echo "airflow: running and healthy at $URL (process group $pgid)"
        else echo "airflow: running (process group $pgid) but not healthy yet at $URL"; fi
    else
        echo "airflow: not running"; return 1
    fi
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 {start|stop|status}" >&2; exit 2 ;;
esac
