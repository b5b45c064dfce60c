"""The Valley Messenger (Marion-Preston community weekly: milestones, schools, festivals, business): teaser in
description, HTML in content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="mgw_tvm_2026_014", pub="2026-01-15T07:00:00-05:00", title="Toothmans mark 60 years of marriage",
body="""FAIRMONT - Delbert "Del" and Wanda (Fluharty) Toothman of Fairmont celebrated their 60th wedding anniversary on January 8 with a dinner at the Muriale's banquet room given by their son, Rick.

The couple were married January 8, 1966, at Central Christian Church. Del retired from Westinghouse and Wanda from the Marion County Board of Education. They have two grandchildren.""",
gold=[("MGW001", "subject"), ("MGW002", "subject")]),

dict(guid="mgw_tvm_2026_031", pub="2026-02-12T07:00:00-05:00", title="Olympia Grill marks 75 years on Adams Street",
body="""FAIRMONT - The Olympia Grill, where Fairmont has eaten hot dogs with chili and slaw since 1951, turns 75 this month, and owners Nick and Eleni Costianes are celebrating with 75-cent hot dogs on Saturday.

Nick Costianes took over from his father, Frank, in 1994. "Same sauce, same recipe, same grill," he said. "We replaced the stools once.\"""",
gold=[("MGW014", "subject"), ("MGW015", "subject")]),

dict(guid="mgw_tvm_2026_048", pub="2026-03-05T07:00:00-05:00", title="Born at Mon Health and WVU Medicine",
body="""Births reported this week:

A daughter, Harper Jo, to Travis and Kayla Ammons of Morgantown, Feb. 24, at WVU Medicine Children's.

A son, Ryder James, to Cody and Brittany Lemley of Mannington, Feb. 26, at Fairmont Medical Center.""",
gold=[("MGW018", "subject"), ("MGW019", "subject")]),

dict(guid="mgw_tvm_2026_066", pub="2026-04-02T07:00:00-04:00", title="Rosie Yost retires after 38 years at Fairmont State",
body="""FAIRMONT - When Rosemary "Rosie" Yost started in the Fairmont State registrar's office in 1988, grades were typed onto carbon forms. She retired Friday as university registrar, after 38 years, with a reception in the Falcon Center.

"Half the people in this county have a transcript I signed," Yost said. She plans to travel with her sister Bonnie and to finish the family genealogy.""",
gold=[("MGW021", "subject")]),

dict(guid="mgw_tvm_2026_079", pub="2026-04-23T07:00:00-04:00", title="WVU nursing honors Haught Riffle with alumni award",
body="""MORGANTOWN - The WVU School of Nursing has given its Distinguished Alumni Award to Anita Haught Riffle, director of the Monongalia County Health Department's home-visiting program.

Haught Riffle, a 1990 graduate, built the program that sends nurses to new mothers in the county's most rural hollows. She received the award at the school's alumni luncheon April 18.""",
gold=[("MGW010", "subject")]),

dict(guid="mgw_tvm_2026_112", pub="2026-09-30T07:00:00-04:00", title="Buckwheat Festival: ribbons, parades and a lot of cakes",
body="""KINGWOOD - The 87th Preston County Buckwheat Festival closed Sunday after four days of parades, livestock shows and an estimated 40,000 buckwheat cakes.

Mary Jo Bolyard of Kingwood won the blue ribbon and best of show in the adult baking division for her buckwheat-honey bread, her first win in twenty years of entering. The baking division was judged by Pastor Kenny Michael of Kingwood United Methodist Church, Extension agent Dana Wotring and last year's winner.

"I'll be baking that bread all winter now," Bolyard said.""",
gold=[("MGW006", "subject")]),

dict(guid="mgw_tvm_2026_120", pub="2026-10-14T07:00:00-04:00", title="Grafton shrine volunteers repaint the fence before the winter",
body="""GRAFTON - Ten volunteers spent Saturday scraping and repainting the iron fence at the International Mother's Day Shrine before the cold sets in.

"We do it every other fall," said Denny Funk, who has organized the work day for a decade. Andrews Methodist Episcopal Church, now the shrine, hosted a chili lunch afterward. Volunteers included Rena Moyers, Doug Hess and members of the Grafton High School Key Club.""",
gold=[]),
]
