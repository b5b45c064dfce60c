"""Fiore & Hartzell Funeral Home (invented; chapels in Latrobe and Greensburg): funeral-home site, HTML in
content:encoded, a one-sentence plain description, guids lbe_fh_*. Hand-labelled: gold=[(client_id, role)]."""

FEED = "fh"
BASE = "https://www.fiorehartzellfh.example/obituaries/"
ITEMS = [
dict(guid="lbe_fh_2026_vincent_mastrorocco", pub="2026-01-20T10:15:00-05:00",
title="Vincent J. \"Jimmy\" Mastrorocco (1944 - 2026)",
body="""Vincent J. "Jimmy" Mastrorocco, 81, of Greensburg, passed away Saturday, January 17, 2026, at Westmoreland Hospital, surrounded by his family.

He was born June 2, 1944, in Greensburg, a son of the late Carmine and Filomena (DiSanto) Mastrorocco. Jimmy was a graduate of Greensburg Central Catholic High School and worked 38 years as a machinist at the Elliott Company in Jeannette. He was a member of Blessed Sacrament Cathedral, the Sons of Italy Lodge and the Hilltop bocce league, which he won, by his own count, every year since 1979.

He is survived by his wife of 55 years, Angela (Bucci) Mastrorocco; his son, Carmine Mastrorocco of Hempfield Township; his sister, Rosemary Brunazzi and her husband, Tony, of Latrobe; his brother, Dominick Mastrorocco of Jeannette; four grandchildren; and many nieces and nephews.

Friends will be received from 2 to 4 and 6 to 8 p.m. Wednesday in the Fiore & Hartzell Funeral Home, Greensburg. A Mass of Christian Burial will be celebrated at 10 a.m. Thursday in Blessed Sacrament Cathedral. Interment will follow in St. Clair Cemetery. In lieu of flowers, memorial contributions may be made to the Westmoreland County Food Bank.""",
gold=[("LBE001", "survivor"), ("LBE002", "survivor")]),

dict(guid="lbe_fh_2026_dolores_sekerak", pub="2026-02-11T09:40:00-05:00",
title="Dolores A. \"Dee\" (Pavlik) Sekerak (1940 - 2026)",
body="""Dolores A. "Dee" (Pavlik) Sekerak, 86, of Youngwood, passed away peacefully Monday, February 9, 2026, in her home.

She was born January 22, 1940, in Youngwood, a daughter of the late Andrew and Mary (Kocis) Pavlik. Dee was a 1957 graduate of Hempfield High School and worked for many years in the cafeteria of the Youngwood Elementary School, where generations of children learned that there was always a second helping of haluski on Fridays. She was a member of St. Joseph Church and its Altar and Rosary Society.

She is survived by her daughter, Patricia "Patty" D'Ambrosio of Latrobe; her son, Michael Sekerak of New Stanton; five grandchildren; and one great-grandson. In addition to her parents, she was preceded in death by her husband, John Sekerak, in 2011, and by her brother, Joseph Pavlik.

Friends will be received from 4 to 8 p.m. Thursday in the Fiore & Hartzell Funeral Home, Greensburg. A Mass of Christian Burial will be celebrated at 10 a.m. Friday in St. Joseph Church, with the Rev. Daniel Mahoney as celebrant. Interment will follow in St. Clair Cemetery.""",
gold=[("LBE009", "deceased_client"), ("LBE008", "survivor")]),

dict(guid="lbe_fh_2026_walter_holtzapfel_sr", pub="2026-03-04T11:05:00-05:00",
title="Walter J. Holtzapfel Sr. (1934 - 2026)",
body="""Walter J. Holtzapfel Sr., 91, of Ligonier, died Monday, March 2, 2026, at Ligonier Valley Manor.

He was born in Ligonier Township on October 14, 1934, a son of the late Herman and Elsie (Ankney) Holtzapfel. Walter served in the U.S. Army in Germany and then farmed the family homestead on Darlington Road for more than sixty years, selling sweet corn from a wagon at the end of the lane every August. He was a member of Heritage United Methodist Church and a charter member of the Ligonier Valley Historical Society.

He is survived by his son, Walter "Walt" Holtzapfel Jr. and his wife, Donna, of Ligonier; his daughter, Susan Hoffer of Stahlstown; six grandchildren; and nine great-grandchildren. He was preceded in death by his wife of 62 years, Edna (Shaffer) Holtzapfel, in 2019.

Friends will be received from 2 to 6 p.m. Friday in the Fiore & Hartzell Funeral Home, Latrobe, where a service will be held at 11 a.m. Saturday with the Rev. Karen Lindahl officiating. Interment will follow in Ligonier Valley Cemetery.""",
gold=[("LBE006", "survivor")]),

dict(guid="lbe_fh_2026_gregory_pisarcik", pub="2026-04-07T14:30:00-04:00",
title="Gregory M. Pisarcik (2001 - 2026)",
body="""Gregory Michael Pisarcik, 24, of Derry, died unexpectedly Friday, April 3, 2026.

Born July 11, 2001, in Latrobe, he was a 2019 graduate of Derry Area High School, where he played goalie on the hockey team, and was an apprentice electrician with IBEW Local 5. Greg loved fishing Keystone Lake, working on his truck and making his nieces laugh.

He is survived by his parents, Mark and Denise Pisarcik of Derry; his sister, Lauren Pisarcik of Pittsburgh; his grandmother, Irene Pisarcik of New Alexandria; his uncle and godfather, Greg Pisarcik, and his wife, Mary Beth, of Derry, for whom he was named; and many aunts, uncles and cousins.

Friends will be received from 3 to 8 p.m. Wednesday in the Fiore & Hartzell Funeral Home, Latrobe. A Mass of Christian Burial will be celebrated at 10 a.m. Thursday in St. Martin Church, New Derry.""",
gold=[("LBE005", "survivor"), ("LBE004", "survivor")]),

dict(guid="lbe_fh_2026_carmen_villanueva", pub="2026-05-06T10:00:00-04:00",
title="Carmen Villanueva de Ocasio (1947 - 2026)",
body="""Carmen Villanueva de Ocasio, 78, of Greensburg, formerly of Caguas, Puerto Rico, passed away Sunday, May 3, 2026, at Westmoreland Hospital.

Carmen was born in Caguas on December 1, 1947, to the late Ramón Villanueva and Ana Luisa Rivera. She taught elementary school in Caguas for thirty years and, after Hurricane María, came to Greensburg to live near her son. She was a member of St. Bruno Church, where she started the Spanish-language rosary group, and her pasteles were the centerpiece of every parish Christmas bazaar.

She is survived by her son, Rafael Ocasio Villanueva and his wife, Jennifer, of Greensburg; her daughter, Maribel Ocasio of Orlando, Florida; her brother, Luis Villanueva of Caguas; and five grandchildren. She was preceded in death by her husband, Rafael Ocasio Torres.

Friends will be received from 4 to 8 p.m. Friday in the Fiore & Hartzell Funeral Home, Greensburg. A Mass of Christian Burial, in Spanish and English, will be celebrated at 11 a.m. Saturday in St. Bruno Church.""",
gold=[("LBE007", "survivor")]),

dict(guid="lbe_fh_2026_arlene_fetter", pub="2026-06-02T09:20:00-04:00",
title="Arlene M. Fetter (1938 - 2026)",
body="""Arlene M. Fetter, 87, of Mount Pleasant, died Saturday, May 30, 2026, at Frick Hospital.

Arlene was a lifelong member of Reunion Presbyterian Church, where she taught Sunday school for forty years, and a volunteer at the Mount Pleasant Glass and Ethnic Festival since its first year. She is survived by her nephews, David Fetter of Scottdale and Kevin Fetter of Uniontown.

A service will be held at 11 a.m. Thursday in the Fiore & Hartzell Funeral Home, Greensburg, with the Rev. Paul Yothers officiating. Her friend of sixty years, Louise Della Penna, will sing "How Great Thou Art." Pallbearers will be David Fetter, Kevin Fetter, Dominic Scalzitti, Ron Keefer, Jason Poole and Tim Stahl.""",
gold=[]),

dict(guid="lbe_fh_2026_john_ruffner", pub="2026-08-18T10:45:00-04:00",
title="John E. Ruffner (1940 - 2026)",
body="""John E. Ruffner, 85, of Mount Pleasant, passed away Saturday, August 15, 2026, at his home.

He was born March 22, 1940, in Norvelt, a son of the late Elmer and Grace Ruffner. John retired from the L.E. Smith Glass Company after 41 years, was a member of the Mount Pleasant Volunteer Fire Company for half a century and coached Little League for twenty-two summers.

He is survived by his daughters, Theresa "Terri" Scalzitti and her husband, Dominic, of Norvelt, and Janice Ruffner of Greensburg; his grandsons, Marco and Luca Scalzitti; and his sister, Ruth Shearer of Scottdale. He was preceded in death by his wife, Margaret (Stoner) Ruffner.

Friends will be received from 2 to 7 p.m. Wednesday in the Fiore & Hartzell Funeral Home, Greensburg, where a funeral service will be held at 10 a.m. Thursday. Interment with fire company honors in Mount Pleasant Cemetery.""",
gold=[("LBE013", "survivor"), ("LBE012", "survivor")]),
]
