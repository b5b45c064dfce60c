"""KTVB-style local TV station site "Treasure Valley 5 / KTVA" (invented), HTML descriptions. Hand-labelled."""

FEED = "ktv"
ITEMS = [
dict(guid="boi_ktv-20260302-1", pub="2026-03-02T17:40:00-07:00", title="Caldwell names longtime officer Joaquín Castañeda police chief",
body="""CALDWELL, Idaho - The City of Caldwell has a new police chief, and he is no stranger to the department.

Mayor Dana Kirkpatrick on Monday named Capt. Joaquín Castañeda, a 27-year veteran of the Caldwell Police Department, as its next chief. Castañeda grew up on Cleveland Boulevard, graduated from Caldwell High School and started as a patrol officer in 1999.

"This is the town that raised me," Castañeda said at a news conference at City Hall. He will be sworn in on March 16.""",
gold=[("BOI015", "subject")]),

dict(guid="boi_ktv-20260408-2", pub="2026-04-08T18:10:00-06:00", title="Fire damages Kuna farmhouse; couple escapes unhurt",
body="""KUNA, Idaho - An early-morning fire heavily damaged a farmhouse on West Hubbard Road on Wednesday.

Heber and LaRae Tolman, who have lived in the house since 1976, woke to smoke alarms shortly after 4 a.m. and got out safely with their dog, according to Kuna Rural Fire District. Crews from Kuna and Meridian had the fire under control within 40 minutes, but the kitchen and most of the roof were lost.

Investigators believe the fire started in an electrical panel in the garage. Members of the Tolmans' ward have set up a meal sign-up for the couple, who are staying with a daughter in Meridian.""",
gold=[("BOI007", "subject"), ("BOI008", "subject")]),

dict(guid="boi_ktv-20260512-3", pub="2026-05-12T17:05:00-06:00", title="Meridian teen earns every merit badge the Scouts offer",
body="""MERIDIAN, Idaho - Most Eagle Scouts earn 21 merit badges. Tanner Christiansen earned all 139.

The 17-year-old Rocky Mountain High School junior, the son of Brig and JaNae Christiansen of Meridian, finished the last one, Bugling, on Saturday. Fewer than 600 Scouts in the country have ever earned every badge.

"He practiced the bugle in the garage every night for four months," his mother said. "The neighbors are very happy he is done."

Tanner plans to study mechanical engineering after a two-year mission.""",
gold=[("BOI012", "parent_of_subject")]),

dict(guid="boi_ktv-20260601-4", pub="2026-06-01T18:30:00-06:00", title="Mountain Home air base's longest-serving civilian engineer retires",
body="""MOUNTAIN HOME AIR FORCE BASE, Idaho - After 34 years of keeping the runways, hangars and water mains of Mountain Home Air Force Base working, civil engineer Ken Morishita retired Friday.

Morishita, who started at the base in 1992 as a 25-year-old drafting technician, oversaw the repaving of the main runway in 2014 and the base's switch to solar power. Colleagues held a ceremony in the Gunfighter Club and presented him with a piece of the old runway, framed.

He and his wife, Darlene, plan to spend more time fishing the South Fork of the Boise River.""",
gold=[("BOI020", "subject")]),

dict(guid="boi_ktv-20260731-5", pub="2026-07-31T19:00:00-06:00", title="Thousands pack Grove Street for Basque festival",
body="""BOISE, Idaho - The Basque Block was shoulder to shoulder Saturday as thousands turned out for the San Inazio festival, the annual celebration of Boise's Basque community.

The Oinkari Basque Dancers performed the jota and the arku dantza in front of the Basque Center, and the line for chorizo sandwiches stretched past 6th Street by noon.

"My father came from Bizkaia to herd sheep in 1947, and I have not missed a San Inazio in seventy years," said Nacho Echevarria of Boise, watching the dancers with his grandchildren. "Every year there are more people who are not Basque, and that is good. Everybody gets to be Basque for one day."

The festival continues Sunday with a Mass at St. John's Cathedral and a picnic at Municipal Park.""",
gold=[]),
]
