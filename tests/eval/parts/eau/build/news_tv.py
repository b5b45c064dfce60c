"""WCVX 13 News (invented Eau Claire TV station site): local news, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="eau_wcvx_20260115_lueck_fire", pub="2026-01-15T06:45:00-06:00",
title="Fire destroys Altoona auto body shop overnight",
body="""ALTOONA, Wis. (WCVX) - An Altoona auto body shop is a total loss after a fire early Thursday morning.

Crews from Altoona, Eau Claire and Lake Hallie were called to Lueck Collision Center on Spooner Avenue just after 2 a.m. and found heavy flames coming through the roof. No one was inside and no firefighters were hurt.

Owner Steve Lueck told WCVX his family has run the shop for 22 years. "Everybody's safe, that's what matters," Lueck said. "We'll rebuild." The fire marshal believes the fire started near a paint booth heater. It comes less than a week after the death of Lueck's mother.""",
gold=[("EAU021", "subject")]),

dict(guid="eau_wcvx_20260210_thao_scholar", pub="2026-02-10T17:20:00-06:00",
title="Memorial senior named U.S. Presidential Scholars candidate",
body="""EAU CLAIRE, Wis. (WCVX) - An Eau Claire Memorial High School senior is one of about 5,000 students nationwide named a candidate for the U.S. Presidential Scholars Program.

Nkauj Hnub Thao, the daughter of Chue and Mai Nou Thao of Eau Claire, has a perfect ACT score, captains the school's robotics team and volunteers as a Hmong-English interpreter at the Eau Claire Area Hmong Mutual Assistance Association.

"She was translating doctor's appointments for our relatives when she was nine," her father said. She plans to study biomedical engineering.""",
gold=[("EAU008", "parent_of_subject"), ("EAU009", "parent_of_subject")]),

dict(guid="eau_wcvx_20260302_augusta_barn", pub="2026-03-02T21:05:00-06:00",
title="Barn fire near Augusta kills calves, family vows to keep milking",
body="""TOWN OF BRIDGE CREEK, Wis. (WCVX) - A fire Monday afternoon destroyed a dairy barn west of Augusta, killing about 30 calves.

The barn belongs to Wendell and Phyllis Ostrander, who have milked cows on the farm along County Road G for 48 years. Neighbors helped move the milking herd to a nearby farm while crews from Augusta, Fall Creek and Osseo fought the fire for more than four hours.

"You don't quit because of one bad day," Phyllis Ostrander said. A benefit fund has been set up at Unity Bank in Augusta.""",
gold=[("EAU017", "subject"), ("EAU018", "subject")]),

dict(guid="eau_wcvx_20260406_snow_cleanup", pub="2026-04-06T12:10:00-05:00",
title="April snow: Chippewa Valley digs out from 11 inches",
body="""EAU CLAIRE, Wis. (WCVX) - Crews across the Chippewa Valley spent Monday clearing 8 to 11 inches of heavy, wet April snow.

In Altoona, Kurt Rassbach was clearing his neighbors' driveways with a snowblower before sunrise. "April in Wisconsin. You just keep the shovel by the door until Memorial Day," Rassbach said.

Ray Wiitala, who has lived on Lynn Avenue for 40 years, said it was the heaviest April snow he could remember. Xcel Energy reported about 2,300 customers without power at the peak.""",
gold=[]),  # quoted bystanders (EAU013 is also do_not_contact)

dict(guid="eau_wcvx_20260520_teacher_year", pub="2026-05-20T18:00:00-05:00",
title="Menomonie kindergarten teacher named Wisconsin Elementary Teacher of the Year",
body="""MENOMONIE, Wis. (WCVX) - A kindergarten teacher at River Heights Elementary School in Menomonie is this year's Wisconsin Elementary Teacher of the Year.

Abigail Feiten, in her 14th year at River Heights, was surprised at an all-school assembly Wednesday by the state superintendent.

"Abby is the teacher every parent asks for," said Gloria Heinzen, a retired River Heights principal who hired her in 2012 and came back for the surprise.""",
gold=[]),  # EAU022 quoted only
]
