"""River Valley Record (Fort Smith) obituaries: daily newspaper, legacy-style titles, plain text. Hand-labelled."""

ITEMS = [
dict(guid="fsm_rvr_obit_20260112_0141", pub="2026-01-12T05:30:00-06:00", title="Opal Dunagan Obituary (1937 - 2026) - Alma, AR - River Valley Record",
body="""ALMA - Opal Mae Dunagan, 88, of Alma passed away Friday, January 9, 2026, at her home on Dunagan Hollow Road, the same place she was born.

She was born September 3, 1937, to Arvel and Pearl (Sisco) Rhoads. She married Clyde Dunagan in 1955, and together they raised cattle, two children and a famous garden. Opal canned for half of Crawford County and taught the other half how. She was a member of Rudy Free Will Baptist Church for 70 years.

She was preceded in death by her husband, Clyde; her parents; and a brother, Vernon Rhoads.

Survivors include her daughter, Tammy Wofford and husband Harlan of Alma; a son, Rusty Dunagan and wife Sheila of Conway; five grandchildren; and nine great-grandchildren.

Funeral will be 2 p.m. Tuesday at Rudy Free Will Baptist Church with Bro. Delbert Lollis officiating, under the direction of Ocker Memorial Chapel. Burial will be in Dunagan Cemetery. Pallbearers will be Tyler Brashears, Josh Dunagan, Kaden Wofford, Lane Rhoads, Travis Sisco and Jeb Lollis.""",
gold=[("FSM005", "survivor"), ("FSM004", "survivor")]),

dict(guid="fsm_rvr_obit_20260203_0290", pub="2026-02-03T05:30:00-06:00", title="Wendell Hembree Obituary (1946 - 2026) - Muldrow, OK - River Valley Record",
body="""MULDROW, Okla. - Wendell Ray Hembree, 79, of Muldrow died Saturday, January 31, 2026, in a Fort Smith hospital.

He was born July 11, 1946, in Muldrow to Ollie and Verna (Cates) Hembree. He served in the U.S. Army in Vietnam and drove a truck for Arkansas Best for 31 years. He never missed a Muldrow Bulldogs home game.

He is survived by his wife of 52 years, Carolyn; a brother, Kenneth "Buck" Hembree of Muldrow; a sister, Billie Jo Castleberry of Van Buren; and several nieces and nephews.

Graveside service with military honors will be 10 a.m. Thursday at Muldrow Cemetery under the direction of Agent Funeral Home.""",
gold=[("FSM003", "survivor")]),

dict(guid="fsm_rvr_obit_20260310_0412", pub="2026-03-10T05:30:00-05:00", title="Odell Hixson Obituary (2001 - 2026) - Broken Arrow, OK - River Valley Record",
body="""Odell Wayne Hixson, 24, of Broken Arrow, Okla., died Thursday, March 5, 2026, in Tulsa as the result of a motorcycle accident.

Odell was born May 2, 2001, in Tulsa. He was a lineman's apprentice with Public Service Company of Oklahoma and loved to fish the Illinois River with his buddies.

He is survived by his parents, Wayne and Rhonda Hixson of Broken Arrow; his sister, Kelsey; his girlfriend, Macie Dunn; and his grandparents, Odell and Fern Hixson of Coweta, for whom he was named.

Services will be 11 a.m. Monday at First Baptist Church of Broken Arrow.""",
gold=[]),

dict(guid="fsm_rvr_obit_20260402_0518", pub="2026-04-02T05:30:00-05:00", title="Pham Van Duc Obituary (1945 - 2026) - Fort Smith, AR - River Valley Record",
body="""Mr. Pham Van Duc, 80, of Fort Smith passed away peacefully March 29, 2026, surrounded by his family.

Born in Nha Trang, Vietnam, he came to Fort Chaffee in 1975 with his wife and two small children and never left the River Valley. He worked 28 years at the Whirlpool plant and was a founding member of the Vietnamese Buddhist community on Massard Road.

He was preceded in death by his wife, Nguyen Thi Mai.

Survivors include his daughter, Huong Tran (Minh) of Fort Smith; his son, Pham Quoc Bao of Houston; and six grandchildren.

Prayer service will be held Thursday evening at Putman Funeral Home with funeral rites Friday morning.""",
gold=[("FSM011", "survivor")]),

dict(guid="fsm_rvr_obit_20260505_0633", pub="2026-05-05T05:30:00-05:00", title="Dewayne Tackett Obituary (1954 - 2026) - Pikeville, KY - River Valley Record",
body="""Dewayne Allen Tackett, 71, of Pikeville, Kentucky, and formerly of Fort Smith, died April 30, 2026, at Pikeville Medical Center.

He was born in Pike County, Ky., on March 1, 1954, and worked at the Fort Smith Whirlpool plant from 1976 to 1983 before returning home to the mountains to work in coal.

He is survived by his wife, Brenda (Mullins) Tackett; his sons, Corey and Dustin; and his sister, Wilma Justice of Elkhorn City.

Services were held in Pikeville.""",
gold=[]),

dict(guid="fsm_rvr_obit_20260609_0701", pub="2026-06-09T05:30:00-05:00", title="Virgil Crabtree Obituary (1939 - 2026) - Fort Smith, AR - River Valley Record",
body="""Virgil Eugene Crabtree, 86, of Fort Smith passed away Saturday, June 6, 2026.

He was born in Booneville and spent 40 years as a pressman at the Fort Smith paper. He was a Mason and a member of Grand Avenue Baptist Church.

He was preceded in death by his wife, Norma, and his half-brother, Cody Stufflebean.

He is survived by his daughters, Linda Pruett of Cedarville and Sharon Fite of Greenwood, and four grandchildren.

The family wishes to give special thanks to Dr. Anand Kulkarni and the nurses of the River Valley Hospice for their kindness.

Funeral service will be 10 a.m. Wednesday at Fentress Mortuary Chapel.""",
gold=[]),

dict(guid="fsm_rvr_obit_20260818_0911", pub="2026-08-18T05:30:00-05:00", title="Clifford Goforth Obituary (1940 - 2026) - Spiro, OK - River Valley Record",
body="""SPIRO, Okla. - Clifford Earl Goforth, 86, of Spiro went to be with the Lord on Friday, August 14, 2026.

He was born in Bokoshe and farmed bottomland along the Arkansas River his whole life. He was a deacon at First Baptist Church of Spiro and served on the Spiro school board for 20 years.

He was preceded in death by his wife, Inez, and a daughter, Darla.

He is survived by his son, Lonnie Goforth and wife Wanda Sue of Spiro; four grandchildren; and a host of friends.

Services will be 2 p.m. Tuesday at First Baptist Church of Spiro, with burial in Spiro Cemetery, under the direction of Evans & Miller Funeral Home.""",
gold=[("FSM015", "survivor")]),
]
