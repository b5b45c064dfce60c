"""Valley & West Shore Neighbors (invented community weekly and school news, Cumberland, Dauphin and Lebanon
counties): teaser in description, HTML in content:encoded. Hand-labelled."""

FEED = "wk"
ITEMS = [
dict(guid="mdt_wk_2026_0108_newyearbaby", pub="2026-01-08T07:00:00-05:00",
title="West Shore's first baby of 2026 arrives at 12:41 a.m.",
body="""The first baby born on the West Shore in 2026 arrived at 12:41 a.m. New Year's Day at Penn State Health Holy Spirit Medical Center in Camp Hill.

Nora Grace Hoffer weighed 7 pounds, 3 ounces, and measured 20 inches. She is the first child of Trevor and Megan Hoffer of Lemoyne.

"We were hoping she'd wait until after the ball dropped, and she did," Megan Hoffer said. The hospital auxiliary presented the family with a basket of baby supplies and a hand-knit blanket.""",
gold=[("MDT023", "parent_of_subject")]),

dict(guid="mdt_wk_2026_0611_valedictorian", pub="2026-06-11T07:00:00-04:00",
title="Harrisburg High names Class of 2026 valedictorian",
body="""Daniela Colón, a senior at Harrisburg High School's SciTech campus, was named valedictorian of the Class of 2026.

Daniela, the daughter of Maritza Colón Rivera of Harrisburg, finished with a 4.38 grade-point average, captained the robotics team and tutored younger students at the Hamilton Health Center's after-school program. She will study biomedical engineering at Lehigh University on a full scholarship.

In her speech she thanked her mother and her late grandmother, "who taught me that a kitchen is a laboratory too." """,
gold=[("MDT007", "parent_of_subject")]),

dict(guid="mdt_wk_2026_0716_anniversary", pub="2026-07-16T07:00:00-04:00",
title="Bombergers celebrate 60th anniversary",
body="""Theodore and Joanne (Shirk) Bomberger of Lebanon celebrated their 60th wedding anniversary July 9 with a dinner hosted by their children at the Lebanon Valley Expo Center.

The couple were married July 9, 1966, at Tabor United Church of Christ by the Rev. Paul Yocum. Ted retired from Bethlehem Steel's Lebanon plant and Joanne from the Lebanon School District cafeteria. They have three children, seven grandchildren and two great-grandchildren.

Their secret, Ted says: "Separate checkbooks and one television." """,
gold=[("MDT014", "subject"), ("MDT015", "subject")]),

dict(guid="mdt_wk_2026_0805_tamburitza", pub="2026-08-05T07:00:00-04:00",
title="Steelton's 'Teta Dee' honored for 50 years of teaching tamburitza",
body="""For half a century, if a child in Steelton learned to play the tamburitza, chances are Dolores Vukovich taught them.

The Croatian Fraternal Union honored Vukovich, known to generations of students as "Teta Dee," on Sunday at its national convention in Pittsburgh with its lifetime cultural achievement award. She has directed the Steelton Junior Tamburitzans since 1976 and still rehearses the group every Wednesday at the lodge hall on Second Street.

"My brother Steve put a bisernica in my hands when I was six. I just never put it down," said Vukovich, 84.""",
gold=[("MDT003", "subject")]),

dict(guid="mdt_wk_2026_0902_pies", pub="2026-09-02T07:00:00-04:00",
title="Upper Dauphin's best pies judged at Millersburg ferry festival",
body="""Shoofly pie took top honors again at Saturday's Ferry Days pie contest at the Millersburg riverfront, where 41 bakers entered.

Marian Lesher of Gratz won the blue ribbon with a wet-bottom shoofly from her grandmother's recipe. Second place went to Joanne Hoover of Lykens for a lemon sponge.

The judges were Curt Deimler of Millersburg, retired Millersburg Area baker Sam Kocher and state Rep. aide Lisa Troutman. "I'd have given everyone a ribbon if they let me," Deimler said.""",
gold=[]),

dict(guid="mdt_wk_2026_1021_eagle", pub="2026-10-21T07:00:00-04:00",
title="Palmyra Scout earns Eagle with rebuilt footbridge at Ned Smith trail",
body="""Caleb Gingrich, 17, of Palmyra, earned the rank of Eagle Scout with Troop 72 after leading a crew that rebuilt a washed-out footbridge on a trail near the Swatara Creek.

The project took 240 volunteer hours. Caleb, a senior at Palmyra Area High School, is the son of Brent and Alyssa Gingrich of Palmyra. His grandparents, Wendell and Patty Gingrich, helped haul the lumber.

His Eagle court of honor will be held Nov. 8 at Palmyra First United Methodist Church.""",
gold=[]),
]
