"""Range Weekly Pioneer (invented community weekly: schools, churches, milestones), teaser description and HTML in
content:encoded. Hand-labelled."""

FEED = "rwp"
ITEMS = [
dict(guid="hib_rwp_2026_0129_hautala_60th", pub="2026-01-29T08:00:00-06:00", title="Hautalas to celebrate 60 years of marriage",
body="""Toivo "Ted" and Aili Hautala of Hibbing will celebrate their 60th wedding anniversary with an open house from 1 to 4 p.m. Sunday, Feb. 8, at Faith Lutheran Church fellowship hall, Hibbing.

Ted Hautala and Aili Rautio were married Feb. 5, 1966, at Our Savior's Lutheran Church in Aurora. Ted retired from Hibbing Taconite as an electrician; Aili taught kindergarten in Hibbing for 30 years. They have three children and seven grandchildren. Their children request no gifts; cards and stories are welcome.""",
gold=[("HIB001", "subject"), ("HIB002", "subject")]),

dict(guid="hib_rwp_2026_0312_potica_bakeoff", pub="2026-03-12T08:00:00-05:00", title="Eveleth woman's walnut potica takes top prize at Chisholm bake-off",
body="""Darlene Zupancich of Eveleth took first place in the 12th annual Iron Range Potica Bake-Off on Saturday at the Minnesota Discovery Center in Chisholm, beating 31 other entries with a walnut-honey potica from her mother-in-law's recipe.

Second place went to Shirley Maras of Ely and third to Joan Lindgren of Virginia. This year's judges were Mary Jo Sertich of Virginia, Rosemary Tassoni of Hibbing and chef Luis Ortega of Duluth.

"I was just hoping it didn't crack in the car," Zupancich said. The contest raised $4,800 for the Chisholm food shelf.""",
gold=[("HIB004", "subject")]),

dict(guid="hib_rwp_2026_0423_national_merit", pub="2026-04-23T08:00:00-05:00", title="Virginia senior named National Merit Scholar",
body="""Emma Vukelich, a senior at Virginia High School, has been named a National Merit Scholar, one of about 7,000 students in the nation so chosen this spring.

Emma is the daughter of Greg and Lisa Vukelich of Virginia. She plays cello in the Mesabi Symphony Orchestra's youth ensemble, captains the Knowledge Bowl team and plans to study chemical engineering at the University of Minnesota in the fall.""",
gold=[("HIB008", "parent_of_subject"), ("HIB009", "parent_of_subject")]),

dict(guid="hib_rwp_2026_0618_coach_award", pub="2026-06-18T08:00:00-05:00", title="Golden Bears hockey coach named section coach of the year",
body="""Eveleth-Gilbert boys hockey coach Matt Grahek has been named Section 7A Coach of the Year by the Minnesota Hockey Coaches Association.

Grahek, in his sixth season behind the bench, led the Golden Bears to a 21-6 record and their first section final in eleven years. He also teaches social studies at Eveleth-Gilbert High School. "The kids did the work," Grahek said. "I just opened the rink door." He will be honored at the association's banquet in August.""",
gold=[("HIB016", "subject")]),

dict(guid="hib_rwp_2026_0625_kochevar_jubilee", pub="2026-06-25T08:00:00-05:00", title="Father Joe marks 25 years a priest",
body="""Blessed Sacrament Parish in Hibbing will celebrate the silver jubilee of its pastor on Sunday, June 28, with a Mass at 10 a.m. followed by a potluck in the school gym.

The Rev. Joseph Kochevar was ordained for the Diocese of Duluth on June 29, 2001, and has served parishes in International Falls, Eveleth and Hibbing. He grew up in Hibbing's Brooklyn neighborhood and is known to parishioners simply as Father Joe. "Twenty-five years went by faster than a Range winter," he said.""",
gold=[("HIB018", "subject")]),
]
