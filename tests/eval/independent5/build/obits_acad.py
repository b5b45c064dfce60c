"""Acadiana parish notices (Cajun/Catholic style, plain text). Hand-labelled."""

FEED = "acad"
ITEMS = [
dict(guid="acad-2026-0114", pub="2026-01-14T07:00:00-06:00", title="Mass of Christian Burial for Odile Marie Guidry Comeaux",
body="""A Mass of Christian Burial will be celebrated at 10:00 a.m. Saturday at St. Genevieve Catholic Church in Lafayette for Odile Marie Guidry Comeaux, 88, who passed away peacefully Sunday surrounded by her family. Fr. Remy Fontenot will officiate. Interment will follow in Calvary Cemetery.

Mrs. Odile, as the whole parish knew her, raised seven children on a rice farm near Scott and never missed a Friday fish fry. She spoke French first and English when she had to.

She is survived by her niece, Yvette LeBlanc and her husband, T-Joe, of Lafayette; her children, Pierre Comeaux of Carencro and Claudette Arceneaux of Breaux Bridge; and 19 grandchildren. She was preceded in death by her husband, Ulysse Comeaux, and her brother, Clarence Guidry.

Pallbearers will be Luc Arceneaux, Rene Comeaux, Blaise Comeaux and Chad Broussard.""",
gold=[("P014", "survivor"), ("P013", "survivor")]),

dict(guid="acad-2026-0203", pub="2026-02-03T07:00:00-06:00", title="Clarence Joseph Boudreaux",
body="""Clarence Joseph Boudreaux, 86, of Broussard, born September 14, 1939, went to be with the Lord on Friday, January 30, 2026, at his home on Main Street, where he had lived for 61 years.

A retired welder for the oil field and a Knight of Columbus for fifty years, Clarence made the best sauce piquante in St. Martin Parish and said so often.

He is survived by his wife of 63 years, Marie Hebert Boudreaux; his sons, Kirby Boudreaux (Tina) of Youngsville and Dwayne Boudreaux of Houston; and six grandchildren. He was preceded in death by his parents, Alcide and Eula Boudreaux.

Visitation Tuesday at Delhomme-Arceneaux Funeral Home, Broussard, with a rosary at 6 p.m. led by Deacon Gil Mouton.""",
gold=[("P015", "deceased_client"), ("P016", "spouse_of_deceased_client")]),

dict(guid="acad-2026-0311", pub="2026-03-11T07:00:00-06:00", title="Denise Thibodeaux Fontenot",
body="""Denise Thibodeaux Fontenot, 34, of Eunice, passed away March 8, 2026. She was a nurse at Mercy Regional and a devoted mother.

Survivors include her husband, Ross Fontenot; her daughters, Ava and Lily; and her parents, Lionel and Gwen Thibodeaux of Eunice. Services at St. Anthony Church, Eunice.""",
gold=[]),

dict(guid="acad-2026-0402", pub="2026-04-02T07:00:00-06:00", title="Eloi \"Boo\" Thibodeaux",
body="""Eloi "Boo" Thibodeaux, 79, a lifelong resident of Lafayette, passed away on Monday, March 30, 2026, at Our Lady of Lourdes hospital.

Boo ran a crawfish boiling rig for forty years of church fairs and never took a dollar for it. He played accordion on Saturday mornings at the Savoy store.

He leaves behind his niece, Neecie Thibodeaux of Lafayette, who cared for him in his last years; his nephew, Ward Thibodeaux of Milton; and many cousins. He was preceded in death by his wife, Odette, and his brother, Eugene.

A Mass will be offered at St. Pius X Church, Lafayette.""",
gold=[("P017", "survivor")]),
]
