"""KBZR 8 (Billings local TV station): short web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="bil_kbzr_2026_01_0093", pub="2026-01-22T06:45:00-07:00",
title="Heights couple, dogs escape early-morning house fire",
body="""BILLINGS (KBZR) - A Billings Heights couple and their two dogs made it out safely early Thursday when fire tore through their home on Wicks Lane.

Billings Fire Department crews were called at about 4:10 a.m. and found heavy smoke coming from the attached garage. Homeowners Luc and Janelle D'Aoust told KBZR 8 a smoke detector in the hallway woke them.

"We grabbed the dogs and went out the front door in our socks," Janelle D'Aoust said. "Everything else can be replaced."

Battalion Chief Mark Stene said the fire appears to have started near a space heater in the garage. The house sustained heavy smoke damage and is not livable for now. The Red Cross is helping the family, and neighbors have set up a collection at Heights Family Church.""",
gold=[("BIL012", "subject"), ("BIL013", "subject")]),

dict(guid="bil_kbzr_2026_03_0412", pub="2026-03-18T17:30:00-06:00",
title="Billings vet named Montana Veterinarian of the Year",
body="""BILLINGS (KBZR) - A West End veterinarian who still makes calving-season ranch calls at 2 a.m. has been named Montana Veterinarian of the Year.

Dr. Nolan Ruegsegger, owner of Rimrock Large Animal Clinic, received the award from the Montana Veterinary Medical Association at its spring meeting in Helena. Ruegsegger grew up on a wheat and cattle place near Molt and has practiced in Billings for 24 years.

"Every rancher in this valley has my cell number," Ruegsegger said. "That's the job."

Clinic client Arlen Skjervold of Shepherd nominated him. "He saved half my heifers in the '19 blizzard," Skjervold told KBZR 8.""",
gold=[("BIL017", "subject")]),
# Arlen Skjervold (BIL001) is the quoted nominator: nothing.

dict(guid="bil_kbzr_2026_04_0277", pub="2026-04-27T22:10:00-06:00",
title="Lockwood pursuit ends with arrest; stolen pickup recovered",
body="""BILLINGS (KBZR) - A 27-year-old Billings man is in the Yellowstone County Detention Facility after a chase that started in Lockwood and ended in a field off Interstate 90 on Monday night.

Yellowstone County Sheriff's deputies say the man took a pickup from a driveway on Old Hardin Road while it was warming up. Owner Maria Elena Villalpando called 911 and deputies spotted the truck minutes later on Johnson Lane.

The driver left the road near the Lockwood interchange and ran into a field, where a K-9 unit found him. He faces charges of theft, criminal endangerment and fleeing from officers. Nobody was hurt.""",
gold=[]),
# Crime rule: the theft victim (BIL014) gets nothing.

dict(guid="bil_kbzr_2026_05_0529", pub="2026-05-29T18:05:00-06:00",
title="Hardin senior wins full-ride Gates Scholarship",
body="""HARDIN (KBZR) - Hardin High School senior Jace Holds The Bow is one of 300 students nationwide to win the Gates Scholarship, which covers the full cost of college.

Jace, the school's valedictorian and a three-year starter for the Bulldogs basketball team, plans to study civil engineering at Montana State University and bring what he learns home to the Crow Reservation.

His parents, Buster and Tamara Holds The Bow of Hardin, found out when Jace called them from the principal's office. "He was so calm. I was the one crying," his father said. "His grandma Rosalind would have been so proud."

Jace is a member of his mother's Whistling Water clan and a child of the Big Lodge clan, his late grandmother's clan.""",
gold=[("BIL010", "parent_of_subject")]),
# "Buster" is BIL010's roster nickname (Harlan); Tamara is his roster spouse (not a client).

dict(guid="bil_kbzr_2026_06_0611", pub="2026-06-04T17:45:00-06:00",
title="Lodge Grass teacher retires after 42 years in the classroom",
body="""LODGE GRASS (KBZR) - When Vivian Stands Over Hill started teaching at Lodge Grass Elementary in 1984, she taught in Crow first and English second. Forty-two years later, she is retiring as the district's longest-serving teacher.

Stands Over Hill taught kindergarten and first grade and built the school's Crow language immersion program. Many of her former students now have children in the program.

"Our language is who we are," she told KBZR 8 at a farewell honoring at the school gym, where students sang her an honor song and gave her a star quilt. Superintendent Ruby Falls Down said the district will name the immersion wing after her.""",
gold=[("BIL009", "subject")]),

dict(guid="bil_kbzr_2026_07_0722", pub="2026-07-22T07:30:00-06:00",
title="Baseball-size hail shreds roofs, cars in Laurel and West End",
body="""BILLINGS (KBZR) - Residents of Laurel and the Billings West End spent Wednesday morning tarping roofs and sweeping up glass after a severe thunderstorm dropped hail up to 2.75 inches across the area Tuesday evening.

The storm hit Park City at about 6:10 p.m. and moved east along Interstate 90. Laurel police said several streets were flooded by hail runoff, and dozens of windshields were broken in the Rimrock Road area.

"It sounded like someone was firing a shotgun at the house," said Ruth Ann Amundrud, who lives off Rimrock Road. "I lost every window on the west side."

Roofers say the phones have not stopped ringing. Insurance adjusters advise homeowners to photograph damage before starting repairs.""",
gold=[]),
# Ruth Ann Amundrud (BIL006) is quoted in storm coverage: nothing for the story (her weather outreach is the
# Severe Thunderstorm Warning itself).

dict(guid="bil_kbzr_2026_09_0904", pub="2026-09-10T18:20:00-06:00",
title="Crow Agency couple opens frybread and coffee drive-thru",
body="""CROW AGENCY (KBZR) - There's a new place to grab coffee on the way to Billings: Jerry and Loretta Rides Alone opened Little Bighorn Frybread & Coffee this week at the corner of Makawasha Avenue and Highway 212.

The couple spent two years turning a former tire shop into a drive-thru with a walk-up window. The menu leans on Loretta's late mother's recipes: frybread, Indian tacos, chokecherry syrup and buffalo stew on Fridays.

"Everybody used to come to her kitchen," Loretta Rides Alone said. "Now they can come to ours."

The drive-thru is open 6 a.m. to 2 p.m. Monday through Saturday. Pastor Delbert Crane Bull blessed the building at Saturday's opening.""",
gold=[("BIL007", "subject"), ("BIL008", "subject")]),
# Pastor Delbert Crane Bull (BIL021) blessed the building: nothing.
dict(guid="bil_kbzr_2026_10_1008", pub="2026-10-08T18:15:00-06:00",
title="Laurel firefighter hangs up his helmet after 45 years",
body="""LAUREL (KBZR) - Lyle Amundrud Sr. answered his first call for the Laurel Volunteer Fire Department in 1981, a grass fire along the railroad tracks. On Tuesday night the department retired his helmet and badge number.

Amundrud, 76, served as assistant chief for 18 years and trained, by the department's count, more than 200 volunteer firefighters. He kept answering calls through the summer he lost his son, Lyle Jr., to cancer.

"He was always the first truck out of the bay," Chief Brad Hageman said at the ceremony at the Laurel fire hall. Amundrud says he'll keep running the department's pancake breakfast.""",
gold=[("BIL020", "subject")]),
]
