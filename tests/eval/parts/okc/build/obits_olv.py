"""Our Lady of La Vang Parish (Vietnamese Catholic, Oklahoma City's Asian District): weekly bulletin notices,
Vietnamese name order and diacritics, plain text. Hand-labelled."""

FEED = "olv"
ITEMS = [
dict(guid="okc_olv_caophoi_2026_07", pub="2026-02-15T07:00:00-06:00", title="Cáo Phó: Cụ Ông Giuse Nguyễn Văn Hai (1935 - 2026)",
body="""Xin cầu nguyện cho linh hồn Giuse Nguyễn Văn Hai. Please pray for the soul of Joseph Nguyễn Văn Hai, 90, of Oklahoma City, who died in the Lord on February 12, 2026.

Mr. Hai was born in Nam Định, came to Oklahoma City with his family in 1980 and ran a watch-repair counter on Classen Boulevard for thirty years.

He is survived by his son, Nguyễn Văn Thanh (Tommy) and daughter-in-law Linh (Trần) of Oklahoma City; his daughter, Nguyễn Thị Hương of San Jose, California; and nine grandchildren.

Funeral Mass: Thursday at 10 a.m. at Our Lady of La Vang; burial at Resurrection Memorial Cemetery.""",
gold=[("OKC001", "survivor"), ("OKC002", "survivor")]),

dict(guid="okc_olv_caophoi_2026_15", pub="2026-04-19T07:00:00-05:00", title="Cáo Phó: Bà Maria Phạm Thị Lan (1946 - 2026)",
body="""Please pray for Maria Phạm Thị Lan, 79, of Houston, Texas, mother of our parishioner, who died on April 15, 2026.

She is survived by her son, Anthony Phạm of Houston, and her daughter, Tracy (Thủy) Phạm of Oklahoma City, owner of Pho Saigon Kitchen; and five grandchildren.

A memorial Mass will be offered at Our Lady of La Vang on Sunday at 8 a.m.""",
gold=[("OKC016", "survivor")]),
]
