"""Hallsten-Kjos Funeral Home & Cremation (invented; Rochester, Stewartville and Kasson chapels): funeral-home site,
HTML in content:encoded, one-sentence plain description, permalink links. Hand-labelled."""

FEED = "hk"
ITEMS = [
dict(guid="rst_hk_2026_bartholomew-vandekamp-sr", pub="2026-03-02T14:20:00-06:00",
title="Bartholomew \"Bart\" Vandekamp Sr. (1937 - 2026)",
body="""Bartholomew "Bart" Vandekamp Sr., 89, of Stewartville, passed away peacefully on Friday, February 27, 2026, at Stewartville Care Center.

Bart was born September 5, 1937, in Hollandale to Dutch immigrant truck farmers, Gerrit and Aaltje Vandekamp. He moved to Stewartville in 1962 and opened Vandekamp Implement, selling and repairing farm equipment on Highway 63 for 38 years. He served on the Stewartville school board, never missed a Tiger wrestling dual meet, and kept a tulip bed in front of the store every spring in memory of his mother.

Bart is survived by his son, Bart Vandekamp Jr. (Lorna) of Stewartville; his daughter, Billie (Neil) Gravdahl of Stewartville; his grandchildren, Kelsey, Tyler and Anneke Vandekamp and Jessa (Mike) Linder; and two great-grandchildren. He was preceded in death by his wife of 55 years, Henrietta (Bosman) Vandekamp, in 2015, and by his brother, Klaas.

A funeral service will be held at 11:00 a.m. on Thursday, March 5, 2026, at Stewartville Reformed Church, with Pastor Jon Bergsma officiating. Visitation will be one hour prior. Pallbearers will be his grandsons and nephews. Interment will be in Stewartville Cemetery in the spring.""",
gold=[("RST005", "survivor"), ("RST006", "survivor"), ("RST021", "survivor")]),

dict(guid="rst_hk_2026_kenneth-achterhof", pub="2026-04-03T10:05:00-05:00",
title="Kenneth Achterhof (1935 - 2026)",
body="""Kenneth Jay Achterhof, 90, of Dodge Center, died Tuesday, March 31, 2026, at Fairview Care Center.

Ken was born on the family dairy farm south of Dodge Center on July 1, 1935, and milked cows there every day of his life until the herd was sold in 2004. He was a founding member of the Dodge County Dairy Herd Improvement Association and an elder at the First Reformed Church of Dodge Center.

He is survived by his wife of 66 years, Wilma; his nephews, Desmond (Renata) Achterhof of Kasson and Jerome Achterhof of Sioux Center, Iowa; and his niece, Trudy Vanderploeg of Hayfield. He was preceded in death by his brother, Hendrik, and his sister, Grace.

A funeral service will be held at 10:30 a.m. Monday, April 6, at First Reformed Church, Dodge Center. Burial will be in Riverside Cemetery. Arrangements by Hallsten-Kjos Funeral Home, Kasson.""",
gold=[("RST013", "survivor")]),

dict(guid="rst_hk_2026_orval-hvinden", pub="2026-05-05T09:40:00-05:00",
title="Orval Hvinden (1941 - 2026)",
body="""Orval Duane Hvinden, 84, of Chatfield, died Saturday, May 2, 2026, at Chosen Valley Care Center.

Orval was born May 9, 1941, in Chatfield. With his late brother, Duane, he ran Hvinden Brothers Feed and Seed on Main Street for 41 years. He was a member of Chatfield Lutheran Church, the Chatfield Fire Department for 30 years, and the Thursday-morning coffee table at the Chosen Valley Cafe.

He is survived by his sister-in-law, MaryJo Hvinden of Chatfield; his nieces, Kristin (Brad) Ellingson of Lanesboro and Amy Hvinden of Chatfield; and his cousin, Russell Hvinden of Preston. He was preceded in death by his parents, his brother, Duane, in 2009, and his sister, Lorraine.

Funeral services will be held at 1:00 p.m. Friday at Chatfield Lutheran Church. Visitation will be at Hallsten-Kjos Funeral Home, Stewartville chapel, Thursday from 4 to 7 p.m.""",
gold=[("RST014", "survivor")]),

dict(guid="rst_hk_2026_luverne-tschida", pub="2026-07-07T11:15:00-05:00",
title="Luverne Tschida (1941 - 2026)",
body="""Luverne Francis Tschida, 84, of Plainview, passed away on Sunday, July 5, 2026, at Mayo Clinic Hospital, Saint Marys Campus.

Luverne was born February 12, 1941, in Elgin. He worked 30 years for the Wabasha County highway department and farmed on the side. He loved polka dances, his John Deere 4020, and his grandchildren, usually in that order when asked in front of them.

He is survived by his wife, Delores; his daughters, Sharon (Gary) Kuisle of Plainview and Ann Tschida of Eyota; his son, Michael Tschida of St. Charles; and eight grandchildren.

A Mass of Christian Burial will be held at 11 a.m. Friday at St. Joachim Catholic Church, Plainview. Burial will be in the church cemetery.""",
gold=[]),

dict(guid="rst_hk_2026_arvid-lunnebjerg", pub="2026-09-14T16:30:00-05:00",
title="Arvid K. Lunnebjerg (1944 - 2026)",
body="""Arvid Knut Lunnebjerg, 82, of Rochester, died peacefully on Saturday, September 12, 2026, at Mayo Clinic Hospital, Saint Marys Campus.

Arvid was born June 11, 1944, in Spring Grove, the son of Knut and Sigrid Lunnebjerg. He graduated from Luther College in 1966 and taught physics at Rochester's John Marshall High School for 34 years, where generations of students learned Newton's laws by watching him ride a fire extinguisher across the gym on a skateboard. On June 22, 1968, he married Marit Tollefsrud at Bethel Lutheran Church.

He is survived by his wife of 58 years, Marit (Tollefsrud) Lunnebjerg; his son, Knut (Heidi) Lunnebjerg of Eyota; his daughter, Solveig Lunnebjerg-Pike of Minneapolis; and five grandchildren. He was preceded in death by his parents and by his sister, Ingrid.

A funeral service will be held at 11:00 a.m. Friday, September 18, at Bethel Lutheran Church, Rochester, with visitation one hour prior. Pallbearers will be Toby Ruesink, Erik Lunnebjerg, Sam Pike and Anders Lunnebjerg-Pike. Memorials are preferred to the Rochester Public Schools science fair fund.""",
gold=[("RST001", "deceased_client"), ("RST002", "spouse_of_deceased_client")]),  # born June 11, 1944 = roster; wife Marit (Tollefsrud) = roster spouse and maiden
]
