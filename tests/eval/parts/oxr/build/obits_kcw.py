"""Kababayan Coast Weekly (Filipino-American community paper, Oxnard / Port Hueneme): "In Loving Memory /
Pakikiramay" notices sent in by families; Filipino naming (mother's maiden name as middle name), nicknames,
spouses in parentheses. Plain text. Hand-labelled (`gold=`)."""

FEED = "kcw"
ITEMS = [
dict(guid="oxr_kcw_memoriam_2026_003", pub="2026-01-09T08:00:00-08:00",
title="In Loving Memory: Remedios Lacsamana Soriano, 79",
body="""Remedios "Remy" Lacsamana Soriano, 79, of Camarillo, peacefully joined her Creator on January 4, 2026, at Los Robles Hospital, Thousand Oaks.

Born in San Fernando, Pampanga, on March 19, 1946, Remy came to the United States in 1971 as a nurse recruited to St. John's Hospital in Oxnard, where she worked for 35 years, the last twelve as charge nurse of the ICU. She was a founding member of the Filipino-American Council of Ventura County and never missed a Simbang Gabi.

She is survived by her husband of 52 years, Danilo Soriano; her children, Jerome (Tess) Soriano of Camarillo and Pia Soriano-Chu of San Diego; five grandchildren; and her siblings, Perpetua "Pet" (Ben) Dimaculangan of Oxnard, Mariano "Anoy" Lacsamana of Camarillo and Estela Lacsamana Bautista of Pampanga.

Novena prayers nightly at the family home. Viewing Friday, January 16, 5-9 p.m., and Funeral Mass Saturday, January 17, 10 a.m., at St. Mary Magdalen Church, Camarillo. Maraming salamat to all who prayed with us.""",
gold=[("OXR005", "survivor"), ("OXR004", "survivor"), ("OXR022", "survivor")]),

dict(guid="oxr_kcw_memoriam_2026_014", pub="2026-04-03T08:00:00-07:00",
title="Pakikiramay: Evangelina \"Vangie\" Macaraeg, 58",
body="""Evangelina "Vangie" Macaraeg, 58, of Daly City, passed away on March 28, 2026, at Seton Medical Center after a courageous fight with breast cancer.

Vangie was born in Vigan, Ilocos Sur, on July 21, 1967, and came to San Francisco in 1990. For 25 years she was a flight attendant with Philippine Airlines, and she was famous on the San Francisco-Manila route for sneaking extra ensaymada to homesick students.

She is survived by her husband, Renato; her sons, Paolo and Miguel; her mother, Leonora Quijano of Vigan; and her brothers, Rey and Noel Quijano. A memorial Mass will be held April 11 at Our Lady of Mercy Church, Daly City. Her family in Oxnard and Port Hueneme asked us to share this notice.""",
gold=[]),

dict(guid="oxr_kcw_memoriam_2026_016", pub="2026-04-10T08:00:00-07:00",
title="In Loving Memory: Benigno \"Ben\" Macalintal Dimaculangan, 81",
body="""Benigno "Ben" Macalintal Dimaculangan, 81, of Oxnard, retired Chief Petty Officer, U.S. Navy, went home to the Lord on April 5, 2026, at St. John's Regional Medical Center, with his rosary in his hand and his family around him.

Ben was born in Lipa, Batangas, on November 14, 1944. He enlisted in the U.S. Navy in 1964 as a steward, one of thousands of young Filipinos who did, and retired 26 years later as a Chief at Naval Construction Battalion Center Port Hueneme. He then worked 15 more years in civil service at Point Mugu. He never lost a game of pusoy dos and never let anyone forget it.

He is survived by his beloved wife of 57 years, Perpetua "Pet" Lacsamana Dimaculangan; his children, Evangelina "Vangie" (Rodolfo) Macaraeg of Oxnard, Benjie Dimaculangan of Las Vegas and Rowena Dimaculangan-Cruz of Chula Vista; seven grandchildren, including Ensign Alyssa Macaraeg, USN; his brother-in-law, Mariano "Anoy" Lacsamana (Corazon) of Camarillo; and his godson, Ferdie Bituin. He was preceded in death by his sister-in-law, Remedios Soriano.

Viewing Thursday, April 16, from 5 p.m., with rosary at 7 p.m., at Rosales-Whitcomb Oxnard chapel. Funeral Mass Friday, April 17, at 10 a.m., Santa Clara Church, followed by military honors at Ivy Lawn Memorial Park. Salamat po.""",
gold=[("OXR004", "deceased_client"), ("OXR005", "spouse_of_deceased_client"), ("OXR010", "survivor"), ("OXR022", "survivor")]),

dict(guid="oxr_kcw_memoriam_2026_022", pub="2026-06-05T08:00:00-07:00",
title="In Loving Memory: Lourdes Pascual Bituin, 90",
body="""Lourdes Pascual Bituin, 90, of Oxnard, died peacefully on May 31, 2026, at her son's home in Oxnard.

Born in Tarlac on February 11, 1936, Lola Lourdes was a schoolteacher for 30 years in the Philippines before joining her children in California in 1988. She was a Legion of Mary member at Our Lady of Guadalupe Church for three decades and taught half of South Oxnard's grandchildren to pray the rosary.

She is survived by her sons, Ferdinand "Ferdie" (Marilou) Bituin of Oxnard and Arnel Bituin of Vallejo; her daughter, Lorna Bituin-Santos of Manila; nine grandchildren and four great-grandchildren.

Funeral Mass on Saturday, June 13, at 9 a.m. at Our Lady of Guadalupe Church, Oxnard. Burial at Santa Clara Cemetery.""",
gold=[]),

dict(guid="oxr_kcw_memoriam_2026_024", pub="2026-06-16T08:00:00-07:00",
title="Pakikiramay: Teodora \"Doring\" Macaraeg, 86",
body="""Teodora "Doring" Macaraeg, 86, of Port Hueneme, passed away on June 11, 2026, at home.

Born in Bacarra, Ilocos Norte, Doring came to Port Hueneme in 1979 to join her son, then a Navy Seabee, and spent the next 47 years cooking for every christening, graduation and despedida at the base chapel. Her pinakbet was never the same twice and always the best.

She is survived by her son, Rodolfo "Rudy" Macaraeg and his wife Vangie of Port Hueneme; her daughter, Milagros Macaraeg Ramos of Honolulu; and her grandchildren, including Ensign Alyssa Macaraeg, who flew home from Pensacola to be with her Lola.

Novena at the family home June 12-20. Funeral Mass Monday, June 22, at 10 a.m., at Our Lady of the Assumption Church, Ventura.""",
gold=[("OXR010", "survivor")]),

dict(guid="oxr_kcw_memoriam_2026_027", pub="2026-07-10T08:00:00-07:00",
title="In Loving Memory: Crisanto Pangilinan Yabut, 76",
body="""Crisanto "Santi" Pangilinan Yabut, 76, retired Senior Chief, U.S. Navy, of Port Hueneme, passed away on July 4, 2026.

Santi served 28 years in the Navy, most of them with the Seabees, and after retirement taught welding at Oxnard College. He was the longtime president of the Filipino American Veterans of Ventura County and the man who always brought the lechon.

He is survived by his wife, Gloria; his children, Mark, Jenny and Ronald Yabut; and eight grandchildren. Funeral Mass July 17, 10 a.m., at Our Lady of the Assumption Church, Ventura, followed by military honors at Ivy Lawn.""",
gold=[]),
]
