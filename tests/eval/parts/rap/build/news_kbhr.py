"""KBHR NewsCenter 7 (Rapid City TV station site): local news, HTML descriptions. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="rap_kbhr_news_20260207_barn_fire", pub="2026-02-07T18:40:00-07:00",
title="Fire destroys calving barn on ranch east of Sturgis",
body="""A fire Friday afternoon destroyed a calving barn and about 300 bales of hay on a ranch along Alkali Road east of Sturgis.

Dale and Karla Fischbach, who have ranched there since 1976, said they got every cow and calf out before the roof came down. "Karla had the gate open before I'd even found the hose," Dale Fischbach said.

Sturgis Volunteer Fire Chief Aaron Vig said crews from Sturgis, Piedmont and Whitewood fought the fire for three hours in a strong west wind. A heat lamp is the suspected cause. No one was hurt.""",
gold=[("RAP016", "subject"), ("RAP017", "subject")]),

dict(guid="rap_kbhr_news_20260303_cmo", pub="2026-03-03T12:15:00-07:00",
title="Rapid City physician named chief medical officer at Oyate Family Health",
body="""Oyate Family Health has named Dr. Naomi Crow Feather its new chief medical officer.

Crow Feather, an enrolled member of the Oglala Sioux Tribe who grew up in Kyle, has practiced family medicine in Rapid City for twelve years. She will oversee the clinic's three sites in Rapid City, Box Elder and Hot Springs.

"Our relatives deserve care close to home, in a place that knows them," Crow Feather said. She succeeds Dr. Bruce Amundson, who is retiring.""",
gold=[("RAP015", "subject")]),

dict(guid="rap_kbhr_news_20260322_pursuit", pub="2026-03-22T22:05:00-06:00",
title="Rapid City man arrested after pursuit on Highway 44",
body="""A Rapid City man was arrested early Sunday after a pursuit that began on Omaha Street and ended near Caputa, the Pennington County Sheriff's Office said.

Marvin Kills Brave, 44, of Rapid City, faces charges of aggravated eluding and driving under the influence. Deputies used spike strips to stop the pickup. No one was injured.

He was being held at the Pennington County Jail.""",
gold=[]),   # crime story, and a namesake (RAP004 is Marvin Kills Brave Jr., 53, of Manderson): nothing

dict(guid="rap_kbhr_news_20260605_hail_cleanup", pub="2026-06-05T17:20:00-06:00",
title="Box Elder neighbors pitch in after hailstorm shreds roofs and siding",
body="""Neighbors, church groups and off-duty airmen from Ellsworth Air Force Base spent Friday tarping roofs and picking up glass after Thursday night's hailstorm dropped baseball-sized hail on Box Elder and north Rapid City.

"My cousin's whole north side is gone, so I drove out from west Rapid with my ladder," said Travis Runs Close, who spent the day on a roof on Tower Road.

The city of Box Elder will run extra debris pickups through next week. Insurance adjusters are setting up at the Box Elder Event Center.""",
gold=[]),   # quoted volunteer (RAP020): nothing
]
