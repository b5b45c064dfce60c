"""KSWM 4 Southwest Montana (invented TV station, Butte): local web stories, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="btm_kswm_20260120_storm", pub="2026-01-20T18:10:00-07:00", title="Finntown neighbors dig out after overnight snow",
body="""BUTTE (KSWM) - Uptown Butte woke up to eleven inches of fresh snow Tuesday, and the city's oldest shovel brigade was out before the plows.

"I've been clearing this block since Eisenhower," said Ike Hakkola, 90, who lives above what used to be the Finlander boarding houses on East Broadway. "The snow hasn't changed. My back has."

Butte-Silver Bow Public Works said all primary routes were open by noon and asked residents to move vehicles off snow routes before 8 p.m.""",
gold=[]),

dict(guid="btm_kswm_20260304_driscoll", pub="2026-03-04T17:45:00-07:00", title="St. James names Butte native chief nursing officer",
body="""BUTTE (KSWM) - St. James Healthcare has picked one of its own to lead its nursing staff.

Shannon Driscoll, who started at the hospital as a certified nursing assistant while still a student at Butte Central, was named chief nursing officer on Wednesday. Driscoll most recently managed the hospital's intensive care unit and led its response during the 2021 COVID surge.

"Butte raised me and this hospital trained me," Driscoll said. "I'm not going anywhere." """,
gold=[("BTM019", "subject")]),

dict(guid="btm_kswm_20260318_fire", pub="2026-03-18T07:20:00-06:00", title="Fire destroys detached garage at Anaconda home",
body="""ANACONDA (KSWM) - An early-morning fire Wednesday destroyed a detached garage and a restored 1967 pickup at the West Fourth Street home of Rudy and Theresa Pavlovich.

The couple and their two dogs were not hurt. Anaconda-Deer Lodge County Fire Capt. Kenny Draganovich said crews arrived to find the garage fully involved and kept the flames from spreading to the house. "A neighbor saw the glow and called it in; that call saved the house," Draganovich said.

The cause is under investigation but does not appear suspicious, the fire department said.""",
gold=[("BTM006", "subject"), ("BTM007", "subject")]),

dict(guid="btm_kswm_20260228_wrestling", pub="2026-02-28T21:30:00-07:00", title="Dillon's Orvedahl wins second straight state wrestling title",
body="""BILLINGS (KSWM) - Beaverhead County High School senior Tanner Orvedahl pinned his way to a second straight Class A state championship at 182 pounds Saturday night at MetraPark.

Orvedahl, who finishes his career at 148-9, has signed to wrestle for the University of Wyoming this fall.

In the stands, his parents, Wade and Lacey Jo Orvedahl, held up a sign reading "Blacktail Tough" - the name of the road to the family ranch south of Dillon. "He's been pinning his sisters since he was four," Wade Orvedahl joked.""",
gold=[("BTM010", "parent_of_subject"), ("BTM011", "parent_of_subject")]),

dict(guid="btm_kswm_20260612_mcquillan", pub="2026-06-12T16:00:00-06:00", title="Deer Lodge corrections officer retires after 32 years at Montana State Prison",
body="""DEER LODGE (KSWM) - After 32 years inside the walls of Montana State Prison, Lt. Rod McQuillan walked out for the last time Friday.

McQuillan, 63, started as a correctional officer in 1994 and spent the last decade training new staff. Coworkers lined the drive with a color guard as he left his final shift.

"Every officer in this building learned something from Rod," Warden Jim Salmonsen said. McQuillan says he plans to fish the Clark Fork "until the fish file a complaint." """,
gold=[("BTM017", "subject")]),

dict(guid="btm_kswm_20260702_spokane", pub="2026-07-02T12:30:00-06:00", title="Spokane restaurateur with Anaconda roots opens Butte location",
body="""BUTTE (KSWM) - Spokane restaurateur Stan Marjanovich, who runs three Balkan grills in eastern Washington, opened his first Montana location on Harrison Avenue on Wednesday.

Marjanovich, 38, said his great-grandparents worked the Anaconda smelter before moving west. "My grandmother's cevapi recipe came from Anaconda, so it was time to bring it home," he said.""",
gold=[]),

dict(guid="btm_kswm_20260725_rodeo", pub="2026-07-25T18:50:00-06:00", title="Dillon Jaycees rodeo honors chute boss Ray Kluesner",
body="""DILLON (KSWM) - The Dillon Jaycees Labor Day Rodeo will dedicate this year's Saturday performance to the late Ray Kluesner, its chute boss for 25 years, who died in February.

Kluesner's nieces, Tammy Rebish and Jolene Kluesner, will carry the flag in the grand entry. "Uncle Ray would hate the fuss," Rebish said. "And then he'd tell everybody about it." """,
gold=[]),
]
