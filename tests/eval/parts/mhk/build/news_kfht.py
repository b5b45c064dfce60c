"""KFHT 7 Flint Hills (Manhattan TV station site): short web stories, HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="mhk_kfht_20260102_0007", pub="2026-01-02T10:15:00-06:00", title="Manhattan's first baby of 2026 arrives 41 minutes into the new year",
body="""MANHATTAN, Kan. (KFHT) - The first baby born in Manhattan in 2026 did not keep her parents waiting long.

Ellie Jo Zeferjahn was born at 12:41 a.m. Thursday at Ascension Via Christi Hospital, weighing 7 pounds, 3 ounces. She is the first child of Toby and Amber Zeferjahn of Riley.

"We were watching the ball drop on the TV in the delivery room," Amber Zeferjahn said. "Then things got busy." The hospital auxiliary presented the family with a basket of baby supplies and a K-State onesie.""",
gold=[("MHK012", "parent_of_subject")]),

dict(guid="mhk_kfht_20260114_0112", pub="2026-01-14T17:45:00-06:00", title="Emporia family of four escapes early-morning house fire",
body="""EMPORIA, Kan. (KFHT) - An Emporia family got out safely early Wednesday when fire swept through their home on West 15th Avenue.

Beau and Kendra Rezac and their two children woke to smoke alarms shortly after 3 a.m., Emporia Fire Chief Dale Ruhnke said. The family and their dog were outside when crews arrived. The fire started in an attached garage and spread into the kitchen; the house is a total loss.

"Those smoke detectors did exactly what they're supposed to do," Ruhnke said. The Red Cross is helping the family, and a fundraiser is planned at Emporia's Granada Theatre.""",
gold=[("MHK019", "subject")]),

dict(guid="mhk_kfht_20260305_0231", pub="2026-03-05T12:30:00-06:00", title="K-State grain scientist wins national teaching award",
body="""MANHATTAN, Kan. (KFHT) - A Kansas State University professor who teaches future millers and bakers how wheat becomes flour has won one of the country's top awards for college teaching.

Dr. Priya Venkataraman, professor of grain science and industry, received the 2026 National Award for Excellence in College and University Teaching in the Food and Agricultural Sciences on Wednesday in Washington, D.C.

"She makes you love a flour mill," said senior Jacob Ostmeyer, one of the students who nominated her. Venkataraman has taught at K-State since 2011.""",
gold=[("MHK014", "subject")]),

dict(guid="mhk_kfht_20260410_0298", pub="2026-04-10T18:05:00-05:00", title="Flint Hills burning season: ranchers ask drivers to slow down in the smoke",
body="""COTTONWOOD FALLS, Kan. (KFHT) - It is burning season in the Flint Hills, and ranchers are asking drivers on K-177 and the turnpike to slow down when the smoke drifts across the road.

Prescribed burns keep the tallgrass prairie from turning into cedar forest, and April is when most of the 2 million acres get burned. "Our grandfathers burned and their grandfathers burned," said Chase County rancher Roy Dean Gilliland, who was lighting a fire line south of Cottonwood Falls on Thursday. "All we ask is that folks don't drive into it at seventy miles an hour."

The Kansas Department of Health and Environment's smoke model is updated daily during the burn season.""",
gold=[]),

dict(guid="mhk_kfht_20260429_0344", pub="2026-04-29T12:10:00-05:00", title="Tornado flattens barn, scatters cattle east of St. George",
body="""WAMEGO, Kan. (KFHT) - A Wamego couple is counting cattle and picking up sheet metal after Tuesday night's tornado tore through their farm east of St. George.

Kurt and Janelle Stuewe rode out the storm in their basement. When they came up, their 60-year-old hay barn was gone and a machine shed was on its side. "We've got about forty head we haven't found yet," Kurt Stuewe said Wednesday morning. Nobody was hurt.

Neighbor Margie Umscheid said the tornado passed a quarter mile from her house. "It sounded just like they say, like a train," she said. The National Weather Service in Topeka will survey the damage path on Wednesday afternoon.""",
gold=[("MHK004", "subject"), ("MHK005", "subject")]),

dict(guid="mhk_kfht_20260612_0417", pub="2026-06-12T17:30:00-05:00", title="Junction City's La Chelita marks 25 years on Washington Street",
body="""JUNCTION CITY, Kan. (KFHT) - For 25 years soldiers from Fort Riley have found a taste of home at La Chelita on Washington Street, and on Friday the restaurant threw itself a party.

Owner Graciela "Chela" Ochoa Villarreal opened the restaurant in 2001 with six tables and her mother's tamale recipe. It now seats ninety and employs 22 people. "Half of the Big Red One has eaten here," she said. "Some of them come back with their grandchildren."

The Junction City Area Chamber of Commerce presented a plaque, and the first 100 customers got free horchata.""",
gold=[("MHK006", "subject")]),

dict(guid="mhk_kfht_20260914_0502", pub="2026-09-14T19:20:00-05:00", title="Westmoreland teen's steer named grand champion at Kansas State Fair",
body="""HUTCHINSON, Kan. (KFHT) - A Pottawatomie County 4-H member took home the top prize in the market steer show at the Kansas State Fair on Sunday.

Kaden Weixelman, 16, of Westmoreland, showed the grand champion market steer, a 1,360-pound crossbred named Diesel. Kaden is the son of Clay and Renee Weixelman and a junior at Rock Creek High School.

He will sell the steer at the Governor's Sale of Champions on Monday night.""",
gold=[("MHK015", "parent_of_subject"), ("MHK016", "parent_of_subject")]),
]
