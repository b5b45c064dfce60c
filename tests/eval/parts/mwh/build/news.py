"""Local news for part mwh, two sources. Hand-labelled (gold=[(client_id, role)])."""

# feed "kxmw": Basin 6 News KXMW (TV station site, HTML descriptions)
# feed "qvs": Quincy Valley Sentinel (weekly, plain text)
ITEMS = [
dict(feed="kxmw", guid="mwh_kxmw_20260118_bakery25", pub="2026-01-18T17:30:00-08:00", title="Downtown Moses Lake bakery marks 25 years on Third Avenue",
body="""MOSES LAKE - Petrakis Bakery, the blue-awninged shop on West Third Avenue known for its baklava and Saturday-morning lines, turns 25 this week.

Owner Roz Petrakis opened the bakery in January 2001 with a borrowed oven and her mother's recipes. Today it employs 14 people and supplies three Basin grocery stores.

"I thought I'd give it five years," Petrakis said. The bakery will hand out free koulourakia all day Saturday.""",
gold=[("MWH014", "subject")]),

dict(feed="kxmw", guid="mwh_kxmw_20260309_ephratafire", pub="2026-03-09T21:10:00-08:00", title="Fire damages Ephrata home; couple and dog escape",
body="""EPHRATA - A fire that started in an attached garage badly damaged a home on Nevada Avenue Northwest on Monday evening.

Grant County Fire District 13 said Gordon and Lorna Pfeifle and their dog got out safely after a smoke alarm went off. The garage and kitchen are a total loss.

Neighbors have set up a meal train for the Pfeifles, who plan to stay with family while the house is repaired.""",
gold=[("MWH016", "subject"), ("MWH017", "subject")]),

dict(feed="kxmw", guid="mwh_kxmw_20260711_stormcleanup", pub="2026-07-11T19:45:00-07:00", title="Hail and wind shred trees, siding across Moses Lake",
body="""MOSES LAKE - Residents spent Saturday picking up limbs and broken siding after a severe thunderstorm raked the city Friday evening with quarter-size hail and 60 mph gusts.

"It came across the lake like a wall," said Kenji Oyama, who was helping neighbors on West Lakeshore Drive tarp a roof. "Ten minutes and it was over."

Grant PUD said about 4,200 customers lost power at the peak.""",
gold=[]),

dict(feed="kxmw", guid="mwh_kxmw_20260204_conservation", pub="2026-02-04T18:05:00-08:00", title="Royal Slope farmer named Conservation Farmer of the Year",
body="""ROYAL CITY - The Grant County Conservation District has named Arvid Nyhus its 2026 Conservation Farmer of the Year.

Nyhus, who farms 900 irrigated acres on the Royal Slope, switched his entire operation to low-pressure drip and cover crops over the past decade, cutting his water use by a third.

The award will be presented at the district's annual banquet in Ephrata on Feb. 20.""",
gold=[("MWH013", "subject")]),

dict(feed="kxmw", guid="mwh_kxmw_20260822_fairquilts", pub="2026-08-22T16:20:00-07:00", title="Grant County Fair: Warden teen's quilt takes best of show",
body="""MOSES LAKE - A Warden High School sophomore took best of show in the open-class quilting division at the Grant County Fair on Friday.

Addison Kagele, 15, won for a Lone Star quilt she pieced from her late grandfather's work shirts. Judges Shirley Ann Brosseau of Soap Lake and Pat Ingersoll of Coulee City called it "the best-executed star we've seen in years."

The fair runs through Sunday.""",
gold=[]),

dict(feed="kxmw", guid="mwh_kxmw_20260415_missoulateacher", pub="2026-04-15T12:00:00-07:00", title="Montana teacher with Basin roots wins national science award",
body="""MISSOULA, Mont. - Lyle Bergstrom, a physics teacher at Missoula's Hellgate High School, has received a national award for excellence in science teaching.

Bergstrom, 34, grew up in Spokane and spent summers working harvest near Odessa. He will travel to Washington, D.C., in May to receive the award.""",
gold=[]),

dict(feed="kxmw", guid="mwh_kxmw_20261020_retire", pub="2026-10-20T17:00:00-07:00", title="Longtime Moses Lake parts manager retires",
body="""MOSES LAKE - After 41 years behind the parts counter at Basin Truck & Tractor, Bernie Schoonover retired Friday.

Co-workers threw a barbecue in the shop and presented him with a gold-plated oil filter.""",
gold=[]),

# ---------------- weekly ----------------
dict(feed="qvs", guid="mwh_qvs_20260122_promotion", pub="2026-01-22T06:00:00-08:00", title="Zamudio Cervantes to lead Quincy branch",
body="""Columbia Valley Credit Union has promoted Lupe Zamudio Cervantes to manager of its Quincy branch.

Zamudio Cervantes has worked at the branch since 1996, starting as a teller. She is a Quincy High School graduate and serves on the Quincy Valley Chamber of Commerce board.

"The people who walk in here are my neighbors," she said.""",
gold=[("MWH003", "subject")]),

dict(feed="qvs", guid="mwh_qvs_20260219_births", pub="2026-02-19T06:00:00-08:00", title="Births",
body="""Quincy Valley Medical Center reports the following births:

Trevor and Kelsey Gallardo of Quincy announce the birth of a daughter, Lucia Esperanza, born Feb. 11. She weighed 7 pounds, 9 ounces. Grandparents are Felipe and Dora Gallardo and Mike and Tami Pruett, all of Quincy.

A son, Mateo, was born Feb. 13 to Daniel and Yesenia Ortiz of George.""",
gold=[("MWH011", "subject"), ("MWH012", "subject")]),

dict(feed="qvs", guid="mwh_qvs_20260521_scholar", pub="2026-05-21T06:00:00-07:00", title="Moses Lake senior earns state robotics scholarship",
body="""Emi Oyama, a senior at Moses Lake High School, has been awarded a $10,000 Washington STEM robotics scholarship.

Emi captained the Chiefs' robotics team to the state finals this spring and will study mechanical engineering at Washington State University. She is the daughter of Kenji and Naomi Oyama of Moses Lake.""",
gold=[("MWH020", "parent_of_subject"), ("MWH021", "parent_of_subject")]),

dict(feed="qvs", guid="mwh_qvs_20260604_busmechanic", pub="2026-06-04T06:00:00-07:00", title="Royal City bus barn says goodbye to 'Cheque'",
body="""After 35 years of keeping Royal School District's buses running, Ezequiel "Cheque" Villaseñor is retiring at the end of the school year.

Villaseñor started as a driver in 1991 and took over the bus barn in 1998. Students signed a card the length of a bus.""",
gold=[("MWH015", "subject")]),

dict(feed="qvs", guid="mwh_qvs_20260618_anniversary", pub="2026-06-18T06:00:00-07:00", title="Anniversaries: Kettlesons mark 58 years",
body="""Dale and Verna Kettleson of Moses Lake celebrated their 58th wedding anniversary on June 15. They were married in 1968 at Royal City Community Church.

The couple will celebrate with their daughters and grandchildren at Sun Lakes.""",
gold=[("MWH001", "subject"), ("MWH002", "subject")]),

dict(feed="qvs", guid="mwh_qvs_20260716_library", pub="2026-07-16T06:00:00-07:00", title="Library friends thank donors for reading-room campaign",
body="""The Friends of the Quincy Library have raised $48,000 toward the new children's reading room.

Donors at the Founder level include Wilma Fruehauf, Rogelio Zamudio, the Tegethoff family, Quincy Valley Rotary and Columbia Valley Credit Union. Construction begins in September.""",
gold=[]),

dict(feed="qvs", guid="mwh_qvs_20260827_pastoraward", pub="2026-08-27T06:00:00-07:00", title="Ephrata pastor honored for 30 years of food-bank work",
body="""Pastor Lyle Bergstrom of Ephrata Lutheran Church has received the Grant County Community Service Award for three decades of work with the Ephrata Food Bank.

Bergstrom helped start the food bank's weekend backpack program, which now sends meals home with 400 children.""",
gold=[("MWH022", "subject")]),

dict(feed="qvs", guid="mwh_qvs_20261029_citizen", pub="2026-10-29T06:00:00-07:00", title="Moses Lake names Citizen of the Year",
body="""The Moses Lake Chamber of Commerce has named Mary Jo Hinderer its 2026 Citizen of the Year.

Hinderer has chaired the Spring Festival for 12 years and organized the lakeside cleanup that pulled 6 tons of debris from Parker Horn last fall.""",
gold=[("MWH009", "subject")]),
]
