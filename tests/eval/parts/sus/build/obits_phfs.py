"""Pepper-Hollis Funeral Services (Georgetown, Millsboro, Seaford, Laurel): funeral-home site, HTML in
content:encoded, permalink guids built from the sus_ id. Hand-labelled."""

ITEMS = [
dict(guid="sus_phfs_lorenzo_harmon_2026", pub="2026-02-02T10:15:00-05:00", title="Lorenzo \"Bucky\" Harmon (1946 - 2026)",
body="""Lorenzo "Bucky" Harmon, 79, of the Oak Orchard community near Millsboro, went home to be with the Lord on Wednesday, January 28, 2026.

Bucky was born on the Indian River on March 9, 1946, the son of the late Russell and Elsie (Street) Harmon. A proud member of the Nanticoke Indian Tribe, he served on the Tribal Council, danced at the Nanticoke Powwow for more than fifty years and taught many young men to build and handle a gunning skiff. He worked 35 years for the State of Delaware highway department and was a member of Indian Mission United Methodist Church.

He is survived by his sisters, Norma Jean Norwood of Millsboro and Gloria Harmon Wright of Bridgeville; his children, Russell Harmon and Tina Harmon Clark; and many nieces, nephews and cousins throughout Oak Orchard and Riverdale. He was preceded in death by his wife, Lorraine, and a brother, Kenneth Harmon.

A celebration of life will be held Saturday, February 7, at 11 a.m. at Indian Mission United Methodist Church, Harbeson, with viewing from 10 a.m. Burial will follow in the church cemetery.""",
gold=[("SUS003", "survivor")]),

dict(guid="sus_phfs_rose_marie_jean_louis_2026", pub="2026-02-24T16:40:00-05:00", title="Rose-Marie Jean-Louis (1951 - 2026)",
body="""Madame Rose-Marie Jean-Louis, 74, of Georgetown, Delaware, formerly of Jacmel, Haiti, entered into eternal rest on February 19, 2026, at Bayhealth Sussex Campus.

Rose-Marie came to Georgetown in 1998 to join her daughter and worked for many years on the deboning line before becoming the beloved cook of every baptism, first communion and wedding at the Haitian congregation of St. Michael the Archangel. Her pen patat and her pikliz were known far beyond Georgetown.

Li kite dèyè: her daughter, Marie-Carmel Desrosiers and her husband, Jean-Robert, of Georgetown; her son, Frantz Jean-Louis of Miami, Florida; her grandchildren, Naïka, Stéphane and Rose-Darline; a sister, Anne-Marie Pierre of Port-au-Prince; and a host of cousins, godchildren and friends in Georgetown and in Haiti.

She was predeceased by her husband, Lucien Jean-Louis.

A wake will be held Friday evening at Pepper-Hollis Funeral Services, Georgetown. The funeral Mass, in Haitian Creole and French, will be celebrated Saturday at 10 a.m. at St. Michael the Archangel Church, Georgetown. Repatriation to Jacmel will follow.""",
gold=[("SUS009", "survivor"), ("SUS008", "survivor")]),

dict(guid="sus_phfs_menno_schlabach_2026", pub="2026-03-30T09:00:00-04:00", title="Menno J. Schlabach (1937 - 2026)",
body="""Menno J. Schlabach, 88, of Greenwood, died Thursday, March 26, 2026, at his home.

He was born in Holmes County, Ohio, on July 2, 1937, a son of the late Jonas and Fannie (Miller) Schlabach, and came to the Greenwood community in 1954. He farmed and built wagons and sheds, and was a member of Cedar Lane Mennonite Church.

He is survived by his wife of 64 years, Katie (Yoder) Schlabach; a son, Jonas Schlabach of Dover; a daughter, Edna, wife of Lavern Beachy, of Greenwood; 19 grandchildren; and 31 great-grandchildren. He was preceded in death by a son, Eli, and by three brothers.

Services will be held at 9:30 a.m. Monday at Cedar Lane Mennonite Church, with burial in the church cemetery. Arrangements are in the care of Pepper-Hollis Funeral Services, Seaford.""",
gold=[("SUS012", "survivor"), ("SUS011", "survivor")]),

dict(guid="sus_phfs_roosevelt_ellingsworth_2026", pub="2026-04-21T12:30:00-04:00", title="Deacon Roosevelt Ellingsworth (1934 - 2026)",
body="""Homegoing Celebration for Deacon Roosevelt Ellingsworth, 91, of Laurel, who answered the Lord's call on Thursday, April 16, 2026.

Deacon Ellingsworth was born in Laurel on Feb. 22, 1934, to the late Clifton and Hester Ellingsworth. He worked for 40 years at the DuPont nylon plant in Seaford, was a charter member of the Laurel chapter of the NAACP, and served as deacon and Sunday school superintendent at Mt. Pisgah A.M.E. Church for more than half a century.

He leaves to cherish his memory his devoted son, Clifton "Cliff" Ellingsworth (Ramona) of Laurel; his daughter, Evangeline Ellingsworth Cannon of Wilmington; a nephew, Harlan Vickers of Harrington; eight grandchildren; twelve great-grandchildren; and a host of nieces, nephews, church family and friends. He was preceded in death by his wife, Mother Odessa Ellingsworth, and by his brother, Otis Ellingsworth.

Viewing will be held from 10 to 11 a.m. Saturday at Mt. Pisgah A.M.E. Church, Laurel, with the homegoing service following at 11. The Rev. Dr. Otis Pinkett, pastor emeritus, will deliver the eulogy. Interment at Odd Fellows Cemetery.""",
gold=[("SUS023", "survivor"), ("SUS024", "survivor")]),

dict(guid="sus_phfs_jerome_marvel_sr_2026", pub="2026-06-09T15:05:00-04:00", title="Jerome T. Marvel Sr. (1931 - 2026)",
body="""Jerome Thomas Marvel Sr., 94, of Georgetown, passed away June 5, 2026, at Cadia Rehabilitation Renaissance in Millsboro.

Born in Georgetown on Sept. 3, 1931, Jerome ran Marvel's Hardware on the Circle for 41 years and was grand marshal of Return Day in 2008, when he rode the carriage with both county party chairmen and later said it was the hardest work he ever did. He was a member of St. Paul's Episcopal Church and a life member of the Georgetown Fire Company.

He is survived by his son, Jerome "Jerry" Marvel Jr. and his wife, Denise, of Georgetown; his daughter, Patricia Marvel Hastings of Seaford; four grandchildren, including Jerome Marvel III; and two great-grandchildren. He was preceded in death by his wife of 61 years, Dorothy (Pusey) Marvel.

Visitation will be from 6 to 8 p.m. Thursday at Pepper-Hollis Funeral Services, Georgetown. A funeral service will be held at 11 a.m. Friday at St. Paul's Episcopal Church. Burial in Union Cemetery.""",
gold=[("SUS005", "survivor"), ("SUS006", "survivor")]),

dict(guid="sus_phfs_ermelindo_tzul_2026", pub="2026-07-20T11:00:00-04:00", title="Ermelindo Tzul Ajanel (1955 - 2026)",
body="""Don Ermelindo Tzul Ajanel, 70, of Georgetown, originally of San Francisco El Alto, Totonicapán, Guatemala, passed away on July 15, 2026, at Bayhealth Sussex Campus.

Don Ermelindo came to Georgetown in 1994 and worked for 25 years in poultry processing. He was a founding member of the Georgetown K'iche' community association and a faithful member of the St. Michael the Archangel Spanish-language choir.

Le sobreviven su esposa, Doña Micaela Velásquez de Tzul; sus hijos, Ana Lucía Tzul Velásquez de Georgetown, Ermelindo Tzul Velásquez de Georgetown y Rosa Tzul Velásquez de Seaford; y once nietos.

A rosary will be prayed Monday evening at Pepper-Hollis Funeral Services, Georgetown. The funeral Mass will be celebrated Tuesday at 10 a.m. at St. Michael the Archangel Church. His body will be repatriated to Totonicapán for burial.""",
gold=[("SUS010", "survivor")]),

dict(guid="sus_phfs_otis_lamont_pinkett_2026", pub="2026-08-03T09:45:00-04:00", title="Otis Lamont Pinkett (1992 - 2026)",
body="""Otis Lamont Pinkett, 34, of Seaford, departed this life suddenly on Tuesday, July 28, 2026.

Otis was born in Seaford on January 5, 1992, and graduated from Seaford High School in 2010, where he was the Blue Jays' starting point guard for three seasons. He worked as a lineman for Delmarva Power and coached AAU basketball for boys across western Sussex.

He leaves to cherish his memory his parents, the Rev. Dr. Otis and Vernice Pinkett of Seaford; his daughter, Amari; his sister, LaToya Pinkett Gibbs of Salisbury, Md.; and a host of aunts, uncles, cousins and teammates.

Homegoing services will be held Saturday at 11 a.m. at St. John's A.M.E. Church, Seaford, with viewing from 9 a.m. Interment at Blades Cemetery.""",
gold=[("SUS019", "survivor")]),
]
