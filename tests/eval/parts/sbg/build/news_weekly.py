"""The Kettle Moraine Review (weekly, Plymouth / Sheboygan Falls / Elkhart Lake) and the Village of Kohler community
newsletter: teaser description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="sbg_wk_20260122_heinzelmann_teacher", pub="2026-01-22T08:00:00-06:00", title="Falls teacher named county Educator of the Year",
body="""Mary Kay Heinzelmann, who has taught third grade at Sheboygan Falls Elementary for 27 years, has been named the county's Educator of the Year.

Heinzelmann was nominated by more than 40 current and former students and parents. She is known for her classroom butterfly garden and for the "Falls Reads" program she started in 2009.

The award will be presented Feb. 9 at the Blue Harbor Resort.""",
gold=[("SBG006", "subject")]),

dict(guid="sbg_wk_20260212_hilbelink_60th", pub="2026-02-12T08:00:00-06:00", title="Hilbelinks to mark 60th anniversary",
body="""Jerry and Wilma (Lammers) Hilbelink of Oostburg will celebrate their 60th wedding anniversary with an open house from 2 to 4 p.m. Saturday, Feb. 21, in the fellowship hall of First Reformed Church of Oostburg.

The couple were married Feb. 18, 1966, at Bethel Christian Reformed Church in Sheboygan. Jerry farmed and drove school bus for the Oostburg School District; Wilma was the district's cook for 30 years. They have four children and eleven grandchildren. No gifts, please.""",
gold=[("SBG015", "subject"), ("SBG016", "subject")]),

dict(guid="sbg_wk_20260305_kautzer_birth", pub="2026-03-05T08:00:00-06:00", title="Births",
body="""Kyle and Bri Kautzer of Sheboygan announce the birth of a daughter, Harper Lynn, born Feb. 24, 2026, at St. Nicholas Hospital. She weighed 7 pounds, 9 ounces. Grandparents are Jeffrey and Pam Kautzer of Cascade and Tom and Deb Reinl of Howards Grove.""",
gold=[("SBG022", "subject"), ("SBG023", "subject")]),

dict(guid="sbg_wk_20260326_boehlke_50", pub="2026-03-26T08:00:00-05:00", title="Boehlke Bros. Cheese marks 50 years on Highway 32",
body="""Boehlke Bros. Cheese, the little white factory north of Sheboygan Falls known for its squeaky curds and brick cheese, turns 50 this year.

Owner Craig Boehlke, whose father and uncle opened the plant in 1976, says the secret is not changing much. The company still makes cheese six days a week from milk of 22 neighboring farms and now ships brick cheese to 14 states. A customer appreciation day with free curds and a polka band is planned for June 6.""",
gold=[("SBG017", "subject")]),

dict(guid="sbg_wk_20260416_arts_donors", pub="2026-04-16T08:00:00-05:00", title="Plymouth Arts Center thanks spring gala donors",
body="""The Plymouth Arts Center raised $62,000 at its spring gala on April 11. The center thanks its Gold sponsors: Sartori Company, Plymouth Utilities and Bemis Manufacturing; and its Patron donors: Duane and Bonnie Schlagenhaft, Warren Zimbal, Drs. Ann and Peter Krueger, and the Kettle Moraine Rotary.""",
gold=[]),

dict(guid="sbg_wk_20260813_fair_judges", pub="2026-08-13T08:00:00-05:00", title="Sheboygan County Fair: open-class cheese and baking results",
body="""Results from the open-class cheese and baking judging at the Sheboygan County Fair, judged Saturday by Lorraine Stoelb of Waldo and Dale Ebert of Random Lake.

Aged cheddar: 1. Kuhn Dairy, Elkhart Lake; 2. Hinz Creamery, Plymouth. Kringle: 1. Joyce Wittkopf, Sheboygan Falls. Best of show went to Joyce Wittkopf's almond kringle.""",
gold=[]),

dict(guid="sbg_wk_20260820_dickmann_widow_quilt", pub="2026-08-20T08:00:00-05:00", title="Kohler newsletter: Village Hall quilt exhibit draws 900",
body="""The Village of Kohler's summer quilt exhibit drew more than 900 visitors to Village Hall. The volunteers who hung the show included Bunny Kuehlmann, Delores Dickmann and Arlene Te Ronde. Next year's exhibit theme is "Lake Michigan Blues." """,
gold=[]),
]
