"""Obituaries for the enw part, three house styles. Hand-labelled (`gold=[(client_id, role), ...]`).

LEDGER: Kenosha daily newspaper obituaries, plain text ("(nee ...)", "Survivors include ...").
FH: Racine/Burlington funeral-home site, HTML in content:encoded, one-sentence plain description.
NOTICES: Milwaukee-style paid death notices ("SURNAME, Given (Nee ...)", "Beloved wife of ..."), plain text.
"""

LEDGER = [
dict(guid="enw_kll_obit_20260109_wojcik", pub="2026-01-09T05:30:00-06:00", title="Stanley J. Wojcik Sr.",
body="""Stanley J. Wojcik Sr., 94, of Kenosha, passed away peacefully on Tuesday, January 6, 2026, at Brookside Care Center.

Stan was born on March 2, 1931, in Kenosha, the son of the late Jozef and Stanislawa (Kurek) Wojcik. He attended St. Casimir grade school and graduated from Bradford High School in 1949. He worked 38 years at American Motors, retiring in 1988 from the paint department. He was a lifelong member of St. Casimir Parish and the Polish Legion of American Veterans.

Survivors include his son, Stanley Jr. (Barbara) of Kenosha; his daughter, Irene (Dennis) Marek of Bristol; five grandchildren and seven great-grandchildren.

He was preceded in death by his wife of 61 years, Helen (nee Sobczak), in 2015, and by his brothers, Edmund and Walter.

Visitation will be held on Monday, January 12, from 9:30 a.m. until the Mass of Christian Burial at 11 a.m. at St. Casimir Catholic Church. Interment will follow at St. George Cemetery.""",
gold=[("ENW005", "survivor"), ("ENW006", "survivor")]),

dict(guid="enw_kll_obit_20260203_bellucci", pub="2026-02-03T05:30:00-06:00", title="Rose Marie Bellucci (nee Ruffolo)",
body="""Rose Marie Bellucci (nee Ruffolo), 79, of Kenosha, died Saturday, January 31, 2026, at Froedtert South - Kenosha Medical Center.

Born in Kenosha on June 8, 1946, she was the daughter of the late Carmen and Philomena (Lenzi) Ruffolo. On April 22, 1967, she married Frank Bellucci at Holy Rosary Church. He preceded her in death in 2019. Rose worked for many years at the Jockey outlet and was known up and down 22nd Avenue for her pizzelles.

Rose is survived by her sons, Frank Jr. (Debbie) of Racine and Vincent of Kenosha; four grandchildren; her sister, Mary Jo Kaminski of Pleasant Prairie; and many nieces and nephews.

In addition to her husband and parents, she was preceded in death by her brother, Carmen Jr., and her brother-in-law, Edward Kaminski.

A Mass of Christian Burial will be celebrated at 10 a.m. Friday at Holy Rosary Church, with Father Tomasz Bielski officiating.""",
gold=[("ENW007", "survivor")]),

dict(guid="enw_kll_obit_20260317_pacetti", pub="2026-03-17T05:30:00-05:00", title="Eugene J. \"Gene\" Pacetti",
body="""Eugene Joseph "Gene" Pacetti, age 79, of Kenosha, passed away on Saturday, March 14, 2026, at his home surrounded by his family.

Gene was born on May 14, 1946, in Kenosha, the son of the late Angelo and Rosa (Maurino) Pacetti. He graduated from St. Joseph High School in 1964 and served in the U.S. Army in Germany. On June 15, 1968, he married Dolores Wojtowicz at St. Anthony Church. Gene owned and operated Pacetti Plumbing & Heating on 52nd Street for 34 years. He bowled at Guttormsen Recreation well into his seventies and never missed a Friday fish fry at the Elks.

Gene is survived by his beloved wife of 57 years, Dolores (nee Wojtowicz); his children, Michael (Kathy) Pacetti of Pleasant Prairie and Lisa (Brian) Orth of Somers; six grandchildren; and his sister, Angela Ricchio of Zion, Ill.

He was preceded in death by his parents and his brother, Robert.

Pallbearers will be Casey Jankowski, Stan Wojcik Jr., Dominic Ricchio, Tyler Orth, Nicholas Pacetti and Anthony Pacetti.

Visitation will be held on Thursday from 4 to 7 p.m. at the Harborside Chapel of Ketterhagen-Lane Funeral Service. The Funeral Mass will be Friday at 10 a.m. at St. Anthony Church, Rev. Daniel Fitzgerald presiding.""",
gold=[("ENW001", "deceased_client"), ("ENW002", "spouse_of_deceased_client")]),

dict(guid="enw_kll_obit_20260428_kreuser", pub="2026-04-28T05:30:00-05:00", title="Thomas J. \"TJ\" Kreuser",
body="""Thomas James "TJ" Kreuser, 19, of Pleasant Prairie, died unexpectedly on Friday, April 24, 2026.

TJ was born on September 3, 2006, in Kenosha, and graduated in 2025 from Tremper High School, where he played varsity hockey for the Trojans. He was a freshman at UW-Parkside and worked summers at Mars Cheese Castle.

He is survived by his parents, Mark and Julie (Brandt) Kreuser of Pleasant Prairie; his sister, Abby; his grandparents, Tom and Linda Kreuser of Pleasant Prairie, for whom he was proudly named, and Gary and Sue Brandt of Salem; and many aunts, uncles and cousins.

A celebration of TJ's life will be held from 2 to 6 p.m. Saturday at the Pleasant Prairie RecPlex.""",
gold=[("ENW019", "survivor"), ("ENW020", "survivor")]),

dict(guid="enw_kll_obit_20260609_debartolo", pub="2026-06-09T05:30:00-05:00", title="Joseph A. \"Joe\" DeBartolo",
body="""Joseph A. "Joe" DeBartolo, 77, of Kenosha, passed away Sunday, June 7, 2026, at Hospice Alliance Hospice House.

Joe was born in Kenosha on October 1, 1948, to the late Vito and Grace (Pitts) DeBartolo. He retired from Snap-on Tools after 35 years and coached Little League at Anderson Park for two decades.

He is survived by his wife, Carol; his daughter, Nicole (Jason) Fenske of Kenosha; and three grandchildren. He is further survived by his sister-in-law, Terri DeBartolo of Kenosha, and by many nieces and nephews.

Joe was preceded in death by his parents and by his brother, Anthony "Tony" DeBartolo.

Services will be held at 11 a.m. Friday at St. Mark Catholic Church. Memorials to the Kenosha Area Little League are appreciated.""",
gold=[("ENW008", "survivor")]),

dict(guid="enw_kll_obit_20260814_tenuta", pub="2026-08-14T05:30:00-05:00", title="Louis \"Lou\" Tenuta",
body="""Louis "Lou" Tenuta, 86, of Kenosha, passed away Tuesday, August 11, 2026.

Lou was born on February 19, 1940, in Kenosha. For 41 years he ran Tenuta's Italian Deli on 52nd Street with his late wife, Dorothy (nee Tirabassi), who preceded him in death in 2021. A Navy veteran, Lou belonged to the Kenosha Sons of Italy and the Knights of Columbus.

Lou is survived by his daughter, Gina (Paul) Ambrosini of Kenosha; his son, Louis Jr. of Phoenix; and his grandchildren, Sophia and Luca Ambrosini.

Visitation will be Sunday from 3 to 6 p.m. at Ketterhagen-Lane Funeral Service. Mass of Christian Burial will be at 10 a.m. Monday at Our Lady of Mount Carmel Church.""",
gold=[("ENW015", "survivor"), ("ENW016", "survivor")]),
]

FH = [
dict(guid="enw_sprfh_jorgensen_inger", pub="2026-01-20T11:00:00-06:00", title="Inger Marie Jorgensen",
body="""Inger Marie Jorgensen, 91, of Racine, entered eternal rest on Friday, January 16, 2026, at Lincoln Lutheran of Racine.

Inger was born in Odense, Denmark, on August 29, 1934, and came to Racine with her parents in 1952. She married Henning Jorgensen at Emmaus Lutheran Church in 1956. For 28 years she worked the counter at a West Racine bakery, and generations of customers remember her kringle and her "God morgen." She was a longtime member of the Danish Sisterhood and sang in the Emmaus choir.

Inger is survived by her daughter, Karen (Lars) Christensen of Racine; her son, Erik (Pam) Jorgensen of Franksville; five grandchildren; and three great-grandchildren.

She was preceded in death by her husband, Henning, in 2010.

A memorial service will be held at 11 a.m. Saturday at Emmaus Lutheran Church, 702 English St., Racine, with Pastor Ingrid Moe officiating. Aebleskiver and coffee will follow in the fellowship hall.""",
gold=[("ENW003", "survivor"), ("ENW004", "survivor")]),

dict(guid="enw_sprfh_runkel_walter", pub="2026-02-16T10:00:00-06:00", title="Walter \"Wally\" Runkel",
body="""Walter "Wally" Runkel, 88, of Burlington, passed away on Thursday, February 12, 2026, at Aurora Memorial Hospital of Burlington.

Wally was born on the family farm in the Town of Rochester on May 1, 1937. He farmed there until 1999 and served on the Rochester Town Board for 16 years. He never missed the Burlington ChocolateFest parade.

He is survived by his wife of 64 years, Marion; his sons, Dale (Cindy) of Waterford and Gary of Union Grove; his sister, Arlene (Harold) Voss of Burlington; eight grandchildren; and twelve great-grandchildren.

He was preceded in death by his brothers, Elmer and Norbert Runkel.

Funeral services will be held at 11 a.m. Friday at St. John's Evangelical Lutheran Church, Burlington. Burial will follow at Burlington Cemetery.""",
gold=[("ENW009", "survivor"), ("ENW010", "survivor")]),

dict(guid="enw_sprfh_villarreal_ricardo", pub="2026-04-07T13:00:00-05:00", title="Ricardo Villarreal",
body="""Ricardo Villarreal, 84, of Racine, passed away peacefully on Saturday, April 4, 2026, surrounded by his family.

Ricardo was born in Piedras Negras, Coahuila, on July 12, 1941, and came to Racine in 1963. He worked at Case for 33 years and was a founding member of the Racine Hispanic Business and Professionals Association. He married Guadalupe Ortega at St. Patrick Church in 1966.

Ricardo is survived by his wife of 59 years, Guadalupe; his daughter, Rosalinda "Rosie" Villarreal Ortiz (Miguel) of Racine; his son, Ricardo Jr. (Yesenia) of Sturtevant; and seven grandchildren.

Preceded in death by his parents and his brother, Ernesto.

A rosary will be prayed at 6 p.m. Thursday, followed by a Mass of Christian Burial at 10 a.m. Friday at St. Patrick Catholic Church.""",
gold=[("ENW011", "survivor")]),

dict(guid="enw_sprfh_stoll_norbert", pub="2026-05-19T09:00:00-05:00", title="Norbert A. Stoll",
body="""Norbert A. Stoll, 90, of Burlington, died on Sunday, May 17, 2026, at Mount Carmel Care Center.

Norb was born on December 4, 1935, in Burlington. He owned Stoll's Hardware on Pine Street for 40 years and was a charter member of the Burlington Lions Club.

He is survived by his children, Mary (Jim) Kessler of Lake Geneva and Peter Stoll of Burlington; six grandchildren; and his special friend, Bernadette Kunz.

He was preceded in death by his wife, Rita (nee Hahn), in 2018.

Funeral Mass will be held at 11 a.m. Thursday at St. Charles Borromeo Catholic Church, with Rev. Andrew Wick officiating. Pallbearers will be Harold Voss, Dennis Hahn, Mark Stoll, Jeffrey Kessler, Ben Kessler and Ryan Stoll.""",
gold=[]),

dict(guid="enw_sprfh_christensen_karen", pub="2026-07-22T10:00:00-05:00", title="Karen Lynn Christensen",
body="""Karen Lynn Christensen, 34, of Racine, passed away on Sunday, July 19, 2026, at Ascension All Saints Hospital after a courageous battle with cancer.

Karen was born in Racine on March 30, 1992, the daughter of Dale and Susan (Olsen) Hendrickson. She graduated from Case High School and UW-Parkside and taught fourth grade at Jefferson Lighthouse Elementary.

Karen is survived by her husband, Brian Christensen; her daughters, Elsie and Nora; her parents, Dale and Susan Hendrickson of Caledonia; and her brother, Kyle Hendrickson of Madison.

A celebration of life will be held at 4 p.m. Saturday at the Racine Zoo pavilion.""",
gold=[]),

dict(guid="enw_sprfh_jankowski_helen", pub="2026-09-29T09:00:00-05:00", title="Helen Jankowski (nee Nowicki)",
body="""Helen Jankowski (nee Nowicki), 97, of Racine, fell asleep in the Lord on Friday, September 25, 2026.

Helen was born in Racine on April 14, 1929, and was a member of St. Hedwig Parish (now Holy Name of Jesus) for more than 80 years. She worked 25 years at Western Publishing.

She is survived by her son, Casimir "Casey" Jankowski of Racine; three grandchildren; and five great-grandchildren.

Helen was preceded in death by her husband, Walter, in 1998, and by her daughter-in-law, Marlene Jankowski.

A Mass of Christian Burial will be held at 10 a.m. Thursday at Holy Name of Jesus Parish. Interment at Holy Cross Cemetery.""",
gold=[("ENW022", "survivor")]),
]

NOTICES = [
dict(guid="enw_sewdn_2026_00114", pub="2026-01-25T05:00:00-06:00", title="WOJTOWICZ, Chester \"Chet\"",
body="""WOJTOWICZ, Chester "Chet" Of Kenosha. Found peace January 21, 2026, age 90 years. Beloved husband of the late Irene (nee Kolodziej). Dear father of David (Gail) and the late Mark. Loving grandpa of four. Dear brother of Dolores (Gene) Pacetti of Kenosha. Further survived by nieces, nephews and friends. Visitation Wednesday 10 AM until time of Mass 11 AM at St. Casimir Catholic Church, Kenosha.""",
gold=[("ENW001", "survivor"), ("ENW002", "survivor")]),

dict(guid="enw_sewdn_2026_00231", pub="2026-03-22T05:00:00-05:00", title="PACETTI, Eugene J. \"Gene\"",
body="""PACETTI, Eugene J. "Gene" Of Kenosha. March 14, 2026, age 79 years. Beloved husband of Dolores (nee Wojtowicz) for 57 years. Dear father of Michael (Kathy) and Lisa (Brian) Orth. Proud grandpa of six. Mass was held Friday at St. Anthony Church, Kenosha.""",
gold=[]),

dict(guid="enw_sewdn_2026_00305", pub="2026-04-20T05:00:00-05:00", title="ZIRBEL, Bernice",
body="""ZIRBEL, Bernice Of Burlington. Passed away April 17, 2026. Private family services will be held. Arrangements by Strand & Pfeiffer Funeral Home, Burlington.""",
gold=[("ENW014", "possible_deceased_client")]),

dict(guid="enw_sewdn_2026_00362", pub="2026-05-11T05:00:00-05:00", title="HAUBRICH, Marguerite A. \"Peg\"",
body="""HAUBRICH, Marguerite A. "Peg" (Nee Kluesner) Of Dubuque, Iowa. Entered eternal rest May 7, 2026, age 78 years. Beloved wife of the late Roger. Dear mother of Tom (Jenny) of Dubuque and Amy (Chris) Weber of Cedar Rapids. Mass Thursday 10:30 AM at St. Raphael Cathedral, Dubuque.""",
gold=[]),

dict(guid="enw_sewdn_2026_00418", pub="2026-06-02T05:00:00-05:00", title="SCHOENFELD, Raymond L.",
body="""SCHOENFELD, Raymond L. Of Sheboygan. May 29, 2026, age 71 years. Beloved husband of Judith (nee Kohler) for 48 years. Dear father of Eric (Anne) and Kristin. Retired from Kohler Co. after 40 years. Services Saturday 11 AM at St. Dominic Catholic Church, Sheboygan.""",
gold=[]),

dict(guid="enw_sewdn_2026_00476", pub="2026-07-06T05:00:00-05:00", title="LESNIEWSKI, Lorraine T. (Nee Gorski)",
body="""LESNIEWSKI, Lorraine T. (Nee Gorski) Of Racine. Reunited with her husband Edward on July 2, 2026, age 92 years. Dear mother of Gerald "Jerry" Lesniewski of Racine and Carol (Mike) Dziedzic of Oak Creek. Proud grandma of three. Funeral Mass Friday 11 AM at St. Rita Catholic Church, Racine.""",
gold=[]),

dict(guid="enw_sewdn_2026_00533", pub="2026-08-03T05:00:00-05:00", title="WHITFIELD, Ernestine",
body="""WHITFIELD, Ernestine Of Racine. Called home July 30, 2026, age 88 years. Beloved wife of the late Rev. Samuel Whitfield. Dear mother of Denise Whitfield-Banks (Curtis) of Racine and the late Samuel Jr. Cherished grandmother of four. Homegoing service Saturday 11 AM at Greater Mount Eagle Missionary Baptist Church, Racine.""",
gold=[("ENW018", "survivor")]),
]

ITEMS = LEDGER + FH + NOTICES
