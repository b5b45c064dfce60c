"""The Plains Metis Messenger: community newsletter of the Little Shell and Metis families of Great Falls and
Hill 57, "Walking On" column, plain text. Hand-labelled."""

FEED = "pmm"
ITEMS = [
dict(guid="gtf_pmm_walkingon_2026_04_01", pub="2026-04-01T08:00:00-06:00",
title="Walking On: Raymond Lafromboise, 23",
body="""Raymond Joseph Lafromboise, 23, of Great Falls, walked on March 27, 2026, in a car accident on the Vaughn road. Raymond was named for his uncle and, like him, played the fiddle before he could read music. He worked at the Great Falls Public Schools bus barn and had just started classes at Great Falls College MSU to become a diesel mechanic.

He is survived by his parents, Curtis and Dawn Lafromboise of Great Falls; his sisters, Tayla and Brianne; his grandmother, Philomene "Phil" Lafromboise of Great Falls; his uncle, Ray Lafromboise (Corrine), and his cousins, Josette and Michel; and many more aunts, uncles and cousins across the Hi-Line and in Belcourt, N.D. He was preceded in death by his grandfather, Joseph Lafromboise.

A wake will be held at the Little Shell Tribal Cultural Center beginning Monday evening, with a rosary at 7 p.m. The funeral Mass is Tuesday at 11 a.m. at St. Ann's Cathedral, with burial at Hill 57 beside his grandfather. A jig and fiddle gathering in his memory will be held in June.""",
gold=[("GTF005", "survivor"), ("GTF006", "survivor")]),

dict(guid="gtf_pmm_walkingon_2026_06_10", pub="2026-06-10T08:00:00-06:00",
title="Walking On: Napoleon \"Nap\" Gardipee, 79",
body="""Napoleon "Nap" Gardipee, 79, of Great Falls, walked on June 5, 2026, at Benefis Hospital. Nap was a Red River cart builder, a storyteller in Michif and a fixture at every Back to Batoche gathering for fifty years.

He was born January 6, 1947, at Hill 57. He worked as a carpenter and, in retirement, taught beadwork and cart building to young people at the cultural center. He is survived by his wife, Agathe (Wilkie); his sons, Louis and Pierre Gardipee of Great Falls; his daughter, Marie-Rose Gardipee Bird of Browning; and thirteen grandchildren.

A wake will be held at the cultural center, and his funeral Mass will be at St. Ann's Cathedral on Thursday.""",
gold=[]),

dict(guid="gtf_pmm_walkingon_2026_07_21", pub="2026-07-21T08:00:00-06:00",
title="Walking On: Marguerite Azure, 85",
body="""Marguerite Celina Azure, 85, of Great Falls, walked on July 16, 2026, at Park Place, with her rosary in her hand and her great-granddaughter singing to her.

Marguerite was born May 9, 1941, in Lewistown to Baptiste and Celina (Doney) Azure and came to Great Falls in 1958. She worked as a cook at Columbus Hospital for thirty years and was a beloved auntie to every child in the Little Shell community.

She is survived by her brother, Leon Azure of Havre; her niece, Jolene (Azure) Mackenroth and her husband, Sterling, of Vaughn, who brought her to Sunday dinner every week; her nephew, Roland Azure of Great Falls; and many grandnieces and grandnephews. She was preceded in death by her sisters, Rose and Lucille.

Rosary will be held Thursday evening at the cultural center, with funeral Mass Friday at St. Ann's Cathedral and burial at Hill 57.""",
gold=[("GTF021", "survivor"), ("GTF020", "survivor")]),
]
