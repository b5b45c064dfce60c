"""KPLN NewsChannel 11 South Plains (local TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="ptx_kpln_20260120_0731", pub="2026-01-20T17:45:00-06:00", title="Plainview cooperative gin names new general manager",
body="""PLAINVIEW, Texas (KPLN) - The board of Hale County Farmers Co-op Gin named a new general manager on Tuesday.

Travis Stroup, who has been the gin's assistant manager since 2017, takes over on February 1 from Ronald Tubbs, who is retiring after 26 years. Stroup grew up on a farm near Plainview and studied agricultural economics at Texas Tech.

"Last year we ginned 118,000 bales," Stroup said. "I'd like to see us do that again with fewer breakdowns." """,
gold=[("PTX011", "subject")]),

dict(guid="ptx_kpln_20260205_0812", pub="2026-02-05T22:10:00-06:00", title="Petersburg woman, 84, escapes house fire",
body="""PETERSBURG, Texas (KPLN) - An 84-year-old Petersburg woman escaped without injury after fire broke out at her home on Avenue G early Thursday.

Beulah Kimbrough told firefighters she woke to the smoke alarm around 4 a.m. and got out through the back door with her cat. The Petersburg Volunteer Fire Department said the fire began in a space heater in the living room. The home is a total loss.

"She was standing in my yard in her housecoat when I got there," said neighbor Orville Quisenberry, who called 911. Church members are collecting clothing for Kimbrough at Petersburg First Baptist.""",
gold=[("PTX022", "subject")]),

dict(guid="ptx_kpln_20260228_0905", pub="2026-02-28T18:20:00-06:00", title="Plainview teacher named Region 17 Secondary Teacher of the Year",
body="""PLAINVIEW, Texas (KPLN) - A Plainview High School chemistry teacher has been named Secondary Teacher of the Year for Education Service Center Region 17.

Marisol Cantu has taught at Plainview High for eleven years and started the school's science olympiad team, which qualified for state for the first time last spring. She will now compete for the statewide title in Austin.

"She makes you want to come to class at 7:30 in the morning, which is saying something," said senior Luis Hernandez.""",
gold=[("PTX014", "subject")]),

dict(guid="ptx_kpln_20260316_1010", pub="2026-03-16T17:30:00-05:00", title="Plainview couple celebrates 50 years of marriage with a cake in the shape of a cotton module",
body="""PLAINVIEW, Texas (KPLN) - Fifty years ago this Saturday, Dwayne and Loretta Kettleman were married at First Baptist Church of Lockney. On Saturday they renewed their vows there, then cut a cake built to look like a cotton module.

The Kettlemans met at a Lockney football game in 1973. Dwayne spent 38 years with the Hale County Appraisal District; Loretta taught kindergarten at Highland Elementary.

"She still laughs at my jokes," Dwayne said. "Most of them." """,
gold=[("PTX001", "subject"), ("PTX002", "subject")]),

dict(guid="ptx_kpln_20260409_1133", pub="2026-04-09T21:40:00-05:00", title="Grass fire burns barn, equipment south of Abernathy",
body="""ABERNATHY, Texas (KPLN) - A grass fire driven by 50 mph winds burned a barn and two tractors on a farm south of Abernathy on Thursday afternoon.

No one was hurt. The property belongs to Lubbock resident Glen Hatfield. Abernathy Volunteer Fire Department Chief Wade Mayfield said crews from New Deal and Shallowater helped keep the fire from reaching two homes.

"The wind did whatever it wanted today," Mayfield said.""",
gold=[]),

dict(guid="ptx_kpln_20260511_1206", pub="2026-05-11T16:00:00-05:00", title="El Paso restaurateur wins statewide small-business award",
body="""EL PASO, Texas (KPLN/Texas News Service) - Ricardo Villarreal, who owns three Villarreal's Burrito Express locations in El Paso, was named Texas Small Business Person of the Year on Monday by the state's small-business development centers.

Villarreal started with a food truck on Montana Avenue in 2009.""",
gold=[]),
]
