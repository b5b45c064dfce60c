"""Stateline Neighbors: community newsletter (schools, milestones, fairs, civic honours), teaser in description,
HTML in content:encoded. Hand-labelled."""

FEED = "sn"
ITEMS = [
dict(guid="rfd_sn_2026_0127_milestones", pub="2026-01-27T08:00:00-06:00",
title="Rockton names Pastor Kristin Haldorson Citizen of the Year",
body="""The Rockton Chamber of Commerce has named the Rev. Kristin Haldorson, pastor of Rockton's Trinity Lutheran Church, its 2025 Citizen of the Year.

Haldorson started the Hononegah Warming Center in the church basement during the 2019 cold snap; it has since sheltered more than 700 people on the coldest nights of the year. She will be honoured at the chamber's annual dinner on February 20 at the Wagon Wheel Event Center.""",
gold=[("RFD016", "subject")]),

dict(guid="rfd_sn_2026_0303_schools", pub="2026-03-03T08:00:00-06:00",
title="Beloit Memorial senior named National Merit finalist",
body="""Imani Whitfield, a senior at Beloit Memorial High School, has been named a finalist in the National Merit Scholarship competition, one of about 15,000 students nationwide.

Imani, the daughter of Darnell and Keisha Whitfield of Beloit, is captain of the Purple Knights' math team and plays violin in the Beloit Janesville Symphony youth orchestra. She plans to study biomedical engineering.""",
gold=[("RFD009", "parent_of_subject"), ("RFD010", "parent_of_subject")]),

dict(guid="rfd_sn_2026_0512_milestones", pub="2026-05-12T08:00:00-05:00",
title="Births: Anika Rose Mehta",
body="""Anika Rose Mehta was born April 30, 2026, at SwedishAmerican Hospital, Rockford, to Dr. Priya Raghunathan and Arjun Mehta of Rockford. She weighed 7 pounds, 4 ounces. Grandparents are Venkat and Lakshmi Raghunathan of Naperville and Rajesh and Nita Mehta of Schaumburg.""",
gold=[("RFD021", "parent_of_subject")]),

dict(guid="rfd_sn_2026_0616_milestones", pub="2026-06-16T08:00:00-05:00",
title="Castellanos to mark 40th anniversary",
body="""Dominic and Mary Jo Castellano of Rockford will celebrate their 40th wedding anniversary with an open house from 2 to 5 p.m. Sunday, June 21, at the Venetian Club.

The former Mary Jo Pellegrino and Dominic Castellano were married June 21, 1986, at St. Anthony of Padua Church. He retired from Hamilton Sundstrand; she teaches piano. They have three children, Nicholas, Gina and Marco. No gifts, please.""",
gold=[("RFD004", "subject"), ("RFD003", "subject")]),

dict(guid="rfd_sn_2026_0805_fair", pub="2026-08-05T08:00:00-05:00",
title="Boone County Fair open-class pie results",
body="""Apple pie honors at the Boone County Fair went to Jolene Steinke of Poplar Grove, whose lard crust won over judges Ruth Ann Kjellberg of Belvidere and Chef Marco DiNardo of Rockford.

Second place went to Tessa Brandt of Capron. Cherry pie was won by Helen Ostrowski of Belvidere, the 82-year-old's ninth blue ribbon.""",
gold=[]),

dict(guid="rfd_sn_2026_0909_schools", pub="2026-09-09T08:00:00-05:00",
title="Auburn teacher Betsy Marchetti a finalist for Illinois Teacher of the Year",
body="""Elizabeth "Betsy" Marchetti, who has taught chemistry at Auburn High School in Rockford for 28 years, is one of ten finalists for 2027 Illinois Teacher of the Year.

Marchetti's students built the school's first hydroponic greenhouse, which now supplies lettuce to the cafeteria. The winner will be announced in October in Springfield.""",
gold=[("RFD023", "subject")]),

dict(guid="rfd_sn_2026_1013_milestones", pub="2026-10-13T08:00:00-05:00",
title="Janesville's Gordon Thorsrud honored as Rock County Conservationist of the Year",
body="""Gordon Thorsrud of Janesville has been named Rock County Conservationist of the Year by the Rock County Land Conservation Department.

Thorsrud, 80, a retired Parker Pen engineer, has led volunteer prairie burns along the Rock River for 22 years and helped restore more than 300 acres of oak savanna at Carver-Roehl County Park.""",
gold=[("RFD020", "subject")]),
]
