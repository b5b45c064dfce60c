"""Southern Colorado Death Notices (brief paid notices from Pueblo, Fremont and the Arkansas Valley papers),
surname-first headings, plain text. Hand-labelled."""

FEED = "dn"
ITEMS = [
dict(guid="pue_dn-2026-00231", pub="2026-01-21T07:00:00-07:00", title="ZUPANCIC, Angela Marie",
body="""Angela Marie Zupancic, 97, a lifelong resident of the Bessemer neighborhood, passed away peacefully on Saturday, January 10, 2026, at Belmont Lodge. She is survived by her daughter, Frances (Bernie) Mihelich of Pueblo; her son, Stan (Marlene) Zupancic of Pueblo; her son, Joseph Zupancic of Longmont; eight grandchildren; and eleven great-grandchildren. Preceded in death by her husband, Frank, and her son, Anthony. Mass of Christian Burial was celebrated at St. Mary Help of Christians Church. Interment, Roselawn Cemetery.""",
gold=[]),

dict(guid="pue_dn-2026-00288", pub="2026-02-18T07:00:00-07:00", title="MAESTAS, Gilbert R.",
body="""Gilbert R. Maestas, 41, Trinidad, died Feb. 14, 2026. Survived by his parents, Rudy and Carmen Maestas; his daughter, Alyssa; brothers Mark and Jerome. Rosary 7 p.m. Thursday, Mass 10 a.m. Friday, Holy Trinity Catholic Church, Trinidad.""",
gold=[]),

dict(guid="pue_dn-2026-00317", pub="2026-03-05T07:00:00-07:00", title="SKUL, Rosalie M.",
body="""Rosalie M. Skul, Pueblo, died March 2, 2026. Arrangements pending with Holy Cross & Arkansas Valley Funeral Chapels.""",
gold=[("PUE010", "possible_deceased_client")]),

dict(guid="pue_dn-2026-00402", pub="2026-06-03T07:00:00-06:00", title="WARDELL, Harold E. \"Hal\"",
body="""Harold Eugene "Hal" Wardell, 86, Las Animas, died May 30, 2026, at Fort Lyon. Born Feb. 27, 1940, in Hasty. Cattleman, Bent County commissioner 1981-1993. Survived by sons Dale (Cheryl), Las Animas, and Curtis, Lamar; five grandchildren. Preceded in death by wife of 52 years, Verna, and daughter, Janice. Services 10 a.m. Saturday, First Christian Church, Las Animas. Burial, Las Animas Cemetery.""",
gold=[("PUE022", "deceased_client")]),

dict(guid="pue_dn-2026-00455", pub="2026-07-08T07:00:00-06:00", title="DiSANTI, Carmine J.",
body="""Carmine Joseph DiSanti, 90, Pueblo, died July 4, 2026. Founder of DiSanti's on Northern Avenue, 1976. Survived by son Paul (Annette) DiSanti, Pueblo; daughter Lucia Marchetti, Denver; four grandchildren. Preceded in death by wife, Rose. Mass 10 a.m. Tuesday, St. Francis Xavier Church. Interment, Roselawn Cemetery.""",
gold=[("PUE016", "survivor")]),
]
