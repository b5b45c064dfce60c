"""Heartland Crossroads Community News (a multi-community paper for Des Moines' Bosnian, Lao and Tai Dam and
Lutheran congregations): "In Memoriam" column, plain text, sent in by families and congregations.
Hand-labelled (gold=[...])."""

FEED = "hcc"
ITEMS = [
dict(guid="dsm_hcc_mem_2026_021", pub="2026-02-20T12:00:00-06:00", title="In Memoriam: Husein Mehmedović (1946-2026)",
body="""Inna lillahi wa inna ilayhi raji'un. Husein Mehmedović, 79, of Urbandale, preselio je na ahiret on Tuesday, February 17, 2026.

Husein was born in Kozarac, Bosnia and Herzegovina, and survived the Omarska camp in 1992. He came to Des Moines with his family in 1998 and worked for nineteen years at the Meredith printing plant. He was among the founders of the Bosnian Islamic Center on Hickman Road, and for years he made the ćevapi at every Bajram picnic.

He is survived by his wife, Hajra; his daughter, Amra Hadžić, and her husband, Emir, of Urbandale; his son, Edin Mehmedović of St. Louis; and five grandchildren.

Dženaza namaz will be held after the midday prayer on Thursday at the Bosnian Islamic Center, with burial at Resthaven Cemetery.""",
gold=[("D006", "survivor"), ("D005", "survivor")]),

dict(guid="dsm_hcc_mem_2026_034", pub="2026-03-27T12:00:00-05:00", title="In Memoriam: Fata Hadžić (1940-2026)",
body="""Fata Hadžić, 85, of St. Louis, Mo., formerly of Des Moines, died March 22, 2026, at her son's home in south St. Louis.

Fata was born in Prijedor and came to Des Moines as a refugee in 1996 before moving to the Bevo Mill neighborhood of St. Louis in 2003. Many families here remember her garden on Southeast 14th Street.

She is survived by her sons, Emir (Selma) Hadžić of St. Louis and Senad Hadžić of Utica, N.Y.; and six grandchildren. Dženaza was held March 24 at the Islamic Community Center in St. Louis.""",
gold=[]),

dict(guid="dsm_hcc_mem_2026_052", pub="2026-05-08T12:00:00-05:00", title="In Memoriam: Khamla Phanthavong",
body="""Khamla Phanthavong, 84, of Ankeny, passed away peacefully on May 4, 2026, at the home of her daughter Lae in Des Moines.

Born in Savannakhet, Laos, she fled across the Mekong with three children in 1979 and spent four years in the Nong Khai refugee camp before Lutheran Immigration and Refugee Service brought the family to Iowa in 1983. She sewed for a drapery company for twenty years and was a faithful member of Wat Lao Buddhavong.

She is survived by her son, Somsak "Sam" Phanthavong, and daughter-in-law, Vanh, of Ankeny; her daughters, Noy Keomany of Fort Smith, Ark., and Lae Sayavong of Des Moines; and eleven grandchildren.

Monks will chant at the family home Friday evening; the cremation ceremony will be Saturday morning at Wat Lao Buddhavong.""",
gold=[("D012", "survivor"), ("D013", "survivor")]),

dict(guid="dsm_hcc_mem_2026_067", pub="2026-06-12T12:00:00-05:00", title="In Memoriam: Lu Van Ha",
body="""Lu Van Ha, 90, of Des Moines, one of the first Tai Dam refugees welcomed to Iowa under Governor Ray in 1975, died June 8, 2026.

Mr. Lu was born in Muong Lo in northwestern Vietnam and led his extended family through Laos and into a camp in Thailand before their resettlement in Des Moines. He worked at the Firestone plant for twenty-two years and taught Tai Dam script to children in his basement on Saturday mornings.

He is survived by his wife, Lo Thi Cam; his sons, Lu Van Tien and Lu Van Binh of Des Moines; his daughter, Mai Lu Vi of Ankeny; and many grandchildren.

The traditional ceremony will be led by community elder Lanh Deo at the Tai Dam Association hall on Saturday, followed by burial at Laurel Hill Cemetery.""",
gold=[]),

dict(guid="dsm_hcc_mem_2026_081", pub="2026-08-14T12:00:00-05:00", title="In Memoriam: Harriet Lindqvist",
body="""Harriet Lindqvist, 95, of Johnston, entered the Church Triumphant on August 10, 2026.

Harriet was born in Swede Point (now Madrid), Iowa, and was baptized, confirmed and married at Bethesda Lutheran Church in Ames. She taught piano to three generations of children and played the organ for Sunday vespers at Salem Lutheran into her late eighties. She never married after her fiancé was killed in Korea, and she spoke of him every year on the Fourth of July.

She is survived by her nieces, Susan (Tom) Halvorsen of Ankeny and Karen Lindqvist of Decorah, and her nephew, Paul Lindqvist of Boone. She was preceded in death by her brothers, Arvid and Nils Lindqvist.

A service of Christian burial will be held at 11 a.m. Monday at Salem Lutheran Church, Des Moines.""",
gold=[("D015", "survivor"), ("D016", "survivor")]),
]
