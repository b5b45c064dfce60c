"""St. Brigid & Holy Martyrs Parish Cluster bulletin, "Pray for the Faithful Departed" (church-bulletin style,
plain text). Greater Portland, Maine, with notices sent in from other parishes. Hand-labelled."""

FEED = "sbp"
ITEMS = [
dict(guid="sbp-rip-2026-01-11", pub="2026-01-11T08:00:00-05:00", title="Rita T. Gorham - Westbrook",
body="""Please keep in your prayers the soul of Rita Theresa Gorham, 89, of Westbrook, who entered into eternal rest on January 6 after a long illness borne with great patience. Rita was a daily communicant at St. Hyacinth for more than forty years and counted the altar linens for the Altar Guild until her eyes would no longer let her.

She leaves her daughter, Colleen (Marc) Thibodeau of South Portland, her son, Michael Gorham of Gorham, N.H. (she always said he moved there to confuse the mail carrier), five grandchildren and two great-grandchildren. Her husband, Lawrence, went before her in 2011.

Her Mass of Christian Burial was offered Friday at St. Hyacinth Church. Eternal rest grant unto her, O Lord.""",
gold=[("N021", "survivor"), ("N022", "survivor")]),

dict(guid="sbp-rip-2026-01-25", pub="2026-01-25T08:00:00-05:00", title="Arthur W. Pomeroy - Kennebunk",
body="""We commend to the mercy of God our brother in Christ Arthur William Pomeroy, 88, of Kennebunk, who died peacefully at home on January 19. Art was born November 30, 1937, in Biddeford, served as an usher at St. Martha's for thirty-two years, and ran the parish's Lenten fish chowder supper until his 85th birthday, when, he said, the chowder finally retired him.

He is survived by his wife of 63 years, Jean (Whitten) Pomeroy; their children, Stephen Pomeroy of Saco, Ellen Dyer of Wells and Michael Pomeroy of Concord, N.H.; nine grandchildren; and two great-grandchildren.

His funeral Mass was celebrated at St. Martha Church, Kennebunk, on January 24 by Father Raymond Belanger. Please remember Jean and the Pomeroy family in your prayers.""",
gold=[("N026", "deceased_client"), ("N027", "spouse_of_deceased_client")]),

dict(guid="sbp-rip-2026-02-08", pub="2026-02-08T08:00:00-05:00", title="Norman J. Pelkey - Topsham",
body="""The parish family of St. Charles Borromeo asks your prayers for Norman Joseph Pelkey, 85, of Topsham, who died February 2 at Mid Coast Hospital. Norm worked at the Bath Iron Works for 38 years as a shipfitter and never missed a christening. He is survived by his brothers, Wally Pelkey of Brunswick and Roland Pelkey of Lisbon Falls; his sister, Jeannette Cote of Auburn; and many nieces and nephews. His wife, Yvonne, died in 2017.

A Mass of Christian Burial was celebrated Saturday at St. John the Baptist Church, Brunswick, followed by burial in Calvary Cemetery, Topsham.""",
gold=[("N023", "survivor")]),

dict(guid="sbp-rip-2026-02-22", pub="2026-02-22T08:00:00-05:00", title="Therese M. Levesque - Lewiston",
body="""Priez pour elle. Therese Marie Levesque, 97, of Lewiston, one of the last native French speakers of Little Canada, went to God on February 16 at the d'Youville Pavilion. She worked in the Bates Mill weave room from the age of fifteen, raised six children on Lincoln Street, and prayed the rosary in French every evening of her life.

She is survived by her daughters, Mrs. Roger Gagnon of Falmouth and Mrs. Paul Roy of Lewiston; her sons, Rene, Gilles and Andre Levesque; twenty-two grandchildren; and more great-grandchildren than she could keep straight. She was predeceased by her husband, Lucien, and by her son Maurice.

Her funeral Mass was celebrated in French and English at the Basilica of Saints Peter and Paul, Lewiston. Our sympathy to Bernadette and Roger, longtime members of our 8 o'clock Mass community.""",
gold=[("N024", "survivor")]),

dict(guid="sbp-rip-2026-03-08", pub="2026-03-08T08:00:00-05:00", title="Francis X. Doucette - Portland",
body="""Please pray for Francis Xavier Doucette, 70, of Portland, who died suddenly on March 2. Frank was a lector and a longtime volunteer at our Tuesday soup kitchen, where he was known for telling terrible jokes to anyone waiting in line, and for remembering every guest's name.

He is survived by his sister, Mary-Ellen Doucette of Portland, with whom he shared the family home on Forest Avenue, and by his brother, Paul Doucette of Fort Kent.

A Memorial Mass will be celebrated Saturday, March 14, at 10 a.m. at St. Brigid Church. Brenda Soule and the soup kitchen volunteers will host a reception in the parish hall afterward.""",
gold=[("N028", "survivor")]),

dict(guid="sbp-rip-2026-03-22", pub="2026-03-22T08:00:00-04:00", title="Joseph L. Gallant - Rockland",
body="""From our sister parish of St. Bernard in Rockland: Joseph Louis Gallant, 74, a lobsterman out of Rockland Harbor for half a century, died March 15 at Pen Bay Medical Center. Joe fished the same string of traps his father set, hauled by hand until he was sixty, and gave away more lobsters than he sold.

He is survived by his daughter, Andrea Gallant of Bangor; his nephew, Liam Gallant of Owls Head, who fished with him for the last ten seasons and now keeps the boat; and his dear friend Gerry Ouellette of Portland, his shipmate in the Coast Guard. His wife, Marguerite, died in 2014.

A Mass of Christian Burial was celebrated at St. Bernard Church. Committal will be at Sea View Cemetery when the ground thaws.""",
gold=[("N029", "survivor")]),

dict(guid="sbp-rip-2026-04-05", pub="2026-04-05T08:00:00-04:00", title="Eleanor C. Starbuck - Nantucket, Mass.",
body="""Sent in by a parishioner: Eleanor Coffin Starbuck, 91, of Nantucket, Mass., died March 28 at Our Island Home. A descendant of the island's first settlers, she ran the Orange Street bookshop for forty years and was an early supporter of the island's conservation foundation.

She is survived by her son, Edward Starbuck of Nantucket; her niece, Ruth Ann Coffin of Siasconset; and her nephew, Peter Coffin of Hyannis. A funeral service will be held at St. Paul's Episcopal Church, Nantucket, in May.""",
gold=[]),

dict(guid="sbp-rip-2026-04-19", pub="2026-04-19T08:00:00-04:00", title="Jeannine Morin Bouchard - Biddeford",
body="""Please pray for the repose of the soul of Jeannine (Morin) Bouchard, 78, of Biddeford, who died April 12 at Southern Maine Health Care. Jeannine was a nurse's aide for thirty years, a devoted member of St. Joseph's, and the best tourtière maker in York County, a title nobody in the family ever dared contest.

She leaves her husband, Armand; her sons, Luc and Denis Bouchard; her sister, Lise Cyr and her husband, Marcel, of South Portland; and six grandchildren. She was preceded in death by her brothers, Jean-Paul and Normand Morin.

Her funeral Mass was offered Friday at St. Joseph Church, Biddeford.""",
gold=[("N039", "survivor"), ("N038", "survivor")]),

dict(guid="sbp-rip-2026-05-03", pub="2026-05-03T08:00:00-04:00", title="Harold C. \"Hal\" Sprague - Camden",
body="""Remember in your prayers Harold Clifford Sprague, 68, of Camden, who died April 27 after a two-year fight with pancreatic cancer. Hal built wooden dories in a shed on Mechanic Street, coached Little League for two decades, and sang bass, loudly, in the choir at Our Lady of Good Hope.

He is survived by his daughter, Heidi Sprague of Camden; his son, Carl Sprague of Belfast; his former wife and dear friend, Nancy Gray of Rockport; and his granddaughter, Willa.

His funeral Mass was celebrated Saturday at Our Lady of Good Hope. Bearers were Daniel Murch, Carl Sprague, Eli Gray, Tom Hopkins, Scott Pease and Jason Lord.""",
gold=[("N030", "survivor")]),

dict(guid="sbp-rip-2026-05-17", pub="2026-05-17T08:00:00-04:00", title="Sister Mary Agnes Flaherty, RSM",
body="""The Sisters of Mercy of Portland announce the death of Sister Mary Agnes Flaherty, RSM, 94, in the 73rd year of her religious profession, on May 10 at St. Joseph's Convent. Sister Agnes taught Latin and chemistry at Cheverus and St. Joseph's Academy for forty years and was, according to generations of former students, the only person ever to make the periodic table frightening.

She is survived by her Sisters in community, by her nephew, Brian Flaherty of Quincy, Mass., and by her grand-nieces and grand-nephews. Her Mass of Christian Burial was celebrated at the convent chapel by Bishop emeritus John Coughlin. Abby Stroud of the Cheverus alumni office read the first reading.""",
gold=[]),
]
