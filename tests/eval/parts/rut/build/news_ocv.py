"""Otter Creek Valley Weekly: community weekly for Rutland County (milestones, schools, births, people),
teaser description and HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="rut_ocv_20260205", pub="2026-02-05T08:00:00-05:00", title="Pittsford names Gwen Tarbell Citizen of the Year",
body="""PITTSFORD - Gwen Tarbell, who has run the Pittsford Historical Society's Maclure Library book sale for 22 years, has been named the town's Citizen of the Year.

Tarbell, a retired Otter Valley teacher, will be honored at Town Meeting in March. "I just like putting books in people's hands," she said.""",
gold=[("RUT010", "subject")]),

dict(guid="rut_ocv_20260409", pub="2026-04-09T08:00:00-04:00", title="Births at Rutland Regional",
body="""Born April 2 at Rutland Regional Medical Center to Colette Beaudoin-Greene and Aaron Greene of Castleton, a daughter, Josephine Colette.

Born April 4 to Tyler and Brianna Mott of Wallingford, a son, Everett James.""",
gold=[("RUT007", "subject")]),

dict(guid="rut_ocv_20260521", pub="2026-05-21T08:00:00-04:00", title="Rutland High senior named Presidential Scholar",
body="""RUTLAND - Sofia Valente, a senior at Rutland High School, is one of two Vermonters named U.S. Presidential Scholars this year.

Sofia, the daughter of Peter and Nadia Valente of Rutland, will study engineering at Rensselaer Polytechnic Institute in the fall. She founded the school's robotics club and tutors at the Rutland Free Library.""",
gold=[("RUT018", "parent_of_subject"), ("RUT019", "parent_of_subject")]),

dict(guid="rut_ocv_20260604", pub="2026-06-04T08:00:00-04:00", title="Fair Haven couple marks 50th anniversary",
body="""FAIR HAVEN - Frank and Eileen (Hurley) McGarry of Fair Haven will celebrate their 50th wedding anniversary on June 12 with an open house at the Fair Haven Grange.

They were married June 12, 1976, at Our Lady of Seven Dolors Church. Frank retired from the Vermont Agency of Transportation; Eileen taught at Fair Haven Grade School for 31 years. They have three children and six grandchildren.""",
gold=[("RUT008", "subject"), ("RUT009", "subject")]),

dict(guid="rut_ocv_20260618", pub="2026-06-18T08:00:00-04:00", title="Jo Ann Kehoe to lead Killington branch of Marble Valley Savings",
body="""KILLINGTON - Marble Valley Savings Bank has promoted Jo Ann Kehoe of Chittenden to manager of its Killington branch.

Kehoe joined the bank as a teller in 1994 and has been assistant manager of the Rutland main office since 2015.""",
gold=[("RUT017", "subject")]),

dict(guid="rut_ocv_20260820", pub="2026-08-20T08:00:00-04:00", title="Pie, pickles and a prize pumpkin: Vermont State Fair results",
body="""RUTLAND - The apple pie blue ribbon at this year's Vermont State Fair went to Hannah Eddy of Danby, whose crust judge Cecile Ouimette of Florence called "the flakiest in twenty years of judging."

Pickles: first, Roger Cyr of Castleton. Giant pumpkin: first, the Kendall family of Wells, 1,012 pounds.""",
gold=[]),

dict(guid="rut_ocv_20260903", pub="2026-09-03T08:00:00-04:00", title="Library fund tops $1 million; donors thanked",
body="""RUTLAND - The Rutland Free Library's building fund has passed $1 million. Director Amy Castellano thanked the campaign's leading donors, among them the Marble Valley Savings Bank, Mary Beth Thibault, Bart Szczepanik, Dr. Imogen Haskins and the Proctor Marble Heritage Society.

Construction on the new children's room begins in October.""",
gold=[]),
]
