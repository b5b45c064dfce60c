"""Gulf Coast Death Notices: brief paid notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ftm_gcdn_2026_0188", pub="2026-05-06T05:30:00-04:00", title="GRUENWALD, Harold",
body="""GRUENWALD, Harold, of Cape Coral, died May 3, 2026. Arrangements are pending with Harborview & Palms Funeral Home, Cape Coral chapel.""",
gold=[("FTM023", "possible_deceased_client")]),

dict(guid="ftm_gcdn_2026_0121", pub="2026-03-24T05:30:00-04:00", title="DUNLEAVY, Carol Ann (Boyle)",
body="""DUNLEAVY, Carol Ann (Boyle), 77, of Scranton, Pa., a lifelong member of St. Ann's Basilica, died March 20, 2026. Survived by her husband of 55 years, Joseph; daughters Maureen and Colleen; and seven grandchildren. Mass at St. Ann's Basilica, Scranton. Notice placed by her daughter Colleen Dunleavy Reese of Naples.""",
gold=[]),

dict(guid="ftm_gcdn_2026_0109", pub="2026-03-12T05:30:00-04:00", title="LINDQVIST, Everett Nils",
body="""Everett Nils Lindqvist, 86, of Sanibel, died peacefully at home on March 3, 2026, within sight of the water he loved.

He was born February 9, 1940, in Duluth, Minnesota, and taught marine biology at the University of Minnesota Duluth for 33 years before he and his wife retired to Sanibel in 2003. He counted shorebirds on the Ding Darling refuge every Tuesday for twenty years and helped rebuild the island's bird blinds after Hurricane Ian.

Everett is survived by his wife of 61 years, Margit (Aho) Lindqvist; his sons, Peter of Minneapolis and Johan of Madison, Wisconsin; and four grandchildren. He was preceded in death by his sister, Ingrid.

A celebration of life will be held at Sanibel Community Church on March 21 at 11 a.m. Memorials may go to the Sanibel-Captiva Conservation Foundation.""",
gold=[]),

dict(guid="ftm_gcdn_2026_0142", pub="2026-04-02T05:30:00-04:00", title="McCLOUD, Terrence Lamar",
body="""McCLOUD, Terrence Lamar, 19, of Fort Myers, a 2024 graduate of Dunbar High School, died March 29, 2026. Survived by his parents, Lamar and Tonya McCloud; his brothers, Jalen and Kobe; and his grandmother, Bernice McCloud. Services Saturday, 1 p.m., at New Hope Missionary Baptist Church, Fort Myers.""",
gold=[]),

dict(guid="ftm_gcdn_2026_0155", pub="2026-04-15T05:30:00-04:00", title="VANDERGRIFF, Thomas E.",
body="""VANDERGRIFF, Thomas E., 84, of Fort Myers, retired Lee County school bus mechanic, died April 11, 2026. Survived by his sister, Hattie Vandergriff of Fort Myers, and by nieces and nephews in Tennessee. Graveside service at Fort Myers Cemetery, Monday at 10 a.m.""",
gold=[]),
]
