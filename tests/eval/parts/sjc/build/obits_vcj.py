"""Valley Community Journal: an English-language community weekly for San Jose's Japantown, Little Saigon and the
Filipino community of Milpitas ("In Memoriam" column, plain text). Hand-labelled."""

FEED = "vcj"
ITEMS = [
dict(guid="sjc_vcj_memoriam_2026_02_oshiro", pub="2026-02-19T08:00:00-08:00", title="In Memoriam: Shigeo Oshiro, 97",
body="""Shigeo "Shig" Oshiro, a Nisei farmer whose strawberries were sold at Japantown markets for half a century, died February 12 at his daughter's home on North Sixth Street. He was 97.

Born in Alviso to immigrants from Okinawa, Mr. Oshiro was sent with his family to the Heart Mountain camp in 1942. After the war he returned to the valley with nothing and leased land in Berryessa, where he farmed until 1994. He was a member of the Wesley United Methodist Church choir for 60 years.

He is survived by his daughter, June (Ken) Nakamura of San Jose; his son, Richard Oshiro of Gardena; five grandchildren and two great-grandchildren. His wife, Kiyoko, died in 2011.

Services were held at Wesley United Methodist Church, with the Rev. Alan Ikeda officiating.""",
gold=[("SJC017", "survivor"), ("SJC016", "survivor")]),

dict(guid="sjc_vcj_memoriam_2026_03_lim", pub="2026-03-05T08:00:00-08:00", title="In Memoriam: Corazon Bautista Lim, 74",
body="""Corazon "Cora" Bautista Lim, a retired charge nurse at Regional Medical Center and a pillar of the Milpitas Filipino-American Seniors, died February 27 at her home in Milpitas. She was 74.

She came from Iloilo in 1975 as one of the many Filipino nurses recruited to Bay Area hospitals, and for two decades organized the Simbang Gabi dinners at St. Elizabeth's.

She is survived by her husband, Victor Lim; her children, Patricia Lim Reyes of Milpitas and Jonathan Lim of Seattle; and three grandchildren. Novena prayers are being held nightly at the family home.""",
gold=[]),  # nobody on the roster

dict(guid="sjc_vcj_memoriam_2026_04_tran", pub="2026-04-16T08:00:00-07:00", title="Tưởng niệm / In Memoriam: Bà Trần Thị Mai, 93",
body="""Bà Trần Thị Mai, 93, of San Jose, passed away peacefully on April 11, 2026, at Regional Medical Center.

Born in Bui Chu, she fled south with her family in 1954 and again, by boat, in 1979, reaching San Jose after eleven months in a camp in Malaysia. She raised six children and sold banh chung at the Grand Century Mall every Tet until she was 85.

She is survived by her children, among them Trần Thị Lan (Tuan Pham) of San Jose and Trần Văn Binh of Westminster; fourteen grandchildren; and nine great-grandchildren. Her husband, Trần Văn Khoa, died in 2002.

A funeral Mass will be celebrated at St. Patrick Proto-Cathedral, San Jose.""",
gold=[("SJC002", "survivor"), ("SJC001", "survivor")]),  # Lan under her maiden name Tran, husband in parentheses

dict(guid="sjc_vcj_memoriam_2026_06_fujimoto", pub="2026-06-11T08:00:00-07:00", title="In Memoriam: Grace Fujimoto, 91",
body="""Grace Fujimoto, 91, a retired kindergarten teacher, died peacefully May 30 at a care home in Sacramento, where she had lived near her son since 2019.

Born in Walnut Grove in 1934, she taught kindergarten for 31 years in the Elk Grove schools and was a founder of the Sacramento Japanese American Citizens League's scholarship fund.

She is survived by her son, Dean Fujimoto, and his wife Lisa, of Sacramento; and two grandchildren.""",
gold=[]),  # a namesake: Sacramento, born 1934 (roster SJC018 Campbell, b. 1938) -> nothing
]
