"""The Pintler Country Weekly (invented community weekly for Anaconda, Deer Lodge, Butte and Dillon):
teaser description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="btm_pcw_20260115_folkfest", pub="2026-01-15T09:00:00-07:00", title="Folk festival thanks its 2025 donors",
body="""The Montana Folk Festival in Butte thanks the families and businesses whose gifts kept last summer's stages free.

Gold donors: NorthWestern Energy, Montana Resources, Town Talk Bakery, Milan and Dee Radakovich, Mary Pat Dolan, the Ancient Order of Hibernians Division 1, and Lindqvist Saddlery of Deer Lodge. Silver donors: Gino and Stacy Bertoglio, Butte Central Alumni Association, and many others.

Volunteers for the 2026 festival can sign up at the Butte-Silver Bow Chamber of Commerce.""",
gold=[]),

dict(guid="btm_pcw_20260205_sorliehaynes", pub="2026-02-05T09:00:00-07:00", title="UM Western professor wins statewide teaching award",
body="""Dillon - A geology professor who takes her students into the field every block, rain, shine or snow, has been named the Montana University System's teaching professor of the year.

Dr. Annika Sorlie-Haynes, who has taught at the University of Montana Western since 2009, will receive the award at the Board of Regents meeting in Helena in March. Her students nominated her, citing her field camps in the Pioneer Mountains.

"Experience One was made for geology," Sorlie-Haynes said of Western's block schedule.""",
gold=[("BTM013", "subject")]),

dict(guid="btm_pcw_20260226_pasty", pub="2026-02-26T09:00:00-07:00", title="Anaconda woman takes top prize at Smelter City pasty cook-off",
body="""Anaconda - Jenna Keely of Anaconda took home the copper ladle Saturday at the fourth annual Smelter City Pasty Cook-off, with a traditional beef-and-rutabaga pasty and a gravy her judges called "a scandal in the best way."

The contest, a fundraiser for the Anaconda Fire Department's burn fund, drew 23 entries. Judges were Fire Capt. Kenny Draganovich, retired Butte Central home-economics teacher Mary Pat Dolan and Anaconda Mayor Kris Mannix.""",
gold=[]),

dict(guid="btm_pcw_20260409_aggie", pub="2026-04-09T09:00:00-06:00", title="Aggie Peterka named Powell County Senior Citizen of the Year",
body="""Deer Lodge - The Powell County Council on Aging has named Agnes "Aggie" Peterka, 94, its Senior Citizen of the Year.

Peterka has delivered Meals on Wheels in Deer Lodge every Tuesday since 1988, long after she was old enough to receive them herself, and still bakes 40 loaves of povitica for the Immaculate Conception Christmas sale. She will be honored at the Council's luncheon on April 22 at the Deer Lodge Community Center.""",
gold=[("BTM016", "subject")]),

dict(guid="btm_pcw_20260507_lindqvist", pub="2026-05-07T09:00:00-06:00", title="Lindqvist Saddlery marks 50 years on Main Street",
body="""Deer Lodge - Lindqvist Saddlery, the saddle and tack shop that has outfitted three generations of Deer Valley ranchers, turns 50 this month.

Owners Garrett and Shelby Lindqvist will host an open house on Saturday, May 16, with leather-stamping demonstrations and a display of the first saddle Garrett's father, Arne, built in the shop in 1976. "We still have customers riding saddles Dad made in the seventies," Garrett Lindqvist said.""",
gold=[("BTM014", "subject"), ("BTM015", "subject")]),

dict(guid="btm_pcw_20260604_anniversary", pub="2026-06-04T09:00:00-06:00", title="Lenihans of Butte celebrate 50 years of marriage",
body="""Butte - Con and Maureen (Harrington) Lenihan of Butte will celebrate their 50th wedding anniversary on June 12 with a Mass at St. Lawrence O'Toole Church and an open house to follow at the Hibernian hall.

The couple were married June 12, 1976, at St. Lawrence O'Toole in Walkerville. Con retired from Montana Resources in 2010 and Maureen from the Butte School District in 2012. Their son, Packy Lenihan, and his wife, Erin, are hosting. No gifts, please; cards may be sent to 1214 W. Porphyry St.""",
gold=[("BTM001", "subject"), ("BTM002", "subject")]),

dict(guid="btm_pcw_20260716_births", pub="2026-07-16T09:00:00-06:00", title="New arrivals: births at St. James Healthcare",
body="""Butte - St. James Healthcare welcomes these babies born in late June and early July.

A daughter, Nora Maureen, 7 pounds 2 ounces, born June 29 to Packy and Erin Lenihan of Butte. Grandparents are Con and Maureen Lenihan of Butte and Tom and Lisa Geary of Anaconda.

A son, Wyatt James, 8 pounds 10 ounces, born July 3 to Cody and Brianna Swenson of Whitehall.""",
gold=[("BTM020", "parent_of_subject")]),
]
