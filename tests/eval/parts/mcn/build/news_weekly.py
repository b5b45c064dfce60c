"""The Houston & Monroe Home Weekly (Perry / Forsyth community weekly): teaser description + HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="mcn_homeweekly_2026_0107", pub="2026-01-07T08:00:00-05:00", title="Perry church pianist honored for 50 years at the keys",
body="""Ruby Nell Faircloth has played the piano at Perry First Baptist Church every Sunday since 1976, and on Sunday the congregation stopped to say thank you.

Mrs. Faircloth, 86, received a plaque and a standing ovation after the morning service. "I just play what the Lord puts in front of me," she said.""",
gold=[("MCN012", "subject")]),

dict(guid="mcn_homeweekly_2026_0115", pub="2026-10-15T08:00:00-04:00", title="Georgia National Fair crowns livestock champions",
body="""Youth exhibitors from 40 counties showed cattle, goats and hogs at the Georgia National Fairgrounds in Perry this week.

The grand champion market steer was shown by Addison Pike of Unadilla. Judge Obie Sapp of Perry, a retired county extension agent, praised "the best-fed class of steers I've seen in twenty years." """,
gold=[]),

dict(guid="mcn_homeweekly_2026_0204", pub="2026-05-13T08:00:00-04:00", title="Laniers of Forsyth celebrate 50th wedding anniversary",
body="""Beau and Sue Ellen Lanier of Forsyth celebrated their 50th wedding anniversary on May 9 with a reception at the Forsyth Woman's Club.

The couple were married May 8, 1976, at Pine Grove Baptist Church in Culloden. Mr. Lanier retired from the Monroe County school system; Mrs. Lanier, the former Sue Ellen Mobley, kept books for Lanier Pecan Company.""",
gold=[("MCN007", "subject"), ("MCN008", "subject")]),

dict(guid="mcn_homeweekly_2026_0218", pub="2026-02-18T08:00:00-05:00", title="Monroe County Library thanks donors to the children's room renovation",
body="""The Friends of the Monroe County Library have raised $84,000 to renovate the children's room in Forsyth.

Gold donors include the Forsyth Rotary Club, Ponder Hardware, Jolene Cawthon, Sammy and Deb Rooks, and the Peach State Credit Union. Work begins in March.""",
gold=[]),

dict(guid="mcn_homeweekly_2026_0325", pub="2026-06-24T08:00:00-04:00", title="Bazemore retires after 38 years in Houston County classrooms",
body="""When Queenie Bazemore walked out of Northside Elementary on the last day of school, it was for good. The Warner Robins teacher retired after 38 years, 31 of them teaching second grade.

"I've taught the children of children I taught," Bazemore said. Her husband, Neal, and their two sons hosted a reception at Bethel CME Church.""",
gold=[("MCN004", "subject")]),

dict(guid="mcn_homeweekly_2026_0408", pub="2026-07-08T08:00:00-04:00", title="Births at Houston Medical Center",
body="""Births recorded at Houston Medical Center, Warner Robins:

A daughter, Harper Faye, born June 29 to Jolene and Dewayne Cawthon of Kathleen.

A son, Elijah James, born June 30 to Brittany and Luis Ortega of Centerville.""",
gold=[("MCN019", "subject")]),
]
