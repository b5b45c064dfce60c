"""WCRS Channel 9 (New Orleans TV station site, Metro and Northshore desks), HTML descriptions. Hand-labelled."""

FEED = "wcrs"
ITEMS = [
dict(guid="msy_wcrs_2026_1102", pub="2026-01-19T17:45:00-06:00", title="Krewe of Orpheon names 2026 queen",
body="""NEW ORLEANS - Miss Eleanor Beauvais Montaigne will reign as Queen of Orpheon for the 2026 Carnival season, the krewe announced Monday at its traditional luncheon.

Queen Eleanor is the daughter of Mr. and Mrs. Charles Edouard Montaigne III of New Orleans. A graduate of the Academy of the Sacred Heart, she is a senior at Vanderbilt University, where she studies public health. Her great-aunt, the late Odile Beauvais Marchand, reigned as Queen of Orpheon in 1950.

The identity of the king remains secret until the krewe's ball on Lundi Gras.""",
gold=[("MSY008", "parent_of_subject"), ("MSY009", "parent_of_subject")]),

dict(guid="msy_wcrs_2026_1137", pub="2026-02-23T18:10:00-06:00", title="Lakeview home damaged by fire; family and dog safe",
body="""NEW ORLEANS - A two-alarm fire badly damaged a home in the 6200 block of Canal Boulevard in Lakeview early Monday. The homeowner, Terry Dumas, said he woke to the smoke alarm at about 3 a.m. and got himself and his dog, Roux, out through the back door.

"Everything I have is in there, but Roux is fine and I'm fine," Dumas said Monday morning, standing across the street in a borrowed jacket. Fire officials said the fire began in the attic and appears to have been electrical. No one was hurt.

Neighbors have set up a meal train for Dumas, who has lived on the block since 1998.""",
gold=[("MSY022", "subject")]),

dict(guid="msy_wcrs_2026_1165", pub="2026-03-24T17:30:00-05:00", title="Kenner police arrest man in string of car burglaries",
body="""KENNER - Kenner police arrested a 31-year-old man Tuesday in connection with at least fourteen vehicle burglaries in the Loyola Drive area over the past month, officials said.

Detectives said the man was identified from doorbell-camera video provided by residents. "It was my camera that caught him," said Clement Landry, whose truck was broken into on March 2. "I'm just glad it's over."

The suspect was booked into the Jefferson Parish Correctional Center on 14 counts of simple burglary.""",
gold=[]),

dict(guid="msy_wcrs_2026_1190", pub="2026-05-11T18:00:00-05:00", title="Metairie principal retires after 34 years in Jefferson Parish schools",
body="""METAIRIE - When the last bell rings at Ridgewood Elementary on May 22, it will also be the last day for principal Marie Therese Arceneaux, who is retiring after 34 years as a teacher and principal in Jefferson Parish public schools.

Arceneaux, known to two generations of students as "Miss Tess," started as a fourth-grade teacher in Kenner in 1992 and has led Ridgewood since 2009. Teachers and former students plan a second line down Helios Avenue in her honor on her final afternoon.

"I'm going to sleep until seven," Arceneaux said. "Then I'm going to go find something else to do." """,
gold=[("MSY005", "subject")]),

dict(guid="msy_wcrs_2026_1214", pub="2026-06-15T17:20:00-05:00", title="Slidell couple celebrates 50 years with a vow renewal and a crawfish boil",
body="""SLIDELL - Wade and Jolene Robichaux were married at Our Lady of Lourdes Church on June 12, 1976. On Saturday, fifty years later, they renewed their vows at the same altar and then fed three hundred people crawfish in their backyard.

Wade, a retired NASA contractor at Michoud, and Jolene, a retired school nurse, have two children and five grandchildren. "Fifty years and he still can't peel a crawfish faster than me," Jolene said.""",
gold=[("MSY016", "subject"), ("MSY015", "subject")]),

dict(guid="msy_wcrs_2026_1238", pub="2026-07-06T18:30:00-05:00", title="Wedding at New Orleans East parish joins two fishing families",
body="""NEW ORLEANS - Catherine Pham and Joseph Dang were married Saturday at the Vietnamese parish church on Alcee Fortier Boulevard, in a ceremony that moved between Latin, Vietnamese and English and ended with a lion dance in the parking lot.

The bride is the daughter of Tony and Mai Lan Pham of New Orleans East. The groom is the son of Theresa Thu Dang and the late Khoa Dang. Both families have fished Lake Borgne and the Gulf for three generations; the couple met as children in the parish youth choir. The reception for 600 guests was held at a banquet hall on Chef Menteur Highway.

By Genevieve Dufrene, WCRS Northshore & Metro desk""",
gold=[("MSY003", "parent_of_subject"), ("MSY004", "parent_of_subject"), ("MSY013", "parent_of_subject")]),
]
