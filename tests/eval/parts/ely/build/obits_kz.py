"""Korpela-Zupancich Funeral Chapels (Ely, Tower, Virginia): a funeral-home site, HTML in content:encoded,
one-sentence plain description. Hand-labelled (gold beside each text)."""

ITEMS = [
dict(guid="ely_kzfc_obit_4471", pub="2026-02-06T10:15:00-06:00", title="Matthias \"Mike\" Vranesich Sr.",
body="""Matthias "Mike" Vranesich Sr., 89, of Ely, died peacefully on Tuesday, February 3, 2026, at the Boundary Waters Care Center, with his family at his side.

Mike was born on the family homestead on the Echo Trail on July 9, 1936, the son of Croatian immigrants Ivan and Katarina Vranesich. He worked underground at the Pioneer Mine until it closed in 1967, then drove a logging truck for thirty years, and afterward guided fishing parties on Basswood Lake well into his eighties. He was a member of the Croatian Fraternal Union Lodge 287 and of the Ely Volunteer Fire Department for 41 years.

He is survived by his son, Matthias "Matt" Vranesich Jr. (Dawn) of Ely; his daughter, Antonia "Toni" Grahek (Bob) of Babbitt; five grandchildren, including Cole, who was his best fishing partner; and his sister-in-law, Josephine Gornik of Ely. He was preceded in death by his wife of 60 years, Angela (Gornik) Vranesich, in 2019, and by his brothers Stjepan and Joe.

Visitation will be Monday from 4 to 7 p.m. at our Ely chapel. Mass of Christian Burial will be celebrated Tuesday at 11 a.m. at Holy Trinity-St. Cyril Church, Ely, with Father Pavel Hocevar officiating. Pallbearers are Louie Kobal, Bob Grahek, Cole Vranesich, Jerry Sever, Tony Mlakar and Walt Berglund. Burial will be in the spring at the Ely Cemetery.""",
gold=[("ELY003", "survivor")]),

dict(guid="ely_kzfc_obit_4498", pub="2026-02-19T09:40:00-06:00", title="Ilse Marianne Pekkala",
body="""Ilse Marianne Pekkala, 91, of Soudan, died on Sunday, February 15, 2026, at Vermilion Senior Living in Tower.

Ilse was born in Hamburg, Germany, in 1934 and came to the Iron Range in 1956 as the bride of Toivo Pekkala, whom she had met while he was stationed with the Army in Bremerhaven. She cooked at the Tower-Soudan school for 28 years and was famous for her pulla and her plain speaking. She sang alto in the Soudan Community Church choir for half a century.

Ilse is survived by her daughter, Marit Pekkala-Strand of Soudan; her son, Tor Pekkala (Linda) of Duluth; four grandchildren and two great-grandchildren. She was preceded in death by her husband Toivo in 2008.

A celebration of life will be held Saturday, February 28, at 1 p.m. at the Soudan Community Church. Her longtime neighbor, Delphine Kitchemigon, will offer a prayer in Ojibwe. Arrangements are with our Tower chapel.""",
gold=[("ELY006", "survivor")]),

dict(guid="ely_kzfc_obit_4530", pub="2026-03-05T14:20:00-06:00", title="Gustav \"Gusty\" Lindroos",
body="""Gustav Mark "Gusty" Lindroos, 24, of Babbitt, died unexpectedly on Saturday, February 28, 2026, in a snowmobile accident near Birch Lake.

Gusty graduated from Northeast Range High School in 2020 and was an apprentice electrician with IBEW Local 294. He could fix anything with an engine, and most things without one. He was named for his great-uncle, who taught him to ice fish before he could walk.

He is survived by his parents, Mark and Renee Lindroos of Babbitt; his sister, Kaia Lindroos of Duluth; his grandmother, Helvi Lindroos of Embarrass; his great-uncle and namesake, Gus (Karen) Lindroos of Babbitt; and his girlfriend, Shayla Marttila.

A funeral service will be held Friday, March 6, at 11 a.m. at St. Mary's Lutheran Church in Babbitt. Visitation one hour prior. Arrangements by our Ely chapel.""",
gold=[("ELY015", "survivor")]),

dict(guid="ely_kzfc_obit_4562", pub="2026-04-17T11:05:00-05:00", title="Arvid Toivo Rautiola",
body="""Arvid Toivo Rautiola, 84, of Embarrass, passed away on Tuesday, April 14, 2026, at Essentia Health-Virginia.

Arvid was born on November 23, 1941, on the Rautiola farm on Salo Road, the youngest of seven children of Matti and Hilja Rautiola, and he died a quarter mile from where he was born. He farmed, he logged, and for 31 years he worked as an electrician at the Erie Mining plant in Hoyt Lakes. He helped raise the sauna at the Embarrass Finnish heritage site, served on the Embarrass town board and kept the coldest-morning record (-64) in his barn diary for sixty years.

He is survived by his wife of 58 years, Sirkka (Hakkarainen) Rautiola; his daughters, Liisa (Paul) Hendrickson of Cloquet and Ann Rautiola of Minneapolis; his son, Jon Rautiola of Embarrass; seven grandchildren; and his cousin, Eino Jarvenpaa of Coleraine. He was preceded in death by his parents, his six brothers and sisters, and his brother-in-law Toivo Hakkarainen.

Funeral services will be held Tuesday, April 21, at 11 a.m. at Embarrass Finnish Apostolic Lutheran Church, with visitation one hour before. Lunch will follow in the church basement. Arrangements are with our Tower chapel.""",
gold=[("ELY004", "deceased_client"), ("ELY005", "spouse_of_deceased_client")]),

dict(guid="ely_kzfc_obit_4590", pub="2026-05-08T08:50:00-05:00", title="Nikola \"Nick\" Pecharich",
body="""Nikola "Nick" Pecharich, 80, of Virginia, died Monday, May 4, 2026, at his home, surrounded by family.

Nick was born in Gilbert on March 2, 1946, to Serbian immigrants Milan and Jelena Pecharich. He worked 35 years at the Minntac plant in Mountain Iron as a crusher operator, was a lifelong member of St. Nicholas Serbian Orthodox Church, and cooked the lamb for every church picnic from 1972 until last summer. He was the loudest fan at every Gilbert and Virginia hockey game, no matter who was playing.

Nick is survived by his son, Milan (Tasha) Pecharich of Virginia; his daughter, Vesna Lind (Eric) of Two Harbors; grandsons Luka and Stefan; and his sister, Dragica Bulatovich of Chicago. He was preceded in death by his wife, Milka, in 2014.

A Panikhida (prayer service) will be held Thursday at 6 p.m. at our Virginia chapel. The funeral service will be Friday at 10 a.m. at St. Nicholas Serbian Orthodox Church, with Very Rev. Father Dusan Milosevich officiating. Pallbearers: Dan Vukelich, Stefan Pecharich, Eric Lind, Mike Sertic, Pete Tomsich and Rade Jovanovich. Interment at Calvary Cemetery, Virginia. Pomen will follow at the church hall.""",
gold=[("ELY019", "survivor")]),

dict(guid="ely_kzfc_obit_4615", pub="2026-06-02T13:30:00-05:00", title="Teodor \"Ted\" Perushek",
body="""Teodor "Ted" Perushek, 79, of Eau Claire, Wisconsin, formerly of Ely, died on Thursday, May 28, 2026, at Mayo Clinic Health System in Eau Claire.

Ted grew up on Ely's north side, the son of Slovenian immigrants Anton and Marija (Skala) Perushek. He graduated from Ely Memorial High School in 1964, served with the Navy Seabees in Vietnam, and spent his career as a mechanical engineer with the Wisconsin Department of Transportation. He came back to Ely every summer to paddle the Boundary Waters and to argue with his brother-in-law about walleye.

Ted is survived by his wife, Judith; his sons, Mark (Erin) of Madison and Andrew of Eau Claire; his sister, Frances "Frannie" Kobal (Louie) of Ely; his cousin, Rosaria Fabbrini of Pueblo, Colorado; and many nieces and nephews. He was preceded in death by his parents and by his brother, Stanley.

A memorial Mass will be celebrated at 10 a.m. on Saturday, June 20, at Holy Trinity-St. Cyril Church in Ely, followed by interment of ashes at the Ely Cemetery. Local arrangements are with our Ely chapel.""",
gold=[("ELY001", "survivor"), ("ELY002", "survivor")]),

dict(guid="ely_kzfc_obit_4641", pub="2026-06-16T10:00:00-05:00", title="Leonard \"Len\" Kitchemigon",
body="""Leonard "Len" Kitchemigon, 78, of the Vermilion community of the Bois Forte Band of Chippewa near Tower, began his journey to the spirit world on Friday, June 12, 2026, at Essentia Health-Virginia.

Len was born on Lake Vermilion on October 1, 1947. He served with the U.S. Army in Germany, worked for many years as a heavy-equipment operator for the Bois Forte Band, and was a respected wild-rice harvester and maker of birch-bark canoes, a craft he taught to young people at the Bois Forte Heritage Center for two decades.

He is survived by his wife of 54 years, Delphine; his son, Rodney (Carla) Kitchemigon of Tower; his daughter, Shawna Kitchemigon of Nett Lake; his grandchildren, Aubree, Tyler and Mason; his brother, Francis Kitchemigon of Orr; and many relatives and friends. He was preceded in death by his parents and by his sister, Bernice.

A traditional wake will begin Monday at the Vermilion Community Center, with the sacred fire kept through the night. Funeral services will be held Tuesday at 10 a.m. at the Community Center, with burial at the Vermilion family cemetery. A feast will follow. Arrangements by our Tower chapel.""",
gold=[("ELY013", "survivor"), ("ELY014", "survivor")]),
]
