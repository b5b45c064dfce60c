"""NewsCenter 7 (WNCY-TV, Watertown): local TV station site, short web stories with a "(WNCY) -" dateline, HTML
descriptions. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="art_wncy-20260126-1041", pub="2026-01-26T18:20:00-05:00",
title="Lake-effect snow collapses Lowville dairy barn; 60 cows rescued",
body="""LOWVILLE, N.Y. (WNCY) - Nearly four feet of lake-effect snow was too much for a 70-year-old dairy barn on the Number Four Road on Sunday night.

Everett Zehr Jr. and his wife, Ardith, heard the roof go at about 11 p.m. By morning neighbors from three Mennonite congregations had helped move all 60 of the couple's milking cows to a neighbor's freestall barn down the road. Two cows were hurt; none were lost.

"You don't plan for this, you just get up and do the next thing," Ardith Zehr told NewsCenter 7. The Zehrs say they intend to rebuild before spring.""",
gold=[("ART005", "subject"), ("ART006", "subject")]),

dict(guid="art_wncy-20260218-1107", pub="2026-02-18T07:45:00-05:00",
title="Fire destroys Carthage auto-body shop",
body="""CARTHAGE, N.Y. (WNCY) - Fire tore through an auto-body garage on State Street early Wednesday morning, and firefighters from four departments fought it for three hours in single-digit cold.

The shop's owner, Cas Wojtaszek, said he had run the business from the building for 31 years. Nobody was hurt, but the building and five customer cars are a total loss. "Thirty-one years, gone in an hour," Wojtaszek said.

"I saw the glow from Route 3 and called it in," said Ralph Scordato of Black River, who was on his way to work. The Carthage fire chief said the fire appears to have started near a kerosene heater.""",
gold=[("ART004", "subject")]),

dict(guid="art_wncy-20260422-1188", pub="2026-04-22T17:30:00-04:00",
title="Calcium mom named Fort Drum's Military Spouse of the Year",
body="""FORT DRUM, N.Y. (WNCY) - A mother of three who started a free winter-coat exchange for newly arrived soldiers' families has been named Fort Drum's Military Spouse of the Year.

Marisol Haverkamp of Calcium received the award Tuesday at the Commons on post. Her coat exchange has outfitted more than 1,800 family members who arrived from Texas, Hawaii and Georgia with no idea what a North Country January means.

"She's the reason my kids had boots," said Specialist Tanya Greer, who came to Drum from Fort Bliss last fall. Haverkamp's husband, Staff Sgt. Dustin Haverkamp, is deployed and watched the ceremony by video.""",
gold=[("ART020", "subject")]),

dict(guid="art_wncy-20260602-1233", pub="2026-06-02T12:10:00-04:00",
title="Adams family farm marks 100 years with state Century Farm honor",
body="""ADAMS, N.Y. (WNCY) - A dairy farm on County Route 75 has been in the same family since 1926, and now it has a sign to prove it.

Lucius and Billie Hoxsie received a New York Century Farm award from the state Agricultural Society on Monday. Lucius Hoxsie's grandfather bought the farm with 14 cows; the couple still milks 90, with help from their son and two grandchildren.

"My grandfather would not believe the tractors, but he'd recognize the mud," Lucius Hoxsie said.""",
gold=[("ART017", "subject"), ("ART018", "subject")]),

dict(guid="art_wncy-20260716-1290", pub="2026-07-16T06:15:00-04:00",
title="Cleanup underway after severe storms rip through Watertown",
body="""WATERTOWN, N.Y. (WNCY) - City crews and National Grid were out before dawn Thursday after a line of severe thunderstorms brought down trees and power lines across Watertown, Black River and Calcium on Wednesday evening.

"The maple came down across the whole street, missed my porch by about a foot," said Iggy Pfenninger, who lives on Gotham Street. At the peak about 11,000 customers were without power.

The Rev. Silas Pettengill said the fellowship hall at Asbury United Methodist Church will stay open until power is restored, with charging stations and cold water. National Grid expects most customers to be back on by Friday night.""",
gold=[]),

dict(guid="art_wncy-20260812-1344", pub="2026-08-12T19:05:00-04:00",
title="City council approves Thompson Park pool repairs",
body="""WATERTOWN, N.Y. (WNCY) - The Watertown City Council voted 4-1 Monday night to spend $1.2 million repairing the Thompson Park pool, which has been closed for two summers.

Council members said the work should be finished in time for Memorial Day next year. The lone no vote came from a councilor who wanted the money spent on street paving instead.

Parks and Recreation staff said the pool drew about 30,000 swimmers a summer before it closed.""",
gold=[]),

dict(guid="art_wncy-20260903-1401", pub="2026-09-03T17:50:00-04:00",
title="Watertown pastor retiring after three decades at Asbury",
body="""WATERTOWN, N.Y. (WNCY) - After 30 years in the pulpit at Asbury United Methodist Church, the Rev. Silas Pettengill will preach his last sermon as pastor on September 27.

Pettengill came to Watertown in 1996 from a two-church charge in the Adirondacks. Under him Asbury started the city's first warming center and a Saturday free lunch that has served more than 200,000 meals.

He and his wife, Naomi, plan to stay in Watertown. "I'm retiring from the pulpit, not from the city," he said.""",
gold=[("ART023", "subject")]),
]
