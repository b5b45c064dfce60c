"""Red River & Iron Range death notices (brief paid notices, plain text). Hand-labelled."""

FEED = "rrir"
ITEMS = [
dict(guid="rrir-dn-2026-0014", pub="2026-01-14T07:00:00-06:00", title="HAUGEN, Clarence M.",
body="""Clarence M. Haugen, 91, Fargo, died Jan. 11, 2026, at Riverview Care Center. Survived by sons, Orville (Lorraine) of West Fargo and Marlin (Gail) of Bismarck; six grandchildren. Preceded in death by wife, Evelyn. Funeral 11 a.m. Saturday, Faith Lutheran Church, West Fargo. Arrangements: Hanson-Rudd Funeral Chapel.""",
gold=[("R145", "survivor"), ("R146", "survivor")]),

dict(guid="rrir-dn-2026-0022", pub="2026-01-22T07:00:00-05:00", title="MAKI, Sulo E.",
body="""Sulo E. Maki, 84, Negaunee, died Jan. 19, 2026, at home. Survived by wife, Aili; stepson, Arvo Maki, Negaunee; daughter, Kaija (Ron) Salo, Ishpeming; five grandchildren. Preceded in death by brothers Toivo and Uuno. Service 11 a.m. Saturday, Bethany Lutheran Church, Negaunee; Pastor Erkki Halonen officiating. Lakeview Funeral Home.""",
gold=[("R115", "survivor")]),

dict(guid="rrir-dn-2026-0031", pub="2026-02-01T07:00:00-06:00", title="BJORNSON, Astrid",
body="""Astrid Bjornson, 88, Fargo, died Jan. 29, 2026. Survivors: daughter, Kari Bjornson, Fargo; son, Lars (Tammy) Bjornson, Minot; four grandchildren. Preceded in death by husband, Ole. Funeral 10:30 a.m. Wednesday, First Lutheran Church, Fargo.""",
gold=[("R147", "survivor")]),

dict(guid="rrir-dn-2026-0045", pub="2026-02-15T07:00:00-06:00", title="SOLBERG, Duane",
body="""Duane Solberg, Casselton, died Feb. 12, 2026. Survived by his wife, Marlys; daughters, Kim (Todd) Berg, Fargo, and Jodi Solberg, Casselton; three grandchildren. Memorial service 2 p.m. Friday, St. Leo's Catholic Church, Casselton.""",
gold=[]),

dict(guid="rrir-dn-2026-0052", pub="2026-02-22T07:00:00-05:00", title="KOSKI, Elma",
body="""Elma Koski, 90, Ishpeming, died Feb. 19, 2026, at Mather Nursing Center. Survived by daughter, Helmi (Roger) Niemi, Ishpeming; son, Reino Koski, Marquette; seven grandchildren. Preceded in death by husband, Eino. Service noon Thursday at Bethel Lutheran Church, Ishpeming; coffee and pasties to follow.""",
gold=[("R116", "survivor"), ("R117", "survivor")]),

dict(guid="rrir-dn-2026-0060", pub="2026-03-01T07:00:00-06:00", title="PEDERSON, Vernon",
body="""Vernon Pederson, 79, Moorhead, died Feb. 26, 2026. Survived by brothers, Gordon "Gordy" (Carol) Pederson, Fargo, and Lyle Pederson, Mesa, Ariz.; nieces and nephews. Funeral 11 a.m. Tuesday, Trinity Lutheran Church, Moorhead. Korsmo Funeral Service.""",
gold=[("R151", "survivor")]),

dict(guid="rrir-dn-2026-0071", pub="2026-03-12T07:00:00-04:00", title="ENGSTROM, Ruth",
body="""Ruth Engstrom, 93, Marquette, died March 9, 2026. Survived by daughters, Mrs. Robert (Jean) Lindahl, Marquette, and Mrs. Donald (Karen) Fagerlund, Escanaba; six grandchildren. Preceded in death by husband, Gust. Service 1 p.m. Saturday, Messiah Lutheran Church, Marquette.""",
gold=[("R118", "survivor")]),

dict(guid="rrir-dn-2026-0083", pub="2026-03-24T07:00:00-04:00", title="RAUTIO, Helen",
body="""Helen Rautio, 89, Marquette, died March 21, 2026. Survived by son, Gary Rautio, Marquette; daughter, Susan Rautio Dahl, Green Bay. Preceded in death by husband, Arne. Private family service.""",
gold=[]),

dict(guid="rrir-dn-2026-0097", pub="2026-04-12T07:00:00-04:00", title="CARLSON, Sharon K.",
body="""Sharon Kay Carlson, 76, Gwinn, died April 9, 2026, at UP Health System-Marquette. Survived by husband, Dennis; sons, Mark (Jill) Carlson, Gwinn, and Eric Carlson, Green Bay; four grandchildren. Funeral 11 a.m. Thursday, Gwinn Community Church. Tonella Funeral Home.""",
gold=[("R120", "deceased_client"), ("R121", "spouse_of_deceased_client")]),

dict(guid="rrir-dn-2026-0104", pub="2026-04-20T07:00:00-04:00", title="DEMARCO, Rosa",
body="""Rosa DeMarco, 85, Ishpeming, died April 17, 2026. Survived by sons, Frank and Joe DeMarco, Ishpeming. Mass 10 a.m. Monday, St. John the Evangelist Church, Ishpeming. Pallbearers: Tony Bertucci, Vince Grigg, Mario DeMarco and Nick Sarvello.""",
gold=[]),

dict(guid="rrir-dn-2026-0118", pub="2026-05-05T07:00:00-04:00", title="PERALA, Toivo",
body="""Toivo Perala, 88, Negaunee, died May 2, 2026. Survived by daughters, Mary Jo Perala, Negaunee, and Lisa (Jon) Saari, Hancock; brother, Eino Perala, Palmer. Service 11 a.m. Friday, Mount Calvary Lutheran Church, Negaunee.""",
gold=[("R123", "survivor")]),

dict(guid="rrir-dn-2026-0126", pub="2026-05-17T07:00:00-05:00", title="ANTTILA, Rudolph",
body="""Rudolph Anttila, 82, Duluth, Minn., died May 14, 2026. Survived by son, Steven Anttila, Duluth; daughter, Marcia (Greg) Lind, Cloquet. Funeral 11 a.m. Wednesday, Glen Avon Presbyterian Church, Duluth.""",
gold=[]),

dict(guid="rrir-dn-2026-0139", pub="2026-06-02T07:00:00-04:00", title="LAHTI, Wayne Sr.",
body="""Wayne Lahti Sr., 89, Marquette, died May 30, 2026. Survived by son, Wayne Lahti, Jr., Marquette; daughter, Debra Lahti Koski, Chassell; five grandchildren. Preceded in death by wife, Elsie. Service 11 a.m. Saturday, St. Paul's Episcopal Church, Marquette.""",
gold=[("R126", "survivor")]),

dict(guid="rrir-dn-2026-0147", pub="2026-06-14T07:00:00-05:00", title="KVAMME, Orlin",
body="""Orlin Kvamme, 86, Moorhead, died June 11, 2026. Survived by his wife of 62 years, Jo Ann; sons, Neil (Becky) Kvamme, Dilworth, and Paul Kvamme, Minneapolis. Funeral 10 a.m. Friday, Bethesda Lutheran Church, Moorhead.""",
gold=[("R152", "survivor")]),

dict(guid="rrir-dn-2026-0158", pub="2026-07-01T07:00:00-05:00", title="TOLLEFSON, Marvin",
body="""Marvin Tollefson, 90, West Fargo, died June 28, 2026. Survived by daughters, Janet (Roger) Dahl, Horace, and Renae Tollefson, Fargo. Funeral 2 p.m. Monday, Faith Lutheran Church, West Fargo.""",
gold=[]),

dict(guid="rrir-dn-2026-0166", pub="2026-07-12T07:00:00-04:00", title="PASCOE, Edith",
body="""Edith (Trevarrow) Pascoe, 94, Ishpeming, died July 9, 2026. Survived by son, William Pascoe, Negaunee; granddaughter, Emily Pascoe, Marquette. Service 1 p.m. Thursday, Grace Methodist Church, Ishpeming; Cornish pasties at the church hall afterward.""",
gold=[]),
]
