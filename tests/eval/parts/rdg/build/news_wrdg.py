"""WRDG 16 News (Reading TV station site): local news, HTML descriptions. Hand-labelled (`gold`)."""

BASE = "rdg_wrdg_"
ITEMS = [
dict(guid=BASE + "20260210-laureldale-fire", pub="2026-02-10T18:45:00-05:00", title="Fire heavily damages Laureldale home; couple and dog escape",
body="""LAURELDALE - A couple and their dog escaped without injury Monday night when fire tore through their home on Elizabeth Avenue.

Travis and Linda Gehris said they smelled smoke shortly after 9 p.m. and got out through the back door. Firefighters from Laureldale, Temple and Muhlenberg Township had the fire under control in about 40 minutes, but the second floor was destroyed. The Red Cross is helping the couple.

"We've got each other and we've got the dog," Linda Gehris said. The cause is under investigation.""",
gold=[("RDG021", "subject")]),

dict(guid=BASE + "20260317-manatawny-rescue", pub="2026-03-17T17:30:00-04:00", title="Firefighters pull kayaker from swollen Manatawny Creek",
body="""COLEBROOKDALE TWP. - A kayaker was pulled from the rain-swollen Manatawny Creek on Monday afternoon after his boat flipped near Boyertown.

Owen Reifsnyder, 31, of Gilbertsville, clung to a fallen tree for about 20 minutes before swift-water rescuers reached him with a rope. He was treated for cold exposure.

"The water's fast and it's cold this time of year. Please stay off it," said Boyertown Area Fire Company Chief Frank Stitzel.""",
gold=[]),

dict(guid=BASE + "20260519-piaa-1600", pub="2026-05-19T22:10:00-04:00", title="Daniel Boone's Kaylee Yocum wins state 1,600-meter title",
body="""SHIPPENSBURG - Daniel Boone junior Kaylee Yocum won the PIAA Class 3A girls 1,600-meter run Saturday in 4 minutes, 51 seconds, the first state title for the Blazers' girls track program.

Yocum, of Birdsboro, is the daughter of Tami and Brent Yocum. Her great-grandmother, she said, taught her to run by sending her to fetch eggs. "My parents were screaming louder than anyone," she said.""",
gold=[("RDG013", "parent_of_subject"), ("RDG014", "parent_of_subject")]),

dict(guid=BASE + "20260630-stitzel-retires", pub="2026-06-30T18:00:00-04:00", title="Boyertown fire chief hangs up his helmet after 38 years",
body="""BOYERTOWN - After 38 years with the Boyertown Area Fire Company, the last 15 as its chief, Frank Stitzel is retiring.

Stitzel, 63, joined the company in 1988 after moving to Boyertown from Pottstown. Under his command the company added a swift-water rescue team and a second ambulance. Borough council honored him Monday with a resolution and a standing ovation. "I'll still be around," Stitzel said. "Somebody has to cook the chicken barbecue." """,
gold=[("RDG017", "subject")]),

dict(guid=BASE + "20260804-abuela-del-centro", pub="2026-08-04T17:15:00-04:00", title="Reading's 'abuela' of the Centro Hispano honored for 40 years of service",
body="""READING - For forty years, anyone who walked into the Centro Hispano on Franklin Street needing help with a form, a landlord or a letter from the school district met Luz Divina Cintrón first.

On Monday the city honored Cintrón, 77, with its Community Spirit Award. Mayor Eddie Morán called her "the abuela of half of Reading." Cintrón, who retired in June, said she would keep volunteering on Tuesdays.""",
gold=[("RDG016", "subject")]),

dict(guid=BASE + "20261013-lottery", pub="2026-10-13T12:40:00-04:00", title="Pottsville man claims $1 million lottery prize",
body="""POTTSVILLE - Clarence Fegley of Pottsville bought a $10 scratch-off at a convenience store on Centre Street and won $1 million, the Pennsylvania Lottery said Tuesday.

Fegley, 58, a heating and air-conditioning technician, said he plans to pay off his house.""",
gold=[]),
]
