"""The send ledger: a delivery is claimed once, whatever the concurrency, and moves only along its state machine."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
import sqlalchemy as sa

from outreach.store.db import session_factory
from outreach.store.deliveries import (
    DeliveryStateError,
    claim_delivery,
    ensure_delivery,
    mark_failed,
    mark_sent,
    mark_unknown,
    reap_stale_sending,
    requeue_delivery,
)
from outreach.store.models import DeliveryRow, utcnow


def test_ensure_delivery_is_idempotent(session, make_draft):
    draft_id = make_draft(session)
    first = ensure_delivery(session, draft_id)
    session.commit()
    assert ensure_delivery(session, draft_id).id == first.id
    assert first.state == "pending" and first.attempts == 0


def test_claim_succeeds_once(session, make_draft):
    draft_id = make_draft(session)
    ensure_delivery(session, draft_id)
    session.commit()
    assert claim_delivery(session, draft_id) is True
    session.commit()
    assert claim_delivery(session, draft_id) is False
    row = session.scalar(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id))
    assert (row.state, row.attempts) == ("sending", 1) and row.sending_at is not None


def test_claim_without_a_delivery_row_is_false(session, make_draft):
    assert claim_delivery(session, make_draft(session)) is False


def test_concurrent_claims_have_exactly_one_winner(db, session, make_draft):
    draft_id = make_draft(session)
    ensure_delivery(session, draft_id)
    session.commit()
    factory = session_factory(db)
    workers = 8
    barrier = threading.Barrier(workers)
    wins: list[bool] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with factory() as s:
                barrier.wait()
                won = claim_delivery(s, draft_id)
                s.commit()
                wins.append(won)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(wins) == [False] * (workers - 1) + [True]


def test_sent_is_final(session, make_draft):
    draft_id = make_draft(session)
    ensure_delivery(session, draft_id)
    claim_delivery(session, draft_id)
    mark_sent(session, draft_id, "sg-123")
    session.commit()
    row = session.scalar(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id))
    assert (row.state, row.provider_message_id) == ("sent", "sg-123") and row.sent_at is not None
    assert claim_delivery(session, draft_id) is False
    with pytest.raises(DeliveryStateError, match="is sent, not sending"):
        mark_sent(session, draft_id, "sg-456")
    with pytest.raises(DeliveryStateError):
        requeue_delivery(session, draft_id, "oops")


def test_mark_sent_needs_a_claim(session, make_draft):
    draft_id = make_draft(session)
    ensure_delivery(session, draft_id)
    with pytest.raises(DeliveryStateError, match="is pending, not sending"):
        mark_sent(session, draft_id, "sg-1")


def test_retryable_failure_goes_back_to_pending(session, make_draft):
    draft_id = make_draft(session)
    ensure_delivery(session, draft_id)
    claim_delivery(session, draft_id)
    mark_failed(session, draft_id, "HTTP 429", retry=True)
    assert claim_delivery(session, draft_id) is True
    row = session.scalar(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id))
    assert (row.state, row.attempts, row.last_error) == ("sending", 2, "HTTP 429")


def test_final_failure_and_unknown_need_a_person(session, make_draft):
    a, b = make_draft(session, 1), make_draft(session, 2)
    for draft_id in (a, b):
        ensure_delivery(session, draft_id)
        claim_delivery(session, draft_id)
    mark_failed(session, a, "HTTP 400 bad address")
    mark_unknown(session, b, "read timeout after the request was sent")
    assert claim_delivery(session, a) is False and claim_delivery(session, b) is False
    requeue_delivery(session, b, "not in the provider's activity log")
    assert claim_delivery(session, b) is True


def test_stale_sending_is_reaped_to_unknown(session, make_draft):
    fresh, stale = make_draft(session, 1), make_draft(session, 2)
    for draft_id in (fresh, stale):
        ensure_delivery(session, draft_id)
        claim_delivery(session, draft_id)
    session.execute(sa.update(DeliveryRow).where(DeliveryRow.draft_id == stale)
                    .values(sending_at=utcnow() - timedelta(hours=2)))
    assert reap_stale_sending(session, timedelta(minutes=30)) == [stale]
    states = dict(session.execute(sa.select(DeliveryRow.draft_id, DeliveryRow.state)).all())
    assert states == {fresh: "sending", stale: "unknown"}


def test_state_is_checked_by_the_database(session, make_draft):
    draft_id = make_draft(session)
    ensure_delivery(session, draft_id)
    session.commit()
    with pytest.raises(sa.exc.IntegrityError):
        session.execute(sa.update(DeliveryRow).values(state="delivered-maybe"))
        session.commit()


def test_one_delivery_row_per_draft(session, make_draft):
    draft_id = make_draft(session)
    ensure_delivery(session, draft_id)
    session.commit()
    session.add(DeliveryRow(draft_id=draft_id))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()
