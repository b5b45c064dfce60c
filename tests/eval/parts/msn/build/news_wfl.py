"""WFLK 12 News (Madison): local TV station site, HTML descriptions, web-story style. Hand-labelled."""

ITEMS = [
dict(guid="msn_wfl_20260129_fire", pub="2026-01-29T18:20:00-06:00", title="East side couple escapes early-morning house fire",
body="""MADISON, Wis. (WFLK) - A Madison couple escaped without injury early Thursday when fire broke out in the garage of their home on Sycamore Avenue.

Vernon "Butch" Ruedebusch Jr. and his wife, Carol, woke to smoke alarms around 3 a.m. and got out through the front door, the Madison Fire Department said. The fire caused an estimated $150,000 in damage, and the couple is staying with family.

"I saw the flames over the garage roof and called 911," said neighbor Leo Schwoegler, who lives two doors down. Investigators believe a space heater started the fire.""",
gold=[("MSN004", "subject"), ("MSN005", "subject")]),

dict(guid="msn_wfl_20260312_judge", pub="2026-03-12T16:45:00-05:00", title="Governor appoints Dane County judge to Court of Appeals",
body="""MADISON, Wis. (WFLK) - Dane County Circuit Judge Marisol Etxeberria has been appointed to the Wisconsin Court of Appeals, the governor's office announced Thursday.

Etxeberria, a former public defender, has served on the circuit court since 2015, most recently in the juvenile division. She will fill the District IV seat left open by a retirement and must stand for election next spring.""",
gold=[("MSN022", "subject")]),

dict(guid="msn_wfl_20260509_spelling", pub="2026-05-09T19:10:00-05:00", title="Middleton eighth-grader wins state spelling bee",
body="""MIDDLETON, Wis. (WFLK) - A Kromrey Middle School eighth-grader is headed to the Scripps National Spelling Bee.

Ella Kuehnhold, 13, won the Badger State Spelling Bee on Saturday by correctly spelling "sesquipedalian" in the 14th round. Ella is the daughter of Toby and Alyssa Kuehnhold of Middleton.

"She reads the dictionary for fun. We're not kidding," her father said.""",
gold=[("MSN016", "parent_of_subject"), ("MSN017", "parent_of_subject")]),

dict(guid="msn_wfl_20260822_cleanup", pub="2026-08-22T12:30:00-05:00", title="Middleton cleans up after overnight tornado",
body="""MIDDLETON, Wis. (WFLK) - Crews spent Saturday clearing downed trees and power lines after a brief EF-1 tornado touched down on the west side of Middleton overnight.

No one was hurt. The National Weather Service said winds reached about 100 mph along a two-mile path near Pheasant Branch Conservancy.

"It sounded like a train, just like everybody says," said Mary Beth Kalscheur, who was out walking her dog Saturday morning among the branches. About 2,000 customers were still without power at noon.""",
gold=[]),  # quoted bystander; her weather outreach comes from the tornado alert, not this story

dict(guid="msn_wfl_20261002_firefighter", pub="2026-10-02T17:00:00-05:00", title="Eau Claire firefighter honored for river rescue",
body="""EAU CLAIRE, Wis. (WFLK) - An Eau Claire firefighter who pulled a kayaker from the Chippewa River last month received the department's medal of valor Thursday.

Ray Tschudy, 29, a four-year member of the department, swam to the overturned kayak below the Dells Dam. "I was just the closest one," Tschudy said.""",
gold=[]),  # a namesake 170 miles away and 47 years younger than MSN020 (Lodi)
]
