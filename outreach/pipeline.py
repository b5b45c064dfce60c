"""The domain steps the Airflow DAGs call, as plain functions over a database URL (no Airflow here).

fetch (``ingest_kind``) -> match and draft (``match_and_draft``) -> review (``outreach.reviews``, which
records each answer with ``decide``) -> deliver (``deliver_approved``). Every step is idempotent, so a retried task or
a cleared DAG run repeats nothing: stored items, events, matches and drafts are keyed (see
outreach.store.models), decisions are append-only and a repeated identical decision is not added
again, and the delivery ledger sends a draft at most once.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach import states
from outreach.advisers import AdviserDirectory, load_advisers
from outreach.channels import proposed_channel
from outreach.client import Client
from outreach.delivery import DeliveryOutcome, RetryPolicy, deliver_draft
from outreach.drafts import (
    NOTICE_TEMPLATES,
    DraftContent,
    DraftError,
    DraftRefused,
    render_draft,
    render_final,
)
from outreach.errors import OutreachError
from outreach.feeds.item import FeedItem
from outreach.match.model import Match
from outreach.states import HANDED_OVER_STATES, Channel, DecisionAction, DeliveryState, DraftStatus
from outreach.store.db import conflict_insert, session_factory, session_scope
from outreach.store.drafts import latest_decision, open_client_drafts
from outreach.store.feeds import alert_to_json, feed_item_from_row, mark_unread
from outreach.store.models import (
    DECISION_ACTIONS,
    Base,
    ClientRow,
    DecisionRow,
    DeliveryRow,
    DraftRow,
    EventRow,
    FeedItemRow,
    FeedSourceRow,
    MatchRow,
    utcnow,
)

log = logging.getLogger(__name__)



class DecisionError(OutreachError, ValueError):
    """A decision that cannot be recorded (unknown action, draft already sent or suppressed, empty text)."""


# --- fetch ----------------------------------------------------------------------------------------------

def ingest_kind(db_url: str, kind: str) -> list[int]:
    """Fetch every enabled source of one kind (obituary | weather | news); return new feed_items ids.

    A failing source is logged and recorded on its row by outreach.ingest; the others go on.
    """
    from outreach.ingest import fetch_sources

    source_kind = states.source_kind(kind)
    with session_scope(db_url) as session:
        names = list(session.scalars(sa.select(FeedSourceRow.name).where(
            FeedSourceRow.kind == source_kind, FeedSourceRow.enabled.is_(True)).order_by(FeedSourceRow.name)))
    if not names:
        log.info("ingest %s: no enabled sources", source_kind)
        return []
    reports = fetch_sources(session_factory(db_url), names)
    for report in reports:
        if not report.ok:
            log.warning("ingest %s: source %s failed: %s", source_kind, report.name, report.error)
    new_ids = sorted(i for r in reports for i in r.new_item_ids)
    log.info("ingest %s: %d new items from %d sources", source_kind, len(new_ids), len(names))
    return new_ids


# --- match and draft ----------------------------------------------------------------------------------

def match_and_draft(db_url: str, feed_item_ids: Sequence[int], *,
                    advisers: AdviserDirectory | str | None = None, replay: bool = False,
                    timings: dict[str, float] | None = None) -> list[int]:
    """Match the given feed items against the roster and draft a message per new match.

    Gets the living clients' roster index (outreach.roster_cache: kept between runs while the roster is
    unchanged), runs the matcher (outreach.match), then ``store_matches``. Returns the
    ids of the drafts from these items that await review, whether this call or an earlier run of it
    created them: a retried task whose first try committed but never reported still hands every draft
    to review, and a re-run adds no rows. Drafts already decided are not returned.
    ``advisers`` is a directory, a path to the advisers file, or None ($OUTREACH_ADVISERS_FILE).
    Alerts already expired now get no outreach unless ``replay`` (judge each item as of its own time).
    ``timings``, when given, receives the seconds each step took (also logged).
    """
    from outreach.match.engine import EngineState, match_items
    from outreach.roster_cache import IndexReport, roster_index

    clock = _Clock(timings)
    directory = advisers if isinstance(advisers, AdviserDirectory) else load_advisers(advisers)
    with session_scope(db_url) as session:
        rows = list(session.scalars(sa.select(FeedItemRow).where(FeedItemRow.id.in_(list(feed_item_ids)))
                                    .order_by(FeedItemRow.id)))
        if not rows:
            return []
        items = [feed_item_from_row(r, r.source.name) for r in rows]
        clock.lap("items")
        report = IndexReport()
        index = roster_index(session, report=report)
        clock.lap("index")
        clock.timings.update({f"index_{k}": v for k, v in report.seconds.items()})
        state = EngineState()
        matches = match_items(index, items, replay=replay, state=state) if index is not None else []
        clock.lap("match")
        if state.unread:  # never silently dropped: their source stays unhealthy until a person looks
            marked = mark_unread(session, rows, state.unread)
            log.warning("match_and_draft: %d obituaries could not be read (%d newly recorded); "
                        "`outreach feeds unread` lists them", len(state.unread), marked)
        created = store_matches(session, matches, rows, directory, timings=clock.timings)
        clock.restart()
        awaiting = _awaiting_review(session, [r.id for r in rows])
        clock.lap("awaiting")
    clock.lap("commit")
    log.info("match_and_draft: %d items, %d proposals, roster index %s; seconds: %s", len(rows), len(matches),
             report.source, ", ".join(f"{k} {v:.2f}" for k, v in clock.timings.items()))
    return sorted(set(created) | set(awaiting))


class _Clock:
    """Seconds per step into a dict (the caller's, or a private one for the log line)."""

    def __init__(self, timings: dict[str, float] | None = None):
        self.timings = timings if timings is not None else {}
        self._t = time.perf_counter()

    def restart(self) -> None:
        self._t = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.timings[step] = self.timings.get(step, 0.0) + now - self._t
        self._t = now


def _awaiting_review(session: Session, feed_item_row_ids: Sequence[int]) -> list[int]:
    """Drafts awaiting review whose match came from one of these feed item rows."""
    wanted = set(feed_item_row_ids)
    # Only the one JSON member is read (decoded as it was stored), not every pending draft's whole details.
    rows = session.execute(sa.select(DraftRow.id, MatchRow.details["feed_item_row_id"])
                           .join(MatchRow, MatchRow.id == DraftRow.match_id)
                           .where(DraftRow.status == DraftStatus.PENDING_REVIEW))
    return [draft_id for draft_id, row_id in cast("Iterable[tuple[int, Any]]", rows) if row_id in wanted]


@dataclass(frozen=True)
class _ItemRef:
    row_id: int
    item: FeedItem


def _event_data(item: FeedItem, source_name: str) -> dict[str, Any]:
    published = item.published.isoformat() if item.published else None
    data: dict[str, Any] = {"source": source_name, "item_id": item.item_id, "title": item.title,
                            "link": item.link or "", "published": published}
    if item.alert is not None:
        data["alert"] = alert_to_json(item.alert)
    return data


def _keys(match: Match, item: FeedItem) -> tuple[str, str]:
    """(event_key, outreach_key): the matcher's when given, else derived from the item."""
    details = match.details or {}
    event_key = (str(details.get("event_key") or "")
                 or f"{match.kind}:{item.fingerprint or item.source + ':' + item.item_id}")
    outreach_key = str(details.get("outreach_key") or "") or event_key
    return event_key[:512], outreach_key[:512]


def _get_or_create_event(session: Session, kind: str, event_key: str, feed_item_id: int,
                         data: dict[str, Any]) -> EventRow:
    row = session.scalar(sa.select(EventRow).where(EventRow.event_key == event_key))
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = EventRow(kind=kind, event_key=event_key, feed_item_id=feed_item_id, data=data)
            session.add(row)
    except sa.exc.IntegrityError:  # a concurrent run stored it first
        row = session.scalars(sa.select(EventRow).where(EventRow.event_key == event_key)).one()
    return row


def _json_safe(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


@dataclass
class _Pending:
    """One match on its way to the store: its keys, then its row id, then its rendered draft."""

    match: Match
    ref: _ItemRef
    client: Client
    event_key: str
    outreach_key: str
    match_id: int | None = None
    content: DraftContent | None = None
    channel: Channel | None = None  # proposed by the firm's policy; None: the client is reachable by none
    hold_reason: str | None = None  # held back by the firm's cooldown (outreach.cooldown)


_CLIENT_FIELDS = tuple(Client.__dataclass_fields__)  # Client(*row) order
_CHUNK = 1000  # rows or keys per statement: well under SQLite's parameter limit


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    return (values[i:i + size] for i in range(0, len(values), size))


def _new_outreach(session: Session, ordered: Sequence[Match], by_item_id: Mapping[str, _ItemRef],
                  clients: Mapping[str, Client]) -> tuple[list[_Pending], int]:
    """The matches that are new outreach, in order, and how many were skipped (unknown item or client)."""
    pending: list[_Pending] = []
    skipped = 0
    for match in ordered:
        ref = by_item_id.get(match.item_id)
        client = clients.get(match.client_id)
        if ref is None or client is None:
            log.warning("match for an unknown item or client skipped (item in batch: %s)", ref is not None)
            skipped += 1
            continue
        pending.append(_Pending(match, ref, client, *_keys(match, ref.item)))
    # This client already has this outreach (re-run, second feed, storm update), or an earlier match of
    # this batch gives it to them: the first one stands.
    stored = _stored_outreach(session, {(p.match.client_id, p.outreach_key) for p in pending})
    new: list[_Pending] = []
    for p in pending:
        pair = (p.match.client_id, p.outreach_key)
        if pair not in stored:
            stored.add(pair)
            new.append(p)
    return new, skipped


def _flag_deaths(session: Session, new: Sequence[_Pending], deceased_at: dict[str, Any]) -> None:
    """Deaths come first: each deceased client is flagged, and their open drafts suppressed, before any later
    match of this batch is drafted."""
    for p in new:
        if p.match.role != "deceased_client":
            continue
        if deceased_at.get(p.match.client_id) is None:
            when = p.ref.item.published or utcnow()  # the obituary's date: the best we know
            session.execute(sa.update(ClientRow).where(ClientRow.client_id == p.match.client_id,
                                                       ClientRow.deceased_at.is_(None)).values(deceased_at=when))
            deceased_at[p.match.client_id] = when
        _suppress_open_drafts(session, p.match.client_id)


def store_matches(session: Session, matches: Iterable[Match], item_rows: Sequence[FeedItemRow],
                  advisers: AdviserDirectory, *, timings: dict[str, float] | None = None) -> list[int]:
    """Store events, matches and drafts for ``matches`` found in ``item_rows``; idempotent.

    One match per (client, outreach_key): a match already stored adds nothing. A deceased_client match
    flags the client (deceased_at), suppresses their open drafts and drafts a notice to the adviser; no
    client-facing draft is made for a client flagged deceased or do-not-contact. Returns new draft ids
    awaiting review.

    Set-wise, with the effect of storing the matches one by one, deaths first: the clients are read in
    one query per thousand, the (client, outreach_key) pairs already stored likewise, events, matches and
    drafts are inserted a thousand rows per statement. A match stored meanwhile by a concurrent run is
    skipped by the unique key (INSERT ... ON CONFLICT DO NOTHING), as a failed insert was before.
    """
    clock = _Clock(timings)
    by_item_id: dict[str, _ItemRef] = {}
    for row in item_rows:
        by_item_id.setdefault(row.item_id, _ItemRef(row.id, feed_item_from_row(row, row.source.name)))
    # Deaths first: a client who is the deceased in this batch gets no condolence from the same batch.
    ordered = sorted(matches, key=lambda m: (m.role != "deceased_client", m.item_id, m.client_id))
    wanted_ids = {m.client_id for m in ordered}
    wanted_ids.update(str(i) for m in ordered if m.role == "spouse_of_deceased_client"
                      for i in [_deceased_client_id(m)] if i)
    clients, deceased_at = _load_clients(session, wanted_ids)
    clock.lap("store_clients")

    new, skipped = _new_outreach(session, ordered, by_item_id, clients)
    clock.lap("store_existing")
    if not new:
        log.info("match_and_draft: 0 drafts awaiting review (%d matches skipped)", skipped)
        return []

    event_ids = _events(session, new)
    clock.lap("store_events")
    _insert_matches(session, new, event_ids)  # sets match_id; None: a concurrent run stored it first
    new = [p for p in new if p.match_id is not None]
    clock.lap("store_matches")

    _flag_deaths(session, new, deceased_at)
    for p in new:
        p.content = _draft_for(p, clients, deceased_at, advisers)
        if p.content is not None:
            alert = p.ref.item.alert
            p.channel = proposed_channel(advisers, p.client, kind=p.match.kind, template=p.content.template,
                                         to_email=p.content.to_email, severity=alert.severity if alert else None)
    _apply_cooldown(session, new, advisers)
    clock.lap("store_render")

    created = _insert_drafts(session, [p for p in new if p.content is not None])
    clock.lap("store_drafts")
    log.info("match_and_draft: %d drafts awaiting review (%d matches skipped)", len(created), skipped)
    return created


def _apply_cooldown(session: Session, new: Sequence[_Pending], advisers: AdviserDirectory) -> None:
    """Hold back the client outreach the firm's cooldown rules forbid (recorded with the reason, never asked)."""
    from outreach.cooldown import Candidate, hold_reasons

    rules = advisers.firm.cooldown.rules
    if not rules:
        return
    candidates = [Candidate(p.match.client_id, p.match.kind)
                  if p.content is not None and p.channel is not None and p.content.template not in NOTICE_TEMPLATES
                  else None for p in new]
    for p, reason in zip(new, hold_reasons(session, candidates, rules, utcnow(), exclude_templates=NOTICE_TEMPLATES),
                         strict=True):
        p.hold_reason = reason


def held_drafts(db_url: str, feed_item_ids: Sequence[int]) -> list[int]:
    """Drafts held back by the cooldown whose match came from one of these feed item rows (the digest counts them)."""
    wanted = set(feed_item_ids)
    if not wanted:
        return []
    with session_scope(db_url) as session:
        rows = session.execute(sa.select(DraftRow.id, MatchRow.details["feed_item_row_id"])
                               .join(MatchRow, MatchRow.id == DraftRow.match_id)
                               .where(DraftRow.status == DraftStatus.HELD))
        return sorted(d for d, row_id in cast("Iterable[tuple[int, Any]]", rows) if row_id in wanted)


def _deceased_client_id(match: Match) -> str | None:
    details = match.details or {}
    found = details.get("deceased_client_id")
    return str(found) if found else None


def _load_clients(session: Session, client_ids: set[str]) -> tuple[dict[str, Client], dict[str, Any]]:
    """The clients by id, and each one's deceased_at: one query per thousand ids, no ORM rows."""
    clients: dict[str, Client] = {}
    deceased_at: dict[str, Any] = {}
    table = _table(ClientRow)
    query = sa.select(*(table.c[name] for name in _CLIENT_FIELDS), table.c.deceased_at)
    if _is_postgresql(session):
        stage = _pg_stage(session, [("client_id", "text")], ((i,) for i in client_ids))
        statements = iter([query.join_from(table, stage, stage.c.client_id == table.c.client_id)])
    else:
        statements = (query.where(table.c.client_id.in_(chunk)) for chunk in _chunks(sorted(client_ids)))
    for statement in statements:
        for row in session.execute(statement):
            clients[row[0]] = Client(*row[:-1])
            deceased_at[row[0]] = row[-1]
    return clients, deceased_at


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


_stages = itertools.count()


def _pg_stage(session: Session, columns: Sequence[tuple[str, str]], rows: Iterable[Sequence[Any]]) -> sa.TableClause:
    """PostgreSQL: ``rows`` COPYed into a new temporary table (dropped at commit), on the session's own
    connection and in its transaction, for one set-wise statement to read. COPY sends tens of thousands of
    rows in a tenth of a second; as bound parameters (VALUES lists or arrays) the driver spends seconds
    rewriting and escaping them."""
    name = f"outreach_stage_{next(_stages)}"
    driver = session.connection().connection.driver_connection
    assert driver is not None  # a live psycopg connection: the session's transaction holds it
    with driver.cursor() as cursor:
        cursor.execute(f"CREATE TEMPORARY TABLE {name} ({', '.join(f'{c} {t}' for c, t in columns)}) ON COMMIT DROP")
        with cursor.copy(f"COPY {name} ({', '.join(c for c, _ in columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    return sa.table(name, *(sa.column(c) for c, _ in columns))


def _stored_outreach(session: Session, pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (client_id, outreach_key) pairs among ``pairs`` that already have a match row."""
    found: set[tuple[str, str]] = set()
    if _is_postgresql(session) and pairs:
        stage = _pg_stage(session, [("client_id", "text"), ("outreach_key", "text")], pairs)
        found.update(session.execute(
            sa.select(MatchRow.client_id, MatchRow.outreach_key).join_from(
                MatchRow, stage, sa.and_(stage.c.client_id == MatchRow.client_id,
                                         stage.c.outreach_key == MatchRow.outreach_key))))
        return found
    key = sa.tuple_(MatchRow.client_id, MatchRow.outreach_key)
    for chunk in _chunks(sorted(pairs)):
        found.update(session.execute(sa.select(MatchRow.client_id, MatchRow.outreach_key).where(key.in_(chunk)))
                     )
    return found


def _table(model: type[Base]) -> sa.Table:
    """A mapped class's table (SQLAlchemy types ``__table__`` as any FromClause; ours are all Tables)."""
    return cast(sa.Table, model.__table__)


def _events(session: Session, new: list[_Pending]) -> dict[str, int]:
    """event_key -> events.id for these matches, creating the missing events (the first match's data)."""
    first: dict[str, _Pending] = {}
    for p in new:
        first.setdefault(p.event_key, p)
    ids = _event_ids(session, list(first))
    missing = [p for key, p in first.items() if key not in ids]
    insert = conflict_insert(session, _table(EventRow))
    if insert is None:  # other databases: one by one, the unique key still guards
        for p in missing:
            ids[p.event_key] = _get_or_create_event(session, p.match.kind, p.event_key, p.ref.row_id,
                                                    _event_data(p.ref.item, p.ref.item.source)).id
        return ids
    now = utcnow()
    for chunk in _chunks(missing):
        session.execute(insert.on_conflict_do_nothing(index_elements=["event_key"]), [
            {"kind": p.match.kind, "event_key": p.event_key, "feed_item_id": p.ref.row_id,
             "data": _event_data(p.ref.item, p.ref.item.source), "created_at": now} for p in chunk])
    if missing:  # ours, or a concurrent run's that got there first
        ids.update(_event_ids(session, [p.event_key for p in missing]))
    return ids


def _event_ids(session: Session, keys: list[str]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for chunk in _chunks(keys):
        ids.update(session.execute(sa.select(EventRow.event_key, EventRow.id).where(EventRow.event_key.in_(chunk)))
                   .all())
    return ids


def _match_values(p: _Pending, event_id: int, now: Any) -> dict[str, Any]:
    m = p.match
    return {"client_id": m.client_id, "event_id": event_id, "role": m.role,
            "score": min(1.0, max(0.0, float(m.score))), "evidence": m.evidence,
            "details": {**_json_safe(m.details or {}), "feed_item_row_id": p.ref.row_id},
            "outreach_key": p.outreach_key, "created_at": now}


def _insert_matches(session: Session, new: list[_Pending], event_ids: dict[str, int]) -> None:
    """Insert the match rows, setting each one's ``match_id``; a pair stored meanwhile by a concurrent run
    keeps ``match_id`` None (ON CONFLICT DO NOTHING returns no row for it)."""
    table = _table(MatchRow)
    insert = conflict_insert(session, table)
    now = utcnow()
    if insert is None:  # other databases: one savepoint per row, as the unique key decides
        for p in new:
            try:
                with session.begin_nested():
                    row = MatchRow(**_match_values(p, event_ids[p.event_key], now))
                    session.add(row)
                p.match_id = row.id
            except sa.exc.IntegrityError:
                continue
        return
    if _is_postgresql(session):
        columns = [("client_id", "text"), ("event_id", "integer"), ("role", "text"), ("score", "double precision"),
                   ("evidence", "text"), ("details", "jsonb"), ("outreach_key", "text")]
        rows = (_match_values(p, event_ids[p.event_key], now) for p in new)
        stage = _pg_stage(session, columns, ([*(r[c] for c, _ in columns[:5]), json.dumps(r["details"]),
                                              r["outreach_key"]] for r in rows))
        names = ", ".join(c for c, _ in columns)
        by_pair = {(p.match.client_id, p.outreach_key): p for p in new}
        inserted = session.execute(sa.text(
            f"INSERT INTO matches ({names}, created_at) SELECT {names}, :now FROM {stage.name}"
            " ON CONFLICT (client_id, outreach_key) DO NOTHING RETURNING id, client_id, outreach_key"), {"now": now})
        for match_id, client_id, outreach_key in cast("Iterable[tuple[int, str, str]]", inserted):
            by_pair[client_id, outreach_key].match_id = match_id
        return
    statement = insert.on_conflict_do_nothing(index_elements=["client_id", "outreach_key"]).returning(
        table.c.id, table.c.client_id, table.c.outreach_key)
    for chunk in _chunks(new):
        by_pair = {(p.match.client_id, p.outreach_key): p for p in chunk}
        inserted = session.execute(statement, [_match_values(p, event_ids[p.event_key], now) for p in chunk])
        for match_id, client_id, outreach_key in cast("Iterable[tuple[int, str, str]]", inserted):
            by_pair[client_id, outreach_key].match_id = match_id


def _draft_for(p: _Pending, clients: Mapping[str, Client], deceased_at: Mapping[str, Any],
               advisers: AdviserDirectory) -> DraftContent | None:
    """The rendered draft for a stored match, or None when none is due (refused or not renderable)."""
    match, client = p.match, p.client
    deceased_id = _deceased_client_id(match) if match.role == "spouse_of_deceased_client" else None
    deceased = clients.get(deceased_id) if deceased_id else None
    adviser = advisers.for_email(client.advisor_email)
    try:
        return render_draft(match, client, p.ref.item, adviser, deceased=deceased,
                            client_deceased=deceased_at.get(client.client_id) is not None
                            and match.role != "deceased_client",
                            notice_email=advisers.notice_email)
    except DraftRefused as exc:
        log.info("no draft for match %s: %s", p.match_id, exc.reason)
    except DraftError:
        log.exception("draft for match %s could not be rendered", p.match_id)
    return None


def _draft_values(p: _Pending) -> dict[str, Any]:
    content = p.content
    if content is None:
        raise ValueError(f"match {p.match_id} has no rendered draft to store")
    return {"match_id": p.match_id, "template": content.template, "to_email": content.to_email,
            "advisor_email": p.client.advisor_email, "subject": content.subject, "body_text": content.body_text,
            "body_html": content.body_html, "channel": str(p.channel or Channel.EMAIL),
            "status": str(DraftStatus.SUPPRESSED if not p.channel else
                          DraftStatus.HELD if p.hold_reason else DraftStatus.PENDING_REVIEW),
            "hold_reason": p.hold_reason}


def _insert_drafts(session: Session, ready: list[_Pending]) -> list[int]:
    """Insert the drafts (one per new match, so no conflict is possible); return those awaiting review.
    A draft whose client can be reached by no channel (no e-mail, mailing address or phone) is stored
    suppressed; one the cooldown holds back is stored held, with its reason."""
    table = _table(DraftRow)
    now = utcnow()
    values = [_draft_values(p) for p in ready]
    if not values:
        return []
    if _is_postgresql(session):
        columns = [(c, "integer" if c == "match_id" else "text") for c in values[0]]
        stage = _pg_stage(session, columns, (list(v.values()) for v in values))
        names = ", ".join(c for c, _ in columns)
        results: Iterable[Iterable[Any]] = [session.execute(sa.text(
            f"INSERT INTO drafts ({names}, created_at, updated_at) SELECT {names}, :now, :now FROM {stage.name}"
            " RETURNING id, status"), {"now": now})]
    else:
        statement = sa.insert(table).returning(table.c.id, table.c.status)
        results = (session.execute(statement, [{**v, "created_at": now, "updated_at": now} for v in chunk])
                   for chunk in _chunks(values))
    created: list[int] = []
    for result in results:
        for draft_id, status in result:
            if status == DraftStatus.SUPPRESSED:
                log.warning("draft %s suppressed: no e-mail, mailing address or phone", draft_id)
            elif status == DraftStatus.HELD:
                log.info("draft %s held back by the cooldown", draft_id)
            else:
                created.append(draft_id)
    return sorted(created)


def _suppress_open_drafts(session: Session, client_id: str) -> None:
    """A client now known to be deceased: their client-facing drafts that have not gone out never will."""
    for draft in open_client_drafts(session, client_id, exclude_templates=NOTICE_TEMPLATES):
        draft.status = DraftStatus.SUPPRESSED


# --- review ------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def markdown_escape(text: str) -> str:
    """Text shown verbatim in Markdown (the Airflow HITL body): every Markdown control character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def record_decision(db_url: str, draft_id: int, action: str, actor: str, *, final_subject: str | None = None,
                    final_body: str | None = None, reason: str | None = None, source: str = "airflow-hitl",
                    channel: Channel | None = None) -> None:
    """Append a reviewer's decision (approve | reject | snooze | expire) and update the draft's status.

    An approve stores the final subject and text (the reviewer's edit, cleaned, or the draft's own).
    Recording the same decision again (a retried HITL task) adds nothing. A draft that is sent or
    sending cannot be decided again (DecisionError); on a suppressed draft the decision is recorded for
    the audit but changes nothing.
    """
    with session_scope(db_url) as session:
        decide(session, draft_id, action, actor, final_subject=final_subject, final_body=final_body,
               reason=reason, source=source, channel=channel)


def decide(session: Session, draft_id: int, action: str, actor: str, *, final_subject: str | None = None,
           final_body: str | None = None, reason: str | None = None, source: str = "airflow-hitl",
           channel: Channel | None = None) -> bool:
    """``record_decision`` inside the caller's transaction; True when a decision row was added.

    ``channel``: an approval's channel (None: the one the draft proposes)."""
    if action not in DECISION_ACTIONS:
        raise DecisionError(f"unknown action {action!r}; expected one of {', '.join(DECISION_ACTIONS)}")
    action = DecisionAction(action)
    draft = session.get(DraftRow, draft_id, with_for_update=True)
    if draft is None:
        raise LookupError(f"draft {draft_id} does not exist")
    subject, body = None, None
    if action == DecisionAction.APPROVE:
        try:
            final = render_final(final_subject if final_subject is not None else draft.subject,
                                 final_body if final_body is not None else draft.body_text)
        except DraftError as exc:
            raise DecisionError(f"draft {draft_id}: {exc}") from None
        subject, body = final.subject, final.body_text
        channel = Channel(channel or draft.channel or Channel.EMAIL)
    else:
        channel = None
    latest = latest_decision(session, draft_id)
    if latest is not None and (latest.action, latest.actor, latest.final_subject, latest.final_body_text,
                               latest.reason, latest.channel) == (action, actor, subject, body, reason, channel):
        return False  # the same response recorded again
    state = session.scalar(sa.select(DeliveryRow.state).where(DeliveryRow.draft_id == draft_id))
    if draft.status == DraftStatus.SENT or state in (DeliveryState.SENDING, DeliveryState.SENT,
                                                     DeliveryState.UNKNOWN, *HANDED_OVER_STATES):
        raise DecisionError(f"draft {draft_id} is {draft.status} (delivery: {state or 'none'}); "
                            "it cannot be decided again")
    session.add(DecisionRow(draft_id=draft_id, action=action, actor=actor, final_subject=subject,
                            final_body_text=body, reason=reason, source=source, channel=channel))
    if draft.status == DraftStatus.SUPPRESSED:
        # e.g. the client died while the draft awaited review: the answer is kept for the audit,
        # the draft stays suppressed and is never sent.
        log.warning("draft %s is suppressed; %s recorded for the audit only", draft_id, action)
        return True
    draft.status = action.draft_status
    log.info("draft %s: %s recorded", draft_id, action)
    return True


# --- deliver -----------------------------------------------------------------------------------------

def deliver_approved(db_url: str, draft_ids: Sequence[int], sg, *,
                     advisers: AdviserDirectory | str | None = None, from_email: str | None = None,
                     policy: RetryPolicy | None = None, stop: threading.Event | None = None,
                     ) -> list[DeliveryOutcome]:
    """Deliver each approved draft at most once; unapproved ones are reported, never sent.

    One outcome per id, in order; a problem with one draft does not stop the others. Once ``stop`` is set
    (the worker is being shut down) the message in flight is finished, no retry is made, and the drafts
    left are reported ``stopped``, untouched: a shutdown ends between two messages, none left in doubt.
    """
    directory = advisers if isinstance(advisers, AdviserDirectory) else load_advisers(advisers)
    factory = session_factory(db_url)
    outcomes = []
    for draft_id in draft_ids:
        if stop is not None and stop.is_set():
            outcomes.append(DeliveryOutcome(draft_id=int(draft_id), status="stopped", retryable=True,
                                            error="not attempted: the worker was stopping"))
            continue
        try:
            outcomes.append(deliver_draft(factory, int(draft_id), sg, advisers=directory, from_email=from_email,
                                          policy=policy, stop=stop))
        except LookupError as exc:
            outcomes.append(DeliveryOutcome(draft_id=int(draft_id), status="failed", error=str(exc)))
    return outcomes
