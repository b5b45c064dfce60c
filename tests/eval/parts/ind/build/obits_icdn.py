"""The Indianapolis Courier - Death Notices: paid notices, surname-first headings, plain text, terse.
Hand-labelled (`gold=` beside each text)."""

FEED = "icdn"
ITEMS = [
dict(guid="ind_icdn_2026_0119_03", pub="2026-01-19T06:00:00-05:00", title="O'MALLEY, Francis X. \"Frank\"",
body="""O'MALLEY, Francis Xavier "Frank," 89, Carmel, died Jan. 15, 2026. Retired Indianapolis Fire Department captain (Engine 14). Husband of the late Patricia (Doyle) O'Malley for 58 years. Father of Kate O'Malley of Carmel and Brian O'Malley (Sheila) of Zionsville; grandfather of five. Visitation 3-7 p.m. Thursday, Leppert Mortuary, Carmel. Funeral Mass 11 a.m. Friday, Our Lady of Mount Carmel Catholic Church. Memorials to the Indianapolis Firefighters Museum.""",
# IND021 Kathleen "Kate" OMalley (apostrophe dropped in the CRM), Carmel.
gold=[("IND021", "survivor")]),

dict(guid="ind_icdn_2026_0205_01", pub="2026-02-05T06:00:00-05:00", title="SCHWARTZ, Menno J.",
body="""SCHWARTZ, Menno J., 88, of rural Berne, died Feb. 2, 2026, at his home. Born in Adams County to the late Joel and Elizabeth (Graber) Schwartz. Farmer and harness maker; member of the Old Order Amish Church. Surviving are his wife, Katie (Hilty) Schwartz; sons Joel, Eli and Amos, all of Berne; a daughter, Lorene, wife of Vernon Hochstetler, of Noblesville; 31 grandchildren and 40 great-grandchildren. Services were held Feb. 4 at the Eli Schwartz residence, with burial in the Schwartz family cemetery. Arrangements by Zwick & Jahn Funeral Home, Decatur.""",
# IND017 Lorene Hochstetler (maiden Schwartz) and IND018 Vernon Hochstetler, Noblesville.
gold=[("IND017", "survivor"), ("IND018", "survivor")]),

dict(guid="ind_icdn_2026_0226_02", pub="2026-02-26T06:00:00-05:00", title="MILLER, Elmer D.",
body="""MILLER, Elmer D., 91, of Shipshewana, died Monday, Feb. 23, 2026, at his home. He was a member of the Old Order Amish and a retired cabinetmaker. Survived by his wife, Fannie (Bontrager) Miller; children Wilma (Leroy) Bontrager of Franklin, Ida Mae (Harley) Yoder and Daniel Miller, both of Shipshewana, and Ervin Miller of Topeka, Ind.; 38 grandchildren; 71 great-grandchildren. Preceded in death by a son, Jonas. Funeral 9 a.m. Thursday at the Daniel Miller residence; burial in Miller Cemetery. Arrangements: Miller-Stewart Funeral Home, LaGrange.""",
# IND019 Wilma Bontrager (maiden Miller), Franklin, "(Leroy)" = roster spouse (not a client).
gold=[("IND019", "survivor")]),

dict(guid="ind_icdn_2026_0306_04", pub="2026-03-06T06:00:00-05:00", title="GAINES, Odessa",
body="""GAINES, Odessa, Indianapolis, passed March 3, 2026. Arrangements are pending with Lovelace & Sons Mortuary, 3800 N. Keystone Ave. Further notice to follow.""",
# IND011 Odessa Gaines, Indianapolis 46218: same name and city, no age, no spouse, no survivors: a possible match only.
gold=[("IND011", "possible_deceased_client")]),

dict(guid="ind_icdn_2026_0324_01", pub="2026-03-24T06:00:00-04:00", title="MARKOVIC, Slobodan",
body="""MARKOVIC, Slobodan "Boban," 84, Merrillville, fell asleep in the Lord March 20, 2026. Retired U.S. Steel Gary Works millwright. Beloved husband of Ljiljana for 59 years; father of Zoran (Snežana) Marković of Crown Point and Jelena Vuković of Schererville; djeda of six. Parastos 7 p.m. Monday; funeral 10 a.m. Tuesday, St. Sava Serbian Orthodox Church, Merrillville. Burial St. Sava Cemetery.""",
# Namesake far away (Lake County, ~220 km) of IND016 Slobodan "Boban" Markovic of Noblesville: nothing.
gold=[]),

dict(guid="ind_icdn_2026_0415_02", pub="2026-04-15T06:00:00-04:00", title="PRYOR, Essie Mae",
body="""PRYOR, Mother Essie Mae, 86, Indianapolis, went home to be with the Lord April 11, 2026. Mother of the Church at Greater New Hope Missionary Baptist Church for 40 years. Survived by sons Darnell Pryor Sr. (Vanessa), Lawrence, and Curtis Pryor, Atlanta; daughter Gloria Pryor-Hayes, Indianapolis; granddaughter Tamika Ruffin; 14 other grandchildren and 22 great-grandchildren. Homegoing celebration 11 a.m. Saturday, Greater New Hope. Arrangements by Lovelace & Sons Mortuary.""",
# IND012 Darnell Pryor Sr. (suffix in the roster surname), Lawrence; IND024 Tamika Ruffin (granddaughter, no town given; local family).
gold=[("IND012", "survivor"), ("IND024", "survivor")]),
]
