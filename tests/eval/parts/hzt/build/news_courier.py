"""The Valley Courier & Neighbors (invented weekly / community newsletter): milestones, births, school and
community news; teaser description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="hzt_courier_20260205_hudock_birth", pub="2026-02-05T08:00:00-05:00", title="Births: Hudock",
body="""Michael and Kaitlyn (Shemanski) Hudock of Sugarloaf Township announce the birth of a daughter, Nora Ruth, on January 24, 2026, at Geisinger Wyoming Valley. She weighed 7 pounds, 9 ounces. Nora joins a big brother, Owen, 3. Grandparents are Daniel and Sharon Hudock of Berwick and Albert and Cheryl Shemanski of Drums; great-grandmother is Ruth Hudock of Sugarloaf.""",
gold=[("HZT014", "subject"), ("HZT015", "subject")]),

dict(guid="hzt_courier_20260430_yurchak_anniv", pub="2026-04-30T08:00:00-04:00", title="Yurchaks celebrate 40th anniversary",
body="""Joseph Jr. and Dolores "Dolly" (Stranko) Yurchak of Hazleton celebrated their 40th wedding anniversary on April 26. They were married April 26, 1986, in St. Joseph Slovak Church by the late Msgr. Andrew Kopko. Joe retired from Hazleton Pumps; Dolly is a teller at the Hazleton branch of Penn Security Bank. They marked the day with a dinner at the Top of the 80s with their children and grandchildren.""",
gold=[("HZT001", "subject"), ("HZT002", "subject")]),

dict(guid="hzt_courier_20260611_czarnecki_retire", pub="2026-06-11T08:00:00-04:00", title="West Hazleton Elementary/Middle principal retires after 31 years",
body="""When the last bus pulled away on Friday, Bernadette Czarnecki walked the halls of West Hazleton Elementary/Middle School one last time as principal.

"Mrs. C." - Bernie to her staff - started as a fourth-grade teacher in 1995 and has led the school since 2011. She plans to spend her retirement at the shore and finishing the family's Beaver Meadows genealogy. A farewell breakfast drew 200 staff members and former students.""",
gold=[("HZT013", "subject")]),

dict(guid="hzt_courier_20260723_library", pub="2026-07-23T08:00:00-04:00", title="Hazleton Area Public Library thanks summer reading sponsors",
body="""The Hazleton Area Public Library thanks the donors who made this summer's reading program possible: the Dominic and Lisa Ferdinando family, Helen Sosnowski, Walter Gaughan in memory of Joan Gaughan, Peralta Auto Repair, the Hazleton Lions and the Junior League. More than 900 children logged 1.2 million reading minutes.""",
gold=[]),

dict(guid="hzt_courier_20260827_mcgeehan", pub="2026-08-27T08:00:00-04:00", title="McGeehan named Freeland Citizen of the Year",
body="""The Freeland Borough Council has named Margaret "Peggy" McGeehan its 2026 Citizen of the Year.

McGeehan, a retired MMI Preparatory School secretary, has run the St. Ann's food pantry for 18 years, organizes the Heritage Days pierogi contest and drives neighbors to dialysis three times a week. She will be honored at the council's September meeting. "I just didn't know how to say no," she said.""",
gold=[("HZT010", "subject")]),
]
