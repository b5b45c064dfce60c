"""The Queen City Ledger (Springfield daily): paid death notices, surname-first headings, plain text, terse.
Hand-labelled (gold=[...])."""

FEED = "qcl"
ITEMS = [
dict(guid="sgf_qcl_dn_20260108_0031", pub="2026-01-08T05:00:00-06:00", title="DAVENPORT, Lula Belle",
body="""DAVENPORT, Lula Belle, 96, Walnut Grove, died Jan. 5, 2026, at home. Retired postmistress of Walnut Grove. Survived by son, Harvey Davenport, Walnut Grove; niece, Donna Sue Whitlock, Hollister; nephew, Carl Pyle, Bolivar. Preceded in death by husband, Otis. Graveside 11 a.m. Saturday, Walnut Grove Cemetery. Arr.: Pitts Chapel, Bolivar.""",
gold=[("SGF020", "survivor")]),

dict(guid="sgf_qcl_dn_20260122_0077", pub="2026-01-22T05:00:00-06:00", title="VOGEL, Agnes Maria",
body="""VOGEL, Agnes Maria (Kleinsorge), 91, Springfield, died Jan. 19, 2026. Born in Westphalia, Mo.; member of Sacred Heart Catholic Church and its Altar Society for 60 years. Survived by daughters, Rosemarie (Gary) Schlichting, Springfield, and Mrs. Leonard Brockmeyer, Willard; son, Fr. Anton Vogel, Jefferson City; 11 grandchildren. Preceded in death by husband, Bernhard, and son, Joseph. Rosary 6 p.m. Sunday; Mass of Christian Burial 10 a.m. Monday, Sacred Heart. Arr.: Klingner-Price Funeral Home.""",
gold=[("SGF008", "survivor"), ("SGF007", "survivor"), ("SGF009", "survivor")]),

dict(guid="sgf_qcl_dn_20260213_0102", pub="2026-02-13T05:00:00-06:00", title="HUFFORD, Iva Lee",
body="""HUFFORD, Iva Lee, 97, Springfield, died Feb. 10, 2026. Survived by sons, Vern Hufford, Springfield, and Roy Hufford, Joplin; five grandchildren. Preceded by husband, Floyd. Service 1 p.m. Tuesday, Klingner-Price Funeral Home chapel.""",
gold=[]),  # Vern Hufford is SGF018, do_not_contact

dict(guid="sgf_qcl_dn_20260305_0140", pub="2026-03-05T05:00:00-06:00", title="EUDY, Clarence L.",
body="""EUDY, Clarence L., Springfield, died March 3, 2026. Arrangements pending with Klingner-Price Funeral Home.""",
gold=[("SGF021", "possible_deceased_client")]),

dict(guid="sgf_qcl_dn_20260319_0166", pub="2026-03-19T05:00:00-05:00", title="WHITLOCK, Donna Sue",
body="""WHITLOCK, Donna Sue, 75, Paducah, Ky., formerly of Cape Girardeau, died March 15, 2026. Retired bank teller. Survived by husband, Ernest; daughters, Tina Grogan and Shelly Whitlock, both of Paducah. Service Saturday, Lindsey Funeral Home, Paducah. Published at the request of the family.""",
gold=[]),  # namesake far away (SGF020 lives in Branson and has no husband in the roster)

dict(guid="sgf_qcl_dn_20260402_0189", pub="2026-04-02T05:00:00-05:00", title="STUMPE, Bernard Joseph",
body="""STUMPE, Bernard Joseph, 85, Freistatt, died March 30, 2026. Farmer, Knights of Columbus, member of St. Mary's Catholic Church, Freistatt. Survived by wife, Hildegard; sons, Mark and Thomas, both of Freistatt; sister-in-law, Gloria Stumpe, Republic. Preceded by brothers, Leo and Alfons. Mass 10 a.m. Thursday, St. Mary's. Arr.: Carter-Rose-Mills, Mount Vernon.""",
gold=[("SGF024", "survivor")]),
]
