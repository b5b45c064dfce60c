"""Hand-written local news for part lyh: TV site, business paper, county weekly. `gold` = hand label."""

# 1. TV station site (WLVA 13 "Hill City News"), HTML descriptions
TV = [
dict(guid="lyh_wlva_20260303_1101", pub="2026-03-03T17:40:00-05:00", title="Forest woman named president of Blue Ridge Heritage Credit Union",
body="""FOREST, Va. (WLVA) - Blue Ridge Heritage Credit Union has promoted one of its own to lead the 60,000-member institution.

Priscilla "Cissy" Holt, who started as a teller at the Boonsboro branch in 1992, was named president and CEO by the board on Monday. Holt, of Forest, has been chief operating officer since 2019.

"I learned this business one member at a time," Holt said.""",
gold=[("LYH014", "subject")]),

dict(guid="lyh_wlva_20260312_1144", pub="2026-03-12T06:15:00-04:00", title="Bedford couple escapes early-morning house fire",
body="""BEDFORD, Va. (WLVA) - A Bedford couple got out of their Peaks Street home safely early Thursday after a fire started in the kitchen.

Randy and Faye Creasy told WLVA 13 their smoke alarm woke them around 4 a.m. Bedford Fire Department crews had the fire out in about 20 minutes, but the kitchen and back porch are a loss.

"You hear about it happening to other people," Randy Creasy said. The Red Cross is helping the couple.""",
gold=[("LYH017", "subject")]),

dict(guid="lyh_wlva_20260321_1162", pub="2026-03-21T18:05:00-04:00", title="Forest, Boonsboro neighbors clean up after Friday storm",
body="""LYNCHBURG, Va. (WLVA) - The sound of chainsaws filled neighborhoods along Boonsboro Road and in Forest on Saturday, a day after a severe thunderstorm toppled trees and knocked out power to 14,000 customers.

At Bryant's Hardware, the line for bar oil and chains stretched out the door. "We sold every chainsaw chain we had by ten o'clock," said owner Garland Bryant.

Appalachian Power said most customers should have power back by Sunday night.""",
gold=[]),

dict(guid="lyh_wlva_20260407_1203", pub="2026-04-07T22:30:00-04:00", title="Heritage wrestler brings home state title",
body="""LYNCHBURG, Va. (WLVA) - Heritage High School junior Jalen Witcher is a state champion.

Witcher pinned his opponent in the second period of the VHSL Class 3 final at 157 pounds on Saturday in Salem, finishing the season 41-2. He is the son of Darnell and Monique Witcher of Lynchburg.

"He's been getting up at five to run since eighth grade," his father said.""",
gold=[("LYH015", "parent_of_subject"), ("LYH016", "parent_of_subject")]),

dict(guid="lyh_wlva_20260415_1230", pub="2026-04-15T12:00:00-04:00", title="Norfolk nurse honored for hurricane response",
body="""NORFOLK, Va. (WLVA/AP) - A Sentara Norfolk General nurse has received the Virginia Nurses Association's Cameron Award.

Cordelia Shelton, 34, of Norfolk, organized the evacuation of a neonatal unit during last fall's hurricane. She has worked at the hospital for ten years.""",
gold=[]),

dict(guid="lyh_wlva_20260512_1288", pub="2026-05-12T17:50:00-04:00", title="Altavista volunteer honored for 30 years at food pantry",
body="""ALTAVISTA, Va. (WLVA) - For three decades, Jolene Mays has been at the Altavista Area Food Pantry every Tuesday morning.

On Monday, Campbell County supervisors presented Mays with the county's Lifetime Volunteer Award. Mays, a retired bookkeeper, helped the pantry move into its Main Street building in 2009.

Her husband, Curtis, drove her to the meeting. "He's been hauling canned goods for me for thirty years, too," she said.""",
gold=[("LYH012", "subject")]),
]

# 2. Business paper (Lynchburg Business Report), plain text
BUSINESS = [
dict(guid="lyh_lbr_2026_0302", pub="2026-03-02T08:00:00-05:00", title="Bryant's Hardware marks 50 years on Boonsboro Road",
body="""Bryant's Hardware will celebrate its 50th anniversary this month with a customer appreciation cookout on March 14.

Owner Garland Bryant took over the store from his father, Elwood, in 1984 and has kept it independent through the arrival of two big-box competitors. The store now employs 14 people.

"People still want somebody who can tell them which washer fits," Bryant said.""",
gold=[("LYH013", "subject")]),

dict(guid="lyh_lbr_2026_0318", pub="2026-03-18T08:00:00-04:00", title="Mayhew Jr. retires; Mayhew Insurance passes to third generation",
body="""Wilbur Mayhew Jr. will retire at the end of the month after 40 years with Mayhew Insurance Agency, the Fort Avenue firm his father founded in 1961.

His son, Wilbur "Trey" Mayhew III, returns from Atlanta to become the agency's principal. The elder Mayhew plans to stay on as a consultant "for as long as they'll have me" and to spend more time on Smith Mountain Lake.""",
gold=[("LYH003", "subject")]),

dict(guid="lyh_lbr_2026_0410", pub="2026-04-10T08:00:00-04:00", title="Chamber gala raises $180,000 for small-business grants",
body="""The Lynchburg Regional Business Alliance's spring gala at the Academy Center of the Arts raised $180,000 for its microgrant fund.

Presenting sponsors were Bank of Botetourt and Freedom First. Individual donors at the leadership level included Cordelia Shelton, Anson Thurman, Gwendolyn Hughes-Mosby and Dr. Samuel Ogunleye.

Grants of up to $10,000 will be awarded in June.""",
gold=[]),
]

# 3. County weekly (The Amherst-Appomattox Courier), teaser + HTML in content:encoded
WEEKLY = [
dict(guid="lyh_aac_2026_0308", pub="2026-03-08T09:00:00-05:00", title="Dinwiddies celebrate 50 years of marriage",
body="""Emory and Frances Dinwiddie of Appomattox celebrated their 50th wedding anniversary on March 6 with a dinner hosted by their children at Baine's Books & Coffee.

The couple were married March 6, 1976, at Liberty Baptist Church. Mrs. Dinwiddie is the former Frances Ferguson. They have two sons, Mark and Stephen, and four grandchildren.""",
gold=[("LYH021", "subject"), ("LYH022", "subject")]),

dict(guid="lyh_aac_2026_0322", pub="2026-03-22T09:00:00-04:00", title="After 38 years, Mrs. Lipscomb closes her classroom door",
body="""Amherst County High School English teacher Bettie Sue Lipscomb will retire in June after 38 years in the classroom.

Lipscomb, of Amherst, has taught three generations of some families. "I taught a girl's grandmother," she said. Former students are planning a reception on June 6 in the school library.""",
gold=[("LYH018", "subject")]),

dict(guid="lyh_aac_2026_0405", pub="2026-04-05T09:00:00-04:00", title="Births: Burford",
body="""Tavis and Kim Burford of Amherst announce the birth of a daughter, Ellie Kate Burford, on March 30, 2026, at Centra Virginia Baptist Hospital. She weighed 7 pounds, 4 ounces.

Grandparents are Peggy Camden of Amherst and the late Virgil Camden, and Ronald and Gail Burford of Monroe.""",
gold=[("LYH007", "subject"), ("LYH008", "subject")]),

dict(guid="lyh_aac_2026_0412", pub="2026-04-12T09:00:00-04:00", title="Madison Heights pastor receives NAACP service award",
body="""The Rev. Lucius Jennings, pastor of Mount Carmel Baptist Church in Madison Heights for 27 years, received the Amherst County NAACP's Freedom Fund Award on Saturday.

Jennings was recognized for founding the church's after-school tutoring program and the county's first warming shelter.""",
gold=[("LYH010", "subject")]),

dict(guid="lyh_aac_2026_0420", pub="2026-04-20T09:00:00-04:00", title="Pie contest, quilt show draw crowds at spring festival",
body="""Sunny skies brought more than 3,000 visitors to the Appomattox Spring Festival on Saturday.

Judges Gwen Hughes-Mosby, Emory Dinwiddie and Carol Ann Poindexter awarded the blue ribbon in the pie contest to Wanda Marshall of Pamplin for her chess pie. Best in show in the quilt exhibition went to the Piney Mountain Quilters.""",
gold=[]),

dict(guid="lyh_aac_2026_0502", pub="2026-05-02T09:00:00-04:00", title="Goode teen earns Eagle Scout rank",
body="""Landon Thurman of Goode, a member of Troop 106, received the rank of Eagle Scout at a court of honor on April 26. For his project he built a footbridge on the trail at Falling Creek Park.

Landon is a junior at Liberty High School and the son of Wade and Lisa Thurman. His grandfather, Anson Thurman, pinned his Eagle medal.""",
gold=[]),
]
