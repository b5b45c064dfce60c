"""KMKA Island News 6 (TV station), HTML descriptions, plain text. Hand-labelled."""

FEED = "tv"
ITEMS = []
