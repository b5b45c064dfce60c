"""The Lower Cape & Islands Neighbor (invented community paper: schools, milestones, library news): teaser in
description, HTML in content:encoded. Hand-labelled."""

FEED = "neighbor"
ITEMS = [
dict(guid="ack_neighbor-2026-0007", pub="2026-01-08T08:00:00-05:00", title="Provincetown couple marks 60 years of marriage",
body="""PROVINCETOWN - Sixty years ago this month, a young fisherman named Manuel Avelar married Maria de Lurdes Souza at St. Peter the Apostle Church, and half of the West End came to the reception.

Manny and Lurdes Avelar, now 81 and 79, celebrated their diamond anniversary on Sunday with their children, grandchildren and a great-grandson at a dinner at the Lobster Pot. Manny fished out of MacMillan Pier for 45 years; Lurdes worked at the town library for 30.

"The secret is that he was at sea half the time," Lurdes said.""",
gold=[("ACK009", "subject"), ("ACK010", "subject")]),

dict(guid="ack_neighbor-2026-0031", pub="2026-02-12T08:00:00-05:00", title="Yarmouth Port Library honors 'Tempie' Crocker for 45 years of service",
body="""YARMOUTH PORT - The Yarmouth Port Library has named its children's reading room for its longest-serving volunteer, Temperance "Tempie" Crocker, 87, who has shelved books, read aloud and guarded the rare-book room there since 1981.

"She knows where everything is, including the things we lost in 1994," library director Sarah Kelley said at a reception on Saturday. Crocker said she would keep coming on Tuesdays.""",
gold=[("ACK017", "subject")]),

dict(guid="ack_neighbor-2026-0044", pub="2026-03-04T08:00:00-05:00", title="Nauset junior earns Eagle Scout with oyster-reef project",
body="""ORLEANS - Caleb Sparrow, a junior at Nauset Regional High School, has earned the rank of Eagle Scout, Scouting's highest honor.

Caleb, the son of Clement and Roz Sparrow of Orleans, led 30 volunteers in building a 200-foot living oyster reef in Town Cove for his Eagle project. He is a member of Troop 71 of Orleans. A court of honor will be held at the Orleans Federated Church on March 21.""",
gold=[("ACK015", "parent_of_subject"), ("ACK014", "parent_of_subject")]),

dict(guid="ack_neighbor-2026-0077", pub="2026-06-03T08:00:00-04:00", title="Nantucket High valedictorian wins full scholarship to Brown",
body="""NANTUCKET - Shanice Ebanks, valedictorian of the Nantucket High School class of 2026, has won a full four-year scholarship to Brown University, where she plans to study marine biology.

Shanice, the daughter of Desmond and Marcia Ebanks of Nantucket, spent three summers counting horseshoe crabs for the Maria Mitchell Association. "My grandfather always said the island would send me somewhere," she said. "I'm going to come back." """,
gold=[("ACK004", "parent_of_subject"), ("ACK005", "parent_of_subject")]),

dict(guid="ack_neighbor-2026-0089", pub="2026-07-08T08:00:00-04:00", title="Brewster Ladies' Library campaign reaches its goal",
body="""BREWSTER - The Brewster Ladies' Library has reached the $3 million goal of its campaign to restore its 1868 building and add a children's wing, the library's trustees announced.

Leading donors include the Brewster Community Fund, the estate of Roland Hinckley, Gideon and Philippa Tobey, Lysander Paine, Margaret and Dean Ellis and the Friends of the Library. Construction will begin in September.""",
gold=[]),

dict(guid="ack_neighbor-2026-0121", pub="2026-10-14T08:00:00-04:00", title="Wellfleet OysterFest draws record crowd",
body="""WELLFLEET - More than 20,000 people filled Wellfleet center over the weekend for the 25th Wellfleet OysterFest, eating their way through an estimated 60,000 oysters.

The shuck-off was won for the second year by Tessa Bowen of Wellfleet, who opened 24 oysters in 2 minutes 41 seconds. The judges were Wellfleet shellfish constable Andrew Cole, chef Maria Santos and Mashpee oyster farmer Ezra Attaquin.""",
gold=[]),
]
