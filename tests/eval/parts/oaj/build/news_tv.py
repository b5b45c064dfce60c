"""Coastal Carolina 9 (WCCN, Jacksonville/New Bern): local TV station site, short web stories, HTML
descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="oaj_wccn_20260220_1184", pub="2026-02-20T18:25:00-05:00", title="White Oak's Jaylen Tillery wins 3A state wrestling title",
body="""GREENSBORO, N.C. (WCCN) - White Oak High School senior Jaylen Tillery is a state champion.

Tillery pinned Cardinal Gibbons' Eli Brewer in the second period of the NCHSAA 3A 182-pound final Saturday night at the Greensboro Coliseum, finishing his season 51-2. He is the first Viking to win a state wrestling title since 2011.

"He's been getting up at five in the morning to run since he was in eighth grade," said his father, Kendrick Tillery, who wrestled at White Oak himself. His mother, Monique Tillery, said the family would celebrate "with a whole lot of food and one day off." Jaylen has signed to wrestle at Campbell University.""",
gold=[("OAJ011", "parent_of_subject"), ("OAJ012", "parent_of_subject")]),

dict(guid="oaj_wccn_20260303_1217", pub="2026-03-03T17:50:00-05:00", title="Hospice doctor named New River Regional's Physician of the Year",
body="""JACKSONVILLE, N.C. (WCCN) - A physician who makes house calls from Richlands to North Topsail Beach has been named Physician of the Year at New River Regional Medical Center.

Dr. Anjali Varghese, medical director of the Hospice House of Onslow, received the award Monday night at the hospital foundation's annual gala. Colleagues who nominated her said she has personally visited more than 2,000 patients at home since she came to Jacksonville in 2012.

"The honor belongs to our nurses," Varghese said. "I just drive the car." """,
gold=[("OAJ016", "subject")]),

dict(guid="oaj_wccn_20260324_1290", pub="2026-03-24T07:10:00-04:00", title="Hubert mother, three children escape early-morning house fire",
body="""HUBERT, N.C. (WCCN) - A Hubert mother and her three young children escaped without injury early Tuesday when fire swept through their home on Queens Creek Road.

Yesenia Vélez told Coastal Carolina 9 that a smoke alarm woke her just after 3 a.m. She carried her newborn daughter and led her two older children out through the back door. Her husband, Sgt. Héctor Carrasquillo, is deployed overseas with the 2nd Marine Division.

Queens Creek Volunteer Fire Department said the fire began in the garage. The house is a total loss. The Onslow County chapter of the American Red Cross and the Marine Corps' Key Volunteer network are helping the family, and a neighbor has started a fund at the Hubert Community Center.""",
gold=[("OAJ010", "subject")]),

dict(guid="oaj_wccn_20260823_1533", pub="2026-08-23T19:40:00-04:00", title="Sneads Ferry shrimper, 79, leads Shrimp Festival parade as grand marshal",
body="""SNEADS FERRY, N.C. (WCCN) - The 55th Sneads Ferry Shrimp Festival parade had a grand marshal who remembers the first one.

Thurman "Buddy" Midyette, 79, who has worked the New River and the sound for more than sixty years, rode at the front of Saturday's parade in the bow of his old trawler, the Miss Dot, on a flatbed trailer. He was named grand marshal by the festival committee for his years teaching young people to pull a net and mend one.

Beside him, as she has been for 55 years, sat his wife, Dot. "She's the reason the boat's still floating," Midyette said.""",
gold=[("OAJ001", "subject")]),

dict(guid="oaj_wccn_20260829_1561", pub="2026-08-29T12:15:00-04:00", title="Neighbors help neighbors after tornado-warned storm rips through Hubert",
body="""HUBERT, N.C. (WCCN) - Chainsaws and pickup trucks filled the side roads off Queens Creek Road on Saturday, a day after a tornado-warned storm brought down trees and power lines between Midway Park and Hubert.

"We just came with what we had," said Carl Wayne Humphrey, who drove over from Swansboro with two chainsaws and a trailer of his employees. "Somebody'd do it for us."

Jones-Onslow EMC reported about 6,000 customers without power at the peak. The National Weather Service in Newport will survey the damage Monday to decide whether a tornado touched down.""",
gold=[]),
]
