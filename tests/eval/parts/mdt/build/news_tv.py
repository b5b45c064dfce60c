"""Keystone 21 News (invented TV station site, Harrisburg): local stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="mdt_tv_2026_0120_longenecker", pub="2026-01-20T17:05:00-05:00",
title="Camp Hill nurse named chief nursing officer at West Shore hospital",
body="""A Camp Hill woman who started as a night-shift nurse's aide has been named chief nursing officer at Penn State Health Holy Spirit Medical Center.

Gretchen Longenecker, 39, takes over the hospital's nursing staff of more than 900 on Feb. 1. She has been director of critical care since 2022 and led the hospital's ICU through two flu surges.

"I've worked every shift there is in this building," Longenecker said. "That's the view I want to keep."

The hospital said a search committee reviewed candidates from four states.""",
gold=[("MDT012", "subject")]),

dict(guid="mdt_tv_2026_0302_fire", pub="2026-03-02T06:40:00-05:00",
title="Overnight fire displaces East Pennsboro Township couple",
body="""An Enola couple escaped without injury but lost much of their home to a fire early Monday in East Pennsboro Township.

Crews were called to the 10 block of Summit Drive just after 2 a.m. Tony and Rosemarie DiSanto told firefighters they were woken by a smoke detector and got out with their dog. The fire started in an attached garage, the township fire marshal said, and spread into the kitchen.

"We've lived here 44 years. You don't think about it until it's your turn," Tony DiSanto said Monday morning from a neighbor's porch.

The American Red Cross is assisting the couple. No firefighters were hurt.""",
gold=[("MDT018", "subject")]),

dict(guid="mdt_tv_2026_0116_mlk", pub="2026-01-16T18:30:00-05:00",
title="Uptown pastor receives city's Martin Luther King Jr. service award",
body="""The Rev. Darnell Pettaway, pastor of Greater Mount Zion Baptist Church in Uptown Harrisburg, will receive the city's Martin Luther King Jr. Community Service Award at Monday's breakfast at the Harrisburg Hilton.

Pettaway, 62, founded the church's Saturday food pantry in 2009 and the Reservoir Park summer basketball league that now draws 300 young players each year. The award committee cited his work mediating between neighbors and police after the 2023 shootings on Maclay Street.

"It belongs to the volunteers who unlock the pantry door at 6 a.m.," Pettaway said.""",
gold=[("MDT008", "subject")]),

dict(guid="mdt_tv_2026_0621_storm", pub="2026-06-21T11:15:00-04:00",
title="Cleanup continues after Saturday storm topples trees in Hummelstown, Hershey, Palmyra",
body="""Crews from PPL and Met-Ed were still restoring power to about 4,000 customers Sunday after a severe thunderstorm swept from Linglestown to Palmyra on Saturday evening.

The National Weather Service said winds reached 70 mph near Hershey. A large oak fell across Railroad Street in Palmyra and several trees came down in Hummelstown's Brook Park.

In Palmyra, Wendell Gingrich Jr. spent the morning with a chainsaw clearing limbs from the yard of an elderly neighbor. "Nobody's got power, so you might as well be useful," Gingrich said.

No serious injuries were reported. Derry Township said brush can be left at the curb through next Friday.""",
gold=[]),

dict(guid="mdt_tv_2026_0109_farmshow", pub="2026-01-09T19:45:00-05:00",
title="New Cumberland teen takes grand champion market lamb at Farm Show",
body="""A New Cumberland 4-H member took the top prize in the market lamb show Friday at the Pennsylvania Farm Show.

Emma Musselman, 16, a junior at Cedar Cliff High School, showed a Hampshire cross wether named Biscuit to the grand championship. She is the daughter of Doug and Jeanette Musselman and has shown sheep with the Cumberland County 4-H Livestock Club since she was nine.

"She was in the barn at five every morning," said her mother, Jeanette.

Kenneth Eshleman of Elizabethtown, one of three judges, said the lamb was "as correct as any I've seen in this ring." The champion lamb will be sold at Tuesday's sale of champions.""",
gold=[("MDT019", "parent_of_subject"), ("MDT020", "parent_of_subject")]),

dict(guid="mdt_tv_2026_1103_quarryville", pub="2026-11-03T17:50:00-05:00",
title="Quarryville farmer's 1,600-pound pumpkin sets Lancaster County record",
body="""A southern Lancaster County farmer grew the heaviest pumpkin ever weighed in the county, tipping the scale at 1,612 pounds at the weigh-off in Quarryville on Saturday.

Kenneth Eshleman, 71, of Quarryville, has been growing giant pumpkins since his retirement from a feed mill in 2015. He feeds the vine with compost tea and covers it with bedsheets on cold nights.

"My wife says I pay more attention to the pumpkin than to her," Eshleman said. His wife, Elsie, confirmed it.""",
gold=[]),
]
