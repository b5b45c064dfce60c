"""The send ledger: one ``deliveries`` row per draft, moved through a state machine that makes a double
send impossible, even with concurrent retries of the same task.

::

    pending ──claim──▶ sending ──mark_sent──────▶ sent        (final)
       ▲                  │ ────mark_failed────▶ failed      (provider refused: nothing was sent)
       │                  │ ────mark_unknown───▶ unknown     (timeout / crash after the request left:
       └──── retry ───────┘                                    maybe sent; a person reconciles)
             (mark_failed(retry=True): only when the provider surely did not accept the message)

Rules for the sender (outreach.delivery):

1. ``ensure_delivery`` (idempotent), then ``claim_delivery`` and **commit before calling the
   provider**. The claim is one ``UPDATE ... WHERE state = 'pending'``; the database lets exactly one
   caller change the row, so only the caller that got ``True`` may send.
2. After the provider answers, record the outcome with ``mark_sent`` / ``mark_failed`` /
   ``mark_unknown`` and commit. Each of these only moves a row that is in ``sending``.
3. A row left in ``sending`` by a crashed worker is never re-sent automatically:
   ``reap_stale_sending`` moves it to ``unknown`` for a person to check with the provider.
4. ``requeue_delivery`` (failed/unknown -> pending) is the one explicit, human way back.

The same row and claim serve every channel (``deliveries.channel``); what follows the claim differs::

    card:  pending ──claim──▶ sending ──mark_rendered──▶ rendered ──mark_printed──▶ printed   (final)
    call:  pending ──claim──▶ sending ──mark_call_open─▶ call_open ──record_call_outcome──▶ called  (final)

A card or call claim left in ``sending`` by a stopped worker goes back to ``pending``, not ``unknown``:
nothing left the building (a PDF file is rewritten whole, a call task is only a row). ``mark_printed`` and
``record_call_outcome`` move a row only from its handed-over state, so a batch printed twice marks each card
once and an outcome submitted twice is recorded once (the second call returns False).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.errors import OutreachError
from outreach.states import CallOutcome, Channel, DeliveryState
from outreach.store.db import conflict_insert, rowcount
from outreach.store.models import DeliveryRow, utcnow


class DeliveryStateError(OutreachError, RuntimeError):
    """A transition was asked for a delivery that is not in the state it requires."""


def ensure_delivery(session: Session, draft_id: int, channel: Channel = Channel.EMAIL) -> DeliveryRow:
    """The delivery row of a draft, created in ``pending`` for ``channel`` if there is none yet.

    A row still ``pending`` (never claimed, or put back) takes the channel of the approval that delivers it.
    """
    row = session.scalar(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id))
    if row is not None:
        if row.state == DeliveryState.PENDING and row.channel != channel:
            session.execute(sa.update(DeliveryRow).where(DeliveryRow.draft_id == draft_id,
                                                         DeliveryRow.state == DeliveryState.PENDING)
                            .values(channel=channel, updated_at=utcnow()).execution_options(synchronize_session=False))
            _refresh(session, draft_id)
        return row
    # Another worker may create it between our read and our insert: the unique key decides, theirs stays.
    insert = conflict_insert(session, DeliveryRow)
    if insert is None:
        raise OutreachError(f"the send ledger needs PostgreSQL or SQLite, not {session.get_bind().dialect.name}")
    now = utcnow()
    session.execute(insert.values(draft_id=draft_id, state=DeliveryState.PENDING, attempts=0, created_at=now,
                                  updated_at=now, channel=channel)
                    .on_conflict_do_nothing(index_elements=["draft_id"]))
    return session.scalars(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id)).one()


def claim_delivery(session: Session, draft_id: int) -> bool:
    """Atomically move the draft's delivery pending -> sending; True only for the one caller that did.

    Commit right after a True, before sending, so that other workers see the claim.
    """
    now = utcnow()
    result = session.execute(
        sa.update(DeliveryRow)
        .where(DeliveryRow.draft_id == draft_id, DeliveryRow.state == DeliveryState.PENDING)
        .values(state=DeliveryState.SENDING, sending_at=now, updated_at=now, attempts=DeliveryRow.attempts + 1)
        .execution_options(synchronize_session=False)
    )
    claimed = rowcount(result) == 1
    if claimed:
        _refresh(session, draft_id)
    return claimed


def record_request_body(session: Session, draft_id: int, body: str) -> None:
    """Store the e-mail's request body (the JSON text sent) on a claimed row, before the call."""
    _transition(session, draft_id, DeliveryState.SENDING, state=DeliveryState.SENDING, request_body=body)


def mark_sent(session: Session, draft_id: int, provider_message_id: str | None) -> None:
    """sending -> sent, with the provider's message id; also unknown -> sent: the claimant holds the provider's
    acceptance, which beats a reaper's guess that its worker had died."""
    now = utcnow()
    _transition(session, draft_id, (DeliveryState.SENDING, DeliveryState.UNKNOWN), state=DeliveryState.SENT,
                sent_at=now, provider_message_id=provider_message_id, last_error=None)


def count_attempts(session: Session, draft_id: int, extra: int) -> None:
    """Add ``extra`` provider calls to the delivery's ``attempts`` (the claim counted the first one)."""
    if extra > 0:
        session.execute(sa.update(DeliveryRow).where(DeliveryRow.draft_id == draft_id)
                        .values(attempts=DeliveryRow.attempts + extra).execution_options(synchronize_session=False))


def mark_failed(session: Session, draft_id: int, error: str, *, retry: bool = False) -> None:
    """sending -> failed, or back to pending with ``retry`` (only if the provider surely did not accept it)."""
    _transition(session, draft_id, DeliveryState.SENDING,
                state=DeliveryState.PENDING if retry else DeliveryState.FAILED, last_error=error)


def mark_unknown(session: Session, draft_id: int, error: str) -> None:
    """sending -> unknown: the request may have reached the provider; never retried automatically."""
    _transition(session, draft_id, DeliveryState.SENDING, state=DeliveryState.UNKNOWN, last_error=error)


def mark_rendered(session: Session, draft_id: int, path: str, sha256: str) -> None:
    """sending -> rendered: the card's PDF is written at ``path`` (its SHA-256 recorded)."""
    _transition(session, draft_id, DeliveryState.SENDING, state=DeliveryState.RENDERED, artifact_path=path,
                artifact_sha256=sha256, last_error=None)


def mark_printed(session: Session, draft_ids: list[int], batch: str) -> list[int]:
    """rendered -> printed for the cards of a print batch; returns the drafts this call moved (none twice)."""
    moved = []
    for draft_id in draft_ids:
        result = session.execute(
            sa.update(DeliveryRow)
            .where(DeliveryRow.draft_id == draft_id, DeliveryRow.state == DeliveryState.RENDERED,
                   DeliveryRow.channel == Channel.CARD)
            .values(state=DeliveryState.PRINTED, print_batch=batch, printed_at=utcnow(), updated_at=utcnow())
            .execution_options(synchronize_session=False))
        if rowcount(result) == 1:
            moved.append(draft_id)
    return moved


def mark_call_open(session: Session, draft_id: int) -> None:
    """sending -> call_open: the call task is with the adviser."""
    _transition(session, draft_id, DeliveryState.SENDING, state=DeliveryState.CALL_OPEN, last_error=None)


def record_call_outcome(session: Session, draft_id: int, outcome: CallOutcome, actor: str, *,
                        at: datetime | None = None, note: str | None = None) -> bool:
    """call_open -> called with the outcome, who recorded it and when; False when it was recorded before."""
    result = session.execute(
        sa.update(DeliveryRow)
        .where(DeliveryRow.draft_id == draft_id, DeliveryRow.state == DeliveryState.CALL_OPEN,
               DeliveryRow.channel == Channel.CALL)
        .values(state=DeliveryState.CALLED, call_outcome=CallOutcome(outcome), outcome_by=actor,
                outcome_at=at or utcnow(), outcome_note=note, updated_at=utcnow())
        .execution_options(synchronize_session=False))
    if rowcount(result) == 1:
        _refresh(session, draft_id)
        return True
    current = session.scalar(sa.select(DeliveryRow.state).where(DeliveryRow.draft_id == draft_id))
    if current != DeliveryState.CALLED:
        raise DeliveryStateError(f"delivery of draft {draft_id} is {current or 'missing'}, not a call task; "
                                 "no outcome can be recorded")
    return False


def requeue_delivery(session: Session, draft_id: int, reason: str) -> None:
    """failed/unknown -> pending, a person's decision after checking the provider's activity log."""
    _transition(session, draft_id, (DeliveryState.FAILED, DeliveryState.UNKNOWN), state=DeliveryState.PENDING,
                last_error=f"requeued: {reason}")


def reap_stale_sending(session: Session, older_than: timedelta, *, now: datetime | None = None,
                       draft_id: int | None = None) -> list[int]:
    """Move deliveries stuck in ``sending`` longer than ``older_than`` to ``unknown``; return their draft ids.

    ``draft_id``: only that draft's delivery (a sender that found it claimed by a worker that stopped).
    """
    cutoff = (now or utcnow()) - older_than
    query = sa.select(DeliveryRow.draft_id).where(DeliveryRow.state == DeliveryState.SENDING,
                                                  DeliveryRow.sending_at < cutoff)
    stale = list(session.scalars(query if draft_id is None else query.where(DeliveryRow.draft_id == draft_id)))
    reaped = []
    for stale_id in stale:
        # Re-check in the UPDATE itself: the worker may have finished since the SELECT. A card or call claim
        # goes back to pending (nothing left the building); an e-mail's to unknown (SendGrid may have it).
        local = DeliveryRow.channel != Channel.EMAIL
        result = session.execute(
            sa.update(DeliveryRow)
            .where(DeliveryRow.draft_id == stale_id, DeliveryRow.state == DeliveryState.SENDING,
                   DeliveryRow.sending_at < cutoff)
            .values(state=sa.case((local, DeliveryState.PENDING), else_=DeliveryState.UNKNOWN), updated_at=utcnow(),
                    last_error=sa.case((local, "worker stopped while rendering or opening the task; retried"),
                                       else_="worker stopped while sending; check the provider before requeueing"))
            .execution_options(synchronize_session=False)
        )
        if rowcount(result) == 1:
            reaped.append(stale_id)
            _refresh(session, stale_id)
    return reaped


def _transition(session: Session, draft_id: int, from_state: DeliveryState | tuple[DeliveryState, ...],
                **values: object) -> None:
    allowed = (from_state,) if isinstance(from_state, DeliveryState) else from_state
    result = session.execute(
        sa.update(DeliveryRow)
        .where(DeliveryRow.draft_id == draft_id, DeliveryRow.state.in_(allowed))
        .values(updated_at=utcnow(), **values)
        .execution_options(synchronize_session=False)
    )
    if rowcount(result) != 1:
        current = session.scalar(sa.select(DeliveryRow.state).where(DeliveryRow.draft_id == draft_id))
        raise DeliveryStateError(
            f"delivery of draft {draft_id} is {current or 'missing'}, not {' or '.join(allowed)}; "
            f"cannot move it to {values['state']}"
        )
    _refresh(session, draft_id)


def _refresh(session: Session, draft_id: int) -> None:
    row = session.scalar(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id))
    if row is not None:
        session.refresh(row)
