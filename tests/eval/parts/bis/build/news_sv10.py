"""Souris Valley 10 News (Minot TV station site): short web stories, HTML descriptions. Hand-labelled."""

FEED = "sv10"
ITEMS = [
dict(guid="bis_sv10_2026_0304_brekke-promoted", pub="2026-03-04T17:20:00-06:00",
title="Minot oilfield services firm names new operations chief",
body="""MINOT, N.D. (SV10) - Souris Basin Well Services has promoted Kris Brekke of Minot to vice president of operations.

Brekke started with the company in 2008 as a roustabout in Mountrail County and most recently managed its workover rigs. He will oversee about 300 employees in the Bakken.

"Kris has worked every job on a location except cook, and I'm not sure he hasn't done that too," company president Dale Nygaard said.""",
gold=[("BIS008", "subject")]),

dict(guid="bis_sv10_2026_0612_haugen-anniversary", pub="2026-06-12T18:05:00-05:00",
title="Minot couple marks 50 years with a return to the church where they wed",
body="""MINOT, N.D. (SV10) - Fifty years after they were married at First Lutheran Church in Minot, Arvid and Solveig Haugen walked down the same aisle Sunday and renewed their vows.

The Haugens met at a Sons of Norway dance in 1974. Arvid spent 38 years with the Soo Line railroad; Solveig taught piano to what she estimates were a thousand Minot children. Their four children and eleven grandchildren hosted a lefse-and-coffee reception afterward.

"The secret is two bathrooms," Solveig said.""",
gold=[("BIS006", "subject"), ("BIS007", "subject")]),

dict(guid="bis_sv10_2026_0623_souris-flood", pub="2026-06-23T12:40:00-05:00",
title="Souris River floodwater surrounds farm north of Minot",
body="""MINOT, N.D. (SV10) - Floodwater from the Souris River surrounded the Bjornstad farm north of Minot on Monday, flooding the basement of the farmhouse and forcing Orville and Joyce Bjornstad to move their cattle to higher ground by boat and tractor.

The farm has been in the Bjornstad family since 1911. Orville Bjornstad said the water came up faster than in 2011. "Mother always said the river remembers," he said. His mother, Alma, died earlier this month at 97.

Neighbors from Vang Lutheran Church helped sandbag the machine shed. The Ward County emergency manager said the river should crest Wednesday.""",
gold=[("BIS019", "subject")]),

dict(guid="bis_sv10_2026_0918_powwow-volunteers", pub="2026-09-18T17:00:00-05:00",
title="Minot State powwow thanks its volunteers",
body="""MINOT, N.D. (SV10) - Minot State University's fall powwow drew dancers from five states last weekend, and organizers say it could not have happened without the volunteers.

Committee chair Delphine Crow Flies thanked volunteers including Retta Walks Ahead of New Town, Curt Voeller and Kayla Little Owl, who ran the concession stand, and the Minot State Native American Cultural Center staff.

Next year's powwow is set for the third weekend of September.""",
gold=[]),
]
