"""Honolulu Island Ledger - Hawaii News (metro daily), plain text. Hand-labelled."""

FEED = "ildnews"
ITEMS = []
