"""Kanawha & Guyandotte Funeral Chapels (chapels in Charleston, St. Albans and Huntington): long-form funeral-home
obituaries, HTML in content:encoded, permalink guids. Hand-labelled (gold=[...])."""

BASE = "crw_kgfc_"
ITEMS = [
dict(guid=BASE + "najla-saab-maalouf-2026", pub="2026-02-03T10:15:00-05:00", title="Najla Saab Maalouf (1934 - 2026)",
body="""Najla Saab Maalouf, 91, of South Charleston, fell asleep in the Lord on Friday, January 30, 2026, at CAMC Memorial Hospital, surrounded by her children and the icons she carried from Zahle.

Born in Zahle, Lebanon, to the late Boutros and Wadad Saab, she came to Charleston in 1952 as the bride of Anthony Maalouf Sr., and for forty years she stood behind the counter of the family grocery on the West Side, where no child left without a piece of candy and no widow left without her groceries, paid for or not. Her kibbeh, her stuffed grape leaves and her ma'amoul at Easter were known up and down the valley. She was a lifelong member of St. George Maronite Catholic Church, the Altar Society and the Ladies of the Cedars.

She is survived by her son, Anthony "Tony" Maalouf Jr. (Rita) of Charleston; her daughter, Georgette (Elias) Farhat of South Charleston; seven grandchildren; and twelve great-grandchildren, and by many nieces and nephews in Lebanon, Brazil and Australia. She was preceded in death by her husband of 54 years, Anthony Maalouf Sr., and by her brothers, Georges and Nabih Saab.

The family will receive friends Tuesday from 4 to 8 p.m. at the Charleston chapel, where a Trisagion will be prayed at 7 p.m. A Mass of Christian Burial will be celebrated at 11 a.m. Wednesday at St. George Maronite Catholic Church, Chorbishop Maroun Tabet celebrant. Burial will follow at Mount Olivet Cemetery. In lieu of flowers, memorial gifts may be made to the St. George Church restoration fund.""",
gold=[("CRW003", "survivor"), ("CRW004", "survivor"), ("CRW019", "survivor")]),

dict(guid=BASE + "delbert-lee-sayre-2026", pub="2026-03-10T09:40:00-04:00", title="Delbert Lee \"Del\" Sayre (1947 - 2026)",
body="""Delbert Lee "Del" Sayre, 78, of Charleston, went home to be with the Lord on Saturday, March 7, 2026, at his home on Sissonville Drive, with his wife holding his hand.

Del was born August 22, 1947, in Clay County, a son of the late Okel and Vesta Sayre. He graduated from Herbert Hoover High School, served with the U.S. Army in Vietnam, and retired in 2009 after 38 years as a process operator at the Union Carbide plant in Institute, where he never missed a shift in a snowstorm and never let a young operator eat lunch alone. He was a member of Sissonville Missionary Baptist Church, where he taught the men's Sunday school class for twenty years. He loved squirrel season, his garden, his Ford tractor and a good gospel quartet.

He is survived by his wife of 56 years, Wilma (Toney) Sayre; his son, Darrell Sayre (Angie) of Poca; his daughter, Tina Sayre Drennen (Mike) of Sissonville; five grandchildren; two great-grandchildren; and his sister, Ruby Sayre Hatfield of Clay. He was preceded in death by his parents and his brothers, Virgil and Carl Sayre.

Funeral services will be held at 1 p.m. Wednesday at Sissonville Missionary Baptist Church with Bro. Dale Triplett and Bro. Kermit Hanshaw officiating. Burial will follow at Sayre Family Cemetery on Tupper Creek with military honors by the Kanawha County Honor Guard. Friends may call two hours before the service at the church.""",
gold=[("CRW001", "deceased_client"), ("CRW002", "spouse_of_deceased_client")]),

dict(guid=BASE + "eugene-gene-harless-2026", pub="2026-04-07T11:05:00-04:00", title="Eugene \"Gene\" Harless (1944 - 2026)",
body="""Eugene "Gene" Harless, 81, of Poca, passed from this life on Saturday, April 4, 2026, at Thomas Memorial Hospital.

Gene was born in Logan County to the late Hobert and Edna Harless. He loaded coal at the Island Creek mines as a young man and later worked 31 years at the FMC plant in South Charleston. He was a faithful member of the Poca Church of Christ, where he led singing for many years, and he never missed a Poca Dots home football game.

He is survived by his wife, Phyllis Harless; his sons, Mark Harless of Poca and Steven Harless of Lexington, Ky.; his sister, Bobbie Sue Cottrill and her husband, Arlie, of St. Albans; six grandchildren; and his nephew, Wendell Ballengee of Sissonville, who was like a son to him. He was preceded in death by his brother, Clifford Harless.

Services will be held at 11 a.m. Thursday at the Poca Church of Christ with Brother Lonnie Kessinger officiating. Burial in Cunningham Memorial Park. Pallbearers will be Mark Harless, Steven Harless, Jordan Pauley, Rusty Hanna, Chad Greenlee and Dwight Casto.""",
gold=[("CRW005", "survivor"), ("CRW006", "survivor")]),

dict(guid=BASE + "loretta-skaggs-hively-2026", pub="2026-05-19T10:30:00-04:00", title="Loretta Skaggs Hively (1950 - 2026)",
body="""Loretta Skaggs Hively, 75, of Marmet, went to her heavenly home Sunday, May 17, 2026, after a long illness borne with grace.

Loretta was born in Boone County to the late Clarence and Ova Skaggs. She retired from the Kanawha County Schools as a cook at Marmet Elementary, where she made the best rolls in the county, and she was a member of Marmet Freewill Baptist Church.

Left to cherish her memory are her husband of 54 years, Ronald Hively; her daughters, Teresa Hively Lanham and Rhonda Sigler; her sisters, Ginny Rexroad of Kanawha City and Bernice Skaggs Toler of Madison; and four grandchildren. She was preceded in death by a brother, Jackie Skaggs.

A celebration of her life will be held at 2 p.m. Friday at the Charleston chapel, Pastor Gary Legg officiating. Interment at Sunset Memorial Park.""",
gold=[("CRW017", "survivor")]),

dict(guid=BASE + "hazel-stollings-marcum-2026", pub="2026-08-12T09:20:00-04:00", title="Hazel Stollings Marcum (1935 - 2026)",
body="""Hazel Stollings Marcum, 90, of Barboursville, departed this life on Sunday, August 9, 2026, at St. Mary's Medical Center in Huntington.

Hazel was born at Chapmanville in Logan County, a daughter of the late Burl and Cora Stollings, and married Herschel Marcum in 1954. She worked as a cashier at the Barboursville A&P for twenty-six years and was a member of the Barboursville Church of Christ for more than sixty years. She never had children of her own, but she raised half the neighborhood on fried apple pies.

She is survived by her nephew, Jeffrey "Jeff" Stollings and his wife, Tammy, of Huntington, who cared for her in her last years; her niece, Donna Stollings Vance of Chapmanville; and several great-nieces and nephews. She was preceded in death by her husband, Herschel, and by her brothers, Garland and Ezra Stollings.

Services will be held at 1 p.m. Thursday at the Huntington chapel with Evangelist Ray Hager officiating. Burial at Spring Hill Cemetery.""",
gold=[("CRW009", "survivor"), ("CRW010", "survivor")]),

dict(guid=BASE + "kenneth-okelley-2026", pub="2026-09-02T10:10:00-04:00", title="Kenneth Wayne O'Kelley (1945 - 2026)",
body="""Kenneth Wayne O'Kelley, 80, of Winfield, passed away Monday, August 31, 2026, at Hubbard Hospice House West.

Ken retired from the Bayer CropScience plant at Institute after 35 years as an instrument technician, and he spent his retirement fishing the Kanawha, coaching Little League in Putnam County and arguing with the television during Mountaineer games. He was a member of Winfield United Methodist Church.

He is survived by his daughter, Kimberly O'Kelley of Cross Lanes; his son, Kevin O'Kelley (Stacy) of Scott Depot; and three grandchildren. He was preceded in death by his wife, Shirley, in 2019.

Funeral services will be at 11 a.m. Saturday at the St. Albans chapel, the Rev. Anne Persinger officiating. Pallbearers: Ferrell Spurlock, Larry Null, Kevin O'Kelley, Tyler O'Kelley, Gary Buckalew and Rick Fisher.""",
gold=[("CRW020", "survivor")]),

dict(guid=BASE + "pauline-toney-blankenship-2026", pub="2026-10-20T09:45:00-04:00", title="Pauline Toney Blankenship (1941 - 2026)",
body="""Pauline Toney Blankenship, 84, of Pocatalico, passed away peacefully on Saturday, October 17, 2026.

Pauline was a daughter of the late Orville and Maxie Toney of Clay County. She was a beautician in Sissonville for forty-one years and a member of Pocatalico Missionary Baptist Church.

She is survived by her sister, Wilma Sayre of Sissonville, whose husband, Del, passed away in March; her sons, Rodney and Keith Blankenship; and four grandchildren. She was preceded in death by her husband, Harry Blankenship, and by her brother-in-law, Delbert Sayre.

Graveside services will be held at 2 p.m. Tuesday at Toney Cemetery, Bro. Dale Triplett officiating.""",
gold=[("CRW002", "survivor")]),
]
