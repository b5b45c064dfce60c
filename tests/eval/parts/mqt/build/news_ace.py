"""The Alger County Echo (Munising): small-town weekly, "Around the County" and milestones; teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "ace"
ITEMS = [
dict(guid="mqt_ace_2026_06_04_retire", pub="2026-06-04T07:00:00-04:00", title="Salmi retires after 34 years at Mather Elementary",
body="""MUNISING - The last bell of the school year on Friday was also the last for one of Mather Elementary's longest-serving teachers.

Kathy Salmi, who taught second grade in Munising for thirty-four years, retired with a hallway full of former students, now grown, lining up for hugs. Salmi estimates she taught more than 800 children to read, including, she points out, two of the current school board members.

She plans to spend her retirement at her camp on Au Train Lake and, she says, "finally reading something that isn't a chapter book." """,
gold=[("MQT016", "subject")]),

dict(guid="mqt_ace_2026_07_09_engage", pub="2026-07-09T07:00:00-04:00", title="Engagement: Heikkinen - Marchetti",
body="""Arvo and Sandy Heikkinen of Marquette announce the engagement of their son, Erik Heikkinen, to Gina Marchetti, daughter of Paul and Teresa Marchetti of Iron Mountain.

Erik is a 2007 graduate of Marquette Senior High School and of Luther Seminary in St. Paul, and serves as pastor of Messiah Lutheran Church in Marquette. Gina is a graduate of Northern Michigan University and a nurse at UP Health System - Marquette.

A September wedding is planned at Messiah Lutheran, with a reception at the Munising Yacht Club, where the couple met.""",
gold=[("MQT022", "subject"), ("MQT001", "parent_of_subject"), ("MQT002", "parent_of_subject")]),

dict(guid="mqt_ace_2026_08_13_gala", pub="2026-08-13T07:00:00-04:00", title="Hospital auxiliary's summer gala raises $48,000",
body="""MUNISING - The Munising Memorial Hospital Auxiliary's Pictured Rocks Summer Gala raised $48,000 on Saturday for a new mammography unit, the auxiliary reported.

Gold sponsors were Superior Timber Products, Alger Marine and the Bay Furnace Inn. Individual donors at the patron level included Ike Rautiainen, Rick and Carol Trevarthen, Dom and Julie Santori, Dr. Susan Paquette and the Munising Rotary Club.

Auxiliary president Barb Hietala thanked the fifty volunteers who decorated the Munising Lakeshore pavilion.""",
gold=[]),

dict(guid="mqt_ace_2026_09_10_birthday", pub="2026-09-10T07:00:00-04:00", title="Around the County: Negaunee's Hal Tregembo turns 90 with a pasty party",
body="""NEGAUNEE - Harold "Hal" Tregembo, a retired underground miner who spent forty years at the Mather B and the Tilden, marked his 90th birthday on Saturday with a pasty party for 120 friends at the Negaunee Moose Lodge.

Tregembo, whose Cornish grandfather came to the Marquette Range in 1881, still splits his own firewood. His secret, he says, is "rutabaga, and never arguing about the carrots." """,
gold=[]),

dict(guid="mqt_ace_2026_10_01_pier", pub="2026-10-01T07:00:00-04:00", title="Munising city pier repairs finished ahead of schedule",
body="""MUNISING - Repairs to the Munising city pier were finished last week, three weeks ahead of schedule and about $40,000 under budget, city manager Devin Lake told the council on Monday.

The contractor replaced 300 feet of decking and the rusted railings damaged in the 2025 November gale. The pier will reopen to anglers immediately and to tour boats next spring.""",
gold=[]),
]
