"""The Prairie Post (weekly for Kingsbury, Jerauld, Beadle and Hand Counties): plain text, teaser description
and HTML content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="hon_wk_2026_0214", pub="2026-02-12T08:00:00-06:00", title="Tschetter retires after 38 years at the elevator",
body="""Harlan Tschetter is stepping down as manager of the Wolsey-Wessington Cooperative's Wolsey elevator after 38 years with the co-op.

Tschetter started as a seasonal scale operator in 1988. Friends are invited to a retirement coffee at the Wolsey Community Center Feb. 20 from 2 to 4 p.m."""
, gold=[("HON018", "subject")]),

dict(guid="hon_wk_2026_0312", pub="2026-03-19T08:00:00-05:00", title="De Smet library thanks donors for new children's room",
body="""The De Smet Public Library's new children's room opened Monday, funded entirely by local gifts.

Donors of $500 or more include LaVonne Stroschein, Shirley Amundson, the De Smet Lions Club, Kingsbury Bank and Randy Hofer. Librarian Jenna Kolb said the room will host story time every Wednesday."""
, gold=[]),

dict(guid="hon_wk_2026_0409", pub="2026-04-09T08:00:00-05:00", title="Rasmusson receives 50-year Masonic pin",
body="""Lyle Rasmusson of Lake Preston received his 50-year membership pin from Lake Preston Masonic Lodge No. 67 at its April meeting.

Rasmusson served as lodge master three times and still helps with the annual pancake feed."""
, gold=[("HON016", "subject")]),

dict(guid="hon_wk_2026_0521", pub="2026-05-21T08:00:00-05:00", title="Births",
body="""Trent and Kelsey Ostrander of Huron announce the birth of a daughter, Nora Jean, born May 2, 2026, at Huron Regional Medical Center. She weighed 7 pounds, 9 ounces. Grandparents are Dale Ostrander of Aberdeen and Dennis and Carol Buchholz of Wolsey.

Born April 28 to Cody and Megan Fink of Iroquois, a son, Beckett James."""
, gold=[("HON014", "subject"), ("HON015", "subject")]),

dict(guid="hon_wk_2026_0618", pub="2026-06-18T08:00:00-05:00", title="Thorstensons to mark 65th anniversary",
body="""Gene and Luella Thorstenson of De Smet will celebrate their 65th wedding anniversary with an open house June 27 from 2 to 4 p.m. at Trinity Lutheran Church, De Smet.

Eugene Thorstenson and Luella Kjellsen were married June 25, 1961, at Trinity. Their children request a card shower; no gifts, please."""
, gold=[("HON021", "subject"), ("HON022", "subject")]),

dict(guid="hon_wk_2026_0702", pub="2026-07-02T08:00:00-05:00", title="Miller junior wins state oratory title",
body="""Kaylee Hinrichs, a junior at Miller High School, won the Class B original oratory championship at the state speech tournament in Pierre.

Kaylee is the daughter of Jerry and Tammy Hinrichs of Miller. Her speech, "Counting the Quiet Towns," was about rural population loss."""
, gold=[("HON006", "parent_of_subject")]),
]
