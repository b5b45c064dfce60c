"""KTXK 6 News (Texarkana, "Your Four States Station"): local TV station site, HTML descriptions, web-story style.
Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="txk_ktxk_20260129_mosley", pub="2026-01-29T17:20:00-06:00", title="State Line Federal Credit Union names new executive vice president",
body="""TEXARKANA, Texas (KTXK) - State Line Federal Credit Union has a new second-in-command, and she started as a teller.

The credit union's board on Wednesday named Kendra Mosley executive vice president and chief operating officer. Mosley joined State Line in 2003 as a part-time teller while studying at Texas A&M University-Texarkana and has run its lending department since 2019.

"Kendra knows every branch and half the members by name," said board chair Lonnie Tharp.""",
gold=[("TXK010", "subject")]),

dict(guid="txk_ktxk_20260317_tornado", pub="2026-03-17T23:10:00-05:00", title="Tornado damages homes in Fouke and east Texarkana, Ark.",
body="""TEXARKANA, Ark. (KTXK) - The National Weather Service will survey damage Wednesday after a tornado tracked from south of Fouke into the east side of Texarkana, Arkansas, Tuesday evening.

Miller County Sheriff's deputies said at least a dozen homes were damaged along Highway 71 and near Jefferson Avenue. No serious injuries had been reported by 10 p.m.

Volunteers with chainsaws were already at work before the rain stopped. "We just came where the trees were," said Curtis Lamb, who brought a crew over from the Texas side. "Somebody did it for us once."

SWEPCO reported about 6,000 customers without power at the peak.""",
gold=[]),

dict(guid="txk_ktxk_20260326_fire", pub="2026-03-26T18:45:00-05:00", title="Nash family escapes early-morning house fire",
body="""NASH, Texas (KTXK) - A Nash family is safe but their home is a total loss after a fire early Thursday on Elm Ridge Drive.

Tanner Boyette said a smoke alarm woke him and his wife, Shawna, just after 3 a.m. They got their two dogs out through the back door before flames reached the kitchen. Nash Volunteer Fire Department and Wake Village firefighters fought the fire for about two hours.

The cause is under investigation. Friends have set up a fund at State Line Federal Credit Union to help the Boyettes rebuild.""",
gold=[("TXK008", "subject")]),

dict(guid="txk_ktxk_20260407_bull", pub="2026-04-07T16:30:00-05:00", title="New Boston rancher injured by bull at livestock sale",
body="""NEW BOSTON, Texas (KTXK) - A longtime Bowie County cattleman was hurt Tuesday when a bull broke through a gate at the New Boston livestock auction.

Harold "Hal" Cato, 75, of New Boston was taken to Christus St. Michael with a broken leg and three broken ribs. Sale barn workers said Cato stepped in front of the gate to keep the animal away from a group of children.

His wife, Bonnie, said he was in good spirits and "mostly mad he missed the rest of the sale." """,
gold=[("TXK018", "subject")]),

dict(guid="txk_ktxk_20260501_merit", pub="2026-05-01T17:05:00-05:00", title="Ashdown senior earns National Merit Scholarship",
body="""ASHDOWN, Ark. (KTXK) - An Ashdown High School senior is one of only a handful of Arkansas students to win a National Merit Scholarship this year.

Avery Keel, the daughter of Marcus and Deanna Keel of Ashdown, will study chemical engineering at the University of Arkansas this fall. She is the school's first National Merit Scholar in more than a decade.

"She taught herself calculus over a summer," said her chemistry teacher, Leah Morrow. "We just tried to keep up." """,
gold=[("TXK014", "parent_of_subject"), ("TXK015", "parent_of_subject")]),

dict(guid="txk_ktxk_20260527_whitfield", pub="2026-05-27T18:00:00-05:00", title="Texarkana, Ark., pastor retires after 31 years in the pulpit",
body="""TEXARKANA, Ark. (KTXK) - After 31 years as pastor of Mount Pisgah Missionary Baptist Church, the Rev. Darnell Whitfield preached his final Sunday sermon as senior pastor this week.

Whitfield led the church through two building programs, started the Hazel Street food pantry and for years drove the church van himself to every homegoing service in the Four States. He and his wife, Loretta, plan to stay in Texarkana and keep teaching Wednesday night Bible study.

The church will honor Whitfield with a retirement banquet June 6 at the Texarkana Convention Center.""",
gold=[("TXK011", "subject")]),

dict(guid="txk_ktxk_20260616_pies", pub="2026-06-16T17:40:00-05:00", title="Hope Watermelon Festival crowns its pie champion",
body="""HOPE, Ark. (KTXK) - A Prescott grandmother's watermelon-rind pie took the blue ribbon Saturday at the Hope Watermelon Festival's first-ever pie contest.

Geneva Dunlap, 74, beat 31 other entries. The judges, retired teacher Odessa Fairchild, Hope Mayor Gary Kessinger and chef Tomas Ibarra, tasted every pie twice. "It was a hard job," Fairchild said, "and somebody had to do it." """,
gold=[]),
]
