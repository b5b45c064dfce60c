"""KETX 9 East Texas (Longview TV station site): short web stories, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="ggg_ketx_260128_lott", pub="2026-01-28T17:45:00-06:00", title="Marshall native named plant manager at Caddo Lake rail car works",
body="""MARSHALL, Texas (KETX) - A Marshall man who started on the paint line 28 years ago now runs the whole plant.

Cedric Lott has been named plant manager of the Harrison Rail Car works east of Marshall, the company announced Wednesday. Lott, a Marshall High School and Wiley College graduate, has been operations manager since 2019.

"Marshall raised me, and this plant fed my family," Lott said. "I want to make sure it feeds a lot more families." The plant employs about 640 people.""",
gold=[("GGG010", "subject")]),

dict(guid="ggg_ketx_260217_fire", pub="2026-02-17T06:20:00-06:00", title="Longview couple escapes early-morning house fire on Judson Road",
body="""LONGVIEW, Texas (KETX) - A Longview couple escaped without injury early Tuesday after a fire broke out in the garage of their home on Judson Road.

Jerry and Fran Nance told KETX 9 that a smoke alarm woke them just after 3 a.m. "By the time we got to the front door the kitchen was full of smoke," Fran Nance said. Longview Fire Department crews had the fire out in about 20 minutes, but the garage and kitchen are a total loss.

The couple, married 53 years, is staying with family. Investigators believe the fire started in a freezer in the garage.""",
gold=[("GGG020", "subject"), ("GGG021", "subject")]),

dict(guid="ggg_ketx_260303_sethuraman", pub="2026-03-03T16:10:00-06:00", title="Longview oncologist honored with statewide award for rural cancer care",
body="""LONGVIEW, Texas (KETX) - A Longview cancer doctor who drives to clinics in Carthage, Jefferson and Gilmer twice a month has been honored by the Texas Medical Association.

Dr. Anand Sethuraman of Longview Regional Medical Center received the association's Award for Excellence in Rural Health Care at a ceremony in Austin on Saturday. Since 2014 his outreach clinics have seen more than 9,000 patients who would otherwise drive an hour or more for treatment.

"The patients do the hard part," Sethuraman said. "I just do the driving." """,
gold=[("GGG016", "subject")]),

dict(guid="ggg_ketx_260428_tornado", pub="2026-04-28T07:30:00-05:00", title="Tornado damages homes, church roof in north Marshall",
body="""MARSHALL, Texas (KETX) - Crews spent Tuesday morning clearing trees and power lines after an EF-1 tornado cut across the north side of Marshall late Monday night.

No injuries were reported. The National Weather Service in Shreveport confirmed the tornado touched down near Pinecrest Drive with winds of about 100 mph.

Pastor Jerome Haskins said Greater New Hope Missionary Baptist Church opened its fellowship hall overnight for neighbors without power. "We had coffee on by two in the morning," he said.

Odell Bynum, who drove over from Hallsville with a chain saw, said he had cleared three driveways by sunrise. "That's just what you do out here," Bynum said.""",
gold=[]),

dict(guid="ggg_ketx_260512_merit", pub="2026-05-12T18:00:00-05:00", title="Marshall High senior earns National Merit Scholarship",
body="""MARSHALL, Texas (KETX) - Marshall High School senior Jasmine Lott has been named a National Merit Scholarship winner, the first from the school in nine years.

Jasmine, the valedictorian of the Class of 2026, plans to study chemical engineering at Texas A&M in the fall.

Her parents, Cedric and Tamika Lott, were in the audience when principal Dana Whitlock announced the award at the senior awards assembly. "We just tried to keep the lights on and the library card current," Tamika Lott said.""",
gold=[("GGG010", "parent_of_subject"), ("GGG011", "parent_of_subject")]),

dict(guid="ggg_ketx_260624_rescue", pub="2026-06-24T19:15:00-05:00", title="Gladewater firefighter pulls toddler from Sabine River",
body="""GLADEWATER, Texas (KETX) - An off-duty Gladewater firefighter is being called a hero after he pulled a 3-year-old boy from the Sabine River on Sunday afternoon.

Wes McWhorter, a 12-year veteran of the Gladewater Fire Department, was fishing near the Highway 271 bridge when he heard the boy's mother screaming. McWhorter swam about 40 yards in the current to reach the child.

The boy was taken to a Longview hospital and is expected to recover fully. The city council will recognize McWhorter at its July meeting.""",
gold=[("GGG022", "subject")]),

dict(guid="ggg_ketx_260808_chili", pub="2026-08-08T20:40:00-05:00", title="Kilgore roughneck takes top prize at Gladewater chili cook-off",
body="""GLADEWATER, Texas (KETX) - Dale Vickers of Kilgore took home the $1,000 top prize Saturday at the 31st annual Gusher Days Chili Cook-Off in downtown Gladewater.

Vickers entered in memory of his son, Lonnie Ray, who died in May. His brisket chili beat 46 other entries.

The judges were Longview bakery owner Roxie Pilgrim, Pastor Jerome Haskins of Marshall and Gladewater Mayor Thad Lomax. "You could taste the smoke and the love," Pilgrim said.""",
gold=[]),
]
