"""obits_pcf: hand-labelled items for the oma part."""

ITEMS = [
]
