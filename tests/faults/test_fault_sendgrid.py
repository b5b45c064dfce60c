"""SendGrid answering 429, 500 and hanging after accepting, and the delivery worker killed between the
API call and the ledger update, through the whole pipeline.

Feeds over real HTTP -> ingest_kind -> match_and_draft -> record_decision -> deliver_approved with the
real sendgrid client against demo.sendgrid_double; a retried delivery task is a second
deliver_approved over the same draft ids. After each fault the four invariants hold
(tests/faults/harness.py). The unit-level versions of these faults are in tests/test_delivery.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from demo.sendgrid_double import SendGridDouble
from outreach.delivery import RetryPolicy
from outreach.pipeline import deliver_approved, ingest_kind, match_and_draft, record_decision
from outreach.store.db import dispose_engines
from tests.faults.harness import (
    ADVISERS,
    API_KEY,
    OBITUARIES,
    RSS_TYPE,
    assert_invariants,
    drafts_by_client,
    fast_http,
    ledger,
    prepare,
    rss,
    sent_draft_ids,
)

POLICY = RetryPolicy(max_attempts=3, initial_wait_s=0.01, max_wait_s=0.05, timeout_s=1.0)
EXPECTED = {k: v for o in OBITUARIES for k, v in o.expected.items()}
SERVED = [("obits", o.guid) for o in OBITUARIES]


@pytest.fixture
def double(tmp_path, sendgrid_api_key):
    with SendGridDouble(tmp_path / "outbox", api_key=sendgrid_api_key, hang_s=5) as d:
        yield d


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


@pytest.fixture
def drafted(database_url, monkeypatch, httpserver) -> tuple[str, dict[str, int]]:
    """The pipeline up to review: three obituaries fetched over HTTP, matched and drafted."""
    fast_http(monkeypatch)
    httpserver.expect_request("/obits.rss").respond_with_data(rss(OBITUARIES), content_type=RSS_TYPE)
    prepare(database_url, {"obits": httpserver.url_for("/obits.rss")})
    match_and_draft(database_url, ingest_kind(database_url, "obituary"), advisers=ADVISERS)
    yield database_url, {c: d["id"] for c, d in drafts_by_client(database_url).items()}
    dispose_engines()


def deliver(db_url: str, sg, draft_ids, policy: RetryPolicy = POLICY) -> dict[int, str]:
    return {o.draft_id: o.status for o in deliver_approved(db_url, list(draft_ids), sg, advisers=ADVISERS,
                                                           policy=policy)}


def test_429_500_and_a_hang_after_accepting_then_the_task_retried(drafted, double, sg):
    db, ids = drafted
    for client in ("c-100", "c-200", "c-300", "c-500"):
        record_decision(db, ids[client], "approve", "alice")
    record_decision(db, ids["c-400"], "reject", "alice", reason="distant relative")
    everything = sorted(ids.values())

    double.fail_next(429, retry_after=0)  # rate limited once, then accepted
    assert deliver(db, sg, [ids["c-100"]]) == {ids["c-100"]: "sent"}
    double.fail_next(500, times=POLICY.max_attempts)  # every attempt of this call fails
    assert deliver(db, sg, [ids["c-200"]]) == {ids["c-200"]: "failed"}
    assert ledger(db)[ids["c-200"]] == "pending"  # nothing was accepted: a later run may send it
    double.hang_next()  # accepted and stored, the answer never comes
    assert deliver(db, sg, [ids["c-300"]]) == {ids["c-300"]: "unknown"}
    assert deliver(db, sg, [ids["c-400"]]) == {ids["c-400"]: "not_approved"}
    assert sorted(sent_draft_ids(double)) == sorted([ids["c-100"], ids["c-300"]])

    # The delivery task retried over every draft of the run.
    outcomes = deliver(db, sg, everything)
    assert outcomes == {ids["c-100"]: "already_sent", ids["c-200"]: "sent", ids["c-300"]: "unknown",
                        ids["c-400"]: "not_approved", ids["c-500"]: "sent"}
    assert deliver(db, sg, everything) == {**outcomes, ids["c-200"]: "already_sent", ids["c-500"]: "already_sent"}
    assert sorted(sent_draft_ids(double)) == sorted(ids[c] for c in ("c-100", "c-200", "c-300", "c-500"))
    assert ledger(db)[ids["c-300"]] == "unknown"  # a person checks SendGrid's activity; never resent by itself
    assert_invariants(db, double, served=SERVED, expected_drafts=EXPECTED)


def test_429_until_retries_run_out_sends_on_the_next_run_once(drafted, double, sg):
    db, ids = drafted
    approved = [ids["c-100"], ids["c-500"]]
    for draft_id in approved:
        record_decision(db, draft_id, "approve", "alice")
    double.fail_next(429, times=POLICY.max_attempts, retry_after=0)
    first = deliver(db, sg, approved)
    assert first == {ids["c-100"]: "failed", ids["c-500"]: "sent"}
    assert deliver(db, sg, approved) == {ids["c-100"]: "sent", ids["c-500"]: "already_sent"}
    assert sorted(sent_draft_ids(double)) == sorted(approved)
    assert_invariants(db, double, served=SERVED, expected_drafts=EXPECTED)


KILLED_DELIVERY_TASK = textwrap.dedent("""
    import sys
    from outreach.delivery import RetryPolicy, make_sendgrid_client
    from outreach.pipeline import deliver_approved
    db_url, host, key, *ids = sys.argv[1:]
    deliver_approved(db_url, [int(i) for i in ids], make_sendgrid_client(key, host=host),
                     policy=RetryPolicy(timeout_s=60))
""")


def test_delivery_task_killed_between_the_api_call_and_the_ledger_update(drafted, double, sg):
    """The task process dies (SIGKILL) while SendGrid has accepted the first message but not answered.
    The retried task sends the others, leaves the first alone while its claim is fresh, and marks it
    unknown after the lease: it is never sent twice."""
    db, ids = drafted
    approved = [ids[c] for c in ("c-100", "c-300", "c-500")]
    for draft_id in approved:
        record_decision(db, draft_id, "approve", "alice")
    double.hang_next()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_DELIVERY_TASK, db, double.url, API_KEY,
                             *map(str, approved)], env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        deadline = time.monotonic() + 60
        while not double.messages():
            assert proc.poll() is None, "delivery task exited before reaching SendGrid"
            assert time.monotonic() < deadline, "delivery task never reached SendGrid"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    [first] = sent_draft_ids(double)
    assert first == approved[0] and ledger(db)[first] == "sending"

    retried = deliver(db, sg, approved)  # Airflow retries the task at once
    assert retried == {approved[0]: "in_progress", approved[1]: "sent", approved[2]: "sent"}
    later = deliver(db, sg, approved, RetryPolicy(claim_lease_s=0))  # after the claim's lease
    assert later == {approved[0]: "unknown", approved[1]: "already_sent", approved[2]: "already_sent"}
    assert sorted(sent_draft_ids(double)) == sorted(approved)
    assert_invariants(db, double, served=SERVED, expected_drafts=EXPECTED)
