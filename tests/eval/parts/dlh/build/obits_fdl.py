"""Fond du Lac community news (community newsletter of the Fond du Lac reservation and Cloquet), "Walking On"
column: plain text, Ojibwe phrases, traditional and Christian services. Hand-labelled."""

FEED = "fdl"
ITEMS = [
dict(guid="dlh_fdl_walkingon_2026_04", pub="2026-04-02T09:00:00-05:00", title="Walking On: Harvey Shingibis",
body="""Harvey James Shingibis, 73, of Sawyer, began his journey to the spirit world on March 28, 2026, at his home, with his family and the drum at his side. His spirit name was Ozaawi-bine (Yellow Partridge), and he was of the Loon clan.

Harvey was born November 19, 1952, in Cloquet and grew up on Big Lake. He served in the U.S. Army in Germany, then worked 30 years for the Fond du Lac Band's natural resources department, where he managed the wild rice lakes and taught two generations of young people to pole and knock rice. He was a lead singer with the Sawyer Lake Singers for over forty years.

Harvey is survived by his sister, Roz Shingibis of Cloquet; his daughters, Tasha (Dwayne) Bearheart of Cloquet and Jolene Shingibis of Duluth; ten grandchildren; and many relatives across Fond du Lac and Mille Lacs. He was preceded in death by his parents, Walter and Rose Shingibis, and his brother, Leonard.

A traditional wake was held at the Sawyer Community Center March 30, with funeral services March 31. Miigwech to everyone who brought food and kept the fire.""",
gold=[("DLH008", "survivor")]),

dict(guid="dlh_fdl_walkingon_2026_08", pub="2026-08-06T09:00:00-05:00", title="Walking On: Lucille Aanakwad Thibert",
body="""Lucille Marie Thibert, whose Ojibwe name was Aanakwad (Cloud), 88, of Cloquet, walked on July 31, 2026, at Sunnyside Health Care Center.

Lucille was born in 1938 at Fond du Lac and was a beadworker whose floral vests are in the collection of the Minnesota Historical Society. She taught beadwork at the Fond du Lac Tribal and Community College for twenty years and never let a student leave a crooked line in.

She is survived by her sons, Gary Thibert of Cloquet and Dennis Thibert of Minneapolis, and by eight grandchildren. Honorary pallbearers were Roz Shingibis, Marvin Ashling and the women of the Thursday beading circle.

Services were held August 3 at the Cloquet Community Center, with burial at Fond du Lac Cemetery.""",
gold=[]),
]
