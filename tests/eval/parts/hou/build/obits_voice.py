"""Bayou City Community Voice - community paper of Alief, Fort Bend and Katy (Vietnamese, Nigerian and Pakistani
community pages), plain text. Hand-labelled."""

FEED = "voice"
ITEMS = [
dict(guid="hou_voice-2026-0214", pub="2026-02-14T08:00:00-06:00", title="Cáo Phó: Cụ Bà Phạm Thị Hòa (1935 - 2026)",
body="""Cụ Bà Phạm Thị Hòa, pháp danh Diệu Hạnh, age 90, of Houston, passed away peacefully on February 10, 2026, in Alief.

Born in Nam Định, she moved south in 1954 and came to Houston in 1982 with four of her children. For twenty years she made bánh chưng for the Tết market at the Buddhist temple on Synott Road, and she never let a grandchild leave her house hungry.

She is survived by her children: Phạm Văn Đức (Mai) of San Jose, Calif.; Phạm Thị Lan and her husband Nguyễn Văn Minh of Houston, owners of Phở Sài Gòn Star; Phạm Thị Thu of Garden Grove, Calif.; and Phạm Văn Khoa of Houston; eleven grandchildren and three great-grandchildren.

Chanting and visitation Friday at Vĩnh Hằng Funeral Home, Bellaire Boulevard; funeral Saturday morning. Thay mặt gia đình xin chân thành cảm tạ.""",
gold=[("HOU004", "survivor"), ("HOU003", "survivor")]),

dict(guid="hou_voice-2026-0308", pub="2026-03-08T08:00:00-06:00", title="Transition: Chief (Mrs.) Comfort Abosede Bello, 85",
body="""With gratitude to God for a life well spent, the Bello, Adeyemi and Ogunleye families of Sugar Land, Texas, and Ibadan, Nigeria, announce the transition to glory of their mother, grandmother and matriarch, Chief (Mrs.) Comfort Abosede Bello (Iya Oloja), on March 2, 2026, at the age of 85.

Mama Bello was a cloth merchant in Dugbe market for forty years before joining her daughter in Fort Bend County in 2011. She was a member of the Women's Guild of Christ Apostolic Church, Sugar Land.

She is survived by her children: Mrs. Folake Adeyemi and her husband, Oluwaseun, of Sugar Land; Mr. Adewale Bello of London; and Mrs. Titilayo Ogunleye of Ibadan; and by many grandchildren.

Service of songs Friday evening; funeral service Saturday at 10 a.m. at Christ Apostolic Church, Sugar Land, followed by a reception. Colour of the day: white and gold.""",
gold=[("HOU002", "survivor"), ("HOU001", "survivor")]),

dict(guid="hou_voice-2026-0420", pub="2026-04-20T08:00:00-05:00", title="Inna lillahi: Begum Nusrat Chaudhry, 79",
body="""Begum Nusrat Chaudhry, 79, of Katy, wife of the late Chaudhry Muhammad Aslam, returned to Allah on April 17, 2026, at Memorial Hermann Katy Hospital.

Born in Sialkot, she taught Urdu and Quran to two generations of children in Katy, many of whom now teach their own. She is survived by her sons, Bilal Chaudhry of Dallas and Usman Chaudhry of Toronto, and her daughter, Farah (Kamran) Siddiqui of Katy, and nine grandchildren.

The namaz-e-janaza was led by Imran Qureshi after Zuhr prayer at the Katy Islamic Center, and burial followed at the Muslim cemetery in Waller County. Quran khwani will be held at the family's home on Sunday.""",
gold=[("HOU013", "survivor")]),

dict(guid="hou_voice-2026-0512", pub="2026-05-12T08:00:00-05:00", title="Cáo Phó: Ông Trương Văn Lộc (1940 - 2026)",
body="""Ông Trương Văn Lộc, 86, of Houston, a former officer of the Republic of Vietnam Navy, passed away on May 8, 2026.

He arrived at Fort Chaffee in 1975 and worked as a welder at the Port of Houston for twenty-seven years. He is survived by his wife, Bà Lê Thị Ngọc; his sons, Trương Minh Hải and Trương Minh Tâm; and his daughter, Trương Thị Hạnh, all of Houston.

Visitation and chanting at Vĩnh Hằng Funeral Home. Burial at Forest Park Westheimer.""",
gold=[]),
]
