"""Local news of the fod part: a TV site, a weekly and a business paper. Hand-labelled."""

# 1. KFDW 6 North Iowa (TV station site, HTML descriptions)
TV = [
dict(guid="fod_kfdw_20260118_0101", pub="2026-01-18T18:20:00-06:00", title="Webster City plant names hometown plant manager",
body="""WEBSTER CITY, Iowa (KFDW) - The new man in charge of the Webster City cabinet plant grew up four blocks from its front gate.

Tyler Ostendorf, 47, was named plant manager of Prairie Hearth Cabinetry on Friday. Ostendorf started on the finishing line in 1997 and most recently ran the plant's second shift.

"Half the people out there taught me something," Ostendorf said. He replaces Mike Dunlavy, who is moving to the company's Minnesota plant.""",
gold=[("FOD009", "subject")]),

dict(guid="fod_kfdw_20260311_0144", pub="2026-03-11T17:45:00-05:00", title="Fort Dodge physician wins statewide rural medicine award",
body="""FORT DODGE, Iowa (KFDW) - A Fort Dodge internist who has driven to clinics in Manson, Gowrie and Dayton every week for fifteen years has been named Iowa's rural physician of the year.

The Iowa Academy of Family and Rural Medicine presented the award to Dr. Anand Parikh on Tuesday in Des Moines.

"A lot of my patients farmed their whole lives. They aren't going to drive an hour to tell me their knee hurts," Parikh said.""",
gold=[("FOD017", "subject")]),

dict(guid="fod_kfdw_20260521_0190", pub="2026-05-21T21:05:00-05:00", title="Fort Dodge cleans up after hail and 70 mph winds",
body="""FORT DODGE, Iowa (KFDW) - Chainsaws were running before dawn on Thursday as Fort Dodge cleaned up from Wednesday night's storm, which dropped golf-ball hail and snapped trees along North 22nd Street and in Oleson Park.

"I've lived here since 1971 and I've never seen the park like this," said Gerry Halvorsen, who was helping a neighbor drag limbs to the curb.

City crews will pick up branches at the curb through the end of next week. MidAmerican Energy said about 2,300 customers lost power at the height of the storm.""",
gold=[]),

dict(guid="fod_kfdw_20260818_0233", pub="2026-08-18T06:40:00-05:00", title="Eagle Grove couple escapes early-morning house fire",
body="""EAGLE GROVE, Iowa (KFDW) - An Eagle Grove couple in their 80s escaped without injury early Tuesday when fire broke out in the attached garage of their home on South Wright Avenue.

Orville and Bernice Thilges were awakened by a smoke alarm at about 3:30 a.m. and got out through the front door. The Eagle Grove Fire Department said the fire started in a freezer in the garage; the garage is a total loss and the house has heavy smoke damage.

"I saw the flames from my kitchen window and called 911," said neighbor Jo Ann Tjaden. "Thank God that alarm worked."

The Red Cross is helping the couple while they stay with their daughter in Clarion.""",
gold=[("FOD019", "subject"), ("FOD020", "subject")]),

dict(guid="fod_kfdw_20260910_0251", pub="2026-09-10T12:15:00-05:00", title="Des Moines insurer names new chief financial officer",
body="""WEST DES MOINES, Iowa (KFDW) - Heartland Mutual Insurance has named Adriana Salazar its chief financial officer.

Salazar, of West Des Moines, joined the company in 2014 from a Chicago accounting firm. She is a graduate of Drake University and the first Latina to serve as an officer of the 90-year-old insurer.""",
gold=[]),
]

# 2. The Two Rivers Weekly (Humboldt / Eagle Grove weekly, teaser + HTML in content:encoded)
WEEKLY = [
dict(guid="fod_tworivers_2026_02_05_library", pub="2026-02-05T08:00:00-06:00", title="Eagle Grove library addition fully funded",
body="""The Eagle Grove Memorial Library's children's wing will break ground in May after the Friends of the Library reached its $640,000 goal last week.

Library director Shannon Wiltgen thanked the lead donors, among them the Eagle Grove Community Foundation, Wright County Ag Supply, Vangie Pruismann, Jo Ann Tjaden, the Orville and Bernice Thilges family and the Class of 1961.

Construction is expected to take about a year.""",
gold=[]),

dict(guid="fod_tworivers_2026_03_26_births", pub="2026-03-26T08:00:00-05:00", title="Births",
body="""Janine and Mark Vander Wilt of Humboldt are the parents of a daughter, Elsie Marie, born March 3 at Trinity Regional Medical Center in Fort Dodge. She weighed 7 pounds, 9 ounces. Elsie joins a brother, Owen, 3. Grandparents are Renee Aldrich of Fort Collins, Colo., and Gerrit and Ada Vander Wilt of Sioux Center.""",
gold=[("FOD007", "subject")]),

dict(guid="fod_tworivers_2026_04_30_carter", pub="2026-04-30T08:00:00-05:00", title="Humboldt senior earns National Merit Scholarship",
body="""Humboldt High School senior Carter Bertelsen has been awarded a National Merit Scholarship, one of about 2,500 given nationwide this spring.

Carter, the son of Clay and Deb Bertelsen of Humboldt, plans to study agricultural engineering at Iowa State University. He is a two-time state qualifier in wrestling and plays trumpet in the Wildcat jazz band.""",
gold=[("FOD012", "parent_of_subject"), ("FOD013", "parent_of_subject")]),

dict(guid="fod_tworivers_2026_07_23_fair", pub="2026-07-23T08:00:00-05:00", title="Humboldt County Fair: 4-H foods and clothing results",
body="""Purple ribbons in the 4-H foods division went to Addison Struecker, Livermore; Lily Kinseth, Humboldt; and Noah Wempen, Renwick. Addison's rhubarb custard pie was named grand champion and goes on to the Iowa State Fair.

The foods division was judged by Mary Beth Oberbroeckling of Fort Dodge, a retired family and consumer sciences teacher. Clothing was judged by Pastor Kristin Aamodt, who also led the fair's Sunday worship service in the show ring.""",
gold=[]),

dict(guid="fod_tworivers_2026_09_17_anniv", pub="2026-09-17T08:00:00-05:00", title="Halvorsens to mark 55th anniversary",
body="""Gerald and Marlys (Thoreson) Halvorsen of Fort Dodge will celebrate their 55th wedding anniversary with an open house from 2 to 4 p.m. Sunday, Sept. 27, in the fellowship hall of St. Olaf Lutheran Church, Fort Dodge.

Gerry and Marlys were married Sept. 25, 1971, at St. Olaf. Their children are Eric (Jill) Halvorsen of Fort Dodge and Nathan Halvorsen of Omaha. The couple requests no gifts.""",
gold=[("FOD001", "subject"), ("FOD002", "subject")]),
]

# 3. North Central Iowa Business Record (business paper, plain text)
BUSINESS = [
dict(guid="fod_ncibr_2026_0120", pub="2026-01-20T06:00:00-06:00", title="Brekke retires after 38 years at gypsum board plant",
body="""FORT DODGE - Roy Brekke Jr. will retire at the end of January after 38 years at the CertainTeed-era gypsum board plant south of Fort Dodge, most recently as maintenance superintendent.

Brekke, whose father also worked at the mill, said he plans to restore a 1957 Farmall and "fish until Connie makes me stop." A retirement coffee is set for Jan. 30 at the plant's main office.""",
gold=[("FOD003", "subject")]),

dict(guid="fod_ncibr_2026_0604", pub="2026-06-04T06:00:00-05:00", title="Bertelsen Implement marks 50 years on Humboldt's west edge",
body="""HUMBOLDT - Bertelsen Implement, the short-line equipment dealer Walter Bertelsen opened in a Quonset hut in 1976, turns 50 this month, and owners Clay and Deb Bertelsen are throwing a customer appreciation day on June 20.

The business now sells and services grain carts, augers and mowers from a 28,000-square-foot shop and employs 19. "Dad would have wanted hot dogs, not speeches," Clay Bertelsen said.""",
gold=[("FOD012", "subject"), ("FOD013", "subject")]),

dict(guid="fod_ncibr_2026_0708", pub="2026-07-08T06:00:00-05:00", title="Humboldt County State Bank names Haugland president",
body="""DAKOTA CITY - Humboldt County State Bank has named Dennis Haugland its president and chief executive, effective Aug. 1.

Haugland, a Dakota City native, has been the bank's senior agricultural lender since 2009. He succeeds Lyle Struecker, who is retiring after 41 years with the bank.""",
gold=[("FOD021", "subject")]),

dict(guid="fod_ncibr_2026_0826", pub="2026-08-26T06:00:00-05:00", title="Fort Dodge credit union opens Central Avenue branch",
body="""FORT DODGE - Cardinal Community Credit Union opened its third Fort Dodge branch Monday at the former Sears site on Central Avenue.

Among the first customers through the door was Colleen Kavanaugh, who banks two blocks away. "I came for the cookies and stayed for the drive-up," she said.

Branch manager Luis Salazar Ruiz said the branch will offer Spanish-language service six days a week.""",
gold=[]),
]

ALL_TV, ALL_WEEKLY, ALL_BUSINESS = TV, WEEKLY, BUSINESS
ALL = TV + WEEKLY + BUSINESS
