"""The reviewer digest notifier, sending through the real sendgrid client to the local SendGrid double."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
from outreach_notifiers import CATEGORY, ApproverDigestNotifier, digest_mail
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


RUN = "asset_triggered__2026-11-28T16:08:33+00:00_x"


def _context() -> dict:
    ti = SimpleNamespace(dag_id="outreach_match_and_draft", run_id=RUN, task_id="digest", map_index=-1)
    return {"task_instance": ti, "ti": ti}


def _notify(counts, **kw):
    return ApproverDigestNotifier(counts=counts, base_url="http://127.0.0.1:8080", **kw).send(_context())


def test_digest_counts_by_kind_and_links_the_runs_required_actions():
    body = digest_mail(link="http://airflow.example/dags/d/runs/r/required_actions", to="a@firm.example",
                       to_name="Ada", counts={"weather": 1, "bereavement": 3}, from_email="outreach@firm.example",
                       run_id=RUN)
    assert [p["to"][0]["email"] for p in body["personalizations"]] == ["a@firm.example"]
    assert body["subject"] == "4 outreach review(s) await you"
    text = body["content"][0]["value"]
    assert "- 3 condolence review(s)\n- 1 weather review(s)" in text
    assert "http://airflow.example/dags/d/runs/r/required_actions" in text
    assert body["categories"] == [CATEGORY]


def test_one_digest_per_reviewer_per_run_from_the_advisers_file_and_the_fallback(double, monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada:ada@firm.example,bob:Bob Ray")
    result = _notify({"ops": {"weather": 2, "news": 1}, "jdoe": {"bereavement": 4}, "bob": {"news": 1}})
    assert result == {"sent": 2, "skipped": 1, "failed": 0}  # bob has no address
    bodies = {m["body"]["personalizations"][0]["to"][0]["email"]: m["body"] for m in double.messages()}
    assert sorted(bodies) == ["ada@firm.example", "jane.doe@lakeside-wealth.example"]
    assert bodies["ada@firm.example"]["from"]["email"] == "outreach@lakeside-wealth.example"
    text = bodies["jane.doe@lakeside-wealth.example"]["content"][0]["value"]
    assert f"http://127.0.0.1:8080/dags/outreach_match_and_draft/runs/{RUN.replace(':', '%3A').replace('+', '%2B')}" \
           "/required_actions" in text
    assert "4 condolence review(s)" in text


def test_digest_names_the_feed_sources_needing_attention(double, monkeypatch, tmp_path):
    from datetime import UTC, datetime

    from outreach.store.db import dispose_engines, session_scope, upgrade
    from outreach.store.feeds import add_feed_source

    url = f"sqlite:///{tmp_path / 'o.sqlite'}"
    monkeypatch.setenv("OUTREACH_DATABASE_URL", url)
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada:ada@firm.example")
    upgrade(url)
    _notify({"ops": {"news": 1}})
    assert "Feed sources" not in double.messages()[0]["body"]["content"][0]["value"]  # all healthy: no line
    with session_scope(url) as s:
        row, _ = add_feed_source(s, "star-obits", "https://obits.example/rss?token=s3cret", "obituary")
        row.consecutive_failures, row.last_error = 4, "fetch failed: https://obits.example/rss?token=s3cret: HTTP 503"
        row.created_at = row.last_success_at = row.last_new_item_at = datetime.now(UTC)
    _notify({"ops": {"news": 1}})
    text = double.messages()[1]["body"]["content"][0]["value"]
    assert "Feed sources needing attention: star-obits (4 fetches in a row failed)" in text
    assert "s3cret" not in text  # names and reasons only: no URL, no error text
    dispose_engines()


def test_digest_carries_no_client_name(double, monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada:ada@firm.example")
    _notify({"ops": {"bereavement": 1}})
    (message,) = double.messages()
    assert "Miller" not in json.dumps(message["body"]) and "@example.com" not in json.dumps(message["body"])


def test_sender_can_be_configured(double, monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada:ada@firm.example")
    monkeypatch.setenv("OUTREACH_NOTIFY_FROM", "reviews@firm.example")
    _notify({"ops": {"news": 1}})
    assert double.messages()[0]["body"]["from"]["email"] == "reviews@firm.example"


def test_no_reviewer_address_sends_nothing_and_does_not_fail(double, monkeypatch, capfd):
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada")
    assert _notify({"ops": {"news": 1}}) == {"sent": 0, "skipped": 1, "failed": 0}
    assert double.messages() == []
    assert "has no e-mail address" in "".join(capfd.readouterr())


def test_nothing_to_review_sends_nothing(double, monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada:ada@firm.example")
    assert _notify({"ops": {}, "": {"news": 3}}) == {"sent": 0, "skipped": 0, "failed": 0}
    assert double.messages() == []


def test_sendgrid_down_does_not_fail_the_run(double, monkeypatch, capfd):
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada:ada@firm.example")
    double.fail_next(500, times=10)
    assert _notify({"ops": {"news": 1}}) == {"sent": 0, "skipped": 0, "failed": 1}
    assert double.messages() == []
    output = "".join(capfd.readouterr())
    assert "failed" in output and "ada@firm.example" not in output


def test_wrong_api_key_is_logged_not_raised(double, monkeypatch, capfd):
    monkeypatch.setenv("OUTREACH_APPROVERS", "ops:Ada:ada@firm.example")
    monkeypatch.setenv("AIRFLOW_CONN_OUTREACH_SENDGRID",
                       json.dumps({"conn_type": "http", "host": double.url, "password": "SG.wrong"}))
    _notify({"ops": {"news": 1}})
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
