"""Great Basin Death Notices & Parish Prayer List (invented): brief paid death notices (surname-first
headings) and parish-bulletin prayer notices, plain text. Hand-labelled."""

ITEMS = [
dict(guid="elk_gbdn_20260115_larralde", pub="2026-01-15T07:00:00-08:00",
title="Mercedes Larralde, 94, of Elko",
body="""Mercedes Larralde, 94, of Elko passed away peacefully on Thursday, Jan. 8, 2026, at Highland Manor with her daughter holding her hand.

Mercedes was born Nov. 2, 1931, in Elizondo, Navarra, Spain, and came to Elko in 1952 as the bride of sheepman Fermin Larralde. For thirty years she cooked for the boarders at the old Overland Hotel, and for thirty more she taught half of Elko County how to make chorizo at the Elko Basque Club's annual festival.

She is survived by her daughter, Maite (Jean Pierre) Etcheberry of Elko; her son, Xavier Larralde of Reno; six grandchildren and nine great-grandchildren. She was preceded in death by her husband, Fermin, in 1998, and by her sister, Josefa.

A rosary will be recited at 7 p.m. Monday and a Funeral Mass celebrated at 10 a.m. Tuesday at St. Joseph's Catholic Church, Father Anselmo Garro officiating. Burial will follow at Elko City Cemetery. In lieu of flowers, the family suggests donations to the Elko Basque Club scholarship fund.""",
gold=[]),  # second copy of elk_courier_obit_0112: labelled on the earlier copy only

dict(guid="elk_gbdn_20260605_skidgel", pub="2026-06-05T07:00:00-07:00",
title="SKIDGEL, Merle",
body="""SKIDGEL, Merle, of Wells, died June 2, 2026, at Northeastern Nevada Regional Hospital. Arrangements are pending with Ruby Mountain Chapel of the Sage.""",
gold=[("ELK008", "possible_deceased_client")]),

dict(guid="elk_gbdn_20260714_villalpando", pub="2026-07-14T07:00:00-07:00",
title="VILLALPANDO, Hermelinda Ochoa",
body="""VILLALPANDO, Hermelinda Ochoa, 79, of Jerome, Idaho, died July 10, 2026. Born in Jalostotitlán, Jalisco. Survived by her sons, Ramón (Yesenia) Villalpando of Elko, Nev., and Jesús Villalpando of Jerome; 11 grandchildren. Preceded by her husband, Everardo. Rosario y misa at St. Jerome's, Jerome.""",
gold=[("ELK018", "survivor"), ("ELK019", "survivor")]),

dict(guid="elk_gbdn_20260801_marchbanks", pub="2026-08-01T07:00:00-07:00",
title="MARCHBANKS, Gwendolyn A.",
body="""MARCHBANKS, Gwendolyn A. "Gwen", 71, of Wells, Maine, died July 28, 2026, at York Hospital. Retired Ogunquit postmaster. Survived by her husband of 48 years, Peter; daughters Anne and Claire. Services at Wells Congregational Church, Wells, Maine.""",
gold=[]),  # far-away namesake; roster Gwen Marchbanks is in Wells, Nev., born 1961, no spouse

dict(guid="elk_parish_20260823_prayers", pub="2026-08-23T08:00:00-07:00",
title="Please keep in your prayers: Dolores Urriola",
body="""Please keep in your prayers the soul of Dolores Urriola, 88, of Wells, who died August 18, 2026, and her family. Dolores sang in the Holy Family choir for fifty years. She is survived by her nieces, Carmen and Nerea Urriola of Reno. The Funeral Mass will be Friday at 10 a.m. at Holy Family Mission in Wells; the luncheon following is hosted by the Wells Senior Center ladies, Winnie Ostrander, chair. Eternal rest grant unto her, O Lord.""",
gold=[]),

dict(guid="elk_gbdn_20261006_honeycutt", pub="2026-10-06T07:00:00-07:00",
title="HONEYCUTT, Delbert Ray 'Del'",
body="""HONEYCUTT, Delbert Ray "Del", 91, of Caldwell, Idaho, died Oct. 2, 2026. Retired Simplot foreman. Survived by his daughters, Bonnie Kerr and Patty Ames, both of Caldwell. Preceded by his wife, Lorraine. Services at Dakan Funeral Chapel, Caldwell.""",
gold=[]),  # old namesake far away; roster Del Honeycutt is in Carlin, born 1954, wife Jolene
]
