"""The result of matching: one proposed outreach (or adviser notice) per client and event."""

from __future__ import annotations

from dataclasses import dataclass, field
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


def new_match(client_id: str, item_id: str, kind: str, role: Role, score: float, evidence: str,
              details: dict[str, Any]) -> Match:
    """`Match(...)` for hot loops (hundreds of thousands of weather proposals): the same frozen object,
    its slots filled directly instead of by the dataclass __init__'s object.__setattr__ calls."""
    m = object.__new__(Match)
    s0, s1, s2, s3, s4, s5, s6 = _SETTERS
    s0(m, client_id)
    s1(m, item_id)
    s2(m, kind)
    s3(m, role)
    s4(m, score)
    s5(m, evidence)
    s6(m, details)
    return m
