"""The unique keys that make matching and drafting idempotent hold in the database."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from outreach.store.models import DecisionRow, DraftRow, EventRow, MatchRow


def test_one_event_per_event_key(session):
    session.add(EventRow(kind="bereavement", event_key="obit:jane-doe-2026-11-02"))
    session.commit()
    session.add(EventRow(kind="bereavement", event_key="obit:jane-doe-2026-11-02"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_one_match_per_client_and_outreach_key(session, make_draft):
    make_draft(session)
    event = session.scalars(sa.select(EventRow)).one()
    session.add(MatchRow(client_id="C1", event_id=event.id, role="in_area", score=0.5, outreach_key="obit:1"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_match_needs_a_known_client(session):
    session.add(EventRow(kind="news", event_key="news:1"))
    session.flush()
    event = session.scalars(sa.select(EventRow)).one()
    session.add(MatchRow(client_id="NOPE", event_id=event.id, role="subject", score=0.5, outreach_key="k"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_one_draft_per_match(session, make_draft):
    draft_id = make_draft(session)
    match_id = session.get(DraftRow, draft_id).match_id
    session.add(DraftRow(match_id=match_id, template="condolence"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_draft_status_is_checked(session, make_draft):
    draft_id = make_draft(session)
    session.get(DraftRow, draft_id).status = "maybe"
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_decisions_are_appended(session, make_draft):
    draft_id = make_draft(session)
    session.add_all([
        DecisionRow(draft_id=draft_id, action="snooze", actor="reviewer@example.com", source="airflow-hitl"),
        DecisionRow(draft_id=draft_id, action="approve", actor="reviewer@example.com", source="airflow-hitl",
                    final_subject="Thinking of you", final_body_text="..."),
    ])
    session.commit()
    actions = session.scalars(sa.select(DecisionRow.action).where(DecisionRow.draft_id == draft_id)
                              .order_by(DecisionRow.id))
    assert list(actions) == ["snooze", "approve"]
