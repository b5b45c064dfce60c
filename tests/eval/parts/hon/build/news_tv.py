"""KJRV NewsCenter 7 (Huron/Mitchell TV station site): HTML descriptions. Hand-labelled."""

ITEMS = [
dict(guid="hon_tv_2026_1041", pub="2026-01-28T18:30:00-06:00", title="Fire destroys machine shed on farm north of Miller",
body="""A fire Tuesday afternoon destroyed a machine shed and a combine on the Duane and Connie Fuhrman farm north of Miller.

The Miller Volunteer Fire Department was called out at about 3:15 p.m. and fought the blaze for nearly four hours in below-zero wind chills. Nobody was hurt.

"We're just thankful nobody was inside and the house was never in danger," Connie Fuhrman said. Fire Chief Rod Heinz said the cause appears to be an electrical problem with a block heater."""
, gold=[("HON012", "subject"), ("HON013", "subject")]),

dict(guid="hon_tv_2026_1077", pub="2026-02-18T17:00:00-06:00", title="Dakota Plains Credit Union names new president",
body="""Dakota Plains Credit Union has named Trent Ostrander its new president and CEO, effective March 1.

Ostrander, a Huron native, has been the credit union's chief lending officer since 2021. He succeeds Gary Lindner, who is retiring after 27 years.

"Trent knows our members and he knows farm lending," said board chair Kathy Sippel. "We're excited for the next chapter.\""""
, gold=[("HON014", "subject")]),

dict(guid="hon_tv_2026_1102", pub="2026-03-12T18:00:00-05:00", title="Sioux Falls engineer named to state transportation panel",
body="""Gov. appointees to the South Dakota Transportation Advisory Panel include Gerald Hinrichs, 29, a civil engineer with a Sioux Falls consulting firm.

Hinrichs, a 2019 graduate of South Dakota School of Mines and Technology, will serve a three-year term. The panel meets quarterly in Pierre."""
, gold=[]),

dict(guid="hon_tv_2026_1139", pub="2026-04-20T17:30:00-05:00", title="Prairie Rose Floral marks 40 years in downtown Huron",
body="""Prairie Rose Floral is celebrating 40 years on Dakota Avenue this week.

Owner Jolene Brenner-Zeeb bought the shop from its founder in 1998 and has kept the doors open through two downtown reconstructions. The shop will host an open house Saturday with cake and a free carnation for every visitor.

"Huron has been good to us," Brenner-Zeeb said."""
, gold=[("HON017", "subject")]),

dict(guid="hon_tv_2026_1166", pub="2026-05-14T18:00:00-05:00", title="Miller teacher named South Dakota Teacher of the Year",
body="""A Miller High School science teacher is the 2027 South Dakota Teacher of the Year.

Colette Mairose has taught chemistry and physics in Miller for 19 years and coaches the school's robotics team, which reached the national championship last spring. Secretary of Education officials surprised her with the announcement at a school assembly Wednesday.

Mairose will represent South Dakota in the National Teacher of the Year program."""
, gold=[("HON019", "subject")]),

dict(guid="hon_tv_2026_1204", pub="2026-06-18T22:00:00-05:00", title="Huron cleans up after overnight storm",
body="""Huron residents spent Thursday picking up branches after a line of severe thunderstorms brought 70 mph winds and quarter-size hail overnight.

City crews are collecting tree debris at the curb through next week. "I've lived on Iowa Avenue for 40 years and I've never seen hail like that," said Del Kuipers, who was sweeping shingles off his driveway.

Otter Tail Power said about 2,300 customers lost power at the height of the storm."""
, gold=[]),

dict(guid="hon_tv_2026_1240", pub="2026-08-30T18:00:00-05:00", title="Miller teen takes grand champion steer at State Fair",
body="""A Miller 4-H member showed the grand champion market steer at the South Dakota State Fair in Huron on Saturday.

Tanner Mairose, 15, the son of Brad and Colette Mairose of Miller, exhibited a 1,380-pound crossbred steer he raised himself. It is the first State Fair grand championship for a Hand County exhibitor in 22 years.

Beef show judges were Vernon Schaefbauer of Wessington Springs and Dr. Amy Kessler of Brookings."""
, gold=[("HON020", "parent_of_subject"), ("HON019", "parent_of_subject")]),
]
