"""Feed sources and their stored items. Storing is idempotent: one row per (source, item_id)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.feeds.item import FeedItem, WeatherAlert
from outreach.states import SourceKind
from outreach.store.db import conflict_insert
from outreach.store.models import SOURCE_KINDS, FeedItemRow, FeedSourceRow, utcnow


def add_feed_source(session: Session, name: str, url: str, kind: str, *, enabled: bool = True,
                    expected_interval_hours: float | None = None) -> tuple[FeedSourceRow, bool]:
    """Add a source, or update the URL/kind of the one with this name. Returns (row, created).

    Changing the URL forgets the stored ETag/Last-Modified, which belonged to the old URL.
    ``expected_interval_hours`` (kept when not given): how long the source may go without a new item
    before outreach.source_health raises the alarm.
    """
    if kind not in SOURCE_KINDS:
        raise ValueError(f"unknown feed kind {kind!r}; expected one of {', '.join(SOURCE_KINDS)}")
    kind = SourceKind(kind)
    if not name.strip():
        raise ValueError("a feed source needs a name")
    row = session.scalar(sa.select(FeedSourceRow).where(FeedSourceRow.name == name))
    if row is None:
        row = FeedSourceRow(name=name, url=url, kind=kind, enabled=enabled,
                            expected_interval_hours=expected_interval_hours)
        session.add(row)
        session.flush()
        return row, True
    if row.url != url:
        row.etag = row.last_modified = None
    row.url, row.kind, row.enabled = url, kind, enabled
    if expected_interval_hours is not None:
        row.expected_interval_hours = expected_interval_hours
    session.flush()
    return row, False


def list_feed_sources(session: Session, names: Sequence[str] | None = None, *,
                      enabled_only: bool = False) -> list[FeedSourceRow]:
    """Sources by name, optionally only the named and/or enabled ones."""
    query = sa.select(FeedSourceRow).order_by(FeedSourceRow.name)
    if names:
        query = query.where(FeedSourceRow.name.in_(list(names)))
    if enabled_only:
        query = query.where(FeedSourceRow.enabled.is_(True))
    return list(session.scalars(query))


def store_items(
    session: Session, source: FeedSourceRow, items: Iterable[FeedItem], problems: list[str] | None = None
) -> list[int]:
    """Store the items not yet stored for ``source``; return the new rows' ids (the caller commits).

    Re-storing the same entries returns []. Safe against a concurrent fetch of the same source: the
    unique key decides (INSERT ... ON CONFLICT DO NOTHING), not a read-then-write. With a ``problems``
    list, an entry the database refuses is skipped and described there (each insert has its own
    savepoint), so one bad entry does not block the rest of the feed; without it, the error propagates.
    """
    rows: dict[str, dict[str, Any]] = {}
    positions: dict[str, int] = {}  # for messages: the entry's place in the document
    now = utcnow()
    for position, item in enumerate(items, start=1):
        try:
            values = item_values(item)
        except ValueError as exc:
            if problems is None:
                raise
            problems.append(f"entry {position}: not stored: {exc}")
            continue
        # The same guid twice in one document: the first wins, as a second fetch would do.
        if values["item_id"] not in rows:
            rows[values["item_id"]] = {**values, "source_id": source.id, "fetched_at": now}
            positions[values["item_id"]] = position
    if not rows:
        return []
    insert = conflict_insert(session, FeedItemRow)
    new_ids: list[int] = []
    for key, values in rows.items():
        try:
            # A failed statement aborts a PostgreSQL transaction: the savepoint keeps the others' inserts.
            with session.begin_nested():
                if insert is None:  # other databases: read, then write (the unique key still guards)
                    new_ids.extend(_insert_if_absent(session, values))
                    continue
                statement = insert.values(**values).on_conflict_do_nothing(
                    index_elements=["source_id", "item_id"]).returning(FeedItemRow.id)
                new_ids.extend(session.scalars(statement))
        except sa.exc.StatementError as exc:
            refused = (not isinstance(exc, sa.exc.DBAPIError)
                       or isinstance(exc, sa.exc.DataError | sa.exc.IntegrityError))
            if problems is None or not refused:  # a lost connection is not the entry's fault
                raise
            # The driver's message may quote the entry; the class name is enough at this level.
            kind = type(getattr(exc, "orig", exc)).__name__
            problems.append(f"entry {positions[key]}: refused by the database ({kind})")
    return new_ids


def _insert_if_absent(session: Session, values: dict[str, Any]) -> list[int]:
    exists = session.scalar(sa.select(FeedItemRow.id).where(
        FeedItemRow.source_id == values["source_id"], FeedItemRow.item_id == values["item_id"]))
    if exists is not None:
        return []
    row = FeedItemRow(**values)
    session.add(row)
    session.flush()
    return [row.id]


MAX_ITEM_ID = 1024  # the column's length; longer guids are keyed by their hash


def item_values(item: FeedItem) -> dict[str, Any]:
    """The column values for a FeedItem; an item without an id is keyed by its content fingerprint.

    Feed text is stored as given except for NUL characters, which PostgreSQL refuses in text and JSON;
    a guid longer than ``MAX_ITEM_ID`` becomes ``guid-sha256:<hex>`` (stable, so still idempotent).
    """
    item_id = _no_nul(item.item_id) or (f"sha256:{item.fingerprint}" if item.fingerprint else "")
    if not item_id:
        raise ValueError(f"feed item from {item.source!r} has neither an id nor a fingerprint")
    if len(item_id) > MAX_ITEM_ID:
        item_id = "guid-sha256:" + hashlib.sha256(item_id.encode("utf-8", "surrogatepass")).hexdigest()
    return _no_nul({
        "item_id": item_id,
        "fingerprint": item.fingerprint,
        "kind": item.kind,
        "title": item.title,
        "text": item.text,
        "html": item.html,
        "link": item.link,
        "published": item.published,
        "alert": alert_to_json(item.alert) if item.alert else None,
        "extra": dict(item.extra),
    })


def _no_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_no_nul(k): _no_nul(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_no_nul(v) for v in value]
    return value


def feed_item_from_row(row: FeedItemRow, source_name: str | None = None) -> FeedItem:
    """The shared FeedItem for a stored row (for matching stored items)."""
    return FeedItem(
        source=source_name or row.source.name,
        item_id=row.item_id,
        kind=row.kind,  # type: ignore[arg-type]
        title=row.title,
        text=row.text,
        html=row.html,
        link=row.link,
        published=row.published,
        fingerprint=row.fingerprint,
        alert=alert_from_json(row.alert) if row.alert else None,
        extra=dict(row.extra or {}),
    )


def load_items(session: Session, ids: Sequence[int]) -> list[FeedItem]:
    """Stored items by row id, in the order given (ids that do not exist are skipped)."""
    rows = session.execute(
        sa.select(FeedItemRow, FeedSourceRow.name).join(FeedSourceRow).where(FeedItemRow.id.in_(list(ids)))
    ).all()
    by_id = {row.id: feed_item_from_row(row, name) for row, name in rows}
    return [by_id[i] for i in ids if i in by_id]


_DATETIME_FIELDS = ("sent", "effective", "onset", "expires", "ends")


def alert_to_json(alert: WeatherAlert) -> dict[str, Any]:
    """A WeatherAlert as JSON: datetimes as ISO 8601 strings, tuples as lists."""
    data = asdict(alert)
    for name in _DATETIME_FIELDS:
        if data[name] is not None:
            data[name] = data[name].isoformat()
    return _lists(data)


def _lists(value: Any) -> Any:
    # What the database hands back: JSON arrays, never tuples, so stored and fresh values compare equal.
    if isinstance(value, dict):
        return {k: _lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_lists(v) for v in value]
    return value


def alert_from_json(data: dict[str, Any]) -> WeatherAlert:
    """The inverse of alert_to_json (unknown keys are ignored, so older rows still load)."""
    known = {f.name for f in fields(WeatherAlert)}
    values = {k: v for k, v in data.items() if k in known}
    for name in _DATETIME_FIELDS:
        if values.get(name):
            values[name] = datetime.fromisoformat(values[name])
    for name in ("same", "ugc", "vtec", "references"):
        values[name] = tuple(values.get(name) or ())
    values["polygons"] = tuple(tuple(tuple(point) for point in ring) for ring in values.get("polygons") or ())
    return WeatherAlert(**values)


# An obituary the matcher could not read that nobody has acknowledged yet.
_AWAITING_LOOK = sa.and_(FeedItemRow.unread_reason.is_not(None), FeedItemRow.unread_seen_at.is_(None))


def mark_unread(session: Session, rows: Iterable[FeedItemRow], unread: dict[tuple[str, str], str]) -> int:
    """Record on each stored item the matcher could not read why (EngineState.unread, keyed by source name
    and item id). A reason already recorded, and a person's acknowledgement, are kept. Returns how many rows
    were newly marked."""
    marked = 0
    for row in rows:
        why = unread.get((row.source.name, row.item_id))
        if why and row.unread_reason is None:
            row.unread_reason = why
            marked += 1
    session.flush()
    return marked


def unread_items(session: Session, *, source: str | None = None, include_seen: bool = False) -> list[FeedItemRow]:
    """Obituaries the matcher could not read, oldest first: those nobody has acknowledged, or (``include_seen``)
    all of them; optionally of one source."""
    query = sa.select(FeedItemRow).join(FeedSourceRow).where(
        FeedItemRow.unread_reason.is_not(None) if include_seen else _AWAITING_LOOK)
    if source:
        query = query.where(FeedSourceRow.name == source)
    return list(session.scalars(query.order_by(FeedItemRow.fetched_at, FeedItemRow.id)))


def acknowledge_unread(session: Session, ids: Sequence[int], actor: str) -> list[int]:
    """Record that ``actor`` looked at these unread obituaries (feed item row ids); returns the ids that were
    unread and not yet acknowledged. The reason stays: the record of what was not read is kept."""
    rows = session.scalars(sa.select(FeedItemRow).where(
        FeedItemRow.id.in_(list(ids)), _AWAITING_LOOK))
    done = []
    now = utcnow()
    for row in rows:
        row.unread_seen_at, row.unread_seen_by = now, actor
        done.append(row.id)
    session.flush()
    return sorted(done)


def unread_counts(session: Session) -> dict[int, int]:
    """Per source id, how many unread obituaries nobody has acknowledged yet."""
    query = sa.select(FeedItemRow.source_id, sa.func.count()).where(_AWAITING_LOOK).group_by(FeedItemRow.source_id)
    return {source_id: n for source_id, n in session.execute(query)}
