"""Tuần Báo Duyên Hải (Coastal Bend Vietnamese Weekly, Rockport - Aransas Pass - Port Lavaca): bilingual
"Cáo Phó" notices in Vietnamese family-name-first order, with the English the families add. Plain text.
Hand-labelled."""

FEED = "vn"
ITEMS = [
dict(guid="crp_vn_caopho_2026_014", pub="2026-04-03T07:00:00-05:00",
title="Cáo Phó: Cụ Ông LƯƠNG VĂN HIẾU (1934 - 2026)",
body="""Gia đình chúng tôi vô cùng thương tiếc báo tin: Cụ Ông LƯƠNG VĂN HIẾU, Pháp danh Minh Tâm, sinh ngày 12 tháng 5 năm 1934 tại Phước Tỉnh, Bà Rịa, đã mãn phần ngày 29 tháng 3 năm 2026 tại Rockport, Texas, hưởng thọ 91 tuổi.

Mr. Hieu Van Luong, 91, of Rockport, passed away on March 29, 2026. He came to Rockport with his family in 1979 and fished the bays of Aransas and Copano for thirty years on his boat, the Phước Tỉnh. He was a founding member of the Vietnamese Catholic community at Sacred Heart Church in Rockport.

Tang gia đồng kính báo - He is survived by his children: Lương Văn Tài (Rockport); Lương Thị Kim Loan and her husband Diệp Văn Phước (Peter) of Aransas Pass; Lương Thị Mai (Houston); 12 grandchildren and 5 great-grandchildren. He was preceded in death by his wife, Bà Nguyễn Thị Ba.

Thánh lễ an táng: Saturday, April 4, 10:00 a.m., Sacred Heart Catholic Church, Rockport. An táng tại Rockport Cemetery.""",
gold=[("CRP007", "survivor"), ("CRP006", "survivor")]),  # roster Kim Loan Diep, maiden Luong; Phuoc "Peter" Diep

dict(guid="crp_vn_caopho_2026_031", pub="2026-08-21T07:00:00-05:00",
title="Cáo Phó: DIỆP PHƯỚC \"PETER\" (1994 - 2026)",
body="""Vô cùng đau đớn báo tin: DIỆP PHƯỚC, tên thánh Phêrô (Peter), sinh năm 1994 tại Port Lavaca, Texas, đã qua đời ngày 17 tháng 8 năm 2026 trong một tai nạn trên biển, hưởng dương 31 tuổi.

Peter Phuoc Diep, 31, of Port Lavaca, a deckhand on the shrimp trawler Miss Thanh Thuy, was lost at sea off Matagorda Island on August 17, 2026. He is survived by his parents, Diệp Văn Long and Trần Thị Hồng of Port Lavaca; his sister, Diệp Ngọc Anh; and his fiancée, Vy Huỳnh.

Thánh lễ an táng: Our Lady of the Gulf Catholic Church, Port Lavaca.""",
gold=[]),  # young namesake of CRP006 (b. 1956, Aransas Pass, wife Kim Loan) ~100 km away, parents survive
]
