"""WCVT 25 (Hagerstown / Tri-State): local TV station site, HTML descriptions, short web stories. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="hgr_wcvt_20260205_0311", pub="2026-02-05T18:20:00-05:00", title="Fire heavily damages Smithsburg farmhouse; couple and dog escape",
body="""SMITHSBURG, Md. (WCVT) - A Smithsburg couple escaped with their dog early Thursday after a fire tore through the back of their 1890s farmhouse on Foxville Road.

Gordon and Patrice Stottlemyer told WCVT they woke to the smoke alarm around 4 a.m. and got out through the front door. Crews from Smithsburg, Leitersburg and Cavetown had the fire under control in about 40 minutes, but the kitchen and a back bedroom are a total loss.

"Everything we can't replace is in the front of the house, and that's what they saved," Patrice Stottlemyer said. The state fire marshal's office said the fire appears to have started near a wood stove. The Red Cross is helping the couple.""",
gold=[("HGR021", "subject"), ("HGR022", "subject")]),

dict(guid="hgr_wcvt_20260227_0402", pub="2026-02-27T17:45:00-05:00", title="Clear Spring High senior wins state FFA public-speaking title",
body="""CLEAR SPRING, Md. (WCVT) - A Clear Spring High School senior is headed to the national FFA convention in Indianapolis after winning the Maryland FFA prepared public-speaking contest Saturday in College Park.

Kaylee Shank, 17, spoke on the future of small dairy farms in Washington County. She is the daughter of Curt and Tammy Shank, who milk 90 cows on Big Spring Road.

"She wrote that speech at the kitchen table after evening milking," her father said. Kaylee plans to study agricultural economics at Penn State.""",
gold=[("HGR011", "parent_of_subject"), ("HGR012", "parent_of_subject")]),

dict(guid="hgr_wcvt_20260611_0877", pub="2026-06-11T11:30:00-04:00", title="Williamsport's 'canal keeper' retires after 42 years with the park",
body="""WILLIAMSPORT, Md. (WCVT) - For 42 years, if a towpath washed out, a lock gate stuck or a school group needed to know how a canal boat got through Lock 44, Eldon Strite was the man the C&O Canal National Historical Park called.

Strite, 73, retired Friday as the park's maintenance supervisor for the Williamsport district. Colleagues threw him a cookout at the Cushwa Basin, and the park superintendent presented him with a piece of an original lock gate.

"I'll still be down here every morning," Strite said. "I just won't be getting paid for it." """,
gold=[("HGR008", "subject")]),

dict(guid="hgr_wcvt_20260615_0901", pub="2026-06-15T07:10:00-04:00", title="Hagerstown cleans up after Sunday's severe storms",
body="""HAGERSTOWN, Md. (WCVT) - Crews from Potomac Edison were working Monday to restore power to about 6,000 customers in Washington County after a line of severe thunderstorms brought down trees and wires across Hagerstown, Funkstown and Smithsburg on Sunday evening.

The worst damage was along Potomac Avenue and in the North End, where a large oak fell across Hamilton Boulevard. "It sounded like a freight train for about two minutes," said Dwayne Bowman, who lives on the block.

Neighbors spent the morning with chainsaws. "Everybody just came out," said Terry Mowen, who brought a crew and a trailer from his tire shop to help clear limbs. No injuries were reported.""",
gold=[]),  # bystanders quoted (Bowman is also do_not_contact)

dict(guid="hgr_wcvt_20260720_1033", pub="2026-07-20T18:05:00-04:00", title="Late Waynesboro coach enters Franklin County Sports Hall of Fame",
body="""WAYNESBORO, Pa. (WCVT) - The late Dale Kuhn, who coached Waynesboro Area Senior High School wrestling to 311 wins over 27 seasons, was inducted into the Franklin County Sports Hall of Fame on Saturday night in Chambersburg.

His sister-in-law, Roz Kuhn of Waynesboro, accepted the plaque on the family's behalf. "Dale would have said the kids earned it, not him," she said.

Also inducted were Greencastle-Antrim softball pitcher Kristen Brake and longtime Shippensburg sportswriter Al Nye.""",
gold=[]),  # relative accepting a posthumous honour

dict(guid="hgr_wcvt_20260802_1104", pub="2026-08-02T20:15:00-04:00", title="Ag Expo beef show crowns Keedysville teen's steer grand champion",
body="""BOONSBORO, Md. (WCVT) - A Keedysville 4-H'er's Angus-cross steer took grand champion honors Saturday at the Washington County Ag Expo and Fair.

Jenna Grove, 15, the granddaughter of the late Wilbur Poffenberger, led out the 1,310-pound steer, named Biscuit, in front of a packed show ring. Judge Harvey Leiter of Greencastle, Pa., called the steer "as complete as anything I've seen this summer."

The market animal sale is set for Friday evening.""",
gold=[]),  # the judge is quoted; the grandmother (Naomi) is not named; the winner's parents are not clients
]
