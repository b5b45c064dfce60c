"""Grand Traverse Herald-Courier - Death Notices: the daily paper's brief paid notices, surname-first headings,
plain text. Hand-labelled."""

FEED = "gthc"
ITEMS = [
dict(guid="tvc_gthc_dn_260114_krumnow", pub="2026-01-14T05:30:00-05:00", title="KRUMNOW, Edna L.",
body="""KRUMNOW, Edna L., 96, of Williamsburg, died Jan. 11, 2026, at Cedar Run Assisted Living. Born on the family farm in Whitewater Township, she was a charter member of the Williamsburg Grange. Survived by her son, Alvin Krumnow of Williamsburg; her daughter, Loretta Baas of Rapid City; four grandchildren. Preceded in death by her husband, Emil. Funeral 11 a.m. Saturday at Williamsburg United Methodist Church. Arrangements by Hollister-Brandt Funeral Home.""",
gold=[]),  # TVC011 Alvin Krumnow is do_not_contact

dict(guid="tvc_gthc_dn_260219_pleva", pub="2026-02-19T05:30:00-05:00", title="PLEVA, Anton J. \"Tony\"",
body="""PLEVA, Anton J. "Tony", 80, of Maple City, died Feb. 16, 2026, at home. A lifelong cherry and potato farmer in Kasson Township and a 50-year member of the Maple City Volunteer Fire Department. Survived by his sisters, Dolores (Len) Sobieralski of Cedar and Agnes Pleva of Traverse City; his cousin, JoAnn Kolarik of Northport; and many nieces and nephews. Preceded in death by his parents, Frank and Anna (Hajek) Pleva. Funeral Mass 11 a.m. Monday at Holy Rosary Church, Cedar. Arrangements by Martinson Funeral Home, Suttons Bay.""",
gold=[("TVC002", "survivor"), ("TVC001", "survivor"), ("TVC021", "survivor")]),

dict(guid="tvc_gthc_dn_260313_brunkhorst", pub="2026-03-13T05:30:00-04:00", title="BRUNKHORST, Everett W.",
body="""BRUNKHORST, Everett W., 87, of Traverse City, died March 9, 2026. Retired superintendent, Traverse City Iron Works. Survived by his wife, Marlene; sons Gary and Dale; five grandchildren. Service 11 a.m. Saturday at Bethlehem Lutheran Church. Arrangements by Hollister-Brandt Funeral Home.""",
gold=[]),  # second, later copy of the funeral-home obituary (labelled there)

dict(guid="tvc_gthc_dn_260406_vondrasek", pub="2026-04-06T05:30:00-04:00", title="VONDRASEK, Arlene M.",
body="""VONDRASEK, Arlene M., of Lake Leelanau, died April 3, 2026. Arrangements are pending with Martinson Funeral Home, Suttons Bay.""",
gold=[("TVC015", "possible_deceased_client")]),

dict(guid="tvc_gthc_dn_260428_tschudy", pub="2026-04-28T05:30:00-04:00", title="TSCHUDY, Bernard \"Bernie\"",
body="""TSCHUDY, Bernard "Bernie", 77, of Monroe, Wis., died April 24, 2026, at Monroe Clinic Hospital. A retired cheesemaker, he spent summers as a boy at his uncle's cottage on Long Lake. Survived by his wife of 52 years, Elsie (Bangerter); his daughters, Heidi Zgraggen of Monroe and Karin Tschudy of Madison; his sister, Ruth Ann Pfund of Traverse City. Funeral 10 a.m. Thursday at Zwingli United Church of Christ, Monticello, Wis. Arrangements by Deininger-Bergen Funeral Home, Monroe.""",
gold=[]),  # TVC014 Bernard "Bernie" Tschudy of Traverse City, b. 1949, is a namesake: other state, other wife

dict(guid="tvc_gthc_dn_260512_gauthier", pub="2026-05-12T05:30:00-04:00", title="GAUTHIER, Louise Marie",
body="""GAUTHIER, Louise Marie, 94, of Traverse City, died May 9, 2026, at Grand Traverse Pavilions. Worked 30 years at the old State Hospital laundry. Survived by her daughter, Geraldine "Gerri" Ter Haar of Traverse City; her son, Michel Gauthier of Gaylord; three grandchildren. Preceded in death by her husband, Rene, and her son-in-law, Kenneth Ter Haar. Mass 10 a.m. Friday at St. Francis of Assisi Church. Arrangements by Reynolds Family Funeral Home.""",
gold=[("TVC009", "survivor")]),
]
