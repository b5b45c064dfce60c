"""Santa Cruz Valley Death Notices: terse paid notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="nog_scdn_2026_0318", pub="2026-03-18T05:00:00-07:00", title="DUNAGAN, Walter Lee",
body="""DUNAGAN, Walter Lee, 84, Patagonia, March 6, 2026. Cattleman, former Patagonia Town Council member. Survived by sister Opal Haverstock and her husband Clem, Patagonia; nephews Wade and Curtis. Graveside service Saturday 10 a.m., Patagonia Cemetery.""",
gold=[]),  # second, later copy of nog_nbh_obit_2026_0311: labelled there only

dict(guid="nog_scdn_2026_0604", pub="2026-06-04T05:00:00-07:00", title="QUIJADA, Fidencio",
body="""QUIJADA, Fidencio, 57, of Tucson, May 30, 2026. Mechanic at Pima County Fleet Services for 25 years. Survived by his wife, Norma; sons Adrián and Javier; his mother, Socorro, of Benson. Services at Holy Hope Cemetery, Tucson.""",
gold=[]),

dict(guid="nog_scdn_2026_0916", pub="2026-09-16T05:00:00-07:00", title="SANDOVAL, Nicanor",
body="""SANDOVAL, Nicanor, 91, of Santa Ana, Calif., formerly of Douglas, Ariz., Sept. 9, 2026. Retired machinist. Survived by his wife of 66 years, Refugia; children Ana, Luis and Rosalinda; 12 grandchildren. Mass at St. Joseph Church, Santa Ana.""",
gold=[]),

dict(guid="nog_scdn_2026_1103", pub="2026-11-03T05:00:00-07:00", title="ESQUER, Dolores \"Lola\"",
body="""ESQUER, Dolores "Lola," Nogales, passed away October 30, 2026. Arrangements pending with Capilla del Rosario Funeral Home.""",
gold=[("NOG012", "possible_deceased_client")]),
]
