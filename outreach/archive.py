"""The compliance archive: every message that left, day by day, as files a regulator can read, with a manifest.

``export_day`` writes one folder per day (UTC) under the archive root::

    2026-12-03/
      00000012-email.eml    an e-mail as RFC 5322, built with the standard ``email`` package from the request body
                            stored at send time (``deliveries.request_body``), not from rows an edit could change
      00000015-card.pdf     a card: its PDF as rendered (the ledger's ``artifact_path``)
      00000017-call.json    a call: its record (who recorded which outcome, when)
      manifest.json         per message: draft and final text, evidence, approver, decision time, delivery
                            outcome, file name and SHA-256; and the SHA-256 of every file. An e-mail sent before
                            request bodies were stored (migration 0006) is listed with a note and no file: it
                            is not rebuilt from rows that may have changed since

A message belongs to the day it left: an e-mail's ``sent_at``, a card's ``printed_at`` (handed over to the post),
a call's ``outcome_at``. Everything is deterministic (headers from stored times, a MIME boundary derived from the
message, JSON with sorted keys, no "now"), so exporting a past day again gives byte-identical files.

A complete day (before today, UTC) is recorded once in ``archive_days`` with its manifest's SHA-256; that table
is append-only (database triggers refuse UPDATE and DELETE). Exporting a recorded day again checks the new
manifest against the recorded hash and refuses (``ArchiveMismatch``, nothing overwritten) when the store no
longer says what the archive said. ``archive_pending_days`` (the daily ``outreach_archive`` DAG) writes each
complete day not archived yet, once.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.cards import write_atomically
from outreach.errors import OutreachError
from outreach.states import Channel, DeliveryState
from outreach.store.db import conflict_insert, session_scope
from outreach.store.drafts import latest_decision
from outreach.store.models import ArchiveDayRow, DeliveryRow, DraftRow, EventRow, MatchRow, utcnow

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
FORMAT = 1
# A day is archived this long after it ends: a call outcome answered late on a day may be recorded a little later.
DEFAULT_SETTLE = timedelta(hours=6)
_LEFT_AT = {Channel.EMAIL: DeliveryRow.sent_at, Channel.CARD: DeliveryRow.printed_at,
            Channel.CALL: DeliveryRow.outcome_at}
_FINAL = {Channel.EMAIL: DeliveryState.SENT, Channel.CARD: DeliveryState.PRINTED, Channel.CALL: DeliveryState.CALLED}


class ArchiveError(OutreachError, RuntimeError):
    """A message cannot be archived (the message says which and why)."""


class ArchiveMismatch(ArchiveError):
    """A recorded day exported again no longer matches its recorded manifest hash: the store was changed."""


@dataclass(frozen=True)
class ArchivedDay:
    day: date
    path: Path
    messages: int
    manifest_sha256: str
    recorded: bool  # this export recorded the day in archive_days (its first archiving)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


# --- the files ------------------------------------------------------------------------------------------

def _address(entry: Mapping[str, Any]) -> Address:
    return Address(display_name=str(entry.get("name") or ""), addr_spec=str(entry["email"]))


def eml_bytes(request_body: str, *, sent_at: datetime, draft_id: int, provider_message_id: str | None) -> bytes:
    """The RFC 5322 message (CRLF line ends) of a SendGrid v3 request body as it was sent; deterministic."""
    body = json.loads(request_body)
    [personalization] = body["personalizations"][:1]
    msg = EmailMessage(policy=policy.SMTP)
    msg["Date"] = format_datetime(sent_at.astimezone(UTC))
    msg["From"] = _address(body["from"])
    msg["To"] = [_address(t) for t in personalization.get("to") or []]
    if personalization.get("cc"):
        msg["Cc"] = [_address(t) for t in personalization["cc"]]
    if personalization.get("bcc"):
        msg["Bcc"] = [_address(t) for t in personalization["bcc"]]
    if body.get("reply_to"):
        msg["Reply-To"] = _address(body["reply_to"])
    msg["Subject"] = str(personalization.get("subject") or body.get("subject") or "")
    msg["Message-ID"] = f"<{provider_message_id or f'draft-{draft_id}'}@outreach.archive>"
    msg["X-Outreach-Draft-Id"] = str(draft_id)
    if provider_message_id:
        msg["X-Message-Id"] = provider_message_id
    parts = {c["type"]: c["value"] for c in body.get("content") or []}
    msg.set_content(parts.get("text/plain", ""))
    if "text/html" in parts:
        msg.add_alternative(parts["text/html"], subtype="html")
        msg.set_boundary(f"=_outreach_{draft_id}_{_sha(request_body.encode('utf-8'))[:24]}")
    return msg.as_bytes()


def _call_record(draft_id: int, client_id: str, row: DeliveryRow) -> bytes:
    return _json_bytes({"draft_id": draft_id, "client_id": client_id, "channel": "call",
                        "outcome": row.call_outcome, "outcome_by": row.outcome_by, "outcome_at": _iso(row.outcome_at),
                        "note": row.outcome_note})


def _card_bytes(draft_id: int, row: DeliveryRow) -> bytes:
    if not row.artifact_path:
        raise ArchiveError(f"draft {draft_id}: the card has no PDF on the ledger")
    try:
        data = Path(row.artifact_path).read_bytes()
    except OSError as exc:
        raise ArchiveError(f"draft {draft_id}: cannot read the card's PDF {row.artifact_path}: {exc}") from None
    if row.artifact_sha256 and _sha(data) != row.artifact_sha256:
        raise ArchiveError(f"draft {draft_id}: the card's PDF {row.artifact_path} is not the one rendered "
                           "(SHA-256 differs from the ledger's)")
    return data


# --- one day ---------------------------------------------------------------------------------------------

def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=UTC)
    return start, start + timedelta(days=1)


def _left_on(session: Session, day: date) -> list[tuple[DeliveryRow, DraftRow, MatchRow, EventRow]]:
    start, end = _bounds(day)
    left = sa.or_(*(sa.and_(DeliveryRow.channel == channel, DeliveryRow.state == _FINAL[channel],
                            column >= start, column < end) for channel, column in _LEFT_AT.items()))
    rows = session.execute(
        sa.select(DeliveryRow, DraftRow, MatchRow, EventRow).join(DraftRow, DraftRow.id == DeliveryRow.draft_id)
        .join(MatchRow, MatchRow.id == DraftRow.match_id).join(EventRow, EventRow.id == MatchRow.event_id)
        .where(left).order_by(DeliveryRow.draft_id)).all()
    return [(d, dr, m, e) for d, dr, m, e in rows]


LEGACY_EMAIL = "sent before request bodies were stored (migration 0006): no exact copy to archive"


def _file(row: DeliveryRow, draft: DraftRow, match: MatchRow, left_at: datetime) -> tuple[str, bytes] | None:
    """(file name, bytes) of what left; None for an e-mail sent before its request body was kept."""
    channel = Channel(row.channel)
    if channel == Channel.EMAIL:
        if not row.request_body:
            return None
        return f"{draft.id:08d}-email.eml", eml_bytes(row.request_body, sent_at=left_at, draft_id=draft.id,
                                                      provider_message_id=row.provider_message_id)
    if channel == Channel.CARD:
        return f"{draft.id:08d}-card.pdf", _card_bytes(draft.id, row)
    return f"{draft.id:08d}-call.json", _call_record(draft.id, match.client_id, row)


def _message(session: Session, row: DeliveryRow, draft: DraftRow, match: MatchRow,
             event: EventRow) -> tuple[str | None, bytes, dict[str, Any]]:
    """(file name, file bytes, manifest entry) of one message that left (no file: see LEGACY_EMAIL)."""
    channel = Channel(row.channel)
    left_at = getattr(row, _LEFT_AT[channel].key)
    found = _file(row, draft, match, left_at)
    name, data = found if found is not None else (None, b"")
    if found is None:
        log.warning("archive: draft %s was %s", draft.id, LEGACY_EMAIL)
    decision = latest_decision(session, draft.id)
    data_ = event.data or {}
    entry = {
        "draft_id": draft.id, "client_id": match.client_id, "channel": str(channel), "kind": event.kind,
        "template": draft.template, "file": name, "sha256": _sha(data) if found is not None else None,
        "note": None if found is not None else LEGACY_EMAIL,
        "draft": {"subject": draft.subject, "body_text": draft.body_text},
        "final": {"subject": decision.final_subject if decision else None,
                  "body_text": decision.final_body_text if decision else None},
        "evidence": {"role": match.role, "score": match.score, "text": match.evidence,
                     "event_key": event.event_key, "source_title": data_.get("title"),
                     "source_link": data_.get("link")},
        "approved_by": decision.actor if decision else None,
        "decision": decision.action if decision else None,
        "decided_at": _iso(decision.decided_at) if decision else None,
        "decision_source": decision.source if decision else None,
        "delivery": {"state": row.state, "left_at": _iso(left_at), "provider_message_id": row.provider_message_id,
                     "print_batch": row.print_batch, "call_outcome": row.call_outcome, "outcome_by": row.outcome_by},
    }
    return name, data, entry


def build_day(session: Session, day: date) -> tuple[dict[str, bytes], bytes]:
    """The files of one day (name -> bytes) and its manifest's bytes; nothing written."""
    files: dict[str, bytes] = {}
    entries = []
    for row, draft, match, event in _left_on(session, day):
        name, data, entry = _message(session, row, draft, match, event)
        if name is not None:
            files[name] = data
        entries.append(entry)
    manifest = {"format": FORMAT, "day": day.isoformat(), "messages": entries,
                "files": {name: _sha(data) for name, data in sorted(files.items())}}
    return files, _json_bytes(manifest)


def export_day(db_url: str, day: date, root: Path, *, today: date | None = None) -> ArchivedDay:
    """Write ``day``'s folder under ``root``; record a complete day in archive_days the first time, and refuse
    (ArchiveMismatch, nothing written) when a recorded day no longer exports to its recorded manifest."""
    today = today or utcnow().date()
    with session_scope(db_url) as session:
        files, manifest = build_day(session, day)
        digest = _sha(manifest)
        recorded = session.scalar(sa.select(ArchiveDayRow.manifest_sha256).where(ArchiveDayRow.day == day))
        if recorded is not None and recorded != digest:
            raise ArchiveMismatch(f"{day}: the store no longer says what the archive recorded (manifest SHA-256 "
                                  f"{digest}, recorded {recorded}); nothing written")
        folder = root / day.isoformat()
        for name, data in files.items():
            write_atomically(folder / name, data)
        write_atomically(folder / MANIFEST, manifest)
        count = len(json.loads(manifest)["messages"])
        first = recorded is None and day < today and _record(session, day, digest, count)
    log.info("archive %s: %d message(s), manifest %s%s", day, count, digest, " (recorded)" if first else "")
    return ArchivedDay(day, folder, count, digest, bool(first))


def _record(session: Session, day: date, digest: str, messages: int) -> bool:
    """Record the day once; True when this call did. A concurrent exporter's row must say the same."""
    insert = conflict_insert(session, ArchiveDayRow)
    values = {"day": day, "manifest_sha256": digest, "messages": messages, "exported_at": utcnow()}
    if insert is None:
        session.add(ArchiveDayRow(**values))
        return True
    inserted = session.scalar(insert.values(**values).on_conflict_do_nothing(index_elements=["day"])
                              .returning(ArchiveDayRow.day))
    if inserted is not None:
        return True
    theirs = session.scalar(sa.select(ArchiveDayRow.manifest_sha256).where(ArchiveDayRow.day == day))
    if theirs != digest:
        raise ArchiveMismatch(f"{day}: recorded meanwhile with manifest SHA-256 {theirs}, not {digest}")
    return False


def export_days(db_url: str, since: date, until: date, root: Path, *, today: date | None = None) -> list[ArchivedDay]:
    """``export_day`` for every day from ``since`` to ``until``, inclusive."""
    days = (since + timedelta(days=n) for n in range((until - since).days + 1))
    return [export_day(db_url, day, root, today=today) for day in days]


def archive_pending_days(db_url: str, root: Path, *, now: datetime | None = None,
                         settle: timedelta = DEFAULT_SETTLE) -> list[ArchivedDay]:
    """Every complete day not archived yet (from the day after the last one archived, or the first day a message
    left), up to the last day that ended ``settle`` ago; each is written and recorded once."""
    now = now or utcnow()
    last_day = (now - settle).date() - timedelta(days=1)
    with session_scope(db_url) as session:
        last = session.scalar(sa.select(sa.func.max(ArchiveDayRow.day)))
        first_left = [session.scalar(sa.select(sa.func.min(column)).where(DeliveryRow.channel == channel,
                                                                          DeliveryRow.state == _FINAL[channel]))
                      for channel, column in _LEFT_AT.items()]
    starts = [at.astimezone(UTC).date() for at in first_left if at is not None]
    start = last + timedelta(days=1) if last is not None else min(starts, default=None)
    if start is None or start > last_day:
        return []
    return export_days(db_url, start, last_day, root, today=now.date())
