"""KXBR 7 News (invented Laredo TV station): local web stories, HTML descriptions. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="lrd_kxbr_20260115_0107", pub="2026-01-15T18:20:00-06:00",
title="Rio Bravo man, grandson escape early-morning house fire",
body="""RIO BRAVO, Texas (KXBR) - A Rio Bravo man and his 9-year-old grandson escaped without injury early Thursday after fire swept through their home on Orquidea Street.

Fidencio Ozuna, 67, said a smoke alarm the Rio Bravo Volunteer Fire Department had installed last spring woke him at about 4 a.m. "I grabbed the boy and we went out the window in our socks," Ozuna said. "Everything else is gone, but that's just things."

Neighbor Rubén Garza said he saw flames coming from the kitchen and called 911. Fire officials said the blaze appears to have started in a space heater. The American Red Cross is helping the family.""",
gold=[("LRD009", "subject")]),

dict(guid="lrd_kxbr_20260305_0233", pub="2026-03-05T17:45:00-06:00",
title="Gateway Regional names new chief of pediatrics",
body="""LAREDO, Texas (KXBR) - Gateway Regional Medical Center has a new chief of pediatrics.

Dr. Jamil Saadeh, who has practiced pediatric medicine in Laredo for 22 years, was named to the post by the hospital's board on Wednesday. Saadeh led the effort to open the city's first pediatric intensive care unit in 2019.

"Laredo's children should not have to be flown to San Antonio to get world-class care," Saadeh said. He succeeds Dr. Marta Ibarra, who is retiring.""",
gold=[("LRD010", "subject")]),

dict(guid="lrd_kxbr_20260423_0391", pub="2026-04-23T12:10:00-05:00",
title="North Laredo cleans up after hailstorm shatters windshields, skylights",
body="""LAREDO, Texas (KXBR) - Residents of north Laredo spent Thursday sweeping up glass after a severe thunderstorm dropped hail the size of golf balls across neighborhoods from Del Mar to Shiloh late Wednesday.

"It sounded like somebody was throwing rocks at the roof for ten minutes," said Ramón Ugarte, who was picking up branches outside his home near Calle del Norte.

At Panadería La Espiga de Oro on McPherson Road, owner Xóchitl Ybáñez said the power was out for six hours. "We gave away the pan dulce before it went stale," she said.

AEP Texas said about 14,000 customers lost power at the height of the storm. Body shops reported waiting lists of two weeks.""",
gold=[]),

dict(guid="lrd_kxbr_20260610_0455", pub="2026-06-10T17:30:00-05:00",
title="Alexander High senior heading to West Point",
body="""LAREDO, Texas (KXBR) - An Alexander High School senior has received an appointment to the U.S. Military Academy at West Point.

Karim Saadeh, 18, the son of Dr. Jamil and Leticia Saadeh of Laredo, was nominated by the district's congressman and will report to West Point on July 1. Saadeh was captain of the robotics team and a varsity swimmer.

"He told us when he was eight that he was going to West Point," his mother said. "We thought it was a phase." """,
gold=[("LRD010", "parent_of_subject"), ("LRD011", "parent_of_subject")]),

dict(guid="lrd_kxbr_20260722_0512", pub="2026-07-22T18:05:00-05:00",
title="San Ygnacio rancher's 1850s stone house named state historic landmark",
body="""SAN YGNACIO, Texas (KXBR) - A sandstone house that has stood on Treviño Street since the 1850s, and that Ignacio "Nacho" de la Peña spent eleven years restoring by hand, has been designated a Recorded Texas Historic Landmark.

De la Peña, 70, a rancher whose family has owned the house for five generations, received the marker from the Texas Historical Commission on Tuesday. He rebuilt the caliche roof and the gun ports with stone from the same quarry his great-great-grandfather used.

"My father was born in this house and died two months ago knowing it would outlast all of us," de la Peña said.""",
gold=[("LRD018", "subject")]),

dict(guid="lrd_kxbr_20260805_0560", pub="2026-08-05T16:50:00-05:00",
title="Council approves fifth lane for World Trade Bridge inspection plaza",
body="""LAREDO, Texas (KXBR) - The Laredo City Council voted 7-1 on Monday to fund a fifth commercial inspection lane at the World Trade Bridge, where northbound truck waits topped three hours last month.

City Manager Lourdes Treviño said the $18 million project would be paid for with bridge toll revenue. Council member Alberto Mendoza cast the lone vote against, saying the city should wait for federal funding.

Construction is expected to begin in January.""",
gold=[]),
]
