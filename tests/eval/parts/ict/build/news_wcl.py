"""The Wichita Courier-Ledger: local and business news, plain text, bylines in dc:creator and in the text.
Hand-labelled."""

FEED = "wcln"
ITEMS = [
dict(guid="ict_wcl-news-2026-0131", pub="2026-01-31T06:30:00-06:00", by="Jordan Penner",
title="Pho bistro owner brings South Broadway flavors to Derby",
body="""By Jordan Penner, Courier-Ledger staff writer

DERBY - Kim Anh Pham has spent seventeen years turning out pho and com tam from a narrow storefront on South Broadway. In March she will open a second Pho Sai Gon Bistro in Derby, in the former bank building at Rock Road and Madison.

Pham, who came to Wichita as a six-year-old with her parents in 1982, said customers from Derby and Mulvane had been asking for years. "Half my lunch crowd drives twenty minutes," she said. "I figured I would save them the gas."

"I've eaten here every Friday since 2015," said Phuong Le, a regular who lives a few blocks from the original restaurant. "If she changes the broth I'm moving to Derby."

The new bistro will seat ninety and employ about twenty people.""",
gold=[("ICT007", "subject")]),

dict(guid="ict_wcl-news-2026-0219", pub="2026-02-19T06:30:00-06:00", by="Staff",
title="Fire guts Derby home; family and dogs escape",
body="""DERBY - A fire that started in an attached garage early Wednesday destroyed a home in the 1100 block of North Rock Road, fire officials said. Nobody was hurt.

Homeowner Kenny Voth, 55, said a smoke alarm woke him at about 3 a.m. He and his wife, Shelly, got out with their two dogs. "By the time we were in the yard the garage roof was gone," Voth said.

Next-door neighbor Tiffany Dyck called 911. "I saw the orange through my blinds and thought the sun was coming up the wrong way," she said.

The Derby Fire Department said the fire appears accidental and probably began with a battery charger. The American Red Cross is helping the family.""",
gold=[("ICT013", "subject")]),

dict(guid="ict_wcl-news-2026-0318", pub="2026-03-18T06:30:00-05:00", by="Jordan Penner",
title="Hesston plant's longtime welding chief retires after 41 years",
body="""By Jordan Penner, Courier-Ledger staff writer

HESSTON - When Dale Friesen started at the farm-equipment plant in 1985, the welding was done by hand and the swathers went out the door painted by brush. On Friday, the plant's welding superintendent clocked out for the last time after 41 years.

Friesen, 77, trained more than 600 welders, many of them graduates of the Hesston College and Hutchinson Community College programs he helped design. Co-workers gave him a welded steel wheat sheaf with every trainee's initials stamped on it.

"I'm going to fix my own combine for once," he said.""",
gold=[("ICT001", "subject")]),

dict(guid="ict_wcl-news-2026-0424", pub="2026-04-24T06:30:00-05:00", by="Staff",
title="Haysville tire shop burglarized for third time this year",
body="""HAYSVILLE - Thieves cut through the back wall of Alvarado Tire & Wheel on East Grand Avenue overnight Tuesday and took about $18,000 in tires and rims, police said.

It is the third break-in at the shop since January. Owner Ruben Alvarado said he has added cameras and a steel plate behind the drywall. "They came through the one wall I hadn't fixed yet," Alvarado said.

Haysville police arrested a 29-year-old Wichita man Thursday after officers found rims matching the shop's inventory listed for sale online. He was booked into the Sedgwick County jail on suspicion of burglary and theft.""",
gold=[("ICT022", "subject")]),

dict(guid="ict_wcl-news-2026-0610", pub="2026-06-10T06:30:00-05:00", by="Staff",
title="Newton library campaign tops $2 million goal",
body="""NEWTON - The campaign to expand the Newton Public Library has passed its $2 million goal, two months ahead of schedule, campaign chair Beverly Krehbiel announced Tuesday.

Lead gifts came from the Harvey County Community Foundation and the Newton Rotary Club. Among more than 400 individual donors listed at the library are Carolyn Janzen, Arlen and Joyce Stucky, Delbert and Irene Entz, Dale and Lorene Friesen and the Regier family in memory of Will Regier.

Construction of a children's wing and a Low German and Plautdietsch family-history room begins in September.""",
gold=[]),   # donor list -> nothing

dict(guid="ict_wcl-news-2026-0705", pub="2026-07-05T06:30:00-05:00", by="Staff",
title="Oklahoma City engineer Tommy Vo named to state transportation post",
body="""OKLAHOMA CITY - State officials announced Thursday that Tommy Vo, a 34-year-old bridge engineer from Oklahoma City, will lead the Oklahoma Department of Transportation's bridge inspection division.

Vo, a graduate of the University of Oklahoma, has spent his career with the department's Tulsa district. He replaces an engineer who retired in May.""",
gold=[]),   # namesake elsewhere, different age: ICT024 (Wichita, b. 1979) -> nothing
]
