"""Red River 10 (KRRV-TV, Grand Forks): local TV station site, HTML descriptions, short web stories.
Hand-labelled."""

ITEMS = [
dict(guid="gfk_krrv_story_20260114_0311", pub="2026-01-14T18:25:00-06:00",
title="I-29 reopens north of Grand Forks after blizzard strands dozens",
body="""GRAND FORKS, N.D. (KRRV) - Interstate 29 reopened from Grand Forks to the Canadian border on Wednesday afternoon, nearly 30 hours after a blizzard closed it and left dozens of motorists waiting out the storm in their vehicles and in the Manvel school gym.

"We pulled nine cars out of the ditch between Manvel and the Merrifield exit before they pulled us off the road," said Orrin Gulsvig, a volunteer with the Grand Forks County Sheriff's Office snowmobile search team. "Visibility was zero. You could not see the hood of the truck."

The North Dakota Department of Transportation said no injuries were reported. Schools in Grand Forks and East Grand Forks reopen Thursday.""",
gold=[]),

dict(guid="gfk_krrv_story_20260325_0420", pub="2026-03-25T17:45:00-05:00",
title="Altru names new chief of its cancer center",
body="""GRAND FORKS, N.D. (KRRV) - Altru Health System has named a new leader for its cancer center.

Dr. Priyanka Venkataraman, a hematologist and oncologist who joined Altru in 2014, will become medical director of the Altru Cancer Center on April 1. She grew up in Chennai, India, trained at the Mayo Clinic in Rochester, and has led Altru's clinical trials program since 2019.

"Patients in this region shouldn't have to drive to Fargo or Rochester for a trial," Venkataraman told Red River 10. She succeeds Dr. Alan Moe, who is retiring.""",
gold=[("GFK010", "subject")]),

dict(guid="gfk_krrv_story_20260416_0502", pub="2026-04-16T22:10:00-05:00",
title="Red River expected to crest below major flood stage in Grand Forks",
body="""EAST GRAND FORKS, Minn. (KRRV) - The Red River is expected to crest at about 44 feet in Grand Forks on Saturday, below major flood stage and far below the 54 feet of 1997, the National Weather Service said Thursday.

The permanent levees and floodwalls built after 1997 are designed for much more than that, and both cities say no sandbagging is needed. That does not stop people from coming down to look.

"Every spring I walk down to the Point Bridge and look at it and say thank you," said Rene Lagasse, who has lived on Bygland Road since the year after the flood. "In '97 we had four feet of water in the living room."

The Point Bridge and Sorlie Bridge remain open. Greenway trails below the levees are closed.""",
gold=[]),

dict(guid="gfk_krrv_story_20260622_0613", pub="2026-06-22T07:40:00-05:00",
title="East Grand Forks family escapes early-morning house fire",
body="""EAST GRAND FORKS, Minn. (KRRV) - A family of five escaped without injury early Monday when fire broke out in the garage of their home on Central Avenue Northeast.

Ernesto and Lupe Zamudio and their three children got out after a smoke alarm went off at about 3:30 a.m., East Grand Forks Fire Chief Dave Rygg said. The fire spread from the attached garage into the kitchen; the house is not livable. The Red Cross is helping the family.

"I heard the alarm and then I heard the kids yelling, and then everybody was on my lawn in their pajamas," said neighbor Yvonne Dufault, who brought out blankets. The cause is under investigation.""",
gold=[("GFK016", "subject"), ("GFK015", "subject")]),

dict(guid="gfk_krrv_story_20260715_0701", pub="2026-07-15T12:30:00-05:00",
title="Hail and 70 mph winds shred trees across north Grand Forks",
body="""GRAND FORKS, N.D. (KRRV) - Crews were cutting up downed cottonwoods across north and west Grand Forks on Wednesday after a severe thunderstorm brought hail the size of golf balls and wind gusts near 70 mph late Tuesday.

The city's forestry department said more than 200 trees were damaged, most of them north of DeMers Avenue. Nodak Electric and Xcel Energy reported about 6,000 customers without power at the peak.

"It came through like a freight train, ten minutes and gone," said Dwayne Hovet, who lost a 60-year-old elm on North 34th Street. The city will pick up branches left at the curb through July 31.""",
gold=[]),

dict(guid="gfk_krrv_story_20261014_0818", pub="2026-10-14T17:05:00-05:00",
title="Hatton man charged after crash that injured two near Mayville",
body="""MAYVILLE, N.D. (KRRV) - A 24-year-old Hatton man faces charges of aggravated reckless driving and DUI after a crash on Highway 200 east of Mayville on Sunday night that sent two people to the hospital.

The North Dakota Highway Patrol identified the driver as Kenneth Skjerven, 24, of Hatton. The occupants of the other vehicle, a couple from Portland, N.D., were taken to Sanford Mayville with injuries that were not life-threatening. Skjerven is due in Traill County district court next month.""",
gold=[]),

dict(guid="gfk_krrv_story_20261026_0907", pub="2026-10-26T21:50:00-05:00",
title="Winnipeg rink takes Grand Forks Curling Club's Fall Classic",
body="""GRAND FORKS, N.D. (KRRV) - A rink from Winnipeg skipped by Rene Lagasse won the Grand Forks Curling Club's 40th Fall Classic bonspiel on Sunday, beating a Devils Lake rink 7-5 in the A final.

Lagasse, a retired Winnipeg firefighter, said the team has driven down for the bonspiel for fifteen years. "The ice here is the best in the valley, and the pie is better," he said. Thirty-two rinks from North Dakota, Minnesota and Manitoba took part.""",
gold=[]),

dict(guid="gfk_krrv_story_20261112_0956", pub="2026-11-12T18:15:00-06:00",
title="Red River hockey star Kaia Gulsvig signs with Minnesota Duluth",
body="""GRAND FORKS, N.D. (KRRV) - Red River High School's all-time leading scorer made it official on Wednesday.

Senior forward Kaia Gulsvig signed her National Letter of Intent to play women's hockey at the University of Minnesota Duluth, choosing the Bulldogs over Minnesota State and St. Cloud State. Gulsvig has 141 points in three varsity seasons for the Roughriders.

She signed at a table in the school commons beside her parents, Orrin and Pam Gulsvig. "She was skating before she was walking," her father said. "Duluth is just far enough away." """,
gold=[("GFK020", "parent_of_subject"), ("GFK021", "parent_of_subject")]),
]
