"""The Greenbrier Valley Ledger (daily newspaper, Lewisburg): obituaries and brief death notices, plain text,
titles "Name, age, of Town". Carries notices from Greenbrier, Monroe, Summers and Mercer Counties. Hand-labelled."""

FEED = "gvl"
ITEMS = [
dict(guid="lwb_gvl_obit_20260120_hamrick", pub="2026-01-20T05:30:00-05:00", title="Violet Burdette Hamrick, 88, of Rupert",
body="""Violet Burdette Hamrick, 88, of Rupert, passed away Saturday, January 17, 2026, at Greenbrier Valley Medical Center following a short illness.

She was born June 12, 1937, at Rupert, a daughter of the late Okey and Clara Burdette. Violet worked thirty-one years at the Rainelle Medical Center business office and taught the junior girls' Sunday school class at Rupert Church of the Brethren for longer than anyone can remember.

She was preceded in death by her husband, Ellis Hamrick, and a brother, Rayburn Burdette.

Survivors include a son, Keith Hamrick of Rainelle; a brother, Kermit Burdette of Rupert; a sister, Loretta (Tad) Wickline of Lewisburg; four grandchildren and several nieces and nephews.

Funeral service will be held 1 p.m. Thursday at Wallace Hill Funeral Chapel, Rainelle, with Pastor Curtis Dotson officiating. Burial will follow in Westlake Cemetery.""",
gold=[("LWB002", "survivor"), ("LWB001", "survivor")]),

dict(guid="lwb_gvl_notice_20260224_gwinn", pub="2026-02-24T05:30:00-05:00", title="Death notice: Harlow E. Gwinn",
body="""GWINN, Harlow E., 88, of Frankford, died February 16, 2026. Funeral was held February 20 at Mountain Laurel Funeral Home, Lewisburg. Burial, Frankford Cemetery. (Second notice; full obituary published previously.)""",
gold=[]),  # a later copy of the funeral home's obituary (lwb_mlfh_harlow-eugene-gwinn): labelled there only

dict(guid="lwb_gvl_obit_20260302_fleshman", pub="2026-03-02T05:30:00-05:00", title="Ezekiel 'Zeke' Fleshman, 33, of Quinwood",
body="""Ezekiel Lee "Zeke" Fleshman, 33, of Quinwood, died Thursday, February 26, 2026, as the result of a logging accident near Clearco.

Born May 4, 1992, in Rainelle, he was a son of Harold and Janice Fleshman of Quinwood, who survive. Zeke graduated from Greenbrier West High School, worked with his father's timber crew, and was never happier than on a deer stand on Little Sewell Mountain.

Also surviving are his daughter, Kaylee, and her mother, Brittany Ramsey, of Charmco; a brother, Dustin Fleshman of Quinwood; and his grandmother, Edna Fleshman of Leslie.

A celebration of life will be held 2 p.m. Saturday at the Quinwood Community Building.""",
gold=[]),  # young namesake of LWB008 (Renick, b. 1962, married to Nora): parents survive, no spouse -> nothing

dict(guid="lwb_gvl_notice_20260310_odell", pub="2026-03-10T05:30:00-04:00", title="Death notice: Garnet O'Dell",
body="""Garnet O'Dell, of Williamsburg, died Sunday, March 8, 2026. Arrangements are pending and will be announced by Mountain Laurel Funeral Home, Lewisburg.""",
gold=[("LWB017", "possible_deceased_client")]),  # same name and town, no age, no spouse, nothing to corroborate

dict(guid="lwb_gvl_obit_20260325_honaker", pub="2026-03-25T05:30:00-04:00", title="Roscoe Lee Honaker, 70, of Bluefield",
body="""Roscoe Lee Honaker, 70, of Bluefield, passed away Sunday, March 22, 2026, at Princeton Community Hospital.

Born January 19, 1956, in Bramwell, he was the son of the late Roscoe Sr. and Gladys Honaker. He retired from Norfolk Southern after 38 years as a carman and was a member of the Bluefield Moose Lodge.

He is survived by his wife of 47 years, Patsy Honaker; two daughters, Angela Honaker Reed of Bluefield, Va., and Misty Cline of Princeton; and five grandchildren.

Services will be held Friday at Mercer Memorial Chapel, Bluefield.""",
gold=[]),  # namesake of LWB005 (Caldwell, about the same age): another town 90 km away, a different wife -> nothing

dict(guid="lwb_gvl_obit_20260414_hanshaw", pub="2026-04-14T05:30:00-04:00", title="Cletus Ray Hanshaw Sr., 89, of Hinton",
body="""Cletus Ray Hanshaw Sr., 89, of Hinton, went home to be with the Lord on Friday, April 10, 2026.

Born December 1, 1936, at Pipestem, he was a son of the late Amos and Rilla Hanshaw. He worked for the C&O Railway at the Hinton yards for 41 years and was a lifelong member of Hinton Freewill Baptist Church.

In addition to his parents, he was preceded in death by his wife, Opaline, in 2019.

Those left to cherish his memory include his son, Cletus Hanshaw Jr. and wife Marvella of Ronceverte; a daughter, Darla Meadows of Hinton; six grandchildren and nine great-grandchildren.

Services will be held 11 a.m. Tuesday at the church with Rev. Bobby Lilly officiating. Burial will be in Greenbrier Memorial Gardens.""",
gold=[("LWB003", "survivor")]),

dict(guid="lwb_gvl_obit_20260512_venkatraman", pub="2026-05-12T05:30:00-04:00", title="Srinivasan Venkatraman, 84, of Lewisburg, formerly of Chennai, India",
body="""Srinivasan Venkatraman, 84, formerly of Chennai, India, died peacefully Friday, May 8, 2026, at the Lewisburg home of his son, where he had lived since 2023.

Born in Thanjavur, Tamil Nadu, he was a civil engineer with Southern Railway for 35 years and built bridges across the Cauvery delta. In Lewisburg he was known on the morning walking track at the State Fairgrounds, where he greeted everyone by name.

He is survived by his son, Dr. Ravi Venkatraman, and daughter-in-law, Lakshmi, of Lewisburg; a daughter, Meenakshi Raman of Bengaluru; and three grandchildren. He was preceded in death by his wife, Kamala.

A prayer service will be held at the family home. Arrangements by Mountain Laurel Funeral Home.""",
gold=[("LWB021", "survivor")]),

dict(guid="lwb_gvl_obit_20260616_kittle", pub="2026-06-16T05:30:00-04:00", title="Ambrose Kittle Sr., 92, of Lewisburg",
body="""Ambrose Thomas Kittle Sr., 92, of Lewisburg, died Saturday, June 13, 2026, at The Gardens at Greenbrier Valley.

Born March 30, 1934, in Lewisburg, he practiced law on Washington Street for 52 years, served two terms as Greenbrier County prosecuting attorney and never missed a Greenbrier East football game until 2019.

He was preceded in death by his wife, Frances, and by his son, Ambrose Kittle Jr.

He is survived by his daughter, Margaret Kittle Boone of Charleston; his grandson, Ambrose "Brose" Kittle III of Lewisburg, who carries on the family practice; a granddaughter, Claire Boone of Morgantown; and two great-grandchildren.

A memorial service will be held at 11 a.m. Saturday at Old Stone Presbyterian Church.""",
gold=[("LWB019", "survivor")]),  # same first and last name and town as LWB019, but Sr., 92 vs b. 1980: he is the grandson

dict(guid="lwb_gvl_obit_20260721_hively", pub="2026-07-21T05:30:00-04:00", title="Clarence W. Hively, 79, of Covington, Va.",
body="""Clarence William Hively, 79, of Covington, Va., passed away July 18, 2026, at LewisGale Hospital Alleghany.

A native of Maxwelton, W.Va., he was a son of the late Wilbur and Pearl Hively. He retired from the Covington paper mill after 40 years and was an avid trout fisherman on Jackson River.

Survivors include his wife, Norma; a son, Wade Hively of Clifton Forge; and his sister, Letitia "Tish" Callison of Maxwelton, W.Va.

Graveside services will be held at Cedar Hill Cemetery, Covington.""",
gold=[("LWB022", "survivor")]),
]
