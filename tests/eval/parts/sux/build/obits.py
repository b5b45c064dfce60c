"""Obituaries for the sux part, three house styles, hand-labelled (gold=[(client_id, role)] beside each)."""

# ---- 1. Riverbend & Loess Hills Funeral Chapels (Sioux City / South Sioux City): HTML in content:encoded ----
FH = [
dict(guid="sux_fh_kermit-dahlquist-sr", pub="2026-01-22T10:15:00-06:00",
title="Kermit Leonard Dahlquist Sr. (1937 - 2026)",
body="""Kermit Leonard Dahlquist Sr., 88, of Sioux City, died Monday, January 19, 2026, at Sunrise Retirement Community.

Kermit was born on a farm near Correctionville and ran Dahlquist Hardware on Hamilton Boulevard for 41 years, where he sold more furnace filters and fishing licenses than anyone in Woodbury County. He was a charter member of the Morningside Lions.

He is survived by his son, Kermit "Kip" (Luanne) Dahlquist Jr. of Sergeant Bluff; his daughter, Karen Sjostrom of Vermillion, S.D.; six grandchildren; and four great-grandchildren. He was preceded in death by his wife, Arlene, in 2019.

Funeral services will be at 10:30 a.m. Saturday at Augustana Lutheran Church. Pallbearers will be Declan O'Dwyer, Brent Sjostrom, Tyler Dahlquist and Nils Hagberg. Burial in Graceland Park Cemetery.""",
gold=[("SUX005", "survivor"), ("SUX006", "survivor")]),

dict(guid="sux_fh_lavern-oolbekkink", pub="2026-02-10T09:40:00-06:00",
title="Lavern H. Oolbekkink (1939 - 2026)",
body="""Lavern H. "Vern" Oolbekkink, 86, of Sioux City, went home to his Lord on Saturday, February 7, 2026, at Mercy Medical Center.

Vern was born August 2, 1939, in Sioux Center to Hendrik and Jantje Oolbekkink. He drove a milk truck for Wells and later for Roberts Dairy, and he never once missed a route for weather. He married Henrietta Vander Wilt in 1964 at First Reformed Church in Hospers.

He is survived by his wife of 61 years, Henrietta (Vander Wilt) Oolbekkink of Sioux City; his sons, Dale (Carla) Oolbekkink of Orange City and Randy Oolbekkink of Omaha; and seven grandchildren.

A service of witness to the resurrection will be held Thursday at 11 a.m. at Morningside Reformed Church, the Rev. Evert Van Roekel officiating. Interment at Logan Park Cemetery.""",
gold=[("SUX003", "deceased_client")]),

dict(guid="sux_fh_harold-harskamp", pub="2026-02-24T14:05:00-06:00",
title="Harold Gerrit Harskamp (1944 - 2026)",
body="""Harold Gerrit Harskamp, 81, of Orange City, passed away February 21, 2026, at Orange City Area Health System.

Harold farmed northwest of Orange City all his life and served on the Sioux County Farm Bureau board. He sang bass in the church choir for fifty years and grew the largest tulips on Albany Place.

Left to cherish his memory are his wife, Wilhelmina; his daughters, Ellen (Rob) De Vries of Hull and Amy Harskamp of Des Moines; his sister, Peggy (Bernard) Ten Napel of Le Mars; and nine grandchildren. He was preceded in death by his parents and by a brother, Wilbur Harskamp.

Funeral will be at 10 a.m. Tuesday at American Reformed Church, Orange City.""",
gold=[("SUX022", "survivor")]),

dict(guid="sux_fh_francisco-benavente", pub="2026-03-05T11:20:00-06:00",
title="Francisco \"Pancho\" Benavente (1951 - 2026)",
body="""Francisco "Pancho" Benavente, 74, of South Sioux City, Nebraska, died March 2, 2026, at his home surrounded by his family.

Pancho was born in Jerez, Zacatecas, and came to Dakota County in 1986 to work at the packing plant in Dakota City, where he worked on the kill floor for 27 years. He loved rancheras, his garden of chiles and his grandchildren, in that order on Sundays.

Le sobreviven su esposa, Guadalupe; sus hijas, Araceli (Rigoberto) Zamudio de Dakota City y Norma Benavente de Norfolk; y ocho nietos. He is survived by his wife, Guadalupe; his daughters, Araceli (Rigoberto) Zamudio of Dakota City and Norma Benavente of Norfolk; and eight grandchildren.

The Rosary will be prayed Friday at 7 p.m. and Mass of Christian Burial celebrated Saturday at 10 a.m. at St. Michael Catholic Church, South Sioux City.""",
gold=[("SUX017", "survivor"), ("SUX016", "survivor")]),

dict(guid="sux_fh_darrell-feauto", pub="2026-03-18T16:00:00-05:00",
title="Darrell James Feauto (1984 - 2026)",
body="""Darrell James Feauto, 41, of Sioux Falls, South Dakota, died unexpectedly on March 14, 2026.

Darrell grew up in Sioux Falls, graduated from Roosevelt High School and worked as a lineman for Sioux Valley Energy. He loved pheasant opener and the Minnesota Vikings despite everything.

He is survived by his parents, Gary and Jean Feauto of Sioux Falls; his daughter, Kenna; and his brother, Travis. Services were held in Sioux Falls; the Sioux City chapel assisted the family with graveside rites at Calvary Cemetery.""",
gold=[]),

dict(guid="sux_fh_thomas-twohig", pub="2026-04-07T09:00:00-05:00",
title="Thomas Patrick Twohig (1948 - 2026)",
body="""Thomas Patrick Twohig, 77, of Sioux City, died Friday, April 3, 2026, at Hospice of Siouxland's Dierking Hospice Home.

Tom was a proud graduate of Heelan High School and spent 35 years with the Sioux City Fire Department, retiring as a captain. He coached CYO basketball at Blessed Sacrament, played a fearless game of cribbage and sang "The Parting Glass" whether asked or not.

Tom is survived by his sisters, Mary Bernadette "Bernie" Twohig of Sioux City and Kathleen (Dennis) Moran of Omaha; and many nieces and nephews. He was preceded in death by his parents, Patrick and Nora Twohig, and his brother, Gerald.

Mass of Christian Burial will be 10:30 a.m. Wednesday at Blessed Sacrament Church. Honorary bearers are the members of Fire Station 3, B shift.""",
gold=[("SUX007", "survivor")]),

dict(guid="sux_fh_shirley-mohr", pub="2026-05-12T10:45:00-05:00",
title="Shirley Ann Mohr (1933 - 2026)",
body="""Shirley Ann Mohr, 92, of Sergeant Bluff, died May 9, 2026.

Shirley taught second grade in Sergeant Bluff-Luton schools for 31 years and ran the church library at Sergeant Bluff United Methodist.

She is survived by her son, Gordon Mohr of Lincoln, and her granddaughter, Paige. She was preceded in death by her husband, Elmer.

Services will be Friday at 11 a.m. at the church. Scripture readers are Cordelia Brandvold and Paige Mohr. Memorials may be directed to the Sergeant Bluff Public Library.""",
gold=[]),
]

# ---- 2. Siouxland Daily Tribune paid death notices: surname-first headings, terse plain text ----
SDT = [
dict(guid="sux_sdt_20260212_oolbekkink", pub="2026-02-12T05:00:00-06:00",
title="OOLBEKKINK, Lavern H.",
body="""OOLBEKKINK, Lavern H. "Vern," 86, Sioux City, died Feb. 7, 2026. Service 11 a.m. Thursday, Morningside Reformed Church. Survivors: wife Henrietta; sons Dale and Randy. Meyer Brothers Colonial Chapel.""",
gold=[]),   # second, later copy of sux_fh_lavern-oolbekkink: labelled on the earlier copy only

dict(guid="sux_sdt_20260305_knoepfler", pub="2026-03-05T05:00:00-06:00",
title="KNOEPFLER, Marcella R.",
body="""KNOEPFLER, Marcella R., 90, Le Mars, died March 3, 2026. Mass 10 a.m. Monday, St. Joseph Catholic Church, Le Mars. Survivors include her son, Wilbur "Wib" Knoepfler of Le Mars, and a daughter, Jeanette Kass of Remsen. Rosary Sunday 5 p.m.""",
gold=[]),   # SUX014 is do_not_contact

dict(guid="sux_sdt_20260319_deng", pub="2026-03-19T05:00:00-05:00",
title="DENG, Garang Majok",
body="""DENG, Garang Majok, 61, Sioux City, died March 15, 2026, at Mercy Medical Center. Born in Bor, Jonglei, South Sudan. Survivors: wife Achai; children Majok, Ayen and Deng; sister Nyibol Majok of Sioux City; brothers in Juba and Nairobi. Service Saturday 1 p.m., Sudanese Community Church, 1400 Jackson St.""",
gold=[("SUX008", "survivor")]),

dict(guid="sux_sdt_20260414_brockhaus", pub="2026-04-14T05:00:00-05:00",
title="BROCKHAUS, Orville",
body="""BROCKHAUS, Orville, Hinton, died Sunday, April 12, 2026, at his home. Services are pending with Mauer-Johnson Funeral Home, Le Mars.""",
gold=[("SUX018", "possible_deceased_client")]),

dict(guid="sux_sdt_20260428_vuong", pub="2026-04-28T05:00:00-05:00",
title="VUONG, Thi Van",
body="""VUONG, Thi Van, 92, Sioux City, died April 25, 2026. Born in Can Tho, Vietnam; came to Sioux City in 1991. Survivors: son Quang "Jimmy" (Kim Loan) Vuong of Sioux City; daughter Hanh Tran of Garden Grove, Calif.; six grandchildren. Buddhist prayers 7 p.m. Wednesday, funeral 10 a.m. Thursday, Christy-Smith Morningside Chapel.""",
gold=[("SUX010", "survivor"), ("SUX009", "survivor")]),

dict(guid="sux_sdt_20260506_bearheels", pub="2026-05-06T05:00:00-05:00",
title="BEARHEELS, Loretta Jean",
body="""BEARHEELS, Loretta Jean, 71, Winnebago, Neb., died May 2, 2026. Wake services begin 5 p.m. Thursday at the Winnebago Tribal Community Building; funeral Friday 10 a.m. Survivors: son Marcus; sister LaDonna Bearheels of South Sioux City; brother Vernon of Macy. Burial Winnebago Agency Cemetery.""",
gold=[("SUX021", "survivor")]),   # roster Sioux City 51105; South Sioux City is across the river (adjacent)

dict(guid="sux_sdt_20260520_tennapel", pub="2026-05-20T05:00:00-05:00",
title="TEN NAPEL, Bernard J.",
body="""TEN NAPEL, Bernard J., 80, Le Mars, died May 17, 2026. Survivors: wife of 57 years, Peggy; sons Jon and Mark; nine grandchildren. Funeral 10:30 a.m. Saturday, First Reformed Church, Le Mars, Rev. Evert Van Roekel officiating. Mauer-Johnson Funeral Home.""",
gold=[("SUX022", "survivor")]),   # roster spouse of SUX022 (not a client) dies; Peggy is the widow

dict(guid="sux_sdt_20260602_petrak", pub="2026-06-02T05:00:00-05:00",
title="PETRAK, Donald 'Don'",
body="""PETRAK, Donald "Don," 79, South Sioux City, died May 30, 2026. U.S. Air Force veteran, 185th Air Refueling Wing. Survivors: wife Joyce; daughters Lisa and Karla. Military honors by the 185th ARW honor guard under Chief Master Sgt. Tavis Rouillard. Service 2 p.m. Tuesday, Grace United Methodist, South Sioux City.""",
gold=[]),   # SUX015 leads the honor guard: no outreach
]

# ---- 3. Plymouth County Pioneer (Le Mars weekly): plain text, "Obituaries" with town in title ----
PCP = [
dict(guid="sux_pcp_2026_0113", pub="2026-01-13T08:00:00-06:00",
title="Alois Schwebach, 62, Cedar Rapids",
body="""Alois "Al" Schwebach, 62, of Cedar Rapids, formerly of Remsen, died January 9, 2026, at St. Luke's Hospital in Cedar Rapids.

Al was born in 1963 in Le Mars, graduated from Remsen St. Mary's and worked 30 years at the Quaker Oats plant in Cedar Rapids. He was an avid bowler.

Survivors include his wife, Deb, of Cedar Rapids; his son, Nick; and his mother, Irene Schwebach of Remsen. Services were held at All Saints Catholic Church in Cedar Rapids.""",
gold=[]),   # namesake of SUX001 (b. 1941, Le Mars): different age and town

dict(guid="sux_pcp_2026_0303", pub="2026-03-03T08:00:00-06:00",
title="Genevieve 'Gen' Sitzmann, 89, Le Mars",
body="""Genevieve M. "Gen" Sitzmann, 89, of Le Mars, died Saturday, February 28, 2026, at Accura Healthcare of Le Mars.

Gen was born May 14, 1936, in Remsen, the daughter of Joseph and Clara (Heying) Kluender. She married Aloysius Sitzmann in 1957 at St. Mary's in Remsen; he preceded her in death in 2011. She worked at the Le Mars ice cream plant for 22 years and was famous at St. Joseph's for her kolaches.

Survivors include her nephew, Alois (Rosella) Schwebach of Le Mars; her niece, Bonnie Kluender of Merrill; and many cousins.

Mass of Christian Burial was held Wednesday at St. Joseph Catholic Church, with Father Tom Hoffmann as celebrant. Burial in Calvary Cemetery.""",
gold=[("SUX019", "deceased_client"), ("SUX001", "survivor"), ("SUX002", "survivor")]),

dict(guid="sux_pcp_2026_0414", pub="2026-04-14T08:00:00-05:00",
title="Leo Dreckman, 83, Remsen",
body="""Leo Francis Dreckman, 83, of Remsen, died Thursday, April 9, 2026, at Floyd Valley Healthcare.

Leo farmed south of Remsen and was a 4th Degree Knight of Columbus. He could fix anything with baling wire and patience.

He is survived by his wife, Marlene; his children, Steve (Jill) Dreckman of Remsen and Julie Bohle of Marcus; his sister, Rosella (Alois) Schwebach of Le Mars; and 11 grandchildren. He was preceded in death by his brothers, Raymond and Herman.

Mass of Christian Burial was Monday at St. Mary's Catholic Church in Remsen.""",
gold=[("SUX002", "survivor"), ("SUX001", "survivor")]),

dict(guid="sux_pcp_2026_0505", pub="2026-05-05T08:00:00-05:00",
title="Ervin Kluender, 95, Akron",
body="""Ervin Kluender, 95, of Akron, died April 30, 2026, at Akron Care Center.

Ervin farmed along the Big Sioux River for sixty years and never missed a Plymouth County Fair.

He is survived by his daughter, Bonnie Kluender of Merrill, and his grandchildren. Funeral services were held at St. Paul Lutheran Church in Akron. Pallbearers were Kip Dahlquist, Jerry Kass, Loren Bohle and Matt Kluender. Burial in Riverside Cemetery.""",
gold=[]),   # Kip Dahlquist (SUX005) is a pallbearer: no outreach

dict(guid="sux_pcp_2026_0609", pub="2026-06-09T08:00:00-05:00",
title="Delores Wubben, 84, Merrill",
body="""Delores Ann Wubben, 84, of Merrill, died June 4, 2026, at Floyd Valley Healthcare in Le Mars.

Delores was born on a farm near Merrill and married Herbert Wubben in 1960. She kept books for the Merrill Co-op and the Sacred Heart altar society.

She is survived by her daughters, Cordelia (Mark) Brandvold of Sioux City and Theresa Wubben of Le Mars; and five grandchildren. She was preceded in death by her husband, Herbert.

Mass of Christian Burial will be Friday at Sacred Heart Church in Le Mars.""",
gold=[("SUX013", "survivor")]),
]
