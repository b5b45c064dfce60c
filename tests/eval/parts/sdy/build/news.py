"""Local news for part sdy, three sources. Hand labels in `gold=[(client_id, role)]` beside each text."""

# 1. TV station site: KXMT 5 News (Glendive / Sidney / Miles City), HTML descriptions
TV = [
dict(guid="sdy_kxmt_2026_0119_zeiler", pub="2026-01-19T18:10:00-07:00", title="Glendive native named operations manager at Dawson County grain terminal",
body="""GLENDIVE, Mont. (KXMT) - A Glendive man who started out sweeping the floors at the West Glendive grain terminal in 1988 now runs the place.

Kurt Zeiler has been promoted to operations manager of Yellowstone Plains Grain Cooperative's terminal, the co-op announced Monday. Zeiler had been assistant manager for nine years.

"Kurt knows every bin and every auger out there," said board chair Lyle Kastner. Zeiler and his wife, Billie Jo, have lived in Glendive their whole married life.""",
gold=[("SDY011", "subject")]),

dict(guid="sdy_kxmt_2026_0305_voeller_fire", pub="2026-03-05T21:40:00-07:00", title="Fire guts garage, damages home in northwest Sidney",
body="""SIDNEY, Mont. (KXMT) - A fire that started in a detached garage Thursday evening spread to a house on 14th Street Northwest, leaving a Sidney couple temporarily without a home.

Sidney Volunteer Fire Department Chief Randy Gartner said crews arrived to find the garage fully involved. The flames spread to the back of the house owned by Gene and Lorraine Voeller. Nobody was hurt; the couple's dog was rescued by a neighbor.

"We're just glad everybody got out," Lorrie Voeller told KXMT. The Red Cross is helping the couple, and friends have set up a fund at Stockman Bank.""",
gold=[("SDY023", "subject"), ("SDY022", "subject")]),

dict(guid="sdy_kxmt_2026_0422_oilprice", pub="2026-04-22T17:55:00-06:00", title="Bakken slowdown felt on Sidney's Central Avenue",
body="""SIDNEY, Mont. (KXMT) - Falling oil prices are showing up in Richland County's motel vacancy signs again.

Rig counts in the Montana Bakken have dropped by a third since January, and hotel owners along Central Avenue say weekday occupancy is down to levels not seen since 2016.

"We've seen this movie before, in '86 and again in 2015," said Arlen Haugland, a retired farmer who has coffee most mornings at the Reynolds Market deli. "Sidney always comes back." Economic development director Jenna Kuntz said the county is courting a fertilizer plant.""",
gold=[]),

dict(guid="sdy_kxmt_2026_0518_bucking", pub="2026-05-18T20:15:00-06:00", title="Saddle bronc from Ismay tops 75th Miles City Bucking Horse Sale",
body="""MILES CITY, Mont. (KXMT) - A 6-year-old bay gelding from an Ismay string sold for $21,000 on Saturday, the top price at the 75th World Famous Miles City Bucking Horse Sale.

The horse, named Powder River Prayer, scored 88 points under bronc rider Colt Sandvick of Broadus. Judges for the saddle bronc round were Cliff Nordahl of Miles City and Ken Tibbs of Belle Fourche, S.D.

Organizers estimated 12,000 people came to town over the weekend for the sale, the parade and the street dance on Main Street.""",
gold=[]),

dict(guid="sdy_kxmt_2026_0603_gilbertson", pub="2026-06-03T18:30:00-06:00", title="Bozeman teacher named Montana Teacher of the Year",
body="""HELENA, Mont. (KXMT) - A Bozeman High School chemistry teacher is Montana's 2027 Teacher of the Year.

Karla Gilbertson, who has taught in Bozeman for 14 years, was honored Tuesday at the Capitol by the Office of Public Instruction. She grew up in Great Falls and studied at Montana State.

She will represent Montana in the national program next year.""",
gold=[]),
]

# 2. weekly: The Tri-County Courier (Sidney / Glendive / Terry), plain text
COURIER = [
dict(guid="sdy_tcc_2026_0212_oberlander", pub="2026-02-12T05:00:00-07:00", title="After 38 years, Oberlander signs out at Sidney Health Center",
body="""Connie Oberlander clocked out for the last time on Friday after 38 years in the business office and admitting desk at Sidney Health Center.

Oberlander, who started at the hospital in 1988 as a ward clerk, was honored at a coffee and cake reception in the Public Room. Co-workers presented her with a quilt signed by the staff.

She and her husband, Bud, plan to spend more time at their cabin at Fort Peck and with their grandchildren.""",
gold=[("SDY004", "subject")]),

dict(guid="sdy_tcc_2026_0611_haugland", pub="2026-06-11T05:00:00-06:00", title="Hauglands to mark 60th anniversary",
body="""Arlen and Marlys (Rasmussen) Haugland of Sidney will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 21, at First Lutheran Church fellowship hall in Sidney.

Arlen Haugland and Marlys Rasmussen were married June 18, 1966, at Zion Lutheran Church in Savage. They farmed northwest of Sidney until 2008.

Their children request no gifts; cards may be sent to 410 3rd Ave SE, Sidney, MT 59270.""",
gold=[("SDY001", "subject"), ("SDY002", "subject")]),

dict(guid="sdy_tcc_2026_0402_births", pub="2026-04-02T05:00:00-06:00", title="Births at Sidney Health Center",
body="""A son, Bryce Tyler Brusven, was born March 24, 2026, to Tyler and Kendra Brusven of Savage. He weighed 8 pounds, 2 ounces. Grandparents are Lonnie and Dianne Brusven of Savage and Rick and Patti Moe of Lambert.

A daughter, Emery Rose, was born March 27 to Josh and Kaitlyn Dynneson of Fairview.""",
gold=[("SDY007", "subject")]),

dict(guid="sdy_tcc_2026_0507_library", pub="2026-05-07T05:00:00-06:00", title="Glendive library thanks donors for new children's room",
body="""The Glendive Public Library opened its renovated children's room on Saturday, paid for by the Dawson County Library Foundation's two-year campaign.

The foundation thanked its lead donors: Yellowstone Plains Grain Cooperative, Stockman Bank, the Glendive Elks, Billie Jo Zeiler, Wendell and Phyllis Jorgenson, the Frontier Gateway Museum volunteers and the family of the late Ardella Sundby.

Story hour resumes at 10 a.m. Tuesdays.""",
gold=[]),

dict(guid="sdy_tcc_2026_0226_wrestling", pub="2026-02-26T05:00:00-07:00", title="Terry's Pfau takes state title at 138",
body="""Terry High School senior Harlan Pfau won the Class C state wrestling championship at 138 pounds Saturday in Great Falls, pinning Ennis's Cade Hollis in the third period.

Pfau, who finished the season 39-2, is the first Terry state champion since 2011. He is the son of Dwight and Tara Pfau and is named for his great-uncle.

"He just outworked everybody," coach Brady Wolff said.""",
gold=[]),
]

# 3. community newsletter: Lower Yellowstone Electric Co-op "Co-op Connections", teaser + content:encoded
COOP = [
dict(guid="sdy_lyec_2026_spring_kittelson", pub="2026-03-20T08:00:00-06:00", title="Member spotlight: Kittelson's Prairie Bakery turns 25",
body="""When Mary Jo Kittelson opened a four-table bakery in an old Fairview hardware store in 2001, people told her a town of 800 could not keep a bakery going. Twenty-five years later, Kittelson's Prairie Bakery sells kuchen and lefse to customers from Williston to Glendive.

The bakery celebrates its 25th anniversary with free coffee and kuchen on April 4. Kittelson and her husband, Rolf, added a second oven and two employees last year.

"Half my recipes came from my grandmother, Ida Kessner," she said.""",
gold=[("SDY006", "subject")]),

dict(guid="sdy_lyec_2026_spring_schreiber", pub="2026-04-24T08:00:00-06:00", title="Schreiber honored for 50 years of Meals on Wheels",
body="""The Sidney Senior Center honored LaVonne Schreiber at its spring volunteer luncheon for 50 years of delivering Meals on Wheels in Sidney.

Schreiber, 88, started driving routes in 1976 and still takes the Tuesday route. Director Shelly Berg presented her with the center's first Golden Spoon award.

"I'll quit when they take my keys," Schreiber said.""",
gold=[("SDY005", "subject")]),

dict(guid="sdy_lyec_2026_summer_4h", pub="2026-08-21T08:00:00-06:00", title="Co-op families shine at Eastern Montana Fair",
body="""Kaylee Heupel, daughter of Dusty and Jolene Heupel of Miles City, showed the grand champion market steer at the Eastern Montana Fair 4-H livestock sale in Miles City on Aug. 15. Her steer, a Hereford-Angus cross named Biscuit, sold for $9.25 a pound to Miles City Ford.

Other co-op members' kids placed in swine, sheep and rabbit classes. Livestock sale volunteers included Kjersti Aune and Gloria Weinreis.""",
gold=[("SDY017", "parent_of_subject")]),
]

FEEDS = {"tv": TV, "courier": COURIER, "coop": COOP}
ITEMS = TV + COURIER + COOP
