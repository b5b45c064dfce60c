"""WRCT 31 Rocket City News (local TV station site), HTML descriptions, short web-story style. Hand-labelled."""

ITEMS = [
dict(guid="hsv_wrct_20260209_1142", pub="2026-02-09T17:20:00-06:00", title="Huntsville Hospital names new chief of cardiology",
body="""HUNTSVILLE, Ala. (WRCT) - Huntsville Hospital has a new chief of cardiology.

The hospital announced Monday that Dr. Chidozie Anyanwu, an interventional cardiologist who has practiced in Huntsville since 2004, will lead its Heart Institute starting April 1. Anyanwu trained at the University of Nigeria and completed his fellowship at Emory.

He succeeds Dr. Harold Keel, who is retiring.""",
gold=[("HSV012", "subject")]),

dict(guid="hsv_wrct_20260325_1307", pub="2026-03-25T07:45:00-05:00", title="Neighbors help each other clean up after tornado in south Huntsville",
body="""HUNTSVILLE, Ala. (WRCT) - Chainsaws were running at first light Wednesday in neighborhoods off Whitesburg Drive and Bailey Cove Road, where an overnight tornado brought down trees and power lines.

"You could hear it coming, and then it was gone," said Fergus O'Quinn, who walked over from his street to help a neighbor pull a pine off a carport. "Everybody's out here with a saw this morning."

Huntsville Utilities said about 6,500 customers were without power at the peak. No injuries were reported.""",
gold=[]),

dict(guid="hsv_wrct_20260408_1390", pub="2026-04-08T18:05:00-05:00", title="Owens Cross Roads sixth-grader wins Alabama state spelling bee",
body="""OWENS CROSS ROADS, Ala. (WRCT) - An 11-year-old from Owens Cross Roads is headed to the Scripps National Spelling Bee.

Zofia Wierzbicki, a sixth-grader at Hampton Cove Middle School, won the Alabama state bee Saturday in Montgomery by correctly spelling "quillon." Zofia is the daughter of Tomasz and Agnieszka Wierzbicki, who moved to Madison County from Poland in 2012.

"She reads the dictionary in the car," her father said. "We stopped trying to make her look out the window." """,
gold=[("HSV016", "parent_of_subject"), ("HSV017", "parent_of_subject")]),

dict(guid="hsv_wrct_20260601_1518", pub="2026-06-01T16:30:00-05:00", title="Morgan County judge retires after 24 years on the bench",
body="""DECATUR, Ala. (WRCT) - Morgan County Circuit Judge Philippa Rountree heard her last case on Friday.

Rountree, the first Black woman elected to the Morgan County circuit bench, is retiring after 24 years. Colleagues, lawyers and a few former defendants filled the courthouse lobby for a reception in her honor.

"I have tried to be the judge I would want if it were my son in front of me," Rountree said.""",
gold=[("HSV014", "subject")]),

dict(guid="hsv_wrct_20260902_1734", pub="2026-09-02T21:10:00-05:00", title="Scottsboro pitcher signs with Snead State",
body="""SCOTTSBORO, Ala. (WRCT) - Scottsboro High School right-hander Raymond Sivley, 18, signed Wednesday to pitch for Snead State Community College.

Sivley, the son of Dwayne and Kim Sivley, went 9-2 with a 1.84 ERA as a senior and struck out 14 in the area championship game.""",
gold=[]),
]
