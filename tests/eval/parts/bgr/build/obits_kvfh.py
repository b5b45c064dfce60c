"""Kenduskeag Valley Funeral Home & Cremation Care (chapels in Brewer and Hampden): funeral-home site, HTML in
content:encoded, a one-sentence teaser in description. Hand-labelled: gold=[(client_id, role)]."""

FEED = "kvfh"
ITEMS = [
dict(guid="bgr_kvfh_2026_beatrice-crockwell", pub="2026-01-22T10:15:00-05:00", title="Beatrice L. Crockwell (1924 - 2026)",
body="""DOVER-FOXCROFT - Beatrice Louise Crockwell, 101, died January 18, 2026, at Hibbard Nursing Home, where she had insisted until the end that she was only visiting.

She was born May 2, 1924, in Sangerville, the daughter of Ernest and Ida (Lyford) Crockwell. She never married. For 44 years she taught in the one-room and then the consolidated schools of Piscataquis County, and it was said that half of Dover-Foxcroft had been kept after school by Miss Crockwell at least once.

She is survived by her nephew, Win Crockwell and his wife, Thelma, of Bangor; her niece, Arlene Dow of Guilford; and many grand-nieces and grand-nephews. She was predeceased by her brothers, Chester and Roland.

A graveside service will be held in the spring at Dover Cemetery. Arrangements are in the care of Kenduskeag Valley Funeral Home, Brewer.""",
gold=[("BGR006", "survivor")]),

dict(guid="bgr_kvfh_2026_cyrille-quessy", pub="2026-02-13T09:40:00-05:00", title="Cyrille Joseph Quessy (1937 - 2026)",
body="""OLD TOWN - Cyrille Joseph Quessy, 88, died peacefully February 10, 2026, at Northern Light Eastern Maine Medical Center in Bangor, with his family at his side.

He was born October 2, 1937, in Van Buren, the son of Alphonse and Rose-Alma (Cyr) Quessy, and grew up speaking French at home and English only when the nuns insisted. He came downriver in 1958 to work at the Old Town paper mill, where he stayed 41 years, and he never missed the Acadian Festival in Madawaska if he could help it.

He is survived by his sister, Lucie (Armand) Boisclair of Brewer; his nephew, Marc Quessy and his wife, Danielle, of Orono; and many nieces and nephews in the St. John Valley. He was predeceased by his wife of 61 years, Jeannine (Michaud) Quessy, and by his brothers, Lionel and Real.

A Mass of Christian Burial will be celebrated 11 a.m. Tuesday at St. Ann Church, Bradley. Interment in the spring at St. Bruno Cemetery, Van Buren. Arrangements by Kenduskeag Valley Funeral Home, Brewer.""",
gold=[("BGR002", "survivor"), ("BGR001", "survivor")]),

dict(guid="bgr_kvfh_2026_duncan-pomroy", pub="2026-02-27T14:05:00-05:00", title="Duncan James Pomroy (2001 - 2026)",
body="""BANGOR - Duncan James Pomroy, 24, of Bangor, died February 22, 2026, in a snowmobile accident on Moosehead Lake.

He was born August 9, 2001, in Bangor, the son of Keith and Renee (Ladd) Pomroy, and was named for his grandfather. He graduated from Bangor High School in 2019 and was an apprentice lineman with Versant Power, happiest in a bucket truck in the worst weather the state could throw at him.

He is survived by his parents, Keith and Renee Pomroy of Bangor; his sister, Kaylee Pomroy of Portland; his grandparents, Duncan and Gail Pomroy of Bangor, and Harold Ladd of Corinth; and his girlfriend, Brianna Closson of Brewer.

A celebration of his life will be held 2 p.m. Saturday at the Cross Insurance Center, Bangor. In lieu of flowers, donations may be made to the Maine Snowmobile Association safety fund.""",
gold=[("BGR019", "survivor")]),

dict(guid="bgr_kvfh_2026_lyndon-pinkham", pub="2026-03-06T11:30:00-05:00", title="Lyndon E. Pinkham (1945 - 2026)",
body="""MILFORD - Lyndon Earl Pinkham, 80, died March 3, 2026, at his home on the Sunkhaze Stream road, where he had lived for fifty years.

He was born July 14, 1945, in Bangor, the son of Earl and Verna (Cushman) Pinkham. He served with the U.S. Army in Germany, then drove log truck for Prentiss & Carlisle for 38 years. He tied his own flies, grew the best potatoes in Milford and told anyone who asked that the Sunkhaze was the finest brook trout water in Penobscot County and anyone who disagreed could fish somewhere else.

Lyndon is survived by his sister, Roz Gilpatrick of Bangor; his companion of twenty years, Darlene Hersey of Milford; and several nieces and nephews. He was predeceased by his brother-in-law, Ralph Gilpatrick.

Visiting hours will be 5 to 7 p.m. Friday at Kenduskeag Valley Funeral Home, Brewer. A graveside service with military honors will be held in May at Milford Cemetery.""",
gold=[("BGR007", "survivor")]),

dict(guid="bgr_kvfh_2026_edith-stenquist", pub="2026-05-15T10:00:00-04:00", title="Edith Margareta Stenquist (1928 - 2026)",
body="""BUCKSPORT - Edith Margareta Stenquist, 97, died May 12, 2026, at Bucksport Regional Health Center.

She was born in New Sweden, Maine, on September 21, 1928, the daughter of Nils and Hulda (Persson) Anderson, and married Arvid Stenquist in 1949. They moved to Bucksport when Arvid went to work at the mill, and Edith sang in the choir of the Elm Street Congregational Church for 60 years.

She is survived by her son, Halvard "Hal" Stenquist and his wife, Corinne, of Orrington; her daughter, Karin Ellis of Augusta; five grandchildren, including Ingrid Stenquist; and three great-grandchildren. She was predeceased by her husband, Arvid, in 2004.

A memorial service will be held 1 p.m. Saturday at the Elm Street Congregational Church, Bucksport, the Rev. Anne Marsh officiating.""",
gold=[("BGR022", "survivor")]),

dict(guid="bgr_kvfh_2026_eldon-hatheway-jr", pub="2026-08-07T09:20:00-04:00", title="Eldon F. Hatheway Jr. (1954 - 2026)",
body="""SARASOTA, Fla. - Eldon Frederick Hatheway Jr., 71, of Sarasota, formerly of Presque Isle, died August 3, 2026, at Sarasota Memorial Hospital.

He was born in Presque Isle, the son of Eldon Sr. and Madeline Hatheway, graduated from Presque Isle High School and spent 35 years as a potato broker before retiring to Florida in 2012. He never gave up his Red Sox season tickets or his opinion of Florida potatoes.

He is survived by his wife of 48 years, Doreen (Ouellette) Hatheway of Sarasota; his son, Brent Hatheway of Caribou; and two grandchildren.

A memorial service will be held in Presque Isle at a later date. Kenduskeag Valley Funeral Home is assisting the family with arrangements in Maine.""",
gold=[]),

dict(guid="bgr_kvfh_2026_ansel-treworgy", pub="2026-10-02T09:45:00-04:00", title="Ansel R. Treworgy (1950 - 2026)",
body="""GLENBURN - Ansel Raymond Treworgy, 76, died September 28, 2026, at home on the farm on Pushaw Road, surrounded by his family.

Ansel was born March 9, 1950, in Bangor, the son of Raymond and Hazel (Tozier) Treworgy. He graduated from Bangor High School in 1968 and from the University of Maine in 1972, then came home to the farm, where he grew hay, raised Herefords and for thirty years drove the Glenburn school bus. He served on the Glenburn select board and never once voted for a budget he had not read.

He is survived by his wife of 54 years, Phyllis (Cayford) Treworgy; his son, Jared Treworgy and his wife, Kelsey, of Hermon; his daughter, Amy Treworgy of Bangor; and four grandchildren.

A funeral will be held 11 a.m. Saturday at the Glenburn Union Church. Bearers will be Jared Treworgy, Travis Treworgy, Tad Kneeland and Wayne Cayford. Interment will follow at Glenburn Cemetery.""",
gold=[("BGR016", "deceased_client"), ("BGR017", "spouse_of_deceased_client")]),
]
