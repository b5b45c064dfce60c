"""Heartland Tributes syndication feed (HTML in description and content:encoded). Hand-labelled."""

FEED = "htrib"
ITEMS = [
dict(guid="htrib-2026-00412", pub="2026-01-13T09:00:00-06:00", title="Jean Marie Dubois (1941 - 2026) - Holden, MA",
body="""Jean Marie Dubois (née Kowalski), 84, of Holden, Massachusetts, passed away on January 10, 2026, at home with her family around her.

Jean was born in Worcester on August 2, 1941, to Stanley and Sophie Kowalski. She was a bookkeeper for the Holden Hills Dairy for 27 years and sang in the choir at St. Mary's Parish for four decades.

She is survived by her husband of 61 years, Robert Dubois; her daughter Anne (Mark) Pratt of Rutland; her son Daniel Dubois of Worcester; four grandchildren; and her sister Irene Mazur of Chicopee.

Calling hours are Wednesday, 4-7 p.m., at the Ahlstrom-Kerr Funeral Home, Holden; a funeral Mass follows Thursday at 10 a.m. at St. Mary's.""",
gold=[]),  # second copy of bvt-obit-2026-0118: labelled on the earlier copy only

dict(guid="htrib-2026-00457", pub="2026-01-20T09:00:00-06:00", title="Adelheid \"Heidi\" Ottmers (1932 - 2026) - Fredericksburg, TX",
body="""Adelheid Marie "Heidi" Ottmers, née Wahrmund, was born on March 4, 1932, on the family farm near Stonewall, the daughter of Emil and Lina Wahrmund. She was baptized and confirmed at St. Paul Lutheran Church and remained a faithful member all her life. She departed this life on January 17, 2026, at the age of 93.

On June 12, 1951, she married Erwin Ottmers at St. Paul Lutheran. Together they raised cattle and peaches on the Pedernales, and for forty years Heidi's peach cobbler won a ribbon at the Gillespie County Fair.

She is survived by her sons, Ernest (Doris) Ottmers of Fredericksburg and Hugo (Ann) Ottmers of Boerne; her sister, Loretta Weinheimer of Stonewall; her grandchildren, Kurt Lindemann of Fredericksburg, Sabine Ottmers of Austin and Jakob Ottmers of Boerne; and six great-grandchildren.

She was preceded in death by her husband, Erwin, in 2009; her parents; and her brothers, Alfred and Otto Wahrmund.

Funeral services will be held Friday at 2 p.m. at St. Paul Lutheran Church, with Pastor Dieter Riemenschneider officiating. Interment will follow in Der Stadt Friedhof. Memorials may be given to the church's building fund.""",
gold=[("R075", "survivor"), ("R076", "survivor"), ("R077", "survivor"), ("R093", "survivor")]),

dict(guid="htrib-2026-00498", pub="2026-02-04T09:00:00-06:00", title="María Elena Salinas de Treviño (1943 - 2026) - Kerrville, TX",
body="""María Elena Salinas de Treviño, 82, of Kerrville, entered into eternal rest on Saturday, January 31, 2026, surrounded by her loving family. She was born on September 9, 1943, in Del Rio, Texas, to Jesús Salinas and Refugio Garza.

Doña María Elena was a devoted wife, mother and abuelita. She worked for many years in the kitchen at the Kerrville state hospital and was a member of the Guadalupanas at Our Lady of Guadalupe Catholic Church, where she helped make tamales for every jamaica.

Le sobreviven / she is survived by her sons, Jesús Treviño (Norma) of Kerrville and Roberto Treviño (Alicia) of San Antonio; her daughter, Graciela Treviño Luna of Uvalde; eleven grandchildren; and nine great-grandchildren.

She was preceded in death by her husband, Roberto Treviño Sr.; her parents; and her brother, Ramiro Salinas.

A rosary will be recited Tuesday at 7 p.m. at the Hill Country Funeral Chapel. A funeral Mass will be celebrated Wednesday at 10 a.m. at Our Lady of Guadalupe Catholic Church, with burial at Garden of Memories.""",
gold=[("R078", "survivor"), ("R079", "survivor")]),

dict(guid="htrib-2026-00531", pub="2026-02-18T09:00:00-06:00", title="Alvin Kuhlmann (1936 - 2026) - Fredericksburg, TX",
body="""Alvin Edwin Kuhlmann, 89, of Fredericksburg, passed away on February 15, 2026. He was born on May 1, 1936, in Gillespie County to Arthur and Frieda Kuhlmann.

Alvin served two years in the U.S. Army and then spent 38 years as a rural mail carrier, delivering to the same ranch boxes along the Willow City Loop. He was a member of Bethany Lutheran Church and a fixture at the Saturday domino table at the Sons of Hermann hall.

He is survived by his daughter, Betty Lou (Walter) Henke of Fredericksburg; his son, Dennis Kuhlmann of Harper; five grandchildren; and eight great-grandchildren. He was preceded in death by his wife of 63 years, Hilda, and by his sister, Erna.

Services will be held Saturday at 11 a.m. at Bethany Lutheran Church with Pastor Ruth Lehne officiating.""",
gold=[("R083", "survivor"), ("R084", "survivor")]),

dict(guid="htrib-2026-00566", pub="2026-03-02T09:00:00-06:00", title="Carl Matthew Stehling (2006 - 2026) - Kerrville, TX",
body="""Carl Matthew Stehling, 19, of Kerrville, died on February 26, 2026, as the result of a car accident on Highway 16.

Carl was born in Kerrville on July 8, 2006, and graduated from Tivy High School in 2024, where he played baseball. He was studying welding at the technical college and working weekends at a feed store.

He is survived by his parents, Mark and Tina Stehling of Kerrville; his sister, Haley Stehling; his grandparents, Dean and Patsy Stehling of Ingram and Gloria Weiss of Comfort; and his girlfriend, Kaylee Burt.

A celebration of his life will be held Saturday at 1 p.m. at Trinity Baptist Church.""",
gold=[]),

dict(guid="htrib-2026-00580", pub="2026-03-04T09:00:00-08:00", title="Evelyn Ruth Marsh (1930 - 2026) - Cottage Grove, OR",
body="""Evelyn Ruth Marsh, 95, of Cottage Grove, died peacefully on February 28, 2026, at her home on Main Street, where she had lived since 1956.

Evelyn was born June 11, 1930, in Drain, Oregon, to Henry and Clara Pitts. She married Lloyd Marsh in 1950; he died in 2004. She taught second grade in Cottage Grove for 32 years and was still tutoring readers at the library at 90.

She is survived by her daughter, Carol Marsh Fenwick of Bend; her son, Gary Marsh of Roseburg; five grandchildren; and eight great-grandchildren.

A memorial service will be held at Cottage Grove Community Church on March 14 at 2 p.m.""",
gold=[("R132", "deceased_client")]),

dict(guid="htrib-2026-00602", pub="2026-03-09T09:00:00-07:00", title="Virginia Antone (1953 - 2026) - Sells, AZ",
body="""Virginia Antone, 72, of Sells, a member of the Tohono O'odham Nation, went home to her ancestors on March 5, 2026.

She was born in the village of Topawa on October 14, 1953, to Joseph and Rosalie Antone. She was a basket weaver whose yucca and bear-grass baskets are held in museum collections, and she taught the O'odham language to children at the community school for many years.

She is survived by her son, Delbert Antone of Tucson; her daughter, Rena Antone-Garcia of Sells; her sister, Lorena Manuel of Sahuarita; eight grandchildren; and many relatives in the villages.

She was preceded in death by her husband, Francis Lopez, her parents, and her brother, Marcus Antone.

A wake will be held at the family home in Sells on Tuesday evening, with a rosary at 8 p.m. Burial will be Wednesday morning at the Topawa village cemetery.""",
gold=[("R099", "survivor"), ("R100", "survivor")]),

dict(guid="htrib-2026-00644", pub="2026-03-23T09:00:00-07:00", title="Harold Dean Jessup (1937 - 2026) - Green Valley, AZ",
body="""Harold Dean Jessup, 88, of Green Valley, formerly of Mansfield, Ohio, died March 19, 2026, at home.

Hal was born November 20, 1937, in Mansfield, to Clarence and Edith Jessup. He taught industrial arts at Mansfield Senior High for 33 years before he and his wife moved to Arizona in 1999, where he took up woodturning and birdwatching on the Santa Cruz River.

He is survived by his wife of 63 years, Marilyn; his sons, Craig Jessup of Columbus, Ohio, and Brent Jessup of Phoenix; and four grandchildren. He was preceded in death by his brother, Donald.

The family thanks Dr. Anil Mehta and the staff of Sonoran Rose Hospice for their compassionate care. A memorial service will be held at Valley Presbyterian Church on April 4 at 10 a.m.""",
gold=[("R101", "deceased_client"), ("R102", "spouse_of_deceased_client")]),

dict(guid="htrib-2026-00689", pub="2026-04-07T09:00:00-07:00", title="Francisco \"Pancho\" Ochoa (1950 - 2026) - Tucson, AZ",
body="""Francisco "Pancho" Ochoa, 75, of Tucson, passed away on April 2, 2026, surrounded by family. He was born in Tucson's Barrio Hollywood on December 3, 1950, to Ignacio Ochoa and Dolores Ruiz.

Pancho was a Vietnam veteran and worked for 30 years for the city water department. He sang in the mariachi at St. Margaret's and grilled carne asada for every birthday in the family.

He is survived by his wife, Yolanda; his sons, Frank and Daniel Ochoa; his sisters, Lupe Ochoa of Tucson and Carmen Ochoa Valdez of Nogales; his niece, Gloria Estrada of Sahuarita; and many grandchildren, nieces and nephews.

A rosary will be recited Thursday at 6 p.m. at St. Margaret Mary Catholic Church, with a funeral Mass Friday at 10 a.m. Burial will be at Holy Hope Cemetery.""",
gold=[("R095", "survivor"), ("R103", "survivor")]),

dict(guid="htrib-2026-00715", pub="2026-04-21T09:00:00-07:00", title="Marjorie Lundquist (1936 - 2026) - Oro Valley, AZ",
body="""Marjorie Jean Lundquist, 90, of Oro Valley, died on April 17, 2026. She was born in Rockford, Illinois, on February 2, 1936, to Swedish parents.

Marjorie moved to Arizona in 1988 with her husband, Carl, who died in 2012. She volunteered at the Tohono Chul gardens for two decades and never missed the Oro Valley farmers' market.

She is survived by her son, Ken Lundquist of Oro Valley; her daughter, Karin Lundquist Abbott of Denver; and three grandchildren. A memorial will be held at Shepherd of the Hills Lutheran Church on May 2.""",
gold=[("R104", "survivor")]),

dict(guid="htrib-2026-00750", pub="2026-05-06T09:00:00-07:00", title="Ignacio Villalobos (1930 - 2026) - Marana, AZ",
body="""Ignacio Villalobos, 95, of Marana, passed away peacefully on May 2, 2026, at the home of his son.

Born in Magdalena, Sonora, on August 1, 1930, Don Nacho came to the Marana cotton fields as a young man and later farmed his own forty acres along the Santa Cruz. He was a founding member of St. Christopher Catholic Church.

He is survived by his son, Ramon (Teresa) Villalobos of Marana; his daughters, Elvira Villalobos of Tucson and Cecilia Villalobos Soto of Casa Grande; fourteen grandchildren; and twenty-one great-grandchildren. He was preceded in death by his wife of 60 years, Amparo.

Rosary and Mass will be held Monday at 10 a.m. at St. Christopher Catholic Church, Marana.""",
gold=[("R096", "survivor"), ("R097", "survivor")]),

dict(guid="htrib-2026-00791", pub="2026-05-19T09:00:00-05:00", title="Thomas \"Tom\" Hargreaves (1954 - 2026) - Florence, AL",
body="""FLORENCE, Ala. - Thomas "Tom" Hargreaves, 71, of Florence, Alabama, died on May 15, 2026, at Eliza Coffee Memorial Hospital.

Tom was born in Sheffield, Alabama, on August 2, 1954. He worked for 36 years at Shoals Steel Fabricators and was a deacon at Wood Avenue Church of Christ.

He is survived by his wife, Brenda; his daughters, Leigh Ann Hargreaves Cobb and Tara Hargreaves, both of Florence; and four grandchildren. Services will be Saturday at 11 a.m. at Wood Avenue Church of Christ.""",
gold=[]),

dict(guid="htrib-2026-00830", pub="2026-06-03T09:00:00-07:00", title="Doris Hoskins (1946 - 2026) - Eugene, OR",
body="""Doris Mae Hoskins, 79, of Eugene, passed away on May 29, 2026, at RiverBend hospital after a short illness.

Born in Coos Bay on October 21, 1946, Doris worked for 28 years as a cook at a Eugene elementary school and knitted hats for every newborn at the hospital for a decade.

She is survived by her son, Brian Hoskins of Eugene; her sister, Alice Van Dyke of Veneta; her nephew, Neil Van Dyke of Eugene; and two grandchildren, Tyler and Megan Hoskins. She was preceded in death by her husband, Wayne Hoskins, in 2015.

A celebration of life will be held June 13 at 1 p.m. at the Willamette Grange hall.""",
gold=[("R131", "survivor"), ("R138", "survivor")]),

dict(guid="htrib-2026-00861", pub="2026-06-16T09:00:00-05:00", title="Clayton Fritsche Sr. (1946 - 2026) - Kerrville, TX",
body="""Clayton August Fritsche Sr., 80, of Kerrville, passed away on June 12, 2026. He was born January 3, 1946, in Comfort, Texas, to August and Martha Fritsche.

Clayton ran Fritsche Feed & Seed on Junction Highway for 45 years and served on the Kerr County Fair board. He was a member of Zion Lutheran Church.

He is survived by his son, Clayton Fritsche Jr. of Kerrville; his daughter, Marla Fritsche Dietert of Center Point; six grandchildren; and his brother, Rudy Fritsche of Comfort. He was preceded in death by his wife, Irene.

Services will be held Tuesday at 10 a.m. at Zion Lutheran Church, Kerrville, with Pastor Matthias Wendt officiating.""",
gold=[("R087", "survivor")]),

dict(guid="htrib-2026-00894", pub="2026-06-29T09:00:00-07:00", title="Gladys Furlong (1941 - 2026) - Junction City, OR",
body="""Gladys Irene Furlong, 84, of Junction City, died peacefully on June 25, 2026. She was born on a grass-seed farm near Harrisburg on September 5, 1941.

Gladys was a Grange member for 60 years and sold her jams at the Scandinavian Festival every August. She is survived by her nephew, Roy Furlong of Salem; her cousins in Minnesota; and her dear friend Amy Whitcomb of Junction City, who looked in on her every day for the last six years and was with her at the end. She was preceded in death by her husband, Leonard Furlong.

A graveside service will be held at Luper Cemetery on July 8.""",
gold=[("R134", "survivor")]),

dict(guid="htrib-2026-00920", pub="2026-07-14T09:00:00-05:00", title="Otto Klier (1936 - 2026) - Comfort, TX",
body="""Otto Heinrich Klier, 90, of Comfort, passed away on July 10, 2026. He was born in Comfort on April 19, 1936, the son of Heinrich and Emma Klier.

Otto was a stonemason who restored many of the old limestone houses along High Street. He is survived by his wife, Erna; his sons, Hans Klier of Boerne and Frank Klier of San Antonio; and seven grandchildren.

Services will be held Saturday at 10 a.m. at St. Boniface Episcopal Church in Comfort.""",
gold=[]),

dict(guid="htrib-2026-00953", pub="2026-08-04T09:00:00-07:00", title="Bernadette Lujan (1958 - 2026) - Tucson, AZ",
body="""Bernadette Lujan, 67, of Tucson, passed away on July 31, 2026. She was born in Tucson on November 30, 1958.

Bernie was a 911 dispatcher for the Tucson Police Department for 29 years. She is survived by her husband, Arturo Lujan; her daughters, Monica and Veronica Lujan; and her grandson, Mateo. A funeral Mass will be held at Santa Cruz Catholic Church on August 8 at 9 a.m.""",
gold=[]),

dict(guid="htrib-2026-00988", pub="2026-08-25T09:00:00-07:00", title="Walter \"Walt\" Brinkman (1948 - 2026) - Florence, OR",
body="""Walter "Walt" Brinkman, 77, of Florence, died on August 20, 2026, at Peace Harbor hospital.

Walt was born in Portland on December 1, 1948, and fished out of the Siuslaw for thirty years on his boat, the Marianne. He is survived by his wife, Marianne Brinkman of Florence; his daughter, Kelly Brinkman of Newport; and two grandchildren.

A celebration of life will be held at the Florence Elks Lodge on September 5. A eulogy will be given by his longtime deckhand, Patrick Doherty of Springfield.""",
gold=[]),
]
