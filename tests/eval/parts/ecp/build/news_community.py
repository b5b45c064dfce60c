"""Bay Neighbors (community paper: churches, schools, milestones, engagements): teaser description, HTML in
content:encoded. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "bn"
ITEMS = [
dict(guid="ecp_bn_2026_0115_drum_major", pub="2026-01-15T08:00:00-06:00",
title="Glenwood pastor receives Drum Major for Justice award",
body="""PANAMA CITY - The Bay County MLK Celebration Committee will present its 2026 Drum Major for Justice award to the Rev. Ozell Threatt, pastor of St. John Missionary Baptist Church, at Monday's King Day breakfast.

Threatt, who has led St. John for 27 years, organized the Glenwood rebuilding crews after Hurricane Michael and founded the church's free tax-preparation clinic, which has filed more than 9,000 returns. "I just answered the phone when people called," Threatt said. His wife, Bernice, is expected to sing at the breakfast.""",
gold=[("ECP014", "subject")]),

dict(guid="ecp_bn_2026_0208_pianist", pub="2026-02-08T08:00:00-06:00",
title="Sixty years at the piano bench: Mother Sconiers honored",
body="""PANAMA CITY - When Mary Alice Sconiers first played for the Sunday service at St. John Missionary Baptist Church, in February 1966, the church had a borrowed upright and no air conditioning. Last Sunday the congregation honored her for sixty years as church pianist.

Mother Sconiers, 81, has played for more than 3,000 Sunday services, 900 funerals and "more weddings than I can count." The church presented her with a plaque and a new bench.""",
gold=[("ECP004", "subject")]),

dict(guid="ecp_bn_2026_0412_scholarship", pub="2026-04-12T08:00:00-05:00",
title="Rutherford senior wins full Navy ROTC scholarship",
body="""PANAMA CITY - Linh Quach, a senior at Rutherford High School, has won a full Navy ROTC scholarship to the University of Florida, where she plans to study ocean engineering.

Linh, the granddaughter of Khiem and Hanh Quach of Panama City, is the first in her family born in the United States to earn an officer's commission track. She is captain of the Rutherford robotics team.""",
gold=[]),   # grandparents, not parents: nothing

dict(guid="ecp_bn_2026_0503_engagement", pub="2026-05-03T08:00:00-05:00",
title="Engagement: Whiddon - Ledbetter",
body="""Travis and Rhonda Whiddon of Panama City announce the engagement of their daughter, Kelsey Anne Whiddon, to Cody James Ledbetter, son of Mike and Dana Ledbetter of Marianna.

The bride-elect is a 2019 graduate of Mosley High School and a dental hygienist in Lynn Haven. The prospective groom is a sergeant at Tyndall Air Force Base. A November wedding is planned at St. Andrews State Park.""",
gold=[("ECP019", "parent_of_subject")]),

dict(guid="ecp_bn_2026_0528_retire", pub="2026-05-28T08:00:00-05:00",
title="West Bay teacher Kaye O'Quinn retires after 38 years",
body="""PANAMA CITY BEACH - Kathryn "Kaye" O'Quinn taught her first class of second-graders at West Bay Elementary in 1988. On Friday, after 38 years, she walked out of her classroom for the last time to an honor guard of students ringing bells.

O'Quinn, who said she taught the children of several of her first students, plans to travel with her husband and help raise her grandchildren.""",
gold=[("ECP008", "subject")]),
]
