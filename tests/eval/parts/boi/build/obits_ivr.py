"""Idaho Valley Record - Paid Death Notices (invented newspaper): brief notices, surname-first headings, plain
text. Hand-labelled."""

FEED = "ivr"
ITEMS = [
dict(guid="boi_ivr-dn-20260312-hymas", pub="2026-03-12T05:00:00-06:00", title="HYMAS, Carl Jensen",
body="""HYMAS, Carl Jensen, 91, of Caldwell, passed away March 9, 2026. Born in Paris, Idaho, he farmed sugar beets near Caldwell for 60 years and served as a stake patriarch. Survived by sons Kent (Mary Lou) Hymas of Caldwell and Bryce (Tina) Hymas of Emmett; 14 grandchildren. Preceded by wife Ardith. Funeral Saturday 11 a.m., Caldwell Idaho Stake Center. Dakota Chapel, Caldwell.""",
gold=[("BOI011", "survivor"), ("BOI010", "survivor")]),

dict(guid="boi_ivr-dn-20260324-nakashima", pub="2026-03-24T05:00:00-06:00", title="NAKASHIMA, Roy Yoshio",
body="""NAKASHIMA, Roy Yoshio, 93, Nampa, died March 21, 2026. A Nisei veteran of the Military Intelligence Service and a longtime Nampa pharmacist. Survived by daughter Naomi Fujikawa (Dean) of Boise and son Alan Nakashima of Sacramento; five grandchildren. Preceded by wife Mae. Memorial service Saturday 2 p.m., Idaho Oregon Buddhist Temple. Snake River Valley Funeral Chapels, Nampa.""",
gold=[("BOI019", "survivor")]),

dict(guid="boi_ivr-dn-20260402-aldecoa", pub="2026-04-02T05:00:00-06:00", title="ALDECOA, Pedro \"Pete\"",
body="""ALDECOA, Pedro "Pete", 74, of Elko, Nev., died March 29, 2026, at Northeastern Nevada Regional Hospital. A retired Elko County road foreman and a fixture at the Star Hotel bar. Survived by wife Carmen of Elko; daughters Marisa Aldecoa of Reno and Lisa (Rob) Penrose of Spring Creek. Services were held in Elko. Published at the request of family in the Treasure Valley.""",
gold=[]),

dict(guid="boi_ivr-dn-20260415-vanorden", pub="2026-04-15T05:00:00-06:00", title="VAN ORDEN, Eldon Parley",
body="""VAN ORDEN, Eldon Parley, 88, of Kuna, passed away April 12, 2026. Dairyman, Kuna Ward bishop and county fair beef superintendent for 40 years. Survived by his brother LaVell Van Orden of Kuna; his nieces, Mrs. Brigham Christiansen (JaNae) of Meridian and Shauna Larsen of Star; and many nephews. Preceded by wife Elaine and son Daryl. Funeral Monday 11 a.m., Kuna Idaho Stake Center. Interment Kuna Cemetery.""",
gold=[("BOI012", "survivor")]),

dict(guid="boi_ivr-dn-20260501-okeefe", pub="2026-05-01T05:00:00-06:00", title="O'KEEFE, Colleen Marie",
body="""O'KEEFE, Colleen Marie, 16, of Eagle, died April 27, 2026, from injuries suffered in a traffic accident on State Highway 16. A sophomore at Eagle High School who loved volleyball and her horse, Biscuit. Survived by her parents, Sean and Trish O'Keefe of Eagle; brothers Liam and Declan; grandparents Pat and Nora O'Keefe of Pocatello. Funeral Mass Tuesday 10 a.m., St. Mark's Catholic Church, Boise.""",
gold=[]),

dict(guid="boi_ivr-dn-20260604-bybee", pub="2026-06-04T05:00:00-06:00", title="BYBEE, Wendell",
body="""BYBEE, Wendell, Nampa. Passed away June 1, 2026. Arrangements pending with Dakota Chapel, Nampa.""",
gold=[("BOI009", "possible_deceased_client")]),

dict(guid="boi_ivr-dn-20260618-morishita", pub="2026-06-18T05:00:00-06:00", title="MORISHITA, Kenji",
body="""MORISHITA, Kenji, 59, of Honolulu, Hawaii, died June 9, 2026. A harbor pilot for 28 years. Survived by wife Lynette, sons Kyle and Brandon, and his mother, Setsuko Morishita of Hilo. Services in Honolulu. Notice placed by his cousin, Dana Okamoto of Boise.""",
gold=[]),
]
