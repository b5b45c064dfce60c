"""Mill Mountain Funeral Chapels (Roanoke, Salem and Vinton chapels): funeral-home site, HTML in content:encoded,
one-sentence plain description. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="roa_mmfc_obit_10412", pub="2026-02-10T15:20:00-05:00", title="Cornell Thaddeus Musselwhite Sr.",
body="""Cornell Thaddeus Musselwhite Sr., 86, of Roanoke, went home to be with the Lord on Friday, February 6, 2026, at Carilion Roanoke Memorial Hospital. He was born June 2, 1939, in Franklin County, a son of the late Asa and Lutie Musselwhite.

Mr. Musselwhite retired after 38 years as a carman with the Norfolk and Western (later Norfolk Southern) Railway at the East End Shops. He was a faithful member of Greater Calvary Hill Baptist Church, where he sang bass in the Male Chorus for fifty years.

He was preceded in death by his brothers, Asa Jr. and Lonnie. He is survived by his wife of 61 years, Loretta Musselwhite; his son, Cornell "Corky" Musselwhite Jr. and his wife, Darlene, of Roanoke; his daughter, Patrice Musselwhite-Hairston of Durham, N.C.; five grandchildren and two great-grandchildren.

A homegoing service will be held at 11 a.m. Saturday, February 14, at Greater Calvary Hill Baptist Church with the Rev. Clement A. Boatwright officiating. Pallbearers will be Garland Poindexter, Marcus Hairston, DeShawn Musselwhite, Kevin Lugar, Anthony Wade and Jerome Pate. Interment at Sunset View Cemetery, Vinton.""",
gold=[("ROA002", "survivor")]),

dict(guid="roa_mmfc_obit_10466", pub="2026-03-18T10:05:00-04:00", title="Augustus \"Gus\" Hollandsworth",
body="""Augustus "Gus" Hollandsworth, 84, of Vinton, passed away peacefully at home on Sunday, March 15, 2026. Gus was born July 22, 1941, in Bedford County to the late Ira and Vada Hollandsworth.

A 1959 graduate of William Byrd High School, Gus served in the U.S. Army in Germany and then spent 41 years as a lineman for Appalachian Power. He could fix anything with a motor and never met a trout stream he didn't like.

He is survived by his wife of 58 years, Imogene Price Hollandsworth; his daughters, Sherry Lipes (Rodney) of Bonsack and Tammy Hollandsworth of Raleigh, N.C.; his sister, Ada Grubb of Moneta; and four grandchildren.

The family will receive friends from 6 to 8 p.m. Thursday at the Vinton chapel. The funeral will be at 2 p.m. Friday, with Pastor Dean Fizer officiating. Honorary pallbearer will be his fishing partner of forty years, Hal Quesenberry. Memorials may be made to the Vinton Volunteer Fire Department.""",
gold=[("ROA017", "deceased_client")]),

dict(guid="roa_mmfc_obit_10491", pub="2026-04-06T09:40:00-04:00", title="Opal Irene Akers",
body="""Opal Irene Akers, 91, of Vinton, died Thursday, April 2, 2026, at Berkshire Health and Rehabilitation Center. Born in Floyd County on December 11, 1934, she was the daughter of the late Cecil and Hattie Slusher.

Opal worked 27 years in the lunchroom at Herman L. Horn Elementary School, and generations of Vinton children remember her yeast rolls. She was preceded in death by her husband, Clarence "Buster" Akers, in 2011.

Left to cherish her memory are her daughter, Mary Beth Quesenberry (Harlan) of Vinton; her son, Dale Akers (Wanda) of Floyd; six grandchildren, including Tyler and Jenna Quesenberry; and eleven great-grandchildren.

Graveside services will be held at 1 p.m. Tuesday at Mountain View Cemetery, Vinton, with the Rev. Jim Overbey officiating.""",
gold=[("ROA003", "survivor"), ("ROA004", "survivor")]),

dict(guid="roa_mmfc_obit_10517", pub="2026-04-21T16:10:00-04:00", title="Ruby Lee Blankenbeckler",
body="""Ruby Lee Blankenbeckler, 88, of the Hollins community, went to be with her Lord on April 18, 2026.

Ruby was a charter member of Hollins Road Church of the Brethren and worked for many years at the American Viscose plant. She loved her flower garden and her great-grandbabies, in that order some days.

She was preceded in death by her husband, Ray Blankenbeckler, and her daughter, Joyce. Survivors include her son, Ottis Blankenbeckler and wife Rhonda of Hollins; her granddaughter, Kayla Blankenbeckler Sink of Troutville; and three great-grandchildren.

The family extends special thanks to Dr. Prakash Thirunavukkarasu and the cardiac unit nurses of Salem Valley Medical Center for their kindness. A funeral service will be held at 11 a.m. Saturday at the Roanoke chapel.""",
gold=[("ROA019", "survivor")]),

dict(guid="roa_mmfc_obit_10548", pub="2026-05-12T11:30:00-04:00", title="Willard Lee Honaker",
body="""Willard Lee Honaker, 82, of Salem, passed away Saturday, May 9, 2026. He was born in Tazewell County and came to Salem in 1961 to work for General Electric, retiring as a shop foreman in 2003.

Willard was a lifetime member of the Salem Moose Lodge and never missed a Salem Red Sox opening day. He was preceded in death by his wife, Norma Jean, and his brother, Carl Honaker.

He is survived by his sisters, Evangeline "Vangie" Dudding of Salem and Cordelia "Delia" Van Lear of Roanoke; his nephews, Kent Dudding of Fincastle and Bryce Van Lear of Charlotte, N.C.; and a host of friends.

A memorial service will be held at 3 p.m. Friday at the Salem chapel. In lieu of flowers, donations may be made to the Salem Rescue Squad.""",
gold=[("ROA020", "survivor")]),

dict(guid="roa_mmfc_obit_10573", pub="2026-06-02T14:45:00-04:00", title="Garland Wade Poindexter",
body="""Garland Wade Poindexter, 24, of Roanoke, died unexpectedly on Thursday, May 28, 2026.

Wade, as everyone called him, was a 2020 graduate of William Fleming High School and was finishing his certification as a diesel technician at Virginia Western Community College. He loved his truck, his dog Remington and Friday nights at the Salem speedway.

He is survived by his parents, Wade and Kristi Poindexter of Roanoke; his sister, Hailey Poindexter; his grandfather, Garland Poindexter of Roanoke, for whom he was named; and his grandmother, Juanita Stump of Boones Mill.

A celebration of life will be held at 4 p.m. Sunday at the Roanoke chapel.""",
gold=[("ROA013", "survivor")]),

dict(guid="roa_mmfc_obit_10590", pub="2026-07-09T10:15:00-04:00", title="Delmas Eugene Flannagan",
body="""Delmas Eugene Flannagan, 76, of Christiansburg, passed away Monday, July 6, 2026, at Carilion New River Valley Medical Center after a long illness.

Delmas drove a truck for Roanoke Electric Steel for 30 years and later ran the Flannagan Sunoco on Roanoke Street. He was a Vietnam veteran (U.S. Marine Corps) and a member of the Christiansburg VFW Post 4247.

He is survived by his wife, Peggy; his sons, Scott and Jeremy Flannagan, both of Christiansburg; his brother, Col. Royce Flannagan, U.S. Army (Ret.), and his wife, Tina, of Salem; and seven grandchildren.

Funeral services will be held at 11 a.m. Saturday at Christiansburg Baptist Church with the Rev. Clement Boatwright and Pastor Mike Akers officiating. Military honors by the VFW Post 4247 honor guard.""",
gold=[("ROA011", "survivor"), ("ROA012", "survivor")]),

dict(guid="roa_mmfc_obit_10634", pub="2026-08-04T09:00:00-04:00", title="Lowell Everett Pannabecker",
body="""Lowell Everett Pannabecker of Salem passed away Saturday, August 1, 2026, at Salem Valley Medical Center, surrounded by his family. He was born August 14, 1949, in Harrisonburg, the son of the late Everett and Ruth Pannabecker.

Lowell taught physics at Salem High School for 34 years and coached the scholastic bowl team to two state titles. After retiring he volunteered at the Science Museum of Western Virginia.

He is survived by his wife of 52 years, Gwendolyn "Gwen" Shifflett Pannabecker; his son, Mark Pannabecker (Julie) of Richmond; his daughter, Leah Pannabecker of Salem; and three grandchildren.

A service will be held at 2 p.m. Thursday at College Lutheran Church, Salem. Pallbearers will be his former students Fintan O'Keeffe, Travis Bower, Neil Custer and Aaron Moomaw.""",
gold=[("ROA001", "deceased_client")]),
]
