"""KPWX 9 Piney Woods News (TV station site, Lufkin/Nacogdoches): short web stories, HTML descriptions.
Hand-labelled."""

FEED = "kpw"
ITEMS = [
dict(guid="lfk_kpw_20260204_1107", pub="2026-02-04T17:20:00-06:00", title="Lufkin's Mateo Salinas signs with SFA soccer",
body="""LUFKIN, TX (KPWX) - Lufkin High School midfielder Mateo Salinas signed his letter of intent Wednesday to play soccer for Stephen F. Austin State University.

Salinas, a three-year starter and the district's offensive MVP, scored 27 goals as a senior. He plans to study engineering technology.

"He has been kicking a ball against our garage since he was three," said his mother, Lupe Ocampo, who sat beside him with his father, Rubén Salinas. "Now he gets to do it twenty minutes from home." """,
gold=[("LFK014", "parent_of_subject")]),

dict(guid="lfk_kpw_20260418_1342", pub="2026-04-18T12:05:00-05:00", title="Port Arthur student elected Lamar University student body president",
body="""BEAUMONT, TX (KPWX) - Lamar University students have elected Thaddeus Mouton, a 21-year-old political science junior from Port Arthur, as student body president.

Mouton, a graduate of Memorial High School in Port Arthur, ran on a platform of longer library hours and a free campus food pantry. He takes office in June.""",
gold=[]),   # namesake, young and from Port Arthur: not LFK009 of Jasper (b. 1970)

dict(guid="lfk_kpw_20260507_1410", pub="2026-05-07T07:45:00-05:00", title="Clean-up under way after overnight tornado warning in Diboll, south Lufkin",
body="""DIBOLL, TX (KPWX) - Crews spent Thursday morning clearing downed pines and power lines after a line of storms prompted a tornado warning for southern Angelina County overnight.

The National Weather Service will survey damage along Highway 59 between Diboll and Lufkin. No injuries were reported.

"Sounded like a freight train came right down Dogwood Street," said Roy Dean Vansickle, who was out with his chainsaw helping neighbors before sunrise. "We were lucky. Fences and a few carports, that's all." """,
gold=[]),   # quoted bystander (the weather outreach is labelled on the alert)

dict(guid="lfk_kpw_20260614_1518", pub="2026-06-14T18:30:00-05:00", title="Lufkin pastor celebrates 25 years in the pulpit at Greater New Hope",
body="""LUFKIN, TX (KPWX) - Greater New Hope Missionary Baptist Church filled its sanctuary and overflow room Sunday to celebrate Pastor Alonzo Gatlin's 25th anniversary as its pastor.

Gatlin came to Greater New Hope in 2001 from a small church in Corrigan. Under his leadership the congregation opened a clothing closet, a GED class and a summer lunch program on Lufkin's north side that fed more than 600 children last year.

Mayor pro tem Linda Ashby read a city proclamation naming June 14 "Pastor Alonzo Gatlin Day." """,
gold=[("LFK019", "subject")]),

dict(guid="lfk_kpw_20260619_1531", pub="2026-06-19T20:10:00-05:00", title="Jasper celebrates Juneteenth with parade, fish fry",
body="""JASPER, TX (KPWX) - Hundreds lined Austin Street on Friday for Jasper's Juneteenth parade, led this year by the Jasper High School band and a caravan of classic cars.

"This is our Fourth of July," said Marquita Shankle, who chairs the Juneteenth committee. "We want the children to know why we celebrate."

The festivities continued with a fish fry and gospel concert at Sandy Creek Park.""",
gold=[]),   # quoted committee chair: nothing

dict(guid="lfk_kpw_20261003_1722", pub="2026-10-03T08:15:00-05:00", title="Diboll couple loses home in early-morning fire",
body="""DIBOLL, TX (KPWX) - A Diboll couple escaped without injury early Saturday when fire destroyed their home in the 200 block of Dogwood Street.

Roy Dean and Priscilla Vansickle woke to smoke alarms around 3 a.m. and got out with their two dogs, Diboll Fire Chief Wade Henson said. The fire appears to have started in the garage. The American Red Cross is helping the couple.

Neighbors have set up a donation drive at First Baptist Church Diboll.""",
gold=[("LFK021", "subject"), ("LFK020", "subject")]),
]
