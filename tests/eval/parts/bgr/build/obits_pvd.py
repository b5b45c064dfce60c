"""The Penobscot Valley Daily (Bangor daily newspaper): Obituaries and brief Death Notices, plain text in
description, titles "Name" (full obituaries, dateline in capitals) or "SURNAME, Given" (notices). Hand-labelled."""

FEED = "pvd"
ITEMS = [
dict(guid="bgr_pvd_20260319_dentremont", pub="2026-03-19T05:30:00-04:00", title="Gaston Joseph D'Entremont",
body="""OLD TOWN - Gaston Joseph D'Entremont, 91, passed away March 16, 2026, at Dirigo Pines in Orono.

He was born in West Pubnico, Nova Scotia, on June 3, 1934, the son of Alphée and Marie (Amirault) D'Entremont, and fished lobster out of Pubnico harbour with his father before coming to Maine in 1956 to work in the woods. He later spent 33 years at the Old Town canoe factory, where he was known for never wasting a strip of cedar.

Gaston is survived by his son, Philippe "Phil" D'Entremont and his wife, Gisele, of Old Town; his daughter, Josette Pothier of Yarmouth, Nova Scotia; four grandchildren; and his sister, Gisèle d'Entremont of West Pubnico. He was predeceased by his wife, Bernadette, in 2015.

A Mass of Christian Burial will be celebrated 10 a.m. Monday at St. Ann Church, Bradley.""",
gold=[("BGR010", "survivor"), ("BGR009", "survivor")]),

dict(guid="bgr_pvd_20260409_betancourt", pub="2026-04-09T05:30:00-04:00", title="Ramón Betancourt Rivera",
body="""BAYAMÓN, Puerto Rico - Ramón Betancourt Rivera, 83, died April 4, 2026, at his home in Bayamón, Puerto Rico.

Don Ramón was born in Ciales on January 19, 1943, and taught mathematics at the Colegio San Antonio for 37 years. He played the cuatro, argued baseball with anyone and visited his daughter in Maine every July, which he considered the only acceptable month.

He is survived by his wife of 58 years, Carmen Quiñones de Betancourt; his daughters, Dr. Marisol Betancourt Quiñones of Orono, Maine, and Lourdes Betancourt Quiñones of Orlando, Fla.; and three grandchildren.

A funeral Mass was celebrated in Bayamón. A memorial Mass will be offered at 5 p.m. Saturday, April 18, at St. Mary Church in Orono.""",
gold=[("BGR008", "survivor")]),

dict(guid="bgr_pvd_20260528_gammon", pub="2026-05-28T05:30:00-04:00", title="Pauline Dyer Gammon",
body="""ORONO - Pauline (Dyer) Gammon, 92, died May 24, 2026, at Orono Commons.

She was born in Lincoln on April 11, 1934, the daughter of Horace and Stella Dyer, and married Everett Gammon in 1955. For 25 years she was the secretary of the University of Maine's forestry department, where three generations of students learned to fear and love her.

She is survived by her daughter, Mary Beth Trefethen and her husband, Warren, of Veazie; her son, Robert Gammon of Lincoln; and five grandchildren, including Ainsley Trefethen. She was predeceased by her husband, Everett, in 2009.

A funeral service will be held at 11 a.m. Tuesday at the Church of Universal Fellowship, Orono.""",
gold=[("BGR004", "survivor"), ("BGR005", "survivor")]),

dict(guid="bgr_pvd_20260618_coffran", pub="2026-06-18T05:30:00-04:00", title="Norris A. Coffran",
body="""DEDHAM - Norris Alden Coffran, 79, died June 14, 2026, at his camp on Phillips Lake, which is where he would have chosen.

He was born in Brewer on December 1, 1946, the son of Alden and Mildred Coffran, and worked 40 years as an electrician at the Bucksport mill. He was a member of the Dedham Volunteer Fire Department for half a century.

He is survived by his wife, Janice; his son, Scott Coffran of Dedham; his sister-in-law, Sue Coffran of Holden; and several nieces and nephews. He was predeceased by his brother, Gerald Coffran.

Services will be private.""",
gold=[("BGR014", "survivor")]),

dict(guid="bgr_pvd_20260723_sprowl", pub="2026-07-23T05:30:00-04:00", title="Everett L. Sprowl",
body="""SURRY - Everett Leroy Sprowl, 86, died July 20, 2026, at Maine Coast Memorial Hospital in Ellsworth.

He was born in Surry on October 8, 1939, the son of Leroy and Nettie (Grindal) Sprowl, and lobstered out of Surry and Newbury Neck for sixty years. He built three boats by hand and sold none of them.

Everett is survived by his sister, Vernice (Sprowl) Alward of Ellsworth; his nephews, Todd and Kevin Alward; and his faithful dog, Skipper.

A graveside service will be held at 2 p.m. Sunday at Surry Village Cemetery.""",
gold=[("BGR020", "survivor")]),

dict(guid="bgr_pvd_20260820_kneeland", pub="2026-08-20T05:30:00-04:00", title="KNEELAND, Thaddeus M.",
body="""KNEELAND, Thaddeus M., 67, of Portland, Ore., formerly of Skowhegan, died Aug. 14, 2026. Survived by his wife, Lorna; daughter, Emily Kneeland of Seattle. Services in Oregon.""",
gold=[]),

dict(guid="bgr_pvd_20260910_merrithew", pub="2026-09-10T05:30:00-04:00", title="Gladys M. Merrithew",
body="""HERMON - Gladys May Merrithew, 89, died September 7, 2026, at her home.

She was born in Carmel on February 2, 1937, the daughter of Frank and Lena Hanson, and ran the Merrithew farm stand on the Billings Road for forty summers.

She is survived by her son, Dwight Merrithew of Hermon; her daughter, Cheryl Nadeau of Levant; and six grandchildren. She was predeceased by her husband, Clifford.

A funeral will be held 1 p.m. Friday at the Hermon Baptist Church.""",
gold=[]),

dict(guid="bgr_pvd_20261105_wardwell", pub="2026-11-05T05:30:00-05:00", title="Frances Tibbetts Wardwell",
body="""CASTINE - Frances (Tibbetts) Wardwell, 90, died November 1, 2026, at the Gardens at Castine.

She was born in Castine on March 17, 1936, and kept the books for the Maine Maritime Academy's waterfront for 30 years. She sailed her own Herreshoff until she was 82.

She is survived by her son, Peter Wardwell of Castine; her grandson, Caleb Wardwell of Bucksport; and her granddaughter, Hannah Wardwell of Boston. She was predeceased by her husband, Lewis.

A memorial service will be held in the spring at Trinitarian Congregational Church, Castine.""",
gold=[("BGR018", "survivor")]),

dict(guid="bgr_pvd_20261201_crockwell", pub="2026-12-01T05:30:00-05:00", title="CROCKWELL, Winfield",
body="""CROCKWELL, Winfield, of Bangor, died Nov. 28, 2026. Arrangements are in the care of Kenduskeag Valley Funeral Home, Brewer.""",
gold=[("BGR006", "possible_deceased_client")]),
]
