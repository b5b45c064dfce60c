"""news_mn: hand-labelled items for the oma part."""

ITEMS = [
]
