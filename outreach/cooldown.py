"""Cooldown: a new client outreach is held back when the firm's rules say the client was contacted too recently
(``[[firm.cooldown.rules]]`` in the advisers file; see outreach.advisers.CooldownRule).

A held outreach is not dropped: its draft is stored with status ``held`` and the rule as ``hold_reason``, is never
asked for review, shows in ``outreach history`` and is counted in the run's digest. A person may still ask about
it (trigger the match DAG with its id in ``draft_ids``).

What counts as an earlier contact: a client-facing draft that went out or may still go out (awaiting review,
approved, snoozed, sent; see outreach.store.history.CONTACT_STATUSES), at the time it left or, not yet gone, at
the time it was drafted; and, within one batch, the outreach drafted before it (deaths first, then by item), so
two overlapping storms give one weather note.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from outreach.advisers import CooldownRule
from outreach.store.history import recent_contacts


@dataclass(frozen=True)
class Candidate:
    """A new outreach about to be drafted: whose, and of which event kind."""

    client_id: str
    kind: str


def hold_reasons(session: Session, candidates: Sequence[Candidate | None], rules: Sequence[CooldownRule],
                 now: datetime, *, exclude_templates: Collection[str] = ()) -> list[str | None]:
    """For each candidate, in order, the reason it is held back, or None; None candidates (notices, drafts that
    will not go out) are passed over and count for nothing."""
    if not rules or not any(candidates):
        return [None] * len(candidates)
    since = now - max(r.window for r in rules)
    earlier: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
    wanted = {c.client_id for c in candidates if c is not None}
    for client_id, contacts in recent_contacts(session, wanted, since, exclude_templates=exclude_templates).items():
        earlier[client_id].extend((c.kind, c.at) for c in contacts)
    reasons: list[str | None] = []
    for candidate in candidates:
        if candidate is None:
            reasons.append(None)
            continue
        reason = _first_hit(candidate, earlier[candidate.client_id], rules, now)
        reasons.append(reason)
        if reason is None:  # it goes ahead: it is a contact for the candidates after it
            earlier[candidate.client_id].append((candidate.kind, now))
    return reasons


def _first_hit(candidate: Candidate, earlier: Sequence[tuple[str, datetime]], rules: Sequence[CooldownRule],
               now: datetime) -> str | None:
    for rule in rules:
        for kind, at in sorted(earlier, key=lambda e: e[1], reverse=True):
            if rule.applies(candidate.kind, kind) and now - at <= rule.window:
                return f"{rule.describe()} (last {kind} outreach {at:%Y-%m-%d %H:%M} UTC)"
    return None
