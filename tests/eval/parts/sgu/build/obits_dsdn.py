"""The Dixie Sentinel (invented daily, St. George): paid death notices, surname-first headings, terse, plain
text; they cover Washington, Iron and Kane counties and notices sent from elsewhere. Hand-labelled."""

FEED = "dsdn"
ITEMS = [
dict(guid="sgu_dsdn_2026_00031", pub="2026-01-20T06:00:00-07:00", title="IPSEN, Ferron Dee",
body="""Ferron Dee Ipsen, 76, of Idaho Falls, Idaho, died Jan. 16, 2026, at Eastern Idaho Regional Medical Center. Born in Rexburg; retired from the Idaho National Laboratory. Survived by wife Karen; sons Brady (Nicole), Ammon, and Jared (Tess); 12 grandchildren. Funeral 11 a.m. Saturday, Ammon 9th Ward chapel; arrangements Eagle Rock Funeral Chapel, Idaho Falls.""",
gold=[]),

dict(guid="sgu_dsdn_2026_00044", pub="2026-02-02T06:00:00-07:00", title="ANDRUS, Norma Jean Bleak",
body="""Norma Jean Bleak Andrus, 70, of Cedar City, died Jan. 29, 2026. Born in St. George to Leland and Erma Bleak. Retired from Southern Utah University food services. Survived by husband Kent; daughters Shaylee (Ryan) Wood and Kasey Andrus; sisters MaryLou Cottam, Washington, and Carol Jean Bleak, Beaver. Preceded in death by a brother, Dwight. Funeral 11 a.m. Saturday, Cedar West Stake Center.""",
gold=[("SGU006", "survivor")]),

dict(guid="sgu_dsdn_2026_00057", pub="2026-03-02T06:00:00-07:00", title="SYPHUS, Gwendolyn \"Gwen\"",
body="""Gwendolyn "Gwen" Syphus, 85, of Kanab, died Feb. 26, 2026, at Kane County Hospital. Born Oct. 15, 1940, in Fredonia, Ariz. Kanab Elementary school secretary 34 years; Relief Society president. Survived by son Cal (Deena) Syphus, Kanab; daughter Marla Pratt, Page, Ariz.; 7 grandchildren. Preceded in death by husband, Orval, in 2011. Graveside service 11 a.m. Thursday, Kanab City Cemetery.""",
gold=[("SGU021", "deceased_client")]),

dict(guid="sgu_dsdn_2026_00071", pub="2026-04-06T06:00:00-06:00", title="O'BANNON, Patrick Joseph",
body="""Patrick Joseph O'Bannon, 70, of Cedar City, died April 1, 2026. Born in Butte, Mont.; retired Union Pacific conductor. Survived by his sister Maureen O'Bannon of St. George and brother Michael O'Bannon of Missoula, Mont. Preceded in death by his wife, Teresa. Mass of Christian Burial 10 a.m. Wednesday, Christ the King Catholic Church, Cedar City.""",
gold=[("SGU010", "survivor")]),

dict(guid="sgu_dsdn_2026_00089", pub="2026-05-05T06:00:00-06:00", title="SCHIESS, Vonda",
body="""Vonda Schiess, of Hurricane, died May 2, 2026. Services pending; Vermilion Cliffs Family Mortuary, Hurricane chapel.""",
gold=[("SGU019", "possible_deceased_client")]),

dict(guid="sgu_dsdn_2026_00102", pub="2026-06-01T06:00:00-06:00", title="TRUMAN, Eldon Ray",
body="""Eldon Ray Truman, 83, of St. George, died May 27, 2026. Born in Parowan. Retired Dixie College wrestling coach. Survived by wife LaRae; sons Kelby and Troy; sisters Jeanie (Al) Pulsipher, Cedar City, and Geneal Adair, Panguitch. Preceded in death by brother Vaughn. Funeral 11 a.m. Friday, Dixie Downs 2nd Ward chapel; interment Tonaquint Cemetery.""",
gold=[("SGU015", "survivor"), ("SGU016", "survivor")]),

dict(guid="sgu_dsdn_2026_00118", pub="2026-07-13T06:00:00-06:00", title="VAN WAGONER, Eunice Pratt",
body="""Eunice Pratt Van Wagoner, 96, of Ivins, died July 9, 2026. Born in Colonia Juárez, Chihuahua, Mexico. Survived by sons Garth (Tamsen) Van Wagoner, Ivins, and Lowell Van Wagoner, Provo; daughter Charlene Huntsman, Kanab; 19 grandchildren. Preceded in death by husband, Clyde. Funeral 10 a.m. Monday, Ivins 5th Ward chapel.""",
gold=[("SGU009", "survivor")]),
]
