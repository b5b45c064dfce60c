"""Vinton Messenger & Salem Neighbors: community paper (schools, milestones, festivals), teaser in description,
HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="roa_vsn_2026_0303", pub="2026-03-03T07:00:00-05:00", title="Patrick Henry senior earns Eagle Scout rank",
body="""Malik Goode, a senior at Patrick Henry High School, received the rank of Eagle Scout at a court of honor Feb. 28 at Bethel Rock Baptist Church, home of Troop 117.

For his Eagle project Malik built and installed eight raised garden beds at the Melrose branch library. He is the son of Terrence and Sharonda Goode of Roanoke and plans to study civil engineering at Virginia Tech.""",
gold=[("ROA015", "parent_of_subject"), ("ROA014", "parent_of_subject")]),

dict(guid="roa_vsn_2026_0407", pub="2026-04-07T07:00:00-04:00", title="Breckinridge eighth-grader takes top honors at regional science fair",
body="""Valeria Barrientos, an eighth-grader at Breckinridge Middle School, won the grand award in the junior division of the Western Virginia Regional Science Fair for her project on filtering microplastics out of Roanoke River water with coffee grounds.

Valeria, 13, is the daughter of Ezequiel Barrientos and Yesenia Villafañe of Roanoke. She will compete at the state fair in Lexington, Va., next month.""",
gold=[("ROA005", "parent_of_subject"), ("ROA006", "parent_of_subject")]),

dict(guid="roa_vsn_2026_0501", pub="2026-05-01T07:00:00-04:00", title="Cindy Stoutamire named Dogwood Festival grand marshal",
body="""The Vinton Dogwood Festival committee has named Lucinda "Cindy" Stoutamire grand marshal of this year's parade, which steps off Saturday, May 2, at 10 a.m.

Stoutamire has organized the festival's craft fair for 18 years and taught third grade at Herman L. Horn Elementary for 31. "I've walked in front of the parade with a clipboard for years," she said. "Riding in a convertible will be a change."

Festival chair Ron Akers said the choice was unanimous.""",
gold=[("ROA022", "subject")]),

dict(guid="roa_vsn_2026_0602", pub="2026-06-02T07:00:00-04:00", title="Flannagans mark 50 years of marriage",
body="""Col. (Ret.) Royce and Bettina "Tina" Flannagan of Salem will celebrate their 50th wedding anniversary June 12.

The former Bettina Hylton and Royce Flannagan were married June 12, 1976, at Salem Presbyterian Church. He served 28 years in the U.S. Army; she taught English at Andrew Lewis Middle School. They have two daughters and five grandchildren. A reception hosted by their daughters will be held at the Salem Civic Center.""",
gold=[("ROA011", "subject"), ("ROA012", "subject")]),

dict(guid="roa_vsn_2026_0616", pub="2026-06-16T07:00:00-04:00", title="Rev. Boatwright marks 40 years in the Greater Calvary Hill pulpit",
body="""Greater Calvary Hill Baptist Church will honor its pastor, the Rev. Clement A. Boatwright, on Sunday, June 21, for 40 years of service.

Boatwright came to the northwest Roanoke congregation in 1986 at age 37. Under his leadership the church opened a food pantry and a tutoring program that has served more than 2,000 children. The anniversary service is at 3 p.m., with a dinner to follow.""",
gold=[("ROA009", "subject")]),

dict(guid="roa_vsn_2026_0811", pub="2026-08-11T07:00:00-04:00", title="Salem Rescue Squad thanks its volunteers and donors",
body="""The Salem Rescue Squad honored its volunteers at its annual picnic Aug. 8 at Longwood Park. Recognized for 10 or more years of service were Vangie Dudding, Ottis Blankenbeckler, Kent Dudding and Delia Van Lear.

Donors of $500 or more this year include Royce and Tina Flannagan, Dr. Prakash Thirunavukkarasu, Vuong's Kitchen and Quesenberry's Smokehouse.""",
gold=[]),  # volunteer and donor lists: nothing
]
