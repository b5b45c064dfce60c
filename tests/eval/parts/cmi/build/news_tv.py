"""WCUV 17 News (Champaign-Urbana-Danville TV station site), HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="cmi_tv_2026_0116_pond", pub="2026-01-16T18:20:00-06:00",
title="St. Joseph man pulls neighbor from icy pond",
body="""ST. JOSEPH - A St. Joseph man is being credited with saving his neighbor's life after she fell through the ice of a retention pond on the village's east side Thursday afternoon.

Russ Trimmell, 66, said he heard shouting while shoveling his driveway, grabbed an aluminum ladder from his garage and slid it across the ice to reach 71-year-old Phyllis Garrard, who had gone after her dog.

"I didn't think about it, I just went," Trimmell said. Garrard was treated at Carle for hypothermia and released. St. Joseph-Stanton fire chief Dan Wehmeyer said Trimmell "did everything right" by staying flat on the ladder. The dog also made it out.""",
gold=[("CMI011", "subject")]),

dict(guid="cmi_tv_2026_0221_rantoul-fire", pub="2026-02-21T07:45:00-06:00",
title="Rantoul family escapes overnight house fire",
body="""RANTOUL - A Rantoul family of five escaped without injury when fire swept through their home on East Grove Avenue early Saturday morning.

Dwayne and Sharonda Hollinshead said a smoke alarm woke them shortly after 3 a.m. and they got their three children out through a back door. Rantoul firefighters were on the scene within five minutes, but the kitchen and back half of the house were destroyed.

"Everything in there can be replaced," Dwayne Hollinshead said. The Red Cross is helping the family with temporary housing. Fire chief Ken Bouse said the fire appears to have started in a clothes dryer.""",
gold=[("CMI004", "subject")]),

dict(guid="cmi_tv_2026_0418_gatewood", pub="2026-04-18T22:10:00-05:00",
title="Central's Malik Gatewood signs with Illinois State",
body="""CHAMPAIGN - Champaign Central senior Malik Gatewood, the Big 12 Conference's leading rusher, signed Friday to play football at Illinois State University.

Gatewood ran for 1,840 yards and 24 touchdowns last fall. He signed in the school library surrounded by teammates and by his parents, Lamont and Tanisha Gatewood.

"He has been carrying the ball since he was six years old in the Champaign Park District league," Lamont Gatewood said. Malik plans to study kinesiology.""",
gold=[("CMI014", "parent_of_subject")]),

dict(guid="cmi_tv_2026_0520_storm", pub="2026-05-20T12:30:00-05:00",
title="Storm cleanup under way in Savoy and southwest Champaign",
body="""CHAMPAIGN - Crews spent Wednesday clearing downed trees and power lines after a severe thunderstorm with 70 mph gusts tore across Savoy and southwest Champaign Tuesday evening.

Ameren said about 9,000 customers lost power at the height of the storm. A large oak fell across Kirby Avenue near Mattis Avenue, closing the road for most of the morning.

"It sounded like a train, and then the whole street was full of branches," said Grace Chae, who watched from her porch as crews worked. Neighbor Bernie Szczepanik said he had lived on the block for forty years "and never seen the maples bend like that." No serious injuries were reported.""",
gold=[]),   # quoted bystanders (the storm itself is labelled from the NWS alert)

dict(guid="cmi_tv_2026_0912_bowling", pub="2026-09-12T21:00:00-05:00",
title="Champaign bowler, 78, rolls first perfect game",
body="""CHAMPAIGN - Bernie Szczepanik has been bowling in Tuesday night leagues at Old Orchard Lanes since 1965. This week, at 78, he finally rolled a 300.

"I threw the twelfth ball and turned around before it got there," Szczepanik said. "Then everybody was yelling." League secretary Donna Piatt said it was the oldest perfect game in the center's history.""",
gold=[]),   # CMI021 is do_not_contact

dict(guid="cmi_tv_2026_1006_trimmell", pub="2026-10-06T17:30:00-05:00",
title="Vigo County clerk Jo Ann Trimmell retires after 40 years",
body="""TERRE HAUTE, Ind. - Vigo County Clerk Jo Ann Trimmell, who has worked in the county courthouse since 1986, retired Friday.

Trimmell, of Terre Haute, ran the county's elections through eleven presidential cycles. Her staff threw her a surprise party in the courthouse rotunda.

"I came for a summer job," Trimmell said. "Nobody told me when the summer ended.\"""",
gold=[]),   # namesake of CMI010 (St. Joseph, Ill.) in Terre Haute, Ind.
]
