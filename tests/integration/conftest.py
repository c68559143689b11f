"""Real Airflow for the operations tests: components as separate processes, driven over REST.

* ``AirflowApi``: JWT login (``POST /auth/token``) and the few REST calls the tests make.
* ``ProcessGroup``: one Airflow component in its own process group (``start_new_session``), its
  output in a log file; ``stop`` terminates the whole group (TERM, then KILL).
* ``clean_snapshot``: what a clean CLI run (``python -m pipeline run``) of the backfill days
  produces, table by table, to compare the Airflow runs with.

Everything binds to 127.0.0.1 on free ports; every process is torn down in a ``finally``.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "seeds"
VENV_BIN = Path(sys.executable).parent
AIRFLOW = str(VENV_BIN / "airflow")
BACKFILL_FIRST, BACKFILL_LAST = date(2024, 2, 19), date(2024, 2, 21)
BACKFILL_DAYS = [BACKFILL_FIRST + timedelta(days=i) for i in range((BACKFILL_LAST - BACKFILL_FIRST).days + 1)]
DAG_ID = "news_events_daily"
ADMIN = ("admin", "admin")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return f"(no {path})"


def task_logs_tail(airflow_home: Path, lines: int = 30, files: int = 6) -> str:
    """The ends of the most recent task log files (what a failed backfill needs explained)."""
    logs = sorted((airflow_home / "logs").rglob("*.log"), key=lambda p: p.stat().st_mtime)[-files:]
    return "\n".join(f"--- {p.relative_to(airflow_home)}\n{tail(p, lines)}" for p in logs) or "(no task logs)"


# -- processes ---------------------------------------------------------------------------------

@dataclass
class ProcessGroup:
    name: str
    args: list[str]
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen | None = None

    def start(self) -> ProcessGroup:
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(self.args, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, cwd=REPO_ROOT, start_new_session=True)
        return self

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout: float = 20) -> None:
        """TERM the whole process group, KILL what is left after ``timeout`` seconds."""
        if self.proc is None:
            return
        stop_group(self.proc.pid, timeout, reap=self.proc.poll)


def stop_group(pgid: int, timeout: float = 20, reap=lambda: None) -> None:
    def gone() -> bool:
        reap()  # a zombie leader would keep the group "alive"
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        return False

    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5)):
        if gone():
            return
        try:
            os.killpg(pgid, sig)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if gone():
                return
            time.sleep(0.3)


def run_checked(args: list[str], env: dict[str, str], timeout: float = 600) -> str:
    done = subprocess.run(args, env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, (
        f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return done.stdout


def base_env(airflow_home: Path, port: int, scratch: Path) -> dict[str, str]:
    """Environment shared by every component of one test Airflow (nothing from ~/airflow)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW_", "AIRFLOW__", "PIPELINE_"))}
    url = f"http://127.0.0.1:{port}"
    passwords = airflow_home / "passwords.json"
    airflow_home.mkdir(parents=True, exist_ok=True)
    passwords.write_text(json.dumps({ADMIN[0]: ADMIN[1]}), encoding="utf-8")
    env.update({
        "PATH": f"{VENV_BIN}:{env.get('PATH', '')}",
        "PYTHONPATH": str(REPO_ROOT),
        "AIRFLOW_HOME": str(airflow_home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO_ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "AIRFLOW__CORE__AUTH_MANAGER":
            "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{ADMIN[0]}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__API__BASE_URL": url,
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"{url}/execution/",
        "AIRFLOW__API_AUTH__JWT_SECRET": os.urandom(24).hex(),
        "AIRFLOW__API__SECRET_KEY": os.urandom(24).hex(),
        "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        "AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL": "30",
        # The components' default data location: a scratch lake/warehouse. The backfills under
        # test pass their own lake/warehouse in dag_run_conf, so the run Airflow schedules by
        # itself when the DAG is unpaused (catchup=False: the latest interval) stays out of them.
        "PIPELINE_SOURCE": str(SEEDS),
        "PIPELINE_LAKE": str(scratch / "lake"),
        "PIPELINE_WAREHOUSE": str(scratch / "warehouse.duckdb"),
    })
    return env


# -- REST --------------------------------------------------------------------------------------

@dataclass
class AirflowApi:
    url: str
    user: tuple[str, str] = ADMIN
    _token: str | None = field(default=None, repr=False)

    def _request(self, method: str, path: str, body: dict | None = None, auth: bool = True, timeout: float = 30):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if auth:
            request.add_header("Authorization", f"Bearer {self.token()}")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                text = response.read().decode()
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{method} {path} -> {exc.code}: {exc.read().decode()[:2000]}") from None
        return json.loads(text) if text else None

    def token(self) -> str:
        if self._token is None:
            response = self._request("POST", "/auth/token", {"username": self.user[0], "password": self.user[1]},
                                     auth=False)
            self._token = response["access_token"]
        return self._token

    def get(self, path: str):
        return self._request("GET", path)

    def post(self, path: str, body: dict):
        return self._request("POST", path, body)

    def patch(self, path: str, body: dict):
        return self._request("PATCH", path, body)

    def healthy(self) -> bool:
        try:
            health = self._request("GET", "/api/v2/monitor/health", auth=False, timeout=5)
        except (AssertionError, OSError):
            return False
        return all(health.get(k, {}).get("status") == "healthy" for k in ("metadatabase", "scheduler"))

    def dag_ready(self, dag_id: str) -> bool:
        try:
            self.get(f"/api/v2/dags/{dag_id}")
            return True
        except AssertionError:
            return False

    def unpause(self, dag_id: str) -> None:
        assert self.patch(f"/api/v2/dags/{dag_id}", {"is_paused": False})["is_paused"] is False

    def pause(self, dag_id: str) -> None:
        assert self.patch(f"/api/v2/dags/{dag_id}", {"is_paused": True})["is_paused"] is True

    def backfill(self, dag_id: str, first: date, last: date, conf: dict | None = None,
                 reprocess: str = "none") -> dict:
        """``POST /api/v2/backfills`` over [first, last] (logical dates = the days processed).

        The API answers 503 when the metadata DB is momentarily locked (SQLite): retried a few times.
        """
        body = {
            "dag_id": dag_id,
            "from_date": f"{first.isoformat()}T00:00:00Z",
            "to_date": f"{last.isoformat()}T00:00:00Z",
            "reprocess_behavior": reprocess,
            "max_active_runs": 3,
            "dag_run_conf": conf or {},
        }
        for attempt in range(5):
            try:
                return self.post("/api/v2/backfills", body)
            except AssertionError as exc:
                if "-> 503" not in str(exc) or attempt == 4:
                    raise
                time.sleep(2)
        raise AssertionError("unreachable")

    def dag_runs(self, dag_id: str) -> list[dict]:
        return self.get(f"/api/v2/dags/{dag_id}/dagRuns?limit=100&order_by=logical_date")["dag_runs"]

    def task_instances(self, dag_id: str, run_id: str) -> list[dict]:
        from urllib.parse import quote

        return self.get(f"/api/v2/dags/{dag_id}/dagRuns/{quote(run_id, safe='')}/taskInstances")["task_instances"]


def wait_for(what: str, predicate, timeout: float, interval: float = 2.0, explain=lambda: "",
             dead: list[ProcessGroup] | None = None) -> float:
    """Poll ``predicate`` until true; returns the seconds waited, or fails saying what and why
    (at once if one of the ``dead`` processes exits)."""
    started = time.monotonic()
    while True:
        if predicate():
            return time.monotonic() - started
        if dead is not None and (gone := [c.name for c in dead if not c.alive()]):
            pytest.fail(f"{', '.join(gone)} exited while waiting for {what}\n{explain()}", pytrace=False)
        if time.monotonic() - started > timeout:
            pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}\n{explain()}", pytrace=False)
        time.sleep(interval)


def wait_backfill(api: AirflowApi, backfill: dict, timeout: float, explain) -> tuple[float, list[dict]]:
    """Wait until the backfill is complete; returns (wall seconds by server clock, its runs)."""
    bid = backfill["id"]
    unhealthy_since: list[float] = []

    def done() -> bool:
        # A dead scheduler never completes anything: say so instead of waiting for the timeout.
        if api.healthy():
            unhealthy_since.clear()
        elif not unhealthy_since:
            unhealthy_since.append(time.monotonic())
        elif time.monotonic() - unhealthy_since[0] > 60:
            pytest.fail(f"Airflow unhealthy for 60 s while waiting for backfill {bid}: "
                        f"{api._request('GET', '/api/v2/monitor/health', auth=False)}\n{explain()}", pytrace=False)
        return api.get(f"/api/v2/backfills/{bid}")["completed_at"] is not None

    wait_for(f"backfill {bid} of {backfill['dag_id']} to complete", done, timeout, interval=2.0, explain=explain)
    runs = [r for r in api.dag_runs(backfill["dag_id"]) if r["run_type"] == "backfill"
            and BACKFILL_FIRST.isoformat() <= r["logical_date"][:10] <= BACKFILL_LAST.isoformat()]
    from datetime import datetime

    created = datetime.fromisoformat(backfill["created_at"].replace("Z", "+00:00"))
    ended = max(datetime.fromisoformat(r["end_date"].replace("Z", "+00:00")) for r in runs if r["end_date"])
    return (ended - created).total_seconds(), runs


def assert_runs_succeeded(api: AirflowApi, runs: list[dict], explain) -> None:
    assert sorted(r["logical_date"][:10] for r in runs) == [d.isoformat() for d in BACKFILL_DAYS], runs
    bad = {r["dag_run_id"]: r["state"] for r in runs if r["state"] != "success"}
    if bad:
        states = {r: {t["task_id"] + (f"[{t['map_index']}]" if t["map_index"] >= 0 else ""): t["state"]
                      for t in api.task_instances(DAG_ID, r)} for r in bad}
        pytest.fail(f"backfill runs did not succeed: {bad}\ntask states: {states}\n{explain()}", pytrace=False)


# -- warehouse contents ------------------------------------------------------------------------

def snapshot(warehouse: str | Path, days: list[date] | None = None) -> dict[str, list[str]]:
    """Every row of every table (optionally only ``days``), as sorted reprs: exact contents."""
    import duckdb

    from pipeline.schema import PARTITION_COLUMN, TABLES

    where = ""
    if days is not None:
        where = f" WHERE {PARTITION_COLUMN} IN ({', '.join(repr(d.isoformat()) for d in days)})"
    deadline = time.monotonic() + 90
    while True:
        try:
            con = duckdb.connect(str(warehouse), read_only=True)
            break
        except duckdb.IOException:  # a writer (load, or the asset-triggered view refresh) holds the lock
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
    with con:
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}{where}").fetchall())) for t in TABLES}


def describe(snap: dict[str, list[str]]) -> dict[str, int]:
    return {table: len(rows) for table, rows in snap.items()}


def differences(got: dict[str, list[str]], expected: dict[str, list[str]], rows: int = 3) -> str:
    """The rows only one side has, per differing table (a readable assertion message)."""
    out = []
    for table in sorted(set(got) | set(expected)):
        extra = sorted(set(got.get(table, [])) - set(expected.get(table, [])))
        missing = sorted(set(expected.get(table, [])) - set(got.get(table, [])))
        if extra or missing:
            out.append(f"{table}: {len(got.get(table, []))} rows vs {len(expected.get(table, []))} expected")
            out += [f"  + {r[:400]}" for r in extra[:rows]] + [f"  - {r[:400]}" for r in missing[:rows]]
    return "\n".join(out)


@pytest.fixture(scope="session")
def clean_snapshot(tmp_path_factory) -> dict[str, list[str]]:
    """The tables a clean CLI run of the backfill days produces (the expected warehouse)."""
    where = tmp_path_factory.mktemp("clean-run")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIPELINE_")}
    run_checked([sys.executable, "-m", "pipeline", "run", "--date", BACKFILL_FIRST.isoformat(),
                 "--end", BACKFILL_LAST.isoformat(), "--source", str(SEEDS), "--lake", str(where / "lake"),
                 "--warehouse", str(where / "warehouse.duckdb"), "-q"], env=env)
    snap = snapshot(where / "warehouse.duckdb")
    assert snap["articles"], "the clean run found no seed articles for the backfill days"
    return snap
