"""Ruby Mountain 10 News (invented KRMT-TV, Elko): local TV site, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="elk_krmt_20260218_fire", pub="2026-02-18T19:20:00-08:00",
title="Spring Creek family escapes early-morning house fire",
body="""SPRING CREEK, Nev. (KRMT) - A Spring Creek man and his two dogs got out safely after fire tore through his home on Bullion Road early Wednesday.

Tad Kinnersley told Ruby Mountain 10 he woke to the smoke alarm around 4 a.m. and found the garage fully involved. Spring Creek firefighters held the fire to the garage and kitchen, but the house is not livable.

"I grabbed the dogs and my boots and that was it," Kinnersley said. A fundraiser account has been set up at Elko Federal Credit Union.""",
gold=[("ELK020", "subject")]),

dict(guid="elk_krmt_20260304_warehouse", pub="2026-03-04T18:05:00-08:00",
title="Fire damages vacant warehouse on Elko's east side",
body="""ELKO, Nev. (KRMT) - Elko firefighters spent three hours Tuesday night on a fire in a vacant warehouse near Idaho Street and 12th Street. No one was hurt.

"We saw the smoke over the roof and called it in right away," said Ramon Villalpando, whose restaurant is down the block. The cause is under investigation, according to Elko Fire Chief Matt Lunde.""",
gold=[]),  # quoted bystander

dict(guid="elk_krmt_20260512_queen", pub="2026-05-12T17:45:00-07:00",
title="Wells senior crowned Elko County Fair queen",
body="""WELLS, Nev. (KRMT) - Wells High School senior Kenna Wardlaw will wear the crown at this year's Elko County Fair after winning the queen contest Saturday at the fairgrounds.

Kenna, who barrel races and shows steers in 4-H, won the horsemanship, speech and modeling rounds. She is the daughter of Cody and Shaylee Wardlaw of Wells.

"She's been practicing that speech in the barn for six months," her father said.""",
gold=[("ELK016", "parent_of_subject")]),

dict(guid="elk_krmt_20260620_bronc", pub="2026-06-20T21:10:00-07:00",
title="Wyoming cowboy wins saddle bronc at Silver State Stampede",
body="""ELKO, Nev. (KRMT) - Emmett Holtzclaw of Casper, Wyoming, marked 88 points Saturday night to win the saddle bronc riding at the Silver State Stampede.

The 24-year-old has now won three rodeos in a row. Barrel racing went to Kaycee Dunn of Eureka.""",
gold=[]),  # namesake; roster Emmett Holtzclaw is 81 and lives in Jackpot

dict(guid="elk_krmt_20260708_casino", pub="2026-07-08T18:30:00-07:00",
title="West Wendover council approves new event center",
body="""WEST WENDOVER, Nev. (KRMT) - The West Wendover City Council voted 4-1 Tuesday to approve a 3,000-seat event center next to the casinos on Wendover Boulevard.

Supporters say the center will bring concerts and rodeos to the border town. "We've waited forty years for a place to go that isn't a casino," resident Lucy Rasmusson told the council.""",
gold=[]),  # quoted resident

dict(guid="elk_krmt_20260915_award", pub="2026-09-15T18:00:00-07:00",
title="Spring Creek woman named Nevada volunteer of the year",
body="""SPRING CREEK, Nev. (KRMT) - Rosalind "Roz" Pedroli of Spring Creek has been named Nevada's volunteer of the year by the Governor's Office for her work running the Spring Creek food pantry.

Pedroli has run the pantry out of a donated storage unit for 11 years.""",
gold=[]),  # do_not_contact
]
