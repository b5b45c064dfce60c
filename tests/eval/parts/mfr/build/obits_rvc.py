"""Rogue Valley Courier - Death Notices (daily newspaper, Medford): brief paid notices with surname-first
headings, plain text. Hand-labelled."""

FEED = "rvc"
ITEMS = [
dict(guid="mfr_rvc_dn_2026_0418_01", pub="2026-04-18T05:30:00-07:00",
title="RUCKDASCHEL, Wendell A.",
body="""RUCKDASCHEL, Wendell A., 87, of Jacksonville, died April 9, 2026, at home. Retired orchardist. Survived by his wife, Arlette; a daughter, Karin; a son, Peter; and four grandchildren. Memorial service 11 a.m. April 25, Jacksonville Presbyterian Church. Siskiyou Hills Funeral Chapel, Medford.""",
gold=[]),   # a later, shorter copy of the funeral home's obituary: labelled on the earlier copy only

dict(guid="mfr_rvc_dn_2026_0514_02", pub="2026-05-14T05:30:00-07:00",
title="EKSTEDT, Marjorie",
body="""EKSTEDT, Marjorie, of Grants Pass, died May 11, 2026. Arrangements are pending with Siskiyou Hills Funeral Chapel, Grants Pass.""",
gold=[("MFR013", "possible_deceased_client")]),

dict(guid="mfr_rvc_dn_2026_0306_01", pub="2026-03-06T05:30:00-08:00",
title="QUISENBERRY, Everett L.",
body="""QUISENBERRY, Everett L., 79, of Yreka, Calif., died March 1, 2026, in Yreka. Retired Siskiyou County road foreman and Korean-era Navy veteran. Survived by his wife of 54 years, Donna; sons Wade of Montague and Curtis of Redding; and six grandchildren. Services were held March 5 at Yreka Community Church.""",
gold=[]),   # a namesake in California, different wife (roster spouse is Lorraine): nothing for MFR001

dict(guid="mfr_rvc_dn_2026_0212_03", pub="2026-02-12T05:30:00-08:00",
title="KEANE, Nora Bridget",
body="""KEANE, Nora Bridget, 94, of Medford, formerly of Dorchester, Mass., died Feb. 8, 2026, at Rogue Valley Manor. A retired Boston public-school secretary who moved west in 2009 to be near family. Survived by her nephew, Declan O'Shaughnessy of Ashland, and nieces in Massachusetts and County Clare, Ireland. Funeral Mass 10 a.m. Feb. 14, Sacred Heart Catholic Church, Medford.""",
gold=[("MFR007", "survivor")]),

dict(guid="mfr_rvc_dn_2026_0325_01", pub="2026-03-25T05:30:00-07:00",
title="WETHERBEE, Opal June",
body="""WETHERBEE, Opal June, 91, of Medford, died March 21, 2026. Worked 30 years in the gift-box line at Harry & David. Survived by her son, Dwight Wetherbee of Bend; grandsons Cassius "Cash" Wetherbee of Medford and Wyatt Wetherbee of Boise, Idaho; and three great-grandchildren. Preceded in death by her husband, Clarence. Graveside 1 p.m. March 28, Siskiyou Memorial Park.""",
gold=[("MFR016", "survivor")]),

dict(guid="mfr_rvc_dn_2026_0702_02", pub="2026-07-02T05:30:00-07:00",
title="HOLLENBECK, Doreen Kay",
body="""HOLLENBECK, Doreen Kay, 70, of Central Point, died June 28, 2026, at Providence Medford Medical Center. Longtime cashier at the Central Point Ray's. Survived by her husband, Gary; her sister, RaeAnn Stuckart of Medford; and a son, Travis Hollenbeck of White City. Services 2 p.m. July 7, Central Point Church of Christ.""",
gold=[("MFR004", "survivor")]),   # 'RaeAnn' = roster 'Rae Ann'; Medford is next to Central Point

dict(guid="mfr_rvc_dn_2026_0610_01", pub="2026-06-10T05:30:00-07:00",
title="OBERHOLTZER, Harold \"Hal\"",
body="""OBERHOLTZER, Harold "Hal", 88, of Talent, died June 6, 2026. Retired Southern Pacific brakeman and volunteer with the Talent Historical Society. Survived by his daughter, Mary Kay Oberholtzer of Talent; a son, Lowell Oberholtzer of Coos Bay; and five grandchildren. Preceded in death by his wife, Wilma. Celebration of life 3 p.m. June 20, Talent Community Center.""",
gold=[("MFR015", "survivor")]),

dict(guid="mfr_rvc_dn_2026_0916_01", pub="2026-09-16T05:30:00-07:00",
title="WOBBEMA, Geertje \"Gert\"",
body="""WOBBEMA, Geertje "Gert", 90, of Lynden, Wash., mother of Dana Thackaberry of Eagle Point, died Sept. 10, 2026, in Lynden. Born in Friesland, the Netherlands; a dairy farmer's wife and a member of Second Christian Reformed Church for 65 years. Survived by her daughters, Dana (Butch) Thackaberry of Eagle Point, Ore., and Hendrika Vander Griend of Lynden; her son, Pieter Wobbema of Everson, Wash.; 11 grandchildren and 14 great-grandchildren. Services were held Sept. 14 in Lynden.""",
gold=[("MFR006", "survivor"), ("MFR005", "survivor")]),
]
