"""Yellow House Canyon Funeral Chapel, Lubbock: funeral-home site, HTML in content:encoded, one-sentence plain
description. Hand-labelled (gold=[...] beside each text)."""

FEED = "yhc"
ITEMS = [
dict(guid="lbb_yhc_wanda-sue-pirtle", pub="2026-01-21T10:15:00-06:00", title="Wanda Sue Pirtle (1941 - 2026)",
body="""Wanda Sue Pirtle, 84, of Lubbock, went home to be with the Lord on Sunday, January 18, 2026, surrounded by her family.

Wanda Sue was born August 14, 1941, in Post, Texas, to Homer and Ethel Gann. She graduated from Post High School in 1959 and married Lamar Pirtle on June 2, 1963, at First Baptist Church of Post. The former Wanda Sue Gann kept the books for Pirtle Cotton Gin for thirty-one years and never once, Lamar says, let a ginning season close a penny out of balance.

She is survived by her husband of 62 years, Lamar Pirtle of Lubbock; two sons, Kent Pirtle and wife Shawna of Midland and Darrell Pirtle of Lubbock; five grandchildren; and a sister, Jo Nell Hargrove of Snyder.

Services will be held at 10 a.m. Friday at Quaker Avenue Baptist Church with Rev. Emmitt Brasfield officiating. Pallbearers will be Trent Ohlenbusch, Cody Pirtle, Landon Pirtle, Rusty Hargrove, Wade Kimes and Jerry Don Self.""",
gold=[("LBB006", "deceased_client")]),

dict(guid="lbb_yhc_floyd-tidmore", pub="2026-02-09T09:40:00-06:00", title="Floyd Eugene Tidmore (1945 - 2026)",
body="""Floyd Eugene Tidmore, 80, of Lubbock, passed away Thursday, February 5, 2026, at Covenant Medical Center.

Floyd was born in Crosbyton and farmed cotton and milo in Crosby and Lubbock counties for fifty years. He was a fixture at the Idalou co-op coffee table, a deacon at Indiana Avenue Baptist Church and the last man in the county to give up on a Ford 8N.

He is survived by his wife, Norma; his daughter, Kristi Lyles of Idalou; his sister, Loretta (Dee) Brazzell of Lubbock; and a nephew he raised as a son, Dwayne Klattenhoff of Lubbock. He was preceded in death by his parents, Alvin and Ruby Tidmore, and a brother, Wendell.

The family thanks Dr. Ravi Kothapalli and the nurses of the Covenant heart unit for their kindness. A graveside service will be held at 2 p.m. Tuesday at the Crosbyton Cemetery.""",
gold=[("LBB002", "survivor"), ("LBB001", "survivor")]),

dict(guid="lbb_yhc_colton-ray-strebeck", pub="2026-03-04T14:30:00-06:00", title="Colton Ray Strebeck (2001 - 2026)",
body="""Colton Ray Strebeck, 24, of Lubbock, died Saturday, February 28, 2026, in a vehicle accident north of Abernathy.

Colton was a 2019 graduate of Lubbock-Cooper High School and worked as a lineman for South Plains Electric Cooperative. He was happiest behind a roping chute or a grill, and he never missed a Red Raider home game.

He is survived by his parents, Mark and Dana Strebeck of Lubbock; his sister, Kenzie; his grandparents, Buck and Alta Strebeck of Tahoka; and his girlfriend, Jaycee Moore.

Services will be held at 11 a.m. Saturday at the chapel, with burial at Resthaven Memorial Park. Pallbearers will be his fellow linemen.""",
gold=[]),

dict(guid="lbb_yhc_walter-gerlach", pub="2026-03-23T11:05:00-05:00", title="Walter Otto Gerlach (1935 - 2026)",
body="""Walter Otto Gerlach, 90, of Slaton, passed from this life on Thursday, March 19, 2026.

Walter was born in the Posey community to German Lutheran farmers and never strayed farther than Lubbock except for two years with the U.S. Army in Bavaria, where he found he could understand his grandmother's cooking words perfectly. He farmed, ran the Slaton Co-op Gin, and sang bass in the St. John Lutheran choir for sixty years.

Survivors include his wife of 66 years, Hilda; his son, Dale Gerlach and wife Marcy of Slaton; his grandson, Brantley Gerlach and wife Kassidy of Wolfforth; his granddaughter, Erin Lamb of Austin; and a cousin, Marvella Gattis of Abilene.

A funeral service will be held at 10:30 a.m. Monday at St. John Lutheran Church, Slaton.""",
gold=[("LBB020", "survivor")]),

dict(guid="lbb_yhc_velma-yancey-gober", pub="2026-04-14T08:50:00-05:00", title="Velma Yancey Gober (1938 - 2026)",
body="""Velma Yancey Gober, 87, of Lubbock, passed away peacefully April 11, 2026, at Carillon House.

Velma taught second grade at Wester Elementary for thirty-four years and could still name every child in her 1971 class picture. She was a faithful member of Oakwood Methodist Church, a master gardener and a fierce competitor at forty-two.

She is survived by her son, Dennis Gober of Fort Worth; her sister, Mrs. Garland Ruckman of Lubbock; and three grandchildren. She was preceded in death by her husband, Lowell Gober, and her brother, Harold Yancey.

A memorial service will be held at 2 p.m. Thursday at Oakwood Methodist Church.""",
gold=[("LBB016", "survivor")]),

dict(guid="lbb_yhc_anselmo-rendon", pub="2026-05-06T15:20:00-05:00", title="Anselmo \"Chemo\" Rendón (1951 - 2026)",
body="""Anselmo "Chemo" Rendón, 74, of Lubbock, passed away May 3, 2026.

Chemo was born in Crystal City and came to Lubbock to pick cotton in 1966. He stayed to drive a city sanitation truck for 29 years and coached Little League in the Guadalupe neighborhood for longer than that.

He is survived by his wife, Dolores; his children, Ramiro Rendón, Yolanda Peña and Alicia Rendón, all of Lubbock; and nine grandchildren.

A rosary will be recited at 7 p.m. Thursday at the chapel. Mass will be celebrated at 10 a.m. Friday at Our Lady of Guadalupe Catholic Church. Scripture readings by Margie D'Ambrosio and Tony Villegas.""",
gold=[]),
]
