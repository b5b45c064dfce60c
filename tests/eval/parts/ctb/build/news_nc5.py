"""NewsCenter 5 (Great Falls TV station) local news site: HTML descriptions. Hand-labelled (gold=...)."""

FEED = "nc5"
ITEMS = [
dict(guid="ctb_nc5_20260318_shelby_fire", pub="2026-03-18T18:20:00-06:00", title="Shelby man escapes early-morning house fire",
body="""SHELBY, Mont. (NC5) - A Shelby man got out of his burning house in his socks early Wednesday morning, and he credits a smoke alarm he installed only last month.

Barney Stensrud, 75, said the alarm went off just after 4 a.m. in his home on Oilfield Avenue. "I thought it was the furnace acting up again," Stensrud said. "Then I opened the bedroom door."

Shelby Volunteer Fire Department crews held the fire to the kitchen and back porch, but the house has heavy smoke damage. Fire Chief Dean Ulmer said an electrical fault in an older space heater is the likely cause.""",
gold=[("CTB014", "subject")]),

dict(guid="ctb_nc5_20260502_youth_of_year", pub="2026-05-02T17:45:00-06:00", title="Browning senior named Montana Youth of the Year",
body="""BROWNING, Mont. (NC5) - A Browning High School senior who started a Blackfeet-language story hour for preschoolers has been named Montana Youth of the Year by the Boys & Girls Clubs of Montana.

Kiana Kicking Woman, 17, will represent Montana at the regional competition in Denver this summer. She reads to about thirty children every Saturday morning, in Blackfoot and English.

"She has always been the one gathering the little ones," said her mother, Jolene Kicking Woman. Her father, Vance Kicking Woman, drove her to every club meeting for six years.""",
gold=[("CTB013", "parent_of_subject")]),

dict(guid="ctb_nc5_20260606_motel_50", pub="2026-06-06T12:10:00-06:00", title="East Glacier's Two Medicine Lodge Motel marks 50 summers",
body="""EAST GLACIER PARK, Mont. (NC5) - The Two Medicine Lodge Motel opened its doors on June 6, 1976, with eleven rooms and a hand-painted sign. Fifty summers later it is still in the same family.

Owner Curt Many Guns, who took over from his father, Harold, in 2004, is marking the anniversary this weekend with a free pancake breakfast and a display of guest books going back to the first season.

"We have families who have stayed in the same room every July for three generations," Many Guns said.""",
gold=[("CTB012", "subject")]),

dict(guid="ctb_nc5_20260620_valier_anniversary", pub="2026-06-20T16:30:00-06:00", title="Valier couple celebrates 65 years of marriage",
body="""VALIER, Mont. (NC5) - Elmer and Gladys Thorsrud were married at Valier Lutheran Church on June 24, 1961. On Saturday, family and friends will fill the same church basement to celebrate 65 years.

The Thorsruds farmed south of Valier for five decades and still live in town, where Elmer, 86, keeps the best-tended garden on Teton Avenue. Gladys, 85, says the secret is simple: "Separate checkbooks and one pickup."

An open house is planned from 2 to 4 p.m. Saturday; the couple asks that there be no gifts.""",
gold=[("CTB010", "subject"), ("CTB011", "subject")]),

dict(guid="ctb_nc5_20260716_cut_bank_hail", pub="2026-07-16T21:05:00-06:00", title="Hail shreds gardens, dents cars in Cut Bank",
body="""CUT BANK, Mont. (NC5) - Residents of Cut Bank spent Thursday evening sweeping up hail and shredded leaves after a storm dropped stones the size of ping-pong balls on the town.

"My tomatoes are salsa now," said Sharla Dussome, a Cut Bank real estate agent, pointing to her flattened garden on East Main Street. "But nobody got hurt, and that's what matters."

Glacier County Disaster and Emergency Services said no injuries were reported. Several windshields were broken in the Glacier Lanes parking lot.""",
gold=[]),

dict(guid="ctb_nc5_20260809_fiddle", pub="2026-08-09T19:40:00-06:00", title="Kalispell fiddler takes state championship",
body="""KALISPELL, Mont. (NC5) - A Kalispell fiddler is the new Montana state fiddle champion.

Kenneth Tatsey, 28, of Kalispell won the open division at the Montana State Old-Time Fiddlers Contest on Saturday with a set that ended in a breakneck "Orange Blossom Special." Tatsey, who teaches music at a Kalispell middle school, began playing at age six.""",
gold=[]),
]
