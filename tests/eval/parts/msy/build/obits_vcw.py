"""Viet-Crescent Weekly (community paper of the Vietnamese Catholic families of New Orleans East and the West
Bank): "Cáo Phó" notices, family name first, bilingual, plain text. Hand-labelled."""

FEED = "vcw"
ITEMS = [
dict(guid="msy_vcw_2026_017", pub="2026-01-15T08:00:00-06:00", title="Cáo Phó: Cụ Ông Giuse Phạm Văn Lộc (1936 - 2026)",
body="""Gia đình chúng tôi vô cùng thương tiếc báo tin: Cụ Ông Giuse PHẠM VĂN LỘC, sinh năm 1936 tại Bùi Chu, Nam Định, đã được Chúa gọi về ngày 11 tháng 1 năm 2026 tại New Orleans, hưởng thọ 89 tuổi.

Joseph Pham Van Loc, 89, of New Orleans East, was called home to the Lord on January 11, 2026. Born in Bui Chu, Nam Dinh, he came south in 1954, and in 1975 he left Vietnam by boat with his wife and children, arriving in New Orleans in 1976. He fished the Gulf and Lake Borgne for twenty years and was a founding member of the parish choir.

Tang gia đồng kính báo / Survived by: his wife, Maria Nguyễn Thị Hường; his son, Phạm Minh Tuấn (Tony) and daughter-in-law Vũ Thị Mai Lan, of New Orleans East; his daughter, Phạm Thị Hạnh and son-in-law Lê Văn Bình, of Houston; nine grandchildren and four great-grandchildren.

Thánh Lễ An Táng / Funeral Mass: Saturday, January 17, 9 a.m., at the parish church on Alcee Fortier Boulevard, Father Giuse Trần Đức Minh presiding. Burial in Resurrection Cemetery. The family thanks the Legion of Mary for nightly rosaries.""",
gold=[("MSY003", "survivor"), ("MSY004", "survivor")]),

dict(guid="msy_vcw_2026_044", pub="2026-03-26T08:00:00-05:00", title="Cáo Phó: Bà Maria Huỳnh Thị Sáu (1941 - 2026)",
body="""Bà Maria HUỲNH THỊ SÁU, sinh năm 1941 tại Phước Tuy, đã an nghỉ trong Chúa ngày 22 tháng 3 năm 2026, hưởng thọ 84 tuổi.

Maria Huynh Thi Sau, 84, of New Orleans East, died peacefully on March 22, 2026. For thirty years she sold bánh bò and chè at the Saturday market in Versailles and grew bitter melon and lemongrass on the levee gardens behind Dwyer Road.

She is survived by her son, Kevin Huynh of New Orleans East; her daughter, Anna Huynh Ly (Peter) of Gretna; and her goddaughter, Theresa Thu Dang, whom she sponsored at Confirmation in 1972. She was preceded in death by her husband, Huỳnh Văn Tám.

Funeral Mass Friday, March 27, 10 a.m., with rosary Thursday evening at the family home. Burial in Resurrection Cemetery.""",
gold=[("MSY014", "survivor"), ("MSY013", "survivor")]),

dict(guid="msy_vcw_2026_061", pub="2026-05-14T08:00:00-05:00", title="Cáo Phó: Phêrô Phạm Minh Tuấn (2001 - 2026)",
body="""Peter Pham Minh Tuan, 24, of Houston, Texas, died May 9, 2026, after a short illness. He was a pharmacy student at the University of Houston and sang with the Vietnamese Eucharistic Youth choir at Our Lady of La Vang, Houston.

He is survived by his parents, Phạm Văn Đức and Đỗ Thị Nga, of Houston; his sister, Vivian Pham; and his grandparents in New Orleans East, Ông Bà Phạm Văn Toàn.

Funeral Mass in Houston on Saturday, May 16. Relatives in New Orleans East will gather for a memorial rosary on Friday evening.""",
gold=[]),
]
