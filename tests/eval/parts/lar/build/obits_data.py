"""Obituaries for the `lar` part, four house styles. Hand-labelled (`gold=[(client_id, role)]`)."""

# 1. The Gem City Sentinel (Laramie daily): newspaper obituaries, plain text
GCS = [
dict(guid="lar_gcs_obit_260114a", pub="2026-01-14T06:00:00-07:00", title="Hazel Marie Ekdahl",
body="""Hazel Marie Ekdahl, 91, of Laramie passed away Jan. 10, 2026, at Spring Wind Assisted Living.

Hazel was born Aug. 3, 1934, on the family place near Centennial to Nils and Greta Lund. She married Sven Ekdahl in 1955 at Trinity Lutheran Church, and the couple ranched on the Little Laramie until 1990. She was a 4-H leader for 31 years and never missed a Jubilee Days parade.

She is survived by her daughter, Lorna (Tad) Brockelsby of Laramie; her son, Arvid Ekdahl (Sue) of Fort Collins, Colo.; five grandchildren and nine great-grandchildren. She was preceded in death by her husband, Sven, and her sister, Ingeborg.

Services will be 10 a.m. Saturday at Trinity Lutheran Church, with Pastor Gretchen Moline officiating. Interment at Greenhill Cemetery. Memorials to Albany County 4-H.""",
gold=[("LAR005", "survivor"), ("LAR004", "survivor")]),

dict(guid="lar_gcs_obit_260309b", pub="2026-03-09T06:00:00-07:00", title="Harold Eugene \"Hal\" Ostermann",
body="""Harold Eugene "Hal" Ostermann, 80, of Laramie died March 6, 2026, at Ivinson Memorial Hospital with his family at his side.

Hal was born Feb. 11, 1946, in Torrington to Walter and Edna Ostermann. He came to Laramie in 1964 to study engineering at the University of Wyoming and never left. He worked 38 years for the Union Pacific, retiring as a roadmaster, and spent his weekends fishing the North Platte and building model trains in the basement. He married Ruth Gessler on June 14, 1969.

He is survived by his wife of 56 years, Ruth; his sons, Mark (Dana) Ostermann of Cheyenne and Paul Ostermann of Denver; and four grandchildren. He was preceded in death by his parents and his brother, Dennis.

A funeral will be held 11 a.m. Friday at St. Matthew's Episcopal Cathedral. Pallbearers will be Kenton Wyrick, Gary Lindahl, Nathan Ostermann and Cole Ostermann. Interment will follow at Greenhill Cemetery.""",
gold=[("LAR001", "deceased_client"), ("LAR002", "spouse_of_deceased_client")]),

dict(guid="lar_gcs_obit_260402c", pub="2026-04-02T06:00:00-06:00", title="Tomas \"Tommy\" Arrambide",
body="""Tomas "Tommy" Arrambide, 84, a lifelong resident of West Laramie, died March 29, 2026.

Tommy worked at the Laramie cement plant for 35 years and played trumpet with the Fiesta del Sol band for just as long. He was a proud Army veteran.

Survivors include his wife, Josefina; daughters Yolanda Arrambide and Lisa (Ray) Quintana, both of Laramie; his sister-in-law, Vangie Arrambide of Laramie; and many nieces and nephews. He was preceded in death by his brothers, Ramon and Ernesto.

Rosary will be recited 7 p.m. Monday and the Mass of Christian Burial celebrated 10 a.m. Tuesday, both at St. Laurence O'Toole Catholic Church.""",
gold=[("LAR006", "survivor")]),

dict(guid="lar_gcs_obit_260418d", pub="2026-04-18T06:00:00-06:00", title="Ernestine Sandoval",
body="""Ernestine Sandoval, 96, of Laramie died peacefully April 15, 2026.

Born in Antonito, Colo., Ernestine moved to Laramie in 1948 and worked in the kitchen at St. Laurence School for 25 years, where generations of children knew her cinnamon rolls.

She is survived by her daughter, Mary Beth Kvaternik (the late Frank) of Laramie; her son, Rudy Sandoval of Pueblo, Colo.; her grandchildren, including Trini Baca and his wife, Lupe, of Laramie; and 14 great-grandchildren. She was preceded in death by her husband, Eloy, and her daughter, Teresa Baca.

Mass will be 10 a.m. Thursday at St. Laurence O'Toole Catholic Church, Father Michael Kuhlmann, celebrant.""",
gold=[("LAR003", "survivor"), ("LAR021", "survivor")]),

dict(guid="lar_gcs_obit_260506e", pub="2026-05-06T06:00:00-06:00", title="Robert L. \"Bob\" Wyrick",
body="""Robert Lee "Bob" Wyrick, 88, of Casper, formerly of Medicine Bow, died May 2, 2026, at the Wyoming Medical Center.

Bob ran cattle north of Medicine Bow for 40 years before moving to Casper in 2011. He served on the Carbon County School District No. 2 board and was a past president of the Wyoming Stock Growers.

He is survived by his son, Ken (Janelle) Wyrick of Laramie; his daughter, Debra Wyrick Holt of Billings, Mont.; and six grandchildren. His wife, Marlys, preceded him in death.

Services 1 p.m. Monday at Highland Park Community Church in Casper.""",
gold=[("LAR007", "survivor")]),

dict(guid="lar_gcs_obit_260611f", pub="2026-06-11T06:00:00-06:00", title="Marguerite Ann \"Maggie\" DeHerrera",
body="""Marguerite Ann "Maggie" DeHerrera, 27, of Laramie died unexpectedly June 7, 2026.

Maggie graduated from Laramie High School in 2017 and from the University of Wyoming in nursing in 2021. She worked on the medical floor at Ivinson Memorial Hospital, where her co-workers called her the calm in every storm. She was named for her grandmother.

She is survived by her parents, Anthony and Celeste DeHerrera; her brother, Joaquin; her grandmother, Peggy DeHerrera, all of Laramie; and her beloved dog, Pico.

A memorial service will be held 2 p.m. Saturday at the Laramie Plains Civic Center.""",
gold=[("LAR022", "survivor")]),
]

# 2. Platte Valley & Snowy Range Funeral Service (Wheatland and Saratoga chapels): HTML in content:encoded
PVSR = [
dict(guid="lar_pvsr_2026_0203", pub="2026-02-03T10:00:00-07:00", title="Reinhold A. Kautz (1936 - 2026)",
body="""Reinhold August Kautz, 89, of Wheatland passed away January 30, 2026, at Platte County Memorial Nursing Home.

Reinhold was born April 22, 1936, to German-Russian homesteaders on the Wheatland Flats and farmed the same quarter sections his whole life. He served on the Wheatland Irrigation District board for 22 years.

He is survived by his sister, Jo Ann Hergenreder of Wheatland; his nephews, Craig Hergenreder of Gillette and Brent Hergenreder of Laramie; and cousins in Nebraska and Kansas. He was preceded in death by his parents, his wife, Lorraine, and his brother-in-law, Eldon Hergenreder.

Funeral services will be held 10:30 a.m. Friday at Peace Lutheran Church, Wheatland, with Pastor Dwayne Roesler officiating. Pallbearers: Lee Vandersloot, Dale Rohwedder, Jim Ochsner and Rick Ochsner.""",
gold=[("LAR014", "survivor")]),

dict(guid="lar_pvsr_2026_0321", pub="2026-03-21T10:00:00-06:00", title="Dale Allen Rohwedder (2001 - 2026)",
body="""Dale Allen Rohwedder, 24, of Cheyenne, formerly of Wheatland, died March 17, 2026, in a highway accident near Chugwater.

Dale graduated from Wheatland High School in 2019, where he wrestled at 160 pounds, and was a lineman apprentice with Wheatland Rural Electric. He was named for his uncle and hunted with him every fall.

He is survived by his parents, Mark and Tina Rohwedder of Cheyenne; his sister, Kayla; his grandmother, Edith Rohwedder of Wheatland; and his uncle and aunt, Dale and Pam Rohwedder of Wheatland.

Services will be held 2 p.m. Wednesday at the Wheatland chapel.""",
gold=[("LAR015", "survivor")]),

dict(guid="lar_pvsr_2026_0427", pub="2026-04-27T10:00:00-06:00", title="Margarethe Pfister (1928 - 2026)",
body="""Margarethe "Greta" Pfister, 97, of Torrington passed away April 24, 2026.

Greta came to Goshen County from Bavaria as a war bride in 1947 and kept the best garden on East C Street for sixty years.

She is survived by her daughters, Carol (Lee) Vandersloot of Wheatland and Heidi Pfister of Scottsbluff, Neb.; three grandchildren; and five great-grandchildren. She was preceded in death by her husband, Otto.

Mass of Christian Burial 10 a.m. Tuesday at St. Rose of Lima Catholic Church, Torrington.""",
gold=[("LAR013", "survivor"), ("LAR012", "survivor")]),

dict(guid="lar_pvsr_2026_0519", pub="2026-05-19T10:00:00-06:00", title="Sigurd \"Sig\" Thorsby (1935 - 2026)",
body="""Sigurd "Sig" Thorsby, 90, of Saratoga died May 15, 2026, at his home on the North Platte.

Sig was a guide on the Upper North Platte for fifty years and tied flies at the kitchen table until the week he died. In 1996 he and his daughter opened the fly shop on Bridge Avenue that still bears the family name.

He is survived by his daughter, Ingrid Thorsby of Saratoga; his son, Erik Thorsby of Bozeman, Mont.; and four grandchildren. His wife, Solveig, preceded him in death.

A celebration of life will be held at the Saratoga Lake pavilion at 4 p.m. June 6. Father Tom Brennan will offer a blessing.""",
gold=[("LAR018", "survivor")]),

dict(guid="lar_pvsr_2026_0609", pub="2026-06-09T10:00:00-06:00", title="Arlene Dahlquist (1959 - 2026)",
body="""Arlene Kay Dahlquist, 66, of Guernsey passed away June 5, 2026, after a long illness.

Arlene taught third grade in Guernsey-Sunrise schools for 33 years.

Arlene is survived by her husband, Roger; her daughter, Kristen Lambrecht and her husband, Cody, of Wheatland; her son, Travis Dahlquist of Torrington; and grandchildren Wyatt and Hailey.

Services will be 11 a.m. Saturday at the Guernsey Community Church.""",
gold=[("LAR017", "survivor"), ("LAR016", "survivor")]),

dict(guid="lar_pvsr_2026_0702", pub="2026-07-02T10:00:00-06:00", title="Elmer J. Szymanski (1937 - 2026)",
body="""Elmer Joseph Szymanski, 88, of Encampment died June 28, 2026.

Elmer worked at the Riverside sawmill and later ran the snowplow on Battle Pass for the state highway department. He never missed a Woodchoppers Jamboree.

He is survived by his sister, Bernie Szymanski of Encampment, and his nieces and nephews. He was preceded in death by his parents and his brother, Stanley.

A rosary and funeral Mass will be held at St. Ann's in Saratoga; Father Tom Brennan will celebrate. Pallbearers: Gus Etchepare, Larry Fitch, Joe Kortes and Sam Kortes.""",
gold=[("LAR020", "survivor")]),
]

# 3. St. Joseph (Rawlins) & St. Ann (Saratoga) parish bulletin: "Please remember in your prayers", plain text
BULLETIN = [
dict(guid="lar_stjsta_bulletin_0208", pub="2026-02-08T08:00:00-07:00", title="Juanita Lucero - Rawlins",
body="""Please remember in your prayers Juanita Lucero, 93, who went home to the Lord on February 2. She was a member of the Guadalupanas for sixty years. She is survived by her daughter, Rosie Vigil (Art), of Rawlins, and her son, Fidel Lucero of Albuquerque. Rosary Thursday 6 p.m., funeral Mass Friday 10 a.m. at St. Joseph's. The Altar Society will host the reception.""",
gold=[("LAR008", "survivor"), ("LAR009", "survivor")]),

dict(guid="lar_stjsta_bulletin_0412", pub="2026-04-12T08:00:00-06:00", title="Maite Iribarren - Buffalo",
body="""Please keep in your prayers our parishioner Gus Etchepare and his family on the death of his sister, Maite Etchepare Iribarren, 79, of Buffalo, who died April 6. A funeral Mass was celebrated at St. John the Baptist in Buffalo. Goian bego.""",
gold=[("LAR011", "survivor")]),

dict(guid="lar_stjsta_bulletin_0524", pub="2026-05-24T08:00:00-06:00", title="Lucille Sprague - Rawlins",
body="""Eternal rest grant unto her, O Lord: Lucille Sprague, 98, of Rawlins, died May 19. She is survived by her son, Wendell Sprague of Rawlins, and her granddaughter, Amy Sprague Cole of Rock Springs. Funeral Mass Thursday 10 a.m. at St. Joseph's, Father Anthony Nguyen.""",
gold=[]),  # Wendell Sprague is do_not_contact
]

# 4. Carbon & Albany County death notices: terse paid notices, surname-first headings
NOTICES = [
dict(guid="lar_ccdn_260312", pub="2026-03-12T07:00:00-06:00", title="OSTERMANN, Harold E. \"Hal\"",
body="""OSTERMANN, Harold E. "Hal," 80, Laramie, died March 6, 2026. Retired UP roadmaster. Survived by wife, Ruth; sons Mark (Dana), Cheyenne, and Paul, Denver; four grandchildren. Funeral 11 a.m. Friday, St. Matthew's Episcopal Cathedral.""",
gold=[]),  # later second copy of lar_gcs_obit_260309b: labelled there

dict(guid="lar_ccdn_260520", pub="2026-05-20T07:00:00-06:00", title="McFADDEN, Wallace",
body="""McFADDEN, Wallace, Saratoga, died May 16, 2026. Arrangements pending with Snowy Range Funeral Service, Saratoga.""",
gold=[("LAR019", "possible_deceased_client")]),

dict(guid="lar_ccdn_260603", pub="2026-06-03T07:00:00-06:00", title="HERGENREDER, Jo Ann",
body="""HERGENREDER, Jo Ann, 71, Hays, Kan., died May 30, 2026. Retired Fort Hays State librarian. Survived by husband, Lyle; daughters Becky and Jill. Services were held in Hays.""",
gold=[]),  # namesake: 71 (client is 85), Hays KS, husband living (client is a widow)

dict(guid="lar_ccdn_260617", pub="2026-06-17T07:00:00-06:00", title="BACA, Trinidad M.",
body="""BACA, Trinidad M., 92, Laramie, died June 13, 2026. Retired Albany County road crew foreman. Survived by son, Trini Baca (Lupe), Laramie; daughter, Rosemary Baca Ortiz, Cheyenne; eleven grandchildren. Preceded in death by wife, Teresa. Mass 10 a.m. Saturday, St. Laurence O'Toole.""",
gold=[("LAR021", "survivor")]),

dict(guid="lar_ccdn_260708", pub="2026-07-08T07:00:00-06:00", title="ARRAMBIDE, Evangelina",
body="""ARRAMBIDE, Evangelina, 87, Boise, Idaho, died July 3, 2026. Born in Jordan Valley, Ore. Survived by sons Xabier and Pello, Boise. Funeral Mass at St. John's Cathedral, Boise.""",
gold=[]),  # namesake in Boise (client lives in Laramie)
]
