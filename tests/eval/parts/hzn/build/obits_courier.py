"""The Rondout Courier (Kingston daily) obituaries: legacy-style titles, plain-text descriptions. Hand-labelled."""

ITEMS = [
dict(guid="hzn_courier_obit_20260212_4471", pub="2026-02-12T05:30:00-05:00",
title="Dominic Terpening Sr. Obituary (1941 - 2026) - Saugerties, NY - The Rondout Courier",
body="""SAUGERTIES - Dominic Anthony Terpening Sr., 84, a lifelong Saugerties man who ran the Terpening Brothers bluestone yard on Route 212 for forty years, died Monday, February 9, 2026, at Kingston Hospital, with his family beside him.

Dom was born in Saugerties on August 2, 1941, the son of the late Roland and Agnes (Kiersted) Terpening. He quarried and dressed bluestone the way his grandfather had, served in the Army in Germany, and was a 60-year member of the Saugerties Fire Department's Washington Hose Company. For many years he was the man on the Mynderse Street bridge with the flag at the Fourth of July parade.

He is survived by his son, Dominic "Dom" Terpening Jr. and his wife Kathleen of Saugerties, who now run the yard; his daughter, Mary Beth (Gideon) Schoonmaker of New Paltz; his brother, Roland Terpening of Saugerties; his sister, Nell Osterhoudt and her husband Abe of Kingston; five grandchildren; and a great-grandson, Dominic IV. He was predeceased by his wife of 52 years, Rosalie (Ferraro) Terpening, in 2015.

Calling hours will be Friday from 4 to 7 p.m. at the Esopus Creek Funeral Chapel, 211 Main St., Saugerties. A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Mary of the Snow Church. Bearers will be his grandsons and his fellow firefighters. Burial will be in Mount Marion Cemetery.""",
gold=[("HZN005", "survivor"), ("HZN006", "survivor"), ("HZN007", "survivor"), ("HZN008", "survivor"),
      ("HZN001", "survivor"), ("HZN002", "survivor")]),

dict(guid="hzn_courier_obit_20260223_4502", pub="2026-02-23T05:30:00-05:00",
title="Theodore \"Ted\" Kniffen Obituary (1941 - 2026) - Rhinebeck, NY - The Rondout Courier",
body="""RHINEBECK - Theodore R. "Ted" Kniffen, 84, who for 35 years sold hardware, seeds and advice from the counter of Kniffen's on East Market Street, died peacefully at home on Friday, February 20, 2026.

Ted was born April 2, 1941, in Rhinebeck, the son of Ralph and Edna (Marquart) Kniffen, and graduated from Rhinebeck Central School in 1959. He was a Navy radioman, a past master of the Rhinebeck Lodge, and for twenty-two years the volunteer who set up the livestock barns at the Dutchess County Fair. He could name the variety of any apple you handed him.

He is survived by his wife of 61 years, Lorraine (Hommel) Kniffen; his daughters, Karen Kniffen-Post of Red Hook and Ellen Macready of Burlington, Vt.; five grandchildren; and his brother, Walter Kniffen of Tivoli.

Friends may call Wednesday from 4 to 7 p.m. at the Dapson & Vail Funeral Home, Rhinebeck. A funeral service will be held Thursday at 11 a.m. at the Reformed Church of Rhinebeck, with the Rev. Desmond Ackerly of Poughkeepsie, a longtime family friend, officiating. Interment will follow in the Rhinebeck Cemetery.""",
gold=[("HZN009", "deceased_client"), ("HZN010", "spouse_of_deceased_client")]),

dict(guid="hzn_courier_obit_20260310_4555", pub="2026-03-10T05:30:00-04:00",
title="Hollis Van Steenburgh Obituary (2006 - 2026) - Rhinebeck, NY - The Rondout Courier",
body="""RHINEBECK - Hollis James Van Steenburgh, 19, of Rhinebeck, died Saturday, March 7, 2026, as the result of an automobile accident on Route 9G.

Hollis was a 2024 graduate of Rhinebeck High School, where he ran cross-country and played trombone in the jazz band, and was a sophomore studying forestry at Paul Smith's College. He spent his summers on the trail crew at Mohonk Preserve and his winters trying to convince his family that ice fishing was fun.

He is survived by his parents, Craig and Dana Van Steenburgh of Rhinebeck; his sister, Lila; his grandparents, Hollis and Patrice Van Steenburgh of Rhinebeck, for whom he was named, and Maureen Dolan of Hyde Park; and many aunts, uncles and cousins.

A celebration of his life will be held Sunday from 1 to 5 p.m. at the Starr Library community room. Memorial gifts may be made to the Mohonk Preserve trail fund.""",
gold=[("HZN017", "survivor")]),

dict(guid="hzn_courier_obit_20260401_4610", pub="2026-04-01T05:30:00-04:00",
title="Evangeline Schantz Obituary (1944 - 2026) - Allentown, PA - The Rondout Courier",
body="""Evangeline Marie Schantz, 81, of Allentown, Pennsylvania, died March 27, 2026, at Lehigh Valley Hospital.

Born in Allentown, she taught German at Dieruff High School for 33 years and led student trips to Bavaria every other summer. She spent her summers as a girl at her aunt's farm in Accord, Ulster County, which is why the family asked that this notice appear here.

She is survived by her brother, Dr. Paul Schantz of Bethlehem, Pa.; her nieces, Karin and Heidi; and her cousin, Ruth Ann Bruyn of Accord.

A memorial service will be held at St. John's Lutheran Church, Allentown, on April 11.""",
gold=[]),

dict(guid="hzn_courier_obit_20260414_4648", pub="2026-04-14T05:30:00-04:00",
title="Mildred Hoyt Obituary (1935 - 2026) - Saugerties, NY - The Rondout Courier",
body="""SAUGERTIES - Mildred Kiersted Hoyt, 90, died Friday, April 10, 2026, at Ferncliff Nursing Home in Rhinebeck.

Millie was born on the Kiersted farm in Glasco, the eldest of four children of Jacob and Hilda Kiersted. She worked for 28 years as the secretary of the Saugerties Central School District and was the unofficial historian of the Glasco Reformed Church, whose records she kept in a cedar chest in her dining room.

She is survived by her sister, Greta Van Wagenen of Saugerties, with whom she spoke on the telephone every morning at seven; her son, Daniel Hoyt of Schenectady; and three grandchildren. She was predeceased by her husband, Everett Hoyt, by her brother, Jacob Kiersted Jr., and by her brother-in-law, Cornelis Van Wagenen.

Visitation will be Thursday from 5 to 7 p.m. at the Esopus Creek Funeral Chapel, Saugerties. The funeral will be Friday at 11 a.m. at the Glasco Reformed Church, the Rev. Anneke Vos officiating.""",
gold=[("HZN003", "survivor")]),

dict(guid="hzn_courier_obit_20260721_4901", pub="2026-07-21T05:30:00-04:00",
title="Margaretha \"Greta\" Van Wagenen Obituary (1937 - 2026) - Saugerties, NY - The Rondout Courier",
body="""SAUGERTIES - Margaretha Kiersted "Greta" Van Wagenen, 88, died Saturday, July 18, 2026, at her home on Washington Avenue, three months after the death of her beloved sister Millie.

Greta was born December 1, 1937, in Glasco, the daughter of Jacob and Hilda Kiersted. She married Cornelis Van Wagenen in 1959 and together they ran the Van Wagenen orchard stand on Route 32 until 1998. She was a founding member of the Saugerties Historical Society and judged the pie table at the Ulster County Fair for thirty summers.

She was predeceased by her husband, Cornelis, in 2011, by her sister, Mildred Hoyt, and by her brother, Jacob Kiersted Jr. She is survived by her nephew, Daniel Hoyt of Schenectady, and by many cousins and dear friends.

A graveside service will be held Thursday at 10 a.m. in the Glasco Cemetery. Arrangements are by the Esopus Creek Funeral Chapel.""",
gold=[("HZN003", "deceased_client")]),
]
