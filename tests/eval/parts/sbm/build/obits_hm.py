"""Lakeshore Hmong Community News (the monthly newsletter of the Hmong Mutual Assistance Association of the
Sheboygan area): funeral notices with clan names, wives listed by their own clan name, the three-day funeral
rites (kev pam tuag) at the funeral home. Plain text; titles "Kev Pam Tuag / Funeral Notice: Name". Hand-labelled."""

FEED = "hm"
ITEMS = [
dict(guid="sbm_hm_2602_ntxawg_kue", pub="2026-02-03T09:00:00-06:00",
title="Kev Pam Tuag / Funeral Notice: Ntxawg Kue",
body="""Txiv Ntxawg Kue, 88, of Sheboygan, passed away on January 29, 2026, at St. Nicholas Hospital. He was born in Xieng Khouang Province, Laos, served as a soldier in the Secret War with General Vang Pao, and came to the United States from the Ban Vinai refugee camp in 1980. He settled in Sheboygan in 1986 and was a respected elder of the Kue clan in Wisconsin.

He is survived by his wife, Youa Lee; his sons, Chue Kue (Mai Nou Vue) of Sheboygan, Pheng Kue (Yer Thao) of St. Paul, Minnesota, and Tou Kue (Pa Chang) of Wausau; his daughters, Mai Kue (Nhia Xiong) of Appleton and Ia Kue of Sheboygan; 34 grandchildren and 19 great-grandchildren.

The traditional funeral rites will be held from Friday, February 6, at 9 a.m. through Monday, February 9, at the Wittkopf-Reinholt Funeral Home, Sheboygan. Burial will be at Wildwood Cemetery on Monday afternoon. Family and friends are welcome to pay their respects.""",
gold=[("SBM005", "survivor"), ("SBM006", "survivor")]),

dict(guid="sbm_hm_2604_chue_kue_fresno", pub="2026-04-20T09:00:00-05:00",
title="Kev Pam Tuag / Funeral Notice: Chue Kue (Fresno)",
body="""The Kue clan council of Wisconsin shares the news that Chue Kue, 61, of Fresno, California, passed away on April 14, 2026, at Community Regional Medical Center in Fresno. He was born in Sayaboury, Laos, and came to California in 1988. He worked for many years as a farmer of Asian vegetables near Sanger.

He is survived by his wife, Xia Yang; his eight children; and 21 grandchildren. The funeral rites will be held from April 24 to 27 at Lee's Funeral Home in Fresno. Clan members in Wisconsin who wish to send support may contact the association office.""",
gold=[]),
]
