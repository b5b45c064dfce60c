"""Ss. Cyril & Methodius - Holy Rosary Parish Family (Slovak Catholic; Struthers and Lowellville): notices from the
weekly bulletin ("Eternal rest grant unto them ..." / "Odpocinutie vecne"), including notices sent in from
neighbouring parishes (St. Anne Ukrainian Catholic). Plain text, short headings "Name - Town". Hand-labelled."""

FEED = "bulletin"
ITEMS = [
dict(guid="yng_bulletin_2026_03_01_kolesar", pub="2026-03-01T07:00:00-05:00", title="Frank J. Kolesar - Struthers",
body="""Please remember in your prayers our parishioner Frank J. Kolesar, 83, of Struthers, who died on February 24 at St. Elizabeth Boardman after a short illness. Frank was an usher at the 8:30 Mass for more than thirty years, a member of First Catholic Slovak Union Branch 24, and the man who fixed the church boiler every winter without being asked.

He is survived by his wife of 59 years, Margaret (Hudak) Kolesar; his sons, Frank Jr. of Struthers and Martin of Columbus; his sister, Mrs. Steve (Dottie) Zelenak of Struthers; and seven grandchildren. He was preceded in death by his brothers, Andrew and John Kolesar.

The funeral Mass was celebrated Saturday by Fr. Michal Durkovic. Odpocinutie vecne daj mu, Pane. Eternal rest grant unto him, O Lord.""",
gold=[("YNG004", "survivor"), ("YNG003", "survivor")]),

dict(guid="yng_bulletin_2026_03_29_hnatiuk", pub="2026-03-29T07:00:00-04:00", title="Olha Hnatiuk - Youngstown (St. Anne Ukrainian Catholic)",
body="""Our sister parish, St. Anne Ukrainian Catholic Church, asks our prayers for Olha Hnatiuk, 93, of Youngstown, who reposed in the Lord on March 23. Born in Ternopil, Olha survived a displaced persons camp in Germany and came to Youngstown in 1950. She embroidered the rushnyky that hang in both of our churches and taught pysanky to children of both parishes every Lent for forty years.

She is survived by her sons, Bohdan "Bob" Hnatiuk (Maria) of Hermitage, Pa., and Taras Hnatiuk of Parma; five grandchildren; and three great-grandchildren. Her husband, Mykola, reposed in 1991.

The Panakhyda was served on Thursday evening and the funeral Divine Liturgy on Friday at St. Anne. Vichnaya pamyat! Memory eternal!""",
gold=[("YNG020", "survivor")]),

dict(guid="yng_bulletin_2026_04_19_wojnarowski", pub="2026-04-19T07:00:00-04:00", title="Helen Wojnarowski - Campbell",
body="""Please pray for the repose of the soul of Helen Wojnarowski, 90, of Campbell, mother of our longtime parishioner and maintenance volunteer Ted Wojnarowski. Helen died on April 13 at her son's home, where she had lived since 2019. She was born in Struthers to Polish parents, Stanley and Josephine Szymborski, and worked for many years in the cafeteria of Campbell Memorial High School.

She is survived by her son, Thaddeus "Ted" Wojnarowski of Campbell; her nephew, Leonard Szymborski of Poland; and her goddaughter, Irene Bodnar. She was preceded in death by her husband, Walter, in 1987, and by her brother, Felix Szymborski.

Her funeral Mass was celebrated Thursday at St. Joseph the Worker, Campbell, and she was laid to rest in Calvary Cemetery. Eternal rest grant unto her, O Lord.""",
gold=[("YNG013", "survivor")]),

dict(guid="yng_bulletin_2026_05_24_zelenak", pub="2026-05-24T07:00:00-04:00", title="Stephen M. Zelenak - Tucson, Ariz. (formerly of Struthers)",
body="""Stephen M. Zelenak, 58, of Tucson, Arizona, a baptized son of this parish and a 1986 graduate of Struthers High School, died suddenly on May 15 in Tucson. Steve served in the U.S. Air Force at Davis-Monthan and stayed in Arizona, where he worked as an aircraft mechanic.

He is survived by his mother, Irene Zelenak of Struthers; his wife, Teresa; and two daughters, Ava and Claire. He was preceded in death by his father, Michael Zelenak.

A memorial Mass will be offered in our church on Saturday, June 6, at 9 a.m. Please keep Irene and the family in your prayers.""",
gold=[]),

dict(guid="yng_bulletin_2026_06_14_sister", pub="2026-06-14T07:00:00-04:00", title="Sister Mary Ludmila Petras, VSC - Pittsburgh",
body="""Please remember in your prayers Sister Mary Ludmila Petras, VSC, 94, who entered eternal life on June 8 at the Vincentian motherhouse in Pittsburgh. Sister Ludmila taught at our parish school from 1961 to 1979, and hundreds of Struthers and Lowellville children learned to read, to diagram a sentence and to sit up straight in her classroom.

She is survived by her sisters in community and by a nephew, Robert Petras of Akron.

A memorial Mass will be celebrated in our church on Friday, June 19, at 6 p.m., followed by a reception in the school hall hosted by the Altar and Rosary Society. All her former students are welcome.""",
gold=[]),
]
