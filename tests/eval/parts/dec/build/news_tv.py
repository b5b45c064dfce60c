"""Heartland 23 News (WHTL, Decatur-Springfield-Champaign): local TV station site, short web stories, HTML
descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="dec_whtl_story_20260119_0311", pub="2026-01-19T17:40:00-06:00",
title="Decatur pastor honored with King Legacy Award",
body="""DECATUR, Ill. (WHTL) - A Decatur pastor whose church has run a free tax-preparation clinic and a Saturday tutoring program for more than a decade received the city's Martin Luther King Jr. Legacy Award on Monday.

The Rev. Dr. Alfonso Pettiford, pastor of Greater New Bethel Missionary Baptist Church, accepted the award at the Decatur Civic Center after the annual MLK breakfast. The church's clinic filed more than 900 returns for free last year.

"This award belongs to the volunteers who give up their Saturdays," Pettiford said.""",
gold=[("DEC009", "subject")]),

dict(guid="dec_whtl_story_20260224_0407", pub="2026-02-24T06:15:00-06:00",
title="Woman, cats escape early-morning house fire on Decatur's north side",
body="""DECATUR, Ill. (WHTL) - A Decatur woman and her two cats got out safely early Tuesday after fire broke out in her home in the 2300 block of North Jasper Street.

Courtney Ruhl, 37, told firefighters she woke to the smoke alarm just after 3 a.m. and found the kitchen in flames. Decatur Fire Department crews had the fire under control in about 20 minutes, but the house is a total loss, Battalion Chief Rick Harshman said. The cause is under investigation.

"She was standing in the yard in her socks holding a cat carrier," said neighbor Chris Oberle, who gave her a coat. The American Red Cross is helping Ruhl with temporary housing.""",
gold=[("DEC022", "subject")]),

dict(guid="dec_whtl_story_20260402_0519", pub="2026-04-02T18:05:00-05:00",
title="Springfield Southeast junior takes gold at state Science Olympiad",
body="""SPRINGFIELD, Ill. (WHTL) - A Springfield Southeast High School junior is headed to nationals after winning two gold medals at the Illinois Science Olympiad state tournament in Champaign on Saturday.

Imani Whitfield, 16, won the Disease Detectives and Forensics events. She is the daughter of Jamal and Renita Whitfield of Springfield. Her coach, Derrick Sauer, said she spent spring break building a mock crime lab in the family garage.

The national tournament is in May at Michigan State University.""",
gold=[("DEC021", "parent_of_subject")]),

dict(guid="dec_whtl_story_20260508_0588", pub="2026-05-08T17:30:00-05:00",
title="Macon County names Volunteer of the Year",
body="""DECATUR, Ill. (WHTL) - Darlene Wetzel has logged more than 6,000 hours at the Northeast Community Fund's food pantry since 2009. On Friday, the Macon County Board named her the county's Volunteer of the Year.

Wetzel, 77, a retired school secretary, runs the pantry's Tuesday distribution and recruited most of its current volunteers from her church. Her husband, Jerry, drives the pantry truck.

"I just show up," Wetzel said. "The people who need us show up too, and somebody has to unlock the door." """,
gold=[("DEC002", "subject")]),

dict(guid="dec_whtl_story_20260617_0671", pub="2026-06-17T12:20:00-05:00",
title="Clean-up under way after storm tears through south Decatur, Mount Zion",
body="""DECATUR, Ill. (WHTL) - Crews from Ameren Illinois were still working Wednesday to restore power to about 4,000 customers after Tuesday evening's severe thunderstorm brought wind gusts estimated at 70 mph to south Decatur and Mount Zion.

Dozens of trees came down around Fairview Park and along East Wood Street, and a barn roof landed on Route 121 near Mount Zion. No injuries were reported.

"It sounded like a freight train, and then it was just gone," said Lorraine Sefton, 87, who watched the storm from her porch on Elm Street in Mount Zion. At Greater New Bethel Missionary Baptist Church, volunteers organized by deacon Tyrone Buckner handed out water and cleared limbs for elderly neighbors. "We know these streets," Buckner said. "We'll be out here until they're clear." """,
gold=[]),

dict(guid="dec_whtl_story_20260820_0802", pub="2026-08-20T16:45:00-05:00",
title="Champaign taqueria owner opens second spot in downtown Urbana",
body="""URBANA, Ill. (WHTL) - The owner of one of Champaign's most popular taquerias is expanding across the county line.

Lupe Anaya, who opened La Casita de Lupe on North Prospect Avenue in 2014, cut the ribbon Thursday on a second location on Main Street in downtown Urbana. The new restaurant has 60 seats and a tortilleria in the front window.

Anaya said the new spot is named for her late father, Samuel, who taught her to make tortillas. "He would have stood in that window all day," she said.""",
gold=[("DEC010", "subject")]),
]
