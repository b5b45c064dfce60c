"""Delivery: the ledger makes a second send impossible; faults from the real client against the double.

Every test runs on SQLite and on PostgreSQL (the database_url fixture) with the real `sendgrid` client
talking HTTP to demo.sendgrid_double.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from tenacity import RetryCallState

from outreach.advisers import Adviser, AdviserDirectory, Firm
from outreach.client import Client
from outreach.delivery import (
    FinalMessage,
    RetryPolicy,
    _NotSent,
    build_mail,
    deliver_draft,
    make_sendgrid_client,
)
from outreach.feeds.item import FeedItem
from outreach.match.model import Match
from outreach.pipeline import record_decision, store_matches
from outreach.store import deliveries as ledger
from outreach.store.clients import upsert_clients
from outreach.store.db import session_factory, session_scope, upgrade
from outreach.store.feeds import add_feed_source, store_items
from outreach.store.models import ClientRow, DeliveryRow, DraftRow, FeedItemRow

API_KEY = "SG.test-key"
FAST = RetryPolicy(max_attempts=3, initial_wait_s=0.01, max_wait_s=0.05, timeout_s=5)

JANE = Adviser(email="jane.doe@lakeside.example", name="Jane Doe", title="Senior Wealth Adviser",
               from_email="jane@mail.lakeside.example", firm_name="Lakeside Wealth Partners")
ADVISERS = AdviserDirectory({JANE.email: JANE}, Firm(name="Lakeside Wealth Partners",
                                                     from_email="hello@lakeside.example"))
SUSAN = Client("c-100", "Susan", "Halvorsen", city="Chippewa Falls", state="WI",
               email="susan.halvorsen@example.com", advisor_email="jane.doe@lakeside.example")
ROBERT = Client("c-200", "Robert", "Miller", city="Eau Claire", state="WI", email="bob.miller@example.com",
                advisor_email="jane.doe@lakeside.example")
OBIT = FeedItem(source="obits", item_id="obit-1", kind="bereavement", title="Robert J. Miller",
                text="Robert J. Miller, 84, of Eau Claire died. He is survived by his daughter Susan Halvorsen.",
                link="https://obits.example/miller", published=datetime(2026, 5, 1, tzinfo=UTC))


def seed(db_url: str, matches: list[Match] | None = None) -> list[int]:
    """Migrate, import two clients and one obituary, store matches and their drafts; return draft ids."""
    upgrade(db_url)
    matches = matches if matches is not None else [
        Match("c-100", "obit-1", "bereavement", "survivor", 0.93, "his daughter Susan Halvorsen",
              {"event_key": "obit:miller", "outreach_key": "c-100|obit:miller", "deceased": "Robert J. Miller",
               "relation": "child"})]
    with session_scope(db_url) as s:
        upsert_clients(s, [SUSAN, ROBERT])
        source, _ = add_feed_source(s, "obits", "https://obits.example/rss", "obituary")
        ids = store_items(s, source, [OBIT])
        rows = list(s.scalars(sa.select(FeedItemRow).where(FeedItemRow.id.in_(ids))))
        return store_matches(s, matches, rows, ADVISERS)


def delivery_row(db_url: str, draft_id: int) -> DeliveryRow | None:
    with session_scope(db_url) as s:
        return s.scalar(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id))


def deliver(db_url, draft_id, sg, policy=FAST):
    return deliver_draft(session_factory(db_url), draft_id, sg, advisers=ADVISERS, policy=policy)


def test_approved_draft_is_sent_once_with_categories_custom_args_and_both_parts(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "reviewer@lakeside.example")
    outcome = deliver(database_url, draft_id, sg)
    assert (outcome.status, outcome.sent_now, outcome.ledger_state, outcome.attempts) == ("sent", True, "sent", 1)
    [message] = double.messages()
    body = message["body"]
    assert outcome.provider_message_id == message["message_id"]
    assert body["personalizations"][0]["to"] == [{"email": "susan.halvorsen@example.com"}]
    assert body["from"] == {"email": "jane@mail.lakeside.example", "name": "Jane Doe"}
    assert body["reply_to"] == {"email": "jane.doe@lakeside.example"}
    assert body["categories"] == ["outreach", "bereavement"]
    assert body["custom_args"]["draft_id"] == str(draft_id)
    assert [c["type"] for c in body["content"]] == ["text/plain", "text/html"]
    assert "your father, Robert" in body["content"][0]["value"]
    row = delivery_row(database_url, draft_id)
    assert row.state == "sent" and row.sent_at is not None and row.attempts == 1
    with session_scope(database_url) as s:
        draft = s.get(DraftRow, draft_id)
        assert draft.status == "sent"
        assert body["content"][1]["value"] == draft.body_html  # unedited: the template's own HTML


def test_second_deliver_of_the_same_draft_sends_nothing(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "reviewer")
    first = deliver(database_url, draft_id, sg)
    again = [deliver(database_url, draft_id, sg) for _ in range(3)]
    assert first.sent_now and [o.status for o in again] == ["already_sent"] * 3
    assert not any(o.sent_now for o in again)
    assert again[0].provider_message_id == first.provider_message_id
    assert len(double.messages()) == 1


def test_unreviewed_draft_is_never_sent(database_url, double, sg):
    [draft_id] = seed(database_url)
    outcome = deliver(database_url, draft_id, sg)
    assert outcome.status == "not_approved" and outcome.ledger_state is None
    assert double.messages() == [] and double.requests == []


@pytest.mark.parametrize("action", ["reject", "snooze", "expire"])
def test_rejected_snoozed_or_expired_draft_is_never_sent(database_url, double, sg, action):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, action, "reviewer", reason="not now")
    assert deliver(database_url, draft_id, sg).status == "not_approved"
    assert double.requests == []


def test_approval_withdrawn_by_a_later_reject_is_not_sent(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    record_decision(database_url, draft_id, "reject", "bob", reason="wrong Susan")
    assert deliver(database_url, draft_id, sg).status == "not_approved"
    assert double.requests == []


def test_edited_text_is_what_is_sent_and_its_html_is_escaped(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice", final_subject="Thinking of you, Sue",
                    final_body="Dear Sue,\n\nI heard about your dad <3 & I am so sorry.\n\nJane")
    assert deliver(database_url, draft_id, sg).status == "sent"
    body = double.messages()[0]["body"]
    assert body["subject"] == "Thinking of you, Sue"
    text, html = body["content"][0]["value"], body["content"][1]["value"]
    assert text == "Dear Sue,\n\nI heard about your dad <3 & I am so sorry.\n\nJane\n"
    assert "your dad &lt;3 &amp; I am so sorry." in html and "<3" not in html


def test_429_then_202_sends_once(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.fail_next(429, times=1, retry_after=0)
    outcome = deliver(database_url, draft_id, sg)
    assert (outcome.status, outcome.attempts) == ("sent", 2)
    assert [r["status"] for r in double.requests] == [429, 202]
    assert len(double.messages()) == 1
    row = delivery_row(database_url, draft_id)
    assert (row.state, row.attempts) == ("sent", 2)


def test_500_forever_fails_and_nothing_is_recorded_as_sent(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.fail_next(500, times=FAST.max_attempts)
    outcome = deliver(database_url, draft_id, sg)
    assert (outcome.status, outcome.retryable, outcome.sent_now, outcome.attempts) == ("failed", True, False, 3)
    assert "HTTP 500" in outcome.error
    row = delivery_row(database_url, draft_id)
    assert row.state == "pending" and row.sent_at is None and row.provider_message_id is None
    assert double.messages() == []
    with session_scope(database_url) as s:
        assert s.get(DraftRow, draft_id).status == "approved"
    # Nothing was accepted, so the next run may try again; it sends exactly once.
    again = deliver(database_url, draft_id, sg)
    assert again.status == "sent" and len(double.messages()) == 1
    assert delivery_row(database_url, draft_id).attempts == FAST.max_attempts + 1


def test_refused_by_sendgrid_400_fails_for_good_until_a_person_requeues(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.fail_next(400)
    outcome = deliver(database_url, draft_id, sg)
    assert (outcome.status, outcome.retryable, outcome.ledger_state) == ("failed", False, "failed")
    assert deliver(database_url, draft_id, sg).status == "failed"
    assert len(double.requests) == 1  # the rerun did not call SendGrid
    with session_scope(database_url) as s:
        ledger.requeue_delivery(s, draft_id, "payload fixed")
    assert deliver(database_url, draft_id, sg).status == "sent"
    assert len(double.messages()) == 1


def test_wrong_api_key_is_a_permanent_failure(database_url, double):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    outcome = deliver(database_url, draft_id, make_sendgrid_client("SG.wrong", host=double.url))
    assert outcome.status == "failed" and "HTTP 401" in outcome.error
    assert double.messages() == []


def test_accept_then_hang_is_unknown_and_a_retry_does_not_resend(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.hang_next()
    outcome = deliver(database_url, draft_id, sg, RetryPolicy(max_attempts=3, initial_wait_s=0.01,
                                                              max_wait_s=0.05, timeout_s=0.5))
    assert (outcome.status, outcome.ledger_state, outcome.attempts) == ("unknown", "unknown", 1)
    assert "check SendGrid" in outcome.error
    assert len(double.messages()) == 1  # SendGrid did get it
    for _ in range(2):
        retry = deliver(database_url, draft_id, sg)
        assert retry.status == "unknown" and not retry.sent_now
    assert len(double.messages()) == 1 and len(double.requests) == 1


def test_connection_refused_before_sending_is_safe_to_retry(database_url, double):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"  # bound, not listening: refused
        outcome = deliver(database_url, draft_id, make_sendgrid_client(API_KEY, host=dead))
    assert (outcome.status, outcome.retryable, outcome.ledger_state) == ("failed", True, "pending")
    assert "before the request was sent" in outcome.error


def test_garbage_answer_after_the_request_is_unknown(database_url):
    """A proxy that reads the whole request, then answers junk: SendGrid may have it; never resend."""
    import socket

    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    received = []

    def answer_junk() -> None:
        conn, _ = server.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, rest = data.partition(b"\r\n\r\n")
            length = int(next(h for h in head.split(b"\r\n") if h.lower().startswith(b"content-length")).split(b":")[1])
            while len(rest) < length:
                rest += conn.recv(65536)
            received.append(rest)
            conn.sendall(b"garbage that is not HTTP\r\n\r\n")

    thread = threading.Thread(target=answer_junk, daemon=True)
    thread.start()
    host = f"http://127.0.0.1:{server.getsockname()[1]}"
    outcome = deliver(database_url, draft_id, make_sendgrid_client(API_KEY, host=host))
    thread.join(5)
    server.close()
    assert (outcome.status, outcome.ledger_state, outcome.attempts) == ("unknown", "unknown", 1)
    assert len(received) == 1


def test_concurrent_delivery_from_many_threads_sends_once(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    factory = session_factory(database_url)
    barrier = threading.Barrier(6)
    outcomes = []

    def worker() -> None:
        barrier.wait()
        outcomes.append(deliver_draft(factory, draft_id, make_sendgrid_client(API_KEY, host=double.url),
                                      advisers=ADVISERS, policy=FAST))

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(outcomes) == 6
    assert sum(o.sent_now for o in outcomes) == 1
    assert {o.status for o in outcomes} <= {"sent", "already_sent", "in_progress"}
    assert len(double.messages()) == 1 and len(double.requests) == 1


def test_a_stop_during_the_backoff_ends_the_wait_and_puts_the_draft_back_to_pending(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.fail_next(503)  # nothing accepted; the retry would wait 30 s
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()  # the worker is told to stop during that wait
    outcome = deliver_draft(session_factory(database_url), draft_id, sg, advisers=ADVISERS, stop=stop,
                            policy=RetryPolicy(max_attempts=3, initial_wait_s=30, max_wait_s=30, timeout_s=5))
    assert (outcome.status, outcome.retryable, outcome.attempts) == ("failed", True, 1)
    assert delivery_row(database_url, draft_id).state == "pending" and not double.messages()
    assert deliver(database_url, draft_id, sg).status == "sent"  # the next run sends it, once
    assert len(double.messages()) == 1


KILLED_WORKER = textwrap.dedent("""
    import sys
    from outreach.advisers import AdviserDirectory
    from outreach.delivery import RetryPolicy, deliver_draft, make_sendgrid_client
    from outreach.store.db import session_factory
    db_url, host, draft_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
    deliver_draft(session_factory(db_url), draft_id, make_sendgrid_client("SG.test-key", host=host),
                  policy=RetryPolicy(timeout_s=60))
""")


def test_worker_killed_between_the_api_call_and_the_ledger_update_is_never_resent(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.hang_next()  # SendGrid accepts, the answer never arrives before the kill
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WORKER, database_url, double.url, str(draft_id)],
                            env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        deadline = time.monotonic() + 60
        while not double.messages():
            assert proc.poll() is None, "worker exited before sending"
            assert time.monotonic() < deadline, "worker never reached SendGrid"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    assert delivery_row(database_url, draft_id).state == "sending"
    # Re-run at once (a retried task): the claim is fresh, so nothing is done.
    assert deliver(database_url, draft_id, sg).status == "in_progress"
    # Re-run after the claim's lease: moved to unknown for a person, still not resent.
    outcome = deliver(database_url, draft_id, sg, RetryPolicy(claim_lease_s=0))
    assert (outcome.status, outcome.ledger_state) == ("unknown", "unknown")
    assert deliver(database_url, draft_id, sg).status == "unknown"
    assert len(double.messages()) == 1


def test_unknown_outcome_is_sent_again_only_after_a_person_requeues_it(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.hang_next()
    deliver(database_url, draft_id, sg, RetryPolicy(max_attempts=1, timeout_s=0.3))
    with session_scope(database_url) as s:
        ledger.requeue_delivery(s, draft_id, "not in SendGrid activity")
    assert deliver(database_url, draft_id, sg).status == "sent"
    assert len(double.messages()) == 2  # the person's choice, recorded in last_error history


def test_client_flagged_deceased_after_approval_is_not_sent(database_url, double, sg):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    with session_scope(database_url) as s:
        s.get(ClientRow, "c-100").deceased_at = datetime.now(UTC)
    outcome = deliver(database_url, draft_id, sg)
    assert outcome.status == "suppressed" and "deceased" in outcome.error
    assert double.requests == []
    assert deliver(database_url, draft_id, sg).status == "failed"  # stays refused


def test_adviser_notice_goes_to_the_adviser_from_the_firm(database_url, double, sg):
    [draft_id] = seed(database_url, [Match("c-200", "obit-1", "bereavement", "deceased_client", 0.97,
                                           "Robert J. Miller, 84, of Eau Claire")])
    record_decision(database_url, draft_id, "approve", "alice")
    assert deliver(database_url, draft_id, sg).status == "sent"
    body = double.messages()[0]["body"]
    assert body["personalizations"][0]["to"] == [{"email": "jane@mail.lakeside.example"}]
    assert body["from"]["email"] == "hello@lakeside.example" and "reply_to" not in body
    assert "bob.miller@example.com" not in str(body)


def test_no_pii_in_logs_above_debug(database_url, double, sg, caplog):
    [draft_id] = seed(database_url)
    record_decision(database_url, draft_id, "approve", "alice")
    double.fail_next(429, retry_after=0)
    with caplog.at_level(logging.INFO):
        deliver(database_url, draft_id, sg)
    text = "\n".join(r.getMessage() for r in caplog.records if r.levelno > logging.DEBUG)
    assert text  # something was logged
    for pii in ("Susan", "Halvorsen", "susan.halvorsen@example.com", "Robert", "jane"):
        assert pii not in text


def test_missing_draft_is_a_clear_error(database_url, sg):
    upgrade(database_url)
    with pytest.raises(LookupError, match="draft 999 does not exist"):
        deliver(database_url, 999, sg)


def test_backoff_honours_retry_after_within_the_cap():
    from outreach.http_retry import backoff_wait

    policy = RetryPolicy(initial_wait_s=1, max_wait_s=30)
    wait = backoff_wait(policy.initial_wait_s, policy.max_wait_s)  # what deliver_draft retries with

    def state(attempt: int, exc: Exception) -> RetryCallState:
        rs = RetryCallState(None, None, (), {})
        rs.attempt_number = attempt
        rs.set_exception((type(exc), exc, None))
        return rs

    assert wait(state(1, _NotSent("429", retry_after=7))) == 7
    assert wait(state(3, _NotSent("500"))) == 4
    assert wait(state(1, _NotSent("429", retry_after=3600))) == 30


def test_an_http_date_retry_after_is_honoured_too():
    from email.utils import format_datetime

    from outreach.delivery import _retry_after

    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    assert 85 <= _retry_after({"Retry-After": soon}) <= 90
    assert _retry_after({"Retry-After": "12"}) == 12 and _retry_after({}) is None


def test_build_mail_shape():
    msg = FinalMessage(draft_id=5, decision_id=9, kind="weather", to_email="a@example.com", to_name="",
                       subject="S", body_text="T", body_html="<p>T</p>", from_email="f@example.com",
                       from_name="F", reply_to=None)
    mail = build_mail(msg)
    assert mail["custom_args"] == {"draft_id": "5", "decision_id": "9"}
    assert mail["categories"] == ["outreach", "weather"]


def test_make_sendgrid_client_needs_a_key():
    with pytest.raises(ValueError, match="API key is required"):
        make_sendgrid_client("", host="http://127.0.0.1:1")
