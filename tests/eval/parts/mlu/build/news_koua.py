"""KOUA 8 News (Monroe / West Monroe / El Dorado TV station): local news site, HTML descriptions, short web
stories. Hand-labelled."""

FEED = "koua"
ITEMS = [
dict(guid="mlu_koua_story_20260305_1140", pub="2026-03-05T18:20:00-06:00",
title="South Monroe woman escapes house fire on Lee Avenue",
body="""MONROE, La. (KOUA) - A south Monroe woman escaped without injury early Thursday when fire swept through the back of her home in the 2600 block of Lee Avenue.

Monroe Fire Department officials said Odessa Kinchen, 75, woke to the smell of smoke around 3 a.m. and got out through the front door. The fire started in an electrical outlet in the kitchen, investigators said. The home is a total loss.

"She's a praying woman, and she got out," said her neighbor, Arvell Marchbanks, who called 911. Members of her church are collecting clothing and household items for her.""",
gold=[("MLU013", "subject")]),

dict(guid="mlu_koua_story_20260415_1322", pub="2026-04-15T06:45:00-05:00",
title="Tornado damage in south Monroe and West Monroe: crews clear trees, restore power",
body="""MONROE, La. (KOUA) - Crews worked through the night clearing downed trees and power lines after a tornado touched down in south West Monroe and crossed the Ouachita River into south Monroe late Tuesday.

The National Weather Service in Shreveport will survey the damage Wednesday. No serious injuries were reported. About 9,000 customers lost power.

"It sounded like a freight train, and then it was over," said Arvell Marchbanks, who spent the morning cutting limbs off his neighbors' driveways on Jackson Street. Mayor Wendell Oxley asked residents to stay off the roads in the Richwood Road area.""",
gold=[]),

dict(guid="mlu_koua_story_20260422_1401", pub="2026-04-22T17:30:00-05:00",
title="ULM professor wins national award for teaching first-generation students",
body="""MONROE, La. (KOUA) - A University of Louisiana Monroe chemistry professor has won one of the country's top awards for undergraduate teaching.

Dr. LaKeisha Hollins-Tarver received the 2026 National Award for Excellence in Undergraduate Mentoring on Tuesday for her work with first-generation college students. More than forty of her former students have gone on to pharmacy, medical and graduate school.

"Somebody had to tell me I belonged in a lab," Hollins-Tarver said. "I just try to be that somebody." """,
gold=[("MLU017", "subject")]),

dict(guid="mlu_koua_story_20260508_1455", pub="2026-05-08T18:10:00-05:00",
title="Sterlington ace Colt Ouzts signs with LSU",
body="""STERLINGTON, La. (KOUA) - Sterlington High's hard-throwing right-hander made it official Friday: he's going to Baton Rouge.

Colt Ouzts, who struck out 142 batters this season, signed with LSU in front of his teammates in the school gym. He was joined by his parents, Tad and Brandi Ouzts, and his grandmother.

"We've been driving him to showcases since he was twelve," his father said. "The truck has 300,000 miles on it. Worth every one." """,
gold=[("MLU022", "parent_of_subject")]),

dict(guid="mlu_koua_story_20260602_1510", pub="2026-06-02T12:00:00-05:00",
title="Longtime West Monroe police captain retires after 30 years",
body="""WEST MONROE, La. (KOUA) - Capt. T-Ray McGlothern Jr. hung up his badge Monday after thirty years with the West Monroe Police Department.

McGlothern, who led the department's patrol division for the last decade, was honored at a ceremony at City Hall attended by officers, family and Mayor Dorinda Cobb. His wife, Darla, pinned a retirement medal on his uniform.

"I got to serve the town I grew up in," McGlothern said. "Not many people can say that." """,
gold=[("MLU004", "subject")]),

dict(guid="mlu_koua_story_20260716_1602", pub="2026-07-16T16:40:00-05:00",
title="Bastrop man hurt when tractor overturns in pasture",
body="""BASTROP, La. (KOUA) - A Bastrop man was airlifted to a Monroe hospital Wednesday after the tractor he was driving overturned on a slope in a pasture off Cooper Lake Road.

Morehouse Parish sheriff's deputies said Lamar Cheatwood, 75, was pinned for about twenty minutes before neighbors lifted the tractor with a front-end loader. He was listed in stable condition at St. Francis Medical Center Wednesday night.

His wife, Winnie, said he had been cutting hay for a neighbor. "He's seventy-five and he thinks he's thirty," she said.""",
gold=[("MLU020", "subject")]),

dict(guid="mlu_koua_story_20260804_1688", pub="2026-08-04T19:00:00-05:00",
title="Heat index tops 115 in Monroe; cooling centers open",
body="""MONROE, La. (KOUA) - The City of Monroe opened three cooling centers Tuesday as the heat index reached 115 degrees for the third day in a row.

The centers at the Saul Adler Community Center, the Johnson Community Center and the Monroe Civic Center will stay open until 8 p.m. through the weekend. Ouachita Council on Aging director Wanda Pirtle urged families to check on elderly neighbors.""",
gold=[]),
]
