"""Hennessey-Thornberg Funeral Home & Crematory (invented; chapels on the South Hill and in Spokane Valley, Wash.,
and in Coeur d'Alene, Idaho). Long funeral-home obituaries in the Scandinavian and German Lutheran manner:
"born to", confirmation, "entered eternal rest", survivors "(spouse)" notation. Hand-labelled."""

FEED = "htfh"
ITEMS = [
dict(guid="spk_htfh_2026_0108", pub="2026-01-22T10:15:00-08:00",
title="Ragnhild \"Ragna\" Rudstrom (1928 - 2026)",
body="""Ragnhild "Ragna" Rudstrom, 97, of Spokane, entered eternal rest on January 18, 2026, at Royal Park Health Center, with hymns from the old Norwegian hymnal being sung at her bedside.

Ragna was born April 2, 1928, in Stavanger, Norway, to Sigurd and Anna Tveit. She came to Spokane in 1948 with her husband, Harald Rudstrom, a cabinetmaker, and their little daughter, and for fifty years she was the quiet force behind the lefse and krumkake tables at the Sons of Norway Lodge and the Scandinavian bazaar at Central Lutheran Church.

Ragna was preceded in death by Harald in 2004 and by her son, Nils, in 1977. She is survived by her daughter, Solveig (Arnie) Skjonsberg of Spokane; granddaughters Birgit "Bitsy" Oftedahl (Erik) of Liberty Lake and Kari Skjonsberg of Portland, Ore.; and four great-grandchildren, who knew her as Oldemor.

A memorial service will be held at 11 a.m. Saturday, January 31, at Central Lutheran Church, 512 S Bernard St., with a reception of coffee and cardamom bread to follow. Memorials may be made to the Nordic Heritage Fund of the Sons of Norway. Arrangements by Hennessey-Thornberg, South Hill Chapel.""",
gold=[("SPK002", "survivor"), ("SPK001", "survivor"), ("SPK008", "survivor")]),

dict(guid="spk_htfh_2026_0131", pub="2026-02-19T09:40:00-08:00",
title="Wilhelm \"Bill\" Rauschkolb (1939 - 2026)",
body="""Wilhelm "Bill" Rauschkolb of Spokane Valley went home to his Lord on February 15, 2026, at the age of 86.

Bill was born May 14, 1939, in Ritzville, Washington, the youngest of six children of Gottlieb and Katharina Rauschkolb, Volga German wheat farmers. He was baptized and confirmed at Emanuel Lutheran Church in Ritzville and kept his catechism on his nightstand all his life. After service in the U.S. Army he came to the Valley and spent 34 years as a millwright at the Kaiser Trentwood rolling mill.

On June 10, 1964, he married Erna Pflueger at St. John's Lutheran Church in Spokane. She survives him after 61 years of marriage. Bill is also survived by his sons, Mark (Lisa) of Cheney and Daniel of Boise; five grandchildren; and his sister, Lydia Weber of Odessa. He was preceded in death by his parents and four brothers.

A funeral service will be held at 1 p.m. Monday, February 23, at Valley Lutheran Church, with burial at Greenwood Memorial Terrace. Pallbearers are Jerry Luedecke, Dale Weber, Tom Hergert, Phil Schnell, Marvin Kembel and Ron Amen. Arrangements by Hennessey-Thornberg, Valley Chapel.""",
gold=[("SPK006", "deceased_client"), ("SPK007", "spouse_of_deceased_client")]),

dict(guid="spk_htfh_2026_0167", pub="2026-03-12T11:05:00-08:00",
title="Harvey Lars Oftedahl (1940 - 2026)",
body="""Harvey Lars Oftedahl, 85, of Newport, Washington, died peacefully on March 9, 2026, at Newport Hospital.

Harvey was born July 30, 1940, in Fergus Falls, Minnesota, confirmed at Bethlehem Lutheran, and came west to log in the Pend Oreille country in 1961. He ran Oftedahl Cedar Products for 30 years and served on the Newport school board. He sang bass in the Our Saviour's Lutheran choir and never missed a lutefisk dinner.

He is survived by his wife of 60 years, Marit; his son, Erik (Bitsy) Oftedahl of Liberty Lake; his daughter, Janelle (Craig) Bossard of Sandpoint; his brother-in-law, Orville Fjelstad of Rathdrum; and seven grandchildren.

Services will be held at 2 p.m. Saturday, March 21, at Our Saviour's Lutheran Church, Newport. Arrangements by Hennessey-Thornberg, Valley Chapel.""",
# Bitsy = SPK008 Birgit Oftedahl (nickname, in the in-law (spouse) notation). Orville Fjelstad is do_not_contact.
gold=[("SPK008", "survivor")]),

dict(guid="spk_htfh_2026_0214", pub="2026-04-09T10:30:00-07:00",
title="Torvald Haugeberg (1931 - 2026)",
body="""Torvald Haugeberg, 94, of Coeur d'Alene, Idaho, passed away April 5, 2026, at his home overlooking the lake.

Tor was born on a farm near Stavanger, Norway, on February 1, 1931, and emigrated in 1953 to work in the north Idaho woods. He later built boats at a shop on the Spokane River and taught three generations of Coeur d'Alene children to row. He was a charter member of Trinity Lutheran Church in Coeur d'Alene.

He was preceded in death by his wife, Astrid, in 2018. He is survived by his daughter, Liv Haugeberg of Coeur d'Alene; his sister, Gudrun Brekkestad, and nephew, Kristoffer Brekkestad, both of Stavanger, Norway; and many friends at the Hayden Lake marina.

A celebration of life will be held at 3 p.m. Saturday, April 18, at Trinity Lutheran Church, Coeur d'Alene. Arrangements by Hennessey-Thornberg, Lakeside Chapel.""",
# Kristoffer Brekkestad of Stavanger, Norway: a namesake elsewhere, not SPK014 of Coeur d'Alene -> nothing.
gold=[]),
dict(guid="spk_htfh_2026_0251", pub="2026-05-28T09:20:00-07:00",
title="Frieda Margarethe Koenigsfeld (1936 - 2026)",
body="""Frieda Margarethe Koenigsfeld, née Pflueger, 89, of Cheney, was called home to her Savior on May 24, 2026.

Frieda was born June 2, 1936, on the family wheat farm near Lamont, Washington, the eldest daughter of Johann and Elisabeth Pflueger, and was baptized and confirmed at Zion Lutheran Church in Sprague, where services were still held in German on the first Sunday of the month. She married Walter Koenigsfeld in 1956; together they farmed 2,400 acres south of Cheney for forty years.

She was preceded in death by Walter in 2015, by her brother, Rudolf Pflueger, and by her brother-in-law, Bill Rauschkolb, earlier this year. She is survived by her sons, Dale (Brenda) of Cheney and Steven of Ritzville; her sister, Erna Rauschkolb of Spokane Valley; eight grandchildren and eleven great-grandchildren.

Funeral services will be held at 11 a.m. Tuesday, June 2 - what would have been her 90th birthday - at St. Paul's Lutheran Church, Cheney, with burial at Fairview Cemetery. Arrangements by Hennessey-Thornberg, Valley Chapel.""",
# Erna Rauschkolb (SPK007, maiden Pflueger) is the surviving sister -> survivor.
# Bill Rauschkolb (SPK006, himself deceased in February) preceded her in death -> nothing.
gold=[("SPK007", "survivor")]),
]
