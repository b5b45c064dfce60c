"""Sunset Mesa Funeral Home & Crematory (invented; Yuma, Ariz.): funeral-home site, HTML in content:encoded, a
one-sentence plain description. Hand-labelled (gold=[(client_id, role)])."""

FEED = "smfh"
ITEMS = [
dict(guid="yum_smfh_2026_0107", pub="2026-01-13T10:15:00-07:00", title="Lorraine Ruth Keck (1934 - 2026)",
body="""Lorraine Ruth Keck, 91, of Yuma, passed away peacefully on Friday, January 9, 2026, at Desert Sage Assisted Living, with a crossword puzzle half-finished on her lap.

Lorraine was born June 2, 1934, in Goshen, Indiana, to Ezra and Martha (Yoder) Amsbaugh, the eldest of five. She married Robert Keck in 1953, and the couple spent their first winter in Yuma in 1979 in a trailer with no air conditioning, which Lorraine said was the only reason they came back in October instead of June. They moved here for good in 1991. She volunteered at the Yuma Territorial Prison gift shop for twenty years and could give the prison's history, with all the gruesome parts, to any visitor who asked.

Lorraine is survived by her sister, Winifred "Winnie" Schlabach of Yuma; her sons, Dale Keck (Sharon) of Elkhart, Indiana, and Mark Keck of Yuma; six grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Robert, in 2012, and by her brothers, Ivan, Lester and Paul Amsbaugh.

A memorial service will be held at 10 a.m. Saturday, January 17, at the Sunset Mesa chapel, 1411 S. 4th Avenue, with Pastor Glenn Rutt of Desert Mennonite Fellowship officiating. Inurnment will be at Sunset Vista Cemetery in the spring.""",
gold=[("YUM021", "survivor")]),

dict(guid="yum_smfh_2026_0122", pub="2026-02-18T09:40:00-07:00", title="Gertrude \"Trudy\" Voss (1935 - 2026)",
body="""Gertrude "Trudy" Voss, 90, of Yuma, formerly of Victoria, Kansas, went to be with the Lord on Sunday, February 15, 2026, at Yuma Regional Medical Center.

Trudy was born October 30, 1935, on the family wheat farm near Victoria, the daughter of Anton and Rosina (Dreiling) Kretschmer, and grew up speaking the Volga German of her grandparents at home. She married Elmer Voss at St. Fidelis, the "Cathedral of the Plains," in 1956. After forty winters in Yuma, the Vosses sold the Kansas farm in 2004 and stayed. Trudy made bierocks for every funeral luncheon at St. Francis of Assisi for two decades and was never once thanked by name, which she preferred.

She is survived by her sister, Doris (Hal) Pfannenstiel of Yuma; her brother, Leonard Kretschmer of Hays, Kansas; her daughters, Joan Schmeidler of Wichita and Carol Voss of Yuma; five grandchildren; and four great-grandchildren. She was preceded in death by her husband, Elmer, in 2017, and by her brother, Alois.

The Rosary will be prayed at 6 p.m. Thursday at the Sunset Mesa chapel. A Mass of Christian Burial will be celebrated at 10 a.m. Friday at St. Francis of Assisi Catholic Church. Burial will be in Victoria, Kansas, in May.""",
gold=[("YUM004", "survivor"), ("YUM003", "survivor")]),

dict(guid="yum_smfh_2026_0141", pub="2026-04-07T11:05:00-07:00", title="Clifford Allen Tisdale (1954 - 2026)",
body="""Clifford Allen Tisdale, 71, of Yuma, died Thursday, April 2, 2026, at home, after a long illness borne with patience and an inexhaustible supply of bad puns.

Cliff was born in Blythe, California, and grew up on the river. He served four years in the Army and then spent thirty-three years as a test engineer at Yuma Proving Ground, where he helped qualify artillery and parachute systems and where, by his own account, he "blew up more government property than anybody in Arizona, legally." In retirement he restored a 1957 Chevrolet Bel Air that he drove in every Yuma Lettuce Days parade.

He is survived by his sister, Marybeth Wollenhaupt of Yuma; his nephews, Kyle Wollenhaupt of Mesa and Jared Wollenhaupt of Yuma; and his faithful dog, Sarge. He was preceded in death by his parents, Roy and Eunice Tisdale, and by his companion of twenty years, Donna Lusk.

A graveside service with military honors will be held at 9 a.m. Saturday at Desert Lawn Memorial Park. In lieu of flowers, the family suggests donations to the Humane Society of Yuma.""",
gold=[("YUM006", "survivor")]),

dict(guid="yum_smfh_2026_0158", pub="2026-05-12T08:30:00-07:00", title="Teodoro \"Teddy\" Ibarrola (2003 - 2026)",
body="""Teodoro "Teddy" Ibarrola, 22, of Yuma, was taken from us far too soon on Friday, May 8, 2026, in a traffic accident on Interstate 8 near Ligurta.

Teddy was born at Yuma Regional Medical Center on November 19, 2003, and graduated from Kofa High School in 2022, where he played left back for the Kings. He was finishing his second year in the welding program at Arizona Western College and worked weekends at his uncle's tire shop on 4th Avenue. He never met a dog, a baby or a carne asada he did not love.

He is survived by his parents, Martín and Griselda Ibarrola of Yuma; his sisters, Daniela and Jimena; his grandparents, Teodoro and Socorro Ibarrola of San Luis and Amparo Lugo of Somerton; his girlfriend, Alondra; and a large and loving family of aunts, uncles and cousins.

Visitation will be held from 5 to 9 p.m. Thursday at the Sunset Mesa chapel, with a Rosary at 7 p.m. The Funeral Mass will be celebrated at 10 a.m. Friday at Immaculate Conception Catholic Church, followed by burial at Desert Lawn Memorial Park.""",
gold=[]),

dict(guid="yum_smfh_2026_0173", pub="2026-06-16T13:20:00-07:00", title="Purificacion \"Puring\" Dimaculangan (1937 - 2026)",
body="""Purificacion Macaraig Dimaculangan, lovingly known as "Lola Puring," 88, of Yuma, passed away on Saturday, June 13, 2026, surrounded by her family and the sound of her favorite kundiman songs.

She was born in Lipa, Batangas, in the Philippines, and worked for thirty years as a public-school teacher in Batangas before following her son to America in 2001. In Yuma she taught half of the Filipino-American Association's children to dance the tinikling, and she never let a visitor leave her kitchen without a plate of pancit and a container of leche flan for later.

Lola Puring is survived by her son, Arnel Dimaculangan and his wife, Rowena "Weng" Dimaculangan, of Yuma; her daughter, Ligaya Mendoza of Daly City, California; eight grandchildren; and three great-grandchildren. She was preceded in death by her husband, Florencio, in 1998.

Nightly novena prayers will be held at the family home through Sunday. A Funeral Mass will be celebrated at 9 a.m. Monday, June 22, at St. Francis of Assisi Catholic Church, with Deacon Fidencio De la Ossa assisting, followed by interment at Desert Lawn Memorial Park. The family will hold the pasiyam on the ninth day.""",
gold=[("YUM018", "survivor")]),

dict(guid="yum_smfh_2026_0219", pub="2026-09-15T09:00:00-07:00", title="Harlan Dean \"Hal\" Pfannenstiel (1941 - 2026)",
body="""Harlan Dean "Hal" Pfannenstiel, 84, of the Yuma Foothills, formerly of Hays, Kansas, went home to his Lord on Saturday, September 12, 2026, at Yuma Regional Medical Center.

Hal was born November 5, 1941, on a farm near Hays, the son of Alois and Magdalena (Schmidt) Pfannenstiel. He taught vocational agriculture at Hays High School for thirty-one years and farmed wheat and milo on the side, and on the side of that he coached the Future Farmers of America livestock judging team to two state titles. He and Doris spent their first winter in Yuma in 1998 and made the Foothills their home in 2009. He was a founding member of the Foothills Rotary Club and an usher at Christ the Redeemer Lutheran Church, where he was known for the peppermints in his jacket pocket.

Hal is survived by his wife of 62 years, Doris (Kretschmer) Pfannenstiel; his son, Dwight Pfannenstiel (Carla) of Salina, Kansas; his daughter, Renae Voth (Lyle) of Hutchinson, Kansas; his brother, LaVern Pfannenstiel of Hays; seven grandchildren; and two great-grandchildren. He was preceded in death by his parents and by his sisters, Rita and Bernadine.

A memorial service will be held at 11 a.m. Saturday, September 19, at Christ the Redeemer Lutheran Church, 11860 S. Frontage Road, with Pastor Gary Lindeman officiating. Ushers and honorary pallbearers are his friends of the Foothills Rotary Club: Will Fenstermacher, Del Ashby, Rudy Loewen and Ken Strobel. A second service and burial will be held in Hays in October.""",
gold=[("YUM003", "deceased_client"), ("YUM004", "spouse_of_deceased_client")]),
]
