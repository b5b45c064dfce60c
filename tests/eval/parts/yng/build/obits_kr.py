"""Kuzmiak-Rossi Funeral Homes (Boardman, Austintown and Girard chapels): a funeral-home site, title "Name (born -
died)", HTML in content:encoded with a one-sentence plain description. Hand-labelled."""

FEED = "kr"
ITEMS = [
dict(guid="yng_kr_konstantinos-karras", pub="2026-01-20T13:10:00-05:00", title="Konstantinos \"Gus\" Karras (1933 - 2026)",
body="""Konstantinos "Gus" Karras, 92, of Canfield, fell asleep in the Lord on Saturday, January 17, 2026, surrounded by his family.

Gus was born in 1933 in the village of Agios Dimitrios on the island of Chios, Greece, and came to Youngstown in 1952 with twenty dollars and a cousin's address on Belmont Avenue. He opened the Olympia Grill on Market Street in 1958 and ran it for 38 years; three generations of Youngstown steelworkers ate his chili dogs and his Sunday lamb. He was a founding member of the St. Nicholas Greek Orthodox Church parish council and a tireless worker at the church's Greek Festival.

He is survived by his daughter, Eleni (George) Stamatakos of Canfield; his son, Demetrios "Jim" Karras of Chicago; six grandchildren; and four great-grandchildren. He was preceded in death by his beloved wife of 61 years, Kalliopi, in 2019.

A Trisagion service will be held at 7 p.m. Thursday at the Kuzmiak-Rossi Funeral Home, Boardman chapel, where the family will receive friends from 5 p.m. The funeral will be held at 11 a.m. Friday at St. Nicholas Greek Orthodox Church, Youngstown, with Fr. Stavros Kallinikos officiating. May his memory be eternal.""",
gold=[("YNG005", "survivor")]),

dict(guid="yng_kr_carmen-batista-rivera", pub="2026-02-24T11:45:00-05:00", title="Carmen Batista Rivera (1946 - 2026)",
body="""Carmen Batista Rivera, 79, of Youngstown, went home to the Lord on Saturday, February 21, 2026, at Mercy Health St. Elizabeth Youngstown Hospital.

Carmen was born in Aguadilla, Puerto Rico, and came to Youngstown's North Side in 1968. She worked for 25 years as a seamstress and later as a teacher's aide at Taft Elementary, where generations of children learned their first English words from her. She was a devoted member of St. Rose of Lima parish and of the Puerto Rican Cultural Center, and her pasteles were famous every Christmas.

Le sobreviven su hija, Marisol Batista de Quiñones, y su esposo, Wilfredo "Freddie" Quiñones, de Youngstown; su hijo, Héctor Batista, de Cleveland; y siete nietos. She is survived by her daughter, Marisol Quiñones (Freddie) of Youngstown; her son, Hector Batista of Cleveland; and seven grandchildren. She was preceded in death by her husband, Ramón Batista.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Rose of Lima Church. Calling hours are Thursday from 5 to 8 p.m. at the Kuzmiak-Rossi Funeral Home, Austintown chapel, with the rosary at 7 p.m.""",
gold=[("YNG010", "survivor"), ("YNG009", "survivor")]),

dict(guid="yng_kr_edward-kapolka", pub="2026-03-20T09:20:00-04:00", title="Edward S. Kapolka (1935 - 2026)",
body="""Edward S. Kapolka, 90, of North Jackson, passed away on Wednesday, March 18, 2026, at his home.

Ed was born in Youngstown and served in the U.S. Army Corps of Engineers. In 1968 he opened a two-man machine shop in a pole barn on Mahoning Avenue; it is known today as Kapolka Tool & Die. He coached Jackson-Milton Little League for 22 years and was a member of St. Mary Church in North Jackson.

Ed is survived by his son, Dennis (Sharon) Kapolka of North Jackson, who now runs the family business; his daughter, Theresa Mroz of Lordstown; and five grandchildren, including Luke and Anna Kapolka. He was preceded in death by his wife of 60 years, Dolores (Sebest) Kapolka.

A funeral Mass will be celebrated at 10 a.m. Monday at St. Mary Church, North Jackson. Friends may call Sunday from 3 to 6 p.m. at the Austintown chapel.""",
gold=[("YNG016", "survivor")]),

dict(guid="yng_kr_agnes-pavlicek", pub="2026-04-09T10:05:00-04:00", title="Agnes T. Pavlicek (1932 - 2026)",
body="""Agnes Theresa Pavlicek, 93, of Girard, died Tuesday, April 7, 2026, at Liberty Health Care Center.

Agnes was born in Girard to Czech immigrants and lived her whole life within three blocks of St. Rose Church, where she was married, where she baptized her children and where she counted the Sunday collection for forty years. She worked as a bookkeeper for the Girard Board of Education and taught her daughter that a ledger that is off by a penny is off.

She is survived by her daughter, MaryJo Pavlicek of Girard, who cared for her at home for many years; her son, Thomas (Linda) Pavlicek of Vienna, Va.; and three grandchildren. She was preceded in death by her husband, Joseph Pavlicek, in 2004.

A Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Rose Church, Girard. Calling hours are Friday from 4 to 7 p.m. at the Kuzmiak-Rossi Funeral Home, Girard chapel.""",
gold=[("YNG012", "survivor")]),

dict(guid="yng_kr_rashid-michel-abounader", pub="2026-05-12T15:30:00-04:00", title="Rashid Michel Abounader (2001 - 2026)",
body="""Rashid Michel Abounader, 24, of Austintown, was called home far too soon on Saturday, May 9, 2026, following a motorcycle accident on Interstate 680.

Rashid graduated from Austintown Fitch High School in 2019 and from Youngstown State University in 2024 with a degree in mechanical engineering, and was working as an engineer at a Lordstown battery plant. He was an altar server at St. Maron Church for fifteen years, played goalkeeper for every team that would have him, and never once let his grandmother pay for her own coffee.

He is survived by his parents, Michel and Samira Abounader of Austintown; his sisters, Nour and Rita; his grandmother, Therese Abounader; his great-uncle and namesake, Rashid "Ray" Abounader of Austintown; and many aunts, uncles and cousins in Ohio and in Lebanon.

Friends may call Wednesday from 3 to 8 p.m. at the Kuzmiak-Rossi Funeral Home, Austintown chapel. A funeral Mass in the Maronite rite will be celebrated at 10 a.m. Thursday at St. Maron Church, Youngstown.""",
gold=[("YNG006", "survivor")]),

dict(guid="yng_kr_ruth-ellen-hollabaugh", pub="2026-06-23T10:40:00-04:00", title="Ruth Ellen Hollabaugh (1930 - 2026)",
body="""Ruth Ellen Hollabaugh, 95, of Salem, passed away Saturday, June 20, 2026, at Salem Regional Medical Center.

Ruth Ellen was born on a dairy farm in Green Township and taught first grade in the Salem City Schools for 34 years. She was a member of the First Friends Church and of the Salem Historical Society, and she could name every teacher who had ever taught at Reilly School.

She is survived by her nephews, Carl Hollabaugh of Leetonia and David Ruhlman of Columbiana, and by many former pupils who still called her Miss Ruthie. She was preceded in death by her sister, Esther Ruhlman.

A memorial service will be held at 2 p.m. Saturday at First Friends Church, Salem.""",
gold=[]),
]
