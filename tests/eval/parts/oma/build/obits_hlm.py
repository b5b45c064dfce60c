"""obits_hlm: hand-labelled items for the oma part."""

ITEMS = [
]
