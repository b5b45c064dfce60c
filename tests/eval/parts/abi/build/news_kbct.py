"""KBCT Big Country 12 (Abilene TV station site): short web stories, HTML descriptions. Hand-labelled."""

FEED = "kbct"
ITEMS = [
dict(guid="abi_kbct_story_20260303_1142", pub="2026-03-03T18:25:00-06:00",
title="Clyde couple loses home as grass fire races across Callahan County",
body="""CLYDE, Texas (KBCT) - A Callahan County couple lost their home Tuesday afternoon when a wind-driven grass fire jumped County Road 290 south of Clyde.

Glenn and Marla Stockton were in Abilene running errands when a neighbor called to tell them smoke was rolling over their pasture. By the time they got back, the house they built in 1979 was gone. Their barn and most of their cattle were spared.

"You just stand there and watch it and there's nothing you can do," Glenn Stockton said. "But nobody got hurt, and the Lord left us the cows."

Firefighters from Clyde, Baird and Abilene, along with a Texas A&M Forest Service crew, contained the fire at about 340 acres by evening. The cause is under investigation. The Clyde Church of Christ is collecting clothing and gift cards for the Stocktons.""",
gold=[("ABI011", "subject"), ("ABI012", "subject")]),

dict(guid="abi_kbct_story_20260324_1307", pub="2026-03-24T12:40:00-05:00",
title="Hardin-Simmons names new dean of its School of Nursing",
body="""ABILENE, Texas (KBCT) - Hardin-Simmons University has named a longtime member of its faculty to lead the university's nursing school.

Dr. Naomi Castleberry, who has taught at HSU since 2004 and chaired its graduate nursing program for the past six years, will become dean of the Patty Hanks Shelton School of Nursing on June 1. She succeeds Dr. Raymond Oduya, who is retiring.

"Our graduates are in every hospital and clinic in the Big Country," Castleberry said. "My job is to make sure there are more of them." """,
gold=[("ABI010", "subject")]),

dict(guid="abi_kbct_story_20260512_1455", pub="2026-05-12T17:50:00-05:00",
title="Wylie senior earns appointment to the Air Force Academy",
body="""ABILENE, Texas (KBCT) - A Wylie High School senior who grew up in the shadow of Dyess Air Force Base is headed to Colorado Springs.

Caleb Vickery, 18, has received an appointment to the U.S. Air Force Academy, nominated by Congressman Dale Whitacre. Caleb is a National Merit finalist, captain of the Wylie cross-country team and a member of the Civil Air Patrol's Abilene squadron.

He is the son of Terry and Lorna Vickery of Abilene. His father retired from Dyess in 2011 after 22 years as a B-1 crew chief. "He's going to fly the planes I used to fix," Terry Vickery said. "I could not be prouder." """,
gold=[("ABI008", "parent_of_subject"), ("ABI009", "parent_of_subject")]),

dict(guid="abi_kbct_story_20260521_1512", pub="2026-05-21T06:15:00-05:00",
title="South Abilene neighbors pitch in after Tuesday's hailstorm",
body="""ABILENE, Texas (KBCT) - Roofers' trucks lined the streets of south Abilene on Wednesday after Tuesday evening's storm dropped hail up to the size of tennis balls between Buffalo Gap Road and Loop 322.

Volunteers from several churches spent the day tarping roofs for elderly and disabled homeowners. "We had forty people out here by eight o'clock this morning," said Terry Vickery, who is coordinating the men's ministry crew from Elmcrest Church of Christ. "If you need a tarp, call the church office."

The City of Abilene will run extra brush and debris collection in the area through the end of next week. Homeowners are urged to get more than one estimate and to be wary of contractors who ask for payment up front.""",
gold=[]),

dict(guid="abi_kbct_story_20260720_1648", pub="2026-07-20T21:05:00-05:00",
title="Sweetwater's Alyssa Carrizales crowned Texas Rodeo Queen at state pageant",
body="""SWEETWATER, Texas (KBCT) - Sweetwater has a state rodeo queen.

Alyssa Carrizales, 19, a sophomore at Angelo State University, was crowned Miss Texas Rodeo Queen on Saturday night in Fort Worth, winning the horsemanship, speech and modeling categories. She will spend the next year traveling to rodeos across the state.

Alyssa is the daughter of Beto and Norma Carrizales of Sweetwater and the granddaughter of the late Eusebio "Chebo" Salinas, who put her on her first horse when she was four. "I wish Grandpa could have seen this," she said. "I know he was watching." """,
gold=[("ABI014", "parent_of_subject"), ("ABI015", "parent_of_subject")]),
]
