"""Central Arkansas Ledger paid death notices: surname-first headings, terse plain text. Hand-labelled."""

FEED = "cal"
ITEMS = [
dict(guid="lit_cal-dn-2026-01-23-04", pub="2026-01-23T05:30:00-06:00", title="HOLLOWELL, Janice Kay",
body="""HOLLOWELL, Janice Kay, 71, of Bryant, died Jan. 20, 2026. Retired from Saline County Circuit Clerk's office. Survived by husband of 50 years, Roy; daughters Rebecca "Becky" Hollowell of Bryant and Dana Hollowell Price (Trent) of Benton; four grandchildren. Service 2 p.m. Monday, Ashby Funeral Home, Bryant.""",
gold=[("LIT020", "survivor")]),

dict(guid="lit_cal-dn-2026-03-05-02", pub="2026-03-05T05:30:00-06:00", title="MORSANI, Angelo Pietro",
body="""MORSANI, Angelo Pietro, 88, of Tontitown, died March 2, 2026. Grape grower and lifelong member of St. Joseph Catholic Church; helped run the Tontitown Grape Festival spaghetti supper for 55 years. Preceded in death by wife Rosa (Bariola). Survived by daughters Carla D'Alessandro and husband Vinnie of Conway, and Lucia Morsani of Springdale; son Paul Morsani of Tontitown; seven grandchildren. Rosary 6 p.m. Thursday, Mass of Christian Burial 10 a.m. Friday at St. Joseph, Tontitown.""",
gold=[("LIT007", "survivor"), ("LIT006", "survivor")]),

dict(guid="lit_cal-dn-2026-04-14-01", pub="2026-04-14T05:30:00-05:00", title="PRUITT, Harold Wayne \"Hal\"",
body="""PRUITT, Harold Wayne "Hal", 84, of Greenbrier, Tenn., died April 11, 2026, in Nashville. Retired Robertson County road foreman. Survived by wife of 60 years, Norma; sons Wayne and Gary; a daughter, Angela Pruitt Simms. Service Thursday at Greenbrier (Tenn.) Funeral Home; burial Greenbrier Cemetery. Notice placed by family in Little Rock.""",
gold=[]),

dict(guid="lit_cal-dn-2026-06-04-03", pub="2026-06-04T05:30:00-05:00", title="LEDBETTER, Dwayne Allen",
body="""LEDBETTER, Dwayne Allen, 23, of Cabot, died June 1, 2026, of injuries received in a single-vehicle accident on Hwy. 5. Cabot High School class of 2021, lineman for First Electric Cooperative. Survived by his parents, Ronnie and Tina Ledbetter of Cabot; a sister, Haley; grandparents Wanda Ledbetter and Jim and Carol Sutton. Service 10 a.m. Saturday at Westside Church of Christ, Cabot.""",
gold=[]),

dict(guid="lit_cal-dn-2026-07-16-02", pub="2026-07-16T05:30:00-05:00", title="ORTIZ MALDONADO, Refugio",
body="""ORTIZ MALDONADO, Refugio, 81, of Bryant, formerly of San Miguel de Allende, Guanajuato, died July 13, 2026. Survived by her children, Lupe Hernández and her husband Rogelio of Bryant, Javier Ortiz of Houston and Marisol Ortiz of León, Guanajuato; eleven grandchildren. Rosario 7 p.m. Thursday, Misa Friday 10 a.m., Our Lady of Fatima Catholic Church, Benton.""",
gold=[("LIT012", "survivor"), ("LIT013", "survivor")]),

dict(guid="lit_cal-dn-2026-08-07-01", pub="2026-08-07T05:30:00-05:00", title="RANALLI, Dominic Sr. \"Dom\"",
body="""RANALLI, Dominic Sr. "Dom", 79, of Benton, died Aug. 4, 2026. Born Feb. 26, 1947, in Tontitown; owned Ranalli's Pizza & Pasta on Military Road, Benton, 1979-2015. Survived by his wife of 54 years, Joyce; son Dominic Ranalli Jr. (Angie) of Bryant; daughter Gina Ranalli Cole of Conway; sister Terri Bariola of Little Rock; six grandchildren. Mass 10 a.m. Monday, Our Lady of Fatima, Benton.""",
gold=[("LIT009", "deceased_client"), ("LIT008", "survivor")]),

dict(guid="lit_cal-dn-2026-11-11-05", pub="2026-11-11T05:30:00-06:00", title="CARDENAS VILLARREAL, Jose Luis",
body="""CARDENAS VILLARREAL, José Luis, of Little Rock, died Nov. 8, 2026. Rosary 7 p.m. Thursday and funeral Mass 10 a.m. Friday at St. Theresa Catholic Church, Baseline Road. Arrangements by Griffin Leggett Healey & Roth.""",
gold=[("LIT014", "possible_deceased_client")]),
]
