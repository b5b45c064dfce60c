"""KJMT Montana 7 (invented Great Falls TV station, Lewistown bureau): local news, HTML descriptions.
Hand-labelled."""

ITEMS = [
dict(guid="lwt_kjmt_2026_0311", pub="2026-03-11T17:45:00-06:00",
title="Lewistown veterinarian named Montana's Veterinarian of the Year",
body="""LEWISTOWN - A large-animal vet who has pulled calves in blizzards across three counties for 25 years is the Montana Veterinary Medical Association's 2026 Veterinarian of the Year.

Dr. Marcia Heberle, who owns Spring Creek Veterinary Clinic on East Main, received the award Tuesday at the association's winter meeting in Helena. Ranchers from Roy to Harlowton wrote letters nominating her.

"She's come out at two in the morning more times than I can count," said Brady Stoltz, who ranches north of Roy. Heberle said the award belongs to her technicians. "They're the ones who answer the phone at two in the morning," she said.""",
gold=[("LWT017", "subject")]),

dict(guid="lwt_kjmt_2026_0626", pub="2026-06-26T21:10:00-06:00",
title="Hail shreds gardens, dents cars across Lewistown",
body="""LEWISTOWN - Golf-ball-sized hail pounded Lewistown for about fifteen minutes Thursday evening, stripping leaves from the boulevard trees, flattening gardens and breaking windows on the north side of town.

No injuries were reported. Fergus County Disaster and Emergency Services said crews were clearing drifts of hail from storm drains on Main Street well after dark.

"I've lived on West Broadway for eighty years and I've never seen hail pile up like snow," said Curt Haugen, who was out with a shovel at 8 p.m. Duane Kucera, whose pickup lost its windshield on Northeast Main, said the hail "sounded like a freight train on the roof."

Insurance adjusters are expected in town by Monday.""",
gold=[]),

dict(guid="lwt_kjmt_2026_0714", pub="2026-07-14T18:20:00-06:00",
title="Fire destroys barn and 400 tons of hay on Roy-area ranch",
body="""ROY - A fire Sunday afternoon destroyed a hay barn, a shop and about 400 tons of hay on the Stoltz ranch north of Roy.

Brady and Jess Stoltz were moving cattle when a neighbor saw smoke and called it in. Roy and Winifred volunteer firefighters fought the blaze for six hours. No people or livestock were hurt, but the family lost most of the winter's feed and two tractors.

Neighbors began hauling hay to the ranch Monday morning. "That's just what you do out here," said Kenny Doney of Winifred, who brought his loader. A hay fund has been set up at the Bank of Central Montana in Lewistown.""",
gold=[("LWT018", "subject")]),

dict(guid="lwt_kjmt_2026_0819", pub="2026-08-19T12:05:00-06:00",
title="Havre teacher Mary Jo Pribyl retires after 38 years",
body="""HAVRE - Students packed the Havre Middle School gym Tuesday to send off Mary Jo Pribyl, who taught seventh-grade science in Havre for 38 years.

Pribyl, 61, a Havre native, said she plans to travel to every national park in the West "starting with the ones I made the kids do reports on." She is married to retired Hill County deputy Greg Pribyl.""",
gold=[]),

dict(guid="lwt_kjmt_2026_1103", pub="2026-11-03T17:30:00-06:00",
title="Winifred school honors bus driver's 30 years without a missed route",
body="""WINIFRED - For thirty school years Kenny Doney has driven the 78-mile Winifred bus route, through gumbo mud, ground blizzards and one memorable encounter with a bull on the Knox Ridge road, without missing a day.

On Monday the Winifred School board and the Montana Association for Pupil Transportation honored Doney with its Golden Wheel award. Students made him a banner. Doney, 63, said he will keep driving "as long as the bus will start.\"""",
gold=[("LWT021", "subject")]),
]
