"""KDTV 9 (Dubuque / tri-state): local TV station site, HTML descriptions, short web stories. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="dbq_kdtv_20260304_fire", pub="2026-03-04T21:15:00-06:00", title="Family escapes house fire on Dubuque's south end",
body="""DUBUQUE, Iowa (KDTV) - A Dubuque couple and their two dogs escaped without injury Wednesday evening after a fire broke out in the garage of their home on Crescent Ridge.

Brian and Ann Grutz were eating dinner when a smoke detector went off at about 6:40 p.m., fire officials said. Dubuque Fire Department crews had the fire under control within twenty minutes, but the garage and part of the kitchen were destroyed. The Red Cross is helping the family.

"I saw the smoke over the roofline and called it in," said neighbor Roger Thilmany, who helped the couple get their dogs across the street. "They're good people. We'll get them through it.\"""",
gold=[("DBQ014", "subject")]),  # Ann is not a client; Roger Thilmany, quoted neighbor: nothing

dict(guid="dbq_kdtv_20260311_swim", pub="2026-03-11T22:05:00-05:00", title="Hempstead's Claire Feipel wins state title in the 100 butterfly",
body="""DUBUQUE, Iowa (KDTV) - Dubuque Hempstead junior Claire Feipel is a state champion.

Feipel won the 100-yard butterfly at the Iowa girls' state swimming meet in Marshalltown on Saturday in 55.41 seconds, a school record. She added a third-place finish in the 200 individual medley.

Claire is the daughter of Dr. Paul and Andrea Feipel of Dubuque. Her mother swam for Loras College.""",
gold=[("DBQ016", "parent_of_subject"), ("DBQ017", "parent_of_subject")]),

dict(guid="dbq_kdtv_20260119_ice", pub="2026-01-19T17:45:00-06:00", title="Dyersville man pulls neighbor from icy river",
body="""DYERSVILLE, Iowa (KDTV) - A Dyersville retiree is being called a hero after he pulled an ice fisherman out of the North Fork of the Maquoketa River on Sunday afternoon.

Dennis Vorwald, 76, heard shouting from the river behind his house and found his neighbor, Marvin Hackman, in the water up to his chest. Vorwald pushed a canoe out across the ice, got Hackman into it and dragged it back to shore. Hackman was treated for hypothermia at the hospital in Dyersville and released.

"I'm not a hero, I just had the canoe," Vorwald said. His wife, Kay, had already called 911.""",
gold=[("DBQ008", "subject")]),  # Kay called 911: not the subject

dict(guid="dbq_kdtv_20260402_lottery", pub="2026-04-02T18:30:00-05:00", title="Iowa City man claims $1 million Powerball prize",
body="""CLIVE, Iowa (KDTV) - An Iowa City man has claimed a $1 million Powerball prize from the February 28 drawing.

Raymond Kluesner, 44, of Iowa City, bought the ticket at a convenience store on Mormon Trek Boulevard. He told lottery officials he plans to pay off his house and buy a bass boat. Kluesner works as a lab technician at the university.""",
gold=[]),  # namesake of DBQ004 Ray Kluesner Jr. of Dubuque (b. 1962) in Iowa City: nothing

dict(guid="dbq_kdtv_20260611_captain", pub="2026-06-11T16:20:00-05:00", title="Asbury firefighter promoted to captain",
body="""ASBURY, Iowa (KDTV) - The Asbury Fire Department has its first new captain in a decade.

Nick Wuebker, a 12-year veteran of the department and a paramedic, was sworn in as captain at Monday's city council meeting. Chief Darren Sadler pinned the badge; Wuebker's daughter, Ava, held the Bible.""",
gold=[("DBQ022", "subject")]),

dict(guid="dbq_kdtv_20260916_bowl", pub="2026-09-16T22:10:00-05:00", title="At 71, Galena bowler rolls first perfect game",
body="""GALENA, Ill. (KDTV) - It took him fifty years and, he estimates, eleven thousand games, but Francis "Fran" O'Dowd finally has his 300.

O'Dowd, 71, rolled twelve straight strikes Tuesday night in the seniors' league at Galena Bowl. "My hands were shaking on the last one," he said. His wife, Joan, was in the next lane and caught it on her phone.""",
gold=[("DBQ010", "subject")]),
]
