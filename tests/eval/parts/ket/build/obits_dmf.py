"""Deer Mountain Funeral Chapel (Ketchikan, invented): funeral-home site, HTML in content:encoded. Hand-labelled."""

BASE = "https://www.deermountainchapel.example/obituaries/"
ITEMS = [
dict(guid="ket_dmf_connie_villanueva_2026", pub="2026-01-27T15:20:00-09:00", title="Consolacion \"Connie\" Villanueva",
body="""Consolacion "Connie" Reyes Villanueva, 87, of Ketchikan, went home to the Lord on January 22, 2026, surrounded by her children and grandchildren, the rosary in her hand.

Connie was born October 3, 1938, in Sarrat, Ilocos Norte, Philippines. She followed her husband, Pedro Villanueva, to Ketchikan in 1966, where he worked in the canneries, and she sewed, cooked and mothered half of the Filipino community of the First City. For 25 years she worked the slime line and later the office at the Ketchikan cannery, and she never let anyone leave her house on Second Avenue without a plate of pancit.

She is survived by her son, Aurelio "Rey" Villanueva of Ketchikan; her daughter, Cecilia "Cece" (Kenji) Taguchi of Klawock; her grandchildren, Hiro, Maya and Daniel; and many nieces and nephews in Ketchikan, Seattle and the Philippines. She was preceded in death by Pedro in 2011.

A rosary will be prayed nightly for nine nights at the family home. The Mass of Christian Burial will be celebrated at Holy Name Catholic Church on Saturday, January 31, at 10 a.m., Rev. Lorenzo Magbanua presiding. Interment at Bayview Cemetery, with a reception at the Filipino Community Hall.""",
gold=[("KET021", "survivor"), ("KET020", "survivor")]),

dict(guid="ket_dmf_samuel_kaganeek_2026", pub="2026-02-24T11:05:00-09:00", title="Samuel James Kaganeek",
body="""Samuel James Kaganeek, 72, of Ketchikan, walked into the forest on February 19, 2026. He was Raven, of the Dog Salmon House, and a child of Eagle.

Sam was born in Saxman on May 1, 1953, to Alfred and Esther Kaganeek. He learned to carve from his uncles in the Saxman carving shed and to fish from his father on the family gillnetter. He worked 30 years as a longshoreman on the Ketchikan docks and served on the Ketchikan Indian Community tribal council. He spoke Tlingit to his grandchildren every day, whether they answered or not.

He is survived by his wife of 48 years, Bernadine Kaganeek of Ketchikan; his sister, Marvella Tagook of Saxman; his sons, Alfred Kaganeek of Juneau and Jonah Kaganeek of Ketchikan; his daughter, Esther Kaganeek-Moore of Anchorage; and eleven grandchildren. He was preceded in death by his parents and his brother-in-law, Walter Tagook.

Services will be held at the Saxman Community Hall on Saturday, February 28, at 1 p.m. The family will host a forty-day party in April. Gunalchéesh to the staff of PeaceHealth Ketchikan for their care.""",
gold=[("KET022", "survivor"), ("KET005", "survivor")]),

dict(guid="ket_dmf_hazel_pritchett_2026", pub="2026-03-10T09:40:00-09:00", title="Hazel Marsden Pritchett",
body="""Hazel Marsden Pritchett, 84, of Metlakatla, passed away March 5, 2026, at the Annette Island Service Unit, with hymns playing.

Hazel was born on Annette Island in 1941, the daughter of Reuben and Grace Marsden, and was a proud Tsimshian woman of the Laxgibuu (Wolf) clan. She sang alto in the Metlakatla Christian Church choir for sixty years and was a founding member of the Metlakatla dancers who performed at Celebration in Juneau.

She is survived by her son, Thomas Pritchett of Metlakatla; her niece, Nadine Ryesdale and her husband Everett, of Metlakatla, who cared for her in her last years; and many grandchildren, nieces and nephews. She was preceded in death by her husband, Harold Pritchett, and her brothers, Reuben Jr. and Paul Marsden.

Services will be held at the Metlakatla Christian Church on March 14, with burial in the Metlakatla cemetery.""",
gold=[("KET011", "survivor"), ("KET010", "survivor")]),

dict(guid="ket_dmf_arturo_ocampo_2026", pub="2026-04-14T13:10:00-08:00", title="Arturo Bautista Ocampo",
body="""Arturo Bautista Ocampo, 79, died April 9, 2026, in Batangas City, Philippines, where he had retired after thirty years in Ketchikan.

Arturo came to Ketchikan in 1978 and worked as a cook on the Alaska ferries and later at the Gilmore Hotel. He was a founding member of the Ketchikan Filipino Community and the best dancer at every one of its Rizal Day dances.

He is survived by his wife, Remedios, of Batangas City; his son, Benedicto "Ben" Ocampo and his wife Rosie Dalisay-Ocampo of Ketchikan; his daughter, Marisol Ocampo Reyes of Daly City, California; and seven grandchildren.

A memorial Mass will be offered at Holy Name Catholic Church in Ketchikan on April 25 at 5:30 p.m., followed by a pasiyam dinner at the Filipino Community Hall.""",
gold=[("KET008", "survivor"), ("KET007", "survivor")]),

dict(guid="ket_dmf_dominic_ferrante_2026", pub="2026-05-20T10:00:00-08:00", title="Dominic Ferrante",
body="""Dominic Anthony Ferrante, 58, of Ketchikan, died May 15, 2026, after a short illness.

Dom grew up in Tacoma and came to Ketchikan in 1994 to work for the Coast Guard at Base Ketchikan. After retirement he opened Ferrante's Marine Electric on Stedman Street.

He is survived by his wife, Gina Ferrante; his children, Marco and Lucia; and his mother, Anna Ferrante of Tacoma.

A funeral service will be held at First City Community Church on May 23. Pallbearers are Harlan Vossberg, Kyle Brandt, Sean Moody and Marco Ferrante. Francine Arriola and the women of the church will host the luncheon that follows.""",
gold=[]),
]
