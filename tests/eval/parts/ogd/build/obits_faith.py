"""Ogden Faith Communities Bulletin: a community page that reprints the memorial notices of Ogden's smaller
congregations (Transfiguration Greek Orthodox Church, Ogden Buddhist Temple, Ogden Tongan United Methodist),
each in that congregation's own customs. Plain text. Hand-labelled."""

FEED = "faith"
ITEMS = [
dict(guid="ogd_faith_2026_011", pub="2026-02-10T07:00:00-07:00", title="Eleni Kouris - Memory Eternal (Transfiguration Greek Orthodox Church)",
body="""Eleni Kouris, 84, fell asleep in the Lord on February 6, 2026, at her home in Salt Lake City, with an icon of the Theotokos at her bedside and her granddaughters singing softly in Greek.

Eleni was born in 1941 in Ogden's old Greek Town, on 25th Street, the daughter of Nikolaos and Kalliope Stamoulis, who came from Crete to work on the Union Pacific. She married Constantine "Gus" Kouris at Transfiguration in 1962 and spent thirty years at the family's Olympus Cafe, where she rolled every dolma by hand.

She is survived by her son, Nick (Maria) Kouris of Sandy; her daughter, Kalli (Steve) Pappas of Holladay; six grandchildren; and her brother, Demetrios (Jim) Stamoulis and his wife Georgia of Ogden. She was preceded in death by her husband, Gus, and her sister, Sophia.

The Trisagion prayers will be offered Thursday at 7 p.m., and the funeral service Friday at 11 a.m., at Transfiguration Greek Orthodox Church, 674 41st Street, Ogden, Fr. Constantine Nikas officiating. Makaria to follow in the church hall. The 40-day memorial (mnimosyno) will be held March 15. May her memory be eternal. Eonia i mnimi.""",
gold=[("OGD008", "survivor")]),

dict(guid="ogd_faith_2026_019", pub="2026-03-26T07:00:00-06:00", title="Hatsumi Ushio - Ogden Buddhist Temple",
body="""Hatsumi Ushio, 96, a member of the Ogden Buddhist Temple for more than seventy years, passed away peacefully on March 21, 2026, at Aspen Senior Living in Ogden.

Hatsumi Kanda was born in 1929 in Sacramento, California. In 1942 her family was sent to the Topaz internment camp in central Utah; after the war they stayed in Utah, and in 1950 she married Tadashi "Tad" Ushio, whose family farmed onions and celery in West Weber. For forty years she taught the temple's Dharma school children and was the acknowledged keeper of the Obon dance steps.

She is survived by her daughter, Joyce (Alan) Hirasuna of Syracuse; her son, Glenn (Pam) Ushio of West Weber; five grandchildren; and four great-grandchildren. She was preceded in death by her husband, Tad, in 2008.

A funeral service will be held Saturday, March 28, at 1 p.m. at the Ogden Buddhist Temple, 155 North Street, Rev. Kenji Oyama officiating. The family will hold the 49th-day memorial service in May. In lieu of koden, the family asks that donations be made to the Topaz Museum in Delta.""",
gold=[("OGD012", "survivor"), ("OGD011", "survivor")]),

dict(guid="ogd_faith_2026_027", pub="2026-08-05T07:00:00-06:00", title="'Ana Fakatava - Ogden Tongan United Methodist Church",
body="""'Ofa atu. With great love and sorrow, the Fakatava famili announces the passing of our mother and grandmother, 'Ana Mele Fakatava, 88, who went home to the Lord on July 31, 2026, at the home of her daughter in Layton.

'Ana was born in 1938 in Ha'apai, Tonga, and came to Utah in 1979 with her late husband, Sione Fakatava, a Methodist lay preacher. She was a founding member of the Ogden Tongan United Methodist Church and made ngatu (tapa cloth) for every wedding, birthday and funeral in the congregation for forty years.

She is survived by her children: Losaline (Tevita) Vaipulu of Layton; Siaosi (Mele) Fakatava of Ogden; Salote (Viliami) Hufanga of West Valley City; and Paula Fakatava of Nuku'alofa, Tonga; 23 grandchildren and 12 great-grandchildren.

The family will receive friends for the putu (wake service) Thursday evening from 6 p.m. at the church, 2325 Jefferson Ave., with the funeral service Friday at 11 a.m., Rev. Sitani Pulu officiating. Burial, Washington Heights Memorial Park, South Ogden. Malo 'aupito to all who have helped our family.""",
gold=[("OGD022", "survivor")]),
]
