"""WDLV 9 First State News (a Wilmington TV station site): HTML descriptions, web-story style. Hand-labelled."""

FEED = "wdlv"
ITEMS = [
dict(guid="ilg_wdlv_20260222_1184", pub="2026-02-22T17:45:00-05:00",
title="Salesianum junior wins state wrestling title in overtime",
body="""WILMINGTON, Del. (WDLV) - Salesianum junior Dominic Ciccone won the 152-pound state championship Saturday night at the Bob Carpenter Center, pinning his opponent from Cape Henlopen 40 seconds into overtime.

Ciccone, 17, of Wilmington, finished the season 41-2. His parents, Anthony and Lisa Ciccone, were in the stands with what his coach called "half of Little Italy."

"My great-grandmother used to tell me to eat more pasta and I'd win," Ciccone said. "She was right." """,
gold=[]),

dict(guid="ilg_wdlv_20260317_1266", pub="2026-03-17T18:20:00-04:00",
title="Fire destroys barn on Elkton-area farm; 300 bales of hay lost",
body="""ELKTON, Md. (WDLV) - A fire destroyed a barn on a Cecil County farm early Tuesday, killing no animals but burning about 300 bales of hay and a hay baler.

Firefighters from Singerly, Cecil and Hacks Point fire companies were called to the Blue Ball Road farm of Clay Cubbage and his wife, Amy, just after 2 a.m. The family had moved their heifers to a neighbor's pasture only days before.

"We'll rebuild. Farmers always do," Cubbage told WDLV. The state fire marshal said the fire was accidental, likely caused by wet hay heating up. Damage is estimated at $180,000.""",
gold=[("ILG015", "subject")]),

dict(guid="ilg_wdlv_20260405_1312", pub="2026-04-05T12:10:00-04:00",
title="East Side church pantry feeds record crowd on Easter weekend",
body="""WILMINGTON, Del. (WDLV) - More than 600 families lined up along North Walnut Street on Saturday for Bethel A.M.E. Church's Easter food giveaway, the most the pantry has served in a single day.

Volunteers handed out hams, produce and boxes of dry goods from 8 a.m. until the food ran out shortly after noon. "We see new faces every month. Grocery prices have folks choosing between food and the light bill," said Deacon Bernard Custis, who has helped run the pantry since 2009.

The church says it needs volunteers for its Thursday evening distributions.""",
gold=[]),

dict(guid="ilg_wdlv_20260518_1401", pub="2026-05-18T19:05:00-04:00",
title="Haitian Flag Day celebration fills Rodney Square",
body="""WILMINGTON, Del. (WDLV) - Music, griot and a sea of red and blue filled Rodney Square on Sunday as hundreds gathered for Delaware's Haitian Flag Day celebration.

The festival, now in its eleventh year, featured kompa bands, a children's dance troupe and a flag-raising at City Hall. "Our parents came here with nothing and built a community. Today we celebrate them," said Fabiola Saint-Fleur, one of the volunteer organizers with the Haitian American Association of Delaware.

Organizers estimated the crowd at 3,000, the largest yet.""",
gold=[]),

dict(guid="ilg_wdlv_20260611_1489", pub="2026-06-11T21:30:00-04:00",
title="Storm cleanup under way in Newark after trees topple onto homes",
body="""NEWARK, Del. (WDLV) - Crews spent Thursday evening clearing downed trees and power lines in Newark's west end after a severe thunderstorm swept through with wind gusts estimated at 70 mph.

Delmarva Power said about 9,000 customers in western New Castle County and Cecil County lost power at the storm's peak. No injuries were reported.

"It sounded like a train, and then the oak across the street was just lying on the Hendersons' roof," said Mary Beth Zielinski, who lives on Madison Drive. The city opened its yard-waste site for free drop-off through Sunday.""",
gold=[]),

dict(guid="ilg_wdlv_20260602_1455", pub="2026-06-02T17:15:00-04:00",
title="Newark High senior is Delaware's only Gates Scholar this year",
body="""NEWARK, Del. (WDLV) - A Newark High School senior who arrived from Haiti speaking no English in sixth grade has been named Delaware's only Gates Scholar this year, a full scholarship that will cover his engineering degree at the University of Delaware.

Kervens Desrosiers, 18, is the son of Jean Robert and Marie-Claude Desrosiers of Newark. He founded his school's robotics club and tutors younger students in math on Saturdays at his church.

"My father drove a cab at night so I could go to robotics in the afternoon," Kervens said. "This is his scholarship too." """,
gold=[("ILG010", "parent_of_subject"), ("ILG011", "parent_of_subject")]),
]
