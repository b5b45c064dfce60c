"""The Corn Belt Courier (Bloomington, Ill., daily): legacy-style titles, plain-text descriptions. Hand-labelled."""

FEED = "cbc"
ITEMS = [
dict(guid="bmi_cbc-obit-2026-20114", pub="2026-02-19T05:30:00-06:00",
title="Ward Eichelberger Obituary (1934 - 2026) - Normal, IL - The Corn Belt Courier",
body="""NORMAL - Ward Allen Eichelberger, 91, of Normal, died at 4:10 a.m. Tuesday, Feb. 17, 2026, at Heritage Manor, Normal.

His funeral will be at 11 a.m. Saturday at First Mennonite Church, Normal, with the Rev. Ellen Marsh officiating. Burial will be in East White Oak Cemetery, Carlock. Visitation will be from 4 to 7 p.m. Friday at Kessinger & Vance Memorial Chapel, Bloomington.

He was born Sept. 9, 1934, in Carlock, a son of Amos and Lydia Roth Eichelberger. He married Verna Springer on June 5, 1955, in Carlock. She died in 2011.

Surviving are his son, James (Patricia) Eichelberger, Tucson, Ariz.; three grandchildren, Trevor (Kelsey) Eichelberger, Normal, Jonah Eichelberger, Denver, and Lauren Eichelberger, Chicago; and six great-grandchildren.

He was preceded in death by his wife, a daughter, Ruth Ann, and two brothers.

Ward farmed near Carlock for 40 years and sold seed corn for Prairie Gold Hybrids. He never missed a Redbirds home football game.""",
gold=[("BMI011", "survivor"), ("BMI012", "survivor")]),

dict(guid="bmi_cbc-obit-2026-20377", pub="2026-04-08T05:30:00-05:00",
title="Beverly Kuhns Obituary (1958 - 2026) - Normal, IL - The Corn Belt Courier",
body="""NORMAL - Beverly Jean Kuhns, 67, of Normal, died Sunday, April 5, 2026, at OSF St. Joseph Medical Center, Bloomington.

A celebration of life will be at 2 p.m. Saturday at the Normal Township Activity Center.

She was born Nov. 22, 1958, in Pontiac, a daughter of Carl and Irene Hoffmann. She married Gary Kuhns in 1980; they later divorced.

Surviving are her son, Brandon Kuhns, Normal; a daughter, Tara (Justin) Pfeifer, Bloomington; a sister, Linda Hoffmann, Pontiac; and four grandchildren.

Bev worked 31 years in the claims department at Prairie Mutual Insurance.""",
gold=[]),   # Brandon Kuhns (BMI016) is do_not_contact

dict(guid="bmi_cbc-obit-2026-20652", pub="2026-06-03T05:30:00-05:00",
title="Curtis James Bachman Obituary (2001 - 2026) - Normal, IL - The Corn Belt Courier",
body="""NORMAL - Curtis James "C.J." Bachman, 24, of Normal, died unexpectedly Saturday, May 30, 2026, in Normal.

His funeral will be at 10 a.m. Friday at Epiphany Catholic Church, Normal. Visitation will be from 4 to 7 p.m. Thursday at Kessinger & Vance Memorial Chapel, Bloomington.

He was born March 14, 2001, in Bloomington, a son of Todd and Lisa Stauffer Bachman. They survive in Normal, along with his sister, Maddie Bachman, Champaign; his grandparents, Ron and Carol Stauffer, El Paso; and his girlfriend, Hailey Munz.

C.J. graduated from Normal Community High School in 2019 and was an electrician's apprentice with IBEW Local 197. He loved the Cubs, his truck and his nephew.""",
gold=[]),   # young namesake of BMI009 Curt Bachman (b. 1970, wife Renee): nothing

dict(guid="bmi_cbc-obit-2026-20718", pub="2026-06-17T05:30:00-05:00",
title="Eugene Wiegand Obituary (1932 - 2026) - Hudson, IL - The Corn Belt Courier",
body="""HUDSON - Eugene F. Wiegand, 93, of Hudson, died Sunday, June 14, 2026, at his home.

His funeral will be at 10:30 a.m. Thursday at Trinity Lutheran Church, Hudson, with the Rev. Dr. Paul Kettering officiating. Pallbearers will be Mark Augspurger, Curt Bachman, Dennis Wiegand, Luke Wiegand, Scott Imig and Aaron Imig. Burial will be in Hudson Cemetery.

He was born Aug. 2, 1932, in Kappa, a son of Fred and Martha Wiegand. He married Lois Imig in 1954 in Hudson. She survives.

Also surviving are his sons, Dennis (Karen) Wiegand, Hudson, and Roger Wiegand, Peoria; six grandchildren; and 11 great-grandchildren.

He was preceded in death by a brother, Harold, and a sister, Dorothy.

Gene was a rural mail carrier out of the Hudson post office for 34 years.""",
gold=[]),   # pallbearers Mark Augspurger, Curt Bachman: nothing

dict(guid="bmi_cbc-obit-2026-20991", pub="2026-08-12T05:30:00-05:00",
title="Ramon Ochoa Salinas Obituary (1945 - 2026) - Bloomington, IL - The Corn Belt Courier",
body="""BLOOMINGTON - Ramón Ochoa Salinas, 81, of Bloomington, died Sunday, Aug. 9, 2026, at Carle BroMenn Medical Center, Normal.

A Mass of Christian Burial will be at 10 a.m. Friday at St. Mary's Catholic Church, Bloomington, where a rosary will be prayed at 9 a.m. Burial will be in St. Mary's Cemetery.

He was born Jan. 6, 1945, in Sabinas Hidalgo, Nuevo León, Mexico, a son of Ignacio Ochoa and Refugio Salinas. He married María del Carmen Villarreal in 1969; she died in 2019.

Surviving are his daughter, Luz Elena Ochoa, Bloomington; his sons, Ramón Ochoa Jr. (Veronica), Houston, and Ignacio "Nacho" Ochoa, Normal; nine grandchildren; and his brother, Efraín Ochoa, Monterrey.

Ramón came to Bloomington in 1972 to work at the Funk's seed plant and later at the Mitsubishi plant, and he sang in the Spanish choir at St. Mary's for 40 years.""",
gold=[("BMI010", "survivor")]),

dict(guid="bmi_cbc-obit-2026-21420", pub="2026-11-18T05:30:00-06:00",
title="Harold \"Hal\" Ropp Obituary (1946 - 2026) - Normal, IL - The Corn Belt Courier",
body="""NORMAL - Harold Eugene "Hal" Ropp, 80, of Normal, died at 6:45 p.m. Sunday, Nov. 15, 2026, at Carle BroMenn Medical Center, Normal.

His funeral will be at 10 a.m. Friday at College Avenue Mennonite Church, Normal, with Pastor Anne Gerig officiating. Burial will be in Evergreen Memorial Cemetery, Bloomington. Visitation will be from 4 to 7 p.m. Thursday at Kessinger & Vance Memorial Chapel, Bloomington. Pallbearers will be Marcus Threlkeld, Eric Ropp, Nathan Ropp, Ben Ropp, Tim Kinsinger and Doug Yoder.

He was born Feb. 11, 1946, in Roanoke, a son of Elmer and Anna Schertz Ropp. He married Darlene Kinsinger on Aug. 23, 1969, in Roanoke. She survives.

Also surviving are his sons, Eric (Jill) Ropp, Normal, and Nathan Ropp, Indianapolis; five grandchildren; and a sister, Wilma Zehr, Eureka.

He was preceded in death by his parents and a brother, Lowell.

Hal taught industrial arts at Normal Community High School for 33 years and built cabinets for half the kitchens on Fell Avenue.""",
gold=[("BMI001", "deceased_client"), ("BMI002", "spouse_of_deceased_client")]),
]
