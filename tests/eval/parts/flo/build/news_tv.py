"""WPDX NewsChannel 13 (invented TV station, Florence, S.C.): web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="flo_wpdx_story_20260127_1104", pub="2026-01-27T18:20:00-05:00",
title="Lamar family of four escapes early-morning house fire",
body="""LAMAR, S.C. (WPDX) - A Lamar family of four is safe after fire destroyed their home on Cedar Street early Tuesday.

Lamont Gregg said a smoke alarm in the hallway woke him just after 2 a.m. He and his wife, Tonya, carried their two children out through the front door before flames reached the kitchen. "We got out with the clothes on our backs, and that's enough," Gregg said.

Lamar Fire Chief Dennis Kelley said the fire appears to have started with a space heater. The house is a total loss. The American Red Cross is helping the Greggs, and Lamar's churches are collecting clothes and gift cards at Town Hall.""",
gold=[("FLO019", "subject")]),

dict(guid="flo_wpdx_story_20260211_1187", pub="2026-02-11T17:45:00-05:00",
title="Dillon's Marcus Bethea signs with South Carolina State",
body="""DILLON, S.C. (WPDX) - Dillon High School running back Marcus Bethea is headed to Orangeburg.

Bethea, who ran for more than 1,900 yards last fall and helped the Wildcats to another region title, signed with South Carolina State on National Signing Day in front of teammates in the school gym. He said he chose the Bulldogs over Coastal Carolina and Charlotte.

His parents, Thad and Gwen Bethea, sat at the table with him. "He has been carrying that ball since he could walk," his father said. "Now he gets to carry it for State." """,
gold=[("FLO005", "parent_of_subject"), ("FLO006", "parent_of_subject")]),

dict(guid="flo_wpdx_story_20260315_1240", pub="2026-03-15T12:10:00-04:00",
title="Florence pastor marks 25 years in the pulpit at Greater Mt. Calvary",
body="""FLORENCE, S.C. (WPDX) - Greater Mt. Calvary AME Church on Sunday celebrated the 25th pastoral anniversary of the Rev. Alonzo Gadsden.

Gadsden came to the church on West Darlington Street in 2001 with forty members. Today it runs a food pantry, a tutoring program for Florence One students and a summer camp. Members packed the sanctuary for a service that ran nearly three hours, and the mayor read a proclamation naming Sunday "Rev. Alonzo Gadsden Day."

"I did not build anything," Gadsden said. "I just kept unlocking the door." """,
gold=[("FLO017", "subject")]),

dict(guid="flo_wpdx_story_20260429_1391", pub="2026-04-29T16:30:00-04:00",
title="Hartsville neighbors clean up after overnight tornado",
body="""HARTSVILLE, S.C. (WPDX) - Chainsaws were running before sunrise in Hartsville on Wednesday after a tornado touched down late Tuesday night, snapping pines and peeling roofs along a path the National Weather Service estimates was about six miles long.

No one was seriously hurt. Darlington County Emergency Management said at least 30 homes were damaged between West Carolina Avenue and Home Avenue.

"You could hear it coming like a train, and then it was just quiet," said Kim Ard, a nurse who lives on West Home Avenue and spent the morning checking on elderly neighbors. "Everybody on this street has a chainsaw or knows somebody who does."

Volunteers from Coker University and several churches are handing out water and tarps at the First Baptist parking lot until Saturday.""",
gold=[]),  # FLO018 Kim Ard is quoted as a neighbor: nothing here (the weather alert covers her separately)

dict(guid="flo_wpdx_story_20260512_1433", pub="2026-05-12T18:05:00-04:00",
title="Greenville chemistry teacher named South Carolina Teacher of the Year",
body="""COLUMBIA, S.C. (WPDX) - A Greenville County chemistry teacher who turned a storage closet into a student-run lab is South Carolina's new Teacher of the Year.

Anderson "Andy" Hyman, 38, has taught at Berea High School in Greenville for fourteen years. He was honored Tuesday night at a gala in Columbia and will represent the state in the national program.

Hyman, who grew up in Greenville, said he would spend the $25,000 prize on lab equipment. "My students already know more than I do," he said.""",
gold=[]),  # namesake of FLO023 Andy Hyman (Cheraw, b. 1963): nothing
]
