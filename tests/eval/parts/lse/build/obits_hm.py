"""Hmong Community Voice (Coulee Region Hmong community newsletter): "Tu Siab" condolence notices in English,
with the Hmong customs of the community (clan names; married women keep their own clan name; several days of
funeral rites at a funeral home; elders known by a title and adult name). Plain text. Hand-labelled."""

FEED = "hm"
ITEMS = [
dict(guid="lse_hm_tusiab_2026_03", pub="2026-02-25T12:00:00-06:00", title="Tu Siab: Txiv Nhia Pao Kue, 86, La Crosse",
body="""With great sadness the Kue family announces that Txiv Nhia Pao Kue, 86, of La Crosse, passed away peacefully on Saturday, February 21, 2026, at Gundersen Health System, surrounded by his children and grandchildren.

Nhia Pao Kue was born in 1939 in the village of Phou Bia, Xieng Khouang Province, Laos. He served as a soldier and later a lieutenant in the Special Guerrilla Units during the Secret War, and after 1975 he led his family across the Mekong to the Ban Vinai refugee camp in Thailand. The family came to La Crosse in 1980 through the sponsorship of First Lutheran Church. He was a respected elder of the Kue clan and for many years helped mediate family matters and marriages throughout the Coulee Region.

He is survived by his wife, Youa Vang; his sons, Chong Kue (Mai Lee) of La Crosse, Pheng Kue (Ka Yang) of Onalaska and Tou Kue of St. Paul; his daughters, Mai Yer Kue (husband Neng Khang) of Onalaska and Pa Kue (husband Vue Xiong) of Sheboygan; 38 grandchildren; and 17 great-grandchildren. He was preceded in death by his first wife, Nou Thao, and by his parents.

Traditional Hmong funeral services will be held from Friday, February 27, at 8 a.m. through burial on Monday, March 2, at the Hmong Cultural Funeral Home, 1203 Rose St., La Crosse. Burial will be at Oak Grove Cemetery. Family and friends are welcome to come pay their respects.""",
gold=[("LSE008", "survivor"), ("LSE007", "survivor")]),

dict(guid="lse_hm_tusiab_2026_07", pub="2026-06-10T12:00:00-05:00", title="Tu Siab: Niam Pa Chang, 79, St. Paul",
body="""The family of Niam Pa Chang, 79, of St. Paul, Minnesota, sadly announces that she passed away on June 5, 2026, at Regions Hospital. Relatives in the Coulee Region are asked to share this notice.

Pa Chang was born in 1947 in Nong Het, Laos, and married Xai Khang in 1963. She came to St. Paul with her family in 1987 and was known on the East Side for her paj ntaub story cloths, which hang in the Minnesota History Center.

She is survived by her sons, Neng Khang (Mai Vang) of St. Paul and Fue Khang of Maplewood; her daughters, Mee Khang of Brooklyn Park and Bao Khang Her of Fresno, California; and 26 grandchildren. She was preceded in death by her husband, Xai Khang, in 2009.

Funeral services will be held June 12 through June 15 at the Legacy Hmong Funeral Home, St. Paul. Burial will be at Forest Lawn Memorial Park, Maplewood.""",
gold=[]),
]
