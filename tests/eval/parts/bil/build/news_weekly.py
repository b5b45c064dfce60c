"""The Project Valley Voice: weekly paper of the Huntley Project, Shepherd and Worden (4-H, FFA, rodeo, ag,
church and school news). Teaser description + HTML content:encoded. Hand-labelled."""

FEED = "weekly"
ITEMS = [
dict(guid="bil_pvv_2026_0311", pub="2026-03-11T07:00:00-06:00", cat="Community",
title="Shepherd FFA auction raises record $41,000 for Ag shop",
body="""SHEPHERD - The Shepherd FFA Alumni's annual dinner and auction brought in a record $41,000 Saturday night at the Shepherd School gym, money that will go toward a new welding bay for the high school Ag shop.

More than 300 people ate prime rib donated by area ranchers before auctioneer Gary Lund sold 64 lots, from a hand-tooled saddle to a week of custom swathing. A quilt pieced by the Trinity Lutheran Ladies Aid went for $2,300.

Chapter advisor Katie Simms thanked the evening's major donors: Doris Kallevig, Lyle Amundrud Sr., Wade and Kristi Brekkestad, Pryor Creek Implement, Yellowstone Valley Chapels and the Huntley Project Irrigation District. Dinner was cooked by the FFA Alumni board, led this year by Duane "Butch" Vornholt Jr.

"This community never says no to these kids," Simms said.

Story and photos by Janelle D'Aoust, Voice correspondent.""",
gold=[]),
# Reporter (BIL013), donors (BIL005, BIL020, BIL015, BIL016) and the board chair who cooked (BIL003): nothing.

dict(guid="bil_pvv_2026_0617", pub="2026-06-17T07:00:00-06:00", cat="Milestones",
title="Skjervolds to celebrate 50 years",
body="""SHEPHERD - Arlen and Marlys Skjervold of Shepherd will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Sunday, June 28, at the Shepherd Community Hall. No gifts, please; cards and stories welcome.

Arlen Skjervold and Marlys Vornholt were married June 26, 1976, at Trinity Lutheran Church in Shepherd. They have run cattle and raised hay on Pryor Creek ever since, and have two children, Erik (Jolene) Skjervold of Shepherd and Kari (Ben) Tafoya of Missoula, and five grandchildren.

Marlys taught second grade at Shepherd School for 31 years. Arlen served on the Yellowstone County Weed Board and still brands every calf himself.""",
gold=[("BIL001", "subject"), ("BIL002", "subject")]),

dict(guid="bil_pvv_2026_0729", pub="2026-07-29T07:00:00-06:00", cat="Rodeo",
title="Hometown cowboys shine at Huntley Project Rodeo",
body="""HUNTLEY - Two nights of rodeo drew overflow crowds to the Huntley Project arena last weekend, and local cowboys took home three of the nine buckles.

Bryce Brekkestad, 17, of Worden won the tie-down roping with a time of 9.2 seconds on the second night. Kolt Haugen of Ballantine and Tyson Dunmire of Miles City placed second and third.

In the bareback riding, 19-year-old Cody Kallevig of Miles City marked 81 points for his first pro rodeo win. Breakaway roping went to Shaylee Fritz of Shepherd, and the Huntley Project FFA's wild cow milking team came in a proud fourth.

Rodeo committee chair Tom Fritz said gate receipts were the best since 2019.""",
gold=[]),
# Cody Kallevig, 19, of Miles City is a namesake of BIL022 (b. 1975, Huntley): nothing.  Bryce Brekkestad is the
# Brekkestads' grandson/son per the obituaries, but no parent is named here and he is not a client: nothing.

dict(guid="bil_pvv_2026_0826", pub="2026-08-26T07:00:00-06:00", cat="4-H",
title="Worden 4-H'er's steer named grand champion at MontanaFair",
body="""BILLINGS - Kaylee Brekkestad of Worden has the grand champion market steer of the 2026 MontanaFair.

The 15-year-old member of the Pompeys Pillar Pioneers 4-H Club showed Boomer, a 1,380-pound black baldy she raised from a calf on the family farm. Judge Cory Hanson of Miles City called the steer "the most complete animal in the barn."

Kaylee is the daughter of Wade and Kristi Brekkestad of Worden and the granddaughter of the late Arnold Brekkestad, who sold his own 4-H steers at the Midland Empire Fair in the 1950s. "Grandpa would have been right there at the rail," she said.

Boomer sold for $9.50 a pound at Saturday's 4-H livestock sale to a group of buyers that included Skjervold Angus, Pryor Creek Implement and Cody Kallevig.""",
gold=[("BIL015", "parent_of_subject"), ("BIL016", "parent_of_subject")]),
# Buyers "Skjervold Angus" and Cody Kallevig (BIL022): nothing.

dict(guid="bil_pvv_2026_1021", pub="2026-10-21T07:00:00-06:00", cat="Agriculture",
title="Kallevig named Conservation Farmer of the Year",
body="""HUNTLEY - Cody Kallevig, who farms 640 irrigated acres of sugar beets, malt barley and corn on the Huntley Project, has been named the Yellowstone Conservation District's 2026 Conservation Farmer of the Year.

Kallevig, a third-generation grower, converted more than half his ground from flood to pivot and drip irrigation over the last six years and installed grassed waterways that cut the sediment his fields send into the Yellowstone River by an estimated 70 percent.

"My dad used to say you borrow the land from your grandkids," said Kallevig, whose father, Kip, died in February. "I'm just trying to give it back in better shape."

The award will be presented at the district's annual meeting Nov. 12 in Billings. District supervisors are Sandra Moe, Duane Vornholt Jr., Pete Haugland and Gil Rasmuson.""",
gold=[("BIL022", "subject")]),
# Supervisor list (BIL003): nothing.  Kip (BIL004) is mentioned as deceased: nothing.
dict(guid="bil_pvv_2026_0916", pub="2026-09-16T07:00:00-06:00", cat="Weddings",
title="Kallevig - Lindahl",
body="""HUNTLEY - Madison Kallevig and Tyler Lindahl were married Aug. 29, 2026, in an outdoor ceremony at the Kallevig farm on the Huntley Project, with the Rev. Anna Stromme of Our Savior's Lutheran Church officiating.

The bride is the daughter of Cody and Angie Kallevig of Huntley and the granddaughter of Doris Kallevig and the late Kip Kallevig. The groom is the son of Rick and Dawn Lindahl of Roundup.

Maid of honor was Brooke Kallevig, sister of the bride. Best man was Colt Lindahl. The couple honeymooned in Glacier National Park and live in Bozeman, where the bride is a nurse at Bozeman Health and the groom works for Montana State University Extension.""",
gold=[("BIL022", "parent_of_subject")]),
# The grandmother Doris Kallevig (BIL005) is named as family, not as a parent of the bride: nothing.
]
