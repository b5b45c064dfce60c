"""New American Community News of Erie (refugee and immigrant community newsletter: Bhutanese-Nepali, Iraqi,
Congolese, Ukrainian families), obituaries, plain text. Hand-labelled."""

FEED = "ncn"
ITEMS = [
dict(guid="eri_ncn-2026-obit-07", pub="2026-04-08T12:00:00-04:00", title="In memory: Ganga Devi Khatiwada (1937-2026)",
body="""Ganga Devi Khatiwada, 88, of Erie, passed away on April 4, 2026, at home on the East Side, surrounded by her children and grandchildren.

Born in Samtse district in southern Bhutan, she lived for eighteen years in the Beldangi refugee camp in Nepal before the family was resettled in Erie in 2009. She kept a vegetable garden behind the house on Reed Street that fed three households and taught a generation of young women in the community to make sel roti for Tihar.

She is survived by her daughter, Man Maya Bhattarai, and son-in-law, Tika Ram Bhattarai, of Erie; her sons, Dil Bahadur Khatiwada of Columbus, Ohio, and Bhim Khatiwada of Harrisburg; and 12 grandchildren. She was preceded in death by her husband, Nar Bahadur Khatiwada, in Nepal.

The final rites were held at the Hindu Cultural Center of Erie. Hari Prasad Adhikari, president of the Bhutanese Community Association of Erie, spoke on behalf of the community.""",
gold=[("ERI013", "survivor"), ("ERI012", "survivor")]),
# Hari Prasad Adhikari (ERI011) only spoke: nothing.

dict(guid="eri_ncn-2026-obit-11", pub="2026-06-03T12:00:00-04:00", title="In memory: Kadhim Jawad Hassan",
body="""Kadhim Jawad Hassan, 81, of Erie, died May 30, 2026, at UPMC Hamot. Inna lillahi wa inna ilayhi raji'un.

Mr. Hassan was a high school mathematics teacher in Basra for thirty years. He came to Erie in 2011 to join his daughter's family and became a familiar face at the Parade Street mosque and in the English classes at the Multicultural Community Resource Center, where he was still the oldest student last winter.

He is survived by his daughter, Zainab Al-Jabouri and her husband, Haider, of Erie; his son, Ali Hassan, of Dearborn, Mich.; and seven grandchildren. He was preceded in death by his wife, Fatima.

Janazah prayer was held at the Islamic Center of Erie, with burial in the Muslim section of Erie Cemetery.""",
gold=[("ERI015", "survivor"), ("ERI014", "survivor")]),
]
