"""Detroit Metro Ledger paid death notices: terse, surname-first headings, plain text. Hand-labelled."""

FEED = "mdn"
ITEMS = [
dict(guid="dtw_mdn_2026_011401", pub="2026-01-14T06:00:00-05:00", title="BERJAOUI, Kamila",
body="""BERJAOUI, Kamila, 91, Dearborn, Jan. 10, 2026. Mother of Khalil, Hassan, Zeinab Harfoush and Nawal Fawaz. Janazah held Monday, Islamic Center of America. Arr. Cedar & Crescent Funeral Home.""",
gold=[]),

dict(guid="dtw_mdn_2026_050401", pub="2026-05-04T06:00:00-04:00", title="ABOU ZEID, Rami",
body="""ABOU ZEID, Rami, Dearborn, May 1, 2026. Arrangements pending, Cedar & Crescent Funeral Home, (313) 555-0192.""",
gold=[("DTW009", "possible_deceased_client")]),

dict(guid="dtw_mdn_2026_042001", pub="2026-04-20T06:00:00-04:00", title="SHAMAMI, Najib",
body="""SHAMAMI, Najib, 76, Dearborn Heights, April 17, 2026. Born April 30, 1949, in Telkaif, Iraq. Beloved husband of Warda "Rose" (nee Kattoula). Father of Nabil, Rana and Ramiz. Funeral Mass Wednesday 10 a.m., St. Thomas Chaldean Catholic Church. Arr. Cedar & Crescent.""",
gold=[("DTW007", "deceased_client"), ("DTW008", "spouse_of_deceased_client")]),

dict(guid="dtw_mdn_2026_052601", pub="2026-05-26T06:00:00-04:00", title="DISMUKES, Odell IV",
body="""DISMUKES, Odell IV, 23, Detroit, May 22, 2026. Son of Odell III (Keisha) Dismukes; grandson of Odell Jr. and Bernice Dismukes; brother of Kayla. Wayne State University senior. Homegoing Saturday 11 a.m., Greater New Mount Moriah. Arr. Lathan-Greer.""",
gold=[("DTW015", "survivor"), ("DTW016", "survivor")]),

dict(guid="dtw_mdn_2026_061001", pub="2026-06-10T06:00:00-04:00", title="HOJEIJ, Mariam",
body="""HOJEIJ, Mariam, 94, Dearborn, June 7, 2026. Born in Nabatieh, Lebanon. Wife of the late Hajj Hassan Hojeij. Mother of Youssef, Ali and Fatme. Janazah held Monday, Islamic House of Wisdom. Arr. Cedar & Crescent.""",
gold=[]),
]
