"""The Shore Courier-Ledger (Atlantic City daily): paid death notices, surname-first headings, plain text.
Hand-labelled."""

FEED = "scl"
ITEMS = [
dict(guid="acy_scl_dn_2026_0112", pub="2026-02-03T05:30:00-05:00", title="TALUKDER, Abdul Mannan",
body="""TALUKDER, Abdul Mannan, 88, of Atlantic City, formerly of Sylhet, Bangladesh, returned to Allah on January 31, 2026. Inna lillahi wa inna ilayhi raji'un. A retired schoolteacher, he came to Atlantic City in 2004 to live with his son's family and was a familiar figure at the Masjid Al-Hidaya. He is survived by his wife, Rahima Begum; his sons, Anisur Talukder of Atlantic City and Mizanur Talukder of Jamaica, Queens, N.Y.; his daughter, Shamima Akter of Sylhet; and eleven grandchildren. Janaza prayer was held after Zuhr on February 1 at the masjid, Atlantic Avenue, with burial at the Muslim section of Laurel Memorial Park, Egg Harbor Township.""",
gold=[("ACY009", "survivor")]),

dict(guid="acy_scl_dn_2026_0147", pub="2026-02-12T05:30:00-05:00", title="CUSUMANO, Anthony \"Tony\"",
body="""CUSUMANO, Anthony "Tony", 81, of Hammonton, on February 9, 2026. Tony grew blueberries on Cusumano Road for sixty summers and played the trumpet in the Our Lady of Mount Carmel Society band every July. Beloved husband of the late Angelina (Rizzo). Loving father of Anthony Jr. (Donna) of Hammonton and Gina Cusumano of Mays Landing; devoted brother of Rosemarie (Iggy) Pallotta of Hammonton and the late Salvatore. Viewing Friday 9-10:30 a.m. at St. Joseph Church, Hammonton, Mass 11 a.m. Interment Greenmount Cemetery.""",
gold=[("ACY003", "survivor"), ("ACY004", "survivor")]),

dict(guid="acy_scl_dn_2026_0188", pub="2026-02-26T05:30:00-05:00", title="GREENIDGE, Lillian Mae",
body="""GREENIDGE, Lillian Mae, 94, of Atlantic City, entered into eternal rest February 22, 2026. Mother Greenidge was a charter member of the Shiloh Baptist Church Missionary Society and worked 31 years in housekeeping at the Claridge. She leaves to cherish her memory her daughters, Beverly Greenidge Watts of Pleasantville and Cynthia Greenidge of Newark; nine grandchildren; and a host of great-grandchildren, nieces and nephews. Homegoing service Saturday 11 a.m. at Shiloh Baptist Church, the Rev. Dr. Cornelius Pettiford, eulogist. Interment Pleasantville Cemetery.""",
gold=[]),

dict(guid="acy_scl_dn_2026_0203", pub="2026-03-06T05:30:00-05:00", title="HOLLENBECK, Warren",
body="""HOLLENBECK, Warren, of Somers Point, on March 3, 2026. Arrangements by Gormley Bayside Funeral Home, Somers Point. A full notice will appear at a later date.""",
gold=[("ACY021", "possible_deceased_client")]),

dict(guid="acy_scl_dn_2026_0219", pub="2026-03-11T05:30:00-04:00", title="SCARPELLI, Dominic J.",
body="""SCARPELLI, Dominic J., 22, of Egg Harbor Township, suddenly, on March 7, 2026. A 2021 graduate of Egg Harbor Township High School, Dom was an apprentice electrician with IBEW Local 351 and the first one in the water on any surf day. Beloved son of Vincent and Lisa (Amato) Scarpelli; loving brother of Gianna; cherished grandson of Carmen Scarpelli. Viewing Monday 4-8 p.m. at Wimberg Funeral Home, Northfield. Mass Tuesday 10 a.m. at St. Katharine Drexel Church, Egg Harbor Township.""",
gold=[]),

dict(guid="acy_scl_dn_2026_0251", pub="2026-03-24T05:30:00-04:00", title="VREELAND, Theodore A.",
body="""VREELAND, Theodore A. "Ted", 70, of Ridgewood, N.J., on March 20, 2026. A commercial litigator in Hackensack for forty years and a lifelong Giants season-ticket holder. Husband of Ellen (Schrader); father of Peter and Anne; brother of Louise Sorensen of Ramsey. He spent every August of his life on Long Beach Island. Service Saturday at the Old Paramus Reformed Church. Published by request of the family.""",
gold=[]),

dict(guid="acy_scl_dn_2026_0266", pub="2026-03-28T05:30:00-04:00", title="PENNYPACKER, Harold W.",
body="""PENNYPACKER, Harold W. "Hal", 76, of Lancaster, Pa., on March 25, 2026. A retired dairy-equipment salesman, he spent fifty summers at his family's cottage in Ship Bottom. Husband of Ruth Ann (Herr) for 52 years; father of Kenneth and Sandra; grandfather of five. Service at Millersville Mennonite Church. Published by request of the family.""",
gold=[]),

dict(guid="acy_scl_dn_2026_0290", pub="2026-04-07T05:30:00-04:00", title="OLMEDA DE FIGUEROA, Carmen",
body="""OLMEDA DE FIGUEROA, Carmen, 86, of Pleasantville, formerly of Cayey, Puerto Rico, on April 3, 2026. Doña Carmen sewed for half of Pleasantville and never let a child leave her kitchen hungry. She was predeceased by her husband, Ramón Figueroa Santiago. She is survived by her son, Ramón Figueroa and his wife, Marisol, of Pleasantville; her daughter, Nilda Figueroa of Vineland; seven grandchildren and two great-grandchildren. Que descanse en paz. Rosary Thursday 7 p.m. and Mass Friday 10 a.m. at St. Peter Church, Pleasantville.""",
gold=[("ACY005", "survivor"), ("ACY006", "survivor")]),

dict(guid="acy_scl_dn_2026_0314", pub="2026-04-16T05:30:00-04:00", title="QUATTROCCHI, Filomena",
body="""QUATTROCCHI, Filomena, 93, of Atlantic City, on April 13, 2026. Born on Mississippi Avenue in Ducktown, "Aunt Fil" made the gravy for every Saint Michael's feast for fifty years and never wrote the recipe down. Predeceased by her brothers, Carmine and Joseph. She is survived by her nieces, Marybeth Quattrocchi of Brigantine and Josephine "Josie" Della Penna of Ventnor, who cared for her devotedly, and by many grand-nieces and nephews. Mass of Christian Burial Wednesday 10 a.m. at St. Michael's Church, Atlantic City. Interment Holy Cross Cemetery, Mays Landing.""",
gold=[("ACY012", "survivor"), ("ACY015", "survivor")]),

dict(guid="acy_scl_dn_2026_0342", pub="2026-04-29T05:30:00-04:00", title="ZABRISKIE, Irene",
body="""ZABRISKIE, Irene (Kowalczyk), 90, of Absecon, on April 26, 2026. Irene worked in the Absecon school cafeteria for 25 years. Wife of the late Stanley; mother of Chester Zabriskie of Absecon and the late Paul; grandmother of three. Mass Monday 10 a.m. at St. Elizabeth Ann Seton Church, Absecon.""",
gold=[]),
]
