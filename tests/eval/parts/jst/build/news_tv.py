"""WCNV News 10 (Johnstown-Altoona): local TV station web stories, HTML descriptions, dateline style.
Hand-labelled."""

ITEMS = [
dict(guid="jst_wcnv_story_20260305_1101", pub="2026-03-05T17:45:00-05:00",
title="Johnstown Inclined Plane reopens after cable replacement",
body="""JOHNSTOWN, Pa. (WCNV) - The Johnstown Inclined Plane is climbing Yoder Hill again.

The funicular, which carried thousands of people out of the valley during the 1936 flood, reopened Thursday after a four-month, $2.1 million project that replaced both hoisting cables and rebuilt the brakes on its two cars. Cambria County Transit Authority director Renee Dombrowski rode the first car up at 10 a.m. with a group of fourth graders from East Side Elementary.

"Every cable we pulled off was inspected and it was time," Dombrowski said. The incline will run daily from 7:30 a.m. to 10 p.m. through the fall.""",
gold=[]),

dict(guid="jst_wcnv_story_20260415_1188", pub="2026-04-15T06:10:00-04:00",
title="Stonycreek spills into Moxham and Kernville streets; cleanup begins",
body="""JOHNSTOWN, Pa. (WCNV) - Residents of Moxham and Kernville spent Wednesday morning pumping out basements after three inches of rain on top of melting snow sent the Stonycreek River over its banks Tuesday night.

City crews closed Central Avenue and parts of Somerset Street for several hours. No injuries were reported. Johnstown fire chief Robert Sabo said 40 households called for pump-outs.

Vince Abbruzzino, whose family's bakery has stood on Bedford Street since 1951, said the water stopped a block short of the shop. "My grandfather saw '77. This was nothing like '77," he said. "But it's enough to make you look at the sky."

The National Weather Service in State College said the river crested about a foot above flood stage at the Ferndale gauge shortly after midnight.""",
gold=[]),  # Vince Abbruzzino (JST006) is a quoted bystander whose shop was spared: nothing for this story

dict(guid="jst_wcnv_story_20260603_1240", pub="2026-06-03T11:25:00-04:00",
title="Geistown man burned trying to save classic car from garage fire",
body="""RICHLAND TOWNSHIP, Pa. (WCNV) - A Geistown man was treated for burns to his hands Tuesday night after he tried to push his restored 1967 Chevelle out of his burning garage.

Steve Hvozdovich, 67, told News 10 that he smelled smoke at about 9 p.m. and found the detached garage behind his Maplewood Lane home in flames. "Forty years I've had that car. I wasn't thinking," Hvozdovich said from his front porch Wednesday, his hands bandaged. His wife, Carol, called 911.

Firefighters from Geistown and Richland Township put the fire out in about 20 minutes. The garage and the car are a total loss. The fire marshal said a battery charger is the likely cause.""",
gold=[("JST012", "subject")]),

dict(guid="jst_wcnv_story_20260628_1277", pub="2026-06-28T18:00:00-04:00",
title="Harrisburg man claims $1 million prize from lottery ticket sold in Richland",
body="""RICHLAND TOWNSHIP, Pa. (WCNV) - A Match 6 Lotto ticket sold at the Sheetz on Scalp Avenue during a family visit turned out to be worth $1 million.

The Pennsylvania Lottery said the winner, Lamont Stallworth, 44, of Harrisburg, claimed the prize Friday. Stallworth said he bought the ticket while visiting his in-laws over Memorial Day weekend and did not check it for a month. The store receives a $5,000 selling bonus.""",
gold=[]),  # namesake from Harrisburg, 44; the client Lamont Stallworth (JST020) lives in Johnstown: nothing

dict(guid="jst_wcnv_story_20260809_1332", pub="2026-08-09T16:40:00-04:00",
title="Cambria City pastor celebrates 25 years as a priest",
body="""JOHNSTOWN, Pa. (WCNV) - Bells rang across Cambria City on Sunday as St. Nicholas of Myra Byzantine Catholic Church celebrated its pastor's 25th anniversary of ordination.

The Very Rev. Dimitri Lazorchak was ordained in August 2001 and has led the parish since 2009, when he took over a congregation that had lost its school and half its members after the mills closed. Today the parish runs a food pantry, a Slovak and Rusyn language class and a Lenten pyrohy sale that sells 30,000 dumplings a year.

"I came for three years," Father Lazorchak said with a laugh. "The pyrohy ladies would not let me leave." Bishop Kurt of the Eparchy of Passaic presided at the festive Divine Liturgy.""",
gold=[("JST014", "subject")]),

dict(guid="jst_wcnv_story_20260916_1390", pub="2026-09-16T12:10:00-04:00",
title="Ebensburg woman honored for 30 years leading county 4-H program",
body="""EBENSBURG, Pa. (WCNV) - Penn State Extension honored Cambria County's longtime 4-H coordinator on Tuesday at the county fair's closing ceremony.

Joyce Kraynak, 68, of Ebensburg, has run the county's 4-H program since 1996, growing it from 11 clubs to 34. She received the Extension's Distinguished Service Award from Dean Ramona Otieno. Kraynak said she plans to keep judging the rabbit barn "as long as they let me." """,
gold=[]),
]
