"""Client locations in the store: an import replaces the whole set (the file is the list), in one transaction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import astuple, fields
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.client import Location
from outreach.store.models import ClientLocationRow, ClientRow

_FIELDS = tuple(f.name for f in fields(Location))


class ReplaceCounts(NamedTuple):
    added: int
    removed: int
    unchanged: int


def replace_locations(session: Session, locations: Iterable[Location]) -> ReplaceCounts:
    """Make the stored locations exactly ``locations`` (the caller commits). Rows that stay as they are keep
    their ids and timestamps (the roster index cache keys on them, see outreach.roster_cache); a changed
    location is a removed one plus an added one."""
    wanted = Counter(locations)
    rows = list(session.scalars(sa.select(ClientLocationRow).order_by(ClientLocationRow.id)))
    removed = unchanged = 0
    for row in rows:
        key = location_from_row(row)
        if wanted[key] > 0:
            wanted[key] -= 1
            unchanged += 1
        else:
            session.delete(row)
            removed += 1
    added = 0
    for location, count in wanted.items():
        for _ in range(count):
            session.add(ClientLocationRow(**dict(zip(_FIELDS, astuple(location), strict=True))))
            added += 1
    session.flush()
    return ReplaceCounts(added, removed, unchanged)


def location_from_row(row: ClientLocationRow) -> Location:
    return Location(**{name: getattr(row, name) for name in _FIELDS})


def load_locations(session: Session, *, living_only: bool = True) -> list[Location]:
    """Stored locations by client and id; ``living_only`` leaves out those of clients flagged deceased."""
    query = sa.select(ClientLocationRow).order_by(ClientLocationRow.client_id, ClientLocationRow.id)
    if living_only:
        query = query.join(ClientRow, ClientRow.client_id == ClientLocationRow.client_id).where(
            ClientRow.deceased_at.is_(None))
    return [location_from_row(r) for r in session.scalars(query)]


def client_ids(session: Session) -> set[str]:
    """Every client id in the store (a location must belong to one)."""
    return set(session.scalars(sa.select(ClientRow.client_id)))
