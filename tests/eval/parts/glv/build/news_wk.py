"""The Sacandaga Courier: community weekly, teaser description + HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="glv_courier_2026_w14", pub="2026-04-02T08:00:00-04:00", title="Births at Nathan Littauer",
body="""Kevin and Brittany Galusha of Johnstown announce the birth of a daughter, Harper June, on March 27 at Nathan Littauer Hospital. She weighed 7 pounds, 4 ounces.

Maternal grandparents are Lyle and Nadine Yerdon of Gloversville.""",
gold=[("GLV014", "subject"), ("GLV015", "subject")]),

dict(guid="glv_courier_2026_w20", pub="2026-05-14T08:00:00-04:00", title="GHS senior wins Fulton County Regional Chamber scholarship",
body="""Gianna DeMagistris, a senior at Gloversville High School, has won the Fulton County Regional Chamber of Commerce's $5,000 Young Leaders scholarship.

Gianna, who is president of the school's Key Club and plays first violin in the orchestra, will study nursing at Russell Sage College. She is the daughter of Louis and Patricia DeMagistris of Gloversville.""",
gold=[("GLV017", "parent_of_subject")]),

dict(guid="glv_courier_2026_w24", pub="2026-06-11T08:00:00-04:00", title="Altar guild honors Johnstown woman for 50 years of service",
body="""Holy Trinity Parish honored Teddi Wojcikowski on Sunday for fifty years on the altar guild, first at St. Casimir's and, since the parishes merged, at Holy Trinity.

Mrs. Wojcikowski, 84, has laundered and pressed the altar linens every week since 1976. "She knows where every candle stub in this church is," said the Rev. Thomas Mrozek.""",
gold=[("GLV003", "subject")]),

dict(guid="glv_courier_2026_w33", pub="2026-08-13T08:00:00-04:00", title="Fulton County Fair: baking and produce winners",
body="""Blue ribbons at this year's Fulton County Fair in Johnstown went to Amy Perry of Ephratah for apple pie and to the Mayfield 4-H for its vegetable display.

Judges for the baking division were Bernie Ostrander, Sherry Vanderwalker and Maria Lanzi. The fair thanks its sponsors, including Fulton County Federal Savings, Frances Abdella and Hollenbeck's Marina.""",
gold=[]),
]
