"""From feed to inbox through the real Airflow: standalone on a PostgreSQL metadata database, the demo's data.

The fetch DAGs are triggered, the asset events start matching, reviews wait as Required Actions assigned to each
client's adviser's reviewers, and people answer through the REST API as soon as the requests appear: approve one,
edit-and-approve one, reject one. The double must then hold exactly the two approved messages, once each, the
edited one with the edited text; re-running the delivery of an approved review must not send it again.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import UTC, datetime
from email import policy as email_policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from demo.run import MATCH_DAG, ROOT, AirflowAPI, outreach_environment, wait_for
from tests.e2e.stack import (
    CALL,
    DELIVER,
    DONE_STATES,
    client_messages,
    digests,
    form_values,
    recipient,
    running_stack,
    store_decisions,
    store_rows,
    text_of,
    wait_for_open_reviews,
)

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

EDITED_SUBJECT = "A personal note from your adviser (edited in review)"
EDITED_MARKER = "EDITED-IN-REVIEW-7f3a"
JANE = ["jdoe", "admin"]  # demo/data/advisers.toml: Jane Doe's reviewers
MARCUS = ["mlee", "admin"]


def draft_id(detail: dict[str, Any]) -> int:
    return int(detail["subject"].split("#", 1)[1].split()[0])


def test_feed_to_inbox_through_airflow_hitl(tmp_path: Path, postgres_database: str, postgres_schema_url: str):
    # "mallory" is an Airflow admin but no adviser's reviewer; "mlee" reviews for Marcus Lee only.
    users = {"admin": "admin", "jdoe": "jdoe", "mlee": "mlee", "mallory": "mallory-pass"}
    with running_stack(tmp_path, postgres_database, postgres_schema_url, users=users) as (cfg, api, procs):
        # Feed -> asset events -> matching -> planning; every mapped review waits for a person.
        pending = wait_for_open_reviews(api, procs)
        personal = [d for d in pending if "#" in d["subject"] and "review #" not in d["subject"]]
        storms = [d for d in pending if "review #" in d["subject"]]
        client_drafts = [d for d in personal if "adviser notice" not in d["subject"]]
        assert len(client_drafts) >= 3, [d["subject"] for d in pending]
        for detail in pending:
            assert detail["options"] == ["Approve", "Reject", "Snooze"]
            assert detail["defaults"] == ["Snooze"]  # what a timeout chooses: never a send
            assert [u["id"] for u in detail["assigned_users"]] in (JANE, MARCUS)
        for detail in personal:  # the evidence, the score and the draft, its line breaks kept
            assert "Evidence" in detail["body"] and "Score" in detail["body"] and "Subject" in detail["body"]
            assert "\n>\n> " in detail["body"], "the draft is quoted paragraph by paragraph"
        assert all("\n> Dear " in d["body"] for d in client_drafts)
        # The demo's Severe Thunderstorm Warning: at most one Required Action per adviser.
        storm_owners = [tuple(u["id"] for u in d["assigned_users"]) for d in storms]
        assert storms and len(storm_owners) == len(set(storm_owners)) <= 2
        # One digest per reviewer for the run, with counts and the run's Required Actions link, no client names.
        mails = digests(cfg)
        assert sorted(recipient(m) for m in mails) == sorted({
            "approvals@lakeside-wealth.example", "jane.doe@lakeside-wealth.example",
            "marcus.lee@lakeside-wealth.example"})
        assert all("/required_actions" in text_of(m) and "Miller" not in text_of(m) for m in mails)
        assert not client_messages(cfg), "nothing may reach a client before an approval"

        jane_drafts = [d for d in client_drafts if [u["id"] for u in d["assigned_users"]] == JANE]
        approve, edit, reject = (jane_drafts + [d for d in client_drafts if d not in jane_drafts])[:3]
        for intruder, password in (("mallory", "mallory-pass"), ("mlee", "mlee")):
            other = AirflowAPI(cfg.api_url, intruder, password)
            with pytest.raises(httpx.HTTPStatusError, match="403"):
                other.respond(approve, "Approve", form_values(approve))
            other.close()
        ids = {"approve": draft_id(approve), "edit": draft_id(edit), "reject": draft_id(reject)}
        values = {name: form_values(d) for name, d in (("approve", approve), ("edit", edit), ("reject", reject))}
        edited_body = values["edit"]["body"].replace("\n\n", f"\n\n{EDITED_MARKER}\n\n", 1)
        # The policy proposes a card for a bereavement: the reviewer of these two switches them to e-mail.
        assert {values["approve"]["channel"], values["edit"]["channel"]} <= {"email", "card", "call"}
        # One more client draft approved as the card the policy proposed, and the storm list as calls.
        card = next(d for d in client_drafts
                    if d not in (approve, edit, reject) and form_values(d)["channel"] == "card")
        storm = storms[0]
        assert form_values(storm)["channel"] == "call", "the demo's Severe warning proposes a call"
        # Answered the moment they are listed: no waiting for Airflow's workers.
        api.respond(approve, "Approve", {**values["approve"], "channel": "email"})
        api.respond(edit, "Approve", {**values["edit"], "channel": "email", "subject": EDITED_SUBJECT,
                                      "body": edited_body})
        api.respond(reject, "Reject", {**values["reject"], "reason": "not the right person"})
        api.respond(card, "Approve", form_values(card))
        api.respond(storm, "Approve", form_values(storm))

        # A second answer to the same request is refused: a decision cannot be changed behind a send.
        with pytest.raises(httpx.HTTPStatusError, match="409"):
            api.respond(approve, "Reject", values["approve"])

        answered = {(d["task_instance"]["dag_run_id"], d["task_instance"]["map_index"])
                    for d in (approve, edit, reject, card, storm)}

        def deliver_states() -> dict[tuple[str, int], str]:
            return {(run, ti["map_index"]): ti["state"] for run in {r for r, _ in answered}
                    for ti in api.task_instances(MATCH_DAG, run)
                    if ti["task_id"] == DELIVER and (run, ti["map_index"]) in answered}

        wait_for("the five deliver tasks", lambda: len(deliver_states()) == 5
                 and set(deliver_states().values()) <= DONE_STATES, timeout_s=240, every_s=2, alive=procs.check_alive)
        wait_for("the two approved messages", lambda: len(client_messages(cfg)) >= 2, timeout_s=120, every_s=2,
                 alive=procs.check_alive)

        messages = client_messages(cfg)
        by_draft: dict[int, list[dict[str, Any]]] = {}
        for m in messages:
            by_draft.setdefault(int(m["custom_args"]["draft_id"]), []).append(m)
        assert sorted(by_draft) == sorted([ids["approve"], ids["edit"]])
        assert all(len(v) == 1 for v in by_draft.values()), "each approved message exactly once"
        assert by_draft[ids["approve"]][0]["subject"] == values["approve"]["subject"]
        assert EDITED_MARKER not in text_of(by_draft[ids["approve"]][0])
        assert by_draft[ids["edit"]][0]["subject"] == EDITED_SUBJECT
        assert EDITED_MARKER in text_of(by_draft[ids["edit"]][0])
        assert ids["reject"] not in by_draft

        # The card is rendered for the adviser's print batch, never e-mailed.
        (card_row,) = store_rows(cfg, "select channel, state, artifact_path from deliveries "
                                      f"where draft_id = {draft_id(card)}")
        assert (card_row.channel, card_row.state) == ("card", "rendered")
        assert Path(card_row.artifact_path).read_bytes()[:5] == b"%PDF-"
        assert draft_id(card) not in by_draft

        # The storm's approved calls become one "record the outcome" Required Action for the same reviewers.
        storm_run, storm_index = storm["task_instance"]["dag_run_id"], storm["task_instance"]["map_index"]
        (outcomes,) = wait_for("the call-outcome request", lambda: [
            d for d in api.pending_reviews() if d["task_instance"]["task_id"] == CALL
            and (d["task_instance"]["dag_run_id"], d["task_instance"]["map_index"]) == (storm_run, storm_index)],
            timeout_s=180, every_s=1, alive=procs.check_alive)
        assert [u["id"] for u in outcomes["assigned_users"]] == [u["id"] for u in storm["assigned_users"]]
        fields = [k for k in outcomes["params"] if k.startswith("outcome_")]
        assert fields and outcomes["options"] == ["Record outcomes"]
        api.respond(outcomes, "Record outcomes", {**form_values(outcomes), **{k: "reached" for k in fields},
                                                  "note": "spoke to them, all well"})
        call_ids = [int(k.removeprefix("outcome_")) for k in fields]

        def call_rows() -> list[Any]:
            return store_rows(cfg, "select draft_id, channel, state, call_outcome, outcome_by from deliveries "
                                   f"where draft_id in ({', '.join(map(str, call_ids))})")

        wait_for("the recorded call outcomes", lambda: all(r.state == "called" for r in call_rows()),
                 timeout_s=180, every_s=1, alive=procs.check_alive)
        assert {(r.channel, r.call_outcome, r.outcome_by) for r in call_rows()} == {("call", "reached", "admin")}
        assert not set(call_ids) & set(by_draft), "a call task is not an e-mail"

        # What left today goes into the compliance archive: the two e-mails (.eml, with the journal BCC), the card
        # once printed in Jane's batch, the calls with their outcome; every file's hash is in the manifest.
        archive = tmp_path / "archive"
        card_adviser = "jane.doe" if [u["id"] for u in card["assigned_users"]] == JANE else "marcus.lee"
        printed = outreach_cli(cfg, "cards", "print", "--adviser", f"{card_adviser}@lakeside-wealth.example")
        assert ": 1 card(s), 1 newly marked printed" in printed, printed
        today = datetime.now(UTC).date().isoformat()
        exported = outreach_cli(cfg, "archive", "export", "--since", today, "--out", str(archive))
        (day_dir,) = [p for p in archive.iterdir() if p.is_dir()]
        manifest = json.loads((day_dir / "manifest.json").read_text(encoding="utf-8"))
        print(f"archive: {exported.strip()}; files: {sorted(p.name for p in day_dir.iterdir())}")
        for name, digest in manifest["files"].items():
            assert hashlib.sha256((day_dir / name).read_bytes()).hexdigest() == digest, name
        emls = sorted(day_dir.glob("*.eml"))
        assert len(emls) == 2 and len(list(day_dir.glob("*-card.pdf"))) >= 1
        assert len(list(day_dir.glob("*-call.json"))) == len(call_ids)
        for eml in emls:
            parsed = BytesParser(policy=email_policy.default).parsebytes(eml.read_bytes())
            assert not parsed.defects and parsed["Bcc"] == "journal@lakeside-wealth.example"

        # Re-running the delivery of the approved review (a cleared task) sends nothing more.
        run_id = approve["task_instance"]["dag_run_id"]
        cleared_index = approve["task_instance"]["map_index"]
        resp = api.request("POST", f"/api/v2/dags/{MATCH_DAG}/clearTaskInstances", json={
            "dry_run": False, "dag_run_id": run_id, "only_failed": False, "reset_dag_runs": False,
            "task_ids": [[DELIVER, cleared_index]]})
        assert resp.status_code == 200, resp.text

        def redelivered() -> bool:
            ti = next(t for t in api.task_instances(MATCH_DAG, run_id)
                      if t["task_id"] == DELIVER and t["map_index"] == cleared_index)
            return ti["try_number"] >= 2 and ti["state"] in DONE_STATES

        wait_for("the cleared deliver task to run again", redelivered, timeout_s=180, every_s=2,
                 alive=procs.check_alive)
        assert len(client_messages(cfg)) == 2

        # The audit trail names the person who decided, with the final text and the reason.
        rows = {r.draft_id: r for r in store_decisions(cfg)}
        assert rows[ids["approve"]].action == "approve" and rows[ids["approve"]].actor == "admin"
        assert rows[ids["edit"]].final_subject == EDITED_SUBJECT
        assert rows[ids["reject"]].action == "reject" and rows[ids["reject"]].reason == "not the right person"
        storm_review = int(storm["subject"].rsplit("review #", 1)[1].rstrip(")"))
        storm_ids = {r.draft_id for r in store_rows(
            cfg, f"select draft_id from review_drafts where review_id = {storm_review}")}
        assert set(call_ids) <= storm_ids
        assert set(rows) == {*ids.values(), draft_id(card), *storm_ids}, "only the answered drafts have decisions"


def test_unanswered_reviews_expire_without_sending_and_can_be_reopened(
        tmp_path: Path, postgres_database: str, postgres_schema_url: str):
    # 0.02 h = 72 s: long enough to see the requests, short enough for the scheduler's timeout sweep to act.
    with running_stack(tmp_path, postgres_database, postgres_schema_url, review_timeout_hours=0.02,
                       ) as (cfg, api, procs):
        pending = wait_for_open_reviews(api, procs)
        personal = [d for d in pending if "review #" not in d["subject"]]

        # Nobody answers: every review resumes with the safe default and each of its drafts is expired.
        def all_expired() -> bool:
            rows = store_decisions(cfg)
            waiting = store_rows_waiting(cfg)
            return bool(rows) and waiting == 0 and {r.action for r in rows} == {"expire"}

        wait_for("every review to time out", all_expired, timeout_s=300, every_s=3, alive=procs.check_alive)
        assert {r.actor for r in store_decisions(cfg)} == {"airflow:timeout"}
        assert api.pending_reviews() == []
        assert client_messages(cfg) == [], "a timeout must never send"

        # A manual run re-opens one expired draft for review; approving it then sends it, once.
        target = next(d for d in personal if "adviser notice" not in d["subject"])
        api.trigger(MATCH_DAG, conf={"draft_ids": [draft_id(target)]})
        reopened = wait_for("the re-opened review", lambda: [d for d in api.pending_reviews()
                                                             if draft_id(d) == draft_id(target)],
                            timeout_s=180, every_s=1, alive=procs.check_alive)[0]
        api.respond(reopened, "Approve", form_values(reopened))
        wait_for("the re-opened draft to be delivered", lambda: len(client_messages(cfg)) == 1,
                 timeout_s=180, every_s=2, alive=procs.check_alive)
        (message,) = client_messages(cfg)
        assert int(message["custom_args"]["draft_id"]) == draft_id(target)
        assert [r.action for r in store_decisions(cfg) if r.draft_id == draft_id(target)] == ["expire", "approve"]


def store_rows_waiting(cfg: Any) -> int:
    from tests.e2e.stack import store_rows

    return int(store_rows(cfg, "select count(*) from drafts where status = 'pending_review'")[0][0])


def outreach_cli(cfg: Any, *args: str) -> str:
    """Run the `outreach` command as a person would, against the stack's store; its stdout."""
    import os

    done = subprocess.run([sys.executable, "-m", "outreach", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **outreach_environment(cfg)}, check=False, timeout=120)
    assert done.returncode == 0, f"outreach {' '.join(args)}: {done.stderr}"
    return done.stdout
