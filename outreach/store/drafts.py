"""Draft and decision queries: the one place that reads a draft's latest decision or finds a client's open drafts.

Delivery state is not changed here: outreach.store.deliveries is the only writer of the send ledger.
"""

from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.states import OPEN_DRAFT_STATUSES, DeliveryState
from outreach.store.models import DecisionRow, DeliveryRow, DraftRow, MatchRow


def latest_decision(session: Session, draft_id: int) -> DecisionRow | None:
    """The draft's most recent decision (the decision log is append-only; ties go to the later row)."""
    return session.scalar(sa.select(DecisionRow).where(DecisionRow.draft_id == draft_id)
                          .order_by(DecisionRow.decided_at.desc(), DecisionRow.id.desc()).limit(1))


def open_client_drafts(session: Session, client_id: str, *, exclude_templates: Collection[str] = ()) -> list[DraftRow]:
    """The client's drafts that could still go out: open status, and nothing claimed or sent on the ledger."""
    return list(session.scalars(
        sa.select(DraftRow).join(MatchRow, MatchRow.id == DraftRow.match_id)
        .outerjoin(DeliveryRow, DeliveryRow.draft_id == DraftRow.id)
        .where(MatchRow.client_id == client_id, DraftRow.status.in_(OPEN_DRAFT_STATUSES),
               DraftRow.template.not_in(exclude_templates),
               sa.or_(DeliveryRow.id.is_(None), DeliveryRow.state.in_((DeliveryState.PENDING, DeliveryState.FAILED))))))
