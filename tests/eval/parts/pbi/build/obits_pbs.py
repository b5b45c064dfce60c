"""The Palm Beach Sentinel: paid death notices as a daily newspaper runs them (surname-first headings in capitals,
a run-on paragraph, "Arrangements by ..."), plain text. Hand-labelled: `gold` beside each text."""

FEED = "pbs"
ITEMS = [
dict(guid="pbi_pbs_dn_2026_0112", pub="2026-01-20T04:30:00-05:00", title="QUENNEVILLE, Roland Joseph",
body="""QUENNEVILLE, Roland Joseph, 77, of Lake Worth Beach and Trois-Rivieres, Quebec, died January 17, 2026, at JFK Medical Center in Atlantis. For 31 winters Roland and his wife drove the 2,400 kilometres south the morning after the first snow, and for 31 winters he was the first man on the shuffleboard courts at Bryant Park. A retired machinist at the Kruger paper mill, he could fix anything with a motor and several things without one. He is survived by his wife of 52 years, Denise (Bellerose) Quenneville; his sons Martin of Trois-Rivieres and Luc of Montreal; his sisters Marguerite "Margo" Thistlewood (Van) of West Palm Beach and Ginette (Gus) Lachapelle of Lake Worth Beach; and five grandchildren. He was predeceased by his brother, Aurele. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at Sacred Heart Catholic Church, Lake Worth Beach; burial will take place in Quebec in the spring. Arrangements by Kessler-Dupont Funeral Home, Lake Worth Beach.""",
gold=[("PBI002", "survivor"), ("PBI001", "survivor"), ("PBI020", "survivor")]),

dict(guid="pbi_pbs_dn_2026_0147", pub="2026-02-09T04:30:00-05:00", title="THISTLEWOOD, Evander III",
body="""THISTLEWOOD, Evander III, 31, of Stuart, died unexpectedly February 5, 2026. Evan grew up on the St. Lucie River, graduated from South Fork High School and worked as a first mate on charter boats out of Manatee Pocket, where captains said he could find sailfish when nobody else could. He is survived by his parents, Evander Jr. and Colleen Thistlewood of Stuart; his sister, Brooke Thistlewood of Jensen Beach; his grandmother, Loretta Thistlewood of Vero Beach; and his daughter, Kaylee. A celebration of life will be held at Sandsprit Park on Saturday at 4 p.m. Arrangements by Seacoast Martin Funeral Services, Stuart.""",
gold=[]),

dict(guid="pbi_pbs_dn_2026_0203", pub="2026-03-11T04:30:00-04:00", title="SZCZEPANIK, Benedikt J. \"Ben\"",
body="""SZCZEPANIK, Benedikt J. "Ben", of Lake Worth, passed away March 8, 2026. A private service will be held. Arrangements by Lantana Road Cremation Society.""",
gold=[("PBI017", "possible_deceased_client")]),

dict(guid="pbi_pbs_dn_2026_0251", pub="2026-04-02T04:30:00-04:00", title="GANSEVOORT, Laurence H.",
body="""GANSEVOORT, Laurence H., 80, of Delmar, New York, who wintered on Singer Island for thirty years, died March 29, 2026, at his home in Delmar. Larry was a partner for four decades in an Albany law firm and a lifelong trustee of the Bethlehem Public Library. Every February he led a walking tour of the birds of the Riviera Beach marina for anyone who would come, and some years nobody did. He is survived by his wife of 55 years, Cynthia (Rourke) Gansevoort; his daughters, Abigail Gansevoort-Hume of Albany and Sarah Pell of Burlington, Vermont; and four grandchildren. A memorial service will be held in Delmar in May. Memorial gifts to the Audubon Society of the Everglades are welcome.""",
gold=[]),

dict(guid="pbi_pbs_dn_2026_0318", pub="2026-05-28T04:30:00-04:00", title="QUINONES, Marisol",
body="""QUINONES, Marisol, 44, of Kissimmee, formerly of Caguas, Puerto Rico, died May 24, 2026, after a long illness borne with enormous grace. Marisol was a dental hygienist and the loudest voice in the stands at every one of her children's softball games. She is survived by her husband, Edwin Rivera; her children, Adriana, Joel and Sofia; her mother, Carmen Betancourt of Caguas; and her brother, Hector Quinones of Orlando. A funeral Mass will be held Saturday at St. Rose of Lima Catholic Church, Kissimmee. Arrangements by Osceola Memory Gardens.""",
gold=[]),

dict(guid="pbi_pbs_dn_2026_0362", pub="2026-06-08T04:30:00-04:00", title="MARAGH, Ezekiel Augustus",
body="""MARAGH, Ezekiel Augustus, 88, of West Palm Beach and Mandeville, Jamaica, went home to be with the Lord on June 3, 2026. A tailor for sixty years, first on Manchester Road in Mandeville and then on Belvedere Road, he made the wedding suits of half the Jamaican men in Palm Beach County and never charged a pastor. Mr. Maragh was a founding member of the Palm Beach County Jamaican-American Association. He leaves to cherish his memory his daughters, Winsome Blackwood (Delroy) of Royal Palm Beach and Claudette Maragh-Reid of Brooklyn, N.Y.; his son, Errol Maragh of Kingston; nine grandchildren, among them Cmdr. Kemar Blackwood, U.S. Navy; and a host of nieces, nephews and friends. He was predeceased by his wife, Hyacinth. Viewing Friday 5-8 p.m.; service Saturday at 11 a.m. at Bethel Seventh-day Adventist Church, West Palm Beach. Arrangements by Royal Palm Memorial Chapels.""",
gold=[("PBI018", "survivor"), ("PBI019", "survivor")]),

dict(guid="pbi_pbs_dn_2026_0377", pub="2026-06-15T04:30:00-04:00", title="ARRIAGA, Mireya Cabrera",
body="""ARRIAGA, Mireya Cabrera, 61, of West Palm Beach, died June 11, 2026, surrounded by her family. Born in Santa Clara, Cuba, Mireya came to Miami in 1980 aboard a shrimp boat from Mariel and to West Palm Beach in 1986, where she kept the books of the family's auto glass business for thirty years and the recipe for her croquetas to herself for longer. She is survived by her husband of 38 years, Ignacio "Nacho" Arriaga; her daughters, Yamila Arriaga Ortiz (Raul) of Greenacres and Daylin Arriaga of Tampa; her mother, Esperanza Valdes Cabrera; and three grandchildren. Visitation Thursday 5-9 p.m. at the Palms West Funeral Chapel; Mass Friday at 10 a.m. at St. Juliana Catholic Church.""",
gold=[("PBI016", "survivor")]),

dict(guid="pbi_pbs_dn_2026_0429", pub="2026-08-03T04:30:00-04:00", title="KOWALCZYK, Stanley Walter",
body="""KOWALCZYK, Stanley Walter, 92, of Lantana, formerly of Buffalo, New York, died July 30, 2026. Stan worked 35 years for Bethlehem Steel in Lackawanna and retired to Florida with his late wife, Irene, in 1994, where he fished from the Lantana bridge every morning until he was 90. He is survived by his sons, Gary (Linda) Kowalczyk of Lake Worth and Dennis Kowalczyk of Cheektowaga, New York; and six grandchildren. A funeral Mass will be celebrated Thursday at Holy Spirit Catholic Church, Lantana. Arrangements by Kessler-Dupont Funeral Home.""",
gold=[]),
]
