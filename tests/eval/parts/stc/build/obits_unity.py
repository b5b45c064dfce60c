"""Unity Voice of Central Minnesota (invented multicultural community paper: Somali, Latino and other new-American
communities of St. Cloud and Waite Park): obituaries, bilingual notices, HTML in description. Hand-labelled."""

FEED = "unity"
ITEMS = [
dict(guid="stc_unity_obit_2026_014", pub="2026-02-19T12:00:00-06:00", title="Geeri / Obituary: Aabbe Abdiwali Dhuhulow Jama",
body="""Inna lillahi wa inna ilayhi raji'un. To God we belong and to Him we return.

Abdiwali Dhuhulow Jama, 71, of St. Cloud, a respected elder of the Somali community of Central Minnesota, passed away on Monday, February 16, 2026, at the St. Cloud Hospital. Janazah prayer was held after Dhuhr prayer on Tuesday at the Islamic Center of St. Cloud, and he was laid to rest the same afternoon at the Muslim cemetery in Anoka County.

Aabbe Abdiwali was born in Beledweyne, Somalia, and taught mathematics there before the civil war. He came to St. Cloud in 2002 and worked for many years at the poultry plant in Cold Spring, and he taught Qur'an to the children of the East Side on weekends.

He is survived by his wife, Halima Mohamed Abdi; his children, Sagal Abdiwali Dhuhulow (Mahad Igal) of St. Cloud, Abdirahman Abdiwali Dhuhulow of Minneapolis, Ifrah Abdiwali Dhuhulow of Columbus, Ohio, and Yusuf Abdiwali Dhuhulow of Nairobi; and 14 grandchildren.

The family receives visitors for the three days of condolence (tacsi) at the family home in St. Cloud.""",
gold=[("STC008", "survivor")]),

dict(guid="stc_unity_obit_2026_031", pub="2026-05-07T12:00:00-05:00", title="Descanse en paz / Obituary: Doña Herminia Olvera viuda de Zamarripa",
body="""Con profundo dolor, the family of Herminia Olvera viuda de Zamarripa announces that she passed away on May 1, 2026, in her home in Río Verde, San Luis Potosí, Mexico, at the age of 84.

Doña Herminia raised eight children and ran a tortillería on the plaza for forty years. She visited her son in Minnesota for the first time in 2015 and declared the snow "muy bonita, pero no para mí."

Le sobreviven sus hijos, among them Rogelio (Lupe) Zamarripa of Waite Park and Teresa Zamarripa Olvera of Río Verde; 21 grandchildren; and 9 great-grandchildren. She was preceded in death by her husband, Don Anselmo Zamarripa.

A rosary will be prayed in her memory at 7 p.m. Friday, May 8, at St. Joseph's Catholic Church in Waite Park, and a memorial Mass (misa de difuntos) will be celebrated Saturday at 9 a.m. Burial was in Río Verde.""",
gold=[("STC010", "survivor"), ("STC009", "survivor")]),

dict(guid="stc_unity_obit_2026_047", pub="2026-07-23T12:00:00-05:00", title="Geeri / Obituary: Hooyo Hawo Sheekh Nur",
body="""Inna lillahi wa inna ilayhi raji'un.

Hawo Sheekh Nur, 88, of St. Cloud, passed away on Tuesday, July 21, 2026. She was born in Baidoa and was known to all of the East Side as Hooyo Hawo, the grandmother who always had tea ready. Janazah prayer was held Wednesday at the Islamic Center of St. Cloud.

She is survived by her sons, Abdullahi Ahmed Ali of St. Cloud and Hassan Ahmed Ali of Seattle; her daughter, Fartun Ahmed Ali of St. Cloud; and 23 grandchildren.""",
gold=[]),
]
