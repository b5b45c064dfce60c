"""Rutland Daily Courier obituaries: daily newspaper, legacy-style titles, plain text. Hand-labelled."""

ITEMS = [
dict(guid="rut_rdc_obit_20260112", pub="2026-01-12T05:30:00-05:00", title="Angela Bruzzese Obituary (1934 - 2026) - Proctor, VT - Rutland Daily Courier",
body="""PROCTOR - Angela Maria (Tedesco) Bruzzese, 91, died peacefully on Friday, January 9, 2026, at the Loretto Home in Rutland.

She was born in Proctor on May 2, 1934, the daughter of Luigi and Rosa Tedesco, whose people came from Carrara to cut marble. She worked for thirty years in the offices of the marble company and never stopped calling it "the Company." Her ravioli at the St. Dominic's bazaar sold out every year by ten in the morning.

She is survived by her daughter, Theresa Pezzulo and her husband, Dom, of Proctor; her son, Carl Bruzzese of Albany, N.Y.; five grandchildren and two great-grandchildren. She was predeceased by her husband, Anthony, in 2009.

A Mass of Christian Burial will be celebrated Thursday at 11 a.m. at St. Dominic Church, Proctor, with the Rev. Thomas Albarelli officiating. Bearers will be Bart Szczepanik, Michael Bruzzese, Anthony Pezzulo and Louis Tedesco. Burial will be in the spring at St. Dominic Cemetery.""",
gold=[("RUT002", "survivor"), ("RUT001", "survivor")]),

dict(guid="rut_rdc_obit_20260203", pub="2026-02-03T05:30:00-05:00", title="Arthur \"Art\" Lafountain Obituary (1940 - 2026) - Brandon, VT - Rutland Daily Courier",
body="""BRANDON - Arthur Joseph "Art" Lafountain, 85, a Brandon fixture who plowed half the driveways on Park Street for fifty winters, died Saturday, January 31, 2026, at home with his family beside him.

Art was born August 12, 1940, in Brandon, the son of Napoleon and Yvonne (Trudeau) Lafountain. He served with the Army in Germany, then ran Lafountain's Garage on Route 7 until 2004. He was a 60-year member of the Brandon Fire Department and never missed a pancake breakfast.

He is survived by his wife of 62 years, Priscilla (Sargent) Lafountain; his sons, Gary of Leicester and Dennis of Concord, N.H.; seven grandchildren; and his sister, Lucienne Bodette of Middlebury. He was predeceased by his brother, Roland.

Calling hours will be Thursday from 4 to 7 p.m. at the Tuttle-Marino Funeral Home in Brandon. A funeral Mass will be held Friday at 10 a.m. at St. Mary's Church.""",
gold=[("RUT011", "deceased_client"), ("RUT012", "spouse_of_deceased_client")]),

dict(guid="rut_rdc_obit_20260219", pub="2026-02-19T05:30:00-05:00", title="Walter Kozlowski Obituary (1937 - 2026) - West Rutland, VT - Rutland Daily Courier",
body="""WEST RUTLAND - Walter Stanley Kozlowski, 88, died February 16, 2026, at Rutland Regional Medical Center.

Walt was born in West Rutland to Polish parents who worked the Clarendon quarries, and he never lived more than a mile from the house where he was born. He was a machinist at the General Electric plant, a polka drummer, and a communicant of St. Stanislaus Kostka Church.

He is survived by his sister, Helen Wojcikowski and her husband, Stan, of West Rutland; his nephews, Mark and Paul Wojcikowski; and many cousins. He was predeceased by his wife, Irene, and his brother, Edward Kozlowski.

Friends may call Sunday from 2 to 4 p.m. at the Kinney-Brassard Funeral Home, West Rutland. Burial will be in St. Stanislaus Cemetery.""",
gold=[("RUT004", "survivor"), ("RUT003", "survivor")]),

dict(guid="rut_rdc_obit_20260305", pub="2026-03-05T05:30:00-05:00", title="Joseph Kinsella Obituary (2003 - 2026) - Mendon, VT - Rutland Daily Courier",
body="""MENDON - Joseph Patrick "Joey" Kinsella, 22, of Mendon died unexpectedly on Sunday, March 1, 2026.

Joey graduated from Rutland High School in 2021, where he raced for the ski team, and worked as a lift mechanic at the mountain. He was happiest on a snowmobile trail or fixing something that nobody else could fix.

He is survived by his parents, Kevin and Sharon Kinsella of Mendon; his sister, Maeve; his grandmother, Eleanor Kinsella of Rutland; and his uncle and godfather, Joe Kinsella and his wife, Marisa, of Killington, for whom he was named.

A memorial gathering will be held Saturday from 1 to 4 p.m. at the Mendon Town Hall.""",
gold=[("RUT013", "survivor"), ("RUT014", "survivor")]),

dict(guid="rut_rdc_obit_20260318", pub="2026-03-18T05:30:00-04:00", title="Gwendolyn Tarbell Obituary (1947 - 2026) - Tarpon Springs, FL - Rutland Daily Courier",
body="""Gwendolyn "Gwen" Tarbell, 79, of Tarpon Springs, Florida, formerly of Bennington, died March 12, 2026, at her home.

Gwen was born in Bennington and taught second grade there for 34 years before retiring to the Gulf Coast, where she learned to sail at 70.

She is survived by her husband, Ronald; her son, Scott Tarbell of Tampa; and her brother, Gerald Pike of Shaftsbury. A celebration of life will be held in Florida in April.""",
gold=[]),

dict(guid="rut_rdc_obit_20260402", pub="2026-04-02T05:30:00-04:00", title="Dennis Hurley Obituary (1948 - 2026) - Fair Haven, VT - Rutland Daily Courier",
body="""FAIR HAVEN - Dennis Michael Hurley, 77, died Sunday, March 29, 2026, at the Fair Haven Health Care Center.

Denny was born in Fair Haven, the son of Patrick and Nora (Whalen) Hurley. He worked in the slate quarries of Fair Haven and Poultney for forty years and coached Little League for twenty of them.

He is survived by his sister, Eileen McGarry (Frank) of Fair Haven; his brother, Thomas Hurley of Whitehall, N.Y.; and many nieces and nephews. He was predeceased by his wife, Kathleen, and by his sister, Margaret.

A Mass of Christian Burial will be celebrated Friday at Our Lady of Seven Dolors Church. Burial will follow in St. Mary's Cemetery.""",
gold=[("RUT009", "survivor"), ("RUT008", "survivor")]),

dict(guid="rut_rdc_obit_20260915", pub="2026-09-15T05:30:00-04:00", title="Lorraine Pomainville - Rutland, VT - Rutland Daily Courier",
body="""RUTLAND - Lorraine Pomainville of Rutland died Saturday, September 12, 2026, at Rutland Regional Medical Center. Arrangements are incomplete and will be announced by the Tuttle-Marino Funeral Home.""",
gold=[("RUT015", "possible_deceased_client")]),
]
