"""Omaha Courier-Register obituaries: metro daily, legacy-style titles, plain text. Hand-labelled."""

FEED = "cr"
ITEMS = [
dict(guid="oma_cr_obit_2026_20417", pub="2026-01-22T05:30:00-06:00", title="Bridget Mulcahy Obituary (1931 - 2026) - Omaha, NE - Omaha Courier-Register",
body="""MULCAHY, Bridget Ann (Keating)

Age 94, of Omaha, died peacefully January 19, 2026, surrounded by her family and, she would have wanted it noted, a very good priest.

Bridget was born in County Mayo, Ireland, and came to Omaha in 1949 to keep house for an uncle in the Gifford Park neighborhood, where she met Patrick Mulcahy at a dance at the Ancient Order of Hibernians hall. They were married for 58 years. She worked 30 years in the dietary department of St. Joseph Hospital, never missed the Creighton Prep-Omaha Central game, and could say the whole rosary in Irish.

Survived by her daughter, Kathleen "Kate" (Dennis) McGreevy of Omaha; sons, Michael Mulcahy (Theresa) of Kansas City and Brian Mulcahy of Omaha; 11 grandchildren and 8 great-grandchildren. Preceded in death by husband, Patrick, in 2008, and daughter, Nora.

Vigil service 6 p.m. Monday at Coyle & Lynch Funeral Home, 78th and Dodge. Mass of Christian Burial 10 a.m. Tuesday at St. Margaret Mary Church, Deacon Martin Scanlan assisting. Interment Holy Sepulchre Cemetery. Memorials to the St. Vincent de Paul Society.""",
gold=[("OMA006", "survivor"), ("OMA005", "survivor")]),

dict(guid="oma_cr_obit_2026_20588", pub="2026-03-30T05:30:00-05:00", title="Cornelius Brannigan Obituary (1939 - 2026) - Council Bluffs, IA - Omaha Courier-Register",
body="""BRANNIGAN, Cornelius Joseph "Neil"

Age 86, of Council Bluffs, died March 27, 2026, at Jennie Edmundson Hospital, one week after telling his nurses that he intended to see one more St. Patrick's Day and then he would think about it.

Neil was born in Council Bluffs, the oldest of six children of John and Mary (Quinn) Brannigan, and graduated from St. Albert High School in 1957. He worked 41 years as a switchman for the railroad and was for three decades the unofficial mayor of the Fourth Street tavern that his grandfather had opened in 1910. He was a member of St. Peter's Catholic Church, the Knights of Columbus Council 1385, and the Ancient Order of Hibernians, and marched in every St. Patrick's parade on both sides of the river.

Survived by his son, Thomas "Tom" Brannigan (Lori) of Council Bluffs; daughter, Maureen Kealy (Sean) of Omaha; sister, Peggy O'Dowd of Carter Lake; nine grandchildren and a large extended family. Preceded in death by his wife, Joan (Tracy) Brannigan, and brothers, John, Francis and Edward.

Visitation 4-7 p.m. Wednesday with a Rosary at 6:30 at Loess Bluffs Funeral Home, 1st Avenue, Council Bluffs. Mass of Christian Burial 10 a.m. Thursday at St. Peter's Catholic Church. Interment St. Joseph Cemetery with military honors.""",
gold=[("OMA008", "survivor"), ("OMA007", "survivor")]),

dict(guid="oma_cr_obit_2026_20702", pub="2026-05-05T05:30:00-05:00", title="Dennis McGreevy Obituary (1988 - 2026) - Grand Island, NE - Omaha Courier-Register",
body="""McGREEVY, Dennis Michael

Age 37, of Grand Island, died suddenly April 30, 2026. Denny was born in Hastings and graduated from Grand Island Central Catholic in 2006 and from UNK with a degree in agribusiness. He worked as a seed sales agronomist across central Nebraska and coached his daughters' softball teams.

Survived by wife, Amanda (Reiter) McGreevy; daughters, Brynn and Tessa; parents, Michael and Sue McGreevy of Hastings; brother, Kyle (Jenna) McGreevy of Kearney. Mass of Christian Burial 10 a.m. Saturday at St. Mary's Cathedral, Grand Island. Memorials to the girls' education fund.""",
gold=[]),

dict(guid="oma_cr_obit_2026_20811", pub="2026-06-15T05:30:00-05:00", title="Francis Scanlan Obituary (1955 - 2026) - Omaha, NE - Omaha Courier-Register",
body="""SCANLAN, Francis Xavier "Frankie"

Age 70, of Omaha, died June 11, 2026, at Nebraska Medicine after a long fight with ALS, which he met, as he met everything, with a bad joke and a Creighton Bluejays cap.

Frankie grew up in St. Cecilia's parish, the second of eight children of Daniel and Rose (Delaney) Scanlan, and graduated from Creighton Prep in 1973. He was a union electrician with IBEW Local 22 for 38 years, coached CYO basketball at St. Cecilia for a quarter century, and never missed the Hibernians' St. Patrick's Day breakfast.

Survived by his wife of 44 years, Nancy (Gorman) Scanlan; children, Brendan (Tara) Scanlan of Elkhorn, Molly (Chris) Haller of Bennington and Kevin Scanlan of Chicago; seven grandchildren; brothers and sisters, Deacon Martin "Marty" (Colleen) Scanlan of Omaha, Eileen Dunphy of Kansas City, Joseph Scanlan of Denver, Ann Marie Kresl of Ralston and Patrick Scanlan of Phoenix. Preceded in death by parents, brother Daniel Jr. and sister Rosemary.

Vigil service 7 p.m. Thursday at Coyle & Lynch Funeral Home, 78th and Dodge. Mass of Christian Burial 10 a.m. Friday at St. Cecilia Cathedral, Father Liam Dwyer celebrant. Memorials to the ALS in the Heartland association.""",
gold=[("OMA017", "survivor")]),
]
