"""Treasure Valley Heritage Press - "Remembrances" (invented community weekly for the valley's Basque, Nikkei and
pioneer families): plain text, headings "Name, age, Town", teaser-less long notices. Hand-labelled."""

FEED = "thp"
ITEMS = [
dict(guid="boi_thp-rem-2026-0118", pub="2026-01-22T07:00:00-07:00", title="Josefa Goicoechea Bastida, 101, Boise",
body="""Josefa "Josie" Goicoechea Bastida, the last of the boardinghouse cooks of Grove Street, died January 18, 2026, at the Veterans Home in Boise, at the age of 101. She was born in Ea, Bizkaia, in 1924 and came to Idaho in 1948 as the bride of sheepman Ignacio Bastida, who was killed in a lambing-shed fire in 1961.

For twenty-two years she cooked three meals a day for the herders who boarded at the Modern Hotel, and she never learned more English than she needed, because, as she said, "the food speaks." Her chorizo was said to have been smuggled to Elko, Winnemucca and Jordan Valley in suitcases.

Ongi etorri etxera, Josie. She is survived by her nephews, Mingo Goicoechea (Kathy) of Star and Fermin Goicoechea of Bilbao, Spain; her goddaughter, Begoña Arriola of Homedale; and by the whole Basque community of Boise, which she fed. She was preceded in death by her husband and by her brothers, Domingo and Fermin.

A funeral Mass was celebrated January 21 at St. John's Cathedral. Mutildantza was danced at the graveside at Morris Hill Cemetery.""",
gold=[("BOI003", "survivor")]),

dict(guid="boi_thp-rem-2026-0207", pub="2026-02-12T07:00:00-07:00", title="Lavina Bybee Call, 86, Nampa",
body="""Lavina "Vina" Bybee Call, 86, of Nampa, passed away peacefully on February 7, 2026, surrounded by her family, singing "Come, Come, Ye Saints" with them to the end.

Vina was born in Franklin, Idaho, a great-granddaughter of Mormon pioneers who crossed the plains in 1852. She married LaMar Call in the Logan Temple in 1958, and together they ran the Call Dairy on Greenhurst Road for 35 years. She served as Relief Society president three times and canned enough peaches to feed a ward.

She is survived by her daughters, Mary Lou (Kent) Hymas of Caldwell and Rhonda (Steve) Packer of Kuna; her son, Dale Call of Nampa; her brother, Dell Bybee (Verla) of Nampa; 19 grandchildren; and 31 great-grandchildren. She was preceded in death by her husband, LaMar, and her sister, Orpha Bybee Jensen.

Funeral services were held February 11 at the Nampa Idaho Stake Center. Interment, Kohlerlawn Cemetery.""",
gold=[("BOI010", "survivor"), ("BOI011", "survivor"), ("BOI009", "survivor")]),

dict(guid="boi_thp-rem-2026-0305", pub="2026-03-05T07:00:00-07:00", title="Frank Shigeru Ikeda, 90, Caldwell",
body="""Frank Shigeru Ikeda, 90, of Caldwell, died February 28, 2026, at his home on Dearborn Street.

Frank was born in 1935 in Hood River, Oregon. His family was removed to the Minidoka camp in 1942, and after the war his father leased land outside Caldwell, where Frank grew onions and seed corn until 1998. In 1958 he and his longtime friend George Tamura founded the Caldwell Nisei bowling league, which still meets on Thursday nights; Frank bowled a 279 at the age of 80 and talked about it for the rest of his life.

He is survived by his wife of 64 years, Alice Ikeda; his daughter, Ann Ikeda of Seattle; his son, Steven (Julie) Ikeda of Meridian; and three grandchildren.

A memorial service will be held March 14 at 1 p.m. at the Idaho Oregon Buddhist Temple. Koden may be directed to the Minidoka Pilgrimage scholarship fund.""",
gold=[]),

dict(guid="boi_thp-rem-2026-0423", pub="2026-04-23T07:00:00-06:00", title="Yuriko \"Yuri\" Hamada, 95, Nampa",
body="""Yuriko "Yuri" Hamada, 95, of Nampa, died April 19, 2026, at Karcher Estates.

Born in Los Angeles, Yuri spent the war years at Heart Mountain, Wyoming, and came to Nampa in 1951 with her husband, Sam, a sugar chemist at the Amalgamated factory. She kept the books for the Nampa Japanese Community Hall for fifty years and taught a generation of valley children to fold cranes.

She is survived by her sons, Jim Hamada of Nampa and Robert Hamada of Denver, and by four grandchildren. Sam preceded her in death in 2004.

A private family service will be held. Memorials may be made to the Idaho Oregon Buddhist Temple.""",
gold=[]),
]
