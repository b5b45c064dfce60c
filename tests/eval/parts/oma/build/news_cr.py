"""news_cr: hand-labelled items for the oma part."""

ITEMS = [
]
