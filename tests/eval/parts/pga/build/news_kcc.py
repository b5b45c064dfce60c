"""Kane County Courier (weekly community paper for Kanab, Long Valley, Fredonia and Page): community, schools,
milestones; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "kcc"
ITEMS = [
dict(guid="pga_kcc_2026_0530_sterling-scholar", pub="2026-05-30T08:00:00-06:00", title="Kanab High's Nethercott named region Sterling Scholar in science",
body="""KANAB - Kanab High School senior Annika Nethercott has been named the Southern Region Sterling Scholar in Science, the top academic honor for Utah high-school seniors in the region.

Annika, the daughter of Dr. Ephraim and Liesl Nethercott of Kanab, built a camera-trap network that documented the first desert bighorn lambs in the Kanab Creek canyon in decades. She will study wildlife biology at Utah State University this fall on a full-tuition scholarship.""",
gold=[("PGA008", "parent_of_subject"), ("PGA009", "parent_of_subject")]),

dict(guid="pga_kcc_2026_0606_spendlove-heaton", pub="2026-06-06T08:00:00-06:00", title="Wedding: Spendlove - Heaton",
body="""Brooklyn Spendlove and Tate Heaton were married May 29, 2026, in the St. George Utah Temple.

The bride is the daughter of Dallin and Marisa Spendlove of Fredonia, Ariz., and the granddaughter of Velda Spendlove of Kanab and the late Orvil Spendlove. The groom is the son of Kirk and Tamsen Heaton of Cedar City.

A reception was held that evening at the Kanab Center. The couple will make their home in Logan, where both attend Utah State University.""",
gold=[("PGA003", "parent_of_subject")]),

dict(guid="pga_kcc_2026_0704_esplin-anniversary", pub="2026-07-04T08:00:00-06:00", title="Esplins of Orderville celebrate 55 years",
body="""ORDERVILLE - Hyrum and Nola Esplin of Orderville will celebrate their 55th wedding anniversary with an open house Saturday, July 11, from 6 to 8 p.m. at the Orderville Ward cultural hall.

Hyrum and Nola Judd were married July 9, 1971, in the St. George Temple. Hyrum farmed alfalfa in Long Valley and drove school bus for 30 years; Nola taught piano to, by her count, 412 children. They have five children, 23 grandchildren and 8 great-grandchildren. No gifts, please; bring a memory to share.""",
gold=[("PGA012", "subject")]),

dict(guid="pga_kcc_2026_0820_library-volunteer", pub="2026-08-20T08:00:00-06:00", title="Library names Corinne Haskett volunteer of the year",
body="""KANAB - The Kane County Library has named Corinne Haskett of Kanab its 2026 Volunteer of the Year.

Haskett has run the library's Saturday story hour for eleven years and this spring started a grief-support reading circle after the death of her son, Tanner. "Books got me out of bed," she said. "I wanted other people to have that." Library director Sienna Alvey presented the award at Tuesday's board meeting.""",
gold=[("PGA005", "subject")]),

dict(guid="pga_kcc_2026_0926_big-water-author", pub="2026-09-26T08:00:00-06:00", title="Big Water author's debut novel set in the Glen Canyon dam years",
body="""BIG WATER - Big Water author Priya Sandoval-Kemp will read from her debut novel, "Cofferdam," at the Page Public Library on Thursday at 6 p.m.

The novel follows a family of dam workers in 1960s Page. The reading is hosted by the library's Friends group; Mary Beth Stallworthy, the group's chair, said copies will be available for signing.""",
gold=[]),

dict(guid="pga_kcc_2026_1010_all-state", pub="2026-10-10T08:00:00-06:00", title="Regional roundup: Shiprock's Bitsuie, Page's Benally lead all-state volleyball picks",
body="""Shiloh Bitsuie, a 6-foot-1 senior middle blocker from Shiprock, N.M., and Page senior setter Kiana Benally headlined the preseason all-state volleyball lists released this week in New Mexico and Arizona.

Bitsuie led New Mexico's 3A ranks in blocks last season; Benally, who holds the Page school record for assists, has committed to Northern Arizona University.""",
gold=[]),

dict(guid="pga_kcc_2026_1024_food-drive", pub="2026-10-24T08:00:00-06:00", title="Scouts' food drive fills the Kanab pantry",
body="""KANAB - Local Scout troops collected more than 6,000 pounds of food for the Kane County Food Pantry in Saturday's drive, the most since the drive began in 2011.

The pantry thanked the businesses and families who sponsored collection barrels, including Ostergaard Saddlery, Pectol's Tire & Lube, Velda Spendlove, Garvin and Sheree Pectol, Rosie Ocampo and the Kanab 3rd Ward Relief Society.""",
gold=[]),
]
