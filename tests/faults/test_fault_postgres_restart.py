"""PostgreSQL restarted (or gone) during ingestion, on a private throwaway cluster.

The machine's shared PostgreSQL is never touched: each test starts its own cluster (initdb + pg_ctl on a
free port) and stops or restarts it from inside a feed server's handler, i.e. while ``ingest_kind`` is
in the middle of a source. Afterwards: a clear error where something failed, a re-run that completes,
and the four invariants (tests/faults/harness.py). Mandatory under CI=true: missing PostgreSQL binaries
fail the test there instead of skipping it.
"""

from __future__ import annotations

import logging
import os
import threading

import pytest
import sqlalchemy as sa
from werkzeug import Response

from demo.sendgrid_double import SendGridDouble
from outreach.delivery import make_sendgrid_client
from outreach.pipeline import deliver_approved, ingest_kind, match_and_draft
from outreach.store.db import dispose_engines, session_scope
from outreach.store.models import FeedSourceRow
from tests.faults.harness import (
    ADVISERS,
    API_KEY,
    BRANDT,
    FAST,
    KOWALSKI,
    MILLER,
    RSS_TYPE,
    approve_all,
    assert_invariants,
    fast_http,
    prepare,
    rss,
    sent_draft_ids,
    stored_items,
)
from tests.faults.private_postgres import PostgresUnavailable, PrivateCluster

pytestmark = pytest.mark.postgres

FEEDS = {"a_leader": MILLER, "b_herald": KOWALSKI, "c_courier": BRANDT}  # fetched in name order
SERVED = [(name, o.guid) for name, o in FEEDS.items()]
EXPECTED = {k: v for o in FEEDS.values() for k, v in o.expected.items()}


@pytest.fixture
def cluster(monkeypatch):
    try:
        pg = PrivateCluster()
    except PostgresUnavailable as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"a private PostgreSQL cluster is required in CI: {exc}")
        pytest.skip(str(exc))
    try:
        pg.start()
        fast_http(monkeypatch, timeout_s=30)  # a handler that restarts the server takes a moment
        yield pg
    finally:
        dispose_engines()
        pg.destroy()


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


def serve(httpserver, feed_name: str, on_first_fetch=None) -> str:
    """Serve FEEDS[feed_name]; ``on_first_fetch`` runs inside the first request, before the answer."""
    body = rss([FEEDS[feed_name]])
    first = threading.Event()

    def handler(_request):
        if on_first_fetch is not None and not first.is_set():
            first.set()
            on_first_fetch()
        return Response(body, content_type=RSS_TYPE, headers={"ETag": f'"{feed_name}-1"'})

    path = f"/{feed_name}.rss"
    httpserver.expect_request(path).respond_with_handler(handler)
    return httpserver.url_for(path)


def source_errors(db_url: str) -> dict[str, str | None]:
    with session_scope(db_url) as s:
        return dict(s.execute(sa.select(FeedSourceRow.name, FeedSourceRow.last_error)).all())


def finish_pipeline(db_url: str, item_ids: list[int], sg) -> None:
    draft_ids = match_and_draft(db_url, item_ids, advisers=ADVISERS)
    approve_all(db_url, draft_ids)
    deliver_approved(db_url, draft_ids, sg, advisers=ADVISERS, policy=FAST)


def test_postgres_crash_restart_while_a_source_is_fetched(cluster, httpserver, double, sg, caplog):
    """The server crashes and comes back while source b is being fetched: b fails with a clear error,
    a (stored before) and c (fetched after) are fine, the next run stores b; nothing lost or doubled."""
    urls = {"a_leader": serve(httpserver, "a_leader"),
            "b_herald": serve(httpserver, "b_herald", on_first_fetch=lambda: cluster.restart("immediate")),
            "c_courier": serve(httpserver, "c_courier")}
    prepare(cluster.url, urls)

    with caplog.at_level(logging.WARNING):
        first = ingest_kind(cluster.url, "obituary")
    assert set(stored_items(cluster.url)) == {("a_leader", MILLER.guid), ("c_courier", BRANDT.guid)}
    assert len(first) == 2
    errors = source_errors(cluster.url)
    assert errors["a_leader"] is None and errors["c_courier"] is None
    assert errors["b_herald"] == "unexpected OperationalError (run with -vv for details)"
    assert any("b_herald" in r.getMessage() and "OperationalError" in r.getMessage() for r in caplog.records)

    second = ingest_kind(cluster.url, "obituary")  # the next scheduled run
    assert len(second) == 1 and source_errors(cluster.url)["b_herald"] is None
    assert ingest_kind(cluster.url, "obituary") == []  # and nothing more after that

    finish_pipeline(cluster.url, first + second, sg)
    assert len(sent_draft_ids(double)) == len(EXPECTED)
    assert_invariants(cluster.url, double, served=SERVED, expected_drafts=EXPECTED)


def test_postgres_down_for_the_rest_of_the_run_fails_clearly_and_a_rerun_completes(cluster, httpserver, double, sg):
    """The server stops while source b is fetched and stays down: the run ends with a clear database
    error (the task fails and is retried); once the server is back, the re-run stores b and c."""
    urls = {"a_leader": serve(httpserver, "a_leader"),
            "b_herald": serve(httpserver, "b_herald", on_first_fetch=lambda: cluster.stop("fast")),
            "c_courier": serve(httpserver, "c_courier")}
    prepare(cluster.url, urls)

    with pytest.raises(sa.exc.OperationalError, match="connection") as failure:
        ingest_kind(cluster.url, "obituary")
    assert str(cluster.port) in str(failure.value)  # names the server that is down

    cluster.start()
    assert set(stored_items(cluster.url)) == {("a_leader", MILLER.guid)}  # committed before the stop: kept
    rerun = ingest_kind(cluster.url, "obituary")
    assert len(rerun) == 2
    assert ingest_kind(cluster.url, "obituary") == []

    with session_scope(cluster.url) as s:
        all_ids = list(s.scalars(sa.text("select id from feed_items order by id")))
    finish_pipeline(cluster.url, all_ids, sg)
    assert_invariants(cluster.url, double, served=SERVED, expected_drafts=EXPECTED)


def test_postgres_restarted_between_every_pipeline_step(cluster, httpserver, double, sg):
    """Crash-restarts between fetch, match and draft, review and delivery: pooled connections are
    re-established (pool_pre_ping) and every step completes once."""
    urls = {name: serve(httpserver, name) for name in FEEDS}
    prepare(cluster.url, urls)
    cluster.restart("immediate")
    item_ids = ingest_kind(cluster.url, "obituary")
    cluster.restart("immediate")
    draft_ids = match_and_draft(cluster.url, item_ids, advisers=ADVISERS)
    cluster.restart("immediate")
    approve_all(cluster.url, draft_ids)
    cluster.restart("immediate")
    outcomes = deliver_approved(cluster.url, draft_ids, sg, advisers=ADVISERS, policy=FAST)
    assert [o.status for o in outcomes] == ["sent"] * len(EXPECTED)
    cluster.restart("immediate")
    assert [o.status for o in deliver_approved(cluster.url, draft_ids, sg, advisers=ADVISERS, policy=FAST)] == \
        ["already_sent"] * len(EXPECTED)
    assert_invariants(cluster.url, double, served=SERVED, expected_drafts=EXPECTED)


def test_postgres_crash_restart_while_a_message_is_in_flight(cluster, httpserver, tmp_path):
    """SendGrid has accepted the first message but not answered when the database crash-restarts. The
    claim was committed before the call, so the ledger recovers to 'unknown' (never resent) and the
    other approved drafts go out once."""
    from outreach.delivery import RetryPolicy

    urls = {name: serve(httpserver, name) for name in FEEDS}
    prepare(cluster.url, urls)
    draft_ids = match_and_draft(cluster.url, ingest_kind(cluster.url, "obituary"), advisers=ADVISERS)
    approve_all(cluster.url, draft_ids)
    with SendGridDouble(tmp_path / "outbox", api_key=API_KEY, hang_s=20) as double:
        sg = make_sendgrid_client(API_KEY, host=double.url)
        double.hang_next()

        def restart_once_accepted() -> None:
            while not double.messages():
                threading.Event().wait(0.02)
            cluster.restart("immediate")

        restarter = threading.Thread(target=restart_once_accepted)
        restarter.start()
        policy = RetryPolicy(max_attempts=1, timeout_s=8)
        outcomes = deliver_approved(cluster.url, draft_ids, sg, advisers=ADVISERS, policy=policy)
        restarter.join(30)
        assert [o.status for o in outcomes] == ["unknown"] + ["sent"] * (len(draft_ids) - 1)
        again = deliver_approved(cluster.url, draft_ids, sg, advisers=ADVISERS, policy=policy)
        assert [o.status for o in again] == ["unknown"] + ["already_sent"] * (len(draft_ids) - 1)
        assert sorted(sent_draft_ids(double)) == sorted(draft_ids)
        assert_invariants(cluster.url, double, served=SERVED, expected_drafts=EXPECTED)
