"""Cayuga Lakeview & Fall Creek Funeral Chapel (Ithaca and Trumansburg): funeral-home site, HTML in content:encoded,
a one-sentence plain description. Hand-labelled (gold beside each text)."""

FEED = "fh"
ITEMS = [
dict(guid="ith_clfc_obit_2026_0112", pub="2026-02-27T10:15:00-05:00", title="María Elena Echeverría de Villalobos",
body="""María Elena Echeverría de Villalobos, 91, of Ithaca, formerly of Bogotá, Colombia, died peacefully on February 24, 2026, at the Lakeside nursing home, holding her rosary and with her family singing the pasillos she loved.

Born in Tunja in 1934, the daughter of Jorge Echeverría and Cecilia Rojas, she married Hernando Villalobos in 1959 and taught primary school in Bogotá for thirty-one years. She came to Ithaca in 2009 to live near her son and his family, and quickly became known at Immaculate Conception for her ajiaco, which she served to anyone who stood still long enough.

She is survived by her son, Rafael Villalobos Echeverría, and his wife, Marisol Quintanilla, of Ithaca; her daughter, Lucía Villalobos Echeverría, and her husband, Andrés Gómez, of Bogotá; and five grandchildren. She was preceded in death by her husband, Hernando, in 2004.

Le sobreviven sus hijos Rafael (Marisol) y Lucía (Andrés), y sus nietos Camila, Santiago, Daniela, Tomás y Valentina. Descanse en paz.

A Mass of Christian Burial will be celebrated Saturday at 11 a.m. at Immaculate Conception Church, Ithaca. Her ashes will be taken to Bogotá.""",
gold=[("ITH005", "survivor"), ("ITH006", "survivor")]),

dict(guid="ith_clfc_obit_2026_0131", pub="2026-03-19T09:40:00-04:00", title="Dale R. Kittle",
body="""Dale Robert Kittle, 70, of Interlaken, died March 16, 2026, at Strong Memorial Hospital in Rochester after a short illness, with his wife at his side.

Dale grew up on the family farm on the Kittle Road in the Town of Covert and never lived more than four miles from it. He drove a milk truck for Dairylea for twenty-eight years, served on the Interlaken Fire Department for forty, and could tell you which farm every heifer on Route 96 belonged to.

He is survived by his wife of 47 years, Bonnie (Coryell) Kittle; his sons, Travis (Amanda) Kittle of Lodi and Wade Kittle of Interlaken; his sister, MaryBeth Ostrander of Interlaken; his brother-in-law, Lemuel Throckmorton of Interlaken; and four grandchildren. He was predeceased by his parents, Robert and Verna Kittle, and his sister, Joyce Throckmorton.

Friends may call Friday from 4 to 7 p.m. at our Trumansburg chapel, 2 Main Street. A funeral service will be held Saturday at 11 a.m. at the Interlaken Reformed Church, the Rev. Carla Voss officiating, with burial in Lakeview Cemetery.""",
gold=[("ITH004", "survivor")]),

dict(guid="ith_clfc_obit_2026_0158", pub="2026-04-22T11:05:00-04:00", title="Thaddeus W. \"Thad\" Mugglestone",
body="""Thaddeus Wayne "Thad" Mugglestone, 22, of Freeville, died Saturday, April 18, 2026, in a single-car accident on Route 38 in the Town of Dryden.

Thad was a 2022 graduate of Dryden High School, where he wrestled at 170 pounds, and was finishing his second year in the diesel technology program at SUNY Morrisville. Named for his great-uncle, he spent every summer since he was nine on the family dairy farm on Fall Creek Road, and he could back a hay wagon into the barn faster than anyone in the family.

He is survived by his parents, Wayne and Kelly (Bostwick) Mugglestone of Freeville; his sister, Kaylee Mugglestone of Cortland; his grandmother, Joan Bostwick of McLean; his great-uncle and great-aunt, Tad and Corinne Mugglestone of Freeville, on whose farm he worked; and many cousins and friends. He was predeceased by his grandfather, Harlan Mugglestone.

Calling hours will be Thursday from 3 to 7 p.m. at our Ithaca chapel, 410 N Tioga Street. A funeral service will follow on Friday at 10 a.m. at the Freeville United Methodist Church.""",
gold=[("ITH011", "survivor"), ("ITH012", "survivor")]),

dict(guid="ith_clfc_obit_2026_0177", pub="2026-05-28T08:55:00-04:00", title="Arlene M. Hollenbeck",
body="""Arlene Margaret Hollenbeck, 97, of Moravia, died May 25, 2026, at the Cayuga County Nursing Home, two weeks short of her ninety-eighth birthday.

Born in Locke in 1928, the daughter of Frank and Ida Sill, Arlene married Lyle Hollenbeck in 1948 and kept the books for his feed store in Moravia for thirty-five years. She was a member of the Moravia Grange and the Congregational Church, and her sour-cream raisin pie won a blue ribbon at the Cayuga County Fair eleven times.

She is survived by her daughter, Gretchen (Pete) Ten Eyck of Groton; her son, Dennis Hollenbeck of Auburn; six grandchildren, including Anneke Ten Eyck; and nine great-grandchildren. She was predeceased by her husband, Lyle, in 1999, and by a son, Richard, in infancy.

A graveside service will be held Saturday at 2 p.m. at Indian Mound Cemetery, Moravia. Arrangements are by our Ithaca chapel.""",
gold=[("ITH009", "survivor"), ("ITH008", "survivor")]),

dict(guid="ith_clfc_obit_2026_0193", pub="2026-06-30T10:20:00-04:00", title="Siobhan M. O'Shaughnessy",
body="""Siobhan Marie O'Shaughnessy, 61, of Scranton, Pennsylvania, formerly of Ithaca, died June 26, 2026, at Geisinger Community Medical Center after a long illness.

Siobhan grew up on Ithaca's South Hill and graduated from Ithaca High School in 1983 before moving to Scranton, where she was a nurse at Moses Taylor Hospital for thirty years. She loved Irish dancing, the Scranton St. Patrick's Parade and her two corgis.

She is survived by her husband, Kevin Doherty, of Scranton; her daughters, Aoife and Niamh Doherty; and her brother, Declan O'Shaughnessy of Binghamton. She was predeceased by her parents, Patrick and Eileen O'Shaughnessy, of Ithaca.

A Mass of Christian Burial will be celebrated Wednesday at St. Peter's Cathedral in Scranton. Burial will be in Calvary Cemetery, Ithaca, on Friday at 1 p.m., with arrangements by our Ithaca chapel.""",
gold=[]),  # namesake: 61, Scranton, husband Kevin; client ITH007 is 53, lives in Dryden, no spouse

dict(guid="ith_clfc_obit_2026_0214", pub="2026-08-11T09:30:00-04:00", title="Gerald A. Pettengill",
body="""Gerald Alvin Pettengill, 84, of Newfield, a dairyman who farmed the same hollow his great-grandfather cleared, died August 8, 2026, at home.

Gerry milked Holsteins on Pettengill Hollow Road for fifty years and planted the old orchard that now supplies his grandson's cider mill. He served on the Newfield Town Board and the Newfield Fire Company, and never missed a Newfield Old Home Days parade.

He is survived by his wife of 61 years, Nancy (Dewitt) Pettengill; his daughter, Carol Pettengill Ames of Spencer; his grandsons, Josiah Pettengill of Newfield and Caleb Ames of Horseheads; and a great-granddaughter, Maisie.

A funeral service will be held Saturday at 11 a.m. at the Newfield Baptist Church. Bearers will be Josiah Pettengill, Caleb Ames, Pete Ten Eyck, Ron Dewitt, Lyle Sutphen and Gary Carpenter. Burial will follow in Newfield Rural Cemetery.""",
gold=[("ITH014", "survivor")]),  # Pete Ten Eyck (ITH008) is a bearer only: nothing

dict(guid="ith_clfc_obit_2026_0236", pub="2026-09-23T10:45:00-04:00", title="Everett J. \"Ev\" Quackenbush",
body="""Everett John "Ev" Quackenbush, 80, of Ithaca, died September 20, 2026, at Cayuga Medical Center, surrounded by his family.

Ev was born August 12, 1946, in Ithaca, the son of John and Hazel Quackenbush, and grew up on the Northside. After serving with the Navy Seabees in Vietnam, he spent thirty-four years as a machinist at Morse Chain and another ten keeping the boilers running at Cornell's central heating plant. He sang bass in the First Presbyterian choir, coached Little League on Ithaca's Northside, and knew the name of every fish in Cayuga Lake, including several he had invented.

He is survived by his wife of 54 years, Lorraine (Tichenor) Quackenbush; his daughter, Beth Quackenbush Orr (Michael) of Rochester; his son, Daniel Quackenbush of Ithaca; four grandchildren; and his brother, Roy Quackenbush of Elmira.

Friends may call Sunday from 2 to 5 p.m. at our Ithaca chapel, 410 N Tioga Street. A memorial service will be held Monday at 11 a.m. at First Presbyterian Church, Ithaca. Memorial gifts may be made to Hospicare of Tompkins County.""",
gold=[("ITH001", "deceased_client"), ("ITH002", "spouse_of_deceased_client")]),
]
