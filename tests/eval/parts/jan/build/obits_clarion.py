"""The Capital Clarion (Jackson daily) paid death notices: terse, surname-first headings, plain text.
Hand-labelled (gold=[...] beside each text)."""

FEED = "clarion"
ITEMS = [
dict(guid="jan_clarion_dn_260114", pub="2026-01-14T05:00:00-06:00", title="SAAD, Elias George",
body="""SAAD, Elias George, 91, of Vicksburg, fell asleep in the Lord Jan. 11, 2026. Born in Zahle, Lebanon, he came to Vicksburg in 1951 and ran Saad's Dry Goods on Washington Street for 44 years. Survived by his daughter, Nadia (Tony) Khoury of Jackson; sons George Saad of Vicksburg and Fr. John Saad of Birmingham, Ala.; nine grandchildren. Preceded in death by his wife, Mary (Abraham) Saad. Trisagion prayers Tuesday 6 p.m.; funeral Wednesday 10 a.m., St. George Antiochian Orthodox Church, Vicksburg. Memorials to St. George Lebanese Heritage Fund.""",
# daughter Nadia (maiden Saad) and her husband Tony (Antoine) Khoury, both clients.
gold=[("JAN006", "survivor"), ("JAN005", "survivor")]),

dict(guid="jan_clarion_dn_260205", pub="2026-02-05T05:00:00-06:00", title="NASSAR, Michael Joseph",
body="""NASSAR, Michael Joseph, 22, of Brandon, died Feb. 1, 2026, as the result of an automobile accident. A senior at Mississippi State University studying civil engineering. Survived by his parents, Joseph and Rita Nassar of Brandon; his sister, Leah; grandparents Fred and Alice Nassar of Jackson. Mass of Christian Burial Friday 11 a.m., St. Richard Catholic Church. Memorials to the MSU Bagley College of Engineering.""",
# young namesake in the client's town: JAN007 Michael Nassar of Brandon is b. 1966 and married to Carla; nothing.
gold=[]),

dict(guid="jan_clarion_dn_260227", pub="2026-02-27T05:00:00-06:00", title="LUM, Bow Sing (Lee)",
body="""LUM, Mrs. Bow Sing Lee, 96, of Cleveland, Miss., died Feb. 23, 2026. With her late husband, Henry Lum, she ran the Lum Grocery on Sharpe Avenue from 1948 until 1994. Member, Cleveland Chinese Mission Church. Survivors: daughters, Mrs. Raymond (Frances) Gong of Ridgeland and Mrs. Wilson (Jeanette) Chow of Greenville; son, Dr. Kenneth Lum of Houston, Texas; 7 grandchildren, 9 great-grandchildren. Services Saturday 2 p.m., Cleveland Chinese Mission Church; burial Chinese Cemetery, Cleveland.""",
# Frances Gong (maiden Lum) named through her husband Raymond: both clients, both survivors.
gold=[("JAN011", "survivor"), ("JAN010", "survivor")]),

dict(guid="jan_clarion_dn_260305", pub="2026-03-05T05:00:00-06:00", title="MAGEE, Dorothy J.",
body="""MAGEE, Dorothy J., of Pearl, died March 3, 2026. Arrangements pending with Wright & Ferguson Funeral Home, Pearl.""",
# same name and town as JAN022 (Pearl); no age, spouse or birth date to corroborate: possible only.
gold=[("JAN022", "possible_deceased_client")]),

dict(guid="jan_clarion_dn_260318", pub="2026-03-18T05:00:00-05:00", title="WASHINGTON, Eula Mae",
body="""WASHINGTON, Eula Mae, 90, of Jackson, died March 14, 2026. Retired Jackson Public Schools cafeteria manager; member, Farish Street Baptist Church. Survived by daughters Gwendolyn Washington and Patricia Reed; son Alvin Washington; 11 grandchildren. Service Saturday 11 a.m., Farish Street Baptist Church. Collins Funeral Home.""",
# nobody on the roster (a "Patricia Reed" is not a client).
gold=[]),
]
