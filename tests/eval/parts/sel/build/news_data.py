"""Local news for the `sel` part, hand-labelled (gold=[(client_id, role)]). TV = WSLA 8 Selma-Montgomery
(TV station site, HTML description); DC = The Dallas County Courier (weekly: business, schools, community,
teaser description + HTML content:encoded)."""

TV = [
dict(guid="sel_tv_20260219_lapsley", pub="2026-02-19T17:40:00-06:00",
title="Selma banker named regional president",
body="""SELMA, Ala. (WSLA) - A Selma native who started as a teller at the Broad Street branch now runs the bank's whole Black Belt region.

Peoples Cane Brake Bank promoted Antoinette "Toni" Mayhew, 36, to Black Belt regional president on Thursday. Mayhew will oversee 11 branches from Demopolis to Hayneville.

"Selma raised me. I want our branches to say yes to the people who stayed," Mayhew said.""",
gold=[("SEL024", "subject")]),

dict(guid="sel_tv_20260305_jubilee", pub="2026-03-05T18:15:00-06:00",
title="Thousands expected for 61st Bridge Crossing Jubilee",
body="""SELMA, Ala. (WSLA) - Organizers expect more than 20,000 people in Selma this weekend for the 61st Bridge Crossing Jubilee, which commemorates Bloody Sunday, March 7, 1965.

Roosevelt Sewell, who was 16 when he crossed the Edmund Pettus Bridge that day, will again walk at the front. "I go every year so the young people can count us while there are still some of us to count," Sewell said.

Road closures begin Saturday at 6 a.m. on Broad Street and Water Avenue.""",
gold=[]),

dict(guid="sel_tv_20260319_orrvillefire", pub="2026-03-19T07:05:00-05:00",
title="Orrville couple loses home to overnight fire",
body="""ORRVILLE, Ala. (WSLA) - An Orrville couple escaped with their two dogs early Thursday when fire destroyed their home on Dallas Avenue.

Wendell and Nita Goldsby woke to smoke just after 2 a.m., Orrville Volunteer Fire Department chief Ray Sumbry said. Crews from Orrville, Beloit and Selma fought the fire for two hours. No one was hurt. The cause is under investigation.

Neighbors have set up a collection for the family at Orrville United Methodist Church.""",
gold=[("SEL017", "subject")]),

dict(guid="sel_tv_20260402_teacher", pub="2026-04-02T17:30:00-05:00",
title="Valley Grande science teacher is Dallas County Teacher of the Year",
body="""VALLEY GRANDE, Ala. (WSLA) - For 38 years she has been setting off baking-soda volcanoes. On Thursday, Claudette Whitsett was named Dallas County Schools' Teacher of the Year.

Whitsett teaches seventh-grade science at Tipton-Durant Middle School. Former students surprised her in her classroom with the announcement.

"She has been teaching this county's children since before some of their parents were born," said her husband, Alonzo Whitsett.""",
gold=[("SEL003", "subject")]),

dict(guid="sel_tv_20260416_nasa", pub="2026-04-16T12:10:00-05:00",
title="Huntsville engineer retires after 40 years at Marshall",
body="""HUNTSVILLE, Ala. (WSLA) - Delphine Askew of Huntsville, the propulsion engineer who worked on every NASA rocket from the shuttle to the Space Launch System, retired Wednesday after 40 years at Marshall Space Flight Center.

Askew, 62, grew up in Madison County and plans to teach math at Oakwood University.""",
gold=[]),

dict(guid="sel_tv_20260507_baby", pub="2026-05-07T16:50:00-05:00",
title="Marion couple welcomes first baby born at new Perry County clinic",
body="""MARION, Ala. (WSLA) - Derrick and Cassie Nall of Marion announce the birth of a son, Josiah Clarence Nall, born May 5 - the first baby delivered at the new Perry County Family Health Center.

Josiah weighed 7 pounds, 9 ounces. "We didn't have to drive to Selma in the middle of the night," his father said.""",
gold=[("SEL019", "subject"), ("SEL018", "subject")]),

dict(guid="sel_tv_20260521_fair", pub="2026-05-21T18:00:00-05:00",
title="Keith High senior wins grand champion steer at Dallas County livestock show",
body="""SELMA, Ala. (WSLA) - Keith High School senior Brayden Tidmore of Orrville showed the grand champion steer at the Central Alabama Junior Livestock Show on Tuesday.

Judges Clyde Vandiver of Valley Grande and Dr. Margaret Lyle of Auburn University picked Tidmore's 1,310-pound Angus cross from 46 entries.

Tidmore is the son of Russ and Kelly Tidmore.""",
gold=[]),
]

DC = [
dict(guid="sel_dc_20260226_rembert", pub="2026-02-26T08:00:00-06:00",
title="Rembert's Soul Kitchen marks 25 years on Selma Avenue",
body="""Gwen Rembert opened Rembert's Soul Kitchen on Selma Avenue in February 2001 with six tables and her aunt's smothered pork chop recipe. This month the restaurant celebrates 25 years, and the line still runs out the door on Sundays.

Gwendolyn Rembert, the owner, says the secret is "Aunt Willie Mae's rules: season it like you love them, and never run out of cornbread."

"I've eaten here every Friday since it opened," said longtime customer Clyde Vandiver of Valley Grande.

The restaurant will host an anniversary fish fry Saturday from 11 a.m. to 3 p.m.""",
gold=[("SEL014", "subject")]),

dict(guid="sel_dc_20260312_retire", pub="2026-03-12T08:00:00-05:00",
title="Culliver retires after 38 years at the mill",
body="""Mack Arthur Culliver of Plantersville worked his last shift at the Riverside Paper mill Friday, 38 years after he started sweeping the wet end.

Culliver retired as shift superintendent. His crew presented him with a framed photograph of the No. 2 paper machine and a fishing boat fund.

"I'm going to the Alabama River and I'm not coming back till the crappie say so," he said.""",
gold=[("SEL013", "subject")]),

dict(guid="sel_dc_20260402_salon", pub="2026-04-02T08:00:00-05:00",
title="Gee's Beauty Bar opens second shop in Valley Grande",
body="""Lavonia Gee, who opened Gee's Beauty Bar on Mabry Street in 2015, has opened a second salon on Alabama 22 in Valley Grande.

The new shop has eight chairs and a barber station, and employs six stylists. "Valley Grande was driving to Selma to see us, so we came to Valley Grande," Gee said.

A ribbon cutting with the Selma-Dallas County Chamber of Commerce is set for April 10.""",
gold=[("SEL008", "subject")]),

dict(guid="sel_dc_20260416_scholar", pub="2026-04-16T08:00:00-05:00",
title="Selma High senior named Gates Scholar",
body="""Selma High School senior Kiara Ellerbee has been named a Gates Scholar, a last-dollar scholarship that covers the full cost of college. She is one of 300 students chosen nationwide and plans to study chemical engineering at Tuskegee University.

Kiara is the daughter of Quinton and Latasha Ellerbee of Selma. She is valedictorian of her class and president of the Saints Science Club.""",
gold=[("SEL015", "parent_of_subject"), ("SEL016", "parent_of_subject")]),

dict(guid="sel_dc_20260430_anniv", pub="2026-04-30T08:00:00-05:00",
title="Fikes celebrate 50th wedding anniversary",
body="""The Rev. Obadiah Fikes and Lottie Suttles Fikes of Marion celebrated their 50th wedding anniversary on April 24 with a renewal of vows at Zion Chapel Missionary Baptist Church, where Rev. Fikes has been pastor since 1988.

The couple were married April 24, 1976, in Uniontown. They have three children and seven grandchildren.""",
gold=[("SEL009", "subject"), ("SEL010", "subject")]),

dict(guid="sel_dc_20260514_halloffame", pub="2026-05-14T08:00:00-05:00",
title="Selma High Athletic Hall of Fame inducts class of 2026",
body="""The Selma High School Athletic Hall of Fame inducted four members Saturday night at the school's gym.

Among them was Alonzo "Lonzo" Whitsett of Valley Grande, the point guard of the 1973 state runner-up team, who went on to coach girls' basketball at Southside High for 29 years. Also inducted were track coach Ernestine Bell (posthumously), 1988 quarterback Darrell Means and 2004 state wrestling champion Tavares Lee.""",
gold=[("SEL002", "subject")]),

dict(guid="sel_dc_20260528_park", pub="2026-05-28T08:00:00-05:00",
title="Riverfront park fund passes $400,000",
body="""The campaign to rebuild the Selma riverfront amphitheater has passed $400,000, the Riverfront Park Committee said this week.

Recent gifts came from the Selma-Dallas County Chamber of Commerce, Peoples Cane Brake Bank, Rembert's Soul Kitchen, the Kimbrough family in memory of Mary Alice Kimbrough, Clyde Vandiver, and Dr. and Mrs. Roosevelt Pugh.

Construction is to start in October.""",
gold=[]),
]
