"""Anchorage Daily Ledger: metro daily local news, plain text. Hand-labelled."""

ITEMS = []
