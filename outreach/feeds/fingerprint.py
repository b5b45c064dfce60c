"""Content fingerprints: the identity of an entry that has no guid, and a key for cross-feed de-duplication."""

from __future__ import annotations

import hashlib

from outreach.feeds.sanitize import fold_whitespace


def fingerprint(title: str, text: str) -> str:
    """sha256 hex of the casefolded, whitespace-folded title and text (markup already removed)."""
    normalised = fold_whitespace(title).casefold() + "\n" + fold_whitespace(text).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


def fingerprint_id(digest: str) -> str:
    """The item_id used when an entry carries no guid or id of its own."""
    return f"sha256:{digest}"
