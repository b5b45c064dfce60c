"""Split Mountain Mortuary (Vernal and Roosevelt chapels) funeral-home site: HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="vel_smm_0201", pub="2026-01-28T15:00:00-07:00", title="Ila Mae Wardle (1935 - 2026)",
body="""Ila Mae Wardle, 90, of Roosevelt, passed away January 25, 2026, at the Beehive Homes in Roosevelt.

Ila was born May 4, 1935, in Bluebell, Utah, the daughter of Heber and Lavina Jessen. She married Vern Wardle on December 21, 1953; they were later sealed in the Manti Temple. Ila taught piano to half of Roosevelt and played the organ in the Roosevelt 3rd Ward for 45 years.

She is survived by her daughter, Deanna (Rulon) Maxfield of Roosevelt; sons Curtis (Marlene) Wardle, Myton, and Layne Wardle, Vernal; 10 grandchildren and 24 great-grandchildren. She was preceded in death by her husband, Vern, and a daughter, Carma.

Funeral services will be held Saturday, January 31, at 11 a.m. at the Roosevelt 3rd Ward chapel. Speakers will be DeLynn Uresk and Bishop Todd Hacking. Viewing Friday 6-8 p.m. at our Roosevelt chapel. Interment, Roosevelt Memorial Park.""",
gold=[("VEL015", "survivor"), ("VEL014", "survivor")]),

dict(guid="vel_smm_0202", pub="2026-02-25T15:00:00-07:00", title="Kent Lee Gagon (1953 - 2026)",
body="""Kent Lee Gagon, 72, of Neola, passed away February 21, 2026, at Uintah Basin Medical Center.

Kent was born April 2, 1953, in Roosevelt to Lee and Nellie Gagon. He worked thirty years as a pumper in the Altamont-Bluebell field and could fix a pump jack with baling wire and bad language. He was an avid hunter and a fixture at the Duchesne County Fair horse pull.

Kent is survived by his sisters, DeLynn Uresk of Roosevelt and Joan (Clyde) Rhoades of Vernal; and many nieces and nephews. He was preceded in death by his parents and his brother-in-law, Lyle Uresk.

Graveside services will be held Wednesday, February 25, at 1 p.m. at the Neola Cemetery under the direction of Split Mountain Mortuary.""",
gold=[("VEL003", "survivor")]),

dict(guid="vel_smm_0203", pub="2026-03-11T15:00:00-07:00", title="Rogelio Cisneros Vidal (1945 - 2026)",
body="""Rogelio Cisneros Vidal, 80, of Roosevelt, died March 7, 2026, surrounded by his family.

Rogelio was born June 11, 1945, in Nuevo Casas Grandes, Chihuahua, Mexico. He came to the Uintah Basin in 1978 to work on drilling rigs and stayed because, he said, the winters reminded him the rest of the year was a gift. He and his wife, Guadalupe, raised their family in Roosevelt, where he was a faithful member of St. Helen's Catholic Church.

He is survived by his wife of 58 years, Guadalupe; his daughter, Marisol Ybarra and her husband Alex, of Roosevelt; his sons, Ruben (Patricia) Cisneros of Vernal and Hector Cisneros of Phoenix; and eight grandchildren.

A Rosary will be prayed Thursday, March 12, at 7 p.m. at our Roosevelt chapel. Mass of Christian Burial Friday at 10 a.m. at St. Helen's Catholic Church, Father Tomas Reyes celebrant. Burial, Roosevelt Memorial Park.""",
gold=[("VEL011", "survivor"), ("VEL010", "survivor")]),

dict(guid="vel_smm_0204", pub="2026-04-01T15:00:00-06:00", title="Bernice Jenks Hadlock (1928 - 2026)",
body="""Bernice Jenks Hadlock, 97, of Myton, passed away March 28, 2026.

Bernice was born October 1, 1928, in Myton to Orson and Lula Jenks, and she lived her whole life within sight of the Duchesne River. She married Wilford Hadlock in 1947. She was a 4-H leader for 35 years and made the best rhubarb pie in Duchesne County, a title her sister disputes.

She is survived by her sister, Emmaline "Emmy" Fausett of Myton; her children, LaRae (Boyd) Jensen of Roosevelt and Gary Hadlock of Myton; 9 grandchildren and many great-grandchildren. Preceded in death by her husband, Wilford, and brothers Orson Jr. and Delbert Jenks.

Services will be held Saturday, April 4, at 11 a.m. at the Myton Ward chapel. Interment, Myton Cemetery.""",
gold=[("VEL022", "survivor")]),

dict(guid="vel_smm_0205", pub="2026-04-22T15:00:00-06:00", title="Clell Lambson (1936 - 2026)",
body="""Clell Vaughn Lambson, 89, of Jensen, passed away April 18, 2026.

Clell was born February 7, 1936, in Jensen to Vaughn and Edna Lambson. He ran cattle along the Green River and guided river trips through Split Mountain before anybody thought to charge for it. He married Lola Merkley in 1958; she preceded him in death in 2015.

He is survived by his son, Rick (Darla) Lambson of Jensen; his granddaughter, Jeri Lambson of Jensen, who took over his river business; four other grandchildren; and seven great-grandchildren.

Funeral services will be held Saturday, April 25, at 11 a.m. at the Jensen Ward chapel. Pallbearers: Rick Lambson, Colt Lambson, Orrin Tuckfield, Monte Batty and Dale Ruppert. Interment, Jensen Cemetery.""",
gold=[("VEL020", "survivor")]),

dict(guid="vel_smm_0206", pub="2026-05-13T15:00:00-06:00", title="Rulon Maxfield (1961 - 2026)",
body="""Rulon James Maxfield, 65, of Idaho Falls, Idaho, passed away May 8, 2026, at Eastern Idaho Regional Medical Center.

Rulon was born January 5, 1961, in Rigby, Idaho, to James and Erma Maxfield. He farmed potatoes on the family ground near Ririe and later sold crop insurance. He married Carolyn Jeppson in 1983.

He is survived by his wife, Carolyn; his children, Brett (Alisha) Maxfield and Katie (Sam) Lunt, all of Idaho Falls; and six grandchildren. Services were held in Idaho Falls; this notice is published at the family's request for relatives in the Uintah Basin, where he spent boyhood summers on his uncle's ranch.""",
gold=[]),
]
