"""Quinsigamond Memorial Chapels (invented funeral home with chapels in Worcester, Shrewsbury and Leominster):
funeral-home site, HTML in content:encoded, teaser description. Hand-labelled."""

FEED = "qmc"
ITEMS = [
dict(guid="wor_qmc-margaret-keane-1187", pub="2026-01-20T10:15:00-05:00", title="Margaret Mary (Halloran) Keane, 77",
body="""HOLDEN - Margaret Mary "Peggy" (Halloran) Keane, 77, of Holden, passed away peacefully on Friday, January 16, 2026, at UMass Memorial Medical Center, with her family at her side.

Peggy was born in Worcester, the daughter of the late John and Nora (Flaherty) Halloran, and grew up in the Vernon Hill parish of Our Lady of Mount Carmel. She graduated from St. Peter's High School and Worcester State College and taught second grade at Mayo School in Holden for thirty-one years. Generations of Holden children learned to read from her, and a few of them still send her Christmas cards.

She leaves her husband of 54 years, Brian Keane; her sons, Kevin Keane and his wife Erin of Sterling, and Daniel Keane of Boston; her sister, Susan (Tom) Fitzgerald of Worcester; five grandchildren; and many nieces and nephews. She was predeceased by her brother, Michael Halloran.

A Mass of Christian Burial will be celebrated Wednesday at 10 a.m. in St. Mary's Church, Holden. Burial will follow in Grove Cemetery. Calling hours are Tuesday from 4 to 7 p.m. at the Shrewsbury chapel. In lieu of flowers, donations may be made to the Holden Public Library.""",
gold=[("WOR002", "survivor"), ("WOR001", "survivor")]),

dict(guid="wor_qmc-eleanor-callahan-1203", pub="2026-02-03T09:40:00-05:00", title="Eleanor T. Callahan, 90",
body="""SHREWSBURY - Eleanor Theresa (Walsh) Callahan, 90, a lifelong resident of Shrewsbury, died Saturday, January 31, 2026, at Beaumont Rehabilitation in Westborough.

Eleanor was the heart of the Callahan household on Prospect Street for sixty years. She kept the books for her husband's machine shop, ran the St. Mary's Church bazaar for two decades and never missed a Shrewsbury High football game while a Callahan was on the field.

She was predeceased by her husband, Patrick J. Callahan Sr., in 2011. She leaves her son, Patrick J. Callahan Jr. and his wife Maureen of Shrewsbury; her daughter, Anne Callahan Murphy of Grafton; seven grandchildren; and four great-grandchildren.

Her funeral will be held Thursday at 9 a.m. from the Shrewsbury chapel, followed by a Mass at 10 a.m. in St. Mary's Church. Burial in Mountain View Cemetery.""",
gold=[("WOR003", "survivor")]),

dict(guid="wor_qmc-roland-boucher-1241", pub="2026-03-10T11:05:00-04:00", title="Roland J. Boucher, 81",
body="""LEOMINSTER - Roland Joseph Boucher, 81, of Leominster, died peacefully on Saturday, March 7, 2026, at HealthAlliance Hospital, surrounded by his family.

Roland was born in Fitchburg on October 12, 1944, the son of the late Armand and Lucienne (Pelletier) Boucher, and was raised in the French Hill neighborhood, where French was spoken at home and at St. Joseph's School. He served in the U.S. Army in Germany and then worked thirty-six years as a mold maker in the Leominster plastics shops, retiring from Tucker Housewares in 2006.

He leaves his wife of 58 years, Marie Claire (Gagné) Boucher; his daughter, Lise Boucher-Côté and her husband Alain of Lunenburg; his son, Paul Boucher of Nashua, N.H.; his brother-in-law, Denis Thibault of Fitchburg; and six grandchildren, who called him Pépère.

A Mass of Christian Burial will be celebrated Thursday at 10 a.m. in St. Cecilia's Church, Leominster. Burial will be in St. Bernard's Cemetery, Fitchburg. Calling hours are Wednesday, 4 to 7 p.m., at the Leominster chapel.""",
gold=[("WOR005", "deceased_client"), ("WOR004", "spouse_of_deceased_client")]),

dict(guid="wor_qmc-lucien-cormier-1256", pub="2026-03-24T10:30:00-04:00", title="Lucien A. Cormier, 86",
body="""LEOMINSTER - Lucien Adrien Cormier, 86, of Leominster, died Friday, March 20, 2026, at his home.

Lucien was a barber on Main Street for fifty-two years and claimed to have cut the hair of three mayors and one Red Sox relief pitcher. He was a member of the Leominster Franco-American Club and Holy Family of Nazareth Parish.

He leaves his wife, Therese (Roy) Cormier; his daughters, Monique Cormier of Leominster and Suzanne Hebert of Westminster; and four grandchildren.

His funeral Mass will be Monday at 11 a.m. at Holy Family of Nazareth. Bearers will be his grandsons, Luc and Nathan Hebert, his nephew Gerard Cormier and his longtime customers Mark Desrosiers and Robert Lacasse. Burial in St. Cecilia's Cemetery.""",
gold=[]),   # Mark Desrosiers (WOR021) is a bearer: nothing

dict(guid="wor_qmc-raymond-gauthier-1262", pub="2026-04-07T09:20:00-04:00", title="Raymond P. Gauthier, 24",
body="""WEBSTER - Raymond Paul Gauthier, 24, of Webster, died unexpectedly on Thursday, April 2, 2026.

Ray grew up on the shores of Webster Lake, graduated from Bartlett High School in 2020 and was an apprentice electrician with IBEW Local 96. He was happiest ice fishing with his grandfather or working on his pickup truck.

He leaves his parents, Paul and Denise (Morin) Gauthier of Webster; his sister, Kayla Gauthier of Dudley; his grandparents, Ray and Jeannette Gauthier of Webster, for whom he was named; and his girlfriend, Alyssa Wrobel of Oxford.

Visiting hours are Tuesday from 4 to 8 p.m. at the Worcester chapel. A funeral Mass will be celebrated Wednesday at 10 a.m. at St. Louis Church, Webster.""",
gold=[("WOR019", "survivor")]),   # the 24-year-old namesake is not WOR019 (b. 1946, wife Jeannette)

dict(guid="wor_qmc-gerald-mcnamara-1270", pub="2026-04-21T10:45:00-04:00", title="Gerald F. McNamara, 73",
body="""FITCHBURG - Gerald Francis "Gerry" McNamara, 73, of Fitchburg, passed away on Sunday, April 19, 2026, at UMass Memorial HealthAlliance-Clinton Hospital after a brief illness.

Gerry was born in Fitchburg and spent his career with the Fitchburg Fire Department, retiring as a deputy chief in 2008. He coached CYO basketball at St. Bernard's for twenty years and was known for a sideline voice that could be heard from the parking lot.

He leaves his wife, Patricia (Lynch) McNamara; his sons, Brendan and Sean McNamara, both of Fitchburg; his brothers, James "Jim" McNamara of Lunenburg and Thomas McNamara of Gardner; and eight grandchildren.

A funeral Mass will be held Saturday at 10 a.m. at St. Bernard's Church. Burial with fire department honors will follow in Forest Hill Cemetery.""",
gold=[("WOR020", "survivor")]),   # roster Fitchburg; Lunenburg is adjacent, same family name
]
