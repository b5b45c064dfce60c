"""Central Coast Business Times (weekly business paper, San Luis Obispo and Santa Barbara Counties), plain text.
Hand-labelled."""

FEED = "cbt"
ITEMS = [
dict(guid="sbp_cbt_2026_0310", pub="2026-03-10T06:00:00-07:00",
title="Wexford Hollow Cellars opens Templeton tasting room",
body="""PASO ROBLES - Wexford Hollow Cellars, the 40-acre Adelaida District winery known for its Rhône blends and its tasting-room goats, will open a second tasting room in downtown Templeton on March 21.

Owner and winemaker Toby Wexford said the new room on Main Street will pour the winery's small-lot syrahs and host weekday music nights. "We have more people asking for us in Templeton than on our own road," Wexford said. The winery produced 6,200 cases last year.""",
gold=[("SBP015", "subject")]),

dict(guid="sbp_cbt_2026_0501", pub="2026-05-01T06:00:00-07:00",
title="Salinas River Credit Union CFO Delphine Haskovec to retire after 31 years",
body="""TEMPLETON - Delphine Haskovec, chief financial officer of Salinas River Credit Union, will retire on June 30 after 31 years with the North County lender, the credit union announced this week.

Haskovec joined as a staff accountant in 1995, when the credit union had two branches and $80 million in assets; it now has seven branches and $1.1 billion. Chief executive Marcus Oyelaran called her "the reason we slept at night through 2008." Controller Yvette Lomax will succeed her.""",
gold=[("SBP016", "subject")]),

dict(guid="sbp_cbt_2026_0509", pub="2026-05-09T06:00:00-07:00",
title="Family lumpia recipe becomes Grover Beach's newest restaurant",
body="""GROVER BEACH - The lumpia that Lola Remy Macaraeg rolled for four decades of parish fiestas now has a storefront.

Ferdie and Lourdes Macaraeg opened Lola Remy's Kusina on West Grand Avenue on Saturday, serving lumpia, pancit, adobo and the late Remedios Macaraeg's leche flan from her handwritten recipe cards. Ferdie Macaraeg, a retired Vandenberg Space Force Base contractor, said the couple had talked about it for twenty years. "Mom kept saying, 'When?'" he said. "We opened eight weeks after her funeral. She would say we were late." """,
gold=[("SBP017", "subject")]),   # Lourdes is not a client

dict(guid="sbp_cbt_2026_0820", pub="2026-08-20T06:00:00-07:00",
title="Cal Poly graduate named chief engineer at Oceano aerospace startup",
body="""OCEANO - Tidewater Launch Systems, the small-satellite propulsion startup at the Oceano airport, has named Hannah Quisenberry its chief engineer.

Quisenberry, 29, a 2019 Cal Poly aerospace engineering graduate and the daughter of Doug and Mary Beth Quisenberry of San Luis Obispo, spent five years on engine test stands in Mojave before joining Tidewater in 2024. She will lead a team of 14.""",
gold=[("SBP006", "parent_of_subject"), ("SBP005", "parent_of_subject")]),

dict(guid="sbp_cbt_2026_0825", pub="2026-08-25T06:00:00-07:00",
title="Downtown SLO parking rates rise 50 cents an hour on Sept. 1",
body="""SAN LUIS OBISPO - Hourly rates in downtown San Luis Obispo's three parking structures will rise from $2 to $2.50 on September 1, the first increase since 2022, after the City Council voted 4-1 to fund garage repairs.

Merchants were split. "I drive in from Cambria twice a week for the farmers market and the dentist," said Jules Pedrotti, a retired rancher. "Fifty cents won't stop me. The Cuesta Grade traffic might." Downtown SLO director Amira Hollis said the association would push for a free first hour on weekends.""",
gold=[]),   # SBP001 a quoted passer-by: nothing

dict(guid="sbp_cbt_2026_0903", pub="2026-09-03T06:00:00-07:00",
title="Vandenberg launch contractor picks Torrance executive as CEO",
body="""LOMPOC - Pacific Range Services, which runs launch-support contracts at Vandenberg Space Force Base, has named Kenji Umemoto its chief executive, effective October 1.

Umemoto, 58, of Torrance, was most recently president of the space systems unit of a Los Angeles-area defense electronics firm. He replaces founder Dale Whitcomb, who is retiring. The company employs about 600 people in Santa Barbara and Los Angeles counties.""",
gold=[]),   # namesake of SBP003 (Arroyo Grande, b. 1955) living in Torrance: nothing
]
