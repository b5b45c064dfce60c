"""The Copper Range Gazette (Houghton): daily-newspaper obituaries, plain text. Hand-labelled."""

ITEMS = [
dict(guid="cmx_crg_obit_20260114_01", pub="2026-01-14T06:10:00-05:00", title="Sulo W. Heikkila",
body="""Sulo Waino Heikkila, 88, of Tapiola, died Sunday, Jan. 11, 2026, at Aspirus Keweenaw Hospital in Laurium.

He was born Aug. 2, 1937, in Tapiola, the son of Matt and Hilja (Koski) Heikkila, and farmed the home place on Tapiola Road his whole life. He cut pulp every winter until he was 80, took a sauna every Saturday night without fail, and never missed a Sunday at Bethany Lutheran Church in Tapiola.

He is survived by his daughter, Aili (Ted) Rautakoski of Hancock; his son, Raymond (Sharon) Heikkila of Pelkie; five grandchildren; and nine great-grandchildren.

He was preceded in death by his wife of 58 years, Impi (Koski) Heikkila; his brothers, Arne and Onni; and his sister, Siiri Lampinen.

Funeral services will be held at 11 a.m. Saturday at Bethany Lutheran Church, Tapiola, with Pastor Lauri Vainio officiating. Pallbearers will be his grandsons and Joe Rastello. Burial will be in the spring at Tapiola Cemetery. Memorials may be directed to the Tapiola Fire Department.""",
gold=[("CMX002", "survivor"), ("CMX001", "survivor")]),

dict(guid="cmx_crg_obit_20260311_02", pub="2026-03-11T06:05:00-04:00", title="Eino K. Pellinen",
body="""Eino Kaarlo Pellinen, 86, of Chassell, passed away peacefully at home on Monday, March 9, 2026, surrounded by his family.

Eino was born May 14, 1939, in Pelkie, to Kaarlo and Saima (Maki) Pellinen. He graduated from Chassell High School in 1957 and worked 34 years as a machinist at the Houghton County Road Commission garage. He married Lempi Niemela on June 16, 1962, at St. Peter's Lutheran Church in Chassell. He was a fixture at the Chassell Strawberry Festival, played the accordion at every Juhannus bonfire, and said that the only proper sauna was a wood-fired one.

He is survived by his wife of 63 years, Lempi (Niemela) Pellinen; his sons, Mark (Debra) Pellinen of Chassell and David Pellinen of Marquette; his daughter, Kathy (Steve) Luoma of Negaunee; his nephew, Arvo (Sandy) Hautamaki of Baraga; seven grandchildren; and four great-grandchildren.

He was preceded in death by his parents, his brother, Toivo Pellinen, and his sister, Aune Rajala.

A funeral service will be held at 11 a.m. Saturday, March 14, at St. Peter's Lutheran Church, Chassell, with the Rev. Anna Korpela officiating. Visitation will be one hour prior. Interment will be at Chassell Cemetery in the spring. The Portage Lake Memorial Chapel of Hancock is assisting the family.""",
gold=[("CMX003", "deceased_client"), ("CMX004", "spouse_of_deceased_client"), ("CMX014", "survivor"),
      ("CMX015", "survivor")]),

dict(guid="cmx_crg_obit_20260402_03", pub="2026-04-02T06:15:00-04:00", title="Joseph M. 'Joey' Rastello",
body="""Joseph Michael "Joey" Rastello, 19, of Laurium, died Sunday, March 29, 2026, as the result of a snowmobile accident near Gay.

Joey was born Jan. 6, 2007, in Laurium, the son of Paul and Gina (Lucchesi) Rastello. He graduated from Calumet High School in 2025, where he played hockey for the Copper Kings, and was working for his father's excavating company. He loved his sled, his dog Moose and his little sisters.

He is survived by his parents, Paul and Gina Rastello of Laurium; his sisters, Sophia and Ella, at home; his grandparents, Dominic and Rose Rastello of Calumet and Linda Lucchesi of Hancock; and many aunts, uncles and cousins.

A Mass of Christian Burial will be celebrated at 11 a.m. Saturday at St. Paul the Apostle Church, Calumet. Burial will be at Lake View Cemetery in the spring.""",
gold=[]),

dict(guid="cmx_crg_obit_20260415_04", pub="2026-04-15T06:00:00-04:00", title="Wilfred J. Penhale",
body="""Wilfred James Penhale, 81, of Mineral Point, Wis., died Saturday, April 11, 2026, at Upland Hills Health in Dodgeville, Wis.

He was born in Mineral Point on Sept. 3, 1944, to Cornish immigrants William and Edith (Trezona) Penhale, and kept the family's stone house on Shake Rag Street for sixty years. He taught industrial arts at Mineral Point High School for 33 years.

He is survived by his wife, Doris Penhale of Mineral Point; his son, Brian (Lisa) Penhale of Madison; and three grandchildren. Relatives in the Copper Country will remember his visits to the Keweenaw every August.

Funeral services will be held in Mineral Point. Arrangements by Gorgen-Bonner Funeral Home of Mineral Point.""",
gold=[]),

dict(guid="cmx_crg_obit_20260506_05", pub="2026-05-06T06:20:00-04:00", title="Paavo E. Lindroos",
body="""Paavo Emil Lindroos, 93, of Hancock, died Monday, May 4, 2026, at Houghton County Medical Care Facility.

Paavo was born Nov. 18, 1932, in Hancock to Emil and Lydia Lindroos. He served in the U.S. Army in Korea and then spent 38 years at the Quincy smelter and later the Hancock post office. He sang bass in the choir at Gloria Dei Lutheran Church for fifty years and sang Finnish hymns to his great-grandchildren.

He is survived by his son, Erik (Marcia) Lindroos of Lansing; his grandson, Dr. Paavo Lindroos of Hancock, who was named for him and cared for him in his final years; his granddaughter, Anna Lindroos of Minneapolis; and three great-grandchildren.

He was preceded in death by his wife, Helvi, in 2011.

Funeral services will be held at 1 p.m. Friday at Gloria Dei Lutheran Church, Hancock, with Pastor Lauri Vainio officiating. Military honors will be accorded by the Hancock American Legion. Burial will be at Lakeside Cemetery.""",
gold=[("CMX019", "survivor")]),

dict(guid="cmx_crg_obit_20260603_06", pub="2026-06-03T06:05:00-04:00", title="Rose Marie Genereau",
body="""Rose Marie Genereau, 90, of L'Anse, passed away on Saturday, May 30, 2026, at Baraga County Memorial Hospital, with her family at her side.

Rose was born July 4, 1935, in Zeba, the daughter of Joseph and Marie (Dakota) LeClaire. She was a proud member of the Keweenaw Bay Indian Community, made beadwork for every powwow on the Bay, and cooked fry bread for church dinners for half a century. She married Louis Genereau in 1954.

She is survived by her daughters, Charlene (Gus) Bressette of L'Anse and Darlene Genereau of Escanaba; her son, Louis Genereau Jr. of Baraga; twelve grandchildren; and many great-grandchildren.

She was preceded in death by her husband, Louis, in 2004; a son, Michael; and her brothers, Francis and Peter LeClaire.

A funeral Mass will be celebrated at 11 a.m. Thursday at Sacred Heart Church, L'Anse, with Father Tomasz Nowicki celebrant. Burial will follow at Zeba Cemetery. Jacobson-Reid Funeral Home of L'Anse is in charge of arrangements.""",
gold=[("CMX010", "survivor"), ("CMX009", "survivor")]),

dict(guid="cmx_crg_obit_20260708_07", pub="2026-07-08T06:10:00-04:00", title="Frances M. Gregorich",
body="""Frances Marie Gregorich, née Vairo, 94, of Calumet, died Saturday, July 4, 2026, at the Calumet Care Center.

Frances was born Feb. 20, 1932, in Calumet to Italian immigrants Giovanni and Rosa Vairo. She worked at Vertin's department store for twenty years and was a longtime member of the Calumet Theatre Guild. Her povitica at Christmas was famous on Oak Street.

She is survived by her son, Stanley "Stosh" Gregorich of Calumet; her niece, Mary Jo (Dick) Trevarthen of Calumet; and several nieces and nephews.

She was preceded in death by her husband, Anton Gregorich, in 1998, and by her brothers, Louis and Peter Vairo.

Mass of Christian Burial will be at 10 a.m. Monday at St. Paul the Apostle Church, Calumet. Burial at Lake View Cemetery.""",
gold=[("CMX006", "survivor"), ("CMX005", "survivor")]),

dict(guid="cmx_crg_obit_20260819_08", pub="2026-08-19T06:00:00-04:00", title="Marjorie L. Kinnunen",
body="""Marjorie Louise Kinnunen, 83, of Ishpeming, formerly of Painesdale, died Sunday, Aug. 16, 2026, at UP Health System-Bell in Ishpeming.

Marjorie was born April 2, 1943, in Painesdale to Walter and Elsie Perala and graduated from Jeffers High School in 1961. She was a nurse at the old St. Joseph's Hospital in Hancock and later at Ishpeming's Bell Hospital for 35 years.

She is survived by her sister, Lorraine Aho of Houghton; her children, Jeff (Tammy) Kinnunen of Ishpeming and Lisa Kinnunen of Green Bay; and four grandchildren.

She was preceded in death by her husband, Ray Kinnunen, and her brother, Walter Perala Jr.

A memorial service will be held at a later date at Jeffers Lutheran Church in Painesdale.""",
gold=[("CMX018", "survivor")]),
]
