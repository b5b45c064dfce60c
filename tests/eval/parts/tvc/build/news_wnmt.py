"""WNMT Channel 10 Northern Michigan News (Traverse City / Cadillac): local TV station site, HTML descriptions,
short web-story style. Hand-labelled."""

FEED = "wnmt"
ITEMS = [
dict(guid="tvc_wnmt_20260208_0191", pub="2026-02-08T18:20:00-05:00", title="Peshawbestown language teacher honored by state humanities council",
body="""PESHAWBESTOWN, Mich. (WNMT) - A Peshawbestown teacher who has brought dozens of children to speak Anishinaabemowin is this year's winner of the Michigan Humanities Council's Heritage Keeper Award.

Tess Ashkewe has led the Grand Traverse Band's language nest for twelve years, teaching toddlers and their parents together. She accepted the award Saturday in Lansing. "The language is not in a museum," Ashkewe said. "It is in these kids." """,
gold=[("TVC010", "subject")]),

dict(guid="tvc_wnmt_20260309_0244", pub="2026-03-09T06:10:00-04:00", title="Fire destroys century-old barn on Williamsburg farm",
body="""WILLIAMSBURG, Mich. (WNMT) - A fire early Monday destroyed a 110-year-old barn on Bates Road and killed two calves, the Whitewater Township Fire Department said.

The barn belonged to Owen and Priscilla Kniesel, who have farmed the land since 1981. The couple woke to the glow around 3 a.m. and were able to lead 30 cows out of an attached shed before the roof collapsed. No one was injured.

"They got every animal out that could be got out," said neighbor Al Krumnow, who helped hold the cattle in his pasture. Fire investigators believe a heat lamp started the blaze.""",
gold=[("TVC019", "subject"), ("TVC020", "subject")]),  # TVC011 Al Krumnow: bystander and do_not_contact

dict(guid="tvc_wnmt_20260511_0318", pub="2026-05-11T17:45:00-04:00", title="Holland woman named Tulip Time grand marshal",
body="""HOLLAND, Mich. (WNMT) - Geraldine Ter Haar, a retired Holland Christian teacher who has danced in the Klompen Dance for 55 years, was named grand marshal of this year's Tulip Time parade.

Ter Haar, 79, still wears the costume her grandmother sewed in 1947.""",
gold=[]),  # namesake of TVC009 (Traverse City, b. 1960)

dict(guid="tvc_wnmt_20260616_0377", pub="2026-06-16T21:05:00-04:00", title="Elk Rapids woman, 78, rescued after kayak capsizes on Grand Traverse Bay",
body="""ELK RAPIDS, Mich. (WNMT) - An Elk Rapids woman spent nearly an hour clinging to her overturned kayak Tuesday afternoon before a passing sailboat pulled her from East Grand Traverse Bay.

Antrim County deputies said Evangeline Marchbanks, 78, was paddling near the harbor when a gust flipped her kayak about half a mile offshore. Sailors Dave and Emily Rourke spotted her, threw a line and brought her aboard. She was treated for mild hypothermia at Munson Medical Center and released.

"She was wearing her life jacket, and that's why this is a rescue story," said Sheriff's Lt. Dan Coty.""",
gold=[("TVC023", "subject")]),

dict(guid="tvc_wnmt_20260823_0452", pub="2026-08-23T19:30:00-04:00", title="Kingsley teen seriously hurt in ATV crash",
body="""KINGSLEY, Mich. (WNMT) - A 15-year-old Kingsley boy was flown to Munson Medical Center on Saturday after the ATV he was riding rolled on a two-track off Summit City Road.

Grand Traverse County deputies said Tyler Wiesemann, the son of Hal and Connie Wiesemann, was wearing a helmet. He was listed in serious but stable condition Sunday. No charges are expected.

Kingsley Area Schools said counselors would be available when classes begin this week.""",
gold=[("TVC006", "subject")]),  # child's injury: the family is the subject

dict(guid="tvc_wnmt_20261107_0601", pub="2026-11-07T16:40:00-05:00", title="Traverse City Central's Wroblewski wins Division 1 cross-country title",
body="""BROOKLYN, Mich. (WNMT) - Traverse City Central senior Jakub Wroblewski ran away from the field over the last mile Saturday to win the MHSAA Division 1 boys cross-country championship at Michigan International Speedway in 15 minutes, 2 seconds.

Wroblewski, the son of Tad and Colleen Wroblewski of Traverse City, is the first Trojan to win the individual title since 1998. He has signed to run for Michigan State.

"His grandma Peg used to time him around the block with a kitchen timer," his mother said. "She'd have loved this." """,
gold=[("TVC017", "parent_of_subject"), ("TVC018", "parent_of_subject")]),
]
