"""Prairie Oak Funeral & Cremation (chapels in Des Moines, Ankeny and Urbandale): funeral-home site, HTML in
content:encoded, one-sentence description. Hand-labelled (gold=[...])."""

FEED = "pofh"
ITEMS = [
dict(guid="dsm_pofh_josephine-tursi-2026", pub="2026-02-09T10:15:00-06:00", title="Josephine \"Josie\" Tursi (1937 - 2026)",
body="""Josephine "Josie" Tursi, 88, a lifelong resident of the South Side of Des Moines, died peacefully on Friday, February 6, 2026, at Mercy Medical Center, holding her rosary and, her family insists, still giving directions to the nurses.

Josie was born in Des Moines to Calogero and Rosaria (Lacona) Bellizzi, whose families came from Terrasini, Sicily, to work the Rock Island shops. She graduated from Lincoln High School in 1955 and married Carmine Tursi at St. Anthony's Catholic Church the following year. For thirty-one years she ran the lunch counter at Tursi's Market on SE 6th, where no one left hungry and no child left without a cannoli.

She is survived by her daughter, Carla (Tony) Graziano of Des Moines; her son, Sam Tursi of Phoenix, Ariz.; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Carmine, in 2011, and by her sisters, Rose Mauro and Lena Bellizzi.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Thursday at St. Anthony's Catholic Church. Her longtime friend Mary Beth Scavo will read. Pallbearers will be Dominic Bruno, Joe Mauro, Nick Tursi, Anthony Graziano III, Paul Bellizzi and Frank Lacona. Burial at Glendale Cemetery.""",
gold=[("D009", "survivor"), ("D008", "survivor")]),

dict(guid="dsm_pofh_thomas-ryan-halvorsen-2026", pub="2026-03-17T14:40:00-05:00", title="Thomas Ryan Halvorsen (2003 - 2026)",
body="""Thomas Ryan Halvorsen, 22, of Ankeny, died Saturday, March 14, 2026, in a single-vehicle accident on Interstate 35 north of Ankeny.

Tommy graduated from Ankeny Centennial High School in 2021, where he wrestled at 152 pounds and never once lost his temper on the mat. He was an apprentice electrician with IBEW Local 347 and was saving for a bass boat, a fact everyone who met him learned within five minutes.

He is survived by his parents, Mark and Jill Halvorsen of Ankeny; his sister, Brooke; his grandparents, Dale and Marlys Halvorsen of Story City and Ron and Deb Kruse of Huxley; and his girlfriend, Maddie.

Visitation will be Thursday from 4 to 7 p.m. at the Ankeny chapel. The funeral will be at 11 a.m. Friday at Our Savior's Lutheran Church in Ankeny.""",
gold=[]),

dict(guid="dsm_pofh_ruth-ellen-sandvig-2026", pub="2026-04-06T09:30:00-05:00", title="Ruth Ellen Sandvig (1941 - 2026)",
body="""Ruth Ellen Sandvig, 84, of Ankeny, went home to her Lord on April 3, 2026, at Bishop Drumm Retirement Center.

Ruth was born on a farm near Roland to Nels and Clara (Berhow) Nygaard and was confirmed at Bergen Lutheran Church. She taught second grade in the Ankeny schools for thirty-three years, and half the town learned to read from her flash cards. She sang alto in the choir, made lefse every December in quantities that alarmed her husband, and kept the church's prayer chain going for four decades.

Ruth is survived by her sister, Anna Marie Nygaard of Johnston; her sons, Peter (Laura) Sandvig of Ankeny and David Sandvig of Minneapolis; and five grandchildren. She was preceded in death by her husband, Arlo, and her brother, Carl Nygaard.

A memorial service will be held at 2 p.m. Saturday at Our Savior's Lutheran Church, Ankeny, with a lunch to follow. Memorials may be directed to Lutheran Services in Iowa.""",
gold=[("D017", "survivor")]),

dict(guid="dsm_pofh_doris-kay-whitlow-2026", pub="2026-05-19T11:05:00-05:00", title="Doris Kay Whitlow (1934 - 2026)",
body="""Doris Kay Whitlow, 91, of Urbandale, passed away May 16, 2026, surrounded by her family.

Doris was born in Guthrie Center and worked for many years as a bookkeeper at the Iowa Farm Bureau. She was a member of Urbandale United Methodist Church, a loyal Iowa State fan and a fierce bridge player who kept score in pen.

She is survived by her children, Gary (Linda) Whitlow of Grimes and Sharon Eckert of Omaha; seven grandchildren; and four great-grandchildren. She was preceded in death by her husband, Lyle.

Services will be held at 10 a.m. Friday at Urbandale United Methodist Church.""",
gold=[]),

dict(guid="dsm_pofh_ernesto-navarro-salinas-2026", pub="2026-07-02T16:20:00-05:00", title="Ernesto Navarro Salinas (1945 - 2026)",
body="""Ernesto Navarro Salinas, 80, of Des Moines, died June 29, 2026, at home, with his family at his side.

Born in Valle de Santiago, Guanajuato, Ernesto came to Iowa in 1972 to work the meatpacking lines in Perry and later spent twenty-six years with the Des Moines Water Works. He was a founding member of the Guadalupanos at St. Anthony's and could grill carne asada for two hundred without breaking a sweat.

Le sobreviven su esposa de 55 años, María Ruiz de Navarro; su hija, Rosa Elena Navarro (Javier Castillo), de West Des Moines; su hijo, Ernesto Navarro Jr., de Dallas, Texas; y siete nietos. He is survived by his wife of 55 years, María Ruiz de Navarro; his daughter, Rosa Elena Navarro (Javier Castillo) of West Des Moines; his son, Ernesto Navarro Jr. of Dallas, Texas; and seven grandchildren.

The Rosary will be prayed at 6 p.m. Monday and the Funeral Mass celebrated at 10 a.m. Tuesday at Our Lady of the Americas Catholic Church.""",
gold=[("D007", "survivor")]),
]
