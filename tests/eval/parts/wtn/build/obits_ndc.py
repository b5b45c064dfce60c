"""The Black River Daily Courier (Watertown): daily newspaper obituaries, plain text, "Name, 79, of Town"
headlines, Watertown Daily Times house style. Hand-labelled (gold beside each text)."""

ITEMS = [
dict(guid="wtn_ndc_obit_2026_0126_wiltse", pub="2026-01-26T05:30:00-05:00", title="Garrett M. Wiltse, 22, of Calcium",
body="""CALCIUM - Garrett Michael Wiltse, 22, of Calcium, died unexpectedly Friday, January 23, 2026, at Samaritan Medical Center, Watertown.

Born in Watertown on June 4, 2003, a son of Dale and Tammy (Hebert) Wiltse, he graduated from Indian River Central School in 2021 and worked as a heavy-equipment operator for a paving contractor in Pamelia. He loved sled trails, the Syracuse Orange and his truck, in about that order.

He is survived by his parents, of Calcium; his sister, Kaylee Wiltse, Fort Drum; his grandparents, Roger and Lorraine Hebert, LeRay; and his girlfriend, Morgan Tice. He was not married.

Calling hours will be Thursday from 4 to 7 p.m. at the Lachenauer-Bruyere Funeral Home, Watertown. Burial will be in the spring in Evans Mills Cemetery.""",
gold=[]),

dict(guid="wtn_ndc_obit_2026_0210_hunneyman", pub="2026-02-10T05:30:00-05:00", title="Evangeline R. Hunneyman, 93, of Adams",
body="""ADAMS - Evangeline Ruth "Vangie" Hunneyman, 93, a lifelong resident of the town of Adams, passed away Sunday, February 8, 2026, at the Samaritan Keep Home, Watertown.

Vangie was born on a dairy farm on the Smithville Road on March 30, 1932, a daughter of Orrin and Bessie (Countryman) Pooler. She married Harlan Hunneyman in 1953 at the Adams Center Baptist Church; he died in 1999. For 28 years she ran the lunch line at South Jefferson Central School, where she was known for her sugar cookies and for knowing the name of every child who went through it.

She is survived by her daughter, Mary Beth Docteur of Adams; her son and daughter-in-law, Nolan and Priya Hunneyman of Sackets Harbor; five grandchildren and four great-grandchildren. Besides her husband she was predeceased by her son-in-law, Ronald Docteur, and by two brothers, Elwood and Chester Pooler.

A funeral service will be held Saturday at 11 a.m. at the Adams Center Baptist Church, with the Rev. Silas Amidon officiating. Burial will be in the spring in Rural Cemetery, Adams.""",
gold=[("WTN006", "survivor"), ("WTN009", "survivor"), ("WTN010", "survivor")]),

dict(guid="wtn_ndc_obit_2026_0305_zehr", pub="2026-03-05T05:30:00-05:00", title="Norbert J. Zehr, 86, of Croghan",
body="""CROGHAN - Norbert J. Zehr, 86, of the Number Four Road, Croghan, died Monday, March 2, 2026, at Lewis County General Hospital, Lowville.

Norbert farmed 240 acres in the town of Croghan with his brothers for more than sixty years and was a member of the Croghan Mennonite Church. He could tell you the weather for the week from the color of the sky over the Tug Hill, and he was right more often than the radio.

Survivors include his wife of 61 years, the former Edna Lehman; two sons, Kevin and Dale, both of Croghan; his brother and sister-in-law, Delbert "Del" (Arlene) Zehr of Castorland; and eleven grandchildren. He was predeceased by his brothers, Lloyd and Emery Zehr.

Services will be Saturday at 10 a.m. at the Croghan Mennonite Church. Arrangements are with the Iseneker Funeral Home, Lowville.""",
gold=[("WTN003", "survivor"), ("WTN004", "survivor")]),

dict(guid="wtn_ndc_obit_2026_0402_brouillette", pub="2026-04-02T05:30:00-04:00", title="Theresa L. Brouillette, 88, of Cape Vincent",
body="""CAPE VINCENT - Theresa LaFave "Tess" Brouillette, 88, of Cape Vincent, died Tuesday, March 31, 2026, at her home on Point Street, looking out at the ferry dock as she had for most of her life.

Born August 12, 1937, in Cape Vincent, she was the eldest of the eleven children of Alphonse and Marie-Ange (Gosier) LaFave. She married Leon Brouillette in 1958; he died in 2011. Tess was the longtime clerk of the Cape Vincent French Festival committee and never missed a Bastille Day parade.

She is survived by her brother, Armand LaFave of Cape Vincent; her sister, Rosalind "Roz" Scordo of Watertown; a daughter, Denise Chartrand of Ogdensburg; and many nieces and nephews on both sides of the river. She was predeceased by eight brothers and sisters.

A Mass of Christian Burial will be celebrated Monday at 10 a.m. at St. Vincent of Paul Church, Cape Vincent. Pallbearers will be her nephews. Arrangements are with the Cummings Funeral Service, Clayton.""",
gold=[("WTN011", "survivor"), ("WTN007", "survivor")]),

dict(guid="wtn_ndc_obit_2026_0608_countermine", pub="2026-06-08T05:30:00-04:00", title="Hollis J. Countermine, 91, of Adams Center",
body="""ADAMS CENTER - Hollis James Countermine, 91, who milked cows on the same farm on County Route 75 for seventy years, died Friday, June 5, 2026, at the farm.

Born in the farmhouse on November 2, 1934, he was a son of Wilbur and Ida Countermine. He married Phyllis Greene in 1956; she died in 2018. Hollis served on the Adams Center Fire Department for 40 years and was a Jefferson County Dairy Princess judge more times than anyone could count.

He is survived by his sons, Wilbur "Bill" Countermine of Adams Center and Dale Countermine of Rodman; seven grandchildren, including his grandson and namesake, Hollis Countermine of Adams Center, who now runs the farm; and nine great-grandchildren.

Calling hours will be Wednesday from 4 to 7 p.m. at the Adams Center Fire Hall, with a service to follow. Burial in Union Cemetery, Adams Center.""",
gold=[("WTN020", "survivor")]),

dict(guid="wtn_ndc_obit_2026_0916_gouin", pub="2026-09-16T05:30:00-04:00", title="Lucien A. Gouin, 79, of Watertown",
body="""WATERTOWN - Lucien A. "Lou" Gouin, 79, of Franklin Street, died Sunday, September 13, 2026, at Samaritan Medical Center, with his family at his side.

Lou was born in Chaumont on February 11, 1947, a son of Adelard and Cecile (Brabant) Gouin, and graduated from Watertown High School in 1965. He served with the Army at Fort Drum and in Germany, then worked 34 years as a machinist at the New York Air Brake. He married Marjorie Plantz on October 4, 1969, at Holy Family Church.

Surviving are his wife of 56 years, Marjorie; a son, Michel Gouin of Syracuse; a sister-in-law, Cordelia "Delia" Plantz of Theresa; and three grandchildren. He was predeceased by a brother, Rene.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at Holy Family Church, with the Rev. Silas Amidon officiating. Bearers will be Brent Kilborn, Michel Gouin, Scott Plantz and Ryan Plantz. Arrangements are with the Lachenauer-Bruyere Funeral Home.""",
gold=[("WTN001", "deceased_client"), ("WTN002", "spouse_of_deceased_client"), ("WTN014", "survivor")]),

dict(guid="wtn_ndc_obit_2026_1020_bellinger", pub="2026-10-20T05:30:00-04:00", title="Lorraine F. Bellinger, 90, of Black River",
body="""BLACK RIVER - Lorraine F. Bellinger, 90, of Black River, died Saturday, October 17, 2026, at the Carthage Area Hospital.

Born in Felts Mills, she worked for many years at the Black River paper mill and taught Sunday school at the Black River United Methodist Church.

Survivors include her son, Kenneth Bellinger of Black River; a granddaughter, Amber Bellinger of Rochester; and a sister, Gladys Wood of Great Bend. Her husband, Earl, died in 2002.

Services will be private. Bearers were Tad Bourcy, Neil Wood and Travis Bellinger.""",
gold=[]),

dict(guid="wtn_ndc_obit_2026_1103_scordo", pub="2026-11-03T05:30:00-05:00", title="Rosalind M. Scordo, 80, formerly of Utica",
body="""SCOTTSDALE, Ariz. - Rosalind Marie Scordo, 80, of Scottsdale, formerly of Utica, died October 29, 2026, in Scottsdale.

Born in Utica, a daughter of Carmine and Rose (Lombardo) Scordo, she taught music in the Utica City School District before moving to Arizona in 1999. She never married.

She is survived by her brother, Vincent Scordo of Whitesboro, and by many cousins. Services will be held in Utica in the spring.""",
gold=[]),
]
