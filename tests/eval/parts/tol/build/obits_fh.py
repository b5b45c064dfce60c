"""Lagrinka & Birmingham Funeral Chapels (invented funeral home serving Toledo's Polish and Hungarian Catholic
parishes): HTML in content:encoded, a one-sentence description, permalink guids. Hand-labelled."""

FEED = "fh"
ITEMS = [
dict(guid="tol_fh_2026_0102", pub="2026-01-09T10:00:00-05:00", title="Casimir \"Casey\" Wolniak",
body="""Casimir Walenty "Casey" Wolniak, 88, of Toledo, died peacefully at home on Tuesday, January 6, 2026, the Feast of the Epiphany, as his family sang koledy around his bed.

Casey was born on Nebraska Avenue to Polish immigrants, served in the U.S. Army in Germany, and for 33 years delivered mail on the same route in Lagrinka, where he knew every dog by name. He was a Third Degree Knight of Columbus, a lifelong member of St. Hedwig Parish, and for four decades led the parish's Dyngus Day polka Mass.

He is survived by his wife of 62 years, Wanda (Mikolajczyk); his sons, Gregory (Lisa) of Maumee and Paul of Cincinnati; his cousin, Helen Zawierucha of Toledo, who kept the family's recipes and its gossip; seven grandchildren; and two great-granddaughters. He was preceded in death by his sister, Genevieve Sadowski.

The Mass of Christian Burial will be celebrated Monday at 10 a.m. at Our Lady of Czestochowa Shrine Church, Deacon Thomas Skrzypczak officiating. Pallbearers: Raymond "Ray" Lisiecki, Stanley Kowal, Mark Przybylski, Jerome Wisniewski, Gregory Wolniak Jr. and Adam Wolniak. Interment with military honors at Calvary Cemetery.""",
gold=[("TOL013", "survivor")]),

dict(guid="tol_fh_2026_0114", pub="2026-02-17T10:30:00-05:00", title="Stanley J. \"Stan\" Przybylski",
body="""Stanley Joseph "Stan" Przybylski, 82, of Toledo, entered eternal rest on Saturday, February 14, 2026, at St. Vincent Medical Center, surrounded by his family. He was born February 11, 1944, in Toledo to the late Jozef and Stefania (Nowak) Przybylski and never lived more than six blocks from the house on Lagrange Street where he was born.

Stan graduated from Central Catholic High School in 1962 and worked 41 years as a machinist at the spark plug plant on Upton Avenue, where he was a proud union steward. He sang bass in the parish choir for half a century, served as an usher at the Sunday 8 o'clock Mass, and was famous on Mulberry Street for his Wigilia pierogi and for the kielbasa he smoked every Holy Saturday in a smokehouse he built himself out of an old refrigerator.

He will be sadly missed by his beloved wife of 58 years, Dorothy "Dottie" (Wojtowicz) Przybylski; his children, Mark (Theresa) Przybylski of Holland and Jolanta "Jolie" Przybylski of Columbus; his grandchildren, Nicholas, Anna and Zofia; and his sister, Sister Mary Bogumila Przybylski, CSSF. He was preceded in death by his brother, Edward.

Friends may visit Thursday from 3 to 8 p.m. at the Lagrinka chapel, where a rosary will be prayed at 7 p.m. The Mass of Christian Burial will be celebrated Friday at 10 a.m. at Our Lady of Czestochowa Shrine Church. Interment Calvary Cemetery. In lieu of flowers, memorials may be made to the parish choir fund. Sto lat, Stan - and Wieczny odpoczynek.""",
gold=[("TOL001", "deceased_client"), ("TOL002", "spouse_of_deceased_client")]),

dict(guid="tol_fh_2026_0131", pub="2026-03-06T09:15:00-05:00", title="Margit Kerekes (nee Szentgyorgyi)",
body="""Margit Kerekes, nee Szentgyörgyi, 91, of Toledo's Birmingham neighborhood, fell asleep in the Lord on Tuesday, March 3, 2026. She was born in Mezőkövesd, Hungary, on July 2, 1934, and came to Toledo in 1957 with her husband, Imre, after the revolution, carrying one suitcase and her mother's embroidery patterns.

For 38 years Margit worked the night shift in the laundry at the old Riverside Hospital. She was a member of St. Stephen of Hungary Catholic Church for more than 65 years, a founder of its Rosary Altar Society, and a fixture of the Birmingham Ethnic Festival, where her chicken paprikás and her matyó embroidery sold out every August.

She is survived by her sister, Erzsébet "Betty" Szentgyörgyi of Toledo, with whom she spoke on the telephone every morning at seven; her son, Imre Kerekes Jr. of Sylvania; two grandchildren; and many cousins in Hungary. She was preceded in death by her husband, Imre, in 2009.

A Mass of Christian Burial will be offered Monday at 11 a.m. at St. Stephen of Hungary Church, with prayers in Hungarian and English. Pallbearers will be Laszlo "Les" Bartfay, Miklos Tarjan, Gyula Nagy-Szabo, Peter Kerekes, Frank Orosz and Dennis Sziraki. Interment Resurrection Cemetery. Nyugodjék békében.""",
gold=[("TOL005", "survivor")]),

dict(guid="tol_fh_2026_0158", pub="2026-04-09T11:00:00-04:00", title="Rozalia \"Rose\" Csizmadia",
body="""Rozália "Rose" Csizmadia, 96, of Toledo, went home to the Lord on Easter Monday, April 6, 2026, at St. Clare Residence, where she had lived for the past three years and beat every resident at rummy.

Rose was born in Toledo in 1929, the daughter of Hungarian immigrants, and grew up above her father's shoe-repair shop on Front Street. She married Lajos Csizmadia in 1951; together they ran the Csizmadia Bakery on Consaul Street for thirty years, and East Toledo still talks about their kifli and their walnut beigli at Christmas.

She is survived by her daughter, Ilonka (Frank) Bakonyi of Toledo; her son, Louis Csizmadia of Northwood; five grandchildren; and eleven great-grandchildren. She was preceded in death by her husband, Lajos, in 1998, and by her infant son, Joseph.

Visitation will be held Friday from 4 to 7 p.m. at the Birmingham chapel, with a Hungarian rosary at 6:30. Funeral Mass Saturday at 10 a.m. at St. Stephen of Hungary Church; interment Calvary Cemetery.""",
gold=[("TOL015", "survivor"), ("TOL016", "survivor")]),

dict(guid="tol_fh_2026_0177", pub="2026-05-01T09:45:00-04:00", title="Agnes Vamos (nee Bartfay)",
body="""Agnes Vámos, née Bártfay, 75, of Oregon, passed away Tuesday, April 28, 2026, at Bay Park Community Hospital after a brave fight with cancer.

Agnes was born in Toledo's Birmingham neighborhood, the daughter of Zoltán and Anna Bártfay, and spoke only Hungarian until she started first grade at St. Stephen's school. She was a dental hygienist in Oregon for 40 years and sang alto in the St. Stephen choir; her csörögefánk at the Birmingham Ethnic Festival drew lines down Consaul Street.

Agnes is survived by her husband of 52 years, Andras "Andy" Vamos; her daughters, Eva (Brian) Kessler of Perrysburg and Kata Vamos of Chicago; her brother, Laszlo "Les" Bartfay of Toledo; and four grandchildren.

Visitation Sunday 3-7 p.m. at the Birmingham chapel. Funeral Mass Monday 10 a.m. at St. Stephen of Hungary Church; interment Calvary Cemetery.""",
gold=[("TOL006", "survivor")]),

dict(guid="tol_fh_2026_0203", pub="2026-07-14T10:20:00-04:00", title="Ferenc \"Frank\" Bakonyi",
body="""Ferenc "Frank" Bakonyi, 72, of Toledo, passed away suddenly on Friday, July 10, 2026, while tending the tomatoes in his backyard on Paine Avenue - the same yard where, four weeks earlier, he had spent a week cutting up the neighbor's fallen maple. He was born July 22, 1953, in Győr, Hungary, and came to Toledo as a boy of three with his parents, Jozsef and Terez Bakonyi, refugees of 1956.

Frank graduated from Waite High School, served four years in the U.S. Navy, and worked 34 years as a millwright at the Toledo refinery, retiring as a union steward in 2015. He was a past president of the Hungarian Club, drove the St. Stephen's festival hay wagon for thirty summers, and could fix anything with a motor except, his family says, the church organ.

He is survived by his wife of 49 years, Ilonka (Csizmadia) Bakonyi; his sons, Steven (Amy) Bakonyi of Oregon and Peter Bakonyi of Columbus; his granddaughters, Lili and Noemi; and his brother, Jozsef Bakonyi Jr. of Lakewood. He was preceded in death by his parents.

Visitation Wednesday 3-8 p.m. at the Birmingham chapel, with a Navy honors ceremony at 7. Funeral Mass Thursday 10 a.m. at St. Stephen of Hungary Church; interment Calvary Cemetery.""",
gold=[("TOL016", "deceased_client"), ("TOL015", "spouse_of_deceased_client")]),
]
