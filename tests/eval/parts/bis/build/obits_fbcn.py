"""Four Bears Country News: community paper of the Fort Berthold Reservation (Mandan, Hidatsa and Arikara
Nation) and the oil patch around New Town, Parshall and Mandaree. Plain text, "Journeys Home" column.
Hand-labelled."""

FEED = "fbcn"
ITEMS = [
dict(guid="bis_fbcn_2026_0128_walks-ahead", pub="2026-01-28T08:00:00-06:00",
title="Journeys Home: Vernon \"Sonny\" Walks Ahead",
body="""Vernon "Sonny" Walks Ahead, whose Hidatsa name was Returns With Horses, 70, of Mandaree, began his journey home on January 23, 2026, at the Elbowoods Memorial Health Center in New Town.

Sonny was born at the old Elbowoods hospital before the waters of the Garrison Dam covered the bottomlands, and his family moved to the Mandaree segment when he was a boy. He was a member of the Knife River Clan. He rode bareback in the Indian rodeo circuit, worked twenty years for the tribal roads department and in later years sang with the Mandaree drum group at every powwow from Twin Buttes to Bismarck.

He is survived by his sisters, Loretta "Retta" Walks Ahead of New Town and Bernadine Young Hawk of Parshall; his brother, Lloyd Walks Ahead of White Shield; his children, Dawn, Marcus and Jace; and many grandchildren, nieces, nephews and relatives in the Mandan, Hidatsa and Arikara way.

He was preceded in death by his parents, Joseph and Ella Walks Ahead, and his wife, Geraldine.

A wake will be held at the Mandaree Community Center beginning Wednesday evening. Funeral services will be Friday at 10 a.m. at the Mandaree Community Center, with burial at the Mandaree Community Cemetery.""",
gold=[("BIS009", "survivor")]),

dict(guid="bis_fbcn_2026_0415_little-owl", pub="2026-04-15T08:00:00-05:00",
title="Journeys Home: Marlys Little Owl",
body="""Marlys Little Owl, 66, of Twin Buttes, passed away on April 10, 2026, in Bismarck, surrounded by her family.

Marlys grew up in the Twin Buttes segment and graduated from Twin Buttes Day School and United Tribes Technical College. She worked as a community health representative for 31 years and was known for driving elders to their appointments in all weather. She made star quilts for every graduate in her family.

She is survived by her sons, Derek Little Owl and Shane Little Owl, both of Twin Buttes; her daughter-in-law, Kayla Little Owl of Mandan; her grandchildren, including Tristan, Jaycee and Mason; and her sister, Vivian Fox Tail of Halliday.

She was preceded in death by her husband, Raymond Little Owl, and her son, Jerome.

Wake services at the Twin Buttes Community Hall on Monday. Funeral Tuesday at 10 a.m., with Pastor Delphine Crow Flies officiating.""",
gold=[("BIS018", "survivor")]),

dict(guid="bis_fbcn_2026_0909_hatlestad", pub="2026-09-09T08:00:00-05:00",
title="Journeys Home: Travis Dean Hatlestad",
body="""Travis Dean Hatlestad, 34, of New Town, died on September 3, 2026, in an accident at a well site west of Mandaree.

Travis grew up in Stanley and came home to the oil patch after two years at Bismarck State College's lineworker program. He worked as a floorhand and then a driller for Souris Basin Well Services. His crews said he was the first man on location and the last to leave, and that he never let a new hand climb the derrick alone.

He is survived by his wife, Brittany, and their daughters, Aubree and Kinsley, of New Town; his parents, Dean and Sharon Hatlestad, Stanley; his sister, Jolene (Kris) Brekke, Minot; and his grandmother, Arlene Hatlestad, Stanley.

Funeral services will be Saturday at 11 a.m. at Stanley Lutheran Church. Pallbearers will be members of his crew: Curt Voeller, Jesse Baker, Tyrell Fox, Brady Olheiser, Luis Mendoza and Chad Nygaard.""",
gold=[("BIS008", "survivor")]),
]
