"""The result of matching: one proposed outreach (or adviser notice) per client and event."""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Literal

Role = Literal["survivor", "deceased_client", "spouse_of_deceased_client", "in_area", "subject"]


@dataclass(frozen=True, slots=True)
class Match:
    client_id: str
    item_id: str
    kind: str  # bereavement | weather | news
    role: Role
    score: float  # in [0, 1]
    evidence: str  # the sentence / relation / geometry test a reviewer checks
    details: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def as_json(self) -> dict[str, Any]:
        """The stable `outreach match --format jsonl` record."""
        return {
            "client_id": self.client_id,
            "item_id": self.item_id,
            "kind": self.kind,
            "role": self.role,
            "score": round(self.score, 4),
            "evidence": self.evidence,
            **({"details": self.details} if self.details else {}),
        }


_SETTERS = tuple(getattr(Match, name).__set__ for name in Match.__dataclass_fields__)


def matches_of(client_ids: Sequence[str], item_id: str, kind: str, role: Role, score: float,
               evidences: Sequence[str], details: Sequence[dict[str, Any]]) -> list[Match]:
    """`[Match(c, item_id, kind, role, score, e, d) for c, e, d in zip(client_ids, evidences, details)]`
    for hundreds of thousands of weather proposals: the same frozen objects, each slot filled for all of
    them by one C-level map instead of the dataclass __init__'s seven object.__setattr__ calls each."""
    n = len(client_ids)
    if not len(evidences) == len(details) == n:
        raise ValueError("one evidence and one details dict per client")
    out = list(map(object.__new__, repeat(Match, n)))
    for setter, values in zip(_SETTERS, (client_ids, repeat(item_id), repeat(kind), repeat(role), repeat(score),
                                         evidences, details)):
        deque(map(setter, out, values), maxlen=0)
    return out


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a burst of objects that cannot form reference cycles is
    built (reference counting still frees everything); it is re-enabled afterwards, unless the caller had
    it off already. Only for code that calls nothing but the engine's own builders inside."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
