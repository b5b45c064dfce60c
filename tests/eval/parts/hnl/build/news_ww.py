"""Windward & Leeward Weekly (community weekly for Kaneohe, Kailua, Pearl City and Waipahu): school news,
milestones, club news; teaser description + HTML in content:encoded. Hand-labelled."""

FEED = "ww"
ITEMS = [
dict(guid="hnl_wlw_2026_0130_03", pub="2026-01-30T07:00:00-10:00",
title="Kailua canoe club thanks donors for new koa racing canoe",
body="""Lanikai Kailua Outrigger Canoe Club blessed its new koa six-person racing canoe, Ka Makani Ho'olana, on Jan. 24 at Kailua Beach Park.

The club thanks the donors who made the canoe possible: the Castle Foundation, Kailua Village Business Improvement District, Kawika and Noelani Kahananui, Darlene Rapoza, Stan and Sharon Tanigawa, Mele Akana, the Fukumoto ohana and Windward Mall merchants.

Novice paddling begins Feb. 7; call the club at 262-0000.""",
gold=[]),

dict(guid="hnl_wlw_2026_0327_01", pub="2026-03-27T07:00:00-10:00",
title="Castle senior Kainoa Naone wins full scholarship to study engineering",
body="""Castle High School senior Kainoa Naone has been awarded a four-year full scholarship by the Hawaii Community Foundation's Kamehameha Pauahi engineering program. He plans to study civil engineering at the University of Hawaii at Manoa.

Naone, 17, captains the Castle robotics team, which reached the world championship last year, and volunteers at He'eia fishpond on Saturdays. He is the son of Keola and Leimamo Naone of Kaneohe.

"He wants to build seawalls and stream channels that work with the aina," his father said. "After this winter's floods, that makes sense." """,
gold=[("HNL019", "parent_of_subject")]),

dict(guid="hnl_wlw_2026_0501_02", pub="2026-05-01T07:00:00-10:00",
title="Milestones: Kanemoris of Pearl City celebrate 45 years",
body="""Ronald and Lorraine (Higashionna) Kanemori of Pearl City celebrated their 45th wedding anniversary on April 25 with a dinner at Tanaka of Tokyo with their sons, Kyle and Brandon, and their families.

The couple married on April 25, 1981, at Pearl City Hongwanji. Ron retired from Hawaiian Electric as a lineman supervisor; Lorraine was a bookkeeper at Pearl City Shopping Center for 30 years. They enjoy bowling, karaoke and spoiling their grandson, Kainalu.""",
gold=[("HNL003", "subject"), ("HNL004", "subject")]),
dict(guid="hnl_wlw_2026_0515_04", pub="2026-05-15T07:00:00-10:00",
title="Leeward sports roundup: Pearl City sophomore sweeps OIA distance races",
body="""Pearl City High School sophomore Ronald Kanemori swept the 1,500 and 3,000 meters at the OIA track and field championships on May 9 at Kaiser Stadium, the first Charger to win both since 2008. Kanemori, 15, ran 4:11.38 in the 1,500.

In girls volleyball, Waipahu's Jessa Ramiscal was named OIA West player of the year. The Marauders' season ended in the state quarterfinals.""",
gold=[]),
dict(guid="hnl_wlw_2026_0220_02", pub="2026-02-20T07:00:00-10:00",
title="Waipahu's Rowena Agbayani named Pali Momi's nurse of the year",
body="""Rowena Agbayani, a Waipahu High School and University of Hawaii School of Nursing graduate, has been named Nurse of the Year at Pali Momi Medical Center. Agbayani, 41, is the charge nurse in the hospital's intensive care unit, where she has worked since 2009, and started its Ilocano-language patient-education program.

She is the daughter of Rogelio and Erlinda Agbayani of Waipahu, who came to Hawaii from Batac, Ilocos Norte. "My parents worked two jobs so I could go to school," she said. "This is theirs too."

She will be honored at the Healthcare Association of Hawaii gala on March 21.""",
gold=[("HNL008", "parent_of_subject"), ("HNL009", "parent_of_subject")]),
]
