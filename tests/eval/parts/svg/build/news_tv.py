"""WCEG Coastal Empire 9 (a Savannah TV station's local-news site): short web stories, HTML descriptions.
Hand-labelled: `gold` lists (client_id, role) beside each text."""

FEED = "tv"
ITEMS = [
dict(guid="svg_wceg_2026_0203_1187", pub="2026-02-03T18:20:00-05:00",
title="Fire displaces east Savannah couple; neighbors rescue their dog",
body="""SAVANNAH, Ga. (WCEG) - An east Savannah couple is staying with family after a fire tore through the back of their home on East 38th Street early Tuesday.

Savannah Fire said the call came in just after 4 a.m. Alphonso and Ernestine Mungin got out on their own and were not hurt. A neighbor, Lamar Scott, went back in through the front door for the couple's dog, Biscuit, who was treated for smoke at the scene.

Investigators believe the fire started in a space heater in the back bedroom. The kitchen and two bedrooms were heavily damaged. Alphonso Mungin, a deacon at First Bryan Baptist Church, said the congregation had already called with offers of a place to stay. "We lost things," he said. "We didn't lose each other."

The American Red Cross is assisting the family.""",
gold=[("SVG002", "subject"), ("SVG001", "subject")]),

dict(guid="svg_wceg_2026_0505_2214", pub="2026-05-05T12:10:00-04:00",
title="Richmond Hill police: pickup, boat trailer stolen from driveway; two arrested",
body="""RICHMOND HILL, Ga. (WCEG) - Richmond Hill police have arrested two men they say stole a pickup truck and a loaded boat trailer from a driveway off Timber Trail on Saturday night.

The owner, Rufus Grovner, told officers he heard the trailer chains rattle around 1 a.m. and found the driveway empty. A Bryan County deputy spotted the truck on Highway 144 about an hour later. Jaylen Marsh, 19, of Hinesville, and Corey Tillis, 23, of Savannah, are charged with motor vehicle theft and theft by receiving.

The truck and the boat were recovered with minor damage. Police urged residents to lock vehicles and use hitch locks.""",
gold=[]),   # crime rule: victims, suspects and witnesses in crime stories get nothing

dict(guid="svg_wceg_2026_0617_3050", pub="2026-06-17T07:45:00-04:00",
title="Pooler cleans up after storm snaps trees, knocks out power to 14,000",
body="""POOLER, Ga. (WCEG) - Crews from Georgia Power worked overnight to restore electricity after a severe thunderstorm with 70 mph gusts tore through Pooler, Bloomingdale and Garden City on Tuesday evening.

At the peak, about 14,000 customers were without power. Trees fell across Pooler Parkway and on at least four homes in the Pine Barren Road area; no one was hurt.

"It came through like a freight train for about three minutes," said Hal Exley, who was out Wednesday morning with his chainsaw helping a neighbor clear an oak from her carport. "I've been here since 1971 and I've seen worse, but not by much."

Pooler city crews will pick up storm debris placed at the curb through June 26.""",
gold=[]),   # a quoted helper/bystander (the weather outreach is the alert's business): nothing

dict(guid="svg_wceg_2026_0822_3391", pub="2026-08-22T17:05:00-04:00",
title="Tornado damage confirmed in Bluffton; family's roof peeled back",
body="""BLUFFTON, S.C. (WCEG) - The National Weather Service confirmed Friday that an EF-1 tornado with winds near 100 mph touched down in Bluffton during Thursday afternoon's tropical rain bands.

The worst damage was on Goethe Road, where the tornado tore most of the roof off the home of Jamal and Keisha Polite. The family - the couple, their son and Jamal Polite's aunt - rode out the storm in an interior hallway. "We heard the windows go and then we heard the sky," Jamal Polite said. "Then it was over."

Beaufort County said 23 homes had damage, three of them major. Volunteers from Campbell Chapel AME Church spent Friday tarping roofs.""",
gold=[("SVG020", "subject")]),   # Keisha Polite is not a client

dict(guid="svg_wceg_2026_1020_4102", pub="2026-10-20T18:40:00-04:00",
title="King tide floods Tybee homes; longtime resident says water has never been this high",
body="""TYBEE ISLAND, Ga. (WCEG) - Monday morning's king tide, pushed higher by a week of northeast winds, sent salt water into homes along Butler Avenue and the back river on Tybee Island.

At the home of Claudette Tuten, a lifelong islander, the water came up through the floor vents and stood four inches deep in her living room. "I've lived on this island 75 years and it has never come in the house," said Tuten, who lost her husband, Earl, in August. Her grandsons spent the afternoon pulling up carpet.

The tide at Fort Pulaski peaked at 10.4 feet, among the ten highest readings on record. The city says it will open a debris drop-off at the public works yard on Saturday.""",
gold=[("SVG015", "subject")]),

dict(guid="svg_wceg_2026_0529_2468", pub="2026-05-29T17:50:00-04:00",
title="Bryan County bus driver retires after 35 years and zero accidents",
body="""RICHMOND HILL, Ga. (WCEG) - When Rufus Grovner parked Bus 14 at the Bryan County Schools transportation yard on Friday afternoon, he ended a 35-year career without a single accident, a record the district says no other driver has matched.

Students at Richmond Hill Elementary lined the bus loop with hand-painted signs, and the district's transportation staff presented Grovner, 65, with a framed steering wheel. He has driven some of the same families for three generations.

"I drove the mamas, then I drove the babies, and this year I had two of the grandbabies," Grovner said. "Time to let somebody else have the good seat."

Grovner said he plans to fish the Ogeechee and spend time with his grandchildren in Pin Point.""",
gold=[("SVG004", "subject")]),
]
