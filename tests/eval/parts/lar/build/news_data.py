"""Local news for the `lar` part, three sources. Hand-labelled (`gold=[(client_id, role)]`)."""

# 1. Cowboy State News 5 (TV station web site, Cheyenne/Laramie): HTML descriptions
TV = [
dict(guid="lar_csn5_2026_0217", pub="2026-02-17T18:30:00-07:00", title="Fire guts Rawlins home; couple escapes with their dog",
body="""RAWLINS - A Rawlins couple is safe but their home of 40 years is a total loss after a fire Monday night on West Maple Street.

Art and Rosie Vigil said they woke to the smoke alarm around 11 p.m. and got out with their border collie, Chispa. Rawlins Fire Chief Dan Eskew said the fire started in an attached garage and spread into the attic in high winds.

"We have our lives and our dog. Everything else is just stuff," Rosie Vigil said Tuesday. The Red Cross is helping the couple, and St. Joseph's parish has set up a fund at Rawlins National Bank.""",
gold=[("LAR009", "subject"), ("LAR008", "subject")]),

dict(guid="lar_csn5_2026_0409", pub="2026-04-09T17:00:00-06:00", title="UW geology professor wins national teaching award",
body="""LARAMIE - University of Wyoming geology professor Kenton Wyrick has received the 2026 Neil Miner Award from the National Association of Geoscience Teachers, the field's top teaching honor.

Wyrick, who has taught at UW since 1998, is known for leading introductory students up Sheep Mountain to read three hundred million years of rock in an afternoon. "Wyoming is the best geology classroom on Earth. I just open the door," he said.

He will accept the award at the association's meeting in Denver in October.""",
gold=[("LAR007", "subject")]),

dict(guid="lar_csn5_2026_0514", pub="2026-05-14T17:30:00-06:00", title="Laramie's Brockelsby Hardware turns 50",
body="""LARAMIE - Brockelsby Hardware on Third Street celebrated its 50th anniversary Saturday with free hot dogs and a key-cutting contest.

Owner Tad Brockelsby Jr. has run the store since his father, Thaddeus Sr., retired in 1994. "Dad said the secret was to stock one of everything and to know where it is," he said. "I've managed the second part."

Longtime customer Gary Lindahl said he has bought every screw in his house there.""",
gold=[("LAR004", "subject")]),

dict(guid="lar_csn5_2026_0603", pub="2026-06-03T12:00:00-06:00", title="Wind closes I-80 between Laramie and Rawlins for second day",
body="""RAWLINS - Interstate 80 stayed closed to light, high-profile vehicles between Laramie and Rawlins on Wednesday as gusts topped 70 mph at Arlington.

Truckers lined the shoulders in Rawlins. "I've been sitting here since yesterday noon. You learn patience out here," said Gus Etchepare of Rawlins, who was hauling hay to Elk Mountain. WYDOT said the closure could last into Thursday.""",
gold=[]),  # Gus Etchepare is a quoted bystander

dict(guid="lar_csn5_2026_0622", pub="2026-06-22T17:00:00-06:00", title="Sheridan's Rohwedder named state wrestling coach of the year",
body="""SHERIDAN - Sheridan High School wrestling coach Dale Rohwedder has been named the Wyoming Coaches Association's wrestling coach of the year after leading the Broncs to their fifth straight 4A title.

Rohwedder, 44, a Sheridan native, has coached the Broncs for 16 years.""",
gold=[]),  # namesake: 44, Sheridan (client Dale Rohwedder is 69, Wheatland)

dict(guid="lar_csn5_2026_0716", pub="2026-07-16T17:00:00-06:00", title="Wyoming State Bank names Lorna Brockelsby senior vice president",
body="""LARAMIE - Wyoming State Bank has promoted Lorna Brockelsby to senior vice president for agricultural lending, the bank announced Thursday.

Brockelsby, who grew up on a ranch on the Little Laramie, joined the bank as a teller in 1982 and has led its farm and ranch lending since 2011.""",
gold=[("LAR005", "subject")]),
]

# 2. Platte Valley Record (weekly serving Wheatland, Saratoga and Encampment): plain text
PVR = [
dict(guid="lar_pvr_2026_0219", pub="2026-02-19T09:00:00-07:00", title="Vanderslootes mark 50 years",
body="""Lee and Carol Vandersloot of Wheatland will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Feb. 28 at the Wheatland Senior Center. The former Carol Pfister and Leland Vandersloot were married Feb. 28, 1976, at St. Patrick's in Wheatland. They farmed east of town until 2015. Cards may be sent to 1003 9th St., Wheatland. The couple requests no gifts.""",
gold=[("LAR012", "subject"), ("LAR013", "subject")]),

dict(guid="lar_pvr_2026_0416", pub="2026-04-16T09:00:00-06:00", title="Saratoga fly shop changes hands after 30 years",
body="""SARATOGA - After thirty seasons behind the counter, Ingrid Thorsby is retiring. Thorsby Fly Shop, which she opened with her father on Bridge Avenue in 1996, will be run by her longtime guide, Casey Moffat, starting May 1.

"I'm not leaving the river, I'm just leaving the cash register," Thorsby said. A farewell party is planned at the shop April 25.""",
gold=[("LAR018", "subject")]),

dict(guid="lar_pvr_2026_0521", pub="2026-05-21T09:00:00-06:00", title="Encampment's Szymanski named Carbon County Citizen of the Year",
body="""ENCAMPMENT - Bernie Szymanski, who has organized the Encampment food pantry out of the old Grange hall for fifteen years, was named Carbon County Citizen of the Year by the county commissioners on Tuesday.

Commissioners said the pantry served 3,100 households last year. Szymanski thanked "every single person who ever carried a box." """,
gold=[("LAR020", "subject")]),

dict(guid="lar_pvr_2026_0723", pub="2026-07-23T09:00:00-06:00", title="Birth announcements",
body="""Cody and Kristen Lambrecht of Wheatland announce the birth of a son, Beau Everett, born July 14, 2026, at Platte County Memorial Hospital. He weighed 8 pounds, 2 ounces. He joins big brother Wyatt and big sister Hailey at home. Grandparents are Roger Dahlquist of Guernsey and Ron and Deb Lambrecht of Chugwater.""",
gold=[("LAR016", "subject"), ("LAR017", "subject")]),

dict(guid="lar_pvr_2026_0806", pub="2026-08-06T09:00:00-06:00", title="Platte County Fair open-class results",
body="""WHEATLAND - Open-class results from the Platte County Fair. Quilts (judge: Jo Ann Hergenreder): grand champion, Darlene Ochsner; reserve, Mae Fitzgerald. Market beef (judge: Lee Vandersloot): grand champion, Tanner Ochsner; reserve, Brynn Koenig. Baked goods: grand champion pie, Tina Kolb.""",
gold=[]),  # clients are judges only

dict(guid="lar_pvr_2026_0813", pub="2026-08-13T09:00:00-06:00", title="Library foundation thanks donors",
body="""The Platte County Library Foundation thanks the following donors to the Glendo branch expansion: Wheatland Rural Electric Association; Platte Valley Bank; Dale and Pam Rohwedder; Jo Ann Hergenreder, in memory of Reinhold Kautz; the Ochsner family; and an anonymous donor from Chugwater.""",
gold=[]),  # donor list
]

# 3. Gem City Senior & Community Newsletter (Laramie): teaser description, HTML in content:encoded
GCN = [
dict(guid="lar_gcn_2026_0115", pub="2026-01-15T08:00:00-07:00", title="Happy 91st, Peggy!",
body="""Peggy DeHerrera celebrated her 91st birthday on January 9 with cake, green chile and a full table at the Eppson Center. Peggy has taught the Tuesday bolillo lace class at the center for nineteen years and says the secret to a long life is "mind your own business and walk every day."

Her family and her lace students threw the party.""",
gold=[("LAR022", "subject")]),

dict(guid="lar_gcn_2026_0312", pub="2026-03-12T08:00:00-06:00", title="Kvaternik is Eppson Center volunteer of the year",
body="""The Eppson Center for Seniors has named Mary Beth Kvaternik its 2025 Volunteer of the Year. Mary Beth has driven the center's Meals on Wheels route every weekday morning since 2014, more than 40,000 miles by her own count.

"She knows every dog on the route by name," said center director Shawna Tollefson.""",
gold=[("LAR003", "subject")]),

dict(guid="lar_gcn_2026_0416", pub="2026-04-16T08:00:00-06:00", title="Laramie High senior wins Daniels Fund scholarship",
body="""Laramie High School senior Sofia Baca, daughter of Trini and Lupe Baca of Laramie, has been named a Daniels Fund Scholar, a four-year award that covers college costs. Sofia plans to study civil engineering at the University of Wyoming.

She is the captain of the Plainsmen speech and debate team.""",
gold=[("LAR021", "parent_of_subject")]),

dict(guid="lar_gcn_2026_0521", pub="2026-05-21T08:00:00-06:00", title="Laramie Plains Museum: gifts to the collection",
body="""The Laramie Plains Museum at the Ivinson Mansion thanks these donors for recent gifts to the collection: a Union Pacific switchman's lantern and a set of track gauges from Ruth Ostermann, in memory of Hal; a 1912 wedding dress from the Lund family; and two saddles from Vangie Arrambide.""",
gold=[]),  # donor list
]
