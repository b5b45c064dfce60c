"""Local news for part dth: a TV station site and a weekly. Hand labels in gold=[...]."""

# 1. WDRG News 5 Wiregrass (TV station site, HTML descriptions)
TV = [
dict(guid="dth_wdrg_20260112_dawsey", pub="2026-01-12T17:30:00-06:00", title="Wiregrass Regional names new chief nursing officer",
body="""DOTHAN, Ala. (WDRG) - Wiregrass Regional Medical Center has promoted one of its own to lead its nurses.

Kenyatta Dawsey, who started at the hospital as a nursing assistant in 1998, was named chief nursing officer on Monday. Dawsey most recently directed the hospital's emergency department.

"Every nurse on this floor knows she has done their job," hospital president Gary Lunsford said.""",
gold=[("DTH022", "subject")]),

dict(guid="dth_wdrg_20260102_tillery", pub="2026-01-02T09:15:00-06:00", title="Wiregrass welcomes its first baby of 2026",
body="""DOTHAN, Ala. (WDRG) - The Wiregrass has its first baby of the new year.

Ella Grace Tillery was born at 12:14 a.m. on New Year's Day at Wiregrass Regional Medical Center to Ashton and Kaylee Tillery of Dothan. She weighed 7 pounds, 2 ounces.

"We were supposed to be at a party," Ashton Tillery laughed. The hospital's auxiliary sent the family home with a basket of gifts.""",
gold=[("DTH017", "subject"), ("DTH018", "subject")]),

dict(guid="dth_wdrg_20260223_dowling", pub="2026-02-23T06:45:00-06:00", title="Webb pastor's home destroyed by fire",
body="""WEBB, Ala. (WDRG) - A Webb pastor and his wife are safe after fire destroyed their home early Monday.

Rev. Cletus Dowling and his wife, Ruby, woke to smoke around 2 a.m. and got out through a bedroom window, Webb Volunteer Fire Department Chief Allen Fain said. The house on Webb Road is a total loss.

Members of the congregation have started a collection for the Dowlings.""",
gold=[("DTH015", "subject")]),

dict(guid="dth_wdrg_20260325_storm", pub="2026-03-25T07:00:00-05:00", title="Cleanup underway after overnight tornado warning in northwest Dothan",
body="""DOTHAN, Ala. (WDRG) - Crews worked through the morning clearing trees off Cottonwood Road and Westgate Parkway after a line of storms moved through overnight.

"It was loud, and then it was over," said Reggie McCray, who was helping a neighbor drag a pine limb out of his driveway. "We were blessed."

Dothan Utilities said about 4,000 customers lost power at the peak.""",
gold=[]),

dict(guid="dth_wdrg_20260408_birdsong", pub="2026-04-08T18:10:00-05:00", title="Enterprise senior named National Merit finalist",
body="""ENTERPRISE, Ala. (WDRG) - An Enterprise High School senior is one of the state's National Merit finalists this year.

Caleb Birdsong, who plans to study engineering, was told the news during second period. He is the son of Dee Chancey-Birdsong and Trent Birdsong of Enterprise.

"He's been reading everything in the house since he was three," his mother said.""",
gold=[("DTH013", "parent_of_subject")]),

dict(guid="dth_wdrg_20260520_sellers", pub="2026-05-20T17:45:00-05:00", title="Headland peanut business marks 75 years",
body="""HEADLAND, Ala. (WDRG) - Sellers Peanut Company, the buying point and sheller just off the square in Headland, is celebrating 75 years this month.

Owners Corby and Wanda Sellers are the third generation to run it. Corby's grandfather opened it in 1951 with one scale and a mule.

"Peanuts are who we are in Henry County," Corby Sellers said. The company will host a customer fish fry on Saturday.""",
gold=[("DTH003", "subject"), ("DTH004", "subject")]),

dict(guid="dth_wdrg_20251105_festival", pub="2025-11-05T19:30:00-06:00", title="Cottonwood teen takes grand champion at Peanut Festival livestock show",
body="""DOTHAN, Ala. (WDRG) - A Cottonwood FFA member showed the grand champion steer at the National Peanut Festival livestock show on Wednesday.

Brantley Hodge, 16, led his Angus steer, Moose, past 48 other entries. Judge Hollis Espy of Columbia called the steer "as good as any I've seen in this ring."

Hodge's steer sold at auction for $9,200.""",
gold=[]),
]

# 2. The Wiregrass Weekly Observer (weekly paper: Headland, Abbeville, Enterprise, Taylor; plain text)
WEEKLY = [
dict(guid="dth_wwo_20260115_faircloth", pub="2026-01-15T08:00:00-06:00", title="Faircloth retires after 40 years with extension office",
body="""After 40 years of answering questions about boll weevils, soil samples and why the tomatoes split, Odell Faircloth has retired as the Coffee County extension agent.

Faircloth was honored at a drop-in reception at the Enterprise Civic Center on Friday, where farmers lined up to shake his hand. "I learned more from them than they ever learned from me," he said.""",
gold=[("DTH006", "subject")]),

dict(guid="dth_wwo_20260205_holloman", pub="2026-02-05T08:00:00-06:00", title="Ashford pianist honored for 50 years at the keys",
body="""Ashford First Methodist Church honored Mrs. Jimmie Nell Holloman on Sunday for fifty years as its church pianist.

Mrs. Holloman first played for a service in 1976 when the regular pianist came down with the flu, and she never gave the bench back. The congregation presented her with a plaque and a new hymnal signed by every member.""",
gold=[("DTH007", "subject")]),

dict(guid="dth_wwo_20260618_kirkland", pub="2026-06-18T08:00:00-05:00", title="Kirklands celebrate 25 years",
body="""Lamar and Tonya Kirkland of Dothan celebrated their 25th wedding anniversary June 16 with a dinner given by their children at the Headland Depot.

The couple were married June 16, 2001, at Ashford First Methodist Church. Mrs. Kirkland is the former Tonya Brackin of Ashford.""",
gold=[("DTH008", "subject"), ("DTH009", "subject")]),

dict(guid="dth_wwo_20260312_library", pub="2026-03-12T08:00:00-05:00", title="Headland library thanks donors for new reading room",
body="""The Headland Public Library opened its new children's reading room Saturday. Director Paula Reeves thanked the donors who made it possible: the Henry County Bank, the Headland Lions Club, Wanda Sellers, Bea Ingram, Tommy and Rhonda Cox, and the Headland Garden Club.

Story time will be held in the new room every Tuesday at 10 a.m.""",
gold=[]),

dict(guid="dth_wwo_20260430_godwin", pub="2026-04-30T08:00:00-05:00", title="Tifton grower named Georgia peanut farmer of the year",
body="""Franklin Godwin of Tifton, Ga., was named Georgia's peanut farmer of the year at the Southeast Peanut Growers' conference in Albany, Ga., last week.

Godwin farms 1,400 acres in Tift County with his two sons. Several Wiregrass growers attended the conference.""",
gold=[]),

dict(guid="dth_wwo_20260423_quilt", pub="2026-04-23T08:00:00-05:00", title="Dothan quilter takes best in show",
body="""Glenda Stough of Dothan took best in show at the Wiregrass Quilt Guild's spring show for her "Peanut Blossom" appliqué quilt, which took her two years to finish.

This year's judges were Mary Alice Dykes of Taylor and Carolyn Bush of Geneva. Ribbons were awarded in eleven categories.""",
gold=[("DTH016", "subject")]),

dict(guid="dth_wwo_20260820_ingram", pub="2026-08-20T08:00:00-05:00", title="'Miss Bea' turns 90",
body="""Headland's Beatrice "Miss Bea" Ingram celebrated her 90th birthday on Aug. 19 with a party in the fellowship hall of Greater St. Paul AME Church.

Miss Bea taught fourth grade in Henry County schools for 38 years. More than 100 former students came to sing Happy Birthday.""",
gold=[("DTH021", "subject")]),
]
