"""Beehive Valley Mortuaries (funeral-home site, chapels in Logan, Ogden, Sandy and Provo): HTML in
content:encoded, one-sentence plain description. Long Latter-day Saint style obituaries. Hand-labelled."""

FEED = "bvm"
ITEMS = [
dict(guid="slc_bvm-reed-lyman-hatch-0312", pub="2026-03-12T10:15:00-06:00", title="Reed Lyman Hatch (1944 - 2026)",
body="""Reed Lyman Hatch, 82, of Logan, Utah, returned to his Heavenly Father on Monday, March 9, 2026, surrounded by his family in the home he built with his own hands on the east bench.

Reed was born January 14, 1944, in Richmond, Utah, the fourth of nine children of Lyman Ezra and Vilate (Merrill) Hatch. He grew up milking cows and hauling hay on the family dairy and could still, at eighty, tell you which field flooded in which spring. He served a full-time mission to the Argentina Bahía Blanca Mission, where he learned to love mate, the Spanish language and the Saints of Patagonia, and where he baptized a family he stayed in touch with for sixty years.

After his mission he met the love of his life, Marilyn Burningham, at a Sunday evening fireside. They were married and sealed in the Logan Utah Temple on June 21, 1966. Reed graduated from Utah State University in agricultural engineering and worked for 34 years for the Soil Conservation Service, designing irrigation canals from Cornish to Paradise.

Reed served faithfully in The Church of Jesus Christ of Latter-day Saints as a bishop, a high councilor, a stake patriarch's scribe and, for eleven years with Marilyn, as an ordinance worker in the Logan Temple. Together they served a senior mission in the Philippines Cebu Mission. He loved Aggie basketball, Bear Lake raspberries and a good pun, in that order.

Reed is survived by his eternal companion of 59 years, Marilyn; their nine children, Lyman (Tracy) Hatch, Jeanette (Paul) Christiansen, David (Rachel) Hatch, Melissa (Kirk) Olsen, Brent (Heather) Hatch, Emily (Jared) Larsen, Samuel (Brooke) Hatch, Rebecca (Tyson) Allred and Joseph (Kaitlyn) Hatch; 47 grandchildren and 19 great-grandchildren; and his sisters LaVon Merrill and Ardell Baugh. He was preceded in death by his parents, five brothers and sisters, and a grandson, Ethan.

Funeral services will be held Saturday, March 14, 2026, at 11 a.m. in the Logan Hillcrest Stake Center, 1240 E 400 N, with a viewing Friday evening from 6 to 8 p.m. at the Beehive Valley Mortuary Logan chapel and Saturday from 9:30 to 10:30 a.m. prior to services. Interment in the Logan City Cemetery. The family thanks the nurses of Intermountain Home Health and Hospice.""",
# Reed = SLC001: Logan, born Jan 14, 1944 = roster birth_date; wife Marilyn (Burningham) = roster spouse SLC002.
gold=[("SLC001", "deceased_client"), ("SLC002", "spouse_of_deceased_client")]),

dict(guid="slc_bvm-elmer-dean-sorensen-0120", pub="2026-01-20T09:40:00-07:00", title="Elmer Dean Sorensen (1931 - 2026)",
body="""Our beloved father, grandfather and great-grandfather, Elmer Dean Sorensen, 94, passed away peacefully in his sleep on January 16, 2026, at his home in Sandy, Utah.

Elmer was born on a sheep ranch near Ephraim, Sanpete County, on August 2, 1931, to Niels Peter and Ada (Jorgensen) Sorensen. He served in the Danish Mission from 1951 to 1953, and he married his sweetheart, Dorothy Ann Pratt, in the Manti Utah Temple on September 4, 1954. They moved to the Salt Lake Valley in 1962, when Sandy still had more orchards than rooftops, and Elmer sold insurance out of a small office on State Street for 36 years.

He was an avid deer hunter, a fierce defender of the Danish pastry and a lifelong member of The Church of Jesus Christ of Latter-day Saints, in which he served as a ward clerk for nearly thirty years. He and Dorothy served a mission together at the Nauvoo Visitors' Center.

Elmer is survived by his children, LaRae (Dale) Jensen of Sandy, Neil (Connie) Sorensen of Riverton and Kathleen Sorensen of Boise, Idaho; 16 grandchildren; and 31 great-grandchildren. He was preceded in death by his wife of 61 years, Dorothy, in 2015, and by his brother, Arvel.

Funeral services will be held Saturday, January 24, at 11 a.m. in the Sandy Crescent Ward chapel, 10920 S 1700 E, with Bishop Brad Ashworth conducting. A viewing will be held Friday from 6 to 8 p.m. at the Beehive Valley Mortuary Sandy chapel. Interment in the Ephraim Park Cemetery.""",
# LaRae (Dale) Jensen of Sandy = SLC003 (maiden Sorensen, spouse Dale). Bishop Brad Ashworth (SLC019) conducts: nothing.
gold=[("SLC003", "survivor")]),

dict(guid="slc_bvm-orrin-kimball-sr-0219", pub="2026-02-19T08:30:00-07:00", title="Orrin Delbert Kimball Sr. (1934 - 2026)",
body="""Orrin Delbert Kimball Sr., 91, of Ogden, passed away February 16, 2026, at McKay-Dee Hospital following a short illness.

Orrin was born in Huntsville, Utah, on May 8, 1934, to Delbert and Olive (Stratford) Kimball. He worked 40 years for the Union Pacific Railroad in the Ogden yards, starting as a car inspector and retiring as yardmaster. He loved the Ogden Valley, his quarter horses and the old railroad depot, where he volunteered as a docent at Union Station every Tuesday for twenty years.

He married Beverly Ann Rasmussen in the Salt Lake Temple on July 10, 1957. He served as a bishop of the Ogden 14th Ward, and he and Beverly served a mission in the Texas San Antonio Mission.

Orrin is survived by his wife of 68 years, Beverly; his children, Orrin Kimball Jr. (Sheree) of South Ogden, Janice (Mark) Wardle of Pleasant View and Craig (Denise) Kimball of Kaysville; 14 grandchildren and 22 great-grandchildren. He was preceded in death by a daughter, Lynette, and by his sisters, Elna and Verla.

Funeral services will be held Saturday, February 21, at 12 noon in the Ogden Mount Ogden Stake Center, 3350 Harrison Blvd. Friends may call Friday from 6 to 8 p.m. at the Beehive Valley Mortuary Ogden chapel. Interment in the Ogden City Cemetery with military honors by the American Legion Post 9.""",
# Orrin Kimball Jr. (Sheree) "of South Ogden" = SLC004 Kimball Jr., Ogden 84403 (South Ogden adjoins); Sheree = SLC005.
gold=[("SLC004", "survivor"), ("SLC005", "survivor")]),

dict(guid="slc_bvm-lorin-dee-poulsen-0407", pub="2026-04-07T11:00:00-06:00", title="Lorin Dee Poulsen (1948 - 2026)",
body="""Lorin Dee Poulsen, 77, passed away April 3, 2026, at Utah Valley Hospital in Provo after a courageous fight with pulmonary fibrosis.

Lorin was born in Spanish Fork on October 19, 1948, to Dee and Ione Poulsen. He served in the New Zealand South Mission, graduated from BYU in accounting, and was a CPA in Provo for forty years. He married Carol Snow in the Provo Utah Temple in 1973. Lorin coached Little League, sang bass in the stake choir and grew the best tomatoes on the block.

He is survived by his wife, Carol; his children, Travis (Angie) Poulsen, Megan (Derek) Barlow and Kyle Poulsen; 12 grandchildren; and his sisters, MaryAnn Call (Russ) of Orem and Judy Hafen of St. George.

Funeral services will be held Thursday, April 9, at 11 a.m. at the Edgemont 6th Ward, 3535 N Canyon Rd, Provo. Viewings Wednesday evening 6 to 8 p.m. at the Beehive Valley Mortuary Provo chapel and one hour before services. Interment at the Provo City Cemetery.""",
# "MaryAnn Call (Russ) of Orem" = SLC006 Mary Ann Call, maiden Poulsen, spouse Russell, Provo 84604 (Orem adjoins Provo).
gold=[("SLC006", "survivor")]),

dict(guid="slc_bvm-tyler-james-nielsen-0505", pub="2026-05-05T14:20:00-06:00", title="Tyler James Nielsen (2005 - 2026)",
body="""Tyler James Nielsen, 20, of Murray, left this life far too soon on May 1, 2026, following a climbing accident in Little Cottonwood Canyon.

Tyler graduated from Murray High School in 2023, where he ran cross-country, and had just returned from serving in the Brazil Curitiba South Mission. He was studying to become a paramedic at Salt Lake Community College and worked weekends at a climbing gym. He never met a stranger and never met a granite wall he did not want to climb.

He is survived by his parents, Brent and Shauna Nielsen of Murray; his brothers, Carson and Jake; his sister, Addie; and his grandparents, Gary and Lynne Nielsen and Ken and Sally Brimhall.

A celebration of Tyler's life will be held Saturday, May 9, at 1 p.m. at the Murray Parkway Stake Center, 5500 S 300 E. Viewing from 11:30 a.m. to 12:45 p.m. Interment at the Murray City Cemetery.""",
# Young namesake: roster SLC007 Tyler Nielsen of Murray is b. 1961 with wife Karen. Nothing.
gold=[]),

dict(guid="slc_bvm-hyrum-tolman-0528", pub="2026-05-28T09:00:00-06:00", title="Hyrum Joseph Tolman (1944 - 2026)",
body="""Hyrum Joseph "Hy" Tolman, 81, of Rexburg, Idaho, passed away May 24, 2026, at Madison Memorial Hospital.

Hy was born in Logan, Utah, on November 2, 1944, and moved to the Upper Snake River Valley as a young man to farm seed potatoes with his uncle. He served a mission in the Great Lakes Mission and married Joan Ricks in the Idaho Falls Idaho Temple in 1968. He taught agriculture at Ricks College for 28 years.

He is survived by Joan, his wife of 57 years; his sons, Daniel of Rigby and Michael of Rexburg; his daughter, Hannah Meyers of Ammon; and 18 grandchildren.

Graveside services will be held Saturday, May 30, at 11 a.m. at the Logan City Cemetery, with arrangements by the Beehive Valley Mortuary Logan chapel.""",
# Far-away, older namesake of SLC022 Hyrum "Hy" Tolman of Provo (b. 1979, wife Camille). Nothing.
gold=[]),
]
