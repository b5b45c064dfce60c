"""How outreach waits between HTTP attempts (feeds and SendGrid alike): exponential backoff that honours the
server's Retry-After, in delta-seconds or as an HTTP date, but never waits longer than the longest backoff."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable

import tenacity


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """A Retry-After header (delta-seconds or an HTTP date) as seconds from now; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_wait(initial_s: float, longest_s: float) -> Callable[[tenacity.RetryCallState], float]:
    """A tenacity ``wait``: initial_s, 2x, 4x ... up to longest_s, stretched to the failed attempt's
    ``retry_after`` (an attribute of its exception, in seconds) but never beyond longest_s."""
    exponential = tenacity.wait_exponential(multiplier=initial_s, max=longest_s)

    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        asked = getattr(exc, "retry_after", None) or 0.0
        return max(exponential(state), min(asked, longest_s))

    return wait
