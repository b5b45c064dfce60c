"""Cedar & Crescent Funeral Home, Dearborn: Arab-American (Lebanese, Yemeni, Iraqi Chaldean) family obituaries,
honorifics (Hajj, Hajjeh, Abu), Arabic names in transliteration variants. HTML in content:encoded. Hand-labelled."""

FEED = "ccf"
ITEMS = [
dict(guid="dtw_ccf_hajjeh-kamila-berjaoui", pub="2026-01-12T13:20:00-05:00",
title="Hajjeh Kamila Berjaoui (Um Khalil)",
body="""Hajjeh Kamila Berjaoui (Um Khalil), 91, of Dearborn, passed away peacefully on Saturday, January 10, 2026, surrounded by her family. Inna lillahi wa inna ilayhi raji'un.

Born in Bint Jbeil, South Lebanon, she came to Dearborn in 1972 and for three decades ran the kitchen at Berjaoui Bakery on Warren Avenue with her late husband, Hajj Ibrahim Berjaoui.

She is survived by her sons Khalil (Suzanne) Berjaoui and Hassan Berjaoui; her daughters Zeinab, wife of Hajj Mohamad Ali Harfoush (Abu Hassan), of Dearborn, and Nawal Fawaz of Windsor, Ontario; 17 grandchildren and 11 great-grandchildren.

Janazah prayer after Dhuhr on Monday at the Islamic Center of America, 19500 Ford Road, Dearborn. Burial at Roseland Park Cemetery. Condolences will be received at the Islamic Center Monday and Tuesday evenings, 6-9 p.m.""",
gold=[("DTW002", "survivor"), ("DTW001", "survivor")]),

dict(guid="dtw_ccf_najat-srour", pub="2026-01-26T10:05:00-05:00",
title="Najat Srour",
body="""Najat Srour, 84, of Dearborn Heights, formerly of Tyre, Lebanon, returned to her Creator on January 24, 2026.

Beloved wife of the late Hajj Ali Srour. Loving mother of Mariam (Sam) Hojeij of Dearborn Heights, Dr. Wissam Srour of Ann Arbor, and Rola Srour of Beirut. Cherished Teta of nine.

Najat will be remembered for her garden on Powers Avenue, her ma'amoul at Eid, and the open door of her home. Janazah Tuesday at 1 p.m. at the American Moslem Society, 9945 W. Vernor Hwy., Dearborn, with burial to follow at Glen Eden Cemetery.""",
gold=[("DTW004", "survivor"), ("DTW003", "survivor")]),

dict(guid="dtw_ccf_saeed-alsubaihi", pub="2026-02-09T15:45:00-05:00",
title="Saeed Ahmed Al-Subaihi",
body="""Saeed Ahmed Al-Subaihi, 84, of Hamtramck, passed away on February 7, 2026, at Henry Ford Hospital. He was born in the village of Al-Rawdah near Ibb, Yemen, and came to Detroit in 1969 to work at the Dodge Main plant, where he spent 31 years on the line.

He is survived by his sons, Abdul Karim Al-Subaihi of Hamtramck and Nabil Al-Subaihi of Sanaa, Yemen; his daughters Amina and Hafsa; his brother Mohsen; and many grandchildren. His sons and grandsons carried him from the masjid.

Janazah was held after Asr prayer on Sunday at Masjid Muath bin Jabal, Hamtramck. Burial at Oakland Hills Memorial Gardens, Novi.""",
gold=[("DTW005", "survivor")]),

dict(guid="dtw_ccf_yousif-kattoula", pub="2026-02-23T09:30:00-05:00",
title="Yousif Kattoula",
body="""Yousif Kattoula, 88, of Southfield, entered eternal rest on February 20, 2026. Born in Telkaif, Iraq, he opened Kattoula's Market on Seven Mile in 1974 and ran it for forty years.

Beloved husband of the late Shamiran. Loving father of Sabah (Nadia) Kattoula, Basil (Rita) Kattoula and Warda "Rose" (Najib) Shamami. Dear brother of the late Toma and Hanna. Jiddo of 14 and great-grandfather of six.

Rosary Sunday 7 p.m. at Mother of God Chaldean Catholic Church, Southfield. Funeral Mass Monday 10 a.m., Holy Martyrs Chaldean Catholic Church, officiated by Rev. Fr. Sarmad Yaldo. Burial at Holy Sepulchre Cemetery. Pallbearers: his grandsons.""",
gold=[("DTW008", "survivor"), ("DTW007", "survivor")]),

dict(guid="dtw_ccf_hussein-hojeij", pub="2026-03-16T11:10:00-04:00",
title="Hussein M. Hojeij",
body="""Hussein M. Hojeij, 27, of Windsor, Ontario, died in a highway accident on March 13, 2026. A graduate of the University of Windsor, he worked as a civil engineer for the City of Windsor.

He leaves behind his parents Mahmoud and Samira Hojeij of Windsor; his sisters Dana and Lina; his grandmother Hajjeh Fatme Hojeij of Nabatieh, Lebanon; and many aunts, uncles and cousins in Windsor and Dearborn.

Janazah Wednesday at the Windsor Islamic Association, followed by burial at Windsor Grove Cemetery.""",
gold=[]),

dict(guid="dtw_ccf_abdo-ali-almaflahi", pub="2026-04-06T14:30:00-04:00",
title="Abdo Ali Al-Maflahi",
body="""Abdo Ali Al-Maflahi, 86, of Dearborn's south end, passed away on April 4, 2026, at Beaumont Hospital, Dearborn. Born in Al-Maflahi district, Yemen, he came to Dearborn in 1966 and worked 35 years at the Ford Rouge plant.

He is survived by his wife, Hamama; his sons Mohammed and Ali Al-Maflahi of Dearborn; his daughter Fatimah and her husband, Abdulkarim Al-Subaihi, of Hamtramck; 22 grandchildren; and great-grandchildren.

Janazah was held after Dhuhr prayer on Sunday at the Dearborn Mosque on Dix Avenue, with burial at Michigan Memorial Park, Flat Rock.""",
gold=[("DTW006", "survivor"), ("DTW005", "survivor")]),

dict(guid="dtw_ccf_hajj-kassem-harfoush", pub="2026-05-11T10:20:00-04:00",
title="Hajj Kassem Harfoush (Abu Jamal)",
body="""Hajj Kassem Harfoush (Abu Jamal), 70, of Dearborn Heights, passed away on May 9, 2026. Inna lillahi wa inna ilayhi raji'un.

Born in Bint Jbeil, Lebanon, he followed his older brother to Dearborn in 1981 and worked beside him at Harfoush Brothers Market on Warren Avenue for 30 years.

He is survived by his wife, Hajjeh Samira; his sons Jamal and Ali; his daughter Hiba (Bilal) Saad; his brother Hajj Mohammad Ali (Zeinab) Harfoush of Dearborn; his sister Hajjeh Amneh Bazzi of Bint Jbeil; and 12 grandchildren.

Janazah Monday after Dhuhr at the Islamic Institute of Knowledge, 6345 Schaefer Road, Dearborn. Burial at Roseland Park Cemetery, Berkley.""",
gold=[("DTW001", "survivor"), ("DTW002", "survivor")]),
]
