"""KTVC 9 Tucson / WDLH 6 Duluth / KATV 3 Acadiana local news, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="tv-2026-11021", pub="2026-02-08T18:30:00-07:00", title="Firefighters save dog from house fire in Catalina Foothills",
body="""Crews from Golder Ranch and Tucson Fire responded to a house fire Saturday afternoon on East Camino Rosa. No one was hurt.

The home belongs to Ray and Lourdes Escalante, who were at Mass when a neighbor called 911. Firefighters carried the couple's terrier, Chispa, out of the smoke.

"We will rebuild," Lourdes Escalante said.""",
gold=[("P001", "subject"), ("P002", "subject")]),
dict(guid="tv-2026-11090", pub="2026-03-03T17:00:00-06:00", title="Duluth man rescues ice fishermen on Lake Superior",
body="""Two ice fishermen were pulled from the water near Park Point on Monday after the ice gave way.

A retired Duluth man who was fishing nearby, Gene Maki, 82, crawled out on a ladder and reached them first. Both men were treated for hypothermia.

"He's a hero, plain and simple," said St. Louis County Sheriff's Sgt. Amy Dahl.""",
gold=[("P030", "subject")]),
dict(guid="tv-2026-11144", pub="2026-03-25T17:00:00-05:00", title="Lafayette man charged after crash on Johnston Street",
body="""Lafayette police arrested a 27-year-old man after a three-car crash on Johnston Street Tuesday night. Police said Kyle Boudreaux was driving impaired.

One of the drivers hit, Denise Thibodeaux of Lafayette, was treated and released. "I'm just glad nobody died," she said.""",
gold=[]),
dict(guid="tv-2026-11210", pub="2026-04-18T17:00:00-06:00", title="Oro Valley widow finishes 100th hike up Pusch Ridge",
body="""Alice Pettibone promised her late husband she would keep climbing. On Friday, the 82-year-old Oro Valley resident finished her 100th summit of Pusch Ridge, the trail the couple hiked every Sunday for decades.

Friends met her at the top with a banner.""",
gold=[("P004", "subject")]),
dict(guid="tv-2026-11277", pub="2026-05-15T17:00:00-05:00", title="Community rallies after Broussard warehouse fire",
body="""Volunteers brought food and water to crews battling a warehouse fire in Broussard on Thursday.

Among the volunteers were Marie Boudreaux, Yvette LeBlanc and members of the Broussard Knights of Columbus. Fire chief Paul Mouton said the building was a total loss.

Reporting by Neecie Thibodeaux.""",
gold=[]),
]
