"""Valley & North Ogden Neighbors: community weekly for North Ogden, Pleasant View, Ogden Valley and the north
Davis County towns (volunteers, anniversaries, weddings, scholarships, the arts); teaser in description, HTML in
content:encoded. Hand-labelled."""

FEED = "vn"
ITEMS = [
dict(guid="ogd_vn_2026_0208", pub="2026-02-12T08:00:00-07:00", title="North Ogden names its 2026 Volunteer of the Year",
body="""NORTH OGDEN - For eleven years the Ben Lomond food pantry has opened at 6 a.m. on Saturdays because Charlene Tingey unlocks the door. On Monday the North Ogden City Council named her the city's 2026 Volunteer of the Year.

Tingey, who was raised in Farr West as Charlene Rasband, organizes 40 volunteers and a fleet of borrowed pickup trucks that collect surplus produce from orchards along Highway 89.

"She's the only person I know who can make a thousand pounds of zucchini sound like good news," said Mayor Neal Berube. Her husband, Wendell Tingey Jr., who drives one of the trucks, said he has "been volunteered" since 2015.""",
gold=[("OGD004", "subject")]),

dict(guid="ogd_vn_2026_0244", pub="2026-03-19T08:00:00-06:00", title="Zundels of Brigham City mark 60 years of marriage",
body="""BRIGHAM CITY - Arlo and Ila Zundel will celebrate their 60th wedding anniversary with an open house Saturday, March 28, from 2 to 4 p.m. at the Brigham City 12th Ward cultural hall, 440 N 200 E. No gifts, please.

Arlo Zundel and Ila Rindlisbacher were married March 25, 1966, in the Logan Temple. Arlo ran Zundel Orchards on the Perry bench for forty years; Ila taught piano to, by her count, half of Box Elder County. They have five children, 22 grandchildren and 9 great-grandchildren.""",
gold=[("OGD013", "subject"), ("OGD014", "subject")]),

dict(guid="ogd_vn_2026_0266", pub="2026-04-16T08:00:00-06:00", title="Engagement: Fackrell - Nakamura",
body="""KAYSVILLE - JoAnn Fackrell of Kaysville and Richard Fackrell of St. George announce the engagement of their daughter, Megan Elise Fackrell, to Tyson Kenji Nakamura, son of Glen and Sharon Nakamura of Clinton.

Megan is a graduate of Davis High School and Utah State University and teaches fourth grade in Kaysville. Tyson graduated from Syracuse High and Weber State and is an electrical apprentice. The couple will be married June 20 in the Bountiful Utah Temple, with a reception that evening at the Kaysville Heritage Museum garden.""",
gold=[("OGD015", "parent_of_subject")]),

dict(guid="ogd_vn_2026_0281", pub="2026-05-07T08:00:00-06:00", title="Ogden High senior named Sterling Scholar in world languages",
body="""OGDEN - Ogden High School senior Sofía Zubiate has been named the Deseret region's Sterling Scholar in World Languages, the first student from her school to win the category in twelve years.

Zubiate, who speaks Spanish at home and taught herself Portuguese and Korean, will study linguistics at the University of Utah on a Presidential Scholarship. Her parents, Rogelio and Ana Cristina Zubiate, own Panadería Zubiate on Wall Avenue.""",
gold=[("OGD007", "parent_of_subject"), ("OGD006", "parent_of_subject")]),

dict(guid="ogd_vn_2026_0302", pub="2026-06-11T08:00:00-06:00", title="Roy Days grand marshal honor goes to the late Dale Crookston",
body="""ROY - The Roy Days committee has named the late Dale Crookston, who coached Little League in Roy for 35 years, as the honorary grand marshal of this year's parade.

His widow, Mary Lou Crookston, will ride in the lead car on July 25 and accepted a commemorative plaque on his behalf at Tuesday's city council meeting. "Dale would have said they should give it to the kids," she said. Crookston died in 2021.""",
gold=[]),

dict(guid="ogd_vn_2026_0325", pub="2026-08-20T08:00:00-06:00", title="Layton tapa maker's ngatu on display at Union Station",
body="""OGDEN - A 40-foot ngatu, the painted bark cloth at the heart of Tongan weddings and funerals, now hangs in the main hall of Ogden's Union Station, the work of Layton artist Losaline "Lose" Vaipulu and the women of her church.

Vaipulu learned the craft from her mother, 'Ana Fakatava, who died in July, and finished the piece in her honor. The exhibit, "Kupesi: Patterns of Home," runs through November and is the first Pacific Islander exhibit in the station's history.

The exhibit was made possible by donors including the Weber Arts Council, Panadería Zubiate, Jim and Georgia Stamoulis, and Hill Federal Credit Union.""",
gold=[("OGD022", "subject")]),
]
