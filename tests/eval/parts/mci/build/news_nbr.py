"""Metro Neighbors (community papers: Northland, eastern Jackson County, Wyandotte and Johnson County): teaser
description plus HTML in content:encoded. Hand-labelled."""

FEED = "nbr"
ITEMS = [
dict(guid="mci_nbr_2026_0128_principal", pub="2026-01-28T07:30:00-06:00", title="New principal named at Southeast Middle",
body="""Kansas City Public Schools has named Lamar Hollingshead III principal of Southeast Middle School, starting with the spring semester.

Hollingshead, 41, has been assistant principal at Central Academy of Excellence for five years and taught eighth-grade math before that. He grew up a mile from the school. "I sat in those desks," he said.""",
gold=[("MCI017", "subject")]),

dict(guid="mci_nbr_2026_0218_dental", pub="2026-02-18T07:30:00-06:00", title="Bilingual dental practice opens on Metcalf",
body="""A new family dental practice with a fully bilingual staff opened this month on Metcalf Avenue in Overland Park.

Dr. Ximena Montelongo, who grew up in the Argentine neighborhood of Kansas City, Kan., and trained at the UMKC School of Dentistry, opened Sonrisa Family Dental after six years in a Shawnee practice. "Half my patients' grandparents never had a dentist who spoke Spanish," she said.""",
gold=[("MCI020", "subject")]),

dict(guid="mci_nbr_2026_0401_anniversary", pub="2026-04-01T07:30:00-05:00", title="Strawberry Hill couple marks 40 years with a polka and a povitica",
body="""Iggy and Marija Vukelich of Strawberry Hill celebrated their 40th wedding anniversary Saturday the way they met: at a tamburitza dance in the St. John the Baptist parish hall.

The couple married there in 1986. Iggy Vukelich Jr. is a retired firefighter; Marija taught at Bishop Ward for 30 years. Their children baked a 40-layer povitica for the occasion.""",
gold=[("MCI002", "subject"), ("MCI003", "subject")]),

dict(guid="mci_nbr_2026_0422_library", pub="2026-04-22T07:30:00-05:00", title="Library foundation thanks donors to the new Blue Valley reading garden",
body="""The Johnson County Library Foundation thanks the donors whose gifts built the new reading garden at the Blue Valley branch: Everett and Gwen Van Tuyl; the Harmony Elementary PTA; Tony Semaan; Prairie Heart & Vascular; Dr. Howard and Ellen Lisowski; Augustus Kretschmer; and forty-one others listed at the branch. The garden opens May 2.""",
gold=[]),

dict(guid="mci_nbr_2026_0506_baseball", pub="2026-05-06T07:30:00-05:00", title="Blue Springs South catcher signs with Missouri State",
body="""Blue Springs South senior catcher Casey Wojtaszek signed with Missouri State on Tuesday, surrounded by his parents, Brian and Tara Wojtaszek, and his teammates.

Wojtaszek, 18, hit .391 last season and threw out 42 percent of base stealers. He plans to study kinesiology.""",
gold=[]),
]
