"""The Prairie Post (weekly community paper for Burlington, Des Lacs, Surrey and the Minot area, invented):
milestones, school news, church news; teaser description plus HTML in content:encoded. Hand-labelled (`gold`)."""

FEED = "pp"
ITEMS = [
dict(guid="mot_pp_2026_01_08_stavenes", pub="2026-01-08T08:00:00-06:00", title="Pastor Stavenes retires after 35 years at Nidaros",
body="""The Rev. Erling Stavenes preached his last sermon as senior pastor of Nidaros Lutheran Church in Minot on Sunday, closing a 35-year ministry that saw him baptize more than 1,100 children.

Stavenes came to Minot from a two-point parish near Crosby in 1991. He and his wife, Marlys, will stay in Minot; he has agreed to serve as pastor emeritus and to help with funerals. A farewell open house drew more than 600 people to the fellowship hall.""",
gold=[("MOT024", "subject")]),

dict(guid="mot_pp_2026_03_26_bjornstad", pub="2026-03-26T08:00:00-05:00", title="Surrey fiddler, 15, wins state youth Hardanger fiddle contest",
body="""Kaia Bjornstad, a freshman at Surrey High School, won the state youth Hardanger fiddle championship on Saturday in Grand Forks.

Kaia, the daughter of Hal and JoAnn Bjornstad of Surrey, played a springar her great-grandfather brought from Telemark. She will perform on the Heritage Stage at this fall's Norsk Hostfest.""",
gold=[("MOT008", "parent_of_subject"), ("MOT009", "parent_of_subject")]),

dict(guid="mot_pp_2026_05_14_fettig", pub="2026-05-14T08:00:00-05:00", title="Minot High senior Brynn Fettig earns Bakken scholarship",
body="""Brynn Fettig, a senior at Minot High School, is one of ten North Dakota students to receive a $20,000 Bakken Scholars award for study in engineering.

Brynn, the daughter of Lud and Carla Fettig of Minot, plans to study mechanical engineering at NDSU. She has worked summers at her father's plumbing and heating company since she was 14.""",
gold=[("MOT018", "parent_of_subject")]),

dict(guid="mot_pp_2026_06_18_malsam", pub="2026-06-18T08:00:00-05:00", title="Malsams to mark 60 years of marriage",
body="""Reuben and Vangie Malsam of Burlington will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Sunday, June 28, at Our Saviour's Lutheran Church, Burlington.

Reuben Malsam and Evangeline Goetz were married June 25, 1966, at St. John's Lutheran Church in Kief. They farmed north of Burlington until 2010. Their children, Craig (Tina) Malsam of Bismarck and Lisa (Mark) Roemmich of Minot, invite friends to attend. No gifts, please.""",
gold=[("MOT021", "subject"), ("MOT020", "subject")]),

dict(guid="mot_pp_2026_07_02_council", pub="2026-07-02T08:00:00-05:00", title="Burlington council approves new water tower, street project",
body="""The Burlington City Council on Monday approved plans for a 250,000-gallon water tower on the city's west side and a $1.2 million street project on Wilson and Colton Avenues.

Mayor Jeff Aune said the tower should be finished in fall 2027. Residents of the two avenues will see construction from August through October; assessments will be set at a public hearing in September.""",
gold=[]),

dict(guid="mot_pp_2026_08_20_sawyer", pub="2026-08-20T08:00:00-05:00", title="Sawyer School welcomes volunteers back for fall lunch program",
body="""Sawyer Public School's volunteer lunch program starts again Sept. 1. Returning volunteers this year are Gudrun Skrivseth, Marlene Rue, Bev Olson, Dean Heinle and Tom Kraft, who together have served more than 40 years of Wednesday lunches.

Principal Sara Lindbo said the school still needs two drivers for the Friday food-backpack program. Call the school office to sign up.""",
gold=[]),
]
