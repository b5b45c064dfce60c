"""Timp Neighbors (community paper for Orem, Lindon, Pleasant Grove, Provo): milestones, schools, volunteers;
teaser in description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="pvu_tn-2026-0208", pub="2026-06-04T08:00:00-06:00",
title="Thurgoods of Pleasant Grove celebrate 55 years",
body="""PLEASANT GROVE - Calvin "Cal" and Norma Ashdown Thurgood of Pleasant Grove will celebrate their 55th wedding anniversary with an open house on Saturday, June 13, from 6 to 8 p.m. at the Manila Stake Center, 1065 N. 100 E.

Cal and Norma were married June 11, 1971, in the Provo Utah Temple. Cal worked 35 years as a lineman for Utah Power & Light; Norma taught piano to, by her count, 412 students. They have five children, 23 grandchildren and 4 great-grandchildren. No gifts, please; the family asks that guests bring a favorite memory written on a card.""",
gold=[("PVU018", "subject"), ("PVU019", "subject")]),

dict(guid="pvu_tn-2026-0214", pub="2026-07-01T08:00:00-06:00",
title="Engagement: Brinley Kartchner and Caleb Pace",
body="""Tad and Shauna Kartchner of Mapleton are pleased to announce the engagement of their daughter, Brinley Kartchner, to Caleb Pace, son of Trent and Marci Pace of Spanish Fork.

Brinley is a graduate of Maple Mountain High School and Utah Valley University in nursing. Caleb served in the Philippines Cebu Mission and is studying civil engineering at BYU. The couple will be married August 15 in the Payson Utah Temple, with a reception that evening at the Kartchner home.""",
gold=[("PVU013", "parent_of_subject"), ("PVU014", "parent_of_subject")]),

dict(guid="pvu_tn-2026-0188", pub="2026-03-05T08:00:00-07:00",
title="Timpanogos High names its 2026 Sterling Scholars",
body="""OREM - Mason Holyoak, son of Jaren and Dixie Holyoak of Orem, has been named Timpanogos High School's Sterling Scholar in science, one of 14 category winners announced this week. Holyoak, a senior, built a seismograph network across three Orem schools and plans to study geology at Utah State.

The school's other Sterling Scholars include Aria Patel (mathematics), Kekoa Mahe (music) and Lily Sorensen (English). The region competition is in March.""",
gold=[("PVU022", "parent_of_subject")]),

dict(guid="pvu_tn-2026-0221", pub="2026-07-29T08:00:00-06:00",
title="Lindon Days volunteers thanked after record turnout",
body="""LINDON - The Lindon Days committee thanked more than 80 volunteers after a record 14,000 people came to the parade, car show and fireworks last weekend.

Committee chair Jenna Holdaway singled out the pancake breakfast crew, led by LaRae Pehrson for the 20th year, and the parade marshals, including Renata D'Arcangelo, Orrin Dastrup and Mary Lou Huntsaker. "It takes a village, and Lindon is a village that shows up," Holdaway said.""",
gold=[]),  # volunteer list: nothing for PVU010, PVU020, PVU021, PVU006

dict(guid="pvu_tn-2026-0196", pub="2026-04-30T08:00:00-06:00",
title="Orem woman, 84, publishes history of her pioneer family",
body="""OREM - Mary Lou Bascom Huntsaker started writing her family's history in longhand in 1987. Last week, at 84, she held the printed book in her hands.

"Wagon Tongues and Sego Lilies: The Bascom Family of Provo, 1851-1951" runs 412 pages, with 200 photographs Huntsaker gathered from cousins in four states. It traces her great-grandparents from their handcart crossing to the founding of the family's Provo mill. Copies are at the Orem Public Library and the Provo City Library; Huntsaker will sign books there on May 9.""",
gold=[("PVU006", "subject")]),
]
