"""The Cenla Sentinel (daily, Alexandria): obituaries with legacy-style titles, plain text. Hand-labelled."""

ITEMS = [
dict(guid="aex_sentinel_obit_260109_bernard", pub="2026-01-09T06:00:00-06:00",
title="Aurelie Rabalais Bernard Obituary (1928 - 2026) - Marksville, LA - The Cenla Sentinel",
body="""Aurelie Rabalais Bernard, 97, of Marksville, passed away peacefully at her home on Tuesday, January 6, 2026, surrounded by her family.

A Mass of Christian Burial will be celebrated at 10:00 a.m. Saturday, January 10, 2026, at St. Joseph Catholic Church in Marksville, with Rev. Alphonse Ledoux officiating. Interment will follow in St. Joseph Cemetery. Visitation will be held Friday from 5:00 p.m. until 9:00 p.m., with a rosary recited at 7:00 p.m.

Mrs. Aurelie was a lifelong parishioner, a member of the Catholic Daughters, and known up and down the bayou for her fig preserves and her Sunday couche-couche.

She is survived by her son, Wendell Bernard and wife Gail of Hessmer; her sister, Odile (Lucien) Jeansonne of Marksville; seven grandchildren and eleven great-grandchildren.

She was preceded in death by her husband of 61 years, Numa Bernard; her parents, Ozeme and Eve Rabalais; and her brothers, Felix and Dudley Rabalais.

Pallbearers will be Chad Bernard, Tyler Bernard, Mitch Kimbrough, Brent Gauthier, Jacob Bernard and Eli Bernard.""",
gold=[("AEX002", "survivor"), ("AEX001", "survivor")]),

dict(guid="aex_sentinel_obit_260203_fontenot", pub="2026-02-03T06:00:00-06:00",
title="Gladys Gremillion Fontenot Obituary (1946 - 2026) - Pineville, LA - The Cenla Sentinel",
body="""Funeral services for Gladys Gremillion Fontenot, 79, of Pineville, will be held at 2:00 p.m. Thursday, February 5, 2026, in the chapel of Belle Riviere Funeral Home, Pineville, with Bro. Terry Maxey officiating. Burial will follow in Kingsville Cemetery.

Mrs. Fontenot passed away Saturday, January 31, 2026, at Christus St. Frances Cabrini Hospital in Alexandria. She retired from the Rapides Parish School Board after 31 years as a lunchroom manager at Pineville Elementary.

Those left to cherish her memory are her son, Shane Fontenot of Deville; her sister, Dorothy "Dot" Lachney and husband Ferris of Pineville; her brother, Roland Gremillion of Lake Charles; and four grandchildren.

She was preceded in death by her husband, Curtis Fontenot, and her parents, Sidney and Alma Gremillion.

Serving as pallbearers will be Bo Lacour, Kyle Fontenot, Blake Fontenot, Roland Gremillion Jr., Dustin Hebert and Garrett Lachney.""",
gold=[("AEX021", "survivor"), ("AEX020", "survivor")]),

dict(guid="aex_sentinel_obit_260227_texada", pub="2026-02-27T06:00:00-06:00",
title="Claiborne Wade Texada IV Obituary (2006 - 2026) - Baton Rouge, LA - The Cenla Sentinel",
body="""Claiborne Wade "Clay" Texada IV, 19, of Baton Rouge, died Monday, February 23, 2026, as the result of a car accident on Interstate 10.

Clay was a sophomore at LSU studying petroleum engineering and a 2024 graduate of Catholic High School, where he played baseball.

He is survived by his parents, Claiborne "Trey" Texada III and Mary Beth Texada of Baton Rouge; his sister, Caroline Texada; and his grandparents, Wade and Ellen Texada of Zachary.

A funeral Mass will be held at 11:00 a.m. Saturday at St. Aloysius Catholic Church in Baton Rouge.""",
gold=[]),

dict(guid="aex_sentinel_obit_260320_rachal", pub="2026-03-20T06:00:00-05:00",
title="Ophelia Rachal Obituary (1932 - 2026) - Cloutierville, LA - The Cenla Sentinel",
body="""Ophelia Rachal, 93, of Cloutierville, entered eternal rest on Monday, March 16, 2026.

Miss Ophelia taught at Cloutierville Elementary for 38 years and was a keeper of Cane River Creole history; St. John the Baptist Church was her second home.

She is survived by her nieces, Patrice Rachal of Alexandria and Yvette Rachal Sarpy of Houston, Texas; her nephew, Aubrey Rachal of Natchitoches; and a host of cousins, godchildren and friends.

She was preceded in death by her parents, Emile and Philomene Rachal, and her brothers, Leopold and Aubin Rachal.

A Mass of Christian Burial will be held at 10:00 a.m. Saturday at St. John the Baptist Catholic Church, Cloutierville.""",
gold=[("AEX019", "survivor")]),

dict(guid="aex_sentinel_obit_260413_stromain", pub="2026-04-13T06:00:00-05:00",
title="Ulysses James \"Tooky\" St. Romain Obituary (1944 - 2026) - Cottonport, LA - The Cenla Sentinel",
body="""Ulysses James "Tooky" St. Romain, 81, of Cottonport, passed away on Friday, April 10, 2026, at Bunkie General Hospital.

Tooky was born October 6, 1944, in Cottonport to the late Alcee and Lena St. Romain. He farmed cotton and soybeans on the Bayou Rouge for fifty years and never missed a boucherie or a St. Mary's Assumption fair.

He is survived by his wife of 58 years, Verna Normand St. Romain; his sons, Troy St. Romain (Dana) of Cottonport and Brian St. Romain of Lafayette; his sister-in-law, Vangie Normand of Bunkie; and five grandchildren.

He was preceded in death by his parents; his brother, Leroy St. Romain; and his father-in-law, Alcide Normand.

A Mass of Christian Burial will be celebrated at 10:00 a.m. Tuesday, April 14, 2026, at St. Mary's Assumption Catholic Church in Cottonport. Arrangements are under the direction of Belle Riviere Funeral Home, Bunkie.""",
gold=[("AEX008", "deceased_client"), ("AEX009", "spouse_of_deceased_client"), ("AEX015", "survivor")]),

dict(guid="aex_sentinel_obit_260508_ducote", pub="2026-05-08T06:00:00-05:00",
title="Ernestine Coco Ducote Obituary (1934 - 2026) - Marksville, LA - The Cenla Sentinel",
body="""Ernestine Coco Ducote, 91, of Marksville, went home to the Lord on Wednesday, May 6, 2026.

She and her late husband opened Ducote's Hardware on Main Street in 1966, and she kept its books by hand until she was 85.

She is survived by her son, Gerard "Gerry" Ducote of Marksville; her daughter, Charlene (Robert "T-Bob") Dauzat Jr. of Mansura; six grandchildren; and nine great-grandchildren.

She was preceded in death by her husband, Lloyd Ducote; her parents, Arsene and Eula Coco; and her sisters, Noelie and Lorena.

Mass of Christian Burial will be at 11:00 a.m. Saturday at Holy Ghost Catholic Church in Marksville, Rev. Alphonse Ledoux officiating.""",
gold=[("AEX014", "survivor"), ("AEX004", "survivor"), ("AEX003", "survivor")]),

dict(guid="aex_sentinel_obit_260522_laborde", pub="2026-05-22T06:00:00-05:00",
title="Marie Therese \"Tee\" Laborde Obituary (1939 - 2026) - Bunkie, LA - The Cenla Sentinel",
body="""Marie Therese Moreau Laborde, known to all as "Tee," age 86, of Bunkie, passed away on Tuesday, May 19, 2026, at Bayou Chateau Nursing Center.

She was born May 17, 1939, in Moreauville, the daughter of Dorsin and Aline Moreau. She taught piano to two generations of Bunkie children and played the organ at St. Anthony of Padua for forty years.

She is survived by her nieces, Jeanne Moreau Guidry of Opelousas and Monique Moreau of Baton Rouge; her nephew, Paul Moreau of Moreauville; and her special friend and neighbor of 50 years, Vangie Normand of Bunkie.

She was preceded in death by her husband, Wilbert Laborde; her parents; and her brothers, Ivy and Cleveland Moreau.

A funeral Mass will be celebrated at 10:00 a.m. Monday, May 25, 2026, at St. Anthony of Padua Catholic Church in Bunkie.""",
gold=[("AEX005", "deceased_client"), ("AEX015", "survivor")]),
]
