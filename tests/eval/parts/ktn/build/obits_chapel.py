"""Tongass Narrows Funeral Chapel (invented funeral home serving Ketchikan, Prince of Wales Island, Metlakatla
and Wrangell): HTML in content:encoded, a one-sentence plain description, permalink guids. Hand-labelled."""

FEED = "chapel"
BASE = "ktn_chapel_"
ITEMS = [
dict(guid=BASE + "charlotte-tagook-2026", pub="2026-03-05T10:00:00-09:00", title="Charlotte Ann Tagook (1934 - 2026)",
body="""Charlotte Ann Tagook, 91, of Wrangell, walked into the forest on February 27, 2026, at Wrangell Medical Center. Her Tlingit name was Kaaxwaan Tláa. She was Raven, of the Kiks.ádi clan, and a child of the Naanyaa.aayí.

Charlotte was born June 3, 1934, at the family smokehouse on the Stikine River. She was sent to the Wrangell Institute as a girl and spent the rest of her life making sure her grandchildren heard the language she had been punished for speaking. She worked at the Wrangell cold storage for 30 years, taught beading and Lingít at the Wrangell Cooperative Association, and was a regular at every Shakes Island gathering for as long as anyone can remember.

She is survived by her daughter, Lucy Kosterman (Dale) of Wrangell; her sons, Walter Tagook of Juneau and Raymond Tagook of Wrangell; her sister, Esther Jack of Kake; 14 grandchildren; and more great-grandchildren than she would admit to counting. She was preceded in death by her husband, Harold Tagook, in 2004.

A memorial service will be held at 1 p.m. Saturday at the Wrangell Presbyterian Church, with Pastor Glenn Oakes officiating. A 40-day party will be held in April at the Wrangell Cooperative Association hall; the family will announce the date. Gunalchéesh to the staff of the long-term care wing.""",
gold=[("KTN015", "survivor"), ("KTN016", "survivor")]),

dict(guid=BASE + "lorraine-auckland-2026", pub="2026-03-14T10:00:00-08:00", title="Lorraine \"Rainy\" Auckland (1939 - 2026)",
body="""Lorraine Grace "Rainy" Auckland, 87, of Metlakatla, went home to be with the Lord on March 10, 2026, at Annette Island Service Unit, with her family singing around her.

Rainy was born February 2, 1939, in Metlakatla to Edward and Ruth Leighton, a member of the Laxgibuu (Wolf) clan. She earned her nickname as a baby, her mother said, "because she never stopped." She taught first grade at Richard Johnson Elementary for 34 years, sang alto in the church choir for more than sixty, and was among the elders who recorded Sm'algyax word lists for the school's language program.

She married Clarence Auckland in 1958; he preceded her in death in 2011. She is survived by her sons, Clarence Jr. of Metlakatla and Peter of Ketchikan; her daughter, Edith Morrison of Prince Rupert, B.C.; her brothers, Clifford Leighton and Ambrose Leighton (Verna), both of Metlakatla; 11 grandchildren and 19 great-grandchildren.

Services will be held at 1 p.m. Saturday at the Annette Island Community Church, with the Rev. Jonah Hudson officiating, followed by a feast at the Longhouse. Burial will be at the Metlakatla cemetery.""",
gold=[("KTN010", "deceased_client"), ("KTN008", "survivor"), ("KTN009", "survivor")]),

dict(guid=BASE + "teodoro-dalisay-2026", pub="2026-04-02T10:00:00-08:00", title="Teodoro \"Teddy\" Dalisay (1936 - 2026)",
body="""Teodoro Agbayani "Teddy" Dalisay, 89, of Craig, passed away peacefully on March 28, 2026, at his son's home in Craig.

Teddy was born April 11, 1936, in Sarrat, Ilocos Norte, and came to Alaska in 1957 as one of the Alaskeros who worked the salmon canneries from Bristol Bay to Prince of Wales Island. He settled in Craig in 1965, worked at the Craig cold storage until it closed, and then ran a net-mending loft on the waterfront until he was 80. He was a devoted member of St. Mary's Catholic Church and could be found most evenings on the dock, giving unsolicited advice to the seiners.

He is survived by his son, Benedicto "Benny" Dalisay and his wife, Charmaine, of Craig; his daughters, Corazon Villaflor of Seattle and Imelda Dalisay of Ketchikan; eight grandchildren; and three great-grandchildren. He was preceded in death by his wife, Remedios, in 2017.

A nine-day novena begins Thursday evening at the family home. The Funeral Mass will be at 10 a.m. Saturday, April 11, his 90th birthday, at St. Mary's Catholic Church, Craig. Pallbearers will be Wendell Kasnick, Joel Villaflor, Rico Dalisay, Marvin Ulloa, Bert Sanderson and Tony Castellan.""",
gold=[("KTN011", "survivor"), ("KTN012", "survivor")]),

dict(guid=BASE + "roland-nannauck-2026", pub="2026-05-12T10:00:00-08:00", title="Roland James Nannauck (1943 - 2026)",
body="""Roland James Nannauck, 82, of Hydaburg, died May 6, 2026, in Ketchikan. He was Haida, of the Yahgw 'Laanaas, Raven, and his Haida name was Gyaahlangaay.

Roland was born August 30, 1943, in Hydaburg. He fished the family seine permit for fifty years, carved two of the poles that stand in the Hydaburg totem park, and served on the Hydaburg Cooperative Association council for three terms. He was a patient teacher of X̱aad Kíl and an impatient teacher of outboard repair.

He is survived by his daughter, Trina Kasnick (Wendell) of Ward Cove; his sons, Roland Jr. and Calvin of Hydaburg; his sister, Martha Edenso of Klawock; 12 grandchildren and six great-grandchildren. He was preceded in death by his wife, Violet, and his brother, Lester.

A service will be held at 1 p.m. Saturday at the Hydaburg Presbyterian Church, followed by a memorial feast at the Hydaburg school gym.""",
gold=[("KTN006", "survivor"), ("KTN005", "survivor")]),

dict(guid=BASE + "oren-vickery-2026", pub="2026-06-15T10:00:00-08:00", title="Oren James Vickery (2003 - 2026)",
body="""Oren James Vickery, 22, of Wrangell, died June 9, 2026, in a skiff accident on the Stikine River.

Oren was born November 4, 2003, in Wrangell and graduated from Wrangell High School in 2022, where he wrestled at 152 pounds and never once made weight without complaining about it. He was a deckhand on the F/V Northern Reach and was saving for his own gillnet permit.

He is survived by his parents, Curtis and Dawn Vickery of Wrangell; his sister, Kaitlyn Vickery of Anchorage; his grandparents, Bud and Joyce Vickery of Wrangell; and his girlfriend, Alyssa Kohrt.

A celebration of life will be held at 4 p.m. Friday at the Nolan Center in Wrangell.""",
gold=[]),

dict(guid=BASE + "gustav-pihl-2026", pub="2026-07-20T10:00:00-08:00", title="Gustav \"Gus\" Pihl (1940 - 2026)",
body="""Gustav Leif "Gus" Pihl, 86, of Petersburg, died July 14, 2026, at Mountain View Manor.

Gus was born Feb. 12, 1940, in Petersburg. He tendered for Petersburg Fisheries for 40 years and served 16 years on the Petersburg harbor board. He is survived by his wife, Anna, and his daughters, Lise Pihl of Petersburg and Karen Holm of Poulsbo, Wash.

Services at 2 p.m. Saturday at Petersburg Lutheran Church. Pallbearers: Kris Ulvestad, Erik Pihl, Jon Ekberg, Tor Lind, Hans Nore and Mikal Sandvik.""",
gold=[]),
]
