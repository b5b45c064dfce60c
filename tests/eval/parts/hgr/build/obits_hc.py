"""The Valley Herald-Courier (Hagerstown) obituaries: daily newspaper, dateline ledes, plain text. Hand-labelled.
One item is the paper's later reprint of the funeral home's Poffenberger obituary (the duplicate copy)."""

from obits_fh import ITEMS as FH

FEED = "hc"
_WILBUR = FH[0]
ITEMS = [
dict(guid="hgr_hc_obit_20260113_0044", pub="2026-01-13T05:15:00-05:00", title="Wilbur E. Poffenberger",
body=_WILBUR["body"],
gold=[]),  # duplicate copy of the funeral home's obituary: labelled on the earlier copy only

dict(guid="hgr_hc_obit_20260212_0131", pub="2026-02-12T05:15:00-05:00", title="Loren E. Hykes",
body="""MAUGANSVILLE - Loren Eugene Hykes, 79, of Maugansville, died Tuesday, Feb. 10, 2026, at Antietam Regional Medical Center.

Born Sept. 18, 1946, in Hagerstown, he was the son of the late Paul and Grace (Ardinger) Hykes. He retired from Fairchild Industries after 30 years as a tool-and-die maker, then spent another decade selling seed corn out of the back of his pickup to anyone who would stand still. He was a member of Maugansville Bible Brethren Church and the Maugansville Ruritan Club.

Surviving are his wife of 54 years, Darlene (Bikle) Hykes; a son, Kevin Hykes and wife Jen of Greencastle, Pa.; a grandson, Brandon Hykes and wife Kelsey of Maugansville; and a sister, Arlene Ridenour and husband Delmar of Hagerstown.

The family will receive friends from 2 to 4 and 6 to 8 p.m. Friday at Stauffer-Harbaugh Funeral Home, 1020 Maugans Ave. The funeral will be held at 11 a.m. Saturday at the church, with the Rev. Lamar Hoffman officiating. Pallbearers will be Brandon Hykes, Terry Mowen, Ron Ardinger, Dean Bikle, Mike Bikle and Keith Bachtell.""",
gold=[("HGR002", "survivor"), ("HGR001", "survivor")]),

dict(guid="hgr_hc_obit_20260303_0207", pub="2026-03-03T05:15:00-05:00", title="Clarence E. \"Trey\" Wolfinger III",
body="""FUNKSTOWN - Clarence Edward "Trey" Wolfinger III, 24, of Funkstown, died Saturday, Feb. 28, 2026, as the result of a motorcycle accident near Beaver Creek.

Born Oct. 2, 2001, in Hagerstown, he was a 2019 graduate of South Hagerstown High School, where he wrestled at 152 pounds, and was a second-year lineman apprentice with Potomac Edison. He could fix anything with an engine and most things without one.

He is survived by his parents, Clarence E. "Chip" Wolfinger Jr. and Stacy (Divelbiss) Wolfinger of Funkstown; a sister, Hailey Wolfinger of Frostburg; his grandparents, Clarence "Buddy" and Jean Wolfinger of Funkstown and Linda Divelbiss of Williamsport; and his girlfriend, Morgan Keefer.

A celebration of life will be held at 4 p.m. Friday at the Funkstown American Legion. Arrangements by Stauffer-Harbaugh Funeral Home.""",
gold=[("HGR016", "survivor"), ("HGR017", "survivor")]),

dict(guid="hgr_hc_obit_20260325_0288", pub="2026-03-25T05:15:00-04:00", title="Evelyn M. Kline",
body="""SMITHSBURG - Evelyn Marie (Strite) Kline, 92, of Smithsburg, died Monday, March 23, 2026, at Fahrney-Keedy Home and Village.

Born Jan. 20, 1934, near Leitersburg, she was the daughter of the late Harry and Elsie (Martin) Strite. She and her husband ran the Kline orchard stand on Jefferson Boulevard for forty years, and she was known from Cavetown to Cascade for her apple butter, which she stirred in a copper kettle with a paddle her father made. She was a member of Smithsburg United Methodist Church.

She is survived by a daughter, Patrice Stottlemyer and husband Gordon of Smithsburg; a son, Dale Kline of Myersville; five grandchildren; and seven great-grandchildren.

She was predeceased by her husband of 61 years, Norman Kline, in 2017, and by her brothers, Eldon Strite and Merle Strite.

Services will be held at 11 a.m. Saturday at Smithsburg United Methodist Church, with the Rev. Dawn Showalter officiating. Interment in Smithsburg Cemetery.""",
gold=[("HGR022", "survivor"), ("HGR021", "survivor")]),

dict(guid="hgr_hc_obit_20260408_0342", pub="2026-04-08T05:15:00-04:00", title="Dorothy L. Mowen",
body="""HAGERSTOWN - Dorothy Louise Mowen, 94, of Hagerstown, formerly of Leitersburg, died Sunday, April 5, 2026, at Avalon Manor.

Born Aug. 11, 1931, in Leitersburg, she was the daughter of the late Walter and Bessie (Hoffman) Reed. She was a bookkeeper for the family business, Mowen's Tire & Alignment, from 1958 until she was 80, and never let anyone forget that she had balanced the books by hand until 1994. She was a member of Zion Reformed Church.

Surviving are her son, Terrence "Terry" Mowen and his wife, Gail, of Hagerstown; two granddaughters, Alyssa and Megan; and a sister-in-law, Phyllis Mowen of Chambersburg, Pa.

She was predeceased by her husband, Carl R. Mowen, in 2003, and by a son, Carl Jr.

The family will receive friends from 6 to 8 p.m. Thursday at Stauffer-Harbaugh Funeral Home. A funeral service will be held at 10 a.m. Friday at Zion Reformed Church, the Rev. Lamar Hoffman officiating.""",
gold=[("HGR023", "survivor")]),

dict(guid="hgr_hc_obit_20260701_0561", pub="2026-07-01T05:15:00-04:00", title="Wesley R. Bumbaugh",
body="""HAGERSTOWN - Wesley Ray Bumbaugh, 91, of Hagerstown, died Monday, June 29, 2026, at home.

Born May 4, 1935, in Chewsville, he was the son of the late Ray and Mary (Newcomer) Bumbaugh. He served with the Army in Korea and then for 33 years as a Hagerstown city firefighter, retiring as a captain of Engine 4. He was a member of Otterbein United Methodist Church.

Surviving are his wife, Peggy (Barnhart) Bumbaugh; a son, Dennis Bumbaugh and wife Sharon of Hagerstown; a grandson and namesake, Wes Bumbaugh and wife Kayla of Hagerstown; and a great-grandson, Wesley Ray Bumbaugh II, born in May.

A funeral with fire department honors will be held at 11 a.m. Monday at Otterbein United Methodist Church. Burial in Rose Hill Cemetery.""",
gold=[("HGR024", "survivor")]),
]
