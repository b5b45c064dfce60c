"""Parish bulletins of southwest Montana (invented joint feed: Butte Catholic parishes, Holy Trinity Serbian Orthodox,
St. Peter's Anaconda): "please pray for" notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="btm_bul_0301_harrington", pub="2026-03-01T07:30:00-07:00", title="Please pray for Bridget (Biddy) Harrington",
body="""Please pray for the repose of the soul of Bridget "Biddy" Harrington, 97, who died Feb. 24 at the Butte Convalescent Center. Biddy was the last of the Harrington girls of Corktown and sang in our choir for 61 years. She is survived by her niece, Maureen (Con) Lenihan of Butte, who cared for her these last years, and by nieces and nephews in Butte and Seattle. She was preceded in death by her brothers, Dan and Jerome, and her sisters, Nora and Kathleen. The Mass of Christian Burial was offered at St. Lawrence O'Toole Church on Feb. 27; Father Pat Beretta, celebrant. Eternal rest grant unto her, O Lord.""",
gold=[("BTM002", "survivor"), ("BTM001", "survivor")]),

dict(guid="btm_bul_0419_vucurovich", pub="2026-04-19T07:30:00-06:00", title="Memory Eternal: Dragoljub \"Drago\" Vucurovich",
body="""Vječnaja pamjat - Memory Eternal. The parish asks your prayers for the newly departed servant of God Dragoljub "Drago" Vucurovich, 79, who fell asleep in the Lord on April 14. Drago was a longtime member of the church board and the Serbian Singing Society "Sloga." He is survived by his wife, Milka; his sons, Bora and Stevo; and his sister, Dee Radakovich of Butte, who lost her husband, Milan, only in February. The funeral was served April 17 by the V. Rev. Dane Popovich. The 40-day memorial (Parastos) will be May 24 after Liturgy, with a Daća to follow in the church hall.""",
gold=[("BTM004", "survivor")]),

dict(guid="btm_bul_0510_kovacich", pub="2026-05-10T07:30:00-06:00", title="In Memoriam: Anna Kovacich",
body="""Our parish family commends to God Anna Kovacich, 94, who died May 4 at the Copper Ridge Care Center. Anna was a member of St. Peter's for 75 years, baked povitica for every Christmas bazaar since 1952 and taught half of Anaconda to roll strudel dough until you could read a newspaper through it. She is survived by her daughter, Theresa, wife of Rudy Pavlovich Jr., of Anaconda; her son, John Kovacich of Butte; eight grandchildren and eleven great-grandchildren. The funeral Mass was celebrated May 8 at St. Peter's. Please remember the Kovacich and Pavlovich families in your prayers.""",
gold=[("BTM007", "survivor"), ("BTM006", "survivor")]),
]
