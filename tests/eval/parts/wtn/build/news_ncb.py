"""North Country Business Report (Watertown): business paper, plain text. Hand-labelled."""

ITEMS = [
dict(guid="wtn_ncb_2026_0603_law", pub="2026-06-03T06:30:00-04:00", title="Rusho-Guyette opens her own law practice on Public Square",
body="""Watertown attorney Tessa Rusho-Guyette has left the firm where she practiced for 14 years to open Rusho-Guyette Law, an estate-planning and elder-law office in the building on Public Square where her late father ran a shoe-repair shop.

The firm opened June 1 with two paralegals. "Dad would have fixed the heels of half the people who walk in here," Rusho-Guyette said.""",
gold=[("WTN012", "subject")]),

dict(guid="wtn_ncb_2026_0109_retire", pub="2026-01-09T06:30:00-05:00", title="Sackets Harbor battlefield manager retires after 32 years",
body="""Nolan Hunneyman is retiring at the end of January as site manager of the Sackets Harbor Battlefield State Historic Site, a job he has held since 1994.

Under Hunneyman the site restored the Commandant's House and began the War of 1812 reenactment weekend that now draws 8,000 visitors each July. The state parks office said a successor will be named in the spring.""",
gold=[("WTN009", "subject")]),

dict(guid="wtn_ncb_2026_0620_dairy", pub="2026-06-20T06:30:00-04:00", title="North Country dairy farms squeezed by milk prices",
body="""Milk prices paid to North Country farmers fell for the fourth month in a row in May, and some farms in Jefferson and Lewis counties are cutting herds.

"We are milking the same cows for less money every month," said Hollis Countermine, who took over his family's farm in Adams Center this spring. Cornell Cooperative Extension says 14 farms in the two counties have sold their herds since January.""",
gold=[]),
]
