"""The assets that connect the fetch DAGs to the matching DAG: one per feed kind."""

from __future__ import annotations

from datetime import timedelta

from airflow.sdk import Asset

from outreach.config import load_settings
from outreach.states import SourceKind

MATCH_DAG_ID = "outreach_match_and_draft"
FETCH_EVERY = timedelta(minutes=15)
# How long Airflow's review state and the store may disagree at most (read when the DAGs are parsed).
RECONCILE_EVERY = load_settings().reconcile_every
KINDS: tuple[SourceKind, ...] = tuple(SourceKind)
EXTRA_KEY = "feed_item_ids"  # asset event extra: the ids of the feed items this fetch stored


def feed_asset(kind: str) -> Asset:
    """``Asset("outreach://events/<kind>")``: updated whenever a fetch of that kind stores new items."""
    if kind not in KINDS:
        raise ValueError(f"unknown feed kind {kind!r}; expected one of {KINDS}")
    return Asset(uri=f"outreach://events/{kind}", name=f"outreach_events_{kind}", group="outreach")


def feed_item_ids(triggering_asset_events) -> list[int]:
    """The feed item ids carried by every triggering asset event, de-duplicated, in ascending order."""
    ids: set[int] = set()
    for events in (triggering_asset_events or {}).values():
        for event in events:
            for value in (event.extra or {}).get(EXTRA_KEY, []):
                ids.add(int(value))
    return sorted(ids)
