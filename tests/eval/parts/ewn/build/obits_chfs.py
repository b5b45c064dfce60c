"""Cypress Hall Funeral Service (New Bern and Havelock chapels): funeral-home site, HTML in content:encoded,
a one-sentence plain description, guids prefixed ewn_. Hand-labelled (gold beside each text)."""

FEED = "chfs"
ITEMS = [
dict(guid="ewn_chfs_clarence-wetherington-sr", pub="2026-02-09T10:15:00-05:00",
     title="Clarence Edward Wetherington Sr. (1934 - 2026)",
body="""Clarence Edward Wetherington Sr., 91, of New Bern, went home to be with the Lord on Friday, February 6, 2026, at CarolinaEast Hospice House, surrounded by his family.

Born in Jasper in Craven County to the late Jesse and Ola Wetherington, he farmed tobacco and soybeans with his father before going to work at the Weyerhaeuser mill, where he retired after 33 years. He was a charter member of Garber United Methodist Church, a Mason for sixty years and a fixture at the Fairfield Harbour boat ramp at daybreak.

He is survived by his son, Clarence "Buddy" Wetherington Jr. and wife Mary Beth of Trent Woods; his daughter, Glenda W. Pate and husband Ronald of Kinston; five grandchildren; and three great-grandchildren. He was preceded in death by his wife of 61 years, Ruby Hardison Wetherington, and by a brother, Harold.

A funeral service will be held at 2 p.m. Wednesday at Garber United Methodist Church with the Rev. Dana Whitlow officiating. Burial will follow at Cedar Grove Cemetery. The family will receive friends one hour prior to the service. In lieu of flowers, memorials may be made to CarolinaEast Hospice.""",
gold=[("EWN003", "survivor"), ("EWN004", "survivor")]),

dict(guid="ewn_chfs_ada-belle-lupton", pub="2026-03-23T09:40:00-04:00", title="Ada Belle Lupton (1932 - 2026)",
body="""Ada Belle Lupton, 93, of Oriental, died peacefully Saturday, March 21, 2026, at her home on Smith Creek, where she had lived since 1951.

A daughter of the late Elmer and Hattie Spruill of Lowland, she taught school in Pamlico County for thirty-four years and taught half the county to crab with a chicken neck and a string. She was a member of Oriental United Methodist Church and of the Pamlico County Extension Homemakers.

She is survived by her daughter, Carolyn (Truett) Mewborn of Oriental; her son, Carl Lupton and wife Deborah of Bayboro; four grandchildren, including Abigail Mewborn; and two great-grandchildren. She was preceded in death by her husband, Warren Lupton.

A graveside service will be held at 11 a.m. Thursday at the Lupton family cemetery on Smith Creek, with the Rev. Alan Dowdy officiating. Arrangements are by Cypress Hall Funeral Service, Havelock.""",
gold=[("EWN014", "survivor"), ("EWN013", "survivor")]),

dict(guid="ewn_chfs_herbert-gaskill", pub="2026-05-11T11:05:00-04:00", title="Herbert Dale Gaskill (1945 - 2026)",
body="""Herbert Dale Gaskill, 80, of Harkers Island, passed away Friday, May 8, 2026, at Carteret Health Care.

Herbert was born on Harkers Island, the son of the late Cleveland and Ollie Gaskill, and like his father he built wooden boats by eye. Three of his sportfishermen still run out of Beaufort Inlet. He served in the U.S. Coast Guard and was a member of Harkers Island United Methodist Church.

Survivors include his wife of 58 years, Bonnie Gaskill; his sons, Dale Gaskill and Wade Gaskill, both of Harkers Island; his sister, Loretta Ipock (Tad) of New Bern; and six grandchildren.

A celebration of life will be held at 3 p.m. Tuesday at the Core Sound Waterfowl Museum. Cypress Hall Funeral Service is assisting the family.""",
gold=[("EWN002", "survivor"), ("EWN001", "survivor")]),

dict(guid="ewn_chfs_dewayne-marcus-stancill", pub="2026-05-26T15:20:00-04:00", title="Dewayne Marcus Stancill (2003 - 2026)",
body="""Dewayne Marcus Stancill, 22, of Havelock, died unexpectedly on Saturday, May 23, 2026, as the result of an automobile accident on U.S. 70.

Marcus was a 2021 graduate of Havelock High School, where he played linebacker for the Rams, and he was in his second year as an apprentice electrician at Fleet Readiness Center East at Cherry Point. He loved Friday night lights, his truck, and his little sister.

He is survived by his parents, Curtis and Angela Stancill of Havelock; his sister, Kiara Stancill; his grandmother, Ernestine Stancill of Newport; and many aunts, uncles and cousins.

A funeral will be held at 1 p.m. Saturday at First Missionary Baptist Church of Havelock, with Pastor Lionel Garris officiating. Burial will follow at Havelock Cemetery.""",
gold=[]),

dict(guid="ewn_chfs_gwendolyn-pittman-becton", pub="2026-06-15T10:30:00-04:00", title="Gwendolyn Pittman Becton (1963 - 2026)",
body="""Gwendolyn Pittman Becton, 62, of Raleigh, formerly of New Bern, passed away Thursday, June 11, 2026, at WakeMed Raleigh after a long illness borne with grace.

A 1981 graduate of New Bern High School and of North Carolina Central University, Gwen spent thirty years with the N.C. Department of Revenue. She sang in the choir of St. Ambrose Episcopal Church in Raleigh.

She is survived by her husband, Harold Becton of Raleigh; her daughter, Dr. Simone Becton of Durham; her mother-in-law, Annie Ruth Becton of New Bern; her sisters, Paulette Pittman and Doris Ward; and a host of nieces and nephews.

A funeral will be held at 11 a.m. Saturday at St. Peter's A.M.E. Zion Church, New Bern, with interment at Greenwood Cemetery.""",
gold=[("EWN010", "survivor")]),

dict(guid="ewn_chfs_lonnie-ray-tyndall", pub="2026-07-20T09:55:00-04:00", title="Lonnie Ray Tyndall (1935 - 2026)",
body="""Lonnie Ray Tyndall, 90, of Bridgeton, died Saturday, July 18, 2026, at his home.

Mr. Tyndall ran a net shop on the Neuse for forty years and mended more shad nets than any man alive. He was a member of Bridgeton Free Will Baptist Church and of the Bridgeton Volunteer Fire Department, which he served as chief from 1970 to 1984.

He is survived by his daughter, Mrs. Winfred (Dolores) Sermons of Bridgeton; his son, Lonnie Tyndall Jr. of Vanceboro; three grandchildren; and his faithful dog, Skipper. He was preceded in death by his wife, Viola.

Services will be held at 11 a.m. Wednesday at Bridgeton Free Will Baptist Church. Pallbearers will be Jason Sermons, Tyler Tyndall, Kendrick Lavender, Mike Ipock Hardison and members of the Bridgeton VFD.""",
gold=[("EWN018", "survivor"), ("EWN017", "survivor")]),

dict(guid="ewn_chfs_thaddeus-ipock", pub="2026-09-16T10:45:00-04:00", title="Thaddeus Wilbur \"Tad\" Ipock (1948 - 2026)",
body="""Thaddeus Wilbur "Tad" Ipock, 78, of New Bern, passed away Monday, September 14, 2026, at CarolinaEast Medical Center.

Tad was born March 9, 1948, in New Bern, to the late Wilbur and Edna Ipock. He graduated from New Bern High School in 1966, served two tours with the U.S. Marine Corps in Vietnam, and came home to sell insurance on Middle Street for the next forty years. He never missed a Bears game and never once let a customer leave without a peppermint.

He is survived by his wife of 54 years, Loretta Gaskill Ipock; his daughter, Leigh Ipock Barrow and husband Craig of Morehead City; his brother, Dallas Ipock of Grantsboro; and two grandsons.

A funeral service with military honors will be held at 2 p.m. Friday at Centenary United Methodist Church. Burial will follow at New Bern National Cemetery.""",
gold=[("EWN001", "deceased_client"), ("EWN002", "spouse_of_deceased_client")]),
]
