"""The Aroostook Chronicle (invented weekly newspaper, Presque Isle): obituaries and brief death notices.
Newspaper house style: "TOWN - Name, age, died ..." dateline, plain text. Hand-labelled (gold beside each)."""

FEED = "chronicle"
ITEMS = [
dict(guid="pqi_chron-obit-2026-0114", pub="2026-01-14T06:00:00-05:00", title="Vaughn A. Flewelling Sr., 92",
body="""FORT FAIRFIELD - Vaughn Alton Flewelling Sr., 92, died peacefully Jan. 11, 2026, at Aroostook Health Center in Mars Hill, with his family at his side. He was born Oct. 3, 1933, in Fort Fairfield, the son of Alton and Gladys (Currier) Flewelling.

Vaughn farmed potatoes and broccoli on the Currier Road for half a century and, in 1968, opened Flewelling Hardware on Main Street, where for decades he could find any bolt in the building without looking. He served on the Fort Fairfield Town Council, was a 60-year member of Eastern Star Lodge and never missed the Potato Blossom Festival parade.

He is survived by his son, Vaughn Flewelling Jr. and his wife Priscilla of Fort Fairfield; his daughter, Ardith (Tad) Bubar of Mapleton; five grandchildren, Colby Bubar, Shaylee Bubar Price, Jared, Nathan and Molly Flewelling; and nine great-grandchildren. He was predeceased by his wife of 61 years, Evelyn (Stackpole) Flewelling, in 2019, and by a brother, Kenneth.

Visiting hours will be 5-7 p.m. Friday at Dunning-Cole Funeral Home, Fort Fairfield. A funeral service will be held 11 a.m. Saturday at the Fort Fairfield United Methodist Church, the Rev. Lyle Ashby officiating. Spring interment in Riverside Cemetery.""",
gold=[("PQI008", "survivor"), ("PQI009", "survivor"), ("PQI002", "survivor"), ("PQI001", "survivor")]),

dict(guid="pqi_chron-obit-2026-0203", pub="2026-02-03T06:00:00-05:00", title="Wilhelmina 'Billie' Ostlund, 86",
body="""NEW SWEDEN - Wilhelmina "Billie" (Jepson) Ostlund, 86, died Jan. 31, 2026, at her home on the Station Road, the farm her grandfather cleared in 1873. She was born in New Sweden on July 2, 1939, the daughter of Nils and Hulda (Bondeson) Jepson.

Billie taught first grade in Caribou for 34 years and baked the cardamom bread for every Midsommar celebration anyone can remember. She is survived by her sister, Britt Landeen and her husband Elof of Caribou; her brother, Nils Jepson Jr. of Stockholm; her stepson, Carl Ostlund Jr. of Westbrook; and many nieces and nephews. She was predeceased by her husband, Carl Ostlund, in 2012.

A service of remembrance will be held in the spring at Gustaf Adolph Lutheran Church, New Sweden. Arrangements by Lindgren-Page Funeral Home, Caribou.""",
gold=[("PQI005", "survivor"), ("PQI004", "survivor")]),

dict(guid="pqi_chron-obit-2026-0311", pub="2026-03-11T06:00:00-04:00", title="Galen R. Bither, 31",
body="""HOULTON - Galen Ray Bither, 31, died unexpectedly March 8, 2026, at his home. He was born June 2, 1994, in Houlton, the son of Dale and Nancy (Cote) Bither.

Galen worked for a logging contractor in southern Aroostook, coached his daughter's T-ball team and could back a loaded chip trailer into any yard in the county. He leaves his parents, Dale and Nancy Bither of Houlton; his daughter, Kaylee, 6; his sister, Brooke Bither of Bangor; his grandmother, Arlene Bither of Hodgdon; and his uncle and namesake, Galen Bither, and his wife Nola, of Easton, who taught him to drive a potato truck when he was twelve.

A celebration of life will be held 2 p.m. Saturday at the Houlton Elks Lodge. Arrangements by Graves Memorial Home, Houlton.""",
gold=[("PQI024", "survivor")]),

dict(guid="pqi_chron-obit-2026-0428", pub="2026-04-28T06:00:00-04:00", title="Ernestine K. Stairs, 94",
body="""WASHBURN - Ernestine (Kinney) Stairs, 94, died April 25, 2026, at Presque Isle Rehab and Nursing. She was born in Washburn on Nov. 9, 1931, the daughter of Ervin and Pearl (Dow) Kinney, and graduated from Washburn High School in 1949.

She ran the lunch counter at the Washburn IGA for 27 years and knitted mittens for every child at Washburn District Elementary who arrived without them. Ernestine is survived by her daughter, Darlene Hatheway of Washburn; her grandsons, Lorenzo "Renny" Hatheway of Washburn and Travis Hatheway of Portland; a nephew, Garnet Ladner of Limestone; and several great-grandchildren. She was predeceased by her husband, Stanley Stairs, and by her son-in-law, Merle Hatheway.

Graveside services will be held in May at Hillside Cemetery, Washburn. Arrangements by Dunning-Cole Funeral Home, Presque Isle.""",
gold=[("PQI010", "survivor")]),   # Garnet Ladner (PQI022) is do_not_contact: nothing

dict(guid="pqi_chron-obit-2026-0519", pub="2026-05-19T06:00:00-04:00", title="Harold 'Bud' Pryor, 77",
body="""MARS HILL - Harold "Bud" Pryor, 77, died May 16, 2026, at Aroostook Health Center after a short illness. He was born in Blaine on Aug. 21, 1948, the son of Clifford and Vera (Bragdon) Pryor, and served with the U.S. Army in Germany.

Bud drove a school bus for SAD 42 for 31 years and never once, by his own account, left a child at the wrong stop. He is survived by his wife of 54 years, Lorraine (Pelkey) Pryor; his sons, Dwayne Pryor of Mars Hill and Todd Pryor of Hermon; a cousin, Kendra Sirois of Lewiston; and five grandchildren.

A funeral service will be held 1 p.m. Thursday at the Mars Hill United Methodist Church. Bearers will be Merrill Tarbell, Dwayne Pryor, Todd Pryor, Craig Bragdon, Evan Pryor and Wade Getchell. Arrangements by Dunning-Cole Funeral Home, Presque Isle.""",
gold=[]),   # bearer Merrill Tarbell (PQI006): nothing; Kendra Sirois of Lewiston is not PQI007 Kendra Lunn-Sirois of Presque Isle

dict(guid="pqi_chron-notice-2026-0921", pub="2026-09-21T06:00:00-04:00", title="Death Notice: Hersom, Corinne M.",
body="""HERSOM, Corinne M., of Presque Isle, died Sept. 18, 2026, at Northern Light A.R. Gould Hospital. Arrangements are in the care of Dunning-Cole Funeral Home, Presque Isle. A full obituary will appear at a later date.""",
gold=[("PQI003", "possible_deceased_client")]),   # name and town only: no age, no spouse, no maiden name
]
