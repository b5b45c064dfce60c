"""The Baltimore Chronicle-Sentinel paid death notices: surname-first headings, terse plain text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="bal_dn_2026-0131-0412", pub="2026-01-31T04:00:00-05:00", title="PETTAWAY, Deacon Lucius",
body="""PETTAWAY, Deacon Lucius, 91, on January 7, 2026. Beloved father of Bernice Whitlock (Reggie) and Lucius Jr.; brother of Mattie Graves. Also survived by 7 grandchildren and 11 great-grandchildren. Services were held January 17 at Greater Mount Moriah Baptist Church. The family thanks all for their kindness.""",
gold=[]),   # later second copy of the Harbor & Hill obituary: labelled on the earlier copy only

dict(guid="bal_dn_2026-0318-0150", pub="2026-03-18T04:00:00-04:00", title="LOCKLEAR, Harold Dean",
body="""LOCKLEAR, Harold Dean, 69, of Pembroke, N.C., on March 14, 2026. Husband of Patsy (Brooks) Locklear; father of Dean and Renee; brother of Wilton and Ardella. Services at Prospect United Methodist Church, Maxton, N.C. Friends in Baltimore may sign the guest book online.""",
gold=[]),   # namesake in North Carolina, different wife: nothing for BAL010 (Glen Burnie)

dict(guid="bal_dn_2026-0415-0233", pub="2026-04-15T04:00:00-04:00", title="WOJCIK, Stanislaw J. \"Stan\"",
body="""WOJCIK, Stanislaw J. "Stan", 80, of Fells Point, on April 11, 2026. Beloved husband of 56 years of Helen (nee Zielinski) Wojcik; devoted father of Mark Wojcik and Anna Sutton; dear grandfather of four. Stan was a tugboat engineer with the Baker-Whiteley line for 40 years and a lifelong member of St. Stanislaus Kostka parish. Friends may call at the Krajewski Funeral Home, 1637 Bank St., Thursday 3-7 p.m. Mass of Christian Burial Friday 10 a.m. at Holy Rosary Church. Interment Holy Rosary Cemetery.""",
gold=[("BAL005", "deceased_client"), ("BAL006", "spouse_of_deceased_client")]),

dict(guid="bal_dn_2026-0423-0311", pub="2026-04-23T04:00:00-04:00", title="KOWALCHUK, Maria (nee Hnatiuk)",
body="""KOWALCHUK, Maria (nee Hnatiuk), 74, of Dundalk, on April 20, 2026. Beloved wife of Bohdan "Dan" Kowalchuk; loving mother of Roman Kowalchuk of Perry Hall and Halyna Petrenko of Parma, Ohio; grandmother of five. Born in Ternopil. Panakhyda Sunday 6 p.m. at the Ruck Funeral Home, Dundalk. Divine Liturgy Monday 10 a.m. at St. Michael the Archangel Ukrainian Catholic Church, Wolfe Street. Vichnaya pamyat.""",
gold=[("BAL007", "survivor")]),

dict(guid="bal_dn_2026-05-02-0187", pub="2026-05-02T04:00:00-04:00", title="O'NEILL, Patricia Ann \"Trish\"",
body="""O'NEILL, Patricia Ann "Trish", 68, of Scranton, Pa., on April 28, 2026. Wife of Michael J. O'Neill; mother of Kevin and Siobhan; sister of Mary Kate Boyle of Wilkes-Barre. Retired nurse at Moses Taylor Hospital. Mass at St. Peter's Cathedral, Scranton. Friends in Baltimore remember her from her years at Mercy.""",
gold=[]),  # far-away namesake of BAL022 (Catonsville), with a husband BAL022 does not have: nothing

dict(guid="bal_dn_2026-05-19-0240", pub="2026-05-19T04:00:00-04:00", title="DABROWSKI, Irene T. (nee Sadowski)",
body="""DABROWSKI, Irene T. (nee Sadowski), 93, of Fells Point, on May 16, 2026. Wife of the late Walter Dabrowski; devoted mother of Leon Dabrowski of Baltimore and Patricia "Trish" O'Neill of Catonsville; grandmother of Colleen and Brian. Irene worked the counter at the Broadway Market for 40 years. Mass Thursday 11 a.m. at St. Casimir Church, O'Donnell Street. In lieu of flowers, donations to the Polish Home Hall.""",
gold=[("BAL022", "survivor")]),   # Leon Dabrowski (BAL023) is do_not_contact: nothing

dict(guid="bal_dn_2026-05-30-0099", pub="2026-05-30T04:00:00-04:00", title="BRZEZINSKI, Edward A.",
body="""BRZEZINSKI, Edward A., 88, of Canton, on May 27, 2026. Husband of the late Genevieve; father of Thomas and Linda Brzezinski; grandfather of three. Korean War veteran, U.S. Navy. Services private. Donations to the Canton Branch, Enoch Pratt Free Library.""",
gold=[]),

dict(guid="bal_dn_2026-06-05-0120", pub="2026-06-05T04:00:00-04:00", title="MARINOS, Theodora",
body="""MARINOS, Theodora, of Towson, on June 2, 2026. Services private. Arrangements by the Lassahn Funeral Home.""",
gold=[("BAL017", "possible_deceased_client")]),   # same name and town, no age, no family: please verify

dict(guid="bal_dn_2026-02-24-0177", pub="2026-02-24T04:00:00-05:00", title="ZIELINSKI, Walter F.",
body="""ZIELINSKI, Walter F., 81, of Essex, on February 21, 2026. Beloved husband of the late Dorothy; devoted father of Gregory and Lisa Zielinski; dear brother of Helen (Stan) Wojcik of Fells Point and the late Casimir Zielinski. Retired Baltimore City fireman, Engine 2. Friends may call at the Evans Funeral Chapel, Parkville, Friday 2-4 and 6-8. Mass Saturday 10 a.m. at Our Lady of Mount Carmel.""",
gold=[("BAL006", "survivor"), ("BAL005", "survivor")]),
]
