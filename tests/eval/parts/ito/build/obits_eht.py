"""East Hawaii Tribune, "Obituaries and death notices" (daily newspaper of Hilo). House style of the East Hawaii
dailies: a single run-on paragraph, age and town first, "Born in ...", "Survived by ...; ..." with spouses in
parentheses, then visitation and services, "Casual/aloha attire", "Arrangements by ...". Plain text.
Hand-labelled: `gold` is what a careful assistant would propose."""

FEED = "eht"
ITEMS = [
dict(guid="ito_eht_obit_20260110_0117", pub="2026-01-10T05:30:00-10:00", title="Manuel Rapozo",
body="""Manuel "Manny" Rapozo, 80, of Hilo, a retired Hawaii Electric Light Co. lineman, died Jan. 4 at home. Born in Hilo, he was a Vietnam War Army veteran, a member of St. Joseph Church and the Hilo Portuguese Club, and for forty years the man who made the malasadas at the Holy Ghost festa.

Survived by wife, Gladys; sons, Kevin (Tammy) Rapozo of Hilo and Brian Rapozo of Las Vegas; sister, Genevieve "Gigi" Furtado of Honomu; brother, Joseph Rapozo of San Leandro, Calif.; six grandchildren and two great-grandchildren. Predeceased by sister, Mary Medeiros.

Visitation 9 a.m., Mass of Christian Burial 10 a.m. Saturday, Jan. 17, at St. Joseph Church. Burial with military honors at Veterans Cemetery No. 2. Aloha attire. Arrangements by Ponahawai Mortuary.""",
gold=[("ITO009", "survivor")]),

dict(guid="ito_eht_obit_20260202_0208", pub="2026-02-02T05:30:00-10:00", title="Rose Ching",
body="""Rose Kam Oi Ching, 91, of Hilo, a retired bookkeeper for the family store, Ching's Dry Goods on Keawe Street, died Jan. 27 at Life Care Center of Hilo. Born in Hilo, she was a charter member of the Hilo Chinese Civic Association and never missed a Chinese New Year lion dance in fifty years.

Survived by daughters, Leiann (Russell) Kaneakua of Hilo and Sharon Ching of Honolulu; son, Wilbert (Grace) Ching of Pearl City; five grandchildren. Predeceased by husband, Albert Ching.

Private family services. No flowers please; donations may be made to the Hilo Chinese Cemetery Association. Arrangements by Kaumana Memorial Chapel.""",
gold=[("ITO021", "survivor")]),

dict(guid="ito_eht_obit_20260304_0341", pub="2026-03-04T05:30:00-10:00", title="Norman Kuwaye",
body="""Norman K. Kuwaye, 58, of Kailua-Kona, a charter boat captain out of Honokohau Harbor, died Feb. 24 at Kona Community Hospital. Born in Kealakekua, he was a 1985 graduate of Konawaena High School and a longtime member of the Kona Game Fish Club.

Survived by wife, Darlene; sons, Troy and Kyle of Kailua-Kona; mother, Setsuko Kuwaye of Captain Cook; sister, Gail (Dennis) Okamura of Waimea.

Celebration of life 4 p.m. Saturday, March 14, at the Honokohau Harbor boat ramp pavilion. Bring a chair and your fish stories. Arrangements by Kona Sunset Memorial.""",
gold=[]),

dict(guid="ito_eht_notice_20260409_0455", pub="2026-04-09T05:30:00-10:00", title="Death notice: Bernard Kekumu",
body="""Bernard Kekumu of Hilo died April 2, 2026. Arrangements are pending with Kaumana Memorial Chapel.""",
gold=[("ITO012", "possible_deceased_client")]),

dict(guid="ito_eht_obit_20260514_0592", pub="2026-05-14T05:30:00-10:00", title="Shigeru Hanzawa",
body="""Shigeru "Shig" Hanzawa, 84, of Hilo, a retired Hilo Coast Processing Co. mill supervisor, died May 9 at Hilo Benioff Medical Center. He was born June 12, 1941, in Pepeekeo Camp 1. He was an Army veteran, a past president of Waiakea Hongwanji Mission, and a member of the Hilo Bonsai Club and the Pepeekeo Camp reunion committee.

Survived by wife of 60 years, Haruko (Okinaka) Hanzawa of Hilo; sons, Dean (Ann) Hanzawa of Hilo and Craig (Lisa) Hanzawa of Aiea; brother, Minoru Hanzawa of Gardena, Calif.; four grandchildren.

Visitation 9 a.m., service 10 a.m. Saturday, May 23, at Waiakea Hongwanji Mission. Casual attire. Arrangements by Ponahawai Mortuary.""",
gold=[("ITO001", "deceased_client"), ("ITO002", "spouse_of_deceased_client")]),

dict(guid="ito_eht_obit_20260603_0640", pub="2026-06-03T05:30:00-10:00", title="Lorraine Sakoda",
body="""Lorraine Emiko Sakoda, 34, of Hilo, a registered nurse in the Hilo Benioff Medical Center emergency department, died May 28 at home after a two-year illness. Born in Hilo, she graduated from Hilo High School and the University of Hawaii at Hilo School of Nursing, and coached girls volleyball at the Boys & Girls Club.

Survived by parents, Dennis and Amy Sakoda of Hilo; brother, Kyle Sakoda of Portland, Ore.; grandmothers, Tomiko Sakoda and Tsuruko Ishibashi, both of Hilo; aunt and namesake, Lorraine Sakoda of Hilo; and many cousins.

Visitation 5 p.m., service 6 p.m. Friday, June 12, at Kaumana Memorial Chapel. Aloha attire. The family asks that no koden be given; donations may go to the Hilo Benioff Medical Center Foundation.""",
gold=[("ITO013", "survivor")]),

dict(guid="ito_eht_obit_20260708_0733", pub="2026-07-08T05:30:00-10:00", title="Abraham Kamakea",
body="""Abraham "Abe" Kamakea, 88, of Keaau, a retired Olaa Sugar Co. truck driver and a founding member of Keaau Hawaiian Civic Club, died June 30 at home in Hawaiian Paradise Park, surrounded by his ohana. Born in Kalapana, he was a steel guitar player who performed at Keaau Village Market every Saturday morning for twenty years.

Survived by daughters, Pualani (Dwayne) Vierra of Keaau and Leimomi Kamakea of Las Vegas; hanai son, Kekoa Lum of Pahoa; nine grandchildren; 14 great-grandchildren. Predeceased by wife, Lily, and son, Abraham Jr.

Celebration of life 10 a.m. Saturday, July 18, at Keaau Hawaiian Congregational Church. Aloha attire. Arrangements by Kaumana Memorial Chapel.""",
gold=[("ITO003", "survivor")]),

dict(guid="ito_eht_obit_20260819_0811", pub="2026-08-19T05:30:00-10:00", title="Erwin Kahikina",
body="""Erwin Kamaka Kahikina, 70, of Pahoa, a retired county road crew foreman, died Aug. 11 at Hilo Benioff Medical Center. Born in Kapoho, he lost his family home to the 1960 lava flow as a boy and again to the 2018 eruption, and rebuilt both times.

Survived by brother, Alfred "Sonny" Kahikina of Pahoa; sisters, Margaret Kahikina-Lee of Kaneohe and Patricia Kahikina of Pahoa; nieces and nephews.

Services 11 a.m. Saturday, Aug. 29, at Pahoa Hawaiian Church. Aloha attire. Arrangements by Ponahawai Mortuary.""",
gold=[]),
]
