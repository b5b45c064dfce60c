"""First City Paid Death Notices (invented): brief paid notices, surname-first headings, plain text. Hand-labelled."""

ITEMS = [
dict(guid="ket_pdn_2026_02_13_kinnegan", pub="2026-02-13T05:00:00-09:00", title="Clarence \"Buddy\" Kinnegan, 86",
body="""Longtime Ketchikan resident Clarence Edwin "Buddy" Kinnegan, 86, died Feb. 6, 2026, at PeaceHealth Ketchikan Medical Center with his family at his side.

Buddy was born Feb. 17, 1940, in Astoria, Oregon, and came north in 1958 to work a summer at the Ward Cove pulp mill. He stayed sixty-seven years. He ran the tender Winnie K. for three decades, hauling salmon from the Prince of Wales seiners to the cannery docks, and was known up and down Clarence Strait for never missing a tide and never once turning down a cup of coffee.

He married Winifred "Winnie" Shoemaker at First Lutheran Church in 1964. He is survived by his wife of 61 years, Winnie, of the family home on Gorge Street; his daughter, Pamela Kinnegan Ross and her husband Dale of Sitka; his son, Michael Kinnegan of Anchorage; five grandchildren and two great-grandchildren. He was preceded in death by his parents and by his brother, Francis.

A celebration of life will be held at the Ted Ferry Civic Center at 2 p.m. Saturday, Feb. 21. Pallbearers will be Ruben Arriola, Harlan Vossberg, Dale Ross, Tyler Ross, Colin Kinnegan and Nate Kinnegan. Burial will follow at Bayview Cemetery. In lieu of flowers, the family suggests gifts to the Ketchikan Volunteer Rescue Squad.""",
gold=[]),   # second, later copy of ket_tsd_obit_2026_0211: labelled on the first copy only

dict(guid="ket_pdn_2026_05_12_magnussen", pub="2026-05-12T05:00:00-08:00", title="MAGNUSSEN, Knut Halvard",
body="""MAGNUSSEN, Knut Halvard, 90, of Ketchikan, died May 8, 2026. Born Oct. 1, 1935, in Haugesund, Norway. Retired troller, F/V Solbris. Survived by daughter Theodora "Teddy" Brusveen (Carl) of Ketchikan; son Per Magnussen of Kodiak; four grandchildren. Preceded in death by wife Sigrid. Service May 16, 11 a.m., First Lutheran Church. Deer Mountain Funeral Chapel.""",
gold=[("KET016", "survivor")]),

dict(guid="ket_pdn_2026_05_30_arriola", pub="2026-05-30T05:00:00-08:00", title="ARRIOLA, Teodoro \"Teddy\"",
body="""ARRIOLA, Teodoro "Teddy," 84, of Wrangell, died May 26, 2026, at Wrangell Medical Center. Survived by son Ruben (Francine) Arriola of Ketchikan; daughters Linda Arriola and Rosa Baines, both of Wrangell; nine grandchildren. Rosary June 4, St. Rose of Lima Catholic Church, Wrangell.""",
gold=[("KET019", "survivor"), ("KET018", "survivor")]),

dict(guid="ket_pdn_2026_06_04_jakobsen", pub="2026-06-04T05:00:00-08:00", title="JAKOBSEN, Emil",
body="""JAKOBSEN, Emil, of Ketchikan, died June 2, 2026. Arrangements pending with Deer Mountain Funeral Chapel.""",
gold=[("KET017", "possible_deceased_client")]),

dict(guid="ket_pdn_2026_06_18_ryesdale", pub="2026-06-18T05:00:00-08:00", title="RYESDALE, Everett Thomas Jr.",
body="""RYESDALE, Everett Thomas Jr., 31, of Anchorage, formerly of Metlakatla, died June 12, 2026, in Anchorage. Born Jan. 5, 1995. Survived by his parents, Everett and Nadine Ryesdale of Metlakatla; sister Kaylee Ryesdale; grandmother Ada Ryesdale. Service June 27, Metlakatla Christian Church.""",
gold=[("KET010", "survivor"), ("KET011", "survivor")]),
]
