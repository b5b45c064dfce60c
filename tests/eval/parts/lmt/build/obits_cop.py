"""Chapel of the Pines Funeral Home (Klamath Falls; Merrill chapel): funeral-home site, HTML in content:encoded,
permalink guids. Hand-labelled."""

ITEMS = [
dict(guid="lmt_cop_2026_0211", pub="2026-02-03T10:00:00-08:00", title="Wendell Arlo Pickerill Sr.",
body="""Wendell Arlo Pickerill Sr. of Merrill passed away January 30, 2026, at the age of 90, in the farmhouse on Malone Road he built with his own hands in 1959.

Wendell was born in Tulelake, California, and came to Merrill as a boy. He raised grain and cattle, served 24 years on the Klamath Drainage District board and sang bass in the Merrill Community Presbyterian choir.

He is survived by his son, Wendell "Butch" Pickerill Jr. and wife Corinne, of Merrill; daughter, Faye Lundgren of Medford; seven grandchildren; and 11 great-grandchildren. Preceding him in death were his wife, Iona; his brothers, Arlo and Clyde; and a granddaughter, Tessa.

Funeral services will be held Saturday, February 7, at 11 a.m. at Merrill Community Presbyterian Church. Interment to follow at Merrill Cemetery.""",
gold=[("LMT003", "survivor"), ("LMT004", "survivor")]),

dict(guid="lmt_cop_2026_0218", pub="2026-02-24T10:00:00-08:00", title="Garrett Lee Skeen",
body="""Garrett Lee Skeen, 91, of Malin, went home to be with the Lord on February 19, 2026.

Garrett drove a Malin school bus for 38 years and fixed, by his own count, every John Deere in southern Klamath County at least once.

He is survived by his son, Clint Skeen of Malin; his grandson and namesake, Garrett Skeen of Malin, who now runs the repair shop his grandfather opened; and four great-grandchildren. He was preceded in death by his wife, Eunice, and his daughter, Wanda.

Visitation will be Friday from 5 to 7 p.m. at our Merrill chapel. Funeral services will be Saturday at 1 p.m. at Malin Community Church.""",
gold=[("LMT023", "survivor")]),

dict(guid="lmt_cop_2026_0225", pub="2026-03-12T10:00:00-07:00", title="Beverly Ann Haskins",
body="""Beverly Ann Haskins, 80, of Chiloquin, passed away March 8, 2026, at Sky Lakes Medical Center surrounded by family.

Bev was born in Lakeview, the youngest of the five Pelfrey girls, and cooked at the Chiloquin school cafeteria for 30 years. Her huckleberry pies were sold out at every Chiloquin Rodeo bake sale.

She is survived by her sister, Lorna Jean Sickmiller of Chiloquin; her children, Dustin Haskins of Sprague River and Tammy Rojas of Klamath Falls; and eight grandchildren. She was preceded in death by her husband, Earl; her sisters Opal, Iris and Marjorie; and her brother-in-law, Delmar Sickmiller.

A celebration of life will be held at the Chiloquin Community Center on March 21 at noon.""",
gold=[("LMT006", "survivor")]),

dict(guid="lmt_cop_2026_0232", pub="2026-04-21T10:00:00-07:00", title="Eusebio \"Chebo\" Ochoa",
body="""Eusebio "Chebo" Ochoa, 70, of Klamath Falls, passed away April 16, 2026.

Chebo was born in Jerez, Zacatecas, and came to the Klamath Basin in 1974 to work the potato harvest in Merrill. He later owned El Tapatío Market on South Sixth Street for 28 years, where he extended credit to half the town and never wrote it down.

Le sobreviven su esposa, Graciela; sus hijos, Rubén y Adriana; su hermana, Rosie Bettencourt de Klamath Falls; y once nietos. He is survived by his wife, Graciela; his children, Rubén and Adriana Ochoa of Klamath Falls; his sister, Rosie Bettencourt of Klamath Falls; and 11 grandchildren.

Rosary will be recited Thursday at 7 p.m. and a funeral Mass celebrated Friday at 10 a.m. at Sacred Heart Catholic Church, Klamath Falls.""",
gold=[("LMT005", "survivor")]),

dict(guid="lmt_cop_2026_0240", pub="2026-05-05T10:00:00-07:00", title="Ardith Marie Vandewalle",
body="""Ardith Marie Vandewalle, 85, of Klamath Falls, passed away on April 30, 2026.

Ardith was a registered nurse at Hillside Hospital and later at Merle West for 40 years, and a Klamath County Fair 4-H leader for two decades.

She is survived by her daughters, Gaylene (Royce) Hemmerling and Diane Vandewalle, both of Klamath Falls; her son, Neil Vandewalle of Boise; six grandchildren; and a great-grandson. She was preceded in death by her husband, Marvin.

Services will be held May 9 at 2 p.m. at First Presbyterian Church, Klamath Falls.""",
gold=[("LMT022", "survivor"), ("LMT021", "survivor")]),

dict(guid="lmt_cop_2026_0247", pub="2026-06-16T10:00:00-07:00", title="Guadalupe \"Lupe\" Castañeda",
body="""Guadalupe "Lupe" Castañeda, 77, of Merrill, passed away June 11, 2026.

Lupe sorted potatoes at the Merrill packing sheds for 45 years and was the heart of the Our Lady of Guadalupe Society at Sacred Heart.

She is survived by her children, Elena, Jorge and Miguel Castañeda, all of Merrill, and 14 grandchildren. She was preceded in death by her husband, Ramón.

Mass will be celebrated Saturday at 10 a.m. at Sacred Heart Catholic Church, Malin. Pallbearers will be Gus Villasenor, Jorge Castañeda Jr., Tony Medina and Ray Castañeda.""",
gold=[]),
]
