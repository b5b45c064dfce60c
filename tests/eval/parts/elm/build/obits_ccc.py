"""The Chemung Valley Courier (daily newspaper, Elmira): obituaries with legacy-style titles
("Name Obituary (1928 - 2026) - Town, NY - Chemung Valley Courier"), plain text. Hand-labelled."""

FEED = "ccc"
ITEMS = [
dict(guid="elm_ccc_obit_2026_0112", pub="2026-01-14T05:30:00-05:00",
title="Concetta Santangelo Obituary (1928 - 2026) - Corning, NY - Chemung Valley Courier",
body="""Concetta "Connie" Santangelo, 97, of Corning, died Sunday, January 11, 2026, at the Corning Center for Rehabilitation and Healthcare, one month short of her 98th birthday.

Connie was born in Castel di Sangro, Abruzzo, and came to Corning as a bride in 1949. For thirty-one years she ran the sewing room at the old Market Street department store, and for longer than that she made the Christmas Eve fish for anyone who showed up at her door on East First Street.

She is survived by her son, Aurelio Jr. (Josie) of Corning; her daughter, Loretta (Bart) Quackenbush of Elmira; six grandchildren; and eleven great-grandchildren. She was predeceased by her husband of 52 years, Aurelio Santangelo Sr., in 2001, and by her sisters Filomena and Assunta in Italy.

Calling hours will be Thursday from 4 to 7 p.m. at the Brockway & Sons Funeral Home, Corning. A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Vincent de Paul Church. Burial in St. Mary's Cemetery.""",
gold=[("ELM006", "survivor"), ("ELM007", "survivor"), ("ELM002", "survivor"), ("ELM001", "survivor")]),

dict(guid="elm_ccc_obit_2026_0207", pub="2026-02-09T05:30:00-05:00",
title="Lucius Merriweather Jr. Obituary (1973 - 2026) - Rochester, NY - Chemung Valley Courier",
body="""Lucius Merriweather Jr., 52, of Rochester, formerly of Elmira, passed away unexpectedly on Thursday, February 5, 2026, at Strong Memorial Hospital.

Lucius was a 1991 graduate of Elmira Free Academy, where he ran the 400 meters, and a graduate of SUNY Brockport. He worked for twenty-four years for the Rochester City School District, the last ten as assistant principal at a middle school on the east side.

He leaves to cherish his memory his wife, Tamika; his daughters, Jada and Simone; his parents, Lucius Sr. and Odessa (Gaines) Merriweather of Elmira; his sister, Renee Merriweather of Atlanta; and a host of aunts, uncles, cousins and friends.

A homegoing service will be held Saturday at 11 a.m. at Bethel Rock AME Zion Church, Elmira, with the Rev. Obadiah Pettaway officiating. Interment will follow in Woodlawn Cemetery.""",
gold=[("ELM015", "survivor"), ("ELM016", "survivor")]),

dict(guid="elm_ccc_obit_2026_0319", pub="2026-03-20T05:30:00-04:00",
title="Harriet Thistlewood Obituary (1935 - 2026) - Corning, NY - Chemung Valley Courier",
body="""Harriet Ainsworth Thistlewood, 90, of Corning, died peacefully on March 17, 2026, at Founders Pavilion.

Harriet was born in Addison and graduated from Corning Free Academy in 1953. She worked for thirty years in quality control at the glassworks on Tioga Avenue and inspected, by her own count, more than two million pieces of Pyrex. She was a charter member of the Corning Garden Club.

Survivors include her son, Fenwick Thistlewood of Painted Post; her daughter, Gwendolyn "Wendy" (Roy) Trowbridge of Horseheads; four grandchildren; and her brother, Leland Ainsworth of Addison. She was predeceased by her husband, Warren Thistlewood, in 2009.

A memorial service will be held at 2 p.m. Saturday at First Presbyterian Church of Corning. Memorials may be made to the Southeast Steuben County Library.""",
gold=[("ELM011", "survivor")]),

dict(guid="elm_ccc_obit_2026_0522", pub="2026-05-23T05:30:00-04:00",
title="Philomena Caporaletti Obituary (1937 - 2026) - Elmira, NY - Chemung Valley Courier",
body="""Philomena "Mena" Caporaletti, née DeMarchis, 89, of Elmira's Southside, died Thursday, May 21, 2026, at Arnot Ogden Medical Center after a short illness.

Mena was born in Elmira on May 9, 1937, the youngest of seven children of Nicola and Carmela DeMarchis, and lived her whole life within four blocks of South Main Street. She worked for many years in the office of the Elmira City School District and was a fixture at the St. Anthony's festival, where her pizza fritta sold out every year before dark.

She was predeceased by her husband, Silvio Caporaletti, in 1998, and by all of her brothers and sisters, most recently her sister Rosaria Fanelli in February. She is survived by her nephews, Rocco DeMarchis of Syracuse and Paul Fanelli of Pine City, and by many nieces, nephews and godchildren.

Family and friends may call Tuesday from 4 to 7 p.m. at Brockway & Sons Funeral Home, Elmira. A Mass of Christian Burial will be celebrated Wednesday at 10 a.m. at St. Anthony Church.""",
gold=[("ELM004", "deceased_client")]),

dict(guid="elm_ccc_obit_2026_0611", pub="2026-06-12T05:30:00-04:00",
title="Clement Hollenbeck Obituary (1938 - 2026) - Horseheads, NY - Chemung Valley Courier",
body="""Clement R. Hollenbeck, 87, of Horseheads, died Tuesday, June 9, 2026, at home on the farm where he was born.

Clem milked cows on Breesport Road until he was 70 and then, as he put it, "retired to hay." He served twelve years on the Horseheads Town Board and was a 60-year member of the Horseheads Grange. He was a proud graduate of Elmira College, class of 1960, one of the first men to enroll.

He is survived by his wife of 64 years, Marjorie; his daughter, Dorinda Hollenbeck Vance and her husband, Curtis, of Horseheads; his son, Wayne Hollenbeck of Millport; and five grandchildren.

Services will be private. Memorials may be made to the Horseheads Volunteer Fire Department.""",
gold=[("ELM005", "survivor")]),

dict(guid="elm_ccc_obit_2026_0714", pub="2026-07-15T05:30:00-04:00",
title="Pearline Gaines Whitlock Obituary (1942 - 2026) - Elmira, NY - Chemung Valley Courier",
body="""Mother Pearline Gaines Whitlock, 84, of Elmira, answered the Master's call on Saturday, July 11, 2026.

Born in Dinwiddie County, Virginia, she came to Elmira in 1961 and worked for thirty-three years as a licensed practical nurse at St. Joseph's Hospital. She was a Mother of the Church at Bethel Rock AME Zion Church, where she sang in the Senior Choir for more than fifty years.

She leaves to mourn her son, Darnell Whitlock of Elmira; her sister, Mrs. Lucius Merriweather of Elmira; her brother, Rev. Ernest Gaines of Petersburg, Va.; her grandchildren; and a host of nieces, nephews and church family. She was preceded in death by her husband, Clarence Whitlock, and by her nephew, Lucius Merriweather Jr.

Homegoing services will be held Saturday at noon at Bethel Rock AME Zion Church, the Rev. Obadiah Pettaway, pastor, officiating.""",
gold=[("ELM016", "survivor")]),

dict(guid="elm_ccc_obit_2026_0803", pub="2026-08-04T05:30:00-04:00",
title="Roger Hammersmith Obituary (1960 - 2026) - Corning, NY - Chemung Valley Courier",
body="""Roger Allen Hammersmith, 66, of Corning, died Saturday, August 1, 2026, at Guthrie Corning Hospital.

Roger drove for the Corning Enterprise circulation department and later for Steuben County Public Works. He loved the Bills, the Corning Classic at Corning Country Club and his grandchildren, in no particular order.

He is survived by his wife, Sharon; his sons, Kyle of Bath and Travis of Erwin; and four grandchildren. Calling hours Thursday, 5 to 7 p.m., at Brockway & Sons Funeral Home, Corning.""",
gold=[]),
]
