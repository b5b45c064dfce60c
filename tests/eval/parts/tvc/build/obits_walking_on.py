"""Peshawbestown Community News - "Walking On": the Odawa/Anishinaabe community newsletter of the Leelanau
peninsula (Anishinaabe names and clans, four-day sacred fire, Jiibay feast); teaser description, HTML in
content:encoded. Hand-labelled."""

FEED = "walkingon"
ITEMS = [
dict(guid="tvc_pcn_walkingon_2026_004", pub="2026-02-27T12:00:00-05:00", title="Walking On: Roland \"Ziibi\" Ashkewe",
body="""Roland Joseph Ashkewe, Ziibi (River), of the Makwa (Bear) clan, 58, of Peshawbestown, began his journey to the spirit world on Monday, February 23, 2026, at Munson Medical Center.

Roland was a commercial fisherman on Grand Traverse Bay for thirty years, following his father and grandfather out of the Peshawbestown harbor, and later taught net mending and ice fishing to the youth at the community center. He was a fire keeper at the summer powwow and could fix any outboard motor with a pocketknife and a prayer.

He leaves behind his sister, Theresa "Tess" Ashkewe of Peshawbestown; his sons, Aaron and Joseph Ashkewe of Sault Ste. Marie; his grandchildren; and a large extended family throughout the Grand Traverse Band. He was preceded on his journey by his parents, Leonard and Cecelia (Sineway) Ashkewe, and his brother, Daniel.

A sacred fire will be kept for four days at the family home. Traditional services will be held at 10 a.m. Friday at the Peshawbestown Community Center, followed by a feast. Miigwech to all who brought food and kept the fire.""",
gold=[("TVC010", "survivor")]),

dict(guid="tvc_pcn_walkingon_2026_011", pub="2026-06-19T12:00:00-04:00", title="Walking On: Vernon \"Sonny\" Megwanaabi",
body="""Vernon "Sonny" Megwanaabi, Ogimaa-giizhig (Chief Sky), of the Migizi (Eagle) clan, 81, of Peshawbestown, walked on peacefully on June 14, 2026, at home.

Sonny served in the U.S. Army in Germany, worked for 28 years at the Leland Township road commission, and was an elder advisor to the tribal language program. He is survived by his wife of 59 years, Rosemary; his daughters, Gloria Megwanaabi and Linda (Curtis) Bailey of Suttons Bay; eleven grandchildren and fourteen great-grandchildren.

The family thanks the women of the community kitchen, led by Tess Ashkewe, who prepared the four-day feast, and the drum Ziibiwing Singers. Honorary pallbearers were his fishing partners and his old friend Bernie Tschudy of Traverse City.""",
gold=[]),  # TVC010 (cook) and TVC014 (honorary pallbearer) are not survivors

dict(guid="tvc_pcn_walkingon_2026_015", pub="2026-09-04T12:00:00-04:00", title="Walking On: Delphine Agosa Wabanimkee",
body="""Delphine Agosa Wabanimkee, Waabigwan (Flower), of the Waabizheshi (Marten) clan, 90, of Omena, walked on August 30, 2026, surrounded by her family.

Delphine made black ash baskets and quillwork boxes that are in museums from Harbor Springs to Washington, and she taught the craft to three generations. She is survived by her sons, Gerald and Thomas Wabanimkee of Peshawbestown; her daughter, Lorraine Agosa of Traverse City; 22 grandchildren; and many great-grandchildren. She was preceded in death by her husband, Francis, and her sister, Theresa.

A four-day fire was kept at the family home and traditional services were held at the Peshawbestown Community Center.""",
gold=[]),
]
