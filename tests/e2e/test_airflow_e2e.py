"""From feed to inbox through the real Airflow: standalone on a PostgreSQL metadata database.

The demo's own pieces (demo/run.py) start the feed server, the SendGrid double and `airflow standalone`
on free ports in a temporary home; the outreach store is a fresh PostgreSQL schema. The fetch DAGs are
triggered, the asset events start matching, drafts wait as Required Actions, and a person answers
through the REST API: approve one, edit-and-approve one, reject one. The double must then hold exactly
the two approved messages, once each, the edited one with the edited text; re-running the delivery of
an approved draft must not send it again.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from demo.run import (
    FETCH_DAGS, MATCH_DAG, AirflowAPI, ProcessGroup, StackConfig, free_port, prepare_home, prepare_store,
    start_airflow, start_pipeline, start_services, wait_for, wait_for_dags,
)

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

EDITED_SUBJECT = "A personal note from your adviser (edited in review)"
EDITED_MARKER = "EDITED-IN-REVIEW-7f3a"
DONE_STATES = {"success", "failed", "skipped", "upstream_failed"}


def _outbox(cfg: StackConfig) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8"))["body"] for p in sorted(cfg.outbox.glob("*.json"))]


def _client_messages(cfg: StackConfig) -> list[dict[str, Any]]:
    """Messages to clients (category "outreach"), not the approval requests to staff."""
    return [m for m in _outbox(cfg) if "outreach" in (m.get("categories") or [])]


def _text(message: dict[str, Any]) -> str:
    return next(c["value"] for c in message["content"] if c["type"] == "text/plain")


def _draft_id(detail: dict[str, Any]) -> int:
    return int(detail["subject"].split("#", 1)[1].split()[0])


def _print_logs(cfg: StackConfig) -> None:
    """On failure: the last lines of every process log and every task log."""
    for path in sorted(cfg.logs.glob("*.log")) + sorted((cfg.airflow_home / "logs").rglob("*.log")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        print(f"\n===== {path} (last 80 of {len(lines)} lines) =====")
        print("\n".join(lines[-80:]))


def test_feed_to_inbox_through_airflow_hitl(tmp_path: Path, postgres_database: str, postgres_schema_url: str):
    cfg = StackConfig(home=tmp_path / "stack", api_port=free_port(), feed_port=free_port(),
                      sendgrid_port=free_port(), airflow_db_url=postgres_database,
                      outreach_db_url=postgres_schema_url,
                      extra_env={"AIRFLOW__CORE__PARALLELISM": "16"})
    procs = ProcessGroup()
    api = AirflowAPI(cfg.api_url)
    try:
        prepare_home(cfg, fresh=True)
        start_services(cfg, procs)
        prepare_store(cfg)
        start_airflow(cfg, procs)
        wait_for("the Airflow API", api.login, timeout_s=300, every_s=2, alive=procs.check_alive)
        wait_for_dags(api, [MATCH_DAG, *FETCH_DAGS], timeout_s=300, alive=procs.check_alive)
        start_pipeline(api)

        # Feed -> asset events -> one matching run whose mapped reviews all wait for a person.
        def reviews_open() -> list[dict[str, Any]] | None:
            runs = api.dag_runs(MATCH_DAG)
            if not runs:
                return None
            tis = [ti for run in runs for ti in api.task_instances(MATCH_DAG, run["dag_run_id"])]
            if any(ti["task_id"] in ("collect", "match_and_draft") and ti["state"] not in DONE_STATES for ti in tis):
                return None
            reviews = [ti for ti in tis if ti["task_id"] == "draft.review"]
            if not reviews or any(ti["state"] != "awaiting_input" for ti in reviews):
                return None
            pending = api.pending_reviews()
            return pending if len(pending) == len(reviews) else None

        pending = wait_for("the drafts to await review", reviews_open, timeout_s=420, every_s=3,
                           alive=procs.check_alive)
        client_drafts = [d for d in pending if "adviser notice" not in d["subject"]]
        assert len(client_drafts) >= 3, [d["subject"] for d in pending]
        # Every request shows the evidence, the score and the draft, and is assigned to the approver.
        for detail in pending:
            assert "Evidence" in detail["body"] and "Score" in detail["body"] and "Subject" in detail["body"]
            assert detail["options"] == ["Approve", "Reject", "Snooze"]
            assert detail["defaults"] == ["Snooze"]  # what a timeout chooses: never a send
            assert detail["assigned_users"] == [{"id": "admin", "name": "Demo Approver"}]
        # The approver was e-mailed once per draft with a link to its Required Action.
        requests = [m for m in _outbox(cfg) if "outreach-approval-request" in (m.get("categories") or [])]
        assert sorted(int(m["custom_args"]["draft_id"]) for m in requests) == sorted(_draft_id(d) for d in pending)
        assert all("/required_actions?map_index=" in _text(m) for m in requests)
        assert not _client_messages(cfg), "nothing may reach a client before an approval"

        approve, edit, reject = client_drafts[:3]
        ids = {"approve": _draft_id(approve), "edit": _draft_id(edit), "reject": _draft_id(reject)}
        values = {name: {k: v["value"] for k, v in d["params"].items()}
                  for name, d in (("approve", approve), ("edit", edit), ("reject", reject))}
        edited_body = values["edit"]["body"].replace("\n\n", f"\n\n{EDITED_MARKER}\n\n", 1)
        api.respond(approve, "Approve", values["approve"])
        api.respond(edit, "Approve", {**values["edit"], "subject": EDITED_SUBJECT, "body": edited_body})
        api.respond(reject, "Reject", {**values["reject"], "reason": "not the right person"})

        # A second answer to the same request is refused: a decision cannot be changed behind a send.
        with pytest.raises(httpx.HTTPStatusError, match="409"):
            api.respond(approve, "Reject", values["approve"])

        answered = {(d["task_instance"]["dag_run_id"], d["task_instance"]["map_index"]) for d in (approve, edit, reject)}

        def deliver_states() -> dict[tuple[str, int], str]:
            return {(run, ti["map_index"]): ti["state"] for run in {r for r, _ in answered}
                    for ti in api.task_instances(MATCH_DAG, run)
                    if ti["task_id"] == "draft.deliver" and (run, ti["map_index"]) in answered}

        wait_for("the three deliver tasks", lambda: len(deliver_states()) == 3
                 and set(deliver_states().values()) <= DONE_STATES, timeout_s=240, every_s=2, alive=procs.check_alive)
        assert set(deliver_states().values()) == {"success"}, deliver_states()

        messages = _client_messages(cfg)
        by_draft = {}
        for m in messages:
            by_draft.setdefault(int(m["custom_args"]["draft_id"]), []).append(m)
        assert sorted(by_draft) == sorted([ids["approve"], ids["edit"]])
        assert all(len(v) == 1 for v in by_draft.values()), "each approved message exactly once"
        assert by_draft[ids["approve"]][0]["subject"] == values["approve"]["subject"]
        assert EDITED_MARKER not in _text(by_draft[ids["approve"]][0])
        assert by_draft[ids["edit"]][0]["subject"] == EDITED_SUBJECT
        assert EDITED_MARKER in _text(by_draft[ids["edit"]][0])
        assert ids["reject"] not in by_draft

        # Re-running the delivery of the approved draft (a cleared task) sends nothing more.
        run_id = approve["task_instance"]["dag_run_id"]
        resp = api.request("POST", f"/api/v2/dags/{MATCH_DAG}/clearTaskInstances", json={
            "dry_run": False, "dag_run_id": run_id, "only_failed": False, "reset_dag_runs": False,
            "task_ids": [["draft.deliver", approve["task_instance"]["map_index"]]]})
        assert resp.status_code == 200, resp.text
        cleared_index = approve["task_instance"]["map_index"]

        def redelivered() -> bool:
            ti = next(t for t in api.task_instances(MATCH_DAG, run_id)
                      if t["task_id"] == "draft.deliver" and t["map_index"] == cleared_index)
            return ti["try_number"] >= 2 and ti["state"] in DONE_STATES

        wait_for("the cleared deliver task to run again", redelivered, timeout_s=180, every_s=2,
                 alive=procs.check_alive)
        assert len(_client_messages(cfg)) == 2

        # The audit trail names the person who decided, with the final text and the reason.
        engine = sa.create_engine(cfg.store_url)
        with engine.connect() as conn:
            rows = {r.draft_id: r for r in conn.execute(sa.text(
                "select draft_id, action, actor, final_subject, reason from decisions"))}
        engine.dispose()
        assert rows[ids["approve"]].action == "approve" and rows[ids["approve"]].actor == "admin"
        assert rows[ids["edit"]].final_subject == EDITED_SUBJECT
        assert rows[ids["reject"]].action == "reject" and rows[ids["reject"]].reason == "not the right person"
        assert set(rows) == set(ids.values()), "only the answered drafts have decisions"
    except BaseException:
        _print_logs(cfg)
        raise
    finally:
        api.close()
        procs.stop()
        time.sleep(1)  # let PostgreSQL see the connections go before the database is dropped
