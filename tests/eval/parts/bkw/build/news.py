"""Local news for part bkw, two sources, each story with its hand labels (gold=[(client_id, role)])."""

# 1. WRCV NewsWatch 12 (TV station site): HTML descriptions
TV = [
dict(guid="bkw_wrcv_40112", pub="2026-03-24T17:45:00-04:00",
title="Beckley hardware store marks 50 years on Kanawha Street",
body="""Gwinn's Hardware turns fifty this week, and the nails are still sold by the pound.

Owner Travis Gwinn, whose grandfather opened the store in 1976, said the secret is simple: "You let people tell you about the project before you sell them anything." The store will hold an anniversary cookout Saturday with a free key for every customer.

"I've been buying my seed potatoes here since the Ford administration," said customer Luther Basham.""",
gold=[("BKW014", "subject")]),

dict(guid="bkw_wrcv_40187", pub="2026-04-30T18:10:00-04:00",
title="Lester family escapes early morning house fire",
body="""A Lester couple and their two dogs escaped without injury after fire broke out in their home on Clear Fork Road early Thursday.

Dwayne and Brenda Toler woke to smoke alarms around 3 a.m., according to Lester Volunteer Fire Department Chief Randy Cook. The fire started in the kitchen; the house is a total loss.

The Red Cross is assisting the family, and Lester United Methodist Church is collecting clothing.""",
gold=[("BKW016", "subject"), ("BKW017", "subject")]),

dict(guid="bkw_wrcv_40255", pub="2026-06-16T12:20:00-04:00",
title="Cleanup continues after storm topples trees across Beckley",
body="""Crews from Appalachian Power worked through the night after Sunday's severe thunderstorm knocked down trees and power lines in Beckley, Mabscott and Prosperity.

"It sounded like a freight train came through the holler," said Mary Beth Acord of Prosperity, who watched a maple fall across her neighbor's driveway. "Everybody was out with chainsaws by sunup."

About 9,000 customers lost power at the height of the storm.""",
gold=[]),

dict(guid="bkw_wrcv_40301", pub="2026-07-02T17:30:00-04:00",
title="New River Regional names new chief of cardiology",
body="""New River Regional Medical Center has named a new chief of cardiology.

Dr. Anand Kolluri, who has practiced in Beckley since 2004, will lead the hospital's heart program and its new catheterization lab. Kolluri said he hopes to cut the number of patients who must travel to Charleston or Roanoke for care.""",
gold=[("BKW008", "subject")]),

dict(guid="bkw_wrcv_40322", pub="2026-05-20T18:00:00-04:00",
title="Shady Spring eighth grader named Golden Horseshoe winner",
body="""Kaylee Meadows, an eighth grader at Shady Spring Middle School, has been named a Golden Horseshoe winner for her knowledge of West Virginia history.

Kaylee, the daughter of Buck and Lorna Meadows of Shady Spring, will be knighted at the state Culture Center in Charleston next month. "She reads the state history book at supper," her mother said.""",
gold=[("BKW003", "parent_of_subject"), ("BKW004", "parent_of_subject")]),

dict(guid="bkw_wrcv_40390", pub="2026-08-11T17:15:00-04:00",
title="Morgantown nurse wins statewide award",
body="""Rhonda Shrewsbury, a nurse practitioner at WVU Medicine in Morgantown, has received the West Virginia Nurses Association's Excellence in Practice award. Shrewsbury, a native of Wheeling, has worked in Monongalia County for 22 years.""",
gold=[]),

dict(guid="bkw_wrcv_40415", pub="2026-09-03T17:50:00-04:00",
title="Fairdale miner retires after 40 years underground",
body="""After forty years underground, Lonnie Ray Pack has loaded his last shift.

The Fairdale man started at the Marsh Fork mine in 1986 and retired Friday as a section boss. His crew presented him with a lunch bucket signed by every man he had trained. Pack said he plans to fish the New River "every day it ain't raining, and some days it is." """,
gold=[("BKW019", "subject")]),
]

# 2. The Raleigh Neighbor (weekly community paper): teaser description, HTML in content:encoded
WEEKLY = [
dict(guid="bkw_neighbor_0601", pub="2026-06-04T08:00:00-04:00",
title="Crab Orchard couple marks 40 years",
body="""Gary and Tina Ellison of Crab Orchard celebrated their 40th wedding anniversary on May 31 with a covered-dish dinner at Crab Orchard Church of God.

The couple were married May 31, 1986, at the same church. Tina, the former Tina Garten, retired from Raleigh County Schools; Gary is a retired surveyor. They have two children, Little Gary and Ashley.""",
gold=[("BKW011", "subject"), ("BKW012", "subject")]),

dict(guid="bkw_neighbor_0618", pub="2026-06-18T08:00:00-04:00",
title="It's a girl for the Shumates",
body="""Zack and Haley Shumate of Daniels announce the birth of their daughter, Josie Mae Shumate, on June 9, 2026, at Raleigh General Hospital. She weighed 7 pounds, 4 ounces. Proud grandparents are Ronnie and Cheryl Shumate of Daniels.""",
gold=[("BKW021", "subject")]),

dict(guid="bkw_neighbor_0702", pub="2026-07-02T08:00:00-04:00",
title="Beckley Area Foundation thanks its spring donors",
body="""The Beckley Area Foundation thanks the following donors to its spring scholarship drive: Anand and Sunitha Kolluri; Opal Wriston; Gwinn's Hardware; the Mabscott Woman's Club; Harold and Peggy Lusk; and many who gave anonymously.

Scholarships will be awarded in August.""",
gold=[]),

dict(guid="bkw_neighbor_0716", pub="2026-07-16T08:00:00-04:00",
title="Raleigh County 4-H fair results",
body="""Blue ribbons at this year's Raleigh County 4-H fair went to Caleb Ward (market steer), Ava Lusk (pie) and Emma Toney (quilted wall hanging).

Judges for the baked goods were Mary Beth Acord and Edie Quesenberry. The sheep show was judged by Buck Meadows.""",
gold=[]),

dict(guid="bkw_neighbor_0723", pub="2026-07-23T08:00:00-04:00",
title="Glen White quilter, 94, honored by Homemakers",
body="""The Raleigh County Extension Homemakers have named Opal Wriston of Glen White their Homemaker of the Year.

Wriston, 94, has pieced more than three hundred quilts since 1950, most of them given away to new babies and newlyweds. Her Double Wedding Ring quilt will hang at the Youth Museum through September.""",
gold=[("BKW015", "subject")]),

dict(guid="bkw_neighbor_0730", pub="2026-07-30T08:00:00-04:00",
title="Credit union names Prosperity branch manager",
body="""Mountain Laurel Federal Credit Union has promoted Mary Beth Acord to manager of its Prosperity branch.

Acord joined the credit union as a teller in 1997. "She knows every member by name and most of their dogs," said president Harold Lusk.""",
gold=[("BKW013", "subject")]),

dict(guid="bkw_neighbor_0806", pub="2026-08-06T08:00:00-04:00",
title="Veterans post honors late Sgt. Bill Cadle",
body="""American Legion Post 70 inducted the late Sgt. William "Bill" Cadle, a Korean War veteran, into its Wall of Honor on Saturday.

His daughter, Sally Cadle of Beckley, accepted the plaque on his behalf. "Daddy never talked about it, but he kept his ribbons in his Bible," she said.""",
gold=[]),

dict(guid="bkw_neighbor_0813", pub="2026-08-13T08:00:00-04:00",
title="Shady Spring sophomore wins regional science fair",
body="""Dean Pettry, a sophomore at Shady Spring High School, won first place in the regional science fair with a project on acid mine drainage.

Dean is the son of Josh and Amanda Pettry of Shady Spring. He will compete at the state fair in Charleston.""",
gold=[]),

dict(guid="bkw_neighbor_0820", pub="2026-08-20T08:00:00-04:00",
title="Council hears residents on Beaver Avenue potholes",
body="""Beckley Common Council heard from a dozen residents Tuesday about potholes on Beaver Avenue.

"I've lost two hubcaps since Easter," said Luther Basham, who has lived on Beaver Avenue for thirty years. The city engineer said paving will begin in September.""",
gold=[]),
]
