"""The one error a feed parser raises when a document yields nothing usable."""

from __future__ import annotations

from outreach.errors import OutreachError


class FeedParseError(OutreachError):
    """Nothing usable in a document: empty, not a feed, unparseable, or refused (entity bomb).

    The message says what is wrong and never quotes entry text.
    """
