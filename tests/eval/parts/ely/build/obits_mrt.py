"""Mesabi Range Tribune (Virginia, Minn.) daily death notices: terse, surname-first headings, plain text.
Hand-labelled."""

ITEMS = [
dict(guid="ely_mrt_dn_20260113_01", pub="2026-01-13T05:00:00-06:00", title="VUKELICH, Dragan \"Dan\"",
body="""Dragan "Dan" Vukelich, 91, of Hibbing, died Friday, Jan. 9, 2026, at Fairview Range Medical Center. Retired from Hull-Rust-Mahoning Mine, 38 years. Survived by son Dragan (Mirjana) Vukelich of Hibbing; daughter Danica Rowe of Minneapolis; four grandchildren. Preceded in death by his wife, Stana, and brother, Petar. Funeral 10 a.m. Thursday at St. George Serbian Orthodox Church, Hibbing. Arrangements with Trebek-Lindahl Funeral Home, Hibbing.""",
gold=[("ELY009", "survivor"), ("ELY010", "survivor")]),

dict(guid="ely_mrt_dn_20260224_03", pub="2026-02-24T05:00:00-06:00", title="SKUBITZ, Anton J.",
body="""Anton J. Skubitz, 88, of Eveleth, died Saturday, Feb. 21, 2026, at Arrowhead Senior Living, Virginia. Survived by his wife, Dorothy; son Jim of Fayal Township; sister-in-law JoAnn Skubitz of Eveleth; nieces and nephews. Preceded in death by his brother, Frank. Mass of Christian Burial 11 a.m. Friday at Resurrection Catholic Church, Eveleth. Arrangements with Range Memorial Chapel, Eveleth.""",
gold=[("ELY008", "survivor")]),

dict(guid="ely_mrt_dn_20260310_02", pub="2026-03-10T05:00:00-05:00", title="BREKKESTAD, Halvard O.",
body="""Halvard O. "Hal" Brekkestad, 75, of Fergus Falls, formerly of Cook, died Friday, March 6, 2026, at Lake Region Healthcare, Fergus Falls. Retired Otter Tail Power lineman. Survived by his wife of 51 years, Ingrid; daughters Kari (Mike) Nelson and Beth Brekkestad, both of Fergus Falls; a brother, Arne, of Moorhead. Funeral 2 p.m. Thursday at Bethlehem Lutheran Church, Fergus Falls.""",
gold=[]),

dict(guid="ely_mrt_dn_20260317_04", pub="2026-03-17T05:00:00-05:00", title="TVEITBAKK, Linnea R.",
body="""Linnea Ruth Tveitbakk, 76, of Isabella, died Saturday, March 14, 2026, at St. Luke's Hospital, Duluth. Taught third grade in Silver Bay for 32 years. Survived by her husband, Orvald "Ole," of Isabella; sons Erik of Two Harbors and Nils of Bemidji; five grandchildren. Memorial service 1 p.m. Saturday at Isabella Community Church. Arrangements with North Shore Funeral Service, Two Harbors.""",
gold=[("ELY020", "survivor")]),

dict(guid="ely_mrt_dn_20260413_02", pub="2026-04-13T05:00:00-05:00", title="PLUTH, Kazimir",
body="""Kazimir Pluth, of Chisholm, died Thursday, April 9, 2026. Arrangements are pending with Lakeview Chapel, Chisholm.""",
gold=[("ELY011", "possible_deceased_client")]),

dict(guid="ely_mrt_dn_20260505_01", pub="2026-05-05T05:00:00-05:00", title="ZANARDI, Lucia M.",
body="""Lucia Maria Zanardi, 96, of Virginia, died Saturday, May 2, 2026, at Essentia Health-Virginia. Never married; bookkeeper at Zanardi Brothers Grocery for 50 years. Survived by her sister, Rosaria "Sadie" Fabbrini of Virginia; nephews Paul Fabbrini of Mountain Iron and Ettore "Teddy" Fabbrini Jr. of Rochester. Preceded in death by her parents, Giuseppe and Rosa, and brothers Aldo and Primo. Mass 10 a.m. Friday at Marquette Catholic Church, Virginia. Arrangements with Korpela-Zupancich Funeral Chapels.""",
gold=[("ELY016", "survivor")]),

dict(guid="ely_mrt_dn_20260609_03", pub="2026-06-09T05:00:00-05:00", title="KOSKOVICH, Peter A.",
body="""Peter Anthony Koskovich, 75, of Mountain Iron, died Saturday, June 6, 2026, at home. Retired Minntac millwright; Mountain Iron city council 1996-2008. Survived by his wife, Carol; daughters Amy (Dean) Lahti of Cotton and Jill Koskovich of St. Paul; three grandchildren. Funeral 11 a.m. Thursday at St. Joseph's Catholic Church, Mountain Iron. Arrangements with Range Memorial Chapel.""",
gold=[]),
]
