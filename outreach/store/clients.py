"""Client rows: upsert from a roster (re-import updates, never duplicates) and conversion back to Client."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.client import Client
from outreach.store.models import ClientRow

_FIELDS = tuple(f.name for f in fields(Client))
_CHUNK = 500  # keeps IN (...) lists well under SQLite's parameter limit


class UpsertCounts(NamedTuple):
    inserted: int
    updated: int  # rows whose values changed; identical rows count as neither


def upsert_clients(session: Session, clients: Iterable[Client]) -> UpsertCounts:
    """Insert new clients and update changed ones, keyed by client_id (the caller commits).

    Clients absent from ``clients`` are left alone, and so is ``deceased_at``: a roster export does not
    know who has died.
    """
    by_id = {c.client_id: c for c in clients}
    ids = list(by_id)
    existing: dict[str, ClientRow] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        rows = session.scalars(sa.select(ClientRow).where(ClientRow.client_id.in_(chunk)))
        existing.update((r.client_id, r) for r in rows)
    inserted = updated = 0
    for client_id, client in by_id.items():
        values = asdict(client)
        row = existing.get(client_id)
        if row is None:
            session.add(ClientRow(**values))
            inserted += 1
            continue
        changed = False
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed = True
        updated += changed
    session.flush()
    return UpsertCounts(inserted, updated)


def client_from_row(row: ClientRow) -> Client:
    """The shared Client type for a stored row (``deceased_at`` is a store-only fact)."""
    return Client(**{name: getattr(row, name) for name in _FIELDS})


def load_clients(session: Session, *, contactable_only: bool = False) -> list[Client]:
    """All clients by client_id; ``contactable_only`` drops do-not-contact and deceased clients."""
    query = sa.select(ClientRow).order_by(ClientRow.client_id)
    if contactable_only:
        query = query.where(ClientRow.do_not_contact.is_(False), ClientRow.deceased_at.is_(None))
    return [client_from_row(r) for r in session.scalars(query)]
