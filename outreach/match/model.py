"""The result of matching: one proposed outreach (or adviser notice) per client and event.

`MatchDetails` is the one contract between the engine (which writes it), the store (which keeps it as
`MatchRow.details` JSON, plus its own `feed_item_row_id`), the drafts and the review (which read it).
`DETAILS_READERS` says who reads each field; tests/match/test_match_details.py checks that the engine
writes exactly these fields over the evaluation corpora and that each reader really reads its fields.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any, Literal, Required, TypedDict

Role = Literal["survivor", "deceased_client", "possible_deceased_client", "spouse_of_deceased_client", "in_area",
               "subject", "parent_of_subject"]
# A survivor's relation to the deceased, as the obituary grammar reads it ("family": a survivor clause
# that names no relation). words.RELATIONS holds the words for each.
Relation = Literal["spouse", "child", "grandchild", "great_grandchild", "sibling", "parent", "in_law",
                   "niece_nephew", "aunt_uncle", "cousin", "grandparent", "friend", "family"]
# The life event a news story puts on a client (news.LIFE_EVENTS, in the same order).
LifeEvent = Literal["loss", "fire", "flood", "injury", "award", "promotion", "retirement", "opening", "milestone",
                    "storm_damage"]


class PlaceRef(TypedDict):
    """Which of a client's other places (an `outreach.client.Location`) a storm covers: not their home."""

    label: str  # "Lake cabin" ("" when the file gives none)
    city: str
    state: str


class MatchDetails(TypedDict, total=False):
    """What a Match carries besides its score and evidence; a plain dict at run time (a day's 700,000
    weather proposals cost no more than before), typed here, and stored as JSON as it is."""

    event_key: Required[str]  # one per death across feeds, per storm, per news story
    outreach_key: Required[str]  # f"{client_id}|{event_key}": the store keeps one match per (client, key)
    deceased: str  # bereavement: the deceased's name as the obituary writes it
    deceased_client_id: str  # spouse_of_deceased_client: the client who died (their roster spouse)
    relation: Relation  # bereavement survivor / spouse: relation to the deceased
    event: LifeEvent  # news: the life event
    checks: list[str]  # bereavement and news: what the score rests on ("town Eau Claire agrees", ...)
    ner: str  # news: what the statistical NER said about the name ("not run: the name stands alone", ...)
    location: PlaceRef  # weather: the storm covers this other place of the client's, not their home


# Who reads each field ("module.function"); a field nobody reads is not written. Checked by
# tests/match/test_match_details.py against the engine's output and each reader's source.
DETAILS_READERS: Mapping[str, tuple[str, ...]] = {
    "event_key": ("outreach.pipeline._keys",),
    "outreach_key": ("outreach.pipeline._keys", "outreach.match.engine._admit"),
    "deceased": ("outreach.drafts._message_context",),
    "deceased_client_id": ("outreach.pipeline._deceased_client_id",),
    "relation": ("outreach.drafts._message_context",),
    "event": ("outreach.drafts.news_tone",),
    "checks": ("outreach.reviews.details_lines",),
    "ner": ("outreach.reviews.details_lines",),
    "location": ("outreach.drafts._message_context", "outreach.reviews._storm_request"),
}


def bereavement_details(event_key: str, client_id: str, deceased: str, *,
                        deceased_client_id: str | None = None, relation: Relation | None = None,
                        checks: Sequence[str] | None = None) -> MatchDetails:
    """The details of an obituary proposal (the keys in the order the JSON output has always had)."""
    details: MatchDetails = {"event_key": event_key, "outreach_key": f"{client_id}|{event_key}",
                             "deceased": deceased}
    if deceased_client_id is not None:
        details["deceased_client_id"] = deceased_client_id
    if relation is not None:
        details["relation"] = relation
    if checks is not None:
        details["checks"] = list(checks)
    return details


def news_details(event_key: str, client_id: str, event: LifeEvent, checks: Sequence[str],
                 ner: str) -> MatchDetails:
    """The details of a news proposal."""
    return {"event_key": event_key, "outreach_key": f"{client_id}|{event_key}", "event": event,
            "checks": list(checks), "ner": ner}


def weather_details(storm: str, client_ids: Sequence[str]) -> list[MatchDetails]:
    """The details of one storm's proposals, one per client, in order (built for many clients at once:
    the outreach keys by one C-level map)."""
    key_of = f"%s|{storm.replace('%', '%%')}".__mod__  # f"{client_id}|{storm}"
    return [{"event_key": storm, "outreach_key": key} for key in map(key_of, client_ids)]


def weather_location_details(storm: str, client_id: str, label: str, city: str, state: str) -> MatchDetails:
    """The details of a storm's proposal for a client whose other place (not their home) it covers."""
    return {"event_key": storm, "outreach_key": f"{client_id}|{storm}",
            "location": {"label": label, "city": city, "state": state}}


@dataclass(frozen=True, slots=True)
class Match:
    client_id: str
    item_id: str
    kind: str  # bereavement | weather | news
    role: Role
    score: float  # in [0, 1]
    evidence: str  # the sentence / relation / geometry test a reviewer checks
    details: MatchDetails = field(default_factory=dict, compare=False, hash=False)  # type: ignore[assignment]

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
               evidences: Sequence[str], details: Sequence[MatchDetails]) -> list[Match]:
    """`[Match(c, item_id, kind, role, score, e, d) for c, e, d in zip(client_ids, evidences, details)]`
    for hundreds of thousands of weather proposals: the same frozen objects, each slot filled for all of
    them by one C-level map instead of the dataclass __init__'s seven object.__setattr__ calls each."""
    n = len(client_ids)
    if not len(evidences) == len(details) == n:
        raise ValueError("one evidence and one details dict per client")
    out = list(map(object.__new__, repeat(Match, n)))
    columns: tuple[Iterable[Any], ...] = (client_ids, repeat(item_id), repeat(kind), repeat(role), repeat(score),
                                          evidences, details)
    for setter, values in zip(_SETTERS, columns, strict=True):
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
