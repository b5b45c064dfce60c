"""KGCT Gulf Coast 11 (Houston TV station site), HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="hou_kgct-story-20260224-3311", pub="2026-02-24T18:40:00-06:00", title="Pearland family escapes early-morning house fire",
body="""PEARLAND, Texas (KGCT) - A Pearland couple escaped without injury early Tuesday when fire tore through their home in the Country Place subdivision.

Wilfred and Yvonne Fontenot told Gulf Coast 11 that their smoke alarm woke them just after 3 a.m. "I grabbed my wife and the dog and that's it," Will Fontenot said. "Forty years of pictures are in there."

Pearland Fire Department officials said the fire started in the garage. The home is considered a total loss. Members of the couple's church have set up a fund to help them.""",
gold=[("HOU010", "subject"), ("HOU011", "subject")]),

dict(guid="hou_kgct-story-20260315-3420", pub="2026-03-15T21:10:00-05:00", title="Third Ward deacon honored for 50 years of feeding neighbors",
body="""HOUSTON (KGCT) - For half a century, the Saturday breakfast at Greater Mount Olive Missionary Baptist Church has had one constant: Deacon Otis Wheeler Jr. at the griddle.

On Sunday, the Houston City Council's district representative presented Wheeler with a proclamation naming March 15 "Otis Wheeler Day" in the Third Ward, honoring more than 50 years and an estimated 400,000 free breakfasts.

"He still gets there at five," said his wife, Bernice Wheeler, who has run the serving line beside him since 1976. LaTonya Hollins, who grew up eating the pancakes, organized the celebration.""",
gold=[("HOU008", "subject")]),

dict(guid="hou_kgct-story-20260505-3587", pub="2026-05-05T17:55:00-05:00", title="Baytown names new fire chief",
body="""BAYTOWN, Texas (KGCT) - Baytown has a new fire chief, and he grew up three blocks from Station 1.

City Manager Alma Rios on Monday named Assistant Chief Rogelio "Roy" Salinas Jr. to lead the department, effective June 1. Salinas, a 30-year veteran of the department, led the city's hazardous-materials team during the 2019 chemical-plant fires.

"This is the only job I ever wanted," Salinas said.""",
gold=[("HOU019", "subject")]),

dict(guid="hou_kgct-story-20260520-3611", pub="2026-05-20T22:30:00-05:00", title="Storm cleanup under way in Baytown after overnight winds",
body="""BAYTOWN, Texas (KGCT) - Residents along Garth Road spent Wednesday clearing downed limbs and fences after a line of thunderstorms pushed through overnight with gusts near 70 mph.

"The fence went over like a domino," said Ray Batiste, who was helping a neighbor haul branches to the curb. CenterPoint Energy reported about 11,000 customers without power at the peak.""",
gold=[]),
]
