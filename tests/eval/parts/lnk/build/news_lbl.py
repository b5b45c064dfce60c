"""Lincoln Business Ledger (business weekly): openings, promotions, awards, retirements. Plain text.
Hand-labelled (gold beside each)."""

FEED = "lbl"
ITEMS = [
dict(guid="lnk_lbl_2026_0303_panaderia", pub="2026-03-03T07:00:00-06:00", title="Panadería La Purépecha opens second store on North 27th",
body="""LINCOLN - A Lincoln bakery that started in a borrowed church kitchen has opened its second storefront.

Efraín and Rosalinda Tzintzun opened Panadería La Purépecha's new location at 27th and Holdrege streets on Saturday, with a line out the door for conchas and the corn-husk-wrapped uchepos of their home state of Michoacán. The couple started the bakery in 2014 and now employ 19 people.

"My mother-in-law still does not believe people pay for bread," Efraín Tzintzun said. The first store, on West O Street, stays open.""",
gold=[("LNK005", "subject"), ("LNK004", "subject")]),

dict(guid="lnk_lbl_2026_0414_odwyer", pub="2026-04-14T07:00:00-05:00", title="Haymarket Community Credit Union names O'Dwyer president",
body="""LINCOLN - Haymarket Community Credit Union's board has named Siobhan O'Dwyer president and chief executive, effective May 1.

O'Dwyer, 54, has been the credit union's chief operating officer since 2019 and led its expansion into small-business lending in north Lincoln. She succeeds Gary Lintel, who is retiring after 22 years. She is a Lincoln Southeast graduate and holds an MBA from the University of Nebraska-Lincoln.""",
gold=[("LNK013", "subject")]),   # roster ODwyer (apostrophe dropped)

dict(guid="lnk_lbl_2026_0505_wiebelhaus_gi", pub="2026-05-05T07:00:00-05:00", title="Grand Island ag-tech firm taps native son as CEO",
body="""GRAND ISLAND - Prairie Sensor Systems, which makes soil-moisture probes for center pivots, has named Trent Wiebelhaus chief executive.

Wiebelhaus, 34, a Grand Island Senior High and Kansas State graduate, has been the company's head of engineering since 2021. He lives in Grand Island with his wife, Shelby, and their two sons.""",
gold=[]),   # namesake of LNK016 (Lincoln, b. 1975, wife Kristen): a different, younger man in Grand Island: nothing

dict(guid="lnk_lbl_2026_0602_firth_nursery", pub="2026-06-02T07:00:00-05:00", title="Firth greenhouse named Nebraska's small business of the year",
body="""FIRTH - Tulip Row Greenhouse, the Dutch-style nursery south of Firth, is this year's Nebraska Small Business of the Year, the U.S. Small Business Administration's Nebraska office announced Monday.

Owner Anneke Vander Wiel started the greenhouse in 1998 with one hoop house and a truckload of bulbs from her family in Friesland. It now ships bedding plants to 40 garden centers in three states and employs 26 people in the spring. "My grandfather grew tulips behind a dike," Vander Wiel said. "I grow them behind a windbreak." """,
gold=[("LNK015", "subject")]),

dict(guid="lnk_lbl_2026_0616_havelock_roaster", pub="2026-06-16T07:00:00-05:00", title="Coffee roaster opens in the old Havelock bank building",
body="""LINCOLN - Havelock has a coffee roaster again. Marisol Ketteler and Dev Anand opened Bank Vault Coffee on Havelock Avenue last week in the 1911 bank building, with the roaster set up inside the old vault.

Regulars have already claimed the window seats. "I have walked past this building every morning for fifty years," said Billie Feyerherm, who lives nearby. "Now it finally smells the way it should."

The owners plan to add pastries from a Lincoln bakery in July.""",
gold=[]),   # LNK011 quoted bystander: nothing

dict(guid="lnk_lbl_2026_0908_meierhenry", pub="2026-09-08T07:00:00-05:00", title="Ashland co-op manager retires after 41 years",
body="""ASHLAND - When Harlan Meierhenry started at the Ashland farmers co-op in 1985, the grain was weighed on a scale with a sliding brass weight. On Friday he retired as its general manager, with the co-op three times the size and its elevator a landmark seen from Interstate 80.

Meierhenry, 71, grew up on a farm near Memphis, Neb., and joined the co-op as a truck driver. Customers and staff filled the Ashland Community Center for his farewell coffee. He said he plans to fish the Platte and "finally see a harvest from the passenger side." """,
gold=[("LNK018", "subject")]),
]
