"""The Mahoning Valley Courier: daily newspaper obituaries in the old Youngstown house style (dateline town in
capitals, the funeral arrangements first, "for <name>, <age>, who died ..."), surname-first titles, plain text.
Hand-labelled: `gold` lists (client_id, role) a careful assistant would propose."""

FEED = "mvc"
ITEMS = [
dict(guid="yng_mvc_obit_20260209_0141", pub="2026-02-09T05:30:00-05:00", title="DiRENZO, Anthony J.",
body="""BOARDMAN - A Mass of Christian Burial will be celebrated at 10 a.m. Thursday at St. Charles Borromeo Church for Anthony J. "Tony" DiRenzo, 84, who died Friday, Feb. 6, 2026, at St. Elizabeth Boardman Hospital.

Tony was born Oct. 3, 1941, in Youngstown, the son of Carmine and Filomena (Santucci) DiRenzo, and graduated from Ursuline High School in 1959. He worked 31 years at the Youngstown Sheet & Tube Campbell Works and, after the mills closed, drove a school bus for the Boardman Local Schools until he was 75. He never missed the Italian Festival and made his own wine in the garage every October.

He leaves his wife of 58 years, the former Carol Ann Yurich; a son, Michael (Denise) DiRenzo of Canfield; a daughter, Lisa DiRenzo-Hart of Columbus; a sister, Rosemarie (Pat) Cervellino of Boardman; and five grandchildren.

He was preceded in death by his parents and a brother, Joseph DiRenzo.

Family and friends may call from 4 to 7 p.m. Wednesday at the Kuzmiak-Rossi Funeral Home, Boardman chapel.""",
gold=[("YNG002", "survivor"), ("YNG001", "survivor")]),

dict(guid="yng_mvc_obit_20260217_0188", pub="2026-02-17T05:30:00-05:00", title="SZYMBORSKI, Leonard F.",
body="""ERIE, Pa. - Leonard F. Szymborski, 81, of Erie, formerly of Struthers, died Saturday, Feb. 14, 2026, at Saint Vincent Hospital.

He was born March 9, 1944, in Struthers, a son of Casimir and Stella Szymborski, and graduated from Struthers High School in 1962. He moved to Erie in 1970 and worked 35 years as a machinist at General Electric's locomotive plant in Lawrence Park.

He is survived by his wife, Patricia; two sons, Mark of Erie and Gregory of Pittsburgh; and four grandchildren.

A funeral Mass was held Tuesday at St. Stanislaus Church, Erie. Burial in Calvary Cemetery, Struthers, will be at a later date.""",
gold=[]),

dict(guid="yng_mvc_obit_20260312_0244", pub="2026-03-12T05:30:00-04:00", title="PATRYLAK, Eugene",
body="""HUBBARD - Eugene Patrylak, 77, of Hubbard, died Tuesday, March 10, 2026, at Trumbull Regional Medical Center.

Arrangements are being handled by the Kuzmiak-Rossi Funeral Home, Girard chapel. A complete obituary will follow.""",
gold=[("YNG019", "possible_deceased_client")]),

dict(guid="yng_mvc_obit_20260401_0302", pub="2026-04-01T05:30:00-04:00", title="MARCHIONDA, Walter \"Wally\"",
body="""CANFIELD - A funeral Mass will be celebrated at 11 a.m. Saturday at St. Michael Church, Canfield, for Walter "Wally" Marchionda, 87, who died peacefully Sunday, March 29, 2026, at his home, with his family at his side.

Wally was born June 2, 1938, in Youngstown, the son of Italian immigrants Dante and Assunta Marchionda, and grew up on Youngstown's East Side, where he learned to lay brick from his father. He founded Marchionda Masonry in 1964 and built chimneys, church steps and garden walls all over Mahoning County for 40 years. He was a charter member of the Canfield Kiwanis and a fixture at the Canfield Fair, where he judged the tomato competition for two decades.

He leaves his wife of 62 years, the former Loretta Guarnieri, whom he married in 1963 at St. Anthony Church on Turin Street; two sons, Dante (Karen) Marchionda of Canfield and Paul Marchionda of Cleveland; a daughter, Gina (Robert) Petrella of Poland; eight grandchildren and three great-grandchildren.

He was preceded in death by his parents and a sister, Angela Rinaldi.

Friends may call Friday from 4 to 7 p.m. at the Kuzmiak-Rossi Funeral Home, Boardman chapel, and Saturday from 10 a.m. until the Mass at the church.""",
gold=[("YNG014", "deceased_client"), ("YNG015", "spouse_of_deceased_client")]),

dict(guid="yng_mvc_obit_20260422_0377", pub="2026-04-22T05:30:00-04:00", title="ORAVEC, Marguerite",
body="""LOWELLVILLE - Marguerite Oravec, 97, of Lowellville, died Monday, April 20, 2026, at Shepherd of the Valley, Poland.

Marguerite was born Jan. 11, 1929, in Lowellville, the daughter of Slovak immigrants Jan and Zuzana Hrinko, and lived in the same house on Jackson Street for 74 years. She was a member of Holy Rosary Church and its Altar and Rosary Society and cooked pierogi for the parish every Lent until she was 90.

She is survived by her son, Joseph (Peggy) Oravec of Lowellville, with whom she made her home; a daughter, Anne Marie Kerr of Mentor; six grandchildren; and nine great-grandchildren.

Her husband, Andrew Oravec, whom she married in 1949, died in 1998.

Calling hours are 9:30 to 10:30 a.m. Friday at Holy Rosary Church, followed by the funeral Mass.""",
gold=[("YNG021", "survivor")]),

dict(guid="yng_mvc_obit_20260505_0415", pub="2026-05-05T05:30:00-04:00", title="GUSTAFIK, Helen M.",
body="""AUSTINTOWN - Helen M. Gustafik, 91, of Austintown, died Saturday, May 2, 2026, at Austinwoods Rehabilitation.

Helen was born in Youngstown and worked as a telephone operator for Ohio Bell for 33 years. She loved polka dances at the Slovak hall and never missed a Sunday at St. Joseph the Provider.

She leaves a niece, Barbara Lenkey of Austintown, and a nephew, Daniel Gustafik of Tampa, Fla. She was preceded in death by her husband, Edward, and her sisters, Mary and Julia.

Services will be held at 10 a.m. Friday at the Kuzmiak-Rossi Funeral Home, Austintown chapel.""",
gold=[]),

dict(guid="yng_mvc_obit_20260519_0461", pub="2026-05-19T05:30:00-04:00", title="TRBOVICH, Raymond Sr.",
body="""NILES - Funeral services will be held at 11 a.m. Thursday at St. Stephen Serbian Orthodox Church, Niles, for Raymond Trbovich Sr., 88, who fell asleep in the Lord on Saturday, May 16, 2026, at Trumbull Regional Medical Center. Memory eternal.

Raymond was born Aug. 14, 1937, in Niles, the son of Serbian immigrants Milan and Draginja Trbovich. He worked 39 years at the Republic Steel Niles plant and was a lifelong member of St. Stephen, where he sang in the choir and roasted lambs for every Slava. He served in the U.S. Army in Germany.

He leaves his son, Raymond Trbovich Jr. (Nena) of Niles; a daughter, Milica (Dragan) Lazic of Hermitage, Pa.; five grandchildren; and two great-grandchildren.

He was preceded in death by his wife of 55 years, Vera (Popovich) Trbovich, in 2016.

A Parastos will be held at 7 p.m. Wednesday at the church. Interment in Niles City Cemetery.""",
gold=[("YNG011", "survivor")]),

dict(guid="yng_mvc_obit_20260608_0523", pub="2026-06-08T05:30:00-04:00", title="PINKSTON, Clarence Otis",
body="""YOUNGSTOWN - Homegoing services will be held at noon Saturday at Greater New Hope Missionary Baptist Church for Deacon Clarence Otis Pinkston, 88, who answered his Master's call Tuesday, June 2, 2026, at Northside Medical Center. The Rev. Lamont D. Everhart, pastor, will officiate.

Deacon Pinkston was born Feb. 2, 1938, in Tuscaloosa, Ala., and came to Youngstown in 1956 to work at the Brier Hill Works of Youngstown Sheet & Tube. He retired from General Motors Lordstown in 1996. He served Greater New Hope as a deacon for 48 years and as its Sunday school superintendent for 20.

He leaves to cherish his memory his daughters, Gwendolyn Pinkston-Hayes of Youngstown and Regina (Marcus) Lyle of Warren; a sister-in-law, Odessa Pinkston of Youngstown; a devoted friend, Willie Dawkins; and a host of grandchildren, nieces, nephews and church family.

He was preceded in death by his wife, Lillie Bell Pinkston; his brother, Otis Pinkston Jr.; and his parents.

Friends may call from 10 a.m. until the hour of service at the church. Arrangements by Hightower & Sons Funeral Home.""",
gold=[("YNG007", "survivor")]),
]
