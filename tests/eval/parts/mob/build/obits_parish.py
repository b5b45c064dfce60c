"""St. Brendan the Navigator Catholic Parish (Spring Hill, Mobile): "Our Faithful Departed", parish obituaries,
plain text, Mass of Christian Burial / Rosary style. Hand-labelled: gold=[(client_id, role), ...]."""

FEED = "parish"
ITEMS = [
dict(guid="mob_stbrendan_2026_0214", pub="2026-02-14T09:10:00-06:00",
title="Odile Marie Dubroca, 97, of Daphne",
body="""Please pray for the repose of the soul of Odile Marie Dubroca, 97, of Daphne, who died peacefully on Wednesday, February 11, 2026, at Thomas Hospital in Fairhope, fortified by the Sacraments of Holy Mother Church.

Mrs. Dubroca was born on Dauphin Island to the late Theophile and Amelie Collier and married Jules Dubroca at St. Brendan's in 1949. For forty years she kept the books of the family oyster house on the Causeway, taught CCD to two generations of Daphne children, and never missed the Blessing of the Fleet at Bayou La Batre.

She was preceded in death by her husband of 58 years, Jules Dubroca, and by a grandson, Paul.

She is survived by her son, Antoine "Tony" Dubroca (Linda) of Daphne; her daughter, Cecile Laurendine (Ren) of Fairhope; six grandchildren; and eleven great-grandchildren, who called her Mamère.

The Rosary will be prayed at 6 p.m. Sunday in the parish hall. The Mass of Christian Burial will be celebrated at 10 a.m. Monday, February 16, at St. Brendan the Navigator Catholic Church, Fr. Anselm Trahan, celebrant. Interment in Catholic Cemetery. In lieu of flowers, memorials may be made to the St. Vincent de Paul Society of the parish.""",
gold=[("MOB021", "survivor"), ("MOB002", "survivor"), ("MOB001", "survivor")]),

dict(guid="mob_stbrendan_2026_0311", pub="2026-03-11T08:30:00-05:00",
title="Alphonse Joseph \"Buddy\" Juzan",
body="""Alphonse Joseph "Buddy" Juzan entered eternal rest on Monday, March 9, 2026, at his home in Spring Hill, surrounded by his family and with his rosary in his hand. He was 87.

Buddy was born in Mobile on June 14, 1938, the youngest of seven children of the late Alcide and Bernadette Juzan. He graduated from McGill Institute and Spring Hill College, served two years in the U.S. Army, and spent 34 years with the Alabama State Docks, retiring as a traffic manager. He was a Fourth Degree Knight of Columbus, an usher at the 9:30 Mass for half a century, and the unofficial keeper of the parish's crawfish boil recipe.

He is survived by his beloved wife of 63 years, Marie-Thérèse LeBlanc Juzan; his daughter, Claire Juzan Boudreau (Neil) of Mandeville, Louisiana; his son, Fr. Michel Juzan of the Archdiocese of Mobile; five grandchildren; and two great-grandchildren.

He was preceded in death by his parents and by his brothers Alcide Jr., Remy and Gaston and his sisters Odette, Lucille and Yvonne.

Visitation will be Thursday from 5 to 8 p.m. at Dauphin Way Funeral Chapel, with a Rosary at 7. The Mass of Christian Burial will be celebrated Friday at 11 a.m. at St. Brendan the Navigator Catholic Church, his son Fr. Michel Juzan celebrant. Pallbearers will be his grandsons, Andre and Luc Boudreau, and Trey Goldthwaite, Wallace Pruett, Dominic Sbisa and Henry Tonsmeire of the Knights of Columbus Council 4211.""",
gold=[("MOB007", "deceased_client"), ("MOB006", "spouse_of_deceased_client")]),

dict(guid="mob_stbrendan_2026_0418", pub="2026-04-18T10:05:00-05:00",
title="Marguerite D'Olive Hightower, 91",
body="""Marguerite D'Olive Hightower, 91, a lifelong resident of Midtown Mobile, fell asleep in the Lord on Wednesday, April 15, 2026.

Born in Mobile to the late Raymond and Celestine D'Olive, she graduated from Bishop Toolen High School and taught Latin and French at Catholic high schools in Mobile for 38 years. Former students remember her red pencil, her pralines at exam time and her rule that "a verb is a promise."

Miss Marguerite was preceded in death by her husband, Lt. Col. Ellis Hightower, USAF; by her brothers, Raymond D'Olive and Lucien D'Olive; and by her sister, Therese D'Olive Fonde.

She is survived by her nephew, Raymond "Ray" D'Olive (Patsy) of Daphne, who was named for her brother and who looked after her with great devotion in her last years; her niece, Bernadette Fonde Kearley of Pensacola; and many great-nieces and great-nephews.

A Mass of Christian Burial will be celebrated Tuesday at 10 a.m. at St. Brendan the Navigator Catholic Church. Burial will follow at Magnolia Cemetery beside her husband.""",
gold=[("MOB010", "survivor")]),
dict(guid="mob_stbrendan_2026_1009", pub="2026-10-09T09:00:00-05:00",
title="Claudette LeBlanc Hebert, 82",
body="""Please remember in your prayers Claudette LeBlanc Hebert, 82, of Mobile, who was called home to the Lord on Tuesday, October 6, 2026, at Sacred Heart Residence.

Claudette was born in Mobile, the youngest daughter of the late Octave and Marie LeBlanc, and grew up on Dauphin Island Parkway. She worked for many years as a bookkeeper for the Archdiocese and sang in the St. Brendan choir for more than forty years; she was the last of the choir's "Saturday altar ladies" who ironed the linens by hand.

She was preceded in death by her husband, Roland Hebert, and by her brother, Octave LeBlanc Jr.

She is survived by her sons, Roland Hebert Jr. (Donna) of Theodore and Philip Hebert of Tillmans Corner; her sister, Marie-Thérèse Juzan of Spring Hill; seven grandchildren; and many nieces and nephews, among them Fr. Michel Juzan, who will celebrate her funeral Mass.

The Rosary will be prayed Sunday at 5 p.m. at Dauphin Way Funeral Chapel. The Mass of Christian Burial will be celebrated Monday at 10 a.m. at St. Brendan the Navigator Catholic Church. Interment in Catholic Cemetery.""",
gold=[("MOB006", "survivor")]),
]
