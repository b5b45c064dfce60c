"""Green Country 4 KGCT (invented Tulsa TV station): local news, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="tul_gc4_2026_0210", pub="2026-02-10T18:40:00-06:00",
title="North Tulsa grandmother loses home of 40 years in overnight fire",
body="""A north Tulsa woman is starting over after a fire tore through her home near Greenwood Avenue and Pine Street early Tuesday morning.

Tulsa Fire crews were called to the home of LaDonna Threadgill just after 2 a.m. Threadgill, 71, said a space heater in the back bedroom caught a curtain. She and her grandson got out safely, but the house is a total loss.

"Forty years I've lived on this street," Threadgill said. "The church has been calling all morning. We'll be all right."

Neighbor Dennis Whitlow said he saw flames through the back window and ran over with a garden hose. The American Red Cross is helping the family. Vernon AME Church is collecting clothing and gift cards for Threadgill at the church office.""",
gold=[("TUL020", "subject")]),

dict(guid="tul_gc4_2026_0318", pub="2026-03-18T17:05:00-05:00",
title="Broken Arrow police arrest man in string of pickup thefts",
body="""Broken Arrow police have arrested a 24-year-old man they say stole at least five pickups from driveways in the Aspen Creek neighborhood since January.

Officers tracked one of the trucks, a white 2022 Ford F-250 belonging to Curtis Blackfox, to a salvage yard in Catoosa on Monday. Blackfox told investigators the truck was taken from outside his home overnight.

The suspect, Dakota Renfro of Tulsa, was booked into the Tulsa County jail on complaints of larceny of a motor vehicle and possession of stolen property. Police said more arrests are possible.""",
gold=[]),

dict(guid="tul_gc4_2026_0520", pub="2026-05-20T07:15:00-05:00",
title="Sand Springs cleans up after overnight tornado; no serious injuries",
body="""Residents of Sand Springs and west Tulsa spent Wednesday morning cleaning up after a tornado crossed the Arkansas River late Tuesday night, tearing roofs off homes and snapping trees along West 41st Street.

Among the hardest hit were Buddy and Peggy Vanlandingham, who have lived on West 41st Street for 38 years. The storm peeled back half of their roof and flattened the barn where Buddy restored tractors. The couple rode out the storm in their cellar.

"We heard it come over like a freight train and then it was quiet," Peggy Vanlandingham said. "Everything can be fixed. We're thankful."

Neighbor Geno Hummingbird was out with a chainsaw at sunrise clearing the road. "That's what you do out here," he said. The National Weather Service will survey the damage path today. Sand Springs Public Schools are closed Wednesday.""",
gold=[("TUL012", "subject"), ("TUL013", "subject")]),

dict(guid="tul_gc4_2026_0611", pub="2026-06-11T18:20:00-05:00",
title="Owasso couple's backyard pollinator garden wins statewide award",
body="""An Owasso backyard is now one of the best in the state, at least for butterflies.

Kenny and Rhonda Shadlow's half-acre pollinator garden on East 96th Street North was named the 2026 Oklahoma Monarch Waystation of the Year by the Oklahoma Monarch Society. The Shadlows planted milkweed, coneflower and native grasses after Kenny retired from the Owasso Fire Department.

"Rhonda did the planning and I did the digging," Kenny Shadlow said. The garden is open for tours the second Saturday of every month.""",
gold=[("TUL017", "subject"), ("TUL018", "subject")]),
]
