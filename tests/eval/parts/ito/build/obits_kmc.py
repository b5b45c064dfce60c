"""Kaumana Memorial Chapel & Crematory, Hilo: a funeral home's own obituary pages. Titles "Name (1939 - 2026)",
a one-sentence plain description, the full text as HTML in content:encoded, Hawaiian diacritics (okina, kahako)
as families write them, "Celebration of Life", ohana, hanai. Hand-labelled."""

FEED = "kmc"
ITEMS = [
dict(guid="ito_kmc_kiyoshi-okinaka", pub="2026-01-22T14:10:00-10:00", title="Kiyoshi Okinaka (1939 - 2026)",
body="""Kiyoshi "Kiyo" Okinaka, 86, of Papaikou, passed away peacefully on January 16, 2026, at home, with his family at his side.

Kiyo was born in Pāpaʻikou Camp, the youngest of seven children of Tokuichi and Yoshino Okinaka. He worked forty years for the County of Hawaiʻi Department of Water Supply, raised anthuriums in his back yard for the Hilo market, and could name every mango tree between Pāpaʻikou and Wainaku and whose tree it was.

He is survived by his wife of 58 years, Betty Okinaka; daughters, Sandra (Glenn) Miyashiro of Hilo and Joyce Okinaka of Seattle; sister, Haruko (Shigeru) Hanzawa of Hilo; four grandchildren. He was preceded in death by his brothers Tadao, Isamu and Masao and sisters Fumie and Chiyoko.

A memorial service will be held Saturday, February 7, at 10 a.m. at Kaumana Memorial Chapel, with Rev. Jiko Nakasone of Waiakea Hongwanji officiating. Urn bearers: Hideo Matsunami, Glenn Miyashiro and Dean Hanzawa. Casual attire. The family will accept koden but asks that no flowers be sent.""",
gold=[("ITO002", "survivor"), ("ITO001", "survivor")]),

dict(guid="ito_kmc_rosario-domingo", pub="2026-03-20T11:45:00-10:00", title="Rosario Domingo (1943 - 2026)",
body="""Rosario "Charing" Agbayani Domingo, 82, of Kurtistown, went home to the Lord on March 13, 2026, at Hilo Benioff Medical Center.

Charing was born in Laoag, Ilocos Norte, and came to Hawaiʻi in 1966 to join her husband, Eusebio, at the ʻŌlaʻa sugar mill. She sewed wedding and debut gowns for three generations of Puna families, grew the best bittermelon on Road 9, and led the rosary at Sacred Heart Church in Pāhoa for thirty years.

She is survived by her daughters, Shelly (Wendell) Akiona of Kurtistown and Marilou Domingo of Waipahu; her son, Ernesto (Nora) Domingo of Hilo; eight grandchildren; and three great-grandchildren. She was preceded in death by her husband, Eusebio Domingo, and by her grandson, Jayden.

Visitation will be held Friday, March 27, at 5 p.m. at Sacred Heart Church, Pāhoa, with a rosary at 6 p.m. Mass of Christian Burial Saturday, March 28, at 10 a.m., burial to follow at Hawaiian Paradise Park Cemetery.""",
gold=[("ITO018", "survivor"), ("ITO017", "survivor")]),

dict(guid="ito_kmc_annabelle-naone", pub="2026-06-15T09:30:00-10:00", title="Annabelle Leialoha Nāone (1932 - 2026)",
body="""Annabelle Leialoha Nāone, 93, of Pepeʻekeo, returned to the arms of her Heavenly Father on June 6, 2026, at home, surrounded by her ʻohana and the sound of the ocean she loved.

Aunty Annabelle was born in Honomū and raised her family on the Hāmākua Coast. She was a lei maker whose crown flower and pīkake lei went to every Hilo High graduation for four decades, a lifelong member of Haili Congregational Church and a kupuna of the Pepeʻekeo community association.

She is survived by her sons, Samuel Nāone of Hilo and Peter (Malia) Nāone of Kapolei; her granddaughters, Kehaulani Nāone of Pepeʻekeo, who cared for her at home these last years, and Kaleo Nāone-Cruz of Hilo; her hānai daughter, Rowena Kalua of Honomū; nine more grandchildren and twelve great-grandchildren. She was preceded in death by her husband, Samuel Sr., and her daughter, Lehua.

A Celebration of Life will be held Saturday, June 27, 2026, at Haili Congregational Church. Visitation 9 a.m., service 10:30 a.m., luncheon to follow. Aloha attire.""",
gold=[("ITO023", "survivor")]),

dict(guid="ito_kmc_evelyn-kuboyama", pub="2026-07-25T10:05:00-10:00", title="Evelyn Sachiko Kuboyama (1940 - 2026)",
body="""Evelyn Sachiko Kuboyama, 85, of Honolulu, formerly of Hilo, passed away on July 14, 2026, in Honolulu.

Evelyn was born in Hilo and graduated from Hilo High School in 1958. She taught third grade at Kapiʻolani Elementary for many years before moving to Honolulu in 1994 to be near her grandchildren.

She is survived by her son, Gilbert Kuboyama of Honolulu, named for his uncle; her daughter, Nancy (Todd) Shimabukuro of Mililani; her brother-in-law, Gilbert "Gil" Kuboyama of Volcano; five grandchildren. She was preceded in death by her husband, Harold Kuboyama, in 2009.

Inurnment will be at Hilo Memorial Park on Saturday, August 8, at 2 p.m. Family and friends are welcome.""",
gold=[("ITO022", "survivor")]),

dict(guid="ito_kmc_milton-hirayama", pub="2026-09-03T13:20:00-10:00", title="Milton Isamu Hirayama (1935 - 2026)",
body="""Milton Isamu Hirayama, 90, of Hilo, died August 27, 2026, at Life Care Center of Hilo, five months after his beloved wife, Sumiko.

Milton was born in Hakalau and was a proud veteran of the Korean War. He owned Hirayama Radio & TV Repair on Mamo Street from 1962 until 2001, and fixed more rice cookers than televisions in the last ten years of it.

He is survived by his daughter, Jean (Norman) Kuwaye of Hilo; his son, Calvin Hirayama of San Jose, Calif.; three grandchildren. He was preceded in death by his wife, Sumiko, and his brother, Shigeo.

A service will be held Saturday, September 19, at 10 a.m. at Kaumana Memorial Chapel. Casual attire.""",
gold=[("ITO011", "survivor"), ("ITO010", "survivor")]),

dict(guid="ito_kmc_eleanor-mahi", pub="2026-10-10T15:40:00-10:00", title="Eleanor Puakea Mahi (1949 - 2026)",
body="""Eleanor Puakea Mahi, 77, of Honokaʻa, passed away October 2, 2026, at Hale Hoʻola Hāmākua.

Eleanor was born in Paʻauilo and worked thirty-one years as a clerk at the Honokaʻa post office, where she knew everyone's box number and most of their business. She sang alto in the Honokaʻa Hongwanji choir although she was a Catholic, because, she said, their choir needed her more.

She is survived by her husband, Rodney Mahi; her daughters, Tiare (Keoni) Lindsey of Waimea and Pono Mahi of Honokaʻa; her nephew, Wendell Akiona of Kona; and six grandchildren.

Services will be held Saturday, October 17, at Our Lady of Lourdes Church, Honokaʻa. Burial at Honokaʻa Catholic Cemetery.""",
gold=[]),
]
