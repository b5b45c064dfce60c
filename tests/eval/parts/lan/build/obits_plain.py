"""The Conestoga Correspondent: a weekly for the Plain community (Amish and Old Order Mennonite), obituaries in the
Budget-newspaper style (wives named through their husbands, long lists of children with their spouses, residence
after each name, counts of grandchildren). Plain text. Hand-labelled."""

FILE = "lan_conestoga_correspondent_obituaries.rss"
TITLE = "The Conestoga Correspondent - Obituaries"
LINK = "https://www.conestogacorrespondent.example/obituaries/"
DESCRIPTION = "Obituaries sent in by families and scribes, Lancaster County settlements and daughter settlements"
CATEGORY = "Obituaries"
STYLE = "plain"

ITEMS = [
dict(guid="lan_cc_obit_2026_0112", pub="2026-01-21T06:00:00-05:00", title="Lizzie Ebersol, 96, Gordonville",
body="""GORDONVILLE - Lizzie (Fisher) Ebersol, 96, of 3120 Harvest Rd., Gordonville, died Thursday, Jan. 15, at her home after a period of declining health. She was the wife of the late Christian S. Ebersol, who died in 2011.

Born in Leacock Twp., she was a daughter of the late Jonas and Mattie (Beiler) Fisher. She was a member of the Old Order Amish Church. She enjoyed quilting and tending her flower beds, and was known among the grandchildren for her shoofly pie.

Surviving are eight children: Sadie, wife of Amos K. Petersheim, Gordonville; Mattie, wife of John L. Glick, Paradise; Benuel, husband of Rachel Stoltzfus Ebersol, Leola; Christian Jr., husband of Annie Lapp Ebersol, Kinzers; Fannie, wife of Elmer Beiler, Gap; Rebecca, wife of Samuel Smucker, Dover, Del.; Naomi, wife of Jacob Esh, Christiana; and Daniel, husband of Lydia King Ebersol, at home; 61 grandchildren; 94 great-grandchildren; a brother, Jonas Fisher Jr., Narvon; and a sister, Mrs. Aaron (Katie) Zook, Bird-in-Hand. She was preceded in death by a son, Levi, and a sister, Mrs. John (Sarah) Blank.

Funeral service was held Monday from the home of Daniel Ebersol, with burial in Myers Cemetery, Gordonville.""",
gold=[("LAN002", "survivor"), ("LAN001", "survivor"), ("LAN019", "survivor")]),

dict(guid="lan_cc_obit_2026_0140", pub="2026-02-11T06:00:00-05:00", title="Levi S. Riehl, 78, Ronks",
body="""RONKS - Levi S. Riehl, 78, of 40 Paradise Lane, Ronks, died Wednesday, Feb. 4, at Lancaster General Hospital, of a heart attack. He was born Aug. 2, 1947, in East Lampeter Twp., a son of the late Stephen and Barbara (King) Riehl. He was the husband of Katie Esh Riehl; they were married 55 years in November.

He was a harness maker for 40 years and later helped his sons at the produce stand on Route 896. He was a member of the Old Order Amish Church.

Surviving besides his wife are six children: Stephen, husband of Mary Stoltzfus Riehl, Ronks; Sarah, wife of David Kauffman, Strasburg; Elam, husband of Emma Lapp Riehl, Gordonville; Barbie, wife of Christian Fisher, Quarryville; Levi Jr., husband of Ruth Glick Riehl, Ronks; and Katie, wife of Jonathan Beiler, Honey Brook; 38 grandchildren; 11 great-grandchildren; two brothers, Amos, husband of Annie Riehl, Kirkwood, and John, husband of Sadie Riehl, Loysville, Perry County; and a sister, Mrs. Elam (Rebecca) King, Narvon.

Funeral was held Saturday from the home of Levi Jr., with burial in the Riehl Cemetery, Ronks.""",
gold=[("LAN003", "deceased_client"), ("LAN004", "spouse_of_deceased_client")]),

dict(guid="lan_cc_obit_2026_0166", pub="2026-03-04T06:00:00-05:00", title="Aaron W. Nolt, 88, Ephrata",
body="""EPHRATA - Aaron W. Nolt, 88, of 1218 Martin Church Rd., Ephrata, died Feb. 25 at his home. He was the husband of the late Anna Zimmerman Nolt, who died in 2019.

Born in Earl Twp., he was a son of the late Menno and Lydia (Martin) Nolt. He was a member of Martindale Old Order Mennonite (Groffdale Conference) and farmed in West Earl Twp. until he turned the farm over to a grandson in 2004. He made brooms in the winter months.

Surviving are four children: Lorraine, wife of Elvin Sensenig, Ephrata; Irvin, husband of Martha Weaver Nolt, Ephrata; Edna, wife of Reuben Hoover, Penn Yan, N.Y.; and Menno, husband of Lena Martin Nolt, Denver; 23 grandchildren; 40 great-grandchildren; and a brother-in-law, Wilmer Stauffer, husband of Susie Zimmerman Stauffer, Ephrata. He was preceded in death by a son, Samuel, and a sister, Mrs. Eli (Esther) Weaver.

Funeral was held Saturday morning at Martindale meetinghouse, with Aaron Martin and Levi Hoover officiating. Burial followed in the adjoining cemetery.""",
gold=[("LAN006", "survivor"), ("LAN005", "survivor")]),

dict(guid="lan_cc_obit_2026_0190", pub="2026-03-25T06:00:00-05:00", title="Fannie Petersheim, 91, Bird-in-Hand",
body="""BIRD-IN-HAND - Fannie (Stoltzfus) Petersheim, 91, of 2711 Church Rd., Bird-in-Hand, died March 18 at the home of a daughter. She was the wife of the late John B. Petersheim.

Born in Upper Leacock Twp., she was a daughter of the late Amos and Sarah (Lapp) Stoltzfus. She was a member of the Old Order Amish Church and was a seamstress.

Surviving are five children: Sarah, wife of Daniel Beiler, Bird-in-Hand; John Jr., husband of Lena Esh Petersheim, New Holland; Katie, wife of Samuel King, Gap; Mary, wife of Elmer Glick, Bird-in-Hand; and Rebecca, wife of Isaac Lapp, Mifflinburg; 42 grandchildren; 107 great-grandchildren; and nine great-great-grandchildren. She was preceded in death by two sons, Amos Petersheim and David Petersheim, and by a grandson.

Funeral was held March 21 from the home of Elmer Glick, with burial in the Petersheim Cemetery, Bird-in-Hand.""",
gold=[]),

dict(guid="lan_cc_obit_2026_0231", pub="2026-04-22T06:00:00-04:00", title="Elvin Z. Sensenig, 24, Denver",
body="""DENVER - Elvin Z. Sensenig, 24, of 88 Zinns Mill Rd., Denver, died April 14 of injuries suffered when a skid loader overturned on the family farm in West Cocalico Twp.

Born in Ephrata, he was a son of Marlin and Edna (Zimmerman) Sensenig of Denver. He was a member of the Weaverland Conference Mennonite Church and worked with his father on the dairy farm. He was engaged to be married this fall to Lucinda Hurst.

Surviving besides his parents are three brothers, Marvin, Nelson and Harlan, all at home; three sisters, Mrs. Jason (Rhoda) Martin, Ephrata, Lois and Janelle, at home; and his grandparents, Elam and Mabel Zimmerman, Stevens.

Funeral was held April 18 at Bowmansville Mennonite Church, with Eugene Sauder and Nelson Martin officiating.""",
gold=[]),

dict(guid="lan_cc_obit_2026_0262", pub="2026-06-10T06:00:00-04:00", title="Samuel E. Esh, 74, Paradise",
body="""PARADISE - Samuel E. Esh, 74, of 155 Belmont Rd., Paradise, died June 2 at his home after an illness of several years. He was the husband of Barbara Beiler Esh.

Born in Salisbury Twp., he was a son of the late Eli and Katie (Fisher) Esh. He was a member of the Old Order Amish Church and had a sawmill and pallet shop until his sons took it over.

Surviving besides his wife are seven children: Eli, husband of Sarah Lapp Esh, Paradise; Katie, wife of Aaron Stoltzfus, Kinzers; Mrs. Jacob (Lydia) King, Gap; Samuel Jr., husband of Annie Glick Esh, Paradise; Mrs. Amos (Mary) Stoltzfus, Gordonville; David, husband of Lena Fisher Esh, Paradise; and Rebecca, at home; 47 grandchildren; six great-grandchildren; and three sisters, Katie, widow of Levi S. Riehl, Ronks; Mrs. John (Sarah) Beiler, Strasburg; and Mrs. Daniel (Fannie) Lapp, Leola. He was preceded in death by a brother, Eli Jr.

Funeral was held June 5 from the home of Samuel Jr., with burial in Hershey Cemetery, Paradise.""",
gold=[("LAN004", "survivor")]),

dict(guid="lan_cc_obit_2026_0298", pub="2026-08-12T06:00:00-04:00", title="Edna Hoover, 68, Penn Yan, N.Y.",
body="""PENN YAN, N.Y. - Edna (Nolt) Hoover, 68, wife of Reuben M. Hoover, of 2210 Route 14A, Penn Yan, died Aug. 3 at Soldiers and Sailors Hospital after a stroke.

Born in West Earl Twp., Lancaster Co., Pa., she was a daughter of the late Aaron W. and Anna (Zimmerman) Nolt. She moved to the Yates County settlement with her husband in 1983 and was a member of the Groffdale Conference Mennonite Church there.

Surviving besides her husband are eight children, all of Penn Yan: Aaron, Lydia, Mrs. Nathan (Esther) Weaver, Reuben Jr., Anna, Mrs. Elam (Ruth) Martin, Mark and Lena; 29 grandchildren; two brothers and a sister, Irvin Nolt and Menno Nolt, Ephrata and Denver, Pa.; and Mrs. Elvin (Lorraine) Sensenig, Ephrata, Pa. She was preceded in death by a brother, Samuel.

Funeral was held Aug. 6 at the Benton meetinghouse, with burial in the adjoining cemetery.""",
gold=[("LAN006", "survivor"), ("LAN005", "survivor")]),

dict(guid="lan_cc_obit_2026_0331", pub="2026-10-14T06:00:00-04:00", title="Mattie Glick, 71, Paradise",
body="""PARADISE - Mattie (Ebersol) Glick, 71, wife of John L. Glick, of 61 Singer Ave., Paradise, died Oct. 6 at her home of cancer.

Born in Leacock Twp., she was a daughter of the late Christian S. and Lizzie (Fisher) Ebersol. She was a member of the Old Order Amish Church and a cook at many weddings in the district.

Surviving besides her husband are seven children: Christian, husband of Sarah King Glick, Paradise; Mrs. Elmer (Lizzie) Stoltzfus, Ronks; John Jr., husband of Katie Beiler Glick, Paradise; Mrs. Daniel (Fannie) Esh, Kinzers; Amos, husband of Mary Lapp Glick, Gap; Mrs. Samuel (Sadie) Fisher, Paradise; and Elam, at home; 54 grandchildren; 12 great-grandchildren; and brothers and sisters, Mrs. Amos K. (Sadie) Petersheim, Gordonville; Benuel Ebersol, Leola; Christian Ebersol Jr., Kinzers; Mrs. Elmer (Fannie) Beiler, Gap; Mrs. Samuel (Rebecca) Smucker, Dover, Del.; Mrs. Jacob (Naomi) Esh, Christiana; and Daniel Ebersol, Gordonville. She was preceded in death by a brother, Levi.

Funeral was held Oct. 9 from the home of Christian Glick, with burial in Myers Cemetery, Gordonville.""",
gold=[("LAN002", "survivor"), ("LAN001", "survivor"), ("LAN019", "survivor")]),
]
