"""Feed timestamps to timezone-aware UTC datetimes; odd or missing dates become None, never a crash."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def from_struct(value: time.struct_time | tuple | None) -> datetime | None:
    """feedparser's *_parsed (a UTC struct_time) as an aware datetime, or None when absent or impossible."""
    if not value:
        return None
    try:
        year, month, day, hour, minute, second = tuple(value)[:6]
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def from_iso(value: str | None) -> datetime | None:
    """An ISO 8601 / CAP dateTime ("2020-12-29T13:53:00-08:00", "...Z") in UTC; naive ones are taken as UTC."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
