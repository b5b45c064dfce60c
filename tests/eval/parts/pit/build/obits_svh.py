"""Mon Valley Slavic Catholic Herald: Slovak, Rusyn and Polish community weekly, "Memory Eternal" column, plain
text. Hand-labelled (`gold`)."""

BASE = "pit_svh_"
ITEMS = [
dict(guid=BASE + "2026-w03-wojcik", pub="2026-01-20T07:00:00-05:00", title="Stanisława \"Stella\" Wojcik, 97, Port Vue",
body="""Stanisława "Stella" (Grabowska) Wojcik, 97, of Port Vue, died January 16, 2026. Born in Glassport to immigrants from Nowy Targ, she worked as a seamstress and kept the Rosary Society of St. Adalbert going through two parish mergers. She sang the Gorzkie Żale every Lent until she was 95.

She is survived by her daughters, Irene (Joseph) Mrozek of West Mifflin and Janina Wojcik of Port Vue; four grandchildren and seven great-grandchildren. Preceded in death by her husband, Kazimierz, and her son, Edward.

Mass of Christian Burial was celebrated at St. Adalbert (now Corpus Christi Parish), McKeesport. Wieczny odpoczynek racz jej dać, Panie.""",
gold=[("PIT004", "survivor"), ("PIT003", "survivor")]),

dict(guid=BASE + "2026-w08-tomko", pub="2026-02-24T07:00:00-05:00", title="Michael J. Tomko, 88, Clairton",
body="""Michael J. Tomko, 88, of Clairton, reposed in the Lord on February 20, 2026. A retired heater at the Clairton Coke Works (42 years) and a lifelong member of St. Nicholas Carpatho-Russian Orthodox Church, where he sang in the choir and served as starosta for two decades.

Survived by his wife of 63 years, Anna (Hornyak) Tomko; his son, Michael Jr. of Jefferson Hills; his sister-in-law, Bernadette "Bernie" Tomko of Clairton; and many nieces and nephews. Preceded in death by his brothers, Paul and Andrew.

Parastas was served Monday evening at the funeral home; the funeral service Tuesday at St. Nicholas Church, Very Rev. Fr. Nicholas Barna officiating. Memory Eternal!""",
gold=[("PIT022", "survivor")]),

dict(guid=BASE + "2026-w14-kuzma", pub="2026-04-07T07:00:00-04:00", title="Anna Kuzma, 90, Dravosburg",
body="""Anna (Hornak) Kuzma, 90, of Dravosburg, fell asleep in the Lord on April 3, 2026, Great and Holy Friday. She was a charter member of the Dravosburg Slovak Club auxiliary and baked nut and poppyseed rolls for every parish bazaar for fifty years.

She leaves her son, Gary Kuzma, and his wife, Mary Ann, of Dravosburg, with whom she made her home; her daughter, Elaine (Robert) Sopko of North Versailles; five grandchildren; and three great-grandchildren. Preceded in death by her husband, John Kuzma, in 2009.

A Panachida was sung at the Hrabik-Dunn Funeral Home, Munhall, and the Divine Liturgy of Christian Burial celebrated at St. Mary Byzantine Catholic Church, McKeesport. Vičnaja jej pamjať!""",
gold=[("PIT005", "survivor")]),
]
