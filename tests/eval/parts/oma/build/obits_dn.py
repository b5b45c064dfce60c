"""obits_dn: hand-labelled items for the oma part."""

ITEMS = [
]
