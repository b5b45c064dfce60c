"""KDVX Dakota Valley 9 (invented regional TV station, Sioux Falls): short web stories, HTML descriptions,
byline in dc:creator. Hand-labelled: gold=[(client_id, role)]."""

FEED = "kdvx"
ITEMS = [
dict(guid="sfx_kdvx_news_20260317_4471", pub="2026-03-17T18:20:00-05:00", byline="KDVX Digital Staff",
title="Harrisburg couple escapes early-morning house fire",
body="""HARRISBURG, S.D. (KDVX) - A Harrisburg couple is safe after fire tore through their home on North Cliff Avenue early Tuesday.

Duane and Rhonda Tschetter woke to smoke alarms just after 3 a.m. and got out with their two dogs, Harrisburg Fire Chief Mike Fenske said. Crews from Harrisburg and Sioux Falls Fire Rescue found heavy fire in the attached garage that spread into the kitchen. The home is considered a total loss.

"We grabbed the dogs and the phone and that was it," Rhonda Tschetter said. "Everything else is just stuff."

Neighbor Shelly Rozeboom said she saw the flames from her kitchen window and called 911. "The whole sky was orange," she said.

The fire appears to have started with a battery charger in the garage. A fund to help the Tschetters has been set up at Harrisburg Lutheran Church.""",
gold=[("SFX004", "subject"), ("SFX005", "subject")]),

dict(guid="sfx_kdvx_news_20260506_4620", pub="2026-05-06T17:45:00-05:00", byline="KDVX Digital Staff",
title="Harrisburg senior named U.S. Presidential Scholar",
body="""HARRISBURG, S.D. (KDVX) - A Harrisburg High School senior is one of two South Dakotans named a 2026 U.S. Presidential Scholar, one of the highest honors for graduating high school students.

Kaylee Rozeboom, who will graduate this month with a perfect grade point average, built a soil-moisture sensor network on her family's farm that is now being tested by the South Dakota State University Extension service. She plans to study agricultural engineering at SDSU.

Her parents, Todd and Shelly Rozeboom, found out when the school principal called during supper. "She's been taking things apart since she was four," Todd Rozeboom said. "Now they're paying her to put them back together."

Kaylee will travel to Washington, D.C., in June for the recognition program.""",
gold=[("SFX020", "parent_of_subject"), ("SFX019", "parent_of_subject")]),

dict(guid="sfx_kdvx_news_20260615_4788", pub="2026-06-15T18:05:00-05:00", byline="Kris Fjelstad",
title="Brandon's 85-year-old bowling ace isn't slowing down",
body="""BRANDON, S.D. (KDVX) - Marlys Eidsness turned 85 on Sunday. On Monday morning she was back at the lanes.

Eidsness has bowled in the Tuesday morning ladies' league at Brandon Bowl since 1972 and rolled her first 200 game at 79. Her league teammates threw her a surprise party with a cake shaped like a bowling pin.

"I tell them the secret is you never sit down long enough to stiffen up," Eidsness said.

She carries a 152 average and says she has no plans to quit. - Kris Fjelstad, KDVX""",
gold=[("SFX003", "subject")]),

dict(guid="sfx_kdvx_news_20260627_4801", pub="2026-06-27T17:30:00-05:00", byline="Kris Fjelstad",
title="60 years, and they still polka every Friday",
body="""SIOUX FALLS, S.D. (KDVX) - Arnie and Trudy Te Slaa met at a church skating party in Hull, Iowa, in 1964. On Saturday they will celebrate their 60th wedding anniversary the way they spend most Friday nights: dancing.

The Sioux Falls couple were married June 30, 1966, at Hull First Reformed Church. Arnie drove a milk truck and later ran the parts counter at a Sioux Falls implement dealer; Trudy taught second grade at Sioux Falls Christian for 31 years.

For the last 25 years they have danced every Friday at the Eagles Club polka night. "He steps on my feet less than he used to," Trudy said.

Their children are hosting an open house from 2 to 4 p.m. Sunday at Sioux Falls First Reformed Church. - Kris Fjelstad, KDVX""",
gold=[("SFX001", "subject"), ("SFX002", "subject")]),

dict(guid="sfx_kdvx_news_20260721_4912", pub="2026-07-21T12:10:00-05:00", byline="KDVX Digital Staff",
title="Police: man arrested after catalytic converters cut from Brandon church vans",
body="""BRANDON, S.D. (KDVX) - A Sioux Falls man is in jail after catalytic converters were cut from three vans in a Brandon church parking lot, police said.

Brandon police arrested Tyrell Dahlquist, 27, on Sunday on charges of grand theft and possession of burglary tools. An officer found a battery-powered saw and two converters in his car during a traffic stop on Holly Boulevard, police said.

The vans belong to First Reformed Church and carry seniors to Sunday services. "We'll be driving our folks in our own cars for a while," Pastor Dale Vander Wal said. "We pray for the young man, too."

Dahlquist is being held in the Minnehaha County Jail.""",
gold=[]),

dict(guid="sfx_kdvx_news_20260824_5017", pub="2026-08-24T18:40:00-05:00", byline="KDVX Digital Staff",
title="Big Sioux floodwaters swamp Canton homes after weekend downpour",
body="""CANTON, S.D. (KDVX) - Floodwater from the Big Sioux River and Beaver Creek poured into basements across the east side of Canton on Sunday after more than six inches of rain fell overnight.

Ken and Darlene Hegg have lived on East Fifth Street for 41 years and had never had water in the basement. Sunday morning they had four feet of it, plus two feet in Ken's woodworking shop.

"My whole workshop is floating," Ken Hegg said, standing in hip waders. "Forty years of tools."

Lincoln County Emergency Management said at least 30 homes were damaged. Volunteers from the Canton Fire Department and area churches spent Sunday filling sandbags. The county is asking residents to report damage to help qualify for state assistance.""",
gold=[("SFX021", "subject")]),

dict(guid="sfx_kdvx_news_20260909_5102", pub="2026-09-09T07:15:00-05:00", byline="KDVX Digital Staff",
title="Two hurt in Highway 11 crash north of Brandon",
body="""BRANDON, S.D. (KDVX) - Two people were taken to a Sioux Falls hospital with non-life-threatening injuries after a two-vehicle crash on Highway 11 north of Brandon on Tuesday evening, the South Dakota Highway Patrol said.

A northbound pickup driven by a 34-year-old Garretson man rear-ended an SUV that was slowing to turn onto 260th Street, the Patrol said. The pickup driver and a passenger in the SUV were hurt.

The driver of the SUV, Jolene Kleinsasser, 56, of Sioux Falls, was not injured. The pickup driver was cited for following too closely. All occupants were wearing seat belts.""",
gold=[]),

dict(guid="sfx_kdvx_news_20261018_5233", pub="2026-10-18T16:50:00-05:00", byline="KDVX Digital Staff",
title="Brandon pastor preaches final sermon after 31 years",
body="""BRANDON, S.D. (KDVX) - When the Rev. Dale Vander Wal came to First Reformed Church in Brandon in 1995, the congregation had 180 members and met in a building with no air conditioning. On Sunday he preached his last sermon there to a packed sanctuary of more than 900.

Vander Wal, 66, is retiring after 31 years, the longest pastorate in the church's history. He and his wife, Karla, plan to stay in Brandon.

"I told them I'd stay until they got tired of me," Vander Wal said. "They never said, so I had to decide myself."

The congregation honored him with a reception and a quilt made from the church's old choir robes.""",
gold=[("SFX014", "subject")]),
]
