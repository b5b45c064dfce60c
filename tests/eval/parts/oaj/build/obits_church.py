"""Mount Calvary AME Zion Church, Jacksonville: "Homegoing" notices from the weekly church bulletin (Bereaved
Families), plain text. Hand-labelled."""

FEED = "church"
ITEMS = [
dict(guid="oaj_mtcalvary_bulletin_20260222_1", pub="2026-02-22T07:30:00-05:00", title="Homegoing: Mother Ernestine Frazelle Gause",
body="""The Mount Calvary family extends its love and prayers to the family of Mother Ernestine Frazelle Gause, 84, of Jacksonville, who entered into eternal rest on Tuesday, February 17, 2026. Mother Gause was a member of Mount Calvary for 62 years, a Class Leader, and president of the Stewardess Board No. 1.

Homegoing Celebration: Saturday, February 28, at 1 p.m. in the sanctuary. Eulogist: Rev. Clarence Outlaw, Pastor. Viewing one hour prior. Interment: Sandy Run Cemetery. Repast in the fellowship hall following the interment; the Hospitality Ministry asks that all dishes be brought to the kitchen by 11 a.m.

Mother Gause leaves to cherish her memory her sister, Alfreda "Freda" Sidbury of Jacksonville; her daughter, Carla Gause Whitfield (Raymond) of Fayetteville; her nephews, Marvin Sidbury (Tonya) of Jacksonville and Cedric Frazelle of Swansboro; her grandchildren; and a host of church family and friends. She was preceded in death by her husband, Deacon Willie Gause, and her brothers, Albert and Nathaniel Frazelle.

Cards may be sent to the family in care of Sister Alfreda Sidbury, 410 Kerr Street, Jacksonville.""",
gold=[("OAJ006", "survivor"), ("OAJ007", "survivor"), ("OAJ021", "survivor")]),

dict(guid="oaj_mtcalvary_bulletin_20260607_1", pub="2026-06-07T07:30:00-04:00", title="Homegoing: Mother Pearlie Mae Outlaw",
body="""Please keep our Pastor and First Lady in your prayers. Mother Pearlie Mae Outlaw, 94, the mother of our pastor, Rev. Clarence Outlaw, was called home on Wednesday, June 3, 2026, at her residence in Jacksonville.

Mother Outlaw was born in the Haws Run community in 1932 and worked 40 years in the dining hall aboard Camp Geiger. She was a lifelong member of Mount Calvary and a founding member of the Missionary Society.

She leaves to cherish her memory her son, Rev. Clarence Outlaw and his wife, First Lady Gloria Outlaw, of Jacksonville; her daughters, Minnie O. Spruill of Baltimore and Lucille Outlaw of Jacksonville; eleven grandchildren; and a host of great-grandchildren, church family and friends.

Homegoing Celebration: Friday, June 12, at 11 a.m. at Mount Calvary. Eulogist: Presiding Elder Rev. Dr. James E. Kornegay. Pallbearers: Trustees of Mount Calvary, including Bro. Marvin Sidbury, Bro. Kendrick Tillery and Bro. Andre Hall. Flower bearers: the Stewardess Board.""",
gold=[("OAJ017", "survivor"), ("OAJ018", "survivor")]),

dict(guid="oaj_mtcalvary_bulletin_20261108_1", pub="2026-11-08T07:30:00-05:00", title="Homegoing: Sister Cora Lee Farrior",
body="""We are saddened to share that Sister Cora Lee Farrior, 88, of Jacksonville, a member of the Senior Choir for more than fifty years, passed on Thursday, November 5, 2026, at Brookside Assisted Living.

Sister Farrior never married; she taught first grade at Georgetown Elementary and later at Parkwood Elementary for 38 years, and a good part of this congregation learned to read in her classroom.

She leaves to cherish her memory her niece, Sister Gloria F. Outlaw (Rev. Clarence) of Jacksonville; her nephew, Walter Farrior of Washington, D.C.; her goddaughter, Monique Holt Tillery of Midway Park; and many cousins, former students, and friends.

Homegoing Celebration: Saturday, November 14, at noon at Mount Calvary. Eulogist: Rev. Dr. Annie B. Sharpe. Interment: Sandy Run Cemetery.""",
gold=[("OAJ018", "survivor"), ("OAJ017", "survivor"), ("OAJ012", "survivor")]),
]
