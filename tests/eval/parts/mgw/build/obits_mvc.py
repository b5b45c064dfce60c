"""The Mon Valley Courier (Morgantown daily) obituaries: newspaper style, plain-text description. Hand-labelled."""

ITEMS = [
dict(guid="mgw_mvc_2026_0101", pub="2026-02-03T05:30:00-05:00", title="Clyde Everett Fluharty",
body="""Clyde Everett Fluharty, 81, of Fairmont, passed away Saturday, January 31, 2026, at Fairmont Medical Center.

He was born September 9, 1944, in Monongah, a son of the late Everett and Ruby (Carpenter) Fluharty. Clyde retired from Consolidation Coal Company after 33 years underground at the Loveridge mine and was a life member of UMWA Local 1501. He was a member of Central Christian Church and never missed a Fairmont Senior football game.

He is survived by his sister, Wanda (Delbert) Toothman of Fairmont; a nephew, Rick Toothman of Morgantown; and several cousins. In addition to his parents, he was preceded in death by his wife, Shirley (Hayhurst) Fluharty, and a brother, Dale Fluharty.

Friends may call at Ridgeline Funeral Chapel, Fairmont, Wednesday from 4 to 8 p.m. The funeral will be Thursday at 11 a.m. with Pastor Wade Hamilton officiating. Interment in Grandview Memorial Park.""",
gold=[("MGW002", "survivor"), ("MGW001", "survivor")]),

dict(guid="mgw_mvc_2026_0102", pub="2026-02-17T05:30:00-05:00", title="Orville D. 'Buck' Titchenell",
body="""Orville Dale "Buck" Titchenell, 84, of Kingwood, went home to be with the Lord on Sunday, February 15, 2026, at his home on the Brandonville Pike, surrounded by his family.

Buck was born August 2, 1941, in Kingwood, a son of the late Dale and Nola (Wolfe) Titchenell. He farmed all his life, hauled lime for the Preston County ASCS, and served 24 years on the Kingwood Volunteer Fire Department. He was a member of Kingwood United Methodist Church and a fixture at the Buckwheat Festival, where he flipped cakes at the firemen's booth for over forty years.

He is survived by his wife of 62 years, Reva (Shahan) Titchenell; two sons, Darrell Titchenell (Connie) of Tunnelton and Kevin Titchenell of Bruceton Mills; five grandchildren; and a sister, Ila Jean Spiker of Terra Alta. He was preceded in death by a brother, Harlan Titchenell.

Friends will be received at Kingwood Funeral Home on Thursday from 2 to 4 and 6 to 8 p.m. Services will be Friday at 11 a.m. at Kingwood United Methodist Church with Pastor Kenny Michael officiating. Burial in Maplewood Cemetery. Pallbearers will be his grandsons and Jeff Satterfield.""",
gold=[("MGW007", "deceased_client"), ("MGW008", "spouse_of_deceased_client")]),

dict(guid="mgw_mvc_2026_0103", pub="2026-03-04T05:30:00-05:00", title="Harold Lee Prunty",
body="""Harold Lee Prunty, 23, of Bridgeport, died unexpectedly Saturday, February 28, 2026.

Harold was born April 1, 2002, in Clarksburg, the son of Matt and Dana Prunty of Bridgeport. He graduated from Bridgeport High School in 2020, where he wrestled for the Indians, and was working as a lineman apprentice for Mon Power. He loved his dirt bike, deer season and his dog, Ruger.

In addition to his parents, he is survived by his sister, Kaylee Prunty; his grandparents, Harold and Joan Prunty of Lost Creek; and his girlfriend, Sierra Hall.

A celebration of life will be held Saturday at 2 p.m. at Bridgeport United Methodist Church.""",
gold=[]),

dict(guid="mgw_mvc_2026_0104", pub="2026-03-11T05:30:00-04:00", title="Theresa Ann Scarpelli",
body="""Theresa Ann Scarpelli, 90, of Clarksburg, died Sunday, March 8, 2026, at the Greystone Nursing Home.

She was born in Clarksburg on June 2, 1935, a daughter of the late Pasquale and Filomena (Tedesco) Scarpelli, who came to Glen Elk from Calabria. Theresa worked for 40 years at the Hazel-Atlas glass plant and later at her family's grocery on Pike Street. She was a devoted member of Immaculate Conception Church, its Altar Society, and the Italian Heritage Festival committee, and her pizzelles were known from Adamston to Stonewood.

She is survived by her sister, Carmela "Carm" Iaquinta of Clarksburg; and many nieces and nephews. She was preceded in death by her brothers, Joseph and Dominic Scarpelli, and her brother-in-law, Anthony Iaquinta.

Mass of Christian Burial will be celebrated Friday at 10 a.m. at Immaculate Conception Church with the Rev. Walter Jagela as celebrant. Entombment at Holy Cross Cemetery.""",
gold=[("MGW003", "survivor")]),

dict(guid="mgw_mvc_2026_0105", pub="2026-03-26T05:30:00-04:00", title="Gary W. Pyles",
body="""Gary Wayne Pyles, 58, of Hagerstown, Md., formerly of Keyser, died Monday, March 23, 2026, at Meritus Medical Center.

He was born in Keyser, W.Va., and worked 30 years as a truck driver for Ryder. He loved the Steelers, bass fishing on the Potomac and his grandchildren.

He is survived by his wife of 35 years, Tammy (Rhodes) Pyles; a daughter, Ashley Pyles of Hagerstown; and two grandchildren.

Services will be held at Rest Haven Funeral Home, Hagerstown.""",
gold=[]),

dict(guid="mgw_mvc_2026_0106", pub="2026-04-08T05:30:00-04:00", title="Wilbur Dean Tennant",
body="""Wilbur Dean Tennant, 79, of Blacksville, passed away Monday, April 6, 2026, at J.W. Ruby Memorial Hospital.

Born in Wadestown on December 4, 1946, he was the son of the late Homer and Ocie Tennant. Wilbur retired from Blacksville No. 2 mine and was a lifelong member of Wadestown Church of the Brethren. He kept bees, raised the best sweet corn in western Monongalia County and never sold an ear of it; he gave it away.

He is survived by his daughter, Lisa Tennant of Blacksville; his granddaughter, Kayla Ammons and her husband Travis of Morgantown; and a great-grandson, Easton. He was preceded in death by his wife, Imogene, and his son, Randy.

Funeral services will be Thursday at 1 p.m. at the church. Pallbearers: Travis Ammons, Denny Funk, Mark Tennant, Cody Wright, Dustin Core and Bill Shuman.""",
gold=[("MGW019", "survivor"), ("MGW018", "survivor")]),

dict(guid="mgw_mvc_2026_0107", pub="2026-05-06T05:30:00-04:00", title="Kenneth 'Kenny' Michael",
body="""Kenneth Allen "Kenny" Michael, 34, of Reedsville, died Saturday, May 2, 2026, as the result of an ATV accident.

Kenny was born October 10, 1991, in Morgantown. He was a heavy-equipment operator for Preston County Sand and Gravel and coached Little League in Masontown.

He is survived by his wife, Ashley (Kisner) Michael; two sons, Bentley and Brantley; his parents, Larry and Donna Michael of Reedsville; and his brother, Josh.

Friends may call at the Masontown chapel of Hastings Funeral Home on Thursday. Funeral Friday at noon.""",
gold=[]),
]
