"""Obituaries for part `sdf`, three house styles, hand-labelled (gold=[...] beside each text).

FH: Hermann-Vogt & Sons Funeral Homes (Germantown, St. Matthews, New Albany): HTML in content:encoded.
DN: The Falls City Daily Courier paid death notices: surname-first headings, terse.
CR: The West End & Southside Community Register: church homegoings, Bosnian dzenaza notices, Cuban esquelas.
"""

FH = [
dict(guid="sdf_hvs-helen-kunkel-2026", pub="2026-02-09T10:15:00-05:00", title="Helen Oberst Kunkel (1938 - 2026)",
body="""Helen Oberst Kunkel, 87, of Louisville, passed away Friday, February 6, 2026, at Nazareth Home, surrounded by her family and a rosary she had worn smooth.

Helen was born in Schnitzelburg to the late Aloysius and Frieda Oberst and never lived more than six blocks from St. Elizabeth of Hungary Church, where she was baptized, married and sang alto for fifty-one years. She kept books for Kunkel Brothers Plumbing and made the best goetta on Texas Avenue.

She was preceded in death by her husband, Raymond Kunkel, and her brother, Francis Oberst. She is survived by her sons, Mark (Denise) Kunkel and Paul Kunkel; her sister, Mary Catherine "Kitty" Wetterau (Frank) of Louisville; and six grandchildren.

Mass of Christian Burial will be 10 a.m. Wednesday at St. Elizabeth of Hungary. Pallbearers: Mark Kunkel, Paul Kunkel, Larry Stoll, Jacob Kunkel, Ben Wetterau and Tim Oberst. Burial in St. Michael Cemetery.""",
gold=[("SDF006", "survivor")]),   # Larry Stoll pallbearer: nothing

dict(guid="sdf_hvs-joseph-hildebrand-sr-2026", pub="2026-03-02T09:40:00-05:00", title="Joseph Anthony Hildebrand Sr. (1928 - 2026)",
body="""Joseph Anthony Hildebrand Sr., 97, of Louisville, died Saturday, February 28, 2026. He was a World War II Army veteran, a fifty-year member of the Germantown Turners and a retired meat cutter at the old Fehr's market.

He was preceded in death by his wife of 66 years, Anna Marie (Ludwig) Hildebrand, and by a daughter, Sister Margaret Hildebrand, SCN.

Survivors include his son, Joe Hildebrand Jr. and his wife Rosie of Germantown; his daughter, Theresa Kremer of Jeffersonville, Ind.; nine grandchildren, including Claire Hildebrand; and fourteen great-grandchildren.

Funeral Mass at St. Therese Church, Schnitzelburg, Friday at 10 a.m., the Rev. Dominic Holtzapfel celebrant. Memorials to the St. Vincent de Paul Society.""",
gold=[("SDF004", "survivor"), ("SDF005", "survivor")]),   # Sr. dies, 97; roster Jr. b.1949

dict(guid="sdf_hvs-gerald-schuhmann-2026", pub="2026-03-20T11:00:00-04:00", title="Gerald L. Schuhmann (1937 - 2026)",
body="""Gerald Leo Schuhmann, 88, of Floyds Knobs, Indiana, entered eternal rest on March 17, 2026. He ran the family hardware store on Spring Street for forty years and could still find a 5/16 carriage bolt in the dark.

Gerald is survived by his wife, Dolores; his son, Greg (Linda) Schuhmann of New Albany; his daughter, Karen Aebersold of Georgetown, Ind.; and five grandchildren.

Visitation Sunday 2-7 p.m. at our New Albany chapel; Mass Monday at St. Mary of the Knobs.""",
gold=[("SDF021", "survivor")]),

dict(guid="sdf_hvs-dennis-kraemer-2026", pub="2026-04-14T12:30:00-04:00", title="Dennis Michael Kraemer (2001 - 2026)",
body="""Dennis Michael Kraemer, 24, of Jeffersontown, was taken from us suddenly on April 11, 2026. A 2019 graduate of Holy Cross High School, Dennis worked at a Blankenbaker Parkway warehouse and coached the eighth-grade basketball team at St. Edward.

He is survived by his parents, Michael and Theresa Kraemer; his sisters, Abby and Grace; and his grandmother, Louise Kraemer.

Mass of Christian Burial Saturday at St. Edward Church, Jeffersontown.""",
gold=[]),   # young namesake of SDF023 Dennis "Denny" Kraemer (b.1966): nothing

dict(guid="sdf_hvs-patricia-stoll-2026", pub="2026-05-06T10:05:00-04:00", title="Patricia Ann Stoll (1955 - 2026)",
body="""Patricia Ann Stoll, 71, of St. Matthews, died peacefully at Hosparus Inpatient Care Center on May 3, 2026.

Pat taught third grade at St. Raphael School for thirty-two years. She was preceded in death by her husband, Bernard "Bernie" Stoll.

She is survived by her children, Katie Stoll Marshall (Evan) and Nick Stoll; her brother-in-law, Lorenz "Larry" Stoll of St. Matthews; and four grandchildren.

Funeral Mass Monday at St. Raphael the Archangel. In lieu of flowers, gifts to the St. Raphael tuition assistance fund.""",
gold=[("SDF007", "survivor")]),

dict(guid="sdf_hvs-thomas-gaddie-2026", pub="2026-06-18T09:00:00-04:00", title="Thomas \"Tommy\" Gaddie (1948 - 2026)",
body="""Thomas Wayne "Tommy" Gaddie, 77, of Pewee Valley, passed away June 15, 2026. He retired from the L&N and later from the Oldham County Road Department.

He is survived by his wife, Sharon; his sister, Mrs. Harold (Ruth Ellen) Van Meter of La Grange; and many nieces and nephews.

Graveside service Saturday at Valley of Rest Cemetery, Crestwood.""",
gold=[("SDF017", "survivor")]),

dict(guid="sdf_hvs-harold-van-meter-2026", pub="2026-10-05T10:30:00-04:00", title="Harold Dean Van Meter (1943 - 2026)",
body="""Harold Dean Van Meter, 83, of La Grange, went home to be with the Lord on Friday, October 2, 2026, at Baptist Health La Grange.

A lifelong Oldham County farmer and a deacon at La Grange Baptist Church, Harold raised tobacco and then hay on the same 90 acres off Highway 53.

He is survived by his wife of 60 years, Ruth Ellen (Gaddie) Van Meter; his sons, Dale and Russell Van Meter; and seven grandchildren.

Funeral Tuesday at 11 a.m. at La Grange Baptist Church; burial in Valley of Rest Cemetery.""",
gold=[("SDF017", "survivor")]),   # roster spouse Harold is not a client; the client is the widow
]

DN = [
dict(guid="sdf_fcdc-dn-20260211-whitlock", pub="2026-02-11T05:00:00-05:00", title="WHITLOCK, Clarence Edward \"Deacon\"",
body="""WHITLOCK, Clarence Edward "Deacon", 80, of Louisville, born May 2, 1945, departed this life February 8, 2026. Retired from International Harvester; deacon, Greater Canaan Missionary Baptist Church. Survived by his wife of 58 years, Bernice (Harris) Whitlock; daughters Sharon Whitlock-Greene and Denise Whitlock; a host of grandchildren. Homegoing Saturday 11 a.m., Greater Canaan M.B.C., 3900 W. Broadway. Arrangements by Lyles & Sons Funeral Home.""",
gold=[("SDF012", "deceased_client"), ("SDF013", "spouse_of_deceased_client")]),

dict(guid="sdf_fcdc-dn-20260305-obannon", pub="2026-03-05T05:00:00-05:00", title="O'BANNON, Margaret Rose",
body="""O'BANNON, Margaret Rose "Peggy", 79, of Lexington, formerly of La Grange, March 2, 2026. Survived by her brother, Patrick "Paddy" O'Bannon of La Grange, and nieces and nephews. Mass Saturday, St. Aloysius Church, Pewee Valley.""",
gold=[("SDF016", "survivor")]),   # roster OBannon without apostrophe

dict(guid="sdf_fcdc-dn-20260408-thixton", pub="2026-04-08T05:00:00-04:00", title="THIXTON, Wendell Carroll Jr.",
body="""THIXTON, Wendell Carroll Jr., 86, Shepherdsville, April 5, 2026. Retired warehouse manager, forty-four years in the rickhouses at Cedar Fork Distillery. Preceded by wife Juanita. Survived by son Wendell "Trip" Thixton III (Anna Marie) of Shepherdsville; daughter Lynn Hatcher of Mount Washington; five grandchildren. Visitation Thursday, Hardin-Bullitt Funeral Home.""",
gold=[("SDF014", "survivor"), ("SDF015", "survivor")]),

dict(guid="sdf_fcdc-dn-20260522-zoeller", pub="2026-05-22T05:00:00-04:00", title="ZOELLER, Bernard F.",
body="""ZOELLER, Bernard F., 90, Louisville, May 19, 2026. Retired pressman, The Courier. Survived by children Ann Pfeiffer, Tom and Rick Zoeller; eight grandchildren. Mass Tuesday, St. Boniface Church.""",
gold=[]),

dict(guid="sdf_fcdc-dn-20260719-valdes", pub="2026-07-19T05:00:00-04:00", title="VALDES RIVERO, Ernesto",
body="""VALDES RIVERO, Ernesto, 33, of Hialeah, Fla., July 14, 2026. Survived by his parents, Rolando and Mirta Valdes, and his wife, Yudith. Services in Hialeah. Notice placed by cousins in Louisville.""",
gold=[]),   # namesake of SDF001 (b.1956, wife Caridad, Louisville): far away, wrong age, other wife

dict(guid="sdf_fcdc-dn-20260827-hardesty", pub="2026-08-27T05:00:00-04:00", title="HARDESTY, Carl Wayne",
body="""HARDESTY, Carl Wayne, 70, Mount Washington, August 24, 2026. Retired cooper, Kentucky Barrel & Stave. Survived by wife Darlene; sisters Anna Marie Thixton and Becky Hardesty Cundiff, both of Shepherdsville. Funeral Saturday, Mount Washington Baptist Church.""",
gold=[("SDF015", "survivor")]),   # roster maiden Hardesty; Anna Marie named by married name

dict(guid="sdf_fcdc-dn-20261013-kraemer", pub="2026-10-13T05:00:00-04:00", title="KRAEMER, Louise Theresa (Bohn)",
body="""KRAEMER, Louise Theresa (Bohn), 88, Jeffersontown, October 10, 2026. Preceded by husband Leo and grandson Dennis Michael Kraemer. Survived by sons Michael (Theresa) Kraemer of Jeffersontown and Denny Kraemer of Fern Creek; granddaughters Abby and Grace. Mass Thursday, St. Edward Church.""",
gold=[("SDF023", "survivor")]),   # Fern Creek ~8 km from roster Jeffersontown: adjacent town; Denny = Dennis

dict(guid="sdf_fcdc-dn-20261104-pendleton", pub="2026-11-04T05:00:00-05:00", title="PENDLETON, Latrice",
body="""PENDLETON, Latrice, Jeffersonville, Ind., November 1, 2026. Arrangements pending with Scott Funeral Home, Jeffersonville.""",
gold=[("SDF022", "possible_deceased_client")]),   # name + town only, no age or family
]

CR = [
dict(guid="sdf_cr-homegoing-odessa-merriweather", pub="2026-01-22T08:00:00-05:00", title="Homegoing: Mother Odessa Merriweather, 94",
body="""Mother Odessa Lee Merriweather, 94, a pillar of the West End, laid down her burdens on January 18, 2026. She was the church mother of Greater Canaan Missionary Baptist Church for three decades and fed half of Parkland from her kitchen on Sunday afternoons.

She leaves to cherish her memory her son, the Rev. Alfonso Merriweather (Gloria); her granddaughters, Tamika Boyd (Marcus) of Shively and Keisha Dunnigan; eleven great-grandchildren; and a host of church family.

Homegoing celebration Saturday at Greater Canaan, the Rev. Dr. Lonnie Hatchett delivering the eulogy.""",
gold=[("SDF009", "survivor"), ("SDF010", "survivor")]),   # Keisha Dunnigan is do_not_contact

dict(guid="sdf_cr-dzenaza-hasan-mujic", pub="2026-03-27T08:00:00-04:00", title="Dženaza: Hasan Mujić (1952 - 2026)",
body="""Hasan Mujić, 74, of Louisville, formerly of Prijedor, passed away March 24, 2026. Inna lillahi wa inna ilayhi raji'un. Hasan came to Louisville in 1998 and worked for twenty years at the GE Appliance Park.

He is survived by his wife, Fatima; his daughter, Amra Hadžić and her husband Emir; his son, Adnan Mujić of St. Louis; and four grandchildren.

Dženaza namaz will be held after the Friday prayer at the Bosnian Islamic Center, followed by burial at Cave Hill. The family thanks Senada Begović and the sisters of the džemat for the meals.""",
gold=[("SDF019", "survivor"), ("SDF018", "survivor")]),   # Senada Begovic thanked: nothing

dict(guid="sdf_cr-esquela-caridad-fuentes", pub="2026-05-12T08:00:00-04:00", title="Caridad Fuentes Morales (1931 - 2026)",
body="""Caridad Fuentes viuda de Morales, de 95 años, natural de Cárdenas, Cuba, falleció en Louisville el 9 de mayo de 2026. Caridad Fuentes Morales, 95, born in Cárdenas, Cuba, died in Louisville on May 9, 2026.

Le sobreviven su hija, Caridad "Cary" Valdés, y su esposo, Ernesto Valdés; sus nietos, Ernestico y Daylín; y su hermana, Olga Fuentes, en Miami. She is survived by her daughter Cary and son-in-law Ernesto, two grandchildren and a sister in Miami.

Misa de cuerpo presente, St. Rita Church, Preston Highway, el jueves a las 10 a.m.""",
gold=[("SDF002", "survivor"), ("SDF001", "survivor")]),   # Ernesto named with one part of the compound surname

dict(guid="sdf_cr-dzenaza-emir-hadzic-stl", pub="2026-08-30T08:00:00-04:00", title="Dženaza: Emir Hadžić (1997 - 2026)",
body="""Emir Hadžić, 29, of St. Louis, Missouri, died in a work accident on August 27, 2026. He is survived by his parents, Edin and Mirsada Hadžić of St. Louis, and his sister Lejla. Dženaza in St. Louis; the Louisville džemat will hold a prayer on Sunday.""",
gold=[]),   # young, far namesake of SDF018 (b.1970, wife Amra): nothing

dict(guid="sdf_cr-sister-agnes-huber", pub="2026-09-15T08:00:00-04:00", title="Sister Mary Agnes Huber, OSU, 96",
body="""Sister Mary Agnes Huber, OSU, 96, died September 12, 2026, at the Ursuline motherhouse on Lexington Road, in the 75th year of her religious profession. She taught Latin at Sacred Heart Academy to three generations of Louisville girls. She is survived by her Ursuline community and by nieces and nephews in Jasper, Ind. Mass of Christian Burial at the motherhouse chapel.""",
gold=[]),
]

ITEMS = FH + DN + CR
