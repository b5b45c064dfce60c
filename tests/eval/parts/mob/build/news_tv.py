"""placeholder, filled below."""

ITEMS = []
