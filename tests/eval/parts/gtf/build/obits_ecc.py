"""The Electric City Courier (Great Falls daily): obituaries with legacy-style titles, plain text. Hand-labelled."""

FEED = "ecc"
ITEMS = [
dict(guid="gtf_ecc_obit_2026_0210", pub="2026-02-10T05:30:00-07:00",
title="Sigrid Haugland Obituary (1928 - 2026) - Great Falls, MT - Electric City Courier",
body="""Sigrid Johanne Haugland, 97, of Great Falls, died peacefully on Saturday, February 7, 2026, at Park Place Senior Living, with a cup of egg coffee cooling beside her and the Sons of Norway newsletter in her lap.

Sigrid was born October 2, 1928, on the family homestead north of Power, the youngest of seven children of Nils and Ragna (Fossum) Haugland. She married Arne Haugland - "no relation, but he had to promise" - at Our Savior's Lutheran Church in 1949, and together they ran Haugland Hardware on Central Avenue for thirty-one years. She baked lefse for every church supper from 1955 until her hands gave out, and she kept a running list of everyone who had ever borrowed her rosette irons.

She is survived by her daughter, Marit (Tory) Ekstrand of Great Falls; her son, Nils Haugland and his wife Brenda of Lewistown; five grandchildren, including Erik Ekstrand of Bozeman and Ingrid Haugland Paulsen of Fargo, N.D.; and nine great-grandchildren. She was preceded in death by her husband Arne in 2004 and by all six of her brothers and sisters.

Visitation will be Thursday from 5 to 7 p.m. at Rainbow Falls Memorial Chapel. Her funeral will be held Friday at 11 a.m. at Our Savior's Lutheran Church, Pastor Kristin Aalgaard officiating, with burial at Highland Cemetery when the ground allows. Memorials are suggested to the Sons of Norway Sacajawea Lodge scholarship fund.""",
gold=[("GTF002", "survivor"), ("GTF001", "survivor")]),

dict(guid="gtf_ecc_obit_2026_0303", pub="2026-03-03T05:30:00-07:00",
title="Orrin Fairweather Sr. Obituary (1939 - 2026) - Great Falls, MT - Electric City Courier",
body="""Orrin Lee Fairweather Sr., 86, longtime Great Falls sheet-metal contractor and a man who believed any problem could be solved with a rivet gun and patience, died Saturday, February 28, 2026, at Benefis Peace Hospice.

Orrin was born June 17, 1939, in Stanford, Montana, to Lee and Wilhelmina Fairweather. After four years in the Air Force at Malmstrom, he stayed, married Dolores Kinney in 1961 and founded Fairweather Sheet Metal, which put ductwork in half the schools in Cascade County. He was a Shriner, a Cub Scout leader for twenty years and a stubborn fan of the Great Falls Voyagers through every one of their name changes.

Orrin is survived by his son, Orrin Fairweather Jr. (Dana) of Great Falls, who runs the family shop; his daughter, Carla Fairweather-Beck of Spokane, Wash.; six grandchildren; and his brother, Dwight, of Stanford. He was preceded in death by his wife Dolores in 2018.

A celebration of life will be held Saturday, March 7, at 2 p.m. at the Elks Lodge, 500 1st Ave. N. Interment at Mount Olivet Cemetery will be private.""",
gold=[("GTF016", "survivor")]),

dict(guid="gtf_ecc_obit_2026_0319", pub="2026-03-19T05:30:00-06:00",
title="Roy Gallimore Obituary (1952 - 2026) - Billings, MT - Electric City Courier",
body="""BILLINGS - Roy Dean Gallimore, 74, of Billings, died Sunday, March 15, 2026, at St. Vincent Healthcare after a short illness.

Roy was born May 3, 1952, in Great Falls, the son of Dean and Irma Gallimore, and graduated from Great Falls High School in 1970 before moving to Billings to work for the Burlington Northern. He retired in 2012 as a locomotive engineer with 38 years of service and no lost-time accidents, a record he mentioned often. He and his wife spent their retirement chasing walleye on Fort Peck.

Survivors include his wife of 51 years, Shirley (Decker) Gallimore of Billings; their sons, Travis (Kelsey) Gallimore of Laurel and Wade Gallimore of Gillette, Wyo.; and four grandchildren. He was preceded in death by his parents and his sister, Joan.

Services will be held Friday at 10 a.m. at Smith Funeral Chapel, West Billings. The family suggests memorials to the Yellowstone Valley Animal Shelter.""",
gold=[]),

dict(guid="gtf_ecc_obit_2026_0326", pub="2026-03-26T05:30:00-06:00",
title="Agnes Tvedt Obituary (1936 - 2026) - Fort Benton, MT - Electric City Courier",
body="""FORT BENTON - Agnes Marie (Brandvold) Tvedt, 90, who taught at the Fort Benton grade school for thirty-four years and could still name every pupil in her 1961 class photo, died Monday, March 23, 2026, at the Missouri River Medical Center.

Agnes was born January 20, 1936, in Great Falls to Halvor and Ella Brandvold. She graduated from Northern Montana College, married Oscar Tvedt in 1957 and moved to his family's wheat farm on the Highwood bench. She served on the Chouteau County Library board and was the unofficial historian of the Fort Benton Lutheran Church.

Agnes is survived by her brother, Hollis Brandvold of Great Falls; her nephew, Wendell Quarnstrom and his wife, Arlette, of Fort Benton, who farmed beside her for many years; her niece, Linnea Brandvold Rudd of Havre; and a great many former students. She was preceded in death by her husband, Oscar, in 2009, and by her sister, Margit Quarnstrom.

Funeral services will be Saturday at 1 p.m. at Fort Benton Lutheran Church, with burial at Riverside Cemetery. Arrangements by Rainbow Falls Memorial Chapel, Fort Benton branch.""",
gold=[("GTF007", "survivor"), ("GTF008", "survivor")]),

dict(guid="gtf_ecc_obit_2026_0414", pub="2026-04-14T05:30:00-06:00",
title="Casimir \"Cass\" Wojtaszek Obituary (1946 - 2026) - Great Falls, MT - Electric City Courier",
body="""Casimir Joseph "Cass" Wojtaszek, 80, of Great Falls, who spent forty years at the Black Eagle smelter and the rest of his life telling stories about it, died Saturday, April 11, 2026, at home on the North Side.

Cass was born January 9, 1946, in Great Falls, to Polish parents who had come west for the copper works. He graduated from Central Catholic High School in 1964, served with the Army in Vietnam, and came home to work at the Anaconda Company refinery until it shut down, then at the Great Falls water plant until he retired in 2008. He married Helena Kowalczyk in 1969; they danced every polka at the Polish Club and never once sat one out.

He is survived by his daughter, Teresa Wojtaszek-Lund (Eric) of Missoula; his son, Michael Wojtaszek of Great Falls; and three grandchildren. He was preceded in death by his beloved wife, Helena, in 2019, and by his brother, Stanley.

A Mass of Christian Burial will be celebrated Friday at 10 a.m. at St. Ann's Cathedral, with a rosary Thursday evening at 7 p.m. at Croxley & Hale Funeral Home. Burial will follow at Mount Olivet Cemetery with military honors.""",
gold=[("GTF015", "deceased_client")]),

dict(guid="gtf_ecc_obit_2026_0506", pub="2026-05-06T05:30:00-06:00",
title="Bernard Tschirgi Obituary (1957 - 2026) - Cascade, MT - Electric City Courier",
body="""CASCADE - Bernard Allen "Bernie" Tschirgi, 68, rancher, brand inspector and the best roper Cascade never sent to the National Finals, died Saturday, May 2, 2026, at his ranch on Bird Creek.

Bernie was born November 19, 1957, in Great Falls to Albert and Rosemary Tschirgi, and grew up on the place his grandfather homesteaded in 1911. He served Cascade County as a state brand inspector for twenty-two years and coached the Cascade High School rodeo team.

He is survived by his wife, Deb; his daughters, Katie (Luke) Hanford of Cascade and Jenna Tschirgi of Dillon; his grandsons, Wyatt and Cole; and his sister, Peggy Ellingson of Simms.

Services will be held Wednesday at 11 a.m. at the Cascade Community Church. Pallbearers will be Luke Hanford, Wyatt Hanford, Tory Ekstrand, Dale Ellingson, Curt Beaudry and Mike Sorensen. A branding-iron memorial will be placed at the Cascade Rodeo Grounds this summer.""",
gold=[]),

dict(guid="gtf_ecc_obit_2026_0602", pub="2026-06-02T05:30:00-06:00",
title="Evangeline D'Amour Obituary (1938 - 2026) - Great Falls, VA - Electric City Courier",
body="""GREAT FALLS, Va. - Evangeline Rose D'Amour, 88, of Great Falls, Virginia, a Havre native who never stopped calling Montana home, died Wednesday, May 27, 2026, at Inova Fairfax Hospital.

Evangeline was born April 30, 1938, in Havre, the daughter of Louis and Bernadette (Nault) Gaudreau, and graduated from St. Jude Thaddeus High School and Northern Montana College. She married Francis D'Amour, a young Air Force officer from Malmstrom, in 1959, and followed his career to Germany, Texas and, at last, northern Virginia, where she worked for many years at the Library of Congress.

She is survived by her son, Paul D'Amour of Reston, Va.; her daughter, Claire D'Amour Whitfield of Annapolis, Md.; her sister, Yvonne Gaudreau of Havre; and five grandchildren. She was preceded in death by her husband, Col. Francis D'Amour (ret.), in 2015.

A funeral Mass was celebrated at St. Catherine of Siena Church, Great Falls, Va. A memorial Mass will be said in July at St. Jude Thaddeus Church in Havre, where her ashes will be interred.""",
gold=[]),
]
