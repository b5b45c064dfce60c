"""Tri-State Herald death notices (Dubuque): newspaper notices, surname-first headings, terse, plain text.
Hand-labelled."""

FEED = "th"
ITEMS = [
dict(guid="dbq_th_dn_20260224_heiar", pub="2026-02-24T05:00:00-06:00", title="HEIAR, Lorraine - Bellevue",
body="""Lorraine Heiar, of Bellevue, died Sunday, February 22, 2026, at her home. Arrangements are pending with Grandview Funeral Chapel, Bellevue.""",
gold=[("DBQ013", "possible_deceased_client")]),  # same name and town, no age or family to confirm or rule out

dict(guid="dbq_th_dn_20260311_breitbach", pub="2026-03-11T05:00:00-05:00", title="BREITBACH, Harold J., 83 - Peosta",
body="""Harold J. Breitbach, 83, of Peosta, died Monday, March 9, 2026, at Bluffview Medical Center. He was a retired rural mail carrier and a member of Church of the Resurrection, Peosta. Survivors include his wife, Jeanette; his daughter, Mary Beth Breitbach of Peosta; his son, Joe (Amy) Breitbach of Waterloo; and four grandchildren. Visitation: 3 to 7 p.m. Friday, Heartland Hills Funeral Home, Dubuque. Mass of Christian Burial: 10:30 a.m. Saturday, Church of the Resurrection.""",
gold=[("DBQ006", "survivor")]),

dict(guid="dbq_th_dn_20260318_gansemer", pub="2026-03-18T05:00:00-05:00", title="GANSEMER, Patricia A., 71 - Waukesha, Wis.",
body="""Patricia A. "Patty" Gansemer, 71, of Waukesha, Wis., formerly of Cuba City, Wis., died Saturday, March 14, 2026, in Waukesha. Survivors include her husband, Lloyd; two daughters in the Milwaukee area; and a brother, Ken Stoffel of Cuba City. Services will be held in Waukesha.""",
gold=[]),  # namesake of DBQ021 Patty Gansemer (Epworth, b. 1963, husband Curt): nothing

dict(guid="dbq_th_dn_20260406_thilmany", pub="2026-04-06T05:00:00-05:00", title="THILMANY, Dorothy M., 92 - Dubuque",
body="""Dorothy M. Thilmany, 92, of Dubuque, died Saturday, April 4, 2026, at Stonehill Care Center. She was a longtime member of Sacred Heart Parish and its Altar and Rosary Society. Survivors include her son, Roger (Sue) Thilmany of Dubuque; her daughter, Diane Lueken of Bernard; five grandchildren; and nine great-grandchildren. She was preceded in death by her husband, Elmer. Visitation: 4 to 7 p.m. Wednesday, Heartland Hills Funeral Home, Dubuque. Mass: 10:30 a.m. Thursday, Sacred Heart Catholic Church.""",
gold=[("DBQ020", "survivor")]),

dict(guid="dbq_th_dn_20260429_hosch", pub="2026-04-29T05:00:00-05:00", title="HOSCH, Dolores M., 88 - Sun City West, Ariz.",
body="""Dolores M. Hosch, 88, of Sun City West, Ariz., formerly of Prairie du Chien, Wis., died Sunday, April 26, 2026. She is survived by two sons, Gary of Phoenix and Dean of Tucson. Burial will be at a later date in Prairie du Chien.""",
gold=[]),  # namesake of DBQ015 Dolores "Dodie" Hosch of Farley (b. 1944): far away, different age

dict(guid="dbq_th_dn_20260513_vorwald", pub="2026-05-13T05:00:00-05:00", title="VORWALD, Clement A., 97 - Dyersville",
body="""Clement A. Vorwald, 97, of Dyersville, died Monday, May 11, 2026, at Ellen Kennedy Living Center. He farmed near Petersburg and was a member of the Basilica of St. Francis Xavier. Survivors include his son, Dennis (Kay) Vorwald of Dyersville; his daughter, Marian (Joe) Hermsen of Worthington; seven grandchildren and fourteen great-grandchildren. He was preceded in death by his wife, Lucille, and a son, Ronald. Mass of Christian Burial: 10:30 a.m. Saturday at the Basilica.""",
gold=[("DBQ008", "survivor"), ("DBQ007", "survivor")]),

dict(guid="dbq_th_dn_20260826_kerper", pub="2026-08-26T05:00:00-05:00", title="KERPER, Elaine R., 76 - East Dubuque, Ill.",
body="""Elaine R. Kerper, 76, of East Dubuque, Ill., died Monday, August 24, 2026, at her home. Survivors include her husband, Gerald "Jerry" Kerper; two sons, Mike (Tina) Kerper of Dubuque and Scott Kerper of Galena, Ill.; and five grandchildren. Visitation: 4 to 7 p.m. Thursday, St. Mary Church, East Dubuque.""",
gold=[]),  # the widower DBQ012 Jerry Kerper is do_not_contact: nothing
]
