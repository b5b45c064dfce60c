"""Caddo & Pineywoods Funeral Chapels (Marshall, Kilgore, Longview): funeral-home site, HTML in content:encoded,
one-sentence plain description. Hand-labelled."""

ITEMS = [
dict(guid="ggg_cpf_260122_ware", pub="2026-01-22T10:15:00-06:00", title="Homegoing Celebration for Mother Odessa Mae Ware",
body="""Mother Odessa Mae Ware, 92, of Marshall, answered her Master's call on Sunday, January 18, 2026.

Mother Ware was born in Harrison County and was a graduate of Pemberton High School. She worked 30 years in the dietary department of Marshall Memorial Hospital and was a mother of the church at Greater New Hope Missionary Baptist Church, where she sang in the Senior Choir until she was 90.

She leaves to cherish her memory: her son, Leonard Ware (Gloria) of Dallas; her granddaughter, Tamika Lott (Cedric) of Marshall; her great-granddaughter, Jasmine Lott; her sister, Lillie Pearl Hawkins of Shreveport; and a host of nieces, nephews, church family and friends.

The homegoing celebration will be held Saturday at 11 a.m. at Greater New Hope Missionary Baptist Church, Pastor Jerome Haskins, eulogist. Interment at Powder Mill Cemetery. Pallbearers: Odell Bynum, Marcus Ware, Terrence Hawkins, DeShawn Ware.""",
gold=[("GGG011", "survivor"), ("GGG010", "survivor")]),

dict(guid="ggg_cpf_260211_trevino", pub="2026-02-11T09:40:00-06:00", title="Juan Manuel Treviño",
body="""Juan Manuel Treviño, 80, of Longview, passed away on February 8, 2026, at his home, surrounded by his family.

Don Juan was born in Sabinas Hidalgo, Nuevo León, and came to Longview in 1968 to work at the LeTourneau plant, where he welded for 35 years. He was a founding member of the Guadalupanos at St. Mary's Catholic Church and his tamales were famous every Christmas Eve.

He is survived by his wife of 57 years, Guadalupe; his daughter, Marisol Treviño Salas and her husband, Hector, of Longview; his son, Juan Manuel Treviño Jr. of Dallas; and seven grandchildren.

Rosary will be recited Thursday at 7 p.m. at the Longview chapel. Mass of Christian Burial will be Friday at 10 a.m. at St. Mary's Catholic Church, with burial at Memory Park.""",
gold=[("GGG006", "survivor")]),

dict(guid="ggg_cpf_260325_kimbrough", pub="2026-03-25T11:05:00-05:00", title="Roy Lee Kimbrough",
body="""Roy Lee Kimbrough, 68, of White Oak, passed away Saturday, March 21, 2026, at UT Health Tyler.

Roy Lee worked 40 years at the Eastman Chemical plant in Longview and coached White Oak Little League for twenty of them. He was happiest in a deer stand or on the tailgate of his truck at a White Oak Roughnecks football game.

He is survived by his wife, Debra Kimbrough of White Oak; his son, Travis Kimbrough and wife Kayla of White Oak; his daughter, Crystal Kimbrough Reyes of Gilmer; and four grandchildren, including the newest, Bryce, born just last month.

Services will be held Wednesday at 2 p.m. at First Baptist Church of White Oak. Pallbearers will be Wes McWhorter, Cody Reyes, Jason Satterwhite, Troy Kimbrough, Dale Vickers and Mike Hinson.""",
gold=[("GGG017", "survivor"), ("GGG018", "survivor")]),

dict(guid="ggg_cpf_260415_cagle", pub="2026-04-15T09:20:00-05:00", title="Aubrey Dale Cagle",
body="""Aubrey Dale Cagle, 83, of Gilmer, went home to be with the Lord on Sunday, April 12, 2026.

Aubrey was born in Upshur County, raised sweet potatoes and peanuts near Gilmer, and never missed the East Texas Yamboree in 83 years.

He is survived by his wife, Nell; his sister, Opal Pruett of Longview; and his nephew, Darrell Pruett of Hallsville. He was preceded in death by his parents and his brother-in-law, Buddy Pruett.

Services will be held Thursday at 10 a.m. at Glenwood Baptist Church, Gilmer.""",
gold=[("GGG002", "survivor")]),

dict(guid="ggg_cpf_260520_vickers", pub="2026-05-20T10:00:00-05:00", title="Lonnie Ray Vickers",
body="""Lonnie Ray Vickers, 24, of Kilgore, died Sunday, May 17, 2026, in a motorcycle accident near Overton.

Lonnie Ray graduated from Kilgore High School in 2020 and worked as a roughneck for a drilling contractor in Kilgore. He loved his motorcycle, his dog, Diesel, and his little sister.

He is survived by his parents, Dale and Connie Vickers of Kilgore; his sister, Kaitlyn Vickers; his grandfather and namesake, Lonnie Vickers of Kilgore; and his grandmother, Reba Sims of Henderson.

Services will be held Saturday at 1 p.m. at the Kilgore chapel, with burial in Danville Cemetery.""",
gold=[("GGG015", "survivor")]),

dict(guid="ggg_cpf_260610_aldredge", pub="2026-06-10T14:30:00-05:00", title="Clarence \"Pete\" Aldredge",
body="""Clarence "Pete" Aldredge, 79, of Longview, passed away Monday, June 8, 2026.

Pete ran Aldredge Hardware on Marshall Avenue for 42 years and knew every customer by name and by what size bolt they needed.

He is survived by his wife, Bonnie; his sister, Fran Nance (Jerry) of Longview; and his sons, Mark and Steve Aldredge.

The family wishes to thank Dr. Anand Sethuraman and the nurses of the oncology unit at Longview Regional Medical Center for their kindness.

Funeral services will be held Friday at 10 a.m. at First Methodist Church of Longview.""",
gold=[("GGG021", "survivor"), ("GGG020", "survivor")]),
]
