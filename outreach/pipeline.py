"""The domain steps the Airflow DAGs call, as plain functions over a database URL (no Airflow here).

fetch (``ingest_kind``) -> match and draft (``match_and_draft``) -> review (``outreach.reviews``, which
records each answer with ``decide``) -> deliver (``deliver_approved``). Every step is idempotent, so a retried task or
a cleared DAG run repeats nothing: stored items, events, matches and drafts are keyed (see
outreach.store.models), decisions are append-only and a repeated identical decision is not added
again, and the delivery ledger sends a draft at most once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.advisers import AdviserDirectory, load_advisers
from outreach.client import Client
from outreach.delivery import DeliveryOutcome, RetryPolicy, deliver_draft
from outreach.drafts import NOTICE_TEMPLATES, DraftError, DraftRefused, render_draft, render_final
from outreach.errors import OutreachError
from outreach.feeds.item import FeedItem
from outreach.match.model import Match
from outreach.store.clients import client_from_row
from outreach.store.db import session_factory, session_scope
from outreach.store.feeds import alert_to_json, feed_item_from_row
from outreach.store.models import (
    DECISION_ACTIONS,
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

FEED_KINDS = ("obituary", "weather", "news")
_KIND_ALIASES = {"bereavement": "obituary", "obituaries": "obituary"}
_STATUS_FOR_ACTION = {"approve": "approved", "reject": "rejected", "snooze": "snoozed", "expire": "expired"}
_OPEN_STATUSES = ("pending_review", "approved", "snoozed")  # drafts that could still go out


class DecisionError(OutreachError, ValueError):
    """A decision that cannot be recorded (unknown action, draft already sent or suppressed, empty text)."""


# --- fetch ----------------------------------------------------------------------------------------------

def ingest_kind(db_url: str, kind: str) -> list[int]:
    """Fetch every enabled source of one kind (obituary | weather | news); return new feed_items ids.

    A failing source is logged and recorded on its row by outreach.ingest; the others go on.
    """
    from outreach.ingest import fetch_sources

    source_kind = _KIND_ALIASES.get(kind, kind)
    if source_kind not in FEED_KINDS:
        raise ValueError(f"unknown feed kind {kind!r}; expected one of {', '.join(FEED_KINDS)}")
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
                    advisers: AdviserDirectory | str | None = None, replay: bool = False) -> list[int]:
    """Match the given feed items against the roster and draft a message per new match.

    Loads the living clients, runs the matcher (outreach.match), then ``store_matches``. Returns the
    ids of the drafts from these items that await review, whether this call or an earlier run of it
    created them: a retried task whose first try committed but never reported still hands every draft
    to review, and a re-run adds no rows. Drafts already decided are not returned.
    ``advisers`` is a directory, a path to the advisers file, or None ($OUTREACH_ADVISERS_FILE).
    Alerts already expired now get no outreach unless ``replay`` (judge each item as of its own time).
    """
    from outreach.match.engine import match_items
    from outreach.match.index import RosterIndex

    directory = advisers if isinstance(advisers, AdviserDirectory) else load_advisers(advisers)
    with session_scope(db_url) as session:
        rows = list(session.scalars(sa.select(FeedItemRow).where(FeedItemRow.id.in_(list(feed_item_ids)))
                                    .order_by(FeedItemRow.id)))
        if not rows:
            return []
        items = [feed_item_from_row(r, r.source.name) for r in rows]
        clients = [client_from_row(r) for r in session.scalars(
            sa.select(ClientRow).where(ClientRow.deceased_at.is_(None)).order_by(ClientRow.client_id))]
        matches = match_items(RosterIndex(clients), items, replay=replay) if clients else []
        created = store_matches(session, matches, rows, directory)
        return sorted(set(created) | set(_awaiting_review(session, [r.id for r in rows])))


def _awaiting_review(session: Session, feed_item_row_ids: Sequence[int]) -> list[int]:
    """Drafts awaiting review whose match came from one of these feed item rows."""
    wanted = set(feed_item_row_ids)
    rows = session.execute(sa.select(DraftRow.id, MatchRow.details).join(MatchRow, MatchRow.id == DraftRow.match_id)
                           .where(DraftRow.status == "pending_review"))
    return [draft_id for draft_id, details in rows if (details or {}).get("feed_item_row_id") in wanted]


@dataclass(frozen=True)
class _ItemRef:
    row_id: int
    item: FeedItem


def _event_data(item: FeedItem, source_name: str) -> dict[str, Any]:
    data: dict[str, Any] = {"source": source_name, "item_id": item.item_id, "title": item.title,
                            "link": item.link or "", "published": item.published.isoformat() if item.published else None}
    if item.alert is not None:
        data["alert"] = alert_to_json(item.alert)
    return data


def _keys(match: Match, item: FeedItem) -> tuple[str, str]:
    """(event_key, outreach_key): the matcher's when given, else derived from the item."""
    details = match.details or {}
    event_key = str(details.get("event_key") or "") or f"{match.kind}:{item.fingerprint or item.source + ':' + item.item_id}"
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


def store_matches(session: Session, matches: Iterable[Match], item_rows: Sequence[FeedItemRow],
                  advisers: AdviserDirectory) -> list[int]:
    """Store events, matches and drafts for ``matches`` found in ``item_rows``; idempotent.

    One match per (client, outreach_key): a match already stored adds nothing. A deceased_client match
    flags the client (deceased_at), suppresses their open drafts and drafts a notice to the adviser; no
    client-facing draft is made for a client flagged deceased or do-not-contact. Returns new draft ids
    awaiting review.
    """
    by_item_id: dict[str, _ItemRef] = {}
    for row in item_rows:
        by_item_id.setdefault(row.item_id, _ItemRef(row.id, feed_item_from_row(row, row.source.name)))
    # Deaths first: a client who is the deceased in this batch gets no condolence from the same batch.
    ordered = sorted(matches, key=lambda m: (m.role != "deceased_client", m.item_id, m.client_id))
    created: list[int] = []
    skipped = 0
    for match in ordered:
        ref = by_item_id.get(match.item_id)
        client_row = session.get(ClientRow, match.client_id)
        if ref is None or client_row is None:
            log.warning("match for an unknown item or client skipped (item in batch: %s)", ref is not None)
            skipped += 1
            continue
        event_key, outreach_key = _keys(match, ref.item)
        if session.scalar(sa.select(MatchRow.id).where(MatchRow.client_id == match.client_id,
                                                       MatchRow.outreach_key == outreach_key)) is not None:
            continue  # this client already has this outreach (re-run, second feed, storm update)
        event = _get_or_create_event(session, match.kind, event_key, ref.row_id,
                                     _event_data(ref.item, ref.item.source))
        try:
            with session.begin_nested():
                match_row = MatchRow(client_id=match.client_id, event_id=event.id, role=match.role,
                                     score=min(1.0, max(0.0, float(match.score))), evidence=match.evidence,
                                     details={**_json_safe(match.details or {}), "feed_item_row_id": ref.row_id},
                                     outreach_key=outreach_key)
                session.add(match_row)
        except sa.exc.IntegrityError:
            continue  # a concurrent run stored the same outreach
        draft_id = _draft_for(session, match, match_row, client_row, ref.item, advisers)
        if draft_id is not None:
            created.append(draft_id)
    log.info("match_and_draft: %d drafts awaiting review (%d matches skipped)", len(created), skipped)
    return created


def _draft_for(session: Session, match: Match, match_row: MatchRow, client_row: ClientRow, item: FeedItem,
               advisers: AdviserDirectory) -> int | None:
    client = client_from_row(client_row)
    if match.role == "deceased_client":
        if client_row.deceased_at is None:
            client_row.deceased_at = item.published or utcnow()  # the obituary's date: the best we know
        _suppress_open_drafts(session, client.client_id)
    deceased = _deceased_client(session, match) if match.role == "spouse_of_deceased_client" else None
    adviser = advisers.for_email(client.advisor_email)
    try:
        content = render_draft(match, client, item, adviser, deceased=deceased,
                               client_deceased=client_row.deceased_at is not None and match.role != "deceased_client",
                               notice_email=advisers.notice_email)
    except DraftRefused as exc:
        log.info("no draft for match %s: %s", match_row.id, exc.reason)
        return None
    except DraftError:
        log.exception("draft for match %s could not be rendered", match_row.id)
        return None
    status = "pending_review" if content.to_email else "suppressed"
    draft = DraftRow(match_id=match_row.id, template=content.template, to_email=content.to_email,
                     advisor_email=client.advisor_email, subject=content.subject, body_text=content.body_text,
                     body_html=content.body_html, status=status)
    session.add(draft)
    session.flush()
    if status == "suppressed":
        log.warning("draft %s suppressed: no recipient address", draft.id)
        return None
    return draft.id


def _deceased_client(session: Session, match: Match) -> Client | None:
    """The deceased client behind a spouse_of_deceased_client match, when the matcher names them."""
    details = match.details or {}
    deceased_id = details.get("deceased_client_id")
    row = session.get(ClientRow, str(deceased_id)) if deceased_id else None
    return client_from_row(row) if row is not None else None


def _suppress_open_drafts(session: Session, client_id: str) -> None:
    """A client now known to be deceased: their client-facing drafts that have not gone out never will."""
    rows = session.scalars(
        sa.select(DraftRow).join(MatchRow, MatchRow.id == DraftRow.match_id)
        .outerjoin(DeliveryRow, DeliveryRow.draft_id == DraftRow.id)
        .where(MatchRow.client_id == client_id, DraftRow.status.in_(_OPEN_STATUSES),
               DraftRow.template.not_in(NOTICE_TEMPLATES),
               sa.or_(DeliveryRow.id.is_(None), DeliveryRow.state.in_(("pending", "failed")))))
    for draft in rows:
        draft.status = "suppressed"


# --- review ------------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def markdown_escape(text: str) -> str:
    """Text shown verbatim in Markdown (the Airflow HITL body): every Markdown control character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def record_decision(db_url: str, draft_id: int, action: str, actor: str, *, final_subject: str | None = None,
                    final_body: str | None = None, reason: str | None = None, source: str = "airflow-hitl") -> None:
    """Append a reviewer's decision (approve | reject | snooze | expire) and update the draft's status.

    An approve stores the final subject and text (the reviewer's edit, cleaned, or the draft's own).
    Recording the same decision again (a retried HITL task) adds nothing. A draft that is sent or
    sending cannot be decided again (DecisionError); on a suppressed draft the decision is recorded for
    the audit but changes nothing.
    """
    with session_scope(db_url) as session:
        decide(session, draft_id, action, actor, final_subject=final_subject, final_body=final_body,
               reason=reason, source=source)


def decide(session: Session, draft_id: int, action: str, actor: str, *, final_subject: str | None = None,
           final_body: str | None = None, reason: str | None = None, source: str = "airflow-hitl") -> bool:
    """``record_decision`` inside the caller's transaction; True when a decision row was added."""
    if action not in DECISION_ACTIONS:
        raise DecisionError(f"unknown action {action!r}; expected one of {', '.join(DECISION_ACTIONS)}")
    draft = session.get(DraftRow, draft_id, with_for_update=True)
    if draft is None:
        raise LookupError(f"draft {draft_id} does not exist")
    subject, body = None, None
    if action == "approve":
        try:
            final = render_final(final_subject if final_subject is not None else draft.subject,
                                 final_body if final_body is not None else draft.body_text)
        except DraftError as exc:
            raise DecisionError(f"draft {draft_id}: {exc}") from None
        subject, body = final.subject, final.body_text
    latest = session.scalar(sa.select(DecisionRow).where(DecisionRow.draft_id == draft_id)
                            .order_by(DecisionRow.decided_at.desc(), DecisionRow.id.desc()).limit(1))
    if latest is not None and (latest.action, latest.actor, latest.final_subject, latest.final_body_text,
                               latest.reason) == (action, actor, subject, body, reason):
        return False  # the same response recorded again
    state = session.scalar(sa.select(DeliveryRow.state).where(DeliveryRow.draft_id == draft_id))
    if draft.status == "sent" or state in ("sending", "sent", "unknown"):
        raise DecisionError(f"draft {draft_id} is {draft.status} (delivery: {state or 'none'}); "
                            "it cannot be decided again")
    session.add(DecisionRow(draft_id=draft_id, action=action, actor=actor, final_subject=subject,
                            final_body_text=body, reason=reason, source=source))
    if draft.status == "suppressed":
        # e.g. the client died while the draft awaited review: the answer is kept for the audit,
        # the draft stays suppressed and is never sent.
        log.warning("draft %s is suppressed; %s recorded for the audit only", draft_id, action)
        return True
    draft.status = _STATUS_FOR_ACTION[action]
    log.info("draft %s: %s recorded", draft_id, action)
    return True


# --- deliver -----------------------------------------------------------------------------------------

def deliver_approved(db_url: str, draft_ids: Sequence[int], sg, *,
                     advisers: AdviserDirectory | str | None = None, from_email: str | None = None,
                     policy: RetryPolicy | None = None) -> list[DeliveryOutcome]:
    """Deliver each approved draft at most once; unapproved ones are reported, never sent.

    One outcome per id, in order; a problem with one draft does not stop the others.
    """
    directory = advisers if isinstance(advisers, AdviserDirectory) else load_advisers(advisers)
    factory = session_factory(db_url)
    outcomes = []
    for draft_id in draft_ids:
        try:
            outcomes.append(deliver_draft(factory, int(draft_id), sg, advisers=directory, from_email=from_email,
                                          policy=policy))
        except LookupError as exc:
            outcomes.append(DeliveryOutcome(draft_id=int(draft_id), status="failed", error=str(exc)))
    return outcomes
