"""North Coast 7 (KRWC, Crescent City / Eureka): local TV station site, HTML descriptions, short web stories.
Hand-labelled."""

FEED = "krwc"
ITEMS = [
dict(guid="cec_krwc_story_20260127_0311", pub="2026-01-27T17:45:00-08:00", title="Fire displaces Crescent City family of eight",
body="""CRESCENT CITY, Calif. (KRWC) - A family of eight is staying with relatives after a fire tore through their home on East Washington Boulevard early Tuesday.

Tou Vang and his wife, Pa Nhia Xiong, got their six children and Xiong's elderly father out of the house shortly after 4 a.m., when a space heater in a back bedroom set curtains on fire, according to Crescent Fire Protection District. No one was hurt, but the back half of the house is a loss.

A neighbor, Nacho Barragán, said he saw the glow through his kitchen window and ran over with a garden hose. "By the time I got there they were all on the lawn, thank God," Barragán said. "The kids were barefoot in the frost."

The Hmong Alliance Church is collecting clothing and gift cards for the family.""",
gold=[("CEC003", "subject"), ("CEC004", "subject")]),

dict(guid="cec_krwc_story_20260205_0342", pub="2026-02-05T18:10:00-08:00", title="Gasquet residents dig out after Smith River crests",
body="""GASQUET, Calif. (KRWC) - Residents along the Smith River spent Thursday shoveling mud out of garages and checking wells after the river crested more than two feet above flood stage overnight.

Dwayne Kittleson's shop on Gasquet Flat Road took on a foot and a half of water. "It's the third time since I bought the place," Kittleson said. "I keep telling myself I'll put everything on blocks."

At Sutter Coast Hospital, emergency physician Dr. Priya Ramaswamy said the emergency department treated two people for minor injuries from falls during the cleanup. "Floodwater is dirty water," Ramaswamy said. "Wear boots and gloves, and get a tetanus shot if you're not current."

Highway 199 reopened at noon after Caltrans cleared a slide near the Collier Tunnel.""",
gold=[]),

dict(guid="cec_krwc_story_20260318_0419", pub="2026-03-18T12:20:00-07:00", title="Klamath fisheries technician honored for river rescue",
body="""KLAMATH, Calif. (KRWC) - A Yurok Tribe fisheries technician who pulled a kayaker from the Klamath River last fall was honored Tuesday with the California Fish and Wildlife Citizen Lifesaving Award.

Toby Renfro, 31, was counting steelhead near the Highway 101 bridge in October when he saw an overturned kayak drifting toward the river mouth. He ran his jet boat downriver and hauled the man aboard a few hundred yards from the surf line.

"I grew up on this river. My grandpa taught me you always watch the water, not your clipboard," Renfro said. The kayaker, a visitor from Sacramento, was treated for hypothermia and released.""",
gold=[("CEC018", "subject")]),

dict(guid="cec_krwc_story_20260430_0502", pub="2026-04-30T16:30:00-07:00", title="Crescent City officer promoted to lieutenant at Pelican Bay",
body="""CRESCENT CITY, Calif. (KRWC) - Pelican Bay State Prison has promoted one of its own to lieutenant.

Sgt. Chue Lor, a Crescent City native and 2003 graduate of Del Norte High School, was sworn in as a correctional lieutenant Wednesday in a ceremony at the prison. Lor, 41, joined the California Department of Corrections and Rehabilitation in 2008 and is believed to be the first Hmong American to reach the rank at Pelican Bay.

"This community raised me," Lor said. "I want the young people in our community to see that they can do this too." """,
gold=[("CEC010", "subject")]),

dict(guid="cec_krwc_story_20260527_0588", pub="2026-05-27T11:05:00-07:00", title="Yreka rancher named to state Fish and Game Commission",
body="""SACRAMENTO (KRWC) - Gov. Gavin Newsom on Tuesday appointed a Siskiyou County cattle rancher to the California Fish and Game Commission.

Leland Trask, 44, of Yreka, runs cattle on the Shasta River and has served on the Siskiyou Resource Conservation District board since 2018. The appointment requires Senate confirmation. Trask is a Republican.""",
gold=[]),

dict(guid="cec_krwc_story_20260610_0611", pub="2026-06-10T19:40:00-07:00", title="Months after losing their home, Del Norte valedictorian gives speech of thanks",
body="""CRESCENT CITY, Calif. (KRWC) - When fire destroyed her family's house in January, Del Norte High School senior Maiv Vang finished her AP chemistry homework in a borrowed bedroom that night. On Wednesday she gave the valedictory address at graduation.

Vang, 18, the daughter of Tou Vang and Panhia Xiong, finished with a 4.3 grade point average and will study nursing at UC Davis on a full scholarship. She thanked the Hmong Alliance Church, her teachers and the neighbors who brought the family clothes after the fire.

"My parents taught us you can lose a house and still have a home," she told the crowd at Mike Whalen Field.""",
gold=[("CEC003", "parent_of_subject"), ("CEC004", "parent_of_subject")]),
]
