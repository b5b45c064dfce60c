"""KSAB 6 News (Beaumont TV station site): HTML descriptions, short web-story style. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="bmt_ksab_20260115_1102", pub="2026-01-15T17:45:00-06:00", title="Beaumont fire captain promoted to assistant chief",
body="""BEAUMONT, Texas (KSAB) - A 22-year veteran of Beaumont Fire-Rescue is the department's newest assistant chief.

Capt. Darnell Chenier was sworn in Thursday at City Hall, with his wife, Keisha, pinning on his new badge. Chenier, who grew up in the North End, will oversee training and the department's new water-rescue team.

"Every storm we've had since Rita taught us something," Chenier said. "My job is to make sure we never have to learn it twice." """,
gold=[("BMT009", "subject")]),

dict(guid="bmt_ksab_20260210_1167", pub="2026-02-10T06:20:00-06:00", title="Orange couple escapes early-morning house fire on Meeks Drive",
body="""ORANGE, Texas (KSAB) - An Orange couple escaped without injury early Tuesday after fire broke out in the garage of their home on Meeks Drive.

Reggie and Cheryl Fusilier told KSAB 6 that a smoke alarm their grandson installed at Christmas woke them just after 4 a.m. "We went out the back door in our pajamas," Cheryl Fusilier said. Orange firefighters kept the flames from spreading past the kitchen, but the garage and two vehicles are a total loss.

The fire marshal believes a battery charger started the fire.""",
gold=[("BMT015", "subject"), ("BMT016", "subject")]),

dict(guid="bmt_ksab_20260305_1201", pub="2026-03-05T18:10:00-06:00", title="Port Neches couple marks 50 years, renews vows at St. Elizabeth",
body="""PORT NECHES, Texas (KSAB) - Fifty years after they said "I do" at St. Elizabeth Catholic Church, Alcide "Tee-Al" Thibodeaux Jr. and Marie Rose Thibodeaux said it again Saturday, in the same church, in front of three children, seven grandchildren and what seemed like half of Port Neches.

The couple met at a fais do-do at the Port Neches Riverfront Park in 1974. He was a pipefitter at Texaco; she taught second grade at Woodcrest Elementary for 31 years. The reception featured a crawfish étouffée made from her late mother's recipe.""",
gold=[("BMT001", "subject"), ("BMT002", "subject")]),

dict(guid="bmt_ksab_20260408_1288", pub="2026-04-08T16:30:00-05:00", title="PNG senior named National Merit Scholar",
body="""GROVES, Texas (KSAB) - Port Neches-Groves High School senior Jaylen LeDoux has been named a National Merit Scholar, one of only four in Southeast Texas this year.

LeDoux, the son of Toni LeDoux of Groves, plans to study chemical engineering at Texas A&M. "He did his homework at my kitchen table while I did my nursing-school homework across from him," his mother said. "We graduated the same week, two years ago." """,
gold=[("BMT017", "parent_of_subject")]),

dict(guid="bmt_ksab_20260516_1340", pub="2026-05-16T19:05:00-05:00", title="Bridge City gumbo cook-off raises $40,000 for food pantry",
body="""BRIDGE CITY, Texas (KSAB) - Forty-two teams, 600 gallons of gumbo and one very full panel of judges raised $40,000 Saturday for the Bridge City Community Food Pantry.

The Bayou Boys of Orangefield took first place in the seafood division. Judges included Orange County Judge Carla Benoit, chef Nathan Trahan and retired Bridge City football coach Ulysses Boudreaux, who said he had "eaten gumbo for the Lord" all afternoon.

Sponsors included Kibodeaux's Boudin & Cracklins of Nederland, Golden Triangle Marine and the Bridge City Lions Club.""",
gold=[]),

dict(guid="bmt_ksab_20260611_1395", pub="2026-06-11T12:40:00-05:00", title="Port Neches, Groves clean up after overnight tornado",
body="""PORT NECHES, Texas (KSAB) - Residents of Port Neches and Groves spent Thursday morning dragging tree limbs to the curb after a brief tornado touched down just after 2 a.m.

The National Weather Service in Lake Charles said an EF-1 tornado with winds near 100 mph tracked about four miles from Nederland toward Groves. No injuries were reported.

"My fence is in my neighbor's pool and his trampoline is in my yard, so I guess we're even," said Tucker Primeaux of Nederland, who was helping neighbors with a chainsaw.""",
gold=[]),

dict(guid="bmt_ksab_20260625_1422", pub="2026-06-25T17:15:00-05:00", title="Lafayette slugger Tucker Primeaux signs with LSU",
body="""LAFAYETTE, La. (KSAB) - Lafayette Christian Academy shortstop Tucker Primeaux, 17, will play his college baseball at LSU. Primeaux hit .441 this season and was named Louisiana's Class 2A player of the year. He is the son of Brent and Nicole Primeaux of Lafayette.""",
gold=[]),
]
