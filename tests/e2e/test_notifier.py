"""The approver e-mail notifier, sending through the real sendgrid client to the local SendGrid double."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from outreach_notifiers import CATEGORY, ApproverEmailNotifier, approval_request_mail
from outreach_review import DraftReviewOperator
from outreach_sendgrid import OutreachSendGridHook

from demo.run import ROOT
from demo.sendgrid_double import SendGridDouble

KEY = "SG.notifier-test-key"


@pytest.fixture
def double(tmp_path, monkeypatch):
    with SendGridDouble(tmp_path / "outbox", api_key=KEY) as d:
        monkeypatch.setenv("AIRFLOW_CONN_OUTREACH_SENDGRID",
                           json.dumps({"conn_type": "http", "host": d.url, "password": KEY}))
        monkeypatch.setenv("OUTREACH_ADVISERS_FILE", str(ROOT / "demo" / "data" / "advisers.toml"))
        monkeypatch.delenv("OUTREACH_NOTIFY_FROM", raising=False)
        yield d


def _context(draft_id: int = 12, kind: str = "bereavement") -> dict:
    task = DraftReviewOperator(task_id="draft.review", draft_id=draft_id)
    task.draft_kind = kind
    task.subject = f"Review {kind} draft #{draft_id} for Margaret Miller"
    ti = SimpleNamespace(dag_id="outreach_match_and_draft", run_id="asset_triggered__2026-11-28T16:08:33+00:00_x",
                         task_id="draft.review", map_index=3)
    return {"task": task, "task_instance": ti, "ti": ti}


def test_mail_goes_to_each_approver_separately_with_the_link():
    body = approval_request_mail(link="http://airflow.example/dags/d/runs/r/tasks/t/required_actions?map_index=3",
                                 draft_id=12, kind="weather", to=["a@firm.example", "b@firm.example"],
                                 from_email="outreach@firm.example")
    # One personalization per approver (the sendgrid helper prepends them): nobody sees the others.
    assert sorted(p["to"][0]["email"] for p in body["personalizations"]) == ["a@firm.example", "b@firm.example"]
    assert all(len(p["to"]) == 1 for p in body["personalizations"])
    assert body["subject"] == "Outreach draft #12 awaits your review"
    assert "required_actions?map_index=3" in body["content"][0]["value"]
    assert body["categories"] == [CATEGORY]
    assert body["custom_args"] == {"draft_id": "12"}


def test_approvers_are_emailed_the_required_actions_link(double, monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "admin:Ada:ada@firm.example,bob:Bob Ray,carol:Carol:carol@firm.example")
    ApproverEmailNotifier(base_url="http://127.0.0.1:8080")(_context())
    (message,) = double.messages()
    body = message["body"]
    assert sorted(p["to"][0]["email"] for p in body["personalizations"]) == ["ada@firm.example", "carol@firm.example"]
    assert body["from"]["email"] == "outreach@lakeside-wealth.example"  # the firm's sender from the advisers file
    text = body["content"][0]["value"]
    assert ("http://127.0.0.1:8080/dags/outreach_match_and_draft/runs/asset_triggered__2026-11-28T16:08:33+00:00_x"
            "/tasks/draft.review/required_actions?map_index=3") in text
    assert "bereavement" in text


def test_email_carries_no_client_name(double, monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "admin:Ada:ada@firm.example")
    ApproverEmailNotifier(base_url="http://127.0.0.1:8080")(_context())
    (message,) = double.messages()
    assert "Miller" not in json.dumps(message["body"])


def test_sender_can_be_configured(double, monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "admin:Ada:ada@firm.example")
    monkeypatch.setenv("OUTREACH_NOTIFY_FROM", "reviews@firm.example")
    ApproverEmailNotifier(base_url="http://127.0.0.1:8080")(_context())
    assert double.messages()[0]["body"]["from"]["email"] == "reviews@firm.example"


def test_no_approver_address_sends_nothing_and_does_not_fail(double, monkeypatch, capfd):
    monkeypatch.setenv("OUTREACH_APPROVERS", "admin:Ada")
    ApproverEmailNotifier(base_url="http://127.0.0.1:8080")(_context())
    assert double.messages() == []
    assert "no approver e-mail configured" in "".join(capfd.readouterr())


def test_sendgrid_down_does_not_fail_the_review(double, monkeypatch, capfd):
    monkeypatch.setenv("OUTREACH_APPROVERS", "admin:Ada:ada@firm.example")
    double.fail_next(500, times=10)
    ApproverEmailNotifier(base_url="http://127.0.0.1:8080")(_context())  # must not raise
    assert double.messages() == []
    output = "".join(capfd.readouterr())
    assert "e-mail failed" in output
    assert "ada@firm.example" not in output


def test_wrong_api_key_is_logged_not_raised(double, monkeypatch, capfd):
    monkeypatch.setenv("OUTREACH_APPROVERS", "admin:Ada:ada@firm.example")
    monkeypatch.setenv("AIRFLOW_CONN_OUTREACH_SENDGRID",
                       json.dumps({"conn_type": "http", "host": double.url, "password": "SG.wrong"}))
    ApproverEmailNotifier(base_url="http://127.0.0.1:8080")(_context())
    assert double.messages() == []
    assert "UnauthorizedError" in "".join(capfd.readouterr())


def test_hook_reads_key_and_host_from_the_connection(double):
    assert OutreachSendGridHook().credentials() == (KEY, double.url)


@pytest.mark.parametrize("conn,expected_host", [
    ({"conn_type": "http", "password": "SG.k"}, "https://api.sendgrid.com"),
    ({"conn_type": "http", "host": "api.eu.sendgrid.com", "password": "SG.k"}, "https://api.eu.sendgrid.com"),
    ({"conn_type": "http", "host": "http://127.0.0.1:9/", "password": "SG.k"}, "http://127.0.0.1:9"),
])
def test_hook_host_forms(monkeypatch, conn, expected_host):
    monkeypatch.setenv("AIRFLOW_CONN_OUTREACH_SENDGRID", json.dumps(conn))
    assert OutreachSendGridHook().credentials() == ("SG.k", expected_host)


def test_hook_without_api_key_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_OUTREACH_SENDGRID", json.dumps({"conn_type": "http", "host": "x.example"}))
    with pytest.raises(ValueError, match="no password"):
        OutreachSendGridHook().credentials()
