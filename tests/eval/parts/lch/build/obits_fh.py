"""Bayou Oaks Funeral Home (Lake Charles and Sulphur chapels): funeral-home site, HTML in content:encoded, a
one-sentence plain description, rosary/Mass customs of Catholic Southwest Louisiana. Hand-labelled."""

FEED = "fh"
ITEMS = [
dict(guid="lch_bof_alphonse-joseph-quebedeaux", pub="2026-03-09T10:15:00-05:00",
     title="Alphonse Joseph \"Boo\" Quebedeaux (1946 - 2026)",
body="""Alphonse Joseph "Boo" Quebedeaux, 80, of Lake Charles, passed from this life on Friday, March 6, 2026, at Lake Charles Memorial Hospital, surrounded by his family.

Boo was born February 11, 1946, in Lake Arthur to the late Ulysse and Eula Quebedeaux. He worked 36 years as a pipefitter at the Westlake plants, retired to his crawfish ponds and his Saturday boucherie, and never once let anyone else season the gumbo. He was a 4th Degree Knight of Columbus at Our Lady Queen of Heaven.

Those left to cherish his memory are his wife of 57 years, Geraldine "Gerri" Vallot Quebedeaux of Lake Charles; his son, Randall Quebedeaux and wife Tina of Moss Bluff; his daughter, Monique Q. Guidroz and husband Brent of Lafayette; five grandchildren; and one great-grandson. He was preceded in death by his parents and his brother, Nolan Quebedeaux.

A rosary will be recited at 6 p.m. Sunday in the Lake Charles chapel. A Mass of Christian Burial will be celebrated at 10 a.m. Monday at Our Lady Queen of Heaven Catholic Church, with the Rev. Msgr. Dwight Hebert officiating. Burial will follow in Consolata Cemetery.""",
gold=[("LCH001", "deceased_client"), ("LCH002", "spouse_of_deceased_client")]),

dict(guid="lch_bof_dwayne-paul-courvelle-sr", pub="2026-01-20T09:40:00-06:00",
     title="Dwayne Paul Courvelle Sr. (1941 - 2026)",
body="""Dwayne Paul Courvelle Sr., 84, of Westlake, went home to the Lord on Saturday, January 17, 2026, at his residence.

A native of Ville Platte, Mr. Courvelle moved to Westlake in 1962 to work at the refinery, where he stayed for 38 years. He coached Westlake Dixie Youth baseball for two decades and could be found most afternoons on the bank of the Calcasieu River with a cane pole.

He is survived by his son, Dwayne "Tee" Courvelle Jr. and his wife Renee of Westlake; his daughter, Lisa Courvelle Manuel of Sulphur; six grandchildren; and three great-grandchildren. He was preceded in death by his wife of 55 years, Marie Ann Courvelle, and by his parents.

A Mass of Christian Burial will be celebrated at 11 a.m. Wednesday at St. John Bosco Catholic Church in Westlake. Pallbearers will be Jarrod Manuel, Cody Courvelle, Ryan Ortego, Blaine Manuel, Luke Courvelle and Trent Hebert.""",
gold=[("LCH004", "survivor"), ("LCH005", "survivor")]),

dict(guid="lch_bof_lorraine-marcantel-sonnier", pub="2026-02-03T14:05:00-06:00",
     title="Lorraine Marcantel Sonnier (1937 - 2026)",
body="""Lorraine Marcantel Sonnier, 88, of Iowa, entered eternal rest on Saturday, January 31, 2026, at Harbor Hospice.

Mrs. Lorraine was born in Welsh and married the late Elray Sonnier in 1956. She kept the books for the family rice dryer for forty years, played bourre every Thursday night, and made fig preserves that won at the Calcasieu-Cameron Fair more times than anyone could count.

She is survived by her daughter, Mary Beth (Kirby) Derouen of Carlyss; her son, Elray "Butch" Sonnier Jr. of Iowa; her sister, Vangie Istre of Iowa; seven grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Elray Sonnier, and her brother, Ovide Marcantel.

The family thanks the nurses and aides of Harbor Hospice. A rosary will be prayed at 6 p.m. Tuesday at the Sulphur chapel. A Mass of Christian Burial will be at 10 a.m. Wednesday at St. Raphael Catholic Church, Iowa.""",
gold=[("LCH003", "survivor"), ("LCH010", "survivor")]),

dict(guid="lch_bof_thaddeus-wade-hardey", pub="2026-02-17T16:30:00-06:00",
     title="Thaddeus Wade Hardey (2001 - 2026)",
body="""Thaddeus Wade Hardey, 24, of Moss Bluff, was called home far too soon on Friday, February 13, 2026.

Wade graduated from Sam Houston High School in 2019 and was a second-year lineman apprentice with the electric cooperative. He loved duck hunting the marsh below Grand Lake, his chocolate Lab, Gumbo, and his nieces more than anything.

He is survived by his parents, Curtis and Lynette Hardey of Moss Bluff; his sister, Kayla Hardey Fontenot and her husband Jace; his grandparents, Wade and Earline Hardey; and a host of aunts, uncles and cousins.

Visitation will be held from 5 to 9 p.m. Thursday at the Lake Charles chapel. The funeral will be at 10 a.m. Friday at First Baptist Church of Moss Bluff, with Bro. Carl Thibodeaux officiating. Burial in Big Woods Cemetery.""",
gold=[]),

dict(guid="lch_bof_clovis-bergeaux", pub="2026-05-12T11:00:00-05:00",
     title="Clovis Anthony Bergeaux (1935 - 2026)",
body="""Clovis Anthony Bergeaux, 90, of Lake Charles, passed away peacefully on Sunday, May 10, 2026, at Bryan Place assisted living.

Clovis was born in Hayes and served with the U.S. Army in Korea. He ran Bergeaux's Grocery on Broad Street for thirty years, where a link of boudin and a cold drink cost a dollar until 1998. He played the accordion at every family wedding whether he was asked or not.

He leaves to cherish his memory his daughter, Renee Bergeaux Courvelle and her husband, Tee Dwayne, of Westlake; his son, Philip Bergeaux of Houston; four grandchildren; and two great-grandchildren. He was preceded in death by his wife, Dolores Bergeaux, and his sisters, Alma and Yvonne.

A rosary will be recited at 9:30 a.m. Thursday, followed by the Mass of Christian Burial at 11 a.m. at Immaculate Conception Cathedral. Burial with military honors will follow in Orange Grove Cemetery.""",
gold=[("LCH005", "survivor"), ("LCH004", "survivor")]),

dict(guid="lch_bof_harlan-eugene-sittig", pub="2026-06-24T09:25:00-05:00",
     title="Harlan Eugene Sittig (1946 - 2026)",
body="""Harlan Eugene Sittig, 79, of DeQuincy, died Monday, June 22, 2026, at West Calcasieu Cameron Hospital.

Harlan worked thirty-one years for the Kansas City Southern railroad out of the DeQuincy yard and volunteered at the DeQuincy Railroad Museum until last fall. He never missed a Louisiana Railroad Days Festival.

He is survived by his wife, Darlene Sittig; his sons, Kyle Sittig of DeRidder and Mark Sittig of Orange, Texas; his sister-in-law, JoAnn Sittig of DeQuincy; and five grandchildren. He was preceded in death by his brother, Raymond Sittig, and his parents.

Services will be held at 2 p.m. Saturday at First United Methodist Church of DeQuincy with the Rev. Sarah Kimball officiating. Burial will follow in DeQuincy Cemetery.""",
gold=[("LCH013", "survivor")]),

dict(guid="lch_bof_remy-joseph-deshotel", pub="2026-08-04T15:45:00-05:00",
     title="Remy Joseph Deshotel (1958 - 2026)",
body="""Remy Joseph Deshotel, 67, of Port Arthur, Texas, passed away on Saturday, August 1, 2026, at the Medical Center of Southeast Texas.

Remy was born in Lake Charles and moved across the Sabine in 1980 to work for the refinery in Port Arthur, where he stayed until he retired. He never gave up his season tickets to McNeese football or his opinion of Texas boudin.

He is survived by his wife, Carolyn Deshotel of Port Arthur; his daughter, Amber Deshotel Vincent of Nederland, Texas; his brother, Hollis "Hoss" Deshotel of Lake Charles; his nephew, Ryan Ortego of Nederland, Texas; and two grandchildren. He was preceded in death by his parents, Joseph and Leona Deshotel.

Visitation will be held Thursday from 9 a.m. until the 11 a.m. funeral Mass in the Lake Charles chapel. Burial will follow in Consolata Cemetery, Lake Charles.""",
gold=[("LCH022", "survivor")]),
]
