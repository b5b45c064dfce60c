"""The result of matching: one proposed outreach (or adviser notice) per client and event."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["survivor", "deceased_client", "spouse_of_deceased_client", "in_area", "subject"]


@dataclass(frozen=True)
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
