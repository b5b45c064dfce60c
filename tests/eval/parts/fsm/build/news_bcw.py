"""Border Country Weekly (Van Buren, Sallisaw, Poteau): community weekly, teaser description, HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="fsm_bcw_2026_0105", pub="2026-01-29T08:00:00-06:00", title="Stufflebean Tire & Lube marks 40 years in Barling",
body="""Stufflebean Tire & Lube turned 40 this month, and owner Cody Stufflebean is still the first one in the bay at 6:30 every morning.

Stufflebean opened the shop on Fort Street in January 1986 with one lift and a borrowed air compressor. Today it employs nine people and services the Barling police and fire fleets. The shop will host a customer appreciation hot-dog lunch on Saturday.""",
gold=[("FSM019", "subject")]),

dict(guid="fsm_bcw_2026_0121", pub="2026-03-05T08:00:00-06:00", title="Tacketts celebrate 50 years of marriage",
body="""Dewayne "Dub" and Loretta Tackett of Fort Smith celebrated their 50th wedding anniversary on Feb. 28 with a reception at Grand Avenue Baptist Church.

The couple married on Feb. 28, 1976, at the same church. Dub retired from Baldor Electric in 2010, and Loretta kept the books for Pruitt Paint & Body, her brother's shop, for 30 years. They have three children and seven grandchildren.""",
gold=[("FSM001", "subject"), ("FSM002", "subject")]),

dict(guid="fsm_bcw_2026_0144", pub="2026-04-09T08:00:00-05:00", title="Sixkiller retires after 32 years with Sequoyah County",
body="""After 32 years of grading county roads, Jimmie Sixkiller parked his motor grader for the last time on March 31.

Sixkiller started with the Sequoyah County District 2 road crew in 1994 and has been its foreman since 2009. Commissioner Ray Lattimore presented him with a plaque at the county barn. Sixkiller said he and his wife, Lavonne, plan to spend more time with their grandchildren and on Lake Tenkiller.""",
gold=[("FSM007", "subject")]),

dict(guid="fsm_bcw_2026_0098", pub="2026-02-12T08:00:00-06:00", title="Record crowd at Poteau Chili Cook-Off",
body="""More than 600 people packed the Poteau Community Building Saturday for the 22nd annual Chili Cook-Off benefiting the Poteau Volunteer Fire Department.

First place went to the Heavener Wildcats booster club. Judges were Glenda Pettijohn, Poteau Mayor Steve Kirkes and Le Flore County Sheriff's Capt. Joe Bell. The event raised $11,400 for new turnout gear.""",
gold=[]),

dict(guid="fsm_bcw_2026_0166", pub="2026-05-14T08:00:00-05:00", title="Lotus Alterations owner named Small Business Person of the Year",
body="""The Fort Smith Regional Chamber of Commerce has named Huong Tran, owner of Lotus Alterations & Tailoring on Rogers Avenue, its Small Business Person of the Year.

Tran opened the shop in 2001 with a single sewing machine and now employs eleven people, many of them women new to the country. She will be honored at the chamber's annual banquet on June 3.""",
gold=[("FSM011", "subject")]),

dict(guid="fsm_bcw_2026_0180", pub="2026-06-04T08:00:00-05:00", title="Poteau library expansion fund passes its goal",
body="""The Friends of the Buckley Public Library have raised $412,000 toward the Poteau library's new children's wing, passing their goal two months early.

Major donors recognized at Tuesday's board meeting included the Kerr Foundation, Cavanal Hill Realty, Lorene Birdsong, Wanda Sue Goforth, and the Poteau Rotary Club. Construction is scheduled to begin in October.""",
gold=[]),
]
