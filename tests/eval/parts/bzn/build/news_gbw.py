"""Gallatin Business Weekly: business journal, plain text. Hand-labelled; every person and business invented."""

FEED = "gbw"
ITEMS = [
dict(guid="bzn_gbw_2026_0114", pub="2026-01-14T06:30:00-07:00", title="Brandvold Fly & Tackle opens second shop on Livingston's Park Street",
body="""Brandvold Fly & Tackle, the Four Corners fly shop known for its hand-tied Yellowstone patterns, will open a second store in downtown Livingston on March 1.

Owner Oskar Brandvold, who opened the original shop on Jackrabbit Lane in 2011, signed a lease on the former Park Street hardware building. "Half our guide clients were driving over the pass anyway," Brandvold said. The new shop will employ six people and run guided float trips on the Yellowstone.

"Another good fly shop downtown is good news for every one of us," said Dec O'Shaughnessy, a Livingston outfitter who has guided on the river for thirty years.""",
gold=[("BZN022", "subject")]),   # O'Shaughnessy is a quoted bystander

dict(guid="bzn_gbw_2026_0204", pub="2026-02-04T06:30:00-07:00", title="Bridger Structural's Skogstad retires after 41 years",
body="""Halvard "Hal" Skogstad, the structural engineer whose stamp is on half the bridges in Gallatin County, retired Friday from Bridger Structural Engineering, the Bozeman firm he co-founded in 1985.

Skogstad, 76, designed the Cottonwood Road bridge over the Gallatin River and the seismic retrofit of the Story Mill elevator. He plans to spend more time in the Crazy Mountains and to travel to Norway with his wife, Marit. Partner Janelle Ruggiero will become the firm's president.""",
gold=[("BZN001", "subject")]),   # the retirement is Hal's; Marit only mentioned

dict(guid="bzn_gbw_2026_0318", pub="2026-03-18T06:30:00-06:00", title="Panadería La Estrella named Gallatin small business of the year",
body="""Panadería La Estrella, the North Seventh Avenue bakery whose conchas sell out by nine most mornings, has been named small business of the year by the Bozeman Area Chamber of Commerce.

Owners Ernesto and Yolanda Quintanilla opened the bakery in 2014 in a former tire shop with one oven and a borrowed mixer; it now employs 14 people and supplies three grocery stores and the MSU dining halls. "My father baked in Delicias for fifty years," Ernesto Quintanilla said. "Everything here is his recipe, just bigger." """,
gold=[("BZN006", "subject")]),

dict(guid="bzn_gbw_2026_0422", pub="2026-04-22T06:30:00-06:00", title="Fargo credit union names Mathisrud president",
body="""Red River Valley Credit Union in Fargo, N.D., has named Ingrid Mathisrud, 44, its president and chief executive. Mathisrud, a Fargo native and North Dakota State graduate, has been the credit union's chief operating officer since 2021. The credit union, which has branches in Fargo, Moorhead and West Fargo, opened a loan-production office in Billings last year.""",
gold=[]),   # namesake in North Dakota (BZN021 is of Livingston, born 1962): nothing

dict(guid="bzn_gbw_2026_0610", pub="2026-06-10T06:30:00-06:00", title="MSU names Achterberg to lead Land Resources and Environmental Sciences",
body="""Montana State University has named Dr. Tamsin Achterberg head of its Department of Land Resources and Environmental Sciences, effective July 1.

Achterberg, a soil ecologist who joined MSU in 2012, leads the university's dryland cropping research at the Post Farm and brought in $11 million in federal grants over the past five years. She succeeds Dr. Paul Wendt, who is returning to the faculty.""",
gold=[("BZN014", "subject")]),
]
