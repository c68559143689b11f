#!/usr/bin/env bash
# Set up, lint, then run every test (unit, acceptance, integration). Extra args go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/airflow_env.sh
.venv/bin/ruff check pipeline dags tests benchmarks
.venv/bin/python -m pytest -q "$@"
