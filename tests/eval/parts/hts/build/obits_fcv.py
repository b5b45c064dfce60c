"""The Fairfield Community Voice (community paper of Huntington's Fairfield West and the city's church and
immigrant communities): "Homegoings & Remembrances". Black church homegoing notices ("transitioned", "Mother",
"Deacon", "homegoing celebration", "repast"), a Lebanese Maronite notice ("Sitto", forty-day memorial), a Greek
Orthodox notice (Trisagion, "Memory Eternal") and a Mexican Catholic notice sent in by a parish family (Spanish
names: given names, father's and mother's surnames; "de" for the husband's name). Teaser description, HTML in
content:encoded. Hand-labelled."""

ITEMS = [
dict(guid="hts_fcv-hg-2026-011", pub="2026-01-29T08:00:00-05:00",
title="Homegoing: Deacon Lucius Alvin Peyton, 88",
body="""Deacon Lucius Alvin Peyton, 88, transitioned from labor to reward on Saturday, January 24, 2026, at his home on Artisan Avenue, where he had lived since 1962.

Born in Bluefield to the late Rev. Amos and Lillie Peyton, he came to Huntington to attend Douglass High School and never left. He retired from the U.S. Postal Service after 35 years and served 50 years on the deacon board of Greater New Bethel Missionary Baptist Church.

He was preceded in death by his beloved wife, Mother Estelle Peyton, and a brother, Rev. Samuel Peyton.

He leaves to cherish his memory a devoted sister, Mother Cordelia Fountaine of Huntington; two sons, Marcus Peyton (Angela) of Columbus, Ohio, and Kevin Peyton of Charleston; a goddaughter, Tamika Hairston; grandchildren, great-grandchildren, and a host of nieces, nephews, church family and friends.

Homegoing celebration 11 a.m. Saturday, January 31, at Greater New Bethel Missionary Baptist Church, Rev. Darnell Quarles, pastor, officiating. Viewing one hour prior. Interment Spring Hill Cemetery. Repast to follow in the fellowship hall.""",
gold=[("HTS012", "survivor")]),  # HTS013 Rev. Darnell Quarles officiates: nothing

dict(guid="hts_fcv-hg-2026-019", pub="2026-03-12T08:00:00-05:00",
title="Homegoing: Mrs. Geneva Quarles Tolbert, 94",
body="""Mrs. Geneva Quarles Tolbert, 94, peacefully entered eternal rest on Sunday, March 8, 2026, at Wyngate Senior Living.

A 1949 graduate of Douglass High School and a retired teacher at Barnett Elementary, "Miss Geneva" taught two generations of Fairfield children to read. She was a faithful member of Sixteenth Street Missionary Baptist Church and a Golden Life member of the NAACP.

She was preceded in death by her husband, Clarence Tolbert, and her brothers, James and Walter Quarles.

She leaves to mourn her nephew, whom she raised, Rev. Darnell Quarles (Yvette) of Huntington; a niece, Sharon Quarles Moore of Dayton, Ohio; great-nieces and great-nephews; and her church family.

Homegoing celebration noon Friday at Sixteenth Street Missionary Baptist Church. Eulogist: Rev. Dr. Harold Bunch. Interment Spring Hill Cemetery.""",
gold=[("HTS013", "survivor")]),

dict(guid="hts_fcv-hg-2026-027", pub="2026-04-23T08:00:00-04:00",
title="Remembrance: Wadiha Haddad Khoury, 97, \"Sitto\"",
body="""Wadiha Haddad Khoury, 97, known to every child on Ninth Avenue as Sitto, fell asleep in the Lord on Easter Monday, April 6, 2026.

Born in Zahle, Lebanon, she came to Huntington in 1951 as the bride of the late Nabih Khoury, with whom she kept Khoury's Grocery on Fourteenth Street West for 40 years. Her kibbeh and her grape leaves fed St. Anthony's Maronite suppers for half a century.

She is survived by her sons, George Khoury (Mary) of Huntington and Joseph Khoury of Houston; her niece, Samira Haddad Yazbek, and her husband, Tony Yazbek, of Huntington, who cared for her in her last years; eight grandchildren; and many relatives in Lebanon and Brazil.

A Forty-Day Memorial Mass will be offered at 10 a.m. Sunday, May 17, at St. Anthony Maronite Catholic Church, Huntington. In lieu of flowers, memorials to the church's food pantry.""",
gold=[("HTS011", "survivor"), ("HTS010", "survivor")]),

dict(guid="hts_fcv-hg-2026-033", pub="2026-06-04T08:00:00-04:00",
title="Trisagion: Panagiota \"Pota\" Sfikas, 89",
body="""Panagiota "Pota" Sfikas, 89, of Huntington, fell asleep in the Lord on Monday, June 1, 2026. She was born in Tripoli, Arcadia, Greece, and came to Huntington in 1958 with her late husband, Demetrios, who opened the family's hot dog stand on Fourth Avenue.

She is survived by her son, Constantine "Gus" Sfikas and his wife, Eleni, of Huntington; her daughter, Maria Sfikas Pappas (Nick) of Canton, Ohio; five grandchildren; and her sister, Eftychia, in Tripoli.

Trisagion prayers will be offered at 7 p.m. Wednesday, and the funeral service at 11 a.m. Thursday, at St. George Greek Orthodox Church, Huntington, Fr. Nicholas Gavalas officiating. May her memory be eternal.""",
gold=[("HTS023", "survivor")]),

dict(guid="hts_fcv-hg-2026-041", pub="2026-07-30T08:00:00-04:00",
title="Remembrance: Doña María Elena Villalobos de Arriaga, 86",
body="""Doña María Elena Villalobos de Arriaga, 86, died on July 24, 2026, in Guadalajara, Jalisco, Mexico, surrounded by her children.

A retired schoolteacher, she visited Huntington every spring and was a friend to many at St. Joseph's Spanish Mass. She was preceded in death by her husband, Ing. Ramón Arriaga Ochoa.

She is survived by her children: Dr. Ximena Arriaga Villalobos and her husband, Tobias Wetherholt, of Huntington; Ramón Arriaga Villalobos of Zapopan; and Lucía Arriaga Villalobos de Romo of Guadalajara; and seven grandchildren.

Le sobreviven sus hijos Ximena, Ramón y Lucía, y sus nietos. A memorial Mass will be offered at 6 p.m. Friday, August 7, at St. Joseph Roman Catholic Church, Huntington. Que en paz descanse.""",
gold=[("HTS007", "survivor"), ("HTS008", "survivor")]),

dict(guid="hts_fcv-hg-2026-046", pub="2026-08-27T08:00:00-04:00",
title="Homegoing: Brother Jerome Whitlock, 70",
body="""Brother Jerome Whitlock, 70, of Huntington, answered the Master's call on Friday, August 21, 2026, at Cabell Huntington Hospital.

A Marshall University football letterman of 1975 and a retired Cabell County sheriff's deputy, he sang bass in the Greater New Bethel male chorus for 40 years.

He leaves to cherish his memory his wife, Lorraine Whitlock; a daughter, Nia Whitlock Barnes (Andre) of Raleigh, N.C.; a brother, Calvin Whitlock; and a host of relatives and friends.

Homegoing celebration 11 a.m. Saturday at Greater New Bethel Missionary Baptist Church, Rev. Darnell Quarles officiating. Obituary read by Mother Cordelia Fountaine. Resolutions from the Fairfield West Neighborhood Association. Repast in the fellowship hall.""",
gold=[]),  # officiant HTS013 and the reader HTS012: nothing
]
