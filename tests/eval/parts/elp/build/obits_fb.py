"""The Bliss Bugle, "Final Salute" (Fort Bliss community paper): military-family notices with rank, branch,
units, honors; plain text. Hand-labelled."""

FEED = "fb"
ITEMS = [
dict(guid="elp_fb_2026_01_22_haverkamp", pub="2026-01-22T06:00:00-07:00",
title="Sgt. Maj. (Ret.) Curtis A. Haverkamp, 84, Fredericksburg, Texas",
body="""Sergeant Major (Retired) Curtis Allen Haverkamp, 84, of Fredericksburg, Texas, a 30-year Air Defense Artillery soldier who served three tours at Fort Bliss, died January 17, 2026, at the Audie L. Murphy VA Medical Center in San Antonio.

Born in New Braunfels, he enlisted in 1960, served in Germany with Nike Hercules batteries and in Vietnam, and retired in 1990 as the command sergeant major of the 11th Air Defense Artillery Brigade. His awards include the Legion of Merit and the Bronze Star Medal. In retirement he raised peaches and grandchildren in the Hill Country.

He is survived by his wife of 61 years, Lorene; his daughter, Deb Whitecotton (Ray) of El Paso; his son, Kurt Haverkamp of Kerrville; five grandchildren, three of them serving; and two great-grandchildren.

Funeral with full military honors will be held at Fort Sam Houston National Cemetery, San Antonio, on January 29 at 1 p.m.""",
gold=[("ELP006", "survivor"), ("ELP005", "survivor")]),

dict(guid="elp_fb_2026_02_26_gaskins", pub="2026-02-26T06:00:00-07:00",
title="Sgt. 1st Class Terrell J. Gaskins, 46, Horizon City",
body="""Sergeant First Class Terrell James Gaskins, 46, of Horizon City, a platoon sergeant with the 1st Armored Division, died February 21, 2026, at William Beaumont Army Medical Center after a long fight with cancer.

A native of Dothan, Alabama, Terrell served 27 years, including three deployments to Iraq and one to Afghanistan, and coached youth football at Horizon High School every fall he was home. His awards include the Bronze Star Medal and the Meritorious Service Medal.

He is survived by his wife, Shaniqua; his children, Terrell Jr., Maya and Josiah; his mother, Delores Gaskins of Dothan; and his brothers, Curtis and Andre.

A memorial ceremony will be held March 3 at 10 a.m. at the Fort Bliss Main Post Chapel, with Chaplain (Maj.) Daniel Ochs officiating. Pallbearers will be Command Sgt. Maj. (Ret.) Marcus Tubbeville, Sgt. 1st Class Luis Barraza, Staff Sgt. Devon Pike and Staff Sgt. Anthony Reyes. Interment at Fort Bliss National Cemetery.""",
gold=[]),

dict(guid="elp_fb_2026_03_19_brinegar", pub="2026-03-19T06:00:00-06:00",
title="Lt. Col. (Ret.) Harold W. Brinegar, 51, Killeen, Texas",
body="""Lieutenant Colonel (Retired) Harold Wayne Brinegar, 51, of Killeen, Texas, who commanded a Patriot battalion at Fort Bliss from 2014 to 2016, died March 12, 2026, in Temple, Texas.

A West Point graduate, he served 24 years, including tours in Kuwait and South Korea, and retired to Central Texas to teach JROTC at Ellison High School.

He is survived by his wife, Tamara; his daughters, Kaitlyn and Brooke; and his parents, Wayne and Sheila Brinegar of Lawton, Oklahoma. Services were held March 18 at the Central Texas State Veterans Cemetery, Killeen.""",
gold=[]),

dict(guid="elp_fb_2026_05_07_brinegar", pub="2026-05-07T06:00:00-06:00",
title="Joyce Ann Brinegar, 76, El Paso - Army wife",
body="""Joyce Ann Brinegar, 76, of West El Paso, an Army wife for 22 years and for three decades a volunteer at the Fort Bliss Thrift Shop, died May 2, 2026, at home.

Born in Lubbock, she married a young artillery lieutenant in 1971 and followed him from Fort Sill to Germany, Korea and finally Fort Bliss, where the family stayed. She taught second grade at Coronado-area schools for 20 years.

She is survived by her husband of 54 years, Harold "Hal" Brinegar; her sons, Michael Brinegar of Austin and Scott Brinegar of El Paso; and four grandchildren.

A memorial service will be held Saturday at 2 p.m. at Coronado Baptist Church, with a reception following.""",
gold=[("ELP016", "survivor")]),

dict(guid="elp_fb_2026_07_09_lujan", pub="2026-07-09T06:00:00-06:00",
title="Sgt. 1st Class (Ret.) Baltazar Lujan, 84, El Paso",
body="""Sergeant First Class (Retired) Baltazar "Balta" Lujan, 84, of East El Paso, a Vietnam veteran and for 20 years a civilian range-control officer at Fort Bliss and McGregor Range, died July 4, 2026, at the El Paso VA Health Care System.

Born in Ysleta and drafted in 1962, Balta served two tours in Vietnam with the 1st Cavalry Division and earned the Bronze Star Medal with "V" device and the Purple Heart. He retired from the Army in 1984 and spent his second career keeping hunters and hikers out of the impact areas of McGregor Range. He was a founding member of VFW Post 8919 and its honor guard.

He is survived by his wife of 61 years, Refugio "Cuca" (Gurrola) Lujan; his sons, Baltazar Jr. of Albuquerque and Ricardo of El Paso; his daughter, Sandra Lujan Meraz of Horizon City; nine grandchildren and four great-grandchildren.

Rosary 7 p.m. Thursday at Rio Grande Memorial Chapels, East Side. Funeral Mass 10 a.m. Friday at St. Raphael Catholic Church, followed by interment with full military honors at Fort Bliss National Cemetery.""",
gold=[("ELP022", "deceased_client"), ("ELP023", "spouse_of_deceased_client")]),
]
