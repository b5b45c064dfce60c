"""KBZR 8 (Billings local TV station): short web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
]
