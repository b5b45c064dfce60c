"""Store fixtures: a migrated database (SQLite file and PostgreSQL schema) and a chain of rows to a draft."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from outreach.store.db import dispose_engines, session_factory, upgrade
from outreach.store.models import ClientRow, DraftRow, EventRow, MatchRow


@pytest.fixture
def db(database_url: str):
    """The URL of a database migrated to head."""
    upgrade(database_url)
    yield database_url
    dispose_engines()  # before the PostgreSQL schema is dropped


@pytest.fixture
def session(db: str):
    with session_factory(db)() as s:
        yield s


@pytest.fixture
def make_draft():
    """A function making a client, an event, a match and a draft; it returns the draft id."""
    return _make_draft


def _make_draft(session: Session, n: int = 1) -> int:
    session.add(ClientRow(client_id=f"C{n}", first_name="Ann", last_name="Lee"))
    event = EventRow(kind="bereavement", event_key=f"obit:{n}", data={"deceased": "x"})
    session.add(event)
    session.flush()
    match = MatchRow(client_id=f"C{n}", event_id=event.id, role="survivor", score=0.9, evidence="e",
                     outreach_key=f"obit:{n}")
    session.add(match)
    session.flush()
    draft = DraftRow(match_id=match.id, template="condolence", subject="s", body_text="b")
    session.add(draft)
    session.commit()
    return draft.id
