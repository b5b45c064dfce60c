"""The Orange County Record (weekly): brief paid death notices, surname-first headings, plain text. Hand-labelled."""

FEED = "ocr"
ITEMS = [
dict(guid="bmt_ocr_dn_2026_0114", pub="2026-01-14T06:00:00-06:00", title="DUGAS, Noelie Trahan",
body="""DUGAS, Noelie Trahan, 90, of Vidor, died January 10, 2026. Survived by her son, Wendell Dugas of Vidor, and her sister, Millie Schexnayder of Vidor. Services were held at Claybar Funeral Home, Vidor.""",
gold=[("BMT020", "survivor")]),   # Wendell Dugas (BMT008) is do_not_contact: nothing

dict(guid="bmt_ocr_dn_2026_0211", pub="2026-02-11T06:00:00-06:00", title="SONNIER, Alton J.",
body="""SONNIER, Alton J., 86, of Orange, died February 6, 2026. Retired from the Orange shipyard. Survived by his sister, Evangeline LaFleur of Orange; his nephews and nieces. Preceded in death by his sister, Lorraine Stelly. Graveside services Saturday at Evergreen Cemetery.""",
gold=[("BMT007", "survivor")]),

dict(guid="bmt_ocr_dn_2026_0318", pub="2026-03-18T06:00:00-05:00", title="THIBODEAUX, Alcide Joseph Sr.",
body="""THIBODEAUX, Alcide Joseph Sr., 99, of Port Neches, died March 14, 2026, at the Port Neches nursing home. World War II veteran, retired from Texaco Port Neches. Survived by his son, Alcide "Tee-Al" Thibodeaux Jr. (Marie Rose) of Port Neches; three grandchildren. Mass Thursday at St. Elizabeth Catholic Church, Port Neches.""",
gold=[("BMT001", "survivor"), ("BMT002", "survivor")]),

dict(guid="bmt_ocr_dn_2026_0408", pub="2026-04-08T06:00:00-05:00", title="DELAHOUSSAYE, Byron",
body="""DELAHOUSSAYE, Byron, of Beaumont, passed away April 4, 2026. Arrangements are pending with Gaspard & Sons Funeral Home, Beaumont chapel.""",
gold=[("BMT021", "possible_deceased_client")]),

dict(guid="bmt_ocr_dn_2026_0513", pub="2026-05-13T06:00:00-05:00", title="GRANGER, Bernice Wiltz",
body="""GRANGER, Bernice Wiltz, 68, of Beaumont, died May 9, 2026. Retired teacher, Beaumont ISD. Survived by her husband of 45 years, the Rev. Elijah Granger, pastor of Greater Mount Olive Baptist Church; her daughters, Alicia and Monique. Services Saturday at Greater Mount Olive.""",
gold=[("BMT018", "survivor")]),

dict(guid="bmt_ocr_dn_2026_0624", pub="2026-06-24T06:00:00-05:00", title="FUSILIER, Reginald \"Reggie\"",
body="""FUSILIER, Reginald "Reggie", 38, of Lake Charles, La., died June 19, 2026. Survived by his wife, Brandi, and their children, Jace and Kinley, of Lake Charles. Services at Johnson Funeral Home, Lake Charles.""",
gold=[]),
]
