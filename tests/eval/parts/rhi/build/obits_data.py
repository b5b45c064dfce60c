"""Obituaries for the rhi part, four house styles, hand-labelled (gold=[(client_id, role)])."""

# 1. Northwoods Star-Journal (newspaper, plain text)
NEWSPAPER = [
dict(guid="rhi_nsj_obit_2026_0214", pub="2026-02-14T06:10:00-06:00", title="Walter A. Heisler",
body="""Walter A. Heisler, 84, of Rhinelander, died Tuesday, Feb. 10, 2026, at Aspirus Rhinelander Hospital.

He was born Oct. 4, 1941, in Rhinelander to August and Hilda (Bartz) Heisler. Walt worked 38 years at the paper mill and never missed a Hodag football home game. He was a member of Nativity of Our Lord Catholic Church and the Rhinelander Eagles.

Survivors include his daughter, Darlene (Jerry) Wojcik of Rhinelander; a son, Mark Heisler of Wausau; five grandchildren and three great-grandchildren. He was preceded in death by his wife, Marian, in 2019.

A Mass of Christian Burial will be held at 11 a.m. Saturday at Nativity of Our Lord with Deacon Leonard Dzikowski officiating. Burial will be in Forest Home Cemetery in the spring.""",
gold=[("RHI002", "survivor"), ("RHI001", "survivor")]),

dict(guid="rhi_nsj_obit_2026_0409", pub="2026-04-09T06:05:00-05:00", title="Evelyn M. Kapitz",
body="""Evelyn M. Kapitz, 96, of Pelican Lake, passed away peacefully on Sunday, April 5, 2026, at Cedar Ridge in Rhinelander.

Evelyn was born on the family farm near Monico and married Otto Kapitz in 1948. Together they ran a resort on Pelican Lake for thirty years, and she baked the pies that made the Friday fish fry famous.

She is survived by her daughter, Lorraine Buettner of Minocqua; her son, Eugene "Gene" (Sharon) Kapitz of Pelican Lake; eight grandchildren and many great-grandchildren. She was preceded in death by her husband, Otto; her son-in-law, Richard Buettner; and her sisters, Frieda and Irma.

Services will be held at 11 a.m. Thursday at St. John Lutheran Church, Pelican Lake. Pallbearers are Mitch Ostrowski, Jason Kapitz, Ryan Kapitz and Todd Buettner.""",
gold=[("RHI003", "survivor"), ("RHI021", "survivor")]),

dict(guid="rhi_nsj_obit_2026_0521", pub="2026-05-21T06:00:00-05:00", title="Harvey L. Lindquist",
body="""Harvey L. Lindquist, 80, of Marquette, Mich., died May 17, 2026, at UP Health System-Marquette.

Harvey grew up in Ironwood, Mich., worked as an iron ore dock foreman and spent every August at his brother's place in the Wisconsin Northwoods.

He is survived by his wife, Joyce; his brother, Arvid (Inga) Lindquist of Hazelhurst; and nieces and nephews. He was preceded in death by his parents and a sister, Ruth.

Services will be held in Marquette.""",
gold=[("RHI007", "survivor"), ("RHI008", "survivor")]),

dict(guid="rhi_nsj_obit_2026_0618", pub="2026-06-18T06:15:00-05:00", title="Robert James \"Bobby\" Zastrow",
body="""Robert James "Bobby" Zastrow, 22, of Rhinelander, died unexpectedly on Saturday, June 13, 2026, in a boating accident on Lake Thompson.

Bobby graduated from Rhinelander High School in 2022, where he wrestled, and was an apprentice electrician. He loved muskie fishing, his truck and his dog, Ruger.

He is survived by his parents, Jeffrey and Amy Zastrow of Rhinelander; his sister, Kaitlyn; his grandfather and namesake, Robert "Bob" Zastrow of Rhinelander; and his grandmother, Judy Pilch of Tomahawk.

A memorial gathering will be held Saturday at the Rhinelander Elks Lodge.""",
gold=[("RHI018", "survivor")]),

dict(guid="rhi_nsj_obit_2026_0730", pub="2026-07-30T06:05:00-05:00", title="Gladys E. Brunner",
body="""Gladys E. Brunner, 83, formerly of Minocqua, died July 26, 2026, at a care center in Tomahawk.

Gladys taught third grade in Minocqua for 31 years and kept a garden that stopped traffic on Chippewa Street.

She is survived by her brother, Harold "Hal" Brunner of Minocqua; her niece, Carol Tegen of Lake Tomahawk; and cousins. She was preceded in death by her parents and her brother, Elmer.

A graveside service will be held at Lakeland Union Cemetery.""",
gold=[("RHI017", "survivor")]),

dict(guid="rhi_nsj_obit_2026_0911", pub="2026-09-11T06:10:00-05:00", title="Arvid E. Lindquist",
body="""Arvid E. Lindquist, 84, of Hazelhurst, died Monday, Sept. 7, 2026, at home on Lake Katherine with his family at his side.

He was born June 9, 1942, in Ironwood, Mich., the son of Nels and Signe Lindquist. He served in the U.S. Army and taught shop at Lakeland Union High School for 32 years. He built three cedar-strip canoes and gave every one of them away.

Arvid is survived by his wife of 61 years, Inga (Thorsen) Lindquist; his daughters, Karin (Peter) Moe of Duluth and Sonja Lindquist of Madison; and four grandchildren. He was preceded in death by his brother, Harvey.

A memorial service will be held at 1 p.m. Saturday at Trinity Lutheran Church, Minocqua.""",
gold=[("RHI007", "deceased_client"), ("RHI008", "spouse_of_deceased_client")]),

dict(guid="rhi_nsj_obit_2026_1015", pub="2026-10-15T06:00:00-05:00", title="Duane R. Meyer",
body="""Duane R. Meyer, 75, of Woodruff, died Oct. 11, 2026.

Duane drove a log truck for forty years and was a charter member of the Woodruff-Arbor Vitae snowmobile club. He is survived by his wife, Arlene, and his sons, Craig and Curtis, both of Arbor Vitae.

Funeral services will be held Friday at St. Patrick Catholic Church, Minocqua, with Deacon Leonard Dzikowski officiating. Pallbearers will be Tom Pecore, Kyle Mrotek, Curt Meyer and Brad Holperin.""",
gold=[]),
]

# 2. Pine Hollow Funeral Home (funeral-home site, HTML in content:encoded, permalink guids)
FH_BASE = "https://www.pinehollowfh.example/obituaries/"
FUNERAL_HOME = [
dict(guid="rhi_phfh_bernice-radtke", pub="2026-01-22T11:00:00-06:00", title="Bernice L. Radtke (1937 - 2026)",
body="""Bernice L. Radtke, 88, of Woodruff, went home to her Lord on January 19, 2026, at Howard Young Medical Center.

Bernice was a cook at the Woodruff Elementary School for 25 years and a proud member of the Lakeland Area Homemakers.

She is survived by her granddaughter, MaryBeth Radtke of Woodruff, who cared for her in her last years; her son, Gary Radtke of Appleton; and a great-grandson. She was preceded in death by her husband, Leroy, and her son, Dennis.

Visitation will be held at the Minocqua chapel of Pine Hollow Funeral Home on Saturday, followed by a funeral service with Pastor Ann Hoeft officiating.""",
gold=[("RHI006", "survivor")]),

dict(guid="rhi_phfh_kenneth-sorensen-sr", pub="2026-03-03T10:30:00-06:00", title="Kenneth O. Sorensen Sr. (1938 - 2026)",
body="""Kenneth O. Sorensen Sr., 87, of Three Lakes, died peacefully February 28, 2026.

Ken Sr. was a fishing guide on the Three Lakes chain for half a century and claimed to know every stump in Big Stone Lake by name.

He is survived by his son, Ken Jr. (Bonnie) Sorensen of Three Lakes; his daughter, Lynn Sorensen of Green Bay; and six grandchildren. He was preceded in death by his wife, Betty.

Services will be held at Our Saviour's Lutheran Church in Three Lakes.""",
gold=[("RHI004", "survivor"), ("RHI005", "survivor")]),

dict(guid="rhi_phfh_lucille-jaeger", pub="2026-04-28T09:45:00-05:00", title="Lucille A. Jaeger (1935 - 2026)",
body="""Lucille A. Jaeger, 90, of Eagle River, passed away April 25, 2026, at Eagle River Health and Rehab.

Lucille was born in Phelps and worked as a bookkeeper for the Vilas County highway department.

She is survived by her daughter, Patti (Dale) Schoeneck of Three Lakes; her son, Roger Jaeger of Conover; and five grandchildren. She was preceded in death by her husband, Harold Jaeger.

A funeral service will be held at the Eagle River chapel.""",
gold=[("RHI013", "survivor"), ("RHI012", "survivor")]),

dict(guid="rhi_phfh_donald-kuehn", pub="2026-06-02T14:20:00-05:00", title="Donald P. Kuehn (1955 - 2026)",
body="""Donald P. Kuehn, 70, of Rhinelander, died May 30, 2026, after a long illness.

Don was a lineman for Wisconsin Public Service for 34 years and a volunteer firefighter in Crescent.

He is survived by his wife, Jeanette; his daughter, Sarah Wendt (Matthew) of Rhinelander; his son, Nick Kuehn of Stevens Point; and three grandchildren.

A celebration of life will be held at the Rhinelander chapel of Pine Hollow Funeral Home.""",
gold=[("RHI014", "survivor")]),

dict(guid="rhi_phfh_jennifer-mrotek", pub="2026-08-18T12:00:00-05:00", title="Jennifer L. Mrotek (1981 - 2026)",
body="""Jennifer L. Mrotek, 45, of Oshkosh, died suddenly August 14, 2026.

Jenny was a dental hygienist in Oshkosh and a devoted soccer mom.

She is survived by her husband, Brian Mrotek; her children, Logan and Emma; and her parents, Gary and Lois Fenske of Neenah.

Services will be held in Oshkosh. Pine Hollow Funeral Home is assisting the family with a committal in Tomahawk.""",
gold=[]),

dict(guid="rhi_phfh_mildred-van-ryzin", pub="2026-09-24T10:10:00-05:00", title="Mildred R. Van Ryzin (1935 - 2026)",
body="""Mildred R. Van Ryzin, 91, of Minocqua, died September 21, 2026.

Born in Little Chute, Millie came north to Minocqua in 1962 and ran the Island City Bakery with her late husband, Gerald.

She is survived by her daughter-in-law, Ruth Ann Van Ryzin of Minocqua, and two grandchildren. She was preceded in death by her husband and by her son, Michael.

Pallbearers: Tom Pecore, Jim Van Ryzin, Brent Koller and Luke Van Ryzin.""",
gold=[("RHI011", "survivor")]),
]

# 3. St. Hedwig & Nativity parishes bulletin (church bulletin, plain text)
BULLETIN = [
dict(guid="rhi_stb_2026_03_15_a", pub="2026-03-15T07:00:00-05:00", title="Pray for Stanley Dzikowski",
body="""Please remember in your prayers Stanley Dzikowski, 77, of Tomahawk, brother of our own Deacon Len Dzikowski, who died on March 10. A funeral Mass was celebrated at St. Mary's in Tomahawk. May he rest in peace, and may our Deacon and his family be comforted.""",
gold=[("RHI015", "survivor")]),

dict(guid="rhi_stb_2026_07_12_a", pub="2026-07-12T07:00:00-05:00", title="Pray for Frances Mrotek",
body="""Our parish family extends sympathy to Kyle and Jenny Mrotek on the death of Kyle's grandmother, Frances Mrotek, 98, formerly of Harshaw, on July 6. Frances was a St. Hedwig altar society member for sixty years. Eternal rest grant unto her, O Lord.""",
gold=[("RHI020", "survivor"), ("RHI019", "survivor")]),

dict(guid="rhi_stb_2026_11_08_a", pub="2026-11-08T07:00:00-06:00", title="Pray for Eleanor Ostrowski",
body="""Please pray for the repose of the soul of Eleanor Ostrowski, 94, who died November 2. She is the mother of Mitch Ostrowski of Woodruff and of Sister Janice Ostrowski, SSND. Funeral Mass was Thursday with burial at St. Hedwig Cemetery.""",
gold=[("RHI022", "survivor")]),
]

# 4. Lakeland Times paid death notices (brief, surname-first)
NOTICES = [
dict(guid="rhi_ltdn_2026_10_06_kowalczyk", pub="2026-10-06T05:00:00-05:00", title="KOWALCZYK, Delores M.",
body="""KOWALCZYK, Delores M., of Rhinelander, passed away Saturday, October 3, 2026. Private family services will be held. Carlson Funeral Home of Rhinelander is assisting the family.""",
gold=[("RHI010", "possible_deceased_client")]),

dict(guid="rhi_ltdn_2026_09_12_lindquist", pub="2026-09-12T05:00:00-05:00", title="LINDQUIST, Arvid E.",
body="""Arvid E. Lindquist, 84, of Hazelhurst, died Monday, Sept. 7, 2026, at home on Lake Katherine with his family at his side.

He was born June 9, 1942, in Ironwood, Mich., the son of Nels and Signe Lindquist. He served in the U.S. Army and taught shop at Lakeland Union High School for 32 years. He built three cedar-strip canoes and gave every one of them away.

Arvid is survived by his wife of 61 years, Inga (Thorsen) Lindquist; his daughters, Karin (Peter) Moe of Duluth and Sonja Lindquist of Madison; and four grandchildren. He was preceded in death by his brother, Harvey.

A memorial service will be held at 1 p.m. Saturday at Trinity Lutheran Church, Minocqua.""",
gold=[]),  # duplicate of rhi_nsj_obit_2026_0911: labelled on the earlier copy only

dict(guid="rhi_ltdn_2026_12_01_pecore", pub="2026-12-01T05:00:00-06:00", title="PECORE, Thomas J.",
body="""PECORE, Thomas J., 91, of De Pere, died November 27, 2026. Survived by his wife, Loretta, and children Ann, Mark and Joseph. Services at St. Francis Xavier, De Pere.""",
gold=[]),
]
