"""Local news for part bjd, hand-labelled.

TV: a regional TV station site (HTML descriptions).
BIZ: a regional business paper (plain text).
COMMUNITY: a weekly's community page and a community newsletter (teaser + HTML in content:encoded).
"""

TV = [
dict(guid="bjd_knlt_20260209_firebagley", pub="2026-02-09T18:20:00-06:00", title="Fire destroys Bagley home; owner and dog escape",
body="""BAGLEY, Minn. (KNLT) - A fire early Monday destroyed a house on the north edge of Bagley, but its owner and his dog got out safely.

Toby Nordlund, 35, said he woke to the smoke alarm just after 3 a.m. and ran out barefoot into 20-below weather carrying his Labrador, Moose. "Everything else is gone," Nordlund said. "But we're both here."

Bagley Fire Chief Wade Engebretson said the fire appears to have started near a wood stove. The Red Cross is helping Nordlund, and friends have set up a fundraiser at the Bagley American Legion."""
, gold=[("BJD022", "subject")]),

dict(guid="bjd_knlt_20260222_walleyederby", pub="2026-02-22T17:45:00-06:00", title="Puposky angler takes top prize at Leech Lake walleye derby",
body="""WALKER, Minn. (KNLT) - Harlan Vik of Puposky pulled an 11.2-pound walleye through the ice Saturday to win the Leech Lake Winter Walleye Derby and its grand prize, a new ice house.

More than 1,400 anglers fished the derby off Walker Bay. Judges Rod Hasskamp and Bev Lindemoen weighed the winning fish twice "because nobody believed it," Hasskamp said.

Vik, a mail carrier, said he used a jigging spoon his late father made. "Dad's still catching fish," he said."""
, gold=[("BJD018", "subject")]),

dict(guid="bjd_knlt_20260613_walkerstorm", pub="2026-06-13T21:10:00-05:00", title="Walker neighbors clear downed trees after overnight storm",
body="""WALKER, Minn. (KNLT) - Chainsaws were running before dawn Saturday in Walker after a severe thunderstorm knocked down dozens of trees and left about 2,000 Cass County homes without power.

"We just started at one end of the road and worked our way down," said Vern Tverberg, who spent the morning clearing driveways along State 371 with his tractor. "Dad would have done the same."

Crow Wing Power expected most service restored by Sunday evening. No injuries were reported."""
, gold=[]),

dict(guid="bjd_knlt_20260318_artsboard", pub="2026-03-18T16:30:00-05:00", title="Minneapolis painter who grew up in Ponemah named to state arts board",
body="""ST. PAUL, Minn. (KNLT) - The governor's office on Wednesday announced the appointment of Gerald Kingbird, 29, a Minneapolis painter who grew up in Ponemah, to the Minnesota State Arts Board.

Kingbird's large canvases of Red Lake's shoreline have been shown at the Minneapolis Institute of Art. He studied at the Institute of American Indian Arts in Santa Fe."""
, gold=[]),

dict(guid="bjd_knlt_20260210_library", pub="2026-02-10T19:00:00-06:00", title="Bemidji council hears pleas to keep library open Sundays",
body="""BEMIDJI, Minn. (KNLT) - More than 60 people packed Bemidji City Hall on Monday night to ask the council to keep the public library open on Sundays.

"For a lot of families, Sunday is the only day they can come," said Gwen Strandlie, a retired teacher who has volunteered at the library for 20 years. Council members said they would look at the budget again in March."""
, gold=[]),
]

BIZ = [
dict(guid="bjd_ncbl_2026_0115_sorvik_cmo", pub="2026-01-15T06:30:00-06:00", title="Lake Country Regional Health names Sorvik chief medical officer",
body="""Lake Country Regional Health has named Dr. Annika Sorvik its chief medical officer, effective Feb. 1.

Sorvik, a family physician who has practiced in Bemidji since 2010, most recently led the system's rural clinics in Blackduck, Kelliher and Cass Lake. She succeeds Dr. Thomas Aune, who is retiring.

"Annika has spent her career making sure people up here don't have to drive two hours to see a doctor," said CEO Brenda Lauer."""
, gold=[("BJD012", "subject")]),

dict(guid="bjd_ncbl_2026_0304_headwaters_brewing", pub="2026-03-04T06:30:00-06:00", title="Headwaters Brewing to open second taproom in Walker",
body="""Bemidji's Mississippi Headwaters Brewing Co. will open a second taproom this summer in downtown Walker, owner Kris Amundrud said this week.

Amundrud founded the brewery in 2017 in a former creamery on Bemidji's west side. It now distributes to 140 bars and stores across northern Minnesota. The Walker location, in the old Tverberg Standard building on Minnesota Avenue, will add 18 jobs.

"Leech Lake has been our biggest market outside Bemidji for years," Amundrud said."""
, gold=[("BJD016", "subject")]),

dict(guid="bjd_ncbl_2026_0407_birchpoint60", pub="2026-04-07T06:30:00-05:00", title="Birch Point Resort marks 60 years on Leech Lake",
body="""Birch Point Resort, one of the last family-owned resorts on Leech Lake's Walker Bay, will celebrate its 60th season this May.

Harvey and Irene Hasskamp bought the resort's first six cabins in 1966. Their son, Rod Hasskamp, and his wife, Cheryl, have run it since 1995 and have grown it to 22 cabins and a campground.

"Some of our guests' grandparents stayed in Cabin 4," Rod Hasskamp said. The resort will host an open house May 16."""
, gold=[("BJD020", "subject")]),

dict(guid="bjd_ncbl_2026_0512_foundation_gifts", pub="2026-05-12T06:30:00-05:00", title="Hospital foundation passes $4 million goal for cancer center",
body="""The Lake Country Regional Health Foundation has passed its $4 million goal for a new cancer center in Bemidji, two months ahead of schedule.

Lead donors include the Paul Bunyan Communications Cooperative, Mississippi Headwaters Brewing, the Halvorsrud family in memory of Orrin Halvorsrud, and Eldon Haugrud. Dr. Annika Sorvik, the system's chief medical officer, thanked donors at a luncheon Monday.

Construction is expected to begin in August."""
, gold=[]),
]

COMMUNITY = [
dict(guid="bjd_lps_2026_0128_dahlheimer_retires", pub="2026-01-28T08:00:00-06:00", title="Pastor Dahlheimer to retire after 31 years at Our Savior's",
body="""The Rev. Curtis Dahlheimer will retire this spring after 31 years as pastor of Our Savior's Lutheran Church in Walker.

Pastor Curt, as nearly everyone in Walker calls him, came to Our Savior's in 1995 from a parish in Willmar. He has baptized more than 600 children and started the church's winter warming shelter. His last service will be Palm Sunday, followed by a potluck in the fellowship hall."""
, gold=[("BJD013", "subject")]),

dict(guid="bjd_lps_2026_0225_nygaard_50th", pub="2026-02-25T08:00:00-06:00", title="Nygaards to celebrate 50th anniversary",
body="""Windy and Arlene (Pederson) Nygaard of Blackduck will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, March 1, at the Blackduck American Legion.

They were married Feb. 28, 1976, at Kelliher Community Church. Their children ask that guests bring only their good wishes."""
, gold=[("BJD010", "subject"), ("BJD011", "subject")]),

dict(guid="bjd_lps_2026_0318_amundrud_birth", pub="2026-03-18T08:00:00-05:00", title="Births: Sanford Bemidji",
body="""Kris and Jessamyn Amundrud of Bemidji are the parents of a son, Anders Kristoffer, born March 9, 2026, at Sanford Bemidji Medical Center. He weighed 8 pounds, 4 ounces. Grandparents are Jeanette Ostlie of Bagley and Dale and Karen Amundrud of Bemidji."""
, gold=[("BJD016", "parent_of_subject"), ("BJD017", "parent_of_subject")]),

dict(guid="bjd_rln_2026_0420_elder_of_year", pub="2026-04-20T09:00:00-05:00", title="Lorraine Gurneau honored as Elder of the Year",
body="""Boozhoo! Our community newsletter congratulates Lorraine Gurneau of Redby, named this year's Elder of the Year at the Red Lake Nation language gathering.

For more than 30 years Lorraine has taught Ojibwemowin to children at the Redby and Red Lake schools and at her kitchen table. "The language is how our grandparents talk to us," she said when she accepted the star quilt."""
, gold=[("BJD014", "subject")]),

dict(guid="bjd_rln_2026_0514_strand_scholar", pub="2026-05-14T09:00:00-05:00", title="Cass Lake-Bena senior wins national scholarship",
body="""Cass Lake-Bena High School senior Winona Strand has been named a national Horizon Scholar, a full scholarship that will take her to the University of Minnesota Duluth this fall to study nursing.

Winona, the daughter of Charlene and Mark Strand of Cass Lake, is a jingle dress dancer and captain of the Panthers' cross-country team. "She has been planning this since she was nine," her mother said."""
, gold=[("BJD008", "parent_of_subject")]),
]
