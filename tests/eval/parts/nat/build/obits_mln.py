"""Miss-Lou Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled."""

FEED = "mln"
ITEMS = [
dict(guid="nat_mln_dn_260318_03", pub="2026-03-18T07:00:00-05:00", title="GAUDET, Percy",
body="""GAUDET, Percy, of Washington, Miss., died Tuesday, March 17, 2026. Arrangements are pending with Magnolia Bluffs Funeral Home.""",
gold=[("NAT009", "possible_deceased_client")]),

dict(guid="nat_mln_dn_260313_01", pub="2026-03-13T07:00:00-05:00", title="QUARLES, Horace Delery",
body="""QUARLES, Horace Delery, 84, of Natchez, retired Armstrong Tire machinist and deacon of Zion Hill M.B. Church, died March 7, 2026. Survived by his wife of 61 years, Odessa Batiste Quarles; daughters Sharon Quarles Hines and Denise Quarles; nephew Otis Fairley (Geneva). Homegoing Saturday, 11 a.m., Zion Hill M.B. Church. Sunrise Memorial Mortuary.""",
gold=[]),

dict(guid="nat_mln_dn_260205_02", pub="2026-02-05T07:00:00-06:00", title="TILLOTSON, Vera Mae",
body="""TILLOTSON, Vera Mae, 90, of Ferriday, La., died February 3, 2026. Survived by son Royce Tillotson of Ferriday; daughter Gail T. Rabb of Monroe. Services Saturday 2 p.m., Ferriday First Assembly of God.""",
gold=[]),

dict(guid="nat_mln_dn_260409_01", pub="2026-04-09T07:00:00-05:00", title="MAYFIELD, Doris Ann Guedry",
body="""MAYFIELD, Doris Ann Guedry, 71, of Natchez, died April 7, 2026. Survived by her husband of 49 years, Gerald Mayfield; sons Travis and Keith Mayfield; sisters Ann Marie Cothren of Vidalia and Jeanette Guedry Poole of Baton Rouge. Mass 10 a.m. Saturday, St. Mary Basilica.""",
gold=[("NAT004", "survivor")]),

dict(guid="nat_mln_dn_260128_01", pub="2026-01-28T07:00:00-06:00", title="JOLIVETTE, Agnes Marie",
body="""JOLIVETTE, Agnes Marie, 93, of Natchez, died January 26, 2026, less than three weeks after her brother Clement. Survived by her niece, Mrs. William "Buck" Pettaway of Natchez, and many other nieces and nephews. Rosary 10:30 a.m., Mass 11 a.m. Friday, St. Mary Basilica.""",
gold=[("NAT002", "survivor")]),
]
