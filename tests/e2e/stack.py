"""The real stack for the end-to-end tests: feed server, SendGrid double and `airflow standalone` on PostgreSQL.

The demo's own pieces (demo/run.py) start everything on free ports in a temporary home; the outreach store is
a fresh PostgreSQL schema. Helpers here read what users see: Required Actions through the REST API, the
SendGrid double's outbox, and the store's audit tables.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from demo.run import (
    FEEDS,
    FETCH_DAGS,
    MATCH_DAG,
    RECONCILE_DAG,
    AirflowAPI,
    ProcessGroup,
    StackConfig,
    airflow_environment,
    free_port,
    prepare_home,
    prepare_store,
    start_airflow,
    start_pipeline,
    start_services,
    wait_for,
    wait_for_dags,
)

DONE_STATES = {"success", "failed", "skipped", "upstream_failed"}
ASK = "review.ask"
DELIVER = "review.deliver"
CALL = "review.call"


def outbox(cfg: StackConfig) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))["body"] for p in sorted(cfg.outbox.glob("*.json"))]


def client_messages(cfg: StackConfig) -> list[dict[str, Any]]:
    """Messages to clients (category "outreach"), not the digests to staff."""
    return [m for m in outbox(cfg) if "outreach" in (m.get("categories") or [])]


def digests(cfg: StackConfig) -> list[dict[str, Any]]:
    return [m for m in outbox(cfg) if "outreach-review-digest" in (m.get("categories") or [])]


def text_of(message: dict[str, Any]) -> str:
    return next(c["value"] for c in message["content"] if c["type"] == "text/plain")


def recipient(message: dict[str, Any]) -> str:
    return message["personalizations"][0]["to"][0]["email"]


def print_logs(cfg: StackConfig) -> None:
    """On failure: the last lines of every process log and every task log."""
    for path in sorted(cfg.logs.glob("*.log")) + sorted((cfg.airflow_home / "logs").rglob("*.log")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        print(f"\n===== {path} (last 60 of {len(lines)} lines) =====")
        print("\n".join(lines[-60:]))


@contextlib.contextmanager
def running_stack(tmp_path: Path, airflow_db_url: str, store_url: str, *,
                  feeds: tuple[tuple[str, str, str], ...] = FEEDS, **overrides: Any,
                  ) -> Iterator[tuple[StackConfig, AirflowAPI, ProcessGroup]]:
    """Feed server, SendGrid double and airflow standalone on free ports, the pipeline started; logs on failure.

    ``overrides`` are StackConfig fields (users, roster, advisers, feeds_dir, approvers, ...); ``env`` entries
    go to extra_env. The reconcile DAG runs every 30 s here, so a repair is seen within a test's patience.
    """
    env = overrides.pop("env", {})
    cfg = StackConfig(home=tmp_path / "stack", api_port=free_port(), feed_port=free_port(),
                      sendgrid_port=free_port(), airflow_db_url=airflow_db_url, outreach_db_url=store_url,
                      reconcile_minutes=0.5, extra_env={"AIRFLOW__CORE__PARALLELISM": "16", **env})
    cfg = replace(cfg, **overrides)
    kinds = {kind for _, _, kind in feeds}
    procs = ProcessGroup()
    api = AirflowAPI(cfg.api_url)
    try:
        prepare_home(cfg, fresh=True)
        start_services(cfg, procs)
        prepare_store(cfg, feeds)
        start_airflow(cfg, procs)
        wait_for("the Airflow API", api.login, timeout_s=300, every_s=2, alive=procs.check_alive)
        wait_for_dags(api, [MATCH_DAG, RECONCILE_DAG, *FETCH_DAGS], timeout_s=300, alive=procs.check_alive)
        start_pipeline(api, tuple(d for d in FETCH_DAGS if d.rsplit("_", 1)[-1] in kinds))
        yield cfg, api, procs
    except BaseException:
        print_logs(cfg)
        raise
    finally:
        api.close()
        procs.stop()
        time.sleep(1)  # let PostgreSQL see the connections go before the database is dropped


def review_ids_of(detail: dict[str, Any]) -> tuple[str, int]:
    ti = detail["task_instance"]
    return ti["dag_run_id"], int(ti["map_index"])


def form_values(detail: dict[str, Any]) -> dict[str, Any]:
    return {k: v["value"] for k, v in detail["params"].items()}


def store_rows(cfg: StackConfig, sql: str) -> list[Any]:
    engine = sa.create_engine(cfg.store_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql)).all()
    finally:
        engine.dispose()


def store_decisions(cfg: StackConfig) -> list[Any]:
    return store_rows(cfg, "select draft_id, action, actor, final_subject, reason from decisions order by id")


def all_tis(api: AirflowAPI, task_id: str) -> list[dict[str, Any]]:
    return [ti for run in api.dag_runs(MATCH_DAG) for ti in api.task_instances(MATCH_DAG, run["dag_run_id"])
            if ti["task_id"] == task_id]


def pipeline_state(cfg: StackConfig, api: AirflowAPI) -> str:
    """Where a run stands, in one line: the delivery ledger, the reviews, the review and reconcile tasks."""
    def counted(rows: list[Any]) -> str:
        return ", ".join(f"{k} {n}" for k, n in sorted(rows, key=str)) or "none"

    def states(tis: list[dict[str, Any]]) -> str:
        return counted(list(collections.Counter(str(ti["state"]) for ti in tis).items()))

    tis = [ti for run in api.dag_runs(MATCH_DAG) for ti in api.task_instances(MATCH_DAG, run["dag_run_id"])]
    return "; ".join([
        f"outbox to clients {len(client_messages(cfg))}",
        "ledger " + counted(store_rows(cfg, "select state, count(*) from deliveries group by state")),
        "reviews " + counted(store_rows(cfg, "select status || '/' || coalesce(recorded_from, '-'), count(*) "
                                             "from reviews group by 1")),
        *(f"{task} tasks " + states([ti for ti in tis if ti["task_id"] == task]) for task in (ASK, DELIVER)),
        "reconcile runs " + states(api.dag_runs(RECONCILE_DAG)),
        f"schedulers {scheduler_pids()}",
    ])


def scheduler_pids() -> list[int]:
    """PIDs of `airflow scheduler` processes (what `airflow standalone` started, or a restart of it)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                argv = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            # "airflow scheduler", or "python .../bin/airflow scheduler" (a console script run by its interpreter)
            for i, arg in enumerate(argv[:2]):
                if (arg.endswith(b"/airflow") or arg == b"airflow") and argv[i + 1:i + 2] == [b"scheduler"]:
                    pids.append(int(entry.name))
    return pids


def kill_scheduler() -> list[int]:
    """SIGKILL every scheduler process: what a crash or an OOM kill does."""
    pids = scheduler_pids()
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return pids


def start_scheduler(cfg: StackConfig, procs: ProcessGroup) -> None:
    """A new `airflow scheduler` with the stack's environment (standalone does not restart its children)."""
    airflow = str(Path(sys.executable).parent / "airflow")
    procs.start("scheduler-restarted", [airflow, "scheduler"], env=airflow_environment(cfg),
                log_path=cfg.logs / "scheduler-restarted.log")


def wait_for_open_reviews(api: AirflowAPI, procs: Any) -> list[dict[str, Any]]:
    """Wait until planning is done and every mapped review of every run awaits input (or was skipped)."""
    def reviews_open() -> list[dict[str, Any]] | None:
        runs = api.dag_runs(MATCH_DAG)
        if not runs:
            return None
        tis = [ti for run in runs for ti in api.task_instances(MATCH_DAG, run["dag_run_id"])]
        if any(ti["task_id"] in ("collect", "match_and_draft", "plan") and ti["state"] not in DONE_STATES
               for ti in tis):
            return None
        asks = [ti for ti in tis if ti["task_id"] == ASK]
        if not asks or any(ti["state"] not in ("awaiting_input", "skipped") for ti in asks):
            return None
        waiting = [ti for ti in asks if ti["state"] == "awaiting_input"]
        pending = api.pending_reviews()
        return pending if waiting and len(pending) == len(waiting) else None

    return wait_for("the reviews to await input", reviews_open, timeout_s=420, every_s=1, alive=procs.check_alive)
