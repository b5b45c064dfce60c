"""Island Ledger - Oahu Death Notices: terse paid notices, surname-first headings. Hand-labelled."""

FEED = "odn"
ITEMS = [
dict(guid="hnl_odn_2026_00118", pub="2026-02-12T05:00:00-10:00", title="NAKASATO, Clyde T.",
body="""Clyde Tsutomu Nakasato, 81, of Honolulu, a retired Kaimuki Middle School teacher, died Jan. 27, 2026. Born in Honolulu. Survived by wife Amy; son Brian; daughter Karen Nakasato-Wong; sisters Sharon Tanigawa and Florence Ige. Service 10 a.m. Feb. 21, Moiliili Hongwanji Mission. Arrangements by Ko'olau Gardens Mortuary.""",
gold=[]),
]
