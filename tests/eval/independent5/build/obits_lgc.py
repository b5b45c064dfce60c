"""Remembrance Network: Legacy-style aggregator, HTML descriptions. Hand-labelled."""

FEED = "lgc"
ITEMS = [
dict(guid="rn-2026-88120", pub="2026-01-22T09:00:00-07:00", title="Gordon Pettibone Obituary (1941 - 2026) - Oro Valley, AZ - Arizona Desert Star",
body="""Gordon Ellis Pettibone, 84, of Oro Valley, died January 18, 2026, at Northwest Medical Center.

Gordon was born July 19, 1941, in Dayton, Ohio, and moved to Arizona after 30 years as an aerospace engineer. He hiked Pusch Ridge every Sunday until he was eighty.

He is survived by his wife of 58 years, Alice (Marsh) Pettibone; his son, Neil Pettibone of Denver; and three grandchildren.

A celebration of life will be held at Oro Valley Community Church. Arrangements by Saguaro Mortuary.""",
gold=[("P003", "deceased_client"), ("P004", "spouse_of_deceased_client")]),

dict(guid="rn-2026-88342", pub="2026-02-17T09:00:00-05:00", title="Irene Ledford Obituary (1927 - 2026) - Rossville, GA - Chattanooga Valley Times",
body="""Irene Pauline Ledford, 98, of Rossville, Ga., passed away February 14, 2026.

A member of Rossville First Baptist for 70 years, she worked at the hosiery mill and quilted for every baby born in the church.

Survivors include her daughter and son-in-law, Faye and Wendell Crisp of Chattanooga; her granddaughter, Tamika Odom of Chattanooga, who she raised as her own; and several nieces and nephews. She was preceded in death by her husband, Hoyt Ledford, and son, Dwight.

Funeral services will be conducted by Rev. Paddy O'Neil. Interment, Forest Hills Cemetery.""",
gold=[("P019", "survivor"), ("P018", "survivor"), ("P020", "survivor")]),

dict(guid="rn-2026-88517", pub="2026-03-05T09:00:00-05:00", title="Thi Hoa Tran Obituary (1938 - 2026) - Chesapeake, VA - Tidewater Pilot",
body="""Tran Thi Hoa, 87, of Chesapeake, passed away peacefully on March 2, 2026. Born in Hue, Vietnam, she came to Norfolk in 1980 with her children and opened a tailoring shop on Granby Street.

She is survived by her daughter, Linh Nguyen and her husband Thanh Nguyen of Norfolk; her son, Tran Van Minh of Houston; and nine grandchildren. She was preceded in death by her husband, Tran Van Long.

A Buddhist memorial service will be held at Chua Hue Quang temple, Virginia Beach.""",
gold=[("P024", "survivor"), ("P023", "survivor")]),

dict(guid="rn-2026-88604", pub="2026-03-21T09:00:00-05:00", title="Harold Beasley Obituary (2003 - 2026) - Virginia Beach, VA - Tidewater Pilot",
body="""Harold "Trey" Beasley III, 22, of Virginia Beach, died March 17, 2026, in a boating accident off Rudee Inlet.

Trey was a Coast Guard reservist and a surfer. He is survived by his father, Harold Beasley Jr. of Suffolk, his mother, Dana Pruitt of Virginia Beach, and his grandfather, Hal Beasley Sr. of Virginia Beach.

A memorial paddle-out will be held at 1st Street jetty.""",
gold=[("P025", "survivor")]),

dict(guid="rn-2026-88790", pub="2026-04-14T09:00:00-05:00", title="Eugene Maki Obituary (1951 - 2026) - Marquette, MI - Upper Peninsula Daily",
body="""Eugene Arvo Maki, 74, of Marquette, Mich., died April 10, 2026. He was an iron ore miner and a sauna builder.

He is survived by his wife, Helen, and his sons, Tom and Jack, all of Marquette.""",
gold=[]),

dict(guid="rn-2026-88911", pub="2026-05-02T09:00:00-05:00", title="Aino Koski Obituary (1930 - 2026) - Hermantown, MN - Duluth Lakeshore News",
body="""Aino Helmi Koski, 95, of Hermantown, died April 28, 2026. She was born in Cloquet to Finnish immigrants and baked pulla every Saturday of her adult life.

Survivors include her daughter, Carol Maki and son-in-law Gene of Duluth; her son, Reino Koski of Esko; and her nephew, Brent Lindquist of Duluth. She was preceded in death by her husband, Toivo.

Funeral at Gloria Dei Lutheran, Duluth.""",
gold=[("P031", "survivor"), ("P030", "survivor")]),
]
