"""Souris Valley Courier (Minot daily newspaper, invented): paid death notices and obituaries, surname-first
headings, plain text. Hand-labelled (`gold`)."""

FEED = "svc"
ITEMS = [
dict(guid="mot_svc_obit_260112_0418", pub="2026-01-12T05:15:00-06:00", title="GIETZEN, Anton J.",
body="""MINOT - Anton Joseph Gietzen, 91, Minot, died Friday, Jan. 9, 2026, at Trinity Homes, Minot.

Anton was born Aug. 2, 1934, on the family farm near Karlsruhe to Johannes and Barbara (Volk) Gietzen and grew up speaking German at home. He farmed near Karlsruhe until 1979, when he moved to Minot and went to work for the Great Northern shops. He married Magdalena Baumgartner on Oct. 14, 1958, at St. Boniface Church, Karlsruhe; she died in 2014.

He loved polka Sundays, kuchen and a good game of Schafkopf, and he kept a garden on 16th Street that the whole block ate from.

Survivors: his sister, Bernadine "Bernie" Zimbelman, Minot; nieces and nephews.

He was preceded in death by his wife; his parents; brothers, Peter and Emil; and his sister, Theresa Hoffer.

Mass of Christian Burial: 10 a.m. Wednesday, St. Leo the Great Catholic Church, Minot. Rosary: 7 p.m. Tuesday at Thorvaldsen-Brekke Funeral Chapel, Minot. Pallbearers will be Ludwig Fettig, Gary Hoffer, Mark Hoffer and Joe Volk. Burial in the spring at St. Boniface Cemetery, Karlsruhe.""",
gold=[("MOT014", "survivor")]),

dict(guid="mot_svc_obit_260203_0522", pub="2026-02-03T05:15:00-06:00", title="BJORNSTAD, Halvard O.",
body="""KENMARE - Halvard Olaf Bjornstad, 88, Kenmare, died Saturday, Jan. 31, 2026, at Kenmare Community Hospital.

He was born April 4, 1937, in Kenmare to Olaf and Inga Bjornstad. He served in the Army in Germany, came home to farm northwest of Kenmare, and was a member of the Kenmare Sons of Norway lodge for 60 years. He married Edna Kolstad on June 9, 1962.

Survivors: his wife, Edna, Kenmare; sons, Carl (Denise) Bjornstad, Kenmare, and Gene Bjornstad, Minneapolis; five grandchildren.

Funeral: 2 p.m. Friday, Kenmare Lutheran Church. Burial: Kenmare City Cemetery. Arrangements: Kenmare Funeral Home.""",
gold=[]),

dict(guid="mot_svc_obit_260317_0611", pub="2026-03-17T05:15:00-05:00", title="TOLLEFSRUD, Arnfinn O. \"Arnie\"",
body="""MINOT - Arnfinn O. "Arnie" Tollefsrud, 84, Minot, died Saturday, March 14, 2026, at his home, with his family around him.

Arnie was born June 14, 1941, in Ryder to Ole and Clara Tollefsrud. He graduated from Ryder High School and from Minot State Teachers College, and taught industrial arts at Minot High School for 31 years; generations of Magicians carried home a birdhouse or a gun rack he had made them sand three times. On Aug. 20, 1964, he married Solveig Haugrud at Nidaros Lutheran Church, Minot.

He is survived by his wife of 61 years, Solveig (Haugrud) Tollefsrud, Minot; his son, Jon Tollefsrud, Minot; his daughter, Kari (Todd) Brekhus, Bismarck; four grandchildren; and his brother-in-law, Marvin Haugrud, Minot.

He was preceded in death by his parents and his sisters, Alma and Dagny.

Funeral: 11 a.m. Friday, Nidaros Lutheran Church, Minot, with the Rev. Erling Stavenes officiating. Visitation one hour before the service. Burial: Rose Hill Memorial Park, Minot.""",
gold=[("MOT001", "deceased_client"), ("MOT002", "spouse_of_deceased_client")]),

dict(guid="mot_svc_obit_260408_0705", pub="2026-04-08T05:15:00-05:00", title="SORTEBERG, Dwayne A. Sr.",
body="""BURLINGTON - Dwayne Arthur Sorteberg Sr., 86, Burlington, died Sunday, April 5, 2026, at Trinity Hospital, Minot.

Dwayne was born Sept. 19, 1939, in Burlington. In 1961 he opened Sorteberg Implement on Highway 2 with one used tractor and a borrowed shop; he ran it for 40 years before handing the keys to his son. He served on the Burlington City Council and the Des Lacs River Watershed Board.

Survivors: his son, Dwayne Sorteberg Jr. and his wife, Lorna, Burlington; his daughter, Carolyn (Greg) Wahl, Fargo; seven grandchildren; and 10 great-grandchildren.

Preceded in death by his wife, Phyllis, in 2019.

Funeral: 10:30 a.m. Saturday, Our Saviour's Lutheran Church, Burlington, the Rev. Erling Stavenes officiating. Visitation: 5-7 p.m. Friday, Thorvaldsen-Brekke Funeral Chapel, Minot.""",
gold=[("MOT005", "survivor"), ("MOT006", "survivor")]),

dict(guid="mot_svc_obit_260511_0233", pub="2026-05-11T05:15:00-05:00", title="KVAMME, Orrin",
body="""BERTHOLD - Orrin Kvamme, Berthold, died Saturday, May 9, 2026, in Minot. Arrangements are pending with Thorvaldsen-Brekke Funeral Chapel, Minot.""",
gold=[("MOT013", "possible_deceased_client")]),

dict(guid="mot_svc_obit_260602_0877", pub="2026-06-02T05:15:00-05:00", title="SKRIVSETH, Gudrun M.",
body="""SAWYER - Gudrun Marie Skrivseth, 58, Sawyer, died Friday, May 29, 2026, at Sanford Medical Center, Bismarck, after a two-year fight with ovarian cancer.

Gudrun Marie Sandvig was born March 3, 1968, in Minot. She married Lyle Skrivseth on July 1, 1989, and, as she liked to say, inherited a farm, a husband and a famous first name all in one afternoon. She was the Sawyer Public School cook for 22 years.

Survivors: her husband, Lyle, Sawyer; her children, Brett (Amanda) Skrivseth, Minot, and Tessa Skrivseth, Grand Forks; her parents, Arvid and Joan Sandvig, Minot; her mother-in-law and namesake, Gudrun Skrivseth, Sawyer; and two grandchildren.

Funeral: 1 p.m. Friday, Sawyer Lutheran Church. Burial: Sawyer Cemetery.""",
gold=[("MOT017", "survivor")]),

dict(guid="mot_svc_obit_260624_0190", pub="2026-06-24T05:15:00-05:00", title="FJELDAHL, Harriet L.",
body="""MINOT - Harriet Louise Fjeldahl, 90, Minot, died Monday, June 22, 2026, at Manor Care, Minot.

Harriet was born Jan. 6, 1936, in Des Lacs. She worked 25 years at the Ward County Courthouse and sang alto in the Minot Chamber Chorale.

Survivors: her daughter, Lorna (Dwayne) Sorteberg, Burlington; her son, Neil Fjeldahl, Spokane, Wash.; four grandchildren; and her sister, Edith Rue, Des Lacs.

Preceded in death by her husband, Selmer, in 2008.

Memorial service: 2 p.m. Monday, Vincent United Methodist Church, Minot.""",
gold=[("MOT006", "survivor"), ("MOT005", "survivor")]),

dict(guid="mot_svc_obit_260721_0344", pub="2026-07-21T05:15:00-05:00", title="MALSAM, Reuben James",
body="""BISMARCK - Reuben James Malsam, 24, Bismarck, died Friday, July 17, 2026, in a motorcycle accident near Mandan.

Reuben was born April 30, 2002, in Bismarck to Craig and Tina Malsam and was named for his grandfather. He graduated from Century High School and was an apprentice lineman with Capital Electric Cooperative.

Survivors: his parents, Craig and Tina Malsam, Bismarck; his sister, Kylie, Bismarck; his grandparents, Reuben and Vangie Malsam, Burlington, and Dennis and Pat Heinert, Mandan; and his girlfriend, Shay Lunder.

Funeral: 10 a.m. Thursday, Church of Corpus Christi, Bismarck. Arrangements: Eastgate Funeral Service, Bismarck.""",
gold=[("MOT021", "survivor"), ("MOT020", "survivor")]),
]
