"""The root of every error outreach raises on purpose.

``except OutreachError`` catches anything the domain library refuses (bad input, a state that forbids the
step, a feed it cannot read) and nothing else: a bug or a library failure stays what it is. Each domain
error also keeps the built-in type callers knew it by (``ValueError``, ``LookupError``, ...), so existing
``except ValueError`` handlers still hold. Errors that carry a decision carry it as a typed ``reason``,
never as text to be parsed.
"""

from __future__ import annotations


class OutreachError(Exception):
    """Base of every exception defined in the ``outreach`` package."""
