"""The Faith & Heritage Herald (a community weekly for Delaware's churches and immigrant communities):
homegoing notices from the Black churches, Haitian community notices ("Nouvèl Lanmò") and Gujarati Samaj
condolence notices; plain text with some HTML in description. Hand-labelled."""

FEED = "fhh"
ITEMS = [
dict(guid="ilg_fhh_2026_homegoing_017", pub="2026-01-29T08:00:00-05:00", section="Homegoing Celebrations",
title="Celebrating the Life of Mother Loretta Jean Harmon",
body="""Mother Loretta Jean Harmon, 80, of Dover, answered her Lord's call on Saturday, January 24, 2026, at Bayhealth Hospital, Kent Campus.

Mother Harmon was born in Cheswold and was a member of Mount Zion A.M.E. Church, Dover, for more than sixty years, where she served on the Usher Board, the Missionary Society and, for as long as anyone can remember, in the kitchen on Homecoming Sunday. She retired from the Delaware Department of Labor after 33 years of service.

She leaves to cherish her memory her devoted husband of 58 years, Deacon Kenneth Harmon Sr.; her son, Kenneth Harmon Jr. (Tanya) of Camden; her daughter, Yolanda Mitchell (Curtis) of Dover; six grandchildren; three great-grandchildren; her sister, Bernice Wright of Chester, Pa.; and a host of nieces, nephews, church family and friends.

A Homegoing Celebration will be held Saturday, January 31, at 11 a.m. at Mount Zion A.M.E. Church, 15 S. New St., Dover. Viewing 9 to 11 a.m. Eulogist: Rev. Dr. Alvin Purnell. Interment: Sharon Hill Cemetery.""",
gold=[("ILG024", "survivor"), ("ILG009", "survivor")]),

dict(guid="ilg_fhh_2026_homegoing_031", pub="2026-03-26T08:00:00-04:00", section="Homegoing Celebrations",
title="Sister Odessa Trotter Whitaker, 77",
body="""Sister Odessa Trotter Whitaker, 77, of Wilmington, transitioned from labor to reward on Friday, March 20, 2026.

Born in Wilmington's East Side to the late James and Gertrude Trotter, Odessa graduated from Howard High School in 1966 and from Delaware State College, and taught home economics at P.S. du Pont Middle School for 31 years. A faithful member of Bethel A.M.E. Church, she sang alto in the Senior Choir for over four decades.

She leaves to cherish her memory her son, Marcus Whitaker of Atlanta, Ga.; her sister, Gwendolyn "Gwen" Custis and her husband, Bernard, of Wilmington; her brother, Leroy Trotter of Philadelphia; and a host of nieces, nephews, cousins and friends. She was preceded in death by her husband, Raymond Whitaker.

Homegoing service Saturday at noon, Bethel A.M.E. Church, 604 N. Walnut St. Viewing 10 a.m. to noon. Repast to follow in the fellowship hall.""",
gold=[("ILG008", "survivor"), ("ILG007", "survivor")]),

dict(guid="ilg_fhh_2026_nouvel_008", pub="2026-04-23T08:00:00-04:00", section="Nouvèl Lanmò / Haitian Community",
title="Madan Yvrose Bastien (née Jean-Louis), 89",
body="""Avèk anpil tristès, the family announces the passing of Madan Yvrose Bastien, née Jean-Louis, 89, of Newark, on Sunday, April 19, 2026. Born in Jacmel, Haiti, she came to Delaware in 1994 to help raise her grandchildren and never left.

Madan Bastien was a seamstress, a prayer warrior and the keeper of her family's Sunday soup joumou recipe. She was a faithful member of the Haitian congregation of St. Helena's Parish, Bellefonte.

She is survived by her daughter, Marie-Claude Desrosiers (Jean Robert) of Newark; her son, Frantz Bastien of Miami, Fla.; her grandchildren Kervens, Naïka and Daphnée; and many relatives in Jacmel and Port-au-Prince. She was preceded in death by her husband, Lucien Bastien.

A funeral Mass in Creole and French will be celebrated Saturday at 10 a.m. at St. Helena's Church. The eulogy will be read by her goddaughter, Fabiola Saint-Fleur. Repose in peace, Manman.""",
gold=[("ILG011", "survivor"), ("ILG010", "survivor")]),

dict(guid="ilg_fhh_2026_nouvel_014", pub="2026-07-16T08:00:00-04:00", section="Nouvèl Lanmò / Haitian Community",
title="Frère Wilner Saint-Fleur, 70, of Port-au-Prince",
body="""The Haitian community of Delaware mourns Frère Wilner Saint-Fleur, 70, a schoolteacher and deacon of the Église Baptiste de Delmas, who died in Port-au-Prince on July 9, 2026, after a short illness.

Frère Wilner taught mathematics for forty years and sent three of his children to study abroad on a teacher's salary. He is survived by his wife, Sœur Anne-Marie; his daughter, Fabiola Saint-Fleur of Middletown, Delaware; his sons, Wesner of Montreal and Ricardo of Port-au-Prince; and eleven grandchildren.

A memorial prayer service will be held in Delaware on Sunday, July 19, at 4 p.m. at the Haitian Evangelical Church of Wilmington. The family thanks all who have called and prayed.""",
gold=[("ILG012", "survivor")]),

dict(guid="ilg_fhh_2026_samaj_005", pub="2026-05-28T08:00:00-04:00", section="Gujarati Samaj of Delaware: Shraddhanjali",
title="Shri Kantilal Desai, 86, of Hockessin",
body="""With deep sorrow we inform the community of the passing of Shri Kantilal Ambalal Desai, 86, of Hockessin, originally of Nadiad, Gujarat, on Sunday, May 24, 2026.

Kantilal-kaka was a retired civil engineer with the Delaware Department of Transportation, a founding trustee of the Hindu Temple of Delaware and a patient teacher of Gujarati to two generations of children on Sunday mornings.

He is survived by his wife, Pushpaben; his daughter, Hetal, and son-in-law, Rajeshkumar (Raj) Patel, of Hockessin; his son, Nikhil Desai of Cary, N.C.; and four grandchildren. An uthamnu and prayer meeting will be held Thursday from 5 to 7 p.m. at the Hindu Temple of Delaware, 760 Lisbon Dr., Hockessin.""",
gold=[("ILG018", "survivor"), ("ILG017", "survivor")]),

dict(guid="ilg_fhh_2026_samaj_009", pub="2026-08-20T08:00:00-04:00", section="Gujarati Samaj of Delaware: Shraddhanjali",
title="Smt. Savitaben Patel, 90, of Bear",
body="""Smt. Savitaben Mohanbhai Patel, 90, of Bear, passed away peacefully on Monday, August 17, 2026, at the home of her son.

Born in Anand, Gujarat, Savitaben came to Delaware in 1981 and, with her late husband Mohanbhai, ran a motel on U.S. 13 for twenty years. She was known at the temple for her thepla and her bhajans.

She is survived by her son, Suresh Patel (Rekha) of Bear; her daughter, Bina Amin (Kirit) of Odessa; seven grandchildren; and three great-grandchildren. A prayer meeting (besnu) will be held Saturday at 4 p.m. at the Hindu Temple of Delaware, Hockessin.""",
gold=[("ILG025", "survivor")]),

dict(guid="ilg_fhh_2026_homegoing_052", pub="2026-09-10T08:00:00-04:00", section="Homegoing Celebrations",
title="Brother Lemuel Gibbs, 71",
body="""Brother Lemuel Gibbs, 71, of Wilmington, went home to be with the Lord on September 4, 2026. A Vietnam-era Marine, Lem drove a DART bus for 28 years and never forgot a regular rider's name.

He leaves to cherish his memory his wife, Patricia; his daughters, Monique Gibbs-Hall and Kiana Gibbs; his brother, Otis Gibbs of Chester, Pa.; and a host of relatives and friends. Homegoing service Friday at 11 a.m., Mother African Union Church, Wilmington. Interment with military honors, Delaware Veterans Memorial Cemetery.""",
gold=[]),
]
