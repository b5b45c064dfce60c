"""The Central Oklahoman: paid death notices, surname-first headings, very terse, plain text. Hand-labelled."""

FEED = "tco"
ITEMS = [
dict(guid="okc_tco_dn_20260114_0031", pub="2026-01-14T04:30:00-06:00", title="TRAN, Thi Mai",
body="""TRAN, Thi Mai, 84, of Oklahoma City, died Jan. 11, 2026. Born in Hue, Vietnam; came to Oklahoma City in 1979. Survivors: daughter Linh Nguyen (Thanh) of Oklahoma City; son Duc Tran of Garland, Texas; seven grandchildren. Funeral Mass 10 a.m. Saturday, Our Lady of La Vang Church. Arrangements: Vinh Phuoc Funeral Service.""",
gold=[("OKC002", "survivor"), ("OKC001", "survivor")]),

dict(guid="okc_tco_dn_20260128_0047", pub="2026-01-28T04:30:00-06:00", title="RAMIREZ, Jesus Alberto",
body="""RAMIREZ, Jesus Alberto, 19, of Oklahoma City, died Jan. 24, 2026. A 2024 graduate of U.S. Grant High School. Survived by his parents, Alfredo and Norma Ramirez; brothers Adrian and Kevin; and grandparents in Zacatecas. Rosary 7 p.m. Thursday, Sacred Heart Church; Mass 10 a.m. Friday.""",
gold=[]),
# Young namesake of OKC011 Jesus Ramirez Villa (b. 1965, wife Lupita): nothing.

dict(guid="okc_tco_dn_20260226_0058", pub="2026-02-26T04:30:00-06:00", title="OCHOA, Rosa Elena",
body="""OCHOA, Rosa Elena, 86, of Oklahoma City, passed away Feb. 22, 2026. Born in Jerez, Zacatecas. Survived by her daughter, Lupita Ramírez and her husband Chuy, of Oklahoma City; sons Rogelio Ochoa of Dodge City, Kan., and Arturo Ochoa of Oklahoma City; 11 grandchildren. Rosary 7 p.m. Monday; Mass of Christian Burial 10 a.m. Tuesday, Little Flower Church.""",
gold=[("OKC010", "survivor"), ("OKC011", "survivor")]),

dict(guid="okc_tco_dn_20260303_0062", pub="2026-03-03T04:30:00-06:00", title="O'DELL, Patrick J.",
body="""O'DELL, Patrick J., of Norman, died Feb. 28, 2026. Arrangements pending with Havenbrook Funeral Home, Norman.""",
gold=[("OKC014", "possible_deceased_client")]),
# No age, no survivors: same name and town only -> possible_deceased_client.

dict(guid="okc_tco_dn_20260318_0079", pub="2026-03-18T04:30:00-05:00", title="HOLLIS, Lawrence \"Larry\"",
body="""HOLLIS, Lawrence "Larry", 52, of Broken Arrow, died March 15, 2026. Survived by wife Kristi; sons Tyler and Cody; mother Joan Hollis of Sapulpa. Services 11 a.m. Friday, Arrow Heights Baptist Church, Broken Arrow.""",
gold=[]),
# Far-away (Tulsa area), younger namesake of OKC009 Larry Hollis of Edmond (b. 1949, wife just died): nothing.

dict(guid="okc_tco_dn_20260407_0088", pub="2026-04-07T04:30:00-05:00", title="WHITEKILLER, Samuel",
body="""WHITEKILLER, Samuel, 80, of Tahlequah, died April 3, 2026. Cherokee Nation citizen, Korean-era Marine, 40 years a rural mail carrier. Survivors: his wife, Loretta; sister-in-law Ruth Ann Whitekiller of Norman; nieces and nephews. Services 2 p.m. Saturday, Hulbert Indian Baptist Church.""",
gold=[("OKC006", "survivor")]),

dict(guid="okc_tco_dn_20260609_0104", pub="2026-06-09T04:30:00-05:00", title="TUBBS, Bonnie Sue (Keel)",
body="""TUBBS, Bonnie Sue (Keel), 74, of Del City, went to be with the Lord June 6, 2026. Retired Tinker AFB civilian payroll clerk; member of Sooner Road Baptist Church. Survived by her husband of 55 years, Harold Tubbs; son Gary (Lisa) Tubbs of Choctaw; granddaughters Megan and Shelby. Preceded in death by her parents, Otis and Irene Keel. Services 10 a.m. Friday, Sooner Road Baptist Church.""",
gold=[("OKC019", "survivor")]),
# Harold Tubbs (OKC019, Midwest City, roster spouse Bonnie) placed through his wife in Del City (adjacent): survivor.
]
