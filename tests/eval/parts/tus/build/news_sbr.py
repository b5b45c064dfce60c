"""Sonoran Business Review (Tucson business weekly): plain text. Hand-labelled (gold= beside each text)."""

FEED = "sbr"
ITEMS = [
dict(guid="tus_sbr-2026-02-0112", pub="2026-02-16T07:00:00-07:00", title="Marana landscaper lands town's biggest park contract",
body="""The Town of Marana has awarded a $2.4 million contract to maintain its parks, trailheads and medians to De La Rosa Landscaping, the largest such contract in the town's history.

Owner Vicky De La Rosa started the company in 2011 with one truck and a borrowed trailer; it now employs 46 people out of a yard on Tangerine Road. "We water less and plant more natives than anybody," she said. "That's what won it."

The three-year contract begins July 1. De La Rosa said she plans to hire about a dozen more crew members this spring.""",
gold=[("TUS013", "subject")]),

dict(guid="tus_sbr-2026-03-0207", pub="2026-03-23T07:00:00-07:00", title="Saguaro Regional names new chief medical officer",
body="""Saguaro Regional Medical Center has named Dr. Anita Sandoval its chief medical officer, effective April 1.

Sandoval, a Tucson native and internist, has led the hospital's hospitalist program since 2016. She trained at the University of Arizona and did her residency in Albuquerque before returning home. She succeeds Dr. Paul Hennings, who is retiring after 12 years in the post.

"Dr. Sandoval knows every corner of this building and most of the people in it," said chief executive Linda Okafor.""",
gold=[("TUS017", "subject")]),

dict(guid="tus_sbr-2026-05-0318", pub="2026-05-11T07:00:00-07:00", title="After 41 years, Lindahl's Hardware on Tanque Verde to close",
body="""Lindahl's Hardware, the east-side store where generations of Tucsonans bought swamp-cooler pads, drip emitters and one more box of the right screws, will close June 30 when its owner retires.

Gary Lindahl, who opened the store in 1985 after moving from Minnesota, said he tried for two years to find a buyer. "Nobody wants to stand behind a counter for sixty hours a week anymore, and I can't blame them," Lindahl said. He and his wife, Sharon, plan to travel and spend more time with their grandchildren in Flagstaff.

The building has been sold to a regional pharmacy chain.""",
gold=[("TUS022", "subject")]),

dict(guid="tus_sbr-2026-06-0344", pub="2026-06-08T07:00:00-07:00", title="Copper State Credit Union opens Sahuarita branch",
body="""Copper State Credit Union opened its ninth branch on Friday, in the Sahuarita Plaza shopping center on Nogales Highway, its first south of Tucson.

About 200 people attended the ribbon-cutting. "Half of Green Valley and Sahuarita is retirees who bank by phone with somebody in Ohio or Michigan," said Ken Van Wyk, a Sahuarita snowbird from Grandville, Mich., who opened an account on the spot. "It's nice to have somebody here."

The branch's opening-day raffle benefited the Sahuarita Food Bank; donors included Irene Lucero, the Santa Cruz Valley Rotary and the Quail Creek Women's Club.""",
gold=[]),  # Ken Van Wyk quoted; Irene Lucero in a donor list: nothing
]
