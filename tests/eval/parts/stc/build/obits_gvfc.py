"""Granite Valley Funeral Chapels (St. Cloud, Cold Spring, Sauk Rapids): funeral-home site, HTML in
content:encoded, one-sentence plain description. Stearns County German Catholic and Benton County styles.
Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "gvfc"
ITEMS = [
dict(guid="stc_gvfc_2026_0107", pub="2026-01-20T10:15:00-06:00", title="Marcella R. Imdieke",
body="""Marcella Rose Imdieke, 91, of St. Martin, died peacefully Saturday, January 17, 2026, at Country Manor in Sartell.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Friday, January 23, at St. Martin Catholic Church in St. Martin. Visitation will be from 4 to 7 p.m. Thursday at the church, with parish prayers at 5 p.m., and one hour before the Mass on Friday. Burial will be in the parish cemetery.

Marcella was born April 2, 1934, in Farming to Peter and Theresia (Hennen) Lutgen. She married Roman Imdieke on June 8, 1954, at St. Catherine's in Farming. Together they milked cows on the home place north of St. Martin for forty years. She was a member of the Christian Mothers and the St. Martin Legion of Mary, and she quilted for every mission sale the parish ever held.

Survivors include her children, Colette (Dennis) D'Aoust of Sartell, Alan (Kay) Imdieke of St. Martin and Karen (Steve) Fuchs of Paynesville; 11 grandchildren; and 19 great-grandchildren.

She was preceded in death by her husband, Roman, in 2011; her parents; and her brothers, Edwin and Aloysius Lutgen.""",
gold=[("STC012", "survivor"), ("STC011", "survivor")]),

dict(guid="stc_gvfc_2026_0121", pub="2026-02-06T09:40:00-06:00", title="Leonard J. Schwinghammer Sr.",
body="""Leonard Joseph Schwinghammer Sr., 98, of St. Joseph, died Tuesday, February 3, 2026, at the St. Benedict's Senior Community in St. Cloud.

A Mass of Christian Burial will be at 11 a.m. Monday, February 9, at Church of St. Joseph in St. Joseph. The Rev. Jerome Tupa, OSB, will officiate. Visitation will be from 4 to 8 p.m. Sunday and after 9:30 a.m. Monday at the church. Parish prayers will be at 5 p.m. Sunday. Burial will be in the parish cemetery with military honors by the St. Joseph American Legion Post 328.

Leonard was born January 11, 1928, in St. Wendel Township to Nicholas and Anna (Schleper) Schwinghammer. He served in the U.S. Army in occupied Japan and then cut and polished stone at the quarries around Rockville and Cold Spring for 38 years. He was a lifelong member of Church of St. Joseph, the Knights of Columbus and the Legion, and he played the concertina at every wedding dance in St. Joseph between 1950 and 1990.

He is survived by his son, Leonard "Len" Schwinghammer Jr. (Marlys) of St. Joseph; his daughters, Rose Marie Hennes of St. Cloud and Kathleen (Gary) Pohl of Cold Spring; 9 grandchildren; and 14 great-grandchildren.

He was preceded in death by his wife of 61 years, Mathilda (Bauer) Schwinghammer, in 2014, and by his brothers, Alphonse, Raymond and Hubert.""",
gold=[("STC001", "survivor"), ("STC002", "survivor")]),

dict(guid="stc_gvfc_2026_0133", pub="2026-02-03T14:05:00-06:00", title="Hildegard A. Stalboerger",
body="""Hildegard Anna Stalboerger, 94, of Avon, died Saturday, January 31, 2026, at the Mother of Mercy Senior Living in Albany.

Mass of Christian Burial will be 10:30 a.m. Thursday, February 5, at St. Benedict's Catholic Church in Avon. Visitation will begin at 9 a.m. Thursday at the church. Christian Mothers will pray at 10 a.m.

Hildegard Schmitz was born March 9, 1931, in Collegeville Township. She married Bernard Stalboerger on October 4, 1950. The couple farmed in Avon Township, where Hildegard raised seven children, a large garden and, for reasons nobody ever learned, peacocks.

Survivors include her children, Duane (Carol) Stalboerger of Avon, Jo Ann Kociemba of Rice, Ronald (Bev) Stalboerger of Melrose and Sister Agnes Stalboerger, OSB, of St. Joseph; 18 grandchildren; and 31 great-grandchildren.

She was preceded in death by her husband, Bernard, in 2002; her son, Michael; her daughter, Anne; and her son-in-law, Richard Kociemba.""",
gold=[("STC019", "survivor"), ("STC007", "survivor")]),

dict(guid="stc_gvfc_2026_0150", pub="2026-03-10T11:30:00-05:00", title="Bernadine M. \"Bernie\" Zenzen",
body="""Bernadine Mary "Bernie" Zenzen, 86, of Cold Spring, died Saturday, March 7, 2026, at her home surrounded by her family.

A Mass of Christian Burial will be at 11 a.m. Thursday, March 12, at St. Boniface Catholic Church in Cold Spring. Visitation will be from 4 to 7 p.m. Wednesday at the Granite Valley Funeral Chapel in Cold Spring and from 10 a.m. Thursday at the church. Parish prayers will be at 4 p.m. Wednesday.

Bernie was born November 30, 1939, in Richmond to Alois and Gertrude (Hennen) Rausch. She married Edmund Zenzen on May 14, 1960, at Sts. Peter and Paul in Richmond. Bernie kept the books for the family's dairy for fifty years, was a 4-H leader and a founding member of the Stearns County Dairy Princess committee, and played sheepshead on Tuesdays into her eighties.

Survivors include her children, Gary (Donna) Zenzen of Cold Spring and Lori (Mark) Theisen of Sartell; her sister, Dolores "Dee" Wirtzfeld of Albany; 7 grandchildren; and 4 great-grandchildren.

She was preceded in death by her husband, Edmund, in 2019; her parents; and her brothers, Alois Jr. and Eugene Rausch.""",
gold=[("STC003", "deceased_client"), ("STC014", "survivor")]),

dict(guid="stc_gvfc_2026_0188", pub="2026-04-21T16:20:00-05:00", title="Gerald \"Jerry\" Pflueger",
body="""Gerald "Jerry" Pflueger, 78, of Sauk Rapids, died Saturday, April 18, 2026, at the St. Cloud Hospital.

A Mass of Christian Burial will be at 11 a.m. Friday, April 24, at Sacred Heart Catholic Church in Sauk Rapids. Visitation will be from 4 to 7 p.m. Thursday at the Granite Valley Funeral Chapel in Sauk Rapids and one hour before the Mass on Friday. Pallbearers will be Matt Klaphake, Scott Beuning, Daniel Pflueger and Tyler Pflueger.

Jerry was born June 12, 1947, in Sauk Rapids to Frank and Agnes (Kremer) Pflueger. He served in the U.S. Navy aboard the USS Ranger and married Rita Beuning on September 6, 1971, at St. Francis Xavier in Sartell. Jerry drove for the Sauk Rapids-Rice school district for 31 years and knew every child on Route 7 by name, and by the name of their dog.

He is survived by his wife of 54 years, Rita; his sons, Daniel (Amy) Pflueger of Foley and Jeffrey (Nicole) Pflueger of Rice; 5 grandchildren; and his sister, Joan Hoppe of Little Falls.

He was preceded in death by his parents and his brother, Robert.""",
gold=[("STC004", "deceased_client"), ("STC005", "spouse_of_deceased_client")]),

dict(guid="stc_gvfc_2026_0214", pub="2026-05-14T13:45:00-05:00", title="Matthew J. Klaphake",
body="""Matthew James Klaphake, 19, of St. Cloud, died Sunday, May 10, 2026, as the result of a car accident near Clear Lake.

A Mass of Christian Burial will be at 11 a.m. Monday, May 18, at Holy Spirit Catholic Church in St. Cloud. Visitation will be from 4 to 8 p.m. Sunday at the church.

Matthew was born March 2, 2007, in St. Cloud to Dale and Karen (Salzer) Klaphake. He graduated from Cathedral High School in 2025, where he played goalie for the Crusaders, and had just finished his first year at St. Cloud State University, studying to become a diesel mechanic like his grandfather.

He is survived by his parents, Dale and Karen Klaphake of St. Cloud; his sister, Hannah; his grandparents, Harold and Jean Salzer of Richmond; and many aunts, uncles and cousins.

He was preceded in death by his grandparents, Alvin and Lorraine Klaphake.""",
gold=[]),

dict(guid="stc_gvfc_2026_0262", pub="2026-08-18T10:05:00-05:00", title="Gordon F. Beuning",
body="""Gordon Francis Beuning, 80, of Sauk Rapids, died Friday, August 14, 2026, at Good Shepherd Community in Sauk Rapids.

A Mass of Christian Burial will be at 10 a.m. Thursday, August 20, at Sacred Heart Catholic Church in Sauk Rapids. Visitation will be from 8:30 a.m. until the Mass.

Gordon was born August 30, 1945, in Sartell to Herman and Clara (Notsch) Beuning. He worked at the paper mill in Sartell for 40 years and never once, his family says, complained about the smell.

Survivors include his wife, Shirley; his son, Scott (Angie) Beuning of Sauk Rapids; his sister, Rita (the late Jerry) Pflueger of Sauk Rapids; and 3 grandchildren.

He was preceded in death by his parents and his brother, Alvin Beuning.""",
gold=[("STC005", "survivor")]),
]
