"""Client upsert: re-import updates in place, never duplicates, and never forgets who has died."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from outreach.client import Client
from outreach.roster import read_roster
from outreach.store.clients import load_clients, upsert_clients
from outreach.store.models import ClientRow

ROSTERS = Path(__file__).parent.parent / "fixtures" / "roster"


def test_reimport_updates_not_duplicates(session):
    clean = read_roster(ROSTERS / "clean.csv").clients
    assert upsert_clients(session, clean) == (3, 0)
    session.commit()
    assert upsert_clients(session, clean) == (0, 0)
    session.commit()

    counts = upsert_clients(session, read_roster(ROSTERS / "clean_updated.csv").clients)
    session.commit()
    assert (counts.inserted, counts.updated) == (1, 1)  # C004 is new; C001 changed; C002 identical
    assert session.scalar(sa.select(sa.func.count()).select_from(ClientRow)) == 4
    peggy = session.get(ClientRow, "C001")
    assert (peggy.email, peggy.do_not_contact, peggy.spouse_first_name) == ("peggy.k@example.com", True, "")
    assert session.get(ClientRow, "C003") is not None  # absent from the new export: kept


def test_stored_clients_read_back_equal(session):
    clean = read_roster(ROSTERS / "clean.csv").clients
    upsert_clients(session, clean)
    session.commit()
    assert load_clients(session) == clean


def test_reimport_keeps_deceased_at(session):
    clean = read_roster(ROSTERS / "clean.csv").clients
    upsert_clients(session, clean)
    died = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    session.get(ClientRow, "C002").deceased_at = died
    session.commit()
    upsert_clients(session, clean)
    session.commit()
    session.expire_all()
    assert session.get(ClientRow, "C002").deceased_at == died


def test_contactable_only_skips_do_not_contact_and_deceased(session):
    upsert_clients(session, read_roster(ROSTERS / "clean_updated.csv").clients)  # C001 do_not_contact
    session.get(ClientRow, "C002").deceased_at = datetime.now(UTC)
    session.commit()
    assert [c.client_id for c in load_clients(session, contactable_only=True)] == ["C004"]


def test_large_roster_upsert_crosses_the_chunk_size(session):
    clients = [Client(client_id=f"X{i:05d}", first_name="A", last_name="B") for i in range(1200)]
    assert upsert_clients(session, clients) == (1200, 0)
    session.commit()
    assert upsert_clients(session, clients) == (0, 0)
