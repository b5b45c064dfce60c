"""Metro Business Weekly (Minneapolis-St. Paul): business journal, plain text. Hand-labelled."""

FEED = "mbw"
ITEMS = [
dict(guid="msp_mbw_2026_0219", pub="2026-02-19T06:00:00-06:00", title="Xamar Grill opens second location in Burnsville",
body="""Somali restaurant Xamar Grill will open its second location on Monday in the Cobblestone Court shopping center in Burnsville, owner Mahad Guled said this week.

Guled, who opened the first Xamar Grill on Cedar Avenue in Minneapolis in 2017, said the south-metro restaurant will seat 90 and will add a halal butcher counter. "Half of our catering orders already come from Dakota County," he said. "It was time to meet our customers where they live."

The menu keeps the Cedar Avenue favorites: goat suqaar, bariis iskukaris with banana on the side and the spiced shaah that regulars drink by the pot. "I have eaten here every Friday for six years," said Hibaaq Jama, a Cedar-Riverside customer who came to the preview dinner. "Now my sister in Burnsville has no excuse."

The expansion was financed in part by a loan from a Cedar-Riverside community lending circle, Guled said.""",
gold=[("MSP006", "subject")]),

dict(guid="msp_mbw_2026_0312", pub="2026-03-12T06:00:00-05:00", title="Minnetonka medtech maker Lakeshore Cardiac names Linnea Rask vice president of quality",
body="""Lakeshore Cardiac Systems, the Minnetonka maker of implantable heart monitors, has promoted Linnea Rask to vice president of quality and regulatory affairs, effective April 1.

Rask, 38, joined the company in 2014 as a test engineer and most recently led its FDA submissions group. She holds a biomedical engineering degree from the University of Minnesota.

"Linnea has been the reason our last three approvals came in on schedule," chief executive Gregory Stahl said.

The company also named Kevin O'Halloran, formerly of its Denver office, director of field service for the Mountain West region.""",
gold=[("MSP015", "subject")]),

dict(guid="msp_mbw_2026_0507", pub="2026-05-07T06:00:00-05:00", title="St. Croix Boat Works marks 40 years on the Stillwater riverfront",
body="""St. Croix Boat Works, the wooden-boat restoration shop on Stillwater's north riverfront, celebrates its 40th anniversary this month, and owners Bernie and Carol VanderLinden say they have no plans to slow down.

Bernie VanderLinden opened the shop in 1986 in a rented Quonset hut with one Chris-Craft runabout and a bank loan. Today the couple employs 14 craftsmen and has a two-year waiting list for lake-country cabin owners from Gull Lake to Lake Vermilion who want grandpa's launch made right again.

"Carol keeps the books and the customers, and I keep the varnish," Bernie said. An open house with boat rides is planned for May 16.""",
gold=[("MSP013", "subject"), ("MSP014", "subject")]),

dict(guid="msp_mbw_2026_1015", pub="2026-10-15T06:00:00-05:00", title="Lutheran Social Outreach gala raises $2.1 million for senior housing",
body="""The Nordic Light Gala, Lutheran Social Outreach's annual fundraiser, raised $2.1 million on Saturday at the Minneapolis Convention Center for a 60-unit senior apartment building planned in Roseville.

Lead donors recognized on the program included Kevin and Theresa O'Halloran, Duane and Jolene Rask, Marit Engebretsen and the Tveit Family Foundation. The evening's auction featured a week at a Lake Vermilion cabin and a rosemaling class.

"Every one of these units will have a waiting list before the foundation is poured," said board chair Wendell Ostby.""",
gold=[]),
]
