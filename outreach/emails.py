"""What counts as an e-mail address in a roster cell or a setting (one rule for both)."""

from __future__ import annotations

import re

# local@domain.tld, no spaces, and none of the separators settings use between entries (":" and ",").
EMAIL_ADDRESS = re.compile(r"^[^@\s:,]+@[^@\s:,]+\.[^@\s:,]+$")


def is_email(text: str) -> bool:
    return bool(EMAIL_ADDRESS.match(text))
