"""Tulsa Daily Record paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="tul_tdn_2026_0121", pub="2026-01-21T05:00:00-06:00", title="SWIMMER, Nelson Ray",
body="""SWIMMER, Nelson Ray, 84, of Tahlequah, died Jan. 17, 2026. Cherokee Nation citizen; U.S. Army veteran. Survived by daughter Darla (Ray) Sixkiller, Tulsa; son Wade Swimmer, Stilwell. Services 11 a.m. Saturday, Cornerstone Fellowship Church, Tahlequah. Hart Funeral Home.""",
gold=[("TUL003", "survivor"), ("TUL004", "survivor")]),
]
