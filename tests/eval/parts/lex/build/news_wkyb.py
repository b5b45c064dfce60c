"""WKYB 27 News (Lexington TV station): web stories, HTML descriptions. Hand-labelled (gold=[...])."""

FEED = "wkyb"
ITEMS = [
dict(guid="lex_wkyb-20260120-1101", pub="2026-01-20T17:45:00-05:00",
     title="Fire damages East End home; neighbors help woman and grandchildren out",
body="""LEXINGTON, Ky. (WKYB) - A fire Tuesday afternoon heavily damaged a house on Ohio Street in the East End.

Lorraine Bibbs, 67, was home with her two grandchildren when a space heater in the back bedroom caught a curtain. Neighbors ran in and helped all three out before firefighters arrived. No one was hurt, but the Red Cross is helping the family, which includes Bibbs' 97-year-old mother.

Members of Pleasant Green Baptist Church were collecting clothes and gift cards for the family Tuesday night.""",
gold=[("LEX011", "subject")]),

dict(guid="lex_wkyb-20260305-1177", pub="2026-03-05T18:10:00-05:00",
     title="Bryan Station senior wins full scholarship to Morehouse",
body="""LEXINGTON, Ky. (WKYB) - A Bryan Station High School senior found out in front of the whole school Thursday that he won a full four-year scholarship.

Jaylen Fields, the school's valedictorian and student body president, will study computer engineering at Morehouse College in Atlanta. His parents, DeAndre and Kiara Fields, were in on the surprise and hid in the gym bleachers until the announcement.

"He's been up at 5 a.m. every morning since the sixth grade," his father said.""",
gold=[("LEX012", "parent_of_subject")]),

dict(guid="lex_wkyb-20260319-1209", pub="2026-03-19T22:20:00-04:00",
     title="Storm flattens barn outside Winchester; family's horses survive",
body="""WINCHESTER, Ky. (WKYB) - Straight-line winds tore the roof off a horse barn on Colby Road Wednesday night during the severe storms that swept Clark County.

The barn belonged to the Hisle family, who got all six of their horses out of the debris by flashlight. "You could hear it coming like a train," said neighbor Buck Napier, who brought a chainsaw and a trailer. "By the time it got here it was already over."

Clark County emergency management said 30 homes lost power.""",
gold=[]),

dict(guid="lex_wkyb-20260415-1288", pub="2026-04-15T12:30:00-04:00",
     title="Georgetown plant's quality chief named supplier executive of the year",
body="""GEORGETOWN, Ky. (WKYB) - A Scott County engineer has been named supplier quality executive of the year by the Bluegrass Auto Suppliers Council.

Hiroshi Tanabe, quality director at Sakura Precision Components in Georgetown, received the award at the association's annual dinner in Louisville Tuesday night. Under Tanabe, the plant went three years without a single defective part shipped.

Tanabe was also named plant manager last week, succeeding Kenji Matsuda, who retired in February.""",
gold=[("LEX018", "subject")]),

dict(guid="lex_wkyb-20260520-1340", pub="2026-05-20T17:00:00-04:00",
     title="City names East End street for late deacon and mail carrier",
body="""LEXINGTON, Ky. (WKYB) - The Urban County Council voted Tuesday to give a section of Chestnut Street the honorary name "Deacon Al Tandy Way."

Alfred Tandy, who died in March at 81, carried mail in the North Limestone neighborhood for 34 years and was a deacon at Greater Zion Hill Missionary Baptist Church for more than four decades. His widow, Geraldine Tandy, accepted a framed copy of the resolution and thanked the council "for remembering a man who never forgot anybody's birthday."

The signs go up in June.""",
gold=[]),

dict(guid="lex_wkyb-20260608-1392", pub="2026-06-08T06:45:00-04:00",
     title="Knott County honors longtime deputy",
body="""HINDMAN, Ky. (WKYB) - Knott County will dedicate its new sheriff's substation Friday to retired deputy Virgil Combs, who served the county for 41 years.

Combs, 78, is in hospice care at his Hindman home, family members said. Sheriff Dale Slone said the dedication was moved up so Combs could hear about it.""",
gold=[]),
]
