"""The Blair County Courier: daily newspaper death notices, surname-first headings, terse plain text (paid notices
and staff briefs). Hand-labelled (gold= beside each text)."""

ITEMS = [
dict(guid="aoo_bcc_dn_2026_0114", pub="2026-01-14T05:30:00-05:00",
title="IANNACONE, Anthony",
body="""IANNACONE, Anthony "Tony," 69, of Utica, N.Y., died Jan. 10, 2026, at Faxton St. Luke's Hospital, Utica. Born in Rome, N.Y., he was a retired New York State corrections officer. Survived by his wife, Donna (Marcantonio) Iannacone; daughters Lisa and Christine; and a brother, Michael, of Syracuse. Published at the request of cousins in the Altoona area. Arrangements, Nunn & Sons Funeral Home, Utica.""",
gold=[]),

dict(guid="aoo_bcc_dn_2026_0205", pub="2026-02-05T05:30:00-05:00",
title="DETWILER, Marcus Allen",
body="""DETWILER, Marcus Allen, 22, of Ebensburg, died Feb. 2, 2026, as the result of a vehicle accident on Route 22 in Cresson Township. A 2021 graduate of Central Cambria High School, he was a lineman apprentice with Penelec and an avid hunter. Surviving are his parents, Gregory and Tammy (Wyland) Detwiler of Ebensburg; a sister, Brooke; his grandparents, Ronald and Joyce Detwiler of Loretto; and his girlfriend, Cassidy Yahner. Friends received 2-8 p.m. Sunday at Bracken-Gramling Funeral Home, Ebensburg. Mass of Christian Burial 10 a.m. Monday, Holy Name Church.""",
gold=[]),

dict(guid="aoo_bcc_dn_2026_0304", pub="2026-03-04T05:30:00-05:00",
title="TROVATO, Carmine J.",
body="""TROVATO, Carmine J., 86, of Altoona, died Feb. 27, 2026. Husband of Rosalind (Caporuscio) Trovato. Longtime owner of Trovato Shoe Repair. Mass of Christian Burial was celebrated March 4 at Our Lady of Mount Carmel Church. Arrangements by Kellerman-Lantz Funeral Home, Altoona.""",
gold=[]),  # a later, shorter copy of the funeral home's obituary: labelled on the earlier copy only

dict(guid="aoo_bcc_dn_2026_0318", pub="2026-03-18T05:30:00-04:00",
title="HILEMAN, Ruth E. (Beigh)",
body="""HILEMAN, Ruth E. (Beigh), 90, of Bellwood, died March 16, 2026, at Bellwood Senior Living. She was the widow of Clair R. Hileman, a retired Bellwood-Antis school bus driver, and was a member of Bellwood Church of the Brethren for 70 years. Surviving are a son, Dennis Hileman of Pinecroft; a brother, Frederick "Fritz" Beigh of Bellwood; and three grandchildren. Services 11 a.m. Saturday at the church. Arrangements, Stevens Funeral Home, Bellwood.""",
gold=[("AOO013", "survivor")]),

dict(guid="aoo_bcc_dn_2026_0422", pub="2026-04-22T05:30:00-04:00",
title="LINGAFELT, George W.",
body="""LINGAFELT, George W., 81, of Altoona, died April 19, 2026, at Presbyterian Village at Hollidaysburg. Retired from Penn Central and Conrail after 35 years. Surviving are a daughter, Theresa "Terri" Lingafelt of Portage; a son, Richard Lingafelt of Altoona; and four grandchildren, including Kayla Lingafelt. Preceded in death by his wife, Joan (Rhodes) Lingafelt. Funeral 1 p.m. Friday, Kellerman-Lantz Funeral Home, Altoona; the Rev. Sharon Fultz officiating.""",
gold=[("AOO020", "survivor")]),

dict(guid="aoo_bcc_dn_2026_0507", pub="2026-05-07T05:30:00-04:00",
title="MUSSELMAN, Betty L.",
body="""MUSSELMAN, Betty L., 58, of York, died May 3, 2026, at WellSpan York Hospital. A York County native, she worked for 30 years at the Harley-Davidson plant in Springettsbury Township. Survived by her husband, Dean Musselman; two sons; and her mother, Arlene Zeigler of Red Lion. Published at the request of friends in Martinsburg. Arrangements by Etzweiler Funeral Home, York.""",
gold=[]),

dict(guid="aoo_bcc_dn_2026_0603", pub="2026-06-03T05:30:00-04:00",
title="BURKET, Lorraine",
body="""BURKET, Lorraine, of Williamsburg, died Monday, June 1, 2026. Arrangements are pending with the Rupert Funeral Home, Williamsburg, and will be announced.""",
gold=[("AOO018", "possible_deceased_client")]),
]
