"""A DAG run cleared and re-run, at the library level: the whole pipeline twice over the same items.

The Airflow-level version (clearing a real DAG run) lives in tests/e2e; this proves the property the
DAGs rely on: every step of outreach.pipeline is idempotent, so a repeated run adds no rows, drafts
nothing new and sends nothing twice, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from outreach.pipeline import deliver_approved, ingest_kind, match_and_draft, record_decision
from outreach.store.db import dispose_engines, session_scope
from outreach.store.models import DecisionRow, DeliveryRow, DraftRow, EventRow, FeedItemRow, MatchRow
from tests.faults.harness import (
    ADVISERS,
    API_KEY,
    FAST,
    OBITUARIES,
    RSS_TYPE,
    approve_all,
    assert_invariants,
    drafts_by_client,
    fast_http,
    prepare,
    rss,
    sent_draft_ids,
)

EXPECTED = {k: v for o in OBITUARIES for k, v in o.expected.items()}
SERVED = [("obits", o.guid) for o in OBITUARIES]
TABLES = (FeedItemRow, EventRow, MatchRow, DraftRow, DecisionRow, DeliveryRow)


@pytest.fixture
def sendgrid_api_key():
    return API_KEY


@pytest.fixture
def db(database_url, monkeypatch):
    fast_http(monkeypatch)
    yield database_url
    dispose_engines()


def counts(db_url: str) -> list[int]:
    with session_scope(db_url) as s:
        return [s.scalar(sa.select(sa.func.count()).select_from(t)) for t in TABLES]


def run_once(db_url: str, sg, decide) -> tuple[list[int], list[int]]:
    """One DAG run: fetch, match and draft, review (``decide``), deliver what was handed to review."""
    new_items = ingest_kind(db_url, "obituary")
    # A cleared run re-reads the same asset event: the items of the first run, not "new" ones.
    with session_scope(db_url) as s:
        item_ids = list(s.scalars(sa.select(FeedItemRow.id).order_by(FeedItemRow.id)))
    for_review = match_and_draft(db_url, item_ids, advisers=ADVISERS)
    decide(for_review)
    everything = sorted(d["id"] for d in drafts_by_client(db_url).values())
    deliver_approved(db_url, everything, sg, advisers=ADVISERS, policy=FAST)
    return new_items, for_review


def test_cleared_run_rerun_after_approval_drafts_and_sends_nothing_new(db, httpserver, double, sg):
    httpserver.expect_request("/obits.rss").respond_with_data(rss(OBITUARIES), content_type=RSS_TYPE)
    prepare(db, {"obits": httpserver.url_for("/obits.rss")})

    new_items, first_review = run_once(db, sg, lambda ids: approve_all(db, ids))
    assert len(new_items) == 3 and len(first_review) == len(EXPECTED)
    after_first = counts(db)
    sent_first = sorted(sent_draft_ids(double))
    assert len(sent_first) == len(EXPECTED)

    # The same run cleared and re-run, the reviewers' answers replayed by the HITL tasks.
    new_items, second_review = run_once(db, sg, lambda ids: approve_all(db, ids))
    assert new_items == [] and second_review == []
    assert counts(db) == after_first
    assert sorted(sent_draft_ids(double)) == sent_first
    assert_invariants(db, double, served=SERVED, expected_drafts=EXPECTED)


def test_cleared_run_while_reviews_are_open_sends_only_what_was_approved(db, httpserver, double, sg):
    """First run: one draft approved, one rejected, the rest still awaiting review when the run is cleared."""
    httpserver.expect_request("/obits.rss").respond_with_data(rss(OBITUARIES), content_type=RSS_TYPE)
    prepare(db, {"obits": httpserver.url_for("/obits.rss")})
    by_client: dict[str, int] = {}

    def partly(ids: list[int]) -> None:
        by_client.update({c: d["id"] for c, d in drafts_by_client(db).items()})
        record_decision(db, by_client["c-100"], "approve", "alice")
        record_decision(db, by_client["c-400"], "reject", "alice", reason="not close enough")

    run_once(db, sg, partly)
    assert sent_draft_ids(double) == [by_client["c-100"]]
    open_before = {by_client["c-200"], by_client["c-300"], by_client["c-500"]}

    _, second_review = run_once(db, sg, lambda ids: None)  # re-run: reviews re-opened, nobody answers yet
    assert set(second_review) == open_before
    assert sent_draft_ids(double) == [by_client["c-100"]]

    _, third_review = run_once(db, sg, lambda ids: approve_all(db, ids))  # now they are approved
    assert set(third_review) == open_before
    assert sorted(sent_draft_ids(double)) == sorted(open_before | {by_client["c-100"]})
    assert by_client["c-400"] not in sent_draft_ids(double)
    assert_invariants(db, double, served=SERVED, expected_drafts=EXPECTED)
