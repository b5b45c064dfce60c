"""Bear Paw Chapel & Crematory, Havre and Chinook (invented funeral home): obituaries from the chapel's site, a
one-sentence plain `description` and the HTML text in `content:encoded`, titles "Name (1939 - 2026)".
Hand-labelled."""

FEED = "bpc"
ITEMS = [
dict(guid="hvr_bpc_arlene-mae-lindvall", pub="2026-01-23T14:10:00-07:00", title="Arlene Mae Lindvall (1939 - 2026)",
body="""Arlene Mae Lindvall, 86, of Gildford, went home to be with her Lord on January 19, 2026, at Northern Montana Care Center in Havre.

Arlene was born March 30, 1939, in Hingham to Lars and Ruth Enger. She married Vernon Lindvall in 1958 and together they farmed north of Gildford, where she kept the books, the garden and the peace. She taught Sunday school at Gildford Lutheran for 40 years and her rhubarb custard pie took a blue ribbon at the Great Northern Fair eleven times.

Arlene is survived by her daughter, Shauna Quisenberry (Bart) of Havre; her son, Lyle Lindvall of Gildford; her grandchildren, Kenzie and Brody Quisenberry and Ella Lindvall; and her sister, Doris Enger of Seattle. She was preceded in death by her husband, Vernon, in 2015.

A funeral service will be held at 1 p.m. Tuesday, January 27, at Gildford Lutheran Church. Memorials may be made to the Gildford Lutheran Church roof fund.""",
gold=[("HVR017", "survivor"), ("HVR016", "survivor")]),

dict(guid="hvr_bpc_olaf-tveitbakk", pub="2026-03-20T11:45:00-06:00", title="Olaf Tveitbakk (1937 - 2026)",
body="""Olaf Tveitbakk, 88, of Chester, passed away March 16, 2026, at the Liberty County Nursing Home.

Olaf was born in Joplin in 1937, the son of Norwegian immigrants Anders and Sigrid Tveitbakk, and farmed the Tveitbakk place north of Joplin from 1958 until his nephew took it over. He never married. He was known up and down the Hi-Line for his lefse and for the fact that he had not missed a Sunday at Joplin Lutheran since 1961.

He is survived by his brother, Knut Tveitbakk of Stavanger, Norway; his nephew, Ansgar Tveitbakk of Inverness, who farmed beside him for fifteen years; and nieces Marit and Solveig in Norway. He was preceded in death by his parents and his sister, Ingrid.

Funeral services will be held at 11 a.m. Monday at Joplin Lutheran Church, with burial in the Joplin Cemetery.""",
gold=[("HVR020", "survivor")]),

dict(guid="hvr_bpc_solveig-tvedt-brusven", pub="2026-05-08T16:20:00-06:00", title="Solveig Tvedt Brusven (1946 - 2026)",
body="""Solveig Tvedt Brusven, 79, of Hingham, died May 4, 2026, at her home, with her daughters beside her.

Solveig was born in 1946 in Rudyard to Knute and Alma Tvedt, the youngest of four girls. She was a nurse at Northern Montana Hospital for 33 years and a lifelong member of Trinity Lutheran Church in Hingham.

She is survived by her daughters, Karla (Jim) Oie of Hingham and Tina Brusven of Missoula; her sister, Gladys Ackerlund of Rudyard; and five grandchildren. She was preceded in death by her husband, Arlo Brusven; her sisters, Margit and Ella; and her brother-in-law, Ferd Ackerlund.

A memorial service will be held at 2 p.m. Saturday at Trinity Lutheran Church, Hingham.""",
gold=[("HVR008", "survivor")]),

dict(guid="hvr_bpc_rosalind-ann-mcquilkin", pub="2026-06-12T10:05:00-06:00", title="Rosalind Ann McQuilkin (1978 - 2026)",
body="""Rosalind Ann McQuilkin, 47, of Spokane Valley, Washington, died June 7, 2026, after a long illness.

Rosalind was born in Lewistown, Montana, in 1978 and moved to Spokane after college, where she was a pharmacist at Providence Sacred Heart for twenty years. She loved the Selway, huckleberry season and her two rescue dogs.

She is survived by her husband, Neil Ambrose; her parents, Dennis and Carol McQuilkin of Lewistown; and her brother, Sean McQuilkin of Billings.

A celebration of her life will be held in Spokane Valley later this summer. Bear Paw Chapel is assisting the family with a committal service at the Lewistown City Cemetery.""",
gold=[]),

dict(guid="hvr_bpc_bernice-haugestuen-ostby", pub="2026-07-10T13:30:00-06:00", title="Bernice Haugestuen Ostby (1937 - 2026)",
body="""Bernice Haugestuen Ostby, 88, of Havre, died July 6, 2026, at the Northern Montana Care Center.

Bernice was born in Havre in 1937, the daughter of Peder and Marit Haugestuen. She taught third grade at Highland Park School for 35 years and, after retiring, volunteered at the H. Earl Clack Museum.

Bernice is survived by her son, Dean Ostby of Havre; her sister-in-law, Evangeline "Vangie" Haugestuen of Havre; and many nieces and nephews. She was preceded in death by her husband, Roald Ostby, and her brother, Martin Haugestuen.

Funeral services will be at 10 a.m. Thursday at Our Savior's Lutheran Church in Havre. Pallbearers will be Dean Ostby, Bart Quisenberry, Lyle Enger and Jerry Fossum.""",
gold=[("HVR015", "survivor")]),

dict(guid="hvr_bpc_marcel-mutt-gourneau", pub="2026-09-04T09:50:00-06:00", title="Marcel \"Mutt\" Gourneau (1944 - 2026)",
body="""Marcel "Mutt" Gourneau, 82, of Havre, died August 31, 2026, at Northern Montana Hospital.

Mutt was born in 1944 at Hill 57 in Great Falls to Joseph and Rose (Delorme) Gourneau and grew up in Havre's Little Shell Métis community. He worked for the Great Northern and then BNSF for 38 years, played the fiddle at every jig from Havre to Lewistown and was proud to see the Little Shell Chippewa Tribe federally recognized in 2019.

He is survived by his sister, Philomena "Mena" Gourneau of Havre; his brother, Louis Gourneau of Great Falls; and many nieces, nephews and cousins. He was preceded in death by his parents and his brothers Albert and Vincent.

A rosary will be prayed at 7 p.m. Tuesday and the Mass of Christian Burial celebrated at 10 a.m. Wednesday at St. Jude Thaddeus Catholic Church in Havre. A Métis fiddle tribute will follow at the Eagles Hall.""",
gold=[]),  # HVR019 Philomena Gourneau is do_not_contact
]
