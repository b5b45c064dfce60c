"""Riverbend Funeral Home & Cremation (chapels in Peoria, East Peoria and Pekin): funeral-home site, HTML in
content:encoded, one-sentence plain description. Hand-labelled (gold beside each text)."""

FEED = "rb"
ITEMS = [
dict(guid="pia_rbfh_richard-dick-olander", pub="2026-02-19T10:15:00-06:00", title="Richard L. \"Dick\" Olander (1944 - 2026)",
body="""Richard L. "Dick" Olander, 81, of East Peoria, passed away peacefully at 4:40 a.m. Tuesday, February 17, 2026, at UnityPoint Health - Methodist in Peoria, with his family at his side.

Dick was born August 15, 1944, in Canton, Illinois, to Carl and Vera (Lindstrom) Olander. He married Marlene Sutter on June 11, 1966, at First Lutheran Church in Canton. She survives.

He went to work at Caterpillar's East Peoria plant the week after he graduated from Canton High School and retired 34 years later as a general foreman in Building SS. He was a proud member of UAW Local 974 for the first half of that career and never let anyone forget it. In retirement he drove for the Cat retirees' Meals on Wheels route, built birdhouses for half of Fondulac Township and kept a ledger of every Peoria Chiefs game he attended since 1983.

Surviving are his wife of 59 years, Marlene; his son, Craig (Tina) Olander of Dunlap; his daughter, Kristin Olander Price of Naperville; five grandchildren; and his sister, Janice Berg of Galesburg. He was preceded in death by his parents and his brother, Roger.

Visitation will be from 4 to 7 p.m. Friday at Riverbend Funeral Home, East Peoria. The funeral service will be at 10 a.m. Saturday at St. Paul's Lutheran Church, with the Rev. Ann Mikkelsen officiating. Pallbearers will be Denny Kowalczyk, Gary Fitch, Tom Ruhl, Jim Saathoff, and his grandsons Tyler and Ben Olander. Burial will be in Fondulac Cemetery.""",
gold=[("PIA014", "deceased_client"), ("PIA015", "spouse_of_deceased_client")]),
# Kowalczyk (PIA016) is a pallbearer only: nothing.

dict(guid="pia_rbfh_mother-hattie-bell-gaines", pub="2026-03-09T13:30:00-06:00", title="Mother Hattie Bell Gaines (1932 - 2026)",
body="""Mother Hattie Bell Gaines, 93, of Peoria, answered the Master's call and went home to be with the Lord on Wednesday, March 4, 2026, at her residence, surrounded by her family.

Mother Gaines was born March 1, 1932, in Greenwood, Mississippi, the fourth of eleven children of the late Rev. Isaiah and Pearlie Mae Jenkins. She came up to Peoria in 1951 on the Illinois Central, married the late Deacon Luther Gaines in 1953, and worked for 26 years in the laundry at Saint Francis hospital. She united with Mount Zion Missionary Baptist Church as a young bride and served faithfully on the Mothers' Board, the Kitchen Committee and the Usher Board for more than sixty years. No one on the South Side left her table hungry.

She leaves to cherish her memory two daughters, Lorraine (Odell) Pettway of Peoria and Bernice Gaines Tolbert of Chicago; one son, Luther Gaines Jr. of Memphis, Tennessee; eight grandchildren, including Odell Pettway Jr. of Bolingbrook and Tiana Pettway of Peoria; fourteen great-grandchildren; a sister, Ora Lee Jenkins of Greenwood; and a host of nieces, nephews, church family and friends. She was preceded in death by her husband, her parents, seven brothers and sisters, and a grandson, Andre.

A homegoing celebration will be held at 11 a.m. Saturday, March 14, at Mount Zion Missionary Baptist Church, 1900 W. Lincoln Ave., with the Rev. Dr. Clifton Ware, pastor, delivering the eulogy. Sis. JoAnn Whitfield will render a selection in song. The family will receive friends from 9 a.m. until the hour of service. Interment will be at Parkview Cemetery.""",
gold=[("PIA009", "survivor"), ("PIA010", "survivor")]),
# Odell Pettway Jr. of Bolingbrook is the grandson, not PIA010 (Sr., Peoria). Lorraine is named as "(Odell)";
# PIA010 is her husband through the spouse notation -> survivor. JoAnn Whitfield (PIA011) sings: nothing.

dict(guid="pia_rbfh_najib-nick-shaheen", pub="2026-01-22T09:00:00-06:00", title="Najib \"Nick\" Shaheen (1935 - 2026)",
body="""Najib "Nick" Shaheen, 90, of Peoria, died Monday, January 19, 2026, at Heartland Health Care Center.

Nick was born in Zahle, Lebanon, on April 2, 1935, and came to Peoria at the age of sixteen to work in his uncle's grocery on South Adams Street. He later owned Shaheen's Fine Foods on Main Street for 38 years, where Bradley students could always count on a free piece of baklava during finals week. He married Samira Khoury in 1956 at St. Sharbel Maronite Catholic Church; she preceded him in death in 2019.

Survivors include his daughter, Leila (Joe) Haddad of Peoria; his son, Michael Shaheen of Dearborn, Michigan; six grandchildren; and three great-grandchildren. He was also preceded in death by a brother, Fouad.

A funeral Mass will be celebrated at 10 a.m. Saturday at St. Sharbel Maronite Catholic Church, Peoria, with Fr. Boutros Nader as celebrant. Visitation will be one hour prior. Burial will be at Resurrection Cemetery. Memorials may be made to the church's Lebanese Festival scholarship fund.""",
gold=[("PIA002", "survivor"), ("PIA001", "survivor")]),

dict(guid="pia_rbfh_bernadette-kiefer", pub="2026-04-07T11:45:00-05:00", title="Bernadette M. Kiefer (1928 - 2026)",
body="""Bernadette Margaretha Kiefer, 97, of Pekin, went home to the Lord on Holy Saturday, April 4, 2026, at Pekin Manor.

She was born October 3, 1928, on the family farm near Green Valley to Anton and Theresia (Bauer) Ulrich, and married Herbert Kiefer at St. Joseph Catholic Church in Pekin on May 1, 1948. He preceded her in death in 1994.

Bernadette was a lifelong member of St. Joseph Parish, its Altar and Rosary Society and the Catholic Daughters. She baked more than four thousand kolaches and apple strudels for the parish picnic over sixty years and said her rosary in German every night of her life.

She is survived by her daughters, Ruth (Gerry) Hufnagel of Pekin and Marianne Kiefer of Springfield; her son, Paul (Donna) Kiefer of Mackinaw; eleven grandchildren; and twenty great-grandchildren.

A Mass of Christian Burial will be celebrated at 10:30 a.m. Thursday at St. Joseph Catholic Church, Pekin, with Msgr. Hubert Vogel as celebrant. The rosary will be prayed at 4 p.m. Wednesday, followed by visitation until 7 p.m. at Riverbend Funeral Home, Pekin. Burial will follow in St. Joseph Cemetery.""",
gold=[("PIA006", "survivor"), ("PIA005", "survivor")]),

dict(guid="pia_rbfh_dorothy-jean-pruitt", pub="2026-05-12T08:30:00-05:00", title="Dorothy Jean Pruitt (1937 - 2026)",
body="""Dorothy Jean Pruitt, 88, of Bartonville, passed away Sunday, May 10, 2026, at OSF Saint Francis Medical Center.

Born in Bellevue to Clyde and Opal Harker, she married Earl Pruitt in 1956; he preceded her in death. Dorothy worked as a school secretary at Limestone Community High School for 31 years and knew every student's middle name.

She is survived by two sons, Gary Pruitt of Bartonville and Steven Pruitt of Pekin; four grandchildren; and two great-grandchildren.

Services will be at 1 p.m. Thursday at Riverbend Funeral Home, Peoria. Burial in Swan Lake Memory Gardens. Memorials may be made to the Bartonville Fire Department.""",
gold=[]),

dict(guid="pia_rbfh_darnell-marquise-hightower", pub="2026-07-06T15:20:00-05:00", title="Darnell Marquise Hightower (2006 - 2026)",
body="""Darnell Marquise Hightower, 19, of Peoria, was called home unexpectedly on Wednesday, July 1, 2026.

Darnell was born September 12, 2006, in Peoria to Tyrone Hightower and Angela Moore Hightower. He graduated from Manual Academy in 2024, where he ran the 400 meters and played trumpet in the marching band, and was studying welding at Illinois Central College. He loved his little sisters, his grandmother's greens and anything that had to do with the Chicago Bears.

He leaves to cherish his memory his parents, Tyrone and Angela Hightower of Peoria; two sisters, Amaya and Janiyah; his grandmother, Velma Moore; and a host of aunts, uncles, cousins and friends.

A celebration of life will be held at 11 a.m. Saturday at Greater Hope Baptist Church, Peoria. Interment will be at Springdale Cemetery.""",
gold=[]),
# Young namesake of PIA012 Darnell Hightower (b. 1972, wife Keisha): different age, parents named. Nothing.
]
