"""news_tv: hand-labelled items for the oma part."""

ITEMS = [
]
