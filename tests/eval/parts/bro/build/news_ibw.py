"""Around the Valley (community newsletter of the Cameron County weeklies: Port Isabel-South Padre, Brownsville,
San Benito, Harlingen): society, milestones, schools and churches; teaser description, HTML in content:encoded.
Hand-labelled."""

FEED = "ibw"
ITEMS = [
dict(guid="bro_ibw_2026_0212", pub="2026-02-26T08:00:00-06:00", title="San Benito Chamber names Nacho Salinas Citizen of the Year",
body="""SAN BENITO - The San Benito Chamber of Commerce named Ignacio "Nacho" Salinas Jr. its 2026 Citizen of the Year at its annual banquet on Saturday.

Salinas, a San Benito ISD bus-route supervisor, has coached Little League for 20 years and organized the cleanup of the resaca behind Landrum Park after the 2025 floods. He accepted the award a month after burying his father, Ignacio Sr., and dedicated it to him. His wife, Yolanda, and their three children were at his table.""",
gold=[("BRO005", "subject")]),

dict(guid="bro_ibw_2026_0324", pub="2026-04-02T08:00:00-05:00", title="Welcome, baby Mateo",
body="""HARLINGEN - Ana Lucía and Marco Reséndez of Harlingen announce the birth of their son, Mateo Arnulfo Reséndez, on March 27 at Valley Baptist Medical Center. Mateo weighed 7 pounds, 9 ounces. He is named in part for his great-great-grandfather Arnulfo Cortez of La Feria. Proud grandparents are Graciela Cortez of Harlingen and Ricardo and Yvonne Reséndez of Combes.""",
gold=[("BRO017", "subject")]),

dict(guid="bro_ibw_2026_0418", pub="2026-04-30T08:00:00-05:00", title="Shrimp cook-off crowns a Port Isabel champion",
body="""PORT ISABEL - Refugio Lerma Jr. took first place Saturday at the 34th annual Port Isabel Shrimp Cook-Off with his grandmother's camarones a la diabla.

Judges were Chef Marisa Quintanilla of South Padre Island, Rev. Tomás Villanueva of Brownsville and Sharon Albrecht of Albrecht's Island Bait & Tackle. More than 2,000 people attended, and proceeds go to the Port Isabel Lighthouse preservation fund.

Runner-up was the team from the Port Isabel Volunteer Fire Department. Among the crowd were Winter Texans Dale and Arlene Brekke of Port Isabel, who said they have not missed a cook-off in nineteen years. "We come for the shrimp and stay for the music," Arlene Brekke said.""",
gold=[]),

dict(guid="bro_ibw_2026_0530", pub="2026-06-04T08:00:00-05:00", title="Cavazos couple celebrates 50 years of marriage",
body="""BROWNSVILLE - Rogelio "Roy" and Herminia Cavazos of Brownsville celebrated their 50th wedding anniversary on May 29 with a Mass at the Immaculate Conception Cathedral and a dinner for 200 at the Brownsville Events Center.

The couple were married at the Cathedral on May 29, 1976. Roy retired from the Port of Brownsville, where he was a crane operator for 35 years; Herminia, the former Herminia Villarreal, taught kindergarten at Russell Elementary. The celebration came two months after the death of their grandson, Rudy, and the family said his chair was left empty at the head table.""",
gold=[("BRO001", "subject"), ("BRO002", "subject")]),

dict(guid="bro_ibw_2026_0611", pub="2026-06-11T08:00:00-05:00", title="Pastor marks 25 years at First United Methodist, Brownsville",
body="""BROWNSVILLE - The Rev. Tomás Villanueva celebrated 25 years as senior pastor of First United Methodist Church of Brownsville on Sunday with a bilingual service and a barbecue on the church lawn.

Villanueva came to Brownsville from Laredo in 2001. Under his leadership the church opened a respite center for families waiting for immigration hearings and a Saturday English school that has taught more than 3,000 adults. His wife, Graciela, directs the church's choir.""",
gold=[("BRO015", "subject")]),

dict(guid="bro_ibw_2026_0625", pub="2026-06-25T08:00:00-05:00", title="Brownsville teacher retires after 34 years in the classroom",
body="""BROWNSVILLE - When the last bell rang at Perkins Middle School this month, it rang for Lety Guerra too. Guerra, who taught eighth-grade Texas history for 34 years, retired at the end of the school year.

Leticia Guerra started at Perkins in 1992 and sponsored the history fair team that went to state eleven times. Former students lined the hallway on her last day. "Some of them are now parents of my students," she said. "That's when you know it's time." She plans to travel and to finish the family history her mother started.""",
gold=[("BRO021", "subject")]),
]
