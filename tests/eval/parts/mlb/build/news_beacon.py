"""The Beachside Beacon (community paper for the barrier island and south Brevard: people, schools, milestones,
sports), teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "beacon"
ITEMS = [
dict(guid="mlb_beacon-2026-0109", pub="2026-03-12T08:00:00-04:00", title="Palm Bay nursing student wins statewide scholarship",
body="""PALM BAY - Nadège Dorvilien, a senior in the nursing program at Eastern Florida State College, has won the Florida Nurses Foundation's Clara Barton Scholarship, worth $12,000.

Dorvilien, 21, the daughter of Jean-Robert and Marie-Claude Dorvilien of Palm Bay, works weekends as a patient-care technician at Palm Bay Hospital. She plans to become a neonatal nurse. "My grandmother always said the smallest patients need the biggest hearts," she said.""",
gold=[("MLB008", "parent_of_subject"), ("MLB009", "parent_of_subject")]),

dict(guid="mlb_beacon-2026-0122", pub="2026-05-02T08:00:00-04:00", title="Satellite Beach's Dottie Kessinger turns 90 with a sea-turtle walk",
body="""SATELLITE BEACH - Dorothea "Dottie" Kessinger celebrated her 90th birthday on Saturday the way she has spent most summer mornings since 1985: walking the beach at dawn, counting sea-turtle nests for the Sea Turtle Preservation Society.

Kessinger, a retired science teacher at Satellite High School, has logged more than 6,000 nests. About forty friends and former students joined her for the walk and for key lime pie afterward at the Pelican Beach Park pavilion.""",
gold=[("MLB010", "subject")]),

dict(guid="mlb_beacon-2026-0130", pub="2026-05-21T08:00:00-04:00", title="Turtle-nest fundraiser tops $40,000",
body="""INDIALANTIC - The Sea Turtle Preservation Society's spring Shell Ball raised $41,300 for nest monitoring and lighting retrofits, organizers said.

Major donors included Harvey and Marjorie Lindemuth, Cissy Venable, Eudora Ravenscroft, Dr. Sunniva Haraldsen and the Indialantic Rotary Club. Volunteers Dottie Kessinger and Bart Szymanowski were thanked for organizing the silent auction.""",
gold=[]),

dict(guid="mlb_beacon-2026-0144", pub="2026-06-14T08:00:00-04:00", title="Engagement: Quackenbush - Delacorte",
body="""TITUSVILLE - Tad and Renee Quackenbush of Titusville announce the engagement of their daughter, Kelsey Anne Quackenbush, to Marcus Delacorte, son of Philip and Joan Delacorte of Winter Park.

The bride-elect is a graduate of the University of Central Florida and a flight-software engineer in Titusville. Her fiancé is a pilot with the Florida Highway Patrol. A November wedding is planned at the Historic Cocoa Village Playhouse.""",
gold=[("MLB004", "parent_of_subject"), ("MLB005", "parent_of_subject")]),

dict(guid="mlb_beacon-2026-0157", pub="2026-05-26T08:00:00-04:00", title="Bayside pitcher strikes out 15 to send Bears to state final four",
body="""PALM BAY - Bayside High junior Valeria Toledo Irizarry struck out 15 and allowed two hits as the Bears beat Vero Beach 3-1 in the Class 6A regional final on Friday, sending Bayside to the state softball final four for the first time.

Toledo, the daughter of Efraín Toledo and Maite Irizarry of Palm Bay, has 212 strikeouts this season. "She has been throwing a ball at our garage door since she was four," her mother said.""",
gold=[("MLB003", "parent_of_subject")]),

dict(guid="mlb_beacon-2026-0171", pub="2026-08-20T08:00:00-04:00", title="West Melbourne quilter's Hamburg harbor quilt takes best in show",
body="""WEST MELBOURNE - A quilt of the Hamburg harbor at night, pieced from 3,400 scraps including her late father's work shirts, won best in show at the Brevard County Quilt Guild's biennial exhibition for Anne Wojtaszek of West Melbourne.

Wojtaszek, a retired Harris Corporation draftsman, began quilting in 2015. Her father, machinist Gerhard Brunkhorst, died in March at 90. "He taught me to measure twice," she said. "He would have counted the stitches." """,
gold=[("MLB017", "subject")]),
]
