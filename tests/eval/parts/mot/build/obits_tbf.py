"""Thorvaldsen-Brekke Funeral Chapel (Minot and Velva, invented): funeral-home site, full life stories, HTML in
content:encoded, one-sentence teaser, permalink guids. Hand-labelled (`gold`)."""

FEED = "tbf"
BASE = "https://www.thorvaldsenbrekke.example/obituaries/"
ITEMS = [
dict(guid="mot_tbf_margit-lindgaard-2026-02", pub="2026-02-16T10:20:00-06:00", title="Margit Helene Lindgaard (1931 - 2026)",
body="""Margit Helene Lindgaard, age 94, of Velva, passed away peacefully on Thursday, February 12, 2026, at the Sunview Living Center in Velva.

Margit was born on October 18, 1931, on a farm near Voltaire, the youngest of nine children of Thorvald and Hanna Ness. She married Einar Lindgaard in 1953 at Bethany Lutheran Church, and together they farmed south of Velva for forty-four years. Margit was famous for her lefse, which she rolled on the same board for seventy years, and for the Hardanger embroidery that hangs in half the homes in McHenry County.

Left to cherish her memory are her son, Thorwald "Tory" (Jolene) Lindgaard of Velva; her daughter, Ingrid (Paul) Mattson of Moorhead, Minn.; eight grandchildren; and eleven great-grandchildren.

She was preceded in death by her husband, Einar, in 2012, her parents, and all eight of her brothers and sisters.

A funeral service will be held at 11:00 a.m. on Tuesday, February 17, at Bethany Lutheran Church in Velva. Visitation will be one hour prior. Burial will be at Velva Lutheran Cemetery in the spring.""",
gold=[("MOT023", "survivor")]),

dict(guid="mot_tbf_clement-lafromboise-2026-03", pub="2026-03-03T09:45:00-06:00", title="Clement Joseph LaFromboise (1952 - 2026)",
body="""Clement Joseph LaFromboise, 73, of Minot, formerly of Belcourt, went to be with the Creator on Saturday, February 28, 2026, at Trinity Hospital in Minot.

Clem was born on May 6, 1952, in Belcourt to Alfred and Marie (Davis) LaFromboise, an enrolled member of the Turtle Mountain Band of Chippewa Indians. He spoke Michif with his mother to the end of her life and could fiddle the Red River Jig faster than anyone at the Turtle Mountain powwow. He worked thirty years as a heavy-equipment operator for the BNSF Railway out of Minot.

He is survived by his sisters, Delphine LaFromboise of Minot and Rose (Leonard) Azure of Dunseith; his brother, Ambrose LaFromboise of Belcourt; and many nieces, nephews and cousins across the Turtle Mountains.

He was preceded in death by his parents and by his brother, Francis.

A wake with a rosary will be held at 7:00 p.m. on Wednesday at the Thorvaldsen-Brekke Funeral Chapel in Minot. The funeral Mass will be celebrated at 11:00 a.m. on Thursday, March 5, at St. Ann's Catholic Church in Belcourt, and he will be laid to rest at St. Ann's Cemetery.""",
gold=[("MOT012", "survivor")]),

dict(guid="mot_tbf_eleanor-rudnick-2026-04", pub="2026-04-20T14:10:00-05:00", title="Eleanor Mae Rudnick (1946 - 2026)",
body="""Eleanor Mae Rudnick, 79, of Minot, died on Friday, April 17, 2026, at the Minot Health & Rehabilitation Center.

Eleanor was born on November 2, 1946, in Rugby. She came to Minot in 1966 to study nursing and stayed: she worked as a surgical nurse for 38 years and raised two children on the north hill. She was a longtime volunteer for the Norsk Hostfest and the Minot Symphony Guild.

Eleanor is survived by her daughter, Kirsten Ostgaard (Dale) of Burlington; her son, Brian Rudnick of Denver, Colo.; and three grandchildren, Maren, Anders and Liv.

She was preceded in death by her husband, Gerald Rudnick, in 2017.

A memorial service will be held at 2:00 p.m. on Friday, April 24, at Christ Lutheran Church, Minot. Inurnment will follow at Rose Hill Memorial Park.""",
gold=[("MOT004", "survivor")]),

dict(guid="mot_tbf_bjarne-haakenstad-2026-05", pub="2026-05-04T11:30:00-05:00", title="Bjarne Haakenstad (1945 - 2026)",
body="""Bjarne Haakenstad, 80, of Minot, died on Friday, May 1, 2026, at his home, after a long illness borne with patience and a sense of humour.

Bjarne was born on September 9, 1945, in Stavanger, Norway, and came to Minot in 1968 with two suitcases and an engineering degree. He spent his career with Otter Tail Power and Montana-Dakota Utilities, and in retirement carved the wooden trolls that greet visitors at the Scandinavian Heritage Park.

He is survived by his wife of 51 years, Ardis Haakenstad of Minot; his daughter, Siri Haakenstad of St. Paul, Minn.; his sister, JoAnn (Hal) Bjornstad of Surrey; and his brother, Odd Haakenstad of Stavanger.

A service of remembrance will be held at 1:00 p.m. on Friday, May 8, at Nidaros Lutheran Church in Minot, with the Rev. Erling Stavenes officiating.""",
gold=[("MOT009", "survivor"), ("MOT008", "survivor")]),

dict(guid="mot_tbf_philomena-feist-2026-06", pub="2026-06-15T08:50:00-05:00", title="Philomena Feist (1947 - 2026)",
body="""Philomena "Phyllis" Feist, 78, of Velva, formerly of Balfour, died on Thursday, June 11, 2026, at the Sunview Living Center in Velva.

Philomena Kuntz was born on December 26, 1947, near Balfour, the daughter of Michael and Rosina (Bichler) Kuntz, and was raised in the German-Russian Catholic farm community there. She married Leo Feist in 1968 at St. Anselm's Church, Balfour. Her kuchen took purple ribbons at the State Fair eleven times.

She is survived by her sisters, Leontine "Teeny" Wolfsteller of Velva and Mrs. Wendelin (Rosalie) Schaan of Glenburn; her sons, Michael (Deb) Feist of Velva and Thomas Feist of Dickinson; and six grandchildren.

She was preceded in death by her husband, Leo, in 2020, and by her brother, Anton Kuntz.

A Mass of Christian Burial will be celebrated at 10:00 a.m. on Wednesday, June 17, at St. Cecilia's Catholic Church in Velva, with a rosary at 7:00 p.m. Tuesday at our Velva chapel.""",
gold=[("MOT003", "survivor"), ("MOT011", "survivor"), ("MOT010", "survivor")]),

dict(guid="mot_tbf_vernon-aslakson-2026-07", pub="2026-07-06T10:05:00-05:00", title="Vernon Dale Aslakson (1949 - 2026)",
body="""Vernon Dale Aslakson, 77, of Minot, passed away on Wednesday, July 1, 2026, at Trinity Hospital.

Vern was born on March 22, 1949, in Makoti. He drove truck for Farmers Union Oil for forty years and never missed a Minot State Beavers home game.

He is survived by his wife, Donna Aslakson of Minot; his children, Jeff (Cheryl) Aslakson of Minot and Tammy (Rod) Eide of Williston; and five grandchildren.

The family wishes to thank Dr. Anneliese Vogelsang and the staff of Trinity Hospital's fourth floor for their compassionate care.

A funeral service will be held at 10:30 a.m. on Friday, July 10, at First Lutheran Church, Minot. Pallbearers will be Jermaine Ottley, Kevin Eide, Bryce Aslakson, Tom Rohde, Dan Heinle and Curt Brekke.""",
gold=[]),

dict(guid="mot_tbf_ingvald-skarphol-2026-08", pub="2026-08-10T09:15:00-05:00", title="Ingvald Skarphol (1930 - 2026)",
body="""Ingvald Skarphol, 96, of Surrey, died on Saturday, August 8, 2026, at the Wellington care home in Minot.

Ingvald was born on January 14, 1930, in Surrey, and farmed the same section east of town for sixty years. He was a charter member of the Surrey Volunteer Fire Department and sang with the Sons of Norway Mannskor until he was ninety.

He is survived by his daughters, Karen (Doug) Lien of Surrey and Beth Skarphol of Minneapolis; his son, Paul (Ruth) Skarphol of Surrey; eleven grandchildren; and fourteen great-grandchildren.

He was preceded in death by his wife, Agnes, in 2015.

A funeral service will be held at 11:00 a.m. on Thursday, August 13, at Surrey Lutheran Church.""",
gold=[]),
]
