"""The North Country Courier (daily newspaper, Watertown): obituaries with a dateline ("WATERTOWN - Name, 84, of
...") and a paid death-notice column (surname-first headings). Plain text. Hand-labelled (`gold`)."""

ITEMS = [
dict(guid="art_ncc-obit-2026-0122", pub="2026-01-22T05:30:00-05:00",
title="Harriet L. Fairweather, 97, of Watertown",
body="""WATERTOWN - Harriet Louise Fairweather, 97, formerly of Academy Street, passed away peacefully Tuesday, January 20, 2026, at the Samaritan Summit Village, where she had lived since 2021.

Harriet was born March 2, 1928, in Rodman, a daughter of Clarence and Edna (Loomis) Eggleston. She graduated from Watertown High School in 1946 and married Merton Fairweather on June 14, 1949, at Trinity Episcopal Church. Merton died in 1998. She worked as a telephone operator for New York Telephone and later kept the books for the family's feed store on Factory Street for thirty years.

She was a member of Trinity Church for more than seventy years, a Gray Lady at Mercy Hospital and a fierce euchre player.

Survivors include her daughter, Lorraine (Thaddeus) Quackenbush, Watertown; two grandsons, Brandon Quackenbush, Rochester, and Kyle Quackenbush and his wife, Stacy, Liverpool; four great-grandchildren; and a niece, Patricia Eggleston Moore, Rodman. She was predeceased by her husband, a son, Gordon, in 1975, and her brothers, Harold and Wendell Eggleston.

Calling hours will be 4 to 6 p.m. Friday at the Hennessy-Kratz Funeral Service, Watertown. The funeral will be at 11 a.m. Saturday at Trinity Episcopal Church, with burial in the spring in Brookside Cemetery. Online condolences may be made at www.hennessykratz.example.""",
gold=[("ART002", "survivor"), ("ART001", "survivor")]),

dict(guid="art_ncc-obit-2026-0209", pub="2026-02-09T05:30:00-05:00",
title="Ignatius F. Pfenninger, 91, formerly of Watertown",
body="""LIVERPOOL - Ignatius Francis Pfenninger, 91, who grew up on Gotham Street in Watertown and taught industrial arts in the Liverpool schools for 33 years, died Friday, February 6, 2026, at St. Joseph's Hospital, Syracuse.

Born December 4, 1934, in Watertown, he was a son of Anton and Margarethe (Kessel) Pfenninger, German immigrants who ran a shoe-repair shop on Court Street. He graduated from Immaculate Heart Central in 1952, served two years with the Army in Germany, where he finally learned to speak his parents' language properly, and earned his degree at SUNY Oswego.

He married Dolores Brandt in 1959; she died in 2019. He built every piece of furniture in their house and most of the furniture in his children's houses.

Surviving are his sons, Paul Pfenninger, Liverpool, and Mark Pfenninger, Baldwinsville; his daughter, Anne Pfenninger Carey, Cazenovia; seven grandchildren; and his nephew, Ignatius "Iggy" Pfenninger of Watertown, who was named for him and who still has the workbench they built together. His brothers, Joseph and Anton Jr., died before him.

A Mass of Christian Burial will be celebrated Thursday at St. Joseph the Worker Church, Liverpool, with burial in the spring at Glenwood Cemetery, Watertown.""",
gold=[("ART015", "survivor")]),

dict(guid="art_ncc-obit-2026-0314", pub="2026-03-14T05:30:00-04:00",
title="Ferdinand J. 'Ferd' Gaudreau, 86, of Alexandria Bay",
body="""ALEXANDRIA BAY - Ferdinand J. "Ferd" Gaudreau, 86, of Church Street, a river guide and boat builder who knew every shoal between Cape Vincent and Morristown, died Thursday, March 12, 2026, at River Hospital.

He was born January 9, 1940, in Ogdensburg, a son of Lucien and Cecile (Bissonette) Gaudreau, and moved to Alexandria Bay as a boy when his father went to work at the Thousand Islands Club. He served in the Coast Guard from 1958 to 1962 at Station Alexandria Bay. On August 18, 1963, he married the former Yvette Lashomb at St. Cyril's Church.

For forty years Ferd guided fishing parties out of the Bay and cooked shore dinners on the islands, and in the winter he built St. Lawrence skiffs in the barn behind the house. Two of them are in the Antique Boat Museum in Clayton.

Surviving besides his wife of 62 years, Yvette, are two daughters, Paulette (Roger) Lalonde, Massena, and Denise Gaudreau, Alexandria Bay; a son, Michael (Kim) Gaudreau, Redwood; six grandchildren; and a brother, Raymond Gaudreau, Massena. A sister, Therese Hebert, died in 2011.

Calling hours will be Monday from 3 to 7 p.m. at the Hennessy-Kratz Funeral Service, Clayton chapel. A Mass of Christian Burial will be Tuesday at 11 a.m. at St. Cyril's Church, Alexandria Bay. Bearers will be Amos Vanderwerken, Ralph Scordato, Ronald Gaudreau and Jeffrey Lalonde.""",
gold=[("ART013", "deceased_client"), ("ART014", "spouse_of_deceased_client")]),

dict(guid="art_ncc-obit-2026-0403", pub="2026-04-03T05:30:00-04:00",
title="Casimir S. 'Casey' Wojtaszek, 34, of Carthage",
body="""CARTHAGE - Casimir Stanley "Casey" Wojtaszek, 34, of Carthage, died unexpectedly Tuesday, March 31, 2026, at his home.

Casey was born September 5, 1991, in Watertown, a son of Stanley and Helen (Dudek) Wojtaszek. He graduated from Carthage Central School in 2009 and worked as a lineman for National Grid. He coached Carthage youth hockey, drove a pickup that was more rust than truck, and never missed a Comets football game.

He is survived by his parents, Stanley and Helen, Carthage; his daughter, Brooklyn, Carthage; his sister, Amanda (Jason) Reff, West Carthage; his grandmother, Sophia Wojtaszek, Carthage; and his uncle and godfather, Casimir "Cas" Wojtaszek and his wife, Renata, of West Carthage, for whom he was named.

Calling hours will be Monday from 4 to 7 p.m. at St. James Church, Carthage, where a Mass of Christian Burial will be celebrated Tuesday at 10 a.m.""",
gold=[("ART004", "survivor")]),

dict(guid="art_ncc-obit-2026-0520", pub="2026-05-20T05:30:00-04:00",
title="Gertrude C. Pike, 88, of Adams Center",
body="""ADAMS CENTER - Gertrude Countryman Pike, 88, of Route 177, died Sunday, May 17, 2026, at the Samaritan Keep Home, Watertown.

Gertie was born July 30, 1937, on the family farm in Henderson, a daughter of Alton and Viola (Snell) Countryman. She married Floyd Pike in 1957, and together they ran a dairy farm outside Adams Center for 44 years. Floyd died in 2014. She was a 60-year member of the Adams Center Grange and made the pies for every church supper at the Adams Center Baptist Church.

She is survived by a son, Dale Pike, Adams Center; a daughter, Karen Pike Sholette, Pulaski; her sister, Wilhelmina "Billie" Hoxsie and her husband, Lucius, of Adams; five grandchildren; several nieces and nephews, including Gideon Ashpole of Chaumont; and her beloved cat, Mr. Boots. A brother, Lyle Countryman, predeceased her.

A funeral service will be Friday at 1 p.m. at the Adams Center Baptist Church, the Rev. Silas Pettengill officiating. Burial will be in Union Cemetery, Adams Center.""",
gold=[("ART018", "survivor"), ("ART017", "survivor")]),

dict(guid="art_ncc-dn-2026-0611", pub="2026-06-11T05:30:00-04:00",
title="SWEETING, Evangeline M. - Gouverneur",
body="""SWEETING, Evangeline M. "Vangie" - of Gouverneur, died Tuesday, June 9, 2026. Arrangements are incomplete and will be announced by the Sprague & Lalone Funeral Home, Gouverneur.""",
gold=[("ART022", "possible_deceased_client")]),

dict(guid="art_ncc-obit-2026-0702", pub="2026-07-02T05:30:00-04:00",
title="Merritt D. Ostrander, 72, of Sackets Harbor",
body="""SACKETS HARBOR - Merritt Dean Ostrander, 72, of Ray Street, a charter captain who fished Lake Ontario out of Sackets Harbor for forty summers, died Monday, June 29, 2026, at Samaritan Medical Center, Watertown, after a short illness.

Born October 2, 1953, in Watertown, a son of Dean and Marion (Hubbard) Ostrander, he graduated from Sackets Harbor Central School in 1971 and served with the Navy aboard the USS Saratoga. His boat, the Marion O., was known all along the east end of the lake for coming back with fish when nobody else did.

Survivors include his wife of 48 years, the former Carol Spinks; a son, Travis Ostrander, Henderson Harbor; his sister, June (Amos) Vanderwerken, Hounsfield; three grandchildren; and his fishing partner and best friend, Bud Kittle. His brother, Warren, died in 2020.

There will be no calling hours. A celebration of Merritt's life will be held at 2 p.m. Saturday, July 11, at the Sackets Harbor Battlefield pavilion, with a boat procession to follow.""",
gold=[("ART011", "survivor"), ("ART010", "survivor")]),
]
