"""Judith Basin Neighbors (invented community newsletter: schools, milestones, churches, fair): teaser in
`description`, HTML in `content:encoded`. Hand-labelled."""

ITEMS = [
dict(guid="lwt_jbn_2026_0208", pub="2026-02-08T08:00:00-07:00", title="Vukasins mark 60 years",
body="""Anton "Tony" and Rosemary "Rosie" Vukasin of Lewistown will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Feb. 15, in the St. Leo's parish hall.

Tony Vukasin and Rosie Kalafat were married Feb. 12, 1966, at St. Leo's. They have three children, Matt, Ann and Peter, and seven grandchildren. The family asks for no gifts, but Rosie says she will not turn down povitica.""",
gold=[("LWT010", "subject"), ("LWT011", "subject")]),

dict(guid="lwt_jbn_2026_0317", pub="2026-03-17T08:00:00-06:00", title="Fergus junior Brynn Ostberg named all-state",
body="""Fergus High School junior Brynn Ostberg has been named first-team all-state in Class A girls basketball after leading the Golden Eagles to a third-place finish at the state tournament in Butte.

Brynn, the daughter of Travis and Kaylee Ostberg of Lewistown, averaged 17 points and 9 rebounds this season. She also runs the 400 meters for the Fergus track team.""",
gold=[("LWT012", "parent_of_subject"), ("LWT013", "parent_of_subject")]),

dict(guid="lwt_jbn_2026_0614", pub="2026-06-14T08:00:00-06:00", title="Births",
body="""Anders Nathaniel Kolstad was born June 2 at Benefis Hospital in Great Falls to Nathan and Jenna Kolstad of Great Falls. He weighed 8 pounds, 3 ounces. Grandparents are Dale and Ruth Kolstad of Lewistown and Mark and Tami Sorensen of Choteau; great-grandfather is Nate Kolstad of Lewistown.

Harper June Wiens was born May 29 at Central Montana Medical Center to Kelsey and Aaron Wiens of Lewistown.""",
gold=[("LWT020", "parent_of_subject")]),

dict(guid="lwt_jbn_2026_0805", pub="2026-08-05T08:00:00-06:00", title="Central Montana Fair: the champions",
body="""The Central Montana Fair wrapped up Saturday with the 4-H and FFA market sale, which brought in a record $612,000.

Kaden Stoltz, 13, son of Brady and Jess Stoltz of Roy, showed the grand champion market steer, a 1,310-pound black baldy that sold for $9.50 a pound to Central Montana Cooperative. Reserve champion steer went to Lexi Gies of Moore.

The open-class livestock was judged by Dr. Marcia Heberle of Lewistown; the quilts and needlework by Evelyn Moe of Hobson; and the pies by Mary Jo Pribyl of the Wolf Butte Cafe in Stanford, who awarded the purple ribbon to a sour-cream raisin entry from Denton.""",
gold=[("LWT018", "parent_of_subject")]),

dict(guid="lwt_jbn_2026_0906", pub="2026-09-06T08:00:00-06:00", title="Pastor Sandvold to retire after 24 years at Zion",
body="""Pastor Erik Sandvold will retire Dec. 31 after 24 years at Zion Lutheran Church in Lewistown, where he also served the Hobson and Moore congregations for the last decade.

A farewell potluck is planned for Sunday, Dec. 20, after the 10 a.m. service. Sandvold, who came to Lewistown from a parish in Williston, N.D., said he and his wife plan to stay in Lewistown "because we've buried too many friends here to leave them now." The synod will send an interim pastor in January.""",
gold=[("LWT014", "subject")]),

dict(guid="lwt_jbn_2026_1104", pub="2026-11-04T08:00:00-06:00", title="Laverdure honored for keeping Metis fiddle alive",
body="""Denise Laverdure of Lewistown received the Montana Arts Council's Governor's Award for the Arts in folk and traditional arts last week for forty years of teaching Red River jigs and Metis fiddle tunes to central Montana children.

Laverdure, the former Denise Berger, learned the fiddle from her grandfather on Spring Creek. Her husband, Cliff, calls the square dances at her students' recitals. "We're not going to let these tunes get lost," she said.""",
gold=[("LWT004", "subject")]),
]
