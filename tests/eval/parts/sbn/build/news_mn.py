"""Michiana Neighbors: community paper (Mishawaka, Penn-Harris-Madison, South Bend, Goshen), teaser in
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="sbn_mn_2026_0420_pettaway", pub="2026-04-20T08:00:00-04:00",
title="Greater Mount Carmel celebrates pastor's 30 years in the pulpit",
body="""The congregation of Greater Mount Carmel Missionary Baptist Church on South Bend's west side will honor the Rev. Odell Pettaway on Sunday, April 26, for 30 years as its pastor.

Pettaway came to the church in 1996 from a congregation in Gary. Under his leadership the church opened a food pantry, a summer reading camp and the Western Avenue job-training center.

The anniversary service begins at 3:30 p.m.; the Rev. Dr. Clarence Whitlock of Indianapolis will preach. A banquet follows at the Century Center.""",
gold=[("SBN008", "subject")]),

dict(guid="sbn_mn_2026_0415_guggenheim", pub="2026-04-15T08:00:00-04:00",
title="Notre Dame historian Lorcan O'Dwyer wins Guggenheim Fellowship",
body="""Lorcan O'Dwyer, a professor of history and Irish studies at the University of Notre Dame, has been awarded a 2026 Guggenheim Fellowship.

O'Dwyer, who lives in South Bend's East Bank neighborhood, will use the fellowship to finish a book on Irish canal workers who settled along the St. Joseph River in the 1830s.

"The first Irish in South Bend dug the ditches and built the dams," he said. "Almost nobody wrote their names down."
""",
gold=[("SBN022", "subject")]),   # roster ODwyer (apostrophe dropped)

dict(guid="sbn_mn_2026_0528_scholar", pub="2026-05-28T08:00:00-04:00",
title="Goshen senior earns full-ride Lilly scholarship",
body="""Goshen High School senior Itzel Cuevas has been named Elkhart County's Lilly Endowment Community Scholar, a full-tuition, four-year award to any Indiana college.

Itzel, the daughter of Reinaldo and Yesenia Cuevas of Goshen, will study chemical engineering at Purdue University. She is the school's salutatorian and captain of the robotics team, and she works weekends at her parents' bakery.""",
gold=[("SBN004", "parent_of_subject"), ("SBN005", "parent_of_subject")]),

dict(guid="sbn_mn_2026_1012_gala", pub="2026-10-12T08:00:00-04:00",
title="Library gala raises $212,000 for branch makeovers",
body="""The St. Joseph County Public Library Foundation's Turning the Page gala at the Morris Performing Arts Center raised $212,000 for renovating the Western and LaSalle branches.

Presenting sponsors were 1st Source Bank and Lemmens Hardware. Table hosts included Judge Philippa Szalontai, Dr. Imogen Sadowsky, Gus and Colette Lemmens, Prof. Lorcan O'Dwyer and Genny Rzepecki.

Volunteers Dolly Przybylinski and Ruth Kowalski organized the silent auction.""",
gold=[]),   # sponsors, table hosts and volunteers listed: nothing

dict(guid="sbn_mn_2026_0418_anniv", pub="2026-04-18T08:00:00-04:00",
title="Przybylinskis celebrate 50 years",
body="""Ted and Dolly Przybylinski of South Bend will celebrate their 50th wedding anniversary with an open house from 2 to 5 p.m. Saturday, April 25, at the Polish Falcons Nest 4 hall.

Thaddeus Przybylinski Jr. and Dolores Kaczmarek were married April 24, 1976, at St. Hedwig Catholic Church. He retired from AM General; she was a school secretary at St. Adalbert School for 30 years.

They have two sons, T.J. of Mishawaka and Maj. Adam Przybylinski of the U.S. Air Force, and one granddaughter. The couple asks that guests bring a canned good for the Hope Ministries pantry in lieu of gifts.""",
gold=[("SBN001", "subject"), ("SBN002", "subject")]),
]
