"""KSXV NewsChannel 11 (Sioux Falls): local TV station site, HTML descriptions, short web stories. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="fsd_ksxv_20260109_0112", pub="2026-01-09T22:10:00-06:00",
title="Harrisburg family escapes house fire in subzero cold",
body="""HARRISBURG, S.D. (KSXV) - A Harrisburg family of four escaped without injury early Friday when fire broke out in their garage on Cliff Avenue.

Brendan and Kristin O'Dwyer said a smoke alarm woke them just after 2 a.m. They got their two children and their dog out into the minus-12 cold and waited in a neighbor's car until firefighters arrived.

Harrisburg Fire Chief Todd Vanden Hoek said the fire started near a space heater. The garage is a total loss, and the house has smoke damage. The family is staying with relatives in Sioux Falls.""",
gold=[("FSD011", "subject"), ("FSD012", "subject")]),

dict(guid="fsd_ksxv_20260123_0140", pub="2026-01-23T18:30:00-06:00",
title="Sioux Falls slow-pitch legend heads to state Hall of Fame",
body="""SIOUX FALLS, S.D. (KSXV) - Jerry Hofmeyer has played in more than 3,000 softball games at Sherman Park, by his own count, and on Saturday he will be inducted into the South Dakota Softball Hall of Fame.

Hofmeyer, 65, pitched for the Sioux Falls Ramblers for 30 seasons and has coached the city's 16-and-under girls' program since 2004. "I'm not retiring," he said. "They'll have to take the ball away from me." """,
gold=[("FSD021", "subject")]),

dict(guid="fsd_ksxv_20260224_0205", pub="2026-02-24T21:45:00-06:00",
title="Brandon Valley's Jace Schlenker wins state wrestling title",
body="""RAPID CITY, S.D. (KSXV) - Brandon Valley senior Jace Schlenker capped an undefeated season Saturday with the Class A state championship at 165 pounds.

Schlenker, the son of Duane Jr. and Carla Schlenker of Brandon, pinned his opponent from Rapid City Stevens in the second period. His grandfather, Duane Schlenker Sr., who died in early February, never missed one of his matches. "That one was for Grandpa," Jace said.""",
gold=[("FSD003", "parent_of_subject")]),

dict(guid="fsd_ksxv_20260227_0212", pub="2026-02-27T17:20:00-06:00",
title="Sioux Falls teacher named South Dakota Teacher of the Year",
body="""SIOUX FALLS, S.D. (KSXV) - A chemistry teacher at Lincoln High School is South Dakota's 2026 Teacher of the Year.

Kathryn "Kit" Siebrecht has taught at Lincoln for 22 years. Her students built a weather station on the school roof that now reports to the National Weather Service. The state Department of Education surprised her with the award during a school assembly Friday morning. She will represent South Dakota in the national program.""",
gold=[("FSD017", "subject")]),

dict(guid="fsd_ksxv_20260414_0333", pub="2026-04-14T18:05:00-05:00",
title="Sioux Falls Fire Rescue promotes four, names first Latino battalion chief",
body="""SIOUX FALLS, S.D. (KSXV) - Sioux Falls Fire Rescue promoted four firefighters at a ceremony at Station 1 on Tuesday.

Captain Armando de León, a 24-year veteran who started at Station 8 on the west side, was promoted to battalion chief, the first Latino to hold the rank in the department. Lieutenants Sarah Voss and Kyle Ness were promoted to captain, and firefighter Cody Alm to lieutenant.

De León's wife, Yesenia, pinned his new badge.""",
gold=[("FSD022", "subject")]),

dict(guid="fsd_ksxv_20260621_0455", pub="2026-06-21T20:40:00-05:00",
title="Hail, wind leave west Sioux Falls and Hartford picking up",
body="""SIOUX FALLS, S.D. (KSXV) - Tarps went up on roofs across west Sioux Falls on Sunday after a storm Saturday evening dropped hail the size of golf balls and knocked down trees from Hartford to Marion Road.

"You could hear it on the roof like someone was throwing rocks," said Del Iron Cloud, who drove over from the north side to help his nephew clear branches on West Maple Street.

In Crooks, a machine shed on the west side of town lost part of its roof. Xcel Energy said about 6,000 customers lost power at the peak.""",
gold=[]),

dict(guid="fsd_ksxv_20260712_0520", pub="2026-07-12T19:15:00-05:00",
title="Dell Rapids woman, 78, helps pull kayakers from Big Sioux River",
body="""DELL RAPIDS, S.D. (KSXV) - Two kayakers are safe after a Dell Rapids woman spotted them clinging to a fallen tree below the quarry on the Big Sioux River on Saturday.

JoAnn Kocourek, 78, was walking her dog along the river trail when she heard shouting. She called 911 and threw a rope from her car to the pair until firefighters arrived. "I've lived by this river my whole life," Kocourek said. "You don't go in after them. You find a rope."

The Dell Rapids Fire Department plans to honor her at its August meeting.""",
gold=[("FSD010", "subject")]),

dict(guid="fsd_ksxv_20260806_0561", pub="2026-08-06T17:50:00-05:00",
title="Norwegian folk art show opens at the Pettigrew",
body="""SIOUX FALLS, S.D. (KSXV) - More than 60 pieces of Norwegian rosemaling are on display at the Pettigrew Home & Museum through October.

The exhibit includes work by Sig Rygh of Decorah, Iowa, a Vesterheim gold medalist whose painted trunks have been shown in Oslo. Rygh, 74, will give a demonstration on August 15.""",
gold=[]),

dict(guid="fsd_ksxv_20260918_0610", pub="2026-09-18T18:25:00-05:00",
title="Crooks volunteer firefighter honored for 50 years of service",
body="""CROOKS, S.D. (KSXV) - Harlan Weisbeck answered his first fire call in Crooks in 1976, when the department's only truck was a 1948 Ford. On Thursday the department honored him for 50 years of service.

Weisbeck, 79, still drives the tanker on grass-fire calls. "They keep trying to retire me," he said.""",
gold=[]),
]
