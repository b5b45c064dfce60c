"""Worland Valley Courier (community paper): schools, fair, clubs and milestones. Teaser in description, HTML in
content:encoded. Hand labels beside each story."""

ITEMS = [
    dict(guid="wrl_wvc_260121_citizens", pub="2026-01-21T08:00:00-07:00",
         title="Etchemendys named Basin's Citizens of the Year",
         body="""
Gus and Ardith Etchemendy, who have fed, hired, coached and quietly bailed out half the town of Basin for six decades, were named Basin's Citizens of the Year at the Lions Club banquet on Saturday.

Gus, 81, came to Basin from Buffalo in 1966 and ran sheep before opening Basin Feed & Seed with his brother Johnny. Ardith kept the books, led the Garden Club and organized the Christmas food baskets for 30 years.

Their daughter, Roxanne Quaschnick, drove up from Worland with her family for the dinner. "They never sat down at a single one of these banquets; they were always in the kitchen," she said.
""",
         gold=[("WRL013", "subject"), ("WRL014", "subject")]),   # Roxanne only quoted

    dict(guid="wrl_wvc_260211_sciencefair", pub="2026-02-11T08:00:00-07:00",
         title="Worland Middle School science fair winners head to state",
         body="""
Six Worland Middle School students will take their projects to the Wyoming State Science Fair in Laramie in March.

First-place winners were Ellie Hurtado (soil salinity in beet fields), Brecken Hively (a wind-powered phone charger) and Naomi Sato (yeast and sourdough temperature). Second place went to Jaxon Reinke, Luz Ortega and Caden Pruett.

Science teacher Marcy Velasquez said it was the school's largest state delegation in a decade.
""",
         gold=[]),

    dict(guid="wrl_wvc_260415_quilt", pub="2026-04-15T08:00:00-06:00",
         title="Thermopolis quilter's 'Wind River Canyon' chosen for national show",
         body="""
A quilt by Thermopolis quilter Philomena "Mena" Drobnick has been accepted into the juried AQS QuiltWeek show in Paducah, Kentucky, one of 400 chosen from more than 2,000 entries.

Drobnick's "Wind River Canyon" took 14 months and more than 11,000 hand-cut pieces of fabric dyed to match the canyon's red and grey walls. She began quilting after retiring from the Hot Springs County Clerk's office in 2010.

"My brother Werner drove that canyon every day for forty years. I made it for him," she said. Werner Kranzler died in January.
""",
         gold=[("WRL012", "subject")]),

    dict(guid="wrl_wvc_260506_library", pub="2026-05-06T08:00:00-06:00",
         title="Library Foundation thanks donors to children's wing",
         body="""
The Washakie County Library Foundation has thanked the donors who made the new children's wing possible. Gifts of $1,000 or more came from the Worland Rotary Club, Big Horn Basin Cattlemen's Association, Tad and Marlys Vollenweider, Dot Schlenker, Rocky and Jan Hively, the Zamarripa family and La Estrella Tortilleria, and the estate of Ivadell Fenstermaker.

The wing opens June 1 with a story hour led by children's librarian Paige Sato.
""",
         gold=[]),   # donor list

    dict(guid="wrl_wvc_260527_fairqueen", pub="2026-05-27T08:00:00-06:00",
         title="Quaschnick crowned Washakie County Fair queen",
         body="""
Anneliese Quaschnick, 17, of Worland was crowned 2026 Washakie County Fair Queen on Saturday and will represent the county at the Wyoming State Fair in Douglas.

Quaschnick, the daughter of Del and Roxanne Quaschnick of Worland, is a junior at Worland High School and has shown market lambs in 4-H for nine years, carrying on a tradition from her late grandmother, Ardith Etchemendy of Basin.

First attendant is Kenzie Hively of Ten Sleep.
""",
         gold=[("WRL003", "parent_of_subject"), ("WRL004", "parent_of_subject")]),

    dict(guid="wrl_wvc_260603_tensleep", pub="2026-06-03T08:00:00-06:00",
         title="Ten Sleep couple marks 60 years on the Nowood",
         body="""
Rocky and Jan Hively of Ten Sleep will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. June 13 at the Ten Sleep Community Hall. The couple married June 11, 1966, in Worland. Their children are Lance Hively of Ten Sleep and Becky (Trent) Mayfield of Cody. No gifts, please.
""",
         gold=[]),
]
