"""Valley Business Report (weekly business paper for Cameron, Hidalgo and Willacy Counties): plain text.
Hand-labelled."""

FEED = "vbr"
ITEMS = [
dict(guid="bro_vbr_2026_02_0117", pub="2026-02-09T06:00:00-06:00", title="Rio Grande Valley Federal Credit Union names Montemayor president and CEO",
body="""BROWNSVILLE - Rio Grande Valley Federal Credit Union has promoted its chief operating officer, Alicia Montemayor, to president and chief executive officer, effective March 1.

Montemayor, a Brownsville native and graduate of UT Brownsville, joined the credit union as a teller in 1998. She led its opening of branches in Los Fresnos and Port Isabel and its small-business lending program for street vendors and food trucks. She succeeds Gilbert Tamez, who is retiring after 22 years.

The credit union has 61,000 members and $740 million in assets.""",
gold=[("BRO012", "subject")]),

dict(guid="bro_vbr_2026_03_0142", pub="2026-03-16T06:00:00-05:00", title="Valley Baptist Foundation gala raises record $1.4 million",
body="""HARLINGEN - The Valley Baptist Foundation's Noche de Gala raised a record $1.4 million on Saturday for the new pediatric wing at Valley Baptist Medical Center.

Presenting sponsors were Rio Grande Valley Federal Credit Union and H-E-B. Major individual donors included Dr. Raúl and Patricia Ochoa, Ignacio and Yolanda Salinas, the Cortez family of La Feria, and Memo's Cocina of Los Fresnos.

The foundation expects to break ground on the wing next spring.""",
gold=[]),

dict(guid="bro_vbr_2026_05_0219", pub="2026-05-04T06:00:00-05:00", title="Laredo plant gets new manager as exports rise",
body="""LAREDO - Ernesto Garza has been named plant manager of Frontera Cold Storage's Laredo distribution center, the company said. Garza, 52, previously managed the company's facility in Eagle Pass. The Laredo plant handles about 900 refrigerated truckloads of Mexican produce a week.""",
gold=[]),

dict(guid="bro_vbr_2026_06_0255", pub="2026-06-08T06:00:00-05:00", title="Island bait shop marks 30 years on Laguna Boulevard",
body="""SOUTH PADRE ISLAND - When Ken and Sharon Albrecht bought a shuttered bait stand on Laguna Boulevard in 1996, they had a live-shrimp tank, a cash box and a hand-lettered sign. This month Albrecht's Island Bait & Tackle celebrates its 30th anniversary with eight employees, a fishing-guide service and a dock on the Laguna Madre.

The couple moved to the Island from Sheboygan, Wis., after Ken retired from the paper mill at 43. "Everybody said we'd be back in two winters," Sharon Albrecht said. "That was thirty summers ago."

The shop will hold an anniversary fish fry on June 20.""",
gold=[("BRO019", "subject"), ("BRO020", "subject")]),

dict(guid="bro_vbr_2026_08_0310", pub="2026-08-03T06:00:00-05:00", title="Memo's Cocina opens second location in Brownsville",
body="""LOS FRESNOS - Memo's Cocina, the Los Fresnos breakfast-taco spot with the line out the door on Saturday mornings, has opened its second restaurant, on Boca Chica Boulevard in Brownsville.

Owners Guillermo "Memo" Zamora and his wife, Norma, opened the original restaurant in 2004 in a former gas station. The new location has 80 seats and a drive-through and added 22 jobs. "My wife does the books and I do the barbacoa," Memo Zamora said. "That's why we're still in business." """,
gold=[("BRO009", "subject"), ("BRO010", "subject")]),
]
