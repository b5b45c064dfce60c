"""KBSN 2 Klamath Basin News (local TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="lmt_kbsn_4411", pub="2026-02-11T18:30:00-08:00", title="Fire destroys south suburban Klamath Falls home; couple escapes",
body="""KLAMATH FALLS - A couple escaped without injury early Wednesday when fire swept through their home on Shasta Way.

Royce and Gaylene Hemmerling woke to smoke alarms just after 3 a.m. and got out with their two dogs, according to Klamath County Fire District 1. The fire started in an attached garage; investigators believe a space heater is to blame. The house is a total loss.

"I saw the glow and called 911 - by the time I got my boots on the roof was going," said neighbor Bryce Teeters, who lives across the street. The Red Cross is helping the Hemmerlings with lodging.""",
gold=[("LMT021", "subject"), ("LMT022", "subject")]),

dict(guid="lmt_kbsn_4418", pub="2026-03-25T17:45:00-07:00", title="Washburn Way overpass reopens after eight months",
body="""KLAMATH FALLS - The Washburn Way overpass reopened to traffic Wednesday, eight months after ODOT closed it for deck repairs.

Drivers from the east side of the Basin were glad to see it. "It saves me twenty minutes every morning," said Jolene Ferebee, who commutes from Bonanza to a job at Sky Lakes. ODOT says the final striping will be done by the end of April.""",
gold=[]),

dict(guid="lmt_kbsn_4425", pub="2026-02-18T18:00:00-08:00", title="Chiloquin elder honored for keeping the Klamath language alive",
body="""CHILOQUIN - For more than 40 years, Billie Stuckart has been the person Chiloquin's children call when they need to know the word for something.

On Tuesday, the Klamath Tribes' culture and heritage department honored the 86-year-old Wilhelmina "Billie" Stuckart with its Lifetime Language Keeper award, for the recordings, flash cards and summer language camps she has led since 1984.

"My grandmother spoke it to me in the kitchen," Stuckart said. "I just kept talking back." """,
gold=[("LMT020", "subject")]),

dict(guid="lmt_kbsn_4432", pub="2026-05-14T21:10:00-07:00", title="Malin man cited after pickup rolls into canal",
body="""MALIN - A Malin man was cited for careless driving Thursday evening after his pickup left Highway 50 and rolled into a drainage canal east of Merrill, Oregon State Police said.

The driver, Garrett Skeen, 35, of Malin, climbed out through a window and was not injured. A passing farmer pulled him up the bank with a tow strap. The truck was towed.""",
gold=[]),

dict(guid="lmt_kbsn_4440", pub="2026-06-20T18:15:00-07:00", title="Malin couple celebrates 55 years of marriage with a polka",
body="""MALIN - Harlan and Millie Vodicka were married at Sacred Heart Catholic Church in Malin on June 19, 1971, and danced the first polka at their reception in the ZCBJ hall.

On Saturday, 55 years later to the day, they danced it again in the same hall, with four children, eleven grandchildren and most of Malin watching. Harlan farmed potatoes and grain south of town until 2015; Millie taught second grade at Malin Elementary for 31 years.

"He still steps on my feet," Millie Vodicka said. "Just not as hard." """,
gold=[("LMT001", "subject"), ("LMT002", "subject")]),
]
