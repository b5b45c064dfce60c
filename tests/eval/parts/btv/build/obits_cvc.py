"""Champlain Valley Courier (Burlington): regional newspaper obituaries, plain text. Many are family-written
'celebration of life' notices in free text. Hand-labelled."""

FEED = "cvc"
ITEMS = [
# A second, later copy of the Lakeview Chapel obituary (funeral homes send the same text to the paper).
dict(guid="btv_cvc_2026_0114_ouimette", pub="2026-01-14T06:00:00-05:00", title="Aimé Joseph Ouimette, 95, Winooski",
body="""Aimé Joseph Ouimette, 95, of Winooski, died peacefully on Friday, January 9, 2026, at the Lakeshore Respite House in Colchester, with his family around him and a Canadiens game on the radio.

Aimé was born on May 2, 1930, in Saint-Jean-sur-Richelieu, Québec, the fourth of eleven children of Hormidas and Clarinda (Gosselin) Ouimette. The family came down to Winooski in 1936 for work in the woolen mills, and Aimé never left the neighbourhood again except for two years in the Army in Germany. He worked thirty-one years as a loom fixer and later as the maintenance foreman at the Champlain Mill, and he could fix anything with a coat hanger and a little patience. He sang in the choir at St. Francis Xavier Church for sixty years, always in French when Father let him.

He is survived by his daughter, Marie-Claire Brisebois and her husband, Jean-Paul, of Winooski; his son, Denis Ouimette of Manchester, N.H.; his grandchildren, Luc Brisebois and Annie Brisebois-Hart; four great-grandchildren; and his sister, Solange Robitaille of Burlington. He was predeceased by his beloved wife of 67 years, Rolande (Gosselin) Ouimette, in 2016, and by nine brothers and sisters.

Visiting hours will be held Wednesday from 4 to 7 p.m. at the Lakeview Chapel, 60 East Allen Street, Winooski. A Mass of Christian Burial will be celebrated Thursday at 11 a.m. at St. Francis Xavier Church. Burial will be in the spring at St. Stephen's Cemetery. In lieu of flowers, donations may be made to the Lakeshore Respite House.""",
gold=[]),

dict(guid="btv_cvc_2026_0209_harrow", pub="2026-02-09T06:00:00-05:00", title="Joyce Pelletier Harrow: a celebration of life",
body="""Joyce Ann Pelletier Harrow slipped away on the morning of February 4, 2026, at 79, in the sunroom of her South Burlington home, in the middle of a snowstorm she would have loved to watch. She had been, in no particular order, a nurse, a potter, a Scrabble shark, the loudest fan in the Burlington High gym and the first woman to chair the Queen City Rowing Club.

Joyce grew up in Swanton, the daughter of a French-Canadian railroader and an Irish schoolteacher, and she liked to say she got her stubbornness from both. She nursed at the Mary Fletcher and then at the Medical Center for forty years, most of them on the night shift in the cardiac unit, and after she retired she threw pots at the Shelburne Craft School until her hands gave out.

Joyce leaves her daughter Mary-Beth and son-in-law Dan Kinsley of South Burlington, and their children, Claire and Owen, who called her Gigi; her son, Thomas Harrow, of Denver; her brother, Raymond Pelletier of Swanton; and a long table of friends who will save her a seat. Her husband, Peter Harrow, died in 2009.

There will be no funeral, at her firm instruction. Instead, please come to a celebration of her life at the Lakeside Film House, Burlington, on Saturday, March 7, from 2 to 5 p.m. Wear something bright. Donations may be made to the Onion River Food Shelf.""",
gold=[("BTV007", "survivor"), ("BTV008", "survivor")]),

dict(guid="btv_cvc_2026_0305_desautels", pub="2026-03-05T06:00:00-05:00", title="Lucien Desautels",
body="""BURLINGTON - Lucien Desautels died Tuesday, March 3, 2026. A private celebration of life will be held at a later date. Arrangements are in the care of the Lakeview Chapel, Winooski.""",
gold=[("BTV006", "possible_deceased_client")]),

dict(guid="btv_cvc_2026_0402_gingras", pub="2026-04-02T06:00:00-04:00", title="Luc-André Gingras, 80, Shelburne",
body="""Luc-André Gingras, 80, of Shelburne, died on March 29, 2026, at the UVM Medical Center, after a long illness borne with more jokes than complaints.

Born in Thetford Mines, Québec, Luc-André came to Vermont in 1969 as a young baker and opened the Boulangerie Gingras on Shelburne Road, where three generations of Chittenden County children learned that a croissant is not a crescent roll. He retired in 2010 and spent the next fifteen years perfecting a sourdough that, he admitted, was never quite as good as his mother's.

He leaves his daughter, Marie-Josée Gingras of Shelburne, who carries on the family trade; his son, Étienne Gingras of Montréal; his grandson, Félix; and his sister, Lise, and her husband, Gaétan Bessette, of Drummondville, Québec. His wife, Huguette (Bolduc) Gingras, died in 2020.

A celebration of life will be held on Saturday, April 11, at 1 p.m. at the Shelburne Town Hall, followed by coffee and, of course, pastries. Memorial gifts may be made to the Shelburne Food Shelf.""",
gold=[("BTV020", "survivor")]),

dict(guid="btv_cvc_2026_0506_khatiwada", pub="2026-05-06T06:00:00-04:00", title="Dil Maya Khatiwada, 86, Winooski",
body="""Dil Maya Khatiwada, 86, of Winooski, passed away peacefully at home on May 2, 2026, surrounded by her family.

She was born in Samtse, in southern Bhutan, and spent nineteen years in the Beldangi refugee camp in eastern Nepal before coming to Vermont with her son's family in 2009. In the camp she was known as the woman who could make any seed grow; in Winooski she grew mustard greens, bitter gourd and marigolds in the community garden on Barlow Street and gave most of them away.

She is survived by her son, Bhim Khatiwada, and daughter-in-law, Durga Khatiwada, of Winooski, with whom she made her home; her daughter, Tika Adhikari of Columbus, Ohio; eleven grandchildren; and three great-grandchildren. She was predeceased by her husband, Hari Prasad Khatiwada, in the camp in 2004.

The family observed the Hindu funeral rites on May 3. A memorial gathering with prayers will be held at the Winooski Senior Center on May 14 at 5 p.m.; all are welcome.""",
gold=[("BTV009", "survivor"), ("BTV010", "survivor")]),
dict(guid="btv_cvc_2026_0616_senesac", pub="2026-06-16T06:00:00-04:00", title="Rita Senesac: celebrating a life well lived",
body="""Rita Marie Senesac, 92, of Milton, left us on June 12, 2026, the way she did everything: quietly, after making sure everyone had eaten. She was the last of the eight Senesac children who grew up on the family farm on the Lamoille River, and she never stopped calling it "home," though she lived her whole life within three miles of it.

Rita worked for forty-one years in the Milton town clerk's office, where she recorded the births, marriages and deaths of half the town and remembered most of them without looking. She never married, and said she had never had the time. She made maple candy every spring until she was ninety.

Rita is survived by her sister, Yvette Poquette of Colchester; her nephews, Marc Poquette (Julie) of Milton and Robert Poquette of Fort Myers, Fla.; her niece, Chantal Provost of St. Albans; and a great many grandnieces and grandnephews. She was predeceased by her brothers and sisters and by her brother-in-law, Normand Poquette, earlier this year.

Family and friends are invited to a celebration of Rita's life on Saturday, June 27, from 1 to 4 p.m. at the Milton Grange hall. Bring a story. In lieu of flowers, donations may be made to the Milton Historical Society.""",
gold=[("BTV005", "survivor")]),
]
