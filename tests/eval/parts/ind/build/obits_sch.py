"""The Southside Catholic Herald (archdiocesan weekly): "Rest in Peace" list, one short entry per person
(surname first, parish, relationships), plain text. Hand-labelled (`gold=` beside each text)."""

FEED = "sch"
ITEMS = [
dict(guid="ind_sch_rip_2026_02_06_kluemper", pub="2026-02-06T05:00:00-05:00", title="KLUEMPER, Rita C., 92, St. Rose of Lima, Franklin",
body="""KLUEMPER, Rita C., 92, St. Rose of Lima, Franklin, Jan. 30. Mother of Mary Beth Huelsman and Thomas Kluemper. Sister of Sister Rose Kluemper, OSF. Grandmother of six. Great-grandmother of two.""",
# IND006 Mary Beth Huelsman (maiden Kluemper), Franklin.
gold=[("IND006", "survivor")]),

dict(guid="ind_sch_rip_2026_02_20_schoettmer", pub="2026-02-20T05:00:00-05:00", title="SCHOETTMER, Bernard J., Sr., 99, St. Jude, Indianapolis",
body="""SCHOETTMER, Bernard J., Sr., 99, St. Jude, Indianapolis, Feb. 11. Husband of the late Mildred (Ernstes) Schoettmer. Father of Carol Geis, Bernard Jr. and Joseph Schoettmer. Father-in-law of Ruth Schoettmer. Grandfather of 11. Great-grandfather of 19. World War II veteran, U.S. Navy. Founder of Schoettmer Heating & Cooling.""",
# The father of IND004 Bernard "Bernie" Schoettmer Jr. (roster surname "Schoettmer Jr."); IND005 Ruth is the daughter-in-law.
gold=[("IND004", "survivor"), ("IND005", "survivor")]),

dict(guid="ind_sch_rip_2026_04_03_brunnemer", pub="2026-04-03T05:00:00-04:00", title="BRUNNEMER, Lois A., 79, Our Lady of the Greenwood, Greenwood",
body="""BRUNNEMER, Lois A., 79, Our Lady of the Greenwood, Greenwood, March 25. Wife of Richard Brunnemer. Mother of Karen Fleck and Steven Brunnemer. Sister of Donald Hartman. Grandmother of four.""",
# Husband Richard Brunnemer is IND022, do_not_contact: nothing.
gold=[]),
]
