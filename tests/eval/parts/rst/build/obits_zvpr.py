"""Zumbro Valley Post-Record (Rochester daily, invented): death notices and obituaries, dateline style, plain
text; full obituaries and short paid notices ("FJELSTAD, Roderick"). Hand-labelled."""

FEED = "zvpr"
ITEMS = [
dict(guid="rst_zvpr_obit_2026_0112", pub="2026-02-03T05:00:00-06:00", title="Evelyn Marie Quarve",
body="""KASSON - Evelyn Marie Quarve, 91, of Kasson, died Saturday, Jan. 31, 2026, at Fairview Care Center in Dodge Center, with her children at her side.

Evelyn Marie Stenzel was born Oct. 2, 1934, on the family farm near Claremont, the daughter of Herman and Alma (Kruger) Stenzel. She married Elmer Quarve on June 14, 1957, at St. John's Lutheran Church in Claremont, and the couple farmed west of Kasson for forty years. Evelyn drove the school bus for the Kasson-Mantorville district for 22 years and never, her grandchildren say, left a child standing at the end of a driveway.

She is survived by her daughter, Roz (Dag) Skjervheim of Byron; her son, Mark (Deb) Quarve of Dodge Center; five grandchildren; nine great-grandchildren; and her sister, Lucille Ranfranz of Owatonna. She was preceded in death by her husband, Elmer, in 2012, and by her brothers, Walter and Harold Stenzel.

Funeral services will be 11 a.m. Friday at St. John's Lutheran Church, Kasson, with visitation one hour before. Burial will be in Kasson Cemetery. Arrangements are with Hallsten-Kjos Funeral Home, Kasson chapel.""",
gold=[("RST004", "survivor"), ("RST003", "survivor")]),

dict(guid="rst_zvpr_obit_2026_0158", pub="2026-03-10T05:00:00-05:00", title="Harriet Ann Sveigen",
body="""THIEF RIVER FALLS - Harriet Ann Sveigen, 74, of Thief River Falls and formerly of Rochester, died Friday, March 6, 2026, at Sanford Thief River Falls Medical Center.

Harriet Ann Lommen was born April 2, 1951, in Rochester to Clarence and Edna Lommen and graduated from John Marshall High School in 1969. She married Clifford Sveigen in 1973 and the couple moved north, where she worked thirty years as a clerk for Pennington County and sang alto in the Trinity Lutheran choir.

Survivors include her husband of 52 years, Clifford; their sons, Dean (Tracy) Sveigen of Grand Forks, N.D., and Scott Sveigen of Thief River Falls; four grandchildren; and a brother, Gerald Lommen of Rochester.

A memorial service will be held at Trinity Lutheran Church, Thief River Falls, in the spring. Johnson Funeral Service, Thief River Falls, is in charge of arrangements.""",
gold=[]),  # namesake: different birth date (roster 1951-11-25) and a different husband (roster spouse Orrin)

dict(guid="rst_zvpr_obit_2026_0201", pub="2026-04-14T05:00:00-05:00", title="Gunnar O. Thorsgaard",
body="""ROCHESTER - Gunnar Olaf Thorsgaard, 93, of Rochester, died Saturday, April 11, 2026, at Samaritan Bethany Home on Eighth.

Gunnar was born Dec. 9, 1932, in Zumbro Falls, the youngest of seven children of Nels and Ragna Thorsgaard. After service with the Army in Korea he spent 35 years as a machinist at the Rochester IBM plant and four decades in the bass section of the Rochester Male Chorus. He never married, and he was, as his nieces and nephews put it, "everybody's favorite uncle and the only one who could fix a snowblower."

He is survived by his nephews, Gunnar (Beverly) Thorsgaard of Oronoco and Per Thorsgaard of Fargo, N.D.; his nieces, Solveig Ness of Zumbro Falls and Karin Thorsgaard-Lee of St. Paul; and many grandnieces and grandnephews. He was preceded in death by his parents and all six of his siblings.

A funeral service will be held at 11 a.m. Saturday, April 18, at Zumbro Lutheran Church, Rochester, with visitation at 10 a.m. Interment will be in Oronoco Cemetery with military honors.""",
gold=[("RST009", "survivor")]),

dict(guid="rst_zvpr_obit_2026_0244", pub="2026-05-19T05:00:00-05:00", title="Declan Patrick O'Dwyer",
body="""ROCHESTER - Declan Patrick O'Dwyer, 19, of Rochester, died unexpectedly Wednesday, May 13, 2026.

Declan was born Feb. 21, 2007, in Rochester and graduated in 2025 from Century High School, where he ran cross country and played the bodhran in the school's Irish music club. He was finishing his first year at Minnesota State University, Mankato, where he was studying to be a paramedic.

Declan is survived by his parents, Sean and Maureen (Halloran) O'Dwyer of Rochester; his sisters, Niamh and Clodagh; his grandmother, Bridget O'Dwyer of Limerick, Ireland; and his uncle and godfather, Declan O'Dwyer (Aoife) of Rochester, for whom he was named, along with many aunts, uncles and cousins.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Friday at the Co-Cathedral of St. John the Evangelist, Rochester. Memorials are preferred to the Rochester area suicide prevention coalition.""",
gold=[("RST018", "survivor")]),  # the deceased is a young namesake; the client is his uncle and godfather

dict(guid="rst_zvpr_obit_2026_0290", pub="2026-06-09T05:00:00-05:00", title="Marlys Jean Dahle",
body="""BYRON - Marlys Jean Dahle, 86, of Byron, died Sunday, June 7, 2026, at her home, surrounded by family.

Marlys was born March 30, 1940, in Kenyon. She taught second grade in Byron for 31 years, ran the church kitchen at Byron Good Shepherd Lutheran for longer than anyone can remember, and judged pies at the Olmsted County Fair every August until last summer.

Marlys is survived by her daughter and son-in-law, Kara and Toby Ruesink of Byron; her son, Craig Dahle of Sioux Falls, S.D.; her grandchildren, Owen and Ella Ruesink and Jordan Dahle; and her brother, Arlen Haugen of Kenyon. She was preceded in death by her husband, Lloyd, in 2019.

A celebration of life will be held at 2 p.m. Saturday at Byron Good Shepherd Lutheran Church.""",
gold=[("RST022", "survivor")]),

dict(guid="rst_zvpr_dn_2026_0371", pub="2026-09-16T05:00:00-05:00", title="LUNNEBJERG, Arvid K.",
body="""LUNNEBJERG, Arvid K., 82, of Rochester, died Sept. 12, 2026. Survived by his wife, Marit; a son, Knut; and a daughter, Solveig. Funeral 11 a.m. Friday, Sept. 18, at Bethel Lutheran Church, Rochester. Hallsten-Kjos Funeral Home.""",
gold=[]),  # a later, shorter copy of the funeral home's obituary (rst_hk_2026_arvid-lunnebjerg): labelled there only

dict(guid="rst_zvpr_dn_2026_0377", pub="2026-09-22T05:00:00-05:00", title="FJELSTAD, Roderick",
body="""FJELSTAD, Roderick "Rod", 77, of Rochester, died Saturday, Sept. 19, 2026, at Saint Marys Hospital. Arrangements are pending with Hallsten-Kjos Funeral Home, Rochester.""",
gold=[("RST020", "possible_deceased_client")]),  # name, nickname and town agree; no birth date or spouse to confirm
]
