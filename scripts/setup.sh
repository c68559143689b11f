#!/usr/bin/env bash
# Set up the project from a fresh clone: a .venv with every pinned dependency (requirements.lock),
# the project itself in editable mode. Idempotent: re-running only installs what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3

if ! command -v uv >/dev/null 2>&1; then
    echo "setup: installing uv (fast installer) with pip"
    "$PYTHON" -m pip install --quiet uv
fi
UV="$(command -v uv || echo "$PYTHON -m uv")"

started=$(date +%s)
if [ ! -x .venv/bin/python ]; then
    $UV venv --quiet --python "$PYTHON" .venv
fi
VIRTUAL_ENV="$PWD/.venv" $UV pip install --quiet -r requirements.lock
VIRTUAL_ENV="$PWD/.venv" $UV pip install --quiet --no-deps -e .
echo "setup: .venv ready in $(( $(date +%s) - started )) s ($(.venv/bin/python --version))"
