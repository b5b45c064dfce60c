"""Sioux Empire Leader (invented regional daily, Sioux Falls, S.D.), obituaries: plain-text descriptions in the
paper's house style ("Grateful for having shared her life are ..."). Hand-labelled: gold=[(client_id, role)]."""

FEED = "sel"
ITEMS = [
dict(guid="sfx_sel_obit_260218_quam", pub="2026-02-18T05:30:00-06:00", title="Beverly Ann Quam",
body="""Beverly Ann Quam, age 79, of Hartford, passed away Sunday, February 15, 2026, at Avera Prince of Peace.

Beverly was born on May 3, 1946, in Humboldt to Elmer and Ruth (Stensland) Bakke. She graduated from Humboldt High School and married Orville Quam on August 20, 1966, at West Nidaros Lutheran Church near Crooks. Bev was the friendly voice of the Hartford Farmers Elevator office for 30 years and the keeper of the church cookbook at Hartford Lutheran.

Grateful for having shared her life are her son, Brad Quam, Hartford; her daughter, Julie (Mike) Gullickson, Humboldt; five grandchildren; her sister, Karen Bakke, Sioux Falls; and her sister-in-law, Marlys Eidsness, Brandon.

She was preceded in death by her husband, Orville, in 2018, and by her parents.

Funeral services will begin at 10:30 a.m. Friday at Hartford Lutheran Church, with visitation one hour prior. Burial will be at Hartford Cemetery. Arrangements by Riverside Prairie Funeral Chapels.""",
gold=[("SFX018", "survivor"), ("SFX003", "survivor")]),

dict(guid="sfx_sel_obit_260310_tschetter", pub="2026-03-10T05:30:00-05:00", title="Duane Tschetter",
body="""Duane Tschetter, age 81, of Huron, died Friday, March 6, 2026, at Huron Regional Medical Center.

Duane was born January 19, 1945, on the Jamesville Colony near Utica, the son of David and Anna (Kleinsasser) Tschetter. He married Elsie Gross in 1967 and farmed northeast of Huron until 2008. He served for many years on the board of Bethesda Mennonite Church and was a familiar face at the State Fair cattle barn.

Grateful for having shared his life are his wife of 58 years, Elsie; his sons, Kevin (Amy) Tschetter of Huron and Darrel (Jodi) Tschetter of Wolsey; his daughter, Brenda Hofer of Yankton; 11 grandchildren; and his brother, Eli Tschetter of Mitchell.

He was preceded in death by his parents and his sisters, Sarah and Rachel.

Funeral will be 2 p.m. Tuesday at Bethesda Mennonite Church, Huron. Kuhler Funeral Home, Huron.""",
gold=[]),

dict(guid="sfx_sel_obit_260512_ohalloran", pub="2026-05-12T05:30:00-05:00", title="Margaret \"Peg\" O'Halloran",
body="""Margaret "Peg" O'Halloran, age 88, of Sioux Falls, died peacefully on Saturday, May 9, 2026, at Avera Prince of Peace, with the rosary in her hands.

Peg was born March 17, 1938 - St. Patrick's Day, as she reminded everyone - in Jefferson, S.D., to Thomas and Nora (Quinn) Dunleavy. She graduated from St. Joseph's School of Nursing and married Dennis O'Halloran at St. Peter Catholic Church in Jefferson on June 6, 1959. She worked nights in the McKennan maternity ward for 28 years and delivered, by her own count, "a good share of Sioux Falls."

Grateful for having shared her life are her children, Colleen O'Halloran of Sioux Falls, Michael (Terri) O'Halloran of Omaha, and Kathleen (Greg) Schultz of Rapid City; nine grandchildren; and three great-grandchildren.

She was preceded in death by her husband, Dennis, in 2011; her son, Patrick, in 1984; and her brothers, Jack and Francis Dunleavy.

Mass of Christian Burial will be 10:30 a.m. Thursday at St. Mary Catholic Church, Sioux Falls, with a vigil service at 7 p.m. Wednesday. Burial at St. Michael's Cemetery.""",
gold=[("SFX015", "survivor")]),

dict(guid="sfx_sel_obit_260623_vanderwal", pub="2026-06-23T05:30:00-05:00", title="Eleanor VanderWal",
body="""Eleanor Joan VanderWal, age 90, of Brandon, died Saturday, June 20, 2026, at Fountain Springs Senior Living, Brandon.

Eleanor was born April 11, 1936, near Corsica to Jacob and Geertje (Bultje) Den Herder. She married Harold VanderWal at Corsica Christian Reformed Church in 1956, and they farmed near Platte before retiring to Brandon in 1999. She was a gifted seamstress who sewed the wedding dresses of all three of her granddaughters.

Grateful for having shared her life are her sons, Rev. Dale (Karla) VanderWal of Brandon and Glenn (Lisa) VanderWal of Platte; her daughter, Rachel (Tom) Brouwer of Pella, Iowa; 12 grandchildren; and 17 great-grandchildren.

She was preceded in death by her husband, Harold, in 2010, and her brothers, Wilbur and Jake Den Herder.

Funeral will be 11 a.m. Friday at Brandon Valley Christian Reformed Church. Burial at Platte Cemetery.""",
gold=[("SFX014", "survivor")]),

dict(guid="sfx_sel_obit_260922_brende", pub="2026-09-22T05:30:00-05:00", title="Orrin Martin Brende",
body="""Orrin Martin Brende, age 89, of Sioux Falls, died Sunday, September 13, 2026, at Avera McKennan Hospital.

Orrin was born May 20, 1937, near Baltic to Martin and Olga (Haugen) Brende. He married Lorraine Hegg on June 18, 1960, in Canton. He retired as a yardmaster for the Burlington Northern in 1997 and was a 60-year member of First Lutheran Church.

Grateful for having shared his life are his wife of 66 years, Lorraine; his sons, Paul (Denise) Brende of Brandon and Steven Brende of Denver; his daughter, Ann (Rick) Solberg of Sioux Falls; eight grandchildren; four great-grandchildren; and his brother-in-law, Ken (Darlene) Hegg of Canton.

He was preceded in death by his parents, his brother Arlo, and his sisters Gladys and Inez.

Funeral was held September 19 at First Lutheran Church. Riverside Prairie Funeral Chapels.""",
gold=[]),  # later second copy of sfx_rpfc_obit_260916_brende: labelled on the earlier copy only

dict(guid="sfx_sel_obit_261105_sletten", pub="2026-11-05T05:30:00-06:00", title="Doris Sletten",
body="""Doris Elaine Sletten, age 83, of Canton, passed away Monday, November 2, 2026, at Sanford Canton-Inwood Medical Center.

Doris was born July 7, 1943, in Canton to Elmer and Hilda (Tollefson) Hegg. She married Marvin Sletten in 1962, and together they ran Sletten Implement on Highway 18 for 35 years. She was a 4-H leader for three decades and a fixture at the Lincoln County Fair pie table.

Grateful for having shared her life are her sons, Jeff (Renee) Sletten and Mark Sletten, both of Canton; five grandchildren; her sister, Lorraine Brende of Sioux Falls; and her brother, Ken (Darlene) Hegg of Canton.

She was preceded in death by her husband, Marvin, in 2020; her parents; and her brother-in-law, Orrin Brende.

Funeral will be 10:30 a.m. Saturday at Our Savior's Lutheran Church, Canton. Burial at Forest Hill Cemetery.""",
gold=[("SFX013", "survivor"), ("SFX021", "survivor")]),
]
