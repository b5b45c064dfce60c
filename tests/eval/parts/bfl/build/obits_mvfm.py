"""Mesa Verde Family Mortuary & Cremation (Bakersfield and Lamont chapels): funeral-home site, HTML in
content:encoded, a one-sentence plain description, title "Name (birth year - 2026)". Hand-labelled."""

FEED = "mvfm"
BASE = "https://www.mesaverdemortuary.example/obituaries/"
ITEMS = [
dict(guid="bfl_mvfm_soledad-amezcua", slug="soledad-amezcua", pub="2026-03-05T16:10:00-08:00",
title="Soledad Amezcua",
body="""Soledad Amezcua of Bakersfield passed away on Tuesday, March 3, 2026.

Service information is pending and will be posted here when the family has completed arrangements. Mesa Verde Family Mortuary is honored to serve the Amezcua family.""",
gold=[("BFL022", "possible_deceased_client")]),

dict(guid="bfl_mvfm_jaswant-kaur-mangat", slug="jaswant-kaur-mangat", pub="2026-03-18T11:25:00-07:00",
title="Jaswant Kaur Mangat (1939 - 2026)",
body="""Jaswant Kaur Mangat, 86, of Bakersfield, left for her heavenly abode on Saturday, March 14, 2026, reciting Waheguru with her family around her.

Bibi Jaswant Kaur was born in 1939 in the village of Dhaliwal Bet, Kapurthala district, Punjab. She was married in 1957 to Sardar Gurbachan Singh Mangat and came with him to Yuba City in 1979 and to Bakersfield in 1985, where the family farmed grapes and later built a trucking business. She did seva in the langar hall of the Bakersfield Sikh Gurdwara every Sunday for over thirty years and taught a generation of children Gurmukhi at her kitchen table.

She is survived by her sons, Harjinder Singh Mangat and daughter-in-law Balwinder Kaur of Bakersfield, and Kulwant Singh Mangat and daughter-in-law Rajvir Kaur of Yuba City; her daughter, Surinder Kaur Bains of Surrey, British Columbia; nine grandchildren; and four great-grandchildren. She was preceded in death by her husband, Sardar Gurbachan Singh Mangat, in 2011.

Antim Darshan (viewing) will be held Friday from 10 a.m. to noon at the Mesa Verde Family Mortuary, Bakersfield chapel, followed by cremation. Sehaj Path Bhog and Antim Ardas will be held Sunday, March 22, from 11 a.m. to 1 p.m. at the Bakersfield Sikh Gurdwara, followed by Guru Ka Langar.""",
gold=[("BFL003", "survivor"), ("BFL004", "survivor")]),

dict(guid="bfl_mvfm_anselmo-zamudio-cardenas", slug="anselmo-zamudio-cardenas", pub="2026-07-09T09:40:00-07:00",
title="Anselmo Zamudio Cárdenas (1937 - 2026)",
body="""Anselmo Zamudio Cárdenas, 88, of Lamont, went to be with the Lord on July 5, 2026, at Kern Medical.

Don Anselmo was born in Jalostotitlán, Jalisco, and first came north as a bracero in 1958, cutting asparagus and grapes up and down the valley. He settled in Lamont in 1969, brought his family in 1971, and worked for Sun World for thirty years. He grew chiles and guavas in his back yard and gave them away to anyone who slowed down on Main Street.

He is survived by his sons, Rigoberto (Lupita) Zamudio of Lamont and Efraín Zamudio of Bakersfield; his daughter, Amparo Zamudio Ruelas of Guadalajara; 11 grandchildren and six great-grandchildren. He was preceded in death by his beloved wife, Herminia, and his son, Javier.

Visitation and Rosary Sunday, 5 to 8 p.m., at the Mesa Verde Lamont chapel. Mass of Christian Burial Monday at 10 a.m. at Sacred Heart Church, Lamont. Interment at Hillcrest Memorial Park.""",
gold=[("BFL006", "survivor"), ("BFL005", "survivor")]),

dict(guid="bfl_mvfm_genevieve-ginny-sproul", slug="genevieve-ginny-sproul", pub="2026-08-26T10:05:00-07:00",
title="Genevieve \"Ginny\" Sproul (1932 - 2026)",
body="""Genevieve "Ginny" Sproul, 93, of Bakersfield, went home to be with Jesus on August 22, 2026.

Ginny was born in Okemah, Oklahoma, in 1932 and came to the Arvin FSA camp at Weedpatch with her family in a 1929 Chevrolet truck when she was five. She married Loyd Sproul in 1950 and for forty years ran the lunch counter at the Oildale Woolworth's, where she knew how everybody took their coffee and whose divorce was final.

She is survived by her sons, Dale Sproul of Oildale and Loyd Sproul Jr. of Porterville; her brother, Orval "Buddy" Quisenberry of Lamont; ten grandchildren; and many great-grandchildren. She was preceded in death by her husband, Loyd, and her daughter, Peggy.

Funeral services will be held Friday at 11 a.m. at Greater Faith Missionary Baptist Church, 1100 Lakeview Avenue. Scripture will be read by Deacon Cordell Wimberley, a longtime friend of the family. Burial will follow at Union Cemetery.""",
gold=[]),

dict(guid="bfl_mvfm_wilbur-bill-haskett", slug="wilbur-bill-haskett", pub="2026-10-14T14:50:00-07:00",
title="Wilbur \"Bill\" Haskett (1947 - 2026)",
body="""Wilbur Ray "Bill" Haskett, 79, of Oildale, passed away peacefully at home on October 11, 2026.

Bill was born in Bakersfield on March 28, 1947, and grew up in Oildale, where he lived all his life except for two years in the Army in Germany. He worked thirty-four years as a welder for Chevron in the Kern River field and played steel guitar on Saturday nights at clubs on Edison Highway for longer than that. He once sat in with Buck Owens, and nobody who knew Bill ever went a month without hearing about it.

He is survived by his wife, Jolene; his daughters, Tammy Haskett Reyes of Oildale and Crystal Haskett of Reno, Nevada; his sister, Verla Kinnamon (Dub) of Oildale; and five grandchildren. He was preceded in death by his parents, Harvey and Inez Haskett, and his brother, Eldon.

A graveside service with military honors will be held Tuesday at 1 p.m. at Bakersfield National Cemetery in Arvin.""",
gold=[("BFL008", "survivor"), ("BFL007", "survivor")]),

dict(guid="bfl_mvfm_tomas-villasenor", slug="tomas-villasenor", pub="2026-11-09T12:00:00-08:00",
title="Tomás Villaseñor (1968 - 2026)",
body="""Tomás Villaseñor, 58, of Arvin, passed away on November 5, 2026, after a courageous battle with cancer.

Tomás was born in Arvin and was a 1986 graduate of Arvin High School, where he was the Bears' starting catcher for three seasons. He worked for the Kern County Road Department for 28 years and coached Arvin Little League teams for nearly as long.

He is survived by his wife of 35 years, Leticia; his children, Tommy, Araceli and Daniel; his mother, Josefina; and four grandchildren.

Rosary Thursday 6 p.m., Mass Friday 10 a.m., St. Thomas the Apostle Church, Arvin. Pallbearers: Tommy Villaseñor, Daniel Villaseñor, Ezequiel Tafolla, Rubén Ochoa, Frank Gamez and Luis Carrillo. Burial at Arvin Cemetery.""",
gold=[]),
]
