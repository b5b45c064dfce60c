"""Sperandeo & Cuomo Funeral Home (East Haven) and Dixwell Memorial Chapel (New Haven): the funeral-home group's
web site. HTML in content:encoded, a one-sentence teaser in description. Hand-labelled (gold beside each)."""

FEED = "fh"
ITEMS = [
dict(guid="hvn_fh_2026_0107", pub="2026-02-09T10:15:00-05:00", title="Dolores A. (Iannuzzi) Tagliaferro",
body="""Dolores A. (Iannuzzi) Tagliaferro, 87, of East Haven, passed away peacefully on February 6, 2026, surrounded by her loving family. She was the beloved wife of the late Pasquale "Pat" Tagliaferro, who predeceased her in 2011.

Dolores was born in New Haven on November 22, 1938, to the late Alfonso and Filomena (DeLucia) Iannuzzi, and grew up on Chapel Street in Wooster Square. She graduated from Hillhouse High School and worked for 31 years at the Southern New England Telephone Company before retiring to devote herself to her grandchildren and her garden, where her fig tree was wrapped every November without fail. She was a faithful communicant of St. Vincent de Paul Church and a member of its Ladies' Guild.

She is survived by her daughter, Rose Marie Vitagliano of Hamden; her son, Anthony Tagliaferro and his wife Gina of North Branford; her grandchildren, Nicole, Paul, Marissa and Anthony Jr.; her great-grandson, Luca; and many nieces and nephews. She was predeceased by her son-in-law, Carmine Vitagliano, and by her brothers, Ralph and Sabato Iannuzzi.

Friends may call on Thursday from 4 to 7 p.m. at Sperandeo & Cuomo Funeral Home, 150 Main Street, East Haven. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Vincent de Paul Church. Entombment will follow in All Saints Mausoleum. In lieu of flowers, donations may be made to the Connecticut Hospice, Branford.""",
gold=[("HVN003", "deceased_client"), ("HVN015", "survivor")]),

dict(guid="hvn_fh_2026_0121", pub="2026-02-23T09:40:00-05:00", title="Carmela (Pagliaro) DeMaio",
body="""Carmela (Pagliaro) DeMaio, 93, of North Haven, entered into eternal rest on Saturday, February 21, 2026, at Whitney Center. She was the wife of the late Joseph DeMaio for 58 years.

Born in Amalfi, Italy, Carmela came to New Haven at the age of nine and never lost the accent, the recipes or the opinions. She and Joe ran DeMaio's Market on Grand Avenue for four decades, where she extended credit to half of Fair Haven and remembered every penny of it. She was a member of the Santa Maria Maddalena Society.

Carmela is survived by her sister, Mrs. Salvatore (Connie) Abbruzzese of New Haven; her sons, Joseph DeMaio Jr. and his wife Patricia of North Haven and Michael DeMaio of Naples, Florida; five grandchildren and three great-grandchildren. She was predeceased by her brothers, Vincent and Dominic Pagliaro.

Calling hours will be held Wednesday from 9 to 10:30 a.m. at Sperandeo & Cuomo Funeral Home, East Haven, followed by a Mass of Christian Burial at 11 a.m. at St. Michael Church, Wooster Square. Burial will be in St. Lawrence Cemetery, West Haven.""",
gold=[("HVN002", "survivor"), ("HVN001", "survivor")]),

dict(guid="hvn_fh_2026_0146", pub="2026-03-30T11:05:00-04:00", title="Vincent R. D'Errico",
body="""Vincent R. D'Errico, 77, of Branford, passed away on March 27, 2026, at Yale New Haven Hospital after a courageous battle with cancer. He was the husband of 49 years of Joanne (Scarpa) D'Errico.

Vinny was born in New Haven to the late Gaetano and Lucia D'Errico and graduated from Wilbur Cross High School in 1966. He served with the U.S. Navy aboard the USS Saratoga and then spent 35 years as a lineman for United Illuminating, which meant he spent a great many storms up a pole while everyone else was indoors. He loved the Branford Point beach, his boat the "Lucia D." and a good argument about the Yankees.

In addition to his wife, Vincent is survived by his children, Gina Pellegrino (Mark) of Guilford and Vincent D'Errico Jr. of Branford; his brother, Guy D'Errico and his wife Linda of North Haven; and six grandchildren.

Friends may call Thursday from 5 to 8 p.m. at Sperandeo & Cuomo Funeral Home, 150 Main Street, East Haven. A Mass of Christian Burial will be celebrated Friday at 10:30 a.m. at St. Mary Church, Branford. Burial with military honors will follow at Center Cemetery.""",
gold=[("HVN016", "survivor")]),

dict(guid="hvn_fh_2026_0152", pub="2026-01-14T10:30:00-05:00", title="Dermot Kieran Houlihan",
body="""Dermot Kieran Houlihan, 24, of West Haven, died suddenly on January 10, 2026.

Dermot was a 2020 graduate of Notre Dame High School, where he played midfield for the Green Knights, and had just completed his apprenticeship with Pipefitters Local 777. He could fix anything with an engine, and usually did so while singing badly. He loved the shore at Savin Rock, his nephews and his dog, Murphy.

He is survived by his parents, Kieran and Siobhan (Flood) Houlihan of West Haven; his sisters, Aoife Houlihan of Boston and Niamh Cardone (Steven) of Milford; his nephews, Rory and Declan; his grandmother, Eileen Flood of Galway, Ireland; and his girlfriend, Kayla Moriarty.

Friends may call Friday from 4 to 8 p.m. at Sperandeo & Cuomo Funeral Home, East Haven. A Mass of Christian Burial will be held Saturday at 10 a.m. at St. Lawrence Church, West Haven. Burial will follow in St. Lawrence Cemetery.""",
gold=[]),  # young namesake of HVN004 (b. 1956, married to Brigid): survived by parents, no spouse -> nothing

dict(guid="hvn_fh_2026_0188", pub="2026-05-11T09:20:00-04:00", title="Michael J. Lombardozzi",
body="""Michael J. Lombardozzi, 68, of Wallingford, passed away on May 8, 2026, at MidState Medical Center. He was the husband of Susan (Brandi) Lombardozzi.

Mike retired in 2020 after 40 years as a machinist at Ulbrich Stainless Steels and spent his retirement coaching Wallingford Little League and losing gracefully at bocce. He is survived by his wife; his daughters, Angela Lombardozzi and Christina Russo (Paul), both of Wallingford; and four grandchildren.

Friends may call Wednesday from 4 to 7 p.m. at Sperandeo & Cuomo Funeral Home, East Haven. A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at Most Holy Trinity Church, Wallingford. Bearers will be his nephews Paul and Matthew Lombardozzi and his lifelong friends Ted Przybylski Jr., Richard Kowalski, Frank Annunziata and Joseph Mastroianni.""",
gold=[]),  # HVN012 Ted Przybylski Jr. is a pallbearer only -> nothing

dict(guid="hvn_fh_2026_0204", pub="2026-01-26T12:00:00-05:00", title="Homegoing Celebration: Deacon Clarence Pettaway",
body="""Deacon Clarence Pettaway, 85, of New Haven, answered the Master's call on Tuesday, January 20, 2026, at Yale New Haven Hospital.

Clarence was born in Greenville, North Carolina, on March 2, 1940, the fourth of nine children of the late Rev. Isaiah and Mattie Pettaway, and came north to New Haven in 1958. He worked 34 years at the Winchester Repeating Arms plant and later as a custodian for New Haven Public Schools, where children at Wexler-Grant called him "Mr. P." He served Immanuel Missionary Baptist Church for over fifty years as a deacon, trustee and bass in the Men's Chorus.

He leaves to cherish his memory his devoted wife of 61 years, Lillie Mae Pettaway; his daughters, Sharon Pettaway-Greene (Marvin) of Bloomfield and Denise Pettaway of New Haven; his sister, Mother Odessa Threadgill of New Haven; his nephew, Reggie Threadgill (Yvette) of Hamden; a host of grandchildren, great-grandchildren, nieces, nephews, church family and friends. He was preceded in death by his brothers, Isaiah Jr., Roosevelt and James.

Viewing will be held Saturday from 9 to 11 a.m. at Immanuel Missionary Baptist Church, 1324 Dixwell Avenue, Hamden, followed by the Homegoing Service at 11 a.m., Rev. Dr. Lionel Banks, eulogist. Interment at Beaverdale Memorial Park. Services entrusted to Dixwell Memorial Chapel.""",
gold=[("HVN007", "survivor"), ("HVN008", "survivor")]),
]
