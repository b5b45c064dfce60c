"""Range Suomi Viesti (a Finnish-American community monthly of the Iron Range): obituaries with Finnish phrases
("Siunaustilaisuus", "Lepää rauhassa"), plain text. Hand-labelled."""

ITEMS = [
dict(guid="ely_rsv_obit_2026_0128", pub="2026-01-28T08:00:00-06:00", title="Toivo Hakkarainen, 1939-2026",
body="""AURORA - Toivo Aleksi Hakkarainen, 86, of Aurora, died January 22 at the Hoyt Lakes Care Center. He was born in Embarrass to Aleksi and Selma (Rajala) Hakkarainen and spoke Finnish at home until he started school.

Toivo worked for Erie Mining Company for 33 years, fished every lake between Aurora and the Canadian line, and built three saunas, each hotter than the last. He was a member of the Aurora Finnish Temperance Society hall when it still had members.

He is survived by his sister, Sirkka (Arvid) Rautiola of Embarrass; his cousin, Lorraine Huhtasaari of Biwabik; his nephew, Jon Rautiola of Embarrass; and nieces in Minneapolis and Cloquet. His wife, Aili, died in 2011.

Siunaustilaisuus (blessing service) was held January 27 at Our Savior's Lutheran Church in Aurora. Lepää rauhassa.""",
gold=[("ELY005", "survivor"), ("ELY004", "survivor"), ("ELY012", "survivor")]),

dict(guid="ely_rsv_obit_2026_0318", pub="2026-03-18T08:00:00-05:00", title="Lorraine Huhtasaari (née Kivisto), 1938-2026",
body="""BIWABIK - Lorraine Elvira Huhtasaari (née Kivisto), 87, of Biwabik, died peacefully March 12 at Essentia Health-Virginia.

Lorraine was born June 2, 1938, in Palo, the daughter of Wäinö and Hilma Kivisto. She taught piano to what seemed like every child in Biwabik and Aurora for fifty years, played the organ at Biwabik's Trinity Lutheran Church and directed the Range Finnish choir at FinnFest in 1996.

She was preceded in death by her husband, Reino Huhtasaari, in 2004, by her brother Arne Kivisto and by her cousin Toivo Hakkarainen, who died in January. She is survived by her nieces, Karen Kivisto Lahti of Esko and Ruth Kivisto of Duluth, and by her piano students, who are legion.

Siunaustilaisuus March 21, 11 a.m., Trinity Lutheran Church, Biwabik. Coffee and pulla will be served by the church women, with Sirkka Rautiola pouring. Lepää rauhassa.""",
gold=[("ELY012", "deceased_client")]),

dict(guid="ely_rsv_obit_2026_0422", pub="2026-04-22T08:00:00-05:00", title="Aune Jarvenpaa, 1945-2026",
body="""COLERAINE - Aune Sofia Jarvenpaa, 80, of Coleraine, died April 16 at the Grand Rapids hospital after a short illness.

Aune was born in Nashwauk to Finnish homesteaders and married Eino Jarvenpaa in 1965 at Bethany Lutheran Church, where she later taught Sunday school for forty years. She ran the Coleraine Co-op store for 25 years and wove rag rugs that are still on floors from Bovey to Keewatin.

She is survived by her husband of 61 years, Eino, of Coleraine; her daughter, Pauline (Stevan) Kuzmanovich of Nashwauk; three grandchildren; and her sister, Helmi Aho, of Hancock, Michigan. She was preceded in death by her parents and by her son, Matti, in 1989.

Siunaustilaisuus April 25 at Bethany Lutheran Church, Coleraine. Lepää rauhassa, Äiti.""",
gold=[("ELY021", "survivor")]),
]
