"""Ridgeway & Kessinger Funeral Chapels (Hagerstown, Boonsboro, Waynesboro PA): funeral-home site, HTML in
content:encoded, a one-sentence plain description, guids with the hgr_fh_ prefix (isPermaLink="false"). Hand-labelled."""

FEED = "fh"
BASE = "hgr_fh_"   # guid prefix; the permalink is https://www.ridgewaykessinger.example/obituary/<rest>
ITEMS = [
dict(guid=BASE + "wilbur-e-poffenberger", pub="2026-01-12T16:20:00-05:00", title="Wilbur Eugene Poffenberger",
body="""Wilbur Eugene Poffenberger, 85, of Keedysville, went to be with his Lord on Saturday, January 10, 2026, at his home on Mount Briar Road, surrounded by his family.

Born August 2, 1940, in Keedysville, he was the son of the late Elmer and Ruth (Snyder) Poffenberger. Wilbur farmed the home place along the Little Antietam for more than fifty years and, after he "retired," drove a school bus for Washington County Public Schools for another fourteen. He was a lifelong member of Mount Briar Church of the Brethren, where he served as a deacon and could be found every Shrove Tuesday at the fastnacht kettle.

He was a past president of the Washington County Farm Bureau and a 4-H beef leader for thirty years, and he never missed the Ag Expo.

Wilbur is survived by his wife of 62 years, Naomi (Stouffer) Poffenberger; his sons, Dale Poffenberger and wife Cheryl of Sharpsburg and Kevin Poffenberger of Frederick; his daughter, Lisa Grove and husband Matt of Boonsboro; nine grandchildren and four great-grandchildren.

In addition to his parents, he was predeceased by a brother, Harold Poffenberger, and a sister, Edna Ringer.

The family will receive friends from 6 to 8 p.m. Wednesday at the Boonsboro chapel of Ridgeway & Kessinger Funeral Chapels. Funeral services will be held at 11 a.m. Thursday at Mount Briar Church of the Brethren, with Pastor Glenn Hollinger officiating. Interment will follow in the church cemetery. Pallbearers will be his grandsons and Tad Kretzer.

In lieu of flowers, memorials may be made to the Mount Briar Church of the Brethren building fund.""",
gold=[("HGR003", "deceased_client"), ("HGR004", "spouse_of_deceased_client")]),

dict(guid=BASE + "doris-baer-wachtel", pub="2026-02-03T11:05:00-05:00", title="Doris Jean (Baer) Wachtel",
body="""Doris Jean (Baer) Wachtel, 84, of Boonsboro, passed away peacefully Saturday, January 31, 2026, at Somerford Place.

Doris was born July 9, 1941, in Smithsburg, the daughter of the late Raymond and Mildred (Keller) Baer. She graduated from Smithsburg High School in 1959 and worked for 31 years in the dietary department of Washington County Hospital. She was a member of Trinity Reformed Church in Boonsboro, the Boonsboro Historical Society and a card club that met, by her count, more than 1,400 times.

She is survived by her sister, Mary Lou Snavely of Smithsburg; her niece, Lorrie Kretzer and her husband, Tad, of Boonsboro; her nephew, Scott Baer of Hanover, Pa.; and several great-nieces and great-nephews.

She was predeceased by her husband, Roy E. Wachtel, in 2011, and by her brother, Glenn Baer.

A graveside service will be held at 1 p.m. Friday at Mountain View Cemetery, Boonsboro, with the Rev. Carla Weagly officiating. Memorials may be made to the Boonsboro Free Library.""",
gold=[("HGR005", "survivor"), ("HGR007", "survivor"), ("HGR006", "survivor")]),

dict(guid=BASE + "gerald-l-kuhn", pub="2026-03-09T09:40:00-04:00", title="Gerald L. \"Jerry\" Kuhn",
body="""Gerald L. "Jerry" Kuhn, 80, of Waynesboro, Pa., died Friday, March 6, 2026, at Wellspan Waynesboro Hospital.

Born April 22, 1945, in Waynesboro, he was the son of the late Lester and Pauline (Hoover) Kuhn. Jerry retired in 2007 after 38 years as a machinist at Landis Tool, and he was a member of St. Paul's Lutheran Church, the Waynesboro Lions Club and the Blue Ridge Summit fire company, where he was a life member.

Surviving are his wife of 55 years, Rosalind "Roz" (Mentzer) Kuhn; two daughters, Amy Sollenberger and husband Greg of Chambersburg and Beth Kuhn of Pittsburgh; three grandchildren; and a sister, Janet Hess of Greencastle.

He was predeceased by a brother, Dale Kuhn.

A memorial service will be held at 2 p.m. Saturday at St. Paul's Lutheran Church, Waynesboro. Arrangements are by the Waynesboro chapel of Ridgeway & Kessinger Funeral Chapels.""",
gold=[("HGR018", "survivor")]),

dict(guid=BASE + "chester-a-gossard", pub="2026-04-14T15:10:00-04:00", title="Chester Allen Gossard",
body="""Chester Allen Gossard, 88, of Williamsport, died Sunday, April 12, 2026, at Antietam Regional Medical Center.

He was born December 1, 1937, in Williamsport, a son of the late Ira and Viola (Myers) Gossard. Chester worked on the C&O Canal as a young man, then for 35 years at the Mack Trucks plant in Hagerstown. He was a member of St. John's Lutheran Church in Williamsport, the Williamsport American Legion and the Conococheague Rod and Gun Club.

He is survived by his sister, Anna Mae Reichard of Williamsport; his sons, Mark Gossard of Falling Waters, W.Va., and Jeffrey Gossard of Hagerstown; and five grandchildren.

He was predeceased by his wife, Joyce (Lowery) Gossard, in 2020.

Services will be held at 11 a.m. Friday at St. John's Lutheran Church, Williamsport, with the Rev. Lamar Hoffman officiating. Pallbearers will be Curt Shank, Dennis Myers, Kyle Gossard and Tyler Gossard. Burial will be in Rose Hill Cemetery.""",
gold=[("HGR020", "survivor")]),

dict(guid=BASE + "rigoberto-ocampo-salgado", pub="2026-05-19T12:30:00-04:00", title="Rigoberto Ocampo Salgado",
body="""Rigoberto Ocampo Salgado, 78, of Hagerstown, died Saturday, May 16, 2026, at home, with his family at his side.

Don Rigo was born February 3, 1948, in Tlapa de Comonfort, Guerrero, Mexico, the son of the late Fidencio Ocampo and Amalia Salgado. He came to Washington County in 1989 to work in the orchards near Smithsburg and later spent 22 years at the Phoenix Color plant. He was a faithful member of St. Joseph Catholic Church, Halfway, where he sang with the Spanish choir.

He is survived by his wife of 52 years, Esperanza Reyes de Ocampo; his daughter, Maricela Ocampo Reyes (Ernesto Villalobos) of Hagerstown; his sons, Rigoberto Ocampo Jr. of Chambersburg, Pa., and Julio Ocampo of Dalton, Ga.; eight grandchildren; and his brothers and sisters in Guerrero.

Le sobreviven su esposa Esperanza, sus hijos Maricela, Rigoberto y Julio, y sus nietos.

A rosary will be prayed at 7 p.m. Thursday at the Hagerstown chapel of Ridgeway & Kessinger Funeral Chapels. A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Joseph Catholic Church.""",
gold=[("HGR009", "survivor")]),

dict(guid=BASE + "norma-f-bowman", pub="2026-06-22T10:00:00-04:00", title="Norma Faye Bowman",
body="""Norma Faye Bowman, 90, of Hagerstown, died Friday, June 19, 2026, at Homewood at Robinwood.

Born March 14, 1936, in Clear Spring, she was the daughter of the late Lloyd and Ethel (Moats) Shaffer. She was a seamstress for many years at the Hagerstown shirt factory and a member of Christ's Reformed Church.

She is survived by her son, Dwayne Bowman of Hagerstown; her granddaughters, Tammy Shank of Ocala, Fla., and Nicole Bowman of Hagerstown; and three great-grandchildren.

She was predeceased by her husband, Kenneth Bowman, and by a daughter, Lynn Bowman Shank.

A private graveside service will be held. Arrangements by the Hagerstown chapel of Ridgeway & Kessinger Funeral Chapels.""",
gold=[]),
]
