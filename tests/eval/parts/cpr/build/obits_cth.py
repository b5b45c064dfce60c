"""Casper Tribune-Herald (invented daily): obituaries and death notices, plain text, newspaper house style
("Name, 84, of Casper, died ..."; terse "PENNEBAKER, Ardith" paid notices). Hand-labelled."""

FEED = "cth"
ITEMS = [
dict(guid="cpr_cth-obit-260114-01", pub="2026-01-14T06:00:00-07:00", title="Teodoro Zubiate",
body="""ROCK SPRINGS - Teodoro "Teddy" Zubiate, 88, of Rock Springs, died Saturday, January 10, 2026, at Memorial Hospital of Sweetwater County.

He was born May 4, 1937, in Rawlins to Basque sheepherders, and worked 34 years underground in the trona mines west of Green River before retiring to his garden and his grandchildren. He was a longtime member of the Rock Springs Elks Lodge and never missed the Basque picnic in Buffalo.

Survivors include his wife of 62 years, Carmen Zubiate of Rock Springs; sons Martin Zubiate of Green River and Alex Zubiate of Rock Springs; a daughter, Elena Chacon of Evanston; and nine grandchildren.

A rosary will be prayed Thursday at Vase Funeral Chapel, Rock Springs, with Mass on Friday at Holy Spirit Catholic Church.""",
gold=[]),  # namesake of CPR016 (Casper, b. 1962), 300 km away and 25 years older

dict(guid="cpr_cth-obit-260122-02", pub="2026-01-22T06:00:00-07:00", title="Opal Ferncliff",
body="""DOUGLAS - Opal June Ferncliff, 91, of Douglas, died January 19, 2026, at the Douglas Care Center.

Opal was born on a homestead north of Lusk and taught in one-room schoolhouses across Niobrara and Converse counties for forty years; former students still called her "Miss Opal" at the grocery store.

She is survived by her sister, Mrs. Delphine Quarrington of Mills; her nephews, Dale Ferncliff of Douglas and Roy Ferncliff of Scottsbluff, Neb.; and many grand-nieces and grand-nephews. She was preceded in death by her husband, Chester, and her brother, Harlan.

Services will be 10 a.m. Monday at Gorman Funeral Home, Douglas. Burial at Douglas Park Cemetery.""",
gold=[("CPR005", "survivor")]),

dict(guid="cpr_cth-obit-260203-03", pub="2026-02-03T06:00:00-07:00", title="Stanley Kolodziej",
body="""Stanley Joseph Kolodziej, 94, of Evansville, died Saturday, January 31, 2026, at home, with his rosary in his hand and the Broncos on the radio.

Born in Hamtramck, Mich., in 1931, Stan came west in 1953 to work at the Texaco refinery in Evansville and stayed for the rest of his life. He served on the Evansville town council for 12 years and was a fixture at the Friday fish fry at St. Anthony's.

Survivors include his son, Bernie (Tina) Kolodziej of Evansville; his daughter, Irene Nowak of Cheyenne; five grandchildren and eleven great-grandchildren. He was preceded in death by his wife, Helen, in 2014.

Mass of Christian Burial will be 11 a.m. Friday at St. Anthony's Catholic Church, Casper. Interment at Highland Cemetery.""",
gold=[("CPR009", "survivor"), ("CPR008", "survivor")]),

dict(guid="cpr_cth-obit-260219-04", pub="2026-02-19T06:00:00-07:00", title="Dwayne Spurlock",
body="""GLENROCK - Dwayne Lee Spurlock, 70, of Glenrock, died suddenly February 15, 2026, while feeding cattle on the family place along Deer Creek.

Dwayne graduated from Glenrock High School in 1974 and worked as a lineman for Rocky Mountain Power for 35 years. He coached Little League for longer than anyone can remember and could fix anything with baling wire.

He is survived by his wife, Carla, of Glenrock; his daughter, Kendra Farquharson and her husband, Lachlan, of Casper; his son, Wade Spurlock of Gillette; and four grandchildren, including Ainsley, who he said got her stubbornness from him.

Services will be Saturday at 2 p.m. at the Glenrock Community Center, with Pastor Dean Harrell officiating. Percy Dinwiddie, Cole Brandvold, Wade Spurlock and Terry Olin will serve as pallbearers.""",
gold=[("CPR011", "survivor"), ("CPR010", "survivor")]),  # Percy Dinwiddie (CPR024) is a pallbearer: nothing

dict(guid="cpr_cth-obit-260306-05", pub="2026-03-06T06:00:00-07:00", title="Ezekiel Tollefsrud",
body="""Ezekiel Martin Tollefsrud, 81, of Casper, died March 3, 2026, at Wyoming Medical Center.

Zeke, as everyone knew him, was born in Powell in 1944 and drove a gravel truck, then a school bus, then a county snowplow, and liked the snowplow best. He was a past commander of American Legion Post 2.

He is survived by his daughter, Sandra Tollefsrud of Billings, Mont.; and his grandson, Zeke Tollefsrud of Casper, who was named for him. He was preceded in death by his wife, Arlene, and his son, Martin.

A memorial service will be held at 1 p.m. Tuesday at the American Legion, Casper.""",
gold=[("CPR018", "survivor")]),  # the deceased is 81; CPR018 (b. 1985) is the grandson of the same name

dict(guid="cpr_cth-obit-260409-06", pub="2026-04-09T06:00:00-07:00", title="Wilhelmina \"Billie\" Ostrander",
body="""GLENROCK - Wilhelmina "Billie" Ostrander, 81, of Glenrock, died April 6, 2026, at Banner Wyoming Medical Center in Casper after a short illness.

Billie was born June 2, 1944, in Chadron, Neb., and moved to Glenrock in 1966, where she ran the Paleon Museum gift shop and the Glenrock library's summer reading program for a combined 50 years. She never met a dinosaur bone or a child she didn't like.

She was preceded in death by her husband, Lyle Ostrander, in 2011. She is survived by her nieces, Carol Lindquist of Chadron and Denise Harms of Alliance, Neb., and by a town full of friends.

Services will be 11 a.m. Tuesday at First Presbyterian Church, Glenrock. Memorials to the Glenrock Branch Library.""",
gold=[("CPR013", "deceased_client")]),  # born June 2, 1944 = roster birth_date; Glenrock = roster city

dict(guid="cpr_cth-obit-260423-07", pub="2026-04-23T06:00:00-07:00", title="Gordon Ashby Wexler",
body="""Gordon Ashby Wexler, 76, formerly of Casper, died April 18, 2026, in Mesa, Ariz.

Gordon worked as a mud logger in the Powder River Basin for 30 years. He loved fly fishing the Miracle Mile and told the same three jokes for half a century.

He is survived by his wife, Judith, of Mesa; a brother, Neil Wexler of Denver; and a nephew, Lachlan Farquharson of Aberdeen, Scotland, who visited every summer of his boyhood.

Private services will be held in Arizona.""",
gold=[]),  # the nephew Lachlan Farquharson lives in Scotland: namesake of CPR010 (Casper), nothing

dict(guid="cpr_cth-notice-260512-08", pub="2026-05-12T06:00:00-06:00", title="PENNEBAKER, Ardith",
body="""PENNEBAKER, Ardith, Casper, May 10, 2026. Arrangements pending with Bustling Pines Funeral Service, Casper.""",
gold=[("CPR021", "possible_deceased_client")]),  # same name and town, nothing else to confirm or rule out

dict(guid="cpr_cth-obit-260528-09", pub="2026-05-28T06:00:00-06:00", title="Sigrid Myhre",
body="""Sigrid Haugstad Myhre, 79, of Fargo, N.D., died May 24, 2026, at Sanford Medical Center in Fargo.

Sigrid was born on the Haugstad family farm near Hatton, N.D., and was a nurse at St. Luke's in Fargo for 38 years. She sang in the Nordic choir at First Lutheran and made lefse for every bake sale for six decades.

She is survived by her husband, Arvid Myhre of Fargo; her sons, Erik and Lars; and her sister, Marit Brekkenfeld of Casper, Wyo. She was preceded in death by her brother, Odd Haugstad.

Funeral 11 a.m. Saturday, First Lutheran Church, Fargo.""",
gold=[("CPR002", "survivor")]),  # maiden Haugstad = roster; Tor is not named: only Marit
]
