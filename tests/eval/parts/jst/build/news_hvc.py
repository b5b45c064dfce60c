"""The Hilltop & Valley Courier: a free community weekly for Westmont, Richland, Windber and the Somerset County
side of the Conemaugh (schools, milestones, weddings, clubs). Teaser description plus HTML in content:encoded.
Hand-labelled."""

ITEMS = [
dict(guid="jst_hvc_2026_05_02_olympiad", pub="2026-05-02T08:00:00-04:00",
title="Westmont Hilltop junior takes gold at state Science Olympiad",
body="""Arjun Kollipara, a junior at Westmont Hilltop High School, won a gold medal in the Pennsylvania Science Olympiad's "Forensics" event at Juniata College last Saturday, the first state gold for the school in nine years.

Arjun, the son of Drs. Pradeep and Sunita Kollipara of Westmont, will compete at the national tournament in Ohio in May with teammates Owen Hritzko and Grace Lamberson. Coach Dana Shirey said Arjun "can identify a polymer by how it burns from across the room." """,
gold=[("JST024", "parent_of_subject")]),   # Sunita is not a client; teammate Owen Hritzko is a grandson, not a client

dict(guid="jst_hvc_2026_05_16_hall_of_fame", pub="2026-05-16T08:00:00-04:00",
title="Hilltop athletic hall of fame inducts four, including 1965 unbeaten lineman",
body="""The Westmont Hilltop Athletic Hall of Fame welcomed four new members at its banquet at the Sunnehanna Country Club on Saturday.

Bernie Hritzko, a two-way tackle on the undefeated 1965 football team, was inducted posthumously; his widow, Dolores Hritzko, accepted the plaque with their grandson Nathan. Also inducted were 1994 state wrestling champion Chad Ruddock, 2008 softball pitcher Lindsey Carothers and longtime boys' basketball coach Tim Flick.

"Bernie would have said the whole line should be up here," Dolores Hritzko told the crowd.""",
gold=[]),  # a posthumous honour accepted by the widow: not her own news; the deceased was labelled in February

dict(guid="jst_hvc_2026_06_05_valedictorian", pub="2026-06-05T08:00:00-04:00",
title="Windber Area names Pudliner valedictorian",
body="""Windber Area High School has named Kayla Pudliner valedictorian of the Class of 2026.

Kayla, the daughter of Gerald and Theresa Pudliner of Windber, finished with a 4.21 grade point average, captained the volleyball team and played first clarinet in the Windber Area Marching Ramblers. She will study chemical engineering at Penn State University Park in the fall. In her address she thanked her late grandfather, Jerry Pudliner, "who came to every game in a Ramblers jacket older than my dad." Salutatorian is Logan Bodolosky.""",
gold=[("JST004", "parent_of_subject"), ("JST005", "parent_of_subject")]),

dict(guid="jst_hvc_2026_06_20_anniversary", pub="2026-06-20T08:00:00-04:00",
title="Stofkos of Kernville celebrate 60 years",
body="""Gene and Rose Stofko of Kernville celebrated their 60th wedding anniversary on June 18 with a dinner at the Sons of Italy hall hosted by their children.

Eugene Stofko and Rosemarie Bucci were married June 18, 1966, at St. John Gualbert Cathedral. Gene retired from the Johnstown Police Department as a lieutenant in 1998; Rose was a secretary at Cochran Junior High for 27 years. They have three children, Gina (Tom) Ferencak of Mundys Corner, Mark Stofko of Johnstown and Lisa Stofko of Arlington, Va., and five grandchildren. The couple says the secret is "separate TV rooms." """,
gold=[("JST017", "subject"), ("JST018", "subject")]),

dict(guid="jst_hvc_2026_07_25_wedding", pub="2026-07-25T08:00:00-04:00",
title="Slavik-Ferencak wedding",
body="""Alyssa Marie Slavik and Brandon Thomas Ferencak were united in marriage on June 27 at St. Benedict Church, Geistown, the Rev. Anthony Sersen officiating. A reception followed at the Johnstown Slovak Club.

The bride is the daughter of David and Linda Slavik of Richland. The bridegroom is the son of Thomas and Gina Ferencak of Mundys Corner and the grandson of Eugene and Rosemarie Stofko of Kernville. The bride is a nurse at Conemaugh Memorial Medical Center; the bridegroom is an electrician with IBEW Local 5. After a trip to Aruba the couple resides in Mundys Corner.""",
gold=[("JST015", "subject")]),   # the Stofkos are grandparents of the groom, not parents: nothing for them

dict(guid="jst_hvc_2026_08_22_heritage_festival", pub="2026-08-22T08:00:00-04:00",
title="Slavic heritage festival draws record crowd to Cambria City",
body="""More than 9,000 people filled Cambria City's streets last weekend for the 18th annual Slavic Heritage Festival, organizers said.

Volunteers from six parishes rolled 14,000 pyrohy and 2,600 halupki. Festival chair Mary Ann Kostelnik thanked the kitchen crews, led by Helen Gresko and Dolores Hritzko, and the Wally Kuzmiak Polka Band, which played both nights. Proceeds go to the Cambria City Neighborhood Association's sidewalk fund.""",
gold=[]),  # organisers and volunteers thanked: not a life event for any of them

dict(guid="jst_hvc_2026_10_03_bus_driver", pub="2026-10-03T08:00:00-04:00",
title="Conemaugh Township bus driver parks Bus 14 after 42 years",
body="""Loren Berkebile of Hollsopple drove his last route for the Conemaugh Township Area School District on Friday, 42 years after he first climbed into the driver's seat of Bus 14.

Berkebile, 73, figures he has driven about 1.1 million miles on the same hills between Hollsopple, Jerome and Davidsville without an accident, and he has driven the children of children he once drove. Students lined the bus loop at the elementary school with signs, and his wife, Arlene, was waiting with a cake shaped like a school bus. "I'll miss the kids," he said. "I won't miss February." """,
gold=[("JST010", "subject")]),   # Arlene is quoted as his wife; the retirement is his
]
