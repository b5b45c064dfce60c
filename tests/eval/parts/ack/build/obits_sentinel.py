"""The Cape Sentinel (daily newspaper, invented) obituaries and death notices: legacy-style titles
("Name Obituary (1938 - 2026) - Town, MA - The Cape Sentinel"), plain text; paid notices are terse,
surname first. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "sentinel"
ITEMS = [
dict(guid="ack_sentinel-obit-58110", pub="2026-01-15T05:30:00-05:00",
title="Ebenezer Cahoon Sr. Obituary (1929 - 2026) - Chatham, MA - The Cape Sentinel",
body="""CHATHAM - Ebenezer Nickerson Cahoon Sr., 96, one of the last of the Chatham hand-liners, died January 11, 2026, at his home on Old Harbor Road.

Born in Chatham on April 3, 1929, Mr. Cahoon fished out of the Chatham Fish Pier for more than sixty years and was among the founders of the Chatham Fishermen's Cooperative. He served in the Army in Korea and for many years as a call firefighter.

He leaves his son, Eben (Lorna) Cahoon Jr. of West Chatham; his daughter, Ruth Cahoon Baker of Harwich Port; six grandchildren; and eleven great-grandchildren. He was predeceased by his wife of 63 years, Edna (Bearse) Cahoon.

Visiting hours will be Thursday from 4 to 7 p.m. at the Bearse & Nye Funeral Home, Orleans. A funeral service will be held Friday at 11 a.m. at the First Methodist Church of Chatham.""",
gold=[("ACK007", "survivor"), ("ACK008", "survivor")]),

dict(guid="ack_sentinel-obit-58342", pub="2026-02-26T05:30:00-05:00",
title="Roland Hinckley Obituary (1947 - 2026) - Harwich, MA - The Cape Sentinel",
body="""HARWICH - Roland Ezekiel Hinckley, 78, a cranberry grower whose bogs off Route 124 supplied the Ocean Spray cooperative for half a century, died February 22, 2026, at Cape Cod Hospital.

Roland grew up on the family bog in Harwich, the fourth generation to tend it, and he taught the fifth generation how to read frost on the vines by the sound of their boots. He served on the Harwich Conservation Commission for twenty years.

He is survived by his sister, Mrs. Gideon Tobey of Brewster; his nephew, Lysander Paine of Wellfleet; and his nieces Carol and Beth Tobey. He was predeceased by his wife, Alice (Snow) Hinckley, and by his sister, Marjorie Hinckley Paine.

Services will be private. Memorial gifts may be made to the Harwich Conservation Trust.""",
gold=[("ACK011", "survivor")]),

dict(guid="ack_sentinel-obit-58407", pub="2026-03-19T05:30:00-04:00",
title="Prudence Ames Hallett Obituary (1934 - 2026) - Falmouth, ME - The Cape Sentinel",
body="""FALMOUTH, Maine - Prudence Ames Hallett, 91, of Falmouth, Maine, who summered in Woods Hole for more than sixty years, died March 14, 2026, at the Maine Medical Center in Portland.

A retired librarian of the Portland Public Library, Mrs. Hallett spent every August in the family cottage on Juniper Point, where she kept the Woods Hole Library's summer book sale in order from 1962 until 2019.

She is survived by her sons, Malcolm Hallett of Cumberland, Maine, and Andrew Hallett of Seattle; four grandchildren; and two great-grandchildren. She was predeceased by her husband, the Rev. Thomas Hallett.

A memorial service will be held in Falmouth, Maine, in the spring; a summer gathering in Woods Hole will be announced.""",
gold=[]),

dict(guid="ack_sentinel-obit-58561", pub="2026-04-09T05:30:00-04:00",
title="Temperance Doane Crocker Obituary (1938 - 2026) - Yarmouth Port, MA - The Cape Sentinel",
body="""YARMOUTH PORT - Temperance Doane "Tempie" Crocker, 87, the Yarmouth Port library's volunteer of volunteers, died April 5, 2026, at her home on Main Street, the Old King's Highway.

Tempie was born in Eastham on September 4, 1938, the daughter of Isaiah and Mercy (Atwood) Doane. After Bridgewater State she taught English at Dennis-Yarmouth Regional High School for thirty years. For more than four decades she shelved books, ran the children's hour and guarded the rare-book room at the Yarmouth Port Library, which honored her this February.

She leaves her daughter, Abigail Crocker Lund of Sandwich; her son, Nathaniel Crocker of Portland, Oregon; five grandchildren; and her beloved cat, Mr. Thoreau. She was predeceased by her husband, Warren Crocker, in 2011.

A funeral service will be held at the Yarmouth Port Church on Saturday, April 18, at 11 a.m. Memorial gifts may be made to the Yarmouth Port Library.""",
gold=[("ACK017", "deceased_client")]),

dict(guid="ack_sentinel-obit-58702", pub="2026-05-19T05:30:00-04:00",
title="Zenas Macy Wyer Obituary (1948 - 2026) - Nantucket, MA - The Cape Sentinel",
body="""NANTUCKET - Zenas Macy "Zee" Wyer, 78, a Nantucket boatbuilder, died May 9, 2026, at Nantucket Cottage Hospital.

Born on the island on February 11, 1948, he built more than sixty catboats in his barn off Madaket Road and taught generations of island children to tie a bowline.

He is survived by his wife of 54 years, Harriet (Pinkham) Wyer; a son, Ethan Wyer of Falmouth, Maine; a sister, Lucinda Wyer Folger of Nantucket; and three grandchildren.

A funeral service will be held at St. Paul's Episcopal Church, Nantucket, on May 23. This notice first appeared in The Nantucket Harbor Ledger.""",
gold=[]),

dict(guid="ack_sentinel-obit-58799", pub="2026-05-28T05:30:00-04:00",
title="Bartholomew Wixon Obituary (1937 - 2026) - Ocala, FL - The Cape Sentinel",
body="""OCALA, Fla. - Bartholomew Wixon, 88, of Ocala, formerly of South Dennis, died May 21, 2026, at a hospital in Ocala.

Mr. Wixon was a carpenter in Dennis for thirty years and built many of the cottages along Chase Avenue before retiring to Florida in 1999, where he took up lawn bowling and won it.

He is survived by his wife, Georgette (Lemieux) Wixon; his son, Gary Wixon of Tampa; his daughter, Lynn Wixon Ferris of Ocala; and four grandchildren.

Services were held in Ocala. Burial will be in Quivet Cemetery, East Dennis, at a later date.""",
gold=[]),

dict(guid="ack_sentinel-dn-59014", pub="2026-09-24T05:30:00-04:00", title="REZENDES, Evangelina",
body="""REZENDES, Evangelina "Vangie", of East Falmouth, died September 20, 2026. Arrangements are by the Ferreira & Hatch Funeral Home, Falmouth; a Mass of Christian Burial will be announced.""",
gold=[("ACK012", "possible_deceased_client")]),
]
