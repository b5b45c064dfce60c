"""Big Country Death Notices: brief paid notices (surname-first headings), plain text. Hand-labelled.
The first notice is a later second copy of the Key City Chronicle's Royce Brantley obituary."""

from obits_kcc import BRANTLEY_BODY

FEED = "bcdn"
ITEMS = [
dict(guid="abi_bcdn_2026_02_11_brantley", pub="2026-02-11T06:00:00-06:00",
title="BRANTLEY, Royce Lee",
body=BRANTLEY_BODY,
gold=[]),  # duplicate copy: labelled on the earlier Key City Chronicle copy only

dict(guid="abi_bcdn_2026_03_05_pettit", pub="2026-03-05T06:00:00-06:00",
title="PETTIT, Imogene \"Jean\"",
body="""PETTIT, Imogene "Jean", of Merkel, passed away Tuesday, March 3, 2026. Arrangements are pending with Starbuck Funeral Home of Merkel.""",
gold=[("ABI013", "possible_deceased_client")]),

dict(guid="abi_bcdn_2026_04_02_hollis", pub="2026-04-02T06:00:00-05:00",
title="HOLLIS, Marvin Dean",
body="""HOLLIS, Marvin Dean, 80, of Winters, died March 30, 2026. Retired from the Winters Co-op Gin after 40 years. Survivors: wife, Betty Hollis of Winters; son, Kyle Hollis of Abilene; sister, Peggy Oakes and husband Butch of Abilene; three grandchildren. Graveside 10 a.m. Thursday, Lakeview Cemetery, Winters. Lange Funeral Home.""",
gold=[("ABI007", "survivor"), ("ABI006", "survivor")]),

dict(guid="abi_bcdn_2026_10_06_castleberry", pub="2026-10-06T06:00:00-05:00",
title="CASTLEBERRY, Naomi Ruth",
body="""CASTLEBERRY, Naomi Ruth, 71, of Spokane, Wash., died Oct. 1, 2026. Born in Coeur d'Alene, Idaho; retired nurse at Sacred Heart Medical Center, Spokane. Survivors: husband, Dennis; daughters, Amy Sorensen and Leah Castleberry, both of Spokane. Services Oct. 10, Hennessey Funeral Home, Spokane. Published at the request of a cousin in Abilene.""",
gold=[]),

dict(guid="abi_bcdn_2026_10_20_mcwhorter", pub="2026-10-20T06:00:00-05:00",
title="McWHORTER, Kenneth Ray",
body="""McWHORTER, Kenneth Ray, 76, of Pensacola, Fla., died Oct. 16, 2026. Born in Brewton, Ala.; 30 years a machinist at the Pensacola Naval Air Station. Survivors: wife, Gail; sons, Kevin and Brian McWhorter of Pensacola. Services Oct. 22, Pensacola. Notice placed by friends from his years at Dyess AFB.""",
gold=[]),
]
