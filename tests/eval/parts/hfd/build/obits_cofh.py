"""Charter Oak Family Funeral Homes (chapels in New Britain, Wethersfield and Hartford's South End):
funeral-home site, HTML in content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "cofh"
BASE = "hfd_cofh-"
LINK = "https://www.charteroakfuneral.example/obituaries/"
ITEMS = [
dict(guid=BASE + "jozef-kowalczyk-sr", pub="2026-01-12T10:15:00-05:00", title="Józef Kowalczyk Sr. (1934 - 2026)",
body="""Józef "Joe" Kowalczyk Sr., 91, of New Britain, died peacefully on Friday, January 9, 2026, at the Hospital of Central Connecticut, with his rosary in his hand.

Born in Rzeszów, Poland, he came to New Britain in 1952 with two dollars and the address of a cousin on Broad Street. He spent forty-one years at the Stanley Works, where he was known for fixing any machine by ear, and he never missed a Dożynki festival at Sacred Heart.

He is survived by his son, Joseph Kowalczyk Jr. and his wife, Barbara, of New Britain; his daughter, Krystyna Lis of Plainville; six grandchildren and four great-grandchildren. He was predeceased by his beloved wife of 62 years, Stefania (Bąk) Kowalczyk.

A Mass of Christian Burial will be celebrated Wednesday at 10 a.m. at Sacred Heart Church, Broad Street. Burial will follow in Sacred Heart Cemetery. Calling hours are Tuesday from 4 to 7 p.m. at our New Britain chapel.""",
gold=[("HFD003", "survivor")]),

dict(guid=BASE + "filomena-grasso", pub="2026-02-09T09:40:00-05:00", title="Filomena Grasso (1928 - 2026)",
body="""Filomena (Carbone) Grasso, 97, of Wethersfield and for sixty years of Franklin Avenue, Hartford, went home to the Lord on February 6, 2026.

Born in Melilli, Sicily, Filomena married Pasquale Grasso in 1948 and followed him to Hartford, where together they ran Grasso's Latticini on Franklin Avenue until 1994. Generations of South End families bought their ricotta and their Easter pizza gain from her, and she sent no child away without a piece of torrone.

She leaves her daughter, Rosemarie (Sal) D'Angelo of Wethersfield; her son, Peter Grasso of Rocky Hill; five grandchildren and nine great-grandchildren. She was predeceased by her husband, Pasquale, and her sister, Concetta Ruggiero.

Relatives and friends may call Thursday from 9 to 10:30 a.m. at our Wethersfield chapel, before a Mass of Christian Burial at 11 a.m. at Our Lady of Sorrows Church, Hartford. Bearers will be Vinny Lo Bianco, Michael Grasso, Anthony Ruggiero and Dominic D'Angelo. Burial in Mount St. Benedict Cemetery, Bloomfield.""",
gold=[("HFD009", "survivor"), ("HFD008", "survivor")]),

dict(guid=BASE + "joseph-m-kowalczyk", pub="2026-03-02T14:05:00-05:00", title="Joseph Michael Kowalczyk (2003 - 2026)",
body="""Joseph Michael Kowalczyk, 22, of New Britain, was taken from us suddenly on Thursday, February 26, 2026.

Joey graduated from New Britain High School in 2021, where he was a goalkeeper for the Golden Hurricanes, and was an apprentice electrician with IBEW Local 35. He loved the Whalers he never saw play, his pit bull Rocco, and late-night pierogi at Staropolska.

He is survived by his parents, Mark and Diane Kowalczyk of New Britain; his sisters, Kayla and Brianna; his grandmother, Irene Kowalczyk of Southington; and his girlfriend, Alexis Dube.

Calling hours are Sunday from 3 to 7 p.m. at our New Britain chapel. A funeral Mass will be celebrated Monday at 10 a.m. at Holy Cross Church.""",
gold=[]),

dict(guid=BASE + "concetta-lo-bianco", pub="2026-03-19T11:00:00-04:00", title="Concetta \"Connie\" Lo Bianco (1933 - 2026)",
body="""Concetta "Connie" Lo Bianco, 92, a lifelong resident of Hartford's South End, died on March 16, 2026, at Hebrew Center for Health and Rehabilitation.

Connie worked for thirty-two years as a seamstress at G. Fox & Co. and then as the unofficial greeter of Franklin Avenue, where she could be found on the bench outside her nephew's pastry shop most summer mornings. She never married and called her nieces and nephews "i miei figli."

She is survived by her nephew, Vincent "Vinny" Lo Bianco and his wife, Gina, of Newington; her niece, Teresa Marino of Cromwell; and many grand-nieces and grand-nephews. She was predeceased by her brothers, Carmine and Salvatore Lo Bianco.

A Mass of Christian Burial will be celebrated Saturday at 10 a.m. at St. Augustine Church, Hartford. Burial will be private.""",
gold=[("HFD010", "survivor")]),

dict(guid=BASE + "angelina-mastrangelo", pub="2026-04-14T09:20:00-04:00", title="Angelina \"Angie\" Mastrangelo (1936 - 2026)",
body="""Angelina "Angie" Mastrangelo, of Wethersfield, passed away on Saturday, April 11, 2026, at her home, surrounded by her family, five weeks short of her ninetieth birthday, for which she had already planned the menu.

Angie was born in Hartford on May 19, 1936, the daughter of the late Luigi and Rosa (Pagano) DiNardo, and grew up above her father's barbershop on Franklin Avenue. She married Carmine Mastrangelo in 1957 and moved to Wethersfield in 1965, where she taught third grade at Highcrest School for twenty-nine years. She was a Eucharistic minister at Corpus Christi Church and the undefeated bocce champion of the Wethersfield Senior Center.

She is survived by her sons, Carl Mastrangelo (Denise) of Glastonbury and Louis Mastrangelo of Charlotte, N.C.; her daughter, Anna Marie Bruno (Frank) of Rocky Hill; seven grandchildren; and her great-granddaughter, Sofia. She was predeceased by her husband of fifty-one years, Carmine, in 2008.

Calling hours will be Thursday from 4 to 7 p.m. at our Wethersfield chapel. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at Corpus Christi Church.""",
gold=[("HFD011", "deceased_client")]),

dict(guid=BASE + "stanley-j-wisniewski", pub="2026-06-08T10:30:00-04:00", title="Stanley J. Wisniewski (1948 - 2026)",
body="""Stanley J. "Stan" Wisniewski, 78, of New Britain, died on Friday, June 5, 2026, at Hartford Hospital after a brief illness.

Stan was born in New Britain on March 14, 1948, the son of the late Walter and Jadwiga (Nowak) Wisniewski. A Vietnam veteran of the U.S. Army, he worked thirty-four years as a machinist at Fafnir Bearing and later drove a school bus for the Consolidated School District, where he learned the name of every child on Route 9. He was a longtime member of the Polish American Veterans Post and sang bass in the Holy Cross choir.

He leaves his wife of 54 years, Helen (Zawadzki) Wisniewski; his sons, Mark Wisniewski of Berlin and David Wisniewski (Laura) of Bristol; and four grandchildren, who called him Dziadzio.

Calling hours are Wednesday from 4 to 7 p.m. at our New Britain chapel. A Mass of Christian Burial will be celebrated Thursday at 10 a.m. at Holy Cross Church, followed by burial with military honors in Fairview Cemetery.""",
gold=[("HFD001", "deceased_client"), ("HFD002", "spouse_of_deceased_client")]),

dict(guid=BASE + "mehmed-hadzic", pub="2026-08-20T13:10:00-04:00", title="Mehmed Hadžić (1945 - 2026)",
body="""Mehmed Hadžić, 81, of Hartford, passed away on Tuesday, August 18, 2026, at Saint Francis Hospital.

Mehmed was born in Kozarac, Bosnia and Herzegovina, and worked as a schoolteacher until the war forced his family to flee in 1992. After six years in Germany, the family settled in Hartford in 1998, where he worked nights at a Windsor warehouse and spent his days at the Bosnian Islamic Center, teaching the children their alphabet and their history.

He is survived by his wife, Sabaheta; his son, Emir Hadžić of Hartford; his daughter, Lejla Kurtović of Hamtramck, Michigan; and five grandchildren.

Dženaza namaz will be offered Thursday after the noon prayer at the Bosnian Islamic Center of Hartford, with burial to follow in the Muslim section of Zion Hill Cemetery.""",
gold=[("HFD015", "survivor")]),
]
