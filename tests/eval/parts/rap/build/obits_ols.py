"""Oglala Lakota Sun (weekly community paper, Pine Ridge): wake notices, honor songs, memorial feeds;
plain text. Hand-labelled (gold=[...])."""

ITEMS = [
dict(guid="rap_ols_2026_01_wendell_standing_elk", pub="2026-01-14T08:00:00-07:00",
title="Wake and funeral for Wendell Standing Elk, 80",
body="""Wendell Standing Elk, 80, of Pine Ridge, went home to the spirit world on January 9, 2026.

Wendell was a rodeo man in his youth, a bronc rider on the Indian National Finals circuit, and later a tribal roads foreman. Everyone on Highway 18 knew his blue Ford and his wave.

He leaves behind his sister, Verna (Del) Iron Hawk of Wanblee; his children, Rodney Standing Elk and Lisa Standing Elk-Cuny of Pine Ridge; and many grandchildren, nieces and nephews. He was preceded in death by his wife, Florence, and his brothers, Amos and Leroy.

A two-night wake begins Friday at the Billy Mills Hall in Pine Ridge, with an honor song and giveaway Saturday evening. Funeral services will be Sunday at 11 a.m. at the hall, followed by burial at the Holy Rosary Mission Cemetery. The family invites all to the meal afterward.""",
gold=[("RAP002", "survivor"), ("RAP001", "survivor")]),

dict(guid="rap_ols_2026_02_francis_yellow_boy", pub="2026-02-18T08:00:00-07:00",
title="Honor songs and memorial feed for Francis Yellow Boy",
body="""Francis Yellow Boy, 58, of Porcupine, died unexpectedly on February 12, 2026, at his home.

Francis was a firefighter with the BIA wildland crew for twenty-five years and a fancy dancer who later became an arena director at powwows across the reservation. He coached the Porcupine youth basketball league.

He is survived by his wife of 30 years, Roberta "Bobbi" Yellow Boy of Porcupine; his daughters, Kateri and Jessa Yellow Boy; his mother, Ida Yellow Boy of Kyle; and three grandchildren. He was preceded in death by his father, Silas Yellow Boy.

A wake will be held Thursday and Friday at the Porcupine Community Center with honor songs by the Porcupine Singers. Funeral services Saturday at 10 a.m., Deacon Lorenzo Twiss officiating. A memorial feed will follow.""",
gold=[("RAP006", "survivor")]),

dict(guid="rap_ols_2026_05_irene_two_lance", pub="2026-05-06T08:00:00-06:00",
title="Irene Two Lance, 79, of Oglala",
body="""Irene Two Lance, 79, of Oglala, passed on May 1, 2026, at Monument Health Rapid City Hospital, with her family singing to her.

Irene was a Head Start cook for many years and the keeper of her family's star-quilt stories. She was an enrolled member of the Oglala Sioux Tribe.

She leaves her sister, Bunny (Two Lance) Mousseau of Rapid City; her nieces, Loretta "Lolly" White Plume of Pine Ridge and Angela Two Lance of Oglala; her nephew, Leonard "Lenny" Bissonette of Rapid City; and a great many relatives. She was preceded in death by her parents, Chauncey and Mae Two Lance, and her brother, Webster.

Wake services will be held Wednesday and Thursday at the Oglala Community Center, with a giveaway and honor song Thursday night. Funeral services will be at 10 a.m. Friday, Rev. Ella Janis officiating. Burial in the Two Lance family plot.""",
gold=[("RAP021", "survivor"), ("RAP003", "survivor")]),   # Leonard Bissonette (RAP014) is do_not_contact
]
