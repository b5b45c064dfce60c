"""The Northern Basin Ledger (Worland daily): full obituaries with "Name, age, of Town" headings and terse paid
death notices with SURNAME-first headings. Plain text. Hand labels in gold=[(client_id, role), ...]."""

ITEMS = [
    dict(guid="wrl_nbl_obit_260112_kranzler", pub="2026-01-12T06:00:00-07:00",
         title="Werner Kranzler, 78, of Thermopolis",
         body="""
Werner Emil Kranzler, 78, of Thermopolis died Friday, Jan. 9, 2026, at Hot Springs Health in Thermopolis.

He was born July 2, 1947, in Worland to Emil and Gertrud (Baumann) Kranzler, and grew up on the family beet farm north of town with his sisters. He worked 41 years for the Wyoming Department of Transportation, most of them on the Wind River Canyon crew, and never missed a Hot Springs County Fair.

Survivors include his wife of 52 years, Hedda Kranzler of Thermopolis; his son, Rolf Kranzler of Casper; his sisters, Marlys (Tad) Vollenweider of Worland and Philomena "Mena" Drobnick of Thermopolis; and four grandchildren.

He was preceded in death by his parents and his brother, Emil Kranzler Jr.

A funeral will be held at 10 a.m. Thursday at Thermopolis First Lutheran Church, with the Rev. Anders Voight officiating. Burial will follow at Monument Hill Cemetery.
""",
         gold=[("WRL002", "survivor"), ("WRL001", "survivor"), ("WRL012", "survivor")]),

    dict(guid="wrl_nbl_obit_260205_tollefsrud", pub="2026-02-05T06:00:00-07:00",
         title="Gwendolyn 'Gwen' Tollefsrud, 83, of Ten Sleep",
         body="""
Gwendolyn Ilse "Gwen" Tollefsrud, 83, of Ten Sleep died Tuesday, Feb. 3, 2026, at her home on Pine Street, surrounded by family.

Gwen was born Nov. 27, 1942, in Buffalo to Ole and Ilse Amundgaard. She married Arvid Tollefsrud in 1963 and the couple ran sheep on the Nowood River for four decades. She taught piano to three generations of Ten Sleep children and played the organ at Ten Sleep Community Church for 50 years.

She is survived by her son, Leif Tollefsrud of Sheridan; her daughter, Karin (Mitch) Bayless of Ten Sleep; six grandchildren and two great-grandchildren.

She was preceded in death by her husband, Arvid, in 2011, and her brother, Nils Amundgaard.

Services will be at 11 a.m. Saturday at Ten Sleep Community Church, Pastor Glen Haugland officiating. Pallbearers are Jubal Ostermiller, Cody Bayless, Trevor Bayless and Lance Hively.
""",
         gold=[("WRL005", "deceased_client")]),

    dict(guid="wrl_nbl_notice_260223_schlenker", pub="2026-02-23T06:00:00-07:00",
         title="SCHLENKER, Lavern 'Vern'",
         body="""
SCHLENKER, Lavern "Vern", Manderson. Died Feb. 21, 2026, at Washakie Medical Center in Worland. Arrangements are pending with Bighorn Valley Funeral Chapel, Basin.
""",
         gold=[("WRL020", "possible_deceased_client")]),

    dict(guid="wrl_nbl_obit_260314_hergenreder", pub="2026-03-14T06:00:00-06:00",
         title="Cordell J. Hergenreder, 65, of Miles City, Mont.",
         body="""
Cordell James Hergenreder, 65, of Miles City, Montana, formerly of Broadus, died March 10, 2026, at Holy Rosary Healthcare in Miles City after a short illness.

Cordell was born Aug. 2, 1960, in Broadus to James and Lorraine Hergenreder. He drove truck for the Miles City Livestock Commission for 30 years and was a fixture at the Bucking Horse Sale.

He is survived by his wife, Pauline Hergenreder of Miles City; daughters Kayla (Dustin) Rehbein of Billings and Brandi Hergenreder of Glendive; his brother, Russ Hergenreder of Broadus; and his cousin, Cord Hergenreder of Greybull, Wyo., with whom he hunted elk every fall in the Big Horns.

A celebration of life will be held in Miles City this spring.
""",
         gold=[("WRL011", "survivor")]),

    dict(guid="wrl_nbl_notice_260304_fenstermaker", pub="2026-03-04T06:00:00-07:00",
         title="FENSTERMAKER, Ivadell",
         body="""
FENSTERMAKER, Ivadell, 91, Worland. Died March 2, 2026, at Worland Healthcare and Rehabilitation. Survived by son Darrow Fenstermaker, Worland; daughter Janelle Pruett, Riverton. Graveside service 2 p.m. Friday, Riverview Cemetery.
""",
         gold=[]),   # WRL022 Darrow Fenstermaker is do_not_contact

    dict(guid="wrl_nbl_obit_260406_ahlstrand", pub="2026-04-06T06:00:00-06:00",
         title="Leonard 'Butch' Ahlstrand, 72, of Kirby",
         body="""
Leonard "Butch" Ahlstrand, 72, of Kirby died April 3, 2026, at his home.

Butch was born in Thermopolis and spent his working life at the bentonite plant and, in later years, guiding fishermen on the Big Horn River below Wedding of the Waters. He could tie a fly in the cab of a pickup in a crosswind.

Survivors include his partner, Gloria Mattingly of Kirby; his daughter, Shelby Ahlstrand of Worland; and his granddaughter, Alyssa Zamarripa of Worland.

At his request there will be no services. Memorials may go to the Hot Springs County Pioneer Museum.
""",
         gold=[]),   # Alyssa Zamarripa is not a client (no word that she is Efrain and Rosie's daughter)

    dict(guid="wrl_nbl_obit_260427_ostrander", pub="2026-04-27T06:00:00-06:00",
         title="Gary Ostrander, 74, of Worland",
         body="""
Gary Dean Ostrander, 74, of Worland died Friday, April 24, 2026, at Washakie Medical Center.

Gary was born in Riverton and came to Worland in 1976 to work at the sugar factory, where he retired as a shift foreman. He coached Worland Little League for 22 years and kept the best-watered lawn on Robertson Avenue.

He is survived by his wife, Carol Ostrander of Worland; his son, Jory (Tamsin) Ostrander of Worland; his daughter, Melissa Kautz of Lander; and five grandchildren.

Services will be at 2 p.m. Thursday at Worland First Presbyterian Church.
""",
         gold=[("WRL019", "survivor")]),
]
