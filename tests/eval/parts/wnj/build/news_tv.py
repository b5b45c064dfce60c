"""Skylands 9 News (TV station site for Sussex and Warren counties), HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="wnj_sk9_20260126_0113", pub="2026-01-26T18:20:00-05:00",
title="Fire displaces Phillipsburg couple; neighbors rush to help",
body="""PHILLIPSBURG, N.J. (Skylands 9) - A Phillipsburg couple is safe but out of their home after a fire tore through the back of their Hudson Street twin early Monday.

Stanley and Gloria Bunn woke to smoke alarms around 3 a.m. and got out with their cat, fire officials said. The Phillipsburg Fire Department had the blaze under control in 20 minutes, but the kitchen and back bedroom are a total loss. The Red Cross is helping the Bunns.

"I saw the glow and ran over in my slippers," said Bernie Lasko, who lives around the corner. "Stan and Gloria would do the same for any of us." """,
gold=[("WNJ014", "subject"), ("WNJ015", "subject")]),

dict(guid="wnj_sk9_20260303_0207", pub="2026-03-03T17:45:00-05:00",
title="Sparta police chief hangs up his badge after 34 years",
body="""SPARTA, N.J. (Skylands 9) - Sparta's top cop is retiring.

Chief Gerald "Gerry" Pfleger, who joined the department as a patrolman in 1992 and has led it since 2014, will retire at the end of the month, the township council announced Monday night. Council members gave him a standing ovation.

Pfleger said he plans to spend more time on Lake Mohawk and coaching Little League.""",
gold=[("WNJ011", "subject")]),

dict(guid="wnj_sk9_20260317_0321", pub="2026-03-17T12:10:00-04:00",
title="Newton Medical Center names new chief of cardiology",
body="""NEWTON, N.J. (Skylands 9) - Newton Medical Center has a new chief of cardiology.

Dr. Priya Venkataraman of Sparta, who has practiced at the hospital since 2015, was appointed to lead the department on Monday. She started the hospital's cardiac rehabilitation program and its women's heart clinic.""",
gold=[("WNJ020", "subject")]),

dict(guid="wnj_sk9_20260422_0418", pub="2026-04-22T18:05:00-04:00",
title="Sparta High junior's water-quality project wins state science fair",
body="""SPARTA, N.J. (Skylands 9) - A Sparta High School junior's two-year study of road salt in Lake Mohawk took first place in environmental science at the New Jersey state science fair.

Ava Hoagland, 16, the daughter of Kevin and Mary Beth Hoagland of Sparta, tested water at 14 sites around the lake every week. She will compete at the international fair in May.

"She turned our kitchen into a lab," her father said.""",
gold=[("WNJ007", "parent_of_subject"), ("WNJ006", "parent_of_subject")]),

dict(guid="wnj_sk9_20260715_0502", pub="2026-07-15T07:30:00-04:00",
title="Clean-up under way after severe storms rip through Phillipsburg, Washington",
body="""PHILLIPSBURG, N.J. (Skylands 9) - Crews worked through the night to clear trees and restore power after a line of severe thunderstorms tore through southern Warren County Tuesday evening.

Winds of 60 to 70 mph brought down dozens of trees on Route 22 and in downtown Phillipsburg; about 9,000 JCP&L customers lost power.

"It came in like a freight train," said Ray Cool of Hackettstown, who was driving home on Route 57 when the storm hit and pulled over in Washington to wait it out.""",
gold=[]),

dict(guid="wnj_sk9_20260810_0611", pub="2026-08-10T19:00:00-04:00",
title="Purdue wrestler Kevin Hoagland wins U.S. Open title",
body="""LAS VEGAS (Skylands 9) - Purdue sophomore Kevin Hoagland, 19, of Lafayette, Indiana, won the 74-kilogram title at the U.S. Open wrestling championships on Sunday. Hoagland, a two-time Indiana state champion, beat a former NCAA All-American in the final.""",
gold=[]),
]
