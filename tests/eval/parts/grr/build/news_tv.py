"""WGRV News 6 (Grand Rapids TV station site): HTML descriptions, web-story style. Hand-labelled."""

ITEMS = [
dict(guid="grr_tv_20260115_fire", pub="2026-01-15T18:20:00-05:00", title="Wyoming family escapes overnight house fire on 36th Street",
body="""WYOMING, Mich. (WGRV) - A Wyoming couple escaped without injury early Thursday when fire tore through the back of their home on 36th Street SW.

Thanh and Lan Nguyen woke to smoke alarms around 3 a.m. and got out with their dog, Wyoming Fire Chief Brad Tolsma said. The fire started in an attached garage. The Red Cross is helping the couple, who have lived in the house since 1995.""",
gold=[("GRR011", "subject"), ("GRR012", "subject")]),

dict(guid="grr_tv_20260302_wrestling", pub="2026-03-02T22:10:00-05:00", title="Rockford sophomore wins state wrestling title at Ford Field",
body="""DETROIT (WGRV) - Rockford sophomore Caleb DeVries pinned his way to a Division 1 state championship at 150 pounds on Saturday at Ford Field.

DeVries, 16, finished the season 44-1. His parents, Jake and Kelsey DeVries, drove the whole Rockford wrestling booster club to Detroit in two vans. "He's been on a mat since he was four," his father said.""",
gold=[("GRR013", "parent_of_subject"), ("GRR014", "parent_of_subject")]),

dict(guid="grr_tv_20260318_roadwork", pub="2026-03-18T17:45:00-04:00", title="Kalamazoo Avenue reconstruction to close lanes through summer",
body="""KENTWOOD, Mich. (WGRV) - Drivers on Kalamazoo Avenue SE should expect lane closures from 44th to 52nd Street starting Monday as the city rebuilds the road and adds a bike lane.

"It's going to be a rough summer, but the potholes were eating our tires," said Mary Jo Bouwkamp, who lives just off the corridor. The project is expected to finish by October.""",
gold=[]),

dict(guid="grr_tv_20260119_mlk", pub="2026-01-19T19:05:00-05:00", title="Northeast side pastor honored with city's MLK Legacy Award",
body="""GRAND RAPIDS, Mich. (WGRV) - The pastor behind a free tutoring center on Plainfield Avenue received the city's Martin Luther King Jr. Legacy Award on Monday.

The Rev. Darnell Whitfield of New Covenant Community Church accepted the honor at DeVos Place after the annual commemorative march. His center has tutored more than 2,000 students since 2014.""",
gold=[("GRR020", "subject")]),

dict(guid="grr_tv_20260102_newyearbaby", pub="2026-01-02T12:30:00-05:00", title="Holland Hospital welcomes Lakeshore's first baby of 2026",
body="""HOLLAND, Mich. (WGRV) - The Lakeshore's first baby of the new year arrived at 12:41 a.m. on New Year's Day at Holland Hospital.

Megan Haveman and Luke Brinks of Holland announce the birth of a daughter, Hazel, 7 pounds 2 ounces. "We were watching the ball drop on the delivery room TV," Haveman said.""",
gold=[("GRR022", "subject")]),

dict(guid="grr_tv_20260609_fishing", pub="2026-06-09T18:00:00-04:00", title="Traverse City angler lands record lake trout",
body="""TRAVERSE CITY, Mich. (WGRV) - A Traverse City retiree has the catch of a lifetime: a 41-pound lake trout pulled from Grand Traverse Bay.

Stanley Wisniewski, 71, of Traverse City, said the fish took 35 minutes to land. The DNR is reviewing it as a possible state record.""",
gold=[]),

dict(guid="grr_tv_20260614_anniversary", pub="2026-06-14T09:00:00-04:00", title="Jenison couple marks 60 years of marriage with a Tulip Time float",
body="""JENISON, Mich. (WGRV) - Hank and Trudy Vander Molen of Jenison celebrated their 60th wedding anniversary this weekend, six decades after meeting on a Tulip Time float in Holland.

The couple were married June 10, 1966, at Hudsonville Reformed Church. They have four children, eleven grandchildren and three great-grandchildren.""",
gold=[("GRR001", "subject"), ("GRR002", "subject")]),
]
