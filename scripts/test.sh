#!/usr/bin/env bash
# Set up, lint, then run every test (unit, acceptance, regression, integration). Extra args go to pytest.
# The integration tests use the machine's PostgreSQL and Redis (started here if they are down) and a
# headless Debian Chromium (installed here when missing and possible).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/ci_services.sh
bash scripts/ci_browser.sh
source scripts/airflow_env.sh
.venv/bin/ruff check pipeline dags tests benchmarks
.venv/bin/python -m pytest -q "$@"
