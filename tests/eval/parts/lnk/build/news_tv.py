"""KLNC Channel 6 News (Lincoln TV station site): short web stories, HTML in description. Hand-labelled."""

FEED = "tv"
ITEMS = [
dict(guid="lnk_klnc_20260211_0318", pub="2026-02-11T18:30:00-06:00", title="Waverly man pulls driver from burning pickup on Interstate 80",
body="""WAVERLY, Neb. (KLNC) - A Waverly man is being called a hero after he pulled an unconscious driver from a burning pickup on Interstate 80 Tuesday evening.

Kenny Brockhoff Jr. was driving home from work when he saw the pickup leave the road near the Waverly interchange and roll into the median. He broke the driver's window with a tire iron and dragged him clear seconds before the cab filled with flames, the Nebraska State Patrol said.

The driver, a 46-year-old Omaha man, was taken to Bryan West Campus with serious injuries. "I just did what my dad would have done," Brockhoff said. "He was a fireman for 40 years." """,
gold=[("LNK006", "subject")]),

dict(guid="lnk_klnc_20260221_0402", pub="2026-02-21T22:10:00-06:00", title="Lincoln Southeast's Maddie Wiebelhaus wins state wrestling title",
body="""OMAHA, Neb. (KLNC) - Lincoln Southeast sophomore Maddie Wiebelhaus is a state champion.

Wiebelhaus pinned Kearney's Ava Lindner in the third period of the 120-pound final of the NSAA girls state wrestling championships at CHI Health Center on Saturday, finishing the season 41-2.

Her parents, Trent and Kristen Wiebelhaus, were in the front row. "She's been wrestling her older cousins since she was four," Kristen Wiebelhaus said. "They saw this coming before we did." """,
gold=[("LNK016", "parent_of_subject"), ("LNK017", "parent_of_subject")]),

dict(guid="lnk_klnc_20260619_0655", pub="2026-06-19T07:45:00-05:00", title="Hail shreds crops, dents cars north of Lincoln",
body="""MALCOLM, Neb. (KLNC) - Residents north and west of Lincoln spent Friday morning counting broken windows after a severe thunderstorm dropped hail the size of golf balls from Malcolm to Waverly on Thursday night.

"It sounded like somebody emptying a gravel truck on the roof," said Eldon Wiechert of Malcolm, who watched the storm roll in from his porch.

Lincoln Electric System reported 4,200 customers without power at the peak of the storm. No injuries were reported.""",
gold=[]),   # LNK022 quoted about the storm: a bystander quote in a storm story (the storm itself is the weather alert): nothing

dict(guid="lnk_klnc_20260702_0711", pub="2026-07-02T17:05:00-05:00", title="Lincoln Yazidi leader sworn in as U.S. citizen",
body="""LINCOLN, Neb. (KLNC) - Eleven years after he arrived in Lincoln with one suitcase, Dilshad Rasho raised his right hand in a federal courtroom on Thursday and became an American citizen.

Rasho, 42, interpreted for U.S. forces in northern Iraq before the 2014 attack on Sinjar and now runs the Yazidi Cultural Center's job program, which has placed more than 600 refugees in Lincoln workplaces. He was one of 54 people from 23 countries naturalized at the ceremony.

"My mother lived to see me pass the test," Rasho said. "She told me to wear a tie." """,
gold=[("LNK010", "subject")]),

dict(guid="lnk_klnc_20261006_0950", pub="2026-10-06T06:15:00-05:00", title="Couple escapes overnight house fire in north Lincoln",
body="""LINCOLN, Neb. (KLNC) - A north Lincoln couple escaped unhurt early Tuesday when fire broke out in the kitchen of their home on North 11th Street.

Del and Loretta Hergenrader were awakened by a smoke detector shortly after 2 a.m. and got out through the back door, Lincoln Fire and Rescue said. Crews had the fire out in 15 minutes; damage is estimated at $60,000.

"The alarm went off and Del said, 'That's not the toaster,'" Loretta Hergenrader said. Neighbor Arlo Schaffert let the couple wait in his living room until morning. The Red Cross is helping them.""",
gold=[("LNK001", "subject"), ("LNK002", "subject")]),   # LNK012 neighbour, do_not_contact: nothing
]
