"""The Oil Belt Weekly (Kilgore / Gladewater / White Oak / Marshall community weekly): teaser description, HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="ggg_obw_260109_kolache", pub="2026-01-09T08:00:00-06:00", title="Roxie's Kolache & Donut Shop marks 25 years on Gilmer Road",
body="""Roxanne "Roxie" Pilgrim opened her kolache shop on Gilmer Road in January 2001 with a borrowed mixer and a $6,000 loan. Twenty-five years later the line still runs out the door at 6 a.m.

Pilgrim marked the anniversary Saturday by selling sausage kolaches at 2001 prices. "I've fed three generations of Pine Tree kids on their way to school," she said. She says she has no plans to retire.""",
gold=[("GGG013", "subject")]),

dict(guid="ggg_obw_260225_baby", pub="2026-02-25T08:00:00-06:00", title="Welcome, little one: Bryce Allen Kimbrough",
body="""Travis and Kayla Kimbrough of White Oak announce the birth of their son, Bryce Allen Kimbrough, born February 16, 2026, at Christus Good Shepherd in Longview. He weighed 8 pounds, 2 ounces.

Proud grandparents are Roy Lee and Debra Kimbrough of White Oak and Jason and Tina Satterwhite of Liberty City. Bryce joins big sister Addison, 4.""",
gold=[("GGG017", "subject"), ("GGG018", "subject")]),

dict(guid="ggg_obw_260318_anniversary", pub="2026-03-18T08:00:00-05:00", title="Blankenships celebrate 50 years",
body="""Tad and Peggy Blankenship of Gladewater will celebrate their 50th wedding anniversary with a come-and-go reception from 2 to 4 p.m. Sunday, March 22, in the fellowship hall of First Baptist Church of Gladewater.

Thaddeus Blankenship and the former Margaret "Peggy" Hux were married March 20, 1976, at that same church. He retired from the Gladewater water department; she taught piano to most of the town. No gifts, please.""",
gold=[("GGG007", "subject"), ("GGG008", "subject")]),

dict(guid="ggg_obw_260401_citizen", pub="2026-04-01T08:00:00-05:00", title="Chamber names Lonnie Vickers Kilgore's Citizen of the Year",
body="""The Kilgore Chamber of Commerce has named Lonnie Vickers, 81, its 2026 Citizen of the Year.

Vickers, who worked the East Texas Oil Field for 44 years, has spent the last 15 as a volunteer guide at the East Texas Oil Museum, where he has walked an estimated 60,000 schoolchildren through the Boomtown exhibit. He will be honored at the chamber banquet April 16.""",
gold=[("GGG015", "subject")]),

dict(guid="ggg_obw_260527_scoreboard", pub="2026-05-27T08:00:00-05:00", title="Bobcat booster club thanks donors for new scoreboard",
body="""The Hallsville Bobcat Booster Club has thanked the families and businesses whose gifts paid for the new video scoreboard at Bobcat Stadium.

Gold-level donors include Mary Alice Dupree, Everett Dobbs, Easterwood Tire & Service, Odell Bynum, First State Bank of Hallsville and the Class of 1976. The scoreboard will be dedicated at the first home game in August.""",
gold=[]),

dict(guid="ggg_obw_260617_tire", pub="2026-06-17T08:00:00-05:00", title="Easterwood Tire & Service turns 60",
body="""Easterwood Tire & Service on East End Boulevard in Marshall celebrates 60 years this month, and for the first time without its founder, Claude Easterwood Sr., who died in April at 90.

Owners Sonny and Rhonda Easterwood, who took over the shop in 1995, are marking the anniversary with free tire rotations and a hamburger cookout on Saturday. "Daddy would have charged for the hamburgers," Sonny Easterwood said.""",
gold=[("GGG004", "subject"), ("GGG005", "subject")]),

dict(guid="ggg_obw_260722_retire", pub="2026-07-22T08:00:00-05:00", title="Dobbs retires after 41 years at White Oak ISD",
body="""Everett Dobbs, the White Oak ISD transportation director who drove the very first bus route out Hawkins Oil Road in 1985, retired Friday after 41 years with the district.

Superintendent Mike Hinson presented Dobbs with a framed bus-route map. Travis Kimbrough, who rode Dobbs's bus from first grade through his senior year, spoke at the reception.""",
gold=[]),   # Dobbs is do_not_contact; Kimbrough only speaks at the reception
]
