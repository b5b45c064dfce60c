"""First City & Annette Island church bulletins (invented): prayer-list and sympathy notices from a Ketchikan
Lutheran parish and the Metlakatla community church, plain text. Hand-labelled."""

FEED = "church"
ITEMS = [
dict(guid="ktn_bulletin_2026_03_29_a", pub="2026-03-29T08:00:00-08:00", title="In Loving Memory - Hazel Brekke",
body="""Please keep in your prayers the family of Hazel Ingeborg Brekke, who entered the Church Triumphant on March 23 at the age of 97. Hazel was a member of this congregation for 71 years, taught Sunday school through three pastors and baked the krumkake for every Christmas bazaar since 1956.

She is survived by her son, Torvald "Tor" Brekke Jr. and his wife, Leona, of Ketchikan; her daughter, Ingrid Salo of Sitka; six grandchildren and eleven great-grandchildren. She was preceded in death by her husband, Torvald Brekke Sr., in 2002.

Her funeral will be held here on Saturday, April 4, at 11 a.m. Lunch follows in Fellowship Hall; the Altar Guild asks for bars and sandwiches.""",
gold=[("KTN001", "survivor"), ("KTN002", "survivor")]),

dict(guid="ktn_bulletin_2026_05_03_m", pub="2026-05-03T08:00:00-08:00", title="Annette Island Community Church: Clifford Leighton",
body="""Our church family mourns the passing of Brother Clifford Edward Leighton, 70, who went home to the Lord on April 27 at Annette Island Service Unit. Clifford was of the Laxgibuu (Wolf) clan and served this church as an elder and as a trumpet player in the Metlakatla Concert Band for 50 years.

Clifford is survived by his wife, Nora; his brother, Ambrose Leighton and wife Verna; his sons, Kyle and Dwayne; and many nieces and nephews. He was preceded in death by his parents, Edward and Ruth Leighton, and by his sister, Lorraine "Rainy" Auckland, just this spring.

Services Saturday at 1 p.m., the Rev. Jonah Hudson officiating. Feast to follow at the Longhouse. Band members are asked to wear uniforms.""",
gold=[("KTN008", "survivor"), ("KTN009", "survivor")]),

dict(guid="ktn_bulletin_2026_09_06_m", pub="2026-09-06T08:00:00-08:00", title="Annette Island Community Church: Sympathy",
body="""Our deepest sympathy to Mrs. Ambrose (Verna) Leighton on the passing of her sister, Delia Ryder Gosnell, 76, of Prince Rupert, B.C., on August 30. Verna and her family will travel to Prince Rupert for the service on the Tuesday ferry. Please keep them in your prayers, and remember the family of Kyle Leighton in his recovery.""",
gold=[("KTN009", "survivor")]),
]
