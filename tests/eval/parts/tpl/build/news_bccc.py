"""Bell-Coryell Community Courier: community paper and school news for Belton, Salado, Killeen, Harker Heights,
Copperas Cove and Troy; teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "bccc"
ITEMS = [
dict(guid="tpl_bccc-2026-02-17-rabbitfest", pub="2026-02-17T09:00:00-06:00",
title="Rabbit Fest committee names 2026 grand marshals",
body="""The Copperas Cove Rabbit Fest committee has named longtime volunteers Hector and Lorraine Benavides as grand marshals of this year's parade on May 16.

The Benavideses have run the festival's carnival ticket booth for 19 years. Committee chair Stacy Oberle said the couple "have probably sold a ticket to every child in Coryell County."

The festival runs May 14-17 at City Park.""",
gold=[]),

dict(guid="tpl_bccc-2026-04-27-gates", pub="2026-04-27T09:00:00-05:00",
title="Shoemaker senior wins Gates Scholarship",
body="""Yaritza Villarreal, a Shoemaker High School senior, has been named a Gates Scholar, one of 300 students nationwide to receive the last-dollar scholarship this year.

Villarreal, the class salutatorian, plans to study chemical engineering at Texas A&M University. She captains the school's robotics team and works weekends at Sabor Boricua, her family's restaurant.

She is the daughter of Teodoro and Marisol Villarreal of Killeen. "She did her homework at table six for ten years," her father said. "Now table six is famous." """,
gold=[("TPL005", "parent_of_subject"), ("TPL006", "parent_of_subject")]),

dict(guid="tpl_bccc-2026-06-22-pruett", pub="2026-06-22T09:00:00-05:00",
title="Pruetts mark 50 years of marriage",
body="""Harland Jr. and Gaylene Pruett of Belton celebrated their 50th wedding anniversary on June 19 with a dinner for family and friends at the Bell County Expo Center.

The couple were married June 19, 1976, at First Methodist Church of Belton. Harland retired from Bell County Road and Bridge after 34 years and still runs cattle on the family place; Gaylene taught second grade at Southwest Elementary for 30 years.

They have three children, Cody Pruett of Belton, Leah Pruett Sandoval of Salado and Travis Pruett of Killeen, and eight grandchildren.""",
gold=[("TPL007", "subject"), ("TPL008", "subject")]),

dict(guid="tpl_bccc-2026-07-13-troyfield", pub="2026-07-13T09:00:00-05:00",
title="Troy Little League names field for late coach Trey Glockzin",
body="""Troy Little League dedicated its main diamond on Saturday as Trey Glockzin Field, in memory of the coach who died in April at 44.

Glockzin coached in the league for eleven seasons and rebuilt the field's backstop and dugouts himself. His widow, Amber, and his parents, Ray and Edna Mae Glockzin of Temple, unveiled the new sign before the opening game of the district tournament, and his sons Cole and Wyatt threw out the first pitches.

League president Donnie Bartek said the family had asked that donations go to the league's scholarship fund.""",
gold=[]),

dict(guid="tpl_bccc-2026-10-05-czech", pub="2026-10-05T09:00:00-05:00",
title="Belton teacher elected to lead Bell County Czech Heritage Society",
body="""Georgianna Hrabal of Belton, a Belton High School Spanish and German teacher, was elected president of the Bell County Czech Heritage Society at its annual meeting on Sunday.

Hrabal, whose grandparents farmed near Seaton, has led the society's Czech language classes since 2018. She succeeds Lenka Dvorak, who served two terms and oversaw the move of the society's archive to the Temple Public Library.

"Our grandparents worked hard to make sure we spoke English," Hrabal said. "Now we work hard to make sure our grandchildren can still read their letters." """,
gold=[("TPL022", "subject")]),
]
