"""Peaceful Valley Hmong Funeral Home, Fresno: Hmong family memorials (plain text, long survivor lists by clan,
married daughters named with their husbands). Hand-labelled: gold=[(client_id, role), ...] beside each text."""

FEED = "hmong"
ITEMS = [
dict(guid="fre_hmong_2026_0207", pub="2026-02-07T08:20:00-08:00",
     title="Txiv Neng Xiong (Neng Chue Xiong), 1941 - 2026",
     body="""Neng Chue Xiong, known to all as Txiv Neng, 84, of Fresno, passed away peacefully on January 31, 2026, at Community Regional Medical Center, with his wife and children at his side.

Txiv Neng was born in 1941 in the village of Phou Pha Thi, Houaphanh Province, Laos. As a young man he served with the Special Guerrilla Units, and after 1975 he led his family across the Mekong River to the Ban Vinai refugee camp in Thailand. The family resettled in Fresno in 1980, where he worked for many years at a packing house in Sanger and later farmed Asian vegetables on leased land near Del Rey. He was a respected elder of the Xiong clan, a skilled qeej player and a patient mediator of family disputes.

Txiv Neng is survived by his wife of 63 years, Niam Pa Vang Xiong; his sons Chue Xiong (Mai Lee), Teng Xiong (Youa Her), Kou Xiong (Bao Yang) and Pheng Xiong (Nou Thao), all of Fresno; his daughters Mai Nhia Khang (Pao Khang) of Fresno, Yer Xiong Moua (Xai Moua) of Merced and Kia Xiong Her (Vang Her) of St. Paul, Minn.; his brothers Tong Xiong of Sacramento and Xay Xiong of Fresno; his nephews Nhia Blong Xiong and Nhia Lue Xiong of St. Paul, Minn.; 38 grandchildren and 21 great-grandchildren.

The traditional Hmong funeral service will be held from Friday, February 13, at 8 a.m. through Monday, February 16, at Peaceful Valley Hmong Funeral Home, 4567 E. Belmont Avenue, Fresno. Burial will follow on Monday at Belmont Memorial Park. The family thanks the Xiong clan council and the many relatives who have traveled from Minnesota, Wisconsin and North Carolina.""",
     # daughter Mai Nhia Khang and her husband Pao (FRE007 maiden Xiong, FRE006) of Fresno -> survivors.
     # "his nephews Nhia Blong Xiong ... of St. Paul, Minn." is a namesake of FRE009 (Fresno): nothing.
     gold=[("FRE007", "survivor"), ("FRE006", "survivor")]),

dict(guid="fre_hmong_2026_0411", pub="2026-04-11T09:00:00-07:00",
     title="Niam Chia Lor (Chia Yang Lor), 1936 - 2026",
     body="""Chia Yang Lor, known as Niam Chia, 90, of Clovis, passed away on April 5, 2026, at home, surrounded by her children and grandchildren.

Niam Chia was born in 1936 in Nong Het, Xieng Khouang Province, Laos, a daughter of the Yang clan. She married Txiv Ger Lor at sixteen, raised ten children through war, flight and the refugee camps at Nong Khai, and arrived in Fresno in 1988. Her paj ntaub story cloths, stitched over thirty years, hang in the homes of every one of her grandchildren and in the Fresno Hmong Cultural Center. She never learned to drive but knew every bus route from Clovis to the Kings Canyon flea market.

She was preceded in death by her husband, Txiv Ger Lor, in 2009, and by her son Fong Lor.

She is survived by her sons Xia Lor (Mai Vang) of Fresno, Tou Yeng "Tony" Lor (Pa Houa Thao) of Clovis, Cher Lor (Lee Moua) of Sacramento and Nou Lor of Fresno; her daughters Pa Lor Vue (Tou Vue) of Fresno, Mai Lor Yang (Blia Yang) of Visalia, Chong Lor Her (Kao Her) of Oroville, Nao Lor Xiong (Chue Xiong) of Fresno and Youa Lor of Clovis; 54 grandchildren; and 40 great-grandchildren.

Funeral services will be held from Friday, April 17, through Monday, April 20, at Peaceful Valley Hmong Funeral Home, 4567 E. Belmont Avenue, Fresno. Burial Monday at Clovis Cemetery.""",
     # son Tou Yeng "Tony" Lor of Clovis = FRE008. ("Chue Xiong" here is a son-in-law, no client.)
     gold=[("FRE008", "survivor")]),

dict(guid="fre_hmong_2026_0823", pub="2026-08-23T08:30:00-07:00",
     title="Pao Khang, 1995 - 2026",
     body="""Pao Khang, 31, of Merced, was called home on August 16, 2026, after a car accident on Highway 99 near Atwater.

Pao was born on March 3, 1995, in Merced, the eldest son of Xai Khang and Youa Moua Khang. He graduated from Golden Valley High School and UC Merced and worked as an irrigation technician for the Merced Irrigation District. He coached youth volleyball at the Merced Lao Family Community Center and was known for his easy laugh and his grilled sausages at every tournament.

Pao is survived by his wife, Mai Chee Lee Khang; his children, Kaylee and Jayden; his parents, Xai Khang and Youa Moua Khang of Merced; his brothers Kou, Lue and Bee Khang; his sisters Pa, Mai and Nkauj Ntsuab Khang; and his grandmother Niam Ntxawg Khang.

Services will be held Friday, August 28, through Sunday, August 30, at Peaceful Valley Hmong Funeral Home, Fresno. Burial Sunday at Merced District Cemetery.""",
     # namesake of FRE006 Pao Khang (b. 1965, Fresno): different age, town and family -> nothing.
     gold=[]),
dict(guid="fre_hmong_2026_1012", pub="2026-10-12T08:15:00-07:00",
     title="Txiv Tswb Xiong (Chue Xiong), 1929 - 2026",
     body="""Chue Xiong, known as Txiv Tswb, 97, of Fresno, passed away on October 4, 2026, at the home of his youngest son, after a long life that began in the mountains of Laos and ended surrounded by five generations of his family.

Txiv Tswb was born in 1929 near Long Cheng, Xieng Khouang Province. He was a village chief before the war and a clan elder after it, and for thirty years in Fresno families came to him to settle marriages, name babies and read the omens at New Year. He kept a garden of lemongrass, bitter melon and sugar cane behind his house on Ashlan Avenue until he was 94.

He was preceded in death by his wives, Niam Ntxawg Vang and Niam Yer Lee, and by his sons Ger and Vang.

Txiv Tswb is survived by his sons Nhia Blong Xiong (Mai Yia Lee) of Clovis, Tong Pao Xiong (Chee Moua) of Fresno and Lue Xiong (Pa Kou Her) of Stockton; his daughters Mai Xiong Thao (Fong Thao) of Fresno, Ia Xiong Vue (Koua Vue) of Merced and Nou Xiong of Fresno; 46 grandchildren, 71 great-grandchildren and 9 great-great-grandchildren.

Funeral services will be held from Friday, October 16, at 9 a.m. through Monday, October 19, at Peaceful Valley Hmong Funeral Home, 4567 E. Belmont Avenue, Fresno. Burial Monday at Belmont Memorial Park.""",
     # son "Nhia Blong Xiong ... of Clovis" = FRE009 (roster Fresno 93722; Clovis is the adjacent city of the same
     # metro) -> survivor. The roster has no spouse for FRE009, so Mai Yia Lee is not in the roster.
     gold=[("FRE009", "survivor")]),
]
