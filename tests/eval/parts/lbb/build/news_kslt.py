"""KSLT South Plains 7 (Lubbock TV station site): HTML descriptions, short web-story style. Hand-labelled."""

FEED = "kslt"
ITEMS = [
dict(guid="lbb_kslt_20260127_1041", pub="2026-01-27T17:45:00-06:00", title="Covenant names new chief of cardiology",
body="""LUBBOCK, Texas (KSLT) - Covenant Health has named a Lubbock heart doctor who has practiced in the city for nearly two decades as its new chief of cardiology.

Dr. Ravi Kothapalli, an interventional cardiologist, will lead the cardiology department beginning Feb. 1. He came to Lubbock in 2007 after training at Baylor College of Medicine and started the hospital's rural heart-attack transfer network.

"Distance is the risk factor nobody talks about out here," Kothapalli said.""",
gold=[("LBB017", "subject")]),

dict(guid="lbb_kslt_20260218_1107", pub="2026-02-18T06:20:00-06:00", title="Fire damages East Lubbock tamale shop",
body="""LUBBOCK, Texas (KSLT) - An early-morning fire heavily damaged a beloved East Lubbock tamale shop on Tuesday.

Lubbock Fire Rescue said crews were called to Cheo's Tamales on East Broadway at about 4:30 a.m. and found smoke coming from the kitchen. Owner Eliseo "Cheo" De Hoyos said he had been there only an hour, starting the masa for a church order of 300 dozen, when a fryer caught fire. No one was hurt.

"I've been making tamales on this corner for 22 years," De Hoyos said. "We'll be back." Regular customer Marvella Gattis, who drove in from Wolfforth for her Tuesday order, said she cried when she saw the windows.""",
gold=[("LBB014", "subject")]),

dict(guid="lbb_kslt_20260324_1188", pub="2026-03-24T18:10:00-05:00", title="Frenship student wins state FFA public speaking title",
body="""WOLFFORTH, Texas (KSLT) - A Frenship High School junior is the new state champion in FFA extemporaneous public speaking.

Itzel Tafolla, 16, won the title at the Texas FFA area and state finals in Fort Worth with a six-minute speech on groundwater in the Ogallala Aquifer. She is the daughter of Juan Pablo and Graciela Tafolla of Wolfforth.

"She practiced in the truck every morning on the way to school," her father said.""",
gold=[("LBB003", "parent_of_subject"), ("LBB004", "parent_of_subject")]),

dict(guid="lbb_kslt_20260429_1236", pub="2026-04-29T21:30:00-05:00", title="Hail shreds roofs, windshields in southwest Lubbock and Wolfforth",
body="""LUBBOCK, Texas (KSLT) - Hail as large as tennis balls pounded southwest Lubbock and Wolfforth on Wednesday evening, breaking windshields, stripping siding and flooding the intersection of 98th Street and Milwaukee Avenue.

"It sounded like somebody emptying a dump truck of rocks on the roof," said Trent Ohlenbusch of Wolfforth, who showed KSLT the dents in his pickup. Dwayne Klattenhoff, who lives off 102nd Street, said his skylight came through into the kitchen.

Insurance adjusters expect thousands of claims. The City of Lubbock will run extra brush collection next week.""",
gold=[]),

dict(guid="lbb_kslt_20260526_1290", pub="2026-05-26T17:05:00-05:00", title="Wolfforth Air Force veteran receives Quilt of Valor",
body="""WOLFFORTH, Texas (KSLT) - A Wolfforth Air Force veteran who spent 24 years keeping trainer jets flying at Reese Air Force Base was honored with a Quilt of Valor on Memorial Day.

Retired Master Sgt. Virgil Stagner, 78, was wrapped in the red, white and blue quilt by members of the South Plains Quilters Guild at Wolfforth City Park. Stagner served in Vietnam before his years at Reese, which closed in 1997.

"I fixed airplanes," Stagner said. "The pilots were the brave ones." """,
gold=[("LBB018", "subject")]),
]
