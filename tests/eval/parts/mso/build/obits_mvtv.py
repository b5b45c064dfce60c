"""Mission Valley Tribal Voice (community paper of the Flathead Reservation: Salish, Pend d'Oreille and Kootenai
families, plain text, long family lists, wakes at the Longhouse or community centers). Hand-labelled."""

FEED = "mvtv"
ITEMS = [
dict(guid="mso_mvtv_2026_0207", pub="2026-02-19T08:00:00-07:00", title="Leonard \"Sonny\" Courchene",
body="""Leonard Joseph "Sonny" Courchene, 70, of Arlee, began his journey home on February 14, 2026, at his home on the Jocko, surrounded by his family. His Salish name was given to him by his grandmother when he was a boy and was spoken at his wake.

Sonny was born in St. Ignatius to Joseph Courchene and Agnes (Charbonneau) Courchene. He was a bronc rider and later a pickup man at the Arlee Celebration rodeo for more than thirty years, and he worked for the Tribal Forestry Department until he retired. He could tell you where every elk on the Jocko had bedded down since 1970, and sometimes he did, at length.

He is survived by his wife, Darlene; his sons, Joe Courchene of Ronan and Lance Courchene of Arlee; his daughter, Taylee Courchene of Missoula; his sisters, Rosie (Vern) Lozeau of Arlee and Bernadine Courchene of Elmo; 14 grandchildren; and many nieces, nephews, cousins and friends, too many to name, who were all his kids. He was preceded in death by his parents and his brothers, Francis and Mitch.

A wake began Monday at the Arlee Community Center. Funeral Mass was held Wednesday at St. Ignatius Mission, with burial in the Jocko Cemetery. A dinner and giveaway followed at the Longhouse.""",
gold=[("MSO003", "survivor")]),

dict(guid="mso_mvtv_2026_0228", pub="2026-03-12T08:00:00-06:00", title="Philomene \"Aunt Phil\" Sorrell",
body="""Philomene Margaret "Aunt Phil" Sorrell, 94, of St. Ignatius, one of the last fluent first-language speakers of Salish in the Mission Valley, traveled on March 7, 2026, at the St. Luke Extended Care facility in Ronan.

Phil was born in a tent at the Arlee powwow grounds during the Fourth of July encampment of 1931, which she said explained a great deal. She taught Salish at the Nkwusm school and at Salish Kootenai College into her late eighties, recorded hundreds of hours of stories for the Culture Committee, and scolded everyone, including tribal chairmen, who mispronounced a place name.

She is survived by her son, Dennis Sorrell of St. Ignatius; her daughter, Marcella Pierre of Pablo; 22 grandchildren; 41 great-grandchildren; and seven great-great-grandchildren. She was preceded in death by her husband, Eneas Sorrell, and by her sons, Louie and Mose.

The Rosary was led by Rosie Lozeau at the Longhouse on Monday evening, with singing by the Arlee drum. Funeral Mass was celebrated Tuesday at St. Ignatius Mission, and she was laid to rest in the Mission Cemetery.""",
gold=[]),

dict(guid="mso_mvtv_2026_0311", pub="2026-04-16T08:00:00-06:00", title="Rosalie Ann Lozeau",
body="""Rosalie Ann "Ro" Lozeau, 19, of Pablo, left us far too soon on April 11, 2026, in a car accident on Highway 93 north of Ravalli.

Ro graduated from Two Eagle River School in 2025 and was in her first year of nursing at Salish Kootenai College. She was a fancy shawl dancer who danced at every powwow from Arlee to Browning, and she was named for her grandmother, who taught her to bead.

She is survived by her parents, Vernon Lozeau Jr. and Tina (Adams) Lozeau of Pablo; her brothers, Kyle and Cash; her grandparents, Vern and Rosie Lozeau of Arlee and Marvin and Louise Adams of Ronan; and her great-uncle, Lance Courchene of Arlee, along with a big extended family.

A wake was held at the Pablo Longhouse. Funeral services were Thursday at the Longhouse, with burial at the Jocko Cemetery in Arlee.""",
gold=[("MSO003", "survivor")]),

dict(guid="mso_mvtv_2026_0330", pub="2026-05-07T08:00:00-06:00", title="Hubert \"Cubby\" Ninepipe-Whitworth",
body="""Hubert Clement "Cubby" Ninepipe-Whitworth, 66, of Elmo, passed away May 2, 2026, at Kalispell Regional Medical Center.

Cubby was born in Polson and grew up along the west shore of Flathead Lake, where his Kootenai grandfather taught him to set nets for whitefish. He served in the Marine Corps and retired from the tribal Natural Resources Department after 28 years. He was a Kootenai singer and a fixture at the Standing Arrow Powwow in Elmo.

He is survived by his wife, Sharlene; his children, Corey, Jade and Talon; eight grandchildren; and his brother, Walter Whitworth of Dayton. He was preceded in death by his parents and his sister, Vivian.

Services were held at the Elmo Community Center, with burial at the Elmo Cemetery.""",
gold=[]),
]
