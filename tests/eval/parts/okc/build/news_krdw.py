"""KRDW 11 (Oklahoma City TV station) local news, HTML descriptions. Hand-labelled."""

FEED = "krdw"
ITEMS = [
dict(guid="okc_krdw_story_7741", pub="2026-01-26T18:20:00-06:00", title="Retired OU geologist honored for mapping Oklahoma's earthquake faults",
body="""NORMAN, Okla. (KRDW) - A retired University of Oklahoma geologist whose maps helped regulators link wastewater wells to the state's earthquake swarm has received the Oklahoma Geological Society's lifetime achievement award.

Pat O'Dell, 78, of Norman, spent 31 years at the Oklahoma Geological Survey. "I just kept putting dots on a map until the dots told the story," O'Dell said at Saturday's banquet.""",
gold=[("OKC014", "subject")]),

dict(guid="okc_krdw_story_7902", pub="2026-02-23T21:05:00-06:00", title="Thousands ring in Lunar New Year in OKC's Asian District",
body="""OKLAHOMA CITY (KRDW) - Lion dancers, firecrackers and more than 8,000 visitors filled NW 23rd Street and Classen Boulevard on Sunday for the Asian District's Tet festival.

"This is the biggest crowd we've had in twenty years," said festival chairman Tommy Nguyen, who runs the Vietnamese American Community Center. Vendors sold banh mi, sugarcane juice and bonsai.""",
gold=[]),
# Tommy Nguyen (OKC001) quoted as organizer: nothing.

dict(guid="okc_krdw_story_8035", pub="2026-03-16T17:45:00-05:00", title="Fire guts Moore home; couple and their dog escape",
body="""MOORE, Okla. (KRDW) - A Moore couple escaped with their dog early Monday after a fire started in their garage and spread through the house on SW 19th Street.

Billy Ray and Glenda Pruitt were asleep when a smoke alarm went off just after 3 a.m. "We got out in our pajamas and that's all we have," Glenda Pruitt said. Members of First Baptist Church of Moore have set up a fund for the family.

"The alarm saved them," said neighbor Becky Yahola, who called 911.""",
gold=[("OKC007", "subject"), ("OKC008", "subject")]),
# Becky Yahola (OKC020) quoted neighbor: nothing.

dict(guid="okc_krdw_story_8260", pub="2026-04-28T22:10:00-05:00", title="OKC Dodgers call up Mexican League pitcher",
body="""OKLAHOMA CITY (KRDW) - The Oklahoma City Dodgers have added right-hander Jose Luis Sandoval, 22, of Hermosillo, Sonora, to their roster after a record-setting spring in the Mexican League.

Sandoval struck out 64 batters in 41 innings for the Naranjeros. He is expected to start Friday at Chickasaw Bricktown Ballpark.""",
gold=[]),
# Namesake (22, from Sonora) of OKC021 of Moore: nothing.
]
