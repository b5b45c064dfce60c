"""Basin 7 News (Big Horn Basin TV news site, Cody and Worland bureaus): HTML descriptions. Hand labels beside
each story: subject / parent_of_subject."""

ITEMS = [
    dict(guid="wrl_b7_news_260115_estrella", pub="2026-01-15T17:40:00-07:00",
         title="Worland tortilleria named Washakie County small business of the year",
         body="""
WORLAND - For 22 years the line at La Estrella Tortilleria has started before the sun comes up. On Wednesday the little shop on South 15th Street was named the Washakie County Chamber's Small Business of the Year.

Owners Efrain and Rosie Zamarripa started the business in their garage in 2004, selling corn tortillas to families who came north for the sugar-beet harvest. Today they supply grocery stores from Thermopolis to Powell.

"They never once closed for a blizzard," said Tamsin Ruckman-Ostrander, the chamber's executive director. "People plan their mornings around that shop."

The award will be presented at the chamber banquet Feb. 7 at the Washakie County Fairgrounds.
""",
         gold=[("WRL010", "subject"), ("WRL009", "subject")]),

    dict(guid="wrl_b7_news_260130_codywind", pub="2026-01-30T21:15:00-07:00",
         title="Wind gusts near 90 mph topple trees, power lines in Cody",
         body="""
CODY - Gusts as high as 89 mph roared down the North Fork on Thursday night, snapping cottonwoods and knocking out power to about 1,800 Rocky Mountain Power customers in Cody.

A large spruce landed across Rumsey Avenue, narrowly missing a parked car. "It sounded like a freight train, then the whole street went dark," said Bryony Kalivoda, who was out walking her dog two blocks away.

No injuries were reported. Crews expected to restore power by Friday morning.
""",
         gold=[]),   # WRL016 is a quoted bystander

    dict(guid="wrl_b7_news_260228_wardell", pub="2026-02-28T22:05:00-07:00",
         title="Rocky Mountain's Tanner Wardell wins third straight state wrestling title",
         body="""
CASPER - Rocky Mountain High School senior Tanner Wardell finished a perfect season Saturday night at the Ford Wyoming Center, pinning his opponent in the second period of the Class 2A 165-pound final for his third consecutive state championship.

Wardell, the son of Kimball and Brynlee Wardell of Cowley, finished his senior year 41-0 and has signed to wrestle at the University of Wyoming.

"He's out at 5 a.m. every day running the canal roads," said Grizzlies coach Dallin Tippetts.
""",
         gold=[("WRL008", "parent_of_subject")]),

    dict(guid="wrl_b7_news_260310_pfannenstiel", pub="2026-03-10T18:20:00-06:00",
         title="Powell veterinarian named Wyoming's large-animal vet of the year",
         body="""
POWELL - Dr. Wendell Pfannenstiel has pulled calves in blizzards, stitched up rodeo horses at midnight and, by his own count, driven more than a million miles of Park County gravel. This week the Wyoming Veterinary Medical Association named him its Large Animal Veterinarian of the Year.

Pfannenstiel, who founded Shoshone Valley Veterinary Clinic in 1987, will receive the award at the association's June meeting in Sheridan.

"Half the ranchers in this valley have his cell number memorized," said Powell rancher Clay Whitmore.
""",
         gold=[("WRL015", "subject")]),

    dict(guid="wrl_b7_news_260404_sawtellbarn", pub="2026-04-04T19:45:00-06:00",
         title="Fire destroys century-old barn on Meeteetse ranch",
         body="""
MEETEETSE - A fire Friday afternoon destroyed a 110-year-old log barn on the Sawtell ranch west of Meeteetse, along with most of the family's hay and tack.

Orrin and Della Sawtell were moving cattle when a neighbor saw smoke and called 911. No people or animals were hurt. The barn was built by Orrin Sawtell's great-grandfather in 1916.

Meeteetse Volunteer Fire Department Chief Hank Ruddell said the cause appears to be an electrical fault. Neighbors have already started a hay drive for the family.
""",
         gold=[("WRL017", "subject"), ("WRL018", "subject")]),

    dict(guid="wrl_b7_news_260520_bathhouse", pub="2026-05-20T17:00:00-06:00",
         title="State Bath House at Hot Springs State Park reopens after renovation",
         body="""
THERMOPOLIS - The free State Bath House at Hot Springs State Park reopened Tuesday after a seven-month, $2.4 million renovation that replaced its pools, changing rooms and mineral-water plumbing.

"The 1896 treaty says the water is free for everyone, and now it's free in a building that will last another fifty years," park superintendent Curt Lindeman said.

Hours are 8 a.m. to 5:30 p.m. daily, with a 20-minute soaking limit.
""",
         gold=[]),
]
