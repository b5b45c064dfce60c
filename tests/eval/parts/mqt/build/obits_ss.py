"""The Superior Sentinel (Marquette), paid death notices: surname-first headings, terse plain text. Hand-labelled."""

FEED = "ss"
ITEMS = [
dict(guid="mqt_ss_dn_2026_0214", pub="2026-02-03T06:00:00-05:00", title="PASCOE, Harold J.",
body="""PASCOE, Harold James, 79, of Ishpeming, died Jan. 31, 2026, at home. Retired Cliffs electrician, Army veteran. Survived by daughter Jenny Pascoe, Negaunee; son Brian (Amy) Pascoe, Ishpeming; sister Lorraine Tregembo, Negaunee; brother-in-law Hal Tregembo, Negaunee; four grandchildren. Preceded in death by wife Nancy. Service 11 a.m. Friday, Grace Episcopal Church, Ishpeming. Lakeshore & Iron Range Funeral Chapels.""",
gold=[("MQT004", "survivor")]),

dict(guid="mqt_ss_dn_2026_0288", pub="2026-02-24T06:00:00-05:00", title="HEIKKINEN, Arvo T.",
body="""HEIKKINEN, Arvo Toivo, 77, of Lake Worth, Fla., formerly of Ironwood, died Feb. 19, 2026, in Florida. Retired machinist. Survived by wife of 52 years, Marlene; sons Mark (Deb), Boca Raton, and Kevin, Ironwood. Memorial service in Ironwood this summer.""",
gold=[]),

dict(guid="mqt_ss_dn_2026_0351", pub="2026-03-17T06:00:00-04:00", title="PELTO, Reino W.",
body="""PELTO, Reino Wilhelm, 70, of Chatham, died March 14, 2026, at Munising Memorial Hospital. Logger, deer hunter, fiddler at every Finn dance in Alger County. Survived by sister Kathy (Pelto) Salmi, Munising; brother Gary Pelto, Eben Junction; nieces and nephews. Funeral 1 p.m. Thursday, Eben Lutheran Church.""",
gold=[("MQT016", "survivor")]),

dict(guid="mqt_ss_dn_2026_0402", pub="2026-04-07T06:00:00-04:00", title="ROWE, Dorothy M.",
body="""ROWE, Dorothy Mae (Tonkin), 93, Ishpeming, died April 4, 2026. Lifelong member of Wesley United Methodist Church. Survived by daughter Joyce (Bill) Penhale, Ishpeming; son Gerald Rowe, Escanaba; five grandchildren. Preceded in death by husband Harvey. Visitation 10 a.m., funeral 11 a.m. Saturday at Wesley UMC.""",
gold=[("MQT018", "survivor"), ("MQT017", "survivor")]),

dict(guid="mqt_ss_dn_2026_1107", pub="2026-11-05T06:00:00-05:00", title="ST. ONGE, Paul",
body="""ST. ONGE, Paul, of Marquette, died Nov. 2, 2026. Arrangements are pending with the Lakeshore & Iron Range Funeral Chapels, Marquette.""",
gold=[("MQT021", "possible_deceased_client")]),
]
