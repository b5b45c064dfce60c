"""Shore Business Weekly (Delmarva business paper), plain text. Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="sby_biz_2026_0031", pub="2026-01-28T06:00:00-05:00", title="Wicomico Valley Health names Dashiell-Mezick vice president of operations",
body="""SALISBURY - Wicomico Valley Health has promoted Patrice Dashiell-Mezick to vice president of operations, the health system announced Monday.

Dashiell-Mezick, a Princess Anne native and a graduate of the University of Maryland Eastern Shore, joined the system as a staff accountant in 2001 and has directed its outpatient clinics in Fruitland, Delmar and Pocomoke City since 2019. She will oversee facilities, supply chain and the system's three urgent-care centers.

"Patrice knows every one of our buildings down to the boiler," said chief executive Gordon Ashby.""",
gold=[("SBY008", "subject")]),

dict(guid="sby_biz_2026_0058", pub="2026-03-25T06:00:00-04:00", title="Cropper's Hardware marks 50 years on Berlin's Main Street",
body="""BERLIN - When Lionel Cropper's father opened Cropper's Hardware in 1976, Main Street had a feed store, two churches and a lot of empty windows. Fifty years later the store is still there, and so are Lionel and Kitty Cropper, who have run it together since 1984.

The couple will mark the anniversary on Saturday, April 4, with a sidewalk sale, free hot dogs and the return of the store's 1970s paint-mixing machine, which Lionel Cropper restored himself.

"People come in for one hinge and stay forty-five minutes," Kitty Cropper said. "That's the business model." """,
gold=[("SBY011", "subject"), ("SBY012", "subject")]),

dict(guid="sby_biz_2026_0072", pub="2026-04-29T06:00:00-04:00", title="Crisfield crab house reopens with state grant; watermen welcome a second buyer",
body="""CRISFIELD - The Somers Cove Seafood packing house on Seventh Street reopened Monday after a two-year closure, with 40 pickers on the line and a $600,000 grant from the Maryland Department of Commerce toward a new cooler.

The plant is owned by Eastern Bay Seafood Holdings of Cambridge. Its general manager, Renee Lankford, said it will buy hard crabs from about 30 boats this season.

"Having a second buyer at the dock means a fair price for the first time in two years," said Tommy Marshall, a Smith Island waterman who crabs out of Ewell. "It's about time." """,
gold=[]),

dict(guid="sby_biz_2026_0090", pub="2026-06-10T06:00:00-04:00", title="Purnell retires after 38 years as Worcester extension agent",
body="""SNOW HILL - Wendell Purnell, the Worcester County agricultural extension agent who has advised three generations of poultry and grain farmers, retired on June 5 after 38 years with University of Maryland Extension.

Purnell started in 1988 with a pickup truck and a soil probe. He led the county's first nutrient-management program and, farmers say, answered his phone at five in the morning during every planting season.

A retirement reception was held at the Snow Hill fire hall, where he was presented with a Governor's Citation. He and his wife, Bernice, plan to spend more time with their grandchildren in Richmond.""",
gold=[("SBY021", "subject")]),
]
