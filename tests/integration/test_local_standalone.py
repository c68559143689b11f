"""``make airflow``'s set-up for real: ``scripts/airflow_local.sh start`` (``airflow standalone``,
LocalExecutor, SQLite) on a free port, a fresh instance for each test, then

* a 3-day backfill over REST gives exactly the tables a clean CLI run gives (and is timed);
* in a real browser (Debian's headless Chromium driven by Playwright): log in, open the DAG,
  trigger the same backfill from the UI ("All Runs", into a fresh lake and warehouse), see the runs
  succeed; a screenshot goes to ``test-artifacts/``.

``scripts/airflow_local.sh stop`` always tears the whole process group down.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.integration.conftest import (
    ADMIN,
    BACKFILL_DAYS,
    BACKFILL_FIRST,
    BACKFILL_LAST,
    DAG_ID,
    REPO_ROOT,
    AirflowApi,
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

SCRIPT = REPO_ROOT / "scripts" / "airflow_local.sh"
ARTIFACTS = REPO_ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def standalone(tmp_path_factory):
    """``scripts/airflow_local.sh start`` in a temporary AIRFLOW_HOME; ``stop`` afterwards, always.

    One fresh instance per test, one at a time: the UI test then creates its backfill on days no
    run has touched. On SQLite, re-processing runs another backfill completed can hit a lock error
    mid-creation, after which Airflow 3.3.2 deletes runs it was re-queuing (docs/OPERATIONS.md);
    re-processing is tested on PostgreSQL (test_backfill_celery.py)."""
    root = tmp_path_factory.mktemp("airflow-standalone")
    port = free_port()
    env = base_env(root / "home", port, root / "scratch")
    env.update({"AIRFLOW_PORT": str(port), "AIRFLOW_START_TIMEOUT": "300"})
    home = root / "home"
    api = AirflowApi(f"http://127.0.0.1:{port}")

    def explain() -> str:
        return (f"=== standalone.log\n{tail(home / 'standalone.log', 40)}\n=== task logs\n"
                + task_logs_tail(home))

    try:
        out = run_checked(["bash", str(SCRIPT), "start"], env, timeout=420)
        print(f"\n{out.strip()}")
        assert (home / "standalone.pgid").exists()
        wait_for("the DAGs to be parsed", lambda: api.dag_ready(DAG_ID), timeout=180, interval=3, explain=explain)
        yield api, home, explain
    finally:
        stopped = subprocess.run(["bash", str(SCRIPT), "stop"], env=env, cwd=REPO_ROOT, capture_output=True,
                                 text=True, timeout=120)
        print(stopped.stdout.strip())
    pgid = (home / "standalone.pgid")
    assert not pgid.exists(), "airflow_local.sh stop left its process group file behind"


def test_local_backfill_over_rest_matches_a_clean_run(standalone, clean_snapshot, tmp_path):
    api, _, explain = standalone
    conf = {"lake": str(tmp_path / "lake"), "warehouse": str(tmp_path / "warehouse.duckdb")}
    backfill = api.backfill(DAG_ID, BACKFILL_FIRST, BACKFILL_LAST, conf)
    # Backfill runs stay queued while the DAG is paused. Unpausing after creating the backfill
    # leaves the scheduler alone writing the runs: on SQLite, creating a backfill while the
    # scheduler starts the run that unpausing creates can end in "database is locked" (503) or
    # the scheduler exiting on a StaleDataError.
    api.unpause(DAG_ID)
    seconds, runs = wait_backfill(api, backfill, timeout=420, explain=explain)
    print(f"BENCH local (standalone, LocalExecutor) backfill {BACKFILL_FIRST}..{BACKFILL_LAST}: {seconds:.1f} s")
    assert_runs_succeeded(api, runs, explain)
    got = snapshot(conf["warehouse"])
    assert got == clean_snapshot, f"backfill tables differ from a clean run:\n{differences(got, clean_snapshot)}"


def _browser_unavailable() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing and could not be installed (scripts/ci_browser.sh installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (dev extra)"
    return None


def _is_backfill_creation(response) -> bool:
    # The form also POSTs to .../backfills/dry_run while it is edited; only creation counts here.
    return response.request.method == "POST" and response.url.split("?")[0].endswith("/api/v2/backfills")


def _submit_backfill(page, dialog) -> None:
    """Click "Run Backfill" and wait for the server to accept it. The UI itself retries a 5xx answer
    (three times; SQLite answers 503 while another writer holds the lock); if no try succeeds, the
    test fails with every status seen and what the dialog says."""
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status) if _is_backfill_creation(r) else None)
    try:
        with page.expect_response(lambda r: _is_backfill_creation(r) and r.ok, timeout=120_000):
            dialog.get_by_role("button", name="Run Backfill").click()
    except Exception as exc:
        pytest.fail(f"the UI's backfill request never succeeded (answers {statuses}): {exc}\n"
                    f"dialog: {dialog.inner_text()[-800:]}", pytrace=False)


def test_backfill_from_the_ui_in_a_real_browser(standalone, clean_snapshot, tmp_path):
    reason = _browser_unavailable()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import expect, sync_playwright

    api, _, explain = standalone
    lake, warehouse = tmp_path / "ui-lake", tmp_path / "ui-warehouse.duckdb"
    # As over REST: the backfill is created while the DAG is paused, and the DAG is unpaused after.
    # (The dialog's "Unpause on trigger" unpauses first and posts the backfill a few milliseconds
    # later: on SQLite the scheduler's new run and the backfill then collide, 503 then 409.)
    api.pause(DAG_ID)
    before = {b["id"] for b in api.get(f"/api/v2/backfills?dag_id={DAG_ID}")["backfills"]}
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "airflow-ui-backfill.png"

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.set_default_timeout(60_000)
            try:
                # Log in with the documented login.
                page.goto(api.url + "/")
                page.locator("input[name=username]").fill(ADMIN[0])
                page.locator("input[name=password]").fill(ADMIN[1])
                page.get_by_role("button", name="Sign in").click()
                page.wait_for_url(lambda url: "/auth/login" not in url)

                # Open the DAG, Trigger -> Backfill over the three days.
                page.goto(f"{api.url}/dags/{DAG_ID}")
                page.get_by_role("button", name="Trigger Dag").click()
                dialog = page.get_by_role("dialog").first
                dialog.get_by_text("Backfill", exact=True).click()
                for i, (label, day) in enumerate((("From", BACKFILL_FIRST), ("To", BACKFILL_LAST))):
                    page.get_by_test_id("datetime-input").nth(i).click()
                    # The pickers' inputs are told apart by their labels: a closing picker stays in
                    # the page for a moment, so "the visible one" can be two.
                    page.get_by_role("textbox", name=label).fill(day.strftime("%Y/%m/%d"))
                    when = page.get_by_placeholder("HH:mm").locator("visible=true").last
                    when.fill("00:00")
                    when.press("Enter")
                    dialog.get_by_text("Date Range").click()  # close the date picker
                    expect(page.get_by_placeholder("HH:mm").locator("visible=true")).to_have_count(0)
                # "All Runs" (reprocess completed ones too) with this test's own lake and warehouse.
                dialog.get_by_text("All Runs", exact=True).click()
                dialog.get_by_text(f"{len(BACKFILL_DAYS)} runs will be triggered").wait_for()
                dialog.locator("input[name=max_active_runs]").fill("3")
                override = dialog.get_by_role("checkbox", name="Override parameters on existing runs")
                if override.count() and not override.is_checked():
                    dialog.get_by_text("Override parameters on existing runs").click()
                dialog.locator("input[name=element_lake]").fill(str(lake))
                dialog.locator("input[name=element_warehouse]").fill(str(warehouse))
                unpause = dialog.get_by_role("checkbox", name=f"Unpause {DAG_ID} on trigger")
                if unpause.is_checked():  # checked by default in Airflow 3.3
                    dialog.get_by_text(f"Unpause {DAG_ID} on trigger").click()
                expect(unpause).not_to_be_checked()
                # Wait on the server's answer rather than on the dialog closing: a dialog left open
                # says nothing, the answers say why (a CI run once timed out on the open dialog).
                _submit_backfill(page, dialog)

                def created() -> list[dict]:
                    return [b for b in api.get(f"/api/v2/backfills?dag_id={DAG_ID}")["backfills"]
                            if b["id"] not in before]

                wait_for("the UI to create the backfill", lambda: bool(created()), timeout=60, explain=explain)
                (backfill,) = created()
                assert backfill["reprocess_behavior"] == "completed"
                assert backfill["dag_run_conf"].get("lake") == str(lake), backfill
                assert api.get(f"/api/v2/dags/{DAG_ID}")["is_paused"] is True, "the dialog unpaused the DAG"
                api.unpause(DAG_ID)
                seconds, runs = wait_backfill(api, backfill, timeout=420, explain=explain)
                print(f"BENCH local backfill from the UI (All Runs): {seconds:.1f} s")
                assert_runs_succeeded(api, runs, explain)

                # See the runs succeed in the UI: the DAG's runs list shows the three backfill runs.
                page.goto(f"{api.url}/dags/{DAG_ID}/runs")
                for run in runs:
                    row = page.get_by_role("row").filter(has_text=run["dag_run_id"])
                    row.get_by_text("Success").wait_for()
                page.screenshot(path=str(shot), full_page=True)
            except Exception:
                page.screenshot(path=str(ARTIFACTS / "airflow-ui-backfill-failure.png"), full_page=True)
                raise
        finally:
            browser.close()

    got = snapshot(warehouse, BACKFILL_DAYS)
    assert got == clean_snapshot, f"UI backfill tables differ from a clean run:\n{differences(got, clean_snapshot)}"
    assert shot.exists()
    print(f"screenshot: {os.path.relpath(shot, REPO_ROOT)}")
