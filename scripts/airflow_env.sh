# Source me: the embedded Airflow set-up (SQLite metadata under ./airflow_home, this repo's DAGs).
# Every setting can be overridden from the caller's environment.
_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_repo/.venv/bin:$PATH"
export AIRFLOW_HOME="${AIRFLOW_HOME:-$_repo/airflow_home}"
export AIRFLOW__CORE__DAGS_FOLDER="${AIRFLOW__CORE__DAGS_FOLDER:-$_repo/dags}"
export AIRFLOW__CORE__LOAD_EXAMPLES="${AIRFLOW__CORE__LOAD_EXAMPLES:-False}"
export AIRFLOW__CORE__UNIT_TEST_MODE="${AIRFLOW__CORE__UNIT_TEST_MODE:-False}"
export PYTHONPATH="$_repo${PYTHONPATH:+:$PYTHONPATH}"
unset _repo
