"""Vermilion Cliffs Mortuary (chapels in Kanab, Utah and Page, Ariz.): funeral-home site, Latter-day Saint and
general obituaries, HTML in content:encoded, one-sentence description, permalink-style guids. Hand-labelled."""

FEED = "vcm"
ITEMS = [
dict(guid="pga_vcm_arvilla-judd-heaton", pub="2026-01-21T10:15:00-07:00", title="Arvilla Judd Heaton (1942 - 2026)",
body="""Arvilla Judd Heaton, 83, returned to her Heavenly Father on Saturday, January 17, 2026, at her home in Kanab, surrounded by her family.

Arvilla was born August 2, 1942, in Alton, Utah, the oldest of five children of Ray and Elda (Chamberlain) Judd. She married Wendell Heaton in the St. George Temple on June 8, 1961. She taught Primary for forty years, bottled more apricots than anyone in Kane County and never let a grandchild leave without a loaf of bread.

She is survived by her children, Kirk (Tamsen) Heaton of Cedar City and Janalee (Boyd) Crofts of Kanab; 14 grandchildren; 22 great-grandchildren; and her sisters, Velda (Orvil) Spendlove of Kanab and Nola (Hyrum) Esplin of Orderville. She was preceded in death by her husband, Wendell, and her brother, LaVar Judd.

Funeral services will be held Saturday, January 24, at 11 a.m. in the Kanab Stake Center, with Bishop Ephraim Nethercott conducting. Viewings Friday evening 6-8 p.m. at Vermilion Cliffs Mortuary and Saturday 9:45-10:30 a.m. at the church. Interment in the Kanab City Cemetery.""",
gold=[("PGA002", "survivor"), ("PGA001", "survivor"), ("PGA012", "survivor")]),

dict(guid="pga_vcm_orvil-lamar-spendlove", pub="2026-03-09T09:40:00-07:00", title="Orvil LaMar Spendlove (1944 - 2026)",
body="""Orvil LaMar "Orv" Spendlove, our beloved husband, dad and grandpa, passed away March 6, 2026, in Kanab, at the age of 81.

Orv was born June 12, 1944, in Kanab, to Heber and LaPreal Spendlove. He grew up running cattle on the Buckskin Mountain and served a mission for The Church of Jesus Christ of Latter-day Saints in the Central Atlantic States. He married his sweetheart, Velda Judd, in the St. George Temple on June 17, 1966. He drove a gravel truck for Kane County for 31 years and knew every washboard on the Johnson Canyon road.

He is survived by his wife of 59 years, Velda; his sons, Dallin (Marisa) Spendlove of Fredonia, Ariz., and Kent (Janae) Spendlove of St. George; his daughter, Shauna (Troy) Lamb of Hurricane; 17 grandchildren and 9 great-grandchildren. He was preceded in death by his parents and his sister-in-law, Arvilla Heaton.

Funeral services will be held Saturday, March 14, at noon in the Kanab 3rd Ward chapel. Dedication of the grave will be offered by his son Dallin. Interment in the Kanab City Cemetery under the direction of Vermilion Cliffs Mortuary.""",
gold=[("PGA001", "deceased_client"), ("PGA002", "spouse_of_deceased_client"), ("PGA003", "survivor")]),

dict(guid="pga_vcm_garvin-ellis-pectol-sr", pub="2026-04-14T11:05:00-06:00", title="Garvin Ellis Pectol Sr. (1937 - 2026)",
body="""Garvin Ellis Pectol Sr., 88, of Kanab, passed away peacefully April 11, 2026, at Kane County Hospital.

Garvin was born in Tropic, Utah, on October 3, 1937. He opened Pectol's Tire & Lube on Center Street in 1966 and ran it until his knees told him to stop. He loved the Kanab Cowboys, Louis L'Amour and his wife's raspberry jam, in that order she said, though he denied it.

Garvin is survived by his wife of 64 years, LaRae; his sons, Garvin Jr. (Sheree) of Kanab and Boyd (Cami) of Hurricane; his daughter, Margo Ostergaard of Kanab; 11 grandchildren and 6 great-grandchildren.

A viewing will be held Friday from 6 to 8 p.m. at Vermilion Cliffs Mortuary. Funeral Saturday at 11 a.m. at the Kanab Stake Center. Interment, Kanab City Cemetery.""",
gold=[("PGA010", "survivor"), ("PGA006", "survivor")]),

dict(guid="pga_vcm_reuel-tanner-haskett", pub="2026-04-29T15:30:00-06:00", title="Reuel Tanner Haskett (1998 - 2026)",
body="""Reuel Tanner Haskett, 27, of Kanab, died April 25, 2026, in a climbing accident in the Vermilion Cliffs. Tanner, as everyone knew him, was happiest on a rope, on a mountain bike or behind the grill at the Kanab Cowboy Days.

He was born March 3, 1998, in Kanab, graduated from Kanab High School in 2016 and served a mission in Guayaquil, Ecuador. He worked as a wildland firefighter for the Bureau of Land Management.

Tanner is survived by his parents, Reuel and Corinne Haskett of Kanab; his brothers, Jace and Colby; his sister, Mckenna; and his grandmother, Ila Lefevre of Panguitch.

Services will be held Saturday, May 2, at 1 p.m. at the Kanab Stake Center. Interment in the Kanab City Cemetery.""",
gold=[("PGA004", "survivor"), ("PGA005", "survivor")]),

dict(guid="pga_vcm_lowell-dean-stallworthy", pub="2026-06-18T12:00:00-07:00", title="Lowell Dean Stallworthy (1957 - 2026)",
body="""Lowell Dean Stallworthy, 68, of Page, Arizona, passed away June 14, 2026, at Banner Page Hospital after a long fight with pulmonary fibrosis.

Lowell came to Page in 1976 to work at the Navajo Generating Station and stayed 43 years, until the last unit went cold. After the plant closed he drove a tour boat for Quist Canyon Outfitters, where owner Thatcher Quist said he "could name every side canyon from Wahweap to Rainbow Bridge, and most of the ravens."

Lowell is survived by his wife of 44 years, Mary Beth (Pawlak) Stallworthy; his son, Trent Stallworthy of Flagstaff; his sister, Delia Ashdown of Page; his sister-in-law and brother-in-law, Dorota and Cas Wojtaszek of Page; and three grandchildren.

A memorial service will be held Saturday, June 20, at 10 a.m. in the Page chapel of Vermilion Cliffs Mortuary. In lieu of flowers, the family suggests donations to the Page Regional Library.""",
gold=[("PGA018", "survivor"), ("PGA017", "survivor"), ("PGA016", "survivor")]),

dict(guid="pga_vcm_leontyne-marchbanks", pub="2026-08-25T10:20:00-07:00", title="Leontyne Hollenbeck Marchbanks (1939 - 2026)",
body="""Leontyne "Tyne" Hollenbeck Marchbanks, of Fredonia, Arizona, passed away August 22, 2026, in the home she shared with two cats and a remarkable number of houseplants. She was 86.

Tyne was born November 21, 1939, in Prescott, Arizona, to Emil and Ruth Hollenbeck. She taught English at Fredonia High School for 33 years and edited the school paper long after it stopped being printed. She married Clyde Marchbanks in 1961; he preceded her in death in 2009.

She is survived by her nephew, Emmett Hollenbeck of Marble Canyon; her niece, Ruthanne Gaddis of Prescott; and generations of former students who still cannot split an infinitive without feeling her eyes on them.

A graveside service will be held Friday, August 28, at 10 a.m. at the Fredonia Cemetery.""",
gold=[("PGA011", "deceased_client"), ("PGA021", "survivor")]),

dict(guid="pga_vcm_thatcher-lyle-quist", pub="2026-10-06T09:00:00-06:00", title="Thatcher Lyle Quist (1947 - 2026)",
body="""Thatcher Lyle Quist, 79, of Cedar City, Utah, passed away October 2, 2026, at Cedar City Hospital.

He was born January 9, 1947, in Escalante, Utah. A river runner in the 1970s and a high-school shop teacher for thirty years after that, he built three wooden dories by hand and rowed each of them through the Grand Canyon.

He is survived by his wife, Elaine; his son, Dale (Robin) Quist of Cedar City; and his grandchildren, including Thatcher Quist of Page, Ariz., who was named for him and who runs boats on Lake Powell.

Services Saturday at 11 a.m., Cedar City West Stake Center, with a viewing beforehand at 9:30. Arrangements by Vermilion Cliffs Mortuary.""",
gold=[("PGA019", "survivor")]),
]
