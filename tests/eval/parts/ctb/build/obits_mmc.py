"""Marias Memorial Chapel (funeral home, Cut Bank, Shelby and Conrad): HTML in content:encoded, a one-sentence
plain description. Hand-labelled (gold=...)."""

FEED = "mmc"
ITEMS = [
dict(guid="ctb_mmc_walter-kluth", pub="2026-03-23T14:10:00-06:00", title="Walter Emil Kluth (1942 - 2026)",
body="""Walter Emil Kluth, 83, of Cut Bank, passed away peacefully on March 19, 2026, at Northern Rockies Medical Center.

Walt was born in Cut Bank to Emil and Frieda Kluth and worked 38 years as a pumper in the Cut Bank oil field. He was an avid hunter, a tireless bowler and the unofficial mayor of the Glacier Lanes coffee counter.

He is survived by his wife of 60 years, Ione; his sister, Verna (Harlan) Ostrem of Cut Bank; his daughter, Tracy Kluth Morin of Great Falls; and three grandchildren.

Funeral services will be at 11 a.m. Friday at the Marias Memorial Chapel in Cut Bank, Pastor Kristin Aune officiating.""",
gold=[("CTB017", "survivor"), ("CTB002", "survivor"), ("CTB001", "survivor")]),

dict(guid="ctb_mmc_pearl-stensrud", pub="2026-04-06T10:30:00-06:00", title="Pearl Agnes Stensrud (1928 - 2026)",
body="""Pearl Agnes Stensrud, 97, of Shelby, died April 2, 2026, at the Marias Heritage Center.

Pearl was born in a sod-roofed house near Galata and taught in one-room schools in Toole County before marrying Nels Stensrud in 1949. She served lunch at the Shelby school cafeteria for 26 years and was famous for her cinnamon rolls.

She is survived by her son, Bernard "Barney" Stensrud of Shelby; her daughter, Nora Stensrud Hill of Spokane; six grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Nels, and her son, Leonard.

Services will be held at 2 p.m. Thursday at Trinity Lutheran Church in Shelby.""",
gold=[("CTB014", "survivor")]),

dict(guid="ctb_mmc_jacob-wipf", pub="2026-05-15T16:00:00-06:00", title="Jacob Wipf (2001 - 2026)",
body="""Jacob Wipf, 24, of Birch Creek Colony near Valier, died May 12, 2026, in a farm accident at the colony.

Jacob was born Nov. 4, 2001, at the colony, the son of Paul and Rebecca Wipf. He worked in the colony's hog barn and machine shop and sang bass in the colony choir.

He is survived by his parents, Paul and Rebecca Wipf; his brothers and sisters, Paul Jr., Sarah, Rachel and Samuel; his grandmother, Anna Wipf; and his uncle and namesake, Jacob Wipf, and his wife, Susanna, also of Birch Creek Colony.

The funeral will be held at 1 p.m. Friday at the Birch Creek Colony church, with burial in the colony cemetery.""",
gold=[("CTB016", "survivor")]),

dict(guid="ctb_mmc_theodore-calf-robe", pub="2026-06-24T11:15:00-06:00", title="Theodore 'Ted' Calf Robe (1947 - 2026)",
body="""Theodore "Ted" Calf Robe, 79, of Browning, began his journey to the Sand Hills on June 20, 2026, at Blackfeet Community Hospital, surrounded by his family.

Ted was born in Browning to Edward and Mae Calf Robe. He served in the Marine Corps in Vietnam, then worked 30 years for the Bureau of Indian Affairs roads department. He rodeoed as a young man, told stories as an old one, and never missed a North American Indian Days.

He is survived by his daughter, Rosalind "Roz" Calf Robe of Browning; his son, Edward Calf Robe of Missoula; his sister, Marlene Calf Robe; and many grandchildren, nieces and nephews. He was preceded in death by his wife, Doreen, and his brother, Leroy.

A wake will be held at the Browning Community Center, with funeral services at 11 a.m. Wednesday. Pallbearers: Curt Many Guns, Leon Calf Robe, Tyson Calf Robe, Darren Kipp, Wade Old Chief and Micah Calf Robe.""",
gold=[("CTB009", "survivor")]),

dict(guid="ctb_mmc_genevieve-tatsey", pub="2026-08-12T09:45:00-06:00", title="Genevieve Tatsey (1935 - 2026)",
body="""Genevieve Rose Tatsey, 90, of Babb, died Aug. 8, 2026, at her home on the St. Mary River, where she had lived for seventy years.

Genevieve ran the Tatsey cattle outfit with her late husband, Clement, and was known from Babb to Cardston for her beadwork and her huckleberry pies.

She is survived by her son, Kenny (Darla) Tatsey of Babb; her daughters, Roberta Tatsey of Browning and Lorna Tatsey Grant of Lethbridge, Alberta; 14 grandchildren and 22 great-grandchildren.

Rosary will be recited Tuesday evening and the funeral Mass celebrated Wednesday at 10 a.m. at Little Flower Catholic Church, Browning.""",
gold=[("CTB022", "survivor")]),

dict(guid="ctb_mmc_iris-kipp-sandoval", pub="2026-11-09T13:20:00-07:00", title="Iris Kipp Sandoval (1950 - 2026)",
body="""Iris Kipp Sandoval, 76, of Browning, passed away Nov. 5, 2026, at Benefis Hospital in Great Falls.

Iris was born in Browning, one of nine children of Joseph and Lena Kipp. She worked as a nurse's aide at Blackfeet Community Hospital for 35 years and raised her children and a good many of her nieces and nephews.

She is survived by her husband, Ray Sandoval; her children, Lena, Joseph and Ray Jr.; her sister, Charlene (Marvin) Wolf Plume of Browning; her brother, Ambrose Kipp of Heart Butte; and numerous grandchildren.

Funeral services will be held at 11 a.m. Saturday at the Browning Community Center.""",
gold=[("CTB005", "survivor"), ("CTB004", "survivor")]),
]
