"""Obituaries for eval part cou, three house styles, hand-labelled (gold=[(client_id, role)])."""

# ---- 1. Heilbrunn-Sappington Funeral Chapels (Jefferson City, Fulton): funeral-home site, HTML content:encoded ----
FH_BASE = "https://www.heilbrunnsappington.example/obituaries/"
FH = [
dict(guid="cou_hsfc_rita-schlotzhauer", slug="rita-schlotzhauer", pub="2026-01-09T10:15:00-06:00",
title="Rita M. Schlotzhauer (1937 - 2026)",
body="""Rita Marie Schlotzhauer, 88, of Taos, passed away peacefully Tuesday, January 6, 2026, at Capital Region Medical Center surrounded by her family.

Rita was born May 12, 1937, in Frankenstein, Missouri, a daughter of the late Alphonse and Gertrude (Bexten) Rackers. She was united in marriage to Ignatius Schlotzhauer Sr. on June 20, 1959, at St. Francis Xavier Catholic Church in Taos; he preceded her in death in 2011. She kept the books for the family feed store for forty years and never once let a customer leave without a piece of hard candy.

Survivors include her son, Ignatius "Iggy" Schlotzhauer Jr. (Darlene) of Jefferson City; her daughter, Rose Ann Buschjost (Gary) of Linn; nine grandchildren and fourteen great-grandchildren.

Mass of Christian Burial will be celebrated at 10 a.m. Saturday at St. Francis Xavier Catholic Church, with Deacon Cletus Wemhoener assisting. Pallbearers will be her grandsons. Memorials are suggested to the St. Francis Xavier School endowment.""",
gold=[("COU003", "survivor")]),

dict(guid="cou_hsfc_leroy-hufnagel-jr", slug="leroy-hufnagel-jr", pub="2026-01-27T09:40:00-06:00",
title="Leroy Dale Hufnagel Jr. (1974 - 2026)",
body="""Leroy Dale Hufnagel Jr., 51, of Wardsville, died unexpectedly Friday, January 23, 2026, at his home.

Dale, as everyone called him, was born October 3, 1974, in Jefferson City, the son of Leroy Hufnagel Sr. and the late Arlene (Kliethermes) Hufnagel. He graduated from Blair Oaks High School and worked as a lineman for Three Rivers Electric Cooperative for 28 years, the last ten as a crew foreman. He coached Wardsville youth baseball and was never happier than on a bass boat on the Osage.

He is survived by his wife of 24 years, Tamara Hufnagel; two daughters, Kaylin and Brooke, both at home; his father and stepmother, Leroy Hufnagel Sr. and Marilyn Hufnagel of Jefferson City; and a sister, Joyce Ortmeyer (Brent) of Russellville.

Visitation will be from 4 to 7 p.m. Wednesday at the Jefferson City chapel. Funeral services will be at 10 a.m. Thursday at St. Stanislaus Catholic Church, Wardsville.""",
gold=[("COU015", "survivor")]),

dict(guid="cou_hsfc_winifred-kloeppel", slug="winifred-kloeppel", pub="2026-02-12T14:05:00-06:00",
title="Winifred \"Winnie\" Kloeppel (1939 - 2026)",
body="""Winifred "Winnie" Kloeppel, 87, of Holts Summit, passed away Monday, February 9, 2026, at Heisinger Bluffs.

Winnie was born February 2, 1939, in New Bloomfield, to the late Herman and Ida (Muenks) Kloeppel. She never married. She taught second grade at North Elementary for 37 years, and two generations of Holts Summit children learned to read from the same battered copy of "Make Way for Ducklings." She was a lifelong member of Holts Summit Christian Church and ran its rummage sale for thirty years.

She is survived by her nieces, Carla Backues of Holts Summit and Dana Kloeppel Ruffin of Kansas City, and many grand-nieces and grand-nephews. She was preceded in death by her brothers, Harold and Vernon Kloeppel.

A celebration of Winnie's life will be held at 2 p.m. Saturday at Holts Summit Christian Church, the Rev. Darla Pickett officiating. Burial in New Bloomfield Cemetery.""",
gold=[("COU010", "deceased_client")]),

dict(guid="cou_hsfc_lucille-dusenberry", slug="lucille-dusenberry", pub="2026-03-04T11:30:00-06:00",
title="Lucille Dusenberry (1935 - 2026)",
body="""Lucille Irene Dusenberry, 90, of Fulton, died Sunday, March 1, 2026, at Fulton Medical Center.

Born in Auxvasse to Clarence and Pearl Ewing, she married Floyd Dusenberry in 1954; he preceded her in death in 1998. Lucille worked in the dietary department at Fulton State Hospital for 31 years and was a charter member of the Callaway County Homemakers Extension Club.

Survivors include her daughters, Mary Beth (Wendell) Quarrington of Kingdom City and Connie Dusenberry of Columbia; a son, Travis Dusenberry of Mexico; six grandchildren and nine great-grandchildren.

Funeral services will be at 1 p.m. Friday at the Fulton chapel. Burial will follow in Hillcrest Cemetery.""",
gold=[("COU004", "survivor")]),

dict(guid="cou_hsfc_tobias-engelbrecht", slug="tobias-lee-engelbrecht", pub="2026-03-19T16:20:00-05:00",
title="Tobias Lee Engelbrecht (2001 - 2026)",
body="""Tobias Lee Engelbrecht, 24, of Sturgeon, was taken from us far too soon on Monday, March 16, 2026, in a farm accident.

Toby was born August 2, 2001, in Columbia, the son of Marvin and Gwen Engelbrecht. He graduated from Sturgeon High School in 2019 and worked alongside his dad on the family's row-crop farm. He loved deer season, his blue heeler Scout and his nieces.

He is survived by his parents, Marvin and Gwen Engelbrecht of Sturgeon; his sisters, Amber Liles (Cody) of Centralia and Jenna Engelbrecht of Sturgeon; and his grandmother, Verla Engelbrecht of Clark.

Services will be held at 11 a.m. Saturday at Sturgeon Christian Church.""",
gold=[]),

dict(guid="cou_hsfc_eldon-fackrell", slug="eldon-fackrell", pub="2026-04-07T10:00:00-05:00",
title="Eldon Ray Fackrell (1946 - 2026)",
body="""Eldon Ray Fackrell, 79, of Fulton, died Saturday, April 4, 2026, at University Hospital in Columbia.

Eldon was born in Fulton to the late Ray and Opal Fackrell. He served in the U.S. Army in Germany and then spent 33 years at the A.P. Green refractories plant in Mexico. He was a member of First Christian Church and of VFW Post 2657.

He is survived by his sister, JoAnn Fackrell of Fulton, with whom he shared the family home for many years; his brother, Dwayne Fackrell (Sue) of Jefferson City; and several nieces and nephews. He was preceded in death by his wife, Marlene, in 2019.

Services will be held at 2 p.m. Thursday at the Fulton chapel, with military honors by VFW Post 2657.""",
gold=[("COU014", "survivor")]),

dict(guid="cou_hsfc_vernon-achterberg", slug="vernon-achterberg", pub="2026-05-21T13:45:00-05:00",
title="Vernon P. Achterberg (1951 - 2026)",
body="""Vernon Paul Achterberg, 74, of Fulton, passed away Tuesday, May 19, 2026, at home, under the care of Compassus Hospice.

Vern was born in Hermann and came to Fulton in 1973 to teach industrial arts at Fulton High School, where he taught for 32 years and built more homecoming floats than anyone could count. He was an elder at First Presbyterian Church.

He is survived by his wife of 51 years, Geraldine; his son, Lt. Col. Desmond Achterberg (Keisha) of Fulton; his daughter, Renee Achterberg of Denver; and four grandchildren.

A memorial service will be held at 11 a.m. Saturday at First Presbyterian Church, Fulton. Memorials may be made to the Fulton High School Industrial Arts program.""",
gold=[("COU020", "survivor")]),
]

# ---- 2. Columbia Daily Courier paid death notices: surname-first headings, plain text ----
DN = [
dict(guid="cou_cdc_dn_260205_kettleson", pub="2026-02-05T05:00:00-06:00",
title="KETTLESON, Ambrose Lyle",
body="""KETTLESON, Ambrose Lyle, 81, of Centralia, died Feb. 2, 2026, at Boone Hospital Center. Born Sept. 9, 1944, in Centralia. Retired rural mail carrier and longtime Centralia Anchor Festival volunteer. Survived by his wife of 58 years, Velma; sons Keith (Lori) of Centralia and Brian of Springfield; five grandchildren. Funeral 10 a.m. Saturday, Centralia Christian Church. Pallbearers: Toby Engelbrecht, Ron Hagan, Darrell Sapp, Mike Pauley, Jim Ridgeway and Kyle Kettleson. Arr.: Fisher-Coil Funeral Home, Centralia.""",
gold=[("COU011", "deceased_client")]),

dict(guid="cou_cdc_dn_260218_vosburgh", pub="2026-02-18T05:00:00-06:00",
title="VOSBURGH, Harriet (Kimmel)",
body="""VOSBURGH, Harriet (Kimmel), 96, of Columbia, formerly of Moberly, died Feb. 15, 2026. Retired Moberly Area Community College librarian. Survived by daughter Lorna and her husband Tad Brinkerhoff of Columbia; son Philip Vosburgh of Tulsa, Okla.; four grandchildren. Preceded in death by husband Carl. Private family burial, Oakland Cemetery, Moberly. Memorials: Daniel Boone Regional Library Foundation.""",
gold=[("COU002", "survivor"), ("COU001", "survivor")]),

dict(guid="cou_cdc_dn_260303_stuckenschneider", pub="2026-03-03T05:00:00-06:00",
title="STUCKENSCHNEIDER, Gideon",
body="""STUCKENSCHNEIDER, Gideon, Columbia, died March 1, 2026. Arrangements pending with Memorial Funeral Home.""",
gold=[("COU022", "possible_deceased_client")]),

dict(guid="cou_cdc_dn_260312_pendergraft", pub="2026-03-12T05:00:00-05:00",
title="PENDERGRAFT, Hyacinth Louise",
body="""PENDERGRAFT, Hyacinth Louise, 91, of Poplar Bluff, died March 9, 2026. Born 1934 in Butler County. Retired from Poplar Bluff R-1 Schools cafeteria service. Survived by son Glen Pendergraft of Poplar Bluff and daughter Faye Lutes of Dexter. Services Monday at Poplar Bluff First Free Will Baptist Church. Arr.: Brown Funeral Home, Poplar Bluff.""",
gold=[]),

dict(guid="cou_cdc_dn_260402_strothkamp", pub="2026-04-02T05:00:00-05:00",
title="STROTHKAMP, Gerald Anthony",
body="""STROTHKAMP, Gerald Anthony "Jerry," 84, of Columbia, died March 30, 2026. U.S. Navy veteran; owned Strothkamp Upholstery on Business Loop 70 for 40 years. Survived by wife Marjorie; daughter Lisa Strothkamp Hale (Greg) of Columbia; brother Anthony Strothkamp and sister-in-law Mena Strothkamp of Columbia; three grandchildren. Mass 10 a.m. Friday, Sacred Heart Catholic Church. Arr.: Parker Funeral Home.""",
gold=[]),   # Mena Strothkamp = COU018, do_not_contact

dict(guid="cou_cdc_dn_260422_dauteuil", pub="2026-04-22T05:00:00-05:00",
title="D'AUTEUIL, Marcel J.",
body="""D'AUTEUIL, Marcel J., 70, of St. Louis, formerly of Jefferson City, died April 18, 2026. Retired Missouri Department of Conservation biologist. Survived by his partner of 30 years, Stephen Wirth; his sister, Romy D'Auteuil of Jefferson City; a niece and two nephews. Memorial gathering May 2 at the Runge Nature Center, Jefferson City.""",
gold=[("COU007", "survivor")]),

dict(guid="cou_cdc_dn_260514_brinkerhoff", pub="2026-05-14T05:00:00-05:00",
title="BRINKERHOFF, Earl Dean",
body="""BRINKERHOFF, Earl Dean, 88, of Mexico, Mo., died May 11, 2026. Farmer and Audrain County Fair board member for 50 years. Survived by his wife, Nadine; daughter Sharon Vaught of Mexico; nephew Tad Brinkerhoff of Columbia. Preceded in death by his brother Wilbur Brinkerhoff. Services 1 p.m. Saturday, Arnold Funeral Home, Mexico.""",
gold=[("COU001", "survivor")]),
]

# ---- 3. The Catholic Witness of Mid-Missouri: "Pray for the deceased" parish column, one Spanish notice, plain text ----
CW = [
dict(guid="cou_cwmm_2026_0118_lozano", pub="2026-01-18T07:00:00-06:00",
title="Ernestina Lozano de Echeverría - Our Lady of Lourdes, Columbia",
body="""Ernestina Lozano de Echeverría, 86, de Columbia, falleció el 12 de enero de 2026. Nació en Moroleón, Guanajuato. Le sobreviven su hija, Graciela Echeverría, y su yerno, Octavio Zamudio, de Columbia; su hijo, Rubén Echeverría, de Moroleón; y seis nietos.

Ernestina Lozano de Echeverría, 86, of Columbia, died Jan. 12, 2026. She is survived by her daughter, Graciela Echeverría, and her son-in-law, Octavio Zamudio, of Columbia; her son, Rubén Echeverría, of Moroleón, Mexico; and six grandchildren. A rosary and Mass were offered at Our Lady of Lourdes Parish.""",
gold=[("COU005", "survivor"), ("COU006", "survivor")]),

dict(guid="cou_cwmm_2026_0301_thorsby", pub="2026-03-01T07:00:00-06:00",
title="Sigrid Thorsby - St. Andrew, Holts Summit / Ashland mission",
body="""Please remember in your prayers Sigrid Alma Thorsby, 97, of Ashland, who died Feb. 24, 2026, at Lenoir Woods. A convert to the faith at 60, she sang in the Ashland mission choir until she was 92. She is survived by her daughter, Inga (Herschel) Vander Ploeg of Ashland, and her grandson, Pieter Vander Ploeg of Kansas City. Funeral Mass was celebrated Feb. 28.""",
gold=[("COU009", "survivor"), ("COU008", "survivor")]),

dict(guid="cou_cwmm_2026_0405_loeffelholz", pub="2026-04-05T07:00:00-05:00",
title="Bernadette Loeffelholz - Immaculate Conception, Jefferson City",
body="""Bernadette Clare Loeffelholz, 89, of Jefferson City, died March 31, 2026, at St. Joseph's Home. A parishioner of Immaculate Conception for 65 years and a member of its Altar Society, she was the widow of Urban Loeffelholz. She is survived by her daughters, Judge Augustina "Tina" Loeffelholz of Jefferson City and Monica Loeffelholz Bax of Columbia, and by seven grandchildren. Deacon Cletus Wemhoener led the vigil service; her grandchildren read at the Mass.""",
gold=[("COU019", "survivor")]),

dict(guid="cou_cwmm_2026_0510_haslag", pub="2026-05-10T07:00:00-05:00",
title="Cornelia Haslag - St. Stanislaus, Wardsville",
body="""Cornelia "Connie" Haslag, 85, of Wardsville, died May 4, 2026. She was a member of St. Stanislaus Parish and its quilting circle for six decades. Survivors include her sons, Leonard Haslag (Joan) and Mark Haslag, both of Wardsville, and eleven grandchildren. Octavio Zamudio, her longtime neighbor at the Columbia flea market, read the first reading. Pallbearers were Dash Oyelaran, Kurt Haslag, Nick Haslag, Ben Haslag, Sam Luebbert and Tony Buersmeyer.""",
gold=[]),

dict(guid="cou_cwmm_2026_0614_kremer", pub="2026-06-14T07:00:00-05:00",
title="Aloysius Kremer - St. Peter, Fulton",
body="""Aloysius "Al" Kremer, 92, of Fulton, died June 8, 2026. A World War II-era farm boy who became a Callaway County soil conservationist, he was a daily communicant at St. Peter Parish. He is survived by his sons, Lawrence Kremer of Auxvasse and Joseph Kremer of St. Charles; his niece, Mrs. Wendell Quarrington of Fulton, who cared for him in his last years; and by eight grandchildren. He was preceded in death by his wife, Theresa.""",
gold=[("COU004", "survivor")]),
]
