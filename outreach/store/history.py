"""A client's contact history: every outreach drafted for them, with its channel, when it left, who approved it
and how it ended (sent, printed, called with the outcome, held back by a cooldown and why, rejected, ...).

Read by ``outreach history CLIENT_ID``, by the review (the last three contacts of each client) and by the
cooldown (``outreach.cooldown``: the recent contacts that hold a new outreach back).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.states import DELIVERED_STATES, CallOutcome, Channel, DecisionAction, DeliveryState, DraftStatus
from outreach.store.models import DecisionRow, DeliveryRow, DraftRow, EventRow, MatchRow

# Drafts that count as a contact for a cooldown: gone out, or on their way (a reviewer may still send them).
CONTACT_STATUSES = (DraftStatus.PENDING_REVIEW, DraftStatus.APPROVED, DraftStatus.SNOOZED, DraftStatus.SENT)
_CHUNK = 1000


@dataclass(frozen=True)
class Contact:
    """One outreach of a client's timeline."""

    draft_id: int
    client_id: str
    kind: str  # the event kind: bereavement, weather, news
    template: str
    channel: str  # the approval's channel, else the one proposed
    status: str  # the draft's status
    drafted_at: datetime
    delivery_state: str | None  # the ledger's state (None: nothing delivered or claimed)
    left_at: datetime | None  # e-mail sent, card printed, call outcome recorded
    decision: str | None  # the latest decision (approve, reject, snooze, expire)
    decided_by: str | None
    decided_at: datetime | None
    hold_reason: str | None = None
    call_outcome: str | None = None

    @property
    def at(self) -> datetime:
        """When it happened: when it left, else when it was drafted."""
        return self.left_at or self.drafted_at

    @property
    def delivered(self) -> bool:
        return self.delivery_state in DELIVERED_STATES

    @property
    def approved_by(self) -> str | None:
        return self.decided_by if self.decision == DecisionAction.APPROVE else None

    @property
    def outcome(self) -> str:
        """How it ended (or where it is), in words."""
        if self.status == DraftStatus.HELD:
            return f"held ({self.hold_reason or 'cooldown'})"
        if self.delivery_state == DeliveryState.CALLED and self.call_outcome:
            return f"called: {CallOutcome(self.call_outcome).label.lower()}"
        if self.delivery_state is not None and self.delivery_state != DeliveryState.PENDING:
            return str(self.delivery_state).replace("_", " ")
        return str(self.status).replace("_", " ")

    def describe(self) -> str:
        """One line: "2026-11-30 14:02 UTC  weather  e-mail  sent  approved by jdoe at 2026-11-30 13:58 UTC"."""
        who = ""
        if self.decided_by is not None and self.decided_at is not None:
            verb = {"approve": "approved", "reject": "rejected", "snooze": "snoozed", "expire": "expired"}
            done = verb.get(str(self.decision), str(self.decision))
            who = f"  {done} by {self.decided_by} at {_when(self.decided_at)}"
        return (f"{_when(self.at)}  draft {self.draft_id}  {self.kind}  {Channel(self.channel).label}  "
                f"{self.outcome}{who}")

    def summary(self) -> str:
        """Short, for the review: "2026-11-30, weather (e-mail)"."""
        return f"{self.at:%Y-%m-%d}, {self.kind} ({Channel(self.channel).label})"


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _contacts(session: Session, where: Iterable[sa.ColumnElement[bool]]) -> list[Contact]:
    left = sa.case((DeliveryRow.state.in_(DELIVERED_STATES),
                    sa.func.coalesce(DeliveryRow.sent_at, DeliveryRow.printed_at, DeliveryRow.outcome_at)))
    rows: Sequence[Any] = session.execute(
        sa.select(DraftRow.id, MatchRow.client_id, EventRow.kind, DraftRow.template, DraftRow.channel,
                  DraftRow.status, DraftRow.created_at, DeliveryRow.state, left, DraftRow.hold_reason,
                  DeliveryRow.call_outcome, DeliveryRow.channel)
        .join(MatchRow, MatchRow.id == DraftRow.match_id).join(EventRow, EventRow.id == MatchRow.event_id)
        .outerjoin(DeliveryRow, DeliveryRow.draft_id == DraftRow.id)
        .where(*where).order_by(DraftRow.id)).all()
    decisions = _latest_decisions(session, [r[0] for r in rows])
    out = []
    for (draft_id, client_id, kind, template, channel, status, drafted, state, left_at, hold, outcome,
         delivery_channel) in rows:
        action, actor, decided_at, chosen = decisions.get(draft_id, (None, None, None, None))
        out.append(Contact(draft_id, client_id, kind, template, delivery_channel or chosen or channel, status,
                           drafted, state, left_at, action, actor, decided_at, hold, outcome))
    return sorted(out, key=lambda c: (c.at, c.draft_id))


def _latest_decisions(session: Session, draft_ids: Sequence[int],
                      ) -> dict[int, tuple[str, str, datetime, str | None]]:
    latest: dict[int, tuple[str, str, datetime, str | None]] = {}
    for i in range(0, len(draft_ids), _CHUNK):
        rows = session.execute(
            sa.select(DecisionRow.draft_id, DecisionRow.action, DecisionRow.actor, DecisionRow.decided_at,
                      DecisionRow.channel)
            .where(DecisionRow.draft_id.in_(draft_ids[i:i + _CHUNK]))
            .order_by(DecisionRow.decided_at, DecisionRow.id))
        for draft_id, action, actor, at, channel in rows:
            latest[draft_id] = (action, actor, at, channel)  # the last one wins
    return latest


def client_history(session: Session, client_id: str) -> list[Contact]:
    """Every outreach of the client, oldest first (internal notices to the adviser included)."""
    return _contacts(session, [MatchRow.client_id == client_id])


def _contacts_by_client(session: Session, client_ids: Collection[str], exclude_templates: Collection[str],
                        condition: Any) -> dict[str, list[Contact]]:
    """client id -> their contacts meeting ``condition``, queried in chunks of client ids."""
    found: dict[str, list[Contact]] = defaultdict(list)
    ids = sorted(set(client_ids))
    for i in range(0, len(ids), _CHUNK):
        for contact in _contacts(session, [MatchRow.client_id.in_(ids[i:i + _CHUNK]),
                                           DraftRow.template.not_in(list(exclude_templates)), condition]):
            found[contact.client_id].append(contact)
    return found


def last_contacts(session: Session, client_ids: Collection[str], *, limit: int = 3,
                  exclude_templates: Collection[str] = ()) -> dict[str, list[Contact]]:
    """client id -> the latest ``limit`` messages delivered to the client, newest first."""
    found = _contacts_by_client(session, client_ids, exclude_templates, DeliveryRow.state.in_(DELIVERED_STATES))
    return {cid: sorted(cs, key=lambda c: (c.at, c.draft_id), reverse=True)[:limit] for cid, cs in found.items()}


def recent_contacts(session: Session, client_ids: Collection[str], since: datetime, *,
                    exclude_templates: Collection[str] = ()) -> dict[str, list[Contact]]:
    """client id -> outreach that went out, or may still go out, at or after ``since`` (what a cooldown counts)."""
    found = _contacts_by_client(session, client_ids, exclude_templates, DraftRow.status.in_(CONTACT_STATUSES))
    recent = {cid: [c for c in cs if c.at >= since] for cid, cs in found.items()}
    return {cid: cs for cid, cs in recent.items() if cs}
