"""Tri-City Death Notices (paid death notices, Grand Island / Hastings / Kearney / Aurora): terse, surname-first
headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="gri_tcdn-20260220-031", pub="2026-02-20T07:00:00-06:00", title="BRABANDER, Dale A.",
body="""BRABANDER, Dale A., 41, Columbus. Died Feb. 17, 2026. Survived by his wife, Kristin; children Owen and Lily; parents Ron and Sue Brabander of Columbus. Services 11 a.m. Monday, Christ Lutheran Church, Columbus. Gass Haney Funeral Home.""",
gold=[]),

dict(guid="gri_tcdn-20260310-044", pub="2026-03-10T07:00:00-05:00", title="KUCERA, Vernon \"Vern\"",
body="""Vernon J. "Vern" Kucera, 86, of Aurora died Wednesday, March 4, 2026, at Memorial Community Care in Aurora.

Vern was born Feb. 9, 1940, in Hordville to Joseph and Anna (Sobotka) Kucera. He graduated from Aurora High School in 1958 and farmed north of Aurora for more than 45 years. On Sept. 1, 1962, he married LaVonne Hinrichs at St. Mary's Catholic Church in Aurora.

He is survived by his wife of 63 years, LaVonne Kucera of Aurora; sons Mark (Deb) Kucera of Lincoln and Steven Kucera of Aurora; a daughter, Carla (Tom) Vavricek of Hastings; eight grandchildren; and four great-grandchildren.

Mass of Christian Burial 10:30 a.m. Monday, St. Mary's Catholic Church, Aurora. Higby-McQuiston Mortuary.""",
gold=[]),

dict(guid="gri_tcdn-20260328-052", pub="2026-03-28T07:00:00-05:00", title="HINRICHS, Wilbur",
body="""HINRICHS, Wilbur, 88, Hampton. Died March 25, 2026. Survived by his wife, Leona; son Dean (Pam) Hinrichs, Hampton; sister LaVonne Kucera, Aurora. Preceded by brother-in-law Vern Kucera. Services 2 p.m. Saturday, Immanuel Lutheran Church, Hampton.""",
gold=[("GRI004", "survivor")]),

dict(guid="gri_tcdn-20260424-061", pub="2026-04-24T07:00:00-05:00", title="FRUHLING, Elmer",
body="""FRUHLING, Elmer, 90, Juniata. Died April 21, 2026. Survived by sons Tom and Rick Fruhling, Juniata; sister Dottie Schimmer, Hastings. Preceded by wife Bernice. Services 10:30 a.m. Tuesday, Juniata United Methodist Church. Livingston-Butler-Volland Funeral Home.""",
gold=[("GRI005", "survivor")]),

dict(guid="gri_tcdn-20260506-068", pub="2026-05-06T07:00:00-05:00", title="HAUSSLER, Bonnie L.",
body="""HAUSSLER, Bonnie L., Hastings. Died May 3, 2026. Arrangements pending with Lindeman-Rhoads Funeral Home, Hastings.""",
gold=[("GRI022", "possible_deceased_client")]),

dict(guid="gri_tcdn-20260714-083", pub="2026-07-14T07:00:00-05:00", title="RUHTER, Evelyn",
body="""RUHTER, Evelyn, 83, Grand Island. Died July 11, 2026. Survived by daughter Janet Kuehner, St. Paul; nephew Duane Ruhter, Grand Island. Services 2 p.m. Friday, Apfel Funeral Home, Grand Island.""",
gold=[]),
]
