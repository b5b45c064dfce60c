"""Tri-County Prairie Weekly (Livingston, Logan and DeWitt Counties, with school news from Normal):
teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "tcw"
ITEMS = [
dict(guid="bmi_tcw-2026-0214-anniv", pub="2026-02-14T08:00:00-06:00",
title="Litwillers to mark 50th anniversary",
body="""Jerry and Anita Litwiller of Lincoln will celebrate their 50th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 22, in the fellowship hall of Zion Lutheran Church, Lincoln.

Gerald Litwiller and Anita Knollenberg were married Feb. 21, 1976, at St. John's United Church of Christ, Lincoln. He retired from the Logan County highway department; she taught third grade at Jefferson School for 31 years.

Their children are Brian (Stacy) Litwiller of Mount Pulaski and Megan Litwiller of Chicago. They have three grandchildren. The couple requests no gifts.""",
gold=[("BMI006", "subject"), ("BMI007", "subject")]),

dict(guid="bmi_tcw-2026-0311-merit", pub="2026-03-11T08:00:00-05:00",
title="Normal Community senior named National Merit Finalist",
body="""Ava Eichelberger, a senior at Normal Community High School, has been named a National Merit Scholarship Finalist.

Ava is the daughter of Trevor and Kelsey Eichelberger of Normal. She is captain of the Scholastic Bowl team and plans to study chemical engineering.""",
gold=[("BMI011", "parent_of_subject"), ("BMI012", "parent_of_subject")]),

dict(guid="bmi_tcw-2026-0520-4h", pub="2026-05-20T08:00:00-05:00",
title="DeWitt County 4-H Foods Day results",
body="""Thirty-two 4-H members brought baked goods, canned goods and meal plans to DeWitt County 4-H Foods Day on Saturday at the Clinton extension office.

Grand champion in baked goods went to Hannah Imig of Wapella for her apple pie. Reserve champion was Cole Brandt of Clinton for cinnamon rolls. Judges were Janelle Augspurger, Deb Kaisner and Lucy Fraley; Mary Beth Stoller again organized the volunteers.

Blue-ribbon exhibits advance to the Illinois State Fair in August.""",
gold=[]),   # judges and organizer: nothing

dict(guid="bmi_tcw-2026-0624-retire", pub="2026-06-24T08:00:00-05:00",
title="Pastor Vogelsang to retire after 30 years at Zion Lutheran",
body="""After 30 years in the pulpit at Zion Lutheran Church in Lincoln, the Rev. Tom Vogelsang will preach his last sermon as senior pastor on Aug. 30.

Vogelsang came to Lincoln in 1996 from a two-point parish near Effingham. Under his leadership Zion started the Logan County food pantry and the Wednesday community meal.

A retirement reception will follow the 10:30 a.m. service on Aug. 30. Vogelsang said he plans to stay in Lincoln, fish more and "finally learn to play the organ I have been listening to for 30 years." """,
gold=[("BMI017", "subject")]),

dict(guid="bmi_tcw-2026-0805-birth", pub="2026-08-05T08:00:00-05:00",
title="Births",
body="""Born to Brandon Kuhns and Alexis Moreno of Normal, a son, Mateo James Kuhns, July 28, 2026, at Carle BroMenn Medical Center. He weighed 7 pounds, 9 ounces.""",
gold=[]),   # BMI016 is do_not_contact

dict(guid="bmi_tcw-2026-0826-birthday", pub="2026-08-26T08:00:00-05:00",
title="Salt Creek bridge to be named for Hartsburg veteran",
body="""The Logan County Board voted Tuesday to name the rebuilt Salt Creek bridge near Hartsburg for Walter Gehrke, the Army veteran and township road commissioner who died in May.

Gehrke's sister, Ramona Ifft of Lincoln, accepted a framed copy of the resolution on the family's behalf. "Walter would say it's about time they fixed that bridge," she said.""",
gold=[]),   # a relative accepting someone else's honour: nothing
]
