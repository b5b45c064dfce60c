"""KVLE Valle 7 News (Harlingen-Brownsville-McAllen TV station site): short web stories, HTML descriptions.
Hand-labelled."""

FEED = "kvle"
ITEMS = [
dict(guid="bro_kvle_20260303_1184", pub="2026-03-03T17:45:00-06:00", title="Harlingen doctor named Texas Family Physician of the Year",
body="""HARLINGEN, Texas (KVLE) - A Harlingen family doctor who still makes house calls to homebound patients in the colonias has been named the 2026 Texas Family Physician of the Year.

Dr. Raúl Ochoa, who has practiced on Harrison Avenue for 24 years, received the award Saturday from the Texas Academy of Family Physicians in Austin. Ochoa started a Saturday clinic for uninsured farmworkers in 2009 and has trained more than sixty UTRGV medical residents.

"The award belongs to my patients," Ochoa told Valle 7. "They taught me medicine."  """,
gold=[("BRO013", "subject")]),

dict(guid="bro_kvle_20260414_1302", pub="2026-04-14T06:20:00-05:00", title="Fire destroys Mercedes tire shop overnight",
body="""MERCEDES, Texas (KVLE) - A fire early Tuesday destroyed a family-owned tire shop on Texas Avenue in Mercedes.

Firefighters were called to Hinojosa Tire & Muffler at about 2:30 a.m. and found the building fully involved. No one was hurt. Owner Baltazar Hinojosa said the shop, which his father opened in 1979, had about 600 tires in stock.

"Everything my dad built is gone, but nobody got hurt and we will rebuild," Hinojosa said. The fire marshal said the cause is under investigation.""",
gold=[("BRO022", "subject")]),

dict(guid="bro_kvle_20260513_1377", pub="2026-05-13T19:10:00-05:00", title="Storm clean-up underway in north Brownsville after overnight winds",
body="""BROWNSVILLE, Texas (KVLE) - Residents of north Brownsville spent Wednesday dragging tree limbs to the curb after a severe thunderstorm brought wind gusts near 70 mph overnight.

Brownsville Public Utilities Board crews restored power to about 6,000 customers by mid-afternoon. On Paredes Line Road, neighbors helped one another clear a fallen ash tree from a driveway.

"My neighbor's trampoline ended up two houses down, but we're all okay," said Alicia Montemayor, who lives nearby. Homero Barrera, who has lived on Coria Street since 1978, said it was the worst wind he had seen since Hurricane Dolly.

The city will run extra brush pickups through next week.""",
gold=[]),

dict(guid="bro_kvle_20260528_1402", pub="2026-05-28T18:30:00-05:00", title="Los Fresnos valedictorian heading to MIT",
body="""LOS FRESNOS, Texas (KVLE) - Los Fresnos High School's class of 2026 valedictorian will study aerospace engineering at MIT this fall.

Daniela Zamora, 18, finished with a 4.0 grade point average, led the robotics team to the state championship and spent two summers as an intern at the SpaceX launch site at Boca Chica.

She is the daughter of Memo and Norma Zamora, who own Memo's Cocina on Ocean Boulevard. "She used to do her homework in the back booth," her father said. "Now she's going to build rockets." """,
gold=[("BRO009", "parent_of_subject"), ("BRO010", "parent_of_subject")]),

dict(guid="bro_kvle_20260620_1455", pub="2026-06-20T10:05:00-05:00", title="Hundreds of sea turtle hatchlings released on South Padre Island",
body="""SOUTH PADRE ISLAND, Texas (KVLE) - More than 400 Kemp's ridley sea turtle hatchlings made their way to the Gulf on Saturday morning at a public release on the Island.

Sea Turtle Inc. staff said this season's nest count is the highest in five years. Volunteers patrolled the beach at dawn to keep gulls away.

"We come every year. My grandkids think the turtles are the best part of Texas," said Ken Albrecht, a longtime Island resident who watched from behind the rope line.""",
gold=[]),
]
