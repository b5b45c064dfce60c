"""The Calcasieu Ledger, daily newspaper, "Death Notices": brief paid notices with surname-first headings, plain
text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="lch_ledger_dn_20260311_quebedeaux", pub="2026-03-11T05:30:00-05:00",
     title="QUEBEDEAUX, Alphonse Joseph \"Boo\"",
body="""QUEBEDEAUX, Alphonse Joseph "Boo," 80, of Lake Charles, died March 6, 2026. Survived by wife of 57 years Geraldine "Gerri" Quebedeaux; son Randall (Tina); daughter Monique Guidroz (Brent). Rosary 6 p.m. Sunday, Mass 10 a.m. Monday, Our Lady Queen of Heaven. Bayou Oaks Funeral Home, Lake Charles.""",
gold=[]),  # later second copy of lch_bof_alphonse-joseph-quebedeaux: labelled on the earlier copy only

dict(guid="lch_ledger_dn_20260522_vanicor", pub="2026-05-22T05:30:00-05:00",
     title="VANICOR, Wilfred",
body="""VANICOR, Wilfred, Lake Charles. Arrangements pending with Bayou Oaks Funeral Home, Lake Charles.""",
gold=[("LCH017", "possible_deceased_client")]),

dict(guid="lch_ledger_dn_20260415_dartez", pub="2026-04-15T05:30:00-05:00",
     title="DARTEZ, Ambrose J.",
body="""DARTEZ, Ambrose J., 87, of Abbeville, died April 12, 2026, at Abbeville General Hospital. Retired sugarcane farmer. Survived by wife Enola; sons Ricky and Wade; daughter Tammy Dartez Hebert. Mass of Christian Burial 10 a.m. Friday, St. Mary Magdalen Catholic Church, Abbeville. Vermilion Funeral Chapel.""",
gold=[]),  # namesake 130 km away (LCH016 lives in Vinton, wife Lorena)

dict(guid="lch_ledger_dn_20260607_guillotte", pub="2026-06-07T05:30:00-05:00",
     title="GUILLOTTE, Eunice Marie",
body="""GUILLOTTE, Eunice Marie Nunez, 94, of Cameron, died June 4, 2026. Survived by son Octave "Tave" Guillotte (Irma) of Cameron; daughter Carmen Guillotte Broussard of Grand Lake; 11 grandchildren. Preceded in death by husband Adam Guillotte. Mass 10 a.m. Tuesday, Our Lady Star of the Sea, Cameron.""",
gold=[("LCH021", "survivor")]),

dict(guid="lch_ledger_dn_20260128_zamarripa", pub="2026-01-28T05:30:00-06:00",
     title="ZAMARRIPA, Rogelio",
body="""ZAMARRIPA TREVINO, Rogelio, 79, of Monterrey, Nuevo Leon, Mexico, formerly of Lake Charles, died January 23, 2026. Survived by daughters Josefina "Fina" Zamarripa of Lake Charles and Alma Zamarripa of Monterrey; six grandchildren. Preceded in death by wife Maria Elena Solis de Zamarripa. Rosary 7 p.m. Friday, Our Lady of Good Counsel, Lake Charles.""",
gold=[("LCH006", "survivor")]),

dict(guid="lch_ledger_dn_20260302_oquinn", pub="2026-03-02T05:30:00-06:00",
     title="O'QUINN, Margie Lee",
body="""O'QUINN, Margie Lee, 93, of Westlake, died February 27, 2026. Survived by daughter-in-law Delphine O'Quinn of Westlake; grandchildren Claire O'Quinn and Luke O'Quinn. Preceded in death by husband Wendell and son Roy O'Quinn. Service 2 p.m. Wednesday, Westlake First Baptist Church.""",
gold=[("LCH020", "survivor")]),

dict(guid="lch_ledger_dn_20260709_meaux", pub="2026-07-09T05:30:00-05:00",
     title="MEAUX, Brandi Lynn",
body="""MEAUX, Brandi Lynn Guidry, 41, of Kaplan, died July 6, 2026. Survived by husband Shane Meaux; sons Landon and Colt; parents Ronald and Debbie Guidry of Kaplan. Funeral 11 a.m. Saturday, St. Theresa Catholic Church, Abbeville.""",
gold=[]),  # namesake in Kaplan (100 km), different husband: LCH018 is Brandi Meaux of Moss Bluff, husband Travis
]
