"""Local news texts for the jbr part (northeast Arkansas), three sources, hand-labelled (`gold=`)."""

# 1. TV station site: KNEA Delta 7 News (Jonesboro), HTML descriptions
TV = [
dict(guid="jbr_knea_20260211_0417", pub="2026-02-11T18:20:00-06:00", title="Brookland family escapes early-morning house fire",
body="""BROOKLAND, Ark. (KNEA) - A Brookland family is safe after fire tore through their home on Holly Springs Road early Wednesday morning.

Kenny and Tonya Barnhill and their son woke to smoke alarms just after 3 a.m. and got out with their two dogs, Brookland Fire Chief Dale Smithee said. The fire started in the garage and spread to the kitchen. No one was hurt, but the home is a total loss.

Neighbors have set up a donation drop at Brookland Methodist Church. "They'd give you the shirt off their back," neighbor Shelby Trammell said. "Now it's our turn." """,
gold=[("JBR020", "subject"), ("JBR021", "subject")]),

dict(guid="jbr_knea_20260306_0522", pub="2026-03-06T17:45:00-06:00", title="Brookland senior earns perfect ACT score",
body="""BROOKLAND, Ark. (KNEA) - Only a handful of Arkansas students do it each year. Brookland High School senior Colby Barnhill is one of them.

Colby, the son of Kenny and Tonya Barnhill, scored a perfect 36 on the ACT, the school district announced Friday. He plans to study engineering at Arkansas State University.

"After the year his family has had, we couldn't be prouder," Principal Amy Lasater said, referring to the fire that destroyed the Barnhills' home in February.""",
gold=[("JBR020", "parent_of_subject"), ("JBR021", "parent_of_subject")]),

dict(guid="jbr_knea_20260119_0306", pub="2026-01-19T21:05:00-06:00", title="Blytheville pastor honored with MLK Drum Major Award",
body="""BLYTHEVILLE, Ark. (KNEA) - The pastor of Greater New Hope Missionary Baptist Church received the city's Martin Luther King Jr. Drum Major for Service Award on Monday.

The Rev. Darnell Jefferson was recognized for the church's free tax-preparation clinic and its summer lunch program, which served more than 9,000 meals to Mississippi County children last year. His wife, Lakeisha, joined him on stage at the Ritz Civic Center.

Mayor Carla Wiggins presented the award after the annual march down Main Street.""",
gold=[("JBR009", "subject")]),

dict(guid="jbr_knea_20260428_0911", pub="2026-04-28T12:30:00-05:00", title="Neighbors with chainsaws: north Jonesboro digs out after Monday night tornado",
body="""JONESBORO, Ark. (KNEA) - Volunteers fanned out across north Jonesboro on Tuesday after an EF-1 tornado snapped trees and peeled roofs along Matthews Avenue and Highland Drive late Monday.

"You hear it's coming and you just get in the hallway," said Shelby Trammell, who drove in from Bono with a chainsaw and a trailer. "Then you come help."

The National Weather Service in Memphis confirmed the tornado traveled about six miles from near Arkansas State University toward Brookland. No serious injuries were reported. Craighead Electric said about 4,000 customers were still without power at noon.""",
gold=[]),

dict(guid="jbr_knea_20260514_1033", pub="2026-05-14T16:10:00-05:00", title="Texas A&M-Commerce hires Travis McNabb as head baseball coach",
body="""JONESBORO, Ark. (KNEA) - A former Arkansas State pitcher is getting his first head coaching job.

Travis McNabb, 31, a native of Conway and a Red Wolves reliever from 2013 to 2016, was named head baseball coach at Texas A&M University-Commerce on Wednesday. McNabb spent the last four seasons as pitching coach at Dallas Baptist.""",
gold=[]),
]

# 2. community weekly: The Ridge Neighbor (Walnut Ridge / Lawrence, Greene, Craighead and Poinsett counties), plain text
WEEKLY = [
dict(guid="jbr_ridgeneighbor_2026_0107", pub="2026-01-07T08:00:00-06:00", title="Tacketts mark 50 years of marriage",
body="""Bobby Gene and Wanda Tackett of Jonesboro celebrated their 50th wedding anniversary on Dec. 27 with a reception at Fisher Street Church of Christ hosted by their children.

The former Wanda Cagle and Bobby Gene Tackett were married Dec. 27, 1975, at the Bay Church of Christ. He retired from the Jonesboro Street Department and she from the Craighead County Clerk's office. They have three children and six grandchildren.""",
gold=[("JBR001", "subject"), ("JBR002", "subject")]),

dict(guid="jbr_ridgeneighbor_2026_0218", pub="2026-02-18T08:00:00-06:00", title="Stuckey retires after 38 years with Lawrence County Road Department",
body="""WALNUT RIDGE - When Eldon Stuckey started with the Lawrence County Road Department in 1988, most of the county's roads were still gravel.

Stuckey, road superintendent since 2009, retired Friday after 38 years. County Judge Dwayne Heath presented him with a plaque at the quorum court meeting, and co-workers served cake at the county shop on Highway 67.

Stuckey and his wife, Patsy, plan to spend more time with their grandchildren and on Spring River.""",
gold=[("JBR013", "subject")]),

dict(guid="jbr_ridgeneighbor_2026_0304", pub="2026-03-04T08:00:00-06:00", title="Trumann's Kaylee Hargrove wins state FFA speaking title",
body="""TRUMANN - Trumann High School senior Kaylee Hargrove won the Arkansas FFA Prepared Public Speaking contest last week in Conway with a speech on rice water conservation.

Kaylee is the daughter of Wade and Crystal Hargrove of Trumann. She dedicated the win to her late brother, Wade, who died in January. "My uncle Virgil drove me to every practice round," she said.

She advances to the national contest in Indianapolis in October.""",
gold=[]),

dict(guid="jbr_ridgeneighbor_2026_0325", pub="2026-03-25T08:00:00-05:00", title="Walnut Ridge's Vowell honored as county's longest-serving Master Gardener",
body="""WALNUT RIDGE - Claudette Vowell has pulled weeds in the Lawrence County courthouse beds since 1991, and on Saturday the county's Master Gardeners made her their first Lifetime Member.

Vowell, 87, was presented a plaque and a Japanese maple at the group's spring luncheon at First United Methodist Church. "I only ever wanted the courthouse to look like somebody loved it," she said.""",
gold=[("JBR005", "subject")]),

dict(guid="jbr_ridgeneighbor_2026_0513", pub="2026-05-13T08:00:00-05:00", title="Birth announcements",
body="""Shelby Trammell and Cody Ledbetter of Bono announce the birth of a daughter, Harper Jo Ledbetter, born May 2 at St. Bernards Medical Center. She weighed 7 pounds, 9 ounces. Grandparents are Dean and Lisa Trammell of Bono and Rick and Tammy Ledbetter of Jonesboro.""",
gold=[("JBR022", "subject")]),

dict(guid="jbr_ridgeneighbor_2026_0812", pub="2026-08-12T08:00:00-05:00", title="Greene County Fair livestock show results",
body="""PARAGOULD - The Greene County Fair's junior livestock show drew 212 entries this year. Judges were Gaylon Rorie of Osceola (beef and dairy cattle) and Dr. Karen Baugh of the U of A Cooperative Extension Service (swine and goats).

Grand champion market steer went to Landon Pruett of Marmaduke. Reserve champion went to Addie Lamb of Marmaduke. In the adult open heifer class, first place went to Clete Womack of Hoxie. The premium sale is Saturday at 10 a.m. in the show barn.""",
gold=[]),
]

# 3. business paper: Delta Ridge Business Review (plain text)
BUSINESS = [
dict(guid="jbr_drbr_2026_0114", pub="2026-01-14T07:00:00-06:00", title="Ridgecrest Regional names Venkataraman chief medical officer",
body="""JONESBORO - Ridgecrest Regional Medical Center has named Dr. Ashok Venkataraman its chief medical officer, effective Feb. 1.

Venkataraman, a cardiologist, has practiced in Jonesboro since 2004 and led the hospital's heart institute since 2017. He succeeds Dr. Paul Hinson, who is retiring.""",
gold=[("JBR018", "subject")]),

dict(guid="jbr_drbr_2026_0211", pub="2026-02-11T07:00:00-06:00", title="Craighead Farmers Bank promotes Langley-Boyd to president",
body="""JONESBORO - Craighead Farmers Bank's board has promoted Meredith Langley-Boyd to president, the first woman to lead the 96-year-old bank.

Langley-Boyd, 44, joined the bank in 2008 as an agricultural loan officer and has been executive vice president since 2021. Chairman Lyle Stroud will remain CEO.""",
gold=[("JBR011", "subject")]),

dict(guid="jbr_drbr_2026_0408", pub="2026-04-08T07:00:00-05:00", title="Lusk Feed & Seed marks 50 years on North Pruett",
body="""PARAGOULD - Lusk Feed & Seed opened in a tin building on North Pruett Street in 1976 selling chicken feed and garden seed. Fifty years later it sells deer corn, cattle mineral and backyard-chicken supplies to a third generation of Greene County customers.

Owners Wendell and Peggy Lusk took over from Wendell's parents in 1994. The store will hold an anniversary cookout April 18. "Mama kept these books by pencil until 2010," Wendell Lusk said. His mother, Lorene, died last month.""",
gold=[("JBR017", "subject"), ("JBR016", "subject")]),

dict(guid="jbr_drbr_2026_0520", pub="2026-05-20T07:00:00-05:00", title="Mississippi County Community Foundation gala raises $410,000",
body="""BLYTHEVILLE - The Mississippi County Community Foundation's spring gala at the Ritz Civic Center raised $410,000 for scholarships and the new Osceola library branch.

Presenting sponsors were Delta Steel Fabricators and Big River Bank. Patrons at the $5,000 level included Darnell and Lakeisha Jefferson, Jo Nell Grisham, Gaylon Rorie and the Keiser Gin Co. Foundation president Tom Caldwell thanked the 40-member gala committee.""",
gold=[]),
]
