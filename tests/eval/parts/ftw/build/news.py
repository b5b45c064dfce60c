"""Local news for part ftw, three sources, hand-labelled (gold=[(client_id, role)]).

CBW: Cowtown Business Weekly: plain-text business journal.
KTXF: KTXF Channel 7 (Fort Worth-Dallas TV station): HTML descriptions.
WPP: Westside & Parker Pulse: community paper, teaser description + HTML in content:encoded.
"""

CBW = [
dict(guid="ftw_cbw_2026_0412", pub="2026-04-13T06:00:00-05:00", title="Tidwell Feed & Saddle marks 40 years on Weatherford's east side",
body="""WEATHERFORD - When Beau Tidwell's father opened a feed store on the old Fort Worth Highway in 1986, he sold sweet feed by the sack and horseshoes by the pound. Forty years later, Tidwell Feed & Saddle employs 22 people and ships custom saddles to 30 states.

Owner Beau Tidwell, who took over the business in 1998, said the anniversary sale runs through April 25. "Parker County is still horse country, whatever the new rooftops say," he said.

The store added a tack-repair shop in 2024 and plans a second location in Aledo next year.""",
gold=[("FTW007", "subject")]),

dict(guid="ftw_cbw_2026_0503", pub="2026-05-04T06:00:00-05:00", title="Keller couple's Irish bakery The Half Door opens on Main Street",
body="""KELLER - Desmond and Kit O'Shaughnessy spent two years looking for the right storefront. On Saturday they opened The Half Door, an Irish bakery and tea room, in the old hardware building on South Main Street.

Desmond O'Shaughnessy, a Dublin native who spent 25 years in aviation finance, bakes the soda bread; Kit O'Shaughnessy runs the front and the books. "We wanted a place where people sit down for a second cup," she said.

The bakery employs six and is open Wednesday through Sunday.""",
gold=[("FTW013", "subject"), ("FTW012", "subject")]),

dict(guid="ftw_cbw_2026_0601", pub="2026-06-01T06:00:00-05:00", title="Arlington Regional names new chief medical officer",
body="""ARLINGTON - Arlington Regional Medical Center has named Dr. Chidinma Ezeagu its chief medical officer, effective July 1.

Ezeagu, an internist, joined the hospital in 2011 and has led its hospitalist group since 2019. She succeeds Dr. Ronald Pike, who is retiring after 14 years in the post.

"She has the trust of the nurses, which is the only trust that matters," Pike said.""",
gold=[("FTW006", "subject")]),

dict(guid="ftw_cbw_2026_0615", pub="2026-06-15T06:00:00-05:00", title="Mission Arlington breaks ground on pantry expansion",
body="""ARLINGTON - Mission Arlington broke ground Thursday on a 12,000-square-foot expansion of its food pantry, funded by a $3.1 million capital campaign.

Lead gifts came from the Amon G. Carter Foundation and the Tarrant County Community Fund. Individual donors recognized at the ceremony included Rogelio and Yolanda Villarreal, Dr. Sandeep Mehta, Judge Harriet Ocampo and the family of the late Wendell Tankersley.

Construction is expected to take 14 months.""",
gold=[]),

dict(guid="ftw_cbw_2026_0720", pub="2026-07-20T06:00:00-05:00", title="Lubbock ag lender hires Tidwell as loan officer",
body="""LUBBOCK - Plains Farm Credit has hired Beau Tidwell, 26, as a loan officer in its Lubbock branch. Tidwell, a 2022 Texas Tech graduate in agricultural economics, previously worked for a cotton gin cooperative in Slaton.""",
gold=[]),

dict(guid="ftw_cbw_2026_0907", pub="2026-09-07T06:00:00-05:00", title="After 42 years, De La Fuente Tire & Brake owner hands over the keys",
body="""FORT WORTH - Anselmo de la Fuente opened De La Fuente Tire & Brake on West Magnolia Avenue in 1984 with one lift and a borrowed air compressor. This month he retires and sells the shop to two of his longtime mechanics.

De la Fuente, 70, said he plans to spend more time with his grandnieces and coaching the Northside youth soccer team his late nephew used to coach.

"Magnolia was a different street when I started," he said. "I'm proud we were still here when it got popular.\"""",
gold=[("FTW011", "subject")]),
]

KTXF = [
dict(guid="ftw_ktxf_1188231", pub="2026-01-12T18:20:00-06:00", title="Arlington man, 79, pulls neighbor's dog from icy pond",
body="""An Arlington retiree is being called a hero after he waded into a frozen retention pond Sunday morning to rescue his neighbor's Labrador.

Wendell Tankersley, 79, said he heard the dog yelping from his back porch on Little Road. "I figured I had about two minutes of being brave in me," Tankersley said.

Arlington firefighters checked him for hypothermia at the scene. Both he and the dog, named Biscuit, are doing fine.""",
gold=[("FTW020", "subject")]),

dict(guid="ftw_ktxf_1189907", pub="2026-02-18T17:45:00-06:00", title="Fire heavily damages Weatherford home; couple escapes unhurt",
body="""A fire early Tuesday heavily damaged a home on Palo Pinto Street in Weatherford.

Weatherford Fire Rescue said homeowners Tad and Loretta Pruett woke to a smoke alarm around 3 a.m. and got out safely along with their two dogs. The fire started in the garage, investigators said.

"The smoke alarm saved our lives. Check your batteries," Loretta Pruett said. The Red Cross is helping the couple.""",
gold=[("FTW001", "subject"), ("FTW002", "subject")]),

dict(guid="ftw_ktxf_1192340", pub="2026-03-19T19:10:00-05:00", title="West Fort Worth cleans up after overnight hail",
body="""Homeowners in west Fort Worth and Benbrook spent Wednesday tarping roofs and counting dents after golf-ball-sized hail pounded the area overnight.

"It sounded like a freight train full of gravel," said Mary Beth Cordray, who lives off Granbury Road. Her neighbor Gideon Marchbanks said he lost every window on the west side of his house.

Roofing companies expect a busy spring. The city reminds residents to check contractor registrations.""",
gold=[]),

dict(guid="ftw_ktxf_1194412", pub="2026-05-28T16:30:00-05:00", title="Arlington sixth-grader headed to the Scripps National Spelling Bee",
body="""Eleven-year-old Anika Raghunathan, a sixth-grader at Gunn Junior High, won the Tarrant County regional bee in 14 rounds and will represent North Texas at the Scripps National Spelling Bee next week.

Her winning word was "schadenfreude." Her parents, Priya and Vivek Raghunathan, said she studies with flash cards at breakfast.""",
gold=[("FTW016", "parent_of_subject")]),

dict(guid="ftw_ktxf_1196002", pub="2026-11-11T12:00:00-06:00", title="Fort Worth Air Force veteran inducted into Texas Military Hall of Honor",
body="""A retired Air Force officer who flew refueling missions over Iraq and later led the Carswell veterans' outreach program was inducted Tuesday into the Texas Military Hall of Honor.

Lt. Col. Bettina Grosvenor, USAF (Ret.), of Fort Worth, was honored for 24 years of service and for founding a job-placement program that has helped more than 3,000 North Texas veterans. Her late father, Col. Ambrose Grosvenor, was a B-52 pilot at Carswell.""",
gold=[("FTW019", "subject")]),
]

WPP = [
dict(guid="ftw_wpp_2026-01-30-grand-champion", pub="2026-01-30T08:00:00-06:00", title="Parker County Livestock Show: Aledo 4-H'er's steer named grand champion",
body="""Mason Strickhausen, 15, of the Aledo 4-H Club, showed the grand champion steer at the Parker County Livestock Show on Saturday, a 1,340-pound Maine-Anjou cross he named Pickles.

Mason is the son of Brandt and Liesl Strickhausen of Aledo. His steer sold for a record $41,000 at the premium sale to a group of Weatherford businesses led by Tidwell Feed & Saddle.""",
gold=[("FTW022", "parent_of_subject"), ("FTW021", "parent_of_subject")]),

dict(guid="ftw_wpp_2026-04-24-ashworth", pub="2026-04-24T08:00:00-05:00", title="Rosedale Street Baptist celebrates its pastor's 25 years",
body="""The congregation of Rosedale Street Baptist Church will celebrate Sunday the 25th anniversary of its pastor, the Rev. Cleon Ashworth, with a covered-dish dinner after the 11 a.m. service.

Ashworth came to the church in 2001 from a congregation in Texarkana. He and his wife, Delphine, have led the church's summer reading camp, which has served more than 4,000 Southside children.""",
gold=[("FTW015", "subject")]),

dict(guid="ftw_wpp_2026-06-05-volleyball", pub="2026-06-05T08:00:00-05:00", title="Flower Mound setter Kathryn O'Shaughnessy commits to TCU",
body="""Flower Mound High School setter Kathryn O'Shaughnessy, 17, announced her commitment to TCU volleyball on Tuesday. The daughter of Sean and Molly O'Shaughnessy, she was named District 6-6A setter of the year as a junior.""",
gold=[]),

dict(guid="ftw_wpp_2026-03-02-fishfry", pub="2026-03-02T08:00:00-06:00", title="All Saints Lenten fish fry feeds 1,200",
body="""The Lenten fish fry at All Saints Catholic Church on the Northside served 1,200 plates Friday, raising $14,000 for the parish school.

Volunteers included Lupe Zamarripa, Anselmo de la Fuente, Elida De La Fuente and members of the Knights of Columbus council. "We've been frying since 4 o'clock," said volunteer Rogelio Villarreal, who drove in from Arlington to help.""",
gold=[]),

dict(guid="ftw_wpp_2026-10-14-quilts", pub="2026-10-14T08:00:00-05:00", title="Weatherford quilter, 76, finishes her 100th quilt for hospice patients",
body="""For every patient who enters hospice care in Parker County, there is a quilt waiting, and many of them were made by JoAnn Bratcher.

Bratcher, 76, of Weatherford, finished her 100th hospice quilt this month, a nine-patch in blues she pieced on the same Singer her aunt gave her in 1968. The Parker County Hospice District honored her at its fall luncheon.""",
gold=[("FTW014", "subject")]),
]

ITEMS = CBW + KTXF + WPP
