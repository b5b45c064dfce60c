"""Bighorn Valley Funeral Chapel (Worland, Basin and Greybull chapels): funeral-home site, HTML body in
content:encoded, one-sentence plain description. Hand labels in gold=[(client_id, role), ...]."""

ITEMS = [
    dict(guid="wrl_bvf_2026_0211_sawtell", pub="2026-02-11T10:30:00-07:00",
         title="Orrin Leland Sawtell Sr.",
         body="""
Orrin Leland Sawtell Sr., 97, of Cody, formerly of Meeteetse, passed away peacefully on Sunday, February 8, 2026, at Cody Regional Health Long Term Care.

Orrin was born March 14, 1928, on the Greybull River west of Meeteetse, the son of Leland and Vera Sawtell. He ranched the home place for sixty years, served as a Park County commissioner and rode in the Meeteetse Labor Day parade until he was 94.

He is survived by his son, Orrin Sawtell Jr. (Della) of Meeteetse; his daughter, Vera Lynn Tolman of Powell; seven grandchildren, fifteen great-grandchildren and one great-great-grandson.

He was preceded in death by his wife of 68 years, Edna, in 2019.

Funeral services will be held at 11 a.m. Saturday, February 14, at the Meeteetse Community Church. Interment will follow at the Meeteetse Cemetery.
""",
         gold=[("WRL017", "survivor"), ("WRL018", "survivor")]),

    dict(guid="wrl_bvf_2026_0226_etchemendy", pub="2026-02-26T15:10:00-07:00",
         title="Jean Baptiste \"Johnny\" Etchemendy",
         body="""
Jean Baptiste "Johnny" Etchemendy, 79, of Basin died Monday, February 23, 2026, at South Big Horn County Hospital.

Johnny was born in Buffalo to a Basque sheepherding family that came from the Aldudes valley, and moved to Basin with his older brother in 1966. He ran sheep on the Big Horn Basin's east side and later the Basin Feed & Seed. He made the best chorizo in Big Horn County and would tell you so.

He is survived by his brother, Augustin "Gus" Etchemendy, and Gus's wife, Ardith, of Basin; his niece, Roxanne Quaschnick, and her husband, Del, of Worland; his nephew, Michel Etchemendy of Boise, Idaho; and many cousins in Buffalo and in France.

A Mass of Christian Burial will be celebrated at 10 a.m. Monday at St. Mary Magdalen Catholic Church in Worland. Burial will be in the Basin Cemetery.
""",
         gold=[("WRL013", "survivor"), ("WRL014", "survivor"), ("WRL004", "survivor"), ("WRL003", "survivor")]),

    dict(guid="wrl_bvf_2026_0318_whitlock", pub="2026-03-18T09:00:00-06:00",
         title="Norma Jean Whitlock",
         body="""
Norma Jean Whitlock, 88, of Greybull passed away March 16, 2026, at Bonnie Bluejacket Memorial Nursing Home.

Norma was born in Shell and graduated from Greybull High School in 1955. She worked at the Greybull post office for 31 years and knew every box holder by name.

She is survived by her daughters, Debra Whitlock of Greybull and Sharon (Kirk) Lemmon of Lovell, and three grandchildren.

Services will be held at 2 p.m. Friday at the Greybull chapel. Casket bearers will be Cord Hergenreder, Kirk Lemmon, Tyler Lemmon and Ross Whitlock. The family thanks the staff of Bonnie Bluejacket for their loving care.
""",
         gold=[]),   # WRL011 is a casket bearer only

    dict(guid="wrl_bvf_2026_0409_ostermiller", pub="2026-04-09T11:45:00-06:00",
         title="Harriet Ostermiller",
         body="""
Harriet Ann Ostermiller, 90, of Hyattville died April 6, 2026, at Washakie Medical Center in Worland.

Harriet was born on the Paintrock Creek homestead her grandparents proved up in 1911 and lived within five miles of it her whole life. She cooked for brandings and shipping day until she was 85.

She is survived by her sons, Jubal (Kaye) Ostermiller of Hyattville and Wade Ostermiller of Casper; her sister, Opal Rhoades of Ten Sleep; eight grandchildren and eleven great-grandchildren.

Funeral services will be held at 1 p.m. Saturday at the Hyattville Community Hall with burial in the Hyattville Cemetery.
""",
         gold=[("WRL024", "survivor")]),

    dict(guid="wrl_bvf_2026_0421_loveland", pub="2026-04-21T10:00:00-06:00",
         title="Beatrice Loveland",
         body="""
Beatrice "Bea" Loveland, 84, of Powell went home to the Lord on April 18, 2026, at Powell Valley Care Center.

Bea was born in Deaver and taught second grade at Westside Elementary in Powell for 33 years. She was a 4-H leader, a Shoshone Project water-board watcher and a formidable pinochle player.

She is survived by her daughter, Corinne (Dr. Wendell) Pfannenstiel of Powell; her son, Gerald Loveland of Cheyenne; and five grandchildren.

A memorial service will be held at 10 a.m. Tuesday at Powell Church of the Nazarene.
""",
         gold=[("WRL015", "survivor")]),

    dict(guid="wrl_bvf_2026_0502_villalobos", pub="2026-05-02T13:20:00-06:00",
         title="Rodrigo \"Rudy\" Villalobos",
         body="""
Rodrigo "Rudy" Villalobos, 67, of Worland passed away April 29, 2026, at St. Vincent Regional Hospital in Billings.

Rudy came to Worland from Crystal City, Texas, as a boy, thinning beets with his family, and worked 38 years at the sugar factory. He was a proud member of the Knights of Columbus.

He is survived by his wife, Esperanza Villalobos; his sons, Rudy Jr. and Adrian, both of Worland; and his daughter, Marisa Villalobos of Casper.

The Rosary will be prayed at 7 p.m. Monday and the funeral Mass celebrated at 10 a.m. Tuesday at St. Mary Magdalen Catholic Church. Pallbearers are Efrain Zamarripa, Tony Rios, Manuel Ortega, Rudy Villalobos Jr., Adrian Villalobos and Luis Olivas. A meal will follow in the parish hall.
""",
         gold=[]),   # WRL010 Efrain Zamarripa is a pallbearer only

    dict(guid="wrl_bvf_2026_0516_etchemendy", pub="2026-05-16T09:30:00-06:00",
         title="Ardith Lou Etchemendy",
         body="""
Ardith Lou Etchemendy, 79, of Basin passed away Thursday, May 14, 2026, at her home with her family at her side.

Ardith was born June 11, 1946, in Greybull to Nels and Oda Sorensen. She married Augustin "Gus" Etchemendy on June 22, 1968, at St. Mary Magdalen in Worland. She kept the books for Basin Feed & Seed, led the Basin Garden Club and was named Basin's Citizen of the Year with Gus in January.

She is survived by her husband of 57 years, Gus, of Basin; her daughter, Roxanne (Del) Quaschnick of Worland; her son, Pete Etchemendy of Gillette; her brother, Carl Sorensen of Greybull; and five grandchildren, including Washakie County Fair queen candidate Anneliese Quaschnick.

A Mass of Christian Burial will be celebrated at 10 a.m. Wednesday at St. Mary Magdalen Catholic Church in Worland.
""",
         gold=[("WRL014", "deceased_client"), ("WRL013", "spouse_of_deceased_client"),
               ("WRL004", "survivor"), ("WRL003", "survivor")]),
]
