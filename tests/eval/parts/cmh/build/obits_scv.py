"""Columbus Somali Community Voice (community news site, Northland): condolence notices ("Inna lillahi wa
inna ilayhi raji'un"), plain text. Somali names are patronymic: a son's second name is his father's first name.
Hand-labelled."""

FEED = "scv"
ITEMS = [
dict(guid="cmh_scv-tacsi-2026-0127", pub="2026-01-27T18:00:00-05:00", title="Tacsi: Xaaji Warsame Dirie Yusuf (1941-2026)",
body="""Inna lillahi wa inna ilayhi raji'un. The Columbus Somali community mourns Xaaji Warsame Dirie Yusuf, 85, who passed away on Sunday, January 25, 2026, at his son's home in Northland. He was laid to rest the same day at the Muslim section of Sunset Cemetery, after janazah prayer at Abu Bakr Mosque on Morse Road.

Xaaji Warsame was a schoolteacher in Beledweyne before the war, and after arriving in Columbus in 2001 he taught Qur'an to hundreds of children in the Northland area.

He is survived by his sons, Abdirahman Warsame Dirie of Columbus and Mahad Warsame Dirie of Minneapolis; his daughter-in-law, Hodan Farah; his daughters, Sahra and Ifrah; and 14 grandchildren. The family will receive visitors for tacsi at the family home on Sinclair Road through Wednesday.""",
gold=[("CMH001", "survivor"), ("CMH002", "survivor")]),

dict(guid="cmh_scv-tacsi-2026-0503", pub="2026-05-03T18:00:00-04:00", title="Community mourns Ayaan Mohamed Nur, 27, of St. Paul",
body="""Inna lillahi wa inna ilayhi raji'un. Ayaan Mohamed Nur, 27, a nurse at a St. Paul, Minnesota, hospital, died April 30, 2026, after a short illness. She grew up in Minneapolis and was known to many Columbus families through the annual Somali Week youth conference, which she helped organize.

She is survived by her parents, Mohamed Nur Ali and Khadra Osman, and by four brothers, all of Minnesota. Janazah prayer was held at Dar Al-Hijrah mosque in Minneapolis.""",
gold=[]),  # namesake far away (CMH003 Ayaan Mohamed of Columbus): nothing

dict(guid="cmh_scv-tacsi-2026-0919", pub="2026-09-19T18:00:00-04:00", title="Tacsi: Mohamed Abdullahi Hersi, 78",
body="""Inna lillahi wa inna ilayhi raji'un. Mohamed Abdullahi Hersi, 78, a founder of the Somali Elders Council of Central Ohio, passed away September 17, 2026, at Riverside Methodist Hospital.

Mr. Hersi came to Columbus from Kismayo by way of Nairobi in 1999 and drove a taxi for twenty years while raising eight children.

He is survived by his wife, Faadumo Jama; his daughters, Ayaan Mohamed of Columbus and Nasteho Mohamed of Dallas; his sons, Abdullahi, Yusuf and Bashir; and 22 grandchildren. Janazah was held after Dhuhr prayer at the Abu Bakr Mosque.""",
gold=[("CMH003", "survivor")]),
]
