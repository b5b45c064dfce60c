"""KXSA 7 (San Antonio TV station) local news site: HTML descriptions. Hand-labelled (gold=[...] beside each text)."""

FEED = "kxsa"
ITEMS = [
dict(guid="sat_kxsa_20260224_001", pub="2026-02-24T18:30:00-06:00", title="Fire destroys Seguin home; homeowner and her dogs escape",
body="""SEGUIN - A fire early Tuesday destroyed a home in the 900 block of North Austin Street, Seguin fire officials said.

Homeowner Alma Rosa Benavides told KXSA 7 she woke to her dogs barking and smoke in the hallway shortly after 3 a.m. She got both dogs out and called 911 from a neighbor's porch. No one was hurt. Investigators believe the fire started in the attic wiring.

Benavides, a counselor at Seguin High School, said colleagues had already started a collection for clothes and school supplies for the students she mentors, whose college paperwork burned in her home office.""",
gold=[("SAT016", "subject")]),

dict(guid="sat_kxsa_20260310_004", pub="2026-03-10T17:45:00-05:00", title="Converse neighbors push back on planned distribution warehouse",
body="""CONVERSE - Dozens of residents packed Converse City Hall on Monday night to oppose a 900,000-square-foot distribution warehouse planned on farmland off FM 1516.

"We already wait ten minutes to get out of our neighborhood in the morning," said Darnell Ogletree, a retired Air Force master sergeant who lives on Miller Road. "Add 400 trucks a day and we're not going anywhere."

The developer, Lone Oak Logistics, said it would pay for a new traffic signal. The city council is expected to vote in April.""",
gold=[]),

dict(guid="sat_kxsa_20260512_002", pub="2026-05-12T19:10:00-05:00", title="Converse firefighter honored for rescue during March flooding",
body="""CONVERSE - A Converse fire captain who waded into a flooded low-water crossing to pull a mother and two children from their car was named the Bexar County Firefighter of the Year on Tuesday.

Capt. Rudy Ybarra Montemayor, a 24-year veteran of the Converse Fire Department, tied a rope to the brush truck's winch and reached the car on Gibbs Sprawl Road as water rose past its windows. "I just did what any of the guys on my shift would do," Ybarra said.""",
gold=[("SAT004", "subject")]),

dict(guid="sat_kxsa_20260526_003", pub="2026-05-26T06:00:00-05:00", title="Memorial Day at Fort Sam: thousands honor the fallen",
body="""SAN ANTONIO - Thousands of people filled Fort Sam Houston National Cemetery on Monday for the annual Memorial Day ceremony, where volunteers had placed a flag at each of more than 170,000 graves.

"Every one of these flags was put here by a person who took the time," said Pat O'Connell, commander of VFW Post 8315 in Schertz, whose members placed 12,000 of them. Gen. (ret.) Maria Soliz gave the keynote address.""",
gold=[]),

dict(guid="sat_kxsa_20260708_001", pub="2026-07-08T17:00:00-05:00", title="Schertz airman's son named Air Force Academy's top cadet pilot",
body="""SCHERTZ - Cadet 1st Class Tyler Whitlock of Schertz has been named the U.S. Air Force Academy's outstanding cadet in airmanship for 2026, the academy said Wednesday.

Whitlock, a 2023 graduate of Samuel Clemens High School, is the son of retired Col. Ray Whitlock, a former T-38 instructor at Randolph, and Donna Whitlock, a Schertz-Cibolo-Universal City ISD nurse. He will begin pilot training at Laughlin Air Force Base next year.""",
gold=[("SAT009", "parent_of_subject"), ("SAT010", "parent_of_subject")]),
]
