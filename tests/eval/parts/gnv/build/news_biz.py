"""North Central Florida Business Report (Gainesville, Ocala, Lake City): a business paper, plain text.
Hand-labelled."""

FEED = "biz"
ITEMS = [
dict(guid="gnv_ncfbr_2026_0216_feedseed", pub="2026-02-16T06:00:00-05:00",
title="Strickland Feed & Seed marks 50 years on U.S. 441",
body="""HIGH SPRINGS - When Hollis and Darlene Strickland bought a cinder-block feed store north of High Springs in 1976, the inventory was horse feed, hog wire and a drink box. Fifty years later, Strickland Feed & Seed sells everything from chick starter to hunting licenses and employs eleven people, three of them Stricklands.

The couple will celebrate the store's 50th anniversary with a customer cookout on Feb. 28. Hollis Strickland, 70, still opens the doors at 6:30 every morning; Darlene keeps the books and the store's famous bulletin board of lost dogs and hay for sale.

"We never got rich, but we never missed a payroll," Darlene Strickland said. Their son, Travis, is expected to take over day-to-day management next year.""",
gold=[("GNV008", "subject"), ("GNV009", "subject")]),

dict(guid="gnv_ncfbr_2026_0309_credit-union", pub="2026-03-09T06:00:00-04:00",
title="Prairie Federal Credit Union promotes Ransom to senior vice president",
body="""GAINESVILLE - Prairie Federal Credit Union has promoted Keisha Ransom to senior vice president of member lending, the first Black woman to hold a senior executive post at the $900 million credit union.

Ransom, a Gainesville native and graduate of Eastside High School and Florida A&M University, joined Prairie Federal as a teller in 2007. She has led its mortgage department since 2019 and built its first-time homebuyer program, which has closed more than 1,100 loans in east Gainesville and rural Alachua County.""",
gold=[("GNV014", "subject")]),

dict(guid="gnv_ncfbr_2026_0406_parks-kitchen", pub="2026-04-06T06:00:00-04:00",
title="Park's Kitchen to open second location in Alachua's Main Street district",
body="""ALACHUA - Park's Kitchen, the Korean comfort-food restaurant that has drawn lines of UF students to West University Avenue since 2017, will open a second location on Main Street in downtown Alachua this summer.

Owner Soo-jin Park signed a lease on the former Hitchcock's hardware building last week and plans a 70-seat dining room with a walk-up window for kimbap and fried chicken. Park, who came to Gainesville as a UF graduate student in chemistry and never left, said the Alachua location will add about 25 jobs.""",
gold=[("GNV018", "subject")]),

dict(guid="gnv_ncfbr_2026_0525_gala", pub="2026-05-25T06:00:00-04:00",
title="Children's hospital gala raises a record $2.1 million",
body="""GAINESVILLE - The annual Starry Night gala for UF Health Shands Children's Hospital raised a record $2.1 million on Saturday at the Curtis M. Phillips Center, organizers said.

Presenting sponsor Gator Country Ford gave $250,000. Donors at the Champion level included Dr. Priya Venkataraman, Lyle and Susan Cannington of Cannington Oaks Farm, Edwin and Maritza Rivera, and Santa Fe Orthopaedics. Proceeds go to the hospital's new pediatric cardiac intensive care unit.""",
gold=[]),

dict(guid="gnv_ncfbr_2026_0629_extension", pub="2026-06-29T06:00:00-04:00",
title="Taylor County extension director Futch retires after 34 years",
body="""PERRY - Dorsey Futch, director of the UF/IFAS Extension office in Taylor County since 1992, retired Friday after 34 years of forestry field days, 4-H livestock shows and late-night calls about sick cattle.

Futch, 66, a Perry native, plans to stay in Taylor County and "finally plant my own garden." He will be succeeded by Amanda Whiddon, the office's agriculture agent.""",
gold=[]),

dict(guid="gnv_ncfbr_2026_0720_pitch", pub="2026-07-20T06:00:00-04:00",
title="Drone-mapping startup wins Innovation Hub pitch night",
body="""GAINESVILLE - SpringShed Analytics, a two-person startup that maps invasive plants in north Florida springs with drones, won $25,000 at the Innovation Hub's summer pitch night on Thursday.

Founders Lauren Oyelaran and Tyler Goff beat out nine other companies. Judges included Wyatt Thrasher, an agricultural engineer with Santa Fe Ag Systems; Keisha Ransom of Prairie Federal Credit Union; and angel investor Mark Delaney.""",
gold=[]),

dict(guid="gnv_ncfbr_2026_1005_breeder", pub="2026-10-05T06:00:00-04:00",
title="Ocala's Cannington Oaks Farm named Florida Breeder of the Year",
body="""OCALA - Cannington Oaks Farm, the 240-acre thoroughbred operation northwest of Ocala owned by Lyle and Susan Cannington, has been named Florida Breeder of the Year by the Florida Thoroughbred Breeders' and Owners' Association.

The farm bred three stakes winners this year, including the two-year-old filly Santa Fe Sunrise. Lyle Cannington, 65, a former farrier, bought the property in 1998 with twelve broodmares. "Marion County dirt does the work," he said. "We just keep the fences up." """,
gold=[("GNV017", "subject")]),
]
