"""Bitterroot & Blackfoot Valley Ledger (community weekly: Ravalli County, Seeley-Swan, Frenchtown, Mission
Valley and Missoula neighborhoods): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "ledger"
ITEMS = [
dict(guid="mso_ledger_2026_0115", pub="2026-01-15T08:00:00-07:00", title="Engagement: Skovgaard - Ruckelshaus",
body="""Anders and Kirsten Skovgaard of Missoula announce the engagement of their daughter, Ingrid Skovgaard, to Tanner Ruckelshaus, son of Clay Ruckelshaus of Lolo and the late Denise Ruckelshaus.

The bride-elect is a 2020 graduate of Big Sky High School and of Montana State University, and is a physical therapist in Missoula. Her fiance graduated from Loyola Sacred Heart and the University of Montana and is a smokejumper based at the Missoula Aerial Fire Depot.

A September wedding is planned at Immanuel Lutheran Church, Missoula.""",
gold=[("MSO021", "parent_of_subject"), ("MSO022", "parent_of_subject")]),

dict(guid="mso_ledger_2026_0208", pub="2026-02-12T08:00:00-07:00", title="Hamilton rancher Orville Fenstermaker receives stockgrowers' lifetime award",
body="""HAMILTON - Orville Fenstermaker has run Hereford cattle on the same 640 acres west of Hamilton since 1967, and last week the Montana Stockgrowers Association gave him its Lifetime Stewardship Award.

Fenstermaker, 81, was honored at the association's winter meeting in Great Falls for fencing his stretch of Skalkaho Creek away from his cattle in 1985, long before anyone asked him to, and for the cottonwoods that now shade it.

"Arlene and I just wanted the creek to look like it did when we bought the place," Fenstermaker said. His wife, Arlene, accepted a second plaque on behalf of the Ravalli County 4-H, which she led for twenty years.""",
gold=[("MSO014", "subject")]),

dict(guid="mso_ledger_2026_0322", pub="2026-05-21T08:00:00-06:00", title="Late farrier Dale Threlkeld enters Bitterroot rodeo hall of fame",
body="""STEVENSVILLE - Dale Threlkeld, the saddle-bronc rider and farrier who died in April, was inducted Saturday into the Bitterroot Valley Rodeo Hall of Fame.

His daughter, Annika Threlkeld, accepted the plaque in front of a crowd of about 300 at the Stevensville Rodeo Grounds. "He would have said they had the wrong guy," she said, "and then he would have hung it in the barn."

Also inducted were the late stock contractor Virgil Haack of Darby and barrel racer Shirley Moen of Victor.""",
gold=[]),

dict(guid="mso_ledger_2026_0409", pub="2026-04-09T08:00:00-06:00", title="Skolrood earns 200th win as Stevensville boys' basketball coach",
body="""STEVENSVILLE - When the final horn sounded on the Yellowjackets' 61-48 win over Florence-Carlton, the players dumped a bucket of water on their coach.

Dwayne Skolrood, in his 17th season at Stevensville High School, earned his 200th career victory, becoming the first Stevensville boys' coach to reach that mark. His wife, Mary Beth, kept the scorebook, as she has for every one of the 200.

"I've had good kids. That's the whole secret," Skolrood said.""",
gold=[("MSO009", "subject")]),

dict(guid="mso_ledger_2026_0501", pub="2026-06-04T08:00:00-06:00", title="Seeley Lake postmaster retires after 38 years behind the counter",
body="""SEELEY LAKE - For 38 years, if you wanted your mail in Seeley Lake, you went to see Gerri Hoffstetter.

Hoffstetter, who started as a part-time clerk in 1988 and has been postmaster since 2003, retired Friday. Townspeople packed the little post office on Highway 83 for cake and a card signed by nearly 600 people.

"I know who gets a birthday card from their sister every year, and who never writes back," Hoffstetter said. "I'll take that to my grave." She and her husband, Merle, plan to spend more time on the lake.""",
gold=[("MSO017", "subject")]),

dict(guid="mso_ledger_2026_0603", pub="2026-07-09T08:00:00-06:00", title="Arlee beadworker takes best of show at tribal art market",
body="""ARLEE - A beaded cradleboard cover that took most of a winter to make won best of show Saturday at the Mission Valley Tribal Art Market in Pablo.

Its maker, Rosie Lozeau of Arlee, said she began it in January and finished it a week before the market, after the death of her granddaughter in April. The cover's floral pattern is one her own grandmother used, she said, "and now it's for all of them."

The market, held during the Arlee Celebration week, drew 140 artists from across the Flathead Reservation.""",
gold=[("MSO003", "subject")]),
]
