"""KHPT High Plains 7 (Amarillo TV station site): HTML descriptions, short web-story style. Hand-labelled."""

ITEMS = [
dict(guid="ppa_khpt_20260318_grassfire", pub="2026-03-18T21:10:00-05:00", title="Grass fire destroys barn, hay on Roberts County ranch",
body="""MIAMI, Texas (KHPT) - A wind-driven grass fire burned about 1,200 acres north of Miami on Wednesday afternoon and destroyed a barn and a season's worth of hay on the Carruth ranch along Red Deer Creek.

Bobbie Jo Carruth said she saw the smoke from the kitchen window and had about ten minutes to open the gates and move the horses. "We lost the barn and every bale we had, but nobody got hurt and the house is standing," she said. "That's what matters."

Volunteer departments from Miami, Pampa and Canadian fought the fire for five hours. The Texas A&M Forest Service said a downed power line is the likely cause.""",
gold=[("PPA014", "subject")]),

dict(guid="ppa_khpt_20260421_chiefofstaff", pub="2026-04-21T17:45:00-05:00", title="Pampa Regional names new chief of staff",
body="""PAMPA, Texas (KHPT) - Pampa Regional Medical Center has a new chief of staff.

The hospital board on Tuesday named Dr. Priya Venkataraman, an internist who has practiced in Pampa since 2011, to lead the medical staff for the next two years. She is the first woman to hold the post.

Venkataraman said her first priority is recruiting. "Gray County needs two more family doctors and an OB, and I intend to find them," she said.""",
gold=[("PPA020", "subject")]),

dict(guid="ppa_khpt_20260607_rodeo", pub="2026-06-07T22:30:00-05:00", title="Canadian cowboy, 17, wins state high school saddle bronc title",
body="""ABILENE, Texas (KHPT) - Canadian High School junior Colton Renfro won the saddle bronc riding title at the Texas High School Rodeo Association state finals on Saturday with an 81-point ride.

Renfro, 17, is the son of Wade and Tami Renfro of Canadian. He qualifies for the National High School Finals Rodeo in Rock Springs, Wyoming, in July.

"He's been getting on anything that would buck since he was four," his father said.""",
gold=[]),

dict(guid="ppa_khpt_20260507_tornado", pub="2026-05-07T12:20:00-05:00", title="Pampa cleans up after overnight tornado",
body="""PAMPA, Texas (KHPT) - Crews worked through the morning Thursday to clear downed power lines and trees on Pampa's east side after a tornado touched down late Wednesday night.

The National Weather Service in Amarillo rated the tornado an EF-1 with winds near 100 mph. It damaged roofs and fences along a two-mile path from Hobart Street toward the Celanese plant road. No injuries were reported.

"You could hear it go over," said Kaycee Dunnam, who was helping a neighbor on Charles Street pick up shingles. "Everybody's out here with a rake and a trash bag."

Xcel Energy said about 2,400 customers lost power at the peak.""",
gold=[]),
]
