"""Vinland Lutheran Church (ELCA), Grand Forks: weekly bulletin, "In Memoriam" and prayer notices (plain text,
Norwegian-Lutheran phrasing, notices from the congregation's members' families elsewhere). Hand-labelled."""

ITEMS = [
dict(guid="gfk_vlc_bulletin_2026_02_15_brekke", pub="2026-02-15T07:00:00-06:00",
title="In Memoriam: Solveig Brekke",
body="""We give thanks to God for the life of our sister in Christ, Solveig Brekke, 92, who was called home on Tuesday, February 10, 2026, at Parkwood Place. Solveig was baptized and confirmed at Vinland and sang in the Senior Choir for 61 years; many of us learned our first Norwegian table prayer, "I Jesu navn går vi til bords," at her kitchen table.

She is survived by her sisters, Mrs. Duane Vigesaa (Lorraine) of East Grand Forks and Agnes Brekke of Fargo, and by many nieces and nephews. She was preceded in death by her parents, Knut and Inga Brekke, and her brother, Arne.

The Service of Witness to the Resurrection will be Thursday at 11 a.m. in the sanctuary, Pastor Sigrid Aamodt presiding. The Ladies Aid will serve lunch in Fellowship Hall. Memorials may be given to the Vinland Music Fund.""",
gold=[("GFK003", "survivor")]),

dict(guid="gfk_vlc_bulletin_2026_04_19_skjerven", pub="2026-04-19T07:00:00-05:00",
title="In Memoriam: Edna Skjerven",
body="""Edna Skjerven, 90, of Manvel, entered the Church Triumphant on April 14, 2026. Although Edna belonged to Manvel Lutheran, she worshipped with us every winter Sunday for twenty years when the roads north were too bad, and she never once left without checking on the coffee.

Edna is survived by her son, Kenny (Rhonda) Skjerven of Manvel; her daughter, Gail Berg of Grafton; seven grandchildren; and a great-grandson born last month. Her husband, Alvin, died in 2009.

Funeral: Wednesday at 10:30 a.m. at Manvel Lutheran Church. Our Quilters will send a prayer quilt to the family; please sign the card in the narthex.""",
gold=[("GFK014", "survivor")]),

dict(guid="gfk_vlc_bulletin_2026_06_28_fjeldahl", pub="2026-06-28T07:00:00-05:00",
title="In Memoriam: Ingrid Fjeldahl",
body="""Ingrid Fjeldahl, 84, a member of Vinland since 1966, fell asleep in the Lord on Monday, June 22, 2026, at Altru Hospital.

Ingrid taught Norwegian to our confirmation classes long after the Board said we no longer needed it, and she led the Sons of Norway rosemaling class at Nordic Hall every Tuesday night. She is survived by her son, Peter (Gail) Fjeldahl of Minot; her granddaughter, Berit Fjeldahl of Grand Forks; and her sister, Astrid Lee of Rugby.

Funeral: Thursday at 2 p.m. in the sanctuary, Pastor Sigrid Aamodt presiding. Interment at Memorial Park Cemetery.""",
gold=[]),

dict(guid="gfk_vlc_bulletin_2026_09_06_aamodt", pub="2026-09-06T07:00:00-05:00",
title="Prayers for Pastor Sigrid and her family",
body="""Please keep Pastor Sigrid Aamodt and her family in your prayers. Her grandfather, Martin Aamodt, 89, of Fosston, Minn., died on Tuesday, September 1, 2026, at First Care Health Center in Fosston.

Martin farmed near Fosston for sixty years and was for four decades the song leader at Bethlehem Lutheran there; Pastor Sigrid has often told us that she learned the liturgy on his lap. He is survived by his wife of 66 years, Clarice; his sons, Roger (Diane) Aamodt and Neil Aamodt, both of Fosston; and eight grandchildren, among them Pastor Sigrid Aamodt of Grand Forks.

Pastor Sigrid will be away September 8 to 11. Pastor Emeritus James Hovland will lead Wednesday's Bible study. Cards may be left in the church office.""",
gold=[("GFK022", "survivor")]),
]
