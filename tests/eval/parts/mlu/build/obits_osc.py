"""The Ouachita Star-Courier (Monroe daily) obituaries and death notices: legacy-style titles, plain text.
Hand-labelled: `gold` lists (client_id, role) a careful assistant would propose."""

FEED = "osc"
ITEMS = [
dict(guid="mlu_osc_obit_20260114_0412", pub="2026-01-14T05:30:00-06:00",
title="Dorothy Pennebaker Obituary (1946 - 2026) - Calhoun, LA - The Ouachita Star-Courier",
body="""CALHOUN - Dorothy Faye Pennebaker, 79, of Calhoun, passed from this life on Sunday, January 11, 2026, at Glenwood Regional Medical Center in West Monroe.

Dorothy was born in Choudrant to the late Hubert and Opal Hatten and married Wilburn Pennebaker in 1965. She drove a school bus for the Ouachita Parish School System for thirty-one years and was known up and down Highway 80 for her fig preserves, which she gave away by the case and never once sold.

She is survived by her daughter, Darla McGlothern and husband T-Ray of West Monroe; her son, Wade Pennebaker and wife Tonya of Choudrant; five grandchildren; and a sister, Nelda Hatten Grigsby of Ruston. She was preceded in death by her husband, Wilburn, and a brother, Carroll Hatten.

Visitation will be held from 5 until 8 p.m. Thursday at Mulhearn-Calhoun Chapel. The funeral will be at 10 a.m. Friday at Calhoun First Baptist Church with Bro. Ricky Stroud officiating; burial will follow in Hasley Cemetery.""",
gold=[("MLU005", "survivor"), ("MLU004", "survivor")]),

dict(guid="mlu_osc_obit_20260210_0519", pub="2026-02-10T05:30:00-06:00",
title="Roberta Nassif Obituary (1947 - 2026) - Monroe, LA - The Ouachita Star-Courier",
body="""MONROE - Roberta "Bertie" Nassif, 78, a lifelong member of the Lebanese community of Monroe and for forty years the proprietor of Nassif's Dry Goods on DeSiard Street, died peacefully on February 7, 2026.

Bertie was the daughter of the late Elias and Rose Nassif, who came to Monroe from Zahle by way of New Orleans in 1921. She never married, saying she had too many nieces and nephews to raise already, and she fed all of them kibbeh every Sunday of their lives.

She is survived by her sister, Georgette (Fouad) Ghattas of Monroe; her brother, Michael Nassif of Houston, Texas; and a large and devoted family of nieces, nephews and godchildren. She was preceded in death by her brothers, Joseph and Anthony Nassif.

A Mass of Christian Burial will be celebrated at 10 a.m. Thursday at Our Lady of the Cedars and St. Paschal Catholic Church, with the rosary recited Wednesday evening at 6.""",
gold=[("MLU003", "survivor")]),

dict(guid="mlu_osc_obit_20260307_0608", pub="2026-03-07T05:30:00-06:00",
title="Evangeline Wyble Obituary (1939 - 2026) - Monroe, LA - The Ouachita Star-Courier",
body="""MONROE - Evangeline Scarborough "Vangie" Wyble, 87, of Monroe, went to be with the Lord on Wednesday, March 4, 2026, at her home on Island Drive, with the bayou outside her window.

Vangie was born March 2, 1939, in Oak Grove to the late Claude and Ila Scarborough. She taught home economics at Neville High School for twenty-eight years, and generations of Monroe brides carried a quilt she had taught them to make. She was a member of First United Methodist Church for sixty years.

She is survived by her son, Harlow (Kim) Wyble of West Monroe; her daughter, Patrice Wyble Nugent of Shreveport; six grandchildren; and three great-grandchildren. She was preceded in death by her husband of 49 years, Orval Wyble, and by her brother, Lloyd Scarborough.

Services will be at 2 p.m. Saturday at First United Methodist Church, Monroe. Burial will follow in Riverview Cemetery.""",
gold=[("MLU011", "deceased_client"), ("MLU012", "survivor")]),

dict(guid="mlu_osc_obit_20260402_0715", pub="2026-04-02T05:30:00-05:00",
title="Garland Pettus Obituary (1944 - 2026) - Jonesboro, LA - The Ouachita Star-Courier",
body="""JONESBORO - Garland Wayne Pettus, 81, of Jonesboro, died March 30, 2026, at Jackson Parish Hospital.

Garland worked thirty-four years at the paper mill in Hodge and was a deacon of Jonesboro Baptist Church. He was a fine hand with a bass boat and a poor hand at cards, and he knew both.

He is survived by his wife of 59 years, Earline Pettus; his son, Dwight Pettus of Jonesboro; his daughter, Carla Pettus Womack of Quitman; and his nephew and namesake, Garland Pettus and his wife Jolene of Calhoun, whom he raised from the age of eleven. He was preceded in death by his brother, Floyd Pettus.

Funeral services will be at 2 p.m. Saturday at Jonesboro Baptist Church, with burial in Pine Grove Cemetery.""",
gold=[("MLU010", "survivor")]),

dict(guid="mlu_osc_obit_20260428_0801", pub="2026-04-28T05:30:00-05:00",
title="KINCHEN, Odessa - Monroe",
body="""KINCHEN, Odessa, of Monroe, passed away Sunday, April 26, 2026. Arrangements are pending with Jasper & Sons Memorial Chapel, Monroe.""",
gold=[("MLU013", "possible_deceased_client")]),

dict(guid="mlu_osc_obit_20260519_0877", pub="2026-05-19T05:30:00-05:00",
title="Hollis Ragsdale Obituary (1951 - 2026) - Swartz, LA - The Ouachita Star-Courier",
body="""SWARTZ - Hollis Dean Ragsdale, 74, of Swartz, died Saturday, May 16, 2026, doing what he loved, which was arguing with a lawn mower.

Hollis retired from the Louisiana Department of Transportation and Development after 30 years and spent his retirement building deer stands for anyone who asked. He is survived by his wife, Glenda Ragsdale; his sons, Dale and Kevin Ragsdale, both of Swartz; and four grandchildren.

Services will be at 11 a.m. Wednesday at Swartz Assembly of God. Pallbearers will be Dale Ragsdale, Kevin Ragsdale, Jeremiah Beddingfield, Cody Ragsdale, Wes Holloway and Luke Ferrand.""",
gold=[]),

dict(guid="mlu_osc_obit_20260611_0934", pub="2026-06-11T05:30:00-05:00",
title="Lamar Cheatwood Obituary (2001 - 2026) - Bastrop, LA - The Ouachita Star-Courier",
body="""BASTROP - Lamar Dewayne Cheatwood, 24, of Bastrop, was called home on Monday, June 8, 2026, after an accident at the mill.

Lamar was a 2019 graduate of Bastrop High School, where he played tight end for the Rams, and he was an apprentice electrician. He loved his daughter, Kaylee, his truck and his grandmother's sweet potato pie, in that order.

He is survived by his daughter, Kaylee Cheatwood; his parents, Dewayne and Tonya Cheatwood of Bastrop; his grandparents, Lamar and Winnie Cheatwood of Bastrop, for whom he was named; and his sisters, Brittany and Jade.

Services will be at 1 p.m. Saturday at Christ Temple Church, Bastrop, with burial in Christ Church Cemetery.""",
gold=[("MLU020", "survivor"), ("MLU019", "survivor")]),
]
