"""Great Basin Business Review (invented weekly business paper, Elko): plain text. Hand-labelled."""

ITEMS = [
dict(guid="elk_gbbr_2026_0114", pub="2026-01-14T08:00:00-08:00",
title="Gorostiza named general manager at Tuscarora Ridge mine",
body="""A 30-year veteran of Nevada's gold mines will run the Tuscarora Ridge operation north of Carlin.

Iñaki Gorostiza, most recently the mine's underground superintendent, was promoted to general manager effective Feb. 1, the company announced Monday. An Elko native and a graduate of the Mackay School of Mines, Gorostiza started his career as a surveyor's helper at the Carlin Trend in 1988.""",
gold=[("ELK012", "subject")]),

dict(guid="elk_gbbr_2026_0325", pub="2026-03-25T08:00:00-07:00",
title="Villalpando's Taqueria marks 25 years on Idaho Street",
body="""When Ramón and Yesenia Villalpando opened Villalpando's Taqueria in a former tire shop on Idaho Street in 2001, they had six tables and a borrowed grill.

Twenty-five years later the family restaurant seats 90, employs 22 people and caters half the mine-shift barbecues in Elko County. The couple will celebrate the anniversary April 4 with a free menudo breakfast.""",
gold=[("ELK018", "subject"), ("ELK019", "subject")]),

dict(guid="elk_gbbr_2026_0506", pub="2026-05-06T08:00:00-07:00",
title="Carlin haul-truck trainer retires after 38 years",
body="""Del Honeycutt has trained more than 600 haul-truck drivers, and on Friday he parked his last truck.

Honeycutt, of Carlin, retired from the Goldstrike Junction mine after 38 years, the last 20 as lead equipment trainer. Co-workers lined the haul road with their trucks for his final shift.""",
gold=[("ELK013", "subject")]),

dict(guid="elk_gbbr_2026_0617", pub="2026-06-17T08:00:00-07:00",
title="Basque Club campaign raises $180,000 for new fronton",
body="""The Elko Basque Club has raised $180,000 toward a covered handball fronton at the city park, organizers said.

Major donors include the Tuscarora Ridge mine, Elko Federal Credit Union, JP and Maite Etcheberry, Bernadine Hooper, the Aldazabal family and the Nevada Cattlemen's Association. Construction is expected to start next spring.""",
gold=[]),  # donor list

dict(guid="elk_gbbr_2026_0902", pub="2026-09-02T08:00:00-07:00",
title="Lazy F Ranch named Nevada ranch of the year",
body="""The Lazy F Ranch south of Spring Creek, owned by Buck and Darla Fenstermaker, has been named Nevada's Commercial Ranch of the Year for its riparian restoration along the South Fork of the Humboldt.

The Fenstermakers run about 600 mother cows and have fenced eight miles of creek since 2015.""",
gold=[("ELK003", "subject"), ("ELK004", "subject")]),
]
