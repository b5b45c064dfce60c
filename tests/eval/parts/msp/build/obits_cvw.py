"""Eastside-Cedar Community Voice: a community paper for St. Paul's East Side and Frogtown and Minneapolis'
Cedar-Riverside (Hmong and Somali families). Teaser description, HTML in content:encoded. Hand-labelled."""

FEED = "cvw"
ITEMS = [
dict(guid="msp_cvw_2026_chong-pao-thao", pub="2026-03-12T16:00:00-05:00", title="Chong Pao Thao, 88: Secret War veteran, father of eleven",
body="""Chong Pao Thao, 88, of St. Paul, passed away on March 7, 2026, at Regions Hospital, surrounded by his children and grandchildren. He was a veteran of the Secret War in Laos, where he served under General Vang Pao as a radio operator for the Special Guerrilla Units from 1964 until 1975.

Born in Nong Het, Xieng Khouang province, he led his family across the Mekong in 1979 and spent four years in Ban Vinai refugee camp before arriving in St. Paul in 1983. He worked twenty years on the line at a Shakopee meatpacking plant, was a respected elder of the Thao clan council and taught his grandsons to play the qeej.

He is survived by his wife of 66 years, Yia Lee; his sons Kou Thao, Pheng Thao, Vue Thao, Lue Thao and Nhia Thao; his daughters Mai Nou Thao (Tou Vang) of St. Paul, Pa Nhia Thao (Ger Yang) of Brooklyn Park, Mai Yia Thao (Cha Lor) of Fresno, Calif., Bao Thao (Chue Her), Ia Thao and Kia Thao (Seng Moua); 58 grandchildren and 31 great-grandchildren.

The traditional Hmong funeral will be held from Friday, March 13, at 8 a.m. through Monday, March 16, at Hmong Family Memorial Chapel, 1200 Rice St., St. Paul, with burial Monday at Phalen Hills Cemetery, Maplewood. The family welcomes all relatives and friends.""",
gold=[("MSP003", "survivor"), ("MSP004", "survivor")]),

dict(guid="msp_cvw_2026_halima-ali-nur", pub="2026-04-08T13:10:00-05:00", title="Xaliimo (Halima) Ali Nur, 81: 'Hooyo' of Riverside Plaza",
body="""Inna lillahi wa inna ilayhi raji'un. Xaliimo "Halima" Ali Nur, 81, of Minneapolis, returned to her Lord on Monday, April 6, 2026. The janazah prayer was held the same afternoon at Masjid Al-Iftin in Cedar-Riverside, and she was laid to rest at Barwaaqo Muslim Cemetery in Burnsville.

Born in Baidoa, Somalia, she raised nine children through the civil war and in the Utango refugee camp in Kenya, and arrived in Minneapolis in 1996. For twenty-five years her apartment in Riverside Plaza was the place every newly arrived family found first; neighbors called her simply Hooyo, mother.

She is survived by her children Hibaaq Abdirahman Jama of Minneapolis, Ayaan Abdirahman Jama of Columbus, Ohio, Abdullahi Abdirahman Jama of Nairobi, Kenya, Fartun Abdirahman Jama of Seattle and Omar Abdirahman Jama of St. Cloud, and by 34 grandchildren. She was preceded in death by her husband, Abdirahman Jama Hirsi, and by three sons.

Condolences are being received at the family home in Cedar-Riverside through Friday.""",
gold=[("MSP005", "survivor")]),

dict(guid="msp_cvw_2026_mahad-osman-guled", pub="2026-05-27T17:25:00-05:00", title="Mahad Osman Guled, 23, remembered as a mentor on the soccer field",
body="""Mahad Osman Guled, 23, of Minneapolis, died on May 24, 2026, after a long illness. He graduated from South High School in 2021 and was studying nursing at Minneapolis College while coaching the under-12 boys at the Cedar Youth Center.

"He was the older brother to every kid on that field," his cousin said at the janazah at Masjid Al-Iftin.

He is survived by his parents, Osman Guled Warsame and Faadumo Sheikh Ali, and by six brothers and sisters. He was buried at Barwaaqo Muslim Cemetery in Burnsville.""",
gold=[]),

dict(guid="msp_cvw_2026_nhia-lor", pub="2026-08-20T15:00:00-05:00", title="Nhia Lor, 76, of Maplewood",
body="""Nhia Lor, 76, of Maplewood, died August 15, 2026, at home. A former clan leader in Long Tieng, he came to Minnesota in 1987 and farmed vegetables at the Hmong farmers market stands on Lexington Parkway for thirty summers; his bitter melon was known across the East Side.

He is survived by his wife, Youa Her; his sons Xeng Lor, Kong Lor and Tou Lor; his daughters Mai Lor and Choua Lor; his brother-in-law Tou Vang of Fresno, Calif.; and 41 grandchildren.

The funeral will be held Saturday through Monday at Hmong Family Memorial Chapel, St. Paul.""",
gold=[]),
]
