"""WHGT News 7 (Gainesville / Ocala): a local TV station site, HTML descriptions, short web stories.
Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="gnv_whgt7_story_20260123_0114", pub="2026-01-23T07:45:00-05:00",
title="Hawthorne woman, 85, escapes overnight house fire",
body="""HAWTHORNE, Fla. (WHGT) - An 85-year-old Hawthorne woman is safe after fire tore through her home on Southeast 221st Street early Friday.

Geneva Moultrie told News 7 she woke up to the smoke alarm her grandson had installed at Christmas and got out through the kitchen door in her housecoat. Alachua County Fire Rescue crews found the back half of the house in flames shortly after 2 a.m. No one was hurt.

"I lost my pictures, but I've still got my life and my Bible," Moultrie said. Investigators believe a space heater started the fire. Neighbors at Hawthorne's Mount Zion church are collecting clothes and household goods for her.""",
gold=[("GNV012", "subject")]),

dict(guid="gnv_whgt7_story_20260318_0355", pub="2026-03-18T06:10:00-04:00",
title="Tornado rips roofs, downs oaks across east Gainesville; no injuries",
body="""GAINESVILLE, Fla. (WHGT) - A brief tornado touched down in east Gainesville late Tuesday night, peeling roofs off homes near Northeast 15th Street and Northeast 39th Avenue, dropping live oaks across Waldo Road and knocking out power to about 6,000 Gainesville Regional Utilities customers.

The National Weather Service in Jacksonville said a survey team would determine the tornado's strength on Wednesday. No injuries were reported.

The Rev. Clarence Odom said Greater Bethel Springs Missionary Baptist Church would stay open Wednesday as a cooling and charging station. "Anybody who needs a plug, a plate or a prayer, come on," Odom said. GRU expects most power to be restored by Thursday evening.""",
gold=[]),

dict(guid="gnv_whgt7_story_20260430_0612", pub="2026-04-30T17:30:00-04:00",
title="Eastside High senior named one of Florida's Presidential Scholars",
body="""GAINESVILLE, Fla. (WHGT) - An Eastside High School senior who started a free coding club at the Library Partnership branch has been named one of Florida's U.S. Presidential Scholars.

Jaylen Ransom, 18, is one of just four Florida students chosen this year. He will attend MIT in the fall to study electrical engineering.

His parents, Jamal and Keisha Ransom, surprised him with the letter in the school's front office on Thursday. "He's been taking things apart since he was three," his father said. "Now somebody's going to pay him to put them back together." """,
gold=[("GNV013", "parent_of_subject"), ("GNV014", "parent_of_subject")]),

dict(guid="gnv_whgt7_story_20260512_0704", pub="2026-05-12T12:20:00-04:00",
title="UF Health names new chief of pediatric cardiology",
body="""GAINESVILLE, Fla. (WHGT) - UF Health has named Dr. Priya Venkataraman chief of pediatric cardiology at Shands Children's Hospital.

Venkataraman, who joined UF in 2014, leads the hospital's fetal heart program and has performed more than 600 catheter procedures on infants. She succeeds Dr. Martin Greer, who is retiring after 28 years.

"Every one of these kids has a family waiting in the hallway," Venkataraman said. "That's who we work for." """,
gold=[("GNV010", "subject")]),

dict(guid="gnv_whgt7_story_20260603_0810", pub="2026-06-03T16:05:00-04:00",
title="University Avenue lane closures to last through August, FDOT says",
body="""GAINESVILLE, Fla. (WHGT) - Drivers on West University Avenue should expect lane closures between Southwest 34th Street and Northwest 22nd Street through the end of August while crews replace storm drains, the Florida Department of Transportation said Wednesday.

Businesses along the corridor say the work has already cut into lunch traffic. "People see the cones and keep driving," said Soo-jin Park, who owns Park's Kitchen near 34th Street. "We're telling everybody to come in the back way off Second Avenue."

FDOT says the project will reduce flooding at the intersection, which has closed the road at least four times since 2023.""",
gold=[]),

dict(guid="gnv_whgt7_story_20260901_0933", pub="2026-09-01T18:40:00-04:00",
title="Cedar Key clam farmers check leases after Tropical Storm Ivette",
body="""CEDAR KEY, Fla. (WHGT) - The water has gone back down, and now Cedar Key's clam farmers are heading out to see what Tropical Storm Ivette left of their leases.

The storm pushed about four feet of surge into the island's downtown on Friday night, flooding Dock Street businesses and scattering clam bags along the flats. Levy County officials said about 40 homes took on water.

"Everybody's checking on everybody right now," said Sonny Hodges, a third-generation waterman who serves on the Cedar Key Aquaculture Association board. "The clams are tough. We'll know in a couple weeks." The Cedar Key Chamber of Commerce is collecting donations for hourly workers at flooded restaurants.""",
gold=[]),
]
