"""Paso del Norte Business Report (border business news, El Paso / Juarez / Santa Teresa / Las Cruces): plain
text. Hand-labelled."""

FEED = "bb"
ITEMS = [
dict(guid="elp_bb_2026_0225_bustillos_cfo", pub="2026-02-25T07:30:00-07:00",
title="Bustillos named CFO of maquila supplier Franklin Precision Components",
body="""Franklin Precision Components, an East El Paso supplier of wire harnesses to maquiladoras in Ciudad Juárez, has named Evangelina "Vangie" Bustillos chief financial officer, effective March 1.

Bustillos, a CPA and UTEP graduate, has been the company's controller since 2017 and led its move to a bonded warehouse near the Zaragoza port of entry. She succeeds Glen Ahlquist, who is retiring after 22 years.

"Vangie knows every peso and every dollar that crosses that bridge for us," said CEO Martin Ybarra.""",
gold=[("ELP017", "subject")]),

dict(guid="elp_bb_2026_0415_chavira_santa_teresa", pub="2026-04-15T07:30:00-06:00",
title="Socorro customs broker Chavira Montes opens Santa Teresa office as port traffic climbs",
body="""Chavira Montes Customs Brokerage, the Socorro firm founded by Francisco Javier "Paco" Chavira Montes in 2003, opened a second office this week near the Santa Teresa port of entry, where commercial crossings have grown by a third in two years.

The new office on Airport Road employs nine brokers and clerks and will focus on produce and auto parts. Chavira Montes, a licensed broker who grew up crossing the Zaragoza bridge with his father's produce truck, said the firm had outgrown its Socorro Road headquarters even before a January fire at his family's home forced him to run the business from a borrowed trailer for six weeks.

"Santa Teresa is where the growth is," said Nohemí Ontiveros, president of the Santa Teresa Border Industrial Association, who spoke at Monday's ribbon cutting. "Paco's people know both sides of the line.\"""",
gold=[("ELP010", "subject")]),

dict(guid="elp_bb_2026_0506_candelaria_mall", pub="2026-05-06T07:30:00-06:00",
title="Albuquerque developer buys Las Cruces shopping center",
body="""Albuquerque developer Rafael Candelaria, 63, whose Sandia Crest Properties owns four retail centers in the Rio Grande corridor, has bought the Mesilla Valley Commons shopping center in Las Cruces for $18.4 million.

Candelaria said he plans to convert the center's vacant anchor store into a medical office building. "Las Cruces is the fastest-growing market we're in," he said. The seller was a Dallas real estate fund.""",
gold=[]),  # namesake elsewhere (ELP018 is Rafael "Trey" Candelaria III, 46, of El Paso)

dict(guid="elp_bb_2026_0612_whitecotton_retires", pub="2026-06-12T07:30:00-06:00",
title="Defense contractor's Fort Bliss site chief retires after 20 years",
body="""Raymond L. Whitecotton Jr., site director of Sentinel Range Systems' Fort Bliss maintenance depot, retired June 5 after 20 years with the company and 24 years in the Army before that.

Whitecotton, a retired first sergeant who came to Fort Bliss with an air defense battalion in 1994, built the depot from a staff of 11 to 340 civilian technicians who overhaul Patriot launchers and radars. Colleagues honored him at a ceremony at the Centennial Club.

"Ray never once asked a technician to do a job he hadn't done himself," said Sentinel Range vice president Carla Fenwick. He plans to spend his retirement fishing at Elephant Butte.""",
gold=[("ELP005", "subject")]),

dict(guid="elp_bb_2026_0702_escontrias_clinic", pub="2026-07-02T07:30:00-06:00",
title="Pediatrician opens first after-hours clinic in Sunland Park",
body="""Dr. Ana Cristina Escontrías Sotelo has opened Clínica Pediátrica del Valle, the first after-hours pediatric clinic in Sunland Park, N.M., in a renovated storefront on McNutt Road.

Escontrías, a Sunland Park resident who trained at Texas Tech in El Paso, said families on the New Mexico side of the metro had been driving to El Paso emergency rooms for ear infections and fevers. The clinic, financed in part with a $250,000 loan from the Camino Real Community Development Fund, is open until 10 p.m. weekdays and will employ eight.""",
gold=[("ELP009", "subject")]),

dict(guid="elp_bb_2026_0820_cold_storage_theft", pub="2026-08-20T07:30:00-06:00",
title="Two charged in theft of $400,000 in avocados from Santa Teresa cold storage",
body="""Doña Ana County sheriff's deputies have charged two truck drivers from Chihuahua in the theft of three trailers of avocados from Ontiveros Cold Storage in Santa Teresa.

Owner Nohemí Ontiveros told deputies the trailers were driven out of the yard on the night of Aug. 14 using forged release papers. Two of the trailers were recovered in Chaparral. The suspects are being held in the Doña Ana County Detention Center on charges of receiving stolen property and forgery.""",
gold=[]),  # crime rule: nothing
]
