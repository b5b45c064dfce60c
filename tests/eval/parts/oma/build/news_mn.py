"""The Midlands Neighbor: neighbourhood weekly for South Omaha, Bellevue, Papillion and La Vista; teaser +
HTML in content:encoded. Hand-labelled."""

FEED = "mn"
ITEMS = [
dict(guid="oma_mn_2026_eagle_scout_zamudio", pub="2026-02-19T08:00:00-06:00",
title="South Omaha scout earns Eagle rank with Spring Lake Park trail project",
body="""Mateo Zamudio, a junior at South High School, earned the rank of Eagle Scout this month after leading a crew of 22 volunteers who rebuilt a washed-out quarter-mile trail in Spring Lake Park.

Mateo, 16, is a member of Troop 271 at Our Lady of Guadalupe Church. His project required 340 volunteer hours, donated lumber from a hardware store on 24th Street and, he said, "a lot of tamales from my mom."

He is the son of Hector and Lupe Zamudio of South Omaha. His Eagle Court of Honor will be held March 8 at the church hall.""",
gold=[("OMA015", "parent_of_subject")]),

dict(guid="oma_mn_2026_ostergaard_50th", pub="2026-06-04T08:00:00-05:00",
title="Anniversaries: Ostergaards mark 50 years",
body="""Lee and Judy Ostergaard of Bellevue will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Sunday, June 14, at the Bellevue Senior Center.

Leland Ostergaard and Judith Pflug were married June 12, 1976, at St. Matthew's Lutheran Church in Hastings. Lee retired from the U.S. Air Force as a chief master sergeant after 26 years, the last twelve at Offutt Air Force Base, and later worked as a civilian logistics planner for U.S. Strategic Command. Judy taught fourth grade at Twin Ridge Elementary for 28 years.

Their children are Kurt (Amy) Ostergaard of Papillion and Brian Ostergaard of Omaha. They have four grandchildren. The couple requests no gifts; cards may be sent to 2705 Lloyd St., Bellevue.""",
gold=[("OMA012", "subject"), ("OMA013", "subject")]),

dict(guid="oma_mn_2026_scanlan_retires", pub="2026-05-28T08:00:00-05:00",
title="After 35 years, South High's 'Mr. Scanlan' closes his gradebook",
body="""When the final bell rang at South High School on May 22, Marty Scanlan closed the gradebook on a 35-year career teaching American history and government to the children, and in some cases grandchildren, of his first students.

Scanlan, 65, came to South in 1991 after two years at a Catholic school in Kansas City. He coached the mock-trial team to four state titles, sponsored the Irish-dance club, and has been a permanent deacon at St. Margaret Mary Parish since 2012. He and his wife, Colleen, live in Dundee.

"I taught the Constitution to 6,000 teenagers," Scanlan said. "Maybe twelve of them read it." Former students are invited to a farewell reception June 6 in the school library.""",
gold=[("OMA017", "subject")]),

dict(guid="oma_mn_2026_chaloupka_tavern", pub="2026-07-16T08:00:00-05:00",
title="A new generation pours at Chaloupka's Tavern",
body="""Bernie Chaloupka Jr. has made one change at Chaloupka's Tavern on South 13th Street since he took over in June: he fixed the jukebox.

Chaloupka, 44, a former Union Pacific electrician, bought the Little Bohemia tavern from his father, Bernie Chaloupka Sr., and the estate of his uncle, Emil, who died in May. The tavern has been in the family since 1934. Chaloupka Jr. has added a Friday fish fry and plans Czech beer nights with a brewery in Pilsen.

"My dad still comes in at 4 every day and sits in the same seat," he said. "He tells me I'm doing it wrong. That's how I know he's happy." """,
gold=[("OMA020", "parent_of_subject")]),

dict(guid="oma_mn_2026_bellevue_booksale", pub="2026-04-23T08:00:00-05:00",
title="Bellevue library book sale tops $9,000",
body="""By Judy Ostergaard, Neighbor correspondent

The Friends of the Bellevue Public Library raised $9,140 at their spring book sale last weekend, the most in the sale's 40-year history, thanks largely to a donated collection of 1,200 military-history books from a retired Offutt navigator.

Volunteers sorted books for three weeks in the library's community room. Among them were Reggie Toussaint, Carol Wendt, Sharon Mercado and the Bellevue East Key Club, who carried boxes for two days.

The money will buy large-print books and a new children's story-time rug. The fall sale is set for Oct. 17-18.""",
gold=[]),
]
