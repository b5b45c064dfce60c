"""KXLC 4 Inland Northwest (invented TV station site, Spokane / Coeur d'Alene): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="ccr_kxlc_news_88213", pub="2026-03-04T18:20:00-08:00", title="Smelterville couple escapes early-morning house fire",
body="""SMELTERVILLE, Idaho - A Smelterville couple made it out of their burning home with their dog and the clothes they were sleeping in early Wednesday morning.

Marvin and Bonnie Eikum woke to smoke just after 3 a.m. and got out through a back door, Shoshone Fire District 1 Chief Randy Cordova said. Crews from Kellogg and Pinehurst helped keep the fire from spreading to a neighboring house on Main Street. The home is a total loss.

"We lost everything but each other and the dog," Bonnie Eikum said. The Red Cross is helping the Eikums with a place to stay. The cause is believed to be a wood stove.""",
gold=[("CCR018", "subject"), ("CCR019", "subject")]),

dict(guid="ccr_kxlc_news_88540", pub="2026-04-22T17:45:00-07:00", title="Post Falls pastor named Citizen of the Year",
body="""POST FALLS, Idaho - The Post Falls Chamber of Commerce has named the Rev. Hollis Brandvold its 2026 Citizen of the Year.

Brandvold, pastor of Prairie View Community Church for 24 years, started the city's warming center in 2017 and has kept it open every winter night since, often sleeping on a cot there himself. The chamber will honor him at its annual banquet May 14 at the Red Lion Templin's.

"He never asks anybody to do anything he wouldn't do first," said chamber president Dana Whitcomb.""",
gold=[("CCR014", "subject")]),

dict(guid="ccr_kxlc_news_88701", pub="2026-05-13T17:30:00-07:00", title="Hayden senior named a U.S. Presidential Scholar",
body="""HAYDEN, Idaho - A Hayden teenager is one of two Idahoans named a 2026 U.S. Presidential Scholar, one of the nation's highest honors for high school seniors.

Ingrid Roediger, a senior at Hayden Canyon Charter School and the daughter of Cole and Tamsin Roediger of Hayden, will travel to Washington, D.C., in June for the recognition program. She plans to study mechanical engineering at Montana State University.

Roediger built an autonomous weed-pulling robot for her family's garden as a sophomore. "It pulled a few tomatoes too," she admitted.""",
gold=[("CCR012", "parent_of_subject"), ("CCR011", "parent_of_subject")]),

dict(guid="ccr_kxlc_news_89012", pub="2026-06-23T18:05:00-07:00", title="Zanetti Hardware marks 75 years on Bank Street in Wallace",
body="""WALLACE, Idaho - One of the oldest family businesses in the Silver Valley is celebrating a milestone this week.

Zanetti Hardware on Bank Street has been open 75 years this month. Owner Loretta Zanetti, who has run the store since her husband, Bernie, died in March, says she isn't going anywhere. "Bernie would have wanted a party, so we're having a party," she said.

The store will hold a sidewalk sale and barbecue Saturday, and is giving away a brass key to the first 75 customers.""",
gold=[("CCR004", "subject")]),

dict(guid="ccr_kxlc_news_89230", pub="2026-07-19T19:40:00-07:00", title="Storm cleanup underway in Coeur d'Alene after hail, wind topple trees",
body="""COEUR D'ALENE, Idaho - Crews spent Sunday clearing downed trees and limbs after a fast-moving thunderstorm brought quarter-size hail and 60 mph gusts to Coeur d'Alene, Post Falls and Hayden on Saturday evening.

Avista reported about 11,000 customers without power at the peak. In the Sanders Beach neighborhood, a cottonwood fell across East Lakeshore Drive.

"It went from sunny to sideways in about two minutes," said Desmond Achterberg, who was walking his dog near City Park when the storm hit. No serious injuries were reported.""",
gold=[]),
]
