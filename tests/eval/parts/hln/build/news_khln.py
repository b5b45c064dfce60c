"""KHLN 12 News (Helena TV station site): short web stories, HTML descriptions. Hand-labelled."""

FEED = "khln"
ITEMS = [
dict(guid="hln_khln_20260102_firstbaby", pub="2026-01-02T16:45:00-07:00", title="Helena's first baby of 2026 arrives at 2:14 a.m.",
body="""HELENA (KHLN) - The first baby born in Helena in 2026 took her time, but not much of it.

Solveig Rae Amundgaard arrived at 2:14 a.m. on New Year's Day at St. Peter's Health, weighing 7 pounds, 3 ounces. Her parents, Jens Amundgaard and Brielle Kasten of Townsend, made the drive up Highway 287 through blowing snow on New Year's Eve.

"She's named for a great-grandma in Norway," Amundgaard said. "We figured she'd be stubborn, and she waited for the ball to drop." The hospital's auxiliary sent the family home with a handmade quilt and a basket of baby supplies.""",
gold=[("HLN011", "parent_of_subject")]),

dict(guid="hln_khln_20260224_wrestling", pub="2026-02-24T21:30:00-07:00", title="East Helena's Kaylee Doney wins state wrestling title",
body="""EAST HELENA (KHLN) - East Helena sophomore Kaylee Doney is a state champion.

Doney pinned her opponent from Hardin in the second period of the 132-pound final Saturday at the Montana All-Class State Wrestling Tournament in Billings, finishing the season 38-1. She is the first girl from East Helena High School to win a state wrestling title.

Her parents, Travis and Shawna Doney, were in the front row. "Her grandpa Walt taught her to never quit," her father said. "He'd have been the loudest one in the building." """,
gold=[("HLN022", "parent_of_subject"), ("HLN021", "parent_of_subject")]),

dict(guid="hln_khln_20260407_winstonfire", pub="2026-04-07T18:10:00-06:00", title="Fire destroys ranch house near Winston; couple escapes",
body="""WINSTON (KHLN) - A Broadwater County couple escaped without injury Tuesday morning when fire destroyed their ranch house on Beaver Creek Road.

Roy and Bonnie Schaeffer told KHLN they woke up to the smoke alarm shortly after 5 a.m. and got out with their two dogs and the clothes they were wearing. Crews from the Winston and Townsend volunteer fire departments fought the fire for four hours, but the house, built in 1911, was a total loss.

The Broadwater County sheriff said the fire appears to have started near a wood stove. A benefit account has been set up at the Bank of Townsend. "We've got the barn, the cows and each other," Bonnie Schaeffer said.""",
gold=[("HLN023", "subject"), ("HLN024", "subject")]),

dict(guid="hln_khln_20260429_ruralhealth", pub="2026-04-29T17:25:00-06:00", title="Helena doctor honored for bringing care to rural Montana",
body="""HELENA (KHLN) - A Helena family physician who drives to clinics in Boulder, Townsend and White Sulphur Springs every week has been named Montana's Rural Health Champion of the year.

Dr. Teo Quilici received the award from the Montana Office of Rural Health at a ceremony in Bozeman on Tuesday. Quilici has practiced in Helena since 2006 and helped start the telehealth program that lets ranch families see a specialist without a three-hour drive.

"The award belongs to the nurses in those little clinics," Quilici said.""",
gold=[("HLN018", "subject")]),

dict(guid="hln_khln_20260714_clancyfire", pub="2026-07-14T20:05:00-06:00", title="Crews stop grass fire near Clancy before it reaches homes",
body="""CLANCY (KHLN) - Firefighters from four departments stopped a grass fire off Interstate 15 near Clancy on Monday afternoon after it burned about 40 acres.

The fire started along the railroad tracks and was pushed uphill by gusty winds. No homes were damaged and no one was hurt. A Montana DNRC helicopter dropped water from a pond south of town.

"You could see the smoke from all the way down the Frontage Road," said Clancy resident Callie Nordahl, who stopped to watch with her neighbors. "They were on it fast." The cause is under investigation.""",
gold=[]),

dict(guid="hln_khln_20260901_msulineman", pub="2026-09-01T19:40:00-06:00", title="Great Falls native anchors Bobcats' offensive line",
body="""BOZEMAN (KHLN) - Montana State right tackle Gerald Fenske has started every game since his redshirt freshman season, and the 23-year-old from Great Falls says this year's line may be the best he has played on.

Fenske, a graduate of Great Falls C.M. Russell High School, was named to the preseason All-Big Sky team last week. The Bobcats open at home Saturday against North Dakota.""",
gold=[]),

dict(guid="hln_khln_20260619_saddlery", pub="2026-06-19T17:50:00-06:00", title="Deer Lodge saddle shop marks 50 years on Main Street",
body="""DEER LODGE (KHLN) - Reinholt Saddlery has been building saddles on Main Street in Deer Lodge for half a century, and owner Marcus Reinholt says he has no plans to slow down.

Reinholt's father opened the shop in 1976; Marcus took over in 1994. The shop has built saddles for ranchers from six states and for two world champion ropers, and there is a waiting list of about a year.

Longtime customer Bud Ostrander stopped by Friday's open house. "I've ridden Reinholt saddles for forty years," Ostrander said. "My backside is a satisfied customer." """,
gold=[("HLN020", "subject")]),
]
