"""Ozarks Community Voice (community paper of Springfield's immigrant and parish communities: Marshallese,
Vietnamese, German Catholic): an "In Memoriam" column, plain text. Hand-labelled (gold=[...])."""

FEED = "ocv"
ITEMS = [
dict(guid="sgf_ocv_memoriam_2026_014", pub="2026-02-26T12:00:00-06:00", title="In Memoriam: Bwiro Lakjohn, 81, elder of Springfield's Marshallese community",
body="""Iakwe. With heavy hearts the family of Bwiro Lakjohn shares that their father, grandfather and elder passed away on February 21, 2026, in Springfield. He was 81.

Born on Ebon Atoll in the Marshall Islands, Bwiro worked for many years on the docks at Majuro before following his children to the Ozarks in 2004. Here he worked at a poultry plant in Monett until his retirement, and on Sundays he was the deacon who started every hymn at Ebenezer Marshallese Church of Springfield, a little too high.

He leaves behind his wife, Neimat; his daughter Lijon Kabelok and her husband Hemos, of Springfield; his sons Jibon Lakjohn of Springdale, Ark., and Alik Lakjohn of Majuro; and 19 grandchildren and great-grandchildren.

The family will hold a week of gathering and singing at the church, ending with the funeral service Saturday at 10 a.m. Burial will be at Eastlawn Cemetery. Food donations may be brought to the church hall.""",
gold=[("SGF010", "survivor"), ("SGF011", "survivor")]),

dict(guid="sgf_ocv_memoriam_2026_022", pub="2026-03-26T12:00:00-05:00", title="Cáo Phó / Obituary: Pham Thi Hoa (1936 - 2026)",
body="""Bà Phạm Thị Hoa (Mrs. Pham Thi Hoa), 89, of Springfield, passed away peacefully on March 22, 2026, surrounded by her family.

Born in Nam Dinh, she came to the United States in 1980 with her husband and four children, settling first in Fort Smith, Arkansas, and in Springfield in 1992. For twenty years she sewed at a uniform factory on Kearney Street and kept a garden of lemongrass and bitter melon that fed half of Fremont Avenue.

She is survived by her daughter Lan Nguyen and son-in-law Tony Nguyen of Springfield; her sons Pham Van Duc of Houston and Pham Van Long of Fort Smith; and twelve grandchildren. She was preceded in death by her husband, Pham Van Tien, in 2015.

Prayers will be held at Chùa Liên Hoa Buddhist temple on Saturday at 9 a.m., followed by cremation. The family thanks the hospice nurses of CoxHealth.""",
gold=[("SGF013", "survivor"), ("SGF012", "survivor")]),

dict(guid="sgf_ocv_memoriam_2026_025", pub="2026-04-09T12:00:00-05:00", title="Please pray for the repose of the soul of Leo Schlichting",
body="""Please pray for the repose of the soul of Leo Franz Schlichting, 90, of Westphalia, Mo., who died April 4, 2026, brother of our parishioner Gary Schlichting. Leo farmed near Westphalia all his life and sang in the St. Joseph Church choir for seventy years. The Funeral Mass was offered Wednesday at St. Joseph, Westphalia. Eternal rest grant unto him, O Lord.""",
gold=[("SGF007", "survivor")]),

dict(guid="sgf_ocv_memoriam_2026_031", pub="2026-05-07T12:00:00-05:00", title="In Memoriam: Hemos Kabelok Jr., 28, of Enid, Oklahoma",
body="""Our community joins the Marshallese community of Enid, Oklahoma, in mourning Hemos Kabelok Jr., 28, who died April 30, 2026, in Enid after a long illness.

Hemos was born in Ebeye and came to Enid as a teenager. He worked at a grain elevator and played guitar for the youth choir. He is survived by his parents, Hemos and Tarlij Kabelok of Enid, his wife Mary, and two young sons. Services were held in Enid; relatives from Springfield and Springdale travelled to attend.""",
gold=[]),  # namesake far away: SGF011 Hemos Kabelok (Springfield, b. 1969, wife Lijon) is not his father

dict(guid="sgf_ocv_memoriam_2026_036", pub="2026-06-04T12:00:00-05:00", title="Cáo Phó / Obituary: Nguyen Van Minh (1953 - 2026)",
body="""Ông Nguyễn Văn Minh (Mr. Nguyen Van Minh), 72, of Springfield, passed away on May 30, 2026. A former South Vietnamese Navy officer, he spent six years in a re-education camp before coming to Missouri in 1990, and later owned a nail salon on Battlefield Road with his wife, Mai.

He is survived by his wife, Tran Thi Mai; his daughters Kim Nguyen of Springfield and Hanh Nguyen-Ward of Kansas City; and five grandchildren. Funeral Mass at Holy Trinity Vietnamese Catholic Community on Monday at 10 a.m.""",
gold=[]),
]
