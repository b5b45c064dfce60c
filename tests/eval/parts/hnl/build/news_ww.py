"""Windward & Leeward Weekly (community weekly), teaser + content:encoded. Hand-labelled."""

FEED = "ww"
ITEMS = []
