"""Vietnamese Catholic Community of Greater Richmond - weekly bulletin "Xin cau nguyen" (pray for) notices:
bilingual, family-name-first Vietnamese names with the American form beside them, plain text. Hand-labelled."""

FEED = "vcc"
ITEMS = [
dict(guid="ric_vcc_2026_014", pub="2026-02-20T19:00:00-05:00", title="Xin cầu nguyện cho Cụ Ông Giuse Trần Văn Đức",
body="""Xin cầu nguyện cho linh hồn Cụ Ông Giuse Trần Văn Đức, 84 tuổi, của Henrico, đã được Chúa gọi về ngày 17 tháng 2 năm 2026.

Please pray for the soul of Joseph Duc Van Tran, 84, of Henrico, who was called home by the Lord on February 17, 2026. Born in Nam Định, he came to Richmond in 1980 by way of the Pulau Bidong camp and worked for twenty-five years as a machinist. He was a founding member of our community's choir and a patient teacher of the Vietnamese language classes on Saturday mornings.

He is survived by his wife, Cụ Bà Maria Lê Thị Hoa; his daughter, Lan Nguyen (Trần Thị Lan), and her husband, Minh Nguyen, of Glen Allen; his son, Peter Tran of Fairfax; and seven grandchildren.

Thánh lễ an táng / Funeral Mass: 10 a.m. Saturday, February 21. Rosary Friday evening at 7 p.m. in the parish hall.""",
gold=[("RIC011", "survivor"), ("RIC010", "survivor")]),

dict(guid="ric_vcc_2026_031", pub="2026-04-24T19:00:00-04:00", title="Xin cầu nguyện cho Anh Phêrô Nguyễn Văn Minh (Garden Grove, California)",
body="""Cộng đoàn xin hiệp ý cầu nguyện cho Anh Phêrô Nguyễn Văn Minh, 52 tuổi, ở Garden Grove, California, anh họ của nhiều gia đình trong giáo xứ, đã qua đời ngày 20 tháng 4 năm 2026.

Our community joins in prayer for Peter Minh Van Nguyen, 52, of Garden Grove, California, a cousin of several families in our parish, who died April 20, 2026. He leaves his wife, Thao, and three children. The funeral was held at St. Columban Church, Garden Grove.""",
gold=[]),

dict(guid="ric_vcc_2026_047", pub="2026-06-12T19:00:00-04:00", title="Xin cầu nguyện cho Cụ Bà Anna Phạm Thị Hương",
body="""Xin cầu nguyện cho linh hồn Cụ Bà Anna Phạm Thị Hương, 90 tuổi, của Chesterfield, qua đời ngày 9 tháng 6 năm 2026.

Please pray for the soul of Anna Huong Thi Pham, 90, of Chesterfield, who died June 9, 2026. She came to Virginia in 1992 under the Humanitarian Operation program to join her children, and for many years she cooked for the community's Tết festival. Her broth, the ladies of the kitchen agreed, was the standard by which all others were judged.

She is survived by her daughter, Thuy Pham (Phạm Thị Thủy), owner of Pho Saigon Garden in Chesterfield; her son, Hung Pham of Houston, Texas; and five grandchildren. She was preceded in death by her husband, Phạm Văn Lộc.

Funeral Mass: 10 a.m. Monday, June 15. Burial at Holy Cross Cemetery.""",
gold=[("RIC012", "survivor")]),
]
