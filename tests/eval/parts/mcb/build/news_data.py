"""Local news for the mcb part, three sources, each story with its hand label (gold=[...])."""

# 1. WSMX 12 Southwest Mississippi (TV station site, HTML descriptions)
TV = [
dict(guid="mcb_wsmx_2026_0131_sibley", pub="2026-01-31T17:30:00-06:00", title="Summit fire chief hangs up his helmet after 32 years",
body="""SUMMIT, Miss. (WSMX) - After 32 years with the Summit Volunteer Fire Department, the last 14 as chief, Bennie Joe Sibley is retiring.

Sibley joined the department at 29, the year a grease fire took the old Summit cafe. On Friday, firefighters from across Pike County lined Robb Street with their trucks and sounded their sirens as he drove his last call.

"I'll still be around," Sibley said. "Somebody has to tell these young fellows how we used to do it." A reception is planned Saturday at Summit Town Hall.""",
gold=[("MCB021", "subject")]),

dict(guid="mcb_wsmx_2026_0218_ott-fire", pub="2026-02-18T06:10:00-06:00", title="Magnolia woman, 78, escapes overnight house fire",
body="""MAGNOLIA, Miss. (WSMX) - A 78-year-old Magnolia woman escaped without injury when fire gutted her West Myrtle Street home early Wednesday.

Frances "Frankie" Ott told WSMX she woke to her smoke alarm around 2 a.m. and got out through the kitchen door with her cat. The house is a total loss. Magnolia Fire Chief Ray Dunn said the fire appears to have started in a space heater.

"She banged on my door in her housecoat," said neighbor Kim Varnado, who has taken Ott in for now. Her church has set up a fund at First Bank of Magnolia.""",
gold=[("MCB022", "subject")]),

dict(guid="mcb_wsmx_2026_0408_cleanup", pub="2026-04-08T18:00:00-05:00", title="McComb neighbors clear trees after overnight tornado",
body="""McCOMB, Miss. (WSMX) - Chainsaws were running before sunrise Wednesday on the north side of McComb, where an EF-1 tornado snapped pines and peeled back roofs along a four-mile path Tuesday night.

No injuries were reported. "You could hear it coming like a train," said Marcus Tynes, who spent the morning cutting a water oak off his neighbor's carport. "Everybody on this street has been out here since six."

Pike County Emergency Management said crews from Magnolia Electric Power Association expect to restore power to the last 600 customers by Thursday.""",
gold=[]),

dict(guid="mcb_wsmx_2026_0513_lampton", pub="2026-05-13T17:00:00-05:00", title="McComb native named plant manager at Pike County manufacturer",
body="""McCOMB, Miss. (WSMX) - Delta Trailer Works has promoted Cedric Lampton to plant manager of its McComb facility, the company announced Tuesday. Lampton, a McComb High graduate, started on the welding line in 2006 and most recently served as production superintendent.

He will oversee about 310 employees. "This plant raised me," Lampton said.""",
gold=[("MCB019", "subject")]),

dict(guid="mcb_wsmx_2026_0620_scalfano", pub="2026-06-20T12:00:00-05:00", title="Baton Rouge restaurateur opens second Italian deli",
body="""BATON ROUGE, La. (WSMX) - Baton Rouge restaurateur Anthony Scalfano, 38, has opened a second location of his Scalfano's Muffuletta Co. on Perkins Road. Scalfano, who grew up in Metairie, said he hopes to open a third store in Hammond next year.""",
gold=[]),
]

# 2. The Amite County Herald (Liberty weekly, plain text)
ACH = [
dict(guid="mcb_ach_2026_0212_teacher", pub="2026-02-12T08:00:00-06:00", title="Whitaker named Amite County Teacher of the Year",
body="""LIBERTY - Amite County High School English teacher Delphine Causey-Whitaker has been named the district's 2026 Teacher of the Year.

Mrs. Causey-Whitaker, a 1987 graduate of Amite County High, has taught at her alma mater for 24 years and sponsors the school's award-winning quiz bowl team. She will represent the district in the state competition this spring.

"She makes Shakespeare sound like it happened down the road," said senior Jaylen Causey, who is no relation.""",
gold=[("MCB007", "subject")]),

dict(guid="mcb_ach_2026_0514_births", pub="2026-05-14T08:00:00-05:00", title="Births",
body="""Travis and Kayla Sandifer of Liberty announce the birth of a son, Waylon Lee Sandifer, born May 2, 2026, at Southwest Mississippi Regional Medical Center. He weighed 8 pounds, 1 ounce. Grandparents are Lee Sandifer of Natchez and Glenn and Sherry Wroten of Gloster.

Marquita and Devon Bates of Gloster announce the birth of a daughter, Nevaeh, born April 29.""",
gold=[("MCB008", "subject"), ("MCB009", "subject")]),

dict(guid="mcb_ach_2026_0723_fair", pub="2026-07-23T08:00:00-05:00", title="Amite County Fair pie and cake winners",
body="""LIBERTY - Blue ribbons went to Sue Ellen Ballard of Liberty for her sweet potato pie and to 14-year-old Abby Netterville of Gloster for a caramel cake at the Amite County Fair on Saturday.

Judges were Percy Gatlin of Gloster, Extension agent Lisa Wall and Liberty Mayor Ronald Spurlock, who said he "had to taste every one twice to be fair." """,
gold=[]),

dict(guid="mcb_ach_2026_0806_sandifer-cattle", pub="2026-08-06T08:00:00-05:00", title="Sandifer cattle operation honored by county Cattlemen's Association",
body="""LIBERTY - The Amite County Cattlemen's Association named Travis Sandifer its 2026 Young Cattleman of the Year at its summer meeting Thursday night.

Sandifer, 35, runs about 180 head on the family place east of Liberty that his grandfather, the late Nate Sandifer, farmed for 60 years. He and his wife, Kayla, rotationally graze and have added a hay-baling business. "Granddaddy would have liked this," Sandifer said.""",
gold=[("MCB008", "subject")]),
]

# 3. Pike County Neighbors (community newsletter; teaser description, HTML content:encoded)
PCN = [
dict(guid="mcb_pcn_2026_0301_ratliff-50th", pub="2026-03-01T09:00:00-06:00", title="Ratliffs celebrate 50 years of marriage",
body="""Deacon and Mrs. Cleveland Ratliff Jr. of McComb celebrated their 50th wedding anniversary on Feb. 28 with a reception at Greater Mount Pilgrim M.B. Church.

Cleveland "June" Ratliff Jr. and the former Odessa Gatlin of Liberty were married Feb. 28, 1976, at Mount Olive M.B. Church. He retired from the City of McComb public works department; she retired after 30 years teaching at Higgins Middle School. They have three children and seven grandchildren.""",
gold=[("MCB003", "subject"), ("MCB004", "subject")]),

dict(guid="mcb_pcn_2026_0415_varnado-25", pub="2026-04-15T09:00:00-05:00", title="Varnado's Catfish Kitchen marks 25 years in Magnolia",
body="""Twenty-five years, 1.4 million hushpuppies. Varnado's Catfish Kitchen on East Bay Street in Magnolia celebrates its silver anniversary this week.

Owner Kim Varnado opened the restaurant in 2001 with a borrowed fryer and her daddy's cornmeal recipe. Today it employs 22 people. "Friday nights it's standing room only," said longtime regular Lamar Pittman of Magnolia. Free peach cobbler Saturday for anyone who brings an old menu.""",
gold=[("MCB015", "subject")]),

dict(guid="mcb_pcn_2026_0428_star", pub="2026-04-28T09:00:00-05:00", title="McComb High names 2026 STAR Student",
body="""McComb High School senior Jasmine Lampton has been named the school's 2026 STAR Student, the highest academic honor for a Mississippi senior. She scored 34 on the ACT and will attend Tougaloo College on a full scholarship to study chemistry.

Jasmine is the daughter of Cedric and Tamika Lampton of McComb. She chose as her STAR Teacher Mrs. Angela Quin, her chemistry teacher.""",
gold=[("MCB019", "parent_of_subject"), ("MCB020", "parent_of_subject")]),

dict(guid="mcb_pcn_2026_0610_farm-family", pub="2026-06-10T09:00:00-05:00", title="Alfords named Pike County Farm Family of the Year",
body="""The Pike County Farm Bureau has named J.R. and Glenda Alford of Summit its 2026 Farm Family of the Year.

The Alfords grow blueberries, sweet potatoes and hay on 240 acres off Fernwood Road and run a pick-your-own patch that draws families from Baton Rouge and Jackson. Jimmie Ray Alford has served on the Farm Bureau board for nine years; Glenda Alford keeps the books and the farm's Facebook page. They will compete for the district title in August.""",
gold=[("MCB012", "subject"), ("MCB013", "subject")]),

dict(guid="mcb_pcn_2026_0702_library", pub="2026-07-02T09:00:00-05:00", title="Summit library roof fund reaches goal",
body="""The Friends of the Summit Library have raised the $48,000 needed to replace the library's leaking roof, board president Carolyn Wells announced.

Gifts of $1,000 or more came from Summit Rotary, First Bank, the family of the late Buddy Tadlock, Mary Alice Pounds, Tony and Rosemary Scalfano, and Dr. Neil Quin. Work begins in September.""",
gold=[]),

dict(guid="mcb_pcn_2026_0820_magee-30", pub="2026-08-20T09:00:00-05:00", title="Pastor Magee marks 30 years at Greater Mount Pilgrim",
body="""Greater Mount Pilgrim M.B. Church in McComb will celebrate the 30th pastoral anniversary of Rev. Alphonso Magee and First Lady Bernice Magee on Sunday, Aug. 30, at 3 p.m.

Rev. Magee came to Greater Mount Pilgrim in 1996 from a small church in Tylertown. Under his leadership the church built a family life center and started a Saturday tutoring program. Rev. Dr. T. L. Coney of Jackson will preach.""",
gold=[("MCB010", "subject")]),
]
