"""Prairie Heritage Messenger - "In Memoriam": the newsletter of the Lincoln chapter of a Germans from Russia
heritage society. Members' notices with the Volga colony of the family, maiden names in parentheses and
"nee", teaser in description and HTML in content:encoded. Hand-labelled (gold beside each)."""

FEED = "phm"
ITEMS = [
dict(guid="lnk_phm_2026_03_kaiser", pub="2026-03-02T08:00:00-07:00", title="In Memoriam: Rudolph Kaiser (Frank colony)",
body="""Rudolph Kaiser, 89, of Fort Collins, Colorado, died February 19, 2026. Rudy was born in the North Bottoms of Lincoln to Georg and Elisabeth (Feyerherm) Kaiser, whose families came from the colony of Frank on the Volga in 1910, and moved to Colorado with the sugar-beet fields in 1948.

He is survived by his wife, Hilda; his children Ron Kaiser and Debra Lutz of Loveland; and his cousin, Wilhelmina Feyerherm of Portland, Oregon, who kept the family genealogy with him for forty years. Burial was in Grandview Cemetery, Fort Collins.""",
gold=[]),   # namesake "Wilhelmina Feyerherm of Portland, Oregon" (LNK011 is Billie Feyerherm of Lincoln, nee Brehm): nothing

dict(guid="lnk_phm_2026_06_brockhoff", pub="2026-06-01T08:00:00-05:00", title="In Memoriam: Kenneth \"Kenny\" Brockhoff (Kolb colony)",
body="""Kenneth "Kenny" Brockhoff, 57, of Hastings, died May 20, 2026, after a long illness. Kenny was the grandson of Heinrich and Maria (Schwindt) Brockhoff, who came from the colony of Kolb in 1913. He was a welder at Hastings Industries and a faithful volunteer at the chapter's summer Kuchen sale.

He is survived by his wife of 33 years, Deanna; his daughters, Brooke and Whitney; and his mother, Elaine Brockhoff of Hastings. Services were held at First St. Paul's Lutheran Church, Hastings.""",
gold=[]),   # namesake of LNK006 (Kenneth "Kenny" Brockhoff Jr. of Waverly, b. 1969, wife Trudy): other town 150 km away, different wife: nothing

dict(guid="lnk_phm_2026_08_hergenrader", pub="2026-08-03T08:00:00-05:00", title="In Memoriam: Johannes \"John\" Hergenrader (Norka colony)",
body="""Johannes "John" Hergenrader, 92, of Lincoln, died July 24, 2026, the last of the seven Hergenrader brothers who grew up on South 2nd Street in the South Bottoms. Their parents, Johannes and Anna Maria (Rohrig) Hergenrader, came from Norka in 1912. John sold the chapter more raffle tickets than anyone alive and could still sing the old Volga wedding songs at 90.

He is survived by his brother's son, Delbert "Del" Hergenrader and his wife, Loretta (nee Lebsack), of Lincoln, who cared for him in his last years, and by many nieces and nephews. He was preceded in death by his wife, Elisabeth, and by his six brothers. Services were held at Zion Congregational Church with Pastor Marvin Grosshans officiating.""",
gold=[("LNK001", "survivor"), ("LNK002", "survivor")]),   # nephew and his wife; Grosshans officiant: nothing

dict(guid="lnk_phm_2026_10_schwindt", pub="2026-10-05T08:00:00-05:00", title="In Memoriam: Marie (Ehlers) Schwindt (Balzer colony)",
body="""Marie Schwindt, nee Ehlers, 101, of Lincoln, died September 22, 2026, at Eastmont Towers. Born in 1925 in the South Bottoms, Marie was the chapter's oldest member and its best source for the recipes of the Balzer colony: bierocks, grebble and noodle soup with rivels.

She is survived by her nieces, Bernice Rathjen of Hickman and Janet Ehlers of Beatrice, and by many great-nieces and great-nephews. She was preceded in death by her husband, Jacob Schwindt, by her brother August Ehlers, and by her nephew-in-law Virgil Rathjen, earlier this year.""",
gold=[("LNK009", "survivor")]),   # niece Bernice (maiden Ehlers); Virgil (LNK008, deceased in February) preceded in death: nothing
]
