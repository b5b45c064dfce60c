"""Feed source health: a dead feed must never look like a quiet day.

Every fetch records on its source (outreach.ingest) when it last succeeded, when it last brought a new item
and how many fetches in a row have failed. A source is **unhealthy** when

- its last ``OUTREACH_SOURCE_FAILURE_LIMIT`` (default 3) fetches or more failed in a row ("keeps failing");
- it has not been fetched successfully for longer than its expected interval (never, since it was added);
- it has produced no new item for longer than its expected interval (since it was added, when never);
- it brought obituaries the matcher could not read (a roster surname, but no deceased's name found) that
  nobody has yet acknowledged (``outreach feeds unread`` lists them, ``--ack`` records that a person looked).

The expected interval is the source's own ``expected_interval_hours`` (``outreach feeds add ... --expect-every
HOURS``), else its kind's default: obituaries and news 48 hours. Weather is never quiet-alarmed (no alert is
the normal day); only its failures count, and a weather source that has not fetched successfully for
``WEATHER_SUCCESS_HOURS`` raises the alarm too. Disabled sources are not checked.

The daily ``outreach_source_health`` DAG fails naming each unhealthy source and why; the approvers' digest
carries one line listing them (names and reasons only: no URL, no error text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.config import load_settings
from outreach.errors import OutreachError
from outreach.store.feeds import unread_counts
from outreach.store.models import FeedSourceRow, utcnow

# How long a source of each kind may go without a new item (None: never alarmed for being quiet).
QUIET_AFTER_HOURS: dict[str, float | None] = {"obituary": 48.0, "news": 48.0, "weather": None}
WEATHER_SUCCESS_HOURS = 24.0  # a weather source with no successful fetch for this long is failing


class SourceHealthError(OutreachError, RuntimeError):
    """One or more feed sources need attention; ``unhealthy`` says which and why."""

    def __init__(self, unhealthy: Sequence[SourceHealth]):
        self.unhealthy = list(unhealthy)
        super().__init__(f"{len(self.unhealthy)} feed source(s) need attention: "
                         + "; ".join(h.describe(with_error=True) for h in self.unhealthy))


@dataclass(frozen=True)
class SourceHealth:
    name: str
    kind: str
    reasons: tuple[str, ...]  # empty: healthy
    last_error: str | None = None

    @property
    def healthy(self) -> bool:
        return not self.reasons

    def describe(self, *, with_error: bool = False) -> str:
        text = f"{self.name} ({', '.join(self.reasons)})" if self.reasons else f"{self.name} (healthy)"
        if with_error and self.last_error and self.reasons:
            text += f" [last error: {self.last_error[:300]}]"
        return text


def expected_interval(source: FeedSourceRow) -> timedelta | None:
    """How long the source may go without a new item; None when being quiet is normal (weather)."""
    hours = source.expected_interval_hours
    if hours is None:
        hours = QUIET_AFTER_HOURS.get(source.kind)
    return None if hours is None else timedelta(hours=hours)


def source_health(source: FeedSourceRow, *, now: datetime, failure_limit: int, unread: int = 0) -> SourceHealth:
    """The health of one source at ``now`` (pure: reads the row, and ``unread``: how many of its obituaries
    could not be read and are not yet acknowledged)."""
    reasons: list[str] = []
    if source.consecutive_failures >= failure_limit:
        reasons.append(f"{source.consecutive_failures} fetches in a row failed")
    interval = expected_interval(source)
    success_within = interval or timedelta(hours=WEATHER_SUCCESS_HOURS)
    since_success = now - (source.last_success_at or source.created_at)
    if since_success > success_within:
        what = (f"no successful fetch for {_span(since_success)}" if source.last_success_at
                else f"never fetched successfully in the {_span(since_success)} since it was added")
        reasons.append(what)
    if interval is not None:
        since_new = now - (source.last_new_item_at or source.created_at)
        if since_new > interval:
            what = (f"no new item for {_span(since_new)}" if source.last_new_item_at
                    else f"no item at all in the {_span(since_new)} since it was added")
            reasons.append(f"{what} (expected one every {_span(interval)})")
    if unread:
        reasons.append(f"{unread} {'obituary' if unread == 1 else 'obituaries'} could not be read "
                       "(outreach feeds unread)")
    return SourceHealth(source.name, source.kind, tuple(reasons), source.last_error)


def check_sources(session: Session, *, now: datetime | None = None,
                  failure_limit: int | None = None) -> list[SourceHealth]:
    """The health of every enabled source, by name."""
    now = now or utcnow()
    limit = failure_limit if failure_limit is not None else load_settings().source_failure_limit
    rows = session.scalars(sa.select(FeedSourceRow).where(FeedSourceRow.enabled.is_(True))
                           .order_by(FeedSourceRow.name))
    unread = unread_counts(session)
    return [source_health(row, now=now, failure_limit=limit, unread=unread.get(row.id, 0)) for row in rows]


def unhealthy_sources(session: Session, *, now: datetime | None = None) -> list[SourceHealth]:
    return [h for h in check_sources(session, now=now) if not h.healthy]


def raise_if_unhealthy(db_url: str, *, now: datetime | None = None) -> list[SourceHealth]:
    """The health of every enabled source; raises SourceHealthError naming each unhealthy one."""
    from outreach.store.db import session_scope

    with session_scope(db_url) as session:
        health = check_sources(session, now=now)
    bad = [h for h in health if not h.healthy]
    if bad:
        raise SourceHealthError(bad)
    return health


def attention_line(unhealthy: Sequence[SourceHealth]) -> str:
    """The digest's line, or "" when every source is healthy (names and reasons only: no URL, no error text)."""
    if not unhealthy:
        return ""
    return "Feed sources needing attention: " + "; ".join(h.describe() for h in unhealthy)


def _span(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours >= 48:
        return f"{hours / 24:.0f} days"
    return f"{hours:.0f} hours" if hours >= 1 else f"{delta.total_seconds() / 60:.0f} minutes"
